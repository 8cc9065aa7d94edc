#!/usr/bin/python3
# gen-link-blind3.py NCUST NNAMES SEED OUTDIR - the third held-out benchmark
# for sdc-link (issue #14, session 3).  Written by a helper that tunes
# nothing (the tuning helpers never read it), sharing no code and no word
# lists with gen-link.py, gen-link-heldout.py, gen-link-blind.py or
# gen-link-blind2.py.  Its per-name results are never printed, committed or
# inspected: bench-link-evidence.sh reports aggregates and per-kind shares
# only.  Python stdlib only; the same SEED gives the same files.
#
# Writes OUTDIR/customers.json (id, business_name, contacts [id, name,
# email], assets [id, name]), names.tsv (typed TAB true id or "" TAB noise
# kind TAB session name), sessions.jsonl (SessionName blank: name only) and
# sessions-machine.jsonl (SessionName as sdc-sc2jsonl renders it: segment
# content "Connected to machine: NAME", session_type Access or Support).
#
# Where the shapes come from (learnt, not copied; every word here and in
# gen-link-blind3-words.txt was written for this generator):
#  - UK: Companies House name endings (Ltd/Limited, PLC/p.l.c., LLP, CIC,
#    "Co" for Company, "&" for "and", "The" may be left off in front) -
#    companieshouse.gov.uk company-name policy FAQ (2011), nibusinessinfo.
#    co.uk "Choosing a name for a company or LLP"; sole traders "t/a".
#  - Australia: Corporations Act 2001 ss. 148-149 (Pty Ltd, "Proprietary
#    Limited", Co/Coy, Aust), tradingas.com.au (a company trading under a
#    business name), trustee structures "ATF ... Family Trust T/A ...".
#  - Canada: federal/Ontario legal elements (Inc., Ltd., Corp., Ltee) and
#    numbered companies "1234567 Ontario Inc." operating as a trade name
#    ("o/a", "div. of") - companyformations.ca, gbtaxaccounting.com,
#    treadstonelaw.ca.
#  - Typing: Damerau (1964) - most misspellings are one insertion,
#    omission, substitution or transposition; Dhakal, Feit, Kristensson,
#    Oulasvirta, "Observations on Typing from 136 Million Keystrokes" (CHI
#    2018) - around 1% of characters left uncorrected, wide differences
#    between typists, and substitutions now commoner than insertions or
#    omissions; Christen, "Single Error Analysis of
#    String Comparison Methods" - swapped words are the hardest error.
#    Phonetic slips (a name heard on the phone): ph/f, ck/k, single/double
#    consonants, -our/-or, -ise/-ize, Mc/Mac, as in helpit.com's note on
#    phonetic matching ("Tootill, Tootle, Toothill").
#  - Machines: Windows' default DESKTOP-XXXXXXX / LAPTOP-XXXXXXXX names,
#    NetBIOS' 15 characters, naming schemes <org>-<type><n>,
#    <org>-<user>, serial-number names (morgansimonsen.com "Computer
#    naming schemes", ivan.dretvic.com "Computer name conventions",
#    serverbrain.org "NetBIOS names"); Macs' "Sarahs-MacBook-Air".
#  - ScreenConnect: the Company custom property (CustomProperty1) is what
#    sdc-sc2jsonl reads as customer_name; SessionName becomes "Connected to
#    machine: NAME".  Access sessions are named after the machine; Support
#    sessions take the name the technician types (often the caller).
#
# The customers (NCUST): 50% UK, 25% Australia, 15% Canada, 10% New
# Zealand/Ireland; shapes: surname + trade 24%, place + trade 17%,
# partners ("X & Y LLP") 8%, coined brand + descriptor 15%, initials +
# surname (& Sons) 6%, "The ..." 5%, possessives 5%, trustee/trading
# structures (ATF/T/A, sole trader t/a) 6%, numbered companies o/a a
# trade name 3% (Canadian ones; elsewhere a structure instead),
# schools/surgeries/care homes 6%, letter names
# ("KDM Electrical") 5%.  About 3% of customers are one site of a group
# that Syncro keeps as separate customers ("Fernlea Dental - Harrogate").
# Names are unique once the legal form and a leading "The" are set aside.
# 1-6 contacts each (own domain 55%, a public or ISP mailbox 35% - some,
# such as btinternet.com or nhs.net, not on sdc-link's public list, so
# shared by many customers - none 10%).  Assets: log-normal count, median
# about 4, up to 80; one naming convention per customer for 70% of its
# machines; 10% of customers list a generic name (RECEPTION-PC, SERVER...)
# that other customers list too, and short prefixes and user names collide
# as they do in life (about 3% of machine names at 5,000 customers belong
# to more than one customer).
#
# The names (NNAMES): 85% of real customers, drawn in proportion to their
# assets (bigger customers call more), 15% impostors.  A customer with a
# trading name is typed by it 60% of the time, a site of a group without
# its site 25%; otherwise a real name is one of these forms (weights),
# then keyboard slips on top:
#   as listed 25, legal form dropped or changed 11, case 5, site added 7,
#   domain-style 4, e-mail 2, possessive 3, phonetic 6, abbreviation 7,
#   initialism 3, cut at a field width 5, words reordered 3, distinctive
#   word only 4, former name 2, blank 2 (a form that does not apply to
#   the customer is drawn again).
# Slips: each typed character is wrong with probability 0.5% (half of the
# names), 1.2% (35%) or 3.5% (15%: a phone, a hurry), 1.2% on average as
# the keystroke study found; a slip is a QWERTY neighbour 45%, a dropped
# letter 25%, an extra (doubled or neighbour) letter 18%, two letters
# swapped 12%.  About 20% of names get at least one.  Kinds: "one slip" /
# "two slips" (an as-listed name with slips), "other+slip" (any other form
# with slips), else the form's own name.
# The "blank", "former name" (half keep no word of the current name) and
# "group site left off" kinds cannot be linked by name alone, by design
# (about 5% of real names); machines can link them.
#
# Impostors (not customers; kinds "impostor: ..."): the rarest word of a
# customer with another trade 35%, a near-homonym of a customer's rarest
# word with another trade 20%, the same trade and form with another place
# or surname 15%, a prospect not yet in Syncro 15%, internal/personal/test
# sessions ("Internal", "Mum's laptop", the MSP's own name) 15%; a fifth
# of the others carry keyboard slips too.
#
# Machines (sessions-machine.jsonl).  Real sessions: a machine Syncro lists
# for that customer only 70% (73% in all at seed 1, as a missing generic
# name falls back to this; Syncro installs ScreenConnect with its RMM
# agent, so most work is an Access session on a managed PC), the
# customer's generic shared name 5% (when it has one), a machine Syncro
# does not know 10% (new or home PC, not yet onboarded), a Support
# session named after the caller or the problem 10% (a contact's name
# from the list 60%, first name 20%, "Name - problem" 20%), a machine
# listed under another customer 1% (stale asset: sold on, moved, a
# bookkeeper's PC), no SessionName 4%.  The 70-75% on a known asset is an
# assumption - ad-hoc support on unmanaged devices is the remaining
# quarter - not a measured figure.  Impostors: an unknown DESKTOP- name
# 45%, a generic shared name 20%, a caller's name 15%, the naming scheme
# of the customer whose word they share with a number it does not have
# 15%, none 5%.
import json
import math
import os
import random
import re
import sys

# --- words (written for this file; the single words are in
# gen-link-blind3-words.txt) --------------------------------------------------

def load_words():
	"""The lists of gen-link-blind3-words.txt, by name."""
	lists, cur = {}, None
	with open(os.path.join(os.path.dirname(os.path.abspath(__file__)),
			"gen-link-blind3-words.txt")) as f:
		for line in f:
			line = line.split("#", 1)[0].strip()
			if line.startswith("["):
				cur = lists.setdefault(line.strip("[]"), [])
			elif line:
				cur.extend(line.split())
	return lists


WORDS = load_words()
SURN, FIRST = WORDS["SURN"], WORDS["FIRST"]
PLACES = WORDS["PLACES"]	# towns, valleys, landscape and street words

TRADES = [  # (trade words, sector); the sector only shows the mix
	("Joinery", "build"), ("Plastering", "build"), ("Groundworks", "build"),
	("Scaffolding", "build"), ("Roofing", "build"), ("Glazing", "build"),
	("Kitchens", "build"), ("Bathrooms", "build"), ("Building Services",
	"build"), ("Construction", "build"), ("Developments", "build"),
	("Electrical", "build"), ("Electrical Contractors", "build"),
	("Plumbing & Heating", "build"), ("Heating Engineers", "build"),
	("Landscapes", "build"), ("Fencing", "build"), ("Drainage", "build"),
	("Stonemasons", "build"), ("Flooring", "build"), ("Solar", "build"),
	("Air Conditioning", "build"), ("Refrigeration", "build"),
	("Solicitors", "prof"), ("Conveyancing", "prof"), ("Chartered "
	"Accountants", "prof"), ("Accountants", "prof"), ("Bookkeeping",
	"prof"), ("Tax Advisers", "prof"), ("Financial Planning", "prof"),
	("Wealth Management", "prof"), ("Insurance Brokers", "prof"),
	("Mortgage Services", "prof"), ("Estate Agents", "prof"), ("Lettings",
	"prof"), ("Property Management", "prof"), ("Chartered Surveyors",
	"prof"), ("Architects", "prof"), ("Consulting Engineers", "prof"),
	("Recruitment", "prof"), ("Associates", "prof"), ("Legal", "prof"),
	("Dental Practice", "health"), ("Dental Care", "health"), ("Dental",
	"health"), ("Orthodontics", "health"), ("Veterinary Surgery",
	"health"), ("Vets", "health"), ("Physiotherapy", "health"),
	("Chiropractic", "health"), ("Opticians", "health"), ("Pharmacy",
	"health"), ("Podiatry", "health"), ("Hearing Care", "health"),
	("Medical Centre", "health"), ("Skin Clinic", "health"),
	("Haulage", "trade"), ("Removals", "trade"), ("Plant Hire", "trade"),
	("Motor Engineers", "trade"), ("Garage", "trade"), ("Tyres", "trade"),
	("Agricultural Engineers", "trade"), ("Timber Merchants", "trade"),
	("Builders Merchants", "trade"), ("Precision Engineering", "trade"),
	("Engineering", "trade"), ("Fabrications", "trade"), ("Sheet Metal",
	"trade"), ("Logistics", "trade"), ("Freight", "trade"), ("Couriers",
	"trade"), ("Coachworks", "trade"), ("Marine", "trade"), ("Boatyard",
	"trade"), ("Print", "trade"), ("Signs", "trade"), ("Packaging",
	"trade"), ("Distribution", "trade"), ("Manufacturing", "trade"),
	("Bakery", "shop"), ("Butchers", "shop"), ("Brewery", "shop"),
	("Distillery", "shop"), ("Florist", "shop"), ("Garden Centre", "shop"),
	("Nurseries", "shop"), ("Farm Shop", "shop"), ("Tearooms", "shop"),
	("Hotel", "shop"), ("Inn", "shop"), ("Hair Studio", "shop"),
	("Beauty", "shop"), ("Jewellers", "shop"), ("Cycles", "shop"),
	("Outdoor", "shop"), ("Furniture", "shop"), ("Interiors", "shop"),
	("Funeral Directors", "shop"), ("Travel", "shop"), ("Wines", "shop"),
	("Digital", "tech"), ("Creative", "tech"), ("Media", "tech"),
	("Design", "tech"), ("Marketing", "tech"), ("Software", "tech"),
	("Technologies", "tech"), ("Systems", "tech"), ("Solutions", "tech"),
	("Consulting", "tech"), ("Events", "tech"), ("Training", "tech"),
	("Security", "tech"), ("Cleaning Services", "tech"), ("Facilities",
	"tech"), ("Catering", "tech"), ("Care Services", "tech")]

INSTITUTIONS = ["Primary School", "C of E Primary School", "Academy",
	"Medical Practice", "Surgery", "Health Centre", "Care Home",
	"Nursing Home", "Day Nursery", "Pre-School", "Community Centre",
	"Parish Council", "Golf Club", "Rugby Club", "Cricket Club",
	"Bowls Club", "Sailing Club", "Leisure Centre", "Museum Trust",
	"Hospice", "Housing Association", "Credit Union"]

SAINTS = WORDS["SAINTS"]

# Coined brand words: a first part and an ending, joined ("Brightmoor")
BRAND_A, BRAND_B = WORDS["BRAND_A"], WORDS["BRAND_B"]

LEAD = ["The Old Forge", "The Granary", "The Coach House", "The Mill",
	"The Maltings", "The Wool Exchange", "The Boathouse", "The Old Bakery",
	"The Smithy", "The Tannery", "The Orchard", "The Walled Garden"]

GENERIC = ["RECEPTION-PC", "RECEPTION", "FRONT-DESK", "OFFICE-PC",
	"ADMIN-PC", "SERVER", "SERVER01", "MANAGER-PC", "ACCOUNTS",
	"NURSE-STATION", "WORKSHOP-PC", "BOOKINGS", "SURGERY1", "TILL1",
	"PRACTICE-MGR", "BACKOFFICE"]

PUBLIC_MAIL = ["gmail.com", "outlook.com", "hotmail.co.uk", "btinternet.com",
	"bigpond.com", "shaw.ca", "xtra.co.nz", "yahoo.co.uk", "eircom.net",
	"sky.com", "optusnet.com.au", "rogers.com"]

INTERNAL = ["Internal", "INTERNAL - office", "Test", "test session",
	"Home", "Mum's laptop", "Dad PC", "Demo", "Training room", "Walk-in",
	"Walk in customer", "Cash job", "Personal", "Lab bench", "Spare laptop",
	"Brightwire IT", "Brightwire IT Ltd", "Brightwire (internal)",
	"Quote - new client", "Unknown caller", "Warranty repair", "N/A"]

PROBLEMS = ["printer", "Outlook", "email", "VPN", "new laptop", "scanner",
	"password", "Teams", "Xero", "MYOB", "Sage", "backup", "wifi",
	"phone app", "OneDrive", "invoice template"]

# Shorthand technicians use: (word, short forms).  Written for this file.
SHORT = {"Engineering": ["Eng", "Engg"], "Engineers": ["Engs", "Eng"],
	"Services": ["Svcs", "Servs"], "Associates": ["Assocs", "Assoc"],
	"Management": ["Mgmt", "Mgt"], "Brothers": ["Bros"],
	"Accountants": ["Accts", "Accs"], "Chartered": ["Chtd", "Ch"],
	"Solicitors": ["Sols", "Solrs"], "Construction": ["Constr", "Const"],
	"Developments": ["Devs", "Dev"], "Electrical": ["Elec", "Elect"],
	"Contractors": ["Contr", "Contrs"], "Physiotherapy": ["Physio"],
	"Veterinary": ["Vet", "Vets"], "Surgery": ["Surg"], "Centre": ["Ctr",
	"Ctre"], "Medical": ["Med"], "Practice": ["Prac", "Pract"],
	"Primary": ["Prim", "Pri"], "School": ["Sch", "Schl"],
	"Academy": ["Acad"], "Property": ["Prop", "Ppty"], "Distribution":
	["Dist", "Distrib"], "Manufacturing": ["Mfg", "Manuf"],
	"Agricultural": ["Agri", "Ag"], "Technologies": ["Tech", "Techs"],
	"Financial": ["Fin", "Finl"], "Recruitment": ["Recruit", "Rec"],
	"Insurance": ["Ins", "Insce"], "Fabrications": ["Fabs", "Fab"],
	"Company": ["Co", "Coy"], "Saint": ["St"], "Association": ["Assn"],
	"Community": ["Comm"], "Council": ["Cncl"], "Mortgage": ["Mtg"],
	"Surveyors": ["Survs"], "Opticians": ["Opts"], "Heating": ["Htg"],
	"Plumbing": ["Plumb", "Plbg"], "Precision": ["Prec"],
	"Merchants": ["Merch"], "International": ["Intl", "Int"],
	"Australia": ["Aust"], "Proprietary": ["Pty"], "Limited": ["Ltd"],
	"Dental": ["Dent"], "Interiors": ["Int"], "Consulting": ["Consult"],
	"Logistics": ["Log"], "Refrigeration": ["Refrig"], "Furniture":
	["Furn"], "Nursing": ["Nurs"], "Health": ["Hlth"],
	"Orthodontics": ["Ortho"], "Landscapes": ["Landscaping"]}

FORMS = {  # country: [(legal form, weight)]
	"uk": [("Ltd", 45), ("Limited", 25), ("LLP", 5), ("PLC", 2),
		("CIC", 2), ("", 21)],
	"au": [("Pty Ltd", 60), ("Pty. Ltd.", 10), ("Pty Limited", 8),
		("Ltd", 4), ("", 18)],
	"ca": [("Inc.", 35), ("Ltd.", 25), ("Inc", 10), ("Corp.", 8),
		("Limited", 5), ("", 17)],
	"nz": [("Limited", 45), ("Ltd", 30), ("", 25)],
}
TLD = {"uk": ".co.uk", "au": ".com.au", "ca": ".ca", "nz": ".co.nz"}
FORM_WORDS = {"ltd", "limited", "llp", "plc", "cic", "pty", "inc", "corp",
	"proprietary", "co", "p/l", "incorporated", "ltd.", "inc.", "corp."}


def pick(rnd, weighted):
	"""A value from [(value, weight)]."""
	total = sum(w for _, w in weighted)
	x = rnd.uniform(0, total)
	for v, w in weighted:
		x -= w
		if x <= 0:
			return v
	return weighted[-1][0]


def key_of(name):
	"""What makes a name unique: no case, punctuation, legal form, "The"."""
	ws = re.sub(r"[^a-z0-9& ]", " ", name.lower()).split()
	ws = [w for w in ws if w not in FORM_WORDS]
	if ws and ws[0] == "the":
		ws = ws[1:]
	return " ".join(ws)


# --- customers ---------------------------------------------------------------

class Cust:
	pass


def with_form(rnd, base, country):
	form = pick(rnd, FORMS[country])
	return (base + " " + form).strip(), form


def shape_name(rnd, country):
	"""(business_name, distinctive word, trading name or None, trade)."""
	s = pick(rnd, [("surname", 24), ("place", 17), ("partners", 8),
		("brand", 15), ("initials", 6), ("the", 5), ("possessive", 5),
		("structure", 6), ("numbered", 3), ("institution", 6),
		("letters", 5)])
	if s == "numbered" and country != "ca":
		s = "structure"
	trade = rnd.choice(TRADES)[0]
	sur, place = rnd.choice(SURN), rnd.choice(PLACES)
	if s == "surname":
		return with_form(rnd, sur + " " + trade, country)[0], sur, None, trade
	if s == "place":
		return with_form(rnd, place + " " + trade, country)[0], place, None, trade
	if s == "partners":
		b = rnd.choice([x for x in SURN if x != sur])
		tail = pick(rnd, [("LLP", 4), ("", 3), ("Solicitors", 2),
			("Accountants", 2), ("Associates", 1)])
		work = tail if tail not in ("LLP", "") else rnd.choice([
			"Solicitors", "Accountants", "Architects", "Surveyors"])
		return (sur + " & " + b + " " + tail).strip(), sur, None, work
	if s == "brand":
		w = rnd.choice(BRAND_A) + rnd.choice(BRAND_B)
		return with_form(rnd, w + " " + trade, country)[0], w, None, trade
	if s == "initials":
		ini = rnd.choice("ABCDEFGHJKLMNPRSTW") + "." + rnd.choice(
			"ABCDEFGHJKLMNPRSTW") + "." if rnd.random() < .5 else \
			rnd.choice("ABCDEFGHJKLMNPRSTW")
		kin = pick(rnd, [("& Sons", 3), ("& Son", 2), ("& Daughters", 1),
			("Bros", 1), ("& Co", 1)])
		return with_form(rnd, ini + " " + sur + " " + kin, country)[0], sur, None, kin
	if s == "the":
		lead = rnd.choice(LEAD)
		t = rnd.choice([trade, "Practice", "Partnership", "Studio"])
		return with_form(rnd, lead + " " + t, country)[0], lead.split()[-1], None, t
	if s == "possessive":
		who = rnd.choice(FIRST + SURN[:60])
		return with_form(rnd, who + "'s " + trade, country)[0], who, None, trade
	if s == "structure":
		return structure(rnd, country, sur, trade)
	if s == "numbered":
		num = str(rnd.randint(1000000, 2999999))
		prov = pick(rnd, [("Ontario Inc.", 5), ("Canada Inc.", 3),
			("B.C. Ltd.", 2), ("Alberta Ltd.", 2), ("Nova Scotia Limited", 1)])
		trading = place + " " + trade
		sep = pick(rnd, [(" o/a ", 5), (" dba ", 1), (" operating as ", 1)])
		return num + " " + prov + sep + trading, place, trading, trade
	if s == "institution":
		inst = rnd.choice(INSTITUTIONS)
		who = "St " + rnd.choice(SAINTS) + "'s" if "School" in inst and \
			rnd.random() < .5 else place
		return who + " " + inst, who.replace("St ", "").replace("'s", ""), None, inst
	ini = "".join(rnd.choice("ABCDEFGHJKLMNPRSTW")
		for _ in range(rnd.choice((2, 3, 3))))
	return with_form(rnd, ini + " " + trade, country)[0], ini, None, trade


def structure(rnd, country, sur, trade):
	trading = sur + " " + trade
	if country == "au":
		a, b = rnd.choice("ABCDEGJKLMPRST"), rnd.choice("ABCDEGJKLMPRST")
		legal = "%s & %s %s Pty Ltd" % (a, b, sur)
		shape = pick(rnd, [("%s ATF The %s Family Trust T/A %s", 3),
			("%s ATF %s Family Trust t/as %s", 2), (None, 2)])
		if shape:
			return shape % (legal, sur, trading), sur, trading, trade
		return "%s T/A %s" % (legal, trading), sur, trading, trade
	first = rnd.choice(FIRST)
	shape = pick(rnd, [("%s %s t/a %s", 3), ("%s %s T/A %s", 2),
		("%s %s trading as %s", 1)])
	return shape % (first, sur, trading), sur, trading, trade


def build_customers(rnd, ncust):
	custs, taken = [], set()
	next_id = [31400000, 8800000, 55000000]	# customers, contacts, assets
	while len(custs) < ncust:
		country = pick(rnd, [("uk", 50), ("au", 25), ("ca", 15), ("nz", 10)])
		name, word, trading, trade = shape_name(rnd, country)
		sites = [None]
		if rnd.random() < 0.015 and ncust - len(custs) > 3:
			sites = rnd.sample(PLACES, rnd.choice((2, 2, 3)))
		for site in sites:
			full = name if site is None else rnd.choice([
				"%s - %s", "%s (%s)", "%s %s"]) % (name, site)
			k = key_of(full)
			if k in taken or (trading and key_of(trading) in taken):
				break
			taken.add(k)
			if trading:
				taken.add(key_of(trading))
			c = Cust()
			c.id, c.name, c.word, c.trading, c.trade = next_id[0], full, \
				word, trading, trade
			c.country, c.site, c.group = country, site, name if site else None
			next_id[0] += rnd.randint(1, 40)
			make_contacts(rnd, c, next_id)
			make_assets(rnd, c, next_id)
			custs.append(c)
	return custs[:ncust], taken


def domain_of(c):
	base = c.trading or re.sub(r"\s+-\s+.*|\s*\(.*\)$", "", c.name)
	ws = [w for w in re.sub(r"[^a-z0-9 ]", "", base.lower()).split()
		if w not in FORM_WORDS and w not in ("the", "atf", "ta")]
	return "".join(ws[:3]) + TLD[c.country]


def make_contacts(rnd, c, next_id):
	c.domain = domain_of(c)
	health = any(w in c.name for w in ("Surgery", "Medical", "Health Centre"))
	c.contacts = []
	for _ in range(rnd.choice((1, 1, 2, 2, 3, 3, 4, 5, 6))):
		f = rnd.choice(FIRST)
		l = c.word if c.word in SURN and rnd.random() < .2 else \
			rnd.choice(SURN)
		mail = pick(rnd, [("own", 55), ("public", 35), ("none", 10)])
		local = pick(rnd, [(f.lower(), 4), (f.lower() + "." + l.lower(), 3),
			((f[0] + l).lower(), 2), ("accounts", 1), ("admin", 1)])
		local = re.sub(r"[^a-z.]", "", local)
		dom = "nhs.net" if health and mail == "own" else c.domain
		email = None if mail == "none" else local + "@" + (
			dom if mail == "own" else rnd.choice(PUBLIC_MAIL))
		c.contacts.append({"id": next_id[1], "name": f + " " + l,
			"email": email})
		next_id[1] += 1


def serial(rnd, n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
	return "".join(rnd.choice(alphabet) for _ in range(n))


def prefix_of(rnd, c):
	"""The customer's machine-name prefix: its initials or its word."""
	ini = "".join(w[0] for w in key_of(c.trading or c.name).split()
		if w[0].isalpha())[:4].upper()
	word = re.sub(r"[^A-Z]", "", c.word.upper())[:rnd.choice((4, 5, 6))]
	if len(ini) >= 2 and (rnd.random() < .5 or len(word) < 3):
		return ini
	return word or "PC"


def one_machine(rnd, c, conv, n):
	if conv == "default":
		return rnd.choice(["DESKTOP-", "DESKTOP-", "LAPTOP-"]) + serial(rnd, 7)
	if conv == "prefix":
		return "%s-%s%02d" % (c.prefix, rnd.choice(["PC", "PC", "LT", "WS",
			"NB", "SRV"]), n)
	if conv == "role":
		return "%s-%s" % (c.prefix, rnd.choice(["RECEP", "ACCTS", "MGR",
			"OFFICE", "SALES", "WORKSHOP", "DIRECTOR", "STUDIO", "ADMIN",
			"REAR", "FRONT", "STORE"]) + str(rnd.randint(1, 4)))
	if conv == "user":
		p = rnd.choice(c.contacts)["name"].split()
		return rnd.choice(["%s-PC", "%s-LAPTOP", "%s-LT"]) % (
			rnd.choice([p[0], p[0][0] + p[-1]]).upper()[:10])
	if conv == "mac":
		p = rnd.choice(c.contacts)["name"].split()[0]
		return "%ss-%s" % (p, rnd.choice(["MacBook-Air", "MacBook-Pro",
			"iMac", "Mac-mini"]))
	return rnd.choice([serial(rnd, 7), "5CG" + serial(rnd, 7, "0123456789ABCDEF"),
		"PF" + serial(rnd, 6)])


def make_assets(rnd, c, next_id):
	c.prefix = prefix_of(rnd, c)
	conv = pick(rnd, [("default", 30), ("prefix", 30), ("role", 10),
		("user", 15), ("serial", 15)])
	n = max(1, min(80, int(math.exp(rnd.gauss(1.6, 0.8)))))
	names = []
	for i in range(n):
		cv = conv if rnd.random() < .7 else pick(rnd, [("default", 3),
			("prefix", 2), ("user", 2), ("serial", 2), ("mac", 1)])
		m = one_machine(rnd, c, cv, i + 1)
		if m not in names:
			names.append(m)
	c.generic = rnd.choice(GENERIC) if rnd.random() < .10 else None
	if c.generic and c.generic not in names:
		names.append(c.generic)
	c.assets = []
	for m in names:
		c.assets.append({"id": next_id[2], "name": m})
		next_id[2] += 1


# --- typing ------------------------------------------------------------------

ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
ROW_X = [0.0, 0.25, 0.75]


def neighbours():
	pos = {ch: (r, i + ROW_X[r]) for r, row in enumerate(ROWS)
		for i, ch in enumerate(row)}
	out = {}
	for a, (ra, xa) in pos.items():
		out[a] = [b for b, (rb, xb) in pos.items() if b != a and
			abs(ra - rb) <= 1 and abs(xa - xb) <= 1.0]
	return out


NEAR = neighbours()


def slip(rnd, s):
	"""One uncorrected keystroke error at a random letter."""
	idx = [i for i, ch in enumerate(s) if ch.isalpha()]
	if not idx:
		return s
	i = rnd.choice(idx)
	ch = s[i]
	kind = pick(rnd, [("near", 45), ("drop", 25), ("extra", 18), ("swap", 12)])
	if kind == "near":
		n = rnd.choice(NEAR.get(ch.lower(), [ch.lower()]))
		return s[:i] + (n.upper() if ch.isupper() else n) + s[i + 1:]
	if kind == "drop":
		return s[:i] + s[i + 1:]
	if kind == "extra":
		n = ch if rnd.random() < .6 else rnd.choice(NEAR.get(ch.lower(), [ch]))
		return s[:i] + ch + n + s[i + 1:]
	if i + 1 < len(s) and s[i + 1] != " ":
		return s[:i] + s[i + 1] + ch + s[i + 2:]
	return s[:i] + s[i + 1:]


def slips(rnd, s):
	"""Keyboard slips at a per-keystroke rate that depends on the typist."""
	rate = pick(rnd, [(0.005, 50), (0.012, 35), (0.035, 15)])
	n = sum(1 for ch in s if ch.isalpha() and rnd.random() < rate)
	for _ in range(n):
		s = slip(rnd, s)
	return s, n


PHONETIC = [("ph", "f"), ("f", "ph"), ("ck", "k"), ("ey", "y"), ("ie", "ei"),
	("ei", "ie"), ("our", "or"), ("ise", "ize"), ("ou", "o"), ("th", "t"),
	("Mc", "Mac"), ("Mac", "Mc"), ("ll", "l"), ("tt", "t"), ("ss", "s"),
	("rr", "r"), ("nn", "n"), ("son", "sen"), ("ai", "ay"), ("ee", "ea"),
	("c", "k"), ("y", "ie"), ("er", "a"), ("wh", "w"), ("gh", ""),
	("oo", "u"), ("ham", "um"), ("worth", "wirth"), ("ough", "uff")]


def phonetic(rnd, word):
	"""The word as someone who heard it on the phone might spell it."""
	opts = [(a, b) for a, b in PHONETIC if a in word[1:] or
		(a[0].isupper() and word.startswith(a))]
	if not opts:
		if len(word) > 3:
			i = rnd.randrange(1, len(word) - 1)
			return word[:i] + word[i] + word[i:]	# a doubled letter
		return word
	a, b = rnd.choice(opts)
	at = [m.start() for m in re.finditer(re.escape(a), word)]
	i = rnd.choice(at)
	return word[:i] + b + word[i + len(a):]


def strip_form(name):
	ws = name.split()
	while ws and key_of(ws[-1]) == "":
		ws.pop()
	return " ".join(ws)


def change_form(rnd, c):
	n = c.name
	if c.site:
		n = c.group
	opts = [strip_form(n)]
	if n.lower().startswith("the "):
		opts.append(n[4:])
	for a, b in [("Pty Ltd", "P/L"), ("Pty Ltd", "PTY LTD"), ("Ltd", "Limited"),
			("Limited", "Ltd"), ("Inc.", "Inc"), ("Inc.", "Incorporated"),
			(" & ", " and "), ("LLP", "L.L.P."), ("PLC", "plc"),
			("Pty. Ltd.", "Pty Ltd"), ("C of E", "CE"), ("Ltd.", "Ltd")]:
		if a in n:
			opts.append(n.replace(a, b))
	if not re.search(r"\b(Ltd|Limited|Inc|LLP|Pty)\b", n):
		opts.append(n + " " + rnd.choice(["Ltd", "Limited", "Inc",
			"Pty Ltd"] if c.country == "au" else ["Ltd", "Limited"]))
	t = rnd.choice(opts)
	if c.site:
		t = t + rnd.choice([" - ", " (", " "]) + c.site
		t = t + ")" if t.count("(") > t.count(")") else t
	return t


def base_name(c):
	"""The part a technician thinks of: trading name, without form."""
	return strip_form(c.trading or c.name)


def abbreviate(rnd, c):
	ws = base_name(c).split()
	hit = [i for i, w in enumerate(ws) if w in SHORT]
	if "Saint" not in ws and any(w == "St" for w in ws) and rnd.random() < .3:
		ws = ["Saint" if w == "St" else w for w in ws]
		return " ".join(ws)
	if not hit:
		if len(ws) >= 2 and "&" in ws:
			return " ".join(w for w in ws if w != "&")
		return None
	for i in hit:
		if i == hit[0] or rnd.random() < .5:
			ws[i] = rnd.choice(SHORT[ws[i]])
	return " ".join(ws)


def initialism(rnd, c):
	ws = [w for w in re.sub(r"[^A-Za-z& ]", " ", base_name(c)).split()
		if w != "&" and w.lower() not in ("of", "the", "and")]
	if len(ws) < 2:
		return None
	ini = "".join(w[0].upper() for w in ws)
	return pick(rnd, [(ini, 3), (ini + " Ltd", 1), (ini[:-1] + " " + ws[-1], 2)])


def site_added(rnd, c):
	if c.site:
		return None
	where = rnd.choice([rnd.choice(PLACES), "Main", "High", "Head office",
		"Warehouse", "Yard", "North", "Upstairs"])
	if rnd.random() < .15:
		where = "Unit %d" % rnd.randint(1, 12)
	return rnd.choice(["%s - %s office", "%s (%s)", "%s %s branch",
		"%s - %s", "%s / %s site", "%s - %s St"]) % (base_name(c), where)


def domain_style(rnd, c):
	d = c.domain
	ws = d.split(".")[0]
	return pick(rnd, [(d, 4), (ws, 3), ("www." + d, 1),
		("-".join(key_of(base_name(c)).split()[:3]) + TLD[c.country], 2)])


def possessive(rnd, c):
	b = base_name(c)
	if "'s" in b:
		return rnd.choice([b.replace("'s", "s"), b.replace("'s", ""),
			b.replace("'s", "s'")])
	ws = b.split()
	if c.word in ws and len(ws) >= 2 and (c.word in SURN or c.word in FIRST):
		i = ws.index(c.word)
		ws[i] = ws[i] + rnd.choice(["'s", "s"])
		return " ".join(ws)
	return None


def truncate(rnd, c):
	"""Cut at a field width (a 15-30 character column elsewhere)."""
	widths = [w for w in (15, 18, 20, 24, 30) if w < len(c.name) - 2]
	if not widths:
		return None
	return c.name[:rnd.choice(widths)].rstrip()


def reorder(rnd, c):
	b = base_name(c)
	if " & " in b and rnd.random() < .6:
		a, rest = b.split(" & ", 1)
		r = rest.split(" ", 1)
		return r[0] + " & " + a + (" " + r[1] if len(r) > 1 else "")
	ws = b.split()
	if len(ws) < 2:
		return None
	if c.word in ws and rnd.random() < .5:
		i = ws.index(c.word)
		rest = ws[:i] + ws[i + 1:]
		return " ".join(rest) + ", " + c.word
	k = rnd.randrange(1, len(ws))
	return " ".join(ws[k:] + ws[:k])


def former(rnd, c, custs, taken):
	"""The customer's name before it was renamed in Syncro."""
	for _ in range(20):
		if rnd.random() < .5:
			n = c.word + " " + rnd.choice(TRADES)[0]
		else:
			n = shape_name(rnd, c.country)[0]
		if key_of(n) not in taken:
			return n
	return None


def typed_real(rnd, c, custs, taken):
	"""(typed name, kind) for a real customer."""
	if c.trading and rnd.random() < .6:	# known by its trading name
		return real_form(rnd, c, "trading name", custs, taken), "trading name"
	if c.group and rnd.random() < .25:	# "which site?" left unsaid
		return real_form(rnd, c, "group site left off", custs, taken), \
			"group site left off"
	while True:
		k = pick(rnd, [("as listed", 25), ("form", 11), ("case", 5),
			("trading name", 4), ("site added", 7), ("domain", 4),
			("e-mail", 2), ("possessive", 3), ("phonetic", 6),
			("abbreviation", 7), ("initialism", 3), ("truncated", 5),
			("reorder", 3), ("distinctive word", 4), ("former name", 2),
			("group site left off", 2), ("blank", 2)])
		t = real_form(rnd, c, k, custs, taken)
		if t is not None:
			return t, k


def real_form(rnd, c, k, custs, taken):
	if k == "as listed":
		return c.name
	if k == "form":
		return change_form(rnd, c)
	if k == "case":
		n = rnd.choice([c.name, base_name(c)])
		return rnd.choice([n.upper(), n.lower(), n.title()])
	if k == "trading name":
		return c.trading and rnd.choice([c.trading, c.trading.upper(),
			c.trading + " " + rnd.choice(["Ltd", "Pty Ltd"])])
	if k == "site added":
		return site_added(rnd, c)
	if k == "domain":
		return domain_style(rnd, c)
	if k == "e-mail":
		return rnd.choice(["accounts", "info", "admin", "office",
			rnd.choice(FIRST).lower()]) + "@" + c.domain
	if k == "possessive":
		return possessive(rnd, c)
	if k == "phonetic":
		ws = base_name(c).split()
		i = ws.index(c.word) if c.word in ws else 0
		ws[i] = phonetic(rnd, ws[i])
		return " ".join(ws)
	if k == "abbreviation":
		return abbreviate(rnd, c)
	if k == "initialism":
		return initialism(rnd, c)
	if k == "truncated":
		return truncate(rnd, c)
	if k == "reorder":
		return reorder(rnd, c)
	if k == "distinctive word":
		return c.word if len(c.word) >= 4 else None
	if k == "former name":
		return former(rnd, c, custs, taken)
	if k == "group site left off":
		return c.group and rnd.choice([c.group, strip_form(c.group)])
	return ""


# --- impostors ---------------------------------------------------------------

def impostor(rnd, custs, taken):
	"""(typed name, kind, the customer it imitates or None)."""
	while True:
		k = pick(rnd, [("rare word", 35), ("near-homonym", 20),
			("same trade", 15), ("prospect", 15), ("internal", 15)])
		c = rnd.choice(custs)
		country = c.country
		if k == "rare word":
			t = with_form(rnd, c.word + " " + rnd.choice(TRADES)[0], country)[0]
		elif k == "near-homonym":
			w = phonetic(rnd, c.word)
			if w == c.word:
				continue
			t = with_form(rnd, w + " " + rnd.choice(TRADES)[0], country)[0]
		elif k == "same trade":
			other = rnd.choice(SURN + PLACES)
			t = with_form(rnd, other + " " + c.trade, country)[0]
		elif k == "prospect":
			t, c = shape_name(rnd, country)[0], None
		else:
			t, c = rnd.choice(INTERNAL), None
		if k != "internal" and (key_of(t) in taken or key_of(t) == ""):
			continue
		if k != "internal" and rnd.random() < .2:
			t, _ = slips(rnd, t)
		return t, "impostor: " + k, c


# --- machines ----------------------------------------------------------------

def caller(rnd, c):
	if c is None or rnd.random() < .4:
		f = rnd.choice(FIRST)
		name = f + " " + rnd.choice(SURN)
	else:
		name = rnd.choice(c.contacts)["name"]
		f = name.split()[0]
	return pick(rnd, [(name, 6), (f, 2), (f + " - " + rnd.choice(PROBLEMS), 2)])


def real_machine(rnd, c, custs, owner):
	k = pick(rnd, [("known", 70), ("generic", 5), ("unknown", 10),
		("support", 10), ("stale", 1), ("none", 4)])
	if k == "generic" and c.generic:
		return c.generic, "Access"
	if k in ("known", "generic"):
		own = [a["name"] for a in c.assets if owner.get(a["name"].upper()) == 1]
		if own:
			return rnd.choice(own), "Access"
		k = "unknown"
	if k == "unknown":
		return one_machine(rnd, c, rnd.choice(["default", "default", "mac",
			"serial"]), 99), "Access"
	if k == "support":
		return caller(rnd, c), "Support"
	if k == "stale":
		o = rnd.choice(custs)
		if o is not c:
			return rnd.choice(o.assets)["name"], "Access"
	return "", "Support"


def impostor_machine(rnd, c, owner):
	k = pick(rnd, [("unknown", 45), ("generic", 20), ("caller", 15),
		("scheme", 15), ("none", 5)])
	if k == "generic":
		return rnd.choice(GENERIC), "Access"
	if k == "caller":
		return caller(rnd, None), "Support"
	if k == "scheme" and c is not None:
		for n in range(20, 99):
			m = "%s-PC%02d" % (c.prefix, n)
			if m.upper() not in owner:
				return m, "Access"
	if k == "none":
		return "", "Support"
	return "DESKTOP-" + serial(rnd, 7), "Access"


# --- records -----------------------------------------------------------------

def record(n, typed, machine, stype):
	"""A Session as sdc-sc2jsonl writes it from one GetReport row."""
	sid = "b3-%06d" % n
	seg = {"segment_id": sid + "-s1", "start_time_utc":
		"2026-03-%02dT%02d:%02d:00Z" % (1 + n % 28, 8 + n % 9, n % 60),
		"end_time_utc": "2026-03-%02dT%02d:%02d:00Z" % (1 + n % 28,
		9 + n % 9, n % 60), "type": "RemoteConnection", "author": "tech" +
		str(n % 7), "content": "Connected to machine: " + machine,
		"metadata": {"connection_id": "c" + sid, "session_id": "g" + sid,
		"process_type": "Host", "session_type": stype,
		"duration_seconds": 3600, "client_type": "Windows"}}
	return {"meta": {"session_id": sid, "schema_version": "2.0",
		"source_system": "ScreenConnect", "source_identifiers":
		["blind3.csv", "rows/%d" % (n + 2)], "processing_status":
		"Needs Linking", "processing_log": ["sdc-sc2jsonl/0.1"],
		"ingestion_timestamp_utc": "2026-03-29T00:00:00Z",
		"last_updated_timestamp_utc": "2026-03-29T00:00:00Z"},
		"context": {"customer_id": None, "customer_name": typed or None,
		"contact_id": None, "contact_name": None, "links": []},
		"insights": {"session_start_time_utc": seg["start_time_utc"],
		"session_end_time_utc": seg["end_time_utc"],
		"session_duration_minutes": 60, "source_title":
		"ScreenConnect Session for " + seg["author"],
		"llm_generated_title": None, "llm_generated_category": None,
		"generated_summaries": {}, "structured_llm_results": {},
		"user_notes": ""}, "segments": [seg]}


def clean(s):
	return re.sub(r"[\t\r\n]", " ", s)


def main():
	if len(sys.argv) != 5:
		sys.exit("usage: gen-link-blind3.py NCUST NNAMES SEED OUTDIR")
	ncust, nnames, seed, out = int(sys.argv[1]), int(sys.argv[2]), \
		sys.argv[3], sys.argv[4]
	rnd = random.Random("blind3:" + seed)
	custs, taken = build_customers(rnd, ncust)
	owner = {}
	for c in custs:
		for a in c.assets:
			owner[a["name"].upper()] = owner.get(a["name"].upper(), 0) + 1
	cum, total = [], 0
	for c in custs:	# bigger customers call more
		total += len(c.assets)
		cum.append(total)
	rows = []
	for _ in range(nnames):
		if rnd.random() < 0.85:
			c = rnd.choices(custs, cum_weights=cum)[0]
			t, k = typed_real(rnd, c, custs, taken)
			if k not in ("blank", "former name"):
				t2, ns = slips(rnd, t)
				if ns:
					t = t2
					k = ("one slip" if ns == 1 else "two slips") \
						if k == "as listed" else "other+slip"
			m, st = real_machine(rnd, c, custs, owner)
			rows.append((clean(t), str(c.id), k, clean(m), st))
		else:
			t, k, c = impostor(rnd, custs, taken)
			m, st = impostor_machine(rnd, c, owner)
			rows.append((clean(t), "", k, clean(m), st))
	doc = [{"id": c.id, "business_name": c.name, "contacts": c.contacts,
		"assets": c.assets} for c in custs]
	with open(out + "/customers.json", "w") as f:
		json.dump(doc, f, indent=0)
		f.write("\n")
	with open(out + "/names.tsv", "w") as f:
		for r in rows:
			f.write("\t".join(r[:4]) + "\n")
	with open(out + "/sessions.jsonl", "w") as a, \
			open(out + "/sessions-machine.jsonl", "w") as b:
		for n, r in enumerate(rows):
			a.write(json.dumps(record(n, r[0], "", r[4])) + "\n")
			b.write(json.dumps(record(n, r[0], r[3], r[4])) + "\n")


if __name__ == "__main__":
	main()
