/* model - see model.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "diag.h"
#include "grow.h"
#include "jsonl.h"
#include "model.h"
#include "billing.h"
#include "recio.h"
#include "session.h"
#include "workitem.h"

#define NONE SDC_INTERN_NONE

void
model_init(struct report *rep, struct sdc_tz *tz, const struct model_filter *f)
{
	*rep = (struct report){ 0 };
	rep->tz = tz;
	rep->filter = *f;
	rep->custkeys = sdc_intern_new();
	rep->strs = sdc_intern_new();
	rep->day_lo = INT64_MAX;
	rep->day_hi = INT64_MIN;
	rep->readback = sdc_xcalloc(1, sizeof(*rep->readback));
}

/* Free everything, so that valgrind and LeakSanitizer see a clean exit. */
void
model_free(struct report *rep)
{
	uint32_t i;
	FILE *files[] = { rep->itemf, rep->custf, rep->dayf, rep->spool };

	for (i = 0; i < rep->ncusts; i++) {
		free(rep->custs[i].label);
		free(rep->custs[i].name);
	}
	for (i = 0; i < sizeof(files) / sizeof(files[0]); i++)
		if (files[i])
			fclose(files[i]);
	free(rep->items);
	free(rep->custs);
	free(rep->order);
	free(rep->days);
	sdc_hmap_free(&rep->dayix);
	free(rep->sessv);
	free(rep->sessix);
	free(rep->block);
	free(rep->bloom);
	sdc_runs_free(rep->refs);
	sdc_runs_free(rep->joined);
	sdc_runs_free(rep->found);
	sdc_buf_free(rep->readback);
	free(rep->readback);
	sdc_buf_free(&rep->text);
	sdc_intern_free(rep->strs);
	sdc_intern_free(rep->custkeys);
	sdc_tz_close(rep->tz);
}

/* --- time in the display zone --- */

int64_t
model_local_ms(const struct report *rep, int64_t utc)
{
	return utc + (int64_t)sdc_tz_offset_at(rep->tz, utc) * 1000;
}

int64_t
model_floordiv(int64_t a, int64_t b)
{
	return a / b - (a % b < 0);
}

int64_t
model_day_of(const struct report *rep, int64_t utc)
{
	return model_floordiv(model_local_ms(rep, utc), MODEL_DAY_MS);
}

char *
model_fmt_date(int64_t day, char *buf)
{
	int64_t y;
	unsigned m, d;

	sdc_civil_from_days(day, &y, &m, &d);
	snprintf(buf, 16, "%04lld-%02u-%02u", (long long)y, m, d);
	return buf;
}

const char *
model_weekday(int64_t day)
{
	static const char *const name[] = {
		"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"
	};

	return name[((day % 7) + 7) % 7];
}

char *
model_fmt_hm(const struct report *rep, int64_t utc, int64_t day, char *buf)
{
	int64_t l = model_local_ms(rep, utc), d = model_floordiv(l, MODEL_DAY_MS);
	int64_t m = (l - d * MODEL_DAY_MS) / 60000;
	int n = snprintf(buf, 24, "%02d:%02d", (int)(m / 60), (int)(m % 60));

	if (d != day)
		snprintf(buf + n, (size_t)(24 - n), "%+d", (int)(d - day));
	return buf;
}

char *
model_fmt_dur(long min, char *buf)
{
	snprintf(buf, 24, "%ld:%02ld", min / 60, min % 60);
	return buf;
}

/* --- ordering --- */

/* qsort_r (glibc, POSIX 2024) passes the customers to the comparisons. */
static int
cmp_cust(const void *pa, const void *pb, void *custs)
{
	const struct rcust *a = (const struct rcust *)custs + *(const uint32_t *)pa;
	const struct rcust *b = (const struct rcust *)custs + *(const uint32_t *)pb;
	int c;

	if (a->named != b->named)
		return b->named - a->named;	/* no customer last */
	if ((c = strcasecmp(a->label, b->label)) != 0)
		return c;
	return a->id < b->id ? -1 : a->id > b->id;
}

int
model_cmp_item(const void *pa, const void *pb, void *custs)
{
	const struct ritem *a = pa, *b = pb;
	const struct rcust *c = custs;

	if (c[a->cust].rank != c[b->cust].rank)
		return c[a->cust].rank - c[b->cust].rank;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return strcmp(a->id, b->id);
}

void
model_sort(struct report *rep)
{
	uint32_t *ord = sdc_xmalloc((rep->ncusts + 1) * sizeof(*ord));
	size_t i;

	rep->billing = sdc_billing_configured();
	for (i = 0; i < rep->ncusts; i++)
		ord[i] = (uint32_t)i;
	qsort_r(ord, rep->ncusts, sizeof(*ord), cmp_cust, rep->custs);
	for (i = 0; i < rep->ncusts; i++)
		rep->custs[ord[i]].rank = (int)i;
	rep->order = ord;
	model_place(rep);
}

uint32_t *
model_cust_order(const struct report *rep)
{
	uint32_t *ord = sdc_xmalloc((rep->ncusts + 1) * sizeof(*ord));
	size_t i;

	for (i = 0; i < rep->ncusts; i++)
		ord[rep->custs[i].rank] = (uint32_t)i;
	return ord;
}

/* --- what every renderer shows --- */

long
model_billable(const struct report *rep)
{
	long t = 0;
	size_t i;

	for (i = 0; i < rep->ncusts; i++)
		t += rep->custs[i].billable;
	return t;
}

const char *
model_next(const char *s)
{
	return s + strlen(s) + 1;
}

void
model_join(const struct rstrs *l, const char *sep, struct sdc_buf *b)
{
	const char *s = l->p;
	uint32_t i;

	for (i = 0; i < l->n; i++, s = model_next(s)) {
		if (i)
			sdc_buf_adds(b, sep);
		sdc_buf_adds(b, s);
	}
}

const char *
model_str(const struct report *rep, uint32_t k)
{
	return k == NONE ? NULL : sdc_intern_str(rep->strs, k);
}

void
model_period(const struct report *rep, struct sdc_buf *b)
{
	int64_t lo = rep->day_lo, hi = rep->day_hi;
	char d1[16], d2[16];

	if (rep->filter.from != INT64_MIN)
		lo = rep->filter.from;
	if (rep->filter.to != INT64_MAX)
		hi = rep->filter.to;
	if (lo > hi)
		sdc_buf_adds(b, "no work items");
	else
		sdc_buf_printf(b, "%s \xe2\x80\x93 %s", model_fmt_date(lo, d1),
		    model_fmt_date(hi, d2));
}

void
model_text(const struct report *rep, const struct rsess *s, struct rtext *t)
{
	struct sdc_buf *b = rep->readback;
	size_t n = (size_t)s->tlen + s->slen + 2;

	*t = (struct rtext){ NULL, NULL };
	if (!s->tlen && !s->slen)
		return;
	sdc_buf_reserve(b, n);
	if (pread(fileno(rep->spool), b->p, n, (off_t)s->text) != (ssize_t)n)
		sdc_err(SDC_EXIT_FATAL, "the temporary file of titles and summaries");
	t->title = s->tlen ? b->p : NULL;
	t->summary = s->slen ? b->p + s->tlen + 1 : NULL;
}

const struct rsess *
model_session(const struct report *rep, const struct ritem *it, size_t i)
{
	const struct rsess *s = &rep->sessv[it->sess[i]];

	return s->found ? s : NULL;
}
