/* libFuzzer target: one SillyTavern chat line, parsed and classified
 * (stchat.c), then fingerprinted as sdc-st2jsonl does. */
#include "buf.h"
#include "jsonl.h"
#include "stchat.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct sdc_buf b = SDC_BUF_INIT;
	struct sdc_stchat_msg m;
	const char *why;
	json_object *obj;
	char *line = malloc(size + 1);
	int first;

	/* sdc_json_parse() reads the NUL after the line, as sdc_lines gives. */
	memcpy(line, data, size);
	line[size] = '\0';
	obj = sdc_json_parse(line, size, &why);
	free(line);
	if (!obj)
		return 0;
	for (first = 0; first < 2; first++)
		if (sdc_stchat_classify(obj, first, &m) == SDC_STCHAT_MESSAGE) {
			if (!m.mes || strlen(m.mes) > m.mes_len)
				abort();
			sdc_stchat_fingerprint_text(&b, &m, 1);
		}
	json_object_put(obj);
	return 0;
}
