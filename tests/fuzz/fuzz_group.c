/* libFuzzer target: sdc-group's whole path (src/group/workitems.c): the
 * records read, customers keyed, sessions merged per customer, chats
 * placed, billable time, the Work Items written (to /dev/null).  The first
 * byte picks the options (bits 0-2 --gap in 15 minutes, bits 3-4 --round
 * 0/1/15/60, bit 5 --min-minutes 5, bit 6 --project ticket:4411; the
 * seeds start with 0x13, the defaults --gap 45 --round 15); the rest is
 * the file, given as an in-memory file (memfd). */
#include "diag.h"
#include "memfile.h"
#include "workitems.h"

#include <stdint.h>
#include <string.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const long rounds[] = { 0, 1, 15, 60 };
	static char *project[] = { "ticket:4411" };
	static int inited;
	struct group_opts o = { 0 };
	char path[32];
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
	memset(&sdc_stats, 0, sizeof(sdc_stats));
	fd = fuzz_memfile(data + 1, size - 1, path);
	group_begin(&o);
	group_read(path);
	group_write();
	group_end();
	close(fd);
	if (sdc_stats.rejected > sdc_stats.read)
		abort();
	return 0;
}
