/* workitems - sdc-group's work: Session records in, Work Item records out
 * on stdout, in start order.
 *
 *	group_begin(&opts);
 *	group_read("sessions.jsonl");	(or group_read_args)
 *	group_write();
 *	group_end();
 *
 * A module of its own so that tests/fuzz/fuzz_group.c can drive the
 * program's whole path in-process. */
#ifndef SDC_GROUP_WORKITEMS_H
#define SDC_GROUP_WORKITEMS_H

struct group_opts {
	long gap;		/* merge a customer's sessions this close (min) */
	long round;		/* round billable time up to this (min), 0 exact */
	long min_minutes;	/* what a zero-length session counts */
	char **projects;	/* keep only items linked to one of these */
	int nprojects;
	int in_memory;		/* no stream: the whole input in memory (tests) */
};

void group_begin(const struct group_opts *opts);
/* The records of path ("-" = stdin), or of each argv[first..argc) (stdin
 * when there is none); a file that cannot be opened is a usage error. */
void group_read(const char *path);
void group_read_args(int argc, char **argv, int first);
void group_write(void);
void group_end(void);

#endif
