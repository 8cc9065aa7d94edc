/* fpset - a set of SHA-256 fingerprints, and the state file that keeps
 * it between runs (conventions.md "State").
 *
 * The set is an open-addressing hash table keyed by the digest itself
 * (its bytes are already uniform), so a lookup is O(1) however much
 * history the state file holds.  The state file is one lower-case hex
 * fingerprint per line.  It is locked (flock) from open to close, so
 * concurrent runs are serialised, and new fingerprints are appended in a
 * single write followed by fsync; a torn last line (a crash mid-append)
 * is ignored on the next load, which only costs re-emitting those
 * records. */
#ifndef SDC_FPSET_H
#define SDC_FPSET_H

#include <stddef.h>

#define SDC_FP_LEN 32

struct sdc_fpset;
struct sdc_fpset *sdc_fpset_new(void);
/* A set that also counts how often each fingerprint was added. */
struct sdc_fpset *sdc_fpset_new_counter(void);
void sdc_fpset_free(struct sdc_fpset *s);
/* Add a digest: 1 when it was new, 0 when already present. */
int sdc_fpset_add(struct sdc_fpset *s, const unsigned char fp[SDC_FP_LEN]);
/* Counter sets: add fp once more and return how often it was added. */
long sdc_fpset_bump(struct sdc_fpset *s, const unsigned char fp[SDC_FP_LEN]);
int sdc_fpset_has(const struct sdc_fpset *s,
    const unsigned char fp[SDC_FP_LEN]);
size_t sdc_fpset_count(const struct sdc_fpset *s);
/* Make room for more entries now rather than growing step by step. */
void sdc_fpset_reserve(struct sdc_fpset *s, size_t more);
void sdc_fpset_clear(struct sdc_fpset *s);

/* 64 hex digits to 32 bytes; -1 when s is not exactly that. */
int sdc_fp_from_hex(const char *s, size_t len, unsigned char fp[SDC_FP_LEN]);

/* Open (creating it and its directory) and lock the state file, and add
 * every fingerprint in it to set.  NULL, after saying why, on failure. */
struct sdc_fpstate;
struct sdc_fpstate *sdc_fpstate_open(const char *path, struct sdc_fpset *set);
/* Append hex fingerprint lines (each "<64 hex>\n") and fsync; -1 on error
 * (reported). */
int sdc_fpstate_append(struct sdc_fpstate *st, const char *lines, size_t len);
/* Unlock and close. */
void sdc_fpstate_close(struct sdc_fpstate *st);

#endif
