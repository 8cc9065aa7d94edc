/* Unit tests of screport.c (sdc-fetch-screenconnect's network-free half):
 * filter literals that cannot be broken out of, the open-connection forms
 * of screenconnect.md §9, and answers that are not reports. */
#include "check.h"
#include "screport.h"

static const char *const fields[] = {
	"ProcessType", "ConnectedTime", "DisconnectedTime", "ConnectionID"
};

static const char *
match(struct sdc_buf *b, const char *value)
{
	sdc_buf_reset(b);
	sc_filter_match(b, "ParticipantName", value);
	return b->p;
}

static int
parse(const char *body, struct sc_report *r, const char **why)
{
	return sc_report_parse(body, strlen(body), fields, 4, r, why);
}

static void
literals(void)
{
	struct sdc_buf b = SDC_BUF_INIT;

	CHECK_STR("a plain name is =", match(&b, "jdoe"), "ParticipantName = 'jdoe'");
	CHECK_STR("a quote becomes a LIKE wildcard", match(&b, "O'Brien, Pat"),
	    "ParticipantName LIKE 'O%Brien, Pat'");
	CHECK_STR("an injection stays inside the literal",
	    match(&b, "x' OR ProcessType = 'Guest"),
	    "ParticipantName LIKE 'x% OR ProcessType = %Guest'");
	CHECK_STR("a trailing backslash cannot escape the closing quote",
	    match(&b, "a\\"), "ParticipantName LIKE 'a%'");
	CHECK_STR("control characters too", match(&b, "a\nb"),
	    "ParticipantName LIKE 'a%b'");
	CHECK("rows are compared without case", sc_filter_same("JDoe", "jdoe"));
	CHECK("and exactly otherwise", !sc_filter_same("O_Brien", "O'Brien"));
	sdc_buf_reset(&b);
	sc_filter_time(&b, 1735915400483);	/* 2025-01-03T14:43:20.483Z */
	CHECK_STR("time literals: UTC, whole seconds", b.p, "'2025-01-03 14:43:20'");
	sdc_buf_free(&b);
}

static void
open_forms(void)
{
	static const char *const bodies[] = {
		"{\"FieldNames\":[\"ConnectedTime\",\"DisconnectedTime\"],\"Items\":[[\"2025-01-08T15:16:05Z\",null]]}",
		"{\"FieldNames\":[\"ConnectedTime\",\"DisconnectedTime\"],\"Items\":[[\"2025-01-08T15:16:05Z\",\"\"]]}",
		"{\"FieldNames\":[\"ConnectedTime\",\"DisconnectedTime\"],\"Items\":[[\"2025-01-08T15:16:05Z\"]]}",
		"{\"FieldNames\":[\"ConnectedTime\",\"DisconnectedTime\"],\"Items\":[[\"2025-01-08T15:16:05Z\",\"0001-01-01T00:00:00\"]]}",
		"{\"FieldNames\":[\"ConnectedTime\"],\"Items\":[[\"2025-01-08T15:16:05Z\"]]}",
	};
	struct sdc_buf out = SDC_BUF_INIT;
	struct sc_report r;
	struct sc_row row;
	const char *why;
	size_t i;

	for (i = 0; i < sizeof bodies / sizeof *bodies; i++) {
		sdc_buf_reset(&out);
		CHECK("open form parses", parse(bodies[i], &r, &why) == 0);
		CHECK("open form item", sc_report_item(&r, 0, &out, &row, &why) == 0);
		CHECK("null, empty, missing, year 1, no column: all open", row.open);
		CHECK_STR("written as null, in the wanted order", out.p,
		    "[null,\"2025-01-08T15:16:05Z\",null,null]");
		sc_report_free(&r);
	}
	sdc_buf_free(&out);
}

static void
not_reports(void)
{
	struct sdc_buf out = SDC_BUF_INIT;
	struct sc_report r;
	struct sc_row row;
	const char *why = NULL;

	CHECK("an HTML page", parse("\n <!DOCTYPE html><html>", &r, &why) < 0
	    && strstr(why, "HTML page"));
	CHECK("a truncated body", parse("{\"FieldNames\":[\"ConnectedTime\"],\"Items\":[", &r, &why) < 0);
	CHECK("no FieldNames", parse("{\"Items\":[]}", &r, &why) < 0
	    && strstr(why, "FieldNames"));
	CHECK("Items not an array", parse("{\"FieldNames\":[],\"Items\":3}", &r, &why) < 0);
	CHECK("null Items: no rows", parse("{\"FieldNames\":[],\"Items\":null}", &r, &why) == 0
	    && sc_report_count(&r) == 0);
	sc_report_free(&r);
	CHECK("names any case", parse("{\"FieldNames\":[\"connectedtime\",\"CONNECTIONID\"],"
	    "\"Items\":[[\"2025-01-03 17:43\",\"c1\"],\"x\",[null,\"c2\"]]}", &r, &why) == 0);
	CHECK("item 0", sc_report_item(&r, 0, &out, &row, &why) == 0
	    && strcmp(row.connid, "c1") == 0 && row.connected == 1735926180000);
	CHECK("an item that is not an array", sc_report_item(&r, 1, &out, &row, &why) < 0
	    && strcmp(why, "not an array") == 0);
	CHECK("no ConnectedTime", sc_report_item(&r, 2, &out, &row, &why) < 0
	    && strcmp(why, "ConnectedTime missing") == 0);
	CHECK_STR("field by name", sc_report_field(&r, 0, "ConnectionId"), "c1");
	sc_report_free(&r);
	sdc_buf_free(&out);
}

int
main(void)
{
	literals();
	open_forms();
	not_reports();
	return check_done();
}
