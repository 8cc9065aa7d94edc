/* config - see config.h. */
#include "config.h"
#include "diag.h"
#include "file.h"
#include "http.h"
#include "jsonl.h"

#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static json_object *config;
static char *config_path;

/* Paths handed out by this module; they live until sdc_config_free. */
static struct kept { struct kept *next; char path[]; } *kept;

static int share_looked;
static const char *share;

static const char *
keep(const char *a, const char *b, const char *c)
{
	size_t n = strlen(a) + strlen(b) + strlen(c) + 1;
	struct kept *k = sdc_xmalloc(sizeof(*k) + n);

	snprintf(k->path, n, "%s%s%s", a, b, c);
	k->next = kept;
	kept = k;
	return k->path;
}

/* The config file, or NULL when it cannot be opened. */
static char *
read_file(const char *path, size_t *len)
{
	char *data = sdc_file_read(path, 16UL << 20, len);

	if (!data && errno == EFBIG)
		sdc_errx(SDC_EXIT_USAGE, "%s: config file over 16 MiB", path);
	if (!data && errno == EIO)
		sdc_err(SDC_EXIT_USAGE, "%s", path);
	return data;
}

/* Does any key of obj (recursively) name a secret with a non-empty value? */
static int
holds_secret(json_object *obj)
{
	json_object_object_foreach(obj, key, val) {
		if (key[0] == '_')	/* documentation, never a secret */
			continue;
		if (json_object_is_type(val, json_type_object) && holds_secret(val))
			return 1;
		if (json_object_is_type(val, json_type_string) && json_object_get_string_len(val)
		    && (strstr(key, "api_key") || strstr(key, "password") || strstr(key, "token") || strstr(key, "secret")
		    || strcmp(key, "key") == 0) && !strstr(key, "_env"))
			return 1;
	}
	return 0;
}

static const char *
find_config(const char *explicit_path, int *must_exist)
{
	static char xdg[4096];
	const char *env = getenv("SDC_CONFIG"), *base = getenv("XDG_CONFIG_HOME");
	const char *home = getenv("HOME");

	*must_exist = 1;
	if (explicit_path)
		return explicit_path;
	if (env && *env)
		return env;
	*must_exist = 0;
	if (access("config/sdc.json", F_OK) == 0)
		return "config/sdc.json";
	if (base && *base)
		snprintf(xdg, sizeof(xdg), "%s/sdc/config.json", base);
	else if (home)
		snprintf(xdg, sizeof(xdg), "%s/.config/sdc/config.json", home);
	else
		return NULL;
	return xdg;
}

json_object *
sdc_config_load(const char *explicit_path)
{
	const char *path, *why;
	int must_exist;
	char *data;
	size_t len;
	struct stat st;

	if (config)
		return config;
	path = find_config(explicit_path, &must_exist);
	data = path ? read_file(path, &len) : NULL;
	if (!data) {
		if (must_exist)
			sdc_err(SDC_EXIT_USAGE, "config %s", path);
		config = json_object_new_object();
		return config;
	}
	config = sdc_json_parse(data, len, &why);
	free(data);
	if (!config || !json_object_is_type(config, json_type_object))
		sdc_errx(SDC_EXIT_USAGE, "%s: not a JSON object: %s", path,
		    config ? "wrong type" : why);
	config_path = sdc_xstrdup(path);
	if (stat(path, &st) == 0 && (st.st_mode & (S_IRGRP | S_IROTH)) && holds_secret(config))
		sdc_warnx("%s holds a secret and is readable by others (chmod 600 it)", path);
	return config;
}

const char *sdc_config_file(void) { return config_path; }

void
sdc_config_free(void)
{
	json_object_put(config);
	config = NULL;
	free(config_path);
	config_path = NULL;
	while (kept) {
		struct kept *k = kept;

		kept = k->next;
		free(k);
	}
	share = NULL;
	share_looked = 0;
}

json_object *
sdc_config_get(const char *dotted)
{
	return sdc_json_path(config ? config : sdc_config_load(NULL), dotted);
}

const char *
sdc_config_str(const char *dotted)
{
	json_object *v = sdc_config_get(dotted);

	return v && json_object_is_type(v, json_type_string) ? json_object_get_string(v) : NULL;
}

long
sdc_config_long(const char *dotted, long def)
{
	json_object *v = sdc_config_get(dotted);

	return v && json_object_is_type(v, json_type_int) ? (long)json_object_get_int64(v) : def;
}

double
sdc_config_double(const char *dotted, double def)
{
	return sdc_json_number(sdc_config_get(dotted), def);
}

int
sdc_config_bool(const char *dotted, int def)
{
	json_object *v = sdc_config_get(dotted);

	return v && json_object_is_type(v, json_type_boolean) ? json_object_get_boolean(v) : def;
}

/* NAME beside the config file (config_path is set). */
static const char *
beside_config(const char *name)
{
	const char *slash = strrchr(config_path, '/');
	char *dir;
	const char *p;

	if (!slash)	/* the config is in the current folder */
		return name;
	dir = sdc_xstrndup(config_path, (size_t)(slash - config_path + 1));
	p = keep(dir, name, "");
	free(dir);
	return p;
}

const char *
sdc_config_path(const char *dotted)
{
	const char *v = sdc_config_str(dotted);

	if (!v || !*v || v[0] == '/' || !config_path)
		return v;
	return beside_config(v);
}

const char *
sdc_share_dir(void)
{
	static char dir[PATH_MAX];
	char exe[PATH_MAX], *up;
	ssize_t n;
	struct stat st;

	if (share_looked)
		return share;
	share_looked = 1;
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n <= 0)
		return NULL;
	exe[n] = '\0';
	up = dirname(dirname(exe));	/* PREFIX/bin/sdc-x -> PREFIX */
	snprintf(dir, sizeof(dir), "%s/share/sdc", strcmp(up, "/") ? up : "");
	if (stat(dir, &st) == 0 && S_ISDIR(st.st_mode))
		share = dir;
	return share;
}

/* NAME in the config/ folder of the checkout the program was built in
 * (BINDIR is bin/ or a folder below it), or NULL. */
static const char *
checkout_file(const char *name)
{
	char exe[PATH_MAX], mark[PATH_MAX + 32], *dir;
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	int up;

	if (n <= 0)
		return NULL;
	exe[n] = '\0';
	dir = dirname(exe);
	for (up = 0; up < 3 && strcmp(dir, "/") != 0; up++) {
		dir = dirname(dir);
		snprintf(mark, sizeof(mark), "%s/pipelines/sdc.mk", dir);
		if (access(mark, F_OK) == 0)
			return keep(dir, "/config/", name);
	}
	return NULL;
}

const char *
sdc_shipped_file(const char *name)
{
	const char *p;

	if (config_path && access(p = beside_config(name), R_OK) == 0)
		return p;
	if (access(p = keep("config/", name, ""), R_OK) == 0)
		return p;
	if (sdc_share_dir() && access(p = keep(sdc_share_dir(), "/", name), R_OK) == 0)
		return p;
	if ((p = checkout_file(name)) && access(p, R_OK) == 0)
		return p;
	return NULL;
}

const char *
sdc_default_path(const char *rel)
{
	const char *home = getenv("HOME"), *base, *p;
	int state = strncmp(rel, "data/state/", 11) == 0;

	if (!sdc_share_dir() || (!state && strncmp(rel, "data/cache/", 11)))
		return rel;
	base = getenv(state ? "XDG_STATE_HOME" : "XDG_CACHE_HOME");
	if (base && *base)
		p = keep(base, "/sdc/", rel + 11);
	else if (home && *home)
		p = keep(home, state ? "/.local/state/sdc/" : "/.cache/sdc/", rel + 11);
	else
		return rel;
	sdc_file_mkparent(p);	/* a failure shows when the file is opened */
	return p;
}

const char *
sdc_secret(const char *env_name, const char *env_key_path, const char *cfg_path)
{
	const char *name = env_key_path ? sdc_config_str(env_key_path) : NULL;
	const char *v = getenv(name ? name : env_name);

	if (!v || !*v)
		v = cfg_path ? sdc_config_str(cfg_path) : NULL;
	if (!v || !*v)
		return NULL;
	sdc_http_secret(v);	/* redacted from every message from now on */
	return v;
}
