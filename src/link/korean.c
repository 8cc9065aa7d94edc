/* korean.c - Korean names read as sounds (korean.h).
 *
 * A Hangul syllable is U+AC00 + (initial * 21 + vowel) * 28 + final (the
 * Unicode Standard, ch. 3.12), each jamo read in the Revised
 * Romanization's letters (the 2000 rules).  Its romanisations differ in
 * the vowels (ㅓ is eo, o after McCune-Reischauer's breve is typed away,
 * u in the common Sung, Jun, Hyun; ㅜ is u or oo; ㅡ eu or u) and in the
 * voicing of the stops (g/k, d/t, b/p, j/ch: Gim, Kim), so a name is
 * keyed by its consonants, voiced and unvoiced one, and its vowels by
 * class; each vowel typed keeps the Hangul vowels it may be, and two
 * names fit only when every vowel of one may be the other's.  The
 * surnames' spellings that are no letter rule (Lee, Yi, Rhee for 이; the
 * r of Park; the h of Ahn and Oh) are read as such. */
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>
#include <utf8proc.h>

#include "buf.h"
#include "korean.h"
#include "diag.h"

#define HANGUL_FIRST 0xAC00
#define HANGUL_LAST 0xD7A3
#define KO_TOKENS 32	/* words of a name read, at most */
#define KO_WORD 64	/* bytes of a word, at most */

#define B(i) (1u << (i))

/* The 21 vowels in Unicode's order, and their classes in the key: the
 * vowels one romanisation spells as another's share a class. */
static const char v_class[21] = { 'a', 'e', 'A', 'E', 'o', 'e', 'O', 'E',
    'o', 'w', 'W', 'W', 'O', 'o', 'v', 'W', 'V', 'O', 'o', 'i', 'i' };
/* The initials' and finals' consonants in the key (ㅇ initial is none,
 * ㅇ final is ng: "n" and "k", as a romanisation's letters are read). */
static const char *const l_key[19] = { "k", "k", "n", "t", "t", "l", "m",
    "p", "p", "s", "s", "", "j", "j", "j", "k", "t", "p", "h" };
static const char *const t_key[28] = { "", "k", "k", "k", "n", "n", "n",
    "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
    "nk", "t", "t", "k", "t", "p", "t" };

/* A vowel as typed in Latin letters, and the Hangul vowels it may be:
 * Revised, McCune-Reischauer without its breves, and the common
 * spellings (Young, Kyung, Joon, Hee, Choi, Woo); the longest first. */
static const struct { const char *s; uint32_t m; } latin_vowels[] = {
	{ "yeo", B(6) }, { "yae", B(3) }, { "yoo", B(17) },
	{ "you", B(6) | B(17) }, { "wae", B(10) }, { "weo", B(14) },
	{ "woo", B(13) }, { "yu", B(17) | B(6) }, { "yo", B(12) | B(6) },
	{ "ya", B(2) }, { "ye", B(7) | B(3) }, { "wa", B(9) },
	{ "wo", B(14) }, { "we", B(15) | B(11) | B(10) }, { "wi", B(16) },
	{ "oe", B(11) | B(15) }, { "oi", B(11) }, { "eo", B(4) },
	{ "eu", B(18) }, { "ae", B(1) | B(5) }, { "ee", B(20) | B(19) },
	{ "oo", B(13) }, { "ui", B(19) }, { "a", B(0) }, { "e", B(5) | B(1) },
	{ "i", B(20) | B(19) }, { "o", B(8) | B(4) },
	{ "u", B(13) | B(4) | B(18) },
};

/* A key being made. */
struct ko_build {
	struct sdc_buf c;
	uint32_t vm[KO_UNITS];
	size_t nv;
	int bad;
};

/* A consonant, a letter doubled (kk, ss; 백광's k and g) kept once. */
static void
emit_cons(struct ko_build *b, char c)
{
	if (b->c.len > 0 && b->c.p[b->c.len - 1] == c)
		return;
	sdc_buf_addc(&b->c, c);
}

static void
emit_vowel(struct ko_build *b, uint32_t m)
{
	if (b->nv == KO_UNITS) {
		b->bad = 1;
		return;
	}
	sdc_buf_addc(&b->c, v_class[__builtin_ctz(m)]);
	b->vm[b->nv++] = m;
}

#define NVOWELS (sizeof(latin_vowels) / sizeof(latin_vowels[0]))

/* The Latin vowel at s, its length into *n, or 0: the patterns that
 * start with s's letter tried, longest first (a table made once). */
static uint32_t
vowel_at(const char *s, size_t *n)
{
	static unsigned char by[26][NVOWELS + 1], len[NVOWELS];
	static int made;
	const unsigned char *k;
	size_t i, c;

	if (!made) {
		for (i = 0; i < NVOWELS; i++) {
			unsigned char *row = by[latin_vowels[i].s[0] - 'a'];

			len[i] = (unsigned char)strlen(latin_vowels[i].s);
			while (*row)
				row++;
			*row = (unsigned char)(i + 1);	/* 0 ends a row */
		}
		made = 1;
	}
	if (*s < 'a' || *s > 'z')
		return 0;
	c = (size_t)(*s - 'a');
	for (k = by[c]; *k; k++)
		if (strncmp(s, latin_vowels[*k - 1].s, len[*k - 1]) == 0) {
			*n = len[*k - 1];
			return latin_vowels[*k - 1].m;
		}
	return 0;
}

/* A vowel of the class of the initial l or r a word drops: Lee, Lim,
 * Ryu for 이, 임, 류 (the initial-sound rule of South Korea). */
static int
drops_l(uint32_t m)
{
	return strchr("iOAE", v_class[__builtin_ctz(m)]) != NULL;
}

/* The consonant letter at w[i] (c, its length into *n), or 0 when it is
 * none Korean is romanised with. */
static char
latin_cons(const char *w, size_t i, size_t *n)
{
	static const char from[] = "kgdtbpjshmnlr", to[] = "kkttppjshmnll";
	const char *at;

	*n = 1;
	if ((w[i] == 'c' || w[i] == 's') && w[i + 1] == 'h') {
		*n = 2;
		return w[i] == 'c' ? 'j' : 's';
	}
	if (w[i] == '\0' || (at = strchr(from, w[i])) == NULL)
		return 0;
	return to[at - from];
}

/* A Latin word (lowercase ASCII) read into b. */
static void
latin_word(struct ko_build *b, const char *w)
{
	size_t i = 0, n, m;
	uint32_t v;

	while (w[i] && !b->bad) {
		char c;

		if ((v = vowel_at(w + i, &n)) != 0) {
			emit_vowel(b, v);
			i += n;
			continue;
		}
		if ((c = latin_cons(w, i, &n)) == 0) {
			b->bad = 1;
			return;
		}
		v = vowel_at(w + i + n, &m);
		/* the h of Ahn and Oh, the r of Park: no sound of their own */
		if ((c == 'h' || w[i] == 'r') && v == 0 && i > 0)
			;
		else if (c == 'l' && i == 0 && v != 0 && drops_l(v))
			;
		else
			emit_cons(b, c);
		i += n;
	}
}

/* The character at s (its bytes into *r, 0 for a bad one): a Hangul
 * syllable's three bytes read here, the rest by utf8proc. */
static utf8proc_int32_t
char_at(const char *s, utf8proc_ssize_t *r)
{
	const unsigned char *u = (const unsigned char *)s;
	utf8proc_int32_t cp;

	if (u[0] >= 0xEA && u[0] <= 0xED && (u[1] & 0xC0) == 0x80 &&
	    (u[2] & 0xC0) == 0x80) {
		cp = (u[0] & 0x0F) << 12 | (u[1] & 0x3F) << 6 | (u[2] & 0x3F);
		*r = 3;
		if (cp >= HANGUL_FIRST && cp <= HANGUL_LAST)
			return cp;
	}
	if ((*r = utf8proc_iterate(u, -1, &cp)) <= 0)
		*r = 0;
	return cp;
}

/* One Hangul syllable read into b (first: a word's first). */
static void
hangul_syllable(struct ko_build *b, utf8proc_int32_t cp, int first)
{
	int s = cp - HANGUL_FIRST, l = s / 588, v = (s % 588) / 28, t = s % 28;
	const char *k;

	if (!(first && l == 5 && drops_l(B(v))))
		for (k = l_key[l]; *k; k++)
			emit_cons(b, *k);
	emit_vowel(b, B(v));
	for (k = t_key[t]; *k; k++)
		emit_cons(b, *k);
}

/* A Hangul word (UTF-8) read into b. */
static void
hangul_word(struct ko_build *b, const char *w)
{
	utf8proc_int32_t cp;
	utf8proc_ssize_t r;
	int first = 1;

	for (; *w && !b->bad; w += r, first = 0) {
		cp = char_at(w, &r);
		if (r <= 0 || cp < HANGUL_FIRST || cp > HANGUL_LAST) {
			b->bad = 1;
			return;
		}
		hangul_syllable(b, cp, first);
	}
}

int
sdc_ko_hangul(const char *name)
{
	const unsigned char *s = (const unsigned char *)name;

	/* U+AC00..U+D7A3 is UTF-8 EA B0 80 .. ED 9E A3 */
	for (; *s; s++)
		if (*s >= 0xEA && *s <= 0xED && s[1] >= 0x80) {
			utf8proc_int32_t cp;

			if (utf8proc_iterate(s, 4, &cp) == 3 &&
			    cp >= HANGUL_FIRST && cp <= HANGUL_LAST)
				return 1;
		}
	return 0;
}

/* Trade words (link-words.json "korean", sdc_ko_words): a group each
 * (the key's letter: one a word's first English), the Hangul, an English
 * a firm registers abroad, a bit of the group's (무역 and 상사 are both
 * Trading), and whether the Hangul writes an English word (테크, 호텔:
 * typed in Latin letters they are the English, and their romanised
 * keys would read Korean words; Taegu is no 테크).  A Hangul word is
 * peeled of them from its end, in the list's order; a Latin word is one
 * when it is the English or reads as the Hangul (Muyeok, Muyok). */
#define KO_TRADES 128
#define KO_TRADE 48	/* bytes of a trade word, at most */

static struct trade {
	char g;
	char hangul[KO_TRADE], en[KO_TRADE];
	uint32_t bit;
	int loan;
} trades[KO_TRADES];
static size_t ntrades;

/* Legal forms: 주식회사 and 유한회사 written out or as (주), (유), ㈜;
 * 법인 after 법무 and 회계; the English ones. */
static const char *const hangul_forms[] = { "주식회사", "유한회사", "법인",
    "주", "유" };
static const char *const latin_forms[] = { "co", "ltd", "corp", "inc",
    "corporation", "limited", "company", "llc" };
/* Surnames no letter rule reads: 이 typed Lee, Yi, Rhee; 서울 Soul. */
static const char *const latin_as[][2] = { { "lee", "i" }, { "yi", "i" },
    { "rhee", "i" }, { "ree", "i" }, { "soul", "seoul" } };

/* The trade words' keys (their Hangul read), made with them. */
static struct ko_key trade_keys[KO_TRADES];

static void
trades_keyed(void)
{
	size_t i;

	for (i = 0; i < ntrades; i++) {
		struct ko_build b = { SDC_BUF_INIT, { 0 }, 0, 0 };

		hangul_word(&b, trades[i].hangul);
		sdc_buf_addc(&b.c, '\0');
		trade_keys[i].coarse = sdc_buf_take(&b.c);
		memcpy(trade_keys[i].vm, b.vm, sizeof(b.vm));
		trade_keys[i].nv = b.nv;
	}
}

/* The group and bit of a trade word whose first English is en: a group
 * of its own, or the next bit of the group of the words before it with
 * that English. */
static void
trade_group(const char *en, char *g, uint32_t *bit)
{
	size_t i;
	char groups = 0;

	*bit = 1;
	for (i = 0; i < ntrades; i++) {
		groups = trades[i].g - 'A' + 1 > groups ? (char)(trades[i].g -
		    'A' + 1) : groups;
		if (strcmp(trades[i].en, en) == 0) {
			*g = trades[i].g;
			if (i == 0 || strcmp(trades[i - 1].hangul,
			    trades[i].hangul) != 0)
				*bit = trades[i].bit << 1;
		}
	}
	if (*bit == 1)
		*g = (char)('A' + groups);
}

/* One trade word: ["무역", "trading"], its English spellings after its
 * Hangul (["플라스틱", "plastics", "plastic"]). */
static void
trade_add(json_object *w, json_object *loans)
{
	const char *h = json_object_get_string(json_object_array_get_idx(w,
	    0)), *en = json_object_get_string(json_object_array_get_idx(w, 1));
	size_t j, k;
	uint32_t bit;
	char g = 'A';
	int loan = 0;

	if (h == NULL || en == NULL || strlen(h) >= KO_TRADE)
		return;
	for (k = 0; loans && k < json_object_array_length(loans); k++)
		loan |= strcmp(h, json_object_get_string(
		    json_object_array_get_idx(loans, k))) == 0;
	trade_group(en, &g, &bit);
	for (j = 1; j < json_object_array_length(w) && ntrades < KO_TRADES;
	    j++) {
		const char *e = json_object_get_string(
		    json_object_array_get_idx(w, j));

		if (e == NULL || strlen(e) >= KO_TRADE)
			continue;
		trades[ntrades].g = g;
		trades[ntrades].bit = bit;
		trades[ntrades].loan = loan;
		snprintf(trades[ntrades].hangul, KO_TRADE, "%s", h);
		snprintf(trades[ntrades++].en, KO_TRADE, "%s", e);
	}
}

void
sdc_ko_words(json_object *ko)
{
	json_object *list = NULL, *loans = NULL;
	size_t i;

	for (i = 0; i < ntrades; i++)
		free(trade_keys[i].coarse);
	ntrades = 0;
	if (ko == NULL || !json_object_object_get_ex(ko, "trades", &list) ||
	    !json_object_is_type(list, json_type_array))
		return;
	if (!json_object_object_get_ex(ko, "loanwords", &loans) ||
	    !json_object_is_type(loans, json_type_array))
		loans = NULL;
	for (i = 0; i < json_object_array_length(list); i++) {
		json_object *w = json_object_array_get_idx(list, i);

		if (json_object_is_type(w, json_type_array) &&
		    json_object_array_length(w) >= 2)
			trade_add(w, loans);
	}
	trades_keyed();
}

/* A name's words: Hangul runs and ASCII letter runs ('&' kept: C&T). */
struct ko_words {
	char w[KO_TOKENS][KO_WORD];
	int hangul[KO_TOKENS];
	size_t n;
};

/* Splits name into *t: 0 when it has a letter of another script or a
 * digit, or too many words. */
static int
ko_split(const char *name, struct ko_words *t)
{
	utf8proc_int32_t cp;
	utf8proc_ssize_t r;
	int cur = -1;	/* the run's kind: -1 none, 0 Latin, 1 Hangul */
	size_t len = 0;

	t->n = 0;
	for (; *name; name += r) {
		int kind;

		if ((unsigned char)*name < 0x80)
			cp = (unsigned char)*name, r = 1;	/* most: at once */
		else if ((cp = char_at(name, &r)), r <= 0)
			return 0;
		if (cp >= HANGUL_FIRST && cp <= HANGUL_LAST)
			kind = 1;
		else if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')
			kind = 0;
		else if (cp == '&' && cur == 0)
			kind = 0;
		else if (cp >= '0' && cp <= '9')
			return 0;
		else if (cp >= 0x80 && utf8proc_category(cp) >=
		    UTF8PROC_CATEGORY_LU && utf8proc_category(cp) <=
		    UTF8PROC_CATEGORY_LO)
			return 0;	/* Vietnamese, Han: no Korean */
		else
			kind = -1;
		if (kind != cur && kind >= 0) {
			if (t->n == KO_TOKENS)
				return 0;
			t->hangul[t->n++] = kind;
			len = 0;
		}
		cur = kind;
		if (kind < 0)
			continue;
		if (len + (size_t)r >= KO_WORD)
			return 0;
		memcpy(t->w[t->n - 1] + len, name, (size_t)r);
		len += (size_t)r;
		t->w[t->n - 1][len] = '\0';
		if (kind == 0)
			t->w[t->n - 1][len - 1] |= 0x20;	/* lowercase */
	}
	return 1;
}

/* A key's trade words, their groups and bits, in the order read. */
struct ko_trades {
	char g[KO_UNITS];
	uint32_t m[KO_UNITS];
	size_t n;
};

static int
add_trade(struct ko_trades *tr, char g, uint32_t m)
{
	if (tr->n == KO_UNITS)
		return 0;
	tr->g[tr->n] = g;
	tr->m[tr->n++] = m;
	return 1;
}

static int
listed(const char *const *list, size_t n, const char *w)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (list[i][0] == w[0] && strcmp(list[i], w) == 0)
			return 1;
	return 0;
}

/* en is the word a, or a and b (when not NULL) with a space. */
static int
english_is(const char *en, const char *a, const char *b)
{
	size_t n;

	if (en[0] != a[0])	/* most: at once */
		return 0;
	n = strlen(a);
	if (strncmp(en, a, n) != 0)
		return 0;
	return b == NULL ? en[n] == '\0' : en[n] == ' ' && strcmp(en + n + 1,
	    b) == 0;
}

/* The English trade words at t->w[i] (one word or two): the words read
 * into *used, their group added to tr. */
static int
english_trade(const struct ko_words *t, size_t i, struct ko_trades *tr,
    size_t *used)
{
	const char *next = i + 1 < t->n && !t->hangul[i + 1] ? t->w[i + 1] :
	    NULL;
	size_t k, words;
	uint32_t m = 0;
	char g = 0;

	for (words = next ? 2 : 1; words >= 1 && m == 0; words--) {
		for (k = 0; k < ntrades; k++)
			if (english_is(trades[k].en, t->w[i], words == 2 ? next :
			    NULL)) {
				g = trades[k].g;
				m |= trades[k].bit;
			}
		if (m != 0)
			*used = words;
	}
	return m != 0 && add_trade(tr, g, m);
}

/* Two keys' coarse letters and vowels are one's (the vowels may be). */
static int
units_fit(const char *ca, const uint32_t *va, size_t na, const char *cb,
    const uint32_t *vb, size_t nb)
{
	size_t i;

	if (na != nb || strcmp(ca, cb) != 0)
		return 0;
	for (i = 0; i < na; i++)
		if ((va[i] & vb[i]) == 0)
			return 0;
	return 1;
}

/* A romanised trade word (Muyeok, Pibukwa, Hagwon): its key read in b
 * from mark on (its vowels from nv0) is a trade word's; then taken out
 * of b and added to tr. */
static int
romanised_trade(struct ko_build *b, size_t mark, size_t nv0,
    struct ko_trades *tr)
{
	size_t k;

	sdc_buf_addc(&b->c, '\0');
	b->c.len--;
	for (k = 0; k < ntrades; k++)
		if (!trades[k].loan && units_fit(b->c.p + mark, b->vm + nv0, b->nv - nv0,
		    trade_keys[k].coarse, trade_keys[k].vm, trade_keys[k].nv)) {
			b->c.len = mark;
			b->nv = nv0;
			return add_trade(tr, trades[k].g, trades[k].bit);
		}
	return 0;
}

/* A Latin word at t->w[*i] read into b or tr; *i past it.  0 when it is
 * no Korean. */
static int
latin_token(const struct ko_words *t, size_t *i, struct ko_build *b,
    struct ko_trades *tr)
{
	const char *w = t->w[*i];
	size_t used = 1, k, mark = b->c.len, nv0 = b->nv;

	if (listed(latin_forms, sizeof(latin_forms) / sizeof(*latin_forms),
	    w)) {
		(*i)++;
		return 1;
	}
	if (english_trade(t, *i, tr, &used)) {
		*i += used;
		return 1;
	}
	for (k = 0; k < sizeof(latin_as) / sizeof(*latin_as); k++)
		if (latin_as[k][0][0] == w[0] && strcmp(latin_as[k][0], w) == 0)
			w = latin_as[k][1];
	(*i)++;
	if (strcmp(w, "i") == 0) {	/* 이, the surname */
		emit_vowel(b, B(20));
		return 1;
	}
	latin_word(b, w);
	if (b->bad)
		return 0;
	romanised_trade(b, mark, nv0, tr);
	return 1;
}

/* The Hangul word w read into b and tr: its legal forms left out, its
 * trade words peeled off its end. */
static void
hangul_token(const char *w, struct ko_build *b, struct ko_trades *tr)
{
	char s[KO_WORD];
	size_t len, k, n;
	int peeled = 1;

	memcpy(s, w, strlen(w) + 1);	/* shorter than KO_WORD (ko_split) */
	while (peeled && (len = strlen(s)) > 0) {
		peeled = 0;
		for (k = 0; k < sizeof(hangul_forms) / sizeof(*hangul_forms) &&
		    !peeled; k++) {
			n = strlen(hangul_forms[k]);
			/* (주), (유): a word of their own */
			if ((n == len || (n < len && n >= 6)) &&
			    strcmp(s + len - n, hangul_forms[k]) == 0)
				s[len - n] = '\0', peeled = 1;
			else if (n < len && strncmp(s, hangul_forms[k], n) == 0 &&
			    n >= 6)	/* 주식회사 before the name */
				memmove(s, s + n, len - n + 1), peeled = 1;
		}
		for (k = 0; k < ntrades && !peeled; k++) {
			n = strlen(trades[k].hangul);
			if (n <= len && s[len - 1] == trades[k].hangul[n - 1] &&
			    strcmp(s + len - n, trades[k].hangul) == 0 &&
			    add_trade(tr, trades[k].g, trades[k].bit))
				s[len - n] = '\0', peeled = 1;
		}
	}
	hangul_word(b, s);
}

/* tr's trade words after the name's letters in b, by group (an English
 * name puts Hotel first, the Hangul last), into k. */
static void
key_take(struct ko_build *b, struct ko_trades *tr, struct ko_key *k)
{
	size_t i, j;

	for (i = 1; i < tr->n; i++)	/* insertion sort: a few */
		for (j = i; j > 0 && tr->g[j - 1] > tr->g[j]; j--) {
			char g = tr->g[j];
			uint32_t m = tr->m[j];

			tr->g[j] = tr->g[j - 1], tr->m[j] = tr->m[j - 1];
			tr->g[j - 1] = g, tr->m[j - 1] = m;
		}
	sdc_buf_addc(&b->c, '#');
	sdc_buf_add(&b->c, tr->g, tr->n);
	sdc_buf_addc(&b->c, '\0');
	k->coarse = sdc_buf_take(&b->c);
	memcpy(k->vm, b->vm, sizeof(b->vm));
	memcpy(k->tm, tr->m, sizeof(tr->m));
	k->nv = b->nv;
	k->nt = tr->n;
}

int
sdc_ko_key(const char *name, struct ko_key *k)
{
	struct ko_words t;
	struct ko_build b = { SDC_BUF_INIT, { 0 }, 0, 0 };
	struct ko_trades tr = { { 0 }, { 0 }, 0 };
	size_t i = 0;

	k->coarse = NULL;
	if (!ko_split(name, &t))
		return 0;
	while (i < t.n && !b.bad)
		if (t.hangul[i])
			hangul_token(t.w[i++], &b, &tr);
		else if (!latin_token(&t, &i, &b, &tr))
			b.bad = 1;
	if (b.bad || b.nv < 2) {	/* a surname alone: 김내과의원 */
		sdc_buf_free(&b.c);
		return 0;
	}
	key_take(&b, &tr, k);
	return 1;
}

int
sdc_ko_fits(const struct ko_key *a, const struct ko_key *b)
{
	size_t i;

	if (a->nt != b->nt || !units_fit(a->coarse, a->vm, a->nv, b->coarse,
	    b->vm, b->nv))
		return 0;
	for (i = 0; i < a->nt; i++)
		if ((b->tm[i] & ~a->tm[i]) != 0)
			return 0;
	return 1;
}

/* ------------------------------------------------------------ Dubeolsik
 * The 2-set layout (KS X 5002): the consonants on qwert asdfg zxcv (ㅃ
 * ㅉ ㄸ ㄲ ㅆ shifted), the vowels on yuiop hjkl bnm (ㅒ ㅖ shifted);
 * a compound vowel or final is typed as its two keys.  Each key's jamo
 * as an index: initials 0-18, vowels 100-120. */
static int
dub_jamo(char c)
{
	static const char cons[] = "rRseEfaqQtTdwWczxvg";
	static const char vow[] = "koiOjpuPh...yn...bm.l";
	const char *at;

	if (c != '.' && (at = strchr(cons, c)) != NULL)
		return (int)(at - cons);
	if (c != '.' && (at = strchr(vow, c)) != NULL)
		return 100 + (int)(at - vow);
	c |= 0x20;	/* a capital typed for its small key */
	if ((at = strchr(cons, c)) != NULL)
		return (int)(at - cons);
	if ((at = strchr(vow, c)) != NULL)
		return 100 + (int)(at - vow);
	return -1;
}

/* The compound vowel of vowels a and b, or -1. */
static int
dub_vowels(int a, int b)
{
	static const int pair[][3] = { { 8, 0, 9 }, { 8, 1, 10 },
	    { 8, 20, 11 }, { 13, 4, 14 }, { 13, 5, 15 }, { 13, 20, 16 },
	    { 18, 20, 19 } };
	size_t i;

	for (i = 0; i < sizeof(pair) / sizeof(*pair); i++)
		if (pair[i][0] == a && pair[i][1] == b)
			return pair[i][2];
	return -1;
}

/* The final of initials a (and b, or -1), or 0 for none. */
static int
dub_final(int a, int b)
{
	static const int one[19] = { 1, 2, 4, 7, 0, 8, 16, 17, 0, 19, 20,
	    21, 22, 0, 23, 24, 25, 26, 27 };
	static const int two[][3] = { { 0, 9, 3 }, { 2, 12, 5 }, { 2, 18, 6 },
	    { 5, 0, 9 }, { 5, 6, 10 }, { 5, 7, 11 }, { 5, 9, 12 },
	    { 5, 16, 13 }, { 5, 17, 14 }, { 5, 18, 15 }, { 7, 9, 18 } };
	size_t i;

	if (b < 0)
		return one[a];
	for (i = 0; i < sizeof(two) / sizeof(*two); i++)
		if (two[i][0] == a && two[i][1] == b)
			return two[i][2];
	return 0;
}

/* The syllable of the jamo at j[*i] (an initial, a vowel or two, a final
 * of one or two consonants that no vowel follows) appended to out; *i
 * past it.  0 when it is none: a vowel alone, an initial alone. */
static int
dub_syllable(const int *j, size_t n, size_t *i, struct sdc_buf *out)
{
	size_t at = *i;
	int l, v, t = 0, c;
	utf8proc_uint8_t enc[4];

	if (at + 1 >= n || j[at] >= 100 || j[at + 1] < 100)
		return 0;
	l = j[at++];
	v = j[at++] - 100;
	if (at < n && j[at] >= 100 && (c = dub_vowels(v, j[at] - 100)) >= 0)
		v = c, at++;
	if (at < n && j[at] < 100 && (at + 1 == n || j[at + 1] < 100)) {
		if (at + 1 < n && (at + 2 == n || j[at + 2] < 100) &&
		    (c = dub_final(j[at], j[at + 1])) > 0)
			t = c, at += 2;
		else if ((t = dub_final(j[at], -1)) > 0)
			at++;
	}
	sdc_buf_add(out, enc, (size_t)utf8proc_encode_char(HANGUL_FIRST +
	    (l * 21 + v) * 28 + t, enc));
	*i = at;
	return 1;
}

/* A run of Latin letters as the Hangul it types, appended to out: 0
 * when it types none. */
static int
dub_run(const char *s, size_t len, struct sdc_buf *out)
{
	int j[KO_WORD];
	size_t i;

	if (len >= KO_WORD)
		return 0;
	for (i = 0; i < len; i++)
		if ((j[i] = dub_jamo(s[i])) < 0)
			return 0;
	for (i = 0; i < len; )
		if (!dub_syllable(j, len, &i, out))
			return 0;
	return 1;
}

char *
sdc_ko_dubeolsik(const char *name)
{
	struct sdc_buf out = SDC_BUF_INIT;
	size_t i = 0, n;
	int runs = 0;

	while (name[i]) {
		for (n = 0; (name[i + n] | 0x20) >= 'a' &&
		    (name[i + n] | 0x20) <= 'z'; n++)
			;
		if (n == 0) {
			if ((unsigned char)name[i] >= 0x80) {
				sdc_buf_free(&out);
				return NULL;	/* the Latin run is all */
			}
			sdc_buf_addc(&out, name[i++]);
			continue;
		}
		if (!dub_run(name + i, n, &out)) {
			sdc_buf_free(&out);
			return NULL;
		}
		runs++;
		i += n;
	}
	sdc_buf_addc(&out, '\0');
	if (runs == 0) {
		sdc_buf_free(&out);
		return NULL;
	}
	return sdc_buf_take(&out);
}

/* ---------------------------------------------------------------- slips
 * Each jamo's key on the 2-set layout (a compound vowel or final, two
 * keys, has none: '.'), and the keys' rows: a slip is the key beside. */
static const char l_keys[] = "rRseEfaqQtTdwWczxvg";
static const char v_keys[] = "koiOjpuPh...yn...bm.l";
static const char t_keys[] = ".rR.s..ef.......aq.tTdwczxvg";

static int
beside(char a, char b)
{
	static const char *const rows[] = { "qwertyuiop", "asdfghjkl",
	    "zxcvbnm" };
	size_t r;
	const char *x, *y;

	a |= 0x20, b |= 0x20;	/* a shifted key is its key */
	for (r = 0; r < 3; r++)
		if ((x = strchr(rows[r], a)) != NULL && (y = strchr(rows[r], b))
		    != NULL)
			return x - y == 1 || y - x == 1;
	return 0;
}

int
sdc_ko_slip(uint32_t a, uint32_t b)
{
	int sa, sb, la, lb, va, vb, ta, tb;

	if (a < HANGUL_FIRST || a > HANGUL_LAST || b < HANGUL_FIRST ||
	    b > HANGUL_LAST || a == b)
		return 0;
	sa = (int)a - HANGUL_FIRST, sb = (int)b - HANGUL_FIRST;
	la = sa / 588, va = (sa % 588) / 28, ta = sa % 28;
	lb = sb / 588, vb = (sb % 588) / 28, tb = sb % 28;
	if (va == vb && ta == tb)
		return beside(l_keys[la], l_keys[lb]);
	if (la == lb && ta == tb)
		return v_keys[va] != '.' && v_keys[vb] != '.' &&
		    beside(v_keys[va], v_keys[vb]);
	if (la == lb && va == vb)
		return t_keys[ta] != '.' && t_keys[tb] != '.' &&
		    beside(t_keys[ta], t_keys[tb]);
	return 0;
}

size_t
sdc_ko_syllables(const char *name, size_t *at, size_t max)
{
	utf8proc_int32_t cp;
	utf8proc_ssize_t r;
	size_t i, n = 0;

	for (i = 0; name[i] && n < max; i += (size_t)r) {
		if ((unsigned char)name[i] < 0x80) {
			r = 1;	/* most: at once */
			continue;
		}
		if ((cp = char_at(name + i, &r)), r <= 0)
			return 0;
		if (cp >= HANGUL_FIRST && cp <= HANGUL_LAST)
			at[n++] = i;
	}
	return n;
}
