/* sdc-merge - the smart update: merge fresh sessions into a stored set
 * without losing what people edited there.  The options; the run over the
 * files is src/merge/update.c, the rules for one pair src/merge/merge.c. */
#include <getopt.h>
#include <string.h>

#include "diag.h"
#include "outfile.h"
#include "update.h"

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: sdc-merge [-hqv] [--version] [-o FILE] [--reject FILE] STORE NEW\n"
	    "Merge the sessions of NEW into STORE and write the merged store,\n"
	    "keeping people's edits.\n"
	    "\n"
	    "  -o, --output FILE     write FILE atomically (it may be STORE itself)\n"
	    "  --reject FILE         write each rejected line of NEW or STORE to FILE\n"
	    "  -q, --quiet           no warnings\n"
	    "  -v, --verbose         the summary line (read, kept, added, updated...)\n"
	    "  -h, --help            this text\n"
	    "  --version             the version\n");
}

int
main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "output", required_argument, NULL, 'o' },
		SDC_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	const char *output = NULL;
	int c;

	sdc_init(argv[0]);
	while ((c = getopt_long(argc, argv, "o:vqh", opts, NULL)) != -1) {
		switch (c) {
		case 'o': output = optarg; break;
		case 'h': usage(stdout); return SDC_EXIT_OK;
		default:
			if (sdc_common_option(c, optarg))
				break;
			usage(stderr);
			return SDC_EXIT_USAGE;
		}
	}
	if (argc - optind != 2) {
		usage(stderr);
		return SDC_EXIT_USAGE;
	}
	if (strcmp(argv[optind], "-") == 0 && strcmp(argv[optind + 1], "-") == 0)
		sdc_errx(SDC_EXIT_USAGE, "STORE and NEW cannot both be standard input");
	mu_begin();
	mu_open(MU_STORE, argv[optind], output == NULL);
	mu_open(MU_NEW, argv[optind + 1], 0);
	if (output)
		sdc_outfile_open(output);
	mu_run();
	mu_end();
	sdc_summary();
	sdc_close_stdout();
	sdc_outfile_commit();
	return sdc_exit_status();
}
