/* config - layer 2 (records): the one JSON config file (conventions.md) and
 * secrets.
 *
 * Search order: --config FILE, $SDC_CONFIG, ./config/sdc.json,
 * ${XDG_CONFIG_HOME:-~/.config}/sdc/config.json.  A missing file is an
 * empty config; a broken one is a usage error (exit 2). */
#ifndef SDC_CONFIG_H
#define SDC_CONFIG_H

#include <json-c/json.h>

/* Load (once) and return the config object; owned by the module. */
json_object *sdc_config_load(const char *explicit_path);
/* Path of the file loaded, or NULL when none was found. */
const char *sdc_config_file(void);
void sdc_config_free(void);

/* Dotted lookups ("syncro.base_url"); NULL/def when absent or mistyped. */
json_object *sdc_config_get(const char *dotted);
const char *sdc_config_str(const char *dotted);
long sdc_config_long(const char *dotted, long def);
double sdc_config_double(const char *dotted, double def);
int sdc_config_bool(const char *dotted, int def);

/* A path-valued key ("llm.prompts"): a relative value resolves against
 * the folder of the config file it came from, so a config works wherever
 * it was copied.  NULL when absent or not a string. */
const char *sdc_config_path(const char *dotted);

/* The folder of sdc's shipped files (prompts.json, sdc.example.json) when
 * the program runs installed: BINDIR/../share/sdc, found from the running
 * executable (so DESTDIR copies work too); NULL in a checkout's bin/. */
const char *sdc_share_dir(void);

/* A shipped file NAME: beside the config file, else ./config/NAME, else in
 * the share folder, else in the config/ folder of the checkout the program
 * runs from; NULL when none of them exists. */
const char *sdc_shipped_file(const char *name);

/* The default place of state ("data/state/NAME") or cache
 * ("data/cache/NAME"): that relative path in a checkout; when installed,
 * ${XDG_STATE_HOME:-~/.local/state}/sdc/NAME or
 * ${XDG_CACHE_HOME:-~/.cache}/sdc/NAME, its folder created. */
const char *sdc_default_path(const char *rel);

/* A secret: the environment variable env_name (or the variable named by
 * the config key env_key_path, when set) first, else the config value at
 * cfg_path.  NULL when neither.  Never from argv; never printed. */
const char *sdc_secret(const char *env_name, const char *env_key_path,
    const char *cfg_path);

#endif
