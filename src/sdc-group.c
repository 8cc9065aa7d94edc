/* sdc-group - Sessions in, Work Items out: what work was done, for whom,
 * and when.  The options; the work is src/group/workitems.c. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "diag.h"
#include "workitems.h"

static struct group_opts opt = { 45, 15, 0, NULL, 0, 0 };

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: sdc-group [-hqv] [--version] [--gap MIN] [--round MIN] [--min-minutes MIN]\n"
	    "                 [--project TAG]... [--reject FILE] [FILE...]\n"
	    "  --gap MIN          merge a customer's sessions less than MIN minutes apart (45)\n"
	    "  --round MIN        round billable time up to MIN minutes, 0 = exact (15)\n"
	    "  --min-minutes MIN  a zero-length session counts MIN minutes (0)\n"
	    "  --project TAG      keep work items linked to TAG (repeatable)\n"
	    "  --reject FILE      copy rejected records to FILE\n"
	    "  -v, --verbose      one line per placed chat and a summary\n"
	    "  -q, --quiet        no warnings\n"
	    "  -h, --help         this help\n"
	    "      --version      print the version\n");
}

static void
parse_args(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "gap", required_argument, NULL, 'g' },
		{ "round", required_argument, NULL, 'r' },
		{ "min-minutes", required_argument, NULL, 'm' },
		{ "project", required_argument, NULL, 'p' },
		SDC_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	int c;

	opt.projects = sdc_xcalloc((size_t)argc, sizeof(*opt.projects));
	while ((c = getopt_long(argc, argv, "hqv", longopts, NULL)) != -1) {
		switch (c) {
		case 'g': opt.gap = sdc_long_arg("--gap", optarg, 0, 10 * 365 * 24 * 60); break;
		case 'r': opt.round = sdc_long_arg("--round", optarg, 0, 10 * 365 * 24 * 60); break;
		case 'm': opt.min_minutes = sdc_long_arg("--min-minutes", optarg, 0, 10 * 365 * 24 * 60); break;
		case 'p': opt.projects[opt.nprojects++] = optarg; break;
		case 'h': usage(stdout); exit(SDC_EXIT_OK);
		default:
			if (!sdc_common_option(c, optarg)) {
				usage(stderr);
				exit(SDC_EXIT_USAGE);
			}
		}
	}
}

int
main(int argc, char **argv)
{
	sdc_init(argv[0]);
	parse_args(argc, argv);
	group_begin(&opt);
	group_read_args(argc, argv, optind);
	group_write();
	group_end();
	free(opt.projects);
	sdc_summary();
	sdc_close_stdout();
	return sdc_exit_status();
}
