/* fuzzy - thefuzz 0.19 ratio and token_set_ratio, bit for bit.
 *
 * Python does three things a C port easily gets subtly wrong, so each is
 * copied literally: the character classes come from the Python that runs
 * thefuzz (fuzzy_unicode.h, generated), str.lower() is the full mapping
 * with the Final_Sigma rule, and round() is half-to-even on the exact
 * double, which rint() gives under the default rounding mode. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "fuzzy.h"

struct fz_lower {
	uint32_t first, last;
	int stride, delta;
};

#include "fuzzy_unicode.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))
#define SIGMA 0x3A3

size_t
sdc_fuzz_decode(const char *str, size_t len, uint32_t *out)
{
	const unsigned char *s = (const unsigned char *)str, *end = s + len;
	size_t n = 0;

	while (s < end) {
		uint32_t c = *s;
		int need = c < 0x80 ? 0 : c >= 0xC2 && c < 0xE0 ? 1 :
		    c >= 0xE0 && c < 0xF0 ? 2 : c >= 0xF0 && c < 0xF5 ? 3 : -1;
		int i;

		if (need < 0 || end - s <= need) {
			out[n++] = c < 0x80 ? c : 0xFFFD;
			s++;
			continue;
		}
		if (need > 0)
			c &= 0x3F >> need;
		for (i = 1; i <= need && (s[i] & 0xC0) == 0x80; i++)
			c = c << 6 | (s[i] & 0x3F);
		if (i <= need || (need == 2 && (c < 0x800 ||
		    (c >= 0xD800 && c < 0xE000))) || (need == 3 &&
		    (c < 0x10000 || c > 0x10FFFF))) {
			out[n++] = 0xFFFD;
			s++;
			continue;
		}
		out[n++] = c;
		s += need + 1;
	}
	return n;
}

static size_t
encode(uint32_t c, char *out)
{
	if (c < 0x80) {
		out[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		out[0] = (char)(0xC0 | c >> 6);
		out[1] = (char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		out[0] = (char)(0xE0 | c >> 12);
		out[1] = (char)(0x80 | (c >> 6 & 0x3F));
		out[2] = (char)(0x80 | (c & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | c >> 18);
	out[1] = (char)(0x80 | (c >> 12 & 0x3F));
	out[2] = (char)(0x80 | (c >> 6 & 0x3F));
	out[3] = (char)(0x80 | (c & 0x3F));
	return 4;
}

static int
in_ranges(const uint32_t (*r)[2], size_t n, uint32_t c)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (c < r[mid][0])
			hi = mid;
		else if (c > r[mid][1])
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

/* Python's \w under re.UNICODE: str.isalnum() or "_". */
static int
is_word(uint32_t c)
{
	if (c < 0x80)
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
		    (c >= 'A' && c <= 'Z') || c == '_';
	return in_ranges(fz_word, NELEM(fz_word), c);
}

static int
is_cased(uint32_t c)
{
	return in_ranges(fz_cased, NELEM(fz_cased), c);
}

static int
is_ignorable(uint32_t c)
{
	return c >= 0x80 && in_ranges(fz_ignorable, NELEM(fz_ignorable), c);
}

static uint32_t
lower1(uint32_t c)
{
	size_t lo = 0, hi = NELEM(fz_lower);

	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	while (lo < hi) {	/* the last run starting at or before c */
		size_t mid = lo + (hi - lo) / 2;

		if (fz_lower[mid].first <= c)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo > 0) {
		const struct fz_lower *r = &fz_lower[lo - 1];

		if (c <= r->last && (r->stride == 0 ? c == r->first :
		    (c - r->first) % (uint32_t)r->stride == 0))
			return c + (uint32_t)r->delta;
	}
	return c;
}

/* CPython's handle_capital_sigma(): final when a cased letter precedes and
 * none follows, skipping case-ignorable characters both ways. */
static uint32_t
lower_sigma(const uint32_t *s, size_t n, size_t i)
{
	size_t j;

	for (j = i; j > 0 && is_ignorable(s[j - 1]); j--)
		;
	if (j == 0 || !is_cased(s[j - 1]))
		return 0x3C3;
	for (j = i + 1; j < n && is_ignorable(s[j]); j++)
		;
	return j == n || !is_cased(s[j]) ? 0x3C2 : 0x3C3;
}

/* full_process over code points; out needs room for 2 * n (U+0130
 * lowers to two).  Returns the length. */
static size_t
process_cps(uint32_t *s, size_t n, int force_ascii, uint32_t *out)
{
	size_t i, k = 0, start = 0;

	for (i = 0; i < n; i++)
		if (!force_ascii || s[i] < 0x80 || s[i] > 0xFF)
			s[k++] = is_word(s[i]) ? s[i] : ' ';
	n = k;
	for (i = k = 0; i < n; i++) {
		if (s[i] == SIGMA)
			out[k++] = lower_sigma(s, n, i);
		else if (s[i] == 0x130) {
			out[k++] = 'i';
			out[k++] = 0x307;
		} else
			out[k++] = lower1(s[i]);
	}
	while (k > 0 && out[k - 1] == ' ')
		k--;
	while (start < k && out[start] == ' ')
		start++;
	memmove(out, out + start, (k - start) * sizeof(*out));
	return k - start;
}

/* Decode and process s into a new array; *n gets the length. */
static uint32_t *
process_new(const char *s, int force_ascii, size_t *n)
{
	size_t len = strlen(s);
	uint32_t *in = sdc_xmalloc((len + 1) * sizeof(*in));
	uint32_t *out = sdc_xmalloc((2 * len + 1) * sizeof(*out));

	*n = process_cps(in, sdc_fuzz_decode(s, len, in), force_ascii, out);
	free(in);
	return out;
}

char *
sdc_fuzz_process(const char *s, int force_ascii)
{
	size_t n, i, k = 0;
	uint32_t *cp = process_new(s, force_ascii, &n);
	char *out = sdc_xmalloc(4 * n + 1);

	for (i = 0; i < n; i++)
		k += encode(cp[i], out + k);
	out[k] = '\0';
	free(cp);
	return out;
}

/* Pattern bit masks for Hyyrö's algorithm, one 64-bit word per block of
 * the pattern.  ASCII goes through a table that only has the pattern's
 * own entries written (the presence bits say which), so no 1 KiB clear
 * per call; other code points through a short list. */
struct pm {
	size_t nblk, next;
	uint64_t present[2];
	uint64_t *ascii;	/* [128][nblk], valid where present */
	uint32_t *ecp;		/* [next] */
	uint64_t *emask;	/* [next][nblk] */
};

static const uint64_t *
pm_get(const struct pm *pm, uint32_t c)
{
	size_t i;

	if (c < 128)
		return pm->present[c >> 6] >> (c & 63) & 1 ?
		    pm->ascii + c * pm->nblk : NULL;
	for (i = 0; i < pm->next; i++)
		if (pm->ecp[i] == c)
			return pm->emask + i * pm->nblk;
	return NULL;
}

static void
pm_build(struct pm *pm, const uint32_t *a, size_t na)
{
	size_t i, k;

	pm->present[0] = pm->present[1] = 0;
	pm->next = 0;
	for (i = 0; i < na; i++) {
		uint32_t c = a[i];
		uint64_t *m = (uint64_t *)pm_get(pm, c);

		if (m == NULL) {
			if (c < 128) {
				pm->present[c >> 6] |= (uint64_t)1 << (c & 63);
				m = pm->ascii + c * pm->nblk;
			} else {
				pm->ecp[pm->next] = c;
				m = pm->emask + pm->next++ * pm->nblk;
			}
			for (k = 0; k < pm->nblk; k++)
				m[k] = 0;
		}
		m[i / 64] |= (uint64_t)1 << (i % 64);
	}
}

static size_t
lcs_words(const struct pm *pm, size_t na, const uint32_t *b, size_t nb,
    uint64_t *S)
{
	size_t i, k, lcs = 0;

	for (k = 0; k < pm->nblk; k++)
		S[k] = ~(uint64_t)0;
	for (i = 0; i < nb; i++) {
		const uint64_t *M = pm_get(pm, b[i]);
		uint64_t carry = 0;

		if (M == NULL)
			continue;
		for (k = 0; k < pm->nblk; k++) {
			uint64_t u = S[k] & M[k], t = S[k] + carry;
			uint64_t c1 = t < carry, sum = t + u;

			carry = c1 | (sum < u);
			S[k] = sum | (S[k] - u);
		}
	}
	for (k = 0; k < pm->nblk; k++) {
		uint64_t v = ~S[k];

		if (k == pm->nblk - 1 && na % 64)
			v &= ((uint64_t)1 << (na % 64)) - 1;
		lcs += (size_t)__builtin_popcountll(v);
	}
	return lcs;
}

size_t
sdc_fuzz_lcs(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
	uint64_t ascii[128], emask[64], S1, *S;
	uint32_t ecp[64];
	struct pm pm;
	size_t lcs;

	if (na > nb) {		/* the shorter one is the pattern */
		const uint32_t *t = a;
		size_t tn = na;

		a = b, na = nb, b = t, nb = tn;
	}
	if (na == 0)
		return 0;
	pm.nblk = (na + 63) / 64;
	if (pm.nblk == 1) {
		pm.ascii = ascii, pm.ecp = ecp, pm.emask = emask;
		pm_build(&pm, a, na);
		return lcs_words(&pm, na, b, nb, &S1);
	}
	pm.ascii = sdc_xmalloc(128 * pm.nblk * sizeof(uint64_t));
	pm.ecp = sdc_xmalloc(na * sizeof(uint32_t));
	pm.emask = sdc_xmalloc(na * pm.nblk * sizeof(uint64_t));
	S = sdc_xmalloc(pm.nblk * sizeof(uint64_t));
	pm_build(&pm, a, na);
	lcs = lcs_words(&pm, na, b, nb, S);
	free(S);
	free(pm.ascii);
	free(pm.ecp);
	free(pm.emask);
	return lcs;
}

/* python-Levenshtein ratio() times 100, then Python's round(). */
static int
score(size_t lensum, size_t dist)
{
	double r = (double)(lensum - dist) / (double)lensum;

	return (int)rint(100.0 * r);
}

int
sdc_fuzz_ratio(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), na, nb, lcs;
	uint32_t *ca, *cb;

	if (la == lb && memcmp(a, b, la) == 0)
		return 100;
	if (la == 0 || lb == 0)
		return 0;
	ca = sdc_xmalloc(la * sizeof(*ca));
	cb = sdc_xmalloc(lb * sizeof(*cb));
	na = sdc_fuzz_decode(a, la, ca);
	nb = sdc_fuzz_decode(b, lb, cb);
	lcs = sdc_fuzz_lcs(ca, na, cb, nb);
	free(ca);
	free(cb);
	return score(na + nb, na + nb - 2 * lcs);
}

static int
tokcmp(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
	size_t i;

	for (i = 0; i < na && i < nb; i++)
		if (a[i] != b[i])
			return a[i] < b[i] ? -1 : 1;
	return na < nb ? -1 : na > nb;
}

static const uint32_t *sort_cp;	/* qsort has no context argument in C11 */

struct tok {
	size_t off, len;
};

static int
tok_qcmp(const void *x, const void *y)
{
	const struct tok *a = x, *b = y;

	return tokcmp(sort_cp + a->off, a->len, sort_cp + b->off, b->len);
}

#define TOK(set, i) ((set)->cp + (set)->off[i])
#define TOKLEN(set, i) ((set)->off[(i) + 1] - (set)->off[i])

void
sdc_fuzz_set_init(struct sdc_fuzz_set *set, const char *s)
{
	size_t n, i, k, ntok = 0;
	uint32_t *p = process_new(s, 1, &n);
	struct tok *t = sdc_xmalloc((n / 2 + 1) * sizeof(*t));

	for (i = 0; i < n; i++) {
		if (p[i] == ' ')
			continue;
		t[ntok].off = i;
		while (i < n && p[i] != ' ')
			i++;
		t[ntok].len = i - t[ntok].off;
		ntok++;
	}
	sort_cp = p;
	qsort(t, ntok, sizeof(*t), tok_qcmp);
	set->cp = sdc_xmalloc((n + 1) * sizeof(*set->cp));
	set->off = sdc_xmalloc((ntok + 1) * sizeof(*set->off));
	set->off[0] = 0;
	for (i = k = 0; i < ntok; i++) {
		if (i > 0 && tok_qcmp(&t[i - 1], &t[i]) == 0)
			continue;
		memcpy(set->cp + set->off[k], p + t[i].off,
		    t[i].len * sizeof(*p));
		set->off[k + 1] = set->off[k] + t[i].len;
		k++;
	}
	set->ntok = k;
	free(t);
	free(p);
}

void
sdc_fuzz_set_free(struct sdc_fuzz_set *set)
{
	free(set->cp);
	free(set->off);
	set->cp = NULL;
	set->off = NULL;
	set->ntok = 0;
}

size_t
sdc_fuzz_set_joined_len(const struct sdc_fuzz_set *set)
{
	return set->ntok ? set->off[set->ntok] + set->ntok - 1 : 0;
}

/* Append token i of set to buf holding n code points (space-separated). */
static void
join_tok(uint32_t *buf, size_t n, const struct sdc_fuzz_set *set, size_t i)
{
	if (n > 0)
		buf[n++] = ' ';
	memcpy(buf + n, TOK(set, i), TOKLEN(set, i) * sizeof(*buf));
}

/* ratio(sect, sect + " " + diff) needs only lengths: sect is a prefix. */
static int
prefix_ratio(size_t ls, size_t ldiff)
{
	size_t lc;

	if (ls == 0)
		return 0;
	if (ldiff == 0)
		return 100;
	lc = ls + 1 + ldiff;
	return score(ls + lc, lc - ls);
}

/* Walk the two sorted token lists: the joined lengths of the intersection
 * and of both differences, and (when d12 is not NULL) the differences
 * joined into d12 and d21. */
static void
merge(const struct sdc_fuzz_set *a, const struct sdc_fuzz_set *b,
    size_t len[3], uint32_t *d12, uint32_t *d21)
{
	size_t i = 0, j = 0;

	len[0] = len[1] = len[2] = 0;
	while (i < a->ntok || j < b->ntok) {
		int c = i == a->ntok ? 1 : j == b->ntok ? -1 :
		    tokcmp(TOK(a, i), TOKLEN(a, i), TOK(b, j), TOKLEN(b, j));

		if (c == 0) {
			len[0] += (len[0] ? 1 : 0) + TOKLEN(a, i);
			i++, j++;
		} else if (c < 0) {
			if (d12)
				join_tok(d12, len[1], a, i);
			len[1] += (len[1] ? 1 : 0) + TOKLEN(a, i);
			i++;
		} else {
			if (d21)
				join_tok(d21, len[2], b, j);
			len[2] += (len[2] ? 1 : 0) + TOKLEN(b, j);
			j++;
		}
	}
}

static size_t
lcs_of_diffs(const struct sdc_fuzz_set *a, const struct sdc_fuzz_set *b)
{
	uint32_t sbuf[2][256], *d12 = sbuf[0], *d21 = sbuf[1];
	size_t len[3], lcs;

	if (a->off[a->ntok] + a->ntok > 256)
		d12 = sdc_xmalloc((a->off[a->ntok] + a->ntok) * sizeof(*d12));
	if (b->off[b->ntok] + b->ntok > 256)
		d21 = sdc_xmalloc((b->off[b->ntok] + b->ntok) * sizeof(*d21));
	merge(a, b, len, d12, d21);
	lcs = sdc_fuzz_lcs(d12, len[1], d21, len[2]);
	if (d12 != sbuf[0])
		free(d12);
	if (d21 != sbuf[1])
		free(d21);
	return lcs;
}

/* thefuzz _token_set(partial=False).  Both combined strings start with
 * the sorted intersection, and a common prefix adds its length to the
 * LCS, so one LCS of the two differences gives all three ratios; and
 * that LCS is needed only when its upper bound (the shorter difference)
 * could beat the two ratios the lengths alone give. */
/* The ratios from the joined lengths of the intersection and the two
 * differences; the LCS only when its bound could matter. */
static int
from_lengths(const struct sdc_fuzz_set *a, const struct sdc_fuzz_set *b,
    size_t ls, size_t l12, size_t l21, size_t lcs_max, int cutoff)
{
	size_t lc12, lc21, pre, lcs;
	int r1, r2, best, r3max;

	if (l12 == 0 && l21 == 0)
		return 100;
	r1 = prefix_ratio(ls, l12);
	r2 = prefix_ratio(ls, l21);
	best = r1 > r2 ? r1 : r2;
	lc12 = ls && l12 ? ls + 1 + l12 : ls + l12;
	lc21 = ls && l21 ? ls + 1 + l21 : ls + l21;
	pre = ls + (ls && l12 && l21 ? 1 : 0);
	lcs = l12 < l21 ? l12 : l21;
	lcs = pre + (lcs < lcs_max ? lcs : lcs_max);
	r3max = score(lc12 + lc21, lc12 + lc21 - 2 * lcs);
	if (r3max <= best || r3max < cutoff || l12 == 0 || l21 == 0)
		return r3max > best ? r3max : best;
	lcs = pre + lcs_of_diffs(a, b);
	r3max = score(lc12 + lc21, lc12 + lc21 - 2 * lcs);
	return r3max > best ? r3max : best;
}

int
sdc_fuzz_set_ratio_plain(const struct sdc_fuzz_set *a,
    const struct sdc_fuzz_set *b)
{
	size_t len[3], lc12, lc21, lcs;

	if (a->ntok == 0 || b->ntok == 0)
		return 0;
	merge(a, b, len, NULL, NULL);
	if (len[1] == 0 && len[2] == 0)
		return 100;
	lc12 = len[0] && len[1] ? len[0] + 1 + len[1] : len[0] + len[1];
	lc21 = len[0] && len[2] ? len[0] + 1 + len[2] : len[0] + len[2];
	lcs = len[0] + (len[0] && len[1] && len[2] ? 1 : 0);
	if (len[1] && len[2])
		lcs += lcs_of_diffs(a, b);
	return score(lc12 + lc21, lc12 + lc21 - 2 * lcs);
}

int
sdc_fuzz_set_ratio_cut(const struct sdc_fuzz_set *a,
    const struct sdc_fuzz_set *b, int cutoff)
{
	size_t len[3];

	if (a->ntok == 0 || b->ntok == 0)
		return 0;
	merge(a, b, len, NULL, NULL);
	return from_lengths(a, b, len[0], len[1], len[2], SIZE_MAX, cutoff);
}

/* Joined length of the n tokens of set not among the shared ones. */
static size_t
rest_len(const struct sdc_fuzz_set *set, size_t shared_cp, size_t nshared)
{
	size_t n = set->ntok - nshared;

	return n ? set->off[set->ntok] - shared_cp + n - 1 : 0;
}

/* Could score(L, L - 2 x) reach cutoff?  Integer arithmetic with half a
 * point of slack for the rounding, so it never says no wrongly. */
static int
reaches(size_t x, size_t L, int cutoff)
{
	return 400 * x + L >= (size_t)(2 * cutoff - 1) * L;
}

int
sdc_fuzz_set_may_reach(const struct sdc_fuzz_set *a,
    const struct sdc_fuzz_set *b, size_t shared_cp, size_t nshared,
    int cutoff)
{
	size_t ls = nshared ? shared_cp + nshared - 1 : 0;
	size_t l12 = rest_len(a, shared_cp, nshared);
	size_t l21 = rest_len(b, shared_cp, nshared);
	size_t lc12 = ls && l12 ? ls + 1 + l12 : ls + l12;
	size_t lc21 = ls && l21 ? ls + 1 + l21 : ls + l21;
	size_t lcs = ls + (ls && l12 && l21 ? 1 : 0) + (l12 < l21 ? l12 : l21);

	if (cutoff <= 0 || (l12 == 0 && l21 == 0))
		return 1;
	return (ls && (reaches(ls, ls + lc12, cutoff) ||
	    reaches(ls, ls + lc21, cutoff))) ||
	    reaches(lcs, lc12 + lc21, cutoff);
}

int
sdc_fuzz_set_ratio_shared(const struct sdc_fuzz_set *a,
    const struct sdc_fuzz_set *b, size_t shared_cp, size_t nshared,
    size_t lcs_max, int cutoff)
{
	if (a->ntok == 0 || b->ntok == 0)
		return 0;
	return from_lengths(a, b, nshared ? shared_cp + nshared - 1 : 0,
	    rest_len(a, shared_cp, nshared), rest_len(b, shared_cp, nshared),
	    lcs_max, cutoff);
}

int
sdc_fuzz_set_ratio(const struct sdc_fuzz_set *a, const struct sdc_fuzz_set *b)
{
	return sdc_fuzz_set_ratio_cut(a, b, 0);
}

int
sdc_fuzz_token_set_ratio(const char *a, const char *b)
{
	struct sdc_fuzz_set sa, sb;
	int r;

	sdc_fuzz_set_init(&sa, a);
	sdc_fuzz_set_init(&sb, b);
	r = sdc_fuzz_set_ratio(&sa, &sb);
	sdc_fuzz_set_free(&sa);
	sdc_fuzz_set_free(&sb);
	return r;
}
