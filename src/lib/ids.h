/* ids - layer 1 (data): deterministic UUIDv5 ids and SHA-256 fingerprints
 * (session.md).
 *
 * sdc_uuid5(KEY) = uuid5(SDC_NAMESPACE, KEY), SDC_NAMESPACE =
 * uuid5(NAMESPACE_DNS, "sdc.syncro-data-consolidator"). */
#ifndef SDC_IDS_H
#define SDC_IDS_H

#include <stddef.h>

#define SDC_UUID_BUFSZ 37
#define SDC_SHA256_HEXSZ 65

/* Safe to call from several threads at once.
 * Writes the 36-character lower-case UUID and a NUL into out. */
char *sdc_uuid5(const char *key, char *out);
char *sdc_uuid5_n(const char *key, size_t len, char *out);
/* uuid5 under an explicit 16-byte namespace (used for the namespace itself). */
void sdc_uuid5_raw(const unsigned char ns[16], const void *name, size_t len,
    unsigned char out[16]);
/* Lower-case hex SHA-256 of data. */
char *sdc_sha256_hex(const void *data, size_t len, char *out);

#endif
