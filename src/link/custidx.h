/* custidx - sdc-link's customer index: the customer link cache
 * (customers.h) as sdc-link reads it, normalised once and kept in a
 * compact file beside the cache ("customers.json" -> "customers.idx"),
 * mapped read-only by later runs instead of parsing and normalising the
 * JSON again (at 50,000 customers that was most of a 0.2 s start-up).
 *
 *	struct sdc_cidx *x = sdc_cidx_open("data/cache/customers.json", nm);
 *	for (i = 0; i < sdc_cidx_count(x); i++) {
 *		sdc_cidx_get(x, i, &c);		// id, name, normalised forms
 *		for (k = 0; k < c.ncontacts; k++)
 *			sdc_cidx_contact(x, &c, k, &ct);
 *	}
 *
 * The file is rebuilt when it is missing, when the cache's size or
 * modification time differ from those it was built from, when the name
 * normaliser (its drop words, or its code: probed at load) differs, and
 * when it is damaged or foreign (magic, version, byte order, size,
 * checksum, then every offset checked before use).  It is written to a
 * temporary file and renamed, so a concurrent run sees the old file or
 * the new one; a folder that cannot be written just means no file. */
#ifndef SDC_CUSTIDX_H
#define SDC_CUSTIDX_H

#include <stddef.h>
#include <stdint.h>

#include "names.h"

struct sdc_cidx_cust {
	long long id;
	const char *name;	/* business_name, never empty */
	const char *fold, *words, *norm, *key;	/* names.h: fold, words,
						 * strip, sortkey */
	const char *city;	/* the words of its town, "" when none */
	const char *district;	/* ... of its part of town, "" when none */
	const char *street;	/* ... of its street address, "" when
				 * none */
	const char *region;	/* ... of its state, province or island, ""
				 * when none */
	const char *zkey;	/* the Mandarin key of norm (sdc_name_zh_key),
				 * made once here rather than each run */
	const char *kokey;	/* the coarse of name's Korean key
				 * (korean.h), NULL for none */
	const uint32_t *komasks;	/* ... its vm[], then its tm[] */
	size_t konv, kont;
	int hangul;		/* name has a Hangul syllable */
	size_t ncontacts, nassets;
	uint32_t contact0, asset0;	/* where they start */
};

struct sdc_cidx_contact {
	long long id;		/* -1: no id or no name (not a contact to
				 * link, its e-mail domain still counts) */
	const char *name;	/* "" when id is -1 */
	const char *email;	/* "" when none */
};

struct sdc_cidx;
struct jp_read;

/* The index of the cache at path: mapped from path's index file when it
 * is current, else built from the cache (and the file written).  A cache
 * that cannot be read or parsed, or holds no list: exit 2, as before. */
struct sdc_cidx *sdc_cidx_open(const char *path, const struct sdc_names *nm);
/* 1 when the index holds its names' Korean keys (kokey: made in a list
 * where one name in 500 or more writes Hangul), 0 when none are made. */
int sdc_cidx_korean(const struct sdc_cidx *x);
/* 1 when the index holds its names' Japanese readings and their heads
 * (japanese.h: made in a list where one name in 500 or more writes
 * kana), 0 when none are made. */
int sdc_cidx_japanese(const struct sdc_cidx *x);
/* The Japanese reading of customer i, into *r (n 0: none). */
void sdc_cidx_jp_read(const struct sdc_cidx *x, size_t i, struct jp_read *r);
/* The customers whose reading has the head key (sdc_jp_heads), in
 * order: their number, *names the first. */
size_t sdc_cidx_jp_names(const struct sdc_cidx *x, const char *key,
    const uint32_t **names);
/* 1 when sdc_cidx_open mapped the file, 0 when it built the index. */
int sdc_cidx_mapped(const struct sdc_cidx *x);
size_t sdc_cidx_count(const struct sdc_cidx *x);
void sdc_cidx_get(const struct sdc_cidx *x, size_t i, struct sdc_cidx_cust *c);
void sdc_cidx_contact(const struct sdc_cidx *x, const struct sdc_cidx_cust *c,
    size_t k, struct sdc_cidx_contact *ct);
const char *sdc_cidx_asset(const struct sdc_cidx *x,
    const struct sdc_cidx_cust *c, size_t k);
/* The cache's entries left out (no id or business_name), by position. */
size_t sdc_cidx_skipped(const struct sdc_cidx *x, size_t i);
size_t sdc_cidx_nskipped(const struct sdc_cidx *x);
void sdc_cidx_free(struct sdc_cidx *x);

/* The index file's name for a cache: ".json" replaced by ".idx", else
 * ".idx" added. */
char *sdc_cidx_path(const char *cache);

/* For tests and the fuzz target: the index file's bytes checked as the
 * loader checks them (fp: the normaliser's fingerprint it must carry;
 * check_sum 0 skips the checksum and the fingerprint, so a fuzzer
 * reaches what follows).
 * NULL when they do not hold a valid index; else one that reads them in
 * place (they must outlive it). */
struct sdc_cidx *sdc_cidx_from_bytes(const void *p, size_t n, uint64_t fp,
    int check_sum);
/* ... and the bytes of the index built from a cache's text (NULL when it
 * is no list of customers); free() them. */
void *sdc_cidx_build(const char *text, size_t len, const struct sdc_names *nm,
    size_t *n);
uint64_t sdc_cidx_fingerprint(const struct sdc_names *nm);

#endif
