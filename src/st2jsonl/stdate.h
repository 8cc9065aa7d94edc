/* stdate - SillyTavern send_date values (sources/sillytavern.md §4).
 *
 * One chat file mixes every format a SillyTavern version ever wrote:
 *
 *	1677312399123			epoch ms, JSON number or digit string
 *	"2023-7-20 @14h 56m 50s 682ms"	humanized, spaced (ms is a value, not
 *					a fraction: "07ms" is 7 ms)
 *	"2023-11-5@09h05m03s"		humanized, compact
 *	"2025-12-01@18h48m10s005ms"	humanized, compact with ms
 *	"June 19, 2023 2:20pm"		meridiem (minute precision)
 *	"July 20, 2023 2:20 PM"		meridiem, moment's 'LL LT'
 *	"2025-12-01T16:48:10.123Z"	ISO 8601
 *
 * Epoch and ISO values with a zone are instants.  The humanized and
 * meridiem forms are naive wall-clock times of the machine that wrote them;
 * they come back as "wall ms" (the wall clock read as if it were UTC) for
 * the caller to place in a zone. */
#ifndef SDC_STDATE_H
#define SDC_STDATE_H

#include <stddef.h>
#include <stdint.h>
#include <json-c/json.h>

enum sdc_stdate {
	SDC_STDATE_NONE,	/* absent, null or "" */
	SDC_STDATE_BAD,	/* present, but no form we know */
	SDC_STDATE_UTC,	/* an instant: *ms is UTC */
	SDC_STDATE_LOCAL	/* naive wall time: *ms is wall ms */
};

/* Classify and parse the len bytes at s (blanks around are ignored). */
enum sdc_stdate sdc_stdate_parse(const char *s, size_t len, int64_t *ms);
/* The same for a JSON value: number, string, null or absent (NULL). */
enum sdc_stdate sdc_stdate_json(json_object *v, int64_t *ms);

#endif
