/* pages - what sdc-fetch-syncro makes of a page's items, wherever the page
 * came from (the API or --from-file): tickets converted to Sessions and
 * written, the watermark raised; customers, contacts and assets into the
 * link cache.  A module of its own so that tests/fuzz/fuzz_syncro_page.c
 * drives the program's whole response path. */
#ifndef SDC_FETCH_SYNCRO_PAGES_H
#define SDC_FETCH_SYNCRO_PAGES_H

#include <stdint.h>
#include <json-c/json.h>

#include "customers.h"
#include "sdctime.h"

/* Is t (UTC ms) too far past now to be a watermark? */
int fs_mark_in_future(int64_t t);
/* Convert and write each ticket of items (comments[i], or none when
 * comments is NULL, are items[i]'s comments); a ticket that cannot be
 * converted is rejected at where.  Raises *newest to the latest usable
 * updated_at; returns how many were written. */
long fs_write_tickets(json_object *items, json_object *const *comments,
    struct sdc_tz *tz, const char *where, int64_t *newest);
/* Customers, contacts or assets (key) into the cache; one without an id
 * is rejected, a contact or asset of an unknown customer counted. */
void fs_add_to_cache(struct sdc_customers_cache *cache, json_object *items,
    const char *key, const char *where);

#endif
