/* model - see model.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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
	rep->sids = sdc_intern_new();
}

/* Free everything, so that valgrind and LeakSanitizer see a clean exit. */
void
model_free(struct report *rep)
{
	uint32_t i;

	for (i = 0; i < rep->nitems; i++) {
		json_object_put(rep->items[i].o);
		free(rep->items[i].sess);
	}
	for (i = 0; i < rep->ncusts; i++)
		free(rep->custs[i].label);
	for (i = 0; i < sdc_intern_count(rep->sids); i++) {
		free(rep->sessv[i].source);
		free(rep->sessv[i].title);
		free(rep->sessv[i].summary);
		free(rep->sessv[i].category);
	}
	free(rep->items);
	free(rep->custs);
	free(rep->sessv);
	sdc_intern_free(rep->sids);
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

/* --- reading --- */

static int
all_digits(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return 0;
	return 1;
}

static int
links_match(json_object *links, const char *tag)
{
	size_t i, n = json_object_array_length(links);

	for (i = 0; i < n; i++)
		if (sdc_project_match(json_object_get_string(
		    json_object_array_get_idx(links, i)), tag))
			return 1;
	return 0;
}

static int
wanted(const struct model_filter *f, const struct ritem *it)
{
	if (it->day < f->from || it->day > f->to)
		return 0;
	if (f->project && !links_match(it->links, f->project))
		return 0;
	if (!f->customer)
		return 1;
	if (all_digits(f->customer))
		return it->cust_id == strtoll(f->customer, NULL, 10);
	return it->name && strcasecmp(it->name, f->customer) == 0;
}

static json_object *
array_at(json_object *o, const char *key)
{
	json_object *a = sdc_json_get(o, key);

	if (a && json_object_is_type(a, json_type_array))
		return a;
	a = json_object_new_array();
	json_object_object_add(o, key, a);
	return a;
}

static char *
cust_label(const struct ritem *it)
{
	char *label;

	if (it->name)
		return sdc_xstrdup(it->name);
	if (it->cust_id < 0)
		return sdc_xstrdup("(no customer)");
	label = sdc_xmalloc(32);
	snprintf(label, 32, "Customer #%lld", (long long)it->cust_id);
	return label;
}

static uint32_t
customer_of(struct report *rep, const struct ritem *it)
{
	struct sdc_buf key = SDC_BUF_INIT;
	struct rcust *c;
	uint32_t k;
	int added;

	if (it->cust_id >= 0)
		sdc_buf_printf(&key, "#%lld", (long long)it->cust_id);
	else if (it->name)
		sdc_buf_printf(&key, "n:%s", it->name);
	k = sdc_intern_n(rep->custkeys, key.p ? key.p : "", key.len, &added);
	sdc_buf_free(&key);
	if (added) {
		rep->custs = sdc_grow(rep->custs, &rep->capcusts, k + 1,
		    sizeof(*rep->custs));
		rep->custs[k] = (struct rcust){ 0 };
		rep->custs[k].id = it->cust_id;
		rep->custs[k].name = it->name;
		rep->custs[k].named = it->name || it->cust_id >= 0;
		rep->custs[k].label = cust_label(it);
		rep->ncusts++;
	}
	c = &rep->custs[k];
	c->billable += it->billable;
	c->span += it->span;
	c->nitems++;
	return k;
}

static void
link_sessions(struct report *rep, struct ritem *it, json_object *ids)
{
	size_t i, n = json_object_array_length(ids);
	json_object *s;
	uint32_t k;
	int added;

	it->sess = sdc_xmalloc((n + 1) * sizeof(*it->sess));
	it->nsess = 0;
	for (i = 0; i < n; i++) {
		s = json_object_array_get_idx(ids, i);
		if (!json_object_is_type(s, json_type_string))
			continue;
		k = sdc_intern_n(rep->sids, json_object_get_string(s),
		    (size_t)json_object_get_string_len(s), &added);
		if (added) {
			rep->sessv = sdc_grow(rep->sessv, &rep->capsessv, k + 1,
			    sizeof(*rep->sessv));
			rep->sessv[k] = (struct rsess){ 0 };
		}
		it->sess[it->nsess++] = k;
	}
}

static void
add_item(struct sdc_records *r, json_object *o, void *ctx)
{
	struct report *rep = ctx;
	json_object *ins = sdc_json_get(o, "calculated_insights");
	json_object *cid = sdc_json_get(o, "customer_id");
	struct ritem it = { 0 };

	it.o = o;
	it.id = sdc_json_str(o, "work_item_id");
	it.start = sdc_json_time(ins, "work_item_start_time_utc");
	it.end = sdc_json_time(ins, "work_item_end_time_utc");
	if (!it.id || it.start == SDC_TIME_NONE) {
		sdc_reject_record(r, o,
		    "not a work item (no work_item_id or start time)");
		return;
	}
	if (it.end == SDC_TIME_NONE || it.end < it.start)
		it.end = it.start;
	it.name = sdc_json_str(o, "customer_name");
	if (it.name && !*it.name)
		it.name = NULL;
	it.cust_id = cid && json_object_is_type(cid, json_type_int) ?
	    json_object_get_int64(cid) : -1;
	it.billable = json_object_get_int64(sdc_json_get(ins, "billable_minutes"));
	it.span = json_object_get_int64(sdc_json_get(ins, "total_duration_minutes"));
	it.day = model_day_of(rep, it.start);
	it.links = array_at(o, "calculated_links");
	it.sources = array_at(o, "sources");
	if (!wanted(&rep->filter, &it)) {
		sdc_count("filtered", 1);
		return;
	}
	json_object_get(o);	/* kept for the report */
	it.cust = customer_of(rep, &it);
	link_sessions(rep, &it, array_at(o, "component_session_ids"));
	rep->items = sdc_grow(rep->items, &rep->capitems, rep->nitems + 1,
	    sizeof(*rep->items));
	rep->items[rep->nitems++] = it;
}

void
model_read_items(struct report *rep, int argc, char **argv, int first)
{
	sdc_records_each_arg(argc, argv, first, add_item, rep);
}

static char *
dup_or_null(const char *s)
{
	return s && *s ? sdc_xstrdup(s) : NULL;
}

/* The summary under key "default", else the first one there is. */
static const char *
summary_of(json_object *ins)
{
	json_object *sum = sdc_json_get(ins, "generated_summaries");
	const char *s = sdc_json_str(sum, "default");

	if (s || !sum || !json_object_is_type(sum, json_type_object))
		return s;
	json_object_object_foreach(sum, key, val) {
		(void)key;
		if (json_object_is_type(val, json_type_string))
			return json_object_get_string(val);
	}
	return NULL;
}

static void
add_session(struct sdc_records *r, json_object *o, void *ctx)
{
	struct report *rep = ctx;
	json_object *ins = sdc_json_get(o, "insights");
	const char *id = sdc_json_str(sdc_json_get(o, "meta"), "session_id");
	const char *title;
	struct rsess *s;
	uint32_t k;

	if (!id || (k = sdc_intern_find(rep->sids, id)) == NONE)
		return;
	s = &rep->sessv[k];
	if (s->found) {		/* a later record of the session wins */
		free(s->source);
		free(s->title);
		free(s->summary);
		free(s->category);
	}
	s->start = sdc_json_time(ins, "session_start_time_utc");
	s->end = sdc_json_time(ins, "session_end_time_utc");
	s->found = s->start != SDC_TIME_NONE;
	if (!s->found) {
		sdc_warn_at(sdc_records_name(r), sdc_records_lineno(r),
		    "session %s has no start time; left out of the timeline", id);
		s->source = s->title = s->summary = s->category = NULL;
		return;
	}
	if (s->end == SDC_TIME_NONE || s->end < s->start)
		s->end = s->start;
	s->source = dup_or_null(sdc_json_str(sdc_json_get(o, "meta"),
	    "source_system"));
	title = sdc_json_str(ins, "llm_generated_title");
	s->title = dup_or_null(title && *title ? title :
	    sdc_json_str(ins, "source_title"));
	s->summary = dup_or_null(summary_of(ins));
	title = sdc_json_str(ins, "llm_generated_category");
	s->category = dup_or_null(title && *title ? title : NULL);
}

/* Sessions count as read too; keep them apart from the work items in the
 * summary line so "read" still means work items. */
void
model_read_sessions(struct report *rep, const char *path)
{
	long before = sdc_stats.read;

	uint32_t i, missing = 0;

	sdc_records_each(path, add_session, rep);
	sdc_count("sessions", sdc_stats.read - before);
	sdc_stats.read = before;
	for (i = 0; i < sdc_intern_count(rep->sids); i++)
		missing += !rep->sessv[i].found;
	if (missing)
		sdc_warnx("%s: %u of the work items' sessions are not there",
		    path, missing);
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

static int
cmp_item(const void *pa, const void *pb, void *custs)
{
	const struct ritem *a = pa, *b = pb;
	const struct rcust *c = custs;

	if (c[a->cust].rank != c[b->cust].rank)
		return c[a->cust].rank - c[b->cust].rank;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return strcmp(a->id, b->id);
}

/* Rates as sdc-push-syncro plans them: the first session's category. */
static void
model_bill(struct report *rep)
{
	struct sdc_bill_item bi;
	struct sdc_rate r;
	struct ritem *it;
	const struct rsess *s;
	size_t i, j;

	rep->billing = sdc_billing_configured();
	for (i = 0; i < rep->nitems; i++) {
		it = &rep->items[i];
		bi = (struct sdc_bill_item){ it->cust_id, it->name, it->sources,
		    NULL };
		for (j = 0; j < it->nsess && !bi.category; j++)
			if ((s = model_session(rep, it, j)) != NULL)
				bi.category = s->category;
		sdc_billing_rate(&bi, &r);
		it->rate = r.rate;
		it->cents = sdc_billing_cents(r.rate, it->billable);
		rep->custs[it->cust].cents += it->cents;
		rep->cents += it->cents;
	}
}

void
model_sort(struct report *rep)
{
	uint32_t *ord = sdc_xmalloc((rep->ncusts + 1) * sizeof(*ord));
	size_t i;

	model_bill(rep);
	for (i = 0; i < rep->ncusts; i++)
		ord[i] = (uint32_t)i;
	qsort_r(ord, rep->ncusts, sizeof(*ord), cmp_cust, rep->custs);
	for (i = 0; i < rep->ncusts; i++)
		rep->custs[ord[i]].rank = (int)i;
	free(ord);
	if (rep->nitems)	/* qsort(NULL, 0) is undefined */
		qsort_r(rep->items, rep->nitems, sizeof(*rep->items), cmp_item,
		    rep->custs);
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

void
model_join(json_object *a, const char *sep, struct sdc_buf *b)
{
	size_t i, n = json_object_array_length(a);

	for (i = 0; i < n; i++) {
		if (i)
			sdc_buf_adds(b, sep);
		sdc_buf_adds(b, json_object_get_string(json_object_array_get_idx(a, i)));
	}
}

void
model_period(const struct report *rep, struct sdc_buf *b)
{
	int64_t lo = INT64_MAX, hi = INT64_MIN;
	char d1[16], d2[16];
	size_t i;

	for (i = 0; i < rep->nitems; i++) {
		if (rep->items[i].day < lo)
			lo = rep->items[i].day;
		if (rep->items[i].day > hi)
			hi = rep->items[i].day;
	}
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

const struct rsess *
model_session(const struct report *rep, const struct ritem *it, size_t i)
{
	const struct rsess *s = &rep->sessv[it->sess[i]];

	return s->found ? s : NULL;
}
