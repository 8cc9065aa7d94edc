/* convert - sdc-sc2jsonl's conversion: ScreenConnect connection reports
 * (CSV exports or GetReport JSON, told apart by their first bytes) to
 * Session records on stdout, grouped across every input read.
 *
 *	sc2_begin(&opts);
 *	sc2_read("a.csv"); sc2_read("b.json");	(or sc2_read_stream)
 *	sc2_write();		sessions in start-time order
 *	sc2_end();		everything freed; sc2_begin may follow
 *
 * A module of its own so that tests/fuzz/fuzz_sc2jsonl.c can drive the
 * program's whole row path in-process. */
#ifndef SDC_SC2JSONL_CONVERT_H
#define SDC_SC2JSONL_CONVERT_H

#include <stdint.h>
#include <stdio.h>

#include "sdctime.h"

enum sc2_process { SC2_PT_HOST, SC2_PT_GUEST, SC2_PT_ALL };

struct sc2_opts {
	struct sdc_tz *tz;		/* zone of times without one */
	int time_flags;			/* SDC_TIME_DAYFIRST */
	enum sc2_process process_type;	/* rows to keep */
	int64_t gap_ms;			/* largest gap inside one session */
};

void sc2_begin(const struct sc2_opts *opts);
/* One input: path ("-" = stdin); one that cannot be opened is counted as
 * rejected.  sc2_read_stream reads fp, naming it path in messages. */
void sc2_read(const char *path);
void sc2_read_stream(FILE *fp, const char *path);
/* Group what was read and write the sessions (sdc_write_lines). */
void sc2_write(void);
void sc2_end(void);

#endif
