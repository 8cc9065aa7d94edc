/* planted.c - a stand-in for sdc-sc2jsonl with planted defects, for
 * tests/cli/torture.bats: it proves that the torture driver fails a run on
 * each kind of defect it looks for, and passes a program without one.
 *
 * It takes each line of its input (the last argument) as a record, writes
 * one JSON line for it and prints the summary sdc-sc2jsonl would.  The defect,
 * from TORTURE_PLANT, strikes on one kind of input only, as a real bug
 * would: "asan" writes past a heap block on a line holding a NUL byte,
 * "ubsan" overflows an int on one, "hang" loops forever on 10,000 levels of
 * nesting, "silent" rejects a final line without a newline without saying
 * so, "count" loses a record from the counts, "json" writes a record cut
 * short for a final line without a newline; "none" has no defect. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(int argc, char **argv)
{
	const char *plant = getenv("TORTURE_PLANT");
	FILE *fp = fopen(argv[argc - 1], "rb");
	char *line = NULL, *p;
	size_t cap = 0;
	ssize_t n;
	long read = 0, written = 0, rejected = 0;
	volatile int x = INT_MAX;

	if (!fp || !plant)
		return 2;
	while ((n = getline(&line, &cap, fp)) > 0) {
		read++;
		if (memchr(line, '\0', (size_t)n) && strcmp(plant, "asan") == 0) {
			p = malloc(4);
			p[n + 4] = 1;	/* the planted heap overflow */
			free(p);
		}
		if (memchr(line, '\0', (size_t)n) && strcmp(plant, "ubsan") == 0)
			x += (int)n;	/* the planted signed overflow */
		while (strstr(line, "[[[[[[[[[[") && strcmp(plant, "hang") == 0)
			;		/* the planted endless loop */
		if (line[n - 1] != '\n' && strcmp(plant, "silent") == 0) {
			rejected++;	/* the planted rejection without a word */
			continue;
		}
		if (line[n - 1] != '\n' && strcmp(plant, "json") == 0)
			printf("{\"record\":%ld\n", read);	/* the planted cut */
		else
			printf("{\"record\":%ld}\n", read);
		written++;
	}
	if (strcmp(plant, "count") == 0 && read > 3)
		read++;
	fprintf(stderr, "sdc-sc2jsonl: %ld read, %ld written, %ld rejected, "
	    "0 filtered by process type, 0 duplicates dropped, %ld rows in sessions\n",
	    read, written, rejected, written);
	free(line);
	fclose(fp);
	return rejected ? 1 : 0;
}
