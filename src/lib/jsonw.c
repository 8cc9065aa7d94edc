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

/* Bytes that end a run of plain text: controls, '"' and '\\'. */
static const unsigned char stop[256] = {
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	['"'] = 1, ['\\'] = 1
};

/* The escape of one byte that stops a run, into esc; its length. */
static size_t
escape_byte(unsigned char c, char *esc)
{
	static const char hex[] = "0123456789abcdef";

	esc[0] = '\\';
	switch (c) {
	case '"': case '\\': esc[1] = (char)c; return 2;
	case '\b': esc[1] = 'b'; return 2;
	case '\f': esc[1] = 'f'; return 2;
	case '\n': esc[1] = 'n'; return 2;
	case '\r': esc[1] = 'r'; return 2;
	case '\t': esc[1] = 't'; return 2;
	}
	memcpy(esc + 1, "u00", 3);
	esc[4] = hex[c >> 4];
	esc[5] = hex[c & 15];
	return 6;
}

/* The bytes of one word, escaped one by one, into p; returns the end. */
static char *
escape_bytes(char *p, const char *s, size_t n)
{
	unsigned char c;
	size_t i;

	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (stop[c])
			p += escape_byte(c, p);
		else
			*p++ = (char)c;
	}
	return p;
}

/* The escaped text of s into p, which has room for 6 * len bytes; returns
 * the end.  Eight bytes are checked and copied at a time; only a word that
 * holds a byte to escape goes byte by byte.  The last few bytes are the
 * end of a last word that overlaps the one before, when that one was
 * copied as it was (so its bytes sit where the overlap writes them again). */
static char *
escape_into(char *p, const char *s, size_t len)
{
	size_t i = 0;
	uint64_t x;
	int copied = 0;

	for (; i + 8 <= len; i += 8) {
		memcpy(&x, s + i, 8);
		copied = !sdc_json_word_stops(x);
		if (copied) {
			memcpy(p, &x, 8);
			p += 8;
		} else
			p = escape_bytes(p, s + i, 8);
	}
	if (i == len)
		return p;
	if (copied) {
		memcpy(&x, s + len - 8, 8);
		if (!sdc_json_word_stops(x)) {
			memcpy(p - (i - (len - 8)), &x, 8);
			return p + (len - i);
		}
	}
	return escape_bytes(p, s + i, len - i);
}

/* Room for the worst case (every byte as \u00XX) of a piece this long:
 * a long text is escaped in pieces, so it never reserves 6 times its size. */
#define PIECE 4096

/* Room for len more bytes (and the NUL), grown only when short. */
static inline int
room_for(struct sdc_buf *b, size_t len)
{
	return len < b->cap - b->len || sdc_buf_reserve(b, len) == 0;
}

/* json-c's escaping (with JSON_C_TO_STRING_NOSLASHESCAPE), into room
 * reserved once per piece, the quotes included.  A capped buffer that
 * refuses keeps what fit, as sdc_buf_add does. */
void
sdc_jsonw_string_n(struct sdc_buf *b, const char *s, size_t len)
{
	size_t n = len < PIECE ? len : PIECE;
	char *p;

	if (!room_for(b, 6 * n + 2))
		return;
	p = b->p + b->len;
	*p++ = '"';
	for (;;) {
		p = escape_into(p, s, n);
		s += n;
		len -= n;
		b->len = (size_t)(p - b->p);
		if (!len)
			break;
		n = len < PIECE ? len : PIECE;
		if (!room_for(b, 6 * n + 1)) {
			b->p[b->len] = '\0';
			return;
		}
		p = b->p + b->len;
	}
	*p++ = '"';
	*p = '\0';
	b->len = (size_t)(p - b->p);
}

void
sdc_jsonw_string(struct sdc_buf *b, const char *s)
{
	if (!s)
		sdc_buf_add(b, "null", 4);
	else
		sdc_jsonw_string_n(b, s, strlen(s));
}

void
sdc_jsonw_i64(struct sdc_buf *b, int64_t v)
{
	char digits[20], *p = digits + sizeof(digits);
	uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;

	do
		*--p = (char)('0' + u % 10);
	while ((u /= 10) > 0);
	if (v < 0)
		sdc_buf_addc(b, '-');
	sdc_buf_add(b, p, (size_t)(digits + sizeof(digits) - p));
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
