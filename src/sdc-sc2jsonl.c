/* sdc-sc2jsonl - ScreenConnect connection reports (CSV exports or GetReport
 * JSON) to Session records: the options; the conversion is
 * src/sc2jsonl/convert.c. */
#include "convert.h"
#include "diag.h"
#include "file.h"
#include "sdctime.h"

#include <getopt.h>
#include <string.h>

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: sdc-sc2jsonl [-hqv] [--version] [--tz ZONE] [--dayfirst]\n"
	    "                    [--process-type host|guest|all] [--gap MINUTES]\n"
	    "                    [--reject FILE] [FILE ...]\n"
	    "ScreenConnect connection reports (CSV or GetReport JSON) to sessions.\n"
	    "\n"
	    "  --tz ZONE             zone of times without one (default UTC)\n"
	    "  --dayfirst            read 3/1/2025 as 3 January (D/M/Y exports)\n"
	    "  --process-type TYPE   rows to keep: host (default), guest or all\n"
	    "  --gap MINUTES         largest gap inside one session (default 60)\n"
	    "  --reject FILE         write each rejected row, unchanged, to FILE\n"
	    "  -q, --quiet           no warnings (rejections are still reported)\n"
	    "  -v, --verbose         the summary line even when nothing was rejected\n"
	    "  -h, --help            this text\n"
	    "  --version             the version\n");
}

static int
process_type_arg(const char *s)
{
	if (strcmp(s, "host") == 0)
		return SC2_PT_HOST;
	if (strcmp(s, "guest") == 0)
		return SC2_PT_GUEST;
	if (strcmp(s, "all") != 0)
		sdc_errx(SDC_EXIT_USAGE, "--process-type: want host, guest or all");
	return SC2_PT_ALL;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		SDC_COMMON_OPTIONS,
		SDC_TZ_OPTION,
		{ "dayfirst", no_argument, NULL, 'd' },
		{ "process-type", required_argument, NULL, 'p' },
		{ "gap", required_argument, NULL, 'g' },
		{ NULL, 0, NULL, 0 }
	};
	struct sc2_opts opt = { 0 };
	int ch;

	sdc_init(argv[0]);
	opt.gap_ms = 30 * 60000;
	while ((ch = getopt_long(argc, argv, "hqv", longopts, NULL)) != -1) {
		switch (ch) {
		case 'h':
			usage(stdout);
			return 0;
		case 'd':
			opt.time_flags |= SDC_TIME_DAYFIRST;
			break;
		case 'p':
			opt.process_type = process_type_arg(optarg);
			break;
		case 'g':
			opt.gap_ms = sdc_long_arg("--gap", optarg, 0, 525600) * 60000;
			break;
		default:
			if (sdc_common_option(ch, optarg))
				break;
			usage(stderr);
			return SDC_EXIT_USAGE;
		}
	}
	/* ScreenConnect stores and reports UTC (spec: sources/screenconnect.md). */
	opt.tz = sdc_tz_open_default(sdc_opt_tz, "UTC");
	if (!opt.tz)
		return SDC_EXIT_USAGE;
	sdc_file_check_inputs(argv + optind, argc - optind);
	sc2_begin(&opt);
	if (optind == argc)
		sc2_read("-");
	for (; optind < argc; optind++)
		sc2_read(argv[optind]);
	sc2_write();
	sdc_summary();
	sdc_close_stdout();
	sc2_end();
	sdc_tz_close(opt.tz);
	return sdc_exit_status();
}
