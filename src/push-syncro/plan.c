/* plan - each planned entry's ticket and action, from what Syncro holds
 * (timers found by their [sdc:ID] marker, open tickets) and the ledger;
 * and the plan written for a person to read.  See push.h. */
#include "push.h"
#include "billing.h"
#include "config.h"
#include "diag.h"
#include "jsonl.h"
#include "sdctime.h"
#include "syncro.h"
#include "workitem.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *
push_action_name(const char *a)
{
	static const char *const names[] = { "create", "update", "unchanged",
	    "skip", "vanished", "delete", "refused", "total" };
	size_t i;

	for (i = 0; a && i < sizeof names / sizeof *names; i++)
		if (strcmp(a, names[i]) == 0)
			return names[i];
	return "other";
}

static void
set(json_object *e, const char *key, json_object *v)
{
	json_object_object_add(e, key, v);
}

static void
set_action(json_object *e, const char *action)
{
	set(e, "action", json_object_new_string(action));
}

int64_t
push_first_start(json_object *entries)
{
	size_t i;
	int64_t t, first = SDC_TIME_NONE;

	for (i = 0; i < json_object_array_length(entries); i++) {
		t = push_time(json_object_array_get_idx(entries, i),
		    "start_at");
		if (t != SDC_TIME_NONE && (first == SDC_TIME_NONE || t < first))
			first = t;
	}
	return first;
}

static int
same_time(json_object *e, const char *ekey, json_object *t, const char *tkey)
{
	int64_t a = push_time(e, ekey), b = push_time(t, tkey);

	return a != SDC_TIME_NONE && a == b;
}

int
push_same(json_object *e, json_object *t)
{
	const char *a = sdc_json_str(e, "notes"), *b = sdc_json_str(t, "notes");

	return a && b && strcmp(a, b) == 0 &&
	    push_int(e, "user_id") == push_int(t, "user_id") &&
	    push_int(e, "product_id") == push_int(t, "product_id") &&
	    same_time(e, "start_at", t, "start_time") &&
	    same_time(e, "end_at", t, "end_time");
}

json_object *
push_index_timers(json_object *timers)
{
	json_object *idx = json_object_new_object();
	char wid[40], key[128];

	json_object_object_foreach(timers, id, t) {
		(void)id;
		if (push_marker(sdc_json_str(t, "notes"), wid) < 0)
			continue;
		snprintf(key, sizeof key, "%s/%lld", wid, push_int(t,
		    "user_id"));
		json_object_object_add(idx, key, json_object_get(t));
	}
	return idx;
}

static int
is_current(json_object *wids, const char *wid)
{
	return json_object_object_get_ex(wids, wid, NULL);
}

static int
shares_session(json_object *a, json_object *b)
{
	size_t i, j;
	const char *s;

	for (i = 0; a && i < json_object_array_length(a); i++) {
		s = json_object_get_string(json_object_array_get_idx(a, i));
		for (j = 0; b && j < json_object_array_length(b); j++)
			if (strcmp(s, json_object_get_string(
			    json_object_array_get_idx(b, j))) == 0)
				return 1;
	}
	return 0;
}

/* The entry pushed before under another work item id: the item grew (a
 * new session changes the id).  The ledger knows its sessions. */
static json_object *
by_sessions(struct push_ctx *c, json_object *e, json_object *wids,
    json_object *claimed)
{
	long long user = push_int(e, "user_id");
	char id[32];
	json_object *t;

	json_object_object_foreach(c->ledger, k, l) {
		(void)k;
		if (push_int(l, "user_id") != user || push_int(l, "timer_id") < 0
		    || is_current(wids, sdc_json_str(l, "work_item_id")) ||
		    !shares_session(sdc_json_get(l, "session_ids"),
		    sdc_json_get(e, "session_ids")))
			continue;
		snprintf(id, sizeof id, "%lld", push_int(l, "timer_id"));
		if (json_object_object_get_ex(claimed, id, NULL))
			continue;
		if (!json_object_object_get_ex(c->remote->timers, id, &t))
			t = l;
		return t;
	}
	return NULL;
}

static int
customer_has(struct push_ctx *c, json_object *e, long long ticket)
{
	json_object *list = push_remote_customer_tickets(c->remote,
	    push_int(e, "customer_id"));
	size_t i;

	for (i = 0; i < json_object_array_length(list); i++)
		if (sdc_syncro_id(json_object_array_get_idx(list, i)) == ticket)
			return 1;
	return 0;
}

/* Without the ledger: a marked timer of a work item no longer in the
 * input, of the same user, on a ticket of the same customer, whose time
 * overlaps the entry's. */
static int
overlaps(struct push_ctx *c, json_object *e, json_object *rt)
{
	return push_time(rt, "start_time") < push_time(e, "end_at") &&
	    push_time(e, "start_at") < push_time(rt, "end_time") &&
	    customer_has(c, e, push_int(rt, "ticket_id"));
}

static json_object *
by_overlap(struct push_ctx *c, json_object *e, json_object *wids,
    json_object *claimed)
{
	char wid[40];

	json_object_object_foreach(c->remote->timers, tid, rt)
		if (!json_object_object_get_ex(claimed, tid, NULL) &&
		    push_marker(sdc_json_str(rt, "notes"), wid) == 0 &&
		    !is_current(wids, wid) && push_int(rt, "user_id") ==
		    push_int(e, "user_id") && overlaps(c, e, rt))
			return rt;
	return NULL;
}

/* A remote timer's id, or a ledger line's timer_id. */
static long long
timer_id_of(json_object *t)
{
	long long id = push_int(t, "timer_id");

	return id >= 0 ? id : sdc_syncro_id(t);
}

static int
closed(const char *status)
{
	json_object *list = sdc_config_get("billing.closed_statuses");
	size_t i, n;

	if (!status)
		return 0;
	if (!list || !json_object_is_type(list, json_type_array))
		return strcasecmp(status, "Resolved") == 0 ||
		    strcasecmp(status, "Invoiced") == 0;
	n = json_object_array_length(list);
	for (i = 0; i < n; i++)
		if (strcasecmp(status, json_object_get_string(
		    json_object_array_get_idx(list, i))) == 0)
			return 1;
	return 0;
}

/* Minutes between the ticket's time (created, to its last update or
 * resolution) and the entry's; 0 when they overlap. */
static int64_t
distance(json_object *t, int64_t s, int64_t e)
{
	int64_t ts = push_time(t, "created_at"), te = push_time(t,
	    "updated_at"), r = push_time(t, "resolved_at");

	if (ts == SDC_TIME_NONE)
		return INT64_MAX;
	if (r > te)
		te = r;
	if (te < ts)
		te = ts;
	if (e < ts)
		return (ts - e) / SDC_MINUTE_MS;
	if (s > te)
		return (s - te) / SDC_MINUTE_MS;
	return 0;
}

/* Does the ticket carry the work item's marker (a ticket sdc created)? */
static int
ticket_marked(json_object *t, const char *wid)
{
	json_object *cs = sdc_json_get(t, "comments");
	size_t i, n = cs && json_object_is_type(cs, json_type_array) ?
	    json_object_array_length(cs) : 0;
	char got[40];

	for (i = 0; i < n; i++)
		if (push_marker(sdc_json_str(json_object_array_get_idx(cs, i),
		    "body"), got) == 0 && strcmp(got, wid) == 0)
			return 1;
	return push_marker(sdc_json_str(t, "subject"), got) == 0 &&
	    strcmp(got, wid) == 0;
}

long long
push_marked_ticket(struct push_remote *r, long long customer,
    const char *wid)
{
	json_object *list = push_remote_customer_tickets(r, customer), *t;
	size_t i;

	for (i = 0; i < json_object_array_length(list); i++) {
		t = json_object_array_get_idx(list, i);
		if (ticket_marked(t, wid))
			return sdc_syncro_id(t);
	}
	return -1;
}

/* The customer's open ticket overlapping or nearest the entry within the
 * window (ties: the newer ticket); a ticket sdc made for this work item
 * first of all.  -1: none. */
static long long
find_ticket(struct push_ctx *c, json_object *e)
{
	json_object *list = push_remote_customer_tickets(c->remote,
	    push_int(e, "customer_id")), *t;
	const char *wid = sdc_json_str(e, "work_item_id");
	int64_t s = push_time(e, "start_at"), en = push_time(e, "end_at"), d;
	int64_t best = INT64_MAX;
	long long id = -1;
	size_t i;

	for (i = 0; i < json_object_array_length(list); i++) {
		t = json_object_array_get_idx(list, i);
		if (ticket_marked(t, wid))
			return sdc_syncro_id(t);
		if (closed(sdc_json_str(t, "status")))
			continue;
		d = distance(t, s, en);
		if (d > c->window_min || d > best ||
		    (d == best && sdc_syncro_id(t) < id))
			continue;
		best = d;
		id = sdc_syncro_id(t);
	}
	return id;
}

/* The subject of a new ticket: the work item's first title. */
static char *
subject_of(json_object *e)
{
	const char *n = sdc_json_str(e, "notes"), *end;
	size_t len;

	end = strstr(n, "; ");
	if (!end)
		end = strstr(n, PUSH_MARK);
	len = end ? (size_t)(end - n) : strlen(n);
	while (len && n[len - 1] == ' ')
		len--;
	if (len == 0)
		return sdc_xstrdup("Work for customer");
	return sdc_xstrndup(n, len > 250 ? 250 : len);
}

/* A ticket for an entry that no Syncro session names. */
static void
choose_ticket(struct push_ctx *c, json_object *e)
{
	char key[128];
	json_object *l;
	long long id = -1;
	char *subj;

	snprintf(key, sizeof key, "%s/-1", sdc_json_str(e, "work_item_id"));
	if (json_object_object_get_ex(c->ledger, key, &l))
		id = push_int(l, "ticket_id");	/* made by an earlier run */
	if (id < 0)
		id = find_ticket(c, e);
	if (id >= 0) {
		set(e, "ticket_id", json_object_new_int64(id));
	} else if (c->create_tickets) {
		subj = subject_of(e);
		set(e, "new_ticket", json_object_new_string(subj));
		free(subj);
	} else {
		set_action(e, "skip");
		set(e, "reason", json_object_new_string("no open ticket of "
		    "the customer within the window (--create-tickets makes "
		    "one)"));
	}
}

static void
claim(json_object *claimed, json_object *e, json_object *t)
{
	char id[32];
	long long tid = timer_id_of(t);
	json_object *rec = sdc_json_get(t, "recorded");

	snprintf(id, sizeof id, "%lld", tid);
	json_object_object_add(claimed, id, NULL);
	set(e, "timer_id", json_object_new_int64(tid));
	set(e, "ticket_id", json_object_new_int64(push_int(t, "ticket_id")));
	if (push_same(e, t))
		set_action(e, "unchanged");
	else if (rec && json_object_get_boolean(rec)) {
		set_action(e, "skip");
		set(e, "reason", json_object_new_string("its timer was "
		    "charged already; change it in Syncro"));
	} else
		set_action(e, "update");
}

/* Pass 1 claims what is certain (the marker, the ledger's sessions), so
 * that pass 2's guess by overlap never takes another entry's timer. */
static int
decide_sure(struct push_ctx *c, json_object *e, json_object *idx,
    json_object *wids, json_object *claimed)
{
	char key[128];
	json_object *t;

	push_key(e, key, sizeof key);
	if (!json_object_object_get_ex(idx, key, &t))
		t = by_sessions(c, e, wids, claimed);
	if (t)
		claim(claimed, e, t);
	return t != NULL;
}

static void
decide_rest(struct push_ctx *c, json_object *e, json_object *wids,
    json_object *claimed)
{
	json_object *t = by_overlap(c, e, wids, claimed);

	if (t)
		claim(claimed, e, t);
	else if (push_int(e, "ticket_id") < 0)
		choose_ticket(c, e);
}

/* A timer sdc pushed for a work item that is gone from the input. */
static void
gone(struct push_ctx *c, json_object *t, const char *wid)
{
	json_object *e = json_object_new_object();
	static const char *const copy[][2] = { { "user_id", "user_id" },
	    { "ticket_id", "ticket_id" }, { "start_at", "start_time" },
	    { "end_at", "end_time" }, { "notes", "notes" } };
	json_object *v;
	size_t i;

	set_action(e, c->prune ? "delete" : "vanished");
	set(e, "work_item_id", json_object_new_string(wid));
	set(e, "timer_id", json_object_new_int64(timer_id_of(t)));
	for (i = 0; i < sizeof copy / sizeof *copy; i++) {
		v = sdc_json_get(t, copy[i][1]);
		if (!v)
			v = sdc_json_get(t, copy[i][0]);
		set(e, copy[i][0], v ? json_object_get(v) : NULL);
	}
	set(e, "reason", json_object_new_string(c->prune ? "work item gone "
	    "from the input: deleted with --prune" : "work item gone from "
	    "the input (--prune deletes its timer)"));
	json_object_array_add(c->entries, e);
}

/* Timers (in Syncro or the ledger) of work items no longer in the input,
 * within the input's time range: reported, deleted only with --prune. */
static void
vanished(struct push_ctx *c, json_object *wids, json_object *claimed,
    int64_t from, int64_t to)
{
	char wid[40], id[32];
	int64_t s;

	json_object_object_foreach(c->remote->timers, tid, t) {
		s = push_time(t, "start_time");
		if (json_object_object_get_ex(claimed, tid, NULL) ||
		    push_marker(sdc_json_str(t, "notes"), wid) < 0 ||
		    is_current(wids, wid) || s < from || s > to)
			continue;
		json_object_object_add(claimed, tid, NULL);
		gone(c, t, wid);
	}
	json_object_object_foreach(c->ledger, k, l) {
		(void)k;
		snprintf(id, sizeof id, "%lld", push_int(l, "timer_id"));
		s = push_time(l, "start_at");
		if (push_int(l, "timer_id") < 0 ||
		    json_object_object_get_ex(claimed, id, NULL) ||
		    is_current(wids, sdc_json_str(l, "work_item_id")) ||
		    s < from || s > to)
			continue;
		json_object_object_add(claimed, id, NULL);
		gone(c, l, sdc_json_str(l, "work_item_id"));
	}
}

void
push_decide(struct push_ctx *c)
{
	json_object *wids = json_object_new_object(), *e;
	json_object *idx = push_index_timers(c->remote->timers);
	json_object *claimed = json_object_new_object(), *open;
	size_t i, n = json_object_array_length(c->entries);
	int64_t from = INT64_MAX, to = INT64_MIN, t;

	for (i = 0; i < n; i++) {
		e = json_object_array_get_idx(c->entries, i);
		if (sdc_json_str(e, "work_item_id"))
			json_object_object_add(wids, sdc_json_str(e,
			    "work_item_id"), NULL);
		if ((t = push_time(e, "start_at")) != SDC_TIME_NONE && t < from)
			from = t;
		if ((t = push_time(e, "end_at")) != SDC_TIME_NONE && t > to)
			to = t;
	}
	open = json_object_new_array();
	for (i = 0; i < n; i++) {
		e = json_object_array_get_idx(c->entries, i);
		if (strcmp(sdc_json_str(e, "action"), "create") == 0 &&
		    !decide_sure(c, e, idx, wids, claimed))
			json_object_array_add(open, json_object_get(e));
	}
	for (i = 0; i < json_object_array_length(open); i++)
		decide_rest(c, json_object_array_get_idx(open, i), wids,
		    claimed);
	json_object_put(open);
	vanished(c, wids, claimed, from, to);
	json_object_put(idx);
	json_object_put(claimed);
	json_object_put(wids);
}

/* --- the plan, for a person --- */

static int
billed(json_object *e)
{
	const char *a = sdc_json_str(e, "action");

	return strcmp(a, "create") == 0 || strcmp(a, "update") == 0 ||
	    strcmp(a, "unchanged") == 0;
}

static int64_t
cents_of(json_object *e)
{
	json_object *v = sdc_json_get(e, "amount");

	return v ? (int64_t)llround(json_object_get_double(v) * 100) : 0;
}

/* {"customer": {"customer_id", "customer_name", "minutes", "cents"}} in
 * order of first appearance. */
static json_object *
totals(json_object *entries)
{
	json_object *tot = json_object_new_object(), *e, *t, *v;
	size_t i;
	char key[64];

	for (i = 0; i < json_object_array_length(entries); i++) {
		e = json_object_array_get_idx(entries, i);
		if (!billed(e))
			continue;
		snprintf(key, sizeof key, "%lld", push_int(e, "customer_id"));
		if (!json_object_object_get_ex(tot, key, &t)) {
			t = json_object_new_object();
			v = sdc_json_get(e, "customer_name");
			set(t, "customer_id", json_object_new_int64(push_int(e,
			    "customer_id")));
			set(t, "customer_name", v ? json_object_get(v) : NULL);
			set(t, "minutes", json_object_new_int64(0));
			set(t, "cents", json_object_new_int64(0));
			json_object_object_add(tot, key, t);
		}
		set(t, "minutes", json_object_new_int64(push_int(t, "minutes")
		    + push_int(e, "duration_minutes")));
		set(t, "cents", json_object_new_int64(push_int(t, "cents") +
		    cents_of(e)));
	}
	return tot;
}

void
push_write_ndjson_line(json_object *e, FILE *fp)
{
	size_t len;
	const char *s = sdc_json_text(e, &len);

	fprintf(fp, "%.*s\n", (int)len, s);
	fflush(fp);	/* each result is out before the next request */
	if (fp == stdout)
		sdc_stats.written++;
}

void
push_write_ndjson(json_object *entries, FILE *fp)
{
	json_object *tot = totals(entries), *o, *v;
	size_t i, len;
	const char *s;
	char buf[32];

	for (i = 0; i < json_object_array_length(entries); i++)
		push_write_ndjson_line(json_object_array_get_idx(entries, i),
		    fp);
	json_object_object_foreach(tot, k, t) {
		(void)k;
		o = json_object_new_object();
		set(o, "action", json_object_new_string("total"));
		v = sdc_json_get(t, "customer_id");
		set(o, "customer_id", json_object_get(v));
		v = sdc_json_get(t, "customer_name");
		set(o, "customer_name", v ? json_object_get(v) : NULL);
		set(o, "duration_minutes", json_object_get(sdc_json_get(t,
		    "minutes")));
		set(o, "amount", json_object_new_double_s((double)push_int(t,
		    "cents") / 100.0, sdc_billing_fmt(push_int(t, "cents"),
		    buf)));
		set(o, "currency", json_object_new_string(
		    sdc_billing_currency()));
		s = sdc_json_text(o, &len);
		fprintf(fp, "%.*s\n", (int)len, s);
		json_object_put(o);
	}
	json_object_put(tot);
}

static const char *
or_dash(const char *s)
{
	return s && *s ? s : "-";
}

static void
table_row(json_object *e, FILE *fp)
{
	char ticket[300], when[64], amount[32];
	const char *s = sdc_json_str(e, "start_at"), *en =
	    sdc_json_str(e, "end_at"), *nt = sdc_json_str(e, "new_ticket");

	if (nt)
		snprintf(ticket, sizeof ticket, "new ticket: %.250s", nt);
	else if (push_int(e, "ticket_id") >= 0)
		snprintf(ticket, sizeof ticket, "#%lld", push_int(e,
		    "ticket_id"));
	else
		snprintf(ticket, sizeof ticket, "-");
	snprintf(when, sizeof when, "%.16s-%.5s", or_dash(s), en && strlen(en)
	    > 11 ? en + 11 : "-");
	if (sdc_json_get(e, "amount"))
		sdc_billing_fmt(cents_of(e), amount);
	else
		snprintf(amount, sizeof amount, "-");
	fprintf(fp, "%-9s  %-24.24s  %-24.24s  %-22s  %5lld  %-12.12s  %10s  "
	    "%s\n", sdc_json_str(e, "action"),
	    or_dash(sdc_json_str(e, "customer_name")), ticket, when,
	    push_int(e, "duration_minutes") < 0 ? 0 :
	    push_int(e, "duration_minutes"),
	    or_dash(sdc_json_str(e, "technician")), amount,
	    or_dash(sdc_json_str(e, sdc_json_str(e, "reason") ? "reason" :
	    "notes")));
}

void
push_write_table(json_object *entries, FILE *fp)
{
	json_object *tot = totals(entries);
	size_t i;
	char buf[32];

	fprintf(fp, "%-9s  %-24s  %-24s  %-22s  %5s  %-12s  %10s  %s\n",
	    "ACTION", "CUSTOMER", "TICKET", "START-END (UTC)", "MIN", "TECH",
	    sdc_billing_currency(), "NOTES / REASON");
	for (i = 0; i < json_object_array_length(entries); i++)
		table_row(json_object_array_get_idx(entries, i), fp);
	fprintf(fp, "\nTotals per customer:\n");
	json_object_object_foreach(tot, k, t) {
		(void)k;
		fprintf(fp, "  %-40.40s  %6lld min  %10s %s\n",
		    or_dash(sdc_json_str(t, "customer_name")),
		    push_int(t, "minutes"), sdc_billing_fmt(push_int(t,
		    "cents"), buf), sdc_billing_currency());
	}
	json_object_put(tot);
}
