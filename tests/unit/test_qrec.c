/* Unit tests of qrec.c (src/llm): a line it reads is one json-c writes
 * back to the byte, its strings are json-c's, and its edits give what
 * json-c's give; checked on 40,000 random mutations of a session line. */
#include "check.h"
#include "qrec_check.h"

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

static int
read_s(const char *s)
{
	return llm_qrec_read(&q, s, strlen(s));
}

static int
mutations(int *yes)
{
	static const char bytes[] = "{}[]\",:\\ 0-.eE1tfnu\x01\t/ab";
	char s[sizeof(session) + 8];
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
		bad += !qrec_agrees(s, len);
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
