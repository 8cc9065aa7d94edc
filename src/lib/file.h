/* file - layer 1 (data): whole files in memory, and directories made as
 * needed (mkdir -p).
 *
 *	char *text = sdc_file_read(path, 16UL << 20, &len);
 *	if (!text)
 *		sdc_err(SDC_EXIT_USAGE, "%s", path);	(EFBIG: over the cap)
 *
 * Every reader of a whole file goes through here, so each has a size cap
 * and sees read errors (ferror), never a silently short file. */
#ifndef SDC_FILE_H
#define SDC_FILE_H

#include <stddef.h>
#include <stdio.h>

#include "buf.h"

/* The whole of path ("-" = stdin), NUL-terminated, at most max bytes (0:
 * no cap).  NULL with errno set: fopen's, EFBIG when larger, EIO on a
 * read error.  Caller frees. */
char *sdc_file_read(const char *path, size_t max, size_t *len);
/* Append the rest of fp to b, within b->max.  0, or -1 with errno EFBIG
 * (b holds what fitted) or EIO. */
int sdc_file_read_fp(FILE *fp, struct sdc_buf *b);

/* Every input file a command line names ("-" aside) must be there and
 * readable before anything is written: else exit 2 (a usage error, the
 * same in every program), naming the first that is not. */
void sdc_file_check_inputs(char *const *paths, int n);

/* mkdir -p dir (mode 0777 before the umask).  0, or -1 with errno. */
int sdc_file_mkdirs(const char *dir);
/* mkdir -p of the directory path is in ("a/b/c.json": a/b). */
int sdc_file_mkparent(const char *path);

/* A temporary file for the spills of a program that streams (sdc-group's
 * work items, sdc-report's titles): made in $TMPDIR (else /tmp) and unlinked
 * at once, so it is gone on every exit path, however the program ends.
 * Cannot be made: exit 3, naming the directory and what it was for. */
FILE *sdc_file_tmp(const char *what);
/* The same for writing and reading back: a full disk named, exit 3. */
void sdc_file_tmp_check(FILE *fp, const char *what);

#endif
