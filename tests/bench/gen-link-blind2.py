#!/usr/bin/python3
# gen-link-blind2.py NCUST NNAMES SEED OUTDIR - the second held-out
# benchmark for sdc-link (issue #14, session 2).  Written before any tuning
# of that session, sharing no code with gen-link.py, gen-link-heldout.py or
# gen-link-blind.py; run once per configuration to report, never inspected
# name by name while tuning (tests/bench/RESULTS.md says so).  stdlib only.
#
# Writes OUTDIR/customers.json (id, business_name, contacts, assets),
# names.tsv (typed TAB true id or "" TAB noise kind TAB machine),
# sessions.jsonl (no machine) and sessions-machine.jsonl (the machine in
# the first segment's metadata.guest_machine_name, as the ScreenConnect
# fetcher keeps it), and tickets.jsonl: Syncro tickets as sdc-fetch-syncro
# writes them, for the time evidence.
#
# Tickets were added in session 3, when this set had become a tuning set;
# they come from their own random stream, so the names, customers and
# machines are the same as before.  Each session has a start time in a
# 60-day window; half the real sessions have a ticket of their customer
# open around it (opened up to two days before, closed up to three days
# after, one in five still open); and about one ticket per customer over
# the window is background (any customer, any time, open one hour to five
# days), so that about 4% of customers have a ticket open at any time, an
# impostor's look-alike among them by chance.
#
# Name shapes were learnt (not copied) from registries of company names:
# SEC EDGAR's filer names (upper case, "CORP", "INC", "HOLDINGS",
# "BANCORP", "TRUST", state tags such as "/DE/"), US Secretary of State
# registrations (LLC, PLLC, PC, Corporation) and small-business listings
# (family names with "& Sons", "Brothers", "and Associates", place plus
# trade, letter-number names such as "A1", initialisms).  The words below
# were written for this file.
#
# Noise, as a technician types a name into a ScreenConnect session:
# QWERTY neighbour keys, two letters swapped, a letter dropped or doubled,
# the legal form left off or changed, shorthand (Mfg, Svcs, Assoc, Intl,
# Bros, Mgmt, Dept, Ctr, Tech), an initialism of the leading words, only
# the most telling word(s), a cut at a field width, words in another
# order, punctuation lost, no spaces (a hostname-like label).  Impostors:
# businesses that are not customers but share the rarest word of one.
# Machines: per-customer DESKTOP-/LAPTOP- serials, site-prefixed
# workstations, user laptops; impostors connect from generic names owned by
# many customers, from unseen serials, or from a real customer's site
# prefix with a number it does not have.
import json
import random
import sys

SURNAMES = """Abernathy Albrecht Alvarado Amundsen Bancroft Barlowe Beckett
Bergstrom Blackwood Bosworth Brennan Calloway Castellano Chadwick Cheng
Delacroix Desmond Donnelly Dubois Eastwood Ellington Esposito Faulkner
Fitzgerald Forsythe Garrison Gallagher Goldberg Greenfield Halvorsen Hartwell
Hawthorne Hollister Ingram Iversen Jablonski Jaworski Kaminski Kensington
Kowalczyk Lachance Lindqvist Lombardi Mahoney Marchetti Mccormick Montague
Nakamura Novak Okafor Olafsen Pemberton Petrakis Quintero Radcliffe
Rasmussen Rutherford Santangelo Schuyler Sorensen Stratton Takahashi
Thornbury Underhill Vandermeer Villanueva Wainwright Whitcombe Yamamoto
Zielinski Ashby Brandt Crowley Duffy Ewing Fenwick Gordon Hale Irwin Jansen
Keller Lowell Mercer Nash Osborne Pratt Quinn Riley Shaw Tate Vaughn Webb
Young Zimmer""".split()
PLACES = ["Allegheny", "Appalachian", "Bayview", "Bellmont", "Blue Ridge",
	"Brookhaven", "Canyon", "Cascade", "Cedar Creek", "Chesapeake",
	"Clearwater", "Coastal", "Cumberland", "Delta", "Eagle Rock",
	"Fairhaven", "Falls Church", "Foothills", "Gateway", "Glenwood",
	"Granite", "Great Lakes", "Gulfstream", "Harborview", "Heartland",
	"Hudson Valley", "Lakeshore", "Lone Star", "Magnolia", "Mesa",
	"Midwest", "Mohawk", "Northgate", "Ozark", "Pacific Crest", "Palmetto",
	"Piedmont", "Pinecrest", "Prairie", "Redwood", "Riverbend",
	"Rocky Mountain", "Sandhills", "Sawgrass", "Shenandoah", "Sierra",
	"Silver Lake", "Southland", "Suncoast", "Tidewater", "Timberline",
	"Tri County", "Twin Cities", "Valley Forge", "Westlake", "Willamette"]
COINED = """Acuity Altura Benchmark Bluepoint Brightline Cardinal Cobalt
Compass Corvid Crestline Dynamo Evergreen Finch Fortis Halcyon Horizon
Ironclad Keystone Kinetic Lighthouse Lumina Meridian Monarch Nexus Norvel
Onyx Optima Paragon Pinnacle Quantum Radiant Sentinel Solstice Sterling
Stonebridge Trident Trillium Vanguard Vector Veritas Vireo Zenith""".split()
LINES = [
	("Manufacturing",), ("Machine", "Works"), ("Tool", "and", "Die"),
	("Plastics",), ("Metal", "Fabrication"), ("Precision", "Products"),
	("Industries",), ("Construction",), ("Builders",), ("Excavating",),
	("Paving",), ("Heating", "and", "Cooling"), ("Plumbing", "and",
	"Heating"), ("Electric",), ("Roofing", "and", "Siding"),
	("Landscaping",), ("Auto", "Body"), ("Tire", "and", "Auto"),
	("Trucking",), ("Freight", "Lines"), ("Logistics",), ("Distributors",),
	("Supply",), ("Wholesale",), ("Foods",), ("Dairy",), ("Farms",),
	("Orchards",), ("Vineyards",), ("Brewing",), ("Realty",),
	("Properties",), ("Property", "Management"), ("Title",),
	("Mortgage",), ("Bancorp",), ("Savings", "Bank"), ("Credit", "Union"),
	("Insurance", "Agency"), ("Financial", "Services"), ("Wealth",
	"Management"), ("Capital", "Partners"), ("Investment", "Advisors"),
	("Tax", "Service"), ("Accounting",), ("Law", "Group"), ("Legal",
	"Services"), ("Dental",), ("Family", "Dentistry"), ("Orthodontics",),
	("Eye", "Care"), ("Chiropractic",), ("Physical", "Therapy"),
	("Pediatrics",), ("Medical", "Group"), ("Veterinary", "Hospital"),
	("Animal", "Clinic"), ("Home", "Health"), ("Senior", "Living"),
	("Funeral", "Home"), ("Pharmacy",), ("Printing",), ("Signs",),
	("Graphics",), ("Media",), ("Communications",), ("Technologies",),
	("Systems",), ("Software",), ("Solutions",), ("Engineering",),
	("Surveying",), ("Architects",), ("Environmental",), ("Laboratories",),
	("Staffing",), ("Consulting",), ("Marketing",), ("Travel",),
	("Church",), ("Academy",), ("Montessori", "School"), ("Foundation",),
	("Chamber", "of", "Commerce"), ("Country", "Club"), ("Marina",),
	("Hardware",), ("Furniture",), ("Flooring",), ("Cabinets",),
	("Appliance",), ("Equipment", "Rental"), ("Storage",), ("Moving",
	"and", "Storage"), ("Pest", "Control"), ("Janitorial",), ("Security",),
]
FORMS = ["Inc", "Inc.", "INC", "LLC", "L.L.C.", "Corp", "Corp.",
	"Corporation", "Co.", "Company", "PLLC", "P.C.", "LLP", "Ltd",
	"Incorporated", "Group", "Holdings", "Holdings Inc", "Group LLC"]
EDGAR_TAG = ["/DE/", "/NV/", "/MD/", "/NEW/", "/PA/"]
# Shorthand a technician uses; both directions are plausible typing.
SHORTHAND = {"Manufacturing": ["Mfg", "Manuf", "Mfg."], "Services":
	["Svcs", "Svc", "Servs"], "Service": ["Svc"], "Associates": ["Assoc",
	"Assocs"], "International": ["Intl", "Int'l"], "Brothers": ["Bros",
	"Bros."], "Management": ["Mgmt", "Mgt"], "Department": ["Dept"],
	"Center": ["Ctr"], "Technologies": ["Tech", "Technology"],
	"Distributors": ["Dist", "Distrib"], "Construction": ["Const",
	"Constr"], "Engineering": ["Eng", "Engr"], "Properties": ["Props"],
	"Insurance": ["Ins"], "Financial": ["Fin"], "Medical": ["Med"],
	"Veterinary": ["Vet"], "Communications": ["Comms", "Comm"],
	"Laboratories": ["Labs", "Lab"], "Products": ["Prods"], "Equipment":
	["Equip"], "Accounting": ["Acctg"], "Investment": ["Invest"],
	"Company": ["Co"], "Corporation": ["Corp"], "Mountain": ["Mtn"],
	"Saint": ["St"], "North": ["N"], "South": ["S"], "Physical": ["PT"],
	"Heating": ["Htg"], "Cooling": ["Clg"], "Systems": ["Sys"]}
FILLER = {"inc", "llc", "corp", "co", "company", "corporation", "pllc",
	"pc", "llp", "ltd", "incorporated", "group", "holdings", "the", "and",
	"of", "de", "nv", "md", "new", "pa", "l", "c", "p"}
ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def neighbours():
	"""Keys touching each key on a QWERTY board (same row and the rows
	above and below, offset by half a key)."""
	pos = {}
	for r, row in enumerate(ROWS):
		for c, ch in enumerate(row):
			pos[ch] = (r, c + 0.5 * r)
	out = {}
	for a, (ra, ca) in pos.items():
		out[a] = "".join(b for b, (rb, cb) in pos.items() if b != a and
			abs(ra - rb) <= 1 and abs(ca - cb) <= 1.0)
	return out


NEAR = neighbours()


def fingerprint(name):
	"""What makes two names the same business for this benchmark."""
	s = name.lower().replace("&", " and ").replace("'", "")
	s = "".join(ch if ch.isalnum() else " " for ch in s)
	w = [x for x in s.split() if x not in FILLER]
	return " ".join(sorted(w)) if w else s.strip()


def make_name(rnd):
	"""One business name; returns (name, words that carry it)."""
	line = list(rnd.choice(LINES))
	roll = rnd.random()
	if roll < 0.16:
		core = [rnd.choice(SURNAMES)] + line
	elif roll < 0.26:
		a, b = rnd.sample(SURNAMES, 2)
		core = [a, "&", b] if rnd.random() < 0.6 else [a, b, "&",
			rnd.choice(SURNAMES)]
		core += rnd.choice([[], ["Associates"], ["Partners"], line])
	elif roll < 0.34:
		core = [rnd.choice(SURNAMES), rnd.choice(["& Sons", "and Sons",
			"Brothers", "& Daughters", "Family"])] + line
	elif roll < 0.50:
		core = rnd.choice(PLACES).split() + line
	elif roll < 0.64:
		core = [rnd.choice(COINED)] + line
	elif roll < 0.72:
		core = [rnd.choice(COINED), rnd.choice(PLACES)] + line
	elif roll < 0.79:
		letters = "".join(rnd.choice("ABCDEFGHJKLMNPRSTW") for _ in
			range(rnd.choice([2, 3, 3, 4])))
		core = [letters] + line
	elif roll < 0.84:
		core = [rnd.choice(["A1", "A-1", "1st Choice", "First",
			"Premier", "All American", "Tri-State", "24/7"]),
			rnd.choice(COINED + SURNAMES)] + line
	elif roll < 0.90:
		core = ["The", rnd.choice(SURNAMES + COINED)] + list(rnd.choice(
			[("Group",), ("Company",), ("Agency",), ("Collective",)]))
	elif roll < 0.95:
		core = ["Dr.", rnd.choice(SURNAMES)] + line
	else:
		core = [rnd.choice(PLACES), "County"] + line
	if rnd.random() < 0.55 and core[0] != "The":
		core += rnd.choice(FORMS).split()
	name = " ".join(" ".join(core).split())
	if rnd.random() < 0.18:
		name = name.upper()
		if rnd.random() < 0.3:
			name += " " + rnd.choice(EDGAR_TAG)
	return name


# --- the slips of a hurried typist -------------------------------------

def fat_finger(rnd, w):
	i = rnd.randrange(len(w))
	ch = w[i].lower()
	if ch not in NEAR:
		return w
	sub = rnd.choice(NEAR[ch])
	return w[:i] + (sub.upper() if w[i].isupper() else sub) + w[i + 1:]


def swap_two(rnd, w):
	if len(w) < 3:
		return w
	i = rnd.randrange(len(w) - 1)
	return w[:i] + w[i + 1] + w[i] + w[i + 2:]


def drop_one(rnd, w):
	if len(w) < 5:
		return w
	i = rnd.randrange(1, len(w))
	return w[:i] + w[i + 1:]


def double_one(rnd, w):
	i = rnd.randrange(len(w))
	return w[:i + 1] + w[i] + w[i + 1:]


SLIPS = [fat_finger, swap_two, drop_one, double_one]


def slipped(rnd, name, count):
	"""count slips, each in a different long word that is not a form."""
	w = name.split()
	ok = [i for i, x in enumerate(w) if len(x) >= 5 and x.isalpha() and
		x.lower() not in FILLER]
	rnd.shuffle(ok)
	if len(ok) < 1:
		return None
	for i in (ok * 2)[:count]:
		w[i] = rnd.choice(SLIPS)(rnd, w[i])
	out = " ".join(w)
	return out if out != name else None


def no_form(name):
	"""The name without its legal form (and EDGAR's state tag)."""
	w = name.split()
	while len(w) > 1 and w[-1].lower().strip(".,/").replace(".", "") in FILLER:
		w.pop()
	return " ".join(w)


def shorthand(rnd, name):
	w = name.split()
	hits = [i for i, x in enumerate(w) if x.title() in SHORTHAND]
	if not hits:
		return None
	for i in hits:
		if rnd.random() < 0.8:
			w[i] = rnd.choice(SHORTHAND[w[i].title()])
	return " ".join(w)


def initialism(name):
	w = [x for x in no_form(name).split() if x not in ("&", "The")]
	if len(w) < 3:
		return None
	lead = [x for x in w[:-1] if x[0].isalpha()]
	if len(lead) < 2:
		return None
	return "".join(x[0].upper() for x in lead) + " " + w[-1]


def telling(rnd, name):
	"""Only the distinctive word(s): what is left after the trade."""
	w = no_form(name).split()
	if len(w) < 3:
		return None
	return " ".join(w[:rnd.choice([1, 2])])


def noisy(rnd, name):
	"""(typed name, kind) or (None, kind) when the kind does not apply."""
	kinds = {"exact": 6, "case": 6, "form": 10, "neighbour key": 10,
		"swap": 7, "dropped letter": 7, "doubled letter": 4,
		"two slips": 7, "shorthand": 9, "initialism": 6, "telling words": 5,
		"cut": 7, "reorder": 5, "punctuation": 4, "hostname": 4,
		"slip+form": 6}
	k = rnd.choices(list(kinds), list(kinds.values()))[0]
	if k == "exact":
		return name, k
	if k == "case":
		return (name.lower() if rnd.random() < 0.6 else name.title()), k
	if k == "form":
		b = no_form(name)
		if b == name:
			return b + " " + rnd.choice(["LLC", "Inc", "Co"]), k
		return b if rnd.random() < 0.6 else b + " " + rnd.choice(
			["Inc", "LLC", "Corp"]), k
	one = {"neighbour key": fat_finger, "swap": swap_two,
		"dropped letter": drop_one, "doubled letter": double_one}
	if k in one:
		w = name.split()
		ok = [i for i, x in enumerate(w) if len(x) >= 5 and x.isalpha()
			and x.lower() not in FILLER]
		if not ok:
			return None, k
		i = rnd.choice(ok)
		w[i] = one[k](rnd, w[i])
		return " ".join(w), k
	if k == "two slips":
		return slipped(rnd, name, 2), k
	if k == "slip+form":
		s = slipped(rnd, no_form(name), 1)
		return (s.lower() if s and rnd.random() < 0.5 else s), k
	if k == "shorthand":
		return shorthand(rnd, no_form(name) if rnd.random() < 0.5 else
			name), k
	if k == "initialism":
		return initialism(name), k
	if k == "telling words":
		return telling(rnd, name), k
	if k == "cut":
		if len(name) < 22:
			return None, k
		return name[:rnd.randint(15, 20)].rstrip(" &-,."), k
	if k == "reorder":
		w = no_form(name).split()
		if len(w) < 2 or "&" in w:
			return None, k
		j = rnd.randrange(1, len(w))
		return " ".join(w[j:] + w[:j]), k
	if k == "punctuation":
		s = name.replace(".", "").replace(",", "").replace("&", "")
		s = s.replace("-", " ").replace("'", "").replace("/", " ")
		s = " ".join(s.split())
		return (s if s != name else None), k
	w = [x for x in no_form(name).split() if x.isalnum()]
	if len(w) < 2:
		return None, k
	return "".join(w).upper()[:15], k


def impostor(rnd, names, counts):
	"""A business that is not a customer but has the rarest word of one."""
	src = rnd.choice(names)
	w = [x for x in fingerprint(src).split() if len(x) > 2]
	if not w:
		return None
	rare = min(w, key=lambda x: (counts.get(x, 0), -len(x)))
	roll = rnd.random()
	if roll < 0.5:
		other = [x for x in rnd.choice(LINES)]
		return " ".join([rare.title()] + other)
	if roll < 0.8:
		return rnd.choice(PLACES) + " " + rare.title() + " " + \
			rnd.choice(["Inc", "LLC", "Group", "Co"])
	return rare.title() + " " + rnd.choice(SURNAMES) + " " + \
		" ".join(rnd.choice(LINES))


# --- machines -------------------------------------------------------------

GENERIC = ["FRONTDESK", "RECEPTION-PC", "CONFROOM", "SERVER", "DC01",
	"QUICKBOOKS", "SCANNER-PC", "POS1", "SHOP-PC", "ADMIN"]


def serial(rnd, head):
	return head + "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
		for _ in range(7))


def site_prefix(name, rnd):
	w = [x for x in fingerprint(name).upper().split() if x.isalnum()]
	p = "".join(x[:2] for x in w[:2])[:4] or "SITE"
	return p + str(rnd.randint(1, 9))


def own_machines(rnd, prefix):
	out = []
	for _ in range(rnd.choice([1, 2, 2, 3, 4])):
		roll = rnd.random()
		if roll < 0.35:
			out.append(serial(rnd, rnd.choice(["DESKTOP-", "LAPTOP-"])))
		elif roll < 0.7:
			out.append("%s-WS%02d" % (prefix, rnd.randint(1, 30)))
		elif roll < 0.9:
			out.append(rnd.choice("ABCDEFGHJKLMNPRSTW") +
				rnd.choice(SURNAMES).upper()[:7] + "-LT")
		else:
			out.append(rnd.choice(GENERIC))
	return sorted(set(out))


# --- records ----------------------------------------------------------------

def iso(ms):
	import datetime
	return datetime.datetime.fromtimestamp(ms / 1000, datetime.timezone.utc
		).strftime("%Y-%m-%dT%H:%M:%SZ")


def record(n, typed, machine, when):
	segs = []
	if machine:
		segs.append({"segment_id": "s2b-%d-1" % n, "type":
			"RemoteConnection", "author": "tech",
			"start_time_utc": "2026-02-03T14:00:00Z",
			"end_time_utc": "2026-02-03T14:20:00Z",
			"content": "Remote session",
			"metadata": {"guest_machine_name": machine,
			"session_id": "s2b-sess-%d" % n}})
	return {"meta": {"session_id": "s2b-%d" % n, "schema_version": "2.0",
		"source_system": "ScreenConnect", "source_identifiers": [],
		"processing_status": "Needs Linking", "processing_log": [],
		"ingestion_timestamp_utc": "2026-02-03T15:00:00Z",
		"last_updated_timestamp_utc": "2026-02-03T15:00:00Z"},
		"context": {"customer_id": None, "customer_name": typed,
		"contact_id": None, "contact_name": None, "links": []},
		"insights": {"session_start_time_utc": iso(when)}, "segments": segs}


T0 = 1767225600000	# 2026-01-01T00:00:00Z
HOUR = 3600 * 1000


def ticket(n, cid, name, start, end, status):
	return {"meta": {"session_id": "s2b-t-%d" % n, "schema_version": "2.0",
		"source_system": "SyncroRMM", "source_identifiers":
		["/tickets/%d" % (700000 + n)], "processing_status": "Linked",
		"processing_log": []}, "context": {"customer_id": cid,
		"customer_name": name, "contact_id": None, "contact_name": None,
		"links": []}, "insights": {"session_start_time_utc": iso(start),
		"session_end_time_utc": iso(end), "source_title": "Ticket %d" % n},
		"segments": [{"segment_id": "s2b-t-%d-1" % n, "type":
		"TicketCreation", "author": "tech", "start_time_utc": iso(start),
		"end_time_utc": iso(start), "content": "Ticket %d" % n,
		"metadata": {"number": n, "status": status}}]}


def tickets(seed, custs, rows):
	"""Session times and the tickets around them (their own stream)."""
	rnd = random.Random("blind2-tickets:%d" % seed)
	when = [T0 + rnd.randrange(60 * 24) * HOUR + rnd.randrange(HOUR)
		for _ in rows]
	byid = {c["id"]: c["business_name"] for c in custs}
	out = []
	for r, t in zip(rows, when):
		if r[1] and rnd.random() < 0.5:
			a = t - rnd.randrange(48 * HOUR)
			b = t + rnd.randrange(72 * HOUR)
			st = "In Progress" if rnd.random() < 0.2 else "Resolved"
			out.append((int(r[1]), a, b, st))
	for _ in range(len(custs)):
		c = rnd.choice(custs)
		a = T0 + rnd.randrange(60 * 24 * HOUR)
		b = a + HOUR + rnd.randrange(5 * 24 * HOUR)
		out.append((c["id"], a, b, "Resolved"))
	rnd.shuffle(out)
	return when, [ticket(n, cid, byid[cid], a, b, st)
		for n, (cid, a, b, st) in enumerate(out)]


def build_customers(rnd, ncust):
	taken, custs = set(), []
	while len(custs) < ncust:
		nm = make_name(rnd)
		fp = fingerprint(nm)
		if fp in taken:
			continue
		taken.add(fp)
		cid = 910000 + len(custs)
		ms = own_machines(rnd, site_prefix(nm, rnd))
		custs.append({"id": cid, "business_name": nm, "contacts": [],
			"assets": [{"id": cid * 8 + j, "name": m}
			for j, m in enumerate(ms)]})
	return custs, taken


def impostor_machine(rnd, custs, owned):
	roll = rnd.random()
	if roll < 0.4:
		return rnd.choice(GENERIC)
	if roll < 0.7:
		return serial(rnd, "DESKTOP-")
	# a real customer's site prefix with a number it does not have
	c = rnd.choice(custs)
	pre = [a["name"].split("-WS")[0] for a in c["assets"] if "-WS" in a["name"]]
	if not pre:
		return serial(rnd, "LAPTOP-")
	for _ in range(20):
		m = "%s-WS%02d" % (pre[0], rnd.randint(31, 99))
		if m not in owned:
			return m
	return serial(rnd, "LAPTOP-")


def real_machine(rnd, c):
	roll = rnd.random()
	if roll < 0.85:
		return rnd.choice(c["assets"])["name"]
	if roll < 0.95:
		return serial(rnd, "DESKTOP-")
	return rnd.choice(GENERIC)


def main():
	ncust, nnames, seed, out = int(sys.argv[1]), int(sys.argv[2]), \
		int(sys.argv[3]), sys.argv[4]
	rnd = random.Random("blind2:%d" % seed)
	custs, taken = build_customers(rnd, ncust)
	names = [c["business_name"] for c in custs]
	counts = {}
	for nm in names:
		for x in set(fingerprint(nm).split()):
			counts[x] = counts.get(x, 0) + 1
	fsets = [set(fingerprint(nm).split()) for nm in names]
	owned = {a["name"] for c in custs for a in c["assets"]}
	rows = []
	while len(rows) < nnames:
		if rnd.random() < 0.14:
			g = impostor(rnd, names, counts)
			if g and fingerprint(g) not in taken:
				rows.append((g, "", "impostor",
					impostor_machine(rnd, custs, owned)))
			continue
		c = rnd.choice(custs)
		g, k = noisy(rnd, c["business_name"])
		if not g or not g.strip():
			continue
		fp = fingerprint(g)
		if fp != fingerprint(c["business_name"]) and fp in taken:
			continue	# the noise made another customer's name
		if k == "telling words" and sum(1 for f in fsets if
				set(fp.split()) <= f) > 1:
			continue	# those words name several customers
		rows.append((g, str(c["id"]), k, real_machine(rnd, c)))
	with open(out + "/customers.json", "w") as f:
		json.dump(custs, f, indent=0)
		f.write("\n")
	with open(out + "/names.tsv", "w") as f:
		for r in rows:
			f.write("\t".join(r) + "\n")
	when, tks = tickets(seed, custs, rows)
	with open(out + "/sessions.jsonl", "w") as a, \
			open(out + "/sessions-machine.jsonl", "w") as b:
		for n, r in enumerate(rows):
			a.write(json.dumps(record(n, r[0], None, when[n])) + "\n")
			b.write(json.dumps(record(n, r[0], r[3], when[n])) + "\n")
	with open(out + "/tickets.jsonl", "w") as f:
		for t in tks:
			f.write(json.dumps(t) + "\n")


if __name__ == "__main__":
	main()
