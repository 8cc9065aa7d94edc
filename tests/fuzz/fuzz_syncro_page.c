/* libFuzzer target: sdc-fetch-syncro's whole response path: the Syncro
 * page parser and what the program does with its items
 * (src/fetch-syncro/pages.c: tickets with their comments to Sessions,
 * written to /dev/null, the watermark; customers, contacts and assets to
 * the link cache), plus the HTTP layer's error-message extraction, which
 * sees the same untrusted bodies. */
#include "customers.h"
#include "diag.h"
#include "http.h"
#include "jsonl.h"
#include "memfile.h"
#include "pages.h"
#include "sdctime.h"
#include "syncro.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The program's ticket path (fs_write_tickets): each ticket of the page,
 * with the same body read as its comments page, converted and written;
 * every ticket read is written or rejected. */
static void
tickets(const char *s, size_t n, struct sdc_tz *tz)
{
	struct sdc_syncro_page pg, cpg;
	json_object **comments = NULL;
	const char *why;
	int64_t newest = SDC_TIME_NONE;
	size_t i, k;
	long written;

	if (sdc_syncro_page_parse(s, n, "tickets", &pg, &why) < 0)
		return;
	sdc_syncro_page_last(&pg, 1);
	k = json_object_array_length(pg.items);
	if (sdc_syncro_page_parse(s, n, "comments", &cpg, &why) == 0) {
		comments = sdc_xcalloc(k + 1, sizeof(*comments));
		for (i = 0; i < k; i++)
			comments[i] = cpg.items;
	}
	memset(&sdc_stats, 0, sizeof(sdc_stats));
	written = fs_write_tickets(pg.items, comments, tz, "fuzz", &newest);
	if (sdc_stats.read != written + sdc_stats.rejected)
		abort();
	if (comments) {
		free(comments);
		sdc_syncro_page_free(&cpg);
	}
	sdc_syncro_page_free(&pg);
}

/* The program's cache path: the body as a customers, contacts and assets
 * page in turn (fs_add_to_cache), then the cache written. */
static void
cache(const char *s, size_t n, FILE *out)
{
	static const char *const keys[] = { "customers", "contacts", "assets" };
	struct sdc_customers_cache *c = sdc_customers_cache_new();
	struct sdc_syncro_page pg;
	const char *why;
	int k;

	for (k = 0; k < 3; k++)
		if (sdc_syncro_page_parse(s, n, keys[k], &pg, &why) == 0) {
			fs_add_to_cache(c, pg.items, keys[k], "fuzz");
			sdc_syncro_page_free(&pg);
		}
	sdc_customers_cache_write(c, out);
	sdc_customers_cache_free(c);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct sdc_tz *tz;
	static FILE *out;
	char msg[256], *body;

	if (!tz) {
		fuzz_setup("fuzz_syncro_page");
		tz = sdc_tz_open("America/New_York");
		if (!(out = fopen("/dev/null", "w")))
			abort();
	}
	/* Bodies come NUL-terminated (sdc_buf), as sdc_json_parse needs;
	 * the message extractor must cope without. */
	sdc_http_server_message((const char *)data, size, msg, sizeof msg);
	body = sdc_xmalloc(size + 1);
	memcpy(body, data, size);
	body[size] = '\0';
	tickets(body, size, tz);
	cache(body, size, out);
	free(body);
	return 0;
}
