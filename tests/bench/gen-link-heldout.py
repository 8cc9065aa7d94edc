#!/usr/bin/python3
# gen-link-heldout.py NCUST NNAMES SEED OUTDIR - the held-out benchmark for
# sdc-link: written before any tuning of the name evidence, and never
# tuned on (tuning uses gen-link.py; see RESULTS.md).  stdlib only.
#
#   OUTDIR/customers.json        link cache with contacts and assets
#   OUTDIR/names.tsv             guess TAB true id ("" = none) TAB noise kind
#                                TAB machine name
#   OUTDIR/sessions.jsonl        one Needs Linking session per name, no machine
#   OUTDIR/sessions-machine.jsonl  the same, each naming its machine
#
# Its shapes differ from gen-link.py on purpose.  Customer names look like
# registered small businesses (the shapes of the New Jersey business-name
# seed list in newjersey/navigator.business.nj.gov and of Companies House
# CompanyName fields described in mrbrianevans/ch-guide): surnames with
# trades, possessives, "& Sons", "of <town>", street numbers, partners
# "A & B", doctors' practices, upper-case registrations.  Guessed names are
# what a technician types: keyboard-model typos (neighbouring keys,
# doubled and dropped letters, swaps), the abbreviations of business
# writing (Mgmt, Svcs, Assoc, Intl, Ctr...), acronyms of the first words,
# names cut off at a field width.  Impostors share a customer's rarest word.
# Machines are drawn per customer; some names (FRONTDESK, RECEPTION-PC)
# are shared by many customers and so prove nothing.
import json
import random
import sys

SURNAME = ("Abbott Acosta Alvarez Ashworth Barlow Becker Bennett Blackwell "
	"Bowman Brennan Calloway Carmichael Castillo Chambers Coleman Conway "
	"Crawford Delgado Dempsey Donovan Dunbar Ellison Emerson Fairbanks "
	"Farrell Fitzgerald Fleming Forsythe Galloway Garrison Gillespie "
	"Goldberg Granger Hargrove Hartman Hawkins Holloway Hutchins Ingram "
	"Jacobson Jennings Kaplan Kendrick Kowalski Lambert Langford Larkin "
	"Lockhart Maddox Malone Mercer Merriweather Monroe Mulligan Nakamura "
	"Novak Oconnell Okafor Pacheco Pemberton Pendleton Quinlan Ramsey "
	"Redmond Riordan Rutherford Salazar Schneider Shapiro Sinclair "
	"Stafford Stanton Sullivan Tanaka Thornton Underwood Valentine "
	"Vasquez Wainwright Whitaker Whitfield Winslow Yamamoto Zimmerman "
	"Brooks Carter Dixon Ellis Foster Graham Hughes Kelly Morgan Porter "
	"Reed Russell Sanders Wallace Warren Webb Wells Wood").split()
TOWN = ("Morristown Bordentown Vineland Hoboken Paramus Princeton Trenton "
	"Camden Edison Clifton Passaic Lakewood Toms River Cherry Hill "
	"Red Bank Montclair Westfield Summit Ridgewood Hackensack Freehold "
	"Somerville Flemington Millburn Maplewood Rahway Linden Union Bayonne "
	"Secaucus Wayne Parsippany Denville Madison Chatham Cranford Metuchen "
	"Haddonfield Moorestown Marlton Medford Mount Laurel Glassboro").split()
TRADE = [("Plumbing", "Heating"), ("Dental", "Associates"), ("Family",
	"Dentistry"), ("Orthodontics",), ("Pediatrics",), ("Physical",
	"Therapy"), ("Chiropractic", "Center"), ("Animal", "Hospital"),
	("Veterinary", "Clinic"), ("Law", "Offices"), ("Accounting",
	"Services"), ("Tax", "Services"), ("Insurance", "Agency"), ("Realty",),
	("Property", "Management"), ("Construction",), ("Roofing",
	"Contractors"), ("Landscaping",), ("Electric",), ("Auto", "Repair"),
	("Auto", "Body"), ("Towing",), ("Funeral", "Home"), ("Pharmacy",),
	("Bakery",), ("Pizzeria",), ("Deli",), ("Catering",), ("Printing",),
	("Signs",), ("Florist",), ("Hardware",), ("Lumber", "Supply"),
	("Marine", "Supply"), ("Engineering",), ("Architects",),
	("Surveying",), ("Consulting", "Group"), ("Staffing", "Services"),
	("Financial", "Advisors"), ("Wealth", "Management"), ("Title",
	"Agency"), ("Medical", "Associates"), ("Eye", "Care"), ("Hearing",
	"Center"), ("Dance", "Studio"), ("Martial", "Arts"), ("Day", "Care"),
	("Montessori", "School"), ("Bookkeeping", "Services"), ("Travel",
	"Agency"), ("Moving", "Storage"), ("Cleaning", "Services"),
	("Pest", "Control"), ("Pool", "Service"), ("Heating", "Cooling"),
	("Mechanical",), ("Distributors",), ("Manufacturing",),
	("International",), ("Technologies",), ("Communications",),
	("Development", "Corporation"), ("Holdings",), ("Enterprises",),
	("Brothers",), ("Imports",)]
ADJ = ("Allied Premier Superior Quality Reliable Precision Coastal "
	"Liberty Heritage Garden State Shore Tri County Central Jersey "
	"Northeast Atlantic Eagle Pinnacle Keystone Golden Harmony "
	"Evergreen Sunrise Hometown Neighborhood Lakeside Bayview").split()
GIVEN = ("Barb Tony Sal Vinnie Maria Joe Linda Rick Debbie Frank Carmen "
	"Gus Nick Rosa Walt Angela Ray Donna Vic Sue").split()
SUFFIX = ["LLC", "L.L.C.", "Inc.", "Inc", "INC.", "Corp.", "Co.", "Ltd",
	"LLP", "P.C.", "PA", "DDS", "CPA", "Limited Liability Company",
	"Corporation", "Incorporated", "Company"]
# Contractions of business writing, as typed (the reverse is what a
# reader expands): every one seen in registered names and trade listings.
SHORT = {"Management": ["Mgmt", "Mgt"], "Services": ["Svcs", "Svc"],
	"Associates": ["Assoc", "Assocs"], "International": ["Intl"],
	"Center": ["Ctr"], "Distributors": ["Dist", "Distrib"],
	"Manufacturing": ["Mfg"], "Brothers": ["Bros"], "Medical": ["Med"],
	"Construction": ["Constr", "Const"], "Engineering": ["Eng", "Engr"],
	"Accounting": ["Acctg"], "Development": ["Dev"], "Holdings":
	["Hldgs"], "Technologies": ["Tech"], "Communications": ["Comm",
	"Comms"], "Enterprises": ["Ent"], "Insurance": ["Ins"],
	"Financial": ["Fin"], "Therapy": ["Ther"], "Veterinary": ["Vet"],
	"Hospital": ["Hosp"], "Property": ["Prop"], "Agency": ["Agcy"],
	"Supply": ["Sup"], "Chiropractic": ["Chiro"], "Orthodontics":
	["Ortho"], "Pediatrics": ["Peds"], "Consulting": ["Consult"],
	"Company": ["Co"], "Heating": ["Htg"], "Cooling": ["Clg"]}
SHARED_MACHINES = ["FRONTDESK", "RECEPTION-PC", "OFFICE-PC", "SERVER",
	"QB-SERVER", "MANAGER-PC", "LAPTOP1", "DC01"]
LEGAL = {"llc", "inc", "corp", "co", "ltd", "llp", "pc", "pa", "dds", "cpa",
	"limited", "liability", "company", "corporation", "incorporated",
	"the", "l", "c", "p"}

KEYS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
NEAR = {}
for r, row in enumerate(KEYS):
	for i, ch in enumerate(row):
		n = set()
		for dr in (-1, 0, 1):
			if 0 <= r + dr < 3:
				for dc in (-1, 0, 1):
					j = i + dc - (dr if dr > 0 else 0)
					if 0 <= j < len(KEYS[r + dr]) and (dr, dc) != (0, 0):
						n.add(KEYS[r + dr][j])
		NEAR[ch] = sorted(n)


def key(name):
	w = "".join(c.lower() if c.isalnum() else " "
		for c in name.replace(".", "").replace("'s", "").replace("'S", "")
		.replace("'", "").replace("&", " and ")).split()
	# "Hearing Center of Lakewood" is "Lakewood Hearing Center" to
	# any reader: an impostor must differ by more than "of"
	w = [x for x in w if x not in LEGAL and x != "of"] or w
	return " ".join(sorted(set(w)))


def business(rnd):
	r = rnd.random()
	trade = list(rnd.choice(TRADE))
	s = rnd.choice(SURNAME)
	if r < 0.25:
		w = [s] + trade
	elif r < 0.37:
		w = [s, "&", rnd.choice(SURNAME)] + trade
	elif r < 0.47:
		w = [rnd.choice(GIVEN) + "'s"] + trade
	elif r < 0.57:
		w = trade + ["of", rnd.choice(TOWN)]
	elif r < 0.72:
		w = [rnd.choice(ADJ)] + trade
	elif r < 0.80:
		w = [rnd.choice(TOWN)] + trade
	elif r < 0.86:
		w = [s, "&", "Sons"] + trade[:1]
	elif r < 0.91:
		w = [str(rnd.randint(10, 2999)), rnd.choice(SURNAME), "Street"]
	elif r < 0.95:
		w = ["Dr.", rnd.choice(GIVEN), s] + ["DDS" if rnd.random() < .5 else "MD"]
	else:
		w = [rnd.choice(ADJ), rnd.choice(TOWN)] + trade
	if rnd.random() < 0.55:
		w[-1] += ","
		w.append(rnd.choice(SUFFIX))
	name = " ".join(w).replace(",,", ",")
	if rnd.random() < 0.2:
		name = name.upper()
	return name.replace(" ,", ",")


def customers(n, rnd):
	out, seen = [], set()
	while len(out) < n:
		nm = business(rnd)
		if key(nm) in seen:
			continue
		seen.add(key(nm))
		out.append(nm)
	return out


def typo(rnd, w):
	idx = [i for i, c in enumerate(w) if c.isalpha()]
	if len(idx) < 3:
		return w
	i = rnd.choice(idx[1:])
	c = w[i].lower()
	op = rnd.random()
	if op < 0.4 and c in NEAR:	# a neighbouring key
		ch = rnd.choice(NEAR[c])
		return w[:i] + (ch.upper() if w[i].isupper() else ch) + w[i + 1:]
	if op < 0.6:	# a dropped letter
		return w[:i] + w[i + 1:]
	if op < 0.8:	# a doubled letter
		return w[:i] + w[i] + w[i:]
	if i + 1 < len(w) and w[i + 1].isalpha():	# two swapped
		return w[:i] + w[i + 1] + w[i] + w[i + 2:]
	return w[:i] + w[i + 1:]


def words_typo(rnd, name, n):
	w = name.split()
	cand = [i for i, x in enumerate(w) if len(x) >= 4 and x.lower().strip(".,") not in LEGAL]
	if not cand:
		return name
	for _ in range(n):
		k = rnd.choice(cand)
		w[k] = typo(rnd, w[k])
	return " ".join(w)


def strip_suffix(name):
	w = name.replace(",", "").split()
	while len(w) > 1 and w[-1].lower().strip(".") in LEGAL:
		w.pop()
	return " ".join(w)


def change_suffix(rnd, name):
	base = strip_suffix(name)
	return base if base != name.replace(",", "") and rnd.random() < 0.5 \
		else base + rnd.choice([" LLC", ", Inc.", " Inc", " Co."])


def abbreviate(rnd, name):
	base = strip_suffix(name)
	w = base.split()
	cut = [i for i, x in enumerate(w) if x.title().strip(",") in SHORT]
	r = rnd.random()
	if cut and r < 0.6:
		for i in cut:
			w[i] = rnd.choice(SHORT[w[i].title().strip(",")])
		return " ".join(w)
	# an acronym of the first two or three words, the rest kept
	k = 3 if len(w) >= 4 and rnd.random() < 0.4 else 2
	if len(w) > k and all(x[0].isalpha() for x in w[:k]) and "&" not in w[:k]:
		return "".join(x[0].upper() for x in w[:k]) + " " + " ".join(w[k:])
	return None


def noisy(rnd, name):
	kinds = ["exact", "case", "suffix", "case+suffix", "reorder", "and",
		"truncated", "typo", "typo+case", "typo+suffix", "abbreviation",
		"two typos"]
	weights = [8, 8, 10, 6, 6, 4, 8, 12, 5, 5, 14, 8]
	kind = rnd.choices(kinds, weights)[0]
	if kind == "exact":
		return name, kind
	if kind == "case":
		return (name.lower() if rnd.random() < 0.6 else name.upper()), kind
	if kind == "suffix":
		return change_suffix(rnd, name), kind
	if kind == "case+suffix":
		return change_suffix(rnd, name).lower(), kind
	if kind == "reorder":
		w = strip_suffix(name).split()
		if len(w) < 2:
			return None, kind
		return " ".join(w[1:] + w[:1]), kind
	if kind == "and":
		if "&" in name:
			return name.replace("&", "and"), kind
		if " and " in name.lower():
			return name.replace(" and ", " & "), kind
		return None, kind
	if kind == "truncated":
		base = name.replace(",", "")
		if len(base) < 16:
			return None, kind
		return base[:rnd.randint(12, min(22, len(base) - 3))].rstrip(), kind
	if kind == "typo":
		return words_typo(rnd, name, 1), kind
	if kind == "typo+case":
		return words_typo(rnd, name, 1).lower(), kind
	if kind == "typo+suffix":
		return words_typo(rnd, change_suffix(rnd, name), 1), kind
	if kind == "two typos":
		return words_typo(rnd, name, 2), kind
	return abbreviate(rnd, name), kind


def rarest_word(names, name):
	df = {}
	for nm in names:
		for w in set(key(nm).split()):
			df[w] = df.get(w, 0) + 1
	return df


def impostor(rnd, names, df):
	name = rnd.choice(names)
	w = [x for x in key(name).split() if x not in LEGAL]
	r = rnd.random()
	if not w:
		return business(rnd)
	rare = min(w, key=lambda x: df.get(x, 0))
	if r < 0.45:	# the rare word with another trade
		return rare.title() + " " + " ".join(rnd.choice(TRADE))
	if r < 0.7 and len(w) > 1:	# only the rare word, or it and one more
		return rare.title() if rnd.random() < 0.5 else \
			rare.title() + " " + rnd.choice(ADJ)
	return business(rnd)


def machines(rnd, cid, name):
	w = [x for x in key(name).split() if x not in LEGAL and x.isalpha()]
	pre = (w[0][:6] if w else "PC").upper()
	out = []
	for _ in range(rnd.randint(1, 4)):
		r = rnd.random()
		if r < 0.35:
			out.append("DESKTOP-" + "".join(rnd.choice(
				"ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7)))
		elif r < 0.7:
			out.append("%s-%s%02d" % (pre, rnd.choice(["PC", "WS", "LT",
				"FD", "DR"]), rnd.randint(1, 12)))
		elif r < 0.85:
			out.append(rnd.choice(GIVEN).upper() + "-LAPTOP")
		else:
			out.append(rnd.choice(SHARED_MACHINES))
	return sorted(set(out))


def session(i, guess, machine):
	seg = []
	if machine:
		seg = [{"segment_id": "g%d" % i, "start_time_utc": "2025-03-01T10:00:00Z",
			"end_time_utc": "2025-03-01T10:20:00Z", "type": "RemoteConnection",
			"author": "tech", "content": "Connected to machine: " + machine,
			"metadata": {"session_id": "sc-%d" % i}}]
	return {"meta": {"session_id": "h%d" % i, "schema_version": "2.0",
		"source_system": "ScreenConnect", "source_identifiers": [],
		"processing_status": "Needs Linking", "processing_log": [],
		"ingestion_timestamp_utc": "2025-03-01T00:00:00Z",
		"last_updated_timestamp_utc": "2025-03-01T00:00:00Z"},
		"context": {"customer_id": None, "customer_name": guess,
		"contact_id": None, "contact_name": None, "links": []},
		"insights": {"session_start_time_utc": "2025-03-01T10:00:00Z",
		"session_end_time_utc": "2025-03-01T10:20:00Z"}, "segments": seg}


def main():
	ncust, nnames, seed, out = int(sys.argv[1]), int(sys.argv[2]), \
		int(sys.argv[3]), sys.argv[4]
	rnd = random.Random(seed * 7919 + 17)
	names = customers(ncust, rnd)
	cust = []
	for i, nm in enumerate(names):
		cid = 500000 + i
		cust.append({"id": cid, "business_name": nm, "contacts": [],
			"assets": [{"id": cid * 10 + k, "name": m} for k, m in
			enumerate(machines(rnd, cid, nm))]})
	owners = {}
	for c in cust:
		for a in c["assets"]:
			owners.setdefault(a["name"], set()).add(c["id"])
	known = {key(n) for n in names}
	df = rarest_word(names, None)
	rows = []
	while len(rows) < nnames:
		if rnd.random() < 0.15:
			g = impostor(rnd, names, df)
			if key(g) in known:
				continue
			m = rnd.choice(SHARED_MACHINES) if rnd.random() < 0.3 else \
				"DESKTOP-" + "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
				for _ in range(7))
			rows.append((g, "", "impostor", m))
			continue
		c = rnd.choice(cust)
		g, kind = noisy(rnd, c["business_name"])
		if not g or key(g) != key(c["business_name"]) and key(g) in known:
			continue
		if rnd.random() < 0.88:	# a machine Syncro knows
			m = rnd.choice(c["assets"])["name"]
		else:	# a new machine, not yet in Syncro
			m = "DESKTOP-" + "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
				for _ in range(7))
		rows.append((g, str(c["id"]), kind, m))
	with open(out + "/customers.json", "w") as f:
		f.write("[\n" + ",\n".join(json.dumps(c) for c in cust) + "\n]\n")
	with open(out + "/names.tsv", "w") as f:
		f.writelines("%s\t%s\t%s\t%s\n" % r for r in rows)
	with open(out + "/sessions.jsonl", "w") as f:
		for i, r in enumerate(rows):
			f.write(json.dumps(session(i, r[0], None)) + "\n")
	with open(out + "/sessions-machine.jsonl", "w") as f:
		for i, r in enumerate(rows):
			f.write(json.dumps(session(i, r[0], r[3])) + "\n")


if __name__ == "__main__":
	main()
