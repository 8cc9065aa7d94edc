/* llm - layer 3 (services): chat completions from any provider, through one
 * module.
 *
 * Kinds of model: "openai" (any OpenAI-compatible chat/completions server:
 * OpenAI, Ollama, LM Studio, llama.cpp, vLLM), "azure" (Azure OpenAI
 * deployments), "gemini" (native generateContent), "anthropic" (Messages
 * API) and "extractive" (offline, extractive.h).  What differs between
 * them is one entry of the provider table (at the end, one file each:
 * llm_openai.c with Azure, llm_gemini.c, llm_anthropic.c); nothing else
 * asks which kind a model is.  A model is named "PROVIDER:MODEL"; a
 * capability name (lightweight, general, complex) is looked up in the
 * config.  Requests are
 * built, responses and every error shape parsed here; the network is
 * http.h's.  A one-shot caller (sdc-link) needs only:
 *
 *	struct sdc_llm_model m;
 *	struct sdc_llm_result r;
 *	if (sdc_llm_model_resolve("lightweight", &m, why, sizeof why) < 0) ...
 *	sdc_llm_ask(&m, &(struct sdc_llm_request){ sys, user, 16, 0, NULL,
 *	    NULL },
 *	    "link", session_id, &r);
 *	... r.text, or r.err and r.errmsg ...
 *	sdc_llm_result_free(&r); sdc_llm_model_free(&m);
 *
 * An extractive model has no network: sdc_llm_ask() then fails with
 * SDC_LLM_FAIL, and the caller uses extractive.h itself.  Calls use the
 * response cache and call log opened with sdc_llm_cache_open() and
 * sdc_llm_log_open(), when they were. */
#ifndef SDC_LLM_H
#define SDC_LLM_H

#include <stdio.h>
#include <stddef.h>
#include <json-c/json.h>
#include "buf.h"
#include "http.h"

/* Also the index of the provider table (llm.c). */
enum sdc_llm_kind { SDC_LLM_EXTRACTIVE, SDC_LLM_OPENAI, SDC_LLM_GEMINI,
	SDC_LLM_ANTHROPIC, SDC_LLM_AZURE, SDC_LLM_NKINDS };

/* How a JSON answer is asked for: the best the server supports. */
enum sdc_llm_structured {
	SDC_LLM_PLAIN = 0,	/* ask in the prompt only */
	SDC_LLM_JSON,		/* JSON mode (json_object, application/json) */
	SDC_LLM_SCHEMA		/* JSON constrained by a schema */
};

struct sdc_llm_model {
	enum sdc_llm_kind kind;
	char *name;		/* "provider:model", or "extractive" */
	char *provider;		/* config key of the provider */
	char *model;		/* model id sent to the server */
	char *url;		/* full endpoint */
	char *key;		/* secret (NULL: none); never printed */
	char *max_tokens_field;	/* openai: max_tokens | max_completion_tokens */
	char *api_version;	/* azure: api-version; anthropic: header */
	char *ca_file;		/* extra CA bundle for this provider */
	enum sdc_llm_structured structured;
	/* Reasoning models think before they answer, and the thinking counts
	 * against the token limit: the limit sent is at least min_tokens, and
	 * an answer cut off by the limit is asked again once with the limit
	 * times four, up to max_tokens_cap. */
	int reasoning;		/* the model thinks (configured or guessed) */
	char *reasoning_effort;	/* openai/azure reasoning_effort; NULL */
	int thinking_budget;	/* gemini thinkingBudget, anthropic
				   budget_tokens; -1 = not sent */
	int think;		/* ollama "think": 0/1, -1 = not sent */
	int min_tokens, max_tokens_cap;
	int has_temperature;	/* send temperature only when configured */
	double temperature;
	long max_input_chars;	/* longer prompts are cut or map-reduced */
	double price_in, price_out;	/* USD per million tokens */
	double rpm;		/* requests per minute cap of the provider, 0 = none */
	long timeout;		/* seconds for the whole request */
};

struct sdc_llm_request {
	const char *system;	/* may be NULL */
	const char *user;
	int max_tokens;		/* 0 = do not send a limit */
	int json;		/* want one JSON object back */
	const char *schema_name;	/* with schema: constrain the answer */
	json_object *schema;	/* JSON Schema of the answer, or NULL */
};

enum sdc_llm_err {
	SDC_LLM_OK = 0,
	SDC_LLM_RETRY,		/* transient: 408/409/429/5xx/529, network */
	SDC_LLM_FAIL,		/* this request will not succeed as sent */
	SDC_LLM_QUOTA,		/* quota or spend limit: stop the run */
	SDC_LLM_NET,		/* server unreachable: stop the run */
	SDC_LLM_CUTOFF,		/* the answer hit the token limit */
	SDC_LLM_AUTH		/* the key was refused: stop the run */
};

struct sdc_llm_result {
	char *text;		/* the answer (malloc'd), NULL on error */
	long in_tokens, out_tokens;	/* as the provider reported; -1 = not */
	long status;		/* HTTP status, 0 = none (cache, offline) */
	int cached;
	int retries;
	double latency_ms;
	enum sdc_llm_err err;
	char *errmsg;		/* "HTTP 429 insufficient_quota: ..." */
	char *finish;		/* the provider's stop reason, or NULL */
	double retry_after;	/* seconds the body asks to wait, -1 = none */
};

/* Resolve spec ("provider:model", a capability, or "extractive") against
 * the loaded config.  -1 with why when the provider is unknown. */
int sdc_llm_model_resolve(const char *spec, struct sdc_llm_model *m,
    char *why, size_t n);
void sdc_llm_model_free(struct sdc_llm_model *m);

/* The token limit sent for rq: the task's, raised to the model's
 * min_tokens (thinking counts against it); 0 = none. */
int sdc_llm_limit(const struct sdc_llm_model *m,
    const struct sdc_llm_request *rq);
/* The request body with that limit (limit < 0: sdc_llm_limit()): compact
 * JSON, malloc'd. */
char *sdc_llm_body_limit(const struct sdc_llm_model *m,
    const struct sdc_llm_request *rq, int limit);
char *sdc_llm_body(const struct sdc_llm_model *m,
    const struct sdc_llm_request *rq);
/* "Name: value" header lines into hdr[], NULL-terminated; the caller
 * frees each.  The secret goes in the one header the provider wants. */
void sdc_llm_headers(const struct sdc_llm_model *m, char *hdr[4]);

/* Parse a response: on 2xx the answer text and usage; otherwise (or
 * when the body holds no answer) err, errmsg and retry_after.  An answer
 * is only what follows a leading <think>...</think>; an answer cut off
 * by the token limit is SDC_LLM_CUTOFF, a blocked or empty one
 * SDC_LLM_FAIL, both with the provider's reason in errmsg and finish. */
void sdc_llm_parse(const struct sdc_llm_model *m, long status,
    const char *body, size_t len, struct sdc_llm_result *r);
void sdc_llm_result_free(struct sdc_llm_result *r);

/* Response cache: DIR/xx/<sha256>.json, keyed by model name + body. */
void sdc_llm_cache_open(const char *dir);
int sdc_llm_cache_get(const struct sdc_llm_model *m, const char *body,
    struct sdc_llm_result *r);
void sdc_llm_cache_put(const struct sdc_llm_model *m, const char *body,
    const struct sdc_llm_result *r);

/* Call log: one NDJSON line per call appended to path (never the key). */
void sdc_llm_log_open(const char *path);
void sdc_llm_log_call(const struct sdc_llm_model *m, const char *task,
    const char *session_id, const struct sdc_llm_result *r);
void sdc_llm_log_close(void);

/* One request in flight.  sdc_llm_call_start() answers from the cache
 * (done is called at once) or queues the request on h; done runs from
 * inside sdc_http_run() with c->res filled, after the cache and the call
 * log were updated.  task and session_id are for the log only. */
struct sdc_llm_call {
	const struct sdc_llm_model *m;
	const char *task, *session_id;
	char *body;		/* as first sent: the cache key */
	int check_first;	/* the caller checks the answer, then calls
				   sdc_llm_cache_put(m, body, &res) itself,
				   so the cache holds valid answers only */
	char *hdr[4];
	/* private: a cut-off answer is asked again once with a larger
	 * limit (the caller's request strings stay valid until done) */
	struct sdc_llm_request req;
	struct sdc_http_client *h;
	char *grown;		/* the body with the larger limit */
	int limit;
	struct sdc_http_request rq;
	struct sdc_llm_result res;
	void (*done)(struct sdc_llm_call *c, void *arg);
	void *arg;
};
void sdc_llm_call_start(struct sdc_http_client *h, struct sdc_llm_call *c,
    const struct sdc_llm_request *rq);
void sdc_llm_call_clear(struct sdc_llm_call *c);

/* An http client for models m[0..n): rpm cap the smallest configured,
 * the retry hook that reads every provider's retry hints and refuses to
 * retry quota errors (llm.max_retries, llm.backoff_ms, llm.max_wait_ms). */
struct sdc_http_client *sdc_llm_client(const struct sdc_llm_model *const *m,
    int n);

/* Blocking one-shot call through the cache and the log. */
enum sdc_llm_err sdc_llm_ask(const struct sdc_llm_model *m,
    const struct sdc_llm_request *rq, const char *task,
    const char *session_id, struct sdc_llm_result *r);

/* Estimated cost in USD of in/out tokens at the model's prices. */
double sdc_llm_cost(const struct sdc_llm_model *m, long in, long out);

/* ---- the provider table (llm.c and the llm_*.c provider files) ----
 *
 * A provider is one entry: its config type, defaults, and the functions
 * that differ between wire formats: where to send (url), what to send
 * (body), how to prove who we are (auth), what came back (answer) and
 * which errors are fatal (classify).  Everything else (limits, retries,
 * <think> stripping, the cache, the log) is llm.c's, once for all. */

/* What an error body said (llm.c reads every shape of §A4). */
struct sdc_llm_errinfo {
	const char *message, *type, *code, *status;
	json_object *err;	/* the error object, for details */
};

/* How an answer ended, as the provider said it. */
enum sdc_llm_fin { SDC_FIN_OK, SDC_FIN_CUTOFF, SDC_FIN_BLOCKED };

struct sdc_llm_provider {
	const char *type;		/* "type" in llm.providers */
	const char *base_url, *key_env, *api_version;	/* defaults */
	const char *limit_field;	/* default token-limit field, or NULL */
	enum sdc_llm_structured structured;	/* best it supports */
	void (*url)(const struct sdc_llm_model *m, struct sdc_buf *base);
	json_object *(*body)(const struct sdc_llm_model *m,
	    const struct sdc_llm_request *rq, int limit);
	/* Header lines with the secret (and version); returns how many. */
	int (*auth)(const struct sdc_llm_model *m, char **hdr);
	/* A 2xx document: r->text, usage, and sdc_llm_finish(). */
	void (*answer)(json_object *doc, struct sdc_llm_result *r);
	/* An error status: SDC_LLM_RETRY, _FAIL, _QUOTA or _AUTH. */
	enum sdc_llm_err (*classify)(long status,
	    const struct sdc_llm_errinfo *e, const char *body);
	/* The newest api_version without reasoning_effort, NULL when every
	 * version has it: Azure refuses a parameter its version does not
	 * know, so sdc-llm never sends it there by default, and a configured
	 * one is a configuration error. */
	const char *effort_until;
};

const struct sdc_llm_provider *sdc_llm_provider(enum sdc_llm_kind kind);
/* The kind whose type is name; SDC_LLM_EXTRACTIVE when none. */
enum sdc_llm_kind sdc_llm_kind_named(const char *name);

/* The entries, one per file (llm_openai.c, llm_gemini.c, ...). */
extern const struct sdc_llm_provider sdc_llm_openai, sdc_llm_azure,
    sdc_llm_gemini, sdc_llm_anthropic;

/* ---- helpers the entries share (llm.c) ---- */

/* Record how the answer ended: reason (copied to r->finish) and class. */
void sdc_llm_finish(struct sdc_llm_result *r, const char *reason,
    enum sdc_llm_fin fin);
/* A stop reason: none or one of ok (NULL-terminated) is an answer,
 * cutoff a cut-off one, anything else none. */
enum sdc_llm_fin sdc_llm_fin_of(const char *reason, const char *const *ok,
    const char *cutoff);
/* The common error policy: quota, refused key, transient statuses. */
enum sdc_llm_err sdc_llm_classify(long status,
    const struct sdc_llm_errinfo *e, const char *body);
/* hdr[0] = the key in the header line fmt ("x-api-key: %s"); returns 1,
 * or 0 when the model has no key. */
int sdc_llm_key_header(const struct sdc_llm_model *m, const char *fmt,
    char **hdr);
/* {"role": role, "content": content} */
json_object *sdc_llm_message(const char *role, const char *content);
/* Element i of an array, NULL for anything else (json-c asserts). */
json_object *sdc_llm_elem(json_object *a, size_t i);
/* An integer member, -1 when absent or not an integer. */
long sdc_llm_int(json_object *obj, const char *key);
/* The JSON schema sent for rq (a copy with a reference), or NULL. */
json_object *sdc_llm_schema(const struct sdc_llm_model *m,
    const struct sdc_llm_request *rq);
/* Does the model want any JSON answer (mode or schema)? */
int sdc_llm_wants_json(const struct sdc_llm_model *m,
    const struct sdc_llm_request *rq);

#endif
