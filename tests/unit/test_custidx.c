/* Unit tests of custidx.c: what the index holds, the file beside the
 * cache (written, mapped, rebuilt when stale, damaged or foreign), and
 * the loader against truncated, flipped and randomly mutated files. */
#include "check.h"
#include "cidx_walk.h"
#include "custidx.h"
#include "japanese.h"
#include "korean.h"
#include "names.h"

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static const char cache[] =
    "[{\"id\":1,\"business_name\":\"The HealthGroup Alpha, L.L.C.\","
    "\"contacts\":[{\"id\":7,\"name\":\"Ann Lee\",\"email\":\"ann@hga.com\"},"
    "{\"id\":8,\"firstname\":\"Bo\",\"lastname\":\"Chen\"},"
    "{\"email\":\"x@hga.com\"}],\"assets\":[{\"id\":3,\"name\":\"HGA-PC1\"},"
    "{\"id\":4,\"name\":\"\"}],\"city\":\"Saint-Denis\","
    "\"address_2\":\"La Plaine\",\"state\":\"Île-de-France\"},\n"
    "{\"business_name\":\"No Id Ltd\"},\n"
    "{\"id\":\"42\",\"business_name\":\"O'Brien & Sons\"}]\n";

/* Names in kana, kanji and romaji: a list read as Japanese. */
static const char jp_cache[] =
    "[{\"id\":1,\"business_name\":\"\xe6\xa0\xaa\xe5\xbc\x8f\xe4\xbc\x9a"
    "\xe7\xa4\xbe\xe5\xb0\x8f\xe6\x9d\xbe\xe7\xb2\xbe\xe6\xa9\x9f\"},"
    "{\"id\":2,\"business_name\":\"\xe3\x82\xb9\xe3\x82\xae\xe3\x83\xa2"
    "\xe3\x83\x88\xe8\x87\xaa\xe5\x8b\x95\xe8\xbb\x8a\"},"
    "{\"id\":3,\"business_name\":\"Ikeda Shokai Co., Ltd.\"},"
    "{\"id\":4,\"business_name\":\"Co., Ltd.\"}]";

static struct sdc_names *nm;

static void
test_content(void)
{
	size_t n;
	void *p = sdc_cidx_build(cache, strlen(cache), nm, &n);
	struct sdc_cidx *x = p ? sdc_cidx_from_bytes(p, n,
	    sdc_cidx_fingerprint(nm), 1) : NULL;
	struct sdc_cidx_cust c;
	struct sdc_cidx_contact ct;

	CHECK("an index is built and reads back", x != NULL);
	if (x == NULL) {
		free(p);
		return;
	}
	CHECK_INT("two customers", (long)sdc_cidx_count(x), 2);
	CHECK_INT("one entry left out", (long)sdc_cidx_nskipped(x), 1);
	CHECK_INT("  ...the second", (long)sdc_cidx_skipped(x, 0), 1);
	sdc_cidx_get(x, 0, &c);
	CHECK_INT("id", c.id, 1);
	CHECK_STR("name as written", c.name, "The HealthGroup Alpha, L.L.C.");
	CHECK_STR("words", c.words, "the health group alpha llc");
	CHECK_STR("normalised", c.norm, "health group alpha");
	CHECK_STR("sort key", c.key, "alpha group health");
	CHECK_STR("folded", c.fold, "the healthgroup alpha, l.l.c.");
	CHECK_STR("its town, in words", c.city, "saint denis");
	CHECK_STR("its part of town, in words", c.district, "la plaine");
	CHECK_STR("its region, in words", c.region, "ile de france");
	{
		char *zk = sdc_name_zh_key(c.norm);

		CHECK_STR("its Mandarin key, made when built", c.zkey, zk);
		free(zk);
	}
	CHECK("no Hangul name: no Korean keys made", !sdc_cidx_korean(x) &&
	    c.kokey == NULL);
	CHECK("no kana: no Japanese readings made", !sdc_cidx_japanese(x));
	CHECK_INT("three contacts", (long)c.ncontacts, 3);
	sdc_cidx_contact(x, &c, 1, &ct);
	CHECK_STR("a contact named by first and last name", ct.name, "Bo Chen");
	sdc_cidx_contact(x, &c, 2, &ct);
	CHECK("a contact without id or name keeps its e-mail", ct.id == -1 &&
	    strcmp(ct.email, "x@hga.com") == 0 && *ct.name == '\0');
	CHECK_INT("one named machine", (long)c.nassets, 1);
	CHECK_STR("  ...its name", sdc_cidx_asset(x, &c, 0), "HGA-PC1");
	sdc_cidx_get(x, 1, &c);
	CHECK("a quoted id", c.id == 42 && c.ncontacts == 0 && c.nassets == 0);
	CHECK_STR("no town", c.city, "");
	CHECK_STR("no part of town", c.district, "");
	CHECK_STR("no region", c.region, "");
	CHECK("no list: no index", sdc_cidx_build("{}", 2, nm, &n) == NULL);
	sdc_cidx_free(x);	/* it read p in place: p is still ours */
	free(p);
}

static uint64_t rng = 88172645463325252ULL;

static uint64_t
next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* Damaged bytes: every truncation and every single flipped byte is
 * refused; random mutations with the checksum not checked (as the fuzz
 * target does) are refused or read within bounds (ASan watches). */
/* A Hangul name's Korean key (korean.h) is the index's, made when it
 * was built: the same as made now; a name that reads as no Korean has
 * none. */
static void
test_korean(void)
{
	static const char ko[] = "[{\"id\":1,\"business_name\":"
	    "\"\xec\x9d\xbc\xec\x9b\x90\xec\xa0\x95\xed\x98\x95"
	    "\xec\x99\xb8\xea\xb3\xbc\xec\x9d\x98\xec\x9b\x90\"},"
	    "{\"id\":2,\"business_name\":\"Habo Yeongeo Hagwon\"},"
	    "{\"id\":3,\"business_name\":\"O'Brien & Sons 1999\"}]";
	size_t n, i;
	void *p = sdc_cidx_build(ko, strlen(ko), nm, &n);
	struct sdc_cidx *x = p ? sdc_cidx_from_bytes(p, n,
	    sdc_cidx_fingerprint(nm), 1) : NULL;
	struct sdc_cidx_cust c;
	struct ko_key k;
	int made;

	CHECK("an index of Korean names is built", x != NULL &&
	    sdc_cidx_korean(x));
	for (i = 0; x != NULL && i < 2; i++) {
		sdc_cidx_get(x, i, &c);
		made = sdc_ko_key(c.name, &k);
		CHECK_INT("  ...Hangul or not", c.hangul, i == 0);
		CHECK("  ...its Korean key", made && c.kokey != NULL && strcmp(c.kokey, k.coarse) == 0 &&
		    c.konv == k.nv && c.kont == k.nt && memcmp(c.komasks, k.vm,
		    k.nv * 4) == 0 && memcmp(c.komasks + k.nv, k.tm,
		    k.nt * 4) == 0);
		if (made)
			free(k.coarse);
	}
	if (x != NULL) {
		sdc_cidx_get(x, 2, &c);
		CHECK("no Korean key for a name with digits", c.kokey == NULL &&
		    c.konv == 0 && c.hangul == 0);
	}
	sdc_cidx_free(x);
	free(p);
}

/* The heads of customer i's reading each list it. */
static int
heads_listed(const struct sdc_cidx *x, const struct jp_read *r, size_t i)
{
	char key[JP_HEADS][JP_HEAD + 1];
	size_t nk = sdc_jp_heads(r, key, JP_HEADS), k, j, n;
	const uint32_t *names;

	for (k = 0; k < nk; k++) {
		n = sdc_cidx_jp_names(x, key[k], &names);
		for (j = 0; j < n && names[j] != i; j++)
			;
		if (j == n)
			return 0;
	}
	return nk > 0;
}

/* A list writing kana: each name's Japanese reading and its heads are
 * the index's, made when it was built, the same as made now; a name
 * with nothing to read (only a legal form) has none. */
static void
test_japanese(void)
{
	size_t n, i;
	void *p = sdc_cidx_build(jp_cache, strlen(jp_cache), nm, &n);
	struct sdc_cidx *x = p ? sdc_cidx_from_bytes(p, n,
	    sdc_cidx_fingerprint(nm), 1) : NULL;
	struct jp_read a, b;
	const uint32_t *names;
	char nokey[] = "qqqqq";

	CHECK("an index of Japanese names is built", x != NULL &&
	    sdc_cidx_japanese(x));
	for (i = 0; x != NULL && i < 3; i++) {
		struct sdc_cidx_cust c;

		sdc_cidx_get(x, i, &c);
		sdc_jp_read(c.name, &a);
		sdc_cidx_jp_read(x, i, &b);
		CHECK("  ...its reading", a.n == b.n && a.script == b.script &&
		    a.kana == b.kana && memcmp(a.u, b.u, a.n * sizeof(*a.u)) ==
		    0);
		CHECK("  ...listed under each of its heads",
		    heads_listed(x, &b, i));
	}
	if (x != NULL) {
		sdc_cidx_jp_read(x, 3, &b);
		CHECK("a legal form alone: no reading", b.n == 0);
		CHECK("a head no name has: no names",
		    sdc_cidx_jp_names(x, nokey, &names) == 0);
		sdc_jp_read("Komatsu Seiki", &a);
		CHECK("a romaji name fits the kanji one's reading",
		    sdc_jp_fits(&a, (sdc_cidx_jp_read(x, 0, &b), &b)));
	}
	sdc_cidx_free(x);
	free(p);
}

static void
test_damage(const char *text)
{
	size_t n, i, bad = 0, taken = 0;
	unsigned char *p = sdc_cidx_build(text, strlen(text), nm, &n);
	unsigned char *q = malloc(n);
	uint64_t fp = sdc_cidx_fingerprint(nm);
	struct sdc_cidx *x;

	for (i = 0; i < n; i++)
		if ((x = sdc_cidx_from_bytes(p, i, fp, 1)) != NULL) {
			bad++;
			sdc_cidx_free(x);
		}
	CHECK_INT("every truncation refused", (long)bad, 0);
	for (i = 0; i < n; i++) {
		memcpy(q, p, n);
		q[i] ^= 0x5a;
		if ((x = sdc_cidx_from_bytes(q, n, fp, 1)) != NULL) {
			bad++;
			sdc_cidx_free(x);
		}
	}
	CHECK_INT("every flipped byte refused", (long)bad, 0);
	for (i = 0; i < 20000; i++) {
		size_t k, m = 1 + next() % 4;

		memcpy(q, p, n);
		for (k = 0; k < m; k++)
			q[next() % n] = (unsigned char)next();
		if ((x = sdc_cidx_from_bytes(q, n, fp, 0)) != NULL) {
			taken += cidx_walk(x) > 0;
			sdc_cidx_free(x);
		}
	}
	printf("# %zu of 20000 mutated indexes read (no checksum)\n", taken);
	CHECK("mutations with the checksum skipped: read in bounds", 1);
	free(q);
	free(p);
}

static void
write_file(const char *path, const char *text)
{
	FILE *fp = fopen(path, "w");

	fputs(text, fp);
	fclose(fp);
}

static int
opened_mapped(const char *path, const struct sdc_names *with)
{
	struct sdc_cidx *x = sdc_cidx_open(path, with);
	int m = sdc_cidx_mapped(x) && sdc_cidx_count(x) == 2;

	sdc_cidx_free(x);
	return m;
}

static void
test_file(void)
{
	char dir[] = "/tmp/test_custidx.XXXXXX", path[256], ipath[256],
	    other[256];
	struct timespec ts[2] = { { 0, UTIME_OMIT }, { 1000000000, 0 } };
	const char *drop[] = { "Sons" };
	struct sdc_names *nm2 = sdc_names_new(drop, 1);
	char *ip;

	if (mkdtemp(dir) == NULL)
		return;
	snprintf(path, sizeof(path), "%s/customers.json", dir);
	snprintf(ipath, sizeof(ipath), "%s/customers.idx", dir);
	snprintf(other, sizeof(other), "%s/list.json", dir);
	ip = sdc_cidx_path(path);
	CHECK_STR("the index's name", ip, ipath);
	free(ip);
	ip = sdc_cidx_path("cust");
	CHECK_STR("  ...of a name without .json", ip, "cust.idx");
	free(ip);
	write_file(path, cache);
	CHECK("first run: built, not mapped", !opened_mapped(path, nm));
	CHECK("  ...and written beside the cache", access(ipath, F_OK) == 0);
	CHECK("second run: mapped", opened_mapped(path, nm));
	utimensat(AT_FDCWD, path, ts, 0);
	CHECK("a cache changed since: rebuilt", !opened_mapped(path, nm));
	CHECK("  ...then mapped", opened_mapped(path, nm));
	CHECK("other drop words: foreign, rebuilt", !opened_mapped(path, nm2));
	CHECK("  ...and back", !opened_mapped(path, nm));
	write_file(ipath, "SDCCIDX garbage");
	CHECK("a damaged index: rebuilt", !opened_mapped(path, nm));
	CHECK("  ...then mapped", opened_mapped(path, nm));
	write_file(other, cache);
	snprintf(path, sizeof(path), "%s/list.idx", dir);
	CHECK("a list not named customers.json: indexed in memory",
	    !opened_mapped(other, nm) && access(path, F_OK) != 0);
	unlink(path);
	unlink(other);
	unlink(ipath);
	snprintf(path, sizeof(path), "%s/customers.json", dir);
	unlink(path);
	rmdir(dir);
	sdc_names_free(nm2);
}

int
main(void)
{
	nm = sdc_names_new(NULL, 0);
	test_content();
	test_korean();
	test_japanese();
	test_damage(cache);
	test_damage(jp_cache);
	test_file();
	sdc_names_free(nm);
	return check_done();
}
