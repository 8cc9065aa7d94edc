/* sdc-report - what to bill: Work Items (from sdc-group) as a Markdown
 * report, a CSV for a spreadsheet or an invoicing import, or one
 * self-contained HTML page with a timeline per day.
 *
 * The work items kept go to temporary files (src/report/model.h), read
 * with jscan where a line allows; sessions from --sessions are joined to
 * the items that name them by an external sort, their text waiting in a
 * temporary file; the renderers get one customer's (or one day's) items
 * at a time, so memory does not grow with the store (issue 17). */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "diag.h"
#include "model.h"
#include "report_csv.h"
#include "report_html.h"
#include "report_md.h"
#include "sdctime.h"

enum format { FMT_MD, FMT_CSV, FMT_HTML };

static struct {
	enum format format;
	int raw_csv;
	const char *sessions, *config;
	struct model_filter filter;
} opt = { FMT_MD, 0, NULL, NULL, { NULL, NULL, INT64_MIN, INT64_MAX } };

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: sdc-report [-hqv] [--version] [--format md|csv|html] [--raw-csv]\n"
	    "                  [--sessions FILE]\n"
	    "                  [--from DATE] [--to DATE] [--customer NAME|ID]\n"
	    "                  [--project TAG] [--tz ZONE] [--config FILE] [--reject FILE]\n"
	    "                  [FILE...]\n"
	    "  --format FMT       md (default), csv (RFC 4180) or html (one file)\n"
	    "  --raw-csv          CSV cells as recorded: no quote before = + - @ (formulas)\n"
	    "  --sessions FILE    sessions for titles, summaries and timeline bars\n"
	    "  --from DATE        items starting on or after DATE (YYYY-MM-DD)\n"
	    "  --to DATE          items starting on or before DATE\n"
	    "  --customer NAME|ID one customer, by Syncro id or name (any case)\n"
	    "  --project TAG      items linked to project TAG\n"
	    "  --tz ZONE          show times in ZONE (default: TZ, else the machine's)\n"
	    "  --config FILE      the sdc config file (billing: rates, currency)\n"
	    "  --reject FILE      copy rejected records to FILE\n"
	    "  -v, --verbose      print the summary line\n"
	    "  -q, --quiet        no warnings\n"
	    "  -h, --help         this help\n"
	    "      --version      print the version\n");
}

/* "YYYY-MM-DD": a local day number. */
static int64_t
date_arg(const char *name, const char *s)
{
	unsigned y, m, d;
	int n = 0;

	if (sscanf(s, "%4u-%2u-%2u%n", &y, &m, &d, &n) != 3 || s[n] ||
	    strlen(s) != 10 || m < 1 || m > 12 || d < 1 || d > 31)
		sdc_errx(SDC_EXIT_USAGE, "--%s: not a date (YYYY-MM-DD): %s",
		    name, s);
	return sdc_days_from_civil(y, m, d);
}

static void
parse_args(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "sessions", required_argument, NULL, 's' },
		{ "raw-csv", no_argument, NULL, 'R' },
		{ "from", required_argument, NULL, 'F' },
		{ "to", required_argument, NULL, 'T' },
		{ "customer", required_argument, NULL, 'c' },
		{ "project", required_argument, NULL, 'p' },
		SDC_TZ_OPTION,
		{ "config", required_argument, NULL, 'C' },
		SDC_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	int c;

	while ((c = getopt_long(argc, argv, "hqv", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			if (strcmp(optarg, "md") == 0)
				opt.format = FMT_MD;
			else if (strcmp(optarg, "csv") == 0)
				opt.format = FMT_CSV;
			else if (strcmp(optarg, "html") == 0)
				opt.format = FMT_HTML;
			else
				sdc_errx(SDC_EXIT_USAGE, "--format: md, csv or html, not %s",
				    optarg);
			break;
		case 's': opt.sessions = optarg; break;
		case 'R': opt.raw_csv = 1; break;
		case 'F': opt.filter.from = date_arg("from", optarg); break;
		case 'T': opt.filter.to = date_arg("to", optarg); break;
		case 'c': opt.filter.customer = optarg; break;
		case 'p': opt.filter.project = optarg; break;
		case 'C': opt.config = optarg; break;
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
	struct report rep;
	struct sdc_tz *tz;

	sdc_init(argv[0]);
	parse_args(argc, argv);
	if (!(tz = sdc_tz_open_default(sdc_opt_tz, NULL)))
		exit(SDC_EXIT_USAGE);
	sdc_config_load(opt.config);	/* billing: rates for the amounts */
	model_init(&rep, tz, &opt.filter);
	rep.want_days = opt.format == FMT_HTML;	/* the timeline */
	rep.with_sessions = opt.sessions != NULL;
	model_read_items(&rep, argc, argv, optind);
	if (opt.sessions)
		model_read_sessions(&rep, opt.sessions);
	model_sort(&rep);
	if (opt.format == FMT_CSV)
		report_csv(&rep, stdout, opt.raw_csv);
	else if (opt.format == FMT_HTML)
		report_html(&rep, stdout);
	else
		report_md(&rep, stdout);
	sdc_stats.written = (long)rep.nall;
	model_free(&rep);
	sdc_config_free();
	sdc_summary();
	sdc_close_stdout();
	return sdc_exit_status();
}
