/* Unit tests of a person typed for the customer's name (person.h): how
 * the typed name reads, and which contacts are the person. */
#include "check.h"
#include "person.h"

#include <stddef.h>

/* typed reads as FIRST LAST BUSINESS TITLED ("" for NULL), or not. */
static void
reads(const char *typed, const char *first, const char *last,
    const char *business, int titled)
{
	struct sdc_person p;
	int ok = sdc_person_read(typed, &p);

	CHECK_INT(typed, ok, first != NULL);
	if (!ok)
		return;
	CHECK_STR(typed, p.first, first);
	CHECK_STR(typed, p.last ? p.last : "", last);
	CHECK_STR(typed, p.business ? p.business : "", business);
	CHECK_INT(typed, p.titled, titled);
	sdc_person_free(&p);
}

static int
is(const char *typed, const char *contact)
{
	struct sdc_person p;
	int r;

	if (!sdc_person_read(typed, &p))
		return -1;
	r = sdc_person_is(&p, contact);
	sdc_person_free(&p);
	return r;
}

int
main(void)
{
	reads("Sue Dawes", "sue", "dawes", "", 0);
	reads("Deb @ Tillman", "deb", "", "Tillman", 0);
	reads("Kim - Copperleaf", "kim", "", "Copperleaf", 0);
	reads("dr Marchetti", "marchetti", "", "", 1);
	reads("Pastor Greg - Walnut Creek", "greg", "", "Walnut Creek", 1);
	reads("Aaron Pak (Paving)", "aaron", "pak", "Paving", 0);
	reads("Mrs. O'Neil", "o'neil", "", "", 1);
	/* the Nordic "at" */
	reads("Kjell hos H\xc3\xb8nefoss", "kjell", "", "H\xc3\xb8nefoss", 0);
	reads("Hans p\xc3\xa5 Lillehammer", "hans", "", "Lillehammer", 0);
	/* not a person: one word alone, an address, too many words, digits */
	reads("Copperleaf", NULL, NULL, NULL, 0);
	reads("bob@keystone.com", NULL, NULL, NULL, 0);
	reads("First Baptist Church of Maple Grove", NULL, NULL, NULL, 0);
	reads("PipeMasters 412", NULL, NULL, NULL, 0);
	reads("- Tillman", NULL, NULL, NULL, 0);
	reads("", NULL, NULL, NULL, 0);

	CHECK_INT("whole name", is("Sue Dawes", "Sue Dawes"), 1);
	CHECK_INT("case", is("SUE DAWES", " sue  dawes "), 1);
	CHECK_INT("other last name", is("Sue Dawes", "Sue Dawson"), 0);
	CHECK_INT("first name", is("Deb @ Tillman", "Deb Griswold"), 1);
	CHECK_INT("first name only", is("Deb @ Tillman", "Debra Tillman"), 0);
	CHECK_INT("a title: last name", is("dr Marchetti", "Larry Marchetti"), 1);
	CHECK_INT("a title: first name", is("Pastor Greg - X", "Greg Calloway"),
	    1);
	CHECK_INT("no title: not the last name", is("Kim - X", "Ann Kim"), 0);
	CHECK_INT("one-word contact", is("dr Marchetti", "Marchetti"), 1);
	CHECK_INT("no contact", is("Sue Dawes", NULL), 0);
	return check_done();
}
