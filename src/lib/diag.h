/* diag - layer 0 (base): diagnostics, counts and exit statuses shared by
 * every sdc program.
 *
 * Messages go to stderr as "PROG: text" (conventions.md).  A rejected input
 * record is reported as "PROG: FILE:LINE: reason", counted, and optionally
 * copied verbatim to the --reject file so it can be fixed and fed back. */
#ifndef SDC_DIAG_H
#define SDC_DIAG_H

#include <stdio.h>
#include <stddef.h>

enum sdc_exit {
	SDC_EXIT_OK = 0,	/* every input record was processed */
	SDC_EXIT_REJECTS = 1,	/* finished, some records rejected */
	SDC_EXIT_USAGE = 2,	/* usage or configuration error */
	SDC_EXIT_FATAL = 3	/* I/O, network or API failure */
};

/* Counts that every tool reports in its summary line.  Extra named
 * counters (duplicates, skipped, ...) are appended with sdc_count(). */
#define SDC_MAX_COUNTERS 12
struct sdc_stats {
	long read, written, rejected;
	int nextra;
	struct { char name[48]; long n; } extra[SDC_MAX_COUNTERS];	/* names copied */
};

extern const char *sdc_progname;
extern struct sdc_stats sdc_stats;
extern int sdc_verbose;		/* -v: audit lines */
extern int sdc_quiet;		/* -q: no progress, no warnings */

void sdc_init(const char *progname);
void sdc_warnx(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void sdc_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void sdc_errx(int code, const char *fmt, ...)
	__attribute__((format(printf, 2, 3), noreturn));
void sdc_err(int code, const char *fmt, ...)
	__attribute__((format(printf, 2, 3), noreturn));
void sdc_note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Report a rejected record at FILE:LINE (line 0 = no line) and count it. */
void sdc_reject(const char *file, long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* A warning about FILE:LINE that rejects nothing. */
void sdc_warn_at(const char *file, long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* --reject FILE: each rejected raw record is appended there by the tool. */
void sdc_reject_open(const char *path);
void sdc_reject_write(const char *data, size_t len);
/* Is there a --reject file?  (Readers skip keeping raw bytes without one.) */
int sdc_reject_enabled(void);

/* The long options every tool has (with -h, -v, -q); put the macro in the
 * tool's getopt_long table and pass each option to sdc_common_option(). */
enum { SDC_OPT_VERSION = 0x1000, SDC_OPT_REJECT, SDC_OPT_TZ };
#define SDC_COMMON_OPTIONS \
	{ "help", no_argument, NULL, 'h' }, \
	{ "version", no_argument, NULL, SDC_OPT_VERSION }, \
	{ "verbose", no_argument, NULL, 'v' }, \
	{ "quiet", no_argument, NULL, 'q' }, \
	{ "reject", required_argument, NULL, SDC_OPT_REJECT }
/* --tz ZONE, in the table of every program that reads or shows local
 * times: sdc_common_option keeps ZONE in sdc_opt_tz, and
 * sdc_tz_open_default() (sdctime.h) gives every program the same default. */
#define SDC_TZ_OPTION { "tz", required_argument, NULL, SDC_OPT_TZ }
extern const char *sdc_opt_tz;	/* --tz, or NULL */

/* Handle -v, -q, --version (prints "PROG VERSION", exits 0), --reject and --tz;
 * 1 when ch was one of them.  -h stays with the tool: it owns usage(). */
int sdc_common_option(int ch, const char *arg);

/* A whole-number option argument in [min, max]; anything else is a usage
 * error naming the option ("--gap: not a number from 0 to 525600: x"). */
long sdc_long_arg(const char *option, const char *s, long min, long max);

/* Add n to the named extra counter (created on first use). */
void sdc_count(const char *name, long n);
long sdc_counter(const char *name);

/* Print the summary line when verbose or when anything was rejected. */
void sdc_summary(void);

/* Set by the record writer so that closing stdout flushes its buffer. */
extern void (*sdc_flush_hook)(void);

/* Flush and close stdout; on a write error, say so and exit 3.  Every tool
 * calls this last, so "> /dev/full" never passes silently. */
void sdc_close_stdout(void);

/* The exit status the counts call for: 1 when anything was rejected. */
int sdc_exit_status(void);

/* write(2) all of len bytes, going on after EINTR and short writes;
 * 0, or -1 with errno set. */
int sdc_write_all(int fd, const void *data, size_t len);

/* Allocation that cannot fail: out of memory is a fatal error (exit 3). */
void *sdc_xmalloc(size_t n);
void *sdc_xcalloc(size_t n, size_t size);
void *sdc_xrealloc(void *p, size_t n);
char *sdc_xstrdup(const char *s);
char *sdc_xstrndup(const char *s, size_t n);

#endif
