/* names - normalised business and person names for linking.
 *
 *	struct sdc_names *nm = sdc_names_new(NULL, 0);	// default drop words
 *	char *k = sdc_name_normalise(nm, "The HealthGroup Alpha, L.L.C.");
 *	// k = "health group alpha"
 *
 * Normalisation: compatibility decomposition with accents stripped
 * (utf8proc), camelCase and letter/digit boundaries split ("HealthGroup"
 * -> "health group", "Route66" -> "route 66"), dotted initials joined
 * ("L.L.C." -> "llc"), apostrophes dropped, "&" read as "and", every other
 * non-alphanumeric character a space, Unicode case folding, and the drop
 * words (legal suffixes, articles) removed from both ends of the name
 * unless nothing would be left. */
#ifndef SDC_NAMES_H
#define SDC_NAMES_H

#include <stddef.h>
#include <stdint.h>

struct json_object;

/* The shipped config file name (sdc_shipped_file), at most max bytes,
 * parsed; NULL with a warning when it is missing (saying what goes
 * without it: without), unreadable or no JSON. */
struct json_object *sdc_shipped_json(const char *name, size_t max,
    const char *without);
/* The shipped link-words.json (config/link-words.json, or the installed
 * share/sdc), parsed once; NULL (with a warning) when missing or bad. */
struct json_object *sdc_link_words(void);
/* Its member key when it is of type (a json_type), else NULL; *hash the
 * hash of its text (0: none), for the customer index's fingerprint. */
struct json_object *sdc_link_words_part(const char *key, int type,
    uint64_t *hash);
/* Its "vietnamese" abbreviations, read once (names are spelt out with
 * them); their hash, 0 when there are none. */
uint64_t sdc_name_vn_load(void);
/* Its "titles" (professional titles: "dott", "avv", "dra"), read once;
 * their hash, 0 when there are none.  Each is a drop word. */
uint64_t sdc_name_titles_load(void);
/* 1 when the normalised word w is one of them. */
int sdc_name_is_title(const char *w);
/* 1 when the normalised word w is a medical specialty (link-words.json
 * "specialties": "nephrology"), read once. */
int sdc_name_is_specialty(const char *w);
/* 1 when the normalised word w is a word of selling before a sale
 * (link-words.json "sales": "quote", "prospect", "angebot"), read once. */
int sdc_name_is_sales(const char *w);
/* Its "towns", "surnames" and "churches" of several words ("Cill
 * Chainnigh", "Ó Súilleabháin", "Church of England"), read once: each
 * is one word of a name (sdc_name_words); their hash. */
uint64_t sdc_name_ones_load(void);
/* The typed name without the labels of a register's number typed beside
 * it (link-words.json "labels": "Pedersen VVS CVR-nr. 14940863" is
 * "Pedersen VVS 14940863", "DIČ CZ33767173" is "33767173"): a new
 * string, or NULL when it has none. */
char *sdc_name_unlabelled(const char *name);
/* 1 when every number of seven figures or more in typed is one of the
 * words of name: a name read without its labels links only the customer
 * holding its number. */
int sdc_name_numbers_held(const char *typed, const char *name);

/* The default drop words (NULL-terminated). */
extern const char *const sdc_names_default_drop[];

struct sdc_names;

/* words: drop words as users write them ("L.L.C.", "GmbH"); NULL uses the
 * defaults. */
struct sdc_names *sdc_names_new(const char *const *words, size_t nwords);
void sdc_names_free(struct sdc_names *nm);

/* A new string: the normalised tokens joined by single spaces ("" when
 * nothing alphanumeric is left). */
char *sdc_name_normalise(const struct sdc_names *nm, const char *name);

/* The same words with the drop words kept ("the precision distributors
 * inc"): what initials may have been taken from. */
char *sdc_name_words(const struct sdc_names *nm, const char *name);
/* Words with the drop words removed from both ends, unless nothing would
 * be left: sdc_name_normalise() = sdc_name_strip(sdc_name_words()). */
char *sdc_name_strip(const struct sdc_names *nm, const char *words);

/* The words of s, its spaces cut, into *w (a new array of pointers
 * into s): how many. */
size_t sdc_name_split(char *s, char ***w);
/* 1 when token (normalised) is a drop word. */
int sdc_name_is_drop(const struct sdc_names *nm, const char *token);
/* 1 when token is a legal form written before the name (Vietnam's
 * "TNHH", "MTV"): never initials, but not dropped. */
int sdc_name_is_form(const char *token);
/* ... or a misspelt one ("incorprated": ratio >= 85, 5 letters or more). */
/* A drop word of 3-4 letters typed with one slip, the first letter kept
 * ("lcl", "inf"): read so only at the end of a longer name, where a legal
 * form stands ("DFD" alone is initials). */
int sdc_name_is_drop_slip(const struct sdc_names *nm, const char *token);
/* num, all digits, is an Australian Business Number (11) or Company
 * Number (9) whose check digits hold. */
int sdc_name_au_registry(const char *num);
int sdc_name_is_drop_typo(const struct sdc_names *nm, const char *token);

/* Unicode case folding (what the exact rule compares); invalid UTF-8 is
 * returned as it is. */
char *sdc_name_fold(const char *s);

/* Decomposed without marks (NFKD; ł, ø, đ ... as plain letters), case
 * kept: "Dragan Pavlović" is "Dragan Pavlovic"; invalid UTF-8 is
 * returned as it is. */
char *sdc_name_unmarked(const char *s);

/* In place: an e after a, o or u dropped, an a after a, ij made y (ä =
 * ae = a, å = aa = a). */
void sdc_name_digraphs(char *t);

/* The normalised name's words sorted (repeats kept): the key under
 * which "West Hillcrest Properties" equals "Hillcrest Properties West". */
char *sdc_name_sortkey(const char *norm);

/* 1 when the normalised query reads as the normalised candidate with some
 * of its runs of words abbreviated to their initials ("hg alpha" vs
 * "health group alpha"; "ibm" vs "international business machines"); at
 * least one abbreviation must be used. */
int sdc_name_initials_match(const char *query, const char *cand);

/* t's letters stand in s in order ("rdz" in "rodriguez"). */
int sdc_name_subseq(const char *t, const char *s);

/* The loose reading, for "does another candidate share the initials":
 * every query word the candidate lacks is 2-6 letters that appear in
 * order among the candidate's word initials ("bv north" shares with "bio
 * gen ventures north" and with "brookside ventures north"). */
int sdc_name_initials_share(const char *query, const char *cand);

/* What a typed name says besides its words.  An address typed for the
 * business ("office@horvathcare.co.uk", "www.tidefold-outdoor.co.uk"):
 * its host in lower case ("horvathcare.co.uk", for the contacts' e-mail
 * domains), and the label that names the business ("horvathcare",
 * "tidefold outdoor"); NULL when the name is no address.  New strings. */
char *sdc_name_domain(const char *name);
char *sdc_name_address(const char *name);
/* The name before a site written after it ("Achebe & Nwosu - Head
 * office", "Northley Freight (Upstairs)", "X / Unit 3 site"): a new
 * string, NULL when there is no separator with a name before it. */
char *sdc_name_site_head(const char *name);
/* 1 when w is one of the NULL-ended list (case folded): a table of
 * words (titles, place words, address words). */
int sdc_name_listed(const char *const *list, const char *w);
/* The words of an address line (as sdc_name_words gives them) are a
 * landmark's, not a part of town's: South Asia's "Near Post Office",
 * "Opp. Bus Stand", "Behind Clock Tower" (the India Post and Pakistan
 * Post address guides: a landmark after the street where streets have
 * no numbers). */
int sdc_name_landmark(const char *words);
/* A name typed in two scripts, the Latin letters' and another's, one
 * after the other ("Shivam Enterprises / शिवम इंटरप्राइजेज", "पटेल
 * क्लिनिक Patel Clinic", "Om Sai Pharmacy (ॐ साई फार्मेसी)"): the Latin
 * half (latin 1) or the other (0), its brackets and slashes cut, and
 * the other script's words into *others; a new string, NULL when the
 * name is not so. */
char *sdc_name_half(const char *name, int latin, size_t *others);
/* s has letters of a script other than Latin, and none of Latin. */
int sdc_name_other_script(const char *s);
/* s begins with a capital letter (any script). */
int sdc_name_capitalised(const char *s);
/* The capitals and small letters of s[0..len) (any script) into *upper
 * and *lower. */
void sdc_name_cases(const char *s, size_t len, size_t *upper,
    size_t *lower);
/* The name after a desk's label typed before it ("Client - X", "Site: X",
 * "RE: X", "BNE: X"): one or two words of letters, at most DESK_LABEL
 * letters in all, then ':' or a dash between spaces.  A pointer into
 * name, NULL when it starts with no such label. */
const char *sdc_name_desk_rest(const char *name);
/* Initials typed around an ampersand joined ("CM&D", "AF&C Inc": "cm
 * and d" -> "cmd", "af and c inc" -> "afc inc"; runs of 1-3 letters,
 * three or more in all, or two beside other words: "b and c advocaten"
 * -> "bc advocaten"): a new string, NULL when there are none. */
char *sdc_name_join_initials(const char *words);
/* The trading name inside a legal one, in words ("neve attwell t a attwell
 * furniture" -> "attwell furniture"; "trading as", "o/a", "d/b/a", Quebec's
 * "f.a.s.r.s." and "inc. s/n" too):
 * a pointer into words, NULL when there is none; *legal (unless NULL)
 * the length of the legal name before the mark. */
const char *sdc_name_trading(const char *words, size_t *legal);
/* The trust a trustee acts for, in words ("russo investments pty ltd atf
 * the russo unit trust", "the trustee for conti family trust abn
 * 13072689251", "ttf li family trust", "t f ...", "itf", "as trustee
 * for"): a new string of the trust's words without the registration after
 * them ("the russo unit trust", "conti family trust"), NULL when there is
 * no trustee's mark; *head (unless NULL) the length of the trustee's
 * words before the mark, 0 when the name starts with it. */
char *sdc_name_trust(const char *words, size_t *head);
/* The words of a name before the ABN or ACN typed after it ("isla and
 * darren thompson family trust abn 16095433686"): a new string, NULL
 * when it has none. */
char *sdc_name_unregistered(const char *words);
/* A number typed where the customer's name holds one, not its: a tag
 * ("(87)", "- 83": a department, canton, district) the name holds
 * nowhere, or a long registry-style number (7 digits or more) that none
 * of the name's is, begins or is one slip of.  The number into num. */
int sdc_name_number_other(const char *typed, const char *name, char *num,
    size_t size);
/* In words, where an ABN or an ACN typed after the name starts (" abn
 * 73875596437"), or NULL: the registration's words, not the name's. */
const char *sdc_name_registration(const char *words);
/* The words end with an ABN or ACN cut short ("... pty ltd abn 30 305"):
 * 1, and into *head the length of the words before it; 0 when they end
 * with none or a whole one. */
int sdc_name_cut_registration(const char *words, size_t *head);

/* 1 when a typed word with a marked letter ("Bäcker") is no word of the
 * candidate's but like one only with another letter there ("Becker"):
 * a mark is typed on purpose, so that is another name, not a slip.  A
 * mark left off, or typed as two letters ("Baecker"), differs in
 * nothing. */
int sdc_name_marks_differ(const char *typed, const char *cand);

/* The readings of a name typed on a national keyboard with the computer
 * set to the US layout ("Daňov8 kancel85" is Daňová kancelář on the
 * Czech keys), or of a Latin name typed with it set to a Greek, Arabic
 * or Hebrew one ("ΔΙΚΙΓΟΡΙΚΙ" for Dikigoriki), or a Serbian or
 * Macedonian Cyrillic name read in its official Latin letters ("Општина
 * Велес" for Opština Veles) and back: reading k of
 * SDC_NAME_RETYPINGS, or NULL when k changes nothing in the name.  The
 * caller frees it. */
#define SDC_NAME_RETYPINGS 47
/* The last five: a Vietnamese name typed in Telex or VNI with the input
 * method off ("Nguyeenx", "Nguye6n4" for Nguyễn), an Indonesian or
 * Malay name in the spelling before 1972 ("Djaja" for Jaya), and a
 * Kazakh or Uzbek name in its Latin alphabet read as the list romanises
 * its Cyrillic (two readings: y kept, and y before a consonant read i),
 * read per word; the caller reads a word so only when it is no
 * customer's word and its reading is one (the last three: or a
 * customer's, when nothing else links). */
#define SDC_NAME_RETYPED_TELEX 42
#define SDC_NAME_RETYPED_OLD_ID 44
#define SDC_NAME_RETYPED_TURKIC 45
/* Gaj's Latin read back as the list romanises Cyrillic. */
#define SDC_NAME_RETYPED_GAJ 40
char *sdc_name_retyped(const char *name, size_t k);

/* The key of a word under romanisation k of SDC_NAME_TRANSLITS (a
 * script: Japanese, Korean, Greek (three), Arabic, Indian, Thai, Arabic and
 * African names in French letters, the Arabic article as a word and
 * joined to its noun, Belarusian, Russian and Baltic consonants),
 * shared by its
 * spellings in that script's systems ("jimusho" and "zimusyo", "dhmos"
 * and "dimos", "pattana" and "phatthana").
 * The caller frees it. */
#define SDC_NAME_TRANSLITS 14
#define SDC_NAME_TRANSLIT_CYRILLIC 10
/* Greeklish (h for η, u for υ), read only in a list that writes Greek. */
#define SDC_NAME_TRANSLIT_GREEKLISH 4
/* The Arabic article joined to its noun (Elshifa, Essaada, Ennour): read
 * only in a list that writes Arabic script (pool.c). */
#define SDC_NAME_TRANSLIT_JOINED 11
/* Belarusian, Russian and the Baltic languages by their consonants. */
#define SDC_NAME_TRANSLIT_SKELETON 12
/* Mandarin, Wade-Giles against pinyin: a word's key is itself when the
 * word is no run of Mandarin syllables. */
#define SDC_NAME_TRANSLIT_CHINESE 13
/* The number of Mandarin syllables whose keys run together are key (the
 * fewest), or 0 when it is none. */
size_t sdc_name_syllables(const char *key);
/* The toneless pinyin of name's Han characters (CJK Unified
 * Ideographs), a syllable each, space-separated, each run of Han after
 * the first after a " , ", or NULL when it has none; a new string, and (rest not NULL) the name less its Han into
 * *rest, a new string.  The normaliser reads Han so too. */
char *sdc_name_han(const char *name, char **rest);
/* The longest key of a Mandarin syllable (and of its pinyin: "shuang",
 * "zhuang"), in letters; names.c makes the keys, layout.c splits runs of
 * them. */
#define SDC_NAME_SYLLABLE 6
/* 1 when s[0..n) is the key of one Mandarin syllable. */
int sdc_name_syllable(const char *s, size_t n);
/* The romanisation whose key reads reading k of sdc_name_retyped() (a
 * Cyrillic name typed on US keys is read in Cyrillic, which the list
 * holds romanised; a Greek one in Greeklish), or -1. */
int sdc_name_retyped_translit(size_t k);
char *sdc_name_translit(const char *word, size_t k);
/* The Mandarin key of a name's words run together ("chi feng" and
 * "chifeng" are one), a new string. */
char *sdc_name_zh_key(const char *words);
/* May a customer's word typed be read in romanisation k as another's?
 * 0 no, 1 yes, 2 only in a list that writes carons (sdc_name_caron), 3
 * only in one that writes Belarusian (sdc_name_belarusian), and no
 * other word either in another list, 4 likewise in one that writes
 * Greek. */
int sdc_name_translit_own(size_t k);
/* 1 when name is written in Belarusian Cyrillic: it has ў and і. */
int sdc_name_belarusian(const char *name);
/* 1 when name has a letter with a caron (č, š, ž): Cyrillic's scholarly
 * romanisation, Gaj's Latin. */
int sdc_name_caron(const char *name);
/* May romanisation k read a name with letters sdc_name_romanised refuses? */
int sdc_name_translit_marked(size_t k);

/* 1 when name is written in the letters romanisation k uses: ASCII and
 * their marks of a long or a short vowel ("Fudōsan", "Sŏul"), in
 * Cyrillic's the carons of the scholarly system.  Any other letter (the
 * ð of "Hárgreiðslustoofa", a ñ) says a Latin-script language's own
 * words, whose doubled vowel is a slip, not a long one. */
int sdc_name_romanised(const char *name, size_t k);

#endif
