/* staff - the MSP's own people: the technicians of the sessions read
 * (ScreenConnect's Host) and the names of link.staff.  A customer name
 * typed as one of them is an internal session as likely as a customer's,
 * so their names may hold a link back, never make one.
 *
 *	struct sdc_staff *st = sdc_staff_new(names);
 *	sdc_staff_add(st, "Naveen Gowda", 0);	// a session's technician
 *	sdc_staff_in(st, "tridesk naveen gowda", &at, &len);
 *	// "Naveen Gowda"; at 8, len 12: "naveen gowda" in the words
 *
 * Names compare as sdc_name_words() writes them. */
#ifndef SDC_STAFF_H
#define SDC_STAFF_H

#include <stddef.h>

#include "names.h"

struct sdc_staff;

struct sdc_staff *sdc_staff_new(const struct sdc_names *nm);
void sdc_staff_free(struct sdc_staff *st);
/* One of the MSP's people (listed: the config names them; else a
 * technician seen in the input).  A name seen before costs one lookup.
 * 1 when the name is new. */
int sdc_staff_add(struct sdc_staff *st, const char *name, int listed);
size_t sdc_staff_count(const struct sdc_staff *st);
/* The name of the one of them the typed words (sdc_name_words) name:
 * all of them, or a run of them that is the whole name of a listed one
 * or of one with two words or more ("naveen gowda" in "naveen gowda
 * internal"; a login or a first name, "julien", only alone).  NULL when
 * none; *at and *len: where the run is in words. */
const char *sdc_staff_in(const struct sdc_staff *st, const char *words,
    size_t *at, size_t *len);

#endif
