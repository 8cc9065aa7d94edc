/* runs - see runs.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "file.h"
#include "heap.h"
#include "runs.h"

#define BUDGET (1U << 18)	/* bytes sorted in memory at a time */
#define BLOCK (1U << 12)	/* bytes read back from a run at a time */

/* One sorted run read back a block at a time. */
struct rd {
	char *buf;
	size_t at, n;		/* records in buf */
	uint64_t next, end;	/* records of the file */
};

struct sdc_runs {
	size_t size, cap, n;	/* record size; records in buf */
	int (*cmp)(const void *, const void *);
	const char *what;
	char *buf;
	FILE *fp;
	uint64_t count, inrun;	/* records added; in the file */
	uint64_t *ends;		/* each run's end in the file, in records */
	size_t nruns;
	struct rd *rd;
	struct sdc_heap heap;	/* runs not used up, by their next record */
	size_t at;		/* next of buf when there is no file */
	int reading;
};

struct sdc_runs *
sdc_runs_new(size_t size, int (*cmp)(const void *, const void *), const char *what)
{
	struct sdc_runs *r = sdc_xcalloc(1, sizeof(*r));

	r->size = size;
	r->cap = BUDGET / size ? BUDGET / size : 1;
	r->cmp = cmp;
	r->what = what;
	r->buf = sdc_xmalloc(r->cap * size);
	return r;
}

static void
flush_run(struct sdc_runs *r)
{
	if (!r->fp)
		r->fp = sdc_file_tmp(r->what);
	qsort(r->buf, r->n, r->size, r->cmp);
	if (fwrite(r->buf, r->size, r->n, r->fp) != r->n)
		sdc_file_tmp_check(r->fp, r->what);
	r->inrun += r->n;
	r->ends = sdc_xrealloc(r->ends, (r->nruns + 1) * sizeof(*r->ends));
	r->ends[r->nruns++] = r->inrun;
	r->n = 0;
}

void
sdc_runs_add(struct sdc_runs *r, const void *rec)
{
	if (r->n == r->cap)
		flush_run(r);
	memcpy(r->buf + r->n * r->size, rec, r->size);
	r->n++;
	r->count++;
}

/* The run's next record, or NULL when it is used up. */
static const char *
rd_peek(struct sdc_runs *r, struct rd *d)
{
	size_t per = BLOCK / r->size ? BLOCK / r->size : 1, want;

	if (d->at == d->n) {
		if (d->next == d->end)
			return NULL;
		want = d->end - d->next < per ? (size_t)(d->end - d->next) : per;
		if (pread(fileno(r->fp), d->buf, want * r->size,
		    (off_t)(d->next * r->size)) != (ssize_t)(want * r->size))
			sdc_err(SDC_EXIT_FATAL, "reading back the temporary file of %s",
			    r->what);
		d->at = 0;
		d->n = want;
		d->next += want;
	}
	return d->buf + d->at * r->size;
}

/* Run a's record before run b's; of equal records the earlier run's first
 * (what the merge always gave). */
static int
before(const void *pa, const void *pb, void *ctx)
{
	struct sdc_runs *r = ctx;
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
	int c = r->cmp(rd_peek(r, &r->rd[a]), rd_peek(r, &r->rd[b]));

	return c ? c : (a > b) - (a < b);
}

static void
start_reading(struct sdc_runs *r)
{
	size_t i, per = BLOCK / r->size ? BLOCK / r->size : 1;

	r->reading = 1;
	if (!r->fp) {
		qsort(r->buf, r->n, r->size, r->cmp);
		return;
	}
	if (r->n)
		flush_run(r);
	sdc_file_tmp_check(r->fp, r->what);
	free(r->buf);
	r->buf = NULL;
	r->rd = sdc_xcalloc(r->nruns, sizeof(*r->rd));
	r->heap = SDC_HEAP(sizeof(size_t), before, r);
	for (i = 0; i < r->nruns; i++) {
		r->rd[i].buf = sdc_xmalloc(per * r->size);
		r->rd[i].next = i ? r->ends[i - 1] : 0;
		r->rd[i].end = r->ends[i];
		sdc_heap_push(&r->heap, &i);	/* no run is empty */
	}
}

/* A heap over the runs: at a million sessions there are hundreds of runs,
 * and looking at each of them for every record was most of the merge. */
int
sdc_runs_next(struct sdc_runs *r, void *rec)
{
	struct rd *d;

	if (!r->reading)
		start_reading(r);
	if (!r->fp) {
		if (r->at == r->n)
			return 0;
		memcpy(rec, r->buf + r->at++ * r->size, r->size);
		return 1;
	}
	if (!r->heap.n)
		return 0;
	d = &r->rd[*(size_t *)sdc_heap_top(&r->heap)];
	memcpy(rec, rd_peek(r, d), r->size);
	d->at++;
	if (rd_peek(r, d))
		sdc_heap_settle(&r->heap);
	else
		sdc_heap_pop(&r->heap, NULL);
	return 1;
}

void
sdc_runs_free(struct sdc_runs *r)
{
	size_t i;

	if (!r)
		return;
	for (i = 0; r->rd && i < r->nruns; i++)
		free(r->rd[i].buf);
	free(r->rd);
	sdc_heap_free(&r->heap);
	free(r->ends);
	free(r->buf);
	if (r->fp)
		fclose(r->fp);
	free(r);
}
