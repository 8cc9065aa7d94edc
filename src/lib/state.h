/* state - layer 2 (records): small JSON state files between runs
 * (conventions.md "State").
 *
 * Written atomically (temporary file in the same directory, fsync, rename,
 * fsync of the directory), so a reader sees the old or the new file, never
 * half of one; concurrent runs are serialised with flock on FILE.lock.
 * Deleting a state file is always safe: it only costs repeated work.
 *
 * Line files that several processes grow at once (the link memory, the
 * LLM call log, the link rules) are appended to, never rewritten: whole
 * lines, one write(2) with O_APPEND under flock on the file itself, held
 * only for that write, so GNU parallel's jobs never wait on each other for
 * a whole run.  A reader takes no lock; the one thing it can see is a
 * last line still being written (no "\n" yet), which it skips without a
 * word (sdc_lines_partial). */
#ifndef SDC_STATE_H
#define SDC_STATE_H

#include <json-c/json.h>

/* Take the exclusive lock for the state file path, waiting for another
 * run to finish; creates the directory.  Returns the lock's fd (closing
 * it releases the lock); a failure is fatal (exit 3). */
int sdc_state_lock(const char *path);

/* The state object, or NULL when the file does not exist.  A file that is
 * not a JSON object is a configuration error (exit 2, naming the file). */
json_object *sdc_state_load(const char *path);

/* Replace the file with state; 0, or -1 with errno set. */
int sdc_state_save(const char *path, json_object *state);

/* Append len bytes (whole lines) to the file open with O_APPEND as fd
 * (O_RDWR: a last line a dead writer left unterminated is ended first),
 * holding its flock until all are written, so no other appender's line
 * comes in between whatever the length (O_APPEND alone keeps one write(2)
 * whole only on local file systems, and PIPE_BUF is about pipes).
 * 0, or -1 with errno set. */
int sdc_state_append_fd(int fd, const void *p, size_t len);

/* The same to path (created, with its directory, when missing), then
 * fsync: for lines that must survive a crash.  0, or -1 with errno. */
int sdc_state_append(const char *path, const void *p, size_t len);

/* The same in pieces, for more lines than are worth holding at once:
 * path opened (created, with its directory) and locked, its torn last
 * line ended; the lines written to the fd returned (sdc_write_all), then
 * sdc_state_append_close: fsync, unlock, close.  Other appenders wait
 * between the two, so the lines stay together.  -1 with errno on error. */
int sdc_state_append_open(const char *path);
int sdc_state_append_close(int fd);

#endif
