#!/usr/bin/env python3
# gen-link-blind37.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 23: the lead runs it once).  A Canadian MSP: one
# Syncro account, one ScreenConnect, desks in Vancouver (VAN: Vancouver,
# Surrey, Richmond, Burnaby, Abbotsford), Calgary (CGY: Calgary, Edmonton,
# Red Deer and the Saskatchewan customers), Winnipeg (WPG: Winnipeg,
# Steinbach, Winkler, Brandon), Toronto (TOR: Toronto, Brampton, Markham,
# Mississauga), Ottawa (OTT: Ottawa, Orleans, Cornwall, Hawkesbury) and
# Halifax (HFX: Halifax, Dartmouth, Sydney, and Moncton and Dieppe in New
# Brunswick).  Customers: numbered companies with or without an operating
# name, dental, medical and law practices (professional corporations),
# accountants, trucking firms, trades, body shops, restaurants and
# bakeries, realtors, co-ops, strata corporations (BC) and condominium
# corporations (Ontario), Royal Canadian Legion branches, First Nations'
# band offices and businesses, parishes; owners from the communities each
# desk serves: Anglo-Canadian, Punjabi-Canadian, Chinese-Canadian
# (Cantonese surnames, English given names), Filipino-Canadian,
# Ukrainian-Canadian, Mennonite, Acadian and Franco-Ontarian (names in
# French, English or both), First Nations.  Writes OUTDIR/customers.json
# (as Syncro's GET /customers returns them: id, business_name, firstname,
# lastname, email, phone, address, address_2, city, state - the province
# code - zip - the postal code - contacts, assets), names.tsv (typed TAB
# true id or "" TAB kind TAB machine), sessions.jsonl and
# sessions-machine.jsonl through screenconnect_record.write_desk_set.
# Python stdlib only, deterministic for a seed.  Customer ids from
# 37000000.
#
# Where each shape comes from ("found": found with the session's search
# tool; "known": public knowledge, no search):
# - Numbered companies (found): treadstonelaw.ca "numbered corporation
#   federal or Ontario" ("1234567 Canada Inc.", "1234567 Ontario Inc.",
#   a trade name registered beside the number); ltpm.ltsa.ca "Corporate
#   name" (BC's Business Corporations Act s. 23: Limited / Limitee /
#   Incorporated / Incorporee / Corporation and Ltd. / Ltee / Inc. / Corp.
#   interchangeable; numbered BC companies since 2004 "a leading zero plus
#   six digits followed by B.C. Ltd.": 0710199 B.C. Ltd.; a name in
#   English, French or both, s. 25); blog.dcllp.com and registrywest.com
#   (Alberta: the seven-digit "2123456 Alberta Ltd.", the legal elements
#   Limited ... ULC, Unlimited Liability Corporation, Professional
#   Corporation); ncubelandry.com (Alberta's Professional Corporation is
#   for lawyers, physicians, dentists, optometrists, chiropractors and
#   CPAs).  Saskatchewan's nine-digit "101234567 Saskatchewan Ltd.",
#   Manitoba's "1234567 Manitoba Ltd.", Nova Scotia's "3301234 Nova Scotia
#   Limited" and ULCs, New Brunswick's six-digit "612345 N.B. Ltd.": known.
#   "o/a" (operating as), "c.o.b. as" (carrying on business as), "dba"
#   and the trade name in brackets after the number: known.
# - Strata corporations (found: visoa.bc.ca "What is a strata plan": the
#   strata corporation's legal name holds the plan's registration number);
#   "The Owners, Strata Plan LMS 1234", "Strata Corp. NW 567" and the Land
#   Title Office prefixes VR (Vancouver), LMS (Lower Mainland), NW (New
#   Westminster), BCS, EPS (the electronic plans since 2000s), VIS,
#   KAS: known.
# - Condominium corporations (found: iliveinacondo.blogspot.com 2009/08
#   "MTCC stands for Metropolitan Toronto Condominium Corporation ... TSCC
#   for Toronto Standard Condominium Corporation", "MTCC 1113", "TSCC
#   1446"; ycc84.ca "YORK CONDO CORP. No. 84", "YCC#84"); PSCC (Peel),
#   YRSCC (York Region), OCSCC and CCC (Ottawa-Carleton): known.
# - Royal Canadian Legion branches, numbered within each provincial
#   command ("Royal Canadian Legion Branch 26", "RCL Br. 26", "Legion
#   #26"): known.
# - First Nations (known): band names as the bands write them
#   (Tsuut'ina Nation, Tsleil-Waututh Nation, Musqueam Indian Band,
#   Sḵwx̱wú7mesh Úxwumixw for the Squamish Nation, Maskêkosihk for Enoch
#   Cree Nation, Six Nations of the Grand River, Mississaugas of the
#   Credit, Membertou, Elsipogtog ...), typed without the apostrophe,
#   the hyphen or the orthography, "FN" for First Nation, "Band Office".
# - Surnames (known): the commonest of English Canada (Smith, Brown,
#   Wilson, MacDonald, Campbell ...); Punjabi Jat clan names (Sandhu,
#   Gill, Sidhu, Dhillon, Grewal, Brar ...) and Sikh given names
#   (Harjit, Gurpreet, Manpreet ...); Cantonese romanisations (Chan, Wong,
#   Cheung, Leung, Ng, Lau ...) with English given names (Kevin, Raymond,
#   Winnie ...); Filipino (Santos, Reyes, Dela Cruz, Bautista ...);
#   Ukrainian-Canadian of the prairies (Kowalchuk, Sawchuk, Hnatiuk ...;
#   the -chuk/-uk, -yshyn endings); Russian Mennonite (Friesen, Penner,
#   Klassen, Dyck, Wiebe, Reimer, Toews ...); Acadian (LeBlanc, Cormier,
#   Gallant, Thériault, Léger ...) and Franco-Ontarian (Lalonde, Séguin,
#   Bélanger ...); Newfoundland and Quebec surnames (Noseworthy, Hiscock,
#   Tremblay ...) for the outside block no customer draws from.
# - Bilingual names (known: New Brunswick's and Ottawa's "Clinique
#   dentaire X / X Dental Clinic", "Ltd./Ltée"); accents dropped on an
#   English keyboard.
# - Keyboard (known): English Canada types on the US QWERTY layout
#   (Windows "Canadian French" and "Canadian Multilingual Standard" only
#   in the French desks' hands): a slip is a neighbour on the row, a
#   dropped, doubled or swapped letter (linkgen.Typo).
# - Postal codes (known): the first letter by province (V BC, T AB, S SK,
#   R MB, M Toronto, L the 905 belt, K eastern Ontario, B NS, E NB),
#   letter-digit-letter digit-letter-digit; area codes 604, 403, 780, 306,
#   204, 416, 905, 613, 902, 506.
# - Words (known): the regions' places (Lions Gate, Chinook, Red River,
#   Rideau, Bluenose ...), the communities' trade words (Khalsa, Kabayan,
#   Golden Dragon, Kalyna, Acadie) and rare Canadian words (Tamarack,
#   Ptarmigan, Kittiwake ...) for the rare-word impostors.
#
# Real-row kinds (shares in KINDS): exact, caps, lower, typo, two typos,
# truncated, reorder, abbrev (Bros, Mgmt, Svcs, Ctr, Constr ...), acronym,
# legal (dropped, respelt, another form, Ltd./Ltée), and (& / and / +),
# branch (a site or a town), province (", AB", " (BC)", " - Surrey, BC"),
# contact, person, domain, mixed; and this region's own: numbered (the
# number alone, "1234567 Ont Inc", "0712345 BC Ltd", the number less its
# form), operating as (the trade name alone, the number alone, o/a respelt
# as O/A, c.o.b., dba), strata (Strata Plan / Strata Corp. / The Owners /
# SP, "VR1234" run together), condo (TSCC 1234 for Toronto Standard
# Condominium Corporation No. 1234, and back; "#1234"), legion (RCL, Br.,
# #), band (apostrophe, hyphen and orthography dropped, FN / Nation /
# First Nation / Band), professional corp (Professional Corporation as PC,
# Prof. Corp., dropped; "Dr." dropped), bilingual (the other language's
# half or version), accents.
# Impostors (about 37% of rows): same shape (a fresh name of the
# customers' templates, its words from an outside block), numbered one
# off (another numbered company one digit off the customer's, or the same
# number in another jurisdiction), other plan (another strata plan,
# condominium corporation or legion branch: the number two digits off or
# another registry prefix), other province (a customer's trade name with
# another province in it: "Prairie Sky Plumbing Nova Scotia Ltd."), rare
# word, common surname (a community's commonest surname in a trade no
# customer has), person (no contact), vendor (telcos, the CRA, couriers,
# software), prospect ("Quote - " and a fresh name), personal ("Home PC",
# "Kevin's laptop"), own staff.  At 50,000 customers most given name and
# surname pairs are some customer's contact, so few person and personal
# impostors (and person rows) are drawn there; the share of impostors
# holds (same_class).  A customer whose name is taken is drawn again as
# the same kind (numbered, strata, legion, firm ...), so 50,000 customers
# hold about the shares 5,000 do (numbered 14% / 17%); a third of the
# one-surname firms carry the owner's whole name ("Harjit Sandhu
# Trucking").
#
# Machines (linkgen.machine): a real row on one of its customer's assets
# 72%, another customer's 4%; impostors on unknown machines, a shared role
# name (RECEPTION, FRONT-DESK, DISPATCH ...) 18%, own staff on the bench.
#
# Labels: rows label-audit.py doubts are drawn again, and so are
# impostors that, read through this generator's skeleton (accents folded,
# legal forms, "the", "of", "and", "o/a", "dba", "no." and "branch"
# dropped, abbreviations and condominium and legion acronyms expanded,
# letters and digits split, doubled letters single), are a customer's name,
# or a form of it (the trade name, the numbered name, each language's
# half, the name less its owner), or hold all its words less one, or hold
# a listed person's full name (linkgen.Checks, parts_known and pairs).  A
# person's name is a real row only when that whole name is one customer's
# contact only.
import functools
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import screenconnect_record as scr  # noqa: E402
import linkgen as lk  # noqa: E402


def unaccent(s):
	"""s as an English keyboard types it: no accents, no ḵ or x̱."""
	if s.isascii():
		return s
	return "".join(ch for ch in unicodedata.normalize("NFKD", s)
		if unicodedata.category(ch) != "Mn")


# ---------------------------------------------------------------- places
# (town, province, desk, share, postal code head, area code)
TOWNS = [("Vancouver", "BC", "VAN", 10, "V6", "604"),
	("Surrey", "BC", "VAN", 6, "V3", "604"), ("Richmond", "BC", "VAN", 5,
	"V6", "604"), ("Burnaby", "BC", "VAN", 3, "V5", "604"),
	("Abbotsford", "BC", "VAN", 2, "V2", "604"),
	("Calgary", "AB", "CGY", 8, "T2", "403"), ("Edmonton", "AB", "CGY", 7,
	"T5", "780"), ("Red Deer", "AB", "CGY", 1, "T4", "403"),
	("Saskatoon", "SK", "CGY", 1, "S7", "306"), ("Regina", "SK", "CGY", 1,
	"S4", "306"),
	("Winnipeg", "MB", "WPG", 7, "R3", "204"), ("Steinbach", "MB", "WPG", 2,
	"R5", "204"), ("Winkler", "MB", "WPG", 1, "R6", "204"),
	("Brandon", "MB", "WPG", 1, "R7", "204"),
	("Toronto", "ON", "TOR", 10, "M5", "416"), ("Brampton", "ON", "TOR", 5,
	"L6", "905"), ("Mississauga", "ON", "TOR", 5, "L5", "905"),
	("Markham", "ON", "TOR", 4, "L3", "905"),
	("Ottawa", "ON", "OTT", 6, "K1", "613"), ("Orleans", "ON", "OTT", 1,
	"K1", "613"), ("Cornwall", "ON", "OTT", 1, "K6", "613"),
	("Hawkesbury", "ON", "OTT", 1, "K6", "613"),
	("Halifax", "NS", "HFX", 5, "B3", "902"), ("Dartmouth", "NS", "HFX", 2,
	"B2", "902"), ("Sydney", "NS", "HFX", 1, "B1", "902"),
	("Moncton", "NB", "HFX", 4, "E1", "506"), ("Dieppe", "NB", "HFX", 2,
	"E1", "506")]
PROVINCE = {"BC": "British Columbia", "AB": "Alberta", "SK": "Saskatchewan",
	"MB": "Manitoba", "ON": "Ontario", "NS": "Nova Scotia",
	"NB": "New Brunswick", "QC": "Quebec", "PE": "Prince Edward Island",
	"NL": "Newfoundland"}
# Which communities each desk's customers come from (weights).
COMMUNITY = {"VAN": {"anglo": 30, "punjabi": 22, "chinese": 25,
	"filipino": 10, "menno": 4, "ukr": 2, "fn": 5, "fr": 1},
	"CGY": {"anglo": 40, "punjabi": 12, "chinese": 8, "filipino": 10,
	"menno": 6, "ukr": 15, "fn": 6, "fr": 2},
	"WPG": {"anglo": 30, "punjabi": 6, "chinese": 4, "filipino": 14,
	"menno": 20, "ukr": 16, "fn": 8, "fr": 4},
	"TOR": {"anglo": 36, "punjabi": 20, "chinese": 22, "filipino": 10,
	"ukr": 4, "fn": 2, "fr": 2, "menno": 1},
	"OTT": {"anglo": 40, "fr": 35, "chinese": 8, "filipino": 5,
	"punjabi": 4, "fn": 4, "ukr": 3, "menno": 1},
	"HFX": {"anglo": 45, "fr": 40, "fn": 8, "chinese": 3, "filipino": 3,
	"punjabi": 2}}
STREETS = ["Main Street", "King Street West", "Yonge Street", "Kingsway",
	"No. 3 Road", "Fraser Highway", "Macleod Trail SE", "Jasper Avenue",
	"Portage Avenue", "Pembina Highway", "Bank Street", "Rue Main",
	"Barrington Street", "Queen Street", "Dundas Street East", "Hurontario "
	"Street", "Steeles Avenue", "Kennedy Road", "Highway 7", "Centre Street"]

# ---------------------------------------------------------------- people
SUR = {"anglo": "Smith Brown Wilson MacDonald Taylor Campbell Anderson "
	"Jones Thompson Johnson Martin White Stewart Robinson Clarke Scott Reid "
	"Murray Ross Fraser MacLeod MacKenzie McLean Morrison Graham Young "
	"Walker Mitchell Cameron Henderson Doyle Kelly O'Brien Murphy Wright "
	"Hughes King Lewis Harris Baker Gordon Ferguson Chisholm Kennedy Boyd "
	"Hunter Grant Sutherland Duncan Watson Burns Gillis MacIsaac "
	"MacNeil".split(),
	"punjabi": "Sandhu Gill Sidhu Dhillon Grewal Brar Sangha Dhaliwal "
	"Bains Johal Virk Randhawa Cheema Mann Atwal Toor Kang Hundal Basra "
	"Aujla Sekhon Khangura Pannu Bhullar Dhami Chahal Sahota Sohi Jhajj "
	"Malhi Bal Hayer Dosanjh Purewal Thind Nijjar Kooner Sran Rai".split(),
	"chinese": "Chan Wong Lee Cheung Leung Lam Ng Ho Lau Chow Yip Tsang "
	"Fung Kwan Mak Tam Chu Wang Zhang Liu Chen Huang Lo Tse Kwok "
	"Szeto Yeung Kwong Siu Luk Cheng Chung Tong Hui Ma Mok Poon Wu Lai "
	"Choi".split(),
	"filipino": ["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza",
	"Dela Cruz", "Villanueva", "Ramos", "Aquino", "Castillo", "De Leon",
	"Navarro", "Pascual", "Manalo", "Soriano", "Tolentino", "Dizon",
	"Mercado", "Macaraeg", "Flores", "Domingo", "Santiago", "Salvador",
	"Lopez", "Valdez", "Cabrera", "Rivera", "Ocampo", "Javier", "Torres",
	"Gutierrez", "Lacson", "Sison"],
	"menno": "Friesen Penner Klassen Dyck Wiebe Thiessen Reimer Enns Janzen "
	"Loewen Neufeld Froese Unger Giesbrecht Funk Rempel Hiebert Sawatzky "
	"Toews Kroeker Harder Martens Bergen Doerksen Dueck Fehr Goertzen "
	"Hildebrand Klippenstein Krahn Letkeman Plett Schellenberg Warkentin "
	"Wall Zacharias".split(),
	"ukr": "Kowalchuk Hrynchuk Melnyk Shevchenko Kozak Boychuk Zacharuk "
	"Prokopchuk Romaniuk Tkachuk Wasylyshyn Yaremko Sawchuk Hnatiuk "
	"Fedoruk Stefanyshyn Lysyk Kuzyk Semeniuk Hawryliuk Bodnarchuk Demchuk "
	"Danylchuk Kostiuk Maksymchuk Olynyk Petryshyn Rudko Slobodian Tymchuk "
	"Wowk Zelinski".split(),
	"acadian": "LeBlanc Cormier Gallant Arsenault Doucet Landry Babineau "
	"Robichaud Bourque Léger Thériault Comeau Savoie Boudreau Goguen "
	"Poirier Maillet Haché Chiasson Allain Bastarache Belliveau Daigle "
	"Gaudet Hébert Melanson Pellerin Saulnier Surette Vautour Doiron "
	"Boucher".split(),
	"fr": "Lalonde Séguin Lavigne Charbonneau Bélanger Gauthier Lemieux "
	"Lafleur Brisebois Desjardins Ménard Lévesque Trudel Paquette Beaulieu "
	"Proulx Larocque Gosselin Brunet Chartrand Côté Dubois Fortin Gervais "
	"Lacroix Lafrance Legault Lortie Racine Sabourin Tessier "
	"Villeneuve".split(),
	"fn": "Sparrow Point Crowchild Starlight Cardinal Houle Spence Bird "
	"Googoo Denny Augustine Whitecalf Yellowbird Linklater Bearspaw Sock "
	"Paul Francis Ahenakew Bellegarde Daniels Fiddler Flett Keeper "
	"Lavallee McKay Monias Settee Swampy Wolfe Knott".split()}
GIVEN = {"anglo": "James John Robert Michael David William Daniel Matthew "
	"Ryan Kevin Brian Scott Jennifer Sarah Jessica Emily Michelle Lisa "
	"Karen Heather Amanda Laura Megan Tyler Brandon Jordan Kyle Shawn "
	"Nicole Stephanie Ashley Kimberly Christine".split(),
	"punjabi": "Harjit Gurpreet Manpreet Jaspreet Rajinder Sukhwinder "
	"Amandeep Navdeep Baljit Kulwinder Harpreet Parmjit Jagdeep Ravinder "
	"Manjit Harleen Simran Navneet Jasleen Rupinder Amrit Kiranjit "
	"Balwinder Gurdeep Jaswinder Paramjit Sandeep Tejinder".split(),
	"chinese": "Kevin Raymond Kenneth Wilson Alan Vincent Eric Jason Peter "
	"Tony Henry Patrick Terence Calvin Winnie Irene Cindy Grace Karen "
	"Michelle Jenny Vivian Connie Fiona Queenie Ivy Stanley Gordon Edmund "
	"Ricky Agnes Shirley Doris Wendy".split(),
	"filipino": "Jose Mark Rodel Arnel Jun Ronaldo Joel Romeo Jayson Maria "
	"Rowena Marites Maricel Jennifer Analyn Lorna Cristina Rosario Rommel "
	"Edgardo Danilo Reynaldo Marivic Jocelyn Leah Aileen".split(),
	"menno": "Abram Jacob Peter Henry John Cornelius David Gerhard Isaac "
	"Helen Anna Susan Margaret Tina Katherine Elizabeth Ernie Walter "
	"Frank Victor Agatha Mary Linda Irene".split(),
	"ukr": "Michael Steve Walter Bill Nick Taras Bohdan Roman Orest Andriy "
	"Olga Nadia Lesia Oksana Natalie Halyna Daria Ivan Myron Jaroslaw "
	"Wasyl Stella Anne Sonia Tania".split(),
	"fr": "Jean Marc Pierre Luc André René Gilles Normand Yvon Réjean Denis "
	"Marie Josée Chantal Nathalie Monique Lise Sylvie Julie Renée "
	"Geneviève Guy Michel Gérald Rémi Claude Lucie Annie Manon "
	"Danielle".split(),
	"fn": "Joseph Clifford Ernest Lawrence Darrell Wayne Leroy Gordon "
	"Brenda Delphine Marlene Gloria Rita Crystal Tanya Dwayne Curtis "
	"Russell Travis Shirley Melody Dolores Cheryl".split()}
# Surnames no customer draws (the outside block for same-shape
# impostors): Newfoundland's and Quebec's, where this MSP has no desk.
OUT_SUR = ["Noseworthy", "Hiscock", "Rideout", "Pardy", "Furey", "Squires",
	"Tremblay", "Bouchard", "Pelletier", "Gagné", "Ouellet", "Kusugak"]
OUT_BRAND = ["Gros Morne", "Avalon", "Torngat", "Klondike", "Laurentian",
	"Saguenay", "Gaspésie", "Ungava"]

# ---------------------------------------------------------------- words
BRAND = {"VAN": ["Lions Gate", "Pacific Rim", "Coast Mountain",
	"Fraser Valley", "Harbourview", "Cascadia", "Granville", "Burrard",
	"Stanley Park", "Seymour", "Golden Ears", "Coquitlam", "Steveston",
	"Grouse Mountain"],
	"CGY": ["Chinook", "Bow Valley", "Rocky Mountain", "Foothills",
	"Prairie Sky", "Big Sky", "Wild Rose", "Stampede", "Kananaskis",
	"Elbow River", "North Saskatchewan", "Nose Hill", "Whyte Avenue",
	"Aspen Parkland"],
	"WPG": ["Red River", "Assiniboine", "Prairie Crocus", "Golden Boy",
	"Whiteshell", "Pembina Valley", "Osborne", "Riding Mountain",
	"Interlake", "Birds Hill", "Seine River", "Corydon"],
	"TOR": ["Don Valley", "Lakeshore", "Humber", "Queensway",
	"Credit Valley", "Rouge Valley", "Bayview", "Danforth", "Etobicoke",
	"Scarborough Bluffs", "Unionville", "Port Credit", "Bramalea"],
	"OTT": ["Rideau", "Bytown", "Ottawa Valley", "Capital", "Kanata",
	"Glebe", "Gatineau Hills", "Westboro", "Carleton", "Nepean",
	"Hintonburg", "Rockcliffe"],
	"HFX": ["Bluenose", "Fundy", "Cabot", "Citadel", "Petitcodiac",
	"Chebucto", "Sackville", "Annapolis", "Cape Breton", "Bedford Basin",
	"Magnetic Hill", "Shediac"],
	"all": ["Maple Leaf", "True North", "Northern Lights", "Aurora",
	"Pinnacle", "Summit", "Evergreen", "Heritage", "Cornerstone",
	"Great Northern", "Timberline", "Polaris", "Trillium", "Beaver",
	"Birchwood", "Maplewood", "Northstar", "Keystone", "Silver Birch",
	"Red Maple", "Blue Heron", "Lakeview", "Riverside", "Westwind",
	"Eastgate", "Parkside"],
	"chinese": ["Golden Dragon", "Lucky Star", "Jade Garden",
	"Double Happiness", "Golden Phoenix", "Fortune", "Dynasty"],
	"filipino": ["Kabayan", "Pinoy", "Manila", "Bayanihan", "Mabuhay",
	"Sampaguita"],
	"punjabi": ["Khalsa", "Punjab", "Five Rivers", "Shan-e-Punjab",
	"Royal Punjabi"],
	"ukr": ["Kalyna", "Trembita", "Carpathia", "Dnipro", "Veselka"],
	"fr": ["Acadie", "Évangéline", "Beauséjour", "Memramcook", "Vanier",
	"Saint-Boniface", "Rockland"]}
RARE = ["Tamarack", "Fireweed", "Ptarmigan", "Kittiwake", "Wapiti",
	"Muskeg", "Bunchberry", "Lady Slipper", "Snowshoe", "Inukshuk",
	"Chickadee", "Spruce Grouse", "Caribou Moss", "Saskatoon Berry"]
LEGAL = [("Ltd.", 40), ("Inc.", 30), ("Corp.", 6), ("Limited", 9),
	("Incorporated", 3), ("Corporation", 2), ("ULC", 1)]
LEGAL_FR = [("Ltée", 40), ("Inc.", 30), ("Ltd./Ltée", 20),
	("Limitée", 10)]
LEGAL_ALT = {"Ltd.": ["Ltd", "LTD", "Limited", "ltd.", "Inc."],
	"Inc.": ["Inc", "INC", "Incorporated", "inc.", "Ltd."],
	"Corp.": ["Corp", "Corporation", "Inc."], "Limited": ["Ltd.", "Ltd",
	"LIMITED"], "Incorporated": ["Inc.", "Inc"], "Corporation": ["Corp.",
	"Corp"], "ULC": ["Ulc", "Unlimited Liability Corporation", "Ltd."],
	"Ltée": ["Ltee", "Ltd.", "LTÉE", "Limitée"], "Ltd./Ltée": ["Ltd.",
	"Ltée", "Ltd/Ltee", "Ltd. / Ltée"], "Limitée": ["Ltée", "Limited",
	"Limitee"], "LLP": ["L.L.P.", "llp", "LLP."]}
# Numbered companies by province: the digits, the jurisdiction as the
# registry writes it, its legal elements, and how a technician shortens
# the jurisdiction.
NUMBERED = {"BC": (lambda r: "0%06d" % r.randint(600000, 999999),
	"B.C.", ["Ltd."], ["BC", "B.C"]),
	"AB": (lambda r: "%07d" % r.randint(1000000, 2299999), "Alberta",
	["Ltd.", "Inc.", "Corp."], ["AB", "Alta"]),
	"SK": (lambda r: "1%08d" % r.randint(100000, 2099999),
	"Saskatchewan", ["Ltd."], ["Sask", "SK"]),
	"MB": (lambda r: "%07d" % r.randint(4000000, 7999999), "Manitoba",
	["Ltd.", "Inc."], ["MB", "Man"]),
	"ON": (lambda r: "%07d" % r.randint(1000000, 2999999), "Ontario",
	["Inc.", "Limited", "Ltd."], ["Ont", "ON"]),
	"NS": (lambda r: "33%05d" % r.randint(0, 99999), "Nova Scotia",
	["Limited", "ULC"], ["NS", "N.S."]),
	"NB": (lambda r: "%06d" % r.randint(500000, 729999), "N.B.",
	["Ltd.", "Inc.", "Ltée"], ["NB", "N-B"]),
	"CA": (lambda r: "%d" % r.randint(3000000, 14999999), "Canada",
	["Inc.", "Ltd.", "Corp."], ["Can", "CDA"])}
OA = ["o/a", "O/A", "operating as", "c.o.b. as", "dba", "DBA"]
# Sectors: (sector, weight, how likely a firm carries a legal form).
SECTORS = [("dental", 7, .3), ("medical", 6, .3), ("law", 6, 0),
	("accounts", 6, .2), ("trucking", 7, .85), ("trades", 12, .7),
	("auto", 7, .6), ("food", 10, .55), ("realty", 6, .5),
	("retail", 6, .6), ("farm", 4, .6)]
CARRIES = {s[0]: s[2] for s in SECTORS}
# {B} a brand, {S} {S2} surnames, {P} the owner's full name, {G} a given
# name, {T} the town.  Templates that carry their own form end in it.
TPL = {"dental": ["{B} Dental Centre", "{S} Dental", "{T} Family "
	"Dentistry", "{B} Dental Clinic", "{B} Orthodontics",
	"Dr. {P} Dentistry Professional Corporation", "Dr. {P} Inc."],
	"medical": ["{B} Medical Clinic", "{B} Walk-In Clinic",
	"{B} Physiotherapy", "{S} Chiropractic", "{B} Optometry",
	"Dr. {P} Medicine Professional Corporation", "{B} Pharmacy"],
	"law": ["{S} & {S2} LLP", "{S} Law", "{S} Law Professional "
	"Corporation", "{S} {S2} LLP Barristers & Solicitors",
	"Law Office of {P}", "{S} & Company Law Corporation"],
	"accounts": ["{S} & Company", "{S} & {S2} Chartered Professional "
	"Accountants", "{S} CPA Professional Corporation", "{S} Tax Services",
	"{B} Bookkeeping", "{S} & {S2} CPA LLP", "{P} CPA",
	"{P} Bookkeeping Services"],
	"trucking": ["{S} Transport", "{S} Bros Trucking", "{S} Trucking",
	"{B} Freightlines", "{S} Carriers", "{B} Logistics", "{S} Express", "{P} Trucking"],
	"trades": ["{S} Plumbing & Heating", "{S} Electric", "{B} Roofing",
	"{S} Bros Construction", "{S} Contracting", "{B} Renovations",
	"{S} & Sons Excavating", "{B} Heating & Cooling", "{S} Landscaping",
	"{P} Contracting", "{P} Electric"],
	"auto": ["{B} Auto Body", "{S} Auto Repair", "{S} Collision",
	"{B} Tire & Auto", "{S} Motors", "{B} Auto Glass"],
	"food": ["{B} Restaurant", "{B} Bakery", "{B} Sweets", "{B} Cafe",
	"{B} Pizza", "{B} Catering", "{S}'s Diner"],
	"realty": ["{P} Personal Real Estate Corporation", "{B} Realty",
	"{S} Insurance Brokers", "{B} Property Management",
	"{B} Mortgage Centre", "{S} Insurance Agency", "{P} Insurance Agency"],
	"retail": ["{B} Hardware", "{B} Furniture", "{S} Jewellers",
	"{B} Flowers", "{B} Home Hardware", "{B} Cellular"],
	"farm": ["{S} Farms", "{S} Seeds", "{S} Feed & Supply",
	"{S} Farm Equipment", "{S} Sales & Service", "{B} Greenhouses",
	"{P} Farms", "{G} {S} Custom Seeding"]}
# A community's own templates (drawn for a third of its firms).
OWN_TPL = {"chinese": [("food", "{B} Seafood Restaurant"), ("retail",
	"{B} Trading Co."), ("food", "{B} BBQ House"), ("accounts",
	"{S} & {S2} CPA"), ("realty", "{G} {S} Realty Group")],
	"filipino": [("retail", "{B} Filipino Store"), ("trucking",
	"{B} Cargo Express"), ("medical", "{S} Home Care Services"),
	("food", "{B} Bakeshop"), ("medical", "{B} Caregivers Agency")],
	"punjabi": [("trucking", "{S} Transport"), ("trucking", "{S} Bros "
	"Trucking"), ("trucking", "{S} Freightways"), ("food",
	"{B} Sweets & Restaurant"), ("realty", "{S} Insurance Agency"),
	("food", "{B} Banquet Hall")],
	"ukr": [("food", "{S} Perogy Co."), ("food", "{B} Sausage"),
	("retail", "{B} Ukrainian Gifts"), ("farm", "{S} Grain Farms")],
	"menno": [("farm", "{S} Sales & Service"), ("farm", "{S} Farm "
	"Equipment"), ("trades", "{S} Construction"), ("retail",
	"{S} Furniture"), ("farm", "{S} Honey Farm")]}
# Acadian and Franco-Ontarian firms: (French, English) versions.
BILINGUAL = [("dental", "Clinique dentaire {S}", "{S} Dental Clinic"),
	("food", "Boulangerie {S}", "{S} Bakery"), ("medical",
	"Pharmacie {S}", "{S} Pharmacy"), ("auto", "Garage {S}",
	"{S} Garage"), ("medical", "Centre de santé {B}",
	"{B} Health Centre"), ("law", "Cabinet juridique {S}",
	"{S} Law Office"), ("trades", "Plomberie {S}", "{S} Plumbing"),
	("retail", "Épicerie {S}", "{S} Grocery"), ("realty",
	"Assurances {S}", "{S} Insurance")]
# First Nations: (the name in the customer list, its short form, province,
# forms a technician types for the short form)
BANDS = [("Musqueam Indian Band", "Musqueam", "BC", ["Musqueam"]),
	("Tsleil-Waututh Nation", "Tsleil-Waututh", "BC", ["Tsleil Waututh",
	"TsleilWaututh"]),
	("Sḵwx̱wú7mesh Úxwumixw", "Squamish", "BC", ["Squamish Nation"]),
	("Kwantlen First Nation", "Kwantlen", "BC", ["Kwantlen"]),
	("Tsuut'ina Nation", "Tsuut'ina", "AB", ["Tsuutina", "Tsuu T'ina",
	"Tsuu Tina"]),
	("Siksika Nation", "Siksika", "AB", ["Siksika"]),
	("Enoch Cree Nation", "Enoch Cree", "AB", ["Enoch Cree"]),
	("Peguis First Nation", "Peguis", "MB", ["Peguis"]),
	("Sagkeeng First Nation", "Sagkeeng", "MB", ["Sagkeeng"]),
	("Six Nations of the Grand River", "Six Nations", "ON",
	["Six Nations"]),
	("Mississaugas of the Credit First Nation", "Mississaugas of the "
	"Credit", "ON", ["Mississaugas of Credit", "Credit River"]),
	("Algonquins of Pikwakanagan First Nation", "Pikwakanagan", "ON",
	["Pikwakanagan"]),
	("Membertou First Nation", "Membertou", "NS", ["Membertou"]),
	("Eskasoni First Nation", "Eskasoni", "NS", ["Eskasoni"]),
	("Elsipogtog First Nation", "Elsipogtog", "NB", ["Elsipogtog"])]
BAND_UNITS = ["Band Office", "Health Centre", "Administration",
	"School", "Gas Bar", "Development Corporation", "Fisheries",
	"Child and Family Services", "Housing Department", "Youth Centre"]
STRATA_PREFIX = ["VR", "LMS", "NW", "BCS", "EPS", "VIS", "KAS"]
CONDO = {"TOR": [("TSCC", "Toronto Standard Condominium Corporation", 50),
	("MTCC", "Metropolitan Toronto Condominium Corporation", 25),
	("PSCC", "Peel Standard Condominium Corporation", 15),
	("YRSCC", "York Region Standard Condominium Corporation", 10)],
	"OTT": [("OCSCC", "Ottawa-Carleton Standard Condominium Corporation",
	60), ("CCC", "Carleton Condominium Corporation", 40)]}
ROLES = {"dental": ["RECEPTION", "OP1", "OP2", "XRAY"], "medical":
	["FRONT-DESK", "EXAM1", "EXAM2"], "law": ["RECEPTION", "PARALEGAL",
	"SERVER"], "accounts": ["TAX1", "TAX2", "ADMIN"], "trucking":
	["DISPATCH", "YARD", "SAFETY"], "trades": ["OFFICE", "ESTIMATING",
	"SHOP"], "auto": ["SERVICE", "PARTS", "ESTIMATOR"], "food":
	["POS1", "POS2", "KITCHEN"], "realty": ["FRONT", "ADMIN", "BROKER"],
	"retail": ["TILL1", "TILL2", "BACKOFFICE"], "farm": ["SHOP", "OFFICE",
	"SCALE"], "strata": ["CONCIERGE", "MGMT-OFFICE"], "legion":
	["BAR", "OFFICE"], "band": ["RECEPTION", "FINANCE", "MEMBERSHIP"],
	"coop": ["OFFICE", "FRONT"]}
OTHER_TRADE = ["Dry Cleaning", "Hair Studio", "Pet Grooming",
	"Martial Arts", "Tattoo", "Bicycle Repair", "Music School",
	"Driving School", "Yoga Studio", "Tailoring", "Vending",
	"Snow Removal", "Locksmith", "Daycare", "Car Wash"]
TECHS = {"VAN": ["Jason Chan", "Harpreet Gill"], "CGY": ["Tyler Kowalchuk",
	"Megan Reid"], "WPG": ["Kyle Friesen", "Rowena Santos"],
	"TOR": ["Navdeep Sandhu", "Michelle Wong"], "OTT": ["Marc Lalonde"],
	"HFX": ["Scott MacLeod", "Julie Cormier"]}
VENDORS = ["Bell Canada", "Rogers Business", "TELUS Business",
	"Shaw Business", "Eastlink", "SaskTel", "Canada Revenue Agency",
	"CRA My Business Account", "Service Canada", "WorkSafeBC", "WSIB",
	"Canada Post", "Purolator", "Staples Business", "Best Buy for Business",
	"Sage 50 Support", "QuickBooks Canada", "Moneris", "CIRA",
	"Microsoft 365", "Dell Canada", "Lenovo Canada", "Syncro Support"]
STAFF = ["Bench 3", "BENCH-VAN-2", "Loaner laptop 4", "Tech bench - "
	"Calgary", "Image build W11", "Demo laptop", "Spare PC 07",
	"Shop test rig", "Kyle Friesen", "Michelle Wong", "Returns - RMA 12",
	"New build 5"]
PERSONAL = ["{G}'s laptop", "Home PC", "{G} home", "{G} {S} personal",
	"Mom's computer", "Kids' iPad", "Personal - {G} {S}", "{G}'s MacBook"]
PROSPECT = ["Quote - ", "Quote for ", "Estimate - ", "Prospect: ",
	"Demo - "]
SITES = ["Head Office", "Warehouse", "Yard", "Shop", "Unit 2",
	"Location 2", "Front Desk", "Back Office", "Main Office",
	"Second Location"]

# ---------------------------------------------------------------- skeleton
# The checks read a name as its words: abbreviations and acronyms as
# their words, forms and joining words dropped.
SK_MAP = {"bros": "brothers", "bro": "brothers", "co": "company",
	"ont": "ontario", "sask": "saskatchewan", "alta": "alberta",
	"mgmt": "management", "svcs": "services", "svc": "service",
	"ctr": "centre", "center": "centre", "constr": "construction",
	"intl": "international", "assoc": "associates", "st": "saint",
	"ste": "sainte", "mtn": "mountain", "sp": "strata", "rcl":
	"royal canadian legion", "fn": "first nation", "condo": "condominium",
	"tscc": "toronto standard condominium", "mtcc": "metropolitan toronto "
	"condominium", "pscc": "peel standard condominium", "yrscc": "york "
	"region standard condominium", "ocscc": "ottawa carleton standard "
	"condominium", "ccc": "carleton condominium", "cpas": "cpa",
	"dentaire": "dental", "coop": "cooperative", "cooperative":
	"cooperative"}
SK_DROP = set("ltd ltee limited limitee inc incorporated incorporee corp "
	"corporation ulc llp pc prof professional personal real estate prec "
	"the of and et n a an dr o oa cob dba as no nr number br branch "
	"owners plan chartered accountants".split())


def _squeeze(w):
	return re.sub(r"(.)\1+", r"\1", w)


SK_MAP = {_squeeze(k): v for k, v in SK_MAP.items()}
SK_DROP = {_squeeze(w) for w in SK_DROP}
GLUE = [("b.c.", "bc"), ("n.b.", "nb"), ("n.s.", "ns"), ("o/a", " "),
	("c.o.b.", " "), ("d/b/a", " "), ("co-op", "coop"), ("co-operative",
	"cooperative"), ("chartered professional accountants", "cpa"),
	("'s ", "s "), ("'", "")]


def _words(s):
	s = unaccent(s).lower()
	for a, b in GLUE:
		s = s.replace(a, b)
	s = re.sub(r"(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])", " ", s)
	out = []
	for w in re.split("[^0-9a-z]+", s):
		w = _squeeze(w)
		for x in SK_MAP.get(w, w).split():
			if x and x not in SK_DROP:
				out.append(x)
	return out


@functools.lru_cache(maxsize=None)
def skel_words(s):
	"""s's skeleton words (the checks ask for a name's often)."""
	return tuple(_words(s))


def skel(s):
	"""The skeleton as one string."""
	return " ".join(_words(s)) if len(s) < 3 else " ".join(skel_words(s))


# Each part of an impostor, cut at " - ", ": ", ", ", " (", " / ", " o/a "
# or " dba ", is to be no customer's name, no form of one, no listed person.
ck = lk.Checks(skel, skel_words, r" [-–/] |: |, | \(| o/a | dba ",
	parts_known=True, pairs=True)


# ---------------------------------------------------------------- customers
def town_of(rng, desk=None):
	ts = [t for t in TOWNS if desk is None or t[2] == desk]
	return rng.choices(ts, [t[3] for t in ts])[0]


def surnames_of(comm, desk):
	if comm == "fr" and desk == "HFX":
		return SUR["acadian"]
	return SUR[comm]


def owner(rng, comm, desk):
	"""(given name, surname) of comm; an English given name for a fifth
	of the Punjabi- and Filipino-Canadians born here."""
	g = GIVEN[comm]
	if comm in ("punjabi", "filipino") and rng.random() < .2:
		g = GIVEN["anglo"]
	return rng.choice(g), rng.choice(surnames_of(comm, desk))


def brand(rng, comm, desk):
	r = rng.random()
	if r < .2:
		return rng.choice(RARE)
	if comm in BRAND and r < .55:
		return rng.choice(BRAND[comm])
	return rng.choice(BRAND[desk] if r < .75 else BRAND["all"])


def fill(tpl, v):
	return re.sub(r"\{(\w+)\}", lambda m: v[m.group(1)], tpl)


def base(cid, t, comm, sector, kind):
	"""A customer's record before its name."""
	town, prov, desk, _, post, area = t
	return {"id": cid, "town": town, "prov": prov, "desk": desk,
		"post": post, "area": area, "comm": comm, "sector": sector,
		"kind": kind, "legal": "", "brand": None, "surs": [], "given": None,
		"owner": None, "pname": None, "trade": None, "num": None,
		"halves": [], "band": None, "plan": None}


def firm(rng, c, outside=False):
	"""A named business of c's community: sets name, core, legal and the
	words it is named by."""
	comm, desk = c["comm"], c["desk"]
	p = owner(rng, comm, desk)
	s2 = rng.choice(surnames_of(comm, desk))
	while s2 == p[1]:
		s2 = rng.choice(surnames_of(rng.choice(sorted(SUR)), desk))
	b = brand(rng, comm, desk)
	if outside:
		p = (p[0], rng.choice(OUT_SUR))
		s2 = rng.choice([w for w in OUT_SUR if w != p[1]])
		b = rng.choice(OUT_BRAND)
	v = {"B": b, "S": p[1], "S2": s2, "P": "%s %s" % p, "G": p[0],
		"T": c["town"]}
	if comm == "fr" and rng.random() < .7:
		sector, fr, en = rng.choice(BILINGUAL)
		fr, en = fill(fr, v), fill(en, v)
		r = rng.random()
		core = "%s / %s" % (fr, en) if r < .4 else fr if r < .7 else en
		c["halves"] = [fr, en]
		tpl = fr
		legals = LEGAL_FR
	else:
		sector = lk.wpick(rng, SECTORS)
		tpl = rng.choice(TPL[sector])
		if comm in OWN_TPL and rng.random() < .35:
			sector, tpl = rng.choice(OWN_TPL[comm])
		if "{S2}" not in tpl and rng.random() < .35:
			# the owner's whole name: "Harjit Sandhu Trucking"
			tpl = tpl.replace("{S}", "{P}", 1)
		core = fill(tpl, v)
		legals = LEGAL
	used = set(re.findall(r"\{(\w+)\}", tpl))
	c["sector"] = sector
	own_form = re.search(r"(Corporation|LLP|Solicitors|Inc\.)$", core)
	if not own_form and rng.random() < CARRIES[sector]:
		c["legal"] = lk.wpick(rng, legals)
	c["core"] = core
	c["name"] = " ".join(x for x in (core, c["legal"]) if x)
	c["brand"] = b if "B" in used else None
	c["surs"] = [v[k] for k in ("S", "S2") if k in used]
	c["given"] = p[0] if "G" in used else None
	c["owner"] = p
	c["pname"] = v["P"] if "P" in used else None
	return c


def numbered(rng, c, taken):
	"""A numbered company of its province (a fifth federal), with an
	operating name (a named firm's) two times in three."""
	j = "CA" if rng.random() < .2 else c["prov"]
	digits, juris, forms, _ = NUMBERED[j]
	num = digits(rng)
	while num in taken:
		num = digits(rng)
	taken.add(num)
	form = rng.choice(forms)
	c.update(num=num, juris=j, nform=form)
	bare = "%s %s %s" % (num, juris, form)
	if rng.random() < .34:
		c.update(name=bare, core="%s %s" % (num, juris), legal=form,
			sector=rng.choice(["trades", "realty", "trucking", "retail"]))
		c["owner"] = owner(rng, c["comm"], c["desk"])
		return c
	firm(rng, c)
	trade = c["core"]
	r = rng.random()
	if r < .5:
		name = "%s %s %s" % (bare, rng.choice(["o/a", "o/a", "O/A",
			"operating as", "c.o.b. as"]), trade)
	elif r < .8:
		name = "%s (%s)" % (trade, bare)
	else:
		name = "%s dba %s" % (bare, trade)
	c.update(name=name, core=trade, trade=trade, legal="")
	return c


def strata(rng, c, taken):
	"""A BC strata corporation by its plan: "The Owners, Strata Plan LMS
	1234", "Strata Corp. NW 567", a building's name after it a third of
	the time."""
	while True:
		pre = rng.choice(STRATA_PREFIX)
		n = str(rng.randint(10, 4999) if pre in ("VR", "NW", "VIS", "KAS")
			else rng.randint(100, 9999))
		if (pre, n) not in taken:
			taken.add((pre, n))
			break
	head = rng.choice(["The Owners, Strata Plan", "Strata Plan",
		"Strata Corporation", "Strata Corp.", "Strata Plan"])
	name = "%s %s %s" % (head, pre, n)
	if rng.random() < .33:
		name += " - " + rng.choice(["The", ""]) + " " + \
			rng.choice(BRAND["VAN"] + BRAND["all"]) + rng.choice([
			"", " Tower", " Place", " Court", " Estates"])
	c.update(name=" ".join(name.split()), core=" ".join(name.split()),
		plan=(pre, n, "strata"), sector="strata")
	c["owner"] = owner(rng, c["comm"], c["desk"])
	return c


def condo(rng, c, taken):
	"""An Ontario condominium corporation, as the registry names it or by
	its letters ("TSCC 1234", "YCC#84")."""
	kinds = CONDO[c["desk"]]
	short, full, _ = rng.choices(kinds, [x[2] for x in kinds])[0]
	while True:
		n = str(rng.randint(1, 2999))
		if (short, n) not in taken:
			taken.add((short, n))
			break
	r = rng.random()
	if r < .6:
		name = "%s No. %s" % (full, n)
	elif r < .85:
		name = "%s %s" % (short, n)
	else:
		name = "%s #%s" % (short, n)
	c.update(name=name, core=name, plan=(short, n, "condo", full),
		sector="strata")
	c["owner"] = owner(rng, c["comm"], c["desk"])
	return c


def legion(rng, c, taken):
	"""A Royal Canadian Legion branch, numbered in its province's
	command, often with its town."""
	n = str(rng.randint(1, 299 if c["prov"] != "ON" else 650))
	if (c["prov"], n) in taken:	# a branch already a customer: a firm
		c["kind"] = "firm"
		return firm(rng, c)
	taken.add((c["prov"], n))
	r = rng.random()
	if r < .4:
		name = "Royal Canadian Legion Branch %s" % n
	elif r < .75:
		name = "Royal Canadian Legion Branch %s %s" % (n, c["town"])
	else:
		name = "Royal Canadian Legion %s Branch %s" % (c["town"], n)
	c.update(name=name, core=name, plan=("RCL", n, "legion"),
		sector="legion")
	c["owner"] = owner(rng, "anglo", c["desk"])
	return c


def band(rng, c):
	"""A First Nation's band office or one of its businesses (a band of
	the desk's province, else a firm of the community)."""
	bs = [b for b in BANDS if b[2] == c["prov"]]
	if not bs:
		c["kind"] = "firm"
		return firm(rng, c)
	full, short, _, typed = rng.choice(bs)
	unit = rng.choice(BAND_UNITS)
	if unit == "Band Office" and rng.random() < .5:
		name = full
	else:
		name = "%s %s" % (rng.choice([full, short]) if "Indian" not in full
			else short, unit)
	c.update(name=name, core=name, band=(full, short, typed),
		sector="band")
	c["owner"] = owner(rng, "fn", c["desk"])
	return c


def coop(rng, c):
	b = brand(rng, c["comm"], c["desk"])
	tpl = rng.choice(["{B} Housing Co-operative", "{B} Co-op",
		"{B} Housing Co-op", "{T} Co-op Association", "{B} Credit Union"])
	name = fill(tpl, {"B": b, "T": c["town"]})
	c.update(name=name, core=name, sector="coop", brand=b if "{B}" in tpl
		else None)
	c["owner"] = owner(rng, c["comm"], c["desk"])
	return c


def make_customer(rng, cid, taken, desk=None, outside=False, r=None):
	"""A customer of desk (any desk: None); r draws what it is (numbered,
	strata or condo, legion, co-op, band or firm)."""
	t = town_of(rng, desk)
	comm = lk.wpick(rng, list(COMMUNITY[t[2]].items()))
	c = base(cid, t, comm, None, "firm")
	if outside:
		return firm(rng, c, outside=True)
	if r is None:
		r = rng.random()
	if r < .14:
		c["kind"] = "numbered"
		return numbered(rng, c, taken)
	if r < .2:
		if t[2] == "VAN":
			c["kind"] = "strata"
			return strata(rng, c, taken)
		if t[2] in CONDO:
			c["kind"] = "strata"
			return condo(rng, c, taken)
	elif r < .22:
		c["kind"] = "legion"
		return legion(rng, c, taken)
	elif r < .24:
		c["kind"] = "coop"
		return coop(rng, c)
	if comm == "fn" and rng.random() < .7:
		c["kind"] = "band"
		return band(rng, c)
	return firm(rng, c)


def keys_of(c):
	"""(sector, word) for what a firm is named by."""
	ws = [c["brand"]] + c["surs"] + ([c["owner"][1]] if c["owner"] and
		c["pname"] else [])
	return [(c["sector"], skel(w)) for w in (ws if any(ws) else
		[c["core"]]) if w]


def latin(s):
	"""s in the letters an e-mail address or a machine name takes."""
	return re.sub(r"[^A-Za-z .-]+", "", unaccent(s))


def contacts(rng, c, ids):
	ps = [c["owner"]] if c["owner"] else []
	for _ in range(rng.randint(0, 3)):
		comm = c["comm"] if rng.random() < .7 else lk.wpick(rng,
			list(COMMUNITY[c["desk"]].items()))
		ps.append(owner(rng, comm, c["desk"]))
	return [lk.contact(ids, p[0], p[1], c["domain"], latin) for p in ps]


def assets(rng, c, ids, shared):
	"""linkgen's asset names from the name's words (its form and joining
	words left out), the town, the sector's roles, an owner's name."""
	name = latin(c["core"]).upper()
	words = [w for w in re.findall("[A-Z0-9]{3,}", name)
		if w.lower() not in SK_DROP]
	town = latin(c["town"]).upper().replace(" ", "")

	def personal(r):
		return latin(owner(r, c["comm"], c["desk"])[0]).upper()[:10]
	return lk.asset_names(rng, ids, words, town, ROLES[c["sector"]],
		shared, personal)


def postal(rng, head):
	"""A postal code: letter digit letter, digit letter digit (no D F I O
	Q U)."""
	ls = "ABCEGHJKLMNPRSTVWXYZ"
	if len(head) < 3:
		head += rng.choice(ls)
	return "%s %d%s%d" % (head, rng.randint(0, 9), rng.choice(ls),
		rng.randint(0, 9))


def address(rng, c):
	return {"address": "%d %s" % (rng.randint(1, 9999), rng.choice(STREETS)),
		"address_2": rng.choice([None, None, None, "Unit %d" %
		rng.randint(1, 30), "Suite %d" % rng.randint(100, 900)]),
		"city": c["town"], "state": c["prov"],
		"zip": postal(rng, c["post"])}


FREE_MAIL = ["gmail.com", "shaw.ca", "telus.net", "rogers.com",
	"sympatico.ca", "hotmail.com", "outlook.com", "eastlink.ca"]


def domain(rng, c, taken):
	if rng.random() < .3 or c["kind"] in ("strata", "legion"):
		return rng.choice(FREE_MAIL)
	word = c["brand"] or (c["surs"] or [""])[0] or (c["band"] or
		("", ""))[1] or (c["trade"] or "") or ""
	d = re.sub("[^a-z0-9]", "", latin(word).lower())[:15] or "office"
	d += {"dental": "dental", "law": "law", "trucking": "transport",
		"trades": "", "auto": "auto"}.get(c["sector"], "")
	tld = rng.choice([".ca", ".ca", ".com"])
	n = taken.get(d + tld, 0) + 1	# a digit more, as a registrar offers
	taken[d + tld] = n
	return d + tld if n == 1 else "%s%d%s" % (d, n, tld)


def main_contact(rng, c):
	"""Syncro's firstname/lastname/email of the first contact and a phone
	of the town's area code."""
	p = c["contacts"][0] if c["contacts"] else {}
	c["syncro"].update(firstname=p.get("firstname"),
		lastname=p.get("lastname"), email=p.get("email"),
		phone="(%s) %03d-%04d" % (c["area"], rng.randint(200, 999),
		rng.randint(0, 9999)))


def population(rng, n):
	g = lk.G()
	g.custs, seen, shared, taken, doms = [], set(), set(), set(), {}
	ids = iter(range(370000001, 399999999))
	cid = 37000000
	while len(g.custs) < n:
		# A name taken is drawn again as the same kind of customer, so
		# that 50,000 customers hold about the shares 5,000 do.
		r = rng.random()
		for _ in range(80):
			cid += rng.randint(1, 3)
			c = make_customer(rng, cid, taken, r=r)
			ks = {skel(f) for f in forms(c)}
			if "" not in ks and not ks & seen:
				break
		else:
			continue
		seen |= ks
		c["domain"] = domain(rng, c, doms)
		lk.add_customer(rng, g, c, ids, shared, address, contacts, assets)
		main_contact(rng, c)
	g.shared = sorted(shared)	# the role names more than one has
	return g


def forms(c):
	"""The names a customer goes by: its name, its core, the trade name
	and the number of a numbered company, each language's half, the
	name less its owner."""
	out = [c["name"], c["core"]]
	if c["num"]:
		out.append("%s %s" % (c["num"], NUMBERED[c["juris"]][1]))
	out += c["halves"]
	if c["pname"]:
		less = c["core"].replace(c["pname"], "").replace("Dr. ", "")
		if skel(less):
			out.append(less)
	return out


def index(g):
	ck.index_start(g)
	g.sector_keys = set()
	g.plans = set()
	for i, c in enumerate(g.custs):
		ck.add_names(g, i, [c["name"], c["core"]])
		ck.add_forms(g, i, forms(c))
		ck.add_words(g, i, skel_words(c["name"]))
		ck.add_contacts(g, i, c)
		g.sector_keys.update(keys_of(c))
		if c["num"]:
			g.plans.add(c["num"])
		if c["plan"]:
			g.plans.add(c["plan"][:2])
	ck.index_end(g)


# ---------------------------------------------------------------- typing
TYPO = lk.Typo(["1234567890-", "qwertyuiop", "asdfghjkl;", "zxcvbnm,"])


def either(rng, c, p_core=.5):
	return c["core"] if rng.random() < p_core else c["name"]


def n_caps(rng, g, c):
	"""All capitals, as a registry's certificate prints the name."""
	return either(rng, c).upper()


def n_lower(rng, g, c):
	"""Lower case, its dots and apostrophes dropped two times in five."""
	t = either(rng, c, .6).lower()
	if rng.random() < .4:
		t = re.sub(r"[.']", "", t)
	return t


def n_typo(rng, g, c, times=1):
	"""times slips on the US layout."""
	t = either(rng, c, .6)
	for _ in range(times):
		t = t and TYPO.one(rng, t)
	return t


def n_typo2(rng, g, c):
	return n_typo(rng, g, c, 2)


def n_truncated(rng, g, c):
	"""linkgen's cut, not into a plan's or a company's number."""
	t = lk.n_truncated(rng, g, c)
	if not t or (c["plan"] and c["plan"][1] not in t):
		return None
	if c["num"] and c["num"] in c["name"][:len(t) + 1] and c["num"] not in t:
		return None
	return t


def n_reorder(rng, g, c):
	"""The brand or surname moved to the front: "Wong Dental" for "Dental
	... Wong" and "Plumbing & Heating, Gill" forms."""
	s = c["core"]
	for w in [c["brand"]] + c["surs"]:
		if not w or not s.startswith(w + " ") or c["plan"]:
			continue
		rest = s[len(w) + 1:]
		if rest.startswith(("&", "and", "Bros", "'s")) or len(rest) < 4:
			return None
		return "%s, %s" % (rest, w) if rng.random() < .6 else \
			"%s - %s" % (rest, w)
	return None


ABBR = [("Brothers", "Bros."), ("Bros", "Brothers"), ("Management",
	"Mgmt"), ("Services", "Svcs"), ("Centre", "Ctr"), ("Construction",
	"Constr."), ("Company", "Co."), ("Chartered Professional Accountants",
	"CPA"), ("Mountain", "Mtn"), ("Heating & Cooling", "HVAC"),
	("Plumbing & Heating", "P&H"), ("Barristers & Solicitors",
	"Barristers"), ("Equipment", "Equip."), ("Co-operative", "Co-op"),
	("Physiotherapy", "Physio"), ("Restaurant", "Rest.")]
SK_MAP.update({"equip": "equipment", "physio": "physiotherapy",
	"rest": "restaurant", "hvac": "heating cooling", "p": "plumbing",
	"h": "heating"})


def swap_abbr(t, long, short):
	if re.search(r"(?<!\w)%s(?!\w)" % re.escape(long), t):
		return t.replace(long, short, 1)
	return t


n_abbrev = lk.abbrev_row(ABBR, swap_abbr,
	lambda rng, t: t.replace(".", "") if rng.random() < .4 else t)


def n_acronym(rng, g, c):
	"""A firm of three words or more by its initials ("Fraser Valley
	Auto Body" as "FVAB", "FV Auto Body")."""
	if c["pname"] or c["plan"] or c["num"] or c["kind"] == "band":
		return None
	ws = [w for w in re.split(r"[\s&/-]+", unaccent(c["core"]))
		if w and w[0].isalpha() and _squeeze(w.lower().strip(".")) not in
		SK_DROP]
	ini = "".join(w[:1].upper() for w in ws)
	if len(ini) < 3:
		return None
	return "%s %s" % (ini[:2], " ".join(ws[2:])) if rng.random() < .4 else ini


def legal_other(rng, c, r):
	alt = rng.choice(LEGAL_ALT[c["legal"]])
	if r < .9:
		return "%s %s" % (c["core"], alt)
	return "%s, %s" % (c["core"], alt)


n_legal = lk.legal_row(legal_other)


def n_and(rng, g, c):
	s = either(rng, c)
	if " & " not in s:
		return None
	return s.replace(" & ", rng.choice([" and ", " + ", "&", " n' "]), 1)


def n_branch(rng, g, c):
	s = either(rng, c, .6)
	site = rng.choice([c["town"], rng.choice(SITES), "%s %s" % (c["town"],
		rng.choice(SITES))])
	sep = rng.choice([" - ", " / ", " (", ": "])
	return s + sep + site + (")" if sep == " (" else "")


def n_province(rng, g, c):
	"""The province after the name or its town: "Gill Transport, BC",
	"Gill Transport (AB)", "Gill Transport - Surrey, BC"."""
	s = either(rng, c, .6)
	r = rng.random()
	if r < .35:
		return "%s, %s" % (s, c["prov"])
	if r < .6:
		return "%s (%s)" % (s, c["prov"])
	return "%s - %s, %s" % (s, c["town"], c["prov"])


n_contact = lk.contact_row(lambda rng, c, p: rng.choice(["", "", "",
	"(owner)", "(office manager)", "(bookkeeper)"]))
n_person = ck.person_row(lambda rng, c: rng.random() < .15)


def n_domain(rng, g, c):
	d = c["domain"]
	if d in FREE_MAIL:
		return None
	r = rng.random()
	if r < .45:
		return d
	if r < .7:
		return "www." + d
	return c["contacts"][0]["email"] if c["contacts"] else None


def n_numbered(rng, g, c):
	"""A numbered company by its number: alone, with the jurisdiction
	shortened ("1234567 Ont Inc", "0712345 BC Ltd"), or less its form."""
	if not c["num"]:
		return None
	_, juris, _, short = NUMBERED[c["juris"]]
	form = c["nform"].rstrip(".")
	r = rng.random()
	if r < .25:
		return c["num"]
	if r < .65:
		return "%s %s %s" % (c["num"], rng.choice(short), form)
	if r < .85:
		return "%s %s" % (c["num"], juris)
	return "#%s" % c["num"]


def n_operating(rng, g, c):
	"""A numbered company's operating name alone, its number with the
	trade name, or the o/a respelt."""
	if not c["trade"]:
		return None
	_, juris, _, short = NUMBERED[c["juris"]]
	r = rng.random()
	if r < .5:
		return c["trade"]
	if r < .75:
		return "%s %s %s %s" % (c["num"], rng.choice(short),
			rng.choice(OA), c["trade"])
	return "%s (%s)" % (c["trade"], c["num"])


def n_strata(rng, g, c):
	"""A strata plan as technicians write it: "VR1234", "Strata VR 1234",
	"SP LMS1234", "Strata Corp VR 1234", "Owners Strata Plan VR 1234"."""
	if not c["plan"] or c["plan"][2] != "strata":
		return None
	pre, n, _ = c["plan"]
	num = rng.choice(["%s %s", "%s%s", "%s-%s"]) % (pre, n)
	return rng.choice(["%s", "Strata %s", "SP %s", "Strata Corp %s",
		"Strata Plan %s", "Owners Strata Plan %s", "%s Strata"]) % num


def n_condo(rng, g, c):
	"""TSCC 1234 for Toronto Standard Condominium Corporation No. 1234 and
	back, "#1234", "Corp. No.", "Condo Corp"."""
	if not c["plan"] or c["plan"][2] != "condo":
		return None
	short, n, _, full = c["plan"]
	r = rng.random()
	if r < .4:
		return "%s %s" % (short, n) if rng.random() < .7 else short + n
	if r < .6:
		return "%s #%s" % (short, n)
	if r < .8:
		return "%s No. %s" % (full.replace("Corporation", "Corp."), n)
	return "%s %s" % (full, n)


def n_legion(rng, g, c):
	"""Royal Canadian Legion Branch 123 as "RCL Branch 123", "Legion Br.
	123", "Legion #123", "Royal Cdn Legion 123"."""
	if not c["plan"] or c["plan"][2] != "legion":
		return None
	n = c["plan"][1]
	t = rng.choice(["RCL Branch %s", "RCL Br. %s", "Legion Branch %s",
		"Legion #%s", "Royal Canadian Legion #%s", "RCL %s",
		"Branch %s Legion"]) % n
	if c["town"] in c["name"] and rng.random() < .6:
		t += rng.choice([" ", " - "]) + c["town"]
	return t


def n_band(rng, g, c):
	"""A band's name as typed: without the apostrophe, the hyphen or the
	orthography, First Nation / Nation / FN / Band."""
	if not c["band"]:
		return None
	full, short, typed = c["band"]
	t = c["name"]
	say = rng.choice(typed)
	if full in t:
		unit = t.replace(full, "").strip()
		tail = "" if "Nation" in say else rng.choice(["First Nation",
			"Nation", "FN", "Band", ""])
		return " ".join(x for x in (say, tail, unit) if x)
	return t.replace(short, say, 1) if say != short else None


def n_profcorp(rng, g, c):
	"""A professional corporation's form as "PC", "Prof. Corp.", dropped,
	or the "Dr." dropped."""
	s = c["name"]
	for long in ("Professional Corporation", "Personal Real Estate "
			"Corporation", "Law Corporation"):
		if s.endswith(long):
			r = rng.random()
			if r < .3 and s.startswith("Dr. "):
				return s[4:]
			short = {"Professional Corporation": ["PC", "Prof. Corp.",
				"Prof Corp", "P.C.", ""], "Personal Real Estate "
				"Corporation": ["PREC", "PREC*", "Realtor", ""],
				"Law Corporation": ["Law Corp.", "Law Corp", ""]}[long]
			return s[:-len(long)] + rng.choice(short)
	return None


def n_bilingual(rng, g, c):
	"""A French-named firm by its other language's version or half
	("LeBlanc Dental Clinic" for "Clinique dentaire LeBlanc")."""
	if not c["halves"]:
		return None
	fr, en = c["halves"]
	if c["core"] == fr:
		t = en
	elif c["core"] == en:
		t = fr
	else:
		t = rng.choice([fr, en])
	if c["legal"] and rng.random() < .4:
		t += " " + c["legal"].split("/")[0]
	return t


def n_accents(rng, g, c):
	s = either(rng, c)
	t = unaccent(s)
	return t if t != s else None


def n_mixed(rng, g, c):
	first = rng.choice([n_legal, n_abbrev, n_numbered, n_operating,
		n_bilingual, n_accents, n_profcorp, n_strata])(rng, g, c)
	turn = rng.choice([n_typo, n_caps, n_truncated, n_lower])
	return turn(rng, g, dict(c, name=first, core=first)) if first else None


KINDS = [("exact", lk.n_exact, 11), ("caps", n_caps, 4),
	("lower", n_lower, 3), ("typo", n_typo, 8), ("two typos", n_typo2, 3),
	("truncated", n_truncated, 4), ("reorder", n_reorder, 2),
	("abbrev", n_abbrev, 4), ("acronym", n_acronym, 2),
	("legal", n_legal, 7), ("and", n_and, 2), ("branch", n_branch, 3),
	("province", n_province, 3), ("contact", n_contact, 3),
	("person", n_person, 2), ("domain", n_domain, 2),
	("numbered", n_numbered, 6), ("operating as", n_operating, 4),
	("strata", n_strata, 2), ("condo", n_condo, 2), ("legion", n_legion, 1),
	("band", n_band, 2), ("professional corp", n_profcorp, 2),
	("bilingual", n_bilingual, 3), ("accents", n_accents, 2),
	("mixed", n_mixed, 4)]


# ---------------------------------------------------------------- impostors
def fresh(rng, g, c):
	"""A name of the customers' own shape whose brand and surnames no
	customer draws."""
	d = make_customer(rng, 0, set(), c["desk"], outside=True)
	if set(keys_of(d)) & g.sector_keys:
		return None
	return d["name"] if rng.random() < .7 else d["core"]


def i_numbered(rng, g, c):
	"""Another numbered company: one digit off the customer's number (not
	its first), or the same number in another jurisdiction."""
	if not c["num"]:
		return None
	num = c["num"]
	j = c["juris"]
	if rng.random() < .7:
		k = rng.randint(1, len(num) - 1)
		d = rng.choice([x for x in "0123456789" if x != num[k]])
		num = num[:k] + d + num[k + 1:]
	else:
		j = rng.choice([x for x in NUMBERED if x != j])
	if num in g.plans and j == c["juris"]:
		return None
	_, juris, forms, short = NUMBERED[j]
	if rng.random() < .7:
		return "%s %s %s" % (num, juris, rng.choice(forms))
	return "%s %s %s" % (num, rng.choice(short), rng.choice(forms))


def i_plan(rng, g, c):
	"""Another strata plan, condominium corporation or legion branch: the
	number two digits off, or (strata) another Land Title prefix."""
	if not c["plan"]:
		return None
	pre, n = c["plan"][:2]
	if c["plan"][2] == "strata" and rng.random() < .4:
		pre = rng.choice([p for p in STRATA_PREFIX if p != pre])
	else:
		n = str(int(n) + rng.choice([-1, 1]) * rng.randint(11, 99))
		if int(n) <= 0 or sum(a != b for a, b in zip(n.zfill(5),
				c["plan"][1].zfill(5))) < 2:
			return None
	if (pre, n) in g.plans:
		return None
	pre0, n0 = c["plan"][:2]
	if pre != pre0:
		t = c["name"].replace("%s %s" % (pre0, n0), "%s %s" % (pre, n0))
	else:
		t = re.sub(r"(?<!\d)%s(?!\d)" % n0, n, c["name"], count=1)
	return t if t != c["name"] else None


def i_province(rng, g, c):
	"""A customer's trade name with another province in it, as a firm of
	that name incorporated there: "Prairie Sky Plumbing Nova Scotia
	Ltd."."""
	if c["plan"] or c["band"] or c["num"] and not c["trade"] or \
			c["pname"] or c["halves"]:
		return None
	other = rng.choice([p for p in PROVINCE if p != c["prov"]])
	core = c["trade"] or c["core"]
	if rng.random() < .7:
		return "%s %s %s" % (core, PROVINCE[other], lk.wpick(rng, LEGAL))
	return "%s of %s" % (core, PROVINCE[other])


def other_trade(rng, c):
	"""A trade no customer has, not a word of c's."""
	tr = rng.choice(OTHER_TRADE)
	if set(skel_words(tr)) & set(skel_words(c["core"])):
		return None
	return tr


def i_rare(rng, g, c):
	"""A customer's rare word in a trade no customer has."""
	if c["brand"] not in RARE:
		return None
	tr = other_trade(rng, c)
	return tr and "%s %s" % (c["brand"], tr)


def i_surname(rng, g, c):
	"""A community's commonest surname in a trade no customer has."""
	tr = other_trade(rng, c)
	if not tr:
		return None
	s = surnames_of(c["comm"], c["desk"])[0]
	t = rng.choice(["%s %s", "%s's %s", "%s & Sons %s"]) % (s, tr)
	return t + " " + lk.wpick(rng, LEGAL) if rng.random() < .3 else t


def unknown(g, p):
	return not any(skel(n) in g.person or lk.held_by_all(g,
		set(skel_words(n))) for n in ("%s %s" % p, "%s %s" % p[::-1]))


def i_person(rng, g, c):
	p = owner(rng, c["comm"], c["desk"])
	if not unknown(g, p):
		return None
	return rng.choice(["", "", "", "Dr. "]) + "%s %s" % p


def i_personal(rng, g, c):
	p = owner(rng, c["comm"], c["desk"])
	if not unknown(g, p):
		return None
	return rng.choice(PERSONAL).format(G=p[0], S=p[1])


def i_prospect(rng, g, c):
	name = fresh(rng, g, c)
	return rng.choice(PROSPECT) + name if name else None


IMPOSTORS = [("impostor: " + kind, f, w) for kind, f, w in (
	("same shape", fresh, 16), ("numbered one off", i_numbered, 10),
	("other plan", i_plan, 7), ("other province", i_province, 9),
	("rare word", i_rare, 8), ("common surname", i_surname, 8),
	("person", i_person, 7), ("vendor", lk.one_of(VENDORS), 9),
	("prospect", i_prospect, 7), ("personal", i_personal, 7),
	("own staff", lk.one_of(STAFF), 6))]
KEPT = ("id", "name", "syncro", "contacts", "assets")
BENCH = ("BENCH-%s-%02d", 6)	# each desk's bench machines
CLOCK = (1831000000, 1013, 65)	# numbered()'s start, step and minutes


def main():
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random("blind37:" + seed)
	g = population(rng, ncust)
	index(g)
	rows = ck.draw_rows(rng, g, nnames, KINDS, IMPOSTORS, same_class=True)
	kept = [{k: c[k] for k in KEPT} for c in g.custs]
	g.custs = kept
	scr.write_desk_set(rng, out, kept, rows,
		lambda row: lk.machine(rng, g, row, BENCH), TECHS,
		("blind37", seed) + CLOCK)


if __name__ == "__main__":
	main()
