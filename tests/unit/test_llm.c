/* Unit tests of llm.c and extractive.c: request bodies per provider, the
 * answer and every error shape of the research note, retry hints, quota
 * classification, the cache, and the offline summariser. */
#include "check.h"
#include "config.h"
#include "answer.h"
#include "extractive.h"
#include "nearby.h"
#include "llm.h"

#include <stdlib.h>
#include <unistd.h>

static struct sdc_llm_model oa = { .kind = SDC_LLM_OPENAI, .name = "o:m",
	.model = "m", .max_tokens_field = "max_completion_tokens",
	.structured = SDC_LLM_JSON, .think = -1, .thinking_budget = -1 };
static struct sdc_llm_model gm = { .kind = SDC_LLM_GEMINI, .name = "g:m",
	.model = "m", .structured = SDC_LLM_JSON, .key = "KEY", .think = -1,
	.thinking_budget = -1 };

static struct sdc_llm_result
parse(struct sdc_llm_model *m, long status, const char *body)
{
	struct sdc_llm_result r = { 0 };

	sdc_llm_parse(m, status, body, strlen(body), &r);
	return r;
}

static void
error_shape(const char *descr, long status, const char *body,
    enum sdc_llm_err want, const char *msg)
{
	struct sdc_llm_result r = parse(&oa, status, body);

	CHECK_INT(descr, r.err, want);
	CHECK_STR(descr, r.errmsg, msg);
	sdc_llm_result_free(&r);
}

static void
bodies(void)
{
	struct sdc_llm_request rq = { "sys", "hi", 32, 1, NULL, NULL };
	char *b, *hdr[4];

	b = sdc_llm_body(&oa, &rq);
	CHECK_STR("openai body", b, "{\"model\":\"m\",\"messages\":[{\"role\":"
	    "\"system\",\"content\":\"sys\"},{\"role\":\"user\",\"content\":"
	    "\"hi\"}],\"stream\":false,\"max_completion_tokens\":32,"
	    "\"response_format\":{\"type\":\"json_object\"}}");
	free(b);
	gm.has_temperature = 1;
	gm.temperature = 0.5;
	b = sdc_llm_body(&gm, &rq);
	CHECK_STR("gemini body", b, "{\"systemInstruction\":{\"parts\":[{\"text\":"
	    "\"sys\"}]},\"contents\":[{\"parts\":[{\"text\":\"hi\"}],\"role\":"
	    "\"user\"}],\"generationConfig\":{\"maxOutputTokens\":32,"
	    "\"temperature\":0.5,\"responseMimeType\":\"application/json\"}}");
	free(b);
	sdc_llm_headers(&gm, hdr);
	CHECK_STR("gemini key header", hdr[1], "x-goog-api-key: KEY");
	CHECK("two headers", hdr[2] == NULL);
	free(hdr[0]);
	free(hdr[1]);
	sdc_llm_headers(&oa, hdr);
	CHECK("no key, no auth header", hdr[1] == NULL);
	free(hdr[0]);
}

static void
answers(void)
{
	struct sdc_llm_result r;

	r = parse(&oa, 200, "{\"choices\":[{\"message\":{\"content\":\"Hi\"}}],"
	    "\"usage\":{\"prompt_tokens\":13,\"completion_tokens\":5}}");
	CHECK_STR("openai text", r.text, "Hi");
	CHECK("openai usage", r.in_tokens == 13 && r.out_tokens == 5);
	sdc_llm_result_free(&r);
	r = parse(&oa, 200, "{\"choices\":[{\"message\":{\"content\":null,"
	    "\"refusal\":\"no\"}}]}");
	CHECK("null content fails", r.err == SDC_LLM_FAIL && !r.text);
	CHECK_STR("refusal said", r.errmsg, "no answer (no)");
	sdc_llm_result_free(&r);
	r = parse(&oa, 200, "{\"choices\":7}");
	CHECK_STR("choices not an array", r.errmsg, "response has no choices");
	sdc_llm_result_free(&r);
	r = parse(&gm, 200, "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":"
	    "\"hmm\",\"thought\":true},{\"text\":\"Sco\"},{\"text\":\"op\"}]}}],"
	    "\"usageMetadata\":{\"promptTokenCount\":11,\"candidatesTokenCount\":2,"
	    "\"thoughtsTokenCount\":291}}");
	CHECK_STR("gemini text without thoughts", r.text, "Scoop");
	CHECK("gemini usage counts thoughts", r.in_tokens == 11 &&
	    r.out_tokens == 293);
	sdc_llm_result_free(&r);
	r = parse(&gm, 200, "{\"promptFeedback\":{\"blockReason\":\"SAFETY\"}}");
	CHECK_STR("gemini blocked", r.errmsg, "prompt blocked: SAFETY");
	sdc_llm_result_free(&r);
	r = parse(&oa, 200, "{\"choices\":[");
	CHECK_STR("malformed 200", r.errmsg, "response is not JSON");
	sdc_llm_result_free(&r);
}

static void
errors(void)
{
	struct sdc_llm_result r;

	error_shape("openai object", 400, "{\"error\":{\"message\":\"bad\","
	    "\"type\":\"invalid_request_error\",\"param\":null,\"code\":"
	    "\"unsupported_parameter\"}}", SDC_LLM_FAIL,
	    "HTTP 400 unsupported_parameter: bad");
	error_shape("int code", 400, "{\"error\":{\"code\":400,\"message\":\"m\","
	    "\"type\":\"exceed_context_size_error\"}}", SDC_LLM_FAIL,
	    "HTTP 400 exceed_context_size_error: m");
	error_shape("array", 400, "[{\"error\":{\"code\":400,\"message\":\"u\","
	    "\"status\":\"INVALID_ARGUMENT\"}}]", SDC_LLM_FAIL,
	    "HTTP 400 INVALID_ARGUMENT: u");
	error_shape("errors[0]", 400, "{\"errors\":[{\"code\":\"c\","
	    "\"message\":\"e\"}]}", SDC_LLM_FAIL, "HTTP 400 c: e");
	error_shape("detail", 404, "{\"detail\":\"Not Found\"}", SDC_LLM_FAIL,
	    "HTTP 404: Not Found");
	error_shape("string", 404, "{\"error\":\"gone\"}", SDC_LLM_FAIL,
	    "HTTP 404: gone");
	error_shape("flat", 400, "{\"object\":\"error\",\"message\":\"f\","
	    "\"type\":\"BadRequestError\",\"code\":400}", SDC_LLM_FAIL,
	    "HTTP 400 BadRequestError: f");
	error_shape("anthropic", 529, "{\"type\":\"error\",\"error\":{\"type\":"
	    "\"overloaded_error\",\"message\":\"Overloaded\"}}", SDC_LLM_RETRY,
	    "HTTP 529 overloaded_error: Overloaded");
	error_shape("html", 502, "<html><title>502 Bad Gateway</title></html>",
	    SDC_LLM_RETRY, "HTTP 502: 502 Bad Gateway");
	error_shape("insufficient_quota by type", 429, "{\"error\":{\"message\":"
	    "\"q\",\"type\":\"insufficient_quota\",\"code\":null}}",
	    SDC_LLM_QUOTA, "HTTP 429 insufficient_quota: q");
	error_shape("rate limit retried", 429, "{\"error\":{\"message\":\"r\","
	    "\"code\":\"rate_limit_exceeded\"}}", SDC_LLM_RETRY,
	    "HTTP 429 rate_limit_exceeded: r");
	error_shape("gemini per day", 429, "{\"error\":{\"code\":429,\"message\":"
	    "\"d\",\"status\":\"RESOURCE_EXHAUSTED\",\"details\":[{\"violations\":"
	    "[{\"quotaId\":\"GenerateRequestsPerDayPerProject\"}]}]}}",
	    SDC_LLM_QUOTA, "HTTP 429 RESOURCE_EXHAUSTED: d");
	r = parse(&oa, 429, "{\"error\":{\"code\":429,\"message\":\"x\",\"status\":"
	    "\"RESOURCE_EXHAUSTED\",\"details\":[{\"@type\":\"type.googleapis.com/"
	    "google.rpc.RetryInfo\",\"retryDelay\":\"22.5s\"}]}}");
	CHECK("RetryInfo delay", r.err == SDC_LLM_RETRY && r.retry_after == 22.5);
	sdc_llm_result_free(&r);
	r = parse(&oa, 429, "{\"error\":{\"message\":\"Please try again in "
	    "644ms.\"}}");
	CHECK("try again in ms", r.retry_after > 0.643 && r.retry_after < 0.645);
	sdc_llm_result_free(&r);
	r = parse(&oa, 429, "{\"error\":{\"message\":\"Please retry in "
	    "38.96s.\"}}");
	CHECK("retry in s", r.retry_after > 38.9 && r.retry_after < 39);
	sdc_llm_result_free(&r);
}

static void
cache(void)
{
	char dir[] = "/tmp/test_llm.XXXXXX";
	struct sdc_llm_result put = { .text = "cached answer", .in_tokens = 3,
		.out_tokens = 4 }, got;

	CHECK("temp dir", mkdtemp(dir) != NULL);
	sdc_llm_cache_open(dir);
	CHECK("miss", sdc_llm_cache_get(&oa, "{}", &got) == 0);
	sdc_llm_cache_put(&oa, "{}", &put);
	CHECK("hit", sdc_llm_cache_get(&oa, "{}", &got) == 1);
	CHECK_STR("cached text", got.text, "cached answer");
	CHECK("cached usage", got.cached && got.in_tokens == 3 &&
	    got.out_tokens == 4);
	sdc_llm_result_free(&got);
	CHECK("other model misses", sdc_llm_cache_get(&gm, "{}", &got) == 0);
	CHECK("other body misses", sdc_llm_cache_get(&oa, "{ }", &got) == 0);
	sdc_llm_cache_open(NULL);
	CHECK("cleanup", system("rm -rf /tmp/test_llm.*") == 0);
}

static void
extractive(void)
{
	json_object *s = json_tokener_parse("{\"insights\":{\"source_title\":"
	    "\"ScreenConnect Session for Ann\"},\"segments\":["
	    "{\"content\":\"Hi there.\"},"
	    "{\"content\":\"The VPN drops every hour. The router firewall "
	    "blocks the VPN port.\"},"
	    "{\"content\":\"Opened the VPN port on the firewall; VPN stable.\"}]}");
	json_object *cats = json_tokener_parse("[\"Hardware\",\"Network\","
	    "\"Other\"]");
	json_object *few = json_tokener_parse("[\"Hardware\",\"Misc\"]");
	char *t;

	t = sdc_extractive("category", s, cats);
	CHECK_STR("keyword rules", t, "Network");
	free(t);
	t = sdc_extractive("category", s, few);
	CHECK_STR("unlisted rule falls to the last", t, "Misc");
	free(t);
	t = sdc_extractive("title", s, cats);
	CHECK_STR("title: the best sentence", t, "Opened the VPN port on the "
	    "firewall; VPN stable");
	free(t);
	t = sdc_extractive("summary", s, cats);
	CHECK_STR("summary: best three in order", t, "The VPN drops every hour. "
	    "The router firewall blocks the VPN port. Opened the VPN port on "
	    "the firewall; VPN stable.");
	free(t);
	json_object_put(s);
	json_object_put(cats);
	json_object_put(few);
}

/* Resolution through a config file, and the one-shot call offline. */
static void
resolve(void)
{
	char path[] = "/tmp/test_llm_cfg.XXXXXX", why[200];
	int fd = mkstemp(path);
	const char *cfg = "{\"llm\": {\"providers\": {\"loc\": {\"type\": "
	    "\"openai\", \"base_url\": \"http://127.0.0.1:9/v1/\", "
	    "\"limit_field\": \"max_tokens\", \"rpm\": 30}}, "
	    "\"capabilities\": {\"general\": \"loc:llama3\"}, \"models\": "
	    "{\"loc:llama3\": {\"input_price\": 0.5, \"temperature\": 0}}}}";
	struct sdc_llm_model m;
	struct sdc_llm_result r;

	CHECK("config written", fd >= 0 && write(fd, cfg, strlen(cfg)) ==
	    (ssize_t)strlen(cfg));
	close(fd);
	sdc_config_load(path);
	CHECK_INT("capability resolves", sdc_llm_model_resolve("general", &m,
	    why, sizeof(why)), 0);
	CHECK_STR("its name", m.name, "loc:llama3");
	CHECK_STR("url without the double slash", m.url,
	    "http://127.0.0.1:9/v1/chat/completions");
	CHECK("settings", m.kind == SDC_LLM_OPENAI && m.rpm == 30 &&
	    m.has_temperature && m.temperature == 0 && m.price_in == 0.5 &&
	    strcmp(m.max_tokens_field, "max_tokens") == 0);
	sdc_llm_model_free(&m);
	CHECK_INT("unmapped capability is extractive", sdc_llm_model_resolve(
	    "complex", &m, why, sizeof(why)), 0);
	CHECK("extractive", m.kind == SDC_LLM_EXTRACTIVE);
	CHECK("ask offline fails", sdc_llm_ask(&m, &(struct sdc_llm_request){
	    NULL, "hi", 0, 0, NULL, NULL }, "link", NULL, &r) == SDC_LLM_FAIL);
	sdc_llm_result_free(&r);
	sdc_llm_model_free(&m);
	CHECK("gemini default URL", sdc_llm_model_resolve("gemini:gemini-2.5-"
	    "flash", &m, why, sizeof(why)) == 0 && strcmp(m.url, "https://"
	    "generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:"
	    "generateContent") == 0);
	sdc_llm_model_free(&m);
	CHECK_INT("unknown provider", sdc_llm_model_resolve("nope:x", &m, why,
	    sizeof(why)), -1);
	sdc_config_free();
	unlink(path);
}

/* <think> blocks, cut-off and blocked answers: never an answer. */
static void
thinking(void)
{
	struct sdc_llm_result r;

	r = parse(&oa, 200, "{\"choices\":[{\"message\":{\"content\":"
	    "\"<think>\\nhmm\\n</think>\\n\\nPrinter fixed\"},"
	    "\"finish_reason\":\"stop\"}]}");
	CHECK_STR("think block stripped", r.text, "\n\nPrinter fixed");
	sdc_llm_result_free(&r);
	r = parse(&oa, 200, "{\"choices\":[{\"message\":{\"content\":"
	    "\"<think>\\nhmm\"},\"finish_reason\":\"stop\"}]}");
	CHECK("unterminated think: no answer", r.err == SDC_LLM_FAIL &&
	    !r.text && strstr(r.errmsg, "never ended"));
	sdc_llm_result_free(&r);
	r = parse(&oa, 200, "{\"choices\":[{\"message\":{\"content\":"
	    "\"Printer fixed on gue\"},\"finish_reason\":\"length\"}]}");
	CHECK("length is cut off", r.err == SDC_LLM_CUTOFF && !r.text);
	CHECK_STR("its reason", r.finish, "length");
	sdc_llm_result_free(&r);
	r = parse(&gm, 200, "{\"candidates\":[{\"content\":{\"parts\":[{"
	    "\"text\":\"Printer fixed on gue\"}]},\"finishReason\":"
	    "\"SAFETY\"}]}");
	CHECK("SAFETY with text: no answer", r.err == SDC_LLM_FAIL && !r.text);
	CHECK_STR("SAFETY said", r.errmsg, "no answer (SAFETY)");
	sdc_llm_result_free(&r);
	r = parse(&oa, 200, "{\"choices\":[{\"message\":{\"content\":"
	    "\"  \"},\"finish_reason\":\"stop\"}]}");
	CHECK_STR("blank answer", r.errmsg, "empty answer");
	sdc_llm_result_free(&r);
	/* gemini-2.5 sometimes stops with no parts at all */
	r = parse(&gm, 200, "{\"candidates\":[{\"content\":{\"role\":"
	    "\"model\"},\"finishReason\":\"STOP\",\"index\":0}]}");
	CHECK("STOP without parts: empty", r.err == SDC_LLM_FAIL && !r.text);
	CHECK_STR("said so", r.errmsg, "empty answer");
	sdc_llm_result_free(&r);
	r = parse(&oa, 401, "{\"error\":{\"message\":\"bad key\","
	    "\"type\":\"invalid_request_error\",\"code\":"
	    "\"invalid_api_key\"}}");
	CHECK("401 stops the run", r.err == SDC_LLM_AUTH);
	sdc_llm_result_free(&r);
}

static void
answers_checked(void)
{
	json_object *cats = json_tokener_parse("[\"Hardware\",\"How-To\"]");
	char why[200], *v;

	v = sdc_answer_check("title", "**Title:** \"Printer jam fixed.\"\n",
	    cats, 12, why, sizeof(why));
	CHECK_STR("title label, bold, quotes, period gone", v, "Printer jam fixed");
	free(v);
	v = sdc_answer_check("title", "Title:\n\nPrinter jam fixed", cats, 12,
	    why, sizeof(why));
	CHECK_STR("label on its own line", v, "Printer jam fixed");
	free(v);
	CHECK("two lines refused", !sdc_answer_check("title", "One\nTwo", cats,
	    12, why, sizeof(why)) && strstr(why, "more than one line"));
	CHECK("too long refused", !sdc_answer_check("title", "a b c d e f g h i "
	    "j k l m", cats, 12, why, sizeof(why)) && strstr(why, "13 words"));
	v = sdc_answer_check("category", "{\"category\": \"how-to\"}", cats,
	    12, why, sizeof(why));
	CHECK_STR("schema answer, canonical spelling", v, "How-To");
	free(v);
	CHECK("unlisted category refused", !sdc_answer_check("category",
	    "Printers", cats, 12, why, sizeof(why)));
	CHECK("notes: category must be listed", !sdc_answer_check("notes",
	    "{\"title\":\"T\",\"category\":\"X\",\"summary\":\"S\","
	    "\"keywords\":[]}", cats, 12, why, sizeof(why)));
	json_object_put(cats);
}

/* Offline titles: whole words, no Markdown, the facts of a remote
 * session and the subject of a ticket near it. */
static void
offline_titles(void)
{
	json_object *cats = json_tokener_parse("[\"Other\"]");
	json_object *sc = json_tokener_parse("{\"meta\":{\"source_system\":"
	    "\"ScreenConnect\"},\"context\":{\"customer_id\":7,"
	    "\"customer_name\":\"HealthGroup Alpha\"},\"insights\":{"
	    "\"session_start_time_utc\":\"2025-01-03T17:43:00Z\","
	    "\"session_duration_minutes\":54,\"source_title\":"
	    "\"ScreenConnect Session for AdminUser\"},\"segments\":["
	    "{\"content\":\"Connected to machine: WKSTN-02\"},"
	    "{\"content\":\"Connected to machine: SRV-MAIN\"}]}");
	json_object *ticket = json_tokener_parse("{\"meta\":{\"source_system\":"
	    "\"SyncroRMM\"},\"context\":{\"customer_id\":7},\"insights\":{"
	    "\"session_start_time_utc\":\"2025-01-03T15:00:00Z\","
	    "\"source_title\":\"Backups failing on the file server\"}}");
	json_object *md = json_tokener_parse("{\"segments\":[{\"content\":"
	    "\"**Description:** The laptop battery swells, so we ordered a "
	    "replacement from the vendor and scheduled the swap for Monday "
	    "morning at the front desk.\"}]}");
	char *t;

	t = sdc_extractive("title", sc, cats);
	CHECK_STR("remote session facts", t, "Remote session on WKSTN-02 and "
	    "SRV-MAIN for HealthGroup Alpha");
	free(t);
	sdc_nearby_add(ticket);
	t = sdc_extractive("title", sc, cats);
	/* the machines would pass the word limit: left out, not cut */
	CHECK_STR("led by the nearby ticket", t, "Backups failing on the file "
	    "server for HealthGroup Alpha");
	free(t);
	sdc_nearby_free();
	t = sdc_extractive("title", md, cats);
	CHECK_STR("no Markdown, a whole clause", t, "The laptop battery swells");
	free(t);
	json_object_put(sc);
	json_object_put(ticket);
	json_object_put(md);
	json_object_put(cats);
}

int
main(void)
{
	thinking();
	answers_checked();
	offline_titles();
	bodies();
	resolve();
	answers();
	errors();
	cache();
	extractive();
	return check_done();
}
