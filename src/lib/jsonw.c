/* jsonw - see jsonw.h. */
#include "jsonw.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

void
sdc_jw_string(struct sdc_buf *b, const char *s)
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
sdc_jw_open(struct sdc_buf *b)
{
	sdc_buf_addc(b, '{');
}

void
sdc_jw_close(struct sdc_buf *b)
{
	sdc_buf_addc(b, '}');
}

void
sdc_jw_key(struct sdc_buf *b, const char *key)
{
	if (b->len && b->p[b->len - 1] != '{' && b->p[b->len - 1] != '[')
		sdc_buf_addc(b, ',');
	sdc_jw_string(b, key);
	sdc_buf_addc(b, ':');
}

void
sdc_jw_str(struct sdc_buf *b, const char *key, const char *value)
{
	sdc_jw_key(b, key);
	sdc_jw_string(b, value);
}

void
sdc_jw_int(struct sdc_buf *b, const char *key, int64_t value)
{
	sdc_jw_key(b, key);
	sdc_buf_printf(b, "%" PRId64, value);
}

void
sdc_jw_bool(struct sdc_buf *b, const char *key, int value)
{
	sdc_jw_key(b, key);
	sdc_buf_adds(b, value ? "true" : "false");
}

void
sdc_jw_null(struct sdc_buf *b, const char *key)
{
	sdc_jw_key(b, key);
	sdc_buf_add(b, "null", 4);
}
