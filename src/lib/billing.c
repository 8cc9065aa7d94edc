/* billing - rates and amounts.  See billing.h. */
#include "billing.h"
#include "config.h"
#include "jsonl.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* The number at key of rule (int or double), or def. */
static double
num(json_object *rule, const char *key, double def)
{
	return sdc_json_number(sdc_json_get(rule, key), def);
}

static int
has_source(json_object *sources, const char *want)
{
	size_t i, n = sources && json_object_is_type(sources,
	    json_type_array) ? json_object_array_length(sources) : 0;
	json_object *s;

	for (i = 0; i < n; i++) {
		s = json_object_array_get_idx(sources, i);
		if (json_object_is_type(s, json_type_string) &&
		    strcasecmp(json_object_get_string(s), want) == 0)
			return 1;
	}
	return 0;
}

/* Every key the rule gives must match; names compare without case. */
static int
rule_matches(json_object *rule, const struct sdc_bill_item *it)
{
	json_object *cid = sdc_json_get(rule, "customer_id");
	const char *cust = sdc_json_str(rule, "customer");
	const char *src = sdc_json_str(rule, "source");
	const char *cat = sdc_json_str(rule, "category");

	if (cid && (!json_object_is_type(cid, json_type_int) ||
	    json_object_get_int64(cid) != it->customer_id))
		return 0;
	if (cust && (!it->customer_name ||
	    strcasecmp(cust, it->customer_name) != 0))
		return 0;
	if (src && !has_source(it->sources, src))
		return 0;
	if (cat && (!it->category || strcasecmp(cat, it->category) != 0))
		return 0;
	return 1;
}

void
sdc_billing_rate(const struct sdc_bill_item *it, struct sdc_rate *out)
{
	json_object *rules = sdc_config_get("billing.rates"), *r;
	size_t i, n = rules && json_object_is_type(rules, json_type_array) ?
	    json_object_array_length(rules) : 0;

	for (i = 0; i < n; i++) {
		r = json_object_array_get_idx(rules, i);
		if (!json_object_is_type(r, json_type_object) ||
		    !rule_matches(r, it))
			continue;
		out->rate = num(r, "rate", 0);
		out->product_id = (long long)num(r, "product_id", -1);
		out->rule = (int)i;
		return;
	}
	out->rate = sdc_config_double("billing.default_rate", 0);
	out->product_id = sdc_config_long("billing.default_product_id", -1);
	out->rule = -1;
}

int64_t
sdc_billing_cents(double rate, long minutes)
{
	return (int64_t)llround(rate * 100.0 * (double)minutes / 60.0);
}

char *
sdc_billing_fmt(int64_t cents, char *buf)
{
	int64_t a = cents < 0 ? -cents : cents;

	snprintf(buf, 32, "%s%" PRId64 ".%02" PRId64, cents < 0 ? "-" : "",
	    a / 100, a % 100);
	return buf;
}

const char *
sdc_billing_currency(void)
{
	const char *c = sdc_config_str("billing.currency");

	return c && *c ? c : "USD";
}

int
sdc_billing_configured(void)
{
	return sdc_config_get("billing.default_rate") != NULL ||
	    sdc_config_get("billing.rates") != NULL;
}
