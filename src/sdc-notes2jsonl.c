/* sdc-notes2jsonl - the legacy notes.json file to Session records.
 *
 * Each ticket becomes one session (initial issue, notes, to-dos as
 * segments); each standalone to-do item becomes a session of its own.
 * Problems are reported with the JSON path of the value at fault, e.g.
 * "notes.json: /tickets/3/date: unparseable date "13/45/24"".  The reader
 * is src/notes2jsonl/notes.c; this file is the command line. */
#include <getopt.h>
#include <stdlib.h>

#include "diag.h"
#include "file.h"
#include "jsonl.h"
#include "notes.h"
#include "sdctime.h"

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: sdc-notes2jsonl [-hqv] [--version] [--tz ZONE] [--dayfirst]\n"
	    "                       [--reject FILE] [FILE ...]\n"
	    "The legacy notes.json (tickets and to-dos) to sessions.\n"
	    "\n"
	    "  --tz ZONE             zone of the dates, read as midnight (default TZ)\n"
	    "  --dayfirst            read 3/1/2025 as 3 January\n"
	    "  --reject FILE         write each rejected ticket or to-do to FILE\n"
	    "  -q, --quiet           no warnings (rejections are still reported)\n"
	    "  -v, --verbose         the summary line even when nothing was rejected\n"
	    "  -h, --help            this text\n"
	    "  --version             the version\n");
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		SDC_COMMON_OPTIONS,
		SDC_TZ_OPTION,
		{ "dayfirst", no_argument, NULL, 'd' },
		{ NULL, 0, NULL, 0 }
	};
	struct notes n = { 0 };
	size_t i;
	int ch;

	sdc_init(argv[0]);
	while ((ch = getopt_long(argc, argv, "hqv", longopts, NULL)) != -1) {
		switch (ch) {
		case 'h':
			usage(stdout);
			return 0;
		case 'd':
			n.time_flags |= SDC_TIME_DAYFIRST;
			break;
		default:
			if (sdc_common_option(ch, optarg))
				break;
			usage(stderr);
			return SDC_EXIT_USAGE;
		}
	}
	n.tz = sdc_tz_open_default(sdc_opt_tz, NULL);
	if (!n.tz)
		return SDC_EXIT_USAGE;
	sdc_file_check_inputs(argv + optind, argc - optind);
	if (optind == argc)
		notes_read(&n, "-");
	for (; optind < argc; optind++)
		notes_read(&n, argv[optind]);
	notes_sort(&n);
	for (i = 0; i < n.nout; i++)
		sdc_write_record(n.out[i].s);
	notes_free(&n);
	sdc_summary();
	sdc_close_stdout();
	sdc_tz_close(n.tz);
	return sdc_exit_status();
}
