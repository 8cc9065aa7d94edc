/* ids - see ids.h.  SHA-1 and SHA-256 come from libcrypto. */
#include "ids.h"
#include "diag.h"

#include <openssl/evp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { SHA1, SHA256 };

/* Fetched once per thread: an implicit fetch on every digest takes locks
 * and costs more than hashing a short key.  A thread's digests are freed
 * when it ends (the key's destructor), the main thread's at exit. */
struct digests {
	EVP_MD *alg[2];
	EVP_MD_CTX *ctx;
};
static pthread_key_t digests_key;
static pthread_once_t digests_once = PTHREAD_ONCE_INIT;

static void
free_digests(void *p)
{
	struct digests *d = p;

	EVP_MD_free(d->alg[SHA1]);
	EVP_MD_free(d->alg[SHA256]);
	EVP_MD_CTX_free(d->ctx);
	free(d);
}

static void
free_main_digests(void)
{
	struct digests *d = pthread_getspecific(digests_key);

	if (d)
		free_digests(d);
	pthread_setspecific(digests_key, NULL);
}

static void
make_key(void)
{
	pthread_key_create(&digests_key, free_digests);
	atexit(free_main_digests);
}

static struct digests *
thread_digests(void)
{
	struct digests *d;

	pthread_once(&digests_once, make_key);
	d = pthread_getspecific(digests_key);
	if (d)
		return d;
	d = sdc_xcalloc(1, sizeof(*d));
	d->alg[SHA1] = EVP_MD_fetch(NULL, "SHA1", NULL);
	d->alg[SHA256] = EVP_MD_fetch(NULL, "SHA256", NULL);
	d->ctx = EVP_MD_CTX_new();
	if (!d->alg[SHA1] || !d->alg[SHA256] || !d->ctx)
		sdc_errx(SDC_EXIT_FATAL, "libcrypto has no SHA-1/SHA-256");
	pthread_setspecific(digests_key, d);
	return d;
}

static void
digest(int alg, const void *a, size_t alen, const void *b, size_t blen, unsigned char *out)
{
	struct digests *d = thread_digests();

	if (!EVP_DigestInit_ex(d->ctx, d->alg[alg], NULL) || !EVP_DigestUpdate(d->ctx, a, alen)
	    || (blen && !EVP_DigestUpdate(d->ctx, b, blen))
	    || !EVP_DigestFinal_ex(d->ctx, out, NULL))
		sdc_errx(SDC_EXIT_FATAL, "libcrypto digest failed");
}

void
sdc_uuid5_raw(const unsigned char ns[16], const void *name, size_t len, unsigned char out[16])
{
	unsigned char h[EVP_MAX_MD_SIZE];

	digest(SHA1, ns, 16, name, len, h);
	memcpy(out, h, 16);
	out[6] = (out[6] & 0x0f) | 0x50;
	out[8] = (out[8] & 0x3f) | 0x80;
}

static unsigned char sdc_ns[16];
static pthread_once_t sdc_ns_once = PTHREAD_ONCE_INIT;

static void
make_namespace(void)
{
	static const unsigned char dns[16] = {
		0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1,
		0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8 };
	static const char name[] = "sdc.syncro-data-consolidator";

	sdc_uuid5_raw(dns, name, sizeof(name) - 1, sdc_ns);
}

static const unsigned char *
sdc_namespace(void)
{
	pthread_once(&sdc_ns_once, make_namespace);
	return sdc_ns;
}

char *
sdc_uuid5_n(const char *key, size_t len, char *out)
{
	unsigned char u[16];
	static const char hex[] = "0123456789abcdef";
	int i;
	char *p = out;

	sdc_uuid5_raw(sdc_namespace(), key, len, u);
	for (i = 0; i < 16; i++) {
		if (i == 4 || i == 6 || i == 8 || i == 10)
			*p++ = '-';
		*p++ = hex[u[i] >> 4];
		*p++ = hex[u[i] & 15];
	}
	*p = '\0';
	return out;
}

char *
sdc_uuid5(const char *key, char *out)
{
	return sdc_uuid5_n(key, strlen(key), out);
}

char *
sdc_sha256_hex(const void *data, size_t len, char *out)
{
	unsigned char h[EVP_MAX_MD_SIZE];
	static const char hex[] = "0123456789abcdef";
	int i;

	digest(SHA256, data, len, NULL, 0, h);
	for (i = 0; i < 32; i++) {
		out[2 * i] = hex[h[i] >> 4];
		out[2 * i + 1] = hex[h[i] & 15];
	}
	out[64] = '\0';
	return out;
}
