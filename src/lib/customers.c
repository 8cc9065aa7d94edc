/* customers - the customer link cache: written from Syncro's lists, read
 * tolerant of both cache formats. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "customers.h"
#include "diag.h"
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
	ct = sdc_json_get(o, "assets");
	c->assets = ct && json_object_is_type(ct, json_type_array) ? ct : NULL;
	c->city = sdc_json_str(o, "city");
	c->district = sdc_json_str(o, "address_2");
	c->street = sdc_json_str(o, "address");
	c->region = sdc_json_str(o, "state");
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

/* --- writing the cache --- */

struct sdc_customers_cache {
	json_object *byid;	/* "id" -> entry, for contacts and assets */
	long n;
};

struct sdc_customers_cache *
sdc_customers_cache_new(void)
{
	struct sdc_customers_cache *c = sdc_xcalloc(1, sizeof *c);

	c->byid = json_object_new_object();
	return c;
}

static void
copy(json_object *to, const char *key, json_object *from)
{
	json_object *v = sdc_json_get(from, key);

	json_object_object_add(to, key, v ? json_object_get(v) : NULL);
}

/* An {id, name[, email]} entry into entry's list key, once per id. */
static void
add_item(json_object *entry, const char *key, json_object *item)
{
	json_object *list = sdc_json_get(entry, key), *o;
	long long id = id_of(item);
	size_t i;

	if (id < 0)
		return;
	for (i = 0; i < json_object_array_length(list); i++)
		if (id_of(json_object_array_get_idx(list, i)) == id)
			return;
	o = json_object_new_object();
	json_object_object_add(o, "id", json_object_new_int64(id));
	copy(o, "name", item);
	if (strcmp(key, "contacts") == 0)
		copy(o, "email", item);
	json_object_array_add(list, o);
}

/* "firstname lastname", either one alone, or NULL. */
static json_object *
person_name(json_object *cust)
{
	const char *f = sdc_json_str(cust, "firstname");
	const char *l = sdc_json_str(cust, "lastname");
	char buf[512];

	f = f && *f ? f : NULL;
	l = l && *l ? l : NULL;
	if (!f && !l)
		return NULL;
	snprintf(buf, sizeof buf, "%s%s%s", f ? f : "", f && l ? " " : "",
	    l ? l : "");
	return json_object_new_string(buf);
}

static void
keep_list(json_object *e, json_object *old, const char *key)
{
	json_object *v = old ? sdc_json_get(old, key) : NULL;

	json_object_object_add(e, key, v ? json_object_get(v) :
	    json_object_new_array());
}

void
sdc_customers_cache_customer(struct sdc_customers_cache *c, json_object *cust)
{
	char k[32];
	json_object *e, *old = NULL, *emb;
	long long id = id_of(cust);
	const char *b = sdc_json_str(cust, "business_name");
	size_t i;

	if (id < 0)
		return;
	snprintf(k, sizeof k, "%lld", id);
	e = json_object_new_object();
	json_object_object_add(e, "id", json_object_new_int64(id));
	json_object_object_add(e, "business_name", b && *b ?
	    json_object_new_string(b) : person_name(cust));
	copy(e, "firstname", cust);
	copy(e, "lastname", cust);
	copy(e, "email", cust);
	copy(e, "address", cust);	/* its street: a site typed */
	copy(e, "address_2", cust);	/* its part of town: a site typed */
	copy(e, "city", cust);	/* where it is: sdc-link reads typed towns */
	copy(e, "state", cust);
	copy(e, "zip", cust);
	if (!json_object_object_get_ex(c->byid, k, &old))
		c->n++;
	keep_list(e, old, "contacts");
	keep_list(e, old, "assets");
	json_object_object_add(c->byid, k, e);
	emb = sdc_json_get(cust, "contacts");
	for (i = 0; json_object_is_type(emb, json_type_array) &&
	    i < json_object_array_length(emb); i++)
		add_item(e, "contacts", json_object_array_get_idx(emb, i));
}

/* The entry of item's customer_id, or NULL. */
static json_object *
owner(struct sdc_customers_cache *c, json_object *item)
{
	json_object *v = sdc_json_get(item, "customer_id"), *e;
	char k[32];

	if (v == NULL || json_object_is_type(v, json_type_null))
		return NULL;
	snprintf(k, sizeof k, "%s", json_object_get_string(v));
	return json_object_object_get_ex(c->byid, k, &e) ? e : NULL;
}

int
sdc_customers_cache_contact(struct sdc_customers_cache *c, json_object *ct)
{
	json_object *e = owner(c, ct);

	if (e == NULL)
		return -1;
	add_item(e, "contacts", ct);
	return 0;
}

int
sdc_customers_cache_asset(struct sdc_customers_cache *c, json_object *asset)
{
	json_object *e = owner(c, asset);
	const char *name = sdc_json_str(asset, "name");

	if (e == NULL || name == NULL || *name == '\0')
		return -1;
	add_item(e, "assets", asset);
	return 0;
}

long
sdc_customers_cache_count(const struct sdc_customers_cache *c)
{
	return c->n;
}

static int
by_id(const void *a, const void *b)
{
	long long x = id_of(*(json_object *const *)a);
	long long y = id_of(*(json_object *const *)b);

	return (x > y) - (x < y);
}

void
sdc_customers_cache_write(struct sdc_customers_cache *c, FILE *fp)
{
	json_object **v = sdc_xcalloc((size_t)c->n + 1, sizeof *v);
	long n = 0, i;
	size_t len;

	json_object_object_foreach(c->byid, k, e) {
		(void)k;
		v[n++] = e;
	}
	qsort(v, (size_t)n, sizeof *v, by_id);
	fputs("[", fp);
	for (i = 0; i < n; i++) {
		json_object_array_sort(sdc_json_get(v[i], "contacts"), by_id);
		json_object_array_sort(sdc_json_get(v[i], "assets"), by_id);
		fprintf(fp, "%s\n%s", i ? "," : "", sdc_json_text(v[i], &len));
	}
	fputs(n ? "\n]\n" : "]\n", fp);
	free(v);
}

void
sdc_customers_cache_free(struct sdc_customers_cache *c)
{
	if (!c)
		return;
	json_object_put(c->byid);
	free(c);
}
