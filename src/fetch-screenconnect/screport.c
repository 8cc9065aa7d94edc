/* screport - GetReport answers and filter expressions.  See screport.h. */
#include "screport.h"
#include "diag.h"
#include "jsonl.h"
#include "sdctime.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *
text_of(json_object *v)
{
	if (!v || json_object_is_type(v, json_type_null))
		return "";
	return json_object_get_string(v);
}

/* A login page or a proxy's error page instead of JSON. */
static int
looks_html(const char *body, size_t len)
{
	size_t i = 0;

	if (len >= 3 && memcmp(body, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	while (i < len && isspace((unsigned char)body[i]))
		i++;
	return i < len && body[i] == '<';
}

static int
column_of(json_object *names, const char *name)
{
	size_t k, n = json_object_array_length(names);

	for (k = 0; k < n; k++)
		if (strcasecmp(text_of(json_object_array_get_idx(names, k)),
		    name) == 0)
			return (int)k;
	return -1;
}

static int
wanted_of(const char *const *fields, size_t n, const char *name)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (strcasecmp(fields[k], name) == 0)
			return (int)k;
	return -1;
}

int
sc_report_parse(const char *body, size_t len, const char *const *fields,
    size_t nfields, struct sc_report *r, const char **why)
{
	json_object *names;
	size_t k;

	memset(r, 0, sizeof *r);
	if (nfields > SC_MAX_FIELDS) {
		*why = "too many fields asked for";
		return -1;
	}
	if (looks_html(body, len)) {
		*why = "an HTML page, not a report (a login page? check "
		    "base_url and the extension)";
		return -1;
	}
	r->root = sdc_json_parse(body, len, why);
	if (!r->root)
		return -1;
	names = sdc_json_get(r->root, "FieldNames");
	r->items = sdc_json_get(r->root, "Items");
	if (!json_object_is_type(names, json_type_array)) {
		*why = "no FieldNames array in the answer";
		goto bad;
	}
	/* Consumers treat missing or null Items as no rows (§6). */
	if (r->items && !json_object_is_type(r->items, json_type_array) &&
	    !json_object_is_type(r->items, json_type_null)) {
		*why = "Items is not an array";
		goto bad;
	}
	r->fields = fields;
	r->nfields = nfields;
	for (k = 0; k < nfields; k++)
		r->idx[k] = column_of(names, fields[k]);
	r->c_connid = wanted_of(fields, nfields, "ConnectionID");
	r->c_connected = wanted_of(fields, nfields, "ConnectedTime");
	r->c_disconnected = wanted_of(fields, nfields, "DisconnectedTime");
	return 0;
bad:
	sc_report_free(r);
	return -1;
}

size_t
sc_report_count(const struct sc_report *r)
{
	return json_object_is_type(r->items, json_type_array) ?
	    json_object_array_length(r->items) : 0;
}

static json_object *
cell(const struct sc_report *r, json_object *item, int wanted)
{
	if (wanted < 0 || r->idx[wanted] < 0)
		return NULL;
	return json_object_array_get_idx(item, (size_t)r->idx[wanted]);
}

int
sc_open_value(json_object *v)
{
	int64_t t;
	int rc;

	if (!v || json_object_is_type(v, json_type_null))
		return 1;
	if (!json_object_is_type(v, json_type_string))
		return 0;
	rc = sdc_time_parse(json_object_get_string(v), NULL, 0, &t);
	return rc == SDC_TIME_MISSING;	/* "", year < 1970, MinValue */
}

int
sc_report_item(const struct sc_report *r, size_t i, struct sdc_buf *out,
    struct sc_row *row, const char **why)
{
	json_object *item = json_object_array_get_idx(r->items, i), *v;
	const char *s;
	size_t k, len;
	int rc;

	if (!json_object_is_type(item, json_type_array)) {
		*why = "not an array";
		return -1;
	}
	rc = sdc_time_parse(text_of(cell(r, item, r->c_connected)), NULL, 0,
	    &row->connected);
	if (rc != SDC_TIME_OK) {
		*why = rc == SDC_TIME_MISSING ? "ConnectedTime missing" :
		    "unreadable ConnectedTime";
		return -1;
	}
	row->connid = text_of(cell(r, item, r->c_connid));
	row->open = sc_open_value(cell(r, item, r->c_disconnected));
	sdc_buf_addc(out, '[');
	for (k = 0; k < r->nfields; k++) {
		v = cell(r, item, (int)k);
		/* An open connection reads the same whichever way the server
		 * wrote it. */
		if ((int)k == r->c_disconnected && row->open)
			v = NULL;
		s = sdc_json_text(v, &len);
		if (k)
			sdc_buf_addc(out, ',');
		sdc_buf_add(out, s, len);
	}
	sdc_buf_addc(out, ']');
	return 0;
}

const char *
sc_report_field(const struct sc_report *r, size_t i, const char *name)
{
	json_object *item = json_object_array_get_idx(r->items, i);
	json_object *names = sdc_json_get(r->root, "FieldNames");
	int c = column_of(names, name);

	if (c < 0 || !json_object_is_type(item, json_type_array))
		return "";
	return text_of(json_object_array_get_idx(item, (size_t)c));
}

static int
by_time(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return x < y ? -1 : x > y;
}

int64_t
sc_report_quantile(const struct sc_report *r, double q)
{
	size_t i, n = sc_report_count(r), k = 0;
	int64_t *t = sdc_xmalloc((n ? n : 1) * sizeof *t), v = SDC_TIME_NONE;
	json_object *item;

	for (i = 0; i < n; i++) {
		item = json_object_array_get_idx(r->items, i);
		if (json_object_is_type(item, json_type_array) &&
		    sdc_time_parse(text_of(cell(r, item, r->c_connected)), NULL,
		    0, &t[k]) == SDC_TIME_OK)
			k++;
	}
	if (k) {
		qsort(t, k, sizeof *t, by_time);
		v = t[(size_t)(q * (double)(k - 1))];
	}
	free(t);
	return v;
}

const char *
sc_report_item_text(const struct sc_report *r, size_t i, size_t *len)
{
	return sdc_json_text(json_object_array_get_idx(r->items, i), len);
}

void
sc_report_free(struct sc_report *r)
{
	json_object_put(r->root);
	memset(r, 0, sizeof *r);
}

/* --- filter expressions --- */

void
sc_filter_match(struct sdc_buf *b, const char *field, const char *value)
{
	size_t start, i;
	int like = 0;

	sdc_buf_adds(b, field);
	start = b->len;
	sdc_buf_adds(b, " = '");
	for (i = 0; value[i]; i++) {
		unsigned char c = (unsigned char)value[i];

		if (c == '\'' || c == '\\' || c < 0x20 || c == 0x7f) {
			sdc_buf_addc(b, '%');
			like = 1;
		} else
			sdc_buf_addc(b, (char)c);
	}
	sdc_buf_addc(b, '\'');
	if (like) {
		/* " = '" becomes " LIKE '" */
		char *rest = sdc_xstrdup(b->p + start + 4);

		b->len = start;
		sdc_buf_adds(b, " LIKE '");
		sdc_buf_adds(b, rest);
		free(rest);
	}
}

int
sc_filter_same(const char *got, const char *wanted)
{
	return strcasecmp(got, wanted) == 0;
}

void
sc_filter_time(struct sdc_buf *b, int64_t ms)
{
	char t[SDC_TIME_BUFSZ];

	sdc_time_format(ms - ms % 1000, t);
	t[10] = ' ';
	t[19] = '\0';	/* "YYYY-MM-DDTHH:MM:SSZ" -> "YYYY-MM-DD HH:MM:SS" */
	sdc_buf_printf(b, "'%s'", t);
}
