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

struct sdc_person {
	char *first, *last;	/* lower case; last NULL for one word */
	char *business;		/* as typed, trimmed; NULL: none */
	int titled;		/* a title came first ("dr Marchetti") */
	char *title;		/* ... lower case ("dr"); NULL: none */
};

/* 1 with p filled (free it), 0 when typed does not read as a person. */
int sdc_person_read(const char *typed, struct sdc_person *p);
void sdc_person_free(struct sdc_person *p);

/* 1 when the contact's name ("Sue Dawes") is the person: first and last
 * (case-insensitive; untitled, the surname first as well, as Hungarian
 * and lists write it: "Dawes Sue"), or for one word, the contact's first name (or, after
 * a title, its last name: "dr Marchetti"). */
int sdc_person_is(const struct sdc_person *p, const char *contact);

#endif
