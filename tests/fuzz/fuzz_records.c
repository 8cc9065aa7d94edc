/* libFuzzer target: the NDJSON record reader (line splitting with a small
 * limit, UTF-8 check, strict JSON) and the writer's serialiser. */
#include "diag.h"
#include "jsonl.h"

#include <stdint.h>
#include <stdio.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *fp = fmemopen((void *)data, size, "r");
	struct sdc_lines *l;
	json_object *obj;
	const char *why;
	char *line;
	size_t len;

	if (!fp)
		return 0;
	l = sdc_lines_open(fp, "fuzz", 1024);
	while (sdc_lines_next(l, &line, &len) != 0) {
		if (len > 1024)
			continue;	/* over the limit: skipped, nothing to parse */
		obj = sdc_json_parse(line, len, &why);
		if (obj)
			sdc_json_text(obj, &len);
		json_object_put(obj);
	}
	sdc_lines_close(l);
	fclose(fp);
	return 0;
}
