/* fpset - see fpset.h. */
#include "fpset.h"
#include "diag.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

/* An all-zero slot is empty; the all-zero digest itself is kept aside. */
struct sdc_fpset {
	unsigned char *slots;
	size_t cap, n;		/* cap is a power of two, n <= cap / 2 */
	int has_zero;
};

static const unsigned char zero_fp[SDC_FP_LEN];

struct sdc_fpset *
sdc_fpset_new(void)
{
	struct sdc_fpset *s = sdc_xcalloc(1, sizeof(*s));

	s->cap = 1024;
	s->slots = sdc_xcalloc(s->cap, SDC_FP_LEN);
	return s;
}

void
sdc_fpset_free(struct sdc_fpset *s)
{
	if (!s)
		return;
	free(s->slots);
	free(s);
}

static unsigned char *
slot(const struct sdc_fpset *s, const unsigned char *fp)
{
	uint64_t h;
	size_t mask = s->cap - 1, i;
	unsigned char *p;

	memcpy(&h, fp, sizeof(h));
	for (i = h & mask;; i = (i + 1) & mask) {
		p = s->slots + i * SDC_FP_LEN;
		if (memcmp(p, fp, SDC_FP_LEN) == 0 ||
		    memcmp(p, zero_fp, SDC_FP_LEN) == 0)
			return p;
	}
}

static void
grow(struct sdc_fpset *s)
{
	unsigned char *old = s->slots, *p;
	size_t oldcap = s->cap, i;

	s->cap *= 2;
	s->slots = sdc_xcalloc(s->cap, SDC_FP_LEN);
	for (i = 0; i < oldcap; i++) {
		p = old + i * SDC_FP_LEN;
		if (memcmp(p, zero_fp, SDC_FP_LEN) != 0)
			memcpy(slot(s, p), p, SDC_FP_LEN);
	}
	free(old);
}

int
sdc_fpset_add(struct sdc_fpset *s, const unsigned char fp[SDC_FP_LEN])
{
	unsigned char *p;

	if (memcmp(fp, zero_fp, SDC_FP_LEN) == 0) {
		if (s->has_zero)
			return 0;
		s->has_zero = 1;
		s->n++;
		return 1;
	}
	p = slot(s, fp);
	if (memcmp(p, fp, SDC_FP_LEN) == 0)
		return 0;
	memcpy(p, fp, SDC_FP_LEN);
	if (++s->n * 2 > s->cap)
		grow(s);
	return 1;
}

int
sdc_fpset_has(const struct sdc_fpset *s, const unsigned char fp[SDC_FP_LEN])
{
	if (memcmp(fp, zero_fp, SDC_FP_LEN) == 0)
		return s->has_zero;
	return memcmp(slot(s, fp), fp, SDC_FP_LEN) == 0;
}

size_t
sdc_fpset_count(const struct sdc_fpset *s)
{
	return s->n;
}

void
sdc_fpset_clear(struct sdc_fpset *s)
{
	memset(s->slots, 0, s->cap * SDC_FP_LEN);
	s->n = 0;
	s->has_zero = 0;
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

int
sdc_fp_from_hex(const char *s, size_t len, unsigned char fp[SDC_FP_LEN])
{
	int i, hi, lo;

	if (len != 2 * SDC_FP_LEN)
		return -1;
	for (i = 0; i < SDC_FP_LEN; i++) {
		hi = hexval((unsigned char)s[2 * i]);
		lo = hexval((unsigned char)s[2 * i + 1]);
		if (hi < 0 || lo < 0)
			return -1;
		fp[i] = (unsigned char)(hi << 4 | lo);
	}
	return 0;
}

struct sdc_fpstate {
	int fd;
	char *path;
};

/* mkdir -p of the directory part of path. */
static void
make_parent(const char *path)
{
	char *dir = sdc_xstrdup(path), *p;

	for (p = dir + 1; (p = strchr(p, '/')) != NULL; p++) {
		*p = '\0';
		mkdir(dir, 0777);
		*p = '/';
	}
	free(dir);
}

static char *
slurp(int fd, size_t *len)
{
	struct stat st;
	char *buf;
	size_t off = 0;
	ssize_t n;

	if (fstat(fd, &st) < 0)
		return NULL;
	buf = sdc_xmalloc((size_t)st.st_size + 1);
	while (off < (size_t)st.st_size) {
		n = pread(fd, buf + off, (size_t)st.st_size - off, (off_t)off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		off += (size_t)n;
	}
	*len = off;
	return buf;
}

static void
load(struct sdc_fpstate *st, struct sdc_fpset *set)
{
	size_t len, n;
	char *buf = slurp(st->fd, &len), *p, *nl;
	unsigned char fp[SDC_FP_LEN];
	long line = 0;

	if (!buf)
		return;
	for (p = buf; p < buf + len; p = nl + 1) {
		line++;
		nl = memchr(p, '\n', buf + len - p);
		if (!nl) {
			sdc_warn_at(st->path, line, "torn last line ignored");
			break;
		}
		n = (size_t)(nl - p);
		if (sdc_fp_from_hex(p, n, fp) == 0)
			sdc_fpset_add(set, fp);
		else if (n > 0)
			sdc_warn_at(st->path, line, "not a fingerprint, ignored");
	}
	free(buf);
}

struct sdc_fpstate *
sdc_fpstate_open(const char *path, struct sdc_fpset *set)
{
	struct sdc_fpstate *st;
	int fd;

	fd = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0666);
	if (fd < 0 && errno == ENOENT) {
		make_parent(path);
		fd = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0666);
	}
	if (fd < 0) {
		sdc_warn("%s", path);
		return NULL;
	}
	if (flock(fd, LOCK_EX | LOCK_NB) < 0) {
		sdc_note("%s: waiting for another run to finish", path);
		if (flock(fd, LOCK_EX) < 0) {
			sdc_warn("%s: lock", path);
			close(fd);
			return NULL;
		}
	}
	st = sdc_xcalloc(1, sizeof(*st));
	st->fd = fd;
	st->path = sdc_xstrdup(path);
	load(st, set);
	return st;
}

static int
write_all(int fd, const char *p, size_t len)
{
	ssize_t n;

	while (len > 0) {
		n = write(fd, p, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

int
sdc_fpstate_append(struct sdc_fpstate *st, const char *lines, size_t len)
{
	struct stat sb;
	char last;

	if (len == 0)
		return 0;
	/* After a torn append, start on a fresh line. */
	if (fstat(st->fd, &sb) == 0 && sb.st_size > 0 &&
	    pread(st->fd, &last, 1, sb.st_size - 1) == 1 && last != '\n' &&
	    write_all(st->fd, "\n", 1) < 0)
		goto fail;
	if (write_all(st->fd, lines, len) < 0 || fsync(st->fd) < 0)
		goto fail;
	return 0;
fail:
	sdc_warn("%s: writing state", st->path);
	return -1;
}

void
sdc_fpstate_close(struct sdc_fpstate *st)
{
	if (!st)
		return;
	close(st->fd);		/* releases the lock */
	free(st->path);
	free(st);
}
