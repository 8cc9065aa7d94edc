/* libFuzzer target: sdc-llm's whole response path.  The body is read as
 * every provider of the table would, with success and error statuses
 * (sdc_llm_parse); an answer then goes the way sdc-llm takes it: the
 * redaction placeholders put back (sdc_unredact), checked for each task
 * (sdc_answer_check), and stored in a Session record (llm_store_answer),
 * which is then written out as text. */
#include "answer.h"
#include "jsonl.h"
#include "llm.h"
#include "redact.h"
#include "store.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char session_text[] =
    "{\"meta\":{\"session_id\":\"s1\"},\"insights\":{\"llm_generated_title\":null,"
    "\"generated_summaries\":{},\"structured_llm_results\":{}},\"segments\":[]}";

static json_object *categories;
static struct sdc_redact *redactor;

static void
setup(void)
{
	const char *why;
	char *safe;

	categories = sdc_json_parse("[\"Hardware\",\"Software\",\"Network\","
	    "\"Other\"]", 41, &why);
	redactor = sdc_redact_new();
	/* placeholders [EMAIL_1], [IP_1], [PHONE_1], [SECRET_1] to restore */
	safe = sdc_redact(redactor, "mail jo@example.com from 192.0.2.7, "
	    "call 5551234567, password: hunter2");
	free(safe);
}

static void
store_answer(const char *answer)
{
	static const char *const tasks[] = {
		"title", "category", "summary", "notes", "overview", "keywords"
	};
	const char *why;
	char *text = sdc_unredact(redactor, answer), *value, whybuf[200];
	json_object *session = sdc_json_parse(session_text,
	    sizeof(session_text) - 1, &why);
	size_t i;

	for (i = 0; i < sizeof(tasks) / sizeof(*tasks); i++) {
		value = sdc_answer_check(tasks[i], text, categories, 12, whybuf,
		    sizeof(whybuf));
		if (value)
			llm_store_answer(session, tasks[i], value, categories, "default");
		free(value);
	}
	sdc_json_text(session, NULL);
	json_object_put(session);
	free(text);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct sdc_llm_model m[] = { { .kind = SDC_LLM_OPENAI },
	    { .kind = SDC_LLM_GEMINI }, { .kind = SDC_LLM_ANTHROPIC },
	    { .kind = SDC_LLM_AZURE } };
	static const long statuses[] = { 200, 429, 500, 400, 529, 401 };
	struct sdc_llm_result r;
	size_t i;

	if (!categories)
		setup();
	for (i = 0; i < 8; i++) {
		memset(&r, 0, sizeof(r));
		sdc_llm_parse(&m[i % 4], statuses[i % 6], (const char *)data,
		    size, &r);
		if (r.err == SDC_LLM_OK && r.text)
			store_answer(r.text);
		sdc_llm_result_free(&r);
	}
	return 0;
}
