/* runs - layer 1 (data): an external sort of fixed-size records, for the
 * programs that stream a store (sdc-group's ids, sdc-report's join of
 * work items to their sessions).
 *
 *	struct sdc_runs *r = sdc_runs_new(sizeof(rec), cmp, "session ids");
 *	sdc_runs_add(r, &rec);		(any number of times)
 *	while (sdc_runs_next(r, &rec))	(in cmp's order)
 *		...
 *	sdc_runs_free(r);
 *
 * Records are sorted 256 KiB at a time into runs in a temporary file
 * (file.h's sdc_file_tmp) and merged as they are read back, so memory is
 * the megabyte plus a block per run, not the records. */
#ifndef SDC_RUNS_H
#define SDC_RUNS_H

#include <stddef.h>
#include <stdint.h>

struct sdc_runs;

/* what names the records in messages about the temporary file. */
struct sdc_runs *sdc_runs_new(size_t size, int (*cmp)(const void *, const void *),
    const char *what);
void sdc_runs_add(struct sdc_runs *r, const void *rec);
/* After the last add: the next record in order into rec; 0 at the end. */
int sdc_runs_next(struct sdc_runs *r, void *rec);
void sdc_runs_free(struct sdc_runs *r);

#endif
