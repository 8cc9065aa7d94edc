/* libFuzzer target: qrec (src/llm/qrec.c), the reader of sdc-llm's
 * offline runs, against json-c.  qrec promises (qrec.h) that a line it
 * takes is exactly json-c's own compact text for it, so that splicing
 * values in gives json-c's bytes: whenever it answers 1, json-c must
 * write the same text, give the same strings and the same text after
 * sdc-llm's edits (tests/unit/qrec_check.h). */
#include "qrec_check.h"

#include <stdint.h>
#include <stdlib.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);

	memcpy(text, data, size);
	text[size] = '\0';
	if (llm_qrec_read(&q, text, size) && !qrec_agrees(text, size))
		abort();
	free(text);
	return 0;
}
