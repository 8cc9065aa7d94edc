/* Unit tests of the MSP's own people (staff.h): a technician's whole
 * name found alone or inside a typed name, a one-word login or first
 * name only alone (unless the config lists it), repeats added once. */
#include "check.h"
#include "names.h"
#include "staff.h"

static const char *
in(const struct sdc_staff *st, const char *words, size_t *at, size_t *len)
{
	*at = *len = 99;
	return sdc_staff_in(st, words, at, len);
}

int
main(void)
{
	struct sdc_names *nm = sdc_names_new(NULL, 0);
	struct sdc_staff *st = sdc_staff_new(nm);
	size_t at, len;

	CHECK("none known: none found", in(st, "naveen gowda", &at, &len) == NULL);
	sdc_staff_add(st, "Naveen Gowda", 0);
	sdc_staff_add(st, "Naveen Gowda", 0);
	sdc_staff_add(st, "Cian O'Connor", 0);
	sdc_staff_add(st, "Julien", 0);
	sdc_staff_add(st, "  ", 0);
	CHECK_INT("repeats and blanks added once or not at all",
	    sdc_staff_count(st), 3);
	CHECK_STR("the whole name", in(st, "naveen gowda", &at, &len),
	    "Naveen Gowda");
	CHECK_INT("... from the start", at, 0);
	CHECK_INT("... all of it", len, 12);
	CHECK_STR("inside a typed name", in(st, "tridesk naveen gowda", &at,
	    &len), "Naveen Gowda");
	CHECK_INT("... where it begins", at, 8);
	CHECK_STR("apostrophe dropped as the words drop it",
	    in(st, "internal cian oconnor", &at, &len), "Cian O'Connor");
	CHECK("a word run, not a piece of a word",
	    in(st, "naveen gowdas", &at, &len) == NULL);
	CHECK("the words in another order are not the name",
	    in(st, "gowda naveen", &at, &len) == NULL);
	CHECK_STR("a one-word name alone", in(st, "julien", &at, &len),
	    "Julien");
	CHECK("... not inside a typed name",
	    in(st, "pc perso julien", &at, &len) == NULL);
	sdc_staff_add(st, "Julien", 1);
	CHECK_STR("... unless the config lists it",
	    in(st, "pc perso julien", &at, &len), "Julien");
	sdc_staff_add(st, "Kuntur Sistemas", 1);
	CHECK_STR("a company name listed",
	    in(st, "soporte kuntur sistemas", &at, &len), "Kuntur Sistemas");
	sdc_staff_free(st);
	sdc_names_free(nm);
	return check_done();
}
