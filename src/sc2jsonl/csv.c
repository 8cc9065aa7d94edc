/* csv - see csv.h.
 *
 * A byte-at-a-time state machine over a large read buffer.  Field bytes are
 * copied into one row buffer (NUL after each field) and the raw row bytes
 * into another, so both stay valid after the read buffer moves on. */
#include "csv.h"
#include "buf.h"
#include "diag.h"
#include "grow.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define READ_CHUNK (256 * 1024)

struct sdc_csv {
	FILE *fp;
	char *name;
	char *in;
	size_t inpos, inlen;
	int eof, started;
	long line;			/* physical line of the next byte */
	size_t max_row;
	struct sdc_buf data;		/* field bytes, NUL-separated */
	struct sdc_buf raw;		/* the row as read */
	int skip_raw;			/* ...or only its last two bytes */
	size_t rowlen;			/* bytes of the row so far */
	size_t *offs, *lens;
	size_t nf, cap;
	struct sdc_csv_field *fields;
};

struct sdc_csv *
sdc_csv_open(FILE *fp, const char *name, size_t max_row)
{
	struct sdc_csv *c = sdc_xcalloc(1, sizeof(*c));

	c->fp = fp;
	c->name = sdc_xstrdup(name);
	c->in = sdc_xmalloc(READ_CHUNK);
	c->line = 1;
	c->max_row = max_row ? max_row : (64UL << 20);
	return c;
}

struct sdc_csv *
sdc_csv_open_head(FILE *fp, const char *name, size_t max_row, const char *head, size_t headlen)
{
	struct sdc_csv *c = sdc_csv_open(fp, name, max_row);

	if (headlen > READ_CHUNK)
		sdc_errx(SDC_EXIT_FATAL, "csv: head of %zu bytes is too large", headlen);
	memcpy(c->in, head, headlen);
	c->inlen = headlen;
	if (headlen) {
		c->started = 1;
		if (headlen >= 3 && memcmp(c->in, "\xef\xbb\xbf", 3) == 0)
			c->inpos = 3;
	}
	return c;
}

void
sdc_csv_keep_raw(struct sdc_csv *c, int keep)
{
	c->skip_raw = !keep;
}

void
sdc_csv_close(struct sdc_csv *c)
{
	if (!c)
		return;
	free(c->name);
	free(c->in);
	sdc_buf_free(&c->data);
	sdc_buf_free(&c->raw);
	free(c->offs);
	free(c->lens);
	free(c->fields);
	free(c);
}

/* Make unread input available; 0 at EOF. */
static int
refill(struct sdc_csv *c)
{
	while (c->inpos == c->inlen) {
		if (c->eof)
			return 0;
		c->inlen = fread(c->in, 1, READ_CHUNK, c->fp);
		c->inpos = 0;
		if (c->inlen == 0) {
			c->eof = 1;
			return 0;
		}
		if (!c->started && c->inlen >= 3 && memcmp(c->in, "\xef\xbb\xbf", 3) == 0)
			c->inpos = 3;
		c->started = 1;
	}
	return 1;
}

/* Length of the run at p..end free of the bytes that matter in a state.
 * (Checking 8 bytes at a time costs more here than it saves: most
 * fields are shorter than two words.) */
static size_t
plain_run(const char *p, const char *end, int in_quotes)
{
	const char *q = p;

	if (in_quotes)
		while (q < end && *q != '"' && *q != '\n')
			q++;
	else
		while (q < end && *q != ',' && *q != '\n' && *q != '"' && *q != '\r')
			q++;
	return (size_t)(q - p);
}

static void
end_field(struct sdc_csv *c, size_t start)
{
	size_t cap = c->cap;	/* the two arrays grow together */

	if (c->nf == c->cap) {
		c->offs = sdc_grow(c->offs, &cap, c->nf + 1, sizeof(*c->offs));
		c->lens = sdc_grow(c->lens, &c->cap, c->nf + 1, sizeof(*c->lens));
	}
	c->offs[c->nf] = start;
	c->lens[c->nf] = c->data.len - start;
	c->nf++;
	sdc_buf_addc(&c->data, '\0');
}

static void
fill_row(struct sdc_csv *c, struct sdc_csv_row *row, long first_line)
{
	size_t i;

	c->fields = sdc_xrealloc(c->fields, (c->nf ? c->nf : 1) * sizeof(*c->fields));
	for (i = 0; i < c->nf; i++) {
		c->fields[i].s = c->data.p + c->offs[i];
		c->fields[i].len = c->lens[i];
	}
	row->f = c->fields;
	row->n = c->nf;
	row->line = first_line;
	row->last_line = c->line - 1;
	row->raw = c->raw.p ? c->raw.p : "";
	row->rawlen = c->raw.len;
	if (row->rawlen && row->raw[row->rawlen - 1] == '\n')
		row->rawlen--;
	if (row->rawlen && row->raw[row->rawlen - 1] == '\r')
		row->rawlen--;
}

/* Where sdc_csv_next is within a row. */
struct scan {
	long first_line;	/* of the row */
	size_t start;		/* of the field in c->data */
	int prev, quoted, in_quotes, any;
};

/* The input ended: the last row (without a newline), or the end. */
static int
at_end(struct sdc_csv *c, struct sdc_csv_row *row, struct scan *st,
    const char **why)
{
	if (st->in_quotes) {
		fill_row(c, row, st->first_line);
		*why = "unterminated quoted field";
		return SDC_CSV_BAD;
	}
	if (!st->any)
		return SDC_CSV_EOF;
	end_field(c, st->start);
	c->line++;
	fill_row(c, row, st->first_line);
	return SDC_CSV_ROW;
}

/* Drop the rest of an overlong physical line so reading can go on;
 * its bytes still go to the raw copy, so --reject gets the row whole. */
static int
too_long(struct sdc_csv *c, struct sdc_csv_row *row, struct scan *st,
    const char **why)
{
	const char *p, *nl;
	size_t n;

	while (refill(c)) {
		p = c->in + c->inpos;
		nl = memchr(p, '\n', c->inlen - c->inpos);
		n = nl ? (size_t)(nl - p) + 1 : c->inlen - c->inpos;
		if (!c->skip_raw)
			sdc_buf_add(&c->raw, p, n);
		c->inpos += n;
		if (nl)
			break;
	}
	c->line++;
	fill_row(c, row, st->first_line);
	*why = "row over the size limit";
	return SDC_CSV_BAD;
}

/* A quote, comma, CR or LF outside quotes; 1 when it ended the row. */
static int
special(struct sdc_csv *c, struct scan *st, int ch)
{
	switch (ch) {
	case '"':
		if (!st->quoted && c->data.len > st->start) {
			sdc_buf_addc(&c->data, '"');	/* stray quote mid-field: literal */
			break;
		}
		if (st->quoted && st->prev == '"')
			sdc_buf_addc(&c->data, '"');	/* "" inside quotes */
		st->quoted = 1;
		st->in_quotes = 1;
		break;
	case ',':
		end_field(c, st->start);
		st->start = c->data.len;
		st->quoted = 0;
		break;
	case '\n':
		c->line++;
		if (!st->quoted && c->data.len > st->start &&
		    c->data.p[c->data.len - 1] == '\r')
			c->data.p[--c->data.len] = '\0';
		end_field(c, st->start);
		return 1;
	case '\r':
		if (!st->quoted)
			sdc_buf_addc(&c->data, '\r');	/* after a closing quote: part of CRLF */
		break;
	}
	st->prev = ch;
	return 0;
}

int
sdc_csv_next(struct sdc_csv *c, struct sdc_csv_row *row, const char **why)
{
	struct scan st = { c->line, 0, 0, 0, 0, 0 };
	size_t run;
	const char *p;
	int ch;

	sdc_buf_reset(&c->data);
	sdc_buf_reset(&c->raw);
	c->rowlen = 0;
	c->nf = 0;
	for (;;) {
		if (!refill(c))
			return at_end(c, row, &st, why);
		st.any = 1;
		p = c->in + c->inpos;
		run = plain_run(p, c->in + c->inlen, st.in_quotes);
		if (!c->skip_raw)
			sdc_buf_add(&c->raw, p, run + (c->inpos + run < c->inlen));
		sdc_buf_add(&c->data, p, run);
		if (run)
			st.prev = (unsigned char)p[run - 1];
		c->inpos += run;
		c->rowlen += run + 1;
		if (c->rowlen > c->max_row)
			return too_long(c, row, &st, why);
		if (c->inpos == c->inlen)
			continue;
		ch = (unsigned char)c->in[c->inpos++];
		if (st.in_quotes) {
			if (ch == '"')
				st.in_quotes = 0;
			else {
				c->line++;
				sdc_buf_addc(&c->data, '\n');
			}
			st.prev = ch;
		} else if (special(c, &st, ch)) {
			fill_row(c, row, st.first_line);
			return SDC_CSV_ROW;
		}
	}
}

static int
name_eq(const char *field, size_t len, const char *name)
{
	while (len && isspace((unsigned char)*field)) {
		field++;
		len--;
	}
	while (len && isspace((unsigned char)field[len - 1]))
		len--;
	return len && strlen(name) == len && strncasecmp(field, name, len) == 0;
}

void
sdc_csv_map(const struct sdc_csv_row *header, const char *const *names, int n, int *idx)
{
	size_t j;
	int i;

	for (i = 0; i < n; i++) {
		idx[i] = -1;
		for (j = 0; j < header->n; j++)
			if (name_eq(header->f[j].s, header->f[j].len, names[i])) {
				idx[i] = (int)j;
				break;
			}
	}
}
