/* chats - sdc-st2jsonl's conversion of SillyTavern chat files to Session
 * records on stdout: reading a chat, its times (a zone inferred from the
 * generation times unless --tz), fingerprints against everything seen
 * before (the state's and this run's), sessions cut at gaps.
 *
 *	seen = st_begin(&opts);		(add the state's fingerprints to seen)
 *	st_convert("chat.jsonl");	(or st_convert_stream)
 *	(append st_new_fingerprints() to the state)
 *	st_end();
 *
 * A module of its own so that tests/fuzz/fuzz_st2jsonl.c can drive the
 * program's whole path in-process. */
#ifndef SDC_ST2JSONL_CHATS_H
#define SDC_ST2JSONL_CHATS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "buf.h"
#include "fpset.h"
#include "jsonl.h"
#include "sdctime.h"

struct st_opts {
	struct sdc_tz *tz;	/* zone of local times (sdc_opt_tz: given) */
	int64_t gap_ms;		/* largest gap inside one session */
	int reasoning;		/* --with-reasoning */
	size_t max_line;	/* longer lines are rejected */
};

/* Returns the set of fingerprints seen, for the state to fill. */
struct sdc_fpset *st_begin(const struct st_opts *opts);
/* One chat file: path ("-" = stdin), or fp read as name. */
void st_convert(const char *path);
void st_convert_stream(FILE *fp, const char *name);
void st_convert_lines(struct sdc_lines *l, const char *name);
/* An input that cannot be opened counts as one record read and rejected,
 * so that the counts still add up. */
void st_unreadable(const char *path);
/* The fingerprints first seen in this run, as "<64 hex>\n" lines. */
const struct sdc_buf *st_new_fingerprints(void);
void st_end(void);

#endif
