/* sdc-merge - the smart update: merge fresh sessions into a stored set
 * without losing what people edited there (field rules in merge.h).
 *
 * NEW is small (one run's sessions) and is held in memory, indexed by
 * session_id.  STORE can be millions of sessions: it is mapped, streamed
 * once, and only (start time, offset, length) of each line is kept; the
 * lines that did not change are copied to the output verbatim. */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "hmap.h"
#include "jsonl.h"
#include "merge.h"
#include "session.h"
#include "sdctime.h"

/* Give the kernel back the pages of STORE already used, so resident
 * memory stays a small fraction of the store however big it is. */
#define RELEASE_EVERY (64UL << 20)

struct fresh {			/* one session of NEW */
	const char *id;		/* points into rec */
	json_object *rec;
	json_object *out;	/* the merged record, when it changed */
	long line;		/* in NEW */
	long matched;		/* STORE line it merged with; 0 = none */
	int dup;		/* a later copy of an id already in NEW */
};

struct entry {			/* one output record */
	int64_t start;		/* sort key; INT64_MAX = no start time */
	uint64_t off;		/* verbatim STORE line: offset, length */
	uint32_t len;
	int32_t fresh;		/* index into the NEW table; -1 = verbatim */
	uint64_t seq;		/* input order, for a stable sort */
};

struct store {
	const char *name;
	char *map;
	size_t size;
	size_t used;		/* bytes read since the last release */
	FILE *spool;		/* a copy of a STORE that is not a file */
};

static struct fresh *fresh;
static size_t nfresh;
static struct sdc_hmap by_id = SDC_HMAP_INIT;	/* session_id -> fresh */

static struct entry *entries;
static size_t nentries, centries;

static char *out_tmp;		/* -o: the temporary file until renamed */

static const char *const counters[] = {
	"kept", "added", "updated", "unchanged", "llm results kept",
	"llm results dropped", "hand edits kept", NULL
};

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: sdc-merge [-qv] [-o FILE] [--reject FILE] STORE NEW\n"
	    "Merge the sessions of NEW into STORE and write the merged store.\n"
	    "  -o, --output FILE   write FILE atomically (may be STORE itself)\n"
	    "      --reject FILE   copy rejected lines there\n"
	    "  -v, --verbose       print the summary line\n"
	    "  -q, --quiet         no warnings\n"
	    "  -h, --help          this text\n"
	    "      --version       print the version\n");
}

static int
blank(const char *s, size_t len)
{
	while (len--)
		if (!strchr(" \t\r", *s++))
			return 0;
	return 1;
}

/* One line of STORE or NEW: a session, or NULL after the line was
 * reported and copied to the reject file. */
static json_object *
parse_session(const char *file, long line, const char *s, size_t len,
    const char **id)
{
	const char *why = NULL;
	json_object *rec = NULL;

	sdc_stats.read++;
	if (len > SDC_MAX_LINE_DEFAULT)
		why = "line is over the 64 MiB limit";
	else
		rec = sdc_json_parse(s, len, &why);
	if (rec && !(*id = sdc_json_str(sdc_json_get(rec, "meta"), "session_id"))) {
		json_object_put(rec);
		rec = NULL;
		why = "not a session: no meta.session_id";
	}
	if (rec == NULL) {
		sdc_reject(file, line, "%s", why);
		sdc_reject_write(s, len);
	}
	return rec;
}

static int64_t
start_of(json_object *rec)
{
	int64_t t = sdc_json_time(sdc_json_get(rec, "insights"),
	    "session_start_time_utc");

	return t == SDC_TIME_NONE ? INT64_MAX : t;
}

static void
add_entry(int64_t start, size_t off, size_t len, long idx)
{
	struct entry *e;

	if (nentries == centries) {
		centries = centries ? centries * 2 : 4096;
		entries = sdc_xrealloc(entries, centries * sizeof(*entries));
	}
	e = &entries[nentries];
	e->start = start;
	e->off = off;
	e->len = (uint32_t)len;
	e->fresh = (int32_t)idx;
	e->seq = nentries++;
}

static uint64_t
id_hash(const char *id)
{
	return sdc_hash(id, strlen(id));
}

static struct fresh *
lookup(const char *id)
{
	size_t it = 0;
	uint32_t v;

	while (sdc_hmap_find(&by_id, id_hash(id), &it, &v))
		if (strcmp(fresh[v].id, id) == 0)
			return &fresh[v];
	return NULL;
}

static void
add_fresh(json_object *rec, const char *id, long line)
{
	static size_t cap;

	if (nfresh == cap) {
		cap = cap ? cap * 2 : 1024;
		fresh = sdc_xrealloc(fresh, cap * sizeof(*fresh));
	}
	fresh[nfresh++] = (struct fresh){ id, rec, NULL, line, 0, 0 };
}

/* Index NEW by session_id; a second record with an id is set aside. */
static void
index_fresh(const char *name)
{
	struct fresh *f, *first;
	const char *text;
	size_t i, len;

	for (i = 0; i < nfresh; i++) {
		f = &fresh[i];
		if ((first = lookup(f->id)) == NULL) {
			sdc_hmap_put(&by_id, id_hash(f->id), (uint32_t)i);
			continue;
		}
		f->dup = 1;
		sdc_reject(name, f->line, "duplicate session_id %s (first at line %ld)",
		    f->id, first->line);
		text = sdc_json_text(f->rec, &len);
		sdc_reject_write(text, len);
	}
}

static void
load_fresh(const char *path)
{
	struct sdc_lines *l = sdc_lines_open_path(path, SDC_MAX_LINE_DEFAULT);
	json_object *rec;
	const char *id;
	char *line;
	size_t len;
	int rc;

	if (l == NULL)
		sdc_err(SDC_EXIT_USAGE, "%s", path);
	while ((rc = sdc_lines_next(l, &line, &len)) != 0) {
		if (rc < 0) {
			sdc_stats.read++;
			sdc_reject(path, sdc_lines_lineno(l),
			    "line of %zu bytes is over the 64 MiB limit", len);
		} else if (!blank(line, len) &&
		    (rec = parse_session(path, sdc_lines_lineno(l), line, len, &id)))
			add_fresh(rec, id, sdc_lines_lineno(l));
	}
	if (sdc_lines_error(l))
		sdc_errx(SDC_EXIT_FATAL, "%s: read error", path);
	sdc_lines_close(l);
	index_fresh(path);
}

static void
release(struct store *st, size_t n)
{
	st->used += n;
	if (st->used < RELEASE_EVERY)
		return;
	madvise(st->map, st->size, MADV_DONTNEED);
	st->used = 0;
}

static void
merge_line(struct store *st, long line, const char *s, size_t len)
{
	json_object *rec;
	struct fresh *f;
	const char *id;
	unsigned flags;

	if (blank(s, len) || !(rec = parse_session(st->name, line, s, len, &id)))
		return;
	f = lookup(id);
	if (f == NULL) {
		sdc_count("kept", 1);
		add_entry(start_of(rec), (size_t)(s - st->map), len, -1);
	} else if (f->matched) {
		sdc_reject(st->name, line, "duplicate session_id %s (first at line %ld)",
		    id, f->matched);
		sdc_reject_write(s, len);
	} else {
		f->matched = line;
		f->out = sdc_merge_session(rec, f->rec, &flags);
		sdc_count("llm results kept", !!(flags & SDC_MERGE_LLM_KEPT));
		sdc_count("llm results dropped", !!(flags & SDC_MERGE_LLM_DROPPED));
		sdc_count("hand edits kept", !!(flags & SDC_MERGE_MANUAL));
		if (flags & SDC_MERGE_SAME) {
			sdc_count("unchanged", 1);
			json_object_put(f->out);
			f->out = NULL;
			add_entry(start_of(rec), (size_t)(s - st->map), len, -1);
		} else {
			sdc_count("updated", 1);
			add_entry(start_of(f->out), 0, 0, f - fresh);
		}
	}
	json_object_put(rec);
}

static void
scan_store(struct store *st)
{
	const char *p = st->map, *end = p + st->size, *nl;
	size_t len;
	long line = 0;

	while (p < end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		len = (size_t)((nl ? nl : end) - p);
		line++;
		merge_line(st, line, p, len && p[len - 1] == '\r' ? len - 1 : len);
		release(st, len + 1);
		p = nl ? nl + 1 : end;
	}
}

/* A STORE that is a pipe or a device is copied aside so it can be read
 * twice like a file. */
static int
spool(struct store *st, int fd)
{
	char buf[1 << 16];
	ssize_t n;

	if ((st->spool = tmpfile()) == NULL)
		sdc_err(SDC_EXIT_FATAL, "temporary file");
	while ((n = read(fd, buf, sizeof(buf))) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 || fwrite(buf, 1, (size_t)n, st->spool) != (size_t)n)
			sdc_err(SDC_EXIT_FATAL, "%s", st->name);
	}
	if (fflush(st->spool) != 0)
		sdc_err(SDC_EXIT_FATAL, "temporary file");
	close(fd);
	return fileno(st->spool);
}

static void
open_store(struct store *st, const char *path, int check_stdout)
{
	struct stat sb, out;
	int fd = strcmp(path, "-") == 0 ? dup(STDIN_FILENO) : open(path, O_RDONLY);

	st->name = path;
	if (fd < 0 || fstat(fd, &sb) != 0)
		sdc_err(SDC_EXIT_USAGE, "%s", path);
	if (check_stdout && fstat(STDOUT_FILENO, &out) == 0 &&
	    S_ISREG(sb.st_mode) && sb.st_dev == out.st_dev && sb.st_ino == out.st_ino)
		sdc_errx(SDC_EXIT_USAGE, "%s: the output is the store itself; "
		    "use -o %s", path, path);
	if (!S_ISREG(sb.st_mode)) {
		fd = spool(st, fd);
		if (fstat(fd, &sb) != 0)
			sdc_err(SDC_EXIT_FATAL, "temporary file");
	}
	st->size = (size_t)sb.st_size;
	if (st->size > 0) {
		st->map = mmap(NULL, st->size, PROT_READ, MAP_PRIVATE, fd, 0);
		if (st->map == MAP_FAILED)
			sdc_err(SDC_EXIT_FATAL, "%s", path);
		madvise(st->map, st->size, MADV_SEQUENTIAL);
	}
	close(fd);
}

/* Ties keep input order, so merging the output again changes nothing. */
static int
by_start(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void
emit(struct store *st)
{
	struct fresh *f;
	size_t i;

	for (i = 0; i < nfresh; i++) {
		f = &fresh[i];
		if (!f->matched && !f->dup) {
			sdc_count("added", 1);
			add_entry(start_of(f->rec), 0, 0, (long)i);
		}
	}
	if (nentries)
		qsort(entries, nentries, sizeof(*entries), by_start);
	for (i = 0; i < nentries; i++) {
		if (entries[i].fresh >= 0) {
			f = &fresh[entries[i].fresh];
			sdc_write_record(f->out ? f->out : f->rec);
			continue;
		}
		sdc_write_line(st->map + entries[i].off, entries[i].len);
		release(st, entries[i].len);
	}
}

static void
drop_tmp(void)
{
	if (out_tmp)
		unlink(out_tmp);
}

/* -o FILE: write a temporary file beside FILE, renamed when complete. */
static int
open_output(const char *path)
{
	mode_t mask = umask(0);
	int fd;

	umask(mask);
	out_tmp = sdc_xmalloc(strlen(path) + 8);
	sprintf(out_tmp, "%s.XXXXXX", path);
	if ((fd = mkstemp(out_tmp)) < 0) {
		free(out_tmp);
		out_tmp = NULL;
		sdc_err(SDC_EXIT_USAGE, "%s", path);
	}
	atexit(drop_tmp);
	if (fchmod(fd, 0666 & ~mask) != 0 || dup2(fd, STDOUT_FILENO) < 0)
		sdc_err(SDC_EXIT_FATAL, "%s", out_tmp);
	return fd;
}

static void
close_output(int fd, const char *path)
{
	if (fsync(fd) != 0 || close(fd) != 0 || rename(out_tmp, path) != 0)
		sdc_err(SDC_EXIT_FATAL, "%s", path);
	free(out_tmp);
	out_tmp = NULL;
}

int
main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "reject", required_argument, NULL, 'r' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct store st = { 0 };
	const char *output = NULL;
	int c, i, out_fd = -1;

	sdc_init(argv[0]);
	while ((c = getopt_long(argc, argv, "o:vqh", opts, NULL)) != -1) {
		switch (c) {
		case 'o': output = optarg; break;
		case 'r': sdc_reject_open(optarg); break;
		case 'v': sdc_verbose = 1; break;
		case 'q': sdc_quiet = 1; break;
		case 'h': usage(stdout); return SDC_EXIT_OK;
		case 'V': printf("sdc-merge %s\n", SDC_VERSION); return SDC_EXIT_OK;
		default: usage(stderr); return SDC_EXIT_USAGE;
		}
	}
	if (argc - optind != 2) {
		usage(stderr);
		return SDC_EXIT_USAGE;
	}
	if (strcmp(argv[optind], "-") == 0 && strcmp(argv[optind + 1], "-") == 0)
		sdc_errx(SDC_EXIT_USAGE, "STORE and NEW cannot both be standard input");
	for (i = 0; counters[i]; i++)
		sdc_count(counters[i], 0);
	open_store(&st, argv[optind], output == NULL);
	load_fresh(argv[optind + 1]);
	if (output)
		out_fd = open_output(output);
	scan_store(&st);
	emit(&st);
	sdc_summary();
	sdc_close_stdout();
	if (output)
		close_output(out_fd, output);
	return sdc_exit_status();
}
