/* Unit tests of buf.c: growth, the cap, printf. */
#include "check.h"
#include "buf.h"

#include <stdlib.h>

int
main(void)
{
	struct sdc_buf b = SDC_BUF_INIT;
	struct sdc_buf capped = SDC_BUF_INIT;
	int i;

	for (i = 0; i < 1000; i++)
		sdc_buf_addc(&b, 'x');
	CHECK_INT("1000 bytes added", b.len, 1000);
	CHECK("NUL-terminated", b.p[1000] == '\0');
	sdc_buf_reset(&b);
	sdc_buf_printf(&b, "%s:%d", "a", 42);
	CHECK_STR("printf", b.p, "a:42");
	sdc_buf_printf(&b, "-%0200d", 7);
	CHECK_INT("printf that must grow the buffer", b.len, 205);
	CHECK("  ...formats the whole text", b.p[4] == '-' && b.p[203] == '0' && b.p[204] == '7'
	    && b.p[205] == '\0');
	sdc_buf_printf(&b, "%s", "");
	CHECK_INT("printf of nothing", b.len, 205);
	capped.max = 4;
	CHECK_INT("printf past the cap refused", sdc_buf_printf(&capped, "%s", "abcde"), -1);
	CHECK_INT("  ...adds nothing", capped.len, 0);
	CHECK("  ...and leaves it terminated", !capped.p || capped.p[0] == '\0');
	sdc_buf_printf(&capped, "%s", "ab");
	CHECK_INT("printf into the free space", sdc_buf_printf(&capped, "%s", "cde"), -1);
	CHECK_STR("  ...keeps only what was there", capped.p, "ab");
	sdc_buf_reset(&capped);
	CHECK_INT("fits the cap", sdc_buf_add(&capped, "abcd", 4), 0);
	CHECK_INT("refuses past the cap", sdc_buf_addc(&capped, 'e'), -1);
	CHECK_STR("kept what fit", capped.p, "abcd");
	sdc_buf_free(&b);
	sdc_buf_free(&capped);
	return check_done();
}
