/* state - layer 2 (records): small JSON state files between runs
 * (conventions.md "State").
 *
 * Written atomically (temporary file in the same directory, fsync, rename,
 * fsync of the directory), so a reader sees the old or the new file, never
 * half of one; concurrent runs are serialised with flock on FILE.lock.
 * Deleting a state file is always safe: it only costs repeated work. */
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

#endif
