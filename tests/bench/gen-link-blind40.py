#!/usr/bin/env python3
# gen-link-blind40.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 25: the lead runs it once).  An Australian MSP:
# one Syncro account, one ScreenConnect, desks in Sydney (SYD, and
# Wollongong, Newcastle, Orange, Dubbo, Wagga Wagga), Melbourne (MEL, and
# Geelong, Ballarat, Bendigo, Shepparton), Brisbane (BNE, and Toowoomba,
# the Gold and Sunshine Coasts, Cairns, Townsville), Perth (PER, and
# Bunbury, Geraldton, Kalgoorlie), Adelaide (ADL, and Mount Gambier,
# Whyalla, Port Lincoln), Hobart (HBA, and Launceston, Devonport), Canberra
# (CBR, and Queanbeyan) and Darwin (DRW, and Katherine, Alice Springs).
# Customers: medical centres and GP clinics, dental, physio, pharmacies
# (banner-group franchisees: "Chemist Warehouse Bankstown"), accountants,
# solicitors ("X Lawyers", "X & Associates"), real estate agents (the
# franchise offices of a few brands in many suburbs: "Ray White
# Parramatta", "LJ Hooker Toowong"), tradies, cafes, pubs ("X Hotel"),
# clubs (RSL sub-branches, leagues, bowls and surf life saving clubs),
# councils ("Shire of X", "X City Council", "X Regional Council"), schools
# ("X Public School", "X State School", "St X's Catholic Primary School",
# "X Grammar School"), Aboriginal corporations ("X Aboriginal
# Corporation", "X Land Council", "X Aboriginal Medical Service") and
# family trusts ("The Trustee for the X Family Trust", "X Holdings Pty Ltd
# ATF X Family Trust"); some names carry the ABN or ACN.  Owners of
# English, Scottish and Irish descent, Greek, Italian, Vietnamese,
# Chinese, Lebanese and Indian.  Writes OUTDIR/customers.json (as
# Syncro's GET /customers returns them: id, business_name, firstname,
# lastname, email, phone, address, address_2, city - the suburb or town -,
# state - NSW, VIC ... -, zip - the postcode -, contacts, assets),
# names.tsv (typed TAB true id or "" TAB kind TAB machine), sessions.jsonl
# and sessions-machine.jsonl through linkgen.desk_main.  Python stdlib
# only, deterministic for a seed.  Customer ids from 40000000 (at most
# about 40150000 at 50,000 customers); contact and asset ids from
# 40200001, so every id stays below 41000000.
#
# Where each shape comes from ("found": found with the session's search
# tool; "known": public knowledge, no search):
# - Legal forms (found): the Corporations Act 2001 s 148-149 (librs.net
#   copy; lawyer.com.au "Use of Company Type"; maxwellco.com.au): a
#   proprietary company ends "Proprietary Limited", abbreviated "Pty Ltd",
#   "Pty Limited", "Proprietary Ltd", with or without full stops, a public
#   one "Limited", an unlimited proprietary one "Proprietary"; Company as
#   Co or Coy, and as &, Australian as Aust; nowinfinity.com.au: the
#   accepted spellings "Pty Ltd", "Pty. Ltd.", "Proprietary Ltd.".  P/L
#   and "Pty" alone as typed, Inc / Incorporated for the states'
#   incorporated associations (clubs, community bodies), "Co-operative
#   Ltd" (co-operatives' registers): known.
# - ABN and ACN (found): asic.gov.au "Australian Company Number (ACN)
#   Check Digit" (nine digits, printed nnn nnn nnn, a modulus 10 check
#   digit), the ABR's ABN formula (easytrackstatus / answers.com copies:
#   two check digits before nine, weights 10 1 3 5 7 9 11 13 15 17 19 on
#   the number less 1 in its first digit, modulus 89; printed nn nnn nnn
#   nnn, 1001ferramentas.com); startanaustraliancompany.com: a company's
#   ABN is its ACN with two check digits before it.  Both are drawn valid.
#   maxwellco.com.au: some companies carry the ACN in the name.
# - Trusts (known): the ABR names a trust "The Trustee for the X Family
#   Trust"; the trustee company and the trust written "X Pty Ltd ATF X
#   Family Trust", "as trustee for", "A.T.F.", "T/A" and "ITF" as
#   accountants write them; self-managed super funds ("X Super Fund",
#   "X Superannuation Fund") and unit trusts are other trusts of the same
#   family.  Many families of one surname each have their own trust,
#   each its own ABN: another ABN is another trust.
# - Aboriginal corporations (found: oric.gov.au, the Register of
#   Aboriginal and Torres Strait Islander Corporations under the CATSI Act
#   2006 - "Coota Girls Aboriginal Corporation", "Yindjibarndi Aboriginal
#   Corporation RNTBC", "Emama Nguda Aboriginal Corporation"); land
#   councils, Aboriginal medical services and language groups of each
#   desk's country (Darug, Dharawal, Awabakal, Wiradjuri; Wurundjeri,
#   Wadawurrung, Yorta Yorta; Yuggera, Quandamooka, Gubbi Gubbi; Whadjuk,
#   Noongar, Yamatji; Kaurna, Ngarrindjeri; palawa; Ngunnawal; Larrakia,
#   Tiwi, Arrernte, Yolngu): known (AIATSIS map of Indigenous Australia).
# - Keyboard (known): Australia uses the US QWERTY layout (the
#   "English (Australia)" input locale is the US keyboard); a slip is a
#   neighbour on the row, a dropped, doubled or swapped letter
#   (linkgen.Typo).
# - Places (known): each desk's suburbs and regional towns; suburb names
#   that stand in several states (Brighton SA / Vic / Qld / Tas, Richmond
#   NSW / Vic / Tas, Newtown NSW / Vic / Qld, Bayswater Vic / WA, Belmont
#   WA / Vic / NSW, Kensington, Hamilton, Springwood, Williamstown,
#   Campbelltown, Prospect, Sandy Bay, Ascot); postcodes by state (NSW
#   2xxx, ACT 26xx, Vic 3xxx, Qld 4xxx, SA 5xxx, WA 6xxx, Tas 7xxx, NT
#   08xx) and area codes (02, 03, 07, 08); state abbreviations as Australia
#   Post writes them (NSW, VIC, QLD, SA, WA, TAS, NT, ACT) and in title
#   case (Vic, Qld, Tas).
# - Names of practices, schools, councils and clubs (known): "X Medical
#   Centre", "X Family Practice"; state school names by state (NSW Public
#   School, Qld State School and State High School, Vic Primary School and
#   Secondary College, WA Senior High School), Catholic parish schools
#   ("St X's Catholic Primary School"), grammar schools; council styles
#   by state (NSW "X Shire Council", "X City Council"; Qld "X Regional
#   Council"; WA "Shire of X", "City of X", "Town of X"; Vic "City of X";
#   SA "District Council of X"); RSL sub-branches, leagues, bowls and
#   surf life saving clubs (SLSC); pubs called "X Hotel" (the Royal,
#   Commercial, Railway, Criterion ...); the real estate franchise brands
#   (Ray White, LJ Hooker, Harcourts, Raine & Horne, First National,
#   McGrath, Belle Property) and pharmacy banners (Chemist Warehouse,
#   Priceline Pharmacy, TerryWhite Chemmart, Amcal); slang and spelling
#   ("Servo", "Bottle-O", "Centre").
# - Surnames and given names (known): the commonest of Australia (Smith,
#   Jones, Williams, Brown, Wilson, Taylor ...), Greek (Papadopoulos,
#   Georgiou ...), Italian (Rossi, Russo ...), Vietnamese (Nguyen, Tran,
#   Le, Pham ...; Nguyen is the second commonest surname in Victoria),
#   Chinese (Wang, Li, Chen; Cantonese Chan, Wong, Cheung), Lebanese
#   (Khoury, Haddad, Nasser ...) and Indian (Singh, Kaur, Patel,
#   Sharma ...).
# - Vendors (known): Telstra Business, Optus, NBN Co, Aussie Broadband,
#   the ATO, ASIC Connect, MYOB, Xero, Best Practice, MedicalDirector,
#   Medicare PRODA, Bunnings Trade, Officeworks, Dell Australia.
#
# Real-row kinds (shares in KINDS): exact, caps, lower, typo, two typos,
# truncated, reorder, abbrev (Med Ctr, Physio, Accts, Sols, Elec, PS, SS,
# CPS, RC ...), acronym, legal (dropped, respelt or swapped: Pty Ltd /
# Pty. Ltd. / Pty Limited / Proprietary Limited / P/L / Pty / Ltd / Inc /
# Incorporated / Co-operative Ltd), branch (a suburb, a state or a
# postcode after the name), contact, person, domain (.com.au, .org.au,
# .net.au, .edu.au, .gov.au); and this region's: abn (the ABN or ACN
# typed with the name or alone, grouped or run together), trust (the
# trust alone, the trustee company alone, ATF / as trustee for / A.T.F. /
# ITF respelt), state (the state's abbreviation in another case or in
# full), franchise (a banner office's brand abbreviated or the suburb
# set off: "RW Parramatta", "LJH - Toowong", "Chemist Warehouse
# (Bankstown)"), club (RSL Sub-Branch / RSL Sub Branch / RSL, Surf Life
# Saving Club / SLSC, Bowls Club / Bowling Club, Leagues Club / Leagues),
# school (St / Saint, the apostrophe, Public School / PS, State School /
# SS, Catholic Primary School / CPS), spelling (Center, Organization,
# "Med Centre"), mixed.
# Impostors (about 37% of rows): same shape (a fresh name of the
# customers' templates from outside pools), other suburb (a banner
# office, school, club, pub or medical centre of a customer's name in
# another suburb of its desk: "Ray White Chatswood" for Ray White
# Parramatta), other state (a club, school, pub, practice or banner
# office of a suburb name that stands in several states, with another
# state typed: "Hamilton Medical Centre New South Wales" for the
# Victorian one; a state typed short, "(Vic)", label-audit.py reads as a
# site of the customer, so those rows are drawn again and the states of
# two words are left), other ABN (a family trust whose name carries its
# ABN, typed with another valid ABN: another family of the surname),
# other trust (the same family's other trust: "Nguyen Super Fund" for
# "The Trustee for the Nguyen Family Trust"), other family (the trust's
# shape with another surname of its community), rare word, common
# surname, person (a stranger's name half the time: surnames of the
# community no customer or contact has), vendor, prospect, personal, own
# staff.
#
# At 50,000 customers the customers' pools run short: a family trust of
# each surname and shape is one customer's, so trusts are fewer and the
# other-family, other-ABN and other-state impostors few or none (their
# shares go to the other kinds), and no contact's name is one customer's
# alone, so no real person rows.
#
# Machines (linkgen.machine): a real row on one of its customer's assets
# 72%, another customer's 4%; impostors on unknown machines, a shared
# role name 18%, own staff on the bench.
#
# Labels: rows label-audit.py doubts are drawn again, and so are
# impostors that, read through this generator's skeleton (accents
# folded, legal forms, "the", "of", "and", "co", ATF / as trustee for,
# ABN / ACN dropped; digits run together; St / Saint, abbreviations and
# states read as one; possessive s dropped; doubled letters single),
# equal a customer's name or one of its forms (the trust, the trustee
# company), hold every word of one but one, or hold the full name of a
# listed person (linkgen.Checks with parts_known and pairs).  A contact's
# name is a real row only when no other customer lists that whole name.
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linkgen as lk  # noqa: E402

# ---------------------------------------------------------------- places
# desk: (state, postcode range, area code, suburbs, regional towns)
DESKS = {"SYD": ("NSW", (2000, 2234), "02", "Parramatta Bankstown "
	"Chatswood Marrickville Cabramatta Hurstville Penrith Liverpool "
	"Newtown Bondi Manly Strathfield Auburn Blacktown Campbelltown "
	"Richmond Kensington Belmont Springwood", "Wollongong Newcastle Orange "
	"Dubbo Wagga_Wagga Bathurst Tamworth Lismore"),
	"MEL": ("VIC", (3000, 3207), "03", "Brunswick Footscray Richmond "
	"Box_Hill Dandenong Sunshine Oakleigh Preston Thornbury Carlton "
	"Northcote Werribee Brighton Bayswater Williamstown Kensington "
	"Hamilton", "Geelong Ballarat Bendigo Shepparton Mildura Warrnambool "
	"Traralgon"),
	"BNE": ("QLD", (4000, 4179), "07", "Toowong Sunnybank Indooroopilly "
	"Chermside Woolloongabba Fortitude_Valley Carindale Inala Springwood "
	"Brighton Newtown Ascot Hamilton Sandgate", "Toowoomba Ipswich "
	"Southport Maroochydore Cairns Townsville Mackay Rockhampton Bundaberg"),
	"PER": ("WA", (6000, 6199), "08", "Fremantle Subiaco Joondalup "
	"Mirrabooka Cannington Midland Rockingham Scarborough Bayswater "
	"Belmont Ascot Kensington Victoria_Park", "Bunbury Geraldton "
	"Kalgoorlie Albany Broome Busselton Karratha"),
	"ADL": ("SA", (5000, 5169), "08", "Glenelg Norwood Unley Prospect "
	"Salisbury Elizabeth Marion Mitcham Brighton Woodville Kensington "
	"Campbelltown Magill", "Mount_Gambier Whyalla Port_Lincoln "
	"Port_Augusta Murray_Bridge Victor_Harbor"),
	"HBA": ("TAS", (7000, 7055), "03", "Sandy_Bay Glenorchy Moonah "
	"Kingston Bellerive Howrah Richmond Brighton New_Town Lindisfarne",
	"Launceston Devonport Burnie Ulverstone"),
	"CBR": ("ACT", (2600, 2617), "02", "Belconnen Woden Tuggeranong "
	"Gungahlin Braddon Kingston Dickson Fyshwick Kambah Weston",
	"Queanbeyan Yass Goulburn"),
	"DRW": ("NT", (800, 832), "08", "Casuarina Palmerston Nightcliff "
	"Stuart_Park Parap Fannie_Bay Karama Millner", "Katherine "
	"Alice_Springs Tennant_Creek Nhulunbuy")}
DESK_SHARE = [("SYD", 22), ("MEL", 20), ("BNE", 15), ("PER", 11),
	("ADL", 9), ("HBA", 6), ("CBR", 7), ("DRW", 5)]
CITY = {"SYD": "Sydney", "MEL": "Melbourne", "BNE": "Brisbane",
	"PER": "Perth", "ADL": "Adelaide", "HBA": "Hobart", "CBR": "Canberra",
	"DRW": "Darwin"}
STATE_OF = {d[0]: k for k, d in DESKS.items()}
STATE_FULL = {"NSW": "New South Wales", "VIC": "Victoria", "QLD":
	"Queensland", "WA": "Western Australia", "SA": "South Australia",
	"TAS": "Tasmania", "ACT": "Australian Capital Territory",
	"NT": "Northern Territory"}
STATE_TYPED = {"NSW": ["NSW", "N.S.W."], "VIC": ["Vic", "VIC", "Vic."],
	"QLD": ["Qld", "QLD", "Qld."], "WA": ["WA", "W.A."], "SA": ["SA",
	"S.A."], "TAS": ["Tas", "TAS", "Tas."], "ACT": ["ACT", "A.C.T."],
	"NT": ["NT", "N.T."]}
# Places no customer is in (the outside block for same-shape impostors).
OUT_PLACE = ["Broken Hill", "Mudgee", "Echuca", "Horsham", "Emerald",
	"Longreach", "Esperance", "Carnarvon", "Ceduna", "Queenstown",
	"St Helens", "Jabiru"]
STREETS = ["George Street", "King Street", "Church Street", "High Street",
	"Main Street", "Victoria Street", "Railway Parade", "Station Street",
	"Bridge Road", "Pacific Highway", "Military Road", "Beach Road",
	"Albert Street", "Hay Street", "Rundle Street", "Smith Street"]
COMMUNITY = {"SYD": {"ang": 42, "leb": 12, "vie": 10, "chi": 12, "gre": 7,
	"ita": 7, "ind": 10}, "MEL": {"ang": 40, "gre": 14, "ita": 14,
	"vie": 12, "chi": 10, "ind": 10}, "BNE": {"ang": 62, "vie": 10,
	"chi": 10, "ita": 6, "ind": 8, "gre": 4}, "PER": {"ang": 62, "ita": 12,
	"chi": 10, "ind": 10, "vie": 6}, "ADL": {"ang": 55, "gre": 15,
	"ita": 15, "vie": 8, "ind": 7}, "HBA": {"ang": 85, "chi": 5, "ind": 5,
	"gre": 5}, "CBR": {"ang": 60, "chi": 12, "ind": 12, "vie": 6,
	"gre": 5, "leb": 5}, "DRW": {"ang": 65, "gre": 15, "chi": 6,
	"ind": 7, "vie": 7}}

# ---------------------------------------------------------------- people
SUR = {"ang": "Smith Jones Williams Brown Wilson Taylor Johnson White "
	"Martin Anderson Thompson Walker Harris Ryan Kelly King Campbell "
	"Mitchell Robinson Wright Hughes Murphy O'Brien Clarke Cooper Morgan "
	"Baker Stewart Hall Young Scott Evans Turner McDonald Fraser "
	"Sullivan Hayes Doyle Gallagher Quinn Barrett Dawson Fitzgerald "
	"Pearce Carmody Hollingsworth Whitlam".split(),
	"gre": "Papadopoulos Georgiou Nikolaidis Konstantinidis Dimitriou "
	"Christodoulou Karagiannis Vlahos Pappas Stavrou Angelopoulos "
	"Kyriakou Economou Theodorou Psaltis Kalogeropoulos Manolis Raptis "
	"Mavros Tsakalos Galanis Kouris".split(),
	"ita": "Rossi Russo Bianchi Romano Colombo Ricci Marino Greco Bruno "
	"Gallo Conti De_Luca Costa Giordano Mancini Lombardo Moretti Barbaro "
	"Caruso Ferraro Esposito Santoro Fiorentino La_Rosa Zappia".split(),
	"vie": "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ngo "
	"Duong Ly Truong Dinh Lam Quach".split(),
	"chi": "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Lin Chan Wong "
	"Cheung Lau Ng Leung Tang Kwok Yip Chow Ho".split(),
	"leb": "Khoury Haddad Nasser Saad Hanna Karam Harb Issa Azar "
	"Fakhoury Mansour Salem Habib Rahme Daher Chahine Touma Youssef "
	"Elias Najjar".split(),
	"ind": "Singh Kaur Patel Sharma Kumar Gupta Reddy Rao Iyer Nair "
	"Pillai Shah Mehta Kapoor Malhotra Chopra Sandhu Gill Dhillon Bhatia "
	"Joshi Desai Verma Agarwal".split()}
GIVEN = {"ang": "Jack Oliver William Thomas James Lachlan Cooper Mitchell "
	"Brett Darren Shane Craig Wayne Glenn Kylie Sharon Michelle Narelle "
	"Leanne Tracey Chloe Olivia Charlotte Mia Isla Ruby Kate Bec Matt "
	"Bronwyn".split(),
	"gre": "Nick Con George Peter Chris Jim Steve Helen Maria Voula "
	"Eleni Sophia Katerina Despina Angelo Stavros Dimitri".split(),
	"ita": "Tony Frank Sam Joe Luigi Vince Rocco Carmela Rosa Lucia "
	"Giulia Franca Domenic Salvatore Teresa Gina".split(),
	"vie": "Minh Thanh Hung Tuan Duc Anh Lan Linh Hoa Mai Trang Phuong "
	"Kevin Vivian Tony Hieu".split(),
	"chi": "Wei Jun Hao Ming Lei Xin Ying Mei Jing Kenny Alan Eric "
	"Winnie Grace Cindy Jason".split(),
	"leb": "Michael Joseph Elie Tony Charbel Rami Fadi Bilal Ahmad Rita "
	"Nadia Layla Mariam Samira Georges Nabil".split(),
	"ind": "Raj Amit Vikram Sunil Rahul Harpreet Gurpreet Manpreet Priya "
	"Anjali Deepa Sunita Kiran Arjun Navjot Pooja".split()}
OUT_SUR = ["Tregloan", "Vandenberg", "Kowalczyk", "Szabo", "Mwangi",
	"Okonkwo", "Abernethy", "Quartermaine", "Bjelke", "Lindqvist"]
OUT_BRAND = ["Kimberley", "Nullarbor", "Gulf Country", "Pilbara",
	"Goldfields", "Flinders", "Tanami", "Arnhem"]
# Language groups of each desk's country (the Aboriginal corporations).
NATION = {"SYD": ["Darug", "Dharawal", "Awabakal", "Wiradjuri", "Gadigal",
	"Bundjalung"], "MEL": ["Wurundjeri", "Wadawurrung", "Yorta Yorta",
	"Gunditjmara", "Dja Dja Wurrung", "Boon Wurrung"], "BNE": ["Yuggera",
	"Quandamooka", "Gubbi Gubbi", "Kombumerri", "Birri Gubba"],
	"PER": ["Whadjuk", "Noongar", "Yamatji", "Wongutha", "Ballardong",
	"Yawuru"], "ADL": ["Kaurna", "Ngarrindjeri", "Narungga",
	"Adnyamathanha"], "HBA": ["palawa", "Pakana"], "CBR": ["Ngunnawal",
	"Ngambri", "Yuin"], "DRW": ["Larrakia", "Tiwi", "Arrernte", "Yolngu",
	"Warlpiri", "Jawoyn"]}

# ---------------------------------------------------------------- words
BRAND = {"SYD": ["Harbourside", "Blue Mountains", "Botany Bay",
	"Hawkesbury", "Northern Beaches", "Illawarra", "Cumberland"],
	"MEL": ["Yarra", "Bayside", "Dandenong Ranges", "Port Phillip",
	"Westgate", "Maribyrnong"],
	"BNE": ["Moreton Bay", "Brisbane River", "Glasshouse", "Redlands",
	"Sunshine Coast", "Scenic Rim"],
	"PER": ["Swan River", "Rottnest", "Kings Park", "Darling Range",
	"Indian Ocean", "Sandgroper"],
	"ADL": ["Torrens", "Barossa", "Adelaide Hills", "Fleurieu",
	"Holdfast Bay", "Mount Lofty"],
	"HBA": ["Derwent", "Huon Valley", "kunanyi", "Apple Isle",
	"Tamar Valley", "Salamanca"],
	"CBR": ["Lake Burley Griffin", "Black Mountain", "Molonglo",
	"Capital", "Brindabella"],
	"DRW": ["Top End", "Mindil", "Territory", "Litchfield", "Arafura",
	"Tropical"],
	"all": ["Southern Cross", "Coastal", "Bluegum", "Ironbark", "Wattle",
	"Banksia", "Waratah", "Kookaburra", "Jacaranda", "Coral Sea",
	"Boomerang", "Eucalypt", "Grevillea", "Bottlebrush", "Red Gum",
	"Silver Wattle", "Sunrise", "Summit", "Pinnacle", "Horizon",
	"Outback", "Heritage", "Lighthouse", "Seaside", "Greenfield",
	"Paperbark", "Blackwood", "Stringybark", "Emu Plains", "Lorikeet",
	"Magpie", "Platypus", "Wombat", "Kangaroo Point", "Cockatoo",
	"Saltbush", "Riverbend", "Highland", "Westside", "Eastside"]}
RARE = ["Quokka", "Bilby", "Numbat", "Quoll", "Bandicoot", "Potoroo",
	"Brolga", "Currawong", "Galah", "Bunyip", "Wallaroo", "Dugong"]
PUBS = ["Royal", "Commercial", "Railway", "Imperial", "Criterion",
	"Exchange", "Federal", "Grand", "Star", "Caledonian", "Court House",
	"Lord Nelson", "Palace", "Crown", "Terminus", "Tattersalls"]
SAINTS = ["Mary", "Patrick", "Joseph", "John", "Peter", "Paul", "Michael",
	"Anne", "Brigid", "Francis", "Thomas", "Kevin", "Bernadette", "Monica",
	"Mark", "Luke", "Clare", "Therese", "Columba", "Dominic", "Anthony"]
# Banner brands with an office in many suburbs: (brand, sector, their
# abbreviation as staff type it).
FRANCHISE = [("Ray White", "estate", "RW"), ("LJ Hooker", "estate", "LJH"),
	("Harcourts", "estate", None), ("Raine & Horne", "estate", "R&H"),
	("First National Real Estate", "estate", "FN"), ("McGrath", "estate",
	None), ("Belle Property", "estate", None), ("Chemist Warehouse",
	"pharmacy", "CW"), ("Priceline Pharmacy", "pharmacy", None),
	("TerryWhite Chemmart", "pharmacy", "TWC"), ("Amcal Pharmacy",
	"pharmacy", None), ("The Bottle-O", "food", "Bottle-O"),
	("Jim's Mowing", "trades", None)]

LEGAL = [("Pty Ltd", 62), ("Pty. Ltd.", 8), ("Pty Limited", 8),
	("Proprietary Limited", 2), ("P/L", 3), ("Pty", 3), ("Ltd", 4)]
LEGAL_ALT = {"Pty Ltd": ["Pty. Ltd.", "P/L", "Pty", "Pty Limited",
	"PTY LTD", "pty ltd", "Proprietary Limited", "Ltd"], "Pty. Ltd.":
	["Pty Ltd", "P/L", "Pty"], "Pty Limited": ["Pty Ltd", "P/L",
	"Proprietary Limited", "Pty. Limited"], "Proprietary Limited": ["Pty Ltd",
	"Pty Limited"], "P/L": ["Pty Ltd", "Pty. Ltd.", "PL"], "Pty":
	["Pty Ltd", "P/L"], "Ltd": ["Limited", "Ltd."], "Limited": ["Ltd"],
	"Inc": ["Inc.", "Incorporated", "INC"], "Incorporated": ["Inc",
	"Inc."], "Co-operative Ltd": ["Co-op Ltd", "Cooperative Limited",
	"Co-operative Limited", "Co-op"], "Aboriginal Corporation":
	["Aboriginal Corp", "Aboriginal Corp."]}
# (sector, how likely a firm carries a legal form, weight)
SECTORS = [("gp", .5, 8), ("dental", .6, 5), ("physio", .6, 3),
	("pharmacy", .6, 5), ("accounts", .6, 6), ("solicitors", .5, 5),
	("estate", .7, 6), ("trades", .8, 10), ("food", .5, 7), ("pub", .5, 4),
	("club", 0, 6), ("council", 0, 3), ("school", 0, 6),
	("aboriginal", 0, 3), ("trust", 0, 7)]
CARRIES = {s[0]: s[1] for s in SECTORS}
# {B} brand, {S} {S2} surnames, {P} a full name, {Pl} a suburb or town,
# {St} a street, {Pub} a pub's name.
TPL = {"gp": ["{Pl} Medical Centre", "{Pl} Family Practice", "{St} Medical "
	"Centre", "{B} Medical Centre", "{Pl} GP Clinic", "Dr {S} Family "
	"Practice", "{B} Family Medical Practice", "{Pl} Medical Clinic"],
	"dental": ["{Pl} Dental", "{B} Dental Care", "{S} Dental Surgery",
	"{Pl} Family Dental", "{B} Dental Studio", "{S} & {S2} Dental"],
	"physio": ["{Pl} Physiotherapy", "{B} Physio", "{B} Sports Physio",
	"{S} Physiotherapy Clinic", "{Pl} Podiatry", "{B} Chiropractic"],
	"pharmacy": ["{Pl} Pharmacy", "{S}'s Pharmacy", "{B} Pharmacy",
	"{Pl} Day & Night Pharmacy", "{S} Chemist"],
	"accounts": ["{S} & Associates", "{S} {S2} Accountants", "{B} Accounting",
	"{S} & Co Chartered Accountants", "{B} Tax & Business Advisers",
	"{S} {S2} & Partners", "{P} Accounting"],
	"solicitors": ["{S} Lawyers", "{S} & Associates Lawyers", "{S} {S2} "
	"Lawyers", "{B} Legal", "{S} & {S2} Solicitors", "{S} Conveyancing",
	"{P} Family Law"],
	"estate": ["{S} Real Estate", "{B} Property Group", "{B} Realty",
	"{S} & {S2} Real Estate", "{Pl} Property Management"],
	"trades": ["{S} Electrical", "{B} Plumbing", "{S} Plumbing & Gas",
	"{B} Air Conditioning", "{S} Sparkies", "{B} Roofing", "{S} Carpentry",
	"{S} & Sons Building", "{B} Electrical Services", "{P} Plumbing",
	"{B} Tiling", "{S} Concreting"],
	"food": ["{B} Cafe", "{B} Café", "{S}'s Bakery", "{B} Espresso",
	"{B} Pho", "{S}'s Pizzeria", "{B} Kebabs", "{B} Yum Cha", "{B} Servo",
	"{B} Fish & Chips", "{S}'s Deli"],
	"pub": ["{Pub} Hotel {Pl}", "The {Pub} Hotel", "{Pl} Hotel",
	"{Pl} Tavern", "{Pl} Bottle-O", "{Pub} Hotel Motel"]}
CLUB = ["{Pl} RSL Sub-Branch", "{Pl} RSL Club", "{Pl} Leagues Club",
	"{Pl} Bowls Club", "{Pl} Bowling Club", "{Pl} Surf Life Saving Club",
	"{Pl} Football Club", "{Pl} Golf Club", "{Pl} Workers Club",
	"{Pl} Netball Association", "{Pl} Cricket Club", "{Pl} Men's Shed",
	"{Pl} Rotary Club", "{Pl} Community Centre"]
CLUB_FORMS = [("Inc", 40), ("Incorporated", 10), ("Ltd", 15),
	("Co-operative Ltd", 5), ("", 30)]
COUNCIL = {"NSW": ["{T} Shire Council", "{T} City Council", "{T} Council"],
	"QLD": ["{T} Regional Council", "{T} City Council"], "WA": ["Shire of "
	"{T}", "City of {T}", "Town of {T}"], "VIC": ["City of {T}",
	"{T} Shire Council", "{T} Rural City Council"], "SA": ["District "
	"Council of {T}", "City of {T}", "{T} Council"], "TAS": ["{T} Council",
	"{T} City Council"], "ACT": ["{T} Community Council"], "NT": ["{T} Town "
	"Council", "City of {T}", "{T} Regional Council"]}
SCHOOL = {"NSW": ["{Pl} Public School", "{Pl} High School"], "QLD": ["{Pl} "
	"State School", "{Pl} State High School"], "VIC": ["{Pl} Primary "
	"School", "{Pl} Secondary College"], "WA": ["{Pl} Primary School",
	"{Pl} Senior High School"], "SA": ["{Pl} Primary School", "{Pl} High "
	"School"], "TAS": ["{Pl} Primary School", "{Pl} High School"],
	"ACT": ["{Pl} Primary School", "{Pl} College"], "NT": ["{Pl} Primary "
	"School", "{Pl} Middle School"]}
SCHOOL_ALL = ["St {Sa}'s Catholic Primary School, {Pl}", "St {Sa}'s "
	"Parish School, {Pl}", "{B} Grammar School", "{B} Christian College",
	"{B} Anglican School", "{B} Montessori School", "{Pl} Grammar",
	"St {Sa}'s College, {Pl}"]
ABORIGINAL = ["{N} Aboriginal Corporation", "{N} Land Council",
	"{Pl} Aboriginal Medical Service", "{N} Aboriginal Corporation for "
	"Health", "{N} Language Centre Aboriginal Corporation",
	"{N} Rangers Aboriginal Corporation", "{N} Native Title Aboriginal "
	"Corporation", "{Pl} Aboriginal Community Controlled Health Service",
	"{N} Elders Aboriginal Corporation", "{N} Women's Aboriginal "
	"Corporation"]
TRUST = ["The Trustee for the {S} Family Trust", "{S} Holdings Pty Ltd ATF "
	"{S} Family Trust", "{S} Nominees Pty Ltd as trustee for the {S} "
	"Family Trust", "{S} Investments Pty Ltd ATF The {S} Unit Trust",
	"The Trustee for {S} Family Trust", "{S} Enterprises Pty Ltd ATF "
	"{S} Family Trust", "{G} & {G2} {S} Family Trust"]
OTHER_TRUST = ["{S} Super Fund", "{S} Superannuation Fund", "{S} Family "
	"Super Fund", "{S} Property Trust", "The Trustee for the {S} "
	"Superannuation Fund", "{S} Discretionary Trust"]
ROLES = {"gp": ["RECEPTION", "NURSE", "CONSULT1", "CONSULT2"],
	"dental": ["RECEPTION", "SURGERY1", "OPG"], "physio": ["FRONTDESK",
	"ROOM1"], "pharmacy": ["DISPENSARY", "POS1"], "accounts": ["ADMIN",
	"TAX"], "solicitors": ["RECEPTION", "CONVEYANCING"], "estate":
	["PM", "SALES"], "trades": ["OFFICE", "UTE1"], "food": ["POS",
	"KITCHEN"], "pub": ["POS", "TAB", "OFFICE"], "club": ["BAR",
	"OFFICE", "POKIES"], "council": ["CUSTSERV", "RATES"], "school":
	["OFFICE", "LIBRARY", "STAFFROOM"], "aboriginal": ["OFFICE",
	"CLINIC"], "trust": ["HOME", "OFFICE"]}
OTHER_TRADE = ["Dog Grooming", "Driving School", "Tattoo Studio",
	"Locksmiths", "Tyre Service", "Car Wash", "Childcare", "Pest Control",
	"Pool Supplies", "Bike Shop", "Laundromat", "Nail Salon",
	"Mobile Mechanic"]
TECHS = {"SYD": ["Shane Doyle", "Rami Haddad"], "MEL": ["Con Georgiou",
	"Linh Tran"], "BNE": ["Brett Mitchell"], "PER": ["Kylie Scott"],
	"ADL": ["Nick Vlahos"], "HBA": ["Matt Hayes"], "CBR": ["Priya Sharma"],
	"DRW": ["Glenn Pearce"]}
VENDORS = ["Telstra Business", "Telstra", "Optus Business", "NBN Co",
	"Aussie Broadband", "ATO", "ATO Business Portal", "ASIC Connect",
	"MYOB", "Xero AU", "Best Practice Software", "MedicalDirector",
	"Medicare PRODA", "Bunnings Trade", "Officeworks", "Dell Australia",
	"Microsoft 365", "auDA", "Tyro", "Syncro Support", "Vocus"]
STAFF = ["Bench 2", "BENCH-SYD-3", "Loaner laptop 4", "Workshop PC",
	"Build W11 image", "Demo laptop", "Spare PC 07", "Test rig - Perth",
	"Shane Doyle", "Con Georgiou", "RMA return 22", "Stock laptop 5"]
PERSONAL = ["{G}'s laptop", "Home PC", "{G} home", "{G} {S} personal",
	"Mum's computer", "Kids laptop", "Personal - {G} {S}",
	"{G}'s MacBook", "{G} {S} (home)"]
PROSPECT = ["Quote - ", "Quote for ", "Prospect: ", "Demo - ",
	"Site visit - ", "New enquiry - "]
SITES = ["Head Office", "Shop 3", "Unit 2", "Main Site", "Warehouse",
	"Front Office", "Level 1", "Clinic 2"]
# Suburb names that stand in more than one state.
MULTI_STATE = {"Brighton": ["SA", "VIC", "QLD", "TAS"], "Richmond": ["NSW",
	"VIC", "TAS", "SA"], "Newtown": ["NSW", "VIC", "QLD"], "Bayswater":
	["VIC", "WA"], "Belmont": ["WA", "VIC", "NSW", "QLD"], "Kensington":
	["NSW", "VIC", "SA", "WA"], "Hamilton": ["VIC", "QLD", "NSW"],
	"Springwood": ["NSW", "QLD"], "Williamstown": ["VIC", "SA"],
	"Campbelltown": ["NSW", "SA"], "Prospect": ["SA", "NSW", "TAS"],
	"Kingston": ["TAS", "ACT", "QLD"], "Ascot": ["QLD", "WA", "VIC"],
	"Carlton": ["VIC", "NSW"], "Thornbury": ["VIC"], "Mitcham": ["SA",
	"VIC"]}

# ---------------------------------------------------------------- skeleton
# Phrases first (on the lower-case, accent-free name), then words: legal
# forms, trust words and ABN / ACN dropped, digits run together, states
# and abbreviations read as their one word.
PHRASE = [(re.compile(r"(?<=\d)[\s-]+(?=\d)"), ""),
	(re.compile(r"\bp\s*/\s*l\b|\bproprietary\b"), " pty "),
	(re.compile(r"\ba\.?\s?t\.?\s?f\.?(?=\s|$)|\bi\.?t\.?f\.?(?=\s|$)|"
	r"\bas trustee for\b|\b(the )?trustee for\b|\bt/f\b"), " "),
	(re.compile(r"\bco-?op(erative)?\b"), " coop "),
	(re.compile(r"\bsub[\s-]*branch\b"), " subbranch "),
	(re.compile(r"\bsurf life saving club\b"), " slsc "),
	(re.compile(r"\bbowling club\b"), " bowls club "),
	(re.compile(r"\bnew south wales\b|\bn\.s\.w\.?"), " nsw "),
	(re.compile(r"\bwestern australia\b|\bw\.a\.(?=\s|$)"), " wa "),
	(re.compile(r"\bsouth australia\b|\bs\.a\.(?=\s|$)"), " sa "),
	(re.compile(r"\baustralian capital territory\b|\ba\.c\.t\.?"), " act "),
	(re.compile(r"\bnorthern territory\b|\bn\.t\.(?=\s|$)"), " nt "),
	(re.compile(r"\bvictoria\b(?! (park|street|hotel))"), " vic "),
	(re.compile(r"\bqueensland\b"), " qld "),
	(re.compile(r"\btasmania\b"), " tas "),
	(re.compile(r"'s\b|'|’"), "")]
ABBR_WORD = {"st": "saint", "ctr": "centre", "center": "centre", "cntr":
	"centre", "med": "medical", "mc": "medical centre", "ps": "public "
	"school", "ss": "state school", "shs": "state high school", "cps":
	"catholic primary school", "physio": "physiotherapy", "accts":
	"accountants", "sols": "solicitors", "elec": "electrical", "plbg":
	"plumbing", "bros": "brothers", "svcs": "services", "assocs":
	"associates", "assoc": "association", "corp": "corporation", "ams":
	"aboriginal medical service", "rw": "ray white", "ljh": "lj hooker",
	"cw": "chemist warehouse", "twc": "terrywhite chemmart",
	"organization": "organisation", "centerpoint": "centrepoint",
	"aust": "australia", "coy": "co", "prim": "primary", "sch": "school",
	"fc": "football club", "gc": "golf club", "bc": "bowls club",
	"rc": "regional council", "cc": "city council", "sc": "shire council"}
DROP = set("pty ltd limited inc incorporated nl co company the of and a "
	"an for dr abn acn trustee ttf".split())


fold = lk.plain	# Café as Cafe
WORD = {}	# a typed word's skeleton words, worked out once


def _word(w):
	if w not in WORD:
		w0 = w[:-1] if w.endswith("s") and w[:-1] in SAINT_L else w
		WORD[w] = [re.sub(r"(\D)\1+", r"\1", x) for x in
			ABBR_WORD.get(w0, w0).split() if x and x not in DROP]
	return WORD[w]


SAINT_L = {s.lower() for s in SAINTS}


def _words(s):
	s = fold(s).lower()
	for rx, to in PHRASE:
		s = rx.sub(to, s)
	s = s.replace("&", " ").replace(".", "")
	out = []
	for w in re.split("[^0-9a-z]+", s):
		out += _word(w)
	return out


skel, skel_words = lk.skeleton(_words)
# Each part of an impostor, cut at " - ", ": ", ", ", " / ", " ATF ",
# " as trustee for " or "(", is to be no customer's name, no form of one
# (the trust a trustee company holds), no listed person.
ck = lk.Checks(skel, skel_words,
	r" [-–/] |: |, | ATF | atf | as trustee for (?:the )?| \(",
	parts_known=True, pairs=True)


# ---------------------------------------------------------------- numbers
def acn_of(rng):
	"""A valid ACN: eight digits and ASIC's modulus 10 check digit."""
	d = [rng.randint(0, 9) for _ in range(8)]
	s = sum(x * w for x, w in zip(d, range(8, 0, -1)))
	d.append((10 - s % 10) % 10)
	return "".join(map(str, d))


ABN_W = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]


def abn_of(acn):
	"""The ABN of a nine-digit number: the two check digits that make the
	ABR's weighted sum (less 1 in the first digit) a multiple of 89."""
	for cd in range(10, 100):
		d = [int(x) for x in "%d%s" % (cd, acn)]
		d[0] -= 1
		if sum(x * w for x, w in zip(d, ABN_W)) % 89 == 0:
			return "%d%s" % (cd, acn)
	return None


def grouped(num):
	"""An ABN as nn nnn nnn nnn, an ACN as nnn nnn nnn."""
	if len(num) == 11:
		return "%s %s %s %s" % (num[:2], num[2:5], num[5:8], num[8:])
	return "%s %s %s" % (num[:3], num[3:6], num[6:])


def new_abn(rng):
	while True:
		a = abn_of(acn_of(rng))
		if a:
			return a


# ---------------------------------------------------------------- customers
def places_of(desk, towns=True):
	d = DESKS[desk]
	return [p.replace("_", " ") for p in (d[3] + (" " + d[4] if towns
		else "")).split()]


def person(rng, comm):
	return rng.choice(GIVEN[comm]), rng.choice(SUR[comm]).replace("_", " ")


def brand(rng, desk):
	r = rng.random()
	if r < .15:
		return rng.choice(RARE)
	return rng.choice(BRAND[desk] if r < .5 else BRAND["all"])


def values(rng, c, outside):
	"""The values a template is filled with: {B}, {S}, {S2}, {P}, {G},
	{G2}, {Pl}, {St}, {Pub}, {N}, {Sa}; from outside pools for a fresh
	impostor."""
	comm, desk = c["comm"], c["desk"]
	p = person(rng, comm)
	s2 = person(rng, comm)[1]
	while s2 == p[1]:
		s2 = person(rng, rng.choice(sorted(SUR)))[1]
	pl, b = rng.choice(places_of(desk)), brand(rng, desk)
	if outside:
		p = (p[0], rng.choice(OUT_SUR))
		s2 = rng.choice([w for w in OUT_SUR if w != p[1]])
		b, pl = rng.choice(OUT_BRAND), rng.choice(OUT_PLACE)
	return {"B": b, "S": p[1], "S2": s2, "P": "%s %s" % p, "G": p[0],
		"G2": rng.choice([x for x in GIVEN[comm] if x != p[0]]), "Pl": pl,
		"St": rng.choice(STREETS),
		"Pub": rng.choice(PUBS), "N": rng.choice(NATION[desk]),
		"Sa": rng.choice(SAINTS)}, p


def filled(tpl, v):
	return re.sub(r"\{(\w+)\}", lambda m: v[m.group(1)], tpl)


def named(c, tpl, v, p, legal=""):
	"""c named by template tpl filled with v: its core, name, brand,
	surnames, owner p, place and the name less its place (pkey)."""
	used = set(re.findall(r"\{(\w+)\}", tpl))
	core = filled(tpl, v)
	c.update(core=core, legal=legal, owner=p, brand=v["B"] if "B" in used
		else None, surs=[v[k] for k in ("S", "S2") if k in used],
		pname=v["P"] if "P" in used else None,
		name=" ".join(x for x in (core, legal) if x))
	if "Pl" in used:
		c["place"] = v["Pl"]
		c["pkey"] = core.replace(v["Pl"], "{Pl}")
	return c


def firm(rng, c, sector, outside=False):
	"""A named firm; a banner franchise's office a fifth of the time
	where its sector has banners."""
	v, p = values(rng, c, outside)
	c["sector"] = sector
	fr = [f for f in FRANCHISE if f[1] == sector]
	if fr and not outside and rng.random() < (.45 if sector == "estate"
			else .2):
		f = rng.choice(fr)
		pl = rng.choice(places_of(c["desk"], False))
		v["Pl"] = pl
		named(c, f[0] + " {Pl}", v, p)
		c["banner"] = f
		if rng.random() < .5:	# the franchisee's company after it
			c["legal"] = "Pty Ltd"
			c["name"] = c["core"] + " Pty Ltd"
		return c
	tpl = rng.choice(TPL[sector])
	if "{S2}" not in tpl and "{S}" in tpl and "'s" not in tpl and \
			rng.random() < .2:
		tpl = tpl.replace("{S}", "{P}", 1)	# "Tony Rossi Electrical"
	legal = lk.wpick(rng, LEGAL) if rng.random() < CARRIES[sector] else ""
	return named(c, tpl, v, p, legal)


def club(rng, c, outside=False):
	v, p = values(rng, c, outside)
	if not outside and rng.random() < .35:	# a suburb of several states
		v["Pl"] = rng.choice([s for s, st in MULTI_STATE.items()
			if DESKS[c["desk"]][0] in st] or [v["Pl"]])
	c["sector"] = "club"
	return named(c, rng.choice(CLUB), v, p, lk.wpick(rng, CLUB_FORMS))


def council(rng, c, outside=False):
	v, p = values(rng, c, outside)
	st = DESKS[c["desk"]][0]
	t = v["Pl"] if outside else rng.choice(places_of(c["desk"])[-8:])
	c["sector"] = "council"
	v["T"] = t
	named(c, rng.choice(COUNCIL[st]).replace("{T}", "{Pl}"), dict(v,
		Pl=t), p)
	return c


def school(rng, c, outside=False):
	v, p = values(rng, c, outside)
	st = DESKS[c["desk"]][0]
	if not outside and rng.random() < .25:
		v["Pl"] = rng.choice([s for s, sts in MULTI_STATE.items()
			if st in sts] or [v["Pl"]])
	tpl = rng.choice(SCHOOL[st] if rng.random() < .55 else SCHOOL_ALL)
	c["sector"] = "school"
	return named(c, tpl, v, p, "Ltd" if "Grammar" in tpl and
		rng.random() < .2 else "")


def aboriginal(rng, c, outside=False):
	v, p = values(rng, c, outside)
	if outside:
		v["N"] = rng.choice(["Kuku Yalanji", "Martu", "Pitjantjatjara",
			"Barkindji", "Gamilaraay", "Bidjara"])
	tpl = rng.choice(ABORIGINAL)
	c["sector"] = "aboriginal"
	named(c, tpl, v, p)
	if c["core"].endswith(" Aboriginal Corporation"):
		c["legal"] = "Aboriginal Corporation"
		c["core"] = c["core"][:-len(" Aboriginal Corporation")]
		c["name"] = c["core"] + " Aboriginal Corporation"
	if "Native Title" in tpl and rng.random() < .5:
		c["name"] += " RNTBC"
	return c


def trust(rng, c, outside=False):
	"""A family trust: the ABR's "The Trustee for the X Family Trust", or
	the trustee company and the trust; its ABN in the name a quarter of
	the time."""
	v, p = values(rng, c, outside)
	tpl = rng.choice(TRUST)
	c["sector"] = "trust"
	named(c, tpl, v, p)
	c["surs"] = [v["S"]]
	m = re.match(r"(.*? Pty Ltd) (?:ATF|as trustee for) (?:[Tt]he )?(.*)$",
		c["core"])
	if m:
		c["company"], c["trust"] = m.group(1), m.group(2)
	else:
		c["trust"] = re.sub(r"^The Trustee for (the )?", "", c["core"])
	if rng.random() < .25 and not outside:
		c["abn"] = new_abn(rng)
		c["name"] = "%s %s" % (c["core"], rng.choice(["ABN %s", "(ABN %s)",
			"- ABN %s"]) % grouped(c["abn"]))
	return c


def new_cust(desk, comm):
	return {"id": 0, "desk": desk, "state": DESKS[desk][0], "comm": comm,
		"sector": None, "legal": "", "brand": None, "surs": [],
		"owner": None, "pname": None, "place": None, "pkey": None,
		"banner": None, "abn": None, "acn": None, "company": None,
		"trust": None, "town": CITY[desk]}


def make_customer(rng, desk=None, outside=False):
	desk = desk or lk.wpick(rng, DESK_SHARE)
	c = new_cust(desk, lk.wpick(rng, sorted(COMMUNITY[desk].items())))
	sector = lk.wpick(rng, SECTORS)
	make = {"club": club, "council": council, "school": school,
		"aboriginal": aboriginal, "trust": trust}.get(sector)
	if make:
		make(rng, c, outside)
	else:
		firm(rng, c, sector, outside)
	if c["legal"].startswith("Pty") and not outside and rng.random() < .1:
		# The company's ACN carried in its name.
		c["acn"] = acn_of(rng)
		c["name"] += rng.choice([" (ACN %s)", " ACN %s"]) % grouped(c["acn"])
	if c["legal"].startswith("Pty") and not outside and not c["acn"] and \
			rng.random() < .08:
		c["abn"] = new_abn(rng)
		c["name"] += " ABN %s" % grouped(c["abn"])
	return c


def forms(c):
	"""The names a customer goes by: its name, core, the trust and the
	trustee company, the name less its owner's given name."""
	out = [x for x in (c["name"], c["core"], c["company"], c["trust"]) if x]
	if c["pname"]:	# "Rossi Electrical" for "Tony Rossi Electrical"
		out.append(c["core"].replace(c["pname"], c["pname"].split()[-1]))
	return out


def keys_of(c):
	"""(sector, skeleton) of the brand and surnames a customer is named
	by: a fresh impostor of the sector may have none of them."""
	return [(c["sector"], skel(w)) for w in [c["brand"], *c["surs"]] if w]


def contacts(rng, c, ids):
	"""The owner and up to three staff, six in ten of the owner's
	community, the rest of the desk's."""
	staff = [c["owner"]] if c["owner"] else []
	mix = sorted(COMMUNITY[c["desk"]].items())
	for _ in range(rng.randint(0, 3)):
		own = rng.random() < .6
		staff.append(person(rng, c["comm"] if own else lk.wpick(rng, mix)))
	return [lk.contact(ids, g, s, c["domain"], lk.latin) for g, s in staff]


def assets(rng, c, ids, shared):
	words = [w for w in re.findall("[A-Z0-9]{3,}",
		lk.latin(c["core"]).upper()) if w.lower() not in DROP]
	town = lk.latin(c["place"] or c["town"]).upper().replace(" ", "")
	return lk.asset_names(rng, ids, words, town, ROLES[c["sector"]], shared,
		lambda r: lk.latin(person(r, c["comm"])[0]).upper()[:10])


def address(rng, c):
	lo, hi = DESKS[c["desk"]][1]
	return {"address": "%s%d %s" % (rng.choice(["", "", "", "Shop %d/" %
		rng.randint(1, 12), "Suite %d, " % rng.randint(1, 9)]),
		rng.randint(1, 480), rng.choice(STREETS)), "address_2": None,
		"city": c["place"] or c["town"], "state": c["state"],
		"zip": "%04d" % rng.randint(lo, hi)}


FREE_MAIL = ["gmail.com", "bigpond.com", "bigpond.net.au", "outlook.com",
	"optusnet.com.au", "hotmail.com", "iinet.net.au", "tpg.com.au"]
TLD = {"school": ".edu.au", "council": ".gov.au", "club": ".org.au",
	"aboriginal": ".org.au"}


def domain(rng, c, taken):
	if rng.random() < .25 and c["sector"] not in ("school", "council"):
		return rng.choice(FREE_MAIL)
	stem = lk.latin(c["brand"] or (c["surs"] or [""])[0] or c["place"] or
		c["core"]).lower()
	stem = re.sub("[^a-z0-9]", "", stem)[:14] or "office"
	stem += {"dental": "dental", "solicitors": "lawyers", "accounts":
		"accounting", "pharmacy": "pharmacy", "gp": "medical", "physio":
		"physio", "school": "school", "council": "council"}.get(
		c["sector"], "")
	tld = TLD.get(c["sector"], rng.choice([".com.au", ".com.au", ".net.au"]))
	k = stem + tld
	taken[k] = taken.get(k, 0) + 1
	return k if taken[k] == 1 else "%s%d%s" % (stem, taken[k], tld)


def syncro_fields(rng, c):
	"""The first contact's name and address, and the phone, as Syncro
	keeps them beside the address."""
	code = DESKS[c["desk"]][2]
	head = {"SYD": "9", "MEL": "9", "BNE": "3", "PER": "9", "ADL": "8",
		"HBA": "62", "CBR": "62", "DRW": "89"}[c["desk"]]
	num = head + "".join(str(rng.randint(0, 9)) for _ in range(8 -
		len(head)))
	p = c["contacts"][0] if c["contacts"] else {}
	c["syncro"] = dict(firstname=p.get("firstname"),
		lastname=p.get("lastname"), email=p.get("email"),
		phone="(%s) %s %s" % (code, num[:4], num[4:]), **c["syncro"])


def population(rng, n):
	g = lk.G()
	g.custs, seen, shared, doms = [], set(), set(), {}
	ids = iter(range(40200001, 40999999))
	cid = 40000000
	while len(g.custs) < n:
		c = lk.draw_unseen(lambda: make_customer(rng), lambda c: {skel(f)
			for f in forms(c)}, seen, 60)
		if c is None:
			continue
		cid += rng.randint(1, 3)	# at most 40150000 at 50,000
		c["id"] = cid
		c["domain"] = domain(rng, c, doms)
		lk.add_customer(rng, g, c, ids, shared, address, contacts, assets)
		syncro_fields(rng, c)
	g.shared = sorted(shared)
	return g


def place_pair(pkey, place):
	"""A name less its place, and the place, as skeletons."""
	return skel(pkey.replace("{Pl}", "")), skel(place)


def index(g):
	"""linkgen's indexes, the words each sector is named by, the (name
	less its place, place) pairs the customers hold, and the ABNs and
	ACNs in their names."""
	g.sector_keys, g.pkeys, g.numbers = set(), set(), set()

	def each(g, c):
		for k in keys_of(c):
			g.sector_keys.add(k)
		for x in (c["abn"], c["acn"]):
			if x:
				g.numbers.add(x)
		if c["pkey"]:
			g.pkeys.add(place_pair(c["pkey"], c["place"]))
	lk.index_customers(ck, g, forms, each)


# ---------------------------------------------------------------- typing
TYPO = lk.Typo(["1234567890-=", "qwertyuiop[]", "asdfghjkl;'",
	"zxcvbnm,./"])
name_or_core = lk.name_or_core
n_typo, n_typo2 = TYPO.n_core_typo, TYPO.n_core_typo2


def n_caps(rng, g, c):
	s = name_or_core(rng, c, .4)
	return s.upper() if rng.random() < .8 else s.title()


def n_lower(rng, g, c):
	t = name_or_core(rng, c, .6).lower()
	return re.sub(r"[.'(),]", "", t) if rng.random() < .4 else t


def n_reorder(rng, g, c):
	"""The place moved to the front or the surname to the back:
	"Parramatta - Ray White", "Lawyers, Papadopoulos"."""
	s = c["core"]
	pl = c["place"]
	if pl and s.endswith(pl):
		rest = s[:-len(pl)].rstrip(" ,-")
		if len(rest.split()) >= 2 and not rest.endswith(" of"):
			return rng.choice(["%s %s", "%s - %s"]) % (pl, rest)
	if pl and s.startswith(pl + " ") and len(s.split()) >= 3:
		return "%s, %s" % (s[len(pl) + 1:], pl)
	if c["surs"] and s.startswith(c["surs"][0] + " ") and \
			c["sector"] != "trust":
		ws = s.split(" ")
		if ws[1] not in ("&", "and", "{S2}") and len(ws) >= 2:
			return "%s, %s" % (" ".join(ws[1:]), ws[0])
	return None


ABBR = [("Medical Centre", "Med Ctr"), ("Medical Centre", "MC"),
	("Centre", "Ctr"), ("Medical", "Med"), ("Physiotherapy", "Physio"),
	("Accountants", "Accts"), ("Solicitors", "Sols"), ("Electrical",
	"Elec"), ("Plumbing", "Plbg"), ("Associates", "Assocs"),
	("Association", "Assoc"), ("Corporation", "Corp"), ("Services", "Svcs"),
	("Public School", "PS"), ("State School", "SS"), ("Catholic Primary "
	"School", "CPS"), ("Regional Council", "RC"), ("Shire Council", "SC"),
	("City Council", "CC"), ("Football Club", "FC"), ("Aboriginal Medical "
	"Service", "AMS"), ("Saint", "St"), ("Australia", "Aust")]


def swap_abbr(t, long, short):
	return re.sub(r"(?<!\w)%s(?!\w)" % re.escape(long), short, t, count=1)


n_abbrev = lk.abbrev_row(ABBR, swap_abbr,	# the dots dropped 30%
	lambda rng, t: t if rng.random() >= .3 else t.replace(".", ""))


def n_acronym(rng, g, c):
	"""A name of three words or more by its initials: "WMC", "BD Care"."""
	ws = [w for w in re.split(r"[\s,&/()-]+", fold(c["core"]))
		if w and w[0].isalpha() and w.lower() not in DROP | {"atf"}]
	if len(ws) < 3 or c["sector"] in ("school", "trust", "council"):
		return None
	return lk.initials(rng, ws)


def legal_other(rng, c, r):
	alt = rng.choice(LEGAL_ALT.get(c["legal"], ["Pty Ltd"]))
	return ("%s %s" if r < .9 else "%s, %s") % (c["core"], alt)


n_legal = lk.legal_row(legal_other)


def n_branch(rng, g, c):
	"""A suburb, the state, a postcode or a site after the name."""
	s = name_or_core(rng, c, .6)
	sy = c["syncro"]
	st = rng.choice(STATE_TYPED[c["state"]])
	site = rng.choice([sy["city"], st, "%s %s" % (sy["city"], st),
		"%s %s %s" % (sy["city"], st, sy["zip"]), rng.choice(SITES)])
	if site not in s:
		return rng.choice(["%s - %s", "%s / %s", "%s (%s)", "%s, %s"]) % (
			s, site)
	return None


n_contact = lk.contact_row(lambda rng, c, p: rng.choice(["", "", "",
	"(practice manager)", "(office manager)", "(bookkeeper)",
	"(secretary)", "(CEO)"]))
n_person = ck.person_row(lambda rng, c: rng.random() < .15)
n_domain = lk.domain_row([f.split(".")[0] for f in FREE_MAIL])


def n_abn(rng, g, c):
	"""The ABN or ACN of a name that carries it: alone, grouped or run
	together, "ABN:" before it, or after the name less it."""
	num = c["abn"] or c["acn"]
	if not num:
		return None
	lab = "ABN" if c["abn"] else "ACN"
	shown = grouped(num) if rng.random() < .6 else num
	r = rng.random()
	if r < .3:
		return rng.choice(["%s %s", "%s: %s", "%s%s"]) % (lab, shown)
	if r < .45:
		return shown
	base = c["core"] if rng.random() < .6 else (c["trust"] or c["core"])
	return "%s %s %s" % (base, lab, shown)


def n_trust(rng, g, c):
	"""A trust by its trust alone, its trustee company alone, or both
	with ATF respelt."""
	if not c["trust"]:
		return None
	r = rng.random()
	if r < .35:
		return c["trust"] if rng.random() < .6 else "The " + c["trust"]
	if r < .55 and c["company"]:
		return c["company"]
	if c["company"]:
		return "%s %s %s" % (c["company"], rng.choice(["ATF", "atf",
			"A.T.F.", "as trustee for", "ITF", "as trustee for the"]),
			c["trust"])
	return "%s %s" % (rng.choice(["Trustee for", "TTF", "The Trustee for",
		"T/F"]), c["trust"])


def n_state(rng, g, c):
	"""The state typed in full, in another case, or after a comma."""
	st = c["state"]
	s = name_or_core(rng, c, .6)
	alts = STATE_TYPED[st] + [STATE_FULL[st]]
	return "%s%s%s" % (s, rng.choice([" ", ", ", " - "]), rng.choice(alts))


def n_franchise(rng, g, c):
	"""A banner office by the brand abbreviated, the suburb set off, or
	the franchisee's company."""
	if not c["banner"]:
		return None
	brand_, _, short = c["banner"]
	pl = c["place"]
	r = rng.random()
	b = short if short and r < .4 else brand_
	fmt = rng.choice(["%s %s", "%s - %s", "%s (%s)", "%s, %s"])
	return fmt % (b, pl)


CLUB_SWAP = [(r"\bRSL Sub-Branch\b", ["RSL Sub Branch", "RSL Subbranch",
	"RSL sub-branch", "RSL Sub-Br"]), (r"\bSurf Life Saving Club\b",
	["SLSC", "Surf Club", "Surf Life Saving"]), (r"\bBowls Club\b",
	["Bowling Club", "Bowls"]), (r"\bBowling Club\b", ["Bowls Club",
	"Bowling"]), (r"\bLeagues Club\b", ["Leagues"]), (r"\bRSL Club\b",
	["RSL", "R.S.L. Club"]), (r"\bWorkers Club\b", ["Workers", "Workers' "
	"Club"]), (r"\bMen's Shed\b", ["Mens Shed", "Mens' Shed"])]


def n_club(rng, g, c):
	"""A club's name as members type it: RSL Sub Branch, SLSC, Bowling
	Club, Leagues, the form respelt or dropped."""
	if c["sector"] != "club":
		return None
	t = c["core"]
	for rx, alts in CLUB_SWAP:
		if re.search(rx, t):
			t = re.sub(rx, rng.choice(alts), t, count=1)
			break
	if c["legal"] and rng.random() < .4:
		t += " " + rng.choice(LEGAL_ALT.get(c["legal"], ["Inc"]))
	return t if t != c["core"] else None


SCHOOL_SWAP = [(r"\bSt (?=\w)", ["St. ", "Saint "]), (r"'s\b", ["s", ""]),
	(r"\bPublic School\b", ["PS", "Public", "Public Sch"]),
	(r"\bState School\b", ["SS", "State Sch"]), (r"\bState High School\b",
	["SHS", "State High"]), (r"\bCatholic Primary School\b", ["CPS",
	"Catholic Primary", "Catholic School"]), (r"\bPrimary School\b",
	["Primary", "PS", "Prim School"]), (r"\bSecondary College\b",
	["Sec College", "Secondary"]), (r", (?=[A-Z])", [" ", " - "])]


def n_school(rng, g, c):
	if c["sector"] != "school":
		return None
	t = c["core"]
	sw = SCHOOL_SWAP[:]
	rng.shuffle(sw)
	done = 0
	for rx, alts in sw:
		if re.search(rx, t) and (not done or rng.random() < .5):
			t = re.sub(rx, rng.choice(alts), t, count=1)
			done += 1
	return t if done else None


SPELL = [("Centre", "Center"), ("Organisation", "Organization"),
	("Medical Centre", "Med Centre"), ("Café", "Cafe"), ("Cafe", "Café"),
	("Advisers", "Advisors"), ("Sparkies", "Electrical"), ("Servo",
	"Service Station"), ("Bottle-O", "Bottle O"), ("Bottle-O", "Bottleo")]


def n_spelling(rng, g, c):
	"""A US spelling, a slang word in full, the accent on Café."""
	s = name_or_core(rng, c, .6)
	opts = [(a, b) for a, b in SPELL if re.search(r"(?<!\w)%s(?!\w)" %
		re.escape(a), s)]
	if not opts:
		return None
	a, b = rng.choice(opts)
	return re.sub(r"(?<!\w)%s(?!\w)" % re.escape(a), b, s, count=1)


def n_mixed(rng, g, c):
	first = rng.choice([n_legal, n_abbrev, n_trust, n_franchise, n_club,
		n_school, n_state, n_spelling])(rng, g, c)
	turn = rng.choice([n_typo, n_caps, lk.n_truncated, n_lower])
	return turn(rng, g, dict(c, name=first, core=first)) if first else None


KINDS = [("exact", lk.n_exact, 12), ("caps", n_caps, 4),
	("lower", n_lower, 4), ("typo", n_typo, 8), ("two typos", n_typo2, 3),
	("truncated", lk.n_truncated, 4), ("reorder", n_reorder, 3),
	("abbrev", n_abbrev, 4), ("acronym", n_acronym, 2),
	("legal", n_legal, 8), ("branch", n_branch, 5),
	("contact", n_contact, 3), ("person", n_person, 2),
	("domain", n_domain, 2), ("abn", n_abn, 4), ("trust", n_trust, 5),
	("state", n_state, 3), ("franchise", n_franchise, 4),
	("club", n_club, 4), ("school", n_school, 4),
	("spelling", n_spelling, 2), ("mixed", n_mixed, 4)]


# ---------------------------------------------------------------- impostors
def fresh(rng, g, c):
	"""A name of the customers' templates, of the desk of c, from the
	outside pools: no brand or surname a customer of its sector has."""
	d = make_customer(rng, c["desk"], outside=True)
	taken = any(k in g.sector_keys for k in keys_of(d))
	return None if taken else d["name"]


def i_other_suburb(rng, g, c):
	"""A customer's banner office, school, club, pub or centre name in
	another suburb or town of its desk."""
	if not c["pkey"] or c["sector"] == "council":
		return None
	pl = rng.choice([p for p in places_of(c["desk"]) if p != c["place"]])
	if place_pair(c["pkey"], pl) in g.pkeys:
		return None	# a customer's own name there
	t = c["pkey"].replace("{Pl}", pl)
	if c["legal"] and rng.random() < .5:
		t = "%s %s" % (t, c["legal"])
	return t


def i_other_state(rng, g, c):
	"""A club, school, pub, practice or banner office of a suburb that
	stands in several states, with another of them typed: "Brighton RSL
	Sub-Branch (Vic)" for the South Australian one."""
	sts = MULTI_STATE.get(c["place"] or "", [])
	others = [s for s in sts if s != c["state"]]
	if not others or not c["pkey"] or c["sector"] == "council":
		return None
	st = rng.choice(others)
	t = c["core"]
	return rng.choice(["%s (%s)", "%s %s", "%s, %s", "%s - %s"]) % (t,
		rng.choice(STATE_TYPED[st] + [STATE_FULL[st]] * 3))


def i_other_abn(rng, g, c):
	"""A family trust whose name carries its ABN typed with another valid
	ABN: another family's trust of the same surname (the ABR holds many
	"The Trustee for the Nguyen Family Trust", each its own ABN)."""
	if not (c["abn"] and c["trust"]):
		return None	# one company name is one company (ASIC)
	num = new_abn(rng)
	if num in g.numbers:
		return None
	return "%s ABN %s" % (c["trust"], grouped(num) if rng.random() < .7
		else num)


def i_other_trust(rng, g, c):
	"""The same family's other trust: its super fund or property trust
	for its family trust."""
	if c["sector"] != "trust":
		return None
	return filled(rng.choice(OTHER_TRUST), {"S": c["surs"][0]})


def i_other_family(rng, g, c):
	"""A family trust of the customer's shape with another surname of
	its community: "Tran Holdings Pty Ltd ATF Tran Family Trust" for the
	Nguyens' (the checks drop it where it is a customer's trust)."""
	if c["sector"] != "trust" or "&" in c["core"]:
		return None	# "Wayne & Leanne Tran Family Trust": a name of its own
	mine, other = c["surs"][0], person(rng, c["comm"])[1]
	return None if other == mine else c["core"].replace(mine, other)


other_trade = lk.trade_picker(skel_words, OTHER_TRADE)


def i_rare(rng, g, c):
	"""A customer's rare brand (a Quokka, a Bilby) before a trade no
	customer has."""
	if c["brand"] not in RARE:
		return None
	tr = other_trade(rng, c)
	return tr and "%s %s" % (c["brand"], tr)


def i_surname(rng, g, c):
	"""One of the four commonest surnames of the customer's community
	before a trade no customer has, Pty Ltd after it three times in
	ten."""
	tr = other_trade(rng, c)
	if tr:
		s = SUR[c["comm"]][rng.randint(0, 3)].replace("_", " ")
		tr = rng.choice(["{0} {1}", "{0}'s {1}", "{0} Bros {1}"]).format(s,
			tr)
		if rng.random() < .3:
			tr += " " + lk.wpick(rng, LEGAL)
	return tr


# Surnames of each community no customer or contact has: a stranger's
# name half the time (at 50,000 customers every name of the customers'
# pools is somebody's contact).
VISITOR = {"ang": "Ashcroft Blackmore Cottrell Dunstan Eggleston "
	"Fairweather Gilchrist Hollis Ingram Jeffries Kershaw Lockyer".split(),
	"gre": "Zervos Karamanlis Lekkas Bouras Samaras Tsitsipas".split(),
	"ita": "Benedetti Cavallaro Colonna Pellegrino Bassi".split(),
	"vie": "Trinh Kieu Luu Tong Thai".split(),
	"chi": "Xu Sun Guo Ma Hu Luo".split(),
	"leb": "Kassab Geagea Frangieh Maalouf Sfeir".split(),
	"ind": "Banerjee Chatterjee Mukherjee Bose Ghosh".split()}


def stranger(rng, c):
	if rng.random() < .5:
		return person(rng, c["comm"])
	return rng.choice(GIVEN[c["comm"]]), rng.choice(VISITOR[c["comm"]])


i_person, i_personal = lk.person_impostors(ck, stranger, ["", "", "",
	"Dr "], PERSONAL)


def i_prospect(rng, g, c):
	"""A fresh name after "Quote - ", "New enquiry - " ..."""
	name = fresh(rng, g, c)
	if not name:
		return None
	return "%s%s" % (rng.choice(PROSPECT), name)


# (kind, drawer, share); about 37% of the rows are impostors.
IMPOSTORS = [("impostor: same shape", fresh, 15),
	("impostor: other suburb", i_other_suburb, 13),
	("impostor: other state", i_other_state, 8),
	("impostor: other abn", i_other_abn, 6),
	("impostor: other trust", i_other_trust, 5),
	("impostor: other family", i_other_family, 5),
	("impostor: rare word", i_rare, 5),
	("impostor: common surname", i_surname, 8),
	("impostor: person", i_person, 7),
	("impostor: personal", i_personal, 7),
	("impostor: prospect", i_prospect, 7),
	("impostor: vendor", lk.one_of(VENDORS), 9),
	("impostor: own staff", lk.one_of(STAFF), 6)]
KEPT = ("id", "name", "syncro", "contacts", "assets")
BENCH = ("BENCH-%s-%02d", 4)
CLOCK = (1835000000, 911, 65)	# numbered()'s start, step and minutes


def main():
	lk.desk_main("blind40", ck, population, index, KINDS, IMPOSTORS, KEPT,
		BENCH, TECHS, CLOCK)


if __name__ == "__main__":
	main()
