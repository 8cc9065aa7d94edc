/* recio - layer 2 (records): whole files of records, for programs that read
 * everything before they write (sdc-group, sdc-report).
 *
 *	sdc_records_each("sessions.jsonl", add_session, &report);
 *
 * opens the file ("-" = stdin; one that cannot be opened is a usage error,
 * exit 2), rejects lines that are not JSON objects, and hands each object
 * to the callback, which must not keep it unless it takes a reference;
 * ctx is passed through, so the caller keeps its state in a struct. */
#ifndef SDC_RECIO_H
#define SDC_RECIO_H

#include <stddef.h>
#include <json-c/json.h>

#include "jsonl.h"

typedef void sdc_record_fn(struct sdc_records *r, json_object *o, void *ctx);

void sdc_records_each(const char *path, sdc_record_fn *fn, void *ctx);
/* The same for each file of argv[first..argc), or stdin when there is none. */
void sdc_records_each_arg(int argc, char **argv, int first, sdc_record_fn *fn,
    void *ctx);

/* The same, offering each line to quick first (sdc_records_quick). */
void sdc_records_each_arg_quick(int argc, char **argv, int first, sdc_quick_fn *quick,
    sdc_record_fn *fn, void *ctx);

/* Reject a parsed record at the reader's FILE:LINE and copy its text to
 * the --reject file. */
void sdc_reject_record(struct sdc_records *r, json_object *o, const char *why);

#endif
