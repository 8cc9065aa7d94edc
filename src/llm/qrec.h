/* qrec - a Session record read straight from its text, for the offline
 * run (issue 17): most records only need a few fields read and a few set,
 * and building, rendering and freeing a json-c tree of every record cost
 * more than the summariser.
 *
 *	if (llm_qrec_read(&q, line, len)) {
 *		int meta = llm_qrec_find(&q, -1, "meta");
 *		const char *st = llm_qrec_str(&q, llm_qrec_find(&q, meta, "processing_status"));
 *		...
 *	} else ... sdc_json_parse() the line, as before
 *
 * llm_qrec_read answers 1 only for a JSON object whose text is exactly
 * what json-c writes for it (sdc_write_record: compact, its escapes, no
 * duplicate keys, no "-0"), so writing the text with a few values
 * spliced in gives the bytes json-c would give after the same edits;
 * anything else (0) goes the json-c way, messages and all.
 *
 * It indexes the items down to the third level: the top object's
 * members (level 1), their members or elements (2), and those's (3):
 * meta.processing_log's entries, segments[i].content,
 * insights.generated_summaries' keys. */
#ifndef LLM_QREC_H
#define LLM_QREC_H

#include <stddef.h>

#include "buf.h"

struct llm_qitem {
	int parent;		/* the item it is in; -1: the top object */
	int end;		/* the index after its own items */
	const char *key;	/* a member's key (raw text); NULL: an element */
	size_t klen;
	const char *val;	/* the value's text: "...", {...}, [...], 12 */
	size_t vlen;
	char kind;		/* 's' string, 'n' number, 'b' true or false,
				 * 'z' null, 'o' object, 'a' array */
	char *dec;		/* the string decoded (llm_qrec_str), once */
};

struct llm_qedit {
	size_t at, cut;		/* text[at..at+cut) becomes the edit's text */
	size_t off, len;	/* the edit's text in edits */
};

struct llm_qrec {
	const char *text;
	size_t len;
	struct llm_qitem *it;
	size_t n, cap;
	struct sdc_buf strs;	/* decoded strings */
	struct llm_qedit *ed;	/* in the order made */
	size_t ned, edcap;
	struct sdc_buf edits;
};

int llm_qrec_read(struct llm_qrec *q, const char *text, size_t len);
/* The member key of item parent (-1: of the top object), or -1. */
int llm_qrec_find(const struct llm_qrec *q, int parent, const char *key);
/* The items directly in item parent: for (i = llm_qrec_first(q, p); i >= 0;
 * i = llm_qrec_next(q, p, i)). */
int llm_qrec_first(const struct llm_qrec *q, int parent);
int llm_qrec_next(const struct llm_qrec *q, int parent, int i);
/* Item i's string, decoded and NUL-terminated (json-c's C string: up to
 * a "\u0000"), or NULL when i < 0 or it is not a string.  Valid until
 * the next llm_qrec_read. */
const char *llm_qrec_str(struct llm_qrec *q, int i);

/* Edits, as json-c's json_object_object_add and json_object_array_add
 * make them: a member's value replaced where it stands, or the member
 * added at the end of the object; an element added at the end of the
 * array.  value is JSON text (sdc_jsonw_string for a string). */
void llm_qrec_set(struct llm_qrec *q, int object, const char *key, const char *value);
void llm_qrec_replace(struct llm_qrec *q, int i, const char *value);
void llm_qrec_append(struct llm_qrec *q, int array, const char *value);
/* The text with the edits, appended to b; or as one record on standard
 * output. */
void llm_qrec_render(struct llm_qrec *q, struct sdc_buf *b);
void llm_qrec_write(struct llm_qrec *q);
void llm_qrec_free(struct llm_qrec *q);

#endif
