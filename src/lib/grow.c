/* grow - see grow.h. */
#include <stdint.h>

#include "diag.h"
#include "grow.h"

void *
sdc_grow(void *p, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return p;
	while (*cap < need) {
		if (*cap > SIZE_MAX / 2 / (size ? size : 1))
			sdc_errx(SDC_EXIT_FATAL, "out of memory (an array of %zu)", need);
		*cap = *cap ? *cap * 2 : 16;
	}
	return sdc_xrealloc(p, *cap * size);
}
