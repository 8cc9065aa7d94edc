/* update - sdc-merge's run over whole files: merge fresh sessions into a
 * stored set (update.h; the rules for one pair are merge.c).
 *
 * Either file can hold millions of sessions, so neither is held as JSON
 * trees: both are mapped and parsed one line at a time, keeping only
 * (start time, offset, length) per line and the ids of NEW.  Merged
 * records go to a spool file; the output is then copied, in start-time
 * order, from the three mappings, every unchanged line byte for byte. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "grow.h"
#include "hmap.h"
#include "jscan.h"
#include "jsonl.h"
#include "merge.h"
#include "session.h"
#include "sdctime.h"
#include "update.h"

/* Give the kernel back the pages of an input already used, so resident
 * memory stays a small fraction of the files however big they are. */
#define RELEASE_EVERY (16UL << 20)

/* The sources: the store, the spool of merged records, then each NEW
 * file in the order given. */
enum { STORE = MU_STORE, SPOOL, FIRST_NEW };

struct source {			/* a mapped input */
	const char *name;
	char *map;
	size_t size;
	size_t used;		/* bytes read since the last release */
	FILE *copy;		/* a pipe's copy; the spool itself */
};

struct fresh {			/* one session of NEW */
	char *id;
	uint64_t off;
	uint32_t len;
	uint32_t from;		/* its NEW file (a source index) */
	long line;
	long matched;		/* STORE line it merged with; 0 = none */
	int64_t start;
};

struct entry {			/* one output line */
	int64_t start;		/* sort key; INT64_MAX = no start time */
	uint64_t off;
	uint32_t len;
	uint32_t src;		/* STORE, SPOOL or a NEW file */
	uint64_t seq;		/* input order, for a stable sort */
};

static struct source *src;
static size_t nsrc, csrc;
static FILE *changed;		/* --changed: the added and updated lines */
static struct fresh *fresh;
static size_t nfresh, cfresh;
static struct sdc_hmap by_id = SDC_HMAP_INIT;	/* session_id -> fresh */

static struct entry *entries;
static size_t nentries, centries;

static const char *const counters[] = {
	"kept", "added", "updated", "unchanged", "llm results kept",
	"llm results dropped", "hand edits kept", NULL
};

static int
blank(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r'))
		i++;
	return i == len;
}

static void
reject(struct source *s, long line, const char *text, size_t len,
    const char *why)
{
	sdc_reject(s->name, line, "%s", why);
	sdc_reject_write(text, len);
}

/* first: the line the id was first seen on, in the file named first_in
 * (NULL: the same file). */
static void
reject_dup(struct source *s, long line, const char *text, size_t len,
    const char *id, const char *first_in, long first)
{
	if (first_in && first_in != s->name)
		sdc_reject(s->name, line, "duplicate session_id %s (first at %s:%ld)",
		    id, first_in, first);
	else
		sdc_reject(s->name, line, "duplicate session_id %s (first at line %ld)",
		    id, first);
	sdc_reject_write(text, len);
}

/* sdc_json_parse() reads text[len]: the last line of a file without a
 * final newline may end at the end of the mapping, so it is copied. */
static json_object *
parse(struct source *s, const char *text, size_t len, const char **why)
{
	json_object *rec;
	char *copy;

	if (text + len < s->map + s->size)
		return sdc_json_parse(text, len, why);
	copy = sdc_xmalloc(len + 1);
	memcpy(copy, text, len);
	copy[len] = '\0';
	rec = sdc_json_parse(copy, len, why);
	free(copy);
	return rec;
}

/* One line of an input: a session, or NULL after the line was reported
 * and copied to the reject file. */
static json_object *
parse_session(struct source *s, long line, const char *text, size_t len,
    const char **id)
{
	const char *why = NULL;
	json_object *rec = NULL;

	sdc_stats.read++;
	if (len > SDC_MAX_LINE_DEFAULT)
		why = "line is over the 64 MiB limit";
	else
		rec = parse(s, text, len, &why);
	if (rec && !(*id = sdc_json_str(sdc_json_get(rec, "meta"), "session_id"))) {
		json_object_put(rec);
		rec = NULL;
		why = "not a session: no meta.session_id";
	}
	if (rec == NULL)
		reject(s, line, text, len, why);
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
add_entry(int64_t start, int from, size_t off, size_t len)
{
	struct entry *e;

	entries = sdc_grow(entries, &centries, nentries + 1, sizeof(*entries));
	e = &entries[nentries];
	e->start = start;
	e->off = off;
	e->len = (uint32_t)len;
	e->src = (uint32_t)from;
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

/* A line's session_id (into id) and start, read without a json-c tree:
 * most lines only pass through (issue 17).  0 when json-c must read it
 * (a bad line, or one the scanner is not sure of): parse_session then
 * reports it as before. */
static int
quick_session(const char *text, size_t len, char id[128], int64_t *start)
{
	struct sdc_jscan_want w[2] = { { "meta", "session_id", NULL, 0, 0 },
	    { "insights", "session_start_time_utc", NULL, 0, 0 } };

	if (len > SDC_MAX_LINE_DEFAULT || sdc_jscan(text, len, w, 2) != 1
	    || w[0].kind != 's' || w[0].len >= 128)
		return 0;
	memcpy(id, w[0].s, w[0].len);
	id[w[0].len] = '\0';
	if (w[1].kind != 's' || sdc_time_parse_n(w[1].s, w[1].len, NULL, 0, start) != SDC_TIME_OK)
		*start = INT64_MAX;
	return 1;
}

/* Index a line of NEW by its session_id; a second one is set aside. */
static void
index_line(struct source *s, long line, const char *text, size_t len)
{
	json_object *rec = NULL;
	struct fresh *first;
	const char *id;
	char quick[128];
	int64_t start;

	if (quick_session(text, len, quick, &start)) {
		sdc_stats.read++;
		id = quick;
	} else if ((rec = parse_session(s, line, text, len, &id)) != NULL)
		start = start_of(rec);
	else
		return;
	if ((first = lookup(id)) != NULL) {
		reject_dup(s, line, text, len, id, src[first->from].name,
		    first->line);
	} else {
		fresh = sdc_grow(fresh, &cfresh, nfresh + 1, sizeof(*fresh));
		sdc_hmap_put(&by_id, id_hash(id), (uint32_t)nfresh);
		fresh[nfresh++] = (struct fresh){ sdc_xstrdup(id),
		    (uint64_t)(text - s->map), (uint32_t)len,
		    (uint32_t)(s - src), line, 0, start };
	}
	json_object_put(rec);
}

static void
spool(json_object *rec)
{
	size_t len;
	const char *text = sdc_json_text(rec, &len);
	long off = ftell(src[SPOOL].copy);

	if (off < 0 || fwrite(text, 1, len, src[SPOOL].copy) != len)
		sdc_err(SDC_EXIT_FATAL, "temporary file");
	add_entry(start_of(rec), SPOOL, (size_t)off, len);
}

static void
count_flags(unsigned flags)
{
	sdc_count("llm results kept", !!(flags & SDC_MERGE_LLM_KEPT));
	sdc_count("llm results dropped", !!(flags & SDC_MERGE_LLM_DROPPED));
	sdc_count("hand edits kept", !!(flags & SDC_MERGE_MANUAL));
	sdc_count(flags & SDC_MERGE_SAME ? "unchanged" : "updated", 1);
}

/* The stored record meets its fresh one (parsed again from NEW). */
static void
merge_pair(json_object *stored, struct fresh *f, const char *text, size_t len)
{
	const char *why;
	json_object *rec = parse(&src[f->from], src[f->from].map + f->off,
	    f->len, &why);
	json_object *out;
	unsigned flags;

	out = sdc_merge_session(stored, rec, &flags);
	count_flags(flags);
	if (flags & SDC_MERGE_SAME)
		add_entry(start_of(stored), STORE, (size_t)(text - src[STORE].map), len);
	else
		spool(out);
	json_object_put(out);
	json_object_put(rec);
}

static void
merge_line(struct source *s, long line, const char *text, size_t len)
{
	json_object *rec;
	struct fresh *f;
	const char *id;
	char quick[128];
	int64_t start;

	if (quick_session(text, len, quick, &start) && !lookup(quick)) {
		sdc_stats.read++;
		sdc_count("kept", 1);	/* passed through as it is */
		add_entry(start, STORE, (size_t)(text - s->map), len);
		return;
	}
	if (!(rec = parse_session(s, line, text, len, &id)))
		return;
	f = lookup(id);
	if (f == NULL) {
		sdc_count("kept", 1);
		add_entry(start_of(rec), STORE, (size_t)(text - s->map), len);
	} else if (f->matched) {
		reject_dup(s, line, text, len, id, NULL, f->matched);
	} else {
		f->matched = line;
		merge_pair(rec, f, text, len);
	}
	json_object_put(rec);
}

static void
release(struct source *s, size_t n)
{
	s->used += n;
	if (s->used < RELEASE_EVERY)
		return;
	madvise(s->map, s->size, MADV_DONTNEED);
	s->used = 0;
}

/* Call fn for every non-blank line (without "\n" or "\r\n"). */
static void
scan(struct source *s, void (*fn)(struct source *, long, const char *, size_t))
{
	const char *p = s->map, *end, *nl;
	size_t len;
	long line = 0;

	if (s->size == 0)	/* nothing mapped */
		return;
	end = p + s->size;
	while (p < end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		len = (size_t)((nl ? nl : end) - p);
		line++;
		if (!blank(p, len))
			fn(s, line, p, len && p[len - 1] == '\r' ? len - 1 : len);
		release(s, len + 1);
		p = nl ? nl + 1 : end;
	}
}

static void
map(struct source *s, int fd)
{
	struct stat sb;

	if (fstat(fd, &sb) != 0)
		sdc_err(SDC_EXIT_FATAL, "%s", s->name);
	s->size = (size_t)sb.st_size;
	if (s->size == 0)
		return;
	s->map = mmap(NULL, s->size, PROT_READ, MAP_PRIVATE, fd, 0);
	if (s->map == MAP_FAILED)
		sdc_err(SDC_EXIT_FATAL, "%s", s->name);
	madvise(s->map, s->size, MADV_SEQUENTIAL);
}

/* An input that is a pipe or a device is copied aside, to be mapped. */
static int
copy_aside(struct source *s, int fd)
{
	char buf[1 << 16];
	ssize_t n;

	if ((s->copy = tmpfile()) == NULL)
		sdc_err(SDC_EXIT_FATAL, "temporary file");
	while ((n = read(fd, buf, sizeof(buf))) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 || fwrite(buf, 1, (size_t)n, s->copy) != (size_t)n)
			sdc_err(SDC_EXIT_FATAL, "%s", s->name);
	}
	if (fflush(s->copy) != 0)
		sdc_err(SDC_EXIT_FATAL, "temporary file");
	close(fd);
	return fileno(s->copy);
}

/* The source of a new input: the store, or one NEW file more. */
static struct source *
new_source(int which)
{
	if (which == MU_STORE)
		return &src[STORE];
	src = sdc_grow(src, &csrc, nsrc + 1, sizeof(*src));
	memset(&src[nsrc], 0, sizeof(*src));
	return &src[nsrc++];
}

void
mu_open(int which, const char *path, int check_stdout)
{
	struct stat sb, out;
	int fd = strcmp(path, "-") == 0 ? dup(STDIN_FILENO) : open(path, O_RDONLY);

	if (fd < 0 || fstat(fd, &sb) != 0)
		sdc_err(SDC_EXIT_USAGE, "%s", path);
	if (check_stdout && fstat(STDOUT_FILENO, &out) == 0 &&
	    S_ISREG(sb.st_mode) && sb.st_dev == out.st_dev && sb.st_ino == out.st_ino)
		sdc_errx(SDC_EXIT_USAGE, "%s: the output is the store itself; "
		    "use -o %s", path, path);
	mu_open_fd(which, path, fd);
}

void
mu_open_fd(int which, const char *name, int fd)
{
	struct source *s = new_source(which);
	struct stat sb;

	s->name = name;
	if (fstat(fd, &sb) != 0)
		sdc_err(SDC_EXIT_USAGE, "%s", name);
	if (!S_ISREG(sb.st_mode))
		fd = copy_aside(s, fd);
	map(s, fd);
	if (s->copy == NULL)
		close(fd);
}

void
mu_changed(const char *path)
{
	if ((changed = fopen(path, "w")) == NULL)
		sdc_err(SDC_EXIT_USAGE, "%s", path);
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

/* --changed: a line of the output that is not the stored one. */
static void
write_changed(const char *text, size_t len)
{
	if (fwrite(text, 1, len, changed) != len || putc('\n', changed) == EOF)
		sdc_err(SDC_EXIT_FATAL, "changed sessions");
}

static void
emit(void)
{
	struct source *s;
	size_t i;

	for (i = 0; i < nfresh; i++)
		if (!fresh[i].matched) {
			sdc_count("added", 1);
			add_entry(fresh[i].start, (int)fresh[i].from, fresh[i].off,
			    fresh[i].len);
		}
	if (fflush(src[SPOOL].copy) != 0)
		sdc_err(SDC_EXIT_FATAL, "temporary file");
	map(&src[SPOOL], fileno(src[SPOOL].copy));
	if (nentries)
		qsort(entries, nentries, sizeof(*entries), by_start);
	for (i = 0; i < nentries; i++) {
		s = &src[entries[i].src];
		sdc_write_line(s->map + entries[i].off, entries[i].len);
		if (changed && entries[i].src != STORE)
			write_changed(s->map + entries[i].off, entries[i].len);
		release(s, entries[i].len);
	}
}

void
mu_begin(void)
{
	int i;

	for (i = 0; counters[i]; i++)
		sdc_count(counters[i], 0);
	src = sdc_grow(src, &csrc, FIRST_NEW, sizeof(*src));
	memset(src, 0, FIRST_NEW * sizeof(*src));
	nsrc = FIRST_NEW;
	src[STORE].name = "store";
	src[SPOOL].name = "spool";
	if ((src[SPOOL].copy = tmpfile()) == NULL)
		sdc_err(SDC_EXIT_FATAL, "temporary file");
}

void
mu_run(void)
{
	size_t i;

	for (i = FIRST_NEW; i < nsrc; i++)
		scan(&src[i], index_line);
	scan(&src[STORE], merge_line);
	emit();
}

void
mu_end(void)
{
	size_t i;

	for (i = 0; i < nsrc; i++) {
		if (src[i].size)
			munmap(src[i].map, src[i].size);
		if (src[i].copy)
			fclose(src[i].copy);
	}
	free(src);
	src = NULL;
	nsrc = csrc = 0;
	if (changed && fclose(changed) != 0)
		sdc_err(SDC_EXIT_FATAL, "changed sessions");
	changed = NULL;
	for (i = 0; i < nfresh; i++)
		free(fresh[i].id);
	free(fresh);
	fresh = NULL;
	nfresh = cfresh = 0;
	free(entries);
	entries = NULL;
	nentries = centries = 0;
	sdc_hmap_free(&by_id);
}

