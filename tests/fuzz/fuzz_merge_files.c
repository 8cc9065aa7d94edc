/* libFuzzer target: sdc-merge's whole run (src/merge/update.c), not just
 * one pair (fuzz_merge): STORE and NEW are the input's two halves, split at
 * the first NUL byte (else in the middle), each given as an in-memory file
 * (memfd) as the program maps its inputs.  The output goes to /dev/null,
 * and the counts must add up: every STORE line is rejected, kept, updated
 * or unchanged; every NEW line rejected, added, or merged into one of
 * those; each kept, updated, unchanged and added line is written once. */
#include "diag.h"
#include "memfile.h"
#include "update.h"

#include <stdint.h>
#include <string.h>

static void
check_counts(void)
{
	long merged = sdc_counter("updated") + sdc_counter("unchanged");
	long kept = sdc_counter("kept"), added = sdc_counter("added");

	if (sdc_stats.read != sdc_stats.rejected + kept + 2 * merged + added
	    || sdc_stats.written != kept + merged + added)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int inited;
	const uint8_t *nul = memchr(data, '\0', size);
	size_t half = nul ? (size_t)(nul - data) : size / 2;
	size_t rest = half + (nul != NULL);

	if (!inited) {
		fuzz_setup("fuzz_merge_files");
		inited = 1;
	}
	memset(&sdc_stats, 0, sizeof(sdc_stats));
	mu_begin();
	mu_open_fd(MU_STORE, "store", fuzz_memfile(data, half, NULL));
	mu_open_fd(MU_NEW, "new", fuzz_memfile(data + rest, size - rest, NULL));
	mu_run();
	mu_end();
	check_counts();
	return 0;
}
