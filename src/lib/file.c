/* file - see file.h. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "file.h"

int
sdc_file_read_fp(FILE *fp, struct sdc_buf *b)
{
	char chunk[65536];
	size_t n;

	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		if (sdc_buf_add(b, chunk, n) < 0) {
			errno = EFBIG;
			return -1;
		}
	if (ferror(fp)) {
		errno = EIO;
		return -1;
	}
	return 0;
}

char *
sdc_file_read(const char *path, size_t max, size_t *len)
{
	FILE *fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	struct sdc_buf b = SDC_BUF_INIT;
	int rc, err;

	if (!fp)
		return NULL;
	b.max = max;
	rc = sdc_file_read_fp(fp, &b);
	err = errno;
	if (fp != stdin)
		fclose(fp);
	if (rc < 0) {
		sdc_buf_free(&b);
		errno = err;
		return NULL;
	}
	*len = b.len;
	return sdc_buf_take(&b);
}

int
sdc_file_mkdirs(const char *dir)
{
	char *d = sdc_xstrdup(dir), *p;
	int rc = 0;

	for (p = d; *p && rc == 0; p++)
		if (*p == '/' && p != d && p[-1] != '/') {
			*p = '\0';
			if (mkdir(d, 0777) < 0 && errno != EEXIST)
				rc = -1;
			*p = '/';
		}
	if (rc == 0 && *d && mkdir(d, 0777) < 0 && errno != EEXIST)
		rc = -1;
	free(d);
	return rc;
}

int
sdc_file_mkparent(const char *path)
{
	char *d = sdc_xstrdup(path), *p = strrchr(d, '/');
	int rc = 0;

	if (p && p != d) {
		*p = '\0';
		rc = sdc_file_mkdirs(d);
	}
	free(d);
	return rc;
}

void
sdc_file_check_inputs(char *const *paths, int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (strcmp(paths[i], "-") != 0 && access(paths[i], R_OK) != 0)
			sdc_err(SDC_EXIT_USAGE, "%s", paths[i]);
}

static const char *
tmp_dir(void)
{
	const char *d = getenv("TMPDIR");

	return d && *d ? d : "/tmp";
}

FILE *
sdc_file_tmp(const char *what)
{
	const char *dir = tmp_dir();
	char *path = sdc_xmalloc(strlen(dir) + 16);
	FILE *fp;
	int fd;

	sprintf(path, "%s/sdc-XXXXXX", dir);
	if ((fd = mkstemp(path)) < 0)
		sdc_err(SDC_EXIT_FATAL, "%s: a temporary file for %s", dir, what);
	unlink(path);	/* gone when closed, on any exit */
	free(path);
	if (!(fp = fdopen(fd, "w+")))
		sdc_err(SDC_EXIT_FATAL, "%s: a temporary file for %s", dir, what);
	return fp;
}

void
sdc_file_tmp_check(FILE *fp, const char *what)
{
	if (fflush(fp) != 0 || ferror(fp))
		sdc_err(SDC_EXIT_FATAL, "%s: the temporary file for %s", tmp_dir(), what);
}
