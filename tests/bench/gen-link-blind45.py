#!/usr/bin/env python3
# gen-link-blind45.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 27: the lead runs it once).  A US healthcare
# MSP serving practices nationwide: one Syncro account, one
# ScreenConnect, desks in Phoenix (PHX: Arizona, Nevada, New Mexico),
# Dallas (DAL: Texas and Oklahoma), Tampa (TPA: Florida), Charlotte (CLT:
# the Carolinas and southwest Virginia), Columbus (CMH: Ohio, Indiana,
# Kentucky, Michigan), Nashville (BNA: Tennessee, Alabama, Mississippi,
# north Georgia) and Sacramento (SAC: northern California and southern
# Oregon).  Customers: physician practices ("X Pediatrics, P.A.", "X
# Family Medicine, PLLC", "Drs. X & Y", "X Orthopaedic Associates", "X
# Cardiology Group", "X Women's Health", "X Dermatology, P.C.", a
# California "X Medical Group, A Medical Corporation"), dental offices
# and the branches of small DSOs ("X Family Dentistry", "X Dental Group",
# "Dr. X, DDS, PC", "X Orthodontics", "X Oral & Maxillofacial Surgery",
# "Smile X - Y"), chiropractic and physical therapy clinics, optometry
# ("X Eye Care", "X Vision Center"), behavioral health and counseling,
# home health and hospice, skilled nursing and assisted living ("X
# Rehabilitation and Nursing Center", "X Senior Living", "The X at Y"),
# rural and critical access hospitals ("X County Hospital District", "X
# Regional Medical Center", "St. X Hospital"), FQHCs and community health
# centers, urgent cares, pharmacies, labs and imaging centers, veterinary
# clinics and medical billing companies.  Writes OUTDIR/customers.json
# (as Syncro's GET /customers returns them: id, business_name, firstname,
# lastname, email, phone, address, address_2, city, state, zip, contacts,
# assets), names.tsv (typed TAB true id or "" TAB kind TAB machine),
# sessions.jsonl and sessions-machine.jsonl through linkgen.desk_main.
# Python stdlib only, deterministic for a seed.  Customer ids from
# 45000000 (below 45200000 at 50,000 customers: the id grows by 1 to 3
# with a customer kept), contacts' and assets' from 45300001 (below
# 46000000).
#
# Where each shape comes from ("found": found with the session's search
# tool; "known": public knowledge, no search):
# - NPI (found: the CMS "Requirements for NPI Check Digit" as quoted on
#   forums.studentdoctor.net and providernpisearch.com, VistA's XUSNPI
#   routine on worldvista.org, makdns.blogspot.com's worked example
#   1558598797; andrewallenbruce.github.io npis: "NPIs will therefore
#   initially be issued with a first digit of 1 or 2"): ten digits, the
#   last a Luhn mod-10 "double-add-double" check digit worked out as if
#   the card-issuer prefix 80840 stood before it (the constant 24 added).
#   A group's (type 2) NPI on some customers' names, typed bare, as "NPI
#   #", as "NPI:" or split 3-3-4; another number is another provider.
# - Professional forms (found: legalclarity.org, attorneysforbusiness.com
#   and dunnamlaw.com on Texas Business Organizations Code 301.003: the
#   professional association for physicians, dentists, chiropractors,
#   optometrists, veterinarians, mental health professionals, its name
#   carrying "Professional Association", "P.A." or "P.C."; winenfood.com on
#   the Texas health-care PLLC; westcoasthealthlaw.com, cohenhealthcarelaw
#   .com and professionalmedicalcorporationcalifornia.com: a California
#   medical practice must be a professional corporation, "Professional
#   Corporation", "Prof. Corp.", "Inc." in its name, "Smith & Lee, M.D.s,
#   Inc.", "Johnson Dermatology, A Professional Corporation", a
#   shareholder's surname or a fictitious name permit): P.A. in Texas and
#   Florida, PLLC and P.C. elsewhere, "A Medical Corporation", "A Dental
#   Corporation" and "A Professional Corporation" in California; Arizona's
#   "Ltd.", LLC and Inc. for home health, nursing, pharmacies, billing
#   (known).
# - Hospitals (found: flexmonitoring.org "Critical Access Hospital
#   Locations List" - "Hospital District No 1 of Rice County", "Rock County
#   Hospital", "Riverview Regional Medical Center", "Roundup Memorial
#   Hospital", "St. Luke Community Hospital"; beckershospitalreview.com
#   and porh.psu.edu, the Chartis top 100 - "East Morgan County
#   Hospital", "Rice County District Hospital", "Wray Community District
#   Hospital"): "X County Hospital District", "X County Memorial
#   Hospital", "X Regional Medical Center", "St. X Hospital", "X Community
#   Hospital"; a hospital's foundation, auxiliary and physician clinic are
#   other bodies (known).
# - Keyboard (known, linkgen.US_KEYS): US QWERTY slips.
# - Places (known): each desk's towns, counties, states and three-digit
#   ZIP heads; towns no customer is in for the other-town impostors.
# - Names (known): the commonest US surnames of the Census Bureau's
#   surname list (Smith, Johnson, Williams, Garcia, Nguyen, Patel ...) and
#   common given names; clinical abbreviations (Peds, Ortho, OB/GYN, ENT,
#   Derm, GI, PT, Chiro, Rehab, Med Ctr, RMC, SNF, ALF, HH, CHC, UC, Vet);
#   degrees MD, DO, DDS, DMD, OD, DC, DPT, DVM; vendors (EHR, practice
#   management, dental software, labs, supply houses, clearinghouses).
#
# Real-row kinds (shares in KINDS): exact, caps, lower, typo (QWERTY), two
# typos, truncated, reorder ("Pediatrics, Smith"), abbrev (the clinical
# abbreviations above both ways: "Peds", "Ortho", "Ob-Gyn", "Med Ctr",
# "RMC", "SNF", "OMS", "St." / "Saint"), acronym, legal (dropped, respelt or swapped:
# P.A. / PA / Professional Association, PLLC / P.L.L.C., P.C. / PC / Prof.
# Corp., A Medical Corporation / A Medical Corp. / AMC), title (Dr., MD,
# DDS ... added, dropped or moved: "Dr. Smith Family Dentistry", "John
# Smith DDS PC"), branch (a location, suite or campus after the name),
# and ("&" / "and"), possessive (Children's / Childrens / Children),
# contact (an office manager's name after the name), person (a contact's
# name alone), domain, npi, mixed.
# Impostors (about 37% of rows): same shape (a fresh name of the
# customers' templates, its words from an outside block), other town (a
# town-named practice, pharmacy, urgent care or hospital in a town no
# customer is in: "Lubbock Pediatrics" for "Abilene Pediatrics"), other
# specialty (the same group name with a specialty it does not have),
# partner practice (a partner of "Drs. X & Y" in a practice of his own),
# other doctor (a named doctor's surname with another given name and the
# same degree: no contact of the customer), DSO location (a small DSO's office in a town where it has
# no customer), affiliated body (a hospital's, nursing home's or health
# center's foundation, auxiliary, clinic or county health department),
# other NPI (a name that carries its NPI typed with another valid one),
# common surname, person (a patient), vendor, prospect, personal, own
# staff.  The share holds at 50,000 customers (same_class), but there
# nearly every given name and surname pair is some customer's contact,
# so the person, personal and other-doctor impostors and the person rows
# (a contact's name held by one customer only) are few, and the other
# kinds fill.
#
# Machines (linkgen.machine): a real row on one of its customer's assets
# 72%, another customer's 4%; impostors on unknown machines, a shared role
# name (FRONTDESK, CHECKIN, NURSES ...) 18%, own staff on the bench.
#
# Labels: rows label-audit.py doubts are drawn again, and so are
# impostors that, read through this generator's skeleton (legal forms,
# degrees and titles, "and", "of", "the", possessive s dropped, the
# clinical abbreviations read as their words, Orthopaedic as Orthopedic),
# are a customer's name or a form of it (less its legal form, its NPI,
# its title), or hold all its words less one, or hold a listed person's
# full name (linkgen.Checks, parts_known and pairs).  A person's name is a
# real row only when that whole name is one customer's contact only.
import os
import re
import sys
from itertools import accumulate

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linkgen as lk  # noqa: E402

# ---------------------------------------------------------------- places
# Each desk: its phone area code, then "town/state/county/ZIP head/weight".
TOWNS = {
	"PHX": ("602", """Phoenix/AZ/Maricopa/850/9 Mesa/AZ/Maricopa/852/3
		Scottsdale/AZ/Maricopa/852/2 Tempe/AZ/Maricopa/852/2
		Goodyear/AZ/Maricopa/853/1 Glendale/AZ/Maricopa/853/2
		Peoria/AZ/Maricopa/853/1 Queen Creek/AZ/Maricopa/851/1
		Tucson/AZ/Pima/857/3 Flagstaff/AZ/Coconino/860/1
		Prescott/AZ/Yavapai/863/1 Yuma/AZ/Yuma/853/1 Show Low/AZ/Navajo/859/1
		Las Vegas/NV/Clark/891/3 Pahrump/NV/Nye/890/1
		Albuquerque/NM/Bernalillo/871/2 Las Cruces/NM/Dona Ana/880/1"""),
	"DAL": ("214", """Dallas/TX/Dallas/752/9 Plano/TX/Collin/750/3
		Frisco/TX/Collin/750/2 McKinney/TX/Collin/750/2
		Arlington/TX/Tarrant/760/2 Fort Worth/TX/Tarrant/761/3
		Lewisville/TX/Denton/750/2 Texarkana/TX/Bowie/755/1
		Waco/TX/McLennan/767/1 Abilene/TX/Taylor/796/1 Mesquite/TX/Dallas/751/1
		Lubbock/TX/Lubbock/794/2 Nacogdoches/TX/Nacogdoches/759/1
		Oklahoma City/OK/Oklahoma/731/2 Tulsa/OK/Tulsa/741/2
		Stillwater/OK/Payne/740/1"""),
	"TPA": ("813", """Tampa/FL/Hillsborough/336/9 St. Petersburg/FL/Pinellas/337/3
		Clearwater/FL/Pinellas/337/2 Plant City/FL/Hillsborough/335/1
		Lakeland/FL/Polk/338/2 Sarasota/FL/Sarasota/342/2
		Bradenton/FL/Manatee/342/2 Orlando/FL/Orange/328/3 Ocala/FL/Marion/344/1
		Gainesville/FL/Alachua/326/1 Fort Myers/FL/Lee/339/2
		Sebring/FL/Highlands/338/1 Lake City/FL/Columbia/320/1"""),
	"CLT": ("704", """Charlotte/NC/Mecklenburg/282/9 Gastonia/NC/Gaston/280/2
		Concord/NC/Cabarrus/280/2 Huntersville/NC/Mecklenburg/280/1
		Mooresville/NC/Iredell/281/1 Hickory/NC/Catawba/286/2
		Greensboro/NC/Guilford/274/2 Winston-Salem/NC/Forsyth/271/2
		Asheville/NC/Buncombe/288/2 Morganton/NC/Burke/286/1
		Rock Hill/SC/York/297/2 Greenville/SC/Greenville/296/2
		Spartanburg/SC/Spartanburg/293/1 Roanoke/VA/Roanoke/240/1"""),
	"CMH": ("614", """Columbus/OH/Franklin/432/9 Dublin/OH/Franklin/430/2
		Westerville/OH/Franklin/430/2 Delaware/OH/Delaware/430/1
		Newark/OH/Licking/430/1 Zanesville/OH/Muskingum/437/1
		Mansfield/OH/Richland/449/1 Athens/OH/Athens/457/1
		Chillicothe/OH/Ross/456/1 Dayton/OH/Montgomery/454/2
		Cincinnati/OH/Hamilton/452/2 Indianapolis/IN/Marion/462/2
		Lexington/KY/Fayette/405/2 Louisville/KY/Jefferson/402/2
		Ann Arbor/MI/Washtenaw/481/1"""),
	"BNA": ("615", """Nashville/TN/Davidson/372/9 Brentwood/TN/Williamson/370/2
		Murfreesboro/TN/Rutherford/371/2 Clarksville/TN/Montgomery/370/2
		Hendersonville/TN/Sumner/370/1 Cookeville/TN/Putnam/385/1
		Knoxville/TN/Knox/379/2 Chattanooga/TN/Hamilton/374/2
		Huntsville/AL/Madison/358/2 Birmingham/AL/Jefferson/352/2
		Tupelo/MS/Lee/388/1 Dalton/GA/Whitfield/307/1"""),
	"SAC": ("916", """Sacramento/CA/Sacramento/958/9 Roseville/CA/Placer/956/3
		Elk Grove/CA/Sacramento/956/2 Folsom/CA/Sacramento/956/2
		Woodland/CA/Yolo/956/1 Auburn/CA/Placer/956/1
		Stockton/CA/San Joaquin/952/2 Modesto/CA/Stanislaus/953/2
		Chico/CA/Butte/959/1 Redding/CA/Shasta/960/1 Yuba City/CA/Sutter/959/1
		Medford/OR/Jackson/975/1 Bend/OR/Deschutes/977/1""")}


def towns_of(desk):
	"""TOWNS' records of desk: (town, state, county, ZIP head, weight)."""
	out = []
	for rec in re.findall(r"[A-Z][^/]*/[A-Z]{2}/[^/]+/\d+/\d+",
			TOWNS[desk][1]):
		name, st, county, head, w = rec.strip().split("/")
		out.append((name, st, county, head, int(w)))
	return out


DESKS = {d: towns_of(d) for d in TOWNS}
DESK_SHARE = [("PHX", 15), ("DAL", 17), ("TPA", 15), ("CLT", 13),
	("CMH", 14), ("BNA", 12), ("SAC", 14)]
TOWN_CUM = {d: list(accumulate(t[4] for t in ts)) for d, ts in DESKS.items()}
# Towns of each desk where no customer is (other-town impostors), with
# their state.
ELSEWHERE = {"PHX": ["Kingman AZ", "Sierra Vista AZ", "Safford AZ",
	"Farmington NM", "Elko NV"], "DAL": ["Corsicana TX", "Stephenville TX",
	"Longview TX", "Ardmore OK", "Brownwood TX"], "TPA": ["Dade City FL",
	"Arcadia FL", "Wauchula FL", "Palatka FL", "Okeechobee FL"],
	"CLT": ["Shelby NC", "Lenoir NC", "Albemarle NC", "Gaffney SC",
	"Danville VA"], "CMH": ["Portsmouth OH", "Wooster OH", "Findlay OH",
	"Marietta OH", "Muncie IN"], "BNA": ["Tullahoma TN", "Lawrenceburg TN",
	"McMinnville TN", "Florence AL", "Crossville TN"], "SAC": ["Oroville CA",
	"Placerville CA", "Lodi CA", "Grass Valley CA", "Red Bluff CA"]}
assert not {t.rsplit(" ", 1)[0] for ts in ELSEWHERE.values() for t in ts} \
	& {t[0] for ts in DESKS.values() for t in ts}
ROADS = ["Medical Pkwy", "Main St", "Hospital Dr", "Professional Blvd",
	"Oak St", "Park Ave", "Commerce Dr", "Health Center Dr", "Elm St",
	"Washington St", "Broadway", "Memorial Dr", "Market St", "Center St"]
# Telephone area codes of each state.
AREA = {"AZ": ["602", "480", "623", "520", "928"], "NV": ["702", "775"],
	"NM": ["505", "575"], "TX": ["214", "972", "817", "806", "903", "254",
	"325", "936", "940"], "OK": ["405", "918", "580"], "FL": ["813", "727",
	"941", "407", "352", "239", "863", "386"], "NC": ["704", "980", "336",
	"828"], "SC": ["803", "864"], "VA": ["540"], "OH": ["614", "740", "937",
	"513", "419"], "IN": ["317"], "KY": ["859", "502"], "MI": ["734"],
	"TN": ["615", "629", "865", "423", "931"], "AL": ["256", "205"],
	"MS": ["662"], "GA": ["706"], "CA": ["916", "530", "209"], "OR": ["541",
	"458"]}

# ---------------------------------------------------------------- people
SURNAMES = """Smith Johnson Williams Brown Jones Garcia Miller Davis
	Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas
	Taylor Moore Martin Lee Perez Thompson White Harris Sanchez Clark
	Ramirez Robinson Walker Young Allen King Wright Scott Torres Nguyen
	Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell
	Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards
	Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz
	Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward
	Richardson Watson Brooks Chavez Wood Bennett Gray Mendoza Ruiz Hughes
	Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez
	Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson
	Barnes Fisher Vasquez Simmons Romero Jordan Patterson Alexander
	Hamilton Graham Reynolds Griffin Wallace West Cole Hayes Bryant
	Gibson Ellis Stevens Murray Ford Marshall Owens McDonald Harrison
	Ruiz Kennedy Wells Tran Shah Chen Reddy Gupta Park Pham Le Wang
	Desai Huang Mehta Nair Freeman Webb Simpson Tucker Porter Hunter
	Hicks Crawford Henry Boyd Mason Warren Dixon Burns Gordon Shaw Holmes
	Rice Robertson Hunt Black Daniels Palmer Mills Nichols Grant Knight
	Ferguson Stone Hawkins Dunn Perkins Hudson Spencer Gardner Stephens
	Payne Pierce Berry Matthews Arnold Wagner Willis Watkins Olson Carroll
	Duncan Snyder Hart Cunningham Bradley Andrews Harper Riley Armstrong
	Carpenter Weaver Greene Lawrence Elliott Sims Austin Peters Kelley
	Lawson Fields Ryan Schmidt Carr Wheeler Chapman Oliver Richards
	Williamson Johnston Banks Meyer Bishop McCoy Howell Morrison Hansen
	Fernandez Garza Harvey Burton Stanley George Jacobs Reid Fuller Lynch
	Dean Gilbert Garrett Welch Larson Frazier Burke Hanson Moreno Bowman
	Medina Fowler Joshi Iyer Rao Vu Do Hoang Choi Yang Zhang Liu""".split()
SURNAMES = sorted(set(SURNAMES), key=SURNAMES.index)
GIVEN_M = """James Robert John Michael David William Richard Joseph Thomas
	Christopher Charles Daniel Matthew Anthony Mark Steven Paul Andrew
	Joshua Kevin Brian Eric Jason Ryan Jose Luis Raj Vikram Minh Gary
	Timothy Scott Jeffrey Gregory Stephen Benjamin Samuel Patrick Alan
	Juan Carlos Sanjay Arjun Tuan Jin""".split()
GIVEN_F = """Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica
	Sarah Karen Lisa Nancy Betty Sandra Ashley Kimberly Emily Donna
	Michelle Amanda Melissa Stephanie Rebecca Laura Angela Maria Priya
	Mei Lan Carol Deborah Rachel Heather Catherine Christina Kathleen
	Andrea Monica Julie Tiffany Veronica Rosa Anita Deepa Ngoc Hana
	Yvonne""".split()
# The commonest surnames (common-surname impostors).
COMMON = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia",
	"Miller", "Davis", "Nguyen", "Patel"]
# Surnames and words no customer draws (same-shape impostors).
OUT_SURNAME = ["Abernathy", "Quarles", "Vandergriff", "Oyelaran",
	"Szczepanski", "Thibodeaux", "Okonkwo", "Lindqvist", "Fairweather",
	"Castellanos-Ruiz", "Yarbrough", "Blankenship"]
OUT_BRAND = ["Tallgrass", "Mesquite Flats", "Cypress Bend", "Silver Lake",
	"Ironwood", "Bluestem", "Cedar Knoll", "Willow Run"]

# ---------------------------------------------------------------- words
BRAND = {"PHX": ["Desert", "Saguaro", "Camelback", "Sonoran", "Canyon",
	"Mogollon"], "DAL": ["Lone Star", "Trinity", "Brazos", "Prairie",
	"Red River", "Bluebonnet"], "TPA": ["Gulf Coast", "Suncoast", "Bayshore",
	"Manatee", "Palm", "Tampa Bay"], "CLT": ["Piedmont", "Carolina",
	"Blue Ridge", "Catawba", "Lake Norman", "Queen City"], "CMH":
	["Buckeye", "Scioto", "Heartland", "Olentangy", "Hocking", "Bluegrass"],
	"BNA": ["Cumberland", "Volunteer", "Harpeth", "Stones River",
	"Tennessee Valley", "Smoky Mountain"], "SAC": ["Sierra", "Delta",
	"American River", "Foothill", "Valley Oak", "Gold Country"], "all":
	["Advanced", "Premier", "Harmony", "Compass", "Summit", "Cornerstone",
	"Evergreen", "Pinnacle", "Lighthouse", "Crossroads", "Heritage",
	"Northside", "Southside", "Lakeside", "Riverbend", "Sunrise", "Elite",
	"Integrity", "Legacy", "Meridian", "Apex", "Horizon", "Pathway",
	"Keystone", "Unity", "Beacon", "Covenant", "Liberty", "Parkview",
	"Westside", "Eastside", "Centennial", "Mission", "Hope", "Family First"]}
SAINT = ["Luke", "Joseph", "Mary", "Francis", "Vincent", "Anthony",
	"Elizabeth", "Catherine", "Bernard", "Jude", "Clare", "Michael"]
DSO = ["Bright", "Brite", "Dental", "Works", "Studio", "Haven"]
# "The X at Y" of senior living.
VILLA = ["Gardens", "Villas", "Terrace", "Oaks", "Meadows", "Courtyard",
	"Arbors", "Pines", "Willows", "Reserve", "Springs", "Commons"]
# Specialties of physician groups: (the name's word, the doctor's degree).
SPECIALTY = [("Pediatrics", "MD"), ("Family Medicine", "MD"),
	("Internal Medicine", "MD"), ("Orthopaedic Associates", "MD"),
	("Orthopedic Associates", "DO"), ("Cardiology Group", "MD"),
	("Women's Health", "MD"), ("OB/GYN Associates", "MD"),
	("Dermatology", "MD"), ("Gastroenterology Associates", "MD"),
	("Ear, Nose & Throat", "MD"), ("Family Practice", "DO"),
	("Children's Clinic", "MD"), ("Urology", "MD"), ("Neurology", "MD"),
	("Allergy & Asthma", "MD"), ("Pulmonology", "MD"),
	("Rheumatology", "MD")]
# Specialties no customer has (other-specialty impostors; the common
# -surname and same-shape ones too).
ELSE_SPEC = ["Plastic Surgery", "Sleep Medicine", "Podiatry",
	"Endocrinology", "Nephrology", "Pain Management", "Vascular Surgery",
	"Wound Care", "Hearing Center", "Audiology", "Oncology", "Med Spa"]
# Templates: {B} brand, {S} {S2} surnames, {P} the doctor (given name and
# surname), {T} the town, {K} the county, {H} a saint, {X} a specialty,
# {D} a DSO's word, {V} a senior living's word, {E} the doctor's degree;
# sector: (weight, legal-form share, degree, templates).
SECTORS = {
	"physician": (26, .75, "MD", ["{S} {X}", "{T} {X}", "{B} {X}",
		"Drs. {S} & {S2}", "{S} & {S2} {X}", "{P}, {E}", "{B} {X} of {T}"]),
	"dental": (18, .6, "DDS", ["{T} Family Dentistry",
		"{S} Family Dentistry", "{B} Dental Group", "Dr. {P}, {E}",
		"{S} Orthodontics", "{B} Oral & Maxillofacial Surgery",
		"{B} Pediatric Dentistry", "Smile {D} - {T}", "{S} & {S2} Dental",
		"{B} Dental Care"]),
	"therapy": (8, .6, "DC", ["{S} Chiropractic", "{B} Chiropractic",
		"{B} Physical Therapy & Sports Rehab", "{T} Physical Therapy",
		"{S} Physical Therapy & Sports Rehab", "{B} Spine & Wellness"]),
	"optometry": (5, .6, "OD", ["{B} Eye Care", "{T} Eye Care",
		"{S} Vision Center", "{B} Family Eye Center",
		"{S} Vision Center, {E}"]),
	"behavioral": (5, .7, "", ["{B} Counseling Services",
		"{T} Behavioral Health", "{B} Behavioral Health",
		"{S} Counseling & Wellness"]),
	"homehealth": (6, .8, "", ["{B} Home Health Care", "{T} Hospice",
		"{B} Hospice", "{B} Home Health & Hospice"]),
	"nursing": (6, .7, "", ["{T} Rehabilitation and Nursing Center",
		"{B} Senior Living", "The {V} at {T}", "{B} Assisted Living",
		"{T} Health & Rehab"]),
	"hospital": (4, 0, "", ["{K} County Hospital District",
		"{T} Regional Medical Center", "St. {H} Hospital",
		"{K} County Memorial Hospital", "{T} Community Hospital"]),
	"chc": (3, .4, "", ["{B} Community Health Center",
		"{K} County Community Health Services", "{B} Family Health Center"]),
	"urgent": (4, .7, "", ["{T} Urgent Care", "{B} Urgent Care"]),
	"pharmacy": (4, .7, "", ["{T} Pharmacy", "{S} Drug", "{B} Pharmacy",
		"{S}'s Pharmacy"]),
	"lab": (3, .8, "", ["{B} Imaging Center", "{T} Diagnostic Imaging",
		"{B} Clinical Laboratory"]),
	"vet": (5, .6, "DVM", ["{T} Animal Hospital", "{B} Veterinary Clinic",
		"{S} Animal Hospital", "{B} Pet Clinic"]),
	"billing": (3, .9, "", ["{B} Medical Billing", "{S} Billing Solutions",
		"{B} Revenue Cycle Services"])}
ROLES = {"physician": ["FRONTDESK", "CHECKIN", "NURSES", "EXAM1", "XRAY",
	"EHR-SRV"], "dental": ["FRONT", "OP1", "OP2", "PANO", "DENTRIX-SRV"],
	"therapy": ["FRONTDESK", "GYM", "PT1"], "optometry": ["FRONTDESK",
	"PRETEST", "OPTICAL"], "behavioral": ["FRONTDESK", "THERAPIST1"],
	"homehealth": ["INTAKE", "SCHEDULING", "CLINMGR"], "nursing":
	["NURSES", "MDS", "ADMISSIONS", "DON"], "hospital": ["ER-TRIAGE",
	"NURSES", "REGISTRATION", "PACS", "LAB"], "chc": ["REGISTRATION",
	"NURSES", "DENTAL1"], "urgent": ["CHECKIN", "XRAY", "TRIAGE"],
	"pharmacy": ["RX1", "RX2", "REGISTER"], "lab": ["PACS", "READING1",
	"REGISTRATION"], "vet": ["FRONTDESK", "SURGERY", "LAB"], "billing":
	["BILLER1", "BILLER2", "CODING"]}
# Legal forms: a state's forms for a professional practice, and the
# forms of the rest.
PRO = {"TX": [("P.A.", 45), ("PLLC", 30), ("P.C.", 10), ("Professional "
	"Association", 5)], "FL": [("P.A.", 50), ("PLLC", 25), ("LLC", 15)],
	"CA": [("A Medical Corporation", 45), ("Inc.", 25),
	("A Professional Corporation", 20), ("P.C.", 10)],
	"AZ": [("PLLC", 40), ("P.C.", 30), ("Ltd.", 15), ("LLC", 15)],
	"other": [("PLLC", 45), ("P.C.", 30), ("LLC", 15), ("Inc.", 10)]}
BUSINESS = [("LLC", 60), ("Inc.", 40)]
RESPELL = {"P.A.": ["PA", "P.A", "P. A.", "Professional Association"],
	"Professional Association": ["P.A.", "PA"],
	"PLLC": ["P.L.L.C.", "Pllc", "PLLC.", "LLC"], "P.C.": ["PC", "P.C",
	"Professional Corporation", "Prof. Corp."], "LLC": ["L.L.C.", "Llc",
	"LLC."], "Inc.": ["Inc", "INC", "Incorporated"],
	"Ltd.": ["Ltd", "LTD", "Limited"], "A Medical Corporation":
	["A Medical Corp.", "Medical Corporation", "a Med. Corp.", "Inc."],
	"A Professional Corporation": ["APC", "A Prof. Corp.",
	"Professional Corporation"], "A Dental Corporation":
	["A Dental Corp.", "Dental Corporation", "Inc."]}
DEGREES = ["MD", "DO", "DDS", "DMD", "OD", "DC", "DPT", "DVM", "NP", "PA-C"]
TECHS = {"PHX": ["Tyler Brandt", "Marisol Ochoa"], "DAL": ["Cody Pruitt",
	"Brianna Holt"], "TPA": ["Devon Alvarado", "Kayla Stroud"], "CLT":
	["Hunter McLeod", "Savannah Poole"], "CMH": ["Zach Kowalczyk",
	"Megan Stiles"], "BNA": ["Travis Crockett", "Lacey Dunn"], "SAC":
	["Nate Ibarra", "Jenna Castro"]}
VENDORS = ["Epic Systems", "athenahealth", "eClinicalWorks", "NextGen "
	"Healthcare", "Dentrix Support", "Henry Schein", "Patterson Dental",
	"Eaglesoft", "Quest Diagnostics", "Labcorp", "McKesson", "Cardinal "
	"Health", "Medline", "Availity", "Change Healthcare", "Weave",
	"Open Dental Support", "ModMed", "AdvancedMD", "Kareo", "Surescripts",
	"Noridian", "Covetrus", "IDEXX", "PointClickCare", "Greenway Health",
	"Zocdoc", "Microsoft 365 Support", "Syncro Support"]
STAFF = ["Bench 2", "BENCH-DAL-3", "Loaner 4", "Loaner laptop 7",
	"Spare PC 3", "Tech laptop 2", "Imaging station", "Win11 test image",
	"RMA return 12", "Tyler Brandt", "Lacey Dunn", "Depot 9"]
PERSONAL = ["Personal - {G} {S}", "{G}'s laptop", "Son's laptop",
	"Home PC {G}", "home computer", "{G} {S} personal", "Daughter - school",
	"{G} {S} (home user)"]
PATIENT = ["", "", "", "Patient - ", "Patient: ", "pt - "]
PROSPECT = ["Quote - ", "Prospect: ", "New practice? ", "Demo - ",
	"Proposal for ", "Lead - "]
SITES = ["Suite %d" % n for n in (100, 110, 120, 200, 210, 300, 305, 400)]
CAMPUS = ["North", "South", "East", "West", "Main Office", "Downtown",
	"Medical Plaza", "Annex"]
# A town-named body's neighbours (affiliated-body impostors).
BODIES = {"hospital": ["{T} Hospital Foundation", "{T} Hospital Auxiliary",
	"{T} Health Foundation", "{T} Physician Clinic", "{K} County Health "
	"Department", "{T} Hospital Volunteers"], "nursing": ["{T} Home Care "
	"Services", "{T} Adult Day Center", "{T} Meals on Wheels"],
	"chc": ["{K} County Health Department", "{K} County WIC Office",
	"{B} Health Foundation"]}

# ---------------------------------------------------------------- skeleton
LONG = {"peds": "pediatrics", "pediatric": "pediatrics", "ped":
	"pediatrics", "ortho": "orthopedic", "orthopaedic": "orthopedic",
	"orthopaedics": "orthopedic", "orthopedics": "orthopedic", "obgyn":
	"obstetrics gynecology", "ob": "obstetrics", "gyn": "gynecology",
	"ent": "ear nose throat", "derm": "dermatology", "gi":
	"gastroenterology", "pt": "physical therapy", "ot":
	"occupational therapy", "chiro": "chiropractic", "rehab":
	"rehabilitation", "med": "medical", "ctr": "center", "cntr": "center",
	"centre": "center", "mc": "medical center", "rmc":
	"regional medical center", "reg": "regional", "cah":
	"critical access hospital", "snf": "skilled nursing facility", "alf":
	"assisted living facility", "hh": "home health", "chc":
	"community health center", "uc": "urgent care", "vet": "veterinary",
	"st": "saint", "mt": "mount", "assoc": "associates", "assocs":
	"associates", "grp": "group", "svcs": "services", "svc": "services",
	"hosp": "hospital", "dist": "district", "cty": "county", "fam":
	"family", "womens": "women", "childrens": "children", "cardio":
	"cardiology", "hlth": "health", "dent": "dental", "oms":
	"oral maxillofacial surgery"}
DROP = set("pa pllc pc llc inc incorporated ltd limited corp corporation "
	"professional association prof apc amc and of the at s a dr drs md "
	"mds do dds dmd od dc dpt dvm np c".split())
CORP = re.compile(r"\b(a )?(medical|dental|professional|med\.?) corp"
	r"(oration|\.)?")


def _words(s):
	s = lk.plain(s).lower().replace("'", "").replace("’", "")
	s = CORP.sub(" ", s)
	s = re.sub(r"\bob[ -/]?gyn\b", "obgyn", s)
	return lk.dotted_words(s, LONG, DROP)


skel, skel_words, ck = lk.desk_checks(_words)


# ---------------------------------------------------------------- NPI
def npi_check(base):
	"""The check digit of a nine-digit NPI base: Luhn's double-add-double
	over 80840 and the base, every second digit from the right doubled."""
	total = 0
	for k, ch in enumerate(reversed("80840" + base)):
		d = int(ch)
		if k % 2 == 0:
			d *= 2
			d = d - 9 if d > 9 else d
		total += d
	return str((10 - total % 10) % 10)


def npi(rng, kind=1):
	"""A group's (type 2, first digit 1 as the first NPIs were) NPI."""
	base = str(kind) + "".join(str(rng.randint(0, 9)) for _ in range(8))
	return base + npi_check(base)


assert npi_check("155859879") == "7"	# makdns.blogspot.com's example


# ---------------------------------------------------------------- customers
SECTOR_CUM = (list(SECTORS), list(accumulate(v[0] for v in
	SECTORS.values())))


def person(rng, women=.5):
	return rng.choice(GIVEN_F if rng.random() < women else GIVEN_M), \
		rng.choice(SURNAMES)


def brand_of(rng, desk):
	return rng.choice(BRAND[desk] if rng.random() < .5 else BRAND["all"])


def values(rng, c, outside):
	desk = c["desk"]
	doc = person(rng, .45)
	spec = rng.choice(SPECIALTY)
	v = {"B": brand_of(rng, desk), "S": doc[1], "G": doc[0],
		"P": "%s %s" % doc, "S2": person(rng)[1], "T": c["town"],
		"K": c["county"], "H": rng.choice(SAINT), "X": spec[0],
		"D": rng.choice(DSO), "V": rng.choice(VILLA)}
	if outside:	# words no customer's name is made of
		o = rng.sample(OUT_SURNAME, 2)
		ts = rng.choice(ELSEWHERE[desk]).rsplit(" ", 1)[0]
		v.update(S=o[0], S2=o[1], B=rng.choice(OUT_BRAND),
			P="%s %s" % (doc[0], o[0]), T=ts, K=ts, X=rng.choice(ELSE_SPEC))
	if v["S"] == v["S2"]:
		return None
	c["doctor"] = (doc[0], v["S"])
	c["spec"] = v["X"] if "{X}" in c["tpl"] else None
	c["degree"] = spec[1] if c["sector"] == "physician" else \
		rng.choice(["DDS", "DMD"]) if c["sector"] == "dental" else \
		"DPT" if "Physical" in c["tpl"] else SECTORS[c["sector"]][2]
	v["E"] = c["degree"]
	return v


def fill(tpl, v):
	return re.sub(r"\{(\w+)\}", lambda m: v[m.group(1)], tpl)


def legal_of(rng, c):
	s, st = c["sector"], c["state"]
	if rng.random() >= SECTORS[s][1] or "{D}" in c["tpl"]:
		return ""	# a DSO's office: the DSO's name, no form
	if s in ("physician", "dental", "therapy", "optometry", "behavioral",
			"vet"):
		f = lk.wpick(rng, PRO.get(st, PRO["other"]))
		if f == "A Medical Corporation" and s != "physician":
			f = "A Dental Corporation" if s == "dental" else \
				"A Professional Corporation"
		return f
	return lk.wpick(rng, BUSINESS)


def make_customer(rng, cid, desk=None, outside=False):
	"""A customer record, None when its draw does not fit: name, core
	(less the legal form and NPI), the words it is named by."""
	desk = desk or lk.wpick(rng, DESK_SHARE)
	town = rng.choices(DESKS[desk], cum_weights=TOWN_CUM[desk])[0]
	sector = rng.choices(SECTOR_CUM[0], cum_weights=SECTOR_CUM[1])[0]
	tpl = rng.choice(SECTORS[sector][3])
	c = {"id": cid, "desk": desk, "sector": sector, "town": town[0],
		"state": town[1], "county": town[2], "zip3": town[3], "tpl": tpl}
	v = values(rng, c, outside)
	if v is None:
		return None
	used = set(re.findall(r"\{(\w+)\}", tpl))
	core = fill(tpl, v)
	legal = legal_of(rng, c)
	name = core
	if legal:
		sep = ", " if " " in legal else rng.choice([", ", ", ", " "])
		name = "%s%s%s" % (core, sep, legal)	# ", A Medical Corporation"
	reg = None
	if sector in ("physician", "dental") and rng.random() < .08:
		reg = npi(rng)
		name += rng.choice([" (NPI %s)", " - NPI %s", " NPI#%s"]) % reg
	surs = [v[k] for k in ("S", "S2") if k in used]
	if "P" in used:
		surs.append(c["doctor"][1])
	c.update(name=name, core=core, legal=legal, npi=reg, surs=surs,
		named_doc=c["doctor"] if used & {"S", "P"} else None,
		pname=v["P"] if "P" in used else None,
		brand=v["B"] if "B" in used else None, in_town="T" in used,
		county_in="K" in used, dso=v["D"] if "D" in used else None,
		partners=(v["S"], v["S2"]) if "S2" in used else None)
	return c


def named_by(c):
	"""(sector, skeleton word) for each word a customer is named by."""
	ws = [c["brand"], c["dso"]] + c["surs"] + [c["in_town"] and c["town"],
		c["county_in"] and c["county"]]
	ws = [w for w in ws if w] or [c["core"]]
	return [(c["sector"], skel(w)) for w in ws]


def forms(c):
	"""The names a customer goes by: its name, its core, its name less
	the NPI, the core less the doctor's given name or degree."""
	less_npi = c["npi"] and ("%s, %s" % (c["core"], c["legal"]) if
		c["legal"] else c["core"])
	surname = c["pname"] and c["core"].replace(c["pname"],
		c["doctor"][1])
	return [f for f in (c["name"], c["core"], less_npi, surname) if f]


def contacts(rng, c, ids):
	"""The named doctor first where there is one, then an office
	manager and up to two more people."""
	ps = [c["named_doc"]] if c["named_doc"] else []
	for _ in range(rng.randint(1, 3)):
		ps.append(person(rng, .75))
	return [lk.contact(ids, a, b, c["domain"], lk.latin) for a, b in ps]


assets = lk.core_assets(DROP, ROLES, lk.latin,
	lambda r, c: person(r)[0])


def address(rng, c):
	return {"address": "%d %s" % (rng.randint(100, 9899), rng.choice(ROADS)),
		"address_2": rng.choice([None, None, None, "Suite %d" %
		rng.randint(100, 450), "Bldg %s" % rng.choice("ABC"), "Unit %d" %
		rng.randint(1, 12)]), "city": c["town"], "state": c["state"],
		"zip": c["zip3"] + "%02d" % rng.randint(1, 99)}


FREE = ("gmail", "yahoo", "aol", "outlook", "comcast", "att", "bellsouth")
SUFFIX = {"physician": ["md", "clinic", "health", ""], "dental":
	["dental", "dentistry", "smiles", ""], "therapy": ["pt", "chiro", ""],
	"optometry": ["eyecare", "vision"], "behavioral": ["counseling", "bh"],
	"homehealth": ["homehealth", "hospice"], "nursing": ["seniorliving",
	"rehab"], "hospital": ["hospital", "rmc", "health"], "chc": ["chc",
	"health"], "urgent": ["urgentcare", "uc"], "pharmacy": ["rx",
	"pharmacy"], "lab": ["imaging", "lab"], "vet": ["vet", "animalhospital"],
	"billing": ["billing", "rcm"]}


def domain(rng, c, taken):
	"""The customer's own domain (a free mailbox for a fifth of the small
	practices), a digit more where taken."""
	s = c["sector"]
	if rng.random() < .2 and s in ("therapy", "vet", "behavioral",
			"pharmacy", "dental"):
		return rng.choice(FREE) + ".com"
	word = c["brand"] or (c["surs"] or [""])[0] or c["town"] or \
		c["county"]
	if s == "hospital" or not word:
		word = c["town"] if c["in_town"] else c["county"] if \
			c["county_in"] else (c["brand"] or "st" + rng.choice(SAINT))
	d = re.sub("[^a-z0-9]", "", lk.latin(word).lower())[:16]
	d += rng.choice(SUFFIX[s])
	tld = ".org" if s in ("hospital", "chc") else rng.choice([".com",
		".com", ".com", ".net"])
	return lk.numbered_domain(d, tld, taken)


def syncro_head(rng, c):
	"""The first contact's name and address as the customer's own, and
	the practice's telephone in its state's area code."""
	p = c["contacts"][0] if c["contacts"] else {}
	c["syncro"].update(firstname=p.get("firstname"),
		lastname=p.get("lastname"), email=p.get("email"),
		phone="(%s) %03d-%04d" % (rng.choice(AREA[c["state"]]),
		rng.randint(200, 989), rng.randint(0, 9999)))


def population(rng, n):
	"""n customers, none going by a form another goes by; each id 1 to 3
	above the last."""
	g = lk.G()
	g.custs, found, seen, doms = [], set(), set(), set()
	ids = iter(range(45300001, 45999999))
	cid = 45000000

	def keys(c):
		return {skel(f) for f in forms(c)} if c else {""}
	while len(g.custs) < n:
		c = lk.draw_unseen(lambda: make_customer(rng, 0), keys, seen, 60)
		if not c:
			continue
		cid += rng.randint(1, 3)
		c.update(id=cid, domain=domain(rng, c, doms))
		lk.add_customer(rng, g, c, ids, found, address, contacts, assets)
		syncro_head(rng, c)
	g.shared = sorted(found)
	return g


def index(g):
	"""linkgen's indexes, the words each sector is named by, the NPIs
	taken and the DSO towns."""
	lk.index_named(ck, g, forms, named_by, "npis", lambda c: c["npi"])


# ---------------------------------------------------------------- typing
name_or_core = lk.name_or_core
# Slips on the US QWERTY rows, one or two, in the core 60% of the time.
n_typo = lk.Typo(lk.US_KEYS).n_core_typo
n_typo2 = lk.Typo(lk.US_KEYS).n_core_typo2


def cased(upper):
	"""The row kinds "caps" (the name or its core in capitals) and
	"lower" (in small letters, its dots, commas, brackets and apostrophes
	left out 40% of the time)."""
	def n_case(rng, g, c):
		if upper:
			return name_or_core(rng, c, .5).upper()
		t = name_or_core(rng, c, .6).lower()
		return t if rng.random() >= .4 else re.sub(r"[.,()']", "", t)
	return n_case


n_caps, n_lower = cased(True), cased(False)


def keeps(c, t):
	"""t keeps what tells c from its neighbours: its town where its name
	has one, its NPI where it types one, a DSO office's town."""
	if c["in_town"] and c["town"] not in t:
		return False
	if c["county_in"] and c["county"] not in t:
		return False
	return not (c["npi"] and "NPI" in t and c["npi"] not in t)


def n_truncated(rng, g, c):
	"""linkgen's cut, not off the town, the NPI or the surnames, and not
	down to a listed person's name."""
	t = lk.n_truncated(rng, g, c)
	if not t or not keeps(c, t) or skel(t) in g.person:
		return None
	return t if all(s in t for s in c["surs"]) else None


def n_reorder(rng, g, c):
	"""The surname or town put after the rest: "Pediatrics, Smith",
	"Family Dentistry - Mesa"."""
	s = c["core"]
	for w in c["surs"][:1] + [c["town"] if c["in_town"] else None]:
		if w and s.startswith(w + " ") and len(s.split()) > 1 and \
				"'" not in w and not s.startswith(w + " &"):
			return rng.choice(["%s, %s", "%s - %s"]) % (s[len(w) + 1:], w)
	return None


SHORT = [("Pediatrics", "Peds"), ("Orthopaedic", "Ortho"), ("Orthopedic",
	"Ortho"), ("Orthopaedic", "Orthopedic"), ("OB/GYN", "OBGYN"),
	("OB/GYN", "Ob-Gyn"), ("Ear, Nose & Throat", "ENT"), ("Dermatology",
	"Derm"), ("Gastroenterology", "GI"), ("Physical Therapy", "PT"),
	("Chiropractic", "Chiro"), ("Rehabilitation", "Rehab"), ("Sports Rehab",
	"Sports Rehabilitation"), ("Medical Center", "Med Ctr"),
	("Regional Medical Center", "RMC"), ("Associates", "Assoc."),
	("Associates", "Assocs"), ("Center", "Ctr"), ("Group", "Grp"),
	("Services", "Svcs"), ("Hospital", "Hosp."), ("Home Health", "HH"),
	("Community Health Center", "CHC"), ("Urgent Care", "UC"),
	("Veterinary", "Vet"), ("St.", "Saint"), ("Memorial", "Mem."),
	("Cardiology", "Cardio"), ("Family Medicine", "Fam Med"),
	("Women's Health", "Womens Health"), ("Internal Medicine", "IM"),
	("Assisted Living", "ALF"), ("District", "Dist."), ("Family",
	"Fam."), ("Rehabilitation and Nursing Center", "SNF"),
	("Rehabilitation and Nursing", "Rehab & Nursing"),
	("Regional Medical Center", "Regional MC"), ("Occupational Therapy",
	"OT"), ("Oral & Maxillofacial Surgery", "OMS"),
	("Oral & Maxillofacial", "Oral and Maxillofacial")]


def short_for(t, long, short):
	m = re.search(r"(?<![\w.-])%s(?![\w])" % re.escape(long), t)
	return t[:m.start()] + short + t[m.end():] if m else t


n_abbrev = lk.abbrev_row(SHORT, short_for)


def n_acronym(rng, g, c):
	"""A three-word or longer name, no person's, by its initials:
	"Desert Oral & Maxillofacial Surgery" as "DOMS"."""
	if c["pname"] or c["surs"]:
		return None
	ws = [w for w in re.split(r"[\s&,/-]+", c["core"]) if w and
		w[0].isalpha() and w.lower() not in ("and", "of", "the", "at")]
	if len(ws) < 3:
		return None
	return lk.initials(rng, ws)


def legal_other(rng, c, r):
	sep = rng.choice([", ", " "])
	return "%s%s%s" % (c["core"], sep, rng.choice(RESPELL.get(c["legal"],
		[c["legal"]])))


n_legal = lk.legal_row(legal_other)


def n_title(rng, g, c):
	"""A doctor's title or degree added, dropped or moved: "Dr. Smith
	Family Dentistry", "John Smith DDS PC", "Smith Pediatrics MD"."""
	s = name_or_core(rng, c, .6)
	deg = c["degree"]
	if deg and ", %s" % deg in s:	# "Dr. John Smith, DDS"
		t = s.replace("Dr. ", rng.choice(["", "Dr ", "Doctor "]), 1)
		if t == s or rng.random() < .5:
			t = t.replace(", %s" % deg, rng.choice([" %s" % deg, "",
				" %s" % ".".join(deg) + "."]), 1)
		return t if t != s else None
	if s.startswith("Drs. "):
		return s.replace("Drs. ", rng.choice(["Dr. ", "Drs ", "Doctors "]),
			1)
	if c["named_doc"] and deg and s.startswith(c["named_doc"][1] + " "):
		if rng.random() < .6:
			return rng.choice(["Dr. %s", "Dr %s"]) % s
		return "%s %s" % (c["core"], deg)	# "Smith Pediatrics MD"
	return None


def n_branch(rng, g, c):
	"""A site after the name: a suite, a campus, the town."""
	s = name_or_core(rng, c, .6)
	r = rng.random()
	if r < .35:
		site = rng.choice(SITES)
	elif r < .6 and not c["in_town"]:
		site = c["town"] + rng.choice(["", " office", " location"])
	else:
		site = rng.choice(CAMPUS)
	return rng.choice(["%s - %s", "%s (%s)", "%s / %s", "%s, %s"]) % (s,
		site)


def n_and(rng, g, c):
	"""& typed and, and & or +."""
	s = name_or_core(rng, c, .6)
	if " & " in s:
		return s.replace(" & ", rng.choice([" and ", " + ", "&"]), 1)
	if " and " in s:
		return s.replace(" and ", rng.choice([" & ", " n "]), 1)
	return None


def n_possessive(rng, g, c):
	"""Children's, Women's, Smith's typed without the apostrophe or the
	s."""
	s = name_or_core(rng, c, .6)
	if "'s" not in s:
		return None
	return s.replace("'s", rng.choice(["s", "", "’s"]), 1)


def n_npi(rng, g, c):
	"""The NPI of a name that carries it, typed bare, with NPI #, or
	split 3-3-4; or typed alone after the core."""
	if not c["npi"]:
		return None
	n = c["npi"]
	r = rng.random()
	if r < .25:
		n = "%s-%s-%s" % (n[:3], n[3:6], n[6:])
	label = rng.choice(["NPI ", "NPI# ", "NPI: ", "", "npi "])
	base = name_or_core(rng, c, .3)
	base = re.sub(r"[ ,(-]*NPI.*$", "", base).strip()
	return rng.choice(["%s %s%s", "%s (%s%s)"]) % (base, label, n)


n_contact = lk.contact_row(lambda rng, c, p: rng.choice(["", "", "",
	"(office manager)", "(OM)", "(billing)", "(front desk)",
	"(practice administrator)"]))
n_person = ck.person_row(lambda rng, c: rng.random() < .15)
n_domain = lk.domain_row(FREE)


def n_mixed(rng, g, c):
	first = rng.choice([n_legal, n_abbrev, n_title, n_and, n_reorder,
		n_branch])(rng, g, c)
	turn = rng.choice([n_typo, n_caps, n_lower, n_truncated])
	return first and turn(rng, g, dict(c, name=first, core=first))


KINDS = [("exact", lk.n_exact, 11), ("caps", n_caps, 3),
	("lower", n_lower, 4), ("typo", n_typo, 9), ("two typos", n_typo2, 3),
	("truncated", n_truncated, 4), ("reorder", n_reorder, 3),
	("abbrev", n_abbrev, 8), ("acronym", n_acronym, 2),
	("legal", n_legal, 8), ("title", n_title, 4), ("branch", n_branch, 4),
	("and", n_and, 3), ("possessive", n_possessive, 2),
	("contact", n_contact, 3), ("person", n_person, 2),
	("domain", n_domain, 2), ("npi", n_npi, 2), ("mixed", n_mixed, 4)]


# ---------------------------------------------------------------- impostors
i_fresh, i_prospect = lk.fresh_rows(lambda rng, desk:
	make_customer(rng, 0, desk, outside=True), named_by, PROSPECT)


def elsewhere(rng, c):
	return rng.choice(ELSEWHERE[c["desk"]]).rsplit(" ", 1)[0]


def i_town(rng, g, c):
	"""A town-named practice, pharmacy, urgent care or hospital in a town
	no customer is in: "Lubbock Pediatrics" for "Abilene Pediatrics"."""
	if not c["in_town"] or c["dso"] or " of %s" % c["town"] in c["core"]:
		return None	# "Palm Allergy of Wauchula": maybe Palm's office
	t = c["core"].replace(c["town"], elsewhere(rng, c))
	if t == c["core"]:
		return None
	return t + (", " + c["legal"] if c["legal"] and rng.random() < .5
		else "")


def i_specialty(rng, g, c):
	"""The same group name with a specialty it does not have: "Desert
	Sleep Medicine" beside "Desert Dermatology"."""
	if not c["spec"] or c["pname"]:
		return None
	other = rng.choice(ELSE_SPEC + [x[0] for x in SPECIALTY])
	if other == c["spec"]:
		return None
	t = c["core"].replace(c["spec"], other, 1)
	return t + (", " + c["legal"] if c["legal"] and rng.random() < .4
		else "")


def i_partner(rng, g, c):
	"""One partner of "Drs. X & Y" or "X & Y Dental" in a practice of
	his own: "Patel Family Medicine, PLLC" (the practice, never the
	partner by name: he works at the customer too)."""
	if not c["partners"]:
		return None
	sur = rng.choice(c["partners"])
	if c["sector"] == "physician":
		t = "%s %s" % (sur, c["spec"] or rng.choice(SPECIALTY)[0])
	else:
		t = rng.choice(["%s Family Dentistry", "%s Dental Care",
			"%s Orthodontics", "%s Dental Studio"]) % sur
	return t + (", " + rng.choice(["PLLC", "P.A.", "P.C."]) if
		rng.random() < .4 else "")


def i_doctor(rng, g, c):
	"""Another doctor with the named doctor's surname and degree: "Dr.
	Karen Smith, DDS" beside "Dr. John Smith, DDS, PC"."""
	if not c["named_doc"] or not c["degree"]:
		return None
	first, sur = c["named_doc"]
	other = rng.choice(GIVEN_M + GIVEN_F)
	if other == first:
		return None
	return rng.choice(["Dr. %s %s, %s", "%s %s %s", "Dr. %s %s %s"]) % (
		other, sur, c["degree"])


def i_dso(rng, g, c):
	"""A small DSO's office in a town where no customer is: "Smile Bright -
	Kingman" beside "Smile Bright - Mesa"."""
	if not c["dso"]:
		return None
	return "Smile %s - %s" % (c["dso"], elsewhere(rng, c))


def i_body(rng, g, c):
	"""A hospital's, nursing home's or health center's foundation,
	auxiliary, clinic or county health department."""
	tpls = BODIES.get(c["sector"])
	if not tpls or not (c["in_town"] or c["county_in"] or c["brand"]):
		return None
	tpls = [t for t in tpls if ("{T}" not in t or c["in_town"]) and
		("{K}" not in t or c["county_in"]) and ("{B}" not in t or
		c["brand"])]
	if not tpls:
		return None
	return rng.choice(tpls).format(T=c["town"], K=c["county"], B=c["brand"])


def i_npi(rng, g, c):
	"""A name that carries its NPI typed with another valid NPI: another
	provider of the same name."""
	if not c["npi"]:
		return None
	new = npi(rng)
	if new in g.npis or lk.la.within1(new, c["npi"]):
		return None
	return "%s %s" % (c["core"], rng.choice(["NPI %s", "(NPI %s)",
		"NPI# %s"]) % new)


def i_common(rng, g, c):
	return "%s %s" % (rng.choice(COMMON), rng.choice(ELSE_SPEC))


def stranger_draw(rng, c):
	return person(rng)


i_person, i_personal = lk.person_impostors(ck, stranger_draw, PATIENT,
	PERSONAL)


KEPT = ("id", "name", "syncro", "contacts", "assets")
BENCH = ("BENCH-%s-%02d", 4)	# each desk's bench machines
CLOCK = (1843000000, 953, 60)	# numbered()'s start, step and minutes

IMPOSTORS = lk.impostor_kinds((
	("same shape", i_fresh, 13), ("other town", i_town, 11),
	("other specialty", i_specialty, 9), ("partner practice", i_partner, 7),
	("other doctor", i_doctor, 7), ("DSO location", i_dso, 4),
	("affiliated body", i_body, 7), ("other NPI", i_npi, 3),
	("common surname", i_common, 4), ("person", i_person, 7),
	("vendor", lk.one_of(VENDORS), 8), ("prospect", i_prospect, 5),
	("personal", i_personal, 5), ("own staff", lk.one_of(STAFF), 5)))


if __name__ == "__main__":
	lk.desk_main("blind45", ck, population, index, KINDS, IMPOSTORS,
		KEPT, BENCH, TECHS, CLOCK)
