/* store - where sdc-llm puts a task's checked answer (answer.h) in the
 * Session record: the title and category in insights, a summary under
 * generated_summaries.KEY, a notes answer in all of those plus keywords,
 * any other task in structured_llm_results ("overview" as
 * detailed_overview).  A module of its own so that
 * tests/fuzz/fuzz_llm_response.c follows an answer all the way in. */
#ifndef SDC_LLM_STORE_H
#define SDC_LLM_STORE_H

#include <json-c/json.h>

/* categories: the configured list (the canonical spelling is stored);
 * summary_key: the key of generated_summaries (--key). */
void llm_store_answer(json_object *session, const char *task, const char *text,
    json_object *categories, const char *summary_key);

#endif
