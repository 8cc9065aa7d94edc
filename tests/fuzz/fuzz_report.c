/* libFuzzer target: sdc-report's whole path (src/report/): Work Items and
 * Sessions read, filtered, sorted and priced, then the chosen report
 * written (to /dev/null).  The input is ITEMS, a NUL byte, SESSIONS (no
 * NUL: items only), each given as an in-memory file (memfd).  The first
 * byte picks the options (bits 0-1 --format md/csv/html/md, bit 2
 * --raw-csv, bit 3 --from 2024-10-01 --to 2025-01-31, bit 4 --customer
 * acme, bit 5 --project ticket:4411, bit 6 America/New_York instead of
 * UTC); billing rates come from a fixed config, so amounts are computed. */
#include "config.h"
#include "diag.h"
#include "memfile.h"
#include "model.h"
#include "report_csv.h"
#include "report_html.h"
#include "report_md.h"
#include "sdctime.h"

#include <stdint.h>
#include <string.h>

static const char config[] =
    "{\"billing\": {\"currency\": \"USD\", \"default_rate\": 120, \"rates\": ["
    "{\"customer\": \"Acme Inc\", \"rate\": 150},"
    "{\"source\": \"ScreenConnect\", \"category\": \"Hardware\", \"rate\": 99.5}]}}";

static FILE *devnull;

static void
setup(void)
{
	char path[32];

	fuzz_setup("fuzz_report");
	fuzz_memfile(config, sizeof(config) - 1, path);
	sdc_config_load(path);	/* kept for every run */
	if (!(devnull = fopen("/dev/null", "w")))
		abort();
}

static void
write_report(struct report *rep, int opts)
{
	switch (opts & 3) {
	case 1:
		report_csv(rep, devnull, opts & 4);
		break;
	case 2:
		report_html(rep, devnull);
		break;
	default:
		report_md(rep, devnull);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int inited;
	struct model_filter f = { NULL, NULL, INT64_MIN, INT64_MAX };
	const uint8_t *nul;
	struct report rep;
	char items[32], sessions[32], *argv[] = { "fuzz_report", items, NULL };
	size_t half;
	int fd[2] = { -1, -1 };

	if (!inited) {
		setup();
		inited = 1;
	}
	if (size < 1)
		return 0;
	if (data[0] & 8) {
		f.from = sdc_days_from_civil(2024, 10, 1);
		f.to = sdc_days_from_civil(2025, 1, 31);
	}
	f.customer = data[0] & 16 ? "acme" : NULL;
	f.project = data[0] & 32 ? "ticket:4411" : NULL;
	nul = memchr(data + 1, '\0', size - 1);
	half = nul ? (size_t)(nul - data - 1) : size - 1;
	fd[0] = fuzz_memfile(data + 1, half, items);
	if (nul)
		fd[1] = fuzz_memfile(nul + 1, size - 2 - half, sessions);
	model_init(&rep, sdc_tz_open(data[0] & 64 ? "America/New_York" : "UTC"), &f);
	rep.want_days = (data[0] & 3) == 2;
	rep.with_sessions = nul != NULL;
	model_read_items(&rep, 2, argv, 1);
	if (nul)
		model_read_sessions(&rep, sessions);
	model_sort(&rep);
	write_report(&rep, data[0]);
	model_free(&rep);
	close(fd[0]);
	if (fd[1] >= 0)
		close(fd[1]);
	return 0;
}
