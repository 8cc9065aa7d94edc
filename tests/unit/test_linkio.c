/* Unit tests of linkio.c: the quick record path writes exactly what the
 * json-c path writes, record by record and over whole files (the history
 * one record leaves decides later ones), on the link fixtures and on
 * records made to reach each corner: escaped names, machines in every
 * place sdc_session_keys looks, a machine only in a late segment, a
 * technician after the machine or escaped, missing
 * or odd meta, context and processing_log, preset customers and
 * contacts, skipped sources.  A line in json-c's own form must be taken by
 * the quick path; one in any other form must be left to json-c. */
#include "check.h"
#include "buf.h"
#include "config.h"
#include "diag.h"
#include "linkio.h"
#include "linkrec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char customers[] =
    "[{\"id\":1,\"business_name\":\"Harbour Dental Care\",\"contacts\":["
    "{\"id\":11,\"name\":\"Mira Holt\",\"email\":\"mira@harbourdental.example\"},"
    "{\"id\":12,\"name\":\"Owen Pike\"}],"
    "\"assets\":[{\"id\":101,\"name\":\"HDC-RECEPTION\"},{\"id\":102,\"name\":\"SHARED-PC\"}]},"
    "{\"id\":2,\"business_name\":\"Harbour Legal\",\"contacts\":[],"
    "\"assets\":[{\"id\":201,\"name\":\"SHARED-PC\"},{\"id\":202,\"name\":\"HL-LAPTOP3\"}]},"
    "{\"id\":3,\"business_name\":\"O\\\"Brien & Sons Ltd\",\"contacts\":[]},"
    "{\"id\":4,\"business_name\":\"Z\xc3\xbcrich Treuhand AG\",\"contacts\":[]},"
    "{\"id\":5,\"business_name\":\"Line\\nBreak Co\",\"contacts\":[]}]";

#define META(status, src, log) "{\"meta\":{\"session_id\":\"x\",\"source_system\":\"" src \
    "\",\"processing_status\":\"" status "\"" log ",\"last_updated_timestamp_utc\":\"2025-01-01T00:00:00Z\"},"
#define LOG ",\"processing_log\":[\"sdc-sc2jsonl/0.1.0\"]"
#define CTX(name) "\"context\":{\"customer_id\":null,\"customer_name\":" name \
    ",\"contact_id\":null,\"contact_name\":null,\"links\":[]}"
#define SEG(md, content) "{\"segment_id\":\"g\",\"content\":" content ",\"metadata\":{" md "}}"

/* Records in json-c's own form: the quick path must take each. */
static const char *const canon[] = {
	META("Needs Linking", "ScreenConnect", LOG) CTX("\"Harbour Dental Care\"") ",\"segments\":[]}",
	META("Needs Linking", "ScreenConnect", LOG) CTX("\"Harbor Dentl Care\"") ",\"insights\":{\"n\":1.50},\"segments\":["
	    SEG("\"session_id\":\"sc-1\"", "\"Connected to machine: HDC-RECEPTION\"") "]}",
	META("Needs Linking", "ScreenConnect", LOG) CTX("\"Harbour Dental Care\"") ",\"segments\":["
	    SEG("\"session_id\":\"sc-1\"", "\"Connected to machine: HL-LAPTOP3\"") "]}",
	META("Needs Linking", "ScreenConnect", LOG) CTX("\"\"") ",\"segments\":["
	    SEG("\"session_id\":\"sc-1\"", "\"hello\"") "]}",
	META("Needs Linking", "ScreenConnect", LOG) CTX("\"Unknown Widgets\"") ",\"segments\":["
	    SEG("\"GuestMachineName\":\"HL-LAPTOP3\"", "\"a\"") "," SEG("\"session_id\":\"sc-9\"", "7") "]}",
	META("Needs Linking", "ScreenConnect", LOG) CTX("null") ",\"segments\":["
	    SEG("\"guest_machine_name\":\"\",\"GuestMachineName\":\"HL-LAPTOP3\"", "\"Connected to machine: HDC-RECEPTION\"")
	    "," SEG("\"session_id\":\"sc-2\"", "null") "]}",
	META("Needs Linking", "ScreenConnect", LOG) CTX("\"Unknown Widgets\"") ",\"segments\":[1,\"s\",[],"
	    SEG("\"n\":1", "\"x\"") "," SEG("\"n\":2", "\"y\"") "," SEG("\"n\":3", "\"z\"") ","
	    SEG("\"session_id\":\"sc-3\"", "\"w\"") "," SEG("\"guest_machine_name\":\"\\u0000\"", "\"v\"") ","
	    SEG("\"guest_machine_name\":\"HDC-RECEPTION\"", "\"u\"") "]}",
	META("Needs Linking", "ScreenConnect", LOG) CTX("\"Unknown Widgets\"") ",\"segments\":["
	    SEG("\"guest_machine_name\":\"HDC-R\\\"ECEPTION\",\"session_id\":\"sc-4\"", "\"v\"") "]}",
	META("Needs Linking", "ScreenConnect", LOG) CTX("\"O\\\"Brien & Sons Ltd\"") ",\"segments\":[]}",
	META("Needs Linking", "ScreenConnect", LOG) CTX("\"Line\\nBreak Co\"") ",\"segments\":[]}",
	META("Needs Linking", "ScreenConnect", LOG) CTX("\"Z\xc3\xbcrich Treuhand\"") ",\"segments\":[]}",
	META("Needs Linking", "ScreenConnect", ",\"processing_log\":[]") CTX("\"Harbour Legal\"") "}",
	META("Needs Linking", "ScreenConnect", "") CTX("\"Harbour Legal\"") "}",
	META("Needs Linking", "ScreenConnect", ",\"processing_log\":\"no\"") CTX("\"Harbour Legal\"") "}",
	META("Needs Linking", "ScreenConnect", ",\"processing_log\":[\"a\\\"b\",1,{\"k\":[]}]")
	    CTX("\"Harbour Legal\"") "}",
	"{\"context\":{\"customer_name\":\"Harbour Legal\",\"contact_name\":\"Mira Holt\"},"
	    "\"meta\":{\"processing_status\":\"Needs Linking\",\"processing_log\":[]}}",
	"{\"meta\":{\"processing_status\":\"Needs Linking\",\"processing_log\":[\"a\"]},"
	    "\"context\":{\"customer_id\":1,\"contact_name\":\"Mira Holt\",\"contact_id\":null}}",
	"{\"meta\":{\"processing_status\":\"Needs Linking\",\"processing_log\":[\"a\"]},"
	    "\"context\":{\"customer_id\":1,\"contact_name\":\"mira@harbourdental.example\"}}",
	"{\"meta\":{\"processing_status\":\"Needs Linking\",\"processing_log\":[\"a\"]},"
	    "\"context\":{\"customer_id\":77,\"x\":[1,2.5e3,true]}}",
	"{\"meta\":{\"processing_status\":\"Needs Linking\"},\"context\":{}}",
	"{\"meta\":{\"processing_status\":\"Needs Linking\",\"processing_log\":[]},"
	    "\"context\":{\"customer_name\":\"Harbour Dental Care\",\"contact_name\":\"Owen Pyke\"}}",
	"{\"meta\":{\"processing_status\":\"Needs Linking\",\"processing_log\":[]},"
	    "\"context\":{\"contact_name\":\"Mira Holt\",\"links\":[\"st_chat_id:c1\"]}}",
	"{\"meta\":{\"processing_status\":\"Needs Linking\",\"processing_log\":[]},"
	    "\"context\":{\"customer_name\":\"Harbour Legal\",\"links\":[\"st_chat_id:c1\"]}}",
	"{\"meta\":{\"processing_status\":\"Needs Linking\",\"processing_log\":[]},"
	    "\"context\":{\"links\":[\"st_chat_id:c1\"]},\"segments\":{}}",
	META("Linked", "ScreenConnect", LOG) CTX("\"Harbour Legal\"") "}",
	META("Needs Linking", "SillyTavern", LOG) CTX("\"Harbour Legal\"") "}",
	/* technicians (Host) after the machine and session, or escaped: in a
	 * row, a contact's name typed that is one of them links no more */
	META("Needs Linking", "ScreenConnect", LOG) CTX("\"Owen Pike\"") ",\"segments\":[]}",
	META("Needs Linking", "ScreenConnect", LOG) CTX("\"Harbour Legal\"") ",\"segments\":["
	    SEG("\"session_id\":\"sc-5\"", "\"Connected to machine: HL-LAPTOP3\"") ","
	    "{\"author\":\"Ann Guest\",\"metadata\":{\"process_type\":\"Guest\"}},"
	    "{\"author\":\"Owen Pike\",\"content\":\"a\",\"metadata\":{\"process_type\":\"Host\"}}]}",
	META("Needs Linking", "ScreenConnect", LOG) CTX("\"Owen Pike\"") ",\"segments\":[]}",
	META("Needs Linking", "ScreenConnect", LOG) CTX("\"Mira Holt\"") ",\"segments\":["
	    "{\"author\":\"Mira\\tHolt\",\"metadata\":{\"process_type\":\"host\"}},"
	    "{\"author\":\"\",\"metadata\":{\"process_type\":\"Host\"}}]}",
	META("Needs Linking", "ScreenConnect", LOG) CTX("\"Mira Holt\"") ",\"segments\":[]}",
};

/* Lines json-c must read: not its form, not a session, not JSON. */
static const char *const other[] = {
	"{\"meta\": {\"processing_status\":\"Needs Linking\",\"processing_log\":[]},"
	    "\"context\":{\"customer_name\":\"Harbour Legal\"}}",
	"{\"meta\":{\"processing_status\":\"Needs Linking\",\"processing_log\":[]},"
	    "\"context\":{\"customer_name\":\"Harbour\\/Legal\"}}",
	"{\"meta\":{\"processing_status\":\"Needs Linking\",\"processing_log\":[]},"
	    "\"context\":{\"customer_name\":\"Harbour Legal\",\"customer_name\":\"Harbour Dental Care\"}}",
	"{\"meta\":{\"processing_status\":\"Needs Linking\",\"processing_log\":[]},"
	    "\"context\":{\"customer_name\":\"Harbour \\u004cegal\",\"n\":-0}}",
	"{\"meta\":{\"processing_status\":\"Needs Linking\"}}",
	"{\"context\":{}}",
	"{\"meta\":{},\"context\":[]}",
	"{\"meta\":7,\"context\":{}}",
	"[1]",
	"{\"meta\":",
};

static char *
write_temp(const char *text)
{
	char *path = sdc_xstrdup("/tmp/test_linkio.XXXXXX");
	FILE *fp = fdopen(mkstemp(path), "w");

	if (fp == NULL || fputs(text, fp) == EOF || fclose(fp) != 0)
		abort();
	return path;
}

/* Each line the json-c way and the quick way (each from a clean state
 * when one is 1): 1 when both wrote the same; *took counts quick's. */
static int
same_lines(const char *const *v, size_t n, int each, int *took)
{
	struct sdc_buf a = SDC_BUF_INIT, b = SDC_BUF_INIT;
	size_t i;
	int same;

	sdc_linkrec_forget();
	for (i = 0; i < n; i++) {
		if (each)
			sdc_linkrec_forget();
		if (sdc_linkio_full(v[i], strlen(v[i]), &a) != 0)
			sdc_buf_addc(&a, '\n');
	}
	sdc_linkrec_forget();
	for (i = 0; i < n; i++) {
		if (each)
			sdc_linkrec_forget();
		if (sdc_linkio_quick(v[i], strlen(v[i]), &b))
			++*took;
		else if (sdc_linkio_full(v[i], strlen(v[i]), &b) == 0)
			continue;
		sdc_buf_addc(&b, '\n');
	}
	same = a.len == b.len && (a.len == 0 || memcmp(a.p, b.p, a.len) == 0);
	for (i = 0; !same && i < a.len && i < b.len && a.p[i] == b.p[i]; i++)
		;
	if (!same)
		printf("# from byte %zu: json-c %.120s\n#   quick %.120s\n", i,
		    a.p ? a.p + i : "", b.p ? b.p + i : "");
	sdc_buf_free(&a);
	sdc_buf_free(&b);
	return same;
}

/* The lines of a fixture file. */
static size_t
fixture(const char *name, char ***lines)
{
	char path[512], buf[1 << 16];
	const char *fix = getenv("SDC_FIXTURES");
	FILE *fp;
	size_t n = 0;

	snprintf(path, sizeof(path), "%s/link/%s", fix ? fix : "tests/fixtures", name);
	if ((fp = fopen(path, "r")) == NULL)
		return 0;
	*lines = NULL;
	while (fgets(buf, sizeof(buf), fp)) {
		buf[strcspn(buf, "\n")] = '\0';
		*lines = realloc(*lines, (n + 1) * sizeof(**lines));
		(*lines)[n++] = strdup(buf);
	}
	fclose(fp);
	return n;
}

static void
fixtures(void)
{
	static const char *const names[] = { "sessions.jsonl", "sample-sessions.jsonl" };
	char **l;
	size_t i, k, n;
	int took;

	for (k = 0; k < 2; k++) {
		took = 0;
		n = fixture(names[k], &l);
		CHECK(names[k], n > 0 && same_lines((const char *const *)l, n, 0, &took));
		CHECK("  ...each line taken the quick way", took == (int)n);
		for (i = 0; i < n; i++)
			free(l[i]);
		free(l);
	}
}

int
main(void)
{
	char *cfg = write_temp("{}"), *cust = write_temp(customers);
	struct sdc_linkrec_opts o = { .customers = cust, .nomemory = 1, .no_llm = 1 };
	size_t nc = sizeof(canon) / sizeof(canon[0]), no = sizeof(other) / sizeof(other[0]);
	int took = 0;

	sdc_init("sdc-link");
	sdc_quiet = 1;
	setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
	sdc_config_load(cfg);
	sdc_linkrec_open(&o);
	CHECK("made records, each alone: the same bytes", same_lines(canon, nc, 1, &took));
	CHECK("  ...each taken the quick way", took == (int)nc);
	took = 0;
	CHECK("made records in a row (history): the same bytes", same_lines(canon, nc, 0, &took));
	took = 0;
	CHECK("other lines: the same bytes", same_lines(other, no, 1, &took));
	CHECK_INT("  ...none taken the quick way", took, 0);
	fixtures();
	unlink(cfg);
	unlink(cust);
	free(cfg);
	free(cust);
	return check_done();
}
