/* notes - see notes.h. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "file.h"
#include "grow.h"
#include "jsonl.h"
#include "notes.h"
#include "session.h"

#define MAX_DOC (256UL << 20)

/* One element of a top-level array, with its text for --reject. */
typedef void item_fn(struct notes *n, json_object *item, size_t index,
    const char *raw, size_t rawlen);

/* A string member; numbers are taken as text, other types reported. */
static const char *
member(struct notes *n, json_object *obj, const char *key, const char *path)
{
	json_object *v = sdc_json_get(obj, key);

	if (!v || json_object_is_type(v, json_type_null))
		return NULL;
	if (json_object_is_type(v, json_type_string))
		return json_object_get_string(v);
	if (json_object_is_type(v, json_type_int))
		return json_object_get_string(v);
	sdc_warn_at(n->file, 0, "%s/%s: not a string; ignored", path, key);
	return NULL;
}

static const char *
nonempty(const char *s)
{
	return s && *s ? s : NULL;
}

/* The date at obj.date; SDC_TIME_NONE when empty (silently) or bad (said). */
static int64_t
date_of(struct notes *n, json_object *obj, const char *path)
{
	const char *s = member(n, obj, "date", path);
	int64_t t;
	int rc;

	if (!s)
		return SDC_TIME_NONE;
	rc = sdc_time_parse(s, n->tz, n->time_flags, &t);
	if (rc == SDC_TIME_BAD)
		sdc_warn_at(n->file, 0, "%s/date: unparseable date \"%s\"", path, s);
	return rc == SDC_TIME_OK ? t : SDC_TIME_NONE;
}

/* An array member, or NULL (reported when present with another type). */
static json_object *
array_of(struct notes *n, json_object *obj, const char *key, const char *path)
{
	json_object *v = sdc_json_get(obj, key);

	if (!v || json_object_is_type(v, json_type_null))
		return NULL;
	if (!json_object_is_type(v, json_type_array)) {
		sdc_warn_at(n->file, 0, "%s/%s: not an array; ignored", path, key);
		return NULL;
	}
	return v;
}

/* The earliest dated note or to-do: the fallback for an undated ticket. */
static int64_t
earliest_item_date(struct notes *n, json_object *const lists[2], const char *path)
{
	static const char *const names[] = { "notes", "to-do" };
	char ipath[256];
	int64_t best = SDC_TIME_NONE, t;
	json_object *arr;
	size_t i, l;

	for (l = 0; l < 2; l++) {
		arr = lists[l];
		for (i = 0; arr && i < json_object_array_length(arr); i++) {
			snprintf(ipath, sizeof(ipath), "%s/%s/%zu", path, names[l], i);
			t = date_of(n, json_object_array_get_idx(arr, i), ipath);
			if (t != SDC_TIME_NONE && (best == SDC_TIME_NONE || t < best))
				best = t;
		}
	}
	return best;
}

static void
keep(struct notes *n, json_object *s)
{
	n->out = sdc_grow(n->out, &n->capout, n->nout + 1, sizeof(*n->out));
	n->out[n->nout].s = s;
	n->out[n->nout].start = sdc_json_time(sdc_json_get(s, "insights"), "session_start_time_utc");
	n->out[n->nout].index = n->nout;
	n->nout++;
}

static json_object *
order_md(json_object *item)
{
	json_object *md = json_object_new_object(), *v = sdc_json_get(item, "order");

	json_object_object_add(md, "order", json_object_get(v));
	v = sdc_json_get(item, "completed");
	if (v)
		json_object_object_add(md, "completed", json_object_get(v));
	return md;
}

/* Notes or to-dos of a ticket as segments; an undated item takes the
 * ticket's date. */
static void
add_items(struct notes *n, json_object *s, json_object *arr, const char *path,
    const char *idkey, int64_t ticket_date, const char *contact, int todo)
{
	const char *list = todo ? "to-do" : "notes";
	json_object *item;
	char ipath[256], key[1100], *content;
	size_t clen;
	const char *text, *user;
	int64_t t;
	size_t i;

	for (i = 0; arr && i < json_object_array_length(arr); i++) {
		item = json_object_array_get_idx(arr, i);
		snprintf(ipath, sizeof(ipath), "%s/%s/%zu", path, list, i);
		if (!json_object_is_type(item, json_type_object)) {
			sdc_warn_at(n->file, 0, "%s: not an object; ignored", ipath);
			sdc_count("items ignored", 1);
			continue;
		}
		t = date_of(n, item, ipath);
		if (t == SDC_TIME_NONE)
			t = ticket_date;
		text = member(n, item, todo ? "task" : "note", ipath);
		user = nonempty(member(n, item, "user", ipath));
		snprintf(key, sizeof(key), "%s:%s:%zu", idkey, todo ? "todo" : "note", i);
		if (todo) {
			clen = strlen(text ? text : "") + 8;
			content = sdc_xmalloc(clen);
			snprintf(content, clen, "To-Do: %s", text ? text : "");
		} else
			content = sdc_xstrdup(text ? text : "");
		sdc_session_add_segment(s, sdc_segment_new(key, t, t, todo ? "TicketToDo" : "TicketNote",
		    todo ? user : user ? user : contact, content, order_md(item)));
		free(content);
	}
}

/* Status and priority go into the earliest segment (the original dropped them). */
static void
add_ticket_fields(struct notes *n, json_object *s, json_object *ticket,
    const char *path, const char *number)
{
	json_object *segs = sdc_json_get(s, "segments"), *md;

	if (json_object_array_length(segs) == 0)
		return;
	md = sdc_json_get(json_object_array_get_idx(segs, 0), "metadata");
	sdc_json_add_str(md, "ticket_number", number);
	sdc_json_add_str(md, "status", member(n, ticket, "status", path));
	sdc_json_add_str(md, "priority", member(n, ticket, "priority", path));
}

static void
ticket(struct notes *n, json_object *t, size_t index, const char *raw,
    size_t rawlen)
{
	char path[64], idkey[1024], segkey[1100];
	const char *number, *subject, *contact, *issue;
	int64_t date;
	json_object *s, *lists[2];

	snprintf(path, sizeof(path), "/tickets/%zu", index);
	sdc_stats.read++;
	if (!json_object_is_type(t, json_type_object)) {
		sdc_reject(n->file, 0, "%s: not an object", path);
		sdc_reject_write(raw, rawlen);
		return;
	}
	lists[0] = array_of(n, t, "notes", path);
	lists[1] = array_of(n, t, "to-do", path);
	number = nonempty(member(n, t, "ticketNumber", path));
	subject = member(n, t, "subject", path);
	contact = nonempty(member(n, t, "contact", path));
	date = date_of(n, t, path);
	if (date == SDC_TIME_NONE) {
		date = earliest_item_date(n, lists, path);
		if (date == SDC_TIME_NONE) {
			sdc_reject(n->file, 0, "%s: no usable date in the ticket or its notes", path);
			sdc_reject_write(raw, rawlen);
			return;
		}
		sdc_warn_at(n->file, 0, "%s: no ticket date; using its earliest note date", path);
	}
	if (number)
		snprintf(idkey, sizeof(idkey), "notes.json:ticket:%s", number);
	else {
		snprintf(idkey, sizeof(idkey), "notes.json:ticket-index:%zu:%s", index,
		    subject ? subject : "");
		sdc_warn_at(n->file, 0, "%s: ticket has no ticketNumber; kept, id from index and subject",
		    path);
	}
	s = sdc_session_new("notes.json", idkey, "Needs Linking");
	sdc_session_add_ident(s, n->file);
	sdc_session_add_ident(s, path);
	sdc_session_set_str(s, "context", "customer_name", nonempty(member(n, t, "customer", path)));
	sdc_session_set_str(s, "context", "contact_name", contact);
	sdc_session_set_str(s, "insights", "source_title", subject);
	issue = nonempty(member(n, t, "initial_issue", path));
	if (issue || (!lists[0] && !lists[1])) {
		/* A ticket with nothing else still needs a segment to carry its time. */
		snprintf(segkey, sizeof(segkey), "%s:initial", idkey);
		sdc_session_add_segment(s, sdc_segment_new(segkey, date, date,
		    "TicketInitialIssue", contact, issue ? issue : subject, NULL));
	}
	add_items(n, s, lists[0], path, idkey, date, contact, 0);
	add_items(n, s, lists[1], path, idkey, date, contact, 1);
	sdc_session_finish(s);
	add_ticket_fields(n, s, t, path, number);
	keep(n, s);
}

static void
standalone_todo(struct notes *n, json_object *t, size_t index, const char *raw,
    size_t rawlen)
{
	char path[64], key[2048], segkey[2100];
	const char *subject, *task, *customer, *contact, *datestr;
	int64_t date;
	json_object *s, *md;

	snprintf(path, sizeof(path), "/toDoItems/%zu", index);
	sdc_stats.read++;
	if (!json_object_is_type(t, json_type_object)) {
		sdc_reject(n->file, 0, "%s: not an object", path);
		sdc_reject_write(raw, rawlen);
		return;
	}
	date = date_of(n, t, path);
	if (date == SDC_TIME_NONE) {
		sdc_reject(n->file, 0, "%s: no usable date", path);
		sdc_reject_write(raw, rawlen);
		return;
	}
	subject = member(n, t, "subject", path);
	task = member(n, t, "task", path);
	customer = nonempty(member(n, t, "customer", path));
	contact = nonempty(member(n, t, "contact", path));
	datestr = member(n, t, "date", path);
	/* No id in the source: the item's own content is its stable key. */
	snprintf(key, sizeof(key), "notes.json:todo:%s|%s|%s|%s", datestr ? datestr : "",
	    customer ? customer : "", subject ? subject : "", task ? task : "");
	s = sdc_session_new("notes.json", key, "Needs Linking");
	sdc_session_add_ident(s, n->file);
	sdc_session_add_ident(s, path);
	sdc_session_set_str(s, "context", "customer_name", customer);
	sdc_session_set_str(s, "context", "contact_name", contact);
	sdc_session_set_str(s, "insights", "source_title", subject);
	md = json_object_new_object();
	if (sdc_json_get(t, "completed"))
		json_object_object_add(md, "completed", json_object_get(sdc_json_get(t, "completed")));
	snprintf(segkey, sizeof(segkey), "%s:item", key);
	sdc_session_add_segment(s, sdc_segment_new(segkey, date, date, "StandaloneToDo", contact,
	    task ? task : "", md));
	sdc_session_finish(s);
	keep(n, s);
}

static void
each(struct notes *n, json_object *doc, const char *key, item_fn *fn)
{
	json_object *arr = array_of(n, doc, key, ""), *item;
	const char *raw;
	size_t i, len;

	for (i = 0; arr && i < json_object_array_length(arr); i++) {
		item = json_object_array_get_idx(arr, i);
		raw = sdc_json_text(item, &len);
		fn(n, item, i, raw, len);
	}
}

void
notes_read(struct notes *n, const char *path)
{
	const char *why;
	size_t len, where;
	char *data;
	json_object *doc;

	n->file = path;
	data = sdc_file_read(path, MAX_DOC, &len);
	if (!data) {
		sdc_stats.read++;
		if (errno == EFBIG)
			sdc_reject(path, 0, "over the %lu MiB limit", MAX_DOC >> 20);
		else
			sdc_reject(path, 0, "%s", strerror(errno));
		return;
	}
	doc = sdc_json_parse_doc(data, len, &why, &where);
	if (!doc || !json_object_is_type(doc, json_type_object)) {
		sdc_stats.read++;
		if (doc)
			sdc_reject(path, 0, "not a notes.json document (want an object with \"tickets\")");
		else
			sdc_reject(path, sdc_text_line(data, where), "%s", why);
		sdc_reject_write(data, len);
	} else {
		if (!sdc_json_get(doc, "tickets") && !sdc_json_get(doc, "toDoItems"))
			sdc_warn_at(path, 0, "neither \"tickets\" nor \"toDoItems\": nothing to convert");
		each(n, doc, "tickets", ticket);
		each(n, doc, "toDoItems", standalone_todo);
	}
	json_object_put(doc);
	free(data);
}

static int
by_start(const void *a, const void *b)
{
	const struct notes_session *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}


void
notes_sort(struct notes *n)
{
	if (n->nout)
		qsort(n->out, n->nout, sizeof(*n->out), by_start);
}

void
notes_clear(struct notes *n)
{
	size_t i;

	for (i = 0; i < n->nout; i++)
		json_object_put(n->out[i].s);
	n->nout = 0;
}

void
notes_free(struct notes *n)
{
	notes_clear(n);
	free(n->out);
	n->out = NULL;
	n->capout = 0;
}
