#!/usr/bin/python3
# gen-link-blind4.py NCUST NNAMES SEED OUTDIR - the fourth held-out
# benchmark for sdc-link (issue #14, session 3), modelled on the issue's own
# description: noisy names of real customers and impostors against a
# US/European MSP's customer list.  Written by a helper that tunes nothing,
# without reading the other generators' word lists or noise code; run once
# at the end of a session, never to tune; only aggregates are reported.
# Python stdlib only; the same SEED gives the same files.
#
# Writes OUTDIR/customers.json (id, business_name, contacts [id, firstname,
# lastname, email], assets [id, name]), names.tsv (typed TAB true id or ""
# TAB noise kind TAB machine), sessions.jsonl (SessionName blank: the name
# is the only evidence) and sessions-machine.jsonl (the machine where
# sdc-sc2jsonl puts SessionName: segment content "Connected to machine:
# NAME"; session_type Access on an asset, Support when named after the
# caller).
#
# Where the shapes come from (learnt, not copied; every word below was
# written for this file):
#  - Who an MSP serves: thirdtier.net "Myth: small clients aren't
#    profitable" (2021: about half of an MSP's clients under 10 users;
#    healthcare, legal and financial the usual focus) and MSP buyer guides
#    (itreviews.co, serenit: EHR, legal practice and accounting software,
#    HIPAA) - so dental/medical practices, law and accounting firms lead,
#    then trades, property managers, non-profits, churches, schools, small
#    manufacturers and restaurants.
#  - Legal forms: Wikipedia "Types of business entity" as compiled in
#    public gists (US: Inc., LLC, PC, PLLC, PA, LLP, Corp, Co.; professional
#    designations DDS, CPAs) and jurisdiction guides (docs.kausate.com:
#    Belgium/France; GmbH, AG, GmbH & Co. KG, B.V., SARL, SAS, S.r.l., S.L.,
#    AB, ApS, AS, Oy).
#  - Machines: naming schemes <org initials>-<type><nn> (DSK/LT/WS/SRV:
#    solutionsthroughit.wordpress.com "Naming Conventions", 2009;
#    assetloom.com "IT asset naming conventions": NY-LAP-01), Windows'
#    default DESKTOP-XXXXXXX / LAPTOP-XXXXXXXX names, vendor service tags,
#    user names (JSMITH-PC, "Sarahs-MacBook-Air"), role names shared by
#    many offices (RECEPTION, FRONTDESK, OP3 in a dental operatory, SERVER).
#  - Typing: Damerau (1964) - most slips are one substitution, omission,
#    insertion or transposition; substitutions hit a neighbouring key.
#
# The customers (NCUST): 80% US, 20% European (DE/AT 8, NL 5, FR 3, IT/ES
# 2, Nordic 2); verticals (US, weights): medical 14, dental 10, law 11,
# accounting/financial 12, construction and trades 12, property 7,
# non-profit 8, church 6, school 5, manufacturer 8, restaurant 5, other
# (veterinary, engineering, insurance, staffing) 8.  About 70% carry a
# legal form.  Words repeat across the list on purpose: brand words
# (Summit, Keystone, Pinnacle), places (Riverside, Cedar Creek) and trade
# words (Services, Group, Health, Financial, Solutions, Family, Dental)
# are each shared by many customers; surnames are rarer.  5% have a coined
# compound first word ("CarePoint", "HealthGroup").  Names are unique once
# case, punctuation, "&"/"and" and the legal form are set aside.  Contacts:
# 1-5 each, own domain or a public mailbox.  Assets: log-normal count,
# median 5 (doubled for manufacturers and schools), up to 120, then role
# and server names for some (median 7 in all at seed 1); one naming scheme
# for about 70% of a customer's machines.  Machine prefixes are the
# customer's initials, made unique in the MSP 70% of the time; role and
# server names (RECEPTION-PC, FS01, OP2), user names (JSMITH-PC) and Mac
# names recur across customers, as in life: at 5,000 customers 4.6% of the
# machine names belong to more than one customer.
#
# The names (NNAMES): 85% real customers (drawn in proportion to assets^0.8:
# bigger customers call more), 15% impostors.  Real names, exact counts per
# kind (largest remainder) from these weights: exact 10, case 7, suffix 9
# (legal form dropped 60% / changed 40%), case+suffix 5, reorder 6, and 5
# ("&" <-> "and"), truncated 9 (cut at a field width or only the leading
# words), typo 10, typo+case 4, typo+suffix 5, abbreviation 14 (compound
# initials "HG Alpha", initials of trailing trade words "Keystone FG",
# acronyms "FBC" / "SJB", shorthand Mgmt/Svcs/Assoc/Mfg...), two typos 6.
# A kind that does not apply to a name (no "&", no legal form) is drawn on
# another customer.  Labels stay honest: a typed name that is another
# customer's name (case, punctuation and legal form aside), or one slip
# (OSA distance 1) from another customer while further from its own, is
# drawn again, and so is an impostor one slip from any customer (seed 1:
# about 1 real name and 9 impostors in 2,000) or made of one customer's
# words with some left off or added ("Law Offices of Keane & Ross" is
# the firm "Keane & Ross LLP"; about 1 in 8 impostors); nearer rivals at
# distance 2 are left, as in life.  Typos: a QWERTY neighbour 45%, a dropped letter 25%,
# a doubled or extra neighbour letter 15%, two letters swapped 15%; the
# first letter is spared 90% of the time.
# Impostors (not customers; all but the personal ones share words with
# customers):
# "impostor: rare word" 35% (a customer's rarest word in another trade),
# "impostor: same trade" 30% (the shape of a customer's name with another
# place or surname the list also uses), "impostor: prospect" 20% (a fresh
# name from the same vocabulary), "impostor: personal" 15% (home, internal,
# test sessions); a fifth carry a case change or a typo.
#
# Machines (sessions-machine.jsonl).  Real: one of the customer's Syncro
# assets 75% (any of them, generic names included), a machine Syncro does
# not know yet 11% (new or home PC), a Support session named after the
# caller 8%, no name 4%, an asset listed under another customer 2% (a
# stale asset: sold on or moved).  75% on a known asset is an assumption,
# not a measured figure: Syncro installs ScreenConnect with its RMM agent,
# so most work is an Access session on a managed PC, and ad-hoc support on
# unmanaged devices is the rest.  At seed 1 with 5,000 customers, 57% of
# the real sessions are on a machine only their customer lists, 17% on one
# several customers list (their own among them), 1.5% on another
# customer's.  Impostors: an unknown DESKTOP- name 45%,
# a role/server name owned by two or more customers 25%, a caller's name
# 15%, a personal Mac 5%, no name 10%.
import math
import random
import uuid

from screenconnect_record import args, sc_session, write_set

# --- words, written for this file ---------------------------------------

SURNAMES = """Smith Johnson Garcia Miller Davis Rodriguez Martinez Hernandez
Lopez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Thompson White
Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Nguyen Hill
Flores Green Adams Nelson Baker Hall Campbell Mitchell Carter Roberts Patel
Kowalski Novak O'Brien Sullivan Murphy Reilly Fitzpatrick Schroeder Hansen
Larsen Olson Petersen Lindquist Bergman Castillo Romero Alvarez Ortega
Delgado Guerrero Morales Vasquez Chen Wong Kim Park Tanaka Shah Mehta Singh
Haddad Khoury Abrams Goldstein Feldman Rosenthal Katz Weiss Kaplan Russo
Esposito Marino DeLuca Ferraro Costa Lombardo Caruso Greco Brennan Doyle
Gallagher Keane McCarthy McBride MacKenzie McAllister Donovan Dempsey
Whitaker Pruitt Holloway Crenshaw Stokes Barlow Haskins Pendleton Sutton
Langford Ransom Tillman Voss Yates Zamora Quarles Underwood Kessler
Dietrich Vogel Brandt Hartman Ziegler Pfeiffer Jablonski Wozniak Sokolov
Petrov Ivanova Demir Yilmaz Okonkwo Adeyemi Mensah Boateng""".split()
ROOTS = """Ash Brook Car Dun Elm Fair Gold Hart Kings Lang Mar Nor Pen Red Stan
Thorn Wal Whit Wood Brad Crom Hol Mel Prest Rad Shel Wins Ham""".split()
ENDINGS = """ford ley ton well wood field man by son worth more dale ham stead
bury wick""".split()
FIRST = """James Mary Robert Patricia John Jennifer Michael Linda David
Elizabeth William Barbara Richard Susan Joseph Jessica Thomas Sarah Charles
Karen Daniel Lisa Matthew Nancy Anthony Betty Mark Sandra Donald Ashley
Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kevin Carol Brian
Amanda Greg Melissa Tim Deborah Jason Stephanie Ryan Rebecca Gary Laura
Eric Sharon Jacob Cynthia Nick Kathleen Jon Amy Larry Angela Justin Shirley
Scott Anna Brandon Brenda Frank Pamela Ben Nicole Sam Ruth Ray Katherine
Carlos Maria Luis Rosa Wei Mei Raj Priya Ahmed Fatima""".split()
PLACE_A = """Cedar Oak Maple Pine Willow River Lake Spring Stone Fox Deer Eagle
Bear Mill Sun Green Silver North South East West High Clear Rock Pleasant
Hickory Laurel Bay Harbor Meadow Prairie Walnut Chestnut Falcon Hawk
Heron""".split()
PLACE_B = """view wood field brook dale ridge creek haven vale crest port side
land gate""".split()
PLACE_TWO = """Valley Hills Creek Park Point Grove Springs Heights Lake
Mountain""".split()
PLACE_NAMED = ["Tri-County", "Bay Area", "Mid-Atlantic", "Ohio Valley",
	"Gulf Coast", "Twin Rivers", "Five Points", "Blue Ridge", "Great Plains",
	"High Desert", "Piedmont", "Chesapeake", "Ozark", "Cascade", "Sonoran",
	"Hudson", "Allegheny", "Catskill", "Mohave", "Adirondack", "Cumberland",
	"Shenandoah", "Susquehanna", "Wabash", "Platte", "Teton", "Sangamon",
	"Kanawha", "Yadkin", "Brazos", "Pecos", "Sabine", "Ouachita"]
BRANDS = """Summit Keystone Pinnacle Meridian Beacon Cornerstone Horizon
Liberty Patriot Premier Sterling Legacy Heritage Frontier Vanguard Evergreen
Ironwood Bluewater Northstar Trident Atlas Granite Landmark Paragon Quantum
Catalyst Integrity Allied United Advanced Precision Superior Elite Alpine
Coastal Crestview Clarity Compass Anchor Cardinal Monarch Sentinel Apex
Keystone Pioneer Guardian Trinity Unity Harmony Victory Insight Bridgeway
Cobalt Zenith Orion Sequoia Aspen Juniper Magnolia Sapphire Emerald Onyx
Copperleaf Stonegate Fieldstone Brightwater Truepoint Westbrook
Lighthouse""".split()
COMP_HEAD = "Health Care Med Tech Pro Build Fin Law Dent Pet Home Clear".split()
COMP_TAIL = "Group Works Point Source Link Path First Star Bridge Line Wise".split()
COMP_AFTER = ["Alpha", "Plus", "One", "Partners", "Solutions", "Services",
	"Associates", "Network", "Center", "Systems"]
SAINTS = """Mary Joseph Luke Mark Michael Patrick Anne Francis Paul Peter
Andrew John Thomas Catherine Teresa Jude Vincent Elizabeth Gabriel
Matthew""".split()
ES = {
	"de": """Müller Schäfer Becker Hoffmann Wagner Schulz Koch Richter Klein
Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Lange Werner
Krause Lehmann Köhler Maier Huber Fuchs Vogt Jäger Böhm Seidel Winkler""",
	"nl": """De Vries Van Dijk Bakker Janssen Visser Smit Meijer De Boer Mulder
De Groot Bos Vos Peters Hendriks Van Leeuwen Dekker Brouwer De Wit Dijkstra
Kuipers""",
	"fr": """Dubois Lefèvre Moreau Laurent Girard Fournier Mercier Bonnet
Lambert Fontaine Rousseau Chevalier Garnier Faure Perrin Masson""",
	"it": """Rossi Bianchi Colombo Ricci Gallo Conti Bruno Moretti Barbieri
Fontana Rinaldi Ferrara Gómez Navarro Molina Ortiz Rubio Serrano""",
	"no": """Lindgren Nielsen Virtanen Johansson Karlsson Lindberg Berg
Andersen Halvorsen Korhonen Nieminen Sundqvist Holm Dahl Strand""",
}
ES = {k: [w.replace("_", " ") for w in v.replace("De ", "De_").replace(
	"Van ", "Van_").split()] for k, v in ES.items()}
EP = {"de": "Rhein Main Allgäu Ruhr Harz Taunus Spree Elbe Isar Neckar".split(),
	"nl": "Brabant Veluwe Twente Rijnmond Zeeland Kennemer".split(),
	"fr": "Alpes Loire Provence Vosges Jura Rhône".split(),
	"it": "Adriatica Lombarda Costa Brava Toscana Levante".split(),
	"no": "Nord Fjord Skog Vest Sør Øst".split()}
EF = {"de": "Thomas Andreas Stefan Michael Katrin Sabine Jörg".split(),
	"nl": "Jan Pieter Sanne Bram Eva".split(),
	"fr": "Pierre Marie Luc Claire Jean".split(),
	"it": "Marco Giulia Luca Carmen Javier".split(),
	"no": "Erik Anna Lars Ingrid Mikko".split()}

# Verticals: weight, name shapes, legal forms ("" = none) with weights.
# {S} {S2} {S3} surname, {F} first name, {P} place, {B} brand, {K} coined
# compound, {X} what follows a compound, {T} saint.
US = [
	(14, ["{P} Family Medicine", "{P} Pediatrics", "{S} Family Practice",
	      "{P} Orthopedic Associates", "{P} Health Partners",
	      "{P} Women's Health", "{P} Internal Medicine",
	      "{S} & {S2} Medical Group", "{B} Health Services",
	      "{P} Physical Therapy", "{B} Eye Care", "{P} Dermatology",
	      "{K} {X}", "{B} Urgent Care", "{S} Chiropractic Center"],
	 [("", 3), ("PC", 3), ("P.C.", 1), ("PLLC", 2), ("PA", 1), ("LLC", 2),
	  ("Inc", 1)]),
	(10, ["{P} Family Dentistry", "{S} Dental Group", "{B} Dental Care",
	      "{P} Smile Center", "{S} & {S2} DDS", "Dr. {F} {S} DDS",
	      "{P} Orthodontics", "{P} Pediatric Dentistry",
	      "{B} Dental Associates", "{S} Family Dental", "{K} Dental"],
	 [("", 3), ("PC", 2), ("PLLC", 2), ("P.A.", 1), ("LLC", 2)]),
	(11, ["{S} & {S2}", "{S}, {S2} & {S3}", "{S} Law Group",
	      "Law Office of {F} {S}", "Law Offices of {S} & {S2}",
	      "{S} Legal Services", "{S} & Associates", "{B} Law Partners",
	      "{S} {S2} & {S3}"],
	 [("", 2), ("LLP", 3), ("PC", 2), ("PLLC", 2), ("P.A.", 1), ("LLC", 1)]),
	(12, ["{S} & Company", "{S} & {S2} CPAs", "{P} Tax & Accounting",
	      "{B} Financial Group", "{B} Wealth Management",
	      "{S} Financial Services", "{P} Financial Advisors",
	      "{B} Insurance Agency", "{S} Bookkeeping Services",
	      "{B} Financial Solutions", "{S} Tax Services", "{K} Financial"],
	 [("", 2), ("LLC", 4), ("Inc", 2), ("PC", 1), ("LLP", 1), ("PA", 1)]),
	(12, ["{S} Construction", "{S} Builders", "{P} Roofing & Siding",
	      "{S} Electric", "{S} Plumbing & Heating", "{B} Contracting",
	      "{S} & Sons Construction", "{P} Excavating", "{B} Home Services",
	      "{S} Brothers Builders", "{P} Concrete", "{B} Mechanical Services",
	      "{S} Heating and Cooling", "{B} Building Solutions"],
	 [("", 2), ("Inc", 4), ("Inc.", 1), ("LLC", 4), ("Co", 1), ("Corp", 1)]),
	(7, ["{P} Property Management", "{B} Realty Group", "{S} Real Estate",
	     "{B} Property Services", "{P} Management Company",
	     "{P} Homeowners Association", "{B} Properties",
	     "{S} Property Management Group"],
	 [("", 3), ("LLC", 4), ("Inc", 2)]),
	(8, ["{P} Community Foundation", "{P} Food Bank",
	     "Friends of the {P} Library", "{P} Housing Alliance",
	     "{P} Youth Services", "{P} Family Services", "{P} Senior Center",
	     "{B} Community Health Services", "{P} Humane Society",
	     "{P} Habitat for Humanity", "{P} Boys and Girls Club"],
	 [("", 6), ("Inc", 3), ("Inc.", 1)]),
	(6, ["First Baptist Church of {P}", "{T} Catholic Church",
	     "Grace Lutheran Church of {P}", "{P} Community Church",
	     "{P} United Methodist Church", "{T} Episcopal Church of {P}",
	     "{P} Bible Fellowship", "{P} Presbyterian Church",
	     "{T} Parish {P}", "{P} Church of Christ"],
	 [("", 9), ("Inc", 1)]),
	(5, ["{P} Montessori School", "{T} Academy", "{P} Christian Academy",
	     "{P} Charter School", "{T} Parish School of {P}", "{P} Day School",
	     "{P} Learning Center", "{B} Preparatory Academy"],
	 [("", 8), ("Inc", 2)]),
	(8, ["{S} Manufacturing", "{P} Precision Machining", "{B} Plastics",
	     "{S} Tool & Die", "{B} Fabrication", "{P} Metal Works",
	     "{B} Industries", "{S} Packaging", "{B} Technologies",
	     "{S} Machine Works", "{K} Systems"],
	 [("", 1), ("Inc", 4), ("Corp", 2), ("Corporation", 1), ("LLC", 2),
	  ("Co", 1)]),
	(5, ["{S}'s Pizzeria", "The {P} Grill", "{B} Bistro",
	     "{P} Brewing Company", "{S}'s Diner", "{P} Bakery & Cafe",
	     "{F}'s Kitchen", "{B} Catering", "{P} Tavern"],
	 [("", 4), ("LLC", 4), ("Inc", 1)]),
	(8, ["{P} Veterinary Hospital", "{P} Animal Clinic", "{S} Engineering",
	     "{S} Architects", "{P} Auto Repair", "{B} Staffing Solutions",
	     "{B} Marketing Solutions", "{S} Insurance Agency", "{B} Logistics",
	     "{S} Surveying", "{K} Solutions"],
	 [("", 2), ("Inc", 3), ("LLC", 4), ("PC", 1)]),
]
EU = [
	(8, "de", ["Zahnarztpraxis Dr. {S}", "{S} Steuerberatung",
		   "Kanzlei {S} & Partner", "{S} Bau", "Praxis Dr. {F} {S}",
		   "{S} Immobilienverwaltung", "{P} Maschinenbau", "Autohaus {S}",
		   "{S} Haustechnik", "{B} Logistik", "{S} & {S2} Rechtsanwälte"],
	 [("", 2), ("GmbH", 5), ("GmbH & Co. KG", 2), ("AG", 1), ("e.K.", 1)]),
	(5, "nl", ["Tandartspraktijk {P}", "{S} Bouw", "Advocatenkantoor {S}",
		   "{S} Installatietechniek", "Administratiekantoor {S}",
		   "{B} Logistiek", "{S} & {S2} Accountants"],
	 [("", 2), ("B.V.", 6), ("N.V.", 1)]),
	(3, "fr", ["Cabinet {S}", "{S} Immobilier", "Boulangerie {S}",
		   "{S} Bâtiment", "Cabinet Dentaire {P}", "{S} & Associés"],
	 [("", 2), ("SARL", 4), ("SAS", 3)]),
	(2, "it", ["Studio Legale {S}", "{S} Costruzioni", "Clinica Dental {P}",
		   "{S} Asesores", "Studio {S} & {S2}"],
	 [("", 2), ("S.r.l.", 3), ("S.L.", 2)]),
	(2, "no", ["{S} Bygg", "{S} Redovisning", "{P} Tandvård",
		   "{S} Rør", "{B} Konsult"],
	 [("", 1), ("AB", 3), ("ApS", 1), ("AS", 2), ("Oy", 1)]),
]
LEGAL = ["inc", "inc.", "llc", "pc", "p.c.", "pllc", "pa", "p.a.", "llp",
	"corp", "corporation", "co", "incorporated", "l.l.c.", "gmbh", "ag",
	"gmbh & co. kg", "e.k.", "b.v.", "n.v.", "sarl", "sas", "s.r.l.",
	"s.l.", "ab", "aps", "as", "oy", "ltd"]
LEGAL_SWAP = {"Inc": ["LLC", "Inc.", "Incorporated", "Corp"],
	"Inc.": ["Inc", "LLC", "Incorporated"], "LLC": ["Inc", "L.L.C.", "LLC."],
	"PC": ["P.C.", "PLLC", "PA"], "P.C.": ["PC", "PLLC"],
	"PLLC": ["PC", "LLC", "P.L.L.C."], "PA": ["P.A.", "PC"],
	"P.A.": ["PA", "PLLC"], "LLP": ["LLC", "L.L.P.", "PC"],
	"Corp": ["Corporation", "Inc", "Corp."], "Corporation": ["Corp", "Inc"],
	"Co": ["Co.", "Company", "Inc"], "GmbH": ["AG", "GmbH & Co. KG", "Gmbh"],
	"GmbH & Co. KG": ["GmbH", "KG"], "AG": ["GmbH"], "e.K.": ["eK", "GmbH"],
	"B.V.": ["BV", "N.V."], "N.V.": ["NV", "B.V."], "SARL": ["SAS", "S.A.R.L."],
	"SAS": ["SARL", "S.A.S."], "S.r.l.": ["SRL", "S.p.A."], "S.L.": ["SL", "S.A."],
	"AB": ["Aktiebolag"], "ApS": ["A/S"], "AS": ["A/S", "ASA"], "Oy": ["Oyj", "Ab"]}
SHORT = {"Management": "Mgmt", "Services": "Svcs", "Associates": "Assoc",
	"Manufacturing": "Mfg", "Construction": "Constr", "Brothers": "Bros",
	"Company": "Co", "Center": "Ctr", "Medical": "Med", "Financial": "Fin",
	"Accounting": "Acctg", "Insurance": "Ins", "Properties": "Props",
	"Technologies": "Tech", "Engineering": "Eng", "Association": "Assn",
	"Foundation": "Fdn", "Dentistry": "Dent", "Orthopedic": "Ortho",
	"Pediatrics": "Peds", "Pediatric": "Peds", "Presbyterian": "Presb",
	"Methodist": "Meth", "Baptist": "Bapt", "Catholic": "Cath",
	"Community": "Comm", "Veterinary": "Vet", "Family": "Fam",
	"Group": "Grp", "Mechanical": "Mech", "Solutions": "Sol",
	"Physical Therapy": "PT", "Internal Medicine": "IM", "Real Estate": "RE",
	"Mountain": "Mtn", "Heating and Cooling": "HVAC",
	"Steuerberatung": "StB", "Immobilienverwaltung": "Immo",
	"Rechtsanwälte": "RAe", "Administratiekantoor": "Adm.kantoor",
	"Installatietechniek": "Install.", "Preparatory": "Prep",
	"Wealth Management": "WM", "Christian": "Chr", "Academy": "Acad",
	"Plumbing": "Plbg", "Charter": "Chtr", "Brewing": "Brew"}
SMALL = {"of", "the", "and", "&", "for", "dr.", "de", "van"}
ROLE = """RECEPTION RECEPTION-PC FRONTDESK FRONT-DESK-1 FRONT-DESK-2 BILLING
BILLING-PC OFFICE-PC MANAGER-PC ADMIN-PC CONF-ROOM SCANNER-PC PAYROLL
ACCOUNTING-PC WORKSTATION1 OFFICE1 OFFICE2 PC1 PC2 PC3""".split()
ROLE_BY = {0: "EXAM1 EXAM2 EXAM3 NURSE1 NURSES-STATION CHECKOUT LAB-PC",
	1: "OP1 OP2 OP3 OP4 OP5 XRAY-PC PANO STERI CHECKOUT DENTRIX-SRV",
	2: "PARALEGAL1 PARALEGAL2 CONF-ROOM-A", 3: "TAX1 TAX2 QB-SERVER",
	4: "SHOP-PC ESTIMATING YARD-PC", 7: "PASTOR-PC SANCTUARY-AV OFFICE-MGR",
	8: "LIBRARY-01 LIBRARY-02 LAB-01 LAB-02 TEACHER1", 9: "SHOP-PC CNC-1 "
	"CNC-2 SHIPPING QC-PC", 10: "POS1 POS2 KITCHEN-PC BAR-POS",
	101: "EMPFANG ZIMMER1 ZIMMER2", 102: "BALIE KANTOOR1"}
ROLE_BY = {k: v.split() for k, v in ROLE_BY.items()}
SERVERS = "SERVER SERVER01 SERVER2 DC01 FS01 SQL01 NAS01".split()
TYPES = "DSK LT WS PC NB DT".split()
PROBLEMS = ["printer", "outlook", "password reset", "scanner", "email",
	"new laptop", "VPN", "QuickBooks", "slow PC", "Teams"]
PERSONAL = ["Home PC", "Mom's laptop", "Test session", "Internal IT",
	"MSP office", "Walk-in", "Personal - {F}", "{F} home", "Demo", "test",
	"Dad's computer", "{F}'s laptop", "Bench repair", "Lab VM", "Unknown",
	"New client - {S}", "{F} {S} (personal)"]
KEYROWS = ["1234567890-", "qwertyuiop[", "asdfghjkl;'", "zxcvbnm,./"]
REAL_KINDS = [("exact", 10), ("case", 7), ("suffix", 9), ("case+suffix", 5),
	("reorder", 6), ("and", 5), ("truncated", 9), ("typo", 10),
	("typo+case", 4), ("typo+suffix", 5), ("abbreviation", 14),
	("two typos", 6)]
FAKE_KINDS = [("impostor: rare word", 35), ("impostor: same trade", 30),
	("impostor: prospect", 20), ("impostor: personal", 15)]


def pick(rng, pairs):
	"""One value of [(value, weight)]."""
	return rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


def allocate(n, pairs):
	"""Exact counts per kind summing to n (largest remainder)."""
	tot = sum(w for _, w in pairs)
	raw = [(k, n * w / tot) for k, w in pairs]
	out = {k: int(r) for k, r in raw}
	rest = sorted(raw, key=lambda kr: -(kr[1] - int(kr[1])))
	for k, _ in rest[:n - sum(out.values())]:
		out[k] += 1
	return out


# --- the customer list ---------------------------------------------------

def place(rng):
	r = rng.random()
	if r < 0.45:
		return rng.choice(PLACE_A) + rng.choice(PLACE_B)
	if r < 0.75:
		return rng.choice(PLACE_A) + " " + rng.choice(PLACE_TWO)
	return rng.choice(PLACE_NAMED)


def surname(rng):
	if rng.random() < 0.6:
		return rng.choice(SURNAMES)
	return rng.choice(ROOTS) + rng.choice(ENDINGS)


def slot_value(rng, slot, country):
	"""A value for {S} {F} {P} {B} {K} {X} {T}; Europe has its own words."""
	if country != "us" and slot in "SFP":
		return rng.choice({"S": ES, "F": EF, "P": EP}[slot][country])
	if slot == "S":
		return surname(rng)
	if slot == "P":
		return place(rng)
	if slot == "K":
		return rng.choice(COMP_HEAD) + rng.choice(COMP_TAIL)
	if slot == "T":
		return "St. " + rng.choice(SAINTS)
	return rng.choice({"F": FIRST, "B": BRANDS, "X": COMP_AFTER}[slot])


def fill(rng, shape, country, fixed=None):
	"""The shape with its slots filled: (core, {slot: value}); fixed
	forces some slots (an impostor borrowing a customer's word)."""
	vals, out, i = {}, [], 0
	while i < len(shape):
		if shape[i] == "{":
			j = shape.index("}", i)
			key = shape[i + 1:j]
			v = (fixed or {}).get(key)
			while v is None or v in vals.values():
				v = slot_value(rng, key[0], country)
			vals[key] = v
			out.append(v)
			i = j + 1
		else:
			out.append(shape[i])
			i += 1
	return "".join(out), vals


def norm(s):
	"""The uniqueness key: case, punctuation, "&"/"and", a leading "The"
	and trailing legal forms set aside."""
	s = s.lower().replace(".", "").replace("&", " and ").replace("+", " and ")
	s = "".join(ch if ch.isalnum() or ch.isspace() else " " for ch in s)
	w = s.split()
	legal = {x.replace(".", "") for x in LEGAL} | {"company", "kg", "and"}
	while len(w) > 1 and (w[-1] in legal or
			" ".join(w[-4:]) == "gmbh and co kg"):
		w.pop()
	if len(w) > 1 and w[0] == "the":
		w.pop(0)
	return " ".join(w)


def with_legal(rng, core, legal, country):
	if not legal:
		return core
	comma = country == "us" and legal in ("Inc", "Inc.", "LLC") and \
		rng.random() < 0.3
	return core + (", " if comma else " ") + legal


def vertical(rng):
	"""(country, shapes, legal forms, vertical index)."""
	if rng.random() < 0.8:
		i = rng.choices(range(len(US)), [v[0] for v in US])[0]
		return "us", US[i][1], US[i][2], i
	i = rng.choices(range(len(EU)), [v[0] for v in EU])[0]
	return EU[i][1], EU[i][2], EU[i][3], 100 + i


def draw_name(rng, keys):
	"""A customer name unique in keys, as a dict."""
	for attempt in range(400):
		country, shapes, legals, vi = vertical(rng)
		shape = rng.choice(shapes)
		core, vals = fill(rng, shape, country)
		if attempt > 100:	# a crowded list: sites carry their place
			core += (" of " if country == "us" else " ") + \
				slot_value(rng, "P", country)
		if norm(core) not in keys:
			break
	legal = pick(rng, legals)
	return {"core": core, "legal": legal, "country": country, "shape": shape,
		"vals": vals, "vertical": vi, "legals": legals,
		"name": with_legal(rng, core, legal, country)}


# --- contacts and machines ------------------------------------------------

ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
TLD = {"us": ".com", "de": ".de", "nl": ".nl", "fr": ".fr", "it": ".it",
	"no": ".se"}
MAILBOXES = ["gmail.com", "outlook.com", "yahoo.com", "comcast.net",
	"att.net", "sbcglobal.net", "bellsouth.net", "aol.com", "icloud.com",
	"t-online.de", "gmx.de", "orange.fr", "ziggo.nl"]


def significant(core):
	return [w for w in core.replace(",", "").split()
		if w.lower() not in SMALL and w[0].isalnum()]


def initials(core):
	sig = significant(core)
	if len(sig) == 1:
		return "".join(ch for ch in sig[0] if ch.isalpha())[:4].upper()
	return "".join(w[0] for w in sig[:3]).upper()


def contacts(rng, c, cid):
	ascii_core = "".join(ch for ch in c["core"].lower() if "a" <= ch <= "z")
	domain = ascii_core[:14] + TLD[c["country"]]
	out = []
	for k in range(rng.randint(1, 5)):
		first = slot_value(rng, "F", c["country"])
		last = slot_value(rng, "S", c["country"])
		user = (first[0] + last).lower().replace(" ", "").replace("'", "")
		box = domain if rng.random() < 0.6 else rng.choice(MAILBOXES)
		out.append({"id": cid + k, "firstname": first, "lastname": last,
			"email": user + "@" + box})
	return out


def machine(rng, scheme, org, people, seq):
	"""One machine name in a naming scheme; org is "ORG-" or "ORG", seq
	the customer's counters and its two usual type codes."""
	if scheme == "org":
		t = rng.choice(seq.setdefault("types", rng.sample(TYPES, 2)))
		seq[t] = seq.get(t, 0) + 1
		return "%s%s%02d" % (org, t, seq[t])
	if scheme == "windows":
		pre, n = ("DESKTOP-", 7) if rng.random() < 0.7 else ("LAPTOP-", 8)
		return pre + "".join(rng.choice(ALNUM) for _ in range(n))
	if scheme == "serial":
		pre, n = ("", 7) if rng.random() < 0.6 else ("5CG", 7)
		return pre + "".join(rng.choice(ALNUM) for _ in range(n))
	first, last = rng.choice(people)
	if rng.random() < 0.2:
		return "%ss-%s" % (first.split()[0], rng.choice(
			["MacBook-Air", "MacBook-Pro", "iMac", "Mac-mini"]))
	return ("%s%s-%s" % (first[0], last.replace(" ", ""),
		rng.choice(["PC", "LT", "PC", "DESKTOP"]))).upper()


def prefix(rng, c, used):
	"""The customer's machine prefix: its initials, made unique among the
	MSP's customers 70% of the time (SDG, then SDGR, SDG2 ...)."""
	org = initials(c["core"])
	if org in used and rng.random() < 0.7:
		tail = "".join(ch for ch in c["core"].upper() if ch.isalpha())
		for extra in list(tail[len(org):len(org) + 3]) + list("23456789"):
			if org + extra not in used:
				org += extra
				break
	used.add(org)
	return org + ("-" if rng.random() < 0.75 else "")


def assets(rng, c, aid, used):
	"""The customer's Syncro assets: mostly one naming scheme."""
	n = min(120, max(1, round(math.exp(rng.gauss(math.log(5), 0.85)))))
	if c["vertical"] in (8, 9):	# schools, manufacturers
		n = min(120, 2 * n)
	org = prefix(rng, c, used)
	people = [(x["firstname"], x["lastname"]) for x in c["contacts"]] + [
		(slot_value(rng, "F", c["country"]), slot_value(rng, "S",
		c["country"])) for _ in range(1 + n // 3)]
	main = pick(rng, [("org", 40), ("windows", 25), ("serial", 15),
		("user", 20)])
	names, seq = [], {}
	for _ in range(n * 3):
		if len(names) >= n:
			break
		scheme = main if rng.random() < 0.7 else rng.choice(
			["org", "windows", "serial", "user"])
		m = machine(rng, scheme, org, people, seq)
		if m not in names:
			names.append(m)
	if rng.random() < 0.35:
		roles = ROLE + ROLE_BY.get(c["vertical"], []) * 2
		names += [r for r in dict.fromkeys(rng.sample(roles,
			rng.randint(1, 3))) if r not in names]
	if rng.random() < 0.4:
		s = rng.choice(SERVERS + [org + "DC01", org + "SRV01"])
		names += [s] if s not in names else []
	return [{"id": aid + k, "name": m} for k, m in enumerate(names)]


def customers(rng, ncust):
	keys, used, out = set(), set(), []
	ids = rng.sample(range(1000000, 9999999), ncust)
	for i in range(ncust):
		c = draw_name(rng, keys)
		keys.add(norm(c["core"]))
		c["id"] = ids[i]
		c["contacts"] = contacts(rng, c, 20000000 + 8 * i)
		c["assets"] = assets(rng, c, 50000000 + 300 * i, used)
		out.append(c)
	return out


# --- noise ------------------------------------------------------------------

def neighbours(ch):
	"""QWERTY keys next to ch (same row and the rows above and below)."""
	low = ch.lower()
	for r, row in enumerate(KEYROWS):
		col = row.find(low)
		if col < 0:
			continue
		out = [row[k] for k in (col - 1, col + 1) if 0 <= k < len(row)]
		for rr in (r - 1, r + 1):
			if 0 <= rr < len(KEYROWS):
				out += [KEYROWS[rr][k] for k in (col, col + 1)
					if k < len(KEYROWS[rr])]
		return [k for k in out if k.isalpha()] or [low]
	base = {"ä": "a", "ö": "o", "ü": "u", "é": "e", "è": "e", "â": "a",
		"ø": "o", "å": "a", "ó": "o"}.get(low)
	return [base] if base else ["e"]


def same_case(ch, like):
	return ch.upper() if like.isupper() else ch


def typo(rng, s):
	"""One keyboard slip: neighbour 45, drop 25, extra 15, swap 15."""
	letters = [i for i, ch in enumerate(s) if ch.isalpha()]
	if rng.random() < 0.9 and len(letters) > 1:
		letters = letters[1:]
	for _ in range(20):
		i = rng.choice(letters)
		op = pick(rng, [("near", 45), ("drop", 25), ("extra", 15),
			("swap", 15)])
		if op == "near":
			t = s[:i] + same_case(rng.choice(neighbours(s[i])), s[i]) + \
				s[i + 1:]
		elif op == "drop":
			t = s[:i] + s[i + 1:]
		elif op == "extra":
			add = s[i] if rng.random() < 0.6 else same_case(
				rng.choice(neighbours(s[i])), s[i])
			t = s[:i + 1] + add + s[i + 1:]
		elif i + 1 < len(s) and s[i + 1].isalpha():
			t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
		else:
			continue
		if t != s:
			return t
	return s[:-1]


def case_noise(rng, s):
	r = rng.random()
	if r < 0.5:
		t = s.lower()
	elif r < 0.8:
		t = s.upper()
	else:
		t = " ".join(w[:1].upper() + w[1:].lower() for w in s.split(" "))
	return t if t != s else (s.lower() if s.lower() != s else s.upper())


def legal_noise(rng, c):
	"""The legal form left off (60%) or changed (40%)."""
	if rng.random() < 0.6:
		return c["core"]
	return c["core"] + " " + rng.choice(LEGAL_SWAP[c["legal"]])


def reorder(rng, c):
	core = c["core"]
	if " of " in core and not core.startswith("Friends"):
		a, b = core.split(" of ", 1)
		t = b + " " + a
	elif " & " in core and len(core.split(" & ")[0].split()) == 1 and \
			not set(core.split()) & TRADE:
		a, b = core.split(" & ", 1)
		t = b + " & " + a
	else:			# a place such as "River Heights" moves whole
		for v in c["vals"].values():
			core = core.replace(v, v.replace(" ", "\0"))
		w = core.split()
		if len(w) < 2:
			return None
		if rng.random() < 0.6:
			w = w[1:] + w[:1]
		else:
			k = rng.randrange(len(w) - 1)
			w[k], w[k + 1] = w[k + 1], w[k]
		t = " ".join(w).replace("\0", " ")
		core = c["core"]
	w = t.split()
	if w[0].lower() in SMALL or w[-1].lower() in SMALL or t == core:
		return None			# "& Associates Smith" is no one's typing
	if c["legal"] and rng.random() < 0.5:
		t += " " + c["legal"]
	return t


def and_noise(rng, c):
	name = c["name"] if rng.random() < 0.5 else c["core"]
	if "&" in name:
		return name.replace(" & ", " + " if rng.random() < 0.15 else " and ")
	return name.replace(" and ", " & ")


def truncate(rng, c):
	s = c["name"] if rng.random() < 0.3 else c["core"]
	if rng.random() < 0.5 and len(s) > 14:
		return s[:rng.randint(10, min(22, len(s) - 3))].rstrip(" ,&.")
	w = s.split()
	k = rng.randint(2 if len(w) > 2 else 1, max(1, len(w) - 1))
	while k > 1 and w[k - 1].lower() in SMALL:
		k -= 1
	return " ".join(w[:k]).rstrip(",")


def template_words():
	"""The words the shapes themselves bring (trade words, not names)."""
	out = set()
	for v in US:
		for shape in v[1]:
			out.update(w for w in shape.split() if "{" not in w)
	for v in EU:
		for shape in v[2]:
			out.update(w for w in shape.split() if "{" not in w)
	return out - {"&", "of", "the", "and"}


TRADE = template_words()


def abbreviations(c):
	"""Every abbreviation of the core that applies: compound initials,
	initials of the trailing trade words, an acronym, shorthand."""
	core, out = c["core"], []
	w = core.split()
	caps = [i for i, ch in enumerate(w[0]) if ch.isupper()]
	if len(caps) >= 2 and w[0].isalpha():	# HealthGroup Alpha: HG Alpha
		out.append(" ".join(["".join(w[0][i] for i in caps)] + w[1:]))
	k = len(w)
	while k > 0 and w[k - 1] in TRADE:
		k -= 1
	if len(w) - k >= 2 and k > 0:		# Keystone Financial Group: FG
		out.append(" ".join(w[:k] + ["".join(x[0] for x in w[k:])]))
	sig = significant(core)
	if len(sig) >= 3 and "Office" not in sig:	# FBC Springfield, SJ&B
		acr = "".join(x[0] for x in sig[:-1]).upper()
		out.append(acr + sig[-1][0].upper())
		if " & " in core and len(sig) == 3:
			out.append(acr + "&" + sig[-1][0].upper())
		else:
			out.append(acr + " " + sig[-1])
	short = core
	for long, abbr in SHORT.items():
		if (" " + long + " ") in (" " + short + " "):
			short = (" " + short + " ").replace(" " + long + " ",
				" " + abbr + " ").strip()
	if short != core:
		out.append(short)
	return out


# --- the typed names ---------------------------------------------------------

def noisy(rng, kind, c):
	"""The name as typed with this kind of noise; None if it does not
	apply to this customer."""
	name, legal = c["name"], c["legal"]
	if kind in ("suffix", "case+suffix", "typo+suffix") and not legal:
		return None
	if kind == "and" and " & " not in name and " and " not in name:
		return None
	if kind in ("reorder", "truncated") and len(c["core"].split()) < 2:
		return None
	if kind == "abbreviation":
		opts = abbreviations(c)
		if not opts:
			return None
		a = rng.choice(opts)
		return a + " " + legal if legal and rng.random() < 0.25 else a
	return {"exact": lambda: name, "case": lambda: case_noise(rng, name),
		"suffix": lambda: legal_noise(rng, c),
		"case+suffix": lambda: case_noise(rng, legal_noise(rng, c)),
		"reorder": lambda: reorder(rng, c),
		"and": lambda: and_noise(rng, c),
		"truncated": lambda: truncate(rng, c),
		"typo": lambda: typo(rng, name),
		"typo+case": lambda: case_noise(rng, typo(rng, name)),
		"typo+suffix": lambda: typo(rng, legal_noise(rng, c)),
		"two typos": lambda: typo(rng, typo(rng, name))}[kind]()


def osa(a, b):
	"""Edit distance counting a swap of neighbours as one edit."""
	prev2, prev = None, list(range(len(b) + 1))
	for i in range(1, len(a) + 1):
		cur = [i] + [0] * len(b)
		for j in range(1, len(b) + 1):
			cur[j] = min(prev[j] + 1, cur[j - 1] + 1,
				prev[j - 1] + (a[i - 1] != b[j - 1]))
			if i > 1 and j > 1 and a[i - 1] == b[j - 2] and \
					a[i - 2] == b[j - 1]:
				cur[j] = min(cur[j], prev2[j - 2] + 1)
		prev2, prev = prev, cur
	return prev[-1]


def variants(k):
	return [k] + [k[:i] + k[i + 1:] for i in range(len(k))]


def near_index(custs):
	"""Each key and its one-letter deletions to the customers: finds the
	customers one slip away from a typed name."""
	index = {}
	for c in custs:
		for v in variants(norm(c["core"])):
			index.setdefault(v, []).append(c)
	return index


def one_slip_from(k, index, but=None):
	"""A customer other than but whose key is one slip from k."""
	for v in variants(k):
		for c in index.get(v, []):
			if c is not but and osa(k, norm(c["core"])) <= 1:
				return c
	return None


def word_index(custs):
	"""(word -> customers, word -> customers whose rarest word it is)."""
	post, rare = {}, {}
	for c in custs:
		for w in dict.fromkeys(norm(c["core"]).split()):
			post.setdefault(w, []).append(c)
	for c in custs:
		ws = norm(c["core"]).split()
		r = min(ws, key=lambda w: (len(post[w]), w))
		rare.setdefault(r, []).append(c)
	return post, rare


def words_of_one(k, words):
	"""1 when k's words are all in one customer's name, or one customer's
	words all in k: the name with words left off or added (a truncation,
	a site, another shape of the same firm), not another business."""
	post, rare = words
	ws = set(k.split())
	if ws and all(w in post for w in ws):
		least = min(ws, key=lambda w: len(post[w]))
		if any(ws <= set(norm(c["core"]).split()) for c in post[least]):
			return 1
	return any(set(norm(c["core"]).split()) <= ws
		for w in ws for c in rare.get(w, []))


def real_name(rng, kind, custs, cum, owner_of, near):
	"""(customer, typed): a customer the kind applies to, and a typed name
	that is not another customer's name nor one slip from one (unless it
	is one slip from its own)."""
	while True:
		c = rng.choices(custs, cum_weights=cum)[0]
		t = noisy(rng, kind, c)
		if t is None or not t.strip() or (kind != "exact" and t == c["name"]):
			continue
		k = norm(t)
		if owner_of.get(k, c) is not c:
			continue
		if kind in ("truncated", "abbreviation") and k == norm(c["core"]):
			continue
		if osa(k, norm(c["core"])) > 1 and one_slip_from(k, near, c):
			continue	# nearer another customer: a wrong label
		return c, t


def rarest(c, freq):
	slots = [k for k in c["vals"] if k[0] in "SPB"]
	return min(slots, key=lambda k: (freq[c["vals"][k]], k)) if slots else None


def impostor_text(rng, kind, custs, freq):
	"""A business (or a session) that is not a customer."""
	if kind == "impostor: personal":
		return fill(rng, rng.choice(PERSONAL), "us")[0]
	if kind == "impostor: prospect":
		c = draw_name(rng, set())
		return c["name"]
	c = rng.choice(custs)
	if kind == "impostor: same trade":
		keep = dict(c["vals"])
		if keep:
			del keep[rng.choice(sorted(keep))]
		core, _ = fill(rng, c["shape"], c["country"], keep)
		return with_legal(rng, core, pick(rng, c["legals"]), c["country"])
	slot = rarest(c, freq)
	if slot is None:
		return None
	for _ in range(50):
		country, shapes, legals, vi = vertical(rng)
		fits = [s for s in shapes if "{" + slot[0] in s]
		if country == c["country"] and vi != c["vertical"] and fits:
			core, _ = fill(rng, rng.choice(fits), country,
				{slot[0]: c["vals"][slot]})
			return with_legal(rng, core, pick(rng, legals), country)
	return None


def impostor(rng, kind, custs, freq, owner_of, near, words):
	"""A name no customer has, nor one slip from one (a typo of a
	customer's name is that customer, as far as a name can tell), nor
	one's words with some left off or added."""
	while True:
		t = impostor_text(rng, kind, custs, freq)
		if t is None:
			continue
		if rng.random() < 0.2:
			t = case_noise(rng, t) if rng.random() < 0.5 else typo(rng, t)
		if norm(t) not in owner_of and t.strip() and \
				not one_slip_from(norm(t), near) and \
				not words_of_one(norm(t), words):
			return t


# --- the sessions' machines ---------------------------------------------------

def fresh_machine(rng, owners):
	"""A Windows default name no customer lists."""
	while True:
		m = machine(rng, "windows", "", [], {})
		if m.lower() not in owners:
			return m


def caller(rng, c):
	if c and c["contacts"] and rng.random() < 0.6:
		x = rng.choice(c["contacts"])
		return x["firstname"] + " " + x["lastname"]
	first = rng.choice(FIRST)
	return first + " - " + rng.choice(PROBLEMS)


def real_machine(rng, c, custs, owners):
	"""(machine, session type) of a real customer's session."""
	how = pick(rng, [("asset", 75), ("new", 11), ("caller", 8),
		("none", 4), ("stale", 2)])
	if how == "asset":
		return rng.choice(c["assets"])["name"], "Access"
	if how == "new":
		return fresh_machine(rng, owners), "Access"
	if how == "caller":
		return caller(rng, c), "Support"
	if how == "stale":
		other = rng.choice(custs)
		if other is not c:
			return rng.choice(other["assets"])["name"], "Access"
	return "", "Support"


def fake_machine(rng, shared, owners):
	how = pick(rng, [("new", 45), ("shared", 25), ("caller", 15),
		("mac", 5), ("none", 10)])
	if how == "new":
		return fresh_machine(rng, owners), "Access"
	if how == "shared":
		return rng.choice(shared), "Access"
	if how == "caller":
		return caller(rng, None), "Support"
	if how == "mac":
		m = rng.choice(FIRST) + "s-MacBook-Pro"
		if owners.get(m.lower(), 2) >= 2:
			return m, "Access"
	return "", "Support"


# --- output ------------------------------------------------------------------

def record(seed, n, typed, machine, stype):
	"""A session as sdc-sc2jsonl writes it (one segment)."""
	sid = str(uuid.uuid5(uuid.NAMESPACE_URL, "blind4:%s:%d" % (seed, n)))
	conn = str(uuid.uuid5(uuid.NAMESPACE_URL, "blind4c:%s:%d" % (seed, n)))
	t0 = 1767600000 + n * 613
	times = (t0, t0 + 300 + (n * 37) % 3000, (n * 37) % 3000 // 60 + 5, 300)
	return sc_session(sid, conn, typed, machine, stype, times,
		"Tech%d" % (n % 5), ["blind4.csv", "lines %d" % (n + 2)],
		"2026-01-01T00:00:00Z")


def names(rng, nnames, custs):
	"""Rows (typed, true id or "", kind, machine, session type)."""
	owner_of = {norm(c["core"]): c for c in custs}
	near, words = near_index(custs), word_index(custs)
	owners, freq = {}, {}
	for c in custs:
		for a in c["assets"]:
			owners[a["name"].lower()] = owners.get(a["name"].lower(), 0) + 1
		for v in c["vals"].values():
			freq[v] = freq.get(v, 0) + 1
	generic = set(ROLE + SERVERS + sum(ROLE_BY.values(), []))
	shared = sorted({a["name"] for c in custs for a in c["assets"]
		if owners[a["name"].lower()] >= 2 and (a["name"] in generic or
		"-Mac" in a["name"] or "-iMac" in a["name"])}) or \
		[fresh_machine(rng, owners)]
	cum, tot = [], 0.0
	for c in custs:
		tot += len(c["assets"]) ** 0.8
		cum.append(tot)
	nreal = round(nnames * 0.85)
	kinds = [k for k, n in allocate(nreal, REAL_KINDS).items()
		for _ in range(n)] + [k for k, n in allocate(nnames - nreal,
		FAKE_KINDS).items() for _ in range(n)]
	rng.shuffle(kinds)
	rows = []
	for kind in kinds:
		if kind.startswith("impostor"):
			t = impostor(rng, kind, custs, freq, owner_of, near, words)
			m, st = fake_machine(rng, shared, owners)
			rows.append((t, "", kind, m, st))
		else:
			c, t = real_name(rng, kind, custs, cum, owner_of, near)
			m, st = real_machine(rng, c, custs, owners)
			rows.append((t, str(c["id"]), kind, m, st))
	return rows



def main():
	ncust, nnames, seed, out = args("gen-link-blind4.py")
	custs = customers(random.Random("blind4-customers-" + seed), ncust)
	rows = names(random.Random("blind4-names-" + seed), nnames, custs)
	write_set(out, custs, rows, record, seed)


if __name__ == "__main__":
	main()
