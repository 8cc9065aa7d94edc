/* fuzzy - string similarity exactly as Debian 12's python3-thefuzz 0.19
 * (with python3-levenshtein 0.12.2) computes it, so that thresholds users
 * know from the original tool keep their meaning.
 *
 *	sdc_fuzz_ratio("Apple Inc.", "apple inc")		-> 74
 *	sdc_fuzz_token_set_ratio("Acme", "Acme Dental")	-> 100
 *
 * Strings are UTF-8 and compared by code point; an invalid byte counts as
 * U+FFFD.  Scores are ints 0..100 rounded half to even like Python's
 * round().  See spec/research/fuzzy-matching.md for the exact rules. */
#ifndef SDC_FUZZY_H
#define SDC_FUZZY_H

#include <stddef.h>
#include <stdint.h>

/* thefuzz utils.full_process(): drop U+0080..U+00FF when force_ascii,
 * every non-word character to a space, Python str.lower(), strip.
 * Returns a new string. */
char *sdc_fuzz_process(const char *s, int force_ascii);

/* fuzz.ratio(a, b): no preprocessing. */
int sdc_fuzz_ratio(const char *a, const char *b);

/* fuzz.token_set_ratio(a, b) with the defaults (full_process,
 * force_ascii). */
int sdc_fuzz_token_set_ratio(const char *a, const char *b);

/* A string prepared for token_set_ratio against many others: processed,
 * split, sorted by code point and deduplicated once. */
struct sdc_fuzz_set {
	uint32_t *cp;		/* the tokens' code points, back to back */
	size_t *off;		/* token i is cp[off[i]] .. cp[off[i+1]] */
	size_t ntok;
};

void sdc_fuzz_set_init(struct sdc_fuzz_set *set, const char *s);
void sdc_fuzz_set_free(struct sdc_fuzz_set *set);
int sdc_fuzz_set_ratio(const struct sdc_fuzz_set *a,
    const struct sdc_fuzz_set *b);
/* The same, but free to return any score below cutoff for a pair that
 * scores below cutoff (skipping the LCS when a bound rules it out). */
int sdc_fuzz_set_ratio_cut(const struct sdc_fuzz_set *a,
    const struct sdc_fuzz_set *b, int cutoff);
/* The same, told how many tokens a and b share and their total length in
 * code points (an inverted index knows), so the token lists need no
 * merge unless the LCS is needed; lcs_max (SIZE_MAX: none) is a known
 * upper bound of the LCS of the two differences. */
int sdc_fuzz_set_ratio_shared(const struct sdc_fuzz_set *a,
    const struct sdc_fuzz_set *b, size_t shared_cp, size_t nshared,
    size_t lcs_max, int cutoff);
/* 0 when the lengths alone show the pair scores below cutoff. */
int sdc_fuzz_set_may_reach(const struct sdc_fuzz_set *a,
    const struct sdc_fuzz_set *b, size_t shared_cp, size_t nshared,
    int cutoff);
/* The third of token_set_ratio's ratios alone: intersection plus the
 * rest of a against the same for b, which does not jump to 100 when one
 * token set holds the other. */
int sdc_fuzz_set_ratio_plain(const struct sdc_fuzz_set *a,
    const struct sdc_fuzz_set *b);
/* Length in code points of the tokens joined by single spaces. */
size_t sdc_fuzz_set_joined_len(const struct sdc_fuzz_set *set);

/* Length of the longest common subsequence of two code point arrays
 * (bit-parallel, Hyyrö 2004). */
size_t sdc_fuzz_lcs(const uint32_t *a, size_t na, const uint32_t *b,
    size_t nb);

/* Decode UTF-8 into code points; out needs room for strlen(s) entries.
 * Returns the number of code points. */
size_t sdc_fuzz_decode(const char *s, size_t len, uint32_t *out);

#endif
