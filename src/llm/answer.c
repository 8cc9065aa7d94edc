/* answer - see answer.h. */
#include "answer.h"
#include "buf.h"
#include "diag.h"
#include "jsonl.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static int
blank(const char *p, size_t n)
{
	while (n > 0 && isspace((unsigned char)*p))
		p++, n--;
	return n == 0;
}

/* Trim [*p, *p + *n): blanks, then wrapping quotes, bold or code marks
 * (ASCII and the curly quotes models like), as long as any is left. */
static void
unwrap(const char **p, size_t *n)
{
	static const char *const pairs[][2] = { { "**", "**" }, { "\"", "\"" },
	    { "'", "'" }, { "`", "`" }, { "*", "*" }, { "_", "_" },
	    { "\xe2\x80\x9c", "\xe2\x80\x9d" } };
	size_t i, a, b;
	int again = 1;

	while (again) {
		again = 0;
		while (*n > 0 && isspace((unsigned char)**p))
			(*p)++, (*n)--;
		while (*n > 0 && isspace((unsigned char)(*p)[*n - 1]))
			(*n)--;
		for (i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
			a = strlen(pairs[i][0]);
			b = strlen(pairs[i][1]);
			if (*n >= a + b + 1 && strncmp(*p, pairs[i][0], a) == 0 &&
			    strncmp(*p + *n - b, pairs[i][1], b) == 0) {
				*p += a;
				*n -= a + b;
				again = 1;
				break;
			}
		}
	}
}

/* "Title:", "**Title:**", "# " before the title. */
static void
unlabel(const char **p, size_t *n)
{
	while (*n > 0 && (**p == '#' || **p == ' '))
		(*p)++, (*n)--;
	if (*n >= 2 && strncmp(*p, "**", 2) == 0 && strncasecmp(*p + 2,
	    "title:", 6) == 0)
		*p += 2, *n -= 2;
	if (*n >= 6 && strncasecmp(*p, "title:", 6) == 0) {
		*p += 6;
		*n -= 6;
		if (*n >= 2 && strncmp(*p, "**", 2) == 0)
			*p += 2, *n -= 2;
	}
	unwrap(p, n);
}

static int
words(const char *p, size_t n)
{
	int w = 0, in = 0;

	for (; n > 0; p++, n--) {
		if (isspace((unsigned char)*p))
			in = 0;
		else if (!in++)
			w++;
	}
	return w;
}

static char *
title(const char *text, int max_words, char *why, size_t wn)
{
	const char *p = text, *line = NULL, *e;
	size_t n = 0, k;
	int w;

	/* The one line that is left once labels and blanks are gone. */
	for (; *p; p = *e ? e + 1 : e) {
		e = p + strcspn(p, "\n");
		k = (size_t)(e - p);
		unlabel(&p, &k);
		if (blank(p, k))
			continue;
		if (line) {
			snprintf(why, wn, "the title is more than one line");
			return NULL;
		}
		line = p;
		n = k;
	}
	if (n > 0 && line[n - 1] == '.')
		n--;
	if (!line || !n) {
		snprintf(why, wn, "empty title");
		return NULL;
	}
	if ((w = words(line, n)) > max_words) {
		snprintf(why, wn, "the title has %d words (at most %d)", w,
		    max_words);
		return NULL;
	}
	return sdc_xstrndup(line, n);
}

const char *
sdc_answer_category(const char *answer, json_object *categories)
{
	size_t i, n = json_object_array_length(categories), len;
	const char *c, *p = answer;

	len = strlen(p);
	unlabel(&p, &len);
	if (len > 0 && p[len - 1] == '.')
		len--;
	for (i = 0; i < n; i++) {
		c = json_object_get_string(json_object_array_get_idx(categories,
		    i));
		if (c && strlen(c) == len && strncasecmp(p, c, len) == 0)
			return c;
	}
	return NULL;
}

/* {"category": "X"} from a schema, or the bare name. */
static char *
category(const char *text, json_object *categories, char *why, size_t wn)
{
	json_object *o = NULL;
	const char *s = text, *c, *err;

	while (isspace((unsigned char)*s))
		s++;
	if (*s == '{' && (o = sdc_json_parse(s, strlen(s), &err)))
		s = sdc_json_str(o, "category") ? sdc_json_str(o, "category") : "";
	c = sdc_answer_category(s, categories);
	if (!c)
		snprintf(why, wn, "\"%.80s\" is not one of the categories", s);
	json_object_put(o);
	return c ? sdc_xstrdup(c) : NULL;
}

static int
string_array(json_object *a)
{
	size_t i;

	if (!a || !json_object_is_type(a, json_type_array))
		return 0;
	for (i = 0; i < json_object_array_length(a); i++)
		if (!json_object_is_type(json_object_array_get_idx(a, i),
		    json_type_string))
			return 0;
	return 1;
}

/* The object's fields, per the notes schema (config/prompts.json). */
static int
notes_fields(json_object *o, json_object *categories, int max_words,
    char *why, size_t wn)
{
	char *t;

	if (!sdc_json_str(o, "title") || !sdc_json_str(o, "category") ||
	    !sdc_json_str(o, "summary") || !string_array(sdc_json_get(o,
	    "keywords"))) {
		snprintf(why, wn, "JSON lacks a string title, category or "
		    "summary, or keywords");
		return -1;
	}
	if (!(t = title(sdc_json_str(o, "title"), max_words, why, wn)))
		return -1;
	free(t);
	if (!sdc_answer_category(sdc_json_str(o, "category"), categories)) {
		snprintf(why, wn, "category \"%.80s\" is not one of the "
		    "categories", sdc_json_str(o, "category"));
		return -1;
	}
	return 0;
}

json_object *
sdc_answer_notes(const char *text, json_object *categories, int max_words,
    char *why, size_t wn)
{
	const char *p = strchr(text, '{'), *e = strrchr(text, '}'), *err;
	json_object *o;

	if (!p || !e || e < p) {
		snprintf(why, wn, "no JSON object in the answer");
		return NULL;
	}
	if (!(o = sdc_json_parse(p, (size_t)(e - p + 1), &err))) {
		snprintf(why, wn, "%s", err);
		return NULL;
	}
	if (notes_fields(o, categories, max_words, why, wn) < 0) {
		json_object_put(o);
		return NULL;
	}
	return o;
}

static char *
nonblank(const char *text, char *why, size_t wn)
{
	const char *p = text;
	size_t n;

	while (isspace((unsigned char)*p))
		p++;
	n = strlen(p);
	while (n > 0 && isspace((unsigned char)p[n - 1]))
		n--;
	if (!n) {
		snprintf(why, wn, "empty answer");
		return NULL;
	}
	return sdc_xstrndup(p, n);
}

char *
sdc_answer_check(const char *task, const char *text, json_object *categories,
    int max_words, char *why, size_t wn)
{
	json_object *o;

	if (strcmp(task, "title") == 0)
		return title(text, max_words, why, wn);
	if (strcmp(task, "category") == 0)
		return category(text, categories, why, wn);
	if (strcmp(task, "notes") == 0) {
		if (!(o = sdc_answer_notes(text, categories, max_words, why, wn)))
			return NULL;
		json_object_put(o);
	}
	return nonblank(text, why, wn);
}

const char *
sdc_answer_wanted(const char *task)
{
	if (strcmp(task, "title") == 0)
		return "the title, on one line";
	if (strcmp(task, "category") == 0)
		return "the category name";
	if (strcmp(task, "notes") == 0)
		return "the JSON object";
	return "the answer";
}
