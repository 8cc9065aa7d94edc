/* sdctime - see sdctime.h.
 *
 * Local times are converted with the C library's zone database (TZ set to
 * the IANA name, mktime).  mktime is slow and global, so the offset found
 * for a local hour is cached: every zone in tzdata changes offset on an
 * hour boundary of local time, so one lookup per distinct hour is exact. */
#include "sdctime.h"
#include "diag.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

struct sdc_tz {
	char *name;		/* NULL = UTC */
	int64_t cached_hour;	/* local hour (wall ms / 3600000) cached */
	long cached_offset;	/* its UTC offset in seconds */
};

static const char *active_zone;	/* zone TZ is currently set to */

static int
is_utc_name(const char *name)
{
	return !name || !*name || !strcmp(name, "UTC") || !strcmp(name, "Etc/UTC")
	    || !strcmp(name, "GMT") || !strcmp(name, "Z") || !strcmp(name, "UTC0");
}

static int
zone_exists(const char *name)
{
	const char *dir = getenv("TZDIR");
	char path[4096];
	struct stat st;

	if (name[0] == ':')
		name++;
	if (name[0] == '/' || strstr(name, ".."))
		return 0;
	snprintf(path, sizeof(path), "%s/%s", dir ? dir : "/usr/share/zoneinfo", name);
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

struct sdc_tz *
sdc_tz_open(const char *name)
{
	struct sdc_tz *tz;

	if (!is_utc_name(name) && !zone_exists(name)) {
		sdc_warnx("unknown time zone '%s' (want an IANA name like America/New_York)", name);
		return NULL;
	}
	tz = sdc_xcalloc(1, sizeof(*tz));
	tz->name = is_utc_name(name) ? NULL : sdc_xstrdup(name);
	tz->cached_hour = INT64_MIN;
	return tz;
}

/* "zoneinfo/Area/City" of a path: the IANA name. */
static const char *
zone_of_path(const char *p)
{
	const char *z = strstr(p, "zoneinfo/");

	return z ? z + strlen("zoneinfo/") : p;
}

const char *
sdc_tz_machine(void)
{
	static char link[512];
	const char *env = getenv("TZ");
	ssize_t n;

	if (env && *env)
		return zone_of_path(env + (*env == ':'));
	n = readlink("/etc/localtime", link, sizeof(link) - 1);
	if (n <= 0)
		return NULL;
	link[n] = '\0';
	return strstr(link, "zoneinfo/") ? zone_of_path(link) : NULL;
}

struct sdc_tz *
sdc_tz_open_default(const char *name, const char *format_zone)
{
	if (!name)
		name = format_zone ? format_zone : sdc_tz_machine();
	return sdc_tz_open(name ? name : "UTC");
}

void
sdc_tz_close(struct sdc_tz *tz)
{
	if (!tz)
		return;
	if (active_zone == tz->name)
		active_zone = NULL;
	free(tz->name);
	free(tz);
}

const char *
sdc_tz_name(const struct sdc_tz *tz)
{
	return tz && tz->name ? tz->name : "UTC";
}

static void
activate(struct sdc_tz *tz)
{
	if (active_zone == tz->name)
		return;
	setenv("TZ", tz->name, 1);
	tzset();
	active_zone = tz->name;
}

static int64_t
floordiv(int64_t a, int64_t b)
{
	return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

int64_t
sdc_tz_local_to_utc(struct sdc_tz *tz, int64_t wall_ms)
{
	int64_t hour, days, y;
	unsigned m, d;
	struct tm tm;
	time_t t;

	if (!tz || !tz->name)
		return wall_ms;
	hour = floordiv(wall_ms, 3600000);
	if (hour != tz->cached_hour) {
		days = floordiv(hour, 24);
		sdc_civil_from_days(days, &y, &m, &d);
		memset(&tm, 0, sizeof(tm));
		tm.tm_year = (int)(y - 1900);
		tm.tm_mon = (int)m - 1;
		tm.tm_mday = (int)d;
		tm.tm_hour = (int)(hour - days * 24);
		tm.tm_isdst = -1;
		activate(tz);
		t = mktime(&tm);
		tz->cached_offset = (long)(hour * 3600 - (int64_t)t);
		tz->cached_hour = hour;
	}
	return wall_ms - (int64_t)tz->cached_offset * 1000;
}

long
sdc_tz_offset_at(struct sdc_tz *tz, int64_t utc_ms)
{
	time_t t = (time_t)floordiv(utc_ms, 1000);
	struct tm tm;

	if (!tz || !tz->name)
		return 0;
	activate(tz);
	localtime_r(&t, &tm);
	return tm.tm_gmtoff;
}

/* Howard Hinnant's civil-date algorithms (public domain). */
int64_t
sdc_days_from_civil(int64_t y, unsigned m, unsigned d)
{
	int64_t era, yoe, doy, doe;

	y -= m <= 2;
	era = floordiv(y, 400);
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
sdc_civil_from_days(int64_t z, int64_t *y, unsigned *m, unsigned *d)
{
	int64_t era, doe, yoe, doy, mp;

	z += 719468;
	era = floordiv(z, 146097);
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (unsigned)(doy - (153 * mp + 2) / 5 + 1);
	*m = (unsigned)(mp < 10 ? mp + 3 : mp - 9);
	*y = yoe + era * 400 + (*m <= 2);
}

static int
days_in_month(int64_t y, unsigned m)
{
	static const int dm[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return m == 2 && leap ? 29 : dm[m - 1];
}

/* A cursor over the text being parsed. */
struct scan {
	const char *p, *end;
};

static int
peek(const struct scan *sc)
{
	return sc->p < sc->end ? (unsigned char)*sc->p : -1;
}

/* Read 1..maxd digits; returns the count read (0 = none). */
static int
digits(struct scan *sc, int maxd, long *v)
{
	int n = 0;

	*v = 0;
	while (n < maxd && sc->p < sc->end && isdigit((unsigned char)*sc->p)) {
		*v = *v * 10 + (*sc->p++ - '0');
		n++;
	}
	return n;
}

static int
accept(struct scan *sc, char c)
{
	if (peek(sc) != (unsigned char)c)
		return 0;
	sc->p++;
	return 1;
}

static void
skip_blanks(struct scan *sc)
{
	while (sc->p < sc->end && isspace((unsigned char)*sc->p))
		sc->p++;
}

struct fields {
	int64_t year;
	long mon, day, hour, min, sec, ms;
	int has_zone;
	long zone_sec;
};

/* "HH:MM[:SS[.fffffffff]]" after the date. */
static int
scan_clock(struct scan *sc, struct fields *f)
{
	long frac;
	int n;

	if (!digits(sc, 2, &f->hour) || !accept(sc, ':') || digits(sc, 2, &f->min) != 2)
		return -1;
	if (accept(sc, ':')) {
		if (digits(sc, 2, &f->sec) != 2)
			return -1;
		if (accept(sc, '.') || accept(sc, ',')) {
			n = digits(sc, 9, &frac);
			while (n < 3) {
				frac *= 10;
				n++;
			}
			while (n-- > 3)
				frac /= 10;
			f->ms = frac;
			if (peek(sc) >= '0' && peek(sc) <= '9')
				return -1;
		}
	}
	return 0;
}

static int
scan_ampm(struct scan *sc, struct fields *f)
{
	int c;

	skip_blanks(sc);
	c = tolower(peek(sc));
	if (c != 'a' && c != 'p')
		return 0;
	sc->p++;
	if (tolower(peek(sc)) != 'm')
		return -1;
	sc->p++;
	if (f->hour < 1 || f->hour > 12)
		return -1;
	f->hour = f->hour % 12 + (c == 'p' ? 12 : 0);
	return 0;
}

static int
scan_zone(struct scan *sc, struct fields *f)
{
	long hh, mm = 0;
	int sign;

	skip_blanks(sc);
	if (accept(sc, 'Z') || accept(sc, 'z')) {
		f->has_zone = 1;
		return 0;
	}
	if (peek(sc) != '+' && peek(sc) != '-')
		return 0;
	sign = *sc->p++ == '-' ? -1 : 1;
	if (digits(sc, 2, &hh) != 2)
		return -1;
	if (accept(sc, ':')) {
		if (digits(sc, 2, &mm) != 2)
			return -1;
	} else if (peek(sc) >= '0' && peek(sc) <= '9' && digits(sc, 2, &mm) != 2)
		return -1;
	if (hh > 23 || mm > 59)
		return -1;
	f->has_zone = 1;
	f->zone_sec = sign * (hh * 3600 + mm * 60);
	return 0;
}

static int
scan_us(struct scan *sc, struct fields *f, long first, int flags)
{
	long second, year;
	int nyear;

	if (!digits(sc, 2, &second) || !accept(sc, '/'))
		return -1;
	nyear = digits(sc, 4, &year);
	if (nyear == 2)
		year += year < 69 ? 2000 : 1900;	/* POSIX %y pivot */
	else if (nyear != 4)
		return -1;
	f->year = year;
	f->mon = flags & SDC_TIME_DAYFIRST ? second : first;
	f->day = flags & SDC_TIME_DAYFIRST ? first : second;
	skip_blanks(sc);
	if (sc->p == sc->end)
		return 0;
	if (scan_clock(sc, f) < 0 || scan_ampm(sc, f) < 0)
		return -1;
	return 0;
}

static int
scan_iso(struct scan *sc, struct fields *f, long year)
{
	f->year = year;
	if (digits(sc, 2, &f->mon) != 2 || !accept(sc, '-') || digits(sc, 2, &f->day) != 2)
		return -1;
	if (sc->p == sc->end)
		return 0;
	if (!accept(sc, 'T') && !accept(sc, 't') && !accept(sc, ' '))
		return -1;
	if (scan_clock(sc, f) < 0)
		return -1;
	return scan_zone(sc, f);
}

int
sdc_time_parse_n(const char *s, size_t len, struct sdc_tz *tz, int flags, int64_t *out)
{
	struct scan sc = { s, s + len };
	struct fields f;
	long first;
	int n, rc;
	int64_t wall;

	memset(&f, 0, sizeof(f));
	skip_blanks(&sc);
	while (sc.end > sc.p && isspace((unsigned char)sc.end[-1]))
		sc.end--;
	if (sc.p == sc.end)
		return SDC_TIME_MISSING;
	n = digits(&sc, 4, &first);
	if (n == 0)
		return SDC_TIME_BAD;
	if (n <= 2 && accept(&sc, '/'))
		rc = scan_us(&sc, &f, first, flags);
	else if (n == 4 && accept(&sc, '-'))
		rc = scan_iso(&sc, &f, first);
	else
		return SDC_TIME_BAD;
	skip_blanks(&sc);
	if (rc < 0 || sc.p != sc.end)
		return SDC_TIME_BAD;
	if (f.mon < 1 || f.mon > 12 || f.day < 1 || f.day > days_in_month(f.year, (unsigned)f.mon)
	    || f.hour > 23 || f.min > 59 || f.sec > 60)
		return SDC_TIME_BAD;
	if (f.year < 1970)
		return SDC_TIME_MISSING;
	if (f.sec == 60)
		f.sec = 59;	/* a leap second reads as the second before it */
	wall = ((sdc_days_from_civil(f.year, (unsigned)f.mon, (unsigned)f.day) * 24 + f.hour) * 60
	    + f.min) * 60 + f.sec;
	wall = wall * 1000 + f.ms;
	*out = f.has_zone ? wall - (int64_t)f.zone_sec * 1000 : sdc_tz_local_to_utc(tz, wall);
	return SDC_TIME_OK;
}

int
sdc_time_parse(const char *s, struct sdc_tz *tz, int flags, int64_t *out)
{
	return sdc_time_parse_n(s, strlen(s), tz, flags, out);
}

/* Write v as exactly n decimal digits at p (hot path: no printf). */
static char *
put_digits(char *p, unsigned v, int n)
{
	int i;

	for (i = n - 1; i >= 0; i--) {
		p[i] = (char)('0' + v % 10);
		v /= 10;
	}
	return p + n;
}

char *
sdc_time_format(int64_t ms, char *buf)
{
	int64_t secs = floordiv(ms, 1000), days = floordiv(secs, 86400), y;
	unsigned rem = (unsigned)(secs - days * 86400), frac = (unsigned)(ms - secs * 1000);
	unsigned m, d;
	char *p = buf;

	sdc_civil_from_days(days, &y, &m, &d);
	y = y < 0 ? 0 : y > 9999 ? 9999 : y;
	p = put_digits(p, (unsigned)y, 4);
	*p++ = '-';
	p = put_digits(p, m, 2);
	*p++ = '-';
	p = put_digits(p, d, 2);
	*p++ = 'T';
	p = put_digits(p, rem / 3600, 2);
	*p++ = ':';
	p = put_digits(p, rem / 60 % 60, 2);
	*p++ = ':';
	p = put_digits(p, rem % 60, 2);
	if (frac) {
		*p++ = '.';
		p = put_digits(p, frac, 3);
	}
	*p++ = 'Z';
	*p = '\0';
	return buf;
}

int64_t
sdc_now_ms(void)
{
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	struct timespec ts;
	char *end;
	long long v;

	if (sde && *sde) {
		errno = 0;
		v = strtoll(sde, &end, 10);
		if (!errno && !*end && v >= 0)
			return (int64_t)v * 1000;
	}
	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000;	/* records say when to the second */
}
