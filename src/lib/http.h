/* http - layer 1 (data): the one way out of the machine (architecture.md):
 * every external service is reached through this module, so retries, rate
 * limits, timeouts, TLS and secret redaction live in one place.
 *
 * A client holds the configuration, one curl multi handle (connections are
 * reused across requests) and one token bucket shared by every request it
 * sends, retries included.  Requests are plain structs owned by the caller.
 *
 * Blocking, one request at a time:
 *
 *	struct sdc_http_request rq = { .url = "/tickets?page=1" };
 *	if (sdc_http_do(client, &rq) != SDC_HTTP_OK)
 *		sdc_errx(SDC_EXIT_FATAL, "%s", rq.resp.error);
 *	... rq.resp.status, rq.resp.body.p, rq.resp.body.len ...
 *	sdc_http_request_clear(&rq);
 *
 * Concurrent (-j N): submit any number, then run.  Callbacks fire in
 * completion order, from inside sdc_http_run(); a caller that must keep
 * input order stores an index in rq->user and writes results in order.  A
 * callback may submit further requests; sdc_http_run() returns when none
 * is left.  The client is single-threaded: call it from one thread only.
 *
 *	for (i = 0; i < n; i++) {
 *		rq[i] = (struct sdc_http_request){ .method = "POST",
 *		    .url = "/chat/completions", .body = body[i],
 *		    .body_len = strlen(body[i]), .user = &slot[i] };
 *		sdc_http_submit(client, &rq[i], on_done, NULL);
 *	}
 *	sdc_http_run(client, jobs);
 *
 * Retry policy (per request, at most cfg.max_retries retries after the
 * first attempt):
 *   - retried: HTTP 429, 502, 503, 504 (and 500 with cfg.retry_500),
 *     connection reset / empty reply / truncated body, timeouts; not
 *     retried: a refused connection or unknown host (wrong address or
 *     server down: say so at once), TLS failures;
 *   - delay: the hook's answer if it gives one, else Retry-After (delta
 *     seconds or HTTP-date), else exponential backoff with jitter,
 *     sdc_http_backoff_ms(); never less than the rate limit allows;
 *   - a Retry-After longer than cfg.max_wait_ms fails at once (a server
 *     saying "come back in an hour" should not hang a pipeline);
 *   - any other 4xx/5xx fails at once with the server's own message
 *     (JSON "error", "message", "errors", "error.message"; else the start of
 *     the body): resp.error = "GET /tickets?page=3: HTTP 401: Not authorized".
 *   - 2xx is success whatever the body is: checking that it is JSON is the
 *     caller's job (a 200 HTML page from a proxy is the caller's error).
 *
 * Secrets: header values of Authorization (scheme kept: "Bearer ***"),
 * Proxy-Authorization, x-api-key, x-goog-api-key, api-key, CTRLAuthHeader,
 * CWAIKToken (ScreenConnect) and query
 * parameters api_key, key, access_token, token are shown as "***" in every
 * log line and in resp.error.  TLS peer and host are always verified.
 *
 * Logging: with sdc_verbose, one line per attempt to stderr ("> GET URL",
 * headers redacted) and one per answer ("< 200 GET URL 123 ms 4567 B"),
 * plus each retry decision; cfg.log (e.g. the --log file) gets the same
 * lines with a timestamp even when not verbose. */
#ifndef SDC_HTTP_H
#define SDC_HTTP_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "buf.h"

struct curl_slist;
struct sdc_http_request;
struct sdc_http_response;

/* Retry hook: called when an attempt got an HTTP status >= 400, before the
 * decision.  Return a delay in ms (>= 0) to retry after it (if the budget
 * allows; the status need not be one retried by default), SDC_HTTP_HOOK_FAIL
 * to fail now, or SDC_HTTP_HOOK_DEFAULT for the policy above.  The LLM
 * client uses it for "retry-after-ms" headers and Gemini RetryInfo bodies. */
#define SDC_HTTP_HOOK_DEFAULT (-1L)
#define SDC_HTTP_HOOK_FAIL (-2L)
typedef long (*sdc_http_retry_fn)(const struct sdc_http_request *rq,
    const struct sdc_http_response *resp, void *arg);

struct sdc_http_config {
	const char *base_url;	/* prefix for URLs not starting "http" */
	const char *user_agent;	/* NULL = "sdc/VERSION" */
	const char *const *headers;	/* NULL-terminated "Name: value"
					   lines sent with every request */
	long connect_timeout_ms;	/* 0 = 10 s */
	long timeout_ms;	/* whole attempt; 0 = 60 s */
	int max_retries;	/* retries after the first try; -1 = 5 */
	long backoff_base_ms;	/* first backoff; 0 = 1 s */
	long backoff_cap_ms;	/* largest backoff; 0 = 60 s */
	long max_wait_ms;	/* longest Retry-After obeyed; 0 = 5 min */
	double rate_per_min;	/* token bucket refill; 0 = unlimited */
	double rate_burst;	/* bucket size; 0 = 1 (evenly spaced) */
	size_t max_body;	/* response body cap; 0 = 64 MiB */
	int retry_500;		/* also retry HTTP 500 */
	const char *ca_file;	/* extra CA bundle (tests); NULL = system */
	sdc_http_retry_fn retry_hook;
	void *retry_arg;
	FILE *log;		/* audit trail (--log); NULL = none */
};

enum sdc_http_result {
	SDC_HTTP_OK = 0,	/* 2xx */
	SDC_HTTP_ESTATUS,	/* non-retryable HTTP status */
	SDC_HTTP_ERETRY,	/* retries exhausted (or wait too long) */
	SDC_HTTP_ENET,		/* transport error that is not retried */
	SDC_HTTP_ETOOBIG	/* body longer than max_body */
};

struct sdc_http_response {
	enum sdc_http_result result;
	long status;		/* last attempt's HTTP status; 0 = none */
	struct sdc_buf body;	/* last attempt's body; once done, never
				   NULL and NUL-terminated */
	struct sdc_buf headers;	/* last attempt's header lines, "\r\n"-split */
	int attempts;		/* 1 + retries */
	long elapsed_ms;	/* first attempt start to last answer */
	char error[512];	/* "GET URL: reason" when result != OK */
};

typedef void (*sdc_http_done_fn)(struct sdc_http_request *rq, void *arg);

/* Fill in method/url/headers/body/user; the strings must stay valid until
 * the request is done.  Everything else is zero-initialised. */
struct sdc_http_request {
	const char *method;	/* NULL = "GET" */
	const char *url;	/* absolute or relative to base_url */
	const char *const *headers;	/* NULL-terminated extra lines */
	const char *body;	/* NULL = no body */
	size_t body_len;
	void *user;		/* the caller's */
	const char *ca_file;	/* this request's CA bundle; NULL = the client's */
	struct sdc_http_response resp;	/* filled in when done */
	/* private to http.c */
	sdc_http_done_fn done;
	void *done_arg;
	struct sdc_http_request *next;
	void *easy;
	int64_t not_before;	/* monotonic ms: earliest next attempt */
	int64_t started;
	struct curl_slist *hdrs;
	int toobig;		/* the body hit max_body */
};

struct sdc_http_client;

/* A client; NULL (with a diagnostic) when libcurl cannot be set up.  cfg
 * is copied, the strings it points to are not: keep them alive. */
struct sdc_http_client *sdc_http_client_new(const struct sdc_http_config *cfg);
void sdc_http_client_free(struct sdc_http_client *c);

/* Blocking: send rq, retrying per policy; returns rq->resp.result.  Must
 * not be called while submitted requests are pending or from a callback. */
enum sdc_http_result sdc_http_do(struct sdc_http_client *c,
    struct sdc_http_request *rq);

/* Queue rq; done(rq, arg) is called once when it has finished (any result). */
void sdc_http_submit(struct sdc_http_client *c, struct sdc_http_request *rq,
    sdc_http_done_fn done, void *arg);
/* Drive queued requests, at most max_parallel (>= 1) at a time, until all
 * are done.  Returns how many did not end SDC_HTTP_OK. */
int sdc_http_run(struct sdc_http_client *c, int max_parallel);

/* Free what the response holds; rq may then be reused. */
void sdc_http_request_clear(struct sdc_http_request *rq);

/* Value of response header name (case-insensitive) of the last attempt,
 * copied into out; NULL when absent. */
const char *sdc_http_header(const struct sdc_http_response *resp,
    const char *name, char *out, size_t outsz);

/* Requests sent (all attempts) per minute since the client was made,
 * for progress lines. */
double sdc_http_req_per_min(const struct sdc_http_client *c);

/* --- pure parts, exposed for tests and for the LLM client --- */

/* Retry-After value (delta seconds or HTTP-date) to ms from now_ms
 * (Unix ms); -1 when unreadable; 0 for a date in the past. */
long sdc_http_retry_after_ms(const char *value, int64_t now_ms);

/* Backoff before retry number n (1 = first retry): base * 2^(n-1), capped
 * at cap, then "equal jitter": half fixed, half scaled by r in [0,1). */
long sdc_http_backoff_ms(int n, long base, long cap, double r);

/* Token bucket: rate tokens per minute, burst tokens at most. */
struct sdc_bucket {
	double rate_per_ms, burst, tokens;
	int64_t last;
};
void sdc_bucket_init(struct sdc_bucket *b, double rate_per_min, double burst,
    int64_t now_ms);
/* Take one token at now_ms: returns 0 when taken, else the ms to wait
 * before trying again (nothing taken). */
long sdc_bucket_take(struct sdc_bucket *b, int64_t now_ms);

/* Redact one "Name: value" header line or a URL into out (always
 * NUL-terminated; truncated to outsz). */
char *sdc_http_redact_header(const char *line, char *out, size_t outsz);
char *sdc_http_redact_url(const char *url, char *out, size_t outsz);

/* Every configured secret value (an API key, a URL's password) is
 * registered here, by sdc_secret(), the LLM models and the client's own
 * header and base URL; from then on the process is not dumpable
 * (prctl PR_SET_DUMPABLE 0: no core file, no ptrace by other users).
 * sdc_http_redact() returns a malloc'd copy of s with every registered
 * value, and the user:password of any URL, replaced by "***": every
 * message (diag.h's, through sdc_diag_redact), every http log line and
 * every resp.error goes through it, so a server that echoes the key in
 * an error body cannot put it on stderr or in a log. */
void sdc_http_secret(const char *value);
char *sdc_http_redact(const char *s);

/* The server's message from an error body: JSON "error" (string, array or
 * {"message"}), "message", "errors" (string, array or object of arrays),
 * joined with "; "; else the body's first line.  Into out, one line. */
char *sdc_http_server_message(const char *body, size_t len, char *out,
    size_t outsz);

#endif
