#!/usr/bin/python3
# gen-link-blind.py NCUST NNAMES SEED OUTDIR - the blind benchmark for
# sdc-link: written after gen-link.py and gen-link-heldout.py had both been
# used for tuning, and run only to report (RESULTS.md says so).  stdlib.
#
#   OUTDIR/customers.json, names.tsv (guess TAB true id TAB kind TAB
#   machine), sessions.jsonl, sessions-machine.jsonl: as gen-link-heldout.py
#
# Other shapes again: British and Irish trading names (Companies House
# CompanyName style: "LIMITED", "& CO", "(UK)", "T/A", "HOLDINGS",
# "GROUP", place names, "ST."), clinics, schools and charities; guessed
# names typed on a phone or a laptop: letters swapped, a vowel missed or
# doubled, the Shift key held too long, words glued together, the name
# as the customer writes it in an e-mail signature (initialism of the
# first words), the first word or two only when it is long, a cut at a
# ScreenConnect field width.  Impostors: a customer's distinctive word
# with another trade, or another town.  Machines: site code plus role,
# serial-like names, and generic ones many sites share.
import json
import random
import sys

PLACE = ("Aberdeen Ashford Bangor Barnet Bath Belfast Bexley Blackpool "
	"Bolton Bracknell Bray Brighton Bromley Cardiff Carlisle Cheltenham "
	"Chester Clonmel Cork Crawley Croydon Derby Dundee Ealing Enfield "
	"Galway Gloucester Guildford Harrow Hastings Hounslow Ipswich Kendal "
	"Kilkenny Lancaster Leeds Leicester Limerick Luton Maidstone Newry "
	"Norwich Oldham Omagh Paisley Perth Preston Reading Redditch Salford "
	"Sligo Slough Stockport Swansea Swindon Taunton Telford Tralee "
	"Watford Wexford Wigan Woking Worthing Yeovil").split()
FAMILY = ("Ahearn Baird Boyle Brannigan Callaghan Carmody Cassidy Cowan "
	"Dalgleish Devlin Doherty Drummond Egan Fairweather Fennelly Galbraith "
	"Gormley Hadley Hanlon Hegarty Kavanagh Keane Kilbride Lennox Lowther "
	"Macaulay Madigan McAllister McCann McGrath Moran Mulcahy Nolan "
	"Ogilvie Pritchard Quigley Rafferty Redfern Scanlon Sheridan Sweeney "
	"Tierney Trevelyan Urquhart Waddell Whelan Yardley").split()
TRADE = [["Plumbing"], ["Joinery"], ["Scaffolding"], ["Glazing"],
	["Electrical", "Contractors"], ["Dental", "Practice"], ["Opticians"],
	["Veterinary", "Surgery"], ["Physiotherapy"], ["Solicitors"],
	["Chartered", "Accountants"], ["Estate", "Agents"], ["Lettings"],
	["Haulage"], ["Couriers"], ["Garage"], ["Motor", "Services"],
	["Bakery"], ["Butchers"], ["Catering"], ["Print", "Works"],
	["Engineering"], ["Fabrications"], ["Roofing"], ["Landscapes"],
	["Care", "Home"], ["Nursery"], ["Primary", "School"], ["Pharmacy"],
	["Recruitment"], ["IT", "Services"], ["Software"], ["Consultancy"],
	["Architects"], ["Surveyors"], ["Insurance", "Brokers"],
	["Financial", "Planning"], ["Property", "Management"], ["Hotel"],
	["Golf", "Club"], ["Rugby", "Club"], ["Community", "Trust"],
	["Housing", "Association"], ["Medical", "Centre"], ["Health",
	"Centre"], ["Leisure", "Centre"], ["Distribution"], ["Logistics"],
	["Marketing"], ["Design"], ["Security"], ["Cleaning", "Services"]]
ADJ = ("Premier Apex Northern Western Atlantic Celtic Highland Riverside "
	"Castle Abbey Priory Meadow Harbour Crown Anchor Beacon Summit "
	"Oakfield Elmwood Ashgrove Hillside Bridgewater Kingsway").split()
SUFFIX = ["Limited", "Ltd", "LTD.", "Ltd.", "& Co", "& Co.", "(UK) Ltd",
	"Holdings Ltd", "Group Ltd", "LLP", "PLC", "CIC"]
SHORT = {"Limited": "Ltd", "Services": "Servs", "Management": "Mgmt",
	"Engineering": "Eng", "Contractors": "Contr", "Distribution": "Distrib",
	"Association": "Assoc", "Centre": "Ctr", "Property": "Prop",
	"Financial": "Fin", "Insurance": "Ins", "Accountants": "Accts",
	"Consultancy": "Consult", "Recruitment": "Recruit", "Physiotherapy":
	"Physio", "Veterinary": "Vets", "Fabrications": "Fabs", "Saint": "St"}
LEGAL = {"ltd", "limited", "co", "uk", "holdings", "group", "llp", "plc",
	"cic", "the", "and", "of", "t", "a"}
SHARED = ["RECEPTION", "FRONT-DESK", "SERVER01", "ADMIN-PC", "TILL1",
	"KIOSK", "OFFICE"]


def key(name):
	# lower case first: "ST. HADLEY'S" and "St. Hadley's" are one name
	n = name.lower().replace("'s", "").replace("'", "").replace(".", "").replace(
		"&", " and ")
	w = "".join(c.lower() if c.isalnum() else " " for c in n).split()
	return " ".join(sorted(set(x for x in w if x not in LEGAL) or w))


def company(rnd):
	r = rnd.random()
	t = rnd.choice(TRADE)
	if r < 0.3:
		w = [rnd.choice(FAMILY)] + t
	elif r < 0.45:
		w = [rnd.choice(FAMILY), "&", rnd.choice(FAMILY)] + t
	elif r < 0.6:
		w = [rnd.choice(PLACE)] + t
	elif r < 0.75:
		w = [rnd.choice(ADJ)] + t
	elif r < 0.85:
		w = [rnd.choice(ADJ), rnd.choice(PLACE)] + t
	elif r < 0.92:
		w = ["St.", rnd.choice(FAMILY) + "'s"] + t
	else:
		w = [rnd.choice(FAMILY), "Bros"] + t
	if rnd.random() < 0.6:
		w += rnd.choice(SUFFIX).split()
	s = " ".join(w)
	return s.upper() if rnd.random() < 0.35 else s


def slip(rnd, w):
	"""One slip of the fingers in a word of four letters or more."""
	if len(w) < 4:
		return w
	i = rnd.randrange(1, len(w) - 1)
	r = rnd.random()
	vowels = "aeiou"
	if r < 0.3:
		return w[:i] + w[i + 1] + w[i] + w[i + 2:]
	if r < 0.5 and w[i].lower() in vowels:
		return w[:i] + w[i + 1:]
	if r < 0.7:
		return w[:i] + w[i] + w[i:]
	if r < 0.85:
		return w[:i] + rnd.choice(vowels) + w[i + 1:]
	return w[:i].upper() + w[i:] if i <= 2 else w[:i] + w[i + 1:]


def typed(rnd, name, slips):
	w = name.split()
	idx = [i for i, x in enumerate(w) if len(x) >= 4 and
		x.lower().strip(".,()") not in LEGAL]
	for _ in range(slips):
		if idx:
			k = rnd.choice(idx)
			w[k] = slip(rnd, w[k])
	return " ".join(w)


def bare(name):
	w = name.replace("(UK)", "").split()
	while len(w) > 1 and w[-1].lower().strip(".,()&") in LEGAL | {""}:
		w.pop()
	return " ".join(w)


def noisy(rnd, name):
	kinds = ["exact", "case", "suffix", "case+suffix", "reorder", "and",
		"truncated", "typo", "typo+case", "typo+suffix", "abbreviation",
		"two typos", "glued"]
	k = rnd.choices(kinds, [8, 7, 12, 6, 5, 4, 8, 12, 5, 6, 12, 8, 4])[0]
	b = bare(name)
	if k == "exact":
		return name, k
	if k == "case":
		return rnd.choice([name.lower(), name.upper(), name.title()]), k
	if k == "suffix":
		return (b if b != name else b + " " + rnd.choice(["Ltd", "Limited"])), k
	if k == "case+suffix":
		return b.lower(), k
	if k == "reorder":
		w = b.split()
		return (" ".join(w[-1:] + w[:-1]) if len(w) > 1 else None), k
	if k == "and":
		return (name.replace("&", "and") if "&" in name else None), k
	if k == "truncated":
		return (name[:rnd.randint(14, 24)].rstrip() if len(name) > 26 else None), k
	if k == "typo":
		return typed(rnd, name, 1), k
	if k == "typo+case":
		return typed(rnd, name, 1).lower(), k
	if k == "typo+suffix":
		return typed(rnd, b, 1), k
	if k == "two typos":
		return typed(rnd, name, 2), k
	if k == "glued":
		w = b.split()
		if len(w) < 3 or not w[0].isalpha() or not w[1].isalpha():
			return None, k
		return w[0] + w[1].lower() + " " + " ".join(w[2:]), k
	w = b.split()
	short = [SHORT.get(x.strip(",").title(), x) for x in w]
	if short != w and rnd.random() < 0.6:
		return " ".join(short), k
	if len(w) >= 3 and all(x[0].isalpha() for x in w[:2]) and "&" not in w[:2]:
		return (w[0][0] + w[1][0]).upper() + " " + " ".join(w[2:]), k
	return None, k


def impostor(rnd, names):
	w = [x for x in key(rnd.choice(names)).split()]
	r = rnd.random()
	if r < 0.5 and w:
		return max(w, key=len).title() + " " + " ".join(rnd.choice(TRADE))
	if r < 0.75 and len(w) > 1:
		return rnd.choice(PLACE) + " " + " ".join(x.title() for x in w[1:])
	return company(rnd)


def machines(rnd, code):
	out = set()
	for _ in range(rnd.randint(1, 3)):
		r = rnd.random()
		if r < 0.4:
			out.add("%s-%s%d" % (code, rnd.choice(["RECEP", "ADMIN",
				"SURG", "OFFICE", "LT"]), rnd.randint(1, 9)))
		elif r < 0.8:
			out.add("PC-" + "".join(rnd.choice("0123456789ABCDEF")
				for _ in range(6)))
		else:
			out.add(rnd.choice(SHARED))
	return sorted(out)


def session(i, guess, machine):
	seg = [] if machine is None else [{"segment_id": "b%d" % i,
		"start_time_utc": "2025-04-01T09:00:00Z",
		"end_time_utc": "2025-04-01T09:30:00Z", "type": "RemoteConnection",
		"author": "tech", "content": "Connected to machine: " + machine,
		"metadata": {"session_id": "bl-%d" % i}}]
	return {"meta": {"session_id": "b%d" % i, "schema_version": "2.0",
		"source_system": "ScreenConnect", "source_identifiers": [],
		"processing_status": "Needs Linking", "processing_log": [],
		"ingestion_timestamp_utc": "2025-04-01T00:00:00Z",
		"last_updated_timestamp_utc": "2025-04-01T00:00:00Z"},
		"context": {"customer_id": None, "customer_name": guess,
		"contact_id": None, "contact_name": None, "links": []},
		"insights": {}, "segments": seg}


def main():
	ncust, nnames, seed, out = int(sys.argv[1]), int(sys.argv[2]), \
		int(sys.argv[3]), sys.argv[4]
	rnd = random.Random(seed * 104729 + 3)
	names, seen = [], set()
	while len(names) < ncust:
		n = company(rnd)
		if key(n) not in seen:
			seen.add(key(n))
			names.append(n)
	codes = set()
	cust = []
	for i, n in enumerate(names):
		code = "".join(x[0] for x in key(n).upper().split())[:3] + \
			str(rnd.randint(10, 99))
		while code in codes:
			code = code[:-2] + str(rnd.randint(10, 99))
		codes.add(code)
		cust.append({"id": 700000 + i, "business_name": n, "contacts": [],
			"assets": [{"id": (700000 + i) * 10 + k, "name": m}
			for k, m in enumerate(machines(rnd, code))]})
	rows = []
	while len(rows) < nnames:
		if rnd.random() < 0.15:
			g = impostor(rnd, names)
			if key(g) not in seen:
				rows.append((g, "", "impostor", rnd.choice(SHARED +
					["PC-NEW%03d" % rnd.randrange(1000)])))
			continue
		c = rnd.choice(cust)
		g, k = noisy(rnd, c["business_name"])
		if not g or (key(g) != key(c["business_name"]) and key(g) in seen):
			continue
		m = rnd.choice(c["assets"])["name"] if rnd.random() < 0.9 else \
			"PC-NEW%03d" % rnd.randrange(1000)
		rows.append((g, str(c["id"]), k, m))
	with open(out + "/customers.json", "w") as f:
		f.write("[\n" + ",\n".join(json.dumps(c) for c in cust) + "\n]\n")
	with open(out + "/names.tsv", "w") as f:
		f.writelines("%s\t%s\t%s\t%s\n" % r for r in rows)
	for fn, with_m in (("sessions.jsonl", False), ("sessions-machine.jsonl", True)):
		with open(out + "/" + fn, "w") as f:
			for i, r in enumerate(rows):
				f.write(json.dumps(session(i, r[0], r[3] if with_m else None)) + "\n")


if __name__ == "__main__":
	main()
