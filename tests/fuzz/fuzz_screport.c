/* libFuzzer target: sdc-fetch-screenconnect's answer parser (GetReport and
 * GenerateReportForAutomate bodies: JSON, HTML login pages, truncated text)
 * and what consumes its items, plus the filter-literal builder, which sees
 * names from the config and the command line. */
#include "diag.h"
#include "screport.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char *const fields[] = {
	"ProcessType", "ParticipantName", "ConnectedTime", "DisconnectedTime",
	"DurationSeconds", "ConnectionID", "SessionCustomProperty1"
};

static void
answer(const char *s, size_t n)
{
	struct sdc_buf out = SDC_BUF_INIT;
	struct sc_report r;
	struct sc_row row;
	const char *why;
	size_t i, len;

	if (sc_report_parse(s, n, fields, sizeof fields / sizeof *fields, &r,
	    &why) < 0)
		return;
	for (i = 0; i < sc_report_count(&r); i++) {
		if (sc_report_item(&r, i, &out, &row, &why) == 0)
			sdc_buf_addc(&out, '\n');
		sc_report_field(&r, i, "ParticipantName");
		sc_report_item_text(&r, i, &len);
	}
	sdc_buf_free(&out);
	sc_report_free(&r);
}

static void
literal(const char *s)
{
	struct sdc_buf b = SDC_BUF_INIT;
	size_t i;
	int quotes = 0;

	sc_filter_match(&b, "ParticipantName", s);
	/* The literal is the one quoted run: exactly two quotes in all. */
	for (i = 0; i < b.len; i++)
		quotes += b.p[i] == '\'';
	if (quotes != 2)
		abort();
	sdc_buf_free(&b);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int inited;
	char *body;

	if (!inited) {
		sdc_init("fuzz_screport");
		sdc_quiet = 1;
		inited = 1;
	}
	body = sdc_xmalloc(size + 1);
	memcpy(body, data, size);
	body[size] = '\0';
	answer(body, size);
	literal(body);
	free(body);
	return 0;
}
