/* Unit tests of sdc-link's learnt history as fingerprints (hist.h): the
 * same answers as the owners table it replaced, and the keys a run
 * learnt or changed given back for the memory file. */
#include "check.h"
#include "hist.h"
#include "owners.h"

#include <stdio.h>

/* Many keys: each found with its owner, none that was not added. */
static void
many(void)
{
	struct sdc_hist *h = sdc_hist_new();
	char k[64];
	long i, bad = 0;

	for (i = 0; i < 50000; i++) {
		snprintf(k, sizeof(k), "session:%08lx-%ld", i * 2654435761UL, i);
		sdc_hist_add(h, k, i % 1000);
	}
	for (i = 0; i < 50000; i++) {
		snprintf(k, sizeof(k), "session:%08lx-%ld", i * 2654435761UL, i);
		bad += sdc_hist_one(h, k) != i % 1000;
		snprintf(k, sizeof(k), "session:%08lx-%ld", i * 2654435761UL, i + 1);
		bad += i < 49999 && sdc_hist_one(h, k) != SDC_OWNER_NONE;
	}
	CHECK_INT("50,000 keys, each with its owner", bad, 0);
	sdc_hist_free(h);
}

int
main(void)
{
	struct sdc_hist *h = sdc_hist_new();
	struct sdc_buf key = SDC_BUF_INIT;
	long owner;

	CHECK_INT("empty", sdc_hist_one(h, "machine:A"), SDC_OWNER_NONE);
	sdc_hist_add(h, " Machine:WKSTN-02 ", 3);
	sdc_hist_add(h, "machine:shared", 1);
	sdc_hist_add(h, "session:x", 4);
	sdc_hist_add(h, "  ", 5);
	CHECK_INT("folded: case and blanks", sdc_hist_one(h, "machine:wkstn-02"), 3);
	sdc_hist_loaded(h, 1);
	sdc_hist_add(h, "machine:shared", 2);
	sdc_hist_add(h, "machine:shared", 2);
	CHECK_INT("a second owner: several", sdc_hist_one(h, "machine:SHARED"),
	    SDC_OWNER_MANY);
	sdc_hist_add(h, "session:x", 4);
	CHECK_INT("the same owner again changes nothing", sdc_hist_changed(h), 1);
	sdc_hist_add(h, "chat:New", 7);
	sdc_hist_add(h, "machine:many", SDC_OWNER_MANY);
	sdc_hist_add(h, "machine:many", 2);
	sdc_hist_add(h, "chat:new", 8);
	CHECK_INT("a blank key is none", sdc_hist_one(h, ""), SDC_OWNER_NONE);
	CHECK_INT("new keys", sdc_hist_new_keys(h), 2);
	CHECK("a loaded key unchanged is not given",
	    !sdc_hist_take_changed(h, "session:x", &owner));
	CHECK("a changed one is", sdc_hist_take_changed(h, "machine:shared", &owner)
	    && owner == SDC_OWNER_MANY);
	CHECK("once", !sdc_hist_take_changed(h, "machine:shared", &owner));
	CHECK("the new keys in order", sdc_hist_next_new(h, &key, &owner) &&
	    strcmp(key.p, "chat:new") == 0 && owner == SDC_OWNER_MANY);
	CHECK("then", sdc_hist_next_new(h, &key, &owner) &&
	    strcmp(key.p, "machine:many") == 0 && owner == SDC_OWNER_MANY);
	CHECK("and no more", !sdc_hist_next_new(h, &key, &owner));
	sdc_buf_free(&key);
	sdc_hist_free(h);
	many();
	return check_done();
}
