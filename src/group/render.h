/* render - one Work Item record from its sessions: the one writer both of
 * sdc-group's paths use (the stream over a store in start order, and the
 * whole input in memory when it is not), so their bytes cannot differ. */
#ifndef SDC_GROUP_RENDER_H
#define SDC_GROUP_RENDER_H

#include <stddef.h>
#include <stdint.h>
#include <json-c/json.h>

#include "workitems.h"

/* How a session without a customer was placed (the "placement" map). */
enum placement {
	PLACE_CUSTOMER,		/* has a customer: not placed */
	PLACE_OVERLAP,		/* overlaps exactly one item */
	PLACE_GAP,		/* none overlaps, exactly one within --gap */
	PLACE_NONE,		/* no item near: own item */
	PLACE_AMBIGUOUS		/* several items: own item */
};
extern const char *const group_place_name[];

/* A session as the record shows it. */
struct gmember {
	int64_t start, end;
	const char *id, *source;
	const char *const *links;	/* nlinks of them */
	uint32_t nlinks;
	int place;		/* enum placement */
};

/* A work item: its extent, customer and sessions (in time order). */
struct gview {
	int64_t start, end;
	int64_t cust_id;	/* -1: none */
	const char *cust_name;	/* NULL: none */
	const struct gmember *m;
	size_t n;
};

/* Sessions in time order: start, end, then id. */
int group_member_cmp(const struct gmember *a, const struct gmember *b);
/* The Work Item record of v, or NULL when --project leaves it out (the
 * caller counts it "filtered").  Caller puts it. */
json_object *group_render(const struct gview *v, const struct group_opts *o);

#endif
