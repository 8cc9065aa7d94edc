#!/usr/bin/env python3
# gen-link-blind27.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark:
# an MSP of the Turkic world (session 18).  One Syncro account, one
# ScreenConnect; desks in Istanbul and Ankara (Turkey, Northern Cyprus),
# Baku (Azerbaijan), Almaty and Astana (Kazakhstan, and Kyrgyzstan from
# Almaty), Tashkent (Uzbekistan, and Turkmenistan from Tashkent).  Writes
# OUTDIR/customers.json, names.tsv (typed TAB true id or "" TAB kind TAB
# machine), sessions.jsonl and sessions-machine.jsonl as gen-link-blind14.py
# does (screenconnect_record.write_desk_set).  Python stdlib only,
# deterministic for a seed.  Customer ids from 37000000.
#
# Customers: clinics and polyclinics (Özel ... Tıp Merkezi, poliklinika,
# емхана, emlewhana), dental practices (diş kliniği, stomatologiya),
# pharmacies (eczane, aptek, аптека / дәріхана, dorixona, dermanhana),
# law offices (hukuk bürosu, avukatlık ortaklığı, vəkil bürosu, адвокатская
# контора, advokatlik firmasi), notaries, accountants (mali müşavir,
# muhasebe, mühasibat, бухгалтерия, buxgalteriya), schools, foundations
# (vakıf), associations (dernek), municipalities (belediye, bələdiyyə,
# akimat / әкімдігі, hokimiyat), hotels, restaurants, traders and
# importers, factories, builders, transport companies, franchisees of
# local chains.  Legal forms as each registry writes them: Turkey's
# A.Ş., Ltd. Şti., Tic. Ltd. Şti., San. ve Tic. A.Ş., Koll. Şti. and the
# şahıs firması under its owner's name (Turkish Commercial Code 6102);
# Azerbaijan's MMC, ASC, QSC; Kazakhstan's ТОО / TOO / LLP, АО / JSC,
# ИП / IP before the name in «guillemets» (the Russian-language register
# style: ТОО «Нұр»); Uzbekistan's MChJ / OOO / ООО, AJ, XK, YaTT;
# Kyrgyzstan's ОсОО; Turkmenistan's HJ (hojalyk jemgyýeti).
#
# Where the typing habits come from (public sources I know; no search
# result was needed):
# - the Turkish-I problem: i/İ and ı/I are separate letters, and
#   culture-blind case mapping types "ISTANBUL" for İSTANBUL or lowers
#   "I" to "i" where Turkish wants "ı" (Unicode SpecialCasing.txt's tr/az
#   rules; the .NET and Java "Turkey test" write-ups); lower() of İ gives
#   i + U+0307 COMBINING DOT ABOVE (SpecialCasing.txt);
# - Turkish ş ğ ç ö ü ı typed as s g c o u i on a US keyboard (the
#   ASCII spellings of Turkish in URLs, e-mail addresses and SMS, common in
#   Turkish web forms);
# - Turkish company-name abbreviations San., Tic., Müh., İnş., Paz., Nak.,
#   Tur., Ltd. Şti., A.Ş. (how Ticaret Sicili Gazetesi and invoices
#   write titles);
# - Azerbaijani Latin (1991/1992 alphabet, ə q x) and the Cyrillic it
#   replaced (ә ҹ ҝ ғ һ ј ө ү), ə typed as e or a, Russian forms of
#   surnames (Məmmədov / Mamedov, Həsənov / Gasanov, Əliyev / Aliev) as
#   Soviet passports wrote them;
# - Kazakh Cyrillic (ә ғ қ ң ө ұ ү һ і) typed on a Russian keyboard as
#   а г к н о у у х и (the Russian layout has none of them); the Latin
#   alphabets of the 2017 decree (apostrophes: a' g' n' o' u' s' c'), of
#   2018 (acutes: á ǵ ń ó ú) and of 2021 (ä ğ ñ ö ū ü ş ç); passport-style
#   romanisation (zh, kh, sh); the Kazakh keyboard layout's letters on the
#   digit row (ә 2, і 3, ң 4, ғ 5, ү 8, ұ 9, қ 0, ө -, һ =), so a name
#   typed in the wrong layout gives digits;
# - Uzbek Latin's oʻ gʻ (U+02BB) typed as o' g', o` g`, o‘ g‘ or plain o g
#   (the 1995 alphabet's apostrophe never had its own key), Uzbek Cyrillic
#   (ў ғ қ ҳ) still used by older staff and signage, Russian company forms
#   (ООО) beside MChJ;
# - Cyrillic typed with the Latin layout on ("Fgntrf" for "Аптека"; the
#   reason Punto Switcher exists) and the reverse;
# - Turkmen Latin (1993; ä ň ž ý ş ç ö ü) and Russian forms of Turkmen
#   surnames (Orazow / Orazov, Annaýew / Annaev);
# - "ve", "və", "va", "и" for "&" and back; Turkish possessive suffixes
#   dropped when the order turns ("Anadolu Eczanesi" / "Eczane Anadolu",
#   as shop signs write it); Uzbek "aka", Turkish "abi", "bey", "hanım"
#   after a given name for a person.
#
# Real-row kinds and shares (of real rows; about one row in four is an
# impostor) are KINDS below; impostor kinds IMPOSTORS.  Machines: a real
# row is on one of its customer's assets 72%, on another customer's 4%,
# else an unknown DESKTOP-/LAPTOP- name; impostors on unknown machines, a
# role name some customers share (KASSA, RESEPSIYON, BUH) 18%, the MSP's
# own for its staff.
#
# Labels (session 16's rules): a real row is a name a technician would type
# for that customer; an impostor one a careful person bills to no listed
# customer.  Rows label-audit.py doubts (all seven rules) are drawn again,
# and so are impostors that, read through this region's folding (Turkish
# and Turkic letters to ASCII, Cyrillic to Latin, oʻ variants), are a
# customer's name, or that name less its legal form, owner or town, or
# all its words less one, or its words run together, or its name with two
# letters swapped; a person's name is a real row only when that whole name
# is one customer's contact only.  Session 21: an impostor that is any of
# these with its abbreviations read as their words (ABBR: "Hisar Mak.
# Paz. A.Ş." is Hisar Makine Pazarlama A.Ş.) is drawn again from a stream
# of its own (abbr_fix), so every other row stays as it was.
import copy
import os
import random
import re
import sys
from unicodedata import combining, normalize

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linkgen as lk  # noqa: E402
import screenconnect_record as scr  # noqa: E402

# ---------------------------------------------------------------- places
# (country, town, desk, share, zip prefix, province)
TOWNS = {
	"TR": [("İstanbul", "IST", 30, "34"), ("Ankara", "ANK", 14, "06"),
		("İzmir", "IST", 8, "35"), ("Bursa", "IST", 5, "16"),
		("Antalya", "IST", 4, "07"), ("Konya", "ANK", 3, "42"),
		("Kayseri", "ANK", 2, "38"), ("Eskişehir", "ANK", 2, "26"),
		("Gaziantep", "ANK", 2, "27"), ("Trabzon", "ANK", 2, "61"),
		("Iğdır", "ANK", 1, "76"), ("Isparta", "ANK", 1, "32")],
	"CY": [("Lefkoşa", "IST", 3, "99"), ("Girne", "IST", 2, "99"),
		("Gazimağusa", "IST", 1, "99")],
	"AZ": [("Bakı", "BAK", 10, "AZ10"), ("Gəncə", "BAK", 2, "AZ20"),
		("Sumqayıt", "BAK", 2, "AZ50"), ("Lənkəran", "BAK", 1, "AZ42")],
	"KZ": [("Алматы", "ALA", 9, "050"), ("Астана", "AST", 6, "010"),
		("Шымкент", "ALA", 2, "160"), ("Қарағанды", "AST", 2, "100"),
		("Ақтөбе", "AST", 1, "030"), ("Атырау", "AST", 1, "060")],
	"UZ": [("Toshkent", "TAS", 10, "100"), ("Samarqand", "TAS", 2, "140"),
		("Buxoro", "TAS", 1, "200"), ("Namangan", "TAS", 1, "160"),
		("Fargʻona", "TAS", 1, "150")],
	"KG": [("Бишкек", "ALA", 4, "720"), ("Ош", "ALA", 1, "723")],
	"TM": [("Aşgabat", "TAS", 3, "744"), ("Türkmenabat", "TAS", 1, "746"),
		("Mary", "TAS", 1, "745")],
}
COUNTRY = [("TR", 42), ("CY", 4), ("AZ", 14), ("KZ", 18), ("UZ", 13),
	("KG", 5), ("TM", 4)]
DISTRICTS = {
	"TR": ["Kadıköy", "Üsküdar", "Beşiktaş", "Ataşehir", "Çankaya",
		"Keçiören", "Yenimahalle", "Bornova", "Karşıyaka", "Nilüfer",
		"Muratpaşa", "Selçuklu", "Tepebaşı", "Şişli", "Bakırköy",
		"Etimesgut", "Pendik", "Kartal", "Sarıyer", "Ortahisar"],
	"CY": ["Girne", "Lefkoşa Türk", "Gazimağusa", "Güzelyurt", "Lapta"],
	"AZ": ["Nəsimi", "Yasamal", "Binəqədi", "Nərimanov", "Xətai",
		"Səbail", "Suraxanı", "Qaradağ", "Sabunçu", "Xəzər"],
	"KZ": ["Медеу", "Бостандық", "Алмалы", "Әуезов", "Есіл", "Сарыарқа",
		"Байқоңыр", "Жетісу", "Түрксіб", "Наурызбай"],
	"UZ": ["Yunusobod", "Chilonzor", "Mirzo Ulugʻbek", "Shayxontohur",
		"Yakkasaroy", "Olmazor", "Sergeli", "Uchtepa", "Yashnobod"],
	"KG": ["Ленинский", "Октябрьский", "Первомайский", "Свердловский"],
	"TM": ["Bagtyýarlyk", "Köpetdag", "Büzmeýin", "Berkararlyk"],
}

# The town a district is in (a district not listed: the country's first
# town, its capital or largest city).
DTOWN = dict([(d, "Ankara") for d in ("Çankaya", "Keçiören", "Yenimahalle",
	"Etimesgut")] + [("Bornova", "İzmir"), ("Karşıyaka", "İzmir"),
	("Nilüfer", "Bursa"), ("Muratpaşa", "Antalya"), ("Selçuklu", "Konya"),
	("Tepebaşı", "Eskişehir"), ("Ortahisar", "Trabzon"),
	("Girne", "Girne"), ("Gazimağusa", "Gazimağusa"), ("Lapta", "Girne"),
	("Güzelyurt", "Lefkoşa"), ("Есіл", "Астана"), ("Сарыарқа", "Астана"),
	("Байқоңыр", "Астана")])


def district_town(cc, d):
	return DTOWN.get(d, TOWNS[cc][0][0])


# ---------------------------------------------------------------- people
# Surnames: (native, Russian form in Latin, Russian form in Cyrillic);
# the first block of each list is the very common names (sharing one
# proves nothing).
SURNAMES = {
	"TR": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız",
		"Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç",
		"Karaosmanoğlu", "Gümüşdere", "Ilıcalı", "Eğilmez", "Işıklar",
		"Çağlayan", "Tezcan", "Sarıgül", "Akyürek", "Ünaldı",
		"Kuşçuoğlu", "Dumanlı", "Ergüven", "Ilgın", "Taşdelen", "Öncü",
		"Yüceer", "Beşiktepe", "Iğdırlı", "Altıntaş", "Gündoğdu",
		"Tekinalp", "Cömert", "İnceoğlu", "Özbilgin", "Karagöz",
		"Uğurlu", "Bıyıklı", "Çakıroğlu", "Işıkçı", "Sönmez"],
	"AZ": [("Əliyev", "Aliev", "Алиев"), ("Məmmədov", "Mamedov", "Мамедов"),
		("Həsənov", "Gasanov", "Гасанов"), ("Hüseynov", "Guseynov",
		"Гусейнов"), ("Quliyev", "Kuliev", "Кулиев"), ("İsmayılov",
		"Ismailov", "Исмаилов"), ("Şıxəliyev", "Shikhaliev", "Шихалиев"),
		("Cəfərli", "Dzhafarli", "Джафарли"), ("Qənbərov", "Ganbarov",
		"Ганбаров"), ("Əsədzadə", "Asadzade", "Асадзаде"), ("Talıbov",
		"Talybov", "Талыбов"), ("Bağırov", "Bagirov", "Багиров"),
		("Nəsirov", "Nasirov", "Насиров"), ("Rzaquliyev", "Rzakuliev",
		"Рзакулиев"), ("Vəlixanlı", "Velikhanly", "Велиханлы")],
	"KZ": [("Ахметов", "Akhmetov", "Ахметов"), ("Омаров", "Omarov",
		"Омаров"), ("Сейтқали", "Seitkali", "Сейткали"), ("Жұмабаев",
		"Zhumabayev", "Жумабаев"), ("Оспанов", "Ospanov", "Оспанов"),
		("Қасымов", "Kassymov", "Касымов"), ("Әбдірахманов",
		"Abdirakhmanov", "Абдрахманов"), ("Бекмұхамбетов",
		"Bekmukhambetov", "Бекмухамбетов"), ("Тоқтарұлы", "Toktaruly",
		"Токтаров"), ("Нұрғалиев", "Nurgaliyev", "Нургалиев"),
		("Сәрсенбаев", "Sarsenbayev", "Сарсенбаев"), ("Құдайбергенов",
		"Kudaibergenov", "Кудайбергенов"), ("Ержанұлы", "Yerzhanuly",
		"Ержанов")],
	"UZ": [("Karimov", "Karimov", "Каримов"), ("Rahimov", "Rakhimov",
		"Рахимов"), ("Yusupov", "Yusupov", "Юсупов"), ("Abdullayev",
		"Abdullaev", "Абдуллаев"), ("Xolmatov", "Kholmatov", "Холматов"),
		("Qodirov", "Kadyrov", "Кадыров"), ("Gʻulomov", "Gulyamov",
		"Гулямов"), ("Toʻxtayev", "Tukhtaev", "Тухтаев"), ("Norqoʻziyev",
		"Norkuziev", "Норкузиев"), ("Ergashev", "Ergashev", "Эргашев"),
		("Mirzayev", "Mirzaev", "Мирзаев"), ("Shoyusupov", "Shoyusupov",
		"Шоюсупов"), ("Oʻrinboyev", "Urinbaev", "Уринбаев")],
	"KG": [("Асанов", "Asanov", "Асанов"), ("Токтогулов", "Toktogulov",
		"Токтогулов"), ("Жээнбеков", "Zheenbekov", "Жээнбеков"),
		("Өмүрбеков", "Omurbekov", "Омурбеков"), ("Сыдыков", "Sydykov",
		"Сыдыков"), ("Түгөлбаев", "Tugolbaev", "Тюголбаев")],
	"TM": [("Orazow", "Orazov", "Оразов"), ("Annaýew", "Annaev",
		"Аннаев"), ("Gurbanow", "Kurbanov", "Курбанов"), ("Atajanow",
		"Atadzhanov", "Атаджанов"), ("Çaryýew", "Charyev", "Чарыев"),
		("Öwezow", "Ovezov", "Овезов"), ("Hojamuradow", "Khodzhamuradov",
		"Ходжамурадов")],
}
SURNAMES["CY"] = SURNAMES["TR"]
COMMON_SUR = {"TR": 12, "CY": 12, "AZ": 6, "KZ": 5, "UZ": 5, "KG": 2,
	"TM": 3}
GIVEN = {
	"TR": ["Mehmet", "Ahmet", "Mustafa", "Ali", "Hüseyin", "Hasan",
		"İbrahim", "İsmail", "Osman", "Yusuf", "Murat", "Ömer", "Emre",
		"Burak", "Serkan", "Gökhan", "Uğur", "İlker", "Çağlar", "Fatma",
		"Ayşe", "Emine", "Zeynep", "Elif", "Özlem", "Tuğba", "Büşra",
		"Işıl", "Irmak", "Şükran"],
	"AZ": ["Elçin", "Rəşad", "Tural", "Orxan", "Nigar", "Aygün", "Ləman",
		"Vüsal", "Səbinə", "Kamran", "Günay", "Fərid", "Cavid", "Şəhla"],
	"KZ": ["Нұрлан", "Айгүл", "Ерлан", "Асқар", "Динара", "Жанар",
		"Серік", "Бауыржан", "Әсел", "Қанат", "Ғалым", "Мұрат", "Алия"],
	"UZ": ["Jasur", "Sardor", "Dilshod", "Rustam", "Bekzod", "Otabek",
		"Shahnoza", "Nilufar", "Gulnora", "Dilnoza", "Oʻktam", "Gʻayrat"],
	"KG": ["Азамат", "Айбек", "Нурлан", "Гүлзат", "Бакыт", "Жылдыз"],
	"TM": ["Merdan", "Döwlet", "Aýna", "Jeren", "Serdar", "Maral",
		"Batyr", "Gözel"],
}
GIVEN["CY"] = GIVEN["TR"]

# ---------------------------------------------------------------- words
BRANDS = {
	"TR": ["Anadolu", "Marmara", "Ege", "Toros", "Kardelen", "Lale",
		"Çınar", "Yakamoz", "Gökkuşağı", "Ilgaz", "Işık", "Umut", "Güneş",
		"Başak", "Zümrüt", "Akdeniz", "Karadeniz", "Çamlıca", "Boğaziçi",
		"Kızılırmak", "Fırat", "Dicle", "Uludağ", "Erciyes", "Palandöken",
		"Sedef", "Mavi Deniz", "Defne", "İnci", "Ilıca", "Pırlanta",
		"Doruk", "Ufuk", "Kuzey Yıldızı", "Tuna", "Gül", "Söğüt", "Menekşe",
		"Kaşıkçı", "Ihlamur", "Altınkum", "Yeşilırmak", "Beşparmak",
		"Karaburun", "Sarıkamış", "Hisar", "Ilgın", "Özgür", "Akasya",
		"Nilüfer Çiçeği", "Tülin", "Çağdaş", "Öncü", "Işıltı", "Seçkin"],
	"AZ": ["Xəzər", "Qafqaz", "Şahdağ", "Günəş", "Azər", "Nur", "Araz",
		"Kür", "Qızılgül", "Ulduz", "Çinar", "Şəfa", "Məhsəti", "Qobustan",
		"Göygöl", "Nərgiz", "Əlvan", "İpək Yolu", "Qarabağ", "Bulaq",
		"Yaşıl Vadi", "Şirvan", "Abşeron", "Xan Bağı", "Ağ Şəhər",
		"Mərcan", "Sevinc", "Çıraq"],
	"KZ": ["Нұр", "Алтын", "Береке", "Жұлдыз", "Ақжол", "Самғау",
		"Сұңқар", "Тұлпар", "Дала", "Шапағат", "Мейірім", "Алатау",
		"Көктем", "Ақбұлақ", "Қайнар", "Атамекен", "Бәйтерек", "Жетісу",
		"Сарыарқа", "Ақ Орда", "Көкжиек", "Шұғыла", "Ұлағат", "Әсем",
		"Медицина Плюс", "Эко Строй", "Евразия", "Сункар Сервис",
		"Ақ Ниет", "Ырыс"],
	"UZ": ["Nur", "Shifo", "Sogʻlom Avlod", "Gʻalaba", "Baraka",
		"Zarafshon", "Tong Yulduzi", "Oltin Vodiy", "Mehr", "Umid",
		"Navroʻz", "Shodlik", "Choʻlpon", "Oydin", "Yangi Hayot",
		"Istiqlol", "Doʻstlik", "Oqtepa", "Bogʻbon", "Qoʻqon Bozor",
		"Sharq Yulduzi", "Xumo", "Zilol", "Gulshan", "Ipak Yoʻli",
		"Obod", "Hilol", "Saxovat"],
	"KG": ["Ала-Тоо", "Айчүрөк", "Манас", "Тулпар", "Нур", "Кут",
		"Ысык-Көл", "Эркин", "Бакыт", "Элдик", "Ак-Суу", "Бийик",
		"Көк-Жар", "Тенир", "Жибек Жолу"],
	"TM": ["Ak Altyn", "Täze Ýol", "Bereket", "Ýyldyz", "Nesil",
		"Gülzemin", "Watan", "Rysgal", "Älem", "Merjen", "Şapak",
		"Lebap", "Köpetdag", "Nusaý", "Ahal", "Ak Öý", "Döwlet Ýoly"],
}
BRANDS["CY"] = ["Beşparmak", "Lefka", "Kantara", "Bellapais", "Karpaz",
	"Salamis", "Akdeniz", "Girne Kalesi", "Zeytinlik", "Bafra", "Lapta",
	"Yeşilırmak", "Ilgaz", "Defne", "Kaplıca"]
ACT = ["Gıda", "Tekstil", "Otomotiv", "İnşaat", "Lojistik", "Mühendislik",
	"Makine", "Plastik", "Ambalaj", "Elektrik", "Turizm", "Tarım",
	"Mobilya", "Kimya", "Enerji", "Medikal", "Bilişim", "Pazarlama",
	"Nakliyat", "Dış Ticaret", "Hırdavat", "Metal", "Kozmetik"]
CHAINS = {"TR": ["Lezzet Durağı", "Simitçi Dünyası", "Kahve Molası",
	"Köfteci Usta", "Dürüm Evi", "Pideci Hüseyin Usta"],
	"AZ": ["Çay Evi", "Dadlı Ləzzət", "Bakı Kabab"],
	"KZ": ["Дәмді Нан", "Шаурма Хаус", "Кофе Бум"],
	"UZ": ["Osh Markazi", "Somsa Uyi", "Lavash Bar"],
	"KG": ["Нан Тандыр", "Кофе Бум"], "TM": ["Çörek Öý"]}
CHAINS["CY"] = CHAINS["TR"]

# Templates per country and sector: {B} brand, {S} surname, {S2} another,
# {P} a person, {D} district, {T} town, {N} a number, {A} activity,
# {C} a chain.  The Turkish suffixed sector word is last so reorder can
# turn it ("Eczanesi" -> "Eczane").
T = {
	"TR": {
		"clinic": ["Özel {B} Tıp Merkezi", "Özel {B} Polikliniği",
			"{B} Klinik", "Özel {B} Hastanesi"],
		"dental": ["{S} Diş Kliniği", "Özel {B} Ağız ve Diş Sağlığı Polikliniği",
			"Dt. {P} Muayenehanesi", "{B} Diş Kliniği"],
		"pharmacy": ["{B} Eczanesi", "{S} Eczanesi", "Eczane {B}"],
		"law": ["{S} Hukuk Bürosu", "{S} ve {S2} Avukatlık Ortaklığı",
			"Av. {P} Hukuk Bürosu"],
		"notary": ["{T} {N}. Noterliği"],
		"accountant": ["{S} Mali Müşavirlik", "{S} Muhasebe Bürosu",
			"SMMM {P}", "{B} Muhasebe ve Danışmanlık"],
		"school": ["Özel {B} Koleji", "Özel {B} Anaokulu",
			"{B} Eğitim Kurumları"],
		"foundation": ["{B} Eğitim ve Kültür Vakfı", "{S} Vakfı"],
		"association": ["{B} Yardımlaşma Derneği", "{D} Esnaf Derneği"],
		"municipality": ["{D} Belediyesi"],
		"hotel": ["{B} Otel", "Hotel {B}", "{B} Butik Otel"],
		"restaurant": ["{B} Lokantası", "{S} Kebap Salonu",
			"{B} Cafe ve Restaurant"],
		"trader": ["{B} Dış Ticaret", "{B} {A} İthalat İhracat",
			"{B} {A} Pazarlama"],
		"factory": ["{B} {A} Sanayi ve Ticaret", "{B} {A}"],
		"builder": ["{B} İnşaat Taahhüt", "{S} İnşaat Mühendislik"],
		"transport": ["{B} Lojistik", "{S} Nakliyat", "{B} Uluslararası Taşımacılık"],
		"franchise": ["{C} {D}"],
		"sole": ["{S} Oto Servis", "{S} Elektrik", "{B} Kırtasiye",
			"{S} Optik"],
	},
	"AZ": {
		"clinic": ["{B} Tibb Mərkəzi", "{B} Klinikası", "{B} Poliklinikası"],
		"dental": ["{B} Stomatologiya Klinikası", "{B} Diş Klinikası"],
		"pharmacy": ["{B} Aptek", "Aptek {B}"],
		"law": ["{S} və Partnyorlar Hüquq Firması", "{S} Vəkil Bürosu"],
		"notary": ["{T} {N} saylı Notariat Kontoru"],
		"accountant": ["{B} Audit", "{B} Mühasibat Xidmətləri"],
		"school": ["{B} Liseyi", "{B} Özəl Məktəbi"],
		"municipality": ["{D} Bələdiyyəsi"],
		"hotel": ["{B} Hotel", "{B} Otel"],
		"restaurant": ["{B} Restoranı", "{B} Çayxanası"],
		"trader": ["{B} Trade", "{B} Group"],
		"factory": ["{B} Zavodu", "{B} Sənaye"],
		"builder": ["{B} İnşaat", "{B} Tikinti"],
		"transport": ["{B} Logistics", "{B} Nəqliyyat"],
		"franchise": ["{C} {D}"],
	},
	"KZ": {
		"clinic": ["Медицинский центр {B}", "Клиника {B}", "{B} емханасы"],
		"dental": ["Стоматология {B}", "{B} Дент"],
		"pharmacy": ["Аптека {B}", "{B} дәріханасы", "{B} Фарм"],
		"law": ["Адвокатская контора {S}", "Юридическая фирма {B}",
			"{S} и партнёры"],
		"notary": ["Нотариус {P}"],
		"accountant": ["Бухгалтерские услуги {B}", "{B} Консалтинг"],
		"school": ["Частная школа {B}", "{B} мектебі"],
		"municipality": ["Акимат {D} района", "{D} ауданының әкімдігі"],
		"hotel": ["Отель {B}", "{B} Hotel"],
		"restaurant": ["Ресторан {B}", "Кафе {B}"],
		"trader": ["{B} Трейд", "{B} Импорт"],
		"factory": ["{B} Завод", "{B} Агро"],
		"builder": ["{B} Строй", "{B} Құрылыс"],
		"transport": ["{B} Транс", "{B} Логистик"],
		"franchise": ["{C} {D}"],
	},
	"UZ": {
		"clinic": ["{B} klinikasi", "{B} xususiy klinikasi",
			"{B} poliklinikasi", "{B} Medical"],
		"dental": ["{B} stomatologiya", "{B} Dental"],
		"pharmacy": ["{B} dorixonasi", "Apteka {B}", "{B} Farm"],
		"law": ["{S} va hamkorlar advokatlik firmasi",
			"{B} advokatlik byurosi"],
		"notary": ["{P} xususiy notariusi"],
		"accountant": ["{B} buxgalteriya xizmati", "{B} Audit"],
		"school": ["{B} xususiy maktabi", "{B} Maktab"],
		"municipality": ["{D} tumani hokimiyati"],
		"hotel": ["{B} mehmonxonasi", "Hotel {B}"],
		"restaurant": ["{B} restorani", "{B} choyxonasi"],
		"trader": ["{B} Savdo", "{B} Trade"],
		"factory": ["{B} zavodi", "{B} Tekstil"],
		"builder": ["{B} Qurilish", "{B} Stroy"],
		"transport": ["{B} Trans", "{B} Logistik"],
		"franchise": ["{C} {D}"],
	},
	"KG": {
		"clinic": ["Медицинский центр {B}", "{B} клиникасы"],
		"dental": ["Стоматология {B}"],
		"pharmacy": ["Аптека {B}", "{B} дарыканасы"],
		"law": ["Юридическая компания {B}"],
		"accountant": ["{B} Консалтинг"],
		"school": ["Частная школа {B}"],
		"hotel": ["Отель {B}", "{B} Hotel"],
		"restaurant": ["Кафе {B}", "Ресторан {B}"],
		"trader": ["{B} Трейд"],
		"builder": ["{B} Строй"],
		"transport": ["{B} Транс"],
		"franchise": ["{C} {D}"],
	},
	"TM": {
		"clinic": ["{B} emlewhanasy", "{B} saglyk merkezi"],
		"pharmacy": ["{B} dermanhanasy"],
		"hotel": ["{B} myhmanhanasy"],
		"restaurant": ["{B} restorany"],
		"trader": ["{B} söwda merkezi"],
		"builder": ["{B} gurluşyk"],
		"transport": ["{B} ulag"],
	},
}
T["CY"] = {k: v for k, v in T["TR"].items() if k != "municipality"}
T["CY"]["municipality"] = ["{D} Belediyesi"]
SECTORS = [("clinic", 10), ("dental", 8), ("pharmacy", 10), ("law", 7),
	("notary", 3), ("accountant", 7), ("school", 5), ("foundation", 2),
	("association", 2), ("municipality", 3), ("hotel", 6),
	("restaurant", 6), ("trader", 8), ("factory", 6), ("builder", 5),
	("transport", 5), ("franchise", 3), ("sole", 4)]
# Legal forms: (form, position, share) per country; sectors that carry one
# and how often.
LEGAL = {
	"TR": [("Ltd. Şti.", 0, 35), ("Tic. Ltd. Şti.", 0, 15),
		("San. ve Tic. Ltd. Şti.", 0, 8), ("A.Ş.", 0, 15),
		("San. ve Tic. A.Ş.", 0, 12), ("Koll. Şti.", 0, 2)],
	"AZ": [("MMC", 0, 70), ("ASC", 0, 15), ("QSC", 0, 10)],
	"KZ": [("ТОО", 1, 60), ("АО", 1, 8), ("TOO", 1, 10), ("LLP", 0, 8),
		("JSC", 0, 3)],
	"UZ": [("MChJ", 0, 55), ("OOO", 1, 12), ("ООО", 1, 8), ("AJ", 0, 6),
		("XK", 0, 10), ("QK", 0, 3)],
	"KG": [("ОсОО", 1, 70), ("OsOO", 1, 15), ("LLC", 0, 10)],
	"TM": [("HJ", 0, 80), ("HK", 0, 10)],
}
LEGAL["CY"] = [("Ltd.", 0, 70), ("Ltd. Şti.", 0, 20)]
CARRIES = {"clinic": .3, "dental": .15, "pharmacy": .1, "law": 0,
	"notary": 0, "accountant": .15, "school": .3, "foundation": 0,
	"association": 0, "municipality": 0, "hotel": .5, "restaurant": .35,
	"trader": .95, "factory": 1, "builder": .9, "transport": .9,
	"franchise": .5, "sole": 0}
SOLE = {"TR": None, "CY": None, "AZ": None, "KZ": "ИП", "UZ": "YaTT",
	"KG": "ИП", "TM": None}
TLD = {"TR": ".com.tr", "CY": ".com", "AZ": ".az", "KZ": ".kz",
	"UZ": ".uz", "KG": ".kg", "TM": ".tm"}

# ---------------------------------------------------------------- scripts
CYR_LAT = dict(zip("абвгдезийклмнопрстуфыэ",
	"abvgdeziyklmnoprstufye"))
CYR_LAT.update({"ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
	"щ": "shch", "ъ": "", "ь": "", "ю": "yu", "я": "ya", "ё": "yo",
	"ә": "a", "ғ": "g", "қ": "k", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u",
	"һ": "h", "і": "i", "ў": "o'", "ҳ": "h", "ҷ": "j", "ҹ": "c", "ҝ": "g",
	"ј": "y"})
# Kazakh Cyrillic to the Latin alphabets of 2017 (apostrophes), 2018
# (acutes) and 2021 (diacritics); letters not listed as passport style.
KZ17 = {"ә": "a'", "ғ": "g'", "ң": "n'", "ө": "o'", "ү": "u'", "ұ": "u",
	"ш": "s'", "ч": "c'", "і": "i", "ы": "y", "й": "i'", "қ": "q",
	"х": "h", "һ": "h", "ж": "j", "ц": "ts", "ю": "iu", "я": "ia"}
KZ18 = dict(KZ17, **{"ә": "á", "ғ": "ǵ", "ң": "ń", "ө": "ó", "ү": "ú",
	"ш": "sh", "ч": "ch", "й": "ı"})
KZ21 = dict(KZ17, **{"ә": "ä", "ғ": "ğ", "ң": "ñ", "ө": "ö", "ү": "ü",
	"ұ": "ū", "ш": "ş", "ч": "ç", "й": "i", "і": "ı"})
RUSSIFY = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")
# Uzbek Latin <-> Cyrillic (the 1995 alphabet's own pairs).
UZ_DI = [("oʻ", "ў"), ("gʻ", "ғ"), ("sh", "ш"), ("ch", "ч"), ("ya", "я"),
	("yo", "ё"), ("yu", "ю"), ("ts", "ц")]
UZ_ONE = dict(zip("abdefghijklmnopqrstuvxyz",
	"абдефгҳижклмнопқрстувхйз"))
# Azerbaijani Latin -> the Cyrillic of 1958-1991.
AZ_CYR = dict(zip("abcçdeəfgğhxıijkqlmnoöprsştuüvyz",
	"абҹчдеәфҝғһхыижкглмноөпрсштуүвјз"))
# Latin read on a Russian keyboard layout (ЙЦУКЕН) and back.
QW = "qwertyuiop[]asdfghjkl;'zxcvbnm,."
RU = "йцукенгшщзхъфывапролджэячсмитьбю"
RU2EN = dict(zip(RU, QW))
RU2EN.update({"ә": "2", "і": "3", "ң": "4", "ғ": "5", "ү": "8", "ұ": "9",
	"қ": "0", "ө": "-", "һ": "="})	# the Kazakh layout's digit row
EN2RU = dict(zip(QW, RU))
# What a US keyboard leaves of Turkic Latin letters.
ASCII = str.maketrans({"ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G", "ç": "c",
	"Ç": "C", "ö": "o", "Ö": "O", "ü": "u", "Ü": "U", "ı": "i", "İ": "I",
	"ə": "e", "Ə": "E", "ä": "a", "Ä": "A", "ň": "n", "Ň": "N", "ý": "y",
	"Ý": "Y", "ž": "z", "Ž": "Z", "ʻ": "", "â": "a", "î": "i", "û": "u"})
UZ_APOS = ["'", "`", "‘", "’", ""]
AND = {"TR": "ve", "CY": "ve", "AZ": "və", "KZ": "и", "UZ": "va",
	"KG": "и", "TM": "we"}
# Turkish abbreviations in company titles (both ways).
ABBR = [("Sanayi", "San."), ("Ticaret", "Tic."), ("Mühendislik", "Müh."),
	("İnşaat", "İnş."), ("Pazarlama", "Paz."), ("Nakliyat", "Nak."),
	("Turizm", "Tur."), ("İthalat", "İth."), ("İhracat", "İhr."),
	("Limited Şirketi", "Ltd. Şti."), ("Anonim Şirketi", "A.Ş."),
	("Elektrik", "Elk."), ("Otomotiv", "Oto."), ("Makine", "Mak."),
	("Taahhüt", "Taah."), ("Danışmanlık", "Dan."),
	("Uluslararası", "Ulus."), ("Taşımacılık", "Taş.")]
# A Turkish sector word with its possessive suffix and the bare noun
# signs use when it comes first.
POSS = {"Eczanesi": "Eczane", "Kliniği": "Klinik", "Bürosu": "Büro",
	"Belediyesi": "Belediye", "Derneği": "Dernek", "Vakfı": "Vakıf",
	"Lokantası": "Lokanta", "Noterliği": "Noter", "Polikliniği":
	"Poliklinik", "Koleji": "Kolej", "Salonu": "Salon",
	"Bələdiyyəsi": "Bələdiyyə", "Klinikası": "Klinika",
	"dorixonasi": "dorixona", "klinikasi": "klinika",
	"dәріханасы": "дәріхана", "дәріханасы": "дәріхана",
	"емханасы": "емхана", "dermanhanasy": "dermanhana",
	"emlewhanasy": "emlewhana", "hokimiyati": "hokimiyat"}
# The sector word a Russian speaker says instead.
RU_SECTOR = {"дәріханасы": "аптека", "емханасы": "поликлиника",
	"мектебі": "школа", "dorixonasi": "apteka", "klinikasi": "klinika",
	"poliklinikasi": "poliklinika", "mehmonxonasi": "gostinitsa",
	"дарыканасы": "аптека", "dermanhanasy": "apteka",
	"myhmanhanasy": "gostinitsa", "Aptek": "Apteka",
	"Құрылыс": "Строй"}
ROLES = {"TR": ["RESEPSIYON", "MUHASEBE", "SEKRETER", "KASA", "DOKTOR1",
	"ECZ-PC"], "AZ": ["MUHASIBAT", "KASSA", "RESEPSIYA"],
	"KZ": ["BUH", "KASSA", "REGISTRATURA", "PRIEMNAYA"],
	"UZ": ["BUXGALTER", "KASSA", "QABULXONA"], "KG": ["BUH", "KASSA"],
	"TM": ["KASSA", "BUHGALTER"]}
ROLES["CY"] = ROLES["TR"]
TECHS = {"IST": ["Emre Aksoy", "Selin Ergin", "Cem Taşkın"],
	"ANK": ["Onur Başaran", "Gizem Ilıcak"],
	"BAK": ["Rauf Hacıyev", "Aysel Nəbiyeva"],
	"ALA": ["Daniyar Sultanov", "Ekaterina Kim", "Aibek Toktonaliev"],
	"AST": ["Ayan Zhaksybekova", "Arman Iskakov"],
	"TAS": ["Timur Nazarov", "Malika Yuldasheva", "Sherzod Aliev"]}
VENDORS = ["Türk Telekom", "Turkcell Superonline", "Logo Yazılım",
	"Mikro Yazılım", "Netsis Destek", "Azercell", "Bakcell", "Kaspi Pay",
	"Казахтелеком", "Beeline", "Ucell", "Uzmobile", "1С-Битрикс",
	"1C Buxgalteriya", "Microsoft 365", "HP Servis", "Canon Eurasia",
	"Altyn Asyr", "Megacom", "Kazakhtelecom"]
STAFF = ["TEST", "Ofis - Teknik", "Depo PC", "Yeni kurulum", "Demo makine",
	"Новый ноутбук", "Тест", "Sinov kompyuter", "Kurulum bekliyor",
	"Stok laptop", "Склад ноутбуков", "Yedek PC"]
# What follows a given name: Turkish Bey / Hanım / abi / abla,
# Azerbaijani müəllim / xanım, Uzbek aka / opa, Turkmen aga / daýza (male,
# female); at the Almaty desk a device word.
HONOR = {"TR": (["Bey", "abi"], ["Hanım", "abla"]), "AZ": (["müəllim",
	"bəy"], ["xanım", "müəllimə"]), "UZ": (["aka"], ["opa"]),
	"TM": (["aga"], ["daýza"]), "KZ": (["ноутбук", "(дом)"],) * 2,
	"KG": (["ноутбук"],) * 2}
HONOR["CY"] = HONOR["TR"]
FEMALE = set("Fatma Ayşe Emine Zeynep Elif Özlem Tuğba Büşra Işıl Irmak "
	"Şükran Nigar Aygün Ləman Səbinə Günay Şəhla Shahnoza Nilufar Gulnora "
	"Dilnoza Aýna Jeren Maral Gözel Айгүл Динара Жанар Әсел Алия Гүлзат "
	"Жылдыз".split())
# Surname pieces for contacts (Turkish surnames of the 1934 Surname Law
# are mostly such compounds: Kara+oğlu, Ak+soy, Gök+türk), and the
# patronymic surnames of the former Soviet republics (father's given name
# + -ov / -ев, Turkmen -ow, Azerbaijani -li).
TR_ROOT = ("Ak Kara Gök Demir Taş Er Öz Yıldırım Çelik Koç Kurt Tekin Ay "
	"Gül Bal Şen Uçar Ateş Bozkurt Güven Aslan Kaplan Sarı Akın Erdem "
	"Uysal Duman Keskin Sezer Tuna Altın Bilgin Coşkun").split()
TR_SUF = ["", "oğlu", "soy", "türk", "er", "can", "taş", "kaya", "el",
	"dağ", "han", "başı"]


def tr_upper(s):
	return s.replace("i", "İ").replace("ı", "I").upper()


def tr_lower(s):
	return s.replace("I", "ı").replace("İ", "i").lower()


def cyr(s):
	return bool(re.search("[\u0400-\u04ff]", s))


def lat(s, table=None):
	"""Cyrillic as Latin; table first for its letters (KZ17 ...)."""
	out = []
	for ch in s:
		lo = ch.lower()
		r = (table or {}).get(lo, CYR_LAT.get(lo))
		if r is None:
			out.append(ch)
		else:
			out.append(r.capitalize() if ch != lo and r else r)
	return "".join(out)


def uz_cyr(s):
	out, i = [], 0
	while i < len(s):
		two = s[i:i + 2].lower()
		hit = [c for d, c in UZ_DI if d == two]
		if hit:
			r, i = hit[0], i + 2
			up = s[i - 2].isupper()
		else:
			ch = s[i]
			r, up, i = UZ_ONE.get(ch.lower(), ch), ch.isupper(), i + 1
			if ch in "'ʻ":
				r = "ъ"
		out.append(r.upper() if up else r)
	return "".join(out)


def uz_lat(s):
	back = {c: d for d, c in UZ_DI}
	back.update({v: k for k, v in UZ_ONE.items()})
	back.update({"ъ": "ʼ", "э": "e", "е": "e", "ы": "i", "ь": ""})
	out = []
	for ch in s:
		r = back.get(ch.lower(), ch)
		out.append(r.capitalize() if ch.isupper() else r)
	return "".join(out)


def az_cyr(s):
	out = []
	for ch in s:
		lo = tr_lower(ch)
		r = AZ_CYR.get(lo, ch)
		out.append(r.upper() if ch != lo else r)
	return "".join(out)


def layout(s, table):
	return "".join(table.get(ch.lower(), ch) for ch in s)


def en2ru(s):
	"""Latin to a Russian speaker's Cyrillic spelling (sh ш, kh х ...)."""
	for a, b in (("shch", "щ"), ("sh", "ш"), ("ch", "ч"), ("zh", "ж"),
			("kh", "х"), ("ts", "ц"), ("ya", "я"), ("yu", "ю"), ("yo", "ё")):
		s = s.replace(a, b).replace(a.capitalize(), b.upper())
	m = dict(zip("abvgdezijklmnoprstufhcqwxy",
		"абвгдезиджклмнопрстуфхккввы"))
	out = []
	for ch in s:
		r = m.get(ch.lower(), ch)
		out.append(r.upper() if ch.isupper() else r)
	return "".join(out)


# The folding this generator's checks read names through: every script and
# alphabet above to one ASCII skeleton.
SKEL_SUBS = [("shch", "s"), ("sh", "s"), ("ch", "c"), ("zh", "j"),
	("kh", "h"), ("gh", "g"), ("ng", "n"), ("dzh", "j"), ("dj", "j"),
	("ts", "s"), ("x", "h"), ("q", "k"), ("g", "k"), ("w", "v"),
	("y", "i"),
	("e", "a"), ("'", ""), ("`", ""), ("‘", ""), ("’", ""), ("ʻ", ""),
	("ʼ", "")]
SKEL_LEGAL_RAW = ("ltd sti a s aş san ve tic koll mmc asc qsc too llp ao "
	"jsc ip mchj ooo aj xk qk yatt hj ho osoo llc sanayi ticaret limited "
	"şirketi anonim va və и and m c h j k").split()


def _sk(s):
	"""s folded to the skeleton: scripts to ASCII, romanisation
	variants merged, doubled letters single."""
	s = "".join(CYR_LAT.get(ch, ch) for ch in tr_lower(s))
	s = normalize("NFKD", s.translate(ASCII).replace("ə", "e"))
	s = "".join(ch for ch in s if not combining(ch)).lower()
	for a, b in SKEL_SUBS:
		s = s.replace(a, b)
	return re.sub(r"(.)\1+", r"\1", s)


SKEL_LEGAL = {_sk(w) for w in SKEL_LEGAL_RAW}


def skel_words(s):
	ws = re.sub("[^0-9a-z]+", " ", _sk(s)).split()
	return [w for w in ws if w not in SKEL_LEGAL]


def skel(s):
	return " ".join(skel_words(s))


ck = lk.Checks(skel, skel_words, " [-–/] |: ")
# The same checks reading an abbreviation as its words (session 21:
# "Teklif - Hisar Mak. Paz. A.Ş." was drawn as an impostor although it is
# Hisar Makine Pazarlama A.Ş. as this list abbreviates it, and "Güneş
# Tekstil İth. İhr. Tic. Limited Şirketi" Güneş Tekstil İthalat İhracat).
# Only abbr_fix reads through them, so that every other row stays.
ABBR_WORDS = {}
for _a, _b in ABBR:
	if len(skel_words(_b)) == 1:
		ABBR_WORDS[skel_words(_b)[0]] = skel_words(_a)


def abbr_words(s):
	return [x for w in skel_words(s) for x in ABBR_WORDS.get(w, [w])]


ck_abbr = lk.Checks(lambda s: " ".join(abbr_words(s)), abbr_words,
	" [-–/] |: ")


# ---------------------------------------------------------------- customers
def sur(rng, cc, common=None):
	lst = SURNAMES[cc]
	k = COMMON_SUR[cc]
	if common is None:
		common = rng.random() < .45
	pool = lst[:k] if common else lst[k:]
	return rng.choice(pool)


def native(x):
	return x if isinstance(x, str) else x[0]


def person(rng, cc, contact=False):
	"""(given, surname entry) for a person of cc; a contact's surname
	from the wider pool half the time."""
	g = rng.choice(GIVEN[cc])
	if not contact or rng.random() < .5:
		return g, sur(rng, cc)
	if cc in ("TR", "CY"):
		return g, (rng.choice(TR_ROOT) + rng.choice(TR_SUF)).capitalize()
	f = rng.choice(GIVEN[cc])
	n = {"AZ": f + rng.choice(["ov", "li", "zadə"]), "KZ": f + "ов",
		"UZ": f + "ov", "KG": f + "ов", "TM": f + "ow"}[cc]
	rl = n.translate(ASCII) if not cyr(n) else lat(n)
	if cc == "TM":
		rl = rl[:-1] + "v"
	rc = n.translate(RUSSIFY) if cyr(n) else en2ru(rl)
	return g, (n, rl, rc)


def pname(p, cc, form=0):
	"""A person's name: form 0 native given + surname, 1 surname first,
	2 the Russian form (for AZ, KZ, UZ, KG, TM)."""
	g, s = p
	if form == 2 and not isinstance(s, str):
		rs = s[2] if cyr(native(s)) or cc in ("KZ", "KG") else s[1]
		rg = g.translate(RUSSIFY) if cyr(g) else g.translate(ASCII)
		if g in FEMALE and rs.endswith(("ов", "ев", "ов", "ov", "ev")):
			rs += "а" if cyr(rs) else "a"
		return rs + " " + rg
	n = native(s)
	if g in FEMALE and n.endswith(("ов", "ев", "ин")):
		n = n + "а"
	elif g in FEMALE and n.endswith(("ov", "ev", "ow")):
		n = n + "a"
	return (g + " " + n) if form == 0 else (n + " " + g)


def fill(rng, cc, tpl, town):
	p = person(rng, cc)
	s1, s2 = sur(rng, cc), sur(rng, cc)
	vals = {"B": rng.choice(BRANDS[cc]), "S": native(s1), "S2": native(s2),
		"P": pname(p, cc), "D": rng.choice(DISTRICTS[cc]), "T": town,
		"N": str(rng.randint(1, 60)), "A": rng.choice(ACT),
		"C": rng.choice(CHAINS[cc])}
	if vals["S2"] == vals["S"]:
		vals["S2"] = native(SURNAMES[cc][-1]) if vals["S"] != \
			native(SURNAMES[cc][-1]) else native(SURNAMES[cc][0])
	used = re.findall(r"\{(\w+)\}", tpl)
	core = tpl
	for k in used:
		core = core.replace("{%s}" % k, vals[k])
	owner = p if "P" in used else None
	return core, vals, used, owner


def make_customer(rng, g, cid, cc=None):
	cc = cc or lk.wpick(rng, COUNTRY)
	town, desk, _, zp = rng.choices(TOWNS[cc], [t[2] for t in TOWNS[cc]])[0]
	secs = [s for s in SECTORS if s[0] in T[cc]]
	sector = lk.wpick(rng, secs)
	tpl = rng.choice(T[cc][sector])
	core, vals, used, owner = fill(rng, cc, tpl, town)
	if "D" in used:	# a district's municipality or franchisee is there
		town = district_town(cc, vals["D"])
		desk, zp = [(t[1], t[3]) for t in TOWNS[cc] if t[0] == town][0]
	if cc in ("KZ", "KG") and "{B}" in tpl and rng.random() < .6 and \
			not tpl.startswith("{B}"):
		core = core.replace(vals["B"], "«%s»" % vals["B"])
	legal, lpos = "", 0
	if sector == "sole" or (SOLE[cc] and sector in ("trader", "restaurant",
			"builder") and rng.random() < .25):
		owner = owner or person(rng, cc)
		if SOLE[cc]:
			legal, lpos = SOLE[cc], 1
			if rng.random() < .5:
				core = pname(owner, cc, 1)
		elif rng.random() < .5:
			core = core + " - " + pname(owner, cc)
		else:
			core = pname(owner, cc) + " - " + core
	elif sector == "pharmacy" and cc in ("TR", "CY") and rng.random() < .3:
		owner = person(rng, cc)
		core = core + " - Ecz. " + pname(owner, cc)
	elif rng.random() < CARRIES[sector]:
		lg = lk.wpick(rng, LEGAL[cc])
		legal, lpos, _ = [x for x in LEGAL[cc] if x[0] == lg][0]
		if cc in ("TR", "CY") and ("Sanayi" in core or "Ticaret" in
				core):
			legal = legal.replace("San. ve Tic. ", "").replace("Tic. ",
				"")
		if legal == "Koll. Şti." and "S" not in used:
			legal = "Ltd. Şti."
		if cc == "TR" and rng.random() < .2:
			for a, b in ABBR:	# the title as the registry writes it
				core = core.replace(a, b)
		if cc == "TR" and rng.random() < .15:
			legal = legal.replace("Ltd. Şti.", "Limited Şirketi").replace(
				"A.Ş.", "Anonim Şirketi")
	if legal and lpos:
		if cc in ("KZ", "KG", "UZ") and cyr(legal) and "«" not in core \
				and legal not in ("ИП", "ЯТТ"):
			name = "%s «%s»" % (legal, core)
		elif cc == "UZ" and rng.random() < .5:
			name = '%s "%s"' % (legal, core)
		else:
			name = legal + " " + core
	elif legal:
		name = core + " " + legal
		if cc == "UZ" and rng.random() < .3:
			name = '"%s" %s' % (core, legal)
	else:
		name = core
	if cc == "UZ" and rng.random() < .25 and not cyr(name):
		name = uz_cyr(name)
		core, legal = uz_cyr(core), uz_cyr(legal)
	c = {"id": cid, "name": name, "cc": cc, "town": town, "desk": desk,
		"sector": sector, "core": core.replace("«", "").replace("»", ""),
		"legal": legal, "lpos": lpos, "brand": vals["B"] if "B" in used
		else None, "owner": owner, "chain": vals["C"] if "C" in used
		else None, "district": vals["D"] if "D" in used else None,
		"sur": vals["S"] if "S" in used else None, "zp": zp}
	return c


def ascii_of(s):
	t = s.translate(ASCII)
	t = lat(t) if cyr(t) else t
	t = normalize("NFKD", t)
	return "".join(ch for ch in t if ch.isalnum() or ch in " -").upper()


def assets(rng, c, ids, shared):
	cc = c["cc"]
	# The MSP's prefix: three letters of each of the first two words of
	# the name (titles and legal forms left out), the town's code after
	# it for a third of the customers: "ANAECZ-PC01", "NURMED-ALA-NB02".
	words = [w for w in ascii_of(c["core"]).replace("-", " ").split()
		if w not in ("OZEL", "DT", "AV", "SMMM", "ECZ", "TOO", "OOO")]
	return lk.asset_names(rng, ids, words, ascii_of(c["town"]), ROLES[cc],
		shared, lambda rng: ascii_of(person(rng, cc)[0]).split()[0][:10])


def contacts(rng, c, ids):
	cc, dom = c["cc"], c["domain"]
	out = []
	people = [c["owner"]] if c["owner"] else []
	for _ in range(rng.randint(0, 3)):
		people.append(person(rng, cc, True))
	for p in people:
		form = 2 if cc in ("AZ", "UZ", "TM") and rng.random() < .3 else 0
		full = pname(p, cc, form).split(" ", 1)
		if form == 2:
			full = full[::-1]
		first, last = full[0], full[1]
		out.append(lk.contact(ids, first, last, dom, ascii_of))
	return out


def address(rng, c):
	cc = c["cc"]
	no = rng.randint(1, 240)
	street = {"TR": ["Atatürk Cad. No:%d", "Cumhuriyet Mah. %d. Sk.",
		"İnönü Bulvarı No: %d", "Bağdat Cad. %d/3"],
		"AZ": ["Nizami küç. %d", "Həsən bəy Zərdabi pr. %d",
		"Azadlıq pr. %d"], "KZ": ["пр. Абая, %d", "ул. Толе би, %d",
		"Kabanbay Batyr Ave %d", "ул. Сатпаева %d"],
		"UZ": ["Amir Temur koʻchasi, %d", "Mustaqillik shoh koʻchasi %d",
		"ул. Шота Руставели, %d"], "KG": ["ул. Киевская, %d",
		"пр. Чуй %d"], "TM": ["Magtymguly şaýoly %d", "Oguzhan köç. %d"]}
	street["CY"] = ["Mehmet Akif Cad. No:%d", "Ecevit Cad. %d"]
	a2 = None
	if rng.random() < .3:
		a2 = rng.choice(["Kat %d", "Daire %d", "офис %d", "ofis %d",
			"Blok B, %d"]) % rng.randint(1, 30)
	zp = c["zp"]
	z = zp + "%03d" % rng.randint(0, 999) if len(zp) == 2 else \
		zp + "%02d" % rng.randint(0, 99) if zp.startswith("AZ") else \
		zp + "%03d" % (rng.randint(0, 99) * 10) if len(zp) == 3 else zp
	state = {"TR": c["town"], "CY": "KKTC"}.get(cc)
	city = c["town"]
	if cc == "KZ" and rng.random() < .4:
		city = lat(city)
	return {"address": rng.choice(street[cc]) % no, "address_2": a2,
		"city": city, "state": state, "zip": z if rng.random() < .8
		else None}


def population(rng, n):
	g = lk.G()
	g.custs, seen, shared, domains = [], set(), set(), set()
	ids = iter(range(377000001, 399999999))
	cid = 37000000
	while len(g.custs) < n:
		cid += rng.randint(1, 4)
		c = make_customer(rng, g, cid)
		k = skel(c["name"])
		kc = skel(c["core"])
		if k in seen or kc in seen or not k:
			continue
		seen.add(k)
		seen.add(kc)
		dom = re.sub("[^a-z0-9]", "", ascii_of(c["brand"] or c["sur"] or
			c["core"]).lower())[:14] or "ofis"
		dom += TLD[c["cc"]]
		while dom in domains:	# one firm's domain, not shared
			dom = "%s%d%s" % (dom.split(".")[0], rng.randint(1, 9),
				TLD[c["cc"]])
		domains.add(dom)
		c["domain"] = dom if rng.random() < .7 else \
			rng.choice(["gmail.com", "mail.ru", "yandex.ru", "mail.ru"])
		lk.add_customer(rng, g, c, ids, shared, address, contacts, assets)
	g.shared = sorted(shared)
	return g


def index(g, ck=ck):
	ck.index_start(g)
	g.chain_towns = {}
	for i, c in enumerate(g.custs):
		if c["chain"]:
			g.chain_towns.setdefault(c["chain"], set()).add(c["town"])
		ck.add_names(g, i, (c["name"], c["core"]))
		forms = [c["name"], c["core"]]
		if c["owner"]:
			for f in (0, 1, 2):
				nm = pname(c["owner"], c["cc"], f)
				forms.append(c["core"].replace(nm, ""))
				forms.append(c["name"].replace(nm, ""))
		for t in (c["town"], c["district"]):
			if t:
				forms.append(c["core"].replace(t, ""))
		ck.add_forms(g, i, forms)
		ck.add_words(g, i, ck.skel_words(c["name"]))
		ck.add_contacts(g, i, c)
	ck.index_end(g)


# ---------------------------------------------------------------- noise
def legal_other(rng, c, r):
	"""The legal form moved or spelt another way."""
	core, lg, cc = c["core"], c["legal"], c["cc"]
	alt = {"Ltd. Şti.": ["Ltd Şti", "LTD.ŞTİ.", "Ltd.Şti.", "Ltd Sti",
		"Limited Şirketi", "Ltd."], "A.Ş.": ["AŞ", "A.S.", "Anonim Şirketi",
		"A.Ş"], "MMC": ["LLC", "mmc", "M.M.C."], "ASC": ["OJSC", "A.S.C."],
		"QSC": ["CJSC", "Q.S.C."], "ТОО": ["TOO", "LLP", "тоо"],
		"TOO": ["ТОО", "LLP"], "LLP": ["ТОО", "TOO"], "АО": ["AO", "JSC"],
		"JSC": ["АО", "AO"], "MChJ": ["OOO", "ООО", "LLC", "MCHJ",
		"M.Ch.J."], "OOO": ["MChJ", "ООО", "LLC"], "ООО": ["OOO", "MChJ"],
		"ОсОО": ["OsOO", "ОСОО", "LLC", "ООО"], "OsOO": ["ОсОО", "LLC"],
		"HJ": ["H.J.", "ХО", "hj"], "Ltd.": ["Ltd", "LTD", "Limited"],
		"ИП": ["IP", "ип"], "YaTT": ["YATT", "ЯТТ", "IP"]}
	for k, v in alt.items():
		if lg.endswith(k):
			new = lg[:-len(k)] + rng.choice(v)
			break
	else:
		return core
	if r < .75 or cc in ("TR", "CY", "AZ", "TM"):
		return core + " " + new
	return new + " " + core


n_legal = lk.legal_row(legal_other)


def n_ascii(rng, g, c):
	t = c["name"].translate(ASCII)
	if c["cc"] == "AZ" and rng.random() < .3:
		t = c["name"].replace("ə", "a").replace("Ə", "A").translate(ASCII)
	return t


def n_tri(rng, g, c):
	"""The Turkish-I problem: case mapping without the Turkish rules."""
	s = c["name"]
	if c["cc"] not in ("TR", "CY", "AZ") or not re.search("[iıIİ]", s):
		return None
	r = rng.random()
	if r < .3:
		return s.upper()	# i -> I, ı -> I: "ISTANBUL"
	if r < .55:
		return tr_lower(s.translate(ASCII).upper())	# I -> ı
	if r < .75:
		return tr_upper(s).lower()	# İ -> i + U+0307
	return tr_upper(s)


def n_caps(rng, g, c):
	s = c["name"] if rng.random() < .6 else c["core"]
	return tr_upper(s) if c["cc"] in ("TR", "CY", "AZ") else s.upper()


def n_script(rng, g, c):
	"""The name in the country's other script or alphabet."""
	cc, s = c["cc"], c["name"] if rng.random() < .6 else c["core"]
	s = s.replace("«", "").replace("»", "")
	if cc == "KZ" and cyr(s):
		return lat(s, rng.choice([None, KZ17, KZ18, KZ21]))
	if cc == "KZ":
		return en2ru(s)
	if cc == "KG":
		return lat(s) if cyr(s) else en2ru(s)
	if cc == "UZ":
		return uz_lat(s) if cyr(s) else uz_cyr(s)
	if cc == "AZ":
		return az_cyr(s)
	return None


def n_russian(rng, g, c):
	"""A Russian speaker's forms: Kazakh and Kyrgyz letters as the Russian
	keyboard has them, the sector word in Russian, surnames in their
	Russian form."""
	s = c["name"].replace("«", "").replace("»", "")
	t = s
	for k, v in RU_SECTOR.items():
		if k in t:
			t = t.replace(k, v)
			if t.split()[-1] == v and rng.random() < .6:
				t = v.capitalize() + " " + " ".join(t.split()[:-1])
	if cyr(t):
		t = t.translate(RUSSIFY)
	for e in SURNAMES.get(c["cc"], []):
		if not isinstance(e, str) and e[0] in t:
			t = t.replace(e[0], e[2] if cyr(t) else e[1])
	return t if t != s else None


def n_uzapos(rng, g, c):
	s = c["name"]
	if "ʻ" not in s:
		return None
	return s.replace("ʻ", rng.choice(UZ_APOS))


def abbrev_swap(t, a, b):
	if a in t:
		return t.replace(a, b)
	return t.replace(b, a)


def abbrev_dots(rng, t):
	"""The dots dropped a third of the time."""
	if rng.random() < .3:
		t = t.replace(". ", " ").replace(".", "")
	return t


n_abbrev = lk.abbrev_row(ABBR, abbrev_swap, abbrev_dots)


def n_and(rng, g, c):
	s = c["name"]
	a = AND[c["cc"]]
	for x, y in ((" %s " % a, " & "), (" & ", " %s " % a)):
		if x in s:
			return s.replace(x, y)
	return None


def n_reorder(rng, g, c):
	ws = c["core"].split()
	if len(ws) < 2 or c["sector"] in ("notary",):
		return None
	last = ws[-1]
	head = POSS.get(last, last)
	out = head + " " + " ".join(ws[:-1])
	if head == last and rng.random() < .5:
		out = " ".join(ws[1:]) + " " + ws[0]
	return out


KEYS = ["qwertyuıopğü", "asdfghjklşi", "zxcvbnmöç", "йцукенгшщзхъ",
	"фывапролджэ", "ячсмитьбю"]


n_typo = lk.Typo(KEYS).n_typo


def n_layout(rng, g, c):
	"""Typed with the other keyboard layout on."""
	s = c["core"].replace("«", "").replace("»", "")
	if cyr(s):
		return layout(s, RU2EN)
	if c["cc"] in ("KZ", "KG", "UZ") and re.fullmatch("[A-Za-z .-]+", s):
		return layout(s, EN2RU)
	return None


def n_branch(rng, g, c):
	cc = c["cc"]
	if c["town"] in c["name"]:
		return None
	word = {"TR": ["Şube", "Şubesi", ""], "CY": ["Şube", ""],
		"AZ": ["filialı", ""], "KZ": ["филиал", "", "ф-л"],
		"UZ": ["filiali", ""], "KG": ["филиал", ""], "TM": ["şahamçasy",
		""]}[cc]
	town = c["town"] if not (cc == "KZ" and rng.random() < .3) else \
		lat(c["town"])
	w = rng.choice(word)
	sep = rng.choice([" ", " - ", " / ", " ("])
	tail = (town + " " + w).strip()
	return c["name"] + sep + tail + (")" if sep == " (" else "")


n_person = ck.person_row(lambda rng, c: c["cc"] in ("KZ", "UZ", "KG",
	"TM", "AZ") and rng.random() < .4)
n_contact = lk.contact_row(lambda rng, c, p: rng.choice(
	HONOR[c["cc"]][p["firstname"] in FEMALE]) if rng.random() < .4 else "")


def n_hyphen(rng, g, c):
	s = c["name"]
	if "-" in s:
		return s.replace("-", rng.choice(["", " "]))
	b = c["brand"]
	if b and " " in b:
		return s.replace(b, b.replace(" ", rng.choice(["", "-"])))
	return None


def n_domain(rng, g, c):
	d = c["domain"]
	if d.split(".")[0] in ("gmail", "mail", "yandex"):
		return None
	return d if rng.random() < .5 else "www." + d


def n_mixed(rng, g, c):
	a = rng.choice([n_ascii, n_legal, n_caps, n_russian, n_script])
	t = a(rng, g, c)
	if not t:
		return None
	d = dict(c, name=t, core=t)
	b = rng.choice([lk.n_truncated, n_typo, n_caps, n_ascii])
	return b(rng, g, d)


KINDS = [("exact", lk.n_exact, 14), ("legal", n_legal, 10),
	("ascii", n_ascii, 10), ("turkish i", n_tri, 6), ("caps", n_caps, 4),
	("script", n_script, 8), ("russian", n_russian, 6),
	("uzbek apostrophe", n_uzapos, 4), ("abbrev", n_abbrev, 5),
	("and", n_and, 2), ("reorder", n_reorder, 4),
	("truncated", lk.n_truncated, 6), ("typo", n_typo, 6),
	("layout", n_layout, 2), ("branch", n_branch, 5),
	("person", n_person, 3), ("with contact", n_contact, 3),
	("hyphen", n_hyphen, 2), ("domain", n_domain, 1),
	("mixed", n_mixed, 5)]


# ---------------------------------------------------------------- impostors
def fresh(rng, g, c):
	"""A name of the list's shape that is no customer's."""
	d = make_customer(rng, g, 0, c["cc"])
	return d["name"]


def i_shape(rng, g, c):
	return fresh(rng, g, c)


def rare_build(rng, c, tpl, b):
	core, vals, _, _ = fill(rng, c["cc"], tpl, c["town"])
	return core.replace(vals["B"], b, 1)


i_rare = lk.rare_row(T, ("franchise", "notary", "municipality"),
	lambda t: t, rare_build)


# What a namesake of a very common surname runs: a shop or trade the
# customer list's templates do not make.
SUR_TRADE = {"TR": ["Otomotiv", "Emlak", "Market", "Mobilya", "Kuyumculuk",
	"Tesisat", "Halı Yıkama", "Nakliye", "Petrol", "Oto Kiralama"],
	"AZ": ["Avto Servis", "Market", "Mebel", "Daşınmaz Əmlak"],
	"KZ": ["Автосервис", "Маркет", "Мебель", "Недвижимость"],
	"UZ": ["Avto Servis", "Market", "Mebel", "Koʻchmas Mulk"],
	"KG": ["Автосервис", "Маркет"], "TM": ["Awtoserwis", "Bazar"]}
SUR_TRADE["CY"] = SUR_TRADE["TR"]


def i_surname(rng, g, c):
	"""A very common surname in another trade."""
	cc = c["cc"]
	e = sur(rng, cc, True)
	n = native(e)
	if cc in ("AZ", "UZ", "TM") and rng.random() < .3:
		n = e[1]
	elif cc in ("KZ", "KG") and rng.random() < .3:
		n = e[2]
	out = "%s %s" % (n, rng.choice(SUR_TRADE[cc]))
	if rng.random() < .4:
		out += " " + lk.wpick(rng, LEGAL[cc])
	return out


def i_chain(rng, g, c):
	cc = c["cc"]
	ch = c["chain"] or rng.choice(CHAINS[cc])
	d = rng.choice(DISTRICTS[cc])
	if district_town(cc, d) in g.chain_towns.get(ch, ()):
		return None	# the chain's franchisee in that town may be this one
	return "%s %s" % (ch, d)


def i_personal(rng, g, c):
	cc = c["cc"]
	n = rng.choice(GIVEN[cc])
	return "%s %s" % (n, rng.choice(HONOR[cc][n in FEMALE]))


def i_namesake(rng, g, c):
	"""Another town's business of the same brand, under its own name:
	another activity and its own legal form."""
	cc = c["cc"]
	b = c["brand"] or c["sur"]
	if not b:
		return None
	towns = [t[0] for t in TOWNS[cc] if t[0] != c["town"]]
	if not towns:
		return None
	act = rng.choice(ACT) if cc in ("TR", "CY") else rng.choice(
		{"AZ": ["Servis", "Market", "Mebel", "Avto"], "KZ": ["Сервис",
		"Маркет", "Мебель", "Авто"], "UZ": ["Servis", "Market", "Mebel",
		"Avto"], "KG": ["Сервис", "Маркет"], "TM": ["Hyzmat", "Bazar"]}[cc])
	lg = lk.wpick(rng, LEGAL[cc])
	return "%s %s %s (%s)" % (b, act, lg, rng.choice(towns))


def i_prospect(rng, g, c):
	word = {"TR": "Teklif - ", "CY": "Teklif - ", "AZ": "Təklif - ",
		"KZ": "КП - ", "KG": "КП - ", "UZ": "Taklif - ", "TM": ""}[c["cc"]]
	return word + fresh(rng, g, c)


IMPOSTORS = [("impostor: same shape", i_shape, 22),
	("impostor: rare word", i_rare, 18),
	("impostor: common surname", i_surname, 14),
	("impostor: chain franchisee", i_chain, 8),
	("impostor: namesake", i_namesake, 12),
	("impostor: vendor", lk.one_of(VENDORS), 7),
	("impostor: personal", i_personal, 6),
	("impostor: own staff", lk.one_of(STAFF), 5),
	("impostor: prospect", i_prospect, 8)]


def abbr_fix(rng, g, rows):
	"""rows with each impostor that ck_abbr finds a customer's drawn
	again, of its kind, from rng (a stream of its own: every other row
	and session stays as it was)."""
	ga = copy.copy(g)	# its own indexes, the same customers
	index(ga, ck_abbr)
	kinds = {k: f for k, f, _ in IMPOSTORS}
	out = []
	for t, i, kind, desk in rows:
		while i is None and not (t and ck_abbr.impostor_ok(ga, t)):
			c = g.custs[lk.pick_cust(rng, ga)]
			t, desk = lk.clean(kinds[kind](rng, ga, c)), c["desk"]
		out.append((t, i, kind, desk))
	return out


def main():
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random("blind27:" + seed)
	g = population(rng, ncust)
	index(g)
	rows = ck.draw_rows(rng, g, nnames, KINDS, IMPOSTORS, share=.25)
	rows = abbr_fix(random.Random("blind27-abbr:" + seed), g, rows)
	for c in g.custs:
		for k in ("cc", "town", "desk", "sector", "core", "legal", "lpos",
				"brand", "owner", "chain", "district", "sur", "zp",
				"domain"):
			c.pop(k, None)
	scr.write_desk_set(rng, out, g.custs, rows,
		lambda row: lk.machine(rng, g, row, ("SAMAN-%s-NB%02d", 30)), TECHS,
		("blind27", seed, 1804000000, 1201, 70))


if __name__ == "__main__":
	main()
