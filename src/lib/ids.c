/* ids - see ids.h.  SHA-1 and SHA-256 come from libcrypto's one-shot
 * digest functions: through EVP, setting up a context per digest cost more
 * than hashing a short key (a third of sdc-sc2jsonl's ids, issue 17).
 * OpenSSL 3 marks them deprecated, not removed; nothing here is secret, so
 * the EVP layer's provider choice and cleansing buy nothing. */
#define OPENSSL_SUPPRESS_DEPRECATED
#include "ids.h"
#include "diag.h"

#include <openssl/sha.h>
#include <pthread.h>
#include <string.h>

void
sdc_uuid5_raw(const unsigned char ns[16], const void *name, size_t len, unsigned char out[16])
{
	unsigned char h[SHA_DIGEST_LENGTH];
	SHA_CTX c;

	if (!SHA1_Init(&c) || !SHA1_Update(&c, ns, 16) || !SHA1_Update(&c, name, len)
	    || !SHA1_Final(h, &c))
		sdc_errx(SDC_EXIT_FATAL, "libcrypto SHA-1 failed");
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
	unsigned char h[SHA256_DIGEST_LENGTH];
	static const char hex[] = "0123456789abcdef";
	int i;

	if (!SHA256(data, len, h))
		sdc_errx(SDC_EXIT_FATAL, "libcrypto SHA-256 failed");
	for (i = 0; i < 32; i++) {
		out[2 * i] = hex[h[i] >> 4];
		out[2 * i + 1] = hex[h[i] & 15];
	}
	out[64] = '\0';
	return out;
}
