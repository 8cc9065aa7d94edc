#!/usr/bin/env python3
# gen-link-blind16.py NCUST NNAMES SEED OUTDIR - the sixteenth held-out
# link benchmark (session 13): an MSP for Cyrillic-script Eastern Europe,
# the Caucasus and Central Asia, one Syncro account and one ScreenConnect,
# desks in Kyiv (KYV: Ukraine, Moldova), Sofia (SOF: Bulgaria, Serbia,
# North Macedonia) and Tbilisi (TBS: Georgia, Armenia, Kazakhstan,
# Uzbekistan).  Customers: medical and dental practices, pharmacies,
# notaries and advocates (persons), accountants and audit firms, logistics
# and freight forwarders, hotels and guest houses, IT outsourcers, wineries,
# schools and kindergartens (numbered), municipalities (hromada, obshtina,
# opstina, primaria, municipality, community, akimat, hokimlik), trading
# companies, franchisees and sole traders (FOP, ET, PR, II, I/E, IE, IP,
# YaTT: a person's name).  Ids 26000000 up; contacts and assets 46000000 up.
# Python stdlib only; deterministic for a seed.
#
# Outputs, as gen-link-blind14.py's (screenconnect_record.write_desk_set):
# customers.json (id, business_name, Syncro's address, address_2, city,
# state, zip, contacts, assets), names.tsv (typed TAB true id or "" for an
# impostor TAB kind TAB machine), sessions.jsonl, sessions-machine.jsonl.
#
# How a name is held: every name is built from native-script words
# (Ukrainian, Russian/Kazakh, Bulgarian, Serbian, Macedonian Cyrillic,
# Georgian Mkhedruli, Armenian; Romanian and Uzbek are Latin) and
# romanised by one system per customer for Syncro, and by another, or by a
# technician's habit, when typed.  Where each habit comes from (public
# sources, known to the author; Wikipedia articles named by title):
#  - Ukrainian: the national system of 2010 (Cabinet of Ministers
#    Resolution 55 of 27 Jan 2010: h for g, kh, ts, zh, shch, ie/ye, ia/ya,
#    iu/yu by position), BGN/PCGN 1965, the scholarly system (ISO 9 /
#    "Scientific transliteration of Cyrillic": c, ch for x, zh as z-caron),
#    and the Russian-minded spelling of old Soviet/Russian passports (g for
#    h: Vega/Veha, Hryhorii/Grigorii) ("Romanization of Ukrainian").
#  - Russian (Kazakhstan): BGN/PCGN 1947, the ICAO Doc 9303 table of
#    Russian passports since 2013 (ia, iu, i for short i, ie for the hard
#    sign), scholarly; Kazakh letters as the 2021 Kazakh Latin alphabet
#    (a-umlaut, q, g-breve) or plain ("Romanization of Russian",
#    "Kazakh alphabets").
#  - Bulgarian: the Streamlined System (Transliteration Act, State Gazette
#    19/2009: sht, a for the hard sign, final -ia), BGN/PCGN before 2013
#    (kh, u for the hard sign), scholarly; chat Latin "shlyokavitsa" from
#    the phonetic keyboard (q for ya, 4 for ch, 6 for sh, 6t for sht, w)
#    ("Romanization of Bulgarian", "Shlyokavitsa").
#  - Serbian: Cyrillic and Gaj's Latin are twins letter for letter; without
#    diacritics d-stroke becomes dj or d, c-acute/c-caron c, s-caron s
#    ("Gaj's Latin alphabet", "Serbian Cyrillic alphabet"); English-minded
#    ch/sh/zh.
#  - Macedonian: the government system of 2008 (gj, kj, zh, ch, sh, dz),
#    scholarly (g-acute, k-acute, carons) ("Romanization of Macedonian").
#  - Georgian: the national system of 2002 (k', p', t', ts', ch', q' for
#    ejectives, usually typed without the apostrophes), Russian-mediated
#    spellings (k for q, g for gh, dzh), and the Georgian keyboard's Latin
#    keys (q for k-aspirate, x for kh, w for ts', y for q', capitals T R S
#    C Z J W), which is how Georgian is chatted in Latin ("Romanization of
#    Georgian", "Georgian keyboard layout").
#  - Armenian: BGN/PCGN 1981 (ye-, vo-, t', ch', ts'), the same without
#    apostrophes, the diaspora's French-minded -ian/ou/tch/dj
#    (Aznavourian), chat Latin (x, c, w, 4), Hubschmann-Meillet scholarly
#    ("Romanization of Armenian").
#  - Uzbek: the Latin alphabet of 1995 with o-turned-comma and g-turned-
#    comma typed as o' o` o' or bare, and Russian-mediated kh/dj/-ev
#    spellings ("Uzbek alphabet").  Romanian (Moldova): s/t comma-below
#    typed as cedilla (legacy code pages) or dropped, i-circumflex against
#    a-circumflex (the 1993 reform) ("Romanian alphabet", "S-comma").
#  - Keyboards: a Cyrillic name typed with the Latin layout on (the same
#    keys: "Hjvfirf" for Romashka), a Latin name typed on the Ukrainian/
#    Russian JCUKEN layout ("Кщьфырлф"); Bulgarian on its phonetic layout
#    ("JCUKEN", "Bulgarian phonetic keyboard"; Yandex's Punto Switcher
#    exists to undo this).  Cyrillic homoglyphs a e o p c x i y in Latin
#    words (Unicode TR#39 confusables).  One slip a row (Damerau 1964: most
#    misspellings are one insertion, deletion, substitution or swap).
#  - Legal forms (Wikipedia "List of legal entity types by country" and
#    each country's company law): Ukraine TOV (LLC; TOB is the same
#    Cyrillic letters read as Latin), PP, FOP (sole trader, "FOP Ivanenko
#    I.P.", old SPD), PrAT/PJSC; Bulgaria OOD, EOOD, AD, EAD, ET (ET
#    "Name Surname"); Serbia d.o.o., a.d., preduzetnik (APR's "PR" in the
#    trade name); North Macedonia DOOEL, DOO; Moldova SRL, II (Intreprindere
#    Individuala); Georgia shps (LLC), ss (JSC), i/m (I/E); Armenia SPY
#    (LLC), PBY (CJSC), A/Dz (IE); Kazakhstan TOO (LLP), AO (JSC), IP;
#    Uzbekistan MChJ / OOO / LLC, AJ (JSC), YaTT.  Quotes around the
#    trade name: "" as typed, the Russian/Ukrainian guillemets and the
#    Bulgarian low-high quotes of their official spelling.
#  - Machines: Windows 10's DESKTOP-/LAPTOP- plus seven characters,
#    Russian Windows 7's localised "NAME-ПК", role names shared by many
#    customers (BUH for the accountant's PC, KASA for the till, RECEPTION),
#    MSP prefixes per customer.
#
# Kinds (a row is real about 3 in 4; KINDS below has the shares): exact,
# translit (another system), chat (informal letters), legal (form dropped,
# moved, swapped, TOB), quotes, person (sole traders' initials and order),
# homoglyph, layout (Cyrillic typed with the Latin layout on), script
# (typed in Cyrillic/Georgian/Armenian, or a Latin name on JCUKEN - the
# audit cannot read these: kept to 10 in 1,000; impostors so typed to
# 2 in 1,000), diacritics, truncated, reordered, acronym, and
# (connectors), number (No./N/#/br./nr.), site (district or town of the
# customer's own site), english (sector word in English), typo, contact
# (a contact's first name and the name), mixed (two habits).  Impostors: same surname, rare word, namesake (same trade
# word in another town, typed as its own name), unlisted, personal,
# generic, internal.  Every row is drawn again while label-audit.py
# (screenconnect_record.label_audit) doubts it by any of its six rules,
# except the script rows within their budget (the audit reads Latin only);
# an impostor also while one customer's words hold all of its words less
# number marks ("Litsei 24" for "Litsei No 24 Irpin"), or while in the
# native script a customer's words hold all of its words or are them less
# one or two (another romanisation of a listed name, or its site: the audit
# reads Latin only).  Customers are unique by the audit's key and by their
# native words.  A real row whose kind cannot apply to 40 customers in a
# row becomes "translit".
import itertools
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import screenconnect_record as scr  # noqa: E402


# ---- transliteration ------------------------------------------------------

def T(spec, base=None):
	"""A table from "k=v k=v ..." (v may be empty); ^k is word-initial,
	k$ word-final."""
	d = dict(base or {})
	for item in spec.split():
		k, v = item.split("=", 1)
		d[k] = v
	return d


UK0 = T("а=a б=b в=v д=d е=e з=z и=y і=i к=k л=l м=m н=n о=o п=p р=r с=s "
	"т=t у=u ф=f '= ’= ʼ=")
UK = {
	"nat": T("г=h ґ=g є=ie ^є=ye ж=zh ї=i ^ї=yi й=i ^й=y х=kh ц=ts ч=ch "
		"ш=sh щ=shch ь= ю=iu ^ю=yu я=ia ^я=ya зг=zgh", UK0),
	"bgn": T("г=h ґ=g є=ye ж=zh ї=yi й=y х=kh ц=ts ч=ch ш=sh щ=shch ь= "
		"ю=yu я=ya", UK0),
	"sch": T("г=h ґ=g є=je ж=ž ї=ji й=j х=ch ц=c ч=č ш=š щ=šč ь= ю=ju "
		"я=ja", UK0),
	"ru": T("г=g ґ=g є=ye ж=zh ї=yi й=y х=kh ц=ts ч=ch ш=sh щ=shch ь= "
		"ю=yu я=ya и=i", UK0),
}
RU0 = T("а=a б=b в=v г=g д=d з=z и=i к=k л=l м=m н=n о=o п=p р=r с=s т=t "
	"у=u ф=f ы=y э=e ъ= ь=")
RU = {
	"bgn": T("е=e ^е=ye ё=yo ж=zh й=y х=kh ц=ts ч=ch ш=sh щ=shch ю=yu я=ya "
		"ә=a і=i ң=ng ғ=gh қ=k ө=o ұ=u ү=u һ=h", RU0),
	"icao": T("е=e ё=e ж=zh й=i х=kh ц=ts ч=ch ш=sh щ=shch ъ=ie ю=iu я=ia "
		"ә=a і=i ң=n ғ=g қ=k ө=o ұ=u ү=u һ=h", RU0),
	"kzl": T("е=e ё=io ж=j й=i х=h ц=ts ч=ch ш=sh щ=shch ю=iu я=ia ә=ä "
		"і=ı ң=ñ ғ=ğ қ=q ө=ö ұ=ū ү=ü һ=h", RU0),
	"sch": T("е=e ё=ë ж=ž й=j х=x ц=c ч=č ш=š щ=šč ю=ju я=ja ә=ä і=i "
		"ң=ń ғ=ğ қ=q ө=ö ұ=u ү=ü һ=h", RU0),
}
BG0 = T("а=a б=b в=v г=g д=d е=e з=z и=i к=k л=l м=m н=n о=o п=p р=r с=s "
	"т=t у=u ф=f")
BG = {
	"str": T("ж=zh й=y х=h ц=ts ч=ch ш=sh щ=sht ъ=a ь=y ю=yu я=ya ия$=ia",
		BG0),
	"bgn": T("ж=zh й=y х=kh ц=ts ч=ch ш=sh щ=sht ъ=u ь= ю=yu я=ya", BG0),
	"sch": T("ж=ž й=j х=h ц=c ч=č ш=š щ=št ъ=ă ь= ю=ju я=ja", BG0),
}
SR0 = T("а=a б=b в=v г=g д=d е=e з=z и=i ј=j к=k л=l љ=lj м=m н=n њ=nj "
	"о=o п=p р=r с=s т=t у=u ф=f х=h ц=c")
SR = {
	"gaj": T("ђ=đ ж=ž ћ=ć ч=č џ=dž ш=š", SR0),
	"dj": T("ђ=dj ж=z ћ=c ч=c џ=dz ш=s", SR0),
	"bare": T("ђ=d ж=z ћ=c ч=c џ=dz ш=s", SR0),
	"eng": T("ђ=dj ж=zh ћ=ch ч=ch џ=dzh ш=sh ц=ts", SR0),
}
MK0 = T("а=a б=b в=v г=g д=d е=e з=z и=i ј=j к=k л=l љ=lj м=m н=n њ=nj "
	"о=o п=p р=r с=s т=t у=u ф=f х=h ц=c ѕ=dz")
MK = {
	"gov": T("ѓ=gj ж=zh ќ=kj ч=ch џ=dj ш=sh", MK0),
	"sch": T("ѓ=ǵ ж=ž ќ=ḱ ч=č џ=dž ш=š", MK0),
	"bare": T("ѓ=g ж=z ќ=k ч=c џ=dz ш=s", MK0),
}
KA0 = T("ა=a ბ=b გ=g დ=d ე=e ვ=v ზ=z ი=i ლ=l მ=m ნ=n ო=o რ=r ს=s უ=u "
	"ჰ=h")
KA = {
	"nat": T("თ=t კ=k' პ=p' ტ=t' ფ=p ქ=k ღ=gh ყ=q' შ=sh ჩ=ch ც=ts ძ=dz "
		"წ=ts' ჭ=ch' ხ=kh ჯ=j ჟ=zh", KA0),
	"plain": T("თ=t კ=k პ=p ტ=t ფ=p ქ=k ღ=gh ყ=q შ=sh ჩ=ch ც=ts ძ=dz "
		"წ=ts ჭ=ch ხ=kh ჯ=j ჟ=zh", KA0),
	"ru": T("თ=t კ=k პ=p ტ=t ფ=p ქ=k ღ=g ყ=k შ=sh ჩ=ch ც=ts ძ=dz წ=ts "
		"ჭ=ch ხ=kh ჯ=dzh ჟ=zh", KA0),
	"kbd": T("თ=T კ=k პ=p ტ=t ფ=f ქ=q ღ=R ყ=y შ=S ჩ=C ც=c ძ=Z წ=w ჭ=W "
		"ხ=x ჯ=j ჟ=J", KA0),
}
HY0 = T("ա=a բ=b գ=g դ=d զ=z է=e ի=i լ=l կ=k հ=h մ=m յ=y ն=n պ=p ռ=r ս=s "
	"վ=v տ=t ր=r օ=o ֆ=f ու=u")
HY = {
	"bgn": T("ե=e ^ե=ye ը=y թ=t' ժ=zh խ=kh ծ=ts ձ=dz ղ=gh ճ=ch ո=o ^ո=vo "
		"չ=ch' ջ=j ց=ts' փ=p' ք=k' և=ev ^և=yev", HY0),
	"plain": T("ե=e ^ե=ye ը=y թ=t ժ=zh խ=kh ծ=ts ձ=dz ղ=gh ճ=ch ո=o ^ո=vo "
		"չ=ch ջ=j ց=ts փ=p ք=k և=ev ^և=yev", HY0),
	"fr": T("ե=e ^ե=ye ը=e թ=t ժ=j խ=kh ծ=dz ձ=dz ղ=gh ճ=tch ո=o ^ո=vo "
		"չ=tch ջ=dj ց=ts փ=p ք=k և=ev յան$=ian ու=ou", HY0),
	"chat": T("ե=e ը=@ թ=t ժ=j խ=x ծ=c ձ=dz ղ=x ճ=4 ո=o ^ո=vo չ=4 ջ=j "
		"ց=c փ=p ք=q և=ev շ=w", HY0),
	"sch": T("ե=e ը=ə թ=t‘ ժ=ž խ=x ծ=c ձ=j ղ=ł ճ=č ո=o չ=č‘ ջ=ǰ ց=c‘ "
		"փ=p‘ ք=k‘ և=ew", HY0),
}
for _t in HY.values():
	_t.setdefault("շ", "sh")
HY["sch"]["շ"] = "š"


def tr(word, table):
	"""word romanised by table, keeping a capital first letter (or all
	capitals) of the source."""
	out, i, low, n = [], 0, word.lower(), len(word)
	while i < n:
		start = i == 0 or not low[i - 1].isalpha()
		for ln in (3, 2, 1):
			seg = low[i:i + ln]
			if len(seg) < ln:
				continue
			end = i + ln == n or not low[i + ln].isalpha()
			if end and seg + "$" in table:
				rep = table[seg + "$"]
				break
			if start and "^" + seg in table:
				rep = table["^" + seg]
				break
			if seg in table:
				rep = table[seg]
				break
		else:
			rep, ln = word[i], 1
		src = word[i:i + ln]
		if rep and src[:1] != src[:1].lower():
			rep = rep.upper() if word.isupper() and n > 1 and \
				len(src) < n else rep[:1].upper() + rep[1:]
		out.append(rep)
		i += ln
	return "".join(out)


def uz_form(s, style):
	"""Uzbek Latin in a typing style: off (official o-turned-comma),
	apos ('), tick (`), bare, ru (Russian-mediated kh/dj/-ev)."""
	if style == "off":
		return s
	q = {"apos": "'", "tick": "`", "bare": "", "ru": "", "rsq": "’"}[style]
	s = s.replace("ʻ", q)
	if style == "ru":
		s = re.sub(r"X", "Kh", s)
		s = re.sub(r"x", "kh", s)
		s = s.replace("Q", "K").replace("q", "k").replace("yev", "ev")
		s = re.sub(r"(^|\s)J", r"\1Dj", s)
		s = s.replace("o'", "u").replace("O'", "U")
	return s


RO_BARE = str.maketrans("șțşţăâîȘȚŞŢĂÂÎ", "ststaaiSTSTAAI")
RO_CED = str.maketrans("șțȘȚ", "şţŞŢ")


def ro_form(s, style):
	if style == "off":
		return s
	if style == "ced":
		return s.translate(RO_CED)
	if style == "bare":
		return s.translate(RO_BARE)
	return s.replace("î", "â") if style == "hat" else s


LANGSYS = {"uk": UK, "ru": RU, "bg": BG, "sr": SR, "mk": MK, "ka": KA,
	"hy": HY}
UZSYS = ("off", "apos", "tick", "bare", "ru", "rsq")
ROSYS = ("off", "ced", "bare", "hat")


def render_word(text, lang, sysname):
	if lang in LANGSYS:
		if sysname == "native":
			return text
		tab = sysname if isinstance(sysname, dict) else \
			LANGSYS[lang][sysname]
		out = " ".join(tr(w, tab) for w in text.split(" "))
		if lang in ("ka",) and sysname != "kbd":
			out = " ".join(w if w == "da" else w[:1].upper() + w[1:]
				for w in out.split(" "))
		return out
	if lang == "uz":
		return uz_form(text, sysname)
	if lang == "ro":
		return ro_form(text, sysname)
	return text


# Stored systems per language and their weights (what a Syncro admin
# types in from a registry extract or a business card).
STORE = {"uk": (("nat", 5), ("bgn", 2), ("ru", 2), ("sch", 1)),
	"ru": (("bgn", 4), ("icao", 4), ("kzl", 1), ("sch", 1)),
	"bg": (("str", 7), ("bgn", 2), ("sch", 1)),
	"sr": (("gaj", 6), ("dj", 3), ("bare", 1)),
	"mk": (("gov", 7), ("sch", 1), ("bare", 2)),
	"ka": (("plain", 6), ("nat", 2), ("ru", 2)),
	"hy": (("plain", 5), ("bgn", 2), ("fr", 2), ("sch", 1)),
	"uz": (("off", 3), ("apos", 5), ("ru", 2)),
	"ro": (("off", 5), ("ced", 2), ("bare", 3))}
# Typed systems: another system; chat habits are the "chat" kind.
TYPED = {"uk": ("nat", "bgn", "ru", "sch"), "ru": ("bgn", "icao", "kzl"),
	"bg": ("str", "bgn"), "sr": ("gaj", "dj", "bare", "eng"),
	"mk": ("gov", "bare"), "ka": ("plain", "nat", "ru"),
	"hy": ("plain", "bgn", "fr"), "uz": ("off", "apos", "tick", "bare",
	"ru", "rsq"), "ro": ("off", "ced", "bare", "hat")}


def wpick(rng, pairs):
	return rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


# Chat habits: per letter group alternatives a technician picks from.
CHAT = {"uk": T("г=h ж=zh ї=i й=y х=h ц=c ч=ch ш=sh щ=sch ь= ю=yu я=ya "
		"є=e и=y", UK0),
	"ru": T("е=e ж=zh й=y х=h ц=c ч=ch ш=sh щ=sch ю=yu я=ya ә=a і=i ң=n "
		"ғ=g қ=k ө=o ұ=u ү=u һ=h", RU0),
	"bg": T("ж=j й=i х=h ц=c ч=ch ш=sh щ=sht ъ=y ь= ю=iu я=q", BG0),
	"sr": T("ђ=dj ж=z ћ=c ч=c џ=dz ш=s", SR0),
	"mk": T("ѓ=gj ж=z ќ=k ч=c џ=dz ш=s", MK0)}
CHAT_ALT = {"х": ("h", "x", "kh"), "ж": ("zh", "j", "z"), "ц": ("c", "ts"),
	"ч": ("ch", "4"), "ш": ("sh", "w", "6"), "щ": ("sch", "shch", "w",
	"sht", "6t"), "ю": ("yu", "iu", "ju"), "я": ("ya", "ia", "ja", "q"),
	"й": ("y", "i", "j"), "и": ("y", "i"), "є": ("ye", "ie", "je", "e"),
	"ъ": ("y", "u", "a", "")}


def chat_table(rng, lang):
	t = dict(CHAT[lang])
	for k, alts in CHAT_ALT.items():
		if k in t and rng.random() < 0.5:
			a = rng.choice(alts)
			if a in ("q", "6", "6t") and lang != "bg":
				continue
			if a in ("w",) and lang == "bg" and k == "ш":
				a = "sh"
			t[k] = a
	return t


# ---- keyboards -------------------------------------------------------------

QW = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`"
JC_UK = "йцукенгшщзхїфівапролджєячсмитьбю'"
JC_RU = "йцукенгшщзхъфывапролджэячсмитьбюё"
BG_PH = "явертъуиопшщасдфгхйкл;'зьцжбнм,.ч"
LAYOUT = {"uk": JC_UK, "ru": JC_RU, "bg": BG_PH}


def to_latin_keys(text, lang):
	"""Native Cyrillic typed with the Latin layout on."""
	cyr = LAYOUT[lang]
	m = {c: q for c, q in zip(cyr, QW)}
	out = []
	for ch in text:
		lo = ch.lower()
		k = m.get(lo)
		if k is None:
			out.append(ch)
		else:
			out.append(k.upper() if ch != lo and k.isalpha() else k)
	return "".join(out)


def to_cyr_keys(text, lang):
	"""A Latin name typed on JCUKEN (Ukrainian or Russian)."""
	cyr = LAYOUT["uk" if lang == "uk" else "ru"]
	m = {q: c for q, c in zip(QW, cyr)}
	out = []
	for ch in text:
		lo = ch.lower()
		k = m.get(lo)
		if k is None or not lo.isalpha():
			out.append(ch)
		else:
			out.append(k.upper() if ch != lo else k)
	return "".join(out)


HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х",
	"i": "і", "y": "у", "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М",
	"H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х"}
NEAR = {}
for _row in ("qwertyuiop", "asdfghjkl", "zxcvbnm"):
	for _i, _c in enumerate(_row):
		NEAR[_c] = (_row[_i - 1] if _i else "") + _row[_i + 1:_i + 2]


# ---- the region ------------------------------------------------------------
# Legal forms: key -> (native spelling, Latin spellings as registries and
# people write them, English).
FORMS = {
	"tov": ("ТОВ", ("TOV", "TOV", "TOB", "LLC"), "LLC"),
	"pp": ("ПП", ("PP", "PP", "PE"), "PE"),
	"fop": ("ФОП", ("FOP", "FOP", "FOP", "SPD", "PE"), "PE"),
	"prat": ("ПрАТ", ("PrAT", "PRAT", "PJSC"), "PJSC"),
	"ood": ("ООД", ("OOD", "OOD", "Ltd"), "Ltd"),
	"eood": ("ЕООД", ("EOOD", "EOOD", "Ltd"), "Ltd"),
	"ad": ("АД", ("AD", "AD", "JSC"), "JSC"),
	"ead": ("ЕАД", ("EAD", "EAD", "JSC"), "JSC"),
	"et": ("ЕТ", ("ET", "ET", "SP"), "SP"),
	"doo": ("д.о.о.", ("d.o.o.", "doo", "DOO", "d.o.o"), "LLC"),
	"sad": ("а.д.", ("a.d.", "AD", "ad"), "JSC"),
	"pr": ("ПР", ("PR", "PR", "preduzetnik"), "PR"),
	"dooel": ("ДООЕЛ", ("DOOEL", "DOOEL", "dooel", "DOO EL"), "LLC"),
	"mdoo": ("ДОО", ("DOO", "DOO", "doo"), "LLC"),
	"srl": ("SRL", ("SRL", "S.R.L.", "SRL", "srl"), "LLC"),
	"ii": ("ÎI", ("II", "Î.I.", "I.I.", "ÎI"), "IE"),
	"shps": ("შპს", ("LLC", "LLC", "shps", "Ltd"), "LLC"),
	"ss": ("სს", ("JSC", "JSC", "ss"), "JSC"),
	"im": ("ი/მ", ("I/E", "IE", "i/m"), "IE"),
	"spy": ("ՍՊԸ", ("LLC", "LLC", "SPY", "SPE"), "LLC"),
	"pby": ("ՓԲԸ", ("CJSC", "CJSC", "PBY"), "CJSC"),
	"adz": ("Ա/Ձ", ("IE", "IE", "A/Dz"), "IE"),
	"too": ("ТОО", ("TOO", "TOO", "LLP"), "LLP"),
	"ao": ("АО", ("AO", "AO", "JSC"), "JSC"),
	"ip": ("ИП", ("IP", "IP", "IE"), "IE"),
	"mchj": ("МЧЖ", ("MChJ", "MCHJ", "OOO", "LLC"), "LLC"),
	"aj": ("АЖ", ("AJ", "AJ", "JSC"), "JSC"),
	"yatt": ("ЯТТ", ("YaTT", "YATT", "YTT"), "IE"),
}
QUOTES = {"uk": "«»", "ru": "«»", "bg": "„“", "sr": "„”", "mk": "„“",
	"ro": "„”", "ka": "„“", "hy": "«»", "uz": "“”"}
AND = {"uk": "та", "ru": "и", "bg": "и", "sr": "и", "mk": "и", "ro": "și",
	"ka": "და", "hy": "և", "uz": "va"}
AND_TYPED = {"uk": ("&", "i", "ta", "and", "+", "та"), "bg": ("&", "and",
	"+", "i"), "sr": ("&", "and", "+"), "ro": ("&", "si", "and"),
	"ka": ("&", "and", "+"), "hy": ("&", "and", "yev", "ev")}
# Words that only mark a number: an impostor must not be held whole by a
# customer once these are set aside ("Litsei 24" for "Litsei No 24 Irpin").
NUMWORDS = {"no", "n", "nr", "br", "no5"}

# Per country: language, desk, share, towns (native, districts, region,
# postcode pattern), trade words, trade suffixes, sectors (key, native
# descriptor, English, shape), surnames, first names, forms by shape.
C = {}
C["UA"] = dict(lang="uk", desk="KYV", share=30, tld="ua", towns=[
	("Київ", "Поділ Оболонь Печерськ Дарниця Троєщина Осокорки Лук'янівка "
		"Святошин Позняки", "", "0####"),
	("Львів", "Сихів Личаків Франківський", "Львівська обл.", "79###"),
	("Одеса", "Аркадія Таїрова Черемушки", "Одеська обл.", "65###"),
	("Харків", "Салтівка Холодна_Гора Олексіївка", "Харківська обл.",
		"61###"),
	("Дніпро", "Лівобережний Перемога", "Дніпропетровська обл.", "49###"),
	("Вінниця", "Вишенька Замостя", "Вінницька обл.", "21###"),
	("Ірпінь", "", "Київська обл.", "08200"),
	("Буча", "", "Київська обл.", "08292"),
	("Бровари", "", "Київська обл.", "07400")],
	trades="Ромашка Здоров'я Вега Добробут Світанок Лелека Калина Явір "
	"Джерело Сокіл Оберіг Злагода Мрія Надія Вишня Полісся Поділля Карпати "
	"Гарант Фортеця Хвиля Чайка Журавель Єдність Юнона Цитадель Щедрість "
	"Гармонія Ліга Меркурій Престиж Фаворит Горизонт Берегиня Стожари "
	"Ятрань Житниця Жовтень Хортиця Чумацький Шлях Їжачок Ґердан".split(),
	suffix="Мед Фарм Дент Транс Сервіс Плюс Груп Інвест Лайн Трейд Софт "
	"Тур Агро Буд Логістик".split(),
	sectors=[("pharm", "Аптека", "Pharmacy", "firm"),
		("dent", "Стоматологія", "Dental", "firm"),
		("med", "Медичний центр", "Medical Center", "firm"),
		("med", "Клініка", "Clinic", "firm"),
		("notary", "Приватний нотаріус", "Notary", "person"),
		("law", "Адвокатське об'єднання", "Law Firm", "partners"),
		("acct", "Бухгалтерські послуги", "Accounting", "firm"),
		("audit", "Аудиторська фірма", "Audit", "firm"),
		("logi", "Транспортна компанія", "Logistics", "firm"),
		("hotel", "Готель", "Hotel", "firm"),
		("hotel", "Садиба", "Guest House", "firm"),
		("it", "", "IT", "firm"), ("trade", "Торговий дім", "Trading",
		"firm"), ("wine", "Виноробня", "Winery", "firm"),
		("school", "Ліцей", "Lyceum", "num"),
		("kinder", "ЗДО", "Kindergarten", "numq"),
		("muni", "міська громада", "Community", "muni"),
		("sole", "", "", "sole"), ("fr", "", "", "franchise")],
	surnames="Іваненко Петренко Коваленко Бондаренко Ткаченко Кравченко "
	"Шевченко Мельник Бойко Ковальчук Олійник Шевчук Поліщук Ткачук "
	"Савченко Руденко Марченко Лисенко Мороз Гончаренко Юрченко Яковенко "
	"Захарченко Щербак Хоменко Гнатюк Грищенко Жук Дорошенко Кузьменко"
	.split(), firsts="Іван Олег Олена Світлана Микола Юлія Яна Андрій "
	"Наталія Тетяна Сергій Дмитро Ганна Григорій Євген Оксана Ігор Юрій "
	"Віктор Людмила".split(), patr="Іванович Петрович Миколайович "
	"Олегович Сергійович Андрійович Васильович Григорович Іванівна "
	"Петрівна Миколаївна Олегівна Сергіївна Андріївна Василівна "
	"Григорівна".split(), forms={"firm": (("tov", 6), ("pp", 2),
	("prat", 1)), "sole": (("fop", 1),), "partners": (("", 1),)},
	brands=("Sushi Master", "Pizza Celentano", "Aroma Kava",
		"Kvity Ukrainy", "Coffee Life", "Eva"),
	munis=[m.split(":") for m in "Бучанська:Буча Ірпінська:Ірпінь "
	"Броварська:Бровари Васильківська:Васильків Обухівська:Обухів "
	"Фастівська:Фастів Вишгородська:Вишгород Бориспільська:Бориспіль"
	.split(" ")],
	partners="та партнери")
C["MD"] = dict(lang="ro", desk="KYV", share=7, tld="md", towns=[
	("Chișinău", "Botanica Buiucani Ciocana Centru Rîșcani", "", "MD-20##"),
	("Bălți", "", "", "MD-31##"), ("Cahul", "", "", "MD-39##"),
	("Orhei", "", "", "MD-35##")],
	trades="Vita Codru Nistru Speranța Șoimul Țarina Luceafărul Izvor Dor "
	"Mărțișor Lumina Prut Floare Dacia Biotica Stejar Ghiocel Zimbru "
	"Busuioc Miorița".split(), suffix="Med Farm Dent Trans Service Grup "
	"Plus Lux Com".split(),
	sectors=[("pharm", "Farmacia", "Pharmacy", "firm"),
		("dent", "Clinica Stomatologică", "Dental", "firm"),
		("med", "Centrul Medical", "Medical Center", "firm"),
		("notary", "Birou Notarial", "Notary", "person"),
		("law", "Birou Asociat de Avocați", "Law Firm", "partners"),
		("acct", "Contabilitate", "Accounting", "firm"),
		("logi", "Transport", "Logistics", "firm"),
		("hotel", "Pensiunea", "Guest House", "firm"),
		("wine", "Vinăria", "Winery", "firm"),
		("school", "Liceul Teoretic", "Lyceum", "num"),
		("kinder", "Grădinița", "Kindergarten", "numq"),
		("muni", "Primăria", "Town Hall", "muni"),
		("sole", "", "", "sole")],
	surnames="Rusu Ceban Ciobanu Popa Lungu Munteanu Țurcanu Cojocaru "
	"Sârbu Bîrcă Guțu Răileanu".split(), firsts="Ion Maria Vasile Ana "
	"Ștefan Doina Tudor Natalia Victor Elena".split(), patr=[],
	forms={"firm": (("srl", 1),), "sole": (("ii", 1),),
	"partners": (("", 1),)}, brands=(), munis=[], partners="și Asociații")
C["BG"] = dict(lang="bg", desk="SOF", share=16, tld="bg", towns=[
	("София", "Младост Лозенец Люлин Студентски_град Борово Надежда "
		"Овча_купел Дружба", "", "1###"),
	("Пловдив", "Тракия Капана Смирненски", "", "4###"),
	("Варна", "Чайка Владиславово Левски", "", "9###"),
	("Бургас", "Лазур Славейков", "", "8###"),
	("Русе", "", "", "70##"), ("Стара Загора", "", "", "60##"),
	("Банско", "", "", "2770")],
	trades="Вега Здраве Слънце Лъч Хармония Щастие Юнона Явор Златица "
	"Мелник Тракия Родопи Пирин Балкан Черноморец Чайка Елит Меркурий "
	"Орхидея Зорница Изгрев Надежда Вита Стражица Ружа Дъга Бистрица Калина "
	"Фар Жеравна Хемус Жар Цвят".split(), suffix="Мед Фарм Дент Транс "
	"Консулт Сервиз Груп Инвест Трейд Софт Тур Агро".split(),
	sectors=[("pharm", "Аптека", "Pharmacy", "firm"),
		("dent", "Дентален център", "Dental", "firm"),
		("med", "Медицински център", "Medical Center", "firm"),
		("notary", "Нотариус", "Notary", "person"),
		("law", "Адвокатско дружество", "Law Firm", "partners"),
		("acct", "Счетоводна къща", "Accounting", "firm"),
		("logi", "Спедиция", "Freight", "firm"),
		("hotel", "Хотел", "Hotel", "firm"),
		("hotel", "Къща за гости", "Guest House", "firm"),
		("wine", "Винарска изба", "Winery", "firm"),
		("it", "", "IT", "firm"),
		("school", "СУ", "School", "num"),
		("kinder", "ДГ", "Kindergarten", "numq"),
		("muni", "Община", "Municipality", "muni"),
		("sole", "", "", "sole"), ("fr", "", "", "franchise")],
	surnames="Иванов Петров Георгиев Димитров Стоянов Николов Тодоров "
	"Христов Йорданов Жеков Щерев Цветков Ангелов Костадинов Хаджиев "
	"Чавдаров Юруков".split(), firsts="Иван Георги Мария Цветелина "
	"Христо Йордан Димитър Радослав Десислава Петя Живко Ясен".split(),
	patr=[], forms={"firm": (("ood", 4), ("eood", 4), ("ad", 1),
	("ead", 1)), "sole": (("et", 1),), "partners": (("", 1),)},
	brands=("Happy", "Lafka", "CBA", "Shell"), munis=[], partners="и сие")
C["RS"] = dict(lang="sr", desk="SOF", share=10, tld="rs", towns=[
	("Београд", "Нови_Београд Земун Врачар Вождовац Звездара Чукарица",
		"", "11###"), ("Нови Сад", "Лиман Детелинара", "", "21###"),
	("Ниш", "", "", "18###"), ("Крагујевац", "", "", "34###"),
	("Чачак", "", "", "32###")],
	trades="Звезда Јастреб Ђердап Шумадија Морава Дунав Авала Копаоник "
	"Златибор Липа Јелен Соко Хелиос Витал Здравље Ћилим Чаробњак Жубор "
	"Љиљак Његош Ђурђевак".split(), suffix="Мед Фарм Дент Транс Сервис "
	"Груп Плус Комерц Софт".split(),
	sectors=[("pharm", "Апотека", "Pharmacy", "firm"),
		("dent", "Стоматолошка ординација", "Dental", "person"),
		("med", "Поликлиника", "Polyclinic", "firm"),
		("notary", "Јавни бележник", "Notary", "person"),
		("law", "Адвокатска канцеларија", "Law Office", "person"),
		("acct", "Књиговодствена агенција", "Accounting", "firm"),
		("logi", "Шпедиција", "Freight", "firm"),
		("hotel", "Хотел", "Hotel", "firm"),
		("wine", "Винарија", "Winery", "firm"),
		("school", "ОШ", "School", "numq"),
		("muni", "Општина", "Municipality", "muni")],
	surnames="Јовановић Петровић Николић Ђорђевић Марковић Живковић "
	"Стојановић Ћирић Илић Павловић Лазић Јанковић Тодоровић Шарац Џамић"
	.split(), firsts="Петар Марко Јелена Милица Душан Ђорђе Никола Жељко "
	"Снежана Драган Љубица".split(), patr=[], forms={"firm": (("doo", 8),
	("sad", 1)), "person": (("pr", 1),), "partners": (("", 1),)},
	brands=(), munis=[], partners="и партнери")
C["MK"] = dict(lang="mk", desk="SOF", share=5, tld="mk", towns=[
	("Скопје", "Центар Аеродром Карпош Чаир Кисела_Вода", "", "1000"),
	("Битола", "", "", "7000"), ("Охрид", "", "", "6000"),
	("Куманово", "", "", "1300")],
	trades="Вардар Пелистер Шар Ѕвезда Жито Ѓердан Кожув Бистра Јака Сонце "
	"Лотос Витамин Медика Ќерамида Охридско Езеро".split(), suffix="Мед "
	"Фарм Дент Транс Сервис Комерц".split(),
	sectors=[("pharm", "Аптека", "Pharmacy", "firm"),
		("dent", "Стоматолошка ординација", "Dental", "firm"),
		("notary", "Нотар", "Notary", "person"),
		("acct", "Сметководствено биро", "Accounting", "firm"),
		("logi", "Шпедиција", "Freight", "firm"),
		("hotel", "Хотел", "Hotel", "firm"),
		("wine", "Винарија", "Winery", "firm"),
		("muni", "Општина", "Municipality", "muni")],
	surnames="Стојановски Николовски Ѓорѓиевски Трајковски Петровски "
	"Јовановски Ристовски Наумовски".split(), firsts="Ѓорѓи Марија Стојан "
	"Бојан Ивана Жарко Филип".split(), patr=[], forms={"firm":
	(("dooel", 3), ("mdoo", 2))}, brands=(), munis=[], partners="")
C["GE"] = dict(lang="ka", desk="TBS", share=12, tld="ge", towns=[
	("თბილისი", "ვაკე საბურთალო დიდუბე გლდანი ისანი ვერა მთაწმინდა "
		"ნაძალადევი", "", "01##"), ("ბათუმი", "", "", "60##"),
	("ქუთაისი", "", "", "46##"), ("თელავი", "", "", "22##"),
	("რუსთავი", "", "", "37##")],
	trades="ქართლი კახეთი ალაზანი მზიური ცისკარი თამარი არაგვი რიონი "
	"ივერია კოლხეთი ფაზისი ჯვარი ყვარელი ხვამლი წყარო შუქურა ფიროსმანი "
	"ჭაბუკი ღვთაება მთიები".split(), suffix="Med Dent Trans Service Group "
	"Plus Lab".split(),
	sectors=[("pharm", "აფთიაქი", "Pharmacy", "firm"),
		("dent", "Dental Clinic", "Dental", "firm"),
		("med", "კლინიკა", "Clinic", "firm"),
		("notary", "ნოტარიუსი", "Notary", "person"),
		("law", "Law Office", "Law Office", "partners"),
		("audit", "Audit", "Audit", "firm"),
		("logi", "Logistics", "Logistics", "firm"),
		("hotel", "სასტუმრო", "Hotel", "firm"),
		("wine", "მარანი", "Wine Cellar", "firm"),
		("school", "საჯარო სკოლა", "Public School", "num"),
		("kinder", "საბავშვო ბაღი", "Kindergarten", "num"),
		("muni", "მუნიციპალიტეტი", "Municipality", "muni"),
		("sole", "", "", "sole")],
	surnames="ბერიძე მაისურაძე კაპანაძე გელაშვილი ლომიძე ხუციშვილი "
	"ჭანტურია ყიფიანი წიკლაური ჯავახიშვილი ღლონტი ჩხეიძე ცინცაძე "
	"ქავთარაძე თოიძე".split(), firsts="გიორგი ნინო დავით თამარ ლევან "
	"ეკატერინე ზურაბ ქეთევან ხატია".split(), patr=[], forms={"firm":
	(("shps", 6), ("ss", 1)), "sole": (("im", 1),), "partners": (("", 1),)},
	brands=("Nikora", "Spar", "Domino's"), munis=[], partners="და პარტნიორები")
C["AM"] = dict(lang="hy", desk="TBS", share=7, tld="am", towns=[
	("Երևան", "Կենտրոն Արաբկիր Դավթաշեն Նոր_Նորք Աջափնյակ Մալաթիա", "",
		"00##"), ("Գյումրի", "", "Շիրակ", "31##"),
	("Վանաձոր", "", "Լոռի", "20##"), ("Դիլիջան", "", "Տավուշ", "39##")],
	trades="Արարատ Մասիս Նաիրի Արագած Սևան Արև Էրեբունի Աստղիկ Ծիրան Տաթև "
	"Շողակն Հայկ Գառնի Խաչքար Ուրարտու Ազատ Ջրաշեն Չարենց Ղափան".split(),
	suffix="Med Dent Trans Service Group Pharm".split(),
	sectors=[("pharm", "Դեղատուն", "Pharmacy", "firm"),
		("dent", "Dental", "Dental", "firm"),
		("med", "Բժշկական կենտրոն", "Medical Center", "firm"),
		("notary", "Նոտար", "Notary", "person"),
		("audit", "Աուդիտ", "Audit", "firm"),
		("logi", "Logistics", "Logistics", "firm"),
		("hotel", "Հյուրանոց", "Hotel", "firm"),
		("wine", "Գինու գործարան", "Winery", "firm"),
		("school", "Դպրոց", "School", "num"),
		("muni", "համայնք", "Community", "muni"),
		("sole", "", "", "sole")],
	surnames="Հովհաննիսյան Հարությունյան Սարգսյան Խաչատրյան Գրիգորյան "
	"Պետրոսյան Ղազարյան Մկրտչյան Վարդանյան Ավետիսյան Գևորգյան Ստեփանյան"
	.split(), firsts="Արմեն Անի Տիգրան Նարեկ Մարիամ Գոհար Հայկ Լուսինե "
	"Վահե".split(), patr=[], forms={"firm": (("spy", 6), ("pby", 1)),
	"sole": (("adz", 1),)}, brands=(), munis=[], partners="")
C["KZ"] = dict(lang="ru", desk="TBS", share=8, tld="kz", towns=[
	("Алматы", "Медеу Бостандык Алмалы Ауэзов Турксиб", "", "050###"),
	("Астана", "Есиль Сарыарка", "", "010###"),
	("Шымкент", "", "", "160###"), ("Караганда", "", "", "100###")],
	trades="Береке Жұлдыз Алтын Ақжол Нұр Сәуле Алатау Шымбұлақ Байтерек "
	"Тұлпар Самал Арман Сұңқар Қазына Әсем Мейірім Фортуна Гарант Эскулап "
	"Здоровье Юг Хан".split(), suffix="Мед Фарм Дент Транс Сервис Групп "
	"Плюс Логистик Трейд Софт".split(),
	sectors=[("pharm", "Аптека", "Pharmacy", "firm"),
		("pharm", "Дәріхана", "Pharmacy", "firm"),
		("dent", "Стоматология", "Dental", "firm"),
		("med", "Медицинский центр", "Medical Center", "firm"),
		("notary", "Нотариус", "Notary", "person"),
		("law", "Адвокатская контора", "Law Office", "person"),
		("acct", "Бухгалтерские услуги", "Accounting", "firm"),
		("logi", "Транспортная компания", "Logistics", "firm"),
		("hotel", "Гостиница", "Hotel", "firm"),
		("school", "Школа-гимназия", "School", "num"),
		("kinder", "Детский сад", "Kindergarten", "numq"),
		("muni", "Аппарат акима", "Akimat", "muni"),
		("sole", "", "", "sole"), ("fr", "", "", "franchise")],
	surnames="Ахметов Иванов Ким Нурланов Жумабеков Касымов Сейткалиев "
	"Оспанов Искаков Тулегенов Петров Цой Ли".split(), firsts="Айдос Ержан "
	"Асель Дина Нурлан Сергей Марат Гульнара Ирина Жанна".split(), patr=[],
	forms={"firm": (("too", 6), ("ao", 1)), "sole": (("ip", 1),)},
	brands=("Sushi Master", "Magnum", "Small", "Coffee Boom"), munis=[],
	partners="")
C["UZ"] = dict(lang="uz", desk="TBS", share=5, tld="uz", towns=[
	("Toshkent", "Chilonzor Yunusobod Mirzo_Ulugʻbek Yakkasaroy Sergeli",
		"", "100###"), ("Samarqand", "", "", "140###"),
	("Buxoro", "", "", "200###"), ("Andijon", "", "", "170###")],
	trades="Baraka Nur Oltin Zarafshon Shifo Sogʻlom Bahor Gulshan Orzu "
	"Yulduz Navroʻz Xumo Afrosiyob Mehr Osiyo Zilol Tong Chinor Qoʻqon "
	"Gʻallaorol".split(), suffix="Med Farm Dent Trans Servis Grupp Plyus"
	.split(),
	sectors=[("pharm", "Dorixona", "Pharmacy", "firm"),
		("dent", "Stomatologiya", "Dental", "firm"),
		("med", "Tibbiyot markazi", "Medical Center", "firm"),
		("notary", "Notarius", "Notary", "person"),
		("acct", "Buxgalteriya", "Accounting", "firm"),
		("logi", "Logistika", "Logistics", "firm"),
		("hotel", "Mehmonxona", "Hotel", "firm"),
		("school", "maktab", "School", "num"),
		("muni", "tumani hokimligi", "Hokimiyat", "muni"),
		("sole", "", "", "sole")],
	surnames="Karimov Rahimov Yusupov Abdullayev Xoʻjayev Toshmatov Ergashev "
	"Qodirov Mirzayev Sodiqov Nazarov Ismoilov".split(), firsts="Jasur "
	"Dilnoza Otabek Gulnora Sardor Malika Bekzod Nodira".split(), patr=[],
	forms={"firm": (("mchj", 6), ("aj", 1)), "sole": (("yatt", 1),)},
	brands=("Evos", "Korzinka"), munis=[], partners="")
STREETS = {"uk": "вул. Хрещатик|вул. Шевченка|просп. Перемоги|вул. Січових "
	"Стрільців|вул. Городоцька|вул. Дерибасівська|вул. Сумська|просп. Миру",
	"ru": "ул. Абая|пр. Достык|ул. Толе би|ул. Фурманова|ул. Жандосова",
	"bg": "ул. Витоша|бул. Цар Освободител|ул. Граф Игнатиев|бул. България|"
	"ул. Шипка", "sr": "Кнез Михаилова|Булевар ослобођења|Немањина|"
	"Цара Душана", "mk": "бул. Партизански одреди|ул. Македонија|бул. "
	"Илинден", "ro": "str. Ștefan cel Mare|bd. Dacia|str. Ismail|str. Mihai "
	"Eminescu", "ka": "რუსთაველის გამზირი|ჭავჭავაძის გამზირი|პეკინის "
	"ქუჩა|აღმაშენებლის ხეივანი", "hy": "Աբովյան փողոց|Մաշտոցի պողոտա|"
	"Տիգրան Մեծի պողոտա|Կոմիտասի պողոտա", "uz": "Amir Temur shoh koʻchasi|"
	"Navoiy koʻchasi|Bunyodkor shoh koʻchasi"}
FEMALE = set("Олена Світлана Юлія Яна Наталія Тетяна Ганна Оксана Людмила "
	"Мария Цветелина Десислава Петя Јелена Милица Снежана Љубица Марија "
	"Ивана Maria Ana Doina Natalia Elena Асель Дина Гульнара Ирина Жанна "
	"Dilnoza Gulnora Malika Nodira".split())
STOPW = set("i ta ta and va si da ev u na za de".split())


def fem(surname, lang):
	"""A woman's form of a surname where the language inflects it."""
	if lang in ("bg", "ru") and re.search(r"(ов|ев|ин)$", surname):
		return surname + "а"
	if lang == "mk" and surname.endswith("ски"):
		return surname[:-1] + "а"
	if lang == "uz" and re.search(r"(ov|ev)$", surname):
		return surname + "a"
	return surname


def masc(surname):
	"""A man's form of a surname fem() made."""
	if surname.endswith("ска"):
		return surname[:-1] + "и"
	if re.search(r"(ов|ев|ин)а$|(ov|ev)a$", surname):
		return surname[:-1]
	return surname


class Cust:
	pass


def new_person(rng, k, lang):
	first = rng.choice(k["firsts"])
	sur = rng.choice(k["surnames"])
	if first in FEMALE:
		sur = fem(sur, lang)
	patr = ""
	if k["patr"]:
		half = len(k["patr"]) // 2
		patr = rng.choice(k["patr"][half:] if first in FEMALE else
			k["patr"][:half])
	return (sur, first, patr)


def make_cust(rng, cc):
	"""A customer's parts: its native words and its stored options."""
	k = C[cc]
	c = Cust()
	c.cc, c.lang, c.desk = cc, k["lang"], k["desk"]
	town = rng.choice(k["towns"])
	c.town, c.region, c.zipfmt = town[0], town[2], town[3]
	ds = town[1].split()
	# Districts of two words are joined in the data (Нови Београд): keep
	# a district a single word unless the data pairs it.
	c.district = rng.choice(ds).replace("_", " ") if ds and \
		rng.random() < 0.7 else ""
	sec = rng.choice(k["sectors"])
	c.sector, c.desc, c.desc_en, c.shape = sec
	c.trade = c.suffix = c.person = c.brand = ""
	c.glue = False
	c.num, c.form, c.and_ = 0, "", ""
	c.partner2 = ""
	shape = c.shape
	if shape in ("firm", "numq"):
		c.trade = rng.choice(k["trades"])
		if shape == "firm" and rng.random() < 0.5:
			c.suffix = rng.choice(k["suffix"])
			# Coined names glue the suffix on (Вегамед, Farmasan): a
			# word no other customer has.
			c.glue = rng.random() < 0.5
		if shape == "firm" and c.sector == "pharm" and rng.random() < 0.3:
			c.num = rng.randint(1, 120)
	if shape in ("num", "numq"):
		c.num = rng.randint(1, 180)
	if shape in ("person", "sole", "partners"):
		c.person = new_person(rng, k, c.lang)
	if shape == "partners":
		if rng.random() < 0.5 and k["partners"]:
			c.and_ = k["partners"]
		else:
			c.partner2 = new_person(rng, k, c.lang)[0]
	if shape == "muni" and cc == "UA":
		c.trade, c.town = rng.choice(k["munis"])
		c.district, c.region = "", "Київська обл."
	if shape == "franchise":
		c.brand = rng.choice(k["brands"])
		c.district = c.district or c.town
	forms = k["forms"].get(shape if shape != "numq" else "") or \
		k["forms"].get("firm" if shape == "firm" else "", ())
	if shape in ("firm", "sole", "partners", "person") and forms:
		c.form = wpick(rng, forms)
	if shape == "person" and c.form == "pr" and rng.random() < 0.5:
		c.form = ""
	c.store = store_opts(rng, c)
	return c


def store_opts(rng, c):
	"""How Syncro holds this customer."""
	o = {"sys": wpick(rng, STORE[c.lang]), "form": None, "fpos": "last",
		"quote": None, "desc": "native", "pstyle": "fs", "num": "No ",
		"and": None, "site": "", "town": False, "dfirst": True,
		"formnative": False}
	if c.form:
		vs = FORMS[c.form][1]
		o["form"] = vs[0] if rng.random() < 0.6 else rng.choice(vs)
		first = {"uk": 0.7, "ru": 0.7, "ka": 0.3, "ro": 0.3}.get(c.lang, 0.05)
		if c.shape == "sole":
			first = 0.9
		o["fpos"] = "first" if rng.random() < first else "last"
		if c.shape == "firm" and rng.random() < (0.6 if o["fpos"] == "first"
				else 0.2):
			o["quote"] = rng.choice(('""', '""', QUOTES[c.lang]))
	if c.shape == "numq" and rng.random() < 0.6:
		o["quote"] = rng.choice(('""', QUOTES[c.lang]))
	if c.lang in ("ka", "hy") and c.desc and c.desc.isascii():
		o["dfirst"] = False
	elif rng.random() < 0.12:
		o["dfirst"] = False
	if c.shape in ("sole", "person"):
		o["pstyle"] = {"uk": wpick(rng, (("sfp", 6), ("si", 4))),
			"ru": "sf", "uz": "sf", "ro": "sf"}.get(c.lang, "fs")
	o["num"] = {"uk": rng.choice(("No ", "№", "N ")), "ru": rng.choice(
		("No ", "№", "№ ")), "ro": "nr. ", "sr": "br. ", "bg": "",
		"ka": "N", "hy": "No ", "uz": ""}.get(c.lang, "No ")
	if c.shape in ("num", "numq") or \
			(c.cc == "MK" and rng.random() < 0.5) or \
			(c.cc == "RS" and c.shape == "person"):
		o["town"] = True
	return o


def rword(text, c, o):
	return render_word(text, c.lang, o["sys"]) if text else ""


def rperson(p, c, o, style=None):
	style = style or o["pstyle"]
	sur, first, patr = (rword(x, c, o) for x in p)
	ini = first[:1] + "." + (patr[:1] + "." if patr else "")
	return {"sfp": " ".join(x for x in (sur, first, patr) if x),
		"sf": sur + " " + first, "fs": first + " " + sur,
		"si": sur + " " + ini, "is": ini + " " + sur,
		"s": sur}[style if style != "sfp" or patr else "sf"]


def rnum(c, o):
	st = o["num"]
	if c.lang == "uz" and c.shape == "num":
		return "%d-" % c.num
	return "%s%d" % (st, c.num)


def parts(c, o):
	"""The name as (role, text) pieces, in order."""
	desc = ""
	if o["desc"] == "native":
		desc = rword(c.desc, c, o)
	elif o["desc"] == "en":
		desc = c.desc_en
	if c.shape == "muni":
		place = rword(c.district if c.cc in ("RS", "UZ", "KZ") and c.district
			else c.town, c, o)
		if c.cc == "UA":
			return [("core", rword(c.trade, c, o)), ("desc", desc)]
		if c.cc in ("GE", "AM", "UZ"):
			return [("core", place), ("desc", desc)]
		return [("desc", desc), ("core", place)]
	if c.shape == "franchise":
		return [("core", c.brand), ("site", rword(c.district, c, o))]
	out = []
	core = []
	if c.shape in ("firm", "numq"):
		if c.glue:
			t = rword(c.trade + c.suffix.lower(), c, o)
		else:
			t = rword(c.trade, c, o)
			if c.suffix:
				t += "-" + rword(c.suffix, c, o)
		core.append(("core", t))
	if c.shape in ("person", "sole"):
		core.append(("person", rperson(c.person, c, o)))
	if c.shape == "partners":
		a = o["and"] or rword(AND[c.lang], c, o)
		tail = rword(c.and_, c, o) if c.and_ else rword(c.partner2, c, o)
		if c.and_ and not c.and_.startswith(AND[c.lang]):
			a = ""
		elif c.and_:
			tail = rword(c.and_.split(" ", 1)[1], c, o)
		core.append(("core", " ".join(x for x in (rword(c.person[0], c, o),
			a, tail) if x)))
	if o["quote"] and core and c.shape in ("firm", "numq", "partners"):
		q = o["quote"]
		core = [(r, q[0] + t + q[-1]) for r, t in core]
	num = [("num", rnum(c, o))] if c.num and c.shape != "muni" else []
	if c.shape == "num":
		if c.lang in ("bg", "ka", "uz"):
			out = num + [("desc", desc)]
		else:
			out = [("desc", desc)] + num
	else:
		d = [("desc", desc)] if desc else []
		if c.shape == "numq":
			out = d + num + core
		elif o["dfirst"]:
			out = d + core + num
		else:
			out = core + d + num
	return out


def build(c, o):
	"""The name as typed or stored with options o."""
	ps = [p for p in parts(c, o) if p[1]]
	f = None
	if o["form"]:
		f = FORMS[c.form][0] if o["formnative"] else o["form"]
		if c.lang in ("ka", "hy") and o["formnative"]:
			f = FORMS[c.form][0]
	if f and o["fpos"] == "first":
		ps.insert(0, ("form", f))
	elif f:
		ps.append(("form", f))
	if o["town"]:
		ps.append(("town", rword(c.town, c, o)))
	if o["site"]:
		ps.append(("site", o["site"]))
	return " ".join(p[1] for p in ps)


# ---- customers -------------------------------------------------------------
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
ROLES = ("BUH", "BUH-PC", "BUH1", "KASA1", "KASA-2", "RECEPTION", "ADMIN-PC",
	"DIREKTOR", "SERVER", "SRV01", "REG-1", "NOTEBOOK", "USER-PC")


def ascii_word(s):
	s = unicodedata.normalize("NFKD", s)
	return re.sub(r"[^A-Za-z0-9]", "", s)


def fill(rng, pat):
	return "".join(str(rng.randint(0, 9)) if ch == "#" else ch for ch in pat)


def win_name(rng, kind="DESKTOP"):
	return kind + "-" + "".join(rng.choice(ALNUM) for _ in range(7))


def syncro(rng, c, cid):
	o = dict(c.store)
	st = rword(rng.choice(STREETS[c.lang].split("|")), c, o)
	addr2 = None
	r = rng.random()
	if r < 0.25:
		addr2 = rng.choice(("of. ", "kv. ", "office ", "pov. ", "et. ")) + \
			str(rng.randint(1, 90))
	elif r < 0.4 and c.district:
		addr2 = rword(c.district, c, o)
	return {"address": "%s %d" % (st, rng.randint(1, 180)),
		"address_2": addr2, "city": rword(c.town, c, o),
		"state": rword(c.region, c, o) or None,
		"zip": fill(rng, c.zipfmt)}


def contacts(rng, c, nid):
	k = C[c.cc]
	o = dict(c.store)
	dom = ascii_word(rword(c.trade or c.brand or c.person and c.person[0]
		or c.town, c, o)).lower() or "mail"
	out = []
	for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
		sur, first, _p = new_person(rng, k, c.lang)
		fn, ln = rword(first, c, o), rword(sur, c, o)
		mail = "%s.%s@%s.%s" % (ascii_word(fn).lower(), ascii_word(ln).lower(),
			dom, k["tld"]) if rng.random() < 0.6 else \
			"%s%d@gmail.com" % (ascii_word(ln).lower(), rng.randint(1, 99))
		out.append({"id": nid(), "firstname": fn, "lastname": ln,
			"email": mail})
	return out


def assets(rng, c, nid):
	o = dict(c.store)
	pre = ascii_word(rword(c.trade or c.brand or (c.person and c.person[0])
		or c.town, c, o)).upper()[:6] or "CUST"
	style = rng.choice(("prefix", "prefix", "default", "role", "user"))
	out = []
	for i in range(rng.choice((1, 1, 2, 2, 3, 4))):
		if style == "prefix":
			m = "%s-%s%02d" % (pre, rng.choice(("PC", "NB", "WS", "BUH",
				"REG", "KASA")), i + 1)
		elif style == "default":
			m = win_name(rng, rng.choice(("DESKTOP", "DESKTOP", "LAPTOP")))
		elif style == "role":
			m = rng.choice(ROLES) if rng.random() < 0.6 else \
				"%s-%s" % (pre, rng.choice(ROLES))
		else:
			fn = ascii_word(rword(new_person(rng, C[c.cc], c.lang)[1], c,
				o)).upper()
			m = fn + rng.choice(("-PC", "-ПК", "-NB", "-ПК"))
		if m not in {a["name"] for a in out}:
			out.append({"id": nid(), "name": m})
	return out


def population(rng, ncust):
	ccs = list(C)
	shares = [C[k]["share"] for k in ccs]
	audit = scr.label_audit()
	custs, seen = [], set()
	ids = iter(range(46000000, 49000000))

	def nid():
		return next(ids)
	for n in range(ncust):
		for tries in range(40):
			c = make_cust(rng, rng.choices(ccs, shares)[0])
			if tries >= 30:
				c.store["town"] = True
			c.name = build(c, c.store)
			c.nset = nwords(c, c.store)
			k = audit.key(c.name)
			if k and k not in seen and c.nset not in seen:
				break
		seen.add(k)
		seen.add(c.nset)
		c.id = 26000000 + n * 3 + rng.randint(0, 2)
		c.syncro = syncro(rng, c, c.id)
		c.contacts = contacts(rng, c, nid)
		c.assets = assets(rng, c, nid)
		custs.append(c)
	return custs


# ---- typed names -----------------------------------------------------------
# Real kinds and their shares (per 1,000 real rows before redraws).
KINDS = (("exact", 70), ("translit", 150), ("chat", 70), ("legal", 90),
	("quotes", 40), ("person", 45), ("homoglyph", 40), ("layout", 30),
	("script", 15), ("diacritics", 35), ("truncated", 50),
	("reordered", 30), ("acronym", 25), ("and", 15), ("number", 35),
	("site", 50), ("english", 30), ("typo", 40), ("contact", 30),
	("mixed", 65))
IMPOSTORS = (("same surname", 22), ("rare word", 22), ("namesake", 12),
	("unlisted", 18), ("personal", 12), ("generic", 9), ("internal", 5))
CYR = ("uk", "ru", "bg", "sr", "mk")


def other_sys(rng, c, cur):
	opts = [s for s in TYPED[c.lang] if s != cur]
	return rng.choice(opts) if opts else cur


def fold(s):
	s = unicodedata.normalize("NFKD", s.replace("đ", "dj").replace("Đ", "Dj"))
	return "".join(ch for ch in s if not unicodedata.combining(ch))


def native_set(s):
	"""The native-script words of a name, number marks and connectors set
	aside: romanisations of one name have one set."""
	return frozenset(w for w in re.findall(r"\w+", s.lower())
		if w not in NUMWORDS and w not in NATIVE_AND)


NATIVE_AND = {w for a in AND.values() for w in a.split()}


def nwords(c, o):
	"""native_set of the name c with options o would have, legal form and
	quotes aside."""
	n = dict(o)
	n.update(sys="off" if c.lang in ("uz", "ro") else "native", form=None,
		quote=None, formnative=False)
	if n["desc"] == "en":
		n["desc"] = "native"
	return native_set(build(c, n))


def native_clash(g, ws):
	"""A customer's native words hold all of ws, or are ws less one or two
	words (a town, a branch): an impostor that may be a listed customer
	under another romanisation."""
	if not ws:
		return False
	lists = sorted((g.ninv.get(w, ()) for w in ws), key=len)
	if lists[0]:
		hit = set(lists[0])
		for li in lists[1:]:
			hit &= set(li)
			if not hit:
				break
		if hit:
			return True
	for k in (1, 2):
		for drop in itertools.combinations(ws, k):
			if ws - set(drop) in g.nsets:
				return True
	return False


def t_translit(rng, c, o):
	o["sys"] = other_sys(rng, c, o["sys"])


def t_chat(rng, c, o):
	if c.lang in CHAT:
		o["sys"] = chat_table(rng, c.lang)
	elif c.lang == "ka":
		o["sys"] = "kbd"
	elif c.lang == "hy":
		o["sys"] = "chat"
	elif c.lang == "uz":
		o["sys"] = rng.choice(("bare", "tick", "ru"))
	else:
		o["sys"] = "bare"
	o["quote"] = None


def t_legal(rng, c, o):
	if not c.form:
		return False
	r = rng.random()
	if o["form"] and r < 0.4:
		o["form"] = None
	elif r < 0.6:
		o["fpos"] = "last" if o["fpos"] == "first" else "first"
	elif r < 0.75:
		o["formnative"] = True
	else:
		vs = [v for v in FORMS[c.form][1] if v != o["form"]]
		o["form"] = rng.choice(vs) if vs else o["form"]
		if rng.random() < 0.3:
			o["fpos"] = "last" if o["fpos"] == "first" else "first"
	if not o["form"] and not o["formnative"]:
		o["form"] = None


def t_quotes(rng, c, o):
	if c.shape not in ("firm", "numq", "partners"):
		return False
	qs = ['""', '""', QUOTES[c.lang], "''", "«»"]
	if o["quote"]:
		qs.append(None)
		qs = [q for q in qs if q != o["quote"]]
	o["quote"] = rng.choice(qs)
	if c.form and rng.random() < 0.4:
		o["fpos"] = "first"
		o["form"] = o["form"] or FORMS[c.form][1][0]


def t_person(rng, c, o):
	if c.shape not in ("person", "sole"):
		return False
	styles = ["sf", "fs", "s", "si", "is"] + (["sfp"] if c.person[2] else [])
	o["pstyle"] = rng.choice([s for s in styles if s != o["pstyle"]])
	if o["pstyle"] == "s" and c.shape == "sole":
		o["pstyle"] = "si"
	if c.form and rng.random() < 0.4:
		o["form"] = None if rng.random() < 0.5 else o["form"]
		o["fpos"] = rng.choice(("first", "last"))


def t_english(rng, c, o):
	if not c.desc or not c.desc_en or c.desc == c.desc_en:
		return False
	o["desc"] = "en"
	o["dfirst"] = rng.random() < 0.4


def t_reordered(rng, c, o):
	if c.shape in ("person", "sole"):
		o["pstyle"] = {"sf": "fs", "fs": "sf", "sfp": "fs", "si": "is",
			"is": "si"}[o["pstyle"]]
	elif c.desc and c.shape == "firm":
		o["dfirst"] = not o["dfirst"]
	elif c.form:
		o["fpos"] = "last" if o["fpos"] == "first" else "first"
	else:
		return False


def t_and(rng, c, o):
	if c.shape != "partners" or (c.and_ and not
			c.and_.startswith(AND[c.lang])):
		return False
	o["and"] = rng.choice(AND_TYPED.get(c.lang, ("&", "and")))


def t_number(rng, c, o):
	if not c.num:
		return False
	local = {"ro": ("nr. ", "nr."), "sr": ("br. ", "br."),
		"mk": ("br. ",)}.get(c.lang, ())
	o["num"] = rng.choice([s for s in ("No ", "No. ", "№", "№ ", "N ", "N",
		"#", "") + local if s != o["num"]])


def t_site(rng, c, o):
	place = c.district if c.district and rng.random() < 0.7 else c.town
	if c.shape == "franchise" or c.shape == "muni" or o["town"]:
		return False
	p = rword(place, c, o)
	o["site"] = rng.choice((p, p, "(" + p + ")", "- " + p))


def t_truncated(rng, c, o):
	r = rng.random()
	if c.desc and c.shape in ("firm", "numq") and r < 0.5:
		o["desc"] = None
		o["form"] = o["form"] if rng.random() < 0.5 else None
		return
	if c.suffix and not c.glue and r < 0.7:
		return "suffix"
	return "cut"


def post_cut(rng, s):
	ws = s.split()
	if len(ws) < 2:
		return None
	if rng.random() < 0.5:
		return " ".join(ws[:rng.randint(1, len(ws) - 1)])
	i = max(range(len(ws)), key=lambda j: len(ws[j]))
	w = ws[i]
	if len(w) < 7:
		return None
	w = re.sub(r"[\"'«»„“”]", "", w)
	if len(w) < 7:
		return None
	ws[i] = w[:rng.randint(4, len(w) - 3)] + rng.choice((".", "", "."))
	return " ".join(ws)


def post_homoglyph(rng, s):
	idx = [i for i, ch in enumerate(s) if ch in HOMO]
	if not idx:
		return None
	s = list(s)
	for i in rng.sample(idx, min(len(idx), rng.choice((1, 1, 2, 3)))):
		s[i] = HOMO[s[i]]
	return "".join(s)


def post_typo(rng, s):
	idx = [i for i in range(1, len(s)) if s[i].isalpha() and
		s[i].isascii()]
	if not idx:
		return None
	i = rng.choice(idx)
	r = rng.random()
	ch = s[i]
	if r < 0.35:
		near = NEAR.get(ch.lower(), "")
		if not near:
			return None
		return s[:i] + rng.choice(near) + s[i + 1:]
	if r < 0.6:
		return s[:i] + s[i + 1:]
	if r < 0.8:
		return s[:i] + ch + s[i:]
	if i + 1 < len(s) and s[i + 1].isalpha():
		return s[:i] + s[i + 1] + ch + s[i + 2:]
	return None


def post_acronym(rng, c, o):
	"""Initials of a multi-word descriptor (or trade), the rest as is."""
	desc = rword(c.desc, c, o) if o["desc"] == "native" else \
		c.desc_en if o["desc"] == "en" else ""
	if len(desc.split()) >= 2:
		ini = "".join(w[0].upper() for w in re.split(r"[\s-]+", desc) if w)
		o2 = dict(o)
		o2["desc"] = None
		rest = build(c, o2)
		return ini + " " + rest if o["dfirst"] else rest + " " + ini
	t = rword(c.trade, c, o)
	if len(t.split()) >= 2:
		ini = "".join(w[0].upper() for w in t.split())
		return build(c, o).replace(t, ini)
	return None


def typed_for(rng, c, kind, budget):
	"""A name typed for customer c by kind, or None."""
	o = dict(c.store)
	if kind == "exact":
		return build(c, o)
	if kind in ("translit", "chat", "legal", "quotes", "person", "english",
			"reordered", "and", "number", "site"):
		if globals()["t_" + kind](rng, c, o) is False:
			return None
		return build(c, o)
	if kind == "truncated":
		how = t_truncated(rng, c, o)
		s = build(c, o)
		if how == "suffix":
			return s.replace("-" + rword(c.suffix, c, o), "", 1)
		if how == "cut":
			return post_cut(rng, s)
		return s
	if kind == "homoglyph":
		if rng.random() < 0.4:
			t_translit(rng, c, o)
		return post_homoglyph(rng, build(c, o))
	if kind == "typo":
		if rng.random() < 0.3:
			t_translit(rng, c, o)
		return post_typo(rng, build(c, o))
	if kind == "acronym":
		return post_acronym(rng, c, o)
	if kind == "diacritics":
		s = build(c, o)
		if c.lang in ("sr", "mk", "ro", "uz", "hy", "uk", "ru", "bg"):
			f = fold(s)
			if f != s:
				return f
		if c.lang == "sr":
			o["sys"] = "gaj"
		elif c.lang == "ro":
			o["sys"] = "off"
		elif c.lang == "uz":
			o["sys"] = "off"
		else:
			return None
		t = build(c, o)
		return t if t != s else None
	if kind == "layout":
		if c.lang not in LAYOUT:
			return None
		o["sys"] = "native"
		o["formnative"] = True
		o["quote"] = None
		return to_latin_keys(build(c, o), c.lang)
	if kind == "script":
		if budget[0] <= 0:
			return None
		if c.lang in LANGSYS and rng.random() < 0.7:
			# The legal form stays Latin in some (OOD «Вега»).
			o["sys"] = "native"
			o["formnative"] = rng.random() < 0.6
			if c.shape in ("firm", "numq") and rng.random() < 0.4:
				o["quote"] = QUOTES[c.lang]
			if c.lang in ("ka", "hy"):
				o["desc"] = "native"
			return build(c, o)
		return to_cyr_keys(build(c, o), c.lang)
	if kind == "contact":
		if not c.contacts:
			return None
		fn = rng.choice(c.contacts)["firstname"]
		if rng.random() < 0.5:
			o["form"] = None
		s = build(c, o)
		return rng.choice((fn + " " + s, s + " (" + fn + ")", s + " - " + fn,
			s + " " + fn))
	if kind == "mixed":
		a, b = rng.sample(("translit", "chat", "legal", "quotes", "english",
			"site", "reordered", "number"), 2)
		for k in (a, b):
			globals()["t_" + k](rng, c, o)
		s = build(c, o)
		if rng.random() < 0.3:
			s = post_typo(rng, s) or s
		return s
	return None


# ---- impostors -------------------------------------------------------------
PERSONAL = ("", "", " home", " (private)", " laptop", " vdoma", " doma",
	" noutbuk", " - home PC", " priv.")
INTERNAL = ("%s office", "%s - test", "Test PC", "%s server room", "Demo",
	"%s helpdesk", "internal %s", "%s training laptop", "New PC setup",
	"Ofis %s")
DESKCITY = {"KYV": "Kyiv", "SOF": "Sofia", "TBS": "Tbilisi"}


def ghost(rng, c0, sys=None):
	"""An unlisted business like c0's country's, with its own options."""
	c = make_cust(rng, c0.cc)
	o = dict(c.store)
	if sys and rng.random() < 0.5:
		o["sys"] = other_sys(rng, c, o["sys"])
	if sys and c.lang in LANGSYS and rng.random() < 0.03:
		o["sys"], o["formnative"] = "native", True
	return c, o


def impostor_for(rng, g, kind):
	"""(typed, desk, native words) of an impostor of kind, or None."""
	pool = {"rare word": g.glued, "namesake": g.named,
		"same surname": g.persons}.get(kind) or g.custs
	c0 = rng.choice(pool)
	k = C[c0.cc]
	if kind == "same surname":
		if not c0.person:
			cs = g.persons
			if not cs:
				return None
			c0 = rng.choice(cs)
			k = C[c0.cc]
		c, o = ghost(rng, c0, True)
		firsts = [f for f in k["firsts"] if f[0] != c0.person[1][0]]
		first = rng.choice(firsts)
		sur = masc(c0.person[0])
		if first in FEMALE:
			sur = fem(sur, c0.lang)
		if (sur, first) in g.people:
			return None
		c.person = (sur, first, c.person[2] if c.person else "")
		if c.shape not in ("person", "sole"):
			c.shape, c.form = "sole", wpick(rng, k["forms"].get("sole",
				(("", 1),)))
			c.desc, c.num = "", 0
			o = store_opts(rng, c)
		o["pstyle"] = rng.choice(("sf", "fs", "sfp"))
		return build(c, o), c0.desk, nwords(c, o)
	if kind == "rare word":
		if not c0.glue:
			return None
		for _ in range(20):
			c, o = ghost(rng, c0, True)
			if c.shape == "firm" and c.sector != c0.sector:
				break
		else:
			return None
		c.trade, c.suffix, c.glue = c0.trade, c0.suffix, True
		if (c.trade, c.suffix, c.sector) in g.trades:
			return None
		return build(c, o), c0.desk, nwords(c, o)
	if kind == "namesake":
		c, o = ghost(rng, c0, True)
		if c0.shape == "num" and C[c0.cc]["towns"][1:]:
			c.__dict__.update({k2: v for k2, v in c0.__dict__.items()
				if k2 not in ("town", "store", "name", "id")})
			o = dict(c0.store)
			o["town"] = True
			if c.town == c0.town:
				return None
			return build(c, o), c0.desk, nwords(c, o)
		if not c0.suffix or c0.glue:
			return None
		sufs = [x for x in k["suffix"] if x != c0.suffix]
		c.__dict__.update({k2: v for k2, v in c0.__dict__.items()
			if k2 not in ("town", "store", "name", "id", "suffix")})
		c.suffix = rng.choice(sufs)
		if (c.trade, c.suffix) in g.suffixes or c.town == c0.town:
			return None
		o = dict(c0.store)
		o["site"] = rword(c.town, c, o)
		return build(c, o), c0.desk, nwords(c, o)
	if kind == "unlisted":
		c, o = ghost(rng, c0, True)
		return build(c, o), c0.desk, nwords(c, o)
	if kind == "personal":
		c, o = ghost(rng, c0, True)
		p = new_person(rng, k, c.lang)
		if p[:2] in g.people:
			return None
		c.person = p
		return rperson(p, c, o, rng.choice(("sf", "fs", "fs"))) + \
			rng.choice(PERSONAL), c0.desk, native_set(p[0] + " " + p[1])
	if kind == "generic":
		c, o = ghost(rng, c0, True)
		if not c.desc:
			return None
		d = rword(c.desc, c, o) if rng.random() < 0.7 else c.desc_en
		tail = rng.choice((c.town, str(rng.randint(1, 99)), "24",
			c.district or c.town))
		return d + " " + rword(tail, c, o), c0.desk, \
			native_set(c.desc + " " + tail)
	if kind == "internal":
		desk = rng.choice(list(DESKCITY))
		f = rng.choice(INTERNAL)
		return (f % rng.choice((DESKCITY[desk], desk)) if "%" in f else f), \
			desk, None
	return None


# ---- rows ------------------------------------------------------------------

class G:
	pass


def index(g):
	g.persons = [c for c in g.custs if c.person]
	g.glued = [c for c in g.custs if c.glue]
	g.named = [c for c in g.custs if c.shape == "num" or
		(c.suffix and not c.glue)]
	g.people = {(c.person[0], c.person[1]) for c in g.persons}
	g.trades = {(c.trade, c.suffix, c.sector) for c in g.custs if c.glue}
	g.suffixes = {(c.trade, c.suffix) for c in g.custs if c.suffix}
	g.audit = scr.label_audit()
	g.ninv = {}
	for i, c in enumerate(g.custs):
		for w in c.nset:
			g.ninv.setdefault(w, []).append(i)
	g.nsets = {c.nset for c in g.custs}
	g.a = g.audit.Audit([(str(c.id), c.name) for c in g.custs])
	g.cum = []
	t = 0.0
	for x in g.weights:
		t += x
		g.cum.append(t)


def pick_cust(rng, g):
	return g.custs[rng.choices(range(len(g.custs)), cum_weights=g.cum)[0]]


def draw_rows(rng, g, nnames):
	"""(typed, customer index or None, kind, desk) rows; about one in four
	an impostor; rows the audit doubts are drawn again."""
	rows, counts = [], {}
	g.fallback = {}
	budget = [max(1, nnames * 10 // 1000)]
	ibudget = [max(1, nnames * 2 // 1000)]
	pos = {id(c): i for i, c in enumerate(g.custs)}
	for _ in range(nnames):
		if rng.random() < 0.25:
			row = None
			kind = wpick(rng, IMPOSTORS)
			for tries in range(90):
				if tries == 60:
					kind = "unlisted"
				got = impostor_for(rng, g, kind)
				if not got or not got[0].strip():
					continue
				typed = scr.clean(got[0])
				if g.a.byname.get(g.audit.key(typed)):
					continue
				if g.a.impostor(typed) or g.a.impostor_more(typed):
					continue
				ws = [w for w in g.audit.words(typed) if w not in NUMWORDS]
				if ws and g.a.holding(ws) or native_clash(g, got[2]):
					continue
				if not g.audit.words(typed):
					if ibudget[0] <= 0:
						continue
					ibudget[0] -= 1
				row = (typed, None, "impostor: " + kind, got[1])
				break
			if row:
				rows.append(row)
				counts[row[2]] = counts.get(row[2], 0) + 1
				continue
		kind = wpick(rng, KINDS)
		row = None
		if kind == "script" and budget[0] <= 0:
			kind = wpick(rng, KINDS[:8])
		for tries in range(80):
			if tries == 40:
				g.fallback[kind] = g.fallback.get(kind, 0) + 1
				kind = "translit"
			c = pick_cust(rng, g)
			typed = typed_for(rng, c, kind, budget)
			if not typed or not typed.strip():
				continue
			typed = scr.clean(typed)
			if kind != "exact" and typed == c.name:
				continue
			if not g.audit.words(typed):
				if budget[0] <= 0 or kind != "script":
					continue
				budget[0] -= 1
			elif g.a.real(typed, str(c.id)):
				continue
			row = (typed, pos[id(c)], kind, c.desk)
			break
		rows.append(row)
		counts[kind] = counts.get(kind, 0) + 1
	g.counts = counts
	return rows


def machine(rng, g, row, roles):
	typed, i, kind, desk = row
	r = rng.random()
	if i is not None:
		c = g.custs[i]
		if c.assets and r < 0.72:
			return rng.choice(c.assets)["name"]
		r = rng.random()
	if r < 0.5:
		return win_name(rng)
	if r < 0.6:
		return win_name(rng, "LAPTOP")
	if r < 0.8:
		return rng.choice(roles)
	return rng.choice(("OLENA", "IVAN", "NINO", "ARMEN", "GIORGI", "MARIA",
		"ADMIN", "USER", "BUH")) + rng.choice(("-PC", "-ПК", "-NB", "PC"))


TECHS = {"KYV": ["Oleksandr Melnyk", "Iryna Kovalenko", "Taras Hnatiuk",
	"Dmytro Bondar", "Vasile Ceban"], "SOF": ["Georgi Dimitrov",
	"Desislava Petrova", "Nikola Jovanovic", "Aleksandar Stojanovski"],
	"TBS": ["Giorgi Beridze", "Nino Kapanadze", "Armen Sargsyan",
	"Aidos Nurlanov", "Jasur Karimov"]}


def main():
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random("blind16:" + seed)
	g = G()
	g.custs = population(rng, ncust)
	g.weights = [rng.paretovariate(1.3) for _ in g.custs]
	index(g)
	rows = draw_rows(rng, g, nnames)
	docs = [{"id": c.id, "name": c.name, "syncro": c.syncro,
		"contacts": c.contacts, "assets": c.assets} for c in g.custs]
	owned = scr.asset_names(docs)
	roles = sorted(owned & set(ROLES)) or ["BUH"]
	scr.write_desk_set(rng, out, docs, rows,
		lambda row: machine(rng, g, row, roles), TECHS,
		("blind16", seed, 1806000000, 1187, 70))
	if os.environ.get("KINDS"):
		for k, n in sorted(g.counts.items(), key=lambda x: -x[1]):
			print("%-26s %d" % (k, n), file=sys.stderr)
		print("fell back to translit:", g.fallback, file=sys.stderr)


if __name__ == "__main__":
	main()
