/* model - sdc-report's report: the work items kept by the filters, their
 * customers and the sessions they name, handed to the renderers (md.c,
 * csv.c, html.c, timeline.c) one block at a time: one customer's items, or
 * one day's (issue 17: a store's report in memory bounded by a block, not
 * the store).
 *
 *	struct report rep;
 *	model_init(&rep, tz, &filter);
 *	rep.want_days = 1;			(the HTML's timeline)
 *	model_read_items(&rep, argc, argv, optind);
 *	model_read_sessions(&rep, "sessions.jsonl");	(optional)
 *	model_sort(&rep);
 *	report_md(&rep, stdout);	(report_md.h, report_csv.h, report_html.h)
 *	model_free(&rep);
 *
 * Items are read with jscan where the line allows and written, compact, to
 * a temporary file; customers and days are counted as they come.  Sessions
 * are joined to the items that name them by an external sort of both on a
 * 128-bit hash of the id (runs.h), so neither is held whole; their titles
 * and summaries wait in the spool.  model_sort places each item in the
 * file of its customer's block (customers in report order) and of its
 * day's; model_load reads one block back, sorted, for the renderers. */
#ifndef SDC_REPORT_MODEL_H
#define SDC_REPORT_MODEL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "buf.h"
#include "hmap.h"
#include "intern.h"
#include "runs.h"
#include "sdctime.h"

#define MODEL_DAY_MS 86400000LL
#define MODEL_HOUR_MS 3600000LL

/* n strings, each NUL-terminated, one after another from p. */
struct rstrs {
	const char *p;
	uint32_t n;
};

/* What the report keeps of a session: 48 bytes, only while its item's
 * block is loaded; its title and summary wait in a temporary file (the
 * spool) until they are shown: model_text(). */
struct rsess {
	int64_t start, end;
	uint64_t text;		/* where title and summary are in the spool */
	uint32_t tlen, slen;	/* their lengths; 0: none */
	uint32_t source, category;	/* in rep->strs, or SDC_INTERN_NONE */
	int found;
};

/* A session's title and summary, NULL when it has none. */
struct rtext {
	const char *title, *summary;
};

/* A work item kept by the filters: what the renderers show of it, not
 * its record (items are read without json-c trees where they can be). */
struct ritem {
	const char *id, *name;	/* in text; name NULL: none */
	char *text;		/* id, name, sources, links, session ids */
	struct rstrs sources, links, sids;
	int64_t cust_id;	/* -1: none */
	int64_t start, end, day;
	long billable, span;
	uint32_t cust;
	uint32_t nsess;
	uint32_t *sess;		/* its sessions in rep->sessv */
	uint64_t slot0;		/* its first session in the join */
	double rate;		/* per hour (config billing) */
	int64_t cents;		/* rate x billable minutes */
};

struct rcust {
	char *label;
	int64_t id;
	char *name;
	long billable, span;
	int nitems, named;
	int rank;		/* place in the sorted list */
	int64_t cents;		/* the amounts of its items */
	uint64_t bytes, at;	/* its block in the file of customers */
};

/* A day of the report: its block in the file of days. */
struct rday {
	int64_t day;
	uint64_t bytes, at;
};

/* Which work items the report keeps. */
struct model_filter {
	const char *customer, *project;	/* NULL: any */
	int64_t from, to;	/* local day numbers, inclusive */
};

struct report {
	struct sdc_tz *tz;	/* the display zone; owned */
	struct model_filter filter;
	int want_days;		/* blocks by day too (the timeline) */
	int with_sessions;	/* --sessions: join the sessions */
	size_t nall;		/* items kept */
	int64_t day_lo, day_hi;	/* the days they start on */
	struct ritem *items;	/* the block loaded, sorted */
	size_t nitems, capitems;
	struct rsess *sessv;	/* its sessions */
	size_t capsessv;
	uint32_t *sessix;	/* the items' indexes into sessv */
	size_t capsessix;
	char *block;		/* its bytes */
	size_t capblock;
	struct rcust *custs;	/* by index in custkeys */
	size_t ncusts, capcusts;
	uint32_t *order;	/* customers in report order (model_sort) */
	struct rday *days;	/* by day after model_sort */
	size_t ndays, capdays;
	struct sdc_hmap dayix;	/* day -> index in days */
	struct sdc_intern *custkeys, *strs;
	uint32_t nsids;		/* the sessions of the item being read */
	struct sdc_buf text;	/* the strings of the item being read */
	FILE *itemf, *custf, *dayf;	/* the items as read; by customer; by day */
	struct sdc_runs *refs, *found;	/* (id, slot), (id, session) */
	struct sdc_runs *joined;	/* (slot, session) of the slots found */
	uint64_t *bloom;	/* the ids the items name, roughly (1 MiB) */
	uint64_t nslots, nfound;
	FILE *spool;		/* the sessions' titles and summaries */
	uint64_t spooled;	/* its size */
	struct sdc_buf *readback;	/* model_text()'s */
	int billing;		/* rates configured: show amounts */
	int64_t cents;		/* every item's amount */
};

/* Takes ownership of tz. */
void model_init(struct report *rep, struct sdc_tz *tz,
    const struct model_filter *f);
void model_free(struct report *rep);
/* Work items from argv[first..argc), else stdin. */
void model_read_items(struct report *rep, int argc, char **argv, int first);
void model_read_sessions(struct report *rep, const char *path);
/* Customers by label (no customer last); each item's rate and amount
 * (billing.h), summed per customer; each item into its customer's block
 * and its day's. */
void model_sort(struct report *rep);
/* How many blocks there are: customers (by_day 0) or days. */
size_t model_blocks(const struct report *rep, int by_day);
/* Block k (customers in report order, or with MODEL_BY_DAY days in order)
 * into rep->items, sorted by customer, then start (cleared by the next
 * load); MODEL_NO_SESSIONS: without the sessions (none found). */
#define MODEL_BY_DAY 1
#define MODEL_NO_SESSIONS 2
void model_load(struct report *rep, int how, size_t k);

long model_billable(const struct report *rep);
/* "2025-01-03 – 2025-01-29", the days the report covers. */
void model_period(const struct report *rep, struct sdc_buf *b);
/* Session i of it, or NULL when --sessions did not have it (its id is
 * it->sids' i-th). */
const struct rsess *model_session(const struct report *rep,
    const struct ritem *it, size_t i);
/* The title and summary of session s, valid until the next call. */
void model_text(const struct report *rep, const struct rsess *s, struct rtext *t);
/* The strings of l, joined by sep. */
void model_join(const struct rstrs *l, const char *sep, struct sdc_buf *b);
/* The string after s in a list (struct rstrs). */
const char *model_next(const char *s);
/* A session's source or category (rsess), or NULL. */
const char *model_str(const struct report *rep, uint32_t k);
/* ord[rank] = customer index: customers in report order (freed by caller). */
uint32_t *model_cust_order(const struct report *rep);

/* --- between load.c and blocks.c --- */

/* An item in the files of items: this, then textlen bytes of its text,
 * then (in the blocks) its nsess sessions (struct rsess). */
struct irec {
	int64_t cust_id, start, end, day, billable, span, cents;
	double rate;
	uint64_t slot0;
	uint32_t cust, nsess, textlen, name_at, src_at, links_at, sids_at;
	uint32_t nsrc, nlinks, pad;
};

/* A kept item (its sessions' ids last in text) to the file of items. */
void model_spill_item(struct report *rep, struct irec *r, const char *text);
/* Might an item name session id s[0..n)?  (0: surely not.) */
int model_named(const struct report *rep, const char *s, size_t n);
/* A session of the --sessions file, for the join (its title and summary
 * already in the spool; a session without a start has its id there). */
void model_spill_session(struct report *rep, const char *id, long lineno,
    const struct rsess *s);
/* Give each item's session slots their sessions; warn as the reading did. */
void model_join_sessions(struct report *rep, const char *path);
/* Rates and amounts; each item into its customer's block and its day's. */
void model_place(struct report *rep);
/* Items by customer (rank), start, then id: qsort_r with rep->custs. */
int model_cmp_item(const void *pa, const void *pb, void *custs);

/* Time in the display zone. */
int64_t model_floordiv(int64_t a, int64_t b);
int64_t model_local_ms(const struct report *rep, int64_t utc);
int64_t model_day_of(const struct report *rep, int64_t utc);
/* "YYYY-MM-DD" of a local day number into buf[16]. */
char *model_fmt_date(int64_t day, char *buf);
const char *model_weekday(int64_t day);
/* "HH:MM" of utc into buf[24], with "+N" when it falls N days after day. */
char *model_fmt_hm(const struct report *rep, int64_t utc, int64_t day,
    char *buf);
/* "H:MM" of minutes into buf[24]. */
char *model_fmt_dur(long min, char *buf);

#endif
