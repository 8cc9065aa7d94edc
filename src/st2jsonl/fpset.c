/* fpset - see fpset.h. */
#include "fpset.h"
#include "diag.h"
#include "file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* The set keeps the first 128 bits of each digest: a false match among
 * a billion fingerprints has a chance of about 2^-68, and half the memory
 * makes a large state file load in half the time.  A counter set follows
 * each key with a long.  An all-zero key marks an empty slot; the all-zero
 * key itself is counted aside. */
#define KEY_LEN 16

struct sdc_fpset {
	unsigned char *slots;
	size_t stride;		/* KEY_LEN, or KEY_LEN + a long for counters */
	size_t cap, n;		/* cap is a power of two, n <= 3/4 cap */
	size_t bytes;		/* mapped size of slots */
	long zero_count;
};

static const unsigned char zero_key[KEY_LEN];

/* Big tables come from mmap with transparent huge pages requested: a
 * state file of a million fingerprints otherwise spends most of its load
 * time in page faults. */
static unsigned char *
table_alloc(size_t bytes)
{
	void *p;

	p = mmap(NULL, bytes, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		sdc_errx(SDC_EXIT_FATAL, "out of memory");
#ifdef MADV_HUGEPAGE
	if (bytes >= (2U << 20))
		madvise(p, bytes, MADV_HUGEPAGE);
#endif
	return p;
}

static struct sdc_fpset *
fpset_new(size_t stride)
{
	struct sdc_fpset *s = sdc_xcalloc(1, sizeof(*s));

	s->stride = stride;
	s->cap = 1024;
	s->bytes = s->cap * stride;
	s->slots = table_alloc(s->bytes);
	return s;
}

struct sdc_fpset *
sdc_fpset_new(void)
{
	return fpset_new(KEY_LEN);
}

struct sdc_fpset *
sdc_fpset_new_counter(void)
{
	return fpset_new(KEY_LEN + sizeof(long));
}

void
sdc_fpset_free(struct sdc_fpset *s)
{
	if (!s)
		return;
	munmap(s->slots, s->bytes);
	free(s);
}

static unsigned char *
slot(const struct sdc_fpset *s, const unsigned char *key)
{
	uint64_t h;
	size_t mask = s->cap - 1, i;
	unsigned char *p;

	memcpy(&h, key, sizeof(h));
	for (i = h & mask;; i = (i + 1) & mask) {
		p = s->slots + i * s->stride;
		if (memcmp(p, key, KEY_LEN) == 0 ||
		    memcmp(p, zero_key, KEY_LEN) == 0)
			return p;
	}
}

static void
resize(struct sdc_fpset *s, size_t cap)
{
	unsigned char *old = s->slots, *p;
	size_t oldcap = s->cap, oldbytes = s->bytes, i;

	s->cap = cap;
	s->bytes = cap * s->stride;
	s->slots = table_alloc(s->bytes);
	for (i = 0; i < oldcap; i++) {
		p = old + i * s->stride;
		if (memcmp(p, zero_key, KEY_LEN) != 0)
			memcpy(slot(s, p), p, s->stride);
	}
	munmap(old, oldbytes);
}

void
sdc_fpset_reserve(struct sdc_fpset *s, size_t more)
{
	size_t cap = s->cap;

	while ((s->n + more) * 4 > cap * 3)
		cap *= 2;
	if (cap != s->cap)
		resize(s, cap);
}

/* The count of fp after adding one; for a plain set only 1 (new) or 2
 * (present) matter. */
static long
bump(struct sdc_fpset *s, const unsigned char *fp)
{
	unsigned char *p;
	long count = 1;

	if (memcmp(fp, zero_key, KEY_LEN) == 0) {
		s->n += s->zero_count == 0;
		return ++s->zero_count;
	}
	p = slot(s, fp);
	if (memcmp(p, fp, KEY_LEN) == 0) {
		if (s->stride == KEY_LEN)
			return 2;
		memcpy(&count, p + KEY_LEN, sizeof(count));
		count++;
	} else {
		memcpy(p, fp, KEY_LEN);
		s->n++;
	}
	if (s->stride > KEY_LEN)
		memcpy(p + KEY_LEN, &count, sizeof(count));
	if (count == 1)
		sdc_fpset_reserve(s, 0);
	return count;
}

int
sdc_fpset_add(struct sdc_fpset *s, const unsigned char fp[SDC_FP_LEN])
{
	return bump(s, fp) == 1;
}

long
sdc_fpset_bump(struct sdc_fpset *s, const unsigned char fp[SDC_FP_LEN])
{
	return bump(s, fp);
}

int
sdc_fpset_has(const struct sdc_fpset *s, const unsigned char fp[SDC_FP_LEN])
{
	if (memcmp(fp, zero_key, KEY_LEN) == 0)
		return s->zero_count > 0;
	return memcmp(slot(s, fp), fp, KEY_LEN) == 0;
}

size_t
sdc_fpset_count(const struct sdc_fpset *s)
{
	return s->n;
}

void
sdc_fpset_clear(struct sdc_fpset *s)
{
	if (s->n)
		memset(s->slots, 0, s->bytes);
	s->n = 0;
	s->zero_count = 0;
}

/* Hex digit values, -1 for anything else: one table lookup per digit. */
static signed char hexval[256];

static void
hex_init(void)
{
	int c;

	if (hexval['1'])
		return;
	memset(hexval, -1, sizeof(hexval));
	for (c = 0; c < 10; c++)
		hexval['0' + c] = (signed char)c;
	for (c = 0; c < 6; c++)
		hexval['a' + c] = hexval['A' + c] = (signed char)(10 + c);
}

int
sdc_fp_from_hex(const char *s, size_t len, unsigned char fp[SDC_FP_LEN])
{
	const unsigned char *u = (const unsigned char *)s;
	int i, bad = 0, hi, lo;

	if (len != 2 * SDC_FP_LEN)
		return -1;
	hex_init();
	for (i = 0; i < SDC_FP_LEN; i++) {
		hi = hexval[u[2 * i]];
		lo = hexval[u[2 * i + 1]];
		bad |= hi | lo;
		fp[i] = (unsigned char)((hi & 15) << 4 | (lo & 15));
	}
	return bad < 0 ? -1 : 0;
}

struct sdc_fpstate {
	int fd;
	char *path;
};

/* Inserts in batches whose slots are prefetched first: a big state file
 * makes the table far larger than the cache, and waiting for one miss at
 * a time would dominate the load. */
#define BATCH 16

struct batch {
	unsigned char fp[BATCH][SDC_FP_LEN];
	int n;
};

static void
batch_flush(struct sdc_fpset *set, struct batch *b)
{
	int i;

	for (i = 0; i < b->n; i++)
		sdc_fpset_add(set, b->fp[i]);
	b->n = 0;
}

static void
batch_add(struct sdc_fpset *set, struct batch *b)
{
	uint64_t h;

	memcpy(&h, b->fp[b->n], sizeof(h));
	__builtin_prefetch(set->slots + (h & (set->cap - 1)) * set->stride, 1);
	if (++b->n == BATCH)
		batch_flush(set, b);
}

static void
load(struct sdc_fpstate *st, struct sdc_fpset *set)
{
	struct stat sb;
	size_t len, n;
	char *buf, *p, *nl;
	struct batch b;
	long line = 0;

	/* Mapped rather than read: no copy, and no heap the size of the
	 * history to fault in. */
	if (fstat(st->fd, &sb) < 0 || sb.st_size == 0)
		return;
	len = (size_t)sb.st_size;
	buf = mmap(NULL, len, PROT_READ, MAP_PRIVATE, st->fd, 0);
	if (buf == MAP_FAILED) {
		sdc_warn("%s", st->path);
		return;
	}
	madvise(buf, len, MADV_SEQUENTIAL);
	/* Sized once, so no slot moves while a batch is in flight. */
	sdc_fpset_reserve(set, len / (2 * SDC_FP_LEN + 1) + BATCH);
	b.n = 0;
	for (p = buf; p < buf + len; p = nl + 1) {
		line++;
		nl = memchr(p, '\n', buf + len - p);
		if (!nl) {
			sdc_warn_at(st->path, line, "torn last line ignored");
			break;
		}
		n = (size_t)(nl - p);
		if (sdc_fp_from_hex(p, n, b.fp[b.n]) == 0)
			batch_add(set, &b);
		else if (n > 0)
			sdc_warn_at(st->path, line, "not a fingerprint, ignored");
	}
	batch_flush(set, &b);
	munmap(buf, len);
}

struct sdc_fpstate *
sdc_fpstate_open(const char *path, struct sdc_fpset *set)
{
	struct sdc_fpstate *st;
	int fd;

	fd = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0666);
	if (fd < 0 && errno == ENOENT) {
		sdc_file_mkparent(path);
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
	    sdc_write_all(st->fd, "\n", 1) < 0)
		goto fail;
	if (sdc_write_all(st->fd, lines, len) < 0 || fsync(st->fd) < 0)
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
