/* Unit tests of korean.c: Korean names read as sounds. */
#include "check.h"
#include "config.h"
#include "korean.h"

#include <json-c/json.h>

#include <stdlib.h>
#include <string.h>

/* a and b read as one name (fit 1) or not (0). */
static void
fits(const char *a, const char *b, int fit)
{
	struct ko_key ka, kb;
	char msg[256];
	int ra = sdc_ko_key(a, &ka), rb = sdc_ko_key(b, &kb);

	snprintf(msg, sizeof(msg), "%s %s %s", a, fit ? "is" : "is not", b);
	CHECK(msg, (ra && rb && sdc_ko_fits(&ka, &kb)) == fit);
	if (ra)
		free(ka.coarse);
	if (rb)
		free(kb.coarse);
}

static void
no_key(const char *name)
{
	struct ko_key k;
	char msg[256];
	int r = sdc_ko_key(name, &k);

	snprintf(msg, sizeof(msg), "%s is read as no Korean name", name);
	CHECK(msg, !r);
	if (r)
		free(k.coarse);
}

static void
dub(const char *typed, const char *want)
{
	char *got = sdc_ko_dubeolsik(typed), msg[256];

	snprintf(msg, sizeof(msg), "dubeolsik(%s) is %s", typed,
	    want ? want : "none");
	CHECK(msg, want ? got != NULL && strcmp(got, want) == 0 : !got);
	free(got);
}

int
main(void)
{
	const char *path = sdc_shipped_file("link-words.json");
	json_object *doc = path ? json_object_from_file(path) : NULL, *ko;

	CHECK("link-words.json has the Korean trade words", doc != NULL &&
	    json_object_object_get_ex(doc, "korean", &ko));
	if (doc != NULL && json_object_object_get_ex(doc, "korean", &ko))
		sdc_ko_words(ko);
	CHECK("일원 is Hangul", sdc_ko_hangul("(주)일원"));
	CHECK("Ilwon is not", !sdc_ko_hangul("Ilwon Trading"));
	/* Hangul and its romanisations, trade words in English */
	fits("일원정형외과의원", "Ilwon Jeonghyeongoegwa Clinic", 1);
	fits("Jeonil Pibugwa Clinic", "전일피부과의원", 1);
	fits("Chonjung Law Firm", "Junjoong Law Firm", 1);
	fits("Habo English Academy", "Habo Yeongeo Hagwon Corp.", 1);
	fits("Bak Dongho Tax Accounting", "Park Dong-ho Tax Accounting", 1);
	fits("Rhee Tae-woo Tax Accounting", "이태우 세무회계", 1);
	fits("Doram Trading", "Doram Sangsa Co.,Ltd", 1);
	fits("Hotel Gasol", "가솔호텔", 1);
	fits("(주)정동산업", "Jungdong Saneop Co., Ltd.", 1);
	fits("Soul Dongdong Dental", "서울동동치과", 1);
	/* a vowel typed is only the vowels it may be: 송 is no Sung */
	fits("Sungjin Trading", "송진무역", 0);
	fits("Sungjin Trading", "성진무역", 1);
	/* another trade, another city, more words: another name */
	fits("Jungdong Trading", "정동산업", 0);
	fits("창원전일피부과의원", "전일피부과의원", 0);
	fits("Taegu Inmyung Dental", "대구인명치과", 1);	/* no 테크 */
	/* a surname alone and a trade: a namesake as likely */
	no_key("김내과의원");
	no_key("Công ty TNHH Hanbit Vina");
	no_key("Studio 54");
	/* the 2-set keys with the Hangul input off */
	dub("qorqlcsorhkdmldnjs", "백빛내과의원");
	dub("(wn)wjscjstkdtk", "(주)전천상사");
	dub("dlehdtjd tpanghlrP", "이동성 세무회계");
	dub("Trading", NULL);
	dub("한국", NULL);
	/* a jamo typed with the key beside its own */
	CHECK("차 is 치 slipped (k for l)", sdc_ko_slip(0xCC28, 0xCE58));
	CHECK("부 is 주 slipped (q for w)", sdc_ko_slip(0xBD80, 0xC8FC));
	CHECK("성 is no 승 slipped (j and m are far)",
	    !sdc_ko_slip(0xC131, 0xC2B9));
	CHECK("상 is no 삼 slipped (another final, d and a are far)",
	    !sdc_ko_slip(0xC0C1, 0xC0BC));
	sdc_ko_words(NULL);
	json_object_put(doc);
	return check_done();
}
