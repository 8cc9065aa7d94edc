/* byjapanese.c - sdc-link: a Japanese name read as sounds (japanese.h)
 * in a list that writes kana: "Komatsu Seiki Morioka Shiten" typed for
 * 株式会社小松精機 盛岡支店, スギモト自動車整備 for 杉本自動車整備,
 * ｲｹﾀﾞ商会 for Ikeda Shokai Co., Ltd. */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "japanese.h"
#include "linkint.h"

#define JP_FITS 2	/* customers a reading fits: one links, two do not */
#define JP_HEADS 128	/* heads of a name looked up, at most */
#define JP_TRIES 4096	/* candidates read against a name, at most */

/* The customers' readings, by their heads: made on first use, in a list
 * where one name in 500 or more writes kana (a kanji name alone may be
 * Chinese: read as Mandarin, names.c). */
static int
jp_index(struct pool *p)
{
	char key[JP_HEADS][JP_HEAD + 1];
	size_t i, k, n, kana = 0;

	if (p->japanese != 0)
		return p->japanese > 0;
	for (i = 0; i < p->n; i++)
		kana += sdc_jp_kana(p->c[i].name) != 0;
	p->japanese = kana > 0 && kana >= p->n / 500 ? 1 : -1;
	if (p->japanese < 0)
		return 0;
	p->jpreads = sdc_xcalloc(p->n ? p->n : 1, sizeof(*p->jpreads));
	for (i = 0; i < p->n; i++) {
		if (!sdc_jp_read(p->c[i].name, &p->jpreads[i]))
			continue;
		n = sdc_jp_heads(&p->jpreads[i], key, JP_HEADS);
		for (k = 0; k < n; k++)
			sdc_hmap_put(&p->byjp, sdc_hash(key[k], strlen(key[k])),
			    (uint32_t)i);
	}
	return 1;
}

/* Customer v not yet read against this name (epoch): 1, and marked. */
static int
first_seen(const struct pool *p, uint32_t v, uint32_t epoch)
{
	static uint32_t *seen;
	static size_t nseen;

	if (nseen < p->n) {
		seen = sdc_xrealloc(seen, p->n * sizeof(*seen));
		memset(seen + nseen, 0, (p->n - nseen) * sizeof(*seen));
		nseen = p->n;
	}
	if (seen[v] == epoch)
		return 0;
	seen[v] = epoch;
	return 1;
}

/* The customers the reading t fits, into fit[] (*n), up to JP_FITS;
 * JP_TRIES read at most. */
static void
jp_fits(const struct pool *p, const struct jp_read *t, size_t *fit,
    size_t *n)
{
	static uint32_t epoch;
	char key[JP_HEADS][JP_HEAD + 1];
	size_t nk = sdc_jp_heads(t, key, JP_HEADS), k, it, tries = 0;
	uint32_t v;

	epoch++;
	for (k = 0; k < nk && *n < JP_FITS; k++)
		for (it = 0; *n < JP_FITS && tries < JP_TRIES &&
		    sdc_hmap_find(&p->byjp, sdc_hash(key[k], strlen(key[k])),
		    &it, &v); )
			if (first_seen(p, v, epoch) && ++tries &&
			    sdc_jp_fits(t, &p->jpreads[v]))
				fit[(*n)++] = v;
	if (tries == JP_TRIES)
		*n = JP_FITS;	/* not all read: none is sure */
}

void
by_japanese(struct pool *p, const char *guess, struct decision *d)
{
	struct jp_read t;
	size_t fit[JP_FITS], n = 0;

	if (!jp_index(p) || !sdc_jp_read(guess, &t))
		return;
	jp_fits(p, &t, fit, &n);
	if (n == 1)
		link_sounds(d, fit[0], "japanese");
}
