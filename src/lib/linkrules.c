/* linkrules - the rules file of sdc-review and sdc-link.  See linkrules.h. */
#include <errno.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "jsonl.h"
#include "linkrules.h"
#include "state.h"

static int
known(const char *type)
{
	return type && (strcmp(type, "alias") == 0 || strcmp(type,
	    "not_customer") == 0 || strcmp(type, "machine") == 0);
}

static void
rule_line(struct sdc_buf *b, const struct sdc_rule *r)
{
	json_object *o = json_object_new_object();
	size_t len;
	const char *t;

	json_object_object_add(o, "type", json_object_new_string(r->type));
	json_object_object_add(o, "name", json_object_new_string(r->name));
	if (r->customer_id >= 0)
		json_object_object_add(o, "customer_id",
		    json_object_new_int64(r->customer_id));
	t = sdc_json_text(o, &len);
	sdc_buf_add(b, t, len);
	sdc_buf_addc(b, '\n');
	json_object_put(o);
}

int
sdc_rules_append(const char *path, const struct sdc_rule *r, size_t n)
{
	struct sdc_buf b = SDC_BUF_INIT;
	size_t i;
	int rc = 0;

	for (i = 0; i < n; i++)
		rule_line(&b, &r[i]);
	if (sdc_state_append(path, b.p, b.len) < 0) {
		sdc_warn("%s", path);
		rc = -1;
	}
	sdc_buf_free(&b);
	return rc;
}

/* One line's rule, or the reason it is none. */
static const char *
parse_rule(json_object *o, struct sdc_rule *r)
{
	json_object *id = sdc_json_get(o, "customer_id");

	if (o == NULL || !json_object_is_type(o, json_type_object))
		return "not a JSON object";
	r->type = sdc_json_str(o, "type");
	r->name = sdc_json_str(o, "name");
	if (!known(r->type))
		return "unknown rule type";
	if (r->name == NULL || *r->name == '\0')
		return "no name";
	r->customer_id = id && json_object_is_type(id, json_type_int) ?
	    json_object_get_int64(id) : -1;
	if ((r->customer_id < 0) != (strcmp(r->type, "not_customer") == 0))
		return "customer_id missing or not an integer";
	return NULL;
}

long
sdc_rules_load(const char *path,
    void (*fn)(const struct sdc_rule *r, void *ctx), void *ctx)
{
	struct sdc_lines *l = sdc_lines_open_path(path, 1 << 20);
	char *line;
	size_t len;
	long n = 0, lineno = 0;
	int rc;

	if (l == NULL) {
		if (errno != ENOENT)
			sdc_warn("%s", path);
		return 0;
	}
	while ((rc = sdc_lines_next(l, &line, &len)) != 0) {
		const char *why = "line too long";
		json_object *o = rc > 0 ? sdc_json_parse(line, len, &why) : NULL;
		struct sdc_rule r;

		lineno++;
		if (!o && sdc_lines_partial(l))
			continue;	/* still being appended (state.h) */
		if (o && (why = parse_rule(o, &r)) == NULL) {
			fn(&r, ctx);
			n++;
		} else
			sdc_warn_at(path, lineno, "%s; rule ignored", why);
		json_object_put(o);
	}
	sdc_lines_close(l);
	return n;
}
