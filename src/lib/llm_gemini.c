/* llm_gemini - Gemini's native generateContent (llm.h). */
#include "llm.h"
#include "diag.h"
#include "jsonl.h"

#include <string.h>

static void
gemini_url(const struct sdc_llm_model *m, struct sdc_buf *b)
{
	sdc_buf_printf(b, "/models/%s:generateContent", m->model);
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
generation_config(const struct sdc_llm_model *m,
    const struct sdc_llm_request *rq, int limit)
{
	json_object *gc = json_object_new_object(), *tc, *schema;

	if (limit > 0)
		json_object_object_add(gc, "maxOutputTokens",
		    json_object_new_int(limit));
	if (m->has_temperature)
		json_object_object_add(gc, "temperature",
		    json_object_new_double(m->temperature));
	if (sdc_llm_wants_json(m, rq)) {
		json_object_object_add(gc, "responseMimeType",
		    json_object_new_string("application/json"));
		if ((schema = sdc_llm_schema(m, rq)))
			json_object_object_add(gc, "responseJsonSchema",
			    schema);
	}
	/* maxOutputTokens counts the thoughts too (usageMetadata
	 * thoughtsTokenCount): a budget keeps room for the answer. */
	if (m->thinking_budget >= 0) {
		tc = json_object_new_object();
		json_object_object_add(tc, "thinkingBudget",
		    json_object_new_int(m->thinking_budget));
		json_object_object_add(gc, "thinkingConfig", tc);
	}
	return gc;
}

static json_object *
gemini_body(const struct sdc_llm_model *m, const struct sdc_llm_request *rq,
    int limit)
{
	json_object *b = json_object_new_object();
	json_object *contents = json_object_new_array(), *user;

	/* systemInstruction is a Content without a role. */
	if (rq->system)
		json_object_object_add(b, "systemInstruction",
		    text_parts(rq->system));
	user = text_parts(rq->user);
	json_object_object_add(user, "role", json_object_new_string("user"));
	json_object_array_add(contents, user);
	json_object_object_add(b, "contents", contents);
	json_object_object_add(b, "generationConfig",
	    generation_config(m, rq, limit));
	return b;
}

/* The key goes in a header, never in the URL (logs). */
static int
gemini_auth(const struct sdc_llm_model *m, char **hdr)
{
	return sdc_llm_key_header(m, "x-goog-api-key: %s", hdr);
}

/* FinishReason: STOP is an answer, MAX_TOKENS a cut-off one; SAFETY,
 * RECITATION, BLOCKLIST, PROHIBITED_CONTENT, SPII, LANGUAGE, OTHER, ...
 * are not answers, whatever partial text came with them. */
static enum sdc_llm_fin
gemini_fin(const char *reason)
{
	static const char *const ok[] = { "STOP", "FINISH_REASON_UNSPECIFIED",
	    NULL };

	return sdc_llm_fin_of(reason, ok, "MAX_TOKENS");
}

/* The text parts, without thoughts ("thought": true). */
static char *
answer_text(json_object *cand)
{
	json_object *parts = sdc_json_path(cand, "content.parts"), *part, *th;
	struct sdc_buf b = SDC_BUF_INIT;
	const char *t;
	size_t i;

	for (i = 0; (part = sdc_llm_elem(parts, i)); i++) {
		th = sdc_json_get(part, "thought");
		if (th && json_object_get_boolean(th))
			continue;
		if ((t = sdc_json_str(part, "text")))
			sdc_buf_adds(&b, t);
	}
	return b.len ? sdc_buf_take(&b) : (sdc_buf_free(&b), NULL);
}

static void
gemini_answer(json_object *doc, struct sdc_llm_result *r)
{
	json_object *cand = sdc_llm_elem(sdc_json_get(doc, "candidates"), 0);
	json_object *usage = sdc_json_get(doc, "usageMetadata");
	const char *block = sdc_json_str(sdc_json_get(doc, "promptFeedback"),
	    "blockReason");
	struct sdc_buf b = SDC_BUF_INIT;
	long thoughts;

	r->in_tokens = sdc_llm_int(usage, "promptTokenCount");
	r->out_tokens = sdc_llm_int(usage, "candidatesTokenCount");
	thoughts = sdc_llm_int(usage, "thoughtsTokenCount");
	if (thoughts > 0)
		r->out_tokens = (r->out_tokens > 0 ? r->out_tokens : 0) + thoughts;
	if (!cand) {
		sdc_llm_finish(r, block, SDC_FIN_BLOCKED);
		sdc_buf_printf(&b, block ? "prompt blocked: %s" :
		    "response has no candidates", block);
		free(r->errmsg);
		r->errmsg = sdc_buf_take(&b);
		return;
	}
	r->text = answer_text(cand);
	sdc_llm_finish(r, sdc_json_str(cand, "finishReason"),
	    gemini_fin(sdc_json_str(cand, "finishReason")));
}

/* An invalid key is a 400 INVALID_ARGUMENT with reason API_KEY_INVALID. */
static enum sdc_llm_err
gemini_classify(long status, const struct sdc_llm_errinfo *e,
    const char *body)
{
	if (strstr(body, "API_KEY_INVALID"))
		return SDC_LLM_AUTH;
	return sdc_llm_classify(status, e, body);
}

const struct sdc_llm_provider sdc_llm_gemini = {
	"gemini", "https://generativelanguage.googleapis.com/v1beta",
	"GEMINI_API_KEY", NULL, NULL, SDC_LLM_SCHEMA, gemini_url, gemini_body,
	gemini_auth, gemini_answer, gemini_classify, NULL
};
