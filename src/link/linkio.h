/* linkio - sdc-link's records in and out: each line read once, linked, and
 * written with only the members the link set changed (issue 17).
 *
 *	sdc_linkio_filter("sessions.jsonl");	// every record to stdout
 *
 * A line that is exactly what json-c writes (jscan.h's walk) is not parsed
 * whole: the decision code (linkrec.h) sees a small tree of the members it
 * reads - meta, context, and the segments up to the first machine and
 * ScreenConnect session - and what it changes there is put into the line's
 * own bytes.  Any other line goes the json-c way as before, so output and
 * messages are the same either way. */
#ifndef SDC_LINKIO_H
#define SDC_LINKIO_H

#include <stddef.h>

struct sdc_buf;

/* Every record of a JSONL file ("-": stdin) to stdout. */
void sdc_linkio_filter(const char *path);
/* -j N: when an LLM is there to ask, records wait in a window while the
 * names they bring are decided ahead, N questions in flight at a time,
 * and are then linked and written in input order (default 1: one
 * record, one question at a time). */
void sdc_linkio_jobs(int jobs);
/* One line the quick way: 1 when it took it (the record to write appended
 * to out, no newline), 0 when json-c must read it (nothing done). */
int sdc_linkio_quick(const char *line, size_t len, struct sdc_buf *out);
/* The same line the json-c way: 1 with the record's text appended to out,
 * 0 when it is no JSON object, -1 when it is no session (no meta or
 * context object); nothing reported. */
int sdc_linkio_full(const char *line, size_t len, struct sdc_buf *out);

#endif
