/* libFuzzer target: sdc-sc2jsonl's whole row path (src/sc2jsonl/convert.c)
 * as the program runs it: sniffing CSV, GetReport JSON or HTML, the CSV
 * reader thread, filtering, de-duplication, grouping, the session writer.
 * The first byte picks the options (bit 0 day-first dates, bits 1-2 the
 * process type, the rest the gap in 5 minutes: '0' is the defaults, so
 * the seeds are fixtures behind a '0'); the rest is the input, read from memory.  Sessions go to /dev/null, and
 * the counts must add up: every row read is rejected, filtered, dropped as
 * a duplicate or written in a session. */
#include "convert.h"
#include "diag.h"
#include "memfile.h"
#include "sdctime.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void
check_counts(void)
{
	long out = sdc_stats.rejected + sdc_counter("filtered by process type")
	    + sdc_counter("duplicates dropped") + sdc_counter("rows in sessions");

	if (sdc_stats.read != out)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct sc2_opts o;
	FILE *fp;

	if (!o.tz) {
		fuzz_setup("fuzz_sc2jsonl");	/* --reject: raw rows kept too */
		o.tz = sdc_tz_open("UTC");
	}
	if (size < 1)
		return 0;
	o.time_flags = data[0] & 1 ? SDC_TIME_DAYFIRST : 0;
	o.process_type = (enum sc2_process)((data[0] >> 1) % 3);
	o.gap_ms = (int64_t)(data[0] >> 3) * 5 * 60000;
	memset(&sdc_stats, 0, sizeof(sdc_stats));
	fp = fuzz_stream(data + 1, size - 1);
	if (!fp)
		return 0;
	sc2_begin(&o);
	sc2_read_stream(fp, "in");
	fclose(fp);
	sc2_write();
	sc2_end();
	check_counts();
	return 0;
}
