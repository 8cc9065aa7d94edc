/* person - a person typed for the customer's name, as technicians name a
 * session after the caller: "Sue Dawes", "Deb @ Tillman", "Kim - Copperleaf",
 * "dr Marchetti", "Pastor Greg - Walnut Creek", "Aaron Pak (Paving)".
 *
 *	struct sdc_person p;
 *	if (sdc_person_read("Deb @ Tillman", &p)) {
 *		p.first		"deb"		(lower case)
 *		p.last		NULL
 *		p.business	"Tillman"	(NULL: none typed)
 *		sdc_person_free(&p);
 *	}
 *
 * The person comes first: one or two words of letters, after a title
 * ("Dr", "Pastor", "Rev", "Mrs" ...) or not; the business after "@", " - "
 * or in parentheses.  One untitled word is a person only with a business
 * after it ("Kim - Copperleaf"; "Copperleaf" alone is a name cut short).
 * What the words are (a contact's name or not) the caller decides: this
 * only says how the typed name would read as a person. */
#ifndef SDC_LINK_PERSON_H
#define SDC_LINK_PERSON_H

#include <stddef.h>

struct sdc_person {
	char *first, *last;	/* lower case; last NULL for one word */
	char *business;		/* as typed, trimmed; NULL: none */
	int titled;		/* a title came first ("dr Marchetti") */
	char *title;		/* ... lower case ("dr"); NULL: none */
	int how;		/* how it was read: SDC_PERSON_* */
};

/* How a reading found the person and the business:
 * APART	the person first, a separator after it ("Deb @ Tillman"),
 *		or the person alone ("Sue Dawes");
 * BEFORE	the business first, the person after the separator
 *		("Showa (Kono san)", "Falcon - Karim");
 * MARKED	no separator, a title after the person marking where its
 *		name ends ("Jono san Towa", "Kanazawa Takeuchi-san");
 * BESIDE	no separator, a title and one word first, the business
 *		after them ("Mr. Lim Dalisay");
 * WHOLE	no separator, no title: two words of a whole name first
 *		or last, the business's words beside them ("Jose Mendoza
 *		Tala");
 * GIVEN	no separator, no title: one word first or last, two words
 *		of the business or more beside it ("Yasen Vita Dentalen
 *		tsentur", "CBA Sofia Yasen"): a given name, when it is
 *		one (the caller decides);
 * LONG	three or four untitled words alone, no separator: a whole
 *		name whose surname is two words or more ("José Almeida
 *		Santos"; Arabic's father's name and surname, "Khaled Farid
 *		Mansour", "Nadia Mohamed El Masri") or its given name
 *		("Thanh Nam Phạm"): first the first word, last the rest.
 *		As often a business's words: the caller takes it for a
 *		contact's whole name only. */
#define SDC_PERSON_APART 0
#define SDC_PERSON_BEFORE 1
#define SDC_PERSON_MARKED 2
#define SDC_PERSON_BESIDE 3
#define SDC_PERSON_WHOLE 4
#define SDC_PERSON_GIVEN 5
#define SDC_PERSON_LONG 6

/* 1 with p filled (free it), 0 when typed does not read as a person. */
int sdc_person_read(const char *typed, struct sdc_person *p);
void sdc_person_free(struct sdc_person *p);

/* Every reading of typed as a person, sdc_person_read's first, then the
 * business first, then those with no separator: up to max into p (free
 * each), their number. */
#define SDC_PERSON_READS 8
size_t sdc_person_reads(const char *typed, struct sdc_person *p, size_t max);

/* 1 when w is a title written before a name ("dr", "mrs", "pak"), in
 * any case. */
int sdc_person_title(const char *w);

/* The typed name calls a business by its owner's surname and one of
 * South Asia's titles after it ("Reddy ji (Reddy Nursing Home)", "Mehta
 * sir office - medical", "Silva aiya - clinic"; not Japan's "Sato-sama
 * @ Ikeda", a person at a business): the business read with that name
 * ("Reddy Nursing Home", "Mehta medical"), a new string, and the name
 * into *name (a new string); NULL (and *name NULL) when not so. */
char *sdc_person_addressed(const char *typed, char **name);

/* 1 when the contact's name ("Sue Dawes") is the person: first and last
 * (their words folded as names.h folds a name's: "IŞIL Kara" is Işıl
 * Kara; untitled, the surname first as well, as Hungarian and lists
 * write it: "Dawes Sue", though not of a LONG reading), or for one word, the contact's first name (or,
 * after a title, any of its names: "dr Marchetti", "Anh Quang"). */
int sdc_person_is(const struct sdc_person *p, const char *contact);

/* A word of a name folded as sdc_person_is compares them, its spaces
 * left out ("isil" for "Işıl", "seoyeon" for "Seo-yeon"); a word of
 * letters alone as it is (owners.h folds its case).  A new string. */
char *sdc_person_word(const char *w);

/* 1 when business is a sole trader's legal form alone ("FOP", "YaTT",
 * "e.K."): beside a person's whole name it names that person's own
 * business ("YaTT Qodirov Otabek"), not a call from a contact of
 * another's. */
int sdc_person_sole(const char *business);

/* What the word w (as sdc_name_words spells it: lower case) is known as
 * a person's name: SDC_NAME_GIVEN, SDC_NAME_SURNAME (bits; 0: not
 * known).  The lists are config/person-names.json's (public lists of
 * given names and surnames, read once; their sources are in the file). */
#define SDC_NAME_GIVEN		1
#define SDC_NAME_SURNAME	2
int sdc_person_name_kind(const char *w);

#endif
