/* Unit tests of template.c: paths, each/join, escapes, things that name
 * nothing, braces, and the load-time check. */
#include "check.h"
#include "template.h"

#include <stdlib.h>

static json_object *root;

static void
is(const char *descr, const char *tmpl, const char *want)
{
	char *got = sdc_template_render(tmpl, root, NULL);

	CHECK_STR(descr, got, want);
	free(got);
}

static void
bad(const char *descr, const char *tmpl)
{
	char why[128];

	CHECK(descr, sdc_template_check(tmpl, why, sizeof(why)) == -1);
}

int
main(void)
{
	char why[128];

	root = json_tokener_parse("{\"session\":{"
	    "\"meta\":{\"session_id\":\"abc\",\"processing_log\":[\"a/1\",\"b/2\"]},"
	    "\"context\":{\"customer_name\":\"Acme (West)\",\"contact_id\":null,"
	    "\"links\":[]},"
	    "\"insights\":{\"source_title\":\"Printer jam\","
	    "\"session_duration_minutes\":54,\"generated_summaries\":{\"x\":\"y\"}},"
	    "\"segments\":[{\"author\":\"Ann\",\"content\":\"It jams.\"},"
	    "{\"author\":\"Bob\",\"content\":\"Cleared (tray 2).\"},"
	    "{\"author\":null,\"content\":\"no author\"}]},"
	    "\"parts\":[\"one\",\"two\"]}");

	is("plain text", "hello", "hello");
	is("string path", "T: {session.insights.source_title}", "T: Printer jam");
	is("number", "{session.insights.session_duration_minutes} min", "54 min");
	is("null renders empty", "[{session.context.contact_id}]", "[]");
	is("missing renders empty", "[{session.nope.deeper}]", "[]");
	is("empty braces render empty", "a{}b", "ab");
	is("not a path renders empty", "a{ not a path }b", "ab");
	is("unknown filter renders empty", "a{session:upper(x)}b", "ab");
	is("object as JSON", "{session.insights.generated_summaries}",
	    "{\"x\":\"y\"}");
	is("array joined by comma", "{session.meta.processing_log}", "a/1, b/2");
	is("array index", "{session.segments.1.author}", "Bob");
	is("index out of range", "[{session.segments.9.author}]", "[]");
	is("each + join",
	    "{session.segments:each({author}: {content}):join(\\n)}",
	    "Ann: It jams.\nBob: Cleared (tray 2).\n: no author");
	is("each default separator is newline",
	    "{parts:each(<{.}>)}", "<one>\n<two>");
	is("join with custom text", "{parts:join( | )}", "one | two");
	is("root lookup inside each",
	    "{parts:each({.}@{session.meta.session_id}):join(,)}",
	    "one@abc,two@abc");
	is("escaped parens in each", "{parts:each(\\({.}\\)):join()}",
	    "(one)(two)");
	is("balanced parens in each", "{parts:each(({.})):join()}",
	    "(one)(two)");
	is("each on empty array", "[{session.context.links:each(x)}]", "[]");
	is("each on a scalar", "{session.meta.session_id:each(<{.}>)}", "<abc>");
	is("nested each",
	    "{session.segments:each({author}={parts:each({.}):join(+)}):join(;)}",
	    "Ann=one+two;Bob=one+two;=one+two");
	is("doubled braces are literal", "{{\"a\": {session.meta.session_id}}}",
	    "{\"a\": abc}");
	is("unclosed brace is literal", "x {session.meta", "x {session.meta");
	is("lone closing brace", "a } b", "a } b");
	is("values are not re-rendered", "{session.segments.1.content}",
	    "Cleared (tray 2).");

	CHECK_INT("good template passes", sdc_template_check(
	    "{session.segments:each({author}: {content}):join(\\n)}",
	    why, sizeof(why)), 0);
	CHECK_INT("literal braces pass", sdc_template_check("{{x}}", why,
	    sizeof(why)), 0);
	bad("unclosed brace", "abc {session");
	bad("unknown filter", "{session:shout(x)}");
	bad("unclosed argument", "{session:each(x}");
	bad("bad path inside each", "{parts:each({ x })}");
	bad("empty braces", "{}");
	sdc_template_check("ab {nope nope}", why, sizeof(why));
	CHECK_STR("check says where", why, "at offset 3: not a path");

	json_object_put(root);
	{
		/* fuzz_template found it: each() inside each() multiplies output
		 * without bound (100^4 copies here); it is capped instead. */
		json_object *list = json_object_new_array(), *nest = json_object_new_object();
		size_t big;
		char *r;
		int k;

		for (k = 0; k < 100; k++)
			json_object_array_add(list, json_object_new_int(k));
		json_object_object_add(nest, "a", list);
		r = sdc_template_render("{a:each({a:each({a:each({a:each(xyz)})})})}", nest, &big);
		CHECK("nested each() output is capped at 16 MiB", big > 0 && big < (16UL << 20));
		free(r);
		json_object_put(nest);
	}
	return check_done();
}
