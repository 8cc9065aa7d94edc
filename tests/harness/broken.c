/* broken.c - a deliberately broken program for tests/cli/harness.bats: it
 * writes past a heap block (or, given "ubsan", overflows an int) and then
 * exits 1, the status a careless test accepts.  Built with the sanitizers,
 * the harness must still fail that test. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

int
main(int argc, char **argv)
{
	volatile int x = INT_MAX;
	char *p;

	if (argc > 1 && strcmp(argv[1], "ubsan") == 0) {
		x += argc;
		return x & 1;
	}
	p = malloc(8);
	p[argc + 8] = 1;
	free(p);
	return 1;
}
