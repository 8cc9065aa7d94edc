/* store - where sdc-llm puts a task's checked answer in the Session
 * record (store.h). */
#include "answer.h"
#include "jsonl.h"
#include "store.h"

#include <string.h>

static json_object *
insights_obj(json_object *session, const char *key)
{
	json_object *ins = sdc_json_get(session, "insights"), *o;

	if (!ins) {
		ins = json_object_new_object();
		json_object_object_add(session, "insights", ins);
	}
	if (!key)
		return ins;
	o = sdc_json_get(ins, key);
	if (!o || !json_object_is_type(o, json_type_object)) {
		o = json_object_new_object();
		json_object_object_add(ins, key, o);
	}
	return o;
}

static void
set_insight(json_object *session, const char *key, const char *value)
{
	json_object_object_add(insights_obj(session, NULL), key,
	    json_object_new_string(value));
}

static void
set_in(json_object *session, const char *obj, const char *key,
    json_object *value)
{
	json_object_object_add(insights_obj(session, obj), key, value);
}

/* A checked notes answer (or the extractive one) into its fields. */
static void
store_notes(json_object *ses, const char *text, json_object *categories,
    const char *summary_key)
{
	const char *p = strchr(text, '{'), *e = strrchr(text, '}'), *why, *c;
	json_object *o;

	if (!p || !e || e < p || !(o = sdc_json_parse(p, (size_t)(e - p + 1),
	    &why)))
		return;
	c = sdc_answer_category(sdc_json_str(o, "category") ?: "", categories);
	set_insight(ses, "llm_generated_title", sdc_json_str(o, "title") ?: "");
	set_insight(ses, "llm_generated_category", c ? c :
	    sdc_json_str(o, "category") ?: "Other");
	set_in(ses, "generated_summaries", summary_key, json_object_new_string(
	    sdc_json_str(o, "summary") ?: ""));
	set_in(ses, "structured_llm_results", "keywords",
	    json_object_get(sdc_json_get(o, "keywords")));
	json_object_put(o);
}

void
llm_store_answer(json_object *session, const char *task, const char *text,
    json_object *categories, const char *summary_key)
{
	if (strcmp(task, "notes") == 0)
		store_notes(session, text, categories, summary_key);
	else if (strcmp(task, "category") == 0)
		set_insight(session, "llm_generated_category", text);
	else if (strcmp(task, "title") == 0)
		set_insight(session, "llm_generated_title", text);
	else if (strcmp(task, "summary") == 0)
		set_in(session, "generated_summaries", summary_key,
		    json_object_new_string(text));
	else
		set_in(session, "structured_llm_results",
		    strcmp(task, "overview") == 0 ? "detailed_overview" : task,
		    json_object_new_string(text));
}
