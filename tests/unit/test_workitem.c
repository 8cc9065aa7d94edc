/* Unit tests of workitem (interval union, rounding, project tags) and
 * intern (the string table sdc-group keeps a million ids in). */
#include <stdio.h>

#include "check.h"
#include "intern.h"
#include "workitem.h"

#define M SDC_MINUTE_MS

static void
test_union(void)
{
	struct sdc_span a[] = { { 0, 50 * M }, { 20 * M, 40 * M }, { 70 * M, 81 * M } };
	struct sdc_span touch[] = { { 0, 10 * M }, { 10 * M, 20 * M } };
	struct sdc_span zero[] = { { 0, 0 }, { 5 * M, 5 * M }, { 30 * M, 20 * M } };
	struct sdc_span inside[] = { { 0, 60 * M }, { 10 * M, 10 * M } };

	CHECK_INT("nested interval counted once", sdc_span_union(a, 3, 0), 61 * M);
	CHECK_INT("touching intervals join", sdc_span_union(touch, 2, 0), 20 * M);
	CHECK_INT("zero-length with no minimum", sdc_span_union(zero, 3, 0), 0);
	CHECK_INT("zero-length minimums overlap once", sdc_span_union(zero, 3, 10 * M),
	    15 * M + 10 * M);
	CHECK_INT("a note inside a session adds nothing",
	    sdc_span_union(inside, 2, 15 * M), 60 * M);
	CHECK_INT("empty", sdc_span_union(a, 0, 0), 0);
}

static void
test_round(void)
{
	CHECK_INT("61 min to 75", sdc_billable_minutes(61 * M, 15), 75);
	CHECK_INT("60 min stays 60", sdc_billable_minutes(60 * M, 15), 60);
	CHECK_INT("one second over rounds up", sdc_billable_minutes(60 * M + 1000, 15), 75);
	CHECK_INT("exact rounds down", sdc_billable_minutes(61 * M + 59000, 0), 61);
	CHECK_INT("zero is zero", sdc_billable_minutes(0, 15), 0);
	CHECK_INT("hourly", sdc_billable_minutes(1, 60), 60);
}

static void
test_project(void)
{
	CHECK("exact link", sdc_project_match("Firewall", "Firewall"));
	CHECK("Project: prefix", sdc_project_match("Project: Firewall", "Firewall"));
	CHECK("prefix any case", sdc_project_match("project:Firewall", "Firewall"));
	CHECK("no partial match", !sdc_project_match("Project: Firewall2", "Firewall"));
	CHECK("other link", !sdc_project_match("st_chat_id:1", "Firewall"));
}

static void
test_intern(void)
{
	struct sdc_intern *t = sdc_intern_new();
	char key[32];
	int added, ok = 1;
	uint32_t i;

	CHECK_INT("first is 0", sdc_intern(t, "a"), 0);
	CHECK_INT("second is 1", sdc_intern_n(t, "bcd", 2, &added), 1);
	CHECK("new string added", added);
	CHECK_INT("same string, same index", sdc_intern_n(t, "a", 1, &added), 0);
	CHECK("old string not added", !added);
	CHECK_STR("length-limited copy", sdc_intern_str(t, 1), "bc");
	CHECK_INT("prefix is not the string", sdc_intern_find(t, "b"), SDC_INTERN_NONE);
	for (i = 0; i < 100000; i++) {
		snprintf(key, sizeof(key), "session-%u", i);
		ok &= sdc_intern(t, key) == i + 2;
	}
	for (i = 0; i < 100000; i += 997) {
		snprintf(key, sizeof(key), "session-%u", i);
		ok &= sdc_intern_find(t, key) == i + 2 &&
		    strcmp(sdc_intern_str(t, i + 2), key) == 0;
	}
	CHECK("100000 strings keep their indexes through growth", ok);
	CHECK_INT("count", sdc_intern_count(t), 100002);
	sdc_intern_free(t);
}

int
main(void)
{
	test_union();
	test_round();
	test_project();
	test_intern();
	return check_done();
}
