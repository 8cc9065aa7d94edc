/* convert - sdc-sc2jsonl's conversion: ScreenConnect connection reports
 * (CSV exports or GetReport JSON) to Session records (convert.h).
 *
 * Rows are read into a compact arena (not json-c trees: a million-row export
 * must fit in about its own size), filtered by process type, de-duplicated,
 * grouped per (customer, participant) by time gap, and written as sessions
 * in start-time order. */
#include "convert.h"
#include "buf.h"
#include "csv.h"
#include "diag.h"
#include "grow.h"
#include "file.h"
#include "hmap.h"
#include "ids.h"
#include "jsonl.h"
#include "jsonw.h"
#include "sdctime.h"
#include "session.h"

#include <ctype.h>
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/stat.h>

/* The columns we keep, in arena order: the grouping keys first, because
 * sorting reads them most. */
enum col {
	C_CP1, C_PART, C_PROCESS, C_STYPE, C_SNAME, C_CONNECTED, C_DISCONNECTED,
	C_DURATION, C_CONNID, C_SESSID, C_SESSID2, C_CP2, C_CP3, C_CP4, C_CP5, C_CP6,
	C_CP7, C_CP8, C_CLIENT, C_NETADDR, NCOLS
};

static const char *const col_names[NCOLS] = {
	"SessionCustomProperty1", "ParticipantName", "ProcessType", "SessionSessionType",
	"SessionName", "ConnectedTime", "DisconnectedTime", "DurationSeconds",
	"ConnectionID", "SessionSessionID", "SessionID", "SessionCustomProperty2", "SessionCustomProperty3", "SessionCustomProperty4",
	"SessionCustomProperty5", "SessionCustomProperty6", "SessionCustomProperty7",
	"SessionCustomProperty8", "ClientType", "NetworkAddress"
};

struct row {
	int64_t start, end;
	const char *fields;	/* NCOLS NUL-terminated strings, in the arena */
	uint32_t file;
	uint32_t line;		/* physical CSV line, or JSON item index */
	uint32_t group;		/* (customer, participant), numbered as first seen */
	unsigned open:1;
};

struct input {
	char *name;
	int is_json;
};

static struct sc2_opts opt;

static struct row *rows;
static size_t nrows, caprows;
static struct input *inputs;
static size_t ninputs;
static struct sdc_hmap connid_index = SDC_HMAP_INIT;	/* kept rows by ConnectionID */

/* (customer, participant) pairs.  Whoever works out a row's facts names
 * its pair (pair_of: numbered as first met, the key copied into pair_text
 * so that comparing keys stays in the cache); the taking thread numbers
 * the pairs of the rows it keeps as first kept (group_number), so that
 * sorting compares integers: the one pass over a million rows after
 * reading was a tenth of the run, alone on one core.  A row replaced in
 * place (an open row closed by a later one) may change its pair: then
 * number_groups() numbers every row again, as first seen in rows[]. */
static struct sdc_hmap pair_index = SDC_HMAP_INIT;
static struct pair_key { size_t off, len[2]; } *pair_keys;
static struct sdc_buf pair_text = SDC_BUF_INIT;
static size_t npairs_met, cappair_keys;
static uint32_t *pair_group;	/* a met pair's group, or UINT32_MAX */
static size_t ngroups_kept, cappair_group;
static int regroup;

/* Arena: rows' strings, in blocks that never move.  The first is 1 MiB,
 * so that a small input stays small; the rest are 4 MiB mappings whose
 * pages are all made at once (MAP_POPULATE), not a fault at a time: a
 * million rows' page faults were a tenth of the reader thread's time.
 * (Huge pages cost more here: clearing them took twice as long.) */
static struct arena_block {
	struct arena_block *next;
	size_t used, size;
	int mapped;
	char data[];
} *arena;
#define ARENA_FIRST (1 << 20)
#define ARENA_BLOCK (4 << 20)

static struct arena_block *
block_new(size_t size)
{
	struct arena_block *b;
	size_t bytes = sizeof(*b) + size;
	int mapped = size >= ARENA_BLOCK;

	if (!mapped)
		b = sdc_xmalloc(bytes);
	else if ((b = mmap(NULL, bytes, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0)) == MAP_FAILED)
		sdc_errx(SDC_EXIT_FATAL, "out of memory");
	b->next = NULL;
	b->used = 0;
	b->size = size;
	b->mapped = mapped;
	return b;
}

static char *
arena_alloc(size_t n)
{
	struct arena_block *b;

	/* A string set bigger than half the first block gets a block of its
	 * own, linked behind the current one, which stays the one being
	 * filled: the head block's used never exceeds its size, so the test
	 * below cannot wrap. */
	if (n > ARENA_FIRST / 2) {
		b = block_new(n);
		b->used = n;
		b->next = arena ? arena->next : NULL;
		if (arena)
			arena->next = b;
		else
			arena = b;
		return b->data;
	}
	if (!arena || arena->used > arena->size - n) {
		b = block_new(arena ? ARENA_BLOCK : ARENA_FIRST);
		b->next = arena;
		arena = b;
	}
	arena->used += n;
	return arena->data + arena->used - n;
}

static void
arena_free(void)
{
	struct arena_block *b;

	while ((b = arena)) {
		arena = b->next;
		if (b->mapped)
			munmap(b, sizeof(*b) + b->size);
		else
			free(b);
	}
}

/* The i-th kept column of a row. */
static const char *
field(const struct row *r, enum col c)
{
	const char *p = r->fields;
	int i;

	for (i = 0; i < (int)c; i++)
		p += strlen(p) + 1;
	return p;
}

/* Every kept column of a row, and its length (most are empty). */
static void
all_fields(const struct row *r, const char *out[NCOLS], size_t len[NCOLS])
{
	const char *p = r->fields;
	int i;

	for (i = 0; i < NCOLS; i++) {
		out[i] = p;
		len[i] = *p ? strlen(p) : 0;
		p += len[i] + 1;
	}
}

/* The ConnectionID index's key: the ConnectionID, or without one the
 * time too, or every such row would land in one chain. */
static uint64_t
connid_hash(const char *const v[NCOLS])
{
	const char *key[2] = { v[C_CONNID], v[C_CONNECTED] };

	return sdc_hash_strs(key, *v[C_CONNID] ? 1 : 2);
}

/* Where a row came from, for messages: "FILE:LINE" or "FILE: /Items/N". */
static void
reject_row(const struct input *in, long line, const char *raw, size_t rawlen,
    const char *fmt, const char *what, const char *value)
{
	char reason[512];

	snprintf(reason, sizeof(reason), fmt, what, value);
	if (in->is_json) {
		sdc_reject(in->name, 0, "/Items/%ld: %s", line, reason);
	} else
		sdc_reject(in->name, line, "%s", reason);
	sdc_reject_write(raw, rawlen);
}

static int
wanted_process(const char *pt)
{
	if (opt.process_type == SC2_PT_ALL)
		return 1;
	if (opt.process_type == SC2_PT_HOST)
		return !*pt || strcasecmp(pt, "Host") == 0;	/* no column: assume Host */
	return strcasecmp(pt, "Guest") == 0;
}

static int
same_fields(const struct row *a, const struct row *b, enum col c1, enum col c2)
{
	return strcmp(field(a, c1), field(b, c1)) == 0
	    && (c2 == NCOLS || strcmp(field(a, c2), field(b, c2)) == 0);
}

/* Without a ConnectionID only a row equal in every kept column is a
 * duplicate: two customers can connect in the same minute. */
static int
every_field_same(const struct row *a, const struct row *b)
{
	int c;

	for (c = 0; c < NCOLS; c++)
		if (strcmp(field(a, c), field(b, c)) != 0)
			return 0;
	return 1;
}

/* Is this row an exact duplicate (ConnectionID, ConnectedTime, ProcessType)
 * of one already kept?  Warn when only its ConnectionID repeats (real
 * exports reuse them).  One index by ConnectionID serves both questions.
 * A connection seen open in one fetch and closed in a later one (the
 * incremental sdc-fetch-screenconnect writes both) keeps the closed row,
 * whichever file came first. */
static int
duplicate(const struct row *r, const char *v[NCOLS], uint64_t h, const struct input *in)
{
	const struct row *other = NULL;
	size_t it = 0;
	uint32_t j;

	while (sdc_hmap_find(&connid_index, h, &it, &j)) {
		if (!same_fields(&rows[j], r, C_CONNID, NCOLS))
			continue;
		if (same_fields(&rows[j], r, C_CONNECTED, C_PROCESS)
		    && (*v[C_CONNID] || every_field_same(&rows[j], r))) {
			if (rows[j].open && !r->open) {
				rows[j] = *r;
				regroup = 1;
				sdc_count("open rows closed by a later one", 1);
			}
			return 1;
		}
		other = &rows[j];
	}
	if (other && *v[C_CONNID])
		sdc_warn_at(in->name, in->is_json ? 0 : r->line,
		    "ConnectionID %s also at %s %u with other times; both kept",
		    v[C_CONNID], in->is_json ? "item" : "line", other->line);
	sdc_hmap_put(&connid_index, h, (uint32_t)nrows);
	return 0;
}

/* DurationSeconds, or -1 when empty or not a number; *why says what is
 * wrong with one that is not (else NULL). */
static long
duration_value(const char *s, int64_t start, const char **why)
{
	char *end;
	long d;
	int n;

	*why = NULL;
	if (!*s)
		return -1;
	/* Up to 18 digits and nothing else, as nearly all are, read here
	 * (rendering reads every row's again); the rest as strtol reads them. */
	for (d = 0, n = 0; n < 18 && s[n] >= '0' && s[n] <= '9'; n++)
		d = d * 10 + (s[n] - '0');
	if (n == 0 || s[n]) {
		errno = 0;
		d = strtol(s, &end, 10);
		if (errno || *end || d < 0) {
			*why = "is not a number";
			return -1;
		}
	}
	if (d > (SDC_TIME_MAX_MS - start) / 1000) {	/* the end would overflow */
		*why = "ends after year 9999";
		return -1;
	}
	return d;
}

/* What a row's columns say, worked out before the row is taken, without
 * a word said yet: for a CSV batch by the reader's thread (which alone
 * uses the zone while it runs), so that the taking thread only checks,
 * says and keeps. */
struct facts {
	int64_t start, end;
	long duration;			/* -1: unknown */
	const char *duration_why;	/* why it is unknown, or NULL */
	int wanted, start_rc, end_rc;
	uint64_t hash;			/* connid_hash() */
	uint32_t pair;			/* pair_of() */
};

/* The row's (customer, participant) pair, numbered as first met. */
static uint32_t
pair_of(const char *const v[NCOLS], const size_t len[NCOLS])
{
	uint64_t h = sdc_hash_strs(v, 2);
	const struct pair_key *o;
	size_t it = 0;
	uint32_t j;

	while (sdc_hmap_find(&pair_index, h, &it, &j)) {
		o = &pair_keys[j];
		if (o->len[0] == len[C_CP1] && o->len[1] == len[C_PART]
		    && memcmp(pair_text.p + o->off, v[C_CP1], len[C_CP1]) == 0
		    && memcmp(pair_text.p + o->off + len[C_CP1], v[C_PART], len[C_PART]) == 0)
			return j;
	}
	pair_keys = sdc_grow(pair_keys, &cappair_keys, npairs_met + 1, sizeof(*pair_keys));
	pair_keys[npairs_met].off = pair_text.len;
	pair_keys[npairs_met].len[0] = len[C_CP1];
	pair_keys[npairs_met].len[1] = len[C_PART];
	sdc_buf_add(&pair_text, v[C_CP1], len[C_CP1]);
	sdc_buf_add(&pair_text, v[C_PART], len[C_PART]);
	sdc_hmap_put(&pair_index, h, (uint32_t)npairs_met);
	return (uint32_t)npairs_met++;
}

/* The facts of a row of the process type wanted. */
static void
find_facts(const char *const v[NCOLS], const size_t len[NCOLS], struct facts *f)
{
	_Static_assert(C_CP1 == 0 && C_PART == 1, "the pair leads the columns");

	memset(f, 0, sizeof(*f));
	f->wanted = 1;
	f->start_rc = sdc_time_parse_n(v[C_CONNECTED], len[C_CONNECTED], opt.tz,
	    opt.time_flags, &f->start);
	if (f->start_rc != SDC_TIME_OK)
		return;
	f->end_rc = sdc_time_parse_n(v[C_DISCONNECTED], len[C_DISCONNECTED], opt.tz,
	    opt.time_flags, &f->end);
	if (f->end_rc == SDC_TIME_BAD)
		return;
	/* Rows keep only DurationSeconds' text (a million rows are 8 MB
	 * less): rendering reads it again, silently. */
	f->duration = duration_value(v[C_DURATION], f->start, &f->duration_why);
	f->hash = connid_hash(v);
	f->pair = pair_of(v, len);
}

/* A kept row's pair's group: pairs numbered as first kept. */
static uint32_t
group_number(uint32_t pair)
{
	size_t i = cappair_group;

	if (pair >= cappair_group) {
		pair_group = sdc_grow(pair_group, &cappair_group, (size_t)pair + 1,
		    sizeof(*pair_group));
		for (; i < cappair_group; i++)
			pair_group[i] = UINT32_MAX;
	}
	if (pair_group[pair] == UINT32_MAX)
		pair_group[pair] = (uint32_t)ngroups_kept++;
	return pair_group[pair];
}

/* The row's kept columns copied into the arena, in column order. */
static char *
keep_fields(const char *const v[NCOLS], const size_t len[NCOLS])
{
	size_t total = 0;
	char *p, *fields;
	int i;

	for (i = 0; i < NCOLS; i++)
		total += len[i] + 1;
	p = fields = arena_alloc(total);
	for (i = 0; i < NCOLS; i++) {
		memcpy(p, v[i], len[i]);
		p[len[i]] = '\0';
		p += len[i] + 1;
	}
	return fields;
}

/* Take one row: its columns v (of lengths len), what they say (f), and
 * their copy in the arena, or NULL to copy them here.  Returns 1 if kept. */
static int
add_row(uint32_t file, long line, const char *v[NCOLS], const size_t len[NCOLS],
    const struct facts *f, char *fields, const char *raw, size_t rawlen)
{
	const struct input *in = &inputs[file];
	struct row r;

	sdc_stats.read++;
	memset(&r, 0, sizeof(r));
	if (!f->wanted) {
		sdc_count("filtered by process type", 1);
		return 0;
	}
	if (f->start_rc != SDC_TIME_OK) {
		reject_row(in, line, raw, rawlen, f->start_rc == SDC_TIME_MISSING
		    ? "%s missing%s" : "unparseable %s \"%s\"", "ConnectedTime",
		    f->start_rc == SDC_TIME_MISSING ? "" : v[C_CONNECTED]);
		return 0;
	}
	if (f->end_rc == SDC_TIME_BAD) {
		reject_row(in, line, raw, rawlen, "unparseable %s \"%s\"", "DisconnectedTime",
		    v[C_DISCONNECTED]);
		return 0;
	}
	if (f->duration_why)
		sdc_warn_at(in->name, in->is_json ? 0 : line,
		    "DurationSeconds \"%s\" %s; treated as unknown", v[C_DURATION], f->duration_why);
	r.start = f->start;
	r.end = f->end;
	if (f->end_rc == SDC_TIME_MISSING) {
		r.open = 1;
		r.end = r.start + (f->duration >= 0 ? (int64_t)f->duration * 1000 : 0);
	} else if (r.end < r.start) {
		sdc_warn_at(in->name, in->is_json ? 0 : line,
		    "DisconnectedTime before ConnectedTime; end set to start");
		r.end = r.start;
	}
	r.file = file;
	r.line = (uint32_t)line;
	r.fields = fields ? fields : keep_fields(v, len);
	if (duplicate(&r, v, f->hash, in)) {
		sdc_count("duplicates dropped", 1);
		return 0;	/* its arena bytes are simply not reused */
	}
	r.group = group_number(f->pair);
	rows = sdc_grow(rows, &caprows, nrows + 1, sizeof(*rows));
	rows[nrows++] = r;
	return 1;
}

static void
map_columns(const struct sdc_csv_row *hdr, int idx[NCOLS])
{
	sdc_csv_map(hdr, col_names, NCOLS, idx);
}

/* Reading a CSV file is a pipeline of three threads over a ring of
 * batches of rows, so that a big export keeps both cores busy however
 * the work divides: the reader parses rows; the second works out each
 * row's facts (it alone uses the zone and names pairs meanwhile) and
 * copies a wanted row's kept columns into the arena (nobody else
 * allocates there meanwhile); the calling thread takes the rows in
 * order: messages, duplicates, pairs.  A batch holds each row's columns and
 * facts, or its error, and its raw bytes. */
#define BATCH_ROWS 2048
#define NBATCH 4
#define NO_COL UINT32_MAX

enum stage { PARSE, FACTS, TAKE };

struct batch {
	struct sdc_buf text;		/* the rows' text (csv.h), raw bytes (--reject) */
	struct parsed {
		char *fields;		/* in the arena; NULL when not wanted */
		size_t off;		/* of the row's text in text */
		size_t rawoff, rawlen;
		uint32_t coff[NCOLS];	/* of each kept column in it, or NO_COL */
		size_t len[NCOLS];	/* of each kept column */
		long line;
		const char *why;	/* NULL, or why the row is bad */
		struct facts facts;
	} row[BATCH_ROWS];
	int n, last;
	enum stage stage;		/* whose turn it is */
};

struct csv_pipe {
	struct sdc_csv *csv;
	int idx[NCOLS];
	struct batch b[NBATCH];
	pthread_mutex_t lock;
	pthread_cond_t changed;
};

/* Batch k, once it is at stage s. */
static struct batch *
batch_at(struct csv_pipe *cp, int k, enum stage s)
{
	struct batch *bt = &cp->b[k % NBATCH];

	pthread_mutex_lock(&cp->lock);
	while (bt->stage != s)
		pthread_cond_wait(&cp->changed, &cp->lock);
	pthread_mutex_unlock(&cp->lock);
	return bt;
}

static void
pass_on(struct csv_pipe *cp, struct batch *bt, enum stage s)
{
	pthread_mutex_lock(&cp->lock);
	bt->stage = s;
	pthread_cond_broadcast(&cp->changed);
	pthread_mutex_unlock(&cp->lock);
}

/* Is the row's text ASCII with no NUL but the one ending each field?
 * (A word at a time.) */
static int
plain_ascii(const struct sdc_csv_row *row)
{
	const uint64_t top = 0x8080808080808080ULL;
	const unsigned char *p = (const unsigned char *)row->text;
	size_t i = 0, nuls = 0;
	uint64_t w, hi = 0;

	for (; i + 8 <= row->textlen; i += 8) {
		memcpy(&w, p + i, 8);
		hi |= w;
		/* a 1 in each zero byte's low bit, summed into the top byte */
		nuls += (size_t)(((sdc_csv_zero_bytes(w) >> 7) * 0x0101010101010101ULL) >> 56);
	}
	for (; i < row->textlen; i++) {
		hi |= p[i];
		nuls += p[i] == 0;
	}
	return !(hi & top) && nuls == row->n;
}

/* A NUL byte would silently cut a field short, and invalid UTF-8 cannot
 * be written as JSON: such a row is rejected, as every other reader does. */
static const char *
bad_text(const struct sdc_csv_row *row)
{
	size_t i;

	if (plain_ascii(row))	/* most rows: then every field is fine */
		return NULL;
	for (i = 0; i < row->n; i++) {
		if (memchr(row->f[i].s, '\0', row->f[i].len))
			return "NUL byte in a field";
		if (!sdc_utf8_valid(row->f[i].s, row->f[i].len))
			return "invalid UTF-8 in a field";
	}
	return NULL;
}

/* The row's text in one copy, and where its kept columns are in it: the
 * reader thread has the most to do, so the columns are picked out of
 * the copy by the next. */
static void
keep_parsed(struct batch *bt, const struct sdc_csv_row *row, const int *idx, const char *why)
{
	struct parsed *p = &bt->row[bt->n++];
	int i, absent;

	p->line = row->line;
	p->why = why;
	p->fields = NULL;
	p->off = bt->text.len;
	if (!why)
		sdc_buf_add(&bt->text, row->text, row->textlen);
	for (i = 0; !why && i < NCOLS; i++) {
		absent = idx[i] < 0 || (size_t)idx[i] >= row->n;
		p->coff[i] = absent ? NO_COL : (uint32_t)(row->f[idx[i]].s - row->text);
		p->len[i] = absent ? 0 : row->f[idx[i]].len;
	}
	p->rawoff = bt->text.len;
	p->rawlen = row->rawlen;
	sdc_buf_add(&bt->text, row->raw, row->rawlen);
}

static void *
parse_rows(void *arg)
{
	struct csv_pipe *cp = arg;
	struct sdc_csv_row row;
	struct batch *bt;
	const char *why;
	int rc, k, last;

	for (k = 0;; k++) {
		bt = batch_at(cp, k, PARSE);
		sdc_buf_reset(&bt->text);
		bt->n = 0;
		while (bt->n < BATCH_ROWS && (rc = sdc_csv_next(cp->csv, &row, &why)) != SDC_CSV_EOF)
			if (rc == SDC_CSV_BAD || row.n > 1 || row.f[0].len > 0)	/* skip blank lines */
				keep_parsed(bt, &row, cp->idx, rc == SDC_CSV_BAD ? why : bad_text(&row));
		last = bt->last = bt->n < BATCH_ROWS;
		pass_on(cp, bt, FACTS);
		if (last)
			return NULL;
	}
}

/* A batch row's columns ("" for a row not wanted: none are copied). */
static void
batch_cols(const struct parsed *p, const char *v[NCOLS])
{
	const char *t = p->fields;
	int c;

	for (c = 0; c < NCOLS; c++) {
		v[c] = t ? t : "";
		if (t)
			t += p->len[c] + 1;
	}
}

/* A wanted row's facts, and its columns copied into the arena. */
static void
row_facts(const struct batch *bt, struct parsed *p)
{
	const char *v[NCOLS];
	int c;

	memset(&p->facts, 0, sizeof(p->facts));
	if (p->why)
		return;
	for (c = 0; c < NCOLS; c++)
		v[c] = p->coff[c] == NO_COL ? "" : bt->text.p + p->off + p->coff[c];
	if (!wanted_process(v[C_PROCESS]))
		return;
	find_facts(v, p->len, &p->facts);
	p->fields = keep_fields(v, p->len);
}

static void *
find_batch_facts(void *arg)
{
	struct csv_pipe *cp = arg;
	struct batch *bt;
	int k, i, last;

	for (k = 0;; k++) {
		bt = batch_at(cp, k, FACTS);
		for (i = 0; i < bt->n; i++)
			row_facts(bt, &bt->row[i]);
		last = bt->last;
		pass_on(cp, bt, TAKE);
		if (last)
			return NULL;
	}
}

/* A row's ConnectionID slot is loaded this many rows before the row is
 * taken: the index of a million rows is far larger than the cache, and
 * a miss a row was a third of the taking thread's time. */
#define AHEAD 8

static void
take_batch(const struct batch *bt, uint32_t file)
{
	const struct input *in = &inputs[file];
	const char *v[NCOLS];
	int i;

	for (i = 0; i < bt->n; i++) {
		const struct parsed *p = &bt->row[i];

		if (i + AHEAD < bt->n && bt->row[i + AHEAD].fields)
			sdc_hmap_prefetch(&connid_index, bt->row[i + AHEAD].facts.hash);
		if (p->why) {
			sdc_stats.read++;
			sdc_reject(in->name, p->line, "%s", p->why);
			sdc_reject_write(bt->text.p + p->rawoff, p->rawlen);
			continue;
		}
		batch_cols(p, v);
		add_row(file, p->line, v, p->len, &p->facts, p->fields,
		    bt->text.p + p->rawoff, p->rawlen);
	}
}

static void
convert_batches(struct csv_pipe *cp, uint32_t file)
{
	pthread_t reader, facts;
	struct batch *bt;
	int k, last;

	pthread_mutex_init(&cp->lock, NULL);
	pthread_cond_init(&cp->changed, NULL);
	if (pthread_create(&reader, NULL, parse_rows, cp) != 0
	    || pthread_create(&facts, NULL, find_batch_facts, cp) != 0)
		sdc_errx(SDC_EXIT_FATAL, "cannot start a thread");
	for (k = 0;; k++) {
		bt = batch_at(cp, k, TAKE);
		take_batch(bt, file);
		last = bt->last;
		pass_on(cp, bt, PARSE);
		if (last)
			break;
	}
	pthread_join(reader, NULL);
	pthread_join(facts, NULL);
	pthread_mutex_destroy(&cp->lock);
	pthread_cond_destroy(&cp->changed);
}

static void
read_csv(FILE *fp, uint32_t file, const char *head, size_t headlen)
{
	const struct input *in = &inputs[file];
	struct csv_pipe *cp = sdc_xcalloc(1, sizeof(*cp));
	struct sdc_csv_row row;
	const char *why;
	int rc, k;

	cp->csv = sdc_csv_open_head(fp, in->name, 0, head, headlen);
	sdc_csv_keep_raw(cp->csv, sdc_reject_enabled());
	rc = sdc_csv_next(cp->csv, &row, &why);
	if (rc == SDC_CSV_ROW)
		map_columns(&row, cp->idx);
	if (rc == SDC_CSV_BAD) {
		sdc_stats.read++;
		sdc_reject(in->name, 1, "bad header: %s", why);
		sdc_reject_write(row.raw, row.rawlen);
	} else if (rc == SDC_CSV_ROW && cp->idx[C_CONNECTED] < 0) {
		sdc_stats.read++;
		sdc_reject(in->name, 1, "not a ScreenConnect connection report: no ConnectedTime column");
		sdc_reject_write(row.raw, row.rawlen);
	} else if (rc == SDC_CSV_ROW) {
		convert_batches(cp, file);
		if (ferror(fp))
			sdc_errx(SDC_EXIT_FATAL, "%s: read error", in->name);
	}	/* else an empty file: no sessions */
	sdc_csv_close(cp->csv);
	for (k = 0; k < NBATCH; k++)
		sdc_buf_free(&cp->b[k].text);
	free(cp);
}

/* A GetReport value as text: strings as they are, numbers printed, null "". */
static const char *
item_text(json_object *v)
{
	if (!v || json_object_is_type(v, json_type_null))
		return "";
	return json_object_get_string(v);
}

/* The document: the head already read, then the rest of fp. */
static char *
slurp(FILE *fp, const char *name, const char *head, size_t headlen,
    size_t *len)
{
	struct sdc_buf b = SDC_BUF_INIT;

	b.max = 1UL << 31;
	sdc_buf_add(&b, head, headlen);
	if (sdc_file_read_fp(fp, &b) < 0) {
		if (errno == EFBIG)
			sdc_errx(SDC_EXIT_FATAL, "GetReport JSON over 2 GiB");
		sdc_err(SDC_EXIT_FATAL, "%s", name);
	}
	*len = b.len;
	return sdc_buf_take(&b);
}

static int
read_getreport(FILE *fp, uint32_t file, const char *head, size_t headlen)
{
	const struct input *in = &inputs[file];
	json_object *doc, *names, *items, *item;
	const char *why, *v[NCOLS], *text;
	size_t len, n, i, k, tlen, where, vlen[NCOLS];
	struct facts f;
	char *data = slurp(fp, in->name, head, headlen, &len);
	int idx[NCOLS], c;

	doc = sdc_json_parse_doc(data, len, &why, &where);
	names = sdc_json_get(doc, "FieldNames");
	items = sdc_json_get(doc, "Items");
	if (!doc || !names || !items || !json_object_is_type(names, json_type_array)
	    || !json_object_is_type(items, json_type_array)) {
		/* The whole document is the one record rejected. */
		sdc_stats.read++;
		if (doc)
			sdc_reject(in->name, 0, "/: not a GetReport document "
			    "(want FieldNames and Items arrays)");
		else
			sdc_reject(in->name, sdc_text_line(data, where),
			    "not a GetReport document (%s)", why);
		sdc_reject_write(data, len);
		json_object_put(doc);
		free(data);
		return -1;
	}
	free(data);
	for (c = 0; c < NCOLS; c++) {
		idx[c] = -1;
		for (k = 0; k < json_object_array_length(names); k++)
			if (strcasecmp(item_text(json_object_array_get_idx(names, k)), col_names[c]) == 0)
				idx[c] = (int)k;
	}
	n = json_object_array_length(items);
	for (i = 0; i < n; i++) {
		item = json_object_array_get_idx(items, i);
		if (!json_object_is_type(item, json_type_array)) {
			sdc_stats.read++;
			sdc_reject(in->name, 0, "/Items/%zu: not an array", i);
			text = sdc_json_text(item, &tlen);
			sdc_reject_write(text, tlen);
			continue;
		}
		for (c = 0; c < NCOLS; c++) {
			v[c] = idx[c] >= 0 ? item_text(json_object_array_get_idx(item, (size_t)idx[c])) : "";
			vlen[c] = strlen(v[c]);
		}
		memset(&f, 0, sizeof(f));
		if (wanted_process(v[C_PROCESS]))
			find_facts(v, vlen, &f);
		text = sdc_json_text(item, &tlen);
		add_row(file, (long)i, v, vlen, &f, NULL, text, tlen);
	}
	json_object_put(doc);
	return 0;
}

void
sc2_read(const char *path)
{
	FILE *fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	struct stat st;

	if (!fp) {
		sdc_warn("%s", path);
		sdc_stats.read++;
		sdc_stats.rejected++;
		return;
	}
	if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
		sdc_warnx("%s: is a directory", path);
		sdc_stats.read++;
		sdc_stats.rejected++;
		fclose(fp);
		return;
	}
	sc2_read_stream(fp, path);
	if (fp != stdin)
		fclose(fp);
}

/* Sniff the first bytes: JSON, HTML (an expired login page) or CSV. */
void
sc2_read_stream(FILE *fp, const char *path)
{
	char head[4096];
	size_t headlen, i;
	uint32_t file;

	inputs = sdc_xrealloc(inputs, (ninputs + 1) * sizeof(*inputs));
	file = (uint32_t)ninputs++;
	inputs[file].name = sdc_xstrdup(path);
	inputs[file].is_json = 0;
	headlen = fread(head, 1, sizeof(head), fp);
	i = headlen >= 3 && memcmp(head, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
	while (i < headlen && isspace((unsigned char)head[i]))
		i++;
	if (i < headlen && head[i] == '<') {
		sdc_stats.read++;
		sdc_reject(path, 0, "an HTML page, not a ScreenConnect report (expired login?)");
	} else if (i < headlen && (head[i] == '{' || head[i] == '[')) {
		inputs[file].is_json = 1;
		read_getreport(fp, file, head, headlen);
	} else
		read_csv(fp, file, head, headlen);
}

/* Number each (customer, participant) pair as first seen, so that sorting
 * compares integers instead of strings. */
static uint32_t
number_groups(void)
{
	struct sdc_hmap seen = SDC_HMAP_INIT;
	uint32_t next = 0, j;
	const char *key[2];
	uint64_t h;
	size_t i, it;

	for (i = 0; i < nrows; i++) {
		key[0] = field(&rows[i], C_CP1);
		key[1] = field(&rows[i], C_PART);
		h = sdc_hash_strs(key, 2);
		rows[i].group = UINT32_MAX;
		for (it = 0; sdc_hmap_find(&seen, h, &it, &j); )
			if (same_fields(&rows[j], &rows[i], C_CP1, C_PART)) {
				rows[i].group = rows[j].group;
				break;
			}
		if (rows[i].group == UINT32_MAX) {
			rows[i].group = next++;
			sdc_hmap_put(&seen, h, (uint32_t)i);
		}
	}
	sdc_hmap_free(&seen);
	return next;
}

/* Grouping order: group, start, then input position. */
static int
by_group(const void *a, const void *b)
{
	const struct row *x = a, *y = b;

	if (x->group != y->group)
		return x->group < y->group ? -1 : 1;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->file != y->file)
		return x->file < y->file ? -1 : 1;
	return x->line < y->line ? -1 : x->line > y->line;
}

/* A pair's rows in grouping order.  They mostly come in time order,
 * out of order only within a work block: an insertion sort moves a row
 * only past the rows it must (qsort of each pair was a third of sorting);
 * a pair that needs too many moves goes to qsort.  by_group is a total
 * order (no two rows share a file and line), so both give one order. */
static void
sort_pair(struct row *a, size_t n)
{
	size_t i, j, moves = 0;
	struct row t;

	for (i = 1; i < n; i++) {
		if (by_group(&a[i - 1], &a[i]) <= 0)
			continue;
		t = a[i];
		for (j = i; j > 0 && by_group(&a[j - 1], &t) > 0; j--)
			a[j] = a[j - 1];
		a[j] = t;
		moves += i - j;
		if (moves > 8 * n) {
			qsort(a, n, sizeof(*a), by_group);
			return;
		}
	}
}

/* Rows in grouping order.  Groups are numbered, so a counting sort places
 * them in linear time; within a group rows mostly arrive in time order
 * already, and the few that do not are sorted on their own. */
static void
sort_rows(uint32_t ngroups)
{
	size_t *end = sdc_xcalloc((size_t)ngroups + 1, sizeof(*end));
	uint32_t *dest = sdc_xmalloc((nrows ? nrows : 1) * sizeof(*dest)), d;
	struct row tmp;
	size_t i, g, from;

	for (i = 0; i < nrows; i++)
		end[rows[i].group + 1]++;
	for (g = 1; g <= ngroups; g++)
		end[g] += end[g - 1];
	for (i = 0; i < nrows; i++)	/* stable: input order within a group */
		dest[i] = (uint32_t)end[rows[i].group]++;
	for (i = 0; i < nrows; i++)	/* apply the permutation in place */
		while (dest[i] != i) {
			d = dest[i];
			tmp = rows[d];
			rows[d] = rows[i];
			rows[i] = tmp;
			dest[i] = dest[d];
			dest[d] = d;
		}
	for (g = 0, from = 0; g < ngroups; from = end[g++])
		sort_pair(rows + from, end[g] - from);
	free(dest);
	free(end);
}

struct group {
	size_t first, n;	/* a run of rows[] */
	int64_t start;
};

static int
by_start(const void *a, const void *b)
{
	const struct group *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return by_group(&rows[x->first], &rows[y->first]);
}

/* Sessions in start order by a radix sort: keys (start, pair) tell every
 * two sessions apart (a pair's sessions start at different times: a row
 * starting no later than the one before joins its session), so by_start's
 * further keys never decide and both orders are the same.  qsort took a
 * tenth of the time spent alone on one core after reading. */
struct keyed {
	uint64_t key;
	uint32_t idx;
};

#define DIGIT 11

static void
radix_pass(const struct keyed *from, struct keyed *to, size_t n, int shift)
{
	size_t count[1 << DIGIT] = { 0 }, i, sum = 0, c;

	for (i = 0; i < n; i++)
		count[from[i].key >> shift & ((1 << DIGIT) - 1)]++;
	for (i = 0; i < (1 << DIGIT); i++) {
		c = count[i];
		count[i] = sum;
		sum += c;
	}
	for (i = 0; i < n; i++)
		to[count[from[i].key >> shift & ((1 << DIGIT) - 1)]++] = from[i];
}

static int
bits(uint64_t x)
{
	return x ? 64 - __builtin_clzll(x) : 0;
}

/* 0, or -1 when start's range and the pair numbers need over 64 bits. */
static int
radix_by_start(struct group *g, size_t n, uint32_t npairs)
{
	struct keyed *a, *b, *t;
	struct group *sorted;
	int64_t lo = g[0].start, hi = g[0].start;
	int pbits = bits(npairs ? npairs - 1 : 0), shift;
	size_t i;

	for (i = 1; i < n; i++) {
		lo = g[i].start < lo ? g[i].start : lo;
		hi = g[i].start > hi ? g[i].start : hi;
	}
	if (bits((uint64_t)hi - (uint64_t)lo) + pbits > 64)
		return -1;
	a = sdc_xmalloc(n * sizeof(*a));
	b = sdc_xmalloc(n * sizeof(*b));
	for (i = 0; i < n; i++) {
		a[i].key = ((uint64_t)g[i].start - (uint64_t)lo) << pbits | rows[g[i].first].group;
		a[i].idx = (uint32_t)i;
	}
	for (shift = 0; shift < bits((uint64_t)hi - (uint64_t)lo) + pbits; shift += DIGIT) {
		radix_pass(a, b, n, shift);
		t = a;
		a = b;
		b = t;
	}
	free(b);
	sorted = sdc_xmalloc(n * sizeof(*sorted));
	for (i = 0; i < n; i++)
		sorted[i] = g[a[i].idx];
	memcpy(g, sorted, n * sizeof(*g));
	free(sorted);
	free(a);
	return 0;
}

/* Join strings into buf, cut to fit: printf costs too much on this path. */
static char *
join(char *buf, size_t size, const char *const *parts)
{
	size_t len = 0, n;

	for (; *parts; parts++) {
		n = strlen(*parts);
		if (n > size - 1 - len)
			n = size - 1 - len;
		memcpy(buf + len, *parts, n);
		len += n;
	}
	buf[len] = '\0';
	return buf;
}

static void
segment_key(const char *const v[NCOLS], char *buf, size_t size)
{
	if (*v[C_CONNID])
		join(buf, size, (const char *[]){ "ScreenConnect:", v[C_CONNID], ":",
		    v[C_CONNECTED], NULL });
	else
		join(buf, size, (const char *[]){ "ScreenConnect::", v[C_CONNECTED], ":",
		    v[C_PART], ":", v[C_SNAME], NULL });
}

static const char *
or_null(const char *s)
{
	return *s ? s : NULL;
}

/* A metadata member: a key quoted when compiling (SDC_JSONW_KEY), then
 * the column, or null when it is empty. */
struct qkey {
	const char *q;
	size_t n;
};
#define QKEY(lit) { "\"" lit "\":", sizeof(lit) + 2 }

static void
column_member(struct sdc_buf *b, struct qkey k, const char *s, size_t len)
{
	sdc_jsonw_qkey(b, k.q, k.n);
	if (len)
		sdc_jsonw_string_n(b, s, len);
	else
		sdc_buf_add(b, "null", 4);
}

/* Render one row as a RemoteConnection segment into b. */
static void
render_segment(struct sdc_buf *b, const struct row *r)
{
	static const struct qkey cp_key[] = { QKEY("custom_property_2"),
	    QKEY("custom_property_3"), QKEY("custom_property_4"), QKEY("custom_property_5"),
	    QKEY("custom_property_6"), QKEY("custom_property_7"), QKEY("custom_property_8") };
	const char *v[NCOLS];
	size_t len[NCOLS];
	char key[2048], content[1200];
	const char *why;
	long duration;
	int i, sid;

	all_fields(r, v, len);
	segment_key(v, key, sizeof(key));
	join(content, sizeof(content), (const char *[]){ "Connected to machine: ", v[C_SNAME], NULL });
	sdc_segment_render_open(b, key, r->start, r->end, "RemoteConnection", or_null(v[C_PART]),
	    content);
	sid = len[C_SESSID] ? C_SESSID : C_SESSID2;
	column_member(b, (struct qkey)QKEY("connection_id"), v[C_CONNID], len[C_CONNID]);
	column_member(b, (struct qkey)QKEY("session_id"), v[sid], len[sid]);
	column_member(b, (struct qkey)QKEY("process_type"), v[C_PROCESS], len[C_PROCESS]);
	column_member(b, (struct qkey)QKEY("session_type"), v[C_STYPE], len[C_STYPE]);
	SDC_JSONW_KEY(b, "duration_seconds");
	duration = duration_value(v[C_DURATION], r->start, &why);
	if (duration >= 0)
		sdc_jsonw_i64(b, duration);
	else
		sdc_buf_add(b, "null", 4);
	column_member(b, (struct qkey)QKEY("client_type"), v[C_CLIENT], len[C_CLIENT]);
	column_member(b, (struct qkey)QKEY("network_address"), v[C_NETADDR], len[C_NETADDR]);
	for (i = C_CP2; i <= C_CP8; i++)
		if (len[i])
			column_member(b, cp_key[i - C_CP2], v[i], len[i]);
	if (r->open)
		sdc_buf_add(b, ",\"open\":true", 12);
	sdc_segment_render_close(b);
}

static int
by_position(const void *a, const void *b)
{
	const struct row *x = a, *y = b;

	if (x->file != y->file)
		return x->file < y->file ? -1 : 1;
	return x->line < y->line ? -1 : x->line > y->line;
}

/* Rows in input order.  A session has a few rows, mostly in order
 * already: insertion sort, without qsort's set-up, unless it is long. */
static void
sort_by_position(struct row *a, size_t n)
{
	struct row t;
	size_t i, j;

	if (n > 16) {
		qsort(a, n, sizeof(*a), by_position);
		return;
	}
	for (i = 1; i < n; i++) {
		t = a[i];
		for (j = i; j > 0 && by_position(&a[j - 1], &t) > 0; j--)
			a[j] = a[j - 1];
		a[j] = t;
	}
}

/* Scratch space reused for every session written. */
struct scratch {
	struct row *sorted;
	size_t cap;
	struct sdc_buf text;		/* identifiers, NUL-separated */
	size_t *offs;			/* where each starts in text */
	const char **idents;
};

static void
add_number(struct sdc_buf *b, uint32_t n)
{
	char digits[10];
	int i = sizeof(digits);

	do
		digits[--i] = (char)('0' + n % 10);
	while ((n /= 10) > 0);
	sdc_buf_add(b, digits + i, sizeof(digits) - (size_t)i);
}

/* source_identifiers: per file, its name and "lines 2,5-7" (or "items").
 * Returns how many strings it put in sc->idents. */
static size_t
identifiers(struct scratch *sc, const struct group *g)
{
	size_t i, j, k, n = 0;

	if (g->n > sc->cap) {
		sc->cap = g->n;
		sc->sorted = sdc_xrealloc(sc->sorted, sc->cap * sizeof(*sc->sorted));
		sc->offs = sdc_xrealloc(sc->offs, 2 * sc->cap * sizeof(*sc->offs));
		sc->idents = sdc_xrealloc(sc->idents, 2 * sc->cap * sizeof(*sc->idents));
	}
	memcpy(sc->sorted, rows + g->first, g->n * sizeof(*sc->sorted));
	sort_by_position(sc->sorted, g->n);
	sdc_buf_reset(&sc->text);
	for (i = 0; i < g->n; i = j) {
		const struct input *in = &inputs[sc->sorted[i].file];

		sc->offs[n++] = sc->text.len;
		sdc_buf_add(&sc->text, in->name, strlen(in->name) + 1);
		sc->offs[n++] = sc->text.len;
		sdc_buf_adds(&sc->text, in->is_json ? "items " : "lines ");
		for (j = i; j < g->n && sc->sorted[j].file == sc->sorted[i].file; j = k + 1) {
			for (k = j; k + 1 < g->n && sc->sorted[k + 1].file == sc->sorted[j].file
			    && sc->sorted[k + 1].line == sc->sorted[k].line + 1; k++)
				;
			if (j > i)
				sdc_buf_addc(&sc->text, ',');
			add_number(&sc->text, sc->sorted[j].line);
			if (k > j) {
				sdc_buf_addc(&sc->text, '-');
				add_number(&sc->text, sc->sorted[k].line);
			}
		}
		sdc_buf_addc(&sc->text, '\0');
	}
	for (i = 0; i < n; i++)
		sc->idents[i] = sc->text.p + sc->offs[i];
	return n;
}

static void
scratch_free(struct scratch *sc)
{
	free(sc->sorted);
	free(sc->offs);
	free(sc->idents);
	sdc_buf_free(&sc->text);
}

/* A session as one line of JSON text into out: no json-c tree on this
 * hot path. */
static void
render_group(struct sdc_buf *out, const struct group *g, struct scratch *sc)
{
	const struct row *first = &rows[g->first];
	const char *v[NCOLS];
	char key[2048], title[1200];
	struct sdc_session_head h;
	size_t i, len[NCOLS];

	all_fields(first, v, len);
	segment_key(v, key, sizeof(key));
	join(title, sizeof(title), (const char *[]){ "ScreenConnect Session",
	    *v[C_PART] ? " for " : "", v[C_PART], NULL });
	memset(&h, 0, sizeof(h));
	h.source_system = "ScreenConnect";
	h.id_key = key;
	h.status = "Needs Linking";
	h.nidents = identifiers(sc, g);
	h.idents = sc->idents;
	h.customer_name = or_null(v[C_CP1]);
	h.source_title = title;
	h.start = first->start;		/* rows of a group are in start order */
	h.end = first->end;
	for (i = 1; i < g->n; i++)
		if (rows[g->first + i].end > h.end)
			h.end = rows[g->first + i].end;
	sdc_session_render_open(out, &h);
	for (i = 0; i < g->n; i++) {
		if (i)
			sdc_buf_addc(out, ',');
		render_segment(out, &rows[g->first + i]);
	}
	sdc_session_render_close(out);
	sdc_buf_addc(out, '\n');
}

/* Rendering is most of the work and each session is independent, so two
 * threads render pieces of PIECE sessions, each taking the next piece
 * when done with one, into a ring of NSLOT buffers; the main thread also
 * writes the pieces in order as they are done, so output stays
 * byte-identical and neither thread waits for the other's half (a
 * thread and a barrier each 2,048 sessions cost a few per cent). */
#define PIECE 128
#define NSLOT 8

struct render_pool {
	const struct group *groups;
	size_t ngroups, npieces;
	size_t next;			/* the next piece to render */
	size_t written;			/* pieces written, in order */
	struct slot {
		struct sdc_buf out;
		int done;
	} slot[NSLOT];			/* piece k renders into slot k % NSLOT */
	pthread_mutex_t lock;
	pthread_cond_t changed;
};

/* Render one piece, taken under the lock, which is held again after. */
static void
render_piece(struct render_pool *rp, struct scratch *sc)
{
	size_t k = rp->next++, i, to = (k + 1) * PIECE;
	struct slot *s = &rp->slot[k % NSLOT];

	pthread_mutex_unlock(&rp->lock);
	sdc_buf_reset(&s->out);
	for (i = k * PIECE; i < to && i < rp->ngroups; i++)
		render_group(&s->out, &rp->groups[i], sc);
	pthread_mutex_lock(&rp->lock);
	s->done = 1;
	pthread_cond_broadcast(&rp->changed);
}

/* A piece may be taken when there is one left and its slot is written. */
static int
piece_ready(const struct render_pool *rp)
{
	return rp->next < rp->npieces && rp->next < rp->written + NSLOT;
}

static void *
render_pieces(void *arg)
{
	struct render_pool *rp = arg;
	struct scratch sc;

	memset(&sc, 0, sizeof(sc));
	pthread_mutex_lock(&rp->lock);
	while (rp->next < rp->npieces) {
		if (piece_ready(rp))
			render_piece(rp, &sc);
		else
			pthread_cond_wait(&rp->changed, &rp->lock);
	}
	pthread_mutex_unlock(&rp->lock);
	scratch_free(&sc);
	return NULL;
}

/* The main thread's part: write what is done, in order, else render. */
static void
write_pieces(struct render_pool *rp, struct scratch *sc)
{
	struct slot *s;
	size_t k;

	pthread_mutex_lock(&rp->lock);
	while (rp->written < rp->npieces) {
		k = rp->written;
		s = &rp->slot[k % NSLOT];
		if (s->done) {
			pthread_mutex_unlock(&rp->lock);
			sdc_write_lines(s->out.p, s->out.len, (long)((k + 1) * PIECE > rp->ngroups
			    ? rp->ngroups - k * PIECE : PIECE));
			pthread_mutex_lock(&rp->lock);
			s->done = 0;
			rp->written++;
			pthread_cond_broadcast(&rp->changed);
		} else if (piece_ready(rp))
			render_piece(rp, sc);
		else
			pthread_cond_wait(&rp->changed, &rp->lock);
	}
	pthread_mutex_unlock(&rp->lock);
}

static void
write_groups(const struct group *groups, size_t ngroups)
{
	struct render_pool *rp = sdc_xcalloc(1, sizeof(*rp));
	struct scratch sc;
	pthread_t worker;
	int k, threaded;

	memset(&sc, 0, sizeof(sc));
	sdc_tool_stamp();	/* initialised before any thread reads it */
	rp->groups = groups;
	rp->ngroups = ngroups;
	rp->npieces = (ngroups + PIECE - 1) / PIECE;
	pthread_mutex_init(&rp->lock, NULL);
	pthread_cond_init(&rp->changed, NULL);
	threaded = pthread_create(&worker, NULL, render_pieces, rp) == 0;
	write_pieces(rp, &sc);	/* alone, if there is no worker */
	if (threaded)
		pthread_join(worker, NULL);
	pthread_mutex_destroy(&rp->lock);
	pthread_cond_destroy(&rp->changed);
	for (k = 0; k < NSLOT; k++)
		sdc_buf_free(&rp->slot[k].out);
	scratch_free(&sc);
	free(rp);
}

/* Sweep each (customer, participant) run: a row joins the current session
 * when it starts no later than the latest end so far plus the gap. */
void
sc2_write(void)
{
	struct group *groups = NULL;
	size_t ngroups = 0, cap = 0, i;
	int64_t latest = 0;
	uint32_t npairs;

	sdc_hmap_free(&connid_index);	/* reading is over: give the memory back */
	npairs = regroup ? number_groups() : (uint32_t)ngroups_kept;
	sort_rows(npairs);
	for (i = 0; i < nrows; i++) {
		int same_key = i > 0 && rows[i].group == rows[i - 1].group;

		if (same_key && rows[i].start <= latest + opt.gap_ms) {
			groups[ngroups - 1].n++;
			if (rows[i].end > latest)
				latest = rows[i].end;
			continue;
		}
		groups = sdc_grow(groups, &cap, ngroups + 1, sizeof(*groups));
		groups[ngroups].first = i;
		groups[ngroups].n = 1;
		groups[ngroups].start = rows[i].start;
		ngroups++;
		latest = rows[i].end;
	}
	if (ngroups && radix_by_start(groups, ngroups, npairs) < 0)
		qsort(groups, ngroups, sizeof(*groups), by_start);
	write_groups(groups, ngroups);
	sdc_count("rows in sessions", (long)nrows);
	free(groups);
}

void
sc2_begin(const struct sc2_opts *o)
{
	opt = *o;
}

void
sc2_end(void)
{
	size_t i;

	for (i = 0; i < ninputs; i++)
		free(inputs[i].name);
	free(inputs);
	inputs = NULL;
	ninputs = 0;
	free(rows);
	rows = NULL;
	nrows = caprows = 0;
	arena_free();
	sdc_hmap_free(&connid_index);
	sdc_hmap_free(&pair_index);
	sdc_buf_free(&pair_text);
	free(pair_keys);
	pair_keys = NULL;
	npairs_met = cappair_keys = 0;
	free(pair_group);
	pair_group = NULL;
	ngroups_kept = cappair_group = 0;
	regroup = 0;
}
