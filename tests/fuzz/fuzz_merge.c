/* libFuzzer target for merge.c: two NDJSON halves (split at the first NUL
 * byte) play STORE and NEW; every pair of lines is merged, and merging the
 * result again with the same NEW must change nothing (SDC_MERGE_SAME). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "jsonl.h"
#include "merge.h"

#define MAX_LINES 8

static size_t
split(const char *s, size_t len, json_object **out)
{
	const char *why, *nl;
	size_t n = 0, l;

	while (len > 0 && n < MAX_LINES) {
		nl = memchr(s, '\n', len);
		l = nl ? (size_t)(nl - s) : len;
		if ((out[n] = sdc_json_parse(s, l, &why)) != NULL)
			n++;
		s += l + (nl != NULL);
		len -= l + (nl != NULL);
	}
	return n;
}

static void
check_pair(json_object *stored, json_object *fresh)
{
	unsigned flags, again;
	json_object *m = sdc_merge_session(stored, fresh, &flags);
	json_object *m2 = sdc_merge_session(m, fresh, &again);

	sdc_json_text(m, NULL);
	/* Idempotence holds for what the tool accepts: objects with a meta. */
	if (json_object_is_type(json_object_object_get(fresh, "meta"), json_type_object) &&
	    json_object_is_type(m, json_type_object) && !(again & SDC_MERGE_SAME))
		abort();
	json_object_put(m);
	json_object_put(m2);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data, *nul = memchr(s, '\0', size);
	size_t half = nul ? (size_t)(nul - s) : size / 2;
	json_object *a[MAX_LINES], *b[MAX_LINES];
	size_t na = split(s, half, a);
	size_t nb = split(s + half + (nul != NULL), size - half - (nul != NULL), b);
	size_t i, j;

	for (i = 0; i < na; i++)
		for (j = 0; j < nb; j++)
			check_pair(a[i], b[j]);
	for (i = 0; i < na; i++)
		json_object_put(a[i]);
	for (j = 0; j < nb; j++)
		json_object_put(b[j]);
	return 0;
}
