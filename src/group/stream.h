/* stream - sdc-group over sessions in start order (the order sdc-merge
 * writes the store in), holding only the work that can still change.
 *
 * A customer's gap run is final once a session starts more than --gap
 * after its end; a chat is placed once every customer run it could meet
 * is final; a work item is written once no chat can still join it and no
 * item still open could start before it.  So what is held is the items
 * of the last --gap minutes (or of the longest chat still waiting), not
 * the store.  The records go to out, in the order group_write gives. */
#ifndef SDC_GROUP_STREAM_H
#define SDC_GROUP_STREAM_H

#include <stdint.h>
#include <stdio.h>

#include "workitems.h"

/* What the stream asks of sdc-group's customer table. */
struct stream_cust {
	int64_t (*id)(uint32_t k);		/* -1: known by name only */
	const char *(*name)(uint32_t k);	/* NULL: none (yet) */
	const char *(*key)(uint32_t k);		/* for -v's notes */
};

/* A session, reduced: cust is the customer's index or SDC_INTERN_NONE;
 * links are nlinks strings, each NUL-terminated, one after another. */
struct stream_in {
	int64_t start, end;	/* end >= start */
	uint32_t cust;
	const char *id, *source, *links;
	uint32_t nlinks;
	size_t linkslen;
};

/* notes: where -v's placement lines go (NUL-terminated), or NULL. */
void stream_begin(const struct group_opts *o, const struct stream_cust *c,
    FILE *out, FILE *notes);
/* 0 when s starts before the session before it: nothing was taken. */
int stream_add(const struct stream_in *s);
/* The input has ended: write every item left. */
void stream_finish(void);
long stream_written(void);
long stream_filtered(void);
/* Was an item of customer k written while k had no name? */
int stream_nameless(uint32_t k);
void stream_free(void);

#endif
