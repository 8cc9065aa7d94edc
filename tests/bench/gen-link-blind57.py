#!/usr/bin/env python3
# gen-link-blind57.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 33: the lead runs it once).  A Philippine MSP
# serving the Philippines alone: one Syncro account, one ScreenConnect,
# desks in Metro Manila (MKT: Makati and the south, QC: Quezon City and
# the north, PSG: Pasig and Rizal), Cebu (CEB), Davao (DVO), Iloilo (ILO),
# Bacolod (BCD: Negros Occidental), Cagayan de Oro (CDO) and Baguio (BAG:
# Benguet and La Union).  Customers: SEC-registered corporations ("Inc.",
# "Corp.", "Corporation", one person corporations "OPC"), partnerships
# ("Co.", "Company", "Ltd.", "& Associates"), DTI-registered sole
# proprietorships under a business name built from the owner's initials
# ("JMC Trading"), the initials of a couple ("R&J Hardware"), the family
# ("Three Sisters Eatery", "Santos Enterprises"), a nickname ("Nena's
# Bakeshop", "Aling Nena's Carinderia") or a saint ("Sto. Niño Hardware"):
# sari-sari stores, carinderias, hardware, vulcanizing shops, water
# refilling stations, general merchandise; Chinese-Filipino family firms
# ("Chua Brothers Trading Inc."); clinics ("Dr. Jose Santos Dental
# Clinic", "Dra."), lying-in clinics, hospitals, drugstores; schools
# ("Sto. Niño Academy of Pavia, Inc.", "St. Joseph School"); cooperatives
# ("Multi-Purpose Cooperative"), rural banks, pawnshops; homeowners
# associations, foundations, TODAs; LGUs (City Government of X,
# Municipality of Y, Sangguniang Panlungsod / Bayan, water districts and
# barangays, "Barangay Lahug, Cebu City"; a town whose name another
# province has carries its province); franchise stores of invented
# chains, each its own customer.  Some firms carry their BIR TIN
# (000-000-000-000, the ninth digit a check digit) or their SEC
# registration number.  Writes OUTDIR/customers.json (as Syncro's GET
# /customers returns them), names.tsv (typed TAB true id or "" TAB kind
# TAB machine), sessions.jsonl and sessions-machine.jsonl through
# linkgen.desk_main.  Python stdlib only, deterministic for a seed.
# Customer ids from 57000000 (below 57200000 at 50,000 customers: the id
# grows by 1 to 3 with a customer kept), contacts' and assets' from
# 57300001 (below 58000000).
#
# Where each shape comes from ("found": found with the session's search
# tool; "known": public knowledge, no search):
# - Corporate and partnership names (found: SEC Memorandum Circular 13
#   s. 2019 as summed up by cruzmarcelo.com, sicangcolawoffice.com,
#   bworldonline.com and thephilippineforum.com; sunstar.com.ph on MC 21
#   s. 2013): a corporation's name carries "Corporation", "Incorporated",
#   "Corp." or "Inc."; a one person corporation "OPC" at the end, and a
#   stockholder's own name only with descriptive words ("Juan Dela Cruz
#   Consulting OPC", "JDC Holdings OPC": respicio.ph); a partnership
#   "Company" or "Co.", a limited one "Limited" or "Ltd.", a professional
#   one "Associates" or "Partners"; a foundation "Foundation".
# - Business names of sole proprietors (found: DTI DAO 18-07 as summed up
#   by jur.ph; globe.com.ph DTI FAQ - a dominant portion and a descriptor,
#   no "Corporation" nor "Cooperative" unless SEC or CDA registered;
#   ykclaw.ph - only sole proprietorships register with DTI); names from
#   initials, couples' initials, nicknames, "Aling"/"Mang", sari-sari
#   stores, carinderias, vulcanizing shops and water refilling stations
#   known.
# - Cooperatives (found: CDA MC 2015-07 on multipurpose cooperatives,
#   cda.gov.ph - "Man-up Multi-Purpose Cooperative (MMPC)", "Maddela Auto
#   Savings MPC", the CDA awardees list with "Multi-Purpose Coop.",
#   "Employees Credit Coop."): MPC and Coop. as typed.
# - TIN (found: python-stdnum issue 116 and the NTRC journal it quotes -
#   nine digits, the first 0 for a corporation, the ninth a check digit,
#   a three-digit branch code, 000 the head office, written
#   123-456-789-000; orus.ph on the 000 / 001 branch codes; the check
#   digit as the Presidio PH_TIN recognizer (data-privacy-stack/presidio
#   PR 2016) computes it: the first eight digits weighted 9 to 2, the
#   sum mod 11, 10 never issued; the BIR itself does not publish it):
#   typed bare, with dashes or spaces, after "TIN", with or without the
#   branch code.  SEC registration numbers (CS + year + five digits for
#   a stock corporation) known.
# - Surnames (found: bibingka.com - Santos, Reyes, Cruz, Bautista, Ocampo
#   the commonest; visitutrecht.org - Garcia, Mendoza, Ramos, Santiago,
#   Flores, Villanueva, Diaz; the Catálogo alfabético de apellidos
#   (absoluteastronomy.com) - de los Santos, de la Cruz, del Rosario;
#   sunstar.com.ph - Chinese-Filipino SyCip, Yuchengco, native Liwanag,
#   Dimalanta, Sicat, Gatchalian; filipinogenealogy.com - Cebu's and the
#   Chinese-Filipino top names): the mother's maiden name as the middle
#   name, its initial in a signature ("Juan S. Dela Cruz"), the particles
#   spelt "Dela Cruz", "de la Cruz", "Delacruz", "Ma." for Maria, "Jr.",
#   "III", nicknames (Boy, Jun, Bong, Dodong, Inday, Weng) known.
# - LGUs (known): the cities and municipalities of each desk, their
#   barangays, "City Government of", "Municipality of", "Sangguniang
#   Panlungsod / Bayan ng", water districts, "Brgy.", the Filipino names
#   ("Pamahalaang Lungsod ng", "Munisipyo ng", Cebuano "Lungsod sa");
#   towns other provinces share (Talisay, San Fernando, San Juan, Santa
#   Barbara, Valencia, Roxas, Taytay); 4-digit ZIP codes, +63 area codes.
# - Keyboard (known): US QWERTY; ñ is not on it, so Parañaque, Las Piñas
#   and Sto. Niño are typed with n.
# - Vendors (known): PLDT, Globe, Smart, Converge, DITO, Sky; PC Express,
#   Villman, Octagon, Lazada, Shopee, LBC, J&T.
#
# Real-row kinds (shares in KINDS): exact, caps, lower, typo (US QWERTY),
# two typos, letters (ñ as n), truncated, abbrev (Sto., Sta., St., Ma.,
# Brgy., MPC, Coop., Gen. Mdse., Ent., Trdg., Const., Hosp., Acad., HOA,
# QC, CDO, & / and), acronym, legal (dropped, respelt: Inc, INC.,
# Incorporated, Corp, Corporation, (OPC), One Person Corporation, Co,
# Company; or another form typed for it), particle (Dela Cruz / de la Cruz
# / Delacruz, Delos Santos / de los Santos ...), lgu (the body typed as
# another word for it or in Filipino: "City of Mandaue", "Mandaue City
# Hall", "Munisipyo ng Opol"), number (the TIN or SEC number typed another
# way or added), branch (Main, Branch, a barangay), owner (a sole
# proprietor's or a clinic's owner, with a nickname, "Mang" / "Aling",
# the middle initial), contact, person, domain, mixed.
# Impostors (about 37% of rows): same shape (a fresh name of the
# customers' templates, its words from an outside block), other store
# (another branch of a customer chain), other province (a customer
# LGU's namesake in another province, "City Government of Talisay,
# Negros Occidental" beside Cebu's), other town (the same body of a town
# no customer is in; a barangay of the same name in another city),
# other TIN, owner's company (the corporation of a sole proprietor's
# owner: "Dela Cruz Realty Corp." beside "JDC Trading"), family member (a
# named owner's relative, another given name), namesake school (a
# customer school's name in another town: "St. Joseph Academy of
# Tagum"), town body (another public body of a customer LGU's town:
# district hospital, national high school, police station), person,
# vendor, prospect ("For quotation - ", "Ocular - "), personal, own
# staff.  The share holds at 50,000 customers (same_class); a sector
# whose last 40 draws were all taken is drawn no more.
#
# Machines (linkgen.machine): a real row on one of its customer's assets
# 72%, another customer's 4%; impostors on unknown machines, a shared role
# name (CASHIER1, FRONTDESK, ACCOUNTING, TREASURY ...) 18%, own staff on
# the bench.
#
# Labels: rows label-audit.py doubts are drawn again, and so are
# impostors that, read through this generator's skeleton (ñ folded, legal
# forms, "of", "ng", "sa", "and", "the", "Jr.", "III" dropped, the short
# forms read as their words, particles joined to their surname), are a
# customer's name or a form of it, hold all its words less one, or hold a
# listed person's full name (linkgen.Checks, parts_known and pairs).  A
# person's name is a real row only when that whole name is one
# customer's contact only.
import os
import re
import sys
from itertools import accumulate

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linkgen as lk  # noqa: E402

# ---------------------------------------------------------------- places
# Each desk: area code, "town/weight/ZIP/province/C|M" records ("_" for a
# space; C a city, M a municipality); the barangays of its main city;
# towns of its area no customer is in.
TOWNS = {
	"MKT": ("2", """Makati/9/1200/Metro_Manila/C Manila/5/1000/Metro_Manila/C
		Taguig/4/1630/Metro_Manila/C Pasay/3/1300/Metro_Manila/C
		Parañaque/3/1700/Metro_Manila/C Las_Piñas/2/1740/Metro_Manila/C
		Muntinlupa/2/1770/Metro_Manila/C""",
		"Poblacion Bel-Air San_Lorenzo Guadalupe_Nuevo Pio_del_Pilar Bangkal"
		" Olympia Palanan", "Imus Dasmariñas General_Trias"),
	"QC": ("2", """Quezon_City/9/1100/Metro_Manila/C Caloocan/4/1400/Metro_Manila/C
		Valenzuela/3/1440/Metro_Manila/C Malabon/2/1470/Metro_Manila/C
		Navotas/1/1485/Metro_Manila/C San_Juan/2/1500/Metro_Manila/C""",
		"Cubao Kamuning Bagong_Pag-asa Batasan_Hills Commonwealth Teachers_Village"
		" Project_4 Talipapa", "Meycauayan Marilao Obando"),
	"PSG": ("2", """Pasig/9/1600/Metro_Manila/C Mandaluyong/4/1550/Metro_Manila/C
		Marikina/4/1800/Metro_Manila/C Cainta/3/1900/Rizal/M Taytay/3/1920/Rizal/M
		Antipolo/3/1870/Rizal/C""", "Kapitolyo Ugong Rosario Manggahan Santolan"
		" Caniogan Pinagbuhatan Malinao", "Binangonan Angono Tanay"),
	"CEB": ("32", """Cebu_City/9/6000/Cebu/C Mandaue/5/6014/Cebu/C
		Lapu-Lapu/4/6015/Cebu/C Talisay/3/6045/Cebu/C Consolacion/2/6001/Cebu/M
		Minglanilla/2/6046/Cebu/M""", "Lahug Mabolo Guadalupe Banilad Talamban"
		" Capitol_Site Tisa Pardo", "Toledo Danao Carcar"),
	"DVO": ("82", """Davao_City/9/8000/Davao_del_Sur/C Tagum/4/8100/Davao_del_Norte/C
		Panabo/3/8105/Davao_del_Norte/C Digos/3/8002/Davao_del_Sur/C
		Samal/1/8119/Davao_del_Norte/C""", "Buhangin Matina_Crossing Toril Bajada"
		" Lanang Agdao Catalunan_Grande Maa", "Mati Nabunturan Malita"),
	"ILO": ("33", """Iloilo_City/9/5000/Iloilo/C Oton/2/5020/Iloilo/M
		Pavia/2/5001/Iloilo/M Santa_Barbara/2/5002/Iloilo/M Passi/1/5037/Iloilo/C
		Roxas/2/5800/Capiz/C""", "Jaro Molo La_Paz Mandurriao Arevalo Lapuz"
		" Tabuc_Suba Bolilao", "Miagao Guimbal Dumangas"),
	"BCD": ("34", """Bacolod/9/6100/Negros_Occidental/C
		Talisay/3/6115/Negros_Occidental/C Silay/3/6116/Negros_Occidental/C
		Bago/2/6101/Negros_Occidental/C Victorias/2/6119/Negros_Occidental/C""",
		"Mandalagan Villamonte Taculing Singcang-Airport Tangub Estefania"
		" Alijis Granada", "Kabankalan Sagay Cadiz"),
	"CDO": ("88", """Cagayan_de_Oro/9/9000/Misamis_Oriental/C
		Iligan/4/9200/Lanao_del_Norte/C Opol/2/9016/Misamis_Oriental/M
		Tagoloan/2/9001/Misamis_Oriental/M Valencia/1/8709/Bukidnon/C""",
		"Carmen Lapasan Kauswagan Gusa Bulua Macasandig Nazareno Balulang",
		"El_Salvador Jasaan Villanueva"),
	"BAG": ("74", """Baguio/9/2600/Benguet/C La_Trinidad/4/2601/Benguet/M
		Tuba/1/2603/Benguet/M Itogon/1/2604/Benguet/M
		San_Fernando/3/2500/La_Union/C Agoo/1/2504/La_Union/M""",
		"Aurora_Hill Camp_7 Irisan Pacdal Loakan_Proper Bakakeng Quezon_Hill"
		" Pinsao", "Sablan Kapangan Bauang")}
# Barangay names every town has (a barangay of a town other than the
# desk's main city is one of these).
GENERIC_BRGY = ["Poblacion", "San Roque", "San Isidro", "Santo Niño",
	"San Vicente", "Bagong Silang", "San Jose", "Santa Cruz", "Mabini",
	"Rizal"]
# Towns another province has (other-province impostors); a customer body
# of one carries its province.
HOMONYM = {"Talisay": ["Batangas", "Camarines Norte"], "San Juan":
	["Batangas", "La Union", "Southern Leyte"], "San Fernando": ["Pampanga",
	"Cebu", "Camarines Sur", "Bukidnon"], "Santa Barbara": ["Pangasinan"],
	"Valencia": ["Negros Oriental", "Bohol"], "Roxas": ["Isabela",
	"Palawan", "Oriental Mindoro"], "Taytay": ["Palawan"]}
# Towns of other regions (namesake schools).
FAR = ["Tacloban", "Dumaguete", "Tuguegarao", "Legazpi", "Naga",
	"Zamboanga", "General Santos", "Butuan", "Puerto Princesa", "Vigan",
	"Lucena", "Batangas City"]
DESK_SHARE = [("MKT", 16), ("QC", 14), ("PSG", 11), ("CEB", 14),
	("DVO", 11), ("ILO", 8), ("BCD", 8), ("CDO", 9), ("BAG", 9)]


def towns_of(recs):
	"""(town, weight, ZIP, province, city?)."""
	out = []
	for rec in recs.split():
		t, w, z, p, k = rec.replace("_", " ").split("/")
		out.append((t, int(w), z, p, k == "C"))
	return out


def words_of(s):
	return [w.replace("_", " ") for w in s.split()]


DESKS = {d: towns_of(v[1]) for d, v in TOWNS.items()}
TOWN_CUM = {d: list(accumulate(t[1] for t in ts)) for d, ts in DESKS.items()}
BRGYS = {d: words_of(v[2]) for d, v in TOWNS.items()}
ELSEWHERE = {d: words_of(v[3]) for d, v in TOWNS.items()}
STREETS = ["Rizal St.", "Mabini St.", "Bonifacio St.", "Burgos St.",
	"Luna St.", "Del Pilar St.", "Quezon Ave.", "Roxas Blvd.",
	"Osmeña Blvd.", "Magsaysay Ave.", "National Highway", "Gen. Luna St.",
	"J.P. Laurel Ave.", "Aguinaldo Highway"]


def lgu_name(t):
	"""A town as its bodies name it: with its province where another
	province has a town of that name ("Talisay, Cebu")."""
	if t[0] in HOMONYM:
		return "%s, %s" % (t[0], t[3])
	return t[0]


def city_word(t):
	"""A city's name with "City" where it does not have it ("Mandaue
	City"), as a barangay's or a hospital's name has it; with its
	province where another province has a town of that name."""
	k = t[0] if not t[4] or t[0].endswith("City") else t[0] + " City"
	return "%s, %s" % (k, t[3]) if t[0] in HOMONYM else k


# ---------------------------------------------------------------- people
SURNAMES = """Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres
	Tomas Andrada Castillo Flores Villanueva Ramos Castro Rivera Aquino
	Navarro Salazar Mercado Gonzales Fernandez Lopez Pascual Santiago
	Aguilar Soriano Diaz Manalo Dizon Lacson Villamor Cabrera Alcantara
	Macaraeg Dimaculangan Panganiban Liwanag Sicat Gatchalian Magbanua
	Abella Cabahug Lagdameo Dacanay Evangelista Valdez Padilla""".split()
# Surnames that take a particle, and the particle as registered.
PARTICLED = {"Cruz": "Dela", "Santos": "Delos", "Rosario": "Del", "Leon":
	"De", "Guzman": "De", "Vera": "De", "Paz": "Dela", "Torre": "Dela",
	"Peña": "Dela", "Reyes": "De los"}
CHINESE = "Tan Lim Sy Go Uy Ong Chua Yu Ang Tiu Yap Lao Dy Ty Gokongwei".split()
GIVEN = ("""Jose Juan Antonio Ramon Roberto Eduardo Ricardo Rodrigo
	Fernando Manuel Mark John_Paul Christian Jerome Rommel Romeo Ernesto
	Danilo Rolando Arnel Rodel Joselito Reynaldo Efren""".split(),
	"""Maria Ma._Theresa Ana Rosario Cristina Marites Marilou Jocelyn Lorna
	Maricel Rowena Grace Kristine Joy Mary_Ann Editha Teresita Erlinda
	Aileen Rachelle Ma._Luisa Imelda Lourdes Rosalinda""".split())
GIVEN = tuple([g.replace("_", " ") for g in x] for x in GIVEN)
# Nicknames by given name; others take one of the common ones.
NICK = {"Jose": "Pepe", "Juan": "Jun", "Roberto": "Bobby", "Eduardo":
	"Eddie", "Ricardo": "Carding", "Rodrigo": "Digong", "Fernando": "Nando",
	"Manuel": "Maning", "Ernesto": "Esto", "Rolando": "Olan", "Reynaldo":
	"Rey", "Joselito": "Lito", "Rommel": "Mel", "Maria": "Mary",
	"Ma. Theresa": "Tess", "Rosario": "Charing", "Cristina": "Tina",
	"Marilou": "Malou", "Jocelyn": "Joy", "Teresita": "Tessie",
	"Erlinda": "Linda", "Lourdes": "Lulu", "Ma. Luisa": "Malu",
	"Rosalinda": "Rosa", "Imelda": "Meldy"}
COMMON_NICK = (["Boy", "Jun", "Bong", "Dodong", "Toto", "Jojo"],
	["Inday", "Nene", "Baby", "Weng", "Lyn", "Neneng"])
# Surnames and words no customer draws (same-shape impostors).
OUT_SURNAME = ["Dimagiba", "Bagatsing", "Macapagal", "Sumulong", "Tiongson",
	"Katigbak"]
# Surnames of people who are no customer's (person impostors).
STRANGER = """Agbayani Baluyot Bernardo Calderon Catapang Concepcion
	Corpuz Domingo Enriquez Espiritu Galang Javier Mangubat Marquez
	Miranda Nepomuceno Pangilinan Quiambao Roque Tolentino Umali Velasco
	Yambao Zamora""".split()
OUT_BRAND = ["Bagwis", "Dalisay", "Habagat", "Amihan", "Kalayaan",
	"Banahaw", "Sampaguita", "Talahib"]


def surname(rng, desk):
	r = rng.random()
	if r < .15:
		return rng.choice(CHINESE)
	if r < .27:
		base = rng.choice(sorted(PARTICLED))
		return "%s %s" % (PARTICLED[base], base)
	return rng.choice(SURNAMES)


def person(rng, desk, women=.5):
	"""(given name, middle name, surname, woman?) of a desk's people:
	the middle name the mother's maiden surname."""
	w = rng.random() < women
	s, m = surname(rng, desk), surname(rng, desk)
	while m == s:
		m = surname(rng, desk)
	return rng.choice(GIVEN[w]), m, s, w


def nick(rng, gv, w):
	return NICK.get(gv) if gv in NICK and rng.random() < .6 else \
		rng.choice(COMMON_NICK[w])


def initial(s):
	"""A name's initial as in a business name: "Dela Cruz" as D, "Ma.
	Theresa" as M."""
	return s.strip()[0].upper()


# ---------------------------------------------------------------- words
HEADS = ["Gold", "Star", "Prime", "Sun", "Pacific", "Metro", "Bay", "Pearl",
	"Royal", "Eagle", "Golden", "Island", "Ever", "Mega", "United", "Vista"]
TAILS = ["star", "land", "max", "tech", "field", "rich", "way", "crest",
	"stone", "light", "wood", "bright", "gate", "line", "point"]
BRAND = sorted({h + t for h in HEADS for t in TAILS if t not in h.lower()})
# A shop's or a clinic's name.
ARTICLE = ["Mabuhay", "Magandang Buhay", "Bagong Pag-asa", "Masagana",
	"Maligaya", "Bituin", "Liwayway", "Sampalok", "Mayon", "Luzviminda",
	"Bayanihan", "Kamagong", "Narra", "Molave", "Dama de Noche", "Ilang-Ilang",
	"Banaag", "Tagumpay", "Matibay", "Pag-asa", "Marikit", "Kalinaw",
	"Lubi", "Bulak", "Tambuli", "Masigla", "Sinag", "Likha", "Buklod",
	"Pinagpala", "Kasilag", "Alon", "Kawayan", "Palay", "Hiyas",
	"Balangay", "Silangan", "Lunhaw"]
SAINT = ["Sto. Niño", "Sta. Teresita", "St. Joseph", "St. Jude",
	"Sta. Cecilia", "San Lorenzo Ruiz", "Holy Cross", "Sacred Heart",
	"St. Paul", "Our Lady of Fatima", "Sto. Tomas", "Sta. Rita",
	"St. Michael", "San Isidro", "Immaculate Conception", "Holy Family",
	"St. Therese", "Sta. Monica", "San Pedro Calungsod", "Sta. Clara"]
# Saints a shop is named for ("Sto. Niño Hardware").
SHOP_SAINT = ["Sto. Niño", "San Roque", "St. Jude", "Sta. Rita",
	"San Isidro", "St. Joseph", "San Antonio", "Sta. Lucia"]
TRADE = ["Trading", "Marketing", "Realty", "Industrial Sales", "Logistics",
	"Food Products", "Construction & Development", "Agri Ventures",
	"Hardware & Construction Supply", "Manufacturing", "Security Agency",
	"Travel & Tours", "Printing Press", "Auto Parts"]
SHOP = ["Hardware", "Auto Supply", "Sari-Sari Store", "Eatery", "Bakeshop",
	"General Merchandise", "Trading", "Rice Dealer", "Auto Repair Shop",
	"Printing Services", "Water Refilling Station", "Laundry Shop",
	"Computer Shop", "Lechon House", "Vulcanizing Shop", "Enterprises",
	"Carinderia", "Furniture"]
NUMW = ["Two", "Three", "Four", "Five"]
FAM = ["Sisters", "Brothers", "Kids", "Kings", "Queens", "Angels"]
CHAINS = ["Botikwik Pharmacy", "Siomai Hari", "Kusina Express",
	"LabadaMax Laundry", "AquaLinis Water Station", "Botica Ligaya",
	"Tapsi ni Juan"]
CORP = [("Inc.", 45), ("Corp.", 25), ("Corporation", 15), ("OPC", 15)]
# Sectors: weight, legal share, legal forms, templates.  {N} the town,
# {K} the town as its bodies name it, {P} a place (a barangay of the
# desk's main city, or the town), {B} a brand, {BA} a shop's name of
# ARTICLE, {SA} a saint, {SS} a shop's saint, {G} {M} {S} the owner
# (given, middle, surname; {M0} the middle initial), {S1} the owner's
# surname, {S3} a partner's, {DR} Dr. or Dra., {TR} a trade, {SH} a
# shop, {INI} the owner's initials, {I1} {I2} a couple's, {NW} {FM} a
# number and a family word, {NK} the owner's nickname, {C} a chain, {CH}
# a Chinese-Filipino surname; a template beginning "!" takes no legal
# form, one ending "|F" takes form F.
SECTORS = {
	"corp": (20, 1, CORP, ["{B} {TR}", "{B} {TR}", "{B} {TR}",
		"{INI} {TR}", "{S1} {TR}", "{CH} Brothers {TR}", "{CH} {B} {TR}",
		"{B} {TR} of {N}", "{S1} Holdings", "{G} {S} {TR}|OPC"]),
	"dti": (22, 0, [], ["{INI} Trading", "{INI} General Merchandise",
		"{I1}&{I2} {SH}", "{I1} & {I2} {SH}", "{NW} {FM} {SH}",
		"{NK}'s {SH}", "{S1} Enterprises", "{BA} {SH}", "{BA} {SH}",
		"{S1} {SH}", "{SS} {SH}", "{NK} Sari-Sari Store",
		"Aling {NK}'s Carinderia", "Kusina ni {NK}", "{CH} {SH}",
		"{G} {M0}. {S} Enterprises"]),
	"partner": (6, .7, [("Co.", 5), ("Company", 3), ("Ltd.", 2)],
		["{S1} {TR}", "{S1} {S3} {TR}", "!{S1} {S3} & Associates",
		"!{S1} & Partners", "!{S1} {S3} & Associates Law Offices",
		"!{S1} & Co. CPAs"]),
	"health": (10, .4, [("Inc.", 6), ("Corp.", 2), ("OPC", 2)],
		["!{DR} {G} {S} Dental Clinic", "!{DR} {G} {S} Medical Clinic",
		"{BA} Medical Clinic", "{SA} Hospital", "{N} Doctors Hospital",
		"{BA} Diagnostic Center", "!{BA} Drugstore", "{BA} Pharmacy",
		"!{S1} Optical", "{S1} General Hospital", "!{BA} Lying-In Clinic",
		"{BA} Dialysis Center"]),
	"school": (9, .7, [("Inc.", 1)], ["{SA} Academy", "{SA} School",
		"{SA} Academy of {N}", "{SA} Catholic School of {N}",
		"{BA} Learning Center", "{BA} Montessori School",
		"Colegio de {SA}", "{B} Christian School"]),
	"finance": (6, 0, [], ["{N} Multi-Purpose Cooperative",
		"{BA} Multi-Purpose Cooperative", "{N} Teachers Multi-Purpose "
		"Cooperative", "{BA} Credit Cooperative", "{P} Transport Cooperative",
		"Rural Bank of {N}|Inc.", "{S1} Rural Bank|Inc.", "{S1} Pawnshop",
		"{B} Lending Investors|Inc."]),
	"assoc": (5, .8, [("Inc.", 1)], ["{BA} Village Homeowners Association",
		"{BA} Homeowners Association", "{B} Foundation",
		"!{P} Tricycle Operators and Drivers Association",
		"{N} Market Vendors Association", "!{SA} Parish",
		"{N} Chamber of Commerce and Industry|Inc."]),
	"lgu": (7, 0, [], []),
	"franchise": (6, 0, [], ["{C} {P}", "{C} {P}", "{C} - {P} Branch"])}
# An LGU's bodies, each its own customer: (key, city template,
# municipality template).  {BR} a barangay.
LGU = [("gov", "City Government of {K}", "Municipality of {K}"),
	("gov", "City Government of {K}", "Municipal Government of {K}"),
	("council", "Sangguniang Panlungsod ng {K}", "Sangguniang Bayan ng {K}"),
	("water", "{K} Water District", "{K} Water District"),
	("brgy", "Barangay {BR}, {KC}", "Barangay {BR}, {K}"),
	("brgy", "Barangay {BR}, {KC}", "Barangay {BR}, {K}")]
# The LGU typed another way (lgu rows): city, municipality.
LGU_WORD = [("City of {K}", "Municipality of {K}"), ("{KC} City Hall",
	"{K} Municipal Hall"), ("Pamahalaang Lungsod ng {K}", "Munisipyo ng {K}"),
	("LGU {K}", "LGU {K}"), ("{KC} LGU", "Bayan ng {K}")]
# Other public bodies of an LGU's town (town-body impostors).
BODIES = ["{N} District Hospital", "{N} National High School",
	"{N} Police Station", "BFP {N} Fire Station", "DepEd Schools Division "
	"of {N}", "{N} Central Elementary School", "LTO {N} District Office"]
ROLES = {"corp": ["ACCOUNTING", "WAREHOUSE", "PURCHASING", "SERVER"],
	"dti": ["CASHIER1", "COUNTER", "STOCKROOM"], "partner": ["SECRETARY",
	"ACCTG1", "SERVER"], "health": ["FRONTDESK", "CLINIC1", "PHARMACY",
	"XRAY"], "school": ["REGISTRAR", "PRINCIPAL", "COMPLAB"], "finance":
	["TELLER1", "LOANS", "BOOKKEEPER"], "assoc": ["OFFICE", "TREASURY"],
	"lgu": ["TREASURY", "ASSESSOR", "CIVILREGISTRY", "MAYORS-OFFICE"],
	"franchise": ["CASHIER1", "CASHIER2", "COUNTER"]}
TECHS = {"MKT": ["Paolo Villareal", "Kat Buenaventura"], "QC": ["Migs "
	"Dimalanta", "Trish Lualhati"], "PSG": ["Carlo Ilagan", "Bea Samonte"],
	"CEB": ["Kent Ybañez", "Shiela Cuizon"], "DVO": ["Renz Dalisay",
	"Apple Tumulak"], "ILO": ["Jerald Tupas", "Mae Ledesma"], "BCD":
	["Vince Gatuslao", "Bianca Montelibano"], "CDO": ["Jun Neri",
	"Cza Pacana"], "BAG": ["Marlon Bayacsan", "Cheska Dulay"]}
VENDORS = ["PLDT Enterprise", "Globe Business", "Smart Business",
	"Converge ICT", "DITO Telecommunity", "Sky Fiber", "PC Express",
	"Villman Computers", "Octagon Computer Superstore", "Lazada",
	"Shopee", "LBC Express", "J&T Express", "Meralco", "BIR eFPS",
	"Microsoft 365 Admin", "Syncro Support"]
STAFF = ["Shop-PC 3", "TECH-CEB-2", "Loaner laptop 4", "Bench test",
	"Win11 image", "RMA 12", "Paolo Villareal", "Kent Ybañez",
	"Training room", "Office stockroom"]
PERSONAL = ["Personal - {G} {S}", "{G} {S} (personal)", "Laptop ni {G}",
	"Home PC - {S}", "Bahay {G} {S}", "Walk-in {G} {S}", "{G} {S} home"]
PERSON = ["", "", "", "Walk-in: ", "Mr. ", "Ms. ", "Sir "]
PROSPECT = ["For quotation - ", "Quotation: ", "Prospect - ", "Demo ",
	"Ocular - ", "Site survey: "]
# Words no customer's name has (owner's-company impostors).
OWN_TRADE = ["Realty", "Land Holdings", "Agri Farms", "Property Ventures",
	"Resources"]
FREE = ("gmail", "yahoo", "ymail", "hotmail", "outlook")

# ---------------------------------------------------------------- skeleton
# Particles before a surname, run into one word ("de la cruz" and
# "delacruz" alike).
PARTICLE = re.compile(r"\b(de los|de las|de la|delos|dela|del|de) (%s)\b" %
	"|".join(k.lower().replace("ñ", "n") for k in PARTICLED))
# Words read as one: short forms (long=short).
LONG = dict(x.split("=") for x in """sto=santo sta=santa st=saint
	ma=maria brgy=barangay bgy=barangay mpc=multi_purpose_cooperative
	coop=cooperative multipurpose=multi_purpose hosp=hospital
	gen=general mdse=merchandise ent=enterprises ents=enterprises
	trdg=trading const=construction devt=development dev=development
	assn=association hoa=homeowners_association acad=academy
	sch=school elem=elementary mfg=manufacturing mktg=marketing
	ind=industrial dr=doctor dra=doctor qc=quezon_city mla=manila
	cdo=cagayan_oro sarisari=sari_sari munisipyo=municipality
	lungsod=city pamahalaang=government govt=government
	sp=sangguniang_panlungsod sb=sangguniang_bayan todo=toda
	pharma=pharmacy ctr=center""".split())
LONG = {k: v.replace("_", " ") for k, v in LONG.items()}
DROP = set("of ng sa ni and the inc incorporated corp corporation opc "
	"co company ltd limited jr sr ii iii iv tin sec reg no vat nonvat www "
	"com ph gov edu org net branch main".split())


# A middle initial ("Juan S. Dela Cruz"): not read.
INITIAL = re.compile(r"(?<![\w.])[a-z]\. (?=[a-z]{2})")


def fold(s):
	"""s in small plain letters, ñ as n, "&" as a space, no middle
	initial, particles run into their surname."""
	s = lk.plain(s.lower()).replace("&", " ")
	s = INITIAL.sub("", s)
	return PARTICLE.sub(lambda m: m.group(1).replace(" ", "") +
		m.group(2), s)


def _words(s):
	return lk.dotted_words(fold(s), LONG, DROP)


skel, skel_words, ck = lk.desk_checks(_words)

# ---------------------------------------------------------------- numbers


def tin_check(d8):
	"""The ninth digit of a TIN of eight digits d8: weights 9 to 2, the
	sum mod 11; None where that is 10 (never issued)."""
	r = sum(int(ch) * w for ch, w in zip(d8, range(9, 1, -1))) % 11
	return None if r == 10 else str(r)


def tin(rng, c):
	"""A TIN of c: 0 first for a corporation, 1-9 for a person; a head
	office's branch code 000, now and then 001-004."""
	while True:
		d8 = ("0" if c["legal"] else str(rng.randint(1, 9))) + \
			"".join(str(rng.randint(0, 9)) for _ in range(7))
		k = tin_check(d8)
		if k is not None:
			br = "000" if rng.random() < .8 else "%03d" % rng.randint(1, 4)
			return d8 + k + br


def tin_text(n, style):
	"""A TIN as it is typed: 123-456-789-000, bare, spaced, after "TIN",
	without its branch code."""
	parts = (n[:3], n[3:6], n[6:9], n[9:])
	return ["TIN %s" % "-".join(parts), "%s" % "-".join(parts),
		"TIN: %s" % n, "TIN %s" % " ".join(parts),
		"TIN %s" % "-".join(parts[:3]), "%s" % n[:9],
		"TIN#%s" % "-".join(parts)][style % 7]


def sec_number(rng):
	return "CS%d%05d" % (rng.randint(2000, 2023), rng.randint(1, 20000))


# ---------------------------------------------------------------- customers
SECTOR_NAMES = list(SECTORS)
SECTOR_CUM = list(accumulate(s[0] for s in SECTORS.values()))


def values(rng, c, outside):
	desk, t = c["desk"], c["trec"]
	gv, m, s, w = person(rng, desk, .45)
	place = t[0]	# a barangay of the desk's main city half the time there
	if t == DESKS[desk][0] and rng.random() < .5:
		place = rng.choice(BRGYS[desk])
	g2 = rng.choice(GIVEN[not w])
	v = {"N": t[0], "K": lgu_name(t), "KC": city_word(t), "P": place,
		"G": gv, "M": m, "M0": initial(m), "S": s, "S1": s,
		"S3": surname(rng, desk), "DR": "Dra." if w else "Dr.",
		"B": rng.choice(BRAND), "BA": rng.choice(ARTICLE),
		"SA": rng.choice(SAINT), "SS": rng.choice(SHOP_SAINT), "TR": rng.choice(TRADE),
		"SH": rng.choice(SHOP), "INI": initial(gv) + initial(m) +
		initial(s), "I1": initial(gv), "I2": initial(g2),
		"NW": rng.choice(NUMW), "FM": rng.choice(FAM), "NK": nick(rng, gv, w),
		"C": rng.choice(CHAINS), "CH": rng.choice(CHINESE)}
	if outside:	# words no customer's name is made of
		o = rng.sample(OUT_SURNAME, 3)
		e = rng.choice(ELSEWHERE[desk])
		v.update(S=o[0], S1=o[0], S3=o[2], M=o[1], M0=o[1][0],
			B=rng.choice(OUT_BRAND), BA=rng.choice(OUT_BRAND), N=e, K=e,
			KC=e, P=e, CH=rng.choice(OUT_SURNAME))
	if v["S1"] == v["S3"] or v["I1"] == v["I2"]:
		return None
	c["owner"] = (gv, v["S"])
	c["middle"], c["woman"], c["nick"] = v["M"], w, v["NK"]
	return v


def lgu_template(rng, c, v):
	"""An LGU body's template and key: a barangay of the desk's main
	city by its name there, elsewhere by a name every town has."""
	t = c["trec"]
	key, ct, mt = rng.choice(LGU)
	br = rng.choice(BRGYS[c["desk"]] if t == DESKS[c["desk"]][0] else
		GENERIC_BRGY)
	v["BR"] = br
	c["mkey"] = key + ":" + t[0] + (":" + br if key == "brgy" else "")
	c["brgy"] = br if key == "brgy" else None
	return ct if t[4] else mt


def make_customer(rng, desk=None, outside=False, full=()):
	"""A customer record, None when its draw does not fit: name, core
	(less the legal form and number), the words it is named by; of no
	sector of full."""
	desk = desk or lk.wpick(rng, DESK_SHARE)
	town = rng.choices(DESKS[desk], cum_weights=TOWN_CUM[desk])[0]
	sector = rng.choices(SECTOR_NAMES, cum_weights=SECTOR_CUM)[0] if \
		not full else rng.choices(SECTOR_NAMES, [0 if k in full else
		SECTORS[k][0] for k in SECTOR_NAMES])[0]
	c = {"desk": desk, "sector": sector, "trec": town, "town": town[0],
		"number": None, "mkey": None, "brgy": None}
	v = values(rng, c, outside)
	if v is None:
		return None
	_, share, forms, tpls = SECTORS[sector]
	if sector == "lgu":
		if outside:
			return None
		tpl = lgu_template(rng, c, v)
	else:
		tpl = rng.choice(tpls)
	bare, tpl = tpl.startswith("!"), tpl.lstrip("!")
	tpl, _, fixed = tpl.partition("|")
	legal = fixed or (lk.wpick(rng, forms) if forms and not bare and
		rng.random() < share else "")
	used = set(re.findall(r"\{(\w+)\}", tpl))
	core = tpl.format_map(v)
	sep = ", " if legal in ("Inc.", "Co.", "Ltd.") and \
		rng.random() < .35 else " "
	name = core + (sep + legal if legal else "")
	c.update(name=name, core=core, legal=legal, tpl=tpl,
		surs=[v[k] for k in ("S", "S1", "S3", "CH") if k in used],
		owner=c["owner"] if sector in ("dti", "health", "partner") or
		used & {"G", "S1", "INI", "NK"} else None,
		brand=next((v[k] for k in ("B", "BA", "SA", "SS") if k in used),
			None),
		place=v["P"] if "P" in used else v["K"] if "K" in used else
		v["N"] if "N" in used else None,
		chain=v["C"] if "C" in used else None,
		initials=[v[k] for k in ("INI", "I1", "I2") if k in used])
	if c["brgy"]:
		c["place"] = v["KC"] if town[4] else v["K"]
	if sector in ("corp", "dti", "partner") and rng.random() < .08:
		if legal and rng.random() < .3:
			c["number"] = sec_number(rng)
			c["name"] += rng.choice([" (SEC Reg. No. %s)", " - %s",
				" SEC %s"]) % c["number"]
		else:
			c["number"] = tin(rng, c)
			c["name"] += rng.choice([" (%s)", " - %s", " %s"]) % \
				tin_text(c["number"], rng.choice([0, 0, 1, 2, 3]))
	return c


def named_by(c):
	"""(sector, skeleton word) for each word a customer is named by: its
	brand, surnames, initials and place, else its core."""
	own = [w for w in (c["brand"], *c["surs"], *c["initials"],
		c["place"], c["brgy"]) if w]
	return [(c["sector"], skel(w)) for w in own or [c["core"]]]


def contacts(rng, c, ids):
	"""The owner first where there is one (the proprietor, the doctor,
	the managing partner), then up to three people of the desk; the first
	is the customer's own name and address in Syncro too."""
	ps = [c["owner"]] if c["owner"] else []
	for _ in range(rng.randint(0, 3)):
		p = person(rng, c["desk"])
		ps.append((p[0], p[2]))
	out = [lk.contact(ids, a, b, c["domain"], lk.latin) for a, b in ps]
	c["syncro"].update((k, out[0][k] if out else None) for k in
		("firstname", "lastname", "email"))
	return out


assets = lk.core_assets(DROP | {"dra", "sari", "aling"}, ROLES, lk.latin,
	lambda r, c: person(r, c["desk"])[0].split()[0], lk.latin)


def address(rng, c):
	desk, t = c["desk"], c["trec"]
	area = TOWNS[desk][0]
	if rng.random() < .3:
		phone = "+63 9%02d %03d %04d" % (rng.randint(5, 99),
			rng.randint(0, 999), rng.randint(0, 9999))
	elif area == "2":
		phone = "+63 2 8%03d %04d" % (rng.randint(0, 999),
			rng.randint(0, 9999))
	else:
		phone = "+63 %s %03d %04d" % (area, rng.randint(200, 599),
			rng.randint(0, 9999))
	br = rng.choice(BRGYS[desk] if t == DESKS[desk][0] else GENERIC_BRGY)
	return {"address": "%d %s" % (rng.randint(1, 2400),
		rng.choice(STREETS)), "address_2": rng.choice([None, "Brgy. " + br,
		"Unit %d" % rng.randint(101, 1204), "%dF %s Bldg." % (
		rng.randint(2, 12), rng.choice(BRAND))]), "city": t[0],
		"state": t[3], "zip": t[2], "phone": phone}


def domain(rng, c, taken):
	"""The customer's own domain (.com.ph, .ph, .com; gov.ph for an LGU,
	edu.ph for a school, org.ph for an association or a cooperative; a
	free mailbox for a third of the sole proprietors and clinics), a
	digit more where taken."""
	s = c["sector"]
	if rng.random() < .35 and s in ("dti", "health"):
		return rng.choice(FREE) + ".com"
	tld = {"lgu": ".gov.ph", "school": ".edu.ph", "assoc": ".org.ph",
		"finance": ".org.ph" if "Cooperative" in c["core"] else ".com.ph"
		}.get(s, rng.choice([".com.ph", ".com.ph", ".ph", ".com"]))
	word = c["brand"] or (c["initials"] or c["surs"] or [""])[0] or \
		c["place"] or c["town"]
	if c["chain"]:
		word = c["chain"].split()[0] + c["place"]
	if s == "lgu":
		key = c["mkey"].split(":")[0]
		word = {"gov": "", "council": "sp", "water": "wd", "brgy": "brgy" +
			(c["brgy"] or "")}[key] + c["town"]
	d = re.sub("[^a-z0-9]", "", lk.latin(word).lower())[:18] or "ph"
	return lk.numbered_domain(d, tld, taken)


def form_keys(c):
	"""The skeletons of c's forms, and an LGU's body once per town
	(and barangay); {""} for a draw that did not fit."""
	if not c:
		return {""}
	ks = {skel(f) for f in lk.short_names(c)}
	return ks | {"#" + c["mkey"]} if c["mkey"] else ks


def population(rng, n):
	"""n customers, none going by a form another goes by (a draw that
	does is drawn again; a sector whose last 40 draws all were taken is
	full, drawn no more); ids 1 to 3 apart from 57000001 on, contacts'
	and assets' from 57300001."""
	return lk.population(rng, n, 57000000, make_customer, form_keys,
		len(SECTORS), domain, address, contacts, assets)


def index(g):
	"""linkgen's indexes, the numbers taken, the stores of each chain,
	the bodies of each town."""
	lk.index_named(ck, g, lk.short_names, named_by, "numbers",
		lambda c: c["number"])
	g.numbered = [i for i, c in enumerate(g.custs) if c["number"]]
	g.stores, g.bodies = set(), set()
	for c in g.custs:
		if c["chain"]:
			g.stores.add((c["chain"], c["place"]))
		if c["mkey"]:
			g.bodies.add(c["mkey"])


# ---------------------------------------------------------------- typing
name_or_core = lk.name_or_core
n_typo = lk.Typo(lk.US_KEYS).n_core_typo
n_typo2 = lk.Typo(lk.US_KEYS).n_core_typo2
n_caps, n_lower = lk.case_rows(r"[.,()'\"]")


def keeps(c, t):
	"""t keeps what tells c from its neighbours: its place, barangay,
	surnames and initials where its name has them."""
	ws = skel_words(t)
	for p in (c["place"], c["brgy"]):
		if p and not all(w in ws for w in skel_words(p)):
			return False
	return all(skel(s) in skel(t) for s in c["surs"] + c["initials"])


def n_truncated(rng, g, c):
	"""linkgen's cut, not off the place, surnames or initials, and not
	down to a listed person's name."""
	t = lk.n_truncated(rng, g, c)
	t = t and re.sub(r"[\s,(&/-]*(?:TIN|SEC)?[:#]?$", "", t)
	if not t or not keeps(c, t) or skel(t) in g.person:
		return None
	return t


def n_letters(rng, g, c):
	"""ñ typed as n (Parañaque, Sto. Niño), or an accent dropped."""
	s = name_or_core(rng, c, .5)
	return None if lk.plain(s) == s else lk.plain(s)


SHORT = [("Santo ", "Sto. "), ("Sto. ", "Santo "), ("Sta. ", "Santa "),
	("St. ", "Saint "), ("Ma. ", "Maria "), ("Barangay", "Brgy."),
	("Multi-Purpose Cooperative", "MPC"), ("Multi-Purpose Cooperative",
	"Multipurpose Coop."), ("Cooperative", "Coop."),
	("General Merchandise", "Gen. Mdse."), ("Enterprises", "Ent."),
	("Trading", "Trdg."), ("Construction", "Const."),
	("Development", "Dev't"), ("Hospital", "Hosp."),
	("Academy", "Acad."), ("Homeowners Association", "HOA"),
	("Association", "Assn."), ("Quezon City", "QC"),
	("Cagayan de Oro", "CDO"), ("Sari-Sari Store", "Sari-sari"),
	("Sari-Sari Store", "Sarisari Store"), (" & ", " and "),
	("&", " & "), (" and ", " & "), ("Manufacturing", "Mfg."),
	("Marketing", "Mktg."), ("Government", "Gov't"),
	("Sangguniang Panlungsod", "SP"), ("Sangguniang Bayan", "SB"),
	("Tricycle Operators and Drivers Association", "TODA"),
	("Dra. ", "Doctora "), ("Dr. ", "Doc "), ("Center", "Ctr.")]


def swap_word(t, long, short):
	"""t with its first long (spaces about it aside) that is not inside
	a word typed short."""
	m = re.search(r"(?<!\w)%s(?!\w)" % re.escape(long.strip()), t)
	if not m and long == "&":
		m = re.search(r"(?<=\w)&(?=\w)", t)
	return t[:m.start()] + short.strip() + t[m.end():] if m else t


n_abbrev = lk.abbrev_row(SHORT, lambda t, a, b: " ".join(swap_word(t, a,
	b).split()))


def n_acronym(rng, g, c):
	"""A three-word or longer name with no person nor number in it by
	its initials ("Sto. Niño Academy" SNA, "Holy Family Hospital" HFH);
	a cooperative's "Multi-Purpose Cooperative" as MPC after its
	words."""
	if c["surs"] or c["number"] or c["chain"] or c["initials"] or \
			c["sector"] == "lgu":
		return None
	core = c["core"]
	if "Multi-Purpose Cooperative" in core:
		return core.replace("Multi-Purpose Cooperative", "MPC")
	ws = [w for w in re.split(r"[\s&,/()'.-]+", core) if w and
		w[0].isalpha() and w.lower() not in DROP]
	if any(w.isupper() for w in ws) or len(ws) < 3:
		return None
	return lk.initials(rng, ws)


RESPELL = {"Inc.": ["Inc", "INC.", "Incorporated", "inc.", ", Inc",
	"Corp."], "Corp.": ["Corp", "Corporation", "CORP.", "Inc."],
	"Corporation": ["Corp.", "Corp", "CORPORATION", "Inc."],
	"OPC": ["(OPC)", "O.P.C.", "One Person Corporation", "OPC Inc.",
	"Corp."], "Co.": ["Co", "Company", "& Co."], "Company": ["Co.", "Co"],
	"Ltd.": ["Ltd", "Limited", "Co., Ltd."]}
SWAP = {"Inc.": "Corporation", "Corp.": "Incorporated", "Corporation":
	"Incorporated", "OPC": "Inc.", "Co.": "Inc.", "Company": "Corp.",
	"Ltd.": "Co."}


def legal_other(rng, c, r):
	"""The legal form respelt, or another typed for it."""
	alt = SWAP[c["legal"]] if r > .88 else rng.choice(RESPELL[c["legal"]])
	sep = "" if alt.startswith(",") else " "
	return "%s%s%s" % (c["core"], sep, alt)


n_legal = lk.legal_row(legal_other)


def particle_forms(s):
	"""The spellings of a particled surname typed: Dela Cruz, de la Cruz,
	Delacruz, DelaCruz, De La Cruz."""
	p, _, base = s.rpartition(" ")
	low = p.lower()
	spaced = {"dela": "de la", "delos": "de los", "del": "del",
		"de": "de", "de los": "de los"}[low]
	joined = spaced.replace(" ", "")
	return [spaced + " " + base, joined.capitalize() + base,
		joined.capitalize() + " " + base, spaced.title() + " " + base,
		joined.capitalize() + base[0].upper() + base[1:]]


def n_particle(rng, g, c):
	"""A particled surname in the name spelt another way: "Juan de la
	Cruz Enterprises", "Delacruz Trading" for "Dela Cruz Trading"."""
	s = name_or_core(rng, c, .5)
	for sur in c["surs"]:
		if " " in sur and sur in s:
			alt = rng.choice([f for f in particle_forms(sur) if f != sur])
			return s.replace(sur, alt, 1)
	return None


def n_lgu(rng, g, c):
	"""An LGU typed as another word for it, or in Filipino: "City of
	Mandaue", "Mandaue City Hall", "Munisipyo ng Opol"."""
	if not c["mkey"] or not c["mkey"].startswith("gov"):
		return None
	t = c["trec"]
	tpl = rng.choice(LGU_WORD)[0 if t[4] else 1]
	return tpl.format(K=lgu_name(t), KC=city_word(t))


def n_number(rng, g, c):
	"""A TIN or SEC number typed another way, or after the name."""
	if not c["number"]:
		return None
	base = c["core"] if rng.random() < .5 else lk.core_form(c)
	n = c["number"]
	text = n if n.startswith("CS") and rng.random() < .5 else \
		"SEC " + n if n.startswith("CS") else tin_text(n, rng.randint(0, 6))
	return rng.choice(["%s %s", "%s (%s)", "%s, %s", "%s / %s"]) % (base,
		text)


def n_branch(rng, g, c):
	"""A site after the name: "JMC Trading - Main", "R&J Hardware
	(Lahug branch)", "Goldstar Trading Corp., Mandaue"."""
	if c["place"] or c["sector"] in ("lgu", "school", "franchise",
			"assoc", "finance"):
		return None
	s = name_or_core(rng, c, .6)
	br = rng.choice(BRGYS[c["desk"]])
	site = rng.choice(["{T} Branch", "{T}", "Main", "Main Office",
		"{B} branch", "Brgy. {B}", "Bodega", "Warehouse"]).format(
		T=c["town"], B=br)
	return rng.choice(["%s - %s", "%s (%s)", "%s, %s"]) % (s, site)


def n_owner(rng, g, c):
	"""A sole proprietorship or a clinic typed by its owner: "Juan S.
	Dela Cruz", "Mang Jun Dela Cruz", "JDC Trading (Jun Dela Cruz)",
	"DELA CRUZ, JUAN S." (as the BIR lists a proprietor)."""
	if not c["owner"] or c["sector"] not in ("dti", "health"):
		return None
	gv, s = c["owner"]
	if len(g.person.get(skel("%s %s" % (gv, s)), ())) != 1:
		return None	# another customer's contact of that name
	mi = c["middle"][0]
	r = rng.random()
	if r < .25:
		return "%s %s. %s" % (gv, mi, s)
	if r < .45:
		t = "%s, %s %s." % (s, gv, mi)
		return t.upper() if rng.random() < .6 else t
	if r < .7:
		hon = rng.choice(["Aling ", "Ate ", "Ma'am "] if c["woman"] else
			["Mang ", "Kuya ", "Sir "])
		return "%s - %s%s %s" % (c["core"], hon, c["nick"], s)
	return "%s (%s %s)" % (c["core"], gv, s)


n_contact = lk.contact_row(lambda rng, c, p: rng.choice(["", "", "",
	"(accounting)", "(admin)", "(owner)", "(cashier)", "(HR)",
	"(purchasing)", "(IT)"]))
n_person = ck.person_row(lambda rng, c: rng.random() < .2)
n_domain = lk.domain_row(FREE)


TURNS = (n_legal, n_abbrev, n_branch, n_lgu, n_particle)
NOISE = (n_typo, n_caps, n_lower, n_letters, n_truncated)


n_mixed = lk.mixed_row(TURNS, NOISE, True)


KINDS = [("exact", lk.n_exact, 12), ("caps", n_caps, 4),
	("lower", n_lower, 6), ("typo", n_typo, 10), ("two typos", n_typo2, 3),
	("letters", n_letters, 3), ("truncated", n_truncated, 5),
	("abbrev", n_abbrev, 8), ("acronym", n_acronym, 3),
	("legal", n_legal, 10), ("particle", n_particle, 3),
	("lgu", n_lgu, 3), ("number", n_number, 2), ("branch", n_branch, 3),
	("owner", n_owner, 4), ("contact", n_contact, 3),
	("person", n_person, 2), ("domain", n_domain, 2),
	("mixed", n_mixed, 5)]


# ---------------------------------------------------------------- impostors
i_fresh, i_prospect = lk.fresh_rows(lambda rng, desk:
	make_customer(rng, desk, outside=True), named_by, PROSPECT)


def i_store(rng, g, c):
	"""Another branch of a customer chain, in a barangay or town of its
	desk where the chain has no customer ("Siomai Hari Talamban" beside
	"Siomai Hari Lahug")."""
	if not c["chain"]:
		return None
	d = c["desk"]
	places = [p for p in [t[0] for t in DESKS[d]] + BRGYS[d] +
		ELSEWHERE[d] if (c["chain"], p) not in g.stores]
	if not places:
		return None
	return rng.choice(["%s %s", "%s %s", "%s - %s Branch"]) % (c["chain"],
		rng.choice(places))


def i_province(rng, g, c):
	"""A customer LGU body's namesake in another province: "City
	Government of Talisay, Negros Occidental" beside Cebu's, "Municipality
	of San Juan, Batangas" beside San Juan City's council."""
	t = c["trec"]
	if not c["mkey"] or t[0] not in HOMONYM:
		return None
	pv = rng.choice(HOMONYM[t[0]])
	k = "%s, %s" % (t[0], pv)
	key = c["mkey"].split(":")[0]
	if key == "brgy":
		return "Barangay %s, %s" % (c["brgy"], k)
	tpl = [x for x in LGU if x[0] == key][0][2]	# most are municipalities
	return tpl.format(K=k, KC=k, BR="")


def i_town(rng, g, c):
	"""The same body of a town no customer is in: "Municipality of
	Dumangas" beside "Municipality of Oton", "Jasaan Multi-Purpose
	Cooperative", "Barangay Poblacion, Tagum" beside Opol's."""
	d = c["desk"]
	if c["brgy"] in GENERIC_BRGY:	# a name every town has
		towns = [t for t in DESKS[d] if "brgy:%s:%s" % (t[0], c["brgy"])
			not in g.bodies] + [(e, 0, "", "", False) for e in ELSEWHERE[d]]
		t = rng.choice(towns)
		return "Barangay %s, %s" % (c["brgy"], city_word(t))
	if c["brgy"] or c["chain"] or not c["place"] or c["sector"] not in ("lgu",
			"finance", "assoc", "school") or c["place"] not in c["core"]:
		return None
	e = rng.choice(ELSEWHERE[d])
	return c["core"].replace(c["place"], e, 1)


def i_number(rng, g, c):
	"""A name that carries its TIN with another valid one before it, as
	an invoice's header is pasted (of any customer with one: few are)."""
	if not g.numbered:
		return None
	c = g.custs[rng.choice(g.numbered)]
	if c["number"].startswith("CS"):
		return None
	new = tin(rng, c)
	if new in g.numbers or lk.la.within1(new[:9], c["number"][:9]):
		return None
	return "%s %s" % (tin_text(new, rng.choice([0, 1, 3])), lk.core_form(c))


def i_company(rng, g, c):
	"""The corporation of a sole proprietor's or a doctor's family beside
	the business: "Dela Cruz Realty Corp." beside "JDC Trading" of Juan S.
	Dela Cruz."""
	if not c["owner"] or c["legal"] or c["sector"] not in ("dti",
			"health"):
		return None
	s = c["owner"][1]
	return "%s %s %s" % (s, rng.choice(OWN_TRADE), rng.choice(["Inc.",
		"Corp.", "Corporation", "OPC"]))


def i_family(rng, g, c):
	"""A named owner's relative of another given name ("Dra. Ana Santos
	Dental Clinic" beside "Dr. Jose Santos Dental Clinic"), or the
	siblings' firm beside the brothers'."""
	if " Brothers " in c["core"]:
		return c["core"].replace(" Brothers ", " Sisters ") + \
			(" " + c["legal"] if c["legal"] else "")
	if not c["owner"] or c["sector"] not in ("dti", "health", "corp"):
		return None
	gv, s = c["owner"]
	full = "%s %s" % (gv, s)
	if full not in c["core"]:
		return None
	w = rng.random() < .5
	other = rng.choice(GIVEN[w])
	if other == gv:
		return None
	t = c["core"].replace(full, "%s %s" % (other, s))
	t = re.sub(r"\bDra?\. ", "Dra. " if w else "Dr. ", t)
	return t + (" " + c["legal"] if c["legal"] else "")


def i_school(rng, g, c):
	"""A customer school's namesake in another town: "St. Joseph Academy
	of Tagum" beside "St. Joseph Academy, Inc." of Pasig."""
	if c["sector"] != "school" or "{N}" in c["tpl"] or "{SA}" not in \
			c["tpl"]:
		return None
	e = rng.choice(FAR + ELSEWHERE[c["desk"]])
	return rng.choice(["%s of %s", "%s - %s", "%s %s"]) % (c["core"], e) + \
		rng.choice(["", "", ", Inc.", " Inc."])


def i_body(rng, g, c):
	"""Another public body of a customer LGU's town: "Mandaue City
	District Hospital", "Opol National High School", or its water
	district or council where no customer."""
	if not c["mkey"]:
		return None
	t = c["trec"]
	if rng.random() < .4:
		key, ct, mt = rng.choice(LGU[2:4])
		if key + ":" + t[0] in g.bodies:
			return None
		return (ct if t[4] else mt).format(K=lgu_name(t), KC=city_word(t))
	return rng.choice(BODIES).format(N=city_word(t))


def stranger(rng, c):
	"""A person who is no customer's: half the time of a surname no
	contact has (at 50,000 customers every pair of the customers' given
	names and surnames is someone's contact)."""
	gv, _, s, _ = person(rng, c["desk"])
	return gv, rng.choice(STRANGER) if rng.random() < .5 else s


i_person, i_personal = lk.person_impostors(ck, stranger, PERSON, PERSONAL)


def unlisted(f):
	"""Impostor kind f, none holding a listed person's whole name (given
	name, middle name and surname, which Checks' pairs of words miss)."""
	def kind(rng, g, c):
		t = f(rng, g, c)
		ws = skel_words(lk.clean(t)) if t else ()
		if any(" ".join(ws[j:j + 3]) in g.person for j in
				range(len(ws) - 2)):
			return None
		return t
	return kind


# The impostor kinds, the hard ones (a customer's own words in another
# body's name) first.
IMPOSTORS = lk.impostor_kinds((k, unlisted(f), w) for k, f, w in (
	("other store", i_store, 6), ("other province", i_province, 6),
	("other town", i_town, 8), ("other TIN", i_number, 3),
	("owner's company", i_company, 6), ("family member", i_family, 7),
	("namesake school", i_school, 6), ("town body", i_body, 6),
	("same shape", i_fresh, 12), ("prospect", i_prospect, 5),
	("person", i_person, 4), ("personal", i_personal, 3),
	("own staff", lk.one_of(STAFF), 5), ("vendor", lk.one_of(VENDORS), 8)))


if __name__ == "__main__":
	# The customers keep id, name, the Syncro fields, contacts and
	# assets; own staff's machines are TECH-<desk>-1 to 6; numbered()'s
	# clock starts at 1857000000 and steps 947 s in 60 minutes.
	lk.desk_main("blind57", ck, population, index, KINDS, IMPOSTORS,
		("id", "name", "syncro", "contacts", "assets"), ("TECH-%s-%d", 6),
		TECHS, (1857000000, 947, 60))
