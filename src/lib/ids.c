/* ids - see ids.h.  SHA-1 and SHA-256 come from libcrypto. */
#include "ids.h"
#include "diag.h"

#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { SHA1, SHA256 };

/* Fetched once: an implicit fetch on every digest takes locks and costs
 * more than hashing a short key. */
static EVP_MD *algs[2];
static EVP_MD_CTX *ctx;

static void
free_digests(void)
{
	EVP_MD_free(algs[SHA1]);
	EVP_MD_free(algs[SHA256]);
	EVP_MD_CTX_free(ctx);
}

static void
digest(int alg, const void *a, size_t alen, const void *b, size_t blen, unsigned char *out)
{
	if (!ctx) {
		algs[SHA1] = EVP_MD_fetch(NULL, "SHA1", NULL);
		algs[SHA256] = EVP_MD_fetch(NULL, "SHA256", NULL);
		ctx = EVP_MD_CTX_new();
		if (!algs[SHA1] || !algs[SHA256] || !ctx)
			sdc_errx(SDC_EXIT_FATAL, "libcrypto has no SHA-1/SHA-256");
		atexit(free_digests);
	}
	if (!EVP_DigestInit_ex(ctx, algs[alg], NULL) || !EVP_DigestUpdate(ctx, a, alen)
	    || (blen && !EVP_DigestUpdate(ctx, b, blen)) || !EVP_DigestFinal_ex(ctx, out, NULL))
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

static const unsigned char *
sdc_namespace(void)
{
	static const unsigned char dns[16] = {
		0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1,
		0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8 };
	static const char name[] = "sdc.syncro-data-consolidator";
	static unsigned char ns[16];
	static int ready;

	if (!ready) {
		sdc_uuid5_raw(dns, name, sizeof(name) - 1, ns);
		ready = 1;
	}
	return ns;
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
