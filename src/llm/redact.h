/* redact - replace personal data with placeholders before text leaves the
 * machine, and put the originals back into the answer.
 *
 *	struct sdc_redact *r = sdc_redact_new();
 *	char *safe = sdc_redact(r, prompt);	// "mail [EMAIL_1] ..."
 *	... send safe, get answer ...
 *	char *full = sdc_unredact(r, answer);	// placeholders restored
 *	sdc_redact_free(r);
 *
 * Found: e-mail addresses ([EMAIL_n]), phone numbers of 10-15 digits
 * ([PHONE_n]), IPv4 addresses ([IP_n]), card numbers of 13-19 digits that
 * pass the Luhn check ([CARD_n]), US SSNs ddd-dd-dddd ([SSN_n]), and
 * secrets ([SECRET_n]): the value after password/passwd/pwd/secret/token/
 * api key/access key followed by ':' '=' or "is", and tokens that look
 * like API keys (sk-, AKIA, AIza, ghp_, github_pat_, xox?-).  The same
 * original gets the same placeholder throughout one sdc_redact object, so
 * several prompts about one session stay consistent. */
#ifndef SDC_REDACT_H
#define SDC_REDACT_H

#include <stddef.h>

struct sdc_redact;
struct sdc_redact *sdc_redact_new(void);
char *sdc_redact(struct sdc_redact *r, const char *text);
char *sdc_unredact(const struct sdc_redact *r, const char *text);
size_t sdc_redact_count(const struct sdc_redact *r);
void sdc_redact_free(struct sdc_redact *r);

#endif
