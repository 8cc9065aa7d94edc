/* libFuzzer target: sdc-group's whole path (src/group/workitems.c): the
 * records read, customers keyed, sessions merged per customer, chats
 * placed, billable time, the Work Items written (to /dev/null).  The first
 * byte picks the options (bits 0-2 --gap in 15 minutes, bits 3-4 --round
 * 0/1/15/60, bit 5 --min-minutes 5, bit 6 --project ticket:4411; the
 * seeds start with 0x13, the defaults --gap 45 --round 15); the rest is
 * the file, given as an in-memory file (memfd).  Each input runs twice:
 * streamed (the store's start order; workitems.c falls back on its own)
 * and wholly in memory; the two outputs and counts must be the same. */
#include "diag.h"
#include "memfile.h"
#include "workitems.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Run sdc-group over path with stdout in a fresh memfd; its bytes into
 * *out (malloc'd), their count as the result, the counts into st. */
static size_t
run(struct group_opts *o, const char *path, char **out, struct sdc_stats *st)
{
	int fd = memfd_create("out", 0), keep = dup(STDOUT_FILENO);
	off_t n;

	if (fd < 0 || keep < 0 || dup2(fd, STDOUT_FILENO) < 0)
		abort();
	memset(&sdc_stats, 0, sizeof(sdc_stats));
	group_begin(o);
	group_read(path);
	group_write();
	group_end();
	if (sdc_flush_hook)
		sdc_flush_hook();
	*st = sdc_stats;
	n = lseek(fd, 0, SEEK_END);
	*out = malloc((size_t)n + 1);
	if (n < 0 || !*out || pread(fd, *out, (size_t)n, 0) != n ||
	    dup2(keep, STDOUT_FILENO) < 0)
		abort();
	close(keep);
	close(fd);
	return (size_t)n;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const long rounds[] = { 0, 1, 15, 60 };
	static char *project[] = { "ticket:4411" };
	static int inited;
	struct group_opts o = { 0 };
	char path[32], *a, *b;
	struct sdc_stats sa, sb;
	size_t na, nb;
	int fd;

	if (!inited) {
		fuzz_setup("fuzz_group");
		inited = 1;
	}
	if (size < 1)
		return 0;
	o.gap = (data[0] & 7) * 15;
	o.round = rounds[(data[0] >> 3) & 3];
	o.min_minutes = data[0] & 0x20 ? 5 : 0;
	o.projects = project;
	o.nprojects = (data[0] & 0x40) != 0;
	fd = fuzz_memfile(data + 1, size - 1, path);
	na = run(&o, path, &a, &sa);
	o.in_memory = 1;
	nb = run(&o, path, &b, &sb);
	close(fd);
	if (na != nb || memcmp(a, b, na) != 0 || sa.written != sb.written ||
	    sa.read != sb.read || sa.rejected != sb.rejected)
		abort();	/* the stream and the path in memory differ */
	if (sa.rejected > sa.read)
		abort();
	free(a);
	free(b);
	return 0;
}
