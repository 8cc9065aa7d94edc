/* The HTTP layer end to end against tests/fakes/syncro_fake.py on
 * 127.0.0.1: what sdc-fetch-syncro does not exercise but the LLM client
 * will (POST bodies, the async API with output order kept by the caller,
 * the retry hook, response headers, the body cap, redaction in errors).
 * Needs $SDC_TOP (set by tests/run) to find the fake. */
#include "check.h"
#include "diag.h"
#include "http.h"

#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static char dir[] = "/tmp/sdc-http-XXXXXX";
static char base[128];
static pid_t fake;

static const char script[] =
	"{\"faults\": ["
	"{\"path\": \"/echo\", \"query\": {\"hook\": \"1\"}, \"times\": 1,"
	" \"status\": 429, \"headers\": {\"retry-after-ms\": \"30\"}},"
	"{\"path\": \"/echo\", \"query\": {\"fail\": \"1\"}, \"status\": 503},"
	"{\"path\": \"/echo\", \"query\": {\"bad\": \"1\"}, \"times\": 1,"
	" \"status\": 400, \"body\": {\"error\": {\"message\": \"try again\"}}},"
	"{\"path\": \"/echo\", \"query\": {\"down\": \"1\"}, \"status\": 503,"
	" \"body\": {\"error\": \"down\"}}]}\n";

static int
start_fake(void)
{
	char path[256], fakepy[512], port[32] = "";
	char *argv[] = { "python3", fakepy, "--script", NULL, "--log", NULL,
	    "--port-file", NULL, NULL };
	char sp[256], lp[256], pp[256];
	const char *top = getenv("SDC_TOP");
	FILE *fp;
	int i;

	if (!top || !mkdtemp(dir))
		return -1;
	snprintf(fakepy, sizeof fakepy, "%s/tests/fakes/syncro_fake.py", top);
	snprintf(sp, sizeof sp, "%s/script.json", dir);
	snprintf(lp, sizeof lp, "%s/req.log", dir);
	snprintf(pp, sizeof pp, "%s/port", dir);
	argv[3] = sp, argv[5] = lp, argv[7] = pp;
	if (!(fp = fopen(sp, "w")))
		return -1;
	fputs(script, fp);
	fclose(fp);
	if (posix_spawn(&fake, "/usr/bin/python3", NULL, NULL, argv, environ))
		return -1;
	for (i = 0; i < 200 && !port[0]; i++) {
		usleep(50000);
		snprintf(path, sizeof path, "%s", pp);
		if ((fp = fopen(path, "r")) != NULL) {
			if (!fgets(port, sizeof port, fp))
				port[0] = '\0';
			fclose(fp);
		}
	}
	snprintf(base, sizeof base, "http://127.0.0.1:%d/api/v1", atoi(port));
	return port[0] ? 0 : -1;
}

static void
stop_fake(void)
{
	char cmd[300];

	kill(fake, SIGTERM);
	waitpid(fake, NULL, 0);
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
}

static int hook_calls;
static long hook_status;

/* What the LLM client does: a server-given delay in a header of its own,
 * and "give up now" for a status it knows is final. */
static long
hook(const struct sdc_http_request *rq, const struct sdc_http_response *r,
    void *arg)
{
	char v[32];

	(void)arg;
	hook_calls++;
	hook_status = r->status;
	if (sdc_http_header(r, "retry-after-ms", v, sizeof v))
		return atol(v);
	if (strstr(rq->url, "fail=1"))
		return SDC_HTTP_HOOK_FAIL;
	if (r->status == 400)
		return 10;
	return SDC_HTTP_HOOK_DEFAULT;
}

static void
test_post(struct sdc_http_client *c)
{
	const char *hdrs[] = { "Content-Type: application/json", NULL };
	const char *body = "{\"model\":\"m\",\"messages\":[]}";
	struct sdc_http_request rq = { .method = "POST", .url = "/echo",
	    .headers = hdrs, .body = body, .body_len = strlen(body) };
	char v[64];

	CHECK_INT("POST ok", sdc_http_do(c, &rq), SDC_HTTP_OK);
	CHECK_INT("status 200", rq.resp.status, 200);
	CHECK("method arrived", rq.resp.body.p &&
	    strstr(rq.resp.body.p, "\"method\": \"POST\""));
	CHECK("body arrived", strstr(rq.resp.body.p,
	    "\"body\": \"{\\\"model\\\":\\\"m\\\",\\\"messages\\\":[]}\""));
	CHECK("request header arrived",
	    strstr(rq.resp.body.p, "\"Content-Type\": \"application/json\""));
	CHECK("client header arrived",
	    strstr(rq.resp.body.p, "\"X-Test\": \"yes\""));
	CHECK_STR("response header lookup, any case", sdc_http_header(&rq.resp,
	    "content-TYPE", v, sizeof v), "application/json; charset=utf-8");
	CHECK("absent header", !sdc_http_header(&rq.resp, "X-Nope", v,
	    sizeof v));
	sdc_http_request_clear(&rq);
}

static int done_order[8], ndone;

static void
on_done(struct sdc_http_request *rq, void *arg)
{
	(void)arg;
	done_order[ndone++] = (int)(long)rq->user;
}

static void
test_async(struct sdc_http_client *c)
{
	struct sdc_http_request rq[8];
	char url[8][32], want[32];
	int i, inorder = 1;

	memset(rq, 0, sizeof rq);
	for (i = 0; i < 8; i++) {
		snprintf(url[i], sizeof url[i], "/echo?i=%d", i);
		rq[i].url = url[i];
		rq[i].user = (void *)(long)i;
		sdc_http_submit(c, &rq[i], on_done, NULL);
	}
	CHECK_INT("8 requests, 3 at a time: none failed",
	    sdc_http_run(c, 3), 0);
	CHECK_INT("every callback ran once", ndone, 8);
	for (i = 0; i < 8; i++) {
		snprintf(want, sizeof want, "\"query\": {\"i\": \"%d\"}", i);
		if (!rq[i].resp.body.p || !strstr(rq[i].resp.body.p, want))
			inorder = 0;
		sdc_http_request_clear(&rq[i]);
	}
	CHECK("each answer is in its own request (order is the caller's)",
	    inorder);
}

static void
test_hook(struct sdc_http_client *c)
{
	struct sdc_http_request rq = { .url = "/echo?hook=1" };

	CHECK_INT("429 + retry-after-ms via hook: ok", sdc_http_do(c, &rq),
	    SDC_HTTP_OK);
	CHECK_INT("hook saw the 429", hook_status, 429);
	CHECK_INT("two attempts", rq.resp.attempts, 2);
	CHECK("waited the hook's 30 ms", rq.resp.elapsed_ms >= 30);
	sdc_http_request_clear(&rq);

	rq = (struct sdc_http_request){ .url = "/echo?fail=1" };
	CHECK_INT("hook says fail: no retry", sdc_http_do(c, &rq),
	    SDC_HTTP_ESTATUS);
	CHECK_INT("one attempt", rq.resp.attempts, 1);
	sdc_http_request_clear(&rq);

	rq = (struct sdc_http_request){ .url = "/echo?bad=1" };
	CHECK_INT("hook retries a 400 the policy would not", sdc_http_do(c,
	    &rq), SDC_HTTP_OK);
	CHECK_INT("after one retry", rq.resp.attempts, 2);
	sdc_http_request_clear(&rq);
}

static void
test_failures(struct sdc_http_client *c)
{
	struct sdc_http_request rq = { .url = "/echo?down=1" };

	CHECK_INT("503 forever: retries exhausted", sdc_http_do(c, &rq),
	    SDC_HTTP_ERETRY);
	CHECK_INT("1 + max_retries attempts", rq.resp.attempts, 3);
	CHECK_STR("error names request, status, message, attempts",
	    rq.resp.error, "GET /echo?down=1: HTTP 503: down "
	    "(gave up after 3 attempts)");
	sdc_http_request_clear(&rq);

	rq = (struct sdc_http_request){ .url = "/big?n=5000" };
	CHECK_INT("body over the cap", sdc_http_do(c, &rq), SDC_HTTP_ETOOBIG);
	sdc_http_request_clear(&rq);

	rq = (struct sdc_http_request){ .url = "/nowhere?api_key=SECRET&x=1" };
	CHECK_INT("404 fails at once", sdc_http_do(c, &rq), SDC_HTTP_ESTATUS);
	CHECK_STR("key redacted in the error", rq.resp.error,
	    "GET /nowhere?api_key=***&x=1: HTTP 404: Not found");
	sdc_http_request_clear(&rq);
}

int
main(void)
{
	const char *hdrs[] = { "X-Test: yes", NULL };
	struct sdc_http_config cfg = { .headers = hdrs, .max_retries = 2,
	    .backoff_base_ms = 10, .backoff_cap_ms = 50, .max_body = 1000,
	    .retry_hook = hook };
	struct sdc_http_client *c;

	sdc_init("test_http_fake");
	if (start_fake() < 0) {
		printf("not ok 1 - could not start the fake (SDC_TOP?)\n");
		return 1;
	}
	cfg.base_url = base;
	c = sdc_http_client_new(&cfg);
	test_post(c);
	test_async(c);
	test_hook(c);
	test_failures(c);
	sdc_http_client_free(c);
	stop_fake();
	return check_done();
}
