/* merge - see merge.h. */
#include "merge.h"

#include <string.h>

#include "diag.h"
#include "ids.h"
#include "jsonl.h"
#include "session.h"

static const char *const hand_context[] = {
	"customer_id", "customer_name", "contact_id", "contact_name", NULL
};

static json_object *
copy(json_object *v)
{
	json_object *c = NULL;

	if (v && json_object_deep_copy(v, &c, NULL) != 0)
		sdc_errx(SDC_EXIT_FATAL, "out of memory");
	return c;
}

/* A section ("meta", "context", "insights") when it is an object. */
static json_object *
section(json_object *rec, const char *name)
{
	json_object *s = sdc_json_get(rec, name);

	return json_object_is_type(s, json_type_object) ? s : NULL;
}

static json_object *
array_at(json_object *obj, const char *key)
{
	json_object *a = sdc_json_get(obj, key);

	return json_object_is_type(a, json_type_array) ? a : NULL;
}

static int
is_null(json_object *obj, const char *key)
{
	json_object *v = sdc_json_get(obj, key);

	return v == NULL;
}

/* The step of a log entry: "sdc-llm:title" of "sdc-llm:title/0.1 model=x". */
static size_t
step_len(const char *entry)
{
	return strcspn(entry, "/");
}

static int
log_has_step(json_object *log, const char *entry)
{
	size_t i, n = step_len(entry);
	const char *e;

	for (i = 0; i < json_object_array_length(log); i++) {
		e = json_object_get_string(json_object_array_get_idx(log, i));
		if (e && step_len(e) == n && memcmp(e, entry, n) == 0)
			return 1;
	}
	return 0;
}

int
sdc_merge_is_manual(const char *entry)
{
	/* strchr() also finds the NUL, so "manual" alone counts. */
	return strncmp(entry, "manual", 6) == 0 &&
	    strchr("/: \t", entry[6]) != NULL;
}

static int
is_llm_entry(const char *entry)
{
	return strncmp(entry, SDC_SESSION_LLM_STEP,
	    strlen(SDC_SESSION_LLM_STEP)) == 0;
}

static int
log_any(json_object *rec, int (*pred)(const char *))
{
	json_object *log = array_at(section(rec, "meta"), "processing_log");
	json_object *v;
	size_t i;

	for (i = 0; log && i < json_object_array_length(log); i++) {
		v = json_object_array_get_idx(log, i);
		if (json_object_is_type(v, json_type_string) &&
		    pred(json_object_get_string(v)))
			return 1;
	}
	return 0;
}

char *
sdc_merge_segments_hash(json_object *session, char *out)
{
	size_t len;
	const char *text;
	json_object *segs = sdc_json_get(session, "segments");

	if (segs == NULL)
		return sdc_sha256_hex("null", 4, out);
	text = sdc_json_text(segs, &len);
	return sdc_sha256_hex(text, len, out);
}

static int
has_value(json_object *list, json_object *v)
{
	size_t i;

	for (i = 0; i < json_object_array_length(list); i++)
		if (json_object_equal(json_object_array_get_idx(list, i), v))
			return 1;
	return 0;
}

/* links are user-owned: the stored ones first, in their order, then what
 * the tools found that is not there yet. */
static void
union_links(json_object *octx, json_object *sctx)
{
	json_object *mine = array_at(sctx, "links");
	json_object *theirs = array_at(octx, "links");
	json_object *v, *all;
	size_t i;

	if (mine == NULL)
		return;
	all = copy(mine);
	for (i = 0; theirs && i < json_object_array_length(theirs); i++) {
		v = json_object_array_get_idx(theirs, i);
		if (!has_value(all, v))
			json_object_array_add(all, copy(v));
	}
	json_object_object_add(octx, "links", all);
}

static void
keep_user_fields(json_object *out, json_object *stored, unsigned *flags)
{
	json_object *ometa = section(out, "meta"), *smeta = section(stored, "meta");
	json_object *octx = section(out, "context"), *sctx = section(stored, "context");
	json_object *oins = section(out, "insights");
	json_object *sins = section(stored, "insights");
	const char *notes = sdc_json_str(sins, "user_notes");
	const char *status = sdc_json_str(smeta, "processing_status");
	json_object *v;
	int i;

	/* sdc first produced the record when the store first saw it. */
	v = sdc_json_get(smeta, "ingestion_timestamp_utc");
	if (ometa && json_object_is_type(v, json_type_string))
		json_object_object_add(ometa, "ingestion_timestamp_utc", copy(v));
	if (oins && notes && *notes)
		json_object_object_add(oins, "user_notes",
		    json_object_new_string(notes));
	if (octx)
		union_links(octx, sctx);
	if (!(status && strcmp(status, "Reviewed") == 0) &&
	    !log_any(stored, sdc_merge_is_manual))
		return;
	/* A person decided the customer: the linker's answer does not count. */
	for (i = 0; octx && sctx && hand_context[i]; i++)
		if (json_object_object_get_ex(sctx, hand_context[i], &v))
			json_object_object_add(octx, hand_context[i], copy(v));
	if (ometa && status)
		json_object_object_add(ometa, "processing_status",
		    json_object_new_string(status));
	*flags |= SDC_MERGE_MANUAL;
}

static int
has_llm_results(json_object *rec)
{
	json_object *ins = section(rec, "insights");
	json_object *sum = sdc_json_get(ins, "generated_summaries");
	json_object *res = sdc_json_get(ins, "structured_llm_results");

	return !is_null(ins, "llm_generated_title") ||
	    !is_null(ins, "llm_generated_category") ||
	    (json_object_is_type(sum, json_type_object) &&
	    json_object_object_length(sum) > 0) ||
	    (json_object_is_type(res, json_type_object) &&
	    json_object_object_length(res) > 0) ||
	    log_any(rec, is_llm_entry);
}

static void
fill_scalar(json_object *oins, json_object *sins, const char *key)
{
	if (is_null(oins, key) && !is_null(sins, key))
		json_object_object_add(oins, key, copy(sdc_json_get(sins, key)));
}

/* Keys of an object of results: the fresh record's win, the stored ones
 * that it lacks are added. */
static void
fill_keys(json_object *oins, json_object *sins, const char *key)
{
	json_object *theirs = sdc_json_get(oins, key), *mine = sdc_json_get(sins, key);

	if (!json_object_is_type(mine, json_type_object))
		return;
	if (!json_object_is_type(theirs, json_type_object)) {
		json_object_object_add(oins, key, copy(mine));
		return;
	}
	json_object_object_foreach(mine, k, v)
		if (!json_object_object_get_ex(theirs, k, NULL))
			json_object_object_add(theirs, k, copy(v));
}

static void
keep_llm_results(json_object *out, json_object *stored, json_object *fresh,
    unsigned *flags)
{
	char a[SDC_SHA256_HEXSZ], b[SDC_SHA256_HEXSZ];
	json_object *oins = section(out, "insights");
	json_object *sins = section(stored, "insights");

	if (!has_llm_results(stored))
		return;
	sdc_merge_segments_hash(stored, a);
	sdc_merge_segments_hash(fresh, b);
	if (strcmp(a, b) != 0) {
		*flags |= SDC_MERGE_LLM_DROPPED;
		return;
	}
	if (oins && sins) {
		fill_scalar(oins, sins, "llm_generated_title");
		fill_scalar(oins, sins, "llm_generated_category");
		fill_keys(oins, sins, "generated_summaries");
		fill_keys(oins, sins, "structured_llm_results");
	}
	*flags |= SDC_MERGE_LLM_KEPT;
}

/* The new record's log as an array to add to, or NULL when it has none
 * (carry_unknown then takes the stored log whole).  A log that is not an
 * array (a hand-edited record) becomes its first entry: the kept hand
 * edits must be written down, or the next merge forgets a person decided. */
static json_object *
log_to_add(json_object *ometa)
{
	json_object *log, *a;

	if (!json_object_object_get_ex(ometa, "processing_log", &log))
		return NULL;
	if (json_object_is_type(log, json_type_array))
		return log;
	a = json_object_new_array();
	if (log)
		json_object_array_add(a, copy(log));
	json_object_object_add(ometa, "processing_log", a);
	return a;
}

/* Stored log entries that still hold: hand edits always, sdc-llm steps
 * when their results were kept; in their stored order, once per step. */
static void
keep_log(json_object *out, json_object *stored, unsigned flags)
{
	json_object *ometa = section(out, "meta"), *olog = NULL;
	json_object *slog = array_at(section(stored, "meta"), "processing_log");
	json_object *v;
	const char *e;
	size_t i;

	for (i = 0; ometa && slog && i < json_object_array_length(slog); i++) {
		v = json_object_array_get_idx(slog, i);
		if (!json_object_is_type(v, json_type_string))
			continue;
		e = json_object_get_string(v);
		if (!sdc_merge_is_manual(e) &&
		    !((flags & SDC_MERGE_LLM_KEPT) && is_llm_entry(e)))
			continue;
		if (olog == NULL && (olog = log_to_add(ometa)) == NULL)
			return;
		if (!log_has_step(olog, e))
			json_object_array_add(olog, copy(v));
	}
}

static void
carry_keys(json_object *dst, json_object *src)
{
	json_object_object_foreach(src, k, v)
		if (!json_object_object_get_ex(dst, k, NULL))
			json_object_object_add(dst, k, copy(v));
}

/* Keys no tool knows (a user's or a newer version's) survive. */
static void
carry_unknown(json_object *out, json_object *stored)
{
	static const char *const sections[] = { "meta", "context", "insights", NULL };
	json_object *o, *s;
	int i;

	for (i = 0; sections[i]; i++) {
		o = section(out, sections[i]);
		s = section(stored, sections[i]);
		if (o && s)
			carry_keys(o, s);
	}
	carry_keys(out, stored);
}

/* last_updated moves only when the merge changed something, so merging
 * the same input twice gives the same bytes. */
static void
settle_update_time(json_object *out, json_object *stored, unsigned *flags)
{
	static const char key[] = "last_updated_timestamp_utc";
	json_object *ometa = section(out, "meta"), *smeta = section(stored, "meta");
	json_object *mine;

	if (ometa == NULL || smeta == NULL ||
	    !json_object_object_get_ex(smeta, key, NULL)) {
		if (json_object_equal(out, stored))
			*flags |= SDC_MERGE_SAME;
		return;
	}
	mine = json_object_get(sdc_json_get(ometa, key));
	json_object_object_add(ometa, key, copy(sdc_json_get(smeta, key)));
	if (json_object_equal(out, stored)) {
		*flags |= SDC_MERGE_SAME;
		json_object_put(mine);
	} else
		json_object_object_add(ometa, key, mine);
}

json_object *
sdc_merge_session(json_object *stored, json_object *fresh, unsigned *flags)
{
	json_object *out = copy(fresh);

	*flags = 0;
	if (!json_object_is_type(out, json_type_object) ||
	    !json_object_is_type(stored, json_type_object))
		return out;
	keep_user_fields(out, stored, flags);
	keep_llm_results(out, stored, fresh, flags);
	keep_log(out, stored, *flags);
	carry_unknown(out, stored);
	settle_update_time(out, stored, flags);
	return out;
}
