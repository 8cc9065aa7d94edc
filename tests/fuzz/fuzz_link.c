/* libFuzzer target for sdc-link's whole per-record path (linkio.h,
 * linkrec.h): the input is JSONL session records, each linked against a
 * fixed small customer list with contacts, e-mail domains and machines, so
 * that the cascade, the name evidence, the machine/contact/history
 * evidence and the contact pools all see untrusted names.  The lines go
 * once the json-c way and once the way sdc-link reads them (the quick
 * path, json-c for what it does not take): the two outputs must be the
 * same bytes.  No LLM, no memory file; each input's decisions are
 * forgotten so the corpus does not grow the state. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "diag.h"
#include "buf.h"
#include "jsonl.h"
#include "linkio.h"
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
    "{\"id\":10,\"business_name\":\"A-1 Plumbing & Heating Inc.\",\"contacts\":[]},"
    /* the shapes that once read past a word: empty address fields
     * beside Han (f9a7884), a name in two scripts, Arabic letters */
    "{\"id\":21,\"business_name\":\"\xe8\x8b\x8f\xe5\xb7\x9e\xe8\x85\xbe\xe5\xbc\xba\xe5\xb9\xbf\xe5\x91\x8a\xe6\x9c\x89\xe9\x99\x90\xe5\x85\xac\xe5\x8f\xb8\","
    "\"address_1\":\"\",\"address_2\":\"\",\"city\":\"Suzhou\",\"contacts\":[]},"
    "{\"id\":22,\"business_name\":\"\xd8\xa7\xd9\x84\xd9\x86\xd9\x88\xd8\xb1 / Al Nour Trading\","
    "\"address_2\":\"\",\"city\":\"\",\"contacts\":[]},"
    "{\"id\":23,\"business_name\":\"\xd0\xa2\xd0\x9e\xd0\x9e \xc2\xab\xd0\x9d\xd2\xb1\xd1\x80\xc2\xbb / Nur LLP\",\"contacts\":[]}]";

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

	setenv("SOURCE_DATE_EPOCH", "1700000000", 1);	/* both runs, the same time */
	sdc_init("fuzz_link");
	sdc_quiet = 1;
	sdc_config_load(cfg);
	sdc_linkrec_open(&o);
	unlink(cfg);
	unlink(cust);
	free(cfg);
	free(cust);
}

/* The input's lines through sdc-link's reader (quick) or json-c's. */
static void
run(const char *s, size_t size, int quick, struct sdc_buf *out)
{
	const char *nl;
	size_t n = 0, l;

	while (size > 0 && n++ < MAX_LINES) {
		nl = memchr(s, '\n', size);
		l = nl ? (size_t)(nl - s) : size;
		if ((quick && sdc_linkio_quick(s, l, out)) ||
		    sdc_linkio_full(s, l, out) != 0)
			sdc_buf_addc(out, '\n');
		s += l + (nl != NULL);
		size -= l + (nl != NULL);
	}
	sdc_linkrec_forget();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int ready;
	static struct sdc_buf a, b;
	char *text;

	if (!ready) {
		setup();
		ready = 1;
	}
	/* a line must be followed by a readable byte (sdc_json_parse) */
	text = malloc(size + 1);
	memcpy(text, data, size);
	text[size] = '\0';
	sdc_buf_reset(&a);
	sdc_buf_reset(&b);
	run(text, size, 0, &a);
	run(text, size, 1, &b);
	if (a.len != b.len || (a.len && memcmp(a.p, b.p, a.len) != 0))
		abort();	/* the quick path wrote other bytes than json-c's */
	free(text);
	return 0;
}
