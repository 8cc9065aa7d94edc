/* syncro - Syncro RMM API v1 data.  See syncro.h. */
#include "syncro.h"
#include "diag.h"
#include "jsonl.h"
#include "session.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Syncro sends integers, but a hand-edited or re-serialised file may carry
 * them as strings ("number" is a string in one SDK); accept both. */
static long long
int_of(json_object *v, long long def)
{
	const char *s;
	char *end;
	long long n;

	if (json_object_is_type(v, json_type_int))
		return json_object_get_int64(v);
	if (!json_object_is_type(v, json_type_string))
		return def;
	s = json_object_get_string(v);
	n = strtoll(s, &end, 10);
	return end != s && *end == '\0' ? n : def;
}

long long
sdc_syncro_id(json_object *obj)
{
	long long id = int_of(sdc_json_get(obj, "id"), -1);

	return id >= 0 ? id : -1;
}

int
sdc_syncro_page_parse(const char *body, size_t len, const char *key,
    struct sdc_syncro_page *pg, const char **why)
{
	json_object *meta;

	memset(pg, 0, sizeof *pg);
	pg->root = sdc_json_parse(body, len, why);
	if (!pg->root) {
		if (len && (*body == '<' || memmem(body, len, "<html", 5)))
			*why = "an HTML page, not JSON";
		return -1;
	}
	if (!json_object_is_type(pg->root, json_type_object)) {
		*why = "not a JSON object";
		goto bad;
	}
	pg->items = sdc_json_get(pg->root, key);
	if (!json_object_is_type(pg->items, json_type_array)) {
		*why = "no list in the response";
		goto bad;
	}
	meta = sdc_json_get(pg->root, "meta");
	if (json_object_is_type(meta, json_type_object)) {
		pg->has_meta = 1;
		pg->page = (long)int_of(sdc_json_get(meta, "page"), 0);
		pg->total_pages = (long)int_of(sdc_json_get(meta, "total_pages"),
		    0);
	}
	return 0;
bad:
	sdc_syncro_page_free(pg);
	return -1;
}

int
sdc_syncro_page_last(const struct sdc_syncro_page *pg, long asked)
{
	return !pg->has_meta || json_object_array_length(pg->items) == 0 ||
	    asked >= pg->total_pages;
}

void
sdc_syncro_page_free(struct sdc_syncro_page *pg)
{
	json_object_put(pg->root);
	memset(pg, 0, sizeof *pg);
}

static int
nonempty(json_object *obj, const char *key)
{
	const char *s = sdc_json_str(obj, key);

	if (!s)
		return 0;
	s += strspn(s, " ,\t\r\n");
	return *s != '\0';
}

/* Order matters: an SMS can also carry an e-mail sender, and a hidden
 * comment that was e-mailed is still an e-mail.  A subject says nothing
 * about the channel (every comment has one). */
const char *
sdc_syncro_comment_type(json_object *comment)
{
	if (nonempty(comment, "sms_body"))
		return "SMS";
	if (nonempty(comment, "destination_emails") ||
	    nonempty(comment, "email_sender"))
		return "Email";
	if (json_object_get_boolean(sdc_json_get(comment, "hidden")))
		return "PrivateNote";
	return "PublicNote";
}

static int64_t
time_of(json_object *obj, const char *key, struct sdc_tz *tz)
{
	const char *s = sdc_json_str(obj, key);
	int64_t t;

	if (!s || sdc_time_parse(s, tz, 0, &t) != SDC_TIME_OK)
		return SDC_TIME_NONE;
	return t;
}

static void
copy_key(json_object *to, const char *name, json_object *from,
    const char *key)
{
	json_object *v = sdc_json_get(from, key);

	json_object_object_add(to, name, v ? json_object_get(v) : NULL);
}

static json_object *
comment_segment(json_object *c, int64_t fallback, struct sdc_tz *tz,
    const char *where, long long tid)
{
	char key[64];
	json_object *md = json_object_new_object();
	long long cid = sdc_syncro_id(c);
	int64_t t = time_of(c, "created_at", tz);

	if (t == SDC_TIME_NONE) {
		sdc_warn_at(where, 0, "ticket %lld: comment %lld: unreadable "
		    "created_at, using the ticket's", tid, cid);
		t = fallback;
	}
	json_object_object_add(md, "comment_id", cid >= 0 ?
	    json_object_new_int64(cid) : NULL);
	copy_key(md, "user_id", c, "user_id");
	copy_key(md, "subject", c, "subject");
	snprintf(key, sizeof key, "SyncroRMM:comment:%lld", cid);
	return sdc_segment_new(key, t, t, sdc_syncro_comment_type(c),
	    sdc_json_str(c, "tech"), sdc_json_str(c, "body"), md);
}

static void
set_int(json_object *s, const char *key, json_object *ticket,
    const char *tkey)
{
	long long v = int_of(sdc_json_get(ticket, tkey), -1);

	sdc_session_set(s, "context", key, v >= 0 ? json_object_new_int64(v) :
	    NULL);
}

json_object *
sdc_syncro_ticket_session(json_object *ticket, json_object *comments,
    struct sdc_tz *tz, const char *where, const char **why)
{
	char key[64], ident[64];
	json_object *s, *md;
	long long id = sdc_syncro_id(ticket);
	int64_t created;
	size_t i;

	if (!json_object_is_type(ticket, json_type_object) || id < 0) {
		*why = "ticket without an id";
		return NULL;
	}
	created = time_of(ticket, "created_at", tz);
	if (created == SDC_TIME_NONE) {
		created = time_of(ticket, "updated_at", tz);
		if (created == SDC_TIME_NONE) {
			*why = "ticket without a readable created_at or "
			    "updated_at";
			return NULL;
		}
		sdc_warn_at(where, 0, "ticket %lld: unreadable created_at, "
		    "using updated_at", id);
	}
	snprintf(key, sizeof key, "SyncroRMM:ticket:%lld", id);
	s = sdc_session_new("SyncroRMM",  key,
	    sdc_json_get(ticket, "customer_id") ? "Linked" : "Needs Linking");
	snprintf(ident, sizeof ident, "/tickets/%lld", id);
	sdc_session_add_ident(s, ident);
	set_int(s, "customer_id", ticket, "customer_id");
	sdc_session_set_str(s, "context", "customer_name",
	    sdc_json_str(ticket, "customer_business_then_name"));
	set_int(s, "contact_id", ticket, "contact_id");
	sdc_session_set_str(s, "context", "contact_name",
	    sdc_json_str(ticket, "contact_fullname"));
	sdc_session_set_str(s, "insights", "source_title",
	    sdc_json_str(ticket, "subject"));

	md = json_object_new_object();
	copy_key(md, "number", ticket, "number");
	copy_key(md, "problem_type", ticket, "problem_type");
	copy_key(md, "status", ticket, "status");
	copy_key(md, "priority", ticket, "priority");
	copy_key(md, "tag_list", ticket, "tag_list");
	snprintf(key, sizeof key, "SyncroRMM:ticket-creation:%lld", id);
	sdc_session_add_segment(s, sdc_segment_new(key, created, created,
	    "TicketCreation", sdc_json_str(ticket, "creator_name_or_email"),
	    sdc_json_str(ticket, "subject"), md));

	if (!comments)
		comments = sdc_json_get(ticket, "comments");
	for (i = 0; json_object_is_type(comments, json_type_array) &&
	    i < json_object_array_length(comments); i++) {
		json_object *c = json_object_array_get_idx(comments, i);

		if (json_object_is_type(c, json_type_object))
			sdc_session_add_segment(s, comment_segment(c, created,
			    tz, where, id));
	}
	sdc_session_finish(s);
	return s;
}
