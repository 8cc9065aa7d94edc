/* nearby - the subject of a ticket near a remote session: the same
 * customer, started within NEARBY_HOURS of it.  A remote session says
 * which machine it was on, not why; the ticket it was opened for does.
 *
 * Tickets are SyncroRMM and notes.json sessions with a subject of their
 * own.  sdc-llm reads them from the input files before the run, or from
 * standard input as they come; the offline title asks for the closest.
 * What is read of a session (struct sdc_nearby_of) comes from a json-c
 * tree or straight from the text (jscan.h), with the same result. */
#ifndef SDC_NEARBY_H
#define SDC_NEARBY_H

#include <json-c/json.h>
#include <stddef.h>
#include <stdint.h>

#include "jscan.h"

#define NEARBY_HOURS 12
#define NEARBY_RING 10000	/* tickets kept from standard input */

enum { NEARBY_OTHER, NEARBY_REMOTE, NEARBY_TICKET };

struct sdc_nearby_of {
	int kind;		/* NEARBY_REMOTE (ScreenConnect), NEARBY_TICKET */
	uint64_t customer;	/* the Syncro id's hash, else the name's; 0 none */
	int64_t start;		/* valid when has_start */
	int has_start;
	const char *subject;	/* insights.source_title, NULL when none */
	size_t subject_len;
};

/* The members sdc_nearby_of_text reads, in this order (copy them into
 * a jscan want list; more may follow). */
#define SDC_NEARBY_WANTS 5
extern const struct sdc_jscan_want sdc_nearby_wants[SDC_NEARBY_WANTS];

void sdc_nearby_of_json(json_object *session, struct sdc_nearby_of *k);
/* From jscan's answer: a string without escapes, a number's text. */
void sdc_nearby_of_text(const struct sdc_jscan_want *w, struct sdc_nearby_of *k);
/* The same from the values themselves (NULL: absent or not a string;
 * id: a number's text, NULL when customer_id is not a number). */
void sdc_nearby_of_values(struct sdc_nearby_of *k, const char *system,
    size_t syslen, const char *id, size_t idlen, const char *name,
    size_t namelen, const char *start, size_t startlen);

/* Read the records of the files quietly (bad lines are the real
 * reader's to report): the tickets, and when there are any, the remote
 * sessions; only tickets near a remote session are kept.  With context
 * (not NULL), the tickets come from that file alone (the whole results,
 * when the files hold only the sessions that changed); with context and no
 * paths (the input is standard input, read as it comes), every ticket of
 * context is kept. */
void sdc_nearby_scan(const char *const *paths, int n, const char *context);
/* Remember a ticket's subject (anything else is ignored); for standard
 * input, as it is read: the last NEARBY_RING are kept. */
void sdc_nearby_add(json_object *session);
void sdc_nearby_add_of(const struct sdc_nearby_of *k);
/* The subject of the closest ticket of the same customer within
 * NEARBY_HOURS of session's start, or NULL.  Valid until sdc_nearby_free. */
const char *sdc_nearby_subject(json_object *session);
const char *sdc_nearby_subject_of(const struct sdc_nearby_of *k);
/* Were any tickets read?  (Else nothing need be read for them.) */
int sdc_nearby_any(void);
void sdc_nearby_free(void);

#endif
