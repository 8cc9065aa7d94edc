#!/usr/bin/env python3
# gen-link-blind23.py NCUST NNAMES SEED OUTDIR - the twenty-third held-out
# link benchmark (session 16): a Pacific MSP, one Syncro account and one
# ScreenConnect, desks in Honolulu (HNL: Hawaii, Guam, Saipan/CNMI,
# American Samoa), Auckland (AKL) and Wellington (WLG: New Zealand, both
# islands), Suva (SUV: Fiji), Port Moresby (POM: Papua New Guinea), Apia
# (APW: Samoa), Nuku'alofa (TBU: Tonga) and Port Vila (VLI: Vanuatu).
# Writes OUTDIR/customers.json (Syncro's business_name, address,
# address_2, city, state, zip, contacts, assets), names.tsv (typed TAB true
# id or "" for an impostor TAB kind TAB machine), sessions.jsonl and
# sessions-machine.jsonl through screenconnect_record.  Customer ids
# 33000000 and up.  Python stdlib only; deterministic for a seed.
#
# Where the habits come from (public sources, as I know them):
# - Hawaiian spelling: the okina (U+02BB) and kahako (macron) are the
#   official spelling (Hawaii Revised Statutes 1-13 and the state's 2004
#   place-name usage; the University of Hawaii style guide), but most
#   keyboards have neither, so people type Hawaii/Kaneohe, or put an ASCII
#   apostrophe, a backtick or a curly left quote (U+2018) for the okina
#   (Wikipedia "ʻOkina", found with the search tool: "often replaced in
#   computer publications by the grave accent, the left single quotation
#   mark, or the apostrophe"; Samoan koma liliu "often replaced by an
#   apostrophe"; malihini.net's okina note on ' and ` in ASCII).  Streets and
#   districts as sites (Kalakaua Ave, Ala Moana, Kapiolani Blvd) and
#   island qualifiers (Oahu, Maui, Big Island, Kauai) are how Honolulu
#   businesses name their locations.
# - Maori: macrons are official (Te Taura Whiri i te Reo Maori's
#   orthographic conventions), dropped on most keyboards; the double-vowel
#   convention (Maaori, Whaanau) is the Waikato-Tainui iwi's own (found
#   with the search tool: Hamilton City Libraries' "The Double Vowel",
#   the Waikato-Tainui reo style guide, Te Ara 1966 "Marking Vowels").  Dual names of one
#   body: "Te Whatu Ora - Health New Zealand", "Te Kura o X" for "X
#   School", "Te Runanga o Ngati X"; "me" is Maori "and".
# - NZ legal forms: Limited/Ltd (Companies Act 1993), "Incorporated" /
#   "Inc" for incorporated societies (Incorporated Societies Act 2022),
#   Trust Board (Charitable Trusts Act 1957), Charitable Trust.
# - Hawaii/US forms: Inc., LLC, LLP, Ltd. (rare), dba / d/b/a trade names
#   (Hawaii DCCA Business Registration Division's trade-name register).
# - Fiji: Pte Limited / Pte Ltd and Limited (Companies Act 2015);
#   Indo-Fijian surnames Prasad, Naidu, Chand, Kumar, Singh, Lal, Reddy
#   (Wikipedia "Indo-Fijians"): common, so sharing one proves nothing.
#   Fijian place and personal names (Nadi, Lautoka, Labasa, Viti Levu,
#   Vanua Levu).
# - PNG: Limited/Ltd (Companies Act 1997), Tok Pisin words in trading names
#   (haus sik, haus lotu, stoa, kampani, wantok, kaikai; Wikipedia "Tok
#   Pisin"); sites as Section/Lot and suburbs (Waigani, Boroko, Gordons).
# - Samoa and Tonga: the glottal stop (koma liliu / fakau'a) typed as an
#   apostrophe or dropped (Fa'alogo/Faalogo, Nuku'alofa/Nukualofa);
#   Samoan "ma" and Tongan "mo" are "and" (Wikipedia "Samoan language",
#   "Tongan language"); Ltd forms.
# - Churches: Methodist, LDS (Church of Jesus Christ of Latter-day Saints,
#   typed LDS), Catholic, Assemblies of God (AOG) are the large
#   denominations of the region (Wikipedia "Religion in Fiji", "... in
#   Samoa", "... in Tonga", "... in Papua New Guinea").
# - Abbreviations (Ctr, Svcs, Med, Mgmt, Intl, Assn, Dept, Co-op) are the
#   USPS Publication 28 / business shorthand a technician types in a hurry.
# - Machines as MSPs name them (my experience of RMM/PSA inventories):
#   PREFIX-ROLE-NN most, Windows' unrenamed DESKTOP-XXXXXXX / LAPTOP-
#   XXXXXXX, a user's NAME-PC, macOS's "Names-MacBook-Pro" host names.
#
# Kinds: a row is real 3 in 4; a real row's kind is drawn first, by the
# weights of REAL_KINDS (my belief of how often each habit shows in a
# Pacific Syncro/ScreenConnect shop), then a customer it applies to, by
# how often customers call (log-normal).  A real row that label-audit.py
# doubts is drawn again; an impostor too (namesake, site, held, joined
# rules), and an impostor that after folding okina, macrons, doubled
# vowels, apostrophes and legal forms is a customer's name (or one half
# of a dual name), or is within one edit of one, or is one with
# two letters swapped, or whose folded words are all one customer's but
# one (the audit's held rule read through the folding).  A rare word, a
# surname or an iwi an impostor shares is never one a customer of the
# same trade has (Prasad Pharmacy beside Prasad Chemists would be a guess).
# Counts at 5,000 customers, 2,000 names, seed 1:
#   exact 176, legal 162, okina 138 (Hawaiian, Samoan, Tongan), typo 127,
#   macron 95 (Maori), abbrev 94, case 89, mixed 85, truncated 73, site
#   67 (a street or town after the name), island 61, two typos 59, cut 58,
#   and 48, person 45, reorder 42, acronym 35, dual 30 (one half of a
#   Maori/English name), namesake 28 (the real one of two same-named
#   customers, with its town), dba 10 (real 1,522);
#   impostors 478: rare word 132, same surname 70, same region provider
#   60, personal 47, namesake 45 (another island, another trade), prospect
#   42, vendor 41, own staff 41.
# At 50,000 customers nearly every surname and rare word is some
# customer's in every trade, so the impostors there are mostly rare word,
# personal, vendor, own staff and namesake.
#
# Machines: a real row is on one of its customer's assets 78%, on an
# asset of another customer 4%, on an unknown DESKTOP-/LAPTOP- name
# otherwise; impostors on unknown machines, a shared role name
# (RECEPTION, FRONTDESK) 15%, the MSP's own (PACIT-HNL-NB07) for staff.
import bisect
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import screenconnect_record as scr  # noqa: E402

la = scr.label_audit()

OK = "\u02bb"	# okina
TECHS = {"HNL": ["Keoni Akana", "Leilani Medeiros", "Kyle Nakamura",
		"Mahina Kahale", "Ryan Higa"],
	"AKL": ["Aroha Tipene", "Sam Patel", "Hemi Walker", "Jess Wong"],
	"WLG": ["Rawiri Tamihana", "Kate Doyle", "Ana Fifita"],
	"SUV": ["Ravinesh Prasad", "Mere Naivalu", "Shalendra Chand"],
	"POM": ["Kila Morea", "Jenny Kaupa", "Peter Temu"],
	"APW": ["Sione Leota", "Malia Toala"],
	"TBU": ["Viliami Taufa", "Mele Fonua"],
	"VLI": ["John Kalsakau", "Marie Bule"]}
MSP = "PacIT"

# Region: share, desk(s), state, towns (proper spelling), zip maker.
HI_TOWNS = ["Honolulu", "K\u0101ne" + OK + "ohe", "Kailua", "Hilo",
	"Kailua-Kona", "Wailuku", "Kahului", "L\u0101hain\u0101",
	"L\u012bhu" + OK + "e", "Waipahu", OK + "Aiea", "Pearl City", "Kapolei",
	"Waimea", "Kapa" + OK + "a", "K\u012bhei", "M\u0101noa"]
HI_ISLAND = {"Hilo": "Big Island", "Kailua-Kona": "Big Island",
	"Waimea": "Big Island", "Wailuku": "Maui", "Kahului": "Maui",
	"L\u0101hain\u0101": "Maui", "K\u012bhei": "Maui",
	"L\u012bhu" + OK + "e": "Kauai", "Kapa" + OK + "a": "Kauai"}
NZ_NORTH = ["Auckland", "Wellington", "Hamilton", "Tauranga", "Rotorua",
	"Wh\u0101ngarei", "Gisborne", "Napier", "Hastings", "Palmerston North",
	"New Plymouth", "Whanganui", "Taup\u014d", "Kaitaia", "\u014ctaki",
	"Whakat\u0101ne", "Porirua", "Lower Hutt", "\u014cp\u014dtiki",
	"Kaikohe", "Thames"]
NZ_SOUTH = ["Christchurch", "Dunedin", "Nelson", "Invercargill", "Timaru",
	"Blenheim", "Greymouth", "Queenstown", "Kaik\u014dura", "Ashburton"]
FJ_TOWNS = ["Suva", "Lautoka", "Nadi", "Labasa", "Ba", "Nausori",
	"Sigatoka", "Savusavu", "Rakiraki", "Tavua"]
FJ_ISLAND = {"Labasa": "Vanua Levu", "Savusavu": "Vanua Levu"}
PG_TOWNS = ["Port Moresby", "Lae", "Mount Hagen", "Madang", "Goroka",
	"Kokopo", "Wewak", "Alotau", "Kimbe", "Kundiawa"]
WS_TOWNS = ["Apia", "Salelologa", "Faleolo"]
TO_TOWNS = ["Nuku" + OK + "alofa", "Neiafu", "Pangai", OK + "Ohonua"]
VU_TOWNS = ["Port Vila", "Luganville", "Isangel"]
GU_TOWNS = ["Hag\u00e5t\u00f1a", "Tamuning", "Dededo", "Barrigada"]
MP_TOWNS = ["Saipan", "Garapan", "Susupe"]
AS_TOWNS = ["Pago Pago", "Tafuna", "Nu" + OK + "uuli"]

REGIONS = (("HI", 27, "HNL"), ("GU", 3, "HNL"), ("MP", 2, "HNL"),
	("AS", 2, "HNL"), ("NZN", 26, "AKL"), ("NZS", 8, "WLG"),
	("FJ", 14, "SUV"), ("PG", 9, "POM"), ("WS", 4, "APW"),
	("TO", 3, "TBU"), ("VU", 2, "VLI"))
TOWNS = {"HI": HI_TOWNS, "GU": GU_TOWNS, "MP": MP_TOWNS, "AS": AS_TOWNS,
	"NZN": NZ_NORTH, "NZS": NZ_SOUTH, "FJ": FJ_TOWNS, "PG": PG_TOWNS,
	"WS": WS_TOWNS, "TO": TO_TOWNS, "VU": VU_TOWNS}
US = ("HI", "GU", "MP", "AS")

# ---------------------------------------------------------------- words
HAW = ["Aloha", "M\u0101lama", "L\u014dkahi", OK + "Ohana", "K\u014dkua",
	"Pono", "Makana", "Nani", "Hale", "Moana", "Kai", "Lani", "Honu",
	"Mauka", "Makai", "H\u014dk\u016blani", "Ho" + OK + "ola", "Kahua",
	"Le" + OK + "ahi", "Ka Lima", "Na" + OK + "au", "Mana",
	"Ku" + OK + "ikahi", "Hui", "P\u016bnana", "Alaka" + OK + "i",
	"Ho" + OK + "okipa", "Ali" + OK + "i", "Waiwai", "Pua", "Nalu"]
HAW_PLACE = ["Kalihi", "Kaimuk\u012b", "Wai" + OK + "anae", "Kahala",
	"Mo" + OK + "ili" + OK + "ili", "Hawai" + OK + "i Kai", "M\u0101kaha",
	"Kaka" + OK + "ako", "P\u0101lolo", "Waik\u012bk\u012b", "Nu" + OK +
	"uanu", "Makiki", "Hale" + OK + "iwa", "Waialua", "K\u0101ne" + OK +
	"ohe", "M\u0101noa", "Kalaheo", "Hanalei", "Pukalani", "Kula"]
HI_STREETS = ["Kal\u0101kaua Ave", "Ala Moana Blvd", "Kapi" + OK +
	"olani Blvd", "King St", "Ke" + OK + "eaumoku St", "Kamehameha Hwy",
	"Wai" + OK + "alae Ave", "Kaheka St", "Nimitz Hwy", "Kilauea Ave",
	"Ka" + OK + "ahumanu Ave", "Pi" + OK + "ikoi St", "Keawe St",
	"Bishop St", "Beretania St"]
HI_SUR = ["Nakamura", "Kahale", "Kealoha", "Kamaka", "Akana", "Fujimoto",
	"Higa", "Tanaka", "Medeiros", "Souza", "Wong", "Chang", "Kim",
	"Fernandez", "Kahananui", "Makua", "Kekumu", "Oshiro", "Yamada",
	"Kaniho", "Pang", "Ching", "Kealamakia", "Nishimura", "Agbayani",
	"Domingo", "Pascual", "Kanahele", "Kapaona", "Tamura", "Ramos"]
MAORI = ["Kia Ora", "Hauora", "Wh\u0101nau", "Ora", "Tamariki", "M\u0101tauranga",
	"Rongo\u0101", "Aroha", "Manaaki", "Tautoko", "Kotahitanga",
	"Tipu", "Pou", "Waka", "Awhina", "Puna", "Rangatahi", "Hono",
	"Oranga", "Tiaki", "Pae Ora", "Rito", "Tupu"]
HNZ = ["Waikato", "Lakes", "Tair\u0101whiti", "Whanganui", "MidCentral",
	"Capital Coast", "Hutt Valley", "Canterbury", "Southern", "Taranaki",
	"Nelson Marlborough", "Te Tai Tokerau", "Counties Manukau",
	"Waitemat\u0101", "Hawke's Bay", "South Canterbury"]
IWI = ["Ng\u0101ti Porou", "Ng\u0101i Tahu", "Tainui", "Ng\u0101puhi",
	"Ng\u0101ti Kahungunu", "Te Arawa", "Ng\u0101ti Wh\u0101tua",
	"Ng\u0101ti Awa", "Ng\u0101ti Raukawa", "Te \u0100ti Awa",
	"Ng\u0101ti Maniapoto", "Ng\u0101ti T\u016bwharetoa",
	"Ng\u0101ti Toa Rangatira", "Te Rarawa", "Ng\u0101ti Ruanui",
	"Ng\u0101ti Hine", "Ng\u0101ti Pikiao", "Te Aup\u014duri",
	"Ng\u0101ti Rangi", "Ng\u0101ti Tama", "Ng\u0101ti Mutunga",
	"Rongowhakaata", "Ng\u0101ti Apa", "Ng\u0101i Te Rangi"]
MARAE = ["\u014cr\u0101kei", "Hoani Waititi", "T\u0101papakanga",
	"Ng\u0101 Hau e Wh\u0101", "Te Tii", "Waiwhet\u016b", "Takitimu",
	"Rangi\u0101tea", "Pipitea", "Te Puea", "Tuhikaramea", "Ruatoria",
	"Kai Iwi", "Parawhenua", "Owae", "Whakarewarewa", "Te Herenga Waka",
	"Puketapu", "Otamatea", "Mangatu"]
NZ_SUR = ["Walker", "Tipene", "Ngata", "Parata", "Smith", "Wilson",
	"Thompson", "Te Whata", "Harawira", "Tamihana", "Brown", "Henare",
	"McKenzie", "O'Brien", "Patel", "Chen", "Singh", "Taylor", "Hohaia",
	"Rewi", "Kingi", "Morrison", "Fraser", "Campbell", "Wihongi",
	"Pomare", "Stewart", "Cooper", "Murray", "Reid"]
FJ_SUR = ["Prasad", "Naidu", "Chand", "Kumar", "Singh", "Lal", "Reddy",
	"Narayan", "Khan", "Ali", "Goundar", "Sharma", "Ram", "Pillay",
	"Waqa", "Vunisea", "Naivalu", "Ratuvou", "Tabua", "Delai", "Seru",
	"Nasilivata", "Vuniwaqa", "Qalo", "Rokotuiveikau", "Baravilala",
	"Tuisawau", "Bulou", "Mataitoga", "Raikadroka"]
FJ_WORD = ["Bula", "Vinaka", "Viti", "Koro", "Vanua", "Sere", "Yaqona",
	"Drua", "Tabua", "Senikau", "Nadina", "Kaunitoni"]
PG_SUR = ["Kila", "Morea", "Temu", "Aopi", "Kaupa", "Tau", "Igo", "Kove",
	"Waiko", "Yakam", "Pundari", "Agarobe", "Kuman", "Gima", "Oala",
	"Kaiah", "Wari", "Sialis", "Tomo", "Pokana", "Mek", "Yama", "Kapi"]
TOK = ["Wantok", "Gutpela", "Bilum", "Kaikai", "Sepik", "Kumul",
	"Kundu", "Bung", "Niugini", "Garamut", "Tumbuna", "Haus Win"]
WS_SUR = ["Tuilagi", "Fa" + OK + "alogo", "Leota", "Sapolu", "Toleafoa",
	"Aiono", "Fonoti", "Ioane", "Tuiasosopo", "Fuimaono", "Seiuli",
	"Toala", "Le" + OK + "aupepe", "Su" + OK + "a", "Lauina",
	"Tauiliili", "Va" + OK + "ai", "Pouono"]
TO_SUR = ["Taufa", "Tupou", "Fifita", "Havili", "Vaipulu", "Lolohea",
	"Fonua", "Moala", "Kaufusi", "Latu", "Mahe", "Kioa", "Vea",
	"Pulu", "Funaki", "Lutui", "Taumalolo", "Vainikolo", "Ha" + OK +
	"unga", "Ma" + OK + "u"]
VU_SUR = ["Kalsakau", "Natapei", "Tabimasmas", "Lini", "Molisa",
	"Kalpokas", "Bule", "Tari", "Vohor", "Sope", "Abel", "Iauko",
	"Nauka", "Tavoa", "Carlot"]
POLY = ["Talofa", "Malo", "Fale", OK + "Ofa", "Manuia", "Fetu", "Moana",
	"Pasifika", "Tala", "Laumua", "Lagi", "Niu", "Vai", "Aoa"]
SHARED = ["Pacific", "Island", "Islands", "Ocean", "Coral", "Reef",
	"Tropical", "Paradise", "Sunrise", "Southern Cross", "Lagoon",
	"Harbour", "Blue Water", "Rainbow", "Palm"]

SUR = {"HI": HI_SUR, "GU": ["Cruz", "Santos", "Perez", "Taitano",
	"Camacho", "San Nicolas", "Aguon", "Quinata", "Borja", "Flores"],
	"MP": ["Tenorio", "Babauta", "Deleon Guerrero", "Sablan", "Camacho",
	"Ogumoro", "Kaipat"], "AS": ["Tuiasosopo", "Lutali", "Sunia",
	"Fuimaono", "Aumua", "Lefiti", "Faleomavaega", "Tago"],
	"NZN": NZ_SUR, "NZS": NZ_SUR, "FJ": FJ_SUR, "PG": PG_SUR,
	"WS": WS_SUR, "TO": TO_SUR, "VU": VU_SUR}
LOCALW = {"HI": HAW, "GU": ["Tasi", "Hafa Adai", "Chamorro", "Latte", "Guahan"],
	"MP": ["Hafa Adai", "Tinian", "Marianas", "Latte", "Managaha"],
	"AS": ["Talofa", "Tutuila", "Manu" + OK + "a", "Samoa", "Fagatogo"],
	"NZN": MAORI, "NZS": MAORI, "FJ": FJ_WORD, "PG": TOK,
	"WS": POLY, "TO": POLY, "VU": ["Nakamal", "Tanna", "Efate",
	"Santo", "Melanesian", "Vatu", "Nambawan", "Tusker"]}

# Legal forms: (proper, weight); the legal kind swaps within a group.
LEGAL = {"US": [("Inc.", 30), ("LLC", 40), ("LLP", 4), ("Ltd.", 3),
		("", 23)],
	"NZ": [("Limited", 30), ("Ltd", 35), ("", 35)],
	"FJ": [("Pte Limited", 30), ("Pte Ltd", 20), ("Limited", 25),
		("Ltd", 10), ("", 15)],
	"PG": [("Limited", 45), ("Ltd", 35), ("", 20)],
	"PI": [("Ltd", 55), ("Limited", 15), ("", 30)]}
SWAP = {"Inc.": ["Inc", "Incorporated", ""], "LLC": ["L.L.C.", "llc", ""],
	"LLP": ["L.L.P.", ""], "Ltd.": ["Ltd", "Limited", ""],
	"Limited": ["Ltd", "Ltd.", "LTD", ""], "Ltd": ["Limited", "Ltd.", ""],
	"Pte Limited": ["Pte Ltd", "Pte. Ltd.", "PTE LTD", "Ltd", ""],
	"Pte Ltd": ["Pte Limited", "Pte. Ltd", "Limited", ""],
	"Inc": ["Incorporated", "Inc.", ""],
	"Incorporated": ["Inc", "Inc.", ""],
	"Charitable Trust": ["Trust", "Charitable Trust Board", ""],
	"Trust Board": ["Trust", ""]}
ABBR = {"Center": "Ctr", "Centre": "Ctr", "Services": "Svcs",
	"Medical": "Med", "Management": "Mgmt", "International": "Intl",
	"Association": "Assn", "Department": "Dept", "Cooperative": "Co-op",
	"Co-operative": "Co-op", "Company": "Co", "Construction": "Constr",
	"Pharmacy": "Pharm", "Property": "Prop", "Accountants": "Accts",
	"Health": "Hlth", "Hospital": "Hosp", "Brothers": "Bros",
	"Development": "Dev", "Agency": "Agcy", "Motel": "Mtl",
	"Supermarket": "S/Market", "Holdings": "Hldgs", "Church": "Ch",
	"School": "Sch", "Association,": "Assn"}


def wchoice(rng, items):
	tot = sum(w for _, w in items)
	x = rng.uniform(0, tot)
	for v, w in items:
		x -= w
		if x <= 0:
			return v
	return items[-1][0]


def strip_marks(s):
	"""Macrons and other accents dropped; the okina kept."""
	s = unicodedata.normalize("NFKD", s)
	return unicodedata.normalize("NFC", "".join(ch for ch in s
		if not unicodedata.combining(ch)))


def plain(s):
	"""As on a keyboard with no okina and no macron."""
	return strip_marks(s).replace(OK, "")


def legal_of(cc):
	return "US" if cc in US else "NZ" if cc in ("NZN", "NZS") else \
		cc if cc in ("FJ", "PG") else "PI"


def nz(cc):
	return cc in ("NZN", "NZS")


# ---------------------------------------------------------------- names
def name_for(rng, cc, sector, town):
	"""(core, sector words, legal form, dual name or "") for one
	customer; the Syncro name is core + sector words + legal."""
	sur = rng.choice(SUR[cc])
	loc = rng.choice(LOCALW[cc])
	place = town if rng.random() < 0.6 else (rng.choice(HAW_PLACE)
		if cc == "HI" else town)
	lg = wchoice(rng, LEGAL[legal_of(cc)])
	med = "Medical Center" if cc in US else "Medical Centre"
	dual = ""
	if sector == "medical":
		core = rng.choice([place, loc, sur, loc + " " + place])
		words = rng.choice([med, "Family Medicine", "Health Clinic",
			"Urgent Care" if cc in US else "Health Centre",
			"Medical Group"])
	elif sector == "iwihealth":
		if nz(cc) and rng.random() < 0.12:
			# a Te Whatu Ora district (the Pae Ora Act 2022's names)
			d = rng.choice(HNZ)
			return "Health New Zealand", d, "", "Te Whatu Ora " + d
		if nz(cc):
			core = rng.choice(["Te " + rng.choice(MAORI), rng.choice(IWI),
				"Te " + rng.choice(MAORI) + " o " + rng.choice(MARAE)])
			words = rng.choice(["Hauora", "Hauora Trust", "Health Services",
				"Whānau Ora Collective", "Health Provider"])
			lg = rng.choice(["Charitable Trust", "Trust", "Trust Board",
				"Incorporated", ""])
		else:
			core = rng.choice([loc, place])
			words = rng.choice(["Community Health Center", "Health Trust",
				"Health Clinic"])
	elif sector == "dental":
		core = rng.choice([place, sur, loc, sur + " Family"])
		words = rng.choice(["Dental", "Dental Care", "Dentistry",
			"Dental Surgery", "Orthodontics"])
	elif sector == "pharmacy":
		core = rng.choice([place, sur, loc])
		words = rng.choice(["Pharmacy", "Chemist", "Drug Store"
			if cc in US else "Pharmacy", "Chemists"])
	elif sector == "law":
		b = rng.choice(SUR[cc])
		while b == sur:
			b = rng.choice(SUR[cc])
		core = rng.choice([sur + " & " + b, sur + " " + b, sur])
		words = rng.choice(["Law Group", "Attorneys at Law", "LLP"]
			if cc in US else ["Lawyers", "Barristers and Solicitors",
			"Legal", "Law"])
		if words == "LLP":
			words, lg = "Law Offices", "LLP"
	elif sector == "accounts":
		core = rng.choice([sur, sur + " " + rng.choice(SUR[cc]), loc])
		words = rng.choice(["CPA", "CPAs", "Accounting"] if cc in US
			else ["Chartered Accountants", "Accountants", "Accounting",
			"Tax Services"])
	elif sector == "realty":
		core = rng.choice([loc, place, sur, rng.choice(SHARED)])
		words = rng.choice(["Realty", "Real Estate", "Property Management",
			"Properties", "Property Services"])
	elif sector == "hotel":
		core = rng.choice([loc, place, rng.choice(SHARED),
			loc + " " + rng.choice(SHARED)])
		words = rng.choice(["Resort", "Hotel", "Motel", "Motor Lodge"
			if nz(cc) else "Beach Resort", "Lodge", "Inn", "Hotel & Spa"])
	elif sector == "dive":
		core = rng.choice([loc, place, rng.choice(SHARED)])
		words = rng.choice(["Dive Shop", "Divers", "Ocean Tours",
			"Adventure Tours", "Charters", "Surf School"])
	elif sector == "school":
		if nz(cc) and rng.random() < 0.55:
			core, words = place, "School"
			dual = rng.choice(["Te Kura o " + place,
				"Te Kura Kaupapa M\u0101ori o " + place])
			lg = ""
		else:
			core = place
			words = rng.choice(["Primary School", "High School", "College",
				"Academy", "Christian School", "Elementary"
				if cc in US else "Secondary School"])
			lg = ""
	elif sector == "church":
		core = place
		words = rng.choice(["Methodist Church", "LDS Stake", "Catholic "
			"Parish", "Assembly of God", "Congregational Church",
			"Methodist Circuit"])
		lg = rng.choice(["", "", "Trust Board"] if nz(cc) else [""])
	elif sector == "iwitrust":
		if nz(cc):
			if rng.random() < 0.5:
				core = rng.choice(IWI)
				words = rng.choice(["Iwi Trust", "Trust Board", "Runanga",
					"Settlement Trust", "Hapu Trust"])
				if rng.random() < 0.4:
					dual = "Te R\u016bnanga o " + core
			else:
				core = rng.choice(MARAE)
				words = rng.choice(["Marae Committee", "Marae Trustees",
					"Marae"])
			lg = rng.choice(["", "Incorporated", "Trust Board"
				if "Trust" not in words else ""])
		elif cc == "HI":
			core = place
			words = rng.choice(["Hawaiian Civic Club", "Land Trust",
				"Community Association", "Hawaiian Homestead Association"])
			lg = rng.choice(["", ""])
		else:
			core = rng.choice([place, sur])
			words = rng.choice(["Village Council", "Landowners Association",
				"Family Trust", "Village Committee"])
			lg = ""
	elif sector == "council":
		core = place
		words = rng.choice(["District Council", "City Council",
			"Regional Council"] if nz(cc) else ["County Office",
			"Town Council", "Provincial Government", "Village Council"])
		lg = ""
	elif sector == "construction":
		core = rng.choice([sur, sur + " Bros", loc, rng.choice(SHARED)])
		words = rng.choice(["Construction", "Builders", "Contracting",
			"Plumbing", "Electrical", "Roofing"])
	elif sector == "shipping":
		core = rng.choice([rng.choice(SHARED), loc, sur])
		words = rng.choice(["Shipping Agency", "Freight Forwarders",
			"Logistics", "Customs Brokers", "Shipping Services",
			"Freight International"])
	elif sector == "store":
		core = rng.choice([sur, loc, place])
		words = rng.choice(["Supermarket", "Trading", "Trade Store"
			if cc in ("PG", "VU", "FJ") else "Market", "Store", "Hardware",
			"Wholesale"])
	elif sector == "fish":
		core = rng.choice([loc, place, rng.choice(SHARED)])
		words = rng.choice(["Fisheries", "Seafoods", "Fishing Company",
			"Fish Market"])
	elif sector == "coop":
		core = rng.choice([place, loc])
		words = rng.choice(["Cooperative", "Co-operative Society",
			"Growers Co-operative", "Farmers Cooperative"])
		lg = rng.choice(["", "Limited" if cc not in US else "Inc."])
	else:	# ngo
		core = rng.choice([loc, place, rng.choice(SHARED)])
		words = rng.choice(["Foundation", "Youth Trust", "Community Trust",
			"Women's Association", "Family Services", "Mission"])
		lg = rng.choice(["Charitable Trust", "Incorporated", ""]
			if nz(cc) else ["", "Inc."])
	if words.endswith("LLP") or "Trust" in words and ("Trust" in lg or
			cc in US):
		lg = ""
	return core, words, lg, dual


SECTORS = (("medical", 8), ("iwihealth", 4), ("dental", 7),
	("pharmacy", 6), ("law", 7), ("accounts", 7), ("realty", 7),
	("hotel", 7), ("dive", 4), ("school", 6), ("church", 5),
	("iwitrust", 5), ("council", 2), ("construction", 7), ("shipping", 4),
	("store", 7), ("fish", 3), ("coop", 2), ("ngo", 4))


class Cust(dict):
	pass


def build_name(core, words, lg, dual, cc, rng):
	s = core + " " + words
	if lg:
		s += " " + lg
	if dual:
		s = rng.choice([dual + " / " + s, s + " (" + dual + ")",
			dual + " - " + s])
	return s


def fold_key(s):
	"""Okina, apostrophes, accents, doubled vowels and legal forms folded:
	what a name reads as through the typing habits of this region."""
	s = plain(s).lower()
	s = re.sub(r"['`\u2018\u2019\u02bb]", "", s)
	s = re.sub(r"([aeiou])\1", r"\1", s)
	ws = la.unlegal(re.sub(r"[^0-9a-z]+", " ", s).split())
	ws = [w for w in ws if w not in ("pte", "incorporated", "the", "and",
		"charitable", "trust", "board", "society", "dba", "d", "b")]
	return "".join(ws)


def halves(name):
	"""fold_key of a name and of each half of a dual name."""
	return {fold_key(v) for v in [name] + re.split(r" / | - |\(|\)", name)
		if v.strip()} - {""}


def fwords(s):
	"""The folded words of s less legal forms, doubled vowels single."""
	s = re.sub(r"([aeiou])\1", r"\1", re.sub(r"['`\u2018\u2019\u02bb]",
		"", plain(s).lower()))
	return set(la.unlegal(re.sub(r"[^a-z0-9]+", " ", s).split())) - {"pte",
		"incorporated"}


def words_of(s):
	"""Content words, folded, plural s off (Island/Islands)."""
	return [w[:-1] if len(w) > 3 and w.endswith("s") else w
		for w in re.sub(r"[^a-z0-9]+", " ", re.sub(
		r"['`\u2018\u2019\u02bb]", "", plain(s).lower())).split()
		if w not in la.STOP and w not in ("te", "o", "bros", "family")]


# Sectors that a careful person would not tell apart by the sector word.
GROUP = {"medical": "health", "iwihealth": "health", "dental": "dental",
	"pharmacy": "pharmacy", "law": "law", "accounts": "accounts",
	"realty": "realty", "hotel": "stay", "dive": "stay", "school": "school",
	"church": "community", "iwitrust": "community", "council": "community",
	"ngo": "community", "construction": "construction",
	"shipping": "shipping", "store": "trade", "fish": "trade",
	"coop": "trade"}


# Sectors named after a place or an iwi, not a person or a trading word.
PLACED = ("school", "church", "council", "iwitrust", "iwihealth")


def together(g, s):
	"""Some customer has every word of s."""
	ws = set(words_of(s))
	return bool(ws) and bool(set.intersection(*(g.winv.get(w, set())
		for w in ws)))


def clash(g, s, sector):
	"""A word of s is a customer's of the same group of sectors: Prasad
	Pharmacy beside Prasad Chemists is not surely another business."""
	return any((w, GROUP[sector]) in g.wsec for w in words_of(s))


def population(rng, ncust):
	g = type("G", (), {})()
	g.custs, seen = [], {}
	cid = 33000000 + rng.randint(10, 99)
	aid = 5300000
	while len(g.custs) < ncust:
		cc = wchoice(rng, [(r[0], r[1]) for r in REGIONS])
		town = rng.choice(TOWNS[cc])
		sector = wchoice(rng, SECTORS)
		core, words, lg, dual = name_for(rng, cc, sector, town)
		if core.split()[-1] == words.split()[0]:
			continue	# not "Ocean Ocean Tours"
		proper = build_name(core, words, lg, dual, cc, rng)
		ks = halves(proper)
		clash = [seen[k] for k in ks if k in seen]
		if clash:
			# a second Makana Dental, in another town: 1 in 25 clashes
			twin = clash[0]
			if rng.random() < 0.04 and twin["town"] != town and \
					not twin.get("twinned") and not dual and len(ks) == 1:
				twin["twinned"] = True
			else:
				extra = rng.choice(SUR[cc] + LOCALW[cc])
				if extra in core or dual or "Zealand" in core:
					continue
				core = extra + " " + core
				proper = build_name(core, words, lg, dual, cc, rng)
				ks = halves(proper)
				if any(k in seen for k in ks):
					continue
		store = proper if rng.random() < 0.7 else plain(proper)
		c = Cust(id=cid, name=store, proper=proper, cc=cc, town=town,
			sector=sector, core=core, words=words, lg=lg, dual=dual,
			desk=desk_of(rng, cc))
		cid += rng.randint(1, 9)
		aid = fill(rng, c, aid)
		g.custs.append(c)
		for k in ks:
			seen.setdefault(k, c)
	# how often each customer calls
	g.weight = [rng.lognormvariate(0, 1.0) for _ in g.custs]
	# names that read alike through okina, macron and legal-form
	# folding, and the words each sector's customers use
	g.fold, g.wsec, g.winv = {}, set(), {}
	for i, c in enumerate(g.custs):
		for k in halves(c["name"]) | halves(c["proper"]):
			g.fold.setdefault(k, set()).add(i)
		for w in words_of(c["core"]):
			g.wsec.add((w, GROUP[c["sector"]]))
		for w in words_of(c["name"]):
			g.winv.setdefault(w, set()).add(i)
	g.twins = {i for v in g.fold.values() if len(v) > 1 for i in v}
	g.iwi = {plain(x).lower() for x in IWI + MARAE + ["Te " + m
		for m in MAORI] if any(plain(x).lower() in plain(c["name"]).lower()
		for c in g.custs)}
	return g


def desk_of(rng, cc):
	d = [r[2] for r in REGIONS if r[0] == cc][0]
	if d == "AKL" and rng.random() < 0.3:
		return "WLG"
	return d


# ---------------------------------------------------------------- Syncro
FIRST = {"US": ["Keoni", "Leilani", "Kaimana", "Malia", "Jason", "Lisa",
	"Kawika", "Noelani", "Brandon", "Mele", "Derek", "Kehau"],
	"NZ": ["Aroha", "Hemi", "Mere", "Tama", "Sarah", "James", "Ngaire",
	"Wiremu", "Kiri", "Ben", "Rachel", "Anahera"],
	"FJ": ["Ravinesh", "Salote", "Mere", "Shalini", "Josefa", "Anil",
	"Litia", "Ratu", "Priya", "Epeli", "Vikash", "Ana"],
	"PG": ["Kila", "Grace", "John", "Mary", "Peter", "Ruth", "Joseph",
	"Dorcas", "Michael", "Kessy"],
	"PI": ["Sione", "Malia", "Tavita", "Losa", "Viliami", "Mele", "Pita",
	"Ana", "Siaosi", "Lupe", "Jean", "Marie"]}


def fill(rng, c, aid):
	cc, lo = c["cc"], legal_of(c["cc"])
	town = c["town"]
	sy = {}
	if cc in US:
		st = "%d %s" % (rng.randint(10, 3999), rng.choice(HI_STREETS)
			if cc == "HI" else rng.choice(["Marine Corps Dr", "Route 1",
			"Beach Rd", "Middle Rd", "Main St"]))
		sy = {"address": st, "address_2": rng.choice(["Suite %d" %
			rng.randint(100, 999), "", "Bldg " + rng.choice("ABC"), ""]),
			"city": plain(town) if rng.random() < 0.6 else town,
			"state": cc, "zip": {"HI": "96%03d" % rng.randint(701, 898),
			"GU": "969%02d" % rng.randint(10, 32), "MP": "96950",
			"AS": "96799"}[cc]}
	elif nz(cc):
		sy = {"address": "%d %s" % (rng.randint(1, 400), rng.choice([
			"Queen Street", "High Street", "Victoria Street", "Main Road",
			"Te Rapa Road", "Cameron Road", "Ruahine Street", "Tasman Road",
			"Great South Road", "Colombo Street"])),
			"address_2": rng.choice(["Level %d" % rng.randint(1, 9), "",
			"Unit %d" % rng.randint(1, 20), ""]), "city": plain(town),
			"state": None, "zip": "%04d" % rng.randint(110, 9893)}
	elif cc == "FJ":
		sy = {"address": rng.choice(["Lot %d %s" % (rng.randint(1, 90),
			rng.choice(["Ratu Mara Road", "Victoria Parade", "Queens Road",
			"Vitogo Parade", "Nasinu Road", "Waimanu Road"])),
			"P.O. Box %d" % rng.randint(100, 9999)]),
			"address_2": "", "city": town, "state": FJ_ISLAND.get(town,
			"Viti Levu"), "zip": None}
	elif cc == "PG":
		sy = {"address": "Section %d Lot %d, %s" % (rng.randint(1, 500),
			rng.randint(1, 40), rng.choice(["Waigani Drive", "Boroko",
			"Gordons", "Hohola", "Champion Parade", "Markham Road"])),
			"address_2": "PO Box %d" % rng.randint(100, 9999),
			"city": town, "state": rng.choice(["NCD", "Morobe",
			"Western Highlands", "Madang", "East New Britain"])
			if town == "Port Moresby" else None,
			"zip": rng.choice(["111", "121", "411", None])}
	else:
		sy = {"address": rng.choice(["Beach Road", "Vaea Street",
			"Taufa'ahau Road", "Kumul Highway", "Lini Highway",
			"Fugalei"]), "address_2": "", "city": plain(town),
			"state": {"WS": "Upolu", "TO": "Tongatapu", "VU": "Efate",
			"AS": "Tutuila"}.get(cc), "zip": None}
	c["syncro"] = sy
	fk = FIRST["US" if cc in US else lo if lo in FIRST else "PI"]
	c["contacts"] = []
	dom = re.sub(r"[^a-z]", "", plain(c["core"]).lower())[:14] or "mail"
	tld = {"US": ".com", "NZ": ".co.nz", "FJ": ".com.fj", "PG": ".com.pg",
		"PI": rng.choice([".ws", ".to", ".vu", ".com"])}[lo]
	for _ in range(rng.randint(1, 3)):
		f, l = rng.choice(fk), plain(rng.choice(SUR[cc]))
		c["contacts"].append({"id": aid, "firstname": f, "lastname": l,
			"email": "%s@%s%s" % (f.lower(), dom, tld)})
		aid += 1
	c["assets"] = []
	pre = prefix_of(c)
	have = set()
	for n in range(rng.randint(1, 5)):
		a = asset_name(rng, c, pre, n + 1)
		if a in have:	# one name per machine within a customer
			continue
		have.add(a)
		c["assets"].append({"id": aid, "name": a})
		aid += 1
	return aid


def prefix_of(c):
	ws = [w for w in re.sub(r"[^A-Za-z ]", " ", plain(c["core"] + " " +
		c["words"])).split() if w.lower() not in ("and", "of", "o", "te")]
	if len(ws) >= 3:
		return "".join(w[0] for w in ws[:4]).upper()
	return (ws[0][:4] + (ws[1][:3] if len(ws) > 1 else "")).upper()


def rand_tail(rng):
	return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
		for _ in range(7))


def asset_name(rng, c, pre, n):
	"""How MSPs name machines: prefix-role-number most, Windows' own
	DESKTOP-XXXXXXX names (never renamed), a user's name, a Mac's."""
	k = rng.random()
	if k < 0.55:
		return "%s-%s%02d" % (pre, rng.choice(["PC", "NB", "WS", "RECEP",
			"FRONT", "DR", "ADMIN", "SRV", "LT"]), n)
	if k < 0.78:
		return rng.choice(["DESKTOP-", "DESKTOP-", "LAPTOP-"]) + \
			rand_tail(rng)
	if k < 0.9:
		f = rng.choice(c["contacts"])["firstname"]
		return plain(f).upper() + rng.choice(["-PC", "-LAPTOP", "-NB"])
	f = rng.choice(c["contacts"])["firstname"]
	return plain(f) + rng.choice(["s-MacBook-Pro", "s-iMac", "-MBP"])


# ---------------------------------------------------------------- noise
def okina_variants(rng, s):
	"""One way to type the okina and the macrons in s."""
	how = wchoice(rng, [("drop", 45), ("'", 30), ("`", 8), ("\u2018", 10),
		("mac", 7)])
	if how == "drop":
		return plain(s)
	if how == "mac":	# macrons kept, okina as apostrophe (phone keyboard)
		return s.replace(OK, "'")
	return strip_marks(s).replace(OK, how)


def macron_variants(rng, s):
	how = wchoice(rng, [("drop", 70), ("double", 20), ("some", 10)])
	if how == "drop":
		return plain(s)
	if how == "double":
		out = unicodedata.normalize("NFD", s)
		out = re.sub(r"([aeiouAEIOU])\u0304", lambda m: m.group(1) +
			m.group(1).lower(), out)
		return plain(unicodedata.normalize("NFC", out))
	ws = s.split()
	return " ".join(plain(w) if rng.random() < 0.5 else w for w in ws)


def has_marks(s):
	return s != plain(s)


def n_exact(rng, c, s):
	return s


def n_okina(rng, c, s):
	if c["cc"] in ("NZN", "NZS") or not has_marks(c["proper"]):
		return None
	t = okina_variants(rng, c["proper"])
	return t if t != s else None


def n_macron(rng, c, s):
	if not nz(c["cc"]) or not has_marks(c["proper"]):
		return None
	t = macron_variants(rng, c["proper"])
	return t if t != s else None


def split_legal(c, s):
	if c["lg"] and s.endswith(" " + plain(c["lg"])):
		return s[:-len(c["lg"]) - 1], c["lg"]
	if c["lg"] and s.endswith(" " + c["lg"]):
		return s[:-len(c["lg"]) - 1], c["lg"]
	return s, ""


def n_legal(rng, c, s):
	if c["dual"]:
		return None
	b, lg = split_legal(c, s)
	if not lg:
		lo = legal_of(c["cc"])
		add = rng.choice([f for f, w in LEGAL[lo] if f])
		return b + " " + add
	return (b + " " + rng.choice(SWAP.get(lg, [""]))).strip()


def n_dual(rng, c, s):
	if not c["dual"]:
		return None
	half = rng.choice([c["dual"], c["core"] + " " + c["words"]])
	if half.startswith("Health New Zealand") and rng.random() < 0.5:
		half = rng.choice(["Health NZ ", "HNZ "]) + c["words"]
	return plain(half) if rng.random() < 0.6 else half


KEYS = "qwertyuiop asdfghjkl zxcvbnm"


def neighbours(ch):
	for row in KEYS.split():
		i = row.find(ch.lower())
		if i >= 0:
			return row[max(0, i - 1):i] + row[i + 1:i + 2]
	return ""


def typo1(rng, s):
	idx = [i for i, ch in enumerate(s) if ch.isalpha()]
	if len(idx) < 6:
		return s
	i = rng.choice(idx[1:])
	k = rng.random()
	if k < 0.3 and i + 1 < len(s) and s[i + 1].isalpha() and \
			s[i + 1] != s[i]:
		return s[:i] + s[i + 1] + s[i] + s[i + 2:]
	if k < 0.55:
		return s[:i] + s[i + 1:]
	if k < 0.75:
		return s[:i] + s[i] + s[i:]
	nb = neighbours(s[i])
	if not nb:
		return s[:i] + s[i + 1:]
	ch = rng.choice(nb)
	return s[:i] + (ch.upper() if s[i].isupper() else ch) + s[i + 1:]


def n_typo(rng, c, s):
	t = typo1(rng, plain(s) if rng.random() < 0.6 else s)
	return t if t != s else None


def n_typo2(rng, c, s):
	t = typo1(rng, typo1(rng, plain(s)))
	return t if t != s else None


def n_truncated(rng, c, s):
	b = plain(split_legal(c, s)[0])
	if len(b) < 16:
		return None
	return b[:rng.randint(max(10, len(b) // 2), len(b) - 3)].rstrip()


def n_cut(rng, c, s):
	ws = plain(split_legal(c, s)[0]).split()
	if len(ws) < 4:
		return None
	ws = ws[:rng.randint(2, len(ws) - 1)]
	while ws[-1].lower() in la.STOP or ws[-1] in ("&", "o", "me", "ma",
			"mo", "-", "/"):
		ws.pop()	# nobody stops typing on "Assembly of"
	return " ".join(ws) if len(ws) > 1 else None


def n_abbrev(rng, c, s):
	ws = split_legal(c, s)[0].split()
	hit = [i for i, w in enumerate(ws) if w in ABBR]
	if not hit:
		return None
	for i in hit:
		if rng.random() < 0.8 or i == hit[0]:
			ws[i] = ABBR[ws[i]]
	return plain(" ".join(ws))


def island_of(c):
	t = c["town"]
	if c["cc"] == "HI":
		return HI_ISLAND.get(t, rng_pick(("Oahu", "O" + OK + "ahu"), t))
	if c["cc"] == "FJ":
		return FJ_ISLAND.get(t, "Viti Levu")
	if nz(c["cc"]):
		return "North Island" if c["cc"] == "NZN" else "South Island"
	return {"GU": "Guam", "MP": "Saipan", "AS": "Tutuila", "WS": "Upolu",
		"TO": "Tongatapu", "VU": "Efate", "PG": "PNG"}[c["cc"]]


def rng_pick(opts, t):
	return opts[len(t) % len(opts)]


def n_island(rng, c, s):
	b = plain(split_legal(c, s)[0]) if rng.random() < 0.7 else s
	isl = island_of(c)
	return rng.choice(["%s %s", "%s - %s", "%s (%s)"]) % (b, plain(isl)
		if rng.random() < 0.7 else isl)


def n_site(rng, c, s):
	b = plain(split_legal(c, s)[0])
	if c["cc"] == "HI":
		st = plain(c["syncro"]["address"].split(" ", 1)[1])
		site = rng.choice([st, st.rsplit(" ", 1)[0], plain(c["town"])])
	else:
		st = re.sub(r"^(P\.?O\.? Box.*|(Lot|Section) \d+( Lot \d+)?,? *|\d+ )",
			"", c["syncro"]["address"])
		site = rng.choice([plain(c["town"]), plain(st) or plain(c["town"])])
	if plain(site).lower() in b.lower():
		return None
	return rng.choice(["%s - %s", "%s %s", "%s (%s)", "%s/%s"]) % (b, site)


def n_reorder(rng, c, s):
	core, words = plain(c["core"]), plain(c["words"])
	if c["dual"] or " & " in core:
		return None
	return rng.choice([words + " " + core, words + ", " + core])


CONN = {"US": ["and", "&", "n"], "NZ": ["and", "&", "me"],
	"FJ": ["and", "&"], "PG": ["and", "&", "na"], "PI": ["and", "&",
	"ma", "mo"]}


def n_and(rng, c, s):
	for a in (" & ", " and ", " me ", " ma ", " mo "):
		if a in s:
			opts = [x for x in CONN[legal_of(c["cc"])] if " %s " % x != a]
			return plain(s.replace(a, " %s " % rng.choice(opts), 1))
	return None


def n_case(rng, c, s):
	b = plain(s) if rng.random() < 0.7 else s
	return b.upper() if rng.random() < 0.75 else b.lower()


def n_person(rng, c, s):
	p = rng.choice(c["contacts"])
	b = plain(split_legal(c, s)[0])
	who = rng.choice([p["firstname"], p["firstname"] + " " + p["lastname"],
		("Dr " if GROUP[c["sector"]] in ("health", "dental") else "") +
		p["lastname"]])
	return rng.choice(["%s - %s", "%s @ %s", "%s (%s)"]) % ((who, b)
		if rng.random() < 0.4 else (b, who))


def n_acronym(rng, c, s):
	ws = [w for w in re.sub(r"[^A-Za-z ]", " ", plain(c["core"] + " " +
		c["words"])).split() if w.lower() not in la.STOP]
	if len(ws) < 3:
		return None
	return "".join(w[0] for w in ws).upper()


def n_dba(rng, c, s):
	if c["cc"] != "HI" or c["dual"] or c["sector"] in PLACED:
		return None
	b = plain(split_legal(c, s)[0])
	return rng.choice(["%s dba %s", "%s d/b/a %s", "%s DBA %s"]) % (
		b, plain(c["core"]) + " " + rng.choice(["Holdings", "Group",
		"Enterprises"]) + " LLC") if rng.random() < 0.3 else None


def n_mixed(rng, c, s):
	fs = [n_okina, n_macron, n_legal, n_abbrev, n_case, n_typo, n_island,
		n_and]
	t, done = s, 0
	for f in rng.sample(fs, len(fs)):
		u = f(rng, c, t)
		if u and u != t:
			t, done = u, done + 1
		if done == 2:
			return t
	return None


REAL_KINDS = ((n_exact, "exact", 11), (n_legal, "legal", 10),
	(n_okina, "okina", 9), (n_macron, "macron", 7), (n_dual, "dual", 4),
	(n_typo, "typo", 8), (n_typo2, "two typos", 3),
	(n_truncated, "truncated", 5), (n_cut, "cut", 3),
	(n_abbrev, "abbrev", 6), (n_island, "island", 4), (n_site, "site", 4),
	(n_reorder, "reorder", 3), (n_and, "and", 3), (n_case, "case", 5),
	(n_person, "person", 4), (n_acronym, "acronym", 2),
	(n_dba, "dba", 1), (n_mixed, "mixed", 5))


# ---------------------------------------------------------------- impostors
def i_rare(rng, g, c):
	"""Shares a rare word (Aloha, Pacific, Moana ...) with a customer, in
	a trade no customer with that word is in."""
	cc = c["cc"]
	w = [x for x in (SHARED + LOCALW[cc]) if plain(x).lower() in
		plain(c["name"]).lower()]
	w = rng.choice(w) if w else rng.choice(SHARED)
	sec = wchoice(rng, SECTORS)
	if sec in PLACED:
		return None
	_, words, lg, _ = name_for(rng, cc, sec, c["town"])
	extra = rng.choice(["", rng.choice(SUR[cc]) + " ", rng.choice(SHARED) +
		" "])
	if w in extra or clash(g, w + " " + extra, sec) or len(set(words_of(w + " " +
			extra))) > 1 and together(g, w + " " + extra):
		return None	# one rare word shared, not two
	t = "%s %s%s" % (w, extra, words)
	return plain(t) if rng.random() < 0.6 else t


def i_surname(rng, g, c):
	"""A common surname shared: Prasad Pharmacy for Prasad Hardware."""
	cc = c["cc"]
	sur = [x for x in SUR[cc] if x in c["name"]]
	sur = rng.choice(sur) if sur else rng.choice(SUR[cc])
	sec = wchoice(rng, SECTORS)
	if sec in PLACED:
		return None
	_, words, lg, _ = name_for(rng, cc, sec, c["town"])
	if clash(g, sur, sec):
		return None
	t = rng.choice(["%s %s", "%s %s " + (lg or "Ltd"), "%s & Sons %s"]) % (
		sur, words)
	return plain(t)


def i_iwi(rng, g, c):
	"""Another iwi's trust or marae, another provider of the region."""
	if nz(c["cc"]):
		x = rng.choice([rng.choice(IWI), rng.choice(MARAE), "Te " +
			rng.choice(MAORI)])
		w = rng.choice(["Iwi Trust", "Hauora", "Trust Board", "Runanga",
			"Health Services", "Marae", "Whanau Services"])
		if plain(x).lower() in g.iwi or clash(g, x, "iwitrust") or \
				clash(g, x, "iwihealth"):
			return None
		t = x + " " + w
	else:
		x = rng.choice(LOCALW[c["cc"]])
		w, sec = rng.choice([("Health Center", "medical"),
			("Community Clinic", "medical"), ("Village Council", "council"),
			("Health Trust", "medical"), ("Civic Club", "ngo")])
		if clash(g, x, sec):
			return None
		t = x + " " + w
	return plain(t) if rng.random() < 0.6 else t


def i_namesake(rng, g, c):
	"""A namesake on another island in another trade: Kealoha Builders
	Maui is not Kealoha Dental in Honolulu."""
	core = c["core"]
	sec = wchoice(rng, SECTORS)
	if sec in PLACED:
		return None
	_, words, _, _ = name_for(rng, c["cc"], sec, c["town"])
	if clash(g, core, sec):
		return None
	towns = [t for r in TOWNS.values() for t in r if t != c["town"]]
	t = "%s %s %s" % (core, words, rng.choice(towns + ["Maui", "Big Island",
		"Kauai", "Vanua Levu", "Taveuni", "South Island"]))
	return plain(t)


def i_personal(rng, g, c):
	"""A technician's favour for a person, not billed."""
	lo = legal_of(c["cc"])
	f = rng.choice(FIRST["US" if lo == "US" else lo if lo in FIRST
		else "PI"])
	return rng.choice(["%s home PC", "%s - personal", "%s's laptop",
		"%s (home)", "%s - private"]) % (f + " " + plain(rng.choice(
		SUR[c["cc"]])))


VENDORS = ["Spark Business", "One NZ", "Hawaiian Telcom", "Digicel",
	"Vodafone Fiji", "Telikom PNG", "Bluesky Samoa", "Tonga Cable",
	"Xero support", "MYOB", "Canon Business Centre", "Ricoh", "HP Support",
	"Starlink", "Datec", "Fintel", "Hawaiian Electric", "BSP",
	"Westpac", "ANZ Bank", "Microsoft Support", "Spectrum"]


def i_vendor(rng, g, c):
	return rng.choice(VENDORS) + rng.choice(["", " - ticket",
		" remote", " support", ""])


def i_staff(rng, g, c):
	d = rng.choice(list(TECHS))
	return rng.choice([MSP + " " + d, MSP + " - " + rng.choice(
		["Suva office", "Honolulu office", "Auckland office", "test",
		"training", "lab"]), rng.choice(TECHS[d]) + " test"])


def i_prospect(rng, g, c):
	cc = c["cc"]
	sec = wchoice(rng, SECTORS)
	town = rng.choice(TOWNS[cc])
	core, words, lg, dual = name_for(rng, cc, sec, town)
	if clash(g, core, sec):
		return None
	t = build_name(core, words, lg, "", cc, rng)
	return plain(t) if rng.random() < 0.7 else t


IMP_KINDS = ((i_rare, "impostor: rare word", 24),
	(i_surname, "impostor: same surname", 18),
	(i_iwi, "impostor: same region provider", 14),
	(i_namesake, "impostor: namesake", 8),
	(i_personal, "impostor: personal", 12),
	(i_vendor, "impostor: vendor", 9),
	(i_staff, "impostor: own staff", 6),
	(i_prospect, "impostor: prospect", 9))


def swapped(k):
	"""k with each pair of adjacent letters swapped."""
	for i in range(len(k) - 1):
		if k[i] != k[i + 1]:
			yield k[:i] + k[i + 1] + k[i] + k[i + 2:]


class Pick:
	def __init__(self, g):
		self.g = g
		self.audit = la.Audit([(str(c["id"]), c["name"]) for c in g.custs])
		self.inv, self.cw = {}, []
		for i, c in enumerate(g.custs):
			ws = fwords(c["name"])
			self.cw.append(ws)
			for w in ws:
				self.inv.setdefault(w, set()).add(i)
		self.cum, t = [], 0.0
		for w in g.weight:
			t += w
			self.cum.append(t)

	def cust(self, rng):
		x = rng.uniform(0, self.cum[-1])
		return min(bisect.bisect_left(self.cum, x), len(self.cum) - 1)

	def held(self, t):
		"""The audit's held rule read through the folding: every typed
		word is one customer's, which has at most one word more."""
		ws = fwords(t)
		if len(ws) < 2 or any(w not in self.inv for w in ws):
			return False
		out = set.intersection(*(self.inv[w] for w in ws))
		return any(len(self.cw[i]) <= len(ws) + 1 for i in out)

	def holds(self, t):
		"""Every word of a customer's (two or more) is typed, and more:
		Coral Port Moresby Dental Surgery reads as a trade name of Port
		Moresby Dental Surgery."""
		ws = fwords(t)
		n = {}
		for w in ws:
			for i in self.inv.get(w, ()):
				n[i] = n.get(i, 0) + 1
		return any(k == len(self.cw[i]) and k >= 2 for i, k in n.items())

	def doubtful_impostor(self, t):
		a = self.audit
		if a.impostor(t) or a.impostor_more(t) or a.joined(t):
			return True
		if any(a.near(la.key(v)) for v in la.qualified(t)):
			return True	# one edit (a letter moved, dropped) from one
		g = self.g
		vs = set(la.qualified(t)) | {t, " ".join(t.split()[:-2])}
		if self.held(t) or self.holds(t):
			return True
		for v in vs:
			k = fold_key(v)
			if not k or k in g.fold:
				return True
			if any(s in g.fold for s in swapped(k)):
				return True
			kk = la.key(v).replace(" ", "")
			if any(s in g.fold for s in swapped(kk)):
				return True
		return False


def real_row(rng, p):
	g = p.g
	while True:
		f, kind = wchoice(rng, [((f, k), w) for f, k, w in REAL_KINDS])
		for _ in range(200):
			i = p.cust(rng)
			c = g.custs[i]
			if i in g.twins and rng.random() < 0.4:
				t = "%s %s" % (plain(c["name"]), rng.choice([plain(
					c["town"]), c["syncro"]["city"]]))
				kind2 = "namesake"
			else:
				t = f(rng, c, c["name"])
				kind2 = kind
			if not t or not t.strip():
				continue
			if p.audit.real(t, str(c["id"])):
				continue
			if any(i not in g.fold.get(k, {i}) for k in halves(t)):
				continue	# reads as another's name once folded
			return t, i, kind2, c["desk"]


def impostor_row(rng, p):
	g = p.g
	while True:
		f, kind = wchoice(rng, [((f, k), w) for f, k, w in IMP_KINDS])
		for _ in range(30):
			c = g.custs[p.cust(rng)]
			t = f(rng, g, c)
			if not t or p.doubtful_impostor(t):
				continue
			return t, None, kind, c["desk"]


def draw_rows(rng, p, n):
	rows = []
	for _ in range(n):
		rows.append(impostor_row(rng, p) if rng.random() < 0.25 else
			real_row(rng, p))
	return rows


ROLES = ["RECEPTION", "FRONTDESK", "FRONT-DESK", "ADMIN-PC", "OFFICE-PC"]


def machine(rng, g, row, roles):
	typed, i, kind, desk = row
	if i is not None:
		x = rng.random()
		if x < 0.78:
			return rng.choice(g.custs[i]["assets"])["name"]
		if x < 0.82:
			return rng.choice(rng.choice(g.custs)["assets"])["name"]
		return rng.choice(["DESKTOP-", "LAPTOP-"]) + rand_tail(rng)
	if kind == "impostor: own staff":
		return "PACIT-%s-NB%02d" % (desk, rng.randint(1, 30))
	if rng.random() < 0.15:
		return rng.choice(roles)
	return rng.choice(["DESKTOP-", "DESKTOP-", "LAPTOP-"]) + rand_tail(rng)


def main():
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random("blind23:" + seed)
	g = population(rng, ncust)
	p = Pick(g)
	rows = draw_rows(rng, p, nnames)
	owned = scr.asset_names(g.custs)
	roles = sorted(owned & set(ROLES)) or ROLES[:2]
	for c in g.custs:
		for k in ("twinned", "cc", "town", "sector", "core", "words", "lg", "dual",
				"desk", "proper"):
			c.pop(k, None)
	scr.write_desk_set(rng, out, g.custs, rows,
		lambda row: machine(rng, g, row, roles), TECHS,
		("blind23", seed, 1806000000, 1171, 80))


if __name__ == "__main__":
	main()
