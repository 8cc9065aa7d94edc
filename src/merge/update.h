/* update - sdc-merge's run over whole files: every line of NEW is indexed
 * by session_id, every line of STORE merged with its fresh one (merge.h) or
 * kept, and the result written to stdout in start-time order, unchanged
 * lines byte for byte.
 *
 *	mu_begin();
 *	mu_open(MU_STORE, "store.jsonl", 1); mu_open(MU_NEW, "new.jsonl", 0);
 *	(each mu_open(MU_NEW, ...) adds one NEW file more)
 *	mu_run();
 *	mu_end();	(sdc_stats and the named counts say what happened)
 *
 * A module of its own so that tests/fuzz/fuzz_merge_files.c can drive the
 * program's whole path in-process. */
#ifndef SDC_MERGE_UPDATE_H
#define SDC_MERGE_UPDATE_H

enum { MU_STORE, MU_NEW };

void mu_begin(void);
/* path ("-" = stdin); with check_stdout, a STORE that is stdout itself is
 * a usage error.  mu_open_fd maps fd (closed later), naming it name. */
void mu_open(int which, const char *path, int check_stdout);
void mu_open_fd(int which, const char *name, int fd);
/* Also write the lines of the output that are not the stored ones (the
 * added and the updated sessions, in output order) to path: what the
 * stages after the merge must see again. */
void mu_changed(const char *path);
void mu_run(void);
void mu_end(void);

#endif
