#!/usr/bin/env python3
# gen-link-blind28.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 19: the lead runs it once).  Syncro's home
# market: an English-speaking MSP with one Syncro account and one
# ScreenConnect, desks in Denver (DEN: the US West and Plains), Columbus
# (CMH: the US Midwest, East and South), Toronto (YYZ: English Canada),
# Manchester (MAN: England, Wales, Scotland, Northern Ireland) and
# Brisbane (BNE: Australia).  Customers are SMBs: medical and dental
# practices, law firms, CPAs and accountants, property managers, HOAs,
# condominium and strata bodies, churches, schools and districts,
# non-profits, builders and trades, auto dealers and body shops,
# restaurants and franchisees, manufacturers, hauliers and logistics.
# Writes OUTDIR/customers.json (as Syncro's GET /customers returns them:
# id, business_name, firstname, lastname, email, phone, address,
# address_2, city, state, zip, contacts, assets), names.tsv (typed TAB
# true id or "" TAB kind TAB machine), sessions.jsonl and
# sessions-machine.jsonl through screenconnect_record.write_desk_set.
# Python stdlib only, deterministic for a seed.  Customer ids from
# 38000000.
#
# Where the names come from (public lists; found with the search tool
# unless marked "known"):
# - US surnames: the US Census Bureau's 2010 surname list (public domain;
#   census.gov/topics/population/genealogy/data/2010_surnames.html), the
#   top 100 as ozdemirburak/full-name-generator src/surnames/us.ts holds
#   them (the common block below), ranks 100-300 from the same list
#   (known), and rarer ones (100+ bearers) from the Census 2000 list as
#   nullstyle/name-database family_name/*.yml holds it (ha.yml, wh.yml:
#   Hackworth, Halfacre, Hambrick, Whitlock, Whitacre ...).
# - UK surnames: National Records of Scotland, most common surnames 2024
#   (OGL v3; ozdemirburak/full-name-generator src/surnames/gb.ts) and the
#   England and Wales leaders (Smith, Jones, Taylor, Brown, Williams,
#   Wilson, Johnson, Davies, Evans, Roberts; known, ONS); Australian ones
#   as the same British and US lists plus Nguyen, Tran, Kelly, Ryan
#   (known: the Vietnamese and Irish shares of Australian surnames).
# - Given names: the SSA's popular names by century (US public domain;
#   full-name-generator src/names/us.ts) for US and Canadian people, ONS
#   baby names England and Wales (OGL v3; src/names/gb.ts) for British
#   and Australian ones.
# - Company-name shapes: faker.js's company module (suffixes Inc, and
#   Sons, LLC, Group, and Daughters; names "{last} {suffix}",
#   "{last}-{last}", "{last}, {last} and {last}") and Perl's
#   Text::FakeData::Company, both found with the search tool, as Python
#   Faker's en_US provider has them too (known); US sector words as
#   practices and trades name themselves (known).
# - Brand words: the US Census Bureau's most common street names (Park,
#   Main, Oak, Pine, Maple, Cedar, Elm, View, Washington, Lake, Hill; the
#   1993 TIGER count as the National League of Cities reported it,
#   known) and the UK's (High Street, Station Road, Church Road, Park
#   Road, Victoria Road, Green Lane, Manor Road; known), with landscape
#   and virtue words (Summit, Heritage, Liberty ...) and a rare block
#   (Tamarack, Kestrel, Copperleaf ...) invented here, for the rare-word
#   impostors.
# - Legal forms (known): US state LLC acts (LLC, L.L.C.), business
#   corporation acts (Inc., Corp., Co.), professional entities (PLLC,
#   P.C., P.A., LLP); HOAs and churches as non-profit corporations
#   ("..., Inc."); Canada's CBCA and provincial acts (Inc., Ltd., Corp.,
#   Limited; the numbered company "1234567 Ontario Inc.", "0987654 B.C.
#   Ltd."; the Professional Corporation of Ontario's Business
#   Corporations Act; "o/a", operating as); the UK Companies Act 2006
#   (Ltd, Limited, LLP, PLC, CIC; "t/a", trading as); Australia's
#   Corporations Act 2001 (Pty Ltd, Pty. Ltd., the "P/L" of old forms,
#   Ltd), incorporated associations (Inc), and the ABR's "The Trustee for
#   the X Family Trust" with "t/as"; "dba"/"d/b/a" (US assumed-name
#   statutes).
# - Abbreviations (Assoc., Assn., Mgmt, Svcs, Bros, Intl, Mfg, Dist.,
#   Co., Corp., St., Mt., Ctr, Dept, Const.): USPS Publication 28
#   (appendix C, business-word abbreviations as addresses and registries
#   write them; known) and what desks type.
# - Keyboard typos: a QWERTY neighbour model - a key's neighbours on the
#   US ANSI layout, as umutberkbilgic/Typo-Generator-3000 typogen3000.py
#   and wwt9829/bit.ly-typos typo_generator.py tabulate them (the
#   search tool found both) - for a slip to a neighbour, a dropped,
#   doubled or swapped letter, a missed or doubled space.
# - Phone habits (known): iOS and Android autocorrect replacing a word
#   the keyboard's dictionary lacks with dictionary words near it (a
#   rare surname or brand split or respelt: "Halfacre" -> "Half acre",
#   "Haddix" -> "Haddock"; AUTOCORRECT below, pairs written here), smart
#   punctuation (' to U+2019), auto-capitalisation of the first letter
#   only, and the double-space shortcut that types ". ".
# - US/UK spelling (Center/Centre, Pediatrics/Paediatrics, Organization/
#   Organisation, Tires/Tyres, Jewelers/Jewellers; known).
#
# Real-row kinds (shares in KINDS): exact, caps (caps lock), lower (a
# phone, punctuation left out), typo and two typos (the QWERTY model),
# autocorrect (the phone habits above), truncated (words or characters
# cut), reorder ("Law Office of X" -> "X Law Office" or "X, Law
# Office of", "First Baptist
# Church of T" -> "T First Baptist", "The Red Lion Arms" -> "Red Lion
# Arms, The", a practitioner "Surname, Given, DDS", a district's town
# last), abbrev (both ways, up to two), acronym (FBCA, VBS, "PP
# Engineering"; never a person's initials), legal (dropped, respelt,
# swapped: Ltd typed LLC, PLLC typed PC; or added to a trade firm that
# has none), dba (a "X LLC dba Y" / "1234567 Ontario Inc. o/a Y" / "The
# Trustee for the X Family Trust t/as Y" / "X Ltd t/a Y" customer by
# its trade name alone, its entity alone, the joining word respelt, or
# "Y (X LLC)"), and ('&' / 'and' / '+' / 'n'), the (a leading "The"
# dropped or added), possessive (Joe's / Joes / Joe s / Joe’s / Joe'S),
# spelling (US/UK), branch (the town, "Town ST", the street, the suite,
# or a room after " - ", " (", " / ", ": "), store (a franchisee's store
# number respelt: "#0412" -> "412", "Store 412"), contact (the name with
# a contact's given name or nickname: "X - Bill", "Karen @ X"), person
# (a contact's full name, "Surname, Given" a quarter of the time, only
# when no other customer has that person), domain (the domain, www., a
# contact's e-mail), spacing (a space missed, all spaces gone, a stray
# space before a comma), mixed (one of legal, caps, lower, abbrev, and,
# dba, branch, then one of truncated, typo, lower, caps).
# Impostors (IMPOSTORS; about 37% of rows): same shape (a fresh name from
# the customers' own templates, never a customer's trade with a
# customer's brand, saint or surname), rare word (a customer's rare
# brand in a trade no customer sector has: "Kestrel Locksmith"), common
# surname (a Census top-100 or NRS surname in such a trade), other-town
# namesake (a customer's brand or surname in such a trade, with another
# town of its country: "Summit Veterinary Clinic (Tulsa, OK)"),
# franchisee of a different owner (a chain's store number no customer
# has, nor within 10 or one edit of one; or, for a chain that names
# stores by town, a town no customer store is in), vendor (ISPs,
# carriers, line-of-business software support: Dentrix, Clio, MYOB, CDK),
# prospect ("Quote - ", "Demo for " and a fresh name), personal ("Mom's
# laptop", "Karen (home)"), own staff ("Bench 3", "Loaner 04").
#
# Machines: a real row is on one of its customer's assets 72%, another
# customer's 4%, else an unknown DESKTOP-/LAPTOP- name; an impostor on an
# unknown machine, on a role name many customers share (RECEPTION, OP1,
# FRONTDESK ...) 18%, own staff on the MSP's bench machines.
#
# Labels (session 16's rules): a real row is a name a technician would
# type for that customer; an impostor one a careful person bills to no
# listed customer.  Rows label-audit.py doubts (all seven rules) are
# drawn again, and so are impostors that, read through this generator's
# skeleton (abbreviations expanded, US/UK spellings merged, legal forms,
# "the", "of", "and" dropped, doubled letters single), are a customer's
# name, or that name less its legal form, dba part, town or owner, or all
# its words less one, or its words run together, or its name with two
# letters swapped; a person's name is a real row only when that whole
# name is one customer's person only.
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linkgen as lk  # noqa: E402
import screenconnect_record as scr  # noqa: E402

la = lk.la

# ---------------------------------------------------------------- places
# (town, state, desk, share, postcode prefix)
TOWNS = {
	"US": [("Denver", "CO", "DEN", 8, "802"), ("Aurora", "CO", "DEN", 3,
		"800"), ("Colorado Springs", "CO", "DEN", 4, "809"),
		("Boise", "ID", "DEN", 3, "837"), ("Salt Lake City", "UT", "DEN",
		4, "841"), ("Omaha", "NE", "DEN", 3, "681"), ("Wichita", "KS",
		"DEN", 3, "672"), ("Tulsa", "OK", "DEN", 3, "741"),
		("Albuquerque", "NM", "DEN", 3, "871"), ("Billings", "MT", "DEN",
		1, "591"), ("Portland", "OR", "DEN", 3, "972"),
		("Columbus", "OH", "CMH", 7, "432"), ("Dayton", "OH", "CMH", 3,
		"454"), ("Indianapolis", "IN", "CMH", 4, "462"), ("Louisville",
		"KY", "CMH", 3, "402"), ("Knoxville", "TN", "CMH", 2, "379"),
		("Charlotte", "NC", "CMH", 4, "282"), ("Greenville", "SC", "CMH",
		2, "296"), ("Richmond", "VA", "CMH", 3, "232"), ("Harrisburg",
		"PA", "CMH", 2, "171"), ("Syracuse", "NY", "CMH", 2, "132"),
		("Worcester", "MA", "CMH", 2, "016"), ("Springfield", "MO", "CMH",
		2, "658"), ("Springfield", "IL", "CMH", 2, "627"), ("Portland",
		"ME", "CMH", 1, "041"), ("Columbus", "GA", "CMH", 1, "319"),
		("Grand Rapids", "MI", "CMH", 2, "495"), ("Madison", "WI", "CMH",
		2, "537")],
	"CA": [("Toronto", "ON", "YYZ", 8, "M"), ("Mississauga", "ON", "YYZ",
		3, "L5"), ("Hamilton", "ON", "YYZ", 2, "L8"), ("London", "ON",
		"YYZ", 2, "N6"), ("Ottawa", "ON", "YYZ", 3, "K1"), ("Calgary",
		"AB", "YYZ", 3, "T2"), ("Edmonton", "AB", "YYZ", 2, "T5"),
		("Vancouver", "BC", "YYZ", 3, "V6"), ("Surrey", "BC", "YYZ", 1,
		"V3"), ("Winnipeg", "MB", "YYZ", 2, "R3"), ("Halifax", "NS",
		"YYZ", 1, "B3"), ("Saskatoon", "SK", "YYZ", 1, "S7")],
	"UK": [("Manchester", "Greater Manchester", "MAN", 6, "M"), ("Leeds",
		"West Yorkshire", "MAN", 4, "LS"), ("Sheffield", "South Yorkshire",
		"MAN", 3, "S"), ("Birmingham", "West Midlands", "MAN", 4, "B"),
		("Bristol", "Bristol", "MAN", 3, "BS"), ("Nottingham",
		"Nottinghamshire", "MAN", 2, "NG"), ("Leicester",
		"Leicestershire", "MAN", 2, "LE"), ("Cardiff", "South Glamorgan",
		"MAN", 2, "CF"), ("Glasgow", "Lanarkshire", "MAN", 3, "G"),
		("Edinburgh", "Midlothian", "MAN", 3, "EH"), ("Belfast",
		"County Antrim", "MAN", 2, "BT"), ("Newcastle upon Tyne",
		"Tyne and Wear", "MAN", 2, "NE"), ("York", "North Yorkshire",
		"MAN", 1, "YO"), ("Reading", "Berkshire", "MAN", 2, "RG"),
		("Richmond", "Surrey", "MAN", 1, "TW"), ("London", "Greater London",
		"MAN", 5, "EC")],
	"AU": [("Brisbane", "QLD", "BNE", 6, "40"), ("Gold Coast", "QLD", "BNE",
		3, "42"), ("Townsville", "QLD", "BNE", 1, "48"), ("Sydney", "NSW",
		"BNE", 6, "20"), ("Parramatta", "NSW", "BNE", 2, "21"),
		("Newcastle", "NSW", "BNE", 2, "23"), ("Melbourne", "VIC", "BNE",
		5, "30"), ("Geelong", "VIC", "BNE", 1, "32"), ("Perth", "WA",
		"BNE", 3, "60"), ("Adelaide", "SA", "BNE", 3, "50"), ("Hobart",
		"TAS", "BNE", 1, "70"), ("Canberra", "ACT", "BNE", 1, "26")],
}
COUNTRY = [("US", 58), ("CA", 11), ("UK", 18), ("AU", 13)]
TLD = {"US": ".com", "CA": ".ca", "UK": ".co.uk", "AU": ".com.au"}
FREEMAIL = {"US": ["gmail.com", "yahoo.com", "outlook.com", "comcast.net"],
	"CA": ["gmail.com", "rogers.com", "shaw.ca", "outlook.com"],
	"UK": ["gmail.com", "btinternet.com", "outlook.com", "sky.com"],
	"AU": ["gmail.com", "bigpond.com", "outlook.com", "optusnet.com.au"]}
PROVINCE = {"ON": "Ontario", "AB": "Alberta", "BC": "B.C.", "MB":
	"Manitoba", "NS": "Nova Scotia", "SK": "Saskatchewan"}

# ---------------------------------------------------------------- people
# The first block of each list is the very common names (sharing one
# proves nothing): the Census 2010 top 100 for the US.
SUR_US_COMMON = ("Smith Johnson Williams Brown Jones Garcia Miller Davis "
	"Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas "
	"Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez "
	"Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott "
	"Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera "
	"Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz "
	"Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook "
	"Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly "
	"Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James "
	"Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders "
	"Patel Myers Long Ross Foster Jimenez").split()
SUR_US = ("Powell Jenkins Perry Russell Sullivan Bell Coleman Butler "
	"Henderson Barnes Fisher Vasquez Simmons Romero Patterson Hamilton "
	"Graham Reynolds Griffin Wallace West Cole Hayes Bryant Herrera Gibson "
	"Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens "
	"Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas "
	"Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson "
	"Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Hunt Hicks "
	"Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox "
	"Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols "
	"Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer "
	"Hawkins Arnold Pierce Hansen Peters Hart Bradley Knight Elliott "
	"Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Berry "
	"Perkins Hoffman Johnston Matthews Richards Willis Carpenter Lawrence "
	"Hackworth Haddix Halfacre Hallenbeck Halverson Hambrick Hamblin "
	"Hammontree Hanratty Hankins Hannigan Harbaugh Harbison Haggerty "
	"Hagedorn Hainsworth Hairston Halloran Hambleton Handley Hanlon "
	"Whitacre Whitlock Whitmore Whitfield Whittington Wheelock Whelan "
	"Whitcomb Wheatley Whisenant Whitworth Whitsett Whipple Whiteside "
	"Halstead Hadley Hagan Hackett Hammond Hancock Hanley").split()
SUR_UK_COMMON = ("Smith Jones Taylor Brown Williams Wilson Johnson Davies "
	"Evans Roberts Thomson Campbell Stewart Robertson Anderson Scott "
	"Murray Reid Walker Wright").split()
SUR_UK = ("Macdonald Clark Young Mitchell Ross Morrison Watson Paterson "
	"Miller Graham Martin Bell Kelly Fraser Henderson Johnston Gray Kerr "
	"Davidson Hamilton Simpson Cameron Ferguson Hunter Duncan Allan Grant "
	"Mackenzie Gibson Black Mclean Mackay Wallace Russell Macleod Kennedy "
	"Murphy Marshall White Johnstone Gordon Stevenson Wood Burns "
	"Sutherland Hughes Watt Craig Mckenzie Muir Sinclair Milne Williamson "
	"Ritchie Cunningham Millar Dickson Docherty Mclaughlin King Mckay "
	"Munro Crawford Bruce Mcmillan Mcintosh Jackson Moore Ward Douglas "
	"Hall Green Shaw Fleming Boyle Hill Thompson Alexander Maclean "
	"Mcgregor Cooper Reilly Quinn Whitworth Halstead Hackett Hainsworth "
	"Wheatley Whitfield Hambleton Halliwell Hargreaves Ackroyd "
	"Holroyd Sutcliffe Pickles Ormerod Greenhalgh").split()
SUR_AU_COMMON = ("Smith Jones Williams Brown Wilson Taylor Nguyen Johnson "
	"Martin White Anderson Walker Thompson Lee Ryan Kelly").split()
SUR_AU = SUR_US[:90] + SUR_UK[:60] + "Tran Le Pham Murphy O'Brien "\
	"O'Connor Sullivan McKenzie Doyle Byrne".split()
SURNAMES = {"US": (SUR_US_COMMON, SUR_US), "CA": (SUR_US_COMMON[:50],
	SUR_US + SUR_UK[:40] + ["Tremblay", "Gagnon", "Roy", "Bouchard"]),
	"UK": (SUR_UK_COMMON, SUR_UK), "AU": (SUR_AU_COMMON, SUR_AU)}
GIVEN_US_M = ("James Michael John Robert David William Richard Joseph "
	"Thomas Christopher Charles Daniel Matthew Anthony Mark Steven Donald "
	"Andrew Joshua Paul Kenneth Kevin Brian Timothy Ronald Jason George "
	"Edward Jeffrey Ryan Jacob Nicholas Gary Eric Jonathan Stephen Larry "
	"Justin Benjamin Scott Brandon Samuel Gregory Patrick Frank Raymond "
	"Dennis Tyler Aaron Jerry Nathan Adam Henry Douglas Peter Kyle Keith "
	"Sean Roger Terry Walter Carl Bryan Jesse Harold Lawrence Bruce "
	"Wayne Vincent Randy").split()
GIVEN_US_F = ("Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica "
	"Karen Sarah Lisa Nancy Sandra Ashley Emily Kimberly Betty Margaret "
	"Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Sharon "
	"Laura Cynthia Amy Kathleen Angela Dorothy Brenda Nicole Pamela "
	"Samantha Anna Katherine Christine Debra Rachel Carolyn Janet Heather "
	"Diane Catherine Julie Victoria Joyce Lauren Kelly Christina Megan "
	"Cheryl Jacqueline Teresa Martha Gloria Kathryn Denise Danielle "
	"Tiffany Lori Kathy").split()
GIVEN_GB_M = ("Oliver Arthur Leo George Oscar Archie Jude Theo Freddie Henry "
	"Alfie Charlie Harry Jack Thomas William Edward Adam Alexander Isaac "
	"James Rory Max Hugo Louis Ethan Joshua Harrison Joseph Samuel Daniel "
	"Toby Rupert Alfred Callum Gareth Rhys Ian Neil Graham Colin Nigel "
	"Stuart Craig Gavin Darren Lee").split()
GIVEN_GB_F = ("Olivia Amelia Lily Isla Ivy Florence Freya Poppy Ava Elsie "
	"Isabella Sophia Phoebe Daisy Evelyn Harper Charlotte Rosie Grace "
	"Maeve Millie Matilda Emily Ella Ruby Alice Sophie Imogen Eleanor "
	"Harriet Chloe Zara Fiona Gemma Kirsty Shona Siobhan Bethan Sian "
	"Joanne Claire Lorraine Tracey").split()
GIVEN = {"US": (GIVEN_US_M, GIVEN_US_F), "CA": (GIVEN_US_M, GIVEN_US_F),
	"UK": (GIVEN_GB_M, GIVEN_GB_F), "AU": (GIVEN_GB_M[:30] + GIVEN_US_M[:30],
	GIVEN_GB_F[:30] + GIVEN_US_F[:30])}
# Nicknames desks type for a given name (known: the usual English short
# forms).
NICK = {"William": "Bill", "Robert": "Bob", "Richard": "Rick", "James":
	"Jim", "Michael": "Mike", "Thomas": "Tom", "Joseph": "Joe", "Charles":
	"Chuck", "Christopher": "Chris", "Daniel": "Dan", "Matthew": "Matt",
	"Anthony": "Tony", "Steven": "Steve", "Andrew": "Andy", "Kenneth":
	"Ken", "Timothy": "Tim", "Ronald": "Ron", "Jeffrey": "Jeff",
	"Nicholas": "Nick", "Jonathan": "Jon", "Benjamin": "Ben", "Samuel":
	"Sam", "Gregory": "Greg", "Patrick": "Pat", "Elizabeth": "Liz",
	"Jennifer": "Jen", "Patricia": "Patty", "Kimberly": "Kim", "Margaret":
	"Maggie", "Katherine": "Kate", "Rebecca": "Becky", "Deborah": "Deb",
	"Stephanie": "Steph", "Samantha": "Sam", "Alexander": "Alex",
	"Edward": "Ed", "Frederick": "Fred", "Victoria": "Vicky"}

# ---------------------------------------------------------------- words
BRAND_COMMON = ("Park Main Oak Pine Maple Cedar Elm Lake Hill Washington "
	"Summit Valley River Ridge Meadow Heritage Liberty Pioneer Eagle "
	"Harbor Prairie Cornerstone Keystone Evergreen Pinnacle Premier Apex "
	"Legacy Horizon Crossroads Lakeside Riverside Hillside Northside "
	"Westside Golden Silver Willow Aspen Birch Cardinal Patriot Frontier "
	"Coastal Sunrise Gateway Crown Regent Windsor Station Manor Victoria "
	"Highland Bayside Parkside Brookside Mountain Stonegate Fairview "
	"Greenfield Westfield Oakwood Maplewood Pinecrest Redwood Bluewater "
	"Northstar Trinity Unity Hope Grace Faith Covenant").split()
BRAND_RARE = ("Tamarack Kestrel Bramblewood Copperleaf Wrenfield Quillon "
	"Marlowe Ashgrove Foxhollow Larkspur Thornbury Ironwood Sagebrush "
	"Cobblestone Silverbell Brackenridge Dunmore Kingfisher Halcyon "
	"Bellweather Saltmarsh Blackthorn Greywood Fernleigh Stillwater "
	"Lodestar Tidewater Ravenwood Mistral Cairnbrook Galloway Tolland "
	"Nettlefield Tarragon Wickham Barrowdale Yarrow Kookaburra Ironbark "
	"Coolabah Muskoka Chinook Glenrock Amberley Calloway Dunraven "
	"Elderberry Gladstone Hollyhock Juniper Kinsale Lockhart Merriweather "
	"Northgate Oxbow Pemberton Quarrystone Rosedale Sandpiper Thistledown "
	"Umberleigh Verbena Wolverton Yellowhammer Zephyr Arrowhead Bluestem "
	"Cottonwood Driftwood Fieldstone Granite_Peak Harrowgate Ivybridge "
	"Jacaranda Kettering Longbridge Mapleton Norwood Osprey Quail_Run "
	"Red_Fern Saddleback Timberline Waratah Wattle Banksia Kurrajong "
	"Thistle Heather Glen Lochside Bramley Copperfield Briarwood "
	"Hawthorn Ridgeback Silverado Whitehorse Sundance Bighorn Pathfinder "
	"Lantern Beacon Compass Anchor Keel Cobalt Indigo Sterling").split()
BRAND_RARE = [b.replace("_", " ") for b in BRAND_RARE]	# two-word brands
SAINTS = ("Mary Joseph Paul Peter John Michael Patrick Anne Luke Mark "
	"Andrew James Thomas Francis Catherine Margaret Stephen Jude Agnes "
	"Bridget Columba Aidan Cuthbert David George Matthew Teresa Vincent "
	"Bernadette Monica").split()
CHAINS = {"US": ["Prairie Burger", "Mesa Taco Co", "Bluebird Coffee",
	"Hot Crust Pizza", "Fresh Bowl Kitchen", "Big Skillet Diner",
	"Sparkle Express Car Wash", "Tidy Tails Pet Grooming"],
	"CA": ["Maple Grind Coffee", "Northern Slice Pizza", "Poutine Palace"],
	"UK": ["Pan & Pestle", "Chippy Corner", "Brewhouse Republic"],
	"AU": ["Bean There Cafe", "Golden Crust Pies", "Aussie Grill Shack"]}
# A chain names its stores by number or by town, not both (so a store
# number no customer has is another franchisee's, and so is a town).
NUMBERED = {v[i] for v in CHAINS.values() for i in range(0, len(v), 2)}

# Templates per country and sector: {B} a brand, {S} {S2} {S3} surnames,
# {P} a person's full name, {G} a given name, {T} the town, {SAINT},
# {N} a number.
T_US = {
	"medical": ["{B} Family Medicine", "{S} Family Practice",
		"{B} Pediatrics", "{B} Medical Group", "{S} & {S2} Internal Medicine",
		"{T} Urgent Care", "{B} Women's Health", "{B} Chiropractic",
		"{B} Physical Therapy", "{S} Eye Care", "{B} Dermatology",
		"{P}, MD"],
	"dental": ["{B} Family Dentistry", "{S} Family Dentistry", "{P}, DDS",
		"{B} Dental Care", "{B} Orthodontics", "{B} Pediatric Dentistry",
		"{S} & {S2} Dental Group", "{S} Dental Associates"],
	"law": ["Law Office of {P}", "Law Offices of {S} & {S2}", "{S} & {S2}",
		"{S}, {S2} & {S3}", "{S} Law Group", "{S} Law Firm",
		"{S} Legal Services"],
	"cpa": ["{S} & Associates", "{S} & {S2} CPAs", "{S} CPA Group",
		"{B} Tax & Accounting", "{B} Bookkeeping Services",
		"{S} Tax Service", "{P}, CPA"],
	"property": ["{B} Property Management", "{B} Realty", "{B} Properties",
		"{S} Real Estate Group", "{B} Management Company"],
	"hoa": ["{B} Homeowners Association", "{B} Owners Association",
		"{B} Community Association", "{B} Condominium Association",
		"{B} Village Homeowners Association"],
	"church": ["First Baptist Church of {T}", "{B} Community Church",
		"St. {SAINT} Catholic Church", "{B} Bible Church",
		"First United Methodist Church of {T}", "{B} Church of Christ",
		"{B} Baptist Church", "{B} Presbyterian Church",
		"{T} Church of the Nazarene", "{B} Assembly of God",
		"{B} Lutheran Church"],
	"school": ["{T} Public Schools", "{T} Unified School District",
		"{T} Community School District", "{B} Christian Academy",
		"{B} Montessori School", "{B} Elementary School",
		"{B} Preparatory Academy", "St. {SAINT} Catholic School",
		"{B} Charter School"],
	"nonprofit": ["{T} Food Bank", "{B} Foundation", "{T} Humane Society",
		"{B} Community Services", "{B} Youth Center", "{T} Senior Center",
		"{B} Family Services", "{T} Area Chamber of Commerce",
		"{B} Boys & Girls Club"],
	"trades": ["{S} Construction", "{S} Brothers Construction",
		"{S} & Sons Plumbing", "{B} Roofing", "{S} Electric",
		"{B} Heating & Air", "{S} Heating and Cooling", "{B} Landscaping",
		"{B} Builders", "{S} Excavating", "{B} Concrete", "{S} Mechanical",
		"{B} Painting"],
	"auto": ["{S} Chevrolet", "{T} Toyota", "{S} Ford", "{B} Honda",
		"{S} Auto Body", "{B} Collision Center", "{S} Collision Repair",
		"{S} Automotive", "{B} Auto Sales", "{S} Motors",
		"{S} Tire & Auto", "{T} Chrysler Dodge Jeep Ram"],
	"restaurant": ["{S}'s Bar & Grill", "{B} Bistro", "{B} Tavern",
		"{B} Cafe", "{G}'s Pizza", "{B} Brewing Company", "{B} Diner",
		"{B} Kitchen", "{B} Steakhouse", "{B} Taqueria"],
	"mfg": ["{B} Manufacturing", "{B} Precision Machining",
		"{S} Tool & Die", "{B} Fabrication", "{B} Plastics",
		"{B} Industries", "{S} Metal Works", "{B} Cabinetry",
		"{B} Components", "{S} Manufacturing"],
	"logistics": ["{B} Logistics", "{B} Freight", "{S} Trucking",
		"{B} Transport", "{B} Distribution", "{S} Moving & Storage",
		"{B} Express", "{B} Warehousing"],
}
# A town's school district has one name (its form drawn by the town).
DISTRICT = ["{T} Public Schools", "{T} Unified School District",
	"{T} Community School District"]
T_CA = {
	"medical": ["{B} Medical Clinic", "{B} Family Health Team",
		"{B} Walk-In Clinic", "{B} Physiotherapy", "{S} Optometry",
		"{B} Medical Centre"],
	"dental": ["{B} Dental Centre", "Dr. {P} Dentistry", "{B} Dental",
		"{S} Family Dental", "{B} Orthodontics"],
	"law": ["{S} {S2} LLP", "{S} Law", "{S} & Associates",
		"{S} Barristers & Solicitors"],
	"cpa": ["{S} CPA", "{S} & {S2} Chartered Professional Accountants",
		"{B} Tax Services", "{S} Bookkeeping"],
	"property": ["{B} Property Management", "{B} Realty",
		"{B} Property Group"],
	"hoa": ["{B} Condominium Corporation", "{B} Condo Board",
		"{B} Co-operative Homes"],
	"church": ["{B} United Church", "St. {SAINT} Parish",
		"{B} Baptist Church", "{B} Pentecostal Church",
		"St. {SAINT}'s Anglican Church"],
	"school": ["{B} Public School", "{B} Christian School",
		"{B} Montessori Academy", "St. {SAINT} Catholic School"],
	"nonprofit": ["{B} Community Services", "{T} Food Bank",
		"{B} Foundation", "{B} Seniors Centre"],
	"trades": ["{S} Contracting", "{S} Plumbing", "{B} Roofing",
		"{S} Electric", "{B} Heating & Cooling", "{S} Renovations"],
	"auto": ["{S} Collision", "{T} Honda", "{S} Motors", "{B} Auto Body",
		"{S} Tire"],
	"restaurant": ["{B} Bistro", "{B} Pub", "{B} Cafe",
		"{S}'s Bar & Grill", "{B} Bakery"],
	"mfg": ["{B} Manufacturing", "{B} Machine", "{B} Industries",
		"{B} Millwork"],
	"logistics": ["{B} Transport", "{B} Logistics", "{S} Trucking",
		"{B} Courier"],
}
T_UK = {
	"medical": ["{B} Surgery", "{B} Medical Centre", "{B} Health Centre",
		"{B} Medical Practice", "{S} Physiotherapy", "{S} Opticians"],
	"dental": ["{B} Dental Practice", "{B} Dental Care",
		"{S} & {S2} Dental Surgery", "{B} Orthodontics", "{S} Dental"],
	"law": ["{S} {S2} Solicitors", "{S} & Co Solicitors", "{S} Law",
		"{S} & {S2}", "{S} Legal"],
	"cpa": ["{S} & Co Chartered Accountants", "{S} {S2} Accountants",
		"{B} Accountancy", "{S} Bookkeeping"],
	"property": ["{B} Lettings", "{S} Estate Agents",
		"{B} Property Management", "{B} Homes"],
	"hoa": ["{B} Court Management Company", "{B} Residents Association",
		"{B} House Residents Management"],
	"church": ["St {SAINT}'s Parish Church", "{B} Baptist Church",
		"{T} Methodist Church", "{B} Evangelical Church",
		"St {SAINT}'s Catholic Church"],
	"school": ["{B} Primary School", "{B} Academy",
		"St {SAINT}'s C of E Primary School", "{B} Academy Trust",
		"{B} Infant School", "{B} Grammar School"],
	"nonprofit": ["{B} Trust", "{T} Foodbank", "{B} Hospice",
		"{B} Community Association", "{B} Housing Association"],
	"trades": ["{S} Building Services", "{S} Plumbing & Heating",
		"{S} Electrical", "{B} Roofing", "{S} & Sons Builders",
		"{S} Joinery"],
	"auto": ["{S} Motors", "{B} Garage", "{S} Car Sales", "{B} Bodyshop",
		"{S} Tyres"],
	"restaurant": ["The {B} Arms", "The {B} Inn", "{B} Tea Rooms",
		"{S}'s Fish & Chips", "{B} Bistro"],
	"mfg": ["{B} Engineering", "{B} Fabrications",
		"{B} Precision Engineering", "{B} Plastics"],
	"logistics": ["{S} Haulage", "{B} Logistics", "{S} Transport",
		"{B} Couriers", "{S} Removals"],
}
T_AU = {
	"medical": ["{B} Medical Centre", "{B} Family Practice",
		"{B} Physiotherapy", "{B} Medical", "{S} Optometrists"],
	"dental": ["{B} Dental", "{B} Dental Surgery", "{S} Dental",
		"{B} Orthodontics"],
	"law": ["{S} Lawyers", "{S} & {S2} Legal", "{S} {S2} Solicitors",
		"{S} Law"],
	"cpa": ["{S} Accountants", "{B} Accounting & Advisory",
		"{S} & {S2} Chartered Accountants", "{B} Bookkeeping"],
	"property": ["{B} Real Estate", "{B} Property", "{S} Property Group",
		"{B} Realty"],
	"hoa": ["Strata Plan {N}", "Owners Corporation {N}",
		"{B} Body Corporate"],
	"church": ["{B} Uniting Church", "St {SAINT}'s Anglican Church",
		"{B} Baptist Church", "St {SAINT}'s Catholic Parish"],
	"school": ["{B} State School", "{B} Primary School",
		"{B} Grammar School", "{B} Christian College",
		"{B} Anglican College"],
	"nonprofit": ["{B} Community Services", "{T} Men's Shed",
		"{B} Foundation", "{B} Neighbourhood Centre"],
	"trades": ["{S} Plumbing", "{S} Electrical", "{B} Constructions",
		"{B} Roofing", "{S} Carpentry", "{B} Air Conditioning"],
	"auto": ["{S} Smash Repairs", "{T} Toyota", "{S} Motors",
		"{B} Mechanical", "{S} Tyres"],
	"restaurant": ["{B} Hotel", "{B} Cafe", "{B} Espresso",
		"{B} Bakery"],
	"mfg": ["{B} Engineering", "{B} Fabrication", "{B} Manufacturing"],
	"logistics": ["{S} Transport", "{B} Freight", "{B} Logistics",
		"{S} Removals"],
}
T = {"US": T_US, "CA": T_CA, "UK": T_UK, "AU": T_AU}
SECTORS = [("medical", 10), ("dental", 9), ("law", 8), ("cpa", 8),
	("property", 6), ("hoa", 4), ("church", 6), ("school", 5),
	("nonprofit", 5), ("trades", 10), ("auto", 6), ("restaurant", 6),
	("franchise", 5), ("mfg", 6), ("logistics", 5)]
# Legal forms: (form, share) per country; professional forms only for the
# professions; sectors that carry one and how often.
LEGAL = {
	"US": [("LLC", 45), ("Inc.", 25), ("Corp.", 4), ("Co.", 2)],
	"CA": [("Inc.", 50), ("Ltd.", 35), ("Corp.", 10), ("Limited", 5)],
	"UK": [("Ltd", 70), ("Limited", 25), ("PLC", 1)],
	"AU": [("Pty Ltd", 75), ("Pty. Ltd.", 15), ("Ltd", 10)],
}
PROF = {"US": [("PLLC", 35), ("P.C.", 30), ("P.A.", 10), ("LLC", 25)],
	"CA": [("Professional Corporation", 70), ("LLP", 10), ("Inc.", 20)],
	"UK": [("LLP", 50), ("Ltd", 50)], "AU": [("Pty Ltd", 100)]}
NONPROFIT = {"US": "Inc.", "CA": "Inc.", "UK": "CIC", "AU": "Inc"}
CARRIES = {"medical": .4, "dental": .5, "law": .6, "cpa": .5,
	"property": .7, "hoa": .5, "church": .2, "school": 0, "nonprofit": .4,
	"trades": .8, "auto": .8, "restaurant": .6, "franchise": 0, "mfg": .9,
	"logistics": .9}
PROFESSIONS = ("medical", "dental", "law", "cpa")
# Words for the "dba" entity behind a trade name.
HOLD = ["Holdings", "Enterprises", "Ventures", "Group", "Investments",
	"Partners"]

# Abbreviations both ways (USPS Publication 28 appendix C and desk
# habit).
ABBR = [("Associates", "Assoc."), ("Association", "Assn."),
	("Management", "Mgmt"), ("Services", "Svcs"), ("Brothers", "Bros"),
	("International", "Intl"), ("Manufacturing", "Mfg"),
	("Distribution", "Dist."), ("Company", "Co."), ("Saint", "St."),
	("Mount", "Mt."), ("Center", "Ctr"), ("Centre", "Ctr"),
	("Medical", "Med."), ("Construction", "Const."),
	("Department", "Dept"), ("Community", "Comm."),
	("Electric", "Elec."), ("Electrical", "Elec."),
	("Properties", "Props"), ("Engineering", "Eng."),
	("Homeowners Association", "HOA"), ("Heating & Air", "HVAC"),
	("Heating and Cooling", "HVAC"), ("Family Dentistry", "Family Dental"),
	("Precision", "Prec."), ("Accounting", "Acctg"),
	("Chartered Accountants", "CA"), ("Public Schools", "PS"),
	("School District", "SD"), ("Physical Therapy", "PT"),
	("Elementary School", "Elementary"), ("Moving & Storage", "Moving"),
	("Condominium", "Condo"), ("Chartered Professional Accountants",
	"CPAs"), ("Warehousing", "Whse"), ("Boys & Girls Club", "BGC"),
	("Church of the Nazarene", "Nazarene"), ("Physiotherapy", "Physio"),
	("Professional Corporation", "Prof. Corp.")]
# US and UK spellings.
SPELL = [("Center", "Centre"), ("Pediatric", "Paediatric"),
	("Organization", "Organisation"), ("Tires", "Tyres"),
	("Tire", "Tyre"), ("Neighborhood", "Neighbourhood"),
	("Jewelers", "Jewellers"), ("Theater", "Theatre"),
	("Harbor", "Harbour"), ("Color", "Colour"), ("Catalog", "Catalogue"),
	("Gray", "Grey"), ("Program", "Programme")]
# iOS autocorrect: a name word it does not know -> the dictionary word
# near it a phone puts in (known pairs; each is a real English word).
AUTOCORRECT = {"Hackworth": "Hack worth", "Haddix": "Haddock",
	"Halfacre": "Half acre", "Hallenbeck": "Hallenback",
	"Hambrick": "Hamburg", "Hanratty": "Hand ratty", "Harbaugh":
	"Harbour", "Whitacre": "White acre",
	"Whisenant": "Whiten ant", "Quillon": "Quill on", "Wrenfield": "Wren field",
	"Copperleaf": "Copper leaf", "Bramblewood": "Bramble wood",
	"Marlowe": "Marlow", "Foxhollow": "Fox hollow", "Larkspur":
	"Lark spur", "Thornbury": "Thorn bury", "Cairnbrook": "Cairn brook",
	"Merriweather": "Merry weather", "Umberleigh": "Umber leigh",
	"Pemberton": "Pembroke", "Ormerod": "Ordered", "Greenhalgh":
	"Greenhalf", "Sutcliffe": "Such cliff", "Whitsett": "Whitest",
	"Hainsworth": "Hains worth", "Dunraven": "Dun raven",
	"Physiotherapy": "Physio therapy", "Montessori": "Montessori's",
	"Taqueria": "Taquería", "Bookkeeping": "Book keeping",
	"Optometrists": "Optometrist", "Excavating": "Excavation",
	"Cabinetry": "Cabinet", "Bodyshop": "Body shop", "Foodbank":
	"Food bank", "Homeowners": "Home owners", "Warehousing":
	"Warehouse"}
# Machine role names by sector (what MSPs name a shared PC: a dental
# operatory OP1, an X-ray PC, a POS lane), shared by many customers.
ROLES = {"dental": ["OP1", "OP2", "OP3", "XRAY", "FRONTDESK", "RECEPTION"],
	"medical": ["NURSE", "RECEPTION", "FRONTDESK", "EXAM1", "EXAM2"],
	"law": ["PARALEGAL", "RECEPTION", "SERVER", "CONF-ROOM"],
	"cpa": ["BOOKKEEPER", "TAX1", "TAX2", "SERVER", "SCANNER-PC"],
	"church": ["PASTOR", "OFFICE-PC", "SOUNDBOOTH", "CHILDCHECKIN"],
	"school": ["LIBRARY", "OFFICE-PC", "LAB01", "NURSE", "FRONTOFFICE"],
	"restaurant": ["POS1", "POS2", "KITCHEN", "MANAGER", "BAR-POS"],
	"auto": ["PARTS", "SERVICE", "SALES1", "FINANCE", "BODYSHOP"],
	"trades": ["DISPATCH", "ESTIMATOR", "SHOP-PC", "OFFICE-PC"],
	"logistics": ["DISPATCH", "SHIPPING", "WAREHOUSE", "YARD-PC"],
	"mfg": ["SHOP-PC", "CNC1", "QC", "SHIPPING", "ENGINEERING"],
	"property": ["MANAGER", "LEASING", "ADMIN-PC", "MAINTENANCE"],
	"nonprofit": ["ADMIN-PC", "VOLUNTEER", "FRONTDESK", "DIRECTOR"]}
ROLES["franchise"] = ROLES["restaurant"]
ROLES["hoa"] = ROLES["property"]
TECHS = {"DEN": ["Tyler Brooks", "Megan Schultz", "Jose Alvarado"],
	"CMH": ["Kyle Patterson", "Ashley Nguyen", "Brandon Whitlock"],
	"YYZ": ["Ryan Tremblay", "Priya Sandhu"],
	"MAN": ["Callum Hargreaves", "Sophie Ahmed", "Gareth Pritchard"],
	"BNE": ["Liam O'Connor", "Chloe Tran"]}
VENDORS = ["Microsoft 365 Support", "Dell ProSupport", "HP Support",
	"Comcast Business", "Spectrum Business", "Verizon Fios", "AT&T",
	"Lumen", "Intuit QuickBooks", "Dentrix Support", "Eaglesoft",
	"Clio Support", "Xerox", "Ricoh", "Konica Minolta", "RingCentral",
	"8x8 Support", "Rogers Business", "Bell Canada", "Telus", "BT Business",
	"Virgin Media Business", "Sage UK", "Xero Support", "Telstra",
	"Optus Business", "MYOB", "Datto", "SonicWall Support",
	"Ubiquiti", "Meraki Support", "Square POS", "Toast POS",
	"CDK Global", "Reynolds and Reynolds"]
STAFF = ["Bench 1", "Bench 3", "Tech Bench", "NEW BUILD", "Loaner Laptop",
	"Loaner 04", "Shop PC", "Spare laptop", "Test VM", "TEST", "Office - Jake",
	"Front office (ours)", "Demo Laptop", "Imaging station",
	"Stock laptop 12", "Warehouse spare", "Marketing iMac",
	"Sales laptop"]
PERSONAL = ["Mom's laptop", "Dad home PC", "Grandma iPad",
	"my home desktop", "kids laptop", "Personal - {G}", "{G} home",
	"{G}'s personal laptop", "{G} (home)", "Home - {G} {S}",
	"Neighbour's PC", "wife's laptop", "{G} - gaming pc"]
PROSPECT = ["Quote - ", "Prospect: ", "Demo for ", "Assessment - ",
	"Trial - ", "Onboarding call - ", "Lead: "]
STREETS = {"US": ["Main St", "Oak St", "Park Ave", "Maple Ave", "Pine St",
	"Cedar Rd", "Elm St", "Washington Blvd", "Lake Dr", "Hill Rd",
	"2nd St", "3rd Ave", "1st Ave"], "CA": ["Yonge St", "King St W",
	"Main St", "Queen St E", "Portage Ave", "Jasper Ave", "Granville St"],
	"UK": ["High Street", "Station Road", "Church Road", "Park Road",
	"Victoria Road", "Green Lane", "Manor Road", "Church Street",
	"London Road"], "AU": ["Church Street", "Park Road", "Victoria Street",
	"High Street", "Railway Parade", "Queen Street", "George Street"]}
SITEWORD = ["Front Desk", "Back Office", "Warehouse", "Shop", "Office",
	"Reception", "Upstairs", "Main Office", "Annex", "Yard"]


# ---------------------------------------------------------------- skeleton
# The folding this generator's checks read names through.
SK_LEGAL = set("llc inc incorporated ltd limited pty pl corp corporation "
	"co company pllc pc llp lp plc cic pa dba oa ta tas professional "
	"the of and a at".split())
SK_CANON = {"assoc": "associates", "assn": "association", "mgmt":
	"management", "svcs": "services", "svc": "services", "bros":
	"brothers", "intl": "international", "mfg": "manufacturing", "dist":
	"distribution", "st": "saint", "mt": "mount", "ctr": "center",
	"centre": "center", "med": "medical", "const": "construction",
	"dept": "department", "comm": "community", "elec": "electric",
	"electrical": "electric", "props": "properties", "eng":
	"engineering", "prec": "precision", "acctg": "accounting",
	"paediatric": "pediatric", "paediatrics": "pediatrics",
	"organisation": "organization", "tyres": "tires", "tyre": "tire",
	"neighbourhood": "neighborhood", "harbour": "harbor", "grey": "gray",
	"colour": "color", "physio": "physiotherapy", "whse": "warehousing",
	"condo": "condominium", "corp": "corporation", "dental":
	"dentistry", "dentist": "dentistry", "bookkeeping": "bookkeeping"}
SK_EXPAND = {"hoa": "homeowners association", "hvac": "heating air",
	"cpas": "cpa", "homeowners": "homeowners"}


_SKEL = {}


def skel_words(s):
	"""The skeleton's words (a tuple; memoised: the checks read the same
	names many times)."""
	out = _SKEL.get(s)
	if out is None:
		out = _SKEL[s] = tuple(_skel_words(s))
	return out


def _skel_words(s):
	s = s.lower().replace("’", "").replace("'", "").replace("&", " ")
	out = []
	for w in re.split("[^0-9a-z]+", s):
		if not w:
			continue
		w = SK_EXPAND.get(w, w)
		for x in w.split():
			x = SK_CANON.get(x, x)
			if x in SK_LEGAL:
				continue
			out.append(re.sub(r"(.)\1+", r"\1", x))
	return out


def skel(s):
	return " ".join(skel_words(s))


# A part of an impostor after " - ", ": ", ", " or " (" may be no
# customer's name, shorter form or listed person either.
ck = lk.Checks(skel, skel_words, " [-–/] |: |, | \\(", parts_known=True)


# ---------------------------------------------------------------- customers
def surname(rng, cc, common=None):
	com, rest = SURNAMES[cc]
	if common is None:
		common = rng.random() < .4
	return rng.choice(com if common else rest)


def person(rng, cc):
	"""(given, surname, female)."""
	f = rng.random() < .5
	return rng.choice(GIVEN[cc][f]), surname(rng, cc), f


def pname(p):
	return "%s %s" % (p[0], p[1])


# Words only one country's firms take (its flora, fauna, places).
BRAND_ONLY = dict([(w, "AU") for w in ("Kookaburra", "Ironbark",
	"Coolabah", "Waratah", "Wattle", "Banksia", "Kurrajong", "Jacaranda")] +
	[(w, "CA") for w in ("Muskoka", "Chinook")] + [(w, "UK") for w in (
	"Thistle", "Heather", "Lochside", "Glen", "Bramley", "Kettering",
	"Ivybridge", "Umberleigh", "Harrowgate")])


def brand(rng, cc):
	while True:
		b = rng.choice(BRAND_RARE if rng.random() < .45 else BRAND_COMMON)
		if BRAND_ONLY.get(b, cc) == cc:
			return b


def fill(rng, cc, tpl, town):
	p = person(rng, cc)
	s = [surname(rng, cc) for _ in range(3)]
	while s[1] == s[0]:
		s[1] = surname(rng, cc)
	while s[2] in s[:2]:
		s[2] = surname(rng, cc)
	vals = {"B": brand(rng, cc), "S": s[0], "S2": s[1], "S3": s[2],
		"P": pname(p), "G": p[0], "T": town, "SAINT": rng.choice(SAINTS),
		"N": str(rng.randint(1000, 99999))}
	used = re.findall(r"\{(\w+)\}", tpl)
	core = tpl
	for k in used:
		core = core.replace("{%s}" % k, vals[k])
	return core, vals, used, p if ("P" in used or "G" in used) else None


def franchise(rng, cc, town):
	ch = rng.choice(CHAINS[cc])
	r = rng.random()
	if ch in NUMBERED:
		store = "%04d" % rng.randint(1, 2999)
		core = "%s #%s" % (ch, store)
	elif r < .6:
		store = None
		core = "%s - %s" % (ch, town)
	else:
		store = None
		core = "%s of %s" % (ch, town)
	return ch, store, core


def legal_form(rng, cc, sector):
	if cc == "UK" and sector == "church":
		return ""	# a charity, or a CIO: no company form in its name
	if cc == "UK" and sector == "hoa":
		return lk.wpick(rng, LEGAL[cc])	# a residents' management company
	if cc in ("CA", "AU") and sector == "hoa":
		return ""	# condominium corporations, strata plans: statutory
	if sector in ("hoa", "church", "nonprofit"):
		return NONPROFIT[cc]
	if sector in PROFESSIONS:
		return lk.wpick(rng, PROF[cc])
	return lk.wpick(rng, LEGAL[cc])


def join_legal(rng, cc, core, lg):
	if cc == "US" and rng.random() < .3:
		return core + ", " + lg
	return core + " " + lg


def entity(rng, cc, town, state):
	"""The legal entity behind a trade name: a holding company, a
	Canadian numbered company, an Australian family trust."""
	s = surname(rng, cc)
	if cc == "CA" and rng.random() < .6:
		prov = PROVINCE.get(state, "Ontario")
		form = "Ltd." if prov in ("B.C.", "Alberta") and \
			rng.random() < .6 else "Inc."
		if prov == "Nova Scotia":
			form = "Limited"
		return "%07d %s %s" % (rng.randint(1000000, 2999999), prov,
			form), "o/a"
	if cc == "AU" and rng.random() < .5:
		return "The Trustee for the %s Family Trust" % s, "t/as"
	if cc == "AU":
		return "%s %s Pty Ltd" % (s, rng.choice(HOLD)), "t/as"
	if cc == "UK":
		return "%s %s Ltd" % (s, rng.choice(HOLD)), "t/a"
	lg = "LLC" if rng.random() < .7 else "Inc."
	return "%s %s %s" % (s, rng.choice(HOLD), lg), rng.choice(["dba",
		"DBA", "d/b/a"])


def make_customer(rng, cid, cc=None, sector=None):
	cc = cc or lk.wpick(rng, COUNTRY)
	town, state, desk, _, zp = rng.choices(TOWNS[cc],
		[t[3] for t in TOWNS[cc]])[0]
	sector = sector or lk.wpick(rng, SECTORS)
	chain = store = None
	owner = None
	vals, used = {}, []
	if sector == "franchise":
		chain, store, core = franchise(rng, cc, town)
	else:
		tpl = rng.choice(T[cc][sector])
		if "School District" in tpl or "Public Schools" in tpl:
			tpl = DISTRICT[sum(map(ord, town + state)) % 3]
		core, vals, used, owner = fill(rng, cc, tpl, town)
	legal, ent, dba_word = "", "", ""
	if sector == "franchise" and rng.random() < .6:
		ent, dba_word = entity(rng, cc, town, state)
	elif rng.random() < CARRIES[sector] and not core.endswith("LLP"):
		legal = legal_form(rng, cc, sector)	# "" for a UK church
		if sector not in PROFESSIONS and sector not in ("hoa", "church",
				"nonprofit") and rng.random() < .1:
			ent, dba_word = entity(rng, cc, town, state)
			legal = ""
	if sector in ("trades", "auto", "restaurant") and "S" in used and \
			not legal and not ent and rng.random() < .15:
		core = core + " " + rng.choice(["and Sons", "& Sons",
			"and Daughters"]) if "Sons" not in core else core
	name = join_legal(rng, cc, core, legal) if legal else core
	if ent:
		name = "%s %s %s" % (ent, dba_word, name)
	return {"id": cid, "name": name, "core": core, "legal": legal,
		"entity": ent, "dba": dba_word, "cc": cc, "town": town,
		"state": state, "desk": desk, "sector": sector, "zp": zp,
		"brand": vals.get("B") if "B" in used else None,
		"sur": vals.get("S") if "S" in used else None,
		"surs": [vals[k] for k in ("S", "S2", "S3") if k in used],
		"owner": owner, "chain": chain, "store": store,
		"saint": vals.get("SAINT") if "SAINT" in used else None}


def ascii_up(s):
	return re.sub("[^A-Z0-9]", "", s.upper())


def assets(rng, c, ids, shared):
	words = [w for w in re.split("[^A-Za-z0-9]+", c["core"]) if w and
		w.lower() not in ("the", "of", "and", "st", "dr")]
	pre = "".join(ascii_up(w)[:4] for w in words[:2]) or "PC"
	if c["store"]:
		pre = ascii_up(c["chain"])[:4] + c["store"]
	out = []
	for j in range(rng.randint(1, 6)):
		r = rng.random()
		if r < .4:
			n = "%s-%s%02d" % (pre, rng.choice(["PC", "WS", "LT", "FD"]),
				j + 1)
		elif r < .55:
			n = "%s-%s" % (pre, rng.choice(ROLES[c["sector"]]))
		elif r < .65:
			n = rng.choice(ROLES[c["sector"]])
			shared.add(n)
		elif r < .8:
			n = "DESKTOP-" + "".join(rng.choice(
				"ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7))
		elif r < .9 and c["contacts"]:
			p = rng.choice(c["contacts"])
			n = "%ss-%s" % (ascii_up(p["firstname"]).capitalize(),
				rng.choice(["MacBook-Pro", "MBP", "iMac", "Surface"]))
		else:
			n = "%s-SRV%02d" % (pre, j + 1)
		out.append({"id": next(ids), "name": n})
	return out


def email_local(rng, first, last):
	f, l = ascii_up(first).lower(), ascii_up(last).lower()
	return rng.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), f,
		"%s_%s" % (f, l)])


def contacts(rng, c, ids):
	people = [c["owner"]] if c["owner"] else []
	for _ in range(rng.randint(0, 3)):
		people.append(person(rng, c["cc"]))
	out = []
	for p in people:
		out.append({"id": next(ids), "firstname": p[0], "lastname": p[1],
			"email": email_local(rng, p[0], p[1]) + "@" + c["domain"]})
	return out


def postcode(rng, cc, zp):
	if cc == "US":
		return zp + "%02d" % rng.randint(1, 99)
	if cc == "CA":
		L = "ABCEGHJKLMNPRSTVXY"
		fsa = zp + (str(rng.randint(1, 9)) if len(zp) == 1 else "") + \
			(rng.choice(L) if len(zp) < 3 else "")
		fsa = fsa[:3]
		if len(fsa) == 2:
			fsa += rng.choice(L)
		return "%s %d%s%d" % (fsa, rng.randint(0, 9), rng.choice(L),
			rng.randint(0, 9))
	if cc == "UK":
		return "%s%d %d%s%s" % (zp, rng.randint(1, 28), rng.randint(1, 9),
			rng.choice("ABDEFGHJLNPQRSTUWXYZ"),
			rng.choice("ABDEFGHJLNPQRSTUWXYZ"))
	return zp + "%02d" % rng.randint(0, 99)


def address(rng, c):
	cc = c["cc"]
	no = rng.randint(1, 9800) if cc in ("US", "CA") else rng.randint(1, 240)
	a2 = None
	if rng.random() < .35:
		a2 = rng.choice({"US": ["Suite %d", "Ste %d", "Unit %d", "#%d"],
			"CA": ["Suite %d", "Unit %d"], "UK": ["Unit %d", "Floor %d"],
			"AU": ["Suite %d", "Level %d", "Shop %d"]}[cc]) % \
			rng.randint(1, 450)
	state = c["state"]
	if cc == "UK" and rng.random() < .5:
		state = None	# counties are optional in UK addresses
	return {"address": "%d %s" % (no, rng.choice(STREETS[cc])),
		"address_2": a2, "city": c["town"], "state": state,
		"zip": postcode(rng, cc, c["zp"])}


def phone(rng, cc):
	if cc in ("US", "CA"):
		return "(%03d) %03d-%04d" % (rng.randint(201, 989),
			rng.randint(200, 999), rng.randint(0, 9999))
	if cc == "UK":
		return "0%d %d %d" % (rng.randint(113, 199), rng.randint(100, 999),
			rng.randint(1000, 9999))
	return "(0%d) %04d %04d" % (rng.choice([2, 3, 7, 8]),
		rng.randint(1000, 9999), rng.randint(0, 9999))


def domain_of(rng, c, domains):
	base = c["brand"] or c["sur"] or c["chain"] or c["core"]
	words = [w for w in re.split("[^A-Za-z0-9]+", c["core"]) if w]
	tail = {"dental": "dental", "law": "law", "cpa": "cpa", "medical":
		"health", "church": "church", "school": "school", "auto": "auto",
		"hoa": "hoa"}.get(c["sector"], "")
	d = ascii_up(base).lower()[:16] + tail
	if c["chain"]:
		d = ascii_up(c["chain"]).lower()[:16] + ascii_up(c["town"]).lower()
	if rng.random() < .3:
		d = "".join(ascii_up(w).lower() for w in words)[:22]
	d = (d or "office") + TLD[c["cc"]]
	while d in domains:
		d = "%s%d%s" % (d.split(".")[0], rng.randint(1, 9), TLD[c["cc"]])
	domains.add(d)
	return d


def population(rng, n):
	g = lk.G()
	g.custs, seen, shared, domains = [], set(), set(), set()
	ids = iter(range(388000001, 399999999))
	cid = 38000000
	while len(g.custs) < n:
		cid += rng.randint(1, 4)
		c = make_customer(rng, cid)
		ks = {skel(c["name"]), skel(c["core"])}
		if c["entity"]:
			ks.add(skel(c["entity"]))
		if "" in ks or ks & seen:
			continue
		seen.update(ks)
		c["domain"] = domain_of(rng, c, domains) if rng.random() < .78 \
			else rng.choice(FREEMAIL[c["cc"]])
		c["contacts"] = contacts(rng, c, ids)
		prim = c["contacts"][0] if c["contacts"] else None
		c["syncro"] = {"firstname": prim["firstname"] if prim else None,
			"lastname": prim["lastname"] if prim else None,
			"email": prim["email"] if prim else None,
			"phone": phone(rng, c["cc"])}
		c["syncro"].update(address(rng, c))
		c["assets"] = assets(rng, c, ids, shared)
		g.custs.append(c)
	g.shared = sorted(shared)
	return g


def index(g):
	ck.index_start(g)
	g.chain_towns = {}
	g.chain_stores = {}
	g.sector_keys = set()
	for i, c in enumerate(g.custs):
		if c["chain"]:
			g.chain_towns.setdefault(c["chain"], set()).add(c["town"])
			if c["store"]:
				g.chain_stores.setdefault(c["chain"], []).append(
					int(c["store"]))
		g.sector_keys.update(keys_of(c))
		forms = [c["name"], c["core"]]
		if c["entity"]:
			forms.append(c["entity"])
		ck.add_names(g, i, forms)
		if c["owner"]:
			forms.append(c["core"].replace(pname(c["owner"]), ""))
		forms.append(c["core"].replace(c["town"], ""))
		if c["chain"]:
			forms.append(c["chain"])
		ck.add_forms(g, i, forms)
		ck.add_words(g, i, skel_words(c["name"]))
		ck.add_contacts(g, i, c)
	ck.index_end(g)


# ---------------------------------------------------------------- typing
# The US ANSI QWERTY rows; a key's neighbours are the keys beside it and
# the ones above and below (the typo generators named in the header).
ROWS = ["1234567890-", "qwertyuiop[", "asdfghjkl;'", "zxcvbnm,./"]
NEAR = {}
for _r, _row in enumerate(ROWS):
	for _i, _ch in enumerate(_row):
		nb = []
		for dr, di in ((0, -1), (0, 1), (-1, 0), (-1, 1), (1, -1), (1, 0)):
			r2, i2 = _r + dr, _i + di
			if 0 <= r2 < len(ROWS) and 0 <= i2 < len(ROWS[r2]):
				if ROWS[r2][i2].isalnum():
					nb.append(ROWS[r2][i2])
		NEAR[_ch] = "".join(nb)


def typo1(rng, s):
	"""One slip: a neighbour key 45%, a letter dropped 18%, doubled 12%,
	two swapped 15%, a space missed or doubled 10%."""
	idx = [i for i, ch in enumerate(s) if ch.isalpha()]
	if len(idx) < 5:
		return None
	i = rng.choice(idx[1:])
	r = rng.random()
	if r < .45:
		nb = NEAR.get(s[i].lower(), "")
		nb = "".join(ch for ch in nb if ch.isalpha())
		if not nb:
			return None
		ch = rng.choice(nb)
		return s[:i] + (ch.upper() if s[i].isupper() else ch) + s[i + 1:]
	if r < .63:
		return s[:i] + s[i + 1:]
	if r < .75:
		return s[:i] + s[i] + s[i:]
	if r < .9:
		if i + 1 < len(s) and s[i + 1].isalpha() and s[i] != s[i + 1]:
			return s[:i] + s[i + 1] + s[i] + s[i + 2:]
		return None
	sp = [j for j, ch in enumerate(s) if ch == " "]
	if not sp:
		return None
	j = rng.choice(sp)
	return s[:j] + s[j + 1:] if rng.random() < .7 else s[:j] + " " + s[j:]


def base_name(rng, c, p_core=.45):
	return c["core"] if rng.random() < p_core else c["name"]


def n_caps(rng, g, c):
	return base_name(rng, c).upper()


def n_lower(rng, g, c):
	t = base_name(rng, c, .6).lower()
	if rng.random() < .5:
		t = re.sub(r"[.,']", "", t)
	return t


def n_typo(rng, g, c):
	return typo1(rng, base_name(rng, c, .6))


def n_typo2(rng, g, c):
	t = typo1(rng, base_name(rng, c, .6))
	return typo1(rng, t) if t else None


def n_autocorrect(rng, g, c):
	"""Typed on a phone: a word autocorrected, smart apostrophes, the
	first letter capitalised and the rest as typed (lower), the
	double-space period."""
	s = base_name(rng, c, .7)
	t = s
	for w in re.findall(r"[A-Za-z]+", s):
		if w in AUTOCORRECT and AUTOCORRECT[w] != w:
			t = t.replace(w, AUTOCORRECT[w], 1)
			break
	r = rng.random()
	if t == s and "'" in s:
		return s.replace("'", "\u2019")
	if t == s and r < .5:
		lo = s.lower()
		return lo[:1].upper() + lo[1:]
	if t == s and " " in s:
		j = s.index(" ")
		return s[:j] + ". " + s[j + 1:]
	if t == s:
		return None
	if r < .4:
		t = t.replace("'", "\u2019")
	return t


def n_truncated(rng, g, c):
	s = c["name"] if rng.random() < .5 else c["core"]
	if len(s) < 14:
		return None
	if rng.random() < .5:
		ws = s.split()
		return " ".join(ws[:max(2, len(ws) - 2)]).rstrip(" ,&-") \
			if len(ws) > 2 else None
	return s[:rng.randint(10, min(len(s) - 2, 24))]


def n_reorder(rng, g, c):
	s = c["core"]
	m = re.match(r"Law Offices? of (.+)$", s)
	if m:
		return "%s Law Office" % m.group(1) if rng.random() < .6 else \
			"%s, Law Office of" % m.group(1)
	m = re.match(r"(First .+?) Church of (.+)$", s)
	if m:
		return "%s %s" % (m.group(2), m.group(1))
	m = re.match(r"(.+) Church of (Christ|God)$", s)
	if m:
		return None
	m = re.match(r"St\.? (\w+)('s)? (.+)$", s)
	if m and rng.random() < .5:
		return "%s - St. %s%s" % (m.group(3), m.group(1), m.group(2) or "")
	if c["owner"] and pname(c["owner"]) in s:
		o = c["owner"]
		return s.replace(pname(o), "%s, %s" % (o[1], o[0]))
	m = re.match(r"The (.+) (Arms|Inn)$", s)
	if m:
		return "%s %s, The" % (m.group(1), m.group(2))
	if c["town"] in s and s.startswith(c["town"]) and \
			c["sector"] in ("school", "nonprofit", "church", "medical") and \
			len(s.split()) > len(c["town"].split()):
		rest = s[len(c["town"]):].strip()
		return "%s - %s" % (rest, c["town"])
	return None


def n_abbrev(rng, g, c):
	s = base_name(rng, c, .5)
	t = s
	pairs = ABBR[:]
	rng.shuffle(pairs)
	n, done = 0, set()
	for a, b in pairs:
		if re.search(r"\b%s\b" % re.escape(a), t):
			t = re.sub(r"\b%s\b" % re.escape(a), b, t, count=1)
			n += 1
			done.add(b)	# not expanded back to another long form
		elif re.search(r"(?<![\w.])%s(?![\w])" % re.escape(b), t) and \
				len(b) > 2 and b not in done:
			t = re.sub(r"(?<![\w.])%s(?![\w])" % re.escape(b), a, t,
				count=1)
			n += 1
		if n >= 2:
			break
	if t == s:
		return None
	if rng.random() < .3:
		t = t.replace(".", "")
	return t


STOPW = {"of", "the", "and", "&", "for", "a", "co"}
# The words an acronym keeps after the initials ("PP Engineering").
TRADE_WORDS = set("Engineering Solicitors Dental Dentistry Medicine "
	"Pediatrics Plumbing Electric Electrical Roofing Construction Legal "
	"Lawyers Accountants Logistics Freight Transport Manufacturing "
	"Fabrication Fabrications Realty Properties Physiotherapy "
	"Orthodontics Chiropractic Industries Machining Landscaping".split())


def n_acronym(rng, g, c):
	s = c["core"]
	if c["owner"] or c["entity"] and not c["chain"]:
		return None	# a person's initials are no firm's acronym
	ws = [w for w in re.split(r"[\s\-]+", s) if w]
	sig = [w for w in ws if w.lower() not in STOPW]
	if any(ch.isdigit() for w in sig for ch in w):
		return None
	if len(sig) < 3:
		return None
	r = rng.random()
	if r < .4:
		return "".join(w[0].upper() for w in sig)
	if r < .7 and c["town"] in s:
		rest = [w for w in re.split(r"\s+", s.replace(c["town"], ""))
			if w and w.lower() not in STOPW]
		if len(rest) >= 2:
			return "%s %s" % ("".join(w[0].upper() for w in rest),
				c["town"])
	# initials of the leading words, a trade word kept
	if len(sig) >= 3 and sig[-1] in TRADE_WORDS:
		return "%s %s" % ("".join(w[0].upper() for w in sig[:-1]),
			sig[-1])
	return None


LEGAL_ALT = {"LLC": ["L.L.C.", "llc", "LLC.", "Inc.", "Inc"],
	"Inc.": ["Inc", "INC", "Incorporated", "LLC", "Co."],
	"Corp.": ["Corp", "Corporation", "Inc."], "Co.": ["Co", "Company"],
	"PLLC": ["P.L.L.C.", "pllc", "PC", "LLC"], "P.C.": ["PC", "P.C",
	"PLLC"], "P.A.": ["PA", "P.A"], "LLP": ["L.L.P.", "LLC"],
	"Ltd.": ["Ltd", "Limited", "LTD", "Inc."], "Limited": ["Ltd", "Ltd."],
	"Professional Corporation": ["Prof. Corp.", "PC", "P.C.",
	"Professional Corp"], "Ltd": ["Limited", "LTD", "Ltd.", "LLC"],
	"PLC": ["plc", "Ltd"], "CIC": ["C.I.C.", "Ltd"],
	"Pty Ltd": ["Pty. Ltd.", "PTY LTD", "P/L", "Pty Limited", "Ltd"],
	"Pty. Ltd.": ["Pty Ltd", "P/L", "PTY. LTD."], "Inc": ["Inc.",
	"Incorporated", "Association Inc"]}


def n_legal(rng, g, c):
	"""The legal form dropped, respelt or swapped."""
	lg, cc = c["legal"], c["cc"]
	if not lg:
		if c["sector"] in ("trades", "mfg", "logistics", "auto") and \
				rng.random() < .5:
			return c["core"] + " " + rng.choice(LEGAL[cc])[0]
		return None
	if rng.random() < .45:
		return c["core"]
	new = rng.choice(LEGAL_ALT.get(lg, [lg]))
	return c["core"] + (", " if rng.random() < .2 else " ") + new


def n_dba(rng, g, c):
	"""A dba / o/a / t/as customer by its trade name alone, the legal
	entity alone, or the words respelt."""
	if not c["entity"]:
		return None
	r = rng.random()
	if r < .55:
		return c["core"]
	if r < .7:
		return c["entity"]
	if r < .85:
		alt = {"dba": "d/b/a", "DBA": "dba", "d/b/a": "DBA", "o/a": "O/A",
			"t/as": "T/A", "t/a": "trading as"}[c["dba"]]
		return "%s %s %s" % (c["entity"], alt, c["core"])
	return "%s (%s)" % (c["core"], c["entity"])


def n_and(rng, g, c):
	s = base_name(rng, c, .5)
	for x, ys in ((" & ", [" and ", " + ", "&", " n "]),
			(" and ", [" & ", "&", " + "])):
		if x in s:
			return s.replace(x, rng.choice(ys), 1)
	return None


def n_the(rng, g, c):
	s = c["name"]
	if c["entity"]:
		return None
	if s.startswith("The "):
		return s[4:]
	if c["sector"] in ("restaurant", "trades", "mfg", "property") and \
			c["brand"] and s.startswith(c["brand"]):
		return "The " + s
	return None


def n_possessive(rng, g, c):
	s = base_name(rng, c, .5)
	if "'s" not in s:
		return None
	return s.replace("'s", rng.choice(["s", "\u2019s", " s", "'S"]), 1)


def n_spelling(rng, g, c):
	s = base_name(rng, c, .5)
	for a, b in SPELL:
		for x, y in ((a, b), (b, a)):
			pat = r"\b%s(s?)\b" % x
			if re.search(pat, s):
				return re.sub(pat, y + r"\1", s, count=1)
	return None


def n_branch(rng, g, c):
	s = base_name(rng, c, .6)
	if c["town"] in s and rng.random() < .7:
		return None
	r = rng.random()
	if r < .4:
		site = c["town"]
		if c["cc"] == "US" and rng.random() < .4:
			site = "%s %s" % (c["town"], c["state"])
	elif r < .6:
		site = c["syncro"]["address"].split(" ", 1)[1]
	elif r < .75 and c["syncro"]["address_2"]:
		site = c["syncro"]["address_2"]
	else:
		site = rng.choice(SITEWORD)
	sep = rng.choice([" - ", " - ", " (", " / ", ": ", " "])
	return s + sep + site + (")" if sep == " (" else "")


def n_store(rng, g, c):
	if not c["store"]:
		return None
	n = int(c["store"])
	ch = c["chain"]
	return rng.choice(["%s %d" % (ch, n), "%s Store %d" % (ch, n),
		"%s #%d" % (ch, n), "%s - Store #%s" % (ch, c["store"]),
		"%s %s" % (ch, c["store"])])


def n_contact(rng, g, c):
	if not c["contacts"]:
		return None
	p = rng.choice(c["contacts"])
	gname = p["firstname"]
	if gname in NICK and rng.random() < .4:
		gname = NICK[gname]
	base = c["core"] if rng.random() < .6 else c["name"]
	r = rng.random()
	if r < .5:
		return "%s - %s" % (base, gname)
	if r < .7:
		return "%s @ %s" % (gname, base)
	if r < .85:
		return "%s (%s)" % (base, gname)
	return "%s - %s %s" % (base, gname, p["lastname"][0])


def n_person(rng, g, c):
	if not c["contacts"]:
		return None
	p = rng.choice(c["contacts"])
	t = "%s %s" % (p["firstname"], p["lastname"])
	if len(g.person.get(skel(t), ())) != 1:
		return None
	if rng.random() < .25:
		t = "%s, %s" % (p["lastname"], p["firstname"])
	return t


def n_domain(rng, g, c):
	d = c["domain"]
	if d in FREEMAIL[c["cc"]]:
		return None
	r = rng.random()
	if r < .5:
		return d
	if r < .75:
		return "www." + d
	if c["contacts"]:
		return c["contacts"][0]["email"]
	return None


def n_spacing(rng, g, c):
	s = base_name(rng, c, .6)
	ws = s.split()
	if len(ws) < 2:
		return None
	r = rng.random()
	if r < .5:
		j = rng.randrange(len(ws) - 1)
		return " ".join(ws[:j] + [ws[j] + ws[j + 1]] + ws[j + 2:])
	if r < .75:
		return s.replace(" ", "")
	return s.replace(" - ", "-").replace("&", " & ").replace(",", " ,")


def n_mixed(rng, g, c):
	a = rng.choice([n_legal, n_caps, n_lower, n_abbrev, n_and, n_dba,
		n_branch])
	t = a(rng, g, c)
	if not t:
		return None
	d = dict(c, name=t, core=t)
	b = rng.choice([n_truncated, n_typo, n_lower, n_caps])
	return b(rng, g, d)


KINDS = [("exact", lk.n_exact, 12), ("caps", n_caps, 4), ("lower", n_lower, 4),
	("typo", n_typo, 10), ("two typos", n_typo2, 3),
	("autocorrect", n_autocorrect, 4), ("truncated", n_truncated, 5),
	("reorder", n_reorder, 3), ("abbrev", n_abbrev, 6),
	("acronym", n_acronym, 3), ("legal", n_legal, 8), ("dba", n_dba, 4),
	("and", n_and, 3), ("the", n_the, 1), ("possessive", n_possessive, 2),
	("spelling", n_spelling, 2), ("branch", n_branch, 5),
	("store", n_store, 2), ("contact", n_contact, 3),
	("person", n_person, 2), ("domain", n_domain, 2),
	("spacing", n_spacing, 2), ("mixed", n_mixed, 5)]


# ---------------------------------------------------------------- impostors
def keys_of(c):
	"""(sector, name word) for the brand and people a firm is named by."""
	ws = [c["brand"], c["chain"], c["saint"]] + c["surs"] + \
		([c["owner"][1]] if c["owner"] else [])
	return [(c["sector"], w) for w in ws if w]


def fresh(rng, g, c):
	"""A name of the list's shape that is no customer's, nor a firm of a
	customer's trade named by a customer's brand or surname (Hill Law
	Firm beside Hill Law Group would be a guess either way)."""
	d = make_customer(rng, 0, c["cc"])
	if any(k in g.sector_keys for k in keys_of(d)):
		return None
	return d["name"]


# What a business with a customer's rare word may be besides.
# None is a customer sector's word, so the impostor is another trade's
# firm, not the customer typed loosely.
OTHER_TRADE = ["Insurance", "Self Storage", "Veterinary Clinic",
	"Florist", "Fitness", "Hair Salon", "Printing", "Pharmacy",
	"Hardware", "Vineyards", "Golf Club", "Dry Cleaners", "Pest Control",
	"Signs", "Travel", "Jewelers", "Photography", "Locksmith",
	"Funeral Home", "Barbershop", "Bridal", "Garden Nursery",
	"Pool Supply", "Music", "Tattoo", "Antiques"]


def i_rare(rng, g, c):
	b = c["brand"]
	if not b or b not in BRAND_RARE:
		return None
	trade = rng.choice(OTHER_TRADE)
	if trade.split()[0] in c["core"]:
		return None
	out = "%s %s" % (b, trade)
	if rng.random() < .35:
		out += " " + rng.choice(LEGAL[c["cc"]])[0]
	return out


def i_surname(rng, g, c):
	cc = c["cc"]
	s = surname(rng, cc, True)
	out = "%s %s" % (s, rng.choice(OTHER_TRADE))
	if rng.random() < .4:
		out += " " + rng.choice(LEGAL[cc])[0]
	return out


def i_namesake(rng, g, c):
	"""Another town's business with a customer's brand word, in another
	trade, under its own name."""
	b = c["brand"] or c["sur"]
	if not b:
		return None
	towns = [t for t in TOWNS[c["cc"]] if t[0] != c["town"]]
	t = rng.choice(towns)
	trade = rng.choice(OTHER_TRADE)
	if trade.split()[0] in c["core"]:
		return None
	tail = t[0] if c["cc"] != "US" else "%s, %s" % (t[0], t[1])
	return "%s %s (%s)" % (b, trade, tail)


def i_chain(rng, g, c):
	"""A franchisee of a different owner: a chain's store or town that no
	customer is."""
	ch = c["chain"] or rng.choice(CHAINS[c["cc"]])
	if ch in NUMBERED:
		n = rng.randint(1, 2999)
		for m in g.chain_stores.get(ch, ()):	# not a slip of a store's
			if abs(m - n) < 10 or la.within1(str(m), str(n)) or \
					la.within1("%04d" % m, "%04d" % n):
				return None
		return rng.choice(["%s #%04d", "%s %d", "%s Store %d"]) % (ch, n)
	towns = [t[0] for t in TOWNS[[k for k, v in CHAINS.items()
		if ch in v][0]]]
	t = rng.choice(towns)
	if t in g.chain_towns.get(ch, ()):
		return None
	return "%s - %s" % (ch, t)


def i_personal(rng, g, c):
	p = person(rng, c["cc"])
	if any(w in g.words for w in skel_words(p[0])):
		return None	# "Amanda (home)" beside "Amanda Harris, MD": hers?
	return rng.choice(PERSONAL).replace("{G}", p[0]).replace("{S}", p[1])


def i_prospect(rng, g, c):
	f = fresh(rng, g, c)
	return rng.choice(PROSPECT) + f if f else None


IMPOSTORS = [("impostor: same shape", fresh, 20),
	("impostor: rare word", i_rare, 14),
	("impostor: common surname", i_surname, 12),
	("impostor: namesake", i_namesake, 12),
	("impostor: franchisee", i_chain, 8),
	("impostor: vendor", lk.one_of(VENDORS), 9),
	("impostor: prospect", i_prospect, 9),
	("impostor: personal", i_personal, 9),
	("impostor: own staff", lk.one_of(STAFF), 7)]


def main():
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random("blind28:" + seed)
	g = population(rng, ncust)
	index(g)
	# A row that could not be drawn is drawn again as the same class
	# (impostor or real), so the share holds at 50,000 customers.
	rows = ck.draw_rows(rng, g, nnames, KINDS, IMPOSTORS, same_class=True)
	for c in g.custs:
		for k in ("cc", "town", "state", "desk", "sector", "core", "legal",
				"entity", "dba", "brand", "sur", "surs", "owner", "chain",
				"store", "saint", "zp", "domain"):
			c.pop(k, None)
	scr.write_desk_set(rng, out, g.custs, rows,
		lambda row: lk.machine(rng, g, row, ("MSP-%s-BENCH%02d", 12)), TECHS,
		("blind28", seed, 1805000000, 1187, 65))


if __name__ == "__main__":
	main()
