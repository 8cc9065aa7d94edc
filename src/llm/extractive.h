/* extractive - the offline "model": titles, summaries and categories
 * picked out of a session's own sentences, so a run without any LLM
 * configured still fills every field (labelled model=extractive).
 *
 * Sentences come from source_title and the segments' content; each is
 * scored by the frequency of its content words in the whole session
 * (stop words and numbers ignored), normalised by length, with a small
 * bonus for the first ones.  Categories come from keyword rules (printer,
 * vpn, password, "how to", ...) over the same text. */
#ifndef SDC_EXTRACTIVE_H
#define SDC_EXTRACTIVE_H

#include <json-c/json.h>

/* The answer to task ("title", "summary", "category", "overview", "notes"
 * as a JSON object text, "map") for session; categories is the
 * configured list (array of strings).  Malloc'd; never NULL. */
char *sdc_extractive(const char *task, json_object *session,
    json_object *categories);

#endif
