#!/usr/bin/env python3
# gen-link-blind22.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 16: the lead runs sdc-link on it once).  An MSP
# in Southeast Europe - the Western Balkans and Romania - with one Syncro
# account and one ScreenConnect: desks in Belgrade (Serbia, Montenegro,
# Bosnia and Herzegovina incl. Republika Srpska), Zagreb (Croatia,
# Slovenia), Skopje/Tirana (North Macedonia, Albania, Kosovo) and
# Bucharest/Cluj-Napoca (Romania, Moldova).  Writes OUTDIR/customers.json,
# names.tsv (typed TAB true id or "" TAB kind TAB machine), sessions.jsonl
# and sessions-machine.jsonl (screenconnect_record.py).  Python 3 stdlib
# only, deterministic for a seed.  Customer ids from 32000001.
#
# Where each habit comes from (public sources, from what I know of them):
# - Serbian digraphia: Serbian is written in Cyrillic and Latin, one to one
#   (Vuk Karadzic's alphabet, Gaj's Latin: Ђ/Đ, Љ/Lj, Њ/Nj, Џ/Dž, Ћ/Ć);
#   the Serbian constitution (2006, art. 10) makes Cyrillic official while
#   business and street use is mostly Latin (Wikipedia "Serbian language",
#   "Digraphia").  Republika Srpska uses both; Montenegro mostly Latin.
#   So a customer list holds either script (15% of Serbian-language
#   customers here in Cyrillic) and a technician types the other.
# - Macedonian Cyrillic and its official romanisation (Ѓ gj, Ќ kj, Ѕ dz,
#   Ж zh, Ч ch, Ш sh; Wikipedia "Romanization of Macedonian"), as used in
#   company names in the Central Register (crm.com.mk); Macedonian
#   surnames in -ski/-ska.
# - Diacritics dropped on English keyboards and in old 7-bit habits:
#   "SMS Serbian/Croatian" (č/ć->c, š->s, ž->z, đ->dj or d; Wikipedia
#   "Gaj's Latin alphabet", section on ASCII); Romanian text without
#   diacritics is the norm in informal typing (Wikipedia "Romanian
#   alphabet").
# - Romanian ș/ț typed with the cedilla (ş/ţ): the comma-below letters
#   arrived in Unicode 3.0 and Windows fonts only with Vista, so the
#   cedilla forms from ISO 8859-2/cp1250 persist (Wikipedia "S-comma",
#   "T-comma", "Romanian alphabet: comma-below versus cedilla").
# - Legal forms as the registers spell them: Serbia APR (d.o.o., a.d.,
#   o.d., preduzetnik "PR"), Croatia sudski registar (d.o.o., j.d.o.o.,
#   d.d., obrt "vl."), Slovenia AJPES (d.o.o., d.d., s.p.), North
#   Macedonia CRM (DOOEL, DOO, AD), Albania QKB / Kosovo ARBK (SH.P.K.,
#   sh.a., L.L.C.), Romania ONRC (S.R.L., S.A., PFA, II, S.R.L.-D), Moldova
#   ASP (SRL, ÎI, SA).  Typed in caps ("DOO", "SRL"), dropped or moved.
# - Quoted trading names: Yugoslav-era and Serbian register style
#   'Preduzeće za ... "Sloga" d.o.o.' (APR names).
# - Surnames -ić/-ic, and -ich/-itch in English transcription (diaspora
#   and old passports; Wikipedia "-ić").  Common surnames: Jovanović,
#   Petrović, Horvat, Novak, Popescu, Popa, Hoxha, Krasniqi, Stojanovski
#   (Wikipedia "Lists of most common surnames in European countries").
# - Hypocoristics: Aleksandar/Aca/Saša, Nikola/Nik, Jovan/Joca, Zoran/Zoki,
#   Alexandru/Sandu, Gheorghe/Gică, Constantin/Costel (Wikipedia pages on
#   the names).
# - Albanian definite/indefinite town names: Tiranë/Tirana, Shkodër/
#   Shkodra, Durrës/Durrësi (Wikipedia "Albanian nouns": definite -a/-i).
# - Connectors: "i" (sr/hr), "in" (sl), "și" (ro), "dhe" (sq), "&", "and".
# - Branch words: poslovnica, filijala, podružnica (sr/hr), poslovna enota
#   (sl), filijala/podružnica (mk), dega (sq), sucursala, punct de lucru
#   (ro, ONRC's term for a working point).
# - Municipality words: opština/općina/občina/opština, primăria, bashkia,
#   komuna (Kosovo) as the administrations style themselves.
# Kinds and their shares: REAL and IMP below (weights; a kind is drawn
# first, then customers until one takes it); one name in four an impostor.
# Rows are drawn again while label-audit.py doubts them (all seven rules)
# or, for an impostor, while its folded reading (script, diacritics, đ as
# dj or d, ş/ș, legal form dropped) is a customer's name, or is one with a
# letter moved, lost, doubled or changed, or is one plus towns and branch
# words (the customer's own site).
# Machines: a real row is on one of its customer's assets 78%, on another
# customer's asset 4%, on an unknown DESKTOP-/LAPTOP- name otherwise;
# impostors on unknown machines, a shared role name (RECEPCIJA, SEF,
# CONTABILITATE) 15%, the MSP's own (TEHNO-BG-NB04) for its staff.
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import screenconnect_record as scr  # noqa: E402

la = scr.label_audit()

# Countries: language group, desk, share of customers.
COUNTRIES = [("RS", "sr", "BEG", 24), ("ME", "sr", "BEG", 4),
	("BA", "bs", "BEG", 9), ("HR", "hr", "ZAG", 14), ("SI", "sl", "ZAG", 7),
	("MK", "mk", "SKP", 9), ("AL", "sq", "SKP", 7), ("XK", "sq", "SKP", 4),
	("RO", "ro", "BUC", 17), ("MD", "ro", "BUC", 5)]

TOWNS = {
	"RS": "Beograd Novi_Sad Niš Kragujevac Subotica Zrenjanin Pančevo Čačak "
		"Kraljevo Smederevo Valjevo Šabac Leskovac Užice Vranje Zaječar "
		"Sombor Kruševac Požarevac Pirot Jagodina Loznica Vršac",
	"ME": "Podgorica Nikšić Budva Bar Herceg_Novi Kotor Cetinje "
		"Bijelo_Polje Pljevlja Tivat Ulcinj",
	"BA": "Sarajevo Banja_Luka Tuzla Zenica Mostar Bijeljina Brčko Doboj "
		"Prijedor Trebinje Istočno_Sarajevo Bihać Gradiška",
	"HR": "Zagreb Split Rijeka Osijek Zadar Pula Slavonski_Brod Karlovac "
		"Varaždin Šibenik Sisak Dubrovnik Velika_Gorica Čakovec Koprivnica",
	"SI": "Ljubljana Maribor Celje Kranj Koper Velenje Novo_Mesto Ptuj "
		"Murska_Sobota Nova_Gorica Domžale",
	"MK": "Skopje Bitola Kumanovo Prilep Tetovo Ohrid Veles Štip Strumica "
		"Gostivar Kavadarci Kočani",
	"AL": "Tiranë Durrës Shkodër Vlorë Elbasan Korçë Fier Berat Lushnjë "
		"Sarandë Kavajë Gjirokastër Pogradec",
	"XK": "Prishtinë Prizren Pejë Gjakovë Ferizaj Gjilan Mitrovicë "
		"Vushtrri Podujevë",
	"RO": "București Cluj-Napoca Timișoara Iași Constanța Craiova Brașov "
		"Galați Ploiești Oradea Sibiu Bacău Arad Pitești Târgu_Mureș "
		"Baia_Mare Suceava Alba_Iulia Bistrița Turda",
	"MD": "Chișinău Bălți Orhei Cahul Ungheni Soroca Comrat Hîncești "
		"Strășeni",
}
TOWNS = {k: [w.replace("_", " ") for w in v.split()] for k, v in
	TOWNS.items()}
# Albanian towns: indefinite (as above) and definite forms.
SQ_DEF = {"Tiranë": "Tirana", "Durrës": "Durrësi", "Shkodër": "Shkodra",
	"Vlorë": "Vlora", "Elbasan": "Elbasani", "Korçë": "Korça",
	"Fier": "Fieri", "Berat": "Berati", "Lushnjë": "Lushnja",
	"Sarandë": "Saranda", "Kavajë": "Kavaja", "Gjirokastër": "Gjirokastra",
	"Pogradec": "Pogradeci", "Prishtinë": "Prishtina", "Prizren": "Prizreni",
	"Pejë": "Peja", "Gjakovë": "Gjakova", "Ferizaj": "Ferizaji",
	"Gjilan": "Gjilani", "Mitrovicë": "Mitrovica", "Vushtrri": "Vushtrria",
	"Podujevë": "Podujeva"}

GIVEN = {
	"sr": "Aleksandar Nikola Marko Milan Dragan Miloš Jovan Stefan Nenad "
		"Dejan Vladimir Zoran Milica Jelena Ana Marija Snežana Dragana "
		"Ivana Gordana Ljiljana Đorđe Nebojša Slobodan Branislav Vesna",
	"bs": "Amir Emir Adnan Haris Mirza Senad Edin Selma Amra Lejla Aida "
		"Nikola Dragan Ivana Jelena Marko Alen Dženana",
	"hr": "Ivan Josip Tomislav Marko Luka Ante Ana Ivana Maja Petra Matej "
		"Krešimir Željko Dubravka Vesna Hrvoje Goran Mirjana",
	"sl": "Janez Marko Andrej Matej Primož Tina Nina Mojca Maja Špela Jure "
		"Gregor Urška Boštjan Mateja",
	"mk": "Aleksandar Goran Dimitar Nikola Zoran Biljana Elena Marija "
		"Vesna Bojan Darko Kiril Blagoja Snežana Gjorgji",
	"sq": "Arben Besnik Ilir Fatmir Artan Gentian Blerina Elira Drita Erion "
		"Kastriot Valbona Agron Bujar Mimoza Dritan Luljeta",
	"ro": "Alexandru Andrei Mihai Ion Ștefan Gheorghe Constantin Maria "
		"Elena Ioana Cristina Mădălina Radu Vasile Adrian Florin Daniela "
		"Cătălin Bogdan",
}
GIVEN = {k: v.split() for k, v in GIVEN.items()}
SHORT = {"Aleksandar": ["Aca", "Saša", "Aco"], "Nikola": ["Nik", "Dzoni"],
	"Jovan": ["Joca"], "Zoran": ["Zoki"], "Vladimir": ["Vlada"],
	"Nenad": ["Neša"], "Slobodan": ["Boban", "Sloba"], "Branislav":
	["Bane"], "Snežana": ["Sneža"], "Gordana": ["Goca"], "Jelena":
	["Jeca"], "Ljiljana": ["Lila"], "Đorđe": ["Đole", "Djole"], "Josip":
	["Joža", "Joško"], "Tomislav": ["Tomo"], "Krešimir": ["Krešo"],
	"Janez": ["Janko"], "Primož": ["Primo"], "Dimitar": ["Mitko"],
	"Gjorgji": ["Gjoko"], "Blagoja": ["Blaže"], "Gentian": ["Geni"],
	"Kastriot": ["Kastro"], "Alexandru": ["Alex", "Sandu"], "Gheorghe":
	["Gică", "George"], "Constantin": ["Costel", "Costi"], "Ion":
	["Ionuț", "Nelu"], "Mihai": ["Mihăiță"], "Cătălin": ["Cata"],
	"Dragan": ["Gaga"], "Miloš": ["Mile"], "Marko": ["Mare"]}
SUR = {
	"sr": "Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić "
		"Stanković Pavlović Milošević Popović Živković Todorović Kostić "
		"Lazić Ristić Janković Mitrović Radovanović Milovanović Savić "
		"Vuković Lukić Đukić Simić Tomić Bogdanović Obradović Kovačević "
		"Ćirić Lješević Njegovan Džajić Vujović Radulović Bulatović "
		"Vučinić Perović Šćepanović",
	"bs": "Hodžić Hadžić Kovačević Delić Mujić Begić Šehić Softić Babić "
		"Husić Mehić Hasanović Jovanović Petrović Savić Ćosić Džeko",
	"hr": "Horvat Kovačević Babić Marić Jurić Novak Kovačić Knežević "
		"Vuković Marković Petrović Matić Tomić Pavlović Božić Blažević "
		"Grgić Perić Radić Šarić Lovrić Barišić Pavić",
	"sl": "Novak Horvat Kovačič Krajnc Zupančič Potočnik Kovač Mlakar Kos "
		"Vidmar Golob Turk Božič Kralj Zupan Bizjak Hribar Kotnik",
	"mk": "Stojanovski Nikolovski Trajkovski Georgievski Petrovski "
		"Jovanovski Dimitrovski Ristovski Angelovski Kostovski Stefanovski "
		"Popovski Gjorgjievski Krstevski Naumovski Velkovski",
	"sq": "Hoxha Shehu Berisha Krasniqi Gashi Morina Kelmendi Shala Bytyqi "
		"Hasani Leka Dervishi Çela Meta Kola Dushku Zeka Rexhepi Mulaj",
	"ro": "Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei "
		"Ciobanu Rusu Munteanu Constantin Marin Tudor Dobre Barbu Nistor "
		"Florea Ștefănescu Țurcanu Lungu Moldovan Năstase Sârbu Ceban "
		"Cojocaru Bălan Botnari",
}
SUR = {k: v.split() for k, v in SUR.items()}
COMMON_SUR = {"sr": ["Jovanović", "Petrović", "Popović", "Nikolić"],
	"bs": ["Hodžić", "Kovačević"], "hr": ["Horvat", "Kovačević", "Novak"],
	"sl": ["Novak", "Horvat"], "mk": ["Stojanovski", "Nikolovski"],
	"sq": ["Hoxha", "Krasniqi", "Berisha"], "ro": ["Popescu", "Ionescu",
	"Popa"]}

# Trading words (quoted trade names, hotels, wineries, shops).
TRADE = {
	"sr": "Sloga Zora Jedinstvo Sunce Lipa Javor Vidikovac Dunav Morava "
		"Sava Drina Zlatibor Kosmaj Avala Ravnica Medicus Vita Zdravlje "
		"Neptun Orion Vega Kolibri Hrast Breza Sokolac Izvor Lovćen",
	"bs": "Sloga Bosna Neretva Una Vrbas Igman Bjelašnica Trebević Sunce "
		"Zdravlje Vita Medicus Hrast Izvor Kolibri Ljiljan",
	"hr": "Lipa Jadran Lovor Maslina Galeb Sidro Velebit Kvarner Zagorje "
		"Medicus Vita Zdravlje Neptun Orion Hrast Kamenjak Bura Sokol",
	"sl": "Triglav Pohorje Lipa Sonček Zarja Kras Soča Lipica Medicus "
		"Vita Hrast Golica Kozjak Breza",
	"mk": "Vardar Pelister Biljana Makedonka Vodno Šar Medicus Vita "
		"Zdravje Sonce Orion Neptun Babuna Treska",
	"sq": "Iliria Dardania Shqiponja Arbëria Drini Butrinti Rozafa Teuta "
		"Alba Vjosa Medicus Vita Dajti Tomorri Lugina",
	"ro": "Carpați Dacia Dunărea Mureș Someș Bucegi Făget Izvorul Speranța "
		"Victoria Unirea Luceafărul Stejarul Ardealul Medicus Vita "
		"Codrii Nistru Prutul",
}
TRADE = {k: v.split() for k, v in TRADE.items()}
CONTRIVED = "Alfa Beta Delta Omega Nova Prima Max Pro Tehno Elektro Euro " \
	"Inter Mega Best Star Point Smart Net Medi Dent Farm".split()

# Sector patterns per language group: {T} trade word, {S} surname,
# {G} given name, {N} town, {P} a person named in a school.
SECTORS = {
	"clinic": {"sr": ["Poliklinika {T}", "Specijalistička ordinacija "
		"Dr {S}", "Poliklinika Dr {S}"], "bs": ["Poliklinika {T}",
		"Specijalistička ordinacija Dr. {S}"], "hr": ["Poliklinika {T}",
		"Specijalistička ordinacija dr. {G} {S}"], "sl": ["Zasebna "
		"ambulanta {G} {S}", "Poliklinika {T}"], "mk": ["PZU Poliklinika "
		"{T}", "PZU Dr. {S}"], "sq": ["Poliklinika {T}", "Klinika {T}"],
		"ro": ["Cabinet Medical Dr. {S} {G}", "Centrul Medical {T}",
		"Clinica {T}"]},
	"dental": {"sr": ["Stomatološka ordinacija {T}", "Stomatološka "
		"ordinacija Dr {S}"], "bs": ["Stomatološka ordinacija {T}"],
		"hr": ["Stomatološka ordinacija {G} {S}", "Dentalni centar {T}"],
		"sl": ["Zobna ambulanta {T}", "Zobozdravstvo {S}"], "mk":
		["PZU Stomatološka ordinacija {T}"], "sq": ["Klinika Dentare {T}"],
		"ro": ["Cabinet Stomatologic Dr. {S}", "Clinica Dentară {T}"]},
	"pharmacy": {"sr": ["Apoteka {T}"], "bs": ["Apoteka {T}"], "hr":
		["Ljekarna {T}", "Ljekarna {S}"], "sl": ["Lekarna {T}"], "mk":
		["PZU Apteka {T}"], "sq": ["Barnatore {T}", "Farmacia {T}"], "ro":
		["Farmacia {T}", "Farmacie {T}"]},
	"law": {"sr": ["Advokatska kancelarija {S}", "Advokat {G} {S}"],
		"bs": ["Advokatska kancelarija {S}"], "hr": ["Odvjetnički ured {G} "
		"{S}", "Odvjetničko društvo {S} i partneri"], "sl": ["Odvetniška "
		"pisarna {S}"], "mk": ["Advokatsko društvo {S}"], "sq": ["Studio "
		"Ligjore {S}", "Zyra Ligjore {S}"], "ro": ["Cabinet de Avocat {S} "
		"{G}", "Societatea Civilă de Avocați {S} și Asociații"]},
	"notary": {"sr": ["Javni beležnik {G} {S}"], "bs": ["Notar {G} {S}"],
		"hr": ["Javni bilježnik {G} {S}"], "sl": ["Notar {G} {S}"], "mk":
		["Notar {G} {S}"], "sq": ["Noter {G} {S}"], "ro": ["Birou Notarial "
		"{S} {G}", "Biroul Individual Notarial {S}"]},
	"accounting": {"sr": ["Knjigovodstvena agencija {T}", "Knjigovodstvena "
		"agencija {S}"], "bs": ["Računovodstveni biro {T}"], "hr":
		["Računovodstveni servis {T}", "Knjigovodstveni servis {S}"], "sl":
		["Računovodski servis {T}"], "mk": ["Smetkovodstveno biro {T}"],
		"sq": ["Zyra Kontabiliteti {T}"], "ro": ["Birou Contabil {T}",
		"Cabinet Contabilitate {S}"]},
	"school": {"sr": ["Osnovna škola \"{P}\"", "Predškolska ustanova "
		"\"{T}\""], "bs": ["JU Osnovna škola \"{P}\""], "hr": ["Osnovna "
		"škola {P}", "Dječji vrtić {T}"], "sl": ["Osnovna šola {P}",
		"Vrtec {T}"], "mk": ["OOU \"{P}\""], "sq": ["Shkolla 9-vjeçare "
		"\"{P}\""], "ro": ["Școala Gimnazială \"{P}\"", "Grădinița "
		"{T}"]},
	"municipality": {"sr": ["Opština {N}", "Gradska uprava {N}"], "bs":
		["Općina {N}"], "hr": ["Općina {N}", "Grad {N}"], "sl": ["Občina "
		"{N}"], "mk": ["Opština {N}"], "sq": ["Bashkia {N}"], "ro":
		["Primăria {N}", "Primăria Municipiului {N}"]},
	"hotel": {"sr": ["Hotel {T}", "Vila {T}"], "bs": ["Hotel {T}",
		"Pansion {T}"], "hr": ["Hotel {T}", "Pansion {T}"], "sl": ["Hotel "
		"{T}", "Penzion {T}"], "mk": ["Hotel {T}", "Vila {T}"], "sq":
		["Hotel {T}", "Bujtina {T}"], "ro": ["Hotel {T}", "Pensiunea "
		"{T}"]},
	"winery": {"sr": ["Vinarija {S}", "Vinarija {T}"], "bs": ["Vinarija "
		"{T}"], "hr": ["Vinarija {S}", "Vinski podrum {T}"], "sl":
		["Vinska klet {T}", "Vinarstvo {S}"], "mk": ["Vinarija {T}"], "sq":
		["Kantina {T}"], "ro": ["Crama {T}", "Vinăria {T}"]},
	"trade": {"sr": ["Autoservis {T}", "Elektro {T}", "Stolarija {S}"],
		"bs": ["Autoservis {T}", "Stolarija {S}"], "hr": ["Autoservis {T}",
		"Elektro {S}", "Stolarija {S}"], "sl": ["Avtoservis {S}",
		"Elektro {T}", "Mizarstvo {S}"], "mk": ["Avtoservis {T}"], "sq":
		["Servis {T}", "Auto Servis {S}"], "ro": ["Service Auto {T}",
		"Instalații {T}"]},
	"builder": {"sr": ["{T} Gradnja", "Građevinsko preduzeće \"{T}\""],
		"bs": ["{T} Gradnja"], "hr": ["{T} Gradnja", "Graditeljstvo {S}"],
		"sl": ["Gradbeništvo {S}", "{T} Gradnje"], "mk": ["{T} Gradba"],
		"sq": ["{T} Construction", "Ndërtim {T}"], "ro": ["{T} Construct",
		"Construcții {T}"]},
	"haulier": {"sr": ["{T} Transport", "Prevoz {S}"], "bs": ["{T} Trans"],
		"hr": ["Prijevoz {S}", "{T} Transport"], "sl": ["Prevozništvo {S}"],
		"mk": ["{T} Transport"], "sq": ["Transport {T}"], "ro": ["{T} "
		"Trans", "Transport {S}"]},
	"shop": {"sr": ["Prodavnica {T}", "Market {T}"], "bs": ["Market {T}"],
		"hr": ["Trgovina {T}"], "sl": ["Trgovina {T}"], "mk": ["Market "
		"{T}"], "sq": ["Market {T}", "Dyqani {T}"], "ro": ["Magazin {T}",
		"Market {T}"]},
	"restaurant": {"sr": ["Restoran {T}", "Kafana {T}"], "bs":
		["Restoran {T}", "Ćevabdžinica {T}"], "hr": ["Konoba {T}",
		"Restoran {T}"], "sl": ["Gostilna {S}", "Gostilna {T}"], "mk":
		["Restoran {T}"], "sq": ["Restorant {T}"], "ro": ["Restaurant {T}",
		"Bistro {T}"]},
	"ngo": {"sr": ["Udruženje građana \"{T}\""], "bs": ["Udruženje "
		"\"{T}\""], "hr": ["Udruga {T}"], "sl": ["Društvo {T}"], "mk":
		["Združenie {T}"], "sq": ["Shoqata {T}"], "ro": ["Asociația {T}",
		"Fundația {T}"]},
	"parish": {"sr": ["Crkvena opština {N}", "Parohija {N}"], "bs":
		["Crkvena opština {N}"], "hr": ["Župa {N}", "Župni ured {N}"],
		"sl": ["Župnija {N}"], "mk": ["Crkva Sv. {P2} {N}"], "sq": ["Kisha "
		"Katolike {N}"], "ro": ["Parohia Ortodoxă {N}", "Parohia "
		"Romano-Catolică {N}"]},
}
SECTOR_W = {"clinic": 8, "dental": 8, "pharmacy": 7, "law": 7, "notary": 3,
	"accounting": 8, "school": 5, "municipality": 4, "hotel": 6,
	"winery": 3, "trade": 8, "builder": 7, "haulier": 6, "shop": 7,
	"restaurant": 6, "ngo": 3, "parish": 2, "chain": 6}
PEOPLE = {"sr": ["Vuk Karadžić", "Dositej Obradović", "Sveti Sava",
	"Branko Radičević", "Jovan Jovanović Zmaj", "Desanka Maksimović",
	"Nikola Tesla", "Petar Petrović Njegoš"], "bs": ["Meša Selimović",
	"Musa Ćazim Ćatić", "Aleksa Šantić", "Ivo Andrić"], "hr": ["Ivan Goran "
	"Kovačić", "Matija Gubec", "Augusta Šenoe", "Antun Gustav Matoš",
	"Ivana Brlić Mažuranić"], "sl": ["Ivana Cankarja", "Franceta "
	"Prešerna", "Toneta Čufarja", "Prežihovega Voranca"], "mk": ["Kočo "
	"Racin", "Goce Delčev", "Brakja Miladinovci", "Kiril Pejčinovik"],
	"sq": ["Naim Frashëri", "Sami Frashëri", "Ismail Qemali", "Andon Zako "
	"Çajupi"], "ro": ["Mihai Eminescu", "Ion Creangă", "Lucian Blaga",
	"Nicolae Iorga", "George Coșbuc"]}
SAINTS = ["Nikola", "Dimitrija", "Kliment", "Naum", "Pantelejmon"]
CHAINS = {"sr": ["Optika Vizija", "Apoteka Zdravko", "Pekara Klas",
	"Menjačnica Dinar"], "bs": ["Optika Vizija", "Pekara Klas"], "hr":
	["Ljekarna Kamilica", "Optika Vid", "Pekarna Zrno"], "sl": ["Optika "
	"Vid", "Lekarna Kamilica"], "mk": ["Apteka Zdravko", "Optika "
	"Vizija"], "sq": ["Farmacia Jeta", "Optika Vizion"], "ro": ["Farmacia "
	"Salvia", "Optica Vizual", "Brutăria Spic"]}

LEGAL = {"RS": [("d.o.o.", 60), ("a.d.", 5), ("o.d.", 3), ("PR", 10),
		("", 22)],
	"ME": [("d.o.o.", 70), ("a.d.", 5), ("", 25)],
	"BA": [("d.o.o.", 65), ("d.d.", 8), ("a.d.", 5), ("", 22)],
	"HR": [("d.o.o.", 55), ("j.d.o.o.", 12), ("d.d.", 4), ("obrt", 9),
		("", 20)],
	"SI": [("d.o.o.", 60), ("d.d.", 4), ("s.p.", 16), ("", 20)],
	"MK": [("DOOEL", 45), ("DOO", 25), ("AD", 4), ("", 26)],
	"AL": [("SH.P.K.", 65), ("sh.a.", 8), ("", 27)],
	"XK": [("SH.P.K.", 55), ("L.L.C.", 15), ("", 30)],
	"RO": [("S.R.L.", 55), ("SRL", 10), ("S.A.", 4), ("PFA", 6), ("II", 3),
		("S.R.L.-D", 4), ("", 18)],
	"MD": [("SRL", 55), ("Î.I.", 10), ("S.A.", 5), ("", 30)]}
# Public bodies, schools, parishes, NGOs carry no company form.
# So do lawyers (a Serbian advokat is not a company; partnerships are
# "ortačko društvo", kept in their name).
NOLEGAL = {"school", "municipality", "ngo", "parish", "notary", "law"}
TRADE_ALL = {w for v in TRADE.values() for w in v} | set(CONTRIVED)
SECTOR_WORDS = {w for v in SECTORS.values() for pats in v.values()
	for p in pats for w in re.findall(r"[^\W\d_]+", re.sub(r"\{\w+\}",
	" ", p))}

BRANCH = {"sr": ["poslovnica", "filijala", "ogranak"], "bs":
	["poslovnica", "podružnica"], "hr": ["poslovnica", "podružnica"],
	"sl": ["poslovna enota", "PE"], "mk": ["filijala", "podružnica"],
	"sq": ["dega", "filiali"], "ro": ["sucursala", "punct de lucru",
	"filiala"]}
AND = {"sr": "i", "bs": "i", "hr": "i", "sl": "in", "mk": "i",
	"sq": "dhe", "ro": "și"}

# Serbian/Macedonian Cyrillic <-> Latin.
SR_L2C = [("Dž", "Џ"), ("DŽ", "Џ"), ("dž", "џ"), ("Lj", "Љ"), ("LJ", "Љ"),
	("lj", "љ"), ("Nj", "Њ"), ("NJ", "Њ"), ("nj", "њ")]
SR_1 = dict(zip("abvgdđežzijklmnoprstćufhcčšABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ",
	"абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ"))
MK_L2C = [("Gj", "Ѓ"), ("GJ", "Ѓ"), ("gj", "ѓ"), ("Kj", "Ќ"), ("KJ", "Ќ"),
	("kj", "ќ"), ("Dz", "Ѕ"), ("dz", "ѕ"), ("Zh", "Ж"), ("zh", "ж"),
	("Ch", "Ч"), ("ch", "ч"), ("Sh", "Ш"), ("sh", "ш")] + SR_L2C
MK_1 = dict(SR_1)
MK_1.update({"č": "ч", "Č": "Ч", "š": "ш", "Š": "Ш", "ž": "ж", "Ž": "Ж",
	"ć": "ќ", "Ć": "Ќ", "đ": "ѓ", "Đ": "Ѓ"})
LATIN_KEEP = {"d.o.o.", "DOO", "DOOEL", "PR", "a.d.", "d.d.", "AD"}


def to_cyr(s, lang):
	"""Latin text in Cyrillic (Serbian or Macedonian), word by word; a
	legal form stays as typed half the time in real lists, here Cyrillic
	for d.o.o. as д.о.о. (the register's Cyrillic spelling)."""
	pairs, one = (MK_L2C, MK_1) if lang == "mk" else (SR_L2C, SR_1)
	out = []
	for w in s.split(" "):
		for a, b in pairs:
			w = w.replace(a, b)
		out.append("".join(one.get(ch, ch) for ch in w))
	return " ".join(out)


C2L = {v: k for k, v in SR_1.items()}
C2L.update({"Џ": "Dž", "џ": "dž", "Љ": "Lj", "љ": "lj", "Њ": "Nj",
	"њ": "nj"})
MK_C2L = dict(C2L)
MK_C2L.update({"Ѓ": "Gj", "ѓ": "gj", "Ќ": "Kj", "ќ": "kj", "Ѕ": "Dz",
	"ѕ": "dz", "Ж": "Zh", "ж": "zh", "Ч": "Ch", "ч": "ch", "Ш": "Sh",
	"ш": "sh"})


def to_lat(s, lang):
	t = MK_C2L if lang == "mk" else C2L
	return "".join(t.get(ch, ch) for ch in s)


def is_cyr(s):
	return re.search("[\u0400-\u04ff]", s) is not None


def strip_dia(s, dj="dj"):
	"""Diacritics dropped as on an English keyboard: đ as dj or d."""
	s = s.replace("đ", dj).replace("Đ", dj.capitalize())
	s = unicodedata.normalize("NFKD", s)
	return unicodedata.normalize("NFC", "".join(ch for ch in s
		if not unicodedata.combining(ch)))


def cedilla(s):
	return s.replace("ș", "ş").replace("Ș", "Ş").replace("ț", "ţ") \
		.replace("Ț", "Ţ")


def wchoice(rng, items):
	tot = sum(w for _, w in items)
	r = rng.uniform(0, tot)
	for v, w in items:
		r -= w
		if r <= 0:
			return v
	return items[-1][0]


class G:
	pass


def fill(rng, pat, lang, town, sur, given):
	vals = {"T": rng.choice(TRADE[lang] + CONTRIVED[:6]), "S": sur,
		"G": given, "N": town, "P": rng.choice(PEOPLE[lang]),
		"P2": rng.choice(SAINTS)}
	return re.sub(r"\{(\w+)\}", lambda m: vals[m.group(1)], pat)


def make_customer(rng, g, cc, lang, desk):
	sector = wchoice(rng, list(SECTOR_W.items()))
	town = rng.choice(TOWNS[cc])
	sur = rng.choice(SUR[lang])
	given = rng.choice(GIVEN[lang])
	c = {"cc": cc, "lang": lang, "desk": desk, "sector": sector,
		"town": town, "sur": sur, "given": given, "chain": None}
	if sector == "chain":
		ch = rng.choice(CHAINS[lang])
		c["chain"] = ch
		base = ch + " " + town
	else:
		base = fill(rng, rng.choice(SECTORS[sector][lang]), lang, town, sur,
			given)
		# a town after generic shops, hotels and firms sets namesakes apart
		if sector in ("pharmacy", "shop", "restaurant", "trade",
				"accounting", "clinic") and rng.random() < 0.3:
			base += " " + town
	form = "" if sector in NOLEGAL else wchoice(rng, LEGAL[cc])
	if form == "PR":
		# Serbian APR: "GIVEN SURNAME PR BUSINESS TOWN"
		name = "%s %s PR %s %s" % (given, sur, base, town) \
			if town not in base else "%s %s PR %s" % (given, sur, base)
	elif form == "obrt":
		name = "%s, vl. %s %s" % (base, given, sur)
	elif form == "s.p.":
		name = "%s - %s %s s.p." % (base, given, sur)
	elif form in ("PFA", "II", "Î.I."):
		name = "%s %s %s" % (sur, given, form) if rng.random() < 0.6 else \
			"%s %s %s %s" % (form, sur, given, base)
	elif form:
		ws = base.split()
		if lang in ("sr", "bs") and rng.random() < 0.25 and \
				'"' not in base and ws[-1] in TRADE_ALL and \
				ws[-1] not in SECTOR_WORDS:
			name = '%s "%s" %s' % (" ".join(ws[:-1]) or "Preduzeće",
				ws[-1], form)
		else:
			name = base + " " + form
	else:
		name = base
	c["latin"] = name
	c["form"] = form
	c["name"] = name
	if lang in ("sr", "mk") and cc != "ME" and rng.random() < \
			(0.15 if lang == "sr" else 0.2):
		c["name"] = to_cyr(name, lang)
	elif cc == "BA" and lang == "bs" and c["town"] in ("Banja Luka",
			"Bijeljina", "Trebinje", "Istočno Sarajevo", "Doboj",
			"Prijedor", "Gradiška") and rng.random() < 0.3:
		c["name"] = to_cyr(name, "sr")
	return c


def prefix_of(name):
	ws = [w for w in re.sub(r"[^A-Za-z ]", " ",
		strip_dia(name)).upper().split() if len(w) > 2 and w not in
		("DOO", "SRL", "SHPK", "DOOEL", "HOTEL", "OPSTINA", "APOTEKA")]
	if not ws:
		return "CLIENT"
	return (ws[0][:4] + (ws[1][:3] if len(ws) > 1 else ""))[:7]


ROLE = ["RECEPCIJA", "SEF", "KANCELARIJA", "RACUNOVODSTVO", "BLAGAJNA",
	"CONTABILITATE", "RECEPTIE", "SERVER", "ADMIN", "SALTER", "MAGACIN",
	"FARMACIE", "APOTEKA1"]


def assets(rng, c, ids):
	p = prefix_of(c["latin"])
	out = []
	for k in range(rng.choice((1, 1, 2, 2, 3, 4))):
		r = rng.random()
		if r < 0.55:
			n = "%s-%s%02d" % (p, rng.choice(("PC", "NB", "LT", "WS")), k + 1)
		elif r < 0.75:
			n = "DESKTOP-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"
				"0123456789") for _ in range(7))
		elif r < 0.9:
			n = rng.choice(ROLE) + ("" if rng.random() < 0.5 else
				"-%d" % (k + 1))
		else:
			n = "%s-%s" % (p, strip_dia(c["given"]).upper())
		out.append({"id": next(ids), "name": n})
	return out


DOMAIN = {"RS": ".rs", "ME": ".me", "BA": ".ba", "HR": ".hr", "SI": ".si",
	"MK": ".mk", "AL": ".al", "XK": ".com", "RO": ".ro", "MD": ".md"}
STREETS = {"sr": ["Bulevar oslobođenja", "Kralja Petra", "Nemanjina",
	"Cara Dušana", "Vojvode Mišića", "Kneza Miloša"], "bs": ["Titova",
	"Maršala Tita", "Ferhadija", "Kralja Tvrtka"], "hr": ["Ilica",
	"Vukovarska", "Savska cesta", "Ulica kralja Zvonimira"], "sl":
	["Slovenska cesta", "Celovška cesta", "Trubarjeva ulica"], "mk":
	["Bul. Partizanski odredi", "Ul. Makedonija", "Bul. Ilinden"], "sq":
	["Rruga e Durrësit", "Bulevardi Zogu I", "Rruga Nënë Tereza"], "ro":
	["Strada Mihai Viteazu", "Bulevardul Unirii", "Calea Victoriei",
	"Strada Avram Iancu"]}
ZIP = {"RS": (11000, 37000), "ME": (81000, 85000), "BA": (71000, 89000),
	"HR": (10000, 53000), "SI": (1000, 9000), "MK": (1000, 7000),
	"AL": (1001, 9700), "XK": (10000, 70000), "RO": (100000, 900000),
	"MD": (2000, 7000)}
JUDET = {"București": "B", "Cluj-Napoca": "CJ", "Timișoara": "TM",
	"Iași": "IS", "Constanța": "CT", "Craiova": "DJ", "Brașov": "BV",
	"Galați": "GL", "Ploiești": "PH", "Oradea": "BH", "Sibiu": "SB",
	"Bacău": "BC", "Arad": "AR", "Pitești": "AG", "Târgu Mureș": "MS",
	"Baia Mare": "MM", "Suceava": "SV", "Alba Iulia": "AB",
	"Bistrița": "BN", "Turda": "CJ"}


def address(rng, c):
	lo, hi = ZIP[c["cc"]]
	d = {"address": "%s %d" % (rng.choice(STREETS[c["lang"]]),
		rng.randint(1, 180)),
		"address_2": rng.choice([None, None, None, "sprat 2", "lokal 4",
			"et. 1", "ap. 12"]) if c["lang"] != "sq" else None,
		"city": c["town"], "state": JUDET.get(c["town"]) if c["cc"] == "RO"
		else None, "zip": "%d" % rng.randint(lo, hi)}
	if c["cc"] == "MD":
		d["zip"] = "MD-%d" % rng.randint(lo, hi)
	return d


def contacts(rng, c, ids):
	dom = re.sub(r"[^a-z]", "", strip_dia(c["latin"]).lower())[:14] + \
		DOMAIN[c["cc"]]
	out = []
	for k in range(rng.choice((0, 1, 1, 2, 3))):
		gn = c["given"] if k == 0 else rng.choice(GIVEN[c["lang"]])
		sn = c["sur"] if k == 0 else rng.choice(SUR[c["lang"]])
		out.append({"id": next(ids), "firstname": gn, "lastname": sn,
			"email": "%s.%s@%s" % (strip_dia(gn).lower(),
			strip_dia(sn).lower(), dom)})
	return out


def population(rng, ncust):
	g = G()
	g.custs = []
	ids = iter(range(5200000, 5200000 + 20 * ncust + 100))
	cw = [((cc, lang, desk), w) for cc, lang, desk, w in COUNTRIES]
	seen = set()
	while len(g.custs) < ncust:
		cc, lang, desk = wchoice(rng, cw)
		c = make_customer(rng, g, cc, lang, desk)
		k = la.key(to_lat(c["latin"], lang))
		if k in seen or not k:
			continue
		seen.add(k)
		c["id"] = 32000001 + len(g.custs)
		c["syncro"] = address(rng, c)
		c["contacts"] = contacts(rng, c, ids)
		c["assets"] = assets(rng, c, ids)
		g.custs.append(c)
	return g


# ---- real rows: how technicians type a customer ----

def legal_split(name, form):
	if form and form not in ("PR", "obrt") and name.endswith(" " + form):
		return name[:-len(form) - 1], form
	return name, ""


def n_exact(rng, c, s):
	return s


def n_script(rng, c, s):
	"""The other script: a Cyrillic customer typed in Latin (with or
	without diacritics), a Latin one typed in Cyrillic."""
	if is_cyr(c["name"]):
		t = c["latin"]
		return strip_dia(t, rng.choice(("dj", "d"))) if rng.random() < 0.4 \
			else t
	if c["lang"] in ("sr", "mk") or (c["cc"] == "BA" and
			rng.random() < 0.5):
		return to_cyr(c["latin"], "mk" if c["lang"] == "mk" else "sr")
	return None


def n_diacritics(rng, c, s):
	t = strip_dia(c["latin"], rng.choice(("dj", "dj", "d")))
	return t if t != c["latin"] else None


def n_cedilla(rng, c, s):
	if c["lang"] != "ro":
		return None
	t = cedilla(c["latin"])
	if t == c["latin"]:
		return None
	if rng.random() < 0.3:		# ă/â/î dropped, ş/ţ kept
		t = t.replace("ă", "a").replace("â", "a").replace("î", "i")
	return t


def n_legal(rng, c, s):
	base, form = legal_split(c["latin"], c["form"])
	if not form:
		return None
	r = rng.random()
	if r < 0.45:
		return base
	if r < 0.7:
		caps = form.replace(".", "").replace("-", "").upper()
		return base + " " + caps
	if r < 0.85:
		return form.upper().replace(".", "") + " " + base
	return base + ", " + form


def n_quote(rng, c, s):
	"""A trade name quoted (register style), or its quotes dropped."""
	if '"' in c["latin"]:
		m = re.search(r'"([^"]+)"', c["latin"])
		r = rng.random()
		if r < 0.5:
			return c["latin"].replace('"', "")
		if r < 0.8:
			return c["latin"].replace('"', "„", 1).replace('"', "“", 1)
		return c["latin"].replace('"', "'")
	if c["lang"] not in ("sr", "bs", "hr", "mk", "sq"):
		return None
	ws = c["latin"].split()
	for i, w in enumerate(ws):
		if w in TRADE_ALL and w not in SECTOR_WORDS:
			ws[i] = '"%s"' % w
			return " ".join(ws)
	return None


def n_person(rng, c, s):
	"""A named person's name shortened or with a patronymic initial."""
	t = c["latin"]
	if c["given"] not in t:
		return None
	r = rng.random()
	if r < 0.5 and c["given"] in SHORT:
		return t.replace(c["given"], rng.choice(SHORT[c["given"]]), 1)
	if r < 0.8:		# the father's initial: Marko P. Petrović,
		ini = rng.choice("ABDGJMNPRSTV")	# Romanian Popa I. Andrei
		if c["lang"] == "ro":
			return t.replace(c["given"], ini + ". " + c["given"], 1)
		return t.replace(c["given"], c["given"] + " " + ini + ".", 1)
	return t.replace(c["given"] + " ", "", 1)


def n_ich(rng, c, s):
	t = c["latin"]
	m = re.search(r"(\w+)i[ćč](\b)", t)
	if not m:
		return None
	end = rng.choice(("ic", "ich", "itch", "ic", "ić"))
	u = t[:m.start()] + m.group(1) + end + t[m.end():]
	return strip_dia(u) if rng.random() < 0.6 else u


def n_and(rng, c, s):
	t = c["latin"]
	for a in (" i ", " și ", " in ", " dhe ", " & "):
		if a in t:
			return t.replace(a, rng.choice((" & ", " and ", " + ",
				" " + AND[c["lang"]] + " ")), 1)
	return None


def n_albanian(rng, c, s):
	t = c["latin"]
	for a, b in SQ_DEF.items():
		if a in t:
			return t.replace(a, b)
		if b in t:
			return t.replace(b, a)
	return None


def n_reorder(rng, c, s):
	base, form = legal_split(c["latin"], c["form"])
	ws = base.split()
	if len(ws) < 2:
		return None
	if c["sur"] in ws and c["given"] in ws:	# Popescu Ion <-> Ion Popescu
		i, j = ws.index(c["sur"]), ws.index(c["given"])
		ws[i], ws[j] = ws[j], ws[i]
	else:
		ws = ws[1:] + ws[:1]
	return " ".join(ws + ([form] if form else []))


def n_truncated(rng, c, s):
	"""Cut as a narrow name field or a hurried technician cuts it, but
	after the first word that tells the customer apart (a trade name,
	person or town): a cut inside "Računovodski servis" names no one."""
	t = c["latin"] if not is_cyr(s) else s
	lat = c["latin"]
	if len(t) < 22:
		return None
	keep = None
	for m in re.finditer(r"[^\W\d_]+", lat):
		w = m.group(0)
		if w in SECTOR_WORDS:
			continue
		if w in TRADE_ALL or w == c["sur"] or w in c["town"].split():
			keep = m.end()
			break
	if keep is None or keep + 3 > len(t) - 3:
		return None
	return t[:rng.randint(keep + 3, len(t) - 3)].rstrip(" ,-\"")


def neighbours(ch):
	rows = ["qwertzuiop", "asdfghjkl", "yxcvbnm"]
	for r in rows:
		i = r.find(ch.lower())
		if i >= 0:
			return r[max(0, i - 1):i] + r[i + 1:i + 2]
	return ""


def n_typo(rng, c, s):
	t = c["latin"]
	idx = [i for i, ch in enumerate(t) if ch.isalpha()]
	if len(idx) < 6:
		return None
	i = rng.choice(idx[1:-1])
	r = rng.random()
	if r < 0.35 and t[i + 1:i + 2].isalpha():
		return t[:i] + t[i + 1] + t[i] + t[i + 2:]
	if r < 0.6:
		return t[:i] + t[i + 1:]
	if r < 0.8:
		return t[:i] + t[i] + t[i:]
	nb = neighbours(t[i])
	return t[:i] + rng.choice(nb) + t[i + 1:] if nb else None


def n_case(rng, c, s):
	t = c["latin"] if not is_cyr(s) else s
	return t.upper() if rng.random() < 0.7 else t.lower()


def n_branch(rng, c, s):
	"""The customer's own site: a branch word and a town or number."""
	base, form = legal_split(c["latin"], c["form"])
	other = rng.choice([t for t in TOWNS[c["cc"]] if t != c["town"]])
	b = rng.choice(BRANCH[c["lang"]])
	r = rng.random()
	if r < 0.4:
		return "%s - %s %s" % (base, b, other)
	if r < 0.7:
		return "%s %s %s" % (base, other, b)
	return "%s (%s %d)" % (base, b, rng.randint(1, 9))


def n_number(rng, c, s):
	base, form = legal_split(c["latin"], c["form"])
	st = c["syncro"]["address"]
	r = rng.random()
	if r < 0.5:
		return "%s %s" % (base, st.split()[-1])
	return "%s, %s" % (base, st)


def n_town(rng, c, s):
	base, form = legal_split(c["latin"], c["form"])
	if c["town"] in base:
		return None
	return "%s %s" % (base, c["town"])


def n_mixed(rng, c, s):
	t = s
	for f in rng.sample([n_legal, n_diacritics, n_case, n_typo, n_person,
			n_ich, n_town], 2):
		cc = dict(c)
		cc["latin"] = t if not is_cyr(t) else c["latin"]
		u = f(rng, cc, t)
		if u:
			t = u
	return t if t != s else None


REAL = [("exact", n_exact, 13), ("script", n_script, 11),
	("diacritics", n_diacritics, 11), ("cedilla", n_cedilla, 4),
	("legal", n_legal, 10), ("quoted", n_quote, 4), ("person", n_person, 4),
	("ich", n_ich, 3), ("and", n_and, 2), ("albanian def", n_albanian, 3),
	("reorder", n_reorder, 3), ("truncated", n_truncated, 4),
	("typo", n_typo, 6), ("case", n_case, 5), ("branch", n_branch, 5),
	("number", n_number, 2), ("town", n_town, 3), ("mixed", n_mixed, 8)]


# ---- impostors ----

def fresh(rng, g, c):
	"""A new customer-shaped name that no customer has."""
	return make_customer(rng, g, c["cc"], c["lang"], c["desk"])


def i_shape(rng, g, c):
	return fresh(rng, g, c)["latin"]


def i_surname(rng, g, c):
	"""A common surname in a different business: sharing it proves
	nothing."""
	lang = c["lang"]
	sur = rng.choice(COMMON_SUR[lang])
	sec = rng.choice(["law", "dental", "accounting", "winery", "haulier",
		"notary"])
	pat = rng.choice(SECTORS[sec][lang])
	if "{S}" not in pat:
		pat = rng.choice(SECTORS["law"][lang])
	t = fill(rng, pat, lang, rng.choice(TOWNS[c["cc"]]), sur,
		rng.choice(GIVEN[lang]))
	return t + ("" if sec in NOLEGAL else " " + wchoice(rng, LEGAL[c["cc"]]))


def i_chain(rng, g, c):
	"""Another franchisee of a chain, in a town no customer of it has."""
	lang = c["lang"]
	ch = rng.choice(CHAINS[lang])
	town = rng.choice(TOWNS[c["cc"]])
	return rng.choice(("%s %s", "%s - %s")) % (ch, town)


def i_rare(rng, g, c):
	"""A customer's rarest word in another name."""
	ws = [w for w in re.findall(r"[^\W\d_]{4,}", c["latin"])
		if w in TRADE_ALL and w not in SECTOR_WORDS]
	if not ws:
		return None
	w = min(ws, key=lambda x: (len(g.inv.get(la.key(x), ())), x))
	sec = rng.choice(["hotel", "shop", "restaurant", "builder", "ngo"])
	pat = rng.choice(SECTORS[sec][c["lang"]])
	return pat.replace("{T}", w).replace("{S}", w).replace("{N}", w) \
		if "{T}" in pat or "{S}" in pat else None


def i_namesake(rng, g, c):
	"""A namesake: same trade and person or word, another town, typed as
	its own distinct name."""
	lang = c["lang"]
	town = rng.choice([t for t in TOWNS[c["cc"]] if t != c["town"]])
	given = rng.choice([x for x in GIVEN[lang] if x != c["given"]])
	sec = c["sector"] if c["sector"] != "chain" else "shop"
	if sec in ("municipality", "parish"):
		return None	# another town's is just another one, not a namesake
	pat = rng.choice(SECTORS[sec][lang])
	t = fill(rng, pat, lang, town, c["sur"], given)
	if "{G}" not in pat:	# more than the town differs
		t = "%s %s" % (t, rng.choice(NAMESAKE_MARK))
	return t if town in t else t + " " + town


# What sets a namesake business apart besides its town ("Market Zora Plus").
NAMESAKE_MARK = ["Plus", "Pro", "2", "Nova", "Trade", "Group", "M"]
VENDORS = ["Telekom Srbija", "mts Telekom", "A1 Hrvatska", "Hrvatski "
	"Telekom", "Telekom Slovenije", "Makedonski Telekom", "Vodafone "
	"Albania", "Orange România", "Digi RCS-RDS", "Moldtelecom", "EPS "
	"Distribucija", "HEP", "Elektro Ljubljana", "Enel", "Poreska uprava",
	"Porezna uprava", "ANAF", "FINA", "AJPES", "APR", "Microsoft", "HP "
	"servis", "Canon servis", "Synology", "Kaspersky"]


def i_vendor(rng, g, c):
	return rng.choice(VENDORS) + rng.choice(("", "", " podrška", " - ticket",
		" portal"))


HOME = {"sr": ["privatno", "(kući)", "laptop"], "bs": ["privatno",
	"(kući)"], "hr": ["privatno", "(doma)"], "sl": ["zasebno", "(doma)"],
	"mk": ["privatno", "doma"], "sq": ["privat", "(në shtëpi)"],
	"ro": ["personal", "acasă", "laptop"]}


def i_personal(rng, g, c):
	"""A person's own computer, named by the person."""
	lang = c["lang"]
	gn, sn = rng.choice(GIVEN[lang]), rng.choice(SUR[lang])
	h = rng.choice(HOME[lang] + [""])
	return ("%s %s %s" % (gn, sn, h)).strip()


def i_staff(rng, g, c):
	return rng.choice(("Tehno Servis interno", "TEHNO-IT test", "Interni "
		"- Beograd desk", "Test sesija", "Demo klijent", "Birou Cluj "
		"intern", "Zagreb ured - interno"))


def i_prospect(rng, g, c):
	f = fresh(rng, g, c)["latin"]
	return rng.choice(("Ponuda - %s", "Ofertă %s", "%s (demo)",
		"Oferta %s")) % f


IMP = [("impostor: same shape", i_shape, 24),
	("impostor: same surname", i_surname, 16),
	("impostor: chain franchise", i_chain, 8),
	("impostor: rare word", i_rare, 12),
	("impostor: namesake", i_namesake, 14),
	("impostor: vendor", i_vendor, 6), ("impostor: personal", i_personal, 8),
	("impostor: own staff", i_staff, 4), ("impostor: prospect", i_prospect,
	8)]


def index(g):
	g.inv = {}
	for i, c in enumerate(g.custs):
		for w in la.words(to_lat(c["name"], c["lang"])):
			g.inv.setdefault(w, []).append(i)
	g.audit = la.Audit([(str(c["id"]), c["name"]) for c in g.custs])
	# own check: every customer read folded (script, diacritics, đ as dj
	# or d, ş/ș) and less its legal form
	g.folded = {}
	for i, c in enumerate(g.custs):
		for v in (c["latin"], legal_split(c["latin"], c["form"])[0]):
			for k in fkeys(v):
				g.folded.setdefault(k, i)
	g.near = la.Audit([(str(i), k) for k, i in g.folded.items()])


# The region's forms label-audit.py does not set aside (they read as
# initials elsewhere), and "vl." (vlasnik, owner) before a sole trader.
REGION_FORMS = re.compile(r"(?i)(?<!\w)(a\.d\.|d\.d\.|o\.d\.|s\.p\.|sh\.a\.|"
	r"obrt|pr|vl\.|ii|î\.i\.|ad|l\.l\.c\.)(?!\w)")


def fkeys(s):
	"""The readings a technician's noise gives one name: folded keys."""
	s = to_lat(s, "mk") if re.search("[ЃЌЅѓќѕ]", s) else to_lat(s, "sr")
	out = set()
	bare = REGION_FORMS.sub(" ", s)
	for v in (s, s.replace("đ", "dj").replace("Đ", "Dj"),
			s.replace("dj", "đ").replace("Dj", "Đ"), bare,
			bare.replace("đ", "dj").replace("Đ", "Dj")):
		k = la.key(v).replace(" ", "")
		if k:
			out.add(k)
	return out


def plain(s):
	s = to_lat(s, "mk") if re.search("[ЃЌЅѓќѕ]", s) else to_lat(s, "sr")
	s = strip_dia(s, "d").lower().replace("dj", "d")
	return " ".join(re.sub(r"[^0-9a-z]+", " ", s).split())


# Towns (both Albanian forms) and branch words, folded: an impostor that
# is a customer's name plus these reads as that customer's own site.
PLACES = sorted({plain(t) for v in TOWNS.values() for t in v} |
	{plain(t) for t in SQ_DEF.values()} |
	{plain(b) for v in BRANCH.values() for b in v}, key=len, reverse=True)
PLACE_RE = re.compile(r"\b(%s)\b" % "|".join(re.escape(p) for p in PLACES))


def unsited(t):
	"""t's folded key less every town and branch word in it."""
	lat = to_lat(t, "mk") if re.search("[ЃЌЅѓќѕ]", t) else to_lat(t, "sr")
	return la.key(PLACE_RE.sub(" ", plain(REGION_FORMS.sub(" ",
		lat)))).replace(" ", "")


def swaps(k):
	"""k with one pair of neighbouring letters swapped."""
	return {k[:i] + k[i + 1] + k[i] + k[i + 2:] for i in range(len(k) - 1)
		if k[i] != k[i + 1]}


def imp_doubt(g, t):
	if g.audit.impostor(t) or g.audit.impostor_more(t) or g.audit.joined(t):
		return True
	lat = to_lat(t, "mk") if re.search("[ЃЌЅѓќѕ]", t) else to_lat(t, "sr")
	bare = REGION_FORMS.sub(" ", lat)
	for v in {lat, bare, lat.replace("dj", "đ").replace("Dj", "Đ"),
			bare.replace("dj", "đ").replace("Dj", "Đ")} - {t}:
		v = " ".join(v.split())
		if v and (g.audit.impostor(v) or g.audit.impostor_more(v) or
				g.audit.joined(v)):
			return True
	if unsited(t) in g.folded:
		return True
	for k in fkeys(t):
		if k in g.folded:
			return True
		if any(x in g.folded for x in swaps(k)) or g.near.near(k):
			return True	# a letter moved, lost, doubled or mistyped
	return False


def pick_cust(rng, g):
	return rng.randrange(len(g.custs))


def real_row(rng, g):
	"""A kind by its share, then customers until one takes it (a kind
	that fits few customers, cedilla or script, keeps its share)."""
	while True:
		row = real_try(rng, g, *wchoice(rng, [((k, f), w)
			for k, f, w in REAL]))
		if row:
			return row


def real_try(rng, g, kind, f):
	for _ in range(60):
		i = pick_cust(rng, g)
		c = g.custs[i]
		t = f(rng, c, c["name"])
		if not t or not clean_ok(t):
			continue
		t = scr.clean(t)
		if g.audit.real(t, str(c["id"])):
			continue
		return (t, i, kind, c["desk"])
	return None


def clean_ok(t):
	return len(t) >= 3 and la.words(to_lat(t, "sr"))


def impostor_row(rng, g):
	"""A kind by its share; one that finds no free name in 200 tries (a
	chain with a franchisee in every town of a big list) gives way."""
	while True:
		kind, f = wchoice(rng, [((k, f), w) for k, f, w in IMP])
		for _ in range(200):
			c = g.custs[pick_cust(rng, g)]
			t = f(rng, g, c)
			if not t or not clean_ok(t):
				continue
			t = scr.clean(t)
			if c["lang"] in ("sr", "mk") and rng.random() < 0.12:
				t = to_cyr(t, c["lang"])
			elif rng.random() < 0.25:
				t = strip_dia(t)
			if not imp_doubt(g, t):
				return (t, None, kind, c["desk"])


def draw_rows(rng, g, n):
	rows = []
	for _ in range(n):
		rows.append(impostor_row(rng, g) if rng.random() < 0.25 else
			real_row(rng, g))
	return rows


TECHS = {"BEG": ["Nemanja Ilić", "Stefan Pavlović", "Jelena Kostić"],
	"ZAG": ["Luka Babić", "Ana Horvat"], "SKP": ["Bojan Trajkovski",
	"Erion Gashi"], "BUC": ["Andrei Stoica", "Ioana Mureșan",
	"Radu Pop"]}
STAFF_PC = ["TEHNO-BG-NB04", "TEHNO-ZG-NB02", "TEHNO-CJ-PC01"]


def rand_pc(rng):
	return rng.choice(("DESKTOP-", "LAPTOP-", "DESKTOP-")) + \
		"".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
		for _ in range(7))


def machine(rng, g, row, roles):
	typed, i, kind, desk = row
	if i is not None:
		r = rng.random()
		if r < 0.78 and g.custs[i]["assets"]:
			return rng.choice(g.custs[i]["assets"])["name"]
		if r < 0.82:
			o = g.custs[rng.randrange(len(g.custs))]
			if o["assets"]:
				return rng.choice(o["assets"])["name"]
		return rand_pc(rng)
	if kind == "impostor: own staff":
		return rng.choice(STAFF_PC)
	if rng.random() < 0.15:
		return rng.choice(roles)
	return rand_pc(rng)


def main():
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random("blind22:" + seed)
	g = population(rng, ncust)
	index(g)
	rows = draw_rows(rng, g, nnames)
	owned = scr.asset_names(g.custs)
	roles = sorted(owned & set(ROLE)) or ["RECEPCIJA"]
	for c in g.custs:
		for k in ("cc", "lang", "desk", "sector", "town", "sur", "given",
				"chain", "latin", "form"):
			c.pop(k, None)
	scr.write_desk_set(rng, out, g.custs, rows,
		lambda row: machine(rng, g, row, roles), TECHS,
		("blind22", seed, 1804000000, 1187, 80))


if __name__ == "__main__":
	main()
