/* Unit tests of billing (rates, cents) and of sdc-push-syncro's marker,
 * the one thing that keeps a timer from being posted twice. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "billing.h"
#include "check.h"
#include "config.h"
#include "push.h"

static void
test_cents(void)
{
	char buf[32];

	CHECK_INT("120/h x 75 min", sdc_billing_cents(120, 75), 15000);
	CHECK_INT("95.5/h x 75 min rounds half up", sdc_billing_cents(95.5,
	    75), 11938);
	CHECK_INT("no rate, no amount", sdc_billing_cents(0, 600), 0);
	CHECK_STR("cents shown", sdc_billing_fmt(11938, buf), "119.38");
	CHECK_STR("small", sdc_billing_fmt(5, buf), "0.05");
	CHECK_STR("negative", sdc_billing_fmt(-250, buf), "-2.50");
}

static void
test_rules(void)
{
	char path[64];
	FILE *fp;
	json_object *src = json_object_new_array();
	struct sdc_bill_item it = { 7, "Acme Inc", src, "Hardware" };
	struct sdc_rate r;

	snprintf(path, sizeof path, "/tmp/sdc-billing-%d.json", (int)getpid());
	if ((fp = fopen(path, "w")) == NULL)
		abort();
	fputs("{\"billing\": {\"default_rate\": 100, \"default_product_id\": 9,"
	    " \"currency\": \"EUR\", \"rates\": ["
	    "{\"customer_id\": 8, \"rate\": 1},"
	    "{\"customer\": \"ACME INC\", \"category\": \"hardware\", "
	    "\"rate\": 150, \"product_id\": 3},"
	    "{\"source\": \"SillyTavern\", \"rate\": 60}]}}", fp);
	fclose(fp);
	sdc_config_load(path);
	json_object_array_add(src, json_object_new_string("SillyTavern"));
	sdc_billing_rate(&it, &r);
	CHECK("name and category match without case", r.rate == 150 &&
	    r.product_id == 3 && r.rule == 1);
	it.category = NULL;
	sdc_billing_rate(&it, &r);
	CHECK("then the source rule", r.rate == 60 && r.product_id == -1 &&
	    r.rule == 2);
	it.sources = NULL;
	sdc_billing_rate(&it, &r);
	CHECK("else the default", r.rate == 100 && r.product_id == 9 &&
	    r.rule == -1);
	CHECK_STR("currency", sdc_billing_currency(), "EUR");
	sdc_config_free();
	json_object_put(src);
	remove(path);
}

static void
test_marker(void)
{
	char wid[40], *n = push_notes("Printer; a [sdc:not-a-uuid] quote",
	    "20c74a67-a9f6-5cc0-a244-7c343b988055");

	CHECK_STR("notes end with the marker", n, "Printer; a [sdc:not-a-uuid] "
	    "quote [sdc:20c74a67-a9f6-5cc0-a244-7c343b988055]");
	CHECK("the last marker is read", push_marker(n, wid) == 0);
	CHECK_STR("its id", wid, "20c74a67-a9f6-5cc0-a244-7c343b988055");
	CHECK("no marker", push_marker("API Timer", wid) < 0);
	CHECK("a cut marker", push_marker("x [sdc:20c74a67-a9f6", wid) < 0);
	CHECK("null notes", push_marker(NULL, wid) < 0);
	free(n);
}

int
main(void)
{
	test_cents();
	test_rules();
	test_marker();
	return check_done();
}
