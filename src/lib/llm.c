/* llm - see llm.h.  Wire formats and error shapes follow
 * spec/research/llm-protocols.md (§A1, §A2, §A4); what differs between
 * providers is in their table entries (llm.h). */
#include "llm.h"
#include "buf.h"
#include "config.h"
#include "diag.h"
#include "file.h"
#include "ids.h"
#include "jsonl.h"
#include "sdctime.h"
#include "state.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#define ERRMSG_MAX 300

/* ---- the provider table ---- */

static const struct sdc_llm_provider *const table[SDC_LLM_NKINDS] = {
	[SDC_LLM_OPENAI] = &sdc_llm_openai,
	[SDC_LLM_GEMINI] = &sdc_llm_gemini,
	[SDC_LLM_ANTHROPIC] = &sdc_llm_anthropic,
	[SDC_LLM_AZURE] = &sdc_llm_azure,
};

const struct sdc_llm_provider *
sdc_llm_provider(enum sdc_llm_kind kind)
{
	return kind > 0 && kind < SDC_LLM_NKINDS ? table[kind] : NULL;
}

enum sdc_llm_kind
sdc_llm_kind_named(const char *name)
{
	int k;

	for (k = 1; name && k < SDC_LLM_NKINDS; k++)
		if (strcmp(table[k]->type, name) == 0)
			return (enum sdc_llm_kind)k;
	return SDC_LLM_EXTRACTIVE;
}

/* ---- models ---- */

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

static int
bool_in(json_object *obj, const char *key, int def)
{
	json_object *v = sdc_json_get(obj, key);

	return v && json_object_is_type(v, json_type_boolean) ?
	    json_object_get_boolean(v) : def;
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

/* Models that think before they answer, by the names their makers give
 * them: they get a token floor that leaves room for the thinking. */
static int
thinks(const char *model)
{
	static const char *const families[] = { "o1", "o3", "o4", "gpt-5",
	    "gemini-2.5", "gemini-3", "qwen3", "qwq", "deepseek-r1",
	    "magistral", "gpt-oss" };
	const char *base = strrchr(model, '/');
	size_t i;

	base = base ? base + 1 : model;
	for (i = 0; i < sizeof(families) / sizeof(families[0]); i++)
		if (strncasecmp(base, families[i], strlen(families[i])) == 0)
			return 1;
	return 0;
}

/* Whether requests at the model's api_version may carry reasoning_effort
 * (API versions are dates, so they compare as strings). */
static int
knows_effort(const struct sdc_llm_model *m)
{
	const struct sdc_llm_provider *pv = sdc_llm_provider(m->kind);
	const char *until = pv ? pv->effort_until : NULL;

	return !until || !m->api_version || strcmp(m->api_version, until) > 0;
}

/* Reasoning settings: configured, else defaults that let a 32-token
 * title through a model that thinks first (OpenAI reasoning effort low,
 * a Gemini thinking budget valid for every 2.5 model). */
static void
reasoning_settings(struct sdc_llm_model *m, json_object *ms)
{
	const char *effort = sdc_json_str(ms, "reasoning_effort");
	json_object *think = sdc_json_get(ms, "think");

	m->reasoning = bool_in(ms, "reasoning", thinks(m->model));
	m->thinking_budget = (int)num_in(ms, "thinking_budget",
	    m->reasoning && m->kind == SDC_LLM_GEMINI ? 512 : -1);
	if (!effort && m->reasoning && m->kind != SDC_LLM_GEMINI &&
	    m->kind != SDC_LLM_ANTHROPIC && m->max_tokens_field &&
	    strcmp(m->max_tokens_field, "max_completion_tokens") == 0 &&
	    (m->model[0] == 'o' || strncmp(m->model, "gpt-5", 5) == 0) &&
	    knows_effort(m))
		effort = "low";
	m->reasoning_effort = effort ? sdc_xstrdup(effort) : NULL;
	m->think = think && json_object_is_type(think, json_type_boolean) ?
	    json_object_get_boolean(think) : -1;
	m->min_tokens = (int)num_in(ms, "min_tokens", m->reasoning ? 1024 : 0);
	m->max_tokens_cap = (int)num_in(ms, "max_tokens_cap", 16384);
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
	reasoning_settings(m, ms);
}

/* "structured": "schema" | "json" | "plain" (json_mode false: plain),
 * never more than the provider supports. */
static enum sdc_llm_structured
structured_in(json_object *p, const struct sdc_llm_provider *pv)
{
	const char *s = sdc_json_str(p, "structured");
	enum sdc_llm_structured want = pv->structured;

	if (s)
		want = strcmp(s, "schema") == 0 ? SDC_LLM_SCHEMA :
		    strcmp(s, "json") == 0 ? SDC_LLM_JSON : SDC_LLM_PLAIN;
	else if (!bool_in(p, "json_mode", 1))
		want = SDC_LLM_PLAIN;
	return want < pv->structured ? want : pv->structured;
}

static char *
dup_or_null(const char *s)
{
	return s ? sdc_xstrdup(s) : NULL;
}

static int
provider_settings(struct sdc_llm_model *m, json_object *p)
{
	const struct sdc_llm_provider *pv = sdc_llm_provider(m->kind);
	struct sdc_buf url = SDC_BUF_INIT;
	const char *base = str_in(p, "base_url", pv->base_url);
	const char *env = str_in(p, "api_key_env", pv->key_env), *key;
	size_t blen;

	if (!base)
		return -1;
	/* Users write base URLs with and without the trailing slash. */
	for (blen = strlen(base); blen > 0 && base[blen - 1] == '/'; blen--)
		;
	sdc_buf_add(&url, base, blen);
	m->api_version = dup_or_null(str_in(p, "api_version",
	    pv->api_version));
	pv->url(m, &url);
	m->url = sdc_buf_take(&url);
	key = getenv(env);
	if (!key || !*key)
		key = sdc_json_str(p, "api_key");
	m->key = key && *key ? sdc_xstrdup(key) : NULL;
	sdc_http_secret(m->key);	/* redacted from every message */
	m->max_tokens_field = dup_or_null(str_in(p, "limit_field",
	    pv->limit_field));
	m->structured = structured_in(p, pv);
	m->ca_file = dup_or_null(sdc_json_str(p, "ca_file"));
	m->rpm = num_in(p, "rpm", 0);
	m->timeout = (long)num_in(p, "timeout", 120);
	return 0;
}

static int
resolve_fail(struct sdc_llm_model *m, const char *full, const char *what,
    char *why, size_t n)
{
	snprintf(why, n, "%s: %s", full, what);
	sdc_llm_model_free(m);
	return -1;
}

int
sdc_llm_model_resolve(const char *spec, struct sdc_llm_model *m, char *why,
    size_t n)
{
	const char *full = spec_of(spec), *colon = strchr(full, ':');
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
	m->kind = sdc_llm_kind_named(p ? str_in(p, "type", m->provider) :
	    m->provider);
	if (!*m->model)
		return resolve_fail(m, full, "no model named", why, n);
	if (m->kind == SDC_LLM_EXTRACTIVE) {
		/* Name the file (or its absence): the usual cause is no config. */
		char msg[600];

		snprintf(msg, sizeof(msg), "unknown provider: no llm.providers.%s in %s "
		    "(configure it with a type of openai, azure, gemini or anthropic%s)",
		    m->provider, sdc_config_file() ? sdc_config_file() : "any config file",
		    sdc_config_file() ? "" : "; sdc.example.json, copied, has the usual ones");
		return resolve_fail(m, full, msg, why, n);
	}
	if (provider_settings(m, p) < 0)
		return resolve_fail(m, full, "the provider needs a base_url",
		    why, n);
	model_settings(m);
	if (m->reasoning_effort && !knows_effort(m)) {
		char msg[300];

		snprintf(msg, sizeof(msg), "reasoning_effort is not in "
		    "api_version %s (the server would refuse every request): "
		    "set a newer llm.providers.%s.api_version in %s",
		    m->api_version, m->provider, sdc_config_file() ?
		    sdc_config_file() : "the config file");
		return resolve_fail(m, full, msg, why, n);
	}
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
	free(m->api_version);
	free(m->ca_file);
	free(m->reasoning_effort);
	memset(m, 0, sizeof(*m));
}

/* ---- requests ---- */

int
sdc_llm_key_header(const struct sdc_llm_model *m, const char *fmt, char **hdr)
{
	struct sdc_buf b = SDC_BUF_INIT;

	if (!m->key)
		return 0;
	sdc_buf_printf(&b, fmt, m->key);
	hdr[0] = sdc_buf_take(&b);
	return 1;
}

json_object *
sdc_llm_message(const char *role, const char *content)
{
	json_object *o = json_object_new_object();

	json_object_object_add(o, "role", json_object_new_string(role));
	json_object_object_add(o, "content", json_object_new_string(content));
	return o;
}

json_object *
sdc_llm_schema(const struct sdc_llm_model *m, const struct sdc_llm_request *rq)
{
	if (!rq->schema || m->structured < SDC_LLM_SCHEMA)
		return NULL;
	return json_object_get(rq->schema);
}

int
sdc_llm_wants_json(const struct sdc_llm_model *m,
    const struct sdc_llm_request *rq)
{
	return (rq->json || rq->schema) && m->structured >= SDC_LLM_JSON;
}

int
sdc_llm_limit(const struct sdc_llm_model *m, const struct sdc_llm_request *rq)
{
	if (rq->max_tokens <= 0)
		return 0;
	return rq->max_tokens < m->min_tokens ? m->min_tokens : rq->max_tokens;
}

char *
sdc_llm_body_limit(const struct sdc_llm_model *m,
    const struct sdc_llm_request *rq, int limit)
{
	const struct sdc_llm_provider *pv = sdc_llm_provider(m->kind);
	json_object *b;
	char *s;

	/* --dry-run of an offline model shows the prompt in the common
	 * (OpenAI) shape. */
	if (!pv)
		pv = &sdc_llm_openai;
	b = pv->body(m, rq, limit < 0 ? sdc_llm_limit(m, rq) : limit);
	s = sdc_xstrdup(sdc_json_text(b, NULL));
	json_object_put(b);
	return s;
}

char *
sdc_llm_body(const struct sdc_llm_model *m, const struct sdc_llm_request *rq)
{
	return sdc_llm_body_limit(m, rq, -1);
}

void
sdc_llm_headers(const struct sdc_llm_model *m, char *hdr[4])
{
	const struct sdc_llm_provider *pv = sdc_llm_provider(m->kind);
	int n = 0;

	hdr[n++] = sdc_xstrdup("Content-Type: application/json");
	if (pv)
		n += pv->auth(m, hdr + n);
	hdr[n] = NULL;
}

/* ---- responses ---- */

json_object *
sdc_llm_elem(json_object *a, size_t i)
{
	if (!a || !json_object_is_type(a, json_type_array) ||
	    i >= json_object_array_length(a))
		return NULL;
	return json_object_array_get_idx(a, i);
}

long
sdc_llm_int(json_object *obj, const char *key)
{
	json_object *v = sdc_json_get(obj, key);

	return v && json_object_is_type(v, json_type_int) ?
	    (long)json_object_get_int64(v) : -1;
}

enum sdc_llm_fin
sdc_llm_fin_of(const char *reason, const char *const *ok, const char *cutoff)
{
	if (!reason)
		return SDC_FIN_OK;
	for (; *ok; ok++)
		if (strcmp(reason, *ok) == 0)
			return SDC_FIN_OK;
	return strcmp(reason, cutoff) == 0 ? SDC_FIN_CUTOFF : SDC_FIN_BLOCKED;
}

void
sdc_llm_finish(struct sdc_llm_result *r, const char *reason,
    enum sdc_llm_fin fin)
{
	struct sdc_buf b = SDC_BUF_INIT;

	free(r->finish);
	r->finish = dup_or_null(reason);
	if (fin == SDC_FIN_OK)
		return;
	b.max = ERRMSG_MAX;
	sdc_buf_printf(&b, fin == SDC_FIN_CUTOFF ? "answer cut off by the "
	    "token limit (%s)" : "no answer (%s)", reason ? reason : "?");
	r->err = fin == SDC_FIN_CUTOFF ? SDC_LLM_CUTOFF : SDC_LLM_FAIL;
	free(r->errmsg);
	r->errmsg = sdc_buf_take(&b);
}

/* What follows a leading <think>...</think> (Qwen3, DeepSeek-R1 on
 * servers without a reasoning parser); NULL for an unterminated one. */
static const char *
after_think(const char *text)
{
	const char *p = text, *end;

	while (isspace((unsigned char)*p))
		p++;
	if (strncmp(p, "<think>", 7) != 0)
		return text;
	if (!(end = strstr(p, "</think>")))
		return NULL;
	return end + 8;
}

/* An answer is text after any thinking, not blank; a cut-off or blocked
 * one is never kept, even partly. */
static void
settle_answer(struct sdc_llm_result *r)
{
	const char *a = r->text ? after_think(r->text) : NULL;
	const char *p = a;
	char *keep;

	while (p && isspace((unsigned char)*p))
		p++;
	if (r->err == SDC_LLM_OK && (!p || !*p)) {
		r->err = SDC_LLM_FAIL;
		r->errmsg = sdc_xstrdup(r->text && !a ? "no answer: the thinking "
		    "(<think>) never ended" : "empty answer");
	}
	if (r->err != SDC_LLM_OK) {
		free(r->text);
		r->text = NULL;
		return;
	}
	if (a && a != r->text) {
		keep = sdc_xstrdup(a);
		free(r->text);
		r->text = keep;
	}
}
/* Error bodies in the order of §A4: error object, errors[0], [ {error} ],
 * detail, error string, flat message. */

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
error_fields(json_object *doc, struct sdc_llm_errinfo *e, char *codebuf, size_t n)
{
	json_object *o = NULL, *first;

	memset(e, 0, sizeof(*e));
	if (json_object_is_type(doc, json_type_array)) {
		first = sdc_llm_elem(doc, 0);
		o = sdc_json_get(first, "error");
	} else if ((o = sdc_json_get(doc, "error")) &&
	    json_object_is_type(o, json_type_string)) {
		e->message = json_object_get_string(o);
		return;
	} else if (!o && (first = sdc_llm_elem(sdc_json_get(doc, "errors"), 0)))
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
body_delay(const struct sdc_llm_errinfo *e)
{
	json_object *details = sdc_json_get(e->err, "details"), *d;
	size_t i, n = details && json_object_is_type(details, json_type_array) ?
	    json_object_array_length(details) : 0;
	const char *type, *p;

	for (i = 0; i < n; i++) {
		d = sdc_llm_elem(details, i);
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
quota_exhausted(const struct sdc_llm_errinfo *e, const char *body)
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

enum sdc_llm_err
sdc_llm_classify(long status, const struct sdc_llm_errinfo *e,
    const char *body)
{
	if (quota_exhausted(e, body))
		return SDC_LLM_QUOTA;
	switch (status) {
	case 401: case 403:
		/* a refused key fails every later call the same way */
		return SDC_LLM_AUTH;
	case 0: case 408: case 409: case 429: case 500: case 502: case 503:
	case 504: case 529:
		return SDC_LLM_RETRY;
	}
	return SDC_LLM_FAIL;
}

static void
error_result(const struct sdc_llm_provider *pv, long status, json_object *doc,
    const char *body, size_t len, struct sdc_llm_result *r)
{
	struct sdc_llm_errinfo e;
	struct sdc_buf b = SDC_BUF_INIT;
	char codebuf[32];
	const char *kind, *t, *end;

	error_fields(doc, &e, codebuf, sizeof(codebuf));
	r->err = pv ? pv->classify(status, &e, body) :
	    sdc_llm_classify(status, &e, body);
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
	/* A server may quote the key it refused; the call log keeps this. */
	r->errmsg = sdc_http_redact(b.p ? b.p : "");
	sdc_buf_free(&b);
}

void
sdc_llm_parse(const struct sdc_llm_model *m, long status, const char *body,
    size_t len, struct sdc_llm_result *r)
{
	const struct sdc_llm_provider *pv = sdc_llm_provider(m->kind);
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
	if (status >= 200 && status < 300 && doc && pv) {
		pv->answer(doc, r);
		settle_answer(r);
	} else if (status >= 200 && status < 300) {
		r->err = SDC_LLM_FAIL;
		r->errmsg = sdc_xstrdup(pv ? "response is not JSON" :
		    "no network model");
	} else
		error_result(pv, status, doc, copy, len, r);
	json_object_put(doc);
	free(copy);
}

void
sdc_llm_result_free(struct sdc_llm_result *r)
{
	free(r->text);
	free(r->errmsg);
	free(r->finish);
	r->text = r->errmsg = r->finish = NULL;
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
	r->in_tokens = sdc_llm_int(doc, "input_tokens");
	r->out_tokens = sdc_llm_int(doc, "output_tokens");
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

/* Each call is one line appended under the file's lock (state.h), so
 * parallel sdc-llm and sdc-link runs share one log, line by line. */
static int log_fd = -1;

void
sdc_llm_log_open(const char *path)
{
	sdc_llm_log_close();
	if (path && (log_fd = open(path, O_RDWR | O_APPEND | O_CREAT |
	    O_CLOEXEC, 0666)) < 0)
		sdc_warn("call log %s", path);
}

void
sdc_llm_log_close(void)
{
	if (log_fd >= 0)
		close(log_fd);
	log_fd = -1;
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
	struct sdc_buf line = SDC_BUF_INIT;
	size_t len;
	const char *s;

	if (log_fd < 0)
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
	sdc_buf_add(&line, s, len);
	sdc_buf_addc(&line, '\n');
	if (sdc_state_append_fd(log_fd, line.p, line.len) < 0)
		sdc_warn("call log");
	sdc_buf_free(&line);
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

/* A server's wait in ms as a long: NaN or negative is no advice (-1);
 * anything past a day is a day, which is over any max_wait (1e300 does
 * not fit a long, and converting it is undefined). */
static long
wait_ms(double ms)
{
	if (!(ms >= 0))
		return -1;
	return ms > 86400000.0 ? 86400000L : (long)ms;
}

/* The http layer asks before retrying an error status.  Quota and other
 * errors that will not clear fail at once; a retryable one waits what
 * the server asked (retry-after-ms, then Retry-After through the default
 * policy, then Gemini RetryInfo or "try again in") or backs off. */
static long
retry_hook(const struct sdc_http_request *rq,
    const struct sdc_http_response *resp, void *arg)
{
	static const struct sdc_llm_model any = { .kind = SDC_LLM_OPENAI };
	const struct sdc_llm_call *c = rq->user;
	struct sdc_llm_result r;
	char v[64];
	long ms = -1;

	(void)arg;
	memset(&r, 0, sizeof(r));
	sdc_llm_parse(c ? c->m : &any, resp->status, resp->body.p, resp->body.len, &r);
	sdc_llm_result_free(&r);
	if (r.err != SDC_LLM_RETRY)
		return SDC_HTTP_HOOK_FAIL;
	if (sdc_http_header(resp, "retry-after-ms", v, sizeof(v)))
		ms = wait_ms(strtod(v, NULL));
	else if (sdc_http_header(resp, "Retry-After", v, sizeof(v)))
		return SDC_HTTP_HOOK_DEFAULT;
	else if (r.retry_after >= 0)
		ms = wait_ms(r.retry_after * 1000 + 0.5);
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

static void call_done(struct sdc_http_request *rq, void *arg);

static void
call_send(struct sdc_llm_call *c, const char *body)
{
	memset(&c->rq, 0, sizeof(c->rq));
	c->rq.method = "POST";
	c->rq.url = c->m->url;
	c->rq.headers = (const char *const *)c->hdr;
	c->rq.body = body;
	c->rq.body_len = strlen(body);
	c->rq.user = c;
	c->rq.ca_file = c->m->ca_file;
	sdc_http_submit(c->h, &c->rq, call_done, c);
}

/* A cut-off answer whose cause is the budget is asked again once, with
 * four times the limit (thinking models spend it before answering); the
 * first attempt is logged as its own call. */
static int
grow_budget(struct sdc_llm_call *c)
{
	int limit = c->limit * 4;

	if (c->res.err != SDC_LLM_CUTOFF || c->grown || c->limit <= 0 ||
	    c->limit >= c->m->max_tokens_cap)
		return 0;
	if (limit > c->m->max_tokens_cap)
		limit = c->m->max_tokens_cap;
	sdc_llm_log_call(c->m, c->task, c->session_id, &c->res);
	if (sdc_verbose)
		sdc_note("%s %s: %s; again with %d tokens", c->task,
		    c->session_id ? c->session_id : "-", c->res.errmsg, limit);
	sdc_llm_result_free(&c->res);
	memset(&c->res, 0, sizeof(c->res));
	c->limit = limit;
	c->grown = sdc_llm_body_limit(c->m, &c->req, limit);
	call_send(c, c->grown);
	return 1;
}

/* The transport's verdict over the body's: a network failure, a body
 * too big, retries given up. */
static void
transport_result(struct sdc_llm_result *r, const struct sdc_http_response *resp)
{
	struct sdc_buf b = SDC_BUF_INIT;

	/* No HTTP answer at all (a timeout, a reset): the http layer's text
	 * says what happened, "HTTP 0" would not. */
	if (resp->result == SDC_HTTP_ENET || resp->result == SDC_HTTP_ETOOBIG ||
	    (resp->result != SDC_HTTP_OK && (!r->errmsg || resp->status == 0))) {
		r->err = resp->result == SDC_HTTP_ENET ? SDC_LLM_NET :
		    resp->result == SDC_HTTP_ERETRY ? SDC_LLM_RETRY : SDC_LLM_FAIL;
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
}

static void
call_done(struct sdc_http_request *rq, void *arg)
{
	struct sdc_llm_call *c = arg;
	struct sdc_http_response *resp = &rq->resp;
	struct sdc_llm_result *r = &c->res;

	sdc_llm_parse(c->m, resp->status, resp->body.p, resp->body.len, r);
	r->retries = resp->attempts > 0 ? resp->attempts - 1 : 0;
	r->latency_ms = (double)resp->elapsed_ms;
	transport_result(r, resp);
	sdc_http_request_clear(rq);
	if (grow_budget(c))
		return;
	/* Cached under the first body: the next run asks the same. */
	if (r->err == SDC_LLM_OK && !c->check_first)
		sdc_llm_cache_put(c->m, c->body, r);
	call_finish(c);
}

void
sdc_llm_call_start(struct sdc_http_client *h, struct sdc_llm_call *c,
    const struct sdc_llm_request *rq)
{
	memset(&c->res, 0, sizeof(c->res));
	c->res.retry_after = -1;
	c->req = *rq;
	c->h = h;
	c->grown = NULL;
	c->limit = sdc_llm_limit(c->m, rq);
	c->body = sdc_llm_body_limit(c->m, rq, c->limit);
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
	call_send(c, c->body);
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
	free(c->grown);
	c->body = c->grown = NULL;
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
