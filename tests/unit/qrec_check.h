/* qrec_check.h - what test_qrec and fuzz_qrec check of a line qrec read
 * (src/llm/qrec.h): json-c writes the same text for it, its strings are
 * json-c's, and sdc-llm's edits give what json-c's give.  Each check is 1
 * when they agree. */
#ifndef QREC_CHECK_H
#define QREC_CHECK_H

#include "jsonl.h"
#include "qrec.h"

#include <string.h>

static struct llm_qrec q;	/* the line read */

/* json-c's compact text of o. */
static int
same_text(json_object *o, const char *s, size_t len)
{
	size_t n;
	const char *t = sdc_json_text(o, &n);

	return n == len && memcmp(t, s, n) == 0;
}

/* Item i's value in json-c's tree. */
static json_object *
item_obj(json_object *top, int i)
{
	int p = q.it[i].parent, k, n = 0;
	json_object *o = p < 0 ? top : item_obj(top, p);
	char key[256];

	if (q.it[i].key) {
		if (q.it[i].klen >= sizeof(key))
			return NULL;
		memcpy(key, q.it[i].key, q.it[i].klen);
		key[q.it[i].klen] = '\0';
		return strchr(key, '\\') ? NULL : sdc_json_get(o, key);
	}
	for (k = llm_qrec_first(&q, p); k >= 0 && k != i; k = llm_qrec_next(&q, p, k))
		n++;
	return json_object_is_type(o, json_type_array) ?
	    json_object_array_get_idx(o, (size_t)n) : NULL;
}

/* Every indexed string of q as json-c gives it (a C string). */
static int
same_strings(json_object *top)
{
	json_object *o;
	size_t i;

	for (i = 0; i < q.n; i++) {
		if (q.it[i].kind != 's')
			continue;
		o = item_obj(top, (int)i);
		if (o && (!json_object_is_type(o, json_type_string) ||
		    strcmp(json_object_get_string(o), llm_qrec_str(&q, (int)i)) != 0))
			return 0;
	}
	return 1;
}

/* The edits sdc-llm makes, both ways; 1 when the texts agree. */
static int
same_edits(json_object *o)
{
	static struct sdc_buf b = SDC_BUF_INIT;
	json_object *meta = sdc_json_get(o, "meta"), *ins = sdc_json_get(o, "insights"), *log, *gs;
	int m = llm_qrec_find(&q, -1, "meta"), i = llm_qrec_find(&q, -1, "insights"), g, l;

	if (m < 0 || i < 0 || q.it[m].kind != 'o' || q.it[i].kind != 'o')
		return 1;
	llm_qrec_set(&q, i, "llm_generated_title", "\"T \\\"x\\\"\"");
	json_object_object_add(ins, "llm_generated_title", json_object_new_string("T \"x\""));
	g = llm_qrec_find(&q, i, "generated_summaries");
	gs = sdc_json_get(ins, "generated_summaries");
	if (g >= 0 && q.it[g].kind == 'o') {
		llm_qrec_set(&q, g, "default", "\"S\"");
		json_object_object_add(gs, "default", json_object_new_string("S"));
	}
	l = llm_qrec_find(&q, m, "processing_log");
	log = sdc_json_get(meta, "processing_log");
	if (l >= 0 && q.it[l].kind == 'a') {
		llm_qrec_append(&q, l, "\"sdc-llm:title\"");
		json_object_array_add(log, json_object_new_string("sdc-llm:title"));
	}
	llm_qrec_set(&q, i, "llm_generated_category", "\"Other\"");
	json_object_object_add(ins, "llm_generated_category", json_object_new_string("Other"));
	llm_qrec_set(&q, m, "last_updated_timestamp_utc", "\"now\"");
	json_object_object_add(meta, "last_updated_timestamp_utc", json_object_new_string("now"));
	sdc_buf_reset(&b);
	llm_qrec_render(&q, &b);
	return same_text(o, b.p, b.len);
}

/* All three, for a line q read: 1 when json-c agrees. */
static int
qrec_agrees(const char *s, size_t len)
{
	const char *why;
	json_object *o = sdc_json_parse(s, len, &why);
	int ok = o && same_text(o, s, len) && same_strings(o) && same_edits(o);

	json_object_put(o);
	return ok;
}

#endif
