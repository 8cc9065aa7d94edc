/* linkrules - layer 2 (records): the decisions a person made in
 * sdc-review, which sdc-link follows: the one owner of the rules file
 * (data/state/link-rules.jsonl).
 * One JSON object per line, later lines winning:
 *
 *	{"type": "alias", "name": "KFG", "customer_id": 4}
 *	{"type": "not_customer", "name": "Test Account"}
 *	{"type": "machine", "name": "KF-RECEP1", "customer_id": 4}
 *
 *	sdc_rules_append(path, &(struct sdc_rule){ "alias", "KFG", 4 }, 1);
 *	sdc_rules_load(path, each_rule, ctx);
 *
 * Appends hold the file's lock (state.h) and are written in whole lines
 * with one write, fsync'd: sdc-review killed mid-way loses no earlier
 * decision. */
#ifndef SDC_LINKRULES_H
#define SDC_LINKRULES_H

#include <stddef.h>

struct sdc_rule {
	const char *type;	/* alias, not_customer, machine */
	const char *name;
	long long customer_id;	/* -1 for not_customer */
};

/* Append n rules; 0, or -1 (reported) when the file cannot be written. */
int sdc_rules_append(const char *path, const struct sdc_rule *r, size_t n);

/* Call fn for every well-formed rule, in file order; a malformed line is
 * reported as "FILE:LINE: reason" and skipped.  A missing file holds no
 * rules.  Returns the number of rules read. */
long sdc_rules_load(const char *path,
    void (*fn)(const struct sdc_rule *r, void *ctx), void *ctx);

#endif
