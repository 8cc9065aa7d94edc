/* remote - the Syncro calls of sdc-push-syncro, through the http module
 * (retries of 429/5xx, rate limit, key redaction live there).  See push.h. */
#include "push.h"
#include "diag.h"
#include "jsonl.h"
#include "sdctime.h"
#include "syncro.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static void __attribute__((noreturn))
fail(const char *msg)
{
	sdc_errx(SDC_EXIT_FATAL, "%s", msg);
}

/* GET every page of a list; fn(item, arg) for each item. */
static void
get_all(struct push_remote *r, const char *path, const char *key,
    void (*fn)(json_object *, void *), void *arg)
{
	struct sdc_syncro_page pg;
	struct sdc_http_request rq;
	const char *why;
	char url[512], msg[700];
	size_t i;
	long p;

	for (p = 1;; p++) {
		snprintf(url, sizeof url, "%s%cpage=%ld", path,
		    strchr(path, '?') ? '&' : '?', p);
		rq = (struct sdc_http_request){ .url = url };
		if (sdc_http_do(r->http, &rq) != SDC_HTTP_OK)
			fail(rq.resp.error);
		if (sdc_syncro_page_parse(rq.resp.body.p, rq.resp.body.len,
		    key, &pg, &why) < 0) {
			snprintf(msg, sizeof msg, "GET %s: HTTP %ld: %s", url,
			    rq.resp.status, why);
			fail(msg);
		}
		sdc_http_request_clear(&rq);
		for (i = 0; i < json_object_array_length(pg.items); i++)
			fn(json_object_array_get_idx(pg.items, i), arg);
		if (sdc_syncro_page_last(&pg, p))
			break;
		sdc_syncro_page_free(&pg);
	}
	sdc_syncro_page_free(&pg);
}

static void
keep_timer(json_object *t, void *arg)
{
	struct push_remote *r = arg;
	char wid[40], id[32];
	long long tid = sdc_syncro_id(t);

	if (tid < 0 || push_marker(sdc_json_str(t, "notes"), wid) < 0)
		return;
	snprintf(id, sizeof id, "%lld", tid);
	json_object_object_add(r->timers, id, json_object_get(t));
}

void
push_remote_timers(struct push_remote *r, int64_t since)
{
	char path[128], buf[SDC_TIME_BUFSZ];

	if (!r->timers)
		r->timers = json_object_new_object();
	/* A timer for work is created after the work: older ones are not
	 * ours, and the list need not be read from the beginning. */
	if (since == SDC_TIME_NONE)
		snprintf(path, sizeof path, "/ticket_timers");
	else
		snprintf(path, sizeof path, "/ticket_timers?created_at_gt=%s",
		    sdc_time_format(since - 86400000LL, buf));
	get_all(r, path, "ticket_timers", keep_timer, r);
}

static void
keep_ticket(json_object *t, void *arg)
{
	json_object_array_add(arg, json_object_get(t));
}

json_object *
push_remote_customer_tickets(struct push_remote *r, long long customer_id)
{
	char key[32], path[64];
	json_object *list;

	if (!r->tickets)
		r->tickets = json_object_new_object();
	snprintf(key, sizeof key, "%lld", customer_id);
	if (json_object_object_get_ex(r->tickets, key, &list))
		return list;
	list = json_object_new_array();
	snprintf(path, sizeof path, "/tickets?customer_id=%lld", customer_id);
	get_all(r, path, "tickets", keep_ticket, list);
	json_object_object_add(r->tickets, key, list);
	return list;
}

int
push_remote_send(struct push_remote *r, const char *method, const char *path,
    json_object *body, json_object **answer)
{
	static const char *const hdrs[] = { "Content-Type: application/json",
	    NULL };
	size_t len;
	const char *text = sdc_json_text(body, &len), *why;
	struct sdc_http_request rq = { .method = method, .url = path,
	    .headers = hdrs, .body = text, .body_len = len };
	enum sdc_http_result res = sdc_http_do(r->write, &rq);
	long st = rq.resp.status;

	r->requests++;
	*answer = NULL;
	if (res == SDC_HTTP_ESTATUS && (st == 404 || st == 422)) {
		sdc_warnx("%s", rq.resp.error);
		sdc_http_request_clear(&rq);
		return 1;
	}
	if (res != SDC_HTTP_OK && (st == 429 || st >= 500 ||
	    res == SDC_HTTP_ERETRY)) {
		sdc_warnx("%s (checking Syncro before sending again)",
		    rq.resp.error);
		sdc_http_request_clear(&rq);
		return 2;
	}
	if (res != SDC_HTTP_OK)
		fail(rq.resp.error);
	*answer = sdc_json_parse(rq.resp.body.p, rq.resp.body.len, &why);
	if (!*answer || !json_object_is_type(*answer, json_type_object)) {
		/* Sent and accepted: the re-run finds it by its marker. */
		sdc_errx(SDC_EXIT_FATAL, "%s %s: HTTP %ld: answer is not a "
		    "JSON object", method, path, rq.resp.status);
	}
	sdc_http_request_clear(&rq);
	return 0;
}

void
push_remote_wait(struct push_remote *r, int n)
{
	long ms = sdc_http_backoff_ms(n, r->backoff_ms, 60000, 0.5);
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	nanosleep(&ts, NULL);
}

/* GET /users answers {"users": [[id, "name"], ...]} (OpenAPI example);
 * objects {"id", "full_name"} are taken too. */
static void
add_user(json_object *u, void *arg)
{
	json_object *id = NULL, *name = NULL;

	if (json_object_is_type(u, json_type_array) &&
	    json_object_array_length(u) >= 2) {
		id = json_object_array_get_idx(u, 0);
		name = json_object_array_get_idx(u, 1);
	} else if (json_object_is_type(u, json_type_object)) {
		id = sdc_json_get(u, "id");
		name = sdc_json_get(u, "full_name");
	}
	if (id && name && json_object_is_type(id, json_type_int) &&
	    json_object_is_type(name, json_type_string))
		json_object_object_add(arg, json_object_get_string(name),
		    json_object_new_int64(json_object_get_int64(id)));
}

json_object *
push_remote_users(struct push_remote *r)
{
	json_object *users = json_object_new_object();

	get_all(r, "/users", "users", add_user, users);
	return users;
}
