/* Unit tests of customers.c: both cache formats, odd entries. */
#include "check.h"
#include "customers.h"
#include "jsonl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static json_object *
parse(const char *s)
{
	const char *why;

	return sdc_json_parse(s, strlen(s), &why);
}

static void
test_cache(void)
{
	struct sdc_customers_cache *c = sdc_customers_cache_new();
	json_object *o;
	char *text = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&text, &len);

	o = json_tokener_parse("{\"id\":2,\"business_name\":\"\",\"firstname\":"
	    "\"Ann\",\"lastname\":null,\"contacts\":[{\"id\":7,\"name\":\"Z\"}]}");
	sdc_customers_cache_customer(c, o);
	json_object_put(o);
	o = json_tokener_parse("{\"id\":1,\"business_name\":\"B\","
	    "\"address\":\"1 Main Rd\",\"city\":\"East London\",\"state\":"
	    "\"EC\",\"zip\":\"5201\"}");
	sdc_customers_cache_customer(c, o);
	json_object_put(o);
	o = json_tokener_parse("{\"id\":6,\"name\":\"Y\",\"customer_id\":2}");
	CHECK_INT("contact of a known customer", sdc_customers_cache_contact(c, o),
	    0);
	json_object_put(o);
	o = json_tokener_parse("{\"id\":8,\"customer_id\":99}");
	CHECK_INT("contact of an unknown one", sdc_customers_cache_contact(c, o),
	    -1);
	json_object_put(o);
	o = json_tokener_parse("{\"id\":5,\"name\":\"WKSTN-02\",\"customer_id\":1}");
	CHECK_INT("asset of a known customer", sdc_customers_cache_asset(c, o),
	    0);
	json_object_put(o);
	o = json_tokener_parse("{\"id\":9,\"name\":\"\",\"customer_id\":1}");
	CHECK_INT("asset without a name", sdc_customers_cache_asset(c, o), -1);
	json_object_put(o);
	CHECK_INT("two customers", sdc_customers_cache_count(c), 2);
	sdc_customers_cache_write(c, fp);
	fclose(fp);
	CHECK_STR("sorted, first name alone as business_name, contacts sorted, "
	    "the town and street kept",
	    text, "[\n{\"id\":1,\"business_name\":\"B\",\"firstname\":null,"
	    "\"lastname\":null,\"email\":null,\"address\":\"1 Main Rd\","
	    "\"address_2\":null,\"city\":\"East London\","
	    "\"state\":\"EC\",\"zip\":\"5201\",\"contacts\":[],\"assets\":[{\"id\":5,"
	    "\"name\":\"WKSTN-02\"}]},\n{\"id\":2,"
	    "\"business_name\":\"Ann\",\"firstname\":\"Ann\",\"lastname\":null,"
	    "\"email\":null,\"address\":null,\"address_2\":null,"
	    "\"city\":null,\"state\":null,"
	    "\"zip\":null,"
	    "\"contacts\":[{\"id\":6,\"name\":\"Y\",\"email\":"
	    "null},{\"id\":7,\"name\":\"Z\",\"email\":null}],\"assets\":[]}\n]\n");
	free(text);
	sdc_customers_cache_free(c);
}

int
main(void)
{
	json_object *doc = parse("[{\"id\":1,\"business_name\":\"Acme\","
	    "\"contacts\":[{\"id\":11,\"name\":\"Jane Roe\"},"
	    "{\"id\":\"12\",\"firstname\":\"Liam\",\"lastname\":\"Sterling\"},"
	    "{\"id\":13},{\"name\":\"No Id\"}]},"
	    "{\"id\":\"2\",\"business_name\":\"Beta\"},"
	    "{\"id\":3,\"business_name\":\"\"},{\"business_name\":\"No Id\"},"
	    "{\"id\":-4,\"business_name\":\"Negative\"},7]");
	json_object *list = sdc_customers_list(doc), *wrapped;
	struct sdc_customer c;
	long long id;
	const char *name;

	CHECK("an array is a list", list != NULL);
	CHECK_INT("customer 0", sdc_customer_get(list, 0, &c), 0);
	CHECK_INT("its id", c.id, 1);
	CHECK_STR("its name", c.name, "Acme");
	CHECK("its contacts", c.contacts != NULL);
	CHECK_INT("contact 0", sdc_contact_get(json_object_array_get_idx(
	    c.contacts, 0), &id, &name), 0);
	CHECK_STR("contact name", name, "Jane Roe");
	CHECK_INT("contact from first and last name", sdc_contact_get(
	    json_object_array_get_idx(c.contacts, 1), &id, &name), 0);
	CHECK_STR("joined", name, "Liam Sterling");
	CHECK_INT("a quoted id", id, 12);
	CHECK_INT("a contact without a name", sdc_contact_get(
	    json_object_array_get_idx(c.contacts, 2), &id, &name), -1);
	CHECK_INT("a contact without an id", sdc_contact_get(
	    json_object_array_get_idx(c.contacts, 3), &id, &name), -1);
	CHECK_INT("a quoted customer id", sdc_customer_get(list, 1, &c), 0);
	CHECK_INT("... read", c.id, 2);
	CHECK("no contacts key", c.contacts == NULL);
	CHECK_INT("an empty name", sdc_customer_get(list, 2, &c), -1);
	CHECK_INT("no id", sdc_customer_get(list, 3, &c), -1);
	CHECK_INT("a negative id", sdc_customer_get(list, 4, &c), -1);
	CHECK_INT("not an object", sdc_customer_get(list, 5, &c), -1);
	json_object_put(doc);

	doc = parse("{\"customers\":[{\"id\":5,\"business_name\":\"W\"}]}");
	wrapped = sdc_customers_list(doc);
	CHECK("{\"customers\": [...]} is a list", wrapped != NULL &&
	    sdc_customer_get(wrapped, 0, &c) == 0 && c.id == 5);
	json_object_put(doc);
	doc = parse("{\"tickets\":[]}");
	CHECK("anything else is not", sdc_customers_list(doc) == NULL);
	json_object_put(doc);
	test_cache();
	return check_done();
}
