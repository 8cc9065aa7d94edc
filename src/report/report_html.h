/* report_html - sdc-report's HTML: one self-contained page (the skeleton
 * and style sheet of page.html, compiled in), with hours per customer,
 * the timeline (timeline.c), the work items and the totals.  Inline CSS
 * and SVG, no scripts. */
#ifndef SDC_REPORT_HTML_H
#define SDC_REPORT_HTML_H

#include <stddef.h>
#include <stdio.h>

#include "model.h"

void report_html(struct report *rep, FILE *out);

/* s with &, <, >, " and ' escaped. */
void report_html_text(FILE *out, const char *s);
/* s cut to n characters (UTF-8 aware) with an ellipsis, escaped. */
void report_html_label(FILE *out, const char *s, size_t n);

#endif
