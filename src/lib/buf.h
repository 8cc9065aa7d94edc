/* buf - layer 0 (base): a growable byte buffer with an optional size cap.
 *
 * sdc_buf_add() refuses (returns -1) instead of growing past max, so a
 * libcurl write callback or a line reader can stop an unbounded input
 * without ever dropping data silently.  The buffer stays NUL-terminated. */
#ifndef SDC_BUF_H
#define SDC_BUF_H

#include <stddef.h>
#include <string.h>

struct sdc_buf {
	char *p;
	size_t len, cap;
	size_t max;		/* 0 = no cap */
};

#define SDC_BUF_INIT { NULL, 0, 0, 0 }

int sdc_buf_printf(struct sdc_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Make room for len more bytes without adding them: a writer that knows a
 * record's size reserves once, and every add after it is a copy. */
int sdc_buf_reserve(struct sdc_buf *b, size_t len);

/* Inline, like sdc_buf_addc: writers append a few bytes at a time, and a
 * call per append cost more than the copy (sdc-sc2jsonl, issue 17). */
static inline int
sdc_buf_add(struct sdc_buf *b, const void *data, size_t len)
{
	if (len >= b->cap - b->len && sdc_buf_reserve(b, len) < 0)
		return -1;
	if (len)
		memcpy(b->p + b->len, data, len);
	b->len += len;
	b->p[b->len] = '\0';
	return 0;
}

static inline int
sdc_buf_adds(struct sdc_buf *b, const char *s)
{
	return sdc_buf_add(b, s, strlen(s));
}

/* One byte; inline because parsers and writers call it per byte. */
static inline int
sdc_buf_addc(struct sdc_buf *b, char c)
{
	if (b->len + 1 >= b->cap && sdc_buf_reserve(b, 1) < 0)
		return -1;
	b->p[b->len++] = c;
	b->p[b->len] = '\0';
	return 0;
}
void sdc_buf_reset(struct sdc_buf *b);
void sdc_buf_free(struct sdc_buf *b);
/* Hand the bytes to the caller (who frees them) and reset the buffer. */
char *sdc_buf_take(struct sdc_buf *b);

#endif
