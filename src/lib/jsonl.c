/* jsonl - see jsonl.h. */
#include "jsonl.h"
#include "buf.h"
#include "diag.h"

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define CHUNK (256 * 1024)

struct sdc_lines {
	FILE *fp;
	char *name;
	int own_fp;
	char *buf;		/* [start, end) holds unread bytes */
	size_t start, end, cap, max;
	long lineno;
	int eof, error, partial;
};

struct sdc_lines *
sdc_lines_open(FILE *fp, const char *name, size_t max)
{
	struct sdc_lines *l = sdc_xcalloc(1, sizeof(*l));

	l->fp = fp;
	l->name = sdc_xstrdup(name);
	l->max = max;
	l->cap = max && max < CHUNK ? max + 1 : CHUNK;	/* small limits, small buffers */
	l->buf = sdc_xmalloc(l->cap + 1);
	return l;
}

struct sdc_lines *
sdc_lines_open_path(const char *path, size_t max)
{
	FILE *fp;
	struct sdc_lines *l;

	if (strcmp(path, "-") == 0)
		return sdc_lines_open(stdin, "-", max);
	fp = fopen(path, "rb");
	if (!fp)
		return NULL;
	l = sdc_lines_open(fp, path, max);
	l->own_fp = 1;
	return l;
}

/* Read more input after the unread bytes; 0 at EOF or on error. */
static size_t
fill(struct sdc_lines *l)
{
	size_t n;

	if (l->eof)
		return 0;
	if (l->start > 0) {
		memmove(l->buf, l->buf + l->start, l->end - l->start);
		l->end -= l->start;
		l->start = 0;
	}
	if (l->end == l->cap) {
		l->cap *= 2;
		l->buf = sdc_xrealloc(l->buf, l->cap + 1);
	}
	n = fread(l->buf + l->end, 1, l->cap - l->end, l->fp);
	if (n == 0) {
		l->eof = 1;
		l->error = ferror(l->fp);
	}
	l->end += n;
	return n;
}

/* Discard the rest of an over-long line; returns its total size. */
static size_t
skip_line(struct sdc_lines *l, size_t seen)
{
	char *nl;

	for (;;) {
		nl = memchr(l->buf + l->start, '\n', l->end - l->start);
		if (nl) {
			seen += (size_t)(nl - (l->buf + l->start));
			l->start = (size_t)(nl - l->buf) + 1;
			return seen;
		}
		seen += l->end - l->start;
		l->start = l->end = 0;
		if (!fill(l))
			return seen;
	}
}

int
sdc_lines_next(struct sdc_lines *l, char **line, size_t *len)
{
	size_t scanned = 0, n;
	char *nl;

	for (;;) {
		nl = memchr(l->buf + l->start + scanned, '\n', l->end - l->start - scanned);
		if (nl || (l->eof && l->end > l->start))
			break;
		scanned = l->end - l->start;
		if (l->max && scanned > l->max) {
			l->lineno++;
			*len = skip_line(l, 0);
			return -1;
		}
		if (!fill(l)) {
			if (l->end == l->start)
				return 0;
		}
	}
	l->lineno++;
	*line = l->buf + l->start;
	n = nl ? (size_t)(nl - *line) : l->end - l->start;
	l->start += n + (nl != NULL);
	l->partial = nl == NULL;
	if (l->max && n > l->max) {
		*len = n;
		return -1;
	}
	if (n > 0 && (*line)[n - 1] == '\r')
		n--;
	(*line)[n] = '\0';
	*len = n;
	return 1;
}

long sdc_lines_lineno(const struct sdc_lines *l) { return l->lineno; }
const char *sdc_lines_name(const struct sdc_lines *l) { return l->name; }
int sdc_lines_error(const struct sdc_lines *l) { return l->error; }
int sdc_lines_partial(const struct sdc_lines *l) { return l->partial; }

void
sdc_lines_close(struct sdc_lines *l)
{
	if (!l)
		return;
	if (l->own_fp)
		fclose(l->fp);
	free(l->name);
	free(l->buf);
	free(l);
}

/* One UTF-8 sequence at s (lead byte c >= 0x80, before end): its length,
 * or 0 when invalid. */
static int
utf8_seq(const unsigned char *s, const unsigned char *end, unsigned c)
{
	int n, i;

	if (c >= 0xc2 && c <= 0xdf)
		n = 1;
	else if (c >= 0xe0 && c <= 0xef)
		n = 2;
	else if (c >= 0xf0 && c <= 0xf4)
		n = 3;
	else
		return 0;
	if (end - s <= n)
		return 0;
	for (i = 1; i <= n; i++)
		if ((s[i] & 0xc0) != 0x80)
			return 0;
	if ((c == 0xe0 && s[1] < 0xa0) || (c == 0xed && s[1] > 0x9f)
	    || (c == 0xf0 && s[1] < 0x90) || (c == 0xf4 && s[1] > 0x8f))
		return 0;	/* overlong, surrogate or > U+10FFFF */
	return n + 1;
}

/* ASCII, most of every input, is checked eight bytes at a time. */
int
sdc_utf8_valid(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str, *end = s + len;
	uint64_t x;
	int n;

	while (s < end) {
		if (end - s >= 8) {
			memcpy(&x, s, 8);
			if (!(x & 0x8080808080808080ULL)) {
				s += 8;
				continue;
			}
		}
		if (*s < 0x80) {
			s++;
			continue;
		}
		if (!(n = utf8_seq(s, end, *s)))
			return 0;
		s += n;
	}
	return 1;
}

/* One strict json-c pass over s; *end is where parsing stopped. */
static json_object *
parse_once(const char *s, size_t len, enum json_tokener_error *jerr, size_t *end)
{
	json_tokener *tok = json_tokener_new_ex(64);
	json_object *obj;

	json_tokener_set_flags(tok, JSON_TOKENER_STRICT);
	obj = json_tokener_parse_ex(tok, s, (int)len);
	*jerr = json_tokener_get_error(tok);
	*end = json_tokener_get_parse_end(tok);
	if (*jerr == json_tokener_continue) {	/* a bare number ends at the end */
		obj = json_tokener_parse_ex(tok, "", 1);
		*jerr = json_tokener_get_error(tok);
		*end = len;
	}
	json_tokener_free(tok);
	return obj;
}

json_object *
sdc_json_parse(const char *s, size_t len, const char **why)
{
	size_t where;

	return sdc_json_parse_doc(s, len, why, &where);
}

json_object *
sdc_json_parse_doc(const char *s, size_t len, const char **why, size_t *where)
{
	enum json_tokener_error jerr, jerr2;
	json_object *obj;
	size_t off, off2;

	*where = 0;

	if (!sdc_utf8_valid(s, len)) {
		*why = "invalid UTF-8";
		return NULL;
	}
	if (memchr(s, '\0', len)) {
		*why = "NUL byte in line";
		return NULL;
	}
	if (len > INT_MAX) {
		*why = "JSON text over 2 GiB";
		return NULL;
	}
	obj = parse_once(s, len, &jerr, &off);
	if (jerr == json_tokener_success && obj) {
		while (off < len && strchr(" \t\r\n", s[off]))
			off++;
		if (off == len)
			return obj;
	}
	json_object_put(obj);
	*where = off;
	*why = jerr == json_tokener_error_depth ? "JSON nested too deep"
	    : jerr == json_tokener_continue || jerr == json_tokener_error_parse_eof
	    ? "truncated JSON" : json_tokener_error_desc(jerr);
	if (jerr == json_tokener_success)
		*why = obj ? "trailing garbage after the JSON value" : "null is not a record";
	else if (jerr == json_tokener_error_parse_unexpected && off > 0) {
		/* Strict json-c calls a second value "unexpected": say what it is. */
		obj = parse_once(s, off, &jerr2, &off2);
		if (obj && jerr2 == json_tokener_success)
			*why = "trailing garbage after the JSON value";
		json_object_put(obj);
	}
	return NULL;
}

struct sdc_records {
	struct sdc_lines *lines;
	sdc_quick_fn *quick;
	void *quick_ctx;
};

void
sdc_records_quick(struct sdc_records *r, sdc_quick_fn *quick, void *ctx)
{
	r->quick = quick;
	r->quick_ctx = ctx;
}

struct sdc_records *
sdc_records_open(const char *path, size_t max_line)
{
	struct sdc_lines *l = sdc_lines_open_path(path, max_line ? max_line : SDC_MAX_LINE_DEFAULT);
	struct sdc_records *r;

	if (!l)
		return NULL;
	r = sdc_xcalloc(1, sizeof(*r));
	r->lines = l;
	return r;
}

static int
blank(const char *s, size_t len)
{
	while (len--)
		if (!strchr(" \t\r", *s++))
			return 0;
	return 1;
}

int
sdc_records_next(struct sdc_records *r, json_object **out)
{
	const char *why;
	char *line;
	size_t len;
	int rc;

	for (;;) {
		rc = sdc_lines_next(r->lines, &line, &len);
		if (rc == 0) {
			if (sdc_lines_error(r->lines))
				sdc_errx(SDC_EXIT_FATAL, "%s: read error", sdc_lines_name(r->lines));
			return 0;
		}
		if (rc < 0) {
			sdc_stats.read++;
			sdc_reject(sdc_lines_name(r->lines), sdc_lines_lineno(r->lines),
			    "line of %zu bytes is over the %zu-byte limit", len,
			    (size_t)SDC_MAX_LINE_DEFAULT);
			return -1;
		}
		if (blank(line, len))
			continue;
		if (!r->quick || !r->quick(r, line, len, r->quick_ctx))
			break;
		sdc_stats.read++;
	}
	sdc_stats.read++;
	*out = sdc_json_parse(line, len, &why);
	if (*out && !json_object_is_type(*out, json_type_object)) {
		json_object_put(*out);
		*out = NULL;
		why = "not a JSON object";
	}
	if (!*out) {
		sdc_reject(sdc_lines_name(r->lines), sdc_lines_lineno(r->lines), "%s", why);
		sdc_reject_write(line, len);
		return -1;
	}
	return 1;
}

long sdc_records_lineno(const struct sdc_records *r) { return sdc_lines_lineno(r->lines); }
const char *sdc_records_name(const struct sdc_records *r) { return sdc_lines_name(r->lines); }

void
sdc_records_close(struct sdc_records *r)
{
	if (!r)
		return;
	sdc_lines_close(r->lines);
	free(r);
}

/* Output: our own buffer written with write(2) in whole lines, so a tool
 * killed mid-run never leaves half a record for the next stage. */
static struct sdc_buf out = SDC_BUF_INIT;

static void
out_flush(void)
{
	if (sdc_write_all(STDOUT_FILENO, out.p, out.len) < 0)
		sdc_err(SDC_EXIT_FATAL, "writing output failed");
	sdc_buf_reset(&out);
}

/* Runs from sdc_close_stdout() (diag.c) through sdc_flush_hook. */
static void
flush_all(void)
{
	if (out.len)
		out_flush();
	sdc_buf_free(&out);
}

const char *
sdc_json_text(json_object *obj, size_t *len)
{
	const char *s = json_object_to_json_string_length(obj,
	    JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE, len);

	return s;
}

struct sdc_buf *
sdc_record_begin(void)
{
	sdc_flush_hook = flush_all;
	return &out;
}

void
sdc_record_end(void)
{
	sdc_buf_addc(&out, '\n');
	if (out.len >= CHUNK)
		out_flush();
	sdc_stats.written++;
}

void
sdc_write_lines(const char *text, size_t len, long n)
{
	sdc_flush_hook = flush_all;
	if (len < CHUNK)
		sdc_buf_add(&out, text, len);
	else {	/* large blocks go out as they are, after what is queued */
		out_flush();
		if (sdc_write_all(STDOUT_FILENO, text, len) < 0)
			sdc_err(SDC_EXIT_FATAL, "writing output failed");
	}
	if (out.len >= CHUNK)
		out_flush();
	sdc_stats.written += n;
}

void
sdc_write_line(const char *text, size_t len)
{
	sdc_buf_add(sdc_record_begin(), text, len);
	sdc_record_end();
}

void
sdc_write_record(json_object *obj)
{
	size_t len;
	const char *s = sdc_json_text(obj, &len);

	sdc_write_line(s, len);
}

json_object *
sdc_json_get(json_object *obj, const char *key)
{
	json_object *v;

	if (!obj || !json_object_is_type(obj, json_type_object))
		return NULL;
	return json_object_object_get_ex(obj, key, &v) ? v : NULL;
}

double
sdc_json_number(json_object *v, double def)
{
	if (v && (json_object_is_type(v, json_type_int) ||
	    json_object_is_type(v, json_type_double)))
		return json_object_get_double(v);
	return def;
}

const char *
sdc_json_str(json_object *obj, const char *key)
{
	json_object *v = sdc_json_get(obj, key);

	return v && json_object_is_type(v, json_type_string) ? json_object_get_string(v) : NULL;
}

json_object *
sdc_json_path(json_object *obj, const char *dotted)
{
	char key[256];
	const char *dot;
	size_t n;

	while (obj && (dot = strchr(dotted, '.'))) {
		n = (size_t)(dot - dotted);
		if (n >= sizeof(key))
			return NULL;
		memcpy(key, dotted, n);
		key[n] = '\0';
		obj = sdc_json_get(obj, key);
		dotted = dot + 1;
	}
	return sdc_json_get(obj, dotted);
}

long
sdc_text_line(const char *s, size_t off)
{
	long line = 1;
	const char *p = s, *end = s + off;

	while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		line++;
		p++;
	}
	return line;
}
