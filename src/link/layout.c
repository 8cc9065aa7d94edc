/* layout - a name typed with another keyboard layout left on or in
 * another romanisation of its script, read back (names.c) and linked only
 * when every word the reading changes is the linked customer's. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "linkint.h"

/* The words of the reading r that the typed name lacks ("danova
 * kancelar musilova" of "Daňov8 kancel85 Ing. Monika Musilov8"), or NULL
 * when none, or one is no customer's or a y or z alone (an initial: "Dr
 * Y Joubert" is not "Dr Z Joubert" with y and z swapped): no reading of
 * such keys is worth a try.  Another letter alone is a script's letter
 * read ("10ο", the Greek ordinal, for "10o").  g: the typed name's
 * words (sdc_name_words), which by_layout reads once for dozens of
 * readings. */
static char *
reading_lacks(const struct pool *p, const char *g, const char *r)
{
	char *w = sdc_name_words(names, r);
	char *q, *save = NULL;
	struct sdc_buf b = SDC_BUF_INIT;

	for (q = strtok_r(w, " ", &save); q; q = strtok_r(NULL, " ", &save))
		if (!has_word(g, q) && ((q[1] == '\0' && strchr("yz", *q)) ||
		    sdc_nev_names_with(p->ev, q) == 0)) {
			b.len = 0;
			break;
		} else if (!has_word(g, q)) {
			if (b.len > 0)
				sdc_buf_addc(&b, ' ');
			sdc_buf_adds(&b, q);
		}
	free(w);
	if (b.len == 0) {
		sdc_buf_free(&b);
		return NULL;
	}
	return sdc_buf_take(&b);
}

char *
retyped_words(const struct pool *p, const char *guess, const char *r)
{
	char *g = sdc_name_words(names, guess), *w = reading_lacks(p, g, r);

	free(g);
	return w;
}

/* customer words of one key, read in turn: a Cyrillic list spells a
 * common word six ways (Stomatologiya, Stomatolohiia, Stomatologija) */
#define TRANSLIT_MATES 8
#define TRANSLIT_READINGS 16	/* readings of a name in one romanisation */
#define TRANSLIT_WORDS 16	/* a name longer is not read */

/* The customer words other than word whose key in romanisation k is
 * word's, at most TRANSLIT_MATES into mate[] (the vocabulary's, not
 * copies): their number, or more than TRANSLIT_MATES when there are more
 * (a key that common tells nothing). */
/* s is two bytes long (a word of one letter has no s[2] to read). */
static int
two_letters(const char *s)
{
	return s[0] != '\0' && s[1] != '\0' && s[2] == '\0';
}

static size_t
translit_mates(const struct pool *p, const char *word, size_t k,
    const char **mate)
{
	char *key;
	size_t it = 0, n = 0, i;
	uint64_t h;
	uint32_t v;

	/* two letters and no vowel are initials ("LJ" is not the letter
	 * lj of Gaj's Latin, to be read as the surname Ly) */
	if (two_letters(word) && strspn(word, "bcdfghjklmnpqrstvwxz") == 2)
		return 0;
	key = sdc_name_translit(word, k);
	h = translit_hash(key, k);
	while (n <= TRANSLIT_MATES && sdc_hmap_find(&p->bytranslit, h, &it,
	    &v)) {
		/* a word of two letters is read only as another of two
		 * ("El" as Al, not "Xu" as Chu); in a Greek list's keys as
		 * one of three too ("tu" as tou, "ke" as kai: του, και) */
		const char *vk = p->vkeys[v * SDC_NAME_TRANSLITS + k];
		int dup = strcmp(p->vocab[v], word) == 0 || vk == NULL ||
		    strcmp(vk, key) != 0 ||
		    (two_letters(word) != two_letters(p->vocab[v]) &&
		    !(sdc_name_translit_own(k) == 4 && strlen(p->vocab[v]) == 3));

		for (i = 0; i < n && i < TRANSLIT_MATES && !dup; i++)
			dup = strcmp(mate[i], p->vocab[v]) == 0;
		if (!dup && n < TRANSLIT_MATES)
			mate[n] = p->vocab[v];
		n += !dup;
	}
	free(key);
	return n;
}

/* The readings of a name's nw words into r[] from n on, each word spelt
 * as one of its nopt[] options opt[], at most TRANSLIT_READINGS in all:
 * their number then. */
static size_t
translit_product(const char *const (*opt)[TRANSLIT_MATES], const size_t *nopt,
    size_t nw, char **r, size_t n)
{
	size_t total = 1, i, j;

	for (j = 0; j < nw && total <= TRANSLIT_READINGS; j++)
		total *= nopt[j];
	for (i = 0; i < total && n < TRANSLIT_READINGS; i++) {
		struct sdc_buf b = SDC_BUF_INIT;
		size_t c = i;

		for (j = 0; j < nw; j++) {
			if (b.len > 0)
				sdc_buf_addc(&b, ' ');
			sdc_buf_adds(&b, opt[j][c % nopt[j]]);
			c /= nopt[j];
		}
		r[n++] = sdc_buf_take(&b);
	}
	return n;
}

/* May a customer's word be read in romanisation k as another's (names.c):
 * Cyrillic's in a list that writes its carons, Belarusian's consonants
 * in one that writes Belarusian, Greek's in one that writes Greek. */
static int
own_reads(const struct pool *p, size_t k)
{
	int own = sdc_name_translit_own(k);

	return own == 1 || (own == 2 && p->carons) || (own == 3 &&
	    p->belarusian) || (own == 4 && p->greek);
}

/* The name's words with each that is no customer's word spelt as a
 * customer word of its key in romanisation k ("zimusyo" as "jimusho"),
 * into r[]: their number.  A key several customer words hold (Ito, Itoh,
 * Itou) gives a reading with each: the rest of the name, the checks of
 * the link and the agreement of every reading that links pick one
 * (by_layout).  With own, in a romanisation that allows it (names.c),
 * each customer word typed is read in turn as the others of its key (the
 * list's Satoh typed as Sato, another customer's word). */
static size_t
translit_readings(struct pool *p, const char *words, size_t k, int own,
    char **r)
{
	char *g = sdc_xstrdup(words), *w[TRANSLIT_WORDS], *q, *save = NULL;
	const char *opt[TRANSLIT_WORDS][TRANSLIT_MATES];
	const char *mine[TRANSLIT_WORDS][TRANSLIT_MATES];
	size_t nopt[TRANSLIT_WORDS], nmine[TRANSLIT_WORDS], nw = 0, i, n = 0;
	int changed = 0, mixed;

	translit_index(p);
	for (q = strtok_r(g, " ", &save); q; q = strtok_r(NULL, " ", &save)) {
		int cust = sdc_nev_names_with(p->ev, q) > 0;
		size_t m;

		if (nw == TRANSLIT_WORDS) {
			free(g);
			return 0;
		}
		m = translit_mates(p, q, k, cust ? mine[nw] : opt[nw]);
		if (m > TRANSLIT_MATES)
			m = 0;
		w[nw] = q;
		nmine[nw] = cust ? m : 0;
		nopt[nw] = cust || m == 0 ? 1 : m;
		if (cust || m == 0)
			opt[nw][0] = q;
		changed += nopt[nw] > 1 || opt[nw][0] != q;
		nw++;
	}
	if (!own && changed)
		n = translit_product(opt, nopt, nw, r, 0);
	if (!own || !own_reads(p, k)) {
		free(g);
		return n;
	}
	for (i = 0, mixed = 0; i < nw; i++)
		if (nmine[i] > 0) {
			memcpy(opt[i], mine[i], nmine[i] * sizeof(*mine[i]));
			nopt[i] = nmine[i];
			n = translit_product(opt, nopt, nw, r, n);
			opt[i][0] = w[i];
			nopt[i] = 1;
			mixed++;
		}
	/* ... and all of them at once ("Sohgoh Hohritsu" for Sougou
	 * Houritsu, each spelling another customer's) */
	for (i = 0; mixed > 1 && i < nw; i++)
		if (nmine[i] > 0) {
			memcpy(opt[i], mine[i], nmine[i] * sizeof(*mine[i]));
			nopt[i] = nmine[i];
		}
	if (mixed > 1)
		n = translit_product(opt, nopt, nw, r, n);
	free(g);
	return n;
}

/* The one customer but idx whose name is the normalised name whole, its
 * words read as the customer words of their keys in the Cyrillic
 * romanisations (a name the list writes in both scripts: "stomatoloska
 * ordinacija dr vukovic ad" is Стоматолошка ординација Др Вуковић а.д.);
 * its index, or -1.  Only in a list that writes carons (Gaj's Latin
 * beside Cyrillic, own_reads): the index is read first, so the answer
 * does not hang on which name asked for it first. */
long
script_twin(struct pool *p, const char *norm, size_t idx)
{
	char *r[TRANSLIT_READINGS], *key;
	size_t n, i, first = 0;
	long o = -1;
	int own;

	translit_index(p);
	if (!own_reads(p, SDC_NAME_TRANSLIT_CYRILLIC))
		return -1;
	/* words no customer has read as customer words, then the
	 * customer words as the other customers' of their keys */
	for (own = 0; own <= 1 && o < 0; own++) {
		n = translit_readings(p, norm, SDC_NAME_TRANSLIT_CYRILLIC, own,
		    r);
		for (i = 0; i < n; i++) {
			key = sdc_name_sortkey(r[i]);
			if (o < 0 && pool_match(p, 1, key, &first) == 1 &&
			    first != idx)
				o = (long)first;
			free(key);
			free(r[i]);
		}
	}
	return o;
}

#define ZH_KEY 64	/* the longest run of Mandarin read, in letters */

/* The customer words whose Mandarin key is key[0..n), at most
 * TRANSLIT_MATES into mate[]: their number. */
static size_t
zh_mates(const struct pool *p, const char *key, size_t n, const char **mate)
{
	const size_t k = SDC_NAME_TRANSLIT_CHINESE;
	char piece[ZH_KEY];
	size_t it = 0, m = 0;
	uint32_t v;

	memcpy(piece, key, n);	/* n < ZH_KEY (zh_run) */
	piece[n] = '\0';
	while (m < TRANSLIT_MATES && sdc_hmap_find(&p->bytranslit,
	    translit_hash(piece, k), &it, &v))
		if (strcmp(p->vkeys[v * SDC_NAME_TRANSLITS + k], piece) == 0)
			mate[m++] = p->vocab[v];
	return m;
}

/* key's letters (n < ZH_KEY) split into keys of customer words, the
 * fewest or (most) the most: the ends of the pieces into cut[], last
 * first, and their number, or 0. */
static size_t
zh_split(const struct pool *p, const char *key, size_t n, int most,
    size_t *cut)
{
	size_t best[ZH_KEY], from[ZH_KEY], i, j, nc = 0;
	const char *mate[TRANSLIT_MATES];
	char at[ZH_KEY] = { 1 };

	/* the pieces start and end where a syllable does: a few places */
	for (i = 0; i < n; i++)
		for (j = 1; at[i] && j <= n - i && j <= SDC_NAME_SYLLABLE; j++)
			at[i + j] |= sdc_name_syllable(key + i, j);
	best[0] = 0;
	for (i = 1; i <= n; i++)
		for (best[i] = 0, j = 0; at[i] && j < i; j++)
			if (at[j] && (j == 0 || best[j] > 0) && (best[i] == 0 ||
			    (most ? best[j] + 1 > best[i] : best[j] + 1 <
			    best[i])) && zh_mates(p, key + j, i - j, mate) > 0) {
				best[i] = best[j] + 1;
				from[i] = j;
			}
	for (i = n; best[n] > 0 && i > 0; i = from[i])
		cut[nc++] = i;
	cut[nc] = 0;
	return nc;
}

/* A word of the name with its Mandarin key and the key's syllables (0:
 * no Mandarin), made once a name: both passes of zh_readings ask them. */
struct zh_word {
	char *s, *key;
	size_t syllables;
};

/* The run of Mandarin words w[0..nw) as customer words of their keys,
 * the syllables split anew ("Yongfu" as Yung Fu, "Ta-jung" as Darong),
 * the fewest or (most) the most, each with its options into opt[] and
 * nopt[] from *no on (*no then past them): 0 when the run reads as none,
 * or when it has no name of two syllables or more, typed or read: a
 * surname alone ("Xie", "Zhang & Ye") is a namesake's as often (Hsieh,
 * Chang & Yeh). */
static int
zh_run(const struct pool *p, const struct zh_word *w, size_t nw, int most,
    const char *(*opt)[TRANSLIT_MATES], size_t *nopt, size_t *no)
{
	struct sdc_buf b = SDC_BUF_INIT;
	size_t n, i, j, cut[ZH_KEY + 1], nc = 0, two = 0;

	for (i = 0; i < nw; i++) {
		two |= w[i].syllables > 1;
		sdc_buf_adds(&b, w[i].key);
	}
	n = b.len;
	if (n > 0 && n < ZH_KEY)
		nc = zh_split(p, b.p, n, most, cut);
	for (i = 0; i < nc; i++) {
		char *piece = sdc_xstrndup(b.p + cut[i + 1], cut[i] -
		    cut[i + 1]);

		two |= sdc_name_syllables(piece) > 1;
		free(piece);
	}
	if (nc == 0 || !two || *no + nc > TRANSLIT_WORDS) {
		sdc_buf_free(&b);
		return 0;
	}
	while (nc-- > 0) {
		j = cut[nc + 1];
		nopt[*no] = zh_mates(p, b.p + j, cut[nc] - j, opt[*no]);
		(*no)++;
	}
	sdc_buf_free(&b);
	return 1;
}

/* The name's words, a hyphen inside a word dropped ("Tai-tai" is one
 * name of two syllables), with each run of Mandarin words that holds a
 * word no customer has (with own, any run) read as customer words of
 * their keys (zh_run), split the fewest and the most ways ("Chang-jin"
 * is Changchin and Chang Chin: two customers, no link), into r[]: their
 * number.  Wade-Giles and pinyin spell one name with other letters and
 * join or split its syllables at will (Hsinchu Taitai, "Xinzhu
 * Tai-tai"). */
static size_t
zh_readings(struct pool *p, const char *guess, int own, char **r)
{
	char *joined = sdc_xstrdup(guess), *g, *q, *save = NULL;
	struct zh_word w[TRANSLIT_WORDS];
	const char *opt[TRANSLIT_WORDS][TRANSLIT_MATES];
	size_t nopt[TRANSLIT_WORDS], nw = 0, no, i, j, n = 0, m;
	int changed, most;

	for (i = 0, j = 0; guess[i]; i++)
		if (!(guess[i] == '-' && i > 0 && isalpha((unsigned char)
		    guess[i - 1]) && isalpha((unsigned char)guess[i + 1])))
			joined[j++] = guess[i];
	joined[j] = '\0';
	g = sdc_name_words(names, joined);
	free(joined);
	translit_index(p);
	for (q = strtok_r(g, " ", &save); q; q = strtok_r(NULL, " ", &save)) {
		if (nw == TRANSLIT_WORDS)
			goto out;	/* n is 0: too long a name for readings */
		w[nw].s = q;
		w[nw].key = sdc_name_translit(q, SDC_NAME_TRANSLIT_CHINESE);
		w[nw].syllables = sdc_name_syllables(w[nw].key);
		nw++;
	}
	for (most = 0; most < 2; most++) {
		for (i = 0, no = 0, changed = 0; i < nw; i = j) {
			int unknown = 0;

			for (j = i; j < nw && w[j].syllables > 0; j++)
				unknown |= sdc_nev_names_with(p->ev, w[j].s) == 0;
			if (j > i && (unknown || own) && zh_run(p, w + i, j - i,
			    most, opt, nopt, &no)) {
				changed = 1;
				continue;
			}
			for (j = j > i ? j : i + 1; i < j && no <
			    TRANSLIT_WORDS; i++) {
				opt[no][0] = w[i].s;
				nopt[no++] = 1;
			}
		}
		if (!changed)
			continue;
		m = translit_product(opt, nopt, no, r, n);
		/* the most ways may be the fewest */
		for (i = n; i < m; i++) {
			for (j = 0; j < n && strcmp(r[j], r[i]) != 0; j++)
				;
			if (j < n)
				free(r[i]);
			else
				r[n++] = r[i];
		}
	}
out:
	for (i = 0; i < nw; i++)
		free(w[i].key);
	free(g);
	return n;
}

/* The words of guess read on layout k, romanised, or "" when its first
 * word so read is no customer's word nor of one's key in romanisation t:
 * most names are typed on the layout meant, and their first word tells
 * at once (the rest is not romanised). */
static char *
script_words(struct pool *p, const char *guess, size_t k, size_t t)
{
	char *rt = sdc_name_retyped(guess, k), *w, *first;
	const char *mate[TRANSLIT_MATES];
	size_t n;

	if (rt == NULL)
		return sdc_xstrdup("");
	n = strcspn(rt, " ");
	first = sdc_xstrndup(rt, n);
	w = sdc_name_words(names, first);
	free(first);
	n = strcspn(w, " ");
	w[n] = '\0';
	translit_index(p);
	if (*w != '\0' && sdc_nev_names_with(p->ev, w) == 0 &&
	    translit_mates(p, w, t, mate) == 0) {
		free(w);
		free(rt);
		return sdc_xstrdup("");
	}
	free(w);
	w = sdc_name_words(names, rt);
	free(rt);
	return w;
}

/* The readings of a name typed on US keys meaning another script's
 * letters (layout k), as the list romanises that script: the reading
 * normalised (names.c romanises it; into *words, kept for the next
 * pass) and spelt in that romanisation's key as the customer words
 * ("privatnii" as Privatniy, Pryvatnyi). */
static size_t
script_readings(struct pool *p, const char *guess, size_t k, int own,
    char **words, char **r)
{
	size_t t = (size_t)sdc_name_retyped_translit(k), n;

	translit_index(p);
	if (sdc_name_translit_own(t) >= 3 && !own_reads(p, t))
		return 0;	/* Greek's keys, in a list of no Greek */
	if (*words == NULL)
		*words = script_words(p, guess, k, t);
	if (**words == '\0')
		return 0;
	n = translit_readings(p, *words, t, own, r);
	if (n == 0 && !own) {
		r[0] = sdc_xstrdup(*words);
		return 1;
	}
	return n;
}

/* 1 when word (as typed) is a word of some customer's name. */
static int
known_word(struct pool *p, const char *word)
{
	char *w = sdc_name_words(names, word);
	int known = *w != '\0' && strchr(w, ' ') == NULL &&
	    sdc_nev_names_with(p->ev, w) > 0;

	free(w);
	return known;
}

/* The name typed in Telex or VNI, or in the old Indonesian spelling
 * (reading k), read word by word: only a word that is no customer's word
 * and reads as one, so that "Books", "Coffee" or "Steel" stay as typed;
 * NULL when no word is so read.  With own, a customer's word too: a list
 * holds old spellings beside new ones ("Toko Boeana", "Yayasan Sejahtera"
 * and "Klinik Tjendrawasih Sedjahtera"), and a name linking no one as
 * typed may be written in the other. */
static char *
word_reading(struct pool *p, const char *guess, size_t k, int own)
{
	struct sdc_buf b = SDC_BUF_INIT;
	const char *s = guess;
	size_t n, read = 0;

	for (; *s != '\0'; s += n) {
		char *word, *r;

		if ((n = strcspn(s, " ")) == 0) {
			sdc_buf_addc(&b, *s);
			n = 1;
			continue;
		}
		word = sdc_xstrndup(s, n);
		r = sdc_name_retyped(word, k);
		if (r != NULL && *r != '\0' && (own || !known_word(p, word)) &&
		    known_word(p, r)) {
			sdc_buf_add(&b, r, strlen(r));
			read++;
		} else
			sdc_buf_add(&b, s, n);
		free(r);
		free(word);
	}
	if (read == 0) {
		sdc_buf_free(&b);
		return NULL;
	}
	return sdc_buf_take(&b);
}

/* The readings k of the typed name into r[], their number: on a
 * national layout (names.c), then in another romanisation of a script
 * (of its words; none when the name has a letter that romanisation does
 * not use, but for those that read any Latin letters). */
static size_t
readings(struct pool *p, const char *guess, const char *words,
    char **script, size_t k, int own, char **r)
{
	if (k < SDC_NAME_RETYPINGS && sdc_name_retyped_translit(k) >= 0)
		return script_readings(p, guess, k, own, &script[k], r);
	if (k >= SDC_NAME_RETYPED_TELEX && k < SDC_NAME_RETYPINGS)
		return (!own || k >= SDC_NAME_RETYPED_OLD_ID) &&
		    (r[0] = word_reading(p, guess, k, own)) != NULL;
	if (k < SDC_NAME_RETYPINGS)
		return !own && (r[0] = sdc_name_retyped(guess, k)) != NULL;
	if (k - SDC_NAME_RETYPINGS == SDC_NAME_TRANSLIT_CHINESE)
		return words != NULL ? zh_readings(p, guess, own, r) : 0;
	if (k - SDC_NAME_RETYPINGS == SDC_NAME_TRANSLIT_JOINED) {
		translit_index(p);	/* p->arabic */
		if (!p->arabic)
			return 0;
	}
	if (words == NULL || (!sdc_name_romanised(guess, k - SDC_NAME_RETYPINGS) &&
	    !sdc_name_translit_marked(k - SDC_NAME_RETYPINGS)))
		return 0;
	translit_index(p);
	if (sdc_name_translit_own(k - SDC_NAME_RETYPINGS) >= 3 &&
	    !own_reads(p, k - SDC_NAME_RETYPINGS))
		return 0;	/* no word read so in another list */
	return translit_readings(p, words, k - SDC_NAME_RETYPINGS, own, r);
}

/* Every word of the reading r is a word of the customer at idx. */
static int
whole_words(const struct pool *p, size_t idx, const char *r)
{
	char *w = sdc_name_words(names, r);
	int whole = words_in(p->c[idx].words, w, 1);

	free(w);
	return whole;
}

/* The romanisation (names.c) whose key made reading k of by_layout, or
 * -1 for a layout's reading kept as read. */
static int
translit_of(size_t k)
{
	if (k >= SDC_NAME_RETYPINGS)
		return (int)(k - SDC_NAME_RETYPINGS);
	return sdc_name_retyped_translit(k);
}

/* The name has a person's initial Y, I or J ("Yakovenko Y.V.",
 * "Yakovenko Y V"): the romanisations of Cyrillic write it for several
 * letters (Ю Yu, Iu, Ju; Я Ya, Ia, Ja; Є Ye, Ie, Je; Й Y, I, J; the
 * Ukrainian И Y), so in a name read as another system's the initials do
 * not tell one person from another (Юрій Васильович, Яна Вікторівна). */
static int
vowel_initial(const char *name)
{
	const char *s;

	for (s = name; *s; s++)
		if (strchr("yijYIJ", *s) && (s == name || strchr(" .", s[-1])) &&
		    (s[1] == '\0' || strchr(" .", s[1])))
			return 1;
	return 0;
}

/* Every Latin word of the customer's words list is one of the reading
 * r's, but for one of three letters or fewer (the article apart: "al"
 * of Al Saada, "ash" of Ash-Shifa) and drop words (legal forms): a name read with its article joined
 * links the customer it names whole, not one whose untyped words may be
 * a namesake's town ("Alsahara Dental Clinic" is no As-Sahara Dental
 * Clinic Faisal beside the Arabic-only عيادة أسنان الصحراء).  Words in
 * another script are the name's other half. */
static int
whole_but_article(const char *list, const char *r)
{
	char *t = sdc_xstrdup(list), *q, *save = NULL;
	int left = 0, whole = 1;

	for (q = strtok_r(t, " ", &save); q && whole; q = strtok_r(NULL, " ",
	    &save))
		if ((unsigned char)*q < 0x80 && !has_word(r, q) &&
		    !sdc_name_is_drop(names, q))
			whole = strlen(q) <= 3 && left++ == 0;
	free(t);
	return whole;
}

/* Reading r (k of by_layout, own its pass; w, its words the name typed
 * lacks) as a name: a link counted in *n, kept in *got when its customer
 * is another than the readings' before. */
static void
try_reading(struct pool *p, const char *r, const char *w, size_t k, int own,
    struct decision *got, int *n, unsigned *how)
{
	struct decision h;
	size_t id, held;

	/* a romanisation's reading links only a customer holding its every
	 * word (below): none holds them, and the name's rules need not be
	 * asked (a Cyrillic list holds each word in each system, and its
	 * readings are many); a reading of Cyrillic customer words, only
	 * the one customer that holds them (their readings are many more,
	 * each system's spelling of each word).  Not another key's: "Al
	 * Taqwa Factory" read "El Taqwa Factory" is the one customer whose
	 * name is all of it, of those with its words (El-Taqwa Factory
	 * beside El-Taqwa Factory Zarqa) */
	held = k >= SDC_NAME_RETYPINGS ? sdc_nev_holders(p->ev, r, &id, 1) : 1;
	if (held == 0 || (own && held > 1 && translit_of(k) ==
	    SDC_NAME_TRANSLIT_CYRILLIC))
		return;
	by_name_alone(p, r, &h);
	/* the keys give the customer's own words back ("Daňov8" is
	 * Daňová of "Daňová kancelář"), not another name's by chance
	 * ("Fdfh Eye Care" with its y for z is no "Fdfh Eze Care") */
	if (h.linked && !words_in(p->c[h.idx].words, w, 1))
		h.linked = 0;
	/* a word in another romanisation and another word besides are
	 * two differences ("Sugiyama Sika Iin" is no Sugiyama Shika) */
	if (h.linked && k >= SDC_NAME_RETYPINGS &&
	    !words_in(p->c[h.idx].words, r, 1))
		h.linked = 0;
	if (h.linked && translit_of(k) == SDC_NAME_TRANSLIT_JOINED &&
	    !whole_but_article(p->c[h.idx].words, r))
		h.linked = 0;
	/* ... and so are an old spelling and another word ("PT
	 * Anoegerah Poetra Data Sistem, Bks" is no PT Anugerah Putra
	 * Makmur Data Sistem) */
	if (h.linked && k == SDC_NAME_RETYPED_OLD_ID && !whole_words(p,
	    h.idx, r))
		h.linked = 0;
	/* ... and so are a customer's word read as another's and another
	 * order ("Kyoei Sato" is no Satoh Kyoei) */
	if (h.linked && own && !same_order(r, p->c[h.idx].words))
		h.linked = 0;
	/* Mandarin's syllables read anew keep their order ("Xiang-fu" is
	 * no Fu Hsiang), and a name the list spells twice is two
	 * customers (Chi-feng and Chifeng) */
	if (h.linked && k == SDC_NAME_RETYPINGS + SDC_NAME_TRANSLIT_CHINESE &&
	    (!same_order(r, p->c[h.idx].words) || zh_twins(p, h.idx) > 0))
		h.linked = 0;
	/* ... and so are a customer's word read in another system of
	 * Cyrillic and an initial that system may write for another
	 * letter */
	if (h.linked && own && translit_of(k) == SDC_NAME_TRANSLIT_CYRILLIC &&
	    vowel_initial(p->c[h.idx].name))
		h.linked = 0;
	if (h.linked && (*n == 0 || got->idx != h.idx)) {
		*got = h;
		*how = k < SDC_NAME_RETYPINGS ? SDC_NEV_LAYOUT :
		    SDC_NEV_TRANSLIT;
		(*n)++;
	}
}

/* Customers hold every word of the name as typed (words), and the one
 * at idx is none of them: the name is theirs, cut short ("Čajkalajn" of
 * TOV Čajkalajn Medyčnyj centr), sooner than idx's in another spelling
 * (TOV Chaykalayn).  Holders too many to look through prove nothing. */
#define HELD_FEW 8
static int
held_elsewhere(struct pool *p, const char *words, size_t idx)
{
	size_t id[HELD_FEW], n = sdc_nev_holders(p->ev, words, id, HELD_FEW);
	size_t i;

	if (n == 0 || n > HELD_FEW)
		return 0;
	for (i = 0; i < n; i++)
		if (id[i] == idx)
			return 0;
	return 1;
}

/* The customers holding every word of one of the readings r[0..nr) are
 * one, or none: a noun the list writes with the article joined and
 * apart (Café Eddawaa Hydra beside Café Al Dawaa) names either as much,
 * whichever reading links ("Café Eldawaa": review).  Holders too many
 * to look through are more than one. */
static int
one_holder(struct pool *p, char *const *r, size_t nr)
{
	size_t id[HELD_FEW], one = 0, seen = 0, i, j, n;

	for (i = 0; i < nr; i++) {
		n = sdc_nev_holders(p->ev, r[i], id, HELD_FEW);
		if (n > HELD_FEW)
			return 0;
		for (j = 0; j < n; j++) {
			if (seen && id[j] != one)
				return 0;
			one = id[j];
			seen = 1;
		}
	}
	return 1;
}

/* The reading tried j-th: Telex and VNI after the romanisations, as a
 * doubled vowel is more often a long one ("Itoo" is Ito in Japanese)
 * than a circumflex, and the first reading to link names the evidence. */
static size_t
reading_order(size_t j)
{
	size_t viet = SDC_NAME_RETYPINGS - SDC_NAME_RETYPED_TELEX;

	if (j < SDC_NAME_RETYPED_TELEX)
		return j;
	if (j < SDC_NAME_RETYPED_TELEX + SDC_NAME_TRANSLITS)
		return j + viet;
	return j - SDC_NAME_TRANSLITS;
}

/* A name typed on a national keyboard with the computer set to US
 * ("K0nyvel[ Iroda" for Könyvelő Iroda, names.c): when the name as typed
 * links no one, its readings on each layout are tried as names, and the
 * link holds when every reading that links links the same customer. */
void
by_layout(struct pool *p, const char *guess, struct decision *d)
{
	struct decision got;
	size_t k, nr, j, t;
	int n = 0, own;
	unsigned how = 0;
	char *words = sdc_name_words(names, guess);
	char *script[SDC_NAME_RETYPINGS] = { NULL };	/* script_readings' */

	/* a customer word typed is read as another of its key only when
	 * no reading of the others links: the name's own spelling first */
	for (own = 0; own < 2 && n == 0; own++)
		for (t = 0; t < SDC_NAME_RETYPINGS + SDC_NAME_TRANSLITS &&
		    n < 2; t++) {
			char *rs[TRANSLIT_READINGS];

			k = reading_order(t);
			nr = readings(p, guess, words, script, k, own, rs);
			if (k == SDC_NAME_RETYPINGS + SDC_NAME_TRANSLIT_JOINED &&
			    !one_holder(p, rs, nr)) {
				for (j = 0; j < nr; j++)
					free(rs[j]);
				nr = 0;
			}
			for (j = 0; j < nr; j++) {
				char *w = reading_lacks(p, words, rs[j]);

				if (w != NULL && n < 2)
					try_reading(p, rs[j], w, k, own, &got,
					    &n, &how);
				free(rs[j]);
				free(w);
			}
		}
	/* ... and not against the customers holding the name as typed (own
	 * is 2 when the pass of customer words ran) */
	if (n == 1 && own == 2 && held_elsewhere(p, words, got.idx))
		n = 0;
	free(words);
	for (k = 0; k < SDC_NAME_RETYPINGS; k++)
		free(script[k]);
	if (n == 1) {
		*d = got;
		d->conf = d->conf ? d->conf : 100;	/* exact, normalised */
		d->how |= how;
	} else if (n > 1)
		snprintf(d->why, sizeof(d->why), "its readings on two "
		    "layouts or romanisations name two customers");
}
