/* llm_provider - the provider table behind llm.c (private to it and to
 * the llm_*.c provider files).
 *
 * A provider is one entry: its config type, defaults, and the functions
 * that differ between wire formats: where to send (url), what to send
 * (body), how to prove who we are (auth), what came back (answer) and
 * which errors are fatal (classify).  Everything else (limits, retries,
 * <think> stripping, the cache, the log) is llm.c's, once for all. */
#ifndef SDC_LLM_PROVIDER_H
#define SDC_LLM_PROVIDER_H

#include "buf.h"
#include "diag.h"
#include "llm.h"

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
