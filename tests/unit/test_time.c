/* Unit tests of sdctime.c: every source format of the specs, zones, DST. */
#include "check.h"
#include "sdctime.h"

#include <stdlib.h>

static struct sdc_tz *utc, *ny;

/* Parse s in zone tz and format the result, or name the failure. */
static const char *
conv(const char *s, struct sdc_tz *tz, int flags)
{
	static char buf[SDC_TIME_BUFSZ];
	int64_t t;
	int rc = sdc_time_parse(s, tz, flags, &t);

	if (rc == SDC_TIME_MISSING)
		return "missing";
	if (rc == SDC_TIME_BAD)
		return "bad";
	return sdc_time_format(t, buf);
}

int
main(void)
{
	utc = sdc_tz_open("UTC");
	ny = sdc_tz_open("America/New_York");
	CHECK("UTC opens", utc != NULL);
	CHECK("America/New_York opens", ny != NULL);
	CHECK("unknown zone refused", sdc_tz_open("Mars/Olympus_Mons") == NULL);

	CHECK_STR("US M/D/YYYY H:MM (Excel)", conv("1/3/2025 17:43", utc, 0), "2025-01-03T17:43:00Z");
	CHECK_STR("US with seconds", conv("1/3/2025 17:43:12", utc, 0), "2025-01-03T17:43:12Z");
	CHECK_STR("US 12-hour PM", conv("1/3/2025 5:43:12 PM", utc, 0), "2025-01-03T17:43:12Z");
	CHECK_STR("US 12 AM is midnight", conv("1/3/2025 12:05:00 AM", utc, 0), "2025-01-03T00:05:00Z");
	CHECK_STR("US 12 PM is noon", conv("1/3/2025 12:05 pm", utc, 0), "2025-01-03T12:05:00Z");
	CHECK_STR("US 2-digit year", conv("12/10/24", utc, 0), "2024-12-10T00:00:00Z");
	CHECK_STR("US zero-padded 2-digit year", conv("09/15/24", utc, 0), "2024-09-15T00:00:00Z");
	CHECK_STR("dayfirst", conv("3/1/2025 17:43", utc, SDC_TIME_DAYFIRST), "2025-01-03T17:43:00Z");
	CHECK_STR("ISO 7 fraction digits Z", conv("2025-01-02T14:47:22.4835441Z", utc, 0),
	    "2025-01-02T14:47:22.483Z");
	CHECK_STR("ISO 9 fraction digits", conv("2025-01-02T14:47:22.123456789Z", utc, 0),
	    "2025-01-02T14:47:22.123Z");
	CHECK_STR("ISO zero fraction prints no ms", conv("2024-12-19T16:23:55.000000Z", utc, 0),
	    "2024-12-19T16:23:55Z");
	CHECK_STR("ISO offset", conv("2025-01-03T12:43:00-05:00", utc, 0), "2025-01-03T17:43:00Z");
	CHECK_STR("ISO offset without colon", conv("2025-01-03T18:43:00+0100", utc, 0),
	    "2025-01-03T17:43:00Z");
	CHECK_STR("ISO offset wins over --tz", conv("2025-01-03T17:43:00Z", ny, 0), "2025-01-03T17:43:00Z");
	CHECK_STR("ISO space, no zone", conv("2025-01-03 17:43:12", utc, 0), "2025-01-03T17:43:12Z");
	CHECK_STR("ISO date only", conv("2024-04-15", utc, 0), "2024-04-15T00:00:00Z");
	CHECK_STR("blanks trimmed", conv("  1/3/2025 17:43 ", utc, 0), "2025-01-03T17:43:00Z");

	CHECK_STR("empty is missing", conv("", utc, 0), "missing");
	CHECK_STR(".NET MinValue is missing", conv("1/1/0001 12:00:00 AM", utc, 0), "missing");
	CHECK_STR("year 1 ISO is missing", conv("0001-01-01T00:00:00", utc, 0), "missing");
	CHECK_STR("1969 is missing", conv("12/31/1969 23:59", utc, 0), "missing");
	CHECK_STR("month 13 is bad", conv("13/45/24", utc, 0), "bad");
	CHECK_STR("Feb 30 is bad", conv("2/30/2025", utc, 0), "bad");
	CHECK_STR("Feb 29 leap year ok", conv("2/29/2024", utc, 0), "2024-02-29T00:00:00Z");
	CHECK_STR("13 PM is bad", conv("1/3/2025 13:00 PM", utc, 0), "bad");
	CHECK_STR("words are bad", conv("yesterday", utc, 0), "bad");
	CHECK_STR("trailing junk is bad", conv("1/3/2025 17:43 x", utc, 0), "bad");
	CHECK_STR("3-digit year is bad", conv("1/3/202", utc, 0), "bad");

	CHECK_STR("New York winter is UTC-5", conv("1/3/2025 12:43", ny, 0), "2025-01-03T17:43:00Z");
	CHECK_STR("New York summer is UTC-4", conv("2025-07-01 12:00", ny, 0), "2025-07-01T16:00:00Z");
	CHECK_STR("before spring-forward", conv("3/9/2025 1:30", ny, 0), "2025-03-09T06:30:00Z");
	CHECK_STR("after spring-forward", conv("3/9/2025 3:30", ny, 0), "2025-03-09T07:30:00Z");
	CHECK_STR("before fall-back", conv("11/2/2025 0:59", ny, 0), "2025-11-02T04:59:00Z");
	CHECK_STR("after fall-back", conv("11/2/2025 2:30", ny, 0), "2025-11-02T07:30:00Z");
	CHECK_INT("offset in July", sdc_tz_offset_at(ny, 1751371200000LL), -4 * 3600);
	CHECK_INT("offset in January", sdc_tz_offset_at(ny, 1735689600000LL), -5 * 3600);

	CHECK_INT("days_from_civil epoch", sdc_days_from_civil(1970, 1, 1), 0);
	CHECK_INT("days_from_civil 2000-03-01", sdc_days_from_civil(2000, 3, 1), 11017);
	setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
	CHECK_INT("SOURCE_DATE_EPOCH replaces now", sdc_now_ms(), 1700000000000LL);
	sdc_tz_close(utc);
	sdc_tz_close(ny);
	return check_done();
}
