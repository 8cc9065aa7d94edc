/* names - normalised names: what two spellings of one customer share. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "buf.h"
#include "config.h"
#include "diag.h"
#include "file.h"
#include "jsonl.h"
#include "fuzzy.h"
#include "grow.h"
#include "hmap.h"
#include "nameev.h"
#include "names.h"

const char *const sdc_names_default_drop[] = {
	"Inc", "Incorporated", "LLC", "L.L.C.", "Ltd", "Limited", "Corp",
	"Corporation", "Co", "Company", "PLLC", "PC", "GmbH", "The", "LLP",
	"LP", "PA", "PLC", "Liability", "DDS", "DMD", "MD", "CPA", "Esq",
	/* German, Austrian, Swiss and Dutch legal forms ("GmbH & Co. KG",
	 * "UG (haftungsbeschränkt)", "PartG mbB", "B.V."): said or left
	 * off as a US firm's "Inc" is */
	"AG", "KG", "OHG", "GbR", "UG", "haftungsbeschränkt", "e.K.", "eG",
	"e.V.", "PartG", "KGaA", "B.V.", "N.V.", "V.O.F.",
	/* French, Spanish, Italian and Portuguese ones; not "SA", as often
	 * initials ("SA Industries"): nameev.c reads it as "Group" */
	"SARL", "SAS", "SASU", "EURL", "SNC", "SCP", "SCM", "SELARL",
	"SELAS", "S.L.", "S.L.U.", "S.L.P.", "C.B.", "S.r.l.", "S.r.l.s.",
	"S.p.A.", "S.n.c.", "S.a.s.", "STP", "Lda.", "Lda", "Unipessoal",
	/* ... and Brazil's (Código Civil of 2002 and Lei Complementar
	 * 123/2006: the sociedade limitada "Ltda." or "Limitada", the
	 * EIRELI, and the size a firm declares after a dash, "ME"
	 * microempresa, "EPP" empresa de pequeno porte) */
	"Ltda", "Ltda.", "Limitada", "EIRELI", "ME", "EPP",
	/* "and" in German, Dutch, French, Portuguese, Italian, Spanish and
	 * Catalan, which "&" leaves out: a word for nothing, on either
	 * side */
	"und", "u.", "en", "et", "e", "y", "i",
	/* ... and in the Nordic languages (not "och": "OCB" would read as
	 * it slipped, as "LCL" reads "LLC"; nameev.c reads it as "&") */
	"og", "ja",
	/* "firm": said before a German firm's name as "The" before an
	 * English one, and so before a French, Italian, Spanish or
	 * Portuguese one ("Ets Cabanel et Fils", "Soc. Trasporti Monviso");
	 * not the word in full, part of the name as often ("Société
	 * Générale") */
	"Firma", "Fa.", "Ets", "Éts", "Sté", "Soc.", "Ditta", "Empresa",
	"Cía.",
	/* "customer", "company": a desk's word before the name ("Kunde:
	 * Vejle El ApS", "Yritys Mannisen Leipomo") */
	"Kunde", "Kund", "Asiakas", "Yritys", "Företag", "Bedrift",
	/* Nordic legal forms (Swedish, Finnish, Norwegian, Danish,
	 * Icelandic), left off or added as "AB" and "Oy" are: "Hedlund
	 * Maskin" is "Hedlund Maskin AB", "Honkala" "Honkala ry" */
	"AB", "Aktiebolag", "Aktiebolaget", "Oy", "Oyj", "Tmi", "Ky", "ry",
	"r.y.", "AS", "ASA", "ANS", "A/S", "ApS", "AmbA", "A.m.b.A.", "ehf.",
	"slf.",
	/* the Georgian LLC, in its script or romanised (shps) as a Latin
	 * name's LLC */
	"შპს",
	/* Austrian GmbH written out or in its older dotted form
	 * (Wikipedia "Gesellschaft mit beschränkter Haftung": "Ges.m.b.H.",
	 * "Gesellschaft m.b.H.") */
	"Ges.m.b.H.", "Gesellschaft m.b.H.", "GesmbH",
	/* the Caribbean's Spanish legal forms (Wikipedia "List of legal
	 * entity types by country": Puerto Rico's professional services
	 * corporation, "P.S.C." or "C.S.P."; the Dominican Republic's
	 * Ley 479-08 "E.I.R.L."); not "C. por A.", whose words one by
	 * one are a name's ("A", "por") */
	"P.S.C.", "C.S.P.", "E.I.R.L.",
	/* China's legal forms (Company Law of the PRC: 有限公司 limited
	 * company, 有限责任公司 limited liability company, 股份有限公司
	 * company limited by shares), their parts as "Co", "Limited" and
	 * "Liability": read in pinyin, "you xian gong si" */
	"有限", "责任", "股份", "公司",
	/* the Arab and Iranian legal forms in their script (Wikipedia
	 * "List of legal entity types by country": Egypt's and Lebanon's
	 * ش.م.م, the UAE's and Jordan's ذ.م.م and ش.ذ.م.م (LLC), Lebanon's
	 * ش.م.ل (S.A.L.), the UAE's ش.م.ع (PJSC), Jordan's م.ع.م (P.L.C.);
	 * Iran's Commercial Code of 1932: سهامی خاص (P.J.S.), سهامی عام
	 * (public), با مسئولیت محدود (Ltd.)) */
	"ش.م.م", "ذ.م.م", "ش.ذ.م.م", "ش.م.ل", "ش.م.ع", "م.ع.م", "سهامی خاص",
	"سهامی عام", "با مسئولیت محدود",
	/* Canada's French legal forms (Canada Business Corporations Act,
	 * s. 10(1): "Limitée", "Incorporée", abbreviated "Ltée"), said or
	 * left off as "Ltd" and "Inc" are: "Garage Ménard" is "Garage
	 * Ménard Ltée" */
	"Ltée", "Limitée", "Incorporée",
	/* the UK's and Ireland's forms of a charity or a company limited by
	 * guarantee (Companies (Audit, Investigations and Community
	 * Enterprise) Act 2004: the CIC; Charities Act 2011 and the Charities
	 * and Trustee Investment (Scotland) Act 2005: the CIO, SCIO;
	 * Ireland's Companies Act 2014: the CLG, DAC), in full or short, said
	 * or left off as "Ltd" is: "Douglas Community Trust Company Limited
	 * by Guarantee" is Douglas Community Trust CLG */
	"Community Interest Company", "Charitable Incorporated Organisation",
	"Company Limited by Guarantee", "Designated Activity Company",
	"CIC", "CIO", "SCIO", "CLG", "DAC",
	/* the forms above written out, as a technician may type what the
	 * list abbreviates (Wikipedia "List of legal entity types by
	 * country"): Spain's and Latin America's S.L., S.L.U., S.L.P.,
	 * S.R.L., C.B. (their S.A. and Turkey's A.Ş.: merged_words); the
	 * Nordic A/S, ApS, I/S, K/S, P/S, AS, ASA, ANS, DA, ENK, HB, KB,
	 * Oy, Oyj, Ky, Ay, Tmi, ry; Germany's GmbH, AG, KG, e.K., eG, e.V.;
	 * France's SARL, SAS; Italy's S.r.l., S.p.A.; the Netherlands' B.V.,
	 * N.V., V.O.F.; Poland's sp. z o.o., S.A., sp.j., sp.k.:
	 * "Larrañaga e Hijos Sociedad Limitada" is Larrañaga e Hijos S.L.
	 * Not Portugal's "Sociedade Unipessoal Limitada": Macau's lists
	 * hold a firm by it beside one by ", Limitada" alone, which only
	 * the form tells apart. */
	"Sociedad Limitada", "Sociedad Limitada Unipersonal",
	"Sociedad Limitada Profesional",
	"Sociedad de Responsabilidad Limitada", "Comunidad de Bienes",
	"Aktieselskab", "Anpartsselskab", "Interessentskab",
	"Kommanditselskab", "Partnerselskab", "Aksjeselskap",
	"Allmennaksjeselskap", "Ansvarlig selskap",
	"Selskap med delt ansvar", "Enkeltpersonforetak", "Handelsbolag",
	"Kommanditbolag", "Osakeyhtiö", "Julkinen osakeyhtiö",
	"Kommandiittiyhtiö", "Avoin yhtiö", "Toiminimi",
	"Rekisteröity yhdistys",
	"Gesellschaft mit beschränkter Haftung", "Aktiengesellschaft",
	"Kommanditgesellschaft", "eingetragener Kaufmann",
	"eingetragene Kauffrau", "eingetragene Genossenschaft",
	"eingetragener Verein", "Société à responsabilité limitée",
	"Société par actions simplifiée", "Società a responsabilità limitata",
	"Società per azioni", "Besloten Vennootschap",
	"Naamloze Vennootschap", "Vennootschap onder firma",
	"spółka z ograniczoną odpowiedzialnością", "spółka akcyjna",
	"spółka jawna", "spółka komandytowa",
	/* ... and more written out or shortened otherwise (Wikipedia "List
	 * of legal entity types by country"): the US professional
	 * corporation (P.C.; Alberta's "Prof. Corp."), limited liability
	 * partnership and company (LLP, LLC), limited partnership (LP);
	 * Thailand's public company limited (PCL); Spain's sociedad limitada with the RAE's abbreviation
	 * of sociedad, "Sdad.": "Bowery Medical Associates Professional
	 * Corporation" is Bowery Medical Associates P.C. */
	"Professional Corporation", "Prof. Corp.",
	"Limited Liability Partnership", "Limited Liability Company",
	"Limited Partnership", "Public Company Limited", "PCL",
	"Sdad. Limitada",
	NULL
};

/* Legal forms written before the name, as Vietnam's are (Law on
 * Enterprises 2020; Wikipedia "List of legal entity types by country",
 * Vietnam): trách nhiệm hữu hạn (TNHH) "limited liability", một thành
 * viên (MTV) "single-member", công ty cổ phần (CTCP, JSC) "joint stock
 * company" (not its CP: initials as often, "CP Logistics"),
 * doanh nghiệp tư nhân (DNTN) "private enterprise", "Cty" for công ty
 * "company".  Never initials (sdc_name_is_form); not dropped from the
 * name's start nor weighed as nothing, as the forms after a name are:
 * "CTCP Thương mại Kim Long" and "DNTN Thương mại Kim Long" are two
 * customers, their forms all that tells them apart. */
static const char *const front_forms[] = {	/* sorted */
	"ctcp", "cty", "dntn", "jsc", "mtv", "tnhh"
};

struct sdc_names {
	char **drop;		/* normalised, sorted */
	size_t ndrop;
	char **phrase;		/* those of two words or more ("Công ty"),
				 * joined as drop has them: "congty" */
	size_t nphrase;
	/* sdc_name_is_drop_typo's answers by word, each worked out once (a
	 * fuzz ratio against every drop word): value 2 * i + answer, the
	 * word typo_word[i] */
	struct sdc_hmap typo;
	char **typo_word;
	size_t ntypo, ctypo;
};

#define PHRASE_MAX 4	/* words of the longest drop word read as one */

enum kind { OTHER, UPPER, LOWER, LETTER, DIGIT };

static int is_apostrophe(utf8proc_int32_t);
static const char *han_pinyin(utf8proc_int32_t);
static void tone_numbers(char *);

static enum kind
kind(utf8proc_int32_t c)
{
	if (is_apostrophe(c))	/* U+02BB and U+02BC are letters to Unicode */
		return OTHER;
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? UPPER : c >= 'a' && c <= 'z' ?
		    LOWER : c >= '0' && c <= '9' ? DIGIT : OTHER;
	switch (utf8proc_category(c)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LT:
		return UPPER;
	case UTF8PROC_CATEGORY_LL:
		return LOWER;
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
		return LETTER;
	case UTF8PROC_CATEGORY_ND:
	case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO:
		return DIGIT;
	default:
		return OTHER;
	}
}

static int
is_letter(enum kind k)
{
	return k == UPPER || k == LOWER || k == LETTER;
}

int
sdc_name_capitalised(const char *s)
{
	utf8proc_int32_t c = -1;

	utf8proc_iterate((const utf8proc_uint8_t *)s, -1, &c);
	return c >= 0 && kind(c) == UPPER;
}

void
sdc_name_cases(const char *s, size_t len, size_t *upper, size_t *lower)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t n;
	size_t i;

	*upper = *lower = 0;
	for (i = 0; i < len; i += (size_t)n) {
		if ((unsigned char)s[i] < 0x80) {	/* most names: ASCII */
			c = (unsigned char)s[i];
			n = 1;
		} else if ((n = utf8proc_iterate((const utf8proc_uint8_t *)s +
		    i, (utf8proc_ssize_t)(len - i), &c)) <= 0)
			return;
		*upper += kind(c) == UPPER;
		*lower += kind(c) == LOWER;
	}
}

/* The marks typed for an apostrophe or a glottal stop inside a word: the
 * Hawaiian and Samoan okina (U+02BB) is typed as any of them, or dropped
 * (Wikipedia "Okina"), so "Manuʻa", "Manu'a", "Manu‘a" and "Manua" are one
 * word, never "Manu" + "a". */
static int
is_apostrophe(utf8proc_int32_t c)
{
	return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC ||
	    c == 0x02BB || c == '`';
}

/* A space goes before cur at a camelCase or letter/digit boundary:
 * "abCd", "a1", "1a", and "ABCde" (before the C: "HGAlpha" -> "HG Alpha");
 * not before a last capital ("GmbH").
 * run is the length of prev's run: one lower-case letter among capitals
 * is a slip of the Shift key ("KINGSWaY", "DoHERTY"), one capital before
 * another and a lower-case letter is a word's start ("MAcAllister"). */
static int
boundary(enum kind prev, enum kind cur, const enum kind *next, size_t run)
{
	if (prev == LOWER && cur == UPPER)	/* "GmbH" stays a word */
		return run >= 2 && is_letter(next[0]);
	if ((is_letter(prev) && cur == DIGIT) || (prev == DIGIT &&
	    is_letter(cur)))
		return 1;
	return prev == UPPER && cur == UPPER && next[0] == LOWER &&
	    next[1] == LOWER && run >= 2;
}

/* Cyrillic, Georgian and Armenian letters in Latin ones, so that a name
 * typed in its script and the same name held romanised share words
 * ("Ткаченко" and Tkachenko): Cyrillic as BGN/PCGN romanises Russian,
 * with the letters of Ukrainian, Serbian and Macedonian (Gaj's Latin for
 * those it lacks) and Kazakh; Georgian by the national system of 2002
 * without the ejectives' apostrophes; Armenian by BGN/PCGN 1981 without
 * them.  The spellings other systems give the same letters (Hryhorii,
 * Grigoriy) are joined by the Cyrillic romanisation key below, not
 * here.  Indexed from the script's first small letter; "" for a sign
 * that is no sound (the soft and hard signs). */
static const char *const cyrillic[] = {
	"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m",
	"n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh",
	"shch", "", "y", "", "e", "yu", "ya",		/* а..я */
	"e", "yo", "dj", "gj", "ye", "dz", "i", "yi", "j", "lj", "nj", "c",
	"kj", "i", "u", "dz",				/* ѐ..џ */
};
static const char *const georgian[] = {
	"a", "b", "g", "d", "e", "v", "z", "t", "i", "k", "l", "m", "n", "o",
	"p", "zh", "r", "s", "t", "u", "p", "k", "gh", "q", "sh", "ch", "ts",
	"dz", "ts", "ch", "kh", "j", "h",		/* ა..ჰ */
};
/* Greek by ELOT 743 (ISO 843, the transcription): η and ι i, υ y, ω o,
 * θ th, χ ch, ψ ps, ξ x, β v; αυ, ευ and ηυ av, ev, iv (af, ef, if
 * before a voiceless consonant or at a word's end), ου ou, γγ ng, γξ
 * nx, γχ nch, and at a word's start μπ b, ντ d, γκ g, as they are said
 * there (greek_pair); the tonos and dialytika are marks the
 * decomposition took off already, and the final sigma is s.  The
 * technicians' spellings of the same letters (Greeklish's 8 and h,
 * the phonetic i for ει and οι) are joined by the Greek romanisation
 * key below. */
static const char *const greek[] = {
	"a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n",
	"x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o",
							/* α..ω */
};
static const char *const armenian[] = {
	"a", "b", "g", "d", "e", "z", "e", "y", "t", "zh", "i", "l", "kh",
	"ts", "k", "h", "dz", "gh", "ch", "m", "y", "n", "sh", "o", "ch", "p",
	"j", "r", "s", "v", "t", "r", "ts", "v", "p", "k", "o", "f", "ev",
							/* ա..և */
};
/* Kazakh's (and Bashkir's, Tatar's) letters beyond Russian's, and the
 * Ukrainian g; Uzbek's and Tajik's ҳ, Azerbaijani's ҝ and ҹ as their
 * Latin alphabets write them (h, g, c): "Ҳилол Дентал" is Hilol Dental */
static const struct { utf8proc_int32_t c; const char *l; } cyrillic_more[] = {
	{ 0x0491, "g" }, { 0x0493, "gh" }, { 0x049b, "k" }, { 0x04a3, "ng" },
	{ 0x04af, "u" }, { 0x04b1, "u" }, { 0x04bb, "h" }, { 0x04d9, "a" },
	{ 0x04e9, "o" }, { 0x04b3, "h" }, { 0x049d, "g" }, { 0x04b9, "c" },
};

/* The Cyrillic letters drawn as Latin ones (Unicode's confusables,
 * UTS #39), typed into a Latin word from the other keyboard or pasted:
 * "Nоtarius" with a Cyrillic o is Notarius. */
static const struct { utf8proc_int32_t c; char l; } homoglyph[] = {
	{ 0x0430, 'a' }, { 0x0435, 'e' }, { 0x043e, 'o' }, { 0x0440, 'p' },
	{ 0x0441, 'c' }, { 0x0445, 'x' }, { 0x0443, 'y' }, { 0x0456, 'i' },
	{ 0x0458, 'j' }, { 0x0455, 's' }, { 0x04bb, 'h' }, { 0x0501, 'd' },
	{ 0x051b, 'q' }, { 0x051d, 'w' }, { 0x04cf, 'l' },
	{ 0x0410, 'A' }, { 0x0412, 'B' }, { 0x0415, 'E' }, { 0x041a, 'K' },
	{ 0x041c, 'M' }, { 0x041d, 'H' }, { 0x041e, 'O' }, { 0x0420, 'P' },
	{ 0x0421, 'C' }, { 0x0422, 'T' }, { 0x0425, 'X' }, { 0x0423, 'Y' },
	{ 0x0406, 'I' }, { 0x0408, 'J' }, { 0x0405, 'S' }, { 0x04ae, 'Y' },
};

static int
latin(utf8proc_int32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* In place: the look-alikes of each word with a Latin letter. */
static void
fold_homoglyphs(utf8proc_int32_t *cp, size_t n)
{
	size_t i, start, j, h;
	int lat, cyr;

	for (i = 0; i < n; i = start) {
		while (i < n && !is_letter(kind(cp[i])))
			i++;
		for (start = i, lat = cyr = 0; start < n &&
		    is_letter(kind(cp[start])); start++) {
			lat |= latin(cp[start]);
			cyr |= cp[start] >= 0x0400 && cp[start] < 0x0530;
		}
		for (j = i; lat && cyr && j < start; j++)
			for (h = 0; h < sizeof(homoglyph) / sizeof(*homoglyph);
			    h++)
				if (homoglyph[h].c == cp[j])
					cp[j] = homoglyph[h].l;
		if (start == i)
			start++;
	}
}

/* One Arabic-script letter for the letters a name is typed with on
 * another keyboard or without its marks (Unicode 15, ch. 9.2 "Arabic";
 * ISIRI 9147, the Persian layout): the Persian keyboard types Farsi yeh
 * U+06CC for Arabic yeh and alef maksura, keheh U+06A9 for kaf; teh
 * marbuta, only ever a word's last letter, is typed as the heh it is
 * said as; alef wasla as alef.  The hamza seats (أ إ آ ؤ ئ) and tashkeel
 * are marks that NFKD has taken off already. */
static const struct { utf8proc_int32_t c, to; } arabic_fold[] = {
	{ 0x0629, 0x0647 }, { 0x0649, 0x064a }, { 0x0671, 0x0627 },
	{ 0x06a9, 0x0643 }, { 0x06c0, 0x0647 }, { 0x06cc, 0x064a },
	{ 0x06d5, 0x0647 },
};

static utf8proc_int32_t
arabic_letter(utf8proc_int32_t c)
{
	size_t f;

	if (c >= 0x0660 && c <= 0x0669)
		return '0' + (c - 0x0660);
	if (c >= 0x06f0 && c <= 0x06f9)
		return '0' + (c - 0x06f0);
	for (f = 0; c >= 0x0600 && f < sizeof(arabic_fold) /
	    sizeof(*arabic_fold); f++)
		if (arabic_fold[f].c == c)
			return arabic_fold[f].to;
	return c;
}

static int
joiner(utf8proc_int32_t c)
{
	return c == 0x200c || c == 0x200d;
}

/* In place, *n the new length: the folds above, Arabic-Indic and
 * Persian digits (U+0660-0669, U+06F0-06F9) as 0-9, tatweel (U+0640, a
 * stretch of the line between letters) dropped.  ZWNJ and ZWJ (U+200C,
 * U+200D) inside a word are dropped too: a Persian typist types the
 * non-joiner, leaves it out or types a space; "nothing" keeps the word
 * one word, as it is to its writer, and the space is read back by the
 * name evidence's words typed apart (nameev.c, rejoins). */
static void
fold_arabic(utf8proc_int32_t *cp, size_t *n)
{
	size_t i, o;

	for (i = o = 0; i < *n; i++) {
		if (cp[i] == 0x0640 || (joiner(cp[i]) && o > 0 && i + 1 < *n &&
		    is_letter(kind(cp[o - 1])) && is_letter(kind(cp[i + 1]))))
			continue;
		cp[o++] = arabic_letter(cp[i]);
	}
	*n = o;
}

/* The voiceless consonants before which ELOT 743 writes υ after α, ε
 * and η as f (θ κ ξ π σ τ φ χ ψ, and the final sigma). */
static int
greek_voiceless(utf8proc_int32_t c)
{
	static const utf8proc_int32_t v[] = { 0x03b8, 0x03ba, 0x03be, 0x03c0,
	    0x03c2, 0x03c3, 0x03c4, 0x03c6, 0x03c7, 0x03c8 };
	size_t i;

	for (i = 0; i < sizeof(v) / sizeof(*v); i++)
		if (v[i] == c)
			return 1;
	return 0;
}

/* The Latin letters of the Greek pair of small letters c, d (e after
 * them, 0 at a word's end; first, at its start) that ELOT 743 writes as
 * one (greek[]), or NULL. */
static const char *
greek_pair(utf8proc_int32_t c, utf8proc_int32_t d, utf8proc_int32_t e,
    int first)
{
	static const char *const u[][2] = { { "av", "af" }, { "ev", "ef" },
	    { "iv", "if" } };
	int f = e == 0 || greek_voiceless(e);

	if (d == 0x03c5)	/* υ after α, ε, η, ο */
		switch (c) {
		case 0x03b1: return u[0][f];
		case 0x03b5: return u[1][f];
		case 0x03b7: return u[2][f];
		case 0x03bf: return "ou";
		}
	if (c == 0x03b3)	/* γ before γ, ξ, χ */
		switch (d) {
		case 0x03b3: return "ng";
		case 0x03be: return "nx";
		case 0x03c7: return "nch";
		case 0x03ba: return first ? "g" : NULL;
		}
	if (first && c == 0x03bc && d == 0x03c0)	/* μπ */
		return "b";
	if (first && c == 0x03bd && d == 0x03c4)	/* ντ */
		return "d";
	return NULL;
}

/* The Latin letters of the Greek letter at cp (greek[]; *len letters of
 * it read, 1 or 2, n left; first at a word's start), or NULL for another
 * character. */
static const char *
greek_romanised(const utf8proc_int32_t *cp, size_t n, size_t *len, int first)
{
	utf8proc_int32_t c = utf8proc_tolower(cp[0]), d, e;
	const char *pair;

	if (c < 0x03b1 || c > 0x03c9)
		return NULL;
	d = n > 1 && is_letter(kind(cp[1])) ? utf8proc_tolower(cp[1]) : 0;
	e = n > 2 && d != 0 && is_letter(kind(cp[2])) ?
	    utf8proc_tolower(cp[2]) : 0;
	if (d != 0 && (pair = greek_pair(c, d, e, first)) != NULL) {
		*len = 2;
		return pair;
	}
	return greek[c - 0x03b1];
}

/* The Latin letters of the Greek, Cyrillic, Georgian or Armenian letter
 * at cp (*len letters of it read, 1 or 2, n left; first at a word's
 * start), or NULL for another character. */
static const char *
romanised(const utf8proc_int32_t *cp, size_t n, size_t *len, int first)
{
	utf8proc_int32_t c;
	size_t i;

	*len = 1;
	if (cp[0] < 0x0370)	/* most names: at once */
		return NULL;
	if (cp[0] < 0x0400)
		return greek_romanised(cp, n, len, first);
	c = utf8proc_tolower(cp[0]);
	if (c >= 0x0430 && c < 0x0430 + (utf8proc_int32_t)(sizeof(cyrillic) /
	    sizeof(*cyrillic)))
		return cyrillic[c - 0x0430];
	for (i = 0; i < sizeof(cyrillic_more) / sizeof(*cyrillic_more); i++)
		if (cyrillic_more[i].c == c)
			return cyrillic_more[i].l;
	if (c >= 0x10d0 && c < 0x10d0 + (utf8proc_int32_t)(sizeof(georgian) /
	    sizeof(*georgian)))
		return georgian[c - 0x10d0];
	/* Armenian writes u as o and yiwn, ու */
	if (c == 0x0578 && n > 1 && utf8proc_tolower(cp[1]) == 0x0582) {
		*len = 2;
		return "u";
	}
	if (c >= 0x0561 && c < 0x0561 + (utf8proc_int32_t)(sizeof(armenian) /
	    sizeof(*armenian)))
		return armenian[c - 0x0561];
	return NULL;
}

/* The split, punctuation-free, not yet case-folded form of a decomposed,
 * mark-stripped name. */
/* "McGrath", "MacLeod": a family name, not two words; the word so far
 * (from start to before i) is "Mc" or "Mac". */
static int
gaelic(const utf8proc_int32_t *cp, size_t start, size_t i)
{
	return cp[start] == 'M' && ((i - start == 2 && cp[start + 1] == 'c') ||
	    (i - start == 3 && cp[start + 1] == 'a' && cp[start + 2] == 'c'));
}

/* A Han character is a word of its own, read as the Mandarin syllable
 * it is typed as in pinyin: added to out, 1; 0 for another character. */
static int
han_word(utf8proc_int32_t c, struct sdc_buf *out)
{
	const char *syl = han_pinyin(c);

	if (syl == NULL)
		return 0;
	sdc_buf_addc(out, ' ');
	sdc_buf_adds(out, syl);
	sdc_buf_addc(out, ' ');
	return 1;
}

/* A letter alone at i ("r" of "s r o"). */
static int
lone_letter(const utf8proc_int32_t *cp, size_t n, size_t i)
{
	return i < n && is_letter(kind(cp[i])) && (i + 1 == n ||
	    !is_letter(kind(cp[i + 1])));
}

/* The mark at i and an "s" after it are a possessive: "'s" after a
 * letter, before no letter ("Barb's"), or a space typed for the
 * apostrophe ("Carroll s Bar & Grill", "St. Paul s Church") after a
 * word of three letters or more (from start; not an initial nor a
 * title: "K S Rao", "Dr S Shetty") and before a blank or a comma (at
 * the end it is a word cut short: "Shelton & Sons S"), not before two
 * letters alone ("s r o", Czech s.r.o. typed without its dots; "Bridget
 * s C of E" is a possessive). */
static int
possessive(const utf8proc_int32_t *cp, size_t n, size_t i, enum kind prev,
    size_t start)
{
	if (!is_letter(prev) || i + 1 >= n || (cp[i + 1] != 's' &&
	    cp[i + 1] != 'S'))
		return 0;
	if (is_apostrophe(cp[i]))
		return i + 2 == n || !is_letter(kind(cp[i + 2]));
	if (cp[i] != ' ' || i - start < 3 || i + 2 >= n)
		return 0;
	if (cp[i + 2] != ' ' && cp[i + 2] != ',')
		return 0;
	return !(lone_letter(cp, n, i + 3) && i + 4 < n && cp[i + 4] == ' ' &&
	    lone_letter(cp, n, i + 5));
}

static void
split(const utf8proc_int32_t *cp, size_t n, struct sdc_buf *out)
{
	size_t i, start = 0, run = 0, len;
	enum kind prev = OTHER;
	const char *rom;

	for (i = 0; i < n; i++) {
		enum kind k = kind(cp[i]);
		enum kind next[2] = { i + 1 < n ? kind(cp[i + 1]) : OTHER,
		    i + 2 < n ? kind(cp[i + 2]) : OTHER };
		utf8proc_uint8_t enc[4];

		if (k == OTHER) {
			/* a possessive "'s" goes: "Barb's" is Barb's */
			if (possessive(cp, n, i, prev, start)) {
				i++;
				continue;
			}
			/* "O'Brien", "L.L.C." and "U.S." stay one word */
			if ((is_apostrophe(cp[i]) && is_letter(prev)) ||
			    (cp[i] == '.' && is_letter(prev) && (i < 2 ||
			    !is_letter(kind(cp[i - 2]))))) {
				prev = OTHER;
				continue;
			}
			/* "A/S", "K/S": one word, a Danish legal form ("t/a"
			 * is read apart, as "trading as") */
			if (cp[i] == '/' && is_letter(prev) && start + 1 == i &&
			    i + 1 < n && (cp[i + 1] == 's' || cp[i + 1] == 'S') &&
			    (i + 2 == n || !is_letter(kind(cp[i + 2])))) {
				prev = OTHER;
				continue;
			}
			/* "Huber + Partner" is Huber & Partner ("A+" is a
			 * grade, "C++" a language) */
			sdc_buf_adds(out, cp[i] == '&' || (cp[i] == '+' && i > 0 &&
			    cp[i - 1] == ' ' && i + 1 < n && cp[i + 1] == ' ') ?
			    " and " : " ");
			prev = OTHER;
			continue;
		}
		if (han_word(cp[i], out)) {
			prev = OTHER;
			continue;
		}
		if (prev == OTHER)
			start = i;
		if (boundary(prev, k, next, run) && !gaelic(cp, start, i))
			sdc_buf_addc(out, ' ');
		if ((rom = romanised(cp + i, n - i, &len, prev == OTHER ||
		    i == 0)) != NULL) {
			sdc_buf_adds(out, rom);
			i += len - 1;
		} else
			sdc_buf_add(out, (char *)enc,
			    (size_t)utf8proc_encode_char(cp[i], enc));
		run = k == prev ? run + 1 : 1;
		prev = k;
	}
}

static int
ascii(const char *s)
{
	for (; *s; s++)
		if (*s & 0x80)
			return 0;
	return 1;
}

/* Letters no decomposition takes a mark off, as they are typed without
 * one: "Bjorn" or "Bjoern" for Bjørn, "Lodz" for Łódź, "Aeroe" for
 * Ærø. */
static const char *const plain[][2] = {
	{ "\xc3\xb8", "o" }, { "\xc3\x98", "O" }, { "\xc3\xa6", "ae" },
	{ "\xc3\x86", "AE" }, { "\xc5\x93", "oe" }, { "\xc5\x92", "OE" },
	{ "\xc5\x82", "l" }, { "\xc5\x81", "L" }, { "\xc4\x91", "d" },
	{ "\xc4\x90", "D" }, { "\xc3\xb0", "d" }, { "\xc3\x90", "D" },
	{ "\xc3\xbe", "th" }, { "\xc3\x9e", "TH" }, { "\xc4\xb1", "i" },
	{ NULL, NULL }
};

/* In place (each is no longer than its letter). */
static void
plain_letters(char *s)
{
	char *o = s;
	size_t i;

	while (*s) {
		/* each of them is a letter of U+00C0-U+017F, led by C3-C5:
		 * most bytes of a name are not (Han's are E4-E9) */
		if ((unsigned char)*s < 0xc3 || (unsigned char)*s > 0xc5) {
			*o++ = *s++;
			continue;
		}
		for (i = 0; plain[i][0] && strncmp(s, plain[i][0], 2) != 0; i++)
			;
		if (plain[i][0] == NULL) {
			*o++ = *s++;
			continue;
		}
		memcpy(o, plain[i][1], strlen(plain[i][1]));
		o += strlen(plain[i][1]);
		s += 2;
	}
	*o = '\0';
}

/* Decompose (NFKD) without marks, or case-fold; NULL on invalid UTF-8.
 * Both leave ASCII as it is but for case, and most names are ASCII. */
static char *
map(const char *s, int fold)
{
	utf8proc_uint8_t *dst = NULL;
	int opt = UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPAT;
	utf8proc_ssize_t r;

	if (ascii(s)) {
		char *d = sdc_xstrdup(s), *p;

		for (p = d; fold && *p; p++)
			if (*p >= 'A' && *p <= 'Z')
				*p += 'a' - 'A';
		return d;
	}
	opt |= fold ? UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE :
	    UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK;
	r = utf8proc_map((const utf8proc_uint8_t *)s, 0, &dst, opt);
	if (r < 0)
		return NULL;
	if (!fold)
		plain_letters((char *)dst);
	return (char *)dst;
}

char *
sdc_name_fold(const char *s)
{
	char *f = map(s, 1);

	return f ? f : sdc_xstrdup(s);
}

char *
sdc_name_unmarked(const char *s)
{
	char *f = map(s, 0);

	return f ? f : sdc_xstrdup(s);
}

size_t
sdc_name_split(char *s, char ***w)
{
	char *p, *save = NULL;
	size_t n = 0;

	*w = sdc_xmalloc((strlen(s) / 2 + 1) * sizeof(**w));
	for (p = strtok_r(s, " ", &save); p; p = strtok_r(NULL, " ", &save))
		(*w)[n++] = p;
	return n;
}

/* A number is written with or without leading zeros ("#0412", "412"):
 * the number itself is the word. */
static char *
number(char *t)
{
	char *p = t;

	while (*p == '0' && p[1] >= '0' && p[1] <= '9')
		p++;
	if (p == t || p[strspn(p, "0123456789")] != '\0')
		return t;
	return p;
}

/* German and Dutch write a letter two ways: a as ae (Jaeger for the
 * marked a of Jäger, whose mark is stripped), o as oe, u as ue, and
 * Dutch ij as y (Cuijk, Cuyk); Danish and Norwegian write the a with a
 * ring as aa (Aalborg, Ålborg).  An e after a, o or u dropped, an a
 * after a, and ij made y, every spelling is one word ("steuer" is "steur" too, which
 * harms nothing when both sides are read so).  The result has neither,
 * so a second pass changes nothing. */
void
sdc_name_digraphs(char *t)
{
	char *start = t, *o = t;

	for (; *t; t++) {
		if (*t == 'e' && o > start && strchr("aou", o[-1]))
			continue;
		if (*t == 'a' && o > start && o[-1] == 'a')
			continue;	/* aa for the a with a ring (Aalborg) */
		if (*t == 'j' && o > start && o[-1] == 'i') {
			o[-1] = 'y';
			continue;
		}
		*o++ = *t;
	}
	*o = '\0';
}

static int
digit(utf8proc_int32_t c)
{
	return c >= '0' && c <= '9';
}

/* In place, *n the new length: a registration or telephone number
 * written in groups ("101.520.192-00", Brazil's CPF; "47.445.365/0001-93",
 * its CNPJ; "555-867-5309") is one number, as it is typed run together
 * (10152019200): the dots, slashes and dashes between its groups are
 * dropped.  Only a number of eight digits or more in three groups or
 * more: "12-14" (house numbers) and "3/4" stay apart. */
static void
grouped_numbers(utf8proc_int32_t *cp, size_t *n)
{
	size_t i = 0, o = 0, j, digits, groups;

	while (i < *n) {
		if (!digit(cp[i]) || (i > 0 && digit(cp[i - 1]))) {
			cp[o++] = cp[i++];
			continue;
		}
		for (j = i, digits = 0, groups = 1; j < *n; j++)
			if (digit(cp[j]))
				digits++;
			else if ((cp[j] == '.' || cp[j] == '/' || cp[j] == '-') &&
			    j + 1 < *n && digit(cp[j + 1]) && digit(cp[j - 1]))
				groups++;
			else
				break;
		for (; i < j; i++)
			if (digit(cp[i]) || digits < 8 || groups < 3)
				cp[o++] = cp[i];
	}
	*n = o;
}

/* The digits d[0..n) are an Australian Business Number (11, weights
 * 10, 1, 3 ... 19 on the digits with 1 taken from the first, a multiple
 * of 89) or an Australian Company Number (9, weights 8 to 1 on the
 * first eight, the ninth their sum's complement mod 10): the ATO's and
 * ASIC's published checks. */
static int
au_registry(const int *d, size_t n)
{
	static const int abn[] = { 10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19 };
	size_t i;
	int sum = 0;

	if (n == 11) {
		for (i = 0; i < n; i++)
			sum += abn[i] * (d[i] - (i == 0));
		return sum % 89 == 0;
	}
	if (n != 9)
		return 0;
	for (i = 0; i < 8; i++)
		sum += (int)(8 - i) * d[i];
	return (10 - sum % 10) % 10 == d[8];
}

int
sdc_name_au_registry(const char *num)
{
	int d[11];
	size_t n = strlen(num), i;

	if ((n != 9 && n != 11) || strspn(num, "0123456789") != n)
		return 0;
	for (i = 0; i < n; i++)
		d[i] = num[i] - '0';
	return au_registry(d, n);
}

/* The digits of the groups at cp[i] set apart by single spaces, the
 * first not after another group, into d: 11 in groups of 2, 3, 3 and 3
 * (an ABN's), 9 in groups of 3 (an ACN's), or 0. */
static size_t
spaced_groups(const utf8proc_int32_t *cp, size_t n, size_t i, int *d)
{
	size_t g = 0, j = i, k = 0;

	if (i >= 2 && cp[i - 1] == ' ' && digit(cp[i - 2]))
		return 0;
	for (;; g++) {
		size_t start = j;

		for (; j < n && digit(cp[j]) && k < 11; j++)
			d[k++] = (int)(cp[j] - '0');
		if (j - start != (g == 0 && k == 2 ? 2 : 3) || g == 4 ||
		    (j < n && digit(cp[j])))
			return 0;
		if (j + 1 >= n || cp[j] != ' ' || !digit(cp[j + 1]))
			break;
		j++;
	}
	return (k == 11 && g == 3) || (k == 9 && g == 2) ? k : 0;
}

/* The digits of the groups at cp[i] set apart by single spaces, the
 * first not after another group: eight or more in two groups or more of
 * two to four digits each, as registers and telephone books print their
 * numbers ("Org.nr. 978 925 502", "KvK 1320 8196", "CVR 26 91 53 68",
 * "01 23 45 67 89"), or 0.  A street's number and a postcode of five
 * ("Calle Goya 133 28001") or in fewer digits stay apart. */
static size_t
print_groups(const utf8proc_int32_t *cp, size_t n, size_t i)
{
	size_t g = 0, j = i, k = 0;

	if (i >= 2 && cp[i - 1] == ' ' && digit(cp[i - 2]))
		return 0;
	for (;; g++) {
		size_t start = j;

		for (; j < n && digit(cp[j]); j++)
			k++;
		if (j - start < 2 || j - start > 4)
			return 0;
		if (j + 1 >= n || cp[j] != ' ' || !digit(cp[j + 1]))
			break;
		j++;
	}
	return k >= 8 && g >= 1 ? k : 0;
}

/* In place, *n the new length: an ABN or an ACN written in its groups
 * ("ABN 73 875 596 437", 2-3-3-3; "ACN 330 078 530", 3-3-3) is one
 * number, as it is typed run together ("ABN 73875596437"), when its
 * check digits hold; so is any number printed in groups of two to four
 * digits, eight digits or more (print_groups): a register's number
 * ("978 925 502" for "978925502") or a telephone's, where a street
 * number and a postcode stay apart. */
static void
spaced_numbers(utf8proc_int32_t *cp, size_t *n)
{
	size_t i = 0, o = 0, k, left;
	int d[11];

	while (i < *n) {
		if (!digit(cp[i]) || (i > 0 && digit(cp[i - 1])) ||
		    (((k = spaced_groups(cp, *n, i, d)) == 0 ||
		    !au_registry(d, k)) &&
		    (k = print_groups(cp, *n, i)) == 0)) {
			cp[o++] = cp[i++];
			continue;
		}
		for (left = k; left > 0; i++)
			if (digit(cp[i])) {
				cp[o++] = cp[i];
				left--;
			}
	}
	*n = o;
}

/* The word at s (folded) is w, whole. */
static int
word_at(const char *s, const char *w)
{
	size_t n = strlen(w);

	return strncmp(s, w, n) == 0 && (s[n] == ' ' || s[n] == '\0');
}

/* The name (as typed) has a letter only Vietnamese writes: ơ, ư, or one
 * of U+1EA0-U+1EF9 (ạ ả ấ ... ỹ, a vowel with a tone mark). */
static int
vietnamese_letters(const char *name)
{
	const unsigned char *p = (const unsigned char *)name;

	for (; *p; p++)
		if ((p[0] == 0xc6 && (p[1] == 0xa0 || p[1] == 0xa1 ||
		    p[1] == 0xaf || p[1] == 0xb0)) || (p[0] == 0xe1 &&
		    ((p[1] == 0xba && p[2] >= 0xa0) || (p[1] == 0xbb &&
		    p[2] <= 0xb9))))
			return 1;
	return 0;
}

struct json_object *
sdc_shipped_json(const char *name, size_t max, const char *without)
{
	json_object *doc = NULL;
	const char *path, *why = "not JSON";
	char *data;
	size_t len;

	if ((path = sdc_shipped_file(name)) == NULL) {
		sdc_warnx("no %s beside the config, in ./config/ or in the "
		    "installed share/sdc: %s", name, without);
		return NULL;
	}
	if ((data = sdc_file_read(path, max, &len)) == NULL)
		sdc_warn("%s", path);
	else if ((doc = sdc_json_parse(data, len, &why)) == NULL)
		sdc_warnx("%s: %s; ignored", path, why);
	free(data);
	return doc;
}

/* The shipped link-words.json (config/): the words a name may be typed
 * with in another language or abbreviated as, parsed once. */
json_object *
sdc_link_words(void)
{
	static json_object *doc;
	static int looked;

	if (!looked) {
		looked = 1;
		doc = sdc_shipped_json("link-words.json", 1UL << 20, "names "
		    "typed in another language are not read as their own");
	}
	return doc;
}

json_object *
sdc_link_words_part(const char *key, int type, uint64_t *hash)
{
	json_object *v = NULL;
	const char *s;

	*hash = 0;
	if (sdc_link_words() == NULL || !json_object_object_get_ex(
	    sdc_link_words(), key, &v) || !json_object_is_type(v,
	    (json_type)type))
		return NULL;
	s = json_object_to_json_string_ext(v, JSON_C_TO_STRING_PLAIN);
	*hash = sdc_hash(s, strlen(s));
	return v;
}

/* Vietnamese abbreviations and what they stand for (folded), from
 * link-words.json "vietnamese" (vn_load): the legal forms (first, read in
 * any name: no other language writes them), then the trades Vietnamese
 * firms abbreviate in their names, read only in a Vietnamese name
 * (vn_forms): "TM" and "DV" are initials elsewhere. */
struct vn_abbrev {
	char *abbr, *full;
};
static struct vn_abbrev *vn_abbrev;
static size_t vn_nforms, vn_n;
static uint64_t vn_hash;

/* s without accents, in small letters (a new string, NULL when not
 * UTF-8): a config word as vn_forms reads the name. */
static char *
plain_folded(const char *s)
{
	char *d = map(s, 0), *f = d ? map(d, 1) : NULL;

	free(d);
	return f;
}

/* One list of "vietnamese" (pairs [abbreviation, words]), folded as a
 * typed name is, appended to vn_abbrev. */
static void
vn_add(json_object *list)
{
	size_t i, cap = vn_n;

	for (i = 0; json_object_is_type(list, json_type_array) &&
	    i < json_object_array_length(list); i++) {
		json_object *pr = json_object_array_get_idx(list, i);
		const char *a = json_object_get_string(
		    json_object_array_get_idx(pr, 0)), *f =
		    json_object_get_string(json_object_array_get_idx(pr, 1));

		if (!json_object_is_type(pr, json_type_array) || a == NULL ||
		    f == NULL)
			continue;
		vn_abbrev = sdc_grow(vn_abbrev, &cap, vn_n + 1,
		    sizeof(*vn_abbrev));
		vn_abbrev[vn_n].abbr = plain_folded(a);
		vn_abbrev[vn_n].full = plain_folded(f);
		if (vn_abbrev[vn_n].abbr && vn_abbrev[vn_n].full)
			vn_n++;
		else {
			free(vn_abbrev[vn_n].abbr);
			free(vn_abbrev[vn_n].full);
		}
	}
}

/* The "vietnamese" abbreviations, read once; their hash (the customer
 * index's fingerprint holds it: its names are spelt out with them). */
uint64_t
sdc_name_vn_load(void)
{
	static int looked;
	json_object *vn, *l = NULL;

	if (looked)
		return vn_hash;
	looked = 1;
	if ((vn = sdc_link_words_part("vietnamese", json_type_object,
	    &vn_hash)) == NULL)
		return vn_hash;
	if (json_object_object_get_ex(vn, "forms", &l))
		vn_add(l);
	vn_nforms = vn_n;
	if (json_object_object_get_ex(vn, "trades", &l))
		vn_add(l);
	return vn_hash;
}

/* Professional titles (link-words.json "titles": a practice's name
 * carries its practitioner's "Dott.", "Avv.", "Dra.", "Mag."), folded,
 * sorted; each is a drop word (sdc_names_new) and so weighs nothing:
 * left off, written out or swapped for another as a legal form is. */
static char **title_w;
static size_t title_n;
static int strpcmp(const void *, const void *);
static uint64_t title_hash;

/* The words of each language's string of a list by language ("titles",
 * "specialties"; NULL: none) in *lw, sorted. */
static void
lang_words_add(json_object *list, char ***lw, size_t *ln)
{
	size_t cap = 0;

	if (list == NULL)
		return;
	json_object_object_foreach(list, lang, v) {
		char *f = plain_folded(json_object_get_string(v)), *w, *save;

		(void)lang;
		for (w = f ? strtok_r(f, " ", &save) : NULL; w;
		    w = strtok_r(NULL, " ", &save)) {
			*lw = sdc_grow(*lw, &cap, *ln + 1, sizeof(**lw));
			(*lw)[(*ln)++] = sdc_xstrdup(w);
		}
		free(f);
	}
	qsort(*lw, *ln, sizeof(**lw), strpcmp);
}

static void
titles_add(json_object *titles)
{
	lang_words_add(titles, &title_w, &title_n);
}

/* A list by language of link-words.json read once into a sorted word
 * set, on first asking: part names it. */
struct lang_set {
	const char *part;
	int looked;
	char **w;
	size_t n;
};

static int
lang_set_has(struct lang_set *s, const char *w)
{
	uint64_t hash;

	if (!s->looked) {
		s->looked = 1;
		lang_words_add(sdc_link_words_part(s->part, json_type_object,
		    &hash), &s->w, &s->n);
	}
	return s->n > 0 && bsearch(&w, s->w, s->n, sizeof(*s->w),
	    strpcmp) != NULL;
}

/* Medical specialties (link-words.json "specialties": "nephrology",
 * "neurology"): each a word of its own, never two slips of another
 * (sdc_name_is_specialty). */
static struct lang_set specialties = { "specialties", 0, NULL, 0 };

int
sdc_name_is_specialty(const char *w)
{
	return lang_set_has(&specialties, w);
}

/* Words of selling before a sale (link-words.json "sales": "quote",
 * "prospect"): a desk's label of one names a prospect's session. */
static struct lang_set sales = { "sales", 0, NULL, 0 };

int
sdc_name_is_sales(const char *w)
{
	return lang_set_has(&sales, w);
}

uint64_t
sdc_name_titles_load(void)
{
	static int looked;

	if (!looked) {
		looked = 1;
		titles_add(sdc_link_words_part("titles", json_type_object,
		    &title_hash));
	}
	return title_hash;
}

int
sdc_name_is_title(const char *w)
{
	sdc_name_titles_load();
	return title_n > 0 && bsearch(&w, title_w, title_n, sizeof(*title_w),
	    strpcmp) != NULL;
}

/* In place, the new count: the feminine ending of an abbreviated
 * Italian title, a word of its own once the dot splits it ("Dott.ssa",
 * "Dr.ssa", "Prof.ssa"), goes, leaving the title: Dott.ssa is Dott. */
static size_t
title_endings(char **tok, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		if (!(k > 0 && tok[i][0] == 's' && strcmp(tok[i], "ssa") == 0 &&
		    (sdc_name_is_title(tok[k - 1]) || strcmp(tok[k - 1],
		    "dr") == 0 || strcmp(tok[k - 1], "prof") == 0)))
			tok[k++] = tok[i];
	return k;
}

/* The folded words s have a Vietnamese legal form (TNHH, DNTN, công ty;
 * CTCP or Cty first, where a Vietnamese name has it: "Karnes Cty
 * Auditor" is a US county's, "Cty TNHH Minh Long" a Vietnamese firm's). */
static int
vn_form_in(const char *s)
{
	const char *p;

	for (p = s; *p; p++)
		if ((p == s || p[-1] == ' ') && (word_at(p, "tnhh") ||
		    word_at(p, "dntn") || (p == s && (word_at(p, "ctcp") ||
		    word_at(p, "cty"))) || (strncmp(p, "cong ty", 7) == 0 &&
		    (p[7] == ' ' || p[7] == '\0'))))
			return 1;
	return 0;
}

/* Vietnam's abbreviations spelt out (vn_abbrev; the folded words s of
 * the name, a new string): "Cty CP Myungbit Vina" is Công ty Cổ phần
 * Myungbit Vina as a customer's name writes it in full as often, "CP"
 * after công ty cổ phần (not a lone "CP": "CP Logistics"); in a name
 * with a Vietnamese legal form or letter (viet), the trades too ("CTCP
 * DV Phát Anh", "NK Hàn Quốc Mibo").  NULL when none is there. */
static char *
vn_forms(const char *s, int viet)
{
	struct sdc_buf b = SDC_BUF_INIT;
	const char *p, *full;
	size_t i;
	int read = 0, company = 0;

	if (!viet && strstr(s, "ct") == NULL && strstr(s, "cp") == NULL)
		return NULL;	/* most names */
	sdc_name_vn_load();
	viet = viet || vn_form_in(s);
	for (p = s; *p; p++) {
		if (p != s && p[-1] != ' ') {
			sdc_buf_addc(&b, *p);
			continue;
		}
		for (i = 0; i < vn_n && (!word_at(p, vn_abbrev[i].abbr) ||
		    (!viet && (i >= vn_nforms || p != s))); i++)
			;
		full = i < vn_n ? vn_abbrev[i].full : NULL;
		if (full == NULL && company && word_at(p, "cp"))
			full = "co phan";
		if (full != NULL) {
			sdc_buf_adds(&b, full);
			p += strcspn(p, " ") - 1;
			read = 1;
			company = i < vn_nforms;
			continue;
		}
		company = word_at(p, "ty") && p - s >= 5 &&
		    strncmp(p - 5, "cong ", 5) == 0 && (p == s + 5 ||
		    p[-6] == ' ');
		sdc_buf_addc(&b, *p);
	}
	sdc_buf_addc(&b, '\0');
	if (!read) {
		sdc_buf_free(&b);
		return NULL;
	}
	return sdc_buf_take(&b);
}

/* Split, fold and tokenise; tokens point into the returned string. */
static char *
tokens(const char *name, char ***tok, size_t *ntok)
{
	struct sdc_buf b = SDC_BUF_INIT;
	char *d = map(name, 0), *folded, *p;
	utf8proc_int32_t *cp;
	size_t n = 0, len;
	int cyr = 0, arab = 0;

	if (d == NULL)
		d = sdc_xstrdup("");
	tone_numbers(d);
	len = strlen(d);
	cp = sdc_xmalloc((len + 1) * sizeof(*cp));
	for (p = d; *p; n++) {
		utf8proc_ssize_t k = utf8proc_iterate((utf8proc_uint8_t *)p, -1,
		    &cp[n]);

		p += k > 0 ? k : 1;
		cyr |= cp[n] >= 0x0400 && cp[n] < 0x0530;
		arab |= cp[n] >= 0x0600 && cp[n] < 0x0700;
	}
	if (cyr)
		fold_homoglyphs(cp, n);
	if (arab)
		fold_arabic(cp, &n);
	grouped_numbers(cp, &n);
	spaced_numbers(cp, &n);
	split(cp, n, &b);
	free(cp);
	free(d);
	folded = map(b.p ? b.p : "", 1);
	sdc_buf_free(&b);
	if (folded == NULL)
		folded = sdc_xstrdup("");
	if ((p = vn_forms(folded, vietnamese_letters(name))) != NULL) {
		free(folded);
		folded = p;
	}
	*ntok = sdc_name_split(folded, tok);
	for (n = 0; n < *ntok; n++)
		(*tok)[n] = number((*tok)[n]);
	*ntok = title_endings(*tok, *ntok);
	return folded;
}

static int
strpcmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The tokens run into one word: a user's "S. A." drops "sa"; *n, how
 * many there were. */
static char *
joined(const char *word, size_t *n)
{
	struct sdc_buf b = SDC_BUF_INIT;
	char **tok, *s, *out;
	size_t i;

	s = tokens(word, &tok, n);
	for (i = 0; i < *n; i++)
		sdc_buf_adds(&b, tok[i]);
	sdc_buf_addc(&b, '\0');
	out = sdc_buf_take(&b);
	free(tok);
	free(s);
	return out;
}

/* The titles, as drop words (new strings) at drop, whatever drop words
 * the user chose: a title is no part of the name it goes before. */
static size_t
drop_titles(char **drop)
{
	size_t i;

	for (i = 0; i < title_n; i++)
		drop[i] = sdc_xstrdup(title_w[i]);
	return title_n;
}

struct sdc_names *
sdc_names_new(const char *const *words, size_t nwords)
{
	struct sdc_names *nm = sdc_xcalloc(1, sizeof(*nm));
	size_t i;

	if (words == NULL) {
		words = sdc_names_default_drop;
		for (nwords = 0; words[nwords]; nwords++)
			;
	}
	sdc_name_titles_load();
	nm->drop = sdc_xmalloc((nwords + title_n + 1) * sizeof(*nm->drop));
	nm->phrase = sdc_xmalloc((nwords + 1) * sizeof(*nm->phrase));
	for (i = 0; i < nwords; i++) {
		size_t n;

		nm->drop[nm->ndrop] = joined(words[i], &n);
		if (n >= 2 && n <= PHRASE_MAX)
			nm->phrase[nm->nphrase++] = nm->drop[nm->ndrop];
		nm->ndrop++;
	}
	nm->ndrop += drop_titles(nm->drop + nm->ndrop);
	qsort(nm->drop, nm->ndrop, sizeof(*nm->drop), strpcmp);
	qsort(nm->phrase, nm->nphrase, sizeof(*nm->phrase), strpcmp);
	return nm;
}

void
sdc_names_free(struct sdc_names *nm)
{
	size_t i;

	if (nm == NULL)
		return;
	for (i = 0; i < nm->ndrop; i++)
		free(nm->drop[i]);
	free(nm->drop);
	free(nm->phrase);	/* its strings are drop's */
	for (i = 0; i < nm->ntypo; i++)
		free(nm->typo_word[i]);
	free(nm->typo_word);
	sdc_hmap_free(&nm->typo);
	free(nm);
}

int
sdc_name_is_drop(const struct sdc_names *nm, const char *token)
{
	return bsearch(&token, nm->drop, nm->ndrop, sizeof(*nm->drop),
	    strpcmp) != NULL;
}

int
sdc_name_is_form(const char *token)
{
	return bsearch(&token, front_forms, sizeof(front_forms) /
	    sizeof(*front_forms), sizeof(*front_forms), strpcmp) != NULL;
}

/* A legal form of 3-4 letters with one key slipped or two swapped, the
 * first letter kept ("lcl", "inf", "crop"): the fuzz ratio cannot tell
 * so short a word, one slip can. */
static int
short_slip(const char *t, const char *d)
{
	size_t n = strlen(t), i, diff = 0, at = 0;

	if (n < 3 || n > 4 || strlen(d) != n || t[0] != d[0])
		return 0;
	for (i = 0; i < n; i++)
		if (t[i] != d[i] && diff++ == 0)
			at = i;
	return diff == 1 || (diff == 2 && at + 1 < n && t[at] == d[at + 1] &&
	    t[at + 1] == d[at]);
}

/* token slips from drop word d at its last letter where d is a
 * charity's form, initials: a word cut short ("Liberty Medical Cli",
 * Clinic) is one slip from CLG there as often, where a key slipped
 * inside the form keeps its ends ("Trust CKG"). */
static int
cut_not_form(const char *token, const char *d)
{
	static const char *const forms[] = { "cic", "cio", "clg", "dac",
	    "scio", NULL };
	size_t n = strlen(d);

	return n && token[n - 1] != d[n - 1] && sdc_name_listed(forms, d);
}

int
sdc_name_is_drop_slip(const struct sdc_names *nm, const char *token)
{
	size_t i;

	/* not a title's: "RAe" (Rechtsanwälte) is no slip of "Rag." */
	for (i = 0; i < nm->ndrop; i++)
		if (short_slip(token, nm->drop[i]) &&
		    !sdc_name_is_title(nm->drop[i]) &&
		    !cut_not_form(token, nm->drop[i]))
			return 1;
	return 0;
}

/* token is within a slip of a long drop word. */
static int
drop_typo(const struct sdc_names *nm, const char *token)
{
	size_t i;

	for (i = 0; i < nm->ndrop; i++)
		if (strlen(nm->drop[i]) >= 5 &&
		    sdc_fuzz_ratio(token, nm->drop[i]) >= 85 &&
		    !sdc_name_is_title(nm->drop[i]))
			return 1;
	return 0;
}

int
sdc_name_is_drop_typo(const struct sdc_names *nm, const char *token)
{
	/* the answers are a cache beside the list, not the list */
	struct sdc_names *memo = (struct sdc_names *)nm;
	uint64_t h = sdc_hash(token, strlen(token));
	size_t it = 0;
	uint32_t v;
	int yes;

	if (sdc_name_is_drop(nm, token))
		return 1;
	if (strlen(token) < 5)
		return 0;
	while (sdc_hmap_find(&nm->typo, h, &it, &v))
		if (strcmp(nm->typo_word[v / 2], token) == 0)
			return (int)(v % 2);
	yes = drop_typo(nm, token);
	memo->typo_word = sdc_grow(memo->typo_word, &memo->ctypo,
	    memo->ntypo + 1, sizeof(*memo->typo_word));
	memo->typo_word[memo->ntypo] = sdc_xstrdup(token);
	sdc_hmap_put(&memo->typo, h, (uint32_t)(2 * memo->ntypo + (size_t)yes));
	memo->ntypo++;
	return yes;
}

char *
sdc_name_sortkey(const char *norm)
{
	char *s = sdc_xstrdup(norm), **w;
	size_t n = sdc_name_split(s, &w), i;
	struct sdc_buf b = SDC_BUF_INIT;

	qsort(w, n, sizeof(*w), strpcmp);
	for (i = 0; i < n; i++) {
		if (b.len)
			sdc_buf_addc(&b, ' ');
		sdc_buf_adds(&b, w[i]);
	}
	sdc_buf_addc(&b, '\0');
	free(w);
	free(s);
	return sdc_buf_take(&b);
}

/* tok[first..last) joined by single spaces. */
static char *
join(char **tok, size_t first, size_t last)
{
	struct sdc_buf b = SDC_BUF_INIT;
	size_t i;

	for (i = first; i < last; i++) {
		if (i > first)
			sdc_buf_addc(&b, ' ');
		sdc_buf_adds(&b, tok[i]);
	}
	sdc_buf_addc(&b, '\0');
	return sdc_buf_take(&b);
}

/* The k >= 2 tokens at tok that a drop word of as many words joins
 * ("cong ty": "Công ty"), 0 if none.  The tokens are joined once, the
 * longest first, and each shorter try ends the key earlier: this runs
 * in every normalisation, the customers' at load included. */
static size_t
phrase_at(const struct sdc_names *nm, char **tok, size_t n)
{
	char buf[128], *key = buf;
	size_t k, len = 0, end[PHRASE_MAX + 1], t;

	if (nm->nphrase == 0)
		return 0;
	end[0] = 0;
	for (k = 0; k < n && k < PHRASE_MAX; k++) {
		if ((t = strlen(tok[k])) >= sizeof(buf) - len)
			break;
		memcpy(buf + len, tok[k], t);
		end[k + 1] = len += t;
	}
	for (; k >= 2; k--) {
		buf[end[k]] = '\0';
		if (bsearch(&key, nm->phrase, nm->nphrase, sizeof(*nm->phrase),
		    strpcmp))
			return k;
	}
	return 0;
}

/* ... that ends at tok + n. */
static size_t
phrase_before(const struct sdc_names *nm, char **tok, size_t n)
{
	size_t k;

	for (k = n < PHRASE_MAX ? n : PHRASE_MAX; k >= 2; k--)
		if (phrase_at(nm, tok + n - k, k) == k)
			return k;
	return 0;
}

/* sdc_name_words' latest answers, a slot a name by its hash: each
 * reading of a typed name (layouts, scripts, sites, evidence) asks for
 * the words of the same few strings again, and the words depend on the
 * name alone.  Kept for the run (at most WORDS_MEMO pairs). */
#define WORDS_MEMO 4096
static struct {
	char *name, *words;
} words_memo[WORDS_MEMO];

/* "Co-" split off the word it makes ("Co-op", "Co-operative",
 * "Co-operators", and cut or slipped: "Co-o", "Co-operativ",
 * "Co-operrative"), as its members also write it whole (Coop,
 * Cooperative): 1 when tok[i] is such a "co" and tok[i + 1] its word,
 * which is then joined to it in place (split() left one byte between
 * them).  Not "Co. Operations". */
static int
co_joined(char **tok, size_t i, size_t n)
{
	const char *w = i + 1 < n ? tok[i + 1] : NULL;

	if (w == NULL || strcmp(tok[i], "co") != 0 || w != tok[i] + 3 ||
	    (strncmp(w, "operatives", strlen(w)) != 0 &&
	    strncmp(w, "operator", 8) != 0 &&
	    (strncmp(w, "op", 2) != 0 || !strstr(w, "tiv"))))
		return 0;
	memmove(tok[i] + 2, w, strlen(w) + 1);
	return 1;
}

/* Two words read as one.  A First Nation's words for itself: "First
 * Nation", "First Nations" and "Indian Band" are one word of a
 * community's name as "Nation", "Band" and "FN" are, so that the
 * link-words.json "nations" list can read each as the others
 * ("Siksika FN Fisheries" for Siksika Nation Fisheries) without a
 * "First" left over; a cooperative's "Co-" (co_joined); and the
 * Spanish and Portuguese sociedad anónima and the Turkish anonim
 * şirketi written out, read as the "S.A." and "A.Ş." a list writes for
 * them (Wikipedia "List of legal entity types by country"): as typed
 * short, not dropped, so that a word before them stays a name's
 * ("Anadolu Lojistik Paz. Anonim Şirketi" is Anadolu Lojistik
 * Pazarlama A.Ş.).  So too Japan's kabushiki kaisha, gōdō kaisha and
 * yūgen kaisha, read as the K.K., G.K. and Y.K. a list writes for them
 * (Wikipedia "List of legal entity types by country"), romanised with
 * "gaisha" as spoken, "uu" for the long vowel as a keyboard types it,
 * or run together ("Kabushikigaisha"): "Osaka Hikari Hotel Kabushiki
 * Kaisha" is Osaka Hikari Hotel K.K.  Not dropped: K.K. is learnt as a
 * form where many names end with it, and the word a name lacks weighs
 * against a branch typed in another town ("Jinsei Yakkyoku Yokohama
 * shiten" of Utsunomiya's Jinsei Yakkyoku K.K.).  Merges them in
 * tok[0..n); returns the new n. */
static size_t
merged_words(char **tok, size_t n)
{
	static const char *const pairs[][3] = {
		{ "first", "nation", "firstnation" },
		{ "first", "nations", "firstnations" },
		{ "indian", "band", "indianband" },
		{ "sociedad", "anonima", "sa" },
		{ "sociedade", "anonima", "sa" },
		{ "anonim", "sirketi", "as" },
		{ "kabushiki", "kaisha", "kk" },
		{ "kabushiki", "gaisha", "kk" },
		{ "godo", "kaisha", "gk" }, { "godo", "gaisha", "gk" },
		{ "goudou", "gaisha", "gk" },
		{ "yugen", "kaisha", "yk" }, { "yugen", "gaisha", "yk" },
		{ "yuugen", "kaisha", "yk" }, { "yuugen", "gaisha", "yk" },
	};
	static const char *const whole[][2] = {
		{ "kabushikigaisha", "kk" }, { "kabushikikaisha", "kk" },
	};
	size_t i, j, k, out = 0;

	for (i = 0; i < n; i++) {
		for (k = 0, j = 0; i + 1 < n && j < sizeof(pairs) /
		    sizeof(pairs[0]) && !k; j++)
			k = strcmp(tok[i], pairs[j][0]) == 0 &&
			    strcmp(tok[i + 1], pairs[j][1]) == 0;
		tok[out++] = k ? (char *)pairs[j - 1][2] : tok[i];
		for (j = 0; !k && j < sizeof(whole) / sizeof(whole[0]); j++)
			if (strcmp(tok[i], whole[j][0]) == 0)
				tok[out - 1] = (char *)whole[j][1];
		i += k || co_joined(tok, i, n);
	}
	return out;
}

/* tok[i] is a number in figures ("1112", not "1st"). */
static int
figures(const char *w)
{
	return *w && strspn(w, "0123456789") == strlen(w);
}

/* A US union local's or veterans' post's number as it is also written:
 * "Local No. 1112", "Local Union 1112" and "L.U. 1112" are Local 1112,
 * "Post No. 57" is Post 57 (the unions' own charters and letterheads
 * write all four).  The marker before the figures says nothing the
 * figures do not: "no", "number" and "n" (№ typed on a Latin keyboard:
 * "Apteka N 4" is Apteka № 4) are left out, "local union" and "lu" read
 * as "local"; the number itself stays, and names its local.  In
 * tok[0..n); returns the new n. */
static size_t
marked_numbers(char **tok, size_t n)
{
	size_t i, out = 0;

	for (i = 0; i < n; i++) {
		if (i + 1 < n && figures(tok[i + 1]) && (strcmp(tok[i],
		    "no") == 0 || strcmp(tok[i], "number") == 0 ||
		    strcmp(tok[i], "n") == 0))
			continue;
		if (i + 2 < n && figures(tok[i + 2]) && strcmp(tok[i],
		    "local") == 0 && strcmp(tok[i + 1], "union") == 0) {
			tok[out++] = tok[i++];
			continue;
		}
		if (i + 1 < n && figures(tok[i + 1]) && strcmp(tok[i],
		    "lu") == 0) {
			tok[out++] = (char *)"local";
			continue;
		}
		tok[out++] = tok[i];
	}
	return out;
}

/* A register's label (link-words.json "labels": "CVR-nr.", "Org.nr.",
 * "IČO", "USt-IdNr.", "MVA", a VAT number's country letters "DK") typed
 * beside the register's number says nothing the number does not, and
 * the customer's name may lack it ("Pedersen VVS CVR-nr. 14940863" is
 * "Pedersen VVS ApS (14940863)").  Only beside a number of LABEL_DIGITS
 * or more, as registers number firms: a label alone, or by a street's
 * number, is a word ("RFC Consulting", "Fabrik NO 12").  The customer's
 * name keeps its own: a name typed cut short in it ("Garage Roux (SI"
 * of "(SIREN 893145474)") still reads it. */
#define LABEL_DIGITS 7
#define LABEL_MAX 4	/* tokens, and words as typed, of the longest label */

static struct label {
	char *s, *w[LABEL_MAX];	/* its tokens (in s) */
	size_t n;
} *labels;
static size_t labels_n;

/* link-words.json "labels", each tokenised as a name is, read once. */
static void
labels_load(void)
{
	static int looked;
	json_object *list;
	uint64_t h;
	size_t cap = 0, i, n, t;
	char **tok, *s;

	if (looked)
		return;
	looked = 1;
	list = sdc_link_words_part("labels", json_type_array, &h);
	for (i = 0; list && i < json_object_array_length(list); i++) {
		s = tokens(json_object_get_string(json_object_array_get_idx(
		    list, i)), &tok, &n);
		if (n == 0 || n > LABEL_MAX) {
			free(tok);
			free(s);
			continue;
		}
		labels = sdc_grow(labels, &cap, labels_n + 1, sizeof(*labels));
		labels[labels_n] = (struct label){ s, { NULL }, n };
		for (t = 0; t < n; t++)
			labels[labels_n].w[t] = tok[t];
		labels_n++;
		free(tok);
	}
}

/* The tokens of the longest label that tok[0..n) begin with, 0 if none. */
static size_t
label_at(char **tok, size_t n)
{
	size_t i, t, best = 0;

	for (i = 0; i < labels_n; i++) {
		for (t = 0; t < labels[i].n && t < n &&
		    strcmp(tok[t], labels[i].w[t]) == 0; t++)
			;
		if (t == labels[i].n && t > best)
			best = t;
	}
	return best;
}

/* How the typed words w[i..i+k) read: TW_LABELS, labels alone ("(DIČ",
 * "Org.nr."); TW_FIGURES, a number alone ("880", "14940863)"), its digits
 * in *digits; TW_GLUED, labels and then a register's number ("CZ33767173"),
 * that number in num (of size NUMBER_MAX); TW_OTHER. */
enum typed_word { TW_OTHER, TW_LABELS, TW_FIGURES, TW_GLUED };
#define NUMBER_MAX 32

static enum typed_word
typed_word(char **w, size_t i, size_t k, size_t *digits, char *num)
{
	struct sdc_buf b = SDC_BUF_INIT;
	enum typed_word r = TW_OTHER;
	char **tok, *s;
	size_t n, t = 0, step;

	for (step = i; step < i + k; step++) {
		if (step > i)
			sdc_buf_addc(&b, ' ');
		sdc_buf_adds(&b, w[step]);
	}
	sdc_buf_addc(&b, '\0');
	s = tokens(b.p, &tok, &n);
	while (t < n && (step = label_at(tok + t, n - t)) > 0)
		t += step;
	if (n > 0 && t == n)
		r = TW_LABELS;
	else if (n == 1 && figures(tok[0])) {
		r = TW_FIGURES;
		*digits = strlen(tok[0]);
	} else if (t > 0 && t + 1 == n && figures(tok[t]) &&
	    strlen(tok[t]) >= LABEL_DIGITS && strlen(tok[t]) < NUMBER_MAX) {
		r = TW_GLUED;
		strcpy(num, tok[t]);
	}
	free(tok);
	free(s);
	sdc_buf_free(&b);
	return r;
}

/* The typed words w[i..] (step 1) or w[..i] (step -1) begin with a
 * register's number: figures, LABEL_DIGITS of them or more, in one word
 * or in groups ("880 399 438"), or a TW_GLUED word. */
static int
number_beside(char **w, size_t m, size_t i, int step)
{
	size_t digits, sum = 0;
	char num[NUMBER_MAX];
	enum typed_word r;

	for (; i < m; i += (size_t)step) {	/* (size_t)-1 past 0 ends it */
		r = typed_word(w, i, 1, &digits, num);
		if (r == TW_GLUED && sum == 0)
			return 1;
		if (r != TW_FIGURES)
			break;
		sum += digits;
	}
	return sum >= LABEL_DIGITS;
}

int
sdc_name_numbers_held(const char *typed, const char *name)
{
	char **t, **c, *ts, *cs;
	size_t nt, nc, i, j;
	int held = 1;

	ts = tokens(typed, &t, &nt);
	cs = tokens(name, &c, &nc);
	for (i = 0; i < nt && held; i++) {
		if (!figures(t[i]) || strlen(t[i]) < LABEL_DIGITS)
			continue;
		for (j = 0; j < nc && strcmp(t[i], c[j]) != 0; j++)
			;
		held = j < nc;
	}
	free(t);
	free(ts);
	free(c);
	free(cs);
	return held;
}

char *
sdc_name_unlabelled(const char *name)
{
	struct sdc_buf b = SDC_BUF_INIT;
	char *copy, **w = NULL, *p, *save = NULL, num[NUMBER_MAX];
	size_t m = 0, cap = 0, i, k, digits;
	int changed = 0;

	if (strpbrk(name, "0123456789") == NULL)
		return NULL;
	labels_load();
	copy = sdc_xstrdup(name);
	for (p = strtok_r(copy, " ", &save); p; p = strtok_r(NULL, " ",
	    &save)) {
		w = sdc_grow(w, &cap, m + 1, sizeof(*w));
		w[m++] = p;
	}
	for (i = 0; i < m; i += k) {
		/* the longest run of typed words that is labels alone */
		for (k = m - i < LABEL_MAX ? m - i : LABEL_MAX; k > 0; k--)
			if (typed_word(w, i, k, &digits, num) == TW_LABELS)
				break;
		if (k > 0 && (number_beside(w, m, i + k, 1) ||
		    (i > 0 && number_beside(w, m, i - 1, -1)))) {
			changed = 1;
			continue;
		}
		k = 1;
		if (b.p)
			sdc_buf_addc(&b, ' ');
		if (typed_word(w, i, 1, &digits, num) == TW_GLUED) {
			sdc_buf_adds(&b, num);
			changed = 1;
		} else
			sdc_buf_adds(&b, w[i]);
	}
	sdc_buf_addc(&b, '\0');
	free(w);
	free(copy);
	if (!changed) {
		sdc_buf_free(&b);
		return NULL;
	}
	return sdc_buf_take(&b);
}

/* The names of several words of link-words.json's "towns", "surnames",
 * "churches" and "unions" (an Irish or Welsh form: "Cill Chainnigh" for
 * Kilkenny, "Ó Súilleabháin" for O'Sullivan; "Church of England" for
 * CofE; "United Auto Workers" for UAW), each tokenised as a name is
 * and read as one word (its tokens run together), so that the lists can
 * read it as its other forms as they read a word. */
#define ONE_MAX 5	/* words of the longest name read as one */

static struct one_name {
	char *s, *w[ONE_MAX];	/* its tokens (in s) */
	size_t n;
	char *one;		/* "cillchainnigh" */
} *one_names;
static size_t one_n;
static struct one_ref {
	const char *w;		/* a name's first or second word */
	size_t name;		/* the name's index in one_names */
} *one_key;		/* sorted by word, then name */
static size_t one_nkey;
static uint64_t one_hash;

/* one_key's order: by word, then by name (the first listed first). */
static int
one_ref_cmp(const void *a, const void *b)
{
	const struct one_ref *x = a, *y = b;
	int c = strcmp(x->w, y->w);

	return c ? c : (x->name > y->name) - (x->name < y->name);
}

/* Each string of lists (an array of arrays) of two to ONE_MAX tokens
 * into one_names, its first two words into one_key. */

static void
one_add(json_object *lists, size_t *cap, size_t *kcap)
{
	size_t i, j, n, t;
	char **tok, *s;

	for (i = 0; lists && i < json_object_array_length(lists); i++) {
		json_object *l = json_object_array_get_idx(lists, i);

		for (j = 0; json_object_is_type(l, json_type_array) &&
		    j < json_object_array_length(l); j++) {
			s = tokens(json_object_get_string(
			    json_object_array_get_idx(l, j)), &tok, &n);
			if (n < 2 || n > ONE_MAX) {
				free(tok);
				free(s);
				continue;
			}
			one_names = sdc_grow(one_names, cap, one_n + 1,
			    sizeof(*one_names));
			one_names[one_n] = (struct one_name){ s, { NULL },
			    n, join(tok, 0, n) };
			for (t = 0; t < n; t++)
				one_names[one_n].w[t] = tok[t];
			one_key = sdc_grow(one_key, kcap, one_nkey + 2,
			    sizeof(*one_key));
			one_key[one_nkey++] = (struct one_ref){ tok[0], one_n };
			one_key[one_nkey++] = (struct one_ref){ tok[1], one_n };
			free(tok);
			one_n++;
		}
	}
}

uint64_t
sdc_name_ones_load(void)
{
	static const char *const lists[] = { "towns", "surnames",
	    "churches", "unions" };
	static int looked;
	uint64_t h;
	size_t cap = 0, kcap = 0, i;
	char *p, *q;

	if (looked)
		return one_hash;
	looked = 1;
	for (i = 0; i < sizeof(lists) / sizeof(lists[0]); i++) {
		one_add(sdc_link_words_part(lists[i], json_type_array, &h),
		    &cap, &kcap);
		one_hash = one_hash * 1099511628211ULL ^ h;
	}
	for (i = 0; i < one_n; i++) {	/* "cill chainnigh": cillchainnigh */
		for (p = q = one_names[i].one; *p; p++)
			if (*p != ' ')
				*q++ = *p;
		*q = '\0';
	}
	qsort(one_key, one_nkey, sizeof(*one_key), one_ref_cmp);
	return one_hash;
}

/* Typed token t is the name's word w (its letters added to *same), or
 * w with a slip when slip is still 0 (a word of five letters or more:
 * "Clkich na Coillte" is Cloich na Coillte, as the customer's name
 * holds it, run into one word). */
static int
one_word_fits(const char *t, const char *w, int *slip, size_t *same)
{
	if (strcmp(t, w) == 0) {
		*same += strlen(w);
		return 1;
	}
	if (*slip || strlen(w) < 5 || !sdc_nev_one_slip(t, w))
		return 0;
	return *slip = 1;
}

/* The first of one_key's entries of word w; one_nkey when none. */
static size_t
one_first(const char *w)
{
	size_t lo = 0, hi = one_nkey, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (strcmp(one_key[mid].w, w) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < one_nkey && strcmp(one_key[lo].w, w) == 0 ? lo : one_nkey;
}

/* w is the first or second word of a name of one_names. */
static int
one_key_of(const char *w)
{
	return one_first(w) < one_nkey;
}

/* Whether tok[0..n) begin with the name o: each word as typed or, once,
 * with a slip. */
static int
one_fits(const struct one_name *o, char **tok, size_t n)
{
	size_t j, same = 0;
	int slip = 0;

	for (j = 0; j < o->n && j < n && one_word_fits(tok[j], o->w[j],
	    &slip, &same); j++)
		;
	/* a slip beside one letter or three is another name: "Ó Bráin"
	 * (Breen) is not Ó Briain, "Mac Carthy" no Irish */
	return j == o->n && (!slip || same >= 4);
}

/* The one_names entry that tok[0..n) begin with, the longest (the first
 * listed of those), or NULL; *k its number of tokens.  One slip at most,
 * so its first word or its second is typed as it is: only the names
 * one_key holds under tok[0] or tok[1] are tried. */
static const struct one_name *
one_at(char **tok, size_t n, size_t *k)
{
	const struct one_name *best = NULL, *o;
	size_t t, r;

	for (t = 0; t < 2 && t < n; t++)
		for (r = one_first(tok[t]); r < one_nkey && strcmp(
		    one_key[r].w, tok[t]) == 0; r++) {
			o = &one_names[one_key[r].name];
			if ((best == NULL || o->n > best->n || (o->n ==
			    best->n && o < best)) && one_fits(o, tok, n))
				best = o;
		}
	if (best)
		*k = best->n;
	return best;
}

/* tok[0..n) with each name of one_names run into one word; the new n.
 * Only a token before or at a name's first or second word (a search
 * each, every token searched once: its answer as the next token is
 * kept for its own turn) looks further. */
static size_t
one_words(char **tok, size_t n)
{
	const struct one_name *o;
	size_t i, k, out = 0;
	int here, next = -1;	/* tok[i + 1] a key; -1 not yet searched */

	sdc_name_ones_load();
	if (one_n == 0)
		return n;
	for (i = 0; i < n; i++) {
		o = NULL;
		if (i + 1 < n) {
			here = next >= 0 ? next : one_key_of(tok[i]);
			next = one_key_of(tok[i + 1]);
			if (here || next)
				o = one_at(tok + i, n - i, &k);
		}
		tok[out++] = o ? o->one : tok[i];
		if (o) {
			i += k - 1;
			next = -1;
		}
	}
	return out;
}

char *
sdc_name_words(const struct sdc_names *nm, const char *name)
{
	size_t len = strlen(name), slot = sdc_hash(name, len) % WORDS_MEMO;
	char **tok, *s, *out;
	size_t n;

	(void)nm;
	if (words_memo[slot].name && strcmp(words_memo[slot].name, name) == 0)
		return sdc_xstrdup(words_memo[slot].words);
	s = tokens(name, &tok, &n);
	n = merged_words(tok, n);
	n = marked_numbers(tok, n);
	n = one_words(tok, n);
	out = join(tok, 0, n);
	free(tok);
	free(s);
	free(words_memo[slot].name);
	free(words_memo[slot].words);
	words_memo[slot].name = sdc_xstrdup(name);
	words_memo[slot].words = sdc_xstrdup(out);
	return out;
}

char *
sdc_name_strip(const struct sdc_names *nm, const char *words)
{
	char *s = sdc_xstrdup(words), **tok, *out;
	size_t n = sdc_name_split(s, &tok), first = 0, last = n, k;

	/* a drop word of several words ("Công ty") goes whole */
	for (;;)
		if (first < last && sdc_name_is_drop(nm, tok[first]))
			first++;
		else if ((k = phrase_at(nm, tok + first, last - first)) > 0)
			first += k;
		else
			break;
	/* a phrase first: "Community Interest Company" goes whole, not its
	 * "Company" alone */
	for (;;)
		if ((k = phrase_before(nm, tok + first, last - first)) > 0)
			last -= k;
		else if (last > first && sdc_name_is_drop(nm, tok[last - 1]))
			last--;
		else
			break;
	if (first == last)	/* only drop words: "The Company" stays */
		first = 0, last = n;
	out = join(tok, first, last);
	free(tok);
	free(s);
	return out;
}

char *
sdc_name_normalise(const struct sdc_names *nm, const char *name)
{
	char *w = sdc_name_words(nm, name), *out = sdc_name_strip(nm, w);

	free(w);
	return out;
}

/* Does q[0..nq) match c[0..nc), each query word either equal to the next
 * candidate word or the initials of the next k >= 2 candidate words? */
static int
initials(char **q, size_t nq, char **c, size_t nc, int used)
{
	size_t k;

	if (nq == 0)
		return nc == 0 && used;
	if (nc == 0)
		return 0;
	if (strcmp(q[0], c[0]) == 0 && initials(q + 1, nq - 1, c + 1, nc - 1,
	    used))
		return 1;
	for (k = 0; k < nc && q[0][k] && q[0][k] == c[k][0]; k++)
		if (k >= 1 && q[0][k + 1] == '\0' &&
		    initials(q + 1, nq - 1, c + k + 1, nc - k - 1, 1))
			return 1;
	return 0;
}

static int
is_abbrev(const char *t)
{
	size_t n = strlen(t), i;

	for (i = 0; i < n; i++)
		if (t[i] < 'a' || t[i] > 'z')
			return 0;
	return n >= 2 && n <= 6;
}

/* Is t a subsequence of s (its letters in s, in order)? */
int
sdc_name_subseq(const char *t, const char *s)
{
	for (; *t && *s; s++)
		if (*s == *t)
			t++;
	return *t == '\0';
}

int
sdc_name_initials_share(const char *query, const char *cand)
{
	char *qs = sdc_xstrdup(query), *cs = sdc_xstrdup(cand), **q, **c;
	size_t nq = sdc_name_split(qs, &q), nc = sdc_name_split(cs, &c), i, j;
	char *init = sdc_xmalloc(nc + 1);
	int used = 0, ok = 1;

	for (j = 0; j < nc; j++)
		init[j] = c[j][0];
	init[nc] = '\0';
	for (i = 0; i < nq && ok; i++) {
		int present = 0;

		for (j = 0; j < nc && !present; j++)
			present = strcmp(q[i], c[j]) == 0;
		if (present)
			continue;
		ok = is_abbrev(q[i]) && sdc_name_subseq(q[i], init);
		used = 1;
	}
	free(init);
	free(q);
	free(c);
	free(qs);
	free(cs);
	return ok && used;
}

int
sdc_name_initials_match(const char *query, const char *cand)
{
	char *qs = sdc_xstrdup(query), *cs = sdc_xstrdup(cand), **q, **c;
	size_t nq = sdc_name_split(qs, &q), nc = sdc_name_split(cs, &c);
	/* the search branches; real names are short */
	int r = nq <= 16 && nc <= 32 && initials(q, nq, c, nc, 0);

	free(q);
	free(c);
	free(qs);
	free(cs);
	return r;
}

/* --- what a typed name says besides its words --- */

/* Top-level domains and the second levels under them ("co.uk"): the
 * labels an address ends with that name no business; the trade's and
 * the region's that firms write from among them ("tedescolaw.law",
 * Catalonia's .cat, the Basque Country's .eus, Galicia's .gal). */
static int
tld_label(const char *s, size_t n)
{
	static const char *const t[] = { "com", "net", "org", "biz", "info",
	    "co", "uk", "au", "ca", "nz", "ie", "us", "io", "de", "nl", "eu",
	    "fr", "be", "at", "ch", "it", "es", "ltd", "plc", "gov", "edu",
	    "ac", "me", "online", "site", "tech", "app", "law", "cat", "eus",
	    "gal", NULL };
	size_t i;

	for (i = 0; t[i]; i++)
		if (strlen(t[i]) == n && strncasecmp(t[i], s, n) == 0)
			return 1;
	return 0;
}

/* The label is two ASCII letters: a country's top-level domain (every
 * two-letter one is, after ISO 3166-1: IANA's root zone), "gr" of
 * "okeanissuites.gr", "tr" of "altindis.com.tr". */
static int
country_label(const char *s, size_t n)
{
	return n == 2 && isalpha((unsigned char)s[0]) &&
	    isalpha((unsigned char)s[1]);
}

/* The host of an address as typed: after "@", "://" and "www.";
 * NULL when name is no address (blanks in it, or no top-level domain). */
static const char *
host_of(const char *name, size_t *len)
{
	const char *h = strrchr(name, '@'), *end, *dot;

	h = h ? h + 1 : strstr(name, "://") ? strstr(name, "://") + 3 : name;
	h += strspn(h, " \t");
	if (strncasecmp(h, "www.", 4) == 0)
		h += 4;
	end = h + strcspn(h, " \t/");
	if (end[strspn(end, " \t")] != '\0' && *end != '/')
		return NULL;
	for (dot = end; dot > h && dot[-1] != '.'; dot--)
		;
	if (dot <= h + 1 || !(tld_label(dot, (size_t)(end - dot)) ||
	    country_label(dot, (size_t)(end - dot))))
		return NULL;
	*len = (size_t)(end - h);
	return h;
}

char *
sdc_name_domain(const char *name)
{
	size_t len;
	const char *h = name ? host_of(name, &len) : NULL;
	char *d;
	size_t i;

	if (h == NULL)
		return NULL;
	d = sdc_xmalloc(len + 1);
	for (i = 0; i < len; i++)
		d[i] = h[i] >= 'A' && h[i] <= 'Z' ? (char)(h[i] - 'A' + 'a') :
		    h[i];
	d[len] = '\0';
	return d;
}

char *
sdc_name_address(const char *name)
{
	size_t len, n = 0, i;
	const char *h = name ? host_of(name, &len) : NULL, *p, *label = NULL;
	char *out;

	if (h == NULL)
		return NULL;
	/* the longest label that is no top-level one: the business's, past
	 * "mail." and a mistyped "co" ("muskokacreative.o.uk") */
	for (p = h; p < h + len; p += strcspn(p, ".") + 1) {
		size_t k = strcspn(p, ".");

		if (p + k > h + len)
			k = (size_t)(h + len - p);
		if (k > n && !tld_label(p, k))
			label = p, n = k;
	}
	if (label == NULL)
		return NULL;
	out = sdc_xmalloc(n + 1);
	for (i = 0; i < n; i++)	/* "tidefold-outdoor": two words */
		out[i] = label[i] == '-' || label[i] == '_' ? ' ' : label[i];
	out[n] = '\0';
	return out;
}

char *
sdc_name_site_head(const char *name)
{
	static const char *const sep[] = { " / ", " - ", " \u2013 ",
	    " \u2014 ", " (", ", ", " | ", " @ ", NULL };
	const char *cut = NULL, *p;
	size_t i, n;
	char *out;

	for (i = 0; name && sep[i]; i++)
		if ((p = strstr(name, sep[i])) != NULL && (cut == NULL || p < cut))
			cut = p;
	if (cut == NULL)
		return NULL;
	for (p = name; p < cut && !isalnum((unsigned char)*p); p++)
		;
	if (p == cut)
		return NULL;
	n = (size_t)(cut - name);
	out = sdc_xmalloc(n + 1);
	memcpy(out, name, n);
	out[n] = '\0';
	return out;
}

int
sdc_name_listed(const char *const *list, const char *w)
{
	for (; *list; list++)
		if (strcasecmp(w, *list) == 0)
			return 1;
	return 0;
}

int
sdc_name_landmark(const char *words)
{
	return strncmp(words, "near ", 5) == 0 || strncmp(words, "opp ", 4) ==
	    0 || strncmp(words, "opposite ", 9) == 0 || strncmp(words,
	    "behind ", 7) == 0;
}

/* The script of a word: a Latin letter's (Latin-1, Extended-A/B, the IPA
 * block and Latin Extended Additional, Vietnamese's), another script's
 * letter or mark, or none (punctuation, digits); MIXED for both. */
enum script { NOSCRIPT, LATIN, OTHERSCRIPT, MIXED };

static enum script
word_script(const char *w, size_t len)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t n;
	size_t i;
	int sc = NOSCRIPT;

	for (i = 0; i < len; i += (size_t)n) {
		n = utf8proc_iterate((const utf8proc_uint8_t *)w + i,
		    (utf8proc_ssize_t)(len - i), &c);
		if (n <= 0)
			return MIXED;	/* bad UTF-8: no reading */
		if (!is_letter(kind(c)) && utf8proc_category(c) !=
		    UTF8PROC_CATEGORY_MN && utf8proc_category(c) !=
		    UTF8PROC_CATEGORY_MC)
			continue;
		sc |= c < 0x0370 || (c >= 0x1e00 && c <= 0x1eff) ? LATIN :
		    OTHERSCRIPT;
	}
	return (enum script)sc;
}

int
sdc_name_other_script(const char *s)
{
	return word_script(s, strlen(s)) == OTHERSCRIPT;
}

/* The words of w[0..len), a word of another script: each Han character
 * is one (split). */
static size_t
other_words(const char *w, size_t len)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t n;
	size_t i, han = 0;

	for (i = 0; i < len; i += (size_t)n) {
		if ((n = utf8proc_iterate((const utf8proc_uint8_t *)w + i,
		    (utf8proc_ssize_t)(len - i), &c)) <= 0)
			break;
		han += han_pinyin(c) != NULL;
	}
	return han > 1 ? han : 1;
}

char *
sdc_name_half(const char *name, int latin, size_t *others)
{
	const char *p = name, *from = NULL, *to = NULL;
	enum script sc, prev = NOSCRIPT, want = latin ? LATIN : OTHERSCRIPT;
	size_t len, runs = 0;

	*others = 0;
	for (; name && *p; p += len) {
		p += strspn(p, " ");
		len = strcspn(p, " ");
		if ((sc = word_script(p, len)) == MIXED)
			return NULL;
		if (sc != NOSCRIPT && sc != prev)
			runs++;
		if (sc == want && from == NULL)
			from = p;
		if (sc == want)
			to = p + len;
		if (sc != NOSCRIPT)
			prev = sc;
		*others += sc == OTHERSCRIPT ? other_words(p, len) : 0;
	}
	if (runs != 2 || from == NULL)
		return NULL;	/* one script, or the scripts interleaved */
	while (from < to && strchr("(/|[", *from))
		from++;
	while (to > from && strchr(")/|]", to[-1]))
		to--;
	return to > from ? sdc_xstrndup(from, (size_t)(to - from)) : NULL;
}

/* A label is short: a word or two a desk puts before every name of a
 * queue, never a business's name (those have a word of their own). */
#define DESK_LABEL 12

#define DESK_TAG 16	/* characters of a ticket's or queue's tag */

/* A ticket's or a queue's tag before the name ("[SIN] X", "INC0071426 -
 * X", "Ticket #43551 X", "SR-2612 | X", "Q2: X", "T3545 X"): a word in
 * brackets, or one or two words of letters, digits, '#' and '-' whose
 * last has a digit; then a space, after ':' or '|' or a dash between
 * spaces if one is there.  The name after it, or NULL. */
static const char *
tag_rest(const char *name)
{
	const char *p = name, *end;
	size_t words = 0, len = 0;
	int digit = 0;

	if (*p == '[') {
		end = strchr(p, ']');
		if (end == NULL || end - name > DESK_TAG || end[1] != ' ')
			return NULL;
		p = end + 1;
	} else {
		for (; words < 2; words++) {
			len = strspn(p, "abcdefghijklmnopqrstuvwxyz"
			    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789#-");
			digit = len > 0 && strpbrk(p, "0123456789") != NULL &&
			    strpbrk(p, "0123456789") < p + len;
			if (len == 0 || p + len - name > DESK_TAG)
				return NULL;
			p += len;
			if (digit || *p != ' ')
				break;
			p++;
		}
		if (!digit)
			return NULL;
	}
	p += strspn(p, " ");
	if ((*p == ':' || *p == '|' || *p == '-') && p[1] == ' ')
		p += 2;
	else if (p[-1] != ' ' || (*name != '[' && len < 3))
		return NULL;	/* "Q2X", "2 Brothers": no tag */
	p += strspn(p, " ");
	return *p ? p : NULL;
}

const char *
sdc_name_desk_rest(const char *name)
{
	static const char *const sep[] = { ": ", " - ", " \u2013 ",
	    " \u2014 ", NULL };
	const char *p = name;
	size_t letters = 0, words = 1, i;

	if (name && (p = tag_rest(name)) != NULL)
		return p;
	p = name;

	for (; p && *p && letters <= DESK_LABEL; p++) {
		for (i = 0; sep[i]; i++)
			if (strncmp(p, sep[i], strlen(sep[i])) == 0 &&
			    letters > 0 && p[-1] != ' ') {
				p += strlen(sep[i]);
				p += strspn(p, " ");
				return *p ? p : NULL;
			}
		if (*p == ' ' && ++words > 2)
			return NULL;
		if (*p != ' ' && *p != '.' && !isalpha((unsigned char)*p))
			return NULL;
		letters += *p != ' ' && *p != '.';
	}
	return NULL;
}

const char *
sdc_name_trading(const char *words, size_t *legal)
{
	/* Canada's "carrying on business as" (c.o.b. as); Quebec's
	 * "faisant affaire sous le nom de" (f.a.s.r.s.) and "sous
	 * le nom" (s/n, after the company's "inc." or "ltée": "s n" alone
	 * is initials, "S. S. N. Chettiar") */
	static const char *const marks[] = { " t a ", " ta ", " trading as ",
	    " o a ", " operating as ", " d b a ", " dba ", " cob as ",
	    " doing business as ", " fasrs ", " f a s r s ", " inc s n ",
	    " ltee s n ",
	    " faisant affaire sous le nom de ", " faisant affaire sous ",
	    NULL };
	const char *best = NULL, *p;
	size_t i;

	for (i = 0; words && marks[i]; i++)
		for (p = words; (p = strstr(p, marks[i])) != NULL; p++)
			if (best == NULL || p + strlen(marks[i]) > best) {
				best = p + strlen(marks[i]);
				if (legal)
					*legal = (size_t)(p - words);
			}
	return best && *best ? best : NULL;
}

const char *
sdc_name_registration(const char *words)
{
	const char *p;

	for (p = words; (p = strchr(p, ' ')) != NULL; p++)
		if ((strncmp(p, " abn ", 5) == 0 || strncmp(p, " acn ", 5) ==
		    0) && isdigit((unsigned char)p[5]))
			return p;
	return NULL;
}

char *
sdc_name_trust(const char *words, size_t *head)
{
	/* the ABR's "The Trustee for", the trustee company's "ATF", "ITF"
	 * and "as trustee for", the desks' "TTF" and "T/F" */
	static const char *const first[] = { "the trustee for ",
	    "trustee for ", "ttf ", "t f ", "atf ", NULL },
	    *const within[] = { " atf ", " itf ", " as trustee for ",
	    " as trustees for ", NULL };
	const char *t = NULL, *end;
	size_t i, len = 0;

	for (i = 0; t == NULL && first[i]; i++)
		if (strncmp(words, first[i], strlen(first[i])) == 0)
			t = words + strlen(first[i]);
	for (i = 0; t == NULL && within[i]; i++)
		if ((t = strstr(words, within[i])) != NULL) {
			len = (size_t)(t - words);
			t += strlen(within[i]);
		}
	if (t == NULL || *t == '\0')
		return NULL;
	if (head)
		*head = len;
	end = sdc_name_registration(t);
	return end ? sdc_xstrndup(t, (size_t)(end - t)) : sdc_xstrdup(t);
}

int
sdc_name_cut_registration(const char *words, size_t *head)
{
	const char *r = sdc_name_registration(words), *p;
	size_t full, digits = 0;

	if (r == NULL)
		return 0;
	full = r[2] == 'b' ? 11 : 9;	/* " abn ", " acn " */
	for (p = r + 5; *p; p += *p == ' ') {
		size_t n = strspn(p, "0123456789");

		if (n == 0 || (p[n] != ' ' && p[n] != '\0'))
			return 0;
		digits += n;
		p += n;
	}
	if (digits >= full)
		return 0;
	*head = (size_t)(r - words);
	return 1;
}

char *
sdc_name_unregistered(const char *words)
{
	const char *end = sdc_name_registration(words);

	return end && end > words ? sdc_xstrndup(words, (size_t)(end -
	    words)) : NULL;
}

/* A short run of letters: a word that may be initials. */
static int
letters(const char *t, size_t max)
{
	size_t n = strlen(t), i;

	for (i = 0; i < n; i++)
		if (t[i] < 'a' || t[i] > 'z')
			return 0;
	return n >= 1 && n <= max;
}

/* Letters joined around "and" at least, in a name of n words: three
 * alone ("CM&D"); two beside other words ("B & C Advocaten", "T&H Law
 * Group", whose words tell which pair it is), not alone ("K & M" fits
 * one name in a few hundred). */
static size_t
join_least(size_t n)
{
	return n > 3 ? 2 : 3;
}

char *
sdc_name_join_initials(const char *words)
{
	char *s = sdc_xstrdup(words), **tok;
	size_t n = sdc_name_split(s, &tok), i;
	struct sdc_buf b = SDC_BUF_INIT;
	int joined = 0;

	for (i = 0; i < n; i++) {
		if (b.len)
			sdc_buf_addc(&b, ' ');
		sdc_buf_adds(&b, tok[i]);
		if (i + 2 < n && strcmp(tok[i + 1], "and") == 0 &&
		    letters(tok[i], 3) && letters(tok[i + 2], 3) &&
		    strlen(tok[i]) + strlen(tok[i + 2]) >= join_least(n)) {
			sdc_buf_adds(&b, tok[i + 2]);	/* "cm & d": "cmd" */
			i += 2;
			joined = 1;
		}
	}
	sdc_buf_addc(&b, '\0');
	free(tok);
	free(s);
	if (!joined) {
		sdc_buf_free(&b);
		return NULL;
	}
	return sdc_buf_take(&b);
}

/* --- a marked letter typed on purpose --- */

#define MARK_WORD 64	/* letters of a word compared */

/* The next word of s (letters and digits, any non-ASCII byte a letter)
 * folded to ASCII lower case into w, with mark[i] set where the letter
 * was typed with a mark ("Bäcker": "backer", 0 1 0 0 0 0); returns the
 * end of the word in s, or NULL when there is none. */
static const char *
marked_word(const char *s, char *w, unsigned char *mark, size_t *n)
{
	*n = 0;
	while (*s && !(*s & 0x80) && !isalnum((unsigned char)*s))
		s++;
	if (*s == '\0')
		return NULL;
	while (*s && ((*s & 0x80) || isalnum((unsigned char)*s))) {
		utf8proc_int32_t c;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s,
		    -1, &c);
		char cp[8], *f;
		size_t i;

		if (k <= 0)
			k = 1, c = '?';
		memcpy(cp, s, (size_t)k);
		cp[k] = '\0';
		f = c < 0x80 ? NULL : map(cp, 0);
		for (i = 0; f ? f[i] != '\0' : i < 1; i++)
			if (*n < MARK_WORD && isalnum((unsigned char)(f ? f[i] :
			    *s))) {
				w[*n] = (char)tolower((unsigned char)(f ? f[i] : *s));
				mark[(*n)++] = f != NULL;
			}
		free(f);
		s += k;
	}
	w[*n] = '\0';
	return s;
}

/* The marked letter w[i] is a slip for c's letter there: on a German
 * keyboard the marked vowels sit beside each other and beside p and l
 * ("Aüotheke", "Löbbers" for Lübbers); on the Nordic ones æ, ø, ä and ö
 * share two keys, which one a layout makes them ("Sænderborg" for
 * Sønderborg: æ, two letters, beside the ø). */
static int
mark_slip(const char *w, size_t i, const char *c, const unsigned char *cm,
    size_t m)
{
	return i < m && (cm[i] || (strchr("ou", w[i]) && strchr("pl", c[i])) ||
	    (i > 0 && cm[i - 1]) || (i + 1 < m && cm[i + 1]));
}

/* Each marked letter of w (length n) stands in c, or one letter off
 * ("backer" in "baecker" and "backer", not in "becker"), or is a slip
 * (mark_slip). */
static int
marks_in(const char *w, const unsigned char *mark, size_t n, const char *c,
    const unsigned char *cm)
{
	size_t i, m = strlen(c);

	for (i = 0; i < n; i++)
		if (mark[i] && !((i < m && c[i] == w[i]) || (i > 0 && i - 1 < m &&
		    c[i - 1] == w[i]) || (i + 1 < m && c[i + 1] == w[i]) ||
		    mark_slip(w, i, c, cm, m)))
			return 0;
	return 1;
}

/* Whether the typed word w is cand's word, or like one of them (the
 * same first letter, at most two letters longer or shorter) with its
 * marked letters where that one has them: -1 when it is like none. */
static int
marks_fit(const char *w, const unsigned char *mark, size_t n,
    const char *cand)
{
	char c[MARK_WORD + 1];
	unsigned char cm[MARK_WORD];
	size_t m;
	int like = -1;

	while ((cand = marked_word(cand, c, cm, &m)) != NULL) {
		if (strcmp(c, w) == 0)
			return 1;
		if (c[0] != w[0] || m + 2 < n || n + 2 < m)
			continue;
		if (marks_in(w, mark, n, c, cm))
			return 1;
		like = 0;
	}
	return like;
}

int
sdc_name_marks_differ(const char *typed, const char *cand)
{
	char w[MARK_WORD + 1];
	unsigned char mark[MARK_WORD];
	size_t n, i;

	while ((typed = marked_word(typed, w, mark, &n)) != NULL) {
		for (i = 0; i < n && !mark[i]; i++)
			;
		if (i < n && marks_fit(w, mark, n, cand) == 0)
			return 1;
	}
	return 0;
}

/* Keyboards left on the wrong layout.  A national keyboard typed with the
 * computer set to the US layout: the key of a marked letter gives the US
 * character on it, a digit or a bracket inside a word ("Daňov8 kancel85"
 * for Daňová kancelář on the Czech keys, "K0nyvel[" for Könyvelő on the
 * Hungarian, "Prim[ria" for Primăria on the Romanian, "G]ne; <zdemir"
 * for Güneş Özdemir on the Turkish Q); the QWERTZ ones (Czech, Slovak,
 * Hungarian, German) swap y and z besides ("Vzsszs" for Vyssys,
 * "-gzv;di" for Ügyvédi).  And a Latin name typed with the computer set
 * to a Greek, Arabic or Hebrew layout: each key gives that script's
 * letter on it, the whole word ("ΔΙΚΙΓΟΡΙΚΙ" for DIKIGORIKI, "شم" for Al,
 * "שךק" for Ale).  Each layout's keys as the characters typed and the
 * letters meant, key for key, a space between keys.  The key maps are
 * the published ones: Microsoft's keyboard layouts (Czech, Slovak,
 * Hungarian, Romanian Standard, German, Turkish Q, Greek, Arabic (101),
 * Hebrew Standard, Russian, Ukrainian (Enhanced), as Wikipedia's
 * "Keyboard layout" and "JCUKEN" show them).  The
 * Arabic B key types lam-alef, two letters or the ligature. */
#define US_LETTERS "q w e r t y u i o p a s d f g h j k l z x c v b n m " \
	"Q W E R T Y U I O P A S D F G H J K L Z X C V B N M"
#define US_KEYS US_LETTERS " [ ] ; ' , . ` { } : \" < > ~"
#define JCUKEN_RU "й ц у к е н г ш щ з ф ы в а п р о л д я ч с м и т ь " \
	"Й Ц У К Е Н Г Ш Щ З Ф Ы В А П Р О Л Д Я Ч С М И Т Ь"
#define JCUKEN_RU_MORE "х ъ ж э б ю ё Х Ъ Ж Э Б Ю Ё"
#define JCUKEN_UK "й ц у к е н г ш щ з ф і в а п р о л д я ч с м и т ь " \
	"Й Ц У К Е Н Г Ш Щ З Ф І В А П Р О Л Д Я Ч С М И Т Ь"
#define JCUKEN_UK_MORE "х ї ж є б ю ' Х Ї Ж Є Б Ю '"
#define SR_CYRILLIC "а б в г д ђ е ж з и ј к л љ м н њ о п р с т ћ у ф х " \
	"ц ч џ ш ѓ ќ ѕ А Б В Г Д Ђ Е Ж З И Ј К Л Љ М Н Њ О П Р С Т Ћ У Ф " \
	"Х Ц Ч Џ Ш Ѓ Ќ Ѕ"
#define SR_LATIN "a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h " \
	"c č dž š gj kj dz A B V G D Đ E Ž Z I J K L Lj M N Nj O P R S T Ć " \
	"U F H C Č Dž Š Gj Kj Dz"
/* Uzbek Cyrillic in the Uzbek Latin alphabet of 1995 (ў oʻ, ғ gʻ, қ q,
 * ҳ h, х x, ж j, ч ch, ш sh; the signs ъ and ь an apostrophe, which
 * the normaliser drops), and Azerbaijani Cyrillic in the Azerbaijani
 * Latin of 1991 (ә ə, г q, ғ ğ, ҝ g, ј y, ҹ c, ч ç, ш ş, ы ı, ө ö, ү ü,
 * х x, һ h); Wikipedia, "Uzbek alphabet", "Azerbaijani alphabet" */
#define UZ_CYRILLIC "а б в г д е ё ж з и й к л м н о п р с т у ф х ц ч ш " \
	"ъ ь э ю я ў қ ғ ҳ А Б В Г Д Е Ё Ж З И Й К Л М Н О П Р С Т У Ф Х " \
	"Ц Ч Ш Ъ Ь Э Ю Я Ў Қ Ғ Ҳ"
#define UZ_LATIN "a b v g d e yo j z i y k l m n o p r s t u f x ts ch sh " \
	"' ' e yu ya oʻ q gʻ h A B V G D E Yo J Z I Y K L M N O P R S T U " \
	"F X Ts Ch Sh ' ' E Yu Ya Oʻ Q Gʻ H"
#define AZ_CYRILLIC "а б в г ғ д е ә ж з и ы ј к ҝ л м н о ө п р с т у ү " \
	"ф х һ ч ҹ ш й ё ю я ъ ь э А Б В Г Ғ Д Е Ә Ж З И Ы Ј К Ҝ Л М Н " \
	"О Ө П Р С Т У Ү Ф Х Һ Ч Ҹ Ш Й Ё Ю Я Ъ Ь Э"
#define AZ_LATIN "a b v q ğ d e ə j z i ı y k g l m n o ö p r s t u ü " \
	"f x h ç c ş y yo yu ya ' ' e A B V Q Ğ D E Ə J Z İ I Y K G L M N " \
	"O Ö P R S T U Ü F X H Ç C Ş Y Yo Yu Ya ' ' E"
/* Greek typed with the computer set to US: each key's Greek letter
 * (Microsoft's Greek layout; Wikipedia "Keyboard layout", Greek), u for
 * θ, v for ω, w for the final sigma, ; the tonos, a dead key before the
 * vowel it marks ("Dhmotik;o Sxole;io" for Δημοτικό Σχολείο) and a mark
 * the normaliser drops.  Q types a sign, not a letter: left as typed. */
#define GREEK_US "a b c d e f g h i j k l m n o p r s t u v w x y z " \
	"A B C D E F G H I J K L M N O P R S T U V W X Y Z ;"
#define GREEK_LETTERS "α β ψ δ ε φ γ η ι ξ κ λ μ ν ο π ρ σ τ θ ω ς χ υ ζ " \
	"Α Β Ψ Δ Ε Φ Γ Η Ι Ξ Κ Λ Μ Ν Ο Π Ρ Σ Τ Θ Ω Σ Χ Υ Ζ \xcc\x81"
static const struct retyping {
	const char *typed, *meant;
	int qwertz;	/* 0: y and z swapped or not; 2: swapped alone;
			 * -1: QWERTY */
	int script;	/* another script's letters: each is read; 2, the
			 * script's meant, typed on US keys; 3, so, and
			 * the script is Greek */
} retypings[] = {
	/* Czech, Slovak, Hungarian, Romanian, German; y and z alone */
	{ "2 3 4 5 6 7 8 9 0 ; [", "ě š č ř ž ý á í é ů ú", 0, 0 },
	{ "2 3 4 5 6 7 8 9 0 ; [ \\", "ľ š č ť ž ý á í é ô ú ň", 0, 0 },
	{ "0 - = [ ] ; ' \\", "ö ü ó ő ú é á í", 0, 0 },
	{ "[ ] \\ ; '", "ă î â ș ț", -1, 0 },
	{ "; ' [ -", "ö ä ü ß", 0, 0 },
	{ "", "", 2, 0 },
	/* Turkish Q; then Greek, Arabic, Hebrew */
	{ "; : [ { ] } ' \" , < . >", "ş Ş ğ Ğ ü Ü i İ ö Ö ç Ç", -1, 0 },
	{ "ς ε ρ τ υ θ ι ο π α σ δ φ γ η ξ κ λ ζ χ ψ ω β ν μ "
	  "Ε Ρ Τ Υ Θ Ι Ο Π Α Σ Δ Φ Γ Η Ξ Κ Λ Ζ Χ Ψ Ω Β Ν Μ",
	  "w e r t y u i o p a s d f g h j k l z x c v b n m "
	  "E R T Y U I O P A S D F G H J K L Z X C V B N M", -1, 1 },
	{ "ض ص ث ق ف غ ع ه خ ح ش س ي ب لا ﻻ ل ا ت ن م ئ ء ؤ ر ى ة",
	  "q w e r t y u i o p a s d f b b g h j k l z x c v n m", -1, 1 },
	{ "ק ר א ט ו ן ם פ ש ד ג כ ע י ח ל ך ז ס ב ה נ מ צ",
	  "e r t y u i o p a s d f g h j k l z x c v b n m", -1, 1 },
	/* Russian and Ukrainian JCUKEN: a Latin name typed on them, and a
	 * Cyrillic one typed on US keys ("Ghbdfnybq" for Приватний) */
	{ JCUKEN_RU, US_LETTERS, -1, 1 },
	{ JCUKEN_UK, US_LETTERS, -1, 1 },
	{ US_KEYS, JCUKEN_RU " " JCUKEN_RU_MORE, -1, 2 },
	{ US_KEYS, JCUKEN_UK " " JCUKEN_UK_MORE, -1, 2 },
	/* ... and Kazakh's, whose digits' keys type its own letters (2 ә,
	 * 3 і, 4 ң, 5 ғ, 8 ү, 9 ұ, 0 қ, - ө, = һ): "jntkm cfhsfh0f" for
	 * Отель Сарыарқа */
	{ US_KEYS " 2 3 4 5 8 9 0 - =", JCUKEN_RU " " JCUKEN_RU_MORE
	  " ә і ң ғ ү ұ қ ө һ", -1, 2 },
	/* Uzbek and Azerbaijani Cyrillic in their Latin alphabets: a name
	 * typed in the Cyrillic of the Soviet years ("Ҳотел Дўстлик",
	 * "Гафгаз Лисеји") that the list holds in Latin (Hotel Doʻstlik,
	 * Qafqaz Liseyi), which the romanisation of Russian misses
	 * (khotel, gafgaz) */
	{ UZ_CYRILLIC, UZ_LATIN, -1, 1 },
	{ AZ_CYRILLIC, AZ_LATIN, -1, 1 },
	/* Serbian and Macedonian Cyrillic in their official Latin, letter
	 * for letter: Gaj's Latin alphabet (ђ đ, ј j, љ lj, њ nj, ћ ć, џ
	 * dž), Macedonian's ѓ gj, ќ kj, ѕ dz (Macedonian Latin of the
	 * 1970 standard): a name one customer holds in Latin, typed in
	 * Cyrillic ("Општина Велес" for Opština Veles), which the
	 * romanisation of Russian (names.c's above: opshtina) misses */
	{ SR_CYRILLIC, SR_LATIN, -1, 1 },
	{ GREEK_US, GREEK_LETTERS, -1, 3 },
	/* ... and Greeklish's digits drawn as the letters they look like,
	 * 8 for θ and 3 for ξ ("a8lhtikos", "3enodoxeio"), the rest of the
	 * word Greeklish's Latin letters */
	{ "8 3", "θ ξ", -1, 3 },
	/* ... and back: a name typed in Gaj's Latin whose customer the list
	 * holds in Cyrillic, its marked letters as the romanisation above
	 * gives the Cyrillic ones ("Javni beležnik" for Јавни бележник,
	 * belezhnik); c and h are any Latin name's, left as typed */
	{ "š č ž đ ć Š Č Ž Đ Ć", "sh ch zh dj c Sh Ch Zh Dj C", -1, 1 },
};

#define NLAYOUTS (sizeof(retypings) / sizeof(retypings[0]))
_Static_assert(SDC_NAME_RETYPINGS == 2 * NLAYOUTS + 5, "a reading per "
    "layout, y and z swapped or not, Telex and VNI, old Indonesian, and "
    "two of Turkic Latin");
_Static_assert(SDC_NAME_RETYPED_TURKIC == SDC_NAME_RETYPED_OLD_ID + 1,
    "Turkic Latin after old Indonesian");
_Static_assert(SDC_NAME_RETYPED_TELEX == 2 * NLAYOUTS, "Telex and VNI last");
_Static_assert(SDC_NAME_RETYPED_GAJ == 2 * NLAYOUTS - 2, "Gaj's back last");

/* Whether byte c leads some key of layout r: most bytes of a name lead
 * none, and are passed at once, not matched against every key (a Han
 * name's bytes against the Greek keys).  The table is made on first
 * use. */
static int
leads_key(const struct retyping *r, unsigned char c)
{
	static unsigned char lead[NLAYOUTS][256];
	static int made;
	const char *t;
	size_t l;

	if (!made) {
		for (l = 0; l < NLAYOUTS; l++)
			for (t = retypings[l].typed; *t; t += strcspn(t, " "),
			    t += *t == ' ')
				lead[l][(unsigned char)*t] = 1;
		made = 1;
	}
	return lead[r - retypings][c];
}

/* The key of the layout typed at s: its place in r->typed, and the
 * length typed into *len; -1 when s is no key of the layout (a letter,
 * a space or a marked letter of a US one, an ASCII character of a
 * script's: most of a name, at once). */
static int
lost_key(const struct retyping *r, const char *s, size_t *len)
{
	const char *t = r->typed;
	size_t n;
	int i;

	/* US keys are one character each: found at once */
	if (r->script >= 2) {
		t = *s != ' ' && *s != '\0' ? strchr(r->typed, *s) : NULL;
		*len = 1;
		return t ? (int)(t - r->typed) / 2 : -1;
	}
	if (r->script ? (unsigned char)*s < 0x80 :
	    (isalpha((unsigned char)*s) || *s == ' ' ||
	    (unsigned char)*s >= 0x80))
		return -1;
	if (!leads_key(r, (unsigned char)*s))	/* a byte no key starts */
		return -1;
	for (i = 0; *t; i++, t += n + (t[n] == ' ')) {
		n = strcspn(t, " ");
		if (strncmp(s, t, n) == 0) {
			*len = n;
			return i;
		}
	}
	return -1;
}

/* The letters meant by key i of the layout: a pointer into r->meant and
 * their length into *len. */
static const char *
key_meant(const struct retyping *r, int i, size_t *len)
{
	const char *m = r->meant;

	while (i-- > 0)
		m += strcspn(m, " ") + 1;
	*len = strcspn(m, " ");
	return m;
}

static int
letter_byte(char c)
{
	return isalpha((unsigned char)c) || (unsigned char)c >= 0x80;
}

static int
is_key(const struct retyping *r, const char *s)
{
	size_t n;

	return lost_key(r, s, &n) >= 0;
}

/* The run of the layout's characters at s[i] touches a letter of a word
 * of two letters or more, those keys' letters too (";s" is "és"): a
 * hyphen only before one ("-gzv;di"; "Skłodowska-Curie" joins two), a
 * number never ("nr 13", "Andrássy utca 3.").  A script's letters are
 * read wherever they are. */
static int
lost_at(const struct retyping *r, const char *s, size_t i)
{
	size_t a = i, b = i, k, letters = 0;

	/* a script's letter on a punctuation key only inside a word
	 * (".hsq" for Юрій; not the dots of "S.S."); a digit for a Greek
	 * letter after a letter or before three ("8etis"; not the
	 * ordinals "3o", "12ou") */
	if (r->script == 3 && isdigit((unsigned char)s[i]))
		return (i > 0 && isalpha((unsigned char)s[i - 1])) ||
		    (isalpha((unsigned char)s[i + 1]) &&
		    isalpha((unsigned char)s[i + 2]) &&
		    isalpha((unsigned char)s[i + 3]));
	if (r->script >= 2 && !isalpha((unsigned char)s[i]))
		return (i > 0 && isalpha((unsigned char)s[i - 1])) ||
		    isalpha((unsigned char)s[i + 1]);
	if (r->script)
		return 1;
	while (a > 0 && s[a - 1] != ' ' && is_key(r, s + a - 1) &&
	    !letter_byte(s[a - 1]))
		a--;
	while (s[b + 1] != '\0' && s[b + 1] != ' ' && is_key(r, s + b + 1))
		b++;
	if (s[i] == '-' && (i > 0 && s[i - 1] != ' '))
		return 0;
	if (!(a > 0 && letter_byte(s[a - 1])) && !letter_byte(s[b + 1]))
		return 0;
	while (a > 0 && s[a - 1] != ' ')
		a--;
	for (k = a; s[k] != '\0' && s[k] != ' '; k++)
		letters += (letter_byte(s[k]) || is_key(r, s + k)) &&
		    ((unsigned char)s[k] & 0xc0) != 0x80;
	return letters >= 2;
}

static char
swapped(char c)
{
	static const char from[] = "yzYZ", to[] = "zyZY";
	const char *p = c ? strchr(from, c) : NULL;

	return p ? to[p - from] : c;
}

static int
viet_vowel(char c)
{
	return c != '\0' && strchr("aeiouyAEIOUY", c) != NULL;
}

/* A Vietnamese name typed with the input method off: its keys stay in
 * the words (Wikipedia, "Telex (input method)" and "VNI").  Telex: a
 * vowel typed twice for the circumflex (aa, ee, oo), w after a, o, u
 * for the breve and horn, dd for đ, and a tone key (s f r x j) after
 * the vowel or at the word's end; VNI: the digits 1-9 after the letter
 * they mark.  The reading is the letters meant without their marks,
 * as names are folded; no Vietnamese syllable has s f r x j after its
 * vowel, nor a digit.  NULL when nothing is read. */
static char *
viet_retyped(const char *name, int vni)
{
	struct sdc_buf b = SDC_BUF_INIT;
	size_t i, lost = 0;
	char c, prev = '\0';

	for (i = 0; (c = name[i]) != '\0'; i++) {
		char l = (char)tolower((unsigned char)c);
		int letter = isalpha((unsigned char)prev);

		if (vni ? letter && c >= '1' && c <= '9' :
		    (letter && tolower((unsigned char)prev) == l &&
		    strchr("adeo", l) != NULL) ||
		    (l == 'w' && strchr("aou", tolower((unsigned char)prev))) ||
		    (strchr("sfrxj", l) != NULL && (viet_vowel(prev) ||
		    (letter && !isalpha((unsigned char)name[i + 1]))))) {
			lost++;
			continue;
		}
		sdc_buf_addc(&b, c);
		prev = c;
	}
	if (lost == 0) {
		sdc_buf_free(&b);
		return NULL;
	}
	return sdc_buf_take(&b);
}

/* Indonesian as written before the Perfected Spelling of 1972 (van
 * Ophuijsen's oe, Soewandi's dj tj j ch sj nj; Wikipedia "Indonesian
 * orthography"), and Malay before 1972 as well: oe u, dj j, tj c, sj sy,
 * nj ny, ch kh, j y ("Jajasan Sedjahtera" is Yayasan Sejahtera, "Garoeda"
 * Garuda, "Djaja" Jaya).  The new letters, small; NULL when nothing is
 * read, or only a j alone: one j is as often another language's ("Ji
 * Feng" in pinyin, "Pryvatnyj" in Ukrainian), two the old spelling's
 * ("Jajasan", "Jogja"). */
static char *
old_indonesian(const char *name)
{
	static const char *const old[][2] = {
		{ "oe", "u" }, { "dj", "j" }, { "tj", "c" }, { "sj", "sy" },
		{ "nj", "ny" }, { "ch", "kh" }, { "j", "y" }, { NULL, NULL }
	};
	struct sdc_buf b = SDC_BUF_INIT;
	size_t i, k, read = 0, js = 0;

	for (i = 0; name[i] != '\0'; i++) {
		for (k = 0; old[k][0] && strncasecmp(name + i, old[k][0],
		    strlen(old[k][0])) != 0; k++)
			;
		if (old[k][0] == NULL) {
			sdc_buf_addc(&b, (char)tolower((unsigned char)name[i]));
			continue;
		}
		sdc_buf_adds(&b, old[k][1]);
		i += strlen(old[k][0]) - 1;
		if (old[k][0][1] == '\0')
			js++;
		else
			read++;
	}
	if (read == 0 && js < 2) {
		sdc_buf_free(&b);
		return NULL;
	}
	sdc_buf_addc(&b, '\0');
	return sdc_buf_take(&b);
}

/* The Latin alphabets of Kazakh (2017's apostrophes, 2018's acutes,
 * 2021's marks) and of Uzbek (1995), each letter as the romanisation
 * above gives its Cyrillic one: q k (қ), x kh, j zh, ğ ǵ g' gʻ gh, ñ ń
 * n' ng, ş s' sh, ç c' ch, ı i, ý y' u (у), and Uzbek's oʻ u (ў);
 * Wikipedia, "Kazakh alphabets", "Uzbek alphabet".  With i_before, a y
 * before a consonant or at a word's end is Uzbek's й (i), not Kazakh's
 * ы (y): "Choyxona" is Чойхона, "Galym" Ғалым.  NULL when no letter
 * of the alphabets' own is read. */
static const char *const turkic[][2] = {
	{ "g'", "gh" }, { "gʻ", "gh" }, { "g‘", "gh" }, { "gʼ", "gh" },
	{ "n'", "ng" }, { "s'", "sh" }, { "c'", "ch" }, { "y'", "u" },
	{ "oʻ", "u" }, { "o‘", "u" }, { "ğ", "gh" }, { "ǵ", "gh" },
	{ "ñ", "ng" }, { "ń", "ng" }, { "ş", "sh" }, { "ç", "ch" },
	{ "ı", "i" }, { "ý", "u" }, { "q", "k" }, { "G'", "Gh" },
	{ "Gʻ", "Gh" }, { "Oʻ", "U" }, { "Ğ", "Gh" }, { "Ş", "Sh" },
	{ "Ç", "Ch" }, { "Q", "K" },
	/* ... and those any Latin name has, read only beside one above:
	 * "Mehmonxona" alone may be the list's Mehmonkhona or another
	 * business spelt in Uzbek */
	{ "x", "kh" }, { "j", "zh" }, { "X", "Kh" }, { "J", "Zh" },
	{ NULL, NULL }
};

static char *
turkic_latin(const char *name, int i_before)
{
	struct sdc_buf b = SDC_BUF_INIT;
	size_t i, k, own = 0;

	/* an own letter is q, marked, or one before an apostrophe: most
	 * names have none, and are done with at once */
	for (i = 0; name[i] && !strchr("qQ'`", name[i]) &&
	    (unsigned char)name[i] < 0x80; i++)
		;
	if (name[i] == '\0')
		return NULL;
	for (i = 0; name[i] != '\0'; i++) {
		for (k = 0; turkic[k][0] && strncmp(name + i, turkic[k][0],
		    strlen(turkic[k][0])) != 0; k++)
			;
		if (turkic[k][0] != NULL) {
			sdc_buf_adds(&b, turkic[k][1]);
			i += strlen(turkic[k][0]) - 1;
			own += strchr("xXjJ", *turkic[k][0]) == NULL;
		} else if (i_before && name[i] == 'y' && i > 0 &&
		    isalpha((unsigned char)name[i - 1]) && (name[i + 1] ==
		    '\0' || !strchr("aeiouAEIOU", name[i + 1])))
			sdc_buf_addc(&b, 'i');
		else
			sdc_buf_addc(&b, name[i]);
	}
	if (own == 0) {
		sdc_buf_free(&b);
		return NULL;
	}
	return sdc_buf_take(&b);
}

/* Reading k (0 <= k < SDC_NAME_RETYPINGS) of a name typed on a layout
 * other than the one the computer was set to, or NULL when it changes
 * nothing: the layouts above, the QWERTZ ones with y and z swapped or
 * not, the other US ones with the keys ending a word read or left as
 * typed ("Ko." for Koç, "Ltd." for Ltd.). */
char *
sdc_name_retyped(const char *name, size_t k)
{
	const struct retyping *r = &retypings[k / 2 % NLAYOUTS];
	int swap = r->qwertz == 2 || (r->qwertz == 0 && k % 2 == 1);
	int inside = r->qwertz == -1 && k % 2 == 1;
	struct sdc_buf b = SDC_BUF_INIT;
	size_t i, n, m, lost = 0, yz = 0, kept = 0;
	const char *meant;
	int key;

	if (k == SDC_NAME_RETYPED_OLD_ID)
		return old_indonesian(name);
	if (k >= SDC_NAME_RETYPED_TURKIC && k < SDC_NAME_RETYPINGS)
		return turkic_latin(name, k > SDC_NAME_RETYPED_TURKIC);
	if (k >= SDC_NAME_RETYPED_TELEX && k < SDC_NAME_RETYPINGS)
		return viet_retyped(name, k == SDC_NAME_RETYPED_TELEX + 1);
	if (k >= SDC_NAME_RETYPINGS || (k % 2 == 1 && r->qwertz != 0 &&
	    (r->qwertz != -1 || r->script)))
		return NULL;
	for (i = 0; name[i]; i += n)
		if ((key = lost_key(r, name + i, &n)) >= 0 &&
		    lost_at(r, name, i) && !(inside && (name[i + n] == ' ' ||
		    name[i + n] == '\0'))) {
			meant = key_meant(r, key, &m);
			sdc_buf_add(&b, meant, m);
			lost++;
		} else {
			char c = swap ? swapped(name[i]) : name[i];

			kept += key >= 0 && lost_at(r, name, i);
			yz += c != name[i];
			sdc_buf_addc(&b, c);
			n = 1;
		}
	if ((r->qwertz == 2 ? yz : lost) == 0 || (inside && kept == 0)) {
		sdc_buf_free(&b);
		return NULL;
	}
	return sdc_buf_take(&b);
}

int
sdc_name_retyped_translit(size_t k)
{
	if (k >= SDC_NAME_RETYPED_TELEX || retypings[k / 2].script < 2)
		return -1;
	return retypings[k / 2].script == 3 ? SDC_NAME_TRANSLIT_GREEKLISH :
	    SDC_NAME_TRANSLIT_CYRILLIC;
}

/* Romanisations of one script, as pairs tried in order at each letter of
 * a word (the first that starts there wins), to a key both spellings of
 * a name share: Japanese Hepburn against Kunrei and Nihon-shiki, long
 * vowels written ou, oo, oh or one letter, n written m before b, m, p;
 * Korean Revised against McCune-Reischauer (eo, eu and the voiced and
 * unvoiced stops); Greek ELOT against Greeklish (8 for th, h for eta, w
 * for omega, mp and b for v, nt for d, ks for x); and in a list that
 * writes Greek, ELOT 743 against the phonetic spellings and
 * Greeklish, in two keys more as h is χ in the one (Hristos, Mihail: ch, kh
 * and x for χ; u for ου: "Georgiu", "tu") and η in the other (Greeklish:
 * "dhmotikou", "eirhnh"; u for υ, "sullogos"; 8 for θ, "a8hna", read as
 * th is, t and h), and both: ks, 3 and x for ξ, mp, mb and b for μπ and
 * β, nt and nd for ντ, gk, gg and ng for γκ and γγ, ou u, av af au and
 * ev ef eu for αυ and ευ, ei oi yi ui y and i for the sounds of i, ai e
 * (in the phonetic key: Greeklish writes αη "ah", which ELOT writes ai,
 * Μιχαήλ Michail and "mixahl"), w o, a consonant doubled or not ("Haralabos" is Charalampos, "Kendro"
 * Kentro, "Sholiu" Scholeiou, "3enodoxeio" Xenodocheio; Wikipedia
 * "Romanization of Greek", "Greeklish"); Arabic (ou, oo, o for u; ee for i; e for a:
 * Mohammed and Muhammad); Indian names in the Latin letters of
 * Hindi, Tamil and the rest (shr/sr: Shree and Sri; ee/i and oo/u for a
 * long vowel; ay/ai: Pillay and Pillai; aa/a); Thai, the Royal Thai
 * General System against the older spellings (ph/p, th/t, kh/k for the
 * aspirates, a final and initial consonant written twice or once: tth,
 * tt; v/w, j/ch, oe/er, orn/on: Phatthana and Pattana, Watthana and
 * Vadhana, Prasoet and Prasert); Arabic and West African names in
 * French letters against English ones, at a word's start only (where
 * the two spell one sound apart; inside a word ou and ch are other
 * sounds as often): ch/sh (Cheikh, Sheikh; Chifa, Shifa), ou/w
 * (Ouattara, Wattara; Ouahbi, Wahbi), and the article written el or al
 * as a word of its own (El Nour, Al Nour); Cyrillic, the Ukrainian
 * systems (the national one of 2010, BGN/PCGN, the scholarly ISO 9 kind,
 * the Russian-minded with g for h), the Russian ones (BGN/PCGN, ICAO Doc 9303
 * of the passports, scholarly) and Bulgarian's Streamlined System against
 * each other: shch, sht and sc (the marks stripped) for one letter, sh/s,
 * ch/c, zh/z, kh/x, ts/c, h/g, ye/je/ie/yo/e, y/j/i and the short i's
 * endings (Pryvatnyi, Privatniy; Hryhorovych, Grigorovich; Berehynja,
 * Berehynia); Mandarin in Wade-Giles (Taiwan's names: Hsu, Tsai, Chung,
 * Kaohsiung) and in pinyin (Xu, Cai, Zhong, Gaoxiong): hs/x, ts and tz/z
 * and c, ch/zh, j and q, j/r before a, e, o (Jen is Ren), the aspirates
 * written or not (the apostrophe of Ch'ing is dropped in typing: k/g,
 * t/d, p/b), ung/ong, o/uo (Lo, Luo), ieh/ie, ien/ian, ih/i, uei/ui, a *
 * after a pattern for only before a consonant or at the word's end,
 * where a syllable ends ("Shih" is Shi; "Lihua" is Li and Hua), and the
 * key only of a word that is Mandarin syllables (chinese_key; Wikipedia,
 * "Wade-Giles" and its table of pinyin equivalents); Belarusian against
 * Russian and the Baltic languages written in either (Wikipedia
 * "Belarusian alphabet", "Belarusian Latin alphabet", "Romanization of
 * Belarusian", "Romanization of Russian"): a word's consonants, its
 * vowels after the first letter left out but for its ending's (-iy, -i,
 * -y as i; -aya, -ya, -a as a; -e, -o, -u: Новицкий is no Lithuanian
 * genitive Navicko, a Navickas's business) (akanye and yakanye write
 * Атэль and Рака for Отель and Река; і, и, ы and й, ё, е and э, ю and
 * у, я and а in each system: Navitski, Novitskiy), dz/d and ts/t and c/t
 * (Дзмітрый, Дмитрий; Ціхі, Тихий; Łacinka's c), h/g (Belarusian's г,
 * Гродна's Hrodna), kh/x, zh/z, ch/c, sh/s, shch/s, w/v.  A letter doubled
 * stays two:
 * "Toress" is a slip for Torres, not a spelling.
 * Keys only compare words: the caller tries a key's word only when it
 * is a customer's (layout.c). */
#define TRANSLIT_PAIRS 42	/* pairs of a romanisation, at most */

static const char *const translits[][TRANSLIT_PAIRS][2] = {
	{ { "tsu", "tu" }, { "shi", "si" }, { "chi", "ti" }, { "sh", "sy" },
	  { "ch", "ty" }, { "ji", "zi" }, { "j", "zy" }, { "fu", "hu" },
	  { "ou", "o" }, { "oo", "o" }, { "oh", "o" }, { "uu", "u" },
	  { "aa", "a" }, { "ii", "i" }, { "mb", "nb" }, { "mp", "np" },
	  { "mm", "nm" } },	/* Japanese */
	{ { "eo", "o" }, { "eu", "u" }, { "g", "k" }, { "d", "t" },
	  { "b", "p" }, { "j", "ch" } },	/* Korean */
	{ { "th", "8" }, { "ph", "f" }, { "ch", "x" }, { "ks", "x" },
	  { "mp", "v" }, { "nt", "d" }, { "gk", "g" }, { "gg", "g" },
	  { "ng", "g" }, { "ou", "u" }, { "au", "av" }, { "eu", "ev" },
	  { "ei", "i" }, { "oi", "i" }, { "ui", "i" }, { "ai", "e" },
	  { "y", "i" }, { "h", "i" }, { "w", "o" }, { "b", "v" },
	  { "c", "k" } },	/* Greek */
	{ { "th", "8" }, { "ch", "x" }, { "kh", "x" }, { "ks", "x" },
	  { "3", "x" }, { "ph", "f" }, { "mp", "v" }, { "mb", "v" },
	  { "nt", "d" }, { "nd", "d" }, { "gk", "g" }, { "gg", "g" },
	  { "ng", "g" }, { "ou", "u" }, { "au", "av" }, { "af", "av" },
	  { "eu", "ev" }, { "ef", "ev" }, { "ei", "i" }, { "oi", "i" },
	  { "yi", "i" }, { "ui", "i" }, { "ai", "e" }, { "ll", "l" },
	  { "ss", "s" }, { "rr", "r" }, { "mm", "m" }, { "nn", "n" },
	  { "pp", "p" }, { "tt", "t" }, { "kk", "k" }, { "y", "i" },
	  { "h", "x" }, { "w", "o" }, { "b", "v" }, { "c", "k" } },
							/* Greek, phonetic */
	{ { "ch", "x" }, { "ks", "x" }, { "3", "x" }, { "8", "ti" },
	  { "mp", "v" }, { "mb", "v" }, { "nt", "d" }, { "nd", "d" },
	  { "gk", "g" }, { "gg", "g" }, { "ng", "g" }, { "ou", "u" },
	  { "au", "av" }, { "af", "av" }, { "eu", "ev" }, { "ef", "ev" },
	  { "ei", "i" }, { "oi", "i" }, { "yi", "i" }, { "ui", "i" },
	  { "ll", "l" }, { "ss", "s" }, { "rr", "r" },
	  { "mm", "m" }, { "nn", "n" }, { "pp", "p" }, { "tt", "t" },
	  { "kk", "k" }, { "y", "i" }, { "u", "i" }, { "h", "i" },
	  { "w", "o" }, { "b", "v" }, { "c", "k" } },	/* Greeklish */
	{ { "ou", "u" }, { "oo", "u" }, { "o", "u" }, { "ee", "i" },
	  { "ei", "ai" }, { "ey", "ai" }, { "ay", "ai" }, { "e", "a" } },
	{ { "shr", "sr" }, { "ee", "i" }, { "oo", "u" }, { "ay", "ai" },
	  { "aa", "a" } },	/* Indian */
	{ { "tth", "t" }, { "pph", "p" }, { "kkh", "k" }, { "tt", "t" },
	  { "pp", "p" }, { "kk", "k" }, { "ph", "p" },
	  { "th", "t" }, { "kh", "k" }, { "dh", "t" }, { "mm", "m" },
	  { "v", "w" }, { "j", "ch" }, { "oe", "e" }, { "er", "e" },
	  { "orn", "on" }, { "ay", "ai" } },	/* Thai */
	{ { "^ch", "sh" }, { "^ou", "w" } },	/* French */
	{ { "^el$", "al" } },	/* the Arabic article */
	{ { "shch", "sc" }, { "sht", "sc" }, { "sh", "s" }, { "ch", "c" },
	  { "zh", "z" }, { "kh", "x" }, { "ts", "c" }, { "tz", "c" },
	  { "h", "g" }, { "ye", "e" }, { "je", "e" }, { "ie", "e" },
	  { "yo", "e" }, { "jo", "e" }, { "iy", "i" }, { "ij", "i" },
	  { "ii", "i" }, { "yy", "i" }, { "yi", "i" }, { "yj", "i" },
	  { "ji", "i" }, { "y", "i" }, { "j", "i" } },	/* Cyrillic */
	{ { NULL } },	/* the Arabic article joined: joined_article */
	{ { "shch", "s" }, { "dz", "d" }, { "ts", "t" }, { "kh", "x" },
	  { "zh", "z" }, { "ch", "c" }, { "sh", "s" }, { "h", "g" },
	  { "c", "t" }, { "w", "v" }, { "^a", "a" }, { "^e", "a" },
	  { "^i", "a" }, { "^o", "a" }, { "^u", "a" }, { "^y", "a" },
	  { "^j", "a" }, { "iy$", "i" }, { "ij$", "i" }, { "yy$", "i" },
	  { "ii$", "i" }, { "y$", "i" }, { "i$", "i" }, { "aya$", "a" },
	  { "aja$", "a" }, { "aia$", "a" }, { "ya$", "a" }, { "ja$", "a" },
	  { "ia$", "a" }, { "a$", "a" }, { "e$", "e" }, { "o$", "o" },
	  { "u$", "u" }, { "a", "" }, { "e", "" }, { "i", "" }, { "o", "" },
	  { "u", "" }, { "y", "" }, { "j", "" } },	/* East Slavic, Baltic */
	{ { "hs", "x" }, { "tzu", "zi" }, { "ssu", "si" }, { "szu", "si" },
	  { "tz", "z" }, { "ts", "z" }, { "zh", "j" }, { "ch", "j" },
	  { "q", "j" }, { "c", "z" }, { "jung", "rong" }, { "ja", "ra" },
	  { "je", "re" }, { "jo", "ro" }, { "k", "g" }, { "t", "d" },
	  { "p", "b" }, { "ung", "ong" }, { "uo", "o" }, { "ien", "ian" },
	  { "uei", "ui" }, { "ieh*", "ie" }, { "ueh*", "ue" },
	  { "erh*", "er" }, { "eh*", "e" }, { "ih*", "i" } },	/* Mandarin */
};

#define NTRANSLITS (sizeof(translits) / sizeof(translits[0]))
_Static_assert(SDC_NAME_TRANSLITS == NTRANSLITS, "a key per script");
_Static_assert(SDC_NAME_TRANSLIT_CHINESE == NTRANSLITS - 1, "Chinese's");

/* The romanisations above whose keys only join spellings of one sound
 * (shi or si, a long vowel doubled or not), where a customer's word typed
 * may be another customer's name in the other spelling (Sato typed for
 * Satoh).  Korean's, Greek's, Arabic's and Thai's keys also join letters
 * for two sounds (d and t, b and v, a and e, p and ph), which in
 * Latin-script names tell namesakes apart (Knudsen, Knutsen; Meyer,
 * Maier), as do French's at a word's start in other languages' names
 * (Chen, Shen): their keys read only words no customer has.  The
 * article el or al is one word, one sound.  Cyrillic's key (2) reads a
 * customer's word only in a list that writes the carons of its
 * scholarly system or of Gaj's Latin (Tkačenko, Živković): there s, c
 * and z are š, č and ž with their marks dropped, and a list holds one
 * word in each system (Pryvatnyi for one customer, Privatniy for the
 * next).  No Chinese romanisation writes a caron, and in a list of
 * Chinese names sh/s, ch/c and ts/c join namesakes (Shun and Sun, Cheng
 * and Tseng).  The article joined to its noun is one word, one sound,
 * as the article apart is.  Mandarin's key (13) reads only words no
 * customer has.  The consonants of Belarusian, Russian and the Baltic
 * languages (12, their vowels folded) read anything only in a list that
 * writes Belarusian (3: sdc_name_belarusian), where a name is written in
 * each language and customer words of both are typed for each other; in
 * another list they join namesakes (Meyer, Mayr; Schulze, Scholz).
 * Greek's phonetic and Greeklish keys (3, 4) read anything only in a
 * list that writes Greek (4), and there a customer's word too: there a
 * name is held in Greek, romanised by ELOT 743, beside others the list
 * holds in other spellings ("Diagnostiko Kendro" beside Διαγνωστικό
 * Κέντρο, kentro), and a word typed in one is as often meant in the
 * other; elsewhere Greeklish's u for υ joins another language's names
 * ("Xing" and "Chung" in a Taiwanese list), and the Greek key of ELOT
 * and Greeklish (2) reads words no customer has, as before. */
static const int translit_owns[NTRANSLITS] = { 1, 0, 0, 4, 4, 0, 1, 0, 0, 1, 2, 1, 3, 0 };

int
sdc_name_translit_own(size_t k)
{
	return k < NTRANSLITS ? translit_owns[k] : 0;
}

int
sdc_name_caron(const char *name)
{
	static const char *const carons[] = { "č", "š", "ž", "Č", "Š", "Ž" };
	size_t i;

	for (i = 0; i < sizeof(carons) / sizeof(carons[0]); i++)
		if (strstr(name, carons[i]) != NULL)
			return 1;
	return 0;
}

int
sdc_name_belarusian(const char *name)
{
	/* ў (U+045E) and і (U+0456), small or capital: Uzbek writes the
	 * one, Ukrainian and Kazakh the other, Belarusian both */
	return (strstr(name, "\xd1\x9e") || strstr(name, "\xd0\x8e")) &&
	    (strstr(name, "\xd1\x96") || strstr(name, "\xd0\x86"));
}

/* The romanisations above read in names of any Latin letters: their keys
 * fold no vowel, and French's are typed among French words (Étude de
 * Maître Cheikh Diop); and in any script, the consonants of Belarusian,
 * Russian and the Baltic languages, typed in Cyrillic, Łacinka or the
 * Baltic letters. */
static const int translit_marked[NTRANSLITS] = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 0 };

int
sdc_name_translit_marked(size_t k)
{
	return k < NTRANSLITS && translit_marked[k];
}

int
sdc_name_romanised(const char *word, size_t k)
{
	static const char marks[] = "āēīōūŏŭâêîôû";
	/* ... and the carons of the scholarly romanisation of Cyrillic
	 * (Tkačenko, Medyčnyj) */
	static const char carons[] = "āēīōūŏŭâêîôûčšžČŠŽ";
	size_t i;

	for (i = 0; word[i]; i++)
		if ((unsigned char)word[i] >= 0x80) {
			const char *m = k == SDC_NAME_TRANSLIT_CYRILLIC ?
			    carons : marks;

			while (*m && strncmp(m, word + i, 2) != 0)
				m += 2;
			if (*m == '\0')
				return 0;
			i++;
		}
	return 1;
}

/* The letters of word from i that pattern spells (a ^ before it: only
 * at the word's start; a $ after: only at its end), or 0. */
static size_t
translit_at(const char *word, size_t i, const char *pattern)
{
	size_t n;

	if (*pattern == '^') {
		if (i > 0)
			return 0;
		pattern++;
	}
	if (*pattern != word[i])	/* most letters: asked of each */
		return 0;
	for (n = 1; pattern[n] && pattern[n] != '$' && pattern[n] ==
	    word[i + n]; n++)
		;
	if (pattern[n] == '$')
		return word[i + n] == '\0' ? n : 0;
	if (pattern[n] == '*')
		return word[i + n] == '\0' || !strchr("aeiouy", word[i + n]) ?
		    n : 0;
	return pattern[n] == '\0' ? n : 0;
}

/* Whether some pair of romanisation k starts with byte c (its first
 * letter, after a ^): the others, most of a word's, are kept as they
 * are without trying every pair.  The table is made on first use. */
static int
translit_leads(size_t k, unsigned char c)
{
	static unsigned char lead[NTRANSLITS][256];
	static int made;
	size_t l, j;

	if (!made) {
		for (l = 0; l < NTRANSLITS; l++)
			for (j = 0; j < TRANSLIT_PAIRS && translits[l][j][0];
			    j++) {
				const char *p = translits[l][j][0];

				lead[l][(unsigned char)p[*p == '^']] = 1;
			}
		made = 1;
	}
	return lead[k][c];
}

/* word's letters keyed by romanisation k's pairs. */
static char *
translit_letters(const char *word, size_t k)
{
	const char *const (*t)[2] = translits[k % NTRANSLITS];
	struct sdc_buf b = SDC_BUF_INIT;
	size_t i, j, n;

	for (i = 0; word[i]; i += n) {
		n = 0;
		j = translit_leads(k % NTRANSLITS, (unsigned char)word[i]) ? 0 :
		    TRANSLIT_PAIRS;
		for (; j < TRANSLIT_PAIRS && t[j][0] && n == 0; j++)
			n = translit_at(word, i, t[j][0]);
		if (n > 0)
			sdc_buf_adds(&b, t[j - 1][1]);
		else {
			sdc_buf_addc(&b, word[i]);
			n = 1;
		}
	}
	return sdc_buf_take(&b);
}

/* Mandarin's syllables in pinyin (Wikipedia, "Pinyin table"), ü written
 * u as typed: a word is read as Mandarin only when its key is these
 * syllables' keys run together, so that "Kent" keeps its t. */
static const char zh_pinyin[] =
    "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin "
    "bing bo bu pa pai pan pang pao pei pen peng pi pian piao pie pin ping "
    "po pou pu ma mai man mang mao me mei men meng mi mian miao mie min "
    "ming miu mo mou mu fa fan fang fei fen feng fo fou fu da dai dan dang "
    "dao de dei den deng di dian diao die ding diu dong dou du duan dui "
    "dun duo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu "
    "tuan tui tun tuo na nai nan nang nao ne nei nen neng ni nian niang "
    "niao nie nin ning niu nong nou nu nuan nuo nue la lai lan lang lao le "
    "lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan "
    "lun luo lue ga gai gan gang gao ge gei gen geng gong gou gu gua guai "
    "guan guang gui gun guo ka kai kan kang kao ke kei ken keng kong kou "
    "ku kua kuai kuan kuang kui kun kuo ha hai han hang hao he hei hen heng "
    "hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie "
    "jin jing jiong jiu ju juan jue jun qi qia qian qiang qiao qie qin qing "
    "qiong qiu qu quan que qun xi xia xian xiang xiao xie xin xing xiong "
    "xiu xu xuan xue xun zhi zha zhai zhan zhang zhao zhe zhei zhen zheng "
    "zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo chi cha chai "
    "chan chang chao che chen cheng chong chou chu chua chuai chuan chuang "
    "chui chun chuo shi sha shai shan shang shao she shei shen sheng shou "
    "shu shua shuai shuan shuang shui shun shuo ri ran rang rao re ren reng "
    "rong rou ru rua ruan rui run ruo zi za zai zan zang zao ze zei zen "
    "zeng zong zou zu zuan zui zun zuo ci ca cai can cang cao ce cen ceng "
    "cong cou cu cuan cui cun cuo si sa sai san sang sao se sen seng song "
    "sou su suan sui sun suo ya yan yang yao ye yi yin ying yo yong you yu "
    "yuan yue yun wa wai wan wang wei wen weng wo wu e ei en eng er o ou";

#define ZH_SYLLABLES 420	/* zh_pinyin's, and more */

/* The syllables' keys, sorted, made on first use (static: a table of
 * the program's, not of a run). */
static char zh_keys[ZH_SYLLABLES][SDC_NAME_SYLLABLE + 1];
static size_t zh_nkeys;

static int
zh_cmp(const void *a, const void *b)
{
	return strcmp(a, b);
}

static void
zh_init(void)
{
	char *s, *q, *save = NULL;

	if (zh_nkeys > 0)
		return;
	s = sdc_xstrdup(zh_pinyin);
	for (q = strtok_r(s, " ", &save); q && zh_nkeys < ZH_SYLLABLES;
	    q = strtok_r(NULL, " ", &save)) {
		char *k = translit_letters(q, SDC_NAME_TRANSLIT_CHINESE);

		snprintf(zh_keys[zh_nkeys++], SDC_NAME_SYLLABLE + 1, "%s", k);
		free(k);
	}
	free(s);
	qsort(zh_keys, zh_nkeys, sizeof(*zh_keys), zh_cmp);
}

/* The CJK Unified Ideographs (U+4E00..U+9FFF, the block business names
 * are written in) as toneless pinyin, from config/han-pinyin.json
 * (Unihan's kMandarin, made by config/gen-han-pinyin.py), read on the
 * first Han character met: an index into zh_keys' syllables, 0 for none.
 * A Han name and its pinyin, typed with tones, tone numbers or none, run
 * together or split, are then one name's syllables ("明德" and "Míngdé",
 * "Ming2de2", "Ming De"); the key of a syllable is what the pinyin
 * spellings of it share. */
#define HAN_FIRST 0x4E00
#define HAN_LAST 0x9FFF

static unsigned short han_syl[HAN_LAST - HAN_FIRST + 1];
static char han_syls[ZH_SYLLABLES + 1][SDC_NAME_SYLLABLE + 1];

static void
han_load(void)
{
	static int looked;
	json_object *doc;
	size_t n = 1;

	if (looked)
		return;
	looked = 1;
	doc = sdc_shipped_json("han-pinyin.json", 1UL << 20,
	    "Han is not read as pinyin");
	if (doc == NULL || !json_object_is_type(doc, json_type_object))
		goto out;
	json_object_object_foreach(doc, syl, chars) {
		const char *c = json_object_get_string(chars);
		utf8proc_int32_t cp;
		utf8proc_ssize_t r;

		if (syl[0] == '_' || strlen(syl) > SDC_NAME_SYLLABLE ||
		    n > ZH_SYLLABLES || c == NULL)
			continue;	/* "_source", or no syllable */
		snprintf(han_syls[n], sizeof(*han_syls), "%s", syl);
		for (; *c; c += r) {
			if ((r = utf8proc_iterate((const utf8proc_uint8_t *)c,
			    -1, &cp)) <= 0)
				break;
			if (cp >= HAN_FIRST && cp <= HAN_LAST)
				han_syl[cp - HAN_FIRST] = (unsigned short)n;
		}
		n++;
	}
out:
	json_object_put(doc);
}

static const char *
han_pinyin(utf8proc_int32_t c)
{
	if (c < HAN_FIRST || c > HAN_LAST)
		return NULL;	/* most names: at once */
	han_load();
	return han_syl[c - HAN_FIRST] ? han_syls[han_syl[c - HAN_FIRST]] :
	    NULL;
}

char *
sdc_name_han(const char *name, char **rest)
{
	struct sdc_buf b = SDC_BUF_INIT, o = SDC_BUF_INIT;
	utf8proc_int32_t c;
	utf8proc_ssize_t r;
	const char *syl;
	int run = 0;

	for (; *name; name += r) {
		if ((r = utf8proc_iterate((const utf8proc_uint8_t *)name, -1,
		    &c)) <= 0)
			break;
		if ((syl = han_pinyin(c)) == NULL) {
			sdc_buf_add(&o, name, (size_t)r);
			run = 0;
			continue;
		}
		sdc_buf_addc(&o, ' ');
		if (b.len > 0)
			sdc_buf_adds(&b, run ? " " : " , ");
		sdc_buf_adds(&b, syl);
		run = 1;
	}
	if (rest != NULL && b.len > 0)
		*rest = sdc_buf_take(&o);
	sdc_buf_free(&o);
	return b.len > 0 ? sdc_buf_take(&b) : (sdc_buf_free(&b), NULL);
}

int
sdc_name_syllable(const char *s, size_t n)
{
	char piece[SDC_NAME_SYLLABLE + 1];

	zh_init();
	if (n == 0 || n > SDC_NAME_SYLLABLE)
		return 0;
	memcpy(piece, s, n);
	piece[n] = '\0';
	return bsearch(piece, zh_keys, zh_nkeys, sizeof(*zh_keys), zh_cmp) !=
	    NULL;
}

size_t
sdc_name_syllables(const char *key)
{
	size_t n = strlen(key), best[64], i, j;

	if (n == 0 || n >= 64)
		return 0;
	best[0] = 0;
	for (i = 1; i <= n; i++)
		for (best[i] = 0, j = i > SDC_NAME_SYLLABLE ? i -
		    SDC_NAME_SYLLABLE : 0; j < i; j++)
			if ((j == 0 || best[j] > 0) && (best[i] == 0 ||
			    best[j] + 1 < best[i]) && sdc_name_syllable(key + j,
			    i - j))
				best[i] = best[j] + 1;
	return best[n];
}

/* The Mandarin key of word, or word itself when it is no run of
 * Mandarin syllables. */
static char *
chinese_key(const char *word)
{
	char *k = translit_letters(word, SDC_NAME_TRANSLIT_CHINESE);

	if (sdc_name_syllables(k) == 0) {
		free(k);
		return sdc_xstrdup(word);
	}
	return k;
}

/* The letters before s[i] (back to a non-letter; "u:" is ü) are one
 * Mandarin syllable. */
static int
one_syllable(const char *s, size_t i)
{
	char piece[SDC_NAME_SYLLABLE + 1], *k;
	size_t start = i, n = 0;
	int one;

	while (start > 0 && (isalpha((unsigned char)s[start - 1]) ||
	    (s[start - 1] == ':' && start > 1 && s[start - 2] == 'u')))
		start--;
	for (; start < i && n < SDC_NAME_SYLLABLE; start++)
		if (s[start] != ':')
			piece[n++] = (char)tolower((unsigned char)s[start]);
	if (start < i || n == 0)
		return 0;
	piece[n] = '\0';
	k = chinese_key(piece);
	one = sdc_name_syllables(k) == 1;
	free(k);
	return one;
}

#define TONES_MAX 32	/* tone numbers read in a name, at most */

/* Pinyin typed with tone numbers, as keyboards without tone marks write
 * it ("Bei3jing1 Lu:4shi1", the convention of CC-CEDICT and of Unicode's
 * Unihan kHanyuPinlu): a digit 1 to 5 after letters that are one
 * syllable goes, and the colon of "u:" (ü) too, when the name has two
 * such syllables at least ("Unit 5", "Route66", "Bo1 Bar" keep theirs).
 * In place: the name only shrinks. */
static void
tone_numbers(char *s)
{
	size_t at[TONES_MAX], n = 0, i, j, o;

	if (s[0] == '\0')	/* an empty word: s[1] is past its end */
		return;
	for (i = 1; s[i] && n < TONES_MAX; i++)
		if (s[i] >= '1' && s[i] <= '5' && isalpha((unsigned char)
		    s[i - 1] == ':' ? 'u' : s[i - 1]) &&
		    !isdigit((unsigned char)s[i + 1]) && one_syllable(s, i))
			at[n++] = i;
	if (n < 2)
		return;
	for (i = 0, j = 0, o = 0; s[i]; i++) {
		if (j < n && at[j] == i) {
			j++;
			continue;
		}
		if (s[i] == ':' && i > 0 && s[i - 1] == 'u' && j < n &&
		    at[j] == i + 1)
			continue;
		s[o++] = s[i];
	}
	s[o] = '\0';
}

/* The key of a word that may be a noun with the Arabic article joined
 * to it, as a list romanising Arabic writes it as often as apart
 * (Wikipedia, "Arabic definite article", "Sun and moon letters"): the
 * noun.  al or el joined (Elshifa, Alamal: Al Shifa, Al Amal), or the
 * article assimilated to a sun letter, its consonant written twice
 * (Essaada, Ennour, Ettaqwa, Arrayan; Eshshorouk, Aththiqa: As-Saada,
 * An-Nour, Ash-Shorouk); the noun left of three letters or more.  The
 * noun of a word with neither is the word. */
static char *
joined_article(const char *w)
{
	size_t cut = 0;

	if (w[0] == 'a' || w[0] == 'e') {
		if (w[1] == 'l')
			cut = 2;
		else if (w[1] != '\0' && w[2] == 'h' && strchr("sdt", w[1]) &&
		    strncmp(w + 1, w + 3, 2) == 0)
			cut = 3;	/* eshsh, aththiqa, adhdh */
		else if (w[1] != '\0' && strchr("tdrzsn", w[1]) && w[2] == w[1])
			cut = 2;
	}
	if (cut > 0 && strlen(w + cut) < 3)
		cut = 0;
	return sdc_xstrdup(w + cut);
}

char *
sdc_name_translit(const char *word, size_t k)
{
	if (k % NTRANSLITS == SDC_NAME_TRANSLIT_JOINED)
		return joined_article(word);
	return k % NTRANSLITS == SDC_NAME_TRANSLIT_CHINESE ?
	    chinese_key(word) : translit_letters(word, k);
}

char *
sdc_name_zh_key(const char *words)
{
	char *w = sdc_xstrdup(words), *q, *save = NULL;
	struct sdc_buf b = SDC_BUF_INIT;

	for (q = strtok_r(w, " ", &save); q; q = strtok_r(NULL, " ", &save)) {
		char *k = chinese_key(q);

		sdc_buf_adds(&b, k);
		free(k);
	}
	free(w);
	sdc_buf_addc(&b, '\0');
	return sdc_buf_take(&b);
}

/* Numbers by their place in a name: a tag (one to three digits in
 * brackets, "(87)", or after a dash that ends the name, "- 83": a
 * French department, a canton, a district) or a long number (seven
 * digits or more, in groups of three or more set apart by a space or a
 * dot: "SIREN 623 646 189", a registry's), leading zeros left off. */
#define PLACED_MAX 8
struct placed {
	size_t n;
	char tag[PLACED_MAX];	/* 1 a tag, 0 a long number */
	char d[PLACED_MAX][24];
};

/* The digits at p (a run's start in s) end the name after a dash. */
static int
dash_tag(const char *s, const char *p, const char *end)
{
	end += strspn(end, " ");
	while (p > s && p[-1] == ' ')
		p--;
	if (*end || p == s)
		return 0;
	if (p[-1] == '-')
		p--;
	else if (p - s >= 3 && memcmp(p - 3, "\xe2\x80\x93", 3) == 0)
		p -= 3;	/* an en dash */
	else
		return 0;
	return p > s && p[-1] == ' ';
}

static void
placed_add(struct placed *pl, int tag, const char *d, size_t len)
{
	while (len > 1 && *d == '0') {
		d++;
		len--;
	}
	if (pl->n < PLACED_MAX && len < sizeof(pl->d[0])) {
		memcpy(pl->d[pl->n], d, len);
		pl->d[pl->n][len] = '\0';
		pl->tag[pl->n++] = (char)tag;
	}
}

static void
placed_of(const char *s, struct placed *pl)
{
	char d[24];
	const char *p = s, *q;
	size_t len, g;

	for (pl->n = 0; *(p += strcspn(p, "0123456789"));) {
		q = p + (len = strspn(p, "0123456789"));
		if (len < sizeof(d))
			memcpy(d, p, len);
		while ((*q == ' ' || *q == '.') && (g = strspn(q + 1,
		    "0123456789")) >= 3 && len + g < sizeof(d)) {
			memcpy(d + len, q + 1, g);	/* "623 646 189" */
			len += g;
			q += g + 1;
		}
		if (len >= 7 && len < sizeof(d))
			placed_add(pl, 0, d, len);
		else if (len <= 3 && ((p > s && p[-1] == '(' && *q == ')') ||
		    dash_tag(s, p, q)))
			placed_add(pl, 1, p, len);
		p = q;
	}
}

/* The digits num are a run of digits of s, leading zeros left off. */
static int
run_of(const char *s, const char *num)
{
	const char *p = s;
	size_t len, n = strlen(num);

	while (*(p += strcspn(p, "0123456789"))) {
		len = strspn(p, "0123456789");
		while (len > 1 && *p == '0') {
			p++;
			len--;
		}
		if (len == n && memcmp(p, num, n) == 0)
			return 1;
		p += len;
	}
	return 0;
}

/* The long numbers a and b are one: one begins the other (a SIRET
 * typed for its SIREN, a number cut short), or one digit slipped or two
 * swapped. */
static int
long_fits(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, off = 0, at = 0;

	if (strncmp(a, b, la < lb ? la : lb) == 0)
		return 1;
	if (la != lb)
		return 0;
	for (i = 0; i < la; i++)
		if (a[i] != b[i] && off++ == 0)
			at = i;
	return off == 1 || (off == 2 && at + 1 < la && a[at] == b[at + 1] &&
	    a[at + 1] == b[at] && strcmp(a + at + 2, b + at + 2) == 0);
}

/* A number typed in the place where the customer's name holds one, not
 * its: a tag the name holds nowhere ("Mairie de Saint-Denis (11)" for
 * the one of (93)), or a long number no long number of the name fits
 * (long_fits).  The number typed into num, or 0. */
int
sdc_name_number_other(const char *typed, const char *name, char *num,
    size_t size)
{
	struct placed t, c;
	size_t i, j;
	int tags = 0, longs = 0, fit;

	placed_of(typed, &t);
	placed_of(name, &c);
	for (j = 0; j < c.n; j++)
		c.tag[j] ? tags++ : longs++;
	for (i = 0; i < t.n; i++) {
		if (t.tag[i])
			fit = !tags || run_of(name, t.d[i]);
		else
			for (fit = !longs, j = 0; j < c.n && !fit; j++)
				fit = !c.tag[j] && long_fits(t.d[i], c.d[j]);
		if (!fit) {
			snprintf(num, size, "%s", t.d[i]);
			return 1;
		}
	}
	return 0;
}
