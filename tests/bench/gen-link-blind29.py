#!/usr/bin/env python3
# gen-link-blind29.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (session 19): an MSP of the Baltic states and Belarus.  One Syncro
# account, one ScreenConnect; desks in Tallinn (Estonia: Tallinn, Tartu,
# Narva ...), Riga (Latvia: Rīga, Daugavpils ...), Vilnius (Lithuania:
# Vilnius, Kaunas, Klaipėda ...) and Minsk (Belarus: Minsk, Hrodna/Grodno
# ...), many of the customers and all four desks Russian-speaking.  Writes
# OUTDIR/customers.json, names.tsv (typed TAB true id or "" TAB kind TAB
# machine), sessions.jsonl and sessions-machine.jsonl as gen-link-blind27.py
# does (screenconnect_record.write_desk_set).  Python stdlib only,
# deterministic for a seed.  Customer ids from 39000000.
#
# Customers: clinics and family-doctor centres (kliinik, perearstikeskus,
# klīnika, veselības centrs, klinika, медицинский центр / медыцынскі
# цэнтр), dental practices (hambakliinik, zobārstniecība, odontologijos
# klinika, стоматология / стаматалогія), pharmacies (apteek, aptieka,
# vaistinė, аптека / аптэка), law offices and sworn advocates
# (advokaadibüroo, vandeadvokaat, zvērināts advokāts, advokatų kontora,
# адвокатское бюро), notaries, accountants, schools and kindergartens
# (gümnaasium, lasteaed, vidusskola, PII, mokykla, lopšelis-darželis,
# средняя школа / сярэдняя школа, ясли-сад), municipalities (vald,
# vallavalitsus, linnavalitsus, novada pašvaldība, valstspilsētas
# pašvaldība, miesto / rajono savivaldybė, райисполком / райвыканкам),
# apartment associations (KÜ / korteriühistu, DzĪB, DNSB, ЖСК / ТС),
# hotels, restaurants, traders, builders, hauliers, IT firms, franchisees
# and sole traders.
#
# Where each habit and shape comes from (public sources; "search" = found
# with the session's search tool, the address given; the rest from memory):
# - Estonian legal forms OÜ (osaühing), AS, MTÜ, FIE, SA, and the
#   registry's "Name OÜ" order (Estonian Commercial Code; the e-Business
#   Register's legal-form field "Osaühing / OÜ": search, apify.com
#   estonia-company-data output schema, "Bolt Technology OÜ" example in
#   apify.com eu-company-verification);
# - Latvian SIA, AS, IK, biedrība, the form at the beginning or end of the
#   firm name (Commercial Law; search: deadlinenews.co.uk 2021-05-21
#   "Company registration in Latvia", company-registration-latvia.lv,
#   rekini123.lv "Saimnieciskās darbības formas"), the Lursoft/register
#   styles 'SIA "Name"' and 'Name, SIA'; DzĪB for dzīvokļu īpašnieku
#   biedrība (search: lvportals.lv 252597 "Dzīvokļu īpašnieki ...");
# - Lithuanian UAB, AB, MB, IĮ, VšĮ (search: investlithuania.com "Types
#   of companies", enterpriselithuania.com "Differences between the most
#   popular legal forms", visit.mazeikiai.lt "Legal forms"), 'UAB "Name"'
#   and Rekvizitai's 'Name, UAB'; DNSB for daugiabučio namo savininkų
#   bendrija (search: birzai.lt "Daugiabučio namo savininkų bendrija
#   (DNSB)"); the Lithuanian typographic quotes „ “;
# - Belarusian ООО / ТАА, ОДО / ТДА with the name in «guillemets» and both
#   languages' short forms (search: bii.by "Устав общества с ограниченной
#   (дополнительной) ответственностью": 'ООО (ОДО) «...»', 'ТАА (ТДА)
#   «...»'), ОАО / ААТ, ЗАО / ЗАТ, УП, ЧУП (Belarusian ПУП), ЧТУП, ИП / ІП
#   (Civil Code of Belarus, from memory); ЖСК № N for a Minsk housing
#   co-operative and ТС for a товарищество собственников (memory);
# - Latvian surname genders (-s/-š masculine, -a/-e feminine: search,
#   en.wikipedia.org/wiki/Latvian_name and russiaru.net "Nils Ušakovs ...
#   Iveta Ušakova"; uib.no "Etternavn i Latvia") and the genitive a
#   masculine surname takes before a noun (Bērziņa zobārstniecība);
# - Lithuanian surname forms: -as/-is/-us/-ius masculine, -ienė married,
#   -aitė/-ytė/-utė/-iūtė unmarried (search: familysearch.org wiki
#   "Male and Female Lithuanian Surnames", talkpal.ai "-aite and -iene",
#   en.wikipedia.org/wiki/Lithuanian_name), and the genitive in firm names
#   (Kazlausko advokatų kontora);
# - Russian-speakers' forms of Baltic names in Cyrillic (Jānis Bērziņš ->
#   Янис Берзиньш, Kazlauskienė -> Казлаускене, Õunapuu -> Ыунапуу, Mägi
#   -> Мяги), and of their own names in each state's official Latin: the
#   Estonian transliteration (Васильев -> Vassiljev, Егоров -> Jegorov),
#   the Latvian one with the masculine -s (Vasiļjevs, Sergejs), the
#   Lithuanian with -as/-us (Ivanovas, Sergejus), and an English passport
#   spelling (Vasilyev, Sergey) - memory;
# - Belarusian Cyrillic beside Russian (і and ў for и and в/л, the
#   apostrophe for ъ, дз/ц for д/т: Дзмітрый / Дмитрий, Таццяна /
#   Татьяна), typed on a Russian keyboard with a Latin "i" for і (search:
#   futureofrussian.wordpress.com 2009/10/07 "Dotting the right i", Ihar
#   Makhanëk) and у for ў; the Belarusian layout has ў on the Russian щ
#   key, і on и, the apostrophe on ъ (search: qeeebo.com "How does JCUKEN
#   differ", Android's keyboard_layout_belarusian.kcm);
# - Łacinka, the Belarusian Latin alphabet (ć ś ź ń ł ŭ č š ž, je/ia
#   after consonants; search: liquisearch.com / en.wikipedia.org
#   "Belarusian Latin alphabet"), and the passport romanisation of the
#   MVD's 2008 instruction (Navitski not Navicki, Maryia, Siarhei, Rudz:
#   search, euroradio.fm "В метро белорусской латиницей писать можно",
#   media-polesye.com on "Maryia Rudz", petitions.by 2920);
# - Diacritics lost on a US keyboard (õ ä ö ü š ž; ā č ē ģ ī ķ ļ ņ š ū
#   ž; ą č ę ė į š ų ū ž) and each language's own ASCII habits: Estonian
#   "6" for õ and "y" for ü in chat (memory), Latvian "translits" with
#   long vowels doubled and sh/zh/ch/nj/lj/kj/gj (memory), and the
#   Lithuanian numeric layout, whose ą č ę ė į š ų ū sit on the digit
#   keys 1-8 (ž on =), so a hand used to it types "Kazlauskien4" on a US
#   layout (search: qnx.puslapiai.lt "lt_LT_numeric - Lithuanian letters
#   occupy and replace numbers in upper row", lietuvybė.lt "Skaitmenų
#   eilės (Numeric / Baltic) ... Populiariausias");
# - the wrong layout: Russian typed with the Latin layout on ("Fgntrf"
#   for "Аптека") and Latin with the Russian or Belarusian one on (the
#   reason Punto Switcher exists - memory; the ЙЦУКЕН positions from the
#   .kcm above);
# - quotes around trade names as each register writes them ('SIA "..."',
#   „...“, «...»), dropped or changed by the typist;
# - abbreviations KÜ/korteriühistu (and КТ, квартирное товарищество, as
#   Estonia's Russian speakers call one), DzĪB, DNSB, PII (pirmsskolas
#   izglītības iestāde), ZAB (zvērinātu advokātu birojs), l/d
#   (lopšelis-darželis), m./r./nov. (miesto, rajono, novada), sav.
#   (savivaldybė), VV (vallavalitsus), СШ (средняя школа), МЦ
#   (медицинский центр), ТС, райисполком / районный исполнительный
#   комитет (memory); acronyms (VMSA for Vilniaus miesto savivaldybės
#   administracija), a two-word brand by its initials (NK Statyba).
# - Names: Estonian, Latvian and Lithuanian given names and the
#   commonest surnames (Tamm, Saar, Sepp, Mägi; Bērziņš, Kalniņš,
#   Ozoliņš, Jansons; Kazlauskas, Jankauskas, Petrauskas), the Russian
#   ones of the three states' Russian communities (Иванов, Смирнов,
#   Кузнецов ...) and Belarus's (Иванов/Іваноў, Новицкий/Навіцкі,
#   Лукашевич/Лукашэвіч) - memory of the countries' published frequency
#   lists, as Wikipedia's lists give them; brands are the lists below or
#   an adjective agreeing with a noun (Zaļā Osta, Žalia Giria, Белая
#   Липа / Белая Ліпа), the sector words after a brand each language's
#   (Ehitus, Būve, Statyba, Строй / Буд; Logistika, Pārvadājumi,
#   Krovinių Pervežimai, Грузоперевозки).
#
# label-audit.py reads this set's legal forms as legal forms (OÜ, MTÜ,
# FIE, SIA, IK, UAB, MB, IĮ, VšĮ, ТАА, ЧУП, ИП ...: its BALTIC list, used
# only for a customer list where one name in fifty has OÜ, SIA or UAB,
# so its output on the other generators' sets is unchanged).
#
# Real-row kinds and shares (of real rows; about 37% of rows are
# impostors) are KINDS below; impostor kinds IMPOSTORS.  Machines: a real
# row is on one of its customer's assets 72%, on another customer's 4%,
# else an unknown DESKTOP-/LAPTOP- name; impostors on unknown machines, a
# role name some customers share (KASSA, REGISTRATUURA, GRAMATVEDIBA) 18%,
# the MSP's own for its staff.
#
# Labels (session 16's rules): a real row is a name a technician would
# type for that customer; an impostor one a careful person bills to no
# listed customer.  Rows label-audit.py doubts (words, edit, acronym,
# namesake, joined) are drawn again, and so are impostors that, read
# through this region's folding (diacritics off, Russian and Belarusian
# Cyrillic and Łacinka to one Latin skeleton, vowels after the first
# letter dropped, every form of a listed surname as its masculine
# nominative), are a customer's name, or that name less its legal form,
# owner or town, or all its words less one, or its words run together,
# or its name with two letters swapped, or that hold a listed contact's
# or owner's full name; a person's name is a real row
# only when that whole name is one customer's contact only.  Real rows
# are drawn again when another customer holds every folded word, or a
# cut name begins another customer's.
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linkgen as lk  # noqa: E402
import screenconnect_record as scr  # noqa: E402

# ---------------------------------------------------------------- places
# (town, genitive / adjective form, desk, share, zip prefix); Belarusian
# towns in Russian, BY_BE their Belarusian names, BY_LAT the Latin.
TOWNS = {
	"EE": [("Tallinn", "Tallinna", "TLL", 16, "1"),
		("Tartu", "Tartu", "TLL", 6, "5"), ("Narva", "Narva", "TLL", 4, "2"),
		("Pärnu", "Pärnu", "TLL", 2, "8"),
		("Kohtla-Järve", "Kohtla-Järve", "TLL", 2, "3")],
	"LV": [("Rīga", "Rīgas", "RIX", 16, "LV-10"),
		("Daugavpils", "Daugavpils", "RIX", 5, "LV-54"),
		("Liepāja", "Liepājas", "RIX", 2, "LV-34"),
		("Jūrmala", "Jūrmalas", "RIX", 2, "LV-20"),
		("Jelgava", "Jelgavas", "RIX", 1, "LV-30")],
	"LT": [("Vilnius", "Vilniaus", "VNO", 14, "LT-0"),
		("Kaunas", "Kauno", "VNO", 7, "LT-4"),
		("Klaipėda", "Klaipėdos", "VNO", 4, "LT-9"),
		("Šiauliai", "Šiaulių", "VNO", 2, "LT-7"),
		("Panevėžys", "Panevėžio", "VNO", 1, "LT-3")],
	"BY": [("Минск", "Минский", "MSQ", 15, "220"),
		("Гродно", "Гродненский", "MSQ", 5, "230"),
		("Брест", "Брестский", "MSQ", 2, "224"),
		("Витебск", "Витебский", "MSQ", 1, "210"),
		("Гомель", "Гомельский", "MSQ", 1, "246")],
}
BY_BE = {"Минск": "Мінск", "Гродно": "Гродна", "Брест": "Брэст",
	"Витебск": "Віцебск", "Гомель": "Гомель", "Минский": "Мінскі",
	"Гродненский": "Гродзенскі", "Брестский": "Брэсцкі",
	"Витебский": "Віцебскі", "Гомельский": "Гомельскі"}
BY_LAT = {"Минск": "Minsk", "Гродно": "Hrodna", "Брест": "Brest",
	"Витебск": "Viciebsk", "Гомель": "Homiel"}
COUNTRY = [("EE", 25), ("LV", 25), ("LT", 27), ("BY", 23)]
# Districts (town each is in); BY as (Russian, Belarusian).
DISTRICTS = {
	"EE": [("Lasnamäe", "Tallinn"), ("Mustamäe", "Tallinn"),
		("Haabersti", "Tallinn"), ("Kristiine", "Tallinn"),
		("Põhja-Tallinn", "Tallinn"), ("Kesklinn", "Tallinn"),
		("Nõmme", "Tallinn"), ("Pirita", "Tallinn"), ("Annelinn", "Tartu"),
		("Karlova", "Tartu"), ("Supilinn", "Tartu"), ("Kreenholmi", "Narva"),
		("Rääma", "Pärnu"), ("Ahtme", "Kohtla-Järve")],
	"LV": [("Purvciems", "Rīga"), ("Imanta", "Rīga"), ("Pļavnieki", "Rīga"),
		("Ķengarags", "Rīga"), ("Zolitūde", "Rīga"), ("Teika", "Rīga"),
		("Āgenskalns", "Rīga"), ("Jugla", "Rīga"), ("Ziepniekkalns", "Rīga"),
		("Jaunbūve", "Daugavpils"), ("Ķīmiķu ciemats", "Daugavpils"),
		("Karosta", "Liepāja"), ("Dubulti", "Jūrmala")],
	"LT": [("Žirmūnai", "Vilnius"), ("Antakalnis", "Vilnius"),
		("Šeškinė", "Vilnius"), ("Pašilaičiai", "Vilnius"),
		("Naujininkai", "Vilnius"), ("Justiniškės", "Vilnius"),
		("Fabijoniškės", "Vilnius"), ("Lazdynai", "Vilnius"),
		("Šilainiai", "Kaunas"), ("Dainava", "Kaunas"),
		("Žaliakalnis", "Kaunas"), ("Smiltynė", "Klaipėda"),
		("Melnragė", "Klaipėda")],
	"BY": [(("Фрунзенский", "Фрунзенскі"), "Минск"),
		(("Московский", "Маскоўскі"), "Минск"),
		(("Партизанский", "Партызанскі"), "Минск"),
		(("Советский", "Савецкі"), "Минск"),
		(("Центральный", "Цэнтральны"), "Минск"),
		(("Первомайский", "Першамайскі"), "Минск"),
		(("Заводской", "Заводскі"), "Минск"),
		(("Ленинский", "Ленінскі"), "Гродно"),
		(("Октябрьский", "Кастрычніцкі"), "Гродно")],
}
# Municipalities: Estonian parishes (vald), Latvian novadi (genitive),
# Lithuanian districts (genitive), Belarusian raions (adjective).
MUNI = {
	"EE": [("Harku", "Tallinn"), ("Saue", "Tallinn"), ("Viimsi", "Tallinn"),
		("Rae", "Tallinn"), ("Jõelähtme", "Tallinn"), ("Kiili", "Tallinn"),
		("Saku", "Tallinn"), ("Lääne-Harju", "Tallinn"),
		("Narva-Jõesuu", "Narva"), ("Tartu", "Tartu"), ("Kambja", "Tartu"),
		("Elva", "Tartu"), ("Luunja", "Tartu"), ("Toila", "Kohtla-Järve")],
	"LV": [("Ādažu", "Rīga"), ("Ropažu", "Rīga"), ("Ķekavas", "Rīga"),
		("Mārupes", "Rīga"), ("Salaspils", "Rīga"), ("Olaines", "Rīga"),
		("Siguldas", "Rīga"), ("Augšdaugavas", "Daugavpils"),
		("Dienvidkurzemes", "Liepāja"), ("Tukuma", "Jūrmala")],
	"LT": [("Vilniaus rajono", "Vilnius"), ("Trakų rajono", "Vilnius"),
		("Kauno rajono", "Kaunas"), ("Kėdainių rajono", "Kaunas"),
		("Klaipėdos rajono", "Klaipėda"), ("Neringos", "Klaipėda"),
		("Šiaulių rajono", "Šiauliai"), ("Visagino", "Vilnius")],
	"BY": [(("Минский", "Мінскі"), "Минск"),
		(("Молодечненский", "Маладзечанскі"), "Минск"),
		(("Борисовский", "Барысаўскі"), "Минск"),
		(("Гродненский", "Гродзенскі"), "Гродно"),
		(("Лидский", "Лідскі"), "Гродно"),
		(("Волковысский", "Ваўкавыскі"), "Гродно"),
		(("Слонимский", "Слонімскі"), "Гродно"),
		(("Брестский", "Брэсцкі"), "Брест"),
		(("Пинский", "Пінскі"), "Брест")],
}
# Streets an apartment association is named after (with a house number).
STREETS = {
	"EE": ["Sõpruse pst", "Tuukri", "Mustamäe tee", "Akadeemia tee",
		"Pae", "Kivila", "Raja", "Anne", "Ropka tee", "Tallinna mnt",
		"Punane", "Vilde tee", "Ehitajate tee", "Kalevipoja", "Linnamäe tee"],
	"LV": ["Brīvības", "Ozolciema", "Maskavas", "Dzirnavu", "Valdemāra",
		"Ulbrokas", "Cietokšņa", "Kurzemes prospekta", "Lielvārdes",
		"Dammes", "Slokas", "Vienības", "Stacijas"],
	"LT": ["Kalvarijų", "Žirmūnų", "Architektų", "Laisvės", "Taikos",
		"Savanorių", "Baltų", "Šilutės", "Pilaitės", "Jeruzalės",
		"Minties", "Tuskulėnų", "Verkių"],
	"BY": [("Сухаревская", "Сухараўская"), ("Притыцкого", "Прытыцкага"),
		("Есенина", "Ясеніна"), ("Независимости", "Незалежнасці"),
		("Кальварийская", "Кальварыйская"), ("Кижеватова", "Кіжаватава"),
		("Ожешко", "Ажэшкі"), ("Брыля", "Брыля")],
}

# ---------------------------------------------------------------- people
# Estonian surnames (not gendered); the first block very common.
EE_SUR = ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane",
	"Ilves", "Pärn", "Koppel", "Lepik", "Õunapuu", "Järv", "Kõiv",
	"Lõhmus", "Mölder", "Põder", "Kuusk", "Raudsepp", "Väli", "Tõnisson",
	"Vaher", "Luik", "Sild", "Rätsep", "Jõgi", "Kütt", "Lill", "Karu",
	"Käär", "Hõbemägi", "Tõugu", "Kivisild", "Ülemaantee", "Rüütel"]
# Latvian surnames: (masculine, feminine, masculine genitive).
LV_SUR = [("Bērziņš", "Bērziņa", "Bērziņa"), ("Kalniņš", "Kalniņa",
	"Kalniņa"), ("Ozoliņš", "Ozoliņa", "Ozoliņa"), ("Jansons", "Jansone",
	"Jansona"), ("Ozols", "Ozola", "Ozola"), ("Liepiņš", "Liepiņa",
	"Liepiņa"), ("Krūmiņš", "Krūmiņa", "Krūmiņa"), ("Balodis", "Balode",
	"Baloža"), ("Eglītis", "Eglīte", "Eglīša"), ("Zariņš", "Zariņa",
	"Zariņa"), ("Pētersons", "Pētersone", "Pētersona"), ("Vītols",
	"Vītola", "Vītola"), ("Kļaviņš", "Kļaviņa", "Kļaviņa"), ("Kārkliņš",
	"Kārkliņa", "Kārkliņa"), ("Vanags", "Vanaga", "Vanaga"), ("Lācis",
	"Lāce", "Lāča"), ("Grīnbergs", "Grīnberga", "Grīnberga"),
	("Jēkabsons", "Jēkabsone", "Jēkabsona"), ("Siliņš", "Siliņa",
	"Siliņa"), ("Ābols", "Ābola", "Ābola"), ("Ķēniņš", "Ķēniņa", "Ķēniņa"),
	("Rubenis", "Rubene", "Rubeņa"), ("Strautiņš", "Strautiņa",
	"Strautiņa"), ("Dzenis", "Dzene", "Dzeņa"), ("Žagars", "Žagare",
	"Žagara"), ("Ģērmanis", "Ģērmane", "Ģērmaņa"), ("Mežulis", "Mežule",
	"Mežuļa")]
# Lithuanian surnames (masculine); the female and genitive forms by rule.
LT_SUR = ["Kazlauskas", "Jankauskas", "Petrauskas", "Stankevičius",
	"Vasiliauskas", "Žukauskas", "Butkus", "Paulauskas", "Urbonas",
	"Kavaliauskas", "Baranauskas", "Pocius", "Navickas", "Sakalauskas",
	"Rimkus", "Žilinskas", "Mockus", "Valaitis", "Lukoševičius", "Grigas",
	"Šimkus", "Ramanauskas", "Gudaitis", "Vaitkus", "Čepulis", "Ąžuolas",
	"Mažeika", "Šeškus"]
# Russian-community names (Cyrillic; feminine by -а) in every country.
RU_SUR = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров",
	"Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков",
	"Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов",
	"Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин",
	"Захаров", "Жуков", "Щербаков", "Юдин"]
RU_GIVEN = [("Александр", 0), ("Сергей", 0), ("Андрей", 0),
	("Дмитрий", 0), ("Алексей", 0), ("Игорь", 0), ("Владимир", 0),
	("Олег", 0), ("Елена", 1), ("Ольга", 1), ("Наталья", 1), ("Ирина", 1),
	("Светлана", 1), ("Татьяна", 1), ("Анна", 1), ("Юлия", 1)]
GIVEN = {
	"EE": [("Jaan", 0), ("Andres", 0), ("Tarmo", 0), ("Margus", 0),
		("Urmas", 0), ("Priit", 0), ("Toomas", 0), ("Rein", 0), ("Kalev", 0),
		("Ülo", 0), ("Kadri", 1), ("Tiina", 1), ("Mari", 1), ("Liis", 1),
		("Kristiina", 1), ("Pille", 1), ("Triin", 1), ("Ülle", 1),
		("Merike", 1), ("Kätlin", 1)],
	"LV": [("Jānis", 0), ("Andris", 0), ("Māris", 0), ("Edgars", 0),
		("Kārlis", 0), ("Artūrs", 0), ("Uldis", 0), ("Gatis", 0),
		("Raivis", 0), ("Aivars", 0), ("Ilze", 1), ("Inese", 1), ("Anna", 1),
		("Kristīne", 1), ("Līga", 1), ("Laura", 1), ("Dace", 1), ("Ieva", 1),
		("Zane", 1), ("Agnese", 1)],
	"LT": [("Jonas", 0), ("Tomas", 0), ("Mindaugas", 0), ("Darius", 0),
		("Andrius", 0), ("Vytautas", 0), ("Paulius", 0), ("Giedrius", 0),
		("Marius", 0), ("Saulius", 0), ("Rūta", 1), ("Jurgita", 1),
		("Aistė", 1), ("Ieva", 1), ("Eglė", 1), ("Laura", 1),
		("Kristina", 1), ("Agnė", 1), ("Inga", 1), ("Daiva", 1)],
}
# Belarusian people: (Russian, Belarusian) pairs.
BY_SUR = [("Иванов", "Іваноў"), ("Ковалёв", "Кавалёў"),
	("Новицкий", "Навіцкі"), ("Козлов", "Казлоў"),
	("Лукашевич", "Лукашэвіч"), ("Мельник", "Мельнік"),
	("Шевченко", "Шаўчэнка"), ("Кравченко", "Краўчэнка"),
	("Василевский", "Васілеўскі"), ("Жук", "Жук"),
	("Климович", "Клімовіч"), ("Савицкий", "Савіцкі"),
	("Макаревич", "Макарэвіч"), ("Бондаренко", "Бандарэнка"),
	("Сидорович", "Сідаровіч"), ("Рудь", "Рудзь"),
	("Яковлев", "Якаўлеў"), ("Гурский", "Гурскі"),
	("Дубовик", "Дубавік"), ("Левкович", "Лявковіч"),
	("Пашкевич", "Пашкевіч"), ("Сенкевич", "Сянкевіч")]
BY_GIVEN = [(("Александр", "Аляксандр"), 0), (("Сергей", "Сяргей"), 0),
	(("Андрей", "Андрэй"), 0), (("Дмитрий", "Дзмітрый"), 0),
	(("Николай", "Мікалай"), 0), (("Виктор", "Віктар"), 0),
	(("Егор", "Ягор"), 0), (("Павел", "Павел"), 0),
	(("Ольга", "Вольга"), 1), (("Елена", "Алена"), 1),
	(("Татьяна", "Таццяна"), 1), (("Наталья", "Наталля"), 1),
	(("Ирина", "Ірына"), 1), (("Мария", "Марыя"), 1),
	(("Светлана", "Святлана"), 1)]
COMMON_SUR = {"EE": 8, "LV": 8, "LT": 8, "BY": 6, "RU": 8}
RUSSIAN_SHARE = {"EE": .3, "LV": .35, "LT": .15, "BY": 0}

# ---------------------------------------------------------------- words
BRANDS = {
	"EE": ["Päikese", "Merekivi", "Kuldne Õun", "Tähe", "Järve", "Lumi",
		"Kadaka", "Pärli", "Sinilill", "Vikerkaar", "Kase", "Männi",
		"Tammiku", "Õnne", "Hõbe", "Põhjanael", "Läänemere", "Toome",
		"Emajõe", "Raekoja", "Vaba Tee", "Mõisa", "Ööbiku", "Rukkilill",
		"Kuusiku", "Virmalise", "Kajaka", "Pihlaka", "Zdorovje", "Raduga",
		"Solnõško", "Nadežda", "Vostok", "Lõuna Täht", "Ühisabi"],
	"LV": ["Saulīte", "Zaļais Birojs", "Dzintars", "Ozoli", "Ābele",
		"Rīta Zvaigzne", "Liepa", "Kurzemes Dārzs", "Daugava", "Gauja",
		"Saules Stars", "Zīle", "Mežvidi", "Ķiršu Dārzs", "Pūce", "Mēness",
		"Zelta Zivtiņa", "Smaids", "Gaišā Māja", "Dzērvenes", "Rūķītis",
		"Zaļā Osta", "Vējš", "Ezerkrasts", "Raduga", "Zdorovje",
		"Nadežda", "Uspeh", "Baltā Bura", "Ķirsis"],
	"LT": ["Saulutė", "Ąžuolynas", "Gintarėlis", "Nemuno Krantas",
		"Vilties", "Pušynas", "Liepa", "Rūta", "Šilas", "Žiburys",
		"Aušra", "Baltijos Banga", "Vėtrungė", "Gėlių Slėnis", "Ežerėlis",
		"Dainava", "Šypsena", "Jūratė", "Rasos", "Žemyna", "Ugnelė",
		"Dobilas", "Vaivorykštė", "Šviesa", "Kregždutė", "Nadežda",
		"Raduga", "Zdorovje", "Žalia Giria", "Medeinė"],
	"BY": [("Здоровье", "Здароўе"), ("Радуга", "Вясёлка"),
		("Белая Вежа", "Белая Вежа"), ("Неман", "Нёман"),
		("Васильки", "Васількі"), ("Жемчужина", "Жамчужына"),
		("Надежда", "Надзея"), ("Колос", "Колас"), ("Зубр", "Зубр"),
		("Лесная Поляна", "Лясная Паляна"), ("Полесье", "Палессе"),
		("Берёзка", "Бярозка"), ("Свитанок", "Світанак"),
		("Криница", "Крыніца"), ("Журавинка", "Журавінка"),
		("Лебедь", "Лебедзь"), ("Ясный Свет", "Ясны Свет"),
		("Добрый Доктор", "Добры Доктар"), ("Зорка", "Зорка"),
		("Купалинка", "Купалінка"), ("Дубрава", "Дуброва"),
		("Вишнёвый Сад", "Вішнёвы Сад"), ("Мирский Замок", "Мірскі Замак"),
		("Белый Аист", "Белы Бусел"), ("Солнечный Город", "Сонечны Горад"),
		("Ветразь", "Ветразь"), ("Рута", "Рута"), ("Светоч", "Свяцільня")],
}
# Two-word brands: an adjective agreeing with a noun (masculine 0,
# feminine 1); Estonian adjectives do not change.
B_ADJ = {
	"EE": [(a, a) for a in ("Kuldne", "Hõbedane", "Sinine", "Roheline",
		"Valge", "Punane", "Uus", "Vana", "Suur", "Väike", "Põhja", "Lõuna",
		"Ida", "Lääne", "Hea", "Ilus", "Kiire", "Tark", "Helge", "Vaikne")],
	"LV": [("Zaļais", "Zaļā"), ("Baltais", "Baltā"), ("Zilais", "Zilā"),
		("Zelta", "Zelta"), ("Jaunais", "Jaunā"), ("Vecais", "Vecā"),
		("Lielais", "Lielā"), ("Mazais", "Mazā"), ("Saulainais",
		"Saulainā"), ("Klusais", "Klusā"), ("Sarkanais", "Sarkanā"),
		("Gaišais", "Gaišā"), ("Ziemeļu", "Ziemeļu"), ("Dienvidu",
		"Dienvidu"), ("Labais", "Labā"), ("Dzintara", "Dzintara")],
	"LT": [("Žalias", "Žalia"), ("Baltas", "Balta"), ("Mėlynas",
		"Mėlyna"), ("Auksinis", "Auksinė"), ("Naujas", "Nauja"),
		("Senas", "Sena"), ("Mažas", "Maža"), ("Šviesus", "Šviesi"),
		("Tylus", "Tyli"), ("Raudonas", "Raudona"), ("Šiaurės",
		"Šiaurės"), ("Pietų", "Pietų"), ("Geras", "Gera"), ("Gintarinis",
		"Gintarinė"), ("Sidabrinis", "Sidabrinė"), ("Linksmas",
		"Linksma")],
	"BY": [(("Зелёный", "Зялёны"), ("Зелёная", "Зялёная")),
		(("Белый", "Белы"), ("Белая", "Белая")),
		(("Синий", "Сіні"), ("Синяя", "Сіняя")),
		(("Золотой", "Залаты"), ("Золотая", "Залатая")),
		(("Новый", "Новы"), ("Новая", "Новая")),
		(("Старый", "Стары"), ("Старая", "Старая")),
		(("Тихий", "Ціхі"), ("Тихая", "Ціхая")),
		(("Светлый", "Светлы"), ("Светлая", "Светлая")),
		(("Красный", "Чырвоны"), ("Красная", "Чырвоная")),
		(("Северный", "Паўночны"), ("Северная", "Паўночная")),
		(("Добрый", "Добры"), ("Добрая", "Добрая")),
		(("Янтарный", "Бурштынавы"), ("Янтарная", "Бурштынавая"))],
}
B_NOUN = {
	"EE": [(n, 0) for n in ("Täht", "Õun", "Kivi", "Laine", "Päike",
		"Meri", "Tamm", "Kask", "Mänd", "Lill", "Kuu", "Rand", "Saar",
		"Org", "Allikas", "Koda", "Maja", "Aed", "Tuul", "Sild", "Värav",
		"Kallas")],
	"LV": [("Ozols", 0), ("Bērzs", 0), ("Akmens", 0), ("Krasts", 0),
		("Dārzs", 0), ("Vējš", 0), ("Stars", 0), ("Ezers", 0),
		("Kalns", 0), ("Tilts", 0), ("Avots", 0), ("Zvaigzne", 1),
		("Liepa", 1), ("Osta", 1), ("Upe", 1), ("Māja", 1), ("Saule", 1),
		("Priede", 1), ("Lapa", 1), ("Bura", 1), ("Roze", 1), ("Ozola", 1)],
	"LT": [("Ąžuolas", 0), ("Beržas", 0), ("Akmuo", 0), ("Krantas", 0),
		("Sodas", 0), ("Vėjas", 0), ("Spindulys", 0), ("Ežeras", 0),
		("Kalnas", 0), ("Tiltas", 0), ("Šaltinis", 0), ("Žvaigždė", 1),
		("Liepa", 1), ("Banga", 1), ("Upė", 1), ("Rūta", 1), ("Saulė", 1),
		("Pušis", 1), ("Lelija", 1), ("Burė", 1), ("Rožė", 1),
		("Pieva", 1)],
	"BY": [(("Дуб", "Дуб"), 0), (("Камень", "Камень"), 0),
		(("Берег", "Бераг"), 0), (("Сад", "Сад"), 0), (("Ветер", "Вецер"),
		0), (("Луч", "Промень"), 0), (("Мост", "Мост"), 0), (("Бор", "Бор"),
		0), (("Родник", "Крынічка"), 0), (("Звезда", "Зорка"), 1),
		(("Липа", "Ліпа"), 1), (("Волна", "Хваля"), 1), (("Река", "Рака"),
		1), (("Роза", "Ружа"), 1), (("Лилия", "Лілея"), 1),
		(("Поляна", "Паляна"), 1), (("Дубрава", "Дуброва"), 1),
		(("Гавань", "Гавань"), 1)],
}


def brand(rng, cc):
	"""One of the list's brands (they recur, so a word can be rare or
	not) or, as often, an adjective and a noun (Zaļā Osta, Белая Липа)."""
	if rng.random() < .4:
		return rng.choice(BRANDS[cc])
	n, fem = rng.choice(B_NOUN[cc])
	a = rng.choice(B_ADJ[cc])[fem]
	if cc == "BY":
		return (a[0] + " " + n[0], a[1] + " " + n[1])
	return a + " " + n


# A Latin brand for the Belarusian IT firms (they register one).
BY_IT = ["Zubr", "Krynica", "Vezha", "Nioman", "Busel", "Palessie",
	"Kolas", "Sviatlo", "Zorka", "Lebedz", "Vetraz", "Dubrava", "Vasilki",
	"Kupalinka", "Sozh", "Svitanak", "Zhuravinka", "Biarozka", "Ruta",
	"Vyraj", "Bielavieza", "Narach", "Pahonia", "Yantar"]
# The words after a trader's, builder's, haulier's and IT firm's brand.
XW = {
	"EE": {"XT": ["Kaubandus", "Trade", "Hulgimüük", "Import", "Group",
		"Partners", "Distribution", "Kaubanduse", "Baltic", "Eksport"],
		"XB": ["Ehitus", "Ehitusgrupp", "Ehitustööd", "Remont", "Projekt",
		"Ehitusteenused", "Infra", "Katused", "Fassaadid", "Ehitus ja Remont"],
		"XL": ["Logistika", "Transport", "Autovedu", "Cargo", "Vedu",
		"Logistics", "Express", "Kolimine", "Veod", "Ekspedeerimine"],
		"XI": ["IT", "Tarkvara", "Systems", "Digital", "Solutions", "Tech",
		"Soft", "Data", "Cloud", "Labs"]},
	"LV": {"XT": ["Trade", "Baltic", "Vairumtirdzniecība", "Tirdzniecība",
		"Imports", "Group", "Partneri", "Distribution", "Serviss", "Eksports"],
		"XB": ["Būve", "Celtniecība", "Būvniecība", "Remonts", "Projekts",
		"Būvdarbi", "Jumti", "Fasādes", "Būvserviss", "Infra"],
		"XL": ["Loģistika", "Transports", "Auto", "Cargo", "Pārvadājumi",
		"Logistics", "Express", "Kravas", "Ekspedīcija", "Trans"],
		"XI": ["IT", "Solutions", "Sistēmas", "Tech", "Digital", "Soft",
		"Data", "Cloud", "Labs", "Risinājumi"]},
	"LT": {"XT": ["Trade", "Prekyba", "Baltic", "Didmena", "Importas",
		"Group", "Partneriai", "Distribucija", "Servisas", "Eksportas"],
		"XB": ["Statyba", "Statybos", "Statybų Grupė", "Remontas",
		"Projektai", "Statybos Darbai", "Stogai", "Fasadai", "Infra",
		"Konstrukcijos"],
		"XL": ["Logistika", "Transportas", "Krovinių Pervežimai", "Cargo",
		"Pervežimai", "Logistics", "Express", "Trans", "Ekspedijavimas",
		"Vežėjas"],
		"XI": ["IT", "Sprendimai", "Sistemos", "Tech", "Digital", "Soft",
		"Data", "Cloud", "Labs", "Technologijos"]},
	"BY": {"XT": [("Трейд", "Трэйд"), ("Торг", "Гандаль"),
		("Импорт", "Імпарт"), ("Групп", "Груп"), ("Дистрибуция",
		"Дыстрыбуцыя"), ("Снаб", "Снаб")],
		"XB": [("Строй", "Буд"), ("Стройкомплекс", "Будкомплекс"),
		("Ремстрой", "Рэмбуд"), ("Проект", "Праект"), ("Монтаж", "Мантаж"),
		("Кровля", "Дах")],
		"XL": [("Транс", "Транс"), ("Логистик", "Лагістык"),
		("Экспедиция", "Экспедыцыя"), ("Авто", "Аўта"),
		("Грузоперевозки", "Грузаперавозкі"), ("Карго", "Карга")],
		"XI": ["Soft", "Labs", "Systems", "Tech", "Digital", "Dev",
		"Solutions", "Group", "Cloud", "Data", "Software", "Apps"]},
}
CHAINS = {"EE": ["Pelmeenikoda", "Kohvipaus", "Burgerimaja"],
	"LV": ["Pelmeņu Nams", "Kafijas Pauze", "Picu Darbnīca"],
	"LT": ["Cepelinų Namai", "Kavos Pertrauka", "Picų Dirbtuvė"],
	"BY": [("Блинная Хата", "Бліная Хата"), ("Кофе Пауза", "Кава Паўза"),
		("Драники Экспресс", "Дранікі Экспрэс")]}
ACT = {"EE": ["Autoremont", "Elekter", "Santehnika", "Puhastus", "Aknad",
		"Mööbel", "Turvateenused", "Kinnisvara"],
	"LV": ["Autoserviss", "Elektro", "Santehnika", "Tīrīšana", "Logi",
		"Mēbeles", "Apsardze", "Nekustamie Īpašumi"],
	"LT": ["Autoservisas", "Elektra", "Santechnika", "Valymas", "Langai",
		"Baldai", "Apsauga", "Nekilnojamasis Turtas"],
	"BY": [("Автосервис", "Аўтасэрвіс"), ("Электро", "Электра"),
		("Сантехника", "Сантэхніка"), ("Клининг", "Клінінг"),
		("Окна", "Вокны"), ("Мебель", "Мэбля"), ("Охрана", "Ахова"),
		("Недвижимость", "Нерухомасць")]}

# Templates: {B} brand, {S} surname (nominative), {SG} its genitive,
# {S2} another, {P} a person, {D} district, {T} town, {TG} its genitive /
# adjective, {M} municipality, {N} a number, {ST} a street, {C} a chain,
# {A} an activity.  BY templates are (Russian, Belarusian) pairs.
# The trades Latvian and Lithuanian names share (the genitive surname).
LV_LT_TRADES = {
	"trader": ["{B} {XT}"],
	"builder": ["{B} {XB}", "{SG} {XB}"],
	"transport": ["{B} {XL}", "{SG} {XL}"],
	"it": ["{B} {XI}"],
	"franchise": ["{C} {D}", "{C} {T}"],
	"sole": ["{P}", "{SG} {A}"]}
T = {
	"EE": {
		"clinic": ["{B} Kliinik", "{B} Perearstikeskus", "{B} Tervisekeskus",
			"Dr. {S} Perearstipraksis"],
		"dental": ["{B} Hambakliinik", "{S} Hambaravi", "{B} Dental"],
		"pharmacy": ["{B} Apteek", "{D} Apteek"],
		"law": ["Advokaadibüroo {S} & {S2}", "{S} Advokaadibüroo",
			"Vandeadvokaat {P}"],
		"notary": ["Notar {P}", "Notar {P} büroo"],
		"accountant": ["{B} Raamatupidamine", "{S} Konsultatsioonid",
			"{B} Finants"],
		"school": ["{B} Lasteaed", "Eralasteaed {B}", "{TG} {D} Gümnaasium",
			"Erakool {B}"],
		"municipality": ["{M} Vallavalitsus", "{M} vald",
			"{D} Linnaosa Valitsus"],
		"apartment": ["Korteriühistu {ST} {N}", "{ST} {N} KÜ", "KÜ {ST} {N}"],
		"hotel": ["{B} Hotell", "Hotell {B}", "{B} Külalistemaja"],
		"restaurant": ["{B} Restoran", "Kohvik {B}", "{B} Pubi"],
		"trader": ["{B} {XT}"],
		"builder": ["{B} {XB}", "{S} {XB}"],
		"transport": ["{B} {XL}", "{S} {XL}"],
		"it": ["{B} {XI}"],
		"franchise": ["{C} {D}", "{C} {T}"],
		"sole": ["{P}", "{S} {A}"],
	},
	"LV": {
		"clinic": ["{B} Klīnika", "Veselības centrs {B}",
			"Dr. {SG} prakse"],
		"dental": ["{SG} zobārstniecība", "Zobārstniecība {B}",
			"{B} Dental", "{B} Zobu Klīnika"],
		"pharmacy": ["Aptieka {B}", "{D} aptieka"],
		"law": ["Zvērinātu advokātu birojs {S} un {S2}",
			"Advokātu birojs {B}", "Zvērināts advokāts {P}"],
		"notary": ["Zvērināts notārs {P}"],
		"accountant": ["Grāmatvedība {B}", "{B} Grāmatvedības Birojs",
			"{B} Konsultācijas"],
		"school": ["PII {B}", "{TG} {N}. vidusskola",
			"Privātā vidusskola {B}"],
		"municipality": ["{M} novada pašvaldība",
			"{TG} valstspilsētas pašvaldība"],
		"apartment": ["DzĪB {ST} {N}", "Dzīvokļu īpašnieku biedrība {ST} {N}"],
		"hotel": ["Viesnīca {B}", "{B} Hotel", "Viesu māja {B}"],
		"restaurant": ["Restorāns {B}", "Kafejnīca {B}", "{B} Bistro"],
		**LV_LT_TRADES,
	},
	"LT": {
		"clinic": ["{B} klinika", "Šeimos klinika {B}",
			"{SG} šeimos gydytojo kabinetas"],
		"dental": ["{SG} odontologijos klinika", "Odontologijos klinika {B}",
			"{B} Dental"],
		"pharmacy": ["Vaistinė {B}", "{D} vaistinė"],
		"law": ["Advokatų kontora {S} ir partneriai", "{SG} advokatų kontora",
			"Advokatas {P}"],
		"notary": ["Notaras {P}"],
		"accountant": ["Buhalterinė apskaita {B}", "{B} Konsultacijos",
			"{B} Finansai"],
		"school": ["Lopšelis-darželis {B}", "{TG} {B} gimnazija",
			"{TG} {D} progimnazija"],
		"municipality": ["{TG} miesto savivaldybė", "{M} savivaldybė",
			"{TG} miesto savivaldybės administracija"],
		"apartment": ["DNSB {ST} {N}", "Daugiabučio namo savininkų bendrija {ST} {N}"],
		"hotel": ["Viešbutis {B}", "{B} Hotel", "Svečių namai {B}"],
		"restaurant": ["Restoranas {B}", "Kavinė {B}", "{B} Bistro"],
		**LV_LT_TRADES,
	},
	"BY": {
		"clinic": [("Медицинский центр {B}", "Медыцынскі цэнтр {B}"),
			("Клиника {B}", "Клініка {B}")],
		"dental": [("Стоматология {B}", "Стаматалогія {B}"),
			("Стоматологический кабинет {S}", "Стаматалагічны кабінет {S}")],
		"pharmacy": [("Аптека {B}", "Аптэка {B}")],
		"law": [("Адвокатское бюро {S} и партнеры",
			"Адвакацкае бюро {S} і партнёры"),
			("Юридическая фирма {B}", "Юрыдычная фірма {B}")],
		"notary": [("Нотариус {P}", "Натарыус {P}")],
		"accountant": [("Бухгалтерские услуги {B}",
			"Бухгалтарскія паслугі {B}"), ("{B} Консалт", "{B} Кансалт")],
		"school": [("Средняя школа № {N} г. {T}", "Сярэдняя школа № {N} г. {T}"),
			("Ясли-сад № {N} г. {T}", "Яслі-сад № {N} г. {T}"),
			("Частная школа {B}", "Прыватная школа {B}")],
		"municipality": [("{M} райисполком", "{M} райвыканкам"),
			("Администрация {DG} района г. Минска",
			"Адміністрацыя {DG} раёна г. Мінска")],
		"apartment": [("ЖСК № {N}", "ЖБК № {N}"),
			("Товарищество собственников {ST} {N}",
			"Таварыства ўласнікаў {ST} {N}")],
		"hotel": [("Гостиница {B}", "Гасцініца {B}"),
			("Отель {B}", "Атэль {B}")],
		"restaurant": [("Ресторан {B}", "Рэстаран {B}"),
			("Кафе {B}", "Кавярня {B}")],
		"trader": [("{B} {XT}", "{B} {XT}"), ("Торговый дом {B}",
			"Гандлёвы дом {B}")],
		"builder": [("{B} {XB}", "{B} {XB}"), ("{XB} {B}", "{XB} {B}")],
		"transport": [("{B} {XL}", "{B} {XL}"), ("{S} {XL}", "{S} {XL}")],
		"it": [("{I} {XI}", "{I} {XI}")],
		"franchise": [("{C} {D}", "{C} {D}"), ("{C} {T}", "{C} {T}")],
		"sole": [("{P}", "{P}")],
	},
}
SECTORS = [("clinic", 9), ("dental", 8), ("pharmacy", 9), ("law", 7),
	("notary", 3), ("accountant", 7), ("school", 6), ("municipality", 3),
	("apartment", 6), ("hotel", 5), ("restaurant", 6), ("trader", 8),
	("builder", 6), ("transport", 5), ("it", 6), ("franchise", 3),
	("sole", 4)]
# Legal forms: (form, front?, share) per country; BY as (Russian,
# Belarusian).
LEGAL = {
	"EE": [("OÜ", 0, 75), ("OÜ", 1, 10), ("AS", 0, 10), ("AS", 1, 5)],
	"LV": [("SIA", 1, 80), ("SIA", 0, 10), ("AS", 1, 10)],
	"LT": [("UAB", 1, 75), ("UAB", 0, 10), ("MB", 1, 10), ("AB", 1, 5)],
	"BY": [(("ООО", "ТАА"), 1, 60), (("ОДО", "ТДА"), 1, 5),
		(("ОАО", "ААТ"), 1, 8), (("ЗАО", "ЗАТ"), 1, 7),
		(("ЧУП", "ПУП"), 1, 12), (("ЧТУП", "ПГУП"), 1, 4),
		(("УП", "УП"), 1, 4)],
}
# Non-profits' forms: an Estonian MTÜ or SA, a Latvian biedrība, a
# Lithuanian VšĮ; sole traders' FIE, IK, IĮ, ИП / ІП.
NONPROFIT = {"EE": [("MTÜ", 0, 70), ("SA", 1, 30)],
	"LV": [("Biedrība", 1, 100)], "LT": [("VšĮ", 1, 100)], "BY": []}
SOLE = {"EE": ("FIE", 0), "LV": ("IK", 1), "LT": ("IĮ", 0),
	"BY": (("ИП", "ІП"), 1)}
CARRIES = {"clinic": .6, "dental": .55, "pharmacy": .6, "law": .3,
	"notary": 0, "accountant": .7, "school": .25, "municipality": 0,
	"apartment": 0, "hotel": .7, "restaurant": .7, "trader": .95,
	"builder": .95, "transport": .95, "it": .9, "franchise": .8,
	"sole": 1}
TLD = {"EE": ".ee", "LV": ".lv", "LT": ".lt", "BY": ".by"}
# Quotes each register puts around a name after a front legal form.
QUOTES = {"EE": [("", "", 80), ('"', '"', 20)],
	"LV": [('"', '"', 85), ("„", "”", 5), ("", "", 10)],
	"LT": [('"', '"', 70), ("„", "“", 20), ("", "", 10)],
	"BY": [("«", "»", 80), ('"', '"', 20)]}

# ---------------------------------------------------------------- scripts
# Russian and Belarusian Cyrillic to a plain Latin (the skeleton's first
# step, not a romanisation).
CYR = dict(zip("абвгдезийклмнопрстуфыэіў",
	"abvgdeziyklmnoprstufyeiv"))
CYR.update({"ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
	"щ": "shch", "ъ": "", "ь": "", "ю": "yu", "я": "ya", "ё": "yo",
	"ґ": "g", "'": "", "’": ""})
VOW_RU = "аеёиоуыэюяіaeiouyõäöüāēīūąęėįųy"


def cyr(s):
	return bool(re.search("[\u0400-\u04ff]", s))


def recase(src, out):
	"""out with src's case: all capitals, or a capital first letter."""
	if src.isupper() and len(src) > 1:
		return out.upper()
	if src[:1].isupper():
		return out[:1].upper() + out[1:]
	return out


def per_word(s, f):
	return re.sub(r"[^\W\d_]+", lambda m: recase(m.group(0),
		f(m.group(0).lower())), s)


# Baltic Latin as a Russian speaker writes it in Cyrillic.
RU_OF = {
	"EE": [("õu", "ыу"), ("jõ", "йы"), ("jä", "я"), ("õ", "ы"), ("ä", "я"), ("ö", "ё"), ("ü", "ю"),
		("ja", "я"), ("ju", "ю"), ("je", "е"), ("ee", "ээ"), ("š", "ш"),
		("ž", "ж"), ("h", "х"), ("j", "й"), ("c", "ц"), ("y", "и"),
		("w", "в")],
	"LV": [("dž", "дж"), ("ņa", "ня"), ("ņe", "не"), ("ņi", "ни"),
		("ņu", "ню"), ("ļa", "ля"), ("ļe", "ле"), ("ļi", "ли"), ("ļu", "лю"),
		("ņ", "нь"), ("ļ", "ль"), ("ja", "я"), ("ju", "ю"), ("je", "е"),
		("ie", "ие"), ("ā", "а"), ("ē", "е"), ("ī", "и"), ("ū", "у"),
		("č", "ч"), ("š", "ш"), ("ž", "ж"), ("ķ", "к"), ("ģ", "г"),
		("h", "х"), ("j", "й"), ("c", "ц")],
	"LT": [("ch", "х"), ("ja", "я"), ("ju", "ю"), ("jo", "йо"),
		("ių", "ю"), ("iu", "ю"), ("iū", "ю"), ("ia", "я"), ("io", "ё"),
		("ie", "е"), ("ą", "а"), ("ę", "е"), ("ė", "е"), ("į", "и"),
		("y", "и"), ("ų", "у"), ("ū", "у"), ("č", "ч"), ("š", "ш"),
		("ž", "ж"), ("h", "х"), ("j", "й"), ("c", "ц")],
}
LAT_RU = dict(zip("abdefgiklmnoprstuvz", "абдэфгиклмнопрстувз"))


def ru_of(s, cc):
	"""A Baltic word in Russian Cyrillic (Bērziņš -> Берзиньш)."""
	def word(w):
		for a, b in RU_OF[cc]:
			w = w.replace(a, b)
		out = []
		for i, ch in enumerate(w):
			if ch == "e":
				out.append("э" if i == 0 or out[-1] in VOW_RU else "е")
			else:
				out.append(LAT_RU.get(ch, ch))
		return "".join(out)
	return per_word(s, word)


# Russian Cyrillic to each state's official Latin and to a passport's.
RU_LAT = {
	"EE": {"ж": "ž", "х": "h", "ц": "ts", "ч": "tš", "ш": "š", "щ": "štš",
		"ы": "õ", "й": "i", "ю": "ju", "я": "ja", "ё": "jo", "е": "e"},
	"LV": {"ж": "ž", "х": "h", "ц": "c", "ч": "č", "ш": "š", "щ": "šč",
		"ы": "i", "й": "j", "ю": "ju", "я": "ja", "ё": "jo", "е": "e"},
	"LT": {"ж": "ž", "х": "ch", "ц": "c", "ч": "č", "ш": "š", "щ": "šč",
		"ы": "y", "й": "j", "ю": "ju", "я": "ja", "ё": "jo", "е": "e"},
	"EN": {"ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
		"щ": "shch", "ы": "y", "й": "y", "ю": "yu", "я": "ya", "ё": "e",
		"е": "e"},
}
RU_BASE = dict(zip("абвгдзиклмнопрстуфэ", "abvgdziklmnoprstufe"))


def ru_lat(s, style, male=False):
	"""A Russian name in style's Latin; male: the Latvian -s or the
	Lithuanian -as/-us ending a man's name takes there."""
	tab = RU_LAT[style]

	def word(w):
		if style == "EE":
			w = re.sub("ий$", "и", w)
		out = []
		for i, ch in enumerate(w):
			prev = w[i - 1] if i else ""
			nxt = w[i + 1] if i + 1 < len(w) else ""
			if ch == "ь":	# е ё ю я after it carry their own j
				if style == "LV" and prev and prev in "лн":
					out[-1] = {"л": "ļ", "н": "ņ"}[prev]
				elif style in ("EE", "LT", "LV") and nxt == "и":
					out.append("j")
				continue
			if ch == "е" and (not prev or prev in "аеёиоуыэюяьъ") and \
					style != "EN":
				out.append("je")
			elif ch == "е" and (not prev or prev in "аеёиоуыэюяьъ"):
				out.append("ye")
			elif ch == "с" and style == "EE" and prev and \
					prev in "аеиоуыэюя" and \
					nxt and nxt in "аеиоуыэюя":
				out.append("ss")
			else:
				out.append(tab.get(ch, RU_BASE.get(ch, ch)))
		t = "".join(out)
		if male and style == "LV" and not t.endswith(("a", "o")):
			t = t + "s"
		elif male and style == "LT" and not t.endswith(("a", "o")):
			t = t + ("us" if t.endswith("j") else "as")
		return t
	return per_word(s, word)


# Belarusian Cyrillic to the passport Latin of the MVD's instruction.
BE_PASS = dict(zip("абвгдзіклмнопрстуўфэы", "abvhdziklmnoprstuufey"))
BE_PASS.update({"ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
	"й": "i", "ь": "", "'": "", "’": ""})


def be_pass(s):
	def word(w):
		w = re.sub("ый$", "ы", w)
		out = []
		for i, ch in enumerate(w):
			soft = {"е": "e", "ё": "o", "ю": "u", "я": "a"}.get(ch)
			if soft:
				out.append(("y" if i == 0 else "i") + soft)
			else:
				out.append(BE_PASS.get(ch, ch))
		return re.sub(r"tsts", "ts", "".join(out))
	return per_word(s, word)


# Belarusian Cyrillic to Łacinka.
LAC = dict(zip("абвгдзіклмнопрстуўфхцчшжйыэ",
	["a", "b", "v", "h", "d", "z", "i", "k", "ł", "m", "n", "o", "p", "r",
	"s", "t", "u", "ŭ", "f", "ch", "c", "č", "š", "ž", "j", "y", "e"]))
LAC_SOFT = {"ц": "ć", "с": "ś", "з": "ź", "н": "ń", "л": "l"}


def lacinka(s):
	def word(w):
		out = []
		for i, ch in enumerate(w):
			prev = w[i - 1] if i else ""
			nxt = w[i + 1] if i + 1 < len(w) else ""
			if ch in ("ь", "'", "’"):
				continue
			if ch in LAC_SOFT and nxt == "ь":
				out.append(LAC_SOFT[ch])
			elif ch == "л" and nxt and nxt in "еёюяі":
				out.append("l")
			elif ch in "еёюя":
				v = {"е": "e", "ё": "o", "ю": "u", "я": "a"}[ch]
				if not prev or prev in "аеёіоуыэюяў'’":
					out.append("j" + v)
				elif prev == "л":
					out.append(v)
				else:
					out.append("i" + v)
			else:
				out.append(LAC.get(ch, ch))
		return "".join(out)
	return per_word(s, word)


def be_typed(s):
	"""Belarusian typed on a Russian keyboard: a Latin i for і, у for ў."""
	return s.replace("і", "i").replace("І", "I").replace("ў", "у").replace(
		"Ў", "У")


# ЙЦУКЕН and QWERTY (the Belarusian layout: ў on щ, і on и, ' on ъ).
QW = "qwertyuiop[]asdfghjkl;'zxcvbnm,."
RU = "йцукенгшщзхъфывапролджэячсмитьбю"
RU2EN = dict(zip(RU, QW))
RU2EN.update({"ў": "o", "і": "b", "ё": "`"})
EN2RU = dict(zip(QW, RU))


def layout(s, table):
	out = []
	for ch in s:
		r = table.get(ch.lower(), ch)
		out.append(r.upper() if ch.isupper() and r.isalpha() else r)
	return "".join(out)


# What a US keyboard leaves (ł, Ł for Łacinka).
ASCII = str.maketrans({"ł": "l", "Ł": "L", "ŭ": "u", "Ŭ": "U"})


def ascii_fold(s):
	s = unicodedata.normalize("NFKD", s.translate(ASCII))
	return "".join(ch for ch in s if not unicodedata.combining(ch))


# Each language's own ASCII habits.
EE_HABIT = {"õ": "6", "Õ": "6", "ü": "y", "Ü": "Y"}
LV_HABIT = {"ā": "aa", "ē": "ee", "ī": "ii", "ū": "uu", "š": "sh",
	"ž": "zh", "č": "ch", "ņ": "nj", "ļ": "lj", "ķ": "kj", "ģ": "gj",
	"Ā": "Aa", "Ē": "Ee", "Ī": "Ii", "Ū": "Uu", "Š": "Sh", "Ž": "Zh",
	"Č": "Ch", "Ņ": "Nj", "Ļ": "Lj", "Ķ": "Kj", "Ģ": "Gj"}
LT_DIGIT = dict(zip("ąčęėįšųūž", "12345678="))


def skel_base(s):
	"""Lower case, Cyrillic as plain Latin, marks off."""
	s = s.lower()
	s = "".join(CYR.get(ch, ch) for ch in s)
	return ascii_fold(s)


SKEL_SUBS = [("shch", "s"), ("sh", "s"), ("ch", "c"), ("zh", "z"),
	("kh", "h"), ("ts", "c"), ("dz", "d"), ("x", "ks"), ("q", "k"),
	("w", "v"), ("ck", "k"), ("ph", "f")]
SKEL_LEGAL_RAW = ("ou oü as mtu mtü fie sa sia ik biedriba biedrība uab "
	"ab mb ii iį vsi všį ооо таа одо тда оао аат зао зат чуп пуп чтуп "
	"пгуп уп ип іп llc ltd jsc ojsc cjsc zao oao ooo chup pue up ip "
	"osauhing osaühing aktsiaselts un ir и і & and ою").split()


def _sk(w):
	"""A word folded to its skeleton: the surname forms as their
	masculine nominative, vowels and j after the first letter dropped
	(the first one as a), 6 between letters as o, doubled letters single."""
	w = re.sub(r"(?<=[a-z])6(?=[a-z])", "o", w)
	w = SURFOLD.get(w, w)
	for a, b in SKEL_SUBS:
		w = w.replace(a, b)
	if w and w[0] in "aeiouyj":
		w = "a" + w[1:]
	w = w[:1] + re.sub("[aeiouyj]", "", w[1:])
	return re.sub(r"(.)\1+", r"\1", w)


SURFOLD = {}
SKEL_LEGAL = set()


SKEL_MEMO = {}


def skel_words(s):
	r = SKEL_MEMO.get(s)
	if r is None:
		ws = re.sub("[^0-9a-z&]+", " ", skel_base(s)).split()
		r = SKEL_MEMO[s] = [_sk(w) for w in ws if w not in SKEL_LEGAL]
	return list(r)


def skel(s):
	return " ".join(skel_words(s))


ck = lk.Checks(skel, skel_words, " [-–/] |: ", pairs=True)


# ---------------------------------------------------------------- surnames
def lt_forms(m):
	"""A Lithuanian surname's masculine, married, unmarried and genitive
	forms (Kazlauskas, Kazlauskienė, Kazlauskaitė, Kazlausko)."""
	if m.endswith("ius"):
		r = m[:-3]
		return m, r + "ienė", r + "iūtė", r + "iaus"
	if m.endswith("us"):
		r = m[:-2]
		return m, r + "ienė", r + "utė", r + "aus"
	if m.endswith("aitis"):
		r = m[:-2]
		return m, r + "ienė", r + "ytė", r + "čio"
	if m.endswith("is"):
		r = m[:-2]
		return m, r + "ienė", r + "ytė", r + "io"
	if m.endswith("a"):
		r = m[:-1]
		return m, r + "ienė", r + "aitė", r + "os"
	r = m[:-2]
	return m, r + "ienė", r + "aitė", r + "o"


def ru_fem(s):
	if s.endswith(("ов", "ев", "ёв", "ин")):
		return s + "а"
	if s.endswith(("ский", "цкий")):
		return s[:-2] + "ая"
	if s.endswith(("оў", "ёў", "еў")):
		return s[:-1] + "ва"
	if s.endswith(("скі", "цкі")):
		return s[:-1] + "ая"
	return s


class Sur:
	"""A surname entry: cc, forms by name, the masculine nominative."""

	def __init__(self, cc, m, **forms):
		self.cc, self.m, self.f = cc, m, dict(forms, m=m)


def build_surnames():
	out = {"EE": [], "LV": [], "LT": [], "BY": [], "RU": []}
	for s in EE_SUR:
		out["EE"].append(Sur("EE", s, f=s, gen=s, ru=ru_of(s, "EE")))
	for m, f, gen in LV_SUR:
		out["LV"].append(Sur("LV", m, f=f, gen=gen, ru=ru_of(m, "LV"),
			ruf=ru_of(f, "LV")))
	for m in LT_SUR:
		m, fm, fu, gen = lt_forms(m)
		out["LT"].append(Sur("LT", m, f=fm, fu=fu, gen=gen,
			ru=ru_of(m, "LT"), ruf=ru_of(fm, "LT")))
	for ru, be in BY_SUR:
		out["BY"].append(Sur("BY", ru, f=ru_fem(ru), be=be, bef=ru_fem(be),
			gen=ru, ru=ru, ruf=ru_fem(ru), en=be_pass(be),
			enf=be_pass(ru_fem(be)), lac=lacinka(be),
			lacf=lacinka(ru_fem(be))))
	for ru in RU_SUR:
		out["RU"].append(Sur("RU", ru, f=ru_fem(ru), ru=ru, ruf=ru_fem(ru),
			EE=ru_lat(ru, "EE"), EEf=ru_lat(ru_fem(ru), "EE"),
			LV=ru_lat(ru, "LV", True), LVf=ru_lat(ru_fem(ru), "LV"),
			LT=ru_lat(ru, "LT", True), LTf=ru_lat(ru_fem(ru), "LT"),
			en=ru_lat(ru, "EN"), enf=ru_lat(ru_fem(ru), "EN")))
	for lst in out.values():
		for e in lst:
			k = skel_base(e.m)
			for v in e.f.values():
				SURFOLD.setdefault(skel_base(v), k)
	return out


SURNAMES = build_surnames()
SKEL_LEGAL.update(skel_base(w) for w in SKEL_LEGAL_RAW)


# ---------------------------------------------------------------- persons
def sur(rng, pool, common=None):
	lst = SURNAMES[pool]
	k = COMMON_SUR[pool]
	if common is None:
		common = rng.random() < .45
	return rng.choice(lst[:k] if common else lst[k:])


def person(rng, cc):
	"""A person of cc: a dict with the given name, the surname entry, the
	sex, and for Lithuanian women whether married."""
	if cc == "BY":
		g, fem = rng.choice(BY_GIVEN)
		return {"cc": cc, "k": "BY", "g": g, "s": sur(rng, "BY"),
			"fem": fem}
	if rng.random() < RUSSIAN_SHARE[cc]:
		g, fem = rng.choice(RU_GIVEN)
		return {"cc": cc, "k": "RU", "g": g, "s": sur(rng, "RU"),
			"fem": fem}
	g, fem = rng.choice(GIVEN[cc])
	return {"cc": cc, "k": cc, "g": g, "s": sur(rng, cc), "fem": fem,
		"mar": rng.random() < .6}


def sur_form(p, form):
	"""The surname as form writes it: native (the official one), ru, en,
	be, lac, masc (the masculine nominative), gen."""
	e, fem = p["s"], p["fem"]
	f = e.f
	if form == "masc":
		return e.m if p["k"] != "RU" else f[p["cc"]]
	if form == "gen":
		return f["gen"]
	if p["k"] == "BY":
		key = {"native": "m", "ru": "ru", "be": "be", "en": "en",
			"lac": "lac"}[form]
		if key == "m":
			key = "ru"
		return f[key + "f"] if fem else f[key]
	if p["k"] == "RU":
		key = {"native": p["cc"], "ru": "ru", "en": "en"}.get(form, p["cc"])
		return f[key + "f"] if fem else f[key]
	if form == "ru":
		return f["ruf"] if fem and "ruf" in f else f["ru"]
	if form == "en":
		return ascii_fold(sur_form(p, "native"))
	if not fem:
		return e.m
	if p["k"] == "LT" and not p.get("mar"):
		return f["fu"]
	return f["f"]


def given_form(p, form):
	g = p["g"]
	if p["k"] == "BY":
		if form in ("be", "lac", "en"):
			b = g[1]
			return {"be": b, "lac": lacinka(b), "en": be_pass(b)}[form]
		return g[0]
	if p["k"] == "RU":
		if form == "ru":
			return g
		if form == "en":
			return ru_lat(g, "EN")
		return ru_lat(g, p["cc"], not p["fem"])
	if form == "ru":
		return ru_of(g, p["cc"])
	if form == "en":
		return ascii_fold(g)
	return g


def pname(p, form="native", order=0):
	g, s = given_form(p, form), sur_form(p, form)
	return (g + " " + s) if order == 0 else (s + " " + g)


# ---------------------------------------------------------------- customers
FEM_TITLE = [("Zvērināts advokāts", "Zvērināta advokāte"),
	("Zvērināts notārs", "Zvērināta notāre"), ("Notaras", "Notarė"),
	("Advokatas", "Advokatė")]


def by_pair(x, lang):
	"""x's form in lang for a BY pair, x itself otherwise."""
	if isinstance(x, tuple):
		return x[0] if lang == "ru" else x[1]
	return x


def fill(rng, cc, tpl, town, lang):
	"""The template filled; for BY both languages (core, core in the other
	language)."""
	p = person(rng, cc)
	s1 = sur(rng, "RU" if cc != "BY" and rng.random() < RUSSIAN_SHARE[cc]
		else cc)
	s2 = sur(rng, cc)
	d = rng.choice(DISTRICTS[cc])
	m = rng.choice(MUNI[cc])
	tg = [t[1] for t in TOWNS[cc] if t[0] == town][0]
	vals = {"B": brand(rng, cc), "P": p, "D": d[0], "T": town,
		"TG": tg, "M": m[0], "N": str(rng.choice([rng.randint(1, 60),
		rng.randint(2, 250)])), "ST": rng.choice(STREETS[cc]),
		"C": rng.choice(CHAINS[cc]), "A": rng.choice(ACT[cc]),
		"XT": rng.choice(XW[cc]["XT"]), "XB": rng.choice(XW[cc]["XB"]),
		"XL": rng.choice(XW[cc]["XL"]), "XI": rng.choice(XW[cc]["XI"]),
		"I": rng.choice(BY_IT), "S": s1, "S2": s2}
	if s2.m == s1.m:
		vals["S2"] = SURNAMES[cc][-1] if s1.m != SURNAMES[cc][-1].m \
			else SURNAMES[cc][0]
	used = re.findall(r"\{(\w+)\}", tpl if isinstance(tpl, str) else tpl[0])
	if "DG" in used:	# the district's adjective in the genitive
		vals["DG"] = tuple(re.sub("(ий|ой|ый)$", "ого", re.sub("(і|ы)$",
			"ага", x)) for x in d[0])
		used.append("D")
	if "D" in used:
		town = d[1]
	if "M" in used:
		town = m[1]
	out = []
	for lg in (("ru", "be") if cc == "BY" else (lang,)):
		t = by_pair(tpl, lg)
		for k in used:
			v = vals.get(k)
			if k == "P":
				v = pname(p, "native" if lg == "ru" or cc != "BY" else "be",
					1 if cc == "BY" else 0)
			elif k in ("S", "S2"):
				if v.cc == "RU":
					v = v.f[cc] if cc in ("EE", "LV", "LT") else v.m
				elif cc == "BY":
					v = v.m if lg == "ru" else v.f["be"]
				else:
					v = v.m
			elif k == "SG":
				v = s1.f["gen"] if s1.cc != "RU" else s1.f[cc]
			elif k in ("TG",) and cc == "BY":
				v = v if lg == "ru" else BY_BE.get(v, v)
			elif k == "T" and cc == "BY":
				v = v if lg == "ru" else BY_BE.get(v, v)
			else:
				v = by_pair(v, lg)
			t = t.replace("{%s}" % k, v)
		out.append(t)
	if p["fem"]:	# a woman's title (notarė, advokāte)
		for a, b in FEM_TITLE:
			out = [o.replace(a, b) for o in out]
	if "SG" in used and s1.cc == "RU":
		used.append("S")
	core = out[0] if lang == "ru" or cc != "BY" else out[1]
	alt = (out[1] if lang == "ru" else out[0]) if cc == "BY" else None
	owner = p if "P" in used else None
	return core, alt, vals, used, owner, town


def legal_pair(lg, lang):
	return by_pair(lg, lang)


def wrap(cc, core, legal, front, q):
	"""The registered name: the legal form at the front with the name in
	quotes, or after it (Estonian style, or 'Name, SIA')."""
	if not legal:
		return core
	if front:
		return "%s %s%s%s" % (legal, q[0], core, q[1])
	if cc in ("LV", "LT"):
		return "%s, %s" % (core, legal)
	return "%s %s" % (core, legal)


def make_customer(rng, g, cid, cc=None):
	cc = cc or lk.wpick(rng, COUNTRY)
	town, _, desk, _, zp = rng.choices(TOWNS[cc],
		[t[3] for t in TOWNS[cc]])[0]
	sector = lk.wpick(rng, SECTORS)
	lang = ("ru" if rng.random() < .65 else "be") if cc == "BY" else cc
	tpl = rng.choice(T[cc][sector])
	core, alt, vals, used, owner, town = fill(rng, cc, tpl, town, lang)
	desk, zp = [(t[2], t[4]) for t in TOWNS[cc] if t[0] == town][0]
	legal, lpos = "", 0
	q = ("", "")
	if sector == "sole":
		owner = owner or vals["P"]
		lg, lpos = SOLE[cc]
		legal = lg
	elif sector in ("school", "apartment", "municipality") or (
			sector in ("clinic", "law") and rng.random() < .15):
		if sector == "school" and NONPROFIT[cc] and rng.random() < .3:
			legal, lpos = lk.wpick(rng, NONPROFIT[cc]), 1
			lpos = [x[1] for x in NONPROFIT[cc] if x[0] == legal][0]
	elif rng.random() < CARRIES[sector] and "P" not in used:
		choice = rng.choices(LEGAL[cc], [x[2] for x in LEGAL[cc]])[0]
		legal, lpos = choice[0], choice[1]
	if legal:
		q = rng.choices(QUOTES[cc], [x[2] for x in QUOTES[cc]])[0][:2]
		if cc == "BY" and legal in (("ИП", "ІП"),):
			q = ("", "")
	lg_native = legal_pair(legal, lang) if cc == "BY" else legal
	name = wrap(cc, core, lg_native, lpos, q)
	alt_name = None
	if cc == "BY":
		alt_lang = "be" if lang == "ru" else "ru"
		alt_name = wrap(cc, alt, legal_pair(legal, alt_lang), lpos, q)
	c = {"id": cid, "name": name, "cc": cc, "town": town, "desk": desk,
		"sector": sector, "core": core, "legal": lg_native, "lpos": lpos,
		"q": q, "lang": lang, "alt": alt, "alt_name": alt_name,
		"legal_pair": legal,
		"brand": by_pair(vals["B"], lang) if "B" in used else None,
		"owner": owner, "chain": by_pair(vals["C"], lang) if "C" in used
		else None, "district": by_pair(vals["D"], lang) if "D" in used
		else None, "sur": vals["S"] if ("S" in used or "SG" in used)
		else None, "street": "ST" in used, "num": vals["N"] if "N" in used
		else None, "zp": zp, "tpl": tpl, "vals": vals, "used": used}
	return c


def latin_of(s):
	"""s in Latin for a machine or domain name (Belarusian by the
	passport rules, Russian by the English ones)."""
	if cyr(s):
		s = be_pass(s) if re.search("[іўІЎ]", s) else ru_lat(s, "EN")
	return ascii_fold(s)


ROLES = {"EE": ["REGISTRATUUR", "RAAMATUPIDAJA", "KASSA", "ARST1",
	"APTEEK-PC"], "LV": ["GRAMATVEDIBA", "KASE", "REGISTRATURA", "ARSTS1"],
	"LT": ["BUHALTERIJA", "KASA", "REGISTRATURA", "GYDYTOJAS1"],
	"BY": ["BUH", "KASSA", "REGISTRATURA", "PRIEMNAYA", "SEKRETAR"]}
TECHS = {"TLL": ["Andrei Volkov", "Kadri Saar", "Maksim Ivanov"],
	"RIX": ["Jānis Ozols", "Olga Petrova"],
	"VNO": ["Tomas Jankauskas", "Irina Sokolova", "Darius Paulauskas"],
	"MSQ": ["Dzmitry Kazlou", "Alena Navitskaya", "Siarhei Rudz"]}
VENDORS = ["Telia", "Elisa", "Tele2", "Bite", "LMT", "Tet", "Enefit",
	"Eesti Energia", "Latvenergo", "Ignitis", "Белтелеком", "A1 Беларусь",
	"МТС Беларусь", "Directo", "Merit Tarkvara", "Tildes Jumis", "Rivilė",
	"1С:Бухгалтерия", "Microsoft 365", "HP Service", "Lenovo Service",
	"Horizon Pay", "Omniva", "DPD Latvija", "Venipak"]
STAFF = ["TEST", "Uus arvuti", "Jauns dators", "Naujas kompiuteris",
	"Новый ноутбук", "Тест", "Laoarvuti", "Rezerves dators",
	"Atsarginis PC", "Demo", "Склад", "Resepsioon test"]
HOME = {"EE": ["kodu", "kodus"], "LV": ["mājās", "māja"], "LT": ["namai",
	"namuose"], "BY": ["дом", "ноутбук", "дома"]}
BRANCH = {"EE": ["filiaal", ""], "LV": ["filiāle", ""], "LT": ["filialas",
	""], "BY": ["филиал", "", "філіял"]}
PROSPECT = {"EE": "Pakkumine - ", "LV": "Piedāvājums - ",
	"LT": "Pasiūlymas - ", "BY": "КП - "}


def assets(rng, c, ids, shared):
	cc = c["cc"]
	# The MSP's prefix: three letters of each of the first two words of
	# the name (legal forms and association words left out), the town's
	# code after it for a third of the customers: "SAUAPT-PC01".
	words = [w for w in latin_of(c["core"]).upper().replace("-",
		" ").split() if w.isalpha() and w not in ("KU", "DZIB", "DNSB",
		"DR", "PII", "ZHSK", "ZHBK")]
	t = c["town"] if cc != "BY" else BY_LAT[c["town"]]
	return lk.asset_names(rng, ids, words, ascii_fold(t).upper(), ROLES[cc],
		shared, lambda rng: latin_of(given_form(person(rng, cc),
		"native")).upper()[:10])


def contact_form(rng, p):
	if p["k"] == "BY":
		return rng.choices(["ru", "be", "en"], [55, 15, 30])[0]
	if p["k"] == "RU":
		return "ru" if rng.random() < .2 else "native"
	return "native"


def contacts(rng, c, ids):
	cc, dom = c["cc"], c["domain"]
	out = []
	people = [c["owner"]] if c["owner"] else []
	for _ in range(rng.randint(0, 3)):
		people.append(person(rng, cc))
	for p in people:
		form = contact_form(rng, p)
		first, last = given_form(p, form), sur_form(p, form)
		out.append(lk.contact(ids, first, last, dom, latin_of))
	return out


def address(rng, c):
	cc = c["cc"]
	no = rng.randint(1, 240)
	street = {"EE": ["Pärnu mnt %d", "Narva mnt %d", "Tartu mnt %d",
		"Sõpruse pst %d", "Riia %d", "Puiestee %d"],
		"LV": ["Brīvības iela %d", "Krišjāņa Barona iela %d",
		"Maskavas iela %d", "Rīgas iela %d", "Lāčplēša iela %d"],
		"LT": ["Gedimino pr. %d", "Savanorių pr. %d", "Laisvės al. %d",
		"Ukmergės g. %d", "Taikos pr. %d"],
		"BY": ["пр. Независимости, %d", "ул. Сурганова, %d",
		"вул. Савецкая, %d", "ул. Ожешко, %d", "пр-т Победителей, %d"]}
	a2 = None
	if rng.random() < .3:
		a2 = rng.choice(["kab. %d", "of. %d", "офис %d", "k. %d",
			"korpus %d"]) % rng.randint(1, 30)
	zp = c["zp"]
	if cc == "EE":
		z = zp + "%04d" % rng.randint(0, 9999)
	elif cc == "LV":
		z = zp + "%02d" % rng.randint(0, 99)
	elif cc == "LT":
		z = zp + "%04d" % rng.randint(0, 9999)
	else:
		z = zp + "%03d" % rng.randint(0, 999)
	city = c["town"]
	if cc == "BY":
		city = rng.choices([city, BY_BE[city], BY_LAT[city]], [5, 2, 3])[0]
	return {"address": rng.choice(street[cc]) % no, "address_2": a2,
		"city": city, "state": None, "zip": z if rng.random() < .85
		else None}


GENERIC_MAIL = {"EE": ["gmail.com", "hot.ee", "mail.ru"],
	"LV": ["gmail.com", "inbox.lv", "mail.ru"],
	"LT": ["gmail.com", "inbox.lt", "yandex.ru"],
	"BY": ["gmail.com", "mail.ru", "tut.by", "yandex.by"]}


def population(rng, n):
	g = lk.G()
	g.custs, seen, shared, domains = [], set(), set(), set()
	ids = iter(range(397000001, 419999999))
	cid = 39000000
	while len(g.custs) < n:
		cid += rng.randint(1, 4)
		c = make_customer(rng, g, cid)
		ks = [skel(c["name"]), skel(c["core"])]
		if c["alt"]:
			ks += [skel(c["alt"]), skel(c["alt_name"])]
		if not ks[0] or any(k in seen for k in ks):
			continue
		seen.update(ks)
		b = c["brand"] or (c["sur"].m if c["sur"] else None) or (
			sur_form(c["owner"], "native") if c["owner"] else None) or \
			c["core"]
		if c["sector"] in ("apartment", "municipality"):
			b = " ".join(w for w in c["core"].split() if w not in (
				"KÜ", "Korteriühistu", "DzĪB", "DNSB", "ЖСК", "ЖБК", "№"))
			b = b.split()[0] if c["sector"] == "municipality" else b
		dom = re.sub("[^a-z0-9]", "", latin_of(b).lower())[:14] or "firma"
		while dom + TLD[c["cc"]] in domains:	# one firm's domain
			dom = "%s%d" % (dom, rng.randint(1, 9))
		dom += TLD[c["cc"]]
		domains.add(dom)
		c["domain"] = dom if rng.random() < .7 else \
			rng.choice(GENERIC_MAIL[c["cc"]])
		lk.add_customer(rng, g, c, ids, shared, address, contacts, assets)
	g.shared = sorted(shared)
	return g


def owner_forms(c):
	p = c["owner"]
	out = []
	for f in ("native", "ru", "en", "be", "lac"):
		for o in (0, 1):
			out.append(pname(p, f, o))
	return out


def index(g):
	ck.index_start(g)
	g.chain_towns = {}
	g.streets = {}
	for i, c in enumerate(g.custs):
		if c["chain"]:
			g.chain_towns.setdefault(c["chain"], set()).add(c["town"])
		names = [c["name"], c["core"]]
		if c["alt"]:
			names += [c["alt_name"], c["alt"]]
		ck.add_names(g, i, names)
		forms = list(names)
		if c["owner"]:
			for nm in owner_forms(c):
				for f in names:
					if nm in f:
						forms.append(f.replace(nm, ""))
		for t in (c["town"], c["district"]):
			if t:
				forms.append(c["core"].replace(t, ""))
		ck.add_forms(g, i, forms)
		ws = []
		for f in names:
			ws += skel_words(f)
		ck.add_words(g, i, ws)
		ck.add_contacts(g, i, c)
		if c["owner"]:
			for nm in owner_forms(c):
				ck.add_person(g, i, nm)
	ck.index_end(g)


# ---------------------------------------------------------------- noise
ALT_LEGAL = {"OÜ": ["OU", "Oü", "osaühing", "OÜ.", "ou"],
	"AS": ["As", "aktsiaselts", "A.S."], "MTÜ": ["MTU", "mtü"],
	"SA": ["Sihtasutus"], "FIE": ["fie", "F.I.E."],
	"SIA": ["Sia", "S.I.A.", "sia", "SIA."], "IK": ["I.K.", "ik"],
	"Biedrība": ["biedrība", "Biedriba"], "UAB": ["Uab", "U.A.B.", "uab"],
	"MB": ["M.B.", "mb"], "AB": ["A.B."], "IĮ": ["II", "IĮ.",
	"individuali įmonė"], "VšĮ": ["VSI", "VŠĮ", "Vsi", "viešoji įstaiga"],
	"ООО": ["OOO", "ооо", "Ооо"], "ТАА": ["ООО", "TAA"],
	"ОДО": ["ООО", "Одо"], "ТДА": ["ТАА"], "ОАО": ["OAO", "Оао"],
	"ААТ": ["ОАО"], "ЗАО": ["ZAO", "зао"], "ЗАТ": ["ЗАО"],
	"ЧУП": ["ЧТУП", "Ч.У.П.", "ЧП", "ChUP"], "ПУП": ["ЧУП"],
	"ЧТУП": ["ЧУП", "ЧТПУП"], "ПГУП": ["ЧТУП"], "УП": ["У.П."],
	"ИП": ["IP", "ип"], "ІП": ["ИП", "IP"]}


def legal_other(rng, c, r):
	"""The legal form spelt another way, in its place or moved."""
	cc, core, lg = c["cc"], c["core"], c["legal"]
	new = rng.choice(ALT_LEGAL.get(lg, [lg]))
	if r < .7:
		return wrap(cc, core, new, c["lpos"], c["q"])
	return wrap(cc, core, new, 1 - c["lpos"], rng.choice([("", ""),
		c["q"]]))


n_legal = lk.legal_row(legal_other)


def n_quotes(rng, g, c):
	"""The quotes around the name dropped or changed."""
	q = c["q"]
	if not q[0]:
		return None
	new = rng.choice([x for x in [("", ""), ('"', '"'), ("„", "“"),
		("«", "»"), ("'", "'"), ("“", "”")] if x != q])
	return wrap(c["cc"], c["core"], c["legal"], c["lpos"], new)


def n_ascii(rng, g, c):
	s = c["name"] if rng.random() < .7 else c["core"]
	t = ascii_fold(s)
	return t if t != s else None


def n_habit(rng, g, c):
	"""Each language's own way round a missing letter: Estonian 6 for õ
	and y for ü, Latvian doubled vowels and sh/zh/nj, the Lithuanian
	digit row."""
	s = c["name"] if rng.random() < .6 else c["core"]
	cc = c["cc"]
	if cc == "EE":
		t = "".join(EE_HABIT.get(ch, ch) for ch in s)
	elif cc == "LV":
		t = "".join(LV_HABIT.get(ch, ch) for ch in s)
	elif cc == "LT":
		t = "".join(LT_DIGIT.get(ch, ch) for ch in s)
	else:
		return None
	if t == s:
		return None
	return ascii_fold(t) if rng.random() < .5 else t


def n_gender(rng, g, c):
	"""A surname in the name in another of its forms: the masculine for a
	genitive or a feminine, a feminine for a masculine (Bērziņa
	zobārstniecība -> Bērziņš zobārstniecība, Kazlausko -> Kazlauskas,
	Иванова -> Иванов)."""
	e = c["sur"]
	if not e:
		return None
	s = c["name"] if rng.random() < .6 else c["core"]
	forms = sorted(set(e.f.values()) | {e.m}, key=len, reverse=True)
	for f in forms:
		m = re.search(r"(?<!\w)%s(?!\w)" % re.escape(f), s)
		if not m:
			continue
		if e.cc == "RU":
			alts = [v for k, v in e.f.items() if k.startswith(c["cc"]) or
				(c["cc"] == "BY" and k in ("m", "f"))]
		elif e.cc == "BY":
			alts = [e.f["be"], e.f["bef"]] if cyr(f) and re.search(
				"[іў]", f) else [e.m, e.f["f"]]
		elif f == e.f["gen"] and f != e.f.get("f"):
			alts = [e.m]	# Kazlausko -> Kazlauskas
		elif e.cc == "LT":
			alts = [e.m, e.f["f"], e.f["fu"]]
		else:
			alts = [e.m, e.f["f"]]
		alts = [a for a in alts if a != f]
		if not alts:
			return None
		return s[:m.start()] + rng.choice(alts) + s[m.end():]
	return None


# Sector words as a Russian speaker says them (multi-word first).
RU_WORD = [("odontologijos klinika", "стоматология"),
	("šeimos gydytojo kabinetas", "кабинет семейного врача"),
	("advokatų kontora", "адвокатская контора"),
	("Buhalterinė apskaita", "Бухгалтерия"),
	("Veselības centrs", "Центр здоровья"),
	("Zvērināts advokāts", "Присяжный адвокат"),
	("Zvērināts notārs", "Присяжный нотариус"),
	("Advokātu birojs", "Адвокатское бюро"),
	("Viesu māja", "Гостевой дом"), ("Svečių namai", "Гостевой дом"),
	("Šeimos klinika", "Семейная клиника"),
	("Lopšelis-darželis", "Детский сад"), ("miesto savivaldybė",
	"городское самоуправление"), ("novada pašvaldība", "краевая дума"),
	("Apteek", "Аптека"), ("Aptieka", "Аптека"), ("aptieka", "аптека"),
	("Vaistinė", "Аптека"), ("vaistinė", "аптека"),
	("Hambakliinik", "Стоматология"), ("Hambaravi", "Стоматология"),
	("zobārstniecība", "стоматология"), ("Zobārstniecība",
	"Стоматология"), ("Kliinik", "Клиника"), ("Klīnika", "Клиника"),
	("klinika", "клиника"), ("Lasteaed", "Детский сад"),
	("Eralasteaed", "Частный детский сад"), ("Gümnaasium", "Гимназия"),
	("vidusskola", "средняя школа"), ("gimnazija", "гимназия"),
	("Hotell", "Отель"), ("Viesnīca", "Гостиница"),
	("Viešbutis", "Гостиница"), ("Restoran", "Ресторан"),
	("Restorāns", "Ресторан"), ("Restoranas", "Ресторан"),
	("Kohvik", "Кафе"), ("Kafejnīca", "Кафе"), ("Kavinė", "Кафе"),
	("Raamatupidamine", "Бухгалтерия"), ("Grāmatvedība", "Бухгалтерия"),
	("Ehitus", "Строй"), ("Būve", "Строй"), ("Statyba", "Строй"),
	("Logistika", "Логистика"), ("Loģistika", "Логистика"),
	("Korteriühistu", "КТ"), ("KÜ", "КТ"), ("Advokaadibüroo",
	"Адвокатское бюро"), ("Notar", "Нотариус"), ("Vandeadvokaat",
	"Присяжный адвокат"), ("Tervisekeskus", "Центр здоровья")]


def n_russian(rng, g, c):
	"""A Baltic name as a Russian speaker types it: the sector word in
	Russian, the rest in Cyrillic, an owner's name in its Russian form,
	the legal form left out."""
	if c["cc"] == "BY":
		return None
	t = c["core"]
	if c["owner"]:
		t = t.replace(pname(c["owner"], "native"), pname(c["owner"], "ru"))
	e = c["sur"]
	if e and e.cc == "RU":	# Popovs -> Попов
		t = re.sub(r"(?<!\w)%s(?!\w)" % re.escape(e.f[c["cc"]]), e.m, t)
	hit = False
	for a, b in RU_WORD:
		pat = r"(?<!\w)%s(?!\w)" % re.escape(a)
		if re.search(pat, t, re.I):
			t = re.sub(pat, lambda m: recase(m.group(0)[:1], b), t,
				flags=re.I)
			hit = True
	if not hit:
		return None
	t = ru_of(t, c["cc"])
	ends = [b for a, b in RU_WORD if t.lower().endswith(" " + b.lower())]
	if ends and rng.random() < .6:	# Аптека first, as Russian has it
		b = ends[0]
		t = b[:1].upper() + b[1:] + " " + t[:-len(b) - 1]
	return t


def n_belarusian(rng, g, c):
	"""A Belarusian customer in the other language: Belarusian for a
	Russian name, Russian for a Belarusian one; Belarusian typed on a
	Russian keyboard (Latin i for і, у for ў)."""
	if c["cc"] != "BY":
		return None
	t = c["alt_name"] if rng.random() < .6 else c["alt"]
	if c["lang"] == "ru" and rng.random() < .4:
		t = be_typed(t)
	return t


def be_core(c):
	return c["core"] if c["lang"] == "be" else c["alt"]


def n_lacinka(rng, g, c):
	if c["cc"] != "BY":
		return None
	t = lacinka(be_core(c))
	if rng.random() < .3:
		t = ascii_fold(t)
	return t


def n_passport(rng, g, c):
	"""A Belarusian name in the passport Latin (from Belarusian) or the
	English one (from Russian); a Baltic firm's Russian owner's name in an
	English passport spelling."""
	if c["cc"] == "BY":
		if rng.random() < .6:
			return be_pass(be_core(c))
		ru = c["core"] if c["lang"] == "ru" else c["alt"]
		return ru_lat(ru, "EN")
	p = c["owner"]
	if not p or p["k"] != "RU":
		return None
	return c["core"].replace(pname(p, "native"), pname(p, "en"))


def n_layout(rng, g, c):
	"""Typed with the other keyboard layout on."""
	s = c["core"]
	if cyr(s):
		return layout(s, RU2EN)
	if re.fullmatch("[A-Za-z .-]+", ascii_fold(s)) and rng.random() < .5:
		return layout(ascii_fold(s), EN2RU)
	return None


def n_caps(rng, g, c):
	s = c["name"] if rng.random() < .6 else c["core"]
	return s.upper()


ABBR = [("Korteriühistu", "KÜ"), ("Dzīvokļu īpašnieku biedrība", "DzĪB"),
	("Daugiabučio namo savininkų bendrija", "DNSB"),
	("Vallavalitsus", "VV"), ("savivaldybės administracija",
	"sav. administracija"), ("miesto", "m."), ("rajono", "r."),
	("novada", "nov."), ("pašvaldība", "pašv."),
	("Zvērinātu advokātu birojs", "ZAB"), ("Zvērināts advokāts",
	"Zv. adv."), ("Zvērināts notārs", "Zv. notārs"),
	("Lopšelis-darželis", "l/d"), ("progimnazija", "progimn."),
	("gimnazija", "gimn."), ("Gümnaasium", "Gümn."),
	("PII", "Pirmsskolas izglītības iestāde"),
	("райисполком", "районный исполнительный комитет"),
	("райвыканкам", "раённы выканаўчы камітэт"),
	("Товарищество собственников", "ТС"),
	("Медицинский центр", "МЦ"), ("Медыцынскі цэнтр", "МЦ"),
	("Средняя школа", "СШ"), ("Сярэдняя школа", "СШ"),
	("Advokatų kontora", "AK")]


def abbrev_swap(t, a, b):
	"""a as b or b as a where it stands as a word (AK, МЦ not back)."""
	if re.search(r"(?<!\w)%s(?!\w)" % re.escape(a), t):
		return t.replace(a, b)
	if re.search(r"(?<!\w)%s(?!\w)" % re.escape(b), t) and \
			b not in ("AK", "МЦ"):
		return t.replace(b, a)
	return t


n_abbrev = lk.abbrev_row(ABBR, abbrev_swap)


def n_acronym(rng, g, c):
	"""A municipality's administration by its initials (VMSA), or a
	two-word brand by its initials before the rest (NK Statyba)."""
	core = c["core"]
	if "savivaldybės administracija" in core:
		ws = core.split()
		return "".join(w[0].upper() for w in ws)
	b = c["brand"]
	if b and len(b.split()) == 2 and b in core and core != b and \
			not cyr(b):
		ini = "".join(w[0] for w in b.split()).upper()
		return core.replace(b, ini)
	return None


def n_reorder(rng, g, c):
	"""The brand and the sector words the other way round (Aptieka
	Saulīte -> Saulīte aptieka, Ābele Celtniecība -> Celtniecība Ābele)."""
	core, b = c["core"], c["brand"]
	if c["sector"] in ("notary", "apartment", "sole", "municipality",
			"school") or c["owner"]:
		return None
	if b and core.endswith(" " + b):
		rest = core[:-len(b) - 1]
		if c["cc"] != "BY":
			rest = rest[:1].lower() + rest[1:]
		return b + " " + rest
	if b and core.startswith(b + " "):
		rest = core[len(b) + 1:]
		return rest[:1].upper() + rest[1:] + " " + b
	ws = core.split()
	if len(ws) != 2:
		return None
	return ws[1] + " " + ws[0]


KEYS = ["qwertyuiopõü", "asdfghjklöä", "zxcvbnm", "йцукенгшщзхъ",
	"фывапролджэ", "ячсмитьбю", "йцукенгшўзх'", "ячсмітьбю"]


TYPO = lk.Typo(KEYS)
typo1, n_typo = TYPO.one, TYPO.n_typo


def n_typo2(rng, g, c):
	t = typo1(rng, c["name"] if rng.random() < .6 else c["core"])
	return typo1(rng, t) if t and len(t) >= 10 else None


def n_branch(rng, g, c):
	cc = c["cc"]
	if c["town"] in c["name"] or (c["district"] and c["district"] in
			c["name"]):
		return None
	town = c["town"]
	if cc == "BY" and c["lang"] == "be":
		town = BY_BE[town]
	if rng.random() < .4 and c["district"] is None:
		d = [x for x in DISTRICTS[cc] if x[1] == c["town"]]
		if d:
			town = by_pair(rng.choice(d)[0], c["lang"])
	w = rng.choice(BRANCH[cc])
	sep = rng.choice([" ", " - ", " / ", " ("])
	tail = (town + " " + w).strip()
	return c["name"] + sep + tail + (")" if sep == " (" else "")


n_person = ck.person_row(lambda rng, c: rng.random() < .35)
n_contact = lk.contact_row(lambda rng, c, p: "")


def n_domain(rng, g, c):
	d = c["domain"]
	if any(d == x for v in GENERIC_MAIL.values() for x in v):
		return None
	return d if rng.random() < .5 else "www." + d


def n_mixed(rng, g, c):
	a = rng.choice([n_ascii, n_legal, n_caps, n_russian, n_belarusian,
		n_quotes, n_gender])
	t = a(rng, g, c)
	if not t:
		return None
	d = dict(c, name=t, core=t, q=("", ""), legal="")
	b = rng.choice([lk.n_truncated, n_typo, n_caps, n_ascii])
	return b(rng, g, d)


KINDS = [("exact", lk.n_exact, 13), ("legal", n_legal, 10),
	("quotes", n_quotes, 4), ("ascii", n_ascii, 10),
	("keyboard habit", n_habit, 4), ("gender", n_gender, 4),
	("russian", n_russian, 5), ("belarusian", n_belarusian, 6),
	("lacinka", n_lacinka, 3), ("passport", n_passport, 3),
	("layout", n_layout, 2), ("caps", n_caps, 3), ("abbrev", n_abbrev, 4),
	("acronym", n_acronym, 1), ("reorder", n_reorder, 3),
	("truncated", lk.n_truncated, 5), ("typo", n_typo, 6),
	("two typos", n_typo2, 2), ("branch", n_branch, 4),
	("person", n_person, 3), ("with contact", n_contact, 3),
	("domain", n_domain, 2), ("mixed", n_mixed, 5)]


# ---------------------------------------------------------------- impostors
def fresh(rng, g, c):
	"""A name of the list's shape that is no customer's."""
	d = make_customer(rng, g, 0, c["cc"])
	return d["name"]


def rare_build(rng, c, tpl, b):
	cc = c["cc"]
	lang = c["lang"] if cc == "BY" else cc
	core, _, vals, _, _, _ = fill(rng, cc, tpl, c["town"], lang)
	return core.replace(by_pair(vals["B"], lang), b, 1)


i_rare = lk.rare_row(T, ("franchise", "notary", "municipality",
	"apartment", "sole", "it"), lambda t: by_pair(t, "ru"), rare_build)


def i_surname(rng, g, c):
	"""A very common surname in another trade."""
	cc = c["cc"]
	pool = "RU" if cc != "BY" and rng.random() < .35 else cc
	e = sur(rng, pool, True)
	if pool == "RU":
		n = e.f[cc] if rng.random() < .7 else e.m
	elif cc == "BY":
		n = e.m if rng.random() < .7 else e.f["be"]
	else:
		n = e.f["gen"] if cc in ("LV", "LT") and rng.random() < .5 else e.m
	act = by_pair(rng.choice(ACT[cc]), "ru" if cc != "BY" or
		rng.random() < .7 else "be")
	out = "%s %s" % (n, act)
	if rng.random() < .4:
		lg = by_pair(rng.choices(LEGAL[cc], [x[2] for x in LEGAL[cc]])[0][0],
			"ru")
		out = wrap(cc, out, lg, 1, ('"', '"') if cc != "BY" else
			("«", "»"))
	return out


def i_chain(rng, g, c):
	cc = c["cc"]
	ch = c["chain"] or by_pair(rng.choice(CHAINS[cc]), "ru")
	towns = [t[0] for t in TOWNS[cc] if t[0] not in
		g.chain_towns.get(ch, ())]
	if not towns:
		return None	# the chain's franchisee in a town may be this one
	town = rng.choice(towns)
	ds = [by_pair(d, "ru") for d, t in DISTRICTS[cc] if t == town]
	return "%s %s" % (ch, rng.choice(ds + [town]))


def i_personal(rng, g, c):
	cc = c["cc"]
	p = person(rng, cc)
	return "%s %s" % (given_form(p, "native"), rng.choice(HOME[cc]))


def i_namesake(rng, g, c):
	"""Another town's business of the same brand, under its own name:
	another activity and its own legal form."""
	cc = c["cc"]
	b = c["brand"] or (c["sur"].m if c["sur"] else None)
	if not b:
		return None
	towns = [t[0] for t in TOWNS[cc] if t[0] != c["town"]]
	act = by_pair(rng.choice(ACT[cc]), c["lang"] if cc == "BY" else "ru")
	lg = by_pair(rng.choices(LEGAL[cc], [x[2] for x in LEGAL[cc]])[0][0],
		c["lang"] if cc == "BY" else "ru")
	return "%s (%s)" % (wrap(cc, "%s %s" % (b, act), lg, cc == "BY",
		("", "")), rng.choice(towns))


def i_building(rng, g, c):
	"""The apartment association (or numbered school) of another house
	on the same street: another legal person."""
	n = c["num"]
	if not n or c["sector"] not in ("apartment", "school"):
		return None
	for _ in range(10):
		m = str(rng.randint(1, 250))
		if len(m) >= 2 and m[0] != n[0] and abs(len(m) - len(n)) <= 1 and \
				not set(m) & set(n):
			break
	else:
		return None
	return re.sub(r"(?<!\d)%s(?!\d)" % n, m, c["name"], count=1)


def i_prospect(rng, g, c):
	return PROSPECT[c["cc"]] + fresh(rng, g, c)


IMPOSTORS = [("impostor: same shape", fresh, 20),
	("impostor: rare word", i_rare, 15),
	("impostor: common surname", i_surname, 12),
	("impostor: chain franchisee", i_chain, 6),
	("impostor: namesake", i_namesake, 10),
	("impostor: other building", i_building, 8),
	("impostor: vendor", lk.one_of(VENDORS), 7),
	("impostor: personal", i_personal, 6),
	("impostor: own staff", lk.one_of(STAFF), 5),
	("impostor: prospect", i_prospect, 7)]


def main():
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random("blind29:" + seed)
	g = population(rng, ncust)
	index(g)
	rows = ck.draw_rows(rng, g, nnames, KINDS, IMPOSTORS)
	keep = ("id", "name", "syncro", "contacts", "assets")
	for c in g.custs:
		for k in list(c):
			if k not in keep:
				c.pop(k)
	scr.write_desk_set(rng, out, g.custs, rows,
		lambda row: lk.machine(rng, g, row, ("BALTIT-%s-NB%02d", 30)), TECHS,
		("blind29", seed, 1806000000, 1187, 70))


if __name__ == "__main__":
	main()
