/* sdc-fetch-syncro - Syncro RMM tickets as Sessions, customers as the
 * link cache.  See man/man1/sdc-fetch-syncro.1.  The requests, pages and
 * the watermark; what becomes of a page's items is
 * src/fetch-syncro/pages.c. */
#include "config.h"
#include "customers.h"
#include "diag.h"
#include "file.h"
#include "http.h"
#include "jsonl.h"
#include "outfile.h"
#include "pages.h"
#include "sdctime.h"
#include "session.h"
#include "state.h"
#include "syncro.h"
#include "syncroapi.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define DEFAULT_STATE "data/state/syncro-tickets.json"
#define USER_AGENT "sdc-fetch-syncro/" SDC_VERSION \
	" (Syncro Data Consolidator; libcurl)"
#define MAX_FILE (256UL << 20)

static const char usage_text[] =
"usage: sdc-fetch-syncro [options] tickets\n"
"       sdc-fetch-syncro [options] customers\n"
"\n"
"  tickets     write one Session per ticket (NDJSON) to standard output\n"
"  customers   write the customer link cache (a JSON array) to standard output\n"
"\n"
"  --base-url URL        https://SUBDOMAIN.syncromsp.com/api/v1 (syncro.base_url)\n"
"  --config FILE         the sdc config file\n"
"  -o, --output FILE     write to FILE, replaced only when the run succeeds\n"
"  --from-file FILE      read a saved API response instead of the network\n"
"                        (repeatable)\n"
"  --since TIME          tickets updated after TIME (instead of the state)\n"
"  --state FILE          watermark file (" DEFAULT_STATE ")\n"
"  --initial-days N      first run: tickets created in the last N days (180)\n"
"  --no-comments         only the comments the ticket list carries\n"
"  --rate N              at most N requests per minute (150)\n"
"  --retries N           retries per request (5)\n"
"  --backoff-cap SEC     longest wait between retries (60)\n"
"  --connect-timeout SEC connect timeout (10)\n"
"  --timeout SEC         timeout of one request (60)\n"
"  -j, --jobs N          comment requests in parallel (2)\n"
"  --tz ZONE             zone of naive times (default: TZ, else the machine's)\n"
"  --reject FILE         write rejected records to FILE\n"
"  --log FILE            append HTTP audit lines to FILE\n"
"  -q, --quiet           no progress, no warnings\n"
"  -v, --verbose         one line per request (keys shown as ***) and a summary\n"
"  -h, --help            this text\n"
"  --version             the version\n"
"\n"
"The API key comes from SYNCRO_API_KEY or the config (syncro.api_key).\n";

enum {
	O_CONFIG = 256, O_FROM, O_SINCE, O_STATE, O_DAYS, O_NOCOM
};

static const struct option longopts[] = {
	{ "config", required_argument, NULL, O_CONFIG },
	{ "from-file", required_argument, NULL, O_FROM },
	{ "since", required_argument, NULL, O_SINCE },
	{ "state", required_argument, NULL, O_STATE },
	{ "initial-days", required_argument, NULL, O_DAYS },
	{ "no-comments", no_argument, NULL, O_NOCOM },
	{ "jobs", required_argument, NULL, 'j' },
	SDC_TZ_OPTION,
	SDC_SYNCRO_OPTIONS,
	{ "output", required_argument, NULL, 'o' },
	SDC_COMMON_OPTIONS,
	{ NULL, 0, NULL, 0 }
};

/* Numeric options: -1 = not given, so the config file may fill them in. */
static struct {
	const char *config, *since, *state, *reject, *output;
	const char **from;
	int nfrom, comments, jobs;
	double days, max_pages;
	struct sdc_syncro_conn conn;
} opt = { .comments = 1, .jobs = -1, .days = -1, .max_pages = -1,
	.conn = SDC_SYNCRO_CONN_INIT };

struct fetch {
	struct sdc_http_client *http;
	struct sdc_tz *tz;
	const char *what;	/* "tickets" or "customers", for progress */
	long items;
	int64_t newest;		/* largest updated_at written: the watermark */
	int progress;
	long page, pages;	/* for progress */
};

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

	while ((c = getopt_long(argc, argv, "j:o:qvh", longopts, NULL)) != -1)
		switch (c) {
		case O_CONFIG: opt.config = optarg; break;
		case O_FROM:
			opt.from = sdc_xrealloc(opt.from, (size_t)(opt.nfrom +
			    1) * sizeof *opt.from);
			opt.from[opt.nfrom++] = optarg;
			break;
		case O_SINCE: opt.since = optarg; break;
		case O_STATE: opt.state = optarg; break;
		case O_DAYS: opt.days = sdc_num_arg(optarg, "--initial-days", 0, 36500); break;
		case O_NOCOM: opt.comments = 0; break;
		case 'j': opt.jobs = (int)sdc_num_arg(optarg, "--jobs", 1, 64); break;
		case SDC_OPT_REJECT: opt.reject = optarg; break;	/* opened once the command is known */
		case 'o': opt.output = optarg; break;
		case 'h': usage(stdout, SDC_EXIT_OK);
		default:
			if (!sdc_syncro_conn_option(&opt.conn, c, optarg) &&
			    !sdc_common_option(c, optarg))
				usage(stderr, SDC_EXIT_USAGE);
		}
}

/* Config values fill in what the command line left open. */
#define FROM_CONFIG(field, key, def, min, max) \
	if (opt.field < 0) \
		opt.field = sdc_in_range(sdc_config_double(key, def), key, min, max)

static void
apply_config(void)
{
	sdc_config_load(opt.config);
	FROM_CONFIG(days, "syncro.initial_days", 180, 0, 36500);
	FROM_CONFIG(jobs, "syncro.jobs", 2, 1, 64);
	FROM_CONFIG(max_pages, "syncro.max_pages", 10000, 1, 1e9);
	if (!opt.state)
		opt.state = sdc_config_path("syncro.state_file");
	if (!opt.state)
		opt.state = sdc_default_path(DEFAULT_STATE);
	sdc_syncro_conn_config(&opt.conn);
}

/* Whole lines already converted reach the next stage before we stop. */
static void __attribute__((noreturn))
fail(const char *msg)
{
	sdc_close_stdout();
	sdc_errx(SDC_EXIT_FATAL, "%s", msg);
}

/* A page loop ends at a page that repeats the one before (a server that
 * ignores page= would otherwise give page 1 forever, as duplicates): an
 * API failure, exit 3, the watermark stays.  *prev holds the last page's
 * items; checked before the page is written. */
static void
check_repeat(const char *url, const struct sdc_syncro_page *pg, long p, char **prev)
{
	size_t len;
	const char *text = sdc_json_text(pg->items, &len);
	char msg[700];

	if (*prev && json_object_array_length(pg->items) > 0 && strcmp(*prev, text) == 0) {
		snprintf(msg, sizeof msg, "GET %s: page %ld repeats page %ld "
		    "(the server ignores page=); stopped", url, p, p - 1);
		free(*prev);
		fail(msg);
	}
	free(*prev);
	*prev = sdc_xstrdup(text);
}

/* ... and after page syncro.max_pages, written, when the server says
 * there are more (one may claim 10^9 pages). */
static void
check_cap(const char *url, const struct sdc_syncro_page *pg, long p, char *prev)
{
	char msg[700];

	if (p < (long)opt.max_pages || sdc_syncro_page_last(pg, p))
		return;
	snprintf(msg, sizeof msg, "GET %s: more than %ld pages "
	    "(syncro.max_pages); stopped", url, (long)opt.max_pages);
	free(prev);
	fail(msg);
}

/* Redrawn after each page and each finished comment request: a page of
 * 50 tickets takes 20 s of comment requests at 150 a minute. */
static void
progress(struct fetch *f)
{
	if (!f->progress)
		return;
	fprintf(stderr, "\r%s: %s page %ld/%ld, %ld %s, %.0f req/min\033[K",
	    sdc_progname, f->what, f->page, f->pages > f->page ? f->pages :
	    f->page, f->items, f->what, sdc_http_req_per_min(f->http));
}

static void
progress_end(struct fetch *f)
{
	if (f->progress)
		fputs("\r\033[K", stderr);
}

/* GET a list page and parse it; any failure ends the run (exit 3). */
static void
get_page(struct fetch *f, const char *url, const char *key,
    struct sdc_syncro_page *pg)
{
	struct sdc_http_request rq = { .url = url };
	const char *why;
	char msg[700];

	if (sdc_http_do(f->http, &rq) != SDC_HTTP_OK)
		fail(rq.resp.error);
	if (sdc_syncro_page_parse(rq.resp.body.p, rq.resp.body.len, key, pg,
	    &why) < 0) {
		snprintf(msg, sizeof msg, "GET %s: HTTP %ld: %s", url,
		    rq.resp.status, why);
		sdc_http_request_clear(&rq);
		fail(msg);
	}
	sdc_http_request_clear(&rq);
}

/* --- comments: one job per ticket of a page, run in parallel --- */

struct cjob {
	struct sdc_http_request rq;
	struct fetch *f;
	long long tid;
	long page;
	char url[128];
	json_object *comments;
	char error[700];
};

static void on_comments(struct sdc_http_request *rq, void *arg);

static void
submit_comments(struct cjob *j)
{
	snprintf(j->url, sizeof j->url, "/tickets/%lld/comments?sort_by="
	    "created_at&sort_direction=ASC&per_page=100&page=%ld", j->tid,
	    j->page);
	sdc_http_request_clear(&j->rq);
	j->rq = (struct sdc_http_request){ .url = j->url, .user = j };
	sdc_http_submit(j->f->http, &j->rq, on_comments, NULL);
}

static void
on_comments(struct sdc_http_request *rq, void *arg)
{
	struct cjob *j = rq->user;
	struct sdc_syncro_page pg;
	const char *why;
	size_t i;

	(void)arg;
	if (rq->resp.result != SDC_HTTP_OK) {
		snprintf(j->error, sizeof j->error, "%s", rq->resp.error);
	} else if (sdc_syncro_page_parse(rq->resp.body.p, rq->resp.body.len,
	    "comments", &pg, &why) < 0) {
		snprintf(j->error, sizeof j->error, "GET %s: HTTP %ld: %s",
		    j->url, rq->resp.status, why);
	} else {
		for (i = 0; i < json_object_array_length(pg.items); i++)
			json_object_array_add(j->comments, json_object_get(
			    json_object_array_get_idx(pg.items, i)));
		if (!sdc_syncro_page_last(&pg, j->page) && j->page >= (long)opt.max_pages) {
			snprintf(j->error, sizeof j->error, "GET %s: more than %ld "
			    "pages (syncro.max_pages); stopped", j->url, (long)opt.max_pages);
		} else if (!sdc_syncro_page_last(&pg, j->page)) {
			j->page++;
			sdc_syncro_page_free(&pg);
			submit_comments(j);
			return;
		}
		sdc_syncro_page_free(&pg);
	}
	sdc_http_request_clear(rq);
	progress(j->f);
}

/* Fetch every comment of every ticket in items; jobs[i] for items[i]. */
static struct cjob *
fetch_comments(struct fetch *f, json_object *items)
{
	size_t i, n = json_object_array_length(items);
	struct cjob *jobs = sdc_xcalloc(n + 1, sizeof *jobs);

	for (i = 0; i < n; i++) {
		jobs[i].f = f;
		jobs[i].comments = json_object_new_array();
		jobs[i].tid = sdc_syncro_id(json_object_array_get_idx(items, i));
		jobs[i].page = 1;
		if (jobs[i].tid >= 0)
			submit_comments(&jobs[i]);
	}
	sdc_http_run(f->http, opt.jobs);
	for (i = 0; i < n; i++)
		if (jobs[i].error[0])
			fail(jobs[i].error);
	return jobs;
}

static void
free_jobs(struct cjob *jobs, size_t n)
{
	size_t i;

	for (i = 0; jobs && i < n; i++)
		json_object_put(jobs[i].comments);
	free(jobs);
}

/* --- the watermark --- */

/* Convert and write the tickets of one page (or one file), with their
 * comments when fetching. */
static void
write_tickets(struct fetch *f, json_object *items, const char *where)
{
	struct cjob *jobs = f->http && opt.comments ?
	    fetch_comments(f, items) : NULL;
	size_t i, n = json_object_array_length(items);
	json_object **comments = NULL;

	if (jobs) {
		comments = sdc_xcalloc(n + 1, sizeof(*comments));
		for (i = 0; i < n; i++)
			comments[i] = jobs[i].comments;
	}
	f->items += fs_write_tickets(items, comments, f->tz, where, &f->newest);
	free(comments);
	free_jobs(jobs, n);
	/* Each page reaches the next stage as soon as it is complete. */
	if (sdc_flush_hook)
		sdc_flush_hook();
}

static int64_t
state_mark(json_object *st)
{
	const char *s = sdc_json_str(st, "since_updated_at");
	int64_t t;

	if (!s || sdc_time_parse(s, NULL, 0, &t) != SDC_TIME_OK)
		return SDC_TIME_NONE;
	if (fs_mark_in_future(t)) {
		sdc_warnx("%s: since_updated_at %s is in the future; ignored, "
		    "fetching as without a state file", opt.state, s);
		return SDC_TIME_NONE;
	}
	return t;
}

static void
save_state(struct fetch *f, int64_t mark)
{
	char buf[SDC_TIME_BUFSZ], markbuf[SDC_TIME_BUFSZ];
	json_object *st = json_object_new_object();

	if (f->newest > mark)
		mark = f->newest;
	if (mark == SDC_TIME_NONE) {
		json_object_put(st);
		return;
	}
	json_object_object_add(st, "since_updated_at",
	    json_object_new_string(sdc_time_format(mark, markbuf)));
	json_object_object_add(st, "last_run_utc",
	    json_object_new_string(sdc_time_format(sdc_now_ms(), buf)));
	json_object_object_add(st, "tickets_last_run",
	    json_object_new_int64(f->items));
	if (sdc_state_save(opt.state, st) < 0)
		sdc_err(SDC_EXIT_FATAL, "%s", opt.state);
	sdc_note("%s: since_updated_at %s", opt.state, markbuf);
	json_object_put(st);
}

/* The query that selects this run's tickets. */
static char *
ticket_filter(struct fetch *f, int64_t mark)
{
	char buf[SDC_TIME_BUFSZ], *q;
	int64_t t;

	if (opt.since) {
		if (sdc_time_parse(opt.since, f->tz, 0, &t) !=
		    SDC_TIME_OK)
			sdc_errx(SDC_EXIT_USAGE, "--since: not a time: %s",
			    opt.since);
	} else if ((t = mark) == SDC_TIME_NONE) {
		t = sdc_now_ms() - (int64_t)(opt.days * 86400000.0);
		if (asprintf(&q, "created_after=%s",
		    sdc_time_format(t, buf)) < 0)
			sdc_errx(SDC_EXIT_FATAL, "out of memory");
		return q;
	}
	if (asprintf(&q, "since_updated_at=%s", sdc_time_format(t, buf)) < 0)
		sdc_errx(SDC_EXIT_FATAL, "out of memory");
	return q;
}

static void
fetch_tickets(struct fetch *f)
{
	struct sdc_syncro_page pg;
	json_object *st;
	char *filter, *url, where[160], *prev = NULL;
	int64_t mark;
	long p;
	int lock = sdc_state_lock(opt.state);

	st = sdc_state_load(opt.state);
	mark = state_mark(st);
	filter = ticket_filter(f, mark);
	sdc_note("tickets with %s", filter);
	for (p = 1;; p++) {
		if (asprintf(&url, "/tickets?%s&page=%ld", filter, p) < 0)
			sdc_errx(SDC_EXIT_FATAL, "out of memory");
		get_page(f, url, "tickets", &pg);
		check_repeat(url, &pg, p, &prev);
		f->page = p;
		f->pages = pg.total_pages;
		snprintf(where, sizeof where, "GET %s", url);
		write_tickets(f, pg.items, where);
		check_cap(url, &pg, p, prev);
		progress(f);
		free(url);
		if (sdc_syncro_page_last(&pg, p))
			break;
		sdc_syncro_page_free(&pg);
	}
	sdc_syncro_page_free(&pg);
	free(prev);
	progress_end(f);
	/* The watermark moves only once every record of the run is out. */
	sdc_close_stdout();
	save_state(f, mark);
	json_object_put(st);
	free(filter);
	close(lock);
}

/* All pages of a list (at path, items under key) into the cache. */
static void
fetch_list(struct fetch *f, struct sdc_customers_cache *cache,
    const char *path, const char *key)
{
	struct sdc_syncro_page pg;
	char url[64], *prev = NULL;
	long p;

	f->what = key;
	for (p = 1;; p++) {
		snprintf(url, sizeof url, "/%s?page=%ld", path, p);
		get_page(f, url, key, &pg);
		check_repeat(url, &pg, p, &prev);
		fs_add_to_cache(cache, pg.items, key, url);
		check_cap(url, &pg, p, prev);
		f->items += (long)json_object_array_length(pg.items);
		f->page = p;
		f->pages = pg.total_pages;
		progress(f);
		if (sdc_syncro_page_last(&pg, p))
			break;
		sdc_syncro_page_free(&pg);
	}
	sdc_syncro_page_free(&pg);
	free(prev);
}

static void
write_cache(struct sdc_customers_cache *cache)
{
	sdc_customers_cache_write(cache, stdout);
	sdc_stats.written += sdc_customers_cache_count(cache);
	sdc_customers_cache_free(cache);
}

static void
fetch_customers(struct fetch *f)
{
	struct sdc_customers_cache *cache = sdc_customers_cache_new();

	fetch_list(f, cache, "customers", "customers");
	f->items = 0;
	fetch_list(f, cache, "contacts", "contacts");
	/* machine names: a session's machine is evidence for sdc-link */
	f->items = 0;
	fetch_list(f, cache, "customer_assets", "assets");
	progress_end(f);
	write_cache(cache);
}

/* --- --from-file: saved responses, same conversion --- */

static char *
slurp(const char *path, size_t *len)
{
	char *text = sdc_file_read(path, MAX_FILE, len);

	if (!text && errno == EFBIG)
		sdc_errx(SDC_EXIT_FATAL, "%s: larger than %lu MiB", path,
		    MAX_FILE >> 20);
	if (!text)
		sdc_err(SDC_EXIT_FATAL, "%s", path);
	return text;
}

/* The saved response in path as a page of key; 0, or -1 when it holds no
 * such list (why says what it is instead). */
static int
load_saved(const char *path, const char *key, struct sdc_syncro_page *pg,
    const char **why)
{
	size_t len;
	char *body = slurp(path, &len);
	int rc = sdc_syncro_page_parse(body, len, key, pg, why);

	free(body);
	return rc;
}

static void
tickets_from_files(struct fetch *f)
{
	struct sdc_syncro_page pg;
	const char *why;
	int i;

	for (i = 0; i < opt.nfrom; i++) {
		if (load_saved(opt.from[i], "tickets", &pg, &why) < 0)
			sdc_errx(SDC_EXIT_FATAL, "%s: not a saved tickets "
			    "response: %s", opt.from[i], why);
		write_tickets(f, pg.items, opt.from[i]);
		sdc_syncro_page_free(&pg);
	}
	sdc_close_stdout();
}

/* Customers files first, then contacts and assets: they need their
 * customer. */
static void
customers_from_files(void)
{
	static const char *const keys[] = { "customers", "contacts", "assets" };
	struct sdc_customers_cache *cache = sdc_customers_cache_new();
	struct sdc_syncro_page pg;
	const char *why;
	int i, k, used[3] = { 0, 0, 0 }, any;

	for (k = 0; k < 3; k++)
		for (i = 0; i < opt.nfrom; i++) {
			if (load_saved(opt.from[i], keys[k], &pg, &why) < 0)
				continue;
			fs_add_to_cache(cache, pg.items, keys[k], opt.from[i]);
			sdc_syncro_page_free(&pg);
			used[k]++;
		}
	any = used[0] + used[1] + used[2];
	if (any < opt.nfrom)
		sdc_errx(SDC_EXIT_FATAL, "%d of %d files hold no \"customers\", "
		    "\"contacts\" or \"assets\" list", opt.nfrom - any,
		    opt.nfrom);
	write_cache(cache);
	sdc_close_stdout();
}

int
main(int argc, char **argv)
{
	struct fetch f = { .newest = SDC_TIME_NONE };
	FILE *logfp = NULL;
	int tickets;

	sdc_init("sdc-fetch-syncro");
	parse_args(argc, argv);
	if (optind != argc - 1)
		usage(stderr, SDC_EXIT_USAGE);
	f.what = argv[optind];
	tickets = strcmp(f.what, "tickets") == 0;
	if (!tickets && strcmp(f.what, "customers") != 0) {
		sdc_warnx("unknown command: %s", f.what);
		usage(stderr, SDC_EXIT_USAGE);
	}
	apply_config();
	if ((f.tz = sdc_tz_open_default(sdc_opt_tz, NULL)) == NULL)
		exit(SDC_EXIT_USAGE);
	if (opt.reject)
		sdc_reject_open(opt.reject);
	if (opt.output)
		sdc_outfile_open(opt.output);
	f.progress = isatty(STDERR_FILENO) && !sdc_quiet && !sdc_verbose;
	sdc_file_check_inputs((char *const *)opt.from, opt.nfrom);
	if (opt.nfrom && tickets)
		tickets_from_files(&f);
	else if (opt.nfrom)
		customers_from_files();
	else {
		f.http = sdc_syncro_connect(&opt.conn, USER_AGENT, &logfp);
		if (tickets)
			fetch_tickets(&f);
		else {
			fetch_customers(&f);
			sdc_close_stdout();
		}
		sdc_http_client_free(f.http);
	}
	if (logfp)
		fclose(logfp);
	sdc_tz_close(f.tz);
	sdc_config_free();
	free(opt.from);
	sdc_outfile_commit();
	sdc_summary();
	return sdc_exit_status();
}
