/* redact - see redact.h.  A hand-written scanner rather than regexes: the
 * checks that keep false positives down (Luhn, octet ranges, phone
 * grouping, word boundaries) are easier to say in C than in POSIX EREs. */
#include "redact.h"
#include "buf.h"
#include "diag.h"
#include "grow.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum kind { K_EMAIL, K_PHONE, K_IP, K_CARD, K_SSN, K_SECRET, NKINDS };
static const char *const kind_name[NKINDS] = {
	"EMAIL", "PHONE", "IP", "CARD", "SSN", "SECRET"
};

struct item {
	char *orig, *ph;
};

struct sdc_redact {
	struct item *v;
	size_t n, cap;
	int count[NKINDS];
};

struct sdc_redact *
sdc_redact_new(void)
{
	return sdc_xcalloc(1, sizeof(struct sdc_redact));
}

void
sdc_redact_free(struct sdc_redact *r)
{
	size_t i;

	if (!r)
		return;
	for (i = 0; i < r->n; i++) {
		free(r->v[i].orig);
		free(r->v[i].ph);
	}
	free(r->v);
	free(r);
}

size_t
sdc_redact_count(const struct sdc_redact *r)
{
	return r->n;
}

static const char *
placeholder(struct sdc_redact *r, enum kind k, const char *s, size_t len)
{
	struct sdc_buf ph = SDC_BUF_INIT;
	size_t i;

	for (i = 0; i < r->n; i++)
		if (strlen(r->v[i].orig) == len &&
		    memcmp(r->v[i].orig, s, len) == 0)
			return r->v[i].ph;
	r->v = sdc_grow(r->v, &r->cap, r->n + 1, sizeof(*r->v));
	sdc_buf_printf(&ph, "[%s_%d]", kind_name[k], ++r->count[k]);
	r->v[r->n].orig = sdc_xstrndup(s, len);
	r->v[r->n].ph = sdc_buf_take(&ph);
	return r->v[r->n++].ph;
}

static int
wordc(int c)
{
	return isalnum((unsigned char)c) || c == '_';
}

/* Text ends at s[n]: a match must not run on into a word. */
static int
ends_word(const char *s, size_t i, size_t n)
{
	return i >= n || !wordc(s[i]);
}

static int
localc(int c)
{
	return isalnum((unsigned char)c) || strchr("._%+-", c);
}

static size_t
m_email(const char *s, size_t i, size_t n)
{
	size_t j = i, labels = 0, lab, last = 0, alpha;

	while (j < n && localc(s[j]))
		j++;
	if (j == i || j >= n || s[j] != '@')
		return 0;
	j++;
	for (;;) {
		lab = j;
		alpha = 1;
		while (j < n && (isalnum((unsigned char)s[j]) || s[j] == '-')) {
			alpha &= isalpha((unsigned char)s[j]) != 0;
			j++;
		}
		if (j == lab)
			break;
		labels++;
		last = j - lab;
		if (j + 1 < n && s[j] == '.' && isalnum((unsigned char)s[j + 1]))
			j++;
		else
			break;
	}
	return labels >= 2 && last >= 2 && alpha ? j - i : 0;
}

static int
digits(const char *s, size_t i, size_t k, size_t n)
{
	size_t j;

	if (i + k > n)
		return 0;
	for (j = 0; j < k; j++)
		if (!isdigit((unsigned char)s[i + j]))
			return 0;
	return 1;
}

static size_t
m_ssn(const char *s, size_t i, size_t n)
{
	if (!digits(s, i, 3, n) || i + 11 > n || s[i + 3] != '-' ||
	    !digits(s, i + 4, 2, n) || s[i + 6] != '-' ||
	    !digits(s, i + 7, 4, n) || !ends_word(s, i + 11, n))
		return 0;
	/* Never-issued areas: 000, 666, 9xx. */
	if (memcmp(s + i, "000", 3) == 0 || memcmp(s + i, "666", 3) == 0 ||
	    s[i] == '9')
		return 0;
	return 11;
}

static int
luhn(const char *d, size_t n)
{
	int sum = 0, dbl = 0, v;

	while (n-- > 0) {
		v = d[n] - '0';
		if (dbl && (v *= 2) > 9)
			v -= 9;
		sum += v;
		dbl = !dbl;
	}
	return sum % 10 == 0;
}

static size_t
m_card(const char *s, size_t i, size_t n)
{
	char d[20];
	size_t j = i, nd = 0;

	while (j < n && isdigit((unsigned char)s[j]) && nd < 19) {
		d[nd++] = s[j++];
		if (j + 1 < n && (s[j] == ' ' || s[j] == '-') &&
		    isdigit((unsigned char)s[j + 1]))
			j++;
	}
	if (nd < 13 || !ends_word(s, j, n) || !luhn(d, nd))
		return 0;
	return j - i;
}

static size_t
m_ip(const char *s, size_t i, size_t n)
{
	size_t j = i, k;
	int part, octet;

	for (part = 0; part < 4; part++) {
		if (part > 0) {
			if (j >= n || s[j] != '.')
				return 0;
			j++;
		}
		for (k = 0, octet = 0; k < 3 && j < n &&
		    isdigit((unsigned char)s[j]); k++, j++)
			octet = octet * 10 + s[j] - '0';
		if (k == 0 || octet > 255)
			return 0;
	}
	if (!ends_word(s, j, n) ||
	    (j + 1 < n && s[j] == '.' && isdigit((unsigned char)s[j + 1])))
		return 0;
	return j - i;
}

/* 10-15 digits in groups ("+1 (555) 123-4567", "555.123.4567"); the last
 * group has 4+ digits unless it starts with '+', which keeps dates and
 * times ("2025-01-03 17") out. */
static size_t
m_phone(const char *s, size_t i, size_t n)
{
	size_t j = i, nd = 0, group = 0, last = 0, end = i;
	int plus = s[i] == '+', seps = 0;

	if (plus)
		j++;
	while (j < n) {
		if (isdigit((unsigned char)s[j])) {
			nd++;
			group++;
			end = ++j;
			last = group;
		} else if (s[j] && strchr(" -.()", s[j])) {
			if (s[j] == ' ' && j + 1 < n && s[j + 1] == ' ')
				break;
			group = 0;
			seps++;
			j++;
		} else
			break;
	}
	if (nd < 10 || nd > 15 || !ends_word(s, end, n))
		return 0;
	if (!plus && last < 4)
		return 0;
	if (!plus && !seps && nd > 11)
		return 0;
	return end - i;
}

static const char *const secret_words[] = {
	"password", "passwd", "passcode", "pwd", "secret", "token", "api key",
	"api_key", "api-key", "apikey", "access key", "access_key"
};

/* "password: hunter2", "api_key=abc", "the token is xyz": the value is
 * redacted, the keyword kept.  Returns the value's end; *vstart its start. */
static size_t
m_secret(const char *s, size_t i, size_t n, size_t *vstart)
{
	size_t k, w, j = 0, v;
	int found = 0;

	for (k = 0; k < sizeof(secret_words) / sizeof(*secret_words); k++) {
		w = strlen(secret_words[k]);
		if (i + w <= n && strncasecmp(s + i, secret_words[k], w) == 0 &&
		    ends_word(s, i + w, n)) {
			j = i + w;
			found = 1;
			break;
		}
	}
	if (!found)
		return 0;
	while (j < n && s[j] == ' ')
		j++;
	if (j < n && (s[j] == ':' || s[j] == '='))
		j++;
	else if (j + 2 < n && strncasecmp(s + j, "is ", 3) == 0)
		j += 2;
	else
		return 0;
	while (j < n && s[j] == ' ')
		j++;
	if (j < n && (s[j] == '"' || s[j] == '\''))
		j++;
	v = j;
	while (j < n && !isspace((unsigned char)s[j]) && s[j] != '"' &&
	    s[j] != '\'')
		j++;
	while (j > v && strchr(".,;)", s[j - 1]))
		j--;
	if (j == v)
		return 0;
	*vstart = v;
	return j;
}

static const struct {
	const char *prefix;
	size_t min;
} key_prefixes[] = {
	{ "sk-", 16 }, { "AKIA", 16 }, { "AIza", 30 }, { "ghp_", 20 },
	{ "gho_", 20 }, { "ghs_", 20 }, { "github_pat_", 20 },
	{ "xoxb-", 10 }, { "xoxp-", 10 },
};

static size_t
m_apikey(const char *s, size_t i, size_t n)
{
	size_t k, p, j;

	for (k = 0; k < sizeof(key_prefixes) / sizeof(*key_prefixes); k++) {
		p = strlen(key_prefixes[k].prefix);
		if (i + p > n || strncmp(s + i, key_prefixes[k].prefix, p))
			continue;
		for (j = i + p; j < n && (wordc(s[j]) || s[j] == '-'); j++)
			;
		if (j - i - p >= key_prefixes[k].min)
			return j - i;
	}
	return 0;
}

/* The longest-standing rule first: a secret keyword, then the shapes. */
static size_t
match(const char *s, size_t i, size_t n, enum kind *k, size_t *vstart)
{
	size_t len;

	*vstart = i;
	if (i > 0 && (wordc(s[i - 1]) || s[i - 1] == '-' ||
	    (s[i - 1] == '.' && i > 1 && isdigit((unsigned char)s[i - 2]))))
		return 0;
	if ((len = m_secret(s, i, n, vstart))) {
		*k = K_SECRET;
		return len - i;
	}
	if (i > 0 && localc(s[i - 1]))
		return 0;
	if ((len = m_apikey(s, i, n)))
		*k = K_SECRET;
	else if ((len = m_email(s, i, n)))
		*k = K_EMAIL;
	else if ((len = m_ssn(s, i, n)))
		*k = K_SSN;
	else if ((len = m_card(s, i, n)))
		*k = K_CARD;
	else if ((len = m_ip(s, i, n)))
		*k = K_IP;
	else if ((len = m_phone(s, i, n)))
		*k = K_PHONE;
	return len;
}

/* A run of digit groups that matched nothing from its start is skipped
 * whole, so its tail ("1111 1111 1112" of a card failing Luhn) is not
 * taken for a phone number. */
static size_t
number_run(const char *s, size_t i, size_t n)
{
	size_t j = i;

	while (j < n && isdigit((unsigned char)s[j])) {
		j++;
		if (j + 1 < n && (s[j] == ' ' || s[j] == '-') &&
		    isdigit((unsigned char)s[j + 1]))
			j++;
	}
	return j > i ? j - i : 1;
}

char *
sdc_redact(struct sdc_redact *r, const char *text)
{
	struct sdc_buf out = SDC_BUF_INIT;
	size_t i = 0, n = strlen(text), len, v;
	enum kind k = K_EMAIL;

	while (i < n) {
		len = match(text, i, n, &k, &v);
		if (!len) {
			len = number_run(text, i, n);
			sdc_buf_add(&out, text + i, len);
			i += len;
			continue;
		}
		/* Keep the keyword of "password: x"; replace the value. */
		sdc_buf_add(&out, text + i, v - i);
		sdc_buf_adds(&out, placeholder(r, k, text + v, i + len - v));
		i += len;
	}
	return sdc_buf_take(&out);
}

char *
sdc_unredact(const struct sdc_redact *r, const char *text)
{
	struct sdc_buf out = SDC_BUF_INIT;
	const char *p = text, *close;
	size_t i, len;

	while (*p) {
		if (*p == '[' && (close = strchr(p, ']'))) {
			len = (size_t)(close - p + 1);
			for (i = 0; i < r->n; i++)
				if (strlen(r->v[i].ph) == len &&
				    memcmp(r->v[i].ph, p, len) == 0)
					break;
			if (i < r->n) {
				sdc_buf_adds(&out, r->v[i].orig);
				p = close + 1;
				continue;
			}
		}
		sdc_buf_addc(&out, *p++);
	}
	return sdc_buf_take(&out);
}
