/* libFuzzer target: the SillyTavern send_date parser (stdate.c). */
#include "stdate.h"

#include <stdint.h>
#include <stdlib.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int64_t ms = -1;
	enum sdc_stdate k = sdc_stdate_parse((const char *)data, size, &ms);

	/* A parsed time is never before 1970 nor after 9999. */
	if ((k == SDC_STDATE_UTC || k == SDC_STDATE_LOCAL) &&
	    (ms < 0 || ms > 253402300799999LL))
		abort();
	return 0;
}
