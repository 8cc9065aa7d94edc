/* libFuzzer target: the prompt template renderer and its checker.  The
 * input up to the first NUL is the template; what follows, when it is
 * JSON, is the session rendered (else a fixed one). */
#include "template.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static json_object *fixed;
	char *tmpl = malloc(size + 1), *out, why[128];
	const char *nul;
	json_object *root, *doc = NULL;

	if (!fixed)
		fixed = json_tokener_parse("{\"session\":{\"insights\":{"
		    "\"source_title\":\"T\"},\"segments\":[{\"author\":\"A\","
		    "\"content\":\"c\"},{\"author\":null,\"content\":[1,{}]}]},"
		    "\"categories\":[\"Hardware\",\"Other\"]}");
	memcpy(tmpl, data, size);
	tmpl[size] = '\0';
	nul = memchr(data, '\0', size);
	if (nul)
		doc = json_tokener_parse(nul + 1 - (const char *)data + tmpl);
	root = doc ? doc : fixed;
	out = sdc_template_render_max(tmpl, root, NULL, 1 << 16);	/* small cap: speed */
	free(out);
	sdc_template_check(tmpl, why, sizeof(why));
	json_object_put(doc);
	free(tmpl);
	return 0;
}
