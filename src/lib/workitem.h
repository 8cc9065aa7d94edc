/* workitem - layer 2 (records): the arithmetic of Work Items (sdc-group,
 * sdc-report).
 *
 * Times are ms since the epoch (sdctime.h).  A Work Item's span runs from
 * its first start to its last end; its billable time is the union of its
 * sessions' intervals, so two overlapping sessions count once. */
#ifndef SDC_WORKITEM_H
#define SDC_WORKITEM_H

#include <stddef.h>
#include <stdint.h>

#define SDC_MINUTE_MS 60000LL

struct sdc_span {
	int64_t start, end;
};

/* Length in ms of the union of v[0..n), which must be sorted by start.
 * An interval with end <= start counts min_ms from its start (a ticket
 * note has no duration but may be worth a minimum). */
int64_t sdc_span_union(const struct sdc_span *v, size_t n, int64_t min_ms);

/* Whole minutes of ms, rounded up to a multiple of round (round 0: exact
 * minutes, rounded down as session_duration_minutes is). */
long sdc_billable_minutes(int64_t ms, long round);

/* Does a link name project tag?  "Firewall" matches the link "Firewall"
 * and "Project: Firewall" (the original tool's project links). */
int sdc_project_match(const char *link, const char *tag);

#endif
