/* llm - layer 3 (services): chat completions from any provider, through one
 * module.
 *
 * Kinds of model: "openai" (any OpenAI-compatible chat/completions server:
 * OpenAI, Ollama, LM Studio, llama.cpp, vLLM), "azure" (Azure OpenAI
 * deployments), "gemini" (native generateContent), "anthropic" (Messages
 * API) and "extractive" (offline, extractive.h).  What differs between
 * them is one entry of the provider table (llm_provider.h); nothing else
 * asks which kind a model is.  A model is named "PROVIDER:MODEL"; a
 * capability name
 * (lightweight, general, complex) is looked up in the config.  Requests are
 * built, responses and every error shape parsed here; the network is
 * http.h's.  A one-shot caller (sdc-link) needs only:
 *
 *	struct sdc_llm_model m;
 *	struct sdc_llm_result r;
 *	if (sdc_llm_model_resolve("lightweight", &m, why, sizeof why) < 0) ...
 *	sdc_llm_ask(&m, &(struct sdc_llm_request){ sys, user, 16, 0 },
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
#include "http.h"

/* Also the index of the provider table (llm_provider.c). */
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

#endif
