/* template - the prompt mini-language of the original tool.
 *
 *	{session.insights.source_title}
 *	{session.segments:each({author}: {content}):join(\n)}
 *
 * Text is copied as is; "{{" and "}}" are literal braces.  A {PATH} is a
 * dotted path (array elements by number, "." for the current value) looked
 * up first in the current value (the element inside each(...)), then in the
 * root object.  Strings render raw, numbers and booleans as JSON, null or
 * anything missing as nothing, objects as compact JSON, arrays as their
 * elements joined by ", ".  Filters follow the path:
 *
 *	:each(TEMPLATE)	render TEMPLATE once per element (a non-array value
 *			is a one-element list); elements are joined by "\n"
 *	:join(TEXT)	separator between elements
 *
 * Filter arguments take the escapes \n \t \\ \( \) and may nest braces and
 * balanced parentheses.  A {...} that names nothing renders empty; a "{"
 * that is never closed is copied literally.  Output stops at 16 MiB (nested
 * each() can multiply a short template without bound).  Rendering never fails, so a
 * user-edited prompt cannot stop a run; sdc_template_check() finds the
 * mistakes at load time instead. */
#ifndef SDC_TEMPLATE_H
#define SDC_TEMPLATE_H

#include <stddef.h>
#include <json-c/json.h>

/* Render tmpl with root as the top-level value.  Returns a malloc'd
 * NUL-terminated string (*len set when len is not NULL). */
char *sdc_template_render(const char *tmpl, json_object *root, size_t *len);
/* The same with another cap than SDC_TEMPLATE_MAX on the output. */
#define SDC_TEMPLATE_MAX (16UL << 20)
char *sdc_template_render_max(const char *tmpl, json_object *root, size_t *len,
    size_t max);

/* 0 when tmpl is well formed; else -1 and a message in why[0..n). */
int sdc_template_check(const char *tmpl, char *why, size_t n);

#endif
