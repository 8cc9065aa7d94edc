/* state - atomic JSON state files.  See state.h. */
#include "state.h"
#include "buf.h"
#include "diag.h"
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

/* mkdir -p of path's directory. */
static int
make_parent(const char *path)
{
	char *d = sdc_xstrdup(path), *p;
	int rc = 0;

	p = strrchr(d, '/');
	if (p && p != d) {
		*p = '\0';
		for (p = d + 1; *p && rc == 0; p++)
			if (*p == '/') {
				*p = '\0';
				if (mkdir(d, 0777) < 0 && errno != EEXIST)
					rc = -1;
				*p = '/';
			}
		if (rc == 0 && mkdir(d, 0777) < 0 && errno != EEXIST)
			rc = -1;
	}
	free(d);
	return rc;
}

int
sdc_state_lock(const char *path)
{
	struct sdc_buf lp = SDC_BUF_INIT;
	int fd;

	if (make_parent(path) < 0)
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
	struct sdc_buf b = SDC_BUF_INIT;
	char chunk[4096];
	const char *why;
	json_object *j;
	size_t n;
	FILE *fp = fopen(path, "r");

	if (!fp) {
		if (errno == ENOENT)
			return NULL;
		sdc_err(SDC_EXIT_USAGE, "%s", path);
	}
	b.max = 16 << 20;
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		if (sdc_buf_add(&b, chunk, n) < 0)
			sdc_errx(SDC_EXIT_USAGE, "%s: state file too large", path);
	fclose(fp);
	j = sdc_json_parse(b.p ? b.p : "", b.len, &why);
	sdc_buf_free(&b);
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

	if (make_parent(path) < 0)
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
