/* extractive - see extractive.h. */
#include "extractive.h"
#include "buf.h"
#include "diag.h"
#include "grow.h"
#include "jsonl.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Bounds the work on a huge session: later sentences add little. */
#define MAX_SENTENCES 4000
#define TITLE_WORDS 9

static const char *const stopwords[] = {
	"the", "and", "for", "are", "but", "not", "you", "all", "any", "can",
	"had", "her", "was", "one", "our", "out", "has", "have", "his", "how",
	"its", "may", "new", "now", "see", "two", "who", "did", "get", "got",
	"let", "say", "she", "too", "use", "this", "that", "with", "from",
	"they", "will", "would", "there", "their", "what", "about", "which",
	"when", "make", "like", "time", "just", "know", "take", "into",
	"your", "some", "could", "them", "than", "then", "look", "only",
	"come", "over", "also", "back", "after", "well", "work", "even",
	"want", "because", "these", "give", "most", "were", "been", "being",
	"does", "done", "here", "more", "very", "should", "please", "thanks",
	"thank", "okay", "yes", "hello", "session", "via", "per", "to-do",
};

struct sent {
	const char *p;
	size_t n;
	double score;
	size_t pos;
};

struct word {
	char *w;
	int count;
};

struct text {
	struct sdc_buf all;	/* every sentence, NUL-separated */
	struct sent *s;
	size_t ns, cap;
	struct word *tab;	/* open addressing, power of two */
	size_t tabsz, nwords;
};

static int
is_stop(const char *w)
{
	size_t i;

	for (i = 0; i < sizeof(stopwords) / sizeof(*stopwords); i++)
		if (strcmp(w, stopwords[i]) == 0)
			return 1;
	return 0;
}

static unsigned long
hash(const char *s)
{
	unsigned long h = 5381;

	while (*s)
		h = h * 33 + (unsigned char)*s++;
	return h;
}

static struct word *
slot(struct text *t, const char *w)
{
	size_t i = hash(w) & (t->tabsz - 1);

	while (t->tab[i].w && strcmp(t->tab[i].w, w) != 0)
		i = (i + 1) & (t->tabsz - 1);
	return &t->tab[i];
}

static void
grow(struct text *t)
{
	struct word *old = t->tab;
	size_t i, oldsz = t->tabsz;

	t->tabsz = oldsz ? oldsz * 2 : 256;
	t->tab = sdc_xcalloc(t->tabsz, sizeof(*t->tab));
	for (i = 0; i < oldsz; i++)
		if (old[i].w)
			*slot(t, old[i].w) = old[i];
	free(old);
}

/* Call fn on each content word of s[0..n), lower-cased. */
static void
each_word(const char *s, size_t n, void (*fn)(void *, const char *),
    void *arg)
{
	char w[48];
	size_t i = 0, k;
	int alpha;

	while (i < n) {
		while (i < n && !isalnum((unsigned char)s[i]))
			i++;
		for (k = 0, alpha = 0; i < n && (isalnum((unsigned char)s[i]) ||
		    s[i] == '-'); i++) {
			alpha |= isalpha((unsigned char)s[i]) != 0;
			if (k < sizeof(w) - 1)
				w[k++] = (char)tolower((unsigned char)s[i]);
		}
		w[k] = '\0';
		if (k >= 3 && alpha && !is_stop(w))
			fn(arg, w);
	}
}

static void
count_word(void *arg, const char *w)
{
	struct text *t = arg;
	struct word *e;

	if (2 * (t->nwords + 1) > t->tabsz)
		grow(t);
	e = slot(t, w);
	if (!e->w) {
		e->w = sdc_xstrdup(w);
		t->nwords++;
	}
	e->count++;
}

struct scoring {
	struct text *t;
	double sum;
	int n;
};

static void
score_word(void *arg, const char *w)
{
	struct scoring *sc = arg;

	sc->sum += slot(sc->t, w)->count;
	sc->n++;
}

static void
add_sentence(struct text *t, const char *p, size_t n)
{
	while (n > 0 && isspace((unsigned char)*p))
		p++, n--;
	while (n > 0 && isspace((unsigned char)p[n - 1]))
		n--;
	if (n < 3 || t->ns >= MAX_SENTENCES)
		return;
	t->s = sdc_grow(t->s, &t->cap, t->ns + 1, sizeof(*t->s));
	/* Offsets for now: the buffer may still move. */
	t->s[t->ns] = (struct sent){ (const char *)t->all.len, n, 0, t->ns };
	sdc_buf_add(&t->all, p, n);
	sdc_buf_addc(&t->all, '\0');
	each_word(p, n, count_word, t);
	t->ns++;
}

/* Sentences end at . ! ? followed by a blank, and at line ends. */
static void
split(struct text *t, const char *s)
{
	const char *start = s;

	for (; *s; s++) {
		if (*s == '\n' || ((*s == '.' || *s == '!' || *s == '?') &&
		    (s[1] == ' ' || s[1] == '\n' || s[1] == '\0'))) {
			add_sentence(t, start, (size_t)(s - start) +
			    (*s != '\n'));
			start = s + 1;
		}
	}
	add_sentence(t, start, (size_t)(s - start));
}

static void
collect(struct text *t, json_object *session)
{
	json_object *segs = sdc_json_get(session, "segments");
	const char *s;
	size_t i, n = segs && json_object_is_type(segs, json_type_array) ?
	    json_object_array_length(segs) : 0;
	struct scoring sc;

	for (i = 0; i < n; i++)
		if ((s = sdc_json_str(json_object_array_get_idx(segs, i),
		    "content")))
			split(t, s);
	if (t->ns == 0 && (s = sdc_json_str(sdc_json_get(session, "insights"),
	    "source_title")))
		split(t, s);
	for (i = 0; i < t->ns; i++) {
		t->s[i].p = t->all.p + (size_t)t->s[i].p;
		sc = (struct scoring){ t, 0, 0 };
		each_word(t->s[i].p, t->s[i].n, score_word, &sc);
		t->s[i].score = sc.n ? sc.sum / sqrt((double)sc.n) : 0;
		/* The opening lines usually state the problem. */
		if (i < 2)
			t->s[i].score *= 1.25;
	}
}

static void
text_free(struct text *t)
{
	size_t i;

	for (i = 0; i < t->tabsz; i++)
		free(t->tab[i].w);
	free(t->tab);
	free(t->s);
	sdc_buf_free(&t->all);
}

static int
by_score(const void *a, const void *b)
{
	const struct sent *x = a, *y = b;

	if (x->score != y->score)
		return x->score < y->score ? 1 : -1;
	return x->pos < y->pos ? -1 : x->pos > y->pos;
}

static int
by_pos(const void *a, const void *b)
{
	const struct sent *x = a, *y = b;

	return x->pos < y->pos ? -1 : x->pos > y->pos;
}

/* The best k sentences, in their original order, as one paragraph. */
static char *
best(struct text *t, size_t k)
{
	struct sdc_buf b = SDC_BUF_INIT;
	struct sent *s = sdc_xmalloc((t->ns + 1) * sizeof(*s));
	size_t i;
	char last;

	memcpy(s, t->s, t->ns * sizeof(*s));
	qsort(s, t->ns, sizeof(*s), by_score);
	if (k > t->ns)
		k = t->ns;
	qsort(s, k, sizeof(*s), by_pos);
	for (i = 0; i < k; i++) {
		if (i)
			sdc_buf_addc(&b, ' ');
		sdc_buf_add(&b, s[i].p, s[i].n);
		last = s[i].p[s[i].n - 1];
		if (last != '.' && last != '!' && last != '?')
			sdc_buf_addc(&b, '.');
	}
	free(s);
	return sdc_buf_take(&b);
}

/* A source's own specific title (a ticket subject) beats any sentence;
 * the generic ones converters make up do not. */
static int
generic_title(const char *s)
{
	return strncmp(s, "ScreenConnect Session for ", 26) == 0 ||
	    strncmp(s, "SillyTavern Chat with ", 22) == 0;
}

static char *
title(struct text *t, json_object *session)
{
	struct sdc_buf b = SDC_BUF_INIT;
	const char *src = sdc_json_str(sdc_json_get(session, "insights"),
	    "source_title");
	char *top = src && *src && !generic_title(src) ? sdc_xstrdup(src) :
	    best(t, 1), *p = top;
	int words = 0;

	while (*p && words < TITLE_WORDS) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		if (words++)
			sdc_buf_addc(&b, ' ');
		while (*p && *p != ' ')
			sdc_buf_addc(&b, *p++);
	}
	while (b.len && strchr(".,;:!? ", b.p[b.len - 1]))
		b.p[--b.len] = '\0';
	if (b.len)
		b.p[0] = (char)toupper((unsigned char)b.p[0]);
	free(top);
	return sdc_buf_take(&b);
}

static const struct {
	const char *category;
	const char *words;	/* '|'-separated, matched on word bounds */
} rules[] = {
	{ "Hardware", "printer|monitor|keyboard|mouse|disk|drive|ssd|hdd|ram|"
	    "memory|laptop|desktop|battery|power supply|fan|hardware|toner|"
	    "scanner|dock|bios|motherboard|cpu|screen|usb|cable" },
	{ "Network", "network|wifi|wi-fi|wireless|internet|vpn|router|switch|"
	    "firewall|dns|dhcp|connectivity|ethernet|latency|bandwidth|"
	    "gateway|ping|packet|subnet|isp" },
	{ "Account", "password|account|login|log in|sign in|locked|lockout|"
	    "mfa|2fa|permission|permissions|username|credentials|"
	    "authentication|access denied" },
	{ "Software", "install|installed|update|upgrade|application|app|"
	    "software|office|outlook|excel|word|driver|crash|crashes|license|"
	    "antivirus|browser|patch|error|program|windows" },
	{ "How-To", "how to|how do|how can|question|explain|training|"
	    "walkthrough|guide|tutorial|show me" },
};

static int
wordish(int c)
{
	return isalnum((unsigned char)c) || c == '-';
}

static int
count_hits(const char *text, size_t len, const char *word, size_t wlen)
{
	const char *p = text, *end = text + len;
	int n = 0;

	while ((p = memmem(p, (size_t)(end - p), word, wlen))) {
		/* Whole words only; "office" is not in "OFFICE-PC". */
		if ((p == text || !wordish(p[-1])) && !wordish(p[wlen]))
			n++;
		p += wlen;
	}
	return n;
}

static int
rule_score(const char *lower, size_t len, const char *words)
{
	const char *w = words, *bar;
	int n = 0;

	while (*w) {
		bar = strchr(w, '|');
		if (!bar)
			bar = w + strlen(w);
		n += count_hits(lower, len, w, (size_t)(bar - w));
		w = *bar ? bar + 1 : bar;
	}
	return n;
}

static int
listed(json_object *cats, const char *name)
{
	size_t i, n = json_object_array_length(cats);

	for (i = 0; i < n; i++)
		if (strcmp(json_object_get_string(
		    json_object_array_get_idx(cats, i)) ?: "", name) == 0)
			return 1;
	return 0;
}

static char *
category(struct text *t, json_object *cats)
{
	char *lower = sdc_xmalloc(t->all.len + 1), *p;
	const char *pick = NULL;
	size_t i, n = json_object_array_length(cats);
	int score, top = 0;

	for (i = 0; i < t->all.len; i++)
		lower[i] = t->all.p[i] ? (char)tolower((unsigned char)
		    t->all.p[i]) : ' ';
	lower[t->all.len] = '\0';
	for (i = 0; i < sizeof(rules) / sizeof(*rules); i++) {
		if (!listed(cats, rules[i].category))
			continue;
		score = rule_score(lower, t->all.len, rules[i].words);
		if (score > top) {
			top = score;
			pick = rules[i].category;
		}
	}
	free(lower);
	if (!pick)
		pick = listed(cats, "Other") || n == 0 ? "Other" :
		    json_object_get_string(json_object_array_get_idx(cats,
		    n - 1));
	p = sdc_xstrdup(pick);
	return p;
}

static int
by_count(const void *a, const void *b)
{
	const struct word *x = a, *y = b;

	if (!x->w || !y->w)
		return !x->w - !y->w;
	if (x->count != y->count)
		return y->count - x->count;
	return strcmp(x->w, y->w);
}

static json_object *
keywords(struct text *t, size_t k)
{
	json_object *a = json_object_new_array();
	size_t i;

	qsort(t->tab, t->tabsz, sizeof(*t->tab), by_count);
	for (i = 0; i < k && i < t->tabsz && t->tab[i].w; i++)
		json_object_array_add(a, json_object_new_string(t->tab[i].w));
	return a;
}

static char *
notes(struct text *t, json_object *session, json_object *cats)
{
	json_object *o = json_object_new_object();
	char *s;

	json_object_object_add(o, "title", json_object_new_string(
	    s = title(t, session)));
	free(s);
	json_object_object_add(o, "category", json_object_new_string(
	    s = category(t, cats)));
	free(s);
	json_object_object_add(o, "summary", json_object_new_string(
	    s = best(t, 3)));
	free(s);
	/* Last: sorting the table by count breaks its hashing. */
	json_object_object_add(o, "keywords", keywords(t, 8));
	s = sdc_xstrdup(sdc_json_text(o, NULL));
	json_object_put(o);
	return s;
}

char *
sdc_extractive(const char *task, json_object *session, json_object *cats)
{
	struct text t;
	json_object *none = NULL;
	char *r;

	memset(&t, 0, sizeof(t));
	grow(&t);
	if (!cats || !json_object_is_type(cats, json_type_array))
		cats = none = json_object_new_array();
	collect(&t, session);
	if (strcmp(task, "title") == 0)
		r = title(&t, session);
	else if (strcmp(task, "category") == 0)
		r = category(&t, cats);
	else if (strcmp(task, "overview") == 0)
		r = best(&t, 6);
	else if (strcmp(task, "notes") == 0)
		r = notes(&t, session, cats);
	else
		r = best(&t, 3);
	json_object_put(none);
	text_free(&t);
	return r;
}
