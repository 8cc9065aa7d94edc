/* notes - sdc-notes2jsonl's reader: the legacy notes.json document to
 * Session records.  Each ticket becomes one session (initial issue, notes,
 * to-dos as segments); each standalone to-do item a session of its own.
 * Problems are reported with the JSON path of the value at fault, e.g.
 * "notes.json: /tickets/3/date: unparseable date "13/45/24"".
 *
 *	struct notes n = { .tz = tz };
 *	notes_read(&n, "notes.json");
 *	notes_sort(&n);
 *	(write n.out[0..n.nout).s)
 *	notes_free(&n);
 *
 * A module of its own so that tests/fuzz/fuzz_notes.c can drive it. */
#ifndef SDC_NOTES2JSONL_NOTES_H
#define SDC_NOTES2JSONL_NOTES_H

#include <stddef.h>
#include <stdint.h>
#include <json-c/json.h>

#include "sdctime.h"

struct notes_session {
	json_object *s;
	int64_t start;
	size_t index;		/* input order, for ties */
};

struct notes {
	struct sdc_tz *tz;	/* zone of the dates */
	int time_flags;		/* SDC_TIME_DAYFIRST */
	const char *file;	/* the input being read, for messages */
	struct notes_session *out;	/* the finished sessions */
	size_t nout, capout;
};

/* Each session of the document at path ("-" = stdin) into n->out; a
 * document that cannot be read is rejected (counted, reported). */
void notes_read(struct notes *n, const char *path);
/* n->out in start-time order, input order for ties. */
void notes_sort(struct notes *n);
/* Drop the sessions (json_object_put); notes_free also frees n->out. */
void notes_clear(struct notes *n);
void notes_free(struct notes *n);

#endif
