/* file - see file.h. */
#include <errno.h>
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
