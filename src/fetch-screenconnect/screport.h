/* screport - the network-free half of sdc-fetch-screenconnect: the answer
 * of the GetReport (or GenerateReportForAutomate) web method, its rows in
 * the column order sdc-sc2jsonl reads, and the filter expression sent.
 *
 * Shapes: shared/spec/sources/screenconnect.md §6 and §9.  The answer is
 * {"FieldNames": [...], "Items": [[...], ...]}; an item is zipped with
 * FieldNames by index, names compared without case. */
#ifndef SDC_SCREPORT_H
#define SDC_SCREPORT_H

#include <stddef.h>
#include <stdint.h>
#include <json-c/json.h>

#include "buf.h"

#define SC_MAX_FIELDS 64

/* One parsed answer; fields is the caller's wanted column list. */
struct sc_report {
	json_object *root;	/* owned */
	json_object *items;	/* borrowed from root */
	const char *const *fields;
	size_t nfields;
	int idx[SC_MAX_FIELDS];	/* wanted field -> answer column, -1 */
	int c_connid, c_connected, c_disconnected;	/* wanted indexes */
};

/* What the fetcher itself needs to know about a row. */
struct sc_row {
	const char *connid;	/* "" when absent */
	int64_t connected;	/* UTC ms */
	int open;		/* DisconnectedTime null, "", missing or
				   year 1 (.NET MinValue) */
};

/* Parse body (body[len] readable, a NUL).  0, or -1 with *why (static
 * text) for an HTML page (a login page on a 200), text that is not JSON
 * (a truncated body), or JSON without FieldNames and Items arrays.  A
 * wanted field the answer lacks is a null column. */
int sc_report_parse(const char *body, size_t len, const char *const *fields,
    size_t nfields, struct sc_report *r, const char **why);
size_t sc_report_count(const struct sc_report *r);
/* Item i: appended to out as a JSON array in wanted-field order (no
 * newline) and described in *row.  0; -1 with *why when the item is not
 * an array or has no readable ConnectedTime (out is left as it was). */
int sc_report_item(const struct sc_report *r, size_t i, struct sdc_buf *out,
    struct sc_row *row, const char **why);
/* The text of column name (any case) of item i: strings as they are,
 * numbers printed, null or absent "".  Valid until r is freed. */
const char *sc_report_field(const struct sc_report *r, size_t i,
    const char *name);
/* The ConnectedTime below which a fraction q of the items lie (UTC ms),
 * or SDC_TIME_NONE when no item has one.  For a full answer: where rows
 * are dense inside the window that has to be split. */
int64_t sc_report_quantile(const struct sc_report *r, double q);
/* The raw text of item i, for --reject. */
const char *sc_report_item_text(const struct sc_report *r, size_t i,
    size_t *len);
void sc_report_free(struct sc_report *r);

/* Is a DisconnectedTime value (NULL = missing) an open connection? */
int sc_open_value(json_object *v);

/* Filter expressions.  A literal never carries the user's quote or
 * backslash: how the report engine escapes inside literals is not known
 * (§6), so those characters become the LIKE wildcard '%' and the caller
 * checks the rows it gets back.  Appends "FIELD = 'v'" or, when anything
 * was replaced, "FIELD LIKE 'v%'". */
void sc_filter_match(struct sdc_buf *b, const char *field, const char *value);
/* 1 when the value of a row (as received) is the one asked for by
 * sc_filter_match: equal without regard to ASCII case. */
int sc_filter_same(const char *got, const char *wanted);
/* "'YYYY-MM-DD HH:MM:SS'" (UTC, whole seconds) into b. */
void sc_filter_time(struct sdc_buf *b, int64_t ms);

#endif
