/* report_csv - sdc-report's CSV (RFC 4180), for a spreadsheet or an invoicing import. */
#ifndef SDC_REPORT_CSV_H
#define SDC_REPORT_CSV_H

#include <stdio.h>

#include "model.h"

/* Cells that a spreadsheet would run as formulas get a leading single
 * quote, unless raw (--raw-csv: the values exactly as recorded). */
void report_csv(struct report *rep, FILE *out, int raw);

#endif
