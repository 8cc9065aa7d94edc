/* sdctime - layer 1 (data): source time formats in, RFC 3339 UTC out.
 *
 * Times are int64 milliseconds since the Unix epoch (UTC).  Source times
 * without a zone are local times of a named IANA zone (--tz); times with
 * "Z" or an offset are absolute whatever the zone. */
#ifndef SDC_TIME_H
#define SDC_TIME_H

#include <stdint.h>
#include <stddef.h>

#define SDC_TIME_NONE INT64_MIN

enum {
	SDC_TIME_OK = 0,
	SDC_TIME_MISSING = 1,	/* empty, year < 1970, .NET MinValue */
	SDC_TIME_BAD = -1	/* not a time we can read */
};

enum {
	SDC_TIME_DAYFIRST = 1	/* D/M/YYYY instead of M/D/YYYY */
};

/* A zone for local times.  NULL or "UTC" means UTC.  Returns -1 (and says
 * why) when the zone is not a known IANA name. */
struct sdc_tz;
struct sdc_tz *sdc_tz_open(const char *name);
/* The zone of times given without one, the same in every program: name
 * (--tz) when given; else format_zone, when the source format defines one
 * (ScreenConnect: UTC), else NULL; else TZ; else the machine's zone (what
 * /etc/localtime links to); else UTC.  NULL, warned, for an unknown name. */
struct sdc_tz *sdc_tz_open_default(const char *name, const char *format_zone);
/* The zone TZ names, else the machine's; NULL when neither says. */
const char *sdc_tz_machine(void);
void sdc_tz_close(struct sdc_tz *tz);
const char *sdc_tz_name(const struct sdc_tz *tz);
/* Local broken-down time (ms since epoch as if the wall clock were UTC)
 * to real UTC ms in zone tz. */
int64_t sdc_tz_local_to_utc(struct sdc_tz *tz, int64_t wall_ms);
/* UTC offset of tz at UTC instant ms, in seconds (east positive). */
long sdc_tz_offset_at(struct sdc_tz *tz, int64_t utc_ms);

/* Parse one source time: US "M/D/YYYY H:MM[:SS][ AM|PM]" (2- or 4-digit
 * year), ISO 8601 "YYYY-MM-DD[(T| )HH:MM[:SS[.f{0,9}]]][Z|+HH:MM|+HHMM]",
 * date-only forms.  Leading/trailing blanks are ignored. */
int sdc_time_parse(const char *s, struct sdc_tz *tz, int flags, int64_t *out);
int sdc_time_parse_n(const char *s, size_t len, struct sdc_tz *tz, int flags,
    int64_t *out);

/* Days since 1970-01-01 of a proleptic Gregorian date; and back. */
int64_t sdc_days_from_civil(int64_t y, unsigned m, unsigned d);
void sdc_civil_from_days(int64_t days, int64_t *y, unsigned *m, unsigned *d);

/* "YYYY-MM-DDTHH:MM:SSZ", or with ".mmm" when ms % 1000 != 0.
 * buf must hold SDC_TIME_BUFSZ bytes; returns buf. */
#define SDC_TIME_BUFSZ 32
char *sdc_time_format(int64_t ms, char *buf);

/* "now" in ms, whole seconds, or SOURCE_DATE_EPOCH when that is set. */
int64_t sdc_now_ms(void);

#endif
