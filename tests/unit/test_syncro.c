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

static void
test_cache(void)
{
	struct sdc_syncro_cache *c = sdc_syncro_cache_new();
	json_object *o;
	char *text = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&text, &len);

	o = json_tokener_parse("{\"id\":2,\"business_name\":\"\",\"firstname\":"
	    "\"Ann\",\"lastname\":null,\"contacts\":[{\"id\":7,\"name\":\"Z\"}]}");
	sdc_syncro_cache_customer(c, o);
	json_object_put(o);
	o = json_tokener_parse("{\"id\":1,\"business_name\":\"B\"}");
	sdc_syncro_cache_customer(c, o);
	json_object_put(o);
	o = json_tokener_parse("{\"id\":6,\"name\":\"Y\",\"customer_id\":2}");
	CHECK_INT("contact of a known customer", sdc_syncro_cache_contact(c, o),
	    0);
	json_object_put(o);
	o = json_tokener_parse("{\"id\":8,\"customer_id\":99}");
	CHECK_INT("contact of an unknown one", sdc_syncro_cache_contact(c, o),
	    -1);
	json_object_put(o);
	CHECK_INT("two customers", sdc_syncro_cache_count(c), 2);
	sdc_syncro_cache_write(c, fp);
	fclose(fp);
	CHECK_STR("sorted, first name alone as business_name, contacts sorted",
	    text, "[\n{\"id\":1,\"business_name\":\"B\",\"firstname\":null,"
	    "\"lastname\":null,\"email\":null,\"contacts\":[]},\n{\"id\":2,"
	    "\"business_name\":\"Ann\",\"firstname\":\"Ann\",\"lastname\":null,"
	    "\"email\":null,\"contacts\":[{\"id\":6,\"name\":\"Y\",\"email\":"
	    "null},{\"id\":7,\"name\":\"Z\",\"email\":null}]}\n]\n");
	free(text);
	sdc_syncro_cache_free(c);
}

int
main(void)
{
	sdc_init("test_syncro");
	sdc_quiet = 1;
	test_pages();
	test_types();
	test_ticket();
	test_cache();
	return check_done();
}
