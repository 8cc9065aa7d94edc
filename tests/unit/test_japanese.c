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
	/* romaji typed for kanji, a reading a kanji */
	fits("Komatsu Seiki Morioka Shiten", "株式会社小松精機 盛岡支店", 1);
	fits("Kumamoto Kanko Kyokai", "熊本観光協会", 1);
	fits("ueda densetsu y.k. kawasaki eigyousho",
	    "有限会社上田電設 川崎営業所", 1);
	fits("KITAKYUSHU SHOKOKAI", "北九州商工会", 1);
	fits("Daiei Chōzai Yakkyoku", "大栄調剤薬局有限会社", 1);
	/* a sokuon doubling the next consonant; rendaku */
	fits("Sapporo Kanko Kyokai", "札幌観光協会", 1);
	fits("Nitto Bussan", "日東物産株式会社", 1);
	fits("Yamazaki Denki", "山崎電機", 1);
	/* kana typed for kanji, and for romaji */
	fits("スギモト自動車整備 函館支店", "杉本自動車整備 函館支店", 1);
	fits("有限会社クボ技研 北九州支店", "有限会社久保技研 北九州支店", 1);
	fits("ｲｹﾀﾞ商会", "Ikeda Shokai Co., Ltd.", 1);
	fits("ｲｹﾀﾞ商会", "Ikeda 商会", 1);
	fits("クボ技研", "Kubo Giken", 1);
	fits("スギモト自動車整備", "Sugimoto 自動車整備 函館支店", 0);
	/* another reading, another name */
	fits("Kumamoto Kanko Kyokai", "熊本観光協会 札幌支店", 0);
	fits("Komatsu Seiki", "小林精機", 0);
	fits("Kobayashi Seiki", "小松精機", 0);
	/* two on readings not listed first: 増田 is no Sōten */
	fits("Sōten Tosō Ltd.", "有限会社増田塗装", 0);
	fits("Kobayashi Jidosha Seibi", "株式会社小林自動車整備", 1);
	/* a noun's kun has no stem: 三 MITABI is no "mita" */
	fits("Mitaka Juken", "株式会社三和住建", 0);
	/* a name typed all in kanji is its own kanji, not a reading */
	fits("蒼天住宅", "あおぞら住宅株式会社", 0);
	fits("山内塗装", "Sendai Toso Kabushiki Kaisha", 0);
	/* ... and typed in kana and kanji is read, against romaji only */
	fits("株式会社蒼天観光バス", "あおぞら観光バス", 0);
	/* neither in kana nor kanji: the rest of the linker's */
	fits("Ikeda Shokai", "Ikeda Shokai Co., Ltd.", 0);
	heads_meet("Sapporo Kanko Kyokai", "札幌観光協会");
	heads_meet("Komatsu Seiki", "株式会社小松精機");
	heads_meet("ｲｹﾀﾞ商会", "Ikeda Shokai Co., Ltd.");
	heads_meet("ニッシン印刷", "日進印刷有限会社");
	return check_done();
}
