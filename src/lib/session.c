/* session - see session.h. */
#include "session.h"
#include "diag.h"
#include "buf.h"
#include "ids.h"
#include "jsonw.h"
#include "jsonl.h"
#include "sdctime.h"

#include <stdlib.h>
#include <string.h>

const char *
sdc_tool_stamp(void)
{
	static char stamp[128];

	if (!stamp[0])
		snprintf(stamp, sizeof(stamp), "%s/%s", sdc_progname, SDC_VERSION);
	return stamp;
}

static json_object *
time_or_null(int64_t ms)
{
	char buf[SDC_TIME_BUFSZ];

	return ms == SDC_TIME_NONE ? NULL : json_object_new_string(sdc_time_format(ms, buf));
}

static json_object *
str_or_null(const char *s)
{
	return s ? json_object_new_string(s) : NULL;
}

/* Parse what a renderer wrote: a fault here is a bug in this file. */
static json_object *
parse_rendered(const struct sdc_buf *b)
{
	const char *why;
	json_object *o = sdc_json_parse(b->p, b->len, &why);

	if (!o)
		sdc_errx(SDC_EXIT_FATAL, "internal error: rendered record: %s", why);
	return o;
}

json_object *
sdc_session_new(const char *source_system, const char *id_key, const char *status)
{
	struct sdc_session_head h = { source_system, id_key, status, NULL, 0, NULL, NULL,
	    NULL, SDC_TIME_NONE, SDC_TIME_NONE };
	struct sdc_buf b = SDC_BUF_INIT;
	json_object *s;

	sdc_session_render_open(&b, &h);
	sdc_session_render_close(&b);
	s = parse_rendered(&b);
	sdc_buf_free(&b);
	return s;
}

json_object *
sdc_segment_new(const char *id_key, int64_t start, int64_t end, const char *type,
    const char *author, const char *content, json_object *metadata)
{
	struct sdc_buf b = SDC_BUF_INIT;
	json_object *seg;

	sdc_segment_render_open(&b, id_key, start, end, type, author, content);
	sdc_segment_render_close(&b);
	seg = parse_rendered(&b);
	sdc_buf_free(&b);
	if (metadata)
		json_object_object_add(seg, "metadata", metadata);
	return seg;
}

void
sdc_session_add_segment(json_object *session, json_object *segment)
{
	json_object_array_add(sdc_json_get(session, "segments"), segment);
}

struct keyed {
	int64_t start;
	size_t index;
	json_object *seg;
};

static int
by_start(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;	/* stable */
}

void
sdc_session_finish(json_object *session)
{
	json_object *segs = sdc_json_get(session, "segments");
	size_t n = json_object_array_length(segs), i;
	struct keyed *k = sdc_xcalloc(n, sizeof(*k));
	int64_t lo = SDC_TIME_NONE, hi = SDC_TIME_NONE, t;

	for (i = 0; i < n; i++) {
		k[i].seg = json_object_get(json_object_array_get_idx(segs, i));
		k[i].index = i;
		k[i].start = sdc_json_time(k[i].seg, "start_time_utc");
		t = k[i].start;
		if (t != SDC_TIME_NONE && (lo == SDC_TIME_NONE || t < lo))
			lo = t;
		t = sdc_json_time(k[i].seg, "end_time_utc");
		if (t == SDC_TIME_NONE)
			t = k[i].start;
		if (t != SDC_TIME_NONE && (hi == SDC_TIME_NONE || t > hi))
			hi = t;
	}
	if (n)
		qsort(k, n, sizeof(*k), by_start);
	for (i = 0; i < n; i++)
		json_object_array_put_idx(segs, i, k[i].seg);
	free(k);
	sdc_session_set_span(session, lo, hi);
}

/* A time member: KEY is SDC_JSONW_KEY's quoted literal; a formatted time
 * needs no escape. */
#define JW_TIME(b, lit, ms) jw_time((b), "\"" lit "\":", sizeof(lit) + 2, (ms))

static void
jw_time(struct sdc_buf *b, const char *quoted, size_t len, int64_t ms)
{
	char buf[SDC_TIME_BUFSZ];

	sdc_jsonw_qkey(b, quoted, len);
	if (ms == SDC_TIME_NONE)
		sdc_buf_add(b, "null", 4);
	else
		sdc_jsonw_plain(b, buf, strlen(sdc_time_format(ms, buf)));
}

/* A uuid5 id member: hex and dashes need no escape. */
static void
jw_id(struct sdc_buf *b, const char *key)
{
	char id[SDC_UUID_BUFSZ];

	sdc_jsonw_plain(b, sdc_uuid5(key, id), SDC_UUID_BUFSZ - 1);
}

static int64_t
span_minutes(int64_t lo, int64_t hi)
{
	return lo != SDC_TIME_NONE && hi != SDC_TIME_NONE && hi > lo ? (hi - lo) / 60000 : 0;
}

/* The one place that says which keys a session has, and in what order.
 * Keys are literals (SDC_JSONW_KEY): this runs for every record of a
 * million-row import. */
static void
render_meta(struct sdc_buf *b, const struct sdc_session_head *h, int64_t now)
{
	size_t i;

	SDC_JSONW_KEY(b, "meta");
	sdc_jsonw_open(b);
	SDC_JSONW_KEY(b, "session_id");
	jw_id(b, h->id_key);
	SDC_JSONW_KEY(b, "schema_version");
	sdc_jsonw_plain(b, "2.0", 3);
	SDC_JSONW_KEY(b, "source_system");
	sdc_jsonw_string(b, h->source_system);
	SDC_JSONW_KEY(b, "source_identifiers");
	sdc_buf_addc(b, '[');
	for (i = 0; i < h->nidents; i++) {
		if (i)
			sdc_buf_addc(b, ',');
		sdc_jsonw_string(b, h->idents[i]);
	}
	sdc_buf_addc(b, ']');
	SDC_JSONW_KEY(b, "processing_status");
	sdc_jsonw_string(b, h->status);
	SDC_JSONW_KEY(b, "processing_log");
	sdc_buf_addc(b, '[');
	sdc_jsonw_string(b, sdc_tool_stamp());
	sdc_buf_addc(b, ']');
	JW_TIME(b, "ingestion_timestamp_utc", now);
	JW_TIME(b, "last_updated_timestamp_utc", now);
	sdc_jsonw_close(b);
}

void
sdc_session_render_open(struct sdc_buf *b, const struct sdc_session_head *h)
{
	sdc_jsonw_open(b);
	render_meta(b, h, sdc_now_ms());

	SDC_JSONW_KEY(b, "context");
	sdc_jsonw_open(b);
	SDC_JSONW_KEY(b, "customer_id");
	sdc_buf_add(b, "null", 4);
	SDC_JSONW_KEY(b, "customer_name");
	sdc_jsonw_string(b, h->customer_name);
	SDC_JSONW_KEY(b, "contact_id");
	sdc_buf_add(b, "null", 4);
	SDC_JSONW_KEY(b, "contact_name");
	sdc_jsonw_string(b, h->contact_name);
	SDC_JSONW_KEY(b, "links");
	sdc_buf_add(b, "[]", 2);
	sdc_jsonw_close(b);

	SDC_JSONW_KEY(b, "insights");
	sdc_jsonw_open(b);
	JW_TIME(b, "session_start_time_utc", h->start);
	JW_TIME(b, "session_end_time_utc", h->end);
	SDC_JSONW_KEY(b, "session_duration_minutes");
	sdc_jsonw_i64(b, span_minutes(h->start, h->end));
	SDC_JSONW_KEY(b, "source_title");
	sdc_jsonw_string(b, h->source_title);
	sdc_buf_adds(b, ",\"llm_generated_title\":null,\"llm_generated_category\":null"
	    ",\"generated_summaries\":{},\"structured_llm_results\":{},\"user_notes\":\"\"}");

	SDC_JSONW_KEY(b, "segments");
	sdc_buf_addc(b, '[');
}

void
sdc_session_render_close(struct sdc_buf *b)
{
	sdc_buf_add(b, "]}", 2);
}

/* The one place that says which keys a segment has, and in what order. */
void
sdc_segment_render_open(struct sdc_buf *b, const char *id_key, int64_t start, int64_t end,
    const char *type, const char *author, const char *content)
{
	sdc_jsonw_open(b);
	SDC_JSONW_KEY(b, "segment_id");
	jw_id(b, id_key);
	JW_TIME(b, "start_time_utc", start);
	JW_TIME(b, "end_time_utc", end);
	SDC_JSONW_KEY(b, "type");
	sdc_jsonw_string(b, type);
	SDC_JSONW_KEY(b, "author");
	sdc_jsonw_string(b, author);
	SDC_JSONW_KEY(b, "content");
	sdc_jsonw_string(b, content);
	SDC_JSONW_KEY(b, "metadata");
	sdc_jsonw_open(b);
}

void
sdc_segment_render_close(struct sdc_buf *b)
{
	sdc_buf_add(b, "}}", 2);
}

void
sdc_session_set_span(json_object *session, int64_t lo, int64_t hi)
{
	json_object *ins = sdc_json_get(session, "insights");

	json_object_object_add(ins, "session_start_time_utc", time_or_null(lo));
	json_object_object_add(ins, "session_end_time_utc", time_or_null(hi));
	json_object_object_add(ins, "session_duration_minutes",
	    json_object_new_int64(span_minutes(lo, hi)));
}

void
sdc_session_set(json_object *session, const char *section, const char *key, json_object *value)
{
	json_object_object_add(sdc_json_get(session, section), key, value);
}

void
sdc_session_set_str(json_object *session, const char *section, const char *key, const char *value)
{
	sdc_session_set(session, section, key, str_or_null(value));
}

void
sdc_session_log(json_object *session, const char *entry)
{
	json_object *log = sdc_json_path(session, "meta.processing_log");

	if (log && json_object_is_type(log, json_type_array))
		json_object_array_add(log, json_object_new_string(entry));
}

int
sdc_session_has_log(json_object *session, const char *step)
{
	json_object *log = sdc_json_path(session, "meta.processing_log");
	size_t n, i, len = strlen(step);
	const char *e;

	if (!log || !json_object_is_type(log, json_type_array))
		return 0;
	n = json_object_array_length(log);
	for (i = 0; i < n; i++) {
		e = json_object_get_string(json_object_array_get_idx(log, i));
		if (e && strncmp(e, step, len) == 0 && (e[len] == '/' || e[len] == '\0' || e[len] == ' '))
			return 1;
	}
	return 0;
}

void
sdc_session_add_ident(json_object *session, const char *ident)
{
	json_object_array_add(sdc_json_path(session, "meta.source_identifiers"),
	    json_object_new_string(ident));
}

void
sdc_json_add_str(json_object *obj, const char *key, const char *value)
{
	json_object_object_add(obj, key, str_or_null(value));
}

void
sdc_json_add_str_nonempty(json_object *obj, const char *key, const char *value)
{
	if (value && *value)
		json_object_object_add(obj, key, json_object_new_string(value));
}

int64_t
sdc_json_time(json_object *obj, const char *key)
{
	const char *s = sdc_json_str(obj, key);
	int64_t t;

	if (!s || sdc_time_parse(s, NULL, 0, &t) != SDC_TIME_OK)
		return SDC_TIME_NONE;
	return t;
}
