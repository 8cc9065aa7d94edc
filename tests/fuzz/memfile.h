/* memfile - for the program-level fuzz targets: the input as an in-memory
 * stream or file (memfd, for programs that open a path or map a file), and
 * the program's setup: stdout and the --reject file sent to /dev/null. */
#ifndef SDC_FUZZ_MEMFILE_H
#define SDC_FUZZ_MEMFILE_H

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "diag.h"

/* A memfd holding data[0..size), at offset 0; path gets "/proc/self/fd/N"
 * when not NULL (opening it starts a new read from the beginning). */
static inline int
fuzz_memfile(const void *data, size_t size, char path[32])
{
	int fd = memfd_create("fuzz", 0);

	if (fd < 0 || write(fd, data, size) != (ssize_t)size || lseek(fd, 0, SEEK_SET) != 0)
		abort();
	if (path)
		snprintf(path, 32, "/proc/self/fd/%d", fd);
	return fd;
}

static inline void
fuzz_stdout_null(void)
{
	int fd = open("/dev/null", O_WRONLY);

	if (fd < 0 || dup2(fd, STDOUT_FILENO) < 0)
		abort();
	close(fd);
}

/* data[0..size) as a stream (fmemopen wants a size > 0: an empty input
 * is /dev/null); NULL when it cannot be opened. */
static inline FILE *
fuzz_stream(const void *data, size_t size)
{
	return size ? fmemopen((void *)data, size, "rb") : fopen("/dev/null", "rb");
}

/* Once per process: the program's name in messages, no warnings, and
 * what it writes (records, rejected raw input) into /dev/null. */
static inline void
fuzz_setup(const char *name)
{
	sdc_init(name);
	sdc_quiet = 1;
	fuzz_stdout_null();
	sdc_reject_open("/dev/null");
}

#endif
