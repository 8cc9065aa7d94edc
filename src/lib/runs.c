/* runs - see runs.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "file.h"
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
	size_t *heap, nheap;	/* runs not used up, least record first */
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
before(struct sdc_runs *r, size_t a, size_t b)
{
	int c = r->cmp(rd_peek(r, &r->rd[a]), rd_peek(r, &r->rd[b]));

	return c < 0 || (c == 0 && a < b);
}

/* The heap's entry at i moved down to its place. */
static void
sift_down(struct sdc_runs *r, size_t i)
{
	size_t least, kid, t;

	for (;;) {
		least = i;
		for (kid = 2 * i + 1; kid <= 2 * i + 2 && kid < r->nheap; kid++)
			if (before(r, r->heap[kid], r->heap[least]))
				least = kid;
		if (least == i)
			return;
		t = r->heap[i], r->heap[i] = r->heap[least], r->heap[least] = t;
		i = least;
	}
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
	r->heap = sdc_xcalloc(r->nruns, sizeof(*r->heap));
	for (i = 0; i < r->nruns; i++) {
		r->rd[i].buf = sdc_xmalloc(per * r->size);
		r->rd[i].next = i ? r->ends[i - 1] : 0;
		r->rd[i].end = r->ends[i];
		r->heap[r->nheap++] = i;	/* no run is empty */
	}
	for (i = r->nheap / 2; i-- > 0;)
		sift_down(r, i);
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
	if (!r->nheap)
		return 0;
	d = &r->rd[r->heap[0]];
	memcpy(rec, rd_peek(r, d), r->size);
	d->at++;
	if (!rd_peek(r, d))
		r->heap[0] = r->heap[--r->nheap];
	sift_down(r, 0);
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
	free(r->heap);
	free(r->ends);
	free(r->buf);
	if (r->fp)
		fclose(r->fp);
	free(r);
}
