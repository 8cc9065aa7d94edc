/* customers - layer 2 (records): the customer link cache, written and
 * read here only: "sdc-fetch-syncro customers" writes it, sdc-link and
 * sdc-review read it.  A JSON array, one customer per line, sorted by id:
 *
 *	{"id", "business_name", "firstname", "lastname", "email",
 *	 "address", "address_2", "city", "state", "zip",
 *	 "contacts": [{"id", "name", "email"}], "assets": [{"id", "name"}]}
 *
 * The original tool's lean cache ({id, business_name, contacts}, also
 * wrapped as {"customers": [...]}) reads too.
 *
 *	json_object *list = sdc_customers_list(doc);
 *	for (i = 0; list && i < json_object_array_length(list); i++)
 *		if (sdc_customer_get(list, i, &c) == 0) ...
 */
#ifndef SDC_CUSTOMERS_H
#define SDC_CUSTOMERS_H

#include <stddef.h>
#include <stdio.h>
#include <json-c/json.h>

struct sdc_customer {
	long long id;
	const char *name;	/* business_name, never empty */
	json_object *contacts;	/* array or NULL */
	json_object *assets;	/* array or NULL: machines, by "name" */
	const char *city;	/* the town it is in (Syncro's "city"), or
				 * NULL */
	const char *district;	/* its part of town, or suite (Syncro's
				 * "address_2"), or NULL */
	const char *street;	/* its street address (Syncro's "address"),
				 * or NULL */
	const char *region;	/* its state, province or island (Syncro's
				 * "state"), or NULL */
};

/* The array of customers in doc, or NULL when it holds none. */
json_object *sdc_customers_list(json_object *doc);

/* Entry i; -1 when it is no object or lacks an id or a business_name. */
int sdc_customer_get(json_object *list, size_t i, struct sdc_customer *c);

/* A contact's id and name ("name", else "firstname lastname", which is
 * then stored as "name"); -1 when it lacks either. */
int sdc_contact_get(json_object *contact, long long *id, const char **name);

/* Writing the cache from Syncro's customers, contacts and assets. */
struct sdc_customers_cache;
struct sdc_customers_cache *sdc_customers_cache_new(void);
/* Add a customer (its embedded "contacts" too); a repeated id replaces
 * the names but keeps the contacts and assets gathered so far. */
void sdc_customers_cache_customer(struct sdc_customers_cache *c,
    json_object *cust);
/* Add a contact (or an asset) to its customer_id's entry; 0, or -1 when
 * it has no customer_id or that customer is unknown. */
int sdc_customers_cache_contact(struct sdc_customers_cache *c,
    json_object *contact);
int sdc_customers_cache_asset(struct sdc_customers_cache *c,
    json_object *asset);
long sdc_customers_cache_count(const struct sdc_customers_cache *c);
/* The cache as one JSON array, one customer per line. */
void sdc_customers_cache_write(struct sdc_customers_cache *c, FILE *fp);
void sdc_customers_cache_free(struct sdc_customers_cache *c);

#endif
