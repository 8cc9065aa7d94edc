/* fuzz_custidx - libFuzzer target for sdc-link's customer index loader
 * (custidx.h): the input is taken as an index file with its checksum
 * and fingerprint not checked, so that mutations reach the checks of
 * counts and offsets behind them; whatever it accepts is read in full
 * (every string, contact and machine), and must stay in bounds.  The
 * input is also built as a customer cache, and the index that gives must
 * read back. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "custidx.h"
#include "cidx_walk.h"
#include "names.h"

static struct sdc_names *nm;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* a copy, 8-byte aligned as a mapping is */
	uint64_t *copy = malloc(size / 8 + 1 ? (size / 8 + 1) * 8 : 8);
	struct sdc_cidx *x;
	void *built;
	size_t n;

	if (nm == NULL)
		nm = sdc_names_new(NULL, 0);
	memcpy(copy, data, size);
	if ((x = sdc_cidx_from_bytes(copy, size, 0, 0)) != NULL) {
		if (cidx_walk(x) == (size_t)-1)
			abort();
		sdc_cidx_free(x);
	}
	if ((built = sdc_cidx_build((const char *)data, size, nm, &n)) != NULL) {
		if ((x = sdc_cidx_from_bytes(built, n, sdc_cidx_fingerprint(nm),
		    1)) == NULL)
			abort();
		if (cidx_walk(x) == (size_t)-1)
			abort();
		sdc_cidx_free(x);
		free(built);
	}
	free(copy);
	return 0;
}
