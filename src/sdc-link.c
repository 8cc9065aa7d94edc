/* sdc-link - link sessions to Syncro customers and contacts: main, the
 * options and usage.  The record path (the cascade of rules, the evidence
 * beyond the name, the memory) is src/link/linkrec.c and the parts
 * linkint.h lists; reading and writing the records, src/link/linkio.c. */
#include <getopt.h>
#include <stdlib.h>

#include "config.h"
#include "diag.h"
#include "file.h"
#include "linkio.h"
#include "linkrec.h"


static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: sdc-link [-hqv] [--version] [--config FILE] [--customers FILE]\n"
	    "                [--aliases FILE] [--rules FILE]\n"
	    "                [--memory FILE | --no-memory]\n"
	    "                [--review FILE] [--skip-source NAME] [--threshold N]\n"
	    "                [--margin N] [--tickets FILE | --no-tickets] [--no-llm]\n"
	    "                [-j N] [--reject FILE] [FILE ...]\n"
	    "Link sessions to Syncro customers and contacts on weighted name\n"
	    "evidence, machines, contacts, history and open tickets.\n"
	    "\n"
	    "  --config FILE         the sdc config file\n"
	    "  --customers FILE      the link cache (link.customers, else\n"
	    "                        data/cache/customers.json)\n"
	    "  --aliases FILE        JSON object: guessed name -> customer id\n"
	    "  --rules FILE          sdc-review's decisions (link.rules, else\n"
	    "                        data/state/link-rules.jsonl)\n"
	    "  --memory FILE         decisions and history of earlier runs\n"
	    "                        (link.memory, else data/state/link-decisions.jsonl)\n"
	    "  --no-memory           neither read nor write the memory\n"
	    "  --review FILE         one line per name left for review (sdc-review)\n"
	    "  --skip-source NAME    pass this source's sessions through (repeatable;\n"
	    "                        default SillyTavern)\n"
	    "  --threshold N         confidence (0-100) needed to link\n"
	    "                        (link.threshold, 81)\n"
	    "  --margin N            lead over the runner-up (link.margin, 15)\n"
	    "  --tickets FILE        Syncro tickets (sessions) for the time evidence\n"
	    "                        (repeatable; link.tickets, else\n"
	    "                        data/work/syncro.jsonl and syncro-api.jsonl)\n"
	    "  --no-tickets          no time evidence\n"
	    "  --no-llm              never ask an LLM; its names wait for review\n"
	    "  -j, --jobs N          LLM questions in flight (link.jobs, else\n"
	    "                        llm.jobs, else 4)\n"
	    "  --reject FILE         write each rejected input line to FILE\n"
	    "  -q, --quiet           no warnings\n"
	    "  -v, --verbose         one audit line per decision\n"
	    "  -h, --help            this text\n"
	    "  --version             the version\n");
}

/* The command line; what it leaves unset comes from the config. */
static const char *config;
static struct sdc_linkrec_opts opt;
static const char **skip, **tickets;
static const char *jobs;

static const struct option longopts[] = {
	SDC_COMMON_OPTIONS,
	{ "config", required_argument, NULL, 'c' },
	{ "customers", required_argument, NULL, 'C' },
	{ "aliases", required_argument, NULL, 'a' },
	{ "rules", required_argument, NULL, 'r' },
	{ "memory", required_argument, NULL, 'm' },
	{ "no-memory", no_argument, NULL, 'M' },
	{ "review", required_argument, NULL, 'R' },
	{ "skip-source", required_argument, NULL, 's' },
	{ "threshold", required_argument, NULL, 't' },
	{ "margin", required_argument, NULL, 'g' },
	{ "no-llm", no_argument, NULL, 'L' },
	{ "tickets", required_argument, NULL, 'T' },
	{ "no-tickets", no_argument, NULL, 'N' },
	{ "jobs", required_argument, NULL, 'j' },
	{ NULL, 0, NULL, 0 }
};

/* One option into opt; 0 for an unknown one. */
static int
option(int ch)
{
	switch (ch) {
	case 'c': config = optarg; break;
	case 'C': opt.customers = optarg; break;
	case 'a': opt.aliases = optarg; break;
	case 'r': opt.rules = optarg; break;
	case 'm': opt.memory = optarg; break;
	case 'M': opt.nomemory = 1; break;
	case 'R': opt.review = optarg; break;
	case 's': skip[opt.nskip++] = optarg; break;
	case 't': opt.threshold = optarg; break;
	case 'g': opt.margin = optarg; break;
	case 'L': opt.no_llm = 1; break;
	case 'T': tickets[opt.ntickets++] = optarg; break;
	case 'N': opt.notickets = 1; break;
	case 'j': jobs = optarg; break;
	default: return sdc_common_option(ch, optarg);
	}
	return 1;
}

/* A file named by an option, else by the config, else the default
 * (both resolved as config.h says). */
static const char *
or_config(const char *v, const char *key, const char *def)
{
	if (v == NULL)
		v = sdc_config_path(key);
	return v ? v : sdc_default_path(def);
}

static void
parse_args(int argc, char **argv)
{
	int ch;

	skip = sdc_xcalloc((size_t)argc + 1, sizeof(*skip));
	tickets = sdc_xcalloc((size_t)argc + 1, sizeof(*tickets));
	while ((ch = getopt_long(argc, argv, "hqvj:", longopts, NULL)) != -1) {
		if (ch == 'h') {
			usage(stdout);
			exit(0);
		}
		if (!option(ch)) {
			usage(stderr);
			exit(SDC_EXIT_USAGE);
		}
	}
	sdc_config_load(config);
	opt.skip = skip;
	opt.tickets = tickets;
	if (opt.ntickets == 0 && sdc_config_path("link.tickets"))
		tickets[opt.ntickets++] = sdc_config_path("link.tickets");
	opt.customers = or_config(opt.customers, "link.customers",
	    "data/cache/customers.json");
	opt.memory = or_config(opt.memory, "link.memory",
	    "data/state/link-decisions.jsonl");
	opt.rules = or_config(opt.rules, "link.rules",
	    "data/state/link-rules.jsonl");
	sdc_linkio_jobs((int)(jobs ? sdc_long_arg("--jobs", jobs, 1, 256) :
	    sdc_config_long("link.jobs", sdc_config_long("llm.jobs", 4))));
}

int
main(int argc, char **argv)
{
	sdc_init(argv[0]);
	parse_args(argc, argv);
	sdc_linkrec_open(&opt);
	/* a missing input is a usage error before anything is written */
	sdc_file_check_inputs(argv + optind, argc - optind);
	if (optind == argc)
		sdc_linkio_filter("-");
	for (; optind < argc; optind++)
		sdc_linkio_filter(argv[optind]);
	sdc_linkrec_close(fflush(stdout) == 0);
	sdc_summary();
	sdc_close_stdout();
	return sdc_exit_status();
}
