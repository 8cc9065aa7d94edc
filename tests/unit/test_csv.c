/* Unit tests of csv.c: RFC 4180 quoting, CRLF, BOM, ragged rows, lines. */
#include "check.h"
#include "csv.h"

#include <stdio.h>
#include <string.h>

static struct sdc_csv *
open_str(const char *s, size_t len)
{
	return sdc_csv_open(fmemopen((void *)s, len, "r"), "t.csv", 0);
}

/* The rows of s as "line-last_line:rc:field|field|...;raw" lines, read
 * with plain lines in one go (fast) or byte by byte. */
static void
rows_of(const char *s, int fast, char *out, size_t size)
{
	FILE *fp = fmemopen((void *)s, strlen(s), "r");
	struct sdc_csv *c = sdc_csv_open(fp, "t.csv", 64);
	struct sdc_csv_row row;
	const char *why;
	size_t i, n = 0;
	int rc;

	sdc_csv_fast_lines(c, fast);
	out[0] = '\0';
	while ((rc = sdc_csv_next(c, &row, &why)) != SDC_CSV_EOF) {
		n += (size_t)snprintf(out + n, size - n, "%ld-%ld:%d:", row.line, row.last_line, rc);
		for (i = 0; rc == SDC_CSV_ROW && i < row.n; i++)
			n += (size_t)snprintf(out + n, size - n, "%s|", row.f[i].s);
		n += (size_t)snprintf(out + n, size - n, ";%.*s\n", (int)row.rawlen, row.raw);
	}
	sdc_csv_close(c);
	fclose(fp);
}

/* Lines read in one go must read as the state machine reads them. */
static void
fast_equals_slow(void)
{
	static const char *const cases[] = {
		"a,b,c\n", "a,b,\n", ",\n\n,,\n", "\"q\",b\r\n\"x\"\r\n",
		"\"q\"\r,b\n", "a\r,b\r\n", "\"a,b\",\"\",c\n", "ab\"c,d\n",
		"\"a\"\"b\",c\n", "\"a\"x,c\n", "\"two\nlines\",x\n", "a, \"b\"\n",
		"0123456789abcdef,0123456789abcdef0123,\"0123456789,abcdef\"\n",
		"\"\",\"\"\n\"\n", "x,\"unterminated\n", "last,no,newline",
		"this line is far longer than the limit of sixty-four bytes, so it is bad\nok\n",
		"\"",
	};
	char fast[4096], slow[4096];
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		rows_of(cases[i], 1, fast, sizeof(fast));
		rows_of(cases[i], 0, slow, sizeof(slow));
		CHECK_STR(cases[i], fast, slow);
	}
}

int
main(void)
{
	static const char in[] =
	    "\xef\xbb\xbf" "Name , ConnectedTime,,X\r\n"
	    "\"Acme Dental, LLC\",1/3/2025 17:43\r\n"
	    "\"O'Brien, Pat \"\"PJ\"\"\",\"two\r\nlines\",c,d,e\r\n"
	    "plain,\"\"\r\n"
	    "ab\"c,last";
	static const char *const names[] = { "name", "CONNECTEDTIME", "missing", "x" };
	struct sdc_csv *c = open_str(in, sizeof(in) - 1);
	struct sdc_csv_row row;
	const char *why;
	int idx[4];

	CHECK_INT("header row", sdc_csv_next(c, &row, &why), SDC_CSV_ROW);
	CHECK_STR("BOM stripped from first header", row.f[0].s, "Name ");
	sdc_csv_map(&row, names, 4, idx);
	CHECK("columns mapped case-insensitively, trimmed", idx[0] == 0 && idx[1] == 1);
	CHECK("absent column is -1, unnamed ignored", idx[2] == -1 && idx[3] == 3);

	CHECK_INT("row 2", sdc_csv_next(c, &row, &why), SDC_CSV_ROW);
	CHECK_STR("quoted comma", row.f[0].s, "Acme Dental, LLC");
	CHECK_STR("CR stripped", row.f[1].s, "1/3/2025 17:43");
	CHECK_INT("ragged row has 2 fields", row.n, 2);
	CHECK_INT("physical line 2", row.line, 2);

	CHECK_INT("row 3", sdc_csv_next(c, &row, &why), SDC_CSV_ROW);
	CHECK_STR("doubled quotes", row.f[0].s, "O'Brien, Pat \"PJ\"");
	CHECK_STR("embedded CRLF kept", row.f[1].s, "two\r\nlines");
	CHECK_INT("5 fields", row.n, 5);
	CHECK_INT("starts on line 3", row.line, 3);
	CHECK_INT("ends on line 4", row.last_line, 4);

	CHECK_INT("row 4", sdc_csv_next(c, &row, &why), SDC_CSV_ROW);
	CHECK_STR("empty quoted field", row.f[1].s, "");
	CHECK_INT("line 5", row.line, 5);
	CHECK_STR("raw row kept for --reject", row.raw, "plain,\"\"\r\n");

	CHECK_INT("last row without newline", sdc_csv_next(c, &row, &why), SDC_CSV_ROW);
	CHECK_STR("stray quote is literal", row.f[0].s, "ab\"c");
	CHECK_STR("last field", row.f[1].s, "last");
	CHECK_INT("EOF", sdc_csv_next(c, &row, &why), SDC_CSV_EOF);
	sdc_csv_close(c);

	c = open_str("a,\"never closed\nb,c\n", 20);
	CHECK_INT("unterminated quote is bad", sdc_csv_next(c, &row, &why), SDC_CSV_BAD);
	CHECK_STR("says why", why, "unterminated quoted field");
	CHECK_INT("then EOF", sdc_csv_next(c, &row, &why), SDC_CSV_EOF);
	sdc_csv_close(c);
	fast_equals_slow();
	return check_done();
}
