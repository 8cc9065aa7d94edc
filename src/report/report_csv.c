/* report_csv - see report_csv.h.  RFC 4180: CRLF line ends, a field
 * quoted when it holds a comma, quote or line break, quotes doubled. */
#include <stdlib.h>
#include <string.h>

#include "billing.h"
#include "report_csv.h"

static int csv_raw;	/* --raw-csv: cells exactly as the records hold them */

/* A spreadsheet runs a cell starting with = + - @ tab or CR as a formula
 * (=HYPERLINK(...) in a customer name or an LLM title).  OWASP's advice:
 * such a cell starts with a single quote, which the spreadsheet shows as
 * text.  Numbers (-5) stay numbers. */
static int
formula_like(const char *s)
{
	char *end;

	if (csv_raw || !*s || !strchr("=+-@\t\r", *s))
		return 0;
	strtod(s, &end);
	return *end != '\0';
}

static void
csv_field(FILE *out, const char *s, int last)
{
	int quote = s && formula_like(s);

	if (s && (quote || s[strcspn(s, ",\"\r\n")])) {
		fputc('"', out);
		if (quote)
			fputc('\'', out);
		for (; *s; s++) {
			if (*s == '"')
				fputc('"', out);
			fputc(*s, out);
		}
		fputc('"', out);
	} else if (s)
		fputs(s, out);
	fputs(last ? "\r\n" : ",", out);
}

/* "YYYY-MM-DD HH:MM" of utc in the display zone, into b. */
static const char *
csv_time(const struct report *rep, int64_t utc, struct sdc_buf *b)
{
	int64_t day = model_day_of(rep, utc);
	char t[24], ds[16];

	sdc_buf_reset(b);
	sdc_buf_printf(b, "%s %s", model_fmt_date(day, ds),
	    model_fmt_hm(rep, utc, day, t));
	return b->p;
}

/* A joined list of strings as one field. */
static void
csv_list(FILE *out, const struct rstrs *a, struct sdc_buf *b)
{
	sdc_buf_reset(b);
	model_join(a, "; ", b);
	csv_field(out, b->p ? b->p : "", 0);
}

static void
csv_long(FILE *out, long n)
{
	char num[32];

	snprintf(num, sizeof(num), "%ld", n);
	csv_field(out, num, 0);
}

static void
csv_hours(FILE *out, long minutes)
{
	char num[32];

	snprintf(num, sizeof(num), "%.2f", minutes / 60.0);
	csv_field(out, num, 0);
}

static void
csv_item(const struct report *rep, const struct ritem *it, FILE *out)
{
	struct sdc_buf b = SDC_BUF_INIT;
	char num[32], ds[16];
	const struct rsess *s;
	struct rtext t;
	size_t i;

	csv_field(out, it->id, 0);
	csv_field(out, model_fmt_date(it->day, ds), 0);
	csv_field(out, csv_time(rep, it->start, &b), 0);
	csv_field(out, csv_time(rep, it->end, &b), 0);
	csv_field(out, sdc_tz_name(rep->tz), 0);
	snprintf(num, sizeof(num), "%lld", (long long)it->cust_id);
	csv_field(out, it->cust_id >= 0 ? num : "", 0);
	csv_field(out, it->name ? it->name : "", 0);
	csv_long(out, it->billable);
	csv_hours(out, it->billable);
	csv_long(out, it->span);
	csv_list(out, &it->sources, &b);
	csv_list(out, &it->links, &b);
	csv_long(out, (long)it->nsess);
	sdc_buf_reset(&b);
	for (i = 0; i < it->nsess; i++)
		if ((s = model_session(rep, it, i)) && s->tlen) {
			model_text(rep, s, &t);
			sdc_buf_printf(&b, "%s%s", b.len ? "; " : "", t.title);
		}
	csv_field(out, b.p ? b.p : "", 0);
	snprintf(num, sizeof(num), "%.2f", it->rate);
	csv_field(out, num, 0);
	csv_field(out, sdc_billing_fmt(it->cents, num), 1);
	sdc_buf_free(&b);
}

void
report_csv(struct report *rep, FILE *out, int raw)
{
	size_t i, k;

	csv_raw = raw;
	fputs("work_item_id,date,start,end,timezone,customer_id,customer_name,"
	    "billable_minutes,billable_hours,duration_minutes,sources,links,"
	    "sessions,titles,rate,amount\r\n", out);
	for (k = 0; k < model_blocks(rep, 0); k++) {
		model_load(rep, 0, k);
		for (i = 0; i < rep->nitems; i++)
			csv_item(rep, &rep->items[i], out);
	}
}
