/* http - libcurl behind one small API: retries, pacing, redaction.
 * See http.h for the contract. */
#include "http.h"
#include "diag.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>
#include <sys/prctl.h>

#include <curl/curl.h>
#include <json-c/json.h>

#define MS_DEFAULT(v, d) ((v) > 0 ? (v) : (d))

struct sdc_http_client {
	struct sdc_http_config cfg;
	CURLM *multi;
	struct sdc_bucket bucket;
	struct sdc_http_request *queue;	/* waiting to (re)start, FIFO */
	int active;			/* in the multi handle */
	int nfailed;			/* in this sdc_http_run() */
	long nreq;
	int64_t born;			/* monotonic ms */
	unsigned long rng;
};

static int64_t
mono_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int64_t
wall_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Jitter only has to decorrelate clients, not be unpredictable. */
static double
rand01(struct sdc_http_client *c)
{
	c->rng ^= c->rng << 13;
	c->rng ^= c->rng >> 7;
	c->rng ^= c->rng << 17;
	return (double)(c->rng >> 11) / 9007199254740992.0;
}

/* --- pure parts --- */

long
sdc_http_retry_after_ms(const char *value, int64_t now_ms)
{
	const char *p;
	time_t t;
	long long s = 0;

	if (!value)
		return -1;
	while (isspace((unsigned char)*value))
		value++;
	for (p = value; isdigit((unsigned char)*p); p++)
		if (s < 100000000)
			s = s * 10 + (*p - '0');
	if (p > value) {
		while (isspace((unsigned char)*p))
			p++;
		return *p ? -1 : (long)(s * 1000);
	}
	t = curl_getdate(value, NULL);
	if (t == (time_t)-1)
		return -1;
	if ((int64_t)t * 1000 <= now_ms)
		return 0;
	s = (int64_t)t * 1000 - now_ms;
	return s > 100000000000LL ? 100000000000L : (long)s;
}

long
sdc_http_backoff_ms(int n, long base, long cap, double r)
{
	long d = base;

	while (--n > 0 && d < cap)
		d = d > cap / 2 ? cap : d * 2;
	if (d > cap)
		d = cap;
	return d / 2 + (long)(r * (double)(d - d / 2));
}

void
sdc_bucket_init(struct sdc_bucket *b, double rate_per_min, double burst,
    int64_t now_ms)
{
	b->rate_per_ms = rate_per_min > 0 ? rate_per_min / 60000.0 : 0;
	b->burst = burst >= 1 ? burst : 1;
	b->tokens = b->burst;
	b->last = now_ms;
}

long
sdc_bucket_take(struct sdc_bucket *b, int64_t now_ms)
{
	if (b->rate_per_ms <= 0)
		return 0;
	if (now_ms > b->last) {
		b->tokens += (double)(now_ms - b->last) * b->rate_per_ms;
		if (b->tokens > b->burst)
			b->tokens = b->burst;
		b->last = now_ms;
	}
	if (b->tokens >= 1) {
		b->tokens -= 1;
		return 0;
	}
	return (long)ceil((1 - b->tokens) / b->rate_per_ms);
}

static const char *const secret_headers[] = {
	"authorization", "proxy-authorization", "x-api-key", "x-goog-api-key",
	"api-key", "ctrlauthheader", "cwaiktoken", NULL
};
static const char *const secret_params[] = {
	"api_key", "key", "access_token", "token", NULL
};

static int
in_list(const char *const *list, const char *s, size_t n)
{
	for (; *list; list++)
		if (strlen(*list) == n && strncasecmp(*list, s, n) == 0)
			return 1;
	return 0;
}

char *
sdc_http_redact_header(const char *line, char *out, size_t outsz)
{
	const char *colon = strchr(line, ':'), *v, *sp;

	if (!colon || !in_list(secret_headers, line, (size_t)(colon - line))) {
		snprintf(out, outsz, "%s", line);
		return out;
	}
	v = colon + 1;
	while (*v == ' ' || *v == '\t')
		v++;
	/* Keep the scheme ("Bearer") so a log still shows which form was
	 * sent; the credential itself never appears. */
	sp = strncasecmp(line, "authorization", 13) == 0 ||
	    strncasecmp(line, "proxy-authorization", 19) == 0 ?
	    strchr(v, ' ') : NULL;
	snprintf(out, outsz, "%.*s %.*s%s***", (int)(colon - line + 1), line,
	    sp ? (int)(sp - v) : 0, v, sp ? " " : "");
	return out;
}

char *
sdc_http_redact_url(const char *url, char *out, size_t outsz)
{
	struct sdc_buf b = SDC_BUF_INIT;
	const char *q = strchr(url, '?'), *p, *amp, *eq;

	if (!q) {
		snprintf(out, outsz, "%s", url);
		return out;
	}
	sdc_buf_add(&b, url, (size_t)(q - url) + 1);
	for (p = q + 1; *p; p = *amp ? amp + 1 : amp) {
		amp = p + strcspn(p, "&#");
		eq = memchr(p, '=', (size_t)(amp - p));
		if (eq && in_list(secret_params, p, (size_t)(eq - p)))
			sdc_buf_printf(&b, "%.*s=***", (int)(eq - p), p);
		else
			sdc_buf_add(&b, p, (size_t)(amp - p));
		if (*amp == '#') {
			sdc_buf_adds(&b, amp);
			break;
		}
		if (*amp)
			sdc_buf_addc(&b, '&');
	}
	snprintf(out, outsz, "%s", b.p ? b.p : "");
	sdc_buf_free(&b);
	return out;
}

static void add_messages(struct sdc_buf *b, json_object *v, const char *field);

/* --- secrets --- */

static char **secrets;
static size_t nsecrets;

static void
free_secrets(void)
{
	while (nsecrets > 0)
		free(secrets[--nsecrets]);
	free(secrets);
	secrets = NULL;
	sdc_diag_redact = NULL;
}

void
sdc_http_secret(const char *value)
{
	size_t i;

	/* A one- or two-letter "secret" would blank out half of every line. */
	if (!value || strlen(value) < 4)
		return;
	for (i = 0; i < nsecrets; i++)
		if (strcmp(secrets[i], value) == 0)
			return;
	prctl(PR_SET_DUMPABLE, 0);
	if (!nsecrets)
		atexit(free_secrets);
	secrets = sdc_xrealloc(secrets, (nsecrets + 1) * sizeof *secrets);
	secrets[nsecrets++] = sdc_xstrdup(value);
	sdc_diag_redact = sdc_http_redact;
}

/* The length of the secret starting at p, 0 when none does. */
static size_t
secret_at(const char *p)
{
	size_t i, n;

	for (i = 0; i < nsecrets; i++) {
		n = strlen(secrets[i]);
		if (strncmp(p, secrets[i], n) == 0)
			return n;
	}
	return 0;
}

/* At p (just after "://"): the length of a "user:password@" before the
 * host, 0 when there is none. */
static size_t
userinfo_at(const char *p)
{
	size_t n = strcspn(p, "/?#@ \t\r\n\"'");

	return p[n] == '@' ? n + 1 : 0;
}

char *
sdc_http_redact(const char *s)
{
	struct sdc_buf b = SDC_BUF_INIT;
	size_t n;

	sdc_buf_add(&b, "", 0);
	while (*s) {
		if ((n = secret_at(s)) > 0) {
			sdc_buf_adds(&b, "***");
			s += n;
		} else if (strncmp(s, "://", 3) == 0 && (n = userinfo_at(s + 3)) > 0) {
			sdc_buf_adds(&b, "://***@");
			s += 3 + n;
		} else
			sdc_buf_addc(&b, *s++);
	}
	return sdc_buf_take(&b);
}

/* The base URL's password, and the values of secret headers sent with
 * every request, are secrets too. */
static void
register_config_secrets(const struct sdc_http_config *cfg)
{
	const char *const *h;
	const char *at, *colon, *v, *sp;
	char *pw;

	if (cfg->base_url && (at = strstr(cfg->base_url, "://")) &&
	    userinfo_at(at + 3) > 0) {
		at += 3;
		colon = memchr(at, ':', userinfo_at(at) - 1);
		if (colon) {
			pw = sdc_xstrndup(colon + 1, (size_t)(at + userinfo_at(at) - 1 - colon - 1));
			sdc_http_secret(pw);
			free(pw);
		}
	}
	for (h = cfg->headers; h && *h; h++) {
		colon = strchr(*h, ':');
		if (!colon || !in_list(secret_headers, *h, (size_t)(colon - *h)))
			continue;
		for (v = colon + 1; *v == ' ' || *v == '\t'; v++)
			;
		sp = strchr(v, ' ');
		sdc_http_secret(sp ? sp + 1 : v);
	}
}

static void
add_message(struct sdc_buf *b, const char *field, const char *s)
{
	if (!s || !*s)
		return;
	if (b->len)
		sdc_buf_adds(b, "; ");
	if (field)
		sdc_buf_printf(b, "%s: ", field);
	sdc_buf_adds(b, s);
}

/* Syncro alone uses a string, an array, or an object of field -> [msgs]
 * for its errors (syncro-api.md section 6); LLM APIs nest {"message"}. */
static void
add_messages(struct sdc_buf *b, json_object *v, const char *field)
{
	json_object *m;
	size_t i;

	switch (json_object_get_type(v)) {
	case json_type_string:
		add_message(b, field, json_object_get_string(v));
		break;
	case json_type_array:
		for (i = 0; i < json_object_array_length(v); i++)
			add_messages(b, json_object_array_get_idx(v, i), field);
		break;
	case json_type_object:
		if (json_object_object_get_ex(v, "message", &m)) {
			add_messages(b, m, field);
			break;
		}
		json_object_object_foreach(v, key, val)
			add_messages(b, val, key);
		break;
	default:
		break;
	}
}

/* One line of at most outsz bytes: control characters become spaces. */
static char *
one_line(const char *s, size_t len, char *out, size_t outsz)
{
	size_t i, n = 0;

	while (len && isspace((unsigned char)*s))
		s++, len--;
	for (i = 0; i < len && n + 1 < outsz; i++)
		out[n++] = (unsigned char)s[i] < 32 ? ' ' : s[i];
	while (n && out[n - 1] == ' ')
		n--;
	out[n] = '\0';
	return out;
}

char *
sdc_http_server_message(const char *body, size_t len, char *out,
    size_t outsz)
{
	static const char *const keys[] = { "error", "message", "errors" };
	struct sdc_buf b = SDC_BUF_INIT;
	json_tokener *tok;
	json_object *j, *v;
	const char *t, *e;
	size_t i;

	*out = '\0';
	if (!body || !len)
		return out;
	tok = json_tokener_new_ex(32);
	j = tok ? json_tokener_parse_ex(tok, body, (int)(len > 65536 ? 65536 :
	    len)) : NULL;
	if (tok)
		json_tokener_free(tok);
	for (i = 0; j && i < sizeof(keys) / sizeof(*keys); i++)
		if (json_object_object_get_ex(j, keys[i], &v))
			add_messages(&b, v, NULL);
	json_object_put(j);
	if (b.len) {
		one_line(b.p, b.len, out, outsz);
		sdc_buf_free(&b);
		return out;
	}
	/* An HTML error page from a proxy: its <title> says it best. */
	t = memmem(body, len, "<title>", 7);
	if (t && (e = memmem(t, len - (size_t)(t - body), "</title>", 8)))
		return one_line(t + 7, (size_t)(e - t - 7), out, outsz);
	e = memchr(body, '\n', len);
	return one_line(body, e ? (size_t)(e - body) : len,
	    out, outsz < 201 ? outsz : 201);
}

/* --- logging --- */

static void
http_log(struct sdc_http_client *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void
http_log(struct sdc_http_client *c, const char *fmt, ...)
{
	char line[2048], ts[32], *red;
	va_list ap;
	int64_t now;
	time_t sec;

	if (!sdc_verbose && !c->cfg.log)
		return;
	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	red = sdc_http_redact(line);
	if (sdc_verbose)
		fprintf(stderr, "%s: %s\n", sdc_progname, red);
	if (c->cfg.log) {
		/* Milliseconds: the trail shows the pacing of requests. */
		now = wall_ms();
		sec = (time_t)(now / 1000);
		strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%S", gmtime(&sec));
		fprintf(c->cfg.log, "%s.%03dZ %s: %s\n", ts, (int)(now % 1000),
		    sdc_progname, red);
		fflush(c->cfg.log);
	}
	free(red);
}

static void
log_headers(struct sdc_http_client *c, const struct curl_slist *h)
{
	char red[512];

	for (; h; h = h->next)
		http_log(c, ">   %s", sdc_http_redact_header(h->data, red,
		    sizeof red));
}

/* --- the client --- */

struct sdc_http_client *
sdc_http_client_new(const struct sdc_http_config *cfg)
{
	struct sdc_http_client *c;

	/* Counted by libcurl: each client's cleanup balances its init. */
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != 0) {
		sdc_warnx("cannot initialise libcurl");
		return NULL;
	}
	register_config_secrets(cfg);
	c = sdc_xcalloc(1, sizeof *c);
	c->cfg = *cfg;
	c->cfg.connect_timeout_ms = MS_DEFAULT(cfg->connect_timeout_ms, 10000);
	c->cfg.timeout_ms = MS_DEFAULT(cfg->timeout_ms, 60000);
	c->cfg.max_retries = cfg->max_retries >= 0 ? cfg->max_retries : 5;
	c->cfg.backoff_base_ms = MS_DEFAULT(cfg->backoff_base_ms, 1000);
	c->cfg.backoff_cap_ms = MS_DEFAULT(cfg->backoff_cap_ms, 60000);
	c->cfg.max_wait_ms = MS_DEFAULT(cfg->max_wait_ms, 300000);
	c->cfg.max_body = cfg->max_body ? cfg->max_body : 64UL << 20;
	if (!c->cfg.user_agent)
		c->cfg.user_agent = "sdc/" SDC_VERSION;
	c->multi = curl_multi_init();
	if (!c->multi) {
		sdc_warnx("cannot initialise libcurl");
		free(c);
		curl_global_cleanup();
		return NULL;
	}
	c->born = mono_ms();
	sdc_bucket_init(&c->bucket, cfg->rate_per_min, cfg->rate_burst,
	    c->born);
	c->rng = (unsigned long)wall_ms() ^ ((unsigned long)getpid() << 16);
	if (!c->rng)
		c->rng = 1;
	return c;
}

void
sdc_http_client_free(struct sdc_http_client *c)
{
	if (!c)
		return;
	curl_multi_cleanup(c->multi);
	free(c);
	curl_global_cleanup();
}

double
sdc_http_req_per_min(const struct sdc_http_client *c)
{
	int64_t ms = mono_ms() - c->born;

	return ms > 0 ? (double)c->nreq * 60000.0 / (double)ms : 0;
}

void
sdc_http_request_clear(struct sdc_http_request *rq)
{
	sdc_buf_free(&rq->resp.body);
	sdc_buf_free(&rq->resp.headers);
	memset(&rq->resp, 0, sizeof rq->resp);
}

const char *
sdc_http_header(const struct sdc_http_response *resp, const char *name,
    char *out, size_t outsz)
{
	size_t n = strlen(name);
	const char *p = resp->headers.p, *e;

	for (; p && *p; p = *e ? e + 1 : e) {
		e = p + strcspn(p, "\n");
		if ((size_t)(e - p) > n && strncasecmp(p, name, n) == 0 &&
		    p[n] == ':') {
			p += n + 1;
			while (p < e && (*p == ' ' || *p == '\t'))
				p++;
			while (e > p && isspace((unsigned char)e[-1]))
				e--;
			snprintf(out, outsz, "%.*s", (int)(e - p), p);
			return out;
		}
	}
	return NULL;
}

static size_t
on_body(char *data, size_t size, size_t n, void *arg)
{
	struct sdc_http_request *rq = arg;

	if (sdc_buf_add(&rq->resp.body, data, size * n) < 0) {
		rq->toobig = 1;
		return 0;	/* curl stops with WRITE_ERROR */
	}
	return size * n;
}

static size_t
on_header(char *data, size_t size, size_t n, void *arg)
{
	struct sdc_http_request *rq = arg;

	/* A new status line (after "100 Continue") starts a new header set. */
	if (size * n > 5 && strncmp(data, "HTTP/", 5) == 0)
		sdc_buf_reset(&rq->resp.headers);
	if (sdc_buf_add(&rq->resp.headers, data, size * n) < 0)
		return 0;
	return size * n;
}

static const char *
method_of(const struct sdc_http_request *rq)
{
	return rq->method ? rq->method : "GET";
}

static int
is_absolute(const char *url)
{
	return strncmp(url, "http://", 7) == 0 ||
	    strncmp(url, "https://", 8) == 0;
}

static void
setup_easy(struct sdc_http_client *c, struct sdc_http_request *rq, CURL *e)
{
	struct sdc_buf url = SDC_BUF_INIT;
	const char *const *h;

	if (!is_absolute(rq->url) && c->cfg.base_url)
		sdc_buf_adds(&url, c->cfg.base_url);
	sdc_buf_adds(&url, rq->url);
	curl_easy_setopt(e, CURLOPT_URL, url.p);
	sdc_buf_free(&url);	/* curl copies strings it is given */
	for (h = c->cfg.headers; h && *h; h++)
		rq->hdrs = curl_slist_append(rq->hdrs, *h);
	for (h = rq->headers; h && *h; h++)
		rq->hdrs = curl_slist_append(rq->hdrs, *h);
	if (rq->body) {
		curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE,
		    (curl_off_t)rq->body_len);
		curl_easy_setopt(e, CURLOPT_POSTFIELDS, rq->body);
		/* No "Expect: 100-continue" round trip for a JSON body. */
		rq->hdrs = curl_slist_append(rq->hdrs, "Expect:");
	}
	if (!rq->method && rq->body)
		curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, "GET");
	else if (rq->method && strcmp(rq->method, rq->body ? "POST" : "GET"))
		curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, rq->method);
	curl_easy_setopt(e, CURLOPT_HTTPHEADER, rq->hdrs);
	curl_easy_setopt(e, CURLOPT_USERAGENT, c->cfg.user_agent);
	curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, c->cfg.connect_timeout_ms);
	curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, c->cfg.timeout_ms);
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
	/* A request may name its own bundle: one client serves providers
	 * behind different (self-signed) certificates. */
	if (rq->ca_file || c->cfg.ca_file)
		curl_easy_setopt(e, CURLOPT_CAINFO,
		    rq->ca_file ? rq->ca_file : c->cfg.ca_file);
	curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, rq);
	curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(e, CURLOPT_HEADERDATA, rq);
	curl_easy_setopt(e, CURLOPT_PRIVATE, rq);
}

static void
start_attempt(struct sdc_http_client *c, struct sdc_http_request *rq,
    int64_t now)
{
	char red[1024];

	if (!rq->easy) {
		rq->easy = curl_easy_init();
		if (!rq->easy)
			sdc_errx(SDC_EXIT_FATAL, "out of memory");
		setup_easy(c, rq, rq->easy);
		rq->started = now;
	}
	sdc_buf_reset(&rq->resp.body);
	sdc_buf_reset(&rq->resp.headers);
	rq->toobig = 0;
	rq->resp.body.max = c->cfg.max_body;
	rq->resp.headers.max = 1 << 20;
	if (sdc_verbose || c->cfg.log) {
		http_log(c, "> %s %s%s", method_of(rq),
		    sdc_http_redact_url(rq->url, red, sizeof red),
		    rq->resp.attempts ? " (retry)" : "");
		log_headers(c, rq->hdrs);
	}
	curl_multi_add_handle(c->multi, rq->easy);
	c->active++;
	c->nreq++;
}

static void
push_queue(struct sdc_http_client *c, struct sdc_http_request *rq)
{
	struct sdc_http_request **pp = &c->queue;

	while (*pp)
		pp = &(*pp)->next;
	rq->next = NULL;
	*pp = rq;
}

void
sdc_http_submit(struct sdc_http_client *c, struct sdc_http_request *rq,
    sdc_http_done_fn done, void *arg)
{
	sdc_http_request_clear(rq);
	rq->done = done;
	rq->done_arg = arg;
	rq->not_before = 0;
	rq->easy = NULL;
	rq->hdrs = NULL;
	push_queue(c, rq);
}

static void
finish(struct sdc_http_client *c, struct sdc_http_request *rq,
    enum sdc_http_result res)
{
	rq->resp.result = res;
	rq->resp.elapsed_ms = (long)(mono_ms() - rq->started);
	/* Callers may parse the body without checking for an empty one. */
	sdc_buf_add(&rq->resp.body, "", 0);
	sdc_buf_add(&rq->resp.headers, "", 0);
	curl_easy_cleanup(rq->easy);
	curl_slist_free_all(rq->hdrs);
	rq->easy = NULL;
	rq->hdrs = NULL;
	if (res != SDC_HTTP_OK)
		c->nfailed++;
	if (rq->done)
		rq->done(rq, rq->done_arg);
}

static void
set_error(struct sdc_http_request *rq, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void
set_error(struct sdc_http_request *rq, const char *fmt, ...)
{
	char red[512], *red2;
	int n;
	va_list ap;

	n = snprintf(rq->resp.error, sizeof rq->resp.error, "%s %s: ",
	    method_of(rq), sdc_http_redact_url(rq->url, red, sizeof red));
	if (n < 0 || (size_t)n >= sizeof rq->resp.error)
		return;
	va_start(ap, fmt);
	vsnprintf(rq->resp.error + n, sizeof rq->resp.error - (size_t)n, fmt,
	    ap);
	va_end(ap);
	red2 = sdc_http_redact(rq->resp.error);
	snprintf(rq->resp.error, sizeof rq->resp.error, "%s", red2);
	free(red2);
}

static int
retryable_curl(CURLcode cc)
{
	switch (cc) {
	case CURLE_OPERATION_TIMEDOUT:
	case CURLE_RECV_ERROR:
	case CURLE_SEND_ERROR:
	case CURLE_GOT_NOTHING:
	case CURLE_PARTIAL_FILE:
	case CURLE_HTTP2:
	case CURLE_HTTP2_STREAM:
		return 1;
	default:
		return 0;
	}
}

static int
retryable_status(const struct sdc_http_client *c, long status)
{
	return status == 429 || status == 502 || status == 503 ||
	    status == 504 || (status == 500 && c->cfg.retry_500);
}

/* The delay before retrying an HTTP error, -1 to fail now (with the error
 * set), or -2 when the status is simply not retried. */
static long
status_delay(struct sdc_http_client *c, struct sdc_http_request *rq,
    const char *msg)
{
	char v[128];
	long d = SDC_HTTP_HOOK_DEFAULT;

	if (c->cfg.retry_hook)
		d = c->cfg.retry_hook(rq, &rq->resp, c->cfg.retry_arg);
	if (d >= 0 || d == SDC_HTTP_HOOK_FAIL)
		return d >= 0 ? d : -2;
	if (!retryable_status(c, rq->resp.status))
		return -2;
	d = sdc_http_retry_after_ms(sdc_http_header(&rq->resp, "Retry-After",
	    v, sizeof v), wall_ms());
	if (d > c->cfg.max_wait_ms) {
		set_error(rq, "HTTP %ld: server asks to wait %ld s (more than "
		    "%ld s)%s%s", rq->resp.status, d / 1000,
		    c->cfg.max_wait_ms / 1000, *msg ? ": " : "", msg);
		return -1;
	}
	if (d < 0)
		d = sdc_http_backoff_ms(rq->resp.attempts,
		    c->cfg.backoff_base_ms, c->cfg.backoff_cap_ms, rand01(c));
	return d;
}

static void
retry_or_fail(struct sdc_http_client *c, struct sdc_http_request *rq,
    long delay, const char *why)
{
	char red[512];

	if (rq->resp.attempts > c->cfg.max_retries) {
		set_error(rq, "%s (gave up after %d attempts)", why,
		    rq->resp.attempts);
		finish(c, rq, SDC_HTTP_ERETRY);
		return;
	}
	http_log(c, "retry %d/%d of %s %s in %ld ms: %s", rq->resp.attempts,
	    c->cfg.max_retries, method_of(rq),
	    sdc_http_redact_url(rq->url, red, sizeof red), delay, why);
	rq->not_before = mono_ms() + delay;
	push_queue(c, rq);
}

/* What went wrong, in words a user reads: "timed out after 120 s",
 * "connection reset", rather than libcurl's text alone. */
static void
transport_why(const struct sdc_http_client *c, CURLcode cc, const char *cerr,
    char *why, size_t n)
{
	switch (cc) {
	case CURLE_OPERATION_TIMEDOUT:
		snprintf(why, n, "timed out after %ld s (%s)", strstr(cerr, "onnect")
		    ? c->cfg.connect_timeout_ms / 1000 : c->cfg.timeout_ms / 1000, cerr);
		break;
	case CURLE_RECV_ERROR:
	case CURLE_SEND_ERROR:
		snprintf(why, n, "connection reset (%s)", cerr);
		break;
	case CURLE_GOT_NOTHING:
		snprintf(why, n, "connection reset or closed without an answer (%s)", cerr);
		break;
	case CURLE_PARTIAL_FILE:
		snprintf(why, n, "answer cut short (%s)", cerr);
		break;
	default:
		snprintf(why, n, "%s", cerr);
	}
}

static void
attempt_done(struct sdc_http_client *c, struct sdc_http_request *rq,
    CURLcode cc, const char *cerr)
{
	char msg[300], why[400], red[512];
	long delay;

	curl_multi_remove_handle(c->multi, rq->easy);
	c->active--;
	rq->resp.attempts++;
	rq->resp.status = 0;
	curl_easy_getinfo(rq->easy, CURLINFO_RESPONSE_CODE, &rq->resp.status);
	http_log(c, "< %ld %s %s %ld ms %zu B%s%s", rq->resp.status,
	    method_of(rq), sdc_http_redact_url(rq->url, red, sizeof red),
	    (long)(mono_ms() - rq->started), rq->resp.body.len,
	    cc ? " " : "", cc ? cerr : "");
	if (cc == CURLE_WRITE_ERROR && rq->toobig) {
		set_error(rq, "response larger than %zu bytes",
		    c->cfg.max_body);
		finish(c, rq, SDC_HTTP_ETOOBIG);
	} else if (cc != CURLE_OK) {
		transport_why(c, cc, cerr, why, sizeof why);
		if (!retryable_curl(cc)) {
			set_error(rq, "%s", why);
			finish(c, rq, SDC_HTTP_ENET);
		} else
			retry_or_fail(c, rq, sdc_http_backoff_ms(
			    rq->resp.attempts, c->cfg.backoff_base_ms,
			    c->cfg.backoff_cap_ms, rand01(c)), why);
	} else if (rq->resp.status >= 200 && rq->resp.status < 300) {
		finish(c, rq, SDC_HTTP_OK);
	} else {
		sdc_http_server_message(rq->resp.body.p, rq->resp.body.len,
		    msg, sizeof msg);
		snprintf(why, sizeof why, "HTTP %ld%s%s", rq->resp.status,
		    *msg ? ": " : "", msg);
		delay = status_delay(c, rq, msg);
		if (delay == -1)
			finish(c, rq, SDC_HTTP_ERETRY);
		else if (delay == -2) {
			set_error(rq, "%s", why);
			finish(c, rq, SDC_HTTP_ESTATUS);
		} else
			retry_or_fail(c, rq, delay, why);
	}
}

/* Start what may start now; returns ms until something else could. */
static long
start_ready(struct sdc_http_client *c, int max_parallel)
{
	struct sdc_http_request **pp, *rq;
	int64_t now = mono_ms();
	long wait = -1, w;

	for (pp = &c->queue; *pp && c->active < max_parallel; ) {
		rq = *pp;
		if (rq->not_before > now) {
			w = (long)(rq->not_before - now);
			wait = wait < 0 || w < wait ? w : wait;
			pp = &rq->next;
			continue;
		}
		if ((w = sdc_bucket_take(&c->bucket, now)) > 0)
			return wait < 0 || w < wait ? w : wait;
		*pp = rq->next;
		start_attempt(c, rq, now);
	}
	/* With every slot busy, only a finished transfer can start more. */
	for (rq = c->active < max_parallel ? *pp : NULL; rq; rq = rq->next) {
		w = rq->not_before > now ? (long)(rq->not_before - now) : 0;
		wait = wait < 0 || w < wait ? w : wait;
	}
	return wait;
}

static void
reap(struct sdc_http_client *c)
{
	struct sdc_http_request *rq;
	CURLMsg *m;
	int left;
	char *p;

	while ((m = curl_multi_info_read(c->multi, &left)) != NULL) {
		if (m->msg != CURLMSG_DONE)
			continue;
		curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, &p);
		rq = (struct sdc_http_request *)(void *)p;
		attempt_done(c, rq, m->data.result,
		    curl_easy_strerror(m->data.result));
	}
}

int
sdc_http_run(struct sdc_http_client *c, int max_parallel)
{
	int running;
	long wait;

	if (max_parallel < 1)
		max_parallel = 1;
	c->nfailed = 0;
	while (c->queue || c->active) {
		wait = start_ready(c, max_parallel);
		if (c->active)
			curl_multi_perform(c->multi, &running);
		if (wait < 0 || (c->active && wait > 1000))
			wait = 1000;
		curl_multi_poll(c->multi, NULL, 0, (int)wait, NULL);
		curl_multi_perform(c->multi, &running);
		reap(c);
	}
	return c->nfailed;
}

enum sdc_http_result
sdc_http_do(struct sdc_http_client *c, struct sdc_http_request *rq)
{
	if (c->queue || c->active)
		sdc_errx(SDC_EXIT_FATAL, "sdc_http_do: requests pending");
	sdc_http_submit(c, rq, NULL, NULL);
	sdc_http_run(c, 1);
	return rq->resp.result;
}
