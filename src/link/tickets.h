/* tickets - the Syncro tickets open around a time, by customer: sdc-link's
 * time evidence.  A remote session while a customer has a ticket open is
 * more likely that customer's: the ticket is why the technician connected.
 *
 *	struct sdc_tickets *t = sdc_tickets_new();
 *	sdc_tickets_load(t, "data/work/syncro.jsonl");
 *	if (sdc_tickets_open_at(t, 18005432, ms)) ...
 *
 * A ticket is a SyncroRMM session record (sdc-fetch-syncro's output) with
 * a customer id and a start time.  It is open from its start to its last
 * activity (insights.session_end_time_utc), or on and on when its status
 * (the TicketCreation segment's metadata.status) is not Resolved or
 * Closed; TICKET_SLACK_HOURS either side count too (a ticket opened after
 * the call, closed before the follow-up). */
#ifndef SDC_TICKETS_H
#define SDC_TICKETS_H

#include <stdint.h>
#include <json-c/json.h>

#define TICKET_SLACK_HOURS 4

struct sdc_tickets;

struct sdc_tickets *sdc_tickets_new(void);
void sdc_tickets_free(struct sdc_tickets *t);
/* One ticket: customer id, its span in ms since the epoch (end < 0: still
 * open). */
void sdc_tickets_add(struct sdc_tickets *t, long long customer, int64_t start,
    int64_t end);
/* The tickets of a session file; the number read, or -1 (errno set) when
 * it cannot be opened.  Lines that are not tickets are skipped quietly:
 * the file is the pipeline's own work file, checked where it is made. */
long sdc_tickets_load(struct sdc_tickets *t, const char *path);
/* 1 when customer has a ticket open at ms (within the slack). */
int sdc_tickets_open_at(const struct sdc_tickets *t, long long customer,
    int64_t ms);
size_t sdc_tickets_count(const struct sdc_tickets *t);
/* A session's time (insights.KEY, UTC with a Z as sdc-session(5) has
 * it) in ms: 0, or -1 when it has none. */
int sdc_tickets_time(json_object *session, const char *key, int64_t *ms);

#endif
