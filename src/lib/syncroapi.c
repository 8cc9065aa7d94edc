/* syncroapi - the Syncro API connection.  See syncroapi.h. */
#include "syncroapi.h"
#include "config.h"
#include "diag.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* Limits keep casts defined and catch a config that would switch the
 * rate limit off (0) or wait forever. */
double
sdc_in_range(double v, const char *name, double min, double max)
{
	if (!(v >= min && v <= max))
		sdc_errx(SDC_EXIT_USAGE, "%s: %g is not in %g..%g", name, v,
		    min, max);
	return v;
}

double
sdc_num_arg(const char *s, const char *name, double min, double max)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(s, &end);
	if (errno || end == s || *end)
		sdc_errx(SDC_EXIT_USAGE, "%s: not a number: %s", name, s);
	return sdc_in_range(v, name, min, max);
}

int
sdc_syncro_conn_option(struct sdc_syncro_conn *c, int ch, const char *arg)
{
	switch (ch) {
	case SDC_SYNCRO_OPT_BASE: c->base_url = arg; break;
	case SDC_SYNCRO_OPT_LOG: c->log = arg; break;
	case SDC_SYNCRO_OPT_RATE:
		c->rate = sdc_num_arg(arg, "--rate", 0.01, 1e6);
		break;
	case SDC_SYNCRO_OPT_RETRIES:
		c->retries = (int)sdc_num_arg(arg, "--retries", 0, 100);
		break;
	case SDC_SYNCRO_OPT_CAP:
		c->cap = sdc_num_arg(arg, "--backoff-cap", 0.001, 86400);
		break;
	case SDC_SYNCRO_OPT_CTIMEOUT:
		c->ctimeout = sdc_num_arg(arg, "--connect-timeout", 0.001,
		    86400);
		break;
	case SDC_SYNCRO_OPT_TIMEOUT:
		c->timeout = sdc_num_arg(arg, "--timeout", 0.001, 86400);
		break;
	default:
		return 0;
	}
	return 1;
}

#define FROM_CONFIG(field, key, def, min, max) \
	if (c->field < 0) \
		c->field = sdc_in_range(sdc_config_double(key, def), key, min, \
		    max)

void
sdc_syncro_conn_config(struct sdc_syncro_conn *c)
{
	FROM_CONFIG(rate, "syncro.rate_per_minute", 150, 0.01, 1e6);
	FROM_CONFIG(cap, "syncro.backoff_cap_seconds", 60, 0.001, 86400);
	FROM_CONFIG(ctimeout, "syncro.connect_timeout_seconds", 10, 0.001,
	    86400);
	FROM_CONFIG(timeout, "syncro.timeout_seconds", 60, 0.001, 86400);
	FROM_CONFIG(retries, "syncro.retries", 5, 0, 100);
	c->retries = (int)c->retries;
	if (!c->log)
		c->log = sdc_config_path("log_file");
}

/* The API's base URL without query, fragment or trailing slashes. */
static const char *
base_url(const struct sdc_syncro_conn *c)
{
	static char base[1024];
	const char *url = c->base_url, *sub;

	if (!url)
		url = sdc_config_str("syncro.base_url");
	if (!url && (sub = sdc_config_str("syncro.subdomain")) != NULL) {
		snprintf(base, sizeof base, "https://%s.syncromsp.com/api/v1",
		    sub);
		url = base;
	}
	if (!url)
		sdc_errx(SDC_EXIT_USAGE, "no API address: give --base-url or "
		    "set syncro.base_url in the config");
	if (url != base)
		snprintf(base, sizeof base, "%s", url);
	base[strcspn(base, "?#")] = '\0';
	while (*base && base[strlen(base) - 1] == '/')
		base[strlen(base) - 1] = '\0';
	return base;
}

/* "Authorization: Bearer KEY"; the key never leaves this line. */
static const char *
auth_header(void)
{
	static char auth[1024];
	const char *key = sdc_secret("SYNCRO_API_KEY", "syncro.api_key_env",
	    "syncro.api_key");

	if (!key)
		sdc_errx(SDC_EXIT_USAGE, "no API key: set SYNCRO_API_KEY or "
		    "syncro.api_key in the config");
	if (strpbrk(key, "\r\n") || strlen(key) > 900)
		sdc_errx(SDC_EXIT_USAGE, "the API key is not a single line");
	snprintf(auth, sizeof auth, "Authorization: Bearer %s", key);
	return auth;
}

struct sdc_http_client *
sdc_syncro_connect(const struct sdc_syncro_conn *c, const char *user_agent,
    FILE **logfp)
{
	static const char *headers[4];
	struct sdc_http_config cfg = { 0 };
	struct sdc_http_client *h;

	cfg.base_url = base_url(c);
	headers[0] = auth_header();
	headers[1] = "Accept: application/json";
	*logfp = NULL;
	if (c->log && (*logfp = fopen(c->log, "a")) == NULL)
		sdc_err(SDC_EXIT_USAGE, "%s", c->log);
	cfg.user_agent = user_agent;
	cfg.headers = headers;
	cfg.connect_timeout_ms = (long)(c->ctimeout * 1000);
	cfg.timeout_ms = (long)(c->timeout * 1000);
	cfg.max_retries = (int)c->retries;
	cfg.backoff_base_ms = sdc_config_long("syncro.backoff_base_ms", 1000);
	cfg.backoff_cap_ms = (long)(c->cap * 1000);
	cfg.rate_per_min = c->rate;
	cfg.ca_file = sdc_config_path("syncro.ca_file");
	cfg.log = *logfp;
	h = sdc_http_client_new(&cfg);
	if (!h)
		exit(SDC_EXIT_FATAL);
	return h;
}
