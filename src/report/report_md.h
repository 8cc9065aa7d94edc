/* report_md - sdc-report's Markdown report. */
#ifndef SDC_REPORT_MD_H
#define SDC_REPORT_MD_H

#include <stdio.h>

#include "model.h"

void report_md(struct report *rep, FILE *out);

#endif
