/* bykorean.c - sdc-link: a Korean name read as sounds (korean.h) in a
 * list that writes Hangul: 일원정형외과의원 typed for Ilwon
 * Jeonghyeongoegwa Clinic, Chonjung Law Firm for Junjoong Law Firm, Habo
 * English Academy for Habo Yeongeo Hagwon, qorqlcsorhkdmldnjs (the 2-set
 * keys with the Hangul input off) for 백빛내과의원. */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "custidx.h"
#include "diag.h"
#include "korean.h"
#include "linkint.h"

#define KO_FITS 2	/* customers a reading fits: one links, two do not */
#define KO_SYLLABLES 32	/* Hangul syllables of a name read for a slip */

/* The hash of name with its syllable at byte i (3 bytes, as every Hangul
 * syllable in UTF-8) left out: a name and its slip share it. */
static uint64_t
slip_hash(const char *name, size_t i)
{
	size_t len = strlen(name);
	char buf[256], *s = len <= sizeof(buf) ? buf : sdc_xmalloc(len);
	uint64_t h;

	memcpy(s, name, i);
	s[i] = '\001';
	memcpy(s + i + 1, name + i + 3, len - i - 3);
	h = sdc_hash(s, len - 2);
	if (s != buf)
		free(s);
	return h;
}

/* The customers' Hangul names by their slip hashes (bykorean). */
static void
slip_index(struct pool *p, size_t idx)
{
	size_t at[KO_SYLLABLES], n, i;

	n = sdc_ko_syllables(p->c[idx].name, at, KO_SYLLABLES);
	for (i = 0; i < n; i++)
		sdc_hmap_put(&p->byslip, slip_hash(p->c[idx].name, at[i]),
		    (uint32_t)idx);
}

uint64_t
ko_load_words(void)
{
	static int loaded;
	static uint64_t h;
	json_object *words;

	if (loaded)
		return h;
	loaded = 1;
	if ((words = sdc_link_words_part("korean", json_type_object,
	    &h)) != NULL)
		sdc_ko_words(words);
	return h;
}

/* Whether the name of candidate i has a Hangul syllable, and (k not
 * NULL) its Korean key into *k, coarse NULL for none: the customer
 * index's, made when it was built (its coarse the index's, never
 * freed), or made now (an index of a list not read as Korean). */
static int
ko_key_of(const struct pool *p, size_t i, struct ko_key *k)
{
	struct sdc_cidx_cust c;

	if (p->c[i].cix < 0 || cidx == NULL || (k != NULL &&
	    !sdc_cidx_korean(cidx))) {
		if (k != NULL && !sdc_ko_key(p->c[i].name, k))
			k->coarse = NULL;
		return sdc_ko_hangul(p->c[i].name);
	}
	sdc_cidx_get(cidx, (size_t)p->c[i].cix, &c);
	if (k == NULL || (k->coarse = (char *)c.kokey) == NULL)
		return c.hangul;
	k->nv = c.konv;
	k->nt = c.kont;
	memcpy(k->vm, c.komasks, c.konv * sizeof(*k->vm));
	memcpy(k->tm, c.komasks + c.konv, c.kont * sizeof(*k->tm));
	return c.hangul;
}

/* The customers' Korean keys, by their coarse letters: made on first
 * use, in a list where one name in 500 or more writes Hangul (elsewhere
 * a Latin name's letters read as Korean would join namesakes for
 * nothing).  The keys are the customer index's (custidx.c). */
static int
ko_index(struct pool *p)
{
	size_t i, hangul = 0;

	if (p->korean != 0)
		return p->korean > 0;
	for (i = 0; i < p->n; i++)
		hangul += ko_key_of(p, i, NULL) != 0;
	p->korean = hangul > 0 && hangul >= p->n / 500 ? 1 : -1;
	if (p->korean < 0)
		return 0;
	ko_load_words();
	p->kokeys = sdc_xcalloc(p->n ? p->n : 1, sizeof(*p->kokeys));
	for (i = 0; i < p->n; i++) {
		if (ko_key_of(p, i, &p->kokeys[i]))
			slip_index(p, i);
		if (p->kokeys[i].coarse != NULL)
			sdc_hmap_put(&p->byko, sdc_hash(p->kokeys[i].coarse,
			    strlen(p->kokeys[i].coarse)), (uint32_t)i);
	}
	return 1;
}

/* The customers name's reading fits, into fit[] (*n of them so far,
 * each once), up to KO_FITS. */
static void
ko_fits(const struct pool *p, const char *name, size_t *fit, size_t *n)
{
	struct ko_key k;
	size_t it = 0, j;
	uint32_t v;

	if (name == NULL || !sdc_ko_key(name, &k))
		return;
	while (*n < KO_FITS && sdc_hmap_find(&p->byko, sdc_hash(k.coarse,
	    strlen(k.coarse)), &it, &v)) {
		if (!sdc_ko_fits(&k, &p->kokeys[v]))
			continue;
		for (j = 0; j < *n && fit[j] != v; j++)
			;
		if (j == *n)
			fit[(*n)++] = v;
	}
	free(k.coarse);
}

/* The customers whose Hangul name is guess's but for one syllable, a
 * jamo of it typed with the key beside (sdc_ko_slip), into fit[]. */
static void
slip_fits(const struct pool *p, const char *guess, size_t *fit, size_t *n)
{
	size_t at[KO_SYLLABLES], ns, i, it, j, len = strlen(guess);
	uint32_t v;

	ns = sdc_ko_syllables(guess, at, KO_SYLLABLES);
	for (i = 0; i < ns && *n < KO_FITS; i++)
		for (it = 0; *n < KO_FITS && sdc_hmap_find(&p->byslip,
		    slip_hash(guess, at[i]), &it, &v); ) {
			const char *c = p->c[v].name;
			utf8proc_int32_t a, b;

			if (strlen(c) != len || memcmp(c, guess, at[i]) != 0 ||
			    strcmp(c + at[i] + 3, guess + at[i] + 3) != 0)
				continue;
			utf8proc_iterate((const utf8proc_uint8_t *)guess + at[i],
			    3, &a);
			utf8proc_iterate((const utf8proc_uint8_t *)c + at[i], 3,
			    &b);
			if (!sdc_ko_slip((uint32_t)a, (uint32_t)b))
				continue;
			for (j = 0; j < *n && fit[j] != v; j++)
				;
			if (j == *n)
				fit[(*n)++] = v;
		}
}

/* The one customer whose name the guess reads as, as typed or as the
 * 2-set keys of Hangul: linked.  Two fit, a name the list holds twice
 * or two names romanised alike (성진 and 승진 both Sungjin), and none
 * is. */
void
by_korean(struct pool *p, const char *guess, struct decision *d)
{
	size_t fit[KO_FITS], n = 0;
	char *dub;

	if (!ko_index(p))
		return;
	ko_fits(p, guess, fit, &n);
	dub = sdc_ko_hangul(guess) ? NULL : sdc_ko_dubeolsik(guess);
	ko_fits(p, dub, fit, &n);
	free(dub);
	if (n == 0)
		slip_fits(p, guess, fit, &n);
	if (n == 1)
		link_sounds(d, fit[0], "korean");
}

void
link_sounds(struct decision *d, size_t idx, const char *how)
{
	link_to(d, idx, "weighted", 100);
	d->conf = 100;
	d->how |= SDC_NEV_TRANSLIT;	/* a reading: its trade words are
					 * its own (undo_kind) */
	d->ask = 0;	/* settled: no LLM */
	snprintf(d->extra + strlen(d->extra), sizeof(d->extra) -
	    strlen(d->extra), ",%s", how);
}
