/* outfile - see outfile.h. */
#include "outfile.h"
#include "diag.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char *tmp_path;
static const char *final_path;
static int tmp_fd = -1;

static void
drop_tmp(void)
{
	if (tmp_path)
		unlink(tmp_path);
	free(tmp_path);
	tmp_path = NULL;
}

void
sdc_outfile_open(const char *path)
{
	mode_t mask = umask(0);

	umask(mask);
	tmp_path = sdc_xmalloc(strlen(path) + 8);
	sprintf(tmp_path, "%s.XXXXXX", path);
	if ((tmp_fd = mkstemp(tmp_path)) < 0) {
		free(tmp_path);
		tmp_path = NULL;
		sdc_err(SDC_EXIT_USAGE, "%s", path);
	}
	final_path = path;
	atexit(drop_tmp);
	/* mkstemp makes 0600; the file gets the mode a plain > would give. */
	if (fchmod(tmp_fd, 0666 & ~mask) != 0 || dup2(tmp_fd, STDOUT_FILENO) < 0)
		sdc_err(SDC_EXIT_FATAL, "%s", tmp_path);
}

void
sdc_outfile_commit(void)
{
	if (!tmp_path)
		return;
	if (fsync(tmp_fd) != 0 || close(tmp_fd) != 0 || rename(tmp_path, final_path) != 0)
		sdc_err(SDC_EXIT_FATAL, "%s", final_path);
	free(tmp_path);
	tmp_path = NULL;
}
