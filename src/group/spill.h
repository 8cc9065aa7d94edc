/* spill - what sdc-group keeps of the sessions while it streams, in case
 * the stream cannot stand: every session, compact, in a temporary file
 * (replayed into the in-memory path when the input turns out not to be in
 * start order, or to hold a session twice), and the hashes of their ids
 * in sorted runs, to find an id seen twice without a table of every id. */
#ifndef SDC_GROUP_SPILL_H
#define SDC_GROUP_SPILL_H

#include <stddef.h>
#include <stdint.h>

/* What sdc-group keeps of a Session record. */
struct gfields {
	const char *id, *src, *customer_name;	/* NULL: none */
	int64_t start, end, customer_id;	/* end: SDC_TIME_NONE; id: -1 */
	const char *links;	/* nlinks strings, each NUL-terminated, in a row */
	size_t linkslen;
	uint32_t nlinks;
	const char *file;	/* where it was read, for messages */
	long lineno;
};

void spill_begin(void);
void spill_add(const struct gfields *f);
/* 1 when two of the ids added hash the same (a session seen twice, or,
 * once in 2^64, two that collide: the in-memory path then tells). */
int spill_dups(void);
/* Hand every session added, in order, to fn. */
void spill_replay(void (*fn)(const struct gfields *f));
void spill_end(void);

#endif
