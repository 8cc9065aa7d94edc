/* sdc-report - what to bill: Work Items (from sdc-group) as a Markdown
 * report, a CSV for a spreadsheet or an invoicing import, or one
 * self-contained HTML page with a timeline per day.
 *
 * The report is built in memory (a year of one technician's work is a
 * few thousand items); sessions are read from --sessions only for the
 * items kept, for their titles, summaries and the timeline bars. */
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "buf.h"
#include "diag.h"
#include "intern.h"
#include "jsonl.h"
#include "recio.h"
#include "sdctime.h"
#include "session.h"
#include "workitem.h"

#define DAY_MS 86400000LL
#define HOUR_MS 3600000LL
#define NONE SDC_INTERN_NONE

enum format { FMT_MD, FMT_CSV, FMT_HTML };

struct rsess {
	int64_t start, end;
	char *source, *title, *summary;
	int found;
};

struct ritem {
	json_object *o;
	const char *id, *name;
	int64_t cust_id;	/* -1: none */
	int64_t start, end, day;
	long billable, span;
	uint32_t cust;
	uint32_t *sess;
	size_t nsess;
	json_object *sources, *links;
};

struct rcust {
	char *label;
	int64_t id;
	const char *name;
	long billable, span;
	int nitems, named;
	int rank;		/* place in the sorted list */
};

static struct {
	enum format format;
	const char *sessions, *customer, *project, *tz;
	int64_t from, to;	/* local day numbers, inclusive */
} opt = { FMT_MD, NULL, NULL, NULL, NULL, INT64_MIN, INT64_MAX };

static struct sdc_tz *tz;
static struct ritem *items;
static size_t nitems, capitems;
static struct rcust *custs;
static size_t ncusts, capcusts;
static struct sdc_intern *custkeys, *sids;
static struct rsess *sessv;	/* by index in sids */
static size_t capsessv;
static FILE *out;

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: sdc-report [-hqv] [--version] [--format md|csv|html] [--sessions FILE]\n"
	    "                  [--from DATE] [--to DATE] [--customer NAME|ID]\n"
	    "                  [--project TAG] [--tz ZONE] [--reject FILE] [FILE...]\n"
	    "  --format FMT       md (default), csv (RFC 4180) or html (one file)\n"
	    "  --sessions FILE    sessions for titles, summaries and timeline bars\n"
	    "  --from DATE        items starting on or after DATE (YYYY-MM-DD)\n"
	    "  --to DATE          items starting on or before DATE\n"
	    "  --customer NAME|ID one customer, by Syncro id or name (any case)\n"
	    "  --project TAG      items linked to project TAG\n"
	    "  --tz ZONE          show times in ZONE (default: TZ, else the machine's)\n"
	    "  --reject FILE      copy rejected records to FILE\n"
	    "  -v                 print the summary line\n"
	    "  -q                 no warnings\n"
	    "  -h                 this help\n"
	    "      --version      print the version\n");
}

/* --- time in the display zone --- */

static int64_t
local_ms(int64_t utc)
{
	return utc + (int64_t)sdc_tz_offset_at(tz, utc) * 1000;
}

static int64_t
floordiv(int64_t a, int64_t b)
{
	return a / b - (a % b < 0);
}

static int64_t
day_of(int64_t utc)
{
	return floordiv(local_ms(utc), DAY_MS);
}

static char *
fmt_date(int64_t day, char *buf)
{
	int64_t y;
	unsigned m, d;

	sdc_civil_from_days(day, &y, &m, &d);
	snprintf(buf, 16, "%04lld-%02u-%02u", (long long)y, m, d);
	return buf;
}

static const char *
weekday(int64_t day)
{
	static const char *const name[] = {
		"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"
	};

	return name[((day % 7) + 7) % 7];
}

/* "HH:MM" of utc, with "+N" when it falls N days after day. */
static char *
fmt_hm(int64_t utc, int64_t day, char *buf)
{
	int64_t l = local_ms(utc), d = floordiv(l, DAY_MS), m = (l - d * DAY_MS) / 60000;
	int n = snprintf(buf, 24, "%02d:%02d", (int)(m / 60), (int)(m % 60));

	if (d != day)
		snprintf(buf + n, (size_t)(24 - n), "%+d", (int)(d - day));
	return buf;
}

static char *
fmt_dur(long min, char *buf)
{
	snprintf(buf, 24, "%ld:%02ld", min / 60, min % 60);
	return buf;
}

/* "YYYY-MM-DD": a local day number. */
static int64_t
date_arg(const char *name, const char *s)
{
	unsigned y, m, d;
	int n = 0;

	if (sscanf(s, "%4u-%2u-%2u%n", &y, &m, &d, &n) != 3 || s[n] ||
	    strlen(s) != 10 || m < 1 || m > 12 || d < 1 || d > 31)
		sdc_errx(SDC_EXIT_USAGE, "--%s: not a date (YYYY-MM-DD): %s",
		    name, s);
	return sdc_days_from_civil(y, m, d);
}

/* The zone named by TZ, else the machine's (/etc/localtime), else UTC. */
static const char *
default_zone(void)
{
	static char link[512];
	const char *env = getenv("TZ"), *p;
	ssize_t n;

	if (env && *env)
		return *env == ':' ? env + 1 : env;
	n = readlink("/etc/localtime", link, sizeof(link) - 1);
	if (n <= 0)
		return "UTC";
	link[n] = '\0';
	p = strstr(link, "zoneinfo/");
	return p ? p + strlen("zoneinfo/") : "UTC";
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
wanted(const struct ritem *it)
{
	if (it->day < opt.from || it->day > opt.to)
		return 0;
	if (opt.project && !links_match(it->links, opt.project))
		return 0;
	if (!opt.customer)
		return 1;
	if (all_digits(opt.customer))
		return it->cust_id == strtoll(opt.customer, NULL, 10);
	return it->name && strcasecmp(it->name, opt.customer) == 0;
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

static uint32_t
customer_of(const struct ritem *it)
{
	struct sdc_buf key = SDC_BUF_INIT;
	uint32_t k;
	int added;

	if (it->cust_id >= 0)
		sdc_buf_printf(&key, "#%lld", (long long)it->cust_id);
	else if (it->name)
		sdc_buf_printf(&key, "n:%s", it->name);
	k = sdc_intern_n(custkeys, key.p ? key.p : "", key.len, &added);
	sdc_buf_free(&key);
	if (added) {
		custs = sdc_grow(custs, &capcusts, k + 1, sizeof(*custs));
		custs[k] = (struct rcust){ 0 };
		custs[k].id = it->cust_id;
		custs[k].name = it->name;
		custs[k].named = it->name || it->cust_id >= 0;
		if (it->name)
			custs[k].label = sdc_xstrdup(it->name);
		else if (it->cust_id >= 0) {
			custs[k].label = sdc_xmalloc(32);
			snprintf(custs[k].label, 32, "Customer #%lld",
			    (long long)it->cust_id);
		} else
			custs[k].label = sdc_xstrdup("(no customer)");
		ncusts++;
	}
	custs[k].billable += it->billable;
	custs[k].span += it->span;
	custs[k].nitems++;
	return k;
}

static void
link_sessions(struct ritem *it, json_object *ids)
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
		k = sdc_intern_n(sids, json_object_get_string(s),
		    (size_t)json_object_get_string_len(s), &added);
		if (added) {
			sessv = sdc_grow(sessv, &capsessv, k + 1, sizeof(*sessv));
			sessv[k] = (struct rsess){ 0 };
		}
		it->sess[it->nsess++] = k;
	}
}

static void
add_item(struct sdc_records *r, json_object *o)
{
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
	it.day = day_of(it.start);
	it.links = array_at(o, "calculated_links");
	it.sources = array_at(o, "sources");
	if (!wanted(&it)) {
		sdc_count("filtered", 1);
		return;
	}
	json_object_get(o);	/* kept for the report */
	it.cust = customer_of(&it);
	link_sessions(&it, array_at(o, "component_session_ids"));
	items = sdc_grow(items, &capitems, nitems + 1, sizeof(*items));
	items[nitems++] = it;
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
add_session(struct sdc_records *r, json_object *o)
{
	json_object *ins = sdc_json_get(o, "insights");
	const char *id = sdc_json_str(sdc_json_get(o, "meta"), "session_id");
	const char *title;
	struct rsess *s;
	uint32_t k;

	if (!id || (k = sdc_intern_find(sids, id)) == NONE)
		return;
	s = &sessv[k];
	if (s->found) {		/* a later record of the session wins */
		free(s->source);
		free(s->title);
		free(s->summary);
	}
	s->start = sdc_json_time(ins, "session_start_time_utc");
	s->end = sdc_json_time(ins, "session_end_time_utc");
	s->found = s->start != SDC_TIME_NONE;
	if (!s->found) {
		sdc_warn_at(sdc_records_name(r), sdc_records_lineno(r),
		    "session %s has no start time; left out of the timeline", id);
		s->source = s->title = s->summary = NULL;
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
}

/* Sessions count as read too; keep them apart from the work items in the
 * summary line so "read" still means work items. */
static void
read_sessions(const char *path)
{
	long before = sdc_stats.read;

	uint32_t i, missing = 0;

	sdc_records_each(path, add_session);
	sdc_count("sessions", sdc_stats.read - before);
	sdc_stats.read = before;
	for (i = 0; i < sdc_intern_count(sids); i++)
		missing += !sessv[i].found;
	if (missing)
		sdc_warnx("%s: %u of the work items' sessions are not there",
		    path, missing);
}

/* --- ordering --- */

static int
cmp_cust(const void *pa, const void *pb)
{
	const struct rcust *a = &custs[*(const uint32_t *)pa];
	const struct rcust *b = &custs[*(const uint32_t *)pb];
	int c;

	if (a->named != b->named)
		return b->named - a->named;	/* no customer last */
	if ((c = strcasecmp(a->label, b->label)) != 0)
		return c;
	return a->id < b->id ? -1 : a->id > b->id;
}

static int
cmp_item(const void *pa, const void *pb)
{
	const struct ritem *a = pa, *b = pb;

	if (custs[a->cust].rank != custs[b->cust].rank)
		return custs[a->cust].rank - custs[b->cust].rank;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return strcmp(a->id, b->id);
}

static void
sort_all(void)
{
	uint32_t *ord = sdc_xmalloc((ncusts + 1) * sizeof(*ord));
	size_t i;

	for (i = 0; i < ncusts; i++)
		ord[i] = (uint32_t)i;
	qsort(ord, ncusts, sizeof(*ord), cmp_cust);
	for (i = 0; i < ncusts; i++)
		custs[ord[i]].rank = (int)i;
	free(ord);
	if (nitems)	/* qsort(NULL, 0) is undefined */
		qsort(items, nitems, sizeof(*items), cmp_item);
}

static long
total_billable(void)
{
	long t = 0;
	size_t i;

	for (i = 0; i < ncusts; i++)
		t += custs[i].billable;
	return t;
}

static void
join_array(json_object *a, const char *sep, struct sdc_buf *b)
{
	size_t i, n = json_object_array_length(a);

	for (i = 0; i < n; i++) {
		if (i)
			sdc_buf_adds(b, sep);
		sdc_buf_adds(b, json_object_get_string(json_object_array_get_idx(a, i)));
	}
}

/* "2025-01-03 – 2025-01-29", the days the report covers. */
static void
period(struct sdc_buf *b)
{
	int64_t lo = INT64_MAX, hi = INT64_MIN;
	char d1[16], d2[16];
	size_t i;

	for (i = 0; i < nitems; i++) {
		if (items[i].day < lo)
			lo = items[i].day;
		if (items[i].day > hi)
			hi = items[i].day;
	}
	if (opt.from != INT64_MIN)
		lo = opt.from;
	if (opt.to != INT64_MAX)
		hi = opt.to;
	if (lo > hi)
		sdc_buf_adds(b, "no work items");
	else
		sdc_buf_printf(b, "%s \xe2\x80\x93 %s", fmt_date(lo, d1),
		    fmt_date(hi, d2));
}

static const struct rsess *
session_at(const struct ritem *it, size_t i)
{
	const struct rsess *s = &sessv[it->sess[i]];

	return s->found ? s : NULL;
}

/* --- Markdown --- */

static void
md_text(const char *s)
{
	for (; *s; s++) {
		if (strchr("\\`*_[]<>|", *s))
			fputc('\\', out);
		fputc(*s == '\n' || *s == '\r' || *s == '\t' ? ' ' : *s, out);
	}
}

static void
md_item(const struct ritem *it)
{
	char a[24], b[24], d[24];
	struct sdc_buf src = SDC_BUF_INIT;
	const struct rsess *s;
	size_t i;

	join_array(it->sources, ", ", &src);
	fprintf(out, "- **%s\xe2\x80\x93%s** \xc2\xb7 %s billable \xc2\xb7 ",
	    fmt_hm(it->start, it->day, a), fmt_hm(it->end, it->day, b),
	    fmt_dur(it->billable, d));
	md_text(src.p ? src.p : "");
	fprintf(out, " \xc2\xb7 %zu session%s\n", it->nsess, it->nsess == 1 ? "" : "s");
	sdc_buf_free(&src);
	for (i = 0; i < it->nsess; i++) {
		if (!(s = session_at(it, i)))
			continue;
		fprintf(out, "  - %s\xe2\x80\x93%s ", fmt_hm(s->start, it->day, a),
		    fmt_hm(s->end, it->day, b));
		md_text(s->title ? s->title : "(untitled)");
		if (s->summary) {
			fputs(" \xe2\x80\x94 ", out);
			md_text(s->summary);
		}
		fputc('\n', out);
	}
}

static void
md_totals(long all)
{
	char d[24];
	size_t i;
	uint32_t k;
	uint32_t *ord = sdc_xmalloc((ncusts + 1) * sizeof(*ord));

	for (i = 0; i < ncusts; i++)
		ord[custs[i].rank] = (uint32_t)i;
	fputs("## Totals\n\n| Customer | Work items | Billable | Hours |\n"
	    "|---|---:|---:|---:|\n", out);
	for (i = 0; i < ncusts; i++) {
		k = ord[i];
		fputs("| ", out);
		md_text(custs[k].label);
		fprintf(out, " | %d | %s | %.2f |\n", custs[k].nitems,
		    fmt_dur(custs[k].billable, d), custs[k].billable / 60.0);
	}
	fprintf(out, "| **All** | %zu | %s | %.2f |\n", nitems, fmt_dur(all, d),
	    all / 60.0);
	free(ord);
}

static void
render_md(void)
{
	struct sdc_buf p = SDC_BUF_INIT;
	long all = total_billable();
	char d[24], ds[16];
	const struct ritem *it;
	const struct rcust *c;
	size_t i;

	period(&p);
	fprintf(out, "# Work report\n\n%s \xc2\xb7 times in %s \xc2\xb7 %zu work "
	    "item%s \xc2\xb7 %s billable (%.2f h)\n", p.p, sdc_tz_name(tz), nitems,
	    nitems == 1 ? "" : "s", fmt_dur(all, d), all / 60.0);
	sdc_buf_free(&p);
	for (i = 0; i < nitems; i++) {
		it = &items[i];
		c = &custs[it->cust];
		if (i == 0 || items[i - 1].cust != it->cust) {
			fputs("\n## ", out);
			md_text(c->label);
			if (c->id >= 0 && c->name)
				fprintf(out, " (#%lld)", (long long)c->id);
			fputc('\n', out);
		}
		if (i == 0 || items[i - 1].cust != it->cust ||
		    items[i - 1].day != it->day)
			fprintf(out, "\n### %s %s\n\n", weekday(it->day),
			    fmt_date(it->day, ds));
		md_item(it);
		if (i + 1 == nitems || items[i + 1].cust != it->cust) {
			fputs("\n**Total ", out);
			md_text(c->label);
			fprintf(out, ":** %d work item%s \xc2\xb7 %s billable\n",
			    c->nitems, c->nitems == 1 ? "" : "s",
			    fmt_dur(c->billable, d));
		}
	}
	fputc('\n', out);
	md_totals(all);
}

/* --- CSV (RFC 4180: CRLF, quotes doubled, quoted when needed) --- */

static void
csv_field(const char *s, int last)
{
	if (s && s[strcspn(s, ",\"\r\n")]) {
		fputc('"', out);
		for (; *s; s++) {
			if (*s == '"')
				fputc('"', out);
			fputc(*s, out);
		}
		fputc('"', out);
	} else if (s)
		fputs(s, out);
	fputs(last ? "\r\n" : ",", out);
}

static void
csv_item(const struct ritem *it)
{
	struct sdc_buf b = SDC_BUF_INIT;
	char num[32], t[24], ds[16];
	const struct rsess *s;
	size_t i;

	csv_field(it->id, 0);
	csv_field(fmt_date(it->day, ds), 0);
	sdc_buf_printf(&b, "%s %s", ds, fmt_hm(it->start, it->day, t));
	csv_field(b.p, 0);
	sdc_buf_reset(&b);
	sdc_buf_printf(&b, "%s %s", fmt_date(day_of(it->end), ds),
	    fmt_hm(it->end, day_of(it->end), t));
	csv_field(b.p, 0);
	sdc_buf_reset(&b);
	csv_field(sdc_tz_name(tz), 0);
	snprintf(num, sizeof(num), "%lld", (long long)it->cust_id);
	csv_field(it->cust_id >= 0 ? num : "", 0);
	csv_field(it->name ? it->name : "", 0);
	snprintf(num, sizeof(num), "%ld", it->billable);
	csv_field(num, 0);
	snprintf(num, sizeof(num), "%.2f", it->billable / 60.0);
	csv_field(num, 0);
	snprintf(num, sizeof(num), "%ld", it->span);
	csv_field(num, 0);
	join_array(it->sources, "; ", &b);
	csv_field(b.p ? b.p : "", 0);
	sdc_buf_reset(&b);
	join_array(it->links, "; ", &b);
	csv_field(b.p ? b.p : "", 0);
	sdc_buf_reset(&b);
	snprintf(num, sizeof(num), "%zu", it->nsess);
	csv_field(num, 0);
	for (i = 0; i < it->nsess; i++)
		if ((s = session_at(it, i)) && s->title)
			sdc_buf_printf(&b, "%s%s", b.len ? "; " : "", s->title);
	csv_field(b.p ? b.p : "", 1);
	sdc_buf_free(&b);
}

static void
render_csv(void)
{
	size_t i;

	fputs("work_item_id,date,start,end,timezone,customer_id,customer_name,"
	    "billable_minutes,billable_hours,duration_minutes,sources,links,"
	    "sessions,titles\r\n", out);
	for (i = 0; i < nitems; i++)
		csv_item(&items[i]);
}

/* --- HTML: one self-contained page; inline CSS and SVG, no scripts --- */

#define TL_W 960		/* timeline viewBox width */
#define TL_LEFT 170		/* lane labels */
#define TL_RIGHT 14
#define TL_AXIS 22		/* hour labels */
#define TL_ROW 16		/* one row of bars */
#define TL_PAD 4

static const char css[] =
    ":root{--ink:#1d2330;--mute:#5b6472;--line:#d9dde3;--lane:#f3f5f7}\n"
    "*{box-sizing:border-box}\n"
    /* A year has hundreds of days: lay out only those on screen. */
    ".day,.cust{content-visibility:auto;contain-intrinsic-size:auto 240px}\n"
    "body{font:14px/1.45 system-ui,-apple-system,\"Segoe UI\",Roboto,"
    "\"Helvetica Neue\",Arial,sans-serif;color:var(--ink);background:#fff;"
    "margin:0 auto;max-width:1000px;padding:24px}\n"
    "h1{font-size:26px;margin:0 0 4px}\n"
    "h2{font-size:19px;margin:30px 0 10px;padding-bottom:4px;"
    "border-bottom:2px solid var(--ink)}\n"
    "h3{font-size:15px;margin:18px 0 6px}\n"
    "h3 small{color:var(--mute);font-weight:400}\n"
    ".meta{color:var(--mute);margin:0}\n"
    "svg{display:block;width:100%;height:auto}\n"
    "svg text{font-size:11px;fill:var(--ink)}\n"
    "svg .axis{fill:var(--mute);font-size:10px}\n"
    "svg .grid{stroke:var(--line);stroke-width:1}\n"
    "svg .lane{fill:var(--lane)}\n"
    "svg .item{fill:none;stroke:#7a8594;stroke-width:1;stroke-dasharray:3 2}\n"
    "svg .bar{stroke:#fff;stroke-width:.5}\n"
    "svg .hbar{fill:#0072b2}\n"
    ".legend span{display:inline-block;margin-right:16px;font-size:12px;"
    "color:var(--mute)}\n"
    ".legend i{display:inline-block;width:12px;height:12px;border-radius:2px;"
    "margin-right:5px;vertical-align:-1px}\n"
    "table{border-collapse:collapse;width:100%;margin:4px 0 12px;font-size:13px}\n"
    "th,td{text-align:left;vertical-align:top;padding:5px 8px;"
    "border-bottom:1px solid var(--line)}\n"
    "th{background:var(--lane);font-weight:600}\n"
    "#items table{table-layout:fixed}\n"
    "#items th:nth-child(1){width:125px}#items th:nth-child(2){width:105px}"
    "#items th:nth-child(3){width:75px}#items th:nth-child(4){width:140px}\n"
    ".n{text-align:right;white-space:nowrap}\n"
    "tfoot td{font-weight:600;border-top:2px solid var(--ink);border-bottom:0}\n"
    "ul.s{margin:0;padding-left:16px}\n"
    ".t,.sum{color:var(--mute);font-size:12px}\n"
    ".t{white-space:nowrap}\n"
    "footer{margin-top:30px;color:var(--mute);font-size:11px}\n"
    "@media print{body{max-width:none;padding:0;font-size:10pt}"
    ".day,.cust{content-visibility:visible}"
    ".day,.cust,tr,svg{break-inside:avoid}h2,h3{break-after:avoid}"
    "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n"
    "@page{margin:14mm}\n";

/* Okabe-Ito colours (safe for colour-blind readers); the four sources
 * keep theirs, others share the rest by a hash of their name. */
static const char *
colour_of(const char *source)
{
	static const char *const known[][2] = {
		{ "ScreenConnect", "#0072b2" }, { "SyncroRMM", "#009e73" },
		{ "notes.json", "#e69f00" }, { "SillyTavern", "#cc79a7" }
	};
	static const char *const rest[] = { "#56b4e9", "#d55e00", "#8c6d1f" };
	unsigned h = 0;
	size_t i;

	if (!source)
		return "#999999";
	for (i = 0; i < sizeof(known) / sizeof(known[0]); i++)
		if (strcmp(source, known[i][0]) == 0)
			return known[i][1];
	for (; *source; source++)
		h = h * 31 + (unsigned char)*source;
	return rest[h % 3];
}

static void
html_text(const char *s)
{
	for (; *s; s++)
		switch (*s) {
		case '&': fputs("&amp;", out); break;
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '"': fputs("&quot;", out); break;
		case '\'': fputs("&#39;", out); break;
		default: fputc(*s, out);
		}
}

/* A lane label cut to n characters (UTF-8 aware) with an ellipsis. */
static void
html_label(const char *s, size_t n)
{
	struct sdc_buf b = SDC_BUF_INIT;
	size_t chars = 0;
	const char *p;

	for (p = s; *p; p++) {
		if (((unsigned char)*p & 0xc0) != 0x80 && chars++ == n)
			break;
		sdc_buf_addc(&b, *p);
	}
	if (*p)
		sdc_buf_adds(&b, "\xe2\x80\xa6");
	html_text(b.p ? b.p : "");
	sdc_buf_free(&b);
}

struct bar {
	int64_t s, e;		/* ms since local midnight of the day */
	const struct ritem *it;
	const struct rsess *sess;	/* NULL: the item as a whole */
	const char *sid;
	int lane, row;
};

struct day {
	int64_t day, t0, t1;	/* shown hours: [t0, t1) ms of the day */
	struct bar *bars;
	size_t nbars;
	int nlanes, *lane_rows, *lane_y;
	uint32_t *lane_cust;
};

static double
tl_x(const struct day *d, int64_t t)
{
	return TL_LEFT + (double)(t - d->t0) * (TL_W - TL_LEFT - TL_RIGHT) /
	    (double)(d->t1 - d->t0);
}

static void
add_bar(struct day *d, size_t *cap, const struct ritem *it, uint32_t k)
{
	const struct rsess *s = k == NONE ? NULL : &sessv[k];
	int64_t base = d->day * DAY_MS;
	struct bar *b;

	d->bars = sdc_grow(d->bars, cap, d->nbars + 1, sizeof(*d->bars));
	b = &d->bars[d->nbars++];
	b->s = local_ms(s ? s->start : it->start) - base;
	b->e = local_ms(s ? s->end : it->end) - base;
	b->it = it;
	b->sess = s;
	b->sid = k == NONE ? NULL : sdc_intern_str(sids, k);
	b->lane = d->nlanes - 1;
	b->row = 0;
}

/* Stack a lane's bars in rows so that overlapping sessions stay visible:
 * each bar takes the first row free at its start. */
static int
stack_rows(struct day *d, size_t first, size_t n)
{
	int64_t ends[64], minw = (d->t1 - d->t0) / 300;
	int rows = 1, r;
	size_t i;

	ends[0] = INT64_MIN;
	for (i = first; i < first + n; i++) {
		for (r = 0; r < rows && ends[r] > d->bars[i].s; r++)
			;
		if (r == rows && rows < 64)
			ends[rows++] = INT64_MIN;
		if (r == rows)
			r = rows - 1;
		d->bars[i].row = r;
		ends[r] = d->bars[i].e > d->bars[i].s + minw ?
		    d->bars[i].e : d->bars[i].s + minw;
	}
	return rows;
}

static int
cmp_bar(const void *pa, const void *pb)
{
	const struct bar *a = pa, *b = pb;

	if (a->lane != b->lane)
		return a->lane - b->lane;
	return a->s < b->s ? -1 : a->s > b->s;
}

/* The bars and lanes of one day: items[byday[lo..hi)], sorted by
 * customer; one lane per customer, one bar per session. */
static void
day_layout(struct day *d, struct ritem **v, size_t n)
{
	size_t i, j, cap = 0, first;
	int whole;
	int64_t lo = INT64_MAX, hi = INT64_MIN, y = TL_AXIS;

	d->lane_cust = sdc_xmalloc(n * sizeof(*d->lane_cust));
	for (i = 0; i < n; i++) {
		if (i == 0 || v[i]->cust != v[i - 1]->cust)
			d->lane_cust[d->nlanes++] = v[i]->cust;
		whole = v[i]->nsess == 0;	/* a bar for the item itself */
		for (j = 0; j < v[i]->nsess; j++)
			if (sessv[v[i]->sess[j]].found)
				add_bar(d, &cap, v[i], v[i]->sess[j]);
			else
				whole = 1;
		if (whole)
			add_bar(d, &cap, v[i], NONE);
	}
	for (i = 0; i < d->nbars; i++) {
		lo = d->bars[i].s < lo ? d->bars[i].s : lo;
		hi = d->bars[i].e > hi ? d->bars[i].e : hi;
	}
	d->t0 = floordiv(lo, HOUR_MS) * HOUR_MS;
	d->t1 = -floordiv(-hi, HOUR_MS) * HOUR_MS;
	if (d->t1 - d->t0 < 2 * HOUR_MS)
		d->t1 = d->t0 + 2 * HOUR_MS;
	qsort(d->bars, d->nbars, sizeof(*d->bars), cmp_bar);
	d->lane_rows = sdc_xcalloc((size_t)d->nlanes, sizeof(int));
	d->lane_y = sdc_xcalloc((size_t)d->nlanes, sizeof(int));
	for (i = first = 0; i <= d->nbars; i++) {
		if (i < d->nbars && d->bars[i].lane == d->bars[first].lane)
			continue;
		d->lane_rows[d->bars[first].lane] = stack_rows(d, first, i - first);
		first = i;
	}
	for (i = 0; i < (size_t)d->nlanes; i++) {
		d->lane_y[i] = (int)y;
		y += d->lane_rows[i] * TL_ROW + 2 * TL_PAD + 2;
	}
}

static void
day_free(struct day *d)
{
	free(d->bars);
	free(d->lane_rows);
	free(d->lane_y);
	free(d->lane_cust);
}

static void
tl_axis(const struct day *d, int height)
{
	int64_t step = d->t1 - d->t0 <= 12 * HOUR_MS ? HOUR_MS :
	    d->t1 - d->t0 <= 24 * HOUR_MS ? 2 * HOUR_MS : 6 * HOUR_MS;
	int64_t t;
	double x;

	for (t = d->t0; t <= d->t1; t += step) {
		x = tl_x(d, t);
		fprintf(out, "<line class=\"grid\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" "
		    "y2=\"%d\"/><text class=\"axis\" x=\"%.1f\" y=\"13\" "
		    "text-anchor=\"middle\">%02d:00</text>\n", x, TL_AXIS - 4, x,
		    height, x, (int)(((t / HOUR_MS) % 24 + 24) % 24));
	}
}

static void
tl_tooltip(const struct bar *b)
{
	const struct rcust *c = &custs[b->it->cust];
	char t1[24], t2[24], d[24];
	int64_t day = b->it->day;

	fputs("<title>", out);
	html_text(c->label);
	fputs(" \xe2\x80\x94 ", out);
	if (b->sess) {
		html_text(b->sess->title ? b->sess->title : "(untitled)");
		fprintf(out, " (%s\xe2\x80\x93%s, ", fmt_hm(b->sess->start, day, t1),
		    fmt_hm(b->sess->end, day, t2));
		html_text(b->sess->source ? b->sess->source : "unknown source");
		fputc(')', out);
	} else
		fprintf(out, "work item %s\xe2\x80\x93%s, %s billable",
		    fmt_hm(b->it->start, day, t1), fmt_hm(b->it->end, day, t2),
		    fmt_dur(b->it->billable, d));
	fputs("</title>", out);
}

static void
tl_bar(const struct day *d, const struct bar *b)
{
	const char *src = b->sess ? b->sess->source : NULL;
	double x = tl_x(d, b->s), w = tl_x(d, b->e) - x;
	int y = d->lane_y[b->lane] + TL_PAD + b->row * TL_ROW + 1;

	if (!b->sess && b->it->sources && json_object_array_length(b->it->sources))
		src = json_object_get_string(
		    json_object_array_get_idx(b->it->sources, 0));
	fprintf(out, "<rect class=\"bar\" %s=\"", b->sess ? "data-session" : "data-item");
	html_text(b->sess ? b->sid : b->it->id);
	fprintf(out, "\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"2\" "
	    "fill=\"%s\">", x, y, w < 3 ? 3 : w, TL_ROW - 2, colour_of(src));
	tl_tooltip(b);
	fputs("</rect>\n", out);
}

/* A dashed frame around each work item's sessions. */
static void
tl_items(const struct day *d)
{
	size_t i, j;
	int rows, y;
	double x, w;
	const struct ritem *it;

	for (i = 0; i < d->nbars; i = j) {
		it = d->bars[i].it;
		for (j = i; j < d->nbars && d->bars[j].it == it; j++)
			;
		if (j - i < 2)
			continue;
		rows = d->lane_rows[d->bars[i].lane];
		y = d->lane_y[d->bars[i].lane] + 1;
		x = tl_x(d, local_ms(it->start) - d->day * DAY_MS);
		w = tl_x(d, local_ms(it->end) - d->day * DAY_MS) - x;
		fprintf(out, "<rect class=\"item\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" "
		    "height=\"%d\" rx=\"3\"/>\n", x - 1, y, w + 2,
		    rows * TL_ROW + 2 * TL_PAD - 2);
	}
}

static void
tl_day(struct ritem **v, size_t n)
{
	struct day d = { 0 };
	char ds[16];
	size_t i;
	int l, height;

	d.day = v[0]->day;
	day_layout(&d, v, n);
	height = d.lane_y[d.nlanes - 1] + d.lane_rows[d.nlanes - 1] * TL_ROW +
	    2 * TL_PAD + 2;
	fprintf(out, "<div class=\"day\"><h3>%s %s</h3>\n<svg class=\"tl\" "
	    "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"Timeline of %s\">\n",
	    weekday(d.day), fmt_date(d.day, ds), TL_W, height, ds);
	for (l = 0; l < d.nlanes; l++) {
		fprintf(out, "<rect class=\"lane\" x=\"0\" y=\"%d\" width=\"%d\" "
		    "height=\"%d\"/><text x=\"6\" y=\"%d\">", d.lane_y[l], TL_W,
		    d.lane_rows[l] * TL_ROW + 2 * TL_PAD,
		    d.lane_y[l] + TL_PAD + 12);
		html_label(custs[d.lane_cust[l]].label, 26);
		fputs("</text>\n", out);
	}
	tl_axis(&d, height);
	for (i = 0; i < d.nbars; i++)
		tl_bar(&d, &d.bars[i]);
	tl_items(&d);
	fputs("</svg></div>\n", out);
	day_free(&d);
}

static int
cmp_day(const void *pa, const void *pb)
{
	const struct ritem *a = *(struct ritem *const *)pa;
	const struct ritem *b = *(struct ritem *const *)pb;

	if (a->day != b->day)
		return a->day < b->day ? -1 : 1;
	return a < b ? -1 : a > b;	/* items[] is in customer order */
}

static void
html_legend(void)
{
	struct sdc_intern *seen = sdc_intern_new();
	const char *src;
	size_t i, j;
	int added;

	fputs("<p class=\"legend\">", out);
	for (i = 0; i < nitems; i++)
		for (j = 0; j < json_object_array_length(items[i].sources); j++) {
			src = json_object_get_string(
			    json_object_array_get_idx(items[i].sources, j));
			sdc_intern_n(seen, src, strlen(src), &added);
			if (!added)
				continue;
			fprintf(out, "<span><i style=\"background:%s\"></i>",
			    colour_of(src));
			html_text(src);
			fputs("</span>", out);
		}
	fputs("</p>\n", out);
	sdc_intern_free(seen);
}

static void
html_timeline(void)
{
	struct ritem **v = sdc_xmalloc((nitems + 1) * sizeof(*v));
	size_t i, j;

	for (i = 0; i < nitems; i++)
		v[i] = &items[i];
	qsort(v, nitems, sizeof(*v), cmp_day);
	fputs("<section id=\"timeline\"><h2>Timeline</h2>\n", out);
	html_legend();
	for (i = 0; i < nitems; i = j) {
		for (j = i; j < nitems && v[j]->day == v[i]->day; j++)
			;
		tl_day(v + i, j - i);
	}
	fputs("</section>\n", out);
	free(v);
}

static int
cmp_billable(const void *pa, const void *pb)
{
	const struct rcust *a = &custs[*(const uint32_t *)pa];
	const struct rcust *b = &custs[*(const uint32_t *)pb];

	if (a->billable != b->billable)
		return a->billable > b->billable ? -1 : 1;
	return a->rank - b->rank;
}

/* Billable hours per customer as horizontal bars, most first. */
static void
html_hours(void)
{
	uint32_t *ord = sdc_xmalloc((ncusts + 1) * sizeof(*ord));
	long max = 1;
	size_t i;
	double w;
	const struct rcust *c;

	for (i = 0; i < ncusts; i++) {
		ord[i] = (uint32_t)i;
		if (custs[i].billable > max)
			max = custs[i].billable;
	}
	qsort(ord, ncusts, sizeof(*ord), cmp_billable);
	fprintf(out, "<section id=\"hours\"><h2>Billable hours per customer</h2>\n"
	    "<svg class=\"hours\" viewBox=\"0 0 %d %zu\" role=\"img\" "
	    "aria-label=\"Billable hours per customer\">\n", TL_W, ncusts * 22 + 6);
	for (i = 0; i < ncusts; i++) {
		c = &custs[ord[i]];
		w = 600.0 * (double)c->billable / (double)max;
		fprintf(out, "<text x=\"210\" y=\"%zu\" text-anchor=\"end\">",
		    i * 22 + 16);
		html_label(c->label, 32);
		fprintf(out, "</text><rect class=\"hbar\" x=\"220\" y=\"%zu\" "
		    "width=\"%.1f\" height=\"15\" rx=\"2\"><title>", i * 22 + 4,
		    w < 1 ? 1 : w);
		html_text(c->label);
		fprintf(out, ": %.2f h</title></rect><text x=\"%.1f\" y=\"%zu\">"
		    "%.2f h</text>\n", c->billable / 60.0, 226 + w, i * 22 + 16,
		    c->billable / 60.0);
	}
	fputs("</svg></section>\n", out);
	free(ord);
}

static void
html_sessions(const struct ritem *it)
{
	const struct rsess *s;
	char t1[24], t2[24];
	size_t i;

	fputs("<ul class=\"s\">", out);
	for (i = 0; i < it->nsess; i++) {
		if (!(s = session_at(it, i)))
			continue;
		fputs("<li>", out);
		html_text(s->title ? s->title : "(untitled)");
		fprintf(out, " <span class=\"t\">%s\xe2\x80\x93%s \xc2\xb7 ",
		    fmt_hm(s->start, it->day, t1), fmt_hm(s->end, it->day, t2));
		html_text(s->source ? s->source : "unknown source");
		fputs("</span>", out);
		if (s->summary) {
			fputs("<div class=\"sum\">", out);
			html_text(s->summary);
			fputs("</div>", out);
		}
		fputs("</li>", out);
	}
	fputs("</ul>", out);
}

static void
html_row(const struct ritem *it)
{
	struct sdc_buf src = SDC_BUF_INIT;
	char ds[16], t1[24], t2[24], d[24];

	join_array(it->sources, ", ", &src);
	fprintf(out, "<tr><td class=\"t\">%s %s</td><td class=\"t\">%s\xe2\x80\x93%s"
	    "</td><td class=\"n\">%s</td><td>", weekday(it->day),
	    fmt_date(it->day, ds), fmt_hm(it->start, it->day, t1),
	    fmt_hm(it->end, it->day, t2), fmt_dur(it->billable, d));
	html_text(src.p ? src.p : "");
	fprintf(out, "</td><td>%zu session%s", it->nsess, it->nsess == 1 ? "" : "s");
	html_sessions(it);
	fputs("</td></tr>\n", out);
	sdc_buf_free(&src);
}

static void
html_items(void)
{
	const struct rcust *c;
	char d[24];
	size_t i;

	fputs("<section id=\"items\"><h2>Work items</h2>\n", out);
	for (i = 0; i < nitems; i++) {
		c = &custs[items[i].cust];
		if (i == 0 || items[i - 1].cust != items[i].cust) {
			fputs("<div class=\"cust\"><h3>", out);
			html_text(c->label);
			if (c->id >= 0 && c->name)
				fprintf(out, " <small>#%lld</small>", (long long)c->id);
			fputs("</h3>\n<table><thead><tr><th>Date</th><th>Time</th>"
			    "<th class=\"n\">Billable</th><th>Sources</th>"
			    "<th>Sessions</th></tr></thead><tbody>\n", out);
		}
		html_row(&items[i]);
		if (i + 1 == nitems || items[i + 1].cust != items[i].cust)
			fprintf(out, "</tbody><tfoot><tr><td colspan=\"2\">Total</td>"
			    "<td class=\"n\">%s</td><td colspan=\"2\">%d work item%s"
			    "</td></tr></tfoot></table></div>\n", fmt_dur(c->billable, d),
			    c->nitems, c->nitems == 1 ? "" : "s");
	}
	fputs("</section>\n", out);
}

static void
html_totals(long all)
{
	uint32_t *ord = sdc_xmalloc((ncusts + 1) * sizeof(*ord));
	const struct rcust *c;
	char d[24];
	size_t i;

	for (i = 0; i < ncusts; i++)
		ord[custs[i].rank] = (uint32_t)i;
	fputs("<section id=\"totals\"><h2>Totals</h2>\n<table><thead><tr>"
	    "<th>Customer</th><th class=\"n\">Work items</th><th class=\"n\">"
	    "Billable</th><th class=\"n\">Hours</th></tr></thead><tbody>\n", out);
	for (i = 0; i < ncusts; i++) {
		c = &custs[ord[i]];
		fputs("<tr><td>", out);
		html_text(c->label);
		fprintf(out, "</td><td class=\"n\">%d</td><td class=\"n\">%s</td>"
		    "<td class=\"n\">%.2f</td></tr>\n", c->nitems,
		    fmt_dur(c->billable, d), c->billable / 60.0);
	}
	fprintf(out, "</tbody><tfoot><tr><td>All</td><td class=\"n\">%zu</td>"
	    "<td class=\"n\">%s</td><td class=\"n\">%.2f</td></tr></tfoot>"
	    "</table></section>\n", nitems, fmt_dur(all, d), all / 60.0);
	free(ord);
}

static void
render_html(void)
{
	struct sdc_buf p = SDC_BUF_INIT;
	long all = total_billable();
	char d[24];

	period(&p);
	fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
	    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
	    "<title>Work report ", out);
	html_text(p.p);
	fprintf(out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<header>"
	    "<h1>Work report</h1>\n<p class=\"meta\">", css);
	html_text(p.p);
	fprintf(out, " \xc2\xb7 times in ");
	html_text(sdc_tz_name(tz));
	fprintf(out, " \xc2\xb7 %zu work item%s \xc2\xb7 %s billable (%.2f h)</p>"
	    "</header>\n", nitems, nitems == 1 ? "" : "s", fmt_dur(all, d),
	    all / 60.0);
	sdc_buf_free(&p);
	if (nitems) {
		html_hours();
		html_timeline();
		html_items();
		html_totals(all);
	}
	fprintf(out, "<footer>sdc-report %s</footer>\n</body>\n</html>\n",
	    SDC_VERSION);
}

/* Free everything, so that valgrind and LeakSanitizer see a clean exit. */
static void
free_all(void)
{
	uint32_t i;

	for (i = 0; i < nitems; i++) {
		json_object_put(items[i].o);
		free(items[i].sess);
	}
	for (i = 0; i < ncusts; i++)
		free(custs[i].label);
	for (i = 0; i < sdc_intern_count(sids); i++) {
		free(sessv[i].source);
		free(sessv[i].title);
		free(sessv[i].summary);
	}
	free(items);
	free(custs);
	free(sessv);
	sdc_intern_free(sids);
	sdc_intern_free(custkeys);
	sdc_tz_close(tz);
}

static void
parse_args(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "sessions", required_argument, NULL, 's' },
		{ "from", required_argument, NULL, 'F' },
		{ "to", required_argument, NULL, 'T' },
		{ "customer", required_argument, NULL, 'c' },
		{ "project", required_argument, NULL, 'p' },
		{ "tz", required_argument, NULL, 'z' },
		SDC_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	int c;

	while ((c = getopt_long(argc, argv, "hqv", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			if (strcmp(optarg, "md") == 0)
				opt.format = FMT_MD;
			else if (strcmp(optarg, "csv") == 0)
				opt.format = FMT_CSV;
			else if (strcmp(optarg, "html") == 0)
				opt.format = FMT_HTML;
			else
				sdc_errx(SDC_EXIT_USAGE, "--format: md, csv or html, not %s",
				    optarg);
			break;
		case 's': opt.sessions = optarg; break;
		case 'F': opt.from = date_arg("from", optarg); break;
		case 'T': opt.to = date_arg("to", optarg); break;
		case 'c': opt.customer = optarg; break;
		case 'p': opt.project = optarg; break;
		case 'z': opt.tz = optarg; break;
		case 'h': usage(stdout); exit(SDC_EXIT_OK);
		default:
			if (!sdc_common_option(c, optarg)) {
				usage(stderr);
				exit(SDC_EXIT_USAGE);
			}
		}
	}
}

int
main(int argc, char **argv)
{
	sdc_init(argv[0]);
	parse_args(argc, argv);
	if (!(tz = sdc_tz_open(opt.tz ? opt.tz : default_zone())))
		exit(SDC_EXIT_USAGE);
	out = stdout;
	custkeys = sdc_intern_new();
	sids = sdc_intern_new();
	sdc_records_each_arg(argc, argv, optind, add_item);
	if (opt.sessions)
		read_sessions(opt.sessions);
	sort_all();
	if (opt.format == FMT_CSV)
		render_csv();
	else if (opt.format == FMT_HTML)
		render_html();
	else
		render_md();
	sdc_stats.written = (long)nitems;
	free_all();
	sdc_summary();
	sdc_close_stdout();
	return sdc_exit_status();
}
