#!/usr/bin/python3
# gen-link-blind6.py NCUST NNAMES SEED OUTDIR - the sixth held-out benchmark
# for sdc-link (issue #14, session 5): a German/Dutch IT-Systemhaus on the
# Lower Rhine (the German-Dutch border) whose customers are professional
# practices, trades, Mittelstand manufacturers and distributors, clubs,
# schools, parishes and municipalities, named as technicians really type
# them in ScreenConnect session names.  Written by a helper that tunes
# nothing, without reading the other generators' word lists or noise code;
# the tuner never sees this file nor its output; the lead runs it once at
# the end of session 5; only aggregates are reported.  Python stdlib only;
# the same SEED gives the same files.
#
# Why this population: blind3 (UK/AU/CA registries), blind4 (a US MSP with
# a European fifth) and blind5 (US small business, non-profits, franchises)
# are all English-language lists.  A German-speaking list breaks the
# assumptions an English-tuned matcher makes: umlauts and "ß" that a
# technician types as ae/oe/ue/ss or drops, compound words written as one
# word, hyphenated or split ("Zahnarztpraxis", "Adler-Apotheke"), titles
# inside names ("Praxis Dr. med. ..."), legal forms of several words
# ("GmbH & Co. KG", "UG (haftungsbeschränkt)", "PartG mbB", "e.V."),
# "und"/"u."/"+" for "&", German shorthand (StB, RA, GS, GaLaBau, Fa.),
# near-namesake surnames (Schmidt/Schmitt/Schmitz, Meyer/Meier/Maier) and
# one shop shape in every town (Adler-Apotheke, Gemeinde X, TuS X e.V.).
# A border MSP also serves Dutch customers (a fifth here): B.V./V.O.F.,
# Stichting, tussenvoegsels ("van der Meer", typed "vd Meer" or
# "Vandermeer") and "ij" typed "y".
#
# Writes OUTDIR/customers.json (id, business_name, contacts [id, firstname,
# lastname, email], assets [id, name]), names.tsv (typed TAB true id or ""
# TAB noise kind TAB machine), sessions.jsonl (the machine left blank: the
# name is the only evidence) and sessions-machine.jsonl (the machine where
# sdc-sc2jsonl puts it: segment content "Connected to machine: NAME";
# session_type Access on an asset, Support otherwise), through the shared
# writer screenconnect_record.py.
#
# Where the shapes come from (learnt, not copied; every word below was
# written for this file, no public list was taken in):
#  - German legal forms and how they appear in names: handels-direct-com
#    .pages.dev "German company forms and where they appear" (GmbH, UG
#    (haftungsbeschränkt), AG in HRB; e.K., OHG, KG in HRA), IHK Hamburg
#    "Selection of Legal Form", corporate-data-league.ch "Germany" (the
#    spellings "GmbH & Co. KG", "GmbH & Co.KG", "GmbH + Co. KG" of one form),
#    the ILN guide "Establishing a business entity in Germany" (GbR, eGbR).
#  - Law and tax firm names: § 59k BRAO and § 2 PartGG as discussed on
#    haufe.de and juve.de ("Adé LLP", 2019): partner surnames, "und
#    Partner"/"Partnerschaft", "mbB", profession words (Rechtsanwälte,
#    Steuerberater); § 9 BORA (anwalt-suchservice.de): a firm's short name
#    ("Kurzbezeichnung") - so partner firms are typed by their first
#    partner or the partners' initials.
#  - Dutch legal forms: cbs.nl "Legal form", european-business.com "Forms
#    of legal entity ... Netherlands", KvK "Legal forms in the Netherlands"
#    (eenmanszaak, VOF, maatschap, BV, stichting, vereniging).
#  - Dutch surnames: Wikipedia "Tussenvoegsel" and dutchgenealogy.nl "How to
#    capitalize Dutch names with prefixes": van/de/van der/ter/ten, lower
#    case after a first name, capitalised alone, Belgian "Vandecasteele"
#    joined forms - so "van der" is typed "vd", "v.d.", or glued.
#  - Umlauts: german.stackexchange.com "Conversion table for diacritics"
#    (ä->ae, ß->ss, DIN 5007 sorting ä as a or ae) and "How to invertibly
#    transcript German umlauts" (Moers/Mörs, Eßlingen/Esslingen: lists and
#    typists disagree on spelling).
#  - Keyboard: Wikipedia "QWERTZ" (Y and Z swapped, umlaut keys right of
#    L and P) - slips hit QWERTZ neighbours, and a technician whose layout
#    is switched types z for y ("kezboard").
#  - How often slips happen and of which kind, as in blind5's sources
#    (Wikipedia (de) "Tippfehler": substitution and transposition most,
#    insertion least; Dhakal et al. 2018, "Observations on Typing from 136
#    Million Keystrokes": slips inside words, rarely on the first letter).
#  - Who a German Systemhaus serves: channelpartner.de "Die besten
#    IT-Dienstleister" surveys (SMB customers, Mittelstand) and small
#    Systemhaus price pages (itk-security.de: practices and trades on
#    maintenance contracts, practice software excluded) - so medical,
#    dental, tax and law practices, trades and manufacturers lead.
#
# The customers (NCUST), 80% German, 20% Dutch.  German weights: medical
# 12, dental 7, veterinary 3, pharmacy 5 (one shop shape per town:
# "Adler-Apotheke Goch"), law 7, tax and accounting 10, trades 14,
# manufacturing and distribution 12, property and engineering offices 6,
# clubs and foundations (e.V.) 8, municipalities and their companies 5,
# schools 5, parishes and nurseries 3.  Dutch weights: GP practice 4,
# dentist 3, physiotherapy 2, vet 1, law 2, accountants 3, building and
# installation 4, transport 2, foundations 2, municipality 1, primary
# school 2, other B.V. 4, trade with town 3, GP by district 2, other trades
# 2, maatschap 1.  A drawn name already taken is drawn again on a fresh
# vertical, so small verticals (towns, Dutch practices) saturate: at seed 1
# 17% of 5,000 and 13% of 50,000 customers are Dutch.  Legal forms by
# vertical (GmbH, GmbH & Co. KG, e.K., KG, OHG, UG (haftungsbeschränkt), GbR, PartG mbB, mbB, e.V., eG,
# AG; B.V., V.O.F.; 51% of customers carry one at seed 1).  39% of the
# names have an umlaut or ß; 8% of those with an umlaut are stored in ASCII
# (ae/oe/ue) as an import left them (3% of customers); then a technician
# types the umlaut.
# Names are unique once case, punctuation, spaces, umlaut spelling,
# "&"/"und"/"en" and the legal form are set aside.  Words repeat on purpose:
# about 150 towns, 40 shop/brand words, saints and trade words are shared
# by many customers; surnames (German and Dutch, with their spelling
# variants side by side) are rarer.  Contacts: 1-4, the first the
# principal (the doctor of "Praxis Dr. Krüger" is a Krüger); mail at the
# firm's own ASCII domain 60% ("elektro-mueller.de"), a public mailbox
# otherwise (t-online, gmx, web.de; ziggo, kpnmail).  Assets: log-normal,
# median 4 (manufacturers, schools, municipalities three times more), at
# most 80; per customer one scheme: "<INITIALS>-PC01"/"-NB02"/"-SRV01" 50%,
# Windows' DESKTOP-XXXXXXX 25%, role names 25% (EMPFANG, ANMELDUNG,
# BEHANDLUNG2, LABOR, BUERO1, CHEF, LEHRERZIMMER; BALIE, SPREEKKAMER1 -
# shared by many customers); user machines (PC-MUELLER, NB-SABINE) for a
# third, DATEV-SRV at tax firms.  70% of customers get a prefix of their
# own ("SM2-PC01" when "SM" is taken); the rest keep colliding initials.
# At seed 1 with 5,000 customers the median customer has 5 assets and
# 4.2% of the machine names belong to more than one customer.
#
# The names (NNAMES): 85% real customers, drawn in proportion to (1 +
# assets)^0.7 (bigger customers call more), 15% impostors, as in the
# issue's benchmark.  Real kinds, exact counts (largest remainder) from
# these weights - an assumption: the kinds at about its shares,
# with the German-only kinds (umlaut, title, compound, prefix) a fifth
# because every third German name has an umlaut, a title or a compound:
# exact 9, case 7 (lower 70%, capitals 20%, first letters only 10%),
# suffix 10 (legal form dropped 70%, written another way or changed 30%:
# "GmbH & Co KG", "GmbH", "eV", "BV"), umlaut 9 (ä->ae 65%, ä->a 35%,
# ß->ss in both; a name stored in ASCII typed with its umlauts; Dutch
# ij->y), title 5 ("Dr. med." -> "Dr", the first name or the title
# dropped), compound 5 (hyphen <-> space <-> glued: "Adler Apotheke",
# "Zahnarzt Praxis", "St." <-> "Sankt", "van der" -> "vd"/"v.d."/glued),
# and 4 ("&" <-> "und"/"u."/"+"; "en"), reorder 5 (a descriptor or a town
# moved, partners swapped), truncated 10 (leading words, the town dropped,
# cut at a field width, first partner only), abbreviation 12 (partner
# initials "BLW", StB/RA/WP, GS/KGS/GGS/Gym, GaLaBau, MVZ, Physio, Apo,
# Gem./Stadtverw., whole-name initials of three or more words), prefix 3
# ("Fa. "/"Firma " before a business, "Praxis " before a doctor), typo 9,
# typo+umlaut 4, typo+case 3, two typos 4, mixed 6 (a short form -
# truncated, abbreviated, compound or title - with a typo 40%, an umlaut
# change 30% or a case change 30%).  A kind that does not apply to a
# customer (no umlaut, no title, no "&") is drawn on another customer.  Typos on a QWERTZ keyboard: a
# neighbour key 35%, two letters swapped 25%, a letter dropped 22%, a
# letter doubled or a neighbour added 18%, a word's first letter spared
# 90%; one slip in twenty is the y/z layout swap when the word has a y or
# z.
# Labels stay honest: a typed name whose key (case, punctuation, spaces,
# umlaut spelling, "&"/"und" and legal forms set aside) is another
# customer's, or is one slip (OSA distance 1) from another customer's key,
# is drawn again; nearer rivals at distance 2 ("Schmidt" typed for the
# firm "Schmitz") are left, as in life.  A row with no honest name in 300
# draws becomes a customer's exact name, labelled "exact"; seed 1 needs
# none at 5,000 or 50,000 customers.  A short form (truncated) keeps a
# word of four or more letters that is not a trade or descriptor word, so
# "Stadtwerke" alone is never the answer for "Stadtwerke Goch GmbH".
#
# Impostors (not customers): "impostor: rare word" 30% (a customer's
# rarest word in another trade: "Bäckerei Terhorst" beside "Terhorst
# Haustechnik GmbH"), "impostor: same shape" 20% (a customer's name with
# another surname or town the list also uses), "impostor: namesake" 15% (a
# surname spelt another way: Schmitz for Schmidt, Hofmann for Hoffmann,
# Janssen for Jansen - kept only when two or more slips away), "impostor:
# neighbour town" 15% (the same municipality, school, pharmacy or club
# shape in a town the MSP does not serve there), "impostor: internal" 12%
# (Privat, Homeoffice, Test, Schulungsraum, Messe-Laptop), "impostor:
# person" 8% (a private caller: "Fam. Lindemann", "Hr. Bäumer privat").
# An impostor whose key is a customer's, one slip from one, or whose words
# are a subset or superset of one customer's words is drawn again; a fifth
# get a case change or a typo.
#
# Machines (sessions-machine.jsonl), assumed shares as in blind4/blind5
# (the RMM agent installs ScreenConnect, so most work is on a managed PC):
# real - one of the customer's assets 72%, a new machine Syncro does not
# know 12%, a Support session on the caller's own device 8%, no name 5%, an
# asset Syncro lists under another customer 3%.  Impostors - an unknown
# DESKTOP- name 45%, a role name some customers own 25%, a caller's device
# 15%, no name 15%.  A new machine follows the customer's prefix scheme
# when it has one ("SM-PC09", unknown to Syncro).  At seed 1 with 5,000
# customers: 47% of the real sessions are on a machine only their customer
# owns, 25% on one several customers own (their own among them), 3.7% on
# another customer's.
#
# Speed: seed 1 takes 1.2 s for 5,000 customers and 2,000 names, 18 s wall
# (8 s CPU, load 8) and 400 MB for 50,000 customers and 10,000 names.
import bisect
import hashlib
import json
import math
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import screenconnect_record as scr  # noqa: E402

# ---------------------------------------------------------------- words
DE_SUR = """Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz
Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz
Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause
Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber
Kaiser Fuchs Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich
Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht
Schuster Ludwig Böhm Winter Kraus Schumacher Krämer Vogt Stein Jäger Otto
Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich
Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Voigt Sauer Arnold Wolff
Pfeiffer Terhorst Hendricks Derksen Tebbe Bruckmann Pastoors Gerritzen
Kerkhoff Thönnissen Büskens Evers Hülsken Rütten Tönnies Hölscher Küppers
Röttgen Bücker Lütke Mölders Tüshaus Vöcking Wübben Dückers Göbel Büttner
Jürgens Löhr Grün Süß Strauß Voß Nußbaum Rößler Meißner Hüsken Janßen
Verhülsdonk Boßmann Kösters Lamers Hegmann Elsing Tenbrink Wellmann Ingenlath
Schaffrath Deckers Aengenvoort Spelleken Bröcheler Gesthüsen Kleinpaß
Hendrix Peerenboom Arntz Baumanns Heuvens Jakobs Mertens Lemmen Thissen
Kremer Ophey Stienen Pauwels Höfer Dörr Kühne Lübbers Wächter Förster""".split()
NL_SUR = """de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Visser Smit
Meijer de_Boer Mulder de_Groot Bos Vos Hendriks van_Leeuwen Dekker Brouwer
de_Wit Dijkstra Smits de_Graaf van_der_Meer van_der_Linden Kok de_Haan
Vermeulen van_den_Heuvel van_der_Veen van_den_Broek de_Bruijn van_der_Heijden
Schouten van_Beek Willems van_Vliet van_de_Ven Hoekstra Maas Verhoeven Koster
van_Dam van_der_Wal Prins Blom Huisman Peeters de_Koning Bosman van_Wijk
Kuipers Veenstra Kramer van_den_Bosch Post Timmermans ter_Horst ten_Brink
Wouters Verbeek Kamphuis Gerritsen Arts Wijnen Rutten Hermsen Thijssen
Roelofs Loeffen Driessen Teunissen Claassen Ebben Lamers Gerrits Wijers
Jacobs Martens Geurts van_Haren van_Os Cuppen Nijhof Reijnders""".split()
DE_FIRST = """Thomas Michael Andreas Stefan Frank Klaus Jürgen Peter Markus
Christian Martin Uwe Jörg Ralf Dirk Bernd Sabine Petra Monika Andrea Claudia
Susanne Birgit Nicole Stefanie Anja Katrin Julia Jana Lena Jan Tobias Björn
Sören Jens Heike Gabriele Ute Doris Jutta Maria Anna Lukas Felix Günter Hans
Werner Manfred Rüdiger Hildegard Anke Marion Volker Heinz Kerstin""".split()
NL_FIRST = """Jan Piet Kees Henk Willem Bram Daan Sander Joost Maarten Ruud Wim
Gert Anouk Sanne Femke Marloes Ingrid Ineke Annemieke Mieke Esther Linda Inge
Lotte Sjoerd Thijs Niels Koen Jeroen Rik Bas Marijke Ilse""".split()
DE_TOWN = """Kleve Goch Emmerich Rees Kalkar Kevelaer Geldern Straelen Xanten
Wesel Moers Kamp-Lintfort Rheinberg Voerde Dinslaken Hamminkeln Bocholt Borken
Isselburg Uedem Weeze Kranenburg Bedburg-Hau Issum Kerken Nettetal Viersen
Krefeld Tönisvorst Willich Mönchengladbach Brüggen Schwalmtal Kempen Grefrath
Wachtendonk Sonsbeck Alpen Hünxe Schermbeck Raesfeld Velen Rhede Südlohn
Stadtlohn Vreden Ahaus Gescher Coesfeld Dülmen Lünen Düren Jülich Würselen
Hückelhoven Erkelenz Heinsberg Übach-Palenberg Geilenkirchen Wassenberg
Wegberg Düsseldorf Neuss Meerbusch Mülheim Oberhausen Duisburg Essen Münster
Aachen Grevenbroich Jüchen Korschenbroich Niederkrüchten Selfkant Gangelt
Waldfeucht Hamminkeln-Dingden Kellen Materborn Hasselt Pfalzdorf Kessel
Asperden Hommersum Winnekendonk Twisteden Walbeck Pont Veert Kapellen Aldekerk
Nieukerk Stenden Wankum Herongen Labbeck Ginderich Büderich Menzelen Drevenack
Brünen Spellen Götterswickerhamm Orsoy Budberg Millingen Haldern Elten
Vrasselt Praest Dornick Hüthum Hönnepel Appeldorn Wissel Grieth Marienbaum
Vynen Obermörmter Keppeln Uedemerbruch Till-Moyland Qualburg Huisberden
Griethausen Donsbrüggen Rindern Düffelward Wardhausen Brienen Schenkenschanz
Warbeyen Hau Louisendorf Schneppenbaum Zyfflich Wyler Niel Mehr Frasselt
Nütterden Grafwegen""".split()
NL_TOWN = """Nijmegen Arnhem Venlo Roermond Doetinchem Winterswijk Zevenaar Tiel
Oss Boxmeer Cuijk Gennep Venray Weert Helmond Eindhoven Enschede Hengelo
Almelo Zutphen Deventer Apeldoorn Ede Wageningen Groesbeek Heumen Wijchen
Druten Elst Huissen Duiven Didam Lochem Borculo Aalten Groenlo Ulft Gendringen
's-Heerenberg Nederweert Tegelen Blerick Horst Sevenum Maasbree Bergen Mook
Malden Beek Ubbergen Millingen_aan_de_Rijn Lobith Tolkamer Babberich Herwen
Pannerden Loo Westervoort Rheden Dieren Doesburg Hummelo Vorden Ruurlo Neede
Eibergen Haaksbergen Oldenzaal Denekamp Ootmarsum Tubbergen Vriezenveen
Nijverdal Rijssen Holten Markelo Goor Delden Borne Losser Glanerbrug""".split()
SHOP = """Adler Löwen Hirsch Rosen Markt Stadt Bahnhof Sonnen Stern Linden
Kloster Mühlen Park Rats Engel Einhorn Schwanen Kronen Burg Schloss Tor
Eichen Brunnen Wald Rhein Niers Maas Kreuz Dom Hubertus Martinus Glocken
Storchen Falken Greifen Bären Turm Garten Hafen""".split()
SAINT = """Martin Antonius Michael Josef Marien Ludgerus Willibrord Nikolaus
Georg Hubertus Anna Barbara Elisabeth Johannes Liudger Peter Lambertus
Quirinus Vitus Viktor Clemens Cyriakus Dionysius Laurentius Mauritius
Pankratius Sebastian Ulrich Walburga""".split()
PLACE = """Markt Park Rathaus Bahnhof Mühlenberg Stadtgarten Kirchplatz Wall
Tor Lindenplatz Rosengarten Schlossberg Hafen Deich Wasserturm Marktplatz
Friedhof Heideweg Kapellenberg Mühlenbach""".split()
PATRON = """Konrad-Adenauer Johannes-Gutenberg Geschwister-Scholl Anne-Frank
Albert-Schweitzer Heinrich-Heine Marie-Curie Friedrich-Spee Joseph-Beuys
Hildegard-von-Bingen Bertha-von-Suttner Alexander-von-Humboldt
Clemens-Brentano Annette-von-Droste Karl-Leisner Arnold-Janssen""".split()
TRADE = """Elektro Sanitär Heizungsbau Haustechnik Dachdeckerei Schreinerei
Tischlerei Zimmerei Fliesen Metallbau Stahlbau Gerüstbau Glaserei Bedachungen
Bauunternehmung Malerbetrieb Autohaus Landtechnik Bäckerei Metzgerei
Raumausstattung Elektrotechnik Kältetechnik Bodenbeläge Rollladenbau
Brunnenbau Schlosserei Steinmetz Zweiradhaus""".split()
TRADE_LONG = ["Garten- und Landschaftsbau", "Kfz-Meisterbetrieb",
	"Heizung und Sanitär", "Sanitär- und Heizungstechnik",
	"Kälte- und Klimatechnik", "Fenster- und Türenbau"]
MAKE = """Maschinenbau Kunststofftechnik Anlagenbau Präzisionsteile Verpackung
Fördertechnik Antriebstechnik Oberflächentechnik Lebensmittel Futtermittel
Logistik Großhandel Baustoffe Holzhandel Landhandel Gartenbau Stanztechnik
Drehteile Formenbau Gießerei Lackiertechnik Feinmechanik Blechbearbeitung
Schweißtechnik Pumpentechnik Hydraulik Etiketten Druckerei Möbelwerk
Fleischwaren Obsthandel Zierpflanzen""".split()
COIN_HEAD = """Rhein Niers Maas Lippe Issel Reichs Nord West Euro Agro Metall
Plast Hydro Therm Tech Grenz Land Stahl Flex Pro Green Aqua Terra""".split()
COIN_TAIL = """tec pack plan form line tronic log bau werk guss trans flor mat
star pur tex fix net""".split()
OFFICE = ["Hausverwaltung", "Architekturbüro", "Ingenieurbüro",
	"Vermessungsbüro", "Versicherungsbüro", "Fahrschule", "Immobilien",
	"Sachverständigenbüro", "Planungsbüro", "Bestattungen", "Reisebüro"]
CLUB = "TuS SV TSV SC VfL VfB DJK SuS SpVgg TV".split()
NL_TRADE = ["Installatiebedrijf", "Bouwbedrijf", "Schildersbedrijf",
	"Hoveniersbedrijf", "Aannemersbedrijf", "Loodgietersbedrijf",
	"Elektrotechniek", "Dakdekkersbedrijf", "Timmerbedrijf", "Metaalbouw"]
NL_COLOUR = """Regenboog Linde Wilg Esdoorn Vlinder Zonnebloem Klimop Horizon
Kompas Tweesprong Springplank Wereldwijs Boomgaard Wegwijzer Ark Meander
Molenwiek Sterrenwacht Kameleon Duizendpoot""".split()
FORM_ALIAS = {"GmbH & Co. KG": ["GmbH & Co KG", "GmbH + Co. KG", "GmbH & Co.KG",
	"GmbH"], "GmbH": ["Gmbh", "GmbH & Co. KG", "mbH"], "e.V.": ["eV", "e. V."],
	"UG (haftungsbeschränkt)": ["UG", "UG haftungsbeschränkt"],
	"PartG mbB": ["PartGmbB", "mbB"], "mbB": ["PartG mbB"], "e.K.": ["eK"],
	"KG": ["GmbH & Co. KG"], "OHG": ["oHG"], "GbR": ["Gbr"], "AG": ["GmbH"],
	"eG": ["e.G."], "B.V.": ["BV", "bv"], "V.O.F.": ["VOF", "vof"]}
LEGAL = {"gmbh", "co", "kg", "ag", "ug", "haftungsbeschrankt", "ek", "ev",
	"mbb", "partg", "partgmbb", "ohg", "gbr", "bv", "vof", "nv", "eg", "mbh",
	"inh"}
STOP = {"&", "und", "u", "en", "and", "+", "der", "die", "das", "am", "an",
	"fur", "von", "van", "de", "den", "het", "ter", "ten", "dr", "med",
	"st", "sankt"}
PUBLIC_DE = ["t-online.de", "gmx.de", "web.de", "gmx.net", "outlook.de",
	"gmail.com", "freenet.de"]
PUBLIC_NL = ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "gmail.com", "planet.nl"]
ROLE_MED = """EMPFANG ANMELDUNG BEHANDLUNG1 BEHANDLUNG2 BEHANDLUNG3 LABOR
ROENTGEN PRAXIS-SRV SERVER CHEF""".split()
ROLE_OFFICE = """EMPFANG SEKRETARIAT BUCHHALTUNG CHEF BUERO1 BUERO2 KONFERENZ
SERVER SRV01 TS01""".split()
ROLE_SHOP = "KASSE THEKE LABOR BUERO1 SERVER CHEF".split()
ROLE_WORK = """WERKSTATT LAGER VERSAND MEISTERBUERO BUCHHALTUNG SERVER SRV01
BUERO1 CHEF KONSTRUKTION""".split()
ROLE_PUBLIC = """VERWALTUNG SEKRETARIAT LEHRERZIMMER SCHULLEITUNG BUERO1 SERVER
SCHULUNG1 KONFERENZ""".split()
ROLE_BY = {"de_medical": ROLE_MED, "de_dental": ROLE_MED, "de_vet": ROLE_MED,
	"de_pharmacy": ROLE_SHOP, "de_trades": ROLE_WORK, "de_make": ROLE_WORK,
	"de_club": ROLE_PUBLIC, "de_town": ROLE_PUBLIC, "de_school": ROLE_PUBLIC,
	"de_church": ROLE_PUBLIC}
ROLE_NL = """BALIE SPREEKKAMER1 SPREEKKAMER2 KANTOOR1 KANTOOR2 ADMINISTRATIE
WERKPLAATS SERVER DIRECTIE""".split()
NAMESAKE = [["Schmidt", "Schmitt", "Schmid", "Schmitz", "Schmied"],
	["Meyer", "Meier", "Maier", "Mayer", "Mayr"], ["Hoffmann", "Hofmann",
	"Hofmans"], ["Wolf", "Wolff", "Wolfs"], ["Kuhn", "Kühn", "Kühne"],
	["Becker", "Bäcker", "Böcker"], ["Peters", "Peeters", "Pieters"],
	["Jansen", "Janssen", "Janßen", "Jansens"], ["Hendricks", "Hendriks",
	"Hendrix"], ["Krämer", "Kremer", "Kramer", "Cremer"], ["Lamers",
	"Lammers"], ["Thissen", "Thijssen", "Thyssen"], ["Mertens", "Martens",
	"Merten"], ["Jakobs", "Jacobs", "Jacobi"], ["Arntz", "Arnts", "Arends"],
	["Rütten", "Rutten", "Rüttgers"], ["Voß", "Vos", "Voss", "Vossen"],
	["Brandt", "Brand", "Brandts"], ["Kösters", "Köster", "Koster",
	"Küster"], ["Scholz", "Scholtz", "Schulz", "Schulze", "Schultz"],
	["Gerritzen", "Gerritsen", "Gerrits"], ["Derksen", "Dirksen", "Derks"]]
INTERNAL = ["Privat", "Homeoffice Chef", "Test", "Testsession", "Intern",
	"Intern Buchhaltung", "Lager intern", "Schulungsraum", "Vorführgerät",
	"Messe-Laptop", "Leihgerät 3", "Werkstatt PC", "Kollege Laptop",
	"Neuer Mitarbeiter", "Ersatzgerät", "Privé", "Test NL", "Demo",
	"Azubi Laptop", "Notfall", "Bürorechner Chef privat", "Lagerrechner"]
PUNCT = re.compile(r"[^\w&\s]|_")
SCHEME = re.compile(r"^[A-Z]+[0-9]*-(PC|NB|SRV|TS)[0-9][0-9]$")
QWERTZ = ["qwertzuiopü", "asdfghjklöä", "yxcvbnm"]


def words(s):
	return [w.replace("_", " ") for w in s]


DE_SUR, NL_SUR, NL_TOWN = words(DE_SUR), words(NL_SUR), words(NL_TOWN)
ALL_SUR = set(DE_SUR) | set(NL_SUR) | {w for g in NAMESAKE for w in g}
ALL_TOWN = set(DE_TOWN) | set(NL_TOWN)
DESCRIPTOR = """Praxis Hausarztpraxis Gemeinschaftspraxis Zahnarztpraxis Zahnärzte
Tierarztpraxis Tierklinik Kleintierpraxis Apotheke Rechtsanwälte Rechtsanwalt
Notar Kanzlei Anwaltskanzlei Kollegen Partner Steuerberater Steuerkanzlei
Steuerbüro Steuerberatung Steuerberatungsgesellschaft Wirtschaftsprüfer
Treuhand Lohnbüro Gemeinde Stadt Stadtverwaltung Stadtwerke Gemeindewerke
Bauhof Stadtbücherei Musikschule Wasserverband Grundschule Gymnasium
Gesamtschule Realschule Berufskolleg Schule Städtisches Katholische
Gemeinschaftsgrundschule Kirchengemeinde Pfarrei Kita Familienzentrum
Heimatverein Musikverein Lebenshilfe Tafel Bürgerstiftung Förderverein
Feuerwehr Freiwillige Schützenbruderschaft Pflegedienst Ambulanter
Physiotherapie Dentallabor Kieferorthopädie Zahnheilkunde Allgemeinmedizin
Medizinisches Versorgungszentrum MVZ Spedition Transporte Söhne
Huisartsenpraktijk Tandartspraktijk Fysiotherapie Dierenkliniek
Advocatenkantoor Accountantskantoor Transportbedrijf Stichting Gemeente
Basisschool Techniek Groep Handel Logistiek Metaal Bouw Nederland Benelux
Holland Kinderopvang Welzijn Zorg Thuiszorg Wonen""".split()


def _generic():
	out = set()
	for w in DESCRIPTOR + TRADE + MAKE + OFFICE + NL_TRADE + TRADE_LONG:
		out.update(fold(w).replace("-", " ").split())
	return out

# ---------------------------------------------------------------- keys
UML_AE = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
	"ß": "ss", "é": "e", "è": "e"}
UML_A = {"ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U",
	"ß": "ss", "é": "e", "è": "e"}


TABLES = {}


def translit(s, table):
	t = TABLES.get(id(table))
	if t is None:
		t = TABLES[id(table)] = str.maketrans(table)
	return s.translate(t)


def fold(s):
	"""Lower case, umlauts and their ae/oe/ue spelling both to a/o/u,
	ij to y: the spelling a list and a typist may disagree on."""
	s = translit(s.lower(), UML_A)
	for a, b in (("ae", "a"), ("oe", "o"), ("ue", "u"), ("ij", "y")):
		s = s.replace(a, b)
	return s


def tokens(s):
	"""Folded words, "&" and "+" apart."""
	s = PUNCT.sub("", fold(s).replace("&", " & ").replace("+", " & "))
	return s.split()


def key(s):
	"""The honesty key: case, punctuation, spaces, umlaut spelling,
	&/und/u./en and legal forms set aside."""
	out, ts = [], tokens(s)
	for n, w in enumerate(ts):
		if w in LEGAL or (w == "&" and ts[n + 1:n + 2] == ["co"]):
			continue
		out.append("&" if w in ("&", "und", "u", "en", "and") else w)
	return "".join(out)


def sig(s):
	"""Significant words: no legal forms, joiners, articles or titles."""
	return frozenset(w for w in tokens(s) if w not in LEGAL and w not in STOP
		and len(w) > 1)


def osa(a, b, cap=2):
	"""Optimal string alignment distance, stopped above cap."""
	if abs(len(a) - len(b)) > cap:
		return cap + 1
	prev2, prev = None, list(range(len(b) + 1))
	for i in range(1, len(a) + 1):
		cur = [i] + [0] * len(b)
		for j in range(1, len(b) + 1):
			c = 0 if a[i - 1] == b[j - 1] else 1
			cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + c)
			if (i > 1 and j > 1 and a[i - 1] == b[j - 2]
					and a[i - 2] == b[j - 1]):
				cur[j] = min(cur[j], prev2[j - 2] + 1)
		if min(cur) > cap:
			return cap + 1
		prev2, prev = prev, cur
	return prev[-1]


GENERIC = None


def generic(w):
	global GENERIC
	if GENERIC is None:
		GENERIC = _generic()
	return w in GENERIC or w in STOP or w in LEGAL or w.isdigit()


class Index:
	"""Customer keys and their one-deletion variants, to find the
	customers within one slip of a typed key without a full scan."""

	def __init__(self, custs):
		self.keys, self.dels, self.bysig = {}, {}, {}
		self.words = {}
		for i, c in enumerate(custs):
			k = c["key"]
			self.keys[k] = i
			for v in self._dels(k):
				self._add(self.dels, v, i)
			self.bysig.setdefault(c["sig"], i)
			for w in c["sig"]:
				self.words.setdefault(w, []).append(i)

	@staticmethod
	def _dels(k):
		return {k[:j] + k[j + 1:] for j in range(len(k))}

	@staticmethod
	def _add(d, v, i):
		old = d.get(v)
		if old is None:
			d[v] = i
		elif isinstance(old, list):
			if old[-1] != i:
				old.append(i)
		elif old != i:
			d[v] = [old, i]

	def near(self, t, custs):
		"""Customers whose key is within OSA 1 of t."""
		cand = set()
		for v in [t] + list(self._dels(t)):
			if v in self.keys:
				cand.add(self.keys[v])
			hit = self.dels.get(v)
			if hit is not None:
				cand.update(hit if isinstance(hit, list) else [hit])
		return {i for i in cand if osa(t, custs[i]["key"], 1) <= 1}

	def subsume(self, s):
		"""True when the word set s is a subset or superset of some
		customer's significant words."""
		if not s:
			return True
		ws = sorted(s)
		for m in range(1, 1 << len(ws)) if len(ws) <= 8 else ():
			sub = frozenset(w for b, w in enumerate(ws) if m >> b & 1)
			if sub in self.bysig:
				return True
		lists = sorted((self.words.get(w, ()) for w in s), key=len)
		if not lists[0]:
			return False
		common = set(lists[0])
		for li in lists[1:]:
			common &= set(li)
			if not common:
				return False
		return bool(common)


# ---------------------------------------------------------------- customers
def pick(r, seq):
	return seq[r.randrange(len(seq))]


def wpick(r, pairs):
	"""pairs: (weight, value)."""
	t = r.random() * sum(w for w, _ in pairs)
	for w, v in pairs:
		t -= w
		if t < 0:
			return v
	return pairs[-1][1]


def dr(r):
	return wpick(r, [(5, "Dr. "), (2, "Dr. med. "), (3, "")])


def de_medical(r, S, F, T):
	s, f = S(), F()
	return wpick(r, [
		(4, ("Praxis %s%s %s" % (dr(r), f, s), "", [s])),
		(3, ("Hausarztpraxis Dr. %s" % s, "", [s])),
		(2, ("Gemeinschaftspraxis Dr. %s & Dr. %s" % (s, S()), "", [s])),
		(2, ("%spraxis Dr. %s" % (pick(r, ["Kinderarzt", "Frauenarzt",
			"Augenarzt", "Hautarzt", "Hausarzt", "Nervenarzt"]), s), "", [s])),
		(1, ("Praxis für Allgemeinmedizin %s %s" % (f, s), "", [s])),
		(1, ("MVZ %s" % T(), "GmbH", [])),
		(1, ("Medizinisches Versorgungszentrum %s" % T(), "GmbH", [])),
		(2, ("Praxis für Physiotherapie %s" % s, "", [s])),
		(1, ("Physiotherapie %s" % s, "GbR", [s])),
		(2, ("Ambulanter Pflegedienst %s" % s, "GmbH", [s])),
		(1, ("Pflegedienst %s %s" % (pick(r, SHOP), T()), "GmbH", []))])


def de_dental(r, S, F, T):
	s = S()
	return wpick(r, [
		(5, ("Zahnarztpraxis Dr. %s" % s, "", [s])),
		(2, ("Zahnärzte am %s %s" % (pick(r, PLACE), T()), "", [])),
		(2, ("Zahnarztpraxis Dr. %s und Dr. %s" % (s, S()), "", [s])),
		(1, ("Kieferorthopädie Dr. %s" % s, "", [s])),
		(1, ("Praxis für Zahnheilkunde %s %s" % (F(), s), "", [s])),
		(1, ("Zahnärztliche Gemeinschaftspraxis %s & %s" % (s, S()), "", [s])),
		(1, ("Dentallabor %s" % s, "GmbH", [s]))])


def de_vet(r, S, F, T):
	s = S()
	return wpick(r, [
		(3, ("Tierarztpraxis Dr. %s" % s, "", [s])),
		(1, ("Tierärztliche Praxis am %s" % pick(r, PLACE), "", [])),
		(1, ("Tierklinik %s" % T(), "GmbH", [])),
		(1, ("Kleintierpraxis %s %s" % (F(), s), "", [s]))])


def de_pharmacy(r, S, F, T):
	s = S()
	return wpick(r, [
		(5, ("%s-Apotheke %s" % (pick(r, SHOP), T()), pick(r, ["", "e.K."]), [])),
		(2, ("%s-Apotheke" % pick(r, SHOP), "e.K.", [])),
		(1, ("St.-%s-Apotheke %s" % (pick(r, SAINT), T()), "", [])),
		(1, ("Apotheke am %s %s" % (pick(r, PLACE), T()), "", [])),
		(1, ("Apotheke %s" % s, "e.K.", [s]))])


def de_law(r, S, F, T):
	a, b, c = S(), S(), S()
	return wpick(r, [
		(3, ("Rechtsanwälte %s, %s & %s" % (a, b, c), "", [a, b, c])),
		(3, ("%s, %s & Partner Rechtsanwälte" % (a, b), "PartG mbB", [a, b])),
		(2, ("Kanzlei %s" % a, "", [a])),
		(2, ("Rechtsanwalt und Notar %s %s" % (F(), a), "", [a])),
		(2, ("%s & %s Rechtsanwälte" % (a, b), "GbR", [a, b])),
		(1, ("Anwaltskanzlei %s & Kollegen" % a, "", [a])),
		(1, ("%s %s %s Rechtsanwälte" % (a, b, c), "mbB", [a, b, c]))])


def de_tax(r, S, F, T):
	a, b = S(), S()
	return wpick(r, [
		(3, ("%s & Partner Steuerberatungsgesellschaft" % a, "mbH", [a])),
		(3, ("Steuerberater %s %s" % (F(), a), "", [a])),
		(3, ("Steuerkanzlei %s" % a, "", [a])),
		(2, ("%s %s & Partner Steuerberater Wirtschaftsprüfer" % (a, b),
			"mbB", [a, b])),
		(2, ("Steuerbüro %s" % a, "", [a])),
		(1, ("%s Treuhand" % a, "GmbH", [a])),
		(1, ("Lohnbüro %s" % a, "", [a])),
		(1, ("Steuerberatung %s & %s" % (a, b), "PartG mbB", [a, b]))])


def de_trades(r, S, F, T):
	s, t = S(), pick(r, TRADE)
	if r.random() < 0.15:
		t = pick(r, TRADE_LONG)
	form = wpick(r, [(5, "GmbH"), (3, "GmbH & Co. KG"), (2, ""), (1, "e.K."),
		(1, "UG (haftungsbeschränkt)"), (1, "OHG"), (1, "KG")])
	return wpick(r, [
		(5, ("%s %s" % (t, s), form, [s])),
		(3, ("%s %s" % (s, t), form, [s])),
		(1, ("%s%s%s" % (t, " " if " " in t else "-", s), form, [s])),
		(1, ("%s %s & Söhne" % (t, s), form, [s])),
		(1, ("%s %s %s" % (t, F(), s), "", [s])),
		(1, ("%s %s %s" % (t, s, T()), form, [s]))])


def coined(r):
	return pick(r, COIN_HEAD) + pick(r, COIN_TAIL)


def de_make(r, S, F, T):
	s, m = S(), pick(r, MAKE)
	form = wpick(r, [(6, "GmbH"), (4, "GmbH & Co. KG"), (1, "KG"), (1, "AG"),
		(1, "eG")])
	return wpick(r, [
		(4, ("%s %s" % (s, m), form, [s])),
		(3, ("%s %s" % (coined(r), m), form, [])),
		(2, ("%s" % coined(r), form, [])),
		(2, ("Spedition %s" % s, form, [s])),
		(1, ("%s Transporte" % s, form, [s])),
		(1, ("%s %s %s" % (pick(r, COIN_HEAD), m, T()), form, [])),
		(1, ("%s & %s %s" % (s, S(), m), form, [s]))])


def de_office(r, S, F, T):
	s, o = S(), pick(r, OFFICE)
	return wpick(r, [
		(4, ("%s %s" % (o, s), pick(r, ["", "", "GmbH"]), [s])),
		(2, ("%s %s %s" % (o, F(), s), "", [s])),
		(1, ("%s %s" % (pick(r, COIN_HEAD), o), "GmbH", [])),
		(1, ("%s %s %s" % (s, o, T()), "GmbH", [s]))])


def de_club(r, S, F, T):
	t = T()
	return wpick(r, [
		(4, ("%s %d %s" % (pick(r, CLUB), r.randrange(1880, 1975), t), "e.V.", [])),
		(2, ("Schützenbruderschaft St. %s %s" % (pick(r, SAINT), t), "e.V.", [])),
		(2, ("Förderverein der %s-Schule %s" % (pick(r, PATRON), t), "e.V.", [])),
		(1, ("Heimatverein %s" % t, "e.V.", [])),
		(1, ("Musikverein %s" % t, "e.V.", [])),
		(1, ("Lebenshilfe %s" % t, "e.V.", [])),
		(1, ("Tafel %s" % t, "e.V.", [])),
		(1, ("Bürgerstiftung %s" % t, "", [])),
		(1, ("Förderverein Freiwillige Feuerwehr %s" % t, "e.V.", []))])


def de_town(r, S, F, T):
	t = T()
	return wpick(r, [
		(3, ("Gemeinde %s" % t, "", [])), (3, ("Stadt %s" % t, "", [])),
		(2, ("Stadtverwaltung %s" % t, "", [])),
		(2, ("Stadtwerke %s" % t, "GmbH", [])),
		(1, ("Gemeindewerke %s" % t, "", [])), (1, ("Bauhof %s" % t, "", [])),
		(1, ("Stadtbücherei %s" % t, "", [])),
		(1, ("Musikschule %s" % t, "", [])),
		(1, ("Wasserverband %s" % pick(r, ["Niers", "Issel", "Lippe",
			"Schwalm", "Fossa", "Landwehr"]), "", []))])


def de_school(r, S, F, T):
	t = T()
	return wpick(r, [
		(3, ("Grundschule am %s %s" % (pick(r, PLACE), t), "", [])),
		(2, ("Katholische Grundschule St. %s %s" % (pick(r, SAINT), t), "", [])),
		(2, ("Gemeinschaftsgrundschule %s" % t, "", [])),
		(2, ("Städtisches Gymnasium %s" % t, "", [])),
		(2, ("Gesamtschule %s" % t, "", [])), (1, ("Realschule %s" % t, "", [])),
		(1, ("Berufskolleg %s" % t, "", [])),
		(2, ("%s-Gymnasium %s" % (pick(r, PATRON), t), "", [])),
		(1, ("%s-Schule %s" % (pick(r, PATRON), t), "", []))])


KITA = ["Regenbogen", "Sonnenschein", "Pusteblume", "Arche", "Kunterbunt",
	"Spatzennest", "Zwergenland", "Löwenzahn"]


def de_church(r, S, F, T):
	t = T()
	return wpick(r, [
		(3, ("Ev. Kirchengemeinde %s" % t, "", [])),
		(3, ("Kath. Kirchengemeinde St. %s %s" % (pick(r, SAINT), t), "", [])),
		(1, ("Kath. Pfarrei St. %s" % pick(r, SAINT), "", [])),
		(2, ("Kita %s %s" % (pick(r, KITA), t), "", [])),
		(1, ("Familienzentrum St. %s %s" % (pick(r, SAINT), t), "", []))])


def nl_all(r, S, F, T):
	s, t = S(), T()
	s = s[0].upper() + s[1:]	# alone, a tussenvoegsel is capitalised
	cap = s
	return wpick(r, [
		(3, ("Huisartsenpraktijk %s" % s, "", [s])),
		(1, ("Huisartsenpraktijk %s" % pick(r, NL_COLOUR), "", [])),
		(3, ("Tandartspraktijk %s" % s, "", [s])),
		(2, ("Fysiotherapie %s" % t, "", [])),
		(1, ("Dierenkliniek %s" % t, "B.V.", [])),
		(2, ("Advocatenkantoor %s & %s" % (cap, S()), "", [s])),
		(3, ("Accountantskantoor %s" % s, "B.V.", [s])),
		(4, ("%s %s" % (pick(r, NL_TRADE), cap), pick(r, ["B.V.", "V.O.F.",
			""]), [s])),
		(2, ("Transportbedrijf %s" % cap, "B.V.", [s])),
		(2, ("Stichting %s %s" % (pick(r, ["Kinderopvang", "Welzijn", "Zorg",
			"Thuiszorg", "Wonen"]), t), "", [])),
		(1, ("Gemeente %s" % t, "", [])),
		(2, ("Basisschool %s" % pick(r, NL_COLOUR), "", [])),
		(2, ("%s %s" % (cap, pick(r, ["Techniek", "Groep", "Handel", "Logistiek",
			"Metaal", "Bouw"])), "B.V.", [s])),
		(2, ("%s %s" % (coined(r), pick(r, ["Nederland", "Benelux",
			"Holland"])), "B.V.", [])),
		(3, ("%s %s %s" % (pick(r, NL_TRADE), cap, t), pick(r, ["B.V.",
			"V.O.F.", ""]), [s])),
		(2, ("Huisartsenpraktijk %s %s" % (t, pick(r, ["Noord", "Zuid",
			"Oost", "West", "Centrum", "De Linde", "Het Veld"])), "", [])),
		(2, ("%s %s" % (pick(r, ["Administratiekantoor", "Autobedrijf",
			"Bakkerij", "Makelaardij", "Rijschool", "Garagebedrijf",
			"Drukkerij", "Kwekerij", "Loonbedrijf", "Veehandel"]), cap),
			pick(r, ["B.V.", "V.O.F.", ""]), [s])),
		(1, ("Maatschap %s & %s" % (cap, S()[0].upper() + S()[1:]), "", [s]))])


DE_VERT = [(12, de_medical), (7, de_dental), (3, de_vet), (5, de_pharmacy),
	(7, de_law), (10, de_tax), (14, de_trades), (12, de_make), (6, de_office),
	(8, de_club), (5, de_town), (5, de_school), (3, de_church)]
BIG = {"de_make", "de_school", "de_town"}


def slug(core, n):
	ws = [w for w in translit(core, UML_AE).lower().replace("&", " ").split()
		if w not in ("dr.", "med.", "st.", "und", "en")]
	ws = ["".join(ch for ch in w if ch.isalnum() or ch == "-") for w in ws]
	return "-".join(w for w in ws[:n] if w)


def unique_prefix(r, ini, used):
	"""Most MSPs give each customer its own machine prefix (70% here);
	the rest keep the initials even when another customer has them."""
	if ini in used and r.random() < 0.7:
		n = 2
		while "%s%d" % (ini, n) in used:
			n += 1
		ini = "%s%d" % (ini, n)
	used.add(ini)
	return ini


def machine_scheme(r, c, n, used):
	ascii_core = translit(c["core"], UML_AE)
	ini = "".join(w[0] for w in ascii_core.replace("-", " ").split()
		if w[0].isalpha()).upper()[:4] or "X"
	ini = unique_prefix(r, ini, used)
	roles = ROLE_NL if c["lang"] == "nl" else ROLE_BY.get(c["vert"],
		ROLE_OFFICE)
	scheme = wpick(r, [(50, "prefix"), (25, "desktop"), (25, "role")])
	out = []
	for j in range(n):
		if scheme == "prefix":
			kind = wpick(r, [(6, "PC"), (3, "NB"), (1, "SRV"), (1, "TS")])
			out.append("%s-%s%02d" % (ini, kind, j + 1))
		elif scheme == "desktop":
			out.append(desktop(r))
		else:
			out.append(pick(r, roles) if j < 5 else "%s%02d" % ("WERKPLEK" if
				c["lang"] == "nl" else "ARBEITSPLATZ", j - 4))
	if r.random() < 0.33:
		for ct in c["contacts"][:2]:
			last = translit(ct["lastname"], UML_AE).upper().replace(" ", "")
			out.append(pick(r, ["PC-", "NB-", "LT-"]) + last if r.random() < 0.7
				else "%s-NB" % translit(ct["firstname"], UML_AE).upper())
	if c["vert"] == "de_tax" and r.random() < 0.6:
		out.append("DATEV-SRV")
	return list(dict.fromkeys(out))


def desktop(r, prefix="DESKTOP-"):
	return prefix + "".join(pick(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
		for _ in range(7))


def contacts(r, c, firsts, surs, cid):
	out = []
	domain = slug(c["core"], r.choice([2, 3, 4])) + (".nl" if c["lang"] ==
		"nl" else ".de") if r.random() < 0.6 else None
	for j in range(r.choice([1, 1, 2, 2, 3, 4])):
		f = pick(r, firsts)
		last = c["persons"][0] if j == 0 and c["persons"] and \
			r.random() < 0.7 else pick(r, surs)
		lt = translit(last, UML_AE).lower().replace(" ", "")
		ft = translit(f, UML_AE).lower()
		if domain:
			mail = "%s.%s@%s" % (ft, lt, domain) if r.random() < 0.6 else \
				"%s@%s" % (pick(r, ["info", "praxis", "buero", "verwaltung",
				"office", ft]), domain)
		else:
			mail = "%s.%s%s@%s" % (ft, lt, r.choice(["", "", str(r.randrange(
				1, 99))]), pick(r, PUBLIC_NL if c["lang"] == "nl" else PUBLIC_DE))
		out.append({"id": cid + j, "firstname": f, "lastname": last,
			"email": mail})
	return out


def one_customer(r, seen):
	for _ in range(60):
		nl = r.random() < 0.2
		surs, firsts = (NL_SUR, NL_FIRST) if nl else (DE_SUR, DE_FIRST)
		towns = NL_TOWN if nl else DE_TOWN
		fn = nl_all if nl else wpick(r, DE_VERT)
		core, form, persons = fn(r, lambda: pick(r, surs),
			lambda: pick(r, firsts), lambda: pick(r, towns))
		name = core + (" " + form if form else "")
		k = key(name)
		if k not in seen:
			seen.add(k)
			return {"core": core, "form": form, "name": name, "orig": name,
				"persons": persons, "lang": "nl" if nl else "de",
				"vert": fn.__name__, "key": k, "sig": sig(name)}
	return None


def make_customers(r, n):
	seen, custs, aid, cid, used = set(), [], 1, 1, set()
	while len(custs) < n:
		c = one_customer(r, seen)
		if c is None:
			continue
		if c["name"] != translit(c["name"], UML_AE) and r.random() < 0.08:
			c["name"] = translit(c["name"], UML_AE)	# stored in ASCII
			c["core"] = translit(c["core"], UML_AE)
		c["id"] = 2100000 + len(custs) * 7 + r.randrange(7)
		firsts, surs = (NL_FIRST, NL_SUR) if c["lang"] == "nl" else \
			(DE_FIRST, DE_SUR)
		c["contacts"] = contacts(r, c, firsts, surs, cid)
		cid += len(c["contacts"])
		na = min(80, max(1, round(r.lognormvariate(math.log(4), 0.8))))
		if c["vert"] in BIG:
			na = min(80, na * 3)
		c["assets"] = [{"id": aid + j, "name": m} for j, m in
			enumerate(machine_scheme(r, c, na, used))]
		aid += len(c["assets"])
		custs.append(c)
	return custs


# ---------------------------------------------------------------- noise
def neighbours():
	out = {}
	for row, line in enumerate(QWERTZ):
		for col, ch in enumerate(line):
			near = set()
			for dr_, dc in ((0, -1), (0, 1), (-1, 0), (-1, 1), (1, -1), (1, 0)):
				rr, cc = row + dr_, col + dc
				if 0 <= rr < 3 and 0 <= cc < len(QWERTZ[rr]):
					near.add(QWERTZ[rr][cc])
			out[ch] = sorted(near)
	return out


NEAR = neighbours()


def slip(r, s):
	"""One slip on a QWERTZ keyboard, inside a word."""
	if ("y" in s.lower() or "z" in s.lower()) and r.random() < 0.05:
		js = [j for j, ch in enumerate(s) if ch.lower() in "yz"]
		j = pick(r, js)
		sw = {"y": "z", "z": "y", "Y": "Z", "Z": "Y"}[s[j]]
		return s[:j] + sw + s[j + 1:]
	pos = [j for j, ch in enumerate(s) if ch.isalpha()]
	if len(pos) < 3:
		return None
	late = [j for j in pos if j > 0 and s[j - 1].isalpha()]
	j = pick(r, late if late and r.random() < 0.9 else pos)
	ch, low = s[j], s[j].lower()
	how = wpick(r, [(35, "sub"), (25, "swap"), (22, "drop"), (18, "ins")])
	if how == "sub" and low in NEAR:
		n = pick(r, NEAR[low])
		return s[:j] + (n.upper() if ch.isupper() else n) + s[j + 1:]
	if how == "swap" and j + 1 < len(s) and s[j + 1].isalpha() and \
			s[j + 1] != ch:
		return s[:j] + s[j + 1] + ch + s[j + 2:]
	if how == "drop":
		return s[:j] + s[j + 1:]
	extra = ch if r.random() < 0.5 or low not in NEAR else pick(r, NEAR[low])
	return s[:j + 1] + extra + s[j + 1:]


def with_case(r, s):
	how = wpick(r, [(70, "lower"), (20, "upper"), (10, "first")])
	if how == "lower":
		return s.lower()
	if how == "upper":
		return s.upper()
	return " ".join(w[:1].upper() + w[1:].lower() for w in s.split())


def umlaut(r, c, s):
	"""s as typed by someone who spells the umlauts another way."""
	if c["orig"] != c["name"] and r.random() < 0.5:
		return c["orig"] if s == c["name"] else None
	if c["lang"] == "nl" and "ij" in s.lower():
		return s.replace("ij", "y").replace("IJ", "Y").replace("Ij", "Y")
	if s == translit(s, UML_A):
		return None
	return translit(s, UML_AE if r.random() < 0.65 else UML_A)


def base(r, c):
	"""The name as a technician starts from: with or without the form."""
	return c["core"] if c["form"] and r.random() < 0.6 else c["name"]


def k_suffix(r, c):
	if not c["form"]:
		return None
	if r.random() < 0.7:
		return c["core"]
	return c["core"] + " " + pick(r, FORM_ALIAS.get(c["form"], [""]))


def k_title(r, c):
	s = c["core"]
	if "Dr." not in s:
		return None
	opts = [s.replace("Dr. ", "Dr ", 1), s.replace("Dr. ", "", 1).replace(
		"Dr. ", "", 1), s.replace("Dr. med. ", "Dr. "), s.replace(" med.", "")]
	ws = s.split()
	j = ws.index("Dr.") if "Dr." in ws else -1
	if 0 <= j < len(ws) - 2 and ws[j + 1] in DE_FIRST:
		opts.append(" ".join(ws[:j + 1] + ws[j + 2:]))
	if j >= 0 and ws[j + 1:j + 2] == ["med."] and ws[j + 2:j + 3] and \
			ws[j + 2] in DE_FIRST:
		opts.append(" ".join(ws[:j] + ["Dr."] + ws[j + 3:]))
	opts = [o for o in opts if o != s]
	return pick(r, opts) if opts else None


HEADS = ["Zahnarzt", "Hausarzt", "Tierarzt", "Kinderarzt", "Frauenarzt",
	"Augenarzt", "Hautarzt", "Nervenarzt", "Steuer", "Kirchen", "Stadt",
	"Gemeinde", "Gemeinschafts", "Huisartsen", "Tandarts", "Advocaten",
	"Accountants", "Installatie", "Transport", "Schilders", "Hoveniers",
	"Ingenieur", "Architektur", "Vermessungs", "Versicherungs", "Haus",
	"Grund", "Gesamt", "Real", "Berufs", "Musik", "Heimat", "Förder"]


def compounds(s):
	"""Every one-step respelling of a compound, hyphen, saint or
	tussenvoegsel in s."""
	out, ws = [], s.split(" ")
	for j, w in enumerate(ws):
		if "-" in w and w[0].isalpha():
			out.append(" ".join(ws[:j] + [w.replace("-", " ")] + ws[j + 1:]))
			out.append(" ".join(ws[:j] + [w.replace("-", "")] + ws[j + 1:]))
		for h in HEADS:
			if w.startswith(h) and len(w) > len(h) + 3 and w[len(h)].islower():
				tail = w[len(h):]
				out.append(" ".join(ws[:j] + [h, tail[0].upper() + tail[1:]]
					+ ws[j + 1:]))
				break
	for a, b in (("St. ", "Sankt "), ("St. ", "St "), ("St.-", "Sankt-"),
			("van der ", "vd "), ("Van der ", "v.d. "), ("van der ", "vander"),
			("Van der ", "Vander"), ("van den ", "vd "), ("Van den ", "Vanden"),
			("de ", "de"), ("De ", "De"), ("van ", "v. "), ("Van ", "Van"),
			("Kfz-", "KFZ "), ("ter ", "ter"), ("ten ", "ten")):
		if a in s and (a[0].isupper() or (" " + a) in s):
			out.append(s.replace(a, b, 1))
	return [o for o in out if o != s]


def k_compound(r, c):
	opts = compounds(base(r, c))
	return pick(r, opts) if opts else None


def k_and(r, c):
	s = base(r, c).replace("GmbH & Co.", "GmbH+Co.")
	if " & " in s:
		t = s.replace(" & ", pick(r, [" und ", " u. ", " + ", " und ", "&",
			" en " if c["lang"] == "nl" else " und "]), 1)
	elif " und " in s:
		t = s.replace(" und ", pick(r, [" & ", " u. ", " + "]), 1)
	else:
		return None
	return t.replace("GmbH+Co.", "GmbH & Co.")


def units(c):
	"""The words of the core, a first name kept with its surname."""
	ws, out = c["core"].split(), []
	for w in ws:
		if out and out[-1] in DE_FIRST + NL_FIRST:
			out[-1] += " " + w
		else:
			out.append(w)
	return out


def k_reorder(r, c):
	ws = units(c)
	if len(ws) < 2:
		return None
	if " & " in c["core"] and len(ws) == 3:
		return "%s & %s" % (ws[2], ws[0])
	opts = [ws[1:] + [ws[0]], [ws[-1]] + ws[:-1]] if len(ws) <= 3 else []
	if ws[-1] in ALL_TOWN and len(ws) >= 3:
		opts.append([ws[-1]] + ws[:-1])
	opts = [" ".join(o) for o in opts if o[0][0].isupper() and
		o[0] not in ("Dr.", "St.", "&") and o[-1] not in ("Dr.", "St.", "&")]
	if not opts:
		return None
	t = pick(r, opts)
	return t + " " + c["form"] if c["form"] and r.random() < 0.4 else t


def k_truncated(r, c):
	core, ws = c["core"], c["core"].split()
	opts = []
	for k in range(1, len(ws)):
		opts.append(" ".join(ws[:k]))
	if ws[-1] in ALL_TOWN and len(ws) > 2:
		opts += [" ".join(ws[:-1])] * 2
	name = c["name"]
	for cut in (12, 15, 16, 20, 24):
		if len(name) > cut + 3:
			opts.append(name[:cut].rstrip())
	opts = [o for o in opts if any(not generic(w) and len(w) >= 4
		for w in tokens(o))]
	if len(c["persons"]) >= 2 or (c["persons"] and ws[0] in DE_FIRST + NL_FIRST):
		opts.append(c["persons"][0].replace(",", ""))
	if len(ws) >= 3 and ws[0][0].isupper():
		opts.append(" ".join(ws[1:]))
	opts = [o.rstrip(",-& ") for o in opts]
	opts = [o for o in opts if sum(ch.isalpha() for ch in o) >= 4 and
		o[0].isupper() and o.split()[-1] not in ("Dr.", "St.", "am", "der")]
	return pick(r, opts) if opts else None


SHORT = [("Steuerberatungsgesellschaft", ["StBG", "StB-Ges."]),
	("Steuerberater Wirtschaftsprüfer", ["StB WP"]),
	("Steuerberater", ["StB", "Stb"]), ("Steuerberatung", ["StB"]),
	("Rechtsanwälte", ["RAe", "RA", "Ra"]), ("Rechtsanwalt und Notar",
	["RA u. Notar", "RuN"]), ("Rechtsanwalt", ["RA"]),
	("Gemeinschaftsgrundschule", ["GGS"]), ("Katholische Grundschule",
	["KGS", "Kath. GS"]), ("Grundschule", ["GS"]),
	("Städtisches Gymnasium", ["Städt. Gym.", "Gym"]), ("Gymnasium", ["Gym",
	"Gymn."]), ("Gesamtschule", ["GES", "GeS"]), ("Realschule", ["RS"]),
	("Berufskolleg", ["BK"]), ("Garten- und Landschaftsbau", ["GaLaBau",
	"GaLa-Bau"]), ("Medizinisches Versorgungszentrum", ["MVZ"]),
	("Praxis für Physiotherapie", ["Physio"]), ("Physiotherapie", ["Physio"]),
	("Apotheke", ["Apo", "Apoth."]), ("Gemeinde ", ["Gem. "]),
	("Stadtverwaltung", ["Stadtverw.", "Stadt"]), ("Kirchengemeinde",
	["Kirchengem.", "KiGem"]), ("Schützenbruderschaft", ["Schützen",
	"Schützenbr."]), ("Förderverein", ["FöV", "Förderv."]),
	("Freiwillige Feuerwehr", ["FF", "FFw"]), ("Zahnarztpraxis", ["ZA-Praxis",
	"ZAP", "Zahnarzt"]), ("Tierarztpraxis", ["TA-Praxis", "Tierarzt"]),
	("Kieferorthopädie", ["KFO"]), ("Hausarztpraxis", ["Hausarzt"]),
	("Sanitär- und Heizungstechnik", ["SHK"]), ("Heizung und Sanitär",
	["SHK", "Heizung Sanitär"]), ("Ingenieurbüro", ["Ing.-Büro", "IB",
	"Ing.büro"]), ("Architekturbüro", ["Arch.-Büro", "Architekt"]),
	("Hausverwaltung", ["HV", "Hausverw."]), ("Spedition", ["Sped."]),
	("Ambulanter Pflegedienst", ["Pflegedienst", "amb. Pflegedienst"]),
	("Gemeinschaftspraxis", ["GP", "Gem.-Praxis"]), ("Evangelische", ["Ev."]),
	("Ev. ", ["ev ", "Evang. "]), ("Kath. ", ["kath ", "Katholische "]),
	("Huisartsenpraktijk", ["Huisarts", "HAP"]), ("Tandartspraktijk",
	["Tandarts"]), ("Fysiotherapie", ["Fysio"]), ("Advocatenkantoor",
	["Adv.", "Advocaten"]), ("Accountantskantoor", ["Acc.", "Accountants"]),
	("Installatiebedrijf", ["Install.", "Installatie"]), ("Basisschool",
	["BS", "OBS"]), ("Gemeente ", ["Gem. "]), ("Stichting", ["Stg.", "St."]),
	("Transportbedrijf", ["Transport"]), ("Maschinenbau", ["Masch.bau"]),
	("Kunststofftechnik", ["Kunststoff"]), ("Bauunternehmung", ["Bau",
	"Bauuntern."]), ("Elektrotechnik", ["E-Technik", "Elektro"]),
	("Immobilien", ["Immo"]), ("Großhandel", ["GH", "Großhdl."]),
	("Lebensmittel", ["LM"]), (" & Partner", [" & P.", " + P", " & Partner"])]


def initials(s):
	ws = [w for w in s.replace("-", " ").replace(",", " ").split()
		if w[0].isupper() and w not in ("Dr.", "St.", "Ev.", "Kath.")]
	return "".join(w[0] for w in ws)


def k_abbreviation(r, c):
	core, opts = c["core"], []
	for long, shorts in SHORT:
		if long in core:
			opts.append(core.replace(long, pick(r, shorts), 1))
	if len(c["persons"]) >= 2 and c["vert"] in ("de_law", "de_tax", "nl_all"):
		acr = "".join(p.split()[-1][0].upper() for p in c["persons"])
		rest = [w for w in ("Rechtsanwälte", "Steuerberater") if w in core]
		opts += [acr, acr + " " + pick(r, ["RAe", "StB"] if rest else [""])]
		opts += [" ".join(p.split()[-1] for p in c["persons"][:2])]
	ini = initials(c["core"])
	if len(ini) >= 3 and not c["persons"] and len(c["core"].split()) >= 3:
		opts.append(ini)
	opts = [o.strip() for o in opts if o.strip() and o != core]
	return pick(r, opts) if opts else None


def k_prefix(r, c):
	s = c["core"] if r.random() < 0.5 else c["name"]
	if c["vert"] in ("de_trades", "de_make", "de_office"):
		return pick(r, ["Fa. ", "Firma ", "Fa "]) + s
	if c["vert"] in ("de_medical", "de_dental", "de_vet") and \
			s.split()[0] == "Dr.":
		return "Praxis " + s
	if c["vert"] == "de_law" and c["core"][0] != "K" and \
			c["core"].split()[0] not in ("Rechtsanwälte", "Rechtsanwalt"):
		return "Kanzlei " + s
	if c["lang"] == "nl" and c["vert"] == "nl_all" and "B.V." in c["form"]:
		return "Fa. " + s
	return None


def k_typo(r, c):
	return slip(r, base(r, c))


def k_typo_umlaut(r, c):
	s = umlaut(r, c, base(r, c))
	return slip(r, s) if s else None


def k_two(r, c):
	s = slip(r, base(r, c))
	return slip(r, s) if s else None


def k_mixed(r, c):
	s = wpick(r, [(3, k_truncated), (3, k_abbreviation), (2, k_compound),
		(1, k_title)])(r, c)
	if not s:
		return None
	how = wpick(r, [(4, "typo"), (3, "umlaut"), (3, "case")])
	if how == "typo":
		return slip(r, s)
	if how == "umlaut":
		u = translit(s, UML_AE if r.random() < 0.65 else UML_A)
		return u if u != s else None
	return with_case(r, s)


REAL = [("exact", 9, lambda r, c: c["name"]),
	("case", 7, lambda r, c: with_case(r, c["name"])),
	("suffix", 10, k_suffix), ("umlaut", 9, lambda r, c: umlaut(r, c,
	c["name"] if r.random() < 0.5 else base(r, c))),
	("title", 5, k_title), ("compound", 5, k_compound), ("and", 4, k_and),
	("reorder", 5, k_reorder), ("truncated", 10, k_truncated),
	("abbreviation", 12, k_abbreviation), ("prefix", 3, k_prefix),
	("typo", 9, k_typo), ("typo+umlaut", 4, k_typo_umlaut),
	("typo+case", 3, lambda r, c: (lambda s: with_case(r, s) if s else None)(
		k_typo(r, c))), ("two typos", 4, k_two), ("mixed", 6, k_mixed)]


# ---------------------------------------------------------------- impostors
OTHER_TRADE = ["Bäckerei %s", "%s Immobilien", "Fahrschule %s", "Café %s",
	"Friseursalon %s", "%s Reisen", "Blumen %s", "Optik %s", "Hotel %s",
	"Restaurant %s", "Gaststätte %s", "%s Gartenbau", "Elektro %s",
	"Autohaus %s", "Kanzlei %s", "Praxis Dr. %s", "%s Versicherungen",
	"Bistro %s", "Kosmetikstudio %s", "Hofladen %s"]


def word_of(core, w):
	"""The word of core whose folded form is w, as written."""
	for t in core.replace("-", " ").split():
		if tokens(t) == [w]:
			return t
	return None


def i_rare(r, c, ix, custs):
	ws = [w for w in c["sig"] if len(w) > 3 and not generic(w)]
	if not ws:
		return None
	w = min(ws, key=lambda x: (len(ix.words.get(x, ())), x))
	orig = word_of(c["core"], w)
	if not orig or orig.lower() in ("praxis", "kanzlei"):
		return None
	return pick(r, OTHER_TRADE) % orig


def swap_word(r, c, pools):
	ws = c["core"].split(" ")
	js = [j for j, w in enumerate(ws) for p in pools if w.strip(",") in p]
	if not js:
		return None
	j = pick(r, js)
	pool = next(p for p in pools if ws[j].strip(",") in p)
	ws[j] = ws[j].replace(ws[j].strip(","), pick(r, pool))
	return " ".join(ws) + (" " + c["form"] if c["form"] and r.random() < 0.5
		else "")


def i_shape(r, c, ix, custs):
	return swap_word(r, c, [DE_SUR, [w for w in NL_SUR if " " not in w],
		DE_TOWN, [w for w in NL_TOWN if " " not in w]])


def i_namesake(r, c, ix, custs):
	return swap_word(r, c, NAMESAKE)


def i_town(r, c, ix, custs):
	if c["persons"]:
		return None
	return swap_word(r, c, [DE_TOWN, [w for w in NL_TOWN if " " not in w]])


def i_internal(r, c, ix, custs):
	s = pick(r, INTERNAL)
	return s + " " + pick(r, DE_FIRST) if r.random() < 0.25 else s


def i_person(r, c, ix, custs):
	s = pick(r, DE_SUR) if c["lang"] == "de" else \
		pick(r, NL_SUR).split()[-1]
	return pick(r, ["Fam. %s", "Familie %s", "Hr. %s privat", "Frau %s",
		"%s privat", "Herr %s (privat)", "%s zuhause"]) % s


IMPOSTOR = [("impostor: rare word", 30, i_rare),
	("impostor: same shape", 20, i_shape),
	("impostor: namesake", 15, i_namesake),
	("impostor: neighbour town", 15, i_town),
	("impostor: internal", 12, i_internal),
	("impostor: person", 8, i_person)]


# ---------------------------------------------------------------- rows
def counts(n, table):
	"""Exact counts per kind from the weights (largest remainder)."""
	tot = sum(w for _, w, _ in table)
	raw = [n * w / tot for _, w, _ in table]
	out = [int(x) for x in raw]
	order = sorted(range(len(raw)), key=lambda j: out[j] - raw[j])
	for j in order[:n - sum(out)]:
		out[j] += 1
	return out


class Picker:
	"""Customers drawn in proportion to (1 + assets)^0.7."""

	def __init__(self, custs):
		self.cum, t = [], 0.0
		for c in custs:
			t += (1 + len(c["assets"])) ** 0.7
			self.cum.append(t)

	def __call__(self, r):
		return bisect.bisect(self.cum, r.random() * self.cum[-1])


def honest_real(t, i, custs, ix):
	k = key(t)
	if len(k) < 2:
		return False
	if ix.keys.get(k, i) != i:
		return False
	return not (ix.near(k, custs) - {i})


def honest_impostor(t, custs, ix):
	k = key(t)
	if len(k) < 3 or k in ix.keys or ix.near(k, custs):
		return False
	return not ix.subsume(sig(t))


def real_row(r, kind, fn, custs, ix, draw):
	for _ in range(300):
		i = draw(r)
		c = custs[i]
		t = fn(r, c)
		if not t or t == c["name"] and kind != "exact":
			continue
		if kind.startswith("typo") or kind in ("two typos",):
			if key(t) == c["key"]:
				continue
		if honest_real(t, i, custs, ix):
			return t, i
	return custs[0]["name"], 0


def impostor_row(r, fn, custs, ix, draw):
	for _ in range(300):
		c = custs[draw(r)]
		t = fn(r, c, ix, custs)
		if not t:
			continue
		if r.random() < 0.2:
			t = with_case(r, t) if r.random() < 0.5 else (slip(r, t) or t)
		if honest_impostor(t, custs, ix):
			return t
	return None


def real_machine(r, c, custs):
	how = wpick(r, [(72, "asset"), (12, "new"), (8, "caller"), (5, "none"),
		(3, "other")])
	if how == "asset" and c["assets"]:
		return pick(r, c["assets"])["name"], "Access"
	if how == "new":
		pre = [a["name"] for a in c["assets"] if SCHEME.match(a["name"])]
		if pre:
			return "%s-PC%02d" % (pre[0].split("-")[0], len(c["assets"]) + 3 +
				r.randrange(5)), "Access"
		return desktop(r, pick(r, ["DESKTOP-", "LAPTOP-"])), "Access"
	if how == "caller":
		ct = pick(r, c["contacts"])
		return caller_device(r, ct["firstname"], ct["lastname"]), "Support"
	if how == "other":
		o = custs[r.randrange(len(custs))]
		if o["assets"]:
			return pick(r, o["assets"])["name"], "Access"
	return "", "Support"


def caller_device(r, first, last):
	f = translit(first, UML_AE)
	return wpick(r, [(3, "%s-PC" % f.upper()), (2, "%ss-iPad" % f),
		(2, "%ss-MacBook-Air" % f), (2, desktop(r, "LAPTOP-")),
		(1, "PC-%s" % translit(last, UML_AE).upper().replace(" ", ""))])


def impostor_machine(r, custs, roles):
	how = wpick(r, [(45, "desktop"), (25, "role"), (15, "caller"),
		(15, "none")])
	if how == "desktop":
		return desktop(r), "Access"
	if how == "role":
		return pick(r, roles), "Access"
	if how == "caller":
		return caller_device(r, pick(r, DE_FIRST), pick(r, DE_SUR)), "Support"
	return "", "Support"


def shared_roles(custs):
	owners = {}
	for c in custs:
		for a in c["assets"]:
			owners[a["name"]] = owners.get(a["name"], 0) + 1
	return sorted(n for n, k in owners.items() if k >= 2 and not
		n.startswith("DESKTOP-")) or ["SERVER"]


def make_rows(r, custs, nnames):
	ix, draw = Index(custs), Picker(custs)
	nimp = round(nnames * 0.15)
	rows, roles = [], shared_roles(custs)
	for (kind, _, fn), n in zip(REAL, counts(nnames - nimp, REAL)):
		for _ in range(n):
			t, i = real_row(r, kind, fn, custs, ix, draw)
			if i == 0 and t == custs[0]["name"] and kind != "exact":
				kind = "exact"
			m, st = real_machine(r, custs[i], custs)
			rows.append((t, str(custs[i]["id"]), kind, m, st))
	for (kind, _, fn), n in zip(IMPOSTOR, counts(nimp, IMPOSTOR)):
		for _ in range(n):
			t = impostor_row(r, fn, custs, ix, draw)
			if t is None:
				t = impostor_row(r, i_internal, custs, ix, draw) or "Test"
			m, st = impostor_machine(r, custs, roles)
			rows.append((t, "", kind, m, st))
	r.shuffle(rows)
	return rows


# ---------------------------------------------------------------- sessions
TECHS = ["mschulte", "jvermeer", "tkoenig", "sdekker", "abrandt"]
T0 = 1793491200	# 2026-11-01T00:00:00Z


def record(seed, n, typed, machine, stype):
	h = hashlib.sha256(("blind6/%s/%d" % (seed, n)).encode()).hexdigest()
	sid = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])
	rr = random.Random(h)
	start = T0 + n * 900 + rr.randrange(600)
	minutes = rr.randrange(3, 95)
	return scr.sc_session(sid, h[32:40] + "-conn", typed, machine, stype,
		(start, start + minutes * 60, minutes, minutes * 60), pick(rr, TECHS),
		["blind6-session.csv", "rows/%d" % (n + 2)], scr.iso(start +
		minutes * 60 + 120))


def main():
	ncust, nnames, seed, out = scr.args("gen-link-blind6.py")
	r = random.Random("blind6/" + seed)
	os.makedirs(out, exist_ok=True)
	custs = make_customers(r, ncust)
	rows = make_rows(r, custs, nnames)
	scr.write_set(out, custs, rows, record, seed)


if __name__ == "__main__":
	main()
