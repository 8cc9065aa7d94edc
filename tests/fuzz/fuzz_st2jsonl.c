/* libFuzzer target: sdc-st2jsonl's whole path for one chat file
 * (src/st2jsonl/chats.c): lines, header and messages, the inferred zone,
 * neighbour times, fingerprints and duplicates, titles, sessions cut at
 * gaps.  The first byte picks the options (bit 0 --with-reasoning, bit 1
 * --tz given, the rest the gap in 5 minutes: '0' is the defaults, so the
 * seeds are fixtures behind a '0'); the rest is the file, read from
 * memory.  Sessions go to /dev/null, and the counts must
 * add up: every line read is rejected, a header, skipped, a duplicate or
 * a message written. */
#include "chats.h"
#include "diag.h"
#include "memfile.h"
#include "sdctime.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void
check_counts(void)
{
	long out = sdc_stats.rejected + sdc_counter("headers") + sdc_counter("skipped")
	    + sdc_counter("duplicates") + sdc_counter("messages");

	if (sdc_stats.read != out)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct sdc_tz *utc, *ny;
	struct st_opts o = { 0 };
	FILE *fp;

	if (!utc) {
		fuzz_setup("fuzz_st2jsonl");
		utc = sdc_tz_open("UTC");
		ny = sdc_tz_open("America/New_York");
	}
	if (size < 1)
		return 0;
	o.reasoning = data[0] & 1;
	sdc_opt_tz = data[0] & 2 ? "America/New_York" : NULL;
	o.tz = data[0] & 2 ? ny : utc;
	o.gap_ms = (int64_t)(data[0] >> 2) * 5 * 60000;
	o.max_line = 4096;	/* small, so that over-long lines are reached */
	memset(&sdc_stats, 0, sizeof(sdc_stats));
	fp = fuzz_stream(data + 1, size - 1);
	if (!fp)
		return 0;
	st_begin(&o);
	st_convert_stream(fp, "chat.jsonl");
	fclose(fp);
	st_end();
	check_counts();
	return 0;
}
