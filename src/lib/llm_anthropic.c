/* llm_anthropic - the Anthropic Messages API: POST {base}/messages with
 * x-api-key and anthropic-version; system is a top-level field and
 * max_tokens is required (llm.h). */
#include "llm.h"
#include "diag.h"
#include "jsonl.h"

#include <string.h>

/* Anthropic asks for a limit; this one when the task sets none. */
#define DEFAULT_LIMIT 1024
/* Extended thinking wants budget_tokens >= 1024, below max_tokens. */
#define MIN_BUDGET 1024

static void
anthropic_url(const struct sdc_llm_model *m, struct sdc_buf *b)
{
	(void)m;
	sdc_buf_adds(b, "/messages");
}

static json_object *
anthropic_body(const struct sdc_llm_model *m,
    const struct sdc_llm_request *rq, int limit)
{
	json_object *b = json_object_new_object();
	json_object *msgs = json_object_new_array(), *th;
	int budget = m->thinking_budget >= MIN_BUDGET ? m->thinking_budget : 0;

	if (limit <= 0)
		limit = DEFAULT_LIMIT;
	json_object_object_add(b, "model", json_object_new_string(m->model));
	json_object_object_add(b, "max_tokens", json_object_new_int(limit +
	    budget));
	if (rq->system)
		json_object_object_add(b, "system",
		    json_object_new_string(rq->system));
	json_object_array_add(msgs, sdc_llm_message("user", rq->user));
	json_object_object_add(b, "messages", msgs);
	if (m->has_temperature && !budget)
		json_object_object_add(b, "temperature",
		    json_object_new_double(m->temperature));
	if (budget) {
		th = json_object_new_object();
		json_object_object_add(th, "type",
		    json_object_new_string("enabled"));
		json_object_object_add(th, "budget_tokens",
		    json_object_new_int(budget));
		json_object_object_add(b, "thinking", th);
	}
	return b;
}

static int
anthropic_auth(const struct sdc_llm_model *m, char **hdr)
{
	struct sdc_buf b = SDC_BUF_INIT;
	int n = sdc_llm_key_header(m, "x-api-key: %s", hdr);

	sdc_buf_printf(&b, "anthropic-version: %s", m->api_version);
	hdr[n++] = sdc_buf_take(&b);
	return n;
}

/* stop_reason: end_turn | stop_sequence are answers; max_tokens is cut
 * off; refusal, tool_use, pause_turn and the rest are none. */
static enum sdc_llm_fin
anthropic_fin(const char *reason)
{
	static const char *const ok[] = { "end_turn", "stop_sequence", NULL };

	return sdc_llm_fin_of(reason, ok, "max_tokens");
}

/* The "text" blocks; thinking and redacted_thinking blocks are not the
 * answer. */
static void
anthropic_answer(json_object *doc, struct sdc_llm_result *r)
{
	json_object *content = sdc_json_get(doc, "content"), *blk;
	json_object *usage = sdc_json_get(doc, "usage");
	const char *reason = sdc_json_str(doc, "stop_reason"), *type, *t;
	struct sdc_buf b = SDC_BUF_INIT;
	size_t i;

	r->in_tokens = sdc_llm_int(usage, "input_tokens");
	r->out_tokens = sdc_llm_int(usage, "output_tokens");
	for (i = 0; (blk = sdc_llm_elem(content, i)); i++) {
		type = sdc_json_str(blk, "type");
		if (type && strcmp(type, "text") == 0 &&
		    (t = sdc_json_str(blk, "text")))
			sdc_buf_adds(&b, t);
	}
	r->text = b.len || content ? sdc_buf_take(&b) : NULL;
	sdc_llm_finish(r, reason, anthropic_fin(reason));
	if (!r->err && !content) {
		r->err = SDC_LLM_FAIL;
		r->errmsg = sdc_xstrdup("response has no content");
	}
}

const struct sdc_llm_provider sdc_llm_anthropic = {
	"anthropic", "https://api.anthropic.com/v1", "ANTHROPIC_API_KEY",
	"2023-06-01", NULL, SDC_LLM_PLAIN, anthropic_url, anthropic_body,
	anthropic_auth, anthropic_answer, sdc_llm_classify, NULL
};
