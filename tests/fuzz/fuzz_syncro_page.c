/* libFuzzer target: the Syncro page parser and what consumes its items
 * (ticket -> Session, customers/contacts/assets -> link cache), plus the HTTP
 * layer's error-message extraction, which sees the same untrusted bodies. */
#include "customers.h"
#include "diag.h"
#include "http.h"
#include "jsonl.h"
#include "syncro.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
tickets(const char *s, size_t n)
{
	struct sdc_syncro_page pg;
	const char *why;
	json_object *sess;
	size_t i, len;

	if (sdc_syncro_page_parse(s, n, "tickets", &pg, &why) < 0)
		return;
	sdc_syncro_page_last(&pg, 1);
	for (i = 0; i < json_object_array_length(pg.items); i++) {
		sess = sdc_syncro_ticket_session(json_object_array_get_idx(
		    pg.items, i), NULL, NULL, "fuzz", &why);
		if (sess)
			sdc_json_text(sess, &len);
		json_object_put(sess);
	}
	sdc_syncro_page_free(&pg);
}

static void
cache(const char *s, size_t n)
{
	struct sdc_customers_cache *c = sdc_customers_cache_new();
	struct sdc_syncro_page pg;
	const char *why;
	size_t i;
	FILE *out = fopen("/dev/null", "w");

	if (sdc_syncro_page_parse(s, n, "customers", &pg, &why) == 0) {
		for (i = 0; i < json_object_array_length(pg.items); i++)
			sdc_customers_cache_customer(c,
			    json_object_array_get_idx(pg.items, i));
		sdc_syncro_page_free(&pg);
	}
	if (sdc_syncro_page_parse(s, n, "contacts", &pg, &why) == 0) {
		for (i = 0; i < json_object_array_length(pg.items); i++)
			sdc_customers_cache_contact(c,
			    json_object_array_get_idx(pg.items, i));
		sdc_syncro_page_free(&pg);
	}
	if (sdc_syncro_page_parse(s, n, "assets", &pg, &why) == 0) {
		for (i = 0; i < json_object_array_length(pg.items); i++)
			sdc_customers_cache_asset(c,
			    json_object_array_get_idx(pg.items, i));
		sdc_syncro_page_free(&pg);
	}
	if (out) {
		sdc_customers_cache_write(c, out);
		fclose(out);
	}
	sdc_customers_cache_free(c);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int inited;
	char msg[256], *body;

	if (!inited) {
		sdc_init("fuzz_syncro_page");
		sdc_quiet = 1;
		inited = 1;
	}
	/* Bodies come NUL-terminated (sdc_buf), as sdc_json_parse needs;
	 * the message extractor must cope without. */
	sdc_http_server_message((const char *)data, size, msg, sizeof msg);
	body = sdc_xmalloc(size + 1);
	memcpy(body, data, size);
	body[size] = '\0';
	tickets(body, size);
	cache(body, size);
	free(body);
	return 0;
}
