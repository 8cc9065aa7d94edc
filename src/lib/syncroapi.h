/* syncroapi - layer 3 (services): the connection to the Syncro API that
 * sdc-fetch-syncro and sdc-push-syncro share: the same options, config keys
 * and key handling (conventions.md), so both programs talk to Syncro the
 * same way.
 *
 *	struct sdc_syncro_conn conn = SDC_SYNCRO_CONN_INIT;
 *	... getopt: if (sdc_syncro_conn_option(&conn, c, optarg)) continue;
 *	sdc_syncro_conn_config(&conn);	   after sdc_config_load()
 *	http = sdc_syncro_connect(&conn, USER_AGENT, &logfp);
 */
#ifndef SDC_SYNCROAPI_H
#define SDC_SYNCROAPI_H

#include <getopt.h>
#include <stdio.h>

#include "http.h"

/* Numeric fields: -1 = not given, so the config file may fill them in. */
struct sdc_syncro_conn {
	const char *base_url, *log;
	double rate, cap, ctimeout, timeout, retries;
};
#define SDC_SYNCRO_CONN_INIT { NULL, NULL, -1, -1, -1, -1, -1 }

/* The connection options, for a getopt_long table. */
enum {
	SDC_SYNCRO_OPT_BASE = 0x2000, SDC_SYNCRO_OPT_RATE,
	SDC_SYNCRO_OPT_RETRIES, SDC_SYNCRO_OPT_CAP, SDC_SYNCRO_OPT_CTIMEOUT,
	SDC_SYNCRO_OPT_TIMEOUT, SDC_SYNCRO_OPT_LOG
};
#define SDC_SYNCRO_OPTIONS \
	{ "base-url", required_argument, NULL, SDC_SYNCRO_OPT_BASE }, \
	{ "rate", required_argument, NULL, SDC_SYNCRO_OPT_RATE }, \
	{ "retries", required_argument, NULL, SDC_SYNCRO_OPT_RETRIES }, \
	{ "backoff-cap", required_argument, NULL, SDC_SYNCRO_OPT_CAP }, \
	{ "connect-timeout", required_argument, NULL, SDC_SYNCRO_OPT_CTIMEOUT }, \
	{ "timeout", required_argument, NULL, SDC_SYNCRO_OPT_TIMEOUT }, \
	{ "log", required_argument, NULL, SDC_SYNCRO_OPT_LOG }

/* Take option ch (with arg) when it is one of the above: 1, else 0.  A
 * value out of range is a usage error (exit 2). */
int sdc_syncro_conn_option(struct sdc_syncro_conn *c, int ch, const char *arg);

/* Fill in what the command line left open from the config (syncro.*,
 * log_file); out-of-range values are a usage error naming the key. */
void sdc_syncro_conn_config(struct sdc_syncro_conn *c);

/* A number option in [min, max], or a usage error naming it. */
double sdc_num_arg(const char *s, const char *name, double min, double max);
double sdc_in_range(double v, const char *name, double min, double max);

/* The HTTP client for the API: base URL from --base-url, syncro.base_url
 * or syncro.subdomain; the key from SYNCRO_API_KEY (or the variable
 * syncro.api_key_env names) or syncro.api_key, sent as a Bearer token.
 * Opens the --log file into *logfp (NULL when none; the caller closes
 * it).  No address or key is a usage error (exit 2). */
struct sdc_http_client *sdc_syncro_connect(const struct sdc_syncro_conn *c,
    const char *user_agent, FILE **logfp);

#endif
