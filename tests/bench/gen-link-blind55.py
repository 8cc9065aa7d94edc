#!/usr/bin/env python3
# gen-link-blind55.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 32: the lead runs it once).  A Central European
# MSP for the Czech Republic, Slovakia and Hungary: one Syncro account,
# one ScreenConnect, desks in Praha (PRG: Praha and Střední Čechy), Brno
# (BRN: Jihomoravský kraj), Ostrava (OVA: Moravskoslezský kraj), Plzeň
# (PLZ: Plzeňský kraj), Bratislava (BTS: Bratislavský and Trnavský kraj),
# Košice (KSC: Košický and Prešovský kraj), Budapest (BUD: Budapest and
# Pest), Debrecen (DEB: Hajdú-Bihar, Szabolcs) and Győr (GYR:
# Győr-Moson-Sopron, Komárom-Esztergom).  Customers: Czech and Slovak
# s.r.o. (spol. s r.o.), a.s., v.o.s. and k.s., Hungarian Kft., Bt.,
# Zrt., Kkt. and Nyrt.; OSVČ / živnostníci named after the owner (with a
# title, Ing. / Mgr. / Bc., some with their IČO) and Hungarian egyéni
# vállalkozók ("Kovács János e.v.", family name first); doctors and
# dentists (MUDr., MDDr., "dr. Szabó Éva fogorvos", zubní ordinace,
# fogorvosi rendelő), lékárny / lekárne / gyógyszertárak, advokátní
# kanceláře and ügyvédi irodák, účetní and könyvelő offices, autoservisy;
# obce, města, statutární města and městské části ("Městská část Praha
# 6"), Slovak mestá and mestské časti, Hungarian önkormányzatok (megyei
# jogú város, város, község, Budapest's kerületek); SVJ / SVB and
# bytová družstva, társasházak ("Társasház Győr Baross út 12"); základní
# and mateřské školy (příspěvková organizace), základné školy, gymnázia,
# általános iskolák and óvodák; spolky (z.s.), občianske združenia
# (o.z.), egyesületek and alapítványok; and franchise stores of shared
# chains (each its own s.r.o. or Kft.).  Writes OUTDIR/customers.json (as
# Syncro's GET /customers returns them: id, business_name, firstname,
# lastname, email, phone, address, address_2, city, state, zip, contacts,
# assets), names.tsv (typed TAB true id or "" TAB kind TAB machine),
# sessions.jsonl and sessions-machine.jsonl through linkgen.desk_main.
# Python stdlib only, deterministic for a seed.  Customer ids from
# 55000000 (below 55200000 at 50,000 customers: the id grows by 1 to 3
# with a customer kept), contacts' and assets' from 55300001 (below
# 56000000).
#
# Where each shape comes from ("found": found with the session's search
# tool; "known": public knowledge, no search):
# - Czech legal forms (found: buchhaltungprag.com "Rechtsformen des
#   Unternehmens in der Tschechischen Republik" - OSVČ, v.o.s., k.s.,
#   s.r.o., a.s., družstvo; docplayer.cz "Akciová společnost" - the firm
#   must hold "akciová společnost", "akc. spol." or "a. s."; adoc.pub
#   "Společnost s ručením omezeným" - "spol. s r. o.", "s. r. o.";
#   vyzkum.cz "právní forma" - OPS, příspěvková organizace, spolek,
#   fyzická osoba s IČ): their spellings as typed (sro, S.R.O., s. r. o.)
#   known; Slovak s.r.o., a.s. and o.z. known.
# - Hungarian legal forms (found: company-formation-hungary.com "Company
#   forms in Hungary" - Bt., Kkt., Kft., Zrt.; gtai.de "Ungarn
#   Gesellschaftsrecht" - kft., zrt., nyrt., kkt., bt. written small;
#   joginfo.muisz.hu - the sole trader, egyéni vállalkozó): e.v. and
#   "és Társa" known.
# - Numbers (found: jan-holik/ico-validation and stepanova-ph/KrezBooks -
#   the IČO of eight digits, weights 8 to 2, the check 11 - sum mod 11 (0
#   for 10, 1 for 11); fnx-io/czech - IČ "04626133"; se-panfilov/jsvat -
#   DIČ "CZ" and the IČO; docs.trellix.com "Hungarian Tax Identification
#   Number - Others" - the adószám NNNNNNNN-N-NN, with dashes, spaces or
#   none; unpkg stdnum hu/anum - the eight-digit core, weights 9 7 3 1
#   mod 10; docs.oracle.com - HU10845606; packagist intragile/laravel-
#   hungarian-validation - the cégjegyzékszám beside the adószám): Slovak
#   IČO in groups (36 123 456) and the cégjegyzékszám's shape (Cg.
#   01-09-123456: court, form, number) known.
# - Housing bodies (found: nedoma-advokatka.cz "Správný název
#   společenství vlastníků" - "SVJ ulice, číslo, město", "společenství
#   vlastníků pro dům ulice, číslo"; docplayer.cz "Stanovy společenství
#   vlastníků" - "Společenství vlastníků pro dům Španielova, Praha 6";
#   praha-9.eu - the name holds the house number and the town): SVB,
#   bytové družstvo and "Társasház Város, X utca 12" known.
# - Surnames (found: czechgenealogy.nase-koreny.cz and radio.cz - Novák,
#   Svoboda, Novotný, Dvořák, Černý ... with their -ová forms;
#   wikipedia2007 "Czech name" - Novák / Nováková, Novotný / Novotná;
#   pitt.edu "last names Slovakia Hungary" - Nagy, Kovács, Tóth, Szabó,
#   Horváth, Kis, Varga, Molnár, Németh, Farkas, Papp, Balog, Takács,
#   Juhász, Mészáros; spectator.sme.sk - Horváth, Kováč, Varga ... in
#   Slovakia; endlesswiki "Hungarian names" - family name first, -né);
#   given names known (the registers' common ones).
# - Places, streets and municipal bodies (known): obec / město /
#   statutární město / městská část, Slovak obec / mesto / mestská časť,
#   Hungarian község / város / megyei jogú város önkormányzata and
#   Budapest's kerületek; ml. / st. and ifj. / id. for son and father.
# - Keyboards (known): Czech, Slovak and Hungarian QWERTZ; ř ě ů are no
#   Slovak keys, ľ ĺ ŕ ä ô no Czech ones, ő ű typed as ö ü or õ û (the
#   Latin-1 fonts' stand-ins).
# - Chains and vendors (known): franchised grocery chains (Žabka,
#   Hruška, COOP Jednota, CBA, Reál, Coop), telecoms and software (O2,
#   T-Mobile, Vodafone, Telekom, Yettel, Pohoda, Money S3, Helios,
#   Számlázz.hu, Billingo, Alza, Datart ...).
#
# Real-row kinds (shares in KINDS): exact, caps, lower, typo (QWERTZ), two
# typos, diacritics (dropped, some of them, or as the other country's
# keyboard types them), truncated, abbrev (SVJ, SVB, BD, ZŠ, MŠ, AK, MČ,
# SDH, MJV, Tsh., "és Tsa.", a / &), acronym, legal (dropped or respelt:
# sro, spol. s r.o., S.R.O., kft, KFT., Korlátolt Felelősségű
# Társaság, p.o.), number (an IČO, DIČ, adószám or cégjegyzékszám typed
# another way or after the name), branch (pobočka / provozovna / telephely and the
# town), owner (a sole trader, doctor or lawyer typed by the owner's
# name: title dropped, names turned round, a Hungarian's in Western
# order), contact, person, domain, mixed.
# Impostors (about 37% of rows): same shape (a fresh name of the
# customers' templates, its words from an outside block), other store (a
# customer chain's store in another place), other town (a town-named
# body - obec, město, škola, mateřská škola, lékárna, önkormányzat,
# óvoda - of a town of the region no customer is in), SVJ elsewhere (the
# SVJ, SVB or társasház of the same street and number in another town
# of its country, or another house number of its street, two slips or
# more from its own), other number (another valid IČO, adószám or
# cégjegyzékszám before a name that carries its own), holding (the holding s.r.o. or Kft. beside
# the operating one), surname's firm (the owner's surname as a firm of
# another trade), family member (the son's firm, "ml." or "ifj.", beside
# the father's "st." or "id."; a Hungarian wife's "Kovács Jánosné"; the
# owner's wife, daughter or brother: Nováková for Novák), namesake (a
# firm's name with a town across the border, the Czech and Slovak
# namesakes under the same s.r.o.), town body (technické služby,
# nemocnice, vízmű, járási hivatal of a customer municipality's town),
# person (with a title some of the time, as written at home), personal,
# prospect, vendor, own staff.  The share holds at 50,000 customers
# (same_class); there the person and personal impostors are few or none
# (most name pairs are someone's contact) and others fill.
#
# Machines (linkgen.machine): a real row on one of its customer's assets
# 72%, another customer's 4%; impostors on unknown machines, a shared
# role name (KANCELAR, UCTARNA, RECEPCE, PENZTAR ...) 18%, own staff on
# the bench.
#
# Labels: rows label-audit.py doubts are drawn again (an impostor read
# with "spol. s r.o." as "s.r.o." too, a form the audit does not know),
# and so are impostors that, read through this generator's skeleton
# (accents folded, legal forms, "a", "és", "IČO", "pobočka" dropped, SVJ
# SVB BD ZŠ MŠ AK MČ read as their words, an IČO, adószám or
# cégjegyzékszám read as one number however grouped), are a customer's
# name or a form of it, or hold all its words less one, or hold a listed
# person's full name (linkgen.Checks, parts_known and pairs; the son's
# "ml." or "ifj." firm may hold its father's name where the customer is
# the father's "st." or "id.").  A person's name is a real row only when
# that whole name is one customer's contact only.
import os
import re
import sys
from itertools import accumulate, islice

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linkgen as lk  # noqa: E402

# ---------------------------------------------------------------- places
# Each desk: country, state (kraj / megye), "town/weight/postcode
# head/rank" records (rank: P Praha, D a city of districts, S statutární
# město / megyei jogú város, M město / mesto / város, O obec / község),
# districts of its city, towns of its region no customer is in.
DESK = {
	"PRG": ("CZ", "Hlavní město Praha", """Praha/10/1/P Kladno/2/272/S
		Beroun/1/266/M Mělník/1/276/M Říčany/1/251/M Úvaly/1/250/O""",
		"Smíchov Vinohrady Karlín Žižkov Dejvice Holešovice Libeň",
		"Kolín Benešov Příbram"),
	"BRN": ("CZ", "Jihomoravský kraj", """Brno/9/6/S Blansko/1/678/M
		Vyškov/1/682/M Boskovice/1/680/M Hodonín/2/695/M Kuřim/1/664/O""",
		"Bystrc Líšeň Židenice Komín Bohunice Slatina",
		"Znojmo Břeclav Jihlava"),
	"OVA": ("CZ", "Moravskoslezský kraj", """Ostrava/9/70/S
		Havířov/3/736/S Karviná/2/733/S Opava/2/746/S
		Frýdek-Místek/2/738/S Hlučín/1/748/M""",
		"Poruba Zábřeh Vítkovice Hrabůvka Dubina Přívoz",
		"Třinec Bruntál Kopřivnice"),
	"PLZ": ("CZ", "Plzeňský kraj", """Plzeň/9/30/S Klatovy/2/339/M
		Rokycany/1/337/M Domažlice/1/344/M Tachov/1/347/M Nýřany/1/330/O""",
		"Bory Lochotín Slovany Doubravka Bolevec Skvrňany",
		"Sušice Cheb Stříbro"),
	"BTS": ("SK", "Bratislavský kraj", """Bratislava/9/8/D Trnava/3/917/M
		Pezinok/2/902/M Senec/2/903/M Nitra/3/949/M Stupava/1/900/O""",
		"Petržalka Ružinov Dúbravka Rača Vrakuňa Lamač",
		"Malacky Galanta Piešťany"),
	"KSC": ("SK", "Košický kraj", """Košice/9/040/D Prešov/4/080/M
		Michalovce/2/071/M Spišská_Nová_Ves/2/052/M Rožňava/1/048/M
		Moldava_nad_Bodvou/1/045/O""",
		"Šaca Barca Myslava Dargovských_hrdinov Juh Sever",
		"Bardejov Humenné Trebišov"),
	"BUD": ("HU", "Pest", """Budapest/10/1/D Érd/2/203/S Budaörs/2/204/M
		Szentendre/1/200/M Vác/1/260/M Gödöllő/1/210/M Pilisvörösvár/1/208/O""",
		"Zugló Óbuda Kőbánya Újpest Csepel Kispest Ferencváros",
		"Dunakeszi Szigetszentmiklós Cegléd"),
	"DEB": ("HU", "Hajdú-Bihar", """Debrecen/9/40/S Nyíregyháza/4/44/S
		Hajdúböszörmény/1/422/M Hajdúszoboszló/1/420/M
		Balmazújváros/1/406/M Ebes/1/401/O""",
		"Józsa Tócóskert Újkert Nagysándortelep Vénkert",
		"Berettyóújfalu Püspökladány Mátészalka"),
	"GYR": ("HU", "Győr-Moson-Sopron", """Győr/9/90/S Sopron/3/940/S
		Mosonmagyaróvár/2/920/M Tatabánya/2/280/S Pápa/1/850/M
		Nyúl/1/908/O""",
		"Ménfőcsanak Adyváros Marcalváros Nádorváros Révfalu",
		"Csorna Kapuvár Komárom")}
DESK_SHARE = [("PRG", 18), ("BRN", 11), ("OVA", 9), ("PLZ", 7),
	("BTS", 12), ("KSC", 8), ("BUD", 17), ("DEB", 9), ("GYR", 9)]
# Towns of the other country across the Czech-Slovak border (namesake
# impostors).
ACROSS = {"CZ": "Žilina Trenčín Martin Zvolen Poprad".split(),
	"SK": "Olomouc Zlín Pardubice Liberec Jihlava".split(),
	"HU": "Szeged Pécs Miskolc Kecskemét Eger".split()}


def town_recs(text):
	"""(town, weight, postcode head, rank) of each record; "_" stands
	for a space inside a name."""
	out = []
	for rec in text.split():
		t, w, z, r = rec.replace("_", " ").split("/")
		out.append((t, int(w), z, r))
	return out


TOWNS = {d: town_recs(v[2]) for d, v in DESK.items()}
TOWN_CUM = {d: list(accumulate(t[1] for t in ts)) for d, ts in TOWNS.items()}
CC = {d: v[0] for d, v in DESK.items()}
PARTS = {d: [p.replace("_", " ") for p in v[3].split()]
	for d, v in DESK.items()}
AWAY = {d: v[4].split() for d, v in DESK.items()}
STREETS = {"CZ": ["Masarykova", "Husova", "Nádražní", "Školní",
	"Palackého", "Komenského", "Riegrova", "Tyršova", "Sokolská",
	"Jiráskova", "Zahradní", "Havlíčkova"], "SK": ["Hlavná", "Štúrova",
	"Hviezdoslavova", "Mierová", "Školská", "Záhradnícka", "Hurbanova",
	"Kollárova", "Obchodná", "Partizánska", "Nádražná", "Kuzmányho"],
	"HU": ["Petőfi Sándor utca", "Kossuth Lajos utca", "Rákóczi út",
	"Ady Endre utca", "Dózsa György út", "Baross út", "Szabadság tér",
	"Arany János utca", "Jókai utca", "Széchenyi tér", "Béke utca",
	"Bem utca"]}
ROMAN = ("I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII "
	"XVIII XIX XX XXI XXII XXIII").split()

# ---------------------------------------------------------------- people
CZ_SURNAMES = """Novák Svoboda Novotný Dvořák Černý Procházka Kučera
	Veselý Horák Němec Marek Pokorný Pospíšil Hájek Král Jelínek Růžička
	Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil Čermák Urban Vaněk
	Blažek Kříž Kovář""".split()
SK_SURNAMES = """Horváth Kováč Varga Tóth Baláž Molnár Lukáč Kollár
	Oravec Šimko Polák Krajčír Hudák Gajdoš Kráľ Marko Ďurica Mikuláš
	Hrušovský Bartoš Kmeť Sloboda Lacko Hrnčiar""".split()
HU_SURNAMES = """Nagy Kovács Tóth Szabó Horváth Kiss Varga Molnár Németh
	Farkas Balogh Papp Takács Juhász Lakatos Mészáros Oláh Simon Rácz
	Fekete Szilágyi Török Fehér Balázs Gál Vörös Pintér Katona""".split()
SURNAMES = {"CZ": CZ_SURNAMES, "SK": SK_SURNAMES, "HU": HU_SURNAMES}
GIVEN = {"CZ": ("""Jiří Jan Petr Josef Pavel Martin Tomáš Jaroslav
	Miroslav Zdeněk Václav Michal František Karel Milan Lukáš Jakub
	Ondřej""".split(), """Jana Marie Eva Hana Anna Lenka Kateřina Věra
	Lucie Alena Petra Veronika Martina Jaroslava Tereza""".split()),
	"SK": ("""Peter Ján Jozef Michal Martin Tomáš Marek Ľubomír Juraj
	Milan Štefan Miroslav Pavol Dušan Vladimír Marián""".split(), """Mária
	Anna Zuzana Katarína Eva Jana Martina Lucia Ľubica Monika Veronika
	Andrea Ivana Dana""".split()),
	"HU": ("""László István József János Zoltán Sándor Gábor Ferenc
	Attila Péter Tamás Zsolt Lajos András Csaba""".split(), """Mária
	Erzsébet Katalin Éva Ilona Anna Zsuzsanna Margit Judit Ágnes Andrea
	Erika Krisztina Ildikó Eszter""".split())}
# Surnames no customer draws (same-shape impostors).
OUT_SURNAME = {"CZ": ["Vondráček", "Šťastný", "Hrubeš", "Kopecký"],
	"SK": ["Ondruš", "Zajac", "Ťažký", "Vavrinec"],
	"HU": ["Borbély", "Csizmadia", "Hegedűs", "Ambrus"]}


def female(s):
	"""A Czech or Slovak surname as a woman bears it: Novák - Nováková,
	Novotný - Novotná, Svoboda - Svobodová, Němec - Němcová, Hájek -
	Hájková, Šimko - Šimková."""
	if s.endswith("ý"):
		return s[:-1] + "á"
	if s[-1] in "ao":
		return s[:-1] + "ová"
	if s.endswith("ec"):
		return s[:-2] + "cová"
	if s.endswith("ek"):
		return s[:-2] + "ková"
	return s + "ová"


def person(rng, cc, women=.5):
	"""(given name, surname, woman?) of country cc; a Czech or Slovak
	woman's surname in its -ová form."""
	w = rng.random() < women
	s = rng.choice(SURNAMES[cc])
	if w and cc != "HU":
		s = female(s)
	return rng.choice(GIVEN[cc][w]), s, w


def said(cc, g, s):
	"""A person's name as it is written at home: "Kovács János" in
	Hungary, "Jan Novák" elsewhere."""
	return "%s %s" % ((s, g) if cc == "HU" else (g, s))


# ---------------------------------------------------------------- words
HEADS = ["Agro", "Kovo", "Stav", "Elko", "Termo", "Geo", "Inter", "Profi",
	"Bio", "Eko", "Digi", "Multi", "Servo", "Aqua", "Lumi", "Hydro",
	"Metra", "Kontra", "Pannon", "Duna", "Vitra", "Rapid"]
TAILS = ["plast", "trans", "servis", "tex", "data", "met", "sys", "form",
	"line", "kom", "soft", "tim", "mont", "flex", "vent"]
BRAND = sorted({h + t for h in HEADS for t in TAILS
	if not h.lower().endswith(t[:2])})
# The names of kindergartens, pharmacies and housing cooperatives.
NICE = {"CZ": ["Sluníčko", "Beruška", "Kopretina", "Pampeliška", "Lipa",
	"Javor", "Sasanka", "Modrý Kámen", "Zlatý Klas", "Pastelka"],
	"SK": ["Slniečko", "Zvonček", "Lienka", "Slnečnica", "Rozmarín",
	"Vlčí Mak", "Púpava", "Jarabinka"], "HU": ["Napsugár", "Katica",
	"Szivárvány", "Mackó", "Levendula", "Napraforgó", "Tulipán",
	"Hóvirág", "Fecske"]}
TRADE = {"CZ": ["Stavby", "Elektro", "Autodoprava", "Instalace",
	"Truhlářství", "Strojírna", "Tiskárna", "Reality", "Zámečnictví",
	"Izolace", "Topenářství"], "SK": ["Stavby", "Elektro", "Autodoprava",
	"Stolárstvo", "Strojáreň", "Reality", "Kúrenárstvo", "Zámočníctvo",
	"Izolácie", "Tlačiareň"], "HU": ["Építő", "Villanyszerelő",
	"Fuvarozó", "Asztalos", "Nyomda", "Ingatlan", "Gépgyártó",
	"Tetőfedő", "Épületgépész", "Zárszerviz"]}
CHAINS = {"CZ": ["Žabka", "Hruška", "Enapo", "Terno"], "SK": ["COOP Jednota",
	"Fresh", "Kačka", "Môj obchod"], "HU": ["CBA", "Reál", "Coop", "Príma"]}
# Sectors: weight, then per country (legal share, legal forms,
# templates).  {N} the town, {P} a place (a district of the desk's city
# or the town), {B} a brand, {F} a kindergarten's or pharmacy's name, {O}
# the owner as written at home ({OT}: a title before it 40%), {S} {S2} surnames (men's forms), {TR} a trade, {St}
# {No} a street and number, {C} a chain; a template beginning "!" takes
# no legal form.
CS_FIRM = [("s.r.o.", 62), ("spol. s r.o.", 12), ("a.s.", 14),
	("v.o.s.", 4), ("k.s.", 2)]
HU_FIRM = [("Kft.", 70), ("Bt.", 16), ("Zrt.", 8), ("Kkt.", 3),
	("Nyrt.", 1)]
SMALL = {"CZ": [("s.r.o.", 1)], "SK": [("s.r.o.", 1)], "HU": [("Kft.", 3),
	("Bt.", 2)]}
SECTORS = {
	"firma": (22, {"CZ": (.97, CS_FIRM, ["{B}", "{B}", "{B} {TR}",
		"{S} {TR}", "{TR} {S}", "{S} a {S2}"]), "SK": (.97, CS_FIRM,
		["{B}", "{B}", "{B} {TR}", "{S} {TR}", "{TR} {S}", "{S} & {S2}"]),
		"HU": (.97, HU_FIRM, ["{B}", "{B}", "{B} {TR}", "{S} és Társa",
		"{S} {TR}", "{S} és {S2}"])}),
	"osvc": (12, {"CZ": (0, [], ["{OT}", "{OT} - {TR}", "Autoservis {O}",
		"{TR} {O}"]), "SK": (0, [], ["{OT}", "{OT} - {TR}", "{TR} {O}",
		"Autoservis {O}"]), "HU": (.8, [("e.v.", 3), ("egyéni vállalkozó",
		1)], ["{OT}", "{O} {TR}"])}),
	"lekar": (7, {"CZ": (.4, SMALL["CZ"], ["!MUDr. {GS}",
		"Zubní ordinace MDDr. {GS}", "{B} dental", "Stomatologie {S}",
		"Ordinace praktického lékaře {P}"]), "SK": (.4, SMALL["SK"],
		["!MUDr. {GS}", "Zubná ambulancia MDDr. {GS}", "Stomatológia {S}",
		"{B} dental"]), "HU": (.6, SMALL["HU"], ["!dr. {SG} fogorvos",
		"{S} Fogorvosi Rendelő", "{B} Fogászat", "{P} Háziorvosi Rendelő"])}),
	"lekarna": (5, {"CZ": (.7, SMALL["CZ"], ["Lékárna {F}", "Lékárna {P}"]),
		"SK": (.7, SMALL["SK"], ["Lekáreň {F}", "Lekáreň {P}"]),
		"HU": (.7, SMALL["HU"], ["{F} Gyógyszertár", "{P} Gyógyszertár"])}),
	"advokat": (6, {"CZ": (.5, [("s.r.o.", 2), ("v.o.s.", 1)],
		["Advokátní kancelář {S} a {S2}", "Advokátní kancelář {S}",
		"!JUDr. {GS}, advokát"]), "SK": (.5, [("s.r.o.", 2), ("k.s.", 1)],
		["Advokátska kancelária {S} & {S2}", "Advokátska kancelária {S}",
		"!JUDr. {GS}, advokát"]), "HU": (0, [], ["dr. {SG} Ügyvédi Iroda",
		"{S} és {S2} Ügyvédi Iroda", "{S} Ügyvédi Iroda"])}),
	"ucetni": (6, {"CZ": (.8, SMALL["CZ"], ["Účetnictví {S}",
		"{B} účetní kancelář", "Daňová kancelář {S}"]), "SK": (.8,
		SMALL["SK"], ["Účtovníctvo {S}", "{B} účtovná kancelária"]),
		"HU": (.9, SMALL["HU"], ["{S} Könyvelő Iroda", "{B} Könyvelés",
		"{S} és Társa Könyvelő"])}),
	"auto": (5, {"CZ": (.7, SMALL["CZ"], ["Autoservis {S}",
		"Autoservis {B}", "Pneuservis {P}"]), "SK": (.7, SMALL["SK"],
		["Autoservis {S}", "Pneuservis {P}", "Autoopravovňa {B}"]),
		"HU": (.8, SMALL["HU"], ["{S} Autószerviz", "{B} Autójavító",
		"{P} Gumiszerviz"])}),
	"obec": (6, {"CZ": (0, [], []), "SK": (0, [], []), "HU": (0, [], [])}),
	"bydleni": (9, {"CZ": (0, [], ["Společenství vlastníků {St} {No}, {N}",
		"SVJ {St} {No}, {N}", "Společenství vlastníků jednotek {St} {No}, {N}",
		"Bytové družstvo {F}"]), "SK": (0, [], [
		"Spoločenstvo vlastníkov bytov {St} {No}, {N}",
		"SVB {St} {No}, {N}", "Bytové družstvo {F}"]), "HU": (0, [], [
		"Társasház {N} {St} {No}", "{N}, {St} {No} Társasház",
		"{F} Lakásszövetkezet"])}),
	"skola": (8, {"CZ": (.5, [("příspěvková organizace", 1)],
		["Základní škola {P}", "Mateřská škola {F}, {N}", "Gymnázium {P}",
		"Základní umělecká škola {P}"]), "SK": (0, [], ["Základná škola {P}",
		"Materská škola {F}, {N}", "Gymnázium {P}", "Spojená škola {P}"]),
		"HU": (0, [], ["{P} Általános Iskola", "{P} Óvoda", "{P} Gimnázium",
		"{F} Óvoda {N}"])}),
	"spolek": (4, {"CZ": (.9, [("z.s.", 1)], ["TJ Sokol {P}",
		"Sbor dobrovolných hasičů {P}", "{B} klub", "Spolek přátel {P}"]),
		"SK": (.9, [("o.z.", 1)], ["Dobrovoľný hasičský zbor {P}",
		"{B} klub", "Telovýchovná jednota {P}"]), "HU": (0, [], [
		"{P} Sportegyesület", "{P} Polgárőr Egyesület", "{B} Alapítvány",
		"{P} Önkéntes Tűzoltó Egyesület"])}),
	"obchod": (5, {"CZ": (.6, SMALL["CZ"], ["{C} {P}"]), "SK": (.6,
		SMALL["SK"], ["{C} {P}"]), "HU": (.6, SMALL["HU"], ["{C} {P}"])})}
TITLES = {"CZ": ["Ing. ", "Mgr. ", "Bc. ", "Ing. arch. ", "RNDr. "],
	"SK": ["Ing. ", "Mgr. ", "Bc. ", "PaedDr. "], "HU": ["dr. "]}
# Other bodies of a municipality's town, each its own legal person
# (town-body impostors).
BODIES = {"CZ": ["Technické služby {N}", "Nemocnice {N}",
	"Vodovody a kanalizace {N}", "Úřad práce {N}", "Městské divadlo {N}"],
	"SK": ["Technické služby {N}", "Nemocnica {N}", "Okresný úrad {N}",
	"Vodárne {N}"], "HU": ["{N} Vízmű", "{N} Járási Hivatal", "{N} Kórház",
	"{N} Tankerületi Központ"]}
ROLES = {"firma": ["KANCELAR", "UCTARNA", "SKLAD", "SERVER"], "osvc":
	["KANCELAR", "DILNA", "NOTEBOOK"], "lekar": ["RECEPCE", "ORDINACE1",
	"RTG", "SESTRA"], "lekarna": ["POKLADNA1", "POKLADNA2", "LABOR"],
	"advokat": ["SEKRETARIAT", "ADVOKAT1", "SERVER"], "ucetni": ["UCETNI1",
	"KONYVELO", "SERVER"], "auto": ["DILNA", "PRIJEM", "DIAG"], "obec":
	["PODATELNA", "MATRIKA", "STAROSTA", "UGYFELSZOLG"], "bydleni":
	["VYBOR", "SPRAVCE"], "skola": ["REDITEL", "SBOROVNA", "UCEBNA1",
	"TITKARSAG"], "spolek": ["KLUBOVNA"], "obchod": ["PENZTAR1",
	"POKLADNA", "SKLAD"]}
TECHS = {"PRG": ["Vojtěch Hradil", "Klára Brázdová"], "BRN": ["Radek Musil",
	"Simona Kratochvílová"], "OVA": ["Dominik Sikora", "Nikola Hanáková"],
	"PLZ": ["Adam Šindelář", "Barbora Kořínková"], "BTS": ["Matúš Kočiš",
	"Natália Bieliková"], "KSC": ["Samuel Hric", "Kristína Ferková"],
	"BUD": ["Bence Fodor", "Réka Halász"], "DEB": ["Dániel Bíró",
	"Petra Vincze"], "GYR": ["Márton Sipos", "Dóra Kelemen"]}
VENDORS = ["O2 Czech Republic", "T-Mobile Czech Republic", "Vodafone CZ",
	"Slovak Telekom", "Orange Slovensko", "Magyar Telekom", "Yettel",
	"One Magyarország", "Stormware Pohoda", "Money S3", "Helios Orange",
	"ABRA Software", "Számlázz.hu", "Billingo", "Kulcs-Soft", "Alza.cz",
	"Datart", "CZC.cz", "Edenred", "Forpsi", "Websupport", "Rackhost",
	"ČEZ Prodej", "MOL", "Syncro Support"]
# Own staff's names for the bench machines, private machines, a person
# typed bare or labelled, a prospect's label ("|" between them).
STAFF = """Dílna-PC 2|TECHNIK-PRG-3|Zápůjčka 5|Testovací 4|Sklad|Image
	Win11|Reklamace 17|Vojtěch Hradil|Bence Fodor|Szerviz asztal|Servisný
	stôl|Csere gép 3""".replace("\n\t", " ").split("|")
PERSONAL = """Soukromě - {G} {S}|{G} {S} (soukromý)|Notebook {G}|Domácí PC
	{S}|Súkromne - {G} {S}|{S} {G} otthon|Magán - {S} {G}|Syn -
	PC""".replace("\n\t", " ").split("|")
PERSON = "|||Soukromá osoba |Magánszemély: |Zákazník: ".split("|")
PROSPECT = "Nabídka - |Poptávka: |Demo |Test - |Árajánlat: |Ponuka - ".split(
	"|")
# Trades no customer's name has (surname's-firm impostors).
OWN_TRADE = {"CZ": ["Holding", "Invest", "Consulting", "Development"],
	"SK": ["Holding", "Invest", "Consulting", "Development"],
	"HU": ["Holding", "Invest", "Tanácsadó", "Vagyonkezelő"]}
FREE = ("seznam", "gmail", "centrum", "azet", "freemail", "citromail")

# ---------------------------------------------------------------- skeleton
# Whole phrases read as one word (a short form and its words alike).
PHRASES = [(re.compile(r"\b%s\b" % a), b) for a, b in (x.split("=") for x
	in """spolecenstvi vlastniku jednotek=svj|spolecenstvi vlastniku=svj|
	spolocenstvo vlastnikov bytov=svj|svb=svj|bytove druzstvo=bd|
	zakladni umelecka skola=zus|zakladn[ia] skola=zskola|
	mater?ska skola=mskola|advokatni kancelar=ak|
	advokatska kancelaria=ak|mestska cast=mc|sbor dobrovolnych hasicu=sdh|
	dobrovolny hasicsky zbor=dhz|altalanos iskola=ai|alt isk=ai|
	megyei jogu varos=mjv|es tarsa=tarsa|es tsa=tarsa|
	konyvelo iroda=konyveloiroda""".replace("\n\t", "").split("|"))]
LEGAL_RE = re.compile(r"(?<!\w)(?:spol\.? ?s ?r\.? ?o\.?|s\.? ?r\.? ?o\.?|"
	r"a\. ?s\.|v\.? ?o\.? ?s\.?|k\. ?s\.|z\. ?s\.|o\. ?z\.|kft\.?|bt\.?|"
	r"zrt\.?|nyrt\.?|kkt\.?|e\. ?v\.?|egyeni vallalkozo|"
	r"prispevkova organizace|p\. ?o\.|spolecnost s rucenim omezenym|"
	r"korlatolt felelossegu tarsasag)(?!\w)")
# A number however grouped as its digits: a cégjegyzékszám's ten, an
# adószám's first eight, an IČO's eight; a CZ, SK or HU before it
# dropped.
NUMBERS = [(re.compile(a), b) for a, b in (
	(r"(?<![a-z])(?:cz|sk|hu) ?(?=\d)", " "),
	(r"(?<!\d)(\d\d)[- ]?(\d\d)[- ]?(\d{6})(?!\d)", r" \1\2\3 "),
	(r"(?<!\d)(\d{8})[- ]?[1-5][- ]?\d\d(?!\d)", r" \1 "),
	(r"(?<!\d)(\d\d) ?(\d{3}) ?(\d{3})(?!\d)", r" \1\2\3 "))]
LONG = dict(x.split("=") for x in """zs=zskola ms=mskola zus=zus
	tsh=tarsashaz onk=onkormanyzata lekaren=lekarna
	autoserv=autoservis sm=statutarni statutarni=statutarni
	mudr=mudr mddr=mddr ml=ml mladsi=ml st=st starsi=st""".split())
DROP = set("a es ico ic dic adoszam cg cegjegyzekszam cz sk hu pobocka provozovna "
	"telephely fioktelep as sro kft bt zrt nyrt kkt ev vos ks ops oz po "
	"spol".split())


def fold(s):
	"""s in small letters without their accents."""
	return lk.plain(s.lower())


def _words(s):
	s = fold(s)
	for rx, b in NUMBERS:
		s = rx.sub(b, s)
	s = LEGAL_RE.sub(" ", s)
	s = re.sub(r"[-,;()/&]", " ", s)
	s = " ".join(s.split())
	for rx, b in PHRASES:
		s = rx.sub(b, s)
	return lk.dotted_words(s, LONG, DROP)


skel, skel_words, ck = lk.desk_checks(_words)
SON = re.compile(r"(?<!\w)(?:ml\.|ifj\.)(?!\w)")
SPOL = re.compile(r"(?<!\w)spol\. ?s ?r\. ?o\.", re.I)


class SonChecks(type(ck)):
	"""linkgen's checks, and two of this generator's own.  The son's firm
	("Jan Novák ml.") beside a customer that is the father's ("Jan Novák
	st.") may hold the father's listed name: "ml." against the
	customer's own "st." tells them apart.  And an impostor is read
	with "spol. s r.o." as "s.r.o." too: label-audit.py does not know
	the long form, so "Aquasoft Žilina spol. s r.o." would pass where
	"Aquasoft Žilina s.r.o." (a site of Aquasoft s.r.o.?) does not."""

	def impostor_ok(self, g, t):
		short = SPOL.sub("s.r.o.", t)
		a = g.audit
		if short != t and (a.impostor(short) or a.impostor_more(short) or
				a.joined(short)):
			return False
		if not SON.search(t):
			return super().impostor_ok(g, t)
		self.pairs = self.parts_known = False
		try:
			return super().impostor_ok(g, t)
		finally:
			self.pairs = self.parts_known = True


ck.__class__ = SonChecks


latin = lk.latin	# an address's or machine's letters: accents dropped


# ---------------------------------------------------------------- numbers
def ico(rng):
	"""An eight-digit IČO: seven digits, the check 11 - (weights 8 to 2)
	mod 11, 0 for 10 and 1 for 11."""
	seven = "%07d" % rng.randint(0, 9999999)
	k = (11 - sum(int(d) * (8 - i) for i, d in enumerate(seven)) % 11) % 10
	return seven + str(k)


def adoszam(rng, desk):
	"""A Hungarian adószám: an eight-digit core whose weighted sum (9 7 3
	1) is 0 mod 10, a VAT code and the county code of the desk."""
	seven = "%d%06d" % (rng.randint(1, 3), rng.randint(0, 999999))
	k = -sum(int(d) * w for d, w in zip(seven, (9, 7, 3, 1, 9, 7, 3))) % 10
	county = {"BUD": "13", "DEB": "09", "GYR": "08"}[desk]
	return "%s%d-%s-%s" % (seven, k, rng.choice("2223"), county)


def number_ok(n):
	"""n's first eight digits pass the adószám's check or the IČO's."""
	n = n[:8]
	if re.match(r"\d{8}$", n) is None:
		return False
	if sum(int(d) * w for d, w in zip(n, (9, 7, 3, 1, 9, 7, 3, 1))) % 10 == 0:
		return True
	k = (11 - sum(int(d) * (8 - i) for i, d in enumerate(n[:7])) % 11) % 10
	return k == int(n[7])


assert number_ok("04626133") and number_ok("10845606")	# on record


def number_text(cc, n, style):
	"""An IČO, DIČ, adószám or cégjegyzékszám as it is typed."""
	if len(n) == 12:	# 01-09-123456
		return ["Cg. %s" % n, "Cg.%s" % n, "cégjegyzékszám: %s" % n, n,
			n.replace("-", " "), n.replace("-", "")][style % 6]
	if cc == "HU":
		bare = n.replace("-", "")
		return ["adószám: %s" % n, n, "%s %s %s" % (n[:8], n[9], n[11:]),
			bare, "Adószám %s" % bare, "HU%s" % n[:8]][style % 6]
	if cc == "SK":
		grouped = "%s %s %s" % (n[:2], n[2:5], n[5:])
		return ["IČO: %s" % n, "IČO %s" % grouped, n, grouped,
			"IČO:%s" % n, "ICO %s" % n][style % 6]
	return ["IČO %s" % n, "IČ: %s" % n, n, "DIČ CZ%s" % n, "CZ%s" % n,
		"IČ %s" % n][style % 6]


def cegjegyzek(rng, c):
	"""A cégjegyzékszám: the registry court's county (01 Budapest, 13
	Pest, 09 Hajdú-Bihar, 08 Győr-Moson-Sopron), the form (09 Kft., 10
	Zrt., 06 Bt.) and six digits."""
	county = {"BUD": "01", "DEB": "09", "GYR": "08"}[c["desk"]]
	if c["desk"] == "BUD" and c["town"] != "Budapest":
		county = "13"
	form = {"Kft.": "09", "Zrt.": "10", "Bt.": "06"}[c["legal"]]
	return "%s-%s-%06d" % (county, form, rng.randint(0, 999999))


def new_number(rng, c):
	"""A new number of c's kind: an IČO, an adószám, or for two in five
	Hungarian Kft., Zrt. and Bt. a cégjegyzékszám."""
	if c["cc"] != "HU":
		return ico(rng)
	if c["legal"] in ("Kft.", "Zrt.", "Bt.") and rng.random() < .4:
		return cegjegyzek(rng, c)
	return adoszam(rng, c["desk"])


def numkey(n):
	"""What tells a number from another: an IČO's or adószám's first
	eight digits, a cégjegyzékszám's ten."""
	d = re.sub(r"\D", "", n)
	return d if len(d) == 10 else d[:8]


# ---------------------------------------------------------------- customers
SECTOR_NAMES = list(SECTORS)
SECTOR_CUM = list(accumulate(w for w, _ in SECTORS.values()))


def municipal(rng, cc, t, desk):
	"""The municipality of town record t as it names itself; for a city
	of districts one district (a Praha number, a Bratislava or Košice
	mestská časť, a Budapest kerület): (name, part) where part tells it
	from its city's others."""
	town, _, _, rank = t
	if rank == "P":
		n = str(rng.randint(1, 22))
		return "Městská část Praha %s" % n, n
	if rank == "D" and cc == "SK":
		p = rng.choice(PARTS[desk])
		return "Mestská časť %s-%s" % (town, p), p
	if rank == "D":
		r = rng.choice(ROMAN)
		return "Budapest Főváros %s. Kerületi Önkormányzat" % r, r
	if cc == "HU":
		kind = {"S": "Megyei Jogú Város", "M": "Város", "O": "Község"}[rank]
		return "%s %s Önkormányzata" % (town, kind), None
	if cc == "CZ":
		kind = {"S": "Statutární město", "M": "Město", "O": "Obec"}[rank]
	else:
		kind = {"S": "Mesto", "M": "Mesto", "O": "Obec"}[rank]
	return "%s %s" % (kind, town), None


def values(rng, c, outside):
	cc, t = c["cc"], c["trec"]
	o = person(rng, cc, .4)
	place = t[0]
	if t == TOWNS[c["desk"]][0] and rng.random() < .5:
		place = rng.choice(PARTS[c["desk"]])
	title = rng.choice(TITLES[cc]) if rng.random() < .4 else ""
	v = {"N": t[0], "P": place, "G": o[0], "S": rng.choice(SURNAMES[cc]),
		"S2": rng.choice(SURNAMES[cc]), "B": rng.choice(BRAND),
		"F": rng.choice(NICE[cc]),
		"TR": rng.choice(TRADE[cc]), "St": rng.choice(STREETS[cc]),
		"No": str(rng.randint(1, 60)), "C": rng.choice(CHAINS[cc])}
	if outside:	# words no customer's name is made of
		s = rng.sample(OUT_SURNAME[cc], 2)
		e = rng.choice(AWAY[c["desk"]])
		v.update(S=s[0], S2=s[1], N=e, P=e, No=str(rng.randint(61, 99)),
			B=rng.choice(["Borostyán", "Pomněnka", "Jarabina", "Galagonya"]),
			F=rng.choice(["Pomněnka", "Jarabina", "Galagonya"]))
	if v["S"] == v["S2"]:
		return None
	owner_s = female(v["S"]) if o[2] and cc != "HU" else v["S"]
	c["owner"], c["family"] = (o[0], owner_s), v["S"]
	v["O"] = said(cc, o[0], owner_s)
	v["OT"], v["W"] = title + v["O"], o[2]
	v["GS"] = "%s %s" % (o[0], owner_s)
	v["SG"] = "%s %s" % (owner_s, o[0])
	return v


def template(rng, c):
	"""(template, legal form) for c: a municipality's own name, else one
	of its sector's templates and, where the sector's share draws one, a
	legal form (none for a template marked "!")."""
	share, forms, tpls = SECTORS[c["sector"]][1][c["cc"]]
	if c["sector"] == "obec":
		tpl, c["part"] = municipal(rng, c["cc"], c["trec"], c["desk"])
		return tpl, ""
	tpl = rng.choice(tpls)
	if tpl[0] == "!" or not forms or rng.random() >= share:
		return tpl.lstrip("!"), ""
	return tpl, lk.wpick(rng, forms)


def make_customer(rng, desk=None, outside=False):
	"""A customer record, None when its draw does not fit: name, core
	(less the legal form and number), the words it is named by."""
	desk = desk or lk.wpick(rng, DESK_SHARE)
	t = rng.choices(TOWNS[desk], cum_weights=TOWN_CUM[desk])[0]
	c = dict(desk=desk, cc=CC[desk], trec=t, town=t[0], number=None,
		part=None, junior=None, sector=rng.choices(SECTOR_NAMES,
		cum_weights=SECTOR_CUM)[0])
	v = values(rng, c, outside)
	if v is None or outside and c["sector"] == "obec":
		return None
	cc = c["cc"]
	tpl, legal = template(rng, c)
	c["legal"] = legal
	used = set(re.findall(r"\{(\w+)\}", tpl))
	core = tpl.format_map(v)
	owned = bool(used & {"O", "OT", "GS", "SG"})
	if owned and not v["W"] and rng.random() < .12:	# the father's firm
		me = said(cc, *c["owner"])
		c["junior"] = "id." if cc == "HU" else "st."
		core = core.replace(me, "id. " + me if cc == "HU" else me + " st.",
			1)
	name = ("%s %s" % (core, legal)).strip()
	odds = {"firma": .08 if legal else 0, "osvc": .2}.get(c["sector"], 0)
	if rng.random() < odds:
		c["number"] = new_number(rng, c)
		name += rng.choice([", %s", " (%s)", " - %s"]) % number_text(cc,
			c["number"], rng.choice([0, 1, 0, 2]))
	c["name"], c["core"] = name, core

	def of(*keys):
		return next((v[k] for k in keys if k in used), None)
	c["surs"] = [v[k] for k in ("S", "S2") if k in used] + \
		[c["owner"][1]] * owned
	c["owner"] = c["owner"] if owned else None
	c["brand"], c["chain"] = of("B", "F"), of("C")
	c["place"] = t[0] if c["sector"] == "obec" else of("P", "N")
	c["street"] = (v["St"], v["No"]) if "St" in used else None
	return c


def named_by(c):
	"""(sector, skeleton word) of each word naming c (brand, place,
	surnames), of its core where none does."""
	own = [w for w in [c["brand"], c["place"]] + c["surs"] if w]
	return [(c["sector"], skel(w)) for w in own or [c["core"]]]


def contacts(rng, c, ids):
	"""The owner, then up to three people of the customer's country; the
	first is the customer's own name in Syncro too."""
	people = [c["owner"]] * bool(c["owner"]) + [person(rng, c["cc"])[:2]
		for _ in range(rng.randint(0, 3))]
	out = [lk.contact(ids, a, b, c["domain"], latin) for a, b in people]
	first = out[0] if out else {}
	for k in ("firstname", "lastname", "email"):
		c["syncro"][k] = first.get(k)
	return out


assets = lk.core_assets(DROP | {"ing", "mgr", "mudr", "mddr", "judr",
	"dr"}, ROLES, latin, lambda r, c: latin(person(r, c["cc"])[0]))


def address(rng, c):
	t, cc = c["trec"], c["cc"]
	if c["street"]:
		st = "%s %s" % c["street"]
	else:
		st = "%s %d" % (rng.choice(STREETS[cc]), rng.randint(1, 140))
	if cc == "HU":
		phone = "+36 %d %03d %04d" % (rng.choice([1, 20, 30, 52, 96]),
			rng.randint(100, 999), rng.randint(0, 9999))
		zipc = t[2] + "".join(str(rng.randint(0, 9)) for _ in
			range(4 - len(t[2])))
	else:
		phone = "+%d %03d %03d %03d" % (420 if cc == "CZ" else 421,
			rng.randint(200, 999), rng.randint(0, 999), rng.randint(0, 999))
		z = t[2] + "".join(str(rng.randint(0, 9)) for _ in range(5 -
			len(t[2])))
		zipc = "%s %s" % (z[:3], z[3:])
	return {"address": st, "address_2": rng.choice([None, None, None,
		"%d. patro" % rng.randint(1, 5), "č. p. %d" % rng.randint(100,
		2999)]), "city": t[0], "state": DESK[c["desk"]][1], "zip": zipc,
		"phone": phone}


def domain(rng, c, taken):
	"""The customer's own domain (.cz, .sk or .hu; a free mailbox for a
	fifth of the sole traders, housing bodies and clubs), a digit more
	where taken."""
	tld = "." + c["cc"].lower()
	if rng.random() < .2 and c["sector"] in ("osvc", "bydleni", "spolek"):
		return rng.choice(FREE) + rng.choice([".com", tld])
	# The brand, else the name's words less titles and "st.", run
	# together ("jannovak.cz"); a house's street, number and town
	# ("husova12kladno.cz").
	word = c["brand"] or re.sub(r"\b\w+\.", "", c["core"])
	if c["chain"]:
		word = c["chain"] + c["place"]
	if c["street"]:
		word = "".join(c["street"]) + c["town"]
	if c["sector"] == "obec":
		word = c["town"] + (c["part"] or "")
	d = re.sub("[^a-z0-9]", "", latin(word).lower())[:24] or "mail"
	return lk.numbered_domain(d, tld, taken)


def form_keys(c):
	"""The skeletons of c's forms; {""} for a draw that did not fit."""
	return set(map(skel, lk.short_names(c))) if c else {""}


def drawn(rng):
	"""Customers one after another, none going by a form one drawn
	before goes by (a draw that does is drawn again)."""
	seen = set()
	while True:
		c = lk.draw_unseen(lambda: make_customer(rng), form_keys, seen, 60)
		if c:
			yield c


def population(rng, n):
	"""n customers, ids 1 to 3 apart from 55000001 on, contacts' and
	assets' from 55300001."""
	g = lk.G()
	g.custs, doms, shared = [], set(), set()
	ids = iter(range(55300001, 56000000))
	for c in islice(drawn(rng), n):
		last = g.custs[-1]["id"] if g.custs else 55000000
		c["id"] = last + rng.randint(1, 3)
		c["domain"] = domain(rng, c, doms)
		lk.add_customer(rng, g, c, ids, shared, address, contacts, assets)
	g.shared = sorted(shared)
	return g


def index(g):
	"""linkgen's indexes, the numbers taken, the stores of each chain,
	the houses taken."""
	lk.index_named(ck, g, lk.short_names, named_by, "numbers",
		lambda c: c["number"] and numkey(c["number"]))
	g.numbered = [i for i, c in enumerate(g.custs) if c["number"]]
	g.stores = {(c["chain"], c["place"]) for c in g.custs if c["chain"]}
	g.houses = {(skel(c["street"][0]), c["street"][1], c["town"])
		for c in g.custs if c["street"]}


# ---------------------------------------------------------------- typing
name_or_core = lk.name_or_core
QWERTZ = {"CZ": ["+ěščřžýáíé", "qwertzuiopú", "asdfghjklů", "yxcvbnm,.-"],
	"SK": ["+ľščťžýáíé", "qwertzuiopúä", "asdfghjklôň", "yxcvbnm,.-"],
	"HU": ["öüó", "qwertzuiopőú", "asdfghjkléáű", "íyxcvbnm,.-"]}
TYPOS = {cc: lk.Typo(k) for cc, k in QWERTZ.items()}


def n_typo(rng, g, c):
	return TYPOS[c["cc"]].n_core_typo(rng, g, c)


def n_typo2(rng, g, c):
	return TYPOS[c["cc"]].n_core_typo2(rng, g, c)


n_caps, n_lower = lk.case_rows(r"[.,()\"]")


def n_truncated(rng, g, c):
	"""linkgen's cut, keeping the place, street number, district and
	surnames where the name has them, and not down to a person's name."""
	t = lk.n_truncated(rng, g, c)
	t = t and t.rstrip(" ,-(&/")
	if not t or skel(t) in g.person:
		return None
	need = [c["place"], c["part"], *c["surs"]] + ([c["street"][1]] if
		c["street"] else [])
	return t if all(w in t for w in need if w) else None


# The letters a keyboard of the other country lacks, as typed there.
OTHER_KEYS = {"CZ": str.maketrans("řěůŘĚŮ", "reuREU"),
	"SK": str.maketrans("ľĺŕäôĽĹŔ", "lĺraoLĹR"),
	"HU": str.maketrans("őűŐŰ", "õûÕÛ")}


def n_letters(rng, g, c):
	"""Diacritics dropped (all or some), or typed on the other country's
	keyboard: ř ů as r u, ľ ä ô as l a o, ő ű as õ û or ö ü."""
	s = name_or_core(rng, c, .5)
	if s == lk.plain(s):
		return None
	r = rng.random()
	if r < .5:
		return lk.plain(s)
	if r < .75:
		return "".join(lk.plain(ch) if rng.random() < .5 else ch for ch in s)
	if c["cc"] == "HU" and r < .85:
		return s.translate(str.maketrans("őűŐŰ", "öüÖÜ"))
	t = s.translate(OTHER_KEYS[c["cc"]])
	return t if t != s else lk.plain(s)


SHORT = [("Společenství vlastníků jednotek", "SVJ"),
	("Společenství vlastníků", "SVJ"), ("Spoločenstvo vlastníkov bytov",
	"SVB"), ("Bytové družstvo", "BD"), ("Základní škola", "ZŠ"),
	("Mateřská škola", "MŠ"), ("Základná škola", "ZŠ"), ("Materská škola",
	"MŠ"), ("Základní umělecká škola", "ZUŠ"), ("Advokátní kancelář",
	"AK"), ("Advokátska kancelária", "AK"), ("Městská část", "MČ"),
	("Mestská časť", "MČ"), ("Sbor dobrovolných hasičů", "SDH"),
	("Dobrovoľný hasičský zbor", "DHZ"), ("Általános Iskola", "Ált. Isk."),
	("Önkormányzata", "Önk."), ("Megyei Jogú Város", "MJV"),
	("és Társa", "és Tsa."), ("Társasház", "Tsh."), (" a ", " & "),
	(" & ", " a "), ("Könyvelő Iroda", "Könyvelőiroda"),
	("Lekáreň", "Lekaren"), ("Statutární město", "SM")]


def swap_word(t, long, short):
	"""t with its first whole long typed as short; "Společenství
	vlastníků" not where "jednotek" follows (SVJ stands for all three)."""
	rx = r"(?<!\w)%s(?!\w)(?! jednotek)" % re.escape(long)
	return re.sub(rx, short.replace("\\", r"\\"), t, count=1)


n_abbrev = lk.abbrev_row(SHORT, swap_word)


def n_acronym(rng, g, c):
	"""A three-word or longer brand-and-trade name by its initials."""
	if c["surs"] or c["place"] or c["street"] or c["number"] or \
			c["owner"] or c["sector"] not in ("firma", "ucetni", "auto",
			"spolek", "lekarna"):
		return None
	ws = [w for w in re.split(r"[\s&,/()'.-]+", c["core"]) if w and
		w[0].isalpha() and w.lower() not in ("a", "és")]
	if len(ws) < 3 or any(w.isupper() for w in ws):
		return None
	return lk.initials(rng, ws)


RESPELL = {"s.r.o.": ["sro", "s. r. o.", "S.R.O.", "spol. s r.o.",
	"s.r.o"], "spol. s r.o.": ["s.r.o.", "spol. s r. o.", "spol.s r.o.",
	"společnost s ručením omezeným"], "a.s.": ["a. s.", "A.S.", "as"],
	"v.o.s.": ["v. o. s.", "vos"], "k.s.": ["k. s.", "ks"],
	"Kft.": ["kft", "KFT.", "Kft", "kft.", "Korlátolt Felelősségű Társaság"],
	"Bt.": ["bt", "BT.", "Bt"], "Zrt.": ["zrt", "ZRT.", "Zrt"],
	"Kkt.": ["kkt", "KKT."], "Nyrt.": ["nyrt", "NYRT."],
	"e.v.": ["ev.", "E.V.", "egyéni vállalkozó", "e. v."],
	"egyéni vállalkozó": ["e.v.", "ev."], "z.s.": ["z. s.", "Z.S."],
	"o.z.": ["o. z.", "O.Z."], "příspěvková organizace": ["p.o.",
	"p. o.", "příspěvková org."]}


def legal_other(rng, c, r):
	"""The legal form respelt, after a comma some of the time."""
	sep = ", " if r < .6 and c["cc"] != "HU" else " "
	return "%s%s%s" % (c["core"], sep, rng.choice(RESPELL[c["legal"]]))


n_legal = lk.legal_row(legal_other)


def n_number(rng, g, c):
	"""A customer's IČO, DIČ or adószám typed another way after its
	name less its number."""
	if not c["number"]:
		return None
	base = lk.core_form(c) if rng.random() < .5 else c["core"]
	text = number_text(c["cc"], c["number"], rng.randint(0, 9))
	return rng.choice(["%s %s", "%s (%s)", "%s, %s"]) % (base, text)


# The sites a branch is typed with ({T} the town), by country.
SITES = {"CZ": ["pobočka {T}", "provozovna {T}", "{T}"], "SK":
	["pobočka {T}", "prevádzka {T}", "{T}"], "HU": ["{T}i telephely", "{T}",
	"fióktelep {T}"]}
ONE_SITE = {"obec", "bydleni", "skola", "spolek"}


def n_branch(rng, g, c):
	"""A site after the name: "Agrotrans s.r.o. - pobočka Kladno"."""
	if c["place"] or c["sector"] in ONE_SITE:
		return None
	site = rng.choice(SITES[c["cc"]]).format(T=c["town"])
	form = rng.choice(["%s - %s", "%s (%s)", "%s, %s"])
	return form % (name_or_core(rng, c, .6), site)


def n_owner(rng, g, c):
	"""A sole trader, doctor or lawyer typed by the owner's name: title
	dropped, names turned round (a Hungarian's in Western order), the
	trade after it."""
	if not c["owner"] or c["junior"]:
		return None
	gv, s = c["owner"]
	if len(g.person.get(skel("%s %s" % (gv, s)), ())) != 1:
		return None	# another customer's contact of that name
	r = rng.random()
	if r < .35:
		return "%s %s" % (gv, s) if c["cc"] == "HU" else "%s %s" % (s, gv)
	if r < .6:
		return said(c["cc"], gv, s)
	head = c["core"].replace(said(c["cc"], gv, s), "").strip(" ,-")
	for t in TITLES[c["cc"]] + ["MUDr. ", "MDDr. ", "JUDr. "]:
		head = head.replace(t.strip(), "").strip(" ,-")
	if not head:
		return None
	return rng.choice(["%s, %s", "%s - %s", "%s %s"]) % (said(c["cc"], gv,
		s), head)


# What a contact is at a customer, typed after the name, by country.
ROLE_NOTE = {"CZ": ["", "", "", "(jednatel)", "(účtárna)", "(předseda)"],
	"SK": ["", "", "", "(konateľ)", "(účtáreň)", "(predseda)"],
	"HU": ["", "", "", "(ügyvezető)", "(titkárság)", "(könyvelés)"]}
n_contact = lk.contact_row(lambda rng, c, p: rng.choice(ROLE_NOTE[c["cc"]]))
n_person = ck.person_row(lambda rng, c: rng.random() < .3)
n_domain = lk.domain_row(FREE)
TURNS = (n_legal, n_abbrev, n_branch, n_owner)
NOISE = (n_typo, n_caps, n_lower, n_letters, n_truncated)


n_mixed = lk.mixed_row(TURNS, NOISE, False)


def table(spec, funcs):
	"""(kind, function, share) rows of spec's "kind=share" words (a
	space in a kind written "_") and funcs in their order."""
	pairs = [w.split("=") for w in spec.split()]
	assert len(pairs) == len(funcs)
	return [(k.replace("_", " "), f, int(w)) for (k, w), f in zip(pairs,
		funcs)]


KINDS = table("""exact=11 caps=4 lower=5 typo=9 two_typos=3 diacritics=10
	truncated=4 abbrev=7 acronym=2 legal=10 number=3 branch=4 owner=5
	contact=3 person=2 domain=2 mixed=5""", (lk.n_exact, n_caps, n_lower,
	n_typo, n_typo2, n_letters, n_truncated, n_abbrev, n_acronym, n_legal,
	n_number, n_branch, n_owner, n_contact, n_person, n_domain, n_mixed))


# ---------------------------------------------------------------- impostors
i_fresh, i_prospect = lk.fresh_rows(lambda rng, desk:
	make_customer(rng, desk, outside=True), named_by, PROSPECT)


def i_store(rng, g, c):
	"""A customer chain's store in another place of its desk: "Žabka
	Kuřim" beside "Žabka Bystrc"."""
	d = c["desk"]
	where = [t[0] for t in TOWNS[d]] + PARTS[d] + AWAY[d]
	free = [p for p in where if c["chain"] and (c["chain"], p) not in
		g.stores]
	if not free:
		return None
	legal = " " + c["legal"] if c["legal"] and rng.random() < .4 else ""
	return "%s %s%s" % (c["chain"], rng.choice(free), legal)


def i_town(rng, g, c):
	"""A place-named body of a town of the region no customer is in:
	"Město Kolín" for "Město Beroun", "Gymnázium Znojmo" for "Gymnázium
	Bystrc"."""
	if not c["place"] or c["chain"] or c["part"] or c["street"]:
		return None
	e = rng.choice(AWAY[c["desk"]])
	p = c["place"]
	if p not in c["core"]:
		return None
	return c["core"].replace(p, e, 1)


def i_house(rng, g, c):
	"""The SVJ, SVB or társasház of the same street and number in another
	town ("SVJ Husova 12, Kolín" beside "SVJ Husova 12, Beroun"), or
	another house number of its street in its town, two slips or more
	from its own."""
	if not c["street"] or c["town"] not in c["core"]:
		return None
	st, no = c["street"]
	if rng.random() < .6:
		e = rng.choice(AWAY[c["desk"]] + [t[0] for d in TOWNS if d !=
			c["desk"] and CC[d] == c["cc"] for t in TOWNS[d][:3]])
		return c["core"].replace(c["town"], e, 1)
	k = str(rng.randint(1, 99))
	if lk.la.dist(k, no) < 2 or (skel(st), k, c["town"]) in g.houses:
		return None
	return c["core"].replace("%s %s" % (st, no), "%s %s" % (st, k), 1)


def i_number(rng, g, c):
	"""A name that carries its IČO or adószám with another valid one
	before it (of any customer with a number: few are)."""
	o = g.custs[rng.choice(g.numbered)] if g.numbered else None
	new = o and new_number(rng, o)
	if not o or numkey(new) in g.numbers or lk.la.within1(numkey(new),
			numkey(o["number"])) or len(new) != len(o["number"]):
		return None
	label = number_text(o["cc"], new, rng.choice([0, 1, 5]))
	return "%s %s" % (label, lk.core_form(o))


def i_holding(rng, g, c):
	"""The holding company beside the operating one: "Agrotrans Holding
	s.r.o.", "Kovács Invest Kft."."""
	if c["sector"] not in ("firma", "osvc", "ucetni", "auto", "lekar"):
		return None
	lg = "Kft." if c["cc"] == "HU" else "s.r.o."
	if c["brand"]:
		head = c["brand"]
	elif c["owner"]:
		head = c["owner"][1]
	else:
		return None
	return "%s %s %s" % (head, rng.choice(["Holding", "Holding", "Invest",
		"Group"]), rng.choice([lg, lg, RESPELL[lg][0]]))


def i_surname(rng, g, c):
	"""The owner's surname as a firm of another trade: "Novák Development
	s.r.o." beside "Autoservis Jan Novák"."""
	if not c["owner"] or c["sector"] not in ("osvc", "lekar", "auto"):
		return None
	lg = "Kft." if c["cc"] == "HU" else "s.r.o."
	s = c["owner"][1]
	if c["cc"] != "HU" and s.endswith(("ová", "á")):
		return None	# a firm is named by the family's (men's) form
	return "%s %s %s" % (s, rng.choice(OWN_TRADE[c["cc"]]), lg)


def i_family(rng, g, c):
	"""A named owner's relative with a firm of its own: the son's ("ml.",
	"ifj.") beside the father's ("st.", "id."), a Hungarian wife's
	"Kovács Jánosné", another given name (Nováková for a daughter of
	Novák)."""
	if not c["owner"]:
		return None
	if c["junior"]:	# the son's beside the father's "st." or "id."
		if rng.random() < .5:
			return None
		return c["core"].replace("id. ", "ifj. ", 1) if c["cc"] == "HU" \
			else c["core"].replace(" st.", " ml.", 1)
	gv, s = c["owner"]
	mine = said(c["cc"], gv, s)
	if mine not in c["core"]:
		return None
	cc = c["cc"]
	woman = gv in GIVEN[cc][1]
	r = rng.random()
	if r < .35 and cc == "HU" and not woman:
		new = "%s %sné" % (s, gv)
	else:
		w = not woman if rng.random() < .6 else woman
		other = rng.choice(GIVEN[cc][w])
		if other == gv:
			return None
		s2 = female(c["family"]) if w and cc != "HU" else c["family"]
		new = said(cc, other, s2)
	return c["core"].replace(mine, new, 1)


def i_namesake(rng, g, c):
	"""A firm's namesake across the border, with a town of that country:
	"Agrotrans Žilina s.r.o." beside Brno's "Agrotrans s.r.o.",
	"Pannonline Szeged Kft." beside "Pannonline Kft."."""
	if c["sector"] not in ("firma", "ucetni", "auto") or not c["brand"] \
			or c["place"] or c["surs"]:
		return None
	e = rng.choice(ACROSS[c["cc"]])
	lg = c["legal"] or ("Kft." if c["cc"] == "HU" else "s.r.o.")
	if c["cc"] != "HU":
		lg = rng.choice([lg, "s.r.o.", "spol. s r.o."])
	if rng.random() < .6:
		return "%s %s %s" % (c["core"], e, lg)
	return "%s %s, %s" % (c["core"], lg, e)


def i_body(rng, g, c):
	"""Another public body of a customer municipality's town: "Technické
	služby Kladno", "Győr Vízmű"."""
	if c["sector"] != "obec":
		return None
	return rng.choice(BODIES[c["cc"]]).format(N=c["town"])


i_person, i_personal = lk.person_impostors(ck, lambda rng, c:
	person(rng, c["cc"])[:2], [""], PERSONAL)


def i_person_said(rng, g, c):
	"""A person no customer knows, with a title some of the time, as
	written at home."""
	p = i_person(rng, g, c)
	if not p:
		return None
	gv, s = p.split(" ", 1)
	return rng.choice(PERSON) + (rng.choice(TITLES[c["cc"]]) if
		rng.random() < .3 else "") + said(c["cc"], gv, s)


# The impostor kinds, the hard ones (a customer's own words in another
# body's name) first.
IMPOSTORS = lk.impostor_kinds(table("""other_store=6 other_town=8
	SVJ_elsewhere=8 other_number=3 holding=7 surname's_firm=5 family_member=8
	namesake=7 town_body=5 same_shape=10 prospect=4 person=7 personal=4
	own_staff=5 vendor=8""", (i_store, i_town, i_house, i_number, i_holding,
	i_surname, i_family, i_namesake, i_body, i_fresh, i_prospect,
	i_person_said, i_personal, lk.one_of(STAFF), lk.one_of(VENDORS))))

if __name__ == "__main__":
	# The customers keep id, name, the Syncro fields, contacts and
	# assets; own staff's machines are SERVIS-<desk>-1 to 6; numbered()'s
	# clock starts at 1855000000 and steps 953 s in 60 minutes.
	lk.desk_main("blind55", ck, population, index, KINDS, IMPOSTORS,
		("id", "name", "syncro", "contacts", "assets"), ("SERVIS-%s-%d", 6),
		TECHS, (1855000000, 953, 60))
