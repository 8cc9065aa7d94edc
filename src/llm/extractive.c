/* extractive - see extractive.h. */
#include "extractive.h"
#include "buf.h"
#include "diag.h"
#include "grow.h"
#include "hmap.h"
#include "intern.h"
#include "jsonl.h"
#include "jsonw.h"
#include "nearby.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Bounds the work on a huge session: later sentences add little. */
#define MAX_SENTENCES 4000
/* "fewer than 10 words", as the title prompt asks of a model */
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
	size_t id0, nid;	/* its content words: ids[id0..id0+nid) */
};

/* A session's sentences and words, made once for all its tasks. */
struct sdc_xtext {
	struct sdc_buf all;	/* every sentence, NUL-separated */
	struct sent *s;
	size_t ns, cap;
	struct sdc_intern *words;	/* the content words */
	int *count;		/* word index -> occurrences */
	size_t ccap;
	uint32_t *ids;		/* each sentence's content words, in order */
	size_t nids, idcap;
};
#define text sdc_xtext

/* Bytes: alphanumeric (1), a letter (2), as isalnum/isalpha in the C
 * locale; a table, as this runs for every byte of every session. */
static unsigned char cls[256];
/* The stop words as 8-byte keys, sorted: one compare of integers each. */
static uint64_t stopkeys[sizeof(stopwords) / sizeof(*stopwords)];
#define STOP_MAX 8

static uint64_t
key8(const char *w, size_t n)
{
	uint64_t k = 0;

	memcpy(&k, w, n);
	return k;
}

static int
by_key(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

static void
tables(void)
{
	size_t i;

	if (cls['a'])
		return;
	for (i = 0; i < 256; i++)
		cls[i] = (unsigned char)((isalnum((int)i) ? 1 : 0) | (isalpha((int)i) ? 2 : 0));
	for (i = 0; i < sizeof(stopkeys) / sizeof(*stopkeys); i++)
		stopkeys[i] = key8(stopwords[i], strlen(stopwords[i]));
	qsort(stopkeys, sizeof(stopkeys) / sizeof(*stopkeys), sizeof(*stopkeys), by_key);
}

static int
is_stop(const char *w, size_t n)
{
	uint64_t k;

	if (n > STOP_MAX)
		return 0;
	k = key8(w, n);
	return bsearch(&k, stopkeys, sizeof(stopkeys) / sizeof(*stopkeys),
	    sizeof(*stopkeys), by_key) != NULL;
}

/* Call fn on each content word of s[0..n), lower-cased. */
static void
each_word(const char *s, size_t n, void (*fn)(void *, const char *, size_t),
    void *arg)
{
	char w[48];
	size_t i = 0, k;
	int alpha;
	unsigned char c;

	while (i < n) {
		while (i < n && !(cls[(unsigned char)s[i]] & 1))
			i++;
		for (k = 0, alpha = 0; i < n && ((cls[c = (unsigned char)s[i]] & 1) ||
		    c == '-'); i++) {
			alpha |= cls[c] & 2;
			if (k < sizeof(w) - 1)
				w[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		}
		w[k] = '\0';
		if (k >= 3 && alpha && !is_stop(w, k))
			fn(arg, w, k);
	}
}

static void
count_word(void *arg, const char *w, size_t len)
{
	struct text *t = arg;
	int added;
	uint32_t i = sdc_intern_n(t->words, w, len, &added);

	if (added) {
		t->count = sdc_grow(t->count, &t->ccap, (size_t)i + 1,
		    sizeof(*t->count));
		t->count[i] = 0;
	}
	t->count[i]++;
	/* kept for the scores: the sentence's words are not split again */
	t->ids = sdc_grow(t->ids, &t->idcap, t->nids + 1, sizeof(*t->ids));
	t->ids[t->nids++] = i;
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
	t->s[t->ns] = (struct sent){ (const char *)t->all.len, n, 0, t->ns,
	    t->nids, 0 };
	sdc_buf_add(&t->all, p, n);
	sdc_buf_addc(&t->all, '\0');
	each_word(p, n, count_word, t);
	t->s[t->ns].nid = t->nids - t->s[t->ns].id0;
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
collect(struct text *t, const struct sdc_xsession *x)
{
	size_t i, k;
	double sum;

	for (i = 0; i < x->ncontent; i++)
		if (x->content[i])
			split(t, x->content[i]);
	if (t->ns == 0 && x->source_title)
		split(t, x->source_title);
	for (i = 0; i < t->ns; i++) {
		t->s[i].p = t->all.p + (size_t)t->s[i].p;
		/* every word of a kept sentence was counted */
		for (sum = 0, k = 0; k < t->s[i].nid; k++)
			sum += t->count[t->ids[t->s[i].id0 + k]];
		t->s[i].score = t->s[i].nid ? sum / sqrt((double)t->s[i].nid) : 0;
		/* The opening lines usually state the problem. */
		if (i < 2)
			t->s[i].score *= 1.25;
	}
}

void
sdc_xtext_free(struct text *t)
{
	if (!t)
		return;
	sdc_intern_free(t->words);
	free(t->count);
	free(t->ids);
	free(t->s);
	sdc_buf_free(&t->all);
	free(t);
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

/* ScreenConnect's connection events say which machine, not what was
 * done: no title is made of them. */
static int
connection_line(const char *p)
{
	return strncmp(p, "Connected to machine:", 21) == 0 ||
	    strncmp(p, "Disconnected from machine:", 26) == 0;
}

/* Words: runs of non-blanks with a letter or digit in them (a lone
 * comma or dash is none). */
static int
count_words(const char *p, size_t n)
{
	int w = 0, in = 0;

	for (; n > 0; p++, n--)
		if (isspace((unsigned char)*p))
			in = 0;
		else if (isalnum((unsigned char)*p) && !in++)
			w++;
	return w;
}

/* The text without Markdown: emphasis and code marks, a list, quote or
 * heading marker, a leading "Label:" of one or two words, and a final
 * period or colon. */
static char *
plain(const char *p, size_t n)
{
	struct sdc_buf b = SDC_BUF_INIT;
	const char *colon;
	size_t i;
	char *s;

	for (i = 0; i < n; i++)
		if (!strchr("*_`", p[i]))
			sdc_buf_addc(&b, p[i]);
	s = sdc_buf_take(&b);
	p = s + strspn(s, " \t#>-+");
	colon = strchr(p, ':');
	if (colon && colon[1] == ' ' && count_words(p, (size_t)(colon -
	    p)) <= 2 && colon[strspn(colon + 1, " ") + 1])
		p = colon + 1 + strspn(colon + 1, " ");
	n = strlen(p);
	while (n > 0 && strchr(" .:;,", p[n - 1]))
		n--;
	p = sdc_xstrndup(p, n);
	free(s);
	return (char *)p;
}

/* A title of whole words: the text, or its first clause, when that has
 * 3 to TITLE_WORDS words; NULL otherwise. */
static char *
fitting(const char *text)
{
	static const char *const cuts[] = { "; ", ", ", " - ", ": ", " (" };
	char *s = plain(text, strlen(text)), *c = NULL;
	size_t i;
	int w = count_words(s, strlen(s));

	for (i = 0; w > TITLE_WORDS && i < sizeof(cuts) / sizeof(*cuts); i++)
		if ((c = strstr(s, cuts[i])) && count_words(s,
		    (size_t)(c - s)) >= 3) {
			*c = '\0';
			w = count_words(s, strlen(s));
		}
	if (w < 1 || w > TITLE_WORDS) {
		free(s);
		return NULL;
	}
	if (*s)
		*s = (char)toupper((unsigned char)*s);
	return s;
}

/* The machines of the session's connection events: "WKSTN-02",
 * "WKSTN-02 and SRV-MAIN", "WKSTN-02 and 3 more". */
static void
machines(const struct sdc_xsession *x, struct sdc_buf *b)
{
	const char *c, *first = NULL, *second = NULL;
	size_t i;
	int count = 0;

	for (i = 0; i < x->ncontent; i++) {
		c = x->content[i];
		if (!c || strncmp(c, "Connected to machine: ", 22) != 0)
			continue;
		c += 22;
		if ((first && strcmp(c, first) == 0) || (second &&
		    strcmp(c, second) == 0))
			continue;
		count++;
		if (!first)
			first = c;
		else if (!second)
			second = c;
	}
	if (count > 2)
		sdc_buf_printf(b, " on %s and %d more", first, count - 1);
	else if (second)
		sdc_buf_printf(b, " on %s and %s", first, second);
	else if (first) {	/* the common case, without printf */
		sdc_buf_adds(b, " on ");
		sdc_buf_adds(b, first);
	}
}
/* Appends part to b when the whole still fits the word limit. */
static void
add_part(struct sdc_buf *b, const char *part)
{
	if (count_words(b->p ? b->p : "", b->len) + count_words(part,
	    strlen(part)) <= TITLE_WORDS)
		sdc_buf_adds(b, part);
}

/* What is known when the text says nothing: "Remote session on WKSTN-02
 * for HealthGroup Alpha, 54 min", led by the subject of a ticket of the
 * same customer near in time when there is one; parts that would pass
 * the word limit are left out. */
static char *
facts_title(const struct sdc_xsession *x)
{
	const char *cust = x->customer, *sys = x->system;
	const char *subject = x->near ? sdc_nearby_subject_of(x->near) : NULL;
	struct sdc_buf b = SDC_BUF_INIT, part = SDC_BUF_INIT;
	char *lead = subject ? fitting(subject) : NULL;

	sdc_buf_adds(&b, lead ? lead : sys && strcmp(sys, "ScreenConnect") == 0 ?
	    "Remote session" : "Session");
	free(lead);
	machines(x, &part);
	add_part(&b, part.len ? part.p : "");
	sdc_buf_free(&part);
	if (cust && *cust) {
		sdc_buf_adds(&part, " for ");
		sdc_buf_adds(&part, cust);
		add_part(&b, part.p);
		sdc_buf_free(&part);
	}
	if (x->minutes > 0) {
		sdc_buf_adds(&part, ", ");
		sdc_jsonw_i64(&part, x->minutes);
		sdc_buf_adds(&part, " min");
		add_part(&b, part.p);
		sdc_buf_free(&part);
	}
	return sdc_buf_take(&b);
}

/* The source's specific title, else the best-scoring sentence that makes
 * a title of whole words, else the facts. */
static char *
title(struct text *t, const struct sdc_xsession *x)
{
	const char *src = x->source_title;
	struct sent *s;
	char *r = NULL;
	size_t i;

	if (src && *src && !generic_title(src) && (r = fitting(src)))
		return r;
	s = sdc_xmalloc((t->ns + 1) * sizeof(*s));
	memcpy(s, t->s, t->ns * sizeof(*s));
	qsort(s, t->ns, sizeof(*s), by_score);
	for (i = 0; i < t->ns && !r; i++) {
		if (connection_line(s[i].p) || s[i].score <= 0)
			continue;
		r = fitting(s[i].p);
	}
	free(s);
	return r ? r : facts_title(x);
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

#define NRULES (sizeof(rules) / sizeof(*rules))

/* The rules' words and phrases, each with how often each rule lists it
 * (first: the first word of a phrase, "power" of "power supply"). */
#define RULE_WORD 16
static struct rule_word {
	char w[RULE_WORD];
	size_t n;
	unsigned char weight[NRULES];
	int first;
} *rw;
static size_t nrw, rwcap;
static struct sdc_hmap rwmap;

static struct rule_word *
rule_word(const char *w, size_t n)
{
	size_t it = 0;
	uint32_t v;

	if (n >= RULE_WORD)
		return NULL;
	while (sdc_hmap_find(&rwmap, sdc_hash(w, n), &it, &v))
		if (rw[v].n == n && memcmp(rw[v].w, w, n) == 0)
			return &rw[v];
	return NULL;
}

static struct rule_word *
rule_word_add(const char *w, size_t n)
{
	struct rule_word *r = rule_word(w, n);

	if (r)
		return r;
	rw = sdc_grow(rw, &rwcap, nrw + 1, sizeof(*rw));
	r = memset(&rw[nrw], 0, sizeof(*rw));
	memcpy(r->w, w, n);
	r->n = n;
	sdc_hmap_put(&rwmap, sdc_hash(w, n), (uint32_t)nrw++);
	return r;
}

static void
rule_tables(void)
{
	const char *w, *bar, *sp;
	size_t i;

	if (nrw)
		return;
	for (i = 0; i < NRULES; i++)
		for (w = rules[i].words; *w; w = *bar ? bar + 1 : bar) {
			bar = strchr(w, '|');
			if (!bar)
				bar = w + strlen(w);
			if ((size_t)(bar - w) >= RULE_WORD)
				sdc_errx(SDC_EXIT_FATAL, "rule word too long");
			rule_word_add(w, (size_t)(bar - w))->weight[i]++;
			if ((sp = memchr(w, ' ', (size_t)(bar - w))))
				rule_word_add(w, (size_t)(sp - w))->first = 1;
		}
}

void
sdc_extractive_done(void)
{
	free(rw);
	rw = NULL;
	nrw = rwcap = 0;
	sdc_hmap_free(&rwmap);
}

static int
wordish(int c)
{
	return (cls[(unsigned char)c] & 1) || c == '-';
}

/* Adds the rules' counts of w; 1 when w starts a phrase. */
static int
hit(size_t *score, const char *w, size_t n)
{
	const struct rule_word *r = rule_word(w, n);
	size_t i;

	if (!r)
		return 0;
	for (i = 0; i < NRULES; i++)
		score[i] += r->weight[i];
	return r->first;
}

/* Each rule's hits in the lower-cased text: its words where they stand
 * as whole words ("office" is not in "OFFICE-PC": letters, digits and
 * '-' join), a phrase's words one blank apart.  The same as counting
 * each word's places with memmem, in one pass. */
static void
rule_scores(const char *lower, size_t len, size_t score[NRULES])
{
	size_t i = 0, start, next;

	memset(score, 0, NRULES * sizeof(*score));
	while (i < len) {
		while (i < len && !wordish(lower[i]))
			i++;
		for (start = i; i < len && wordish(lower[i]); i++)
			;
		if (i == start || i - start >= RULE_WORD)
			continue;
		if (hit(score, lower + start, i - start) && i + 1 < len &&
		    lower[i] == ' ' && wordish(lower[i + 1])) {
			for (next = i + 1; next < len && wordish(lower[next]); next++)
				;
			hit(score, lower + start, next - start);
		}
	}
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
	size_t i, n = json_object_array_length(cats), score[NRULES], top = 0;

	rule_tables();
	for (i = 0; i < t->all.len; i++)
		lower[i] = t->all.p[i] ? (char)tolower((unsigned char)
		    t->all.p[i]) : ' ';
	lower[t->all.len] = '\0';
	rule_scores(lower, t->all.len, score);
	for (i = 0; i < NRULES; i++) {
		if (!listed(cats, rules[i].category))
			continue;
		if (score[i] > top) {
			top = score[i];
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

struct word {
	const char *w;
	int count;
};

static int
by_count(const void *a, const void *b)
{
	const struct word *x = a, *y = b;

	if (x->count != y->count)
		return y->count - x->count;
	return strcmp(x->w, y->w);
}

/* The k most frequent words, ties in alphabetical order. */
static json_object *
keywords(struct text *t, size_t k)
{
	json_object *a = json_object_new_array();
	size_t i, n = sdc_intern_count(t->words);
	struct word *v = sdc_xmalloc((n + 1) * sizeof(*v));

	for (i = 0; i < n; i++)
		v[i] = (struct word){ sdc_intern_str(t->words, (uint32_t)i),
		    t->count[i] };
	qsort(v, n, sizeof(*v), by_count);
	for (i = 0; i < k && i < n; i++)
		json_object_array_add(a, json_object_new_string(v[i].w));
	free(v);
	return a;
}

static char *
notes(struct text *t, const struct sdc_xsession *session, json_object *cats)
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
	json_object_object_add(o, "keywords", keywords(t, 8));
	s = sdc_xstrdup(sdc_json_text(o, NULL));
	json_object_put(o);
	return s;
}

struct text *
sdc_xtext_new(const struct sdc_xsession *x)
{
	struct text *t = sdc_xcalloc(1, sizeof(*t));

	tables();
	t->words = sdc_intern_new();
	collect(t, x);
	return t;
}

char *
sdc_xtext_answer(struct text *t, const char *task, const struct sdc_xsession *x,
    json_object *cats)
{
	json_object *none = NULL;
	char *r;

	if (!cats || !json_object_is_type(cats, json_type_array))
		cats = none = json_object_new_array();
	if (strcmp(task, "title") == 0)
		r = title(t, x);
	else if (strcmp(task, "category") == 0)
		r = category(t, cats);
	else if (strcmp(task, "overview") == 0)
		r = best(t, 6);
	else if (strcmp(task, "notes") == 0)
		r = notes(t, x, cats);
	else
		r = best(t, 3);
	json_object_put(none);
	return r;
}

/* The segments' contents point into the tree; the array is ours. */
void
sdc_xsession_of_json(struct sdc_xsession *x, json_object *session,
    struct sdc_nearby_of *near)
{
	json_object *segs = sdc_json_get(session, "segments");
	json_object *ins = sdc_json_get(session, "insights");
	json_object *min = sdc_json_get(ins, "session_duration_minutes");
	size_t i, n = segs && json_object_is_type(segs, json_type_array) ?
	    json_object_array_length(segs) : 0;
	const char **c = sdc_xcalloc(n + 1, sizeof(*c));

	for (i = 0; i < n; i++)
		c[i] = sdc_json_str(json_object_array_get_idx(segs, i), "content");
	*x = (struct sdc_xsession){ c, n, sdc_json_str(ins, "source_title"),
	    sdc_json_str(sdc_json_get(session, "context"), "customer_name"),
	    sdc_json_str(sdc_json_get(session, "meta"), "source_system"),
	    min ? json_object_get_int(min) : 0, NULL };
	if (near && sdc_nearby_any()) {
		sdc_nearby_of_json(session, near);
		x->near = near;
	}
}

char *
sdc_extractive(const char *task, json_object *session, json_object *cats)
{
	struct sdc_xsession x;
	struct sdc_nearby_of near;
	struct text *t;
	char *r;

	sdc_xsession_of_json(&x, session, &near);
	t = sdc_xtext_new(&x);
	r = sdc_xtext_answer(t, task, &x, cats);
	sdc_xtext_free(t);
	free((void *)x.content);
	return r;
}
