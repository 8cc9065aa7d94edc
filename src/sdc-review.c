/* sdc-review - a person settles the names sdc-link left for review.
 *
 * Walks the review file (data/out/needs-review.jsonl) one name at a time:
 * the name, its sessions and machines, why sdc-link did not link it and
 * its best candidates with their confidence; one key chooses a candidate,
 * skips, or says "not a customer".  Each decision is appended at once to
 * the rules file (linkrules.h) as an alias, with a machine rule for each
 * machine the name's sessions ran on, so the name never comes back and
 * the next "make run" relinks its sessions.  Without a terminal it reads
 * decisions as TSV lines "name<TAB>customer id" ("-" for not a customer)
 * from --decisions FILE or standard input, so it scripts. */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "buf.h"
#include "config.h"
#include "diag.h"
#include "jsonl.h"
#include "linkrules.h"

#define MAXCAND 9	/* one key each */

/* One name to settle, as sdc-link wrote it. */
struct item {
	const char *name, *why;
	long long sessions;
	json_object *cand;	/* [{id, name, score, confidence}] */
	json_object *machines;	/* [name] */
};

static struct {
	const char *config, *rules, *decisions, *review;
} opt;

static struct {
	long linked, notcust, skipped;
} tally;

static struct termios saved;
static int raw_on;

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: sdc-review [-hqv] [--version] [--config FILE] [--rules FILE]\n"
	    "                  [--decisions FILE] [REVIEW-FILE]\n"
	    "Settle the names sdc-link left for review (data/out/needs-review.jsonl):\n"
	    "on a terminal one key each (1-9 a candidate, s skip, n not a customer,\n"
	    "q quit); else TSV decisions \"name<TAB>customer id\" (\"-\": not a\n"
	    "customer) from --decisions FILE or standard input.\n"
	    "\n"
	    "  --config FILE         the sdc config file\n"
	    "  --rules FILE          where decisions go (link.rules, else\n"
	    "                        data/state/link-rules.jsonl)\n"
	    "  --decisions FILE      TSV decisions instead of the terminal\n"
	    "  -q, --quiet           no summary, no warnings\n"
	    "  -v, --verbose         one line per decision on stderr\n"
	    "  -h, --help            this text\n"
	    "  --version             the version\n");
}

static void
raw_off(void)
{
	if (raw_on)
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
	raw_on = 0;
}

static void
on_signal(int sig)
{
	raw_off();
	signal(sig, SIG_DFL);
	raise(sig);
}

/* One key at a time, unechoed; the terminal is restored at exit. */
static void
raw_mode(void)
{
	struct termios t;

	if (tcgetattr(STDIN_FILENO, &saved) < 0)
		sdc_err(SDC_EXIT_FATAL, "terminal");
	t = saved;
	t.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
	t.c_cc[VMIN] = 1;
	t.c_cc[VTIME] = 0;
	if (tcsetattr(STDIN_FILENO, TCSANOW, &t) < 0)
		sdc_err(SDC_EXIT_FATAL, "terminal");
	raw_on = 1;
	atexit(raw_off);
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);
}

static int
item_of(json_object *o, struct item *it)
{
	it->name = sdc_json_str(o, "name");
	it->why = sdc_json_str(o, "why");
	it->sessions = json_object_get_int64(sdc_json_get(o, "sessions"));
	it->cand = sdc_json_get(o, "candidates");
	it->machines = sdc_json_get(o, "machines");
	if (!json_object_is_type(it->cand, json_type_array))
		it->cand = NULL;
	if (!json_object_is_type(it->machines, json_type_array))
		it->machines = NULL;
	return it->name && *it->name ? 0 : -1;
}

static size_t
ncand(const struct item *it)
{
	size_t n = it->cand ? json_object_array_length(it->cand) : 0;

	return n < MAXCAND ? n : MAXCAND;
}

/* The decision: an alias (or "not a customer"), and a machine rule for
 * each machine of the name's sessions. */
static void
decide(const struct item *it, long long id)
{
	size_t n = it->machines ? json_object_array_length(it->machines) : 0;
	struct sdc_rule *r = sdc_xcalloc(n + 1, sizeof(*r));
	size_t i, k = 0;

	r[k++] = (struct sdc_rule){ id >= 0 ? "alias" : "not_customer",
	    it->name, id };
	for (i = 0; id >= 0 && i < n; i++) {
		const char *m = json_object_get_string(
		    json_object_array_get_idx(it->machines, i));

		if (m && *m)
			r[k++] = (struct sdc_rule){ "machine", m, id };
	}
	if (sdc_rules_append(opt.rules, r, k) < 0)
		exit(SDC_EXIT_FATAL);
	free(r);
	if (id >= 0)
		tally.linked++;
	else
		tally.notcust++;
	sdc_note("\"%s\": %s%lld", it->name, id >= 0 ? "customer " :
	    "not a customer", id >= 0 ? id : 0);
}

static void
show(const struct item *it, size_t at, size_t total)
{
	size_t i, n = ncand(it), nm = it->machines ?
	    json_object_array_length(it->machines) : 0;

	printf("\n[%zu/%zu] \"%s\": %lld session%s", at, total, it->name,
	    it->sessions, it->sessions == 1 ? "" : "s");
	for (i = 0; i < nm; i++)
		printf("%s%s", i ? ", " : "; machine ", json_object_get_string(
		    json_object_array_get_idx(it->machines, i)));
	printf("\n    %s\n", it->why ? it->why : "");
	for (i = 0; i < n; i++) {
		json_object *c = json_object_array_get_idx(it->cand, i);

		printf("  %zu  %s (id %lld)  confidence %d  score %d\n", i + 1,
		    sdc_json_str(c, "name") ? sdc_json_str(c, "name") : "",
		    (long long)json_object_get_int64(sdc_json_get(c, "id")),
		    json_object_get_int(sdc_json_get(c, "confidence")),
		    json_object_get_int(sdc_json_get(c, "score")));
	}
	if (n > 0)
		printf("  [1-%zu] choose  ", n);
	else
		printf("  ");
	printf("s skip  n not a customer  q quit > ");
	fflush(stdout);
}

/* Keys until one decides: 1 done, 0 quit. */
static int
ask(const struct item *it, size_t at, size_t total)
{
	size_t n = ncand(it);
	char ch;

	show(it, at, total);
	for (;;) {
		if (read(STDIN_FILENO, &ch, 1) != 1 || ch == 'q' || ch == 4) {
			printf("quit\n");
			return 0;
		}
		if (ch >= '1' && ch < (char)('1' + n)) {
			json_object *c = json_object_array_get_idx(it->cand,
			    (size_t)(ch - '1'));

			printf("%s\n", sdc_json_str(c, "name"));
			decide(it, json_object_get_int64(sdc_json_get(c, "id")));
			return 1;
		}
		if (ch == 'n') {
			printf("not a customer\n");
			decide(it, -1);
			return 1;
		}
		if (ch == 's' || ch == '\n' || ch == ' ') {
			printf("skipped\n");
			tally.skipped++;
			return 1;
		}
	}
}

/* The review file's names (type "customer"; contacts are settled in
 * Syncro, not here). */
static json_object *
load_items(const char *path, size_t *n)
{
	struct sdc_lines *l = sdc_lines_open_path(path, 1 << 24);
	json_object *all = json_object_new_array();
	char *line;
	size_t len;
	int rc;

	if (l == NULL)
		sdc_err(errno == ENOENT ? SDC_EXIT_USAGE : SDC_EXIT_FATAL,
		    "%s", path);
	while ((rc = sdc_lines_next(l, &line, &len)) != 0) {
		const char *why = "line too long", *type;
		json_object *o = rc > 0 ? sdc_json_parse(line, len, &why) : NULL;
		struct item it;

		type = sdc_json_str(o, "type");
		if (o && item_of(o, &it) == 0 && (!type || strcmp(type,
		    "customer") == 0))
			json_object_array_add(all, json_object_get(o));
		else if (!o || item_of(o, &it) < 0)
			sdc_reject(path, sdc_lines_lineno(l), "%s",
			    o ? "no name" : why);
		json_object_put(o);
	}
	sdc_lines_close(l);
	*n = json_object_array_length(all);
	return all;
}

static void
walk_terminal(json_object *all, size_t n)
{
	size_t i;

	raw_mode();
	for (i = 0; i < n; i++) {
		struct item it;

		item_of(json_object_array_get_idx(all, i), &it);
		if (!ask(&it, i + 1, n))
			break;
	}
	tally.skipped += (long)(n - i - (i < n));
	raw_off();
}

/* The item named name, or NULL. */
static json_object *
find(json_object *all, const char *name)
{
	size_t i;

	for (i = 0; i < json_object_array_length(all); i++) {
		json_object *o = json_object_array_get_idx(all, i);

		if (strcmp(sdc_json_str(o, "name"), name) == 0)
			return o;
	}
	return NULL;
}

/* "name<TAB>id": 1 with *id (-1: not a customer; -2: skip), or 0 with
 * the reason in *why. */
static int
tsv_line(char *line, char **name, long long *id, const char **why)
{
	char *tab = strchr(line, '\t'), *end;

	line[strcspn(line, "\r\n")] = '\0';
	if (tab == NULL) {
		*why = "no TAB between name and customer id";
		return 0;
	}
	*tab++ = '\0';
	*name = line;
	if (*tab == '\0') {
		*id = -2;
		return 1;
	}
	if (strcmp(tab, "-") == 0) {
		*id = -1;
		return 1;
	}
	*id = strtoll(tab, &end, 10);
	if (end == tab || *end != '\0' || *id < 0) {
		*why = "customer id is not a number (\"-\": not a customer)";
		return 0;
	}
	return 1;
}

static void
walk_tsv(json_object *all, const char *path)
{
	FILE *fp = strcmp(path, "-") ? fopen(path, "r") : stdin;
	char *line = NULL, *name;
	size_t cap = 0;
	long lineno = 0;
	long long id;
	const char *why;
	struct item it;
	json_object *o;

	if (fp == NULL)
		sdc_err(SDC_EXIT_USAGE, "%s", path);
	while (getline(&line, &cap, fp) > 0) {
		lineno++;
		if (!tsv_line(line, &name, &id, &why))
			sdc_reject(path, lineno, "%s", why);
		else if ((o = find(all, name)) == NULL) {
			sdc_warn_at(path, lineno, "\"%s\" is not in the review "
			    "file; %s", name, id == -2 ? "skipped" :
			    "decided anyway");
			it = (struct item){ name, NULL, 0, NULL, NULL };
			if (id != -2)
				decide(&it, id);
			else
				tally.skipped++;
		} else if (item_of(o, &it) == 0 && id == -2)
			tally.skipped++;
		else
			decide(&it, id);
	}
	free(line);
	if (fp != stdin)
		fclose(fp);
}

static void
parse_args(int argc, char **argv)
{
	static const struct option longopts[] = {
		SDC_COMMON_OPTIONS,
		{ "config", required_argument, NULL, 'c' },
		{ "rules", required_argument, NULL, 'r' },
		{ "decisions", required_argument, NULL, 'd' },
		{ NULL, 0, NULL, 0 }
	};
	int ch;

	while ((ch = getopt_long(argc, argv, "hqv", longopts, NULL)) != -1) {
		if (ch == 'h') {
			usage(stdout);
			exit(0);
		} else if (ch == 'c')
			opt.config = optarg;
		else if (ch == 'r')
			opt.rules = optarg;
		else if (ch == 'd')
			opt.decisions = optarg;
		else if (!sdc_common_option(ch, optarg)) {
			usage(stderr);
			exit(SDC_EXIT_USAGE);
		}
	}
	if (argc - optind > 1) {
		usage(stderr);
		exit(SDC_EXIT_USAGE);
	}
	opt.review = optind < argc ? argv[optind] : NULL;
}

int
main(int argc, char **argv)
{
	json_object *all;
	size_t n;

	sdc_init("sdc-review");
	parse_args(argc, argv);
	sdc_config_load(opt.config);
	if (opt.rules == NULL)
		opt.rules = sdc_config_path("link.rules");
	if (opt.rules == NULL)
		opt.rules = sdc_default_path("data/state/link-rules.jsonl");
	if (opt.review == NULL)
		opt.review = sdc_default_path("data/out/needs-review.jsonl");
	all = load_items(opt.review, &n);
	if (opt.decisions || !isatty(STDIN_FILENO))
		walk_tsv(all, opt.decisions ? opt.decisions : "-");
	else
		walk_terminal(all, n);
	if (!sdc_quiet)
		fprintf(stderr, "sdc-review: %ld linked, %ld not customers, %ld "
		    "skipped; rules in %s%s\n", tally.linked, tally.notcust,
		    tally.skipped, opt.rules, tally.linked + tally.notcust ?
		    " (the next make run relinks)" : "");
	json_object_put(all);
	sdc_config_free();
	return sdc_exit_status();
}
