/* sdc-llm - titles, summaries and categories for Sessions from any
 * chat-completion LLM, or from the built-in extractive summariser.
 *
 * Sessions are read into a window of slots; each eligible (session, task)
 * pair becomes a job, each job one or more calls (map-reduce: one per
 * chunk, then a combining call).  At most -j calls are in flight; the
 * window holds 4 x -j sessions, so memory does not grow with the input.
 * A session is written when it and every session before it are done,
 * which keeps input order whatever order the answers come in. */
#include "diag.h"
#include "file.h"
#include "grow.h"
#include "config.h"
#include "answer.h"
#include "extractive.h"
#include "jsonl.h"
#include "llm.h"
#include "jsonw.h"
#include "nearby.h"
#include "qrec.h"
#include "redact.h"
#include "recio.h"
#include "sdctime.h"
#include "session.h"
#include "store.h"
#include "template.h"

#include <ctype.h>
#include <stdint.h>
#include <getopt.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define MAX_TASKS 8

static const char *usage_text =
"usage: sdc-llm [-hqv] [--version] [--config FILE] [--prompts FILE]\n"
"               [--model SPEC] [--key KEY] [--status LIST] [--force]\n"
"               [--dry-run] [-j N] [--cache DIR | --no-cache] [--log FILE]\n"
"               [--long cut|map-reduce] [--redact] [--reject FILE]\n"
"               [--context FILE]\n"
"               TASK... [FILE...]\n"
"Titles, summaries and categories of sessions from an LLM, or offline.\n"
"tasks: title summary category overview notes\n"
"\n"
"  --config FILE         the sdc config file\n"
"  --prompts FILE        the prompts (llm.prompts, else prompts.json beside the\n"
"                        config, ./config/, PREFIX/share/sdc)\n"
"  --model SPEC          PROVIDER:MODEL, a capability or extractive, for every task\n"
"  --key KEY             the generated_summaries key to write (default)\n"
"  --status LIST         statuses that make a session eligible (llm.statuses)\n"
"  --force               run a task already in processing_log\n"
"  --dry-run             print the requests as NDJSON, send nothing\n"
"  -j, --jobs N          requests in flight (llm.jobs, else 4)\n"
"  --cache DIR           response cache (llm.cache_dir, else data/state/llm-cache)\n"
"  --no-cache            neither read nor write the cache\n"
"  --log FILE            one NDJSON line per call (llm.log_file)\n"
"  --long cut|map-reduce a prompt over max_input_chars: cut it (default) or\n"
"                        summarise it in parts\n"
"  --redact              personal data replaced in prompts, restored in answers\n"
"  --reject FILE         write each input line that is not a session to FILE\n"
"  --context FILE        the tickets of offline titles from FILE (all the\n"
"                        results), not from the input files\n"
"  -q, --quiet           no warnings, no summary\n"
"  -v, --verbose         one audit line per call\n"
"  -h, --help            this text\n"
"  --version             the version\n";

enum { LONG_CUT, LONG_MAP };

static struct {
	const char *config, *prompts, *model, *key, *status, *cache, *log;
	const char *context;
	int force, dry, jobs, nocache, longmode, redact;
} opt = { .key = "default", .jobs = 0, .longmode = LONG_CUT };

struct task {
	const char *name;
	const char *system, *user;
	int max_tokens, json;
	json_object *sources;
	json_object *schema;	/* of the answer, with the categories in */
	struct sdc_llm_model model;
	char step[64];		/* its processing_log step (eligible) */
	char *logged;		/* its processing_log entry as JSON (qrec) */
};

static struct task tasks[MAX_TASKS];
static int ntasks;
static struct task map_task;		/* the prompt for one chunk */
static json_object *prompts, *categories, *statuses;
static int title_words;		/* llm.title_max_words */

struct slot;

struct job {
	struct slot *slot;
	struct task *task;
	char *user;		/* final prompt as sent (for a JSON repair) */
	char *answer;		/* checked, applied when the session is written */
	int repaired, failed;
	int calls;		/* queued or in flight; the job ends at 0 */
	int nparts, parts_left;
	char **partials;
};

struct slot {
	json_object *session;
	const char *file;
	long line;
	struct job jobs[MAX_TASKS];
	int njobs, left;
	int changed, failed, unfinished;
	struct sdc_redact *redactor;
	/* the extractive model's view, made once for all the tasks */
	struct sdc_xsession x;
	struct sdc_nearby_of near;
	struct sdc_xtext *xt;
};

/* One call: a job's main call (part < 0) or a map-reduce chunk. */
struct pcall {
	struct sdc_llm_call c;
	struct sdc_llm_request rq;
	char *user;
	struct job *job;
	int part;
	struct pcall *next;
};

static struct {
	struct slot *slots;
	size_t cap, head, count;
	struct pcall *pend, **pend_tail;
	int inflight, progress, busy, stopping;
	struct sdc_http_client *http;
	char **files;
	int nfiles, fileno;
	struct sdc_records *rec;
	long calls, cached, tok_in, tok_out, errors, enriched, ineligible;
	long failed_sessions, unwritten;
	double cost;
	int nearby_stream;	/* note tickets as they are read (stdin) */
	int quick;		/* offline: records read from their text */
	struct llm_qrec q;
} run;

static void step(void);

static void
usage(int code)
{
	fputs(usage_text, code ? stderr : stdout);
	exit(code);
}

/* ---- setup ---- */

/* --prompts, llm.prompts (relative to the config's folder), else the
 * shipped prompts.json: beside the config, ./config/, PREFIX/share/sdc. */
static const char *
prompts_path(void)
{
	const char *p;

	if (opt.prompts)
		return opt.prompts;
	if ((p = sdc_config_path("llm.prompts")))
		return p;
	if ((p = sdc_shipped_file("prompts.json")))
		return p;
	sdc_errx(SDC_EXIT_USAGE, "no prompts.json beside the config, in ./config/ or "
	    "in the installed share/sdc (use --prompts FILE)");
}

static void
load_prompts(void)
{
	const char *path = prompts_path(), *why;
	size_t len;
	char *data = sdc_file_read(path, 16UL << 20, &len);

	if (!data && !opt.prompts && sdc_config_path("llm.prompts"))
		sdc_err(SDC_EXIT_USAGE, "%s: llm.prompts: %s", sdc_config_file(), path);
	if (!data)
		sdc_err(SDC_EXIT_USAGE, "prompts %s", path);
	prompts = sdc_json_parse(data, len, &why);
	free(data);
	if (!prompts || !sdc_json_get(prompts, "tasks"))
		sdc_errx(SDC_EXIT_USAGE, "%s: not a prompts file: %s", path,
		    prompts ? "no \"tasks\"" : why);
}

static int
is_task(const char *name)
{
	return sdc_json_get(sdc_json_get(prompts, "tasks"), name) != NULL &&
	    strcmp(name, "map") != 0;
}

/* "enum": "categories" in a prompt's schema stands for the list. */
static void
fill_categories(json_object *o)
{
	size_t i;

	if (json_object_is_type(o, json_type_array))
		for (i = 0; i < json_object_array_length(o); i++)
			fill_categories(json_object_array_get_idx(o, i));
	if (!json_object_is_type(o, json_type_object))
		return;
	json_object_object_foreach(o, k, v) {
		if (strcmp(k, "enum") == 0 && json_object_is_type(v,
		    json_type_string) && strcmp(json_object_get_string(v),
		    "categories") == 0)
			json_object_object_add(o, k, json_object_get(categories));
		else
			fill_categories(v);
	}
}

static void
setup_prompt(struct task *t, const char *name)
{
	json_object *d = sdc_json_get(sdc_json_get(prompts, "tasks"), name);
	json_object *v;
	char why[300];

	t->name = name;
	t->system = sdc_json_str(d, "system");
	t->user = sdc_json_str(d, "user");
	if (!t->user)
		sdc_errx(SDC_EXIT_USAGE, "prompt %s has no \"user\" template",
		    name);
	if (sdc_template_check(t->user, why, sizeof(why)) < 0 ||
	    (t->system && sdc_template_check(t->system, why, sizeof(why)) < 0))
		sdc_errx(SDC_EXIT_USAGE, "prompt %s: %s", name, why);
	v = sdc_json_get(d, "max_tokens");
	t->max_tokens = v ? json_object_get_int(v) : 0;
	v = sdc_json_get(d, "json");
	t->json = v && json_object_get_boolean(v);
	t->sources = sdc_json_get(d, "sources");
	t->schema = NULL;
	if ((v = sdc_json_get(d, "schema")) &&
	    json_object_deep_copy(v, &t->schema, NULL) == 0)
		fill_categories(t->schema);
}

/* A task's processing_log entry (as JSON text when json). */
static char *
log_entry(const struct task *t, int json)
{
	struct sdc_buf b = SDC_BUF_INIT;
	char entry[512];

	snprintf(entry, sizeof(entry), SDC_SESSION_LLM_STEP "%s/%s model=%s",
	    t->name, SDC_VERSION, t->model.name);
	if (!json)
		return sdc_xstrdup(entry);
	sdc_jsonw_string(&b, entry);
	return sdc_buf_take(&b);
}

static void
setup_task(struct task *t, const char *name)
{
	const char *cap = sdc_json_str(sdc_json_get(sdc_json_get(prompts,
	    "tasks"), name), "capability");
	char why[300];

	setup_prompt(t, name);
	if (sdc_llm_model_resolve(opt.model ? opt.model : cap ? cap : "general",
	    &t->model, why, sizeof(why)) < 0)
		sdc_errx(SDC_EXIT_USAGE, "%s", why);
	snprintf(t->step, sizeof(t->step), SDC_SESSION_LLM_STEP "%s", name);
	t->logged = log_entry(t, 1);
}

static json_object *
list_option(const char *s)
{
	json_object *a = json_object_new_array();
	const char *comma;

	while (s && *s) {
		comma = strchr(s, ',');
		if (!comma)
			comma = s + strlen(s);
		if (comma > s)
			json_object_array_add(a, json_object_new_string_len(s,
			    (int)(comma - s)));
		s = *comma ? comma + 1 : comma;
	}
	return a;
}

static json_object *
config_list(const char *key, const char *def)
{
	json_object *v = sdc_config_get(key);

	if (v && json_object_is_type(v, json_type_array))
		return json_object_get(v);
	return list_option(def);
}

/* Cache and log only matter when something goes over the network. */
static void
open_state(void)
{
	const char *cache = opt.cache ? opt.cache :
	    sdc_config_path("llm.cache_dir");
	const char *log = opt.log ? opt.log : sdc_config_path("llm.log_file");
	const struct sdc_llm_model *m[MAX_TASKS];
	int i, net = 0;

	for (i = 0; i < ntasks; i++) {
		m[i] = &tasks[i].model;
		net |= m[i]->kind != SDC_LLM_EXTRACTIVE;
		/* Local servers need no key; a remote one will answer 401. */
		if (m[i]->kind != SDC_LLM_EXTRACTIVE && !m[i]->key &&
		    !strstr(m[i]->url, "://localhost") &&
		    !strstr(m[i]->url, "://127.0.0.1") &&
		    (i == 0 || strcmp(m[i]->provider, m[i - 1]->provider)))
			sdc_warnx("%s: no API key (set the variable named by "
			    "llm.providers.%s.api_key_env)", m[i]->name,
			    m[i]->provider);
	}
	if (!net)
		return;
	if (!opt.nocache) {
		cache = cache ? cache : sdc_default_path("data/state/llm-cache");
		sdc_file_mkdirs(cache);
		sdc_llm_cache_open(cache);
	}
	if (opt.dry)
		return;
	log = log ? log : sdc_default_path("data/state/llm-calls.jsonl");
	sdc_file_mkparent(log);
	sdc_llm_log_open(log);
	run.http = sdc_llm_client(m, ntasks);
	if (!run.http)
		sdc_errx(SDC_EXIT_FATAL, "cannot set up the HTTP client");
}

/* ---- answers ---- */

static void
log_step(struct slot *s, struct task *t)
{
	char when[SDC_TIME_BUFSZ], *entry = log_entry(t, 0);

	sdc_session_log(s->session, entry);
	free(entry);
	sdc_session_set_str(s->session, "meta", "last_updated_timestamp_utc",
	    sdc_time_format(sdc_now_ms() / 1000 * 1000, when));
	s->changed = 1;
}

/* Store a task's checked answer.  Done when the session is written, in
 * task order, so processing_log does not depend on which answer came
 * first. */
static void
apply(struct job *j, const char *text)
{
	llm_store_answer(j->slot->session, j->task->name, text, categories,
	    opt.key);
	log_step(j->slot, j->task);
}

/* ---- prompts ---- */

static char *
render(const char *tmpl, json_object *session, int part, int parts)
{
	json_object *root = json_object_new_object();
	char *s;

	json_object_object_add(root, "session", json_object_get(session));
	json_object_object_add(root, "categories", json_object_get(categories));
	json_object_object_add(root, "part", json_object_new_int(part));
	json_object_object_add(root, "parts", json_object_new_int(parts));
	s = sdc_template_render(tmpl, root, NULL);
	json_object_put(root);
	return s;
}

/* Keep the start and the end (where the outcome usually is); cut on a
 * UTF-8 character boundary. */
static char *
cut_middle(char *s, long max)
{
	struct sdc_buf b = SDC_BUF_INIT;
	size_t n = strlen(s), head, tail;

	if (max <= 0 || n <= (size_t)max)
		return s;
	head = (size_t)max / 2;
	tail = (size_t)max - head;
	while (head > 0 && ((unsigned char)s[head] & 0xC0) == 0x80)
		head--;
	while (tail > 0 && ((unsigned char)s[n - tail] & 0xC0) == 0x80)
		tail--;
	sdc_buf_add(&b, s, head);
	sdc_buf_printf(&b, "\n[... %zu characters cut ...]\n",
	    n - head - tail);
	sdc_buf_add(&b, s + n - tail, tail);
	free(s);
	return sdc_buf_take(&b);
}

/* A copy of session sharing every value but its segments. */
static json_object *
with_segments(json_object *session, json_object *segs)
{
	json_object *o = json_object_new_object();

	json_object_object_foreach(session, k, v)
		json_object_object_add(o, k, strcmp(k, "segments") == 0 ?
		    segs : json_object_get(v));
	if (!sdc_json_get(o, "segments"))
		json_object_object_add(o, "segments", segs);
	return o;
}

/* ---- calls ---- */

static void on_call_done(struct sdc_llm_call *c, void *arg);

static void
print_dry(struct pcall *pc)
{
	struct sdc_llm_model *m = &pc->job->task->model;
	json_object *o = json_object_new_object(), *body;
	char *b = sdc_llm_body(m, &pc->rq);
	const char *why;
	struct sdc_llm_result r;

	body = sdc_json_parse(b, strlen(b), &why);
	json_object_object_add(o, "session_id", pc->c.session_id ?
	    json_object_new_string(pc->c.session_id) : NULL);
	json_object_object_add(o, "task", json_object_new_string(
	    pc->job->task->name));
	json_object_object_add(o, "model", json_object_new_string(m->name));
	json_object_object_add(o, "url", m->url ?
	    json_object_new_string(m->url) : NULL);
	memset(&r, 0, sizeof(r));
	json_object_object_add(o, "cached", json_object_new_boolean(
	    sdc_llm_cache_get(m, b, &r)));
	sdc_llm_result_free(&r);
	json_object_object_add(o, "body", body);
	sdc_write_record(o);
	json_object_put(o);
	free(b);
}

static void
queue_call(struct job *j, int part, struct task *t, char *user)
{
	struct pcall *pc = sdc_xcalloc(1, sizeof(*pc));
	struct slot *s = j->slot;

	if (s->redactor) {
		pc->user = sdc_redact(s->redactor, user);
		free(user);
	} else
		pc->user = user;
	pc->user = cut_middle(pc->user, j->task->model.max_input_chars);
	pc->job = j;
	pc->part = part;
	pc->rq = (struct sdc_llm_request){ t->system, pc->user, t->max_tokens,
	    t->json, t->name, t->schema };
	pc->c.m = &j->task->model;
	pc->c.task = j->task->name;
	pc->c.session_id = sdc_json_str(sdc_json_get(s->session, "meta"),
	    "session_id");
	pc->c.done = on_call_done;
	pc->c.check_first = 1;
	pc->c.arg = pc;
	if (opt.dry) {
		print_dry(pc);
		free(pc->user);
		free(pc);
		return;
	}
	if (part < 0) {
		free(j->user);
		j->user = sdc_xstrdup(pc->user);
	}
	j->calls++;
	*run.pend_tail = pc;
	run.pend_tail = &pc->next;
}

static void
job_end(struct job *j)
{
	int i;

	for (i = 0; i < j->nparts; i++)
		free(j->partials[i]);
	free(j->partials);
	free(j->user);
	j->partials = NULL;
	j->user = NULL;
	j->slot->left--;
	run.progress = 1;
}

/* Reported once, even when several chunks of a map-reduce fail; the job
 * ends when its last call is back. */
static void
job_fail(struct job *j, const char *why)
{
	if (j->failed)
		return;
	/* Said even with -q: it makes the exit status 1 (not a warning). */
	sdc_warnx("%s:%ld: %s: %s", j->slot->file, j->slot->line, j->task->name, why);
	j->failed = 1;
	j->slot->failed = 1;
	run.errors++;
}

/* Greedy chunks of whole segments that fit the budget. */
static void
start_map(struct job *j, json_object *segs, long budget)
{
	size_t i, n = json_object_array_length(segs), size = 0;
	json_object *chunks = json_object_new_array(), *cur = NULL, *seg;
	long k;

	for (i = 0; i < n; i++) {
		seg = json_object_array_get_idx(segs, i);
		k = (long)(strlen(sdc_json_str(seg, "author") ?: "") +
		    strlen(sdc_json_str(seg, "content") ?: "") + 3);
		if (cur && (long)size + k > budget) {
			cur = NULL;
			size = 0;
		}
		if (!cur) {
			cur = json_object_new_array();
			json_object_array_add(chunks, cur);
		}
		json_object_array_add(cur, json_object_get(seg));
		size += (size_t)k;
	}
	j->nparts = j->parts_left = (int)json_object_array_length(chunks);
	j->partials = sdc_xcalloc((size_t)j->nparts, sizeof(char *));
	for (k = 0; k < j->nparts; k++) {
		seg = with_segments(j->slot->session, json_object_get(
		    json_object_array_get_idx(chunks, (size_t)k)));
		queue_call(j, (int)k, &map_task, render(map_task.user, seg,
		    (int)k + 1, j->nparts));
		json_object_put(seg);
	}
	json_object_put(chunks);
}

static void
start_reduce(struct job *j)
{
	json_object *segs = json_object_new_array(), *seg, *ses;
	char author[64];
	int i;

	for (i = 0; i < j->nparts; i++) {
		seg = json_object_new_object();
		snprintf(author, sizeof(author), "Part %d of %d", i + 1,
		    j->nparts);
		json_object_object_add(seg, "author",
		    json_object_new_string(author));
		json_object_object_add(seg, "content",
		    json_object_new_string(j->partials[i]));
		json_object_array_add(segs, seg);
	}
	ses = with_segments(j->slot->session, segs);
	queue_call(j, -1, j->task, render(j->task->user, ses, 0, 0));
	json_object_put(ses);
}

/* Room for transcript lines in one chunk's prompt. */
static long
map_budget(struct job *j)
{
	json_object *none = with_segments(j->slot->session,
	    json_object_new_array());
	char *frame = render(map_task.user, none, 99, 99);
	long room = j->task->model.max_input_chars - (long)strlen(frame);

	free(frame);
	json_object_put(none);
	return room > 100 ? room : 100;
}

static struct sdc_xtext *
slot_text(struct slot *s)
{
	if (!s->xt) {
		sdc_xsession_of_json(&s->x, s->session, &s->near);
		s->xt = sdc_xtext_new(&s->x);
	}
	return s->xt;
}

/* The extractive answers are made at once: what they read goes. */
static void
slot_text_free(struct slot *s)
{
	sdc_xtext_free(s->xt);
	free((void *)s->x.content);
	s->xt = NULL;
	s->x.content = NULL;
}

static void
start_job(struct job *j)
{
	struct task *t = j->task;
	json_object *ses = j->slot->session, *segs;
	char *user, *text;

	if (t->model.kind == SDC_LLM_EXTRACTIVE && !opt.dry) {
		/* A session with no text at all has nothing to extract. */
		text = sdc_xtext_answer(slot_text(j->slot), t->name, &j->slot->x,
		    categories);
		if (*text)
			j->answer = text;
		else
			free(text);
		job_end(j);
		return;
	}
	user = render(t->user, ses, 0, 0);
	segs = sdc_json_get(ses, "segments");
	if (opt.longmode == LONG_MAP && (long)strlen(user) >
	    t->model.max_input_chars && segs &&
	    json_object_is_type(segs, json_type_array) &&
	    json_object_array_length(segs) > 1) {
		free(user);
		start_map(j, segs, map_budget(j));
	} else
		queue_call(j, -1, t, user);
	if (opt.dry)
		job_end(j);
}

static double
mono_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* One line redrawn on a terminal, at most four times a second. */
static void
progress(int done)
{
	static double start, last;
	static int on = -1;
	double now = mono_s();

	if (on < 0) {
		on = isatty(STDERR_FILENO) && !sdc_quiet && !sdc_verbose;
		start = now;
	}
	if (!on || (!done && now - last < 0.25))
		return;
	last = now;
	if (done) {
		fputs("\r\033[K", stderr);
		return;
	}
	fprintf(stderr, "\rsdc-llm: %ld sessions  %ld calls  %ld cached  "
	    "%.1f req/s\033[K", sdc_stats.read, run.calls, run.cached,
	    now > start ? (run.calls - run.cached) / (now - start) : 0.0);
}

static void
count_call(const struct sdc_llm_call *c)
{
	const struct sdc_llm_result *r = &c->res;

	run.calls++;
	progress(0);
	if (r->cached) {
		run.cached++;
		return;
	}
	run.tok_in += r->in_tokens > 0 ? r->in_tokens : 0;
	run.tok_out += r->out_tokens > 0 ? r->out_tokens : 0;
	run.cost += sdc_llm_cost(c->m, r->in_tokens, r->out_tokens);
	if (sdc_verbose)
		sdc_note("%s %s %s: %ld in, %ld out, %.0f ms, %d retries%s%s",
		    c->task, c->session_id ? c->session_id : "-", c->m->name,
		    r->in_tokens, r->out_tokens, r->latency_ms, r->retries,
		    r->errmsg ? ": " : "", r->errmsg ? r->errmsg : "");
}

static void
call_ok(struct pcall *pc, const char *answer)
{
	struct job *j = pc->job;
	struct slot *s = j->slot;
	char *text, *value, why[200];
	struct sdc_buf retry = SDC_BUF_INIT;

	if (pc->part >= 0) {
		sdc_llm_cache_put(pc->c.m, pc->c.body, &pc->c.res);
		j->partials[pc->part] = sdc_xstrdup(answer);
		if (--j->parts_left == 0)
			start_reduce(j);
		return;
	}
	text = s->redactor ? sdc_unredact(s->redactor, answer) :
	    sdc_xstrdup(answer);
	value = sdc_answer_check(j->task->name, text, categories,
	    title_words, why, sizeof(why));
	if (value) {
		if (!pc->c.res.cached)
			sdc_llm_cache_put(pc->c.m, pc->c.body, &pc->c.res);
		j->answer = value;
	} else if (!j->repaired) {
		/* One repair: the same request, told what was wrong. */
		j->repaired = 1;
		sdc_buf_printf(&retry, "%s\n\nYour previous answer was not "
		    "valid (%s). Reply with %s only.", j->user, why,
		    sdc_answer_wanted(j->task->name));
		queue_call(j, -1, j->task, sdc_buf_take(&retry));
	} else
		job_fail(j, why);
	free(text);
}

static void
on_call_done(struct sdc_llm_call *c, void *arg)
{
	struct pcall *pc = arg;
	struct job *j = pc->job;

	run.inflight--;
	run.progress = 1;
	j->calls--;
	count_call(c);
	if (c->res.err == SDC_LLM_QUOTA || c->res.err == SDC_LLM_NET ||
	    c->res.err == SDC_LLM_AUTH) {
		if (!run.stopping)
			sdc_warnx("stopping: %s", c->res.errmsg);
		run.stopping = 1;
		j->slot->unfinished = 1;
		j->failed = 1;
		run.errors++;
	} else if (c->res.err != SDC_LLM_OK)
		job_fail(j, c->res.errmsg ? c->res.errmsg : "call failed");
	else if (!j->failed)
		call_ok(pc, c->res.text);
	if (j->calls == 0)
		job_end(j);
	sdc_llm_call_clear(c);
	free(pc->user);
	free(pc);
	step();
}

static void
pump(void)
{
	struct pcall *pc;

	while (run.pend && run.inflight < opt.jobs && !run.stopping) {
		pc = run.pend;
		run.pend = pc->next;
		if (!run.pend)
			run.pend_tail = &run.pend;
		run.inflight++;
		sdc_llm_call_start(run.http, &pc->c, &pc->rq);
	}
}

/* ---- sessions ---- */

static int
listed(json_object *list, const char *s)
{
	size_t i, n;

	if (!s || !list || !json_object_is_type(list, json_type_array))
		return 0;
	n = json_object_array_length(list);
	for (i = 0; i < n; i++)
		if (strcmp(json_object_get_string(json_object_array_get_idx(list,
		    i)) ?: "", s) == 0)
			return 1;
	return 0;
}

/* Why sessions were skipped, said once per run at the end: a status not
 * eligible (one line per status), a source the task skips, tasks done. */
enum { SKIP_STATUS, SKIP_SOURCE, SKIP_DONE };
static struct skip {
	int why;
	char status[48];
	long n;
} skips[16];
static int nskips;

static void
skipped(int why, const char *status)
{
	int i;

	if (why != SKIP_STATUS)
		status = "";
	snprintf(skips[nskips].status, sizeof(skips->status), "%s", status ? status : "(none)");
	for (i = 0; i < nskips; i++)
		if (skips[i].why == why && strcmp(skips[i].status, skips[nskips].status) == 0)
			break;
	if (i == nskips && nskips < (int)(sizeof(skips) / sizeof(*skips)) - 1)
		skips[nskips++].why = why;
	skips[i < nskips ? i : nskips - 1].n++;
}

static void
skipped_summary(void)
{
	static const char *const hint[] = {
		"use --status, or sdc-link first", "the task's prompt names its sources",
		"already in processing_log; --force runs them again" };
	int i;

	for (i = 0; i < nskips; i++)
		fprintf(stderr, "sdc-llm: %ld sessions ineligible: %s%s (%s)\n", skips[i].n,
		    skips[i].why == SKIP_STATUS ? "status " : skips[i].why == SKIP_SOURCE ?
		    "source not taken by the task" : "every task done", skips[i].status,
		    hint[skips[i].why]);
}

/* 1 when the task should run on the session; else 0, *why says why. */
static int
eligible(json_object *session, struct task *t, int *why)
{
	json_object *meta = sdc_json_get(session, "meta");

	*why = SKIP_STATUS;
	if (!listed(statuses, sdc_json_str(meta, "processing_status")))
		return 0;
	*why = SKIP_SOURCE;
	if (t->sources && !listed(t->sources, sdc_json_str(meta,
	    "source_system")))
		return 0;
	*why = SKIP_DONE;
	return opt.force || !sdc_session_has_log(session, t->step);
}

/* ---- the quick way: offline runs over the record's text (qrec.h) ---- */

/* Offline, with every task one qrec can store: no json-c tree for a
 * record json-c would write back as it is. */
static int
quick_tasks(void)
{
	static const char *const ok[] = { "title", "category", "summary", "overview" };
	int i, k, n;

	for (i = 0; i < ntasks; i++) {
		for (k = 0, n = 0; k < 4; k++)
			n += strcmp(tasks[i].name, ok[k]) == 0;
		for (k = 0; k < i; k++)
			n += strcmp(tasks[i].name, tasks[k].name) == 0 ? 2 : 0;
		if (n != 1 || tasks[i].model.kind != SDC_LLM_EXTRACTIVE)
			return 0;
	}
	return !opt.dry;
}

/* sdc_session_has_log over the entries of the text's processing_log. */
static int
q_has_log(struct llm_qrec *q, int log, const char *step)
{
	size_t len = strlen(step);
	const char *e;
	int i;

	if (log < 0 || q->it[log].kind != 'a')
		return 0;
	for (i = llm_qrec_first(q, log); i >= 0; i = llm_qrec_next(q, log, i))
		if ((e = llm_qrec_str(q, i)) && strncmp(e, step, len) == 0 &&
		    (e[len] == '/' || e[len] == '\0' || e[len] == ' '))
			return 1;
	return 0;
}

/* eligible() for the text; the tasks' flags into run[]. */
static int
q_eligible(struct llm_qrec *q, int meta, int run_task[MAX_TASKS], int *why)
{
	const char *status = llm_qrec_str(q, llm_qrec_find(q, meta, "processing_status"));
	const char *sys = llm_qrec_str(q, llm_qrec_find(q, meta, "source_system"));
	int i, n = 0, log = llm_qrec_find(q, meta, "processing_log");

	*why = SKIP_DONE;
	for (i = 0; i < ntasks; i++) {
		run_task[i] = 0;
		*why = SKIP_STATUS;
		if (!listed(statuses, status))
			continue;
		*why = SKIP_SOURCE;
		if (tasks[i].sources && !listed(tasks[i].sources, sys))
			continue;
		*why = SKIP_DONE;
		n += run_task[i] = opt.force || !q_has_log(q, log, tasks[i].step);
	}
	if (!n) {
		run.ineligible++;
		skipped(*why, status);
	}
	return n;
}


/* Results go into insights: a record whose meta or insights is not an
 * object is no session to write them into.  It is rejected like sdc-link
 * and sdc-merge reject one (counted, copied to --reject), not passed on. */
static int
not_a_session(json_object *o)
{
	json_object *ins = sdc_json_get(o, "insights");

	return !json_object_is_type(sdc_json_get(o, "meta"), json_type_object) ||
	    (ins && !json_object_is_type(ins, json_type_object));
}

/* A number json-c reads as an int (jscan-short: no overflow). */
static int
q_whole(const struct llm_qitem *it)
{
	return it->kind == 'n' && !memchr(it->val, '.', it->vlen) &&
	    !memchr(it->val, 'e', it->vlen) && !memchr(it->val, 'E', it->vlen);
}

/* json_object_get_int of an int64 */
static int
clamp_int(long long v)
{
	return v <= INT32_MIN ? INT32_MIN : v >= INT32_MAX ? INT32_MAX : (int)v;
}

/* The summariser's view of the text; 0 when a value is one json-c would
 * read otherwise (minutes that are not a whole number or null). */
static int
q_xsession(struct llm_qrec *q, int meta, int ins, struct sdc_xsession *x,
    struct sdc_nearby_of *near)
{
	static const char **content;
	static size_t cap;
	int segs = llm_qrec_find(q, -1, "segments"), min, i, ctx, id;
	const char *sys = llm_qrec_str(q, llm_qrec_find(q, meta, "source_system"));
	const char *name, *start;
	size_t n = 0;

	min = llm_qrec_find(q, ins, "session_duration_minutes");
	if (min >= 0 && q->it[min].kind != 'z' && !q_whole(&q->it[min]))
		return 0;
	for (i = segs >= 0 && q->it[segs].kind == 'a' ? llm_qrec_first(q, segs) : -1;
	    i >= 0; i = llm_qrec_next(q, segs, i)) {
		content = sdc_grow(content, &cap, n + 1, sizeof(*content));
		content[n++] = llm_qrec_str(q, llm_qrec_find(q, i, "content"));
	}
	*x = (struct sdc_xsession){ content, n, llm_qrec_str(q, llm_qrec_find(q,
	    ins, "source_title")), llm_qrec_str(q, llm_qrec_find(q, ctx =
	    llm_qrec_find(q, -1, "context"), "customer_name")), sys, 0, NULL };
	if (min >= 0 && q->it[min].kind == 'n')
		x->minutes = clamp_int(strtoll(q->it[min].val, NULL, 10));
	if (!run.nearby_stream && !sdc_nearby_any())
		return 1;
	id = llm_qrec_find(q, ctx, "customer_id");
	name = x->customer;
	start = llm_qrec_str(q, llm_qrec_find(q, ins, "session_start_time_utc"));
	sdc_nearby_of_values(near, sys, sys ? strlen(sys) : 0, id >= 0 &&
	    q->it[id].kind == 'n' ? q->it[id].val : NULL, id >= 0 ? q->it[id].vlen : 0,
	    name, name ? strlen(name) : 0, start, start ? strlen(start) : 0);
	near->subject = x->source_title;
	near->subject_len = x->source_title ? strlen(x->source_title) : 0;
	x->near = near;
	return 1;
}

/* llm_store_answer on the text. */
static void
q_store(struct llm_qrec *q, int ins, const char *task, const char *text)
{
	static struct sdc_buf v = SDC_BUF_INIT, o = SDC_BUF_INIT;
	const char *obj = strcmp(task, "summary") == 0 ? "generated_summaries" :
	    strcmp(task, "overview") == 0 ? "structured_llm_results" : NULL;
	int i;

	sdc_buf_reset(&v);
	sdc_jsonw_string(&v, text);
	if (!obj) {
		llm_qrec_set(q, ins, strcmp(task, "title") == 0 ?
		    "llm_generated_title" : "llm_generated_category", v.p);
		return;
	}
	if ((i = llm_qrec_find(q, ins, obj)) >= 0 && q->it[i].kind == 'o') {
		llm_qrec_set(q, i, obj[0] == 'g' ? opt.key : "detailed_overview", v.p);
		return;
	}
	sdc_buf_reset(&o);
	sdc_buf_addc(&o, '{');
	sdc_jsonw_string(&o, obj[0] == 'g' ? opt.key : "detailed_overview");
	sdc_buf_addc(&o, ':');
	sdc_buf_add(&o, v.p, v.len);
	sdc_buf_addc(&o, '}');
	if (i >= 0)
		llm_qrec_replace(q, i, o.p);
	else
		llm_qrec_set(q, ins, obj, o.p);
}

/* The tasks' answers stored, logged, in task order (apply, log_step). */
static void
q_answer(struct llm_qrec *q, int meta, int ins, const int run_task[MAX_TASKS],
    const struct sdc_xsession *x)
{
	struct sdc_xtext *t = sdc_xtext_new(x);
	struct sdc_buf v = SDC_BUF_INIT;
	char when[SDC_TIME_BUFSZ], *a;
	int i, log = llm_qrec_find(q, meta, "processing_log"), changed = 0;

	for (i = 0; i < ntasks; i++) {
		if (!run_task[i])
			continue;
		a = sdc_xtext_answer(t, tasks[i].name, x, categories);
		if (*a) {
			q_store(q, ins, tasks[i].name, a);
			if (log >= 0 && q->it[log].kind == 'a')
				llm_qrec_append(q, log, tasks[i].logged);
			changed = 1;
		}
		free(a);
	}
	if (changed) {	/* set once: the last of log_step's sets is what stays */
		sdc_buf_reset(&v);
		sdc_jsonw_string(&v, sdc_time_format(sdc_now_ms() / 1000 * 1000, when));
		llm_qrec_set(q, meta, "last_updated_timestamp_utc", v.p);
	}
	run.enriched += changed;
	sdc_buf_free(&v);
	sdc_xtext_free(t);
}

static void flush(int all);

/* A line of an offline run, read by qrec when it can (sdc_records_quick):
 * the window's sessions are all done (offline answers come at once), so
 * they go first, then this one, with its answers spliced in. */
static int
quick_line(struct sdc_records *r, const char *line, size_t len, void *ctx)
{
	struct llm_qrec *q = ctx;
	struct sdc_xsession x;
	struct sdc_nearby_of near;
	int meta, ins, run_task[MAX_TASKS], why;

	(void)r;
	if (!llm_qrec_read(q, line, len))
		return 0;
	meta = llm_qrec_find(q, -1, "meta");
	ins = llm_qrec_find(q, -1, "insights");
	if (meta < 0 || ins < 0 || q->it[meta].kind != 'o' ||
	    q->it[ins].kind != 'o' || !q_xsession(q, meta, ins, &x, &near))
		return 0;
	flush(0);
	if (run.count > 0)
		return 0;
	if (run.nearby_stream)
		sdc_nearby_add_of(&near);
	if (q_eligible(q, meta, run_task, &why))
		q_answer(q, meta, ins, run_task, &x);
	llm_qrec_write(q);
	return 1;
}

static void
start_session(struct slot *s)
{
	int i, why = SKIP_DONE;

	for (i = 0; i < ntasks; i++)
		if (eligible(s->session, &tasks[i], &why)) {
			s->jobs[s->njobs].slot = s;
			s->jobs[s->njobs].task = &tasks[i];
			s->njobs++;
		}
	s->left = s->njobs;
	if (s->njobs == 0) {
		run.ineligible++;
		skipped(why, sdc_json_str(sdc_json_get(s->session, "meta"), "processing_status"));
	}
	else if (opt.redact)
		s->redactor = sdc_redact_new();
	for (i = 0; i < s->njobs; i++)
		start_job(&s->jobs[i]);
	slot_text_free(s);
}

static int
next_record(json_object **out)
{
	int rc;

	for (;;) {
		if (!run.rec) {
			if (run.fileno >= run.nfiles)
				return 0;
			run.rec = sdc_records_open(run.files[run.fileno],
			    SDC_MAX_LINE_DEFAULT);
			if (!run.rec)
				sdc_err(SDC_EXIT_FATAL, "%s", run.files[run.fileno]);
			if (run.quick)
				sdc_records_quick(run.rec, quick_line, &run.q);
			run.fileno++;
		}
		rc = sdc_records_next(run.rec, out);
		if (rc > 0)
			return 1;
		if (rc == 0) {
			sdc_records_close(run.rec);
			run.rec = NULL;
		}
	}
}

static void
refill(void)
{
	struct slot *s;
	json_object *o;

	while (run.count < run.cap && !run.stopping && next_record(&o)) {
		if (not_a_session(o)) {
			sdc_reject_record(run.rec, o, "not a session: meta or "
			    "insights is not an object");
			json_object_put(o);
			continue;
		}
		if (run.nearby_stream)
			sdc_nearby_add(o);
		s = &run.slots[(run.head + run.count++) % run.cap];
		memset(s, 0, sizeof(*s));
		s->session = o;
		s->file = run.files[run.fileno - 1];
		s->line = sdc_records_lineno(run.rec);
		run.progress = 1;
		start_session(s);
	}
}

static void
slot_free(struct slot *s)
{
	int i, k;

	for (i = 0; i < s->njobs; i++) {
		for (k = 0; s->jobs[i].partials && k < s->jobs[i].nparts; k++)
			free(s->jobs[i].partials[k]);
		free(s->jobs[i].partials);
		free(s->jobs[i].user);
		free(s->jobs[i].answer);
	}
	json_object_put(s->session);
	sdc_redact_free(s->redactor);
	memset(s, 0, sizeof(*s));
}

static void
write_slot(struct slot *s)
{
	int i;

	for (i = 0; i < s->njobs; i++)
		if (s->jobs[i].answer)
			apply(&s->jobs[i], s->jobs[i].answer);
	if (!opt.dry)
		sdc_write_record(s->session);
	run.enriched += s->changed;
	run.failed_sessions += s->failed;
}

/* Write the finished sessions at the head of the window, in order.  With
 * all (after a stop), go on past unfinished ones, which are counted. */
static void
flush(int all)
{
	struct slot *s;

	while (run.count > 0) {
		s = &run.slots[run.head];
		if (s->left > 0 && !all)
			break;
		if (s->left > 0 || s->unfinished)
			run.unwritten++;
		else
			write_slot(s);
		slot_free(s);
		run.head = (run.head + 1) % run.cap;
		run.count--;
	}
}

static void
step(void)
{
	if (run.busy)
		return;
	run.busy = 1;
	do {
		run.progress = 0;
		flush(0);
		refill();
		flush(0);
		pump();
	} while (run.progress);
	run.busy = 0;
}

/* At the end: the calls never started (after a stop) are dropped, every
 * finished session is written. */
static void
drain(void)
{
	struct pcall *pc;

	while ((pc = run.pend)) {
		run.pend = pc->next;
		free(pc->user);
		free(pc);
	}
	flush(1);
}

static void
summary(void)
{
	progress(1);
	if (sdc_quiet)
		return;
	skipped_summary();
	fprintf(stderr, "sdc-llm: %ld sessions: %ld enriched, %ld ineligible, "
	    "%ld failed", sdc_stats.read - sdc_stats.rejected, run.enriched,
	    run.ineligible, run.failed_sessions);
	if (run.unwritten)
		fprintf(stderr, ", %ld not written", run.unwritten);
	fprintf(stderr, "; %ld calls (%ld cached), %ld tokens in, %ld out, "
	    "est. cost $%.4f, %ld errors\n", run.calls, run.cached, run.tok_in,
	    run.tok_out, run.cost, run.errors);
}

/* ---- main ---- */

/* Offline titles of remote sessions lead with the subject of a ticket
 * near in time (nearby.h): the tickets in the input files are read
 * first; from standard input only those before the session count. */
static void
scan_tickets(void)
{
	int i, want = 0;

	for (i = 0; i < ntasks; i++)
		want |= tasks[i].model.kind == SDC_LLM_EXTRACTIVE &&
		    (strcmp(tasks[i].name, "title") == 0 ||
		    strcmp(tasks[i].name, "notes") == 0);
	if (!want || opt.dry)
		return;
	for (i = 0; i < run.nfiles; i++)
		if (strcmp(run.files[i], "-") == 0)
			run.nearby_stream = 1;
	/* from standard input with --context: every ticket of the context,
	 * none of the input's (a GNU parallel job's block of a file) */
	if (run.nearby_stream && opt.context) {
		run.nearby_stream = 0;
		sdc_nearby_scan(NULL, 0, opt.context);
	} else if (!run.nearby_stream)
		sdc_nearby_scan((const char *const *)run.files, run.nfiles,
		    opt.context);
}

static void
parse_options(int argc, char **argv)
{
	enum { O_CONFIG = 256, O_PROMPTS, O_MODEL, O_KEY, O_STATUS,
	    O_FORCE, O_DRY, O_CACHE, O_NOCACHE, O_LOG, O_LONG, O_REDACT,
	    O_CONTEXT };
	static const struct option lo[] = {
		SDC_COMMON_OPTIONS,
		{ "jobs", required_argument, NULL, 'j' },
		{ "config", required_argument, NULL, O_CONFIG },
		{ "prompts", required_argument, NULL, O_PROMPTS },
		{ "model", required_argument, NULL, O_MODEL },
		{ "key", required_argument, NULL, O_KEY },
		{ "status", required_argument, NULL, O_STATUS },
		{ "force", no_argument, NULL, O_FORCE },
		{ "dry-run", no_argument, NULL, O_DRY },
		{ "cache", required_argument, NULL, O_CACHE },
		{ "no-cache", no_argument, NULL, O_NOCACHE },
		{ "log", required_argument, NULL, O_LOG },
		{ "long", required_argument, NULL, O_LONG },
		{ "redact", no_argument, NULL, O_REDACT },
		{ "context", required_argument, NULL, O_CONTEXT },
		{ NULL, 0, NULL, 0 }
	};
	int c;
	char *end;

	while ((c = getopt_long(argc, argv, "hvqj:", lo, NULL)) != -1) {
		switch (c) {
		case 'h': usage(0); break;
		case 'j':
			opt.jobs = (int)strtol(optarg, &end, 10);
			if (*end || opt.jobs < 1 || opt.jobs > 256)
				sdc_errx(SDC_EXIT_USAGE, "-j wants 1 to 256");
			break;
		case O_CONFIG: opt.config = optarg; break;
		case O_PROMPTS: opt.prompts = optarg; break;
		case O_MODEL: opt.model = optarg; break;
		case O_KEY: opt.key = optarg; break;
		case O_STATUS: opt.status = optarg; break;
		case O_FORCE: opt.force = 1; break;
		case O_DRY: opt.dry = 1; break;
		case O_CACHE: opt.cache = optarg; break;
		case O_NOCACHE: opt.nocache = 1; break;
		case O_LOG: opt.log = optarg; break;
		case O_LONG:
			if (strcmp(optarg, "cut") && strcmp(optarg, "map-reduce"))
				sdc_errx(SDC_EXIT_USAGE,
				    "--long wants cut or map-reduce");
			opt.longmode = strcmp(optarg, "cut") ? LONG_MAP :
			    LONG_CUT;
			break;
		case O_REDACT: opt.redact = 1; break;
		case O_CONTEXT: opt.context = optarg; break;
		default:
			if (!sdc_common_option(c, optarg))
				usage(SDC_EXIT_USAGE);
		}
	}
}

static void
check_context(void)
{
	if (opt.context)
		sdc_file_check_inputs((char *const *)&opt.context, 1);
}

static void
setup(int argc, char **argv)
{
	static char *stdin_only[] = { "-" };
	int i = optind;

	sdc_config_load(opt.config);
	load_prompts();
	categories = config_list("llm.categories",
	    "Hardware,Software,Network,Account,How-To,Other");
	title_words = (int)sdc_config_long("llm.title_max_words", 12);
	for (; i < argc && is_task(argv[i]); i++) {
		if (ntasks == MAX_TASKS)
			sdc_errx(SDC_EXIT_USAGE, "too many tasks");
		setup_task(&tasks[ntasks++], argv[i]);
	}
	if (ntasks == 0) {
		if (i < argc)
			sdc_warnx("%s: not a task", argv[i]);
		usage(SDC_EXIT_USAGE);
	}
	if (sdc_json_get(sdc_json_get(prompts, "tasks"), "map"))
		setup_prompt(&map_task, "map");
	else if (opt.longmode == LONG_MAP)
		sdc_errx(SDC_EXIT_USAGE, "--long map-reduce needs a \"map\" "
		    "prompt");
	sdc_file_check_inputs(argv + i, argc - i);
	run.files = i < argc ? argv + i : stdin_only;
	run.nfiles = i < argc ? argc - i : 1;
	check_context();
	statuses = opt.status ? list_option(opt.status) :
	    config_list("llm.statuses", "Linked,Complete,Reviewed");
	if (!opt.redact)
		opt.redact = sdc_config_bool("llm.redact", 0);
	if (!opt.jobs)
		opt.jobs = (int)sdc_config_long("llm.jobs", 4);
	if (opt.jobs < 1)
		opt.jobs = 1;
}

int
main(int argc, char **argv)
{
	int code, i;

	sdc_init(argv[0]);
	parse_options(argc, argv);
	setup(argc, argv);
	open_state();
	scan_tickets();
	run.cap = (size_t)opt.jobs * 4 < 8 ? 8 : (size_t)opt.jobs * 4;
	run.slots = sdc_xcalloc(run.cap, sizeof(*run.slots));
	run.pend_tail = &run.pend;
	run.quick = quick_tasks();
	step();
	if (run.http)
		sdc_http_run(run.http, opt.jobs);
	drain();
	sdc_records_close(run.rec);
	summary();
	sdc_summary();
	sdc_close_stdout();
	code = run.stopping ? SDC_EXIT_FATAL : run.failed_sessions ?
	    SDC_EXIT_REJECTS : sdc_exit_status();
	for (i = 0; i < ntasks; i++) {
		free(tasks[i].logged);
		sdc_llm_model_free(&tasks[i].model);
		json_object_put(tasks[i].schema);
	}
	json_object_put(map_task.schema);
	sdc_http_client_free(run.http);
	sdc_llm_log_close();
	sdc_llm_cache_open(NULL);
	sdc_nearby_free();
	sdc_extractive_done();
	llm_qrec_free(&run.q);
	json_object_put(prompts);
	json_object_put(categories);
	json_object_put(statuses);
	free(run.slots);
	sdc_config_free();
	return code;
}
