/* report_md - see report_md.h. */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "billing.h"
#include "report_md.h"

/* Markdown's special characters escaped; line breaks and tabs become
 * spaces so that a title cannot end a list item. */
static void
md_text(FILE *out, const char *s)
{
	for (; *s; s++) {
		if (strchr("\\`*_[]<>|", *s))
			fputc('\\', out);
		fputc(*s == '\n' || *s == '\r' || *s == '\t' ? ' ' : *s, out);
	}
}

static void
md_item(const struct report *rep, const struct ritem *it, FILE *out)
{
	char a[24], b[24], d[24];
	struct sdc_buf src = SDC_BUF_INIT;
	const struct rsess *s;
	struct rtext t;
	size_t i;

	model_join(&it->sources, ", ", &src);
	fprintf(out, "- **%s\xe2\x80\x93%s** \xc2\xb7 %s billable \xc2\xb7 ",
	    model_fmt_hm(rep, it->start, it->day, a),
	    model_fmt_hm(rep, it->end, it->day, b), model_fmt_dur(it->billable, d));
	md_text(out, src.p ? src.p : "");
	fprintf(out, " \xc2\xb7 %zu session%s", (size_t)it->nsess, it->nsess == 1 ? "" : "s");
	if (rep->billing)
		fprintf(out, " \xc2\xb7 %s %s", sdc_billing_fmt(it->cents, a),
		    sdc_billing_currency());
	fputc('\n', out);
	sdc_buf_free(&src);
	for (i = 0; i < it->nsess; i++) {
		if (!(s = model_session(rep, it, i)))
			continue;
		fprintf(out, "  - %s\xe2\x80\x93%s ",
		    model_fmt_hm(rep, s->start, it->day, a),
		    model_fmt_hm(rep, s->end, it->day, b));
		model_text(rep, s, &t);
		md_text(out, t.title ? t.title : "(untitled)");
		if (t.summary) {
			fputs(" \xe2\x80\x94 ", out);
			md_text(out, t.summary);
		}
		fputc('\n', out);
	}
}

static void
md_totals(const struct report *rep, long all, FILE *out)
{
	uint32_t *ord = model_cust_order(rep);
	const struct rcust *c;
	char d[24], m[32];
	size_t i;

	fputs("## Totals\n\n| Customer | Work items | Billable | Hours |", out);
	if (rep->billing)
		fprintf(out, " Amount (%s) |", sdc_billing_currency());
	fprintf(out, "\n|---|---:|---:|---:|%s\n", rep->billing ? "---:|" : "");
	for (i = 0; i < rep->ncusts; i++) {
		c = &rep->custs[ord[i]];
		fputs("| ", out);
		md_text(out, c->label);
		fprintf(out, " | %d | %s | %.2f |", c->nitems,
		    model_fmt_dur(c->billable, d), c->billable / 60.0);
		if (rep->billing)
			fprintf(out, " %s |", sdc_billing_fmt(c->cents, m));
		fputc('\n', out);
	}
	fprintf(out, "| **All** | %zu | %s | %.2f |", rep->nall,
	    model_fmt_dur(all, d), all / 60.0);
	if (rep->billing)
		fprintf(out, " %s |", sdc_billing_fmt(rep->cents, m));
	fputc('\n', out);
	free(ord);
}

static void
md_header(const struct report *rep, long all, FILE *out)
{
	struct sdc_buf p = SDC_BUF_INIT;
	char d[24];

	model_period(rep, &p);
	fprintf(out, "# Work report\n\n%s \xc2\xb7 times in %s \xc2\xb7 %zu work "
	    "item%s \xc2\xb7 %s billable (%.2f h)\n", p.p, sdc_tz_name(rep->tz),
	    rep->nall, rep->nall == 1 ? "" : "s", model_fmt_dur(all, d),
	    all / 60.0);
	sdc_buf_free(&p);
}

/* A customer's section (the block loaded), one subsection per day. */
static void
md_customer(const struct report *rep, FILE *out)
{
	const struct ritem *it, *v = rep->items;
	const struct rcust *c;
	char d[24], ds[16];
	size_t i, n = rep->nitems;

	for (i = 0; i < n; i++) {
		it = &v[i];
		c = &rep->custs[it->cust];
		if (i == 0 || v[i - 1].cust != it->cust) {
			fputs("\n## ", out);
			md_text(out, c->label);
			if (c->id >= 0 && c->name)
				fprintf(out, " (#%lld)", (long long)c->id);
			fputc('\n', out);
		}
		if (i == 0 || v[i - 1].cust != it->cust || v[i - 1].day != it->day)
			fprintf(out, "\n### %s %s\n\n", model_weekday(it->day),
			    model_fmt_date(it->day, ds));
		md_item(rep, it, out);
		if (i + 1 == n || v[i + 1].cust != it->cust) {
			fputs("\n**Total ", out);
			md_text(out, c->label);
			fprintf(out, ":** %d work item%s \xc2\xb7 %s billable",
			    c->nitems, c->nitems == 1 ? "" : "s",
			    model_fmt_dur(c->billable, d));
			if (rep->billing)
				fprintf(out, " \xc2\xb7 %s %s", sdc_billing_fmt(
				    c->cents, d), sdc_billing_currency());
			fputc('\n', out);
		}
	}
}

/* One section per customer, one subsection per day. */
void
report_md(struct report *rep, FILE *out)
{
	long all = model_billable(rep);
	size_t k;

	md_header(rep, all, out);
	for (k = 0; k < model_blocks(rep, 0); k++) {
		model_load(rep, 0, k);
		md_customer(rep, out);
	}
	fputc('\n', out);
	md_totals(rep, all, out);
}
