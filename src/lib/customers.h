/* customers - layer 2 (records): the customer list sdc-link matches names
 * against: the link cache of "sdc-fetch-syncro customers" or the original
 * tool's lean cache, both a JSON array of {id, business_name, contacts:
 * [{id, name}]} (also accepted wrapped as {"customers": [...]}).
 *
 *	json_object *list = sdc_customers_list(doc);
 *	for (i = 0; list && i < json_object_array_length(list); i++)
 *		if (sdc_customer_get(list, i, &c) == 0) ...
 */
#ifndef SDC_CUSTOMERS_H
#define SDC_CUSTOMERS_H

#include <stddef.h>
#include <json-c/json.h>

struct sdc_customer {
	long long id;
	const char *name;	/* business_name, never empty */
	json_object *contacts;	/* array or NULL */
};

/* The array of customers in doc, or NULL when it holds none. */
json_object *sdc_customers_list(json_object *doc);

/* Entry i; -1 when it is no object or lacks an id or a business_name. */
int sdc_customer_get(json_object *list, size_t i, struct sdc_customer *c);

/* A contact's id and name ("name", else "firstname lastname", which is
 * then stored as "name"); -1 when it lacks either. */
int sdc_contact_get(json_object *contact, long long *id, const char **name);

#endif
