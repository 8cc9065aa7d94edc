/* syncro - layer 3 (services): Syncro RMM API v1 data: list pages and
 * tickets as Sessions (shared/spec/sources/syncro-api.md); the customer
 * link cache is customers.h's.
 *
 * Network-free, so sdc-fetch-syncro's --from-file mode, the fuzz target and
 * the network mode all go through the same code. */
#ifndef SDC_SYNCRO_H
#define SDC_SYNCRO_H

#include <stddef.h>
#include <stdio.h>
#include <json-c/json.h>

#include "sdctime.h"

/* One page of a list response: {"<key>": [...], "meta": {...}}. */
struct sdc_syncro_page {
	json_object *root;	/* owned */
	json_object *items;	/* the array under key, borrowed from root */
	long page;		/* meta.page; 0 when absent */
	long total_pages;	/* meta.total_pages; 0 when absent */
	int has_meta;
};

/* Parse body (body[len] readable: a NUL, as http responses and sdc_buf
 * give) as a page of key.  Returns 0, or -1 with *why (static text)
 * when the body is not JSON (an HTML page on a 200, a truncated body), not
 * an object, or has no array under key. */
int sdc_syncro_page_parse(const char *body, size_t len, const char *key,
    struct sdc_syncro_page *pg, const char **why);
/* Whether the page loop stops after page number `asked`: no meta (one
 * page), an empty page, or asked >= meta.total_pages. */
int sdc_syncro_page_last(const struct sdc_syncro_page *pg, long asked);
void sdc_syncro_page_free(struct sdc_syncro_page *pg);

/* The id of a ticket/comment/customer/contact; -1 when missing. */
long long sdc_syncro_id(json_object *obj);

/* A ticket as a Session (session.md): one TicketCreation segment and one
 * segment per comment.  comments NULL = the ticket's own "comments".
 * Times without a zone are read in tz.  Unreadable comment times are
 * warned about (where = FILE or API path) and fall back to the ticket's
 * creation time.  NULL with *why when the ticket cannot be converted. */
json_object *sdc_syncro_ticket_session(json_object *ticket,
    json_object *comments, struct sdc_tz *tz, const char *where,
    const char **why);

/* The segment type of a comment: SMS, Email, PrivateNote or PublicNote. */
const char *sdc_syncro_comment_type(json_object *comment);

#endif
