/* customers - reading the customer list, tolerant of both cache formats. */
#include <stdio.h>

#include "customers.h"
#include "jsonl.h"

/* An id: a JSON integer, or a string of digits (some exports quote
 * them); -1 otherwise. */
static long long
id_of(json_object *o)
{
	json_object *v = sdc_json_get(o, "id");
	long long id;
	char end;

	if (v && json_object_is_type(v, json_type_int))
		return json_object_get_int64(v) >= 0 ?
		    json_object_get_int64(v) : -1;
	if (v && json_object_is_type(v, json_type_string) &&
	    sscanf(json_object_get_string(v), "%lld%c", &id, &end) == 1 &&
	    id >= 0)
		return id;
	return -1;
}

json_object *
sdc_customers_list(json_object *doc)
{
	if (doc && json_object_is_type(doc, json_type_object))
		doc = sdc_json_get(doc, "customers");
	return doc && json_object_is_type(doc, json_type_array) ? doc : NULL;
}

int
sdc_customer_get(json_object *list, size_t i, struct sdc_customer *c)
{
	json_object *o = json_object_array_get_idx(list, i), *ct;

	if (!json_object_is_type(o, json_type_object))
		return -1;
	c->id = id_of(o);
	c->name = sdc_json_str(o, "business_name");
	ct = sdc_json_get(o, "contacts");
	c->contacts = ct && json_object_is_type(ct, json_type_array) ? ct : NULL;
	return c->id >= 0 && c->name && *c->name ? 0 : -1;
}

int
sdc_contact_get(json_object *ct, long long *id, const char **name)
{
	const char *f, *l;
	char buf[512];

	if (!json_object_is_type(ct, json_type_object) || (*id = id_of(ct)) < 0)
		return -1;
	*name = sdc_json_str(ct, "name");
	if (*name && **name)
		return 0;
	f = sdc_json_str(ct, "firstname");
	l = sdc_json_str(ct, "lastname");
	if ((!f || !*f) && (!l || !*l))
		return -1;
	snprintf(buf, sizeof(buf), "%s%s%s", f ? f : "", f && *f && l && *l ?
	    " " : "", l ? l : "");
	json_object_object_add(ct, "name", json_object_new_string(buf));
	*name = sdc_json_str(ct, "name");
	return 0;
}
