/* timeline - sdc-report's HTML timeline: one SVG per day, one lane per
 * customer, one bar per session, overlapping sessions stacked in rows. */
#ifndef SDC_REPORT_TIMELINE_H
#define SDC_REPORT_TIMELINE_H

#include <stdio.h>

#include "model.h"

/* The legend and one SVG per day, as a <section>. */
void timeline_render(struct report *rep, FILE *out);

#endif
