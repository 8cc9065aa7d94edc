/* Unit tests of the pure parts of http.c: Retry-After, backoff, the token
 * bucket, redaction and server messages.  The network half is tested
 * end to end against tests/fakes/syncro_fake.py (tests/cli/). */
#include "check.h"
#include "http.h"

#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>

static void
test_retry_after(void)
{
	/* Sun, 06 Nov 1994 08:49:37 GMT = 784111777 */
	int64_t now = 784111777000LL;

	CHECK_INT("delta seconds", sdc_http_retry_after_ms("120", now), 120000);
	CHECK_INT("blanks around", sdc_http_retry_after_ms(" 7 ", now), 7000);
	CHECK_INT("zero", sdc_http_retry_after_ms("0", now), 0);
	CHECK_INT("IMF date 30 s ahead", sdc_http_retry_after_ms(
	    "Sun, 06 Nov 1994 08:50:07 GMT", now), 30000);
	CHECK_INT("RFC 850 date", sdc_http_retry_after_ms(
	    "Sunday, 06-Nov-94 08:49:47 GMT", now), 10000);
	CHECK_INT("date in the past = now", sdc_http_retry_after_ms(
	    "Sun, 06 Nov 1994 08:00:00 GMT", now), 0);
	CHECK_INT("garbage", sdc_http_retry_after_ms("soon", now), -1);
	CHECK_INT("number with junk", sdc_http_retry_after_ms("5s", now), -1);
	CHECK_INT("negative", sdc_http_retry_after_ms("-5", now), -1);
	CHECK_INT("absent", sdc_http_retry_after_ms(NULL, now), -1);
	CHECK("huge is clamped, not overflowed",
	    sdc_http_retry_after_ms("99999999999999999999", now) > 0);
}

static void
test_backoff(void)
{
	CHECK_INT("first retry, r=0: half of base",
	    sdc_http_backoff_ms(1, 1000, 60000, 0.0), 500);
	CHECK_INT("first retry, r~1: about base",
	    sdc_http_backoff_ms(1, 1000, 60000, 0.999), 999);
	CHECK_INT("third retry doubles twice",
	    sdc_http_backoff_ms(3, 1000, 60000, 0.0), 2000);
	CHECK_INT("capped", sdc_http_backoff_ms(10, 1000, 5000, 0.0), 2500);
	CHECK_INT("cap holds with jitter",
	    sdc_http_backoff_ms(10, 1000, 5000, 0.999) <= 5000, 1);
	CHECK_INT("no overflow at n=200",
	    sdc_http_backoff_ms(200, 1000, 60000, 0.5), 45000);
}

static void
test_bucket(void)
{
	struct sdc_bucket b;
	int64_t t = 1000;
	int i, taken;

	sdc_bucket_init(&b, 60, 1, t);	/* one per second */
	CHECK_INT("first token at once", sdc_bucket_take(&b, t), 0);
	CHECK_INT("second waits a second", sdc_bucket_take(&b, t), 1000);
	CHECK_INT("still waiting at +400", sdc_bucket_take(&b, t + 400), 600);
	CHECK_INT("granted at +1000", sdc_bucket_take(&b, t + 1000), 0);
	/* an idle minute does not buy a burst beyond the bucket size */
	t += 61000;
	CHECK_INT("after idling: one", sdc_bucket_take(&b, t), 0);
	CHECK("then waits again", sdc_bucket_take(&b, t) > 0);

	sdc_bucket_init(&b, 150, 1, 0);
	for (taken = 0, t = 0; t < 60000; t++)
		if (sdc_bucket_take(&b, t) == 0)
			taken++;
	CHECK_INT("150/min: 150 in one minute, polled every ms", taken, 150);

	sdc_bucket_init(&b, 600, 5, 0);
	for (taken = 0, i = 0; i < 10; i++)
		if (sdc_bucket_take(&b, 0) == 0)
			taken++;
	CHECK_INT("burst 5 at once", taken, 5);

	sdc_bucket_init(&b, 0, 0, 0);
	CHECK_INT("rate 0 = unlimited", sdc_bucket_take(&b, 0) +
	    sdc_bucket_take(&b, 0), 0);
}

static void
test_redact(void)
{
	char out[256];

	CHECK_STR("bearer keeps scheme", sdc_http_redact_header(
	    "Authorization: Bearer T1234-abcd", out, sizeof out),
	    "Authorization: Bearer ***");
	CHECK_STR("raw token", sdc_http_redact_header(
	    "authorization: T1234-abcd", out, sizeof out),
	    "authorization: ***");
	CHECK_STR("gemini key", sdc_http_redact_header(
	    "x-goog-api-key: AIzaXYZ", out, sizeof out), "x-goog-api-key: ***");
	CHECK_STR("anthropic key", sdc_http_redact_header(
	    "X-Api-Key: sk-ant", out, sizeof out), "X-Api-Key: ***");
	CHECK_STR("other header untouched", sdc_http_redact_header(
	    "Accept: application/json", out, sizeof out),
	    "Accept: application/json");
	CHECK_STR("Authorization-ish name untouched", sdc_http_redact_header(
	    "Authorization-Hint: x", out, sizeof out), "Authorization-Hint: x");
	CHECK_STR("url api_key", sdc_http_redact_url(
	    "/tickets?api_key=SECRET&page=2", out, sizeof out),
	    "/tickets?api_key=***&page=2");
	CHECK_STR("url key last, fragment kept", sdc_http_redact_url(
	    "https://h/v1?alt=sse&key=AIza#x", out, sizeof out),
	    "https://h/v1?alt=sse&key=***#x");
	CHECK_STR("url without query", sdc_http_redact_url(
	    "/customers", out, sizeof out), "/customers");
	CHECK_STR("monkey= is not key=", sdc_http_redact_url(
	    "/x?monkey=1", out, sizeof out), "/x?monkey=1");
	sdc_http_redact_header("Authorization: Bearer 0123456789abcdef", out, 12);
	CHECK("truncation never leaks the secret", !strstr(out, "0123"));
}

static void
test_server_message(void)
{
	char out[128];
	const char *b;

	b = "{\"error\":\"Not authorized. Please ask account admin.\"}";
	CHECK_STR("error string", sdc_http_server_message(b, strlen(b), out,
	    sizeof out), "Not authorized. Please ask account admin.");
	b = "{\"success\":false,\"message\":[\"Body can't be blank\","
	    "\"Subject can't be blank\"]}";
	CHECK_STR("message array", sdc_http_server_message(b, strlen(b), out,
	    sizeof out), "Body can't be blank; Subject can't be blank");
	b = "{\"errors\":{\"mute_for\":[\"is invalid\"]}}";
	CHECK_STR("errors object", sdc_http_server_message(b, strlen(b), out,
	    sizeof out), "mute_for: is invalid");
	b = "{\"error\":{\"code\":429,\"message\":\"Quota exceeded\"}}";
	CHECK_STR("nested error.message", sdc_http_server_message(b, strlen(b),
	    out, sizeof out), "Quota exceeded");
	b = "<html><head><title>502 Bad Gateway</title></head></html>";
	CHECK_STR("HTML title", sdc_http_server_message(b, strlen(b), out,
	    sizeof out), "502 Bad Gateway");
	b = "Retry later\n";
	CHECK_STR("plain text", sdc_http_server_message(b, strlen(b), out,
	    sizeof out), "Retry later");
	CHECK_STR("empty", sdc_http_server_message("", 0, out, sizeof out), "");
	{
		/* not NUL-terminated: ASan catches any read past len */
		char *nt = malloc(10);

		memcpy(nt, "<title>abc", 10);
		CHECK_STR("unterminated title, no overread",
		    sdc_http_server_message(nt, 10, out, sizeof out),
		    "<title>abc");
		free(nt);
	}
}

/* Issue 12, defect 8: every configured secret, anywhere in a line. */
static void
test_secrets(void)
{
	char *r;

	r = sdc_http_redact("no secret yet: sk-abc123");
	CHECK_STR("nothing registered: unchanged", r, "no secret yet: sk-abc123");
	free(r);
	CHECK_INT("dumpable before a key", prctl(PR_GET_DUMPABLE), 1);
	sdc_http_secret("sk-abc123");
	sdc_http_secret("ab");	/* too short to redact */
	CHECK_INT("not dumpable while a key is held", prctl(PR_GET_DUMPABLE), 0);
	r = sdc_http_redact("HTTP 401: Invalid token: Bearer sk-abc123 (sk-abc123)");
	CHECK_STR("every occurrence", r, "HTTP 401: Invalid token: Bearer *** (***)");
	free(r);
	r = sdc_http_redact("GET https://amy:pa55w0rd@h.example/x?key=sk-abc123: ab");
	CHECK_STR("URL userinfo and the key in a query", r,
	    "GET https://***@h.example/x?key=***: ab");
	free(r);
	r = sdc_http_redact("mail amy@example.com, see http://h/a@b");
	CHECK_STR("an @ after the host is not userinfo", r,
	    "mail amy@example.com, see http://h/a@b");
	free(r);
}

int
main(void)
{
	test_retry_after();
	test_backoff();
	test_bucket();
	test_redact();
	test_server_message();
	test_secrets();
	return check_done();
}
