/* answer - is a model's answer usable for its task, and in what form?
 *
 * A title is one line of at most max_words words, without quotes, bold
 * marks, a "Title:" prefix or a final period; a category is one of the
 * list (also when it came as {"category": ...} from a schema); notes are
 * one JSON object with a string title, category (one of the list) and
 * summary and an array of string keywords; anything else is non-blank
 * text.  An answer that is none of these is never stored half-right:
 * the caller asks once more, then reports it. */
#ifndef SDC_ANSWER_H
#define SDC_ANSWER_H

#include <json-c/json.h>

/* The value to store (malloc'd), or NULL with why (static or in whybuf,
 * which holds at least 160 bytes). */
char *sdc_answer_check(const char *task, const char *text,
    json_object *categories, int max_words, char *whybuf, size_t n);

/* notes: the object of a checked answer (a new reference), or NULL. */
json_object *sdc_answer_notes(const char *text, json_object *categories,
    int max_words, char *whybuf, size_t n);

/* The canonical spelling of a listed category, or NULL. */
const char *sdc_answer_category(const char *answer, json_object *categories);

/* What a repair request asks for: "the title", "the JSON object", ... */
const char *sdc_answer_wanted(const char *task);

#endif
