#!/usr/bin/env python3
# gen-link-blind38.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 24: the lead runs it once).  A US Midwest, Great
# Plains and Texas MSP for small businesses and rural institutions: one
# Syncro account, one ScreenConnect, desks in Minneapolis/St. Paul (MSP),
# Milwaukee (MKE), Des Moines (DSM), Omaha (OMA), Kansas City (MCI: the
# Missouri and Kansas side), Oklahoma City (OKC), Dallas/Fort Worth (DFW),
# San Antonio (SAT) and Austin (AUS).  Customers: farm and grain
# co-operatives (Farmers Cooperative Elevator Co., Farmers Union Co-op,
# "CHS" locations, "X Co-op"), community banks and credit unions ("First
# State Bank of X", "Farmers & Merchants Bank", "X Federal Credit
# Union"), school districts (Minnesota's "Independent School District No.
# 271", Kansas's "USD 259", Texas's "X ISD", Iowa's community school
# districts, "X Public Schools"), counties, townships, rural water
# districts ("Rural Water District No. 4") and Texas municipal utility
# districts, hospitals and clinics ("X Memorial Hospital", "X Regional
# Medical Center"), dental, veterinary and chiropractic offices, CPAs and
# law firms, Lutheran and Catholic parishes, implement and auto dealers,
# ag services, trucking and oilfield services, trades, Tex-Mex
# restaurants, taquerias and Czech-Texan bakeries, Hispanic family
# businesses, Texas limited partnerships ("Ltd.", "LP") and d/b/a trade
# names.  Writes OUTDIR/customers.json (as Syncro's GET /customers returns
# them: id, business_name, firstname, lastname, email, phone, address,
# address_2, city, state, zip, contacts, assets), names.tsv (typed TAB
# true id or "" TAB kind TAB machine), sessions.jsonl and
# sessions-machine.jsonl through linkgen.desk_main.  Python stdlib only,
# deterministic for a seed.  Customer ids from 38000000 (below 38200000
# at 50,000 customers: the id grows only with a customer kept), contacts'
# and assets' from 38500001 (below 39000000 at 50,000 customers).
#
# Where each shape comes from ("found": found with the session's search
# tool; "known": public knowledge, no search):
# - Texas legal forms (found: Texas Business Organizations Code s. 5.055
#   on lawserver.com, a limited partnership's name "must contain the word
#   'limited', the phrase 'limited partnership' or an abbreviation", so
#   "Ltd." and "LP"; s. 5.056 on texas.public.law, an LLC's "limited
#   liability company", "limited company" or an abbreviation;
#   thomasfinley.com "Limited Partnership (LP or Ltd.)").  Texas's PLLC
#   for professionals, Minnesota's P.A. (professional association),
#   Wisconsin's S.C. (service corporation), P.C. in Iowa, Nebraska,
#   Kansas, Missouri and Oklahoma, "d/b/a" assumed names over an LLC or a
#   partnership, "& Sons", "Bros.": known.
# - School districts (found: en.wikipedia.org "Wichita USD 259 ... a
#   public unified school district" and the Kansas State Board's 2001
#   study of its 304 districts on paperzz.com; the NCES/MN enrolment
#   table rows "Independent Districts and Schools", "Spring Lake Park
#   Public Schools", "Campbell-Tintah Public School Dist."): Minnesota's
#   numbered independent districts ("Independent School District No.
#   271" is Bloomington's; "ISD #271"), Kansas's USD 101-512, Texas's
#   "X ISD" / "X Independent School District", Iowa's "X Community School
#   District" / "CSD", Wisconsin's "School District of X": known beyond
#   what was found.
# - Rural water districts (found: extension.okstate.edu 2021 "Pawnee
#   Rural Water District No. 7", rogerscountyrwd2.com "Rural Water
#   District No. 2 Rogers County, Oklahoma", clevelandcountyok.com
#   "Cleveland County Rural Water District No. 1 ... CCRWD-1 ... RWD-1");
#   Texas's "X County MUD No. 4" (municipal utility district): known.
# - Co-operatives (found: farm-news.com 2024 on Cooperative Farmers
#   Elevator, its past names "Farmer's Cooperative Company of George,
#   Farmer's Elevator Cooperative, Farmers Co-op Company, Cooperative
#   Elevator Association", the apostrophe typed or not; caldwellcoop.com
#   "Farmers Cooperative Grain Company"; nebraska.tv "Aurora Co-op"; a
#   washingtontimes.com AP piece on Beatrice's "Farmers Cooperative");
#   CHS Inc. (the Cenex Harvest States co-op) and its town locations,
#   Farmers Union: known.
# - Banks and credit unions (known): "First State Bank of X", "X State
#   Bank", "Farmers & Merchants Bank" (F&M), "Citizens National Bank"
#   (CNB), "First National Bank" (FNB), "Security State Bank", "Bank &
#   Trust", "X Federal Credit Union" (FCU), the FDIC's list of community
#   banks of those names in many towns and states - the same name in
#   another town is another bank.
# - Surnames (known): the 2010 Census's commonest (Smith, Johnson,
#   Miller ...), the German (Schmidt, Meyer, Schroeder, Becker ...),
#   Scandinavian (Olson, Nelson, Hanson, Larson, Swanson, Halvorson ...)
#   and Czech (Novak, Svoboda, Dvorak, Pustejovsky, Krenek ...) surnames
#   of the upper Midwest and of Texas's Czech belt (West, Schulenburg, La
#   Grange), Hispanic (Garza, Trevino, Cantu, Villarreal, Salinas,
#   Hinojosa ...: the Texas border names beside the Census's Garcia and
#   Rodriguez), Vietnamese (Nguyen, Tran ...) for the Dallas and Wichita
#   communities; given names of the Social Security Administration's
#   popular names of the 1950s-80s (Duane, Dale, Arlen, Lyle for the
#   farm belt) and Hispanic ones.
# - Parishes (known): Lutheran congregations' names (Trinity, Immanuel,
#   Zion, Our Savior's, Bethlehem, Vang, Nordland, Augustana, Gloria Dei)
#   and synods (ELCA, LCMS, "Missouri Synod"); Catholic parishes of the
#   German and Czech settlers (St. Boniface, St. Wenceslaus, St. Ludmila,
#   St. Isidore, Sts. Peter and Paul); St. / Saint.
# - Keyboard: US QWERTY (known), linkgen.Typo's slips; Spanish accents
#   (Peña, Treviño, Taquería) dropped on it; the possessive apostrophe
#   (Our Savior's, Farmer's) typed or not.
# - Places (known): towns of each desk, their counties (Hennepin, McLeod,
#   Story, Sedgwick, Reno, Bexar, Fayette ...; Johnson, Douglas, Lyon and
#   Jackson counties in more than one state) and towns of one name in two
#   states (Hutchinson MN and KS, Columbus NE and TX, York NE, Decatur
#   TX), area codes and ZIP heads; USPS two-letter state codes (MN, WI,
#   IA, NE, KS, MO, OK, TX); "Co." for County and for Company;
#   "No." / "#" / the number in words.
# - Words (known): each desk's nicknames and landmarks (North Star,
#   Gopher, Cream City, Hawkeye, Cornhusker, Platte Valley, Sunflower,
#   Flint Hills, Sooner, Cimarron, Lone Star, Cowtown, Alamo, Hill
#   Country, Bluebonnet, Pedernales ...), the prairie's plants and birds
#   for a rare block (Bur Oak, Osage Orange, Meadowlark, Tallgrass ...).
#
# Real-row kinds (shares in KINDS): exact, caps, lower, typo, two typos,
# truncated, reorder, abbrev (Bros., Impl., Equip., Svcs., Mem., Reg.,
# Med. Ctr., Hosp., Twp., Assn., Elev., Luth.), acronym, legal (dropped,
# respelt, another form: LLC / Ltd. / LP / PLLC / P.A. / P.C. / S.C.),
# and (& / and / n'), branch (a site or a town), contact, person, domain,
# mixed; and this region's own: state (", MN", " (TX)", " - Hutchinson
# KS", the state's name), county (County as Co. / Cnty), company (Company
# as Co. and back), number (No. 4 as #4, No 4, 4, Four, Number 4), school
# (ISD / USD / CSD / Public Schools spelt out or shortened, "District
# 271"), bank (FSB, 1st State Bank, FCU, Fed. Credit Union, F&M, FNB,
# CNB, B&T), coop (Co-op / Coop / Cooperative / Co-operative, Elevator
# as Elev., Farmers' apostrophe, "Assn."), saint (St. / Saint / Sts.),
# synod (ELCA / LCMS dropped, Lutheran as Luth., Our Savior's without its
# apostrophe), dba (a d/b/a trade name alone, or the owner alone),
# accents.
# Impostors (about 37% of rows): same shape (a fresh name of the
# customers' templates, its words from an outside block), other town (the
# same co-op, bank, district, parish, hospital name in a town no customer
# is in), other state (a customer's name with another state in it:
# "Nelson Implement of Iowa"), other number (the same school or water
# district's kind with another number), other trade (a customer's
# surname in a trade no customer has: "Olson Taxidermy" beside "Olson
# Implement Co."), common surname (Johnson, Olson, Nelson, Garza ... in a
# trade no customer has), rare word, person (no contact), vendor (telcos,
# co-op and bank software, state agencies), prospect, personal, own
# staff.  The share of impostors holds at 50,000 customers (same_class);
# a customer whose name is taken is drawn again in its sector, so the
# sectors keep about their shares, though there the towns' names run out
# and numbered districts fill (a quarter of the customers), most given name
# and surname pairs are some customer's contact (few person and personal
# rows), and every number near a district's is another customer's or a
# slip label-audit.py reads as its own (no other-number impostors).
#
# Machines (linkgen.machine): a real row on one of its customer's assets
# 72%, another customer's 4%; impostors on unknown machines, a shared role
# name (SCALEHOUSE, TELLER1, FRONTDESK ...) 18%, own staff on the bench.
#
# Labels: rows label-audit.py doubts are drawn again, and so are
# impostors that, read through this generator's skeleton (accents and
# apostrophes folded, legal forms, "Co." / "Company" / "County", "the",
# "of", "and", "No." and "#" dropped, number words as digits, FSB / FCU /
# ISD / USD / CSD / RWD / MUD / F&M / FNB / CNB and the abbreviations
# expanded, letters and digits split, doubled letters single), are a
# customer's name, or a form of it (less its legal form, its town, its
# d/b/a owner or trade name), or hold all its words less one, or hold a
# listed person's full name (linkgen.Checks, parts_known and pairs).  A
# person's name is a real row only when that whole name is one
# customer's contact only.
import itertools
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linkgen as lk  # noqa: E402

# ---------------------------------------------------------------- places
# Each desk: (town, state, county, area code, ZIP head, weight); the
# first town is the desk's city.
DESKS = {
	"MSP": [("Minneapolis", "MN", "Hennepin", "612", "554", 8),
		("St. Paul", "MN", "Ramsey", "651", "551", 6),
		("Bloomington", "MN", "Hennepin", "952", "554", 2),
		("Hutchinson", "MN", "McLeod", "320", "553", 2),
		("Litchfield", "MN", "Meeker", "320", "553", 1),
		("Willmar", "MN", "Kandiyohi", "320", "562", 2),
		("St. Cloud", "MN", "Stearns", "320", "563", 2),
		("Mankato", "MN", "Blue Earth", "507", "560", 2),
		("New Ulm", "MN", "Brown", "507", "560", 1),
		("Marshall", "MN", "Lyon", "507", "562", 1)],
	"MKE": [("Milwaukee", "WI", "Milwaukee", "414", "532", 8),
		("Waukesha", "WI", "Waukesha", "262", "531", 3),
		("West Bend", "WI", "Washington", "262", "530", 2),
		("Sheboygan", "WI", "Sheboygan", "920", "530", 2),
		("Fond du Lac", "WI", "Fond du Lac", "920", "549", 1),
		("Watertown", "WI", "Jefferson", "920", "530", 1)],
	"DSM": [("Des Moines", "IA", "Polk", "515", "503", 8),
		("Ames", "IA", "Story", "515", "500", 2),
		("Ankeny", "IA", "Polk", "515", "500", 2),
		("Boone", "IA", "Boone", "515", "500", 1),
		("Pella", "IA", "Marion", "641", "502", 1),
		("Newton", "IA", "Jasper", "641", "502", 1),
		("Marshalltown", "IA", "Marshall", "641", "501", 1),
		("Storm Lake", "IA", "Buena Vista", "712", "505", 1)],
	"OMA": [("Omaha", "NE", "Douglas", "402", "681", 8),
		("Lincoln", "NE", "Lancaster", "402", "685", 4),
		("Fremont", "NE", "Dodge", "402", "680", 1),
		("Columbus", "NE", "Platte", "402", "686", 1),
		("Norfolk", "NE", "Madison", "402", "687", 1),
		("York", "NE", "York", "402", "684", 1),
		("Kearney", "NE", "Buffalo", "308", "688", 1),
		("Council Bluffs", "IA", "Pottawattamie", "712", "515", 2)],
	"MCI": [("Kansas City", "MO", "Jackson", "816", "641", 8),
		("Independence", "MO", "Jackson", "816", "640", 2),
		("St. Joseph", "MO", "Buchanan", "816", "645", 1),
		("Olathe", "KS", "Johnson", "913", "660", 3),
		("Lawrence", "KS", "Douglas", "785", "660", 2),
		("Wichita", "KS", "Sedgwick", "316", "672", 4),
		("Hutchinson", "KS", "Reno", "620", "675", 1),
		("Salina", "KS", "Saline", "785", "674", 1),
		("Emporia", "KS", "Lyon", "620", "668", 1)],
	"OKC": [("Oklahoma City", "OK", "Oklahoma", "405", "731", 8),
		("Norman", "OK", "Cleveland", "405", "730", 2),
		("Edmond", "OK", "Oklahoma", "405", "730", 2),
		("Enid", "OK", "Garfield", "580", "737", 1),
		("Stillwater", "OK", "Payne", "405", "740", 1),
		("Shawnee", "OK", "Pottawatomie", "405", "748", 1),
		("El Reno", "OK", "Canadian", "405", "730", 1),
		("Chickasha", "OK", "Grady", "405", "730", 1)],
	"DFW": [("Dallas", "TX", "Dallas", "214", "752", 8),
		("Fort Worth", "TX", "Tarrant", "817", "761", 6),
		("Denton", "TX", "Denton", "940", "762", 2),
		("Weatherford", "TX", "Parker", "817", "760", 1),
		("Waxahachie", "TX", "Ellis", "972", "751", 1),
		("Decatur", "TX", "Wise", "940", "762", 1),
		("Cleburne", "TX", "Johnson", "817", "760", 1),
		("Ennis", "TX", "Ellis", "972", "751", 1)],
	"SAT": [("San Antonio", "TX", "Bexar", "210", "782", 8),
		("New Braunfels", "TX", "Comal", "830", "781", 2),
		("Seguin", "TX", "Guadalupe", "830", "781", 1),
		("Boerne", "TX", "Kendall", "830", "780", 1),
		("Floresville", "TX", "Wilson", "830", "781", 1),
		("Pleasanton", "TX", "Atascosa", "830", "780", 1),
		("Kenedy", "TX", "Karnes", "830", "781", 1),
		("Hondo", "TX", "Medina", "830", "780", 1)],
	"AUS": [("Austin", "TX", "Travis", "512", "787", 8),
		("Round Rock", "TX", "Williamson", "512", "786", 2),
		("Georgetown", "TX", "Williamson", "512", "786", 1),
		("San Marcos", "TX", "Hays", "512", "786", 1),
		("Bastrop", "TX", "Bastrop", "512", "786", 1),
		("La Grange", "TX", "Fayette", "979", "789", 1),
		("Schulenburg", "TX", "Fayette", "979", "789", 1),
		("Columbus", "TX", "Colorado", "979", "789", 1)]}
# The desks' small towns and county seats (weight 1 each): at 50,000
# customers the banks, co-ops and districts named for a town need many
# towns.
SMALL = {"MSP": """Montevideo/Chippewa/320/562 Morris/Stevens/320/562
	Alexandria/Douglas/320/563 Fergus Falls/Otter Tail/218/565
	Worthington/Nobles/507/561 Fairmont/Martin/507/560
	Owatonna/Steele/507/550 Albert Lea/Freeborn/507/560
	Winona/Winona/507/559 Red Wing/Goodhue/651/550 Buffalo/Wright/763/553
	Princeton/Mille Lacs/763/553 Little Falls/Morrison/320/563
	Wadena/Wadena/218/564 Pipestone/Pipestone/507/561""",
	"MKE": """Kenosha/Kenosha/262/531 Racine/Racine/262/534
	Janesville/Rock/608/535 Manitowoc/Manitowoc/920/542
	Port Washington/Ozaukee/262/530 Delavan/Walworth/262/531
	Chilton/Calumet/920/530 Kiel/Manitowoc/920/530 Juneau/Dodge/920/530
	Ripon/Fond du Lac/920/549 Mayville/Dodge/920/530""",
	"DSM": """Carroll/Carroll/712/514 Denison/Crawford/712/514
	Spencer/Clay/712/513 Algona/Kossuth/515/505 Fort Dodge/Webster/515/505
	Humboldt/Humboldt/515/505 Iowa Falls/Hardin/641/501
	Oskaloosa/Mahaska/641/525 Chariton/Lucas/641/500 Creston/Union/641/508
	Harlan/Shelby/712/515 Sioux Center/Sioux/712/512
	Orange City/Sioux/712/510""",
	"OMA": """Grand Island/Hall/308/688 Hastings/Adams/402/689
	Beatrice/Gage/402/683 West Point/Cuming/402/687
	David City/Butler/402/686 Crete/Saline/402/683 Wilber/Saline/402/684
	Lexington/Dawson/308/688 McCook/Red Willow/308/690
	North Platte/Lincoln/308/691 Broken Bow/Custer/308/688
	O'Neill/Holt/402/687""",
	"MCI": """Garden City/Finney/620/678 Dodge City/Ford/620/678
	Great Bend/Barton/620/675 Hays/Ellis/785/676 Colby/Thomas/785/677
	Manhattan/Riley/785/665 Junction City/Geary/785/664
	Pittsburg/Crawford/620/667 Marysville/Marshall/785/665
	Sedalia/Pettis/660/653 Warrensburg/Johnson/660/640
	Maryville/Nodaway/660/644 Nevada/Vernon/417/647""",
	"OKC": """Guymon/Texas/580/739 Woodward/Woodward/580/738
	Alva/Woods/580/737 Weatherford/Custer/580/730 Clinton/Custer/580/736
	Elk City/Beckham/580/736 Altus/Jackson/580/735
	Duncan/Stephens/580/735 Ardmore/Carter/580/734 Ada/Pontotoc/580/748
	Pauls Valley/Garvin/405/730 Blackwell/Kay/580/746
	Ponca City/Kay/580/746""",
	"DFW": """Gainesville/Cooke/940/762 Bonham/Fannin/903/754
	Greenville/Hunt/903/754 McKinney/Collin/972/750
	Terrell/Kaufman/972/751 Mineral Wells/Palo Pinto/940/760
	Jacksboro/Jack/940/760 Sulphur Springs/Hopkins/903/754
	Paris/Lamar/903/754 Wichita Falls/Wichita/940/763
	Henrietta/Clay/940/763""",
	"SAT": """Kerrville/Kerr/830/780 Fredericksburg/Gillespie/830/786
	Castroville/Medina/830/780 Gonzales/Gonzales/830/786
	Yoakum/DeWitt/361/779 Beeville/Bee/361/781 Alice/Jim Wells/361/783
	Cotulla/La Salle/830/780 Pearsall/Frio/830/780
	Carrizo Springs/Dimmit/830/788 Eagle Pass/Maverick/830/788
	Del Rio/Val Verde/830/788 Poteet/Atascosa/830/780""",
	"AUS": """West/McLennan/254/766 Hallettsville/Lavaca/361/779
	Shiner/Lavaca/361/779 Granger/Williamson/512/765 Temple/Bell/254/765
	Belton/Bell/254/765 Marble Falls/Burnet/830/786
	Burnet/Burnet/512/786 Llano/Llano/325/786
	Brenham/Washington/979/778 Caldwell/Burleson/979/778
	Rockdale/Milam/512/765"""}


def add_small():
	"""SMALL's towns on their desks, in the desk city's state (Kansas
	City's by the area code: 660 and 417 Missouri, else Kansas)."""
	for desk, towns in SMALL.items():
		for t in re.split(r"\s*\n\s*|(?<=\d) (?=[A-Z])", towns.strip()):
			name, county, area, head = t.split("/")
			state = DESKS[desk][0][1]
			if desk == "MCI":
				state = "MO" if area in ("660", "417") else "KS"
			DESKS[desk].append((name, state, county, area, head, 1))


add_small()
DESK_WEIGHT = {"MSP": 14, "MKE": 9, "DSM": 10, "OMA": 10, "MCI": 12,
	"OKC": 10, "DFW": 14, "SAT": 11, "AUS": 10}
# Towns where no customer is, each desk's, for the other-town impostors.
ELSEWHERE = {"MSP": ["Glencoe", "Olivia", "Redwood Falls", "Sleepy Eye",
	"Benson", "Paynesville"], "MKE": ["Oconomowoc", "Hartford",
	"Plymouth", "Beaver Dam"], "DSM": ["Perry", "Grinnell", "Knoxville",
	"Webster City", "Adel"], "OMA": ["Wahoo", "Seward", "Schuyler", "Aurora",
	"Holdrege"], "MCI": ["Ottawa", "Paola", "Abilene", "McPherson",
	"Chillicothe"], "OKC": ["Kingfisher", "Guthrie", "Perry", "Anadarko",
	"Watonga"], "DFW": ["Stephenville", "Granbury", "Bowie", "Hillsboro",
	"Corsicana"], "SAT": ["Karnes City", "Cuero", "Uvalde", "Devine",
	"Yorktown"], "AUS": ["Giddings", "Lockhart", "Smithville",
	"Flatonia", "Weimar"]}
assert not {t for ts in ELSEWHERE.values() for t in ts} & \
	{t[0] for ts in DESKS.values() for t in ts}
STATE_NAME = {"MN": "Minnesota", "WI": "Wisconsin", "IA": "Iowa",
	"NE": "Nebraska", "KS": "Kansas", "MO": "Missouri", "OK": "Oklahoma",
	"TX": "Texas", "SD": "South Dakota", "ND": "North Dakota",
	"AR": "Arkansas"}
# Surname groups by desk: census, German, Scandinavian, Czech, Hispanic,
# Vietnamese.
GROUPS = ("us", "ger", "scan", "cz", "hisp", "viet")
MIX = {"MSP": (35, 20, 35, 3, 5, 2), "MKE": (40, 35, 8, 8, 8, 1),
	"DSM": (45, 30, 12, 5, 7, 1), "OMA": (40, 30, 10, 12, 7, 1),
	"MCI": (60, 20, 5, 3, 10, 2), "OKC": (70, 10, 2, 3, 13, 2),
	"DFW": (55, 8, 2, 4, 28, 3), "SAT": (30, 12, 1, 4, 52, 1),
	"AUS": (42, 15, 2, 14, 25, 2)}
ROADS = ["Main St", "Broadway", "1st Ave N", "Elevator Rd", "County Rd 5",
	"Hwy 12", "State Hwy 14", "Farm to Market Rd 1516", "FM 78",
	"Commerce St", "Depot St", "Railroad Ave", "N Loop 1604 W",
	"Lake St", "University Ave", "Dodge St", "Grand Ave", "NW Expressway",
	"S Congress Ave", "Camp Bowie Blvd"]

# ---------------------------------------------------------------- people
SURNAMES = {
	"us": """Smith Johnson Williams Brown Jones Miller Davis Wilson
		Taylor Thomas Moore Martin Jackson Thompson White Harris Clark
		Lewis Robinson Walker Allen Young King Wright Hill Scott Green
		Adams Baker Campbell Parker Evans Turner Collins Stewart Morris
		Rogers Reed Cook Bell Cooper Ward Cox Howard Gray Hughes Price
		Myers Long Ross Foster Bryant Griffin Hayes Ford Graham Wallace
		Cole West Jordan Reynolds Fisher Ellis Harrison Gibson Marshall
		Owens Burns Porter Hunt Hicks Crawford Boyd Mason Dixon Warren
		Mills Wells Pierce Hart Holt Dunn Stone Pruitt Tucker""",
	"ger": """Schmidt Schneider Meyer Mueller Wagner Becker Schultz
		Hoffmann Koch Richter Klein Wolf Schroeder Neumann Braun
		Zimmerman Kruger Hartmann Lange Werner Krause Lehmann Kaiser
		Fuchs Vogel Friedrich Keller Gunther Hahn Schumacher Vogt Sauer
		Pfeiffer Kuhn Stoltz Brandt Gerdes Ehlers Steffen Roth Weber
		Baumann Kramer Dietrich Ludwig Engel Haas Stuckenschneider
		Rademacher Vollmer""",
	"scan": """Johnson Olson Nelson Anderson Peterson Hanson Larson
		Carlson Swanson Erickson Christensen Jensen Lund Lindquist
		Sorensen Halvorson Thorson Gunderson Bjork Dahl Strand Moe Haugen
		Nyberg Engstrom Sandberg Lindgren Hedlund Solberg Aune Rasmussen
		Knutson Evenson Amundson Torgerson Ness Sather Lee Tollefson
		Skogen""",
	"cz": """Novak Svoboda Dvorak Cerny Prochazka Kucera Vesely Horak
		Nemec Pokorny Marek Hajek Jelinek Kral Ruzicka Benes Fiala
		Sedlacek Dolezal Zeman Kolar Navratil Cermak Vanek Blaha Kopecky
		Holub Pavlik Polasek Hruska Krenek Janak Vrana Pustejovsky
		Mikeska Hlavaty""",
	"hisp": """Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez
		Sanchez Ramirez Torres Flores Rivera Gomez Diaz Reyes Morales
		Ortiz Gutierrez Chavez Ramos Mendoza Ruiz Alvarez Castillo
		Jimenez Herrera Medina Aguilar Salinas Guerra Trevino Cantu Garza
		Villarreal Rios Zamora Rosales Ybarra Longoria Saenz Benavides
		Olivarez Cavazos Hinojosa Pena""",
	"viet": "Nguyen Tran Le Pham Huynh Hoang Phan Vu Vo Dang Bui Ngo Duong "
		"Truong"}
SURNAMES = {k: v.split() for k, v in SURNAMES.items()}
# The commonest of each group, for the common-surname impostors.
COMMON = ["Johnson", "Olson", "Nelson", "Anderson", "Miller", "Schmidt",
	"Garza", "Garcia", "Hernandez", "Novak", "Smith", "Peterson"]
# How a Hispanic record writes a name with its accents.
TILDE = {"Pena": "Peña", "Trevino": "Treviño", "Ybarra": "Ybarra",
	"Hernandez": "Hernández", "Rodriguez": "Rodríguez", "Ramirez":
	"Ramírez", "Martinez": "Martínez", "Gonzalez": "González", "Lopez":
	"López", "Perez": "Pérez", "Sanchez": "Sánchez", "Jimenez":
	"Jiménez", "Saenz": "Sáenz", "Benavides": "Benavides", "Jesus":
	"Jesús", "Raul": "Raúl", "Ramon": "Ramón"}
FIRST = {
	"m": """James John Robert Michael William David Richard Thomas Mark
		Steven Gary Dale Duane Wayne Dean Roger Dennis Randy Kent Brent
		Todd Chad Craig Kurt Lyle Arlen Marlin Darrell Curtis Kevin Brian
		Scott Troy Travis Cody""".split(),
	"f": """Mary Linda Karen Susan Donna Lori Brenda Sandra Diane Kathy
		Janet Cheryl Julie Amy Heidi Jill Kristin Carla Lisa Tammy Renee
		Sharon Marcia Jolene Darla Shelly Angie""".split(),
	"hm": "Jose Juan Jesus Luis Carlos Roberto Ricardo Ramiro Rogelio "
		"Arturo Javier Raul Ramon".split(),
	"hf": "Maria Rosa Yolanda Guadalupe Leticia Norma Alma Graciela "
		"Veronica Sylvia".split(),
	"vm": "Minh Thanh Hung Tuan Long Hai Tommy Kevin".split(),
	"vf": "Linh Lan Mai Kim Tina Thu".split()}
# Surnames no customer draws (same-shape impostors): the Dakotas',
# Montana's and the Rockies'.
OUT_SURNAME = ["Wiedmeier", "Tschetter", "Hofer", "Kleinsasser", "Waldner",
	"Stahl", "Gross", "Fjelstad", "Brekke", "Ulvestad", "Mattila",
	"Koskela"]
OUT_BRAND = ["Black Hills", "Badlands", "Missouri Breaks", "Red Cloud",
	"Big Horn", "Yellowstone", "Wind River", "Medicine Bow"]

# ---------------------------------------------------------------- words
BRAND = {"MSP": ["North Star", "Gopher", "Lake Country", "Minnehaha",
	"Crow River", "Minnesota Valley", "Viking", "Twin Cities"],
	"MKE": ["Badger", "Cream City", "Kettle Moraine", "Lakefront",
	"Menomonee", "Brew City"], "DSM": ["Hawkeye", "Raccoon River",
	"Capital City", "Skunk River", "Central Iowa", "Saylorville"],
	"OMA": ["Cornhusker", "Platte Valley", "Big Red", "Elkhorn",
	"Sandhills", "Loess Hills"], "MCI": ["Sunflower", "Jayhawk",
	"Flint Hills", "Blue Valley", "Show-Me", "Kaw Valley", "Smoky Hill"],
	"OKC": ["Sooner", "Red Dirt", "Cimarron", "Canadian Valley",
	"Route 66", "Land Run"], "DFW": ["Lone Star", "Cowtown", "Big D",
	"Metroplex", "Blackland", "Eagle Mountain"], "SAT": ["Alamo",
	"Mission", "Hill Country", "Cibolo", "Medina Valley",
	"Brush Country"], "AUS": ["Bluebonnet", "Pedernales", "Balcones",
	"Lost Pines", "Brazos", "Colorado River"],
	"all": ["Prairie", "Frontier", "Heritage", "Legacy", "Golden Prairie",
	"Homestead", "Harvest", "Liberty", "Cornerstone", "Summit",
	"Pinnacle", "Midwest", "Great Plains", "Sunrise", "Heartland",
	"Cottonwood", "Bluestem", "Four Seasons", "Pioneer", "Keystone"]}
RARE = ["Bur Oak", "Osage Orange", "Meadowlark", "Tallgrass", "Sandhill",
	"Pheasant Run", "Buffalo Grass", "Jackrabbit", "Roadrunner",
	"Mesquite", "Switchgrass", "Ringneck", "Chokecherry", "Wild Plum",
	"Walleye", "Horned Toad", "Prairie Rose", "Sugar Beet"]
SPANISH = ["La Tapatia", "El Charro", "Los Cuates", "La Perla",
	"El Tejano", "Las Palmas", "El Mirador", "La Fogata", "Tres Amigos",
	"El Patron", "La Hacienda", "Don Pedro", "La Güera", "El Nopal"]
CONGREGATION = ["Trinity", "Immanuel", "Zion", "Bethlehem", "St. John's",
	"St. Paul's", "Our Savior's", "Grace", "Bethany", "Emanuel",
	"Good Shepherd", "Faith", "Peace", "Redeemer", "Hope", "Salem",
	"Vang", "Nordland", "Elim", "Augustana", "Gloria Dei",
	"Mount Olivet", "St. Mark's", "Christ the King"]
PARISH = ["St. Mary", "St. Joseph", "St. John the Baptist", "St. Wenceslaus",
	"St. Ludmila", "St. Boniface", "St. Anthony", "St. Michael",
	"Sts. Peter and Paul", "St. Patrick", "St. Francis Xavier",
	"Our Lady of Guadalupe", "Sacred Heart", "Holy Family",
	"Immaculate Conception", "Holy Trinity", "St. Isidore", "St. Agnes",
	"St. Bridget", "Nativity of Mary", "St. Cecilia", "San Fernando"]
TOWNSHIP = ["Grove", "Lake", "Union", "Center", "Eden", "Spring Creek",
	"Elm Creek", "Rock Creek", "Harmony", "Sherman", "Garfield",
	"Sand Creek", "Wolf Creek", "Blue Mound", "Rich Valley", "Norway Lake",
	"Sverdrup", "Lakeside", "Westfield", "Home"]
LEGAL = [("LLC", 50), ("Inc.", 25), ("Co.", 6), ("Corp.", 3)]
TX_LEGAL = [("LLC", 40), ("Inc.", 18), ("Ltd.", 14), ("LP", 6),
	("Co.", 4)]
# A professional firm's form by state.
PRO_FORM = {"TX": "PLLC", "MN": "P.A.", "WI": "S.C."}
RESPELL = {"LLC": ["L.L.C.", "llc", "LLC.", "Inc."], "Inc.": ["Inc",
	"INC", "Incorporated", "LLC"], "Co.": ["Co", "Company", "CO"],
	"Corp.": ["Corp", "Corporation"], "Ltd.": ["Ltd", "LTD", "Limited",
	"LP", "LLC"], "LP": ["L.P.", "Ltd.", "Limited Partnership"],
	"PLLC": ["P.L.L.C.", "PC", "LLC"], "P.A.": ["PA", "P.A",
	"Professional Association"], "P.C.": ["PC", "P.C", "PLLC"],
	"S.C.": ["SC", "S.C", "s.c."], "LLP": ["L.L.P.",
	"llp"]}

# Templates: {B} brand, {S} {S2} surnames, {P} the owner, {G} a given
# name, {T} the town, {K} the county, {C} a Lutheran congregation, {A} a
# parish, {H} a Hispanic surname, {HB} a Spanish name, {N} a number, {W}
# a township.  sector: (weight, carries a legal form, templates).
SECTORS = {
	"coop": (7, 0, ["{T} Farmers Cooperative Elevator Co.",
		"Farmers Cooperative Elevator Company - {T}", "{T} Co-op",
		"{T} Cooperative Association", "Farmers Union Co-op Association "
		"of {T}", "CHS {T}", "{B} Cooperative", "{B} Co-op",
		"{T} Farmers Elevator", "Farmers Co-op Grain Company of {T}",
		"{K} County Farmers Co-op"]),
	"bank": (8, 0, ["First State Bank of {T}", "{T} State Bank",
		"Farmers & Merchants Bank of {T}", "Farmers State Bank of {T}",
		"Citizens National Bank of {T}", "First National Bank of {T}",
		"{T} Federal Credit Union", "{B} Federal Credit Union",
		"{B} Credit Union", "{K} County Bank", "{B} Bank & Trust",
		"Security State Bank of {T}"]),
	"school": (6, 0, []),	# by state: SCHOOL
	"gov": (7, 0, ["{K} County Auditor", "{K} County Treasurer",
		"{K} County Sheriff's Office", "{K} County Highway Department",
		"{K} County Extension Office", "City of {T}", "{W} Township",
		"{K} County Rural Water District No. {N}",
		"Rural Water District No. {N}, {K} County",
		"{K} County Fire District No. {N}"]),
	"health": (7, 0, ["{T} Memorial Hospital", "{T} Regional Medical "
		"Center", "{K} County Hospital", "{T} Area Hospital",
		"{T} Medical Clinic", "{B} Family Clinic", "{B} Health Center"]),
	"care": (7, .5, ["{S} Family Dentistry", "{S} Dental", "{B} Dental",
		"{T} Veterinary Clinic", "{S} Animal Hospital", "{B} Veterinary "
		"Services", "{S} Chiropractic", "{B} Chiropractic Center",
		"{B} Eye Care", "{S} Vet Clinic"]),
	"prof": (6, .8, ["{S} & {S2}", "{S} Law Firm", "Law Office of {P}",
		"{S} & Associates", "{S}, {S2} & Co.", "{S} & {S2} CPAs",
		"{S} Tax & Accounting", "{P}, CPA", "{S} Insurance Agency",
		"{B} Title Company"]),
	"church": (7, 0, ["{C} Lutheran Church", "{C} Lutheran Church - {T}",
		"{C} Lutheran Church (ELCA)", "{C} Lutheran Church - Missouri "
		"Synod", "{A} Catholic Church", "{A} Catholic Church - {T}",
		"Church of {A}", "{A} Parish"]),
	"dealer": (7, .6, ["{S} Implement", "{S} Implement Co.", "{T} Implement",
		"{S} Equipment", "{S} Bros. Implement", "{S} Ford", "{S} Chevrolet "
		"Buick", "{S} Motors", "{S} Auto Sales", "{B} Tractor"]),
	"ag": (6, .7, ["{S} Ag Services", "{S} Seed Co.", "{S} Grain & "
		"Trucking", "{S} Agronomy", "{S} Feedlot", "{S} Cattle Company",
		"{S} Aerial Spraying", "{B} Ag", "{S} Farms", "{B} Grain"]),
	"haul": (7, .8, ["{S} Trucking", "{S} Bros. Trucking", "{S} & Sons "
		"Trucking", "{H} Trucking", "{S} Oilfield Services",
		"{B} Energy", "{S} Well Service", "{S} Roustabout Services",
		"{S} Hot Shot Services", "{B} Transport"]),
	"food": (7, .5, ["Taqueria {HB}", "{HB} Tex-Mex", "{H}'s Mexican "
		"Restaurant", "{HB} Mexican Grill", "{S}'s Cafe",
		"{B} Steakhouse", "{S}'s Kolaches", "{B} Bakery",
		"{B} Supper Club", "{S}'s Bar & Grill"]),
	"trades": (7, .7, ["{S} Plumbing & Heating", "{S} Electric",
		"{S} & Sons Construction", "{S} Bros. Construction",
		"{S} Heating & Air", "{H} Roofing", "{H} Tire Shop",
		"{B} Concrete", "{S} Welding", "{H} Landscaping"])}
# School districts by state: (template, carries a number).
SCHOOL = {"MN": ["Independent School District No. {N}",
	"{T} Public Schools ISD {N}", "{T} Public Schools"],
	"WI": ["School District of {T}", "{T} Area School District"],
	"IA": ["{T} Community School District", "{T} Community Schools"],
	"NE": ["{T} Public Schools"], "MO": ["{T} School District"],
	"KS": ["USD {N} {T}", "Unified School District No. {N}",
	"{T} Public Schools USD {N}"], "OK": ["{T} Public Schools"],
	"TX": ["{T} ISD", "{T} Independent School District"]}
NUMBERS = {"MN": (1, 2900), "KS": (101, 512)}	# a state's districts
SCHOOL_UNITS = ["High School", "Middle School", "District Office",
	"Elementary", "Transportation"]
# Texas's municipal utility districts in the suburbs' counties.
WATER = {"TX": "{K} County MUD No. {N}", "MO": "{K} County Public Water "
	"Supply District No. {N}", "MN": None, "WI": None}
ROLES = {"coop": ["SCALEHOUSE", "AGRONOMY", "GRAIN-OFFICE", "FEEDMILL"],
	"bank": ["TELLER1", "TELLER2", "LOANS", "DRIVE-UP"], "school":
	["SUPT", "BUSINESS-OFFICE", "LIBRARY", "LAB-CART"], "gov":
	["CLERK1", "RECORDER", "DISPATCH"], "health": ["NURSES-STN",
	"ADMITTING", "PHARMACY", "RADIOLOGY"], "care": ["FRONTDESK", "OP1",
	"XRAY"], "prof": ["RECEPTION", "TAX1", "TAX2", "SERVER"], "church":
	["PARISH-OFFICE", "SECRETARY", "SOUND-BOOTH"], "dealer": ["PARTS",
	"SERVICE", "SALES1"], "ag": ["OFFICE", "SHOP", "SCALE"], "haul":
	["DISPATCH", "SAFETY", "YARD"], "food": ["POS1", "POS2", "OFFICE"],
	"trades": ["OFFICE", "ESTIMATOR", "SHOP"]}
# Trades no customer has (the other-trade and common-surname impostors).
ELSE_TRADE = ["Taxidermy", "Bait & Tackle", "Meat Locker", "Hair Salon",
	"Pawn Shop", "Bowling Alley", "Carpet Cleaning", "Saddlery",
	"Tanning Salon", "Car Wash", "Sign Shop", "Upholstery", "Locksmith",
	"Dance Studio", "Piano Tuning"]
TECHS = {"MSP": ["Kari Halvorson", "Tyler Nelson"], "MKE": ["Brian "
	"Kowalczyk", "Jessica Schultz"], "DSM": ["Nate Vander Wal",
	"Megan Schroeder"], "OMA": ["Kyle Novak", "Ashley Meyer"],
	"MCI": ["Derek Wallace", "Brittany Ortiz"], "OKC": ["Cody Pruitt",
	"Jenna Walker"], "DFW": ["Marcus Gibson", "Erica Garza"],
	"SAT": ["Adrian Salinas", "Crystal Trevino"], "AUS": ["Ryan "
	"Mikeska", "Lauren Ybarra"]}
VENDORS = ["AT&T Business", "Spectrum Business", "Midco Business",
	"Windstream", "Xcel Energy", "Evergy", "OG&E", "Oncor", "CPS Energy",
	"John Deere Operations Center", "Agris Support", "AgVantage",
	"Jack Henry Support", "Fiserv", "CUNA Mutual", "Skyward",
	"PowerSchool", "Infinite Campus", "Texas Comptroller", "TxDOT",
	"Minnesota Department of Revenue", "Iowa DOT", "QuickBooks Support",
	"Microsoft 365 Support", "Syncro Support"]
STAFF = ["Bench 1", "BENCH-OKC-3", "Loaner 06", "Loaner laptop 2",
	"Shop bench - Omaha", "W11 image build", "Test VM 4", "Demo laptop",
	"Spare desktop 9", "Kari Halvorson", "Cody Pruitt", "RMA return 14"]
PERSONAL = ["{G}'s laptop", "{G} {S} home", "Home computer", "Grandpa's PC",
	"Kids laptop", "Personal - {G} {S}", "{G}'s iMac",
	"{G} farm office PC"]
PROSPECT = ["Quote - ", "Quote for ", "Proposal - ", "Prospect: ",
	"Site visit - "]
SITES = ["Main Office", "Shop", "Scale House", "Annex", "2nd Location",
	"North Branch", "Warehouse", "Back Office", "Drive-Up"]
CHURCH_SITES = ["Parish Office", "Fellowship Hall", "School",
	"Church Office", "Rectory"]

# ---------------------------------------------------------------- skeleton
# Abbreviations read as their words; legal forms, "Co." / "Company" /
# "County" (one word typed for the other), "No." and the like dropped.
EXPAND = {"fsb": "first state bank", "fcu": "federal credit union",
	"cu": "credit union", "isd": "independent school district",
	"usd": "unified school district", "csd": "community school district",
	"rwd": "rural water district", "mud": "municipal utility district",
	"esd": "emergency services district", "pwsd": "public water supply "
	"district",
	"fnb": "first national bank", "cnb": "citizens national bank",
	"fm": "farmers merchants", "bt": "bank trust", "st": "saint",
	"sts": "saints", "bros": "brothers", "impl": "implement", "equip":
	"equipment", "svcs": "services", "svc": "service", "mem": "memorial",
	"reg": "regional", "med": "medical", "ctr": "center", "hosp":
	"hospital", "twp": "township", "assn": "association", "assoc":
	"associates", "elev": "elevator", "luth": "lutheran", "coop":
	"cooperative", "cooperative": "cooperative", "dept": "department",
	"dist": "district", "ind": "independent", "pub": "public", "sch":
	"school", "fed": "federal", "natl": "national", "1st": "first",
	"vet": "veterinary", "cpas": "cpa", "ag":
	"agricultural", "chevy": "chevrolet"}
NUMBER_WORDS = dict(zip("one two three four five six seven eight nine ten "
	"eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
	"nineteen twenty".split(), [str(n) for n in range(1, 21)]))
EXPAND.update(NUMBER_WORDS)
DROP = set("llc inc corp corporation incorporated ltd limited lp pllc pa "
	"pc sc llp partnership professional co company county cnty cty the "
	"of and n a an no nr number dba elca lcms synod".split())
# (pattern, what for, a mark without which it cannot match)
PHRASES = [(re.compile(r"\bd\s*/\s*b\s*/\s*a\b"), " dba ", "/"),
	(re.compile(r"\b[a-z](\.[a-z])+\.?"), lambda m: m.group(0)
	.replace(".", "") + " ", "."),
	(re.compile(r"\bco-?op(erative)?\b|\bco-operative\b"), " coop ",
	"co"), (re.compile(r"\bf\s*&\s*m\b"), " fm ", "&"),
	(re.compile(r"\bb\s*&\s*t\b"), " bt ", "&"), (re.compile(r"#\s*"),
	" ", "#")]


def one(w):
	"""w with its doubled letters single."""
	return re.sub(r"(.)\1+", r"\1", w)


def _words(s):
	s = (s if s.isascii() else lk.plain(s)).lower()
	for rx, to, mark in PHRASES:
		if mark in s:
			s = rx.sub(to, s)
	s = re.sub(r"['’`]", "", s).replace(".", " ")
	s = re.sub(r"(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])", " ", s)
	out = []
	for w in re.split("[^0-9a-z]+", s):
		for x in EXPAND.get(w, w).split():
			if x and x not in DROP:
				# Farmers, Farmer's, Farmers': one word; a plural s kept
				# off ("Olsons Trucking").
				out.append(one(x[:-1] if len(x) > 3 and x.endswith("s")
					and not x.endswith("ss") else x))
	return out


skel, skel_words = lk.skeleton(_words)
# An impostor's parts (cut at " - ", ": ", ", ", " (", " / ", " dba ") are
# each to be no customer's name, no form of one, no listed person.
ck = lk.Checks(skel, skel_words, r" [-–/] |: |, | \(| dba | d/b/a ",
	parts_known=True, pairs=True)


# ---------------------------------------------------------------- customers
# The weights summed once (a customer is drawn many times at 50,000).
DESK_CUM = (list(DESK_WEIGHT), list(itertools.accumulate(
	DESK_WEIGHT.values())))
TOWN_CUM = {d: list(itertools.accumulate(t[-1] for t in ts))
	for d, ts in DESKS.items()}
MIX_CUM = {d: list(itertools.accumulate(m)) for d, m in MIX.items()}


def place(rng, desk=None):
	"""(desk, town record) by the desks' and the towns' weights."""
	if desk is None:
		desk = rng.choices(DESK_CUM[0], cum_weights=DESK_CUM[1])[0]
	return desk, rng.choices(DESKS[desk], cum_weights=TOWN_CUM[desk])[0]


def group_of(rng, desk):
	return rng.choices(GROUPS, cum_weights=MIX_CUM[desk])[0]


def someone(rng, group):
	"""(given name, surname) of group; a Hispanic record keeps its
	accents a third of the time."""
	woman = rng.random() < .45
	key = {"hisp": "h", "viet": "v"}.get(group, "") + "mf"[woman]
	given, last = rng.choice(FIRST[key]), rng.choice(SURNAMES[group])
	if group == "hisp" and rng.random() < .33:
		given, last = TILDE.get(given, given), TILDE.get(last, last)
	return given, last


def pick_brand(rng, desk):
	r = rng.random()
	if r < .2:
		return rng.choice(RARE)
	return rng.choice(BRAND[desk] if r < .6 else BRAND["all"])


def school_template(rng, state):
	return rng.choice(SCHOOL[state])


def number_space(tpl, state, county):
	"""Where a district's number names one district: Minnesota's and
	Kansas's school districts statewide, water and fire districts by
	county."""
	if "School" in tpl or "ISD" in tpl or "USD" in tpl:
		return state
	return "%s %s %s" % (county, state, "fire" if "Fire" in tpl or
		"ESD" in tpl else "water")


def numbered_slot(rng, key, taken):
	"""A number of key's space not yet some customer's (None when the
	range is spent)."""
	lo, hi = NUMBERS.get(key, (1, 40))
	for _ in range(30):
		n = str(rng.randint(lo, hi))
		if (key, n) not in taken:
			taken.add((key, n))
			return n
	return None


def fill(tpl, v):
	return re.sub(r"\{(\w+)\}", lambda m: v[m.group(1)], tpl)


def pick_template(rng, sector, town):
	"""A sector's template for a customer in town; a water district is a
	MUD in Texas, a public water supply district in Missouri, a rural
	water district in the Plains and Iowa, none in Minnesota and
	Wisconsin (a county office there)."""
	state = town[1]
	if sector == "school":
		return school_template(rng, state)
	tpl = rng.choice(SECTORS[sector][2])
	if "Rural Water" in tpl:
		return WATER.get(state, tpl) or \
			rng.choice(SECTORS[sector][2][:5])
	if "Fire District" in tpl and state == "TX":
		return "{K} County ESD No. {N}"	# emergency services district
	return tpl


def legal_for(rng, sector, state, core=""):
	"""A legal form for sector's firm in state: professionals their
	state's own (not a title company or an insurance agency), a Texas
	firm now and then a partnership."""
	if sector in ("care", "prof") and not re.search("Title|Insurance",
			core):
		return PRO_FORM.get(state, "P.C.") if rng.random() < .75 else \
			"LLC"
	return lk.wpick(rng, TX_LEGAL if state == "TX" else LEGAL)


SECTOR_CUM = (list(SECTORS), list(itertools.accumulate(v[0] for v in
	SECTORS.values())))


def pick_sector(rng):
	return rng.choices(SECTOR_CUM[0], cum_weights=SECTOR_CUM[1])[0]


def make_customer(rng, cid, taken, desk=None, outside=False, sector=None):
	"""A customer record of sector (any: None), None when its draw does
	not fit: name, core (less the legal form and d/b/a), the words it is
	named by."""
	desk, town = place(rng, desk)
	name_, state, county = town[0], town[1], town[2]
	sector = sector or pick_sector(rng)
	tpl = pick_template(rng, sector, town)
	group = "hisp" if "{H}" in tpl or "{HB}" in tpl else \
		group_of(rng, desk)
	owner = someone(rng, group)
	s2 = someone(rng, group_of(rng, desk))[1]
	v = {"B": pick_brand(rng, desk), "S": owner[1], "S2": s2,
		"P": "%s %s" % owner, "G": owner[0], "T": name_, "K": county,
		"C": rng.choice(CONGREGATION), "A": rng.choice(PARISH),
		"H": owner[1] if group == "hisp" else rng.choice(SURNAMES["hisp"]),
		"HB": rng.choice(SPANISH), "W": rng.choice(TOWNSHIP), "N": ""}
	if outside:	# words no customer's name is made of
		o = rng.sample(OUT_SURNAME, 3)
		v.update(S=o[0], S2=o[1], H=o[2], B=rng.choice(OUT_BRAND),
			P="%s %s" % (owner[0], o[0]), T=rng.choice(ELSEWHERE[desk]))
	if v["S"] == v["S2"]:
		return None
	used = set(re.findall(r"\{(\w+)\}", tpl))
	space = number_space(tpl, state, county)
	if sector == "school" and "T" in used:
		# One district a town: "USD 259 Wichita" and "Wichita Public
		# Schools USD 259" are one customer.
		if (state, name_) in taken:
			return None
		taken.add((state, name_))
	if "N" in used:
		v["N"] = numbered_slot(rng, space, taken)
		if v["N"] is None:
			return None
	core = fill(tpl, v)
	legal = ""
	if rng.random() < SECTORS[sector][1]:
		legal = legal_for(rng, sector, state, core)
	name, dba = core, ""
	if legal:
		name = core + rng.choice([" ", ", "]) + legal
		if state == "TX" and rng.random() < .12 and used & {"S", "B", "H"}:
			# An assumed name over a partnership or an LLC.
			word = v["S"] if "S" in used else v["B"] if "B" in used \
				else v["H"]
			dba = "%s %s, %s" % (word, rng.choice(["Family Partners",
				"Holdings", "Enterprises", "Investments"]), legal)
			name = "%s %s %s" % (dba, rng.choice(["dba", "d/b/a", "DBA"]),
				core)
	return {"id": cid, "name": name, "core": core, "legal": legal,
		"dba": dba, "town": name_, "state": state, "county": county,
		"area": town[3], "zip": town[4], "desk": desk, "sector": sector,
		"group": group, "tpl": tpl, "num": v["N"] or None, "space": space,
		"brand": v["B"] if "B" in used else v["HB"] if "HB" in used
		else None, "surs": [v[k] for k in ("S", "S2", "H") if k in used],
		"owner": owner if used & {"S", "P", "H"} else None,
		"pname": v["P"] if "P" in used else None,
		"cong": v["C"] if "C" in used else v["A"] if "A" in used else None,
		"in_town": "T" in used, "in_county": "K" in used}


def named_by(c):
	"""(sector, skeleton word) for each word a customer is named by."""
	ws = [c["brand"], c["cong"]] + c["surs"]
	if c["in_town"]:
		ws.append(c["town"])
	if c["in_county"]:
		ws.append(c["county"])
	ws = [w for w in ws if w] or [c["core"]]
	return [(c["sector"], skel(w)) for w in ws]


def contacts(rng, c, ids):
	"""The owner first where there is one, then up to three people of
	the desk."""
	ps = [c["owner"]] if c["owner"] else []
	ps += [someone(rng, c["group"] if rng.random() < .6 else
		group_of(rng, c["desk"])) for _ in range(rng.randint(0, 3))]
	return [lk.contact(ids, a, b, c["domain"], lk.latin) for a, b in ps]


def assets(rng, c, ids, shared):
	words = [w.upper() for w in re.findall(r"[A-Za-z0-9]+",
		lk.latin(c["core"])) if len(w) > 2 and w.lower() not in DROP]
	home = lk.latin(c["town"]).upper().replace(" ", "").replace(".", "")

	def personal(r):
		return lk.latin(someone(r, c["group"])[0]).upper()[:10]
	return lk.asset_names(rng, ids, words, home, ROLES[c["sector"]],
		shared, personal)


def address(rng, c):
	return {"address": "%d %s" % (rng.randint(100, 29999),
		rng.choice(ROADS)), "address_2": rng.choice([None, None, None,
		"Suite %d" % rng.randint(100, 500), "PO Box %d" %
		rng.randint(10, 999)]), "city": c["town"], "state": c["state"],
		"zip": "%s%02d" % (c["zip"], rng.randint(1, 99))}


FREE = ("gmail", "yahoo", "outlook", "centurylink", "sbcglobal", "hotmail")


def domain(rng, c, taken):
	"""The customer's own domain (a free mailbox for a third of the
	firms), a digit more where taken."""
	s = c["sector"]
	if rng.random() < .3 and s not in ("school", "gov", "bank", "health"):
		return rng.choice(FREE) + rng.choice([".com", ".net"])
	t = re.sub("[^a-z]", "", lk.latin(c["town"]).lower())
	k = re.sub("[^a-z]", "", lk.latin(c["county"]).lower())
	if s == "school":
		d = ("isd%s" % c["num"] if c["num"] and c["state"] == "MN" else
			"usd%s" % c["num"] if c["num"] else t + ("isd" if c["state"]
			== "TX" else "schools")) + ".org"
	elif s == "gov":
		d = "%sco%s.gov" % (k, c["state"].lower()) if c["in_county"] \
			else "%s%s.gov" % (t if c["in_town"] else re.sub("[^a-z]", "",
			c["core"].lower())[:16], c["state"].lower())
	else:
		word = c["brand"] or c["cong"] or (c["surs"] or [""])[0] or \
			(c["town"] if c["in_town"] else c["county"])
		d = re.sub("[^a-z0-9]", "", lk.latin(word).lower())[:14]
		d += {"coop": "coop", "bank": "bank", "church": "church",
			"health": "health", "care": "clinic", "haul": "trucking",
			"dealer": "implement"}.get(s, "")
		d += ".org" if s == "church" else rng.choice([".com", ".com",
			".net", ".coop" if s == "coop" else ".us"])
	base, tld = d.split(".", 1)
	head, n = base, 1
	while "%s.%s" % (head, tld) in taken:	# a digit more, as offered
		n += 1
		head = "%s%s%d" % (base, "-" if base[-1].isdigit() else "", n)
	taken.add("%s.%s" % (head, tld))
	return "%s.%s" % (head, tld)


def front_desk(rng, c):
	"""Syncro's firstname/lastname/email of the first contact and a phone
	of the town's area code."""
	p = c["contacts"][0] if c["contacts"] else {}
	c["syncro"].update(firstname=p.get("firstname"),
		lastname=p.get("lastname"), email=p.get("email"),
		phone="%s-%03d-%04d" % (c["area"], rng.randint(201, 989),
		rng.randint(0, 9999)))


def forms(c):
	"""The names a customer goes by: its name, core, the core less its
	town or county, its d/b/a owner, the name less the owner's given
	name."""
	out = [c["name"], c["core"], c["core"] + " " + c["legal"]]
	if c["dba"]:
		out.append(c["dba"])
	if c["in_town"]:
		out.append(c["core"].replace(c["town"], ""))
	if c["pname"]:
		out.append(c["core"].replace(c["pname"], c["owner"][1]))
	return out


def population(rng, n):
	g = lk.G()
	g.custs, seen, shared, taken, doms = [], set(), set(), set(), set()
	# Contacts and assets take ids above the customers', below 39,000,000
	# too (250,000 or so at 50,000 customers).
	ids = iter(range(38500001, 39000000))
	cid = 38000000
	while len(g.custs) < n:
		# A name taken is drawn again in the same sector (up to 12
		# times), so 50,000 customers hold about the sectors' shares
		# 5,000 do, though a sector's town names run out first.
		sector = pick_sector(rng)
		for _ in range(12):
			c = make_customer(rng, cid + 1, taken, sector=sector)
			ks = c and {skel(f) for f in (c["name"], c["core"], c["dba"])
				if f}
			if c and "" not in ks and not ks & seen:
				break
		else:
			continue
		# The id grows with each customer kept, so 50,000 stay below
		# 38,200,000.
		cid += rng.randint(1, 3)
		c["id"] = cid
		seen |= ks
		c["domain"] = domain(rng, c, doms)
		lk.add_customer(rng, g, c, ids, shared, address, contacts, assets)
		front_desk(rng, c)
	g.shared = sorted(shared)
	return g


def index(g):
	ck.index_start(g)
	g.named = set()
	g.nums = set()
	for i, c in enumerate(g.custs):
		ck.add_names(g, i, [c["name"], c["core"]])
		ck.add_forms(g, i, forms(c))
		ck.add_words(g, i, skel_words(c["name"]))
		ck.add_contacts(g, i, c)
		g.named.update(named_by(c))
		if c["num"]:
			g.nums.add((c["space"], c["num"]))
	ck.index_end(g)


# ---------------------------------------------------------------- typing
KEYS = lk.Typo(["1234567890-=", "qwertyuiop[]", "asdfghjkl;'",
	"zxcvbnm,./"])


def some(rng, c, p_core=.5):
	"""The core p_core of the time, else the whole name."""
	return lk.name_or_core(rng, c, p_core)


def n_caps(rng, g, c):
	return some(rng, c).upper()


def n_lower(rng, g, c):
	t = some(rng, c, .6).lower()
	if rng.random() < .35:
		t = re.sub(r"[.,']", "", t)
	return t


def n_typo(rng, g, c):
	return KEYS.one(rng, some(rng, c, .6))


def n_typo2(rng, g, c):
	s = some(rng, c, .6)
	t = KEYS.one(rng, s)
	t = t and KEYS.one(rng, t)
	return t if t != s else None	# the second slip undid the first


def n_truncated(rng, g, c):
	"""linkgen's cut, not into a district's number nor off its town."""
	t = lk.n_truncated(rng, g, c)
	if not t:
		return None
	if c["num"] and c["num"] not in t:
		return None
	if c["in_town"] and c["town"] not in t or c["in_county"] and \
			c["county"] not in t:
		return None
	if c["pname"] and c["owner"][1][:4] not in t:
		return None	# "Law Office o": whose?
	return t


def n_reorder(rng, g, c):
	"""The town or surname that leads moved last: "State Bank, Litchfield",
	"Implement - Nelson"."""
	s = c["core"]
	for w in [c["town"] if c["in_town"] else None] + c["surs"] + \
			[c["brand"]]:
		if not w or not s.startswith(w + " "):
			continue
		rest = s[len(w) + 1:]
		if rest.startswith(("&", "-", ",", "'")) or len(rest) < 6:
			return None
		return "%s%s%s" % (rest, rng.choice([", ", " - ", " "]), w)
	return None


SHORT = [("Brothers", "Bros."), ("Implement", "Impl."), ("Equipment",
	"Equip."), ("Services", "Svcs."), ("Memorial", "Mem."), ("Regional",
	"Reg."), ("Medical Center", "Med. Ctr."), ("Hospital", "Hosp."),
	("Township", "Twp."), ("Association", "Assn."), ("Elevator",
	"Elev."), ("Lutheran", "Luth."), ("Department", "Dept."),
	("Veterinary", "Vet"), ("Chevrolet", "Chevy"), ("Center", "Ctr."),
	("Associates", "Assoc.")]


def shorten(t, long, short):
	"""long as short where t has it as a word; Bros. back as Brothers."""
	m = re.search(r"(?<!\w)%s(?!\w)" % re.escape(long), t)
	if m:
		return t[:m.start()] + short + t[m.end():]
	if short == "Bros." and short in t:
		return t.replace(short, long, 1)
	return t


n_abbrev = lk.abbrev_row(SHORT, shorten,
	lambda rng, t: t.replace(".", "") if rng.random() < .35 else t)


# Words initials pass over: the legal forms, "of", "the", "and".
UNSAID = set("of the and llc inc co ltd lp pllc p.a p.c s.c corp".split())


def n_acronym(rng, g, c):
	"""A name of three words or more (a person's aside) by its
	initials: "Crow River Farmers Co-op" as "CRFC", "CRF Co-op"."""
	if c["pname"] or c["num"]:
		return None
	ws = [w for w in re.split(r"[\s&,/]+", lk.plain(c["core"]))
		if w and w[0].isalpha() and w.lower().strip(".") not in UNSAID]
	return lk.initials(rng, ws) if len(ws) > 2 else None


def legal_other(rng, c, r):
	alts = RESPELL.get(c["legal"], [c["legal"]])
	if r < .88:
		return "%s%s%s" % (c["core"], rng.choice([" ", ", "]),
			rng.choice(alts))
	return c["core"] + " " + c["legal"].replace(".", "").upper()


n_legal = lk.legal_row(legal_other)


def n_and(rng, g, c):
	s = some(rng, c)
	m = re.search(r" (&|and) ", s)
	if not m:
		return None
	to = rng.choice([x for x in (" and ", " & ", "&", " n ", " + ")
		if x.strip() != m.group(1)])
	return s[:m.start()] + to + s[m.end():]


def n_branch(rng, g, c):
	s = some(rng, c, .6)
	if c["sector"] == "church":
		site = rng.choice(CHURCH_SITES)
	elif c["sector"] == "school" and c["in_town"]:
		site = rng.choice(SCHOOL_UNITS)
	elif c["in_town"]:
		site = rng.choice(SITES)
	else:
		site = rng.choice([c["town"], rng.choice(SITES)])
	return rng.choice(["%s - %s", "%s (%s)", "%s / %s", "%s: %s"]) % (s,
		site)


def n_state(rng, g, c):
	"""The customer's own state after its name: ", MN", " (TX)",
	" - Hutchinson KS", " Texas"."""
	s = some(rng, c, .6)
	st = c["state"]
	r = rng.random()
	if r < .35:
		return "%s, %s" % (s, st)
	if r < .55:
		return "%s (%s)" % (s, st)
	if r < .85:
		return "%s - %s %s" % (s, c["town"], st)
	return "%s %s" % (s, STATE_NAME[st])


def n_county(rng, g, c):
	s = some(rng, c)
	if " County" not in s:
		return None
	return s.replace(" County", rng.choice([" Co.", " Co", " Cnty",
		" Cty.", " COUNTY"]), 1)


def n_company(rng, g, c):
	"""Company as Co. and Co. as Company (the legal form or a word of
	the name)."""
	s = c["name"]
	if re.search(r"\bCompany\b", s):
		return s.replace("Company", rng.choice(["Co.", "Co", "Comp."]), 1)
	m = re.search(r"\bCo\.(?=\s|,|$)", s)
	if m:
		return s[:m.start()] + rng.choice(["Company", "Co", "CO."]) + \
			s[m.end():]
	return None


def n_number(rng, g, c):
	"""A district's "No. 4" as "#4", "No 4", "4", "Four", "Number 4",
	"Dist. 4"; "ISD 271" as "ISD #271"."""
	if not c["num"]:
		return None
	s = some(rng, c, .7)
	n = c["num"]
	words = {v: k for k, v in NUMBER_WORDS.items()}
	alts = ["#%s" % n, "# %s" % n, "No %s" % n, n, "Number %s" % n,
		"Dist. %s" % n]
	if n in words:
		alts.append(words[n].capitalize())
	m = re.search(r"(No\. )?(?<!\d)%s(?!\d)" % n, s)
	if not m:
		return None
	t = s[:m.start()] + rng.choice(alts) + s[m.end():]
	return t.replace("District Dist.", "District")


SCHOOL_TYPED = [("Independent School District No. ", ["ISD ", "ISD #",
	"I.S.D. ", "Ind. School Dist. ", "District "]),
	("Independent School District", ["ISD", "I.S.D.", "Ind. School "
	"Dist.", "Ind School District"]), ("ISD", ["Independent School "
	"District", "I.S.D.", "Ind. Sch. Dist."]),
	("Unified School District No. ", ["USD ", "USD #", "U.S.D. "]),
	("USD ", ["USD #", "U.S.D. ", "Unified School District "]),
	("Community School District", ["CSD", "Comm. School District",
	"Community Schools"]), ("Public Schools", ["Public School",
	"Schools", "Public School District"]), ("School District of ",
	["SD of ", "School Dist. of "])]


def n_school(rng, g, c):
	"""A district as its staff write it: "ISD #271", "Ennis I.S.D.",
	"USD #259 Wichita", "Storm Lake CSD"."""
	if c["sector"] != "school":
		return None
	s = c["core"]
	for long, alts in SCHOOL_TYPED:
		if long in s:
			return s.replace(long, rng.choice(alts), 1)
	return None


BANK_TYPED = [("First State Bank of ", ["FSB ", "FSB of ", "1st State Bank ",
	"First State Bank - ", "First State "]), ("Federal Credit Union",
	["FCU", "Fed. Credit Union", "Federal CU", "F.C.U."]),
	("Credit Union", ["CU", "C.U."]), ("Farmers & Merchants",
	["F&M", "F & M", "Farmers and Merchants"]), ("First National Bank of ",
	["FNB ", "1st National Bank ", "First National "]),
	("Citizens National Bank of ", ["CNB ", "Citizens National "]),
	("Bank & Trust", ["Bank and Trust", "B&T"]), ("State Bank",
	["St. Bank", "State Bk"])]


def n_bank(rng, g, c):
	"""A bank or credit union as tellers write it: "FSB Hutchinson",
	"X FCU", "F&M Bank", "1st National Bank Enid"."""
	if c["sector"] != "bank":
		return None
	s = c["core"]
	for long, alts in BANK_TYPED:
		if long in s:
			t = s.replace(long, rng.choice(alts), 1)
			return " ".join(t.split())
	return None


COOP_TYPED = [("Farmers Cooperative Elevator Co.", ["Farmers Coop Elevator",
	"Farmers Co-op Elevator Co.", "Farmers Coop Elev.", "Farmer's "
	"Cooperative Elevator"]), ("Farmers Cooperative Elevator Company",
	["Farmers Co-op Elevator Co.", "Farmers Coop Elevator", "Farmers "
	"Cooperative Elevator"]), ("Cooperative Association", ["Co-op "
	"Assn.", "Coop Association", "Cooperative Assn"]), ("Co-op Association",
	["Coop Assn", "Cooperative Association", "Co-operative Assn."]),
	("Co-op Grain Company", ["Coop Grain Co.", "Cooperative Grain Co"]),
	("Farmers Co-op", ["Farmers Coop", "Farmers Cooperative",
	"Farmer's Co-op"]), ("Farmers Elevator", ["Farmers Elev.",
	"Farmer's Elevator"]), ("Cooperative", ["Co-op", "Coop",
	"Co-operative"]), ("Co-op", ["Coop", "Cooperative", "CO-OP"])]


def n_coop(rng, g, c):
	"""A co-op's name respelt: Co-op / Coop / Cooperative, Elevator as
	Elev., Farmers' apostrophe, a CHS location as "CHS - {T}"."""
	if c["sector"] != "coop":
		return None
	s = c["core"]
	if s.startswith("CHS "):
		return rng.choice(["CHS - %s", "CHS Inc. %s", "%s CHS"]) % s[4:]
	for long, alts in COOP_TYPED:
		if long in s:
			return s.replace(long, rng.choice(alts), 1)
	return None


def n_saint(rng, g, c):
	s = some(rng, c)
	m = re.search(r"\b(Sts?\.) ", s)
	if not m:
		return None
	to = {"St.": ["Saint", "St", "ST."], "Sts.": ["Saints", "Sts",
		"St."]}[m.group(1)]
	return s[:m.start()] + rng.choice(to) + " " + s[m.end():]


def n_synod(rng, g, c):
	"""A Lutheran church less its synod, Lutheran as Luth., Our Savior's
	without its apostrophe."""
	s = c["core"]
	if "Lutheran" not in s:
		return None
	t = re.sub(r" \(ELCA\)| - Missouri Synod", rng.choice(["", "",
		" ELCA" if "ELCA" in s else " LCMS"]), s)
	r = rng.random()
	if r < .4:
		t = t.replace("Lutheran", rng.choice(["Luth.", "Luth", "Lutheran"]))
	elif "'s " in t:
		t = t.replace("'s ", "s ", 1)
	return t if t != s else t.replace(" Church", "", 1)


def n_dba(rng, g, c):
	"""A d/b/a name typed as its trade name with the form, the owner
	alone, or with "dba" respelt."""
	if not c["dba"]:
		return None
	r = rng.random()
	if r < .4:
		return "%s %s" % (c["core"], c["legal"])
	if r < .6:
		return c["dba"]
	return "%s %s %s" % (c["dba"].split(",")[0], rng.choice(["DBA",
		"dba", "d.b.a.", "/", "-"]), c["core"])


def n_accents(rng, g, c):
	s = some(rng, c)
	t = lk.plain(s)
	return t if t != s else None


n_contact = lk.contact_row(lambda rng, c, p: rng.choice(["", "", "",
	"(office)", "(owner)", "(business office)" if c["sector"] in
	("school", "gov", "health") else "(manager)"]))
n_person = ck.person_row(lambda rng, c: rng.random() < .12)
n_domain = lk.domain_row(FREE)


def n_mixed(rng, g, c):
	first = rng.choice([n_legal, n_abbrev, n_bank, n_coop, n_school,
		n_county, n_number, n_saint, n_synod])(rng, g, c)
	then = rng.choice([n_typo, n_caps, n_lower, n_truncated])
	return first and then(rng, g, dict(c, name=first, core=first))


KINDS = [("exact", lk.n_exact, 11), ("caps", n_caps, 4),
	("lower", n_lower, 3), ("typo", n_typo, 8), ("two typos", n_typo2, 3),
	("truncated", n_truncated, 4), ("reorder", n_reorder, 2),
	("abbrev", n_abbrev, 4), ("acronym", n_acronym, 2),
	("legal", n_legal, 6), ("and", n_and, 2), ("branch", n_branch, 3),
	("state", n_state, 3), ("county", n_county, 2),
	("company", n_company, 2), ("number", n_number, 3),
	("school", n_school, 3), ("bank", n_bank, 3), ("coop", n_coop, 3),
	("saint", n_saint, 2), ("synod", n_synod, 2), ("dba", n_dba, 2),
	("accents", n_accents, 2), ("contact", n_contact, 3),
	("person", n_person, 2), ("domain", n_domain, 2),
	("mixed", n_mixed, 4)]


# ---------------------------------------------------------------- impostors
def i_fresh(rng, g, c):
	"""A name of the customers' shape made of words no customer has."""
	d = make_customer(rng, 0, set(), c["desk"], outside=True)
	if d is None or set(named_by(d)) & g.named:
		return None
	if d["num"] and (d["space"], d["num"]) in g.nums:
		return None	# "ISD 30" is Bloomington Public Schools ISD 30
	return d["name"] if rng.random() < .7 else d["core"]


def i_town(rng, g, c):
	"""The same co-op, bank, district, parish or hospital name in a
	town no customer is in: "First State Bank of Glencoe" beside "First
	State Bank of Hutchinson"."""
	if not c["in_town"] or c["num"] or c["sector"] not in ("coop",
			"bank", "school", "church", "health", "gov"):
		return None
	other = rng.choice(ELSEWHERE[c["desk"]])
	t = c["core"].replace(c["town"], other)
	return t if t != c["core"] else None


def i_state(rng, g, c):
	"""A customer's name with another state in it, as a firm or an
	institution of that name there: "Nelson Implement of Iowa",
	"Farmers State Bank Hutchinson Kansas"."""
	if c["num"] or c["sector"] in ("gov", "school"):
		return None
	st = rng.choice([s for s in STATE_NAME if s != c["state"]])
	if c["in_town"]:
		return "%s %s" % (c["core"].replace(" of ", " "), STATE_NAME[st])
	if rng.random() < .6:
		return "%s of %s%s" % (c["core"], STATE_NAME[st], " " +
			c["legal"] if c["legal"] else "")
	return "%s %s %s" % (c["core"], STATE_NAME[st], c["legal"] or "LLC")


def i_number(rng, g, c):
	"""The same kind of district with another number: "ISD 272" for
	Independent School District No. 271, RWD No. 5 for No. 4.  Not a
	district named for its town too: "Pipestone Public Schools ISD 2078"
	would be Pipestone's own, its number mistyped."""
	if not c["num"] or c["in_town"]:
		return None
	lo, hi = NUMBERS.get(c["space"], (1, 40))
	n = str(rng.randint(max(lo, int(c["num"]) - 30), min(hi,
		int(c["num"]) + 30)))
	# Two digits off at least: one off is a slip label-audit reads as the
	# customer's own (rule edit), so such a row would be drawn again.
	if (c["space"], n) in g.nums or lk.la.within1(n, c["num"]):
		return None
	return re.sub(r"(?<!\d)%s(?!\d)" % c["num"], n, c["core"], 1)


def else_trade(rng, c):
	tr = rng.choice(ELSE_TRADE)
	return None if set(skel_words(tr)) & set(skel_words(c["core"])) else tr


def i_trade(rng, g, c):
	"""The same surname's other trade: "Olson Taxidermy" beside "Olson
	Implement Co."."""
	tr = else_trade(rng, c)
	if not c["surs"] or not tr:
		return None
	t = rng.choice(["%s %s", "%s's %s", "%s & Sons %s"]) % (c["surs"][0],
		tr)
	return t + " " + legal_for(rng, "trades", c["state"]) \
		if rng.random() < .3 else t


def i_common(rng, g, c):
	tr = else_trade(rng, c)
	return tr and "%s %s" % (rng.choice(COMMON), tr)


def i_rare(rng, g, c):
	tr = else_trade(rng, c)
	if not tr or c["brand"] not in RARE:
		return None
	return "%s %s" % (c["brand"], tr)


def nobody(g, p):
	"""p (given name, surname) is no listed person either way round and
	no customer's name holds it."""
	return not any(skel(x) in g.person or lk.held_by_all(g,
		set(skel_words(x))) for x in ("%s %s" % p, "%s %s" % p[::-1]))


def i_person(rng, g, c):
	p = someone(rng, group_of(rng, c["desk"]))
	if not nobody(g, p):
		return None
	return rng.choice(["", "", "", "Dr. ", "Pastor "]) + "%s %s" % p


def i_personal(rng, g, c):
	p = someone(rng, group_of(rng, c["desk"]))
	if not nobody(g, p):
		return None
	return rng.choice(PERSONAL).format(G=p[0], S=p[1])


def i_prospect(rng, g, c):
	t = i_fresh(rng, g, c)
	return t and rng.choice(PROSPECT) + t


IMPOSTORS = [("impostor: " + kind, f, w) for kind, f, w in (
	("same shape", i_fresh, 15), ("other town", i_town, 11),
	("other state", i_state, 7), ("other number", i_number, 7),
	("other trade", i_trade, 10), ("common surname", i_common, 7),
	("rare word", i_rare, 6), ("person", i_person, 7),
	("vendor", lk.one_of(VENDORS), 9), ("prospect", i_prospect, 6),
	("personal", i_personal, 7), ("own staff", lk.one_of(STAFF), 6))]
KEPT = ("id", "name", "syncro", "contacts", "assets")
BENCH = ("BENCH-%s-%02d", 5)	# each desk's bench machines
CLOCK = (1836000000, 977, 70)	# numbered()'s start, step and minutes


def main():
	lk.desk_main("blind38", ck, population, index, KINDS, IMPOSTORS,
		KEPT, BENCH, TECHS, CLOCK)


if __name__ == "__main__":
	main()
