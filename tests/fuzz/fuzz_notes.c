/* libFuzzer target: the notes.json reader of sdc-notes2jsonl, driven
 * through the program's own functions (its main is renamed away). */
#define main notes2jsonl_main
#include "../../src/sdc-notes2jsonl.c"
#undef main

#include <stdint.h>
#include <unistd.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char path[] = "/tmp/sdc-fuzz-notes-XXXXXX";
	static int fd = -1;
	size_t i;

	if (fd < 0) {
		fd = mkstemp(path);
		tz = sdc_tz_open("UTC");
		sdc_quiet = 1;
	}
	if (ftruncate(fd, 0) < 0 || pwrite(fd, data, size, 0) != (ssize_t)size)
		return 0;
	read_notes(path);
	for (i = 0; i < nout; i++)
		json_object_put(out[i].s);
	nout = 0;
	return 0;
}
