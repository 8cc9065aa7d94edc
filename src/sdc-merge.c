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
	    "usage: sdc-merge [-hqv] [--version] [-o FILE] [--reject FILE]\n"
	    "                 [--changed FILE] STORE NEW...\n"
	    "Merge the sessions of the NEW files into STORE and write the merged\n"
	    "store, keeping people's edits.\n"
	    "\n"
	    "  -o, --output FILE     write FILE atomically (it may be STORE itself)\n"
	    "  --changed FILE        also write the added and updated sessions to FILE\n"
	    "  --reject FILE         write each rejected line of NEW or STORE to FILE\n"
	    "  -q, --quiet           no warnings\n"
	    "  -v, --verbose         the summary line (read, kept, added, updated...)\n"
	    "  -h, --help            this text\n"
	    "  --version             the version\n");
}

int
main(int argc, char **argv)
{
	enum { O_CHANGED = 256 };
	static const struct option opts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "changed", required_argument, NULL, O_CHANGED },
		SDC_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	const char *output = NULL, *changed = NULL;
	int c, i, stdin_uses = 0;

	sdc_init(argv[0]);
	while ((c = getopt_long(argc, argv, "o:vqh", opts, NULL)) != -1) {
		switch (c) {
		case 'o': output = optarg; break;
		case O_CHANGED: changed = optarg; break;
		case 'h': usage(stdout); return SDC_EXIT_OK;
		default:
			if (sdc_common_option(c, optarg))
				break;
			usage(stderr);
			return SDC_EXIT_USAGE;
		}
	}
	if (argc - optind < 2) {
		usage(stderr);
		return SDC_EXIT_USAGE;
	}
	for (i = optind; i < argc; i++)
		stdin_uses += strcmp(argv[i], "-") == 0;
	if (stdin_uses > 1)
		sdc_errx(SDC_EXIT_USAGE, "standard input can be only one of STORE and NEW");
	mu_begin();
	mu_open(MU_STORE, argv[optind], output == NULL);
	for (i = optind + 1; i < argc; i++)
		mu_open(MU_NEW, argv[i], 0);
	if (changed)
		mu_changed(changed);
	if (output)
		sdc_outfile_open(output);
	mu_run();
	mu_end();
	sdc_summary();
	sdc_close_stdout();
	sdc_outfile_commit();
	return sdc_exit_status();
}
