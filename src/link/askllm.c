/* askllm - the LLM's narrow band: the prompt (the original's, for
 * parity), the answer read back to one candidate, and the questions asked
 * ahead of the records (-j). */
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "diag.h"
#include "jsonw.h"
#include "linkint.h"

/* Python's json.dumps(list, indent=2): the original's prompt shows the
 * candidates that way, ASCII-escaped. */
static void
py_json_list(struct sdc_buf *b, const char *const *v, size_t n)
{
	size_t i;

	sdc_buf_adds(b, "[");
	for (i = 0; i < n; i++) {
		sdc_buf_adds(b, i ? ",\n  " : "\n  ");
		sdc_jsonw_string_ascii(b, v[i]);
	}
	sdc_buf_adds(b, n ? "\n]" : "]");
}

/* The answer names a candidate: case-insensitive, trimmed, unquoted. */
static long
llm_winner(const struct pool *p, const struct decision *d, const char *ans)
{
	size_t len = strlen(ans), k;
	char *a, *f;
	long win = -1;

	while (len > 0 && strchr(" \t\r\n\"'`", *ans))
		ans++, len--;
	while (len > 0 && strchr(" \t\r\n\"'`.", ans[len - 1]))
		len--;
	a = sdc_xstrndup(ans, len);
	f = sdc_name_fold(a);
	for (k = 0; k < d->ntop; k++) {
		long idx = pool_find_id(p, d->top_id[k]);

		if (idx >= 0 && strcmp(p->c[idx].fold, f) == 0 &&
		    same_name(p, (size_t)idx) == 1)
			win = idx;
	}
	free(a);
	free(f);
	return win;
}

/* The original's disambiguation prompt over the viable candidates. */
static void
llm_prompt(const struct pool *p, const char *guess, int contact,
    const struct decision *d, struct sdc_buf *sys, struct sdc_buf *user)
{
	const char *cn[TOPN];
	size_t k, n = 0;

	for (k = 0; k < d->ntop; k++)
		cn[n++] = p->c[pool_find_id(p, d->top_id[k])].name;
	sdc_buf_printf(sys, "Identify the single best match from a list of "
	    "%s names. Respond with only the name of the winner, exactly as "
	    "it appears in the list provided.", contact ? "contact" : "company");
	sdc_buf_adds(user, "From the following list of names:\n");
	py_json_list(user, cn, n);
	sdc_buf_printf(user, "\n\nWhich one is the most likely match for the "
	    "name: \"%s\"?", guess);
	sdc_count("llm calls", 1);
}

/* What the answer (or the failure) decides. */
static void
llm_answer(const struct pool *p, const char *guess, struct decision *d,
    const struct sdc_llm_result *r)
{
	long win;
	size_t k;

	if (r->err != SDC_LLM_OK) {
		sdc_warnx("LLM for \"%s\": %s", guess, r->errmsg ? r->errmsg : "failed");
		d->transient = 1;
		if (r->err == SDC_LLM_QUOTA || r->err == SDC_LLM_AUTH)
			llm_ready = 0;	/* no point asking again this run */
	} else if ((win = llm_winner(p, d, r->text)) >= 0) {
		for (k = 0; k < d->ntop && d->top_id[k] != p->c[win].id; k++)
			;
		link_to(d, (size_t)win, "llm", d->top_score[k]);
		d->conf = d->top_conf[k];
	} else
		snprintf(d->why, sizeof(d->why), "LLM answer \"%.80s\" is no "
		    "candidate", r->text);
}

void
ask_llm(const struct pool *p, const char *guess, int contact,
    struct decision *d)
{
	struct sdc_buf sys = SDC_BUF_INIT, user = SDC_BUF_INIT;
	struct sdc_llm_result r;

	llm_prompt(p, guess, contact, d, &sys, &user);
	sdc_llm_ask(&llm, &(struct sdc_llm_request){ sys.p, user.p, 64, 0, NULL, NULL },
	    "link", NULL, &r);
	llm_answer(p, guess, d, &r);
	sdc_llm_result_free(&r);
	sdc_buf_free(&sys);
	sdc_buf_free(&user);
}

/* --- LLM questions asked ahead, -j at a time (sdc_linkrec_prefetch) --- */

/* A question on its way; its decision is finished when the answer comes. */
struct pending {
	struct sdc_llm_call c;
	struct sdc_buf sys, user;
	struct pool *p;
	size_t memo;		/* an index: memo.m moves as it grows */
};

struct sdc_http_client *llm_http;
int deferring;		/* decide() queues its question */
size_t npending;


static void
llm_done(struct sdc_llm_call *c, void *arg)
{
	struct pending *q = arg;
	struct memo *m = &memo.m[q->memo];

	llm_answer(q->p, m->guess, &m->d, &c->res);
	m->d.pending = 0;
	decided(m, q->p);
	sdc_llm_call_clear(c);
	sdc_buf_free(&q->sys);
	sdc_buf_free(&q->user);
	free(q);
	npending--;
}

void
queue_llm(struct pool *p, const char *guess, struct decision *d)
{
	struct pending *q = sdc_xcalloc(1, sizeof(*q));
	struct memo *m = (struct memo *)(void *)((char *)d - offsetof(struct memo, d));

	llm_prompt(p, guess, 0, d, &q->sys, &q->user);
	q->p = p;
	q->memo = (size_t)(m - memo.m);
	q->c.m = &llm;
	q->c.task = "link";
	q->c.done = llm_done;
	q->c.arg = q;
	d->pending = 1;
	npending++;
	sdc_llm_call_start(llm_http, &q->c, &(struct sdc_llm_request){ q->sys.p,
	    q->user.p, 64, 0, NULL, NULL });
}

/* The LLM named by link.model (default: the lightweight capability);
 * none when --no-llm or when only the offline summariser is configured. */
void
setup_llm(void)
{
	const char *spec = sdc_config_str("link.model");
	char why[256];

	if (!use_llm)
		return;
	if (sdc_llm_model_resolve(spec ? spec : "lightweight", &llm, why,
	    sizeof(why)) < 0) {
		sdc_warnx("no LLM: %s", why);
		return;
	}
	if (llm.kind == SDC_LLM_EXTRACTIVE) {
		sdc_note("no LLM configured: ambiguous names go to review");
		sdc_llm_model_free(&llm);
		return;
	}
	llm_ready = 1;
	llm_http = sdc_llm_client(&(const struct sdc_llm_model *){ &llm }, 1);
	/* the shared call log keeps the cost trail of every call */
	if (sdc_config_path("llm.log_file"))
		sdc_llm_log_open(sdc_config_path("llm.log_file"));
}

