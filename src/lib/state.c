/* state - atomic JSON state files.  See state.h. */
#include "state.h"
#include "buf.h"
#include "diag.h"
#include "file.h"
#include "jsonl.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

int
sdc_state_lock(const char *path)
{
	struct sdc_buf lp = SDC_BUF_INIT;
	int fd;

	if (sdc_file_mkparent(path) < 0)
		sdc_err(SDC_EXIT_FATAL, "%s", path);
	sdc_buf_printf(&lp, "%s.lock", path);
	fd = open(lp.p, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
	if (fd < 0 || flock(fd, LOCK_EX) < 0)
		sdc_err(SDC_EXIT_FATAL, "%s", lp.p);
	sdc_buf_free(&lp);
	return fd;
}

json_object *
sdc_state_load(const char *path)
{
	const char *why;
	json_object *j;
	size_t len;
	char *text = sdc_file_read(path, 16 << 20, &len);

	if (!text && errno == ENOENT)
		return NULL;
	if (!text && errno == EFBIG)
		sdc_errx(SDC_EXIT_USAGE, "%s: state file too large", path);
	if (!text)
		sdc_err(SDC_EXIT_USAGE, "%s", path);
	j = sdc_json_parse(text, len, &why);
	free(text);
	if (!json_object_is_type(j, json_type_object))
		sdc_errx(SDC_EXIT_USAGE, "%s: not a state file (%s); delete it "
		    "to start over", path, j ? "not an object" : why);
	return j;
}

int
sdc_state_save(const char *path, json_object *state)
{
	struct sdc_buf tmp = SDC_BUF_INIT;
	char *dcopy;
	size_t len;
	const char *s = json_object_to_json_string_length(state,
	    JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_NOSLASHESCAPE, &len);
	int fd, dfd, rc = -1, e;

	if (sdc_file_mkparent(path) < 0)
		return -1;
	sdc_buf_printf(&tmp, "%s.tmp.%ld", path, (long)getpid());
	fd = open(tmp.p, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
	if (fd < 0)
		goto out;
	if (sdc_write_all(fd, s, len) < 0 || sdc_write_all(fd, "\n", 1) < 0 ||
	    fsync(fd) < 0) {
		e = errno;
		close(fd);
		unlink(tmp.p);
		errno = e;
		goto out;
	}
	if (close(fd) < 0 || rename(tmp.p, path) < 0) {
		e = errno;
		unlink(tmp.p);
		errno = e;
		goto out;
	}
	/* The rename itself is only durable once the directory is synced. */
	dcopy = sdc_xstrdup(path);
	dfd = open(dirname(dcopy), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		fsync(dfd);
		close(dfd);
	}
	free(dcopy);
	rc = 0;
out:
	sdc_buf_free(&tmp);
	return rc;
}

/* A last line left without its "\n" by a writer that died mid-line is
 * ended first, so the next line is not glued to it. */
static int
end_torn_line(int fd)
{
	struct stat st;
	char c;

	if (fstat(fd, &st) < 0 || st.st_size == 0)
		return 0;
	if (pread(fd, &c, 1, st.st_size - 1) != 1 || c == '\n')
		return 0;	/* (a write-only fd cannot tell: nothing done) */
	return sdc_write_all(fd, "\n", 1);
}

int
sdc_state_append_fd(int fd, const void *p, size_t len)
{
	int rc, e;

	if (flock(fd, LOCK_EX) < 0)
		return -1;
	rc = end_torn_line(fd);
	if (rc == 0)
		rc = sdc_write_all(fd, p, len);
	e = errno;
	(void)flock(fd, LOCK_UN);
	errno = e;
	return rc;
}

int
sdc_state_append_open(const char *path)
{
	int fd, e;

	if (sdc_file_mkparent(path) < 0)
		return -1;
	fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0666);
	if (fd < 0)
		return -1;
	if (flock(fd, LOCK_EX) < 0 || end_torn_line(fd) < 0) {
		e = errno;
		close(fd);
		errno = e;
		return -1;
	}
	return fd;
}

int
sdc_state_append_close(int fd)
{
	int rc = fsync(fd), e = errno;

	(void)flock(fd, LOCK_UN);
	if (close(fd) < 0 && rc == 0)
		return -1;
	errno = e;
	return rc;
}

int
sdc_state_append(const char *path, const void *p, size_t len)
{
	int fd = sdc_state_append_open(path), rc, e;

	if (fd < 0)
		return -1;
	rc = sdc_write_all(fd, p, len);
	e = errno;
	if (sdc_state_append_close(fd) < 0 && rc == 0)
		return -1;
	errno = e;
	return rc;
}
