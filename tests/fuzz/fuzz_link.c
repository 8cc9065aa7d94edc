/* libFuzzer target for sdc-link's whole per-record path (linkrec.h): the
 * input is JSONL session records, each linked against a fixed small
 * customer list with contacts, e-mail domains and machines, so that the
 * cascade, the name evidence, the machine/contact/history evidence and the
 * contact pools all see untrusted names.  No LLM, no memory file; each
 * input's decisions are forgotten so the corpus does not grow the state. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "diag.h"
#include "jsonl.h"
#include "linkrec.h"

#define MAX_LINES 16

static const char customers[] =
    "[{\"id\":1,\"business_name\":\"HealthGroup Alpha\",\"contacts\":["
    "{\"id\":11,\"name\":\"Eleanor Vance\",\"email\":\"ev@hga.example\"},"
    "{\"id\":12,\"name\":\"Liam Sterling\"}],"
    "\"assets\":[{\"id\":101,\"name\":\"HGA-WS01\"},{\"id\":102,\"name\":\"FRONTDESK\"}]},"
    "{\"id\":2,\"business_name\":\"HealthGroup Beta\",\"contacts\":[],"
    "\"assets\":[{\"id\":201,\"name\":\"FRONTDESK\"}]},"
    "{\"id\":3,\"business_name\":\"Acme Dental\",\"contacts\":[]},"
    "{\"id\":4,\"business_name\":\"Keystone Financial Group LLC\",\"contacts\":["
    "{\"id\":41,\"name\":\"Ana Ruiz\",\"email\":\"ana@keystonefg.example\"}],"
    "\"assets\":[{\"id\":401,\"name\":\"DESKTOP-KFG7QX2\"}]},"
    "{\"id\":5,\"business_name\":\"Sample Corp\",\"contacts\":[]},"
    "{\"id\":6,\"business_name\":\"Test Corp\",\"contacts\":[]},"
    "{\"id\":7,\"business_name\":\"(empty)\",\"contacts\":[]},"
    "{\"id\":8,\"business_name\":\"(empty)\",\"contacts\":[]},"
    "{\"id\":9,\"business_name\":\"M\xc3\xbcller & S\xc3\xb6hne GmbH\",\"contacts\":[]},"
    "{\"id\":10,\"business_name\":\"A-1 Plumbing & Heating Inc.\",\"contacts\":[]}]";

/* A file holding text, for the loaders that read paths. */
static char *
temp_file(const char *text)
{
	char *path = strdup("/tmp/fuzz_link.XXXXXX");
	int fd = mkstemp(path);
	size_t len = strlen(text);

	if (fd < 0 || write(fd, text, len) != (ssize_t)len)
		abort();
	close(fd);
	return path;
}

static void
setup(void)
{
	char *cfg = temp_file("{}"), *cust = temp_file(customers);
	struct sdc_linkrec_opts o = { .customers = cust, .nomemory = 1,
	    .no_llm = 1 };

	sdc_init("fuzz_link");
	sdc_quiet = 1;
	sdc_config_load(cfg);
	sdc_linkrec_open(&o);
	unlink(cfg);
	unlink(cust);
	free(cfg);
	free(cust);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int ready;
	const char *s = (const char *)data, *nl, *why;
	size_t n = 0, l, len;
	json_object *o;

	if (!ready) {
		setup();
		ready = 1;
	}
	while (size > 0 && n++ < MAX_LINES) {
		nl = memchr(s, '\n', size);
		l = nl ? (size_t)(nl - s) : size;
		if ((o = sdc_json_parse(s, l, &why)) != NULL) {
			if (sdc_linkrec_session(o) >= 0)
				sdc_json_text(o, &len);
			json_object_put(o);
		}
		s += l + (nl != NULL);
		size -= l + (nl != NULL);
	}
	sdc_linkrec_forget();
	return 0;
}
