/* csv - see csv.h.
 *
 * A line wholly in the read buffer with no quote in it is copied at once
 * and cut at its commas a word at a time; any other row goes through a
 * state machine, a byte at a time.  Field bytes are copied into one row
 * buffer (NUL after each field) and the raw row bytes into another, so
 * both stay valid after the read buffer moves on. */
#include "csv.h"
#include "buf.h"
#include "diag.h"
#include "grow.h"

#include <ctype.h>
#include <stdint.h>
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
	int slow_only;			/* no plain lines in one go (tests) */
	size_t rowlen;			/* bytes of the row so far */
	size_t *offs, *lens;
	size_t nf, cap, capfields;
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
sdc_csv_fast_lines(struct sdc_csv *c, int on)
{
	c->slow_only = !on;
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
add_field(struct sdc_csv *c, size_t start, size_t len)
{
	size_t cap = c->cap;	/* the two arrays grow together */

	if (c->nf == c->cap) {
		c->offs = sdc_grow(c->offs, &cap, c->nf + 1, sizeof(*c->offs));
		c->lens = sdc_grow(c->lens, &c->cap, c->nf + 1, sizeof(*c->lens));
	}
	c->offs[c->nf] = start;
	c->lens[c->nf] = len;
	c->nf++;
}

static void
end_field(struct sdc_csv *c, size_t start)
{
	add_field(c, start, c->data.len - start);
	sdc_buf_addc(&c->data, '\0');
}

static void
fill_row(struct sdc_csv *c, struct sdc_csv_row *row, long first_line)
{
	size_t i;

	if (c->nf > c->capfields || !c->fields)
		c->fields = sdc_grow(c->fields, &c->capfields, c->nf ? c->nf : 1,
		    sizeof(*c->fields));
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
	row->text = c->data.p ? c->data.p : "";
	row->textlen = c->data.len;
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

/* Reading a line in one go, a word at a time where words hold their
 * bytes from the low end: a byte b of a word x is a comma when b ^ ','
 * is zero. */
#define ONES 0x0101010101010101ULL
#define WORDS SDC_CSV_WORDS
#define zero_bytes sdc_csv_zero_bytes

/* Cut the line copied into c->data (len bytes) into fields at its commas. */
static void
split_commas(struct sdc_csv *c, size_t len)
{
	char *d = c->data.p;
	size_t i = 0, start = 0, k;
	uint64_t w, m;

	for (; WORDS && i + 8 <= len; i += 8) {
		memcpy(&w, d + i, 8);
		for (m = zero_bytes(w ^ ',' * ONES); m; m &= m - 1) {
			k = i + ((size_t)__builtin_ctzll(m) >> 3);
			d[k] = '\0';
			add_field(c, start, k - start);
			start = k + 1;
		}
	}
	for (; i < len; i++)
		if (d[i] == ',') {
			d[i] = '\0';
			add_field(c, start, i - start);
			start = i + 1;
		}
	add_field(c, start, len - start);
}

/* The first comma or quote in p..end, or end. */
static const char *
comma_or_quote(const char *p, const char *end)
{
	uint64_t w, m;

	for (; WORDS && end - p >= 8; p += 8) {
		memcpy(&w, p, 8);
		m = zero_bytes(w ^ ',' * ONES) | zero_bytes(w ^ '"' * ONES);
		if (m)
			return p + (__builtin_ctzll(m) >> 3);
	}
	while (p < end && *p != ',' && *p != '"')
		p++;
	return p;
}

/* One field of a line at p (up to nl) into c->data: 1, with *next where
 * the next field starts (NULL after the last), or 0 for what the state
 * machine must read: a quote mid-field, a doubled quote, a quote closed
 * on another line or followed by more than a comma or the line end. */
static int
line_field(struct sdc_csv *c, const char *p, const char *nl, const char **next)
{
	const char *e, *after;
	size_t start = c->data.len;

	if (p < nl && *p == '"') {
		if (!(e = memchr(p + 1, '"', (size_t)(nl - p - 1))))
			return 0;
		after = e + 1;
		if (after < nl && *after != ',' && !(*after == '\r' && after + 1 == nl))
			return 0;	/* the CR of CRLF after a closing quote is dropped */
		p++;
		*next = after < nl && *after == ',' ? after + 1 : NULL;
	} else {
		e = comma_or_quote(p, nl);
		if (e < nl && *e == '"')
			return 0;
		*next = e < nl ? e + 1 : NULL;
		if (e == nl && e > p && e[-1] == '\r')
			e--;	/* CRLF */
	}
	memcpy(c->data.p + c->data.len, p, (size_t)(e - p));
	c->data.len += (size_t)(e - p);
	end_field(c, start);
	return 1;
}

/* A line wholly in the read buffer, with quotes only around whole fields
 * and none doubled (nearly every row), read in one go: 1, or 0 to leave
 * the row to the state machine.  What the state machine would make of
 * it: fields cut at every comma outside quotes, a CR kept but for the
 * one of a CRLF, the row too long when the line and its LF are. */
static int
quick_line(struct sdc_csv *c, struct sdc_csv_row *row)
{
	const char *p = c->in + c->inpos, *nl, *q;
	size_t len;

	nl = c->slow_only ? NULL : memchr(p, '\n', c->inlen - c->inpos);
	if (!nl || (len = (size_t)(nl - p)) + 1 > c->max_row)
		return 0;
	sdc_buf_reserve(&c->data, 2 * len + 2);	/* a NUL a field at most */
	if (!(q = memchr(p, '"', len))) {
		sdc_buf_add(&c->data, p, len && p[len - 1] == '\r' ? len - 1 : len);
		sdc_buf_addc(&c->data, '\0');
		split_commas(c, c->data.len - 1);
	} else
		for (q = p; q; )
			if (!line_field(c, q, nl, &q)) {
				sdc_buf_reset(&c->data);
				c->nf = 0;
				return 0;
			}
	if (!c->skip_raw)
		sdc_buf_add(&c->raw, p, len + 1);
	c->inpos += len + 1;
	fill_row(c, row, c->line++);
	return 1;
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
	if (refill(c) && quick_line(c, row))
		return SDC_CSV_ROW;
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
