/* diag - see diag.h. */
#include "diag.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char *sdc_progname = "sdc";
struct sdc_stats sdc_stats;
int sdc_verbose;
int sdc_quiet;
const char *sdc_opt_tz;
static FILE *reject_file;
void (*sdc_flush_hook)(void);

void
sdc_init(const char *progname)
{
	const char *slash = strrchr(progname, '/');

	sdc_progname = slash ? slash + 1 : progname;
}

static void
vmsg(const char *fmt, va_list ap, const char *suffix)
{
	fprintf(stderr, "%s: ", sdc_progname);
	vfprintf(stderr, fmt, ap);
	if (suffix)
		fprintf(stderr, ": %s", suffix);
	fputc('\n', stderr);
}

void
sdc_warnx(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(fmt, ap, NULL);
	va_end(ap);
}

void
sdc_warn(const char *fmt, ...)
{
	va_list ap;
	const char *e = strerror(errno);

	va_start(ap, fmt);
	vmsg(fmt, ap, e);
	va_end(ap);
}

void
sdc_errx(int code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(fmt, ap, NULL);
	va_end(ap);
	exit(code);
}

void
sdc_err(int code, const char *fmt, ...)
{
	va_list ap;
	const char *e = strerror(errno);

	va_start(ap, fmt);
	vmsg(fmt, ap, e);
	va_end(ap);
	exit(code);
}

void
sdc_note(const char *fmt, ...)
{
	va_list ap;

	if (!sdc_verbose)
		return;
	va_start(ap, fmt);
	vmsg(fmt, ap, NULL);
	va_end(ap);
}

static void
vat(const char *file, long line, const char *fmt, va_list ap)
{
	if (line > 0)
		fprintf(stderr, "%s: %s:%ld: ", sdc_progname, file, line);
	else
		fprintf(stderr, "%s: %s: ", sdc_progname, file);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void
sdc_reject(const char *file, long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vat(file, line, fmt, ap);
	va_end(ap);
	sdc_stats.rejected++;
}

void
sdc_warn_at(const char *file, long line, const char *fmt, ...)
{
	va_list ap;

	if (sdc_quiet)
		return;
	va_start(ap, fmt);
	vat(file, line, fmt, ap);
	va_end(ap);
}

void
sdc_reject_open(const char *path)
{
	reject_file = fopen(path, "w");
	if (!reject_file)
		sdc_err(SDC_EXIT_USAGE, "%s", path);
}

int
sdc_reject_enabled(void)
{
	return reject_file != NULL;
}

void
sdc_reject_write(const char *data, size_t len)
{
	if (!reject_file)
		return;
	fwrite(data, 1, len, reject_file);
	if (len == 0 || data[len - 1] != '\n')
		fputc('\n', reject_file);
}

int
sdc_common_option(int ch, const char *arg)
{
	switch (ch) {
	case 'v':
		sdc_verbose = 1;
		return 1;
	case 'q':
		sdc_quiet = 1;
		return 1;
	case SDC_OPT_VERSION:
		printf("%s %s\n", sdc_progname, SDC_VERSION);
		exit(SDC_EXIT_OK);
	case SDC_OPT_REJECT:
		sdc_reject_open(arg);
		return 1;
	case SDC_OPT_TZ:
		sdc_opt_tz = arg;
		return 1;
	}
	return 0;
}

long
sdc_long_arg(const char *option, const char *s, long min, long max)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < min || v > max)
		sdc_errx(SDC_EXIT_USAGE, "%s: not a number from %ld to %ld: %s", option, min, max, s);
	return v;
}

void
sdc_count(const char *name, long n)
{
	struct sdc_stats *s = &sdc_stats;
	int i;

	for (i = 0; i < s->nextra; i++)
		if (strcmp(s->extra[i].name, name) == 0) {
			s->extra[i].n += n;
			return;
		}
	if (s->nextra == SDC_MAX_COUNTERS)
		return;
	/* A copy: a caller may count under a name that does not live until
	 * the summary (a string of a record it frees). */
	snprintf(s->extra[s->nextra].name, sizeof(s->extra[0].name), "%s", name);
	s->extra[s->nextra].n = n;
	s->nextra++;
}

long
sdc_counter(const char *name)
{
	int i;

	for (i = 0; i < sdc_stats.nextra; i++)
		if (strcmp(sdc_stats.extra[i].name, name) == 0)
			return sdc_stats.extra[i].n;
	return 0;
}

void
sdc_summary(void)
{
	const struct sdc_stats *s = &sdc_stats;
	int i;

	if (!sdc_verbose && s->rejected == 0)
		return;
	fprintf(stderr, "%s: %ld read, %ld written, %ld rejected", sdc_progname,
	    s->read, s->written, s->rejected);
	for (i = 0; i < s->nextra; i++)
		fprintf(stderr, ", %ld %s", s->extra[i].n, s->extra[i].name);
	fputc('\n', stderr);
}

void
sdc_close_stdout(void)
{
	int bad;

	if (sdc_flush_hook)
		sdc_flush_hook();
	bad = ferror(stdout);
	if (fclose(stdout) != 0 || bad)
		sdc_err(SDC_EXIT_FATAL, "writing output failed");
	if (reject_file && (ferror(reject_file) | fclose(reject_file)))
		sdc_err(SDC_EXIT_FATAL, "writing the reject file failed");
	reject_file = NULL;
}

int
sdc_exit_status(void)
{
	return sdc_stats.rejected ? SDC_EXIT_REJECTS : SDC_EXIT_OK;
}

int
sdc_write_all(int fd, const void *data, size_t len)
{
	const char *p = data;
	ssize_t n;

	while (len > 0) {
		n = write(fd, p, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

static void *
checked(void *p)
{
	if (!p)
		sdc_errx(SDC_EXIT_FATAL, "out of memory");
	return p;
}

void *sdc_xmalloc(size_t n) { return checked(malloc(n ? n : 1)); }
void *sdc_xcalloc(size_t n, size_t size) { return checked(calloc(n ? n : 1, size ? size : 1)); }
void *sdc_xrealloc(void *p, size_t n) { return checked(realloc(p, n ? n : 1)); }
char *sdc_xstrdup(const char *s) { return checked(strdup(s)); }
char *sdc_xstrndup(const char *s, size_t n) { return checked(strndup(s, n)); }
