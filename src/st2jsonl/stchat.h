/* stchat - one line of a SillyTavern chat file (sources/sillytavern.md).
 *
 * A chat file is a header line (optional: old group chats have none) and
 * one message per line.  sdc_stchat_classify() says which of these a parsed
 * line is and pulls out what a session needs.  is_system is overloaded
 * (§7): hidden user and character lines are conversation; UI help text,
 * tool-call logs and bias setters are noise. */
#ifndef SDC_STCHAT_H
#define SDC_STCHAT_H

#include <stddef.h>
#include <stdint.h>
#include <json-c/json.h>

#include "buf.h"
#include "stdate.h"

enum sdc_stchat_kind {
	SDC_STCHAT_HEADER,		/* the first line: chat metadata */
	SDC_STCHAT_MESSAGE,		/* conversation: becomes a segment */
	SDC_STCHAT_NOISE,		/* UI text, tool log, bias setter: skipped */
	SDC_STCHAT_FOREIGN		/* not a SillyTavern chat line */
};

struct sdc_stchat_msg {
	const char *name;		/* speaker; NULL when absent */
	const char *mes;		/* the text (chosen swipe); never NULL */
	size_t mes_len;
	json_object *send_date;		/* raw value; NULL when absent */
	enum sdc_stdate date_kind;
	int64_t date_ms;		/* UTC or wall ms, per date_kind */
	int64_t gen_ms;			/* gen_finished, else gen_started;
					   SDC_TIME_NONE when neither */
	int is_user, hidden;
	int group;			/* original_avatar or is_group seen */
	const char *role;		/* NULL, "narrator" or "comment" */
	const char *noise;		/* why a NOISE line is skipped */
	const char *model, *api, *reasoning;
};

/* Classify a parsed line; first = it is the file's first record (the only
 * place a header may be).  Strings in *m point into obj. */
enum sdc_stchat_kind sdc_stchat_classify(json_object *obj, int first,
    struct sdc_stchat_msg *m);

/* The fingerprint text "send_date|name|mes|occurrence" of a message:
 * send_date as written (a number in its decimal form, absent = ""). */
void sdc_stchat_fingerprint_text(struct sdc_buf *b, const struct sdc_stchat_msg *m,
    long occurrence);

#endif
