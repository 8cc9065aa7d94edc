/* linkrec - sdc-link's record path: the customer list, aliases, rules and
 * memory it decides from, and the decision for each session record.
 *
 *	struct sdc_linkrec_opts o = { .customers = "customers.json",
 *	    .nomemory = 1 };
 *	sdc_linkrec_open(&o);		// after sdc_config_load
 *	sdc_linkrec_session(record);	// links it in place
 *	sdc_linkrec_close();		// memory, review file, LLM log
 *
 * One set of customers per process (the state is the module's): a program
 * opens it once; the fuzz target opens it once and forgets each input's
 * decisions. */
#ifndef SDC_LINKREC_H
#define SDC_LINKREC_H

#include <stddef.h>
#include <json-c/json.h>

struct sdc_linkrec_opts {
	const char *customers;	/* the link cache (required) */
	const char *aliases;	/* NULL: link.aliases of the config */
	const char *rules;	/* sdc-review's decisions, NULL: none */
	const char *memory;	/* decisions and history of earlier runs */
	const char *review;	/* NULL: no review file */
	const char *threshold, *margin;	/* percent text; NULL: the config */
	const char *const *skip;	/* sources passed through (NULL: SillyTavern) */
	size_t nskip;
	const char *const *tickets;	/* the time evidence's ticket files
					 * (none: the data folder's) */
	size_t ntickets;
	int notickets;
	int nomemory;
	int no_llm;
};

/* Read everything decisions are made from; exit 2 on a bad file. */
void sdc_linkrec_open(const struct sdc_linkrec_opts *o);
/* One record: 1 linked or looked at (in place), 0 passed through (not
 * "Needs Linking", or a skipped source), -1 not a session (no meta or
 * context object: left alone). */
int sdc_linkrec_session(json_object *s);
/* -j: decide the customer name of a record ahead of it (status, source,
 * a customer id given, the name: as the record has them), queueing its
 * LLM question when it needs one; sdc_linkrec_settle() then asks every
 * queued question, jobs at a time, before the records are linked. */
void sdc_linkrec_prefetch(const char *status, const char *source, int has_id,
    const char *guess);
void sdc_linkrec_settle(int jobs);
/* Is an LLM there to ask (so that asking ahead pays)? */
int sdc_linkrec_asks(void);
/* Save the memory (when the output reached the disk), write the review
 * file, close the LLM log, free the customers. */
void sdc_linkrec_close(int output_ok);
/* Drop this run's decisions and learnt history (a fuzz target's inputs
 * must not grow the memory without bound). */
void sdc_linkrec_forget(void);

#endif
