/* jsonw - see jsonw.h. */
#include "jsonw.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

/* The characters with a two-character escape, and the letter of each. */
#define SHORT_ESC "\"\\\b\f\n\r\t"
#define SHORT_ESC_AS "\"\\bfnrt"

/* One code point as \uXXXX, a surrogate pair above U+FFFF (RFC 8259). */
static void
escape_u(struct sdc_buf *b, int32_t c)
{
	if (c >= 0x10000)
		sdc_buf_printf(b, "\\u%04x\\u%04x",
		    (unsigned)(0xD800 + ((c - 0x10000) >> 10)),
		    (unsigned)(0xDC00 + ((c - 0x10000) & 0x3FF)));
	else
		sdc_buf_printf(b, "\\u%04x", (unsigned)c);
}

/* Python's json.dumps(s) (ensure_ascii): only printable ASCII as it is;
 * an invalid UTF-8 byte reads as U+FFFD. */
static void
string_ascii(struct sdc_buf *b, const char *s)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	utf8proc_int32_t c;
	utf8proc_ssize_t k;
	const char *short_esc;

	sdc_buf_addc(b, '"');
	for (; *p; p += k > 0 ? k : 1) {
		k = utf8proc_iterate(p, -1, &c);
		if (k < 0)
			c = 0xFFFD;
		if (c < 0x80 && (short_esc = strchr(SHORT_ESC, (int)c)) && c) {
			sdc_buf_addc(b, '\\');
			sdc_buf_addc(b, SHORT_ESC_AS[short_esc - SHORT_ESC]);
		} else if (c >= 0x20 && c < 0x7F)
			sdc_buf_addc(b, (char)c);
		else
			escape_u(b, c);
	}
	sdc_buf_addc(b, '"');
}

void
sdc_jsonw_string_ascii(struct sdc_buf *b, const char *s)
{
	if (!s)
		sdc_buf_add(b, "null", 4);
	else
		string_ascii(b, s);
}

void
sdc_jsonw_string(struct sdc_buf *b, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	/* Bytes that end a run of plain text: controls (and the NUL), '"', '\\'. */
	static const unsigned char stop[256] = {
		1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
		1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
		['"'] = 1, ['\\'] = 1
	};
	const char *run;
	char esc[7];

	if (!s) {
		sdc_buf_add(b, "null", 4);
		return;
	}
	sdc_buf_addc(b, '"');
	for (;;) {
		run = s;
		while (!stop[(unsigned char)*s])
			s++;
		sdc_buf_add(b, run, (size_t)(s - run));
		if (!*s)
			break;
		esc[0] = '\\';
		switch (*s) {
		case '"': case '\\': esc[1] = *s; break;
		case '\b': esc[1] = 'b'; break;
		case '\f': esc[1] = 'f'; break;
		case '\n': esc[1] = 'n'; break;
		case '\r': esc[1] = 'r'; break;
		case '\t': esc[1] = 't'; break;
		default:
			memcpy(esc + 1, "u00", 3);
			esc[4] = hex[(unsigned char)*s >> 4];
			esc[5] = hex[*s & 15];
			sdc_buf_add(b, esc, 6);
			s++;
			continue;
		}
		sdc_buf_add(b, esc, 2);
		s++;
	}
	sdc_buf_addc(b, '"');
}

void
sdc_jsonw_open(struct sdc_buf *b)
{
	sdc_buf_addc(b, '{');
}

void
sdc_jsonw_close(struct sdc_buf *b)
{
	sdc_buf_addc(b, '}');
}

void
sdc_jsonw_key(struct sdc_buf *b, const char *key)
{
	if (b->len && b->p[b->len - 1] != '{' && b->p[b->len - 1] != '[')
		sdc_buf_addc(b, ',');
	sdc_jsonw_string(b, key);
	sdc_buf_addc(b, ':');
}

void
sdc_jsonw_str(struct sdc_buf *b, const char *key, const char *value)
{
	sdc_jsonw_key(b, key);
	sdc_jsonw_string(b, value);
}

void
sdc_jsonw_int(struct sdc_buf *b, const char *key, int64_t value)
{
	sdc_jsonw_key(b, key);
	sdc_buf_printf(b, "%" PRId64, value);
}

void
sdc_jsonw_bool(struct sdc_buf *b, const char *key, int value)
{
	sdc_jsonw_key(b, key);
	sdc_buf_adds(b, value ? "true" : "false");
}

void
sdc_jsonw_null(struct sdc_buf *b, const char *key)
{
	sdc_jsonw_key(b, key);
	sdc_buf_add(b, "null", 4);
}
