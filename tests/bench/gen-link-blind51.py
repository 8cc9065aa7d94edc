#!/usr/bin/env python3
# gen-link-blind51.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 30: the lead runs it once).  A Polish MSP
# serving Poland alone: one Syncro account, one ScreenConnect, desks in
# Warszawa (WAW: Mazowieckie), Kraków (KRK: Małopolskie), Wrocław (WRO:
# Dolnośląskie), Poznań (POZ: Wielkopolskie), Gdańsk (GDN: Pomorskie),
# Łódź (LDZ: Łódzkie), Katowice (KAT: Śląskie) and Lublin (LUB:
# Lubelskie).  Customers: spółki (sp. z o.o., S.A., sp.j. and sp.k. named
# with a partner's surname, s.c. with its partners after it), sole
# traders named after their owner ("PHU Marpol Jan Kowalski", "P.H.U.",
# "FHU", "PPHU", "Zakład Usługowy ..."), kancelarie (adwokacka, radcy
# prawnego, notarialna), biura rachunkowe, przychodnie and gabinety,
# apteki, urzędy of towns and gminas in their grammatical cases ("Urząd
# Miasta Krakowa", "Urząd Miejski w Gliwicach", "Gmina Wieliczka",
# "Urząd Gminy Tarnów" beside the town of Tarnów, "Starostwo Powiatowe w
# Bochni"), numbered schools ("Szkoła Podstawowa nr 12 im. ... w
# Krakowie", "Przedszkole Publiczne nr 5 w ...", "Zespół Szkół nr 2"),
# spółdzielnie, fundacje, stowarzyszenia and volunteer fire brigades
# (OSP); some firms carry their NIP.  Writes OUTDIR/customers.json (as
# Syncro's GET /customers returns them: id, business_name, firstname,
# lastname, email, phone, address, address_2, city, state, zip, contacts,
# assets), names.tsv (typed TAB true id or "" TAB kind TAB machine),
# sessions.jsonl and sessions-machine.jsonl through linkgen.desk_main.
# Python stdlib only, deterministic for a seed.  Customer ids from
# 51000000 (below 51200000 at 50,000 customers: the id grows by 1 to 3
# with a customer kept), contacts' and assets' from 51300001 (below
# 52000000).
#
# Where each shape comes from ("found": found with the session's search
# tool; "known": public knowledge, no search):
# - Legal forms (found: biznes.gov.pl "Types and forms of conducting
#   activity" - jednoosobowa działalność gospodarcza, spółka cywilna,
#   spółka z ograniczoną odpowiedzialnością, spółka akcyjna, spółka
#   jawna, partnerska, komandytowa; dlapiperintelligence.com "Entity set
#   up: Poland" - sp. j., sp. p., sp. k., a limited partnership's name
#   holds a general partner's surname; getsix.eu "Types of business
#   entities" - a civil partnership's name holds its partners' given
#   names and surnames with "spółka cywilna" or "s.c."; lexpoland.com -
#   "Sp. z o.o."): the forms and where the names go; their spellings as
#   typed (spzoo, Sp.z o.o., sp z oo, S.A / SA, Sp.j., sp. k.) known.
# - Sole traders (found: doczz.pl "Informacja dla przedsiębiorców" -
#   art. 43 of the Civil Code: a natural person's firm is their given
#   name and surname, a trade or a fancy name may be added ("Ciasta -
#   Małgorzata Nowak"); czasopismo.legeartis.org "Firma przedsiębiorcy"):
#   the owner's name in every sole trader's name; PHU / FHU / PPHU /
#   P.H.U. (Przedsiębiorstwo Handlowo-Usługowe ...) known.
# - NIP (found: itwasntme-mk/wl wl_tools.py, viesapi NIP.java,
#   Business::PL::NIP - ten digits, weights 6 5 7 2 3 4 5 6 7, sum mod
#   11 is the last digit, 10 never issued): on some firms' names, typed
#   bare, with dashes 3-3-2-2 or 3-2-2-3, with "NIP" or "NIP:" or "PL";
#   another valid NIP is another body.  REGON (found: faker pl_PL,
#   weights 8 9 2 3 4 5 6 7) and KRS numbers left out: technicians type
#   the NIP.
# - Public bodies (found: bip.zlotow.pl, 9lib.org's Zarządzenie of the
#   Prezydent Miasta Siemianowice Śląskie - "Urząd Miasta Siemianowice
#   Śląskie", "Rada Miejska w Złotowie"; bip-archiwum.ledziny.pl -
#   "Szkoła Podstawowa nr 1", "Przedszkole nr 2", "Zespół Szkół w
#   Lędzinach"; docplayer.pl's Orlik list - "Gmina Miejska Głogów",
#   "Urząd Miasta w Dzierżoniowie", "Gmina Brzeg Dolny"): urzędy named
#   with the town in the genitive or after "w" in the locative, gminas in
#   the nominative, numbered schools; a town that is a city gmina beside
#   a rural gmina of its name (Tarnów, Oleśnica, Chełm ...; known), the
#   starostwo, MOPS, PUP, urząd skarbowy of a town as other bodies
#   (known); schools' patrons (known: Jan Paweł II, Maria Konopnicka,
#   Adam Mickiewicz ... as Polish schools are named after them).
# - Surnames (found: litera.net.pl and lonelypoland.com - Nowak,
#   Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski,
#   Zieliński, Woźniak, Szymański first, PESEL counts; gazetaolsztynska.pl
#   - Dąbrowski; the rest known: common Polish surnames), a woman's -ski /
#   -cki / -dzki as -ska / -cka / -dzka, some women's double surnames
#   with a hyphen; given names known (common Polish given names).
# - Places (known): each desk's towns with their genitive and locative,
#   voivodeships, postcodes NN-NNN, telephone areas; towns of the desk's
#   voivodeship no customer is in; towns of voivodeships no desk serves.
# - Keyboard (known): the Polish programmer's layout is US QWERTY with
#   ą ć ę ł ń ó ś ź ż on AltGr, so letters are typed plain (ł as l, ż and
#   ź as z) or ż and ź swapped.
# - Vendors (known): Polish telecoms, software and wholesalers (Orange
#   Polska, Comarch, Insert, Symfonia, Vulcan, Librus, Neuca, nazwa.pl
#   ...).
#
# Real-row kinds (shares in KINDS): exact, caps, lower, typo (QWERTY),
# two typos, diacritics (ą ć ę ł ń ó ś ź ż typed plain, some of them, or
# ż/ź swapped), truncated, reorder (a sole trader's owner before the
# trade), abbrev (SP / ZS / PP / LO with the number, UM / UG, SM, OSP,
# NZOZ, GS SCh, PHU / FHU spelt out, P.H.U. / PHU, Kanc. Adw., Biuro
# Rach., Przych., i Wsp. ...), acronym, legal (dropped, respelt: spzoo, Sp.z
# o.o., sp z oo, spółka z o.o., S.A / SA, Sp.j., sp. k., s.c.), case (a
# town in the nominative where the name has it declined: "Urząd Miasta
# Kraków", "SP 12 Kraków"), number (a school's "nr" dropped or glued),
# branch (oddział / siedziba / biuro and the town after the name),
# hyphen (a double surname typed with a space or one half), owner (a
# sole trader typed as its owner: "Kowalski Jan", "Jan Kowalski PHU"),
# contact, person, domain, nip, mixed.
# Impostors (about 37% of rows): same shape (a fresh name of the
# customers' templates, its words from an outside block), other town (a
# town-named body in a town of the voivodeship no customer is in), same
# number (a school's number in another town, or another number in the
# school's town), gmina or miasto (the rural gmina of a city customer's
# name, or the city of a rural gmina's), other voivodeship (a spółka's
# namesake in a town of a voivodeship no desk serves), family member (a
# sole trader's, doctor's, lawyer's relative: "PHU Anna Kowalska" beside
# "PHU Jan Kowalski"), owner's spółka (the owner's surname as a spółka of
# another trade), town body (the starostwo, MOPS, PUP, urząd skarbowy,
# library of a customer urząd's town), other NIP (another valid NIP
# before a name that carries its own), person, vendor,
# prospect, personal, own staff.  The share holds at 50,000 customers
# (same_class); there the person, personal and family-member impostors
# and the person and owner rows are few (most name pairs are someone's
# contact), so are the gmina-or-miasto impostors (every such town's city
# and rural gmina are customers) and others fill.
#
# Machines (linkgen.machine): a real row on one of its customer's assets
# 72%, another customer's 4%; impostors on unknown machines, a shared role
# name (SEKRETARIAT, KSIEGOWOSC, REJESTRACJA, KASA1 ...) 18%, own staff
# on the bench.
#
# Labels: rows label-audit.py doubts are drawn again, and so are
# impostors that, read through this generator's skeleton (diacritics
# plain, ł as l, legal forms and titles, "nr", "w", "im." dropped, a
# town's cases read as one word, SP12 / PHU / UM ... read as one reading,
# miejski / miasta read as miasto, the NIP read as one number), are a
# customer's name or a form of it, or hold all its words less one, or
# hold a listed person's full name (linkgen.Checks, parts_known and
# pairs).  A person's name is a real row only when that whole name is one
# customer's contact only.
import os
import re
import sys
from itertools import accumulate

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linkgen as lk  # noqa: E402

# ---------------------------------------------------------------- places
# Each desk: voivodeship, telephone area, then "nominative|genitive|
# locative/weight/postcode head"; a town marked * has a rural gmina of
# its name beside the city, + is a town and gmina in one (miasto i
# gmina).
TOWNS = {
	"WAW": ("mazowieckie", "22", """Warszawa|Warszawy|Warszawie/9/00
		Piaseczno|Piaseczna|Piasecznie/2/05+
		Pruszków|Pruszkowa|Pruszkowie/2/05
		Legionowo|Legionowa|Legionowie/1/05
		Otwock|Otwocka|Otwocku/1/05 Wołomin|Wołomina|Wołominie/1/05+
		Grodzisk Mazowiecki|Grodziska Mazowieckiego|Grodzisku
		Mazowieckim/1/05+"""),
	"KRK": ("małopolskie", "12", """Kraków|Krakowa|Krakowie/9/30
		Wieliczka|Wieliczki|Wieliczce/2/32+
		Niepołomice|Niepołomic|Niepołomicach/1/32+
		Tarnów|Tarnowa|Tarnowie/2/33*
		Nowy Sącz|Nowego Sącza|Nowym Sączu/2/33
		Myślenice|Myślenic|Myślenicach/1/32+
		Bochnia|Bochni|Bochni/1/32*"""),
	"WRO": ("dolnośląskie", "71", """Wrocław|Wrocławia|Wrocławiu/9/50
		Oleśnica|Oleśnicy|Oleśnicy/1/56* Oława|Oławy|Oławie/1/55*
		Legnica|Legnicy|Legnicy/2/59 Wałbrzych|Wałbrzycha|Wałbrzychu/2/58
		Świdnica|Świdnicy|Świdnicy/1/58*"""),
	"POZ": ("wielkopolskie", "61", """Poznań|Poznania|Poznaniu/9/60
		Swarzędz|Swarzędza|Swarzędzu/1/62+ Luboń|Lubonia|Luboniu/1/62
		Gniezno|Gniezna|Gnieźnie/2/62* Leszno|Leszna|Lesznie/1/64
		Kalisz|Kalisza|Kaliszu/2/62"""),
	"GDN": ("pomorskie", "58", """Gdańsk|Gdańska|Gdańsku/9/80
		Gdynia|Gdyni|Gdyni/4/81 Sopot|Sopotu|Sopocie/1/81
		Pruszcz Gdański|Pruszcza Gdańskiego|Pruszczu Gdańskim/1/83*
		Wejherowo|Wejherowa|Wejherowie/1/84* Tczew|Tczewa|Tczewie/1/83*"""),
	"LDZ": ("łódzkie", "42", """Łódź|Łodzi|Łodzi/9/90
		Zgierz|Zgierza|Zgierzu/1/95* Pabianice|Pabianic|Pabianicach/2/95
		Piotrków Trybunalski|Piotrkowa Trybunalskiego|Piotrkowie
		Trybunalskim/2/97
		Skierniewice|Skierniewic|Skierniewicach/1/96*
		Kutno|Kutna|Kutnie/1/99*"""),
	"KAT": ("śląskie", "32", """Katowice|Katowic|Katowicach/9/40
		Gliwice|Gliwic|Gliwicach/3/44 Sosnowiec|Sosnowca|Sosnowcu/2/41
		Tychy|Tychów|Tychach/2/43 Bytom|Bytomia|Bytomiu/1/41
		Chorzów|Chorzowa|Chorzowie/1/41 Zabrze|Zabrza|Zabrzu/1/41
		Mikołów|Mikołowa|Mikołowie/1/43+"""),
	"LUB": ("lubelskie", "81", """Lublin|Lublina|Lublinie/9/20
		Świdnik|Świdnika|Świdniku/1/21 Puławy|Puław|Puławach/2/24*
		Chełm|Chełma|Chełmie/2/22* Zamość|Zamościa|Zamościu/2/22*
		Biała Podlaska|Białej Podlaskiej|Białej Podlaskiej/1/21*""")}


def towns_of(recs):
	"""(nominative, genitive, locative, weight, postcode head, mark); a
	name may run on to the next line."""
	out = []
	for rec in re.findall(r"[^/\s][^/]*/\d+/\d+[*+]?", recs):
		names, w, head = rec.strip().split("/")
		mark = head[2:]
		n, gen, loc = (" ".join(x.split()) for x in names.split("|"))
		out.append((n, gen, loc, int(w), head[:2], mark))
	return out


DESKS = {d: towns_of(v[2]) for d, v in TOWNS.items()}
DESK_SHARE = [("WAW", 20), ("KRK", 14), ("WRO", 12), ("POZ", 11),
	("GDN", 11), ("LDZ", 10), ("KAT", 13), ("LUB", 9)]
TOWN_CUM = {d: list(accumulate(t[3] for t in ts)) for d, ts in DESKS.items()}


def cases(s):
	return [tuple(x.split("|")) for x in s.split()]


# Towns of each desk's voivodeship where no customer is (other-town
# impostors), and of voivodeships no desk serves (other voivodeship).
ELSEWHERE = {"WAW": cases("Radom|Radomia|Radomiu Płock|Płocka|Płocku "
	"Siedlce|Siedlec|Siedlcach"), "KRK": cases("Oświęcim|Oświęcimia|"
	"Oświęcimiu Zakopane|Zakopanego|Zakopanem Chrzanów|Chrzanowa|"
	"Chrzanowie"), "WRO": cases("Głogów|Głogowa|Głogowie "
	"Bolesławiec|Bolesławca|Bolesławcu Lubin|Lubina|Lubinie"),
	"POZ": cases("Konin|Konina|Koninie Piła|Piły|Pile Września|Wrześni|"
	"Wrześni"), "GDN": cases("Słupsk|Słupska|Słupsku Malbork|Malborka|"
	"Malborku Kartuzy|Kartuz|Kartuzach"), "LDZ": cases("Sieradz|Sieradza|"
	"Sieradzu Radomsko|Radomska|Radomsku Bełchatów|Bełchatowa|"
	"Bełchatowie"), "KAT": cases("Rybnik|Rybnika|Rybniku "
	"Częstochowa|Częstochowy|Częstochowie Jaworzno|Jaworzna|Jaworznie"),
	"LUB": cases("Kraśnik|Kraśnika|Kraśniku Biłgoraj|Biłgoraja|"
	"Biłgoraju "
	"Łuków|Łukowa|Łukowie")}
FAR = cases("Rzeszów|Rzeszowa|Rzeszowie "
	"Białystok|Białegostoku|Białymstoku "
	"Olsztyn|Olsztyna|Olsztynie Szczecin|Szczecina|Szczecinie "
	"Kielce|Kielc|Kielcach Opole|Opola|Opolu Bydgoszcz|Bydgoszczy|Bydgoszczy "
	"Toruń|Torunia|Toruniu")
STREET = ["Mickiewicza", "Kościuszki", "Słowackiego", "Sienkiewicza",
	"Polna", "Leśna", "Szkolna", "Ogrodowa", "Lipowa", "Kolejowa",
	"Przemysłowa", "Piłsudskiego", "Rynek", "Al. Jerozolimskie",
	"Grunwaldzka", "Długa"]

# ---------------------------------------------------------------- people
SURNAMES = """Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński
	Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski
	Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski
	Zając Pawłowski Michalski Król Nowakowski Wieczorek Wróbel Jabłoński
	Wróblewski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk
	Dudek Nowicki Pawlak Górski Witkowski Walczak Sikora Baran Rutkowski
	Michalak Szewczyk Ostrowski Tomaszewski Pietrzak Zalewski Wróbel
	Jasiński Marciniak Zawadzki Bąk Jakubowski Sadowski Duda Włodarczyk
	Wilk Chmielewski Borkowski Sokołowski Szczepański Sawicki Lis
	Kucharski Kalinowski Wysocki Mazurek Kubiak Maciejewski Czarnecki
	Kołodziej Kaźmierczak Sobczak Konieczny Głowacki Zakrzewski Krajewski
	Wasilewski Adamski Sikorski Sobieraj Przybylski Krupa Kaczmarczyk
	Urbański Czerwiński Kurek Jasiński Stachowiak Gajewski Laskowski
	Gołębiowski Szulc Żak Wawrzyniak Ziółkowski Błaszczyk Ryba Mróz
	Kurowski Żukowski Leśniak Pająk Rogalski Skowroński Biernacki Grzelak
	Szczepaniak Bielecki Ciesielski Lipiński Mikołajczyk Kowalewski
	Żurek Kaczor Kasprzak Dziedzic Rybak Szostak Nawrocki""".split()
SURNAMES = sorted(set(SURNAMES), key=SURNAMES.index)
GIVEN = ("""Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub
	Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew
	Jerzy Maciej Rafał Robert Kamil Sławomir Janusz Bartosz""".split(),
	"""Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna
	Magdalena Elżbieta Joanna Aleksandra Monika Zofia Beata Dorota
	Jolanta Iwona Renata Grażyna Halina Justyna Karolina Marta
	Natalia""".split())
# Surnames and words no customer draws (same-shape impostors).
OUT_SURNAME = ["Wachowiak", "Bieniek", "Grzywacz", "Pałka", "Drozdowski",
	"Kopeć", "Matuszewski", "Szwed", "Tokarski", "Filipiak"]
OUT_BRAND = ["Vistula", "Halnex", "Gromex", "Pol-Rzep", "Sadex",
	"Zefir", "Tatrzańska", "Bursztyn", "Kormoran", "Żuraw"]


def feminine(s):
	"""A woman's form of a surname: -ski -cki -dzki -ny as -ska -cka -dzka
	-na (Konieczny, Konieczna); a noun's (Nowak) as it is."""
	if re.search("(sk|ck|dzk)i$", s):
		return s[:-1] + "a"
	return s[:-1] + "a" if re.search("[^aeiouy]ny$", s) else s


def person(rng, women=.5):
	"""(given name, surname in its gender, woman?); a tenth of the
	women with a double surname."""
	if rng.random() < women:
		s = feminine(rng.choice(SURNAMES))
		if rng.random() < .1:
			s2 = feminine(rng.choice(SURNAMES))
			s = s if s2 == s else "%s-%s" % (s, s2)
		return rng.choice(GIVEN[1]), s, True
	return rng.choice(GIVEN[0]), rng.choice(SURNAMES), False


# ---------------------------------------------------------------- words
HEADS = ["Mar", "Jan", "Kris", "Tom", "Eko", "Stal", "Drew", "Elektro",
	"Agro", "Inter", "Trans", "Med", "Geo", "Termo", "Hydro", "Auto",
	"Bud", "Poli", "Wod", "Art", "Euro", "Pro", "Max", "Ster", "Ogród",
	"Grafi", "Dom", "Lux", "Opty", "Kom"]
TAILS = ["pol", "-Pol", "-Bud", "bud", "-Trans", "ex", "-Met", "met",
	"-Tech", "tech", "-Serwis", "mar", "-Med", "-Sys", "ik", "-Dom",
	"-Plast", "-Term", "-Land", "-Instal"]
BRAND = sorted({h + t for h in HEADS for t in TAILS if h.lower() !=
	t.strip("-").lower() and not (h.endswith("o") and t.startswith("o"))})
BRAND += ["Jantar", "Orlik", "Sokół", "Malwa", "Wrzos", "Kaskada", "Arkadia",
	"Słoneczko", "Promyk", "Pod Lipami", "Zielona Dolina", "Pegaz",
	"Horyzont", "Perła", "Astra", "Delta", "Omega", "Wisła", "Odra",
	"Warta", "Bałtyk", "Tatry", "Karpaty", "Mazowsze", "Podhale",
	"Kujawy", "Kaszuby", "Sudety", "Zdrowie", "Rodzina", "Medicus",
	"Vita", "Salus", "Magnolia", "Jaśmin", "Niezapominajka", "Bratek"]
SIGNS = ["Pod Orłem", "Pod Lwem", "Pod Aniołem", "Pod Złotym Jeleniem",
	"Pod Gryfem", "Pod Opatrznością", "Pod Koroną", "Pod Łabędziem"]
PATRONS = ["Jana Pawła II", "Marii Konopnickiej", "Adama Mickiewicza",
	"Henryka Sienkiewicza", "Tadeusza Kościuszki", "Kornela Makuszyńskiego",
	"Janusza Korczaka", "Marii Skłodowskiej-Curie", "Juliusza Słowackiego",
	"Orła Białego"]
TRADE = ["Serwis", "Logistyka", "Instalacje", "Budownictwo", "Systemy",
	"Meble", "Okna", "Dystrybucja", "Technika Grzewcza", "Projekt"]
FIRMS = ["Przedsiębiorstwo Budowlane {B}", "Hurtownia {B}",
	"Zakład Produkcyjny {B}", "Biuro Projektowe {B}", "{B}", "{B}",
	"{B} {TR}", "{B} {TR}"]
# Sectors: (weight, legal share, legal forms, templates).  {N} {Gn} {L}:
# the town in the nominative, the genitive, and "w" + the locative; {B}
# a brand, {G} {S} the owner, {S2} a partner's surname, {K} a number, {P}
# a school's patron, {A} a pharmacy's sign, {TR} a trade; a template
# beginning "!" takes no legal form.
SPZOO = [("sp. z o.o.", 60), ("S.A.", 6), ("sp.j.", 14), ("sp.k.", 10),
	("s.c.", 10)]
SECTORS = {
	"firma": (18, .95, SPZOO, FIRMS),
	"jdg": (14, 0, [], ["PHU {B} {G} {S}", "P.H.U. {G} {S}",
		"FHU {B} {G} {S}", "PPHU {G} {S}", "Zakład Usługowy {G} {S}",
		"Usługi Remontowo-Budowlane {G} {S}", "Mechanika Pojazdowa {G} {S}",
		"Firma Handlowa {B} {G} {S}", "{B} {G} {S}",
		"Transport Drogowy {G} {S}"]),
	"kancelaria": (8, .35, [("sp.k.", 5), ("sp.p.", 5)],
		["!Kancelaria Adwokacka adw. {G} {S}",
		"!Kancelaria Radcy Prawnego {G} {S}",
		"!Kancelaria Notarialna {G} {S}",
		"!Kancelaria Notarialna notariusz {G} {S}",
		"Kancelaria Radców Prawnych {S} {S2}",
		"Kancelaria Prawna {S} i Wspólnicy"]),
	"biuro": (8, .4, [("sp. z o.o.", 7), ("s.c.", 3)],
		["Biuro Rachunkowe {B}", "!Biuro Rachunkowe {G} {S}",
		"Kancelaria Podatkowa {S}", "{B} Księgowość",
		"Biuro Rachunkowe {S}"]),
	"medyczny": (8, .4, [("sp. z o.o.", 8), ("s.c.", 2)],
		["Przychodnia {B}", "NZOZ {B}", "Centrum Medyczne {B}",
		"!Gabinet Stomatologiczny lek. dent. {G} {S}",
		"!Gabinet Lekarski lek. med. {G} {S}", "Przychodnia Rodzinna {B}"]),
	"apteka": (7, .5, [("sp.j.", 4), ("sp. z o.o.", 4), ("s.c.", 2)],
		["Apteka {B}", "!Apteka {A}", "Apteka {A} {S}", "Apteka {B} {S}"]),
	"urzad": (7, 0, [], []),
	"szkola": (8, 0, [], ["Szkoła Podstawowa nr {K} {L}",
		"Szkoła Podstawowa nr {K} im. {P} {L}",
		"Przedszkole Publiczne nr {K} {L}",
		"Przedszkole Miejskie nr {K} {L}", "Zespół Szkół nr {K} {L}",
		"Liceum Ogólnokształcące nr {K} im. {P} {L}"]),
	"spoldzielnia": (4, 0, [], ["Spółdzielnia Mieszkaniowa {B}",
		"Spółdzielnia Mieszkaniowa {B} {L}", "Spółdzielnia Pracy {B}",
		"Gminna Spółdzielnia Samopomoc Chłopska {L}"]),
	"ngo": (5, 0, [], ["Fundacja {B}", "Stowarzyszenie {B}",
		"Fundacja Rozwoju {Gn}", "Stowarzyszenie Przyjaciół {Gn}",
		"Ochotnicza Straż Pożarna {L}", "Fundacja {S}"])}
# A town's urząd: a city's, a town-and-gmina's, a rural gmina's.
URZAD = {"miasto": ["Urząd Miasta {Gn}", "Urząd Miejski {L}",
	"Gmina Miejska {N}", "Urząd Miasta {Gn}"], "+": ["Urząd Miasta i Gminy "
	"{N}", "Gmina {N}", "Urząd Miasta i Gminy {L}"], "wies":
	["Urząd Gminy {N}", "Gmina Wiejska {N}", "Urząd Gminy {L}"]}
# Other bodies of a town (town-body impostors).
BODIES = ["Starostwo Powiatowe {L}", "Miejski Ośrodek Pomocy Społecznej "
	"{L}", "Powiatowy Urząd Pracy {L}", "Urząd Skarbowy {L}",
	"Miejska Biblioteka Publiczna {L}", "Zarząd Dróg Miejskich {L}",
	"Sąd Rejonowy {L}", "Komenda Powiatowa Policji {L}"]
ROLES = {"firma": ["BIURO", "KSIEGOWOSC", "MAGAZYN", "SERWER"], "jdg":
	["BIURO", "WARSZTAT", "LAPTOP-SZEF"], "kancelaria": ["SEKRETARIAT",
	"KANCELARIA", "APLIKANT"], "biuro": ["KSIEGOWOSC", "KADRY", "SERWER"],
	"medyczny": ["REJESTRACJA", "GABINET1", "GABINET2"], "apteka":
	["KASA1", "KASA2", "RECEPTURA"], "urzad": ["SEKRETARIAT", "USC",
	"PODATKI", "KANCELARIA"], "szkola": ["SEKRETARIAT", "PRACOWNIA1",
	"DYREKTOR", "BIBLIOTEKA"], "spoldzielnia": ["ADMINISTRACJA",
	"KSIEGOWOSC"], "ngo": ["BIURO", "REMIZA"]}
TECHS = {"WAW": ["Kacper Nowicki", "Julia Sadowska"], "KRK":
	["Szymon Kurek", "Wiktoria Zając"], "WRO": ["Filip Lis",
	"Oliwia Wróbel"], "POZ": ["Igor Kubiak", "Zuzanna Stachowiak"], "GDN":
	["Oskar Bielecki", "Maja Szulc"], "LDZ": ["Dawid Grzelak",
	"Lena Pietrzak"], "KAT": ["Hubert Mróz", "Amelia Kaczor"], "LUB":
	["Miłosz Rybak", "Hanna Dziedzic"]}
VENDORS = ["Orange Polska", "Play Biznes", "T-Mobile Polska",
	"Plus dla Firm", "Netia", "Comarch", "Insert", "Symfonia", "Enova365",
	"Vulcan", "Librus", "Neuca", "Pelion", "Farmacol", "nazwa.pl", "home.pl",
	"OVHcloud", "Action S.A.", "AB S.A.", "Komputronik", "x-kom", "Poczta "
	"Polska", "InPost", "Certum", "KIR Szafir", "Syncro Support"]
STAFF = ["Serwis-PC 3", "STANOWISKO-WAW-2", "Laptop zastępczy 4",
	"Sprzęt testowy 7", "Magazyn", "Obraz Win11", "RMA 15",
	"Kacper Nowicki", "Hubert Mróz", "Pracownia serwisowa", "Warsztat"]
PERSONAL = ["Prywatny - {G} {S}", "{G} {S} (prywatnie)", "Laptop {G}",
	"Komputer syna", "Dom - {G} {S}", "{G} {S} domowy", "PC domowy {S}",
	"Klient indywidualny {G} {S}"]
PERSON = ["", "", "", "Klient prywatny ", "Osoba prywatna: ",
	"Klient: "]
PROSPECT = ["Oferta - ", "Wycena: ", "Potencjalny klient: ", "Demo ",
	"Test - ", "Zapytanie ofertowe - "]
# Trades no customer's name has (owner's-spółka impostors).
OWN_TRADE = ["Nieruchomości", "Development", "Ubezpieczenia",
	"Catering", "Consulting", "Invest", "Leasing", "Eksport"]
FREE = ("wp", "onet", "interia", "o2")

# ---------------------------------------------------------------- skeleton


def fold(s):
	"""s in small plain letters, ł as l."""
	return lk.plain(s.replace("ł", "l").replace("Ł", "L")).lower()


def latin(s):
	return lk.latin(s.replace("ł", "l").replace("Ł", "L"))


TOWN_WORD = {}
for _t in [t[:3] for ts in DESKS.values() for t in ts] + FAR + [t for v in
		ELSEWHERE.values() for t in v]:
	for _n in _t:
		TOWN_WORD[fold(_n)] = re.sub("[^a-z]", "", fold(_t[0]))
TOWN_RE = re.compile(r"(?<![\w])(%s)(?![\w])" % "|".join(re.escape(k)
	for k in sorted(TOWN_WORD, key=len, reverse=True)))
LEGAL_RE = re.compile(r"\bsp(?:olka|\.)?\s*z\s*\.?\s*o\.?\s*o\b\.?|"
	r"\bspolka z ograniczona odpowiedzialnoscia\b|"
	r"\bspolka (?:akcyjna|jawna|komandytowa|partnerska|cywilna)\b|"
	r"\bsp\.?\s*(?:j|k|p)\b\.?")
# Dotted initials (P.P.H.U., s. c.) as one word, ended by their last dot:
# linkgen's DOTTED would run on into "s. c. Jan" as "scj".
INITIALS = re.compile(r"(?<![\w.])((?:[a-z]\.\s?){1,4}[a-z])\.(?=[\s,)]|$)")
LONG_RE = [(re.compile(a), b) for a, b in (
	(r"\br\.\s?pr\b\.?", " rpr "),
	(r"przedsiebiorstwo produkcyjno[- ]handlowo[- ]uslugowe", " pphu "),
	(r"przedsiebiorstwo handlowo[- ]uslugowe", " phu "),
	(r"firma handlowo[- ]uslugowa", " fhu "),
	(r"niepubliczny zaklad opieki zdrowotnej", " nzoz "),
	(r"\bpodst\b\.?", " podstawowa "),
	(r"\b(sp|zs|pp|lo|pm)\s*(\d+)\b", r" \1 \2 "))]
LONG = {"sp": "szkola podstawowa", "zs": "zespol szkol", "pp":
	"przedszkole publiczne", "pm": "przedszkole miejskie", "lo":
	"liceum ogolnoksztalcace", "sm": "spoldzielnia mieszkaniowa", "osp":
	"ochotnicza straz pozarna", "um": "urzad miasto", "ug": "urzad gmina",
	"umig": "urzad miasto gmina", "miejski": "miasto", "miejska": "miasto",
	"miasta": "miasto", "gminy": "gmina", "spoldz": "spoldzielnia",
	"gs": "gminna spoldzielnia", "ks": "kancelaria", "kanc": "kancelaria",
	"przych": "przychodnia", "br": "biuro rachunkowe", "sch":
	"samopomoc chlopska", "mieszk": "mieszkaniowa"}
DROP = set("nr w we im i z o oo sa sc spj spk spp adw lek med dent dr mgr "
	"rpr nip pl ul oddzial siedziba".split())


def _words(s):
	s = fold(s)
	s = re.sub(r"\b(\d{3})-?(\d{3})-?(\d{2})-?(\d{2})\b", r" nip\1\2\3\4 ", s)
	s = re.sub(r"\b(\d{3})-(\d{2})-(\d{2})-(\d{3})\b", r" nip\1\2\3\4 ", s)
	s = LEGAL_RE.sub(" ", s)
	s = INITIALS.sub(lambda m: re.sub(r"[.\s]", "", m.group(1)) + " ", s)
	for r, b in LONG_RE:
		s = r.sub(b, s)
	s = TOWN_RE.sub(lambda m: " %s " % TOWN_WORD[m.group(1)], s)
	return lk.dotted_words(s, LONG, DROP)


skel, skel_words, ck = lk.desk_checks(_words)


# ---------------------------------------------------------------- NIP
W_NIP = (6, 5, 7, 2, 3, 4, 5, 6, 7)


def nip_check(nine):
	"""The tenth digit of a NIP (sum of weights mod 11); None for 10."""
	r = sum(int(d) * w for d, w in zip(nine, W_NIP)) % 11
	return None if r == 10 else str(r)


def nip(rng):
	while True:
		nine = "%03d%06d" % (rng.randint(101, 999), rng.randint(0, 999999))
		k = nip_check(nine)
		if k:
			return nine + k


def nip_text(n, style=0):
	return ["%s%s%s%s", "%s-%s-%s-%s", "%s %s %s %s", "PL%s%s%s%s"][
		style] % (n[:3], n[3:6], n[6:8], n[8:])


assert nip_check("526025027") == "4"	# 526-025-02-74, a NIP on record

# ---------------------------------------------------------------- customers
SECTOR_CUM = (list(SECTORS), list(accumulate(v[0] for v in
	SECTORS.values())))


def fill(tpl, v):
	return re.sub(r"\{(\w+)\}", lambda m: v[m.group(1)], tpl)


def loc(t):
	"""A town's locative after its preposition: "we Wrocławiu"."""
	return ("we " if t[0] in ("Wrocław",) else "w ") + t[2]


def values(rng, c, outside):
	t = c["trec"]
	o = person(rng, .45)
	v = {"N": t[0], "Gn": t[1], "L": loc(t), "G": o[0], "S": o[1],
		"S2": person(rng, 0)[1], "B": rng.choice(BRAND),
		"K": str(rng.choice([1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14,
		15, 17, 18, 21, 23, 24, 27, 31, 36, 44, 52])),
		"P": rng.choice(PATRONS), "A": rng.choice(SIGNS),
		"TR": rng.choice(TRADE)}
	if outside:	# words no customer's name is made of
		s = rng.sample(OUT_SURNAME, 2)
		e = rng.choice(ELSEWHERE[c["desk"]])
		v.update(S=feminine(s[0]) if o[2] else s[0], S2=s[1],
			B=rng.choice(OUT_BRAND), N=e[0], Gn=e[1], L="w " + e[2],
			A=rng.choice(OUT_BRAND))
	if v["S"] == v["S2"]:
		return None
	c["owner"] = (o[0], v["S"])
	return v


def urzad_tpl(rng, c):
	"""A town's urząd: a city's (or its rural gmina's, where there is
	one), a town-and-gmina's."""
	mark = c["trec"][5]
	if mark == "+":
		return rng.choice(URZAD["+"]), "+"
	if mark == "*" and rng.random() < .45:
		return rng.choice(URZAD["wies"]), "wies"
	return rng.choice(URZAD["miasto"]), "miasto"


def partners(rng, c, v, legal, used):
	"""What a partnership's name holds: a spółka jawna or komandytowa a
	partner's surname (where its template has none), a spółka cywilna
	its partners' names after it."""
	if legal in ("sp.j.", "sp.k.") and "S" not in used:
		return " " + rng.choice(["%s i Wspólnicy" % v["S"], "%s i %s" % (
			v["S"], v["S2"])]), ""
	if legal == "s.c." and rng.random() < .6:
		p = person(rng)
		c["partner"] = p[:2]
		return "", " %s %s, %s %s" % (v["G"], v["S"], p[0], p[1])
	return "", ""


def make_customer(rng, desk=None, outside=False):
	"""A customer record, None when its draw does not fit: name, core
	(less the legal form and NIP), the words it is named by."""
	desk = desk or lk.wpick(rng, DESK_SHARE)
	town = rng.choices(DESKS[desk], cum_weights=TOWN_CUM[desk])[0]
	sector = rng.choices(SECTOR_CUM[0], cum_weights=SECTOR_CUM[1])[0]
	c = {"desk": desk, "sector": sector, "trec": town, "town": town[0],
		"nip": None, "partner": None, "gmina": None}
	v = values(rng, c, outside)
	if v is None:
		return None
	if sector == "urzad":
		tpl, c["gmina"] = urzad_tpl(rng, c)
	else:
		tpl = rng.choice(SECTORS[sector][3])
	w, share, forms = SECTORS[sector][:3]
	legal = ""
	if not tpl.startswith("!") and forms and rng.random() < share:
		legal = lk.wpick(rng, forms)
	tpl = tpl.lstrip("!")
	core = fill(tpl, v)
	used = set(re.findall(r"\{(\w+)\}", tpl))
	surs = [v[k] for k in ("S", "S2") if k in used]
	mid, after = partners(rng, c, v, legal, used)
	if mid:
		core += mid
		surs = surs or [v["S"]]
	name = "%s %s%s" % (core, legal, after) if legal else core
	if legal in ("sp. z o.o.", "S.A.", "sp.j.", "sp.k.") and \
			rng.random() < .08:
		c["nip"] = nip(rng)
		name += rng.choice([" NIP %s", ", NIP: %s", " (NIP %s)"]) % \
			nip_text(c["nip"], rng.choice([0, 0, 1]))
	town_in = bool(used & {"N", "Gn", "L"})
	c.update(name=name, core=core, legal=legal, tpl=tpl, surs=surs,
		owner=c["owner"] if "G" in used else None,
		brand=v["B"] if "B" in used else v["A"] if "A" in used else None,
		in_town=town_in, num=v["K"] if "K" in used else None)
	if after:	# a civil partnership's first partner
		c["owner"] = (v["G"], v["S"])
	return c


def named_by(c):
	"""(sector, skeleton word) for each word a customer is named by: its
	brand, surnames and town, else its core."""
	own = [w for w in (c["brand"], *c["surs"], c["in_town"] and c["town"])
		if w]
	return [(c["sector"], skel(w)) for w in own or [c["core"]]]


def less_nip(c):
	return "%s %s" % (c["core"], c["legal"]) if c["legal"] else c["core"]


def forms(c):
	"""The names a customer goes by: its name, its core, its name less
	the NIP; a school also as its kind, number and town (no patron)."""
	out = [c["name"], c["core"], less_nip(c)]
	if c["num"]:
		out.append(re.sub(r" im\. .*? (we? )", r" \1", c["core"]))
	return out + ["%s %s" % body for body in bodies(c)]


def bodies(c):
	"""The one body a school or an urząd is of its town: (the school's
	first word and number, or the urząd's kind, town)."""
	if c["num"]:
		return [("%s %s" % (c["tpl"].split()[0], c["num"]), c["town"])]
	if c["gmina"]:
		return [("Urząd " + c["gmina"], c["town"])]
	return []


def contacts(rng, c, ids):
	"""The owner and a civil partnership's partner first where there
	are, then up to three people; the first is the customer's own name
	and address in Syncro too."""
	ps = [p for p in (c["owner"], c["partner"]) if p]
	for _ in range(rng.randint(0, 3)):
		ps.append(person(rng)[:2])
	out = [lk.contact(ids, a, b, c["domain"], latin) for a, b in ps]
	c["syncro"].update((k, out[0][k] if out else None) for k in
		("firstname", "lastname", "email"))
	return out


assets = lk.core_assets(DROP | {"nr", "im"}, ROLES, latin,
	lambda r, c: person(r)[0])


def address(rng, c):
	t = c["trec"]
	return {"address": "ul. %s %d" % (rng.choice(STREET), rng.randint(1,
		140)), "address_2": rng.choice([None, None, None, "lok. %d" %
		rng.randint(1, 30), "II piętro", "pawilon %d" % rng.randint(1, 9)]),
		"city": t[0], "state": TOWNS[c["desk"]][0],
		"zip": "%s-%03d" % (t[4], rng.randint(0, 999)),
		"phone": "+48 %s %03d %02d %02d" % (TOWNS[c["desk"]][1],
		rng.randint(200, 999), rng.randint(0, 99), rng.randint(0, 99))}


def domain(rng, c, taken):
	"""The customer's own domain (.pl; a free mailbox for a fifth of the
	sole traders, gabinety and small bodies), a digit more where
	taken."""
	s = c["sector"]
	town = re.sub("[^a-z]", "", latin(c["town"]).lower())
	if rng.random() < .2 and s in ("jdg", "medyczny", "ngo", "kancelaria"):
		return rng.choice(FREE) + ".pl"
	if s == "urzad":
		return lk.numbered_domain({"miasto": "um.", "+": "umig.", "wies":
			"ug"}[c["gmina"]] + town, ".pl", taken)
	if s == "szkola":
		head = "".join(w[0] for w in c["core"].split()[:2]).lower()
		return lk.numbered_domain("%s%s.%s" % (head, c["num"], town), ".pl",
			taken)
	word = c["brand"] or (c["surs"] or [""])[0] or town
	d = re.sub("[^a-z0-9]", "", latin(word).lower())[:16] or town
	d += rng.choice({"kancelaria": ["kancelaria", "adwokat", ""], "biuro":
		["biuro", "ksiegowosc", ""], "medyczny": ["med", ""], "apteka":
		["apteka"], "spoldzielnia": ["sm", ""], "ngo": ["", "org"]}.get(s,
		["", ""]))
	return lk.numbered_domain(d, rng.choice([".pl", ".pl", ".com.pl"]),
		taken)


def population(rng, n):
	"""n customers, none going by a form another goes by (a draw that
	does is drawn again; {""} stands for a draw that did not fit); ids 1
	to 3 apart from 51000001 on, contacts' and assets' from 51300001."""
	g, taken, doms, shared = lk.G(), set(), set(), set()
	g.custs, cid = [], 51000000
	ids = iter(range(51300001, 52000000))
	keys = lambda c: {skel(f) for f in forms(c)} if c else {""}	# noqa
	while len(g.custs) < n:
		c = lk.draw_unseen(lambda: make_customer(rng), keys, taken, 60)
		if not c:
			continue
		cid += rng.randint(1, 3)
		c.update(id=cid, domain=domain(rng, c, doms))
		lk.add_customer(rng, g, c, ids, shared, address, contacts, assets)
	g.shared = sorted(shared)
	return g


def index(g):
	"""linkgen's indexes, the words each sector is named by, the NIPs
	taken, the schools and urzędy of each town, each desk's urzędy of a
	town with a rural gmina of its name."""
	lk.index_named(ck, g, forms, named_by, "nips", lambda c: c["nip"])
	g.bodies, g.twin = set(), {d: [] for d in DESKS}
	g.nipped = [i for i, c in enumerate(g.custs) if c["nip"]]
	for i, c in enumerate(g.custs):
		g.bodies.update(bodies(c))
		if c["gmina"] and c["trec"][5] == "*":
			g.twin[c["desk"]].append(i)


# ---------------------------------------------------------------- typing
name_or_core = lk.name_or_core
n_typo = lk.Typo(lk.US_KEYS).n_core_typo
n_typo2 = lk.Typo(lk.US_KEYS).n_core_typo2
n_caps, n_lower = lk.case_rows(r"[.,()'\"]")


def keeps(c, t):
	"""t keeps what tells c from its neighbours: its town and number
	where its name has them, its NIP where it types one."""
	if c["in_town"] and skel(c["town"]) not in skel(t):
		return False
	if c["num"] and c["num"] not in re.findall(r"\d+", t):
		return False
	return not (c["nip"] and "NIP" in t and c["nip"] not in
		re.sub(r"\D", "", t))


def n_truncated(rng, g, c):
	"""linkgen's cut, not off the town, number or surnames, and not down
	to a listed person's name."""
	t = lk.n_truncated(rng, g, c)
	t = t and t.rstrip(" ,")
	if not t or not keeps(c, t) or skel(t) in g.person:
		return None
	return t if all(s in t for s in c["surs"]) else None


PL = {"ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s",
	"ź": "z", "ż": "z", "Ą": "A", "Ć": "C", "Ę": "E", "Ł": "L", "Ń": "N",
	"Ó": "O", "Ś": "S", "Ź": "Z", "Ż": "Z"}


def n_diacritics(rng, g, c):
	"""Polish letters typed plain (all of them, or some: AltGr held now
	and then), or ż and ź swapped: "Urzad Miasta Lodzi", "Zrodlo"."""
	s = name_or_core(rng, c, .5)
	if not any(ch in PL for ch in s):
		return None
	r = rng.random()
	if r < .65:
		return "".join(PL.get(ch, ch) for ch in s)
	if r < .9:
		return "".join(PL[ch] if ch in PL and rng.random() < .5 else ch
			for ch in s)
	t = s.translate(str.maketrans("żźŻŹ", "źżŹŻ"))
	return t if t != s else None


def n_reorder(rng, g, c):
	"""A sole trader's owner before the trade: "Jan Kowalski PHU Marpol"
	for "PHU Marpol Jan Kowalski"."""
	if c["sector"] != "jdg" or not c["owner"]:
		return None
	own = "%s %s" % c["owner"]
	if not c["name"].endswith(own):
		return None
	head = c["name"][:-len(own)].strip()
	return "%s %s" % (own if rng.random() < .6 else "%s %s" %
		c["owner"][::-1], head)


SHORT = [("Szkoła Podstawowa nr ", "SP"), ("Szkoła Podstawowa nr", "SP nr"),
	("Szkoła Podstawowa", "Szkoła Podst."), ("Zespół Szkół nr ", "ZS"),
	("Zespół Szkół nr", "ZS nr"), ("Przedszkole Publiczne nr ", "PP"),
	("Przedszkole Miejskie nr ", "PM"), ("Liceum Ogólnokształcące nr",
	"LO nr"), ("Urząd Miasta i Gminy", "UMiG"), ("Urząd Miasta", "UM"),
	("Urząd Gminy", "UG"), ("Spółdzielnia Mieszkaniowa", "SM"),
	("Spółdzielnia Mieszkaniowa", "Spółdz. Mieszk."),
	("Ochotnicza Straż Pożarna", "OSP"), ("PHU", "Przedsiębiorstwo "
	"Handlowo-Usługowe"), ("P.H.U.", "PHU"), ("FHU", "Firma "
	"Handlowo-Usługowa"), ("PPHU", "P.P.H.U."), ("Gminna Spółdzielnia "
	"Samopomoc Chłopska", "GS SCh"), ("NZOZ", "Niepubliczny Zakład Opieki "
	"Zdrowotnej"), ("Kancelaria Adwokacka", "Kanc. Adw."),
	("Kancelaria Radcy Prawnego", "Kancelaria r.pr."),
	("Biuro Rachunkowe", "Biuro Rach."), ("Przychodnia", "Przych."),
	("Gabinet Stomatologiczny", "Stomatologia"), ("Kancelaria Notarialna",
	"Notariusz"), ("Przedsiębiorstwo Budowlane", "PB"), (" i Wspólnicy",
	" i Wsp."), ("Usługi Remontowo-Budowlane", "Usługi Rem.-Bud.")]


def swap_word(t, long, short):
	"""t with long (whole words) typed short, once; a long ending in a
	space glues short to what follows ("SP12")."""
	head = r"(?<![\w.-])" if long[0].isalnum() else ""
	tail = r"(?!\w)" if long[-1] != " " else ""
	return re.sub(head + re.escape(long) + tail, lambda m: short, t,
		count=1)


n_abbrev = lk.abbrev_row(SHORT, swap_word)


def n_acronym(rng, g, c):
	"""A three-word or longer name with no person, town nor number in
	it, by its initials: "Spółdzielnia Pracy Arkadia" as "SPA"."""
	if c["surs"] or c["in_town"] or c["num"] or c["nip"] or c["partner"]:
		return None
	ws = [w for w in re.split(r"[\s&,/()'.]+", c["core"]) if w and
		w[0].isalpha() and w.lower() not in ("i", "w", "z", "pod", "nr")]
	if any(w.isupper() for w in ws):	# NZOZ, PHU: initials already
		return None
	if len(ws) < 3:
		return None
	return lk.initials(rng, ws)


RESPELL = {"sp. z o.o.": ["Sp. z o.o.", "sp.z o.o.", "Sp.z o.o.", "spzoo",
	"Sp. z o. o.", "sp z oo", "SP. Z O.O.", "spółka z o.o.",
	"Spółka z ograniczoną odpowiedzialnością", "sp. z.o.o.", "Sp.zo.o."],
	"S.A.": ["SA", "S.A", "s.a.", "Spółka Akcyjna"], "sp.j.": ["Sp.j.",
	"sp. j.", "spj", "Spółka Jawna", "SPÓŁKA JAWNA"], "sp.k.": ["Sp.k.",
	"sp. k.", "spk", "Spółka Komandytowa"], "s.c.": ["S.C.", "sc",
	"s. c.", "Spółka Cywilna"], "sp.p.": ["Sp.p.", "spółka partnerska"]}


def legal_other(rng, c, r):
	"""The legal form respelt, the partners after an s.c. kept."""
	alt = rng.choice(RESPELL[c["legal"]])
	after = c["name"].split(" %s" % c["legal"], 1)[1] if c["partner"] \
		else ""
	return "%s %s%s" % (c["core"], alt, after)


n_legal = lk.legal_row(legal_other)


def n_case(rng, g, c):
	"""A town in the nominative where the name declines it, "w" dropped:
	"Urząd Miasta Kraków", "Szkoła Podstawowa nr 12 Gliwice"."""
	t = c["trec"]
	s = name_or_core(rng, c, .6)
	for f in (loc(t), t[1]):
		if f in s and f != t[0]:
			return s.replace(f, t[0], 1)
	return None


def n_number(rng, g, c):
	"""A school's number typed another way: "nr" dropped, glued, "Nr.",
	the number at the end."""
	if not c["num"]:
		return None
	s = c["core"]
	k = c["num"]
	r = rng.random()
	if r < .3:
		return s.replace(" nr %s" % k, " %s" % k, 1)
	if r < .5:
		return s.replace(" nr %s" % k, " nr%s" % k, 1)
	if r < .7:
		return s.replace(" nr %s" % k, " Nr. %s" % k, 1)
	head, tail = s.split(" nr %s" % k, 1)
	return "%s%s %s" % (head, tail, k)


def n_branch(rng, g, c):
	"""A site after the name: "Marpol sp. z o.o. - oddział Gdynia",
	"Biuro Rachunkowe Horyzont (siedziba)"."""
	if c["in_town"] or c["sector"] in ("urzad", "szkola"):
		return None
	s = name_or_core(rng, c, .6)
	site = rng.choice(["oddział {T}", "{T}", "biuro {T}", "siedziba",
		"filia {T}", "sekretariat", "magazyn"]).format(T=c["town"])
	return rng.choice(["%s - %s", "%s (%s)", "%s, %s"]) % (s, site)


def n_hyphen(rng, g, c):
	"""A double surname typed with a space or as one half."""
	s = name_or_core(rng, c, .6)
	m = re.search(r"(\w+)-(\w+)", s)
	if not m or not c["surs"] or m.group(0) not in c["surs"][0]:
		return None
	r = rng.random()
	return s.replace(m.group(0), "%s %s" % m.groups() if r < .75 else
		m.group(1), 1)


def n_owner(rng, g, c):
	"""A sole trader or a lawyer typed by the owner: "Jan Kowalski",
	"Kowalski Jan", "Jan Kowalski PHU", "adw. Jan Kowalski"."""
	if not c["owner"] or c["sector"] not in ("jdg", "kancelaria"):
		return None
	gv, s = c["owner"]
	if len(g.person.get(skel("%s %s" % (gv, s)), ())) != 1:
		return None	# another customer's contact of that name
	head = c["core"].split()[0]
	return rng.choice(["%s %s" % (gv, s), "%s %s" % (s, gv),
		"%s %s %s" % (gv, s, head), "%s %s (%s)" % (s, gv, head)])


def n_nip(rng, g, c):
	"""The NIP of a name that carries it typed another way; or a
	firm's own NIP after its core."""
	if not c["nip"]:
		return None
	n = nip_text(c["nip"], rng.randint(0, 3))
	label = rng.choice(["NIP ", "", "NIP: ", "nip "])
	base = name_or_core(rng, c, .5).split(" NIP")[0].split(", NIP")[0]
	base = base.split(" (NIP")[0]
	return rng.choice(["%s %s%s", "%s (%s%s)", "%s, %s%s"]) % (base, label,
		n)


n_contact = lk.contact_row(lambda rng, c, p: rng.choice(["", "", "",
	"(prezes)", "(sekretariat)", "(księgowość)", "(dyrektor)", "(kadry)",
	"(właściciel)"]))
n_person = ck.person_row(lambda rng, c: rng.random() < .25)
n_domain = lk.domain_row(FREE)


TURNS = (n_legal, n_abbrev, n_case, n_branch, n_number,
	n_reorder)
NOISE = (n_typo, n_caps, n_lower, n_diacritics,
	n_truncated)
n_mixed = lk.mixed_row(TURNS, NOISE, False)


KINDS = [("exact", lk.n_exact, 11), ("caps", n_caps, 3),
	("lower", n_lower, 4), ("typo", n_typo, 9), ("two typos", n_typo2, 3),
	("diacritics", n_diacritics, 8), ("truncated", n_truncated, 4),
	("reorder", n_reorder, 2), ("abbrev", n_abbrev, 8),
	("acronym", n_acronym, 2), ("legal", n_legal, 9),
	("case", n_case, 4), ("number", n_number, 3), ("branch", n_branch, 3),
	("hyphen", n_hyphen, 1), ("owner", n_owner, 3),
	("contact", n_contact, 3), ("person", n_person, 2),
	("domain", n_domain, 2), ("nip", n_nip, 2), ("mixed", n_mixed, 4)]


# ---------------------------------------------------------------- impostors
i_fresh, i_prospect = lk.fresh_rows(lambda rng, desk:
	make_customer(rng, desk, outside=True), named_by, PROSPECT)


def retown(c, t, e):
	"""c's core with its town t's cases turned to e's."""
	s = c["core"]
	for a, b in ((loc(t), "w " + e[2]), (t[1], e[1]), (t[0], e[0])):
		if a in s:
			return s.replace(a, b, 1)
	return None


def i_town(rng, g, c):
	"""A town-named body in a town of the voivodeship no customer is in:
	"Urząd Miasta Radomia" for "Urząd Miasta Piaseczna"."""
	if not c["in_town"] or c["num"]:
		return None
	return retown(c, c["trec"], rng.choice(ELSEWHERE[c["desk"]]))


def i_number(rng, g, c):
	"""A school's number in another town ("Szkoła Podstawowa nr 12 w
	Gliwicach" beside "... w Katowicach"), or another number in its
	town."""
	if not c["num"]:
		return None
	kind = c["tpl"].split()[0]
	base = re.sub(r" im\. .*? (we? )", r" \1", c["core"])
	if rng.random() < .5:
		k = str(int(c["num"]) + rng.choice([-2, -1, 1, 1, 2, 3, 10]))
		if int(k) < 1 or ("%s %s" % (kind, k), c["town"]) in g.bodies:
			return None
		return base.replace(" nr %s " % c["num"], " nr %s " % k, 1)
	towns = [t for t in DESKS[c["desk"]] if ("%s %s" % (kind, c["num"]),
		t[0]) not in g.bodies] + ELSEWHERE[c["desk"]]
	e = rng.choice(towns)
	t = c["trec"]
	return base.replace(loc(t), ("we " if e[0] == "Wrocław" else "w ") +
		e[2], 1)


def i_gmina(rng, g, c):
	"""The rural gmina of a city customer's name ("Urząd Gminy Tarnów"
	beside "Urząd Miasta Tarnowa"), or the city of a rural gmina's: of
	one of c's desk's urzędy of such a town (few: c is seldom one)."""
	if not g.twin[c["desk"]]:
		return None
	c = g.custs[rng.choice(g.twin[c["desk"]])]
	other = "wies" if c["gmina"] == "miasto" else "miasto"
	t = c["trec"]
	if ("Urząd " + other, t[0]) in g.bodies:
		return None	# that one is a customer too
	return fill(rng.choice(URZAD[other]), {"N": t[0], "Gn": t[1],
		"L": loc(t)})


def i_voivodeship(rng, g, c):
	"""A spółka's namesake in a town of a voivodeship no desk serves:
	"Marpol Rzeszów sp. z o.o." beside "Marpol sp. z o.o."."""
	if c["sector"] not in ("firma", "biuro", "apteka") or not c["brand"] \
			or c["in_town"] or c["partner"]:
		return None
	e = rng.choice(FAR)
	lg = c["legal"] or "sp. z o.o."
	r = rng.random()
	if r < .5:
		return "%s %s %s" % (c["core"], e[0], lg)
	if r < .8:
		return "%s %s %s" % (c["core"], lg, "z siedzibą w " + e[2])
	return "%s %s %s" % (c["core"], e[0], rng.choice(RESPELL.get(lg,
		[lg])))


def i_family(rng, g, c):
	"""A named owner's, doctor's or lawyer's relative of another given
	name (a woman's surname as a woman's): "PHU Marpol Anna Kowalska"
	beside "PHU Marpol Jan Kowalski"."""
	if not c["owner"] or c["partner"]:
		return None
	gv, s = c["owner"]
	woman = rng.random() < .5
	other = rng.choice(GIVEN[1] if woman else GIVEN[0])
	if other == gv:
		return None
	base = s
	if not woman and "-" not in s:	# a woman's surname as a man's
		base = re.sub("([^aeiouy]n)a$", r"\1y", re.sub("(sk|ck|dzk)a$",
			r"\1i", s))
	s2 = feminine(base) if woman else base
	return c["core"].replace("%s %s" % (gv, s), "%s %s" % (other, s2))


def i_spolka(rng, g, c):
	"""The owner's spółka of another trade: "Kowalski Nieruchomości sp.
	z o.o." beside "PHU Marpol Jan Kowalski"."""
	if c["sector"] != "jdg" or not c["owner"]:
		return None
	s = c["owner"][1].split("-")[0]
	tr = rng.choice(OWN_TRADE)
	return rng.choice(["%s %s sp. z o.o.", "%s %s Sp. z o.o.",
		"%s %s sp.k."]) % (s, tr)


def i_body(rng, g, c):
	"""Another public body of a customer urząd's or school's town: the
	starostwo, MOPS, PUP, urząd skarbowy ..."""
	if c["sector"] not in ("urzad", "szkola"):
		return None
	return fill(rng.choice(BODIES), {"L": loc(c["trec"])})


def i_nip(rng, g, c):
	"""A name that carries its NIP with another valid one before it, as
	an invoice's header is pasted: another body of the same name (of any
	customer with a NIP: few are).  Typed after the name, the name alone
	would be the customer's (label-audit's rule "site")."""
	if not g.nipped:
		return None
	c = g.custs[rng.choice(g.nipped)]
	new = nip(rng)
	if new in g.nips or lk.la.within1(new, c["nip"]):
		return None
	return "%s %s" % (rng.choice(["NIP %s", "NIP: %s", "%s"]) %
		nip_text(new, rng.randint(0, 1)), less_nip(c))


def stranger_draw(rng, c):
	return person(rng)[:2]


i_person, i_personal = lk.person_impostors(ck, stranger_draw, PERSON,
	PERSONAL)


KEPT = tuple("id name syncro contacts assets".split())
BENCH = ("SERWIS-%s-%d", 6)	# each desk's bench machines
CLOCK = (1851000000, 953, 60)	# numbered()'s start, step and minutes

IMPOSTORS = lk.impostor_kinds((
	("same shape", i_fresh, 12), ("other town", i_town, 7),
	("same number", i_number, 8), ("gmina or miasto", i_gmina, 5),
	("other voivodeship", i_voivodeship, 7),
	("family member", i_family, 7), ("owner's spółka", i_spolka, 5),
	("town body", i_body, 5), ("other NIP", i_nip, 3),
	("person", i_person, 7), ("vendor", lk.one_of(VENDORS), 8),
	("prospect", i_prospect, 5), ("personal", i_personal, 4),
	("own staff", lk.one_of(STAFF), 5)))


if __name__ == "__main__":
	lk.desk_main("blind51", ck, population, index, KINDS, IMPOSTORS,
		KEPT, BENCH, TECHS, CLOCK)
