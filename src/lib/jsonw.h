/* jsonw - layer 1 (data): write JSON text straight into a buffer, for hot
 * paths where building json-c trees costs more than the work itself (a
 * million-row ScreenConnect export).  Escaping matches json-c's compact
 * output, so a record reads the same whichever way it was written.
 *
 *	sdc_jsonw_open(&b);			// {
 *	sdc_jsonw_str(&b, "type", "RemoteConnection");
 *	sdc_jsonw_int(&b, "duration_seconds", 144);
 *	sdc_jsonw_close(&b);			// }
 */
#ifndef SDC_JSONW_H
#define SDC_JSONW_H

#include <stdint.h>
#include "buf.h"

/* A quoted, escaped JSON string (or null when s is NULL). */
void sdc_jsonw_string(struct sdc_buf *b, const char *s);
/* The same in ASCII only, as Python's json.dumps writes it (ensure_ascii):
 * \uXXXX for the rest, surrogate pairs above U+FFFF. */
void sdc_jsonw_string_ascii(struct sdc_buf *b, const char *s);

/* Object members; each adds the separating comma itself. */
void sdc_jsonw_open(struct sdc_buf *b);
void sdc_jsonw_close(struct sdc_buf *b);
void sdc_jsonw_key(struct sdc_buf *b, const char *key);
void sdc_jsonw_str(struct sdc_buf *b, const char *key, const char *value);
void sdc_jsonw_int(struct sdc_buf *b, const char *key, int64_t value);
void sdc_jsonw_bool(struct sdc_buf *b, const char *key, int value);
void sdc_jsonw_null(struct sdc_buf *b, const char *key);

#endif
