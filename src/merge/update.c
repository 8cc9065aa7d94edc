/* update - sdc-merge's run over whole files: merge fresh sessions into a
 * stored set (update.h; the rules for one pair are merge.c).
 *
 * Either file can hold millions of sessions, so neither is held as JSON
 * trees, and memory does not grow with the store at all and only by
 * about 15 bytes a session of NEW (issue 17, "flat as the input grows"):
 * both are mapped and read one line at a time; NEW's lines are known by
 * their number (the k-th non-blank line of all NEW files) and indexed by
 * a table of session_id digests (`ids`, 8 bytes a slot at load <= 3/4),
 * each hit confirmed against the line itself, found again from a
 * checkpoint every 64 lines.  Merged records go to a spool file, and what
 * the store's lines become (kept, or a spooled merge) to a second one.
 * The output, in start-time order, is then the merge of those and the
 * added lines of NEW, each already in that order when the store and NEW
 * are (a merged store always is; a converter's output usually is);
 * otherwise the entries are sorted in memory as before (32 bytes a line).
 * Unchanged lines are copied byte for byte from the mappings. */
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
#define CP_EVERY 64		/* NEW lines between checkpoints */

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

struct entry {			/* one output line */
	int64_t start;		/* sort key; INT64_MAX = no start time */
	uint64_t off;
	uint32_t len;
	uint32_t src;		/* STORE, SPOOL or a NEW file */
	uint64_t seq;		/* input order, for a stable sort */
};

struct checkpoint {		/* where NEW line k * CP_EVERY is */
	uint32_t src;
	uint32_t line;		/* its line number in that file, less 1 */
	uint64_t off;
};

/* A place in an input: the next line to read. */
struct cursor {
	size_t src;
	size_t off;
	long line;		/* line number of the last line read */
};

static struct source *src;
static size_t nsrc, csrc;
static FILE *changed;		/* --changed: the added and updated lines */
static FILE *kept;		/* the store's output entries, in store order */

/* NEW's sessions by number: the id table (digest << 32 | k + 1; 0 free),
 * the checkpoints, which lines are the first of their id, and the store
 * line each one merged with (0: none yet). */
static uint64_t *ids;
static size_t ncap;		/* slots of ids */
static uint32_t nfresh;		/* NEW lines numbered */
static struct checkpoint *cps;
static size_t ncps, ccps;
static uint64_t *first;		/* a bit per NEW line */
static uint32_t *matched;
/* Are the first lines of NEW, and the store's entries, in start order? */
static int new_sorted, kept_sorted;
static int64_t last_new, last_kept;

static struct entry *entries;
static size_t nentries, centries;
static uint64_t nkept;		/* entries spilled to kept */

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

/* What a store line becomes (itself, or its merge in the spool), set
 * aside in store order: the output needs it only at the end. */
static void
keep_entry(int64_t start, int from, size_t off, size_t len)
{
	struct entry e = { start, off, (uint32_t)len, (uint32_t)from, nkept++ };

	kept_sorted &= start >= last_kept;
	last_kept = start;
	if (fwrite(&e, sizeof(e), 1, kept) != 1)
		sdc_err(SDC_EXIT_FATAL, "temporary file");
}

static uint64_t
id_hash(const char *id)
{
	return sdc_hash(id, strlen(id));
}

/* The 32 bits of a hash kept in a slot (never 0: 0 marks a free slot),
 * and its home slot, from the other 32 bits. */
static uint32_t
digest(uint64_t h)
{
	return (uint32_t)(h >> 32) ? (uint32_t)(h >> 32) : 1;
}

static size_t
home(uint64_t h)
{
	return (size_t)(((uint64_t)(uint32_t)h * ncap) >> 32);
}

/* The next NEW line numbered whose id has h's digest: *it starts at
 * home(h).  1 with its number in *k. */
static int
ids_next(uint64_t h, size_t *it, uint32_t *k)
{
	uint32_t d = digest(h);
	uint64_t e;

	while ((e = ids[*it]) != 0) {
		*it = *it + 1 == ncap ? 0 : *it + 1;
		if ((uint32_t)(e >> 32) == d) {
			*k = (uint32_t)e - 1;
			return 1;
		}
	}
	return 0;
}

static void
ids_put(uint64_t h, uint32_t k)
{
	size_t i = home(h);

	while (ids[i] != 0)
		i = i + 1 == ncap ? 0 : i + 1;
	ids[i] = (uint64_t)digest(h) << 32 | (k + 1);
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

/* The next non-blank line of c's source (without "\n" or "\r\n"); 0 at
 * its end. */
static int
next_line(struct cursor *c, const char **text, size_t *len)
{
	const struct source *s = &src[c->src];
	const char *p, *nl;

	while (c->off < s->size) {
		p = s->map + c->off;
		nl = memchr(p, '\n', s->size - c->off);
		*len = (size_t)((nl ? nl : s->map + s->size) - p);
		c->line++;
		c->off = nl ? (size_t)(nl + 1 - s->map) : s->size;
		if (!blank(p, *len)) {
			*text = p;
			*len -= *len && p[*len - 1] == '\r';
			return 1;
		}
	}
	return 0;
}

/* The next non-blank line of NEW, from file to file. */
static int
next_new(struct cursor *c, const char **text, size_t *len)
{
	for (; c->src < nsrc; c->src++, c->off = 0, c->line = 0)
		if (next_line(c, text, len))
			return 1;
	return 0;
}

/* NEW line k: its text, file and line number, from its checkpoint. */
static const char *
locate(uint32_t k, struct source **s, long *line, size_t *len)
{
	const struct checkpoint *cp = &cps[k / CP_EVERY];
	struct cursor c = { cp->src, (size_t)cp->off, (long)cp->line };
	const char *text = NULL;
	uint32_t i;

	for (i = k - k % CP_EVERY; i <= k; i++)
		if (!next_new(&c, &text, len))
			sdc_errx(SDC_EXIT_FATAL, "NEW changed while read");
	*s = &src[c.src];
	*line = c.line;
	return text;
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

/* Is NEW line k (a session: only those are numbered in ids) session id?
 * Its digest matched; this confirms it. */
static int
is_id(uint32_t k, const char *id, struct source **s, long *line)
{
	size_t len;
	const char *text = locate(k, s, line, &len), *why, *other;
	char quick[128];
	int64_t start;
	json_object *rec;
	int same;

	if (quick_session(text, len, quick, &start))
		return strcmp(quick, id) == 0;
	rec = parse(*s, text, len, &why);
	other = sdc_json_str(sdc_json_get(rec, "meta"), "session_id");
	same = other && strcmp(other, id) == 0;
	json_object_put(rec);
	return same;
}

/* The NEW line of session id: 1 with its number, file and line. */
static int
lookup(const char *id, uint32_t *k, struct source **s, long *line)
{
	uint64_t h = id_hash(id);
	size_t it = home(h);

	while (ids_next(h, &it, k))
		if (is_id(*k, id, s, line))
			return 1;
	return 0;
}

/* Number a line of NEW, and index it by its session_id; a second one is
 * set aside. */
static void
index_line(struct source *s, long line, const char *text, size_t len)
{
	json_object *rec = NULL;
	struct source *fs;
	const char *id;
	char quick[128];
	int64_t start;
	long fline;
	uint32_t k = nfresh++, f;

	if (k % CP_EVERY == 0) {
		cps = sdc_grow(cps, &ccps, ncps + 1, sizeof(*cps));
		cps[ncps++] = (struct checkpoint){ (uint32_t)(s - src),
		    (uint32_t)(line - 1), (uint64_t)(text - s->map) };
	}
	if (quick_session(text, len, quick, &start)) {
		sdc_stats.read++;
		id = quick;
	} else if ((rec = parse_session(s, line, text, len, &id)) != NULL)
		start = start_of(rec);
	else
		return;
	if (lookup(id, &f, &fs, &fline)) {
		reject_dup(s, line, text, len, id, fs->name, fline);
	} else {
		ids_put(id_hash(id), k);
		first[k / 64] |= 1ULL << (k % 64);
		new_sorted &= start >= last_new;
		last_new = start;
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
	keep_entry(start_of(rec), SPOOL, (size_t)off, len);
}

static void
count_flags(unsigned flags)
{
	sdc_count("llm results kept", !!(flags & SDC_MERGE_LLM_KEPT));
	sdc_count("llm results dropped", !!(flags & SDC_MERGE_LLM_DROPPED));
	sdc_count("hand edits kept", !!(flags & SDC_MERGE_MANUAL));
	sdc_count(flags & SDC_MERGE_SAME ? "unchanged" : "updated", 1);
}

/* The stored record meets its fresh one, NEW line k (parsed again). */
static void
merge_pair(json_object *stored, uint32_t k, const char *text, size_t len)
{
	const char *why, *fresh;
	struct source *fs;
	size_t flen;
	long fline;
	json_object *rec, *out;
	unsigned flags;

	fresh = locate(k, &fs, &fline, &flen);
	rec = parse(fs, fresh, flen, &why);
	out = sdc_merge_session(stored, rec, &flags);
	count_flags(flags);
	if (flags & SDC_MERGE_SAME)
		keep_entry(start_of(stored), STORE,
		    (size_t)(text - src[STORE].map), len);
	else
		spool(out);
	json_object_put(out);
	json_object_put(rec);
}

static void
merge_line(struct source *s, long line, const char *text, size_t len)
{
	json_object *rec;
	struct source *fs;
	const char *id;
	char quick[128];
	int64_t start;
	long fline;
	uint32_t k;

	if (quick_session(text, len, quick, &start) &&
	    !lookup(quick, &k, &fs, &fline)) {
		sdc_stats.read++;
		sdc_count("kept", 1);	/* passed through as it is */
		keep_entry(start, STORE, (size_t)(text - s->map), len);
		return;
	}
	if (!(rec = parse_session(s, line, text, len, &id)))
		return;
	if (!lookup(id, &k, &fs, &fline)) {
		sdc_count("kept", 1);
		keep_entry(start_of(rec), STORE, (size_t)(text - s->map), len);
	} else if (matched[k]) {
		reject_dup(s, line, text, len, id, NULL, (long)matched[k]);
	} else {
		matched[k] = (uint32_t)line;
		merge_pair(rec, k, text, len);
	}
	json_object_put(rec);
}

/* Call fn for every non-blank line of source i. */
static void
scan(size_t i, void (*fn)(struct source *, long, const char *, size_t))
{
	struct cursor c = { i, 0, 0 };
	const char *text;
	size_t len, at;

	while (at = c.off, next_line(&c, &text, &len)) {
		fn(&src[i], c.line, text, len);
		release(&src[i], c.off - at);
	}
}

/* Lines in a source, at most (the id table is sized once). */
static size_t
count_lines(struct source *s)
{
	const char *p = s->map, *end, *nl;
	size_t n = 1;

	if (s->size == 0)	/* nothing mapped */
		return 0;
	end = p + s->size;
	while ((nl = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		n++;
		release(s, (size_t)(nl + 1 - p));
		p = nl + 1;
	}
	return n;
}

/* The id table at load 3/4 at most, the line bits, the merge lines. */
static void
ids_alloc(void)
{
	size_t i, n = 0;

	for (i = FIRST_NEW; i < nsrc; i++)
		n += count_lines(&src[i]);
	if (n >= UINT32_MAX / 2)
		sdc_errx(SDC_EXIT_FATAL, "NEW: over %u lines", UINT32_MAX / 2);
	ncap = n + n / 3 + 1;
	ids = sdc_xcalloc(ncap, sizeof(*ids));
	first = sdc_xcalloc(n / 64 + 1, sizeof(*first));
	/* calloc'd pages cost nothing until a store line matches */
	matched = sdc_xcalloc(n + 1, sizeof(*matched));
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

/* The start time of a line of NEW. */
static int64_t
new_start(struct source *s, const char *text, size_t len)
{
	char quick[128];
	int64_t start;
	const char *why;
	json_object *rec;

	if (quick_session(text, len, quick, &start))
		return start;
	rec = parse(s, text, len, &why);
	start = start_of(rec);
	json_object_put(rec);
	return start;
}

/* The next line of NEW that is added (the first of its id, merged with
 * no stored one), as an entry; 0 after the last. */
static int
next_added(struct cursor *c, uint32_t *k, struct entry *e)
{
	const char *text;
	size_t len, at;
	uint32_t i;

	while (at = c->off, next_new(c, &text, &len)) {
		release(&src[c->src], c->off > at ? c->off - at : c->off);
		i = (*k)++;
		if (!(first[i / 64] >> (i % 64) & 1) || matched[i])
			continue;
		sdc_count("added", 1);
		e->start = new_start(&src[c->src], text, len);
		e->off = (uint64_t)(text - src[c->src].map);
		e->len = (uint32_t)len;
		e->src = (uint32_t)c->src;
		return 1;
	}
	return 0;
}

static void
write_entry(const struct entry *e)
{
	struct source *s = &src[e->src];

	sdc_write_line(s->map + e->off, e->len);
	if (changed && e->src != STORE)
		write_changed(s->map + e->off, e->len);
	release(s, e->len);
}

static int
next_kept(struct entry *e)
{
	return fread(e, sizeof(*e), 1, kept) == 1;
}

/* Both in start order: the output is their merge (the store's first
 * on a tie, as the stable sort would have it). */
static void
emit_merged(void)
{
	struct cursor c = { FIRST_NEW, 0, 0 };
	struct entry a, b;
	uint32_t k = 0;
	int has_a = next_kept(&a), has_b = next_added(&c, &k, &b);

	while (has_a || has_b) {
		if (has_a && (!has_b || a.start <= b.start)) {
			write_entry(&a);
			has_a = next_kept(&a);
		} else {
			write_entry(&b);
			has_b = next_added(&c, &k, &b);
		}
	}
}

/* Otherwise every entry is sorted in memory. */
static void
emit_sorted(void)
{
	struct cursor c = { FIRST_NEW, 0, 0 };
	struct entry e;
	uint32_t k = 0;
	size_t i;

	entries = sdc_grow(entries, &centries, (size_t)nkept + 1, sizeof(*entries));
	while (nentries < nkept && next_kept(&entries[nentries]))
		nentries++;
	while (next_added(&c, &k, &e))
		add_entry(e.start, (int)e.src, (size_t)e.off, e.len);
	if (nentries)
		qsort(entries, nentries, sizeof(*entries), by_start);
	for (i = 0; i < nentries; i++)
		write_entry(&entries[i]);
}

static void
emit(void)
{
	if (fflush(src[SPOOL].copy) != 0 || fflush(kept) != 0 ||
	    fseek(kept, 0, SEEK_SET) != 0)
		sdc_err(SDC_EXIT_FATAL, "temporary file");
	map(&src[SPOOL], fileno(src[SPOOL].copy));
	if (kept_sorted && new_sorted)
		emit_merged();
	else
		emit_sorted();
	if (ferror(kept))
		sdc_err(SDC_EXIT_FATAL, "temporary file");
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
	if ((src[SPOOL].copy = tmpfile()) == NULL || (kept = tmpfile()) == NULL)
		sdc_err(SDC_EXIT_FATAL, "temporary file");
	new_sorted = kept_sorted = 1;
	last_new = last_kept = INT64_MIN;
}

void
mu_run(void)
{
	size_t i;

	ids_alloc();
	for (i = FIRST_NEW; i < nsrc; i++)
		scan(i, index_line);
	scan(STORE, merge_line);
	emit();
}

static void
free_index(void)
{
	free(ids);
	free(cps);
	free(first);
	free(matched);
	ids = NULL;
	cps = NULL;
	first = NULL;
	matched = NULL;
	ncap = ncps = ccps = 0;
	nfresh = 0;
	free(entries);
	entries = NULL;
	nentries = centries = 0;
	nkept = 0;
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
	if (kept)
		fclose(kept);
	kept = NULL;
	free_index();
}
