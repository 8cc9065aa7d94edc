/* libFuzzer target: the CSV reader, row by row, with the column mapper. */
#include "csv.h"

#include <stdint.h>
#include <stdio.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const names[] = { "ConnectedTime", "ProcessType", "x" };
	FILE *fp = fmemopen((void *)data, size, "r");
	struct sdc_csv *c;
	struct sdc_csv_row row;
	const char *why;
	int idx[3], rc, first = 1;

	if (!fp)
		return 0;
	c = sdc_csv_open(fp, "fuzz", 4096);
	while ((rc = sdc_csv_next(c, &row, &why)) != SDC_CSV_EOF) {
		if (rc == SDC_CSV_ROW && first)
			sdc_csv_map(&row, names, 3, idx);
		first = 0;
	}
	sdc_csv_close(c);
	fclose(fp);
	return 0;
}
