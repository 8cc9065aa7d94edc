/* sdc-st2jsonl - SillyTavern chat files to Session records: the options,
 * finding the chat files, and the state of fingerprints seen before; each
 * file's conversion is src/st2jsonl/chats.c. */
#include "config.h"
#include "chats.h"
#include "diag.h"
#include "file.h"
#include "fpset.h"
#include "grow.h"
#include "jsonl.h"
#include "sdctime.h"

#include <dirent.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define DEFAULT_STATE "data/state/st-fingerprints"

static const char usage_text[] =
"usage: sdc-st2jsonl [-hqv] [--version] [--tz ZONE] [--gap MINUTES]\n"
"                    [--with-reasoning] [--state FILE | --no-state]\n"
"                    [--reject FILE] [--max-line BYTES] [--follow-symlinks]\n"
"                    [FILE | DIR ...]\n"
"SillyTavern chat logs (files, or whole chat folders) to sessions.\n"
"\n"
"  --tz ZONE             zone of local times (default: inferred from the\n"
"                        generation times, else TZ)\n"
"  --gap MINUTES         largest gap between two messages of a session (60)\n"
"  --with-reasoning      add the model's reasoning to the segments\n"
"  --state FILE          message fingerprints of earlier runs\n"
"                        (" DEFAULT_STATE ")\n"
"  --no-state            neither read nor write the state\n"
"  --reject FILE         write each rejected line, unchanged, to FILE\n"
"  --max-line BYTES      reject longer lines (default 64 MiB)\n"
"  --follow-symlinks     also read *.jsonl links that leave the folder\n"
"  -q, --quiet           no warnings (rejections are still reported)\n"
"  -v, --verbose         each skipped line, and the summary line\n"
"  -h, --help            this text\n"
"  --version             the version\n";

static struct {
	struct st_opts conv;
	const char *state;
	int follow;		/* --follow-symlinks */
} opt = { { NULL, 60 * 60000LL, 0, SDC_MAX_LINE_DEFAULT }, NULL, 0 };
static const char *const default_state = DEFAULT_STATE;

static void
usage(int code)
{
	fputs(usage_text, code ? stderr : stdout);
	exit(code);
}

/* ---- paths ---- */

struct paths {
	char **v;
	size_t n, cap;
};

static void
add_path(struct paths *p, char *path)
{
	p->v = sdc_grow(p->v, &p->cap, p->n + 1, sizeof(*p->v));
	p->v[p->n++] = path;
}

static int
ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* Does the file link p resolve to a place outside the folder root (a
 * real path)?  A link to /etc/passwd in a chats folder would otherwise be
 * read, and its lines copied to the --reject file. */
static int
leaves_root(const char *p, const char *root)
{
	char *real = realpath(p, NULL);
	size_t n = strlen(root);
	int out = !real || strncmp(real, root, n) != 0 || (real[n] != '/' && root[n - 1] != '/');

	free(real);
	return out;
}

/* Every *.jsonl under dir; symbolic links to directories are not
 * followed, so a link loop cannot trap the walk, and links to files
 * outside the folder only with --follow-symlinks. */
static void
walk(const char *dir, const char *root, struct paths *out)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	struct stat st;
	char *path;

	if (!d) {
		st_unreadable(dir);
		return;
	}
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		path = sdc_xmalloc(strlen(dir) + strlen(e->d_name) + 2);
		sprintf(path, "%s%s%s", dir, ends_with(dir, "/") ? "" : "/",
		    e->d_name);
		if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode))
			walk(path, root, out);
		else if (S_ISLNK(st.st_mode) && !opt.follow && ends_with(e->d_name, ".jsonl")
		    && leaves_root(path, root))
			sdc_warnx("%s: a symbolic link out of the folder; not followed "
			    "(--follow-symlinks reads it)", path);
		else if (ends_with(e->d_name, ".jsonl") && stat(path, &st) == 0 &&
		    S_ISREG(st.st_mode)) {
			add_path(out, path);
			continue;
		}
		free(path);
	}
	closedir(d);
}

/* Sorted path order, except that SillyTavern's backups (snapshots of
 * the chats) come last: a message is then attributed to its chat, and a
 * backup only contributes what survives nowhere else. */
static int
by_name(const void *a, const void *b)
{
	const char *x = *(char *const *)a, *y = *(char *const *)b;
	int bx = strstr(x, "/backups/") != NULL, by = strstr(y, "/backups/") != NULL;

	return bx != by ? bx - by : strcmp(x, y);
}

static void
convert_arg(const char *arg)
{
	struct paths p = { 0 };
	struct stat st;
	char *root;
	size_t i;

	if (strcmp(arg, "-") == 0 || stat(arg, &st) != 0 || !S_ISDIR(st.st_mode)) {
		st_convert(arg);
		return;
	}
	root = realpath(arg, NULL);
	walk(arg, root ? root : arg, &p);
	free(root);
	qsort(p.v, p.n, sizeof(*p.v), by_name);
	for (i = 0; i < p.n; i++) {
		st_convert(p.v[i]);
		free(p.v[i]);
	}
	free(p.v);
}

/* ---- main ---- */

static void
options(int argc, char **argv)
{
	enum { O_GAP = 256, O_STATE, O_NO_STATE, O_REASONING, O_MAX_LINE, O_FOLLOW };
	static const struct option longopts[] = {
		SDC_TZ_OPTION,
		{ "gap", required_argument, NULL, O_GAP },
		{ "state", required_argument, NULL, O_STATE },
		{ "no-state", no_argument, NULL, O_NO_STATE },
		{ "with-reasoning", no_argument, NULL, O_REASONING },
		{ "max-line", required_argument, NULL, O_MAX_LINE },
		{ "follow-symlinks", no_argument, NULL, O_FOLLOW },
		SDC_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	int ch;

	opt.state = default_state;
	while ((ch = getopt_long(argc, argv, "hqv", longopts, NULL)) != -1) {
		switch (ch) {
		case O_GAP:
			opt.conv.gap_ms = sdc_long_arg("--gap", optarg, 0, 525600) * 60000LL;
			break;
		case O_STATE:
			opt.state = optarg;
			break;
		case O_NO_STATE:
			opt.state = NULL;
			break;
		case O_REASONING:
			opt.conv.reasoning = 1;
			break;
		case O_MAX_LINE:
			opt.conv.max_line = (size_t)sdc_long_arg("--max-line", optarg, 0,
			    LONG_MAX);
			break;
		case O_FOLLOW:
			opt.follow = 1;
			break;
		case 'h':
			usage(SDC_EXIT_OK);
			break;
		default:
			if (!sdc_common_option(ch, optarg))
				usage(SDC_EXIT_USAGE);
		}
	}
}

int
main(int argc, char **argv)
{
	struct sdc_fpstate *state = NULL;
	const struct sdc_buf *fps;
	struct sdc_fpset *seen;
	int i;

	sdc_init(argv[0]);
	options(argc, argv);
	if (!(opt.conv.tz = sdc_tz_open_default(sdc_opt_tz, NULL)))
		exit(SDC_EXIT_USAGE);
	seen = st_begin(&opt.conv);
	if (opt.state == default_state)	/* XDG state when installed */
		opt.state = sdc_default_path(DEFAULT_STATE);
	if (opt.state && !(state = sdc_fpstate_open(opt.state, seen)))
		exit(SDC_EXIT_FATAL);
	sdc_count("headers", 0);
	sdc_count("messages", 0);
	sdc_count("duplicates", 0);
	sdc_count("skipped", 0);
	sdc_file_check_inputs(argv + optind, argc - optind);
	if (optind == argc)
		st_convert("-");
	for (i = optind; i < argc; i++)
		convert_arg(argv[i]);
	/* The state may only claim what is already written out. */
	sdc_close_stdout();
	fps = st_new_fingerprints();
	if (state && sdc_fpstate_append(state, fps->p, fps->len) < 0)
		exit(SDC_EXIT_FATAL);
	sdc_fpstate_close(state);
	if (sdc_counter("duplicates") > 0 && !sdc_quiet)
		sdc_warnx("%ld messages seen before were not emitted again",
		    sdc_counter("duplicates"));
	sdc_summary();
	st_end();
	sdc_tz_close(opt.conv.tz);
	return sdc_exit_status();
}
