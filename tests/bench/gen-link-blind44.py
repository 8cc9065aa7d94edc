#!/usr/bin/env python3
# gen-link-blind44.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 27: the lead runs it once).  A Washington DC
# Beltway and Mid-Atlantic MSP: one Syncro account, one ScreenConnect,
# desks in Washington DC (DCA: the District), Tysons/Reston (NVA: Northern
# Virginia - Fairfax, Loudoun, Prince William, Arlington, Alexandria),
# Bethesda/Rockville (MDS: suburban Maryland - Montgomery, Prince
# George's, Frederick), Baltimore (BAL: Baltimore City and County, Howard,
# Harford, Carroll), Annapolis (ANP: Anne Arundel, the Eastern Shore and
# Southern Maryland), Richmond (RIC: central Virginia) and Wilmington
# (ILG: Delaware and Cecil County MD).  Customers: small federal
# contractors (8(a), SDVOSB, WOSB and HUBZone firms: "X Solutions LLC",
# "X Technologies, Inc.", "X Federal Services", "X Consulting Group",
# acronym-named firms, joint ventures "X-Y JV, LLC"), trade associations
# and professional societies ("National Association of X", "American
# Society of X", "X Institute", "Council of X", "X Alliance", "X
# Coalition", state affiliates "X Association of Maryland"), nonprofits
# and foundations ("The X Foundation", "X Fund"), law, lobbying and
# government-relations firms ("X & Y LLP", "X Strategies", "X Public
# Affairs", "Law Offices of X, PLLC", "X & Y, P.C.", "X & Y, Chartered"),
# think tanks, churches and parishes, private schools, county and
# municipal offices ("Town of X", "City of X", "City of X Department of
# Y", "X County Department of Y", "DC Office of Y"), federal credit
# unions, medical and dental practices, restaurants and small shops (some
# run as "X Holdings LLC dba Y").  Writes OUTDIR/customers.json (as
# Syncro's GET /customers returns them: id, business_name, firstname,
# lastname, email, phone, address, address_2, city, state, zip, contacts,
# assets), names.tsv (typed TAB true id or "" TAB kind TAB machine),
# sessions.jsonl and sessions-machine.jsonl through linkgen.desk_main.
# Python stdlib only, deterministic for a seed.  Customer ids from
# 44000000 (below 44200000 at 50,000 customers: the id grows by 1 to 3
# with a customer kept), contacts' and assets' from 44300001 (below
# 45000000).
#
# Where each shape comes from ("found": found with the session's search
# tool; "known": public knowledge, no search):
# - UEI and CAGE (found: govcon-data.com glossary "Unique Entity
#   Identifier", "12 characters, alphanumeric", and org-id.guide "US-SAM"
#   with its examples of twelve capitals and digits; entitycodes.pages.dev
#   "CAGE Code: a 5-character identifier assigned by the U.S. Defense
#   Logistics Agency"; wikimili "Commercial and Government Entity code",
#   "CAGE codes are all five characters in length", identifying "a given
#   facility at a specific location"; a Grokipedia copy of that page on
#   railway.app: 'prefixed with "CAGE" in documentation (e.g., CAGE
#   1ABC2)'): a UEI drawn as twelve capitals and digits, a CAGE as five,
#   a digit first and last as that example has it; I and O left out of
#   both (assumed, not found); a contractor's other CAGE is its other
#   facility, not a customer.
# - Joint ventures (found: redstonegci.com "What is the SBA
#   Mentor-Protégé Program": a small business joint venture is a separate
#   legal entity, "separately registered in SAM and assigned its own ...
#   CAGE number"; growfedbiz.com: "a joint venture ... is a legal entity
#   owned by two or more contractors"): "X-Y JV, LLC" is neither X's firm
#   nor Y's, and X's JV with another partner is another JV.
# - Legal forms (found: DC Code § 29-103.02 on legalfix.com: a
#   professional corporation's name carries "professional corporation",
#   "P.C.", "chartered" or "Chtd"; an LLP "LLP", "L.L.P."; dccode.elaws.us
#   § 29-103.01: "Inc.", "P.C.", "LLC" ... are not taken into account in
#   telling names apart; northwestregisteredagent.com on the DC PLLC for
#   lawyers, CPAs and health professionals): Inc., LLC, L.L.C., Corp.,
#   LLP, PLLC, P.C., Chartered, Chtd.; Maryland's P.A. (professional
#   association) for practices (known).
# - Associations (known): "National Association of X", "American
#   Association of X", "American Society of X", "X Institute", "Council
#   of X", "X Alliance", "X Coalition", "X Society of America", "National
#   X Association", state affiliates ("X Association of Maryland",
#   "Virginia X Society"); typed by their acronym (NAX, ASX), "Assn.",
#   "Ass'n", "Nat'l", "Natl.", "Inst.", "Intl.", "Soc.", "Amer." (known).
# - Government (known): Virginia's independent cities (Alexandria,
#   Fairfax, Falls Church, Manassas, Richmond, Fredericksburg, Petersburg,
#   Charlottesville, Williamsburg) in no county, its towns (Vienna,
#   Herndon, Leesburg), Maryland's cities and towns, Baltimore City,
#   census-designated places (Tysons, Reston, Bethesda, Columbia ...) with
#   no government of their own; "X County Department of Y", "City of X
#   Department of Y", "DC Department of Y", "DC Office of Y"; .gov and .us
#   domains.
# - Places (known): the desks' towns and counties, ZIP code prefixes
#   (200 DC, 220-223 and 201 NVA, 206-212 and 214-219 MD, 197-199 DE,
#   224-238 central VA), area codes (202, 703, 571, 301, 240, 410, 443,
#   804, 302), USPS state codes DC, VA, MD, DE.
# - Names (known): the 2010 Census's commonest surnames and given names;
#   the region's Korean, Indian, Ethiopian and Eritrean, Vietnamese,
#   Salvadoran and Irish-American surnames; O'Brien / O Brien / OBrien.
# - Keyboard: US QWERTY (known), linkgen.Typo's slips.
#
# Real-row kinds (shares in KINDS): exact, caps, lower, typo, two typos,
# truncated, reorder ("Vienna, Town of", "Marine Surveyors, National
# Association of", "Cole Foundation, The"), abbrev (Assn., Ass'n, Nat'l,
# Natl., Inst., Intl., Fdn., Svcs, Govt, Fed, Dept., Co., Soc., Amer.,
# Ctr., Mgmt, St./Saint, Mt.), acronym (associations, contractors, think
# tanks, county departments, credit unions), legal (dropped, respelt:
# LLC / L.L.C. / Llc, Inc. / Inc / Incorporated, P.C. / PC, Chartered /
# Chtd., the comma before it put or left), state (", VA", " (MD)", " DC",
# " - Reston VA", the state's name), suite (Suite 400, Ste 1200, 4th Floor),
# contact, person, domain (.com, .org, .gov, .us), mixed; and this
# domain's own: cert (8(a), SDVOSB, WOSB, HUBZone typed after a
# contractor), id (the CAGE or UEI of a name that carries it, typed
# alone, first or in brackets), jv ("X/Y JV", "X Y Joint Venture", "X-Y
# JV LLC"), dba (the trade name alone, the entity alone, "d/b/a", "DBA"),
# the ("The" and "of America" dropped), fcu (Federal Credit Union as FCU
# / Fed CU / Credit Union), punct (& as and, O'Brien as OBrien, 's
# dropped, hyphens as spaces).
# Impostors (about 37% of rows): same shape (a fresh name of the
# customers' templates, its words from an outside block), other
# association (the same field's other body: "American Association of X"
# for "National Association of X", "X Institute" for "X Society"), same
# acronym (another body whose initials are the customer's, typed with
# them: "NAMS - National Alliance of Marine Surveyors"), other chapter
# (the same affiliate of another state: "X Association of Virginia" for
# "X Association of Maryland"), other county (the same department of
# another county or city, or another department of the same county),
# other town (a parish, school, practice or credit union of a customer's
# name in a town of the desk where no customer is), other JV (a
# contractor's JV with a partner, or a JV's member firm alone), other
# CAGE (a name that carries its CAGE or UEI typed with another one: the
# firm's other facility), federal agency (the end customer: DISA, NIH,
# GSA ...), other trade, common surname, rare word, person (no contact),
# vendor, prospect, personal, own staff.  The share holds at 50,000
# customers (same_class); there nearly every given name and surname pair
# is some customer's contact, so the person and personal impostors and
# the person rows fall off and the other kinds fill.
#
# Machines (linkgen.machine): a real row on one of its customer's assets
# 72%, another customer's 4%; impostors on unknown machines, a shared role
# name (FRONTDESK, CONFROOM ...) 18%, own staff on the bench.
#
# Labels: rows label-audit.py doubts are drawn again, and so are
# impostors that, read through this generator's skeleton (accents and
# apostrophes folded, O' / Mc joined to the name, legal forms and "the",
# "of", "and", "dba" dropped, Assn / Natl / Inst / Fdn / Svcs / Govt /
# FCU / Dept / Co ... expanded, "joint venture" as JV, dotted letters
# joined, letters and digits split, doubled letters single), are a
# customer's name, or a form of it (less its legal form, its CAGE or
# UEI, "The", a dba's either half), or hold all its words less one, or
# hold a listed person's full name (linkgen.Checks, parts_known and
# pairs).  A person's name is a real row only when that whole name is one
# customer's contact only.  A cut name keeps the town and the code of a
# name that has them.
import os
import re
import sys
from itertools import accumulate

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linkgen as lk  # noqa: E402

# ---------------------------------------------------------------- places
# Each desk: its phone prefixes, then "town/state/county/ZIP head/weight/
# kind" (kind C city, T town, U a census place with no government;
# county "" for a Virginia independent city, Baltimore City and DC).
TOWNS = {
	"DCA": (["202"], """Washington/DC//200/12/W"""),
	"NVA": (["703", "571"], """Tysons/VA/Fairfax/221/3/U
		Reston/VA/Fairfax/201/3/U Herndon/VA/Fairfax/201/1/T
		McLean/VA/Fairfax/221/2/U Vienna/VA/Fairfax/221/1/T
		Fairfax/VA//220/2/C Arlington/VA/Arlington/222/3/U
		Alexandria/VA//223/3/C Falls Church/VA//220/1/C
		Chantilly/VA/Fairfax/201/1/U Leesburg/VA/Loudoun/201/1/T
		Ashburn/VA/Loudoun/201/1/U Manassas/VA//201/1/C
		Woodbridge/VA/Prince William/221/1/U"""),
	"MDS": (["301", "240"], """Bethesda/MD/Montgomery/208/3/U
		Rockville/MD/Montgomery/208/3/C Gaithersburg/MD/Montgomery/208/2/C
		Silver Spring/MD/Montgomery/209/2/U Germantown/MD/Montgomery/208/1/U
		Chevy Chase/MD/Montgomery/208/1/T Takoma Park/MD/Montgomery/209/1/C
		Frederick/MD/Frederick/217/2/C College Park/MD/Prince George's/207/1/C
		Bowie/MD/Prince George's/207/1/C Greenbelt/MD/Prince George's/207/1/C
		Largo/MD/Prince George's/207/1/U"""),
	"BAL": (["410", "443"], """Baltimore/MD//212/6/C
		Towson/MD/Baltimore/212/2/U Columbia/MD/Howard/210/2/U
		Ellicott City/MD/Howard/210/1/U Owings Mills/MD/Baltimore/211/1/U
		Catonsville/MD/Baltimore/212/1/U Glen Burnie/MD/Anne Arundel/210/1/U
		Bel Air/MD/Harford/210/1/T Westminster/MD/Carroll/211/1/C"""),
	"ANP": (["410", "443"], """Annapolis/MD/Anne Arundel/214/4/C
		Crofton/MD/Anne Arundel/211/1/U Severna Park/MD/Anne Arundel/211/1/U
		Odenton/MD/Anne Arundel/211/1/U Edgewater/MD/Anne Arundel/210/1/U
		Stevensville/MD/Queen Anne's/216/1/U Easton/MD/Talbot/216/1/T
		Prince Frederick/MD/Calvert/206/1/U Waldorf/MD/Charles/206/1/U"""),
	"RIC": (["804"], """Richmond/VA//232/5/C Glen Allen/VA/Henrico/230/2/U
		Midlothian/VA/Chesterfield/231/2/U Mechanicsville/VA/Hanover/231/1/U
		Fredericksburg/VA//224/1/C Petersburg/VA//238/1/C
		Charlottesville/VA//229/1/C Williamsburg/VA//231/1/C"""),
	"ILG": (["302"], """Wilmington/DE/New Castle/198/5/C
		Newark/DE/New Castle/197/2/C New Castle/DE/New Castle/197/1/C
		Middletown/DE/New Castle/197/1/T Hockessin/DE/New Castle/197/1/U
		Dover/DE/Kent/199/2/C Lewes/DE/Sussex/199/1/C
		Elkton/MD/Cecil/219/1/T""")}


def towns_of(desk):
	"""TOWNS' records of desk: (town, state, county, ZIP head, weight,
	kind)."""
	out = []
	for rec in re.findall(r"[A-Z][^/]*/[A-Z]{2}/[^/]*/\d+/\d+/[CTUW]",
			TOWNS[desk][1]):
		name, st, county, head, w, kind = rec.strip().split("/")
		out.append((name, st, county, head, int(w), kind))
	return out


DESKS = {d: towns_of(d) for d in TOWNS}
DESK_SHARE = [("DCA", 22), ("NVA", 22), ("MDS", 16), ("BAL", 13),
	("ANP", 9), ("RIC", 10), ("ILG", 8)]
STATE_NAME = {"DC": "District of Columbia", "VA": "Virginia",
	"MD": "Maryland", "DE": "Delaware"}
# Towns of each desk where no customer is (other-town impostors).
ELSEWHERE = {"DCA": ["Hyattsville", "Capitol Heights", "Mount Rainier"],
	"NVA": ["Sterling", "Centreville", "Springfield", "Burke", "Dumfries"],
	"MDS": ["Olney", "Kensington", "Laurel", "Damascus"], "BAL":
	["Dundalk", "Essex", "Pikesville", "Aberdeen"], "ANP": ["Arnold",
	"Pasadena", "Davidsonville", "Shady Side"], "RIC": ["Ashland",
	"Colonial Heights", "Hopewell", "Short Pump"], "ILG": ["Smyrna",
	"Milford", "Claymont", "Bear"]}
assert not {t for ts in ELSEWHERE.values() for t in ts} & \
	{t[0] for ts in DESKS.values() for t in ts}
# Counties no customer is in, by state (other-county impostors).
FAR_COUNTY = {"VA": ["Stafford", "Fauquier", "Culpeper", "Goochland",
	"Powhatan"], "MD": ["St. Mary's", "Wicomico", "Allegany", "Garrett",
	"Worcester"], "DE": ["Chester", "Salem"]}
ROADS = ["K Street NW", "Connecticut Avenue NW", "Wisconsin Avenue",
	"Rockville Pike", "Leesburg Pike", "Sunrise Valley Drive",
	"Democracy Boulevard", "Georgia Avenue", "Main Street",
	"Church Street", "Duke Street", "King Street", "West Street",
	"Broad Street", "Market Street", "Greenspring Drive", "Executive Boulevard",
	"Corporate Drive", "Commerce Street", "Pennsylvania Avenue SE"]

# ---------------------------------------------------------------- people
SURNAMES = {
	"us": """Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson
		Taylor Thomas Moore Martin Thompson White Harris Clark Lewis
		Robinson Walker Young Allen King Wright Scott Hill Green Adams
		Nelson Baker Hall Campbell Mitchell Carter Roberts Phillips Evans
		Turner Parker Collins Edwards Stewart Morris Murphy Cook Rogers
		Morgan Cooper Peterson Bailey Reed Howard Ward Cox Richardson Wood
		Watson Brooks Bennett Gray Hughes Price Sanders Myers Long Ross
		Foster Powell Jenkins Perry Russell Sullivan Bell Coleman Butler
		Henderson Barnes Fisher Hayes Graham Wallace Hamilton Ellis
		Marshall Simmons Jordan Reynolds Fox Warren Mills Meyer Rice
		Schmidt Hunt Black Daniels Palmer Holmes Stephens Knight Ferguson
		Rose Stone Hawkins Dunn Perkins Hudson Spencer Gardner
		Payne Pierce Berry Matthews Arnold Wagner Willis Ray Watkins Olson
		Carroll Duncan Snyder Hart Cunningham Bradley Lane Andrews Harper
		Riley Armstrong Carpenter Weaver Greene Lawrence Elliott
		Chavez Sims Austin Peters Kelley Franklin Lawson Fields""",
	"af": """Washington Jefferson Booker Banks Mosley Gaines Dorsey
		Whitaker Stokes Tolliver Pettaway Hairston Battle Dukes Spruill
		Hargrove""",
	"kr": "Kim Park Choi Jung Kang Cho Yoon Jang Lim Han Shin",
	"in": "Patel Shah Reddy Rao Gupta Kumar Mehta Iyer Desai Nair Joshi",
	"et": "Tesfaye Bekele Haile Girma Tadesse Alemu Mengistu Woldemariam "
		"Gebremedhin Kebede Abebe",
	"vn": "Nguyen Tran Pham Le Vu Hoang Dang Bui Do",
	"sv": "Hernandez Martinez Flores Reyes Portillo Argueta Ramirez "
		"Cruz Mejia Guevara Alvarado",
	"ir": "O'Brien O'Connor O'Neill McCarthy Fitzgerald Kelly Gallagher "
		"McDonough Doyle Keane Donnelly"}
SURNAMES = {k: v.split() for k, v in SURNAMES.items()}
GIVEN = {"us": ("""James Robert John Michael David William Richard Joseph
		Thomas Christopher Daniel Matthew Anthony Mark Steven Kevin Brian
		Jason Eric Gregory""", """Mary Patricia Jennifer Linda Elizabeth
		Barbara Susan Jessica Sarah Karen Lisa Nancy Ashley Michelle Amanda
		Kimberly Angela Melissa"""),
	"af": ("Darnell Andre Terrence Marcus Cedric Reginald Jerome",
		"Keisha Tamika Latoya Monique Denise Yolanda"),
	"kr": ("Min-jun Sung Jae Hyun Daniel", "Ji-yeon Soo-jin Grace Eunice"),
	"in": ("Rahul Sanjay Vikram Anil Rajesh Arjun", "Priya Anjali Sunita "
		"Kavita Deepa"),
	"et": ("Dawit Yohannes Solomon Tewodros Abel", "Selam Hiwot Meron "
		"Bethlehem Tigist"),
	"vn": ("Minh Tuan Hung Quang Long", "Linh Mai Lan Thuy"),
	"sv": ("Jose Carlos Luis Mario Oscar", "Maria Ana Rosa Gloria"),
	"ir": ("Patrick Sean Brendan Kevin Dennis", "Colleen Maureen Siobhan "
		"Kathleen")}
GIVEN = {k: (m.split(), f.split()) for k, (m, f) in GIVEN.items()}
GROUPS = ("us", "af", "kr", "in", "et", "vn", "sv", "ir")
MIX = {"DCA": (40, 26, 6, 8, 9, 3, 5, 3), "NVA": (46, 10, 12, 14, 5, 6, 5,
	2), "MDS": (44, 16, 8, 9, 8, 5, 7, 3), "BAL": (50, 24, 4, 4, 2, 2, 3,
	11), "ANP": (66, 14, 3, 4, 1, 2, 3, 7), "RIC": (60, 24, 3, 5, 1, 3, 3,
	1), "ILG": (60, 18, 3, 8, 1, 2, 3, 5)}
MIX_CUM = {d: list(accumulate(m)) for d, m in MIX.items()}
# The commonest of the region (common-surname impostors).
COMMON = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Kim",
	"Nguyen", "Patel", "Hernandez", "Davis"]
# Surnames and words no customer draws (same-shape impostors).
OUT_SURNAME = ["Thibodeaux", "Lindqvist", "Szabo", "Yamamoto",
	"Kristoffersen", "Abernethy", "Vukovich", "Halvorsen", "Okafor-Lane",
	"Delacroix", "Pfluger", "Oyelaran"]
OUT_BRAND = ["Sonoran", "Cascadia", "Ozark", "Bayou", "Redwood",
	"Palouse", "Mesabi", "Everglade"]
OUT_FIELD = [("Glassblowers", "Glassblowing"), ("Cranberry Growers",
	"Cranberry"), ("Lighthouse Keepers", "Lighthouse"), ("Falconers",
	"Falconry"), ("Ski Patrollers", "Ski Patrol")]
OUT_POL = ["Arctic Affairs", "Desert Water Policy"]

# ---------------------------------------------------------------- words
BRAND = {"DCA": ["Capitol", "Anacostia", "Federal City", "Rock Creek",
	"Navy Yard", "Union Station"], "NVA": ["Dulles", "Occoquan",
	"Shenandoah", "Bull Run", "Blue Ridge", "Old Dominion"], "MDS":
	["Seneca", "Sugarloaf", "Monocacy", "Catoctin", "Cabin John"], "BAL":
	["Patapsco", "Chesapeake", "Gunpowder", "Harborview", "Fells Point"],
	"ANP": ["Severn", "Magothy", "Tidewater", "Patuxent", "Bay Bridge"],
	"RIC": ["James River", "Piedmont", "Appomattox", "Rappahannock",
	"Chickahominy"], "ILG": ["Brandywine", "Christiana", "Delmarva",
	"Diamond State", "First State"], "all": ["Apex", "Keystone",
	"Sentinel", "Vanguard", "Trident", "Liberty", "Patriot", "Summit",
	"Cardinal", "Beacon", "Pinnacle", "Horizon", "Cornerstone",
	"Ironbridge", "Clearview", "Bluewater", "Stratus", "Veritas", "Aegis",
	"Sterling", "Meridian", "Potomac", "Allegiant", "Northstar",
	"Redline", "Silverthorn", "Bridgewater", "Highpoint", "Ascend",
	"Bluestone", "Castlerock", "Crestline", "Eagle Point", "Evergreen",
	"Falcon", "Frontier", "Granite", "Harbor Point", "Ironwood",
	"Keystone Point", "Lighthouse", "Lodestar", "Millstone", "Oakridge",
	"Paragon", "Quantum", "Riverbend", "Sapphire", "Stonebridge",
	"Talon", "Tristar", "Unity", "Westbrook", "Zenith"]}
RARE = ["Kestrel", "Sassafras", "Pawpaw", "Tupelo", "Sweetgum",
	"Bobolink", "Canvasback", "Loblolly", "Spicebush", "Woodthrush"]
# Fields of associations: (members, the field as an adjective).
FIELDS = [("Marine Surveyors", "Marine Survey"), ("School Nurses",
	"School Nursing"), ("Forensic Accountants", "Forensic Accounting"),
	("Landscape Architects", "Landscape Architecture"), ("Hospice "
	"Providers", "Hospice Care"), ("Community Pharmacists", "Community "
	"Pharmacy"), ("Court Reporters", "Court Reporting"), ("Credit "
	"Counselors", "Credit Counseling"), ("Dental Hygienists", "Dental "
	"Hygiene"), ("Elevator Contractors", "Elevator"), ("Fire Protection "
	"Engineers", "Fire Protection"), ("Grant Writers", "Grant Writing"),
	("Home Inspectors", "Home Inspection"), ("Insurance Adjusters",
	"Insurance Adjusting"), ("Medical Physicists", "Medical Physics"),
	("Meeting Planners", "Meeting Planning"), ("Occupational Therapists",
	"Occupational Therapy"), ("Port Authorities", "Port"), ("Records "
	"Managers", "Records Management"), ("Rural Hospitals", "Rural "
	"Health"), ("Steel Fabricators", "Steel Fabrication"), ("Transit "
	"Planners", "Transit Planning"), ("Water Utilities", "Water Utility"),
	("Wine Wholesalers", "Wine Wholesale"), ("Travel Nurses", "Travel "
	"Nursing"), ("Museum Educators", "Museum Education"), ("Orthotists",
	"Orthotics"), ("Specialty Pharmacies", "Specialty Pharmacy"),
	("Acoustical Engineers", "Acoustics"), ("Cemetery Managers",
	"Cemetery"), ("Charter Schools", "Charter School"), ("Biobanks",
	"Biobanking"), ("Tree Care Companies", "Tree Care"), ("Sign "
	"Manufacturers", "Sign"), ("Paralegals", "Paralegal"), ("Veterinary "
	"Technicians", "Veterinary Technology"), ("Appraisers", "Appraisal"),
	("Compliance Officers", "Compliance"), ("Podiatrists", "Podiatry"),
	("Broadband Cooperatives", "Rural Broadband"), ("Shipbuilders",
	"Shipbuilding"), ("Radiology Managers", "Radiology Management"),
	("Hearing Aid Dispensers", "Hearing Aid"), ("Title Agents", "Land "
	"Title"), ("Mortgage Brokers", "Mortgage Brokerage"), ("Flight "
	"Instructors", "Flight Instruction"), ("Security Officers",
	"Private Security"), ("Plumbing Contractors", "Plumbing"),
	("Roofing Contractors", "Roofing"), ("Nurse Anesthetists",
	"Nurse Anesthesia"), ("Physician Assistants", "Physician Assistant"),
	("Respiratory Therapists", "Respiratory Care"), ("Genetic "
	"Counselors", "Genetic Counseling"), ("Child Care Providers", "Child "
	"Care"), ("Adult Day Centers", "Adult Day Services"), ("Food Banks",
	"Food Banking"), ("Community Colleges", "Community College"),
	("Public Defenders", "Public Defense"), ("Housing Counselors",
	"Housing Counseling"), ("Translators", "Translation"), ("Software "
	"Testers", "Software Testing"), ("Cost Estimators", "Cost Estimating"),
	("Contract Managers", "Contract Management"), ("Environmental "
	"Auditors", "Environmental Auditing"), ("Structural Engineers",
	"Structural Engineering"), ("Historic Preservation Officers",
	"Historic Preservation"), ("Seafood Processors", "Seafood"),
	("Poultry Growers", "Poultry"), ("Horse Breeders", "Equine"),
	("Charter Boat Captains", "Charter Boat")]
POLICY = ["Arms Control", "Food Policy", "Aging Policy", "Trade Policy",
	"Defense Analysis", "Urban Mobility", "Cyber Policy",
	"Immigration Studies", "Education Reform", "Budget Priorities",
	"Civic Innovation", "Nuclear Security", "Climate Finance",
	"Labor Markets", "Pacific Security", "Economic Growth",
	"Fiscal Policy", "Energy Security", "Housing Policy",
	"Regulatory Studies", "Maritime Strategy", "Health Equity",
	"Transatlantic Trade", "Election Integrity", "Water Security",
	"Workforce Policy", "Space Policy", "Tax Reform"]
SAINTS = ["Mary", "Joseph", "Patrick", "Jude", "Anthony", "Francis",
	"Catherine", "Bernadette", "Elizabeth", "Michael", "Raphael", "Ann",
	"Bartholomew", "Camillus", "Ignatius", "Rose of Lima", "John the "
	"Evangelist", "Andrew", "Agnes", "Columba"]
MOUNT = ["Zion", "Olive", "Calvary", "Pleasant", "Moriah", "Carmel",
	"Sinai", "Hermon"]
DEPTS = ["Public Works", "Permitting Services", "Parks and Recreation",
	"Housing and Community Development", "Transportation",
	"Health and Human Services", "Finance", "Planning", "Economic "
	"Development", "Environmental Protection", "Human Resources",
	"Corrections", "Libraries", "Elections"]
OFFICES = ["Emergency Management", "Consumer Protection", "Human Rights",
	"Procurement", "the Inspector General", "Zoning", "Veterans Affairs"]
# Templates: {B} {B2} brands, {S} {S2} {S3} surnames, {P} the owner
# (given name and surname), {G} the owner's given name, {MID} {END} a
# contractor's words, {FOOD} {SHOP} a trade, {T} the town, {CO} the
# county, {FP} {FA} a field as members and adjective, {ST} a state's
# name, {AC} three letters, {PO} a policy, {SA} a saint, {MT} a mount,
# {DP} a department, {OF} an office.  A mark: "W:" DC only, "N:" not DC,
# "C:" a city, "T:" a town, "K:" a place in a county, "M:" Maryland
# only; sector: (weight, legal-form carrying share, templates).
SECTORS = {
	"contractor": (24, .92, ["{B} Solutions", "{B} Technologies",
		"{B} Federal Services", "{B} Consulting Group", "{B} Systems",
		"{B} Government Solutions", "{B} Defense Group", "{B} Federal",
		"{AC} Solutions", "{AC} Technologies", "{AC} Consulting",
		"{B} {MID} {END}", "{B} {MID} {END}", "{B} {MID} {END}",
		"{B} {MID} {END}", "{B} {MID} {END}", "{B} {MID} {END}",
		"{AC} {MID} {END}", "{AC} {MID} {END}", "{AC} {END}",
		"{AC} {MID} {END}", "{AC} {END}",
		"{S} & Associates", "{B}-{B2} JV", "{B} Mission Solutions",
		"{B} Analytics", "{B} Cyber", "{AC} Federal", "{B} IT Services"]),
	"assoc": (8, .12, ["National Association of {FP}",
		"American Association of {FP}", "American Society of {FP}",
		"{FA} Institute", "Council of {FP}", "{FA} Alliance",
		"{FA} Coalition", "{FA} Society of America",
		"National {FA} Association", "N:{FA} Association of {ST}",
		"N:{ST} Society of {FP}", "International {FA} Council"]),
	"nonprofit": (7, .1, ["The {S} Foundation", "The {S} Family "
		"Foundation", "{B} Fund", "{T} Community Foundation",
		"{B} Community Partners", "Friends of the {T} Library",
		"{B} Youth Fund", "The {P} Foundation", "{P} Memorial Fund",
		"{P} Scholarship Fund"]),
	"law": (10, 0, ["{S} & {S2} LLP", "{S} {S2} & {S3} LLP",
		"{S} & {S2}, P.C.", "Law Offices of {P}, PLLC",
		"Law Office of {P}", "{S} & {S2}, Chartered", "{S} Law Group, PLLC",
		"{S} Strategies", "{B} Strategies", "{S} Public Affairs",
		"{B} Public Affairs", "{S} Government Relations",
		"{B} Advocacy Group", "{S} & {S2}, Chtd."]),
	"thinktank": (2, 0, ["Center for {PO}", "Institute for {PO}",
		"{B} Policy Institute", "{PO} Research Council",
		"Center for {PO} Studies"]),
	"church": (5, 0, ["St. {SA} Catholic Church {T}", "St. {SA} Parish {T}",
		"First Baptist Church of {T}", "{T} United Methodist Church",
		"{T} Presbyterian Church", "Mount {MT} Baptist Church {T}",
		"St. {SA} Episcopal Church {T}"]),
	"school": (4, 0, ["St. {SA} School {T}", "{T} Day School",
		"{T} Friends School", "{B} Academy", "{B} Montessori School",
		"{T} Christian Academy"]),
	"gov": (5, 0, ["C:City of {T}", "T:Town of {T}",
		"C:City of {T} Department of {DP}", "K:{CO} County Department of {DP}",
		"K:{CO} County Office of {OF}", "W:DC Department of {DP}",
		"W:DC Office of {OF}", "K:{CO} County Public Library"]),
	"cu": (2, 0, ["{B} Federal Credit Union", "{T} Community Federal "
		"Credit Union", "K:{CO} County Employees Federal Credit Union"]),
	"medical": (8, .55, ["{T} Family Medicine", "{S} Dental Associates",
		"{B} Pediatrics", "{S} Orthodontics", "{B} Physical Therapy",
		"{S} & {S2} Dermatology", "{B} Eye Care", "{B} Women's Health",
		"{T} Internal Medicine", "{S} Family Dentistry",
		"{B} Chiropractic", "{B} Urgent Care", "{S} Pediatric Dentistry",
		"{B} Orthopedics", "{B} Smiles", "{S} Eye Associates",
		"{S} & {S2} Family Practice", "{S} & {S2} Pediatrics",
		"{B} Behavioral Health"]),
	"shop": (12, .6, ["{S}'s Crab House", "{B} Grill", "{B} Cafe",
		"{S}'s Deli", "{B} Bistro", "{S} Hardware", "{B} Florist",
		"{B} Dry Cleaners", "{S} Liquors", "{B} Bakery", "{S} Auto Repair",
		"{B} Pho", "{B} Wine & Spirits", "{S} Jewelers", "{S}'s {FOOD}",
		"{S}'s {FOOD}", "{S}'s {FOOD}", "{G}'s {FOOD}", "{G}'s {FOOD}",
		"{B} {FOOD}", "{B} {SHOP}", "{B} {SHOP}", "{S} {SHOP}",
		"{S} {SHOP}", "{S} {SHOP}"])}
# Contractors' middle and last words ("Apex Federal Solutions"), shops'
# and restaurants' trades.
MID = ["Federal", "Government", "Defense", "Mission", "Information",
	"Strategic", "Enterprise", "Digital", "Data",
	"Integrated", "Advanced", "Applied", "Professional", "Global",
	"Secure", "Cloud", "Engineering", "Logistics", "Management"]
END = ["Solutions", "Technologies", "Services", "Systems", "Group",
	"Partners", "Consulting", "Analytics", "Associates", "Resources",
	"Sciences"]
FOOD = ["Pizza", "Kitchen", "Tavern", "Bar & Grill", "Seafood",
	"Taqueria", "Pupuseria", "Barbecue", "Diner", "Coffee", "Bagels",
	"Noodle House", "Sandwich Shop", "Crab Shack", "Ethiopian "
	"Restaurant", "Steakhouse"]
SHOP = ["Cleaners", "Tailors", "Print Shop", "Pharmacy", "Pet Supply",
	"Bike Shop", "Flowers", "Optical", "Salon", "Nail Spa", "Frame Shop",
	"Tire & Auto", "Appliance", "Music", "Bookstore", "Gift Shop",
	"Market", "Hardware"]
ROLES = {"contractor": ["PROPOSALS", "CONTRACTS", "SCIF-KIOSK",
	"RECRUITING"], "assoc": ["MEMBERSHIP", "EVENTS", "FRONTDESK",
	"CONFROOM"], "nonprofit": ["GRANTS", "DEVELOPMENT", "FRONTDESK"],
	"law": ["DOCKET", "PARALEGAL1", "RECEPTION", "CONFROOM"],
	"thinktank": ["RESEARCH1", "COMMS", "CONFROOM"], "church":
	["PARISH-OFFICE", "RECTORY", "PASTOR"], "school": ["FRONTOFFICE",
	"LIBRARY", "ADMISSIONS"], "gov": ["CLERK", "PERMITS", "FRONTDESK",
	"TREASURER"], "cu": ["TELLER1", "TELLER2", "LOANS"], "medical":
	["FRONTDESK", "EXAM1", "BILLING", "XRAY"], "shop": ["POS1", "OFFICE",
	"KITCHEN", "REGISTER"]}
LEGAL = [("LLC", 52), ("Inc.", 32), ("Corp.", 6), ("L.L.C.", 4),
	("Incorporated", 2)]
LEGAL_MED = {"MD": [("P.A.", 35), ("LLC", 35), ("P.C.", 20), ("PLLC", 10)],
	"other": [("P.C.", 40), ("PLLC", 25), ("LLC", 35)]}
RESPELL = {"LLC": ["L.L.C.", "Llc", "llc", "LLC."], "L.L.C.": ["LLC",
	"L.L.C", "LLC."], "Inc.": ["Inc", "INC", "Incorporated", "inc."],
	"Incorporated": ["Inc.", "Inc"], "Corp.": ["Corp", "Corporation"],
	"LLP": ["L.L.P.", "llp", "L.L.P"], "PLLC": ["P.L.L.C.", "Pllc"],
	"P.C.": ["PC", "P.C", "Professional Corporation"], "Chartered":
	["Chtd.", "Chtd", "Chtd"], "Chtd.": ["Chartered", "Chtd", "CHTD"],
	"P.A.": ["P.A", "P. A."]}
# Trades no customer has (other-trade and common-surname impostors).
ELSE_TRADE = ["Tax Service", "Tutoring", "Moving & Storage",
	"Insurance Agency", "Barbershop", "Driving School", "Funeral Home",
	"Landscaping", "Home Health", "Pest Control", "Photography",
	"Staffing", "Tailoring", "Realty"]
# A contractor's certifications, typed after its name.
CERTS = ["8(a)", "SDVOSB", "WOSB", "HUBZone", "EDWOSB", "VOSB", "SDB"]
# Same-initial words of an association's body (same-acronym impostors).
SAME_INITIAL = {"Association": ["Alliance", "Academy"], "Alliance":
	["Association", "Academy"], "Society": ["Syndicate"], "Council":
	["Coalition", "Conference", "Consortium"], "Coalition": ["Council",
	"Conference"], "Institute": ["Initiative"], "National": ["Northeast",
	"Northern"], "American": ["Atlantic", "Allied"], "International":
	["Independent"]}
# Federal agencies: the contractors' end customers, not the MSP's.
AGENCIES = ["DISA", "NIH", "GSA", "Army Corps of Engineers",
	"Department of Veterans Affairs", "DHS CISA", "NAVSEA", "USDA APHIS",
	"Fort Meade", "HHS CMS", "DOE Germantown", "NOAA", "FEMA Region 3",
	"Social Security Administration", "NASA Goddard", "Department of "
	"Labor", "NGA Springfield", "Coast Guard HQ"]
TECHS = {"DCA": ["Marcus Gaines", "Jennifer Kim"], "NVA": ["Brian Patel",
	"Ashley Nguyen"], "MDS": ["Kevin Morris", "Selam Tesfaye"], "BAL":
	["Patrick Kelly", "Latoya Banks"], "ANP": ["Eric Hughes",
	"Kimberly Ross"], "RIC": ["Daniel Reed", "Monique Hargrove"], "ILG":
	["Gregory Powell", "Amanda Fisher"]}
VENDORS = ["Carahsoft", "Dell Federal", "CDW-G", "SHI Government",
	"Verizon Business", "Comcast Business", "Deltek Costpoint Support",
	"Microsoft GCC High", "Syncro Support", "Iron Bow", "Pepco",
	"BGE Business", "Dominion Energy", "Delmarva Power", "Cox Business",
	"SAM.gov Help Desk", "GovWin IQ", "Blackbaud Support", "Clio Support",
	"Dentrix Support"]
STAFF = ["Bench 3", "BENCH-NVA-2", "Loaner laptop 5", "Spare - Tysons",
	"Test VM 7", "Kevin Morris", "Jennifer Kim", "Intake - RMA 14",
	"Imaging station 2", "Demo laptop 4", "Shop PC Baltimore",
	"Staging - Reston"]
PERSONAL = ["{G} {S} (personal)", "{G}'s home PC", "Home - {G} {S}",
	"{G} {S} laptop", "Kids laptop", "Personal - {G} {S}",
	"{G}'s MacBook", "{G} {S} residential"]
PROSPECT = ["Quote - ", "Prospect: ", "Lead - ", "Site survey - ",
	"RFP ", "Proposal for "]
SITES = ["Suite %d" % n for n in (200, 300, 400, 510, 650, 700, 900, 1100,
	1200)] + ["Ste %d" % n for n in (100, 210, 350, 800)] + ["2nd Floor",
	"4th Floor", "Fl 3", "11th Floor", "Lower Level", "Annex"]
HALLS = {"gov": ["Town Hall", "City Hall", "Permit Office", "Annex"],
	"church": ["Parish Office", "Rectory", "Parish Hall"], "school":
	["Front Office", "Upper School", "Lower School"], "medical":
	["Front Desk", "Billing Office"], "shop": ["Back Office", "Kitchen",
	"Register"], "assoc": ["Conference Center", "Member Services"]}
DBA_ENTITY = ["{S} Holdings", "{S} Enterprises", "{S} Hospitality Group",
	"{S} Ventures", "{S} Family Partners"]
FREE = ("gmail", "yahoo", "aol", "comcast", "verizon", "outlook")

# ---------------------------------------------------------------- skeleton
LONG = {"assn": "association", "asn": "association", "assoc":
	"association", "assocs": "associates", "natl": "national", "nat":
	"national", "intl": "international", "inst": "institute", "fdn":
	"foundation", "found": "foundation", "svcs": "services", "svc":
	"services", "srvcs": "services", "govt": "government", "gov":
	"government", "fed": "federal", "fcu": "federal credit union", "cu":
	"credit union", "dept": "department", "co": "county", "soc":
	"society", "amer": "american", "ctr": "center", "st": "saint", "mt":
	"mount", "mgmt": "management", "grp": "group", "tech":
	"technologies", "techs": "technologies", "sys": "systems", "ch":
	"church", "umc": "united methodist church", "intl": "international",
	"ste": "suite", "fl": "floor"}
DROP = set("llc inc incorporated corp corporation llp pllc pc chartered "
	"chtd pa professional limited liability company the of and for a an "
	"at in on dba d b s".split())
DOUBLE = re.compile(r"(.)\1+")
PREFIX = re.compile(r"\b(o|d|mc|mac)['’ ](?=[a-z])")


def _words(s):
	s = lk.plain(s).lower().replace("joint venture", "jv")
	s = PREFIX.sub(r"\1", s)
	s = re.sub(r"(\w)['’](\w)", r"\1\2", s)	# Ass'n, Nat'l, Gov't, 's
	return [DOUBLE.sub(r"\1", x) for x in lk.dotted_words(s, LONG, DROP)]


skel, skel_words, ck = lk.desk_checks(_words)


# ---------------------------------------------------------------- customers
TOWN_CUM = {d: list(accumulate(t[4] for t in ts)) for d, ts in DESKS.items()}
SECTOR_CUM = (list(SECTORS), list(accumulate(v[0] for v in
	SECTORS.values())))
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
CODE = LETTERS + "0123456789"


def group_at(rng, desk):
	return rng.choices(GROUPS, cum_weights=MIX_CUM[desk])[0]


person = lk.group_person(GIVEN, SURNAMES, .45)


def brand_of(rng, desk):
	r = rng.random()
	return rng.choice(RARE if r < .1 else BRAND[desk] if r < .45 else
		BRAND["all"])


def fits(tpl, town):
	"""tpl's marks against the town; the template less its marks, None
	where it does not fit."""
	while re.match(r"[WNCTKM]:", tpl):
		mark, tpl = tpl[0], tpl[2:]
		ok = {"W": town[5] == "W", "N": town[5] != "W", "C": town[5] == "C",
			"T": town[5] == "T", "K": bool(town[2]),
			"M": town[1] == "MD"}[mark]
		if not ok:
			return None
	return tpl


FITTING = {}


def fitting(town, sector):
	k = (town[5], bool(town[2]), town[1] == "MD", sector)
	if k not in FITTING:
		FITTING[k] = [t for t in (fits(x, town) for x in SECTORS[sector][2])
			if t]
	return FITTING[k]


def cage(rng):
	"""Five capitals and digits, a digit first and last ("1ABC2")."""
	return "%d%s%d" % (rng.randint(0, 9), "".join(rng.choice(CODE)
		for _ in range(3)), rng.randint(0, 9))


def uei(rng):
	return "".join(rng.choice(CODE) for _ in range(12))


def values(rng, c, used, outside):
	"""The template's fields for customer c: the owner's always (the
	first contact), the others only where the template uses them."""
	desk = c["desk"]
	owner = person(rng, c["group"], .35)
	draw = {"B": lambda: brand_of(rng, desk),
		"B2": lambda: brand_of(rng, desk),
		"S2": lambda: person(rng, group_at(rng, desk))[1],
		"S3": lambda: person(rng, group_at(rng, desk))[1],
		"T": lambda: c["town"], "CO": lambda: c["county"],
		"FP": lambda: rng.choice(FIELDS), "ST": lambda: STATE_NAME[c["state"]],
		"AC": lambda: "".join(rng.choice(LETTERS) for _ in range(3)),
		"PO": lambda: rng.choice(POLICY), "SA": lambda: rng.choice(SAINTS),
		"MT": lambda: rng.choice(MOUNT), "DP": lambda: rng.choice(DEPTS),
		"OF": lambda: rng.choice(OFFICES), "MID": lambda: rng.choice(MID),
		"END": lambda: rng.choice(END), "FOOD": lambda: rng.choice(FOOD),
		"SHOP": lambda: rng.choice(SHOP), "G": lambda: owner[0]}
	v = {"S": owner[1], "P": "%s %s" % owner}
	for k in sorted(used - {"S", "P", "FA"}):
		v[k] = draw[k]()
	if "FP" in v:	# a field: its members and its adjective
		v["FP"], v["FA"] = v["FP"]
	elif "FA" in used:
		v["FP"], v["FA"] = rng.choice(FIELDS)
	if outside:	# words no customer's name is made of
		o = rng.sample(OUT_SURNAME, 3)
		of = rng.choice(OUT_FIELD)
		out = dict(S=o[0], S2=o[1], S3=o[2], B=rng.choice(OUT_BRAND),
			B2=rng.choice(OUT_BRAND), P="%s %s" % (owner[0], o[0]),
			T=rng.choice(ELSEWHERE[desk]), FP=of[0], FA=of[1],
			PO=rng.choice(OUT_POL), AC="".join(rng.choice("QXZ")
			for _ in range(3)))
		v.update((k, x) for k, x in out.items() if k in v)
	if len({v.get(k) for k in ("S", "S2", "S3") if k in used}) < \
			len(used & {"S", "S2", "S3"}) or \
			"B2" in used and v["B"] == v["B2"]:
		return None
	c["owner"] = (owner[0], v["S"])
	return v


def fill(tpl, v):
	return re.sub(r"\{(\w+)\}", lambda m: v[m.group(1)], tpl)


TPL_LEGAL = re.compile(r",? (LLP|P\.C\.|PLLC|Chartered|Chtd\.)$")


def legal_of(rng, c, tpl):
	s = c["sector"]
	if TPL_LEGAL.search(tpl) or rng.random() >= SECTORS[s][1]:
		return ""
	if "JV" in tpl:
		return "LLC"
	if s == "medical":
		return lk.wpick(rng, LEGAL_MED["MD" if c["state"] == "MD" else
			"other"])
	if s in ("assoc", "nonprofit"):
		return "Inc."
	return lk.wpick(rng, LEGAL)


def make_customer(rng, desk=None, outside=False, full=()):
	"""A customer record, None when its draw does not fit: name, core
	(less the legal form and code), the words it is named by; no sector
	of full (every name of it taken)."""
	desk = desk or lk.wpick(rng, DESK_SHARE)
	town = rng.choices(DESKS[desk], cum_weights=TOWN_CUM[desk])[0]
	sector = rng.choices(SECTOR_CUM[0], cum_weights=SECTOR_CUM[1])[0]
	while sector in full:
		sector = rng.choices(SECTOR_CUM[0], cum_weights=SECTOR_CUM[1])[0]
	opts = fitting(town, sector)
	if not opts:
		return None
	tpl = rng.choice(opts)
	c = {"desk": desk, "sector": sector, "town": town[0], "state": town[1],
		"county": town[2], "zip": town[3], "group": group_at(rng, desk),
		"tpl": tpl}
	used = set(re.findall(r"\{(\w+)\}", tpl))
	v = values(rng, c, used, outside)
	if v is None:
		return None
	core = fill(tpl, v)
	legal = legal_of(rng, c, tpl)
	m = TPL_LEGAL.search(core)
	if m:	# "X & Y, P.C.": the form in the template
		core, legal = core[:m.start()], m.group(1)
		sep = m.group(0)[:-len(legal)]
	else:
		sep = ", " if rng.random() < .35 else " "
	name = core + sep + legal if legal else core
	reg = None
	if sector == "contractor" and legal and rng.random() < .14:
		reg = "CAGE " + cage(rng) if rng.random() < .7 else "UEI " + uei(rng)
		name += rng.choice([" (%s)", " - %s"]) % reg
	dba = None
	if sector == "shop" and not legal and rng.random() < .3:
		ent = fill(rng.choice(DBA_ENTITY), v)
		dba = (ent, rng.choice(["LLC", "Inc."]))
		name = "%s %s dba %s" % (ent, dba[1], core)
	surs = [v[k] for k in ("S", "S2", "S3") if k in used]
	if "P" in used:
		surs.append(c["owner"][1])
	brands = [v[k] for k in ("B", "B2") if k in used]
	c.update(name=name, core=core, legal=legal, sep=sep, reg=reg, dba=dba,
		surs=surs, brands=brands, brand=brands[0] if brands else None,
		owner=c["owner"] if used & {"S", "P", "G"} else None,
		pname=v["P"] if "P" in used else None,
		in_town="T" in used, field=(v["FP"], v["FA"]) if used & {"FP",
		"FA"} else None, st=v.get("ST"), ac=v.get("AC"), jv="JV" in tpl,
		county_body=bool(used & {"CO", "DP", "OF"}),
		dept=v.get("DP") or v.get("OF"))
	return c


def named_by(c):
	"""(sector, skeleton word) for each word a customer is named by."""
	ws = c["brands"] + c["surs"] + [c["in_town"] and c["town"]] + \
		list(c["field"] or ()) + [c["ac"]]
	ws = [w for w in ws if w] or [c["core"]]
	return [(c["sector"], skel(w)) for w in ws]


def forms(c):
	"""The names a customer goes by: its name, its core, its name less
	its code, the core less "The", a dba's trade name and entity."""
	out = [c["name"], c["core"]]
	if c["reg"]:
		out.append(c["core"] + c["sep"] + c["legal"])
	if c["core"].startswith("The "):
		out.append(c["core"][4:])
	if c["dba"]:
		out += [c["dba"][0], "%s %s" % c["dba"]]
	return out


contacts = lk.owner_contacts(person, group_at, lk.latin)


assets = lk.core_assets(DROP, ROLES, lk.latin,
	lambda r, c: lk.latin(person(r, c["group"])[0]))


def address(rng, c):
	"""Syncro's address fields and the desk's phone; the first contact's
	name and e-mail join them once the contacts are drawn."""
	return {"address": "%d %s" % (rng.randint(100, 9999), rng.choice(ROADS)),
		"address_2": rng.choice([None, None, None, rng.choice(SITES)]),
		"city": c["town"], "state": c["state"], "zip": c["zip"] +
		"".join(str(rng.randint(0, 9)) for _ in range(5 - len(c["zip"]))),
		"phone": "%s-%03d-%04d" % (rng.choice(TOWNS[c["desk"]][0]),
		rng.randint(200, 999), rng.randint(0, 9999))}


def acronym_of(core):
	"""The initials of a name's words, less of / the / and / for."""
	ws = [w for w in re.split(r"[\s&,/-]+", core) if w and w[0].isalpha()
		and w.lower() not in ("of", "the", "and", "for")]
	return "".join(w[0].upper() for w in ws)


def domain(rng, c, taken):
	"""The customer's own domain (a free mailbox for a third of the
	shops), a digit more where taken."""
	s = c["sector"]
	if s == "shop" and rng.random() < .33:
		return rng.choice(FREE) + rng.choice([".com", ".net"])
	town = re.sub("[^a-z]", "", c["town"].lower())
	if s == "gov":
		cty = re.sub("[^a-z]", "", c["county"].lower())
		st = c["state"].lower()
		if c["core"].startswith("DC "):
			d = "dc.gov"
		elif c["core"].startswith(("City of", "Town of")):
			d = rng.choice(["%s%s.gov" % (town, st), "%s%s.us" % (town, st),
				"%sof%s.org" % (c["core"].split()[0].lower(), town)])
		else:
			d = "%scounty%s.gov" % (cty, st)
		if c["core"].endswith("Public Library"):
			d = "library." + d
		if c["dept"]:	# a department's own host: dpw.dc.gov
			d = acronym_of(re.sub(r"^.* (?=(Department|Office) of)", "",
				c["core"])).lower() + "." + d
	elif s in ("assoc", "thinktank"):
		d = acronym_of(c["core"]).lower() + ".org"
	elif s in ("church", "school", "nonprofit", "cu"):
		w = c["brand"] or (c["surs"] or [""])[0] or town
		d = re.sub("[^a-z]", "", (w + {"church": "church", "school":
			"school", "cu": "fcu"}.get(s, "fund")).lower())[:18] + ".org"
	else:
		w = c["brand"] or (c["surs"] or [""])[0] or c["ac"] or town
		d = re.sub("[^a-z0-9]", "", lk.latin(w).lower())[:14]
		d += {"law": "law", "medical": "health", "contractor":
			rng.choice(["", "fed", "tech", "llc"])}.get(s, "") + \
			(".com" if rng.random() < .85 else ".us")
	return free_domain(d, c["state"].lower(), taken)


def free_domain(d, st, taken):
	"""d, or where another customer has it the state put to its first
	label ("apexfed-va.com"), then a number ("apexfed-va2.com")."""
	host, tld = d.split(".", 1)
	tries = [host, host + "-" + st] + ["%s-%s%d" % (host, st, n)
		for n in range(2, 999)]
	for h in tries:
		if h + "." + tld not in taken:
			taken.add(h + "." + tld)
			return h + "." + tld
	raise ValueError(d)


def population(rng, n):
	g = lk.G()
	g.custs, seen, shared, doms = [], set(), set(), set()
	ids = iter(range(44300001, 44999999))
	cid = 44000000
	# A sector whose last 300 draws all named a customer already drawn
	# is full: at 50,000 customers the associations, offices and
	# parishes run out of names, and drawing them again is most of the
	# time taken.
	misses, full = {}, set()

	def keys(c):
		if not c:
			return {""}
		ks = {skel(f) for f in forms(c)}
		s = c["sector"]
		misses[s] = misses.get(s, 0) + 1 if ks & seen else 0
		if misses[s] >= 300 and len(full) < len(SECTORS) - 1:
			full.add(s)	# one sector is always left to draw
		return ks
	while len(g.custs) < n:
		c = lk.draw_unseen(lambda: make_customer(rng, full=full), keys,
			seen, 60)
		if c:
			c["id"] = cid = cid + rng.randint(1, 3)
			c["domain"] = domain(rng, c, doms)
			lk.add_customer(rng, g, c, ids, shared, address, contacts,
				assets)
			p = c["contacts"][0] if c["contacts"] else {}
			c["syncro"].update((k, p.get(k)) for k in ("firstname",
				"lastname", "email"))
	g.shared = sorted(shared)
	return g


def index(g):
	"""linkgen's indexes, the words each sector is named by and the codes
	taken."""
	g.named = set()
	g.regs = {c["reg"].split()[1] for c in g.custs if c["reg"]}
	lk.index_customers(ck, g, forms, lambda g, c: g.named.update(
		named_by(c)))


# ---------------------------------------------------------------- typing
TYPO = lk.Typo(lk.US_KEYS)
n_typo, n_typo2 = TYPO.n_core_typo, TYPO.n_core_typo2
name_or_core = lk.name_or_core


n_caps, n_lower = lk.case_rows(r"[.,()']")


def keeps(c, t):
	"""t keeps what tells c from its neighbours: its town where its name
	has one, its state where it has one, its code where it types one."""
	for w in (c["in_town"] and c["town"], c["st"]):
		if w and w not in t:
			return False
	return not (c["reg"] and c["reg"].split()[0] in t and
		c["reg"].split()[1] not in t)


def n_truncated(rng, g, c):
	t = lk.n_truncated(rng, g, c)
	if not t or not keeps(c, t) or skel(t) in g.person or \
			re.search(r"\b(of|the|and|&|dba)$", t, re.I):
		return None
	return t


def n_reorder(rng, g, c):
	"""The body word put last, as a list sorts: "Vienna, Town of",
	"Marine Surveyors, National Association of", "Cole Foundation, The"."""
	s = c["core"]
	m = re.match(r"^((?:City|Town) of) (.+)$", s)
	if m and "Department" not in s:
		return "%s, %s" % (m.group(2), m.group(1))
	m = re.match(r"^((?:National|American|International) "
		r"(?:Association|Society) of|Council of) (.+)$", s)
	if m:
		return "%s, %s" % (m.group(2), m.group(1))
	if s.startswith("The "):
		return "%s, The" % s[4:]
	m = re.match(r"^(Law Offices? of) (.+)$", s)
	if m:
		return "%s, %s" % (m.group(2), m.group(1))
	m = re.match(r"^(.+) County (Department|Office) of (.+)$", s)
	if m:
		return "%s - %s County" % (re.sub("^the ", "", m.group(3)),
			m.group(1))
	return None


SHORT = [("Association", "Assn."), ("Association", "Ass'n"),
	("Association", "Assoc."), ("National", "Nat'l"), ("National", "Natl."),
	("International", "Intl."), ("International", "Int'l"),
	("Institute", "Inst."), ("Foundation", "Fdn."), ("Services", "Svcs"),
	("Services", "Svcs."), ("Government", "Govt"), ("Government", "Gov't"),
	("Federal", "Fed"), ("Department", "Dept."), ("Department", "Dept"),
	("County", "Co."), ("Society", "Soc."), ("American", "Amer."),
	("Center", "Ctr."), ("Technologies", "Tech"), ("Systems", "Sys"),
	("St.", "Saint"), ("Saint", "St."), ("Mount", "Mt."),
	("Management", "Mgmt"), ("United Methodist Church", "UMC"),
	("Associates", "Assocs")]


def short_for(t, long, short):
	m = re.search(r"(?<![\w.'-])%s(?![\w])" % re.escape(long), t)
	return t[:m.start()] + short + t[m.end():] if m else t


n_abbrev = lk.abbrev_row(SHORT, short_for)
ACRONYMED = ("assoc", "contractor", "thinktank", "gov", "cu")


def n_acronym(rng, g, c):
	"""An association, contractor, think tank, county department or
	credit union of three words or more by its initials: NAMS, PFS,
	MCDPS."""
	if c["sector"] not in ACRONYMED or c["jv"] or c["pname"] or c["st"]:
		return None
	if c["ac"]:	# "BTD Advanced Services": its letters alone
		return c["ac"] if len(c["core"].split()) > 1 else None
	ws = [w for w in re.split(r"[\s&,/-]+", c["core"]) if w and
		w[0].isalpha() and w.lower() not in ("of", "the", "and", "for")]
	if len(ws) < 3:
		return None
	if c["sector"] in ("assoc", "gov") and rng.random() < .7:
		return "".join(w[0].upper() for w in ws)	# NAMS: as they are known
	return lk.initials(rng, ws)


def legal_other(rng, c, r):
	if r < .6:	# the comma before the form put or left out
		return c["core"] + (", " if c["sep"] == " " else " ") + c["legal"]
	return c["core"] + rng.choice([" ", ", "]) + rng.choice(
		RESPELL.get(c["legal"], [c["legal"]]))


n_legal = lk.legal_row(legal_other)


def n_state(rng, g, c):
	"""The state (or town and state) after a name: ", VA", " (MD)",
	" - Reston VA", " DC", " Virginia"."""
	if c["st"] or c["state"] in c["name"]:
		return None
	s = name_or_core(rng, c, .6)
	st = c["state"]
	r = rng.random()
	if r < .5:
		return rng.choice(["%s, %s", "%s (%s)", "%s %s", "%s - %s"]) % (s,
			st)
	if r < .75 and c["town"] not in s:
		return rng.choice(["%s - %s %s", "%s (%s, %s)"]) % (s, c["town"],
			st)
	if st == "DC":
		return "%s %s" % (s, rng.choice(["Washington DC", "DC NW",
			"D.C."]))
	return "%s %s" % (s, STATE_NAME[st])


def n_suite(rng, g, c):
	"""A suite or floor after the name, or the sector's hall."""
	s = name_or_core(rng, c, .6)
	site = c["syncro"]["address_2"] if c["syncro"]["address_2"] and \
		rng.random() < .6 else rng.choice(HALLS.get(c["sector"], SITES)
		if rng.random() < .5 else SITES)
	return rng.choice(["%s - %s", "%s (%s)", "%s, %s"]) % (s, site)


def n_cert(rng, g, c):
	"""A contractor with its set-aside certification: "Apex Solutions
	(8(a))", "Apex Solutions LLC - SDVOSB"."""
	if c["sector"] != "contractor":
		return None
	s = name_or_core(rng, c, .6)
	return rng.choice(["%s (%s)", "%s - %s", "%s %s"]) % (s,
		rng.choice(CERTS))


def n_id(rng, g, c):
	"""The CAGE or UEI of a name that carries it: after the name, first,
	or in brackets; the code in lower case now and then."""
	if not c["reg"]:
		return None
	lab, num = c["reg"].split()
	if rng.random() < .2:
		num = num.lower()
	base = c["core"] if rng.random() < .5 else c["core"] + c["sep"] + \
		c["legal"]
	r = rng.random()
	if r < .35:
		return "%s %s %s" % (base, lab, num)
	if r < .6:
		return "%s (%s: %s)" % (base, lab, num)
	if r < .8:
		return "%s %s - %s" % (lab, num, base)
	return "%s %s" % (base, num)


def n_jv(rng, g, c):
	"""A joint venture typed another way: "Apex/Trident JV", "Apex
	Trident Joint Venture", "ApexTrident JV", "Apex-Trident JV LLC"."""
	if not c["jv"]:
		return None
	a, b = c["brands"]
	return rng.choice(["%s/%s JV", "%s %s Joint Venture", "%s & %s JV",
		"%s-%s Joint Venture, LLC", "%s %s JV", "%s-%s JV LLC"]) % (a, b)


def n_dba(rng, g, c):
	"""A dba typed by its trade name, its entity, or both another way."""
	if not c["dba"]:
		return None
	ent, lg = c["dba"]
	r = rng.random()
	if r < .45:
		return c["core"]
	if r < .6:
		return "%s %s" % (ent, lg) if rng.random() < .5 else ent
	if r < .8:
		return "%s %s d/b/a %s" % (ent, lg, c["core"])
	return "%s (%s)" % (c["core"], ent)


def n_the(rng, g, c):
	""""The" and "of America" dropped, or "The" put to a name without
	it."""
	s = c["name"] if rng.random() < .5 else c["core"]
	t = re.sub(r"^The ", "", s)
	t = t.replace(" of America", "")
	if t == s:
		if c["sector"] not in ("assoc", "nonprofit", "thinktank"):
			return None
		t = "The " + s
	return t


def n_fcu(rng, g, c):
	"""Federal Credit Union as FCU, Fed CU, Credit Union, F.C.U."""
	s = name_or_core(rng, c, .5)
	if "Federal Credit Union" not in s:
		return None
	return s.replace("Federal Credit Union", rng.choice(["FCU", "FCU",
		"Fed CU", "Credit Union", "F.C.U.", "Federal CU"]))


# n_punct's turns, in its order (the O' of O'Brien comes after the
# first two): what, for what, how many (-1: all).
PUNCT = ((" & ", " and ", -1), (" and ", " & ", -1), ("'s ", "s ", 1),
	("-", " ", -1), (",", "", -1), (".", "", -1))


def n_punct(rng, g, c):
	"""& as and (or back), O'Brien as OBrien / O Brien, 's dropped,
	hyphens as spaces, commas dropped."""
	s = name_or_core(rng, c, .5)
	opts = [s.replace(a, b, n) for a, b, n in PUNCT[:2] if a in s]
	if re.search(r"\b(O|D)'", s):
		opts.append(re.sub(r"\b(O|D)'", r"\1" + rng.choice(["", " "]), s))
	opts += [s.replace(a, b, n) for a, b, n in PUNCT[2:] if a in s]
	return rng.choice(opts) if opts else None


n_contact = lk.contact_row(lambda rng, c, p: rng.choice(["", "", "",
	"(owner)", "(office manager)", "(admin)", "(ED)" if c["sector"] in
	("assoc", "nonprofit") else "(CEO)"]))
n_person = ck.person_row(lambda rng, c: rng.random() < .15)
n_domain = lk.domain_row(FREE)


def n_mixed(rng, g, c):
	first = rng.choice([n_legal, n_abbrev, n_state, n_suite, n_punct,
		n_the, n_reorder])(rng, g, c)
	turn = rng.choice([n_typo, n_caps, n_lower, n_truncated])
	return first and turn(rng, g, dict(c, name=first, core=first))


KINDS = [("exact", lk.n_exact, 12), ("caps", n_caps, 3),
	("lower", n_lower, 4), ("typo", n_typo, 8), ("two typos", n_typo2, 3),
	("truncated", n_truncated, 4), ("reorder", n_reorder, 3),
	("abbrev", n_abbrev, 6), ("acronym", n_acronym, 6),
	("legal", n_legal, 7), ("state", n_state, 4), ("suite", n_suite, 3),
	("cert", n_cert, 2), ("id", n_id, 2), ("jv", n_jv, 2),
	("dba", n_dba, 2), ("the", n_the, 3), ("fcu", n_fcu, 1),
	("punct", n_punct, 3), ("contact", n_contact, 3),
	("person", n_person, 2), ("domain", n_domain, 3), ("mixed", n_mixed, 4)]


# ---------------------------------------------------------------- impostors
i_fresh, i_prospect = lk.fresh_rows(lambda rng, desk:
	make_customer(rng, desk, outside=True), named_by, PROSPECT)


ASSOC_FORMS = ["National Association of {FP}", "American Association of "
	"{FP}", "American Society of {FP}", "{FA} Institute", "Council of {FP}",
	"{FA} Alliance", "{FA} Coalition", "{FA} Society of America",
	"National {FA} Association", "International {FA} Council",
	"{FA} Foundation", "Association of {FA} Professionals"]


def i_assoc(rng, g, c):
	"""The same field's other body: "American Association of X" for
	"National Association of X", "X Institute" for "X Society of
	America"."""
	if not c["field"] or c["st"]:
		return None
	t = fill(rng.choice(ASSOC_FORMS), {"FP": c["field"][0],
		"FA": c["field"][1]})
	return None if t == c["core"] else t


def i_acronym(rng, g, c):
	"""Another body of the same initials, typed with them: "NAMS -
	National Alliance of Marine Surveyors"."""
	if c["sector"] != "assoc" or c["st"]:
		return None
	ws = c["core"].split()
	sw = [i for i, w in enumerate(ws) if w in SAME_INITIAL]
	if not sw:
		return None
	i = rng.choice(sw)
	ws[i] = rng.choice(SAME_INITIAL[ws[i]])
	t = " ".join(ws)
	ac = acronym_of(t)
	return rng.choice(["%s - %s", "%s (%s)", "%s: %s"]) % ((ac, t) if
		rng.random() < .6 else (t, ac)) if rng.random() < .7 else t


def i_chapter(rng, g, c):
	"""The same state affiliate of another state: "X Association of
	Virginia" for "X Association of Maryland"."""
	if not c["st"]:
		return None
	other = rng.choice([s for s in ("Maryland", "Virginia", "Delaware",
		"Pennsylvania", "West Virginia", "the District of Columbia")
		if s != c["st"]])
	return c["core"].replace(c["st"], other)


def i_county(rng, g, c):
	"""The same department of another county of the state (or of DC's
	neighbours), or another department of the same county."""
	if c["sector"] not in ("gov", "cu") or not c["county_body"]:
		return None
	s = c["core"]
	if rng.random() < .4 and c["dept"]:
		other = rng.choice(DEPTS + OFFICES)
		return None if other == c["dept"] else s.replace(c["dept"], other)
	if s.startswith("DC "):
		return s.replace("DC ", rng.choice(["Montgomery County ",
			"Prince George's County ", "Arlington County "]), 1)
	if s.startswith("City of "):
		return s.replace(c["town"], rng.choice(ELSEWHERE[c["desk"]]), 1)
	if "County" not in s or not c["county"]:
		return None
	co = rng.choice([t[2] for ts in DESKS.values() for t in ts if t[1] ==
		c["state"] and t[2]] + FAR_COUNTY.get(c["state"], []))
	return None if co == c["county"] else s.replace(c["county"], co, 1)


def i_town(rng, g, c):
	"""A parish, school, practice or credit union of a customer's name in
	a town of the desk where no customer is."""
	if not c["in_town"] or c["sector"] == "gov":
		return None
	return c["core"].replace(c["town"], rng.choice(ELSEWHERE[c["desk"]]))


def i_jv(rng, g, c):
	"""A contractor's JV with a partner ("Apex-Trident JV, LLC"), or a
	JV's member firm alone ("Apex Solutions LLC")."""
	if c["sector"] != "contractor" or not c["brand"]:
		return None
	if c["jv"]:
		b = rng.choice(c["brands"])
		return "%s %s %s" % (b, rng.choice(["Solutions", "Technologies",
			"Federal Services", "Consulting Group"]), rng.choice(["LLC",
			"Inc."]))
	p = rng.choice(BRAND["all"] + BRAND[c["desk"]])
	if p == c["brand"]:
		return None
	return rng.choice(["%s-%s JV, LLC", "%s %s Joint Venture",
		"%s-%s JV"]) % ((c["brand"], p) if rng.random() < .7 else
		(p, c["brand"]))


def i_reg(rng, g, c):
	"""A name that carries its CAGE or UEI typed with another: the firm's
	other facility."""
	if not c["reg"]:
		return None
	lab, num = c["reg"].split()
	new = cage(rng) if lab == "CAGE" else uei(rng)
	if new in g.regs or lk.la.within1(new, num):
		return None
	return "%s%s%s %s %s" % (c["core"], c["sep"], c["legal"], lab, new)


other_trade = lk.trade_picker(skel_words, ELSE_TRADE)


def i_trade(rng, g, c):
	"""The same surname's other trade: "Murphy Tax Service" beside
	"Murphy's Crab House"."""
	tr = c["surs"] and other_trade(rng, c)
	if not tr:
		return None
	s = c["surs"][0]
	t = "%s %s" % (s, tr) if rng.random() < .7 else "%s's %s" % (s, tr)
	return t + (" " + lk.wpick(rng, LEGAL) if rng.random() < .3 else "")


def word_trade(word):
	"""An impostor kind: word(rng, c) (a word no customer's name holds
	alone) in a trade no customer has: "Smith Realty", "Kestrel Staffing"."""
	def draw(rng, g, c):
		w = word(rng, c)
		tr = w and other_trade(rng, c)
		return tr and "%s %s" % (w, tr)
	return draw


i_common = word_trade(lambda rng, c: rng.choice(COMMON))
i_rare = word_trade(lambda rng, c: c["brand"] if c["brand"] in RARE
	else None)


i_person, i_personal = lk.person_impostors(ck,
	lambda rng, c: person(rng, group_at(rng, c["desk"])),
	["", "", "", "Dr. ", "Mr. ", "Ms. "], PERSONAL)


KEPT = ("id", "name", "syncro", "contacts", "assets")
BENCH = ("BENCH-%s-%02d", 3)	# each desk's bench machines
CLOCK = (1843000000, 953, 75)	# numbered()'s start, step and minutes

IMPOSTORS = lk.impostor_kinds((
	("same shape", i_fresh, 12), ("other association", i_assoc, 11),
	("same acronym", i_acronym, 6), ("other chapter", i_chapter, 5),
	("other county", i_county, 9), ("other town", i_town, 7),
	("other JV", i_jv, 8), ("other CAGE", i_reg, 4),
	("federal agency", lk.one_of(AGENCIES), 6),
	("other trade", i_trade, 7), ("common surname", i_common, 4),
	("rare word", i_rare, 3), ("person", i_person, 6),
	("vendor", lk.one_of(VENDORS), 7), ("prospect", i_prospect, 5),
	("personal", i_personal, 5), ("own staff", lk.one_of(STAFF), 4)))


if __name__ == "__main__":
	lk.desk_main("blind44", ck, population, index, KINDS, IMPOSTORS,
		KEPT, BENCH, TECHS, CLOCK)
