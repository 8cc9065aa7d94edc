/* jsonl - layer 1 (data): NDJSON records in and out.
 *
 * The reader takes one JSON value per line with FILE:LINE positions, a
 * line-length limit (longer lines are skipped and reported, never held in
 * memory whole), strict parsing (trailing garbage is an error), and UTF-8
 * validation.  The writer emits compact JSON + "\n" with one buffered
 * write per record, so a killed tool leaves no partial line. */
#ifndef SDC_JSONL_H
#define SDC_JSONL_H

#include <stdio.h>
#include <stddef.h>
#include <json-c/json.h>

#define SDC_MAX_LINE_DEFAULT (64UL << 20)	/* 64 MiB, conventions.md */

/* A line reader over a FILE: lines of any length up to max (0 = no cap). */
struct sdc_lines;
struct sdc_lines *sdc_lines_open(FILE *fp, const char *name, size_t max);
/* Open a path ("-" = stdin).  NULL (with errno) when it cannot be opened. */
struct sdc_lines *sdc_lines_open_path(const char *path, size_t max);
/* Next line without its "\n" (and "\r").  Returns 1 and sets *line and *len,
 * 0 at EOF, or -1 for a line over max (already skipped; *len = its size).
 * The pointer is valid until the next call. */
int sdc_lines_next(struct sdc_lines *l, char **line, size_t *len);
long sdc_lines_lineno(const struct sdc_lines *l);	/* line just read */
const char *sdc_lines_name(const struct sdc_lines *l);
int sdc_lines_error(const struct sdc_lines *l);		/* read error? */
/* Did the line just read end at EOF with no "\n"?  In a file others
 * append to, that is a line still being written (state.h). */
int sdc_lines_partial(const struct sdc_lines *l);
void sdc_lines_close(struct sdc_lines *l);

/* Record reader: sdc_lines + JSON.  sdc_records_next() returns 1 with a
 * new object (caller puts it), 0 at EOF, or -1 for a bad line, which it
 * has already reported ("FILE:LINE: reason"), counted as rejected, and
 * copied to the --reject file.  Blank lines are skipped.  Every record
 * returned or rejected counts as read. */
struct sdc_records;
struct sdc_records *sdc_records_open(const char *path, size_t max_line);
int sdc_records_next(struct sdc_records *r, json_object **out);
/* Offer each non-blank line to quick first: when it returns 1 it took the
 * line (counted as read) and sdc_records_next goes on to the next one;
 * else the line is parsed as usual.  For readers that can pick what they
 * need out of the text (jscan.h) and leave odd lines to json-c. */
typedef int sdc_quick_fn(struct sdc_records *r, const char *line, size_t len, void *ctx);
void sdc_records_quick(struct sdc_records *r, sdc_quick_fn *quick, void *ctx);
long sdc_records_lineno(const struct sdc_records *r);
const char *sdc_records_name(const struct sdc_records *r);
void sdc_records_close(struct sdc_records *r);

/* Parse one complete JSON text of len bytes; s[len] must be readable (a
 * NUL, as sdc_lines gives).  NULL with *why set (a static
 * string) when it is not valid UTF-8, not JSON, nested too deep, or has
 * trailing garbage. */
json_object *sdc_json_parse(const char *s, size_t len, const char **why);
/* The same for one big document: on error *where is the byte offset
 * where parsing stopped (for a line number). */
json_object *sdc_json_parse_doc(const char *s, size_t len, const char **why, size_t *where);
/* The line (from 1) that byte offset off of text s falls on. */
long sdc_text_line(const char *s, size_t off);

/* 1 when s[0..len) is valid UTF-8 (no overlongs, no surrogates). */
int sdc_utf8_valid(const char *s, size_t len);

/* Write obj + "\n" to stdout and count it as written. */
void sdc_write_record(json_object *obj);
/* Write one record given as JSON text (no newline) + "\n"; counted. */
void sdc_write_line(const char *text, size_t len);
/* Or compose it in place: append the record's text to the buffer that
 * sdc_record_begin() returns, then call sdc_record_end() (adds "\n",
 * counts, flushes whole lines).  Saves a copy on hot paths. */
struct sdc_buf *sdc_record_begin(void);
void sdc_record_end(void);
/* Write n whole records at once: text holds n lines, each ending "\n"
 * (records rendered elsewhere, e.g. by worker threads). */
void sdc_write_lines(const char *text, size_t len, long n);
/* The compact text of obj (valid until obj changes or is freed). */
const char *sdc_json_text(json_object *obj, size_t *len);

/* Small accessors that treat a missing key or wrong type as absent. */
const char *sdc_json_str(json_object *obj, const char *key);
json_object *sdc_json_get(json_object *obj, const char *key);
/* Walk a path like "meta.processing_log". */
json_object *sdc_json_path(json_object *obj, const char *dotted);

#endif
