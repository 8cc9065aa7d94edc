/* buf - see buf.h. */
#include "buf.h"
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
sdc_buf_reserve(struct sdc_buf *b, size_t len)
{
	size_t need, cap;

	if (len > (size_t)-1 / 2 - b->len)
		return -1;
	need = b->len + len + 1;
	if (b->max && need > b->max + 1)
		return -1;
	if (need <= b->cap)
		return 0;
	cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap *= 2;
	if (b->max && cap > b->max + 1)
		cap = b->max + 1;
	b->p = sdc_xrealloc(b->p, cap);
	b->cap = cap;
	return 0;
}

int
sdc_buf_printf(struct sdc_buf *b, const char *fmt, ...)
{
	va_list ap;
	size_t room = b->cap - b->len;
	int n;

	/* Straight into the free space; only text that does not fit is
	 * formatted a second time, after growing. */
	va_start(ap, fmt);
	n = vsnprintf(room ? b->p + b->len : NULL, room, fmt, ap);
	va_end(ap);
	if (n >= 0 && (size_t)n < room) {
		b->len += (size_t)n;
		return 0;
	}
	if (room)
		b->p[b->len] = '\0';	/* a cut or failed text is not kept */
	if (n < 0 || sdc_buf_reserve(b, (size_t)n) < 0)
		return -1;
	va_start(ap, fmt);
	vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	return 0;
}

void
sdc_buf_reset(struct sdc_buf *b)
{
	b->len = 0;
	if (b->p)
		b->p[0] = '\0';
}

void
sdc_buf_free(struct sdc_buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}

char *
sdc_buf_take(struct sdc_buf *b)
{
	char *p = b->p ? b->p : sdc_xstrdup("");

	b->p = NULL;
	b->len = b->cap = 0;
	return p;
}
