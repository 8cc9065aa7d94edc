/* extractive - the offline "model": titles, summaries and categories
 * picked out of a session's own sentences, so a run without any LLM
 * configured still fills every field (labelled model=extractive).
 *
 * Sentences come from source_title and the segments' content; each is
 * scored by the frequency of its content words in the whole session
 * (stop words and numbers ignored), normalised by length, with a small
 * bonus for the first ones.  Categories come from keyword rules (printer,
 * vpn, password, "how to", ...) over the same text.
 *
 * What it reads of a session (struct sdc_xsession) comes from a json-c
 * tree or from the record's text; the sentences are split and scored
 * once per session (sdc_xtext) for all its tasks. */
#ifndef SDC_EXTRACTIVE_H
#define SDC_EXTRACTIVE_H

#include <json-c/json.h>
#include <stddef.h>

#include "nearby.h"

struct sdc_xsession {
	const char *const *content;	/* each segment's content; NULL: none */
	size_t ncontent;
	const char *source_title;	/* insights.source_title */
	const char *customer;	/* context.customer_name */
	const char *system;	/* meta.source_system */
	int minutes;		/* insights.session_duration_minutes, as
				 * json_object_get_int reads it (0: none) */
	const struct sdc_nearby_of *near;	/* for a ticket's subject; NULL
						 * when no ticket was read */
};

/* x from a json-c session (x->content is malloc'd: free it); near is
 * filled when tickets were read. */
void sdc_xsession_of_json(struct sdc_xsession *x, json_object *session,
    struct sdc_nearby_of *near);

struct sdc_xtext;
struct sdc_xtext *sdc_xtext_new(const struct sdc_xsession *x);
/* The answer to task ("title", "summary", "category", "overview", "notes"
 * as a JSON object text, "map") for the session of t and x; categories
 * is the configured list (array of strings).  Malloc'd; never NULL. */
char *sdc_xtext_answer(struct sdc_xtext *t, const char *task,
    const struct sdc_xsession *x, json_object *categories);
void sdc_xtext_free(struct sdc_xtext *t);

/* Frees the tables made on first use (the end of a run). */
void sdc_extractive_done(void);

/* All of it for one task of a json-c session. */
char *sdc_extractive(const char *task, json_object *session,
    json_object *categories);

#endif
