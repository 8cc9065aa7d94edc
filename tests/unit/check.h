/* check.h - the unit-test harness: TAP lines on stdout, one per CHECK.
 *
 *	CHECK("parses 1/3/2025", sdc_time_parse(...) == 0);
 *	CHECK_STR("format", got, "2025-01-03T17:43:00Z");
 *	return check_done();
 *
 * tests/run counts the "ok"/"not ok" lines of every test program. */
#ifndef SDC_CHECK_H
#define SDC_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_n, check_failed;

#define CHECK(descr, cond) do { \
	check_n++; \
	if (cond) \
		printf("ok %d - %s\n", check_n, descr); \
	else { \
		check_failed++; \
		printf("not ok %d - %s (%s:%d: %s)\n", check_n, descr, \
		    __FILE__, __LINE__, #cond); \
	} \
} while (0)

#define CHECK_STR(descr, got, want) do { \
	const char *check_g_ = (got), *check_w_ = (want); \
	int check_ok_ = check_g_ && check_w_ ? strcmp(check_g_, check_w_) == 0 \
	    : check_g_ == check_w_; \
	CHECK(descr, check_ok_); \
	if (!check_ok_) \
		printf("#   got:  %s\n#   want: %s\n", check_g_ ? check_g_ : "(null)", \
		    check_w_ ? check_w_ : "(null)"); \
} while (0)

#define CHECK_INT(descr, got, want) do { \
	long long check_g_ = (long long)(got), check_w_ = (long long)(want); \
	CHECK(descr, check_g_ == check_w_); \
	if (check_g_ != check_w_) \
		printf("#   got:  %lld\n#   want: %lld\n", check_g_, check_w_); \
} while (0)

static int
check_done(void)
{
	printf("1..%d\n", check_n);
	return check_failed ? 1 : 0;
}

#endif
