/* Unit tests of japanese.c: Japanese names read as sounds. */
#include "check.h"
#include "japanese.h"

#include <stdlib.h>
#include <string.h>

/* The typed name a read as the customer's b (fit 1) or not (0). */
static void
fits(const char *a, const char *b, int fit)
{
	struct jp_read ra, rb;
	char msg[256];
	int ok = sdc_jp_read(a, &ra) && sdc_jp_read(b, &rb);

	snprintf(msg, sizeof(msg), "%s %s %s", a, fit ? "is" : "is not", b);
	CHECK(msg, (ok && sdc_jp_fits(&ra, &rb)) == fit);
}

static void
hepburn(const char *kana, const char *want)
{
	char *got = sdc_jp_hepburn(kana), msg[256];

	snprintf(msg, sizeof(msg), "%s is %s in Hepburn", kana, want);
	CHECK_STR(msg, got, want);
	free(got);
}

static void
folds(const char *a, const char *b)
{
	char x[64], y[64], msg[256];

	snprintf(x, sizeof(x), "%s", a);
	snprintf(y, sizeof(y), "%s", b);
	sdc_jp_fold(x);
	sdc_jp_fold(y);
	snprintf(msg, sizeof(msg), "%s and %s are one spelling", a, b);
	CHECK_STR(msg, x, y);
}

/* Some head of a is one of b's: the index finds b for a. */
static void
heads_meet(const char *a, const char *b)
{
	char ka[128][JP_HEAD + 1], kb[128][JP_HEAD + 1], msg[256];
	struct jp_read ra, rb;
	size_t na, nb, i, j;
	int met = 0;

	sdc_jp_read(a, &ra);
	sdc_jp_read(b, &rb);
	na = sdc_jp_heads(&ra, ka, 128);
	nb = sdc_jp_heads(&rb, kb, 128);
	for (i = 0; i < na; i++)
		for (j = 0; j < nb; j++)
			met |= strcmp(ka[i], kb[j]) == 0;
	snprintf(msg, sizeof(msg), "%s meets %s by a head", a, b);
	CHECK(msg, met);
}

int
main(void)
{
	CHECK("スギモト is kana", sdc_jp_kana("スギモト自動車整備"));
	CHECK("half-width ｲｹﾀﾞ is kana", sdc_jp_kana("ｲｹﾀﾞ商会"));
	CHECK("杉本 alone is not", !sdc_jp_kana("杉本自動車整備"));
	/* kana in Hepburn: yōon, sokuon, the long mark, loan words */
	hepburn("きょうと", "kyouto");
	hepburn("ニッシン", "nisshin");
	hepburn("マッチャ", "matcha");
	hepburn("しゃしん", "shashin");
	hepburn("クリニック", "kurinikku");
	hepburn("コーヒー", "koohii");
	hepburn("ファミリー", "famirii");
	hepburn("パーティー", "paatii");
	hepburn("ｼﾞﾝﾎﾞｳ", "jinbou");
	/* the spellings a typist uses, folded alike */
	folds("shinbashi", "sinbasi");
	folds("tsuchiya", "tutiya");
	folds("fukuda", "hukuda");
	folds("jidousha", "zidosya");
	folds("oohashi", "ohasi");
	folds("satoh", "sato");
	folds("honma", "homma");
	folds("shinnyou", "sinyo");
	/* kana typed for romaji, and a kanji as itself */
	fits("ｲｹﾀﾞ商会", "Ikeda 商会", 1);
	fits("スギモト自動車整備", "Sugimoto 自動車整備", 1);
	fits("クボ技研", "Kubo Giken", 0);
	fits("スギモト自動車整備", "Sugimoto 自動車整備 函館支店", 0);
	/* neither in kana nor kanji: the rest of the linker's */
	fits("Ikeda Shokai", "Ikeda Shokai Co., Ltd.", 0);
	heads_meet("ｲｹﾀﾞ商会", "Ikeda Shokai Co., Ltd.");
	return check_done();
}
