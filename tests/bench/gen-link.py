#!/usr/bin/python3
# gen-link.py NCUST NNAMES SEED OUTDIR - a customer list and noisy guessed
# names with ground truth for bench-link.sh (stdlib only).
#
#   OUTDIR/customers.json   link-cache format: [{id, business_name, contacts}]
#   OUTDIR/names.tsv        guessed name TAB true customer id ("" = none)
#   OUTDIR/sessions.jsonl   one Needs Linking session per guessed name
#
# Customers look like an MSP's: firms with industry words and legal
# suffixes, families of near-duplicates ("Wellness Partners East/West"),
# people, a few exact duplicates.  Names carry the noise seen in real
# inputs: typos, dropped or abbreviated suffixes, reordering, & / and,
# initials, case and punctuation; ~15% are not customers at all, many of
# them a subset or near-copy of a real customer's name.
import json
import random
import sys

FIRST = ("Acme Apex Summit Keystone Horizon Granite Crimson Verdant Zenith "
	"Premier Global Oakwood Momentum Precision Innovatech Sterling Harbor "
	"Blue Ridge Silver Lake Pine Cedar Maple River Stone Bright Clear North "
	"South Eagle Falcon Liberty Pioneer Frontier Heritage Legacy Unity "
	"Vertex Pinnacle Beacon Anchor Compass Atlas Orion Nova Quantum Vector "
	"Nexus Matrix Cobalt Copper Iron Golden Evergreen Redwood Willow Aspen "
	"Birch Elm Hawthorne Lakeside Riverside Hillcrest Brookside Fairview "
	"Greenfield Westfield Eastgate Northgate Kingston Lancaster Windsor "
	"Camden Dover Bristol Sheffield Ashford Bedford Chester Durham Exeter "
	"Hampton Preston Royal Regal Crown Empire Metro Urban Coastal Alpine "
	"Prairie Desert Canyon Mesa Sierra Cascade Tidewater Bayside "
	"Seaside Sunrise Sunset Midway Central Capital Union Federal National "
	"American Pacific Atlantic Midwest Southern Northern Eastern Western "
	"HealthGroup TechWorks DataLink NetCore CloudNine BioGen MediCare "
	"AgriCorp FinServ LawPoint EduNet").split()
INDUSTRY = ("Dental Medical Pediatrics Wellness Health Clinic Surgical Legal "
	"Law Financial Capital Advisors Accounting Insurance Realty Properties "
	"Homes Construction Builders Roofing Plumbing Electric Motors Auto "
	"Logistics Freight Transport Farms Ranch Foods Bakery Cafe Restaurant "
	"Brewing Consulting Solutions Services Systems Technologies Software "
	"Networks Security Design Media Marketing Printing Studios Fitness "
	"Veterinary Pharmacy Optometry Chiropractic Therapy Counseling "
	"Education Academy Church Ministries Foundation Partners Associates "
	"Group Holdings Industries Manufacturing Supply Distributors Imports "
	"Trading Ventures Energy Solar Water Environmental Labs Research").split()
REGION = "East West North South Metro Central Downtown Uptown Valley".split()
SUFFIX = ["Inc", "Inc.", "LLC", "L.L.C.", "Ltd", "Corp", "Corporation",
	"Co", "Company", "PLLC", "PC", "Incorporated"]
GIVEN = ("Marcus Isabella Adrian Oscar Fiona Sofia Nora Diana Liam Eleanor "
	"James Mary Robert Patricia John Jennifer Michael Linda David Susan "
	"William Karen Richard Lisa Joseph Nancy Thomas Betty Daniel Sandra "
	"Matthew Ashley Anthony Emily Mark Donna Steven Michelle Paul Carol "
	"Andrew Amanda Joshua Melissa Kevin Deborah Brian Stephanie").split()
FAMILY = ("Reynolds Rossi Chen Navarro Gallagher Petrova Hayes Prince "
	"Sterling Vance Smith Johnson Williams Brown Jones Garcia Miller Davis "
	"Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas "
	"Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez "
	"Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott "
	"Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera").split()
ABBREV = {"Incorporated": "Inc", "Corporation": "Corp", "Company": "Co",
	"Limited": "Ltd"}


DROP = {"the", "inc", "incorporated", "llc", "ltd", "limited", "corp",
	"corporation", "co", "company", "pllc", "pc", "gmbh"}


def key(name):
	# Roughly sdc's normalisation: two customers (or a customer and a
	# "stranger") with the same key are the same business to any reader,
	# so the ground truth must not tell them apart.
	w = "".join(c.lower() if c.isalnum() else " "
		for c in name.replace(".", "").replace("&", " and ")).split()
	w = [x for x in w if x not in DROP] or w
	return " ".join(sorted(set(w)))


def firm(rnd):
	r = rnd.random()
	words = [rnd.choice(FIRST)]
	if r < 0.3:
		words.append(rnd.choice(FIRST))
	words.append(rnd.choice(INDUSTRY))
	if rnd.random() < 0.3:
		words.append(rnd.choice(INDUSTRY))
	if rnd.random() < 0.08:
		words.insert(0, "The")
	if rnd.random() < 0.35:
		words.append(rnd.choice(SUFFIX))
	name = " ".join(words)
	if rnd.random() < 0.05:
		name = name.replace(" and ", " & ")
	return name


def customers(n, rnd):
	out, seen = [], set()
	while len(out) < n:
		r = rnd.random()
		if r < 0.12:	# a family: "X Wellness Partners East/West/..."
			base = rnd.choice(FIRST) + " " + rnd.choice(INDUSTRY)
			names = [base + " " + g for g in rnd.sample(REGION, rnd.randint(2, 4))]
		elif r < 0.25:
			names = [rnd.choice(GIVEN) + " " + rnd.choice(FAMILY)]
		else:
			names = [firm(rnd)]
		for nm in names:
			if key(nm) in seen or len(out) >= n:
				continue
			seen.add(key(nm))
			out.append(nm)
	out[rnd.randrange(n)] = "(empty)"
	out[rnd.randrange(n)] = "(empty)"
	return [{"id": 100000 + i, "business_name": nm, "contacts": []}
		for i, nm in enumerate(out)]


def typo(rnd, w):
	if len(w) < 4:
		return w
	i = rnd.randrange(1, len(w) - 1)
	op = rnd.randrange(3)
	if op == 0:
		return w[:i] + w[i + 1:]
	if op == 1:
		return w[:i] + w[i + 1] + w[i] + w[i + 2:]
	return w[:i] + rnd.choice("aeiou") + w[i + 1:]


def noisy(rnd, name):
	w = name.split()
	op = rnd.randrange(8)
	if op == 0:	# typo in the longest word
		k = max(range(len(w)), key=lambda i: len(w[i]))
		w[k] = typo(rnd, w[k])
	elif op == 1 and w[-1].rstrip(".") in [s.rstrip(".") for s in SUFFIX]:
		w.pop()
	elif op == 1:
		w.append(rnd.choice(["Inc", "LLC", "Ltd."]))
	elif op == 2:
		w = [ABBREV.get(x, x) for x in w]
		if w[0] == "The":
			w.pop(0)
	elif op == 3 and len(w) > 1:
		rnd.shuffle(w)
	elif op == 4:
		w = " ".join(w).replace("&", "and").split() if "&" in w else \
			[("&" if x == "and" else x) for x in w]
	elif op == 5 and len(w) >= 3:	# initials of the first two words
		w = [w[0][0] + w[1][0]] + w[2:]
	elif op == 5:
		w = [x.upper() for x in w]
	elif op == 6:
		w = [x.lower() for x in w]
		w[-1] += rnd.choice([".", ",", ""])
	else:
		w[0] = w[0] + ","
	return " ".join(w)


def stranger(rnd, cust):
	r = rnd.random()
	name = rnd.choice(cust)["business_name"]
	w = name.split()
	if r < 0.35 and len(w) > 1:	# a subset: "Keystone" for "Keystone Financial"
		return w[0]
	if r < 0.6:	# a near-copy with another distinctive word
		return " ".join(w[:-1] + [rnd.choice(INDUSTRY + REGION)])
	return firm(rnd)


def main():
	ncust, nnames, seed, out = int(sys.argv[1]), int(sys.argv[2]), \
		int(sys.argv[3]), sys.argv[4]
	rnd = random.Random(seed)
	cust = customers(ncust, rnd)
	known = {key(c["business_name"]) for c in cust}
	real = [c for c in cust if c["business_name"] != "(empty)"]
	rows = []
	while len(rows) < nnames:
		if rnd.random() < 0.15:
			nm = stranger(rnd, cust)
			if key(nm) not in known:
				rows.append((nm, ""))
		else:
			c = rnd.choice(real)
			rows.append((noisy(rnd, c["business_name"]), str(c["id"])))
	with open(out + "/customers.json", "w") as f:
		f.write("[\n" + ",\n".join(json.dumps(c) for c in cust) + "\n]\n")
	with open(out + "/names.tsv", "w") as f:
		f.writelines("%s\t%s\n" % r for r in rows)
	with open(out + "/sessions.jsonl", "w") as f:
		for i, (nm, _) in enumerate(rows):
			f.write(json.dumps({
				"meta": {"session_id": "bench-%d" % i, "schema_version": "2.0",
					"source_system": "ScreenConnect", "source_identifiers": [],
					"processing_status": "Needs Linking", "processing_log": [],
					"ingestion_timestamp_utc": "2025-01-01T00:00:00Z",
					"last_updated_timestamp_utc": "2025-01-01T00:00:00Z"},
				"context": {"customer_id": None, "customer_name": nm,
					"contact_id": None, "contact_name": None, "links": []},
				"insights": {}, "segments": []}) + "\n")


main()
