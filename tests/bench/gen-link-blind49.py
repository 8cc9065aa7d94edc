#!/usr/bin/env python3
# gen-link-blind49.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 29: the lead runs it once).  A US MSP for
# professional-services firms anywhere in the country: one Syncro
# account, one ScreenConnect, desks in Boston (BOS: New England),
# Philadelphia (PHL: Pennsylvania, New Jersey, Delaware), Atlanta (ATL:
# Georgia, South Carolina, north Florida), Chicago (CHI: Illinois,
# Wisconsin), Denver (DEN: Colorado, Utah, Wyoming), Houston (HOU: Texas,
# Louisiana) and Seattle (SEA: Washington, Oregon, Idaho).  Customers:
# law firms named for their partners ("Abbott, Crane & Lyons, LLP",
# "Hale & Novak, P.C.", "Kerr & Associates", "Law Offices of Dana
# Mercer", "The Law Office of ...", "..., Attorney at Law", "X Family
# Law", "X & Y, Attorneys at Law"), CPA and tax firms ("X & Y, CPAs", "X &
# Company, CPAs", "X Y Certified Public Accountants", "Jane Doe, CPA",
# "X Tax & Accounting"), architects and engineers ("X + Y Architects",
# "X Architecture", "Jane Doe, AIA", "John Doe, P.E.", "X Consulting
# Engineers"), insurance agencies, captive agents under a carrier's brand
# among them ("Jane Doe - State Farm Insurance Agent", "Allstate
# Insurance: John Doe", "Farmers Insurance - ..."), real-estate offices,
# many under a brokerage's brand ("Keller Williams Realty X", "RE/MAX X",
# "Century 21 X Realty", "Berkshire Hathaway HomeServices X Realty"), and
# financial advisers ("Edward Jones - Financial Advisor: Jane Doe", "Jane
# Doe - Ameriprise Financial", "X Wealth Management").  Some firms were
# renamed when a partner left (the old name is still typed); some are
# one office of a firm ("Hale & Novak, P.C. - Boulder").  Writes
# OUTDIR/customers.json (as Syncro's GET /customers returns them: id,
# business_name, firstname, lastname, email, phone, address, address_2,
# city, state, zip, contacts, assets), names.tsv (typed TAB true id or ""
# TAB kind TAB machine), sessions.jsonl and sessions-machine.jsonl
# through linkgen.desk_main.  Python stdlib only, deterministic for a
# seed.  Customer ids from 49000000 (below 49200000 at 50,000 customers:
# the id grows by 1 to 3 with a customer kept), contacts' and assets'
# from 49300001 (below 50000000).
#
# Where each shape comes from ("found": found with the session's search
# tool; "known": public knowledge, no search):
# - Law firm names (found: ABA Model Rule 7.5 and its comment [1] as the
#   D.C. Bar's former rule 7.5 page gives it - "designated by the names of
#   all or some of its members, by the names of deceased members where
#   there has been a continuing succession", "lawyers sharing office
#   facilities ... may not denominate themselves as ... Smith and Jones";
#   D.C. Bar Ethics Opinion 277 and the ABA Journal's "Naming Rights and
#   Wrongs": a firm may keep a retired or deceased partner's name, not the
#   name of one practising elsewhere; OBLIC's "Hotline Questions - Law
#   Firm Names & Letterhead"; Arizona ethics opinion 91-11 on "A, B & C,
#   Ltd."; the Daily Journal's "The evolution of trade names in the law"):
#   partners' surnames joined by commas and "&", a firm renamed when a
#   partner leaves for another firm (his new firm an impostor), trade
#   names; "Law Offices of", "Attorney at Law", P.C., PLLC, LLP, Ltd.,
#   Chtd. (Illinois), P.S. (Washington), APLC (Louisiana), P.A.
#   (Delaware, South Carolina) (known).
# - CPA firm names (found: Texas Board rule 501.83 on justia.com - a
#   firm name of "full or last initials of one or more current or former
#   CPA owners", "and company", "associates", "group" only with two
#   licensees; Tennessee rule 0020-03-.15 - "& Company", "& Associate(s)",
#   "Group", LLP, "professional corporation"; the AICPA/NASBA "White Paper
#   CPA Firm Names"): "X & Company, CPAs", "X & Associates, CPAs", "X,
#   Y & Z, CPAs", "Certified Public Accountants"; APAC in Louisiana (known).
# - Architects and engineers (found: Louisiana Admin. Code 46 I-1509
#   "Smith and Jones, Architects"; the ABA Forum on Construction Law's
#   "50-state Survey of Firm Licensure Requirements for Architectural and
#   Engineering Firms"; C+S "Licensing your firm" on branch offices): "X
#   and Y, Architects", "X + Y Architects", AIA and P.E. after a name
#   (known).
# - Franchise offices (found: hows.tech "How Do State Farm Agencies
#   Work" - captive agents, each an independent contractor running his own
#   agency under the brand; the Farmers "Agency Acquisition Program" of a
#   district office "Office of Rob Lee"; fa-mag.com and
#   financialadvisortransitions.com on Edward Jones' branch offices of one
#   advisor, about 15,000 of them; discoverhotmail.com's "Each office is
#   independently owned and operated" and Colorado rule E-8 on a brokerage
#   trade name used with the owner's permission): many bodies share one
#   brand, told apart by the agent, advisor or office word; the agents'
#   e-mail addresses at the brand's own domain (known).
# - Keyboard (known, linkgen.US_KEYS): US QWERTY slips.
# - Places (known): each desk's towns, states and three-digit ZIP heads,
#   area codes; towns no customer is in for the other-office and
#   other-town impostors.
# - Names (known): surnames of the Census Bureau's surname list and
#   common given names; the professions' abbreviations (Assoc., Co., Ins.,
#   Agcy, Acctg, Eng., Arch., Mgmt, Svcs, Law Ofc, Rlty, KW, BHHS, EJ,
#   Remax); vendors of practice software (Clio, MyCase, CCH, Drake,
#   UltraTax, Autodesk, Bluebeam, Applied Epic, EZLynx, SkySlope, Redtail
#   ...), courts, bar associations, societies of CPAs, AIA chapters,
#   boards of Realtors.
#
# Real-row kinds (shares in KINDS): exact, caps, lower, typo (QWERTY),
# two typos, truncated, partners (the partners' surnames alone: "Abbott
# Crane", "Abbott & Crane"), acronym (the partners' initials: "ACL",
# "AC&L"), reorder (partner order changed, "Mercer, Dana - Law Offices"),
# legal (dropped, respelt or swapped: LLP / L.L.P., P.C. / PC /
# Professional Corporation, PLLC, Ltd. / Limited, Chtd. / Chartered, P.S.,
# APLC / A Professional Law Corporation ...), designation ("Law Offices
# of" / "The Law Office of" / "Law Office" / "Attorney at Law" / "Esq.";
# CPA / C.P.A. / Certified Public Accountants; AIA / Architect; P.E.),
# franchise (a brand office typed by brand and agent or office word in
# any order, the brand shortened: "EJ - Dana Mercer", "Mercer State Farm",
# "KW Summit", "Remax Summit"), former name (the name before a partner
# left), branch (a suite, a floor, the office's town after the name), and
# ("&" / "and" / "+"), abbrev (the abbreviations above both ways),
# punctuation (O'Connor / OConnor / O Connor, Muñoz / Munoz, DeLuca / De
# Luca, the commas left out, "&" run on, RE/MAX / RE MAX), contact
# (a contact's given name after the name), person (a contact's name
# alone), domain, mixed.
# Impostors (about 37% of rows): same shape (a fresh name of the
# customers' templates, its words from an outside block), other franchise
# office (the customer's brand with another agent, advisor or office
# word), other office (a firm's office in a town where it has no
# customer), former partner (the firm a partner who left set up: "Law
# Office of Ruth Lyons", "Lyons CPA Group"), relative (a named lawyer's,
# CPA's, architect's or agent's surname with another given name), other
# trade (a customer's surname in another trade: "Crane Title Company",
# "Crane Insurance Agency"), other town (a town-named firm in a town no
# customer is in), court or association (the town's bar association,
# court, board of Realtors, AIA chapter, the state's society of CPAs,
# department of insurance ...), person (a client), vendor, prospect,
# personal, own staff.  The share holds at 50,000 customers
# (same_class); there nearly every given name and surname pair is some
# customer's contact, so the person, personal and relative impostors and
# the person rows are few, and the other kinds fill.
#
# Machines (linkgen.machine): a real row on one of its customer's assets
# 72%, another customer's 4%; impostors on unknown machines, a shared role
# name (FRONTDESK, PARALEGAL1, CAD01 ...) 18%, own staff on the bench.
#
# Labels: rows label-audit.py doubts are drawn again, and so are
# impostors that, read through this generator's skeleton (legal forms,
# "Attorneys at Law", CPA, AIA, P.E., Esq., "and", "of", "the" dropped,
# "Certified Public Accountants" read as CPA, the abbreviations read as
# their words), are a customer's name or a form of it (less its legal
# form, its old name), or hold all its words less one, or hold a listed
# person's full name (linkgen.Checks, parts_known and pairs); the other
# trade, other town and court impostors hold no customer's words at all.
# A real row of an office keeps its town, one of a town-named firm its
# town, one of a brand office its agent or office word; a person's name
# is a real row only when that whole name is one customer's contact only.
import os
import re
import sys
from itertools import accumulate

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linkgen as lk  # noqa: E402

# ---------------------------------------------------------------- places
# Each desk: "town/state/ZIP head/weight".
TOWNS = {
	"BOS": """Boston/MA/021/9 Cambridge/MA/021/2 Worcester/MA/016/2
		Framingham/MA/017/1 Quincy/MA/021/1 Lowell/MA/018/1
		Springfield/MA/011/1 Providence/RI/029/2 Warwick/RI/028/1
		Hartford/CT/061/2 New Haven/CT/065/2 Stamford/CT/069/1
		Manchester/NH/031/1 Portsmouth/NH/038/1 Portland/ME/041/1""",
	"PHL": """Philadelphia/PA/191/9 King of Prussia/PA/194/1 Media/PA/190/1
		Doylestown/PA/189/1 West Chester/PA/193/1 Allentown/PA/181/2
		Lancaster/PA/176/2 Harrisburg/PA/171/2 Cherry Hill/NJ/080/2
		Princeton/NJ/085/1 Morristown/NJ/079/1 Wilmington/DE/198/2
		Dover/DE/199/1""",
	"ATL": """Atlanta/GA/303/9 Marietta/GA/300/2 Alpharetta/GA/300/2
		Decatur/GA/300/1 Lawrenceville/GA/300/1 Savannah/GA/314/2
		Macon/GA/312/1 Athens/GA/306/1 Augusta/GA/309/1 Columbia/SC/292/2
		Charleston/SC/294/2 Jacksonville/FL/322/2""",
	"CHI": """Chicago/IL/606/9 Naperville/IL/605/2 Schaumburg/IL/601/1
		Oak Brook/IL/605/1 Evanston/IL/602/1 Joliet/IL/604/1
		Rockford/IL/611/1 Peoria/IL/616/1 Champaign/IL/618/1
		Milwaukee/WI/532/3 Madison/WI/537/2 Green Bay/WI/543/1
		Waukesha/WI/531/1""",
	"DEN": """Denver/CO/802/9 Boulder/CO/803/2 Aurora/CO/800/1
		Lakewood/CO/802/1 Littleton/CO/801/1 Colorado Springs/CO/809/2
		Fort Collins/CO/805/2 Greeley/CO/806/1 Grand Junction/CO/815/1
		Salt Lake City/UT/841/3 Provo/UT/846/1 Ogden/UT/844/1
		Cheyenne/WY/820/1""",
	"HOU": """Houston/TX/770/9 Sugar Land/TX/774/2 Conroe/TX/773/1
		Katy/TX/774/1 Pasadena/TX/775/1 Galveston/TX/775/1
		Beaumont/TX/777/1 Austin/TX/787/3 San Antonio/TX/782/3
		Baton Rouge/LA/708/2 Lafayette/LA/705/1 New Orleans/LA/701/2""",
	"SEA": """Seattle/WA/981/9 Bellevue/WA/980/3 Redmond/WA/980/1
		Tacoma/WA/984/2 Everett/WA/982/1 Olympia/WA/985/1
		Spokane/WA/992/2 Vancouver/WA/986/1 Beaverton/OR/970/2
		Salem/OR/973/1 Eugene/OR/974/1 Boise/ID/837/2"""}


def towns_of(desk):
	"""TOWNS' records of desk: (town, state, ZIP head, weight)."""
	out = []
	for rec in re.findall(r"[A-Z][^/]*/[A-Z]{2}/\d+/\d+", TOWNS[desk]):
		name, st, head, w = rec.strip().split("/")
		out.append((name, st, head, int(w)))
	return out


DESKS = {d: towns_of(d) for d in TOWNS}
DESK_SHARE = [("BOS", 15), ("PHL", 15), ("ATL", 14), ("CHI", 16),
	("DEN", 13), ("HOU", 14), ("SEA", 13)]
TOWN_CUM = {d: list(accumulate(t[3] for t in ts)) for d, ts in DESKS.items()}
# Towns of each desk where no customer is (other-office and other-town
# impostors).
ELSEWHERE = {"BOS": ["Nashua", "Pittsfield", "Newport", "Danbury",
	"Bangor"], "PHL": ["Reading", "Scranton", "Trenton", "Newark", "York"],
	"ATL": ["Valdosta", "Rome", "Greenville", "Albany", "Brunswick"],
	"CHI": ["Elgin", "Bloomington", "Kenosha", "Appleton", "Oshkosh"],
	"DEN": ["Pueblo", "Durango", "Logan", "Loveland", "St. George"],
	"HOU": ["Tyler", "Corpus Christi", "Shreveport", "Lake Charles",
	"Waco"], "SEA": ["Bellingham", "Yakima", "Bend", "Medford",
	"Kennewick"]}
assert not {t for ts in ELSEWHERE.values() for t in ts} & \
	{t[0] for ts in DESKS.values() for t in ts}
STATE = {"MA": "Massachusetts", "RI": "Rhode Island", "CT": "Connecticut",
	"NH": "New Hampshire", "ME": "Maine", "PA": "Pennsylvania", "NJ":
	"New Jersey", "DE": "Delaware", "GA": "Georgia", "SC": "South Carolina",
	"FL": "Florida", "IL": "Illinois", "WI": "Wisconsin", "CO": "Colorado",
	"UT": "Utah", "WY": "Wyoming", "TX": "Texas", "LA": "Louisiana", "WA":
	"Washington", "OR": "Oregon", "ID": "Idaho"}
AREA = {"MA": ["617", "508", "978", "413"], "RI": ["401"], "CT": ["860",
	"203"], "NH": ["603"], "ME": ["207"], "PA": ["215", "267", "610", "484",
	"717"], "NJ": ["856", "609", "973"], "DE": ["302"], "GA": ["404", "770",
	"678", "912", "478", "706"], "SC": ["803", "843"], "FL": ["904"],
	"IL": ["312", "773", "630", "847", "815", "309", "217"], "WI": ["414",
	"608", "920", "262"], "CO": ["303", "720", "719", "970"], "UT": ["801",
	"385"], "WY": ["307"], "TX": ["713", "281", "832", "409", "512", "210"],
	"LA": ["225", "337", "504"], "WA": ["206", "425", "253", "509", "360"],
	"OR": ["503", "971", "541"], "ID": ["208"]}
ROADS = ["Main St", "Market St", "Court St", "Commerce Blvd", "State St",
	"Park Ave", "Broad St", "Corporate Dr", "Executive Pkwy", "Center St",
	"Lincoln Ave", "Oak St", "Franklin St", "Professional Plaza"]

# ---------------------------------------------------------------- people
SURNAMES = """Abbott Acosta Atkins Ayers
	Baldwin Barber Barnett Barton Bauer Beasley Becker Benson Bentley Blackwell
	Blair Bolton Bowers Bradford Brennan Briggs Buchanan
	Burgess Caldwell Calhoun Cannon Carlson Carver Chambers Christensen
	Cobb Coffey Conner Conway Copeland Crane Crosby
	Curtis Davenport Dawson Delgado Donovan Dougherty Doyle Drake Duffy Eaton
	Emerson Erickson Espinoza Farrell Finley Fitzgerald Fleming Flynn
	Frost Gallagher Gentry Gillespie Glover Goodwin
	Graves Hale Hammond Hancock Hardin Harmon Hartman Hatfield Hendricks Hess
	Hinton Hobbs Hodges Hoffman Holloway Hopkins Horton Hubbard
	Huffman Ingram Jacobson Jensen Kane Kemp Kerr Kirby Kline Knox Lambert Lang
	Larsen Livingston Lowe Lucero Lyons Maddox Malone Mann
	Marsh Maxwell McBride McCarthy McGee McKenzie McAllister Mercer
	Merritt Middleton Montoya Mueller Nash Noble
	Norris Novak O'Brien O'Connor Pace Parsons Patton Pearson Pennington Pollard
	Pratt Quinn Ramsey Randall Reese Rhodes Riggs Rollins Rowe
	Salazar Sampson Santiago Saunders Schneider Schultz Sexton Sharp
	Shelton Sheppard Sherman Singleton Sloan
	Stafford Steele Stein Stokes Strickland Sutton Sweeney Tate Terrell Thornton
	Townsend Underwood Valdez Vance Vaughn Villarreal Walsh Walton
	Ware Waters Weiss Whitaker Whitfield Wiley Wilkerson
	Winters Wolfe Woodard Wyatt Yates Zimmerman Nakamura Tanaka Kwon Cho Lin
	Wu Huynh Dang Banerjee Kapoor Malhotra Singh Ochoa Serrano
	Navarro Salinas Cortez Fuentes Escobar Galvan Okafor Adeyemi Goldberg Rosen
	Katz Levine Friedman Kaplan Cohen Schwartz Weinberg
	Horowitz Shapiro DeLuca Russo Romano Esposito Moretti Sokolov Petrov
	Lindgren Olsen Muñoz Peña Ibáñez Núñez""".split()
GIVEN_M = """Adam Aaron Benjamin Brandon Caleb Cameron Charles Christopher
	Colin Daniel David Derek Douglas Eric Ethan Frank Gregory Henry Ian
	Isaac Jacob Jared Jeffrey Jonathan Kenneth Kevin Marcus Matthew
	Michael Nathan Neil Nicholas Noah Oscar Patrick Paul Peter Philip
	Richard Robert Ronald Samuel Sean Stephen Steven Thomas Timothy Todd
	Victor Vincent Walter Alejandro Diego Miguel Hector Rahul Anil Kenji
	Hiroshi Wei Jun Dmitri Tariq Omar""".split()
GIVEN_F = """Abigail Alicia Allison Amy Angela Anna Beth Brenda Caroline
	Cheryl Christine Claire Colleen Courtney Dana Denise Diane Elaine
	Ellen Erin Gloria Hannah Jacqueline Janet Jill Joanne Julia Kara
	Katherine Kristen Laura Leslie Lori Lynn Margaret Megan Meredith
	Molly Natalie Nicole Paula Rachel Renee Robin Ruth Sabrina Shannon
	Sharon Sheila Stacy Tara Teresa Valerie Vanessa Wendy Carmen Lucia
	Elena Sofia Priyanka Sunita Yuki Mei Jia""".split()
# Surnames no customer draws (same-shape and other-franchise impostors).
OUT_SURNAME = """Quackenbush Vanderslice Oduya Przybylski Fontenot Haverkamp
	Ellingsworth Rutledge Tolliver Abernethy Szabo Wojcik""".split()
OUT_BRAND = """Ironbridge Kestrel Bramblewood Northgate Stonecrest Copperleaf
	Tidewater Highpoint""".split()

# ---------------------------------------------------------------- words
BRAND = {"BOS": ["Bay State", "Beacon Hill", "Back Bay", "Minuteman",
	"Narragansett", "Nutmeg"], "PHL": ["Keystone", "Delaware Valley",
	"Brandywine", "Main Line", "Schuylkill", "Penn"], "ATL": ["Peachtree",
	"Piedmont", "Chattahoochee", "Lowcountry", "Magnolia", "Buckhead"],
	"CHI": ["Lakeshore", "Prairie State", "Fox Valley", "Great Lakes",
	"Badger", "North Shore"], "DEN": ["Front Range", "Rocky Mountain",
	"Wasatch", "Mile High", "Aspen", "Flatirons"], "HOU": ["Gulf Coast",
	"Bayou", "Lone Star", "Brazos", "Galleria", "Cypress Creek"], "SEA":
	["Puget Sound", "Cascade", "Olympic", "Rainier", "Salish",
	"Willamette"], "all": ["Summit", "Cornerstone", "Granite", "Meridian",
	"Pinnacle", "Harbor", "Liberty", "Sterling", "Heritage", "Legacy",
	"Compass", "Landmark", "Benchmark", "Alliance", "Premier", "Crossroads",
	"Keystone", "Ridgeline", "Oakmont", "Clearwater", "Lighthouse",
	"Bridgewater", "Trailhead", "Evergreen", "Fidelis", "Integrity",
	"Horizon", "Anchor", "Paramount", "Signature"]}
# Practice areas of "X Family Law" ("{A}").
AREA_LAW = ["Family", "Estate Planning", "Elder", "Immigration",
	"Bankruptcy", "Employment", "Injury", "Criminal Defense", "Tax",
	"Business"]
# Brands many bodies share: (brand, template, its short forms, domain of
# its agents' mail or None).
FRANCHISE = {
	"State Farm": ("{P} - State Farm Insurance Agent", ["State Farm", "SF",
		"State Farm Insurance"], "statefarm.com"),
	"Allstate": ("Allstate Insurance: {P}", ["Allstate",
		"Allstate Insurance"], "allstate.com"),
	"Farmers": ("Farmers Insurance - {P}", ["Farmers", "Farmers Ins.",
		"Farmers Insurance"], "farmersagent.com"),
	"American Family": ("American Family Insurance - {P} Agency",
		["AmFam", "American Family", "AmFam Insurance"], "amfam.com"),
	"Nationwide": ("{P} - Nationwide Insurance", ["Nationwide",
		"Nationwide Ins."], "nationwide.com"),
	"Goosehead": ("Goosehead Insurance - {S} Agency", ["Goosehead"], None),
	"Edward Jones": ("Edward Jones - Financial Advisor: {P}", ["Edward "
		"Jones", "EJ", "Edward Jones Investments"], "edwardjones.com"),
	"Ameriprise": ("{P} - Ameriprise Financial", ["Ameriprise",
		"Ameriprise Financial Services"], "ampf.com"),
	"Raymond James": ("{S} Wealth Management - Raymond James",
		["Raymond James", "RJ"], None),
	"Keller Williams": ("Keller Williams Realty {B}", ["Keller Williams",
		"KW", "KW Realty"], None),
	"RE/MAX": ("RE/MAX {B}", ["Remax", "Re/Max", "REMAX"], None),
	"Coldwell Banker": ("Coldwell Banker {B}", ["Coldwell", "CB",
		"Coldwell Banker Realty"], None),
	"Century 21": ("Century 21 {S} Realty", ["C21", "Century21",
		"Century 21"], None),
	"BHHS": ("Berkshire Hathaway HomeServices {B} Realty", ["BHHS",
		"Berkshire Hathaway"], None),
	"ERA": ("ERA {S} Real Estate", ["ERA"], None)}
FR_OF = {v[0]: k for k, v in FRANCHISE.items()}
# Templates: {S} {S2} {S3} partners' surnames, {P} a person (given name
# and surname), {B} a brand word, {T} the town, {A} a practice area;
# sector: (weight, legal-form share, templates).
SECTORS = {
	"law": (26, .7, ["{S}, {S2} & {S3}", "{S} & {S2}", "{S} & Associates",
		"Law Offices of {P}", "The Law Office of {P}",
		"{P}, Attorney at Law", "{S} Law Group",
		"{S} & {S2}, Attorneys at Law", "{B} Legal Group", "{S} {A} Law",
		"{T} {A} Law"]),
	"cpa": (20, .6, ["{S}, {S2} & {S3}, CPAs", "{S} & {S2}, CPAs",
		"{S} & Company, CPAs", "{S} & Associates, CPAs", "{P}, CPA",
		"{S} {S2} Certified Public Accountants", "{B} Tax & Accounting",
		"{S} Tax & Bookkeeping", "{T} Tax Service", "{B} CPA Group"]),
	"ae": (14, .7, ["{S} {S2} Architects", "{S} + {S2} Architects",
		"{S} Architecture", "{S} & {S2} Engineering",
		"{B} Engineering Group", "{P}, AIA", "{P}, P.E.",
		"{S} Consulting Engineers", "{B} Land Surveying",
		"{S} Structural Engineers", "{T} Design Group"]),
	"insurance": (14, .5, [FRANCHISE[k][0] for k in ("State Farm",
		"Allstate", "Farmers", "American Family", "Nationwide",
		"Goosehead")] + ["{S} Insurance Agency", "{B} Insurance Group",
		"{S} & {S2} Insurance", "{T} Insurance Agency"]),
	"realestate": (12, .5, [FRANCHISE[k][0] for k in ("Keller Williams",
		"RE/MAX", "Coldwell Banker", "Century 21", "BHHS", "ERA")] +
		["{S} Realty", "{B} Realty Group", "{S} Real Estate",
		"{B} Property Management", "{T} Realty"]),
	"financial": (12, .6, [FRANCHISE[k][0] for k in ("Edward Jones",
		"Ameriprise", "Raymond James")] + ["{S} Wealth Management",
		"{B} Financial Advisors", "{S} Financial Group",
		"{B} Capital Advisors", "{S} & {S2} Financial Planning",
		"{B} Wealth Partners"])}
PARTNERED = ("law", "cpa", "ae")	# renamed firms, offices
ROLES = {"law": ["FRONTDESK", "RECEPTION", "PARALEGAL1", "LEGALSEC",
	"DOCS-SRV", "SCAN"], "cpa": ["TAX1", "TAX2", "AUDIT", "SCAN",
	"FILESRV"], "ae": ["CAD01", "CAD02", "PLOTTER", "REVIT", "NAS"],
	"insurance": ["CSR1", "CSR2", "FRONT"], "realestate": ["FRONTDESK",
	"BULLPEN", "PRINT"], "financial": ["ASSISTANT", "ADVISOR", "SCAN"]}
# Legal forms of a professional firm by state, and of the rest.
PRO = {"WA": [("PLLC", 40), ("P.S.", 30), ("LLP", 15), ("Inc., P.S.", 15)],
	"LA": [("APLC", 35), ("LLC", 25), ("L.L.C.", 15), ("LLP", 25)],
	"IL": [("P.C.", 35), ("Ltd.", 30), ("Chtd.", 10), ("LLC", 25)],
	"DE": [("P.A.", 50), ("LLC", 30), ("LLP", 20)],
	"SC": [("P.A.", 40), ("LLC", 30), ("LLP", 30)],
	"TX": [("PLLC", 40), ("P.C.", 40), ("LLP", 20)],
	"UT": [("PLLC", 40), ("P.C.", 30), ("LLC", 30)],
	"other": [("P.C.", 45), ("LLC", 30), ("LLP", 25)]}
BUSINESS = [("LLC", 65), ("Inc.", 35)]
RESPELL = {"P.C.": ["PC", "P.C", "Professional Corporation", "Prof. Corp."],
	"PLLC": ["P.L.L.C.", "Pllc", "PLLC."], "LLP": ["L.L.P.", "Llp",
	"Limited Liability Partnership"], "LLC": ["L.L.C.", "Llc", "LLC."],
	"L.L.C.": ["LLC", "L.L.C"], "P.A.": ["PA", "P.A", "Professional "
	"Association"], "P.S.": ["PS", "P.S", "Inc., P.S."], "Inc., P.S.":
	["Inc. P.S.", "P.S.", "Inc PS"], "APLC": ["A.P.L.C.",
	"A Professional Law Corporation", "APLC."], "APAC": ["A.P.A.C.",
	"A Professional Accounting Corporation"], "Ltd.": ["Ltd", "LTD",
	"Limited"], "Chtd.": ["Chartered", "Chtd", "CHTD"], "Inc.": ["Inc",
	"INC", "Incorporated"]}
# Designations after a name, and what else is typed for them.
DESIG = [(", Attorneys at Law", [" Attorneys", " Attys at Law",
	", Attorneys", " Law Firm"]), (", Attorney at Law", [" Attorney",
	", Esq.", " Esq", " Law Office", " Attorney at Law"]),
	(", CPAs", [" CPA", " CPAs", " C.P.A.s", " Certified Public "
	"Accountants"]), (", CPA", [" CPA", " C.P.A.", " Certified Public "
	"Accountant"]), (" Certified Public Accountants", [", CPAs", " CPAs",
	" CPA"]), (", AIA", [" AIA", " Architect", ", Architect"]),
	(", P.E.", [" PE", ", PE", " P.E."])]
LAW_OFFICE = ["Law Offices of {P}", "Law Office of {P}",
	"The Law Office of {P}", "The Law Offices of {P}", "{P} Law Office",
	"{P} Law Offices", "{P}, Attorney at Law", "{P} Esq.",
	"Atty {P}"]
TECHS = {"BOS": ["Connor Fitzpatrick", "Maeve Doherty"],
	"PHL": ["Gianni Ruggiero", "Tamika Boyd"], "ATL": ["Darnell Whitley",
	"Kelsey Varner"], "CHI": ["Kyle Nowicki", "Brianne Sowa"],
	"DEN": ["Garrett Lusk", "Hailey Brunner"],
	"HOU": ["Javier Treviño", "Brooke Landry"], "SEA": ["Soren Halvorsen",
	"Mika Tanabe"]}
KEPT = ("id", "name", "syncro", "contacts", "assets")
BENCH = ("BENCH-%s-%02d", 4)	# each desk's bench machines
CLOCK = (1848000000, 937, 75)	# numbered()'s start, step and minutes
VENDORS = ["Clio Support", "MyCase", "PracticePanther", "Thomson Reuters",
	"Westlaw", "LexisNexis", "NetDocuments", "iManage", "CCH Axcess",
	"Drake Software", "UltraTax CS", "Intuit ProConnect", "Karbon",
	"CaseWare", "Autodesk Support", "Bluebeam", "Procore", "Applied Epic",
	"EZLynx", "HawkSoft", "Vertafore", "SkySlope", "dotloop", "Redtail CRM",
	"Orion Advisor", "Schwab Advisor Services", "Smokeball", "Canopy Tax",
	"Microsoft 365 Support", "Syncro Support"]
STAFF = ["Bench 3", "BENCH-CHI-2", "Loaner 6", "Loaner laptop 11",
	"Spare PC 2", "Tech laptop 5", "Imaging bench", "Win11 gold image",
	"RMA 418", "Garrett Lusk", "Maeve Doherty", "Depot 4"]
PERSONAL = ["Personal - {G} {S}", "{G}'s laptop", "Home PC - {G}",
	"{G} {S} (personal)", "Kid's Chromebook", "home office {G}",
	"{G} {S} - home", "Wife's laptop"]
# What a contact's given name is typed with.
ROLE_OF = ["", "", "", "(office manager)", "(paralegal)", "(bookkeeper)",
	"(assistant)", "(CSR)"]
CLIENT = ["", "", "", "Client - ", "Walk-in: ", "Client: "]
PROSPECT = ["Quote - ", "Prospect: ", "Proposal - ", "Lead - ",
	"New firm? ", "Onboarding quote "]
SITES = ["Suite %d", "Ste %d", "Ste. %d", "#%d", "Suite #%d"]
FLOORS = ["Main Office", "Downtown Office", "2nd Floor", "3rd Floor",
	"Annex", "Front Office", "Conference Room"]
# Trades of a surname (other-trade impostors), by sector and "other".
TRADE = {"law": ["{S} Law Firm", "{S} Legal Services"], "cpa":
	["{S} Tax Service", "{S} Bookkeeping"], "ae": ["{S} Surveying",
	"{S} Engineering"], "insurance": ["{S} Insurance Agency",
	"{S} Insurance Services"], "realestate": ["{S} Realty", "{S} Homes"],
	"financial": ["{S} Financial Services", "{S} Wealth Advisors"],
	"other": ["{S} Title Company", "{S} Court Reporting",
	"{S} Appraisal Services", "{S} Funeral Home", "{S} Construction",
	"{S} Plumbing", "{S} Auto Repair", "{S} Family Dental"]}
# The bodies around a firm (court-or-association impostors): {T} town,
# {N} its state's name.
BODIES = {"law": ["{T} Bar Association", "State Bar of {N}",
	"{T} Municipal Court", "Clerk of Court - {T}", "{T} Legal Aid Society",
	"US Bankruptcy Court {T}", "{T} Public Defender"], "cpa":
	["{N} Society of CPAs", "IRS Taxpayer Assistance Center {T}",
	"{N} Department of Revenue", "{N} Board of Accountancy"], "ae":
	["AIA {T}", "{T} Building Department", "{T} Planning & Zoning",
	"{N} Board of Architects"], "insurance": ["{N} Department of "
	"Insurance", "{T} Insurance Agents Association"], "realestate":
	["{T} Association of Realtors", "{T} Board of Realtors",
	"{T} Title & Escrow", "{N} Real Estate Commission"], "financial":
	["{T} Chamber of Commerce", "{N} Securities Division",
	"{T} Estate Planning Council"]}
FREE = ("gmail", "yahoo", "aol", "outlook", "comcast", "att", "icloud") + \
	tuple(v[2].split(".")[0] for v in FRANCHISE.values() if v[2])
SUFFIX = {"law": ["law", "legal", "lawfirm", "llp"], "cpa": ["cpa",
	"cpas", "tax"], "ae": ["arch", "eng", "design"], "insurance":
	["insurance", "agency", "ins"], "realestate": ["realty", "homes",
	"re"], "financial": ["wealth", "financial", "fa"]}

_taken = set(SURNAMES) | set(GIVEN_M) | set(GIVEN_F)
assert not _taken & {t[0] for ts in DESKS.values() for t in ts}
assert not _taken & {w for bs in BRAND.values() for b in bs
	for w in b.split()}
assert not _taken & set(OUT_SURNAME + OUT_BRAND)

# ---------------------------------------------------------------- skeleton
LONG = {"assoc": "associates", "assocs": "associates", "co": "company",
	"ins": "insurance", "agcy": "agency", "finl": "financial", "fin":
	"financial", "acctg": "accounting", "acct": "accounting", "eng":
	"engineering", "engr": "engineering", "engrs": "engineering",
	"engineers": "engineering", "engineer": "engineering", "arch":
	"architects", "architecture": "architects", "architect": "architects",
	"mgmt": "management", "grp": "group", "svcs": "services", "svc":
	"services", "ofc": "office", "ofcs": "office", "offices": "office",
	"rlty": "realty", "prop": "property", "struct": "structural", "surv":
	"surveying", "advisers": "advisors", "adviser": "advisors", "advisor":
	"advisors", "bhhs": "berkshire hathaway homeservices", "kw":
	"keller williams", "ej": "edward jones", "sf": "state farm", "amfam":
	"american family", "remax": "re max", "c21": "century 21",
	"century21": "century 21", "rj": "raymond james", "cb":
	"coldwell banker", "bkpg": "bookkeeping", "st": "saint", "ft": "fort",
	"mt": "mount", "cpas": "cpa", "attys": "attorneys", "atty": "attorney"}
DROP = set("pa pc pllc llp llc lp inc incorporated ltd limited chtd "
	"chartered ps aplc apac corp corporation prof professional association "
	"and n of the at s a esq cpa aia pe attorney attorneys".split())
PHRASE = re.compile(r"\b(certified public accountants?|a professional "
	r"(law|accounting) corporation|limited liability (partnership|"
	r"company)|professional (service )?corporation|(attorneys?|attys?) at "
	r"law)\b")


def _words(s):
	s = lk.plain(s).lower().replace("'", "").replace("’", "")
	s = PHRASE.sub(" ", s)
	return lk.dotted_words(s, LONG, DROP)


skel, skel_words, ck = lk.desk_checks(_words)


# ---------------------------------------------------------------- customers
SECTOR_CUM = list(accumulate(v[0] for v in SECTORS.values()))


def person(rng, women=.5):
	"""A (given name, surname), a woman's given name women of the time."""
	given = GIVEN_F if rng.random() < women else GIVEN_M
	return rng.choice(given), rng.choice(SURNAMES)


def values(rng, desk, town, outside):
	"""The words of a template: three partners' surnames, a person, a
	brand word, the town, a practice area; outside: words no customer's
	name is made of."""
	g, s = person(rng, .5)
	ss = rng.sample(SURNAMES, 3)
	ss[0] = s if s not in ss[1:] else ss[0]
	v = {"S": ss[0], "S2": ss[1], "S3": ss[2], "G": g,
		"B": rng.choice(BRAND[desk] if rng.random() < .45 else BRAND["all"]),
		"T": town, "A": rng.choice(AREA_LAW)}
	if outside:
		o = rng.sample(OUT_SURNAME, 3)
		v.update(S=o[0], S2=o[1], S3=o[2], B=rng.choice(OUT_BRAND),
			T=rng.choice(ELSEWHERE[desk]))
	v["P"] = "%s %s" % (v["G"], v["S"])
	return v


def legal_of(rng, c):
	"""A professional form of its state for a law, CPA or A&E firm (a
	person's own practice less often), a business form for the rest; no
	form on a brand office."""
	s, tpl = c["sector"], c["tpl"]
	share = SECTORS[s][1] * (.5 if "{P}" in tpl else 1)
	if tpl in FR_OF or rng.random() >= share:
		return ""
	if s in PARTNERED:
		f = lk.wpick(rng, PRO.get(c["state"], PRO["other"]))
		if c["state"] == "LA" and s == "cpa" and f == "APLC":
			f = "APAC"
		return f
	return lk.wpick(rng, BUSINESS)


def compose(firm, legal, office, sep=", "):
	"""A firm's name: its legal form after it, its office's town last."""
	name = firm + (sep + legal if legal else "")
	return name + (" - " + office if office else "")


def insert_partner(firm, s, s0):
	"""The firm's name with partner s0 after s, as it was before he
	left: "Hale & Novak" was "Hale, Lyons & Novak"."""
	if firm.startswith(s + " + "):
		return "%s + %s%s" % (s, s0, firm[len(s):])
	if firm.startswith(s + " & ") or firm.startswith(s + ", "):
		return "%s, %s%s" % (s, s0, firm[len(s):])
	if firm.startswith(s + " "):
		return "%s %s%s" % (s, s0, firm[len(s):])
	return None


def make_customer(rng, desk=None, outside=False, tpl=None):
	"""A customer record, None when its draw does not fit: name, core
	(less the legal form), its partners, agent, brand office, old name."""
	desk = desk or lk.wpick(rng, DESK_SHARE)
	town = rng.choices(DESKS[desk], cum_weights=TOWN_CUM[desk])[0]
	if tpl:
		sector = next(k for k, v in SECTORS.items() if tpl in v[2])
	else:
		sector = rng.choices(list(SECTORS), cum_weights=SECTOR_CUM)[0]
		tpl = rng.choice(SECTORS[sector][2])
	c = {"desk": desk, "sector": sector, "town": town[0], "state": town[1],
		"zip3": town[2], "tpl": tpl}
	v = values(rng, desk, town[0], outside)
	used = set(re.findall(r"\{(\w+)\}", tpl))
	firm = tpl.format(**v)
	legal = legal_of(rng, c)
	sep = ", " if " " in legal or rng.random() < .75 else " "
	partners = [v[k] for k in ("S", "S2", "S3") if k in used]
	office = old = gone = old_core = None
	if sector in PARTNERED and "S2" in used and not outside:
		if rng.random() < .14:
			office = town[0]
		if rng.random() < .18:
			g0, s0 = person(rng)
			old_firm = insert_partner(firm, v["S"], s0)
			if s0 not in partners and old_firm:
				old, gone = compose(old_firm, legal, office, sep), (g0, s0)
				old_core = compose(old_firm, "", office)
	core = compose(firm, "", office)
	agent = (v["G"], v["S"]) if "P" in used else None
	# the words its machines are named by (linkgen adds the town's)
	words = partners[:2] or [v[k] for k in ("S", "B", "T") if k in used or
		k == "S" and "P" in used][:1]
	c.update(name=compose(firm, legal, office, sep), core=core, firm=firm,
		legal=legal, sep=sep, office=office, old=old, gone=gone,
		old_core=old_core, partners=partners if "S2" in used else [],
		surs=partners + ([gone[1]] if gone else []), agent=agent,
		brand=v["B"] if "B" in used else None, in_town="T" in used,
		fr=FR_OF.get(tpl), v=v, aw=words)
	return c


def named_by(c):
	"""(sector, skeleton word) for each word a customer is named by."""
	ws = [c["brand"]] + c["surs"] + [c["in_town"] and c["town"]]
	ws = [w for w in ws if w] or [c["core"]]
	return [(c["sector"], skel(w)) for w in ws]


def forms(c):
	"""The names a customer goes by: its name, its core, its old name
	and old core."""
	return [f for f in (c["name"], c["core"], c["old"], c["old_core"]) if f]


def contacts(rng, c, ids):
	"""The named lawyer, CPA, architect, agent or adviser first where
	there is one (else a partner half the time), then one to three of
	the staff."""
	ps = [c["agent"]] if c["agent"] else []
	if not ps and c["partners"] and rng.random() < .5:
		ps.append((person(rng)[0], c["partners"][0]))
	for _ in range(rng.randint(1, 3)):
		ps.append(person(rng, .7))
	out = [lk.contact(ids, a, b, c["domain"], lk.latin) for a, b in ps]
	c["syncro"].update({k: out[0][k] for k in ("firstname", "lastname",
		"email")})	# the first contact as the customer's own
	return out


def assets(rng, c, ids, shared):
	words = [w.upper() for w in re.findall(r"[A-Za-z]+",
		lk.latin(" ".join(c["aw"][:2]))) if len(w) > 2]
	town = re.sub("[^A-Z]", "", c["town"].upper())
	return lk.asset_names(rng, ids, words, town, ROLES[c["sector"]],
		shared, lambda r: person(r)[0].upper()[:10])


def address(rng, c):
	"""Syncro's fields of the customer: its first contact's name and
	address (contacts() fills them), the firm's telephone in its state's
	area code, its street address, suite or floor."""
	return {"firstname": None, "lastname": None, "email": None,
		"phone": "(%s) %03d-%04d" % (rng.choice(AREA[c["state"]]),
		rng.randint(200, 989), rng.randint(0, 9999)),
		"address": "%d %s" % (rng.randint(10, 9899), rng.choice(ROADS)),
		"address_2": rng.choice([None, None, "Suite %d" % rng.randint(100,
		2400), "Ste %d" % rng.randint(100, 900), "Floor %d" %
		rng.randint(2, 30)]), "city": c["town"], "state": c["state"],
		"zip": c["zip3"] + "%02d" % rng.randint(1, 99)}


def domain(rng, c, taken):
	"""The firm's own domain (a free mailbox for a few small offices),
	a digit more where taken; a brand office's agent at the brand's."""
	if c["fr"] and FRANCHISE[c["fr"]][2]:
		return FRANCHISE[c["fr"]][2]
	if rng.random() < .1 and not c["partners"]:
		return rng.choice(FREE[:7]) + ".com"
	word = "".join(w[:8] for w in c["partners"][:2]) or \
		(c["agent"] and c["agent"][1]) or c["brand"] or \
		(c["surs"] or [c["town"]])[0]
	d = re.sub("[^a-z0-9]", "", lk.latin(word).lower())[:16]
	d += rng.choice(SUFFIX[c["sector"]])
	return lk.numbered_domain(d, rng.choice([".com", ".com", ".net",
		".law" if c["sector"] == "law" else ".com"]), taken)


def keys(c):
	"""The skeletons of a drawn customer's forms (none drawn: {""})."""
	return {skel(f) for f in forms(c)} if c else {""}


def population(rng, n):
	"""n customers, none going by a form another goes by; each id 1 to 3
	above the last."""
	g, seen, found, doms = lk.G(), set(), set(), set()
	g.custs, cid = [], 49000000
	ids = iter(range(49300001, 50000000))
	while len(g.custs) < n:
		c = lk.draw_unseen(lambda: make_customer(rng), keys, seen, 60)
		if c:
			cid += rng.randint(1, 3)
			c.update(id=cid, domain=domain(rng, c, doms))
			lk.add_customer(rng, g, c, ids, found, address, contacts, assets)
	g.shared = sorted(found)
	return g


def index(g):
	lk.index_named(ck, g, forms, named_by, "offices",
		lambda c: c["office"] and (c["firm"], c["office"]))


# ---------------------------------------------------------------- typing
name_or_core = lk.name_or_core
n_typo = lk.Typo(lk.US_KEYS).n_core_typo
n_typo2 = lk.Typo(lk.US_KEYS).n_core_typo2
n_caps, n_lower = lk.case_rows(r"[.,()'’:]")


def keeps(c, t):
	"""t keeps what tells c from its neighbours: an office's town, a
	town-named firm's town, a brand office's agent or office word."""
	low = t.lower()
	if (c["office"] or c["in_town"]) and c["town"].lower() not in low:
		return False
	if c["fr"]:
		mark = c["agent"][1] if c["agent"] else c["v"]["S"] \
			if "{S}" in c["tpl"] else c["brand"]
		return mark.lower() in low
	return True


def n_truncated(rng, g, c):
	"""linkgen's cut, not off the town, agent or office word, not down
	to a listed person's name."""
	t = lk.n_truncated(rng, g, c)
	if not t or not keeps(c, t) or skel(t) in g.person:
		return None
	return t


def office_tail(rng, c, t):
	"""t with the office's town after it, as an office's rows keep it."""
	if not c["office"]:
		return t
	return rng.choice(["%s - %s", "%s %s", "%s (%s)", "%s, %s"]) % (t,
		c["office"])


def n_partners(rng, g, c):
	"""The partners' surnames alone: "Abbott Crane", "Abbott & Crane",
	"Abbott, Crane & Lyons" less its form."""
	ps = c["partners"]
	if len(ps) < 2:
		return None
	r = rng.random()
	if r < .4:
		t = "%s %s" % (ps[0], ps[1])
	elif r < .7:
		t = "%s %s %s" % (ps[0], rng.choice(["&", "and", "+"]), ps[1])
	else:
		t = " ".join(ps)
	if rng.random() < .25:
		t += " " + rng.choice({"law": ["Law", "law firm", "LLP"], "cpa":
			["CPA", "CPAs", "accounting"], "ae": ["Architects",
			"Engineering", "arch"]}.get(c["sector"], [""]))
	return office_tail(rng, c, t.strip())


def n_acronym(rng, g, c):
	"""The partners' initials ("ACL", "AC&L", "A&C"), else the brand
	office's or a long name's initials."""
	ps = c["partners"]
	if len(ps) >= 2:
		ini = [p[0].upper() for p in ps]
		r = rng.random()
		if r < .5:
			t = "".join(ini)
		elif r < .8:
			t = "".join(ini[:-1]) + "&" + ini[-1]
		else:
			t = ".".join(ini) + "."
		if rng.random() < .3:
			t += " " + {"law": "Law", "cpa": "CPAs", "ae": "Architects"}.get(
				c["sector"], "")
		return office_tail(rng, c, t.strip())
	if c["fr"] or c["agent"] or c["in_town"]:
		return None
	ws = [w for w in re.split(r"[\s&,/+-]+", c["core"]) if w and
		w[0].isalpha() and w.lower() not in ("and", "of", "the")]
	return lk.initials(rng, ws) if len(ws) >= 3 else None


def n_reorder(rng, g, c):
	"""The partners in another order ("Crane, Abbott & Lyons"), a named
	person's name turned round ("Mercer, Dana - Law Offices")."""
	ps = c["partners"]
	if len(ps) >= 2 and c["firm"].startswith(ps[0]):
		rest = c["firm"][len(ps[0]):]
		k = rest.find(ps[1])
		if k < 0:
			return None
		firm = ps[1] + rest[:k] + ps[0] + rest[k + len(ps[1]):]
		return compose(firm, c["legal"] if rng.random() < .5 else "",
			c["office"], c["sep"])
	a = c["agent"]
	if a and not c["fr"]:
		rest = c["firm"].replace("%s %s" % a, "").strip(" ,")
		rest = re.sub(r"^The | of$", "", rest)
		return "%s, %s - %s" % (a[1], a[0], rest) if rest else None
	return None


def legal_other(rng, c, r):
	f = rng.choice(RESPELL.get(c["legal"], [c["legal"]]))
	sep = ", " if r < .75 else " "
	return compose(c["firm"], f, c["office"], sep)


n_legal = lk.legal_row(legal_other)


def n_designation(rng, g, c):
	"""Law Offices of / The Law Office of / Attorney at Law / Esq.;
	CPAs / C.P.A. / Certified Public Accountants; AIA; P.E. typed
	another way."""
	s = name_or_core(rng, c, .6)
	if c["agent"] and c["sector"] == "law" and not c["fr"]:
		t = rng.choice(LAW_OFFICE).format(P="%s %s" % c["agent"])
		return t if t.lower() != c["core"].lower() else None
	for d, others in DESIG:
		if d in s:
			return s.replace(d, rng.choice(others), 1)
	return None


def n_franchise(rng, g, c):
	"""A brand office typed by its brand (shortened) and its agent or
	office word in either order: "EJ - Dana Mercer", "Mercer State Farm",
	"KW Summit", "Summit Remax"."""
	if not c["fr"]:
		return None
	short = rng.choice(FRANCHISE[c["fr"]][1])
	a = c["agent"]
	if a:
		who = rng.choice(["%s %s" % a, "%s %s" % a, a[1]])
	elif "{S}" in c["tpl"]:
		m = re.search(r"\{S\}((?: Real)? [A-Z]\w+)", c["tpl"])
		who = c["v"]["S"] + rng.choice(["", m.group(1)])
	else:
		who = c["brand"]
	return rng.choice(["%s %s", "%s - %s", "%s (%s)"]) % ((short, who) if
		rng.random() < .55 else (who, short))


def n_former(rng, g, c):
	"""The name the firm had before a partner left."""
	if not c["old"]:
		return None
	return c["old"] if rng.random() < .5 else c["old_core"]


def n_branch(rng, g, c):
	"""A suite (its own where its address has one), a floor or office,
	or its town after the name."""
	m = re.match(r"(Suite|Ste) (\d+)", c["syncro"].get("address_2") or "")
	sites = [rng.choice(FLOORS)]
	if m:
		sites += [rng.choice(SITES) % int(m.group(2))] * 2
	if not (c["office"] or c["in_town"]):
		sites.append(c["town"] + rng.choice(["", " office", " location"]))
	joint = rng.choice([" - ", " (", " / ", ", "])
	t = name_or_core(rng, c, .6) + joint + rng.choice(sites)
	return t + ")" if joint == " (" else t


def n_and(rng, g, c):
	"""& typed and, and typed &, + typed & or and."""
	s = name_or_core(rng, c, .6)
	for a, bs in ((" & ", [" and ", "&", " n "]), (" and ", [" & "]),
			(" + ", [" & ", " and ", "+"])):
		if a in s:
			return s.replace(a, rng.choice(bs), 1)
	return None


# Words and their abbreviations ("long=short|..."), read both ways.
SHORT = [tuple(p.strip().split("=")) for p in """Associates=Assoc.|
	Associates=Assocs|Company=Co.|Insurance=Ins.|Agency=Agcy|Financial=Finl|
	Accounting=Acctg|Engineering=Eng.|Engineers=Engrs|Architects=Arch.|
	Architecture=Arch|Management=Mgmt|Group=Grp|Services=Svcs|
	Law Offices=Law Ofcs|Law Office=Law Ofc|Realty=Rlty|Property=Prop.|
	Structural=Struct.|Surveying=Surv.|Advisors=Advisers|Bookkeeping=Bkpg|
	Attorneys at Law=Attys at Law|Certified Public Accountants=CPAs|
	Keller Williams Realty=KW|Berkshire Hathaway HomeServices=BHHS|
	Century 21=C21|RE/MAX=Remax|Saint=St.|Fort=Ft.|Mount=Mt.""".split("|")]


def short_for(t, long, short):
	m = re.search(r"(?<![\w.-])%s(?![\w])" % re.escape(long), t)
	return t[:m.start()] + short + t[m.end():] if m else t


n_abbrev = lk.abbrev_row(SHORT, short_for)
n_domain = lk.domain_row(FREE)
n_person = ck.person_row(lambda rng, c: rng.random() < .15)
n_contact = lk.contact_row(lambda rng, c, p: rng.choice(ROLE_OF))


def n_punct(rng, g, c):
	"""Punctuation and accents typed otherwise: O'Connor as OConnor or O
	Connor, Muñoz as Munoz, DeLuca as De Luca, McAllister as Mc Allister,
	the commas left out, "&" run on, RE/MAX as RE MAX."""
	s = name_or_core(rng, c, .6)
	turns = []
	if "'" in s:
		turns.append(lambda t: t.replace("'", rng.choice(["", " ", "’"])))
	if lk.plain(s) != s:
		turns.append(lk.plain)
	if re.search(r"\b(De|Mc)[A-Z]", s):
		turns.append(lambda t: re.sub(r"\b(De|Mc)([A-Z])", r"\1 \2", t))
	if ", " in s:
		turns.append(lambda t: t.replace(",", ""))
	if " & " in s:
		turns.append(lambda t: t.replace(" & ", "&"))
	if "RE/MAX" in s:
		turns.append(lambda t: t.replace("RE/MAX", rng.choice(["RE MAX",
			"RE-MAX"])))
	return rng.choice(turns)(s) if turns else None


def n_mixed(rng, g, c):
	first = rng.choice([n_legal, n_abbrev, n_designation, n_and, n_branch,
		n_partners])(rng, g, c)
	turn = rng.choice([n_typo, n_caps, n_lower, n_truncated])
	return first and turn(rng, g, dict(c, name=first, core=first))


def kept(f):
	"""Row kind f, its rows keeping what tells the customer apart."""
	def n(rng, g, c):
		t = f(rng, g, c)
		return t if t and keeps(c, t) else None
	return n


KINDS = [("exact", lk.n_exact, 11), ("caps", n_caps, 3),
	("lower", n_lower, 4), ("typo", n_typo, 9), ("two typos", n_typo2, 3),
	("truncated", n_truncated, 4), ("partners", kept(n_partners), 7),
	("acronym", kept(n_acronym), 3), ("reorder", kept(n_reorder), 3),
	("legal", n_legal, 8), ("designation", kept(n_designation), 5),
	("franchise", kept(n_franchise), 5), ("former name", n_former, 4),
	("branch", kept(n_branch), 4), ("and", n_and, 3),
	("abbrev", kept(n_abbrev), 5), ("punctuation", kept(n_punct), 3),
	("contact", n_contact, 3),
	("person", n_person, 2), ("domain", n_domain, 2),
	("mixed", kept(n_mixed), 4)]


# ---------------------------------------------------------------- impostors
i_fresh, i_prospect = lk.fresh_rows(lambda rng, desk:
	make_customer(rng, desk, outside=True), named_by, PROSPECT)


def no_holder(g, t):
	"""t when no customer's words hold all of its words."""
	return t if t and not lk.held_by_all(g, set(skel_words(t))) else None


def i_franchise(rng, g, c):
	"""Another office of the customer's brand: another agent, adviser or
	office word."""
	if not c["fr"]:
		return None
	d = make_customer(rng, c["desk"], outside=True, tpl=c["tpl"])
	if rng.random() < .3:
		return n_franchise(rng, g, d)
	return d["name"]


def i_office(rng, g, c):
	"""The firm's office in a town where it has no customer."""
	if not c["office"]:
		return None
	other = rng.choice(ELSEWHERE[c["desk"]])
	if (c["firm"], other) in g.offices:
		return None
	t = compose(c["firm"], c["legal"] if rng.random() < .4 else "", other,
		c["sep"])
	return t if rng.random() < .6 else "%s (%s office)" % (c["firm"], other)


FORMER = {"law": ["Law Office of {P}", "{S} Law, PLLC", "{S} Law Group",
	"{S} Legal, P.C.", "{P}, Attorney at Law"], "cpa": ["{P}, CPA",
	"{S} CPA Group", "{S} Tax & Advisory", "{S} & Co., CPAs"], "ae":
	["{S} Architects", "{S} Engineering, LLC", "{P}, AIA", "{S} Design"]}


def i_former(rng, g, c):
	"""The firm a partner who left set up: "Law Office of Ruth Lyons"."""
	if not c["gone"]:
		return None
	g0, s0 = c["gone"]
	return rng.choice(FORMER[c["sector"]]).format(P="%s %s" % (g0, s0),
		S=s0)


def i_relative(rng, g, c):
	"""A named lawyer's, CPA's, architect's or agent's surname with
	another given name: another of the family, another agent."""
	if not c["agent"]:
		return None
	other = rng.choice(GIVEN_M + GIVEN_F)
	if other == c["agent"][0]:
		return None
	v = dict(c["v"], G=other, P="%s %s" % (other, c["agent"][1]))
	return c["tpl"].format(**v)


def i_trade(rng, g, c):
	"""A customer's surname in another trade: "Crane Title Company"."""
	if not c["surs"]:
		return None
	s = rng.choice(c["surs"])
	sec = rng.choice([k for k in TRADE if k != c["sector"]])
	return no_holder(g, rng.choice(TRADE[sec]).format(S=s))


def i_town(rng, g, c):
	"""A town-named firm in a town no customer is in."""
	if not c["in_town"]:
		return None
	return no_holder(g, c["firm"].replace(c["town"],
		rng.choice(ELSEWHERE[c["desk"]])))


def i_body(rng, g, c):
	"""A court, bar association, board of Realtors, society of CPAs ...
	of the customer's town or state."""
	t = rng.choice(BODIES[c["sector"]]).format(T=c["town"],
		N=STATE[c["state"]])
	return no_holder(g, t)


i_person, i_personal = lk.person_impostors(ck,
	lambda rng, c: person(rng), CLIENT, PERSONAL)
IMPOSTORS = lk.impostor_kinds((("same shape", i_fresh, 12),
	("other franchise office", i_franchise, 10), ("other office",
	i_office, 7), ("former partner", i_former, 8), ("relative", i_relative,
	6), ("other trade", i_trade, 8), ("other town", i_town, 5),
	("court or association", i_body, 6), ("person", i_person, 7),
	("vendor", lk.one_of(VENDORS), 8), ("prospect", i_prospect, 4),
	("personal", i_personal, 4), ("own staff", lk.one_of(STAFF), 4)))


if __name__ == "__main__":
	lk.desk_main("blind49", ck, population, index, KINDS, IMPOSTORS, KEPT,
		BENCH, TECHS, CLOCK)
