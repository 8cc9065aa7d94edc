/* outfile - layer 1 (data): "-o FILE" written atomically: standard output goes to a
 * temporary file beside FILE, renamed onto FILE only when the run ends
 * well, so a failed or killed run leaves the previous FILE as it was
 * (e.g. a customer cache that a failed fetch must not truncate). */
#ifndef SDC_OUTFILE_H
#define SDC_OUTFILE_H

/* Point standard output at a new temporary file beside path (removed at
 * exit unless committed).  Cannot create it: exit 2, naming path. */
void sdc_outfile_open(const char *path);

/* After standard output was flushed and closed (sdc_close_stdout):
 * fsync the temporary file and rename it onto path; a failure is fatal
 * (exit 3).  Does nothing when sdc_outfile_open was not called. */
void sdc_outfile_commit(void);

#endif
