#!/usr/bin/env python3
# gen-link-blind10.py NCUST NNAMES SEED OUTDIR - the tenth held-out
# benchmark for sdc-link (issue #14, session 9): a North American MSP -
# one Syncro account and one ScreenConnect, desks in Dallas, Chicago and
# Montreal - whose customers are the small businesses, practices,
# churches, schools and towns of Texas, Illinois (with the Indiana and
# Wisconsin fringe), Quebec and eastern Ontario.  This is Syncro's home
# market: the population sdc's real users have.  Written by a helper that
# tunes nothing, without reading the other generators' word lists or
# noise code nor src/link or man/sdc-link.1; the tuners never see this
# file nor its output; the lead runs it once at the end of session 9;
# only aggregates are reported.  Python stdlib only; the same SEED gives
# the same files.
#
# Why this population: US names carry a legal form more often than not,
# and a dozen spellings of it (LLC, L.L.C., Inc., Incorporated, Corp.,
# Co., PLLC, P.C., P.A., Ltd., Chartered); franchisees are stored by
# their legal name with the brand and store number ("Patel Foods LLC dba
# Subway #41235"), and technicians type either half; agents are named
# after the person ("Maria Lopez - State Farm Insurance Agent"); churches,
# schools and towns share one shape across hundreds of places ("First
# Baptist Church of Mesquite", "Plano Independent School District",
# "City of Garland") and are typed as acronyms (FBC, PISD, ISD); Quebec
# adds French word order ("Clinique dentaire Tremblay"), accents that
# some desks drop, hyphenated saints (Saint-Jean-sur-Richelieu, St-Jean,
# Ste-Julie), "inc."/"ltée"/"S.E.N.C.R.L.", and English Canada "Ltd." and
# "ULC".
#
# Writes OUTDIR/customers.json (id, business_name, contacts [id,
# firstname, lastname, email], assets [id, name]), names.tsv (typed TAB
# true id or "" TAB noise kind TAB machine), sessions.jsonl (the machine
# left blank) and sessions-machine.jsonl (the machine in "Connected to
# machine: NAME"; session_type Access on a machine some customer owns,
# Support otherwise), through the shared writer screenconnect_record.py.
#
# Where the shapes come from (every list below was written for this file
# from these facts; no list was copied in):
#  - US surnames: the Census Bureau's 2010 surname tables as reported by
#    americannamesociety.org, eogn.com and al.com (Smith, Johnson,
#    Williams, Brown, Jones, Garcia, Miller, Davis, Rodriguez, Martinez,
#    Hernandez, Lopez, Gonzalez, Wilson, Anderson; Asian names rising
#    fastest: Zhang, Li, Liu, Khan), with Chicago's Polish and Irish and
#    Dallas's Hispanic and Vietnamese shares as public knowledge.
#  - Quebec surnames: Institut de la statistique du Québec, "Les noms de
#    famille au Québec" (2006) via lejournaldejoliette.ca and
#    perche-quebec.com (Tremblay, Gagnon, Roy, Bouchard, Gauthier, Morin,
#    Lavoie, Fortin, Gagné, Ouellet; Côté, Bélanger, Pelletier) and the
#    Toronto Star (2007: Nguyen and Patel near the top on Montreal
#    island).  First names: SSA popular names of the 1960s-1980s for the
#    adults who run the businesses; common Québécois compound names
#    (Jean-François, Marc-André, Marie-Ève).
#  - Legal forms: 805 ILCS 10/9 (an Illinois professional corporation
#    ends with "Chartered", "Limited", "Ltd.", "Professional
#    Corporation", "Prof. Corp." or "P.C."); 16 Tex. Admin. Code
#    130.50(f) via eastaustinlawyers.com (P.C., Inc., P.A., P.L.L.P.,
#    P.L.L.C., L.L.C. and their long forms); cogencyglobal.com (New York
#    PLLC/P.C.); Texas Business & Commerce Code ch. 36 and county clerk
#    pages (Tyler, Garza, Kaufman counties: an assumed name certificate,
#    "DBA", filed per county); the Canadian Translation Bureau's "Clefs
#    du français pratique" (inc., ltée, enr.; written in capitals when
#    the name is) and the Registraire des entreprises du Québec glossary
#    (legal persons, general and limited partnerships: S.E.N.C.,
#    S.E.N.C.R.L., S.E.C.).
#  - Places: public town names (Dallas-Fort Worth suburbs, Chicagoland,
#    the Montreal region and eastern Ontario) with their official
#    accents and hyphens; Texas school districts from the Wikipedia list
#    via wikimili.com ("almost all Texas school districts use the title
#    Independent School District, or ISD") and Richardson ISD's own
#    "RISD"; Dallas ISD "as it is known locally - DISD"
#    (sayyestodallas.com).  Illinois districts are numbered ("School
#    District 45", "Community Unit School District 300").
#  - Keyboards: Wikipedia "CSA keyboard" and everything2's Canadian
#    French layout: on the Montreal desk é sits where US '/' is (beside
#    '.'), è on the US "'" key, à on the US '\' key, ç on ']', and ^ is
#    a dead key on '['.  Dallas and Chicago type US QWERTY.  Slip kinds
#    and shares are an assumption.
#
# The customers (NCUST): Texas 38%, Illinois and its fringe 30%, Quebec
# 22%, eastern Ontario 10%.  Verticals (VERTICALS): dental, medical and
# chiropractic, veterinary, law, CPA, insurance agents, real estate and
# title, property managers and HOAs, churches and parishes, schools and
# districts, municipalities and counties, non-profits, restaurants and
# franchisees, auto, trades, manufacturers, other small businesses.
# Names are unique once case, accents, punctuation, "&"/"and"/"et",
# legal forms, "the", "of"/"de" and Saint/St/Ste, Mount/Mt, Doctor/Dr are
# set aside; a taken name is drawn again.  Contacts 1-4 (the first the
# principal); mail at the firm's domain 60%, a public mailbox otherwise
# (gmail.com, yahoo.com, att.net, sbcglobal.net, comcast.net,
# videotron.ca, bell.net, sympatico.ca).  Assets: log-normal, median 4,
# districts, towns and manufacturers three times more, at most 80; one
# scheme per customer: a site prefix from the name (PISD-LIB-014,
# SMILE-OP3) 40% - short prefixes collide -, DESKTOP-XXXXXXX 30%, role
# names (FRONTDESK-01, POS1, SERVER, XRAY, PASTOR-PC) 18%, user laptops
# ("Jennifers-MacBook-Pro", "JGARCIA-LT") 12%.
#
# The names (NNAMES): 84% real customers, drawn in proportion to 1 + the
# square root of their asset count, 16% impostors.  The customer's own
# desk (Dallas for TX, Chicago for IL, Montreal for QC and ON) types 80%.
# Real kinds, exact counts (largest remainder) from WEIGHTS: exact; case
# (lower 60%, capitals 25%, each word capitalised 15%); suffix (the legal
# form dropped, written another way - L.L.C., Inc, Incorporated, P.L.L.C.,
# ltee, Inc./Ltée - or swapped for the desk's usual: PLLC/P.A. in Dallas,
# P.C./Ltd. in Chicago, inc./ltée in Montreal; a franchisee's form moved
# after the brand or dropped); accent (Quebec accents dropped, all or one);
# typo, two typos, typo+case; abbreviation (Assoc., Mgmt, Svcs, Ctr, Intl,
# Natl, Dept, Mfg, Chiro, Vet, Twp, HOA, ISD, CUSD, FBC, FUMC, COC, Clin.,
# Mun., CSS ..., or the acronym of a name of three words or more when no
# other customer has it: PISD, SJL); truncated (a ScreenConnect field cut
# at 16-30 characters, or the trailing words dropped); reorder ("Garland,
# City of", "Mesquite First Baptist Church", "Kim, Jane DDS", partners
# swapped, "State Farm - Maria Lopez", French noun-adjective swapped);
# and (&, and, +, n, et, dropped); prefix (a desk's ticket or queue tag:
# "TKT#48213 -", "CHI:", "Billet 12345 -", "[DFW]"); location (the state or
# province or the town added: "- TX", "(Plano, TX)"); person (a contact
# with or without the name: "Maria @ Smile Plano", "Dr. Kim"; a contact
# alone only when no other customer has a contact of that name); dba
# (one half of a franchisee's dual name: "Subway #41235", "Patel Foods
# LLC", "Subway (Patel Foods)"); store number ("Subway 41235", "Subway
# Store 41235", "Subway - Store #41235"); saint/mount (St. <-> Saint, St-
# <-> Saint-, Ste- <-> Sainte-, Mt. <-> Mount, Dr. <-> Doctor, Ft. <->
# Fort); town (a long town name as the desks shorten it: St-Jean,
# Valleyfield, NDIP, Trois-Rivieres, Ft Worth, NRH, Elk Grove, Mtl);
# mixed (one of truncated, saint, dba, reorder, suffix, accent, prefix or
# an abbreviation, then a typo 45%, a case change or an accent fold).  A
# kind that does not apply is drawn on another customer.  Typos on the
# typing desk's keyboard (US QWERTY in Dallas and Chicago, CSA in
# Montreal): a neighbour key 40%, two letters swapped 20%, a letter
# dropped 25%, a letter doubled 15%; a word's first letter is spared.
# Labels stay honest: a typed name whose key is another customer's or one
# slip from one (OSA distance 1, over-approximated by one deletion on
# each side) is drawn again; a name whose words all stand in another
# customer's name is drawn again; an acronym that is another customer's
# too is drawn again.  A row with no honest name in 400 draws becomes the
# customer's exact name, labelled "exact (fallback)".
#
# Impostors (IMP_WEIGHTS): "impostor: rare word" 25% (a customer's rarest
# word in another trade), "impostor: namesake" 22% (the same church,
# district or practice shape in a town the MSP does not serve; the same
# surname in another trade), "impostor: same shape" 13% (a customer's
# vertical and shape with other words), "impostor: franchise sibling" 8%
# (another store of a brand franchisees among the customers run),
# "impostor: internal" 15% (the MSP's own desks, machines and staff),
# "impostor: person" 17% (private callers; a staff member or caller
# whose name is a customer's contact's is drawn again).  An impostor
# whose key is a customer's, one slip from one, or whose words are a
# subset or a superset of one customer's is drawn again.  A fifth get a
# case change or a typo.
#
# Machines (sessions-machine.jsonl), assumed shares: real - one of the
# customer's assets 68%, a machine Syncro does not know yet 12%, the
# caller's own device 8%, no name 7%, an asset Syncro lists under another
# customer 5%.  Impostors - an unknown DESKTOP-/LAPTOP- name 45%, a role
# name some customers own 25%, a personal device 15%, no name 15%.
#
# At seed 1 with 5,000 customers and 2,000 names: 61% of the customers
# carry a legal form at the end, 12% an accent, 131 are franchisees with a
# dba name, 41 are stored in capitals; 54 of the 132 abbreviation rows
# are acronyms; no row falls back to exact (none either at 50,000
# customers and 10,000 names).  The median customer has 4 assets (36,052
# in all, at most 80) and 36% of the assets have a name another
# customer's asset has too.  Of the 1,680 real sessions 42% are on a
# machine only their customer owns, 25% on one several own (theirs among
# them), 12% on one only other customers own, 15% on an unknown one, 7%
# name none.
import bisect
import math
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import screenconnect_record as scr  # noqa: E402

# ---------------------------------------------------------------- words
FIRST_US = ("James John Robert Michael David William Richard Joseph Thomas "
	"Christopher Daniel Matthew Anthony Mark Steven Brian Kevin Jason "
	"Jeffrey Scott Eric Ryan Gregory Timothy Jose Juan Carlos Luis Miguel "
	"Tuan Raj Ahmed Mary Jennifer Linda Patricia Elizabeth Susan Jessica "
	"Sarah Karen Lisa Nancy Michelle Amanda Melissa Stephanie Rebecca "
	"Laura Angela Maria Ashley Emily Heather Nicole Amy Kimberly Christina "
	"Tiffany Rosa Guadalupe Priya Mai Katarzyna Bridget").split()
SUR_US = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez "
	"Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore "
	"Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez "
	"Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill "
	"Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter "
	"Roberts Kim Patel Shah Khan Zhang Liu Tran Pham Nowak Kowalski Wojcik "
	"Kaminski Lewandowski Murphy Sullivan Kelly O'Brien O'Connor McCarthy "
	"Schmidt Mueller Novak Olson Peterson Hansen Cohen Goldberg Rossi Russo "
	"Romano Becker Vasquez Castillo Morales Reyes Ortiz Gutierrez Chavez "
	"Ramos Ruiz Mendoza Alvarez Romero McDonald DeLeon Washington Jefferson "
	"Okafor Adeyemi Bui Truong Vu Schroeder Kowalczyk Dvorak Pappas "
	"Anagnostopoulos Whitfield Holloway Pritchard Brennan Gallagher "
	"Castellanos Villarreal Saldana Escobedo Dominguez Huerta").split()
FIRST_QC = ("Jean Pierre Michel André Luc Martin Sylvain Stéphane Éric "
	"François Mathieu Marc-André Jean-François Jean-Philippe Benoît Gilles "
	"Réjean Yves Hugo Simon Marie Nathalie Isabelle Julie Sophie Chantal "
	"Josée Geneviève Mélanie Valérie Caroline Annie Émilie Marie-Ève "
	"Hélène Maryse Karine").split()
SUR_QC = ("Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin "
	"Gagné Ouellet Pelletier Bélanger Lévesque Bergeron Leblanc Paquette "
	"Girard Simard Boucher Caron Beaulieu Cloutier Dubé Poirier Fournier "
	"Lapointe Leclerc Lefebvre Poulin Thibault St-Pierre Nadeau Landry "
	"Martel Bédard Grenier Lessard Bernier Michaud Hébert Desjardins "
	"Couture Turcotte Lachance Parent Blais Gosselin Savard Proulx "
	"Beaudoin Demers Perreault Boudreau Lemieux Cyr Perron Dufour Dion "
	"Mercier Bolduc Bérubé Boisvert Langlois Ménard Therrien Plante "
	"Bilodeau Nguyen Tran Khoury Haddad Joseph Jean-Baptiste Désilets "
	"Théberge Laframboise Brisebois").split()
FIRST_ON = ("John David Mike Chris Steve Paul Andrew Dave Ian Doug Sandeep "
	"Wei Karen Susan Lisa Jennifer Heather Kelly Sarah Amanda Erin Megan "
	"Harpreet Mei").split()
SUR_ON = ("Smith Brown Tremblay Martin Roy Wilson MacDonald Taylor Campbell "
	"Anderson Jones Thompson Stewart Morrison Singh Patel Wong Lee Chen "
	"Murray Fraser Reid Ross Robertson MacLeod McNeil Lalonde Charbonneau "
	"Villeneuve Belanger Dewar Kavanagh Sinclair Grant Cameron Laurin").split()

PLACES = {
	"TX": ("Dallas Plano Frisco McKinney Garland Mesquite Irving Richardson "
		"Carrollton Lewisville Denton Allen Rockwall Rowlett Arlington "
		"Grapevine Southlake Keller Mansfield DeSoto Duncanville Lancaster "
		"Wylie Sachse Forney Terrell Waxahachie Ennis Midlothian "
		"Weatherford Cleburne Burleson Sherman Denison Greenville Prosper "
		"Celina Anna Corsicana Tyler Longview Kaufman Athens Paris Gainesville "
		"Decatur Granbury Stephenville Seagoville Balch_Springs Cedar_Hill "
		"Grand_Prairie Fort_Worth Flower_Mound The_Colony Little_Elm "
		"Mount_Pleasant Sulphur_Springs Royse_City Highland_Park "
		"University_Park Farmers_Branch Haltom_City North_Richland_Hills "
		"White_Settlement Red_Oak Glenn_Heights").split(),
	"IL": ("Chicago Naperville Aurora Joliet Elgin Schaumburg Evanston Skokie "
		"Cicero Berwyn Wheaton Bolingbrook Waukegan Glenview Northbrook "
		"Elmhurst Lombard Addison Geneva Batavia Woodstock McHenry Palatine "
		"Plainfield Oswego Yorkville Mokena Frankfort Rockford DeKalb "
		"Kankakee Hammond Merrillville Valparaiso Kenosha Racine Zion "
		"Libertyville Mundelein Wilmette Winnetka Niles Morton_Grove "
		"Oak_Park Oak_Lawn Des_Plaines Arlington_Heights Downers_Grove "
		"Orland_Park Tinley_Park Lake_Forest Highland_Park Carol_Stream "
		"St._Charles Crystal_Lake Mount_Prospect Park_Ridge Hoffman_Estates "
		"Lake_Zurich Elk_Grove_Village Buffalo_Grove Glen_Ellyn "
		"La_Grange Crown_Point Mount_Greenwood").split(),
	"QC": ("Montréal Laval Longueuil Brossard Terrebonne Repentigny "
		"Boucherville Saint-Jean-sur-Richelieu Saint-Jérôme "
		"Saint-Hyacinthe Saint-Eustache Sainte-Julie Sainte-Thérèse "
		"Saint-Lambert Saint-Laurent Saint-Constant Saint-Bruno-de-Montarville "
		"Sainte-Catherine Saint-Sauveur Sainte-Adèle Blainville Mirabel "
		"Châteauguay Granby Sherbrooke Drummondville Trois-Rivières "
		"Gatineau Vaudreuil-Dorion Mascouche Beloeil Chambly Joliette "
		"Sorel-Tracy Pointe-Claire Dorval Kirkland Lévis Québec Rimouski "
		"Victoriaville Magog Mont-Tremblant Mont-Saint-Hilaire Rosemère "
		"Boisbriand Varennes Verdun Lachine Anjou Outremont "
		"Rivière-du-Loup Salaberry-de-Valleyfield L'Assomption "
		"L'Île-Perrot Lachute Cowansville Bromont Saint-Rémi "
		"Notre-Dame-de-l'Île-Perrot Sainte-Anne-des-Plaines Contrecoeur "
		"Saint-Césaire Saint-Amable Candiac La_Prairie Deux-Montagnes").split(),
	"ON": ("Ottawa Cornwall Hawkesbury Kingston Brockville Toronto "
		"Mississauga Brampton Markham Oakville Burlington Hamilton Kitchener "
		"Waterloo Guelph Barrie Oshawa Whitby Pickering Belleville "
		"Peterborough Sudbury Pembroke Kanata Orléans Rockland Casselman "
		"Embrun Alexandria Arnprior Carleton_Place Smiths_Falls Perth "
		"Renfrew Gananoque Prescott Kemptville Almonte Napanee Trenton "
		"St._Catharines Niagara_Falls Clarence-Rockland").split(),
}
PLACES = {k: [p.replace("_", " ") for p in v] for k, v in PLACES.items()}
STATE = {"TX": "TX", "IL": "IL", "QC": "QC", "ON": "ON"}
DESK = {"TX": "dal", "IL": "chi", "QC": "mtl", "ON": "mtl"}
DESK_CITY = {"dal": "Dallas", "chi": "Chicago", "mtl": "Montreal"}
# Places a non-customer namesake comes from (never customers' towns).
OTHER_PLACES = ("Abilene Amarillo Lubbock Odessa Midland Beaumont Temple "
	"Killeen Waco Bryan Peoria Springfield Champaign Decatur Bloomington "
	"Moline Quincy Carbondale Saguenay Rouyn-Noranda Baie-Comeau Gaspé "
	"Sept-Îles Val-d'Or Thunder_Bay Timmins Sarnia Owen_Sound "
	"Wichita_Falls Texarkana Nacogdoches Galesburg Danville").split()
OTHER_PLACES = [p.replace("_", " ") for p in OTHER_PLACES]

FEATURE = ("Oak_Creek Cedar_Ridge Willow_Bend Stone_Bridge Eagle_Point "
	"Lakewood Fox_Run Timber_Creek Prairie_View Hidden_Valley Sunset_Ridge "
	"Heritage_Park Spring_Creek Shadow_Ridge Canyon_Creek Briarwood "
	"Maple_Grove Pine_Hollow Deer_Run Riverbend Clear_Lake Northgate "
	"Summit Pinnacle Keystone Liberty Legacy Frontier Lone_Star Bluebonnet "
	"Magnolia Lakeshore North_Shore Great_Lakes Horizon Alliance Trinity "
	"Red_River Brazos Prairie_Wind Iron_Horse Silver_Maple Blue_Heron "
	"Copper_Canyon Twin_Oaks Walnut_Hill Stonegate Fairway Whispering_Pines "
	"Harbor_Point Lincoln_Park Wrigley Midway Ashford Belmont Crestview "
	"Glenwood Kingsbridge Meadowbrook Parkside Westwood Hawthorne "
	"Boréal Laurentide Érablière Outaouais Montérégie Vallée-du-Richelieu "
	"Rive-Sud Rive-Nord Mont-Royal Beauséjour Champlain Frontenac "
	"Rideau Algonquin Tamarack Loyalist Cataraqui Glengarry").split()
FEATURE = [f.replace("_", " ") for f in FEATURE]
SAINTS_EN = ("Mary Joseph Patrick Anne Michael John Paul Peter Jude Thomas "
	"Francis Luke Mark Matthew Andrew Elizabeth Catherine Monica Rita "
	"Teresa Hedwig Stanislaus Casimir Adalbert Hyacinth").split()
SAINTS_FR = [("Saint", s) for s in ("Joseph Jean-Baptiste Michel Pierre "
	"Luc François-d'Assise Louis Antoine Benoît Rédempteur Denis").split()] \
	+ [("Sainte", s) for s in ("Anne Marie Thérèse Famille Cécile "
	"Geneviève Rose-de-Lima Jeanne-d'Arc Monique").split()]
BRANDS = ["Subway", "Jersey Mike's Subs", "Dunkin'", "Tim Hortons",
	"Domino's Pizza", "Sonic Drive-In", "Little Caesars", "Jimmy John's",
	"Papa John's", "Great Clips", "Sport Clips", "The UPS Store",
	"Jiffy Lube", "Midas", "Mr. Lube", "Pizza Pizza", "Orange Julep",
	"Valentine", "Chick-fil-A", "Whataburger", "Portillo's", "Culver's",
	"Smoothie King", "Mathnasium", "Kumon", "Sylvan Learning"]
AGENCY = ["State Farm", "Allstate", "Farmers Insurance", "Nationwide",
	"American Family Insurance", "Desjardins Assurances", "Co-operators"]

# Legal forms per kind of body; the first word of each pair is the
# family a desk would swap inside (LLC <-> L.L.C.), see FORM_FAMILY.
FORM_FAMILY = {
	"llc": ["LLC", "L.L.C.", ", LLC", "Limited Liability Company"],
	"inc": ["Inc.", ", Inc.", "Inc", "Incorporated"],
	"corp": ["Corp.", "Corporation", "Corp"],
	"co": ["Co.", "Company", "& Co."],
	"pllc": ["PLLC", "P.L.L.C.", ", PLLC"],
	"pc": ["P.C.", ", P.C.", "PC", "Professional Corporation"],
	"pa": ["P.A.", ", P.A.", "PA"],
	"llp": ["LLP", "L.L.P.", ", LLP"],
	"ltd": ["Ltd.", "Ltd", "Limited", "Chartered"],
	"lp": ["LP", "L.P."],
	"plc": ["PLC", "P.L.C."],
	"inc_fr": ["inc.", "Inc.", "INC", "Inc"],
	"ltee": ["ltée", "Ltée", "ltee", "Limitée"],
	"incltee": ["Inc./Ltée", "inc./ltée"],
	"senc": ["S.E.N.C.R.L.", "s.e.n.c.r.l.", "SENCRL", "S.E.N.C.", "senc"],
	"ulc": ["ULC", "Unlimited Liability Corporation"],
	"ltd_ca": ["Ltd.", "Ltd", "Limited"],
	"corp_ca": ["Corp.", "Corporation"],
}
FORM_OF = {s: fam for fam, ss in FORM_FAMILY.items() for s in ss}
US_BIZ = [("llc", 45), ("inc", 30), ("corp", 6), ("co", 5), ("lp", 2),
	("", 12)]
US_PROF = [("pllc", 28), ("pc", 24), ("pa", 11), ("llc", 10), ("ltd", 5),
	("llp", 5), ("plc", 3), ("inc", 4), ("", 10)]
QC_BIZ = [("inc_fr", 60), ("ltee", 12), ("incltee", 6), ("senc", 4),
	("", 18)]
ON_BIZ = [("ltd_ca", 40), ("inc", 30), ("corp_ca", 8), ("ulc", 3),
	("", 19)]


def wpick(rng, pairs):
	t = rng.random() * sum(w for _, w in pairs)
	for v, w in pairs:
		t -= w
		if t < 0:
			return v
	return pairs[-1][0]


def form(rng, region, prof=False):
	if region == "QC":
		fam = wpick(rng, QC_BIZ)
	elif region == "ON":
		fam = wpick(rng, ON_BIZ)
	else:
		fam = wpick(rng, US_PROF if prof else US_BIZ)
	if not fam:
		return ""
	return rng.choice(FORM_FAMILY[fam][:2])


def attach(name, f):
	if not f:
		return name
	if f.startswith(",") or f.startswith("&"):
		return name + (f if f.startswith(",") else " " + f)
	return name + " " + f


# ---------------------------------------------------------------- customers
def person(rng, region):
	if region == "QC":
		if rng.random() < 0.85:
			return rng.choice(FIRST_QC), rng.choice(SUR_QC)
	if region == "ON":
		return rng.choice(FIRST_ON), rng.choice(SUR_ON)
	return rng.choice(FIRST_US), rng.choice(SUR_US)


def surname(rng, region):
	return person(rng, region)[1]


def place(rng, region):
	return rng.choice(PLACES[region])


def v_dental(rng, r):
	f, s = person(rng, r)
	p, s2 = place(rng, r), surname(rng, r)
	if r == "QC":
		shapes = ["Clinique dentaire %s" % s, "Centre dentaire %s" % p,
			"Clinique dentaire %s %s" % (s, s2), "Dre %s %s, dentiste" % (f, s)]
	else:
		cen = "Centre" if r == "ON" else "Center"
		shapes = ["%s Family Dentistry" % s, "Smile %s Dental" % p,
			"%s Dental Care" % p, "Dr. %s %s DDS" % (f, s),
			"%s & %s Dental Associates" % (s, s2), "%s Dental %s" % (p, cen),
			"%s Orthodontics" % s, "%s Pediatric Dentistry" % rng.choice(FEATURE)]
	return rng.choice(shapes), True, (f, s)


def v_medical(rng, r):
	f, s = person(rng, r)
	p = place(rng, r)
	if r == "QC":
		shapes = ["Clinique médicale %s" % p, "Polyclinique %s" % p,
			"Clinique de chiropratique %s" % s, "GMF %s" % p,
			"Physiothérapie %s" % p]
	else:
		shapes = ["%s Family Medicine" % p, "%s Chiropractic" % s,
			"%s Chiropractic Clinic" % p, "%s Pediatrics" % p,
			"%s Medical Center" % rng.choice(FEATURE),
			"%s Women's Health" % p, "%s Physical Therapy" % s,
			"%s Eye Care" % p, "Dr. %s %s MD" % (f, s), "%s Urgent Care" % p]
	return rng.choice(shapes), True, (f, s)


def v_vet(rng, r):
	f, s = person(rng, r)
	p = place(rng, r)
	if r == "QC":
		shapes = ["Hôpital vétérinaire %s" % p, "Clinique vétérinaire %s" % s]
	else:
		shapes = ["%s Animal Hospital" % p, "%s Veterinary Clinic" % s,
			"%s Pet Hospital" % rng.choice(FEATURE), "%s Veterinary Hospital" % p]
	return rng.choice(shapes), True, (f, s)


def v_law(rng, r):
	f, s = person(rng, r)
	s2, s3 = surname(rng, r), surname(rng, r)
	if r == "QC":
		shapes = ["%s %s avocats" % (s, s2), "Cabinet %s" % s,
			"%s, %s Notaires" % (s, s2), "Me %s %s, avocat" % (f, s)]
	else:
		shapes = ["%s, %s & %s" % (s, s2, s3), "Law Office of %s %s" % (f, s),
			"%s %s, Esq." % (f, s), "%s & %s Law Firm" % (s, s2),
			"%s Law Group" % s, "%s & Associates" % s]
	return rng.choice(shapes), True, (f, s)


def v_cpa(rng, r):
	f, s = person(rng, r)
	s2 = surname(rng, r)
	if r == "QC":
		shapes = ["%s %s CPA" % (s, s2), "Services comptables %s" % s,
			"Groupe %s comptables" % s]
	else:
		shapes = ["%s & Associates CPAs" % s, "%s %s & Co. CPAs" % (s, s2),
			"%s Tax Service" % s, "%s %s CPA" % (f, s),
			"%s Accounting & Bookkeeping" % place(rng, r)]
	return rng.choice(shapes), True, (f, s)


def v_insurance(rng, r):
	f, s = person(rng, r)
	a = rng.choice(AGENCY[:5] if r in ("TX", "IL") else AGENCY[5:] +
		["State Farm", "Allstate"])
	shapes = ["%s %s - %s Insurance Agent" % (f, s, a),
		"%s Insurance Agency - %s" % (s, a), "%s Insurance Agency" % s,
		"%s Insurance Group" % place(rng, r)]
	if r == "QC":
		shapes = ["%s %s - %s" % (f, s, a), "Cabinet d'assurances %s" % s]
	return rng.choice(shapes), False, (f, s)


def v_realty(rng, r):
	f, s = person(rng, r)
	p, ft = place(rng, r), rng.choice(FEATURE)
	if r == "QC":
		shapes = ["Immeubles %s" % s, "Gestion immobilière %s" % ft,
			"Syndicat de copropriété %s" % ft, "Groupe immobilier %s" % s]
	else:
		shapes = ["%s Realty Group" % s, "%s Title Company" % p,
			"%s National Title" % ft,
			"%s Property Management" % ft,
			"%s Homeowners Association, Inc." % ft, "%s Real Estate" % ft,
			"%s Title & Escrow" % ft, "%s Management Services" % ft,
			"%s Condominium Association" % ft]
	return rng.choice(shapes), False, (f, s)


def v_church(rng, r):
	p = place(rng, r)
	if r == "QC":
		kind, sn = rng.choice(SAINTS_FR)
		shapes = ["Paroisse %s-%s" % (kind, sn),
			"Fabrique de la paroisse %s-%s" % (kind, sn),
			"Église évangélique de %s" % p, "Diocèse de %s" % p,
			"Paroisse Notre-Dame-de-%s" %
			rng.choice(["Lourdes", "Grâce", "Fatima", "l'Assomption"])]
		n = rng.choice(shapes)
		return n + (" (%s)" % p if p not in n else ""), None, None
	sn = rng.choice(SAINTS_EN)
	shapes = ["First Baptist Church of %s" % p,
		"St. %s's Catholic Church" % sn, "%s Church of Christ" % p,
		"First United Methodist Church of %s" % p,
		"%s Community Church" % rng.choice(FEATURE),
		"St. %s Parish" % sn, "%s Bible Church" % rng.choice(FEATURE),
		"Iglesia Bautista %s" % rng.choice(["Emanuel", "Getsemani",
		"La Roca", "Fe y Esperanza"]),
		"St. %s Lutheran Church" % sn, "First Presbyterian Church of %s" % p,
		"Catholic Diocese of %s" % p]
	n = rng.choice(shapes)
	if "St." in n and "%s" % p not in n:
		n += " - " + p
	return n, None, None


def v_school(rng, r):
	p = place(rng, r)
	if r == "TX":
		shapes = ["%s Independent School District" % p,
			"%s ISD" % p, "%s Preparatory Academy" % rng.choice(FEATURE),
			"%s Christian Academy" % p, "St. %s Catholic School" %
			rng.choice(SAINTS_EN)]
	elif r == "IL":
		shapes = ["%s School District %d" % (p, rng.randrange(2, 230)),
			"%s Community Unit School District %d" % (p, rng.randrange(200,
			400)), "%s Charter School" % rng.choice(FEATURE),
			"St. %s Catholic School" % rng.choice(SAINTS_EN),
			"%s Montessori Academy" % p]
	elif r == "QC":
		k, sn = rng.choice(SAINTS_FR)
		shapes = ["Centre de services scolaire de %s" % p,
			"École %s-%s" % (k, sn), "Collège %s" % rng.choice(FEATURE),
			"Académie %s" % surname(rng, r)]
	else:
		shapes = ["%s Catholic District School Board" % p,
			"%s Christian School" % p, "%s Montessori" % rng.choice(FEATURE)]
	n = rng.choice(shapes)
	if ("St." in n or "École" in n) and p not in n:
		n += " - " + p
	return n, None, None


def v_gov(rng, r):
	p = place(rng, r)
	if r == "QC":
		shapes = ["Municipalité de %s" % p, "Ville de %s" % p,
			"MRC de %s" % p, "Régie intermunicipale de %s" % p]
	elif r == "ON":
		shapes = ["Town of %s" % p, "City of %s" % p, "Township of %s" % p,
			"United Counties of %s" % p]
	else:
		shapes = ["City of %s" % p, "Town of %s" % p, "%s Township" % p,
			"%s County" % p, "Village of %s" % p, "%s Public Library" % p,
			"%s Fire Protection District" % p, "%s Park District" % p,
			"%s Police Department" % p]
	return rng.choice(shapes), None, None


def v_nonprofit(rng, r):
	f, s = person(rng, r)
	p, ft = place(rng, r), rng.choice(FEATURE)
	if r == "QC":
		shapes = ["Fondation %s" % s, "Banque alimentaire %s" % p,
			"Centre communautaire %s" % ft, "Maison des jeunes de %s" % p]
	else:
		shapes = ["%s Food Bank" % p, "%s Family Foundation" % s,
			"Boys & Girls Club of %s" % p, "%s Community Services, Inc." % ft,
			"%s Humane Society" % p, "%s Senior Center" % p,
			"%s Habitat for Humanity" % p, "%s Youth Soccer Association" % p]
	return rng.choice(shapes), None, (f, s)


def v_food(rng, r):
	f, s = person(rng, r)
	p = place(rng, r)
	if rng.random() < 0.4:	# a franchisee: legal name dba brand #store
		b = rng.choice(BRANDS)
		legal = rng.choice(["%s Foods" % s, "%s Enterprises" % s,
			"%s Holdings" % s, "%s %s Group" % (s, rng.choice(FEATURE)),
			"%s Restaurants" % rng.choice(FEATURE)])
		legal = attach(legal, form(rng, r))
		store = "#%d" % rng.randrange(100, 99999)
		dba = rng.choice([" dba ", " d/b/a ", " DBA "]) \
			if r != "QC" else rng.choice([" (", " s/n "])
		brand = "%s %s" % (b, store)
		name = legal + dba + brand + (")" if dba == " (" else "")
		return name, False, (f, s), (legal, brand, b, store)
	if r == "QC":
		shapes = ["Restaurant %s" % s, "Casse-croûte %s" % p,
			"Boulangerie %s" % s, "Pizzeria %s" % p, "Brasserie %s" % s]
	else:
		shapes = ["%s's Bar & Grill" % s, "%s Taqueria" % p,
			"%s Bakery" % s, "%s Pizza Kitchen" % p, "%s BBQ" % s,
			"%s Coffee Co." % rng.choice(FEATURE), "%s Diner" % p]
	return rng.choice(shapes), False, (f, s)


def v_auto(rng, r):
	f, s = person(rng, r)
	p = place(rng, r)
	if r == "QC":
		shapes = ["Garage %s" % s, "Carrosserie %s" % p, "%s Auto" % p]
	else:
		shapes = ["%s Auto Repair" % s, "%s Ford" % p, "%s Collision Center" % p,
			"%s Tire & Auto" % s, "%s Chevrolet" % p, "%s Motors" % s,
			"%s Transmission" % p]
	return rng.choice(shapes), False, (f, s)


def v_trades(rng, r):
	f, s = person(rng, r)
	ft = rng.choice(FEATURE)
	if r == "QC":
		shapes = ["Plomberie %s" % s, "Toitures %s" % s,
			"Construction %s" % s, "Électricité %s" % s,
			"Climatisation %s" % ft, "Excavation %s" % s]
	else:
		shapes = ["%s & Sons Plumbing" % s, "%s Heating and Air Conditioning" % s,
			"%s Roofing & Construction" % ft, "%s Electric Co." % s,
			"%s Plumbing" % ft, "%s HVAC Services" % ft,
			"%s Brothers Construction" % s, "%s Landscaping" % ft,
			"%s Custom Homes" % s, "%s Concrete" % ft]
	return rng.choice(shapes), False, (f, s)


def v_mfg(rng, r):
	f, s = person(rng, r)
	ft = rng.choice(FEATURE)
	if r == "QC":
		shapes = ["Les Industries %s" % s, "Usinage %s" % ft,
			"Les Entreprises %s" % s, "Fabrication %s" % ft]
	else:
		shapes = ["%s Manufacturing Company" % ft, "%s Tool & Die" % s,
			"%s Plastics" % ft, "%s Metal Works" % ft,
			"%s Industries" % s, "%s Precision Machining" % ft,
			"%s International" % ft, "%s Distribution" % ft]
	return rng.choice(shapes), False, (f, s)


def v_other(rng, r):
	f, s = person(rng, r)
	p, ft = place(rng, r), rng.choice(FEATURE)
	if r == "QC":
		shapes = ["Salon %s" % s, "Fleuriste %s" % p, "Pharmacie %s" % s,
			"Transport %s" % s, "Services financiers %s" % s]
	else:
		shapes = ["%s Florist" % p, "%s Hair Studio" % ft, "%s Pharmacy" % p,
			"%s Trucking" % s, "%s Staffing" % ft, "%s Financial Advisors" % ft,
			"%s Funeral Home" % s, "%s Storage" % ft, "%s Printing" % ft,
			"%s Travel" % ft, "%s Consulting Group" % s]
	return rng.choice(shapes), False, (f, s)


VERTICALS = [(v_dental, 10), (v_medical, 9), (v_vet, 4), (v_law, 8),
	(v_cpa, 6), (v_insurance, 6), (v_realty, 8), (v_church, 8),
	(v_school, 6), (v_gov, 5), (v_nonprofit, 5), (v_food, 7), (v_auto, 5),
	(v_trades, 8), (v_mfg, 5), (v_other, 8)]
BIG = {v_school, v_gov, v_mfg}
REGIONS = [("TX", 38), ("IL", 30), ("QC", 22), ("ON", 10)]


# ---------------------------------------------------------------- keys
FORM_WORDS = set("llc inc incorporated corp corporation co company lp llp "
	"pllc pc pa plc ltd limited ltee limitee senc sencrl sec ulc chartered "
	"enr dba db a the and et of de du des la le les l d s n sn esq "
	"professional liability unlimited".split())
SAINTISH = {"st": "saint", "ste": "saint", "sainte": "saint", "saint": "saint",
	"mt": "mount", "mount": "mount", "mont": "mount", "dr": "dr", "dre": "dr",
	"doctor": "dr", "ft": "fort", "fort": "fort"}


def strip_accents(s):
	return "".join(c for c in unicodedata.normalize("NFKD", s)
		if not unicodedata.combining(c))


SPLIT = re.compile(r"[^a-z0-9]+")


def tokens(s):
	s = strip_accents(s).lower().replace("&", " and ").replace("+", " and ")
	s = s.replace("'", "").replace("\u2019", "").replace(".", "")
	out = []
	for t in SPLIT.split(s):
		if not t or t in FORM_WORDS:
			continue
		out.append(SAINTISH.get(t, t))
	return out


def key(s):
	return " ".join(tokens(s))


def deletes(k):
	return {k[:i] + k[i + 1:] for i in range(len(k))}


class Index:
	"""Keys, one-deletion neighbours, words and acronyms of the customers:
	what keeps a label honest."""

	def __init__(self, custs):
		self.keys, self.dels, self.words = {}, {}, {}
		self.rare, self.acro = {}, {}
		for i, c in enumerate(custs):
			self.add(i, c["name"])
		self.people, self.lasts = {}, {}
		for i, c in enumerate(custs):
			for ct in c["contacts"]:
				self.people.setdefault(key(ct["firstname"] + " " +
					ct["lastname"]), set()).add(i)
				self.lasts.setdefault(key(ct["lastname"]), set()).add(i)
		for i, c in enumerate(custs):
			ts = set(tokens(c["name"]))
			c["toks"] = ts
			r = min(ts, key=lambda t: (len(self.words[t]), t)) if ts else ""
			self.rare.setdefault(r, []).append(i)

	def add(self, i, name):
		k = key(name)
		self.keys[k] = i
		for d in deletes(k):
			self.dels[d] = i if self.dels.get(d, i) == i else -2
		for t in set(tokens(name)):
			self.words.setdefault(t, set()).add(i)
		a = "".join(t[0] for t in tokens(name))
		self.acro[a] = i if self.acro.get(a, i) == i else -2

	def near_other(self, typed, i):
		k = key(typed)
		if not k:
			return True
		if self.keys.get(k, i) != i or self.dels.get(k, i) != i:
			return True
		for d in deletes(k):
			if self.keys.get(d, i) != i or self.dels.get(d, i) != i:
				return True
		return False

	def covered(self, typed, i, cut=False):
		"""All the typed words stand in some other customer's name; with
		cut, the last one may be the start of a word (a field cut)."""
		tl = tokens(typed)
		ts = set(tl)
		if not ts:
			return True
		sets = []
		for t in ts:
			s = self.words.get(t)
			if cut and t == tl[-1]:
				s = self.starting(t)
			if not s:
				return False
			sets.append(s)
		sets.sort(key=len)
		for j in sets[0]:
			if j != i and all(j in s for s in sets[1:]):
				return True
		return False

	def starting(self, t):
		"""The customers with a word that starts with t."""
		if not hasattr(self, "vocab"):
			self.vocab = sorted(self.words)
		out = set()
		k = bisect.bisect_left(self.vocab, t)
		while k < len(self.vocab) and self.vocab[k].startswith(t):
			out |= self.words[self.vocab[k]]
			k += 1
			if len(out) > 5000:
				break
		return out

	def covers(self, typed, custs):
		"""Some customer's words all stand in the typed name."""
		ts = set(tokens(typed))
		for t in ts:
			for j in self.rare.get(t, ()):
				if custs[j]["toks"] <= ts:
					return True
		return False

	def acro_other(self, a, i):
		a = strip_accents(a).lower()
		return self.acro.get(a, i) != i or self.keys.get(a, i) != i


# ---------------------------------------------------------------- population
def make_customers(rng, n):
	vs = [v for v, _ in VERTICALS]
	vw = [w for _, w in VERTICALS]
	custs, seen = [], set()
	while len(custs) < n:
		region = wpick(rng, REGIONS)
		v = rng.choices(vs, vw)[0]
		res = v(rng, region)
		name, prof, who = res[0], res[1], res[2]
		dba = res[3] if len(res) > 3 else None
		f = ""
		if prof is not None and not dba and " - " not in name and \
				not strip_form(name)[1] and \
				" Esq." not in name and \
				", dentiste" not in name and ", avocat" not in name:
			f = form(rng, region, prof)
			name = attach(name, f)
		k = key(name)
		if not k or k in seen:
			continue
		seen.add(k)
		if region == "QC" and rng.random() < 0.04:
			name = name.upper()
		town = next((t for t in PLACES[region] if t in name), None) or \
			place(rng, region)
		custs.append({"id": 8100000 + len(custs) * 3 + rng.randrange(3),
			"name": name, "region": region, "town": town, "vertical": v.__name__[2:],
			"form": f, "who": who, "dba": dba, "big": v in BIG})
	return custs


MAIL = {"TX": ["gmail.com", "yahoo.com", "att.net", "sbcglobal.net",
	"outlook.com"], "IL": ["gmail.com", "comcast.net", "yahoo.com",
	"att.net", "aol.com"], "QC": ["videotron.ca", "gmail.com",
	"hotmail.com", "bell.net"], "ON": ["sympatico.ca", "bell.net",
	"rogers.com", "gmail.com"]}


def domain(c):
	ts = [t for t in tokens(c["name"]) if t not in ("saint", "dr")]
	return ("".join(ts[:2]) or "office")[:24] + (".ca" if c["region"] in
		("QC", "ON") else ".com")


def contacts(rng, c, ids):
	out = []
	for n in range(rng.choice([1, 1, 2, 2, 3, 4])):
		f, s = c["who"] if n == 0 and c["who"] else person(rng, c["region"])
		f1, s1 = strip_accents(f).lower(), strip_accents(s).lower()
		s1 = s1.replace("'", "").replace(" ", "")
		if rng.random() < 0.6:
			mail = "%s%s@%s" % (f1[0], s1, domain(c))
		else:
			mail = "%s.%s@%s" % (f1, s1, rng.choice(MAIL[c["region"]]))
		ids[0] += 1
		out.append({"id": ids[0], "firstname": f, "lastname": s,
			"email": mail})
	return out


ROLES = {"dental": ["FRONTDESK-01", "OP1", "OP2", "OP3", "XRAY", "PANO",
	"CHECKOUT"], "medical": ["FRONTDESK-01", "EXAM1", "EXAM2", "NURSE-STN",
	"CHECKIN"], "vet": ["FRONTDESK", "SURGERY", "TREATMENT", "KENNEL"],
	"church": ["PASTOR-PC", "OFFICE-PC", "SOUNDBOOTH", "SECRETARY"],
	"school": ["LIB-CIRC", "FRONT-OFFICE", "NURSE", "COUNSELOR"],
	"food": ["POS1", "POS2", "MANAGER", "KITCHEN-PRN", "BOH-PC"],
	"auto": ["SERVICE-WRITER", "PARTS", "SHOP-PC"],
	"gov": ["CLERK-01", "DISPATCH", "PERMITS"],
	"*": ["SERVER", "RECEPTION", "OFFICE-PC", "FRONTDESK-01", "ACCOUNTING",
		"CONF-ROOM", "SCAN-PC", "QB-SERVER", "DC01"]}
HEX = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def desktop(rng, head="DESKTOP"):
	return head + "-" + "".join(rng.choice(HEX) for _ in range(7))


def own_device(rng, first, last):
	f = strip_accents(first).replace("-", "")
	return rng.choice(["%ss-MacBook-Pro" % f, "%ss-iMac" % f,
		"%s%s-LT" % (f[0].upper(), strip_accents(last).upper()
			.replace("'", "").replace(" ", "")[:7]), "%s-PC" % f.upper(),
		"%ss-iPad" % f])


def site_prefix(c):
	ts = tokens(c["name"])
	if len(ts) >= 3:
		return "".join(t[0] for t in ts[:4]).upper()
	return strip_accents(ts[0] if ts else "SITE").upper()[:6]


def assets(rng, c, ids):
	n = int(min(80, rng.lognormvariate(math.log(4), 0.9) *
		(3 if c["big"] else 1)))
	scheme = wpick(rng, [("site", 40), ("desktop", 30), ("role", 18),
		("user", 12)])
	c["scheme"] = scheme
	roles = ROLES.get(c["vertical"], []) + ROLES["*"]
	names, out = set(), []
	for k in range(n * 3):
		if len(names) >= n:
			break
		x = scheme if rng.random() < 0.75 else rng.choice(["role", "user",
			"desktop"])
		if x == "site":
			m = "%s-%s%02d" % (site_prefix(c), rng.choice(["PC", "WS", "LT",
				"FD", "OP"]), rng.randrange(1, 40))
		elif x == "desktop":
			m = desktop(rng, rng.choice(["DESKTOP", "DESKTOP", "LAPTOP"]))
		elif x == "role":
			m = rng.choice(roles)
		else:
			f, s = person(rng, c["region"])
			m = own_device(rng, f, s)
		if m in names:
			continue
		names.add(m)
		ids[0] += 1
		out.append({"id": ids[0], "name": m})
	return out


# ---------------------------------------------------------------- keyboards
US_ROWS = ["1234567890-", "qwertyuiop[", "asdfghjkl;'", "zxcvbnm,./"]


def neighbours(rows):
	pos = {ch: (r, i) for r, row in enumerate(rows) for i, ch in
		enumerate(row)}
	nb = {}
	for ch, (r, i) in pos.items():
		out = []
		for dr, di in ((0, -1), (0, 1), (-1, 0), (-1, 1), (1, -1), (1, 0)):
			rr, ii = r + dr, i + di
			if 0 <= rr < len(rows) and 0 <= ii < len(rows[rr]):
				c2 = rows[rr][ii]
				if c2.isalpha() or c2 in "éèàç":
					out.append(c2)
		nb[ch] = out
	return nb


NB_US = neighbours(US_ROWS)
# CSA: é on the US '/' key, è on "'", à on '\' (below Enter, beside è),
# ç on ']'.
NB_CSA = neighbours(["1234567890-", "qwertyuiop^ç", "asdfghjkl;èà",
	"zxcvbnm,.é"])


def slip(rng, s, desk):
	"""One keyboard slip in a word's inner letters."""
	nb = NB_CSA if desk == "mtl" else NB_US
	idx = [i for i, ch in enumerate(s) if ch.isalpha() and i > 0 and
		s[i - 1].isalpha()]
	if not idx:
		return None
	i = rng.choice(idx)
	ch = s[i]
	low = ch.lower()
	x = rng.random()
	if x < 0.40:
		cands = nb.get(low) or nb.get(strip_accents(low)) or []
		if not cands:
			return None
		c2 = rng.choice(cands)
		return s[:i] + (c2.upper() if ch.isupper() else c2) + s[i + 1:]
	if x < 0.60:
		if i + 1 >= len(s) or not s[i + 1].isalpha() or s[i + 1] == ch:
			return None
		return s[:i] + s[i + 1] + ch + s[i + 2:]
	if x < 0.85:
		return s[:i] + s[i + 1:]
	return s[:i] + ch + s[i:]


def recase(rng, s):
	x = rng.random()
	if x < 0.6:
		return s.lower()
	if x < 0.85:
		return s.upper()
	return " ".join(w[:1].upper() + w[1:].lower() for w in s.split())


# ---------------------------------------------------------------- noise
def strip_form(name):
	"""The name without its trailing legal form, and the form."""
	for f in sorted(FORM_OF, key=len, reverse=True):
		for sep in ((" ", "") if f.startswith(",") else (" ",)):
			if name.lower().endswith((sep + f).lower()) and \
					len(name) > len(f) + 3:
				return name[:len(name) - len(f) - len(sep)].rstrip(" ,"), f
	return name, ""


def core(c):
	"""The name without a legal form nor its town qualifier."""
	n = c["name"]
	if c["dba"]:
		return c["dba"][0]
	n = re.sub(r" \([^)]*\)$", "", n)
	n = re.sub(r" - [^-]+$", "", n) if " - " in n and c["vertical"] in (
		"church", "school") else n
	return strip_form(n)[0]


def n_suffix(rng, c, desk):
	if c["dba"]:	# the form dropped or moved after the brand
		legal, brand = c["dba"][0], c["dba"][1]
		lb, f = strip_form(legal)
		if not f:
			return None
		rest = c["name"][len(legal):]
		return lb + rest + (" " + f.lstrip(", ") if rng.random() < 0.5
			else "")
	base, f = strip_form(c["name"])
	if (not f and c["vertical"] in ("church", "school", "gov",
			"nonprofit")):
		return None	# nobody types "Inc." after a parish or a town
	x = rng.random()
	if f and x < 0.45:
		return base
	if f and x < 0.8:
		fam = FORM_FAMILY[FORM_OF[f]]
		alt = [g for g in fam if g != f]
		return attach(base, rng.choice(alt)) if alt else None
	prof = c["vertical"] in ("dental", "medical", "vet", "law", "cpa")
	pool = {"dal": ["PLLC", "P.A.", "P.C."] if prof else ["LLC", "Inc",
		"Inc."], "chi": ["P.C.", "Ltd.", "LLC"] if prof else ["Inc.", "LLC",
		"Co."], "mtl": ["inc.", "Inc", "ltée", "Ltd"]}[desk]
	g = rng.choice(pool)
	return attach(base, g) if FORM_OF.get(g) != FORM_OF.get(f) else None


ABBR = [("Associates", "Assoc."), ("Associates", "Assocs"),
	("Association", "Assn"), ("Management", "Mgmt"),
	("Services", "Svcs"), ("Service", "Svc"), ("Department", "Dept"),
	("International", "Intl"), ("National", "Natl"), ("County", "Co."),
	("Center", "Ctr"), ("Centre", "Ctr"),
	("Company", "Co"), ("Brothers", "Bros"), ("Manufacturing", "Mfg"),
	("Construction", "Constr"), ("Veterinary", "Vet"),
	("Hospital", "Hosp"), ("Chiropractic", "Chiro"),
	("Insurance", "Ins"), ("Agency", "Agcy"), ("Property", "Prop"),
	("Accounting", "Acctg"), ("Foundation", "Fdn"), ("Township", "Twp"),
	("County", "Cnty"), ("Dentistry", "Dent"), ("Pediatrics", "Peds"),
	("Family", "Fam"), ("Medical", "Med"), ("Heating and Air Conditioning",
	"HVAC"), ("Heating and Air Conditioning", "Heat & Air"),
	("Air Conditioning", "A/C"), ("Physical Therapy", "PT"),
	("Homeowners Association", "HOA"), ("Independent School District",
	"ISD"), ("Community Unit School District", "CUSD"),
	("School District", "SD"), ("Fire Protection District", "FPD"),
	("Police Department", "PD"), ("Public Library", "Library"),
	("Catholic Church", "Catholic"), ("Church of Christ", "COC"),
	("First Baptist Church", "FBC"), ("First United Methodist Church",
	"FUMC"), ("Boys & Girls Club", "BGC"), ("Clinique", "Clin."),
	("Municipalité", "Mun."), ("Centre de services scolaire", "CSS"),
	("Paroisse", "Par."), ("Hôpital vétérinaire", "Hop. vet."),
	("Construction", "Const."), ("Entreprises", "Ent."),
	("Industries", "Ind."), ("Distribution", "Dist"),
	("Precision Machining", "Precision"), ("Real Estate", "RE"),
	("Title & Escrow", "Title"), ("Tool & Die", "T&D"),
	("Women's Health", "Womens Health"), ("Orthodontics", "Ortho"),
	("Collision Center", "Collision"), ("Transmission", "Trans")]


def n_abbrev(rng, c, desk, ix, i):
	n = core(c)
	hits = [(a, b) for a, b in ABBR if re.search(r"\b%s\b" % re.escape(a), n)]
	x = rng.random()
	if hits and x < 0.7:
		a, b = rng.choice(hits)
		return re.sub(r"\b%s\b" % re.escape(a), b, n, count=1)
	if re.match(r"^(Dr\.|Dre|Me) ", n) or " - " in n:
		return None	# nobody makes an acronym of a person
	ts = [w for w in re.split(r"[ \-]+", n) if w and
		strip_accents(w).lower().replace(".", "").strip(",'") not in
		FORM_WORDS]
	if len(ts) >= 3:	# an acronym: "Plano Independent School District" PISD
		a = "".join(strip_accents(w)[0].upper() for w in ts if w[0].isalpha())
		if len(a) >= 3 and not ix.acro_other(a, i):
			return a
	return None


def n_trunc(rng, c, desk):
	n = c["name"] if rng.random() < 0.5 else core(c)
	x = rng.random()
	if x < 0.5:
		w = rng.choice([16, 18, 20, 24, 25, 30])
		if len(n) <= w + 2:
			return None
		return n[:w]
	ws = n.split()
	if len(ws) < 3:
		return None
	return " ".join(ws[:rng.randrange(2, len(ws))]).rstrip(",&-")


def n_reorder(rng, c, desk):
	n = core(c)
	m = re.match(r"^(City|Town|Village|Township|Ville|Municipalité) (of|de) "
		r"(.+)$", n)
	if m:
		return rng.choice(["%s, %s of" % (m.group(3), m.group(1)),
			"%s %s" % (m.group(3), m.group(1))])
	m = re.match(r"^(.+) (Church|Parish|Catholic Church) of (.+)$", n) or \
		re.match(r"^(First Baptist|First Presbyterian|First United "
		r"Methodist) Church of (.+)$", n)
	if m and m.lastindex == 2:
		return "%s %s Church" % (m.group(2), m.group(1))
	if m:
		return "%s %s %s" % (m.group(3), m.group(1), m.group(2))
	m = re.match(r"^(Dr\.|Dre) ([^ ]+) ([^ ]+)(.*)$", n)
	if m:
		return "%s, %s%s" % (m.group(3), m.group(2), m.group(4))
	m = re.match(r"^([^ ,]+), ([^ ,]+) & (.+)$", n)
	if m:
		return "%s, %s & %s" % (m.group(2), m.group(1), m.group(3))
	m = re.match(r"^([^ ]+) & ([^ ]+) (.+)$", n)
	if m:
		return "%s & %s %s" % (m.group(2), m.group(1), m.group(3))
	m = re.match(r"^(.+) - (.+)$", n)
	if m:
		return "%s - %s" % (m.group(2), m.group(1))
	ws = n.split()
	if len(ws) == 2 and c["region"] == "QC":
		return "%s %s" % (ws[1], ws[0])
	return None


def n_and(rng, c, desk):
	n = c["name"]
	for a, bs in ((" & ", [" and ", " + ", " ", "&"]),
			(" and ", [" & ", " n ", " + "]), (" et ", [" & "])):
		if a in n:
			return n.replace(a, rng.choice(bs), 1)
	return None


def n_accent(rng, c, desk):
	n = c["name"]
	if strip_accents(n) == n:
		return None
	if rng.random() < 0.7:
		return strip_accents(n)
	out = list(n)
	idx = [i for i, ch in enumerate(n) if strip_accents(ch) != ch]
	i = rng.choice(idx)
	out[i] = strip_accents(out[i])
	return "".join(out)


def n_saint(rng, c, desk):
	n = c["name"]
	subs = [(r"\bSt\. ", ["Saint ", "St ", "St."]), (r"\bSaint-", ["St-",
		"St ", "Saint "]), (r"\bSainte-", ["Ste-", "Ste ", "Sainte "]),
		(r"\bMount ", ["Mt. ", "Mt "]), (r"\bMont-", ["Mt-", "Mont "]),
		(r"\bDr\. ", ["Doctor ", "Dr "]), (r"\bDre ", ["Dr. ", "Dr "]),
		(r"\bFort ", ["Ft. ", "Ft "]), (r"\bSt-", ["Saint-", "St "])]
	hits = [(a, bs) for a, bs in subs if re.search(a, n)]
	if not hits:
		return None
	a, bs = rng.choice(hits)
	return re.sub(a, rng.choice(bs), n, count=1)


# How the desks shorten long Quebec and Texas town names (public usage).
TOWN_SHORT = {"Saint-Jean-sur-Richelieu": ["St-Jean", "St-Jean-sur-Richelieu",
	"Saint-Jean"], "Salaberry-de-Valleyfield": ["Valleyfield"],
	"Saint-Bruno-de-Montarville": ["St-Bruno", "Saint-Bruno"],
	"Notre-Dame-de-l'Île-Perrot": ["NDIP", "N.-D.-de-l'Île-Perrot"],
	"Vaudreuil-Dorion": ["Vaudreuil"], "Sorel-Tracy": ["Sorel"],
	"Mont-Saint-Hilaire": ["Mont-St-Hilaire", "MSH"],
	"Trois-Rivières": ["Trois-Rivieres", "3-Rivières", "TR"],
	"Sainte-Anne-des-Plaines": ["Ste-Anne-des-Plaines"],
	"Saint-Jérôme": ["St-Jérôme", "St-Jerome"],
	"Saint-Hyacinthe": ["St-Hyacinthe", "St-Hyac"],
	"Rivière-du-Loup": ["RDL", "Riviere-du-Loup"],
	"Mont-Tremblant": ["Tremblant"], "L'Île-Perrot": ["Ile Perrot"],
	"Fort Worth": ["Ft Worth", "FTW", "Ft. Worth"],
	"North Richland Hills": ["NRH"], "Grand Prairie": ["GP"],
	"Farmers Branch": ["FB"], "Elk Grove Village": ["Elk Grove", "EGV"],
	"Arlington Heights": ["Arl Hts", "Arlington Hts"],
	"Hoffman Estates": ["Hoffman Ests"], "Mount Prospect": ["Mt Prospect"],
	"Clarence-Rockland": ["Rockland"], "St. Catharines": ["St Kitts"],
	"Niagara Falls": ["Niagara"], "Montréal": ["Mtl", "Montreal"],
	"Québec": ["Quebec", "Qc"]}


def n_town(rng, c, desk):
	n = c["name"]
	for t, shorts in TOWN_SHORT.items():
		if t in n:
			return n.replace(t, rng.choice(shorts), 1)
	return None


PREFIX = {"dal": ["DAL - ", "Cust: ", "TKT#%d - ", "[DFW] ", "Client: "],
	"chi": ["CHI: ", "Ticket %d - ", "RE: ", "Cust - ", "#%d "],
	"mtl": ["MTL - ", "Client: ", "Billet %d - ", "[QC] ", "Appel: "]}


def n_prefix(rng, c, desk):
	p = rng.choice(PREFIX[desk])
	if "%d" in p:
		p = p % rng.randrange(10000, 99999)
	return p + (c["name"] if rng.random() < 0.6 else core(c))


def n_location(rng, c, desk):
	n = core(c) if rng.random() < 0.5 else c["name"]
	town = c["town"]
	st = STATE[c["region"]]
	return n + rng.choice([" - %s" % st, " (%s, %s)" % (town, st),
		" %s" % town, " - %s %s" % (town, st)])


def n_person(rng, c, desk, ix, i):
	ct = rng.choice(c["contacts"])
	f, s = ct["firstname"], ct["lastname"]
	short = " ".join(core(c).split(" - ")[0].split()[:3]).rstrip(",&")
	x = rng.random()
	if x < 0.35:
		return "%s @ %s" % (f, short)
	if x < 0.6:
		return "%s %s - %s" % (f, s, short)
	if x < 0.8:
		return "%s (%s)" % (short, f)
	if c["vertical"] in ("dental", "medical", "vet") and \
			ix.lasts.get(key(s), {i}) == {i}:
		return "Dr. %s" % s if desk != "mtl" else "Dre %s" % s
	if ix.people.get(key(f + " " + s), {i}) != {i}:
		return None	# another customer has a contact of that name
	return "%s %s" % (f, s)


def n_dba(rng, c, desk):
	if not c["dba"]:
		return None
	legal, brand, b, store = c["dba"]
	x = rng.random()
	if x < 0.45:
		return brand
	if x < 0.75:
		return legal if rng.random() < 0.5 else strip_form(legal)[0]
	return "%s (%s)" % (b, strip_form(legal)[0])


def n_store(rng, c, desk):
	if not c["dba"]:
		return None
	legal, brand, b, store = c["dba"]
	num = store[1:]
	return rng.choice(["%s %s" % (b, num), "%s Store %s" % (b, num),
		"%s #%s" % (b.replace("'", ""), num), "%s - Store #%s" % (b, num),
		"%s %s" % (num, b)])


def n_typo(rng, c, desk, k=1):
	n = c["name"]
	for _ in range(k):
		n = slip(rng, n, desk)
		if not n:
			return None
	return n


def n_mixed(rng, c, desk, ix, i):
	for f in rng.sample([n_trunc, n_saint, n_dba, n_reorder, n_suffix,
			n_accent, n_prefix], 7):
		s = f(rng, c, desk)
		if s:
			break
	else:
		s = n_abbrev(rng, c, desk, ix, i)
	if not s:
		return None
	x = rng.random()
	if x < 0.45:
		return slip(rng, s, desk)
	if x > 0.75 and strip_accents(s) != s:
		return strip_accents(s)
	r = recase(rng, s)
	return r if r != s else s.lower()


WEIGHTS = [("exact", 10), ("case", 6), ("suffix", 10), ("accent", 4),
	("typo", 9), ("two typos", 4), ("typo+case", 3), ("abbreviation", 8),
	("truncated", 8), ("reorder", 5), ("and", 3), ("prefix", 5),
	("location", 3), ("person", 4), ("dba", 4), ("store number", 2),
	("saint/mount", 4), ("town", 2), ("mixed", 8)]
SHORT = {"town", "abbreviation", "truncated", "person", "dba", "store number",
	"mixed", "prefix", "location", "reorder"}


def real_noise(rng, kind, c, desk, ix, i):
	n = c["name"]
	if kind == "exact":
		return n
	if kind == "case":
		s = recase(rng, n)
		return s if s != n else None
	f = {"suffix": n_suffix, "accent": n_accent, "truncated": n_trunc,
		"reorder": n_reorder, "and": n_and, "prefix": n_prefix,
		"location": n_location, "dba": n_dba, "town": n_town,
		"store number": n_store, "saint/mount": n_saint}.get(kind)
	if f:
		return f(rng, c, desk)
	if kind == "person":
		return n_person(rng, c, desk, ix, i)
	if kind == "typo":
		return n_typo(rng, c, desk)
	if kind == "two typos":
		return n_typo(rng, c, desk, 2)
	if kind == "typo+case":
		s = n_typo(rng, c, desk)
		return recase(rng, s) if s else None
	if kind == "abbreviation":
		return n_abbrev(rng, c, desk, ix, i)
	if kind == "mixed":
		return n_mixed(rng, c, desk, ix, i)
	raise ValueError(kind)


def draw(rng, cum):
	t = rng.random() * cum[-1]
	lo, hi = 0, len(cum) - 1
	while lo < hi:
		mid = (lo + hi) // 2
		if cum[mid] <= t:
			lo = mid + 1
		else:
			hi = mid
	return lo


def desk_for(rng, c):
	own = DESK[c["region"]]
	if rng.random() < 0.8:
		return own
	return rng.choice([d for d in ("dal", "chi", "mtl") if d != own])


def honest(typed, kind, i, ix, custs):
	if kind == "exact":
		return True
	if typed is None or len(typed.strip()) < 3:
		return False
	typed = " ".join(typed.split())
	if typed == custs[i]["name"] and kind != "exact":
		return False
	if ix.near_other(typed, i):
		return False
	if kind in SHORT and ix.covered(typed, i, kind in ("truncated",
			"mixed")):
		return False
	return True


def real_row(rng, custs, ix, cum, kind):
	for _ in range(400):
		i = draw(rng, cum)
		c = custs[i]
		desk = desk_for(rng, c)
		s = real_noise(rng, kind, c, desk, ix, i)
		if s is not None and honest(s, kind, i, ix, custs):
			return (" ".join(s.split()), i, kind, desk)
	i = draw(rng, cum)
	return (custs[i]["name"], i, "exact (fallback)", DESK[custs[i]["region"]])


# ---------------------------------------------------------------- impostors
OTHER_TRADE = ["Nail Spa", "Lawn Care", "Pawn Shop", "Car Wash",
	"Tattoo Parlor", "Bail Bonds", "Dance Studio", "Pool Supply",
	"Donut Shop", "Vape Shop", "Barbershop", "Martial Arts", "Self Storage",
	"Pest Control", "Towing", "Limousine", "Quincaillerie", "Dépanneur",
	"Nettoyeur", "Bowling", "Photography", "Daycare", "Tutoring",
	"Mobile Homes", "Fireworks", "Feed Store", "Gun Range"]
MSP_SELF = ["Internal - NOC", "DAL NOC", "CHI Helpdesk", "MTL Soutien",
	"Tech Bench", "TEST-VM", "Lab - Win11 image", "Onboarding laptop",
	"Sales demo", "Training room", "Backup appliance", "MSP Admin",
	"Helpdesk after hours", "Bench - rebuild", "Spare laptop pool"]


def imp_name(rng, kind, custs, ix):
	c = custs[rng.randrange(len(custs))]
	r = c["region"]
	if kind == "rare word":
		ts = [w for w in re.split(r"[ \-,]+", core(c)) if len(w) > 3 and
			strip_accents(w).lower() not in FORM_WORDS]
		if not ts:
			return None
		w = min(ts, key=lambda t: len(ix.words.get(key(t), ())) or 99999)
		return "%s %s" % (w, rng.choice(OTHER_TRADE))
	if kind == "namesake":
		p = rng.choice(OTHER_PLACES)
		n = core(c)
		for town in PLACES[r]:
			if town in n and len(town) > 3:
				return n.replace(town, p)
		if c["who"]:
			s = c["who"][1]
			return "%s %s" % (s, rng.choice(OTHER_TRADE))
		return None
	if kind == "franchise sibling":
		b = rng.choice(BRANDS)
		return rng.choice(["%s #%d", "%s Store %d", "%s %d"]) % (
			b, rng.randrange(100, 99999))
	if kind == "internal":
		x = rng.random()
		if x < 0.5:
			return rng.choice(MSP_SELF)
		f, s = caller(rng, rng.choice(["TX", "IL", "QC"]))
		return rng.choice(["%s %s (tech)", "%s %s - laptop", "Internal - %s %s"
			]) % (f, s)
	if kind == "person":
		f, s = caller(rng, r)
		return rng.choice(["Personal - %s %s", "%s %s (home)",
			"Mrs. %s %s", "Residential - %s %s", "%s %s - home PC",
			"Particulier - %s %s"]) % (f, s)
	if kind == "same shape":
		v = next(v for v, _ in VERTICALS if v.__name__[2:] == c["vertical"])
		res = v(rng, r)
		return res[0]
	return None


# Private callers and the MSP's staff: half from the customers' name
# lists (redrawn when a customer has a contact of that name), half from
# these surnames further down the Census and ISQ lists.
CALLER_SUR = ("Hargrove Pruitt Whitaker Beasley Gentry Holcomb Dunaway "
	"Stricklin Ashby Kirkpatrick Lindqvist Szymanski Zielinski Krawczyk "
	"Ouimet Lafrenière Charest Brodeur Gingras Paradis Yancey Tolliver "
	"Crenshaw Pettigrew Oyelaran Nakamura Esparza Quintanilla Zamora "
	"Villalobos Kaczmarek Sobczak Hutchins McAllister Rutledge Gauvin "
	"Lachapelle Trépanier Vaillancourt Aucoin Boudreault Fairbanks "
	"Kinsella Doucette Thibodeaux Broussard Landreneau Ybarra Cisneros "
	"Montemayor Abernathy Whitlock Haskins Merriweather Oduya").split()
CALLER_FIRST = ("Bobby Darlene Travis Crystal Dwayne Tammy Wade Misty "
	"Clint Shelby Guy Ginette Réal Francine Rolland Lucie Armando "
	"Yesenia Stanley Bernadette Floyd Loretta Cody Brandi").split()


def caller(rng, r):
	if rng.random() < 0.5:
		return person(rng, r)
	return rng.choice(CALLER_FIRST), rng.choice(CALLER_SUR)


def pairs(name):
	ws = re.split(r"[ \-()]+", name)
	return [(ws[k], ws[k + 1]) for k in range(len(ws) - 1)]


IMP_WEIGHTS = [("rare word", 25), ("namesake", 22), ("same shape", 13),
	("franchise sibling", 8), ("internal", 15), ("person", 17)]


def imp_row(rng, custs, ix, kind):
	for t in range(300):
		name = imp_name(rng, kind, custs, ix)
		if not name:
			continue
		name = " ".join(name.split())
		if ix.near_other(name, -1):
			continue
		if ix.covered(name, -1) or ix.covers(name, custs):
			continue
		if kind in ("person", "internal") and any(key(a + " " + b) in
				ix.people for a, b in pairs(name)):
			continue	# a contact of a customer: it might be theirs
		if rng.random() < 0.2:
			n2 = slip(rng, name, rng.choice(["dal", "chi", "mtl"])) \
				if rng.random() < 0.5 else recase(rng, name)
			if n2 and not ix.near_other(n2, -1) and \
					not ix.covered(n2, -1) and not ix.covers(n2, custs):
				name = n2
		return (name, None, "impostor: " + kind,
			rng.choice(["dal", "chi", "mtl"]))
	f, s = CALLER_FIRST[rng.randrange(len(CALLER_FIRST))], \
		CALLER_SUR[rng.randrange(len(CALLER_SUR))]
	return ("Personal - %s %s" % (f, s), None, "impostor: person", "chi")


# ---------------------------------------------------------------- machines
def machine(rng, custs, i, roles):
	if i is None:
		x = rng.random()
		if x < 0.45:
			return desktop(rng, rng.choice(["DESKTOP", "LAPTOP"]))
		if x < 0.70:
			return rng.choice(roles)
		if x < 0.85:
			f, s = person(rng, rng.choice(["TX", "IL", "QC"]))
			return own_device(rng, f, s)
		return ""
	c = custs[i]
	x = rng.random()
	if x < 0.68 and c["assets"]:
		return rng.choice(c["assets"])["name"]
	if x < 0.80:
		if c["scheme"] == "site":
			return "%s-PC%02d" % (site_prefix(c), rng.randrange(40, 99))
		return desktop(rng)
	if x < 0.88:
		ct = rng.choice(c["contacts"])
		return own_device(rng, ct["firstname"], ct["lastname"])
	if x < 0.95:
		return ""
	for _ in range(20):
		j = rng.randrange(len(custs))
		if j != i and custs[j]["assets"]:
			return rng.choice(custs[j]["assets"])["name"]
	return ""


def largest_remainder(n, weights):
	tot = sum(w for _, w in weights)
	raw = {k: n * w / tot for k, w in weights}
	counts = {k: int(v) for k, v in raw.items()}
	left = n - sum(counts.values())
	for k, _ in sorted(weights, key=lambda kw: (-(raw[kw[0]] -
			counts[kw[0]]), kw[0]))[:left]:
		counts[k] += 1
	return counts


def by_kind(n, weights, one):
	counts = largest_remainder(n, weights)
	return [one(k) for k, _ in weights for _ in range(counts[k])]


TECHS = {"dal": ["Brandon Ortiz", "Kayla Nguyen", "Tyler Jackson",
	"Marisol Reyes"], "chi": ["Kevin Kowalski", "Erin O'Malley",
	"Marcus Green", "Priya Shah"], "mtl": ["Maxime Gagnon",
	"Audrey Tremblay", "Samuel Khoury", "Jessica Wong"]}


def population(rng, n):
	custs = make_customers(rng, n)
	ids = ([9300000], [4400000])
	cum = []
	for c in custs:
		c["contacts"] = contacts(rng, c, ids[0])
		c["assets"] = assets(rng, c, ids[1])
		cum.append((cum[-1] if cum else 0.0) + 1 + math.sqrt(len(c["assets"])))
	return custs, cum


def main():
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random("blind10:" + seed)
	custs, cum = population(rng, ncust)
	ix = Index(custs)
	nimp = int(round(nnames * 0.16))
	rows = by_kind(nnames - nimp, WEIGHTS,
		lambda k: real_row(rng, custs, ix, cum, k))
	rows += by_kind(nimp, IMP_WEIGHTS, lambda k: imp_row(rng, custs, ix, k))
	rng.shuffle(rows)
	owned = scr.asset_names(custs)
	roles = sorted(owned & {r for rs in ROLES.values() for r in rs}) or \
		["SERVER"]
	scr.write_desk_set(rng, out, custs, rows,
		lambda row: machine(rng, custs, row[1], roles), TECHS,
		("blind10", seed, 1797000000, 1291, 80))


if __name__ == "__main__":
	main()
