/* custidx - sdc-link's customer index (see custidx.h). */
#include <elf.h>
#include <errno.h>
#include <link.h>
#include <stddef.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "custidx.h"
#include "customers.h"
#include "diag.h"
#include "file.h"
#include "grow.h"
#include "hmap.h"
#include "jsonl.h"
#include "japanese.h"
#include "korean.h"
#include "linkint.h"

/* Bump when what the index holds, or how it is laid out, changes. */
#define VERSION 8
#define BOM 0x01020304u		/* a file of the other byte order is foreign */
#define MAXFILE (1UL << 30)	/* as the cache itself (load_json) */

/* The file: this header, then the customers, contacts, assets,
 * skipped entries, Korean keys' vowel and trade masks, Japanese
 * readings' units, their heads and each head's names as arrays, then
 * the strings (NUL-terminated; offset 0 is ""), each part aligned by
 * its element size. */
struct hdr {
	char magic[8];		/* "SDCCIDX" */
	uint32_t version, bom;
	uint64_t size;		/* of the whole file */
	uint64_t sum;		/* sdc_hash of everything after it */
	uint64_t src_size;	/* the cache it was built from */
	int64_t src_sec, src_nsec;	/* ... its modification time */
	uint64_t fp;		/* the normaliser's fingerprint */
	uint32_t ncust, ncontact, nasset, nskip;
	uint64_t nstr;		/* bytes of strings */
	uint64_t nko;		/* Korean keys' masks (uint32) */
	uint64_t korean;	/* 1: the Korean keys are made (a list
				 * writing Hangul, bykorean.c) */
	uint64_t japanese;	/* 1: the Japanese readings are made (a
				 * list writing kana, byjapanese.c) */
	uint64_t jpfp;		/* ... with the kanji readings of this hash
				 * (sdc_jp_load) */
	uint64_t njpu, njph, njpn;	/* readings' units, heads, names */
};

struct rcust {
	int64_t id;
	uint32_t name, fold, words, norm, key;
	uint32_t contact0, ncontact, asset0, nasset, city, district, street,
	    region, zkey;
	uint32_t kokey, ko0, kon;	/* the Korean key of name: its coarse
					 * (0: none), masks from ko0, nv |
					 * nt << 8 | Hangul name << 16 */
	uint32_t jp0, jpn;	/* its Japanese reading: units from jp0,
				 * n | script << 8 | kana << 16 */
};

/* A head of the Japanese readings (japanese.h) and the names read with
 * it: names[at..at + n), ascending. */
struct rjphead {
	char key[8];		/* JP_HEAD letters at most, NUL-padded */
	uint32_t at, n;
};

struct rcontact {
	int64_t id;
	uint32_t name, email;
};

struct sdc_cidx {
	const struct hdr *h;
	const struct rcust *cust;
	const struct rcontact *contact;
	const uint32_t *asset, *skip, *ko, *jpu, *jpn;
	const struct rjphead *jph;
	const char *str;
	void *map;		/* the mapping, or the built bytes (free) */
	size_t maplen;
	int mapped;
};

static const char magic[8] = "SDCCIDX";

/* Names the normaliser reads in every way it has: drop words, initials,
 * case and accents, "&", apostrophes, camelCase, digits, Mc names.  Their
 * forms, hashed, tell an index built by another normaliser (another
 * build, other link.drop_words) from a current one. */
static const char *const probes[] = {
	"The HealthGroup Alpha, L.L.C.", "O'Brien & Sons Ltd", "Barb's Diner",
	"McGrath Route66 GmbH", "Caf\xc3\xa9 M\xc3\xbcller Inc.",
	"KINGSWaY DoHERTY", "U.S. Bank of Lakeside PLLC", "HG Alpha Co",
	"Neve Attwell t/a Attwell Furniture", "West_Hillcrest Properties (UK)",
	"\xc3\x85STR\xc3\x96M Corp", "Smith, Jones DDS", "MAcAllister 3M",
	"The Company", "Dr. J. Doe, Esq.",
	/* 明德贸易有限公司: Han, and its legal form */
	"\xe6\x98\x8e\xe5\xbe\xb7\xe8\xb4\xb8\xe6\x98\x93"
	    "\xe6\x9c\x89\xe9\x99\x90\xe5\x85\xac\xe5\x8f\xb8",
	NULL
};

/* The program's GNU build id (its first PT_NOTE of that type). */
static int
build_id(struct dl_phdr_info *info, size_t size, void *arg)
{
	uint64_t *fp = arg;
	int i;

	(void)size;
	for (i = 0; i < info->dlpi_phnum; i++) {
		const char *p = (const char *)info->dlpi_addr +
		    info->dlpi_phdr[i].p_vaddr, *end = p +
		    info->dlpi_phdr[i].p_memsz;

		while (info->dlpi_phdr[i].p_type == PT_NOTE &&
		    p + sizeof(ElfW(Nhdr)) <= end) {
			const ElfW(Nhdr) *nh = (const void *)p;
			const char *desc = p + sizeof(*nh) + ((nh->n_namesz + 3) &
			    ~3u);

			if (nh->n_type == NT_GNU_BUILD_ID && desc + nh->n_descsz <=
			    end) {
				*fp = (*fp ^ sdc_hash(desc, nh->n_descsz)) *
				    1099511628211ULL;
				return 1;
			}
			p = desc + ((nh->n_descsz + 3) & ~3u);
		}
	}
	return 1;	/* the first object is the program itself */
}

/* ... and the program: an index is trusted only by the build that wrote
 * it (what it holds comes from customers.h and names.h as built). */
uint64_t
sdc_cidx_fingerprint(const struct sdc_names *nm)
{
	uint64_t fp = VERSION;
	size_t i;

	dl_iterate_phdr(build_id, &fp);
	fp = (fp ^ ko_load_words()) * 1099511628211ULL;
	fp = (fp ^ sdc_name_vn_load()) * 1099511628211ULL;
	fp = (fp ^ sdc_name_titles_load()) * 1099511628211ULL;
	fp = (fp ^ sdc_name_ones_load()) * 1099511628211ULL;

	for (i = 0; probes[i]; i++) {
		char *f = sdc_name_fold(probes[i]), *w = sdc_name_words(nm,
		    probes[i]), *n = sdc_name_strip(nm, w),
		    *k = sdc_name_sortkey(n);
		const char *s[4] = { f, w, n, k };

		fp = (fp ^ sdc_hash_strs(s, 4)) * 1099511628211ULL;
		free(f);
		free(w);
		free(n);
		free(k);
	}
	return fp;
}

char *
sdc_cidx_path(const char *cache)
{
	size_t n = strlen(cache);
	struct sdc_buf b = SDC_BUF_INIT;

	if (n > 5 && strcmp(cache + n - 5, ".json") == 0)
		n -= 5;
	sdc_buf_add(&b, cache, n);
	sdc_buf_adds(&b, ".idx");
	return sdc_buf_take(&b);
}

/* --- building --- */

struct builder {
	struct sdc_buf str;
	struct rcust *cust;
	struct rcontact *contact;
	uint32_t *asset, *skip, *ko, *jpu, *jpn;
	struct rjphead *jph;
	size_t ncust, ccust, ncontact, ccontact, nasset, casset, nskip, cskip,
	    nko, cko, nhangul, njpu, cjpu, njph, cjph, njpn;
	int korean;		/* the Korean keys are made (add_koreans) */
	int japanese;		/* ... the Japanese readings (add_japaneses) */
	const struct sdc_names *nm;
};

/* s into the strings (once per distinct run of bytes is not worth it:
 * names rarely repeat); "" and NULL are offset 0. */
static uint32_t
str_add(struct builder *b, const char *s)
{
	size_t at = b->str.len;

	if (s == NULL || *s == '\0')
		return 0;
	if (at + strlen(s) + 1 > UINT32_MAX)
		sdc_errx(SDC_EXIT_USAGE, "customer index: too many names");
	sdc_buf_add(&b->str, s, strlen(s) + 1);
	return (uint32_t)at;
}

static uint32_t
str_take(struct builder *b, char *s)
{
	uint32_t at = str_add(b, s);

	free(s);
	return at;
}

/* s (freed), stored once: as like's offset when it equals like. */
static uint32_t
str_same(struct builder *b, char *s, const char *like, uint32_t at)
{
	if (strcmp(s, like) != 0)
		at = str_add(b, s);
	free(s);
	return at;
}

static void
add_contacts(struct builder *b, struct rcust *r, json_object *contacts)
{
	size_t i, n = contacts ? json_object_array_length(contacts) : 0;

	r->contact0 = (uint32_t)b->ncontact;
	for (i = 0; i < n; i++) {
		json_object *ct = json_object_array_get_idx(contacts, i);
		struct rcontact *c;
		long long id;
		const char *name;

		b->contact = sdc_grow(b->contact, &b->ccontact, b->ncontact + 1,
		    sizeof(*b->contact));
		c = &b->contact[b->ncontact++];
		c->email = str_add(b, sdc_json_str(ct, "email"));
		c->id = -1;
		c->name = 0;
		if (sdc_contact_get(ct, &id, &name) == 0) {
			c->id = id;
			c->name = str_add(b, name);
		}
	}
	r->ncontact = (uint32_t)(b->ncontact - r->contact0);
}

static void
add_assets(struct builder *b, struct rcust *r, json_object *assets)
{
	size_t i, n = assets ? json_object_array_length(assets) : 0;

	r->asset0 = (uint32_t)b->nasset;
	for (i = 0; i < n; i++) {
		const char *m = sdc_json_str(json_object_array_get_idx(assets,
		    i), "name");

		if (m == NULL || *m == '\0')
			continue;
		b->asset = sdc_grow(b->asset, &b->casset, b->nasset + 1,
		    sizeof(*b->asset));
		b->asset[b->nasset++] = str_add(b, m);
	}
	r->nasset = (uint32_t)(b->nasset - r->asset0);
}

/* r's name's Korean key (korean.h), made here once rather than each
 * run that reads a list writing Hangul (bykorean.c). */
static void
add_korean(struct builder *b, struct rcust *r)
{
	struct ko_key k;

	if (!sdc_ko_key(b->str.p + r->name, &k))
		return;
	r->kokey = str_take(b, k.coarse);
	r->ko0 = (uint32_t)b->nko;
	r->kon |= (uint32_t)(k.nv | k.nt << 8);
	b->ko = sdc_grow(b->ko, &b->cko, b->nko + k.nv + k.nt,
	    sizeof(*b->ko));
	memcpy(b->ko + b->nko, k.vm, k.nv * sizeof(*k.vm));
	memcpy(b->ko + b->nko + k.nv, k.tm, k.nt * sizeof(*k.tm));
	b->nko += k.nv + k.nt;
}

static void
add_customer(struct builder *b, const struct sdc_customer *c)
{
	struct rcust *r;
	char *words = sdc_name_words(b->nm, c->name);
	char *norm = sdc_name_strip(b->nm, words);

	b->cust = sdc_grow(b->cust, &b->ccust, b->ncust + 1, sizeof(*b->cust));
	r = &b->cust[b->ncust++];
	memset(r, 0, sizeof(*r));
	r->id = c->id;
	r->name = str_add(b, c->name);
	r->fold = str_take(b, sdc_name_fold(c->name));
	r->words = str_add(b, words);
	/* the stripped and sorted forms are often the words themselves */
	r->norm = strcmp(norm, words) == 0 ? r->words : str_add(b, norm);
	r->key = str_same(b, sdc_name_sortkey(norm), norm, r->norm);
	r->zkey = str_take(b, sdc_name_zh_key(norm));
	free(norm);
	free(words);
	r->city = c->city ? str_take(b, sdc_name_words(b->nm, c->city)) : 0;
	r->district = c->district ? str_take(b, sdc_name_words(b->nm,
	    c->district)) : 0;
	r->street = c->street ? str_take(b, sdc_name_words(b->nm,
	    c->street)) : 0;
	r->region = c->region ? str_take(b, sdc_name_words(b->nm,
	    c->region)) : 0;
	add_contacts(b, r, c->contacts);
	add_assets(b, r, c->assets);
	r->kon = (uint32_t)sdc_ko_hangul(c->name) << 16;
	b->nhangul += r->kon != 0;
}

/* The Korean keys, in a list where one name in 500 or more writes
 * Hangul (as bykorean.c reads one): elsewhere no run asks them. */
static int
add_koreans(struct builder *b)
{
	size_t i;

	if (b->nhangul == 0 || b->nhangul < b->ncust / 500)
		return 0;
	ko_load_words();
	for (i = 0; i < b->ncust; i++)
		add_korean(b, &b->cust[i]);
	return 1;
}

/* The heads read as add_japaneses gathers them: b->jph each once (its
 * row by key in rows), n its names; name[k] read with head row[k]. */
struct jp_gather {
	struct sdc_hmap rows;
	uint32_t *row, *name;
	size_t n, crow, cname;
};

/* The row of head key in b->jph, made when new. */
static uint32_t
jp_head_row(struct builder *b, struct jp_gather *g, const char *key)
{
	uint64_t h = sdc_hash(key, strlen(key));
	size_t it = 0;
	uint32_t v;

	while (sdc_hmap_find(&g->rows, h, &it, &v))
		if (strcmp(b->jph[v].key, key) == 0)
			return v;
	b->jph = sdc_grow(b->jph, &b->cjph, b->njph + 1, sizeof(*b->jph));
	memset(&b->jph[b->njph], 0, sizeof(*b->jph));
	memcpy(b->jph[b->njph].key, key, strnlen(key, JP_HEAD));
	sdc_hmap_put(&g->rows, h, (uint32_t)b->njph);
	return (uint32_t)b->njph++;
}

/* r's name's Japanese reading into the units, its heads gathered. */
static void
add_japanese(struct builder *b, struct rcust *r, uint32_t i,
    struct jp_gather *g)
{
	char key[JP_HEADS][JP_HEAD + 1];
	struct jp_read jr;
	size_t k, n;
	int read = sdc_jp_read(b->str.p + r->name, &jr);

	r->jp0 = (uint32_t)b->njpu;
	r->jpn = (uint32_t)(jr.n | (size_t)(jr.script & 3) << 8 |
	    (size_t)(jr.kana != 0) << 16);
	b->jpu = sdc_grow(b->jpu, &b->cjpu, b->njpu + jr.n, sizeof(*b->jpu));
	for (k = 0; k < jr.n; k++)
		b->jpu[b->njpu++] = (uint32_t)jr.u[k];
	n = read ? sdc_jp_heads(&jr, key, JP_HEADS) : 0;
	g->row = sdc_grow(g->row, &g->crow, g->n + n, sizeof(*g->row));
	g->name = sdc_grow(g->name, &g->cname, g->n + n, sizeof(*g->name));
	for (k = 0; k < n; k++) {
		g->row[g->n] = jp_head_row(b, g, key[k]);
		b->jph[g->row[g->n]].n++;
		g->name[g->n++] = i;
	}
}

static int
jp_head_cmp(const void *a, const void *b)
{
	return strcmp(((const struct rjphead *)a)->key,
	    ((const struct rjphead *)b)->key);
}

/* The heads sorted by key (looked up by halves: sdc_cidx_jp_names),
 * each one's names placed in the order gathered, the lists' order. */
static void
place_jp_names(struct builder *b, struct jp_gather *g)
{
	uint32_t *moved = sdc_xcalloc(b->njph + 1, sizeof(*moved)), *at;
	size_t k, sum = 0;

	for (k = 0; k < b->njph; k++)
		b->jph[k].at = (uint32_t)k;	/* its row before the sort */
	qsort(b->jph, b->njph, sizeof(*b->jph), jp_head_cmp);
	at = sdc_xcalloc(b->njph + 1, sizeof(*at));
	for (k = 0; k < b->njph; k++) {
		moved[b->jph[k].at] = (uint32_t)k;
		at[k] = b->jph[k].at = (uint32_t)sum;
		sum += b->jph[k].n;
	}
	b->jpn = sdc_xcalloc(sum + 1, sizeof(*b->jpn));
	for (k = 0; k < g->n; k++)
		b->jpn[at[moved[g->row[k]]]++] = g->name[k];
	b->njpn = sum;
	free(moved);
	free(at);
}

/* The names' Japanese readings and their heads (japanese.h), in a list
 * where one name in 500 or more writes kana (as byjapanese.c reads
 * one): made here once rather than by each run's first Japanese name
 * (at 50,000 customers most of that run's time). */
static int
add_japaneses(struct builder *b)
{
	struct jp_gather g;
	size_t i, kana = 0;

	for (i = 0; i < b->ncust; i++)
		kana += sdc_jp_kana(b->str.p + b->cust[i].name) != 0;
	if (kana == 0 || kana < b->ncust / 500)
		return 0;
	memset(&g, 0, sizeof(g));
	for (i = 0; i < b->ncust; i++)
		add_japanese(b, &b->cust[i], (uint32_t)i, &g);
	place_jp_names(b, &g);
	sdc_hmap_free(&g.rows);
	free(g.row);
	free(g.name);
	return 1;
}

/* A count of elements as the file may hold it (no overflow). */
static uint64_t
capped(uint64_t n)
{
	return n > MAXFILE ? MAXFILE : n;
}

/* The parts laid out after the header: where each begins, and the
 * whole size; 0 when the counts cannot be a file we would write. */
static uint64_t
layout(const struct hdr *h, uint64_t at[9])
{
	at[0] = sizeof(struct hdr);
	at[1] = at[0] + (uint64_t)h->ncust * sizeof(struct rcust);
	at[2] = at[1] + (uint64_t)h->ncontact * sizeof(struct rcontact);
	at[3] = at[2] + (uint64_t)h->nasset * 4;
	at[4] = at[3] + (uint64_t)h->nskip * 4;
	at[5] = at[4] + capped(h->nko) * 4;
	at[6] = at[5] + capped(h->njpu) * 4;
	at[7] = at[6] + capped(h->njph) * sizeof(struct rjphead);
	at[8] = at[7] + capped(h->njpn) * 4;
	return h->nstr > MAXFILE || at[8] + h->nstr > MAXFILE ? 0 :
	    at[8] + h->nstr;
}

/* The checksum: of everything after the sum itself, 8 bytes a step
 * (sdc_hash goes a byte a step: 20 ms over the 11 MB of 50,000
 * customers, a fifth of the start-up). */
static uint64_t
sum_of(const void *p, size_t n)
{
	const unsigned char *b = (const unsigned char *)p +
	    offsetof(struct hdr, sum) + sizeof(uint64_t);
	size_t len = n - (offsetof(struct hdr, sum) + sizeof(uint64_t)), i;
	uint64_t h = 0x9e3779b97f4a7c15ULL ^ len, w;

	for (i = 0; i + 8 <= len; i += 8) {
		memcpy(&w, b + i, 8);
		h = (h ^ w) * 0xff51afd7ed558ccdULL;
		h ^= h >> 29;
	}
	for (w = 0; i < len; i++)
		w = w << 8 | b[i];
	h = (h ^ w) * 0xc4ceb9fe1a85ec53ULL;
	return h ^ h >> 32;
}

/* An array into the file (an empty one may be NULL: memcpy may not). */
static void
put(char *to, const void *from, size_t n)
{
	if (n > 0)
		memcpy(to, from, n);
}

/* The file's bytes; st: the cache they are built from (or NULL). */
static void *
assemble(struct builder *b, const struct stat *st, size_t *n)
{
	struct hdr h;
	uint64_t at[9];
	char *p;

	memset(&h, 0, sizeof(h));
	memcpy(h.magic, magic, sizeof(magic));
	h.version = VERSION;
	h.bom = BOM;
	h.fp = sdc_cidx_fingerprint(b->nm);
	h.ncust = (uint32_t)b->ncust;
	h.ncontact = (uint32_t)b->ncontact;
	h.nasset = (uint32_t)b->nasset;
	h.nskip = (uint32_t)b->nskip;
	h.nstr = b->str.len;
	h.korean = (uint64_t)b->korean;
	h.nko = b->nko;
	h.japanese = (uint64_t)b->japanese;
	h.jpfp = b->japanese ? sdc_jp_load() : 0;
	h.njpu = b->njpu;
	h.njph = b->njph;
	h.njpn = b->njpn;
	if (st) {
		h.src_size = (uint64_t)st->st_size;
		h.src_sec = (int64_t)st->st_mtim.tv_sec;
		h.src_nsec = (int64_t)st->st_mtim.tv_nsec;
	}
	if ((h.size = layout(&h, at)) == 0)
		sdc_errx(SDC_EXIT_USAGE, "customer index: too large");
	p = sdc_xcalloc(1, (size_t)h.size);
	put(p + at[0], b->cust, b->ncust * sizeof(*b->cust));
	put(p + at[1], b->contact, b->ncontact * sizeof(*b->contact));
	put(p + at[2], b->asset, b->nasset * 4);
	put(p + at[3], b->skip, b->nskip * 4);
	put(p + at[4], b->ko, b->nko * 4);
	put(p + at[5], b->jpu, b->njpu * 4);
	put(p + at[6], b->jph, b->njph * sizeof(*b->jph));
	put(p + at[7], b->jpn, b->njpn * 4);
	put(p + at[8], b->str.p, b->str.len);
	memcpy(p, &h, sizeof(h));
	h.sum = sum_of(p, (size_t)h.size);
	memcpy(p, &h, sizeof(h));
	*n = (size_t)h.size;
	return p;
}

/* --- checking and reading --- */

/* The Japanese readings and heads point inside their arrays, a reading
 * fits a struct jp_read, a head's key ends, its names are customers. */
static int
jp_ok(const struct sdc_cidx *x)
{
	const struct hdr *h = x->h;
	uint64_t i;

	for (i = 0; i < h->ncust; i++)
		if ((x->cust[i].jpn & 0xff) > JP_UNITS || (uint64_t)
		    x->cust[i].jp0 + (x->cust[i].jpn & 0xff) > h->njpu)
			return 0;
	for (i = 0; i < h->njph; i++)
		if (x->jph[i].key[JP_HEAD] != '\0' || (uint64_t)x->jph[i].at +
		    x->jph[i].n > h->njpn)
			return 0;
	for (i = 0; i < h->njpn; i++)
		if (x->jpn[i] >= h->ncust)
			return 0;
	return 1;
}

/* Every string offset of the index points inside the strings. */
static int
offsets_ok(const struct sdc_cidx *x)
{
	const struct hdr *h = x->h;
	uint32_t i;

	for (i = 0; i < h->ncust; i++) {
		const struct rcust *r = &x->cust[i];

		if (r->name >= h->nstr || r->fold >= h->nstr ||
		    r->words >= h->nstr || r->norm >= h->nstr ||
		    r->key >= h->nstr || r->city >= h->nstr ||
		    r->district >= h->nstr || r->street >= h->nstr ||
		    r->region >= h->nstr || r->zkey >= h->nstr ||
		    r->kokey >= h->nstr || (r->kon & 0xff) > KO_UNITS ||
		    (r->kon >> 8 & 0xff) > KO_UNITS || (uint64_t)r->ko0 +
		    (r->kon & 0xff) + (r->kon >> 8 & 0xff) > h->nko ||
		    x->str[r->name] == '\0' ||
		    (uint64_t)r->contact0 + r->ncontact > h->ncontact ||
		    (uint64_t)r->asset0 + r->nasset > h->nasset)
			return 0;
	}
	for (i = 0; i < h->ncontact; i++)
		if (x->contact[i].name >= h->nstr ||
		    x->contact[i].email >= h->nstr)
			return 0;
	for (i = 0; i < h->nasset; i++)
		if (x->asset[i] >= h->nstr)
			return 0;
	return jp_ok(x);
}

struct sdc_cidx *
sdc_cidx_from_bytes(const void *p, size_t n, uint64_t fp, int check_sum)
{
	const struct hdr *h = p;
	struct sdc_cidx *x;
	uint64_t at[9];

	if (n < sizeof(*h) || memcmp(h->magic, magic, sizeof(magic)) != 0 ||
	    h->version != VERSION || h->bom != BOM || h->size != n ||
	    (check_sum && h->fp != fp) || h->nstr == 0 || layout(h, at) != n)
		return NULL;
	if (((const char *)p)[n - 1] != '\0' || ((const char *)p)[at[8]] != '\0')
		return NULL;	/* every string ends inside; offset 0 is "" */
	if (check_sum && sum_of(p, n) != h->sum)
		return NULL;
	x = sdc_xcalloc(1, sizeof(*x));
	x->h = h;
	x->cust = (const void *)((const char *)p + at[0]);
	x->contact = (const void *)((const char *)p + at[1]);
	x->asset = (const void *)((const char *)p + at[2]);
	x->skip = (const void *)((const char *)p + at[3]);
	x->ko = (const void *)((const char *)p + at[4]);
	x->jpu = (const void *)((const char *)p + at[5]);
	x->jph = (const void *)((const char *)p + at[6]);
	x->jpn = (const void *)((const char *)p + at[7]);
	x->str = (const char *)p + at[8];
	if (!offsets_ok(x)) {
		free(x);
		return NULL;
	}
	return x;
}

int
sdc_cidx_mapped(const struct sdc_cidx *x)
{
	return x->mapped;
}

int
sdc_cidx_korean(const struct sdc_cidx *x)
{
	return x->h->korean == 1;
}

int
sdc_cidx_japanese(const struct sdc_cidx *x)
{
	return x->h->japanese == 1;
}

void
sdc_cidx_jp_read(const struct sdc_cidx *x, size_t i, struct jp_read *r)
{
	const struct rcust *c = &x->cust[i];
	size_t k;

	r->n = c->jpn & 0xff;
	r->script = (int)(c->jpn >> 8 & 3);
	r->kana = (int)(c->jpn >> 16 & 1);
	for (k = 0; k < r->n; k++)
		r->u[k] = (int32_t)x->jpu[c->jp0 + k];
}

size_t
sdc_cidx_jp_names(const struct sdc_cidx *x, const char *key,
    const uint32_t **names)
{
	size_t lo = 0, hi = x->h->njph, mid;
	int c;

	while (lo < hi) {	/* the heads are sorted by key */
		mid = lo + (hi - lo) / 2;
		if ((c = strncmp(key, x->jph[mid].key, JP_HEAD + 1)) == 0) {
			*names = x->jpn + x->jph[mid].at;
			return x->jph[mid].n;
		}
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

size_t
sdc_cidx_count(const struct sdc_cidx *x)
{
	return x->h->ncust;
}

void
sdc_cidx_get(const struct sdc_cidx *x, size_t i, struct sdc_cidx_cust *c)
{
	const struct rcust *r = &x->cust[i];

	c->id = r->id;
	c->name = x->str + r->name;
	c->fold = x->str + r->fold;
	c->words = x->str + r->words;
	c->norm = x->str + r->norm;
	c->key = x->str + r->key;
	c->city = x->str + r->city;
	c->district = x->str + r->district;
	c->region = x->str + r->region;
	c->street = x->str + r->street;
	c->zkey = x->str + r->zkey;
	c->kokey = r->kokey ? x->str + r->kokey : NULL;
	c->komasks = x->ko + r->ko0;
	c->konv = r->kon & 0xff;
	c->kont = r->kon >> 8 & 0xff;
	c->hangul = (int)(r->kon >> 16 & 1);
	c->contact0 = r->contact0;
	c->ncontacts = r->ncontact;
	c->asset0 = r->asset0;
	c->nassets = r->nasset;
}

void
sdc_cidx_contact(const struct sdc_cidx *x, const struct sdc_cidx_cust *c,
    size_t k, struct sdc_cidx_contact *ct)
{
	const struct rcontact *r = &x->contact[c->contact0 + k];

	ct->id = r->id;
	ct->name = x->str + r->name;
	ct->email = x->str + r->email;
}

const char *
sdc_cidx_asset(const struct sdc_cidx *x, const struct sdc_cidx_cust *c,
    size_t k)
{
	return x->str + x->asset[c->asset0 + k];
}

size_t
sdc_cidx_nskipped(const struct sdc_cidx *x)
{
	return x->h->nskip;
}

size_t
sdc_cidx_skipped(const struct sdc_cidx *x, size_t i)
{
	return x->skip[i];
}

void
sdc_cidx_free(struct sdc_cidx *x)
{
	if (x == NULL)
		return;
	if (x->mapped)
		munmap(x->map, x->maplen);
	else
		free(x->map);
	free(x);
}

/* --- the file beside the cache --- */

/* The index file, mapped, when it is valid and built from the cache as
 * st describes it; else NULL. */
static struct sdc_cidx *
map_file(const char *ipath, const struct stat *st, uint64_t fp)
{
	int fd = open(ipath, O_RDONLY | O_CLOEXEC);
	struct stat ist;
	struct sdc_cidx *x = NULL;
	void *m;

	if (fd < 0)
		return NULL;
	if (fstat(fd, &ist) != 0 || !S_ISREG(ist.st_mode) ||
	    ist.st_size < (off_t)sizeof(struct hdr) ||
	    (uint64_t)ist.st_size > MAXFILE) {
		close(fd);
		return NULL;
	}
	m = mmap(NULL, (size_t)ist.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (m == MAP_FAILED)
		return NULL;
	x = sdc_cidx_from_bytes(m, (size_t)ist.st_size, fp, 1);
	if (x == NULL || x->h->src_size != (uint64_t)st->st_size ||
	    x->h->src_sec != (int64_t)st->st_mtim.tv_sec ||
	    x->h->src_nsec != (int64_t)st->st_mtim.tv_nsec ||
	    (x->h->japanese && x->h->jpfp != sdc_jp_load())) {
		free(x);
		munmap(m, (size_t)ist.st_size);
		return NULL;
	}
	x->map = m;
	x->maplen = (size_t)ist.st_size;
	x->mapped = 1;
	return x;
}

/* Write the index atomically; a failure only costs the next run a
 * rebuild (no fsync either: a torn file fails its checksum). */
static void
save(const char *ipath, const void *p, size_t n)
{
	struct sdc_buf tmp = SDC_BUF_INIT;
	int fd, ok;

	sdc_buf_printf(&tmp, "%s.tmp.%ld", ipath, (long)getpid());
	fd = open(tmp.p, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
	if (fd < 0) {
		sdc_note("customer index %s not written: %s", ipath,
		    strerror(errno));
		sdc_buf_free(&tmp);
		return;
	}
	ok = sdc_write_all(fd, p, n) == 0;
	ok = close(fd) == 0 && ok;
	if (!ok || rename(tmp.p, ipath) != 0) {
		sdc_note("customer index %s not written: %s", ipath,
		    strerror(errno));
		unlink(tmp.p);
	}
	sdc_buf_free(&tmp);
}

/* The index of a parsed list of customers, as bytes. */
static void *
build_list(json_object *list, const struct sdc_names *nm,
    const struct stat *st, size_t *n)
{
	struct builder b;
	struct sdc_customer c;
	size_t i;
	void *p;

	memset(&b, 0, sizeof(b));
	b.nm = nm;
	sdc_buf_addc(&b.str, '\0');	/* offset 0: "" */
	for (i = 0; i < json_object_array_length(list); i++)
		if (sdc_customer_get(list, i, &c) == 0)
			add_customer(&b, &c);
		else if (i <= UINT32_MAX) {
			b.skip = sdc_grow(b.skip, &b.cskip, b.nskip + 1,
			    sizeof(*b.skip));
			b.skip[b.nskip++] = (uint32_t)i;
		}
	b.korean = add_koreans(&b);
	b.japanese = add_japaneses(&b);
	p = assemble(&b, st, n);
	sdc_buf_free(&b.str);
	free(b.cust);
	free(b.contact);
	free(b.asset);
	free(b.skip);
	free(b.ko);
	free(b.jpu);
	free(b.jph);
	free(b.jpn);
	return p;
}

void *
sdc_cidx_build(const char *text, size_t len, const struct sdc_names *nm,
    size_t *n)
{
	const char *why;
	json_object *doc = sdc_json_parse(text, len, &why), *list;
	void *p = NULL;

	if ((list = sdc_customers_list(doc)) != NULL)
		p = build_list(list, nm, NULL, n);
	json_object_put(doc);
	return p;
}

/* Only the link cache proper ("customers.json", as sdc-fetch-syncro and
 * the pipeline name it) keeps its index in a file: a list named anything
 * else (a test's temporary file, a fixture) is indexed in memory. */
static int
keeps_file(const char *path)
{
	const char *b = strrchr(path, '/');

	return strcmp(b ? b + 1 : path, "customers.json") == 0;
}

/* Parse the cache and build its index (exit 2 as before the index); st:
 * the cache as it was before reading it, or NULL. */
static struct sdc_cidx *
build_file(const char *path, const struct stat *st, const struct sdc_names *nm)
{
	size_t len = 0, n = 0;
	char *text = sdc_file_read(path, MAXFILE, &len), *ipath;
	const char *why = NULL;
	json_object *doc, *list;
	struct hdr *h;
	struct sdc_cidx *x;

	if (text == NULL)
		sdc_err(SDC_EXIT_USAGE, "customers file %s", path);
	doc = sdc_json_parse(text, len, &why);
	free(text);	/* before any exit: LeakSanitizer counts it */
	if (doc == NULL)
		sdc_errx(SDC_EXIT_USAGE, "%s: %s", path, why);
	if ((list = sdc_customers_list(doc)) == NULL) {
		json_object_put(doc);
		sdc_errx(SDC_EXIT_USAGE, "%s: not a list of customers", path);
	}
	h = build_list(list, nm, st, &n);
	json_object_put(doc);
	if (st && S_ISREG(st->st_mode) && keeps_file(path)) {
		ipath = sdc_cidx_path(path);
		save(ipath, h, n);
		free(ipath);
	}
	if ((x = sdc_cidx_from_bytes(h, n, h->fp, 0)) == NULL)
		sdc_errx(SDC_EXIT_FATAL, "customer index: built one it cannot read");
	x->map = h;
	return x;
}

struct sdc_cidx *
sdc_cidx_open(const char *path, const struct sdc_names *nm)
{
	struct stat st;
	struct sdc_cidx *x = NULL;
	char *ipath;
	int have = stat(path, &st) == 0;

	if (have && S_ISREG(st.st_mode) && keeps_file(path)) {
		ipath = sdc_cidx_path(path);
		x = map_file(ipath, &st, sdc_cidx_fingerprint(nm));
		free(ipath);
	}
	return x ? x : build_file(path, have ? &st : NULL, nm);
}
