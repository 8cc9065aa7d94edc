/* chats - sdc-st2jsonl's conversion of one chat file (chats.h).
 *
 * Each chat file is read whole (its header gives the context, its times
 * may need a zone inferred from the whole file), its messages are
 * fingerprinted and deduplicated against everything seen before, and the
 * new ones are cut into sessions at gaps in time. */
#include "chats.h"
#include "diag.h"
#include "grow.h"
#include "ids.h"
#include "jsonl.h"
#include "sdctime.h"
#include "session.h"
#include "stchat.h"

#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define QUARTER_HOUR_MS (15 * 60 * 1000LL)
#define MAX_OFFSET_Q 56		/* +-14 h in quarter hours */

static struct st_opts opt;

struct msg {
	json_object *obj;		/* owns the strings in m */
	struct sdc_stchat_msg m;
	long line;
	int64_t t;			/* UTC ms */
	int drop;			/* a duplicate, or rejected */
	char fp[SDC_SHA256_HEXSZ];
};

struct chat {
	const char *path;
	json_object *header;
	struct msg *v;
	size_t n, cap;
	int group;			/* no header, or group markers seen */
};

static struct sdc_fpset *seen;		/* the state file's and this run's */
static struct sdc_fpset *in_file;	/* counts for occurrence numbers */
static struct sdc_buf new_fps = SDC_BUF_INIT;	/* to append to the state */
static struct sdc_buf scratch = SDC_BUF_INIT;

/* ---- reading a chat file ---- */

static int
blank(const char *s, size_t len)
{
	while (len > 0 && (*s == ' ' || *s == '\t'))
		s++, len--;
	return len == 0;
}

static void
push(struct chat *c, json_object *obj, const struct sdc_stchat_msg *m, long line)
{
	struct msg *x;

	c->v = sdc_grow(c->v, &c->cap, c->n + 1, sizeof(*c->v));
	x = &c->v[c->n++];
	memset(x, 0, sizeof(*x));
	x->obj = obj;
	x->m = *m;
	x->line = line;
}

static void
reject_line(const char *path, long line, const char *s, size_t len,
    const char *why)
{
	sdc_reject(path, line, "%s", why);
	sdc_reject_write(s, len);
}

void
st_unreadable(const char *path)
{
	sdc_stats.read++;
	sdc_reject(path, 0, "%s", strerror(errno));
}

/* One parsed line; 0 to go on, -1 when the file turns out foreign. */
static int
take(struct chat *c, json_object *obj, int first, long line, const char *s,
    size_t len)
{
	struct sdc_stchat_msg m;

	switch (sdc_stchat_classify(obj, first, &m)) {
	case SDC_STCHAT_HEADER:
		c->header = obj;
		sdc_count("headers", 1);
		return 0;
	case SDC_STCHAT_MESSAGE:
		push(c, obj, &m, line);
		return 0;
	case SDC_STCHAT_NOISE:
		sdc_note("%s:%ld: skipped %s", c->path, line, m.noise);
		sdc_count("skipped", 1);
		break;
	case SDC_STCHAT_FOREIGN:
		if (first) {
			sdc_reject(c->path, line, "not a SillyTavern chat file, skipped");
			json_object_put(obj);
			return -1;
		}
		reject_line(c->path, line, s, len, "not a chat message");
		break;
	}
	json_object_put(obj);
	return 0;
}

/* 0 when the file was read as a chat, -1 when it was not one. */
static int
read_chat(struct chat *c, struct sdc_lines *l)
{
	json_object *obj;
	const char *why;
	char *s;
	size_t len, i;
	int r, first = 1, rc = 0;
	long line;

	while (rc == 0 && (r = sdc_lines_next(l, &s, &len)) != 0) {
		line = sdc_lines_lineno(l);
		if (r < 0) {
			sdc_stats.read++;
			sdc_reject(c->path, line, "line longer than %zu bytes",
			    opt.max_line);
			continue;
		}
		if (line == 1 && len >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0)
			s += 3, len -= 3;
		if (blank(s, len))
			continue;
		sdc_stats.read++;
		if (!(obj = sdc_json_parse(s, len, &why))) {
			reject_line(c->path, line, s, len, why);
			continue;
		}
		rc = take(c, obj, first, line, s, len);
		first = 0;
	}
	if (sdc_lines_error(l))
		sdc_reject(c->path, 0, "read error");
	/* Group chats before 1.15 have no header. */
	c->group = !c->header;
	for (i = 0; i < c->n; i++)
		c->group |= c->v[i].m.group;
	return rc;
}

/* ---- time ---- */

/* Most SillyTavern versions stamp an AI message's local send_date right
 * after its UTC gen_finished (sillytavern.md §4), so the difference,
 * rounded to a quarter hour, is the writer's UTC offset.  The most common
 * value in the file wins; it is reported.  Returns the number of pairs
 * that agree (0 = nothing to infer from). */
static int
infer_offset(const struct chat *c, int64_t *off_ms, int *pairs)
{
	int votes[2 * MAX_OFFSET_Q + 1] = { 0 };
	int best = -1, q;
	size_t i;

	*pairs = 0;
	for (i = 0; i < c->n; i++) {
		const struct sdc_stchat_msg *m = &c->v[i].m;

		if (m->date_kind != SDC_STDATE_LOCAL || m->gen_ms == SDC_TIME_NONE)
			continue;
		q = (int)llround((double)(m->date_ms - m->gen_ms) /
		    QUARTER_HOUR_MS);
		if (q < -MAX_OFFSET_Q || q > MAX_OFFSET_Q)
			continue;
		++*pairs;
		q += MAX_OFFSET_Q;
		if (++votes[q] > (best < 0 ? 0 : votes[best]))
			best = q;
	}
	if (best < 0)
		return 0;
	*off_ms = (best - MAX_OFFSET_Q) * QUARTER_HOUR_MS;
	return votes[best];
}

static void
report_offset(const struct chat *c, int64_t off_ms, int agree, int pairs)
{
	long min = (long)(off_ms / 60000);

	sdc_warn_at(c->path, 0, "local times read as UTC%c%02ld:%02ld, inferred "
	    "from %d of %d generation times (--tz overrides)",
	    min < 0 ? '-' : '+', labs(min) / 60, labs(min) % 60, agree, pairs);
}

/* The first pass: times the message carries itself. */
static void
own_times(struct chat *c)
{
	int64_t off = 0;
	int pairs, agree = 0;
	size_t i;

	if (!sdc_opt_tz && (agree = infer_offset(c, &off, &pairs)) > 0)
		report_offset(c, off, agree, pairs);
	for (i = 0; i < c->n; i++) {
		struct msg *x = &c->v[i];

		switch (x->m.date_kind) {
		case SDC_STDATE_LOCAL:
			x->t = agree ? x->m.date_ms - off :
			    sdc_tz_local_to_utc(opt.tz, x->m.date_ms);
			break;
		case SDC_STDATE_UTC:
			x->t = x->m.date_ms;
			break;
		default:
			x->t = x->m.gen_ms;
			if (x->m.date_kind == SDC_STDATE_BAD)
				sdc_warn_at(c->path, x->line,
				    "send_date %.80s not understood%s",
				    json_object_to_json_string(x->m.send_date),
				    x->t != SDC_TIME_NONE ? "; using gen_finished" : "");
		}
	}
}

/* The second pass: a message without a time takes the previous one's
 * (the first timed one's at the start of the file). */
static void
neighbour_times(struct chat *c)
{
	size_t first, i;

	for (first = 0; first < c->n && c->v[first].t == SDC_TIME_NONE; first++)
		continue;
	if (first == c->n)
		return;		/* nothing to borrow: dedup() rejects them */
	for (i = 0; i < c->n; i++) {
		struct msg *x = &c->v[i];

		if (x->t != SDC_TIME_NONE)
			continue;
		x->t = i > first ? x[-1].t : c->v[first].t;
		sdc_warn_at(c->path, x->line, "no usable time; using the %s "
		    "message's", i > first ? "previous" : "next");
	}
}

/* ---- deduplication ---- */

static void
fingerprint(struct msg *x, unsigned char bin[SDC_FP_LEN])
{
	long occ;

	/* Identical triples in one file are told apart by their number; the
	 * first occurrence's fingerprint keeps the count. */
	sdc_stchat_fingerprint_text(&scratch, &x->m, 1);
	sdc_sha256_hex(scratch.p, scratch.len, x->fp);
	sdc_fp_from_hex(x->fp, 64, bin);
	if ((occ = sdc_fpset_bump(in_file, bin)) == 1)
		return;
	sdc_stchat_fingerprint_text(&scratch, &x->m, occ);
	sdc_sha256_hex(scratch.p, scratch.len, x->fp);
	sdc_fp_from_hex(x->fp, 64, bin);
}

static void
dedup(struct chat *c)
{
	unsigned char bin[SDC_FP_LEN];
	size_t i;

	sdc_fpset_clear(in_file);
	for (i = 0; i < c->n; i++) {
		struct msg *x = &c->v[i];

		fingerprint(x, bin);
		if (x->t == SDC_TIME_NONE) {
			sdc_reject(c->path, x->line, "no message in the file "
			    "has a usable time");
			x->drop = 1;
		} else if (!sdc_fpset_add(seen, bin)) {
			x->drop = 1;
			sdc_count("duplicates", 1);
		} else {
			sdc_buf_add(&new_fps, x->fp, 64);
			sdc_buf_addc(&new_fps, '\n');
		}
	}
}

/* ---- sessions ---- */

static int
is_character(const struct sdc_stchat_msg *m)
{
	return !m->is_user && !m->role && m->name && *m->name;
}

/* "SillyTavern Chat with <character>", or for a group chat
 * "SillyTavern group chat with A, B" (distinct speakers, first seen
 * first; a handful at most, so a hostile file cannot make this slow). */
#define TITLE_NAMES 8

static int
seen_name(const char **names, int n, const char *name)
{
	int i;

	for (i = 0; i < n; i++)
		if (strcmp(names[i], name) == 0)
			return 1;
	return 0;
}

static char *
chat_title(const struct chat *c)
{
	const char *hdr = sdc_json_str(c->header, "character_name");
	const char *names[TITLE_NAMES];
	int n = 0;
	size_t i;

	sdc_buf_reset(&scratch);
	if (!c->group) {
		if (hdr && *hdr && strcmp(hdr, "unused") != 0)
			sdc_buf_printf(&scratch, "SillyTavern Chat with %s", hdr);
		for (i = 0; !scratch.len && i < c->n; i++)
			if (is_character(&c->v[i].m))
				sdc_buf_printf(&scratch, "SillyTavern Chat with %s",
				    c->v[i].m.name);
		return sdc_xstrdup(scratch.len ? scratch.p : "SillyTavern Chat");
	}
	sdc_buf_adds(&scratch, "SillyTavern group chat");
	for (i = 0; i < c->n; i++) {
		const char *name = c->v[i].m.name;

		if (!is_character(&c->v[i].m) || seen_name(names, n, name))
			continue;
		if (n == TITLE_NAMES) {
			sdc_buf_adds(&scratch, ", ...");
			break;
		}
		sdc_buf_printf(&scratch, "%s%s", n ? ", " : " with ", name);
		names[n++] = name;
	}
	return sdc_buf_take(&scratch);
}

static json_object *
chat_link(const struct chat *c)
{
	json_object *h = sdc_json_path(c->header, "chat_metadata.chat_id_hash");
	char buf[64];

	if (json_object_is_type(h, json_type_int))
		snprintf(buf, sizeof(buf), "st_chat_id:%" PRId64,
		    json_object_get_int64(h));
	else if (json_object_is_type(h, json_type_string))
		snprintf(buf, sizeof(buf), "st_chat_id:%s",
		    json_object_get_string(h));
	else
		return NULL;
	return json_object_new_string(buf);
}

static json_object *
segment(const struct msg *x)
{
	json_object *md = json_object_new_object();
	const struct sdc_stchat_msg *m = &x->m;
	char key[128];

	json_object_object_add(md, "is_user", json_object_new_boolean(m->is_user));
	if (m->hidden)
		json_object_object_add(md, "hidden", json_object_new_boolean(1));
	sdc_json_add_str_nonempty(md, "role", m->role);
	sdc_json_add_str_nonempty(md, "model", m->model);
	sdc_json_add_str_nonempty(md, "api", m->api);
	if (opt.reasoning)
		sdc_json_add_str_nonempty(md, "reasoning", m->reasoning);
	snprintf(key, sizeof(key), "SillyTavern:message:%s", x->fp);
	return sdc_segment_new(key, x->t, x->t, "ChatMessage", m->name, m->mes,
	    md);
}

static void
emit(const struct chat *c, struct msg **v, size_t n, const char *title)
{
	json_object *s, *link;
	char key[128];
	long lo = LONG_MAX, hi = 0;
	size_t i;

	snprintf(key, sizeof(key), "SillyTavern:session:%s", v[0]->fp);
	s = sdc_session_new("SillyTavern", key, "Complete");
	for (i = 0; i < n; i++) {
		sdc_session_add_segment(s, segment(v[i]));
		lo = v[i]->line < lo ? v[i]->line : lo;
		hi = v[i]->line > hi ? v[i]->line : hi;
	}
	sdc_session_add_ident(s, c->path);
	snprintf(key, sizeof(key), "lines %ld-%ld", lo, hi);
	sdc_session_add_ident(s, key);
	if ((link = chat_link(c)))
		json_object_array_add(sdc_json_path(s, "context.links"), link);
	sdc_session_set_str(s, "insights", "source_title", title);
	sdc_session_finish(s);
	sdc_write_record(s);
	json_object_put(s);
}

static int
by_time(const void *a, const void *b)
{
	const struct msg *x = *(struct msg *const *)a, *y = *(struct msg *const *)b;

	if (x->t != y->t)
		return x->t < y->t ? -1 : 1;
	return x < y ? -1 : x > y;
}

static void
sessions(struct chat *c)
{
	struct msg **v = sdc_xcalloc(c->n, sizeof(*v));
	size_t n = 0, i, start;
	char *title = chat_title(c);

	for (i = 0; i < c->n; i++)
		if (!c->v[i].drop)
			v[n++] = &c->v[i];
	sdc_count("messages", (long)n);
	qsort(v, n, sizeof(*v), by_time);
	for (start = 0, i = 1; i <= n; i++)
		if (i == n || v[i]->t - v[i - 1]->t > opt.gap_ms) {
			if (i > start)
				emit(c, v + start, i - start, title);
			start = i;
		}
	free(title);
	free(v);
}

void
st_convert_lines(struct sdc_lines *l, const char *path)
{
	struct chat c = { .path = path };
	size_t i;

	if (read_chat(&c, l) == 0) {
		own_times(&c);
		neighbour_times(&c);
		dedup(&c);
		sessions(&c);
	}
	for (i = 0; i < c.n; i++)
		json_object_put(c.v[i].obj);
	json_object_put(c.header);
	free(c.v);
}

void
st_convert(const char *path)
{
	struct sdc_lines *l = sdc_lines_open_path(path, opt.max_line);

	if (!l) {
		st_unreadable(path);
		return;
	}
	st_convert_lines(l, path);
	sdc_lines_close(l);
}

void
st_convert_stream(FILE *fp, const char *name)
{
	struct sdc_lines *l = sdc_lines_open(fp, name, opt.max_line);

	st_convert_lines(l, name);
	sdc_lines_close(l);
}

struct sdc_fpset *
st_begin(const struct st_opts *o)
{
	opt = *o;
	seen = sdc_fpset_new();
	in_file = sdc_fpset_new_counter();
	return seen;
}

const struct sdc_buf *
st_new_fingerprints(void)
{
	return &new_fps;
}

void
st_end(void)
{
	sdc_fpset_free(seen);
	sdc_fpset_free(in_file);
	seen = in_file = NULL;
	sdc_buf_free(&new_fps);
	sdc_buf_free(&scratch);
}
