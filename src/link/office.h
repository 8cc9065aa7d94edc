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

#endif
