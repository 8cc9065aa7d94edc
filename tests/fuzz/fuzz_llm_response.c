/* libFuzzer target: provider responses and error bodies, as OpenAI and as
 * Gemini, with a success and an error status. */
#include "llm.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct sdc_llm_model oa = { .kind = SDC_LLM_OPENAI },
	    gm = { .kind = SDC_LLM_GEMINI };
	static const long statuses[] = { 200, 429, 500, 400 };
	struct sdc_llm_result r;
	size_t i;

	for (i = 0; i < 4; i++) {
		memset(&r, 0, sizeof(r));
		sdc_llm_parse(i % 2 ? &gm : &oa, statuses[i],
		    (const char *)data, size, &r);
		sdc_llm_result_free(&r);
	}
	return 0;
}
