/* push - the parts of sdc-push-syncro: work items to planned timer entries
 * (items.c), the Syncro calls (remote.c), the ledger of what was pushed
 * (ledger.c), and deciding each entry's action (plan.c).
 *
 * A planned entry is a JSON object, one line of the plan (NDJSON), keys in
 * this order: action, work_item_id, technician, user_id, customer_id,
 * customer_name, ticket_id, new_ticket (subject, or null), timer_id,
 * start_at, end_at, duration_minutes, notes, product_id, rate, amount,
 * currency, session_ids, reason.  action is create, update, unchanged,
 * skip (never pushed: reason says why), vanished (pushed before, gone
 * from the work items) or delete (vanished, with --prune). */
#ifndef SDC_PUSH_H
#define SDC_PUSH_H

#include <stdint.h>
#include <stdio.h>
#include <json-c/json.h>

#include "http.h"

#define PUSH_MARK "[sdc:"

/* --- items.c --- */
struct push_opts {
	long round, min_minutes;	/* sdc-group's rounding */
	const char *default_tech;	/* billing.default_technician */
};
/* Read sessions (for technicians, tickets, titles, categories). */
void push_sessions_load(const char *path);
void push_sessions_free(void);
/* The entries of one work item appended to out (skips included).  Names
 * of technicians without a Syncro user are added to unmapped (a JSON
 * object used as a set). */
void push_item_entries(json_object *wi, const struct push_opts *o,
    json_object *out, json_object *unmapped);
/* "... [sdc:ID]": the notes text carrying the work item's marker. */
char *push_notes(const char *text, const char *wid);
/* The work item id in a timer's notes, into out (37 bytes); 0 or -1. */
int push_marker(const char *notes, char *out);

/* --- remote.c --- */
struct push_remote {
	struct sdc_http_client *http;	/* reads: retried by the http layer */
	struct sdc_http_client *write;	/* writes: never retried blindly */
	int retries;		/* of a write, after checking Syncro */
	long backoff_ms;
	json_object *timers;	/* id -> timer, every sdc-marked one read */
	json_object *tickets;	/* "customer id" -> array of tickets */
	long requests;		/* writes sent */
	FILE *log, *wlog;	/* the --log file, or NULL */
};
/* GET every /ticket_timers page created after since (ms); keeps those
 * with a marker.  A failure ends the run (exit 3). */
void push_remote_timers(struct push_remote *r, int64_t since);
/* The tickets of a customer (cached); exit 3 on failure. */
json_object *push_remote_customer_tickets(struct push_remote *r,
    long long customer_id);
/* Send method path body once; 0 and *answer (parsed body, caller puts)
 * on success; 1 when the item is refused (404, 422: reported, the run
 * goes on); 2 when the outcome is unknown (429, 5xx, a timeout, a reset:
 * Syncro may have stored it), for the caller to check and send again;
 * any other failure ends the run (exit 3). */
int push_remote_send(struct push_remote *r, const char *method,
    const char *path, json_object *body, json_object **answer);
/* Before the n-th resend of a write: wait, backing off. */
void push_remote_wait(struct push_remote *r, int n);
/* GET /users as {"name": id}. */
json_object *push_remote_users(struct push_remote *r);

/* --- ledger.c --- */
/* Open (creating) the ledger and read what it holds: work item id +
 * user id -> the last line about it. */
json_object *push_ledger_open(const char *path);
/* Append one line and fsync it before returning; exit 3 on failure. */
void push_ledger_add(json_object *line);
void push_ledger_close(void);
/* The ledger key of an entry: "WID/USERID". */
void push_key(json_object *e, char *out, size_t outsz);

/* --- plan.c --- */
struct push_ctx {
	struct push_remote *remote;
	json_object *ledger;	/* from push_ledger_open */
	json_object *entries;	/* array of planned entries */
	int create_tickets, prune;
	long window_min;	/* ticket search window */
};
/* Choose tickets and actions for ctx->entries against Syncro and the
 * ledger; appends vanished/delete entries. */
void push_decide(struct push_ctx *ctx);
/* "WID/USER" -> remote timer, for every marked timer in timers. */
json_object *push_index_timers(json_object *timers);
/* Send the entries of a reviewed plan (create, update, delete; with
 * charge also charge_timer_entry); one result line per entry sent to out. */
void push_apply(struct push_remote *r, json_object *ledger,
    json_object *entries, int charge, FILE *out);
/* The customer's ticket an earlier run made for work item wid (its first
 * comment carries the marker); -1: none. */
long long push_marked_ticket(struct push_remote *r, long long customer,
    const char *wid);
/* Whether remote timer t already holds what entry e says. */
int push_same(json_object *e, json_object *t);
/* The earliest start_at of the entries, in ms (SDC_TIME_NONE: none). */
int64_t push_first_start(json_object *entries);
/* The plan as NDJSON lines, or as a table with totals per customer. */
void push_write_ndjson(json_object *entries, FILE *fp);
void push_write_ndjson_line(json_object *e, FILE *fp);
void push_write_table(json_object *entries, FILE *fp);

/* The action's name as a static string (sdc_count keeps the pointer). */
const char *push_action_name(const char *action);

/* Small accessors. */
long long push_int(json_object *o, const char *key);	/* -1: none */
int64_t push_time(json_object *o, const char *key);

#endif
