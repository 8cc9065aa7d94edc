/* model - sdc-report's report in memory: the work items kept by the
 * filters, their customers and the sessions they name, sorted for the
 * renderers (md.c, csv.c, html.c, timeline.c), which only read it.
 *
 *	struct report rep;
 *	model_init(&rep, tz, &filter);
 *	model_read_items(&rep, argc, argv, optind);
 *	model_read_sessions(&rep, "sessions.jsonl");	(optional)
 *	model_sort(&rep);
 *	report_md(&rep, stdout);	(report_md.h, report_csv.h, report_html.h)
 *	model_free(&rep);
 *
 * Each item kept is a small struct (model.h), each session it names 40
 * bytes and its title and summary, read with jscan (no json-c tree) where
 * the line allows; sessions are kept only for the items kept. */
#ifndef SDC_REPORT_MODEL_H
#define SDC_REPORT_MODEL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "buf.h"
#include "intern.h"
#include "sdctime.h"

#define MODEL_DAY_MS 86400000LL
#define MODEL_HOUR_MS 3600000LL

/* n strings, each NUL-terminated, one after another from p. */
struct rstrs {
	const char *p;
	uint32_t n;
};

/* What the report keeps of a session: 48 bytes (a year is thousands of
 * them, a store millions); its title and summary wait in a temporary file
 * (the spool) until they are shown: model_text(). */
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
	char *text;		/* id, name, sources, links (in the block of sess) */
	struct rstrs sources, links;
	int64_t cust_id;	/* -1: none */
	int64_t start, end, day;
	long billable, span;
	uint32_t cust;
	uint32_t nsess;
	uint32_t *sess;		/* one block with text */
	double rate;		/* per hour (config billing) */
	int64_t cents;		/* rate x billable minutes */
};

struct rcust {
	char *label;
	int64_t id;
	const char *name;
	long billable, span;
	int nitems, named;
	int rank;		/* place in the sorted list */
	int64_t cents;		/* the amounts of its items */
};

/* Which work items the report keeps. */
struct model_filter {
	const char *customer, *project;	/* NULL: any */
	int64_t from, to;	/* local day numbers, inclusive */
};

struct report {
	struct sdc_tz *tz;	/* the display zone; owned */
	struct model_filter filter;
	struct ritem *items;	/* customer order after model_sort */
	size_t nitems, capitems;
	struct rcust *custs;	/* by index in custkeys */
	size_t ncusts, capcusts;
	struct sdc_intern *custkeys, *sids, *strs;
	struct rsess *sessv;	/* by index in sids */
	size_t capsessv;
	uint32_t *scratch;	/* the sessions of the item being read */
	size_t nscratch, capscratch;
	struct sdc_buf text;	/* the strings of the item being read */
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
/* Customers by label (no customer last), items by customer, then start;
 * each item's rate and amount (billing.h), summed per customer. */
void model_sort(struct report *rep);

long model_billable(const struct report *rep);
/* "2025-01-03 – 2025-01-29", the days the report covers. */
void model_period(const struct report *rep, struct sdc_buf *b);
/* Session i of it, or NULL when --sessions did not have it. */
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
