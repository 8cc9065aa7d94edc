/* owners - which customer a machine, a contact, an e-mail domain or an
 * earlier session belongs to: the evidence beyond the name.
 *
 *	struct sdc_owners *o = sdc_owners_new();
 *	sdc_owners_add(o, "WKSTN-02", 3);	// customer index 3 has it
 *	sdc_owners_one(o, "wkstn-02");		// 3; -2 when several have it
 *
 * Keys compare case-insensitively (ASCII) with surrounding blanks
 * ignored: machine names and e-mail domains are case-free. */
#ifndef SDC_OWNERS_H
#define SDC_OWNERS_H

#include <stddef.h>
#include <json-c/json.h>

#define SDC_OWNER_NONE (-1L)
#define SDC_OWNER_MANY (-2L)

struct sdc_owners;

struct sdc_owners *sdc_owners_new(void);
void sdc_owners_free(struct sdc_owners *o);
/* owner >= 0: a customer index; SDC_OWNER_MANY marks the key as shared
 * (a conflict remembered).  Adding a second owner makes it shared. */
void sdc_owners_add(struct sdc_owners *o, const char *key, long owner);
/* The one owner of key, SDC_OWNER_NONE, or SDC_OWNER_MANY. */
long sdc_owners_one(const struct sdc_owners *o, const char *key);
/* A key's owners when there are at most SDC_OWNERS_FEW ("SM2-WS05" at
 * two businesses whose names begin alike): their number, into out;
 * 0 for none or more. */
#define SDC_OWNERS_FEW 3
size_t sdc_owners_few(const struct sdc_owners *o, const char *key, long *out);
/* How many customers have the key (a role machine's, "XRAY": the
 * chance that a customer has it); a customer's keys are added together. */
size_t sdc_owners_many(const struct sdc_owners *o, const char *key);
/* Every key with its owner, in the order first added. */
size_t sdc_owners_count(const struct sdc_owners *o);
const char *sdc_owners_key(const struct sdc_owners *o, size_t i, long *owner);

/* What a session carries that may have been seen before: its machine
 * (GuestMachineName in a segment's metadata, else the machine of
 * "Connected to machine: NAME", ScreenConnect's SessionName), its
 * ScreenConnect session id, its SillyTavern chat ("st_chat_id:..." in
 * context.links), its technician (the author of a segment whose
 * metadata.process_type is "Host").  Pointers into the session, or
 * NULL. */
struct sdc_session_keys {
	const char *machine, *sc_session, *chat, *host;
};
void sdc_session_keys(json_object *session, struct sdc_session_keys *k);

/* The domain of an e-mail address ("a@Example.com" -> "Example.com"),
 * NULL when it is none or a public mail provider's (gmail.com...), which
 * says nothing about a business. */
const char *sdc_mail_domain(const char *address);

#endif
