/* korean.h - Korean names read as sounds (sdc-link): Hangul, its
 * romanisations (Revised, McCune-Reischauer with its breves typed away,
 * the common spellings of firms and passports) and Hangul typed on the
 * 2-set (Dubeolsik) keys with the Hangul input off, to one key. */
#ifndef SDC_LINK_KOREAN_H
#define SDC_LINK_KOREAN_H

#include <stddef.h>
#include <stdint.h>

#define KO_UNITS 24	/* vowels and trade words of a name, at most */

/* A name's Korean reading: coarse, the consonants (voiced and unvoiced
 * one: g/k, d/t, b/p, j/ch) and vowel classes of its name words run
 * together, then '#' and its trade words (의원, 치과, 무역 ... in Hangul,
 * romanised or in English) as letters, sorted; vm[] the vowels each of
 * coarse's may be (a bit per Hangul vowel: "u" typed may be 우, 어 or
 * 으, 성 only 어), tm[] each trade word's (무역 and 상사 are both
 * "Trading"). */
struct ko_key {
	char *coarse;
	uint32_t vm[KO_UNITS], tm[KO_UNITS];
	size_t nv, nt;
};

struct json_object;

/* The trade words and their English (link-words.json "korean":
 * {"trades": [["의원", "clinic"], ...], "loanwords": ["호텔", ...]}),
 * read again on each call; none before the first. */
void sdc_ko_words(struct json_object *ko);
/* 1 when name has a Hangul syllable. */
int sdc_ko_hangul(const char *name);
/* name's Korean reading into *k (k->coarse a new string): 1, or 0 when
 * a word of it is no Korean (nor a legal form, nor a trade word in
 * English), or it has fewer than two syllables of its own. */
int sdc_ko_key(const char *name, struct ko_key *k);
/* The typed name's reading a may be the customer's b: each vowel may
 * be the other's, and each trade word of b's is a's (Trading typed for
 * 상사; 무역 typed is no customer's Trading, which may be 상사). */
int sdc_ko_fits(const struct ko_key *a, const struct ko_key *b);
/* name's Latin letters read as the 2-set keys of Hangul ("qkrdksrhk" is
 * 박안과), a new string, or NULL when a run of them is no Hangul. */
char *sdc_ko_dubeolsik(const char *name);
/* Hangul syllables a and b differ in one jamo, typed with the key beside
 * its own on the 2-set layout (효두차과 for 효두치과: ㅏ k for ㅣ l). */
int sdc_ko_slip(uint32_t a, uint32_t b);
/* The byte offsets of name's Hangul syllables into at[], up to max:
 * their number. */
size_t sdc_ko_syllables(const char *name, size_t *at, size_t max);

#endif
