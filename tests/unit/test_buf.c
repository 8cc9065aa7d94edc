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
	capped.max = 4;
	CHECK_INT("fits the cap", sdc_buf_add(&capped, "abcd", 4), 0);
	CHECK_INT("refuses past the cap", sdc_buf_addc(&capped, 'e'), -1);
	CHECK_STR("kept what fit", capped.p, "abcd");
	sdc_buf_free(&b);
	sdc_buf_free(&capped);
	return check_done();
}
