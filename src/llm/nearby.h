/* nearby - the subject of a ticket near a remote session: the same
 * customer, started within NEARBY_HOURS of it.  A remote session says
 * which machine it was on, not why; the ticket it was opened for does.
 *
 * Tickets are SyncroRMM and notes.json sessions with a subject of their
 * own.  sdc-llm reads them from the input files before the run, or from
 * standard input as they come; the offline title asks for the closest. */
#ifndef SDC_NEARBY_H
#define SDC_NEARBY_H

#include <json-c/json.h>

#define NEARBY_HOURS 12
#define NEARBY_RING 10000	/* tickets kept from standard input */

/* Read the records of the files quietly (bad lines are the real
 * reader's to report): first the remote sessions, then the tickets near
 * one of them, which are all that is kept.  With context (not NULL), the
 * tickets come from that file alone (the whole results, when the files
 * hold only the sessions that changed). */
void sdc_nearby_scan(const char *const *paths, int n, const char *context);
/* Remember session's subject when it is a ticket (else nothing); for
 * standard input, as it is read: the last NEARBY_RING are kept. */
void sdc_nearby_add(json_object *session);
/* The subject of the closest ticket of the same customer within
 * NEARBY_HOURS of session's start, or NULL.  Valid until sdc_nearby_free. */
const char *sdc_nearby_subject(json_object *session);
void sdc_nearby_free(void);

#endif
