/* memfile - for fuzz targets: the input as an in-memory file (memfd), for
 * programs that open a path or map a file, and stdout sent to /dev/null. */
#ifndef SDC_FUZZ_MEMFILE_H
#define SDC_FUZZ_MEMFILE_H

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

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

#endif
