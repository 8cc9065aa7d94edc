/* timeline - see timeline.h. */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "grow.h"
#include "report_html.h"
#include "timeline.h"

#define NONE SDC_INTERN_NONE
#define DAY_MS MODEL_DAY_MS
#define HOUR_MS MODEL_HOUR_MS

#define TL_W 960		/* timeline viewBox width */
#define TL_LEFT 170		/* lane labels */
#define TL_RIGHT 14
#define TL_AXIS 22		/* hour labels */
#define TL_ROW 16		/* one row of bars */
#define TL_PAD 4

struct bar {
	int64_t s, e;		/* ms since local midnight of the day */
	const struct ritem *it;
	const struct rsess *sess;	/* NULL: the item as a whole */
	const char *sid;
	int lane, row;
};

/* One day's layout, and where it is written. */
struct day {
	const struct report *rep;
	FILE *out;
	int64_t day, t0, t1;	/* shown hours: [t0, t1) ms of the day */
	struct bar *bars;
	size_t nbars;
	int nlanes, *lane_rows, *lane_y;
	uint32_t *lane_cust;
};

/* Okabe-Ito colours (safe for colour-blind readers); the four sources
 * keep theirs, others share the rest by a hash of their name. */
static const char *
colour_of(const char *source)
{
	static const char *const known[][2] = {
		{ "ScreenConnect", "#0072b2" }, { "SyncroRMM", "#009e73" },
		{ "notes.json", "#e69f00" }, { "SillyTavern", "#cc79a7" }
	};
	static const char *const rest[] = { "#56b4e9", "#d55e00", "#8c6d1f" };
	unsigned h = 0;
	size_t i;

	if (!source)
		return "#999999";
	for (i = 0; i < sizeof(known) / sizeof(known[0]); i++)
		if (strcmp(source, known[i][0]) == 0)
			return known[i][1];
	for (; *source; source++)
		h = h * 31 + (unsigned char)*source;
	return rest[h % 3];
}

static double
tl_x(const struct day *d, int64_t t)
{
	return TL_LEFT + (double)(t - d->t0) * (TL_W - TL_LEFT - TL_RIGHT) /
	    (double)(d->t1 - d->t0);
}

/* The id of the item's session k (an index into rep->sessv). */
static const char *
sid_of(const struct ritem *it, uint32_t k)
{
	const char *s = it->sids.p;
	uint32_t i;

	for (i = 0; i < it->nsess && it->sess[i] != k; i++)
		s = model_next(s);
	return s;
}

static void
add_bar(struct day *d, size_t *cap, const struct ritem *it, uint32_t k)
{
	const struct report *rep = d->rep;
	const struct rsess *s = k == NONE ? NULL : &rep->sessv[k];
	int64_t base = d->day * DAY_MS;
	struct bar *b;

	d->bars = sdc_grow(d->bars, cap, d->nbars + 1, sizeof(*d->bars));
	b = &d->bars[d->nbars++];
	b->s = model_local_ms(rep, s ? s->start : it->start) - base;
	b->e = model_local_ms(rep, s ? s->end : it->end) - base;
	b->it = it;
	b->sess = s;
	b->sid = k == NONE ? NULL : sid_of(it, k);
	b->lane = d->nlanes - 1;
	b->row = 0;
}

/* Stack a lane's bars in rows so that overlapping sessions stay visible:
 * each bar takes the first row free at its start. */
static int
stack_rows(struct day *d, size_t first, size_t n)
{
	int64_t ends[64], minw = (d->t1 - d->t0) / 300;
	int rows = 1, r;
	size_t i;

	ends[0] = INT64_MIN;
	for (i = first; i < first + n; i++) {
		for (r = 0; r < rows && ends[r] > d->bars[i].s; r++)
			;
		if (r == rows && rows < 64)
			ends[rows++] = INT64_MIN;
		if (r == rows)
			r = rows - 1;
		d->bars[i].row = r;
		ends[r] = d->bars[i].e > d->bars[i].s + minw ?
		    d->bars[i].e : d->bars[i].s + minw;
	}
	return rows;
}

static int
cmp_bar(const void *pa, const void *pb)
{
	const struct bar *a = pa, *b = pb;

	if (a->lane != b->lane)
		return a->lane - b->lane;
	return a->s < b->s ? -1 : a->s > b->s;
}

/* One lane per customer, one bar per session found (the item itself when
 * it has none, or some were not found). */
static void
day_bars(struct day *d, struct ritem **v, size_t n)
{
	size_t i, j, cap = 0;
	int whole;

	d->lane_cust = sdc_xmalloc(n * sizeof(*d->lane_cust));
	for (i = 0; i < n; i++) {
		if (i == 0 || v[i]->cust != v[i - 1]->cust)
			d->lane_cust[d->nlanes++] = v[i]->cust;
		whole = v[i]->nsess == 0;	/* a bar for the item itself */
		for (j = 0; j < v[i]->nsess; j++)
			if (d->rep->sessv[v[i]->sess[j]].found)
				add_bar(d, &cap, v[i], v[i]->sess[j]);
			else
				whole = 1;
		if (whole)
			add_bar(d, &cap, v[i], NONE);
	}
}

/* The bars and lanes of one day: v[0..n), sorted by customer. */
static void
day_layout(struct day *d, struct ritem **v, size_t n)
{
	size_t i, first;
	int64_t lo = INT64_MAX, hi = INT64_MIN, y = TL_AXIS;

	day_bars(d, v, n);
	for (i = 0; i < d->nbars; i++) {
		lo = d->bars[i].s < lo ? d->bars[i].s : lo;
		hi = d->bars[i].e > hi ? d->bars[i].e : hi;
	}
	d->t0 = model_floordiv(lo, HOUR_MS) * HOUR_MS;
	d->t1 = -model_floordiv(-hi, HOUR_MS) * HOUR_MS;
	if (d->t1 - d->t0 < 2 * HOUR_MS)
		d->t1 = d->t0 + 2 * HOUR_MS;
	qsort(d->bars, d->nbars, sizeof(*d->bars), cmp_bar);
	d->lane_rows = sdc_xcalloc((size_t)d->nlanes, sizeof(int));
	d->lane_y = sdc_xcalloc((size_t)d->nlanes, sizeof(int));
	for (i = first = 0; i <= d->nbars; i++) {
		if (i < d->nbars && d->bars[i].lane == d->bars[first].lane)
			continue;
		d->lane_rows[d->bars[first].lane] = stack_rows(d, first, i - first);
		first = i;
	}
	for (i = 0; i < (size_t)d->nlanes; i++) {
		d->lane_y[i] = (int)y;
		y += d->lane_rows[i] * TL_ROW + 2 * TL_PAD + 2;
	}
}

static void
day_free(struct day *d)
{
	free(d->bars);
	free(d->lane_rows);
	free(d->lane_y);
	free(d->lane_cust);
}

static void
tl_axis(const struct day *d, int height)
{
	int64_t step = d->t1 - d->t0 <= 12 * HOUR_MS ? HOUR_MS :
	    d->t1 - d->t0 <= 24 * HOUR_MS ? 2 * HOUR_MS : 6 * HOUR_MS;
	int64_t t;
	double x;

	for (t = d->t0; t <= d->t1; t += step) {
		x = tl_x(d, t);
		fprintf(d->out, "<line class=\"grid\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" "
		    "y2=\"%d\"/><text class=\"axis\" x=\"%.1f\" y=\"13\" "
		    "text-anchor=\"middle\">%02d:00</text>\n", x, TL_AXIS - 4, x,
		    height, x, (int)(((t / HOUR_MS) % 24 + 24) % 24));
	}
}

static void
tl_tooltip(const struct day *d, const struct bar *b)
{
	const struct report *rep = d->rep;
	const struct rcust *c = &rep->custs[b->it->cust];
	char t1[24], t2[24], dur[24];
	const char *src;
	struct rtext t;
	int64_t day = b->it->day;
	FILE *out = d->out;

	fputs("<title>", out);
	report_html_text(out, c->label);
	fputs(" \xe2\x80\x94 ", out);
	if (b->sess) {
		model_text(rep, b->sess, &t);
		report_html_text(out, t.title ? t.title : "(untitled)");
		fprintf(out, " (%s\xe2\x80\x93%s, ",
		    model_fmt_hm(rep, b->sess->start, day, t1),
		    model_fmt_hm(rep, b->sess->end, day, t2));
		src = model_str(rep, b->sess->source);
		report_html_text(out, src ? src : "unknown source");
		fputc(')', out);
	} else
		fprintf(out, "work item %s\xe2\x80\x93%s, %s billable",
		    model_fmt_hm(rep, b->it->start, day, t1),
		    model_fmt_hm(rep, b->it->end, day, t2),
		    model_fmt_dur(b->it->billable, dur));
	fputs("</title>", out);
}

static void
tl_bar(const struct day *d, const struct bar *b)
{
	const char *src = b->sess ? model_str(d->rep, b->sess->source) : NULL;
	double x = tl_x(d, b->s), w = tl_x(d, b->e) - x;
	int y = d->lane_y[b->lane] + TL_PAD + b->row * TL_ROW + 1;

	if (!b->sess && b->it->sources.n)
		src = b->it->sources.p;
	fprintf(d->out, "<rect class=\"bar\" %s=\"",
	    b->sess ? "data-session" : "data-item");
	report_html_text(d->out, b->sess ? b->sid : b->it->id);
	fprintf(d->out, "\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" "
	    "rx=\"2\" fill=\"%s\">", x, y, w < 3 ? 3 : w, TL_ROW - 2,
	    colour_of(src));
	tl_tooltip(d, b);
	fputs("</rect>\n", d->out);
}

/* A dashed frame around each work item's sessions. */
static void
tl_items(const struct day *d)
{
	size_t i, j;
	int rows, y;
	double x, w;
	const struct ritem *it;
	int64_t base = d->day * DAY_MS;

	for (i = 0; i < d->nbars; i = j) {
		it = d->bars[i].it;
		for (j = i; j < d->nbars && d->bars[j].it == it; j++)
			;
		if (j - i < 2)
			continue;
		rows = d->lane_rows[d->bars[i].lane];
		y = d->lane_y[d->bars[i].lane] + 1;
		x = tl_x(d, model_local_ms(d->rep, it->start) - base);
		w = tl_x(d, model_local_ms(d->rep, it->end) - base) - x;
		fprintf(d->out, "<rect class=\"item\" x=\"%.1f\" y=\"%d\" "
		    "width=\"%.1f\" height=\"%d\" rx=\"3\"/>\n", x - 1, y, w + 2,
		    rows * TL_ROW + 2 * TL_PAD - 2);
	}
}

static void
tl_lanes(const struct day *d)
{
	int l;

	for (l = 0; l < d->nlanes; l++) {
		fprintf(d->out, "<rect class=\"lane\" x=\"0\" y=\"%d\" width=\"%d\" "
		    "height=\"%d\"/><text x=\"6\" y=\"%d\">", d->lane_y[l], TL_W,
		    d->lane_rows[l] * TL_ROW + 2 * TL_PAD,
		    d->lane_y[l] + TL_PAD + 12);
		report_html_label(d->out, d->rep->custs[d->lane_cust[l]].label, 26);
		fputs("</text>\n", d->out);
	}
}

static void
tl_day(const struct report *rep, FILE *out, struct ritem **v, size_t n)
{
	struct day d = { 0 };
	char ds[16];
	size_t i;
	int height;

	d.rep = rep;
	d.out = out;
	d.day = v[0]->day;
	day_layout(&d, v, n);
	height = d.lane_y[d.nlanes - 1] + d.lane_rows[d.nlanes - 1] * TL_ROW +
	    2 * TL_PAD + 2;
	fprintf(out, "<div class=\"day\"><h3>%s %s</h3>\n<svg class=\"tl\" "
	    "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"Timeline of %s\">\n",
	    model_weekday(d.day), model_fmt_date(d.day, ds), TL_W, height, ds);
	tl_lanes(&d);
	tl_axis(&d, height);
	for (i = 0; i < d.nbars; i++)
		tl_bar(&d, &d.bars[i]);
	tl_items(&d);
	fputs("</svg></div>\n", out);
	day_free(&d);
}

/* Each source once, in the order the items name them (customer order). */
static void
tl_legend(struct report *rep, FILE *out)
{
	struct sdc_intern *seen = sdc_intern_new();
	const char *src;
	size_t i, j, k;
	int added;

	fputs("<p class=\"legend\">", out);
	for (k = 0; k < model_blocks(rep, 0); k++) {
		model_load(rep, MODEL_NO_SESSIONS, k);
		for (i = 0; i < rep->nitems; i++) {
			src = rep->items[i].sources.p;
			for (j = 0; j < rep->items[i].sources.n; j++, src = model_next(src)) {
				sdc_intern_n(seen, src, strlen(src), &added);
				if (!added)
					continue;
				fprintf(out, "<span><i style=\"background:%s\"></i>",
				    colour_of(src));
				report_html_text(out, src);
				fputs("</span>", out);
			}
		}
	}
	fputs("</p>\n", out);
	sdc_intern_free(seen);
}

void
timeline_render(struct report *rep, FILE *out)
{
	struct ritem **v = NULL;
	size_t i, k, cap = 0;

	fputs("<section id=\"timeline\"><h2>Timeline</h2>\n", out);
	tl_legend(rep, out);
	for (k = 0; k < model_blocks(rep, 1); k++) {
		model_load(rep, MODEL_BY_DAY, k);	/* a day's items, in customer order */
		v = sdc_grow(v, &cap, rep->nitems + 1, sizeof(*v));
		for (i = 0; i < rep->nitems; i++)
			v[i] = &rep->items[i];
		tl_day(rep, out, v, rep->nitems);
	}
	fputs("</section>\n", out);
	free(v);
}
