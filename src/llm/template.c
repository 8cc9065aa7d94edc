/* template - see template.h. */
#include "template.h"
#include "buf.h"
#include "diag.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Deeper each() nesting renders empty: it bounds the recursion a hostile
 * template could ask for. */
#define MAX_DEPTH 32

struct span {
	const char *p;
	size_t n;
};

struct expr {
	struct span path, each, join;
	int has_each, has_join;
	const char *end;	/* just past the closing '}' */
	const char *bad;	/* why it names nothing, or NULL */
};

/* One walk over a template either renders (out != NULL) or checks. */
struct walk {
	json_object *root;
	struct sdc_buf *out;
	const char *err;	/* first problem found when checking */
	size_t errpos;
	const char *base;
};

static void walk(struct walk *w, const char *t, size_t n, json_object *cur,
    int depth);

/* Nested each() multiplies: a short template can ask for gigabytes.  The
 * output is capped, and rendering stops as soon as it is full. */
static int
full(const struct walk *w)
{
	return w->out && w->out->len + 1 >= w->out->max;
}

static int
pathchar(int c)
{
	return isalnum((unsigned char)c) || c == '_' || c == '.' || c == '-';
}

/* The ')' closing an argument that starts at p, or NULL.  Braces and
 * parentheses nest; a backslash protects the next byte. */
static const char *
arg_end(const char *p, const char *lim)
{
	int paren = 0, brace = 0;

	for (; p < lim; p++) {
		if (*p == '\\' && p + 1 < lim)
			p++;
		else if (*p == '{')
			brace++;
		else if (*p == '}' && brace > 0)
			brace--;
		else if (*p == '(' && brace == 0)
			paren++;
		else if (*p == ')' && brace == 0 && paren-- == 0)
			return p;
	}
	return NULL;
}

/* The '}' matching an opening brace just before p, or NULL. */
static const char *
brace_end(const char *p, const char *lim)
{
	int depth = 0;

	for (; p < lim; p++) {
		if (*p == '{')
			depth++;
		else if (*p == '}' && depth-- == 0)
			return p;
	}
	return NULL;
}

/* Parse "PATH(:NAME(ARG))*}" at p.  Returns -1 when no '}' closes it;
 * otherwise 0 with e->end set, and e->bad when it names nothing. */
static int
parse_expr(const char *p, const char *lim, struct expr *e)
{
	const char *start = p, *name, *close;
	size_t namelen;

	memset(e, 0, sizeof(*e));
	e->path.p = p;
	while (p < lim && pathchar(*p))
		p++;
	e->path.n = (size_t)(p - e->path.p);
	while (p < lim && *p == ':') {
		name = ++p;
		while (p < lim && isalpha((unsigned char)*p))
			p++;
		namelen = (size_t)(p - name);
		if (p >= lim || *p != '(' || !(close = arg_end(p + 1, lim))) {
			e->bad = "a filter needs a closed (argument)";
			break;
		}
		if (namelen == 4 && memcmp(name, "each", 4) == 0) {
			e->each = (struct span){ p + 1, (size_t)(close - p - 1) };
			e->has_each = 1;
		} else if (namelen == 4 && memcmp(name, "join", 4) == 0) {
			e->join = (struct span){ p + 1, (size_t)(close - p - 1) };
			e->has_join = 1;
		} else if (!e->bad)
			e->bad = "unknown filter (each and join are known)";
		p = close + 1;
	}
	if (p < lim && *p == '}' && !e->bad) {
		e->end = p + 1;
		return 0;
	}
	if (!e->bad)
		e->bad = "not a path";
	if (!(close = brace_end(start, lim)))
		return -1;
	e->end = close + 1;
	return 0;
}

/* Filter arguments take \n \t \\ \( \); other backslashes stay. */
static void
unescape(struct span s, struct sdc_buf *b)
{
	size_t i;
	char c;

	for (i = 0; i < s.n; i++) {
		c = s.p[i];
		if (c == '\\' && i + 1 < s.n) {
			switch (s.p[i + 1]) {
			case 'n': c = '\n'; i++; break;
			case 't': c = '\t'; i++; break;
			case '\\': case '(': case ')': c = s.p[++i]; break;
			default: break;
			}
		}
		sdc_buf_addc(b, c);
	}
}

static json_object *
resolve(json_object *v, const char *p, size_t n)
{
	const char *seg, *end = p + n;
	size_t len;
	char key[256];
	char *num_end;
	long idx;

	while (v && p < end) {
		seg = p;
		while (p < end && *p != '.')
			p++;
		len = (size_t)(p - seg);
		if (p < end)
			p++;
		if (len == 0)
			continue;
		if (len >= sizeof(key))
			return NULL;
		memcpy(key, seg, len);
		key[len] = '\0';
		if (json_object_is_type(v, json_type_object)) {
			v = json_object_object_get(v, key);
		} else if (json_object_is_type(v, json_type_array)) {
			idx = strtol(key, &num_end, 10);
			if (*num_end || idx < 0 ||
			    (size_t)idx >= json_object_array_length(v))
				return NULL;
			v = json_object_array_get_idx(v, (size_t)idx);
		} else
			return NULL;
	}
	return v;
}

static void
put_scalar(struct sdc_buf *out, json_object *v)
{
	switch (json_object_get_type(v)) {
	case json_type_null:
		break;
	case json_type_string:
		sdc_buf_add(out, json_object_get_string(v),
		    (size_t)json_object_get_string_len(v));
		break;
	default:
		sdc_buf_adds(out, json_object_to_json_string_ext(v,
		    JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE));
	}
}

static void
put_list(struct walk *w, const struct expr *e, json_object *v, int depth)
{
	struct sdc_buf sep = SDC_BUF_INIT, tmpl = SDC_BUF_INIT;
	size_t i, n = 1;
	json_object *elem;
	int isarr = json_object_is_type(v, json_type_array);

	if (e->has_join)
		unescape(e->join, &sep);
	else
		sdc_buf_adds(&sep, e->has_each ? "\n" : ", ");
	if (e->has_each)
		unescape(e->each, &tmpl);
	if (isarr)
		n = json_object_array_length(v);
	for (i = 0; i < n && !full(w); i++) {
		elem = isarr ? json_object_array_get_idx(v, i) : v;
		if (i > 0)
			sdc_buf_add(w->out, sep.p, sep.len);
		if (e->has_each)
			walk(w, tmpl.p ? tmpl.p : "", tmpl.len, elem, depth + 1);
		else
			put_scalar(w->out, elem);
	}
	sdc_buf_free(&sep);
	sdc_buf_free(&tmpl);
}

static void
render_expr(struct walk *w, const struct expr *e, json_object *cur, int depth)
{
	json_object *v;

	if (e->bad)
		return;
	if (e->path.n == 1 && e->path.p[0] == '.')
		v = cur;
	else if (!(v = resolve(cur, e->path.p, e->path.n)))
		v = resolve(w->root, e->path.p, e->path.n);
	if (!v || e->path.n == 0)
		return;
	if (e->has_each || json_object_is_type(v, json_type_array))
		put_list(w, e, v, depth);
	else
		put_scalar(w->out, v);
}

/* A problem inside an each() argument is reported at the expression
 * holding it: the argument is checked as a separate (unescaped) string. */
static void
check_expr(struct walk *w, const struct expr *e, int depth)
{
	struct sdc_buf tmpl = SDC_BUF_INIT;
	struct walk sub = { NULL, NULL, NULL, 0, NULL };

	if (!e->bad && e->path.n > 0 && e->has_each) {
		unescape(e->each, &tmpl);
		sub.base = tmpl.p ? tmpl.p : "";
		walk(&sub, sub.base, tmpl.len, NULL, depth + 1);
		sdc_buf_free(&tmpl);
	}
	if (e->bad || e->path.n == 0 || sub.err) {
		w->err = e->bad ? e->bad : e->path.n == 0 ? "empty {}" : sub.err;
		w->errpos = (size_t)(e->path.p - 1 - w->base);
	}
}

static void
walk(struct walk *w, const char *t, size_t n, json_object *cur, int depth)
{
	const char *p = t, *lim = t + n;
	struct expr e;

	if (depth > MAX_DEPTH) {
		if (!w->out && !w->err)
			w->err = "each() nested too deep";
		return;
	}
	while (p < lim && !w->err && !full(w)) {
		if ((*p == '{' || *p == '}') && p + 1 < lim && p[1] == *p) {
			if (w->out)
				sdc_buf_addc(w->out, *p);
			p += 2;
		} else if (*p == '{' && parse_expr(p + 1, lim, &e) == 0) {
			if (w->out)
				render_expr(w, &e, cur, depth);
			else
				check_expr(w, &e, depth);
			p = e.end;
		} else {
			if (*p == '{' && !w->out) {
				w->err = "'{' is never closed (write {{ for a brace)";
				w->errpos = (size_t)(p - w->base);
			}
			if (w->out)
				sdc_buf_addc(w->out, *p);
			p++;
		}
	}
}

char *
sdc_template_render(const char *tmpl, json_object *root, size_t *len)
{
	return sdc_template_render_max(tmpl, root, len, SDC_TEMPLATE_MAX);
}

char *
sdc_template_render_max(const char *tmpl, json_object *root, size_t *len, size_t max)
{
	struct sdc_buf out = SDC_BUF_INIT;
	struct walk w = { root, &out, NULL, 0, tmpl };

	out.max = max;

	walk(&w, tmpl, strlen(tmpl), root, 0);
	if (len)
		*len = out.len;
	return sdc_buf_take(&out);
}

int
sdc_template_check(const char *tmpl, char *why, size_t n)
{
	struct walk w = { NULL, NULL, NULL, 0, tmpl };

	walk(&w, tmpl, strlen(tmpl), NULL, 0);
	if (!w.err)
		return 0;
	snprintf(why, n, "at offset %zu: %s", w.errpos, w.err);
	return -1;
}
