/* libFuzzer target: the notes.json reader of sdc-notes2jsonl
 * (src/notes2jsonl/notes.c), on a document written to a temporary file. */
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#include "diag.h"
#include "notes.h"
#include "sdctime.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char path[] = "/tmp/sdc-fuzz-notes-XXXXXX";
	static struct notes n;
	static int fd = -1;

	if (fd < 0) {
		fd = mkstemp(path);
		n.tz = sdc_tz_open("UTC");
		sdc_quiet = 1;
	}
	if (ftruncate(fd, 0) < 0 || pwrite(fd, data, size, 0) != (ssize_t)size)
		return 0;
	notes_read(&n, path);
	notes_sort(&n);
	notes_clear(&n);
	return 0;
}
