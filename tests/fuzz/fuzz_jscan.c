/* libFuzzer target: jscan (src/lib/jscan.c), the quick reader sdc-group and
 * sdc-merge use before json-c, against json-c itself.  jscan promises
 * (jscan.h) that when it answers 1 the line is a JSON object json-c's
 * strict parser takes and each wanted member is what json-c gives; so
 * here, whenever it answers 1, json-c parses the same line and every
 * member must agree in presence, type and (for strings) bytes; members
 * wanted whole (sub NULL) too, and the strings sdc_jscan_next_string
 * walks out of an array are json-c's elements. */
#include "jscan.h"
#include "jsonl.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int
same_kind(int kind, json_object *v)
{
	switch (kind) {
	case 's': return json_object_is_type(v, json_type_string);
	case 'n': return json_object_is_type(v, json_type_int) ||
	    json_object_is_type(v, json_type_double);
	case 'l': return !v || json_object_is_type(v, json_type_boolean);
	case 'a': return json_object_is_type(v, json_type_array);
	case 'o': return json_object_is_type(v, json_type_object);
	}
	return 0;
}

static void
check(const struct sdc_jscan_want *w, json_object *obj)
{
	json_object *top, *v = NULL;
	int found = json_object_object_get_ex(obj, w->key, &top);

	if (found && w->sub)
		found = json_object_is_type(top, json_type_object) &&
		    json_object_object_get_ex(top, w->sub, &v);
	else
		v = top;
	if (!found) {
		if (w->kind != 0)
			abort();	/* jscan saw a member json-c has not */
		return;
	}
	if (!same_kind(w->kind, v))
		abort();
	if (w->kind == 's' && ((size_t)json_object_get_string_len(v) != w->len ||
	    memcmp(json_object_get_string(v), w->s, w->len) != 0))
		abort();	/* a string that differs from json-c's */
}

/* The strings of array member w as json-c's elements, until the walk
 * ends (0: after the last one) or gives up (-1: the caller asks json-c). */
static void
check_strings(const struct sdc_jscan_want *w, json_object *obj)
{
	json_object *a = sdc_json_get(obj, w->key), *e;
	const char *p = w->s, *s;
	size_t n, i = 0;
	int rc;

	while ((rc = sdc_jscan_next_string(&p, w->s + w->len, &s, &n)) == 1) {
		e = json_object_array_get_idx(a, i++);
		if (!json_object_is_type(e, json_type_string)
		    || (size_t)json_object_get_string_len(e) != n
		    || memcmp(json_object_get_string(e), s, n) != 0)
			abort();
	}
	if (rc == 0 && i != json_object_array_length(a))
		abort();	/* the walk missed an element */
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sdc_jscan_want w[] = { { "meta", "session_id", NULL, 0, 0 },
	    { "meta", "source_system", NULL, 0, 0 }, { "context", "customer_name", NULL, 0, 0 },
	    { "insights", "session_start_time_utc", NULL, 0, 0 },
	    { "insights", "session_end_time_utc", NULL, 0, 0 },
	    { "context", "customer_id", NULL, 0, 0 }, { "context", "links", NULL, 0, 0 },
	    { "work_item_id", NULL, NULL, 0, 0 }, { "sources", NULL, NULL, 0, 0 },
	    { "insights", NULL, NULL, 0, 0 } };
	char *text = malloc(size + 1);
	json_object *obj;
	const char *why;
	int i;

	memcpy(text, data, size);
	text[size] = '\0';
	if (sdc_jscan(text, size, w, 10) == 1) {
		obj = sdc_json_parse(text, size, &why);
		if (!json_object_is_type(obj, json_type_object))
			abort();	/* jscan took a line json-c refuses */
		for (i = 0; i < 10; i++)
			check(&w[i], obj);
		if (w[8].kind == 'a')
			check_strings(&w[8], obj);
		json_object_put(obj);
	}
	free(text);
	return 0;
}
