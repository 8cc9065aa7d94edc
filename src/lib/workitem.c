/* workitem - see workitem.h. */
#include <string.h>
#include <strings.h>

#include "workitem.h"

int64_t
sdc_span_union(const struct sdc_span *v, size_t n, int64_t min_ms)
{
	int64_t total = 0, cs = 0, ce = 0, s, e;
	int open = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		s = v[i].start;
		e = v[i].end > s ? v[i].end : s + min_ms;
		if (e <= s)
			continue;
		if (open && s <= ce) {
			if (e > ce)
				ce = e;
			continue;
		}
		if (open)
			total += ce - cs;
		cs = s, ce = e, open = 1;
	}
	return open ? total + (ce - cs) : 0;
}

long
sdc_billable_minutes(int64_t ms, long round)
{
	int64_t unit;

	if (ms <= 0)
		return 0;
	if (round <= 0)
		return (long)(ms / SDC_MINUTE_MS);
	unit = round * SDC_MINUTE_MS;
	return (long)((ms + unit - 1) / unit * round);
}

int
sdc_project_match(const char *link, const char *tag)
{
	static const char prefix[] = "Project:";

	if (strcmp(link, tag) == 0)
		return 1;
	if (strncasecmp(link, prefix, sizeof(prefix) - 1) != 0)
		return 0;
	link += sizeof(prefix) - 1;
	link += strspn(link, " ");
	return strcmp(link, tag) == 0;
}
