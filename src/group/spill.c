/* spill - see spill.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "diag.h"
#include "file.h"
#include "grow.h"
#include "hmap.h"
#include "runs.h"
#include "spill.h"

#define NOSTR UINT32_MAX	/* a string that is not there */

/* A session in the spill: this, then its strings. */
struct rec {
	int64_t start, end, customer_id;
	long lineno;
	uint32_t file, idlen, srclen, namelen, nlinks;
	uint64_t linkslen;
};

static FILE *recs;
static struct sdc_runs *hashes;	/* the ids' hashes */
static char **files;		/* the input names seen, in order */
static size_t nfiles, capfiles;

static int
cmp_u64(const void *pa, const void *pb)
{
	uint64_t a = *(const uint64_t *)pa, b = *(const uint64_t *)pb;

	return a < b ? -1 : a > b;
}

void
spill_begin(void)
{
	recs = sdc_file_tmp("sessions");
	hashes = sdc_runs_new(sizeof(uint64_t), cmp_u64, "session ids");
}

static uint32_t
file_index(const char *name)
{
	if (!nfiles || strcmp(files[nfiles - 1], name ? name : "") != 0) {
		files = sdc_grow(files, &capfiles, nfiles + 1, sizeof(*files));
		files[nfiles++] = sdc_xstrdup(name ? name : "");
	}
	return (uint32_t)(nfiles - 1);
}

static uint32_t
len_of(const char *s)
{
	return s ? (uint32_t)strlen(s) : NOSTR;
}

void
spill_add(const struct gfields *f)
{
	struct rec r;
	uint64_t h;

	memset(&r, 0, sizeof(r));	/* no unset padding in the file */
	r.start = f->start;
	r.end = f->end;
	r.customer_id = f->customer_id;
	r.lineno = f->lineno;
	r.file = file_index(f->file);
	r.idlen = len_of(f->id);
	r.srclen = len_of(f->src);
	r.namelen = len_of(f->customer_name);
	r.nlinks = f->nlinks;
	r.linkslen = f->linkslen;

	fwrite(&r, sizeof(r), 1, recs);
	fwrite(f->id, 1, r.idlen, recs);
	if (f->src)
		fwrite(f->src, 1, r.srclen, recs);
	if (f->customer_name)
		fwrite(f->customer_name, 1, r.namelen, recs);
	fwrite(f->links, 1, f->linkslen, recs);
	h = sdc_hash(f->id, r.idlen);
	sdc_runs_add(hashes, &h);
}

int
spill_dups(void)
{
	uint64_t prev = 0, h;
	int dup = 0;

	while (!dup && sdc_runs_next(hashes, &h)) {
		dup = h == prev;	/* sdc_hash is never 0 */
		prev = h;
	}
	return dup;
}

/* The next string of length n (NOSTR: none) from p, NUL-terminated in b. */
static const char *
take(const char **p, uint32_t n)
{
	const char *s = *p;

	if (n == NOSTR)
		return NULL;
	*p += n + 1;
	return s;
}

static int
read_rec(struct rec *r, struct sdc_buf *b)
{
	uint64_t len;
	uint32_t i;

	if (fread(r, sizeof(*r), 1, recs) != 1)
		return 0;
	sdc_buf_reset(b);
	len = (uint64_t)(r->idlen != NOSTR ? r->idlen : 0) + (r->srclen != NOSTR ? r->srclen : 0)
	    + (r->namelen != NOSTR ? r->namelen : 0) + r->linkslen + 3;
	if (sdc_buf_reserve(b, (size_t)len) != 0)
		sdc_errx(SDC_EXIT_FATAL, "out of memory (a session of %llu bytes)",
		    (unsigned long long)len);
	for (i = 0; i < 3; i++) {
		uint32_t n = i == 0 ? r->idlen : i == 1 ? r->srclen : r->namelen;

		if (n == NOSTR)
			continue;
		if (fread(b->p + b->len, 1, n, recs) != n)
			return -1;
		b->len += n;
		b->p[b->len++] = '\0';
	}
	if (fread(b->p + b->len, 1, r->linkslen, recs) != r->linkslen)
		return -1;
	b->len += r->linkslen;
	return 1;
}

void
spill_replay(void (*fn)(const struct gfields *f))
{
	struct sdc_buf b = SDC_BUF_INIT;
	struct gfields f;
	struct rec r;
	const char *p;
	int rc;

	sdc_file_tmp_check(recs, "sessions");
	rewind(recs);
	while ((rc = read_rec(&r, &b)) == 1) {
		p = b.p;
		f.id = take(&p, r.idlen);
		f.src = take(&p, r.srclen);
		f.customer_name = take(&p, r.namelen);
		f.start = r.start;
		f.end = r.end;
		f.customer_id = r.customer_id;
		f.links = p;
		f.linkslen = r.linkslen;
		f.nlinks = r.nlinks;
		f.file = files[r.file];
		f.lineno = r.lineno;
		fn(&f);
	}
	if (rc < 0 || ferror(recs))
		sdc_err(SDC_EXIT_FATAL, "reading back the temporary file of sessions");
	sdc_buf_free(&b);
}

void
spill_end(void)
{
	size_t i;

	if (recs)
		fclose(recs);
	sdc_runs_free(hashes);
	recs = NULL;
	hashes = NULL;
	for (i = 0; i < nfiles; i++)
		free(files[i]);
	free(files);
	files = NULL;
	nfiles = capfiles = 0;
}
