/* japanese.c - Japanese names read as sounds (japanese.h).
 *
 * A technician types a Japanese customer's name in romaji, in kana or in
 * kanji, whichever the list does not: 株式会社小松精機 is "Komatsu Seiki",
 * 杉本自動車整備 is "スギモト自動車整備", "Ikeda Shokai Co., Ltd." is
 * "ｲｹﾀﾞ商会".  Kana is read in Hepburn (yōon きゃ kya, sokuon っ doubling
 * the next consonant, ー the vowel before it long, the small vowels of
 * loan words ファ fa, ティ ti); every spelling is then folded to one
 * (Kunrei's consonants, long vowels single).  A kanji has many readings
 * (Unihan's kJapaneseOn and kJapaneseKun, config/han-japanese.json), so
 * a kanji name is never turned into letters: the other name's letters
 * are segmented into one reading a kanji (a dynamic programme over the
 * two names), each after the first may be voiced (rendaku: k g, s z,
 * t d, h b or p: 長谷川 Hase-gawa) and a reading ending in tsu, chi, ku
 * or ki may double the next consonant instead (日本 Nip-pon). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>
#include <utf8proc.h>

#include "buf.h"
#include "diag.h"
#include "hmap.h"
#include "japanese.h"
#include "names.h"

#define HAN_FIRST 0x4E00
#define HAN_LAST 0x9FFF
#define ITERATION 0x3005	/* 々: the kanji before, again */
#define READ_MAX 16		/* letters of a reading, at most */
#define HEAD_MAX 64		/* units a head is read over, at most */
#define JP_RARE 1		/* on readings not listed first in a name */
#define NONE 0xff		/* a dp cell not reached */

/* Hiragana U+3041..U+3096 in Hepburn; "_" a small kana, "*" the sokuon
 * っ.  Katakana is U+0060 above (ヶ read ga, as in place names). */
static const char *const kana[] = {
	"_a", "a", "_i", "i", "_u", "u", "_e", "e", "_o", "o",
	"ka", "ga", "ki", "gi", "ku", "gu", "ke", "ge", "ko", "go",
	"sa", "za", "shi", "ji", "su", "zu", "se", "ze", "so", "zo",
	"ta", "da", "chi", "ji", "*", "tsu", "zu", "te", "de", "to", "do",
	"na", "ni", "nu", "ne", "no",
	"ha", "ba", "pa", "hi", "bi", "pi", "fu", "bu", "pu", "he", "be",
	"pe", "ho", "bo", "po",
	"ma", "mi", "mu", "me", "mo",
	"_ya", "ya", "_yu", "yu", "_yo", "yo",
	"ra", "ri", "ru", "re", "ro",
	"_wa", "wa", "i", "e", "o", "n", "vu", "ka", "ga"
};
#define KANA_FIRST 0x3041
#define KANA_N (sizeof(kana) / sizeof(kana[0]))
#define LONG_MARK 0x30FC	/* ー */
#define KANA_LETTER 0x100	/* a unit's letter read from kana */

/* Japan's legal forms (Companies Act, Act No. 86 of 2005: kabushiki
 * kaisha, gōdō kaisha, gōshi and gōmei kaisha; the yūgen kaisha of the
 * Limited Liability Company Act of 1938, still in names), as written
 * in a name, NFKC ("㈱" is "(株)") */
static const char *const forms_ja[] = {
	"株式会社", "有限会社", "合同会社", "合資会社", "合名会社", "(株)",
	"(有)", "(同)", "(資)", "(名)", NULL
};

/* ... in romaji and in English, folded, a word each (two for the
 * romaji: "kabusiki kaisya"), as a list typed in Latin letters writes
 * them: "K.K.", "Y.K.", "G.K." read as initials. */
static const char *const forms_la[] = {
	"kabusiki", "kabusikigaisya", "kabusikikaisya", "kaisya", "gaisya",
	"yugen", "yugengaisya", "yugenkaisya", "godo", "godogaisya",
	"godokaisya", "kk", "yk", "gk", "co", "corp", "corporation",
	"company", "inc", "ltd", "limited", "llc", NULL
};

static int
is_kana(int32_t c)
{
	return (c >= KANA_FIRST && c < KANA_FIRST + (int32_t)KANA_N) ||
	    (c >= KANA_FIRST + 0x60 && c < KANA_FIRST + 0x60 + (int32_t)KANA_N) ||
	    c == LONG_MARK;
}

static int
is_kanji(int32_t c)
{
	return c >= HAN_FIRST && c <= HAN_LAST;
}

/* A unit's letter or digit, from kana or not (KANA_LETTER); 0 for a
 * kanji. */
static int
letter(int32_t u)
{
	return u < 2 * KANA_LETTER ? (int)(u & 0xff) : 0;
}

static int
is_han(int32_t c)
{
	return (c >= HAN_FIRST && c <= HAN_LAST) || c == ITERATION;
}

static int
vowel(int c)
{
	return c == 'a' || c == 'i' || c == 'u' || c == 'e' || c == 'o';
}

/* A small kana after the kana read into out: yōon (ki + ya kya, shi +
 * ya sha) or a loan word's vowel (fu + a fa, te + i ti, u + i wi). */
static void
small_kana(struct sdc_buf *out, const char *s)
{
	size_t n = out->len;
	char *p = out->p;

	if (s[0] == 'y' && n >= 2 && p[n - 1] == 'i' && !vowel(p[n - 2])) {
		out->len = --n;
		if (!(n >= 2 && p[n - 1] == 'h' && (p[n - 2] == 's' ||
		    p[n - 2] == 'c')) && p[n - 1] != 'j')
			sdc_buf_addc(out, 'y');
		sdc_buf_adds(out, s + 1);
	} else if (vowel(s[0]) && n >= 1 && vowel(p[n - 1])) {
		if (n == 1 || vowel(p[n - 2]) || p[n - 2] == ' ') {
			out->len = n - 1;	/* ウィ wi */
			sdc_buf_addc(out, 'w');
		} else
			out->len = n - 1;
		sdc_buf_adds(out, s);
	} else
		sdc_buf_adds(out, s);
}

/* The kana at cp[0..n) in Hepburn, into out: the number read. */
static size_t
kana_run(const int32_t *cp, size_t n, struct sdc_buf *out)
{
	size_t i;
	int gem = 0;

	for (i = 0; i < n && is_kana(cp[i]); i++) {
		int32_t c = cp[i] >= KANA_FIRST + 0x60 ? cp[i] - 0x60 : cp[i];
		const char *s;

		if (cp[i] == LONG_MARK) {
			if (out->len > 0 && vowel(out->p[out->len - 1]))
				sdc_buf_addc(out, out->p[out->len - 1]);
			continue;
		}
		s = kana[c - KANA_FIRST];
		if (s[0] == '*') {
			gem = 1;
			continue;
		}
		if (s[0] == '_') {
			small_kana(out, s + 1);
			continue;
		}
		if (gem && !vowel(s[0]) && s[0] != 'n')
			sdc_buf_addc(out, s[0] == 'c' ? 't' : s[0]);
		gem = 0;
		sdc_buf_adds(out, s);
	}
	return i;
}

int
sdc_jp_kana(const char *name)
{
	const unsigned char *p = (const unsigned char *)name;

	/* U+3041..U+30FF are E3 81 81..E3 83 BF; the half-width katakana
	 * U+FF66..U+FF9F EF BD A6..EF BE 9F */
	for (; *p; p++)
		if ((p[0] == 0xe3 && (p[1] == 0x81 || p[1] == 0x82 ||
		    p[1] == 0x83)) || (p[0] == 0xef && ((p[1] == 0xbd &&
		    p[2] >= 0xa6) || p[1] == 0xbe)))
			return 1;
	return 0;
}

/* name NFKC (half-width kana whole, ㈱ (株)) as code points: their
 * number, *cp a new array. */
static size_t
code_points(const char *name, int32_t **cp)
{
	utf8proc_uint8_t *s = NULL;
	utf8proc_ssize_t r;
	utf8proc_int32_t c;
	size_t n = 0, i;

	if (utf8proc_map((const utf8proc_uint8_t *)name, 0, &s,
	    UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
	    UTF8PROC_COMPAT | UTF8PROC_CASEFOLD) < 0)
		s = (utf8proc_uint8_t *)sdc_xstrdup(name);
	*cp = sdc_xcalloc(strlen((char *)s) + 1, sizeof(**cp));
	for (i = 0; s[i]; i += (size_t)r) {
		if ((r = utf8proc_iterate(s + i, -1, &c)) <= 0)
			break;
		(*cp)[n++] = c;
	}
	free(s);
	return n;
}

char *
sdc_jp_hepburn(const char *name)
{
	struct sdc_buf b = SDC_BUF_INIT;
	int32_t *cp;
	size_t n = code_points(name, &cp), i = 0;
	utf8proc_uint8_t u[4];

	while (i < n) {
		if (is_kana(cp[i])) {
			i += kana_run(cp + i, n - i, &b);
			continue;
		}
		sdc_buf_add(&b, u, (size_t)utf8proc_encode_char(cp[i], u));
		i++;
	}
	free(cp);
	sdc_buf_addc(&b, '\0');
	return sdc_buf_take(&b);
}

/* s with every "from" written "to" (as long or shorter), in place. */
static void
rewrite(char *s, const char *from, const char *to)
{
	size_t lf = strlen(from), lt = strlen(to), i, o;

	if ((s = strstr(s, from)) == NULL)
		return;		/* most pairs: each name is folded often */
	for (i = o = 0; s[i]; ) {
		if (strncmp(s + i, from, lf) == 0) {
			memcpy(s + o, to, lt);
			o += lt;
			i += lf;
		} else
			s[o++] = s[i++];
	}
	s[o] = '\0';
}

void
sdc_jp_fold(char *s)
{
	static const char *const pairs[][2] = {
		{ "sh", "sy" }, { "ch", "ty" }, { "ts", "t" }, { "j", "z" },
		{ "f", "h" }, { "v", "b" }, { "l", "r" }, { "di", "zi" },
		{ "du", "zu" }, { "syi", "si" }, { "tyi", "ti" },
		{ "zy", "z" }, { "mb", "nb" }, { "mp", "np" }, { "mm", "nm" },
		{ "ou", "o" }, { "oo", "o" }, { "uu", "u" }, { "aa", "a" },
		{ "ii", "i" }, { "ee", "e" }, { "nn", "n" }
	};
	size_t i, o;

	for (i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++)
		rewrite(s, pairs[i][0], pairs[i][1]);
	/* "Ohno", "Satoh": oh before a consonant or at the end is ō */
	for (i = o = 0; s[i]; i++)
		if (!(s[i] == 'h' && i > 0 && s[i - 1] == 'o' &&
		    !vowel(s[i + 1]) && s[i + 1] != 'y'))
			s[o++] = s[i];
	s[o] = '\0';
}

/* The readings of the kanji, folded: rd[] the readings of han_rd[c]'s
 * index into rd_at (a kanji's readings are rd[rd_at[k]..rd_at[k + 1])).
 * Unihan lists a kanji's on readings the usual first; a name is read
 * with one other at most (JP_RARE): 増田 (Masuda; ZOU SOU, DEN TEN) is
 * no "Sōten", 自動車 is "Jidōsha" (SHI JI). */
static uint32_t *han_rd;	/* by kanji: 1 + its row, 0 none */
static char (*rd)[READ_MAX + 1];
static unsigned char *rd_rare;	/* ... an on reading not listed first */
static uint32_t *rd_at;

struct pair { uint32_t c; uint32_t r; };

static int
pair_cmp(const void *a, const void *b)
{
	const struct pair *x = a, *y = b;

	return x->c != y->c ? (x->c < y->c ? -1 : 1) : (x->r < y->r ? -1 :
	    x->r > y->r);
}

/* han-japanese.json's readings of each kanji into pairs: their number. */
static size_t
load_pairs(json_object *doc, struct pair **pp, char (**words)[READ_MAX + 1])
{
	size_t n = 0, cap = 0, nw = 0;

	*pp = NULL;
	*words = sdc_xcalloc((size_t)json_object_object_length(doc) + 1,
	    sizeof(**words));
	json_object_object_foreach(doc, reading, chars) {
		const char *c = json_object_get_string(chars);
		utf8proc_int32_t cp;
		utf8proc_ssize_t r;

		if (reading[0] == '_' || c == NULL || strlen(reading) > READ_MAX)
			continue;
		snprintf((*words)[nw], READ_MAX + 1, "%s", reading);
		sdc_jp_fold((*words)[nw]);
		for (; *c; c += r) {
			if ((r = utf8proc_iterate((const utf8proc_uint8_t *)c,
			    -1, &cp)) <= 0 || cp < HAN_FIRST || cp > HAN_LAST)
				break;
			if (n == cap)
				*pp = sdc_xrealloc(*pp, (cap = cap ? 2 *
				    cap : 4096) * sizeof(**pp));
			(*pp)[n].c = (uint32_t)cp;
			(*pp)[n++].r = (uint32_t)nw;
		}
		nw++;
	}
	return n;
}

static uint64_t han_hash;	/* of the readings read (sdc_jp_load) */

/* Made on first use: a table of the program's, not of a run. */
static void
han_load(void)
{
	static int looked;
	json_object *doc;
	struct pair *pp;
	char (*words)[READ_MAX + 1];
	size_t n, i, k = 0;

	if (looked)
		return;
	looked = 1;
	han_rd = sdc_xcalloc(HAN_LAST - HAN_FIRST + 1, sizeof(*han_rd));
	doc = sdc_shipped_json("han-japanese.json", 1UL << 20,
	    "kanji are not read in Japanese");
	if (doc == NULL || !json_object_is_type(doc, json_type_object)) {
		json_object_put(doc);
		return;
	}
	n = load_pairs(doc, &pp, &words);
	json_object_put(doc);
	qsort(pp, n, sizeof(*pp), pair_cmp);
	rd = sdc_xcalloc(n + 1, sizeof(*rd));
	rd_rare = sdc_xcalloc(n + 1, 1);
	rd_at = sdc_xcalloc(n + 2, sizeof(*rd_at));
	for (i = 0; i < n; i++) {
		if (i == 0 || pp[i].c != pp[i - 1].c) {
			han_rd[pp[i].c - HAN_FIRST] = (uint32_t)++k;
			rd_at[k - 1] = (uint32_t)i;
		}
		memcpy(rd[i], words[pp[i].r], sizeof(*rd));
		if (rd[i][0] == '~') {	/* "~sou": not the usual on */
			rd_rare[i] = 1;
			memmove(rd[i], rd[i] + 1, READ_MAX);
		}
	}
	rd_at[k] = (uint32_t)n;
	free(pp);
	free(words);
	han_hash = sdc_hash(rd, n * sizeof(*rd)) ^ sdc_hash(rd_rare, n) *
	    31 ^ sdc_hash(rd_at, (k + 1) * sizeof(*rd_at)) * 961;
}

uint64_t
sdc_jp_load(void)
{
	han_load();
	return han_hash;
}

/* The readings of kanji c: rd[*from..*to). */
static int
readings(int32_t c, uint32_t *from, uint32_t *to)
{
	uint32_t k;

	han_load();
	if (c < HAN_FIRST || c > HAN_LAST || (k = han_rd[c - HAN_FIRST]) == 0)
		return 0;
	*from = rd_at[k - 1];
	*to = rd_at[k];
	return 1;
}

/* The words of list folded as a name's are, into f. */
static void
fold_list(const char *const *list, char (*f)[32])
{
	size_t i;

	for (i = 0; list[i]; i++) {
		snprintf(f[i], sizeof(f[i]), "%s", list[i]);
		sdc_jp_fold(f[i]);
	}
}

/* w is one of list's words, folded in f. */
static int
in_list(const char *w, const char *const *list, char (*f)[32])
{
	size_t i;

	for (i = 0; list[i]; i++)
		if (strcmp(w, f[i]) == 0)
			return 1;
	return 0;
}

/* The romaji word w (folded) is a legal form, or (the two words of
 * "Kabushiki Kaisha") begins one that next completes.  The lists are
 * folded once: every romaji word of every name asks. */
static int
form_word(const char *w, const char *next)
{
	static const char *const firsts[] = { "kabushiki", "yugen", "yuugen",
	    "godo", "goudou", NULL };
	static char fla[sizeof(forms_la) / sizeof(forms_la[0])][32],
	    ffi[sizeof(firsts) / sizeof(firsts[0])][32];
	static int folded;

	if (!folded) {
		fold_list(forms_la, fla);
		fold_list(firsts, ffi);
		folded = 1;
	}
	if (in_list(w, forms_la, fla))
		return 1;
	if (next == NULL || (strcmp(next, "kaisya") != 0 &&
	    strcmp(next, "gaisya") != 0))
		return 0;
	return in_list(w, firsts, ffi);
}

/* A Latin letter, its marks left off ("ō" o), lower case; 0 for none. */
static int
latin(int32_t c)
{
	utf8proc_int32_t d[4];
	utf8proc_ssize_t n;

	if (c < 0x80)
		return c >= 'a' && c <= 'z' ? (int)c : c >= 'A' && c <= 'Z' ?
		    (int)c - 'A' + 'a' : 0;
	if (c >= 0x2000)
		return 0;
	n = utf8proc_decompose_char(c, d, 4, UTF8PROC_DECOMPOSE |
	    UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD, NULL);
	return n == 1 && d[0] < 0x80 ? latin(d[0]) : 0;
}

/* name NFKC and case-folded, its Japanese legal forms blanked. */
static char *
without_forms(const char *name)
{
	utf8proc_uint8_t *s = NULL;
	char *p;
	size_t i;

	if (utf8proc_map((const utf8proc_uint8_t *)name, 0, &s,
	    UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
	    UTF8PROC_COMPAT | UTF8PROC_CASEFOLD) < 0)
		s = (utf8proc_uint8_t *)sdc_xstrdup(name);
	for (i = 0; forms_ja[i]; i++)
		while ((p = strstr((char *)s, forms_ja[i])) != NULL)
			memset(p, ' ', strlen(forms_ja[i]));
	return (char *)s;
}

/* The words of name: Latin and kana runs as letters (kana in Hepburn,
 * "\001" first), each kanji and digit a word of its own, "\002" before
 * a kanji; *script 1 with kanji, 2 with kana, 3 both. */
static size_t
name_words(const char *name, char ***w, int *script)
{
	struct sdc_buf b = SDC_BUF_INIT;
	int32_t *cp;
	size_t n = code_points(name, &cp), i = 0, nw = 0;
	int c;

	*w = sdc_xcalloc(n + 1, sizeof(**w));
	while (i < n) {
		b.len = 0;
		sdc_buf_addc(&b, '\0');
		b.len = 0;
		if (is_kana(cp[i])) {
			sdc_buf_addc(&b, '\001');
			i += kana_run(cp + i, n - i, &b);
			*script = 2;
		} else if (is_han(cp[i])) {
			utf8proc_uint8_t u[4];

			sdc_buf_addc(&b, '\002');
			sdc_buf_add(&b, u, (size_t)utf8proc_encode_char(cp[i++],
			    u));
			*script |= 1;
		} else if (cp[i] >= '0' && cp[i] <= '9')
			sdc_buf_addc(&b, (char)cp[i++]);
		else
			while (i < n && (c = latin(cp[i])) != 0) {
				sdc_buf_addc(&b, (char)c);
				i++;
			}
		if (b.len == 0)
			i++;
		else
			(*w)[nw++] = sdc_xstrdup(b.p);
	}
	free(cp);
	sdc_buf_free(&b);
	return nw;
}

/* Initials typed apart ("K. K.", "Y.K."): one word. */
static void
join_initials(char **w, size_t *n)
{
	size_t i, o;

	for (i = o = 0; i < *n; i++) {
		if (o > 0 && strlen(w[i]) == 1 && isalpha((unsigned char)w[i][0])
		    && strspn(w[o - 1], "abcdefghijklmnopqrstuvwxyz") ==
		    strlen(w[o - 1]) && strlen(w[o - 1]) < 3 && (i + 1 == *n ||
		    strlen(w[i + 1]) != 1)) {
			char *j = sdc_xmalloc(strlen(w[o - 1]) + 2);

			sprintf(j, "%s%s", w[o - 1], w[i]);
			free(w[o - 1]);
			free(w[i]);
			w[o - 1] = j;
			continue;
		}
		w[o++] = w[i];
	}
	*n = o;
}

/* The letters of a run folded into r's units, KANA_LETTER marking
 * those read from kana. */
static void
put_run(struct jp_read *r, struct sdc_buf *run, int kana)
{
	size_t i;

	if (run->len == 0)
		return;
	sdc_jp_fold(run->p);
	for (i = 0; run->p[i] && r->n < JP_UNITS; i++)
		r->u[r->n++] = (unsigned char)run->p[i] | (kana ? KANA_LETTER :
		    0);
	run->len = 0;
	run->p[0] = '\0';
}

/* A kanji word (after "\002") into r; 々 the kanji before again. */
static void
put_han(struct jp_read *r, const char *w)
{
	utf8proc_int32_t c;

	utf8proc_iterate((const utf8proc_uint8_t *)w, -1, &c);
	if (c == ITERATION)
		c = r->n > 0 && is_kanji(r->u[r->n - 1]) ? r->u[r->n - 1] : 0;
	if (c != 0 && r->n < JP_UNITS)
		r->u[r->n++] = c;
}

int
sdc_jp_read(const char *name, struct jp_read *r)
{
	struct sdc_buf run = SDC_BUF_INIT;
	char *s = without_forms(name), **w;
	size_t n, i;
	int kana = 0;

	r->n = 0;
	r->script = 0;
	n = name_words(s, &w, &r->script);
	r->kana = (r->script & 2) != 0;
	free(s);
	join_initials(w, &n);
	sdc_buf_addc(&run, '\0');
	run.len = 0;
	for (i = 0; i < n; i++) {
		char *f = w[i];

		if (f[0] == '\002' || (f[0] == '\001') != kana) {
			put_run(r, &run, kana);
			kana = f[0] == '\001';
		}
		if (f[0] == '\002')
			put_han(r, f + 1);
		else if (f[0] == '\001')
			sdc_buf_adds(&run, f + 1);
		else {
			char *g = sdc_xstrdup(f), *h = i + 1 < n && w[i + 1][0] >
			    '\002' ? sdc_xstrdup(w[i + 1]) : NULL;

			sdc_jp_fold(g);
			if (h != NULL)
				sdc_jp_fold(h);
			if (!form_word(g, h))
				sdc_buf_adds(&run, f);
			free(g);
			free(h);
		}
	}
	put_run(r, &run, kana);
	for (i = 0; i < n; i++)
		free(w[i]);
	free(w);
	sdc_buf_free(&run);
	return r->n > 0;
}

/* The reading s voiced (rendaku), the kind-th way (0 g/z/d/b, 1 p for
 * h), into v: 1, or 0 when s has no such voicing. */
static int
voiced(const char *s, int kind, char *v)
{
	static const char plain[] = "ksth", voice[] = "gzdb";
	const char *at = strchr(plain, s[0]);

	if (s[0] == '\0' || at == NULL || (kind == 1 && s[0] != 'h'))
		return 0;
	strcpy(v, s);
	v[0] = kind == 1 ? 'p' : voice[at - plain];
	if (s[0] == 't' && (s[1] == 'i' || s[1] == 'u' || s[1] == 'y'))
		v[0] = 'z';	/* ち ぢ ji, つ づ zu */
	return 1;
}

/* The letter before a reading and its first may be one sound the fold
 * wrote once ("Ōta" ota for 大 oo + 田 ta; 小 ko + 内 uchi kouti koti). */
static int
merged(int32_t before, char first)
{
	return before == first ? vowel(first) || first == 'n' :
	    before == 'o' && first == 'u';
}

/* The reading's last mora may be a sokuon: tsu, chi, ku, ki. */
static size_t
geminated(const char *v)
{
	size_t n = strlen(v);

	return n > 2 && (v[n - 2] == 't' || v[n - 2] == 'k') &&
	    (v[n - 1] == 'u' || v[n - 1] == 'i') && !(n > 3 && v[n - 3] ==
	    'y') ? n - 2 : 0;
}

/* x's units from p are the letters s[0..n), none read from kana when
 * latin. */
static int
spells(const struct jp_read *x, size_t p, const char *s, size_t n,
    int latin)
{
	size_t k;

	if (p + n > x->n)
		return 0;
	for (k = 0; k < n; k++)
		if (letter(x->u[p + k]) != (unsigned char)s[k] || (latin &&
		    (x->u[p + k] & KANA_LETTER)))
			return 0;
	return 1;
}

/* at[i][j]: the fewest rare readings a's first i units and b's first
 * j are one name with, NONE when they are not. */
struct dp {
	unsigned char at[JP_UNITS + 1][JP_UNITS + 1];
	int swap;	/* the customer's kanji read: at[j][i] */
	unsigned char cost;	/* of the reading tried */
	size_t far;	/* the last row reached, the last cleared */
	size_t width;	/* the bytes of a row in use */
	/* the first and last columns reached of each row (first past last:
	 * none), so that a row is read where it was reached */
	unsigned char lo[JP_UNITS + 1], hi[JP_UNITS + 1];
};

/* Row i of at[] is cleared: no column reached. */
static void
row_clear(struct dp *d, size_t i)
{
	memset(d->at[i], NONE, d->width);
	d->lo[i] = (unsigned char)d->width;
	d->hi[i] = 0;
}

/* Rows of at[] are cleared as they are first reached: a name read
 * against a candidate's mostly parts in its first rows, and at 50,000
 * customers a name is read against thousands (by_japanese). */
static void
reach(struct dp *d, size_t i, size_t j)
{
	size_t row = d->swap ? j : i, col = d->swap ? i : j;
	unsigned char *c = &d->at[row][col];

	for (; d->far < row; d->far++)
		row_clear(d, d->far + 1);
	if (d->cost < *c)
		*c = d->cost;
	if (col < d->lo[row])
		d->lo[row] = (unsigned char)col;
	if (col > d->hi[row])
		d->hi[row] = (unsigned char)col;
}

/* The reading v of the kanji at i spells x's letters from p. */
static void
read_at(struct dp *d, size_t i, const struct jp_read *x, size_t p,
    const char *v)
{
	size_t n = strlen(v), g;
	int latin = !d->swap, c;

	if (spells(x, p, v, n, latin))
		reach(d, i + 1, p + n);
	if (p > 0 && merged(letter(x->u[p - 1]), v[0]) && spells(x, p, v + 1,
	    n - 1, latin))
		reach(d, i + 1, p + n - 1);
	if ((g = geminated(v)) > 0 && spells(x, p, v, g, latin) && p + g + 1 <
	    x->n && (c = letter(x->u[p + g])) >= 'a' && !vowel(c) && c != 'n' &&
	    letter(x->u[p + g + 1]) == c)
		reach(d, i + 1, p + g + 1);
}

/* Every reading of the kanji k (the i-th unit of its name) from x's
 * letter p, the cost so far at. */
static void
readings_at(struct dp *d, int32_t k, size_t i, const struct jp_read *x,
    size_t p, unsigned char at)
{
	uint32_t from, to, m;
	char v[READ_MAX + 1];

	if (!readings(k, &from, &to))
		return;
	for (m = from; m < to; m++) {
		if ((d->cost = at + rd_rare[m]) > JP_RARE)
			continue;
		read_at(d, i, x, p, rd[m]);
		if (i > 0 && voiced(rd[m], 0, v))
			read_at(d, i, x, p, v);
		if (i > 0 && voiced(rd[m], 1, v))
			read_at(d, i, x, p, v);
	}
}

int
sdc_jp_fits(const struct jp_read *a, const struct jp_read *b)
{
	static struct dp dp;	/* reused: a name reads many candidates */
	struct dp *d = &dp;
	size_t i, j;

	if (!(a->script || b->script) || a->n == 0 || b->n == 0)
		return 0;
	d->width = b->n + 1;
	row_clear(d, 0);
	d->at[0][0] = 0;
	d->lo[0] = 0;
	d->far = 0;
	for (i = 0; i <= a->n && i <= d->far; i++) {
		/* hi[i] read each turn: a kanji read as no letters
		 * (merged) reaches further along this row */
		for (j = d->lo[i]; j <= d->hi[i]; j++) {
			unsigned char at = d->at[i][j];
			int ka, kb;

			if (at == NONE || i == a->n || j == b->n)
				continue;
			ka = is_kanji(a->u[i]);
			kb = is_kanji(b->u[j]);
			if (a->u[i] == b->u[j] || (!ka && !kb &&
			    letter(a->u[i]) == letter(b->u[j]))) {
				d->swap = 0;
				d->cost = at;
				reach(d, i + 1, j + 1);
			} else if (ka && !kb && a->kana) {
				d->swap = 0;
				readings_at(d, a->u[i], i, b, j, at);
			} else if (kb && !ka) {
				d->swap = 1;
				readings_at(d, b->u[j], j, a, i, at);
			}
		}
	}	/* rows past the last reached: the names part there */
	return d->far == a->n && d->at[a->n][b->n] != NONE;
}

struct heads {
	char (*key)[JP_HEAD + 1];
	uint32_t *code;	/* head_code of each */
	size_t n, max, budget;
};

/* key (JP_HEAD letters at most) as a number: heads compared at once. */
static uint32_t
head_code(const char *s, size_t len)
{
	uint32_t c = 0;
	size_t i;

	for (i = 0; i < len; i++)
		c = c * 32 + (uint32_t)(s[i] & 31);
	return c * 8 + (uint32_t)len;
}

static void
head_put(struct heads *h, const char *s, size_t len)
{
	uint32_t c;
	size_t i;

	if (len > JP_HEAD)
		len = JP_HEAD;
	c = head_code(s, len);
	for (i = 0; i < h->n; i++)
		if (h->code[i] == c)
			return;
	if (h->n < h->max) {
		h->code[h->n] = c;
		memcpy(h->key[h->n], s, len);
		h->key[h->n++][len] = '\0';
	}
}

static void head_from(const struct jp_read *, size_t, char *, size_t, int,
    struct heads *);

/* The reading v of the unit at i after the head buf[0..len); gem: the
 * reading before it doubles its first consonant. */
static void
head_read(const struct jp_read *r, size_t i, char *buf, size_t len,
    const char *v, int gem, struct heads *h)
{
	size_t n = strlen(v), g;

	if (gem) {
		if (vowel(v[0]) || v[0] == 'n')
			return;
		buf[len++] = v[0];
	} else if (len > 0 && merged((unsigned char)buf[len - 1], v[0])) {
		memcpy(buf + len, v + 1, n - 1);
		head_from(r, i + 1, buf, len + n - 1, 0, h);
	}
	memcpy(buf + len, v, n);
	head_from(r, i + 1, buf, len + n, 0, h);
	if ((g = geminated(v)) > 0 && i + 1 < r->n && is_kanji(r->u[i + 1]))
		head_from(r, i + 1, buf, len + g, 1, h);
}

/* The heads of r from its unit i, buf[0..len) read before. */
static void
head_from(const struct jp_read *r, size_t i, char *buf, size_t len, int gem,
    struct heads *h)
{
	uint32_t from, to, m;
	char v[READ_MAX + 1];

	if (h->budget == 0)
		return;
	h->budget--;
	if (len >= JP_HEAD || i == r->n || i >= HEAD_MAX) {
		if (!gem)
			head_put(h, buf, len);
		return;
	}
	if (!is_kanji(r->u[i])) {
		if (gem)
			return;
		buf[len] = (char)letter(r->u[i]);
		head_from(r, i + 1, buf, len + 1, 0, h);
		return;
	}
	if (!readings(r->u[i], &from, &to)) {
		head_put(h, buf, len);	/* read no further */
		return;
	}
	for (m = from; m < to; m++) {
		head_read(r, i, buf, len, rd[m], gem, h);
		if (i > 0 && voiced(rd[m], 0, v))
			head_read(r, i, buf, len, v, gem, h);
		if (i > 0 && voiced(rd[m], 1, v))
			head_read(r, i, buf, len, v, gem, h);
	}
}

size_t
sdc_jp_heads(const struct jp_read *r, char (*key)[JP_HEAD + 1], size_t max)
{
	struct heads h = { key, NULL, 0, max, 4096 };
	char buf[JP_HEAD + READ_MAX + 2];

	h.code = sdc_xcalloc(max ? max : 1, sizeof(*h.code));
	head_from(r, 0, buf, 0, 0, &h);
	free(h.code);
	return h.n;
}
