/* llm - see llm.h.  Wire formats and error shapes follow
 * spec/research/llm-protocols.md (§A1, §A2, §A4). */
#include "llm.h"
#include "buf.h"
#include "config.h"
#include "diag.h"
#include "file.h"
#include "ids.h"
#include "jsonl.h"
#include "sdctime.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#define ERRMSG_MAX 300

struct kind_defaults {
	const char *type, *base_url, *key_env, *max_tokens_field;
	enum sdc_llm_kind kind;
};

static const struct kind_defaults kinds[] = {
	{ "openai", "https://api.openai.com/v1", "OPENAI_API_KEY",
	    "max_completion_tokens", SDC_LLM_OPENAI },
	{ "gemini", "https://generativelanguage.googleapis.com/v1beta",
	    "GEMINI_API_KEY", NULL, SDC_LLM_GEMINI },
};

static const struct kind_defaults *
kind_named(const char *type)
{
	size_t i;

	for (i = 0; type && i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strcmp(kinds[i].type, type) == 0)
			return &kinds[i];
	return NULL;
}

static const char *
str_in(json_object *obj, const char *key, const char *def)
{
	const char *s = sdc_json_str(obj, key);

	return s ? s : def;
}

static double
num_in(json_object *obj, const char *key, double def)
{
	json_object *v = sdc_json_get(obj, key);

	if (v && (json_object_is_type(v, json_type_int) ||
	    json_object_is_type(v, json_type_double)))
		return json_object_get_double(v);
	return def;
}

/* A capability names a model in the config; an unconfigured one falls
 * back to llm.default_model, then to the offline summariser. */
static const char *
spec_of(const char *spec)
{
	json_object *caps = sdc_config_get("llm.capabilities");
	const char *s;

	if (strchr(spec, ':') || strcmp(spec, "extractive") == 0)
		return spec;
	if ((s = sdc_json_str(caps, spec)))
		return s;
	if ((s = sdc_config_str("llm.default_model")))
		return s;
	return "extractive";
}

/* Per-model settings: llm.models["provider:model"]. */
static void
model_settings(struct sdc_llm_model *m)
{
	json_object *all = sdc_config_get("llm.models");
	json_object *ms = sdc_json_get(all, m->name);
	json_object *t = sdc_json_get(ms, "temperature");

	m->max_input_chars = (long)num_in(ms, "max_input_chars", 48000);
	m->price_in = num_in(ms, "input_price", 0);
	m->price_out = num_in(ms, "output_price", 0);
	if (t && !json_object_is_type(t, json_type_null)) {
		m->has_temperature = 1;
		m->temperature = json_object_get_double(t);
	}
}

static void
provider_settings(struct sdc_llm_model *m, json_object *p,
    const struct kind_defaults *kd)
{
	struct sdc_buf url = SDC_BUF_INIT;
	const char *base = str_in(p, "base_url", kd->base_url);
	size_t blen = strlen(base);
	const char *env = str_in(p, "api_key_env", kd->key_env);
	const char *key;
	json_object *jm = sdc_json_get(p, "json_mode");

	/* Users write base URLs with and without the trailing slash. */
	while (blen > 0 && base[blen - 1] == '/')
		blen--;
	sdc_buf_add(&url, base, blen);
	if (m->kind == SDC_LLM_GEMINI)
		sdc_buf_printf(&url, "/models/%s:generateContent", m->model);
	else
		sdc_buf_adds(&url, "/chat/completions");
	m->url = sdc_buf_take(&url);
	key = getenv(env);
	if (!key || !*key)
		key = sdc_json_str(p, "api_key");
	m->key = key && *key ? sdc_xstrdup(key) : NULL;
	if (m->kind == SDC_LLM_OPENAI)
		m->max_tokens_field = sdc_xstrdup(str_in(p, "limit_field",
		    kd->max_tokens_field));
	m->json_mode = jm ? json_object_get_boolean(jm) : 1;
	m->rpm = num_in(p, "rpm", 0);
	m->timeout = (long)num_in(p, "timeout", 120);
}

int
sdc_llm_model_resolve(const char *spec, struct sdc_llm_model *m, char *why,
    size_t n)
{
	const char *full = spec_of(spec), *colon = strchr(full, ':');
	const struct kind_defaults *kd;
	json_object *p;

	memset(m, 0, sizeof(*m));
	m->name = sdc_xstrdup(full);
	if (!colon) {
		m->kind = SDC_LLM_EXTRACTIVE;
		m->provider = sdc_xstrdup("extractive");
		m->model = sdc_xstrdup("extractive");
		return 0;
	}
	m->provider = sdc_xstrndup(full, (size_t)(colon - full));
	m->model = sdc_xstrdup(colon + 1);
	p = sdc_json_get(sdc_config_get("llm.providers"), m->provider);
	kd = kind_named(p ? str_in(p, "type", m->provider) : m->provider);
	if (!kd || !*m->model) {
		snprintf(why, n, "%s: %s", full, !*m->model ? "no model named" :
		    "unknown provider (configure llm.providers with a type "
		    "of openai or gemini)");
		sdc_llm_model_free(m);
		return -1;
	}
	m->kind = kd->kind;
	provider_settings(m, p, kd);
	model_settings(m);
	return 0;
}

void
sdc_llm_model_free(struct sdc_llm_model *m)
{
	free(m->name);
	free(m->provider);
	free(m->model);
	free(m->url);
	if (m->key)
		explicit_bzero(m->key, strlen(m->key));
	free(m->key);
	free(m->max_tokens_field);
	memset(m, 0, sizeof(*m));
}

static json_object *
message(const char *role, const char *content)
{
	json_object *o = json_object_new_object();

	json_object_object_add(o, "role", json_object_new_string(role));
	json_object_object_add(o, "content", json_object_new_string(content));
	return o;
}

static json_object *
openai_body(const struct sdc_llm_model *m, const struct sdc_llm_request *rq)
{
	json_object *b = json_object_new_object();
	json_object *msgs = json_object_new_array(), *fmt;

	json_object_object_add(b, "model", json_object_new_string(m->model));
	if (rq->system)
		json_object_array_add(msgs, message("system", rq->system));
	json_object_array_add(msgs, message("user", rq->user));
	json_object_object_add(b, "messages", msgs);
	json_object_object_add(b, "stream", json_object_new_boolean(0));
	if (rq->max_tokens > 0)
		json_object_object_add(b, m->max_tokens_field ?
		    m->max_tokens_field : "max_tokens",
		    json_object_new_int(rq->max_tokens));
	if (m->has_temperature)
		json_object_object_add(b, "temperature",
		    json_object_new_double(m->temperature));
	if (rq->json && m->json_mode) {
		fmt = json_object_new_object();
		json_object_object_add(fmt, "type",
		    json_object_new_string("json_object"));
		json_object_object_add(b, "response_format", fmt);
	}
	return b;
}

static json_object *
text_parts(const char *text)
{
	json_object *c = json_object_new_object();
	json_object *parts = json_object_new_array(), *part;

	part = json_object_new_object();
	json_object_object_add(part, "text", json_object_new_string(text));
	json_object_array_add(parts, part);
	json_object_object_add(c, "parts", parts);
	return c;
}

static json_object *
gemini_body(const struct sdc_llm_model *m, const struct sdc_llm_request *rq)
{
	json_object *b = json_object_new_object();
	json_object *contents = json_object_new_array(), *user, *gc;

	/* systemInstruction is a Content without a role. */
	if (rq->system)
		json_object_object_add(b, "systemInstruction",
		    text_parts(rq->system));
	user = text_parts(rq->user);
	json_object_object_add(user, "role", json_object_new_string("user"));
	json_object_array_add(contents, user);
	json_object_object_add(b, "contents", contents);
	gc = json_object_new_object();
	if (rq->max_tokens > 0)
		json_object_object_add(gc, "maxOutputTokens",
		    json_object_new_int(rq->max_tokens));
	if (m->has_temperature)
		json_object_object_add(gc, "temperature",
		    json_object_new_double(m->temperature));
	if (rq->json && m->json_mode)
		json_object_object_add(gc, "responseMimeType",
		    json_object_new_string("application/json"));
	json_object_object_add(b, "generationConfig", gc);
	return b;
}

char *
sdc_llm_body(const struct sdc_llm_model *m, const struct sdc_llm_request *rq)
{
	json_object *b;
	char *s;

	if (m->kind == SDC_LLM_GEMINI)
		b = gemini_body(m, rq);
	else
		b = openai_body(m, rq);
	s = sdc_xstrdup(sdc_json_text(b, NULL));
	json_object_put(b);
	return s;
}

void
sdc_llm_headers(const struct sdc_llm_model *m, char *hdr[4])
{
	struct sdc_buf b = SDC_BUF_INIT;
	int n = 0;

	hdr[n++] = sdc_xstrdup("Content-Type: application/json");
	if (m->key) {
		/* Gemini's key goes in a header, never in the URL (logs). */
		if (m->kind == SDC_LLM_GEMINI)
			sdc_buf_printf(&b, "x-goog-api-key: %s", m->key);
		else
			sdc_buf_printf(&b, "Authorization: Bearer %s", m->key);
		hdr[n++] = sdc_buf_take(&b);
	}
	hdr[n] = NULL;
}

/* ---- responses ---- */

/* Element i of an array; NULL for anything else (json-c asserts). */
static json_object *
elem(json_object *a, size_t i)
{
	if (!a || !json_object_is_type(a, json_type_array) ||
	    i >= json_object_array_length(a))
		return NULL;
	return json_object_array_get_idx(a, i);
}

static long
int_in(json_object *obj, const char *key)
{
	json_object *v = sdc_json_get(obj, key);

	return v && json_object_is_type(v, json_type_int) ?
	    (long)json_object_get_int64(v) : -1;
}

static void
openai_answer(json_object *doc, struct sdc_llm_result *r)
{
	json_object *choice = elem(sdc_json_get(doc, "choices"), 0);
	json_object *msg = sdc_json_get(choice, "message");
	json_object *usage = sdc_json_get(doc, "usage");
	const char *text = sdc_json_str(msg, "content");
	const char *refusal = sdc_json_str(msg, "refusal");

	r->in_tokens = int_in(usage, "prompt_tokens");
	r->out_tokens = int_in(usage, "completion_tokens");
	if (text) {
		r->text = sdc_xstrdup(text);
		return;
	}
	r->err = SDC_LLM_FAIL;
	r->errmsg = sdc_xstrdup(refusal ? refusal : !choice ?
	    "response has no choices" : "response has no message content");
}

static void
gemini_answer(json_object *doc, struct sdc_llm_result *r)
{
	json_object *cand = elem(sdc_json_get(doc, "candidates"), 0);
	json_object *parts = sdc_json_path(cand, "content.parts"), *part, *th;
	json_object *usage = sdc_json_get(doc, "usageMetadata");
	struct sdc_buf b = SDC_BUF_INIT;
	const char *t, *block;
	size_t i, n = parts && json_object_is_type(parts, json_type_array) ?
	    json_object_array_length(parts) : 0;
	long thoughts;

	r->in_tokens = int_in(usage, "promptTokenCount");
	r->out_tokens = int_in(usage, "candidatesTokenCount");
	thoughts = int_in(usage, "thoughtsTokenCount");
	if (thoughts > 0)
		r->out_tokens = (r->out_tokens > 0 ? r->out_tokens : 0) + thoughts;
	for (i = 0; i < n; i++) {
		part = elem(parts, i);
		th = sdc_json_get(part, "thought");
		if (th && json_object_get_boolean(th))
			continue;
		if ((t = sdc_json_str(part, "text")))
			sdc_buf_adds(&b, t);
	}
	if (cand && b.len) {
		r->text = sdc_buf_take(&b);
		return;
	}
	sdc_buf_free(&b);
	block = sdc_json_str(sdc_json_get(doc, "promptFeedback"), "blockReason");
	r->err = SDC_LLM_FAIL;
	if (block) {
		sdc_buf_printf(&b, "prompt blocked: %s", block);
		r->errmsg = sdc_buf_take(&b);
	} else
		r->errmsg = sdc_xstrdup(cand ? "empty answer (finishReason "
		    "MAX_TOKENS or SAFETY?)" : "response has no candidates");
}

/* Error bodies in the order of §A4: error object, errors[0], [ {error} ],
 * detail, error string, flat message. */
struct errinfo {
	const char *message, *type, *code, *status;
	json_object *err;	/* the error object, for details */
};

static const char *
str_or_int(json_object *v, char *tmp, size_t n)
{
	if (json_object_is_type(v, json_type_string))
		return json_object_get_string(v);
	if (json_object_is_type(v, json_type_int)) {
		snprintf(tmp, n, "%lld", (long long)json_object_get_int64(v));
		return tmp;
	}
	return NULL;
}

static void
error_fields(json_object *doc, struct errinfo *e, char *codebuf, size_t n)
{
	json_object *o = NULL, *first;

	memset(e, 0, sizeof(*e));
	if (json_object_is_type(doc, json_type_array)) {
		first = elem(doc, 0);
		o = sdc_json_get(first, "error");
	} else if ((o = sdc_json_get(doc, "error")) &&
	    json_object_is_type(o, json_type_string)) {
		e->message = json_object_get_string(o);
		return;
	} else if (!o && (first = elem(sdc_json_get(doc, "errors"), 0)))
		o = first;
	if (o && json_object_is_type(o, json_type_object)) {
		e->err = o;
		e->message = sdc_json_str(o, "message");
		e->type = sdc_json_str(o, "type");
		e->status = sdc_json_str(o, "status");
		e->code = str_or_int(sdc_json_get(o, "code"), codebuf, n);
		return;
	}
	e->message = sdc_json_str(doc, "detail");
	if (!e->message) {
		e->message = sdc_json_str(doc, "message");
		e->type = sdc_json_str(doc, "type");
		e->code = str_or_int(sdc_json_get(doc, "code"), codebuf, n);
	}
}

/* "26s", "22.231358113s", "644ms": seconds, or -1. */
static double
duration(const char *s)
{
	char *end;
	double v;

	if (!s)
		return -1;
	errno = 0;
	v = strtod(s, &end);
	if (end == s || errno || v < 0)
		return -1;
	if (strncmp(end, "ms", 2) == 0)
		return v / 1000;
	if (*end == 's' || *end == '\0')
		return v;
	return -1;
}

/* Gemini RetryInfo.retryDelay, else "retry in Xs" / "try again in Xms"
 * in the message. */
static double
body_delay(const struct errinfo *e)
{
	json_object *details = sdc_json_get(e->err, "details"), *d;
	size_t i, n = details && json_object_is_type(details, json_type_array) ?
	    json_object_array_length(details) : 0;
	const char *type, *p;

	for (i = 0; i < n; i++) {
		d = elem(details, i);
		type = sdc_json_str(d, "@type");
		if (type && strstr(type, "RetryInfo"))
			return duration(sdc_json_str(d, "retryDelay"));
	}
	if (!e->message)
		return -1;
	if ((p = strcasestr(e->message, "retry in ")))
		return duration(p + 9);
	if ((p = strcasestr(e->message, "try again in ")))
		return duration(p + 13);
	return -1;
}

/* Quota that will not clear in minutes: retrying only burns time. */
static int
quota_exhausted(const struct errinfo *e, const char *body)
{
	static const char *const words[] = { "insufficient_quota",
	    "credit_balance_exhausted", "enforced_spend_limit_reached",
	    "billing_hard_limit_reached" };
	size_t i;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if ((e->type && strcmp(e->type, words[i]) == 0) ||
		    (e->code && strcmp(e->code, words[i]) == 0) ||
		    strstr(body, words[i]))
			return 1;
	/* Gemini: QuotaFailure violations with a quotaId "...PerDay...". */
	return e->status && strcmp(e->status, "RESOURCE_EXHAUSTED") == 0 &&
	    strstr(body, "PerDay") != NULL;
}

static enum sdc_llm_err
classify(long status, const struct errinfo *e, const char *body)
{
	if (quota_exhausted(e, body))
		return SDC_LLM_QUOTA;
	switch (status) {
	case 0: case 408: case 409: case 429: case 500: case 502: case 503:
	case 504: case 529:
		return SDC_LLM_RETRY;
	}
	return SDC_LLM_FAIL;
}

static void
error_result(long status, json_object *doc, const char *body, size_t len,
    struct sdc_llm_result *r)
{
	struct errinfo e;
	struct sdc_buf b = SDC_BUF_INIT;
	char codebuf[32];
	const char *kind, *t, *end;

	error_fields(doc, &e, codebuf, sizeof(codebuf));
	r->err = classify(status, &e, body);
	r->retry_after = body_delay(&e);
	b.max = ERRMSG_MAX;
	sdc_buf_printf(&b, "HTTP %ld", status);
	/* A numeric code only repeats the HTTP status. */
	kind = e.code && !isdigit((unsigned char)*e.code) ? e.code :
	    e.type ? e.type : e.status;
	if (kind)
		sdc_buf_printf(&b, " %s", kind);
	sdc_buf_adds(&b, ": ");
	/* An HTML error page says it in its title; other bodies in their
	 * start. */
	if (e.message)
		sdc_buf_adds(&b, e.message);
	else if ((t = strcasestr(body, "<title>")) &&
	    (end = strcasestr(t, "</title>")))
		sdc_buf_add(&b, t + 7, (size_t)(end - t - 7));
	else
		sdc_buf_add(&b, body, len < 120 ? len : 120);
	r->errmsg = sdc_buf_take(&b);
}

void
sdc_llm_parse(const struct sdc_llm_model *m, long status, const char *body,
    size_t len, struct sdc_llm_result *r)
{
	json_object *doc = NULL;
	const char *why;
	char *copy;

	/* A copy with a NUL after it; the body itself may hold NULs. */
	copy = sdc_xmalloc(len + 1);
	if (len)
		memcpy(copy, body, len);
	copy[len] = '\0';
	r->status = status;
	r->retry_after = -1;
	r->in_tokens = r->out_tokens = -1;
	if (len)
		doc = sdc_json_parse(copy, len, &why);
	if (status >= 200 && status < 300 && doc) {
		if (m->kind == SDC_LLM_GEMINI)
			gemini_answer(doc, r);
		else
			openai_answer(doc, r);
	} else if (status >= 200 && status < 300) {
		r->err = SDC_LLM_FAIL;
		r->errmsg = sdc_xstrdup("response is not JSON");
	} else
		error_result(status, doc, copy, len, r);
	json_object_put(doc);
	free(copy);
}

void
sdc_llm_result_free(struct sdc_llm_result *r)
{
	free(r->text);
	free(r->errmsg);
	r->text = r->errmsg = NULL;
}

/* ---- cache ---- */

static char *cache_dir;

void
sdc_llm_cache_open(const char *dir)
{
	free(cache_dir);
	cache_dir = dir ? sdc_xstrdup(dir) : NULL;
}

static char *
cache_path(const struct sdc_llm_model *m, const char *body)
{
	struct sdc_buf key = SDC_BUF_INIT, path = SDC_BUF_INIT;
	char hex[SDC_SHA256_HEXSZ];

	/* The body already holds model, messages and parameters; the name
	 * adds the provider, whose servers may answer differently. */
	sdc_buf_printf(&key, "%s\n%s", m->name, body);
	sdc_sha256_hex(key.p, key.len, hex);
	sdc_buf_free(&key);
	sdc_buf_printf(&path, "%s/%.2s/%s.json", cache_dir, hex, hex + 2);
	return sdc_buf_take(&path);
}

int
sdc_llm_cache_get(const struct sdc_llm_model *m, const char *body,
    struct sdc_llm_result *r)
{
	char *path, *data;
	size_t len;
	json_object *doc;
	const char *why, *text;

	if (!cache_dir)
		return 0;
	path = cache_path(m, body);
	data = sdc_file_read(path, 64UL << 20, &len);
	free(path);
	if (!data)
		return 0;
	doc = sdc_json_parse(data, len, &why);
	free(data);
	/* A torn or foreign file is a miss: deleting the cache is safe. */
	if (!(text = sdc_json_str(doc, "text"))) {
		json_object_put(doc);
		return 0;
	}
	memset(r, 0, sizeof(*r));
	r->text = sdc_xstrdup(text);
	r->in_tokens = int_in(doc, "input_tokens");
	r->out_tokens = int_in(doc, "output_tokens");
	r->cached = 1;
	r->retry_after = -1;
	json_object_put(doc);
	return 1;
}

void
sdc_llm_cache_put(const struct sdc_llm_model *m, const char *body,
    const struct sdc_llm_result *r)
{
	char *path, *tmp;
	json_object *doc;
	size_t len;
	const char *s;
	FILE *fp;
	int ok;

	if (!cache_dir || !r->text)
		return;
	path = cache_path(m, body);
	tmp = sdc_xmalloc(strlen(path) + 32);
	sprintf(tmp, "%s.%ld.tmp", path, (long)getpid());
	/* The XX/ directory is made the first time it is missing. */
	if (!(fp = fopen(tmp, "w")) && errno == ENOENT) {
		sdc_file_mkparent(tmp);
		fp = fopen(tmp, "w");
	}
	doc = json_object_new_object();
	json_object_object_add(doc, "model", json_object_new_string(m->name));
	json_object_object_add(doc, "text", json_object_new_string(r->text));
	json_object_object_add(doc, "input_tokens",
	    json_object_new_int64(r->in_tokens));
	json_object_object_add(doc, "output_tokens",
	    json_object_new_int64(r->out_tokens));
	s = sdc_json_text(doc, &len);
	/* Write then rename, so a reader never sees half an entry. */
	if (fp) {
		ok = fwrite(s, 1, len, fp) == len;
		ok = (fclose(fp) == 0) && ok;
		if (!ok || rename(tmp, path) != 0)
			unlink(tmp);
	} else
		sdc_warn("cache %s", tmp);
	json_object_put(doc);
	free(tmp);
	free(path);
}

/* ---- call log ---- */

static FILE *log_fp;

void
sdc_llm_log_open(const char *path)
{
	sdc_llm_log_close();
	if (path && !(log_fp = fopen(path, "a")))
		sdc_warn("call log %s", path);
}

void
sdc_llm_log_close(void)
{
	if (log_fp)
		fclose(log_fp);
	log_fp = NULL;
}

static json_object *
tokens(long n)
{
	return n >= 0 ? json_object_new_int64(n) : NULL;
}

void
sdc_llm_log_call(const struct sdc_llm_model *m, const char *task,
    const char *session_id, const struct sdc_llm_result *r)
{
	json_object *o;
	char when[SDC_TIME_BUFSZ];
	size_t len;
	const char *s;

	if (!log_fp)
		return;
	o = json_object_new_object();
	json_object_object_add(o, "time",
	    json_object_new_string(sdc_time_format(sdc_now_ms(), when)));
	json_object_object_add(o, "task", json_object_new_string(task));
	json_object_object_add(o, "session_id",
	    session_id ? json_object_new_string(session_id) : NULL);
	json_object_object_add(o, "model", json_object_new_string(m->name));
	json_object_object_add(o, "cached", json_object_new_boolean(r->cached));
	json_object_object_add(o, "input_tokens", tokens(r->in_tokens));
	json_object_object_add(o, "output_tokens", tokens(r->out_tokens));
	json_object_object_add(o, "latency_ms",
	    json_object_new_int64((int64_t)(r->latency_ms + 0.5)));
	json_object_object_add(o, "status",
	    r->status ? json_object_new_int64(r->status) : NULL);
	json_object_object_add(o, "retries", json_object_new_int(r->retries));
	json_object_object_add(o, "cost_usd", json_object_new_double(
	    sdc_llm_cost(m, r->cached ? 0 : r->in_tokens,
	    r->cached ? 0 : r->out_tokens)));
	json_object_object_add(o, "error",
	    r->errmsg ? json_object_new_string(r->errmsg) : NULL);
	s = sdc_json_text(o, &len);
	fwrite(s, 1, len, log_fp);
	fputc('\n', log_fp);
	fflush(log_fp);
	json_object_put(o);
}

double
sdc_llm_cost(const struct sdc_llm_model *m, long in, long out)
{
	return ((in > 0 ? in : 0) * m->price_in +
	    (out > 0 ? out : 0) * m->price_out) / 1e6;
}

/* ---- calls ---- */

static long retry_base_ms = 1000, retry_cap_ms = 30000, retry_max_wait_ms;

/* The http layer asks before retrying an error status.  Quota and other
 * errors that will not clear fail at once; a retryable one waits what
 * the server asked (retry-after-ms, then Retry-After through the default
 * policy, then Gemini RetryInfo or "try again in") or backs off. */
static long
retry_hook(const struct sdc_http_request *rq,
    const struct sdc_http_response *resp, void *arg)
{
	struct sdc_llm_model any = { .kind = SDC_LLM_OPENAI };
	struct sdc_llm_result r;
	char v[64];
	long ms = -1;

	(void)rq;
	(void)arg;
	memset(&r, 0, sizeof(r));
	sdc_llm_parse(&any, resp->status, resp->body.p, resp->body.len, &r);
	sdc_llm_result_free(&r);
	if (r.err != SDC_LLM_RETRY)
		return SDC_HTTP_HOOK_FAIL;
	if (sdc_http_header(resp, "retry-after-ms", v, sizeof(v)))
		ms = (long)strtod(v, NULL);
	else if (sdc_http_header(resp, "Retry-After", v, sizeof(v)))
		return SDC_HTTP_HOOK_DEFAULT;
	else if (r.retry_after >= 0)
		ms = (long)(r.retry_after * 1000 + 0.5);
	if (ms > retry_max_wait_ms)
		return SDC_HTTP_HOOK_FAIL;
	if (ms < 0)
		ms = sdc_http_backoff_ms(resp->attempts, retry_base_ms,
		    retry_cap_ms, (double)rand() / ((double)RAND_MAX + 1));
	return ms;
}

struct sdc_http_client *
sdc_llm_client(const struct sdc_llm_model *const *m, int n)
{
	struct sdc_http_config cfg;
	int i;

	memset(&cfg, 0, sizeof(cfg));
	retry_base_ms = sdc_config_long("llm.backoff_ms", 1000);
	retry_max_wait_ms = sdc_config_long("llm.max_wait_ms", 120000);
	cfg.max_retries = (int)sdc_config_long("llm.max_retries", 4);
	cfg.backoff_base_ms = retry_base_ms;
	cfg.backoff_cap_ms = retry_cap_ms;
	cfg.max_wait_ms = retry_max_wait_ms;
	cfg.connect_timeout_ms = 10000;
	cfg.retry_hook = retry_hook;
	for (i = 0; i < n; i++) {
		if (m[i]->kind == SDC_LLM_EXTRACTIVE)
			continue;
		if (m[i]->timeout * 1000 > cfg.timeout_ms)
			cfg.timeout_ms = m[i]->timeout * 1000;
		if (m[i]->rpm > 0 && (cfg.rate_per_min == 0 ||
		    m[i]->rpm < cfg.rate_per_min))
			cfg.rate_per_min = m[i]->rpm;
	}
	return sdc_http_client_new(&cfg);
}

static void
call_finish(struct sdc_llm_call *c)
{
	sdc_llm_log_call(c->m, c->task, c->session_id, &c->res);
	if (c->done)
		c->done(c, c->arg);
}

static void
call_done(struct sdc_http_request *rq, void *arg)
{
	struct sdc_llm_call *c = arg;
	struct sdc_http_response *resp = &rq->resp;
	struct sdc_llm_result *r = &c->res;
	struct sdc_buf b = SDC_BUF_INIT;

	sdc_llm_parse(c->m, resp->status, resp->body.p, resp->body.len, r);
	r->retries = resp->attempts > 0 ? resp->attempts - 1 : 0;
	r->latency_ms = (double)resp->elapsed_ms;
	if (resp->result == SDC_HTTP_ENET || resp->result == SDC_HTTP_ETOOBIG ||
	    (resp->result != SDC_HTTP_OK && !r->errmsg)) {
		r->err = resp->result == SDC_HTTP_ENET ? SDC_LLM_NET :
		    SDC_LLM_FAIL;
		free(r->errmsg);
		r->errmsg = sdc_xstrdup(resp->error);
	} else if (resp->result == SDC_HTTP_ERETRY) {
		if (r->err == SDC_LLM_OK)
			r->err = SDC_LLM_RETRY;
		b.max = ERRMSG_MAX + 40;
		sdc_buf_printf(&b, "%s (gave up after %d attempts)", r->errmsg,
		    resp->attempts);
		free(r->errmsg);
		r->errmsg = sdc_buf_take(&b);
	}
	if (r->err == SDC_LLM_OK)
		sdc_llm_cache_put(c->m, c->body, r);
	sdc_http_request_clear(rq);
	call_finish(c);
}

void
sdc_llm_call_start(struct sdc_http_client *h, struct sdc_llm_call *c,
    const struct sdc_llm_request *rq)
{
	memset(&c->res, 0, sizeof(c->res));
	c->res.retry_after = -1;
	c->body = sdc_llm_body(c->m, rq);
	if (sdc_llm_cache_get(c->m, c->body, &c->res)) {
		call_finish(c);
		return;
	}
	if (c->m->kind == SDC_LLM_EXTRACTIVE || !h) {
		c->res.err = SDC_LLM_FAIL;
		c->res.errmsg = sdc_xstrdup("no network model");
		call_finish(c);
		return;
	}
	sdc_llm_headers(c->m, c->hdr);
	memset(&c->rq, 0, sizeof(c->rq));
	c->rq.method = "POST";
	c->rq.url = c->m->url;
	c->rq.headers = (const char *const *)c->hdr;
	c->rq.body = c->body;
	c->rq.body_len = strlen(c->body);
	sdc_http_submit(h, &c->rq, call_done, c);
}

void
sdc_llm_call_clear(struct sdc_llm_call *c)
{
	int i;

	for (i = 0; i < 4 && c->hdr[i]; i++) {
		explicit_bzero(c->hdr[i], strlen(c->hdr[i]));
		free(c->hdr[i]);
		c->hdr[i] = NULL;
	}
	free(c->body);
	c->body = NULL;
	sdc_llm_result_free(&c->res);
}

static void
ask_done(struct sdc_llm_call *c, void *arg)
{
	struct sdc_llm_result *out = arg;

	*out = c->res;
	memset(&c->res, 0, sizeof(c->res));
}

enum sdc_llm_err
sdc_llm_ask(const struct sdc_llm_model *m, const struct sdc_llm_request *rq,
    const char *task, const char *session_id, struct sdc_llm_result *r)
{
	static struct sdc_http_client *h;
	struct sdc_llm_call c;

	memset(&c, 0, sizeof(c));
	memset(r, 0, sizeof(*r));
	if (!h && m->kind != SDC_LLM_EXTRACTIVE)
		h = sdc_llm_client(&m, 1);
	c.m = m;
	c.task = task;
	c.session_id = session_id;
	c.done = ask_done;
	c.arg = r;
	sdc_llm_call_start(h, &c, rq);
	if (h)
		sdc_http_run(h, 1);
	sdc_llm_call_clear(&c);
	return r->err;
}
