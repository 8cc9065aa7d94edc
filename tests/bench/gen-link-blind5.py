#!/usr/bin/python3
# gen-link-blind5.py NCUST NNAMES SEED OUTDIR - the fifth held-out benchmark
# for sdc-link (issue #14, session 4): a US MSP whose customers are small
# businesses and non-profits, named as technicians really type them in
# ScreenConnect session names.  Written by a helper that tunes nothing,
# without reading the other generators' word lists or noise code; the tuner
# never sees this file nor its output; the lead runs it once at the end of
# session 4; only aggregates are reported.  Python stdlib only; the same
# SEED gives the same files.
#
# Writes OUTDIR/customers.json (id, business_name, contacts [id, firstname,
# lastname, email], assets [id, name]), names.tsv (typed TAB true id or ""
# TAB noise kind TAB machine), sessions.jsonl (the machine left blank: the
# name is the only evidence) and sessions-machine.jsonl (the machine where
# sdc-sc2jsonl puts it: segment content "Connected to machine: NAME";
# session_type Access on an asset, Support otherwise).
#
# Where the shapes come from (learnt, not copied; every word below was
# written for this file, no public list was taken in):
#  - Non-profit names: the IRS Exempt Organizations Business Master File
#    extract and its field guide (irs.gov "EO BMF", IRM 25.7.5; Publication
#    4838): legal names in capitals, "... INC", churches, volunteer fire
#    companies, "FRIENDS OF THE ... LIBRARY", booster clubs, PTAs, food
#    banks, historical societies, "... OF <COUNTY> COUNTY".  So 25% of the
#    non-profits are listed in capitals, as imported from such a registry.
#  - Small businesses: state business-entity and assumed-name (DBA) filings
#    as explained by soapguild.org "Using an Assumed Name", oleninc.com
#    "Assumed Name / DBA" and merchantwarehouse.com "Doing Business As":
#    family firms ("<Surname> & Sons", "<Surname> Brothers"), LLC/Inc/Co
#    forms, one owner's several trade names.
#  - Franchise locations: thelawdept.com "Best Practices for DBA Names in
#    Franchise Systems" and spadealaw.com "Should franchisors ... fictitious
#    name registrations": a franchisee's entity "<Owner> Ventures LLC"
#    trading as "<Brand> #104" or "<Brand> of <Town>"; several locations of
#    one brand are separate customers of the same MSP.
#  - Abbreviations: USPS Publication 28 (pe.usps.com, section 352 and
#    Appendix C/G: standard business and street-word abbreviations, "only
#    the last word", vowel removal) - the shorthand a technician types.
#  - Typing: Wikipedia (de) "Tippfehler": about 80% of typos are the four
#    elementary kinds, substitution and transposition more often than
#    omission, insertion least often; a wrong key is usually a neighbour.
#    Conijn et al. (2019, J. Writing Analytics) "How to Typo?" and Dhakal
#    et al. (2018, CHI) "Observations on Typing from 136 Million
#    Keystrokes": slips cluster inside words, rarely on the first letter,
#    rollover swaps neighbouring letters.  Our QWERTY slips: a neighbour key
#    35%, two letters swapped 25%, a letter dropped 22%, a letter doubled
#    or a neighbour added 18%; the first letter spared 90% of the time.
#  - Session names in ScreenConnect: the company lives in a custom property
#    (Rewst docs "ConnectWise Control": CustomProperty1 "Company"), but an
#    ad-hoc support session's name is what the technician types: the
#    caller's name, the firm's short name, a note ("- printer").
#
# The customers (NCUST), weights: non-profit 24 (churches 8, civic 10 -
# fire companies, libraries, food banks, clubs, societies -, schools and
# PTAs 6), family firm and trades 20, professional practice 20 (dental,
# medical, law, accounting, insurance, veterinary, chiropractic), franchise
# location 10 (brands of 2-8 locations each), shop and restaurant 12,
# multi-site firm 6 (one brand, one customer per site: "Brand - Elm St"),
# property, manufacturing and other SBA-size firms 8.  A legal form on
# about half (51% at seed 1: Inc, LLC, PC, PLLC, LLP, P.A., Co, Corp; a
# comma before it 30% of the time), 10% of the franchises as "<Owner>
# Ventures LLC dba <Brand> #NNN".  Names are unique once case,
# punctuation, "&"/"and" and the legal form are set aside.  Words repeat
# on purpose: towns, brand words (Keystone, Summit), trade words and the
# 320 franchise brands (a head and a service word: "PipeMasters") are
# each shared by many customers.  Contacts: 1-4, the first the principal
# (the dentist of "Patel Family Dentistry" is a Patel 70% of the time);
# e-mail at the firm's own domain 65% (franchises: the brand's domain with
# a "store412@" mailbox 80%, shared by the sibling stores), a public
# mailbox otherwise (68% of customers have their own domain at seed 1).
# Assets: log-normal, median 4 (franchise stores 3-6, churches 2-5), at
# most 60; per customer one scheme: a prefix scheme
# "<INITIALS>-WS01" 50% (prefixes collide across customers as in life:
# "FBC-PC01" at two First Baptist Churches), Windows' DESKTOP-XXXXXXX
# names 30%, role names 20% (RECEPTION, FRONTDESK, PASTOR-PC, POS1,
# SERVER: shared by many customers); plus user machines (LSMITH-LT,
# Lindas-MacBook-Air) for a third of the customers; franchise stores
# "STORE412-POS1".  At seed 1 with 5,000 customers the median customer
# has 4 assets and 5.4% of the machine names belong to more than one
# customer.
#
# The names (NNAMES): 85% real customers, drawn in proportion to (1 +
# assets)^0.7 (bigger customers call more), 15% impostors.  Real kinds, exact
# counts (largest remainder) from these weights - an assumption from how a
# technician names a session while the caller waits, with the short forms
# (truncation, abbreviation, person, site) together a third because a
# session name is typed in a hurry and read only by colleagues: exact 8,
# case 7 (all lower 70%, all capitals 30%), punct 5 (apostrophes, periods,
# commas dropped, "&" <-> "and", words run together in a two-word town or
# brand, "St." -> "Saint", " - " dropped), suffix 9 (legal form dropped 65%,
# added or changed 35%), truncated 10 (leading words, "The" dropped, cut at
# a field width, "of <Town>" dropped), abbreviation 12 (acronyms
# FBC/VFD/MVFC, Publication-28 shorthand Bros/Assoc/Mgmt/Svc/Ctr/Mfg,
# initials of the leading words plus the last), person 7 ("Dr Patel", "Bob @
# Keystone", "Pastor Mike - Trinity", "Linda Hoffman"), site 6 (franchise
# "Quikprint 412", "store 412", "Quikprint Millbrook"; multi-site "Bluestem
# Elm"), domain 5 ("hoffmanbros.com", "www.", an address
# "linda@hoffmanbros.com"), note 5 (the name or its short form with "-
# printer", "(callback)", "tkt 4412"), typo 10, typo+case 4, two typos 4,
# mixed 8 (a short form - truncated, abbreviated or site - with a typo or a
# case change).  A kind that does not apply to a customer (no legal form, no
# own domain, one word) is drawn on another customer.  Labels stay honest: a
# typed name whose key (case, punctuation, spaces, "&"/"and" and the legal
# form set aside) is another customer's is drawn again; so is a slipped name
# one slip (OSA distance 1) from another customer or nearer to another than
# to its own.  A row that finds no honest name in 500 draws would become the
# first customer's exact name, labelled "exact"; seed 1 needs none at 5,000
# or 50,000 customers.
#
# Impostors (not customers): "impostor: rare word" 30% (a customer's rarest
# word in another trade: "Ironwood Bakery" against "Ironwood Paving LLC"),
# "impostor: sibling" 15% (a store of a brand the MSP serves at other
# stores: another franchisee's, not a customer), "impostor: same shape" 20%
# (a customer's template with another surname or town the list also uses),
# "impostor: person" 10% (a caller's name that is no contact; "Dr <surname>"
# with a surname no customer carries), "impostor: internal" 15% (home, test
# and MSP-internal sessions), "impostor: prospect" 10% (a fresh name from
# the same vocabulary).  An impostor whose key is a customer's, one slip from
# one, or whose significant words are a subset or superset of one customer's
# ("Hoffman Plumbing" beside "Hoffman Brothers Plumbing Inc" would be a real
# name) is drawn again; a fifth get a case change or a typo.
#
# Machines (sessions-machine.jsonl), assumed shares: real - one of the
# customer's assets 72% (ScreenConnect arrives with the RMM agent, so most
# work is an Access session on a managed PC), a new machine Syncro does
# not know yet 12%, a Support session named after the caller 8%, no name
# 5%, an asset Syncro lists under another customer 3% (sold on, moved,
# or a role name such as RECEPTION that the customer did not register but
# another did).  At seed 1 with 5,000 customers: 53% of the real
# sessions are on a machine only their customer owns, 19% on one several
# customers own (their own among them), 3% on another customer's.
# Impostors - an unknown DESKTOP- name 45%, a role name some customers
# own 25%, a caller's name 15%, no name 15%.
import bisect
import math
import random
import uuid

from screenconnect_record import args, sc_session, write_set

# --- words, written for this file ---------------------------------------

SURNAMES = """Abernathy Aldridge Alvarado Ambrose Ashby Baird Barnhart Beckett
Benning Bergstrom Bishop Blackwell Bogart Bradshaw Breckenridge Brody
Burkhardt Calloway Carrington Castellano Chambers Chastain Cisneros Colby
Conley Corbin Crandall Cutler Dalton Danforth Dawes Decker Delacroix
Devereaux Dillard Dorsey Drummond Duarte Eastman Eckert Ellison Emery
Espinoza Everett Fairbanks Farrow Fenwick Finley Fleming Forsythe
Fuentes Gaines Galloway Garrison Gentry Gilmore Goodwin Granger Griswold
Hadley Halvorsen Hamlin Harwood Hatcher Hawthorne Hendricks Hinkle Hoffman
Hollis Holt Huxley Ingram Iverson Jacoby Jamison Jessup Kellerman Kemper
Kingsley Kirby Koenig Lachance Landry Langford Lawson Leclair Lindgren
Lockhart Lowell Lundquist Macias Maddox Malloy Marchetti Mayfield McAdams
McCready McGowan Merriweather Molina Montgomery Moreau Mortensen Nakamura
Navarro Nesbitt Norcross Oakley Okafor Olander Ostrowski Padgett Pak Patel
Pemberton Perales Pickett Pollard Prescott Quintero Radcliffe Ramsey
Ratliff Redmond Reinholt Rhodes Riggins Rockwell Rosales Rutledge Salazar
Sandoval Satterfield Schaefer Schultz Seaver Sheffield Shelton Sinclair
Slater Sorensen Spalding Stanton Steinberg Strickland Sutherland Talbot
Tate Thibodeaux Thornton Tillman Trevino Truong Underwood Vance Varga
Voss Wadsworth Walsh Warrick Webster Wendt Whitfield Wilder Winslow Wolcott
Yancey Yoder Zamora Zimmerman""".split()

FIRST = """Aaron Alicia Amy Andre Angela Barb Ben Bill Bob Brenda Carl Carla
Cheryl Chris Cindy Dan Darlene Dave Deb Denise Don Donna Ed Elena Eric
Gary Gina Greg Heather Jake Jan Jeff Jen Jim Joe Karen Kathy Keith Kevin
Kim Larry Laura Linda Lisa Luis Marcy Maria Mark Marty Mike Nancy Pam
Pat Paula Priya Raj Randy Rick Rita Ron Sandy Sharon Steve Sue Tammy
Terry Tim Tina Todd Tom Tony Tracy Vicki Walt Wes""".split()

TOWNS = """Alder|Ashford|Bayside|Bellmont|Birch Harbor|Bramwell|Brookfield|
Carverton|Cedar Falls|Chesterfield|Clearwater|Colton|Crestview|Dunmore|
Eastlake|Elmhurst|Fairview|Fox Hollow|Glendale|Granite Ridge|Greenbrook|
Harmon|Hazelton|Hickory Hills|Highland Park|Holbrook|Indian Creek|Kenwood|
Kingston|Lakewood|Linwood|Maple Grove|Marlow|Meadowbrook|Millbrook|Milford|
Mill Creek|New Castle|North Branch|Oak Ridge|Orchard Park|Pine Bluff|
Plainfield|Pleasant Valley|Portage|Quarry Hill|Red Oak|Ridgefield|
Riverbend|Rock Springs|Rosedale|Salem|Sandy Point|Shady Grove|Silver Lake|
Southport|Spring Hill|Stonebridge|Sugar Creek|Summerville|Sycamore|
Tall Pines|Three Rivers|Tri-County|Twin Lakes|Union|Valley Forge|
Walnut Creek|Westbury|Whitehall|Willow Bend|Woodland|Yorkville"""
TOWNS = [t.strip() for t in TOWNS.replace("\n", "").split("|")]

COUNTIES = """Adams Butler Clinton Crawford Fayette Franklin Greene Jackson
Jefferson Lincoln Madison Marion Monroe Morgan Perry Pike Putnam Warren
Washington Wayne""".split()

STREETS = """Elm St|Main St|Maple Ave|Route 9|Oak St|Lakeview Dr|Center St|
Highland Ave|Mill Rd|Park Pl|Church St|Broad St|Harbor Blvd|Ridge Rd|
Pine St|Market St|Union Ave|Water St|Bridge St|Court St|Hwy 41|
Commerce Dr|Depot St|Walnut St|Grove Ave|Spring St""".replace("\n", "")
STREETS = [s.strip() for s in STREETS.split("|")]

BRANDS = """Keystone Ironwood Bluestem Lighthouse Cornerstone Heritage Liberty
Summit Trailhead Copperleaf Evergreen Silverline Brightwater Northstar
Redwood Harvest Meridian Tidewater Goldenrod Stonegate Pioneer Beacon
Oakhaven Riverstone Sunrise Crossroads Wildflower Blackstone Clearview
Hearthside Anchor Prairie Granite Maplewood Cobalt Foxglove Juniper
Sterling Windmill Lantern""".split()

TRADES = ["Plumbing", "Heating & Cooling", "Roofing", "Electric",
	"Landscaping", "Paving", "Excavating", "Masonry", "Painting",
	"Auto Body", "Towing", "Septic Service", "Well Drilling", "Flooring",
	"Cabinetry", "Glass", "Welding", "Tree Service", "Fence", "Pools",
	"Insulation", "Garage Doors", "Appliance Repair", "Lawn Care",
	"Construction", "Remodeling", "Concrete", "Drywall", "Pest Control",
	"Sign Company", "Machine Shop", "Trucking", "Hauling"]

SHOPS = ["Hardware", "Bakery", "Garden Center", "Feed & Seed", "Florist",
	"Auto Repair", "Tire & Lube", "Pharmacy", "Bike Shop", "Bookstore",
	"Diner", "Pizzeria", "Tavern", "Meat Market", "Optical", "Jewelers",
	"Furniture", "Outfitters", "Music", "Pet Supply", "Liquors", "Coffee",
	"Grill", "Cleaners", "Print Shop", "Tack Shop"]

# Franchise brands: a head and a service word, 20 x 16 = 320 brands.
FR_HEADS = ["Quik", "Bright", "Pipe", "Clean", "Sun", "Paw", "Fix", "Ship",
	"Smart", "Golden", "Rapid", "Fresh", "Peak", "Snap", "Key", "True",
	"Sparkle", "Velvet", "Patriot", "Happy"]
FR_TAILS = ["print", "Smile Kids", "Masters", "Sweep Maids", "Tax Service",
	"Grooming", "It Phones", "Right", "Start Learning", "Years Home Care",
	"Rooter", "Start Laundry", "Fitness", "Photo", "Craft Locksmith",
	"Blue Pools"]

FORMS = ["Inc", "Inc.", "LLC", "L.L.C.", "Co", "Co.", "Corp", "PC", "PLLC",
	"LLP", "P.A."]
LEGAL = {"inc", "llc", "co", "corp", "pc", "pllc", "llp", "pa", "ltd",
	"incorporated", "company", "corporation"}

# Publication-28-style shorthand, written for this file (word -> short).
SHORT = dict(p.split("=") for p in """
brothers=Bros company=Co associates=Assoc association=Assn
department=Dept management=Mgmt services=Svcs service=Svc center=Ctr
mountain=Mtn international=Intl manufacturing=Mfg construction=Constr
insurance=Ins township=Twp saint=St heating=Htg cooling=Clg
dentistry=Dent pediatric=Peds hospital=Hosp society=Soc
historical=Hist elementary=Elem community=Comm foundation=Fdn
ministries=Min church=Ch property=Prop properties=Props
accounting=Acctg landscaping=Lndscp plumbing=Plmbg excavating=Excav
chiropractic=Chiro veterinary=Vet realty=Rlty partners=Ptnrs
volunteer=Vol library=Lib academy=Acad remodeling=Remod electric=Elec
furniture=Furn pharmacy=Pharm trucking=Trkg
""".split())

STOP = {"the", "of", "and", "&", "for", "at", "a", "dba"}
# Words nobody calls a firm by: a hurried short form skips them.
GENERIC = {"law", "office", "first", "st.", "saint", "friends", "family",
	"united", "volunteer", "community", "associates", "brothers", "sons",
	"daughters", "public", "county", "church", "the", "ventures", "beth",
	"rotary", "habitat", "humanity", "street", "main"}
# Surnames no customer or contact carries: impostor callers only.
OUTSIDERS = """Achterberg Bellweather Castellanos Dubrovsky Engstrom Ferreira
Gundersen Hargrove Ibarra Jankowski Kowalczyk Lindqvist Mwangi Nordstrom
Ogunleye Przybylski Quarles Rasmussen Szabo Thorvaldsen""".split()

NOTES = ["- printer", "- new pc", "(callback)", "- email", "- QB update",
	"- scanner", "tkt 4412", "- onboarding", "- VPN", "#2 pc", "- urgent",
	"- backup check", "(after hours)", "- wifi", "re: outlook"]

INTERNAL = ["home pc", "Test session", "moms laptop", "MSP office",
	"lab VM", "personal - jim", "walk-in", "new client?", "demo",
	"bench machine", "Dad's desktop", "training", "unknown caller",
	"tmp", "my laptop", "shop bench 2"]

ROLE_MACHINES = ["RECEPTION", "FRONTDESK", "FRONT-DESK", "OFFICE-PC",
	"PASTOR-PC", "POS1", "POS-2", "KITCHEN", "SERVER", "DC01", "NAS",
	"BOOKKEEPER", "MANAGER-PC", "SHOP-PC", "CHECKIN", "OPS-PC", "LAB-PC",
	"XRAY", "OP1", "OP2", "CONF-ROOM", "SCALE-PC"]

# --- helpers ------------------------------------------------------------


def pick(rng, pairs):
	"""A weighted choice from [(value, weight)]."""
	tot = sum(w for _, w in pairs)
	x = rng.random() * tot
	for v, w in pairs:
		x -= w
		if x < 0:
			return v
	return pairs[-1][0]


def allocate(n, pairs):
	"""Exact counts per kind summing to n (largest remainder)."""
	tot = sum(w for _, w in pairs)
	raw = [(k, n * w / tot) for k, w in pairs]
	out = {k: int(x) for k, x in raw}
	rest = sorted(raw, key=lambda kx: kx[1] - int(kx[1]), reverse=True)
	for k, _ in rest[:n - sum(out.values())]:
		out[k] += 1
	return out


def words(s):
	return [w for w in s.replace("/", " ").split() if w]


def key(s):
	"""Case, punctuation, spaces, &/and and the legal form set aside."""
	s = s.lower().replace("&", " and ").replace("-", " ")
	t = "".join(ch if ch.isalnum() or ch == " " else "" for ch in s).split()
	while len(t) > 1 and t[-1] in LEGAL:
		t.pop()
	t = [w for w in t if w != "and"]
	return "".join(t)


def sig(s):
	"""Significant words: lower case, no stop words nor legal forms."""
	t = s.lower().replace("&", " ").replace("-", " ")
	t = "".join(ch if ch.isalnum() or ch == " " else "" for ch in t).split()
	return {w for w in t if w not in STOP and w not in LEGAL}


def initials(ws):
	return "".join(w[0].upper() for w in " ".join(ws).split()
		if w.lower() not in STOP and w[0].isalpha())


def slug(s):
	return "".join(ch for ch in s.lower() if ch.isalnum())


# --- customers -----------------------------------------------------------


def nonprofit(rng):
	town = rng.choice(TOWNS)
	sub = pick(rng, [("church", 8), ("civic", 10), ("school", 6)])
	if sub == "church":
		name = pick(rng, [
			("First Baptist Church of %s" % town, 3),
			("First United Methodist Church of %s" % town, 2),
			("St. %s Catholic Parish" % rng.choice(
				["Brigid", "Anne", "Joseph", "Jude", "Agnes",
				"Casimir", "Clement"]), 2),
			("%s Community Church" % rng.choice(BRANDS + TOWNS), 3),
			("%s Lutheran Church" % rng.choice(["Trinity",
				"Zion", "Bethany", "Emmanuel", "Peace"] + TOWNS), 2),
			("%s Bible Fellowship" % town, 1),
			("Beth %s Congregation" % rng.choice(["Shalom",
				"Israel", "El", "Am"]) + " of " + town, 1),
			("%s Presbyterian Church" % town, 2)])
		form = pick(rng, [("", 6), ("Inc", 4)])
		return name, form, "church"
	if sub == "civic":
		name = pick(rng, [
			("%s Volunteer Fire Company" % town, 3),
			("%s Volunteer Fire Department" % town, 2),
			("Friends of the %s Public Library" % town, 2),
			("%s Food Bank" % rng.choice(TOWNS), 2),
			("%s Historical Society" % town, 2),
			("Rotary Club of %s" % town, 1),
			("Habitat for Humanity of %s County" %
				rng.choice(COUNTIES), 1),
			("%s Youth Soccer Association" % town, 2),
			("%s Humane Society" % rng.choice(COUNTIES + TOWNS), 1),
			("%s Senior Center" % town, 1),
			("%s County Community Foundation" % rng.choice(COUNTIES),
				1),
			("%s Little League" % town, 1),
			("%s Ambulance Corps" % town, 1)])
		form = pick(rng, [("", 4), ("Inc", 6)])
		return name, form, "civic"
	name = pick(rng, [
		("%s Elementary PTA" % rng.choice(TOWNS + BRANDS), 2),
		("%s Montessori Academy" % rng.choice(TOWNS + BRANDS), 2),
		("%s Christian Academy" % town, 2),
		("%s High School Booster Club" % town, 2),
		("St. %s School" % rng.choice(["Mary", "Luke", "Rita",
			"Francis", "Pius"]) + " " + town, 1),
		("%s Preschool" % rng.choice(BRANDS), 1)])
	return name, pick(rng, [("", 5), ("Inc", 5)]), "school"


def family(rng):
	s = rng.choice(SURNAMES)
	trade = rng.choice(TRADES)
	name = pick(rng, [
		("%s & Sons %s" % (s, trade), 3),
		("%s Brothers %s" % (s, trade), 3),
		("%s %s" % (s, trade), 5),
		("%s-%s %s" % (s, rng.choice(SURNAMES), trade), 1),
		("%s %s Company" % (s, trade), 1),
		("%s & Daughters %s" % (s, trade), 1),
		("%s %s" % (rng.choice(TOWNS), trade), 2),
		("%s %s" % (rng.choice(BRANDS), trade), 3)])
	return name, pick(rng, [("", 3), ("Inc", 4), ("LLC", 4), ("Co", 1)]), \
		"trade"


def practice(rng):
	s = rng.choice(SURNAMES)
	t = rng.choice(TOWNS)
	kind, name = pick(rng, [
		(("dental", "%s Family Dentistry" % s), 3),
		(("dental", "%s Pediatric Dentistry" % t), 1),
		(("dental", "%s Dental Arts" % rng.choice(BRANDS)), 1),
		(("medical", "%s Family Medicine" % t), 2),
		(("medical", "%s Internal Medicine" % s), 1),
		(("medical", "%s Chiropractic" % rng.choice([s, t])), 1),
		(("vet", "%s Animal Hospital" % rng.choice([t, s] + BRANDS)), 2),
		(("law", "Law Office of %s %s" % (rng.choice(FIRST), s)), 2),
		(("law", "%s, %s & %s" % (s, rng.choice(SURNAMES),
			rng.choice(SURNAMES))), 2),
		(("acct", "%s & Associates CPAs" % s), 2),
		(("acct", "%s Tax & Accounting" % rng.choice([s, t])), 1),
		(("ins", "%s Insurance Agency" % rng.choice([s, t])), 2),
		(("ins", "%s Financial Services" % rng.choice(BRANDS + [s])), 1)])
	form = {"dental": [("PC", 3), ("PLLC", 2), ("", 3), ("P.A.", 1)],
		"medical": [("PC", 2), ("PLLC", 2), ("", 3)],
		"vet": [("", 3), ("Inc", 2), ("LLC", 2)],
		"law": [("LLP", 3), ("", 3), ("PLLC", 1), ("P.A.", 1)],
		"acct": [("", 3), ("PC", 2), ("LLC", 2)],
		"ins": [("Inc", 3), ("", 3), ("LLC", 2)]}[kind]
	return name, pick(rng, form), kind


def shop(rng):
	s = rng.choice(SURNAMES)
	what = rng.choice(SHOPS)
	name = pick(rng, [
		("%s's %s" % (s, what), 3),
		("%s %s" % (rng.choice(TOWNS), what), 3),
		("The %s %s" % (rng.choice(BRANDS), what), 2),
		("%s %s" % (rng.choice(BRANDS), what), 2),
		("%s Street %s" % (rng.choice(["Main", "Elm", "Water",
			"Market", "Front"]), what), 1)])
	return name, pick(rng, [("", 5), ("LLC", 3), ("Inc", 2)]), "shop"


def other(rng):
	s = rng.choice(SURNAMES)
	t = rng.choice(TOWNS)
	b = rng.choice(BRANDS)
	name = pick(rng, [
		("%s Property Management" % rng.choice([t, b]), 3),
		("%s Realty Group" % rng.choice([s, b]), 2),
		("%s Title & Escrow" % t, 1),
		("%s Logistics" % b, 1),
		("%s Manufacturing" % rng.choice([t, s, b]), 2),
		("%s Precision Machining" % b, 1),
		("%s Engineering Associates" % rng.choice([s, b]), 1),
		("%s Staffing Solutions" % b, 1),
		("%s Storage" % rng.choice([t, b]), 1)])
	return name, pick(rng, [("LLC", 4), ("Inc", 4), ("", 2), ("Corp", 1)]), \
		"other"


def customers(rng, ncust, brands):
	"""The customer list: names (contacts and assets come later)."""
	out, seen = [], set()
	brands["scale"] = max(1, ncust // 5000)
	cid = rng.randrange(1000000, 1500000)
	while len(out) < ncust:
		cat = pick(rng, [("np", 24), ("fam", 20), ("pro", 20),
			("fr", 10), ("shop", 12), ("multi", 6), ("other", 8)])
		c = draw_customer(rng, cat, brands)
		if c is None:
			continue
		k = key(c["name"])
		if k in seen:
			continue
		seen.add(k)
		cid += rng.randrange(1, 40)
		c["id"] = cid
		out.append(c)
	return out


def draw_customer(rng, cat, brands):
	site = None
	if cat == "np":
		core, form, trade = nonprofit(rng)
	elif cat == "fam":
		core, form, trade = family(rng)
	elif cat == "pro":
		core, form, trade = practice(rng)
	elif cat == "shop":
		core, form, trade = shop(rng)
	elif cat == "other":
		core, form, trade = other(rng)
	elif cat == "fr":
		return franchise(rng, brands)
	else:
		b = rng.choice(BRANDS)
		what = rng.choice(["Dental", "Realty", "Physical Therapy",
			"Pediatrics", "Eye Care", "Urgent Care", "Auto Care"])
		site = rng.choice(STREETS)
		core, form, trade = "%s %s - %s" % (b, what, site), "", "multi"
	name = core + (", " if form and rng.random() < 0.3 else " ") + form \
		if form else core
	if trade in ("church", "civic", "school") and rng.random() < 0.25:
		name = name.upper()
	return {"name": name.strip(), "core": core, "form": form,
		"trade": trade, "site": site}


def franchise(rng, brands):
	b = rng.choice(FR_HEADS) + rng.choice(FR_TAILS)
	if b not in brands:	# 2-8 locations at 5,000 customers
		brands[b] = (rng.randrange(2, 9) * brands.get("scale", 1), set())
	cap, used = brands[b]
	if len(used) >= cap:
		return None
	num = rng.randrange(100, 2000)
	if num in used:
		return None
	used.add(num)
	style = pick(rng, [("#", 5), ("of", 3), ("dba", 1), ("num", 1)])
	town = rng.choice(TOWNS)
	if style == "#":
		core = "%s #%04d" % (b, num)
	elif style == "num":
		core = "%s %d" % (b, num)
	elif style == "of":
		core = "%s of %s" % (b, town)
	else:
		core = "%s Ventures LLC dba %s #%d" % (rng.choice(SURNAMES), b,
			num)
	return {"name": core, "core": core, "form": "", "trade": "franchise",
		"site": (b, num, town, style)}


def principal(rng, c):
	"""The first contact: the owner whose name the firm often carries."""
	first = rng.choice(FIRST)
	last = rng.choice(SURNAMES)
	for w in words(c["core"]):
		if w in SURNAMES and rng.random() < 0.7:
			last = w
			break
	return first, last


def contacts(rng, c, ctid):
	n = pick(rng, [(1, 3), (2, 4), (3, 2), (4, 1)])
	dom, store = None, None
	if c["trade"] == "franchise" and rng.random() < 0.8:
		# the brand's domain, one mailbox per store: shared by siblings
		dom, store = slug(c["site"][0]) + ".com", "store%d" % c["site"][1]
	elif rng.random() < 0.65:
		ws = [w.replace("'", "") for w in words(c["core"].split(
			" - ")[0]) if w.lower() not in STOP and
			w.replace("'", "").isalpha()]
		dom = pick(rng, [
			(slug("".join(ws[:2])), 4),
			(initials(ws).lower() + slug(ws[-1] if ws else "x"), 1),
			(slug("".join(ws)), 2)])
		dom += pick(rng, [(".com", 6), (".org", 3 if c["trade"] in
			("church", "civic", "school") else 0.2), (".net", 1)])
	out = []
	for i in range(n):
		f, l = principal(rng, c) if i == 0 else (rng.choice(FIRST),
			rng.choice(SURNAMES))
		if store and i == 0:
			mail = "%s@%s" % (store, dom)
		elif dom:
			mail = pick(rng, [("%s@%s" % (f.lower(), dom), 4),
				("%s%s@%s" % (f[0].lower(), l.lower(), dom), 3),
				("office@%s" % dom, 1 if i else 0)])
		else:
			mail = "%s.%s%d@%s" % (f.lower(), l.lower(),
				rng.randrange(1, 99), rng.choice(["gmail.com",
				"yahoo.com", "comcast.net", "aol.com",
				"outlook.com"]))
		ctid[0] += rng.randrange(1, 7)
		out.append({"id": ctid[0], "firstname": f, "lastname": l,
			"email": mail})
	c["domain"] = dom
	return out


def prefix(c):
	ws = [w for w in words(c["core"]) if w.isalpha()]
	ini = initials(ws)
	if len(ini) >= 2:
		return ini[:5]
	return (ws[0] if ws else "PC")[:6].upper()


def assets(rng, c, aid):
	if c["trade"] == "franchise":
		n = rng.randrange(3, 7)
	elif c["trade"] == "church":
		n = rng.randrange(2, 6)
	else:
		n = min(60, max(1, int(round(math.exp(rng.gauss(math.log(4),
			0.8))))))
	scheme = pick(rng, [("prefix", 5), ("desktop", 3), ("role", 2)])
	names, out = set(), []
	for i in range(n):
		names.add(machine(rng, c, scheme, i))
	if rng.random() < 0.33:	# a user's own machine
		ct = rng.choice(c["contacts"])
		f, l = ct["firstname"], ct["lastname"]
		names.add(pick(rng, [("%s%s-LT" % (f[0], l.upper()), 3),
			("%s-PC" % f.upper(), 2), ("%ss-MacBook-Air" % f, 1),
			("%ss-MacBook-Pro" % f, 1)]))
	for m in sorted(names):
		aid[0] += rng.randrange(1, 5)
		out.append({"id": aid[0], "name": m})
	return out


def machine(rng, c, scheme, i):
	if c["trade"] == "franchise" and scheme != "desktop":
		return "STORE%d-%s" % (c["site"][1], rng.choice(["POS1", "POS2",
			"MGR", "OFFICE", "BACK"]))
	if scheme == "prefix":
		return "%s-%s%02d" % (prefix(c), rng.choice(["WS", "PC", "LT",
			"DT"]), i + 1) if i or rng.random() < 0.7 else \
			"%s-SRV01" % prefix(c)
	if scheme == "desktop":
		return rng.choice(["DESKTOP-", "LAPTOP-"]) + "".join(
			rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
			for _ in range(7))
	return rng.choice(ROLE_MACHINES)


def build(rng, ncust, brands):
	custs = customers(rng, ncust, brands)
	ctid, aid = [rng.randrange(5000000, 6000000)], [rng.randrange(
		9000000, 9900000)]
	for c in custs:
		c["contacts"] = contacts(rng, c, ctid)
		c["assets"] = assets(rng, c, aid)
	return custs


# --- typing noise --------------------------------------------------------

ROWS = ["1234567890-", "qwertyuiop[", "asdfghjkl;'", "zxcvbnm,./"]


def neighbours(ch):
	lo = ch.lower()
	for r, row in enumerate(ROWS):
		j = row.find(lo)
		if j < 0:
			continue
		out = []
		for dr in (-1, 0, 1):
			if 0 <= r + dr < len(ROWS):
				for dj in (-1, 0, 1) if dr == 0 else (0, 1) \
						if dr < 0 else (-1, 0):
					k = j + dj
					if (dr or dj) and 0 <= k < len(ROWS[r + dr]):
						n = ROWS[r + dr][k]
						if n.isalpha():
							out.append(n)
		return out
	return []


def like(ch, model):
	return ch.upper() if model.isupper() else ch


def typo(rng, s):
	"""One keyboard slip inside a word, rarely on its first letter."""
	pos = [i for i, ch in enumerate(s) if ch.isalpha()]
	if len(pos) < 4:
		return s
	for _ in range(20):
		i = rng.choice(pos)
		first = i == 0 or not s[i - 1].isalpha()
		if first and rng.random() < 0.9:
			continue
		k = pick(rng, [("sub", 35), ("swap", 25), ("drop", 22),
			("add", 18)])
		if k == "sub":
			nb = neighbours(s[i])
			if nb:
				return s[:i] + like(rng.choice(nb), s[i]) + s[i + 1:]
		elif k == "swap":
			if i + 1 < len(s) and s[i + 1].isalpha() and \
					s[i].lower() != s[i + 1].lower():
				return s[:i] + s[i + 1] + s[i] + s[i + 2:]
		elif k == "drop":
			return s[:i] + s[i + 1:]
		else:
			nb = neighbours(s[i])
			add = s[i] if rng.random() < 0.6 or not nb else \
				like(rng.choice(nb), s[i])
			return s[:i + 1] + add + s[i + 1:]
	return s


def case_noise(rng, s):
	return s.lower() if rng.random() < 0.7 else s.upper()


FR_JOIN = {h + t.replace(" ", "") for h in FR_HEADS for t in FR_TAILS}


def punct(rng, c):
	s = c["name"]
	opts = []
	if any(ch in s for ch in ".,'"):
		opts.append("".join(ch for ch in s if ch not in ".,'"))
	if "&" in s:
		opts.append(s.replace(" & ", " and "))
	if " and " in s:
		opts.append(s.replace(" and ", " & "))
	if "St. " in s:
		opts.append(s.replace("St. ", "Saint "))
	ws = words(s)
	if len(ws) >= 2 and (ws[0] + " " + ws[1] in TOWNS or
			ws[0] + ws[1] in FR_JOIN):	# "Cedarfalls", "MillCreek"
		j = ws[0] + (ws[1].lower() if rng.random() < 0.5 else ws[1])
		opts.append(" ".join([j] + ws[2:]))
	if " - " in s:
		opts.append(s.replace(" - ", " "))
	return rng.choice(opts) if opts else None


def suffix(rng, c):
	if c["form"] and rng.random() < 0.65:
		return c["core"]
	other = [f for f in FORMS if key("x " + f) == "x" and
		f.rstrip(".").lower() != c["form"].rstrip(".").lower()]
	if c["trade"] in ("multi", "franchise"):
		return None
	return c["core"] + " " + rng.choice(other)


def units(text):
	"""Words, with a two-word town kept as one ("Mill Creek")."""
	ws, out, i = words(text), [], 0
	while i < len(ws):
		if i + 1 < len(ws) and ws[i] + " " + ws[i + 1].rstrip(",") in TOWNS:
			out.append(ws[i] + " " + ws[i + 1])
			i += 2
		else:
			out.append(ws[i])
			i += 1
	return out


def significant(core):
	return [w for w in units(core.replace(" - ", " ")) if w.lower().strip(
		",.") not in STOP and w.lower().strip(",.") not in LEGAL]


def truncate(rng, c):
	core = c["core"]
	ws = words(core)
	opts = []
	if ws[0].lower() == "the" and len(ws) > 2:
		opts.append(" ".join(ws[1:]))
	if " of " in core and not core.lower().startswith(("law office",
			"friends", "rotary", "habitat", "first", "beth")):
		opts.append(core.split(" of ")[0])
	if len(ws) >= 3 and ws[1].lower() not in STOP and ws[0].lower() \
			not in GENERIC:
		opts.append(" ".join(ws[:2]).rstrip(","))
	if len(ws) >= 2 and len(ws[0]) >= 5 and ws[0].lower() not in GENERIC:
		opts.append(ws[0].rstrip(",").replace("'s", "s"))
	if len(core) > 20 and ws[0].lower() not in GENERIC:
		w = rng.choice([15, 16, 20])	# a narrow field cut it
		opts.append(core[:w].rstrip())
	return rng.choice(opts) if opts else None


def abbreviate(rng, c):
	if c["trade"] == "multi":	# the site stays: "SUC Broad St"
		head, site = c["core"].split(" - ")
		a = abbreviate(rng, dict(c, core=head, trade=""))
		return a and a + " " + site
	core = c["core"]
	ws = significant(core)
	if len(ws) < 2:
		return None
	opts = []
	sh = [SHORT.get(w.lower().strip(",."), w) for w in words(core)]
	if sh != words(core):
		opts.append(" ".join(sh))
		last = SHORT.get(words(core)[-1].lower())
		if last:
			opts.append(" ".join(words(core)[:-1] + [last]))
	lawyer = core.startswith("Law Office")
	if len(ws) >= 3 and not lawyer:
		opts.append(initials(ws))
		opts.append(initials(ws[:-1]) + " " + ws[-1])
	if " of " in core and len(ws) >= 3 and not lawyer:
		head, town = core.split(" of ", 1)
		opts.append(initials(words(head)) + " " + town)
	if len(ws) >= 3 and ws[0][0].isupper():
		opts.append(ws[0] + " " + initials(ws[1:]))
	if "Volunteer Fire" in core:
		t = core.split(" Volunteer")[0]
		opts.append(t + (" VFD" if "Depart" in core else " VFC"))
	return rng.choice(opts) if opts else None


def short_form(rng, c):
	"""How the firm is called in a hurry: a short word or two."""
	ws = significant(c["core"].split(" - ")[0])
	for w in ws:
		w = w.rstrip(",")
		if w.lower() not in GENERIC and w not in FIRST and len(w) > 3 \
				and w.replace(" ", "").isalpha():
			return w
	return ws[0].rstrip(",") if ws else c["core"]


def person(rng, c):
	p = c["contacts"][0]
	f, l = p["firstname"], p["lastname"]
	if c["trade"] in ("dental", "medical", "vet") and \
			rng.random() < 0.6:
		return rng.choice(["Dr %s", "Dr. %s", "dr %s"]) % l
	if c["trade"] == "church" and rng.random() < 0.5:
		return "Pastor %s - %s" % (f, short_form(rng, c))
	return pick(rng, [("%s @ %s" % (f, short_form(rng, c)), 4),
		("%s %s" % (f, l), 3), ("%s - %s" % (f, short_form(rng, c)), 2),
		("%s %s (%s)" % (f, l, short_form(rng, c)), 1)])


def site_form(rng, c):
	if c["trade"] == "franchise":
		b, num, town, style = c["site"]
		if style == "of":
			return pick(rng, [("%s %s" % (b, town), 3),
				("%s - %s" % (b.split()[0], town), 2)])
		return pick(rng, [("%s %d" % (b, num), 3),
			("store %d" % num, 1), ("%s #%d" % (b.split()[0], num), 2),
			("%s %d" % (initials(words(b)), num), 1)])
	if c["trade"] == "multi":
		b = words(c["core"])[0]
		st = c["site"]
		return pick(rng, [("%s %s" % (b, st.split()[0]), 3),
			("%s @ %s" % (b, st), 2), ("%s %s office" % (b,
			st.split()[0]), 1)])
	return None


def domain_form(rng, c):
	d = c.get("domain")
	if not d:
		return None
	mails = [x["email"] for x in c["contacts"] if x["email"].endswith(d)]
	return pick(rng, [(d, 4), ("www." + d, 1), (d.split(".")[0], 2),
		(rng.choice(mails) if mails else d, 3)])


def note(rng, c):
	base = pick(rng, [(c["name"], 4), (truncate(rng, c) or c["core"], 3),
		(c["core"], 3)])
	return base + " " + rng.choice(NOTES)


def mixed(rng, c):
	base = pick(rng, [(truncate, 4), (abbreviate, 4), (site_form, 2)])(
		rng, c)
	if not base:
		return None
	return typo(rng, base) if rng.random() < 0.6 else case_noise(rng, base)


NOISE = {"exact": lambda rng, c: c["name"],
	"case": lambda rng, c: case_noise(rng, c["name"]),
	"punct": punct, "suffix": suffix, "truncated": truncate,
	"abbreviation": abbreviate, "person": person, "site": site_form,
	"domain": domain_form, "note": note,
	"typo": lambda rng, c: typo(rng, c["name"]),
	"typo+case": lambda rng, c: case_noise(rng, typo(rng, c["name"])),
	"two typos": lambda rng, c: typo(rng, typo(rng, c["name"])),
	"mixed": mixed}


def noisy(rng, kind, c):
	return NOISE[kind](rng, c)


REAL = [("exact", 8), ("case", 7), ("punct", 5), ("suffix", 9),
	("truncated", 10), ("abbreviation", 12), ("person", 7), ("site", 6),
	("domain", 5), ("note", 5), ("typo", 10), ("typo+case", 4),
	("two typos", 4), ("mixed", 8)]
FAKE = [("impostor: rare word", 30), ("impostor: sibling", 15),
	("impostor: same shape", 20), ("impostor: person", 10),
	("impostor: internal", 15), ("impostor: prospect", 10)]
SLIPS = {"typo", "typo+case", "two typos", "mixed"}

# --- label honesty --------------------------------------------------------


def osa(a, b):
	"""Optimal string alignment distance."""
	if abs(len(a) - len(b)) > 2:
		return 3
	prev2, prev = None, list(range(len(b) + 1))
	for i in range(1, len(a) + 1):
		cur = [i] + [0] * len(b)
		for j in range(1, len(b) + 1):
			cost = a[i - 1] != b[j - 1]
			cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
			if i > 1 and j > 1 and a[i - 1] == b[j - 2] and \
					a[i - 2] == b[j - 1]:
				cur[j] = min(cur[j], prev2[j - 2] + 1)
		prev2, prev = prev, cur
	return prev[-1]


class Index:
	"""Keys, one-deletion neighbourhoods and word sets of the customers."""

	def __init__(self, custs):
		self.owner, self.dele, self.words = {}, {}, {}
		self.contacts, self.lastnames, self.freq = set(), set(), {}
		self.people = {}
		for i, c in enumerate(custs):
			k = key(c["name"])
			self.owner[k] = i
			for d in self.deletes(k):
				self.dele.setdefault(d, []).append(i)
			for w in sig(c["name"]):
				self.words.setdefault(w, []).append(i)
				self.freq[w] = self.freq.get(w, 0) + 1
			for ct in c["contacts"]:
				p = (ct["firstname"].lower(), ct["lastname"].lower())
				self.contacts.add(p)
				self.people.setdefault(p, set()).add(i)
				self.lastnames.add(ct["lastname"].lower())
		self.sigs = [sig(c["name"]) for c in custs]
		self.keys = [key(c["name"]) for c in custs]

	@staticmethod
	def deletes(k):
		return {k} | {k[:i] + k[i + 1:] for i in range(len(k))}

	def near(self, k):
		"""Customers possibly within two slips of key k."""
		out = set()
		for d in self.deletes(k):
			out.update(self.dele.get(d, ()))
		return out

	def honest_real(self, typed, i, kind):
		k = key(typed)
		if not k:
			return False
		o = self.owner.get(k)
		if o is not None and o != i:
			return False
		p = tuple(w.lower() for w in typed.split()[:2])
		if kind == "person" and len(self.people.get(p, ())) > 1:
			return False	# a caller's name several customers list
		if kind in SLIPS:
			own = osa(k, self.keys[i])
			for j in self.near(k):
				if j != i and (osa(k, self.keys[j]) <= 1 or
						osa(k, self.keys[j]) < own):
					return False
		return True

	def honest_fake(self, typed):
		k = key(typed)
		if not k or k in self.owner:
			return False
		if any(osa(k, self.keys[j]) <= 1 for j in self.near(k)):
			return False
		s = sig(typed)
		if not s:
			return True
		for w in s:
			for j in self.words.get(w, ()):
				if s <= self.sigs[j] or self.sigs[j] <= s:
					return False
		return True


# --- impostors -------------------------------------------------------------


def impostor_text(rng, kind, custs, ix, brands):
	c = rng.choice(custs)
	if kind == "impostor: rare word":
		core = c["core"]
		own = [t for t in TOWNS + BRANDS if t in core] + [w.strip(",")
			for w in words(core) if w.strip(",") in SURNAMES]
		if not own:
			return None
		rare = min(own, key=lambda w: ix.freq.get(w.split()[0].lower(),
			0))
		return "%s %s" % (rare, rng.choice(SHOPS + TRADES +
			["Dental", "Realty", "Church", "Academy", "Insurance"]))
	if kind == "impostor: sibling":
		b = rng.choice(sorted(k for k in brands if k != "scale"))
		return pick(rng, [("%s #%04d" % (b, rng.randrange(100, 2000)), 2),
			("%s %d" % (b, rng.randrange(100, 2000)), 2),
			("%s of %s" % (b, rng.choice(TOWNS)), 1)])
	if kind == "impostor: same shape":
		ws = words(c["core"])
		for n, w in enumerate(ws):
			if w in SURNAMES:
				ws[n] = rng.choice(SURNAMES)
				break
			if w in TOWNS or w in BRANDS:
				ws[n] = rng.choice(TOWNS + BRANDS)
				break
		else:
			return None
		return " ".join(ws)
	if kind == "impostor: person":
		f, l = rng.choice(FIRST), rng.choice(SURNAMES)
		if (f.lower(), l.lower()) in ix.contacts:
			return None
		if rng.random() < 0.4:
			return "Dr %s" % rng.choice(OUTSIDERS)
		return rng.choice(["%s %s", "%s %s - callback"]) % (f, l)
	if kind == "impostor: internal":
		return rng.choice(INTERNAL)
	d = draw_customer(rng, pick(rng, [("np", 3), ("fam", 3), ("pro", 3),
		("shop", 2), ("other", 1)]), {})
	return d["name"] if d else None


def impostor(rng, kind, custs, ix, brands):
	for _ in range(200):
		t = impostor_text(rng, kind, custs, ix, brands)
		if not t:
			continue
		if kind != "impostor: internal" and rng.random() < 0.2:
			t = typo(rng, t) if rng.random() < 0.5 else case_noise(rng, t)
		if ix.honest_fake(t):
			return t
	return "unknown"


# --- machines and sessions --------------------------------------------------


def unknown_machine(rng):
	return rng.choice(["DESKTOP-", "LAPTOP-"]) + "".join(rng.choice(
		"ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7))


def real_machine(rng, c, custs):
	k = pick(rng, [("asset", 72), ("new", 12), ("caller", 8), ("none", 5),
		("other", 3)])
	if k == "asset" and c["assets"]:
		return rng.choice(c["assets"])["name"], "Access"
	if k == "caller":
		return rng.choice(c["contacts"])["firstname"], "Support"
	if k == "none":
		return "", "Support"
	if k == "other":
		o = rng.choice(custs)
		if o["assets"]:
			return rng.choice(o["assets"])["name"], "Access"
	return unknown_machine(rng), "Access"


def fake_machine(rng, roles):
	k = pick(rng, [("new", 45), ("role", 25), ("caller", 15), ("none", 15)])
	if k == "role" and roles:
		return rng.choice(roles), "Access"
	if k == "caller":
		return rng.choice(FIRST), "Support"
	if k == "none":
		return "", "Support"
	return unknown_machine(rng), "Access"


def names(rng, nnames, custs, brands):
	ix = Index(custs)
	weights = [(1 + len(c["assets"])) ** 0.7 for c in custs]
	cum, tot = [], 0.0
	for w in weights:
		tot += w
		cum.append(tot)
	owners = {}
	for c in custs:
		for a in c["assets"]:
			owners.setdefault(a["name"], set()).add(c["id"])
	roles = sorted(m for m, o in owners.items() if len(o) > 1)
	nfake = int(round(nnames * 0.15))
	plan = []
	for k, n in allocate(nnames - nfake, REAL).items():
		plan += [k] * n
	for k, n in allocate(nfake, FAKE).items():
		plan += [k] * n
	rng.shuffle(plan)
	rows = []
	for kind in plan:
		if kind.startswith("impostor"):
			m, st = fake_machine(rng, roles)
			rows.append((impostor(rng, kind, custs, ix, brands), "",
				kind, m, st))
			continue
		rows.append(real_row(rng, kind, custs, cum, tot, ix))
	return rows


def real_row(rng, kind, custs, cum, tot, ix):
	for _ in range(500):
		i = min(bisect.bisect(cum, rng.random() * tot), len(custs) - 1)
		c = custs[i]
		t = noisy(rng, kind, c)
		if not t or (kind not in ("exact", "case") and
				key(t) == key(c["name"]) and kind not in ("suffix",
				"punct")):
			continue
		if ix.honest_real(t, i, kind):
			m, st = real_machine(rng, c, custs)
			return (t, c["id"], kind, m, st)
	c = custs[0]
	return (c["name"], c["id"], "exact", c["assets"][0]["name"], "Access")


def record(seed, n, typed, machine, stype):
	"""A session as sdc-sc2jsonl writes it (one segment)."""
	sid = str(uuid.uuid5(uuid.NAMESPACE_URL, "blind5:%s:%d" % (seed, n)))
	conn = str(uuid.uuid5(uuid.NAMESPACE_URL, "blind5c:%s:%d" % (seed, n)))
	t0 = 1780000000 + n * 541
	dur = 240 + (n * 53) % 3600
	return sc_session(sid, conn, typed, machine, stype,
		(t0, t0 + dur, dur // 60, dur), "Tech%d" % (n % 6),
		["blind5.csv", "rows/%d" % (n + 2)], "2026-06-01T00:00:00Z")



def main():
	ncust, nnames, seed, out = args("gen-link-blind5.py")
	brands = {}	# franchise brand -> (locations allowed, store numbers)
	custs = build(random.Random("blind5-customers-" + seed), ncust, brands)
	rows = names(random.Random("blind5-names-" + seed), nnames, custs,
		brands)
	write_set(out, custs, rows, record, seed)


if __name__ == "__main__":
	main()
