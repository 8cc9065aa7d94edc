/* Unit tests of jscan.c: wanted members as json-c gives them, and never a
 * "yes" (1) for a line json-c's strict parser refuses or reads otherwise:
 * checked on 30,000 random mutations of a session line. */
#include "check.h"
#include "jscan.h"
#include "jsonl.h"

#include <stdlib.h>
#include <string.h>

static const char session[] =
    "{\"meta\":{\"session_id\":\"c5d5aa5e-4300-585a-b83f-5ee62ec94466\",\"schema_version\":\"2.0\","
    "\"processing_log\":[\"sdc-link/0.1.0 guessed=\\\"Coastal \\u00e9\\\"\"]},"
    "\"context\":{\"customer_id\":1338,\"links\":[],\"x\":[1.5e3,-0,true,false,null,{}]},"
    "\"insights\":{\"session_start_time_utc\":\"2024-01-01T08:35:00Z\",\"n\":90},"
    "\"segments\":[{\"metadata\":{\"session_id\":\"inner\"}}]}";

static struct sdc_jscan_want want[4];

static int
scan(const char *s, size_t len)
{
	want[0] = (struct sdc_jscan_want){ "meta", "session_id", NULL, 0, 0 };
	want[1] = (struct sdc_jscan_want){ "insights", "session_start_time_utc", NULL, 0, 0 };
	want[2] = (struct sdc_jscan_want){ "context", "customer_id", NULL, 0, 0 };
	want[3] = (struct sdc_jscan_want){ "context", "links", NULL, 0, 0 };
	return sdc_jscan(s, len, want, 4);
}

static struct sdc_jscan_want tw[5];

/* Top-level members wanted whole, beside one looked into. */
static int
whole(const char *s)
{
	tw[0] = (struct sdc_jscan_want){ "id", NULL, NULL, 0, 0 };
	tw[1] = (struct sdc_jscan_want){ "a", NULL, NULL, 0, 0 };
	tw[2] = (struct sdc_jscan_want){ "o", NULL, NULL, 0, 0 };
	tw[3] = (struct sdc_jscan_want){ "o", "k", NULL, 0, 0 };
	tw[4] = (struct sdc_jscan_want){ "s", NULL, NULL, 0, 0 };
	return sdc_jscan(s, strlen(s), tw, 5);
}

/* The strings sdc_jscan_next_string gives, "|"-joined (each followed by
 * "|"), must be want; 1 when they are, and the walk ends as it should
 * (0 after a whole array, -1 at a value that is not a plain string). */
static int
strings(const char *a, const char *want)
{
	char got[64] = "";
	const char *p = a, *s;
	size_t n, at = 0;
	int rc;

	while ((rc = sdc_jscan_next_string(&p, a + strlen(a), &s, &n)) == 1 && at + n + 2 < sizeof(got)) {
		memcpy(got + at, s, n);
		at += n;
		got[at++] = '|';
		got[at] = '\0';
	}
	return strcmp(got, want) == 0 && rc == (strchr(a, '1') || strstr(a, "[[")
	    || strchr(a, '\\') ? -1 : 0);
}

/* The number as json-c reads an integer: 1 when both agree. */
static int
same_int(json_object *o, const struct sdc_jscan_want *w)
{
	json_object *v = sdc_json_get(sdc_json_get(o, w->key), w->sub);
	int is_int = w->kind == 'n' && !memchr(w->s, '.', w->len) && !memchr(w->s, 'e', w->len)
	    && !memchr(w->s, 'E', w->len);

	if (!v || !json_object_is_type(v, json_type_int))
		return !is_int;
	return is_int && json_object_get_int64(v) == strtoll(w->s, NULL, 10);
}

static int
scan_s(const char *s)
{
	return scan(s, strlen(s));
}

static int
is(const struct sdc_jscan_want *w, const char *text)
{
	return text ? w->kind == 's' && w->len == strlen(text) && memcmp(w->s, text, w->len) == 0
	    : w->kind != 's';
}

/* What json-c gives for a wanted member: its string, or NULL. */
static const char *
json_c(json_object *o, const struct sdc_jscan_want *w)
{
	return sdc_json_str(sdc_json_get(o, w->key), w->sub);
}

/* One or two bytes of line (len bytes) replaced by, or inserted as, one
 * of bytes, or deleted, into s (room for len + 2): the new length. */
static size_t
mutate(char *s, const char *line, size_t len, const char *bytes)
{
	size_t at, nb = strlen(bytes);
	int k;

	memcpy(s, line, len + 1);
	for (k = 1 + rand() % 2; k > 0; k--) {
		at = (size_t)rand() % len;
		switch (rand() % 3) {
		case 0: s[at] = bytes[(size_t)rand() % nb]; break;
		case 1: memmove(s + at + 1, s + at, len - at); len++;
			s[at] = bytes[(size_t)rand() % nb]; break;
		default: memmove(s + at, s + at + 1, len - at - 1); len--; break;
		}
	}
	return len;
}

/* Mutations: a byte replaced by, or inserted as, one that matters in
 * JSON, or deleted.  Returns the lines jscan said yes to that json-c
 * refused or read otherwise (must be 0); *yes counts the yeses. */
static int
mutations(int *yes)
{
	static const char bytes[] = "{}[]\",:\\ 0-.eE1tfnu\x01\t";
	char s[sizeof(session) + 8];
	json_object *o;
	const char *why;
	size_t len;
	int i, bad = 0;

	srand(17);
	for (i = 0; i < 30000; i++) {
		len = mutate(s, session, sizeof(session) - 1, bytes);
		if (scan(s, len) != 1)
			continue;
		++*yes;
		o = sdc_json_parse(s, len, &why);
		if (!o || !json_object_is_type(o, json_type_object)
		    || !is(&want[0], json_c(o, &want[0])) || !is(&want[1], json_c(o, &want[1]))
		    || !same_int(o, &want[2]))
			bad++;
		json_object_put(o);
	}
	return bad;
}

/* --- the walk: a yes means json-c writes the line back byte for byte --- */

static const char canon[] =
    "{\"meta\":{\"session_id\":\"c5d5aa5e\",\"processing_log\":[\"a \\\"q\\\"\\n\\u001f\"]},"
    "\"context\":{\"customer_id\":1338,\"links\":[],\"x\":[1.5e3,-1,0,true,false,null,{}]},"
    "\"segments\":[{\"metadata\":{\"session_id\":\"inner\",\"n\":-0.0}}]}";

static int
count(void *ctx, const struct sdc_jscan_item *it)
{
	(void)it;
	++*(int *)ctx;
	return 1;
}

static int
walk_s(const char *s)
{
	int n = 0;

	return sdc_jscan_walk(s, strlen(s), count, &n);
}

/* json-c's compact text of s equals s. */
static int
renders_same(const char *s, size_t len)
{
	const char *why, *t;
	json_object *o = sdc_json_parse(s, len, &why);
	size_t n;
	int same;

	if (!o || !json_object_is_type(o, json_type_object)) {
		json_object_put(o);
		return 0;
	}
	t = sdc_json_text(o, &n);
	same = n == len && memcmp(t, s, len) == 0;
	json_object_put(o);
	return same;
}

static int
walk_mutations(int *yes)
{
	static const char bytes[] = "{}[]\",:\\ 0-.eE1tfnu/\x01\tA";
	char s[sizeof(canon) + 8];
	size_t len;
	int i, n, bad = 0;

	srand(23);
	for (i = 0; i < 30000; i++) {
		len = mutate(s, canon, sizeof(canon) - 1, bytes);
		n = 0;
		if (sdc_jscan_walk(s, len, count, &n) != 1)
			continue;
		++*yes;
		bad += !renders_same(s, len);
	}
	return bad;
}

struct events {
	char kinds[32];
	int n;
};

static int
record(void *ctx, const struct sdc_jscan_item *it)
{
	struct events *e = ctx;

	if (e->n < 30)
		e->kinds[e->n++] = (char)it->kind;
	e->kinds[e->n] = '\0';
	return it->key && it->klen == 1 && *it->key == 'a';	/* look into "a" only */
}

static void
walk_checks(void)
{
	struct events e = { "", 0 };
	const char *t = "{\"a\":{\"b\":[1]},\"c\":{\"d\":2},\"e\":\"x\"}";

	static const struct { const char *what, *line; int want; } cases[] = {
		{ "walk: a space", "{\"a\": 1}", 0 },
		{ "walk: \\/", "{\"a\":\"\\/\"}", 0 },
		{ "walk: \\u00e9", "{\"a\":\"\\u00e9\"}", 0 },
		{ "walk: \\u001F (upper case)", "{\"a\":\"\\u001F\"}", 0 },
		{ "walk: \\u000a for \\n", "{\"a\":\"\\u000a\"}", 0 },
		{ "walk: \\u0000", "{\"a\":\"\\u0000\"}", 1 },
		{ "walk: a key twice", "{\"a\":1,\"b\":2,\"a\":3}", 0 },
		{ "walk: -0", "{\"a\":-0}", 0 },
		{ "walk: an escaped key", "{\"\\\"\":1}", 0 },
		{ "walk: {}", "{}", 1 },
	};
	size_t i;

	CHECK_INT("walk: json-c's own text", walk_s(canon), 1);
	CHECK("  ...which json-c writes back the same", renders_same(canon, strlen(canon)));
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		CHECK_INT(cases[i].what, walk_s(cases[i].line), cases[i].want);
	CHECK_INT("walk: events", sdc_jscan_walk(t, strlen(t), record, &e), 1);
	CHECK_STR("  ...inside \"a\" only, with the ends", e.kinds, "oa]}o}s");
	CHECK_INT("walk: 30,000 mutated lines: every yes written back the same by json-c",
	    walk_mutations(&e.n), 0);
	CHECK("  ...and some yeses among them", e.n > 1000);
}

int
main(void)
{
	int yes = 0;

	walk_checks();

	CHECK_INT("a session line", scan(session, strlen(session)), 1);
	CHECK("  ...its meta.session_id", is(&want[0], "c5d5aa5e-4300-585a-b83f-5ee62ec94466"));
	CHECK("  ...its start", is(&want[1], "2024-01-01T08:35:00Z"));
	CHECK("  ...context.customer_id as its number", want[2].kind == 'n' && want[2].len == 4
	    && memcmp(want[2].s, "1338", 4) == 0);
	CHECK("  ...context.links as its text", want[3].kind == 'a' && want[3].len == 2
	    && memcmp(want[3].s, "[]", 2) == 0);
	CHECK_INT("the last of duplicate keys", scan_s("{\"meta\":{\"session_id\":\"a\"},"
	    "\"meta\":{\"other\":1}}"), 1);
	CHECK("  ...whose meta has no session_id", is(&want[0], NULL));
	CHECK_INT("a number where a string is wanted", scan_s("{\"meta\":{\"session_id\":7}}"), 1);
	CHECK("  ...is a number", want[0].kind == 'n' && want[0].len == 1 && *want[0].s == '7');
	CHECK_INT("an escape in a wanted string: ask json-c",
	    scan_s("{\"meta\":{\"session_id\":\"a\\nb\"}}"), 0);
	CHECK_INT("an escape in a top-level key: ask json-c",
	    scan_s("{\"m\\u0065ta\":{\"session_id\":\"a\"}}"), 0);
	CHECK_INT("a trailing comma", scan_s("{\"a\":1,}"), 0);
	CHECK_INT("trailing garbage", scan_s("{\"a\":1} x"), 0);
	CHECK_INT("an array is no record", scan_s("[1]"), 0);
	CHECK_INT("a raw control byte in a string", scan_s("{\"a\":\"\x01\"}"), 0);
	CHECK_INT("a leading zero", scan_s("{\"a\":01}"), 0);
	CHECK_INT("a surrogate escape: ask json-c", scan_s("{\"a\":\"\\ud800\"}"), 0);
	CHECK_INT("invalid UTF-8", scan_s("{\"a\":\"\xff\"}"), 0);
	CHECK_INT("a top-level member wanted whole", whole("{\"id\":\"w1\",\"a\":[\"x\", \"y\"],"
	    "\"o\":{\"k\":{\"s\":\"in\"}},\"id2\":3}"), 1);
	CHECK("  ...a string", is(&tw[0], "w1"));
	CHECK("  ...an array as its text", tw[1].kind == 'a' && tw[1].len == 10);
	CHECK("  ...an object looked into and kept whole", tw[2].kind == 'o' && tw[3].kind == 'o'
	    && tw[2].len == 16);
	CHECK("  ...a member of a nested object is not a top-level one", tw[4].kind == 0);
	CHECK_INT("an escape in a string wanted whole: ask json-c", whole("{\"id\":\"a\\tb\"}"), 0);
	CHECK_INT("an escape in a top-level string not wanted", whole("{\"x\":\"a\\tb\"}"), 1);
	CHECK_INT("the strings of an array", strings("[\"a\", \"bc\" ,\"\"]", "a|bc||"), 1);
	CHECK_INT("an empty array", strings(" [ ] ", ""), 1);
	CHECK_INT("not a string: ask json-c", strings("[\"a\",1]", "a|"), 1);
	CHECK_INT("  ...nor a nested array's strings", strings("[[\"a\"]]", ""), 1);
	CHECK_INT("  ...nor an escaped string", strings("[\"a\\\"b\"]", ""), 1);
	CHECK_INT("30,000 mutated lines: no yes that json-c would refuse", mutations(&yes), 0);
	CHECK("  ...and some yeses among them", yes > 1000);
	return check_done();
}
