/* stdate - see stdate.h.  A hand-written scanner rather than sscanf: the
 * forms differ in blanks and in the field widths, and a fuzzer feeds this
 * arbitrary bytes, so every step checks its bound. */
#include "stdate.h"
#include "sdctime.h"

#include <math.h>
#include <string.h>
#include <strings.h>

/* 9999-12-31T23:59:59.999Z: later values are not dates but noise. */
#define MAX_MS 253402300799999LL

struct scan {
	const char *p, *end;
};

static int
isdig(int c)
{
	return c >= '0' && c <= '9';
}

/* Between min and max digits into *v; -1 when fewer than min. */
static int
num(struct scan *sc, int min, int max, long *v)
{
	int n = 0;
	long x = 0;

	while (sc->p < sc->end && n < max && isdig(*sc->p)) {
		x = x * 10 + (*sc->p++ - '0');
		n++;
	}
	*v = x;
	return n < min ? -1 : 0;
}

static int
lit(struct scan *sc, char c)
{
	if (sc->p < sc->end && *sc->p == c) {
		sc->p++;
		return 0;
	}
	return -1;
}

static void
blanks(struct scan *sc)
{
	while (sc->p < sc->end && *sc->p == ' ')
		sc->p++;
}

static int
mdays(long y, long m)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return days[m - 1] + (m == 2 && leap);
}

/* Validate the fields and compose wall ms; -1 when out of range. */
static int
wall(long y, long mo, long d, long h, long mi, long s, long ms, int64_t *out)
{
	if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > mdays(y, mo) ||
	    h > 23 || mi > 59 || s > 59 || ms > 999)
		return -1;
	*out = sdc_days_from_civil(y, mo, d) * 86400000LL +
	    ((h * 60 + mi) * 60 + s) * 1000LL + ms;
	return 0;
}

/* "2023-7-20 @14h 56m 50s 682ms", "2023-11-5@09h05m03s",
 * "2025-12-01@18h48m10s005ms". */
static int
humanized(struct scan sc, int64_t *ms)
{
	long y, mo, d, h, mi, s, milli = 0;

	if (num(&sc, 4, 4, &y) || lit(&sc, '-') || num(&sc, 1, 2, &mo) ||
	    lit(&sc, '-') || num(&sc, 1, 2, &d))
		return -1;
	blanks(&sc);
	if (lit(&sc, '@'))
		return -1;
	blanks(&sc);
	if (num(&sc, 1, 2, &h) || lit(&sc, 'h'))
		return -1;
	blanks(&sc);
	if (num(&sc, 1, 2, &mi) || lit(&sc, 'm'))
		return -1;
	blanks(&sc);
	if (num(&sc, 1, 2, &s) || lit(&sc, 's'))
		return -1;
	blanks(&sc);
	if (sc.p < sc.end && (num(&sc, 1, 3, &milli) || lit(&sc, 'm') ||
	    lit(&sc, 's')))
		return -1;
	if (sc.p != sc.end)
		return -1;
	return wall(y, mo, d, h, mi, s, milli, ms);
}

static int
month_name(struct scan *sc, long *mo)
{
	static const char *names[12] = { "January", "February", "March",
	    "April", "May", "June", "July", "August", "September", "October",
	    "November", "December" };
	const char *w = sc->p;
	size_t n;
	int i;

	while (sc->p < sc->end && *sc->p != ' ')
		sc->p++;
	n = sc->p - w;
	for (i = 0; i < 12; i++)
		if (strlen(names[i]) == n && strncasecmp(w, names[i], n) == 0) {
			*mo = i + 1;
			return 0;
		}
	return -1;
}

/* "June 19, 2023 2:20pm" and "July 20, 2023 2:20 PM". */
static int
meridiem(struct scan sc, int64_t *ms)
{
	long y, mo, d, h, mi;
	int pm;

	if (month_name(&sc, &mo))
		return -1;
	blanks(&sc);
	if (num(&sc, 1, 2, &d) || lit(&sc, ','))
		return -1;
	blanks(&sc);
	if (num(&sc, 4, 4, &y))
		return -1;
	blanks(&sc);
	if (num(&sc, 1, 2, &h) || lit(&sc, ':') || num(&sc, 2, 2, &mi))
		return -1;
	blanks(&sc);
	if (sc.end - sc.p != 2 || (sc.p[1] != 'm' && sc.p[1] != 'M'))
		return -1;
	if (sc.p[0] == 'p' || sc.p[0] == 'P')
		pm = 1;
	else if (sc.p[0] == 'a' || sc.p[0] == 'A')
		pm = 0;
	else
		return -1;
	if (h < 1 || h > 12)
		return -1;
	return wall(y, mo, d, h % 12 + 12 * pm, mi, 0, 0, ms);
}

static int
epoch(struct scan sc, int64_t *ms)
{
	int64_t v = 0;
	int n = 0;

	for (; sc.p < sc.end; sc.p++, n++) {
		if (!isdig(*sc.p) || n == 15)
			return -1;
		v = v * 10 + (*sc.p - '0');
	}
	if (v > MAX_MS)
		return -1;
	*ms = v;
	return 0;
}

/* ISO 8601 "YYYY-MM-DD[(T| )...]": an instant when it names a zone. */
static enum sdc_stdate
iso(const char *s, size_t len, int64_t *ms)
{
	size_t i;
	int zoned = 0;

	if (len < 10 || !isdig(s[0]) || s[4] != '-' || s[7] != '-' ||
	    (len > 10 && s[10] != 'T' && s[10] != 't' && s[10] != ' '))
		return SDC_STDATE_BAD;
	for (i = 11; i < len; i++)
		if (s[i] == 'Z' || s[i] == 'z' || s[i] == '+' || s[i] == '-')
			zoned = 1;
	if (sdc_time_parse_n(s, len, NULL, 0, ms) != SDC_TIME_OK)
		return SDC_STDATE_BAD;
	return zoned ? SDC_STDATE_UTC : SDC_STDATE_LOCAL;
}

enum sdc_stdate
sdc_stdate_parse(const char *s, size_t len, int64_t *ms)
{
	struct scan sc = { s, s + len };

	while (sc.p < sc.end && (*sc.p == ' ' || *sc.p == '\t'))
		sc.p++;
	while (sc.end > sc.p && (sc.end[-1] == ' ' || sc.end[-1] == '\t'))
		sc.end--;
	if (sc.p == sc.end)
		return SDC_STDATE_NONE;
	if (isdig(*sc.p)) {
		if (epoch(sc, ms) == 0)
			return SDC_STDATE_UTC;
		if (memchr(sc.p, '@', sc.end - sc.p))
			return humanized(sc, ms) ? SDC_STDATE_BAD :
			    SDC_STDATE_LOCAL;
		return iso(sc.p, sc.end - sc.p, ms);
	}
	return meridiem(sc, ms) ? SDC_STDATE_BAD : SDC_STDATE_LOCAL;
}

enum sdc_stdate
sdc_stdate_json(json_object *v, int64_t *ms)
{
	double d;

	switch (json_object_get_type(v)) {
	case json_type_null:
		return SDC_STDATE_NONE;
	case json_type_int:
		*ms = json_object_get_int64(v);
		return *ms < 0 || *ms > MAX_MS ? SDC_STDATE_BAD :
		    SDC_STDATE_UTC;
	case json_type_double:
		d = json_object_get_double(v);
		if (!isfinite(d) || d < 0 || d > (double)MAX_MS)
			return SDC_STDATE_BAD;
		*ms = (int64_t)d;
		return SDC_STDATE_UTC;
	case json_type_string:
		return sdc_stdate_parse(json_object_get_string(v),
		    json_object_get_string_len(v), ms);
	default:
		return SDC_STDATE_BAD;
	}
}
