/* sdc-fetch-screenconnect - connection rows straight from a ScreenConnect
 * server (the GetReport web method), incremental and never truncated.
 * See man/man1/sdc-fetch-screenconnect.1.
 *
 * The output is a GetReport JSON document, one item per line, exactly what
 * sdc-sc2jsonl reads from a file: grouping connections into sessions stays
 * in sdc-sc2jsonl alone.  The server has no paging and cuts every answer at
 * ItemLimit rows without saying so, so time windows that come back full are
 * halved and asked again, down to a minimum window. */
#include "config.h"
#include "diag.h"
#include "grow.h"
#include "hmap.h"
#include "http.h"
#include "jsonl.h"
#include "screport.h"
#include "sdctime.h"
#include "state.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#define DEFAULT_STATE "data/state/screenconnect.json"
#define SECRET_ENV "SCREENCONNECT_AUTH_SECRET"
#define AUTOMATE_GUID "fc234f0e-2e8e-4a1f-b977-ba41b14031f7"
#define USER_AGENT "sdc-fetch-screenconnect/" SDC_VERSION \
	" (Syncro Data Consolidator; libcurl)"

static const char usage_text[] =
"usage: sdc-fetch-screenconnect [options]\n"
"\n"
"Writes the server's SessionConnection rows as a GetReport JSON document\n"
"(what sdc-sc2jsonl reads) to standard output or -o FILE.\n"
"\n"
"  -o, --output FILE     write FILE (whole, atomically) instead of stdout\n"
"  --since TIME          connections from TIME on (the state is not used)\n"
"  --until TIME          connections before TIME (default now; the state is\n"
"                        not used)\n"
"  --filter EXPR         a report filter expression, ANDed (screenconnect.filter)\n"
"  --participant NAME    only this participant's rows (repeatable)\n"
"  --process-type TYPE   host (default), guest or all\n"
"  --item-limit N        ItemLimit of each request (1000)\n"
"  --min-window SEC      smallest time window asked for (60)\n"
"  --overlap SEC         ask again this far before the mark (3600)\n"
"  --initial-days N      first run: connections of the last N days (30)\n"
"  --state FILE          incremental state (" DEFAULT_STATE ")\n"
"  --if-configured       no screenconnect.base_url: say so, exit 0\n"
"  --config FILE         the sdc config file\n"
"  --rate N              at most N requests per minute (120)\n"
"  --retries N           retries per request (5)\n"
"  --timeout SEC         timeout of one request (120)\n"
"  --log FILE            append HTTP audit lines to FILE\n"
"  --reject FILE         write rejected rows to FILE\n"
"  -q, --quiet           no warnings\n"
"  -v, --verbose         one line per request and window, and a summary\n"
"  -h, --help            this text\n"
"  --version             the version\n"
"\n"
"The secret comes from " SECRET_ENV " (or the variable\n"
"screenconnect.auth_secret_env names); the address and extension from the\n"
"config (screenconnect.base_url, screenconnect.extension_guid).\n";

enum {
	O_SINCE = 256, O_UNTIL, O_FILTER, O_PART, O_PTYPE, O_LIMIT, O_MINWIN,
	O_OVERLAP, O_DAYS, O_STATE, O_IFCONF, O_CONFIG, O_RATE, O_RETRIES,
	O_TIMEOUT, O_LOG
};

static const struct option longopts[] = {
	{ "output", required_argument, NULL, 'o' },
	{ "since", required_argument, NULL, O_SINCE },
	{ "until", required_argument, NULL, O_UNTIL },
	{ "filter", required_argument, NULL, O_FILTER },
	{ "participant", required_argument, NULL, O_PART },
	{ "process-type", required_argument, NULL, O_PTYPE },
	{ "item-limit", required_argument, NULL, O_LIMIT },
	{ "min-window", required_argument, NULL, O_MINWIN },
	{ "overlap", required_argument, NULL, O_OVERLAP },
	{ "initial-days", required_argument, NULL, O_DAYS },
	{ "state", required_argument, NULL, O_STATE },
	{ "if-configured", no_argument, NULL, O_IFCONF },
	{ "config", required_argument, NULL, O_CONFIG },
	{ "rate", required_argument, NULL, O_RATE },
	{ "retries", required_argument, NULL, O_RETRIES },
	{ "timeout", required_argument, NULL, O_TIMEOUT },
	{ "log", required_argument, NULL, O_LOG },
	SDC_COMMON_OPTIONS,
	{ NULL, 0, NULL, 0 }
};

/* Numbers -1 = not given, so the config may fill them in. */
static struct {
	const char *output, *since, *until, *filter, *ptype, *state, *config,
	    *log;
	const char **part;
	int npart, if_configured;
	long limit, minwin, overlap, days, retries;
	double rate, timeout;
} opt = { .limit = -1, .minwin = -1, .overlap = -1, .days = -1,
	.retries = -1, .rate = -1, .timeout = -1 };

/* What sdc-sc2jsonl reads (§6's list); screenconnect.fields overrides. */
static const char *const default_fields[] = {
	"ProcessType", "SessionSessionType", "SessionName", "ParticipantName",
	"ConnectedTime", "DisconnectedTime", "DurationSeconds", "ConnectionID",
	"SessionSessionID", "SessionCustomProperty1", "ClientType",
	"NetworkAddress"
};

/* A row of this run, for de-duplication and the next state. */
struct seen {
	char *connid;
	int64_t connected;
	int open;
};

struct fetch {
	struct sdc_http_client *http;
	const char *path;		/* the web method, under base_url */
	const char *secret_name;	/* for messages: where the secret is */
	int automate;			/* GenerateReportForAutomate */
	const char *fields[SC_MAX_FIELDS];
	size_t nfields;
	struct sdc_buf where;		/* process type, participants, --filter */
	long limit;
	int64_t minwin, since, until;
	json_object *state;		/* the previous run's, or NULL */
	struct sdc_buf out;		/* the items, one per line */
	long requests, splits;
	struct seen *rows;
	size_t nrows, caprows;
	struct sdc_hmap ids;		/* rows[] by ConnectionID */
};

static void __attribute__((noreturn))
usage(FILE *fp, int code)
{
	fputs(usage_text, fp);
	exit(code);
}

static void
add_participant(const char *name)
{
	static size_t cap;

	opt.part = sdc_grow(opt.part, &cap, (size_t)opt.npart + 1,
	    sizeof *opt.part);
	opt.part[opt.npart++] = name;
}

static double
num_arg(const char *s, const char *name, double min, double max)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(s, &end);
	if (errno || end == s || *end || !(v >= min && v <= max))
		sdc_errx(SDC_EXIT_USAGE, "%s: not a number from %g to %g: %s",
		    name, min, max, s);
	return v;
}

static void
parse_args(int argc, char **argv)
{
	int c;

	while ((c = getopt_long(argc, argv, "o:qvh", longopts, NULL)) != -1)
		switch (c) {
		case 'o': opt.output = optarg; break;
		case O_SINCE: opt.since = optarg; break;
		case O_UNTIL: opt.until = optarg; break;
		case O_FILTER: opt.filter = optarg; break;
		case O_PART: add_participant(optarg); break;
		case O_PTYPE: opt.ptype = optarg; break;
		case O_LIMIT: opt.limit = sdc_long_arg("--item-limit", optarg, 2, 1000000); break;
		case O_MINWIN: opt.minwin = sdc_long_arg("--min-window", optarg, 1, 31622400); break;
		case O_OVERLAP: opt.overlap = sdc_long_arg("--overlap", optarg, 0, 31622400); break;
		case O_DAYS: opt.days = sdc_long_arg("--initial-days", optarg, 1, 36500); break;
		case O_STATE: opt.state = optarg; break;
		case O_IFCONF: opt.if_configured = 1; break;
		case O_CONFIG: opt.config = optarg; break;
		case O_RATE: opt.rate = num_arg(optarg, "--rate", 0.01, 1e6); break;
		case O_RETRIES: opt.retries = sdc_long_arg("--retries", optarg, 0, 100); break;
		case O_TIMEOUT: opt.timeout = num_arg(optarg, "--timeout", 0.001, 86400); break;
		case O_LOG: opt.log = optarg; break;
		case 'h': usage(stdout, SDC_EXIT_OK);
		default:
			if (!sdc_common_option(c, optarg))
				usage(stderr, SDC_EXIT_USAGE);
		}
	if (optind != argc) {
		sdc_warnx("no file arguments: %s", argv[optind]);
		usage(stderr, SDC_EXIT_USAGE);
	}
}

/* A whole number from the config, within limits. */
static long
config_long(long given, const char *key, long def, long min, long max)
{
	json_object *v = sdc_config_get(key);
	long n;

	if (given >= 0)
		return given;
	if (!v || json_object_is_type(v, json_type_null))
		return def;
	n = json_object_is_type(v, json_type_int) ?
	    (long)json_object_get_int64(v) : min - 1;
	if (n < min || n > max)
		sdc_errx(SDC_EXIT_USAGE, "%s: want a whole number from %ld to %ld",
		    key, min, max);
	return n;
}

static void
config_fields(struct fetch *f)
{
	json_object *list = sdc_config_get("screenconnect.fields"), *v;
	size_t i, n;

	if (!list || json_object_is_type(list, json_type_null)) {
		f->nfields = sizeof default_fields / sizeof *default_fields;
		memcpy(f->fields, default_fields, sizeof default_fields);
		return;
	}
	n = json_object_is_type(list, json_type_array) ?
	    json_object_array_length(list) : 0;
	if (n == 0 || n > SC_MAX_FIELDS)
		sdc_errx(SDC_EXIT_USAGE, "screenconnect.fields: want a list of "
		    "1 to %d field names", SC_MAX_FIELDS);
	for (i = 0; i < n; i++) {
		v = json_object_array_get_idx(list, i);
		if (!json_object_is_type(v, json_type_string))
			sdc_errx(SDC_EXIT_USAGE, "screenconnect.fields[%zu]: not "
			    "a string", i);
		f->fields[i] = json_object_get_string(v);
	}
	f->nfields = n;
	for (i = 0; i < n && strcasecmp(f->fields[i], "ConnectedTime"); i++)
		;
	if (i == n)
		sdc_errx(SDC_EXIT_USAGE, "screenconnect.fields: ConnectedTime "
		    "is needed (the windows are cut on it)");
}

static void
config_participants(void)
{
	json_object *list = sdc_config_get("screenconnect.participants"), *v;
	size_t i;

	if (opt.npart || !json_object_is_type(list, json_type_array))
		return;
	for (i = 0; i < json_object_array_length(list); i++) {
		v = json_object_array_get_idx(list, i);
		if (json_object_is_type(v, json_type_string))
			add_participant(json_object_get_string(v));
	}
}

static void
apply_config(struct fetch *f)
{
	sdc_config_load(opt.config);
	f->limit = config_long(opt.limit, "screenconnect.item_limit", 1000, 2, 1000000);
	f->minwin = 1000 * (int64_t)config_long(opt.minwin,
	    "screenconnect.min_window_seconds", 60, 1, 31622400);
	opt.overlap = config_long(opt.overlap, "screenconnect.overlap_seconds",
	    3600, 0, 31622400);
	opt.days = config_long(opt.days, "screenconnect.initial_days", 30, 1, 36500);
	opt.retries = config_long(opt.retries, "screenconnect.retries", 5, 0, 100);
	if (opt.rate < 0)
		opt.rate = sdc_config_double("screenconnect.rate_per_minute", 120);
	if (opt.timeout < 0)
		opt.timeout = sdc_config_double("screenconnect.timeout_seconds", 120);
	if (!(opt.rate >= 0.01 && opt.timeout > 0))
		sdc_errx(SDC_EXIT_USAGE, "screenconnect.rate_per_minute and "
		    "timeout_seconds must be positive");
	if (!opt.ptype)
		opt.ptype = sdc_config_str("screenconnect.process_type");
	if (!opt.filter)
		opt.filter = sdc_config_str("screenconnect.filter");
	if (!opt.state)
		opt.state = sdc_config_str("screenconnect.state_file");
	if (!opt.state)
		opt.state = DEFAULT_STATE;
	if (!opt.log)
		opt.log = sdc_config_str("log_file");
	config_fields(f);
	config_participants();
}

/* The part of the filter that is the same for every window. */
static void
build_where(struct fetch *f)
{
	const char *pt = opt.ptype ? opt.ptype : "host";
	int i;

	if (strcasecmp(pt, "host") == 0)
		sdc_buf_adds(&f->where, "ProcessType = 'Host'");
	else if (strcasecmp(pt, "guest") == 0)
		sdc_buf_adds(&f->where, "ProcessType = 'Guest'");
	else if (strcasecmp(pt, "all") != 0)
		sdc_errx(SDC_EXIT_USAGE, "--process-type: want host, guest or all");
	for (i = 0; i < opt.npart; i++) {
		sdc_buf_adds(&f->where, i ? " OR " : f->where.len ? " AND (" : "(");
		sc_filter_match(&f->where, "ParticipantName", opt.part[i]);
	}
	if (opt.npart)
		sdc_buf_addc(&f->where, ')');
	if (opt.filter && *opt.filter)
		sdc_buf_printf(&f->where, "%s(%s)", f->where.len ? " AND " : "",
		    opt.filter);
}

/* --- the network --- */

static const char *
config_url(void)
{
	const char *url = sdc_config_str("screenconnect.base_url");

	if (url && *url)
		return url;
	if (opt.if_configured) {
		printf("sdc-fetch-screenconnect: not configured (no screenconnect."
		    "base_url in %s): nothing fetched\n", sdc_config_file() ?
		    sdc_config_file() : "any config file");
		exit(SDC_EXIT_OK);
	}
	sdc_errx(SDC_EXIT_USAGE, "no server address: set screenconnect.base_url "
	    "in the config (https://HOST)");
}

/* The web method's path and the secret's header (§1, §6). */
static void
method_path(struct fetch *f, struct sdc_buf *path, const char **header)
{
	const char *api = sdc_config_str("screenconnect.api");
	const char *guid = sdc_config_str("screenconnect.extension_guid");

	f->automate = api && strcasecmp(api, "GenerateReportForAutomate") == 0;
	if (api && !f->automate && strcasecmp(api, "GetReport") != 0)
		sdc_errx(SDC_EXIT_USAGE, "screenconnect.api: want GetReport or "
		    "GenerateReportForAutomate, not %s", api);
	if (!guid && f->automate)
		guid = AUTOMATE_GUID;
	if (!guid || strspn(guid, "0123456789abcdefABCDEF-") != strlen(guid) ||
	    !*guid)
		sdc_errx(SDC_EXIT_USAGE, "screenconnect.extension_guid: want the "
		    "GUID of the extension that provides %s", f->automate ?
		    "GenerateReportForAutomate" : "GetReport");
	sdc_buf_printf(path, "/App_Extensions/%s/%s", guid, f->automate ?
	    "ReportService.ashx/GenerateReportForAutomate" :
	    "Service.ashx/GetReport");
	*header = sdc_config_str("screenconnect.auth_header");
	if (!*header)
		*header = f->automate ? "CWAIKToken" : "CTRLAuthHeader";
}

static const char *
get_secret(struct fetch *f)
{
	const char *env = sdc_config_str("screenconnect.auth_secret_env");
	const char *s = sdc_secret(SECRET_ENV, "screenconnect.auth_secret_env",
	    "screenconnect.auth_secret");

	f->secret_name = env ? env : SECRET_ENV;
	if (s && !getenv(f->secret_name))
		f->secret_name = "screenconnect.auth_secret (config)";
	if (!s)
		sdc_errx(SDC_EXIT_USAGE, "no secret: set %s (the extension's "
		    "RESTful authentication secret)", f->secret_name);
	if (strpbrk(s, "\r\n") || strlen(s) > 900)
		sdc_errx(SDC_EXIT_USAGE, "%s is not a single line", f->secret_name);
	return s;
}

/* 500 answers are retried (the server has bad moments, §6), except the
 * two that say the request itself is wrong. */
static long
retry_hook(const struct sdc_http_request *rq,
    const struct sdc_http_response *resp, void *arg)
{
	(void)rq;
	(void)arg;
	if (resp->status == 500 && resp->body.p &&
	    (strstr(resp->body.p, "Web method does not exist") ||
	    strstr(resp->body.p, "Unknown parameter")))
		return SDC_HTTP_HOOK_FAIL;
	return SDC_HTTP_HOOK_DEFAULT;
}

static void
make_client(struct fetch *f, FILE **logfp)
{
	static char auth[1024], origin[1100], base[1024];
	static const char *headers[5];
	static struct sdc_buf path = SDC_BUF_INIT;
	struct sdc_http_config cfg = { 0 };
	const char *o, *header, *secret;
	int n = 0;

	snprintf(base, sizeof base, "%s", config_url());
	while (*base && base[strlen(base) - 1] == '/')
		base[strlen(base) - 1] = '\0';
	method_path(f, &path, &header);
	f->path = path.p;
	secret = get_secret(f);
	snprintf(auth, sizeof auth, "%s: %s", header, secret);
	headers[n++] = auth;
	headers[n++] = "Content-Type: application/json";
	headers[n++] = "Accept: application/json";
	if ((o = sdc_config_str("screenconnect.origin")) != NULL && *o) {
		snprintf(origin, sizeof origin, "Origin: %s", o);
		headers[n++] = origin;
	}
	*logfp = NULL;
	if (opt.log && (*logfp = fopen(opt.log, "a")) == NULL)
		sdc_err(SDC_EXIT_USAGE, "%s", opt.log);
	cfg.base_url = base;
	cfg.user_agent = USER_AGENT;
	cfg.headers = headers;
	cfg.timeout_ms = (long)(opt.timeout * 1000);
	cfg.max_retries = (int)opt.retries;
	cfg.backoff_base_ms = sdc_config_long("screenconnect.backoff_base_ms", 1000);
	cfg.rate_per_min = opt.rate;
	cfg.retry_500 = 1;
	cfg.retry_hook = retry_hook;
	cfg.ca_file = sdc_config_str("screenconnect.ca_file");
	cfg.log = *logfp;
	if ((f->http = sdc_http_client_new(&cfg)) == NULL)
		exit(SDC_EXIT_FATAL);
}

/* The request body for one window [from, to). */
static char *
request_body(struct fetch *f, int64_t from, int64_t to)
{
	struct sdc_buf flt = SDC_BUF_INIT;
	json_object *body, *names = json_object_new_array(), *o;
	size_t i;
	char *s;

	sdc_buf_adds(&flt, "ConnectedTime >= ");
	sc_filter_time(&flt, from);
	sdc_buf_adds(&flt, " AND ConnectedTime < ");
	sc_filter_time(&flt, to);
	if (f->where.len)
		sdc_buf_printf(&flt, " AND %s", f->where.p);
	for (i = 0; i < f->nfields; i++)
		json_object_array_add(names, json_object_new_string(f->fields[i]));
	body = json_object_new_array();
	if (f->automate) {	/* positional: type, group, select, filter, aggregate, limit */
		json_object_array_add(body, json_object_new_string("SessionConnection"));
		json_object_array_add(body, json_object_new_array());
		json_object_array_add(body, names);
		json_object_array_add(body, json_object_new_string(flt.p));
		json_object_array_add(body, json_object_new_string(""));
		json_object_array_add(body, json_object_new_int64(f->limit));
	} else {
		o = json_object_new_object();
		json_object_object_add(o, "ReportType", json_object_new_string("SessionConnection"));
		json_object_object_add(o, "SelectFieldNames", names);
		json_object_object_add(o, "FilterExpression", json_object_new_string(flt.p));
		json_object_object_add(o, "ItemLimit", json_object_new_int64(f->limit));
		json_object_array_add(body, o);
	}
	s = sdc_xstrdup(json_object_to_json_string_ext(body,
	    JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(body);
	sdc_buf_free(&flt);
	return s;
}

/* What went wrong, in the user's terms (§6 "Errors"). */
static void __attribute__((noreturn))
api_failure(struct fetch *f, const struct sdc_http_request *rq)
{
	const char *b = rq->resp.body.p ? rq->resp.body.p : "";
	const char *p;

	if (rq->resp.status == 401 || rq->resp.status == 403)
		sdc_errx(SDC_EXIT_FATAL, "%s: the server refused the secret in "
		    "%s (HTTP %ld): check it", f->path, f->secret_name,
		    rq->resp.status);
	if (strstr(b, "Web method does not exist"))
		sdc_errx(SDC_EXIT_FATAL, "%s: HTTP %ld: Web method does not exist: "
		    "wrong screenconnect.extension_guid, or that extension has no "
		    "%s method", f->path, rq->resp.status,
		    f->automate ? "GenerateReportForAutomate" : "GetReport");
	if ((p = strstr(b, "Unknown parameter")) != NULL)
		sdc_errx(SDC_EXIT_FATAL, "%s: HTTP %ld: %.*s: the extension takes "
		    "other parameters (try screenconnect.api)", f->path,
		    rq->resp.status, (int)strcspn(p, "\"\r\n<"), p);
	sdc_errx(SDC_EXIT_FATAL, "%s", rq->resp.error);
}

static void
window_text(int64_t from, int64_t to, char *buf, size_t size)
{
	char a[SDC_TIME_BUFSZ], b[SDC_TIME_BUFSZ];

	snprintf(buf, size, "%s..%s", sdc_time_format(from, a),
	    sdc_time_format(to, b));
}

/* Ask for one window; the answer parsed into r (exit 3 on any failure). */
static void
ask(struct fetch *f, int64_t from, int64_t to, struct sc_report *r)
{
	char *body = request_body(f, from, to), win[80];
	struct sdc_http_request rq = { .method = "POST", .url = f->path,
	    .body = body, .body_len = strlen(body) };
	const char *why;

	window_text(from, to, win, sizeof win);
	f->requests++;
	if (sdc_http_do(f->http, &rq) != SDC_HTTP_OK)
		api_failure(f, &rq);
	if (sc_report_parse(rq.resp.body.p, rq.resp.body.len, f->fields,
	    f->nfields, r, &why) < 0)
		sdc_errx(SDC_EXIT_FATAL, "%s: window %s: HTTP %ld: %s", f->path,
		    win, rq.resp.status, why);
	sdc_note("window %s: %zu rows", win, sc_report_count(r));
	sdc_http_request_clear(&rq);
	free(body);
}

/* --- rows: de-duplication against this run and the last --- */

static struct seen *
seen_in_run(struct fetch *f, const char *connid, uint64_t h)
{
	size_t it = 0;
	uint32_t j;

	while (sdc_hmap_find(&f->ids, h, &it, &j))
		if (strcmp(f->rows[j].connid, connid) == 0)
			return &f->rows[j];
	return NULL;
}

/* Was this row written by an earlier run?  Then only a connection that
 * was open then and is closed now is written again. */
static int
written_before(struct fetch *f, const struct sc_row *row)
{
	json_object *v;

	if (!*row->connid || !f->state)
		return 0;
	if (json_object_object_get_ex(sdc_json_get(f->state, "open"),
	    row->connid, &v))
		return row->open;
	return json_object_object_get_ex(sdc_json_get(f->state, "seen"),
	    row->connid, &v);
}

static int
wanted_participant(const struct sc_report *r, size_t i)
{
	const char *got;
	int k;

	if (!opt.npart)
		return 1;
	got = sc_report_field(r, i, "ParticipantName");
	for (k = 0; k < opt.npart; k++)
		if (sc_filter_same(got, opt.part[k]))
			return 1;
	return 0;
}

static void
remember(struct fetch *f, const struct sc_row *row, uint64_t h)
{
	f->rows = sdc_grow(f->rows, &f->caprows, f->nrows + 1, sizeof *f->rows);
	f->rows[f->nrows].connid = sdc_xstrdup(row->connid);
	f->rows[f->nrows].connected = row->connected;
	f->rows[f->nrows].open = row->open;
	sdc_hmap_put(&f->ids, h, (uint32_t)f->nrows++);
}

static void
reject_item(const struct sc_report *r, size_t i, const char *win,
    const char *why)
{
	size_t len;
	const char *raw = sc_report_item_text(r, i, &len);

	sdc_reject(win, 0, "/Items/%zu: %s", i, why);
	sdc_reject_write(raw, len);
}

/* Keep the rows of one complete window. */
static void
take_rows(struct fetch *f, const struct sc_report *r, const char *win)
{
	size_t i, n = sc_report_count(r), mark;
	struct sc_row row;
	const char *why;
	uint64_t h;

	for (i = 0; i < n; i++) {
		sdc_stats.read++;
		mark = f->out.len;
		if (sc_report_item(r, i, &f->out, &row, &why) < 0) {
			reject_item(r, i, win, why);
			continue;
		}
		h = sdc_hash(row.connid, strlen(row.connid));
		if (!wanted_participant(r, i)) {
			sdc_count("other participants", 1);
		} else if (*row.connid && seen_in_run(f, row.connid, h)) {
			sdc_count("duplicates dropped", 1);
		} else {
			remember(f, &row, h);
			if (!written_before(f, &row)) {
				sdc_buf_addc(&f->out, '\n');
				sdc_stats.written++;
				continue;
			}
			sdc_count("fetched before", 1);
		}
		f->out.len = mark;
	}
}

/* The next window, from the density of the last one: aimed at 3/4 of
 * the limit (room for chance), growing or shrinking at most twofold, so a
 * quiet night does not throw the next window far into a busy morning. */
static int64_t
next_width(const struct fetch *f, int64_t last, size_t n)
{
	double k = 0.75 * (double)f->limit / (double)(n ? n : 1);
	int64_t w;

	k = k > 2 ? 2 : k < 0.5 ? 0.5 : k;
	w = (int64_t)((double)last * k) / 1000 * 1000;
	return w < f->minwin ? f->minwin : w;
}

/* A full window [pos, end) is asked again from pos, at most half as wide
 * (so the split always ends), narrower when the rows that came back crowd
 * its start: ending at their first quarter skips a night of empty windows
 * before a busy morning.  What the server sent decides only the width,
 * never whether rows are complete. */
static int64_t
split_width(const struct fetch *f, const struct sc_report *r, int64_t pos,
    int64_t end)
{
	int64_t w = (end - pos) / 2, q = sc_report_quantile(r, 0.25);

	if (q != SDC_TIME_NONE && q > pos && q - pos < w)
		w = q - pos;
	w = w / 1000 * 1000;
	return w < f->minwin ? f->minwin : w;
}

/* Every row connected in [since, until): a window that comes back with
 * ItemLimit rows may have been cut, so it is halved and asked again, down
 * to the minimum window. */
static void
fetch_all(struct fetch *f)
{
	int64_t pos = f->since, w = f->until - f->since, end;
	struct sc_report r;
	char win[80];

	while (pos < f->until) {
		end = f->until - pos <= w ? f->until : pos + w;
		ask(f, pos, end, &r);
		window_text(pos, end, win, sizeof win);
		if ((long)sc_report_count(&r) >= f->limit) {
			if (end - pos <= f->minwin)
				sdc_errx(SDC_EXIT_FATAL, "window %s (the minimum, %lld s)"
				    " still returns ItemLimit %ld rows: raise "
				    "screenconnect.item_limit or lower min_window_seconds",
				    win, (long long)(f->minwin / 1000), f->limit);
			w = split_width(f, &r, pos, end);
			sc_report_free(&r);
			f->splits++;
			continue;
		}
		take_rows(f, &r, win);
		w = next_width(f, end - pos, sc_report_count(&r));
		sc_report_free(&r);
		pos = end;
	}
}

/* --- output and state --- */

static void
write_doc(struct fetch *f, FILE *fp)
{
	const char *p, *end, *nl;
	size_t i;

	fputs("{\"FieldNames\":[", fp);
	for (i = 0; i < f->nfields; i++) {
		size_t len;
		json_object *s = json_object_new_string(f->fields[i]);

		fprintf(fp, "%s%s", i ? "," : "", sdc_json_text(s, &len));
		json_object_put(s);
	}
	fputs("],\n\"Items\":[\n", fp);
	/* One item a line, each but the last followed by a comma. */
	for (p = f->out.p, end = p ? p + f->out.len : p; p < end; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(end - p));
		fwrite(p, 1, (size_t)(nl - p), fp);
		fputs(nl + 1 < end ? ",\n" : "\n", fp);
	}
	fputs("]}\n", fp);
}

/* -o FILE: a temporary file beside it, synced, renamed into place, so the
 * file is whole or absent whatever happens to this process. */
static void
write_output(struct fetch *f)
{
	struct sdc_buf tmp = SDC_BUF_INIT;
	FILE *fp;

	if (!opt.output || strcmp(opt.output, "-") == 0) {
		write_doc(f, stdout);
		sdc_close_stdout();
		return;
	}
	sdc_buf_printf(&tmp, "%s.tmp.%ld", opt.output, (long)getpid());
	if ((fp = fopen(tmp.p, "w")) == NULL)
		sdc_err(SDC_EXIT_FATAL, "%s", tmp.p);
	write_doc(f, fp);
	if (fflush(fp) != 0 || fsync(fileno(fp)) < 0 || ferror(fp)) {
		unlink(tmp.p);
		sdc_err(SDC_EXIT_FATAL, "%s", opt.output);
	}
	fclose(fp);
	if (rename(tmp.p, opt.output) < 0) {
		unlink(tmp.p);
		sdc_err(SDC_EXIT_FATAL, "%s", opt.output);
	}
	sdc_buf_free(&tmp);
}

static int64_t
state_time(json_object *st, const char *key)
{
	const char *s = sdc_json_str(st, key);
	int64_t t;

	if (s && sdc_time_parse(s, NULL, 0, &t) == SDC_TIME_OK)
		return t;
	return SDC_TIME_NONE;
}

static void
put_time(json_object *o, const char *key, int64_t t)
{
	char buf[SDC_TIME_BUFSZ];

	json_object_object_add(o, key, json_object_new_string(sdc_time_format(t, buf)));
}

/* Where the next run starts: the mark, or the oldest connection still
 * open (it must be seen closed), minus the overlap.  A connection open
 * for longer than open_max_days stops holding the start back. */
static int64_t
next_start(struct fetch *f)
{
	int64_t start = f->until, maxopen = 86400000LL *
	    config_long(-1, "screenconnect.open_max_days", 7, 0, 3650);
	size_t i;

	for (i = 0; i < f->nrows; i++)
		if (f->rows[i].open && f->rows[i].connected < start &&
		    f->rows[i].connected >= f->until - maxopen)
			start = f->rows[i].connected;
	return start - opt.overlap * 1000;
}

static void
save_state(struct fetch *f)
{
	json_object *st = json_object_new_object(), *seen, *open;
	int64_t next = next_start(f);
	char buf[SDC_TIME_BUFSZ];
	size_t i;

	seen = json_object_new_object();
	open = json_object_new_object();
	for (i = 0; i < f->nrows; i++)
		if (f->rows[i].connected >= next && *f->rows[i].connid)
			json_object_object_add(f->rows[i].open ? open : seen,
			    f->rows[i].connid, json_object_new_string(
			    sdc_time_format(f->rows[i].connected, buf)));
	put_time(st, "fetched_until", f->until);
	put_time(st, "next_from", next);
	put_time(st, "last_run_utc", sdc_now_ms());
	json_object_object_add(st, "rows_last_run", json_object_new_int64(sdc_stats.written));
	json_object_object_add(st, "requests_last_run", json_object_new_int64(f->requests));
	json_object_object_add(st, "open", open);
	json_object_object_add(st, "seen", seen);
	if (sdc_state_save(opt.state, st) < 0)
		sdc_err(SDC_EXIT_FATAL, "%s", opt.state);
	sdc_note("%s: next run from %s", opt.state, sdc_time_format(next, buf));
	json_object_put(st);
}

static int64_t
time_arg(const char *s, const char *name)
{
	int64_t t;

	if (sdc_time_parse(s, NULL, 0, &t) != SDC_TIME_OK)
		sdc_errx(SDC_EXIT_USAGE, "%s: not a time: %s", name, s);
	return t;
}

/* This run's window, whole seconds. */
static void
choose_window(struct fetch *f)
{
	f->until = opt.until ? time_arg(opt.until, "--until") : sdc_now_ms();
	if (opt.since)
		f->since = time_arg(opt.since, "--since");
	else if ((f->since = state_time(f->state, "next_from")) == SDC_TIME_NONE)
		f->since = f->until - opt.days * 86400000LL;
	f->since -= ((f->since % 1000) + 1000) % 1000;
	f->until += (1000 - f->until % 1000) % 1000;
	if (f->since >= f->until)
		sdc_errx(SDC_EXIT_USAGE, "nothing to ask for: --since is not "
		    "before --until");
}

static void
free_fetch(struct fetch *f)
{
	size_t i;

	for (i = 0; i < f->nrows; i++)
		free(f->rows[i].connid);
	free(f->rows);
	sdc_hmap_free(&f->ids);
	sdc_buf_free(&f->out);
	sdc_buf_free(&f->where);
	json_object_put(f->state);
	sdc_http_client_free(f->http);
}

int
main(int argc, char **argv)
{
	struct fetch f;
	FILE *logfp;
	int lock = -1, stateful;

	memset(&f, 0, sizeof f);
	sdc_init("sdc-fetch-screenconnect");
	parse_args(argc, argv);
	apply_config(&f);
	build_where(&f);
	make_client(&f, &logfp);
	/* --since or --until: a one-off export that leaves the state alone. */
	stateful = !opt.since && !opt.until;
	if (stateful) {
		lock = sdc_state_lock(opt.state);
		f.state = sdc_state_load(opt.state);
	}
	choose_window(&f);
	fetch_all(&f);
	write_output(&f);
	/* The mark moves only now that every row is out. */
	if (stateful)
		save_state(&f);
	sdc_note("%ld requests, %ld windows split", f.requests, f.splits);
	if (lock >= 0)
		close(lock);
	if (logfp)
		fclose(logfp);
	free_fetch(&f);
	sdc_config_free();
	free(opt.part);
	sdc_summary();
	return sdc_exit_status();
}
