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

json_object *
sdc_session_new(const char *source_system, const char *id_key, const char *status)
{
	json_object *s = json_object_new_object();
	json_object *meta = json_object_new_object();
	json_object *ctx = json_object_new_object();
	json_object *ins = json_object_new_object();
	json_object *log = json_object_new_array();
	char id[SDC_UUID_BUFSZ];
	int64_t now = sdc_now_ms();

	json_object_array_add(log, json_object_new_string(sdc_tool_stamp()));
	json_object_object_add(meta, "session_id", json_object_new_string(sdc_uuid5(id_key, id)));
	json_object_object_add(meta, "schema_version", json_object_new_string("2.0"));
	json_object_object_add(meta, "source_system", json_object_new_string(source_system));
	json_object_object_add(meta, "source_identifiers", json_object_new_array());
	json_object_object_add(meta, "processing_status", json_object_new_string(status));
	json_object_object_add(meta, "processing_log", log);
	json_object_object_add(meta, "ingestion_timestamp_utc", time_or_null(now));
	json_object_object_add(meta, "last_updated_timestamp_utc", time_or_null(now));

	json_object_object_add(ctx, "customer_id", NULL);
	json_object_object_add(ctx, "customer_name", NULL);
	json_object_object_add(ctx, "contact_id", NULL);
	json_object_object_add(ctx, "contact_name", NULL);
	json_object_object_add(ctx, "links", json_object_new_array());

	json_object_object_add(ins, "session_start_time_utc", NULL);
	json_object_object_add(ins, "session_end_time_utc", NULL);
	json_object_object_add(ins, "session_duration_minutes", json_object_new_int(0));
	json_object_object_add(ins, "source_title", NULL);
	json_object_object_add(ins, "llm_generated_title", NULL);
	json_object_object_add(ins, "llm_generated_category", NULL);
	json_object_object_add(ins, "generated_summaries", json_object_new_object());
	json_object_object_add(ins, "structured_llm_results", json_object_new_object());
	json_object_object_add(ins, "user_notes", json_object_new_string(""));

	json_object_object_add(s, "meta", meta);
	json_object_object_add(s, "context", ctx);
	json_object_object_add(s, "insights", ins);
	json_object_object_add(s, "segments", json_object_new_array());
	return s;
}

json_object *
sdc_segment_new(const char *id_key, int64_t start, int64_t end, const char *type,
    const char *author, const char *content, json_object *metadata)
{
	json_object *seg = json_object_new_object();
	char id[SDC_UUID_BUFSZ];

	json_object_object_add(seg, "segment_id", json_object_new_string(sdc_uuid5(id_key, id)));
	json_object_object_add(seg, "start_time_utc", time_or_null(start));
	json_object_object_add(seg, "end_time_utc", time_or_null(end));
	json_object_object_add(seg, "type", json_object_new_string(type));
	json_object_object_add(seg, "author", str_or_null(author));
	json_object_object_add(seg, "content", str_or_null(content));
	json_object_object_add(seg, "metadata", metadata ? metadata : json_object_new_object());
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

void
sdc_session_set_span(json_object *session, int64_t lo, int64_t hi)
{
	json_object *ins = sdc_json_get(session, "insights");
	int64_t minutes = lo != SDC_TIME_NONE && hi != SDC_TIME_NONE && hi > lo ? (hi - lo) / 60000 : 0;

	json_object_object_add(ins, "session_start_time_utc", time_or_null(lo));
	json_object_object_add(ins, "session_end_time_utc", time_or_null(hi));
	json_object_object_add(ins, "session_duration_minutes", json_object_new_int64(minutes));
}

static void
jw_time(struct sdc_buf *b, const char *key, int64_t ms)
{
	char buf[SDC_TIME_BUFSZ];

	sdc_jw_str(b, key, ms == SDC_TIME_NONE ? NULL : sdc_time_format(ms, buf));
}

/* The same members, in the same order, as sdc_segment_new(). */
void
sdc_segment_render_open(struct sdc_buf *b, const char *id_key, int64_t start, int64_t end,
    const char *type, const char *author, const char *content)
{
	char id[SDC_UUID_BUFSZ];

	sdc_jw_open(b);
	sdc_jw_str(b, "segment_id", sdc_uuid5(id_key, id));
	jw_time(b, "start_time_utc", start);
	jw_time(b, "end_time_utc", end);
	sdc_jw_str(b, "type", type);
	sdc_jw_str(b, "author", author);
	sdc_jw_str(b, "content", content);
	sdc_jw_key(b, "metadata");
	sdc_jw_open(b);
}

void
sdc_segment_render_close(struct sdc_buf *b)
{
	sdc_buf_add(b, "}}", 2);
}

void
sdc_session_write_rendered(json_object *session, const char *segments, size_t len)
{
	struct sdc_buf line = SDC_BUF_INIT;
	size_t n;
	const char *text = sdc_json_text(session, &n);

	/* "segments" is the last member and empty: the text ends in "[]}". */
	sdc_buf_reserve(&line, n + len);
	sdc_buf_add(&line, text, n - 2);
	sdc_buf_add(&line, segments, len);
	sdc_buf_add(&line, "]}", 2);
	sdc_write_line(line.p, line.len);
	sdc_buf_free(&line);
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
