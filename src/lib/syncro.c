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

/* --- the link cache --- */

struct sdc_syncro_cache {
	json_object *byid;	/* "id" -> entry, for contacts */
	long n;
};

struct sdc_syncro_cache *
sdc_syncro_cache_new(void)
{
	struct sdc_syncro_cache *c = sdc_xcalloc(1, sizeof *c);

	c->byid = json_object_new_object();
	return c;
}

static void
add_contact(json_object *entry, json_object *ct)
{
	json_object *list = sdc_json_get(entry, "contacts"), *o;
	long long id = sdc_syncro_id(ct);
	size_t i;

	if (id < 0)
		return;
	for (i = 0; i < json_object_array_length(list); i++)
		if (sdc_syncro_id(json_object_array_get_idx(list, i)) == id)
			return;
	o = json_object_new_object();
	json_object_object_add(o, "id", json_object_new_int64(id));
	copy_key(o, "name", ct, "name");
	copy_key(o, "email", ct, "email");
	json_object_array_add(list, o);
}

/* "firstname lastname", either one alone, or NULL. */
static json_object *
person_name(json_object *cust)
{
	const char *f = sdc_json_str(cust, "firstname");
	const char *l = sdc_json_str(cust, "lastname");
	char *s;
	json_object *v;

	f = f && *f ? f : NULL;
	l = l && *l ? l : NULL;
	if (!f && !l)
		return NULL;
	if (asprintf(&s, "%s%s%s", f ? f : "", f && l ? " " : "",
	    l ? l : "") < 0)
		sdc_errx(SDC_EXIT_FATAL, "out of memory");
	v = json_object_new_string(s);
	free(s);
	return v;
}

void
sdc_syncro_cache_customer(struct sdc_syncro_cache *c, json_object *cust)
{
	char k[32];
	json_object *e, *old, *emb, *bn;
	long long id = sdc_syncro_id(cust);
	const char *b = sdc_json_str(cust, "business_name");
	size_t i;

	if (id < 0)
		return;
	snprintf(k, sizeof k, "%lld", id);
	e = json_object_new_object();
	json_object_object_add(e, "id", json_object_new_int64(id));
	bn = b && *b ? json_object_new_string(b) : person_name(cust);
	json_object_object_add(e, "business_name", bn);
	copy_key(e, "firstname", cust, "firstname");
	copy_key(e, "lastname", cust, "lastname");
	copy_key(e, "email", cust, "email");
	if (json_object_object_get_ex(c->byid, k, &old))
		json_object_object_add(e, "contacts", json_object_get(
		    sdc_json_get(old, "contacts")));
	else {
		json_object_object_add(e, "contacts", json_object_new_array());
		c->n++;
	}
	json_object_object_add(c->byid, k, e);
	emb = sdc_json_get(cust, "contacts");
	for (i = 0; json_object_is_type(emb, json_type_array) &&
	    i < json_object_array_length(emb); i++)
		add_contact(e, json_object_array_get_idx(emb, i));
}

int
sdc_syncro_cache_contact(struct sdc_syncro_cache *c, json_object *contact)
{
	char k[32];
	json_object *e;
	long long cid = int_of(sdc_json_get(contact, "customer_id"), -1);

	snprintf(k, sizeof k, "%lld", cid);
	if (cid < 0 || !json_object_object_get_ex(c->byid, k, &e))
		return -1;
	add_contact(e, contact);
	return 0;
}

long
sdc_syncro_cache_count(const struct sdc_syncro_cache *c)
{
	return c->n;
}

static int
by_id(const void *a, const void *b)
{
	long long x = sdc_syncro_id(*(json_object *const *)a);
	long long y = sdc_syncro_id(*(json_object *const *)b);

	return (x > y) - (x < y);
}

void
sdc_syncro_cache_write(struct sdc_syncro_cache *c, FILE *fp)
{
	json_object **v = sdc_xcalloc((size_t)c->n + 1, sizeof *v);
	json_object *list;
	long n = 0, i;
	size_t len;

	json_object_object_foreach(c->byid, k, e) {
		(void)k;
		v[n++] = e;
	}
	qsort(v, (size_t)n, sizeof *v, by_id);
	fputs("[", fp);
	for (i = 0; i < n; i++) {
		list = sdc_json_get(v[i], "contacts");
		json_object_array_sort(list, by_id);
		fprintf(fp, "%s\n%s", i ? "," : "",
		    sdc_json_text(v[i], &len));
	}
	fputs(n ? "\n]\n" : "]\n", fp);
	free(v);
}

void
sdc_syncro_cache_free(struct sdc_syncro_cache *c)
{
	if (!c)
		return;
	json_object_put(c->byid);
	free(c);
}
