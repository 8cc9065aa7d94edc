/* libFuzzer target: PII redaction, and restoring what it replaced. */
#include "redact.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1), *red, *back;
	struct sdc_redact *r = sdc_redact_new();

	memcpy(text, data, size);
	text[size] = '\0';
	red = sdc_redact(r, text);
	back = sdc_unredact(r, red);
	/* Placeholders never collide with text, so the round trip holds
	 * whenever the input had no '[' of its own. */
	if (!strchr(text, '[') && strcmp(back, text) != 0)
		abort();
	free(back);
	free(red);
	free(text);
	sdc_redact_free(r);
	return 0;
}
