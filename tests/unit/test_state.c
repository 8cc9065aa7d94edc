/* Unit tests of state.c's appends: many writers at once lose nothing and
 * never interleave, lines longer than PIPE_BUF included; a line a dead
 * writer left unterminated is ended before the next; a reader sees a line
 * still being written as partial (jsonl.c). */
#include "check.h"
#include "diag.h"
#include "jsonl.h"
#include "state.h"

#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define WRITERS 8
#define LINES 200
#define LONG_LINE (3 * PIPE_BUF)	/* several write(2) calls' worth */

/* Writer w's line i: "w i" then a filler of w's letter, long or short. */
static size_t
make_line(char *b, int w, int i)
{
	size_t n = (size_t)sprintf(b, "%d %d ", w, i);
	size_t len = i % 3 == 0 ? LONG_LINE : 40;

	memset(b + n, 'a' + w, len);
	b[n + len] = '\n';
	return n + len + 1;
}

static void
writer(const char *path, int w)
{
	static char b[LONG_LINE + 64];
	int i;

	for (i = 0; i < LINES; i++)
		if (sdc_state_append(path, b, make_line(b, w, i)) < 0)
			_exit(1);
	_exit(0);
}

/* Every line whole (one writer's letter throughout) and each writer's
 * lines all there, in its order. */
static int
verify(const char *path, long *count)
{
	struct sdc_lines *l = sdc_lines_open_path(path, 0);
	int next[WRITERS] = { 0 }, w, i, bad = 0;
	char *line, *p;
	size_t len;

	*count = 0;
	while (l && sdc_lines_next(l, &line, &len) > 0) {
		(*count)++;
		if (sscanf(line, "%d %d ", &w, &i) != 2 || w < 0 || w >= WRITERS ||
		    i != next[w]++) {
			bad++;
			continue;
		}
		p = strchr(strchr(line, ' ') + 1, ' ') + 1;
		if (strspn(p, (char[]){ (char)('a' + w), 0 }) != strlen(p) ||
		    strlen(p) != (i % 3 == 0 ? LONG_LINE : 40))
			bad++;
	}
	sdc_lines_close(l);
	return bad;
}

static void
concurrent(const char *path)
{
	pid_t pid[WRITERS];
	int w, st, ok = 1;
	long n;

	unlink(path);
	for (w = 0; w < WRITERS; w++)
		if ((pid[w] = fork()) == 0)
			writer(path, w);
	for (w = 0; w < WRITERS; w++)
		ok &= waitpid(pid[w], &st, 0) == pid[w] && WIFEXITED(st) &&
		    WEXITSTATUS(st) == 0;
	CHECK("8 writers at once all succeed", ok);
	CHECK_INT("no line torn or out of order", verify(path, &n), 0);
	CHECK_INT("no line lost", n, WRITERS * LINES);
}

static void
torn(const char *path)
{
	struct sdc_lines *l;
	char *line;
	size_t len;
	FILE *fp = fopen(path, "w");

	fputs("{\"whole\": 1}\n{\"half\": ", fp);
	fclose(fp);
	l = sdc_lines_open_path(path, 0);
	CHECK_INT("first line", sdc_lines_next(l, &line, &len), 1);
	CHECK("a whole line is not partial", !sdc_lines_partial(l));
	CHECK_INT("the line being written", sdc_lines_next(l, &line, &len), 1);
	CHECK("is partial", sdc_lines_partial(l));
	sdc_lines_close(l);
	CHECK_INT("append after a torn line", sdc_state_append(path, "{}\n", 3), 0);
	l = sdc_lines_open_path(path, 0);
	sdc_lines_next(l, &line, &len);
	sdc_lines_next(l, &line, &len);
	CHECK_STR("the torn line is ended", line, "{\"half\": ");
	CHECK_INT("the new line on its own", sdc_lines_next(l, &line, &len), 1);
	CHECK_STR("whole", line, "{}");
	CHECK("and complete", !sdc_lines_partial(l));
	sdc_lines_close(l);
}

/* Lines in pieces under one lock: another appender waits until the
 * close, so its line comes after all of them. */
static void
pieces(const char *path)
{
	int fd = sdc_state_append_open(path), status;
	pid_t pid;
	FILE *fp;
	char buf[64];
	int n = 0, other_at = -1;

	CHECK("opened and locked", fd >= 0);
	CHECK_INT("a piece", sdc_write_all(fd, "{\"p\":1}\n", 8), 0);
	if ((pid = fork()) == 0)
		_exit(sdc_state_append(path, "{\"other\":1}\n", 12) < 0);
	usleep(100000);		/* the other appender is waiting on the lock */
	CHECK_INT("another piece", sdc_write_all(fd, "{\"p\":2}\n", 8), 0);
	CHECK_INT("closed", sdc_state_append_close(fd), 0);
	waitpid(pid, &status, 0);
	CHECK("the other appender wrote", WIFEXITED(status) && WEXITSTATUS(status) == 0);
	fp = fopen(path, "r");
	while (fp && fgets(buf, sizeof(buf), fp)) {
		if (strcmp(buf, "{\"other\":1}\n") == 0)
			other_at = n;
		n++;
	}
	if (fp)
		fclose(fp);
	CHECK_INT("its line after both pieces", other_at, n - 1);
}

int
main(void)
{
	char dir[] = "/tmp/test_state.XXXXXX", path[64];

	if (!mkdtemp(dir))
		return 1;
	snprintf(path, sizeof(path), "%s/sub/append.jsonl", dir);
	concurrent(path);
	torn(path);
	pieces(path);
	unlink(path);
	snprintf(path, sizeof(path), "%s/sub", dir);
	rmdir(path);
	rmdir(dir);
	return check_done();
}
