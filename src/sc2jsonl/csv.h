/* csv - RFC 4180 reader: quotes, doubled quotes, embedded newlines, CRLF or
 * LF, no final newline, UTF-8 BOM, ragged rows; physical line numbers.
 *
 * Fields point into the reader's buffer and stay valid until the next
 * sdc_csv_next().  A quote that never closes makes the rest of the input
 * one (reported) bad row, never an unbounded allocation past max_row. */
#ifndef SDC_CSV_H
#define SDC_CSV_H

#include <stdio.h>
#include <stddef.h>
#include <stdint.h>

struct sdc_csv_field {
	const char *s;		/* NUL-terminated */
	size_t len;
};

struct sdc_csv_row {
	struct sdc_csv_field *f;
	size_t n;
	long line;		/* physical line where the row starts */
	long last_line;		/* physical line where it ends */
	const char *raw;	/* the row's bytes as read (for --reject) */
	size_t rawlen;
	const char *text;	/* every field's bytes and its NUL, one after */
	size_t textlen;		/* the other: f[0].s .. f[n-1].s + f[n-1].len + 1 */
};

enum { SDC_CSV_ROW = 1, SDC_CSV_EOF = 0, SDC_CSV_BAD = -1 };

struct sdc_csv;
struct sdc_csv *sdc_csv_open(FILE *fp, const char *name, size_t max_row);
/* The same, when the caller already read the first head bytes of fp
 * (to sniff the format); they are parsed first. */
struct sdc_csv *sdc_csv_open_head(FILE *fp, const char *name, size_t max_row,
    const char *head, size_t headlen);
/* Next row.  SDC_CSV_BAD: an unterminated quote or a row over max_row;
 * row->line says where, *why says what. */
int sdc_csv_next(struct sdc_csv *c, struct sdc_csv_row *row, const char **why);
void sdc_csv_close(struct sdc_csv *c);
/* Read every row byte by byte (on = 0), as rows with quotes are read,
 * not a plain line in one go (the default): for tests comparing the two. */
void sdc_csv_fast_lines(struct sdc_csv *c, int on);
/* Keep each row's raw bytes in row->raw (the default), or not: a reader
 * with no use for them (no --reject file) saves a copy of every byte. */
void sdc_csv_keep_raw(struct sdc_csv *c, int keep);

/* The zero bytes of a word: the top bit of each set, no other bit.
 * ((x & low7) + low7) | x has the top bit of each nonzero byte set, with
 * no carry between bytes.  SDC_CSV_WORDS: words loaded with memcpy hold
 * their bytes from the low end (then __builtin_ctzll(mask) >> 3 is the
 * first zero byte); else callers go a byte at a time. */
static inline uint64_t
sdc_csv_zero_bytes(uint64_t x)
{
	const uint64_t low7 = 0x7f7f7f7f7f7f7f7fULL;

	return ~(((x & low7) + low7) | x | low7);
}
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define SDC_CSV_WORDS 1
#else
#define SDC_CSV_WORDS 0
#endif

/* Map wanted column names to indexes of a header row: case-insensitive,
 * blanks trimmed, unnamed columns ignored; idx[i] = -1 when absent. */
void sdc_csv_map(const struct sdc_csv_row *header, const char *const *names,
    int n, int *idx);

#endif
