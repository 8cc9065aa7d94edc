/* libFuzzer target: provider responses and error bodies, as every
 * provider of the table, with success and error statuses. */
#include "llm.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct sdc_llm_model m[] = { { .kind = SDC_LLM_OPENAI },
	    { .kind = SDC_LLM_GEMINI }, { .kind = SDC_LLM_ANTHROPIC },
	    { .kind = SDC_LLM_AZURE } };
	static const long statuses[] = { 200, 429, 500, 400, 529, 401 };
	struct sdc_llm_result r;
	size_t i;

	for (i = 0; i < 8; i++) {
		memset(&r, 0, sizeof(r));
		sdc_llm_parse(&m[i % 4], statuses[i % 6], (const char *)data,
		    size, &r);
		sdc_llm_result_free(&r);
	}
	return 0;
}
