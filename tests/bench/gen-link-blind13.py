#!/usr/bin/env python3
# gen-link-blind13.py NCUST NNAMES SEED OUTDIR - the thirteenth held-out
# benchmark for sdc-link (issue #14, session 11): an MSP of Central and
# Eastern Europe - one Syncro account and one ScreenConnect, desks in
# Warsaw, Brno and Budapest - whose customers are the medical and dental
# practices, pharmacies, law and notary offices, accountants, estate
# agents, housing co-operatives and owners' associations, schools,
# parishes, municipalities, foundations and associations, trades,
# builders, hauliers, manufacturers, shops, restaurants and franchisees,
# and IT firms of Poland, Czechia, Slovakia, Hungary and Romania.  Written
# by a helper that tunes nothing, without reading the other generators'
# word lists or noise code nor src/link or man/sdc-link.1; the tuners never
# see this file nor its output; the lead runs it once at the end of session
# 11; only aggregates are reported.  Python stdlib only; the same SEED gives
# the same files.
#
# Why this population: five registries whose legal forms technicians drop,
# move and mis-punctuate ("sp. z o.o."/"sp z oo"/"spzoo", "s.r.o."/
# "spol. s r.o."/", s. r. o.", "Kft."/"KFT", "S.R.L."/"SRL"/"SC ... SRL");
# diacritics a US keyboard lacks (l-stroke, r-caron, o/u double acute,
# s/t comma), typed without them, with the cedilla forms of old Romanian
# code pages, or through the wrong layout (a Czech or Hungarian number row
# typed on US keys: "Dvo5ak", "Szab="); Hungarian names family name first,
# typed either way, and married forms (Nagyne Kiss Maria); feminine
# surnames (Kowalska, Novakova); bodies known by their letters (SP 12, ZS,
# SVJ, MOPS, CMI, BIN); Transylvanian and southern Slovak towns with a
# Hungarian name (Kolozsvar for Cluj-Napoca, Dunaszerdahely for Dunajska
# Streda); and franchisees of one brand in several towns.
#
# Writes OUTDIR/customers.json (id, business_name, the Syncro address
# fields address, address_2, city, state, zip, then contacts [id,
# firstname, lastname, email] and assets [id, name]), names.tsv (typed TAB
# true id or "" TAB noise kind TAB machine), sessions.jsonl (the machine
# left blank) and sessions-machine.jsonl (the machine in "Connected to
# machine: NAME"; "Access" on a machine some customer owns, "Support"
# otherwise), through the shared writer screenconnect_record.py.
#
# Where the shapes come from (every list below was written for this file
# from these facts; no list was copied in):
#  - Poland: KSH art. 160 (the firm of a sp. z o.o. may use "spolka z o.o."
#    or "sp. z o.o."; wprawieni.pl, jak-zalozyc-spolke.pl); sp.k. names
#    carry a partner's surname and "spolka komandytowa" (rp.pl); sole
#    traders' firms carry the owner's name (kupie-spolke.blogspot.com).
#    Surnames: the PESEL register on dane.gov.pl via tvn24bis.pl,
#    edziecko.pl, o2.pl and dziennik.pl (Nowak 204k, Kowalski/Kowalska,
#    Wisniewski, Wojcik, Kowalczyk, Kaminski, Lewandowski, Zielinski,
#    Szymanski, Wozniak, Dabrowski, Kozlowski, Mazur, Jankowski ...; the
#    -ski/-ska pairs counted together); first names by public usage.
#  - Czechia: zakon o obchodnich korporacich 90/2012 Sb. s. 132 ("spol.
#    s r. o." or "s. r. o."; public.codexis.cz), the comma before the form
#    and its spacing (e-sro.cz); "a. s." for the akciova spolecnost
#    (docplayer.cz).  Surnames: CSU and the interior ministry via
#    denik.cz, czso.cz and idnes.cz (Novak/Novakova 68.7k, Svoboda,
#    Novotny, Dvorak, Cerny, Prochazka, Kucera, Vesely, Horak; Pospisil
#    first in the Olomouc region, Svoboda in South Moravia); Marie, Jana,
#    Eva; Jan, Jiri, Petr (idnes.cz, Brno).
#  - Slovakia: the interior ministry via dnes24.sk, spectator.sme.sk and
#    seredsity.sk (Horvath 34.7k, Kovac, Varga, Toth, Nagy, Balaz, Szabo,
#    Molnar, Balog, Kovacs; Lukacova, Novakova; mostly Hungarian origin).
#  - Hungary: the interior ministry's family-name lists via
#    papasmamasmagazin.hu (2017: Nagy 228,749, Kovacs, Toth, Szabo,
#    Horvath, Varga, Kiss, Molnar, Nemeth, Farkas, Balogh, Papp, Takacs,
#    Lakatos, Juhasz ...) and 168.hu (2024); company forms Kft., Bt.,
#    Zrt., Nyrt. with the dot after the last letter (e-nyelv.hu, the
#    Hungarian spelling rules), the firm name as lead word + activity +
#    form (hu.wikipedia "Ceg").
#  - Romania: Legea 31/1990 forms SRL, SA, SNC, SCS (scribd notes on the
#    law), PFA and II under OUG 44/2008 (scribd, Regimul juridic al
#    afacerilor); surnames from the population register via shtiu.ro
#    (Popa, Popescu, Radu, Pop, Dumitru, Stan, Stoica, Gheorghe, Matei,
#    Ciobanu, Ionescu, Rusu ...).  Hungarian town names in Transylvania and
#    southern Slovakia, school patrons, saints, streets and regions are
#    public facts; keyboard layouts (Polish programmer's, Czech and Slovak
#    QWERTZ with the accented number row, Hungarian 101 with o-umlaut on
#    0, Romanian standard with s/t-comma on ;/') are public facts.  Postal
#    code shapes (PL 00-000, CZ/SK 000 00, HU 0000, RO 000000) are public;
#    every number range and every share below is an assumption.
#
# The customers (NCUST): Poland 40% (Warsaw desk), Czechia 22% and
# Slovakia 8% (Brno desk), Hungary 20% and Romania 10% (Budapest desk).
# Names are unique once case, accents, punctuation and legal forms are set
# aside; a taken name is drawn again, then with its town.  Stored names are
# ALL CAPS 8% (copied from a registry extract), the comma before the form
# 50% in Czechia and Slovakia, "S.C." before a Romanian SRL 30%.
# Contacts 1-4 (the named doctor, lawyer or owner first), a Hungarian
# contact's names in the wrong Syncro fields 25%, mail at the firm's
# domain 50%, a public mailbox otherwise.  Addresses as a Syncro account
# filled over years holds them: street and number in the country's shape
# (ul. Lipowa 12/4; Husova 1511/17; Kossuth Lajos u. 5.; Str. Avram Iancu
# nr. 7), address_2 15% (lok., patro, em., bl./sc./ap.), the city the
# customer's town (a municipality's own town, a franchisee's own town, a
# chain's head office), the state (voivodeship, kraj, megye, judet) 40%
# (Romania 75%), the zip 85%; 7% of customers have no address at all and
# 8% a city alone.  Assets log-normal, median 4, at most 80
# (municipalities, schools and manufacturers three times more); one scheme
# per customer: site prefix (APZD-PC03, UMKUT-WS12) 35%, DESKTOP-XXXXXXX
# 30%, role names shared across customers (RECEPCJA-01, KASA1, POKLADNA1,
# SZERVER, SECRETARIAT) 20%, personal devices (Kasia-PC, NB-PETR,
# LAPTOP-ZSUZSA) 15%.
#
# The names (NNAMES): 84% real customers, drawn in proportion to 1 + the
# square root of their asset count; 16% impostors.  The customer's desk
# types 80%, another desk 20%.  Real kinds, exact counts by largest
# remainder (WEIGHTS): exact; case; accent (all dropped, some dropped, or
# the wrong mark: o-tilde for o-double-acute, s-cedilla for s-comma);
# layout (the accented letters typed through another keyboard layout);
# suffix (legal form dropped, spelt another way, or moved); typo, two
# typos (neighbour key 40% on the desk's layout, swap 20%, drop 25%,
# double 15%, a word's first letter and digits spared); abbreviation
# (Spoldz. Mieszk., Przeds., Zakl., ZS, SVJ, Ugyv. Iroda, Alt. Isk., Sc.
# Gimn., Asoc. Prop.); acronym (SM Zacisze, MOPS Tarnow, PB Termobud);
# truncated (a field cut at 12-26 characters, or trailing words dropped);
# reorder (the trade words moved to the other end); name order (a person's
# given and family names swapped); and (i / a / es / si / & / + / dropped);
# prefix (ticket or queue tag); branch (a site added: "- oddzial Krakow",
# "(pobocka Ostrava)", "gyori telephely", "punct de lucru Turda", "sklep
# nr 3"); town (the customer's own city added, a Hungarian exonym, or a
# Hungarian town adjective spelt as the town); person (a contact with the
# firm, a "pani Kowalska", or a contact alone when no other customer has
# one of that name); number (a school's number typed SP 12 / SP12 / Sc.
# Gen. 5); mixed (one of the above, then a typo 50% or a case change).  A
# kind that does not apply is drawn on another customer.  Labels stay
# honest: every real row passes label-audit.py's rules (no other customer
# holds every typed word, none is one edit away at no more than the true
# one's distance, no other customer's initials make a typed acronym), and
# a contact alone belongs to one customer; a row that fails is drawn
# again, 40 times on other customers, then an exact name that passes
# (labelled "exact (fallback)").  BLIND13_UNCHECKED=1 in the environment
# skips these checks, to show what label-audit.py finds without them.
#
# Impostors (IMP_WEIGHTS): rare word (the part of a customer's name that
# holds its rarest word, under another trade's words), namesake (a
# customer's trade words and that part with another word, in another
# town), same surname (a customer's surname in another trade, or another
# person of that surname), same shape (a trade with words no customer has
# together), chain branch (a franchise brand in a town no franchisee is
# in), own staff (the MSP's technicians, desks and machines), personal (a
# private caller, named like no contact), vendor (a supplier or authority
# calling in).  An impostor must pass label-audit's namesake rule, and
# no customer may hold all its words nor be one edit from it, with and
# without its qualifier.
#
# Machines: a real row is on one of its customer's assets 80%, on an
# asset Syncro lists under another customer 4%, on an unknown DESKTOP or
# laptop otherwise; impostors on unknown machines, a shared role name
# 15%, the MSP's own (TNS-WAW-NB07) for its staff.
import bisect
import importlib.util
import math
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import screenconnect_record as scr  # noqa: E402

_spec = importlib.util.spec_from_file_location("label_audit",
	os.path.join(HERE, "label-audit.py"))
la = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(la)

# Country, share of customers, the desk that serves it.
COUNTRIES = (("PL", 40, "WAW"), ("CZ", 22, "BRQ"), ("SK", 8, "BRQ"),
	("HU", 20, "BUD"), ("RO", 10, "BUD"))
DESK = {cc: d for cc, _, d in COUNTRIES}
DESKS = ("WAW", "BRQ", "BUD")
TECHS = {d: names.split(", ") for d, names in (
	("WAW", "Tomasz Zieliński, Magdalena Wrona, Paweł Kubiak, Agnieszka Sowa"),
	("BRQ", "Jakub Horák, Lucie Benešová, Martin Kolář, Zuzana Hudecová"),
	("BUD", "Fazekas Gergely, Vass Eszter, Orbán Bence, Andreea Mureșan"))}
MSP = "Tatra Netservis"
MSP_TAG = "TNS"

# Towns by region: "region|zip base|town,town,..." (zip base: PL two
# digits of NN-NNN, CZ/SK three of NNN NN, HU two of NNNN, RO three of
# NNNNNN).  The first towns of a region are its larger ones.
TOWNS = {"PL": """mazowieckie|0|Warszawa,Warszawa,Warszawa,Radom,Płock,Siedlce,
Pruszków,Piaseczno,Legionowo,Otwock,Wołomin,Grodzisk Mazowiecki,Ostrołęka,
Ciechanów,Mińsk Mazowiecki,Żyrardów,Sochaczew,Łomianki,Kobyłka,Marki,
Józefów,Konstancin-Jeziorna,Nadarzyn,Raszyn,Lesznowola,Jabłonna,Garwolin
małopolskie|3|Kraków,Kraków,Tarnów,Nowy Sącz,Oświęcim,Chrzanów,Wieliczka,
Bochnia,Zakopane,Myślenice,Wadowice,Skawina,Niepołomice,Gorlice
śląskie|4|Katowice,Gliwice,Sosnowiec,Zabrze,Bytom,Bielsko-Biała,Rybnik,
Tychy,Chorzów,Częstochowa,Jaworzno,Mysłowice,Żory,Będzin,Cieszyn,Pszczyna
wielkopolskie|6|Poznań,Poznań,Kalisz,Konin,Piła,Ostrów Wielkopolski,
Gniezno,Leszno,Swarzędz,Luboń,Września,Śrem
dolnośląskie|5|Wrocław,Wrocław,Wałbrzych,Legnica,Jelenia Góra,Lubin,
Głogów,Świdnica,Bolesławiec,Oleśnica,Oława,Kłodzko,Dzierżoniów
pomorskie|8|Gdańsk,Gdynia,Sopot,Słupsk,Tczew,Wejherowo,Starogard Gdański,
Rumia,Malbork,Kwidzyn,Lębork,Chojnice,Pruszcz Gdański
łódzkie|9|Łódź,Łódź,Piotrków Trybunalski,Pabianice,Tomaszów Mazowiecki,
Zgierz,Bełchatów,Skierniewice,Kutno,Radomsko,Łowicz
lubelskie|2|Lublin,Zamość,Chełm,Biała Podlaska,Puławy,Świdnik,Kraśnik
podkarpackie|3|Rzeszów,Przemyśl,Stalowa Wola,Mielec,Krosno,Dębica,Sanok,
Jasło,Łańcut
kujawsko-pomorskie|8|Bydgoszcz,Toruń,Włocławek,Grudziądz,Inowrocław,
Brodnica,Świecie
zachodniopomorskie|7|Szczecin,Koszalin,Stargard,Kołobrzeg,Świnoujście,
Police,Wałcz
podlaskie|1|Białystok,Suwałki,Łomża,Augustów,Bielsk Podlaski
warmińsko-mazurskie|1|Olsztyn,Elbląg,Ełk,Ostróda,Iława,Giżycko
świętokrzyskie|2|Kielce,Ostrowiec Świętokrzyski,Starachowice,Skarżysko-Kamienna,
Sandomierz
opolskie|4|Opole,Kędzierzyn-Koźle,Nysa,Brzeg,Kluczbork
lubuskie|6|Zielona Góra,Gorzów Wielkopolski,Nowa Sól,Żary,Świebodzin""",
	"CZ": """Hlavní město Praha|1|Praha,Praha,Praha,Praha
Jihomoravský kraj|6|Brno,Brno,Brno,Brno,Blansko,Břeclav,Hodonín,Vyškov,
Znojmo,Kuřim,Boskovice,Ivančice,Tišnov,Slavkov u Brna,Židlochovice,
Mikulov,Kyjov,Rosice,Šlapanice,Modřice
Moravskoslezský kraj|7|Ostrava,Ostrava,Opava,Frýdek-Místek,Karviná,
Havířov,Třinec,Nový Jičín,Kopřivnice,Bruntál,Orlová
Olomoucký kraj|7|Olomouc,Prostějov,Přerov,Šumperk,Jeseník,Hranice,
Litovel
Zlínský kraj|7|Zlín,Uherské Hradiště,Kroměříž,Vsetín,Valašské Meziříčí,
Otrokovice,Uherský Brod,Rožnov pod Radhoštěm
Kraj Vysočina|5|Jihlava,Třebíč,Žďár nad Sázavou,Havlíčkův Brod,
Pelhřimov,Velké Meziříčí,Nové Město na Moravě
Královéhradecký kraj|5|Hradec Králové,Trutnov,Náchod,Jičín,Dvůr Králové
nad Labem
Pardubický kraj|5|Pardubice,Chrudim,Svitavy,Ústí nad Orlicí,Česká
Třebová,Litomyšl
Jihočeský kraj|3|České Budějovice,Tábor,Písek,Strakonice,Český Krumlov,
Jindřichův Hradec
Plzeňský kraj|3|Plzeň,Klatovy,Domažlice,Rokycany
Ústecký kraj|4|Ústí nad Labem,Děčín,Teplice,Most,Chomutov,Litoměřice
Liberecký kraj|4|Liberec,Jablonec nad Nisou,Česká Lípa,Turnov
Středočeský kraj|2|Kladno,Mladá Boleslav,Kolín,Příbram,Beroun,Benešov,
Mělník,Kutná Hora,Říčany,Brandýs nad Labem""",
	"SK": """Bratislavský kraj|8|Bratislava,Bratislava,Bratislava,Pezinok,
Senec,Malacky
Trnavský kraj|9|Trnava,Piešťany,Dunajská Streda,Galanta,Skalica,Senica
Nitriansky kraj|9|Nitra,Komárno,Nové Zámky,Levice,Štúrovo,Topoľčany
Trenčiansky kraj|9|Trenčín,Považská Bystrica,Prievidza,Partizánske
Žilinský kraj|0|Žilina,Martin,Ružomberok,Liptovský Mikuláš,Čadca
Banskobystrický kraj|9|Banská Bystrica,Zvolen,Lučenec,Rimavská Sobota,
Brezno
Prešovský kraj|0|Prešov,Poprad,Bardejov,Humenné,Kežmarok
Košický kraj|0|Košice,Košice,Michalovce,Spišská Nová Ves,Rožňava,
Trebišov""",
	"HU": """Budapest|1|Budapest,Budapest,Budapest,Budapest,Budapest
Pest|2|Érd,Gödöllő,Vác,Szentendre,Budaörs,Dunakeszi,Cegléd,
Szigetszentmiklós,Monor,Veresegyház,Gyál,Vecsés
Győr-Moson-Sopron|9|Győr,Sopron,Mosonmagyaróvár,Csorna
Fejér|8|Székesfehérvár,Dunaújváros,Bicske,Mór
Komárom-Esztergom|2|Tatabánya,Esztergom,Tata,Oroszlány
Veszprém|8|Veszprém,Pápa,Ajka,Balatonfüred,Várpalota
Vas|9|Szombathely,Kőszeg,Sárvár,Körmend
Zala|8|Zalaegerszeg,Nagykanizsa,Keszthely
Somogy|7|Kaposvár,Siófok,Marcali
Baranya|7|Pécs,Komló,Mohács,Siklós
Tolna|7|Szekszárd,Paks,Dombóvár
Bács-Kiskun|6|Kecskemét,Baja,Kiskunfélegyháza,Kiskunhalas
Csongrád-Csanád|6|Szeged,Hódmezővásárhely,Makó,Szentes
Békés|5|Békéscsaba,Gyula,Orosháza
Jász-Nagykun-Szolnok|5|Szolnok,Jászberény,Törökszentmiklós
Hajdú-Bihar|4|Debrecen,Hajdúszoboszló,Hajdúböszörmény
Szabolcs-Szatmár-Bereg|4|Nyíregyháza,Kisvárda,Mátészalka
Borsod-Abaúj-Zemplén|3|Miskolc,Ózd,Kazincbarcika,Tiszaújváros
Heves|3|Eger,Gyöngyös,Hatvan
Nógrád|3|Salgótarján,Balassagyarmat""",
	"RO": """Cluj|400|Cluj-Napoca,Cluj-Napoca,Turda,Dej,Câmpia Turzii,Gherla
Bihor|410|Oradea,Salonta,Marghita
Timiș|300|Timișoara,Lugoj
Arad|310|Arad
Mureș|540|Târgu Mureș,Sighișoara,Reghin
Harghita|530|Miercurea Ciuc,Odorheiu Secuiesc,Gheorgheni
Covasna|520|Sfântu Gheorghe,Târgu Secuiesc
Satu Mare|440|Satu Mare,Carei
Brașov|500|Brașov,Făgăraș,Săcele
Sibiu|550|Sibiu,Mediaș
Alba|510|Alba Iulia,Aiud
Maramureș|430|Baia Mare,Sighetu Marmației
București|0|București,București,București
Ilfov|77|Voluntari,Otopeni,Bragadiru,Popești-Leordeni
Iași|700|Iași,Pașcani
Constanța|900|Constanța,Mangalia
Prahova|100|Ploiești,Câmpina
Dolj|200|Craiova"""}

# Hungarian names of towns in Romania and Slovakia, as a Budapest
# technician (or a Hungarian-speaking customer) says them.
EXONYM = {"Cluj-Napoca": "Kolozsvár", "Oradea": "Nagyvárad",
	"Târgu Mureș": "Marosvásárhely", "Miercurea Ciuc": "Csíkszereda",
	"Odorheiu Secuiesc": "Székelyudvarhely", "Gheorgheni": "Gyergyószentmiklós",
	"Sfântu Gheorghe": "Sepsiszentgyörgy", "Târgu Secuiesc": "Kézdivásárhely",
	"Satu Mare": "Szatmárnémeti", "Carei": "Nagykároly", "Turda": "Torda",
	"Dej": "Dés", "Arad": "Arad", "Timișoara": "Temesvár", "Brașov": "Brassó",
	"Sibiu": "Nagyszeben", "Baia Mare": "Nagybánya", "Salonta": "Nagyszalonta",
	"Sighișoara": "Segesvár", "Reghin": "Szászrégen", "Alba Iulia": "Gyulafehérvár",
	"Dunajská Streda": "Dunaszerdahely", "Komárno": "Révkomárom",
	"Štúrovo": "Párkány", "Nové Zámky": "Érsekújvár", "Galanta": "Galánta",
	"Rimavská Sobota": "Rimaszombat", "Lučenec": "Losonc", "Košice": "Kassa",
	"Bratislava": "Pozsony", "Levice": "Léva", "Rožňava": "Rozsnyó"}


def parse_towns():
	out = {}
	for cc, text in TOWNS.items():
		rows, blocks = [], []
		for line in text.split("\n"):	# a line without "|" goes on
			if "|" in line:
				blocks.append(line)
			else:
				blocks[-1] += " " + line
		for block in blocks:
			region, base, names = block.split("|")
			for t in names.split(","):
				rows.append((" ".join(t.split()), region, base))
		out[cc] = rows
	return out


TOWN = parse_towns()

# People.  Surnames most common first (drawn with weight 1 / (rank + 8));
# Polish -ski/-cki/-dzki and adjectival -ny/-y and Czech/Slovak forms take
# the feminine by fem().  First names: women | men; then nicknames used
# for machines and by callers ("name=nick").
SURNAMES = {"PL": """Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński
Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Mazur Jankowski
Kwiatkowski Wojciechowski Krawczyk Kaczmarek Piotrowski Grabowski Zając
Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski
Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Pawlak Górski
Witkowski Walczak Sikora Baran Rutkowski Michalak Szewczyk Ostrowski
Tomaszewski Pietrzak Zalewski Wróblewski Marciniak Jasiński Zawadzki Bąk
Jakubowski Sadowski Duda Włodarczyk Wilk Chmielewski Borkowski Sokołowski
Szczepański Sawicki Lis Kucharski Mazurek Kubiak Kalinowski Wysocki
Maciejewski Czarnecki Kołodziej Urbański Sobczak Konieczny Głowacki
Zakrzewski Krajewski Krupa Laskowski Ziółkowski Gajewski Szulc Mróz
Brzeziński Kaczor Przybylski Makowski Bartczak Kempa Szczygieł Gołąb
Chojnacki Brzozowski Dziedzic Rogalski Kurek Szostak Trzciński Żmuda
Bielecki Fijałkowski Paździor Grzelak Kuśmierek Pyrek Osiński Wawrzyniak""",
	"CZ": """Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák
Němec Pokorný Marek Pospíšil Hájek Jelínek Král Růžička Beneš Fiala
Sedláček Doležal Zeman Kolář Navrátil Čermák Urban Blažek Kříž Kovář
Kratochvíl Bartoš Vlček Polák Musil Kopecký Šimek Konečný Malý Holub
Štěpánek Dostál Soukup Šťastný Mareš Sýkora Moravec Tichý Valenta Vávra
Matoušek Bláha Řezníček Ševčík Šebesta Hrubý Skála Zatloukal Hanuš
Křížek Havlíček Kubíček Rybka Dušek Stejskal Skalický Janoušek Procházka""",
	"SK": """Horváth Kováč Varga Tóth Nagy Baláž Szabó Molnár Balog Kovács
Lukáč Novák Polák Hudec Šimko Oravec Kollár Gajdoš Kučera Marko Sloboda
Jurkovič Kráľ Ďurica Rusnák Hrnčiar Čierny Šoltés Mikuš Krajčovič Bednár
Švec Pavlík Mráz Kmeť Benko Michalík Kuruc Havran Danihel""",
	"HU": """Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas
Balogh Papp Takács Lakatos Juhász Mészáros Oláh Simon Rácz Fekete Szilágyi
Török Fehér Balázs Gál Kis Szűcs Kocsis Pintér Fodor Szalai Sipos Magyar
Lukács Gulyás Biró Király László Katona Jakab Bogdán Sándor Boros Fazekas
Kelemen Antal Orosz Somogyi Fülöp Veres Vincze Hegedűs Deák Budai Bálint
Pál Illés Vörös Vass Szőke Fábián Lengyel Bognár Jónás Szekeres Hajdu
Halász Mátyás Orbán Csonka Pásztor Hegyi Bakos Rózsa Kardos Dudás Soós
Csizmadia Gombos Bozsik Kovácsik Tamási Erdős Szarka""",
	"RO": """Popa Popescu Radu Pop Dumitru Stan Stoica Gheorghe Matei Ciobanu
Ionescu Rusu Dumitrescu Ioniță Tudor Dobre Barbu Nistor Florea Ene Dinu
Georgescu Diaconu Diaconescu Mocanu Oprea Voinea Albu Constantin Șerban
Manole Cristea Toma Stănescu Preda Mihai Munteanu Moldovan Lazăr Marin
Ilie Vasile Moraru Cojocaru Lungu Mureșan Sârbu Bălan Avram Neagu Zamfir
Anghel Niculescu Iordache Tănase Mihăilescu Pavel Grigore Dragomir Căpraru
Boboc Chirilă Pătrașcu Vlad Costache Rădulescu Bucur"""}
FIRST = {"PL": ("""Anna Maria Katarzyna=Kasia Małgorzata=Gosia Agnieszka=Aga
Barbara=Basia Ewa Krystyna Magdalena=Madzia Elżbieta=Ela Joanna=Asia
Aleksandra=Ola Monika Zofia=Zosia Teresa Natalia Julia Karolina Marta
Beata Dorota Halina Jolanta Iwona Grażyna Justyna Paulina Renata""",
	"""Piotr=Piotrek Krzysztof=Krzysiek Andrzej Tomasz=Tomek Paweł Jan
Michał Marcin Stanisław=Staszek Jakub=Kuba Adam Marek Łukasz Grzegorz=Grzesiek
Mateusz Wojciech=Wojtek Mariusz Dariusz=Darek Zbigniew=Zbyszek Jerzy=Jurek
Maciej=Maciek Rafał Robert Kamil Józef Janusz Ryszard Dawid Sławomir
Przemysław=Przemek Bartosz=Bartek"""),
	"CZ": ("""Marie Jana Eva Hana Anna Lenka Kateřina=Katka Věra Lucie Alena
Petra Veronika=Verča Jaroslava Martina Tereza Michaela=Míša Zuzana Markéta
Ivana Monika Jitka Dana Radka Šárka""",
	"""Jiří=Jirka Jan=Honza Petr=Péťa Josef=Pepa Pavel Martin Tomáš Jaroslav
Miroslav=Mirek Zdeněk Václav Michal Karel Milan Jakub=Kuba Lukáš David
Ondřej Vladimír Roman Radek Libor Aleš Vojtěch"""),
	"SK": ("""Mária Anna Zuzana Katarína Eva Jana Lucia Monika Martina Ivana
Veronika Silvia Lenka Andrea Ľubica Helena Dagmar""",
	"""Peter Ján Jozef=Jožo Michal Martin Tomáš Marek Juraj Lukáš Miroslav
Ľubomír Štefan Milan Vladimír Igor Rastislav Dušan"""),
	"HU": ("""Mária=Marika Erzsébet=Erzsi Katalin=Kati Éva Ilona Anna
Zsuzsanna=Zsuzsa Margit Judit Ágnes Andrea Erika Krisztina Mónika Edit
Gabriella Szilvia Anita Eszter Zsófia Réka Viktória Nóra Dóra Ildikó=Ildi""",
	"""László=Laci István=Pisti József=Józsi János=Jani Zoltán=Zoli
Sándor=Sanyi Gábor=Gabi Ferenc=Feri Attila Péter=Peti Tamás=Tomi Zsolt
Tibor András=Bandi Csaba Imre Lajos György=Gyuri Balázs Gergely=Geri
Bence Dávid Ádám Máté Norbert Róbert"""),
	"RO": ("""Maria Elena Ioana Andreea Mihaela Ana Cristina Alexandra
Gabriela Daniela Georgiana Alina Florentina Irina Simona Ramona Carmen
Roxana Oana Diana Adriana Corina""",
	"""Andrei Alexandru Ion Mihai Gheorghe Constantin Vasile Ioan Nicolae
Florin Adrian Cristian Daniel Marian Ionuț Bogdan Răzvan Ștefan Radu
Cătălin Sorin Dorin Cosmin Lucian""")}


def _names(text):
	return [w.split("=") for w in text.split()]


SUR = {cc: list(dict.fromkeys(t.split())) for cc, t in SURNAMES.items()}
FIRSTS = {cc: (_names(f), _names(m)) for cc, (f, m) in FIRST.items()}
NICK = {n[0]: n[1] for cc in FIRSTS for g in FIRSTS[cc] for n in g
	if len(n) > 1}


def fem(cc, s):
	"""The feminine form of surname s in country cc."""
	if cc == "PL":
		for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka"),
				("ny", "na")):
			if s.endswith(a):
				return s[:-len(a)] + b
		return s
	if cc in ("CZ", "SK"):
		if s.endswith("ý"):
			return s[:-1] + "á"
		if s.endswith("ny") and cc == "SK":
			return s[:-1] + "a"
		if s.endswith(("a", "o")):
			return s[:-1] + "ová"
		if s.endswith("ec") and s not in ("Hudec",):
			return s[:-2] + "cová"
		if s.endswith("ek") and len(s) > 4:
			return s[:-2] + "ková"
		if s.endswith("í"):
			return s + "ová"
		return s + "ová"
	return s

# Words for the distinctive part of a name: fancy words and phrases (a
# "_" joins a phrase), coined-name syllables (first + second), school
# patrons, saints of parishes, streets.
FANCY = {"PL": """Zdrowie Centralna Pod_Orłem Słoneczna Rodzinna Pod_Lipami
Na_Rynku Złota Zielona Nova Vita Medica Uśmiech Perła Bursztyn Jantar
Sokół Pod_Gryfem Magnolia Kalina Malwa Jaśmin Stokrotka Aronia Zacisze
Przylesie Pod_Dębem Na_Skarpie Promyk Tęcza Wrzos Kasztanowa Pod_Kasztanami
Jutrzenka Nadzieja Przystań Słonecznik Oaza Harmonia Sezam Mozaika Arnika
Pod_Wagą Astra Iskra Jarzębina Leśna_Polana Morena Podgórze Żurawie""",
	"CZ": """U_Zlatého_lva U_Anděla Na_Náměstí U_Nádraží Slunečnice Zdraví Lípa
Kopretina Modrá_hvězda Pod_Kaštany U_Tří_lilií U_Černého_orla Harmonie
Vltava Morava Sluníčko Javor Jasmín Pohoda Dobrá_mysl U_Radnice Na_Výsluní
Zvoneček Klas Kalich Luna Beruška Hvězdička Panorama Domov Rozárka Stříbrná
U_Lva Fontána Duha Pramen Jiskra Magnolie""",
	"SK": """Harmónia Zdravie Lipa Slnečnica Pod_Hradom Na_Námestí Tatran
Javor Púpava Dúha Prameň Iskra Jazmín Sokol Hviezda Kvetinka Rozália
Domov Astra Horizont""",
	"HU": """Napfény Szent_István Aranyalma Borostyán Kígyó Remény Fehér_Gólya
Hársfa Platán Tulipán Szivárvány Pannónia Korona Csillag Margaréta Napraforgó
Fenyő Kikelet Gesztenye Levendula Pipacs Katica Bástya Hattyú Oroszlán
Szent_Anna Rozmaring Ibolya Bükk Tölgyfa Pegazus Ezüstfenyő Aranyhal""",
	"RO": """Salvia Sănătatea Arnica Dacia Carpați Mărțișor Lotus Crinul
Speranța Hygeia Aesculap Trandafirul Ghiocel Izvorul Stejarul Bradul
Luceafărul Albina Soarele Primăvara Diamant Perla Orhideea Rapsodia"""}
SYLL = {"PL": ("""Medi Denti Info Tele Euro Agro Eko Termo Hydro Elektro Auto
Trans Pol Mazow Wis Wart Karpat Tatra Bałt Mar Bud Stal Drew Kom Dom Inter
Omega Ali Ren Gra""", """kor med soft tech net bud stal plast met trans
com tex pol mar lux vit dent data sys log gaz bet kop rem ster"""),
	"CZ": ("""Medi Denti Info Tele Euro Agro Eko Termo Hydro Elektro Auto Trans
Bohem Morav Vys Krkon Šuma Beskyd Hana Dyje Stav Kov Dřev Inter Omega Ali""",
	"""kor med soft tech net stav kov plast met trans com tex lux vit dent
data sys log servis mont profi"""),
	"SK": ("""Medi Info Tele Euro Agro Eko Termo Elektro Auto Trans Slov Tatr
Váh Hron Stav Kov Inter""", """kor med soft tech net stav kov plast trans
com tex lux vit data sys servis mont"""),
	"HU": ("""Medi Denti Info Tele Euro Agro Öko Termo Hidro Elektro Autó
Trans Pannon Hun Duna Tisza Mátra Bakony Alföld Mecsek Építő Fa Inter
Omega Alfa Bio""", """kor med szoft tech net ép plast met trans kom tex
lux vit dent data rend log gáz beton szerviz profil"""),
	"RO": ("""Medi Denti Info Tele Euro Agro Eco Termo Hidro Electro Auto
Trans Carpat Dunărea Mureș Someș Crișana Olt Construct Lemn Inter Omega
Alfa Bio""", """kor med soft tech net con plast met trans com tex lux vit
dent data sys log gaz rom serv prod""")}
PATRONS = {"PL": """Jana_Pawła_II Marii_Skłodowskiej-Curie Adama_Mickiewicza
Henryka_Sienkiewicza Tadeusza_Kościuszki Kornela_Makuszyńskiego
Janusza_Korczaka Marii_Konopnickiej Juliusza_Słowackiego Mikołaja_Kopernika
Orła_Białego Bolesława_Prusa Stefana_Żeromskiego Jana_Brzechwy
Polskich_Olimpijczyków Władysława_Broniewskiego Jana_Kochanowskiego
Fryderyka_Chopina Tadeusza_Kotarbińskiego Armii_Krajowej""",
	"CZ": """T._G._Masaryka Jana_Keplera Christiana_Dopplera J._A._Komenského
Karla_Čapka Boženy_Němcové Jana_Amose_Komenského Václava_Havla
Emila_Zátopka Jana_Nerudy""",
	"SK": """J._A._Komenského Ľudovíta_Štúra M._R._Štefánika Pavla_Országha_Hviezdoslava
Janka_Kráľa Sama_Chalupku""",
	"HU": """Petőfi_Sándor Kossuth_Lajos Arany_János Bolyai_János
Széchenyi_István Móricz_Zsigmond Kodály_Zoltán Zrínyi_Miklós Szent_István
Hunyadi_Mátyás Batthyány_Lajos Vörösmarty_Mihály Jókai_Mór Kölcsey_Ferenc
Ady_Endre József_Attila Radnóti_Miklós Madách_Imre Eötvös_József
Deák_Ferenc Bartók_Béla Teleki_Blanka""",
	"RO": """Mihai_Eminescu Ion_Creangă George_Coșbuc Avram_Iancu
Mihai_Viteazul Nicolae_Bălcescu Lucian_Blaga Liviu_Rebreanu
Tudor_Vladimirescu Ștefan_cel_Mare Octavian_Goga Emil_Racoviță
Grigore_Moisil Ady_Endre Bolyai_Farkas Andrei_Mureșanu"""}
SAINTS = {"PL": """św._Jana_Chrzciciela Najświętszej_Marii_Panny św._Józefa
św._Stanisława_Biskupa św._Wojciecha Matki_Bożej_Częstochowskiej
Ducha_Świętego św._Floriana św._Jadwigi św._Anny św._Michała_Archanioła
Wniebowzięcia_NMP Miłosierdzia_Bożego św._Maksymiliana_Kolbego""",
	"CZ": """sv._Jakuba sv._Václava sv._Mikuláše sv._Petra_a_Pavla sv._Jiljí
sv._Tomáše Nanebevzetí_Panny_Marie sv._Vavřince""",
	"SK": """sv._Martina sv._Mikuláša sv._Jakuba sv._Alžbety""",
	"HU": """Szent_István Szent_Imre Szent_László Szent_Anna
Nagyboldogasszony Szent_Mihály""",
	"RO": """Sfântul_Nicolae Sfinții_Arhangheli Sfânta_Treime
Adormirea_Maicii_Domnului Sfântul_Gheorghe"""}
STREETS = {"PL": """Marszałkowska Piłsudskiego Mickiewicza Słowackiego
Kościuszki Sienkiewicza Kościelna Polna Leśna Ogrodowa Lipowa Długa Krótka
Szkolna Kolejowa Wojska_Polskiego Jana_Pawła_II 3_Maja Armii_Krajowej
Grunwaldzka Warszawska Krakowska Zielona Kwiatowa Słoneczna Parkowa
Łąkowa Brzozowa Akacjowa Ogińskiego Reymonta Batorego""",
	"CZ": """Husova Masarykova Palackého Nádražní Školní Zahradní Komenského
Tyršova Smetanova Havlíčkova Dvořákova Sokolská Krátká Lidická Jiráskova
Nerudova Riegrova Žižkova Revoluční Na_Výsluní U_Školy Vinohradská
Cejl Kounicova Štefánikova Veveří Křenová""",
	"SK": """Hlavná Mierová Školská Štúrova Hviezdoslavova Nám._SNP
Záhradná Dlhá Kollárova Sládkovičova Mlynská Družstevná""",
	"HU": """Kossuth_Lajos Petőfi_Sándor Rákóczi Fő Szabadság Arany_János
Ady_Endre Dózsa_György Béke Széchenyi Bajcsy-Zsilinszky Váci Andrássy
Baross Deák_Ferenc Jókai Hunyadi Táncsics_Mihály""",
	"RO": """Mihai_Eminescu Avram_Iancu Unirii Republicii Victoriei
Independenței Mihai_Viteazul Horea Memorandumului Libertății Nicolae_Bălcescu
Decebal Traian Primăverii Teilor"""}


def _ph(text):
	return [w.replace("_", " ") for w in text.split()]


FANCIES = {cc: _ph(t) for cc, t in FANCY.items()}
SYLLS = {cc: (a.split(), b.split()) for cc, (a, b) in SYLL.items()}
PATRON = {cc: _ph(t) for cc, t in PATRONS.items()}
SAINT = {cc: _ph(t) for cc, t in SAINTS.items()}
STREET = {cc: _ph(t) for cc, t in STREETS.items()}

# Name shapes: country|trade|weight|pattern|legal forms ("" none).  In a
# pattern <...> marks the trade words, {P} a person (family name first in
# Hungary, either way in Romanian registries), {S} a surname, {F} a fancy
# word, {C} a coined word, {T} the town, {Ti} its Hungarian adjective, {N}
# a number, {St} a street, {Pa} a patron, {Sa} a saint.
SHAPES = """PL|medical|3|<Gabinet Stomatologiczny> lek. dent. {P}|
PL|medical|2|<Przychodnia Lekarska> {F}|sp. z o.o.,s.c.,
PL|medical|2|<NZOZ> {F}|
PL|medical|2|<Centrum Medyczne> {C}|sp. z o.o.,
PL|medical|1|<Gabinet Weterynaryjny> {F}|s.c.,
PL|medical|1|<Indywidualna Praktyka Lekarska> {P}|
PL|pharmacy|5|<Apteka> {F}|s.c.,sp. z o.o.,sp.j.,
PL|law|2|<Kancelaria Adwokacka> {P}|
PL|law|2|<Kancelaria Radcy Prawnego> {P}|
PL|law|1|<Kancelaria Notarialna> {P}|
PL|law|1|{S} i Wspólnicy <Kancelaria Prawna>|sp.k.,sp.p.
PL|accounting|3|<Biuro Rachunkowe> {F}|s.c.,sp. z o.o.,
PL|accounting|2|<Biuro Rachunkowe> {P}|
PL|accounting|1|<Kancelaria Podatkowa> {S}|sp. z o.o.,
PL|realestate|2|<Biuro Nieruchomości> {F}|s.c.,
PL|realestate|1|{C} <Nieruchomości>|sp. z o.o.
PL|housing|3|<Spółdzielnia Mieszkaniowa> {F}|
PL|housing|3|<Wspólnota Mieszkaniowa> {St} {N}|
PL|school|3|<Szkoła Podstawowa> nr {N} im. {Pa}|
PL|school|1|<Przedszkole Publiczne> nr {N} {F}|
PL|school|1|<Liceum Ogólnokształcące> nr {N} im. {Pa}|
PL|school|1|<Zespół Szkół> nr {N} im. {Pa}|
PL|parish|2|<Parafia Rzymskokatolicka> pw. {Sa} {T}|
PL|municipal|2|<Urząd Gminy> {T}|
PL|municipal|2|<Urząd Miasta> {T}|
PL|municipal|1|<Miejski Ośrodek Pomocy Społecznej> {T}|
PL|municipal|1|<Gminny Ośrodek Kultury> {T}|
PL|municipal|1|<Starostwo Powiatowe> {T}|
PL|ngo|2|<Fundacja> {F}|
PL|ngo|2|<Stowarzyszenie> {F}|
PL|ngo|1|<Ochotnicza Straż Pożarna> {T}|
PL|trades|3|<Zakład Instalacyjny> {P}|
PL|trades|2|<Usługi Remontowo-Budowlane> {P}|
PL|trades|2|<PPHU> {C}|sp. z o.o.,
PL|trades|1|<Zakład Stolarski> {S} i Syn|s.c.,
PL|trades|1|<Auto Serwis> {S}|
PL|construction|3|<Przedsiębiorstwo Budowlane> {C}|sp. z o.o.,sp.j.,
PL|construction|2|{C}-Bud|sp. z o.o.,s.c.,
PL|transport|2|<Transport Ciężarowy> {P}|
PL|transport|2|{C} <Logistics>|sp. z o.o.
PL|transport|1|<Przedsiębiorstwo Transportowe> {C}|sp. z o.o.,sp.k.
PL|manufacturing|2|<Zakłady Mięsne> {F}|sp. z o.o.,S.A.
PL|manufacturing|2|<Fabryka Mebli> {C}|sp. z o.o.,S.A.
PL|manufacturing|1|<Drukarnia> {C}|sp. z o.o.,s.c.
PL|manufacturing|1|<Piekarnia> {S}|s.c.,
PL|retail|2|<Sklep Spożywczy> {F}|
PL|restaurant|2|<Restauracja> {F}|s.c.,sp. z o.o.,
PL|restaurant|1|<Pizzeria> {F}|
PL|retail|1|<Kwiaciarnia> {F}|
PL|retail|1|<Hurtownia> {C}|sp. z o.o.,sp.j.
PL|it|2|{C}|sp. z o.o.
PL|it|1|{C} <IT Solutions>|sp. z o.o.
CZ|medical|3|<Zubní ordinace> MUDr. {P}|
CZ|medical|2|<Ordinace praktického lékaře> MUDr. {P}|
CZ|medical|2|<Poliklinika> {F}|s.r.o.,a.s.
CZ|medical|1|<Veterinární klinika> {F}|s.r.o.,
CZ|pharmacy|4|<Lékárna> {F}|s.r.o.,spol. s r.o.,
CZ|law|3|<Advokátní kancelář> JUDr. {P}|
CZ|law|1|{S} & partneři <advokátní kancelář>|s.r.o.
CZ|law|1|<Notářská kancelář> JUDr. {P}|
CZ|accounting|2|<Účetní kancelář> {S}|s.r.o.,
CZ|accounting|2|<Daňová kancelář> Ing. {P}|
CZ|accounting|1|<Účetnictví> {C}|s.r.o.
CZ|realestate|2|<Reality> {C}|s.r.o.
CZ|realestate|1|<Realitní kancelář> {F}|s.r.o.,
CZ|housing|3|<Společenství vlastníků> {St} {N}, {T}|
CZ|housing|2|<Bytové družstvo> {F}|
CZ|school|3|<Základní škola> {T}, {St} {N}|
CZ|school|1|<Mateřská škola> {F}, {T}|
CZ|school|1|<Gymnázium> {Pa}|
CZ|school|1|<Střední průmyslová škola> {T}|
CZ|parish|2|<Římskokatolická farnost> {T}|
CZ|municipal|3|<Obec> {T}|
CZ|municipal|2|<Město> {T}|
CZ|municipal|1|<Městský úřad> {T}|
CZ|ngo|2|<Nadace> {F}|
CZ|ngo|2|{F}|z.s.
CZ|ngo|1|<Sbor dobrovolných hasičů> {T}|
CZ|trades|2|<Instalatérství> {S}|
CZ|trades|2|<Elektro> {S}|s.r.o.,
CZ|trades|2|<Autoservis> {S}|
CZ|trades|1|<Truhlářství> {S} a syn|
CZ|construction|3|<Stavební firma> {S}|s.r.o.,
CZ|construction|2|{C}|s.r.o.,a.s.
CZ|transport|2|<Autodoprava> {S}|
CZ|transport|2|{C} <Logistics>|s.r.o.
CZ|transport|1|<Spedice> {C}|s.r.o.,v.o.s.
CZ|manufacturing|2|<Strojírny> {T}|a.s.,s.r.o.
CZ|manufacturing|1|<Pekárna> {F}|s.r.o.,
CZ|manufacturing|1|<Tiskárna> {C}|s.r.o.
CZ|restaurant|2|<Restaurace> {F}|s.r.o.,
CZ|restaurant|1|<Kavárna> {F}|
CZ|retail|2|<Potraviny> {F}|
CZ|retail|1|<Květinářství> {F}|
CZ|it|2|{C}|s.r.o.,a.s.
SK|medical|3|<Zubná ambulancia> MUDr. {P}|
SK|medical|1|<Ambulancia všeobecného lekára> MUDr. {P}|s.r.o.,
SK|pharmacy|3|<Lekáreň> {F}|s.r.o.,
SK|law|2|<Advokátska kancelária> JUDr. {P}|s.r.o.,
SK|law|1|<Notársky úrad> JUDr. {P}|
SK|accounting|2|<Účtovníctvo> {S}|s.r.o.,
SK|realestate|1|<Reality> {C}|s.r.o.
SK|housing|2|<Spoločenstvo vlastníkov bytov> {St} {N}, {T}|
SK|school|2|<Základná škola> {St} {N}, {T}|
SK|school|1|<Gymnázium> {Pa}|
SK|parish|1|<Rímskokatolícka farnosť> {T}|
SK|municipal|2|<Obec> {T}|
SK|municipal|1|<Mesto> {T}|
SK|ngo|1|<Občianske združenie> {F}|
SK|ngo|1|<Nadácia> {F}|
SK|trades|2|<Autoservis> {S}|s.r.o.,
SK|construction|2|<Stavebná firma> {S}|s.r.o.,
SK|construction|1|{C}|s.r.o.,a.s.
SK|transport|2|<Autodoprava> {S}|s.r.o.,
SK|manufacturing|1|<Pekáreň> {F}|s.r.o.
SK|restaurant|2|<Reštaurácia> {F}|s.r.o.,
SK|retail|1|<Potraviny> {F}|
SK|it|1|{C}|s.r.o.
HU|medical|3|Dr. {P} <fogorvos>|
HU|medical|2|{F} <Fogászat>|Kft.,Bt.
HU|medical|2|{F} <Egészségügyi Szolgáltató>|Kft.,Bt.
HU|medical|1|{T} <Háziorvosi Rendelő>|
HU|medical|1|{F} <Állatorvosi Rendelő>|Bt.,
HU|pharmacy|4|{F} <Gyógyszertár>|Kft.,Bt.
HU|pharmacy|2|{F} <Patika>|Kft.,Bt.
HU|law|3|Dr. {P} <Ügyvédi Iroda>|
HU|law|1|{S} és Társa <Ügyvédi Iroda>|
HU|law|1|Dr. {P} <közjegyző>|
HU|accounting|3|{F} <Könyvelő Iroda>|Kft.,Bt.
HU|accounting|2|{S} és Társa <Könyvelő>|Bt.,Kft.
HU|realestate|2|{F} <Ingatlaniroda>|Kft.,
HU|realestate|1|{C} <Ingatlan>|Kft.
HU|housing|3|<Társasház> {St} utca {N}.|
HU|housing|1|{Ti} {F} <Lakásszövetkezet>|
HU|school|3|{Pa} <Általános Iskola>|
HU|school|1|{Pa} <Gimnázium>|
HU|school|1|{F} <Óvoda>|
HU|parish|1|{T} <Római Katolikus Plébánia>|
HU|parish|1|{Ti} <Református Egyházközség>|
HU|municipal|2|{T} <Város Önkormányzata>|
HU|municipal|1|{T} <Polgármesteri Hivatal>|
HU|municipal|1|{Ti} <Közös Önkormányzati Hivatal>|
HU|ngo|2|{F} <Alapítvány>|
HU|ngo|2|{Ti} {F} <Egyesület>|
HU|ngo|1|{Ti} <Sportegyesület>|
HU|trades|2|{S} és Fia|Kft.,Bt.
HU|trades|2|{C} <Kereskedelmi és Szolgáltató>|Kft.,Bt.
HU|trades|1|{S} <Autószerviz>|Bt.,Kft.
HU|construction|2|{C} <Építőipari>|Kft.,Zrt.
HU|transport|2|{C} <Fuvarozó>|Kft.
HU|transport|1|{C} <Logisztika>|Kft.,Zrt.
HU|manufacturing|2|{C} <Gyártó>|Kft.,Zrt.
HU|manufacturing|1|{F} <Pékség>|Kft.,Bt.
HU|manufacturing|1|{C}|Zrt.,Nyrt.
HU|restaurant|2|{F} <Étterem>|Kft.,Bt.,
HU|restaurant|1|{F} <Kávézó>|
HU|retail|2|{F} <ABC>|Bt.,
HU|retail|1|{F} <Virágbolt>|
HU|it|2|{C} <Informatikai>|Kft.
HU|it|1|{C}|Kft.
RO|medical|3|<Cabinet Medical Individual> Dr. {P}|
RO|medical|2|<Cabinet Stomatologic> Dr. {P}|
RO|medical|2|<Clinica> {F}|S.R.L.
RO|medical|1|<Centrul Medical> {C}|S.R.L.
RO|pharmacy|3|<Farmacia> {F}|S.R.L.
RO|law|2|<Cabinet de Avocat> {P}|
RO|law|1|<Societatea Civilă de Avocați> {S} și {S}|
RO|law|1|<Birou Individual Notarial> {P}|
RO|accounting|2|<Cabinet Contabil> {S}|
RO|accounting|2|{C} <Consulting>|S.R.L.
RO|realestate|1|{C} <Imobiliare>|S.R.L.
RO|housing|3|<Asociația de Proprietari> Bloc {N} {T}|
RO|school|2|<Școala Gimnazială> nr. {N} {T}|
RO|school|1|<Liceul Teoretic> {Pa}|
RO|school|1|<Colegiul Național> {Pa}|
RO|parish|1|<Parohia Ortodoxă> {Sa} {T}|
RO|municipal|2|<Primăria> {T}|
RO|municipal|1|<Primăria Municipiului> {T}|
RO|ngo|1|<Fundația> {F}|
RO|ngo|1|<Asociația> {F}|
RO|trades|2|{P}|PFA,II
RO|construction|2|{S} <Construct>|S.R.L.
RO|transport|2|{C} <Trans>|S.R.L.
RO|manufacturing|1|{C} <Prod>|S.R.L.,S.A.
RO|manufacturing|1|<Brutăria> {F}|S.R.L.
RO|restaurant|1|<Restaurant> {F}|S.R.L.
RO|it|1|{C} <Software>|S.R.L."""

# Franchise brands (country, trade words, brand, trade): each franchisee is
# a customer of its own, named after the brand and its town.
BRANDS = (("PL", "Piekarnia", "Złoty Kłos", "retail"),
	("PL", "Bar", "Smaczny Kąsek", "restaurant"),
	("PL", "Apteka", "Salus Vita", "pharmacy"),
	("CZ", "Pekařství", "Klásek", "retail"),
	("CZ", "Pizzerie", "Gondola", "restaurant"),
	("SK", "Pizzeria", "Bella Vita", "restaurant"),
	("HU", "Pékség", "Aranykalász", "retail"),
	("HU", "Patika", "Zöldkereszt", "pharmacy"),
	("RO", "Brutăria", "Spicul", "retail"),
	("RO", "Farmacia", "Hipocrat", "pharmacy"))
HEAVY = {"municipal", "school", "manufacturing"}


def parse_shapes():
	out = {}
	for line in SHAPES.split("\n"):
		cc, trade, w, pat, legal = line.split("|")
		out.setdefault(cc, []).append((trade, int(w), pat,
			legal.split(",")))
	return out


SHAPE = parse_shapes()


def ascii_fold(s):
	return la.fold(s)


def wchoice(rng, items, weights):
	return rng.choices(items, weights)[0]


SUR_W = {cc: [1.0 / (r + 8) for r in range(len(v))] for cc, v in SUR.items()}


def surname(rng, cc):
	return wchoice(rng, SUR[cc], SUR_W[cc])


def person(rng, cc, female=None):
	"""(first, family) in the person's own forms."""
	if female is None:
		female = rng.random() < 0.5
	first = rng.choice(FIRSTS[cc][0 if female else 1])[0]
	last = surname(rng, cc)
	return (first, fem(cc, last) if female else last, female)


def pname(rng, cc, p):
	"""A person as a name shows him: family name first in Hungary, 50% in
	a Romanian registry name."""
	if cc == "HU" or (cc == "RO" and rng.random() < 0.5):
		return p[1] + " " + p[0]
	return p[0] + " " + p[1]


def adjective(town):
	"""The Hungarian adjective of a town: Gyor -> Gyori."""
	return town if town.endswith("i") else town + "i"


def coined(rng, cc):
	a, b = SYLLS[cc]
	return rng.choice(a) + rng.choice(b)


def school_no(rng):
	return 1 + int(rng.expovariate(1 / 9.0)) % 60


def fill(rng, cc, pat, town):
	"""The bare name of a shape, and what it is made of."""
	meta = {"persons": [], "num": None, "head": "", "core": []}
	m = re.search(r"<([^>]*)>", pat)
	if m:
		meta["head"] = m.group(1)

	def one(mt):
		k = mt.group(1)
		if k == "P":
			p = person(rng, cc)
			meta["persons"].append(p)
			v = pname(rng, cc, p)
		elif k == "S":
			v = surname(rng, cc)
			meta["persons"].append((None, v, False))
		elif k == "F":
			v = rng.choice(FANCIES[cc]) if rng.random() < 0.7 else \
				coined(rng, cc)
		elif k == "C":
			v = coined(rng, cc)
		elif k == "T":
			v = town
		elif k == "Ti":
			v = adjective(town)
		elif k == "N":
			meta["num"] = school_no(rng) if "nr" in pat or "Bloc" in \
				pat else rng.randint(1, 140)
			v = str(meta["num"])
		elif k == "St":
			v = meta["street"] = rng.choice(STREET[cc])
		elif k == "Pa":
			v = rng.choice(PATRON[cc])
		else:
			v = rng.choice(SAINT[cc])
		if k not in ("T", "Ti", "N"):
			meta["core"].append(v)
		return v
	bare = re.sub(r"\{(\w+)\}", one, pat)
	return bare.replace("<", "").replace(">", ""), meta


def with_legal(rng, cc, bare, legal):
	if not legal:
		return bare
	if cc in ("CZ", "SK"):
		if rng.random() < 0.2:
			legal = legal.replace(".", ". ").strip().replace(" ,", ",")
		return bare + (", " if rng.random() < 0.5 else " ") + legal
	if cc == "RO" and legal == "S.R.L.":
		r = rng.random()
		if r < 0.3:
			return "S.C. " + bare + " S.R.L."
		return bare + (" SRL" if r < 0.6 else " S.R.L.")
	if cc == "PL" and legal == "sp. z o.o." and rng.random() < 0.3:
		legal = "Sp. z o.o."
	return bare + " " + legal


TLD = {"PL": ".pl", "CZ": ".cz", "SK": ".sk", "HU": ".hu", "RO": ".ro"}
MAILBOX = {"PL": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"],
	"CZ": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com"],
	"SK": ["azet.sk", "zoznam.sk", "gmail.com"],
	"HU": ["freemail.hu", "citromail.hu", "gmail.com", "t-online.hu"],
	"RO": ["yahoo.com", "gmail.com", "yahoo.ro"]}


def slug(s):
	return re.sub(r"[^a-z0-9]+", "", ascii_fold(s).lower())


def contacts(rng, cc, meta, core, ids):
	n = rng.choices((1, 2, 3, 4), (40, 30, 20, 10))[0]
	people = [p for p in meta["persons"] if p[0]]
	while len(people) < n:
		people.append(person(rng, cc))
	dom = slug(core)[:18] + TLD[cc] if rng.random() < 0.5 and slug(core) \
		else None
	out = []
	for p in people[:max(n, len(meta["persons"]))]:
		first, last = p[0], p[1]
		user = rng.choice((slug(first) + "." + slug(last),
			slug(first)[0] + slug(last), slug(last)))
		mail = user + "@" + (dom or rng.choice(MAILBOX[cc]))
		if cc == "HU" and rng.random() < 0.25:	# typed into the wrong fields
			first, last = last, first
		out.append({"id": next(ids), "firstname": first, "lastname": last,
			"email": mail})
	return out


def address(rng, cc, town, region, base, meta):
	"""The Syncro address fields, as an account filled over years has
	them; a building named by its street is at that street."""
	st, no = rng.choice(STREET[cc]), rng.randint(1, 160)
	if "street" in meta:
		st, no = meta["street"], meta["num"]
	if cc == "PL":
		a = rng.choice(("ul. ", "ul. ", "al. ", "")) + "%s %d" % (st, no)
		if rng.random() < 0.4:
			a += "/%d" % rng.randint(1, 40)
		a2 = "lok. %d" % rng.randint(1, 20)
		z = base + "%d-%03d" % (rng.randint(0, 9), rng.randint(0, 999))
	elif cc in ("CZ", "SK"):
		a = "%s %d/%d" % (st, rng.randint(100, 3000), no) \
			if rng.random() < 0.6 else "%s %d" % (st, no)
		a2 = rng.choice(("%d. patro" % rng.randint(1, 5), "budova B",
			"vchod %d" % rng.randint(1, 3)))
		z = "%s%02d %02d" % (base, rng.randint(0, 99), rng.randint(0, 99))
	elif cc == "HU":
		kind = rng.choice(("utca", "u.", "út", "tér", "krt."))
		a = "%s %s %d." % (st, kind, no)
		a2 = "%d. em. %d." % (rng.randint(1, 6), rng.randint(1, 12))
		z = "%s%03d" % (base, rng.randint(0, 999))
	else:
		a = "%s %s nr. %d" % (rng.choice(("Str.", "Str.", "Bd.", "Calea")),
			st, no)
		a2 = "bl. %s%d, sc. %d, ap. %d" % (rng.choice("ABCDM"),
			rng.randint(1, 9), rng.randint(1, 4), rng.randint(1, 60))
		z = base + "".join(str(rng.randint(0, 9))
			for _ in range(6 - len(base)))
	r = rng.random()
	if r < 0.07:
		return dict.fromkeys(("address", "address_2", "city", "state",
			"zip"))
	state = region if rng.random() < (0.75 if cc == "RO" else 0.4) else None
	if cc == "RO" and state and rng.random() < 0.5:
		state = "jud. " + state
	if r < 0.15:
		return {"address": None, "address_2": None, "city": town,
			"state": state, "zip": None}
	return {"address": a,
		"address_2": a2 if rng.random() < 0.15 else None,
		"city": town, "state": state,
		"zip": z if rng.random() < 0.85 else None}


ROLES = {"PL": "RECEPCJA-01 RECEPCJA-02 KASA1 KASA2 SERWER BIURO-1 BIURO-2 "
		"GABINET1 GABINET2 SEKRETARIAT KSIEGOWOSC MAGAZYN",
	"CZ": "RECEPCE-01 POKLADNA1 POKLADNA2 SERVER KANCELAR1 KANCELAR2 "
		"ORDINACE1 SEKRETARIAT UCTARNA SKLAD",
	"SK": "RECEPCIA POKLADNA1 SERVER KANCELARIA1 AMBULANCIA1 SKLAD",
	"HU": "RECEPCIO-01 PENZTAR1 PENZTAR2 SZERVER IRODA1 IRODA2 RENDELO1 "
		"TITKARSAG KONYVELES RAKTAR",
	"RO": "RECEPTIE-01 CASA1 CASA2 SERVER BIROU1 BIROU2 CABINET1 "
		"SECRETARIAT CONTABILITATE DEPOZIT"}
ROLE = {cc: v.split() for cc, v in ROLES.items()}
KINDS_PC = ("PC", "PC", "WS", "NB", "KASA", "REC", "SRV", "LT")
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def desktop(rng):
	return rng.choice(("DESKTOP-", "DESKTOP-", "LAPTOP-")) + "".join(
		rng.choice(ALNUM) for _ in range(7))


def site_prefix(name):
	ws = [w for w in la.unlegal(la.tokens(name))
		if w.isalpha() and w not in la.STOP] or ["x"]
	if len(ws) == 1:
		return ws[0][:5].upper()
	return (ws[0][:2] + ws[-1][:3]).upper()


def machines(rng, cc, c, n):
	"""n asset names for customer c, in one scheme."""
	r, out = rng.random(), []
	pre = site_prefix(c["name"])
	people = [x["firstname"] for x in c["contacts"]]
	for k in range(n * 3):
		if len(out) >= n:
			break
		if r < 0.35:
			m = "%s-%s%02d" % (pre, rng.choice(KINDS_PC), k + 1)
		elif r < 0.65:
			m = desktop(rng)
		elif r < 0.85:
			m = rng.choice(ROLE[cc]) if k < len(ROLE[cc]) else desktop(rng)
		else:
			f = ascii_fold(NICK.get(rng.choice(people), rng.choice(people)))
			m = rng.choice(("%s-PC" % f, "NB-%s" % f.upper(),
				"LAPTOP-%s" % f.upper(), "%s-nb" % f.lower()))
		if m not in out:
			out.append(m)
	return out


class G:
	"""The population and its indexes."""


def draw_name(rng, g, cc, town):
	"""(name, trade, meta) with a word set no customer has yet."""
	if rng.random() < 0.03:
		brand = rng.choice([b for b in BRANDS if b[0] == cc])
		meta = {"persons": [], "num": None, "head": brand[1],
			"core": [brand[2]], "brand": brand[2]}
		bare = rng.choice(("%s %s %s" % (brand[1], brand[2], town),
			"%s %s" % (brand[2], town), "%s %s - %s" % (brand[1], brand[2],
			town)))
		legal = {"PL": "s.c.", "CZ": "s.r.o.", "SK": "s.r.o.",
			"HU": "Bt.", "RO": "S.R.L."}[cc]
		meta["legal"] = rng.choice((legal, ""))
		if frozenset(la.words(bare)) in g.taken:
			return None
		return bare, with_legal(rng, cc, bare, meta["legal"]), brand[3], \
			meta
	shapes = SHAPE[cc]
	for tries in range(12):
		trade, _, pat, legals = rng.choices(shapes,
			[s[1] for s in shapes])[0]
		bare, meta = fill(rng, cc, pat, town)
		if tries >= 6 and "{T}" not in pat:
			bare += rng.choice((" ", " - ", ", ")) + town
		meta["legal"] = rng.choice(legals)
		name = with_legal(rng, cc, bare, meta["legal"])
		if frozenset(la.words(name)) not in g.taken:
			return bare, name, trade, meta
	return None


def population(rng, ncust):
	g = G()
	g.taken, g.custs = set(), []
	ids = iter(range(4100001, 4100001 + 20 * ncust))
	cid = 23000000
	ccs = [c[0] for c in COUNTRIES]
	while len(g.custs) < ncust:
		cc = rng.choices(ccs, [c[1] for c in COUNTRIES])[0]
		town, region, base = rng.choice(TOWN[cc])
		got = draw_name(rng, g, cc, town)
		if not got:
			continue
		bare, name, trade, meta = got
		if rng.random() < 0.08:
			name = name.upper()
		g.taken.add(frozenset(la.words(name)))
		cid += rng.randint(1, 40)
		c = {"id": cid, "name": name, "bare": bare, "cc": cc,
			"trade": trade, "town": town, "meta": meta,
			"desk": DESK[cc]}
		core = " ".join(meta["core"]) or bare
		c["contacts"] = contacts(rng, cc, meta, core, ids)
		c["syncro"] = address(rng, cc, town, region, base, meta)
		if trade in ("restaurant", "retail", "pharmacy", "manufacturing") \
				and "brand" not in meta and rng.random() < 0.12:
			c["sites"] = rng.sample([t[0] for t in TOWN[cc]
				if t[0] != town], 3)
		n = int(round(math.exp(rng.gauss(math.log(4), 0.9))))
		n = max(1, min(80, n * (3 if trade in HEAVY else 1)))
		c["assets"] = [{"id": next(ids), "name": m}
			for m in machines(rng, cc, c, n)]
		c["i"] = len(g.custs)
		g.custs.append(c)
	return g


# ---- noise ----------------------------------------------------------
QWERTY = ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm")
QWERTZ = ("1234567890", "qwertzuiop", "asdfghjkl", "yxcvbnm")


def neighbours(rows):
	out = {}
	for r, row in enumerate(rows):
		for i, ch in enumerate(row):
			near = set()
			for rr in (r - 1, r, r + 1):
				if 0 <= rr < len(rows):
					for j in (i - 1, i, i + 1):
						if 0 <= j < len(rows[rr]) and rows[rr][j] != ch:
							near.add(rows[rr][j])
			out[ch] = "".join(sorted(near - set("1234567890")))
	return out


KEYS = {"WAW": neighbours(QWERTY), "BRQ": neighbours(QWERTZ),
	"BUD": neighbours(QWERTZ)}


def typo(rng, s, desk):
	"""One slip in a word of 3+ letters, its first letter and digits
	spared: a neighbour key 40%, a swap 20%, a drop 25%, a double 15%."""
	spots = [m.start() + k for m in re.finditer(r"[^\W\d_]{3,}", s)
		for k in range(1, len(m.group()))]
	if not spots:
		return s
	i = rng.choice(spots)
	r, ch = rng.random(), s[i]
	if r < 0.4:
		base = la.fold(ch).lower()[:1]
		near = KEYS[desk].get(base, "")
		if not near:
			return s[:i] + s[i + 1:]
		new = rng.choice(near)
		return s[:i] + (new.upper() if ch.isupper() else new) + s[i + 1:]
	if r < 0.6 and i + 1 < len(s) and s[i + 1].isalpha():
		return s[:i] + s[i + 1] + ch + s[i + 2:]
	if r < 0.85:
		return s[:i] + s[i + 1:]
	return s[:i] + ch + s[i:]


WRONG = {"ő": "õôö", "Ő": "ÕÔÖ", "ű": "ûü", "Ű": "ÛÜ", "ș": "ş", "Ș": "Ş",
	"ț": "ţ", "Ț": "Ţ", "ă": "ãa", "ů": "ú", "ě": "e", "ł": "l", "ż": "z",
	"ľ": "l", "ô": "o", "ä": "a", "ó": "o", "í": "i", "é": "e"}
LAYOUT = {"CZ": dict(zip("ěščřžýáíéůú", "234567890;[")),
	"SK": dict(zip("ľščťžýáíéôäúň", "234567890;][\\")),
	"HU": dict(zip("öüóőúéáűí", "0-=[];'\\\\")),
	"RO": dict(zip("ăîșțâ", "[];'\\"))}


def accent(rng, c, s):
	r = rng.random()
	if r < 0.55:
		t = la.fold(s)
	elif r < 0.8:
		ws = s.split(" ")
		marked = [i for i, w in enumerate(ws) if la.fold(w) != w]
		if len(marked) < 2:
			return None
		for i in rng.sample(marked, rng.randint(1, len(marked) - 1)):
			ws[i] = la.fold(ws[i])
		t = " ".join(ws)
	else:
		t = "".join(rng.choice(WRONG[ch]) if ch in WRONG and
			rng.random() < 0.8 else ch for ch in s)
	return t if t != s else None


def layout(rng, c, s):
	table = LAYOUT.get(c["cc"])
	if not table:
		return None
	t = "".join(table.get(ch.lower(), ch) for ch in s)
	if c["cc"] != "RO" and rng.random() < 0.4:	# a QWERTZ hand on US keys
		t = t.translate(str.maketrans("yzYZ", "zyZY"))
	return t if t != s else None


RESPELL = {"sp. z o.o.": ["sp z oo", "spzoo", "Sp. z o. o.", "sp.z o.o.",
		"Sp. z o.o", "spółka z o.o.", "sp. z.o.o.", "SP. Z O.O.",
		"sp zo.o."],
	"Sp. z o.o.": ["sp z oo", "spzoo", "sp. z o.o.", "Sp.z o.o."],
	"s.c.": ["sc", "S.C.", "s. c.", "spółka cywilna"],
	"sp.j.": ["spj", "Sp. J.", "sp. j.", "spółka jawna"],
	"sp.k.": ["spk", "Sp. K.", "sp. k.", "spółka komandytowa"],
	"sp.p.": ["spp", "sp. p.", "spółka partnerska"],
	"S.A.": ["SA", "S. A.", "s.a.", "Spółka Akcyjna"],
	"s.r.o.": ["sro", "s. r. o.", "s.r.o", "S.R.O.", "spol. s r.o.",
		",s.r.o."],
	"spol. s r.o.": ["spol.s r.o.", "spol. s r. o.", "s.r.o.", "spol s ro",
		"spol. s.r.o."],
	"a.s.": ["as", "a. s.", "A.S.", "akc. spol."],
	"v.o.s.": ["vos", "v. o. s."],
	"z.s.": ["zs", "z. s.", "o.s."],
	"Kft.": ["kft", "KFT", "Kft", "kft."],
	"Bt.": ["bt", "BT", "Bt"], "Zrt.": ["zrt", "ZRt.", "Zrt", "Rt."],
	"Nyrt.": ["nyrt", "NyRt.", "Rt."],
	"S.R.L.": ["SRL", "srl", "S.R.L", "s.r.l.", "SRL-D"],
	"PFA": ["P.F.A.", "pfa"], "II": ["I.I.", "ii"]}
ADD_LEGAL = {"PL": "sp. z o.o.", "CZ": "s.r.o.", "SK": "s.r.o.",
	"HU": "Kft.", "RO": "SRL"}
NO_FORM = {"municipal", "school", "parish", "ngo", "housing"}


def suffix(rng, c, s):
	legal, bare = c["meta"].get("legal", ""), c["bare"]
	if not legal:
		if c["trade"] in NO_FORM:
			return None
		return bare + " " + ADD_LEGAL[c["cc"]]
	r = rng.random()
	if r < 0.5:
		return bare
	if r < 0.9:
		return bare + rng.choice((" ", ", ", " ")) + rng.choice(
			RESPELL[legal]).lstrip(",")
	if c["cc"] == "RO":
		return "SC " + bare + " " + rng.choice(RESPELL[legal])
	return legal + " " + bare


ABBREVS = {"PL": """Spółdzielnia Mieszkaniowa=Spółdz. Mieszk.;Sp-nia Mieszk.;Spółdz. Mieszkaniowa
Przedsiębiorstwo=Przeds.;P-stwo;Przedsięb.
Zakład=Zakł.;Zakl.
Zakłady=Zakł.
Gabinet=Gab.
Stomatologiczny=Stomat.;Stom.
Kancelaria=Kanc.
Adwokacka=Adw.
Radcy Prawnego=RP;r.pr.
Notarialna=Not.
Biuro Rachunkowe=Biuro Rach.;BR
Przychodnia=Przych.
Lekarska=Lek.
Stowarzyszenie=Stow.
Fundacja=Fund.
Nieruchomości=Nieruch.
Rzymskokatolicka=Rz.-Kat.;rzym.-kat.
Parafia=Par.
Szkoła Podstawowa=Szk. Podst.;Szkoła Podst.
Liceum Ogólnokształcące=Liceum Ogólnokszt.;LO
Zespół Szkół=Zesp. Szk.
Przedszkole Publiczne=Przedszk. Publ.
Ośrodek=Ośr.
Pomocy Społecznej=Pom. Społ.
Gminny=Gm.
Ochotnicza Straż Pożarna=OSP
Usługi Remontowo-Budowlane=Usł. Rem.-Bud.;Usługi Rem-Bud
Instalacyjny=Instal.
Transport Ciężarowy=Transp. Ciężarowy;Transport Cięż.
Transportowe=Transp.
Budowlane=Bud.
Sklep Spożywczy=Sklep Spoż.
Restauracja=Rest.
Indywidualna Praktyka Lekarska=IPL;Indyw. Prakt. Lek.
Urząd Gminy=UG
Urząd Miasta=UM
Starostwo Powiatowe=Starostwo Pow.
Wspólnota Mieszkaniowa=Wspólnota Mieszk.;WM
Centrum Medyczne=Centr. Med.;CM
Weterynaryjny=Weter.
Mięsne=Mięs.""",
	"CZ": """Základní škola=ZŠ;Zákl. škola
Mateřská škola=MŠ
Společenství vlastníků=SVJ;Spol. vlastníků;SV
Bytové družstvo=BD;Byt. družstvo
Advokátní kancelář=AK;Adv. kancelář
advokátní kancelář=AK
Notářská kancelář=NK;Not. kancelář
Účetní kancelář=Úč. kancelář
Daňová kancelář=Daň. kancelář
Střední průmyslová škola=SPŠ
Římskokatolická farnost=ŘKF;Řk. farnost;ŘK farnost
Městský úřad=MěÚ;MÚ
Sbor dobrovolných hasičů=SDH
Ordinace praktického lékaře=Ord. prakt. lékaře
Zubní ordinace=Zub. ordinace
Veterinární klinika=Vet. klinika
Stavební firma=Stav. firma
Realitní kancelář=RK;Real. kancelář
Gymnázium=Gymn.
Strojírny=Stroj.
MUDr.=MUDr;Dr.
JUDr.=JUDr;Dr.""",
	"SK": """Základná škola=ZŠ
Spoločenstvo vlastníkov bytov=SVB;Spol. vlast. bytov
Advokátska kancelária=AK;Adv. kancelária
Občianske združenie=OZ;o.z.
Rímskokatolícka farnosť=RKF;Rím.-kat. farnosť
Zubná ambulancia=Zub. amb.
Ambulancia všeobecného lekára=Amb. všeob. lekára
Stavebná firma=Stav. firma
Notársky úrad=Not. úrad
MUDr.=MUDr;Dr.
JUDr.=JUDr;Dr.""",
	"HU": """Általános Iskola=Ált. Isk.;Ált. Iskola;Általános Isk.
Gimnázium=Gimn.
Önkormányzata=Önk.;Önkormányzat
Polgármesteri Hivatal=PH;Polg. Hiv.;Polgármesteri Hiv.
Közös Önkormányzati Hivatal=KÖH;Közös Önk. Hiv.
Ügyvédi Iroda=Ügyv. Iroda;ÜI
Egyesület=Egy.
Alapítvány=Alap.
Társasház=Tsh.;Th.;Társash.
Lakásszövetkezet=Lakásszöv.
Református Egyházközség=Ref. Egyházközség;Ref. Egyh.
Római Katolikus Plébánia=Róm. Kat. Plébánia;RK Plébánia;R.K. Plébánia
Gyógyszertár=Gyszt.;Gyógyszert.
Egészségügyi Szolgáltató=Eü. Szolgáltató;Eü. Szolg.
és Társa=és Tsa;és Tsa.;és Társai
Kereskedelmi és Szolgáltató=Ker. és Szolg.;Kereskedelmi és Szolg.
Sportegyesület=SE
Háziorvosi Rendelő=Háziorv. Rendelő
Állatorvosi Rendelő=Állatorv. Rendelő
Könyvelő Iroda=Könyvelőiroda;Könyv. Iroda
Építőipari=Építőip.
Ingatlaniroda=Ingatlan Iroda
utca=u.""",
	"RO": """Cabinet Medical Individual=CMI;Cab. Med. Ind.;Cabinet Medical
Cabinet Stomatologic=Cab. Stomatologic;Cab. Stom.
Școala Gimnazială=Școala Gimn.;Șc. Gimn.
Liceul Teoretic=Lic. Teoretic;LT;Liceul Teor.
Colegiul Național=CN;Col. Naț.;Colegiul Nat.
Primăria Municipiului=Primăria Mun.;PM
Asociația de Proprietari=Asoc. Prop.;AP;Asoc. de Proprietari
Cabinet de Avocat=Cab. Av.;Cabinet Av.
Societatea Civilă de Avocați=SCA;Soc. Civ. de Avocați
Birou Individual Notarial=BIN;Birou Notarial
Parohia Ortodoxă=Par. Ort.;Parohia Ort.
Fundația=Fund.
Asociația=Asoc.
Centrul Medical=Centrul Med.;CM
Cabinet Contabil=Cab. Contabil
Farmacia=Farm.
Restaurant=Rest.
Brutăria=Brut.
Construct=Constr.
Imobiliare=Imob.
Sfântul=Sf.
Sfânta=Sf."""}
ABBREV = {cc: [(a, b.split(";")) for a, b in (ln.split("=")
	for ln in t.split("\n"))] for cc, t in ABBREVS.items()}


def abbreviation(rng, c, s):
	bare = c["bare"]
	hits = [(a, bs) for a, bs in ABBREV[c["cc"]]
		if re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", bare)]
	if not hits:
		return None
	for a, bs in rng.sample(hits, min(len(hits), rng.randint(1, 2))):
		bare = re.sub(r"(?<!\w)" + re.escape(a) + r"(?!\w)",
			rng.choice(bs), bare, count=1)
	legal = c["meta"].get("legal", "")
	return bare + (" " + legal if legal and rng.random() < 0.4 else "")


CONJ = {"i", "a", "és", "și", "&", "de", "w", "z", "nr", "nr.", "im.",
	"pw.", "u", "na", "pod", "s", "și", "utca"}


def sig(words):
	return [w for w in words if w.lower() not in CONJ and
		re.search(r"[^\W\d_]", w)]


def acronym(rng, c, s):
	bare, head = c["bare"], c["meta"].get("head", "")
	hw = sig(head.split())
	town = c["town"] if c["town"] in bare else ""
	if len(hw) >= 2 and head in bare:
		acr = "".join(w[0] for w in hw).upper()
		if c["cc"] in ("HU", "RO") and not any(acr in bs for a, bs in
				ABBREV[c["cc"]]):	# letters only where usual
			return None
		rest = bare.replace(head, "").strip(" ,-")
		if not rest:
			return None
		if rng.random() < 0.2:
			acr = ".".join(acr) + "."
		return acr + " " + rest
	body = bare.replace(town, "").strip(" ,-") if town else bare
	ws = sig(body.split())
	if len(ws) < 3:
		return None
	acr = "".join(w[0] for w in ws).upper()
	return acr + (" " + town if town else "")


def truncated(rng, c, s):
	if rng.random() < 0.5 and len(s) > 16:
		return s[:rng.randint(12, min(26, len(s) - 3))].rstrip()
	ws = s.split()
	if len(ws) < 3:
		return None
	return " ".join(ws[:rng.randint(2, len(ws) - 1)]).rstrip(",-")


def reorder(rng, c, s):
	head, bare = c["meta"].get("head", ""), c["bare"]
	if not head or head not in bare or bare.strip() == head:
		return None
	rest = bare.replace(head, "", 1).strip(" ,-")
	if re.match(r"(?i)nr\b|\d", rest):	# "nr 5 Szkola" is no one's order
		return None
	if bare.startswith(head):
		return rest + " " + head
	return head + " " + rest


def name_order(rng, c, s):
	bare = c["bare"]
	for p in c["meta"]["persons"]:
		if not p[0]:
			continue
		a, b = p[0] + " " + p[1], p[1] + " " + p[0]
		if a in bare:
			return bare.replace(a, b)
		if b in bare:
			return bare.replace(b, a)
	return None


ANDS = ("i", "a", "és", "și", "&", "+", "and")


def and_(rng, c, s):
	ws = s.split(" ")
	at = [i for i, w in enumerate(ws) if w in ANDS]
	if not at:
		return None
	i = rng.choice(at)
	new = rng.choice([w for w in ANDS + ("",) if w != ws[i]])
	ws[i] = new
	return " ".join(w for w in ws if w)


PREFIX = {"WAW": ("[ZGL-%d] ", "Zgłoszenie #%d: ", "PILNE ", "RE: ",
		"#%d ", "Tel. - "),
	"BRQ": ("[Tiket %d] ", "Požadavek #%d ", "URGENT ", "T%d - ", "#%d "),
	"BUD": ("Hibajegy #%d: ", "[#%d] ", "SÜRGŐS - ", "Tichet %d - ",
		"Fw: ")}


def prefix(rng, c, s, desk):
	p = rng.choice(PREFIX[desk])
	return (p % rng.randint(100, 99999) if "%d" in p else p) + s


BRANCH = {"PL": ("%s - oddział %s", "%s (%s)", "%s o/%s", "%s filia %s",
		"%s - sklep nr %d"),
	"CZ": ("%s (pobočka %s)", "%s pobočka %s", "%s provozovna %s",
		"%s - %s"),
	"SK": ("%s (pobočka %s)", "%s prevádzka %s", "%s - %s"),
	"HU": ("%s - %s telephely", "%s (%s)", "%s %s fiók"),
	"RO": ("%s punct de lucru %s", "%s (%s)", "%s sucursala %s",
		"%s - %s")}


def branch(rng, c, s):
	sites = c.get("sites") or [t[0] for t in rng.sample(TOWN[c["cc"]], 3)
		if t[0] != c["town"]]
	if not sites:
		return None
	town = rng.choice(sites)
	pat = rng.choice(BRANCH[c["cc"]])
	if "%d" in pat:
		return pat % (s, rng.randint(2, 19))
	if "telephely" in pat:
		town = adjective(town)
	return pat % (s, town)


def town_kind(rng, c, s, desk):
	bare, town = c["bare"], c["town"]
	if town in bare and town in EXONYM and desk == "BUD":
		return bare.replace(town, EXONYM[town])
	adj = adjective(town)
	if adj in bare and adj != town and rng.random() < 0.5:
		return bare.replace(adj, town)
	if town in bare:
		return None
	city = c["syncro"]["city"] or town
	if desk == "BUD" and city in EXONYM and rng.random() < 0.7:
		city = EXONYM[city]	# Budapest says Kolozsvar for Cluj-Napoca
	return rng.choice(("%s (%s)", "%s %s", "%s - %s")) % (s, city)


HONOR = {"PL": ("pani %s", "pan %s", "p. %s"), "CZ": ("paní %s", "pan %s"),
	"SK": ("pani %s", "pán %s"), "HU": ("%sné", "%s úr"),
	"RO": ("dna %s", "dl. %s")}


def person_kind(rng, c, s, g):
	if not c["contacts"]:
		return None
	ct = rng.choice(c["contacts"])
	first, last = ct["firstname"], ct["lastname"]
	core = " ".join(c["meta"]["core"][:1]) or " ".join(c["bare"].split()[:2])
	r = rng.random()
	if r < 0.3:
		f = NICK.get(first, first) if rng.random() < 0.4 else first
		return "%s %s (%s)" % (f, last, core)
	if r < 0.5:
		return "%s %s - %s" % (last, first, core)
	if r < 0.7:
		h = rng.choice(HONOR[c["cc"]])
		return (h % last) + rng.choice((" - ", " z ", " / ", ", ")) + core
	key = la.key(first + " " + last)
	if len(g.contact.get(key, ())) != 1:
		return None
	return first + " " + last if rng.random() < 0.6 else last + " " + first


ROMAN = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
	"XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX")


def number(rng, c, s):
	n, cc, head = c["meta"]["num"], c["cc"], c["meta"].get("head", "")
	if n is None or c["trade"] != "school":
		return None
	city = c["syncro"]["city"] or c["town"]
	tail = (" " + city) if rng.random() < 0.5 else ""
	if cc == "PL":
		short = {"Szkoła Podstawowa": ("SP %d", "SP%d", "SP nr %d",
				"Szkoła nr %d", "Szk. Podst. nr %d"),
			"Liceum Ogólnokształcące": ("LO nr %d", "%d LO", "R LO"),
			"Zespół Szkół": ("ZS nr %d", "ZS%d", "Zespół Szkół %d"),
			"Przedszkole Publiczne": ("PP %d", "Przedszkole nr %d",
				"Przedszkole %d")}[head]
		p = rng.choice(short)
		if p == "R LO":
			return "%s LO" % ROMAN[n] + tail if n < len(ROMAN) else None
		return p % n + tail
	if cc == "RO":
		p = rng.choice(("Scoala Generala nr %d", "Sc. Gen. %d",
			"Școala nr. %d", "Scoala %d", "Școala Gimnazială %d"))
		return p % n + " " + c["town"]
	if cc in ("CZ", "SK") and "street" in c["meta"]:
		st = c["meta"]["street"]
		p = rng.choice(("ZŠ %s", "ZŠ %s %d", "ZŠ %s %s", "%s %d ZŠ"))
		if p == "ZŠ %s %s":
			return p % (c["town"], st)
		return p % ((st, n) if "%d" in p else (st,))
	return None


def case(rng, c, s):
	r = rng.random()
	t = s.lower() if r < 0.4 else s.upper() if r < 0.75 else s.title()
	return t if t != s else s.lower() if s.lower() != s else None


# ---- rows -----------------------------------------------------------
WEIGHTS = (("exact", 9), ("case", 6), ("accent", 10), ("layout", 3),
	("suffix", 9), ("typo", 8), ("two typos", 4), ("abbreviation", 7),
	("acronym", 4), ("truncated", 5), ("reorder", 4), ("name order", 4),
	("and", 2), ("prefix", 4), ("branch", 4), ("town", 3), ("person", 5),
	("number", 2), ("mixed", 7))
IMP_WEIGHTS = (("impostor: rare word", 20), ("impostor: namesake", 15),
	("impostor: same surname", 15), ("impostor: same shape", 10),
	("impostor: chain branch", 8), ("impostor: own staff", 8),
	("impostor: personal", 14), ("impostor: vendor", 10))
MIXABLE = ("accent", "suffix", "abbreviation", "truncated", "reorder",
	"branch", "name order", "town")


def plain(c):
	"""The name as a technician starts from: the stored one, or the
	bare name and form when the stored one is in capitals."""
	if c["name"].isupper() and not c["bare"].isupper():
		legal = c["meta"].get("legal", "")
		return c["bare"] + (" " + legal if legal else "")
	return c["name"]


def apply(rng, g, c, kind, desk):
	s = plain(c)
	if kind == "exact":
		return c["name"]
	if kind == "typo":
		return typo(rng, s, desk)
	if kind == "two typos":
		return typo(rng, typo(rng, s, desk), desk)
	if kind == "mixed":
		t = apply(rng, g, c, rng.choice(MIXABLE), desk)
		if t is None:
			return None
		return typo(rng, t, desk) if rng.random() < 0.5 else case(rng, c, t)
	if kind == "prefix":
		return prefix(rng, c, s, desk)
	if kind == "town":
		return town_kind(rng, c, s, desk)
	if kind == "person":
		return person_kind(rng, c, s, g)
	return {"case": case, "accent": accent, "layout": layout,
		"suffix": suffix, "abbreviation": abbreviation, "acronym": acronym,
		"truncated": truncated, "reorder": reorder, "name order": name_order,
		"and": and_, "branch": branch, "number": number}[kind](rng, c, s)


def tidy(s):
	return " ".join(s.replace("\t", " ").split()) if s else ""


def pick(rng, g):
	return bisect.bisect(g.cum, rng.random() * g.cum[-1])


def other_desk(rng, desk):
	return desk if rng.random() < 0.8 else rng.choice(
		[d for d in DESKS if d != desk])


def honest(g, typed, i):
	return len(typed) >= 2 and not g.audit.real(typed, g.sid[i])


def real_row(rng, g, kind):
	for _ in range(40):
		i = pick(rng, g)
		c = g.custs[i]
		desk = other_desk(rng, c["desk"])
		typed = tidy(apply(rng, g, c, kind, desk))
		if typed and (typed != c["name"] or kind == "exact") and \
				(not g.check or honest(g, typed, i)):
			return (typed, i, kind, desk)
	while True:
		i = pick(rng, g)
		if honest(g, g.custs[i]["name"], i):
			return (g.custs[i]["name"], i, "exact (fallback)",
				g.custs[i]["desk"])


PRIVATE = {"PL": ("%s (prywatnie)", "%s - prywatny laptop", "%s", "%s dom"),
	"CZ": ("%s - soukromě", "%s (doma)", "%s"),
	"SK": ("%s - súkromne", "%s"),
	"HU": ("%s (magán)", "%s otthoni gép", "%s"),
	"RO": ("%s - personal", "%s PC acasă", "%s")}
VENDORS = ("Comarch ERP Optima - wsparcie", "Orange Polska", "T-Mobile "
	"Polska serwis", "Allegro - zwroty", "ZUS Płatnik infolinia",
	"KSeF MF helpdesk", "Stormware POHODA podpora", "Money S3 hotline",
	"O2 Czech Republic", "Vodafone CZ", "ČEZ Prodej", "Slovak Telekom",
	"Kulcs-Soft ügyfélszolgálat", "Magyar Telekom", "NAV ügyfélszolgálat",
	"Yettel Hungary", "Digi RCS-RDS", "ANAF asistenta", "Orange Romania",
	"SmartBill suport", "Dell ProSupport", "Lenovo Service", "HP Care Pack",
	"Synology support", "ESET helpdesk", "Microsoft 365 support",
	"Ubiquiti RMA", "Kyocera serwis", "Canon CEE")
OWN = ("%s - wewnętrzne", "%s test", "Szkolenie %s", "%s Brno kancelář",
	"%s Budapest iroda", "%s demo", "Tatra Netservis s.r.o.",
	"TNS Warszawa")


def rarest(g, i):
	"""The part of customer i's name (a fancy word, a person, a coined
	word) that holds its rarest word of 4+ letters."""
	ws = [w for w in g.audit.ws[i] if len(w) >= 4 and w.isalpha()]
	if not ws:
		return None
	w = min(ws, key=lambda w: (len(g.audit.inv.get(w, ())), w))
	for part in g.custs[i]["meta"]["core"]:
		if w in la.words(part):
			return part
	return None


def heads(cc, trade):
	"""The trade words of the commercial shapes of cc not of trade."""
	return [re.search(r"<([^>]*)>", s[2]).group(1) for s in SHAPE[cc]
		if s[0] != trade and s[0] not in NO_FORM and "<" in s[2]]


def styled(cc, head, word):
	return word + " " + head if cc == "HU" else head + " " + word


def imp_honest(g, typed):
	if len(typed) < 3 or g.audit.impostor(typed):
		return False
	for v in la.qualified(typed, last=False):
		ws = la.words(v)
		if ws and (g.audit.holding(ws) or g.audit.near(" ".join(ws))):
			return False
	return la.key(typed) not in g.contact


def imp_row(rng, g, kind):
	for _ in range(40):
		i = pick(rng, g)
		if kind in ("impostor: rare word", "impostor: namesake",
				"impostor: same surname"):
			i = rng.choice(g.named)
		c = g.custs[i]
		desk = other_desk(rng, c["desk"])
		typed = imp_name(rng, g, c, kind, desk)
		if typed and (not g.check or imp_honest(g, tidy(typed))):
			return (tidy(typed), None, kind, desk)
	return None


def imp_name(rng, g, c, kind, desk):
	cc = c["cc"]
	if kind in ("impostor: rare word", "impostor: namesake"):
		w = rarest(g, c["i"])
		if not w:
			return None
		if kind == "impostor: rare word":
			return styled(cc, rng.choice(heads(cc, c["trade"])), w)
		head = c["meta"].get("head") or rng.choice(heads(cc, ""))
		extra = rng.choice(FANCIES[cc]) if rng.random() < 0.5 else \
			coined(rng, cc)
		town = rng.choice(TOWN[cc])[0]
		return "%s (%s)" % (styled(cc, head, w + " " + extra), town)
	if kind == "impostor: same surname":
		ps = c["meta"]["persons"]
		if not ps:
			return None
		last = ps[0][1]
		if rng.random() < 0.5:
			p = person(rng, cc, female=ps[0][2])
			return pname(rng, cc, (p[0], last))
		return styled(cc, rng.choice(heads(cc, c["trade"])), last)
	if kind == "impostor: same shape":
		trade, _, pat, legals = rng.choice(SHAPE[cc])
		bare, _ = fill(rng, cc, pat, rng.choice(TOWN[cc])[0])
		return with_legal(rng, cc, bare, rng.choice(legals))
	if kind == "impostor: chain branch":
		b = rng.choice(BRANDS)
		town = rng.choice(TOWN[b[0]])[0]
		return rng.choice(("%s %s", "%s - %s")) % (b[2], town) if \
			rng.random() < 0.5 else "%s %s %s" % (b[1], b[2], town)
	if kind == "impostor: own staff":
		r = rng.random()
		if r < 0.4:
			return rng.choice(TECHS[desk]) + rng.choice(("", " (TNS)",
				" - " + MSP))
		if r < 0.7:
			o = rng.choice(OWN)
			return o % rng.choice((MSP, MSP_TAG)) if "%s" in o else o
		return "%s-%s-%s%02d" % (MSP_TAG, desk, rng.choice(("NB", "PC",
			"LAB")), rng.randint(1, 30))
	if kind == "impostor: personal":
		p = person(rng, cc)
		return rng.choice(PRIVATE[cc]) % pname(rng, cc, p)
	return rng.choice(VENDORS)


def machine(rng, g, row, roles):
	"""The machine of a session: its customer's asset 80%, another
	customer's 4%, an unknown desktop otherwise; impostors on unknown
	machines, a shared role name 15%, the MSP's own for its staff."""
	typed, i, kind, desk = row
	r = rng.random()
	if i is not None:
		own = g.custs[i]["assets"]
		if r < 0.8 and own:
			return rng.choice(own)["name"]
		if r < 0.84:
			j = pick(rng, g)
			if j != i and g.custs[j]["assets"]:
				return rng.choice(g.custs[j]["assets"])["name"]
		return desktop(rng)
	if kind == "impostor: own staff":
		return "%s-%s-%s%02d" % (MSP_TAG, desk, rng.choice(("NB", "PC")),
			rng.randint(1, 30))
	if r < 0.15:
		return rng.choice(roles)
	return desktop(rng)


def by_kind(n, weights, draw):
	"""n rows, as many of each kind as its weight gives (the largest
	remainders round up); draw(kind) makes one or None."""
	total = sum(w for _, w in weights)
	quota = {k: n * w / total for k, w in weights}
	counts = {k: math.floor(q) for k, q in quota.items()}
	short = n - sum(counts.values())
	for k in sorted(quota, key=lambda k: counts[k] - quota[k])[:short]:
		counts[k] += 1
	kinds = [k for k, _ in weights for _ in range(counts[k])]
	return [r for r in map(draw, kinds) if r]


def index(g, check):
	g.check = check
	g.sid = [str(c["id"]) for c in g.custs]
	g.audit = la.Audit([(str(c["id"]), c["name"]) for c in g.custs])
	g.contact = {}
	for i, c in enumerate(g.custs):
		for ct in c["contacts"]:
			for k in (ct["firstname"] + " " + ct["lastname"],):
				g.contact.setdefault(la.key(k), set()).add(i)
	g.named = [i for i, c in enumerate(g.custs) if c["meta"]["core"] and
		c["trade"] not in NO_FORM]
	g.cum, t = [], 0.0
	for c in g.custs:
		t += 1 + math.sqrt(len(c["assets"]))
		g.cum.append(t)


def draw_rows(rng, g, nnames):
	"""84% real rows by WEIGHTS, 16% impostors by IMP_WEIGHTS (private
	callers make up for a kind that could not be drawn), shuffled."""
	nimp = round(nnames * 0.16)
	rows = by_kind(nnames - nimp, WEIGHTS, lambda k: real_row(rng, g, k))
	imps = by_kind(nimp, IMP_WEIGHTS, lambda k: imp_row(rng, g, k))
	for _ in range(4 * nimp):
		if len(imps) >= nimp:
			break
		imps += filter(None, [imp_row(rng, g, "impostor: personal")])
	rows += imps
	rng.shuffle(rows)
	return rows


def main():
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random("blind13:" + seed)
	g = population(rng, ncust)
	index(g, os.environ.get("BLIND13_UNCHECKED") != "1")
	rows = draw_rows(rng, g, nnames)
	owned = scr.asset_names(g.custs)
	roles = sorted(owned & {r for v in ROLE.values() for r in v}) or \
		["SERWER"]
	scr.write_desk_set(rng, out, g.custs, rows,
		lambda row: machine(rng, g, row, roles), TECHS,
		("blind13", seed, 1801000000, 1187, 70))


if __name__ == "__main__":
	main()
