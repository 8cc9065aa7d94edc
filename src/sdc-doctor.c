/* sdc-doctor - what sdc will use, checked, one line each: the config file,
 * the prompts, Syncro (one cheap request), the ScreenConnect server's
 * settings, each LLM provider (one request
 * each), which model each task uses, and the files "make run" will read.
 * A line starts "ok", "--" (not configured: the offline path is used) or
 * "FIX" followed by what to do.  Nothing is written anywhere. */
#include "config.h"
#include "diag.h"
#include "http.h"
#include "jsonl.h"
#include "llm.h"
#include "syncroapi.h"

#include <ftw.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define USER_AGENT "sdc-doctor/" SDC_VERSION

static const char usage_text[] =
"usage: sdc-doctor [-hqv] [--version] [--config FILE] [--data DIR] [--offline]\n"
"Says what sdc will use and checks it: one line per check, \"ok\", \"--\" (not\n"
"configured: the offline path is used) or \"FIX\" and what to do.\n"
"\n"
"  --config FILE         the sdc config file (else the usual search)\n"
"  --data DIR            the data folder of \"make run\" (data)\n"
"  --offline             send no request (no Syncro or LLM check)\n"
"  -q, --quiet           only the FIX lines\n"
"  -v, --verbose         the HTTP exchanges (keys shown as ***)\n"
"  -h, --help            this text\n"
"  --version             the version\n"
"Exit status: 0 nothing to fix, 1 something to fix, 2 usage or config error.\n";

enum { O_CONFIG = 256, O_DATA, O_OFFLINE };

static struct {
	const char *config, *data;
	int offline;
} opt = { NULL, "data", 0 };

static int nfix;

/* mark is "ok", "--" or "FIX"; quiet shows only FIX. */
static void
say(const char *mark, const char *what, const char *fmt, ...)
{
	va_list ap;

	if (strcmp(mark, "FIX") == 0)
		nfix++;
	else if (sdc_quiet)
		return;
	printf("%-3s %-14s ", mark, what);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

static const char *
example(void)
{
	const char *p = sdc_shipped_file("sdc.example.json");

	return p ? p : "config/sdc.example.json";
}

static void
check_config(void)
{
	const char *file = sdc_config_file(), *prompts;

	if (file)
		say("ok", "config", "%s", file);
	else
		say("--", "config", "none (--config, SDC_CONFIG, ./config/sdc.json, "
		    "~/.config/sdc/config.json): defaults, offline; to configure: "
		    "cp %s ~/.config/sdc/config.json", example());
	prompts = sdc_config_path("llm.prompts");
	if (!prompts)
		prompts = sdc_shipped_file("prompts.json");
	if (prompts && access(prompts, R_OK) == 0)
		say("ok", "prompts", "%s", prompts);
	else if (prompts)
		say("FIX", "prompts", "%s: llm.prompts: %s is not readable", file, prompts);
	else
		say("FIX", "prompts", "no prompts.json beside the config, in ./config/ or "
		    "in PREFIX/share/sdc: set llm.prompts");
}

/* GET url with the given headers: 1 when it answered 2xx, else 0 and the
 * error in err. */
static int
ping(struct sdc_http_client *c, const char *url, const char *const *hdr,
    char *err, size_t n)
{
	struct sdc_http_request rq = { .url = url, .headers = hdr };
	int ok = sdc_http_do(c, &rq) == SDC_HTTP_OK;

	snprintf(err, n, "%s", ok ? "" : rq.resp.error);
	sdc_http_request_clear(&rq);
	return ok;
}

static void
check_syncro(void)
{
	const char *key = sdc_secret("SYNCRO_API_KEY", "syncro.api_key_env", "syncro.api_key");
	const char *addr = sdc_config_str("syncro.base_url");
	const char *var = sdc_config_str("syncro.api_key_env");
	struct sdc_syncro_conn conn = SDC_SYNCRO_CONN_INIT;
	struct sdc_http_client *c;
	FILE *logfp = NULL;
	char err[512];

	if (!addr)
		addr = sdc_config_str("syncro.subdomain");
	var = var ? var : "SYNCRO_API_KEY";
	if (!key && !addr) {
		say("--", "syncro", "not configured: tickets and customers come from "
		    "%s/input/syncro/; to fetch, export %s and set syncro.base_url", opt.data, var);
		return;
	}
	if (!addr) {	/* a key exported for a one-off fetch: the run stays offline */
		say("--", "syncro", "a key (%s) but no address: the run does not fetch; to "
		    "fetch, set syncro.base_url or syncro.subdomain in %s", var,
		    sdc_config_file() ? sdc_config_file() : "the config");
		return;
	}
	if (!key) {
		say("FIX", "syncro", "an address but no key: export %s", var);
		return;
	}
	if (opt.offline) {
		say("ok", "syncro", "%s, key from %s (not checked: --offline)", addr, var);
		return;
	}
	conn.retries = 0;
	sdc_syncro_conn_config(&conn);
	c = sdc_syncro_connect(&conn, USER_AGENT, &logfp);
	if (ping(c, "/customers?page=1&per_page=1", NULL, err, sizeof(err)))
		say("ok", "syncro", "%s answers with the key from %s", addr, var);
	else
		say("FIX", "syncro", "%s (check syncro.base_url and %s)", err, var);
	sdc_http_client_free(c);
	if (logfp)
		fclose(logfp);
}

/* The ScreenConnect server of sdc-fetch-screenconnect: configured
 * consistently?  Not asked here: a report request is the fetcher's own
 * (sdc-fetch-screenconnect -v shows the exchange). */
static void
check_screenconnect(void)
{
	const char *url = sdc_config_str("screenconnect.base_url");
	const char *guid = sdc_config_str("screenconnect.extension_guid");
	const char *api = sdc_config_str("screenconnect.api");
	const char *var = sdc_config_str("screenconnect.auth_secret_env");
	int automate = api && strcmp(api, "GenerateReportForAutomate") == 0;

	var = var ? var : "SCREENCONNECT_AUTH_SECRET";
	if (!url && !guid)
		say("--", "screenconnect", "no server: connections come from the exports "
		    "in %s/input/screenconnect/; to fetch, set screenconnect.base_url and "
		    "extension_guid and export %s", opt.data, var);
	else if (!url)
		say("FIX", "screenconnect", "an extension_guid but no screenconnect.base_url "
		    "(https://HOST)");
	else if (!guid && !automate)
		say("FIX", "screenconnect", "%s but no screenconnect.extension_guid (the "
		    "extension that answers GetReport)", url);
	else if (!sdc_secret("SCREENCONNECT_AUTH_SECRET", "screenconnect.auth_secret_env",
	    "screenconnect.auth_secret"))
		say("FIX", "screenconnect", "%s but no secret: export %s", url, var);
	else
		say("ok", "screenconnect", "%s, %s, secret from %s (not asked: "
		    "sdc-fetch-screenconnect -v asks)", url, automate ?
		    "GenerateReportForAutomate" : "GetReport", var);
}

/* Does a task use the provider (a capability or default_model names it)? */
static int
used(const char *name)
{
	static const char *const keys[] = { "llm.capabilities.lightweight",
	    "llm.capabilities.general", "llm.capabilities.complex", "llm.default_model" };
	size_t i, n = strlen(name);
	const char *v;

	for (i = 0; i < sizeof(keys) / sizeof(*keys); i++)
		if ((v = sdc_config_str(keys[i])) && strncmp(v, name, n) == 0 && v[n] == ':')
			return 1;
	return 0;
}

/* One provider: its key, then GET BASE/models (free, and it proves the
 * address and the key).  A failure is to fix only when a task uses it. */
static void
check_provider(const char *name)
{
	const char *bad = used(name) ? "FIX" : "--";
	struct sdc_llm_model m;
	struct sdc_http_config cfg = { .user_agent = USER_AGENT, .max_retries = 0,
	    .timeout_ms = 10000 };
	struct sdc_http_client *c;
	char spec[256], why[256], url[1024], err[512], *hdr[4] = { NULL };
	const char *base, *var;
	int i;

	snprintf(spec, sizeof(spec), "%s:doctor", name);
	if (sdc_llm_model_resolve(spec, &m, why, sizeof(why)) < 0) {
		say("FIX", "llm", "%s: %s (llm.providers.%s in %s)", name, why, name,
		    sdc_config_file());
		return;
	}
	snprintf(url, sizeof(url), "llm.providers.%s.base_url", name);
	base = sdc_config_str(url);
	snprintf(url, sizeof(url), "llm.providers.%s.api_key_env", name);
	var = sdc_config_str(url);
	if (var && !m.key && !strstr(m.url, "://localhost") && !strstr(m.url, "://127.0.0.1"))
		say(bad, "llm", "%s: no key: export %s%s", name, var, *bad == 'F' ? "" : " (no task uses it)");
	else if (opt.offline || !base)
		say("ok", "llm", "%s: %s (not checked%s)", name, m.url, base ? ": --offline" : "");
	else {
		snprintf(url, sizeof(url), "%s/models", base);
		sdc_llm_headers(&m, hdr);
		c = sdc_http_client_new(&cfg);
		if (c && ping(c, url, (const char *const *)hdr, err, sizeof(err)))
			say("ok", "llm", "%s: %s answers", name, base);
		else
			say(bad, "llm", "%s: %s (llm.providers.%s%s)", name, c ? err : "no client", name,
			    *bad == 'F' ? "" : "; no task uses it");
		sdc_http_client_free(c);
		for (i = 0; hdr[i]; i++)
			free(hdr[i]);
	}
	sdc_llm_model_free(&m);
}

static void
check_llm(void)
{
	static const char *const caps[] = { "lightweight", "general", "complex" };
	json_object *providers = sdc_config_get("llm.providers");
	const char *def = sdc_config_str("llm.default_model"), *v;
	char key[64], uses[512] = "";
	size_t i;

	if (json_object_is_type(providers, json_type_object)) {
		json_object_object_foreach(providers, name, val) {
			(void)val;
			check_provider(name);
		}
	}
	for (i = 0; i < sizeof(caps) / sizeof(*caps); i++) {
		snprintf(key, sizeof(key), "llm.capabilities.%s", caps[i]);
		v = sdc_config_str(key);
		snprintf(uses + strlen(uses), sizeof(uses) - strlen(uses), "%s%s %s",
		    i ? ", " : "", caps[i], v ? v : def ? def : "extractive (offline)");
	}
	say(def || strstr(uses, ":") ? "ok" : "--", "llm tasks", "%s", uses);
}

static long nfiles;

static int
count_file(const char *path, const struct stat *st, int type, struct FTW *f)
{
	(void)path, (void)st, (void)f;
	nfiles += type == FTW_F;
	return 0;
}

/* What "make run" will read (links followed, as the pipeline does). */
static void
check_inputs(void)
{
	static const char *const sources[] = { "screenconnect", "notes", "sillytavern", "syncro" };
	char dir[4096];
	long total = 0;
	size_t i;

	for (i = 0; i < sizeof(sources) / sizeof(*sources); i++) {
		snprintf(dir, sizeof(dir), "%s/input/%s", opt.data, sources[i]);
		nfiles = 0;
		if (access(dir, F_OK) == 0)
			nftw(dir, count_file, 16, 0);
		total += nfiles;
		say(nfiles ? "ok" : "--", "input", "%s/: %ld file%s", dir, nfiles,
		    nfiles == 1 ? "" : "s");
	}
	if (total == 0)
		say("--", "input", "no exports under %s/input/: make run stops and says "
		    "where they go; make demo runs the sample data", opt.data);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, O_CONFIG },
		{ "data", required_argument, NULL, O_DATA },
		{ "offline", no_argument, NULL, O_OFFLINE },
		SDC_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	int c;

	sdc_init("sdc-doctor");
	while ((c = getopt_long(argc, argv, "qvh", longopts, NULL)) != -1)
		switch (c) {
		case O_CONFIG: opt.config = optarg; break;
		case O_DATA: opt.data = optarg; break;
		case O_OFFLINE: opt.offline = 1; break;
		case 'h': fputs(usage_text, stdout); return SDC_EXIT_OK;
		default:
			if (!sdc_common_option(c, optarg)) {
				fputs(usage_text, stderr);
				return SDC_EXIT_USAGE;
			}
		}
	if (optind != argc) {
		fputs(usage_text, stderr);
		return SDC_EXIT_USAGE;
	}
	sdc_config_load(opt.config);
	check_config();
	check_syncro();
	check_screenconnect();
	check_llm();
	check_inputs();
	sdc_config_free();
	sdc_close_stdout();
	return nfix ? SDC_EXIT_REJECTS : SDC_EXIT_OK;
}
