/* owners - keys (machines, contacts, domains, sessions) to the customer
 * that owns them.  See owners.h. */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "hmap.h"
#include "jsonl.h"
#include "owners.h"

struct entry {
	char *key;		/* trimmed, lower case */
	long owner;
	long few[SDC_OWNERS_FEW];	/* its owners, while they are few */
	size_t nfew;		/* SDC_OWNERS_FEW + 1: more */
	size_t nown;		/* how many owners it has (sdc_owners_many) */
	long last;		/* the owner added last: a customer's keys */
};				/* come together */

struct sdc_owners {
	struct entry *e;
	size_t n, cap;
	struct sdc_hmap map;
};

struct sdc_owners *
sdc_owners_new(void)
{
	return sdc_xcalloc(1, sizeof(struct sdc_owners));
}

void
sdc_owners_free(struct sdc_owners *o)
{
	size_t i;

	if (o == NULL)
		return;
	for (i = 0; i < o->n; i++)
		free(o->e[i].key);
	free(o->e);
	sdc_hmap_free(&o->map);
	free(o);
}

/* The key as compared: blanks trimmed, ASCII lower case. */
static char *
fold(const char *s)
{
	size_t n;
	char *k, *p;

	while (isspace((unsigned char)*s))
		s++;
	n = strlen(s);
	while (n > 0 && isspace((unsigned char)s[n - 1]))
		n--;
	k = sdc_xstrndup(s, n);
	for (p = k; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	return k;
}

static struct entry *
find(const struct sdc_owners *o, const char *k)
{
	size_t it = 0;
	uint32_t v;

	while (sdc_hmap_find(&o->map, sdc_hash(k, strlen(k)), &it, &v))
		if (strcmp(o->e[v].key, k) == 0)
			return &o->e[v];
	return NULL;
}

/* One more owner of e (SDC_OWNER_MANY: too many to list). */
static void
add_few(struct entry *e, long owner)
{
	size_t i;

	for (i = 0; i < e->nfew && i < SDC_OWNERS_FEW; i++)
		if (e->few[i] == owner)
			return;
	if (e->nfew > SDC_OWNERS_FEW && e->last == owner)
		return;
	e->last = owner;
	e->nown++;
	if (owner < 0 || e->nfew >= SDC_OWNERS_FEW)
		e->nfew = SDC_OWNERS_FEW + 1;
	else
		e->few[e->nfew++] = owner;
}

void
sdc_owners_add(struct sdc_owners *o, const char *key, long owner)
{
	char *k = fold(key);
	struct entry *e;

	if (*k == '\0') {
		free(k);
		return;
	}
	if ((e = find(o, k)) != NULL) {
		if (e->owner != owner)
			e->owner = SDC_OWNER_MANY;
		add_few(e, owner);
		free(k);
		return;
	}
	if (o->n == o->cap) {
		o->cap = o->cap ? 2 * o->cap : 64;
		o->e = sdc_xrealloc(o->e, o->cap * sizeof(*o->e));
	}
	o->e[o->n].key = k;
	o->e[o->n].owner = owner;
	o->e[o->n].nfew = 0;
	o->e[o->n].nown = 0;
	o->e[o->n].last = SDC_OWNER_NONE;
	add_few(&o->e[o->n], owner);
	sdc_hmap_put(&o->map, sdc_hash(k, strlen(k)), (uint32_t)o->n++);
}

/* The entry of key as typed (folded first), or NULL. */
static struct entry *
lookup(const struct sdc_owners *o, const char *key)
{
	char *k;
	struct entry *e;

	if (key == NULL)
		return NULL;
	k = fold(key);
	e = find(o, k);
	free(k);
	return e;
}

long
sdc_owners_one(const struct sdc_owners *o, const char *key)
{
	struct entry *e = lookup(o, key);

	return e ? e->owner : SDC_OWNER_NONE;
}

size_t
sdc_owners_few(const struct sdc_owners *o, const char *key, long *out)
{
	struct entry *e = lookup(o, key);

	if (e == NULL || e->nfew > SDC_OWNERS_FEW)
		return 0;
	memcpy(out, e->few, e->nfew * sizeof(*out));
	return e->nfew;
}

size_t
sdc_owners_many(const struct sdc_owners *o, const char *key)
{
	struct entry *e = lookup(o, key);

	return e ? e->nown : 0;
}

size_t
sdc_owners_count(const struct sdc_owners *o)
{
	return o->n;
}

const char *
sdc_owners_key(const struct sdc_owners *o, size_t i, long *owner)
{
	*owner = o->e[i].owner;
	return o->e[i].key;
}

/* A segment's machine: GuestMachineName where the source kept it, else
 * the name after "Connected to machine: ". */
static const char *
segment_machine(json_object *seg)
{
	static const char prefix[] = "Connected to machine: ";
	json_object *md = sdc_json_get(seg, "metadata");
	const char *m = sdc_json_str(md, "guest_machine_name"), *c;

	if (m == NULL)
		m = sdc_json_str(md, "GuestMachineName");
	if (m && *m)
		return m;
	c = sdc_json_str(seg, "content");
	if (c && strncmp(c, prefix, sizeof(prefix) - 1) == 0 &&
	    c[sizeof(prefix) - 1] != '\0')
		return c + sizeof(prefix) - 1;
	return NULL;
}

/* A segment's technician: its author, when ScreenConnect's process type
 * says the MSP's side ("Host"; the customer's is "Guest"). */
static const char *
segment_host(json_object *seg)
{
	const char *pt = sdc_json_str(sdc_json_get(seg, "metadata"),
	    "process_type"), *a;

	if (pt == NULL || strcasecmp(pt, "Host") != 0)
		return NULL;
	a = sdc_json_str(seg, "author");
	return a && *a ? a : NULL;
}

void
sdc_session_keys(json_object *s, struct sdc_session_keys *k)
{
	json_object *segs = sdc_json_get(s, "segments"),
	    *links = sdc_json_get(sdc_json_get(s, "context"), "links");
	size_t i, n;

	memset(k, 0, sizeof(*k));
	n = json_object_is_type(segs, json_type_array) ?
	    json_object_array_length(segs) : 0;
	for (i = 0; i < n && (!k->machine || !k->sc_session || !k->host);
	    i++) {
		json_object *seg = json_object_array_get_idx(segs, i);

		if (!k->host)
			k->host = segment_host(seg);
		if (!k->machine)
			k->machine = segment_machine(seg);
		if (!k->sc_session)
			k->sc_session = sdc_json_str(sdc_json_get(seg,
			    "metadata"), "session_id");
	}
	n = json_object_is_type(links, json_type_array) ?
	    json_object_array_length(links) : 0;
	for (i = 0; i < n && !k->chat; i++) {
		const char *l = json_object_get_string(
		    json_object_array_get_idx(links, i));

		if (l && strncmp(l, "st_chat_id:", 11) == 0 && l[11])
			k->chat = l + 11;
	}
}

const char *
sdc_mail_domain(const char *a)
{
	static const char *const pub[] = { "gmail.com", "googlemail.com",
	    "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com",
	    "icloud.com", "me.com", "aol.com", "proton.me", "protonmail.com",
	    "gmx.com", "comcast.net", "verizon.net", "att.net", NULL };
	const char *d = a ? strrchr(a, '@') : NULL;
	size_t i;

	if (d == NULL || d == a || strchr(++d, '.') == NULL)
		return NULL;
	for (i = 0; pub[i]; i++)
		if (strcasecmp(d, pub[i]) == 0)
			return NULL;
	return d;
}
