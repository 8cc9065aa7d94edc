/* Unit tests of nameindex.c: the filters never lose a name that brute
 * force scores >= 60 (or any other minimum), and they do filter. */
#include "check.h"
#include "nameindex.h"

#include <stdlib.h>
#include <string.h>

static const char *words[] = {
	"acme", "health", "group", "alpha", "beta", "wellness", "partners",
	"east", "west", "metro", "keystone", "financial", "innovatech",
	"services", "summit", "realty", "premier", "motors", "global", "tech",
	"solutions", "horizon", "properties", "granite", "legal", "dental",
	"clinic", "oak", "wood", "pediatrics", "zenith", "center", "valley",
	"farms", "crimson", "creek", "ranch", "national", "medical", "board",
	"and", "of", "24", "7", "x", "caf\xc3\xa9", "\xce\xa3\xce\xbf\xcf\x86",
};
#define NWORDS (sizeof(words) / sizeof(words[0]))

static unsigned long seed = 42;

static unsigned
rnd(unsigned n)
{
	seed = seed * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)(seed >> 33) % n;
}

/* A name of 1-4 words; with typos, every word may be misspelt, so that
 * some queries share no token with their customer. */
static void
gen(char *out, size_t cap, int typos)
{
	unsigned n = 1 + rnd(4), i;
	size_t len = 0;

	out[0] = '\0';
	for (i = 0; i < n && len + 40 < cap; i++) {
		const char *w = words[rnd(NWORDS)];
		size_t wl = strlen(w);

		if (i > 0)
			out[len++] = ' ';
		memcpy(out + len, w, wl);
		if (typos && wl > 2 && rnd(3) == 0)
			out[len + rnd((unsigned)wl)] = "aeioxz"[rnd(6)];
		len += wl;
		out[len] = '\0';
	}
}

static int
same(const struct sdc_nameindex_hit *a, size_t na, const struct sdc_nameindex_hit *b,
    size_t nb)
{
	size_t i;

	if (na != nb)
		return 0;
	for (i = 0; i < na; i++)
		if (a[i].id != b[i].id || a[i].score != b[i].score)
			return 0;
	return 1;
}

int
main(void)
{
	struct sdc_nameindex *ix = sdc_nameindex_new();
	const struct sdc_nameindex_hit *h;
	struct sdc_nameindex_hit *brute = NULL;
	char name[256];
	size_t i, n, nb, lost = 0, scored = 0, hits = 0, notoken = 0;
	static const int mins[] = { 60, 60, 60, 85, 95, 30 };
	static const size_t ks[] = { 0, 5, 1, 2, 0, 5, 20 };

	for (i = 0; i < 3000; i++) {
		gen(name, sizeof(name), 1);
		sdc_nameindex_add(ix, name);
	}
	CHECK_INT("3000 names", sdc_nameindex_count(ix), 3000);
	for (i = 0; i < 1200; i++) {
		struct sdc_fuzz_set q;
		int min = mins[i % 6];
		size_t k = ks[i % 7];

		gen(name, sizeof(name), 1);
		sdc_fuzz_set_init(&q, name);
		nb = sdc_nameindex_query(ix, &q, min, 0, 1, &h);
		brute = realloc(brute, (nb + 1) * sizeof(*brute));
		memcpy(brute, h, nb * sizeof(*h));
		n = sdc_nameindex_query(ix, &q, min, k, 0, &h);
		scored += sdc_nameindex_scored(ix);
		hits += n;
		if (!same(h, n, brute, k && nb > k ? k : nb)) {
			lost++;
			printf("# query [%s] min %d k %zu: index %zu hits, brute %zu\n",
			    name, min, k, n, nb);
		}
		for (size_t t = 0; t < nb; t++) {
			const struct sdc_fuzz_set *c = sdc_nameindex_set(ix, brute[t].id);
			size_t a, b, shared = 0;

			for (a = 0; a < q.ntok; a++)
				for (b = 0; b < c->ntok; b++)
					shared += q.off[a + 1] - q.off[a] ==
					    c->off[b + 1] - c->off[b] &&
					    memcmp(q.cp + q.off[a], c->cp + c->off[b],
					    (q.off[a + 1] - q.off[a]) * 4) == 0;
			notoken += shared == 0;
		}
		sdc_fuzz_set_free(&q);
	}
	CHECK_INT("index = brute force (first k) on 1200 queries, mins 30-95, k 0-20", lost, 0);
	CHECK("some viable names share no token (the histogram path works)",
	    notoken > 100);
	printf("# %zu hits, %zu viable without a common token, "
	    "%.1f%% of names scored\n", hits, notoken,
	    100.0 * scored / (1200.0 * 3000));
	CHECK("the filters skip most names", scored < 1200UL * 3000 / 2);
	{
		struct sdc_fuzz_set q;

		sdc_fuzz_set_init(&q, "!!!");
		CHECK_INT("an empty query finds nothing",
		    sdc_nameindex_query(ix, &q, 60, 0, 0, &h), 0);
		sdc_fuzz_set_free(&q);
	}
	free(brute);
	sdc_nameindex_free(ix);
	return check_done();
}
