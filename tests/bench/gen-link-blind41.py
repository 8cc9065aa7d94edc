#!/usr/bin/env python3
# gen-link-blind41.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 25: the lead runs it once).  A US Great Lakes,
# Ohio Valley and Appalachia MSP: one Syncro account, one ScreenConnect,
# desks in Pittsburgh (PIT), Cleveland (CLE), Columbus (CMH), Detroit
# (DTW), Grand Rapids (GRR), Indianapolis (IND), Cincinnati (CVG: the Ohio
# and northern Kentucky side), Louisville (SDF: Kentucky and southern
# Indiana), Charleston WV (CRW) and Buffalo (BUF: western New York and
# Erie PA).  Customers: machine shops, tool & die, fabrication and
# welding, plastics molders and auto suppliers ("X Tool & Die Inc.", "X
# Precision Machining"), union locals ("UAW Local 1112", "IBEW Local 5",
# "Teamsters Local 407"), volunteer fire companies and departments ("X
# Volunteer Fire Company No. 2", "X VFD", "X Hose Company No. 1"), VFW and
# American Legion posts, townships and boroughs ("X Township", "Borough of
# X", "X Twp."), Catholic, Byzantine and Orthodox parishes ("St. X
# Parish", "Sts. Peter & Paul"), Amish and Mennonite businesses, coal and
# gas field services, funeral homes ("X-Y Funeral Home"), diners, bars
# and pizzerias, insurance agencies (State Farm agents), credit unions,
# hospitals, clinics and trades.  Writes OUTDIR/customers.json (as
# Syncro's GET /customers returns them: id, business_name, firstname,
# lastname, email, phone, address, address_2, city, state, zip, contacts,
# assets), names.tsv (typed TAB true id or "" TAB kind TAB machine),
# sessions.jsonl and sessions-machine.jsonl through linkgen.desk_main.
# Python stdlib only, deterministic for a seed.  Customer ids from
# 41000000 (below 41200000 at 50,000 customers: the id grows only with a
# customer kept), contacts' and assets' from 41300001 (below 42000000).
#
# Where each shape comes from ("found": found with the session's search
# tool; "known": public knowledge, no search):
# - Union locals (found: the UAW's "UAW Basics" booklet on docslib.org,
#   "There are over 600 UAW local unions", locals numbered, "UAW Local
#   2488" on doczz.net, uawlocal3303.org; IBEW Local 1 of St. Louis,
#   "881 Local Union offices", on starterstory.com): a local is the
#   union's acronym, "Local" and its number, numbered once for the whole
#   union, so "UAW Local 1112" and "UAW Local 1714" are two locals and
#   "Teamsters Local 1112" a third.  USW, UFCW, IUOE, UMWA, AFSCME, the
#   Laborers (LIUNA), the Plumbers & Pipefitters (UA), "Local #", "L.U.",
#   "Loc." and the spelt-out names: known.
# - Veterans' posts (found: legion.org "Out of the 55 American Legion
#   departments, how many have a Post 1? 54 ... The departments are
#   responsible for ... assigning numbers to posts", Post 198 Speedway
#   IN renumbered 500; leaderpub.com "Edwardsburg American Legion Post
#   365"): a Legion post number is its state's, so "Post 57" stands in
#   many states and a post goes by its town too; a VFW post's number is
#   national ("VFW Post 1234", "V.F.W.", "Veterans of Foreign Wars"),
#   AMVETS posts: known.
# - Fire companies (found: firerescue1.com on Chambersburg PA, "Junior
#   Hose and Truck Company No. 2", "Franklin Fire Company No. 4",
#   "Cumberland Valley Hose Company No. 5", "five borough fire
#   companies"; citizens-hose.com "Citizens Volunteer Hose Company No. 1
#   of Birdville" (Station 2 of Harrison Township); cherrycityvfc.org
#   "Undercliff VFC", Shaler Township): numbered companies of a borough,
#   "VFC", "VFD", "Vol. Fire Co.", "Hose Co."; Ohio's and West Virginia's
#   "X Volunteer Fire Department": known.
# - Townships and boroughs (known): Pennsylvania's boroughs ("Borough of
#   X" and "X Borough") and townships (first and second class), Ohio's
#   and Michigan's townships ("X Township", "X Twp.", "Charter Township
#   of X"), township names repeated in many counties (Washington,
#   Jackson, Union, Franklin, Springfield ...).
# - Parishes (known): the Polish, Slovak, Hungarian and Italian national
#   parishes of Pittsburgh, Cleveland, Detroit and Buffalo (St.
#   Stanislaus Kostka, St. Hedwig, St. Casimir, St. Adalbert, St.
#   Ladislaus, St. Elizabeth of Hungary, Sts. Cyril & Methodius, St.
#   Josaphat, St. Rocco, Our Lady of Czestochowa), Byzantine Catholic and
#   Orthodox churches (Greek, Carpatho-Russian, Antiochian: St. Nicholas,
#   Holy Trinity, St. George); "St." / "Saint" / "St" and "Sts." /
#   "Saints" / "Ss.".
# - Amish and Mennonite businesses (known): the surnames of the Holmes
#   County OH, LaGrange/Elkhart IN and Lancaster PA settlements (Yoder,
#   Miller, Stoltzfus, Hershberger, Troyer, Schlabach, Beiler, Zook, Lapp,
#   Hochstetler, Mast, Raber, Bontrager, Mullet ...), given names (Eli,
#   Amos, Levi, Menno, Atlee, Mattie, Fannie ...), their trades
#   (furniture, harness, sawmill, bulk foods, builders, metal roofing) and
#   the possessive "Yoder's".
# - Surnames (known): the 2010 Census's commonest and the Appalachian ones
#   (Hatfield, Blankenship, Caudill, Adkins, Sizemore ...), Mc/Mac names;
#   Polish, Slovak, Hungarian, Italian, Greek, Lebanese and German
#   surnames of the region's immigrant neighbourhoods (Kowalski, Novak,
#   Horvath, DeLuca, Papadopoulos, Haddad, Schneider ...).
# - Legal forms (known): Inc., LLC, Co., Corp., "Company", "& Sons",
#   "Bros.", "& Co."; State Farm agents' offices ("X Y - State Farm
#   Insurance Agent"), Nationwide and Erie Insurance agencies.
# - Keyboard: US QWERTY (known), linkgen.Typo's slips; Hungarian and
#   Polish accents are not kept by US records (none written).
# - Places (known): towns and counties of each desk, USPS state codes
#   (PA, OH, MI, IN, KY, WV, NY), area codes and ZIP heads; towns of one
#   name in two states (Columbus OH and IN, Warren OH and MI, Batavia OH
#   and NY, Madison WV, Washington PA, Marion OH and IN).
# - Words (known): each desk's nicknames and landmarks (Three Rivers,
#   Allegheny, Monongahela, Cuyahoga, Buckeye, Motor City, Grand River,
#   Hoosier, Queen City, Bluegrass, Kanawha, Mountaineer, Niagara ...);
#   the Appalachian woods' plants and birds for a rare block (Pawpaw,
#   Rhododendron, Sassafras, Hellbender, Ramp Hollow ...).
#
# Real-row kinds (shares in KINDS): exact, caps, lower, typo, two typos,
# truncated, reorder, abbrev (Mfg., Mach., Prec., Fab., Eng., Bros., Twp.,
# Vol., Dept., Co., Assn., Ins., Ctr., Med., Hosp., Mt., Svcs., Auth.,
# Comm., PT, FCU), acronym, legal (dropped, respelt, another form), and
# (& / and / n / +), branch (Plant 2, Shop, Main Office, Social Hall,
# Rectory, a town), state (", PA", " (OH)", " - Butler PA", the state's name),
# contact, person, domain, mixed; and this region's own: number (No. 2 /
# #2 / No 2 / 2 / Two, "Local #1112", "Loc. 1112", "L.U. 1112", "Post
# #57"), union (the acronym spelt out or dotted: "United Auto Workers
# Local 1112", "I.B.E.W."), fire (Volunteer Fire Company as VFC / Vol.
# Fire Co. / Fire Co., Volunteer Fire Department as VFD / Vol. Fire
# Dept.), post (VFW as V.F.W. / Veterans of Foreign Wars, "Post 57
# American Legion", "Legion Post 57"), township (Township as Twp / Twp. /
# Twsp, "Borough of X" as "X Borough" and back), saint (St. / Saint / St,
# Sts. / Saints / Ss.), mc (Mc Kee / McKEE / MCKEE, a space after Mc or
# Mac), possessive (Tony's as Tonys or Tony, Yoder's as Yoders), funeral
# (the partners' "-" as "&", " and ", " - " or a space, "Funeral Home" as
# "FH", "Funeral Home Inc", "Funeral Homes" or "Funeral Chapel"), agent (a
# State Farm agent's office as "State Farm - X Y", "X Y State Farm", "X Y
# Agency").
# Impostors (about 37% of rows): same shape (a fresh name of the
# customers' templates, its words from an outside block), other town (a
# customer's fire company, borough, city, parish, credit union or hospital
# name in a town no customer is in), other local (the same union with
# another number), other union (the same number of another union or
# veterans' body: "Teamsters Local 1112" for "UAW Local 1112", "AMVETS
# Post 57"), other post (an American Legion post of the same number in
# another state: the departments number their own), other partner (a
# funeral home's first partner with another: "Kowalski-Novak Funeral Home"
# for "Kowalski-Horvath Funeral Home"), other trade (a customer's surname
# in a trade no customer has: "Yoder Taxidermy" beside "Yoder Furniture"),
# common surname, rare word, agent (a State Farm agent no customer is),
# person (no contact), vendor (utilities, CAM and dealer software, state
# agencies), prospect, personal, own staff.  The share of impostors holds
# at 50,000 customers (same_class), but there the unions' and posts'
# numbers are dense: nearly every number near a customer's is another
# customer's or one edit from one (label-audit.py reads such a row as that
# customer's, mistyped), so other-local, other-post and other-town rows
# are few (0, 4 and 6 of 2,000 at seed 1) and the other kinds fill.
#
# Machines (linkgen.machine): a real row on one of its customer's assets
# 72%, another customer's 4%; impostors on unknown machines, a shared role
# name (CNC-PROG, CANTEEN, STATION1 ...) 18%, own staff on the bench.
#
# Labels: rows label-audit.py doubts are drawn again, and so are
# impostors that, read through this generator's skeleton (accents and
# apostrophes folded, legal forms, "Co." / "Company" / "County", "the",
# "of", "and", "No." and "#" dropped, number words as digits, VFD / VFC
# / VFW / UAW / IBEW ... and the abbreviations expanded, letters and
# digits split, doubled letters single), are a customer's name, or a form
# of it (less its legal form, less its town), or hold all its words less
# one, or hold a listed person's full name (linkgen.Checks, parts_known
# and pairs).  A person's name is a real row only when that whole name
# is one customer's contact only.
import bisect
import os
import re
import sys
from itertools import accumulate

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linkgen as lk  # noqa: E402

# ---------------------------------------------------------------- places
# Each desk: its state, then "town/county/area code/ZIP head/weight"
# (another state where the town is in one: "KY:Covington/..."); the first
# town is the desk's city.
TOWNS = {
	"PIT": ("PA", """Pittsburgh/Allegheny/412/152/8
		McKeesport/Allegheny/412/151/2 Monroeville/Allegheny/412/151/1
		Bethel Park/Allegheny/412/151/1 Greensburg/Westmoreland/724/156/2
		Latrobe/Westmoreland/724/156/1 Washington/Washington/724/153/2
		Canonsburg/Washington/724/153/1 Butler/Butler/724/160/2
		Beaver/Beaver/724/150/1 Aliquippa/Beaver/724/150/1
		Ambridge/Beaver/724/150/1 New Kensington/Westmoreland/724/150/1
		Johnstown/Cambria/814/159/2 Altoona/Blair/814/166/1
		Indiana/Indiana/724/157/1 Uniontown/Fayette/724/154/1
		Kittanning/Armstrong/724/162/1 Monessen/Westmoreland/724/150/1
		Charleroi/Washington/724/150/1 Irwin/Westmoreland/724/156/1
		Jeannette/Westmoreland/724/156/1 Tarentum/Allegheny/724/150/1"""),
	"CLE": ("OH", """Cleveland/Cuyahoga/216/441/8 Parma/Cuyahoga/440/441/2
		Lakewood/Cuyahoga/216/441/1 Euclid/Cuyahoga/216/441/1
		Akron/Summit/330/443/4 Canton/Stark/330/447/3
		Youngstown/Mahoning/330/445/3 Warren/Trumbull/330/444/2
		Lorain/Lorain/440/440/1 Elyria/Lorain/440/440/1 Mentor/Lake/440/440/1
		Painesville/Lake/440/440/1 Ashtabula/Ashtabula/440/440/1
		Medina/Medina/330/442/1 Wooster/Wayne/330/446/1
		Millersburg/Holmes/330/446/2 Berlin/Holmes/330/446/1
		Middlefield/Geauga/440/440/1 Sugarcreek/Tuscarawas/330/446/1
		New Philadelphia/Tuscarawas/330/446/1 Niles/Trumbull/330/444/1
		Struthers/Mahoning/330/444/1"""),
	"CMH": ("OH", """Columbus/Franklin/614/432/8
		Westerville/Franklin/614/430/1 Grove City/Franklin/614/431/1
		Delaware/Delaware/740/430/1 Newark/Licking/740/430/2
		Lancaster/Fairfield/740/431/1 Marion/Marion/740/433/1
		Zanesville/Muskingum/740/437/1 Mansfield/Richland/419/449/2
		Chillicothe/Ross/740/456/1 Athens/Athens/740/457/1
		Marietta/Washington/740/457/1 Mount Vernon/Knox/740/430/1
		Plain City/Madison/614/430/1 Nelsonville/Athens/740/457/1
		Bellville/Richland/419/448/1 Gallipolis/Gallia/740/456/1"""),
	"DTW": ("MI", """Detroit/Wayne/313/482/8 Dearborn/Wayne/313/481/2
		Hamtramck/Wayne/313/482/1 Warren/Macomb/586/480/2
		Sterling Heights/Macomb/586/483/1 Troy/Oakland/248/480/1
		Pontiac/Oakland/248/483/1 Flint/Genesee/810/485/2
		Monroe/Monroe/734/481/1 Ann Arbor/Washtenaw/734/481/1
		Wyandotte/Wayne/734/481/1 Port Huron/St. Clair/810/480/1
		Lansing/Ingham/517/489/2 Saginaw/Saginaw/989/486/1
		Bay City/Bay/989/487/1 Hazel Park/Oakland/248/480/1
		Roseville/Macomb/586/480/1 Lincoln Park/Wayne/313/481/1"""),
	"GRR": ("MI", """Grand Rapids/Kent/616/495/8 Wyoming/Kent/616/495/1
		Holland/Ottawa/616/494/2 Zeeland/Ottawa/616/494/1
		Muskegon/Muskegon/231/494/2 Kalamazoo/Kalamazoo/269/490/2
		Battle Creek/Calhoun/269/490/1 Grand Haven/Ottawa/616/494/1
		Greenville/Montcalm/616/488/1 Ionia/Ionia/616/488/1
		Big Rapids/Mecosta/231/493/1 Cadillac/Wexford/231/496/1
		Traverse City/Grand Traverse/231/496/1
		Centreville/St. Joseph/269/490/1 Sturgis/St. Joseph/269/490/1
		Hudsonville/Ottawa/616/494/1"""),
	"IND": ("IN", """Indianapolis/Marion/317/462/8 Carmel/Hamilton/317/460/1
		Anderson/Madison/765/460/1 Muncie/Delaware/765/473/1
		Kokomo/Howard/765/469/2 Lafayette/Tippecanoe/765/479/1
		Elkhart/Elkhart/574/465/2 Goshen/Elkhart/574/465/1
		Nappanee/Elkhart/574/465/1 Shipshewana/LaGrange/260/465/1
		Fort Wayne/Allen/260/468/3 South Bend/St. Joseph/574/466/2
		Terre Haute/Vigo/812/478/1 Columbus/Bartholomew/812/472/1
		Berne/Adams/260/467/1 Marion/Grant/765/469/1
		Mishawaka/St. Joseph/574/465/1"""),
	"CVG": ("OH", """Cincinnati/Hamilton/513/452/8 Norwood/Hamilton/513/452/1
		Hamilton/Butler/513/450/2 Middletown/Butler/513/450/1
		Dayton/Montgomery/937/454/4 Springfield/Clark/937/455/1
		Lebanon/Warren/513/450/1 KY:Covington/Kenton/859/410/2
		KY:Newport/Campbell/859/410/1 KY:Florence/Boone/859/410/1
		Batavia/Clermont/513/451/1 Sidney/Shelby/937/453/1
		Piqua/Miami/937/453/1 Portsmouth/Scioto/740/456/1
		KY:Maysville/Mason/606/410/1 Troy/Miami/937/453/1"""),
	"SDF": ("KY", """Louisville/Jefferson/502/402/8
		Shively/Jefferson/502/402/1 Jeffersontown/Jefferson/502/402/1
		Frankfort/Franklin/502/406/1 Lexington/Fayette/859/405/3
		Bowling Green/Warren/270/421/1 Elizabethtown/Hardin/270/427/1
		Owensboro/Daviess/270/423/1 Paducah/McCracken/270/420/1
		IN:New Albany/Floyd/812/471/1 IN:Jeffersonville/Clark/812/471/1
		Bardstown/Nelson/502/400/1 Shelbyville/Shelby/502/400/1
		Hazard/Perry/606/417/1 Pikeville/Pike/606/415/1
		Harlan/Harlan/606/408/1 Prestonsburg/Floyd/606/416/1
		Whitesburg/Letcher/606/418/1"""),
	"CRW": ("WV", """Charleston/Kanawha/304/253/8
		South Charleston/Kanawha/304/253/1 St. Albans/Kanawha/304/251/1
		Huntington/Cabell/304/257/3 Beckley/Raleigh/304/258/2
		Logan/Logan/304/256/1 Williamson/Mingo/304/256/1
		Welch/McDowell/304/248/1 Bluefield/Mercer/304/247/1
		Morgantown/Monongalia/304/265/2 Fairmont/Marion/304/265/1
		Clarksburg/Harrison/304/263/1 Parkersburg/Wood/304/261/1
		Wheeling/Ohio/304/260/2 Weirton/Hancock/304/260/1
		Elkins/Randolph/304/262/1 Summersville/Nicholas/304/266/1
		Madison/Boone/304/251/1"""),
	"BUF": ("NY", """Buffalo/Erie/716/142/8 Cheektowaga/Erie/716/142/2
		Lackawanna/Erie/716/142/1 Tonawanda/Erie/716/141/1
		Lockport/Niagara/716/140/1 Niagara Falls/Niagara/716/143/2
		Jamestown/Chautauqua/716/147/1 Dunkirk/Chautauqua/716/140/1
		Olean/Cattaraugus/716/147/1 Batavia/Genesee/585/140/1
		Rochester/Monroe/585/146/3 PA:Erie/Erie/814/165/2
		Hamburg/Erie/716/140/1 Orchard Park/Erie/716/141/1
		Depew/Erie/716/140/1 PA:Meadville/Crawford/814/163/1""")}


def towns_of(desk):
	"""TOWNS' records of desk: (town, state, county, area, ZIP head,
	weight)."""
	state, text = TOWNS[desk]
	out = []
	for rec in re.findall(r"(?:[A-Z]{2}:)?[A-Za-z. ']+/[A-Za-z. ']+"
			r"/\d{3}/\d{3}/\d+", text):
		rec, st = rec.strip(), state
		if rec[2] == ":":
			st, rec = rec[:2], rec[3:]
		name, county, area, head, w = rec.split("/")
		out.append((name, st, county, area, head, int(w)))
	return out


DESKS = {d: towns_of(d) for d in TOWNS}
DESK_SHARE = [("PIT", 14), ("CLE", 13), ("CMH", 9), ("DTW", 13), ("GRR", 8),
	("IND", 10), ("CVG", 10), ("SDF", 8), ("CRW", 8), ("BUF", 7)]
# Towns of each desk where no customer is (other-town impostors).
ELSEWHERE = {"PIT": ["Ford City", "Vandergrift", "Connellsville",
	"Waynesburg", "Ligonier", "Homestead"], "CLE": ["Conneaut", "Orrville",
	"Massillon", "Alliance", "Kent"], "CMH": ["Circleville", "Urbana",
	"Cambridge", "Coshocton", "Pomeroy"], "DTW": ["Ypsilanti", "Romulus",
	"Ecorse", "Howell", "Mount Clemens"], "GRR": ["Hastings", "Allegan",
	"Lowell", "Rockford", "Ludington"], "IND": ["Noblesville",
	"Greenfield", "Martinsville", "Peru", "Wabash"], "CVG": ["Xenia",
	"Wilmington", "Eaton", "Oxford", "Georgetown"], "SDF": ["Corbin",
	"Somerset", "Danville", "Glasgow", "Hopkinsville"], "CRW": ["Princeton",
	"Oak Hill", "Point Pleasant", "Buckhannon", "Ripley"], "BUF":
	["Salamanca", "Albion", "Wellsville", "Fredonia", "Gowanda"]}
assert not {t for ts in ELSEWHERE.values() for t in ts} & \
	{t[0] for ts in DESKS.values() for t in ts}
STATE_NAME = {"PA": "Pennsylvania", "OH": "Ohio", "MI": "Michigan",
	"IN": "Indiana", "KY": "Kentucky", "WV": "West Virginia",
	"NY": "New York", "IL": "Illinois", "MD": "Maryland", "VA": "Virginia",
	"TN": "Tennessee", "WI": "Wisconsin"}
# Surname groups and each desk's mix: census/Appalachian, Polish, Slovak,
# Hungarian, Italian, Greek, Lebanese, German.
GROUPS = ("us", "pol", "slo", "hun", "ita", "gre", "leb", "ger")
MIX = {"PIT": (34, 16, 14, 6, 14, 4, 3, 9), "CLE": (32, 14, 12, 12, 12, 5,
	4, 9), "CMH": (56, 5, 3, 3, 10, 4, 4, 15), "DTW": (40, 22, 3, 5, 10, 6,
	9, 5), "GRR": (50, 10, 2, 2, 5, 3, 3, 25), "IND": (60, 5, 2, 3, 6, 4,
	4, 16), "CVG": (52, 4, 2, 3, 10, 6, 4, 19), "SDF": (72, 2, 1, 1, 6,
	3, 5, 10), "CRW": (74, 3, 3, 3, 10, 2, 4, 1), "BUF": (36, 26, 4, 3,
	18, 4, 4, 5)}
ROADS = ["Main St", "Liberty Ave", "Butler St", "Penn Ave", "Euclid Ave",
	"Lorain Ave", "High St", "Broad St", "Woodward Ave", "Michigan Ave",
	"Gratiot Ave", "Division Ave", "Washington St", "Meridian St",
	"Vine St", "Bardstown Rd", "Kanawha Blvd", "MacCorkle Ave",
	"Niagara Falls Blvd", "Industrial Pkwy", "Mill Rd", "Route 30",
	"State Route 39", "Creek Rd", "Hollow Rd"]

# ---------------------------------------------------------------- people
SURNAMES = {
	"us": """Smith Johnson Williams Brown Jones Miller Davis Wilson
		Taylor Thomas Moore Martin Jackson Thompson White Harris Clark
		Lewis Walker Hall Young King Wright Hill Scott Adams Baker
		Campbell Evans Turner Collins Stewart Morris Cook Bell Cooper
		Howard Gray Hughes Price Ross Foster Bryant Hayes Graham Wallace
		Cole Reynolds Ellis Marshall Burns Hunt Crawford Boyd Mason
		Hatfield McCoy Blankenship Caudill Combs Mullins Stanley Adkins
		Justice Sizemore Ratliff Workman Hensley McGraw McKee McDonald
		McCormick MacKenzie MacDonald McIntyre McClain McBride McMillen
		McCullough MacLeod Stump Shumate Pauley""",
	"pol": """Kowalski Nowak Wisniewski Wojcik Kaminski Lewandowski
		Zielinski Szymanski Wozniak Dabrowski Kozlowski Jankowski Mazur
		Kwiatkowski Krawczyk Piotrowski Grabowski Pawlowski Michalski
		Zajac Wroblewski Jablonski Majewski Olszewski Stepien Malinowski
		Sobczak Czarnecki Dudek Kaczmarek Gorski Rutkowski Sikora Baran
		Pietrzak Wilk Kowalczyk Przybylski""",
	"slo": """Novak Kovac Hudak Kollar Sabol Lukac Ondrejka Hrabovsky
		Petrik Kasper Dzurko Soltis Zidek Popovich Danko Marcinko Kocis
		Vargo Dudas Sedlak Tomko Macko Bodnar Kuzma Hornak Mihalik""",
	"hun": """Horvath Nagy Kovacs Toth Szabo Kiss Molnar Nemeth Farkas
		Balogh Papp Takacs Juhasz Meszaros Racz Fekete Szalai Torok Fodor
		Lakatos Varga Bartha""",
	"ita": """DeLuca Russo Esposito Romano Colombo Ricci Marino Greco
		Bruno Gallo Conti DeMarco Mancini Costa Giordano Rizzo Lombardi
		Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara
		Martini Leone Longo Gentile DiNardo Iannotti Pastore Ciccone
		Lucarelli DiPietro Scarpino""",
	"gre": """Papadopoulos Pappas Georgiou Nikolaidis Karras Andreou
		Kostas Demos Stavros Christakis Kouris Vlahos Manos Lekas
		Galanis Mavros Zervos Spanos Kallas Panagiotou""",
	"leb": """Haddad Khoury Saad Nassar Hanna Mansour Daher Aoun Karam
		Saleh Azar Bitar Maalouf Shaheen Fakhoury Nader Abboud Yazbek
		Sleiman Jabbour""",
	"ger": """Schmidt Schneider Meyer Mueller Wagner Becker Schultz
		Hoffman Koch Richter Klein Wolf Schroeder Neumann Braun Zimmerman
		Kruger Hartman Lange Werner Krause Kaiser Fuchs Vogel Keller Hahn
		Schumacher Vogt Sauer Pfeiffer Kuhn Brandt Roth Weber Baumann
		Kramer Dietrich Engel Haas Gerber Eberhardt Reinhardt Kessler"""}
SURNAMES = {k: v.split() for k, v in SURNAMES.items()}
AMISH = """Yoder Miller Stoltzfus Hershberger Troyer Schlabach Beiler Zook
	Lapp Esh Hochstetler Mast Weaver Kauffman Swarey Raber Bontrager Graber
	Wengerd Keim Mullet Gingerich Byler Hostetler Kurtz Detweiler Schrock
	Lehman Beachy Stutzman""".split()
GIVEN = {"m": """James John Robert Michael William David Richard Joseph
		Thomas Charles Daniel Mark Paul Steven Gary Kenneth Ronald Donald
		Frank Ray Larry Jerry Dennis Walter Stanley Edward Chester Ted
		Vince Tony Nick George Pete Rick Jim Bill Dave Greg""".split(),
	"f": """Mary Patricia Linda Barbara Susan Karen Donna Carol Sandra
		Sharon Deborah Kathy Janet Diane Cindy Lisa Michelle Amy Angela
		Dawn Tina Rose Helen Dorothy Theresa Marie Joanne Denise
		Christine Stacy""".split(),
	"am": "Eli Amos Levi Jonas Mose Abe Emanuel Menno Reuben Atlee Mahlon "
		"Henry Ervin Marvin".split(),
	"af": "Katie Mattie Esther Lizzie Fannie Barbara Ada Edna Ruth Naomi "
		"Miriam".split()}
# The commonest of the region (common-surname impostors).
COMMON = ["Smith", "Miller", "Johnson", "Kowalski", "Nowak", "Horvath",
	"Yoder", "Russo", "Schmidt", "Adkins", "Jones", "Brown"]
# Surnames and brands no customer draws (same-shape impostors): New
# England's and the Carolinas'.
OUT_SURNAME = ["Thibodeau", "Ouellette", "Pelletier", "Tillotson",
	"Pendergrast", "Whitlock", "Honeycutt", "Cagle", "Lindqvist",
	"Vasquez-Ortiz", "Okonkwo", "Blodgett"]
OUT_BRAND = ["Green Mountain", "Cape Fear", "Outer Banks", "Piedmont",
	"Casco Bay", "Berkshire", "Pee Dee", "Merrimack"]

# ---------------------------------------------------------------- words
BRAND = {"PIT": ["Three Rivers", "Allegheny", "Monongahela", "Steel City",
	"Golden Triangle", "Ohio Valley", "Laurel Highlands"],
	"CLE": ["Cuyahoga", "Western Reserve", "Lake Erie", "Forest City",
	"Mahoning Valley", "Tri-County"], "CMH": ["Buckeye", "Scioto",
	"Capital City", "Olentangy", "Hocking Valley", "Mid-Ohio"],
	"DTW": ["Motor City", "Great Lakes", "Renaissance", "Huron Valley",
	"Rouge River", "Saginaw Valley"], "GRR": ["Grand River",
	"West Michigan", "Lakeshore", "Thornapple", "Furniture City"],
	"IND": ["Hoosier", "Crossroads", "Circle City", "Wabash Valley",
	"White River", "Michiana"], "CVG": ["Queen City", "Miami Valley",
	"Tri-State", "Little Miami", "Gem City"], "SDF": ["Bluegrass",
	"Derby City", "Kentuckiana", "Cumberland", "Big Sandy", "Green River"],
	"CRW": ["Kanawha", "Mountaineer", "New River", "Greenbrier",
	"Mountain State", "Coal River", "Elk River"], "BUF": ["Niagara",
	"Queen City", "Southtowns", "Chautauqua", "Erie Canal", "Frontier"],
	"all": ["Keystone", "Liberty", "Heritage", "Precision", "Quality",
	"Superior", "Allied", "Advanced", "American", "Midwest", "Great Lakes",
	"Pioneer", "Summit", "Valley", "Diamond", "Eagle", "Patriot",
	"Freedom", "Legacy", "Integrity"]}
RARE = ["Pawpaw", "Sassafras", "Hellbender", "Rhododendron", "Whippoorwill",
	"Ramp Hollow", "Sycamore Run", "Tulip Poplar", "Mayapple", "Spicebush",
	"Trillium", "Hemlock Knob", "Bloodroot", "Catawba", "Redbud",
	"Walleye Bay"]
SAINTS = ["Stanislaus", "Hedwig", "Casimir", "Adalbert", "Ladislaus",
	"Stephen", "Elizabeth of Hungary", "Anthony", "Rocco", "Joseph",
	"Mary", "Josaphat", "John Cantius", "Florian", "Hyacinth", "Patrick",
	"Michael", "Barbara", "Andrew", "Therese", "Wendelin", "Boniface",
	"Emeric", "Malachi", "Colman", "Lucy"]
# The saints and feasts the Byzantine and Orthodox churches are named for.
EASTERN = ["Nicholas", "George", "Demetrios", "Basil", "John Chrysostom",
	"Mary", "Michael", "Elias", "Spyridon", "Sophia"]
EASTERN_FEAST = ["Holy Trinity", "Annunciation", "Transfiguration",
	"Resurrection", "Holy Cross", "Assumption", "Nativity",
	"Holy Ghost"]
DEDICATION = ["Sts. Peter & Paul", "Sts. Cyril & Methodius", "Holy Trinity",
	"Holy Family", "Our Lady of Czestochowa", "Our Lady of Mount Carmel",
	"Sacred Heart", "Immaculate Conception", "Holy Ghost",
	"Holy Rosary", "Assumption", "Annunciation", "Transfiguration",
	"Nativity", "Holy Cross", "Resurrection"]
RITE = ["Catholic Church", "Parish", "Byzantine Catholic Church",
	"Greek Orthodox Church", "Orthodox Church", "Church"]
TOWNSHIP = ["Washington", "Jackson", "Union", "Franklin", "Springfield",
	"Hanover", "Penn", "Lincoln", "Harrison", "Center", "Liberty",
	"Plum", "Shaler", "Ross", "Hampton", "Elk Creek", "Sugar Creek",
	"Walnut Creek", "Paint", "Salt Lick", "Bear Creek", "Oil Creek",
	"Cherry Valley", "Deer Park", "Pine", "Hickory", "Clinton",
	"Mill Creek", "Fox", "Laurel"]
UNIONS = {"UAW": ("United Auto Workers", 2500), "IBEW": ("International "
	"Brotherhood of Electrical Workers", 2300), "Teamsters": ("Teamsters",
	1000), "USW": ("United Steelworkers", 15000), "UFCW": ("United Food "
	"and Commercial Workers", 2000), "IUOE": ("Operating Engineers",
	1000), "UMWA": ("United Mine Workers", 9999), "AFSCME": ("AFSCME",
	4000), "UA": ("Plumbers & Pipefitters", 800), "LIUNA": ("Laborers",
	1500)}
# Unions of the Teamsters and the Laborers have no acronym a member types.
UNION_WORD = {"Teamsters": "Teamsters", "LIUNA": "Laborers",
	"UA": "Plumbers & Pipefitters"}
LEGAL = [("Inc.", 40), ("LLC", 35), ("Co.", 9), ("Corp.", 8),
	("Company", 4), ("Incorporated", 2)]
RESPELL = {"Inc.": ["Inc", "INC", "Incorporated", "LLC", "Inc.,"],
	"LLC": ["L.L.C.", "llc", "LLC.", "Inc."], "Co.": ["Co", "Company",
	"CO."], "Corp.": ["Corp", "Corporation", "Inc."], "Company": ["Co.",
	"Co", "Inc."], "Incorporated": ["Inc.", "Inc"]}
CARRIES = {"machine": .85, "amish": .3, "energy": .8, "funeral": .4,
	"food": .45, "insurance": .4, "health": .3, "trades": .75}

# Templates: {B} brand, {S} {S2} surnames, {P} the owner, {G} a given
# name, {I} an Italian surname, {E} a Greek one, {T} the town, {K} the
# county, {W} a township, {A} a saint, {D} a dedication, {R} a rite, {N}
# a number, {U} a union.  sector: (weight, templates).
SECTORS = {
	"machine": (13, ["{S} Tool & Die", "{S} Precision Machining",
		"{B} Machine Works", "{S} Fabrication & Welding", "{B} Plastics",
		"{S} Mold & Engineering", "{B} Stamping", "{T} Screw Products",
		"{S} Manufacturing", "{B} Tool & Die", "{S} Machine & Tool",
		"{S} Bros. Machine", "{B} Precision Grinding", "{S} & Sons Welding",
		"{B} Heat Treating", "{S} Gear & Machine", "{B} Powder Coating"]),
	"union": (6, ["{U} Local {N}"]),
	"fire": (6, ["{T} Volunteer Fire Company No. {N}",
		"{T} Volunteer Fire Department", "{T} VFD", "{W} Township "
		"Volunteer Fire Department", "{T} Hose Company No. {N}",
		"{W} Township Volunteer Fire Company", "{T} Fire Company No. {N}"]),
	"veterans": (6, ["VFW Post {N}", "{P} VFW Post {N}",
		"American Legion Post {N} - {T}", "{T} American Legion Post {N}",
		"American Legion {P} Post {N}", "AMVETS Post {N}"]),
	"gov": (6, ["{W} Township", "Borough of {T}", "{T} Borough",
		"City of {T}", "{K} County Commissioners", "{W} Township "
		"Supervisors", "{T} Municipal Authority", "{T} Water Authority",
		"Charter Township of {W}", "{K} County Clerk"]),
	"church": (6, ["St. {A} {R}", "{D} {R}", "St. {A} {R} - {T}",
		"{D} {R} - {T}", "St. {A} Parish, {T}"]),
	"amish": (5, ["{S} Furniture", "{S}'s Harness Shop", "{S} Sawmill",
		"{S}'s Bulk Foods", "{S} Builders", "{S} Country Store",
		"{S} Metal Roofing", "{S} Woodworking", "{S}'s Greenhouse",
		"{G} {S} Sawmill", "{S} Bros. Builders", "{S} & Sons Lumber",
		"{B} Woodworking", "{G} {S} Pallets", "{S} Buggy Shop"]),
	"energy": (5, ["{S} Well Service", "{B} Energy Services",
		"{S} Oilfield Services", "{B} Gas Field Services",
		"{S} Coal Company", "{B} Mining", "{S} Drilling", "{B} Pipeline",
		"{S} Hauling & Excavating", "{B} Compression", "{S} Roustabout"]),
	"funeral": (5, ["{S}-{S2} Funeral Home", "{S} & {S2} Funeral Home",
		"{S} Funeral Home", "{S}-{S2} Funeral Home & Cremation Services",
		"{S} Funeral Home & Crematory"]),
	"food": (8, ["{S}'s Diner", "{B} Diner", "{I}'s Pizzeria",
		"{G}'s Pizza", "{S}'s Tavern", "{B} Tap Room", "{S}'s Bar & Grill",
		"{B} Coney Island", "{B} Chili", "{E} Family Restaurant",
		"{E}'s Coney Island", "{I} Bakery", "{S}'s Pierogies",
		"{B} Pub"]),
	"insurance": (5, ["{S} Insurance Agency", "{P} - State Farm Insurance",
		"{S} Agency", "{P} State Farm Agent", "{S} Insurance Group",
		"{S} Agency - Erie Insurance", "Nationwide - {S} Agency"]),
	"cu": (4, ["{B} Federal Credit Union", "{K} County Federal Credit Union",
		"{T} Community Credit Union", "{B} Credit Union",
		"{T} Teachers Federal Credit Union"]),
	"health": (6, ["{T} Medical Center", "{B} Family Practice",
		"{S} Family Medicine", "{B} Health Clinic", "{T} Hospital",
		"{S} Dental", "{T} Regional Hospital", "{B} Physical Therapy",
		"{S} Chiropractic"]),
	"trades": (7, ["{S} Electric", "{S} & Sons Excavating",
		"{S} Bros. Heating & Cooling", "{S} Plumbing", "{B} Roofing",
		"{S} Paving", "{B} Mechanical", "{S} Construction",
		"{S} Masonry", "{B} Overhead Door"])}
ROLES = {"machine": ["CNC-PROG", "QC-LAB", "SHIPPING", "CAD1",
	"ESTIMATING"], "union": ["HALL-OFFICE", "DUES", "PRESIDENT"],
	"fire": ["STATION1", "CHIEF", "TRAINING"], "veterans": ["CANTEEN",
	"QUARTERMASTER", "BAR-POS"], "gov": ["SECRETARY", "ZONING",
	"TAX-COLLECTOR", "ROAD-DEPT"], "church": ["RECTORY", "PARISH-OFFICE",
	"BINGO"], "amish": ["OFFICE", "SHOP"], "energy": ["DISPATCH",
	"FIELD-OFFICE", "SAFETY"], "funeral": ["ARRANGEMENT", "OFFICE",
	"CHAPEL"], "food": ["POS1", "POS2", "OFFICE", "KITCHEN"],
	"insurance": ["AGENT1", "CSR1", "CSR2"], "cu": ["TELLER1", "TELLER2",
	"LOANS"], "health": ["FRONTDESK", "NURSE-STN", "BILLING"],
	"trades": ["OFFICE", "ESTIMATOR", "DISPATCH"]}
# Trades no customer has (other-trade and common-surname impostors).
ELSE_TRADE = ["Taxidermy", "Bait & Tackle", "Meat Processing",
	"Hair Salon", "Pawn Shop", "Bowling Lanes", "Carpet Cleaning",
	"Tattoo Studio", "Car Wash", "Sign Shop", "Upholstery", "Locksmith",
	"Dance Studio", "Piano Tuning", "Septic Service", "Dog Grooming"]
TECHS = {"PIT": ["Dan Kowalczyk", "Erin Lucarelli"], "CLE": ["Mike "
	"Horvath", "Jen Sabol"], "CMH": ["Tyler Workman", "Kayla Schultz"],
	"DTW": ["Andre Haddad", "Nicole Nowak"], "GRR": ["Josh VanderMeer",
	"Amanda Brink"], "IND": ["Kyle Hostetler", "Brooke Adams"],
	"CVG": ["Zach Meyer", "Megan Ruehl"], "SDF": ["Cody Caudill",
	"Ashley Nassar"], "CRW": ["Travis Adkins", "Brittany McGraw"],
	"BUF": ["Matt Szymanski", "Lauren DiPietro"]}
VENDORS = ["Duquesne Light", "FirstEnergy", "AEP Ohio", "DTE Energy",
	"Consumers Energy", "Duke Energy", "LG&E KU", "Appalachian Power",
	"National Grid", "Columbia Gas", "Comcast Business", "Frontier "
	"Communications", "Mastercam Support", "Haas Service", "CDK Global",
	"Plex Systems", "JobBOSS Support", "PA Department of Revenue",
	"Ohio BWC", "Michigan Treasury", "WV State Tax Department",
	"QuickBooks Support", "Microsoft 365 Support", "Syncro Support",
	"State Farm Agency Tech"]
STAFF = ["Bench 3", "BENCH-PIT-2", "Loaner 11", "Loaner laptop 4",
	"Shop bench - Cleveland", "W11 image build", "Test VM 7",
	"Demo laptop 2", "Spare desktop 5", "Dan Kowalczyk",
	"Travis Adkins", "RMA return 22"]
PERSONAL = ["{G}'s laptop", "{G} {S} home", "Home computer", "Mom's PC",
	"Kids laptop", "Personal - {G} {S}", "{G}'s MacBook",
	"{G} {S} - home office"]
PROSPECT = ["Quote - ", "Quote for ", "Proposal - ", "Prospect: ",
	"Walkthrough - "]
SITES = ["Plant 2", "Shop", "Main Office", "Warehouse", "Annex",
	"Yard", "2nd Location"]
OFFICES = ["Main Office", "Front Office", "Back Office", "2nd Location",
	"Downtown Office", "Billing"]
HALL_SITES = {"fire": ["Station 2", "Social Hall", "Fire Hall",
	"Banquet Hall"], "veterans": ["Canteen", "Post Home", "Social Hall",
	"Bar"], "church": ["Rectory", "Parish Office", "School",
	"Parish Hall"], "union": ["Union Hall", "Training Center",
	"Hall"], "gov": ["Municipal Building", "Road Department",
	"Township Building"]}

# ---------------------------------------------------------------- skeleton
# Abbreviations read as their words; legal forms, "Co." / "Company" /
# "County" (the one word typed for the other), "No." and the like dropped.
LONG = {"twp": "township", "twsp": "township", "st": "saint",
	"sts": "saints", "ss": "saints", "mt": "mount", "vfd": "volunteer fire "
	"department", "vfc": "volunteer fire", "vol": "volunteer", "dept":
	"department", "fd": "fire department", "vfw": "veterans foreign wars",
	"amvets": "american veterans", "bros": "brothers", "mfg":
	"manufacturing", "mach": "machining", "prec": "precision", "fab":
	"fabrication", "eng": "engineering", "engr": "engineering", "intl":
	"international", "assn": "association", "fcu": "federal credit union",
	"cu": "credit union", "ins": "insurance", "agcy": "agency", "ctr":
	"center", "med": "medical", "hosp": "hospital", "svc": "service",
	"svcs": "services", "amer": "american", "loc": "local", "lu":
	"local", "uaw": "united auto workers", "ibew": "international "
	"brotherhood electrical workers", "usw": "united steelworkers",
	"ufcw": "united food commercial workers", "iuoe": "operating "
	"engineers", "umwa": "united mine workers", "liuna": "laborers",
	"ua": "plumbers pipefitters", "fh": "funeral home", "pt": "physical "
	"therapy", "tdi": "tool die", "auth": "authority", "comm":
	"commissioners", "sf": "state farm", "hts": "heights"}
NUMBER_WORDS = dict(zip("one two three four five six seven eight nine ten"
	.split(), [str(n) for n in range(1, 11)]))
LONG.update(NUMBER_WORDS)
DROP = set("inc llc corp corporation incorporated co company county cnty "
	"ltd the of and a an no nr number n".split())
# (pattern, to, a mark without which it cannot match)
FOLDS = [(re.compile(r"\b[a-z](\.[a-z])+\.?"), lambda m: m.group(0)
	.replace(".", "") + " ", "."), (re.compile(r"#\s*"), " ", "#"),
	(re.compile(r"\bl\.?\s?u\.?\s(?=\d)"), " local ", "u"),
	(re.compile(r"\btool\s*(&|and|n)\s*die\b"), " tool die ", "die")]


def fold(s):
	"""s with FOLDS' patterns read."""
	for rx, to, mark in FOLDS:
		s = rx.sub(to, s) if mark in s else s
	return s


def single(w):
	"""w with its doubled letters single."""
	return re.sub(r"(.)\1+", r"\1", w)


def plural(x):
	"""Yoder's, Yoders, Yoder: one word; Sons and Son too."""
	return x[:-1] if len(x) > 3 and x[-1] == "s" and x[-2] != "s" else x


def _words(s):
	s = (lk.plain(s) if not s.isascii() else s).lower()
	s = re.sub(r"['’`]", "", fold(s))
	# Letters and digits are words apart ("No.2", "L1112").
	words = []
	for w in re.findall("[a-z]+|[0-9]+", s):
		words += [x for x in LONG.get(w, w).split() if x not in DROP]
	return [single(plural(x)) for x in words]


skel, skel_words, ck = lk.desk_checks(_words)


# ---------------------------------------------------------------- customers
DESK_CUM = (list(DESKS), [0])
TOWN_CUM = {d: list(accumulate(t[-1] for t in ts))
	for d, ts in DESKS.items()}
MIX_CUM = {d: list(accumulate(m)) for d, m in MIX.items()}
SECTOR_CUM = (list(SECTORS), list(accumulate(v[0] for v in
	SECTORS.values())))


def person(rng, group, women=.45):
	"""(given name, surname) of group ("amish" too), a woman's women of
	the time."""
	woman = rng.random() < women
	if group == "amish":
		return rng.choice(GIVEN["af" if woman else "am"]), rng.choice(AMISH)
	return rng.choice(GIVEN["f" if woman else "m"]), \
		rng.choice(SURNAMES[group])


def group_at(rng, desk):
	return rng.choices(GROUPS, cum_weights=MIX_CUM[desk])[0]


def brand_of(rng, desk):
	"""A rare word 18% of the time, else the desk's own words or the
	region's."""
	r = rng.random()
	return rng.choice(RARE if r < .18 else BRAND[desk] if r < .6 else
		BRAND["all"])


def post_space(tpl, state):
	"""Where a number names one body: a union's locals and VFW and
	AMVETS posts nationwide, a Legion post in its state's department, a
	fire company in its town."""
	if "{U}" in tpl:
		return None	# the union's own: filled in by values()
	if "Legion" in tpl:
		return "legion " + state
	if "VFW" in tpl:
		return "vfw"
	if "AMVETS" in tpl:
		return "amvets"
	return "fire"


def number_in(rng, space, top, taken):
	"""A number of space up to top not yet some customer's; None when
	30 draws found none."""
	for _ in range(30):
		n = str(rng.randint(1, top))
		if (space, n) not in taken:
			taken.add((space, n))
			return n
	return None


def values(rng, c, tpl, taken, outside):
	"""The template's fields for customer c (town, desk, group filled);
	None when a number or a name is spent."""
	desk = c["desk"]
	g = "amish" if c["sector"] == "amish" else c["group"]
	owner = person(rng, g, .1 if g == "amish" else .3)
	v = {"B": brand_of(rng, desk), "S": owner[1], "G": owner[0],
		"P": "%s %s" % owner, "S2": person(rng, group_at(rng, desk))[1],
		"I": rng.choice(SURNAMES["ita"]), "E": rng.choice(SURNAMES["gre"]),
		"T": c["town"], "K": c["county"], "W": rng.choice(TOWNSHIP),
		"A": rng.choice(SAINTS), "D": rng.choice(DEDICATION),
		"R": rng.choice(RITE), "U": rng.choice(sorted(UNIONS)), "N": ""}
	if "Orthodox" in v["R"] or "Byzantine" in v["R"]:
		v.update(A=rng.choice(EASTERN), D=rng.choice(EASTERN_FEAST))
	if outside:	# words no customer's name is made of
		o = rng.sample(OUT_SURNAME, 4)
		v.update(S=o[0], S2=o[1], I=o[2], E=o[3], B=rng.choice(OUT_BRAND),
			P="%s %s" % (owner[0], o[0]), T=rng.choice(ELSEWHERE[desk]))
	if v["S"] == v["S2"]:
		return None
	if "{N}" in tpl:
		if "{U}" in tpl:
			space, top = v["U"], UNIONS[v["U"]][1]
		else:
			space = post_space(tpl, c["state"])
			top = {"fire": 9, "vfw": 12000, "amvets": 300}.get(space, 900)
			if space == "fire":
				space = "fire %s %s" % (v["T"], c["state"])
		v["N"] = number_in(rng, space, top, taken)
		if v["N"] is None:
			return None
		c["space"] = space
	c["owner"] = owner
	return v


def fill(tpl, v):
	"""tpl with v's fields; "Pappas's" as "Pappas'"."""
	t = re.sub(r"\{(\w+)\}", lambda m: v[m.group(1)], tpl)
	return re.sub(r"(?<=s)'s\b", "'", t)


def fits(tpl, state):
	"""Kentucky and West Virginia have no townships; only Pennsylvania
	boroughs and only Michigan charter townships."""
	if "Township" in tpl and state in ("KY", "WV"):
		return False
	if "Borough" in tpl and state != "PA":
		return False
	return "Charter" not in tpl or state == "MI"


def make_customer(rng, cid, taken, desk=None, outside=False):
	"""A customer record, None when its draw does not fit: name, core
	(less the legal form), the words it is named by."""
	desk = desk or lk.wpick(rng, DESK_SHARE)
	town = rng.choices(DESKS[desk], cum_weights=TOWN_CUM[desk])[0]
	sector = rng.choices(SECTOR_CUM[0], cum_weights=SECTOR_CUM[1])[0]
	if sector == "fire" and town[-1] > 2:	# the cities pay theirs
		town = rng.choice([t for t in DESKS[desk] if t[-1] < 3])
	tpl = rng.choice(SECTORS[sector][1])
	if not fits(tpl, town[1]):
		return None
	c = {"id": cid, "desk": desk, "sector": sector, "town": town[0],
		"state": town[1], "county": town[2], "area": town[3],
		"zip": town[4], "group": group_at(rng, desk), "tpl": tpl,
		"space": None}
	v = values(rng, c, tpl, taken, outside)
	if v is None:
		return None
	used = set(re.findall(r"\{(\w+)\}", tpl))
	core = fill(tpl, v)
	legal = ""
	# No form after an agent's own name nor after "Company".
	if rng.random() < CARRIES.get(sector, 0) and "P" not in used and \
			not core.endswith("Company"):
		legal = lk.wpick(rng, LEGAL)
	name = core + rng.choice([" ", ", "]) + legal if legal else core
	surs = [v[k] for k in ("S", "S2", "I", "E") if k in used]
	if "P" in used:
		surs.append(c["owner"][1])
	c.update(name=name, core=core, legal=legal, num=v["N"] or None,
		union=v["U"] if "U" in used else None,
		brand=v["B"] if "B" in used else None, surs=surs,
		owner=c["owner"] if used & {"S", "P"} else None,
		pname=v["P"] if "P" in used else None,
		saint=v["A"] if "A" in used else v["D"] if "D" in used else None,
		township=v["W"] if "W" in used else None,
		in_town="T" in used, in_county="K" in used)
	return c


def named_by(c):
	"""(sector, skeleton word) for each word a customer is named by."""
	ws = [c["brand"], c["saint"], c["township"], c["union"]] + c["surs"] + \
		[c["in_town"] and c["town"], c["in_county"] and c["county"]]
	ws = [w for w in ws if w] or [c["core"]]
	return [(c["sector"], skel(w)) for w in ws]


def forms(c):
	"""The names a customer goes by: its name, its core, the core less
	its town, the name less the owner's given name."""
	less_town = c["in_town"] and c["core"].replace(c["town"], "")
	surname = c["pname"] and c["core"].replace(c["pname"], c["owner"][1])
	return [f for f in (c["name"], c["core"], less_town, surname) if f]


def contacts(rng, c, ids):
	"""The owner first where there is one, then up to three people of
	the desk (an Amish firm's of its church, or its bookkeeper)."""
	ps = [c["owner"]] if c["owner"] else []
	for _ in range(rng.randint(0, 3)):
		g = "amish" if c["sector"] == "amish" and rng.random() < .7 else \
			c["group"] if rng.random() < .6 else group_at(rng, c["desk"])
		ps.append(person(rng, g))
	return [lk.contact(ids, a, b, c["domain"], lk.latin) for a, b in ps]


def assets(rng, c, ids, shared):
	words = [w.upper() for w in re.findall(r"[A-Za-z0-9]+",
		lk.latin(c["core"])) if len(w) > 2 and w.lower() not in DROP]
	home = re.sub("[^A-Z]", "", lk.latin(c["town"]).upper())
	return lk.asset_names(rng, ids, words, home, ROLES[c["sector"]],
		shared, lambda r: lk.latin(person(r, c["group"])[0]).upper()[:10])


def address(rng, c):
	return {"address": "%d %s" % (rng.randint(10, 9999),
		rng.choice(ROADS)), "address_2": rng.choice([None, None, None,
		"Suite %d" % rng.randint(100, 400), "Unit %d" % rng.randint(1, 12),
		"PO Box %d" % rng.randint(10, 999)]), "city": c["town"],
		"state": c["state"], "zip": "%s%02d" % (c["zip"],
		rng.randint(1, 99))}


FREE = ("gmail", "yahoo", "aol", "comcast", "frontier", "windstream",
	"outlook")


def domain(rng, c, taken):
	"""The customer's own domain (a free mailbox for a third of the small
	firms), a digit more where taken."""
	s = c["sector"]
	if rng.random() < .35 and s not in ("gov", "cu", "health", "union"):
		return rng.choice(FREE) + rng.choice([".com", ".net"])
	town = re.sub("[^a-z]", "", lk.latin(c["town"]).lower())
	if s == "union":
		d = "%slocal%s.org" % (c["union"].lower(), c["num"])
	elif s == "veterans":
		d = "%spost%s.org" % ("legion" if "Legion" in c["tpl"] else
			c["tpl"].split()[0].lower() if c["tpl"][0] == "A" else "vfw",
			c["num"])
	elif s == "gov":
		word = c["township"] or c["county"] if not c["in_town"] else town
		d = re.sub("[^a-z]", "", lk.latin(word).lower()) + \
			("twp" if c["township"] else "") + "." + \
			c["state"].lower() + ".us"
	elif s == "fire":
		d = (town if c["in_town"] else re.sub("[^a-z]", "",
			c["township"].lower()) + "twp") + "vfd.org"
	else:
		word = c["brand"] or (c["surs"] or [""])[0] or c["saint"] or town
		d = re.sub("[^a-z0-9]", "", lk.latin(word).lower())[:14]
		d += {"church": "parish.org", "funeral": "funeralhome.com",
			"machine": rng.choice(["tool.com", "mfg.com", ".com"]),
			"cu": "fcu.org", "insurance": "agency.com"}.get(s, "") or \
			rng.choice([".com", ".net", ".biz"])
		if "." not in d:
			d += ".com"
	base, tld = d.split(".", 1)
	head, n = base, 1
	while "%s.%s" % (head, tld) in taken:	# a digit more, as offered
		n += 1
		head = "%s%d" % (base, n)
	taken.add("%s.%s" % (head, tld))
	return "%s.%s" % (head, tld)


def first_contact(rng, c):
	"""Syncro's firstname/lastname/email of the first contact and a phone
	of the town's area code."""
	head = (c["contacts"] or [{}])[0]
	for k in ("firstname", "lastname", "email"):
		c["syncro"][k] = head.get(k)
	c["syncro"]["phone"] = "(%s) %03d-%04d" % (c["area"],
		rng.randint(201, 989), rng.randint(0, 9999))


def population(rng, n):
	g = lk.G()
	g.custs, seen, shared, taken, doms = [], set(), set(), set(), set()
	# Contacts and assets take ids from 41,300,001 (about 250,000 at
	# 50,000 customers).
	ids = iter(range(41300001, 41999999))
	cid = 41000000
	while len(g.custs) < n:
		c = lk.draw_unseen(lambda: make_customer(rng, 0, taken),
			lambda c: {skel(f) for f in forms(c)} if c else {""}, seen, 60)
		if c:
			c["id"] = cid = cid + rng.randint(1, 3)	# below 41,150,000
			c["domain"] = domain(rng, c, doms)
			lk.add_customer(rng, g, c, ids, shared, address, contacts,
				assets)
			first_contact(rng, c)
	g.shared = sorted(shared)	# role names that more than one may hold
	return g


def index(g):
	"""linkgen's indexes, the words each sector is named by and the
	numbers taken in each space."""
	lk.index_named(ck, g, forms, named_by, "nums",
		lambda c: c["num"] and (c["space"], c["num"]))


# ---------------------------------------------------------------- typing
TYPO = lk.Typo(["1234567890-=", "qwertyuiop[]", "asdfghjkl;'",
	"zxcvbnm,./"])
n_typo, n_typo2 = TYPO.n_core_typo, TYPO.n_core_typo2
name_or_core = lk.name_or_core


def n_caps(rng, g, c):
	return name_or_core(rng, c, .4).upper()


def n_lower(rng, g, c):
	t = name_or_core(rng, c, .6).lower()
	return re.sub(r"[.,']", "", t) if rng.random() < .4 else t


def n_truncated(rng, g, c):
	"""linkgen's cut, not into a local's or a post's number nor off the
	town that tells a post or a company from another."""
	t = lk.n_truncated(rng, g, c)
	if not t or c["num"] and not re.search(r"(?<!\d)%s(?!\d)" % c["num"],
			t):
		return None
	if c["in_town"] and c["town"] not in t:
		return None
	return t


def n_reorder(rng, g, c):
	"""The town, township or surname that leads moved last: "Volunteer
	Fire Department, Plum Township", "Funeral Home - Kowalski"."""
	s = c["core"]
	lead = [c["town"] if c["in_town"] else None, c["township"] and
		c["township"] + " Township"] + c["surs"] + [c["brand"]]
	for w in lead:
		if not w or not s.startswith(w + " "):
			continue
		rest = s[len(w) + 1:]
		if rest[:1] in "&-,'" or len(rest) < 6:
			return None
		return rest + rng.choice([", ", " - ", " "]) + w
	m = re.match(r"(.+) - (.+)$", s)	# "X Parish - Town": the town first
	return "%s %s" % (m.group(2), m.group(1)) if m else None


SHORT = [("Manufacturing", "Mfg."), ("Machining", "Mach."), ("Precision",
	"Prec."), ("Fabrication", "Fab."), ("Engineering", "Eng."),
	("Brothers", "Bros."), ("Township", "Twp."), ("Volunteer", "Vol."),
	("Department", "Dept."), ("Company", "Co."), ("Association",
	"Assn."), ("Insurance", "Ins."), ("Center", "Ctr."), ("Medical",
	"Med."), ("Hospital", "Hosp."), ("Mount", "Mt."), ("Services",
	"Svcs."), ("Authority", "Auth."), ("Commissioners", "Comm."),
	("Physical Therapy", "PT"), ("Federal Credit Union", "FCU")]


def short_for(t, long, short):
	"""long as short where t has it as a word; Bros. back as Brothers."""
	m = re.search(r"(?<!\w)%s(?!\w)" % re.escape(long), t)
	if m:
		return t[:m.start()] + short + t[m.end():]
	return t.replace(short, long, 1) if short == "Bros." else t


n_abbrev = lk.abbrev_row(SHORT, short_for,
	lambda rng, t: t.replace(".", "") if rng.random() < .3 else t)
# Words initials pass over: the legal forms, "of", "the", "and", "&".
UNSAID = set("of the and inc llc co corp company incorporated".split())


def n_acronym(rng, g, c):
	"""A name of three words or more, no person's nor number's, by its
	initials: "Three Rivers Heat Treating" as "TRHT", "TRH Treating"."""
	if c["pname"] or c["num"] or c["sector"] == "church":
		return None
	ws = [w for w in re.split(r"[\s&,/-]+", c["core"])
		if w and w[0].isalpha() and w.lower().strip(".") not in UNSAID]
	return lk.initials(rng, ws) if len(ws) > 2 else None


def legal_other(rng, c, r):
	if r < .85:
		return "%s%s%s" % (c["core"], rng.choice([" ", ", "]),
			rng.choice(RESPELL[c["legal"]]))
	return "%s %s" % (c["core"], c["legal"].replace(".", "").upper())


n_legal = lk.legal_row(legal_other)


JOINS = {"&": [" and ", "&", " n ", " + "], "and": [" & ", "&", " n ",
	" + "]}


def n_and(rng, g, c):
	s = name_or_core(rng, c)
	m = re.search(r" (&|and) ", s)
	return m and s.replace(m.group(0), rng.choice(JOINS[m.group(1)]), 1)


def n_branch(rng, g, c):
	s = name_or_core(rng, c, .6)
	sites = HALL_SITES.get(c["sector"]) or (SITES if c["sector"] in
		("machine", "energy", "trades", "amish") else OFFICES)
	site = rng.choice(sites if c["in_town"] or rng.random() < .6 else
		[c["town"]])
	return rng.choice(["%s - %s", "%s (%s)", "%s / %s", "%s: %s"]) % (s,
		site)


def n_state(rng, g, c):
	"""The customer's own state after its name: ", PA", " (OH)",
	" - Butler PA", " Kentucky"."""
	s, st = name_or_core(rng, c, .6), c["state"]
	k = bisect.bisect([.35, .55, .85], rng.random())
	if k == 2 and c["town"] in s:
		k = 3	# "Butler Borough - Butler PA": the state's name instead
	return ["%s, %s" % (s, st), "%s (%s)" % (s, st), "%s - %s %s" % (s,
		c["town"], st), "%s %s" % (s, STATE_NAME[st])][k]


def n_number(rng, g, c):
	"""A number as it is typed: "No. 2" as "#2", "No 2", "2", "Two";
	"Local 1112" as "Local #1112", "Loc. 1112", "L.U. 1112"; "Post 57"
	as "Post #57", "Post No. 57"."""
	if not c["num"]:
		return None
	s, n = c["core"], c["num"]
	m = re.search(r"(No\. |Local |Post )%s(?!\d)" % n, s)
	if not m:
		return None
	head = m.group(1)
	if head == "No. ":
		alts = ["#%s" % n, "# %s" % n, "No %s" % n, n, "Number %s" % n,
			"No.%s" % n]
		words = {v: k for k, v in NUMBER_WORDS.items()}
		if n in words:
			alts.append(words[n].capitalize())
	elif head == "Local ":
		alts = ["Local #%s" % n, "Loc. %s" % n, "L.U. %s" % n,
			"Local No. %s" % n, "Local Union %s" % n, "Local %s" % n]
	else:
		alts = ["Post #%s" % n, "Post No. %s" % n, "Post %s" % n]
	t = s[:m.start()] + rng.choice(alts) + s[m.end():]
	return t if t != s else None


def n_union(rng, g, c):
	"""A union's acronym spelt out, dotted or the local typed first:
	"United Auto Workers Local 1112", "I.B.E.W. Local 5", "Local 407
	Teamsters"."""
	if not c["union"]:
		return None
	u, n = c["union"], c["num"]
	full = UNIONS[u][0]
	r = rng.random()
	if r < .4 and full != u:
		return "%s Local %s" % (full, n)
	if r < .6 and u not in UNION_WORD:
		return "%s Local %s" % (".".join(u) + ".", n)
	if r < .8:
		return "Local %s %s" % (n, rng.choice([u, full]))
	return "%s %s" % (UNION_WORD.get(u, u), n)


FIRE_TYPED = [("Volunteer Fire Company No.", ["VFC No.", "VFC #",
	"Vol. Fire Co. No.", "Fire Co. No.", "Volunteer Fire Co. #"]),
	("Volunteer Fire Company", ["VFC", "Vol. Fire Co.", "Fire Company",
	"Volunteer Fire Co."]), ("Volunteer Fire Department", ["VFD",
	"Vol. Fire Dept.", "Fire Department", "Volunteer Fire Dept",
	"V.F.D."]), (" VFD", [" Volunteer Fire Department", " Vol Fire Dept",
	" Fire Dept.", " V.F.D."]), ("Hose Company No.", ["Hose Co. No.",
	"Hose Co. #", "Hose Co."]), ("Fire Company No.", ["Fire Co. No.",
	"Fire Co. #", "Fire Co"])]


def n_fire(rng, g, c):
	"""A fire company or department as its members write it: "Plum Twp.
	VFC", "Tarentum Hose Co. #1", "Logan Vol. Fire Dept."."""
	if c["sector"] != "fire":
		return None
	s = c["core"]
	for long, alts in FIRE_TYPED:
		if long in s:
			return s.replace(long, rng.choice(alts), 1)
	return None


def n_post(rng, g, c):
	"""A veterans' post as its members write it: "V.F.W. Post 1234",
	"Veterans of Foreign Wars Post 1234", "Post 57 American Legion",
	"Legion Post 57 Butler"."""
	if c["sector"] != "veterans":
		return None
	s, n = c["core"], c["num"]
	if "VFW" in s:
		return s.replace("VFW", rng.choice(["V.F.W.", "Veterans of Foreign "
			"Wars", "VFW Post" if s.startswith("VFW") else "V F W"]),
			1).replace("Post Post", "Post")
	if "Legion" in s:
		r = rng.random()
		if r < .4:
			return "Post %s American Legion %s" % (n, c["town"])
		if r < .7:
			return "Legion Post %s %s" % (n, c["town"])
		return s.replace("American Legion", "Am. Legion", 1)
	return s.replace("AMVETS", rng.choice(["AmVets", "Amvets",
		"American Veterans"]), 1)


def n_township(rng, g, c):
	"""Township as Twp / Twp. / Twsp; "Borough of X" as "X Borough" and
	back, "Boro"."""
	s = c["core"]
	if "Township" in s:
		return s.replace("Township", rng.choice(["Twp", "Twp.", "Twsp",
			"TWP", "Township"]) if "Charter" not in s else "Twp.", 1) \
			.replace("Charter Twp. of ", "") if s.count("Township") else s
	if s.startswith("Borough of "):
		return "%s %s" % (s[11:], rng.choice(["Borough", "Boro", "Boro."]))
	if s.endswith(" Borough"):
		return rng.choice(["Borough of %s", "%s Boro"]) % s[:-8]
	return None


def n_saint(rng, g, c):
	s = name_or_core(rng, c)
	m = re.search(r"\b(Sts?\.) ", s)
	if not m:
		return None
	to = {"St.": ["Saint", "St", "ST."], "Sts.": ["Saints", "Ss.",
		"Sts"]}[m.group(1)]
	t = s[:m.start()] + rng.choice(to) + " " + s[m.end():]
	return t.replace(" & ", rng.choice([" & ", " and "])) if "Sts" in \
		s else t


def n_mc(rng, g, c):
	"""A Mc or Mac name with a space after the prefix, or in capitals
	as old records write it: "Mc Kee", "MCKEE", "McKEE"."""
	s = name_or_core(rng, c)
	m = re.search(r"\b(Ma?c)([A-Z]\w+)", s)
	if not m:
		return None
	p, rest = m.group(1), m.group(2)
	to = rng.choice(["%s %s" % (p, rest), (p + rest).upper(),
		p + rest.upper(), "%s %s" % (p, rest.lower().capitalize())])
	return s[:m.start()] + to + s[m.end():]


def n_possessive(rng, g, c):
	"""A possessive's apostrophe dropped, or its s: "Tonys Pizza",
	"Yoder Harness Shop"."""
	s = name_or_core(rng, c, .6)
	m = re.search(r"(\w)'(s?) ", s)
	if not m:
		return None
	if not m.group(2):	# "Pappas' Diner": the apostrophe alone
		return s[:m.end(1)] + " " + s[m.end():]
	return s[:m.end(1)] + rng.choice(["s ", " "]) + s[m.end():]


def n_funeral(rng, g, c):
	"""A funeral home's partners joined another way, or "Funeral Home"
	written short: "Kowalski & Horvath FH", "Kowalski Horvath Funeral
	Home Inc"."""
	if c["sector"] != "funeral":
		return None
	s = c["core"]
	r = rng.random()
	if len(c["surs"]) > 1 and r < .6:
		a, b = c["surs"][:2]
		m = re.search(r"%s(-| & )%s" % (a, b), s)
		if m:
			to = rng.choice([x for x in ("-", " & ", " and ", " ", " - ")
				if x != m.group(1)])
			return s[:m.start()] + a + to + b + s[m.end():]
	return s.replace("Funeral Home", rng.choice(["FH", "Funeral Home Inc",
		"Funeral Homes", "Funeral Chapel"]), 1)


def n_agent(rng, g, c):
	"""A State Farm agent's office as the agents' staff type it: "State
	Farm - Linda Racz", "Linda Racz State Farm", "Racz Agency"."""
	if "State Farm" not in c["core"]:
		return None
	p = c["pname"]
	return rng.choice(["State Farm - %s" % p, "%s State Farm" % p,
		"State Farm %s" % p, "%s Agency" % p, "%s, State Farm Agent" % p])


n_contact = lk.contact_row(lambda rng, c, p: rng.choice(["", "", "",
	"(office)", "(owner)", "(secretary)" if c["sector"] in ("fire",
	"veterans", "union", "church", "gov") else "(manager)"]))
n_person = ck.person_row(lambda rng, c: rng.random() < .12)
n_domain = lk.domain_row(FREE)


def n_mixed(rng, g, c):
	first = rng.choice([n_legal, n_abbrev, n_number, n_fire, n_post,
		n_township, n_saint, n_mc, n_possessive])(rng, g, c)
	turn = rng.choice([n_typo, n_caps, n_lower, n_truncated])
	return first and turn(rng, g, dict(c, name=first, core=first))


KINDS = [("exact", lk.n_exact, 11), ("caps", n_caps, 4),
	("lower", n_lower, 3), ("typo", n_typo, 8), ("two typos", n_typo2, 3),
	("truncated", n_truncated, 4), ("reorder", n_reorder, 2),
	("abbrev", n_abbrev, 5), ("acronym", n_acronym, 2),
	("legal", n_legal, 6), ("and", n_and, 2), ("branch", n_branch, 3),
	("state", n_state, 3), ("number", n_number, 3), ("union", n_union, 3),
	("fire", n_fire, 3), ("post", n_post, 3), ("township", n_township, 2),
	("saint", n_saint, 2), ("mc", n_mc, 2), ("possessive", n_possessive, 2),
	("funeral", n_funeral, 2), ("agent", n_agent, 2),
	("contact", n_contact, 3), ("person", n_person, 2),
	("domain", n_domain, 2), ("mixed", n_mixed, 4)]


# ---------------------------------------------------------------- impostors
def i_fresh(rng, g, c):
	"""A name of the customers' shape made of words no customer has."""
	d = make_customer(rng, 0, set(), c["desk"], outside=True)
	# Not a customer's own number either: "UAW Local 12" is one.
	if not d or set(named_by(d)) & g.named or \
			(d["space"], d["num"]) in g.nums:
		return None
	return d["name"] if rng.random() < .7 else d["core"]


def i_town(rng, g, c):
	"""A customer's fire company, borough, parish, credit union or
	hospital name in a town no customer is in: "Ford City Hose Company
	No. 1" for "Tarentum Hose Company No. 1".  Not a post: a state's
	department numbers its posts once, so "Romulus American Legion Post
	17" would be the customer's own post, its town mistyped."""
	if not c["in_town"] or c["sector"] not in ("fire", "gov", "church",
			"cu", "health"):
		return None
	t = c["core"].replace(c["town"], rng.choice(ELSEWHERE[c["desk"]]))
	return t if t != c["core"] else None


def other_number(rng, c, space, top):
	"""A number of space near c's (30 either side, two digits off at
	least: one off is a slip label-audit reads as the customer's own)."""
	n = int(c["num"])
	m = str(rng.randint(max(1, n - 30), min(top, n + 30)))
	return None if lk.la.within1(m, c["num"]) else m


def i_local(rng, g, c):
	"""The same union with another local's number: "UAW Local 1714" for
	"UAW Local 1112"."""
	if not c["union"]:
		return None
	m = other_number(rng, c, c["union"], UNIONS[c["union"]][1])
	if not m or (c["union"], m) in g.nums:
		return None
	return rng.choice(["%s Local %s", "%s Local #%s"]) % (
		UNION_WORD.get(c["union"], c["union"]), m)


def i_union(rng, g, c):
	"""The same number of another union or veterans' body: "Teamsters
	Local 1112" for "UAW Local 1112", "AMVETS Post 57" for "VFW Post
	57"."""
	if c["union"]:
		u = rng.choice([x for x in sorted(UNIONS) if x != c["union"]])
		if int(c["num"]) > UNIONS[u][1] or (u, c["num"]) in g.nums:
			return None
		return "%s Local %s" % (UNION_WORD.get(u, u), c["num"])
	if c["sector"] != "veterans" or "Legion" in c["tpl"]:
		return None
	body, space = ("AMVETS", "amvets") if "VFW" in c["tpl"] else \
		("VFW", "vfw")
	if (space, c["num"]) in g.nums:
		return None
	return "%s Post %s" % (body, c["num"])


def i_post(rng, g, c):
	"""An American Legion post of the same number in another state: the
	departments number their own posts, so "Post 57" of Ohio is not
	Pennsylvania's."""
	if "Legion" not in c["tpl"]:
		return None
	st = rng.choice([s for s in STATE_NAME if s != c["state"]])
	if ("legion " + st, c["num"]) in g.nums:
		return None
	return rng.choice(["American Legion Post %s %s", "American Legion "
		"Post %s, %s", "American Legion Post #%s (%s)"]) % (c["num"],
		rng.choice([st, STATE_NAME[st]]))


def i_partner(rng, g, c):
	"""A funeral home's first partner with another: "Kowalski-Novak
	Funeral Home" for "Kowalski-Horvath Funeral Home"."""
	if c["sector"] != "funeral" or len(c["surs"]) < 2:
		return None
	a, b = c["surs"][:2]
	other = person(rng, group_at(rng, c["desk"]))[1]
	if other in (a, b):
		return None
	return c["core"].replace(b, other, 1)


other_trade = lk.trade_picker(skel_words, ELSE_TRADE)


def i_trade(rng, g, c):
	"""The same family name's other trade: "Yoder Taxidermy" beside
	"Yoder Furniture"."""
	tr = c["surs"] and other_trade(rng, c)
	if not tr:
		return None
	t = rng.choice(["%s %s", "%s's %s", "%s & Sons %s", "%s Bros. %s"]) % \
		(c["surs"][0], tr)
	return fill(t + (" " + lk.wpick(rng, LEGAL) if rng.random() < .3
		else ""), {})


def i_common(rng, g, c):
	tr = other_trade(rng, c)
	return tr and "%s %s" % (rng.choice(COMMON), tr)


def i_rare(rng, g, c):
	tr = c["brand"] in RARE and other_trade(rng, c)
	return tr and "%s %s" % (c["brand"], tr)


i_person, i_personal = lk.person_impostors(ck,
	lambda rng, c: person(rng, group_at(rng, c["desk"])),
	["", "", "", "Dr. ", "Fr. "], PERSONAL)


def i_agent(rng, g, c):
	"""A State Farm agent no customer is (another agent of the same
	company): "State Farm - Gary Nagy"."""
	p = i_person(rng, g, c)
	if not p or "." in p:
		return None
	return rng.choice(["State Farm - %s", "%s State Farm",
		"%s - State Farm Insurance"]) % p


def i_prospect(rng, g, c):
	t = i_fresh(rng, g, c)
	return t and rng.choice(PROSPECT) + t


IMPOSTORS = [("impostor: " + kind, f, w) for kind, f, w in (
	("same shape", i_fresh, 14), ("other town", i_town, 10),
	("other local", i_local, 7), ("other union", i_union, 5),
	("other post", i_post, 5), ("other partner", i_partner, 5),
	("other trade", i_trade, 9), ("common surname", i_common, 6),
	("rare word", i_rare, 5), ("agent", i_agent, 3),
	("person", i_person, 6), ("vendor", lk.one_of(VENDORS), 8),
	("prospect", i_prospect, 5), ("personal", i_personal, 6),
	("own staff", lk.one_of(STAFF), 5))]
KEPT = ("id", "name", "syncro", "contacts", "assets")
BENCH = ("BENCH-%s-%02d", 4)	# each desk's bench machines
CLOCK = (1839000000, 953, 75)	# numbered()'s start, step and minutes


def main():
	lk.desk_main("blind41", ck, population, index, KINDS, IMPOSTORS,
		KEPT, BENCH, TECHS, CLOCK)


if __name__ == "__main__":
	main()
