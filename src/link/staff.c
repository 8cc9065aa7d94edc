/* staff - see staff.h. */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "grow.h"
#include "hmap.h"
#include "staff.h"

struct person {
	char *name;	/* as first seen */
	char *words;	/* sdc_name_words */
	int whole;	/* held inside a longer name too */
};

struct sdc_staff {
	const struct sdc_names *nm;
	struct person *p;
	size_t n, cap;
	struct sdc_hmap byname;
};

struct sdc_staff *
sdc_staff_new(const struct sdc_names *nm)
{
	struct sdc_staff *st = sdc_xcalloc(1, sizeof(*st));

	st->nm = nm;
	return st;
}

void
sdc_staff_free(struct sdc_staff *st)
{
	size_t i;

	if (st == NULL)
		return;
	for (i = 0; i < st->n; i++) {
		free(st->p[i].name);
		free(st->p[i].words);
	}
	free(st->p);
	sdc_hmap_free(&st->byname);
	free(st);
}

int
sdc_staff_add(struct sdc_staff *st, const char *name, int listed)
{
	uint64_t h = sdc_hash(name, strlen(name));
	size_t it = 0;
	uint32_t v;
	struct person *p;

	while (sdc_hmap_find(&st->byname, h, &it, &v))
		if (strcmp(st->p[v].name, name) == 0) {
			st->p[v].whole |= listed;
			return 0;
		}
	st->p = sdc_grow(st->p, &st->cap, st->n + 1, sizeof(*st->p));
	p = &st->p[st->n];
	p->name = sdc_xstrdup(name);
	p->words = sdc_name_words(st->nm, name);
	p->whole = listed || strchr(p->words, ' ') != NULL;
	if (*p->words == '\0') {	/* nothing to know the name by */
		free(p->name);
		free(p->words);
		return 0;
	}
	sdc_hmap_put(&st->byname, h, (uint32_t)st->n++);
	return 1;
}

size_t
sdc_staff_count(const struct sdc_staff *st)
{
	return st ? st->n : 0;
}

/* The run w of words, beginning and ending where words do. */
static const char *
run_of(const char *words, const char *w)
{
	size_t n = strlen(w);
	const char *p;

	for (p = words; (p = strstr(p, w)) != NULL; p++)
		if ((p == words || p[-1] == ' ') && (p[n] == ' ' ||
		    p[n] == '\0'))
			return p;
	return NULL;
}

const char *
sdc_staff_in(const struct sdc_staff *st, const char *words, size_t *at,
    size_t *len)
{
	const char *r;
	size_t i;

	for (i = 0; st && i < st->n; i++) {
		const struct person *p = &st->p[i];

		r = strcmp(p->words, words) == 0 ? words : p->whole ?
		    run_of(words, p->words) : NULL;
		if (r) {
			*at = (size_t)(r - words);
			*len = strlen(p->words);
			return p->name;
		}
	}
	return NULL;
}
