/* Unit tests of qrec.c (src/llm): a line it reads is one json-c writes
 * back to the byte, its strings are json-c's, and its edits give what
 * json-c's give; checked on 40,000 random mutations of a session line. */
#include "check.h"
#include "jsonl.h"
#include "jsonw.h"
#include "qrec.h"

#include <stdlib.h>
#include <string.h>

static const char session[] =
    "{\"meta\":{\"session_id\":\"c5d5\",\"processing_status\":\"Linked\","
    "\"processing_log\":[\"sdc-link/0.1.0 guessed=\\\"Coastal \\u001f\\\"\",\"x\\ty\"]},"
    "\"context\":{\"customer_id\":1338,\"links\":[],\"x\":[1.5e3,-0.5,true,false,null,{}]},"
    "\"insights\":{\"session_start_time_utc\":\"2024-01-01T08:35:00Z\",\"n\":90,"
    "\"llm_generated_title\":null,\"generated_summaries\":{}},"
    "\"segments\":[{\"content\":\"Printer \\\"jam\\\"\\n\\\\ caf\xc3\xa9\"},7,"
    "{\"metadata\":{\"session_id\":\"inner\",\"k\":[{\"a\":1}]}}]}";

static struct llm_qrec q;

static int
read_s(const char *s)
{
	return llm_qrec_read(&q, s, strlen(s));
}

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

static int
mutations(int *yes)
{
	static const char bytes[] = "{}[]\",:\\ 0-.eE1tfnu\x01\t/ab";
	char s[sizeof(session) + 8];
	json_object *o;
	const char *why;
	size_t len, at;
	int i, k, bad = 0;

	srand(23);
	for (i = 0; i < 40000; i++) {
		memcpy(s, session, sizeof(session));
		len = sizeof(session) - 1;
		for (k = 1 + rand() % 2; k > 0; k--) {
			at = (size_t)rand() % len;
			switch (rand() % 3) {
			case 0: s[at] = bytes[rand() % (sizeof(bytes) - 1)]; break;
			case 1: memmove(s + at + 1, s + at, len - at); len++;
				s[at] = bytes[rand() % (sizeof(bytes) - 1)]; break;
			default: memmove(s + at, s + at + 1, len - at - 1); len--; break;
			}
		}
		s[len] = '\0';
		if (!llm_qrec_read(&q, s, len))
			continue;
		++*yes;
		o = sdc_json_parse(s, len, &why);
		if (!o || !same_text(o, s, len) || !same_strings(o) || !same_edits(o))
			bad++;
		json_object_put(o);
	}
	return bad;
}

int
main(void)
{
	int yes = 0, m, l, segs, i;

	CHECK_INT("a session line", read_s(session), 1);
	m = llm_qrec_find(&q, -1, "meta");
	CHECK_STR("  ...meta.processing_status", llm_qrec_str(&q, llm_qrec_find(&q, m,
	    "processing_status")), "Linked");
	l = llm_qrec_find(&q, m, "processing_log");
	i = llm_qrec_first(&q, l);
	CHECK_STR("  ...the first log entry, decoded", llm_qrec_str(&q, i),
	    "sdc-link/0.1.0 guessed=\"Coastal \x1f\"");
	CHECK_STR("  ...the second", llm_qrec_str(&q, llm_qrec_next(&q, l, i)), "x\ty");
	CHECK_INT("  ...and no third", llm_qrec_next(&q, l, llm_qrec_next(&q, l, i)), -1);
	segs = llm_qrec_find(&q, -1, "segments");
	i = llm_qrec_first(&q, segs);
	CHECK_STR("  ...a segment's content", llm_qrec_str(&q, llm_qrec_find(&q, i, "content")),
	    "Printer \"jam\"\n\\ caf\xc3\xa9");
	i = llm_qrec_next(&q, segs, i);
	CHECK("  ...an element that is no object has no content",
	    q.it[i].kind == 'n' && llm_qrec_find(&q, i, "content") < 0);
	CHECK_INT("  ...a number is no string", llm_qrec_str(&q, llm_qrec_find(&q,
	    llm_qrec_find(&q, -1, "context"), "customer_id")) == NULL, 1);
	CHECK_INT("json-c writes \"/\" unescaped", read_s("{\"a\":\"\\/\"}"), 0);
	CHECK_INT("...and \\u00e9 as the character", read_s("{\"a\":\"\\u00e9\"}"), 0);
	CHECK_INT("...and \\u001F in lower case", read_s("{\"a\":\"\\u001F\"}"), 0);
	CHECK_INT("...and \\n as \\n", read_s("{\"a\":\"\\u000a\"}"), 0);
	CHECK_INT("...and a backspace as \\b", read_s("{\"a\":\"\\u0008\"}"), 0);
	CHECK_INT("...and -0 as 0", read_s("{\"a\":-0}"), 0);
	CHECK_INT("...but -0.0 as it is", read_s("{\"a\":-0.0}"), 1);
	CHECK_INT("...and a key once", read_s("{\"a\":1,\"a\":2}"), 0);
	CHECK_INT("...and no blank", read_s("{\"a\": 1}"), 0);
	CHECK_INT("an array is no record", read_s("[1]"), 0);
	CHECK_INT("an empty object is one", read_s("{}"), 1);
	CHECK_INT("invalid UTF-8", read_s("{\"a\":\"\xff\"}"), 0);
	CHECK_INT("40,000 mutated lines: every yes is json-c's own text, edits "
	    "included", mutations(&yes), 0);
	CHECK("  ...and some yeses among them", yes > 1000);
	llm_qrec_free(&q);
	return check_done();
}
