/* load - sdc-report's reading (model.h): Work Items and Sessions into the
 * report.  Each line is offered to jscan first (no json-c tree: a store
 * is millions of lines, and a tree costs ten times the text); a line it is
 * not sure of, or one to reject, goes to json-c as before, so what is
 * kept, rejected and said is the same either way (issue 17). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "file.h"
#include "grow.h"
#include "jscan.h"
#include "jsonl.h"
#include "model.h"
#include "recio.h"
#include "session.h"
#include "workitem.h"

#define NONE SDC_INTERN_NONE

/* Minutes a work item may bill or last: ten years.  Beyond that a value
 * is corrupt, and sums and hour formats would overflow. */
#define MAX_MINUTES (10L * 366 * 24 * 60)

/* A string that need not end in a NUL; p NULL: none. */
struct str {
	const char *p;
	size_t n;
};

/* A work item as read, before the filters keep it: the scalars in it,
 * the strings in text (id, name, sources, links, each with its NUL). */
struct item_in {
	struct ritem it;
	struct sdc_buf *text;
	size_t name_at, src_at, links_at;	/* name_at 0: no name */
	uint32_t nsrc, nlinks;
};

static struct str
str_of(const char *s)
{
	return (struct str){ s, s ? strlen(s) : 0 };
}

static void
text_add(struct sdc_buf *b, const char *s, size_t n)
{
	sdc_buf_add(b, s, n);
	sdc_buf_addc(b, '\0');
}

/* --- items --- */

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
links_match(const struct item_in *in, const char *tag)
{
	const char *l = in->text->p + in->links_at;
	uint32_t i;

	for (i = 0; i < in->nlinks; i++, l = model_next(l))
		if (sdc_project_match(l, tag))
			return 1;
	return 0;
}

static int
wanted(const struct model_filter *f, const struct item_in *in)
{
	const struct ritem *it = &in->it;
	const char *name = in->name_at ? in->text->p + in->name_at : NULL;

	if (it->day < f->from || it->day > f->to)
		return 0;
	if (f->project && !links_match(in, f->project))
		return 0;
	if (!f->customer)
		return 1;
	if (all_digits(f->customer))
		return it->cust_id == strtoll(f->customer, NULL, 10);
	return name && strcasecmp(name, f->customer) == 0;
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
	char key[32];
	const char *k0 = key;
	size_t n = 0;
	struct rcust *c;
	uint32_t k;
	int added;

	if (it->cust_id >= 0)
		n = (size_t)snprintf(key, sizeof(key), "#%lld", (long long)it->cust_id);
	else if (it->name) {	/* "n:" + the name: the block has it before */
		k0 = it->name - 2;
		n = strlen(k0);
	}
	k = sdc_intern_n(rep->custkeys, k0, n, &added);
	if (added) {
		rep->custs = sdc_grow(rep->custs, &rep->capcusts, k + 1,
		    sizeof(*rep->custs));
		rep->custs[k] = (struct rcust){ 0 };
		rep->custs[k].id = it->cust_id;
		rep->custs[k].name = it->name ? sdc_xstrdup(it->name) : NULL;
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

/* A session id of the item, after its other strings. */
static void
add_sid(struct report *rep, const char *s, size_t n)
{
	text_add(&rep->text, s, n);
	rep->nsids++;
}

/* Keep the item: to the file of items, with its strings. */
static void
keep(struct report *rep, struct item_in *in, size_t sids_at)
{
	struct ritem *it = &in->it;
	struct irec r;

	it->name = in->name_at ? in->text->p + in->name_at : NULL;
	it->cust = customer_of(rep, it);
	memset(&r, 0, sizeof(r));	/* no unset padding in the file */
	r.cust_id = it->cust_id;
	r.start = it->start;
	r.end = it->end;
	r.day = it->day;
	r.billable = it->billable;
	r.span = it->span;
	r.cust = it->cust;
	r.nsess = rep->nsids;
	r.textlen = (uint32_t)in->text->len;
	r.name_at = (uint32_t)in->name_at;
	r.src_at = (uint32_t)in->src_at;
	r.links_at = (uint32_t)in->links_at;
	r.sids_at = (uint32_t)sids_at;
	r.nsrc = in->nsrc;
	r.nlinks = in->nlinks;
	model_spill_item(rep, &r, in->text->p);
}

/* Start an item: its id and name (NULL or "": none) in the text. */
static void
item_begin(struct report *rep, struct item_in *in, struct str id, struct str name)
{
	in->text = &rep->text;
	sdc_buf_reset(in->text);
	text_add(in->text, id.p, id.n);
	in->name_at = 0;
	if (name.p && name.n) {
		sdc_buf_adds(in->text, "n:");	/* the customer key's prefix */
		in->name_at = in->text->len;
		text_add(in->text, name.p, name.n);
	}
	in->src_at = in->text->len;
	in->nsrc = in->nlinks = 0;
	rep->nsids = 0;
}

/* Why the numbers of a work item cannot be reported, or NULL. */
static const char *
bad_numbers(const struct ritem *it)
{
	if (it->billable < 0 || it->billable > MAX_MINUTES)
		return "billable_minutes is not from 0 to 5270400 (ten years)";
	if (it->span < 0 || it->span > MAX_MINUTES)
		return "total_duration_minutes is not from 0 to 5270400 (ten years)";
	return NULL;
}

/* The item's times and day, end no earlier than start. */
static void
set_times(const struct report *rep, struct ritem *it, int64_t start, int64_t end)
{
	it->start = start;
	it->end = end == SDC_TIME_NONE || end < start ? start : end;
	it->day = model_day_of(rep, start);
}

/* --- items through json-c --- */

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

/* The strings of a into the text; 0 when one is not a string. */
static int
json_list(struct item_in *in, json_object *a, uint32_t *n)
{
	size_t i, len = json_object_array_length(a);
	json_object *v;

	for (i = 0; i < len; i++) {
		v = json_object_array_get_idx(a, i);
		if (!json_object_is_type(v, json_type_string))
			return 0;
		text_add(in->text, json_object_get_string(v),
		    strlen(json_object_get_string(v)));	/* as C strings */
		(*n)++;
	}
	return 1;
}

/* A null in "sources" would reach strlen, a huge billable_minutes the
 * totals. */
static const char *
json_lists(struct item_in *in, json_object *o)
{
	json_object *links = array_at(o, "calculated_links");
	json_object *sources = array_at(o, "sources");

	if (!json_list(in, sources, &in->nsrc))
		return "sources holds a value that is not a string";
	in->links_at = in->text->len;
	if (!json_list(in, links, &in->nlinks))
		return "calculated_links holds a value that is not a string";
	return bad_numbers(&in->it);
}

static void
json_sessions(struct report *rep, json_object *ids)
{
	size_t i, n = json_object_array_length(ids);
	json_object *s;

	for (i = 0; i < n; i++) {
		s = json_object_array_get_idx(ids, i);
		if (json_object_is_type(s, json_type_string))
			add_sid(rep, json_object_get_string(s),
			    (size_t)json_object_get_string_len(s));
	}
}

static void
add_item(struct sdc_records *r, json_object *o, void *ctx)
{
	struct report *rep = ctx;
	json_object *ins = sdc_json_get(o, "calculated_insights");
	json_object *cid = sdc_json_get(o, "customer_id");
	const char *id = sdc_json_str(o, "work_item_id"), *why;
	int64_t start = sdc_json_time(ins, "work_item_start_time_utc");
	struct item_in in = { 0 };
	size_t sids_at;

	if (!id || start == SDC_TIME_NONE) {
		sdc_reject_record(r, o,
		    "not a work item (no work_item_id or start time)");
		return;
	}
	item_begin(rep, &in, str_of(id), str_of(sdc_json_str(o, "customer_name")));
	set_times(rep, &in.it, start, sdc_json_time(ins, "work_item_end_time_utc"));
	in.it.cust_id = cid && json_object_is_type(cid, json_type_int) ?
	    json_object_get_int64(cid) : -1;
	in.it.billable = json_object_get_int64(sdc_json_get(ins, "billable_minutes"));
	in.it.span = json_object_get_int64(sdc_json_get(ins, "total_duration_minutes"));
	if ((why = json_lists(&in, o)) != NULL) {
		sdc_reject_record(r, o, why);
		return;
	}
	if (!wanted(&rep->filter, &in)) {
		sdc_count("filtered", 1);
		return;
	}
	sids_at = in.text->len;
	json_sessions(rep, array_at(o, "component_session_ids"));
	keep(rep, &in, sids_at);
}

/* --- items through jscan --- */

static struct str
want_str(const struct sdc_jscan_want *w)
{
	return w->kind == 's' ? (struct str){ w->s, w->len } : (struct str){ NULL, 0 };
}

/* The strings of an array member into the text (not an array: none, as
 * json-c's reader makes it); 0 when one is not a plain string. */
static int
text_list(struct item_in *in, const struct sdc_jscan_want *w, uint32_t *n)
{
	const char *p = w->s, *s;
	size_t len;
	int rc;

	if (w->kind != 'a')
		return 1;
	while ((rc = sdc_jscan_next_string(&p, w->s + w->len, &s, &len)) == 1) {
		if (in)
			text_add(in->text, s, len);
		(*n)++;
	}
	return rc == 0;
}

static int
text_sessions(struct report *rep, const struct sdc_jscan_want *w)
{
	const char *p = w->s, *s;
	size_t len;
	int rc;

	if (w->kind != 'a')
		return 1;
	while ((rc = sdc_jscan_next_string(&p, w->s + w->len, &s, &len)) == 1)
		add_sid(rep, s, len);
	return rc == 0;
}

/* The same as add_item from the line's text: 1 when taken; a line to
 * reject, or one jscan is not sure of, is left to add_item. */
static int
quick_item(struct sdc_records *r, const char *line, size_t len, void *ctx)
{
	struct sdc_jscan_want w[] = { { "work_item_id", NULL, NULL, 0, 0 },
	    { "customer_name", NULL, NULL, 0, 0 }, { "customer_id", NULL, NULL, 0, 0 },
	    { "component_session_ids", NULL, NULL, 0, 0 }, { "sources", NULL, NULL, 0, 0 },
	    { "calculated_links", NULL, NULL, 0, 0 },
	    { "calculated_insights", "work_item_start_time_utc", NULL, 0, 0 },
	    { "calculated_insights", "work_item_end_time_utc", NULL, 0, 0 },
	    { "calculated_insights", "billable_minutes", NULL, 0, 0 },
	    { "calculated_insights", "total_duration_minutes", NULL, 0, 0 } };
	struct report *rep = ctx;
	struct item_in in = { 0 };
	uint32_t nids = 0;
	int64_t start, bill = 0, span = 0;
	size_t sids_at;

	(void)r;
	if (sdc_jscan(line, len, w, 10) != 1 || w[0].kind != 's'
	    || (start = sdc_jscan_time(&w[6])) == SDC_TIME_NONE
	    || (w[8].kind && !sdc_jscan_int(&w[8], &bill))
	    || (w[9].kind && !sdc_jscan_int(&w[9], &span)))
		return 0;
	item_begin(rep, &in, want_str(&w[0]), want_str(&w[1]));
	set_times(rep, &in.it, start, sdc_jscan_time(&w[7]));
	if (!sdc_jscan_int(&w[2], &in.it.cust_id))
		in.it.cust_id = -1;
	in.it.billable = (long)bill;
	in.it.span = (long)span;
	if (!text_list(&in, &w[4], &in.nsrc))
		return 0;
	in.links_at = in.text->len;
	if (!text_list(&in, &w[5], &in.nlinks) || bad_numbers(&in.it)
	    || !text_list(NULL, &w[3], &nids))
		return 0;
	if (!wanted(&rep->filter, &in)) {
		sdc_count("filtered", 1);
		return 1;
	}
	sids_at = in.text->len;
	text_sessions(rep, &w[3]);
	keep(rep, &in, sids_at);
	return 1;
}

void
model_read_items(struct report *rep, int argc, char **argv, int first)
{
	sdc_records_each_arg_quick(argc, argv, first, quick_item, add_item, rep);
}

/* --- sessions --- */

/* What the report keeps of a Session record. */
struct sess_in {
	const char *id;
	int64_t start, end;
	struct str source, title, source_title, summary, category;
};

/* Title and summary ("" or NULL: none) into the spool, each with a NUL:
 * a store's would be most of the report's memory. */
static void
spool_text(struct report *rep, struct rsess *s, struct str title, struct str sum)
{
	if (!title.p)
		title.n = 0;
	if (!sum.p)
		sum.n = 0;
	s->text = rep->spooled;
	s->tlen = (uint32_t)title.n;	/* a line is at most 64 MiB */
	s->slen = (uint32_t)sum.n;
	if (!title.n && !sum.n)
		return;
	if (!rep->spool)
		rep->spool = sdc_file_tmp("titles and summaries");
	fwrite(title.n ? title.p : "", 1, title.n, rep->spool);
	fputc('\0', rep->spool);
	fwrite(sum.n ? sum.p : "", 1, sum.n, rep->spool);
	fputc('\0', rep->spool);
	rep->spooled += title.n + sum.n + 2;
}

static uint32_t
str_index(struct report *rep, struct str s)
{
	return s.p && s.n ? sdc_intern_n(rep->strs, s.p, s.n, NULL) : NONE;
}

/* What the report keeps of the session, to the join; a later record of
 * a session wins there.  Its title and summary go to the spool (without
 * a start time: its id, for the join's warning). */
static void
set_session(struct report *rep, struct sdc_records *r, const struct sess_in *in)
{
	struct rsess s = { in->start, in->end, 0, 0, 0, NONE, NONE, 0 };

	s.found = s.start != SDC_TIME_NONE;
	if (!s.found)
		spool_text(rep, &s, str_of(in->id), (struct str){ NULL, 0 });
	else {
		if (s.end == SDC_TIME_NONE || s.end < s.start)
			s.end = s.start;
		s.source = str_index(rep, in->source);
		spool_text(rep, &s, in->title.n ? in->title : in->source_title, in->summary);
		s.category = str_index(rep, in->category);
	}
	model_spill_session(rep, in->id, sdc_records_lineno(r), &s);
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
	json_object *meta = sdc_json_get(o, "meta");
	struct sess_in in = { sdc_json_str(meta, "session_id"),
	    sdc_json_time(ins, "session_start_time_utc"),
	    sdc_json_time(ins, "session_end_time_utc"),
	    str_of(sdc_json_str(meta, "source_system")),
	    str_of(sdc_json_str(ins, "llm_generated_title")),
	    str_of(sdc_json_str(ins, "source_title")), str_of(summary_of(ins)),
	    str_of(sdc_json_str(ins, "llm_generated_category")) };

	if (!in.id || !model_named(rep, in.id, strlen(in.id)))
		return;
	set_session(rep, r, &in);
}

/* generated_summaries' "default" from its text; 0 when only json-c can
 * say (no plain "default", and the object is not empty). */
static int
text_summary(const struct sdc_jscan_want *sum, struct str *out)
{
	struct sdc_jscan_want d = { "default", NULL, NULL, 0, 0 };
	size_t i;

	*out = (struct str){ NULL, 0 };
	if (sum->kind != 'o')
		return 1;
	if (sdc_jscan(sum->s, sum->len, &d, 1) == 1 && d.kind == 's') {
		*out = (struct str){ d.s, d.len };
		return 1;
	}
	for (i = 1; i < sum->len && strchr(" \t\r\n", sum->s[i]); i++)
		;
	return sum->s[i] == '}';	/* {} has no summary */
}

/* The same as add_session from the line's text: 1 when taken. */
static int
quick_session(struct sdc_records *r, const char *line, size_t len, void *ctx)
{
	struct sdc_jscan_want w[] = { { "meta", "session_id", NULL, 0, 0 },
	    { "meta", "source_system", NULL, 0, 0 },
	    { "insights", "session_start_time_utc", NULL, 0, 0 },
	    { "insights", "session_end_time_utc", NULL, 0, 0 },
	    { "insights", "llm_generated_title", NULL, 0, 0 },
	    { "insights", "source_title", NULL, 0, 0 },
	    { "insights", "generated_summaries", NULL, 0, 0 },
	    { "insights", "llm_generated_category", NULL, 0, 0 } };
	struct report *rep = ctx;
	struct sess_in in;
	char id[256];

	if (sdc_jscan(line, len, w, 8) != 1)
		return 0;
	if (w[0].kind != 's' || w[0].len >= sizeof(id))
		return w[0].kind != 's';	/* no id: nothing to keep */
	memcpy(id, w[0].s, w[0].len);
	id[w[0].len] = '\0';
	if (!model_named(rep, id, w[0].len))
		return 1;
	in = (struct sess_in){ id, sdc_jscan_time(&w[2]), sdc_jscan_time(&w[3]), want_str(&w[1]),
	    want_str(&w[4]), want_str(&w[5]), { NULL, 0 }, want_str(&w[7]) };
	if (!text_summary(&w[6], &in.summary))
		return 0;
	set_session(rep, r, &in);
	return 1;
}

/* Sessions count as read too; keep them apart from the work items in the
 * summary line so "read" still means work items. */
void
model_read_sessions(struct report *rep, const char *path)
{
	long before = sdc_stats.read, rejected = sdc_stats.rejected;
	char *argv[] = { (char *)path };

	/* A rejected line is counted as rejected, not as a session. */
	sdc_records_each_arg_quick(1, argv, 0, quick_session, add_session, rep);
	if (rep->spool)
		sdc_file_tmp_check(rep->spool, "titles and summaries");
	sdc_count("sessions", (sdc_stats.read - before) - (sdc_stats.rejected - rejected));
	sdc_stats.read = before + (sdc_stats.rejected - rejected);
	model_join_sessions(rep, path);
}
