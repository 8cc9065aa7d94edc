/* hist - sdc-link's learnt history: "machine:NAME", "session:ID" and
 * "chat:ID" to the customer a session with it was linked to (owners.h's
 * SDC_OWNER_MANY: several were), loaded from the memory file and grown by
 * every session linked, one key per ScreenConnect session (issue 17: the
 * memory must not grow with them).
 *
 * Kept as 64-bit fingerprints of the folded keys (blanks trimmed, ASCII
 * lower case, as owners.h compares) with their owners, in sorted arrays:
 * about 10.6 bytes a key, not the strings (130 bytes a key as
 * sdc_owners).  Two keys could
 * share a fingerprint: about n^2/2^65 for n keys, 3e-8 at a million.  The
 * strings of keys learnt in this run wait in a temporary file until the
 * memory is saved.
 *
 *	struct sdc_hist *h = sdc_hist_new();
 *	sdc_hist_add(h, "machine:WKSTN-02", 3);	(loading the memory)
 *	sdc_hist_loaded(h, 1);			(the run learns from here)
 *	sdc_hist_one(h, "machine:wkstn-02");	3
 *	while (sdc_hist_next_new(h, &key, &owner)) ... save what was learnt */
#ifndef SDC_LINK_HIST_H
#define SDC_LINK_HIST_H

#include <stddef.h>

#include "buf.h"

struct sdc_hist;

struct sdc_hist *sdc_hist_new(void);
void sdc_hist_free(struct sdc_hist *h);
/* owner >= 0: a customer index; SDC_OWNER_MANY: several.  A second owner
 * makes the key shared.  A key that folds to nothing is ignored. */
void sdc_hist_add(struct sdc_hist *h, const char *key, long owner);
/* The owner of key, SDC_OWNER_NONE, or SDC_OWNER_MANY. */
long sdc_hist_one(const struct sdc_hist *h, const char *key);
/* Every key added so far is the loaded history; with keep_new, the keys
 * added from now on are kept (their folded strings) for the saving. */
void sdc_hist_loaded(struct sdc_hist *h, int keep_new);
/* Keys added since sdc_hist_loaded. */
size_t sdc_hist_new_keys(const struct sdc_hist *h);
/* Loaded keys whose owner changed since. */
size_t sdc_hist_changed(const struct sdc_hist *h);
/* Is key one of those, not taken yet?  1 with its owner (once a key). */
int sdc_hist_take_changed(struct sdc_hist *h, const char *key, long *owner);
/* The keys added since sdc_hist_loaded, folded, in the order first
 * added, each with its owner now: 1 with the next, 0 after the last. */
int sdc_hist_next_new(struct sdc_hist *h, struct sdc_buf *key, long *owner);

#endif
