/* nearby - the subject of a ticket near a remote session: the same
 * customer, started within NEARBY_HOURS of it.  A remote session says
 * which machine it was on, not why; the ticket it was opened for does.
 *
 * sdc-llm adds every ticket-like session it reads (SyncroRMM and
 * notes.json ones with a subject of their own), before the run when the
 * inputs are files; the offline title asks for the closest one. */
#ifndef SDC_NEARBY_H
#define SDC_NEARBY_H

#include <json-c/json.h>

#define NEARBY_HOURS 12

/* Read the records of path quietly (bad lines are the real reader's to
 * report) and remember the tickets among them. */
void sdc_nearby_scan(const char *path);
/* Remember session's subject when it is a ticket (else nothing). */
void sdc_nearby_add(json_object *session);
/* The subject of the closest ticket of the same customer within
 * NEARBY_HOURS of session's start, or NULL.  Valid until sdc_nearby_free. */
const char *sdc_nearby_subject(json_object *session);
void sdc_nearby_free(void);

#endif
