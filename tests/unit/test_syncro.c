/* Unit tests of syncro.c: page parsing and the stop rule, comment types,
 * ticket conversion edge cases, the link cache. */
#include "check.h"
#include "diag.h"
#include "jsonl.h"
#include "syncro.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
page(const char *body, long asked, int *last)
{
	struct sdc_syncro_page pg;
	const char *why;

	if (sdc_syncro_page_parse(body, strlen(body), "tickets", &pg, &why) < 0)
		return -1;
	*last = sdc_syncro_page_last(&pg, asked);
	sdc_syncro_page_free(&pg);
	return 0;
}

static void
test_pages(void)
{
	int last = -1;

	CHECK_INT("page 1 of 3 goes on", page("{\"tickets\":[{}],\"meta\":"
	    "{\"total_pages\":3,\"page\":1}}", 1, &last) == 0 && !last, 1);
	CHECK_INT("page 3 of 3 stops", page("{\"tickets\":[{}],\"meta\":"
	    "{\"total_pages\":3,\"page\":3}}", 3, &last) == 0 && last, 1);
	CHECK_INT("no meta: one page", page("{\"tickets\":[{}]}", 1, &last) ==
	    0 && last, 1);
	CHECK_INT("empty page stops whatever meta says", page("{\"tickets\":[],"
	    "\"meta\":{\"total_pages\":9,\"page\":2}}", 2, &last) == 0 && last,
	    1);
	CHECK_INT("string total_pages accepted", page("{\"tickets\":[{}],"
	    "\"meta\":{\"total_pages\":\"2\"}}", 1, &last) == 0 && !last, 1);
	CHECK_INT("HTML is an error", page("<html><body>hi</body></html>", 1,
	    &last), -1);
	CHECK_INT("truncated JSON is an error", page("{\"tickets\":[{\"id\":1",
	    1, &last), -1);
	CHECK_INT("another list is an error", page("{\"customers\":[]}", 1,
	    &last), -1);
	CHECK_INT("a bare array is an error", page("[]", 1, &last), -1);
}

static const char *
ctype(const char *json)
{
	static char out[32];
	json_object *c = json_tokener_parse(json);

	snprintf(out, sizeof out, "%s", sdc_syncro_comment_type(c));
	json_object_put(c);
	return out;
}

static void
test_types(void)
{
	CHECK_STR("sms", ctype("{\"sms_body\":\"hi\",\"hidden\":true}"), "SMS");
	CHECK_STR("email by destination", ctype("{\"sms_body\":\"\","
	    "\"destination_emails\":\"a@b.c, \"}"), "Email");
	CHECK_STR("email by sender", ctype("{\"email_sender\":\"a@b.c\"}"),
	    "Email");
	CHECK_STR("only separators is not an address",
	    ctype("{\"destination_emails\":\" , \",\"hidden\":true}"),
	    "PrivateNote");
	CHECK_STR("a subject alone is not an email (the original's bug)",
	    ctype("{\"subject\":\"Update\",\"hidden\":false}"), "PublicNote");
}

static void
test_ticket(void)
{
	const char *why = NULL;
	json_object *t, *s;

	t = json_tokener_parse("{\"subject\":\"x\"}");
	CHECK("no id: refused", !sdc_syncro_ticket_session(t, NULL, NULL, "t",
	    &why) && why);
	json_object_put(t);
	t = json_tokener_parse("{\"id\":5,\"created_at\":\"soon\","
	    "\"updated_at\":\"2025-01-02T03:04:05Z\",\"comments\":[{\"id\":9,"
	    "\"created_at\":\"bad\",\"tech\":\"T\",\"body\":\"b\"}]}");
	s = sdc_syncro_ticket_session(t, NULL, NULL, "t", &why);
	CHECK("bad created_at falls back to updated_at", s);
	CHECK_STR("no customer: Needs Linking", sdc_json_str(sdc_json_get(s,
	    "meta"), "processing_status"), "Needs Linking");
	CHECK_STR("bad comment time takes the ticket's", sdc_json_str(
	    json_object_array_get_idx(sdc_json_get(s, "segments"), 1),
	    "start_time_utc"), "2025-01-02T03:04:05Z");
	json_object_put(s);
	json_object_put(t);
}

int
main(void)
{
	sdc_init("test_syncro");
	sdc_quiet = 1;
	test_pages();
	test_types();
	test_ticket();
	return check_done();
}
