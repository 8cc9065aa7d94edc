/* llm_openai - the OpenAI Chat Completions wire format (OpenAI, Ollama
 * /v1, LM Studio, llama.cpp, vLLM), and Azure OpenAI, which speaks it to
 * a deployment URL with its own key header (llm.h). */
#include "llm.h"
#include "diag.h"
#include "jsonl.h"

#include <string.h>

static void
openai_url(const struct sdc_llm_model *m, struct sdc_buf *b)
{
	(void)m;
	sdc_buf_adds(b, "/chat/completions");
}

static void
response_format(const struct sdc_llm_model *m,
    const struct sdc_llm_request *rq, json_object *b)
{
	json_object *fmt = json_object_new_object(), *js, *schema;

	if ((schema = sdc_llm_schema(m, rq))) {
		js = json_object_new_object();
		json_object_object_add(js, "name", json_object_new_string(
		    rq->schema_name ? rq->schema_name : "answer"));
		json_object_object_add(js, "strict", json_object_new_boolean(1));
		json_object_object_add(js, "schema", schema);
		json_object_object_add(fmt, "type",
		    json_object_new_string("json_schema"));
		json_object_object_add(fmt, "json_schema", js);
	} else
		json_object_object_add(fmt, "type",
		    json_object_new_string("json_object"));
	json_object_object_add(b, "response_format", fmt);
}

static json_object *
openai_body(const struct sdc_llm_model *m, const struct sdc_llm_request *rq,
    int limit)
{
	json_object *b = json_object_new_object();
	json_object *msgs = json_object_new_array();

	json_object_object_add(b, "model", json_object_new_string(m->model));
	if (rq->system)
		json_object_array_add(msgs, sdc_llm_message("system",
		    rq->system));
	json_object_array_add(msgs, sdc_llm_message("user", rq->user));
	json_object_object_add(b, "messages", msgs);
	json_object_object_add(b, "stream", json_object_new_boolean(0));
	if (limit > 0)
		json_object_object_add(b, m->max_tokens_field ?
		    m->max_tokens_field : "max_tokens",
		    json_object_new_int(limit));
	if (m->has_temperature)
		json_object_object_add(b, "temperature",
		    json_object_new_double(m->temperature));
	if (m->reasoning_effort)
		json_object_object_add(b, "reasoning_effort",
		    json_object_new_string(m->reasoning_effort));
	/* Ollama's switch for thinking models (qwen3, deepseek-r1). */
	if (m->think >= 0)
		json_object_object_add(b, "think",
		    json_object_new_boolean(m->think));
	if (sdc_llm_wants_json(m, rq))
		response_format(m, rq, b);
	return b;
}

static int
openai_auth(const struct sdc_llm_model *m, char **hdr)
{
	return sdc_llm_key_header(m, "Authorization: Bearer %s", hdr);
}

/* finish_reason: stop | length | tool_calls | content_filter |
 * function_call (openapi.json CreateChatCompletionResponse). */
static enum sdc_llm_fin
openai_fin(const char *reason, const char *refusal)
{
	if (refusal || (reason && strcmp(reason, "content_filter") == 0))
		return SDC_FIN_BLOCKED;
	if (reason && strcmp(reason, "length") == 0)
		return SDC_FIN_CUTOFF;
	return SDC_FIN_OK;
}

static void
openai_answer(json_object *doc, struct sdc_llm_result *r)
{
	json_object *choice = sdc_llm_elem(sdc_json_get(doc, "choices"), 0);
	json_object *msg = sdc_json_get(choice, "message");
	json_object *usage = sdc_json_get(doc, "usage");
	const char *text = sdc_json_str(msg, "content");
	const char *refusal = sdc_json_str(msg, "refusal");
	const char *reason = sdc_json_str(choice, "finish_reason");

	r->in_tokens = sdc_llm_int(usage, "prompt_tokens");
	r->out_tokens = sdc_llm_int(usage, "completion_tokens");
	if (!choice) {
		r->err = SDC_LLM_FAIL;
		r->errmsg = sdc_xstrdup("response has no choices");
		return;
	}
	if (text)
		r->text = sdc_xstrdup(text);
	sdc_llm_finish(r, refusal ? refusal : reason,
	    openai_fin(reason, refusal));
	if (!r->err && !text) {
		r->err = SDC_LLM_FAIL;
		r->errmsg = sdc_xstrdup("response has no message content");
	}
}

const struct sdc_llm_provider sdc_llm_openai = {
	"openai", "https://api.openai.com/v1", "OPENAI_API_KEY", NULL,
	"max_completion_tokens", SDC_LLM_SCHEMA, openai_url, openai_body,
	openai_auth, openai_answer, sdc_llm_classify, NULL
};

/* ---- Azure OpenAI: {endpoint}/openai/deployments/{deployment}/chat/
 * completions?api-version=V, key in "api-key"; the deployment names the
 * model, so the body has none, and like the documented examples it
 * leaves "stream" at its default.  The GA api-version 2024-10-21
 * (inference.json) has max_tokens and max_completion_tokens (which
 * o-series deployments need: limit_field) but no reasoning_effort: that
 * needs a newer api_version. */

static void
azure_url(const struct sdc_llm_model *m, struct sdc_buf *b)
{
	sdc_buf_printf(b, "/openai/deployments/%s/chat/completions"
	    "?api-version=%s", m->model, m->api_version);
}

static json_object *
azure_body(const struct sdc_llm_model *m, const struct sdc_llm_request *rq,
    int limit)
{
	json_object *b = openai_body(m, rq, limit);

	json_object_object_del(b, "model");
	json_object_object_del(b, "stream");
	return b;
}

static int
azure_auth(const struct sdc_llm_model *m, char **hdr)
{
	return sdc_llm_key_header(m, "api-key: %s", hdr);
}

const struct sdc_llm_provider sdc_llm_azure = {
	"azure", NULL, "AZURE_OPENAI_API_KEY", "2024-10-21", "max_tokens",
	SDC_LLM_SCHEMA, azure_url, azure_body,
	azure_auth, openai_answer, sdc_llm_classify, "2024-10-21"
};
