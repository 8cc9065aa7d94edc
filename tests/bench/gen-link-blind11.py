#!/usr/bin/env python3
# gen-link-blind11.py NCUST NNAMES SEED OUTDIR - the eleventh held-out
# benchmark for sdc-link (issue #14, session 9): an MSP of the
# English-speaking south and east - one Syncro account and one
# ScreenConnect, desks in Johannesburg, Bengaluru and Singapore - whose
# customers are the practices, pharmacies, attorneys, accountants, estate
# agents, body corporates and strata corporations, schools, churches,
# mosques and temple trusts, municipalities and town councils, NPCs,
# trades, logistics, manufacturers, franchisees and IT/BPO firms of South
# Africa, India (Karnataka and the south), Singapore and Malaysia.
# Written by a helper that tunes nothing, without reading the other
# generators' word lists or noise code nor src/link or man/sdc-link.1;
# the tuners never see this file nor its output; the lead runs it once at
# the start of session 10; only aggregates are reported.  Python stdlib
# only; the same SEED gives the same files.
#
# Why this population: four registries, four sets of legal forms that
# technicians swap freely ("(Pty) Ltd"/"Pty Ltd"/"(Proprietary) Limited",
# "Pvt. Ltd."/"Private Limited"/"(P) Ltd", "Pte. Ltd."/"Pte Ltd",
# "Sdn. Bhd."/"Sdn Bhd"/"S/B"); names built from initials ("M/s. S.K.
# Traders", "Dr A. Naidoo Inc."); one word spelt several ways by
# transliteration (Lakshmi/Laxmi, Sri/Shri/Shree, Mohamed/Muhammad/Mohd,
# Lim/Lin); bodies with two official names (Laerskool/Primary School,
# Majlis Bandaraya/City Council); and strata bodies known by a number
# ("MCST 3456").
#
# Writes OUTDIR/customers.json (id, business_name, contacts [id,
# firstname, lastname, email], assets [id, name]), names.tsv (typed TAB
# true id or "" TAB noise kind TAB machine), sessions.jsonl (the machine
# left blank) and sessions-machine.jsonl (the machine in "Connected to
# machine: NAME"; "Access" on a machine some customer owns, "Support"
# otherwise), through the shared writer screenconnect_record.py.
#
# Where the shapes come from (every list below was written for this file
# from these facts; no list was copied in):
#  - South African legal forms: Companies Act 71 of 2008 s.11(3) (acts.co.za)
#    and the CIPC companies FAQ: private companies end "Proprietary Limited"
#    or "(Pty) Ltd", public "Limited"/"Ltd", personal liability "Incorporated"
#    or "Inc." (doctors, attorneys, auditors), "SOC Ltd", "NPC", "(RF)" after
#    the name when the MOI is ring-fenced (ghostdigest.com); close
#    corporations "CC" kept since 2011 though no new ones are registered
#    (trademarksearchblog.com).  "t/a" for a trading name is common usage.
#  - South African surnames: Statistics SA recorded births 2015-2018 via
#    iol.co.za, businessinsider.co.za and theedgesearch.com (Dlamini, Nkosi,
#    Ndlovu, then Nguni clan names; Mokoena the one Sotho name in the top
#    ten); Afrikaans, Indian-South-African (Naidoo, Govender, Pillay) and
#    Cape names as public knowledge.
#  - India: Companies (Incorporation) Rules 2014 rule 8 as explained by
#    knowledgeadda.co.in and kanakkupillai.com (a name is name part + object
#    part + "Private Limited"; "Shri", "Sai", "Om", "Jai", "The" added to an
#    existing name do not make it new - so such names are common and
#    shared), taxmantra.com and khatabook.com (LLP names end "LLP" or
#    "Limited Liability Partnership").  Karnataka's city/town municipal
#    councils and municipal corporations (BBMP, HDMC) as public facts.
#  - Singapore: ACRA naming rules via q100.biz and richmondcorporateadvisory
#    .com ("Pte. Ltd." or "Private Limited"; "the", "Pte", "Private",
#    "Limited", "Sdn", "Berhad", "&"/"and" disregarded when comparing
#    names); Singapore Chinese surnames 2000 (Department of Statistics via
#    the Wikipedia list: Tan 9.5%, Lim 6.6%, Lee 4.5%, Ng, Ong, Wong, Goh,
#    Chua, Chan, Koh, Teo, Ang, Yeo, Tay/Teh, Ho, Low/Lau, Toh, Sim, Chong,
#    Chia) and their dialect spellings (learndialect.sg, goodyfeed.com: one
#    character is Tan, Chan or Chin; Lim or Lam; Ng or Wong); BCA's Strata
#    Management Guide and corporatevisions.sg ("The Management Corporation
#    Strata Title Plan No. ___", MCST).
#  - Malaysia: Companies Act 2016 via multilaw.com and kensington-trust.com
#    ("Sendirian Berhad"/"Sdn. Bhd." private, "Berhad"/"Bhd." public), PLT
#    for limited liability partnerships, "Enterprise" for a sole
#    proprietor's registered business name; city and municipal councils
#    (Majlis Bandaraya / Majlis Perbandaran, DBKL) as public facts; Malay
#    patronymics (bin/binti) as public knowledge.
#  - Keyboards: US QWERTY on every desk.  Some Bengaluru technicians
#    spell by ear (v/w, ph/f, ee/i, oo/u, th/t, doubled letters single):
#    an assumption, as are all the shares below.
#
# The customers (NCUST): South Africa 40% (Johannesburg desk), India 30%
# (Bengaluru desk), Singapore 15% and Malaysia 15% (Singapore desk).
# Names are unique once case, accents, punctuation, word order, legal
# forms, "the", "&"/"and"/"n" and "M/s" are set aside; a taken name is
# drawn again.  Contacts 1-4 (the first the principal), mail at the firm's
# domain 55%, a public mailbox otherwise.  Assets log-normal, median 4,
# at most 80 (municipalities, schools and manufacturers three times
# more); one scheme per customer: site prefix (UBNT-PC03, BBMP-WS-114)
# 35%, DESKTOP-XXXXXXX 30%, role names shared across customers
# (RECEPTION-01, POS1, SERVER, SURGERY2, BURSAR) 20%, personal devices
# ("Priyas-Laptop", "THABO-LT") 15%.
#
# The names (NNAMES): 84% real customers, drawn in proportion to 1 + the
# square root of their asset count; 16% impostors.  The customer's desk
# types 80%, another desk 20%.  Real kinds, exact counts by largest
# remainder (WEIGHTS): exact; case; suffix (legal form dropped, spelt
# another way, or swapped for the typing desk's habit); typo, two typos,
# typo+case (QWERTY: neighbour key 40%, swap 20%, drop 25%, double 15%,
# a word's first letter spared); phonetic (Bengaluru spelling by ear);
# abbreviation (Engg, Intl, Mfg, Svcs, Assoc, Mgmt, Med Ctr, HOA, BC, SK,
# PJ, Jhb, or the acronym when no other customer has it: BBMP, MBPJ,
# MCST 3456); truncated (a field cut at 14-28 characters, or trailing
# words dropped); reorder; and (&, and, n, +, dropped); prefix (ticket or
# queue tag); branch (a location added: "- Sandton", "(Whitefield)",
# "Pune branch", "@ Tampines"); person (a contact with the firm, or a
# contact alone when no other customer has one of that name);
# transliteration (Lakshmi/Laxmi, Sri/Shri/Shree, Ganesh/Ganesha,
# Mohamed/Muhammad/Mohd, bin/b., Lim/Lin, Tan/Tang); initials ("M/s S K
# Traders", "SK Traders", "Dr Naidoo", "R. Kumar & Associates"); bilingual
# (the body's other official name: Afrikaans/English, Malay/English);
# trading as (one half of "X Foods (Pty) Ltd t/a Brand Place"); mixed
# (one of the above, then a typo 50% or a case change).  A kind that does
# not apply is drawn on another customer.
# Labels stay honest: a typed name whose key (sorted words without legal
# forms) is another customer's, or one deletion from one, or whose words
# all stand in another customer's name, or an acronym another customer
# shares, is drawn again; a row with no honest name in 200 draws becomes
# the exact name, labelled "exact (fallback)".
#
# Impostors (IMP_WEIGHTS): rare word (a customer's rarest word in another
# trade), namesake (the same shape in a town the MSP does not serve),
# same surname (a customer's surname in another trade), same shape (a
# customer's vertical with other words), chain branch (a franchise brand
# at a place no customer is), own staff (the MSP's technicians and
# machines), personal (a private caller, not named like any customer's
# contact for 150 draws: at 50,000 customers most common names are some
# contact's).  An impostor must pass the same checks against every
# customer; the list is topped up with private callers if a kind runs dry.
#
# Machines: a real row is on one of its customer's assets 80%, on an
# asset Syncro lists under another customer 4%, on an unknown DESKTOP or
# laptop otherwise; impostors on unknown machines, a shared role name
# (RECEPTION-01) 15%, the MSP's own (JHB-TECH-LT07) for its staff.
import bisect
import math
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import screenconnect_record as scr  # noqa: E402

REGIONS = (("ZA", 40), ("IN", 30), ("SG", 15), ("MY", 15))
DESK = {"ZA": "JHB", "IN": "BLR", "SG": "SIN", "MY": "SIN"}
TECHS = {"JHB": ["Sipho Mahlangu", "Ruan Botha", "Candice Pillay",
		"Lebo Mokoena"],
	"BLR": ["Naveen Gowda", "Divya Rao", "Imran Sheikh", "Karthik Iyer"],
	"SIN": ["Kelvin Tan", "Nur Aisyah", "Ravi Chandran", "Jasmine Lim"]}
MSP = "TriDesk Managed IT"

FIRST = {
	"ZA": "Thabo Sipho Themba Lerato Nomvula Zanele Busisiwe Mandla "
		"Lindiwe Karabo Tshepo Refilwe Anele Johan Pieter Annelie Riaan "
		"Francois Willem Hendrik Charl Marike Elmarie Kevin Ashwin "
		"Desmond Michelle Craig Bradley Shireen Fatima Yusuf Ebrahim "
		"Nadia Priyanka Vernon Gugu Palesa Mpho Bongani".split(),
	"IN": "Rajesh Suresh Ramesh Venkatesh Srinivas Lakshmi Priya Anjali "
		"Kavitha Deepa Arjun Rahul Vikram Sanjay Anil Sunil Meena Shalini "
		"Ganesh Karthik Naveen Manjunath Harish Prakash Sudha Mohammed "
		"Imran Farhan Vidya Ashok Girish Pooja Nandini Raghav".split(),
	"SG": "Wei Ming|Jia Hui|Kok Leong|Mei Ling|Siew Lan|Boon Huat|Hock Seng"
		"|Jason|Kelvin|Alvin|Desmond|Jasmine|Michelle|Ivan|Sharon|Eugene"
		"|Muhammad|Nurul|Siti|Ahmad|Rajan|Ganesan|Li Ting|Zhi Wei".split("|"),
	"MY": "Ahmad|Mohd|Muhammad|Nor|Siti|Nurul|Aziz|Hafiz|Faizal|Zulkifli"
		"|Azlan|Rosli|Farah|Aishah|Chee Keong|Mei Yee|Wai Kit|Kah Wai"
		"|Subramaniam|Kavitha|Vincent|Yvonne".split("|")}
SURNAME = {
	"ZA": "Dlamini Nkosi Ndlovu Khumalo Sithole Mokoena Mahlangu Zulu "
		"Mthembu Ngcobo Molefe Botha Pretorius Venter Nel Coetzee Steyn "
		"Joubert Kruger Fourie Naidoo Govender Pillay Moodley Reddy "
		"Padayachee Chetty Smith Jacobs Petersen Adams Hendricks Williams "
		"Essop Cassim Moosa".split() + ["van der Merwe", "du Plessis",
		"van Wyk", "de Klerk"],
	"IN": "Sharma Kumar Reddy Rao Nair Iyer Iyengar Menon Pillai Gowda "
		"Shetty Hegde Patil Kulkarni Joshi Desai Mehta Shah Agarwal Gupta "
		"Singh Naidu Krishnan Subramanian Ramachandran Bhat Khan Sheikh "
		"D'Souza Fernandes Murthy Prasad".split(),
	"SG": "Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Tay Ho "
		"Low Toh Sim Chong Chia Rahman Pillai".split(),
	"MY": "Tan Lim Lee Wong Ng Chong Teh Ooi Khoo Yap Lau Cheah Ismail "
		"Hassan Ibrahim Razak Abdullah Othman Yusof Subramaniam Muthu"
		.split()}
MALAY = set("Ismail Hassan Ibrahim Razak Abdullah Othman Yusof".split())

PLACE = {
	"ZA": "Johannesburg|Sandton|Randburg|Roodepoort|Midrand|Centurion|"
		"Pretoria|Soweto|Benoni|Boksburg|Germiston|Kempton Park|Edenvale|"
		"Fourways|Rosebank|Bryanston|Krugersdorp|Vanderbijlpark|Durban|"
		"Umhlanga|Pietermaritzburg|Cape Town|Bellville|Stellenbosch|"
		"Polokwane|Mbombela|Rustenburg|Bloemfontein|Waterkloof|Menlopark|"
		"Northcliff|Melville|Lenasia|Alberton|Brakpan|Springs".split("|"),
	"IN": "Bengaluru|Whitefield|Koramangala|Indiranagar|Jayanagar|"
		"Malleshwaram|Electronic City|Hebbal|Yelahanka|Basavanagudi|"
		"Rajajinagar|HSR Layout|Marathahalli|Mysuru|Mangaluru|Hubballi|"
		"Tumakuru|Chennai|Hyderabad|Secunderabad|Pune|Coimbatore|Kochi|"
		"Hosur|Davanagere|Belagavi".split("|"),
	"SG": "Ang Mo Kio|Bedok|Bishan|Bukit Timah|Clementi|Jurong East|"
		"Jurong West|Tampines|Toa Payoh|Woodlands|Yishun|Serangoon|Hougang|"
		"Punggol|Sengkang|Pasir Ris|Queenstown|Novena|Tanjong Pagar|"
		"Paya Lebar|Kallang|Geylang|Bukit Batok|Choa Chu Kang".split("|"),
	"MY": "Kuala Lumpur|Petaling Jaya|Shah Alam|Subang Jaya|Puchong|"
		"Klang|Cheras|Kajang|Johor Bahru|George Town|Ipoh|Melaka|Seremban|"
		"Bangsar|Cyberjaya|Kepong|Ampang|Skudai|Butterworth|Kuantan"
		.split("|")}
# Towns the MSP does not serve: namesakes live there.
ELSEWHERE = {"ZA": "Kimberley|East London|Gqeberha|Upington|George|Mthatha",
	"IN": "Nagpur|Indore|Lucknow|Jaipur|Madurai|Vijayawada|Nashik",
	"SG": "Batam|Jakarta|Bangkok|Manila", "MY": "Kota Kinabalu|Kuching|"
	"Alor Setar|Kota Bharu|Miri|Sandakan"}
ELSEWHERE = {k: v.split("|") for k, v in ELSEWHERE.items()}

WORDS = {
	"ZA": "Ubuntu Khanya Imbali Phakama Siyakhula Thuthuka Sizwe Kopano "
		"Masakhane Amandla Jacaranda Protea Baobab Highveld Bushveld Karoo "
		"Sable Kudu Impala Springbok Fynbos Acacia Marula Blouberg "
		"Magalies Vaal Drakensberg Umoya Letsatsi Tswelopele".split(),
	"IN": "Sai|Ganesh|Lakshmi|Venkateshwara|Balaji|Annapurna|Sai Krupa|"
		"Kaveri|Tunga|Sahyadri|Nandi|Deccan|Vijaya|Surya|Aditya|Navaratna|"
		"Sanjeevini|Kalpataru|Pragati|Udaya|Vasavi|Raghavendra|Manjunatha|"
		"Durga|Vinayaka|Shakti|Anugraha|Srinivasa".split("|"),
	"SG": "Orchid|Harbourfront|Straits|Temasek|Pioneer|Jade|Golden Dragon|"
		"Evergreen|Phoenix|Sunrise|Unity|Pinnacle|Lucky Star|Jubilee|"
		"Raffles|Emerald|Oriental|Seagull|Redhill|Bayfront".split("|"),
	"MY": "Cahaya Bintang Mutiara Bumi Maju Jaya Sinar Harmoni Seri "
		"Gemilang Kenanga Melati Cempaka Bestari Sejahtera Wawasan Murni "
		"Damai Indah Setia".split()}
GENERIC = "Apex Summit Premier Allied Crown Excel Vision Prime Global " \
	"United Integrated Precision Dynamic Sterling Royal Metro Vertex " \
	"Horizon Trinity Coastal Eastern Southern Northern Silverline " \
	"Bluewater Greenfield Goldline Oakwood Keystone Cornerstone Beacon " \
	"Lighthouse Compass Anchor Pathway Infinity Matrix Nexus Zenith".split()
SAINTS = "Mary|Joseph|John|Peter|Paul|Andrew|Michael|Anne|Thomas|Francis|" \
	"Theresa|Patrick|George|Columba".split("|")
DEITY = "Venkateshwara Ganesha Lakshmi Durga Murugan Ayyappa Raghavendra " \
	"Anjaneya Krishna Mariamman Shiva Vinayaka".split()
# The words that make a name its own (not its shape): rare-word impostors
# put a customer's word in one of these places.
VOCAB = {w for ws in list(WORDS.values()) + list(SURNAME.values()) +
	list(PLACE.values()) + [GENERIC] for x in ws for w in x.split()}
BRANDS = ["Curry Junction", "Braai Bros", "Dosa Point", "Kopi Corner",
	"Chicken Rush", "Mama Kitchen", "Roti House", "Burger Yard",
	"Teh Tarik Place", "Pizza Republic", "Bunny Chow Co", "Biryani Express"]

FORMS = {
	"ZA": [("(Pty) Ltd", 45), ("Pty Ltd", 10), ("(Proprietary) Limited", 3),
		("CC", 14), ("", 28)],
	"IN": [("Private Limited", 25), ("Pvt. Ltd.", 20), ("Pvt Ltd", 12),
		("Ltd.", 4), ("LLP", 6), ("", 33)],
	"SG": [("Pte. Ltd.", 40), ("Pte Ltd", 25), ("Private Limited", 5),
		("LLP", 5), ("", 25)],
	"MY": [("Sdn. Bhd.", 38), ("Sdn Bhd", 22), ("Bhd", 3), ("PLT", 5),
		("Enterprise", 12), ("", 20)]}
# What each desk types for "the private company" when it swaps a form.
SWAP = {
	"(Pty) Ltd": ["Pty Ltd", "(PTY) LTD", "Pty", "(Proprietary) Limited",
		"Pty. Ltd.", "Ltd"],
	"Pty Ltd": ["(Pty) Ltd", "Pty", "PTY LTD"],
	"(Proprietary) Limited": ["(Pty) Ltd", "Pty Ltd", "Proprietary Ltd"],
	"CC": ["cc", "C.C.", "(Pty) Ltd"],
	"Inc.": ["Inc", "Incorporated", "INC"],
	"NPC": ["(NPC)", "N.P.C.", "Npc"], "(RF) NPC": ["NPC", "(RF)NPC"],
	"SOC Ltd": ["SOC", "(SOC) Ltd", "SOC Limited"],
	"Private Limited": ["Pvt Ltd", "Pvt. Ltd.", "(P) Ltd", "P Ltd",
		"Pvt Limited"],
	"Pvt. Ltd.": ["Pvt Ltd", "Private Limited", "(P) Ltd", "Pvt.Ltd."],
	"Pvt Ltd": ["Pvt. Ltd.", "Private Limited", "PVT LTD", "P Ltd"],
	"Ltd.": ["Ltd", "Limited"], "LLP": ["L.L.P.", "llp"],
	"Pte. Ltd.": ["Pte Ltd", "Private Limited", "PTE LTD", "Pte. Ltd"],
	"Pte Ltd": ["Pte. Ltd.", "Private Limited", "Pte"],
	"Sdn. Bhd.": ["Sdn Bhd", "S/B", "SDN BHD", "Sendirian Berhad", "Sdn. Bhd"],
	"Sdn Bhd": ["Sdn. Bhd.", "S/B", "Sendirian Berhad"],
	"Bhd": ["Berhad", "Bhd."], "Berhad": ["Bhd", "Bhd."], "PLT": ["plt"],
	"Enterprise": ["Ent.", "Ent", "Enterprises"],
	"& Co.": ["& Co", "and Co", "& Company"], "LLC": ["L.L.C.", "Law Corp"],
	"PAC": ["P.A.C."]}
HABIT = {"JHB": "(Pty) Ltd", "BLR": "Pvt Ltd", "SIN": "Pte Ltd"}
DROP = set("pty ltd proprietary limited cc inc incorporated npc rf soc "
	"private pvt p llp pte sdn bhd berhad sendirian plt pac llc the and n "
	"m s co".split())

# Long word = the short form technicians type.
ABBR = [tuple(x.split("=")) for x in (
	"Engineering=Engg|International=Intl|Manufacturing=Mfg|"
	"Services=Svcs|Associates=Assoc|Management=Mgmt|Corporation=Corpn|"
	"Municipality=Mun|Municipal=Mun.|Primary School=PS|High School=HS|"
	"Medical Centre=Med Ctr|Centre=Ctr|Technologies=Tech|Solutions=Soln|"
	"Pharmacy=Pharm|Hospital=Hosp|Clinic=Clin|Trading=Trdg|"
	"Enterprises=Ent|Industries=Inds|Brothers=Bros|Body Corporate=BC|"
	"Home Owners Association=HOA|Chartered Accountants=CA|"
	"Development=Dev|Foundation=Fdn|Consultants=Consult|"
	"International School=Intl Sch|School=Sch|Sekolah Kebangsaan=SK|"
	"Kuala Lumpur=KL|Petaling Jaya=PJ|Johannesburg=Jhb|Pretoria=Pta|"
	"Bengaluru=Blr|Cape Town=CPT|Durban=Dbn|Attorneys=Attys|"
	"Properties=Props|Electrical=Elec|Mechanical=Mech|Transport=Trpt|"
	"Saint=St|Johor Bahru=JB|Logistics=Logx|Diagnostics=Diag|"
	"Dental=Dent.|Welfare=Welf|Secondary=Sec|Hoërskool=Hsk|"
	"Laerskool=Lsk|Perbadanan Pengurusan=PP|Majlis Perbandaran=MP|"
	"Majlis Bandaraya=MB").split("|")]
TRANSLIT = [("Lakshmi", "Laxmi"), ("Sri", "Shri"), ("Sri", "Shree"),
	("Ganesha", "Ganesh"), ("Ganesh", "Ganesha"),
	("Venkateshwara", "Venkateswara"), ("Venkateshwara", "Venkatesh"),
	("Vinayaka", "Vinayak"), ("Srinivasa", "Shrinivasa"),
	("Raghavendra", "Ragavendra"), ("Subramanian", "Subramaniam"),
	("Subramaniam", "Subramanian"), ("Mohammed", "Mohamed"),
	("Muhammad", "Mohd"), ("Mohd", "Muhammad"), ("Muhammad", "Mohamad"),
	("bin", "b."), ("binti", "bt"), ("binti", "bte"), ("Lim", "Lin"),
	("Tan", "Tang"), ("Lee", "Li"), ("Teo", "Teoh"), ("Yeo", "Yeoh"),
	("Goh", "Go"), ("Nair", "Nayar"), ("Iyer", "Aiyar"), ("Durga", "Durgaa"),
	("Balaji", "Balajee"), ("Sai", "Saai"), ("Murugan", "Murugun"),
	("Krishna", "Krishnaa"), ("Pillai", "Pillay"), ("Pillay", "Pillai"),
	("Naidoo", "Naidu"), ("Chetty", "Chettiar"), ("Essop", "Esop")]
PHONETIC = [("v", "w"), ("w", "v"), ("ph", "f"), ("ee", "i"), ("oo", "u"),
	("th", "t"), ("sh", "s"), ("tt", "t"), ("ll", "l"), ("ck", "k"),
	("ai", "ay"), ("ou", "au"), ("y", "i")]
PREFIX = ["INC{n:07d} - ", "[JHB] ", "[BLR] ", "[SIN] ", "Ticket #{n} ",
	"SR-{n} | ", "RE: ", "Callback: ", "URGENT ", "Q2: ", "T{n} ",
	"JHB-Q: ", "Remote - ", "{n} "]
ROLES = {"med": ["RECEPTION-01", "RECEPTION-02", "DOCTOR-PC", "SURGERY1",
		"SURGERY2", "XRAY", "SERVER"],
	"shop": ["POS1", "POS2", "TILL-01", "OFFICE-PC", "SERVER"],
	"office": ["RECEPTION-01", "ACCOUNTS", "ADMIN-PC", "BOARDROOM", "SERVER",
		"SCANNER-PC", "FRONTDESK"],
	"school": ["PRINCIPAL", "BURSAR", "LAB-01", "LAB-02", "LIBRARY",
		"STAFFROOM", "SERVER"]}

WEIGHTS = [("exact", 13), ("case", 7), ("suffix", 11), ("typo", 9),
	("two typos", 3), ("typo+case", 3), ("phonetic", 2), ("abbreviation", 8),
	("truncated", 7), ("reorder", 4), ("and", 3), ("prefix", 5),
	("branch", 5), ("person", 4), ("transliteration", 4), ("initials", 3),
	("bilingual", 2), ("trading as", 2), ("mixed", 6)]
IMP_WEIGHTS = [("impostor: rare word", 24), ("impostor: namesake", 20),
	("impostor: same surname", 12), ("impostor: same shape", 13),
	("impostor: chain branch", 9), ("impostor: own staff", 8),
	("impostor: personal", 14)]


def wpick(rng, pairs):
	"""One value of (value, weight) pairs."""
	return rng.choices([v for v, _ in pairs], [w for _, w in pairs])[0]


def strip_accents(s):
	return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def tokens(s):
	s = strip_accents(s).lower()
	return "".join(ch if ch.isalnum() else " " for ch in s).split()


def words(s):
	"""The words that name: tokens without legal forms, the, and, M/s."""
	return [t for t in tokens(s) if t not in DROP]


def key(s):
	return " ".join(sorted(words(s)))


def who(first, last):
	return " ".join(tokens(first + " " + last))


def deletes(k):
	return [k[:j] + k[j + 1:] for j in range(len(k))]


# ---- customers ---------------------------------------------------------

def initial(rng, r):
	return rng.choice(FIRST[r])[0]


def person(rng, r):
	return rng.choice(FIRST[r]), rng.choice(SURNAME[r])


def malay(rng):
	"""A Malay patronymic name: Ahmad bin Ismail, Siti binti Hassan."""
	f = rng.choice(FIRST["MY"][:14])
	link = "binti" if f in ("Siti", "Nurul", "Nor", "Farah", "Aishah") \
		else "bin"
	return "%s %s %s" % (f, link, rng.choice(sorted(MALAY)))


def place(rng, r):
	return rng.choice(PLACE[r])


def word(rng, r):
	return rng.choice(WORDS[r]) if rng.random() < 0.6 else rng.choice(GENERIC)


def c_med(rng, r, c):
	f, s = person(rng, r)
	c["surname"] = s
	if r == "ZA":
		return wpick(rng, [("Dr %s. %s Inc." % (f[0], s), 4),
			("Dr %s %s & Partners" % (f[0], s), 1),
			("%s Day Clinic (Pty) Ltd" % place(rng, r), 2),
			("%s Medical Centre" % place(rng, r), 2)])
	if r == "IN":
		return wpick(rng, [("%s Multispeciality Hospital Pvt. Ltd." % s, 2),
			("Sri %s Clinic" % rng.choice(DEITY), 2),
			("%s Diagnostics Private Limited" % word(rng, r), 2),
			("Dr. %s's Clinic" % s, 1)])
	if r == "SG":
		return wpick(rng, [("%s Family Clinic Pte. Ltd." % s, 2),
			("%s Medical Centre Pte Ltd" % place(rng, r), 2),
			("%s Clinic & Surgery" % word(rng, r), 1)])
	return wpick(rng, [("Klinik %s" % word(rng, r), 2),
		("Poliklinik %s %s" % (word(rng, r), place(rng, r)), 2),
		("Klinik Dr %s" % malay(rng), 1)])


def c_dental(rng, r, c):
	f, s = person(rng, r)
	c["surname"] = s
	if r == "MY":
		c["alt"] = "%s Dental Clinic" % (p := word(rng, r))
		return "Klinik Pergigian %s" % p
	return wpick(rng, [("Dr %s. %s Dental Surgery" % (f[0], s), 2),
		("%s Dental Studio" % place(rng, r), 2),
		("%s Dental Care" % word(rng, r), 2)])


def c_pharmacy(rng, r, c):
	s = rng.choice(SURNAME[r])
	c["surname"] = s
	if r == "ZA":
		return wpick(rng, [("%s Pharmacy" % place(rng, r), 2),
			("%s Chemists" % s, 2), ("%s Pharmacy" % word(rng, r), 1)])
	if r == "IN":
		return wpick(rng, [("Sri %s Medicals" % word(rng, r), 2),
			("%s Pharma Distributors" % word(rng, r), 1),
			("%s Medical Stores" % s, 1)])
	if r == "MY":
		return "Farmasi %s" % word(rng, r)
	return "%s Pharmacy" % word(rng, r)


def c_law(rng, r, c):
	a, b = rng.choice(SURNAME[r]), rng.choice(SURNAME[r])
	c["surname"] = a
	if a == b:
		return None
	if r == "ZA":
		return wpick(rng, [("%s %s Attorneys" % (a, b), 2),
			("%s & %s Inc." % (a, b), 2),
			("%s Conveyancers" % a, 1)])
	if r == "IN":
		return wpick(rng, [("%s & Associates" % a, 2),
			("%s %s & Co." % (rng.choice(FIRST[r]), a), 1)])
	if r == "SG":
		return "%s & %s LLC" % (a, b)
	return "Messrs %s & %s" % (a, b)


def c_accounts(rng, r, c):
	a = rng.choice(SURNAME[r])
	c["surname"] = a
	if r == "ZA":
		return wpick(rng, [("%s & Associates Chartered Accountants" % a, 2),
			("%s %s CA(SA)" % (initial(rng, r), a), 1),
			("%s Accounting Services" % word(rng, r), 1)])
	if r == "IN":
		return wpick(rng, [("%s & Co. Chartered Accountants" % a, 2),
			("%s %s & Associates" % (rng.choice(FIRST[r]), a), 1)])
	if r == "SG":
		return wpick(rng, [("%s & Partners PAC" % a, 1),
			("%s Assurance LLP" % word(rng, r), 1)])
	return wpick(rng, [("%s & Co" % a, 1), ("%s Assurance PLT" % word(rng, r),
		1)])


def c_estate(rng, r, c):
	return wpick(rng, [("%s Properties" % word(rng, r), 2),
		("%s Realty" % word(rng, r), 2),
		("%s Estates %s" % (word(rng, r), place(rng, r)), 1)])


def c_strata(rng, r, c):
	w = word(rng, r)
	if r == "ZA":
		return wpick(rng, [("Body Corporate %s %s" % (w, rng.choice(
			["Gardens", "Court", "Heights", "Villas", "Mews"])), 3),
			("%s Estate Home Owners Association" % w, 2)])
	if r == "SG":
		n = rng.randint(900, 4999)
		c["acr"] = "MCST %d" % n
		return "Management Corporation Strata Title Plan No. %d (%s %s)" % (
			n, w, rng.choice(["Residences", "Parc", "Loft", "Towers", "Court"]))
	if r == "MY":
		c["alt"] = "%s Condominium Management Corporation" % w
		return "Perbadanan Pengurusan %s Kondominium" % w
	return "%s Apartment Owners Association" % w


def c_school(rng, r, c):
	p = place(rng, r)
	if r == "ZA":
		a, e = wpick(rng, [(("Laerskool %s", "%s Primary School"), 1),
			(("Hoërskool %s", "%s High School"), 1)])
		if rng.random() < 0.5:
			c["alt"] = e % p
			return a % p
		c["alt"] = a % p
		return e % p
	if r == "IN":
		return wpick(rng, [("%s Public School" % p, 2),
			("Sri %s Vidya Mandir" % word(rng, r), 2),
			("St. %s's Convent School %s" % (rng.choice(SAINTS), p), 1),
			("Kendriya Vidyalaya %s" % p, 1)])
	if r == "MY":
		# only a Sekolah Kebangsaan is "SK <place>"; an international
		# school is not (session 10: the first run labelled "SK Klang"
		# as an international school while the list held SK Klang)
		n = wpick(rng, [("Sekolah Kebangsaan %s" % p, 2),
			("%s International School" % word(rng, r), 1)])
		if n.startswith("Sekolah"):
			c["alt"] = "SK %s" % p
		return n
	return "%s International School" % word(rng, r)


def c_faith(rng, r, c):
	p = place(rng, r)
	if r == "ZA":
		ng = "NG Gemeente %s" % p
		return wpick(rng, [("St %s's Anglican Church %s" % (
			rng.choice(SAINTS), p), 2), (ng, 1),
			("%s Masjid Trust" % p, 1), ("%s Methodist Church" % p, 1)])
	if r == "IN":
		return wpick(rng, [("Sri %s Temple Trust" % rng.choice(DEITY), 2),
			("%s Juma Masjid" % p, 1), ("St. %s's Church %s" % (
			rng.choice(SAINTS), p), 1)])
	if r == "SG":
		return wpick(rng, [("%s Methodist Church" % p, 1),
			("Masjid %s" % rng.choice(["Al-Falah", "An-Nur", "Al-Huda",
			"Darul Aman"]) + " " + p, 1)])
	return wpick(rng, [("Masjid %s" % p, 1), ("Sri %s Temple %s" % (
		rng.choice(DEITY), p), 1)])


def c_gov(rng, r, c):
	p = place(rng, r)
	if r == "ZA":
		c["acr"] = None
		return wpick(rng, [("%s Local Municipality" % p, 3),
			("City of %s Metropolitan Municipality" % p, 1)])
	if r == "IN":
		return wpick(rng, [("%s City Municipal Council" % p, 2),
			("%s Town Municipal Council" % p, 1),
			("%s Municipal Corporation" % p, 1)])
	if r == "SG":
		return "%s Town Council" % p
	c["alt"] = "%s %s Council" % (p, "City")
	return "Majlis Bandaraya %s" % p


def c_npo(rng, r, c):
	w = word(rng, r)
	if r == "ZA":
		return wpick(rng, [("%s Foundation NPC" % w, 2),
			("%s Community Trust" % w, 1), ("%s Development Association "
			"(RF) NPC" % w, 1), ("%s Welfare Society" % w, 1)])
	if r == "IN":
		return wpick(rng, [("%s Charitable Trust" % w, 2),
			("%s Welfare Society" % w, 1), ("%s Foundation" % w, 1)])
	return wpick(rng, [("%s Foundation" % w, 1), ("Persatuan %s" % w, 1)])


def biz(rng, r, tail):
	w = word(rng, r)
	if r == "IN" and rng.random() < 0.3:
		w = "Sri " + w
	elif rng.random() < 0.25:
		w = w + " " + rng.choice(GENERIC)
	return "%s %s" % (w, rng.choice(tail))


def c_trades(rng, r, c):
	if r == "ZA" and rng.random() < 0.3:
		s = rng.choice(SURNAME[r])
		c["surname"] = s
		return "%s %s" % (s, rng.choice(["Electrical", "Plumbing",
			"Panelbeaters", "Construction"]))
	if r == "MY" and rng.random() < 0.3:
		return biz(rng, r, ["Kejuruteraan", "Pembinaan"])
	return biz(rng, r, ["Engineering", "Electrical", "Mechanical & "
		"Electrical", "Construction", "Engineering Works", "Air Conditioning"])


def c_logistics(rng, r, c):
	return biz(rng, r, ["Logistics", "Freight", "Transport", "Shipping",
		"Couriers", "Freight & Forwarding"])


def c_mfg(rng, r, c):
	return biz(rng, r, ["Plastics", "Packaging", "Textiles", "Precision "
		"Engineering", "Industries", "Steel", "Foods", "Castings"])


def c_franchise(rng, r, c):
	s = rng.choice(SURNAME[r])
	brand = rng.choice(BRANDS)
	p = place(rng, r)
	c["brand"], c["surname"] = brand, s
	c["owner"] = "%s Foods" % s
	return "%s Foods %s t/a %s %s" % (s, "{F}", brand, p)


def c_traders(rng, r, c):
	if r == "IN":
		return wpick(rng, [("M/s. %s.%s. Traders" % (initial(rng, r),
			initial(rng, r)), 2), ("Sri %s Traders" % word(rng, r), 2),
			("%s & Sons" % rng.choice(SURNAME[r]), 1),
			("%s Enterprises" % word(rng, r), 1)])
	if r == "MY":
		return "%s Trading" % word(rng, r)
	return biz(rng, r, ["Trading", "Wholesalers", "Distributors"])


def c_it(rng, r, c):
	return biz(rng, r, ["Infotech", "Technologies", "Solutions",
		"Infosystems", "Global Services", "IT Services", "Software",
		"Teknologi" if r == "MY" else "Systems"])


def c_other(rng, r, c):
	return biz(rng, r, ["Consultants", "Security", "Travels", "Printers",
		"Motors", "Hardware", "Furnishers", "Caterers", "Tours"])


VERTICALS = [(c_med, 8, "med"), (c_dental, 5, "med"), (c_pharmacy, 4, "shop"),
	(c_law, 6, "office"), (c_accounts, 6, "office"), (c_estate, 4, "office"),
	(c_strata, 5, "office"), (c_school, 6, "school"), (c_faith, 4, "office"),
	(c_gov, 2, "office"), (c_npo, 4, "office"), (c_trades, 8, "office"),
	(c_logistics, 5, "office"), (c_mfg, 6, "office"), (c_franchise, 4,
	"shop"), (c_traders, 7, "shop"), (c_it, 8, "office"), (c_other, 8,
	"office")]
PROF = {c_med, c_dental, c_law, c_accounts}
NOFORM = {c_strata, c_school, c_faith, c_gov, c_npo}


def legal(rng, r, fn, name):
	if fn in NOFORM:
		if fn is c_npo and r == "ZA" and "NPC" not in name and \
				rng.random() < 0.4:
			return "NPC"
		return ""
	if fn in PROF and r == "ZA" and not name.endswith("Inc."):
		return wpick(rng, [("Inc.", 3), ("", 5)])
	if name.endswith(("Inc.", "& Co.", "LLC", "PAC", "PLT", "LLP", "& Co")):
		return ""
	if r == "MY" and fn in PROF:
		return ""
	return wpick(rng, FORMS[r])


def make_customer(rng, r, fn):
	c = {"r": r, "v": fn, "alt": None, "acr": None, "surname": None,
		"brand": None}
	name = fn(rng, r, c)
	if name is None:
		return None
	f = next((t for t in ENDINGS if name.endswith(" " + t)), None)
	if f:	# the shape carries its form: "X Day Clinic (Pty) Ltd"
		c["core"], c["form"], c["name"] = name[:-len(f) - 1], f, name
		return c
	f = legal(rng, r, fn, name)
	if "{F}" in name:
		f = f or ("(Pty) Ltd" if r == "ZA" else FORMS[r][0][0])
		name = name.replace("{F}", f)
		c["core"] = name
	else:
		c["core"] = name
		name = (name + " " + f) if f else name
	c["form"], c["name"] = f, name
	return c


# Every legal form a shape may end with, longest first.
ENDINGS = sorted(set(SWAP) | {"(RF) NPC"}, key=len, reverse=True)


def acronym(s):
	ws = [w for w in s.replace("-", " ").split() if w[0].isalpha() and
		w.lower() not in DROP and w not in ("of", "&")]
	if len(ws) < 3:
		return None
	return "".join(w[0].upper() for w in ws)


def domain(c):
	w = words(c["core"])[:2] or ["mail"]
	tld = {"ZA": ".co.za", "IN": ".in", "SG": ".com.sg", "MY": ".com.my"}
	return "".join(w) + tld[c["r"]]


MAILBOX = ["gmail.com", "yahoo.com", "outlook.com", "webmail.co.za",
	"rediffmail.com", "yahoo.co.in", "singnet.com.sg", "hotmail.com"]


def contacts(rng, c, ids):
	out = []
	n = wpick(rng, [(1, 35), (2, 35), (3, 20), (4, 10)])
	for k in range(n):
		f, s = person(rng, c["r"])
		if k == 0 and c["surname"] and rng.random() < 0.7:
			s = c["surname"]
		box = domain(c) if rng.random() < 0.55 else rng.choice(MAILBOX)
		out.append({"id": next(ids), "firstname": f, "lastname": s,
			"email": "%s.%s@%s" % (f.split()[0].lower(),
			tokens(s)[-1], box)})
	return out


def desktop(rng):
	return "DESKTOP-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
		for _ in range(7))


def own_device(rng, first):
	f = tokens(first)[0] if tokens(first) else "user"
	return wpick(rng, [("%ss-Laptop" % f.capitalize(), 3),
		("%s-LT" % f.upper(), 3), ("%s-PC" % f.upper(), 2),
		("%ss-MacBook-Air" % f.capitalize(), 1)])


def site_prefix(c):
	a = acronym(c["core"])
	if a and 3 <= len(a) <= 5:
		return a
	w = [t for t in words(c["core"]) if len(t) > 2] or ["site"]
	return w[0][:5].upper()


def assets(rng, c, ids, role):
	n = int(round(math.exp(rng.gauss(math.log(4), 0.9))))
	if c["v"] in (c_gov, c_school, c_mfg):
		n *= 3
	n = max(0, min(80, n))
	scheme = wpick(rng, [("site", 35), ("desktop", 30), ("role", 20),
		("own", 15)])
	names, out = set(), []
	for k in range(n * 3):
		if len(names) >= n:
			break
		if scheme == "site":
			m = "%s-%s%02d" % (site_prefix(c), rng.choice(["PC", "WS", "LT",
				"RECEP", "ADMIN"]), rng.randint(1, 30 + n))
		elif scheme == "desktop":
			m = desktop(rng)
		elif scheme == "role":
			m = rng.choice(ROLES[role]) if k < len(ROLES[role]) + 2 else \
				desktop(rng)
		else:
			m = own_device(rng, rng.choice(c["contacts"])["firstname"]) \
				if rng.random() < 0.7 else desktop(rng)
		if m not in names:
			names.add(m)
			out.append({"id": next(ids), "name": m})
	return out


def counter(start):
	n = start
	while True:
		n += 1
		yield n


class Index:
	"""Keys, one-deletion neighbours, words and acronyms of all customers:
	what the honesty checks ask."""

	def __init__(self, custs):
		self.key, self.dels, self.word = {}, {}, {}
		self.acr = {}
		for i, c in enumerate(custs):
			k = key(c["name"])
			self.key[k] = i
			for d in deletes(k):
				# -2: several customers (never a row's own index)
				self.dels[d] = i if self.dels.get(d, i) == i else -2
			for w in set(words(c["name"])):
				self.word.setdefault(w, []).append(i)
			for a in (c["acr"], acronym(c["core"])):
				if a:
					self.acr.setdefault(a.upper(), set()).add(i)
		self.wset = [set(words(c["name"])) for c in custs]
		self.person = {}
		for i, c in enumerate(custs):
			for p in c["contacts"]:
				self.person.setdefault(who(p["firstname"], p["lastname"]),
					set()).add(i)

	def near(self, s, i):
		"""Another customer than i whose key is s's or one edit away."""
		k = key(s)
		probes = [(self.key, k)] + [(m, d) for d in [k] + deletes(k)
			for m in (self.dels, self.key)]
		return any(m.get(d, i) != i for m, d in probes)

	def covered(self, s, i):
		"""Another customer than i whose words include all of s's."""
		ws = set(words(s))
		if not ws:
			return True
		lists = [self.word.get(w, ()) for w in ws]
		best = min(lists, key=len)
		return any(j != i and ws <= self.wset[j] for j in best)

	def shared_acronym(self, s, i):
		if s.isupper() and len(s.split()) > 2:
			return False	# a name typed in capitals, not an acronym
		for t in s.replace("(", " ").replace(")", " ").split():
			if t.isupper() and t.isalpha() and 2 <= len(t) <= 6:
				if self.acr.get(t, {i}) - {i}:
					return True
		return False

	def honest(self, s, i):
		return not (self.near(s, i) or self.covered(s, i) or
			self.shared_acronym(s, i))


def population(rng, n):
	custs, seen = [], set()
	ids, cids, aids = counter(4100000), counter(9100000), counter(7100000)
	while len(custs) < n:
		r = wpick(rng, REGIONS)
		fn, _, role = wpick(rng, [((f, w, ro), w) for f, w, ro in VERTICALS])
		c = None
		for _ in range(8):
			c = make_customer(rng, r, fn)
			if c and key(c["name"]) not in seen and words(c["name"]):
				break
			c = None
		if c is None:
			c = make_customer(rng, r, c_other)
			if c is None or key(c["name"]) in seen:
				continue
		seen.add(key(c["name"]))
		c["id"] = next(ids)
		c["role"] = role
		c["contacts"] = contacts(rng, c, cids)
		c["assets"] = assets(rng, c, aids, role)
		custs.append(c)
	cum, t = [], 0.0
	for c in custs:
		t += 1 + math.sqrt(len(c["assets"]))
		cum.append(t)
	return custs, cum


# ---- noise -------------------------------------------------------------

QWERTY = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def neighbours():
	"""Each letter's QWERTY neighbours (rows as they sit, no stagger)."""
	at = {ch: (r, j) for r, row in enumerate(QWERTY)
		for j, ch in enumerate(row)}
	return {a: sorted(b for b, (r2, j2) in at.items() if b != a and
		abs(r2 - ra) <= 1 and abs(j2 - ja) <= 1)
		for a, (ra, ja) in at.items()}


NEAR = neighbours()


def slip(rng, s):
	pos = [j for j in range(1, len(s)) if s[j].isalpha() and
		s[j - 1].isalpha()]
	if not pos:
		return s
	j = rng.choice(pos)
	k = wpick(rng, [("near", 40), ("swap", 20), ("drop", 25), ("double", 15)])
	ch = s[j]
	if k == "near" and ch.lower() in NEAR:
		n = rng.choice(NEAR[ch.lower()])
		return s[:j] + (n.upper() if ch.isupper() else n) + s[j + 1:]
	if k == "swap" and j + 1 < len(s) and s[j + 1].isalpha():
		return s[:j] + s[j + 1] + s[j] + s[j + 2:]
	if k == "double":
		return s[:j] + ch + s[j:]
	return s[:j] + s[j + 1:]


def recase(rng, s):
	return wpick(rng, [(s.lower(), 55), (s.upper(), 30), (s.title(), 15)])


def n_suffix(rng, c, desk):
	f = c["form"]
	if "t/a" in c["name"]:
		return None
	if not f:
		return "%s %s" % (c["core"], HABIT[desk]) if c["v"] not in NOFORM \
			else None
	k = wpick(rng, [("drop", 45), ("swap", 40), ("habit", 15)])
	if k == "drop":
		return c["core"]
	if k == "swap" and f in SWAP:
		return "%s %s" % (c["core"], rng.choice(SWAP[f]))
	if HABIT[desk] != f:
		return "%s %s" % (c["core"], HABIT[desk])
	return None


def n_abbrev(rng, c, desk):
	s = c["name"]
	hits = [(a, b) for a, b in ABBR if a in s]
	if hits and rng.random() < 0.7:
		a, b = rng.choice(hits)
		t = s.replace(a, b, 1)
		return t if rng.random() < 0.5 else t.replace(" " + c["form"], "") \
			if c["form"] else t
	if c["acr"]:
		return c["acr"]
	a = acronym(c["core"])
	if a and len(a) <= 6:
		return a
	return None


def n_trunc(rng, c, desk):
	s = c["name"]
	if rng.random() < 0.55 and len(s) > 18:
		return s[:rng.randint(14, min(28, len(s) - 3))].rstrip(" ,&(-")
	ws = c["core"].split()
	if len(ws) < 3:
		return None
	return " ".join(ws[:rng.randint(2, len(ws) - 1)])


def n_reorder(rng, c, desk):
	ws = c["core"].split()
	if len(ws) < 2:
		return None
	if " & " in c["core"]:
		a, b = c["core"].split(" & ", 1)
		return "%s & %s" % (b, a)
	if ws[0] in ("Laerskool", "Hoërskool", "Klinik", "Masjid", "Majlis",
			"Sekolah", "Farmasi", "Body", "Dr", "Sri", "Messrs"):
		return "%s, %s" % (" ".join(ws[1:]), ws[0])
	j = rng.randint(1, len(ws) - 1)
	return " ".join(ws[j:] + ws[:j])


def n_and(rng, c, desk):
	s = c["name"]
	if " & " in s:
		return s.replace(" & ", rng.choice([" and ", " n ", " + ", " ",
			"&"]), 1)
	if " and " in s:
		return s.replace(" and ", " & ", 1)
	return None


def n_prefix(rng, c, desk):
	p = rng.choice(PREFIX).format(n=rng.randint(1000, 99999))
	return p + c["name"]


def n_branch(rng, c, desk):
	p = rng.choice(PLACE[c["r"]])
	if p in c["name"]:
		return None
	base = c["core"] if rng.random() < 0.6 else c["name"]
	return rng.choice(["%s - %s", "%s (%s)", "%s %s branch", "%s @ %s",
		"%s, %s", "%s %s office"]) % (base, p)


def n_person(rng, c, desk, ix, i):
	p = rng.choice(c["contacts"])
	f, s = p["firstname"], p["lastname"]
	if rng.random() < 0.2:
		typed = "%s %s" % (f, s)
		return typed if ix.person.get(who(f, s)) == {i} else None
	base = c["core"] if rng.random() < 0.6 else c["name"]
	return rng.choice(["%s @ %s", "%s from %s", "%s (%s)", "%s - %s"]) % (
		rng.choice([f, "%s %s" % (f, s), "Mr %s" % s, "Ms %s" % s]), base) \
		if rng.random() < 0.7 else "%s (%s)" % (base, f)


def n_translit(rng, c, desk):
	s = c["name"]
	hits = [(a, b) for a, b in TRANSLIT if (" %s " % a) in " %s " % s]
	if not hits:
		return None
	a, b = rng.choice(hits)
	return (" %s " % s).replace(" %s " % a, " %s " % b, 1).strip()


def n_phonetic(rng, c, desk):
	s = c["name"]
	hits = [(a, b) for a, b in PHONETIC if a in s[1:]]
	if not hits:
		return None
	for a, b in rng.sample(hits, min(len(hits), rng.choice([1, 1, 2]))):
		j = s.find(a, 1)
		s = s[:j] + b + s[j + len(a):]
	return s


def n_initials(rng, c, desk):
	s = c["name"]
	if "M/s." in s:
		core = s.replace("M/s. ", "")
		a, b = core[0], core[2]
		rest = core[5:]
		return rng.choice(["%s%s %s", "%s %s %s", "M/s %s%s %s",
			"%s.%s.%s"]) % (a, b, rest)
	if s.startswith("Dr ") and ". " in s[:6]:
		return rng.choice(["Dr %s" % c["surname"], s.replace(". ", " ", 1),
			"%s %s" % (s[3], s[6:])])
	for p in c["contacts"][:1]:
		if (" %s " % p["firstname"]) in " %s " % s:
			return s.replace(p["firstname"], p["firstname"][0] + ".", 1)
	return None


def n_bilingual(rng, c, desk):
	return c["alt"]


def n_tradingas(rng, c, desk):
	if "t/a" not in c["name"]:
		return None
	own, brand = c["name"].split(" t/a ")
	return rng.choice([own, brand, "%s (%s)" % (brand, c["surname"]),
		"%s t/a %s" % (c["owner"], brand)])


def n_typo(rng, c, desk, k=1):
	s = c["name"]
	for _ in range(k):
		s = slip(rng, s)
	return s


def n_mixed(rng, c, desk, ix, i):
	base = None
	for _ in range(4):
		k = rng.choice(["suffix", "truncated", "abbreviation", "reorder",
			"prefix", "branch", "transliteration", "initials"])
		base = SIMPLE[k](rng, c, desk)
		if base and base != c["name"]:
			break
	if not base:
		return None
	return slip(rng, base) if rng.random() < 0.5 else recase(rng, base)


SIMPLE = {"suffix": n_suffix, "abbreviation": n_abbrev, "truncated": n_trunc,
	"reorder": n_reorder, "and": n_and, "prefix": n_prefix,
	"branch": n_branch, "transliteration": n_translit,
	"phonetic": n_phonetic, "initials": n_initials, "bilingual": n_bilingual,
	"trading as": n_tradingas}


def real_noise(rng, kind, c, desk, ix, i):
	s = c["name"]
	if kind == "exact":
		return s
	if kind == "case":
		t = recase(rng, s)
		return t if t != s else s.lower()
	if kind == "typo":
		return n_typo(rng, c, desk)
	if kind == "two typos":
		return n_typo(rng, c, desk, 2)
	if kind == "typo+case":
		return recase(rng, n_typo(rng, c, desk))
	if kind == "phonetic" and desk != "BLR":
		return None
	if kind == "person":
		return n_person(rng, c, desk, ix, i)
	if kind == "mixed":
		return n_mixed(rng, c, desk, ix, i)
	return SIMPLE[kind](rng, c, desk)


def draw(rng, cum):
	"""A customer index, weighted by the cumulative weights cum."""
	return min(bisect.bisect_right(cum, rng.random() * cum[-1]), len(cum) - 1)


def desk_for(rng, c):
	own = DESK[c["r"]]
	if rng.random() < 0.8:
		return own
	return rng.choice([d for d in TECHS if d != own])


def real_row(rng, custs, ix, cum, kind):
	for _ in range(200):
		i = draw(rng, cum)
		c = custs[i]
		desk = desk_for(rng, c)
		t = real_noise(rng, kind, c, desk, ix, i)
		if not t or not words(t):
			continue
		t = scr.clean(t)
		if kind != "exact" and t == c["name"]:
			continue
		if kind == "exact" or ix.honest(t, i):
			return (t, i, kind, desk)
	i = draw(rng, cum)
	return (custs[i]["name"], i, "exact (fallback)", DESK[custs[i]["r"]])


def other_vertical(rng, fn):
	while True:
		f = wpick(rng, [(v[0], v[1]) for v in VERTICALS])
		if f is not fn:
			return f


def imp_name(rng, kind, custs, ix, desk, strict):
	c = rng.choice(custs)
	r = c["r"]
	if kind == "impostor: rare word":
		ws = [w for w in c["core"].split() if w in VOCAB and len(w) > 3]
		if not ws:
			return None
		w = min(ws, key=lambda x: (len(ix.word.get(x.lower(), ())), x))
		d = make_customer(rng, r, other_vertical(rng, c["v"]))
		if not d or "t/a" in d["name"]:
			return None
		dw = d["core"].split()
		spots = [j for j, x in enumerate(dw) if x in VOCAB]
		if not spots:
			return None
		dw[rng.choice(spots)] = w	# the other firm's own word, not its shape
		return " ".join(dw) + (" " + d["form"] if d["form"] else "")
	if kind == "impostor: namesake":
		if not any(p in c["name"] for p in PLACE[r]) or rng.random() < 0.5:
			return "%s %s" % (c["core"], rng.choice(ELSEWHERE[r])) \
				if rng.random() < 0.3 else \
				"%s (%s)" % (c["name"], rng.choice(ELSEWHERE[r]))
		p = next(p for p in PLACE[r] if p in c["name"])
		return c["name"].replace(p, rng.choice(ELSEWHERE[r]))
	if kind == "impostor: same surname":
		s = c["surname"]
		if not s:
			return None
		d = make_customer(rng, r, rng.choice([c_trades, c_other, c_law,
			c_accounts, c_pharmacy, c_med]))
		if not d or d["v"] is c["v"] or not d["surname"] or \
				d["surname"] not in d["name"]:
			return None
		return d["name"].replace(d["surname"], s)
	if kind == "impostor: same shape":
		d = make_customer(rng, r, c["v"])
		return d["name"] if d else None
	if kind == "impostor: chain branch":
		brands = [x for x in custs if x["brand"]]
		if not brands:
			return None
		b = rng.choice(brands)
		return "%s %s" % (b["brand"], rng.choice(PLACE[b["r"]] +
			ELSEWHERE[b["r"]]))
	if kind == "impostor: own staff":
		t = rng.choice(TECHS[desk])
		return rng.choice(["%s (internal)", "%s - TriDesk", "TriDesk - %s",
			"%s laptop", "Internal: %s"]) % t if rng.random() < 0.7 else \
			rng.choice([MSP, MSP + " " + rng.choice(["JHB", "BLR", "SIN"]),
			"TriDesk Office", "TriDesk Lab"])
	f, s = person(rng, r)
	if strict and who(f, s) in ix.person:
		return None	# a customer's contact calling is no impostor
	# (at 50,000 customers nearly every common name is some contact's:
	# after 150 draws a namesake of a contact is let through, as in life)
	return rng.choice(["%s %s (home)", "%s %s personal", "%s %s - home PC",
		"%s %s", "%s %s private"]) % (f, s)


def imp_row(rng, custs, ix, kind):
	for k in range(200):
		desk = rng.choice(sorted(TECHS))
		t = imp_name(rng, kind, custs, ix, desk, k < 150)
		if not t or not words(t):
			continue
		t = scr.clean(t)
		if ix.honest(t, -1):
			return (t, None, kind, desk)
	return None


# ---- machines and the run ---------------------------------------------

def machine(rng, custs, row, roles, pool):
	typed, i, kind, desk = row
	if i is None:
		if kind == "impostor: own staff":
			return "%s-TECH-LT%02d" % (desk, rng.randint(1, 12))
		if rng.random() < 0.15:
			return rng.choice(roles)
		return desktop(rng) if rng.random() < 0.6 else \
			own_device(rng, rng.choice(FIRST["ZA"] + FIRST["IN"]))
	c = custs[i]
	u = rng.random()
	if c["assets"] and u < 0.80:
		return rng.choice(c["assets"])["name"]
	if u < 0.84:
		return rng.choice(pool)
	return desktop(rng) if rng.random() < 0.5 else \
		own_device(rng, rng.choice(c["contacts"])["firstname"])


def largest_remainder(n, weights):
	"""Counts for each kind summing to n, in proportion to the weights."""
	tot = sum(w for _, w in weights)
	exact = [n * w / tot for _, w in weights]
	out = [int(x) for x in exact]
	for j in sorted(range(len(out)), key=lambda j: out[j] - exact[j])[
			:n - sum(out)]:
		out[j] += 1
	return {k: m for (k, _), m in zip(weights, out)}


def by_kind(n, weights, one):
	"""n rows, one(kind) each, by largest remainder; a None is dropped."""
	rows = [one(k) for k, m in largest_remainder(n, weights).items()
		for _ in range(m)]
	return [r for r in rows if r]


def main():
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random("blind11:" + seed)
	custs, cum = population(rng, ncust)
	ix = Index(custs)
	nimp = int(round(nnames * 0.16))
	real = by_kind(nnames - nimp, WEIGHTS,
		lambda k: real_row(rng, custs, ix, cum, k))
	imps = by_kind(nimp, IMP_WEIGHTS, lambda k: imp_row(rng, custs, ix, k))
	for _ in range(4 * (nimp - len(imps))):	# top up with private callers
		if len(imps) < nimp:
			imps += [r for r in [imp_row(rng, custs, ix,
				"impostor: personal")] if r]
	rows = real + imps
	rng.shuffle(rows)
	roles = sorted(scr.asset_names(custs) &
		{x for rs in ROLES.values() for x in rs}) or ["SERVER"]
	pool = [a["name"] for c in custs[:2000] for a in c["assets"]] or ["SERVER"]
	pick = lambda row: machine(rng, custs, row, roles, pool)  # noqa: E731
	scr.write_desk_set(rng, out, custs, rows, pick, TECHS,
		("blind11", seed, 1798000000, 1307, 75))


if __name__ == "__main__":
	main()
