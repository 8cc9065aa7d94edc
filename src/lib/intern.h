/* intern - layer 1 (data): a string table: each distinct string stored
 * once, named by a dense index (0, 1, 2, ...).
 *
 * sdc-group keeps a million session ids, customer keys and links in it
 * instead of a json-c tree per record; sdc-report finds sessions by id.
 * Strings live in one arena, so the cost is the bytes plus 8 per entry
 * and 8 per slot of the hash table (2 to 4 slots an entry). */
#ifndef SDC_INTERN_H
#define SDC_INTERN_H

#include <stddef.h>
#include <stdint.h>

#define SDC_INTERN_NONE UINT32_MAX

struct sdc_intern;
struct sdc_intern *sdc_intern_new(void);
void sdc_intern_free(struct sdc_intern *t);
/* Index of s[0..len), added when new; *added (may be NULL) says which. */
uint32_t sdc_intern_n(struct sdc_intern *t, const char *s, size_t len,
    int *added);
uint32_t sdc_intern(struct sdc_intern *t, const char *s);
/* Index of s, or SDC_INTERN_NONE when it was never added. */
uint32_t sdc_intern_find(const struct sdc_intern *t, const char *s);
/* The NUL-terminated string of index i; valid until the next add. */
const char *sdc_intern_str(const struct sdc_intern *t, uint32_t i);
uint32_t sdc_intern_count(const struct sdc_intern *t);

#endif
