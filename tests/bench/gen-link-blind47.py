#!/usr/bin/env python3
# gen-link-blind47.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 28: the lead runs it once).  A Dutch and
# Flemish MSP for small firms and local bodies of the Netherlands and
# Flanders alone: one Syncro account, one ScreenConnect, desks in
# Amsterdam (AMS: Noord-Holland, het Gooi, Almere), Rotterdam (RTM:
# Zuid-Holland), Utrecht (UTR: Utrecht and Amersfoort), Eindhoven (EIN:
# Brabant and north Limburg), Groningen (GRQ: Groningen, Drenthe,
# Friesland), Antwerp (ANR: the province of Antwerp) and Ghent (GNT:
# East Flanders).  Customers: huisartsenpraktijken and their
# coöperaties ("Coöperatie Huisartsen X U.A."), tandartspraktijken,
# fysiotherapie, apotheken, notariskantoren, advocatenkantoren,
# accountants- and administratiekantoren, installatiebedrijven, bouw-,
# schilders-, transport- and autobedrijven, hoveniers, horeca, stichtingen
# (kinderopvang, welzijn), verenigingen and gemeenten; B.V., N.V.,
# V.O.F., C.V. in the Netherlands, BV (since 2019; BVBA before), NV, VOF,
# CommV and vzw in Flanders, an eenmanszaak "h.o.d.n." its trade name.
# Writes OUTDIR/customers.json (as Syncro's GET /customers returns them:
# id, business_name, firstname, lastname, email, phone, address,
# address_2, city, state, zip, contacts, assets), names.tsv (typed TAB
# true id or "" TAB kind TAB machine), sessions.jsonl and
# sessions-machine.jsonl through linkgen.desk_main.  Python stdlib only,
# deterministic for a seed.  Customer ids from 47000000 (below 47200000
# at 50,000 customers: the id grows by 1 to 3 with a customer kept),
# contacts' and assets' from 47300001 (below 48000000).
#
# Where each shape comes from ("found": found with the session's search
# tool; "known": public knowledge, no search):
# - Belgian forms (found: freelancersinbelgium.be "From BVBA to BV",
#   kpmglaw.be "Reduction in the number of company forms", amcham.be and
#   forvismazars.com on the Code of Companies and Associations of 1 May
#   2019: the BVBA became the BV, with the NV, the CV, the VOF and the
#   CommV the forms left; BVBAs converted by 1 January 2024): BV, NV, VOF,
#   CommV; an older record or a technician still writes BVBA.
# - KvK and vestiging numbers (found: the KVK API's Vestigingsprofiel as
#   modelled in build.fhir.org minvws generiekefuncties-docs - "kvkNummer:
#   bestaat uit 8 cijfers", "vestigingsnummer: 12 cijfers"; developers.kvk.nl
#   test data: rechtsvorm Eenmanszaak, BV, NV, VoF, Stichting, Maatschap,
#   Commanditaire Vennootschap): an eight-digit KvK number on some Dutch
#   customers' names; the Belgian ondernemingsnummer (known): ten digits
#   from 0 or 1, the last two 97 less the first eight modulo 97, written
#   0123.456.789 or BE0123456789.
# - Tussenvoegsels (found: en.wikipedia.org "Tussenvoegsel",
#   liquisearch.com "Dutch name - surnames", elon.io on Dutch proper names):
#   lower case after a given name or initial ("J. de Vries"), capitalised
#   alone ("Van Dijk"); Flemish names keep the capital always ("Van den
#   Bossche") and are sometimes written as one word (Vandenberghe); the
#   Dutch telephone book sorts "de Vries" under V ("Vries, de").
# - Surnames (found: dutchgenealogy.nl and familienamen.net on the CBS
#   counts - De Jong, Jansen, De Vries, Van den Berg, Van Dijk, Bakker,
#   Janssen, Visser, Smit, Meijer; rijnmond.nl's Zuid-Holland top 20;
#   known: Statbel's commonest Flemish surnames Peeters, Janssens, Maes,
#   Jacobs, Mertens, Willems, Claes, Goossens, Wouters, De Smet ...), and
#   common given names of both countries.
# - Keyboards (known): the Netherlands types on US QWERTY
#   (linkgen.US_KEYS), Flanders on Belgian AZERTY.
# - Places (known): each desk's towns with their postcode heads (four
#   digits and two letters in the Netherlands, four digits in Belgium);
#   towns no customer is in for the other-vestiging and other-country
#   impostors.
# - Dutch abbreviations (known): Gebr. (Gebroeders), Fa. (Firma), & Zn.
#   (en Zonen), v.d. (van der/den/de), St. (Stichting), Ver.
#   (Vereniging), VV (voetbalvereniging), KDV (kinderdagverblijf),
#   h.o.d.n. (handelend onder de naam), U.A. (a coöperatie's uitsluiting
#   van aansprakelijkheid).
#
# Real-row kinds (shares in KINDS): exact, caps, lower, typo (QWERTY in
# the Netherlands, AZERTY in Flanders), two typos, truncated, reorder
# ("Jansen Bouwbedrijf"), tussenvoegsel (dropped, capitalised or not,
# moved: "Meer, van der", as v.d., run together: "Vandijk"), ij/y (Dijk /
# Dyk, IJssel / Ijssel / Yssel, Meyer / Meijer), diacritics (Coöperatie
# / Cooperatie, Eetcafé / Eetcafe, Zoë / Zoe), abbrev (the abbreviations
# above both ways and Huisartsenpr., Tandartspr., Installatiebedr.,
# Fysio), acronym, legal (dropped, respelt or swapped: B.V. / BV / bv /
# Besloten Vennootschap, BV / BVBA, V.O.F. / VOF, N.V. / NV, vzw / VZW,
# U.A.; an eenmanszaak's "X h.o.d.n." dropped), branch (vestiging, the
# street, postcode and plaats after the name), contact, person (a
# contact's name, Dutch order or "surname, given"), domain, number (KvK or
# ondernemingsnummer typed bare, spaced or dotted), mixed.
# Impostors (about 37% of rows): same shape (a fresh name of the
# customers' templates, its words from an outside block), other
# vestiging (a town-named firm's office in a town of its country where no
# customer is), other country (its Belgian or Dutch namesake across the
# border, with that country's form), holding (the owner's "X Holding
# B.V." or "Beheer X B.V." beside the operating company), same surname
# other firm (the surname in a trade the customer is not), family member
# (a named practitioner's surname with another initial), other number (a
# name that carries its KvK or ondernemingsnummer typed with another),
# common surname, person, vendor, prospect, personal, own staff.  The
# share holds at 50,000 customers (same_class); there nearly every
# surname is some customer's in every trade and nearly every given name
# and surname pair some contact's, so the family-member, person and
# personal impostors and the person rows are few or none, the same-surname
# ones all in trades no customer is in, and the other kinds fill.
#
# Machines (linkgen.machine): a real row on one of its customer's assets
# 72%, another customer's 4%; impostors on unknown machines, a shared role
# name (BALIE, SPREEKKAMER, KASSA ...) 18%, own staff on the bench.
#
# Labels: rows label-audit.py doubts are drawn again, and so are
# impostors that, read through this generator's skeleton (legal forms,
# tussenvoegsels, "en", "&" dropped, ij read as y, the abbreviations read
# as their words), are a customer's name or a form of it, or hold all its
# words less one, or hold a listed person's full name (linkgen.Checks,
# parts_known and pairs).
import os
import re
import sys
from itertools import accumulate

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linkgen as lk  # noqa: E402

# ---------------------------------------------------------------- places
# Each desk: its country, then "town/postcode head/weight".
TOWNS = {
	"AMS": ("NL", """Amsterdam/10/9 Amstelveen/11/2 Zaandam/15/2
		Haarlem/20/3 Hoofddorp/21/2 Purmerend/14/1 Hilversum/12/2
		Almere/13/2 Alkmaar/18/2 Hoorn/16/1"""),
	"RTM": ("NL", """Rotterdam/30/9 Schiedam/31/2 Dordrecht/33/2
		Gouda/28/1 Delft/26/2 Den Haag/25/4 Spijkenisse/32/1
		Capelle aan den IJssel/29/1 Zoetermeer/27/2"""),
	"UTR": ("NL", """Utrecht/35/9 Amersfoort/38/3 Zeist/37/2
		Nieuwegein/34/2 IJsselstein/34/1 Veenendaal/39/1 Woerden/34/1
		Houten/39/1"""),
	"EIN": ("NL", """Eindhoven/56/9 Helmond/57/2 Veldhoven/55/2
		Tilburg/50/3 's-Hertogenbosch/52/3 Oss/53/1 Weert/60/1
		Valkenswaard/55/1"""),
	"GRQ": ("NL", """Groningen/97/9 Assen/94/2 Emmen/78/2
		Leeuwarden/89/3 Drachten/92/1 Hoogezand/96/1 Veendam/96/1"""),
	"ANR": ("BE", """Antwerpen/2000/9 Mechelen/2800/3 Lier/2500/2
		Turnhout/2300/2 Geel/2440/1 Brasschaat/2930/1 Schoten/2900/1
		Herentals/2200/1"""),
	"GNT": ("BE", """Gent/9000/9 Aalst/9300/3 Sint-Niklaas/9100/2
		Eeklo/9900/1 Deinze/9800/1 Oudenaarde/9700/1 Dendermonde/9200/1
		Lokeren/9160/1""")}


def towns_of(desk):
	"""TOWNS' records of desk: (town, postcode head, weight)."""
	out = []
	for rec in re.findall(r"[A-Z'][^/]*/\d+/\d+", TOWNS[desk][1]):
		name, head, w = rec.strip().split("/")
		out.append((name, head, int(w)))
	return out


DESKS = {d: towns_of(d) for d in TOWNS}
COUNTRY = {d: TOWNS[d][0] for d in TOWNS}
DESK_SHARE = [("AMS", 18), ("RTM", 17), ("UTR", 13), ("EIN", 13),
	("GRQ", 10), ("ANR", 16), ("GNT", 13)]
TOWN_CUM = {d: list(accumulate(t[2] for t in ts)) for d, ts in DESKS.items()}
# Towns of each country where no customer is (other-vestiging and
# other-country impostors, same-shape names).
ELSEWHERE = {"NL": ["Zwolle", "Deventer", "Breda", "Arnhem", "Nijmegen",
	"Leiden", "Enschede", "Apeldoorn", "Venlo", "Roermond", "Meppel",
	"Sneek"], "BE": ["Brugge", "Kortrijk", "Hasselt", "Leuven",
	"Roeselare", "Oostende", "Genk", "Tienen", "Ieper"]}
assert not set(sum(ELSEWHERE.values(), [])) & \
	{t[0] for ts in DESKS.values() for t in ts}
STREETS = {"NL": ["Dorpsstraat", "Kerkstraat", "Stationsweg", "Molenweg",
	"Industrieweg", "Nijverheidsweg", "Schoolstraat", "Marktplein",
	"Julianalaan", "Wilhelminastraat", "Beatrixlaan", "Havenstraat"],
	"BE": ["Kerkstraat", "Stationsstraat", "Dorpsstraat", "Molenstraat",
	"Nieuwstraat", "Kapelstraat", "Schoolstraat", "Grote Markt",
	"Industrieweg", "Steenweg"]}

# ---------------------------------------------------------------- people
SURNAMES = {"NL": """de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|
	Janssen|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters|
	Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|
	van der Meer|van der Linden|Kok|Jacobs|de Haan|Vermeulen|van den Heuvel|
	van der Veen|van den Broek|de Bruijn|de Bruin|van der Heijden|Schouten|
	van Beek|Willems|van Vliet|van de Ven|Hoekstra|Maas|Verhoeven|Koster|
	van Dam|van der Wal|Prins|Blom|Huisman|Peeters|de Lange|Kuipers|
	Kuijpers|van Wijk|Postma|Kramer|van den Bosch|Vink|Timmermans|
	ter Horst|ten Brink|'t Hart|van 't Hof|Wijnen|Rijnders|Bosman|
	Veenstra|Zijlstra|Wolters|Hoogendoorn|Gerritsen|Scholten|Huijbregts|
	van Rijn|Pijnenburg|Mertens|Wouters""",
	"BE": """Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Goossens|
	Wouters|De Smet|Hermans|Aerts|Michiels|Pauwels|Vermeulen|Van Damme|
	De Clercq|Claeys|Van de Velde|Martens|Verstraete|Desmet|De Backer|
	Lambrecht|Van den Bossche|Smets|Cools|Verhaegen|Coppens|Bogaert|
	Vandenberghe|De Wilde|Van Dyck|Segers|Cuypers|Huysmans|Luyten|Seys|
	Van Hoof|Verbruggen|De Meyer|Van Acker|Bracke|De Cock|Van Hecke|
	Dhondt|Vercammen|Van Laere|De Vos|Stevens|Hendrickx|Geerts|Thys"""}
SURNAMES = {k: [s.strip() for s in v.split("|")] for k, v in
	SURNAMES.items()}
GIVEN = {"NL": ("""Jan Pieter Kees Henk Willem Johan Sander Bas Thijs Ruud
	Marco Dennis Erik Mark Jeroen Stefan Joost Maarten Daan Lars Joël
	René André Noël Gert Rob Niels Koen Wouter Arjen""".split(),
	"""Anna Maria Sanne Lotte Femke Ingrid Marieke Anouk Esther Linda
	Petra Saskia Ilse Judith Eva Zoë Daniëlle Chloë Annemiek Wendy
	Marloes Joyce Nicole Ellen Mirjam Yvonne""".split()),
	"BE": ("""Luc Dirk Koen Bart Wim Tom Pieter Jens Wout Stijn Geert
	Filip Jef Lieven Raf Kristof Dries Ward Jonas Gert Frederik
	Sven""".split(), """Els Griet Katrien Sofie Lien Hilde Veerle Leen Ine
	Nathalie Anneleen Joke Marleen Liesbeth Inge Evelien Annelies Ann
	Karolien Nele Hanne Mieke""".split())}
COMMON = ["Jansen", "Bakker", "Visser", "Smit", "Peeters", "Janssens",
	"Maes", "Mulder"]
# Surnames and brands no customer draws (same-shape impostors).
OUT_SURNAME = ["Oosterhuis", "Brinkman", "Terpstra", "Wiegersma",
	"Nieuwenhuizen", "Verschueren", "Buysse", "Vanhoutte", "Rademaker",
	"Tuinstra", "Ooms", "Beukema"]
OUT_BRAND = ["Zonnewende", "De Watermolen", "Heidebloem", "Het Veerhuis",
	"De Kwakel", "Kraaiennest", "De Biezen", "Zilverberk"]
TUSSEN = ["van der", "van den", "van de", "van 't", "in 't", "van", "de",
	"den", "ter", "ten", "'t"]


def tussen(sur):
	"""(tussenvoegsel, rest) of a surname as the list writes it."""
	for t in TUSSEN:
		if sur.lower().startswith(t + " "):
			return sur[:len(t)], sur[len(t) + 1:]
	return "", sur


def cap(s):
	return s[0].upper() + s[1:] if s and s[0].isalpha() else s


# ---------------------------------------------------------------- words
BRAND = {"AMS": ["Amstel", "IJmond", "Zaanstreek", "Waterland", "Gooiland",
	"Spaarne"], "RTM": ["Maasstad", "Rijnmond", "Delfland", "Kralingen",
	"Schieland", "IJsselmonde"], "UTR": ["Domstad", "Vechtstreek",
	"Heuvelrug", "Kromme Rijn", "Eemland", "Lekstroom"], "EIN": ["Dommel",
	"Kempenland", "De Peel", "Meierij", "Lichtstad", "Genneper"], "GRQ":
	["Hunze", "Ommeland", "Reitdiep", "Wadden", "Fivel", "Drentsche Aa"],
	"ANR": ["Schelde", "Scheldeland", "Zuiderkempen", "Netedal", "Pallieter",
	"Rubens"], "GNT": ["Leiedal", "Meetjesland", "Artevelde", "Waasland",
	"Gravensteen", "Vlaamse Ardennen"], "all": ["De Linde", "De Eik",
	"Het Anker", "De Horizon", "Zonnehof", "De Brug", "Noorderlicht",
	"De Kroon", "Het Baken", "De Wissel", "Sterrenhof", "De Regenboog",
	"Het Kompas", "De Vlinder", "Parkzicht", "De Molen", "Klaverblad",
	"Oranjehof", "De Boomgaard", "Lindenhof", "De Zeeuw", "Het Spectrum",
	"Vitaal", "Centraal", "Noord", "Zuid", "Oost", "West"]}
# Templates: {B} brand, {S} {S2} surnames as the name writes them, {I} a
# practitioner's initial and surname, {T} the town; sector: (weight,
# legal-form share, templates).
SECTORS = {
	"huisarts": (9, .1, ["Huisartsenpraktijk {S}", "Huisartsenpraktijk {B}",
		"Huisartsenpraktijk {I}", "Maatschap Huisartsen {B}",
		"Huisartsengroep {B} {T}", "Coöperatie Huisartsen {T} U.A."]),
	"tandarts": (7, .3, ["Tandartspraktijk {S}", "Tandartspraktijk {B}",
		"Tandheelkundig Centrum {T}", "Tandartsenpraktijk {S} & {S2}",
		"Mondzorg {B}", "Tandartspraktijk {I}"]),
	"fysio": (5, .3, ["Fysiotherapie {B}", "Fysiotherapiepraktijk {S}",
		"Fysiotherapie {B} {T}", "Praktijk voor Fysiotherapie {I}"]),
	"apotheek": (4, .5, ["Apotheek {B}", "Apotheek {S}", "Apotheek {B} {T}"]),
	"notaris": (4, .7, ["Notariskantoor {S}", "{S} Notarissen",
		"{S} & {S2} Notarissen", "Notariskantoor {I}", "Notariaat {B}"]),
	"advocaat": (5, .7, ["Advocatenkantoor {S}", "{S} & {S2} Advocaten",
		"{S} Advocaten", "Advocatenkantoor {B}", "{S} Advocatuur {T}"]),
	"accountant": (7, .8, ["Accountantskantoor {S}", "{S} Accountants",
		"Administratiekantoor {S}", "{B} Accountants & Adviseurs",
		"{S} & {S2} Accountants", "Boekhoudkantoor {S} {T}"]),
	"installatie": (9, .85, ["Installatiebedrijf {S}",
		"{S} Installatietechniek", "{S} Installaties",
		"Installatiebedrijf {B}", "{S} Elektrotechniek",
		"Loodgietersbedrijf {S}", "{S} Installatietechniek {T}"]),
	"bouw": (8, .8, ["Bouwbedrijf {S}", "Gebr. {S}", "{S} & Zn.",
		"Aannemersbedrijf {S}", "Bouwbedrijf {S} {T}", "Timmerbedrijf {S}",
		"Fa. {S}"]),
	"schilder": (4, .6, ["Schildersbedrijf {S}", "{S} Schilderwerken",
		"Glas- en Schildersbedrijf {S}", "Schildersbedrijf {S} {T}"]),
	"transport": (5, .9, ["Transportbedrijf {S}", "{S} Transport",
		"{S} Logistiek", "{B} Logistics", "Transportbedrijf Gebr. {S}"]),
	"auto": (4, .8, ["Autobedrijf {S}", "Garage {S}", "{S} Auto's",
		"Autobedrijf {B}", "Garage {S} {T}"]),
	"horeca": (4, .7, ["Eetcafé {B}", "Café {S}", "Brasserie {B}",
		"Hotel-Restaurant {B}", "Lunchroom {B} {T}"]),
	"hovenier": (3, .5, ["Hoveniersbedrijf {S}", "{S} Tuinen",
		"Hoveniersbedrijf {B}"]),
	"stichting": (5, 0, ["Stichting {B}", "Stichting {B} {T}",
		"Stichting Kinderopvang {B}", "Kinderdagverblijf {B}",
		"Stichting Welzijn {T}"]),
	"gemeente": (1, 0, ["Gemeente {T}"]),
	"vereniging": (3, 0, ["Vereniging {B}", "Voetbalvereniging {B}",
		"Tennisvereniging {B} {T}", "Muziekvereniging {B}",
		"Ondernemersvereniging {T}"])}
# Trades no customer is in (common-surname impostors; same-shape ones).
ELSE_TRADE = ["Rijschool {S}", "Kapsalon {S}", "Bloemenhuis {S}",
	"Dierenkliniek {S}", "Slagerij {S}", "Bakkerij {S}", "Fietsenwinkel {S}",
	"Makelaardij {S}", "Juwelier {S}", "Optiek {S}"]
ROLES = {"huisarts": ["BALIE", "SPREEKKAMER1", "ASSISTENTE", "POH"],
	"tandarts": ["BALIE", "BEHANDEL1", "BEHANDEL2", "RONTGEN"], "fysio":
	["BALIE", "OEFENZAAL"], "apotheek": ["BALIE", "KASSA", "BEREIDING"],
	"notaris": ["SECRETARIAAT", "AKTEN"], "advocaat": ["SECRETARIAAT",
	"ARCHIEF"], "accountant": ["ADMIN01", "SALARIS", "FISCAAL"],
	"installatie": ["WERKPLAATS", "PLANNING", "MAGAZIJN"], "bouw":
	["KEET", "PLANNING", "CALCULATIE"], "schilder": ["KANTOOR",
	"WERKPLAATS"], "transport": ["PLANNING", "EXPEDITIE", "MAGAZIJN"],
	"auto": ["WERKPLAATS", "SHOWROOM", "BALIE"], "hovenier": ["KANTOOR"],
	"horeca": ["KASSA", "KEUKEN", "BAR"], "stichting": ["KANTOOR",
	"GROEP1", "LOCATIE2"], "vereniging": ["KANTINE", "SECRETARIS"],
	"gemeente": ["BALIE", "BURGERZAKEN", "RAADZAAL"]}
# Legal forms by country and kind of body: (form, weight).
FORMS = {"NL": [("B.V.", 50), ("BV", 15), ("V.O.F.", 18), ("VOF", 7),
	("C.V.", 3), ("N.V.", 2), ("", 5)], "BE": [("BV", 55), ("BVBA", 10),
	("NV", 15), ("VOF", 10), ("CommV", 5), ("", 5)]}
RESPELL = {"B.V.": ["BV", "bv", "B.V", "B V", "Besloten Vennootschap"],
	"BV": ["B.V.", "bv", "Bv"], "V.O.F.": ["VOF", "vof", "v.o.f."],
	"VOF": ["V.O.F.", "vof"], "C.V.": ["CV", "Commanditaire Vennootschap"],
	"N.V.": ["NV", "nv", "Naamloze Vennootschap"], "NV": ["N.V.", "nv"],
	"BVBA": ["BV", "bvba", "B.V.B.A."], "CommV": ["Comm.V.", "Comm V"],
	"vzw": ["VZW", "v.z.w.", "Vzw"], "U.A.": ["UA", "u.a."]}
TECHS = {"AMS": ["Mitchell Boersma", "Ilona Schaap"], "RTM":
	["Rachid El Idrissi", "Britt Verkerk"], "UTR": ["Gijs Hoogland",
	"Manon Stolk"], "EIN": ["Twan van Rooij", "Loes Swinkels"], "GRQ":
	["Sjoerd Kamminga", "Fenna Bakker"], "ANR": ["Kobe Verlinden",
	"Lotte Geens"], "GNT": ["Arne De Paepe", "Fien Van Hulle"]}
VENDORS = ["Exact Online", "AFAS Software", "KPN Zakelijk", "Ziggo Zakelijk",
	"Proximus", "Telenet Business", "Promedico", "Medicom", "CGM Nederland",
	"Pharmacom", "Twinfield", "Unit4", "Nmbrs", "Visma", "Odoo", "Bouwsoft",
	"Syntess", "Topdesk", "Microsoft 365 Support", "Syncro Support",
	"Coolblue Zakelijk", "Dell Technologies", "HP Support", "PostNL"]
STAFF = ["Werkbank 2", "Werkplek bench 3", "Uitleenlaptop 4",
	"Leenlaptop 7", "Reserve-pc 3", "Testopstelling", "Image Win11 test",
	"RMA retour 12", "Mitchell Boersma", "Lotte Geens", "Voorraad 9"]
PERSONAL = ["Privé - {G} {S}", "Laptop {G}", "Thuis-pc {G}",
	"Thuiscomputer", "{G} {S} prive", "Laptop zoon", "Laptop dochter school",
	"{G} {S} (particulier)"]

# ---------------------------------------------------------------- skeleton
# Short forms both ways (abbrev rows); a one-word short form is read as
# its long form by the skeleton.
SHORT = [("Gebr.", "Gebroeders"), ("Fa.", "Firma"), ("& Zn.", "en Zonen"),
	("& Zn.", "& Zonen"), ("Huisartsenpraktijk", "Huisartsenpr."),
	("Tandartspraktijk", "Tandartspr."), ("Installatiebedrijf",
	"Installatiebedr."), ("Installatietechniek", "Installatietechn."),
	("Fysiotherapie", "Fysio"), ("Fysiotherapiepraktijk", "Fysiopraktijk"),
	("Stichting", "St."), ("Vereniging", "Ver."), ("Voetbalvereniging",
	"VV"), ("Kinderdagverblijf", "KDV"), ("Administratiekantoor",
	"Administratiekant."), ("Transportbedrijf", "Transportbedr."),
	("Gemeente", "Gem."), ("Coöperatie", "Coop."), ("Hotel-Restaurant",
	"Hotel Restaurant"), ("Accountants & Adviseurs", "Accountants en "
	"Adviseurs"), ("Elektrotechniek", "Elektro"), ("Notarissen",
	"Notariaat"), ("Autobedrijf", "Autobedr.")]
LONG = {"gebr": "gebroeders", "fa": "firma", "zn": "zonen",
	"huisartsenpr": "huisartsenpraktijk", "tandartspr": "tandartspraktijk",
	"installatiebedr": "installatiebedrijf", "installatietechn":
	"installatietechniek", "fysio": "fysiotherapie", "fysiopraktijk":
	"fysiotherapiepraktijk", "st": "stichting", "ver": "vereniging",
	"vv": "voetbalvereniging", "kdv": "kinderdagverblijf",
	"administratiekant": "administratiekantoor", "transportbedr":
	"transportbedrijf", "gem": "gemeente", "coop": "cooperatie",
	"elektro": "elektrotechniek", "autobedr": "autobedrijf", "vd": "van"}
DROP = set("bv nv vof cv commv bvba vzw ua besloten naamloze "
	"commanditaire vennootschap hodn en and van der den de het t ter ten "
	"te in op s".split())


def _words(s):
	s = lk.plain(s).lower().replace("'", " ").replace("’", " ")
	s = s.replace("ij", "y")
	return lk.dotted_words(s, LONG, DROP)


skel, skel_words, ck = lk.desk_checks(_words)


# ---------------------------------------------------------------- numbers
def kvk(rng):
	"""An eight-digit KvK number (no check digit since 2016's numbers)."""
	return "%d%07d" % (rng.randint(1, 9), rng.randint(0, 9999999))


def ondernemingsnummer(rng):
	"""A Belgian enterprise number: 0, seven digits, then 97 less the
	first eight modulo 97."""
	n = rng.randint(4000000, 8999999)
	return "0%07d%02d" % (n, 97 - n % 97)


def number_of(rng, country):
	return kvk(rng) if country == "NL" else ondernemingsnummer(rng)


def number_shown(rng, country, n):
	"""A number as a name carries it: "KvK 12345678", "BE 0456.789.012"."""
	if country == "NL":
		return rng.choice(["(KvK %s)", "- KvK %s", "KvK-nr %s"]) % n
	return rng.choice(["(BE %s.%s.%s)", "- ondernemingsnr %s.%s.%s"]) % (
		n[:4], n[4:7], n[7:])


# ---------------------------------------------------------------- customers
SECTOR_CUM = (list(SECTORS), list(accumulate(v[0] for v in
	SECTORS.values())))


def person(rng, country, women=.5):
	m, f = GIVEN[country]
	return rng.choice(f if rng.random() < women else m), \
		rng.choice(SURNAMES[country])


def written(rng, sur, country, after_initial=False):
	"""A surname as a firm's name writes it: a Dutch tussenvoegsel lower
	case after an initial, else capitalised or not as the owner chose;
	a Flemish one as the register has it."""
	tv, rest = tussen(sur)
	if not tv or country == "BE":
		return sur
	if after_initial:
		return sur[0].lower() + sur[1:]
	return cap(sur) if rng.random() < .55 else sur[0].lower() + sur[1:]


def values(rng, c, outside):
	desk, cc = c["desk"], c["country"]
	doc = person(rng, cc, .5)
	s2 = person(rng, cc)[1]
	brand = rng.choice(BRAND[desk] if rng.random() < .45 else BRAND["all"])
	town = c["town"]
	if outside:	# words no customer's name is made of
		o = rng.sample(OUT_SURNAME, 2)
		doc, s2 = (doc[0], o[0]), o[1]
		brand = rng.choice(OUT_BRAND)
		town = rng.choice(ELSEWHERE[cc])
	if doc[1] == s2:
		return None
	c["doctor"] = doc
	return {"S": written(rng, doc[1], cc), "S2": written(rng, s2, cc),
		"I": "%s. %s" % (doc[0][0], written(rng, doc[1], cc, True)),
		"B": brand, "T": town}


def fill(tpl, v):
	return re.sub(r"\{(\w+)\}", lambda m: v[m.group(1)], tpl)


def legal_of(rng, c):
	s, cc = c["sector"], c["country"]
	if "U.A." in c["tpl"]:
		return ""	# the coöperatie's U.A. is in its template
	if s in ("stichting", "vereniging"):
		return "vzw" if cc == "BE" and rng.random() < .8 else ""
	if s == "gemeente" or rng.random() >= SECTORS[s][1]:
		return ""
	return lk.wpick(rng, FORMS[cc])


def make_customer(rng, cid, desk=None, outside=False):
	"""A customer record, None when its draw does not fit: name, core
	(less the legal form and number), the words it is named by."""
	desk = desk or lk.wpick(rng, DESK_SHARE)
	cc = COUNTRY[desk]
	town = rng.choices(DESKS[desk], cum_weights=TOWN_CUM[desk])[0]
	sector = rng.choices(SECTOR_CUM[0], cum_weights=SECTOR_CUM[1])[0]
	tpl = rng.choice(SECTORS[sector][2])
	if cc == "BE" and sector == "gemeente" and town[2] >= 3:
		tpl = "Stad {T}"	# Antwerpen, Mechelen, Gent, Aalst
	c = {"id": cid, "desk": desk, "country": cc, "sector": sector,
		"town": town[0], "pc": town[1], "tpl": tpl}
	v = values(rng, c, outside)
	if v is None:
		return None
	used = set(re.findall(r"\{(\w+)\}", tpl))
	core = fill(tpl, v)
	legal = "" if outside else legal_of(rng, c)
	name = core
	if legal:
		name = "%s%s%s" % (core, rng.choice([" ", " ", ", "]), legal)
	owner = None
	if not legal and sector not in ("stichting", "vereniging", "gemeente",
			"huisarts") and "U.A." not in tpl and "{S}" in tpl and \
			rng.random() < .3:
		owner = "%s. %s" % (c["doctor"][0][0], written(rng, c["doctor"][1],
			cc, True))	# an eenmanszaak as the KvK extract names it
		name = "%s h.o.d.n. %s" % (owner, core)
	reg = None
	if not outside and sector not in ("gemeente", "vereniging") and \
			rng.random() < .07:
		reg = number_of(rng, cc)
		name += " " + number_shown(rng, cc, reg)
	surs = [v[k] for k in ("S", "S2") if k in used]
	if "I" in used:
		surs.append(v["I"].split(" ", 1)[1])
	c.update(name=name, core=core, legal=legal, number=reg, surs=surs,
		owner=owner, initial=v["I"] if "I" in used else None,
		brand=v["B"] if "B" in used else None, in_town="T" in used,
		named_doc=c["doctor"] if used & {"S", "I"} else None)
	return c


def named_by(c):
	"""(sector, skeleton word) for each word a customer is named by."""
	ws = [c["brand"]] + [tussen(s)[1] for s in c["surs"]] + \
		[c["in_town"] and c["town"]]
	ws = [w for w in ws if w] or [c["core"]]
	return [(c["sector"], skel(w)) for w in ws]


def forms(c):
	"""The names a customer goes by: its name, its core, its name less
	its number, its trade name alone."""
	out = [c["name"], c["core"]]
	if c["number"]:
		out.append(("%s %s" % (c["core"], c["legal"])).strip())
	if c["owner"]:
		out.append("%s %s" % (c["owner"], c["core"]))
	return out


def contacts(rng, c, ids):
	"""The named practitioner or owner first where there is one, then
	up to three more people of its country."""
	ps = [c["named_doc"]] if c["named_doc"] else []
	for _ in range(rng.randint(1, 3)):
		ps.append(person(rng, c["country"]))
	return [lk.contact(ids, a, b, c["domain"], lk.latin) for a, b in ps]


assets = lk.core_assets(DROP | {"gebr", "fa", "zn", "stichting"}, ROLES,
	lk.latin, lambda r, c: person(r, c["country"])[0])


def postcode(rng, c):
	if c["country"] == "BE":
		return c["pc"]
	return "%s%02d %s%s" % (c["pc"], rng.randint(0, 99),
		rng.choice("ABCDEGHJKLMNPRTVWXZ"), rng.choice("ABCDEGHJKLMNPRTVWXZ"))


def address(rng, c):
	cc = c["country"]
	return {"address": "%s %d" % (rng.choice(STREETS[cc]),
		rng.randint(1, 180)), "address_2": rng.choice([None, None, None,
		"Unit %d" % rng.randint(1, 12), "2e verdieping", "bus %d" %
		rng.randint(1, 9)]), "city": c["town"], "state": None if cc == "NL"
		and rng.random() < .5 else {"NL": "NL", "BE": "BE"}[cc],
		"zip": postcode(rng, c)}


FREE = ("gmail", "hotmail", "outlook", "ziggo", "kpnmail", "telenet",
	"skynet", "live")
SUFFIX = {"huisarts": ["huisartsen", "huisarts", ""], "tandarts":
	["tandarts", "tandartsen", ""], "fysio": ["fysio", ""], "apotheek":
	["apotheek", ""], "notaris": ["notaris", "notarissen"], "advocaat":
	["advocaten", "advocatuur"], "accountant": ["accountants", "admin"],
	"installatie": ["installatie", "installaties", "techniek", ""], "bouw":
	["bouw", ""], "schilder": ["schilders", ""], "transport":
	["transport", "logistiek"], "auto": ["auto", "garage"], "hovenier":
	["tuinen", "hoveniers"], "horeca": ["", "cafe"], "stichting": ["",
	"kinderopvang"], "vereniging": ["", "vv"], "gemeente": [""]}


n_domain = lk.domain_row(FREE)	# the row kind "domain"


def domain(rng, c, taken):
	"""The customer's own domain (a free mailbox for a fifth of the
	small firms), a digit more where taken."""
	s, cc = c["sector"], c["country"]
	if rng.random() < .2 and s in ("bouw", "schilder", "hovenier", "horeca",
			"vereniging", "auto"):
		return rng.choice(FREE) + (".be" if cc == "BE" and
			rng.random() < .5 else ".com")
	word = c["brand"] or (c["surs"] and tussen(c["surs"][0])[1]) or \
		c["town"]
	if s == "gemeente":
		word = c["town"]
	d = re.sub("[^a-z0-9]", "", lk.latin(word).lower())[:16]
	d += rng.choice(SUFFIX[s])
	return lk.numbered_domain(d, ".be" if cc == "BE" else ".nl", taken)


def syncro_head(rng, c):
	"""The first contact's name and address as the customer's own, and
	the firm's telephone number as its country writes it."""
	p = c["contacts"][0] if c["contacts"] else {}
	if c["country"] == "NL":
		ph = "0%d-%07d" % (rng.randint(10, 79), rng.randint(0, 9999999))
	else:
		ph = "0%d %02d %02d %02d" % (rng.choice([3, 9, 14, 15, 52, 53]),
			rng.randint(0, 99), rng.randint(0, 99), rng.randint(0, 99))
	c["syncro"].update(firstname=p.get("firstname"),
		lastname=p.get("lastname"), email=p.get("email"), phone=ph)


def form_keys(c):
	"""The skeletons of c's forms (a customer's keys for draw_unseen)."""
	return {skel(f) for f in forms(c)} if c else {""}


def population(rng, n):
	"""n customers, none going by a form another goes by; ids from
	47000000, each 1 to 3 above the one before."""
	g, roles, seen, doms = lk.G(), set(), set(), set()
	g.custs, sub, last = [], iter(range(47300001, 47999999)), 47000000
	while len(g.custs) < n:
		c = lk.draw_unseen(lambda: make_customer(rng, 0), form_keys, seen,
			60)
		if c is None:
			continue	# 60 draws all taken: draw again
		last += rng.randint(1, 3)
		c["id"], c["domain"] = last, domain(rng, c, doms)
		lk.add_customer(rng, g, c, sub, roles, address, contacts, assets)
		syncro_head(rng, c)
	g.shared = sorted(roles)
	return g


def index(g):
	"""linkgen's indexes, the words each sector is named by and the
	numbers taken."""
	lk.index_named(ck, g, forms, named_by, "numbers", lambda c: c["number"])


# ---------------------------------------------------------------- typing
name_or_core = lk.name_or_core
# The Belgian AZERTY rows (letters and the digits' row as typed unshifted).
BE_KEYS = ["&é\"'(§è!çà)-", "azertyuiop^$", "qsdfghjklmù", "wxcvbn,;:="]
TYPO = {"NL": lk.Typo(lk.US_KEYS), "BE": lk.Typo(BE_KEYS)}


def n_typo(rng, g, c):
	return TYPO[c["country"]].n_core_typo(rng, g, c)


def n_typo2(rng, g, c):
	return TYPO[c["country"]].n_core_typo2(rng, g, c)


n_caps, n_lower = lk.case_rows(r"[.,()'&]")


def keeps(c, t):
	"""t keeps what tells c from its neighbours: its town where its name
	has one, its surnames."""
	if c["in_town"] and c["town"] not in t:
		return False
	return all(tussen(s)[1] in t for s in c["surs"])


def n_truncated(rng, g, c):
	"""linkgen's cut, not off the town or the surnames, and not down to
	a listed person's name."""
	t = lk.n_truncated(rng, g, c)
	if not t or not keeps(c, t) or skel(t) in g.person:
		return None
	return t


def n_reorder(rng, g, c):
	"""The surname put before or after the trade: "Jansen Bouwbedrijf",
	"Installatietechniek, Van Dijk"."""
	s = c["core"]
	for w in c["surs"][:1]:
		if s.endswith(" " + w) and " " not in s[:-len(w) - 1]:
			return rng.choice(["%s %s", "%s, %s"]) % (w, s[:-len(w) - 1])
		if s.startswith(w + " ") and "&" not in s:
			return rng.choice(["%s %s", "%s, %s"]) % (s[len(w) + 1:], w)
	return None


def n_tussen(rng, g, c):
	"""A tussenvoegsel dropped, capitalised or not, moved after the
	surname ("Meer, van der"), as v.d., or run together ("Vandijk")."""
	s = name_or_core(rng, c, .6)
	for w in c["surs"]:
		tv, rest = tussen(w)
		if not tv or w not in s:
			continue
		r = rng.random()
		if r < .25:
			new = rest
		elif r < .45:
			new = (w[0].swapcase() + w[1:]) if rng.random() < .6 else \
				" ".join(cap(x) for x in w.split())
		elif r < .6 and tv.lower().startswith("van d"):
			new = rng.choice(["v.d.", "vd", "v/d"]) + " " + rest
		elif r < .75:
			new = (tv + rest).replace(" ", "").replace("'", "").lower()
			new = cap(new) if rng.random() < .7 else \
				cap(tv.replace(" ", "").replace("'", "")) + rest
		else:
			if not s.endswith(w):
				return None
			return "%s, %s" % (s[:-len(tv) - len(rest) - 1] + rest,
				tv.lower())
		return s.replace(w, new, 1)
	return None


# A contact's name alone, turned round ("de Vries Jan") 15% of the time.
n_person = ck.person_row(lambda rng, c: rng.random() < .15)


def n_ijy(rng, g, c):
	"""ij typed y or Ij, y typed ij: "Dyk", "Ijsselstein", "Meijer"."""
	s = name_or_core(rng, c, .6)
	if "IJ" in s:
		return s.replace("IJ", rng.choice(["Ij", "Y", "Ij"]), 1)
	if "ij" in s:
		return s.replace("ij", "y", 1)
	if re.search("[a-z]y", s):
		return re.sub("([a-z])y", r"\1ij", s, 1)
	return None


def n_diacritics(rng, g, c):
	"""Coöperatie, Eetcafé, Zoë without their marks, or a mark turned
	(é as e' or è)."""
	s = name_or_core(rng, c, .6)
	if s == lk.plain(s):
		return None
	if rng.random() < .7:
		return lk.plain(s)
	return s.replace("é", rng.choice(["e'", "è"])).replace("ö", "o")


def short_for(t, long, short):
	m = re.search(r"(?<![\w.-])%s(?![\w])" % re.escape(long), t)
	return t[:m.start()] + short + t[m.end():] if m else t


n_abbrev = lk.abbrev_row(SHORT + [(b, a) for a, b in SHORT], short_for)


def n_acronym(rng, g, c):
	"""A name of three words or more, no person's, by its initials:
	"Stichting Kinderopvang De Linde" as "SKL" or "SK Linde"; a town in
	it kept whole after the initials of the rest ("FV Amstelveen")."""
	if c["surs"]:
		return None
	town = c["town"] if c["in_town"] else ""
	ws = [w for w in re.split(r"[\s&,/-]+", c["core"].replace(town, ""))
		if w and w[0].isalpha() and w.lower() not in ("en", "de", "het",
		"van", "voor", "'t", "u.a.")]
	if town:
		return "%s %s" % ("".join(w[0].upper() for w in ws), town) if \
			len(ws) > 1 else None
	return lk.initials(rng, ws) if len(ws) > 2 else None


def n_legal(rng, g, c):
	"""The legal form dropped, respelt or swapped; an eenmanszaak's
	owner and h.o.d.n. dropped or the trade name alone."""
	if c["owner"]:
		return c["core"] if rng.random() < .6 else "%s (%s)" % (c["core"],
			c["owner"])
	if not c["legal"] and "U.A." not in c["core"]:
		return None
	if rng.random() < .45:
		return c["core"].replace(" U.A.", "")
	if "U.A." in c["core"]:
		return c["core"].replace("U.A.", rng.choice(RESPELL["U.A."]))
	sep = rng.choice([", ", " "])
	return "%s%s%s" % (c["core"], sep, rng.choice(RESPELL.get(c["legal"],
		[c["legal"]])))


def n_branch(rng, g, c):
	"""Where the firm sits after its name: vestiging and the town, the
	street, postcode and plaats."""
	s = name_or_core(rng, c, .6)
	a = c["syncro"]
	r = rng.random()
	if r < .35 and not c["in_town"]:
		site = rng.choice(["vestiging ", "locatie ", ""]) + c["town"]
	elif r < .65:
		site = a["address"]
	else:
		site = "%s %s" % (a["zip"], c["town"])
	return rng.choice(["%s - %s", "%s (%s)", "%s, %s", "%s / %s"]) % (s,
		site)


def n_number(rng, g, c):
	"""The KvK or enterprise number of a name that carries it, typed bare,
	spaced, dotted or with BE before it, after the core."""
	n = c["number"]
	if not n:
		return None
	if c["country"] == "NL":
		n = rng.choice([n, "%s %s" % (n[:4], n[4:]), n])
		label = rng.choice(["KvK ", "kvk ", "KvK: ", "KvK-nr. ", ""])
	else:
		n = rng.choice([n, "BE" + n, "%s.%s.%s" % (n[:4], n[4:7], n[7:]),
			"BE %s" % n])
		label = rng.choice(["", "ond.nr. ", "BTW "])
	return rng.choice(["%s %s%s", "%s (%s%s)"]) % (c["core"], label, n)


n_contact = lk.contact_row(lambda rng, c, p: rng.choice(["", "", "",
	"(praktijkmanager)", "(administratie)", "(eigenaar)", "(boekhouding)",
	"(balie)"]))


def n_mixed(rng, g, c):
	"""One of the turns that keep the words (legal form, abbreviation,
	tussenvoegsel, order, site) and then a slip, capitals, small
	letters or a cut."""
	first = rng.choice([n_legal, n_abbrev, n_tussen, n_reorder,
		n_branch])(rng, g, c)
	turn = rng.choice([n_typo, n_caps, n_lower, n_truncated])
	return first and turn(rng, g, dict(c, name=first, core=first))


# Each kind's function and share (dicts keep their order).
KINDS = [(k, f, w) for k, (f, w) in {"exact": (lk.n_exact, 11),
	"caps": (n_caps, 3), "lower": (n_lower, 5), "typo": (n_typo, 9),
	"two typos": (n_typo2, 3), "truncated": (n_truncated, 4),
	"reorder": (n_reorder, 3), "tussenvoegsel": (n_tussen, 6),
	"ij/y": (n_ijy, 3), "diacritics": (n_diacritics, 2),
	"abbrev": (n_abbrev, 6), "acronym": (n_acronym, 2),
	"legal": (n_legal, 9), "branch": (n_branch, 5),
	"contact": (n_contact, 3), "person": (n_person, 2),
	"domain": (n_domain, 2), "number": (n_number, 2),
	"mixed": (n_mixed, 4)}.items()]


# ---------------------------------------------------------------- impostors
# What goes before a prospect's name, and before a private person's.
PROSPECT = ["Offerte - ", "Prospect: ", "Nieuwe klant? ", "Demo - ",
	"Intake ", "Lead - "]
PERSON_TITLE = ["", "", "", "Particulier - ", "Fam. ", "Thuisklant: "]
i_fresh, i_prospect = lk.fresh_rows(lambda rng, desk:
	make_customer(rng, 0, desk, outside=True), named_by, PROSPECT)


def other_town(rng, c, cc, form):
	"""c's core with its town one of cc's where no customer is, form's
	legal form after it half the time."""
	if not c["in_town"] or cc != c["country"] and (c["sector"] ==
			"gemeente" or "U.A." in c["core"]):
		return None	# no Belgian coöperatie U.A., no "Gemeente Gent"
	t = c["core"].replace(c["town"], rng.choice(ELSEWHERE[cc]))
	if t == c["core"]:
		return None
	return t + (" " + form if form and rng.random() < .5 else "")


def i_vestiging(rng, g, c):
	"""A town-named firm's office in another town of its country where no
	customer is: "Jansen Installatietechniek Zwolle"."""
	return other_town(rng, c, c["country"], c["legal"])


def i_country(rng, g, c):
	"""The firm's namesake across the border: "Van Damme Transport
	Breda B.V." for Van Damme Transport Gent NV."""
	cc = "BE" if c["country"] == "NL" else "NL"
	if c["sector"] in ("stichting", "vereniging"):
		return other_town(rng, c, cc, "vzw" if cc == "BE" else "")
	return other_town(rng, c, cc, "B.V." if cc == "NL" else "BV")


def i_holding(rng, g, c):
	"""The owner's holding beside the operating company: "Jansen Holding
	B.V.", "Beheer Van Dijk BV", "Amstel Logistics Holding B.V."."""
	if c["legal"] not in ("B.V.", "BV", "N.V.", "NV") or \
			c["sector"] in ("stichting", "vereniging"):
		return None
	who = c["surs"][0] if c["surs"] else c["brand"]
	if not who:
		return None
	tpl = rng.choice(["%s Holding", "Beheer %s", "%s Beheer",
		"Beheermaatschappij %s", "%s Holding"])
	t = tpl % (tussen(who)[1] if "Beheer" in tpl and rng.random() < .3
		else who)
	return "%s %s" % (t, rng.choice(["B.V.", "BV"]) if c["country"] == "NL"
		else rng.choice(["BV", "NV"]))


def i_trade(rng, g, c):
	"""The customer's surname in a trade or practice it is not: the
	brother's garage beside "Bouwbedrijf De Vries"; a trade no customer
	is in a third of the time (at 50,000 customers every surname is some
	customer's in every trade of SECTORS)."""
	if not c["surs"]:
		return None
	if rng.random() < .33:
		return rng.choice(ELSE_TRADE).replace("{S}", c["surs"][0])
	others = [s for s in SECTORS if s != c["sector"] and s not in
		("gemeente", "stichting", "vereniging")]
	tpls = [t for t in SECTORS[rng.choice(others)][2] if "{S}" in t and
		"{S2}" not in t and "{T}" not in t]
	if not tpls:
		return None
	return rng.choice(tpls).replace("{S}", c["surs"][0])


def i_family(rng, g, c):
	"""Another practitioner of the family: "Tandartspraktijk M. de Vries"
	beside "Tandartspraktijk J. de Vries"."""
	if not c["initial"]:
		return None
	m, f = GIVEN[c["country"]]
	ini = rng.choice(m + f)[0]
	if ini == c["initial"][0]:
		return None
	return c["core"].replace(c["initial"], ini + c["initial"][1:], 1)


def i_number(rng, g, c):
	"""A name that carries its number typed with another valid one."""
	if not c["number"]:
		return None
	new = number_of(rng, c["country"])
	if not new or new in g.numbers or lk.la.within1(new, c["number"]):
		return None
	if c["country"] == "BE":
		new = "%s.%s.%s" % (new[:4], new[4:7], new[7:])
		return "%s %s" % (c["core"], rng.choice(["BE%s", "BTW BE %s",
			"ondernemingsnr %s"]) % new)
	return "%s %s" % (c["core"], rng.choice(["KvK %s", "KvK-nr %s",
		"kvk %s", "KvK nummer %s"]) % new)


def i_common(rng, g, c):
	return rng.choice(ELSE_TRADE).replace("{S}", rng.choice(COMMON))


def stranger_draw(rng, c):
	return person(rng, c["country"])


i_person, i_personal = lk.person_impostors(ck, stranger_draw, PERSON_TITLE,
	PERSONAL)


IMPOSTORS = lk.impostor_kinds([(k, f, w) for k, (f, w) in {
	"same shape": (i_fresh, 13), "other vestiging": (i_vestiging, 10),
	"other country": (i_country, 8), "holding": (i_holding, 9),
	"same surname other firm": (i_trade, 10),
	"family member": (i_family, 6), "other number": (i_number, 3),
	"common surname": (i_common, 4), "person": (i_person, 7),
	"vendor": (lk.one_of(VENDORS), 8), "prospect": (i_prospect, 5),
	"personal": (i_personal, 5), "own staff": (lk.one_of(STAFF), 5)}.items()])


if __name__ == "__main__":
	# The fields kept, each desk's bench machines, numbered()'s start,
	# step and minutes.
	lk.desk_main("blind47", ck, population, index, KINDS, IMPOSTORS,
		("id", "name", "syncro", "contacts", "assets"),
		("WERKBANK-%s-%02d", 4), TECHS, (1847000000, 971, 55))
