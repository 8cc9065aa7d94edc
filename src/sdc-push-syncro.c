/* sdc-push-syncro - work items become Syncro ticket time: a plan first,
 * reviewed by a person, then --apply sends exactly that plan, once.
 * See man/man1/sdc-push-syncro.1. */
#include "config.h"
#include "diag.h"
#include "jsonl.h"
#include "recio.h"
#include "sdctime.h"
#include "syncroapi.h"
#include "push.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define DEFAULT_LEDGER "data/state/syncro-pushed.jsonl"
#define DEFAULT_SESSIONS "data/out/sessions.jsonl"
#define USER_AGENT "sdc-push-syncro/" SDC_VERSION \
	" (Syncro Data Consolidator; libcurl)"

static const char usage_text[] =
"usage: sdc-push-syncro [options] [workitems.jsonl...]\n"
"       sdc-push-syncro --apply --plan FILE [options]\n"
"       sdc-push-syncro [options] users\n"
"\n"
"  plan (the default): what would be sent, one line per timer entry, as a\n"
"  table on a terminal, NDJSON otherwise; nothing is sent\n"
"  users: Syncro users as a billing.technicians object\n"
"\n"
"  --apply               send the plan given with --plan FILE\n"
"  --plan FILE           keep the plan in FILE (with --apply: read it)\n"
"  --sessions FILE       the sessions of the work items (" DEFAULT_SESSIONS ")\n"
"  --create-tickets      a new ticket when the customer has no open one\n"
"  --window HOURS        how far an open ticket may be from the work (48)\n"
"  --prune               delete the timers of work items gone from the input\n"
"  --charge              also charge each timer (charge_timer_entry)\n"
"  --ledger FILE         what was pushed (" DEFAULT_LEDGER ")\n"
"  --round MIN           round a technician's time up to MIN minutes (15)\n"
"  --min-minutes MIN     a zero-length session counts MIN minutes (0)\n"
"  --format table|ndjson the plan on standard output (table on a terminal)\n"
"  --base-url URL        https://SUBDOMAIN.syncromsp.com/api/v1 (syncro.base_url)\n"
"  --config FILE         the sdc config file\n"
"  --rate N              at most N requests per minute (150)\n"
"  --retries N           retries per request (5)\n"
"  --backoff-cap SEC     longest wait between retries (60)\n"
"  --connect-timeout SEC connect timeout (10)\n"
"  --timeout SEC         timeout of one request (60)\n"
"  --log FILE            append HTTP audit lines to FILE\n"
"  --reject FILE         write rejected work items to FILE\n"
"  -q, --quiet           no warnings\n"
"  -v, --verbose         one line per request (keys shown as ***) and a summary\n"
"  -h, --help            this text\n"
"  --version             the version\n"
"\n"
"The API key comes from SYNCRO_API_KEY or the config (syncro.api_key).\n";

enum {
	O_APPLY = 256, O_PLAN, O_SESSIONS, O_CREATE, O_WINDOW, O_PRUNE,
	O_CHARGE, O_LEDGER, O_ROUND, O_MINMIN, O_FORMAT, O_CONFIG
};

static const struct option longopts[] = {
	{ "apply", no_argument, NULL, O_APPLY },
	{ "plan", required_argument, NULL, O_PLAN },
	{ "sessions", required_argument, NULL, O_SESSIONS },
	{ "create-tickets", no_argument, NULL, O_CREATE },
	{ "window", required_argument, NULL, O_WINDOW },
	{ "prune", no_argument, NULL, O_PRUNE },
	{ "charge", no_argument, NULL, O_CHARGE },
	{ "ledger", required_argument, NULL, O_LEDGER },
	{ "round", required_argument, NULL, O_ROUND },
	{ "min-minutes", required_argument, NULL, O_MINMIN },
	{ "format", required_argument, NULL, O_FORMAT },
	{ "config", required_argument, NULL, O_CONFIG },
	SDC_SYNCRO_OPTIONS,
	SDC_COMMON_OPTIONS,
	{ NULL, 0, NULL, 0 }
};

/* Numbers: -1 = not given, so the config may fill them in. */
static struct {
	const char *plan, *sessions, *ledger, *format, *config;
	int apply, create, prune, charge;
	double window;
	long round, min_minutes;
	struct sdc_syncro_conn conn;
} opt = { .window = -1, .round = -1, .min_minutes = -1,
	.conn = SDC_SYNCRO_CONN_INIT };

static void __attribute__((noreturn))
usage(FILE *fp, int code)
{
	fputs(usage_text, fp);
	exit(code);
}

static void
parse_args(int argc, char **argv)
{
	int c;

	while ((c = getopt_long(argc, argv, "qvh", longopts, NULL)) != -1)
		switch (c) {
		case O_APPLY: opt.apply = 1; break;
		case O_PLAN: opt.plan = optarg; break;
		case O_SESSIONS: opt.sessions = optarg; break;
		case O_CREATE: opt.create = 1; break;
		case O_WINDOW:
			opt.window = sdc_num_arg(optarg, "--window", 0, 87600);
			break;
		case O_PRUNE: opt.prune = 1; break;
		case O_CHARGE: opt.charge = 1; break;
		case O_LEDGER: opt.ledger = optarg; break;
		case O_ROUND:
			opt.round = sdc_long_arg("--round", optarg, 0, 1440);
			break;
		case O_MINMIN:
			opt.min_minutes = sdc_long_arg("--min-minutes", optarg,
			    0, 1440);
			break;
		case O_FORMAT: opt.format = optarg; break;
		case O_CONFIG: opt.config = optarg; break;
		case 'h': usage(stdout, SDC_EXIT_OK);
		default:
			if (!sdc_syncro_conn_option(&opt.conn, c, optarg) &&
			    !sdc_common_option(c, optarg))
				usage(stderr, SDC_EXIT_USAGE);
		}
	if (opt.format && strcmp(opt.format, "table") != 0 &&
	    strcmp(opt.format, "ndjson") != 0)
		sdc_errx(SDC_EXIT_USAGE, "--format: table or ndjson, not %s",
		    opt.format);
	if (opt.apply && !opt.plan)
		sdc_errx(SDC_EXIT_USAGE, "--apply sends a reviewed plan: give "
		    "it with --plan FILE");
}

static void
apply_config(void)
{
	sdc_config_load(opt.config);
	sdc_syncro_conn_config(&opt.conn);
	if (opt.window < 0)
		opt.window = sdc_in_range(sdc_config_double(
		    "billing.ticket_window_hours", 48), "billing."
		    "ticket_window_hours", 0, 87600);
	if (opt.round < 0)
		opt.round = (long)sdc_in_range(sdc_config_double(
		    "billing.round_minutes", 15), "billing.round_minutes", 0,
		    1440);
	if (opt.min_minutes < 0)
		opt.min_minutes = (long)sdc_in_range(sdc_config_double(
		    "billing.min_minutes", 0), "billing.min_minutes", 0, 1440);
	if (!opt.ledger)
		opt.ledger = sdc_config_path("billing.ledger");
	if (!opt.ledger)
		opt.ledger = sdc_default_path(DEFAULT_LEDGER);
	if (!opt.sessions)
		opt.sessions = sdc_config_path("billing.sessions");
	if (!opt.sessions)
		opt.sessions = DEFAULT_SESSIONS;
}

static json_object *entries, *unmapped;

/* Two clients: reads retried by the http layer; writes sent once each,
 * and sent again only after Syncro was asked whether it has them. */
static void
connect_syncro(struct push_remote *r)
{
	struct sdc_syncro_conn w = opt.conn;

	r->http = sdc_syncro_connect(&opt.conn, USER_AGENT, &r->log);
	w.retries = 0;
	r->write = sdc_syncro_connect(&w, USER_AGENT, &r->wlog);
	r->retries = (int)opt.conn.retries;
	r->backoff_ms = sdc_config_long("syncro.backoff_base_ms", 1000);
}
static struct push_opts popts;

static void
add_item(struct sdc_records *r, json_object *wi, void *ctx)
{
	(void)r;
	(void)ctx;
	sdc_stats.read++;
	push_item_entries(wi, &popts, entries, unmapped);
}

/* An unmapped technician would post as the key's owner: stop, and name
 * every such technician at once so one config edit fixes them all. */
static void
check_unmapped(void)
{
	struct sdc_buf b = SDC_BUF_INIT;

	json_object_object_foreach(unmapped, name, v) {
		(void)v;
		sdc_buf_printf(&b, "%s\"%s\"", b.len ? ", " : "", name);
	}
	if (b.len)
		sdc_errx(SDC_EXIT_USAGE, "no Syncro user for technician %s: "
		    "add to billing.technicians in %s (sdc-push-syncro users "
		    "lists the users); nothing was planned", b.p,
		    sdc_config_file() ? sdc_config_file() : "the config");
	sdc_buf_free(&b);
}

/* The plan into path: a temporary file renamed, so a reviewer never
 * reads half a plan. */
static void
keep_plan(const char *path)
{
	char *tmp;
	FILE *fp;

	if (asprintf(&tmp, "%s.tmp", path) < 0)
		sdc_errx(SDC_EXIT_FATAL, "out of memory");
	if ((fp = fopen(tmp, "w")) == NULL)
		sdc_err(SDC_EXIT_FATAL, "%s", tmp);
	push_write_ndjson(entries, fp);
	if (fflush(fp) != 0 || fsync(fileno(fp)) < 0 || fclose(fp) != 0 ||
	    rename(tmp, path) < 0)
		sdc_err(SDC_EXIT_FATAL, "%s", path);
	free(tmp);
}

static void
count_actions(void)
{
	size_t i;

	for (i = 0; i < json_object_array_length(entries); i++)
		sdc_count(push_action_name(sdc_json_str(
		    json_object_array_get_idx(entries, i), "action")), 1);
}

static void
make_plan(int argc, char **argv, struct push_remote *r, json_object *ledger)
{
	struct push_ctx ctx = { r, ledger, NULL, opt.create, opt.prune,
	    (long)(opt.window * 60) };
	int table = opt.format ? strcmp(opt.format, "table") == 0 :
	    isatty(STDOUT_FILENO);

	popts.round = opt.round;
	popts.min_minutes = opt.min_minutes;
	popts.default_tech = sdc_config_str("billing.default_technician");
	unmapped = json_object_new_object();
	push_sessions_load(opt.sessions);
	sdc_stats.read = 0;	/* work items are what this run counts */
	sdc_records_each_arg(argc, argv, optind, add_item, NULL);
	check_unmapped();
	connect_syncro(r);
	push_remote_timers(r, push_first_start(entries));
	ctx.entries = entries;
	push_decide(&ctx);
	count_actions();
	if (opt.plan)
		keep_plan(opt.plan);
	if (table)
		push_write_table(entries, stdout);
	else
		push_write_ndjson(entries, stdout);
	json_object_put(unmapped);
	push_sessions_free();
}

static void
add_planned(struct sdc_records *r, json_object *e, void *ctx)
{
	const char *a = sdc_json_str(e, "action");

	(void)r;
	(void)ctx;
	if (a && strcmp(a, "total") != 0)
		json_object_array_add(entries, json_object_get(e));
}

static void
apply_plan(struct push_remote *r, json_object *ledger)
{
	sdc_records_each(opt.plan, add_planned, NULL);
	sdc_stats.read = 0;
	connect_syncro(r);
	push_remote_timers(r, push_first_start(entries));
	push_apply(r, ledger, entries, opt.charge, stdout);
}

static void
list_users(struct push_remote *r)
{
	json_object *users;
	size_t len;
	const char *s;

	connect_syncro(r);
	users = push_remote_users(r);
	s = sdc_json_text(users, &len);
	printf("%.*s\n", (int)len, s);
	sdc_stats.written = json_object_object_length(users);
	json_object_put(users);
}

int
main(int argc, char **argv)
{
	struct push_remote r = { 0 };
	json_object *ledger = NULL;
	int users;

	sdc_init("sdc-push-syncro");
	parse_args(argc, argv);
	users = optind == argc - 1 && strcmp(argv[optind], "users") == 0;
	if (opt.apply && optind != argc)
		sdc_errx(SDC_EXIT_USAGE, "--apply reads only the plan: no "
		    "work item files");
	apply_config();
	entries = json_object_new_array();
	if (users)
		list_users(&r);
	else {
		ledger = push_ledger_open(opt.ledger);
		if (opt.apply)
			apply_plan(&r, ledger);
		else
			make_plan(argc, argv, &r, ledger);
		push_ledger_close();
	}
	sdc_close_stdout();
	if (r.http)
		sdc_http_client_free(r.http);
	if (r.write)
		sdc_http_client_free(r.write);
	if (r.log)
		fclose(r.log);
	if (r.wlog)
		fclose(r.wlog);
	json_object_put(r.timers);
	json_object_put(r.tickets);
	json_object_put(ledger);
	json_object_put(entries);
	sdc_config_free();
	sdc_summary();
	return sdc_exit_status();
}
