/* report_html - see report_html.h. */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "billing.h"
#include "report_html.h"
#include "timeline.h"

#define HOURS_W 960	/* the viewBox width, the timeline's too */

/* page.html as a C string, made by the Makefile. */
static const char page[] =
#include "page.inc"
    ;

/* What the page's <!--sdc:NAME--> slots are filled from. */
struct page {
	struct report *rep;
	FILE *out;
	const char *period;
	long all;		/* billable minutes */
};

void
report_html_text(FILE *out, const char *s)
{
	for (; *s; s++)
		switch (*s) {
		case '&': fputs("&amp;", out); break;
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '"': fputs("&quot;", out); break;
		case '\'': fputs("&#39;", out); break;
		default: fputc(*s, out);
		}
}

void
report_html_label(FILE *out, const char *s, size_t n)
{
	struct sdc_buf b = SDC_BUF_INIT;
	size_t chars = 0;
	const char *p;

	for (p = s; *p; p++) {
		if (((unsigned char)*p & 0xc0) != 0x80 && chars++ == n)
			break;
		sdc_buf_addc(&b, *p);
	}
	if (*p)
		sdc_buf_adds(&b, "\xe2\x80\xa6");
	report_html_text(out, b.p ? b.p : "");
	sdc_buf_free(&b);
}

/* qsort_r's context: the customers. */
static int
cmp_billable(const void *pa, const void *pb, void *custs)
{
	const struct rcust *a = (const struct rcust *)custs + *(const uint32_t *)pa;
	const struct rcust *b = (const struct rcust *)custs + *(const uint32_t *)pb;

	if (a->billable != b->billable)
		return a->billable > b->billable ? -1 : 1;
	return a->rank - b->rank;
}

static void
hours_bar(FILE *out, const struct rcust *c, size_t i, long max)
{
	double w = 600.0 * (double)c->billable / (double)max;

	fprintf(out, "<text x=\"210\" y=\"%zu\" text-anchor=\"end\">", i * 22 + 16);
	report_html_label(out, c->label, 32);
	fprintf(out, "</text><rect class=\"hbar\" x=\"220\" y=\"%zu\" "
	    "width=\"%.1f\" height=\"15\" rx=\"2\"><title>", i * 22 + 4,
	    w < 1 ? 1 : w);
	report_html_text(out, c->label);
	fprintf(out, ": %.2f h</title></rect><text x=\"%.1f\" y=\"%zu\">"
	    "%.2f h</text>\n", c->billable / 60.0, 226 + w, i * 22 + 16,
	    c->billable / 60.0);
}

/* Billable hours per customer as horizontal bars, most first. */
static void
html_hours(const struct report *rep, FILE *out)
{
	uint32_t *ord = sdc_xmalloc((rep->ncusts + 1) * sizeof(*ord));
	long max = 1;
	size_t i;

	for (i = 0; i < rep->ncusts; i++) {
		ord[i] = (uint32_t)i;
		if (rep->custs[i].billable > max)
			max = rep->custs[i].billable;
	}
	qsort_r(ord, rep->ncusts, sizeof(*ord), cmp_billable, rep->custs);
	fprintf(out, "<section id=\"hours\"><h2>Billable hours per customer</h2>\n"
	    "<svg class=\"hours\" viewBox=\"0 0 %d %zu\" role=\"img\" "
	    "aria-label=\"Billable hours per customer\">\n", HOURS_W,
	    rep->ncusts * 22 + 6);
	for (i = 0; i < rep->ncusts; i++)
		hours_bar(out, &rep->custs[ord[i]], i, max);
	fputs("</svg></section>\n", out);
	free(ord);
}

static void
html_sessions(const struct report *rep, const struct ritem *it, FILE *out)
{
	const struct rsess *s;
	const char *src;
	struct rtext t;
	char t1[24], t2[24];
	size_t i;

	fputs("<ul class=\"s\">", out);
	for (i = 0; i < it->nsess; i++) {
		if (!(s = model_session(rep, it, i)))
			continue;
		fputs("<li>", out);
		model_text(rep, s, &t);
		report_html_text(out, t.title ? t.title : "(untitled)");
		fprintf(out, " <span class=\"t\">%s\xe2\x80\x93%s \xc2\xb7 ",
		    model_fmt_hm(rep, s->start, it->day, t1),
		    model_fmt_hm(rep, s->end, it->day, t2));
		src = model_str(rep, s->source);
		report_html_text(out, src ? src : "unknown source");
		fputs("</span>", out);
		if (t.summary) {
			fputs("<div class=\"sum\">", out);
			report_html_text(out, t.summary);
			fputs("</div>", out);
		}
		fputs("</li>", out);
	}
	fputs("</ul>", out);
}

static void
html_row(const struct report *rep, const struct ritem *it, FILE *out)
{
	struct sdc_buf src = SDC_BUF_INIT;
	char ds[16], t1[24], t2[24], d[24];

	model_join(&it->sources, ", ", &src);
	fprintf(out, "<tr><td class=\"t\">%s %s</td><td class=\"t\">%s\xe2\x80\x93%s"
	    "</td><td class=\"n\">%s</td><td>", model_weekday(it->day),
	    model_fmt_date(it->day, ds), model_fmt_hm(rep, it->start, it->day, t1),
	    model_fmt_hm(rep, it->end, it->day, t2), model_fmt_dur(it->billable, d));
	report_html_text(out, src.p ? src.p : "");
	fprintf(out, "</td><td>%zu session%s", (size_t)it->nsess, it->nsess == 1 ? "" : "s");
	html_sessions(rep, it, out);
	fputs("</td></tr>\n", out);
	sdc_buf_free(&src);
}

static void
cust_head(const struct rcust *c, FILE *out)
{
	fputs("<div class=\"cust\"><h3>", out);
	report_html_text(out, c->label);
	if (c->id >= 0 && c->name)
		fprintf(out, " <small>#%lld</small>", (long long)c->id);
	fputs("</h3>\n<table><thead><tr><th>Date</th><th>Time</th>"
	    "<th class=\"n\">Billable</th><th>Sources</th>"
	    "<th>Sessions</th></tr></thead><tbody>\n", out);
}

/* The table of a customer (the block loaded). */
static void
html_customer(const struct report *rep, FILE *out)
{
	const struct ritem *v = rep->items;
	const struct rcust *c;
	char d[24];
	size_t i, n = rep->nitems;

	for (i = 0; i < n; i++) {
		c = &rep->custs[v[i].cust];
		if (i == 0 || v[i - 1].cust != v[i].cust)
			cust_head(c, out);
		html_row(rep, &v[i], out);
		if (i + 1 == n || v[i + 1].cust != v[i].cust)
			fprintf(out, "</tbody><tfoot><tr><td colspan=\"2\">Total</td>"
			    "<td class=\"n\">%s</td><td colspan=\"2\">%d work item%s"
			    "</td></tr></tfoot></table></div>\n",
			    model_fmt_dur(c->billable, d), c->nitems,
			    c->nitems == 1 ? "" : "s");
	}
}

/* One table per customer. */
static void
html_items(struct report *rep, FILE *out)
{
	size_t k;

	fputs("<section id=\"items\"><h2>Work items</h2>\n", out);
	for (k = 0; k < model_blocks(rep, 0); k++) {
		model_load(rep, 0, k);
		html_customer(rep, out);
	}
	fputs("</section>\n", out);
}

static void
html_totals(const struct report *rep, long all, FILE *out)
{
	uint32_t *ord = model_cust_order(rep);
	const struct rcust *c;
	char d[24], m[32];
	size_t i;

	fputs("<section id=\"totals\"><h2>Totals</h2>\n<table><thead><tr>"
	    "<th>Customer</th><th class=\"n\">Work items</th><th class=\"n\">"
	    "Billable</th><th class=\"n\">Hours</th>", out);
	if (rep->billing)
		fprintf(out, "<th class=\"n\">Amount (%s)</th>",
		    sdc_billing_currency());
	fputs("</tr></thead><tbody>\n", out);
	for (i = 0; i < rep->ncusts; i++) {
		c = &rep->custs[ord[i]];
		fputs("<tr><td>", out);
		report_html_text(out, c->label);
		fprintf(out, "</td><td class=\"n\">%d</td><td class=\"n\">%s</td>"
		    "<td class=\"n\">%.2f</td>", c->nitems,
		    model_fmt_dur(c->billable, d), c->billable / 60.0);
		if (rep->billing)
			fprintf(out, "<td class=\"n\">%s</td>",
			    sdc_billing_fmt(c->cents, m));
		fputs("</tr>\n", out);
	}
	fprintf(out, "</tbody><tfoot><tr><td>All</td><td class=\"n\">%zu</td>"
	    "<td class=\"n\">%s</td><td class=\"n\">%.2f</td>", rep->nall,
	    model_fmt_dur(all, d), all / 60.0);
	if (rep->billing)
		fprintf(out, "<td class=\"n\">%s</td>", sdc_billing_fmt(
		    rep->cents, m));
	fputs("</tr></tfoot></table></section>\n", out);
	free(ord);
}

static void
fill_slot(const struct page *pg, const char *name, size_t len)
{
	struct report *rep = pg->rep;
	char d[24];

#define IS(s) (len == sizeof(s) - 1 && memcmp(name, s, len) == 0)
	if (IS("period"))
		report_html_text(pg->out, pg->period);
	else if (IS("zone"))
		report_html_text(pg->out, sdc_tz_name(rep->tz));
	else if (IS("totals"))
		fprintf(pg->out, "%zu work item%s \xc2\xb7 %s billable (%.2f h)",
		    rep->nall, rep->nall == 1 ? "" : "s",
		    model_fmt_dur(pg->all, d), pg->all / 60.0);
	else if (IS("version"))
		fputs(SDC_VERSION, pg->out);
	else if (IS("body") && rep->nall) {
		html_hours(rep, pg->out);
		timeline_render(rep, pg->out);
		html_items(rep, pg->out);
		html_totals(rep, pg->all, pg->out);
	}
#undef IS
}

void
report_html(struct report *rep, FILE *out)
{
	static const char open[] = "<!--sdc:";
	struct sdc_buf period = SDC_BUF_INIT;
	struct page pg = { rep, out, NULL, model_billable(rep) };
	const char *p = page, *s, *e;

	model_period(rep, &period);
	pg.period = period.p;
	while ((s = strstr(p, open)) && (e = strstr(s, "-->"))) {
		fwrite(p, 1, (size_t)(s - p), out);
		s += sizeof(open) - 1;
		fill_slot(&pg, s, (size_t)(e - s));
		p = e + 3;
	}
	fputs(p, out);
	sdc_buf_free(&period);
}
