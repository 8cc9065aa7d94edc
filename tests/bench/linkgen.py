# linkgen.py - what gen-link-blind27.py, gen-link-blind28.py and
# gen-link-blind29.py share: the population's indexes, the label checks a
# drawn row must pass, the row draw and the machine a session is on; and,
# for blind27 and blind29, the asset names, the contact record and the
# row kinds they write alike (legal, abbrev, truncated, typo, person,
# with contact, rare word), each built with what the generator has of its
# own.  Each generator folds names through its own skeleton (skel,
# skel_words), so Checks is built with them and with the few ways they
# differ.  At the end, what blind43, blind44 and blind45 wrote alike (the
# skeleton's words and Checks, a group's person, the owner's contacts,
# the assets, the caps and lower rows, the same-shape and prospect
# impostors, a numbered domain), some of it used by blind41 and blind42
# too.  Python stdlib only; every random number is drawn in the order
# the generators drew it before this module, so what they write is
# unchanged.
import bisect
import itertools
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import screenconnect_record as scr  # noqa: E402

la = scr.label_audit()


class G:
	"""The population (custs, shared) and the indexes Checks builds."""


def wpick(rng, items):
	"""One of (value, ..., weight) items by weight."""
	return rng.choices([i[0] for i in items], [i[-1] for i in items])[0]


def pick(rng, table):
	"""(kind, function) of a (kind, function, share) table by share."""
	k = rng.choices(range(len(table)), [x[2] for x in table])[0]
	return table[k][0], table[k][1]


def pick_cust(rng, g):
	return rng.choices(range(len(g.custs)), cum_weights=g.cum)[0]


def plain(s):
	"""s without its accents (what a keyboard without them types;
	blind35, blind36)."""
	s = unicodedata.normalize("NFKD", s)
	return "".join(ch for ch in s if not unicodedata.combining(ch))


def latin(s):
	"""s in ASCII letters, spaces, dots and hyphens: what an e-mail
	address or a machine's name is made of."""
	return re.sub("[^A-Za-z .-]", "", plain(s))


def skeleton(words):
	"""(skel, skel_words) for a generator's words(s): its words as a
	tuple, kept once worked out (the checks ask often), and joined."""
	cache = {}

	def skel_words(s):
		if s not in cache:
			cache[s] = tuple(words(s))
		return cache[s]

	def skel(s):
		return " ".join(skel_words(s))
	return skel, skel_words


def name_or_core(rng, c, core=.5):
	"""The customer's core name (less its legal form) core of the time,
	else its whole name."""
	return c["core"] if rng.random() < core else c["name"]


def initials(rng, ws):
	"""The row kind "acronym" of words ws: their initials, the last word
	kept half the time ("OM Brambilla"), else dotted
	some of the time."""
	ini = "".join(w[0].upper() for w in ws)
	if rng.random() < .5:
		return "%s %s" % (ini[:-1], ws[-1])
	return ini if rng.random() < .7 else ".".join(ini) + "."


def domain_row(free):
	"""The row kind "domain": the customer's own domain (none at a free
	mail provider of free), www. before it, or its first contact's
	address."""
	def n_domain(rng, g, c):
		d = c["domain"]
		if d.split(".")[0] in free:
			return None
		r = rng.random()
		if r < .4:
			return d
		if r < .65:
			return "www." + d
		return c["contacts"][0]["email"] if c["contacts"] else None
	return n_domain


def clean(t):
	return " ".join((t or "").replace("\t", " ").split())


def swaps(k):
	"""k with two neighbouring (different) letters swapped, each way."""
	for i in range(len(k) - 1):
		if k[i] != k[i + 1]:
			yield k[:i] + k[i + 1] + k[i] + k[i + 2:]


def n_exact(rng, g, c):
	return c["name"]


def one_of(items):
	"""A row kind that types one of items whoever the customer (a vendor,
	the MSP's own staff)."""
	return lambda rng, g, c: rng.choice(items)


def add_customer(rng, g, c, ids, shared, address, contacts, assets):
	"""c with its address, contacts and assets, on the list."""
	c["syncro"] = address(rng, c)
	c["contacts"] = contacts(rng, c, ids)
	c["assets"] = assets(rng, c, ids, shared)
	g.custs.append(c)


def contact(ids, first, last, dom, latin):
	"""A contact record; the e-mail address first.last@dom as latin()
	spells them."""
	em = "%s.%s@%s" % (latin(first).lower().split()[0][:12],
		latin(last).lower().replace(" ", "")[:16], dom)
	return {"id": next(ids), "firstname": first, "lastname": last,
		"email": em}


def tag(rng):
	"""Seven letters or digits, as Windows names a new machine."""
	return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
		for _ in range(7))


def asset_names(rng, ids, words, town, roles, shared, personal):
	"""1-5 assets under the MSP's prefix (three letters of each of the
	first two of words, town's code after it for a third of the
	customers): PREFIX-PC01, PREFIX-ROLE, a bare role name (added to
	shared), DESKTOP-XXXXXXX, or personal(rng)-PC."""
	pre = "".join(w[:3] for w in words[:2]) or "PC"
	if rng.random() < .35:
		pre += "-" + town[:3]
	out = []
	for j in range(rng.randint(1, 5)):
		r = rng.random()
		if r < .45:
			n = "%s-%s%02d" % (pre, rng.choice(["PC", "NB", "LT", "WS"]),
				j + 1)
		elif r < .65:
			n = "%s-%s" % (pre, rng.choice(roles))
		elif r < .75:
			n = rng.choice(roles)	# a bare role name, shared
			shared.add(n)
		elif r < .88:
			n = "DESKTOP-" + tag(rng)
		else:
			n = personal(rng) + "-" + rng.choice(["PC", "LAPTOP", "NB"])
		out.append({"id": next(ids), "name": n})
	return out


# ---------------------------------------------------------------- kinds
def legal_row(other):
	"""The row kind "legal": the legal form dropped 45%, else
	other(rng, c, r) spells it another way or moves it."""
	def n_legal(rng, g, c):
		if not c["legal"]:
			return None
		r = rng.random()
		if r < .45:
			return c["core"]
		return other(rng, c, r)
	return n_legal


def abbrev_row(table, swap, after=None):
	"""The row kind "abbrev": each of table's (long, short) pairs, in a
	random order, turned by swap(t, long, short); the turned name, and
	after(rng, t) of it where given."""
	def n_abbrev(rng, g, c):
		s = c["name"]
		t = s
		pairs = table[:]
		rng.shuffle(pairs)
		for a, b in pairs:
			t = swap(t, a, b)
		if t == s:
			return None
		return after(rng, t) if after else t
	return n_abbrev


def n_truncated(rng, g, c):
	s = c["name"]
	if len(s) < 14:
		return None
	if rng.random() < .5:
		ws = s.split()
		return " ".join(ws[:max(2, len(ws) - 2)]) if len(ws) > 2 else None
	return s[:rng.randint(10, min(len(s) - 2, 22))].rstrip()


# The rows of the US QWERTY keyboard (gen-link-blind42).
US_KEYS = ["1234567890-=", "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./"]


class Typo:
	"""One typing slip in a name, on keyboards keys (rows of letters):
	a letter dropped, doubled, swapped with the next, or its neighbour
	on the row typed for it."""

	def __init__(self, keys):
		self.keys = keys

	def one(self, rng, s):
		idx = [i for i, ch in enumerate(s) if ch.isalpha()]
		if len(idx) < 4:
			return None
		i = rng.choice(idx[1:])
		r = rng.random()
		if r < .3:
			return s[:i] + s[i + 1:]
		if r < .5:
			return s[:i] + s[i] + s[i:]
		if r < .7 and i + 1 < len(s) and s[i + 1].isalpha() and \
				s[i] != s[i + 1]:
			return s[:i] + s[i + 1] + s[i] + s[i + 2:]
		lo = s[i].lower()
		for row in self.keys:
			j = row.find(lo)
			if j >= 0:
				k = j + rng.choice([-1, 1])
				if 0 <= k < len(row) and row[k].isalpha():
					ch = row[k].upper() if s[i].isupper() else row[k]
					return s[:i] + ch + s[i + 1:]
		return None

	def n_typo(self, rng, g, c):
		return self.one(rng, c["name"] if rng.random() < .6 else c["core"])

	def n_core_typo(self, rng, g, c):
		"""One slip in the core 60% of the time, else in the name."""
		return self.one(rng, name_or_core(rng, c, .6))

	def n_core_typo2(self, rng, g, c):
		"""Two slips, the core 60% of the time."""
		once = self.one(rng, name_or_core(rng, c, .6))
		return once and self.one(rng, once)


def contact_row(honor):
	"""The row kind "with contact": the name (or its core) with a
	contact's given name after it, and honor(rng, c, p) after that."""
	def n_contact(rng, g, c):
		if not c["contacts"]:
			return None
		p = rng.choice(c["contacts"])
		h = honor(rng, c, p)
		base = c["core"] if rng.random() < .5 else c["name"]
		return ("%s - %s %s" % (base, p["firstname"], h)).strip()
	return n_contact


def rare_row(T, skip, plain, build):
	"""The impostor kind "rare word": a customer's brand in a template of
	another of its country's sectors (none of skip) that has {B} (as
	plain(template) writes it); build(rng, c, template, brand) fills it."""
	def i_rare(rng, g, c):
		b = c["brand"]
		if not b:
			return None
		cc = c["cc"]
		others = [s for s in T[cc] if s != c["sector"] and s not in skip]
		tpl = [t for t in T[cc][rng.choice(others)] if "{B}" in plain(t)]
		if not tpl:
			return None
		return build(rng, c, rng.choice(tpl), b)
	return i_rare


def held_by_all(g, ws):
	"""The customers whose skeleton holds every word of ws."""
	lists = sorted((g.words.get(w, []) for w in ws), key=len)
	held = set(lists[0])
	for li in lists[1:]:
		held &= set(li)
	return held


class Checks:
	"""The checks, read through a generator's skeleton.  split: where a
	typed name is cut into parts that must each be no customer's name;
	parts_known: a part may be no customer's shorter form nor a listed
	person either (blind28); pairs: an impostor may hold no listed
	person's full name among its words (blind29)."""

	def __init__(self, skel, skel_words, split, parts_known=False,
			pairs=False):
		self.skel, self.skel_words, self.split = skel, skel_words, split
		self.parts_known, self.pairs = parts_known, pairs

	# ------------------------------------------------------------ index
	def index_start(self, g):
		"""The indexes the checks read, empty; the generator fills them
		customer by customer (add_names, add_forms, add_words,
		add_contacts) and index_end finishes them."""
		g.audit = la.Audit([(str(c["id"]), c["name"]) for c in g.custs])
		g.skel = {}	# skeleton -> customer indexes (name, less legal ...)
		g.full = set()	# skeleton of a customer's whole names
		g.skelws = {}	# customer index -> its skeleton words, sorted
		g.glued = {}	# g.skel's keys with the spaces run together
		g.person = {}	# a contact's or owner's name -> customer indexes
		g.words = {}	# skeleton word -> customer indexes
		g.heads = []	# (name glued, customer index), sorted at the end

	def add_names(self, g, i, names):
		"""Whole names: no other customer's may begin as a real row does."""
		for f in names:
			k = self.skel(f)
			g.heads.append((k.replace(" ", ""), i))
			g.full.add(k)

	def add_forms(self, g, i, forms):
		for f in forms:
			k = self.skel(f)
			if k:
				g.skel.setdefault(k, set()).add(i)
				g.glued.setdefault(k.replace(" ", ""), set()).add(i)

	def add_words(self, g, i, ws):
		g.skelws[i] = sorted(set(ws))
		for w in g.skelws[i]:
			g.words.setdefault(w, []).append(i)

	def add_person(self, g, i, name):
		g.person.setdefault(self.skel(name), set()).add(i)

	def add_contacts(self, g, i, c):
		for p in c["contacts"]:
			for f in ((p["firstname"], p["lastname"]),
					(p["lastname"], p["firstname"])):
				self.add_person(g, i, " ".join(f))

	def index_end(self, g):
		heads = sorted(g.heads)
		g.heads, g.headi = [h[0] for h in heads], [h[1] for h in heads]
		# Some customers call far more often than others.
		g.weight = [1.0 / (1 + (i * 7919) % 37) for i in range(len(g.custs))]
		g.cum = list(itertools.accumulate(g.weight))

	# ------------------------------------------------------------ checks
	def impostor_ok(self, g, t):
		skel = self.skel
		a = g.audit
		if a.impostor(t) or a.impostor_more(t) or a.joined(t):
			return False
		k = la.key(t)
		if not k or a.near(k) or any(s in a.byname for s in swaps(k)):
			return False
		s = skel(t)
		if not s or s in g.skel or s.replace(" ", "") in g.glued or \
				any(x in g.skel for x in swaps(s)):
			return False
		for v in la.qualified(t) + re.split(self.split, t):
			s = skel(v)
			if s in g.full or any(x in g.full for x in swaps(s)):
				return False
			if self.parts_known and (s in g.skel or s in g.person):
				return False	# "Home - Frank Stone": a contact's own PC?
		ws = list(self.skel_words(t))
		if ws and any(len(g.skelws[i]) <= len(set(ws)) + 1
				for i in held_by_all(g, set(ws))):
			return False
		if skel(t) in g.person:
			return False
		if self.pairs and any(" ".join(ws[j:j + 2]) in g.person
				for j in range(len(ws) - 1)):
			return False	# a listed person's full name inside it
		return True

	def real_ok(self, g, t, i):
		c = g.custs[i]
		if g.audit.real(t, str(c["id"])):
			return False
		s = self.skel(t)
		if s in g.skel and i not in g.skel[s]:
			return False
		ws = set(self.skel_words(t))
		if not ws or not la.words(t):
			return False
		if held_by_all(g, ws) - {i}:	# another customer holds every word
			return False
		j = s.replace(" ", "")	# a cut name: no other customer's begins so
		k = bisect.bisect_left(g.heads, j)
		while k < len(g.heads) and g.heads[k].startswith(j):
			if g.headi[k] != i:
				return False
			k += 1
		return True

	def person_row(self, turn):
		"""The row kind "person": a contact's name, turned round where
		turn(rng, c) says, when that whole name is one customer's
		contact only."""
		def n_person(rng, g, c):
			if not c["contacts"]:
				return None
			p = rng.choice(c["contacts"])
			f = [p["firstname"], p["lastname"]]
			if turn(rng, c):
				f = f[::-1]
			t = " ".join(f)
			if len(g.person.get(self.skel(t), ())) != 1:
				return None
			return t
		return n_person

	# ------------------------------------------------------------ rows
	def draw_rows(self, rng, g, n, kinds, impostors, same_class=False,
			share=.37):
		"""About share of rows impostors (37%; blind27 25%); a kind is
		drawn first, then up to 40 customers for it, so the kinds keep
		their shares.  same_class: a row that could not be drawn is
		drawn again as the same class (impostor or real), so the share
		holds at 50,000 customers, where fresh names are scarce
		(blind28); else the class is drawn again."""
		rows = []
		if same_class:
			imp = rng.random() < share
		while len(rows) < n:
			if not same_class:
				imp = rng.random() < share
			kind, f = pick(rng, impostors if imp else kinds)
			for _ in range(40):
				i = pick_cust(rng, g)
				c = g.custs[i]
				t = clean(f(rng, g, c))
				if not t or (kind != "exact" and t == c["name"]):
					continue
				if self.impostor_ok(g, t) if imp else self.real_ok(g, t, i):
					rows.append((t, None if imp else i, kind, c["desk"]))
					if same_class:
						imp = rng.random() < share
					break
		return rows


def machine(rng, g, row, bench):
	"""The machine a row's session is on: a real row's customer's asset
	72%, another customer's 4%; own staff on bench (a format of the desk
	and a number up to bench[1]); an impostor on a role name many
	customers share 18%; else an unknown DESKTOP-/LAPTOP- name."""
	typed, i, kind, desk = row
	if i is not None:
		c = g.custs[i]
		r = rng.random()
		if r < .72 and c["assets"]:
			return rng.choice(c["assets"])["name"]
		if r < .76:
			o = g.custs[pick_cust(rng, g)]
			if o["assets"]:
				return rng.choice(o["assets"])["name"]
	elif kind == "impostor: own staff":
		return bench[0] % (desk, rng.randint(1, bench[1]))
	elif rng.random() < .18 and g.shared:
		return rng.choice(g.shared)
	return rng.choice(["DESKTOP-", "LAPTOP-"]) + tag(rng)


def desk_main(tag, ck, population, index, kinds, impostors, kept, bench,
		techs, clock):
	"""A generator of desks (blind35, blind36): NCUST NNAMES SEED OUTDIR
	from the command line; the population, its indexes, the rows
	(same_class), the customers as Syncro has them (the fields of kept),
	each row's machine (machine(), own staff on bench) and technician of
	its desk (techs); clock: numbered()'s start, step and minutes."""
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random(tag + ":" + seed)
	g = population(rng, ncust)
	index(g)
	rows = ck.draw_rows(rng, g, nnames, kinds, impostors, same_class=True)
	g.custs = [{k: c[k] for k in kept} for c in g.custs]
	scr.write_desk_set(rng, out, g.custs, rows,
		lambda row: machine(rng, g, row, bench), techs,
		(tag, seed) + clock)


# ------------------------------------------------- impostors (blind39)
def trade_picker(skel_words, trades):
	"""A drawer of a trade of trades (none a customer's) that shares no
	skeleton word with a customer's core: (rng, c) -> trade or None."""
	def draw(rng, c):
		tr = rng.choice(trades)
		mine = set(skel_words(c["core"]))
		return None if mine.intersection(skel_words(tr)) else tr
	return draw


def person_impostors(ck, draw, titles, personal):
	"""The impostor kinds "person" and "personal" as (i_person,
	i_personal): a (given name, surname) of draw(rng, c) that no listed
	person is and no customer's words hold, either way round; titles
	(one drawn) go before the person, personal holds templates of {G}
	and {S}."""
	def stranger(rng, g, c):
		p = draw(rng, c)
		for n in ("%s %s" % p, "%s %s" % p[::-1]):
			if ck.skel(n) in g.person or held_by_all(g,
					set(ck.skel_words(n))):
				return None
		return p

	def i_person(rng, g, c):
		p = stranger(rng, g, c)
		return p and rng.choice(titles) + " ".join(p)

	def i_personal(rng, g, c):
		p = stranger(rng, g, c)
		return p and rng.choice(personal).format(G=p[0], S=p[1])
	return i_person, i_personal


def index_customers(ck, g, forms, each):
	"""ck's indexes of g.custs: a customer's name and core as whole
	names, forms(c) as its forms, its name's skeleton words, its
	contacts; each(g, c) adds what the generator keeps of its own."""
	ck.index_start(g)
	for i, c in enumerate(g.custs):
		ck.add_names(g, i, [c["name"], c["core"]])
		ck.add_forms(g, i, forms(c))
		ck.add_words(g, i, ck.skel_words(c["name"]))
		ck.add_contacts(g, i, c)
		each(g, c)
	ck.index_end(g)


def index_named(ck, g, forms, named_by, taken, key):
	"""index_customers(), and g.named: the words each customer is named
	by (named_by(c)), and the set g.<taken>: each customer's key(c) where
	it has one (its register number, NPI, space and number ...)."""
	g.named, found = set(), set()
	setattr(g, taken, found)

	def each(g, c):
		g.named.update(named_by(c))
		k = key(c)
		if k:
			found.add(k)
	index_customers(ck, g, forms, each)


def draw_unseen(make, keys, seen, tries):
	"""A customer of make() whose keys (its forms' skeletons, none
	empty) no customer drawn before has, in up to tries draws; its keys
	join seen.  None when every draw was taken."""
	for _ in range(tries):
		c = make()
		ks = keys(c)
		if "" not in ks and not ks & seen:
			seen |= ks
			return c
	return None


# ------------------------------------------- desks (blind43 - blind45)
DOTTED = re.compile(r"\b[a-z](?:\.\s?[a-z])+\.?")
WORD = re.compile("[a-z]+|[0-9]+")


def dotted_words(s, long, drop, turn=None):
	"""The words of s (folded, in lower case): dotted initials (G.m.b.H.,
	L.L.C., P.A.) as one word, each word turn(w) where given, then read
	as long has it (an abbreviation as its words), none of drop."""
	if "." in s:
		s = DOTTED.sub(lambda m: re.sub(r"[.\s]", "", m.group(0)) + " ", s)
	out = []
	for w in WORD.findall(s):
		if turn:
			w = turn(w)
		out += [x for x in long.get(w, w).split() if x not in drop]
	return out


def desk_checks(words):
	"""(skel, skel_words, ck) of words(s): an impostor's parts (cut at
	" - ", ": ", ", ", " (", " / ") are each to be no customer's name, no
	form of one, no listed person."""
	skel, skel_words = skeleton(words)
	return skel, skel_words, Checks(skel, skel_words,
		r" [-–/] |: |, | \(", parts_known=True, pairs=True)


def group_person(given, surnames, women):
	"""person(rng, group, women): a (given name, surname) of group (of
	given's (men, women) and surnames), a woman's women of the time."""
	def person(rng, group, women=women):
		m, f = given[group]
		return rng.choice(f if rng.random() < women else m), \
			rng.choice(surnames[group])
	return person


def owner_contacts(person, group_at, latin):
	"""contacts(rng, c, ids): the owner first where there is one, then
	up to three people of the desk (c's own group 60%), their e-mail
	addresses as latin() spells them."""
	def contacts(rng, c, ids):
		ps = [c["owner"]] if c["owner"] else []
		for _ in range(rng.randint(0, 3)):
			g = c["group"] if rng.random() < .6 else group_at(rng, c["desk"])
			ps.append(person(rng, g))
		return [contact(ids, a, b, c["domain"], latin) for a, b in ps]
	return contacts


def core_assets(drop, roles, latin, given, home=None):
	"""assets(rng, c, ids, shared): asset_names() of the core's words
	(as latin() spells them, longer than two letters, none of drop), the
	town (home() of it where given) and the sector's roles; a personal
	machine named for given(rng, c)."""
	def assets(rng, c, ids, shared):
		words = [w.upper() for w in re.findall(r"[A-Za-z0-9]+",
			latin(c["core"])) if len(w) > 2 and w.lower() not in drop]
		town = re.sub("[^A-Z]", "", (home(c["town"]) if home else
			c["town"]).upper())
		return asset_names(rng, ids, words, town, roles[c["sector"]],
			shared, lambda r: given(r, c).upper()[:10])
	return assets


def case_rows(strip):
	"""The row kinds "caps" (the name or core in capitals) and "lower"
	(in lower case, strip's characters dropped 40% of the time)."""
	def n_caps(rng, g, c):
		return name_or_core(rng, c, .5).upper()

	def n_lower(rng, g, c):
		t = name_or_core(rng, c, .6).lower()
		return re.sub(strip, "", t) if rng.random() < .4 else t
	return n_caps, n_lower


def fresh_rows(make, named_by, prospects):
	"""The impostor kinds "same shape" and "prospect" as (i_fresh,
	i_prospect): a name of the customers' shape (make(rng, desk)) made
	of words no customer has (named_by), prospects' words before it."""
	def i_fresh(rng, g, c):
		d = make(rng, c["desk"])
		if not d or set(named_by(d)) & g.named:
			return None
		return d["name"] if rng.random() < .7 else d["core"]

	def i_prospect(rng, g, c):
		t = i_fresh(rng, g, c)
		return t and rng.choice(prospects) + t
	return i_fresh, i_prospect


def impostor_kinds(kinds):
	"""(kind, function, share) rows as impostors: "impostor: " + kind."""
	return [("impostor: " + kind, f, w) for kind, f, w in kinds]


def numbered_domain(base, tld, taken):
	"""base + tld, else base2 + tld, base3 + tld ..., the first that
	taken has not; taken has it then."""
	head, n = base, 1
	while head + tld in taken:
		n += 1
		head = "%s%d" % (base, n)
	taken.add(head + tld)
	return head + tld


def core_form(c):
	"""A customer's core name with its legal form: its name less the
	registry number the generators append to some names."""
	return "%s %s" % (c["core"], c["legal"]) if c["legal"] else c["core"]


def short_names(c):
	"""The names a customer goes by: its name, its core, its name less
	its number (core_form)."""
	return [c["name"], c["core"], core_form(c)]


def mixed_row(turns, noise, together):
	"""The "mixed" row: a turn of the name (one of turns), then a slip, a
	case, the letters or a cut (one of noise) in what it typed.  Drawn in
	each generator's order: together, both picked before the turn (blind53,
	blind54); else the noise picked only when the turn typed something
	(blind51, blind52, blind55)."""
	def row(rng, g, c):
		if together:
			turn, slip = rng.choice(turns), rng.choice(noise)
			t = turn(rng, g, c)
		else:
			t = rng.choice(turns)(rng, g, c)
			slip = t and rng.choice(noise)
		return t and slip(rng, g, dict(c, name=t, core=t))
	return row


def population(rng, n, base, make, form_keys, nsectors, domain, address,
		contacts, assets):
	"""n customers drawn by make(rng, full=...), none going by a form
	another goes by (form_keys; a draw that does is drawn again; a sector
	whose last 40 draws all were taken is full, drawn no more: at 50,000
	customers most are, and drawing them on took most of the time); ids
	1 to 3 apart from base + 1 on, contacts' and assets' from base +
	300001 (blind54 and blind57)."""
	g, seen, doms, shared = G(), set(), set(), set()
	g.custs = []
	ids = iter(range(base + 300001, base + 1000000))
	cid = base
	misses, full = {}, set()

	def keys(c):
		ks = form_keys(c)
		if c and "" not in ks:
			k = c["sector"]
			misses[k] = misses.get(k, 0) + 1 if ks & seen else 0
			if misses[k] >= 40 and len(full) < nsectors - 1:
				full.add(k)
		return ks
	while len(g.custs) < n:
		c = draw_unseen(lambda: make(rng, full=full), keys, seen, 60)
		if c is None:
			continue
		cid += rng.randint(1, 3)
		c["id"], c["domain"] = cid, domain(rng, c, doms)
		add_customer(rng, g, c, ids, shared, address, contacts, assets)
	g.shared = sorted(shared)
	return g
