/* Unit tests of redact.c: each kind of personal data, the checks that
 * keep look-alikes (dates, times, versions, ids) untouched, and restoring
 * placeholders in an answer. */
#include "check.h"
#include "redact.h"

#include <stdlib.h>

static void
is(const char *descr, const char *in, const char *want)
{
	struct sdc_redact *r = sdc_redact_new();
	char *got = sdc_redact(r, in), *back = sdc_unredact(r, got);

	CHECK_STR(descr, got, want);
	CHECK_STR("round trip", back, in);
	free(got);
	free(back);
	sdc_redact_free(r);
}

int
main(void)
{
	struct sdc_redact *r;
	char *a, *b, *c;

	is("email", "mail alex.ray@globaltech.example.com now",
	    "mail [EMAIL_1] now");
	is("not an email", "user@localhost and a@b", "user@localhost and a@b");
	is("US phone", "call (555) 123-4567.", "call [PHONE_1].");
	is("dotted phone", "call 555.123.4567", "call [PHONE_1]");
	is("international phone", "ring +44 20 7946 0958 please",
	    "ring [PHONE_1] please");
	is("date and time are not phones", "on 2025-01-03 17:43 and 1/3/2025",
	    "on 2025-01-03 17:43 and 1/3/2025");
	is("ticket number is not a phone", "ticket 82012345", "ticket 82012345");
	is("IPv4", "gateway 192.168.1.254, dns 8.8.8.8",
	    "gateway [IP_1], dns [IP_2]");
	is("not an IP", "version 1.2.3 and 300.1.1.1",
	    "version 1.2.3 and 300.1.1.1");
	is("card with Luhn", "card 4111 1111 1111 1111 exp",
	    "card [CARD_1] exp");
	is("card fails Luhn", "card 4111 1111 1111 1112",
	    "card 4111 1111 1111 1112");
	is("SSN", "SSN 123-45-6789.", "SSN [SSN_1].");
	is("not an SSN", "part 666-12-3456", "part 666-12-3456");
	is("password value", "password: hunter2, then", "password: [SECRET_1], then");
	is("pwd=", "pwd=S3cr3t!", "pwd=[SECRET_1]");
	is("the token is", "the token is abc123XYZ", "the token is [SECRET_1]");
	is("quoted api_key", "api_key = \"k-123\"", "api_key = \"[SECRET_1]\"");
	is("OpenAI-looking key", "key sk-proj-abcdefghijklmnop123 here",
	    "key [SECRET_1] here");
	is("AWS key id", "AKIAIOSFODNN7EXAMPLE", "[SECRET_1]");
	is("uuid untouched", "f5b82a1a-c87d-4e9f-8d2a-9e6b3c1f0a9b",
	    "f5b82a1a-c87d-4e9f-8d2a-9e6b3c1f0a9b");
	is("passwords in prose untouched", "reset passwords for users",
	    "reset passwords for users");

	r = sdc_redact_new();
	a = sdc_redact(r, "from a@x.org to b@y.org, cc a@x.org");
	CHECK_STR("same original, same placeholder", a,
	    "from [EMAIL_1] to [EMAIL_2], cc [EMAIL_1]");
	b = sdc_redact(r, "again b@y.org");
	CHECK_STR("numbering spans prompts", b, "again [EMAIL_2]");
	c = sdc_unredact(r, "Wrote to [EMAIL_2] about [EMAIL_9] [x]");
	CHECK_STR("answer restored, unknown left", c,
	    "Wrote to b@y.org about [EMAIL_9] [x]");
	CHECK_INT("two originals", sdc_redact_count(r), 2);
	free(a);
	free(b);
	free(c);
	sdc_redact_free(r);
	return check_done();
}
