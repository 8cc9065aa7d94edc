/* billing - layer 3 (services): what an hour of work costs (config
 * "billing"), shared by sdc-push-syncro (the plan, the timer's product) and
 * sdc-report (amounts per item, totals per customer).
 *
 * billing.rates is a list of rules; the first whose every given key
 * matches the work item wins, else billing.default_rate:
 *
 *	"rates": [{"customer_id": 18005432, "rate": 150, "product_id": 77},
 *	          {"customer": "Acme Inc", "category": "Hardware", "rate": 90},
 *	          {"source": "SillyTavern", "rate": 60}]
 *
 * Amounts are whole cents (int64), so totals add up exactly. */
#ifndef SDC_BILLING_H
#define SDC_BILLING_H

#include <stdint.h>
#include <json-c/json.h>

/* What is known of a work item when its rate is looked up. */
struct sdc_bill_item {
	long long customer_id;	/* -1: none */
	const char *customer_name;	/* NULL: none */
	json_object *sources;	/* array of source_system strings, or NULL */
	const char *category;	/* NULL: none */
};

struct sdc_rate {
	double rate;		/* per hour, in the currency; 0 = no rate */
	long long product_id;	/* Syncro labor product; -1 = none */
	int rule;		/* index in billing.rates; -1 = the default */
};

/* The rate of an item under the loaded config. */
void sdc_billing_rate(const struct sdc_bill_item *it, struct sdc_rate *out);

/* rate per hour times minutes, in cents, rounded half away from zero. */
int64_t sdc_billing_cents(double rate, long minutes);

/* "1234.50" (no currency); buf of at least 32 bytes. */
char *sdc_billing_fmt(int64_t cents, char *buf);

/* billing.currency, default "USD". */
const char *sdc_billing_currency(void);

/* Does the config have any rate at all (a default or a rule)? */
int sdc_billing_configured(void);

#endif
