/* libFuzzer target: the source time parser (UTC and a DST zone, both
 * orders) and the formatter on whatever it accepts. */
#include "sdctime.h"

#include <stdint.h>
#include <string.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct sdc_tz *utc, *ny;
	char buf[SDC_TIME_BUFSZ];
	int64_t t;

	if (!utc) {
		utc = sdc_tz_open("UTC");
		ny = sdc_tz_open("America/New_York");
	}
	if (sdc_time_parse_n((const char *)data, size, utc, 0, &t) == SDC_TIME_OK)
		sdc_time_format(t, buf);
	if (sdc_time_parse_n((const char *)data, size, ny, SDC_TIME_DAYFIRST, &t) == SDC_TIME_OK)
		sdc_time_format(t, buf);
	return 0;
}
