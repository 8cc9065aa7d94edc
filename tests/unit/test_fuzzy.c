/* Unit tests of fuzzy.c: the 40 thefuzz 0.19 vectors, full_process corner
 * cases, the LCS kernel against a plain DP.
 *
 *	test_fuzzy --pairs FILE
 * is the checker of the parity test (tests/cli/fuzzy-parity.bats): FILE
 * holds "HEX(a) HEX(b) ratio token_set_ratio" lines scored by Python;
 * every line must score the same here. */
#include "check.h"
#include "fuzzy.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static char *
field(char **p)
{
	char *f = *p, *t = strchr(f, '\t');

	if (t) {
		*t = '\0';
		*p = t + 1;
	} else {
		f[strcspn(f, "\n")] = '\0';
		*p = f + strlen(f);
	}
	return f;
}

static void
vectors(const char *path)
{
	FILE *fp = fopen(path, "r");
	char line[1024], msg[1200];
	int row = 0;

	CHECK("vectors file opens", fp != NULL);
	if (fp == NULL)
		return;
	while (fgets(line, sizeof(line), fp)) {
		char *p = line, *a, *b;
		int r, tset;

		if (row++ == 0)
			continue;	/* header */
		a = field(&p);
		b = field(&p);
		r = atoi(field(&p));
		field(&p);	/* partial_ratio */
		field(&p);	/* token_sort_ratio */
		tset = atoi(field(&p));
		snprintf(msg, sizeof(msg), "row %d ratio(%s, %s)", row - 1, a, b);
		CHECK_INT(msg, sdc_fuzz_ratio(a, b), r);
		snprintf(msg, sizeof(msg), "row %d token_set_ratio(%s, %s)",
		    row - 1, a, b);
		CHECK_INT(msg, sdc_fuzz_token_set_ratio(a, b), tset);
	}
	CHECK_INT("40 vectors", row - 1, 40);
	fclose(fp);
}

static void
process(const char *in, int force_ascii, const char *want)
{
	char *got = sdc_fuzz_process(in, force_ascii), msg[256];

	snprintf(msg, sizeof(msg), "full_process(%s, %d)", in, force_ascii);
	CHECK_STR(msg, got, want);
	free(got);
}

static size_t
lcs_dp(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
	size_t *row = calloc(nb + 1, sizeof(*row)), i, j, r;

	for (i = 1; i <= na; i++) {
		size_t diag = 0;

		for (j = 1; j <= nb; j++) {
			size_t up = row[j];

			row[j] = a[i - 1] == b[j - 1] ? diag + 1 :
			    up > row[j - 1] ? up : row[j - 1];
			diag = up;
		}
	}
	r = row[nb];
	free(row);
	return r;
}

/* Random strings over a small alphabet with some non-ASCII, lengths
 * across the 64-code-point word boundary. */
static void
lcs_random(void)
{
	static const uint32_t alpha[] = { 'a', 'b', 'c', ' ', 0xE9, 0x3C3 };
	uint32_t a[200], b[200];
	unsigned seed = 12345;
	int t, bad = 0;

	for (t = 0; t < 3000; t++) {
		size_t na, nb, i;

		seed = seed * 1103515245 + 12345;
		na = seed >> 16 & 0xFF;
		na = na % 200;
		seed = seed * 1103515245 + 12345;
		nb = (seed >> 16) % 200;
		for (i = 0; i < na; i++) {
			seed = seed * 1103515245 + 12345;
			a[i] = alpha[(seed >> 16) % 6];
		}
		for (i = 0; i < nb; i++) {
			seed = seed * 1103515245 + 12345;
			b[i] = alpha[(seed >> 16) % 6];
		}
		if (sdc_fuzz_lcs(a, na, b, nb) != lcs_dp(a, na, b, nb))
			bad++;
	}
	CHECK_INT("bit-parallel LCS = DP on 3000 random pairs", bad, 0);
}

static int
unhex(char *s)
{
	char *w = s;

	for (; s[0] && s[1]; s += 2) {
		unsigned v;

		if (sscanf(s, "%2x", &v) != 1)
			return -1;
		*w++ = (char)v;
	}
	*w = '\0';
	return 0;
}

static int
pairs(const char *path)
{
	FILE *fp = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	long n = 0, bad = 0;

	if (fp == NULL) {
		perror(path);
		return 2;
	}
	while (getline(&line, &cap, fp) > 0) {
		char *p = line, *a = field(&p), *b = field(&p);
		int r = atoi(field(&p)), ts = atoi(field(&p)), gr, gts;

		if (unhex(a) || unhex(b))
			return 2;
		gr = sdc_fuzz_ratio(a, b);
		gts = sdc_fuzz_token_set_ratio(a, b);
		if ((gr != r || gts != ts) && bad++ < 20)
			printf("# line %ld: [%s] [%s]: python %d %d, C %d %d\n",
			    n + 1, a, b, r, ts, gr, gts);
		n++;
	}
	free(line);
	fclose(fp);
	printf("%s - %ld pairs, %ld differ\n", bad ? "not ok 1" : "ok 1", n, bad);
	printf("1..1\n");
	return bad ? 1 : 0;
}

int
main(int argc, char **argv)
{
	const char *fix = getenv("SDC_FIXTURES");
	char path[4096];

	if (argc == 3 && strcmp(argv[1], "--pairs") == 0)
		return pairs(argv[2]);
	snprintf(path, sizeof(path), "%s/fuzz/thefuzz-0.19-vectors.tsv",
	    fix ? fix : "tests/fixtures");
	vectors(path);
	process("  Apple   Inc  ", 1, "apple   inc");
	process("Soci\xc3\xa9t\xc3\xa9", 1, "socit");
	process("Soci\xc3\xa9t\xc3\xa9", 0, "soci\xc3\xa9t\xc3\xa9");
	process("foo_bar", 1, "foo_bar");
	process("\xc4\xb0stanbul", 1, "i\xcc\x87stanbul");
	/* Final_Sigma: word-final capital sigma lowers to the final form */
	process("\xce\xa3\xce\x9f\xce\xa6\xce\x9f\xce\xa3", 1,
	    "\xcf\x83\xce\xbf\xcf\x86\xce\xbf\xcf\x82");
	process("\xc5\xb8", 1, "\xc3\xbf");	/* survives, lowers into 128-255 */
	process("!!!", 1, "");
	process("a\xc2\xa0" "b", 0, "a b");	/* NBSP is not a word char */
	CHECK_INT("ratio of two empties", sdc_fuzz_ratio("", ""), 100);
	CHECK_INT("half-even 62.5 -> 62", sdc_fuzz_ratio("abcdeXYZ", "abcdeUVW"), 62);
	CHECK_INT("subset scores 100", sdc_fuzz_token_set_ratio("Acme",
	    "Acme Dental"), 100);
	CHECK_INT("duplicate tokens collapse", sdc_fuzz_token_set_ratio(
	    "fuzzy fuzzy bear", "bear fuzzy"), 100);
	lcs_random();
	return check_done();
}
