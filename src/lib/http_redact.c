/* http_redact - part of http (see http.h): the secrets and the redaction
 * of messages, headers and URLs.  Apart from the client, so that a program
 * that only reads its configuration (which registers its secrets) does not
 * link libcurl and its thirty libraries. */
#include "http.h"
#include "buf.h"
#include "diag.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/prctl.h>

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
void
sdc_http_config_secrets(const struct sdc_http_config *cfg)
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

