/* pages - what sdc-fetch-syncro makes of a page's items (pages.h). */
#include "customers.h"
#include "diag.h"
#include "jsonl.h"
#include "pages.h"
#include "sdctime.h"
#include "syncro.h"

#include <string.h>

/* How far past now a mark may be (clocks differ).  Beyond it, one ticket
 * with updated_at in 2099 would make every later run ask for tickets
 * updated after 2099, and fetch nothing, forever. */
#define MARK_SKEW_MS (3600 * 1000)

int
fs_mark_in_future(int64_t t)
{
	return t > sdc_now_ms() + MARK_SKEW_MS;
}

long
fs_write_tickets(json_object *items, json_object *const *comments,
    struct sdc_tz *tz, const char *where, int64_t *newest)
{
	size_t i, n = json_object_array_length(items), len;
	json_object *t, *s;
	const char *why, *u;
	int64_t upd;
	long written = 0;

	for (i = 0; i < n; i++) {
		t = json_object_array_get_idx(items, i);
		sdc_stats.read++;
		s = sdc_syncro_ticket_session(t, comments ? comments[i] : NULL,
		    tz, where, &why);
		if (!s) {
			sdc_reject(where, 0, "tickets[%zu]: %s", i, why);
			u = sdc_json_text(t, &len);
			sdc_reject_write(u, len);
			continue;
		}
		sdc_write_record(s);
		json_object_put(s);
		written++;
		u = sdc_json_str(t, "updated_at");
		if (!u || sdc_time_parse(u, tz, 0, &upd) != SDC_TIME_OK)
			continue;
		if (fs_mark_in_future(upd))
			sdc_warn_at(where, 0, "tickets[%zu]: updated_at %s is in the "
			    "future; written, but not used as the mark", i, u);
		else if (upd > *newest)
			*newest = upd;
	}
	return written;
}

/* One contact or asset into its customer's entry, counted either way. */
static void
add_owned(struct sdc_customers_cache *cache, json_object *o, int asset)
{
	int rc = asset ? sdc_customers_cache_asset(cache, o) :
	    sdc_customers_cache_contact(cache, o);

	if (rc == 0)
		sdc_count(asset ? "assets" : "contacts", 1);
	else
		sdc_count(asset ? "assets without a known customer" :
		    "contacts without a known customer", 1);
}

/* Customers, contacts or assets into the link cache; contacts and assets
 * of a customer we do not know are counted, not silently dropped. */
void
fs_add_to_cache(struct sdc_customers_cache *cache, json_object *items,
    const char *key, const char *where)
{
	size_t i, len;
	json_object *o;
	const char *raw;
	int customers = strcmp(key, "customers") == 0;

	for (i = 0; i < json_object_array_length(items); i++) {
		o = json_object_array_get_idx(items, i);
		if (customers)
			sdc_stats.read++;
		if (sdc_syncro_id(o) < 0) {
			sdc_reject(where, 0, "%s[%zu]: no id", key, i);
			raw = sdc_json_text(o, &len);
			sdc_reject_write(raw, len);
		} else if (customers)
			sdc_customers_cache_customer(cache, o);
		else
			add_owned(cache, o, strcmp(key, "assets") == 0);
	}
}

