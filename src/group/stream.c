/* stream - see stream.h. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "grow.h"
#include "heap.h"
#include "intern.h"
#include "jsonl.h"
#include "render.h"
#include "stream.h"
#include "workitem.h"

#define NONE SDC_INTERN_NONE

/* A session in an item: its id, source and links are NUL-terminated in
 * the item's text from off, tlen bytes in all. */
struct smem {
	int64_t start, end;
	uint32_t off, tlen, nlinks;
	int place;
};

struct sitem {
	int64_t cstart, cend;	/* the customer run, as placement sees it */
	int64_t start, end;	/* with the chats placed in it */
	uint32_t cust;		/* NONE: chats of their own (or one waiting) */
	uint64_t seq;
	struct smem *m;
	size_t n, cap;
	struct sdc_buf text;
	struct sitem *prev, *next;
};

struct ilist {
	struct sitem *head, *tail;
};

/* A customer run's end, to close it when the stream is past end + gap. */
struct due {
	int64_t end;
	uint64_t seq;
	uint32_t cust;
};

/* A written item waiting for every item that may start before it. */
struct ready {
	int64_t start, end;
	char *first;		/* its first session's id (the order's tie) */
	char *text;
	size_t len;
};

static struct group_opts opt;
static struct stream_cust cf;
static FILE *out, *notes;
static int64_t gap, last = INT64_MIN;
static uint64_t seqno;
static long written, filtered;
static struct sitem **open_of;	/* each customer's open run, by index */
static size_t nopen_of, capopen_of;
static unsigned char *nameless;
static size_t capnameless;
static struct ilist open;	/* customer runs still open, by start */
static struct ilist window;	/* closed runs chats may still join */
static struct ilist pending;	/* chats not placed yet, by start */
static struct sitem *chat_cur;	/* the chats' own run still open */
static struct sdc_heap dues, readies;

static int
cmp_due(const void *pa, const void *pb, void *ctx)
{
	const struct due *a = pa, *b = pb;

	(void)ctx;
	return a->end < b->end ? -1 : a->end > b->end;
}

/* Work items in output order: start, end, then the first session's id. */
static int
cmp_ready(const void *pa, const void *pb, void *ctx)
{
	const struct ready *a = *(struct ready *const *)pa;
	const struct ready *b = *(struct ready *const *)pb;

	(void)ctx;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->end != b->end)
		return a->end < b->end ? -1 : 1;
	return strcmp(a->first, b->first);
}

/* --- items --- */

static void
list_append(struct ilist *l, struct sitem *it)
{
	it->next = NULL;
	it->prev = l->tail;
	if (l->tail)
		l->tail->next = it;
	else
		l->head = it;
	l->tail = it;
}

static void
list_remove(struct ilist *l, struct sitem *it)
{
	if (it->prev)
		it->prev->next = it->next;
	else
		l->head = it->next;
	if (it->next)
		it->next->prev = it->prev;
	else
		l->tail = it->prev;
	it->prev = it->next = NULL;
}

static struct sitem *
new_item(uint32_t cust, int64_t start, int64_t end)
{
	struct sitem *it = sdc_xcalloc(1, sizeof(*it));

	it->cstart = it->start = start;
	it->cend = it->end = end;
	it->cust = cust;
	it->seq = ++seqno;
	return it;
}

static void
free_item(struct sitem *it)
{
	if (!it)
		return;
	free(it->m);
	sdc_buf_free(&it->text);
	free(it);
}

static struct smem *
add_member(struct sitem *it, int64_t start, int64_t end, int place)
{
	struct smem *m;

	it->m = sdc_grow(it->m, &it->cap, it->n + 1, sizeof(*it->m));
	m = &it->m[it->n++];
	*m = (struct smem){ start, end, (uint32_t)it->text.len, 0, 0, place };
	if (start < it->start)
		it->start = start;
	if (end > it->end)
		it->end = end;
	return m;
}

static void
add_session(struct sitem *it, const struct stream_in *s, int place)
{
	struct smem *m = add_member(it, s->start, s->end, place);

	sdc_buf_add(&it->text, s->id, strlen(s->id) + 1);
	sdc_buf_add(&it->text, s->source, strlen(s->source) + 1);
	sdc_buf_add(&it->text, s->links, s->linkslen);
	m->nlinks = s->nlinks;
	m->tlen = (uint32_t)(it->text.len - m->off);
}

/* Move the one session of a placed chat into item it. */
static void
take_chat(struct sitem *it, struct sitem *chat, int place)
{
	const struct smem *c = &chat->m[0];
	struct smem *m = add_member(it, c->start, c->end, place);

	sdc_buf_add(&it->text, chat->text.p + c->off, c->tlen);
	m->nlinks = c->nlinks;
	m->tlen = c->tlen;
	free_item(chat);
}

/* --- writing --- */

static int
cmp_gmember(const void *a, const void *b)
{
	return group_member_cmp(a, b);
}

/* The members of it as render.h's view; links point into it->text. */
static struct gmember *
view_members(const struct sitem *it, const char ***links)
{
	struct gmember *g = sdc_xmalloc((it->n + 1) * sizeof(*g));
	size_t i, nl = 0, k = 0;
	uint32_t j;
	const char *p;

	for (i = 0; i < it->n; i++)
		nl += it->m[i].nlinks;
	*links = sdc_xmalloc((nl + 1) * sizeof(**links));
	for (i = 0; i < it->n; i++) {
		p = it->text.p + it->m[i].off;
		g[i] = (struct gmember){ it->m[i].start, it->m[i].end, p, NULL,
		    *links + k, it->m[i].nlinks, it->m[i].place };
		p += strlen(p) + 1;
		g[i].source = p;
		for (j = 0; j < it->m[i].nlinks; j++) {
			p += strlen(p) + 1;
			(*links)[k++] = p;
		}
	}
	return g;
}

static void
mark_nameless(uint32_t k)
{
	size_t had = capnameless;

	nameless = sdc_grow(nameless, &capnameless, (size_t)k + 1, 1);
	memset(nameless + had, 0, capnameless - had);
	nameless[k] = 1;
}

/* The item can no longer change: render it and queue it for output. */
static void
complete(struct sitem *it)
{
	const char **links;
	struct gmember *g = view_members(it, &links);
	struct gview v = { it->start, it->end, -1, NULL, g, it->n };
	struct ready *r;
	json_object *o;
	const char *s;

	qsort(g, it->n, sizeof(*g), cmp_gmember);
	if (it->cust != NONE) {
		v.cust_id = cf.id(it->cust);
		v.cust_name = cf.name(it->cust);
		if (!v.cust_name)
			mark_nameless(it->cust);
	}
	if (!(o = group_render(&v, &opt)))
		filtered++;
	else {
		r = sdc_xmalloc(sizeof(*r));
		s = sdc_json_text(o, &r->len);
		r->text = sdc_xstrndup(s, r->len);
		r->first = sdc_xstrdup(g[0].id);
		r->start = it->start;
		r->end = it->end;
		sdc_heap_push(&readies, &r);
		json_object_put(o);
	}
	free(links);
	free(g);
	free_item(it);
}

/* The least start any item not yet written may have. */
static int64_t
lower_bound(int64_t t)
{
	const struct sitem *it;

	if (open.head && open.head->cstart < t)
		t = open.head->cstart;
	if (pending.head && pending.head->cstart < t)
		t = pending.head->cstart;
	if (chat_cur && chat_cur->start < t)
		t = chat_cur->start;
	for (it = window.head; it; it = it->next)
		if (it->start < t)
			t = it->start;
	return t;
}

static void
write_ready(int64_t t, int final)
{
	struct ready *r;

	if (!readies.n)
		return;
	if (!final)
		t = lower_bound(t);
	while (readies.n && (final || (*(struct ready **)sdc_heap_top(&readies))->start < t)) {
		sdc_heap_pop(&readies, &r);
		fwrite(r->text, 1, r->len, out);
		putc('\n', out);
		written++;
		free(r->text);
		free(r->first);
		free(r);
	}
}

/* --- the stream --- */

static void
close_run(struct sitem *it)
{
	list_remove(&open, it);
	open_of[it->cust] = NULL;
	list_append(&window, it);
}

/* Close the customer runs the stream is more than --gap past. */
static void
close_due(int64_t t, int final)
{
	struct due d;
	struct sitem *it;

	while (dues.n) {
		d = *(struct due *)sdc_heap_top(&dues);
		if (!final && t - d.end <= gap)
			break;
		sdc_heap_pop(&dues, &d);
		it = open_of[d.cust];
		if (it && it->seq == d.seq && it->cend == d.end)
			close_run(it);
	}
}

static void
note(const struct sitem *chat, const struct sitem *to, int place)
{
	const char *id = chat->text.p + chat->m[0].off;

	if (!notes)
		return;
	if (to)
		fprintf(notes, "%s: joins the work item of %s (%s)", id,
		    cf.key(to->cust), group_place_name[place]);
	else
		fprintf(notes, "%s: own work item (%s)", id, group_place_name[place]);
	putc('\0', notes);
}

/* A chat joins the one closed run it overlaps, else the one within --gap,
 * else goes to the chats' own runs (as workitems.c's place()). */
static void
place_chat(struct sitem *c)
{
	struct sitem *it, *direct = NULL, *near = NULL, *to = NULL;
	int nd = 0, nn = 0, place;

	for (it = window.head; it; it = it->next) {
		if (it->cend < c->cstart - gap || it->cstart > c->cend + gap)
			continue;
		if (it->cstart <= c->cend && it->cend >= c->cstart)
			nd++, direct = it;
		else
			nn++, near = it;
	}
	if (nd == 1)
		to = direct, place = PLACE_OVERLAP;
	else if (nd == 0 && nn == 1)
		to = near, place = PLACE_GAP;
	else
		place = nd || nn ? PLACE_AMBIGUOUS : PLACE_NONE;
	note(c, to, place);
	if (to) {
		take_chat(to, c, place);
		return;
	}
	c->m[0].place = place;
	if (chat_cur && c->cstart - chat_cur->cend <= gap) {
		if (c->cend > chat_cur->cend)
			chat_cur->cend = c->cend;
		take_chat(chat_cur, c, place);
		return;
	}
	if (chat_cur)
		complete(chat_cur);
	chat_cur = c;
}

/* Place the waiting chats whose every possible run is final. */
static void
place_due(int64_t t, int final)
{
	struct sitem *c;

	while ((c = pending.head)) {
		if (!final && t - c->cend <= gap)
			break;
		if (open.head && open.head->cstart <= c->cend + gap)
			break;
		list_remove(&pending, c);
		place_chat(c);
	}
}

/* Write the items no waiting or future chat can join. */
static void
complete_due(int64_t t, int final)
{
	struct sitem *it, *next;
	int64_t first = pending.head ? pending.head->cstart : INT64_MAX;

	for (it = window.head; it; it = next) {
		next = it->next;
		if (final || first - it->cend > gap) {
			list_remove(&window, it);
			complete(it);
		}
	}
	if (chat_cur && (final || (t - chat_cur->cend > gap && first - chat_cur->cend > gap))) {
		complete(chat_cur);
		chat_cur = NULL;
	}
}

static void
advance(int64_t t, int final)
{
	close_due(t, final);
	place_due(t, final);
	complete_due(t, final);
	write_ready(t, final);
}

static void
push_due(const struct sitem *it)
{
	struct due d = { it->cend, it->seq, it->cust };

	sdc_heap_push(&dues, &d);
}

static void
add_customer(const struct stream_in *s)
{
	struct sitem *it;

	if (s->cust >= nopen_of) {
		open_of = sdc_grow(open_of, &capopen_of, (size_t)s->cust + 1, sizeof(*open_of));
		memset(open_of + nopen_of, 0, (s->cust + 1 - nopen_of) * sizeof(*open_of));
		nopen_of = (size_t)s->cust + 1;
	}
	it = open_of[s->cust];
	if (it && s->start - it->cend <= gap) {
		add_session(it, s, PLACE_CUSTOMER);
		if (s->end > it->cend) {
			it->cend = s->end;
			push_due(it);
		}
		return;
	}
	if (it)
		close_run(it);
	it = new_item(s->cust, s->start, s->end);
	add_session(it, s, PLACE_CUSTOMER);
	list_append(&open, it);
	open_of[s->cust] = it;
	push_due(it);
}

void
stream_begin(const struct group_opts *o, const struct stream_cust *c,
    FILE *o_out, FILE *o_notes)
{
	opt = *o;
	cf = *c;
	out = o_out;
	notes = o_notes;
	gap = opt.gap * SDC_MINUTE_MS;
	last = INT64_MIN;
	written = filtered = 0;
	dues = SDC_HEAP(sizeof(struct due), cmp_due, NULL);
	readies = SDC_HEAP(sizeof(struct ready *), cmp_ready, NULL);
}

int
stream_add(const struct stream_in *s)
{
	struct sitem *c;

	if (s->start < last)
		return 0;
	last = s->start;
	advance(s->start, 0);
	if (s->cust != NONE)
		add_customer(s);
	else {
		c = new_item(NONE, s->start, s->end);
		add_session(c, s, PLACE_NONE);
		list_append(&pending, c);
	}
	return 1;
}

void
stream_finish(void)
{
	advance(0, 1);
}

long
stream_written(void)
{
	return written;
}

long
stream_filtered(void)
{
	return filtered;
}

int
stream_nameless(uint32_t k)
{
	return k < capnameless && nameless[k];
}

static void
free_list(struct ilist *l)
{
	struct sitem *it, *next;

	for (it = l->head; it; it = next) {
		next = it->next;
		free_item(it);
	}
	l->head = l->tail = NULL;
}

void
stream_free(void)
{
	struct ready *r;

	while (readies.n) {
		sdc_heap_pop(&readies, &r);
		free(r->text);
		free(r->first);
		free(r);
	}
	free_list(&open);
	free_list(&window);
	free_list(&pending);
	free_item(chat_cur);
	chat_cur = NULL;
	sdc_heap_free(&dues);
	sdc_heap_free(&readies);
	dues.n = readies.n = dues.cap = readies.cap = 0;
	free(open_of);
	free(nameless);
	open_of = NULL;
	nameless = NULL;
	nopen_of = capopen_of = capnameless = 0;
}
