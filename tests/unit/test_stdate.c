/* Unit tests of stdate.c: every send_date form of sillytavern.md §4. */
#include "check.h"
#include "stdate.h"

static int64_t got;

static int
parse(const char *s)
{
	got = 0;
	return sdc_stdate_parse(s, strlen(s), &got);
}

#define LOCAL(descr, s, want) do { \
	CHECK_INT(descr " (kind)", parse(s), SDC_STDATE_LOCAL); \
	CHECK_INT(descr " (wall ms)", got, want); \
} while (0)
#define UTC(descr, s, want) do { \
	CHECK_INT(descr " (kind)", parse(s), SDC_STDATE_UTC); \
	CHECK_INT(descr " (ms)", got, want); \
} while (0)
#define BAD(s) CHECK_INT("rejects \"" s "\"", parse(s), SDC_STDATE_BAD)

static void
humanized(void)
{
	LOCAL("B spaced", "2023-7-20 @14h 56m 50s 682ms", 1689865010682LL);
	LOCAL("B two-digit ms is a value", "2025-8-6 @08h 39m 35s 07ms",
	    1754469575007LL);
	LOCAL("E compact unpadded", "2023-11-5@09h05m03s", 1699175103000LL);
	LOCAL("E compact padded", "2023-11-05@09h05m03s", 1699175103000LL);
	LOCAL("F compact with ms", "2025-12-01@18h48m10s005ms",
	    1764614890005LL);
	LOCAL("leap day", "2024-2-29 @00h 00m 00s 0ms", 1709164800000LL);
	BAD("2023-2-29 @00h 00m 00s 0ms");
	BAD("2023-13-1 @00h 00m 00s 0ms");
	BAD("2023-7-20 @24h 00m 00s 0ms");
	BAD("2023-7-20 @14h 56m 50s 1000ms");
	BAD("2023-7-20 @14h 56m");
	BAD("2023-7-20 @14h 56m 50s 682");
	BAD("2023-7-20 @14h 56m 50s 682ms junk");
}

static void
meridiem(void)
{
	LOCAL("C pm", "June 19, 2023 2:20pm", 1687184400000LL);
	LOCAL("D space and PM", "July 20, 2023 2:20 PM", 1689862800000LL);
	LOCAL("12:05am is just after midnight", "January 1, 2024 12:05am",
	    1704067500000LL);
	LOCAL("12:05pm is just after noon", "January 1, 2024 12:05pm",
	    1704110700000LL);
	LOCAL("blanks around", "  June 19, 2023 2:20pm ", 1687184400000LL);
	BAD("Juni 19, 2023 2:20pm");
	BAD("June 31, 2023 2:20pm");
	BAD("June 19, 2023 13:20pm");
	BAD("June 19, 2023 0:20am");
	BAD("June 19, 2023 2:20");
	BAD("June 19 2023 2:20pm");
	BAD("June 19, 2023 2:2pm");
}

static void
absolute(void)
{
	json_object *v;
	int64_t ms = 0;

	UTC("epoch ms string", "1677312399123", 1677312399123LL);
	UTC("ISO Z", "2025-12-01T16:48:10.123Z", 1764607690123LL);
	UTC("ISO offset", "2025-12-01T18:48:10.123+02:00", 1764607690123LL);
	LOCAL("ISO without zone is local", "2025-12-01T16:48:10.123",
	    1764607690123LL);
	BAD("1234567890123456");
	BAD("12ab");
	BAD("2025-12-01X16:48:10Z");
	CHECK_INT("empty is none", parse(""), SDC_STDATE_NONE);
	CHECK_INT("blanks are none", parse("   "), SDC_STDATE_NONE);
	CHECK_INT("NULL value is none", sdc_stdate_json(NULL, &ms),
	    SDC_STDATE_NONE);
	v = json_object_new_int64(1677312399123LL);
	CHECK_INT("JSON number", sdc_stdate_json(v, &ms), SDC_STDATE_UTC);
	CHECK_INT("JSON number ms", ms, 1677312399123LL);
	json_object_put(v);
	v = json_object_new_double(1677312399123.7);
	CHECK_INT("JSON fraction", sdc_stdate_json(v, &ms), SDC_STDATE_UTC);
	CHECK_INT("JSON fraction truncated", ms, 1677312399123LL);
	json_object_put(v);
	v = json_object_new_int64(-5);
	CHECK_INT("negative number", sdc_stdate_json(v, &ms),
	    SDC_STDATE_BAD);
	json_object_put(v);
	v = json_object_new_boolean(1);
	CHECK_INT("boolean", sdc_stdate_json(v, &ms), SDC_STDATE_BAD);
	json_object_put(v);
	v = json_object_new_string("August 6, 2025 6:48pm");
	CHECK_INT("JSON string", sdc_stdate_json(v, &ms), SDC_STDATE_LOCAL);
	json_object_put(v);
}

int
main(void)
{
	humanized();
	meridiem();
	absolute();
	return check_done();
}
