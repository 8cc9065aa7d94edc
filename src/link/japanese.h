/* japanese.h - Japanese names read as sounds (sdc-link): kana read in
 * Hepburn, kanji in their Japanese readings (Unihan), romaji typed in
 * Hepburn, Kunrei or a word processor's spelling, to one reading. */
#ifndef SDC_LINK_JAPANESE_H
#define SDC_LINK_JAPANESE_H

#include <stddef.h>
#include <stdint.h>

#define JP_UNITS 96	/* letters and kanji of a name read, at most */
#define JP_HEAD 5	/* letters of a reading's head (sdc_jp_heads) */
#define JP_HEADS 128	/* heads of a name looked up, at most */

/* A name read: each unit a letter 'a'..'z' of its reading folded to one
 * spelling (sdc_jp_fold), a digit, or a kanji (a code point of the CJK
 * Unified Ideographs) whose reading the other name's letters choose;
 * its legal forms left out.  script: it was written in kana or kanji;
 * kana: in kana. */
struct jp_read {
	int32_t u[JP_UNITS];
	size_t n;
	int script, kana;
};

/* The kanji's readings (config/han-japanese.json) loaded, once: a hash
 * of them, so an index of readings made with others is not trusted. */
uint64_t sdc_jp_load(void);
/* 1 when name holds hiragana or katakana (full or half width). */
int sdc_jp_kana(const char *name);
/* kana (and any other text, kept) in Hepburn: a new string. */
char *sdc_jp_hepburn(const char *kana);
/* A romaji spelling folded, in place, to the one the reader compares:
 * Kunrei's consonants (shi si, chi ti, tsu tu, fu hu, ji and ja zi
 * and za), long
 * vowels single (ō, ou, oo, oh), a word processor's "nn" one n, m before
 * b, p and m an n. */
void sdc_jp_fold(char *s);
/* name read into *r: 1, or 0 when nothing of it is left to read. */
int sdc_jp_read(const char *name, struct jp_read *r);
/* The typed name a read as the customer's b: each kanji of b spelt by
 * a's letters in one of its readings (voiced after the first, its last
 * mora doubling the next consonant), the same kanji, or the same
 * letter; one of the two written in kana or kanji.  a's kanji are read
 * so only when a holds kana too (ｲｹﾀﾞ商会, typed by sound but for its
 * trade): a name typed all in kanji is its typist's choice among the
 * kanji a sound may be written in (蒼天 for あおぞら, 山内 Yamauchi for
 * Sendai), its own kanji or none. */
int sdc_jp_fits(const struct jp_read *a, const struct jp_read *b);
/* The first JP_HEAD letters r may be read as (all of them when fewer),
 * into key[] each once, up to max: their number. */
size_t sdc_jp_heads(const struct jp_read *r, char (*key)[JP_HEAD + 1],
    size_t max);

#endif
