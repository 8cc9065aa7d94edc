/* session - layer 2 (records): build Session records (schema 2.0,
 * session.md) with every key, in the documented order.
 *
 *	json_object *s = sdc_session_new("ScreenConnect", id_key, "Needs Linking");
 *	sdc_session_add_segment(s, sdc_segment_new(seg_key, start, end,
 *	    "RemoteConnection", author, content, metadata));
 *	sdc_session_finish(s);		// sort segments, fill start/end/duration
 *	sdc_write_record(s);
 *	json_object_put(s);
 */
#ifndef SDC_SESSION_H
#define SDC_SESSION_H

#include <stdint.h>
#include <json-c/json.h>

/* "TOOL/VERSION" of this program, e.g. "sdc-sc2jsonl/0.1.0". */
const char *sdc_tool_stamp(void);

/* A new session: id = uuid5(id_key); processing_log = [tool stamp];
 * ingestion/last_updated = now (SOURCE_DATE_EPOCH); the rest null/empty. */
json_object *sdc_session_new(const char *source_system, const char *id_key,
    const char *status);

/* A segment: id = uuid5(id_key); start/end in ms (SDC_TIME_NONE = null);
 * author/content may be NULL; metadata is taken over (NULL = {}). */
json_object *sdc_segment_new(const char *id_key, int64_t start, int64_t end,
    const char *type, const char *author, const char *content,
    json_object *metadata);

/* The record's layout is written down once, as text: sdc_session_new()
 * and sdc_segment_new() parse what these render.  Tools that write very
 * many records render straight into the output (sdc_record_begin()):
 *
 *	sdc_session_render_open(b, &head);	// ... "segments":[
 *	sdc_segment_render_open(b, ...);	// {... "metadata":{
 *	sdc_jsonw_str(b, "connection_id", id);	// metadata members (jsonw.h)
 *	sdc_segment_render_close(b);		// }}
 *	sdc_session_render_close(b);		// ]}
 */
struct sdc_buf;
struct sdc_session_head {
	const char *source_system, *id_key, *status;
	const char *const *idents;	/* source_identifiers */
	size_t nidents;
	const char *customer_name, *contact_name, *source_title;	/* or NULL */
	int64_t start, end;		/* the span, SDC_TIME_NONE when unknown */
};
void sdc_session_render_open(struct sdc_buf *b, const struct sdc_session_head *h);
void sdc_session_render_close(struct sdc_buf *b);
/* Segments must be rendered in start order, comma-separated. */
void sdc_segment_render_open(struct sdc_buf *b, const char *id_key, int64_t start,
    int64_t end, const char *type, const char *author, const char *content);
void sdc_segment_render_close(struct sdc_buf *b);

void sdc_session_add_segment(json_object *session, json_object *segment);

/* Sort segments by start (stable), set session start/end/duration. */
void sdc_session_finish(json_object *session);
/* Set session start/end/duration from a span (SDC_TIME_NONE = unknown). */
void sdc_session_set_span(json_object *session, int64_t lo, int64_t hi);

/* Set a key in one of the sections ("meta", "context", "insights");
 * value is taken over (NULL = JSON null). */
void sdc_session_set(json_object *session, const char *section,
    const char *key, json_object *value);
void sdc_session_set_str(json_object *session, const char *section,
    const char *key, const char *value);

/* The processing_log step of an LLM task is SDC_SESSION_LLM_STEP "TASK";
 * its entry adds "/VERSION model=NAME".  sdc-llm writes them; sdc-merge
 * drops them when a session's segments change (the results are stale). */
#define SDC_SESSION_LLM_STEP "sdc-llm:"

/* Append to meta.processing_log; 1 if entry (prefix before '/') present. */
void sdc_session_log(json_object *session, const char *entry);
int sdc_session_has_log(json_object *session, const char *step);

/* Add a string to meta.source_identifiers. */
void sdc_session_add_ident(json_object *session, const char *ident);

/* Helpers for metadata: add key only when value is a non-empty string. */
void sdc_json_add_str(json_object *obj, const char *key, const char *value);
void sdc_json_add_str_nonempty(json_object *obj, const char *key,
    const char *value);

/* Read an RFC 3339 time back from a record (1-9 fraction digits,
 * offsets); SDC_TIME_NONE when absent or not a time. */
int64_t sdc_json_time(json_object *obj, const char *key);

#endif
