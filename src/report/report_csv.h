/* report_csv - sdc-report's CSV (RFC 4180), for a spreadsheet or an invoicing import. */
#ifndef SDC_REPORT_CSV_H
#define SDC_REPORT_CSV_H

#include <stdio.h>

#include "model.h"

void report_csv(const struct report *rep, FILE *out);

#endif
