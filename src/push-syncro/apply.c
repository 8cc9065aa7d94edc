/* apply - send a reviewed plan to Syncro, exactly once: each entry is
 * looked up among the timers Syncro already holds (by its [sdc:ID] marker
 * and user) before anything is posted, and every successful request is in
 * the fsynced ledger before the next one starts.  See push.h. */
#include "push.h"
#include "config.h"
#include "diag.h"
#include "ids.h"
#include "jsonl.h"
#include "sdctime.h"
#include "syncro.h"

#include <stdlib.h>
#include <string.h>

static void
set(json_object *o, const char *key, json_object *v)
{
	json_object_object_add(o, key, v);
}

static void
copy(json_object *to, json_object *from, const char *key)
{
	json_object *v = sdc_json_get(from, key);

	if (v)
		set(to, key, json_object_get(v));
}

/* sha256 of what the timer says, so the ledger shows what was sent. */
static void
add_hash(json_object *line, json_object *e)
{
	static const char *const keys[] = { "ticket_id", "user_id",
	    "start_at", "end_at", "duration_minutes", "notes", "product_id" };
	json_object *h = json_object_new_object();
	size_t i, len;
	const char *text;
	char hex[65];

	for (i = 0; i < sizeof keys / sizeof *keys; i++)
		copy(h, e, keys[i]);
	text = sdc_json_text(h, &len);
	set(line, "hash", json_object_new_string(sdc_sha256_hex(text, len,
	    hex)));
	json_object_put(h);
}

/* The ledger line for entry e after action (timer_id now known). */
static void
record(json_object *e, const char *action)
{
	static const char *const keys[] = { "work_item_id", "user_id",
	    "ticket_id", "timer_id", "start_at", "end_at", "duration_minutes",
	    "session_ids" };
	json_object *l = json_object_new_object();
	char buf[SDC_TIME_BUFSZ];
	size_t i;

	for (i = 0; i < sizeof keys / sizeof *keys; i++)
		copy(l, e, keys[i]);
	set(l, "action", json_object_new_string(action));
	if (strcmp(action, "delete") != 0)
		add_hash(l, e);
	set(l, "at", json_object_new_string(sdc_time_format(sdc_now_ms(),
	    buf)));
	push_ledger_add(l);
	json_object_put(l);
}

/* The request body of a timer: the fields of Syncro's timer_entry. */
static json_object *
timer_body(json_object *e, int update)
{
	json_object *b = json_object_new_object();

	if (update)
		set(b, "timer_entry_id", json_object_new_int64(push_int(e,
		    "timer_id")));
	copy(b, e, "start_at");
	if (!update)	/* update_timer_entry has no end_at */
		copy(b, e, "end_at");
	copy(b, e, "duration_minutes");
	copy(b, e, "user_id");
	copy(b, e, "notes");
	if (push_int(e, "product_id") >= 0)
		copy(b, e, "product_id");
	return b;
}

struct applier {
	struct push_remote *r;
	json_object *ledger, *idx;
	int charge;
	FILE *out;
	int64_t since;		/* the timers read are those created after */
};

typedef int sender(struct applier *, json_object *);

/* send(a, e), and when its outcome is unknown (2: a 5xx, 429, timeout),
 * wait, ask Syncro whether it holds the write already (stored(a, e),
 * NULL for idempotent requests), and send again; at most r->retries
 * times, then the run stops (exit 3): the re-run finds what was stored. */
static int
with_retries(struct applier *a, json_object *e, sender *send,
    sender *stored)
{
	int n, rc = send(a, e);

	for (n = 1; rc == 2 && n <= a->r->retries; n++) {
		push_remote_wait(a->r, n);
		if (stored && stored(a, e))
			return 0;
		rc = send(a, e);
	}
	if (rc == 2)
		sdc_errx(SDC_EXIT_FATAL, "%s: no answer from Syncro after %d "
		    "tries; run again: what was stored is found by its "
		    "marker", sdc_json_str(e, "work_item_id"), n);
	return rc;
}

/* Syncro's path for an action on the entry's ticket. */
static void
ticket_path(json_object *e, const char *what, char *out, size_t outsz)
{
	snprintf(out, outsz, "/tickets/%lld/%s", push_int(e, "ticket_id"),
	    what);
}

/* A new ticket for e (subject from the plan, status and type from
 * billing.new_ticket), unless an earlier run made it: the ledger, or the
 * marker in the first comment of one of the customer's tickets. */
static int post_ticket(struct applier *a, json_object *e);

/* Did a POST /tickets that got no answer make the ticket? */
static int
ticket_stored(struct applier *a, json_object *e)
{
	char key[32];
	long long id;

	snprintf(key, sizeof key, "%lld", push_int(e, "customer_id"));
	json_object_object_del(a->r->tickets, key);	/* read it afresh */
	id = push_marked_ticket(a->r, push_int(e, "customer_id"),
	    sdc_json_str(e, "work_item_id"));
	if (id < 0)
		return 0;
	set(e, "ticket_id", json_object_new_int64(id));
	return 1;
}

static int
ensure_ticket(struct applier *a, json_object *e)
{
	const char *wid = sdc_json_str(e, "work_item_id");
	json_object *l;
	char key[128];
	long long id;

	snprintf(key, sizeof key, "%s/-1", wid);
	if (json_object_object_get_ex(a->ledger, key, &l)) {
		copy(e, l, "ticket_id");
		return 0;
	}
	id = push_marked_ticket(a->r, push_int(e, "customer_id"), wid);
	if (id >= 0) {
		set(e, "ticket_id", json_object_new_int64(id));
		return 0;
	}
	return with_retries(a, e, post_ticket, ticket_stored);
}

/* The body of a new ticket; its hidden first comment carries the marker,
 * so a re-run finds the ticket even when the ledger line was lost. */
static json_object *
ticket_body(json_object *e)
{
	const char *wid = sdc_json_str(e, "work_item_id");
	json_object *b = json_object_new_object(), *c, *cs;
	char *body;

	copy(b, e, "customer_id");
	set(b, "subject", json_object_new_string(sdc_json_str(e,
	    "new_ticket")));
	set(b, "status", json_object_new_string(sdc_config_str(
	    "billing.new_ticket.status") ? sdc_config_str(
	    "billing.new_ticket.status") : "Resolved"));
	if (sdc_config_str("billing.new_ticket.problem_type"))
		set(b, "problem_type", json_object_new_string(sdc_config_str(
		    "billing.new_ticket.problem_type")));
	if (sdc_config_long("billing.new_ticket.ticket_type_id", -1) >= 0)
		set(b, "ticket_type_id", json_object_new_int64(
		    sdc_config_long("billing.new_ticket.ticket_type_id", -1)));
	copy(b, e, "user_id");
	body = push_notes("Time recorded by sdc-push-syncro.", wid);
	c = json_object_new_object();
	set(c, "subject", json_object_new_string("sdc"));
	set(c, "body", json_object_new_string(body));
	set(c, "hidden", json_object_new_boolean(1));
	set(c, "do_not_email", json_object_new_boolean(1));
	cs = json_object_new_array();
	json_object_array_add(cs, c);
	set(b, "comments_attributes", cs);
	free(body);
	return b;
}

static int
post_ticket(struct applier *a, json_object *e)
{
	json_object *b = ticket_body(e), *ans, *l;
	char key[128];
	int rc;

	snprintf(key, sizeof key, "%s/-1", sdc_json_str(e, "work_item_id"));
	rc = push_remote_send(a->r, "POST", "/tickets", b, &ans);
	json_object_put(b);
	if (rc == 0) {
		set(e, "ticket_id", json_object_new_int64(sdc_syncro_id(
		    sdc_json_get(ans, "ticket") ? sdc_json_get(ans, "ticket") :
		    ans)));
		l = json_object_new_object();
		copy(l, e, "work_item_id");
		copy(l, e, "ticket_id");
		set(l, "action", json_object_new_string("new_ticket"));
		push_ledger_add(l);
		json_object_object_add(a->ledger, key, l);
	}
	json_object_put(ans);
	return rc;
}

/* Send one timer request; 0 and e's timer_id set, 1 when refused, 2
 * when the outcome is unknown. */
static int
send_timer(struct applier *a, json_object *e, int update)
{
	json_object *b = timer_body(e, update), *ans;
	char path[128];
	int rc;

	ticket_path(e, update ? "update_timer_entry" : "timer_entry", path,
	    sizeof path);
	rc = push_remote_send(a->r, update ? "PUT" : "POST", path, b, &ans);
	json_object_put(b);
	if (rc == 0) {
		if (!update)
			set(e, "timer_id", json_object_new_int64(
			    sdc_syncro_id(ans)));
		record(e, update ? "update" : "create");
	}
	json_object_put(ans);
	return rc;
}

static int
post_timer(struct applier *a, json_object *e)
{
	return send_timer(a, e, 0);
}

static int
put_timer(struct applier *a, json_object *e)
{
	return send_timer(a, e, 1);
}

/* Does Syncro hold e's timer (by marker and user)?  Reads the timers
 * afresh; sets e's timer_id and ticket_id when it does. */
static int
timer_stored(struct applier *a, json_object *e)
{
	json_object *t;
	char key[128];

	push_remote_timers(a->r, a->since);
	json_object_put(a->idx);
	a->idx = push_index_timers(a->r->timers);
	push_key(e, key, sizeof key);
	if (!json_object_object_get_ex(a->idx, key, &t))
		return 0;
	set(e, "timer_id", json_object_new_int64(sdc_syncro_id(t)));
	set(e, "ticket_id", json_object_new_int64(push_int(t, "ticket_id")));
	record(e, "create");
	return 1;
}

/* A "create" entry, unless Syncro has it already (an earlier run that
 * was killed after the POST, before or after its ledger line). */
static int
create(struct applier *a, json_object *e, const char **done)
{
	json_object *t;
	char key[128];

	push_key(e, key, sizeof key);
	if (json_object_object_get_ex(a->idx, key, &t)) {
		set(e, "timer_id", json_object_new_int64(sdc_syncro_id(t)));
		set(e, "ticket_id", json_object_new_int64(push_int(t,
		    "ticket_id")));
		if (push_same(e, t)) {
			*done = "unchanged";
			record(e, "create");
			return 0;
		}
		*done = "update";
		return with_retries(a, e, put_timer, NULL);
	}
	if (push_int(e, "ticket_id") < 0 && ensure_ticket(a, e) != 0)
		return 1;
	*done = "create";
	return with_retries(a, e, post_timer, timer_stored);
}

/* Charging and deleting a timer are the same request to two endpoints. */
static int
send_timer_post(struct applier *a, json_object *e, const char *endpoint,
    const char *action)
{
	json_object *b = json_object_new_object(), *ans;
	char path[128];
	int rc;

	set(b, "timer_entry_id", json_object_new_int64(push_int(e,
	    "timer_id")));
	ticket_path(e, endpoint, path, sizeof path);
	rc = push_remote_send(a->r, "POST", path, b, &ans);
	json_object_put(b);
	json_object_put(ans);
	if (rc == 0)
		record(e, action);
	return rc;
}

static int
send_charge(struct applier *a, json_object *e)
{
	return send_timer_post(a, e, "charge_timer_entry", "charge");
}

static int
send_delete(struct applier *a, json_object *e)
{
	return send_timer_post(a, e, "delete_timer_entry", "delete");
}

static int
charged(struct applier *a, json_object *e)
{
	json_object *t, *rec;
	char key[128];

	push_key(e, key, sizeof key);
	return json_object_object_get_ex(a->idx, key, &t) &&
	    (rec = sdc_json_get(t, "recorded")) != NULL &&
	    json_object_get_boolean(rec);
}

/* One entry of the plan; what was done goes to out as a result line. */
static void
apply_one(struct applier *a, json_object *e)
{
	const char *act = push_action_name(sdc_json_str(e, "action"));
	const char *done = act;
	int rc = 0, billed = 0;

	if (strcmp(act, "create") == 0) {
		rc = create(a, e, &done);
		billed = 1;
	} else if (strcmp(act, "update") == 0) {
		rc = with_retries(a, e, put_timer, NULL);
		billed = 1;
		done = "update";
	} else if (strcmp(act, "unchanged") == 0) {
		billed = 1;
		done = "unchanged";
	} else if (strcmp(act, "delete") == 0) {
		rc = with_retries(a, e, send_delete, NULL);
		done = "delete";
	} else
		return;		/* skip, vanished: listed in the plan */
	if (rc != 0) {
		done = "refused";
		sdc_stats.rejected++;
	} else if (a->charge && billed && !charged(a, e)) {
		if (with_retries(a, e, send_charge, NULL) == 0)
			sdc_count("charged", 1);
	}
	/* done is a literal: sdc_count keeps the name, and set() frees act. */
	sdc_count(done, 1);
	set(e, "action", json_object_new_string(done));
	push_write_ndjson_line(e, a->out);
}

void
push_apply(struct push_remote *r, json_object *ledger, json_object *entries,
    int charge_too, FILE *out)
{
	struct applier a = { r, ledger, push_index_timers(r->timers),
	    charge_too, out, push_first_start(entries) };
	size_t i;

	for (i = 0; i < json_object_array_length(entries); i++) {
		sdc_stats.read++;
		apply_one(&a, json_object_array_get_idx(entries, i));
	}
	json_object_put(a.idx);
}
