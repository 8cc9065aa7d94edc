/* Unit tests of merge.c: the manual marker, the segments hash, and the
 * merge of records whose sections have the wrong types. */
#include "check.h"
#include "jsonl.h"
#include "merge.h"

#include <string.h>

static json_object *
parse(const char *s)
{
	const char *why;

	return sdc_json_parse(s, strlen(s), &why);
}

static const char *
merged(const char *stored, const char *fresh, unsigned *flags)
{
	static char text[1024];
	json_object *a = parse(stored), *b = parse(fresh);
	json_object *m = sdc_merge_session(a, b, flags);

	snprintf(text, sizeof(text), "%s", sdc_json_text(m, NULL));
	json_object_put(a);
	json_object_put(b);
	json_object_put(m);
	return text;
}

int
main(void)
{
	char h1[SDC_SHA256_HEXSZ], h2[SDC_SHA256_HEXSZ];
	json_object *a = parse("{\"segments\":[{\"content\":\"x\"}]}");
	json_object *b = parse("{\"segments\": [ {\"content\": \"x\"} ], \"meta\":{}}");
	json_object *c = parse("{\"segments\":[{\"content\":\"y\"}]}");
	unsigned flags;

	CHECK("manual alone", sdc_merge_is_manual("manual"));
	CHECK("manual/DATE", sdc_merge_is_manual("manual/2025-08-14 by kim"));
	CHECK("manual: note", sdc_merge_is_manual("manual: customer"));
	CHECK("manually is not manual", !sdc_merge_is_manual("manually"));
	CHECK("sdc-link is not manual", !sdc_merge_is_manual("sdc-link/0.1.0"));

	sdc_merge_segments_hash(a, h1);
	sdc_merge_segments_hash(b, h2);
	CHECK_STR("hash ignores spacing and other keys", h1, h2);
	sdc_merge_segments_hash(c, h2);
	CHECK("hash sees content", strcmp(h1, h2) != 0);
	json_object_put(a);
	json_object_put(b);
	json_object_put(c);

	CHECK_STR("wrong-typed sections: fresh wins, no crash",
	    merged("{\"meta\":[],\"context\":1,\"insights\":\"x\"}",
	    "{\"meta\":{\"session_id\":\"s\"}}", &flags),
	    "{\"meta\":{\"session_id\":\"s\"},\"context\":1,\"insights\":\"x\"}");
	CHECK_STR("a non-object stored record is ignored",
	    merged("[1]", "{\"a\":1}", &flags), "{\"a\":1}");
	CHECK_STR("links that are not a list stay the fresh ones",
	    merged("{\"context\":{\"links\":\"p\"}}", "{\"context\":{\"links\":[\"q\"]}}", &flags),
	    "{\"context\":{\"links\":[\"q\"]}}");
	CHECK_STR("equal records are SAME",
	    merged("{\"meta\":{\"last_updated_timestamp_utc\":\"1\"}}",
	    "{\"meta\":{\"last_updated_timestamp_utc\":\"2\"}}", &flags),
	    "{\"meta\":{\"last_updated_timestamp_utc\":\"1\"}}");
	CHECK("SAME flag", flags & SDC_MERGE_SAME);
	return check_done();
}
