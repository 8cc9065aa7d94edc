/* merge - the smart update of one stored Session by a fresh one (sdc-merge).
 *
 * The fresh record owns every tool field; the stored one keeps what people
 * own (user_notes, links, Reviewed, a hand-set customer or contact), the
 * keys no tool knows, and its LLM results while its segments are the same. */
#ifndef SDC_MERGE_H
#define SDC_MERGE_H

#include <json-c/json.h>

#include "ids.h"

enum {
	SDC_MERGE_SAME = 1 << 0,	/* result equals the stored record */
	SDC_MERGE_LLM_KEPT = 1 << 1,	/* stored LLM results carried over */
	SDC_MERGE_LLM_DROPPED = 1 << 2,	/* segments changed: LLM results gone */
	SDC_MERGE_MANUAL = 1 << 3	/* a hand-set customer/contact kept */
};

/* The merged record (caller puts it); *flags gets the SDC_MERGE_ bits.
 * Neither input is changed. */
json_object *sdc_merge_session(json_object *stored, json_object *fresh,
    unsigned *flags);

/* SHA-256 (hex) of the compact JSON text of the record's segments. */
char *sdc_merge_segments_hash(json_object *session, char *out);

/* 1 when a processing_log entry marks a hand edit: "manual", alone or
 * followed by '/', ':' or a blank. */
int sdc_merge_is_manual(const char *entry);

#endif
