/* libFuzzer target: the CSV reader, row by row, with the column mapper;
 * and its two ways of reading a row must agree: every row read with
 * plain lines taken in one go (the default) is the row the byte-at-a-time
 * state machine reads, field for field, with the same lines, raw bytes
 * and verdict. */
#include "csv.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
same_row(const struct sdc_csv_row *a, const struct sdc_csv_row *b)
{
	size_t i;

	if (a->n != b->n || a->line != b->line || a->last_line != b->last_line
	    || a->rawlen != b->rawlen || memcmp(a->raw, b->raw, a->rawlen) != 0)
		return 0;
	for (i = 0; i < a->n; i++)
		if (a->f[i].len != b->f[i].len || memcmp(a->f[i].s, b->f[i].s, a->f[i].len + 1) != 0)
			return 0;
	return 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const names[] = { "ConnectedTime", "ProcessType", "x" };
	FILE *fp = fmemopen((void *)data, size, "r"), *fp2 = fmemopen((void *)data, size, "r");
	struct sdc_csv *c, *slow;
	struct sdc_csv_row row, row2;
	const char *why, *why2;
	int idx[3], rc, rc2, first = 1;

	if (!fp || !fp2) {
		if (fp)
			fclose(fp);
		if (fp2)
			fclose(fp2);
		return 0;
	}
	c = sdc_csv_open(fp, "fuzz", 4096);
	slow = sdc_csv_open(fp2, "fuzz", 4096);
	sdc_csv_fast_lines(slow, 0);
	do {
		rc = sdc_csv_next(c, &row, &why);
		rc2 = sdc_csv_next(slow, &row2, &why2);
		if (rc != rc2 || (rc == SDC_CSV_ROW && !same_row(&row, &row2))
		    || (rc == SDC_CSV_BAD && strcmp(why, why2) != 0))
			abort();
		if (rc == SDC_CSV_ROW && first)
			sdc_csv_map(&row, names, 3, idx);
		first = 0;
	} while (rc != SDC_CSV_EOF);
	sdc_csv_close(c);
	sdc_csv_close(slow);
	fclose(fp);
	fclose(fp2);
	return 0;
}
