/* jsonw - layer 1 (data): write JSON text straight into a buffer, for hot
 * paths where building json-c trees costs more than the work itself (a
 * million-row ScreenConnect export).  Escaping matches json-c's compact
 * output, so a record reads the same whichever way it was written.
 *
 *	sdc_jsonw_open(&b);			// {
 *	sdc_jsonw_str(&b, "type", "RemoteConnection");
 *	sdc_jsonw_int(&b, "duration_seconds", 144);
 *	sdc_jsonw_close(&b);			// }
 */
#ifndef SDC_JSONW_H
#define SDC_JSONW_H

#include <stdint.h>
#include <string.h>
#include "buf.h"

/* Does one of the 8 bytes of x end a run of plain string text (a control
 * byte, '"' or '\\')?  "A byte below 0x20" and "a byte equal to c" are
 * each a few word operations (the has-less and has-zero tests of Bit
 * Twiddling Hacks), exact as yes/no for the word.  Shared by the writer
 * and the scanner (jscan.h). */
static inline uint64_t
sdc_json_word_mask(uint64_t x)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
	uint64_t q = x ^ (ones * '"'), bs = x ^ (ones * '\\');

	return (((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((bs - ones) & ~bs)) & highs;
}

static inline int
sdc_json_word_stops(uint64_t x)
{
	return sdc_json_word_mask(x) != 0;
}

/* How many bytes of a word (loaded with memcpy) come before the first
 * that stops a run: the lowest bit of the mask is exact (a borrow only
 * flags bytes above a true one).  0 where the byte order is not known to
 * be little-endian (then the caller goes byte by byte from there). */
static inline unsigned
sdc_json_word_plain(uint64_t mask)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	return (unsigned)__builtin_ctzll(mask) >> 3;
#else
	(void)mask;
	return 0;
#endif
}

/* A quoted, escaped JSON string (or null when s is NULL). */
void sdc_jsonw_string(struct sdc_buf *b, const char *s);
/* The same for len bytes (no NUL among them) whose length is known. */
void sdc_jsonw_string_n(struct sdc_buf *b, const char *s, size_t len);
/* The same in ASCII only, as Python's json.dumps writes it (ensure_ascii):
 * \uXXXX for the rest, surrogate pairs above U+FFFF. */
void sdc_jsonw_string_ascii(struct sdc_buf *b, const char *s);
/* A decimal integer, without stdio. */
void sdc_jsonw_i64(struct sdc_buf *b, int64_t v);

/* A string known to need no escape (hex ids, formatted times). */
static inline void
sdc_jsonw_plain(struct sdc_buf *b, const char *s, size_t len)
{
	if (sdc_buf_reserve(b, len + 2) < 0)
		return;
	b->p[b->len] = '"';
	memcpy(b->p + b->len + 1, s, len);
	b->p[b->len + len + 1] = '"';
	b->len += len + 2;
	b->p[b->len] = '\0';
}

/* Object members; each adds the separating comma itself. */
void sdc_jsonw_open(struct sdc_buf *b);
void sdc_jsonw_close(struct sdc_buf *b);

/* The comma before a member or element, unless it is the first. */
static inline void
sdc_jsonw_comma(struct sdc_buf *b)
{
	if (b->len && b->p[b->len - 1] != '{' && b->p[b->len - 1] != '[')
		sdc_buf_addc(b, ',');
}

/* A key that is a string literal with nothing to escape (every key sdc
 * writes itself): quoted when compiling, so writing it is one copy of a
 * known length, not an escape scan per byte (issue 17).
 *	SDC_JSONW_KEY(b, "segment_id"); sdc_jsonw_string(b, id); */
#define SDC_JSONW_KEY(b, lit) sdc_jsonw_qkey((b), "\"" lit "\":", sizeof(lit) + 2)

static inline void
sdc_jsonw_qkey(struct sdc_buf *b, const char *quoted, size_t len)
{
	sdc_jsonw_comma(b);
	sdc_buf_add(b, quoted, len);
}

/* A key known only at run time, escaped; and the members with one. */
static inline void
sdc_jsonw_key(struct sdc_buf *b, const char *key)
{
	sdc_jsonw_comma(b);
	sdc_jsonw_string_n(b, key, strlen(key));
	sdc_buf_addc(b, ':');
}

static inline void
sdc_jsonw_str(struct sdc_buf *b, const char *key, const char *value)
{
	sdc_jsonw_key(b, key);
	sdc_jsonw_string(b, value);
}

static inline void
sdc_jsonw_int(struct sdc_buf *b, const char *key, int64_t value)
{
	sdc_jsonw_key(b, key);
	sdc_jsonw_i64(b, value);
}

static inline void
sdc_jsonw_bool(struct sdc_buf *b, const char *key, int value)
{
	sdc_jsonw_key(b, key);
	if (value)
		sdc_buf_add(b, "true", 4);
	else
		sdc_buf_add(b, "false", 5);
}

static inline void
sdc_jsonw_null(struct sdc_buf *b, const char *key)
{
	sdc_jsonw_key(b, key);
	sdc_buf_add(b, "null", 4);
}

#endif
