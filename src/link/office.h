/* office - a firm's office named by its town and an office word
 * ("Sakura Kohmuten Co., Ltd. Obihiro Eigyosho", "... Hakodate Shiten",
 * "株式会社熊谷産業 藤沢営業所").
 *
 *	char *t = sdc_office_other(nm, "sakura ... asahikawa eigyohsho",
 *	    "sakura ... obihiro eigyohsho");	-> "asahikawa"
 */
#ifndef SDC_OFFICE_H
#define SDC_OFFICE_H

#include "names.h"

/* typed and own are names' words (sdc_name_words).  Both name an office
 * of a firm and typed puts another town in own's office's slot, a word
 * no slip or romanisation of own's and none of own's words: the firm's
 * other office, another customer.  That town (a new string), or NULL. */
char *sdc_office_other(const struct sdc_names *nm, const char *typed,
    const char *own);

/* typed names a holding company ("Timmermans Holding B.V.") and own
 * (both sdc_name_words) no holding: the operating firm ("Fa. Timmermans
 * V.O.F.") is another body, billed on its own.  A holding typed as a
 * trading name's legal name ("... d/b/a Aiea Holdings LLC") is not
 * read.  1 or 0. */
int sdc_office_holding(const char *typed, const char *own);

#endif
