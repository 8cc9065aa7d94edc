#!/usr/bin/env python3
# gen-link-blind32.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 21: the lead runs it once).  An MSP of the US
# West Coast, the Pacific Northwest and the Mountain West: one Syncro
# account, one ScreenConnect, desks in Los Angeles (LAX: Southern
# California), San Jose (SJC: the Bay Area, the Central Coast, wine
# country), Portland (PDX: Oregon), Seattle (SEA: Washington, Idaho),
# Salt Lake City (SLC: Utah) and Denver (DEN: Colorado).  Customers:
# general small business - trades and contractors (plumbing, HVAC,
# roofing, electrical, solar), wineries, breweries and cideries,
# restaurants (taquerias, pho shops, Korean BBQ, dim sum, Filipino
# bakeshops, Indian kitchens), retail, auto shops (smog checks, body
# shops), property managers, churches, schools and non-profits, small tech
# firms, clinics and dental offices; chains of numbered locations ("Cascade
# Pizza #4", each store a Syncro customer of its own).
# Writes OUTDIR/customers.json (as Syncro's GET /customers returns them:
# id, business_name, firstname, lastname, email, phone, address,
# address_2, city, state, zip, contacts, assets), names.tsv (typed TAB
# true id or "" TAB kind TAB machine), sessions.jsonl and
# sessions-machine.jsonl through screenconnect_record.write_desk_set.
# Python stdlib only, deterministic for a seed.  Customer ids from
# 32000000.
#
# Where each shape comes from ("found": found with the search tool;
# "known": public knowledge, no search):
# - Surnames: the Census Bureau's 2010 surname list (public domain;
#   known): its most common names (Smith, Johnson ... Garcia, Nguyen,
#   Lee, Kim, Patel, Tran, Chen, Wong, Le, Pham, Santos, Reyes, Cruz)
#   as the "common" block sharing which proves nothing, rarer ones of
#   ranks 100-5,000 per origin - Anglo (Lindgren, Halvorsen, Whitaker),
#   Hispanic (Villalobos, Arellano, Zamora), Chinese-American (Kwok,
#   Leung, Tsai, Hsu), Vietnamese-American (Huynh, Dang, Truong, Luu),
#   Filipino-American (Bautista, Dizon, Tolentino, Manalo, Macapagal),
#   Korean-American (Choi, Kang, Yoon, Hwang, Jeon), Indian-American
#   (Reddy, Iyer, Chopra, Bhatia, Venkatesan) - as the Census list
#   spells them in English letters.
# - Given names: the SSA's popular baby names of the 1960s-2000s (US
#   public domain; known), the Spanish ones most given in California
#   (Jose, Juan, Guadalupe, Maria), and the names Asian-American owners
#   go by, typed in English: Vietnamese (Tuan, Minh, Thanh, Linh, Huong),
#   Chinese (Wei, Jian, Mei, Ling, and the English names many use: Kevin,
#   Jenny), Filipino (Rodel, Marites, Jocelyn, Arnel), Korean (Min-jun,
#   Ji-hoon, Soo-jin, Eun-ji, hyphenated as US forms write them), Indian
#   (Raj, Sanjay, Priya, Deepak, Sunita).
# - Legal forms: state entity codes (found: RCW 23.95.300, Washington's
#   permitted names, lists corporation / Inc. / Co. / Ltd., professional
#   corporation PC / P.C., professional service PS / P.S., LLC / L.L.C.,
#   PLLC / P.L.L.C., LLP and says these variations, "the" and "and",
#   punctuation and case do not tell two names apart - the same
#   noise this set types); California's professional corporations
#   ("A Professional Corporation", APC, "DDS, Inc."; CA has no PLLC),
#   Oregon's and Colorado's P.C., Utah's and Idaho's PLLC (known).
#   Assumed names (found: California's Fictitious Business Name
#   statement, Bus. & Prof. Code 17900-17910, filed at the county, the
#   "dba" of an LLC or a corporation; Oregon's assumed business name,
#   Washington's trade name, Colorado's trade name; known): "X LLC dba Y".
# - "& Sons": faker's en_US company suffixes "and Sons", "and Daughters",
#   "Group", "LLC", "Inc" (found: faker.js and its Python port), as
#   trades name themselves ("Lindgren & Sons Plumbing", "Reyes Bros.").
# - Keyboards: the US ANSI QWERTY rows at a desk (a neighbour on the row,
#   a letter dropped, doubled or swapped: linkgen.Typo), and a phone's
#   touch keyboard, where a fat finger hits the key above or below
#   (known: the same QWERTY layout, its columns q-a-z, w-s-x ...).
# - Phone typing: the apostrophe is not on a phone's letter layout (found:
#   an iPhone tips page - "if you need an apostrophe ... press the
#   shortcut key", three taps for one character), so it is left out
#   ("Tonys Auto Repair") or comes as the smart ’; the "." shortcut puts
#   ". " for two spaces (found: iPhone guides to "double space period");
#   autocorrect turns a word it does not know into the nearest
#   dictionary word ("Wong" -> "Wrong", "Tran" -> "Train", "Madrona" ->
#   "Madonna", "Deseret" -> "Dessert"; known), the first letter only is
#   capitalised, or all is lower case (known).
# - Abbreviations (known): the business words US firms and desks
#   shorten (Mgmt, Svcs, Svc, Assoc., Bros, Ctr, Co., Const., Apts, Tech,
#   Comm., St. and Mt.), ticket shorthand (HVAC, Prop Mgmt, Auto for
#   Automotive, Dntl, Mtn, Xian, PT), and the issue's own "Keystone FG" /
#   "HG Alpha" (a brand with the initials of its generic words).
# - Brand words: the region's landscape and street names, a block any
#   desk's customers take (Summit, Pacific, Juniper) and each desk's own
#   (Mission, Del Mar; Sequoia, Silverado; Willamette, Mt. Hood; Rainier,
#   Puget Sound; Wasatch, Deseret; Front Range, Mile High; known), often
#   with a landform after it ("Cedar Ridge", "Summit Creek"; known),
#   restaurants' Spanish, Vietnamese, Chinese, Korean, Tagalog and Hindi
#   words (La Palma, Saigon, Jade Garden, Arirang, Mabuhay, Saffron;
#   known), a rare block (Palouse, Umpqua, Oquirrh ...) for the
#   rare-word impostors.
# - Company-name shapes: faker's en_US company formats ("{last}
#   {suffix}", "{last} and {last}"), how trades, wineries ("{S} Family
#   Vineyards", "{B} Cellars") and chains ("Store #12") name themselves;
#   addresses on each city's own streets (Utah's grid: "1300 S 700 E").
#
# Real-row kinds (shares in KINDS): exact, caps, lower, typo, two typos,
# phone (autocorrect, apostrophe dropped or smart, ". " from a double
# space, a fat-finger slip, first letter only capitalised), truncated,
# reorder ("Plumbing - Lindgren", "Saigon Pho" for "Pho Saigon",
# "Hall, Michelle MD" for "Michelle Hall, MD"), abbrev, initials
# ("Cascade FD" for "Cascade Family Dentistry", "FD Cascade"), acronym
# ("RH&A" for "Rainier Heating & Air"), legal (dropped,
# respelt, swapped: PLLC typed PC, P.S. typed PS, APC typed Inc), dba
# (either half of "X LLC dba Y"), and ("&" / "and" / "+", "& Sons" /
# "and Son"), store (a numbered location with its number respelt: "#4",
# "No. 4", "Store 4", "4"), suite, branch (the town or "Tasting Room",
# "Warehouse"), contact, person, owner (a sole proprietor's own name),
# domain, mixed (legal, abbrev or phone, then typo, caps or truncated).
# Impostors (IMPOSTORS; about 37% of rows): same shape, rare word, other
# city, common surname, person, vendor, prospect, personal, own staff,
# other store (a customer chain's store number that no customer is).
#
# Machines (linkgen.machine): a real row on one of its customer's assets
# 72%, another customer's 4%; an impostor on an unknown machine, a shared
# role name (POS1, DISPATCH, TASTINGRM ...) 18%, own staff on the MSP's
# bench machines.
#
# Labels: rows label-audit.py doubts are drawn again, and so are
# impostors that, read through this generator's skeleton (accents and
# apostrophes folded, abbreviations expanded, legal forms, store words,
# "the" and "and" dropped, doubled letters single), are a customer's
# name, or that name less its legal form, dba entity, owner, town or
# store number, or all its words less one (linkgen.Checks, parts_known
# and pairs).
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linkgen as lk  # noqa: E402
import screenconnect_record as scr  # noqa: E402

# ---------------------------------------------------------------- places
# (town, state, desk, share, zip prefix)
TOWNS = [("Los Angeles", "CA", "LAX", 9, "900"), ("Long Beach", "CA",
	"LAX", 3, "908"), ("Pasadena", "CA", "LAX", 2, "911"), ("Glendale",
	"CA", "LAX", 2, "912"), ("Torrance", "CA", "LAX", 2, "905"),
	("Santa Ana", "CA", "LAX", 2, "927"), ("Riverside", "CA", "LAX", 2,
	"925"), ("Temecula", "CA", "LAX", 1, "925"), ("San Jose", "CA", "SJC",
	7, "951"), ("Santa Clara", "CA", "SJC", 2, "950"), ("Sunnyvale", "CA",
	"SJC", 2, "940"), ("Fremont", "CA", "SJC", 2, "945"), ("Oakland",
	"CA", "SJC", 2, "946"), ("Napa", "CA", "SJC", 2, "945"), ("Santa Rosa",
	"CA", "SJC", 2, "954"), ("Salinas", "CA", "SJC", 1, "939"),
	("Portland", "OR", "PDX", 7, "972"), ("Beaverton", "OR", "PDX", 2,
	"970"), ("Gresham", "OR", "PDX", 1, "970"), ("Salem", "OR", "PDX", 2,
	"973"), ("Eugene", "OR", "PDX", 2, "974"), ("Bend", "OR", "PDX", 1,
	"977"), ("McMinnville", "OR", "PDX", 1, "971"), ("Seattle", "WA",
	"SEA", 8, "981"), ("Tacoma", "WA", "SEA", 3, "984"), ("Bellevue", "WA",
	"SEA", 2, "980"), ("Everett", "WA", "SEA", 2, "982"), ("Kent", "WA",
	"SEA", 1, "980"), ("Spokane", "WA", "SEA", 2, "992"), ("Walla Walla",
	"WA", "SEA", 1, "993"), ("Boise", "ID", "SEA", 2, "837"),
	("Salt Lake City", "UT", "SLC", 5, "841"), ("Provo", "UT", "SLC", 2,
	"846"), ("Ogden", "UT", "SLC", 2, "844"), ("Sandy", "UT", "SLC", 1,
	"840"), ("St. George", "UT", "SLC", 1, "847"), ("Park City", "UT",
	"SLC", 1, "840"), ("Denver", "CO", "DEN", 7, "802"), ("Aurora", "CO",
	"DEN", 2, "800"), ("Lakewood", "CO", "DEN", 2, "802"), ("Boulder", "CO",
	"DEN", 2, "803"), ("Fort Collins", "CO", "DEN", 2, "805"),
	("Colorado Springs", "CO", "DEN", 3, "809")]
# Telephone area codes by state (NANP; known).
AREA = {"CA": [213, 310, 323, 562, 626, 714, 818, 951, 408, 650, 510, 707,
	831], "OR": [503, 971, 541, 458], "WA": [206, 253, 425, 360, 509],
	"ID": [208, 986], "UT": [801, 385, 435], "CO": [303, 720, 719, 970]}
STREETS = {"CA": ["Sepulveda Blvd", "Wilshire Blvd", "W Olympic Blvd",
	"El Camino Real", "Stevens Creek Blvd", "S Figueroa St",
	"Colorado Blvd", "Story Rd", "Telegraph Ave", "Silverado Trail"],
	"OR": ["SE Hawthorne Blvd", "NE Sandy Blvd", "SW Barbur Blvd",
	"N Williams Ave", "SE 82nd Ave", "NW 23rd Ave"], "WA": [
	"Aurora Ave N", "Rainier Ave S", "15th Ave NW", "Pacific Hwy S",
	"NE 8th St", "E Sprague Ave"], "ID": ["W State St", "N Orchard St"],
	"UT": ["S State St", "E 2100 S", "S 700 E", "W 1300 S", "N Main St",
	"S Redwood Rd"], "CO": ["E Colfax Ave", "S Broadway", "W 38th Ave",
	"Federal Blvd", "S Parker Rd", "Pearl St"]}
# Where a desk's customers' owners come from, by share.
ORIGINS = {"LAX": [("anglo", 33), ("hisp", 32), ("korean", 9),
	("chinese", 8), ("viet", 5), ("filipino", 8), ("indian", 5)],
	"SJC": [("anglo", 30), ("hisp", 20), ("chinese", 15), ("viet", 14),
	("indian", 13), ("filipino", 6), ("korean", 2)],
	"PDX": [("anglo", 70), ("hisp", 12), ("viet", 7), ("chinese", 4),
	("korean", 3), ("indian", 2), ("filipino", 2)],
	"SEA": [("anglo", 55), ("hisp", 8), ("chinese", 10), ("viet", 8),
	("korean", 7), ("filipino", 6), ("indian", 6)],
	"SLC": [("anglo", 76), ("hisp", 16), ("viet", 2), ("chinese", 2),
	("korean", 1), ("filipino", 1), ("indian", 2)],
	"DEN": [("anglo", 64), ("hisp", 23), ("viet", 4), ("korean", 3),
	("chinese", 3), ("indian", 3)]}

# ---------------------------------------------------------------- people
# Census 2010, per origin: (the common ones, the rarer ones).
SURNAMES = {
	"anglo": ("Smith Johnson Williams Brown Jones Miller Davis Wilson "
		"Anderson Taylor Thomas Moore Martin Jackson Thompson White Harris "
		"Clark Lewis Walker Hall Young Allen Wright King Scott Hill Green "
		"Baker Adams Nelson Campbell Mitchell Roberts Carter".split(),
		"Lindgren Halvorsen Whitaker Sorensen Pettersen Brandt Okerlund "
		"Christiansen Hatch Larsen Tanner Pratt Jensen Nielsen Bingham "
		"McKay Bergstrom Fairchild Holbrook Kessler Wendt Gustafson "
		"Rasmussen Lundquist Marsh Osborne Pendleton Reinholt Stanfield "
		"Thorpe Underwood Vickers Wheeler Yates Calder Dorsey Eklund "
		"Fenwick Garrity Hargrove Ivers Kimball Lockwood Mortensen "
		"Norgaard Ostrander Prescott Quimby Rowley Sutter Tolliver "
		"Vandermeer Winslow".split()),
	"hisp": ("Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez "
		"Sanchez Ramirez Torres Flores Rivera Gomez Diaz".split(),
		"Villalobos Arellano Zamora Barajas Cervantes Espinoza Fonseca "
		"Gallegos Huerta Ibarra Jaramillo Lozano Magana Navarrete Ochoa "
		"Padilla Quintero Robles Sandoval Trujillo Valdez Velasquez "
		"Zepeda Alcaraz Bermudez Carrillo Duran Esparza Figueroa "
		"Garibay Hurtado Lucero Maestas Montoya Archuleta Baca".split()),
	"chinese": ("Chen Wong Li Wang Zhang Liu Lin Huang Yang Wu".split(),
		"Kwok Leung Tsai Hsu Chiu Fong Kwan Lau Yip Tam Mak Cheung Louie "
		"Szeto Ng Chow Lai Yee Quan Jue Hom Ong Soo".split()),
	"viet": ("Nguyen Tran Le Pham".split(),
		"Huynh Dang Truong Luu Vo Vu Bui Do Ngo Duong Ly Phan Hoang Lam "
		"Ta Trinh Dinh Mai Cao La Quach Vuong".split()),
	"filipino": ("Santos Reyes Cruz".split(),
		"Bautista Dizon Tolentino Manalo Macapagal Villanueva Aquino "
		"Pascual Soriano Navarro Mercado Castillo Dela_Cruz De_Leon "
		"Agbayani Bernardo Dimaculangan Galang Lacson Mangubat "
		"Panganiban Salonga Tabios Yap".split()),
	"korean": ("Kim Lee Park".split(),
		"Choi Kang Yoon Hwang Jeon Jung Cho Shin Han Oh Seo Kwon Ahn "
		"Song Yoo Hong Moon Baek Nam Ryu Bae".split()),
	"indian": ("Patel Shah Singh".split(),
		"Reddy Iyer Chopra Bhatia Venkatesan Kapoor Desai Mehta Joshi "
		"Rao Nair Sharma Gupta Malhotra Agarwal Bhatt Kulkarni "
		"Subramanian Chaudhary Sethi Trivedi Pillai Menon Krishnan "
		"Ramaswamy".split())}
SURNAMES = {k: (a, [w.replace("_", " ") for w in b])
	for k, (a, b) in SURNAMES.items()}
GIVEN = {
	"anglo": "Michael David James John Robert William Mark Steven Brian "
		"Kevin Jason Ryan Eric Tyler Cody Travis Dustin Kyle Jeff Greg "
		"Tony Mike Jennifer Lisa Michelle Kimberly Amy Heather Melissa "
		"Stephanie Nicole Sarah Megan Ashley Kristin Heidi Brooke Kelsey",
	"hisp": "Jose Juan Luis Carlos Jesus Jorge Miguel Francisco Manuel "
		"Ricardo Alejandro Javier Raul Arturo Ruben Sergio Maria "
		"Guadalupe Rosa Veronica Leticia Claudia Gabriela Yolanda "
		"Adriana Araceli Marisol",
	"chinese": "Wei Jian Ming Hao Jun Kevin Eric Andy Vincent Mei Ling "
		"Yan Hui Jenny Grace Amy Helen Cindy",
	"viet": "Tuan Minh Hung Thanh Dung Long Khanh Phuong Linh Huong Mai "
		"Lan Thuy Hanh Kim Tina Danny Peter",
	"filipino": "Jose Rodel Arnel Ronaldo Romeo Mark Jun Marites "
		"Jocelyn Maricel Rowena Lourdes Cristina Jasmine",
	"korean": "Min-jun Ji-hoon Sung Jae Daniel John Paul Soo-jin Eun-ji "
		"Hye-jin Min-ji Grace Esther Sarah",
	"indian": "Raj Sanjay Deepak Anil Vikram Rahul Arjun Amit Suresh "
		"Priya Sunita Neha Anjali Kavita Deepa Meera"}
GIVEN = {k: v.split() for k, v in GIVEN.items()}

# ---------------------------------------------------------------- words
# Brands any desk's customers take, and each desk's own.
BRAND = ["Summit", "Alpine", "Pacific", "Evergreen", "Cedar", "Canyon",
	"Juniper", "Aspen", "Sunset", "Highland", "Pinnacle", "Cornerstone",
	"Arrowhead", "Red Rock", "Coastal", "Orchard", "Harbor", "Northwest",
	"Mountain View", "Bridgeport", "Manzanita", "Western"]
BRAND_DESK = {"LAX": ["Mission", "Del Mar", "Golden State", "Catalina",
	"Arroyo", "San Gabriel", "Palisades", "Pacific Coast"],
	"SJC": ["Golden Gate", "Sequoia", "Redwood", "Silverado", "Tahoe",
	"Shasta", "Almaden", "Bayside"], "PDX": ["Willamette", "Rose City",
	"Mt. Hood", "Three Sisters", "Columbia", "Cascade", "Multnomah",
	"Tualatin"], "SEA": ["Rainier", "Olympic", "Puget Sound",
	"Emerald City", "Chinook", "Madrona", "Cascade", "Salish"],
	"SLC": ["Wasatch", "Beehive", "Bonneville", "Deseret", "Timpanogos",
	"Zion", "Big Cottonwood", "Golden Spike"], "DEN": ["Front Range",
	"Mile High", "Rocky Mountain", "Timberline", "Ponderosa",
	"Pikes Peak", "Platte River", "Columbine"]}
# The second word of many a western firm's name ("Cedar Ridge Dental").
LANDFORM = ["Ridge", "Creek", "Valley", "Peak", "Point", "Hills", "Grove",
	"Meadows", "Springs", "Trail", "Crossing", "Vista", "Mesa", "Bluff",
	"Hollow", "Landing"]
# Rare words (regional or invented), for the rare-word impostors.
BRAND_RARE = ["Palouse", "Umpqua", "Oquirrh", "Skookum", "Tillamook Bay",
	"Snoqualmie", "Kachess", "Uinta", "Sangre", "Arapahoe Basin",
	"Elkhorn", "Tolovana", "Chetco", "Klickitat", "Owyhee", "Siuslaw",
	"Mokelumne", "Tamalpais", "Ojai", "Cuyama", "Stillaguamish",
	"Larkspur", "Nehalem", "Wallowa", "Ochoco", "Bitterroot", "Sawtooth",
	"Greyrock", "Cholame", "Topanga"]
# Restaurants of an owner's origin: (templates, their brand words).
ETHNIC = {
	"hisp": (["Taqueria {E}", "Mariscos {E}", "Panaderia {E}",
		"{E} Mexican Grill"], ["La Palma", "El Gallo", "Los Compadres",
		"El Tapatio", "La Estrella", "Jalisco", "El Sol", "La Fogata",
		"Michoacan", "Las Brisas", "El Tarasco", "La Perla"]),
	"viet": (["Pho {E}", "{E} Banh Mi", "{E} Vietnamese Cuisine"],
		["Saigon", "Hoa Binh", "Ben Thanh", "Hue", "Tan Dinh", "Da Lat",
		"Thien Huong", "Song Huong", "Mekong", "Cho Lon"]),
	"chinese": (["{E} Dim Sum", "{E} Chinese Restaurant", "{E} Bakery",
		"{E} Noodle House"], ["Jade Garden", "Golden Dragon", "Lucky Star",
		"Canton", "Happy Family", "Ocean Pearl", "Sichuan Spice",
		"Golden Phoenix", "Red Lantern"]),
	"korean": (["{E} Korean BBQ", "{E} Tofu House"], ["Arirang",
		"Seoul Garden", "Han Yang", "Mapo", "Myungdong", "Jinro",
		"Hanok", "Gangnam"]),
	"filipino": (["{E} Bakeshop", "{E} Filipino Kitchen", "Kusina {E}"],
		["Mabuhay", "Manila", "Sampaguita", "Bahay Kubo", "Pinoy",
		"Kabayan", "Salo Salo"]),
	"indian": (["{E} Indian Cuisine", "{E} Sweets & Snacks",
		"{E} Tandoor"], ["Saffron", "Taj", "Masala", "Bombay", "Punjab",
		"Himalaya", "Namaste", "Rasoi", "Chutney"])}
# Words no customer is named by (the same-shape impostors).
OUTSIDE = ["Blackburn", "Cheever", "Dunmore", "Estrada", "Fairweather",
	"Gatling", "Hadley", "Iverson", "Jorgensen", "Kettering", "Larkin",
	"Merriwether", "Nakashima", "Oyelaran", "Prudhomme", "Quinlan",
	"Ravenswood", "Stoneridge", "Thistledown", "Upland", "Vantage Point",
	"Westgate", "Yellowstone", "Bluebird", "Copper Creek", "Driftwood",
	"Foxhollow", "Granite Bay", "Ironwood", "Kingfisher"]
SAINTS = ["Joseph", "Anne", "Mary", "Patrick", "Francis", "Jude", "Luke",
	"Paul", "Monica", "Elizabeth Ann Seton", "Lorenzo Ruiz"]

# Templates per sector.  {B} brand, {S} {S2} surnames, {P} the owner,
# {G} the owner's given name, {T} town, {N} a saint, {E} an ethnic brand.
T = {
	"trades": ["{S} Plumbing", "{B} Plumbing & Rooter", "{B} Heating & Air",
		"{S} Heating & Cooling", "{B} Roofing", "{S} Roofing",
		"{B} Electric", "{S} Electrical Contractors", "{S} & Sons Plumbing",
		"{S} Bros. Construction", "{B} Mechanical", "{B} Solar",
		"{S} & Daughters Painting", "{B} Landscape Services",
		"{G}'s Handyman Service"],
	"winery": ["{B} Winery", "{B} Cellars", "{S} Family Vineyards",
		"{S} Estate Winery", "{B} Wine Company", "{S} & {S2} Wine Co."],
	"brewery": ["{B} Brewing Company", "{B} Brewery", "{B} Ale House",
		"{B} Cider Co.", "{B} Taproom", "{S} Brothers Brewing"],
	"restaurant": ["{B} Grill", "{G}'s Kitchen", "{B} Pizza", "{B} Cafe",
		"{S}'s Diner", "{B} Coffee Roasters", "{B} Bagels"],
	"retail": ["{B} Hardware", "{B} Cycles", "{B} Outfitters",
		"{B} Books", "{S} Jewelers", "{B} Nursery & Garden",
		"{B} Liquor & Market", "{G}'s Boutique", "{B} Pet Supply"],
	"auto": ["{S} Auto Repair", "{B} Auto Body", "{B} Tire & Brake",
		"{S} Automotive", "{B} Collision Center", "{B} Smog & Repair",
		"{G}'s Auto Service", "{B} Transmission"],
	"property": ["{B} Property Management", "{S} Property Management",
		"{B} Realty", "{B} Apartments", "{B} HOA Management",
		"{S} & {S2} Real Estate"],
	"church": ["{B} Community Church", "{B} Baptist Church",
		"{B} Lutheran Church", "St. {N} Catholic Church",
		"{B} Christian Fellowship", "{T} Korean Presbyterian Church",
		"Iglesia {E}", "{B} Chapel"],
	"school": ["{B} Montessori School", "{B} Preschool", "{B} Academy",
		"{B} Charter School", "{B} Christian School"],
	"nonprofit": ["{T} Food Bank", "{B} Youth Foundation",
		"{B} Animal Rescue", "{B} Senior Center", "{B} Community Services",
		"{B} Land Trust"],
	"tech": ["{B} Software", "{B} Labs", "{B} Technologies",
		"{B} Systems", "{B} Data", "{S} Consulting Group",
		"{B} Analytics"],
	"clinic": ["{B} Family Medicine", "{B} Urgent Care",
		"{B} Chiropractic", "{B} Physical Therapy",
		"{B} Veterinary Hospital", "{B} Optometry", "{S} Acupuncture",
		"{P}, MD"],
	"dental": ["{B} Dental", "{S} Family Dentistry", "{P}, DDS",
		"{B} Pediatric Dentistry", "{B} Orthodontics", "{B} Dental Care"]}
SECTORS = [("trades", 16), ("winery", 5), ("brewery", 5),
	("restaurant", 12), ("retail", 10), ("auto", 8), ("property", 7),
	("church", 5), ("school", 4), ("nonprofit", 5), ("tech", 8),
	("clinic", 8), ("dental", 7)]
PROFESSIONAL = ("clinic", "dental")
NONPROFIT = ("church", "school", "nonprofit")
# Who carries a legal form in its Syncro name.
CARRIES = {"trades": .7, "winery": .6, "brewery": .6, "restaurant": .45,
	"retail": .5, "auto": .55, "property": .75, "church": .25,
	"school": .2, "nonprofit": .35, "tech": .85, "clinic": .55,
	"dental": .6}
# Legal forms by state: the general ones, and the professions'.
LEGAL = [("LLC", 55), ("Inc.", 24), ("Inc", 8), ("L.L.C.", 4),
	("Corp.", 5), ("Co.", 4)]
PROF = {"CA": [("A Professional Corporation", 20), ("APC", 30),
	("Inc.", 50)], "WA": [("PLLC", 45), ("P.S.", 30),
	("Inc., P.S.", 10), ("PS", 15)], "OR": [("P.C.", 60), ("LLC", 40)],
	"ID": [("PLLC", 70), ("P.C.", 30)], "UT": [("PLLC", 65), ("P.C.", 35)],
	"CO": [("P.C.", 50), ("PLLC", 25), ("LLC", 25)]}
LEGAL_ALT = {"LLC": ["L.L.C.", "llc", "Inc", "LLC."], "L.L.C.": ["LLC"],
	"Inc.": ["Inc", "INC", "LLC", "Incorporated"], "Inc": ["Inc.", "LLC"],
	"Corp.": ["Corp", "Inc.", "Corporation"], "Co.": ["Co", "Company",
	"LLC"], "PLLC": ["P.L.L.C.", "PC", "LLC", "pllc"], "P.C.": ["PC",
	"PLLC", "P.S."], "P.S.": ["PS", "PLLC", "P.C."], "PS": ["P.S.", "PLLC"],
	"Inc., P.S.": ["Inc.", "P.S.", "Inc PS"], "APC": ["A.P.C.", "Inc.",
	"PC"], "A Professional Corporation": ["APC", "Inc.", "a professional "
	"corporation"]}

# Abbreviations both ways (long, short).
ABBR = [("Management", "Mgmt"), ("Services", "Svcs"), ("Service", "Svc"),
	("Brothers", "Bros"), ("Bros.", "Brothers"), ("Associates", "Assoc."),
	("Center", "Ctr"), ("Company", "Co."), ("Heating & Air", "HVAC"),
	("Heating & Cooling", "HVAC"), ("Automotive", "Auto"),
	("Property Management", "Prop Mgmt"), ("Dental", "Dntl"),
	("Mountain", "Mtn"), ("Construction", "Const."), ("Technologies",
	"Tech"), ("Physical Therapy", "PT"), ("Veterinary Hospital",
	"Vet Hospital"), ("Electrical Contractors", "Electric"),
	("Family Dentistry", "Family Dental"), ("Saint", "St."),
	("St.", "Saint"), ("Mt.", "Mount"), ("Community", "Comm."),
	("Christian", "Xian"), ("Landscape", "Landscaping"),
	("Apartments", "Apts"), ("Real Estate", "RE")]
TECHS = {"LAX": ["Marco Villanueva", "Jessica Park", "Andre Thompson"],
	"SJC": ["Vinh Tran", "Priya Raman", "Kyle Sorensen"],
	"PDX": ["Hannah Lindqvist", "Jake Moreno"],
	"SEA": ["Tyler Nakamura", "Rachel Kim", "Ben Okafor"],
	"SLC": ["Spencer Hatch", "McKenna Allred"],
	"DEN": ["Dominic Archuleta", "Kaylee Brandt"]}
ROLES = {"trades": ["DISPATCH", "ESTIMATOR", "OFFICE", "SHOP"],
	"winery": ["TASTINGRM", "CELLAR", "WINECLUB", "OFFICE"],
	"brewery": ["TAPROOM", "BREWHOUSE", "POS1", "OFFICE"],
	"restaurant": ["POS1", "POS2", "KITCHEN", "MANAGER"],
	"retail": ["REGISTER1", "REGISTER2", "BACKOFFICE"],
	"auto": ["SERVICE", "FRONTCOUNTER", "SMOG", "PARTS"],
	"property": ["LEASING", "MAINT", "ACCOUNTING"],
	"church": ["PASTOR", "OFFICE", "SOUND", "NURSERY"],
	"school": ["LAB01", "FRONTDESK", "LIBRARY", "PRINCIPAL"],
	"nonprofit": ["ADMIN", "VOLUNTEER", "WAREHOUSE"],
	"tech": ["DEV01", "BUILD", "CONFROOM", "DEV02"],
	"clinic": ["FRONTDESK", "EXAM1", "EXAM2", "BILLING"],
	"dental": ["OP1", "OP2", "PANO", "FRONTDESK", "STERI"]}
VENDORS = ["Comcast Business", "Xfinity", "Spectrum Business", "Frontier",
	"Ziply Fiber", "CenturyLink", "Lumen", "AT&T Business", "Verizon",
	"T-Mobile", "Google Fiber", "Dentrix Support", "Open Dental",
	"Eaglesoft", "athenahealth", "QuickBooks Support", "Gusto", "ADP",
	"Toast POS", "Square", "Clover", "Lightspeed", "Ekos Brewmaster",
	"Commerce7", "WineDirect", "ServiceTitan", "Housecall Pro",
	"AppFolio", "Buildium", "Yardi", "Planning Center", "Mitchell 1",
	"Tekmetric", "Microsoft 365", "Dell ProSupport", "Syncro Support"]
STAFF = ["Bench 3", "BENCH-1", "Loaner 12", "Loaner laptop 4",
	"Spare Surface", "Imaging station", "Test VM", "New build - Optiplex",
	"Marco Villanueva", "Vinh Tran", "Spencer Hatch", "Stock 22",
	"Demo unit", "Shop PC", "RMA 1183"]
PERSONAL = ["Mom's laptop", "Dads PC", "{G} home", "{G}'s personal",
	"{G} {S} - home", "Home PC", "grandpa desktop", "kids chromebook",
	"{G}s MacBook", "{G} personal laptop"]
PROSPECT = ["Quote - ", "Prospect: ", "Estimate for ", "Site survey - ",
	"Demo - ", "Bid: "]
SITE = ["Main Office", "Warehouse", "Shop", "Front Office", "Yard",
	"Tasting Room", "Downtown", "Back Office", "Annex"]
OTHER_TRADE = ["Florist", "Pet Grooming", "Tattoo", "Car Wash",
	"Locksmith", "Self Storage", "Dry Cleaners", "Nail Salon",
	"Barbershop", "Yoga Studio", "Dispensary", "Tile & Stone",
	"Escape Room", "Bridal Shop"]
# Words a phone's autocorrect puts for a name it does not know (the
# nearest dictionary word).
AUTOCORRECT = {"Wong": "Wrong", "Tran": "Train", "Madrona": "Madonna",
	"Pho": "Phone", "Huynh": "Hung", "Bui": "Buy", "Choi": "Choir",
	"Reddy": "Ready", "Patel": "Pastel", "Iyer": "Over", "Ngo": "Go",
	"Lau": "Lay", "Yip": "Yup", "Kwok": "Kwik", "Lam": "Lamb",
	"Jung": "Junk", "Duong": "Dung", "Wasatch": "Watch", "Chinook":
	"Chinos", "Tahoe": "Taboe", "Sutter": "Stutter", "Manalo": "Manila",
	"Yoon": "Yon", "Cascade": "Cascades", "Bagels": "Bagel", "Dizon":
	"Dozen", "Saigon": "Saving", "Arirang": "Arising",
	"Sequoia": "Sequoias", "Oquirrh": "Quirk", "Kessler": "Kesslers",
	"Deseret": "Dessert", "Platte": "Plate", "Salish": "Selfish"}
# Word shapes each state's desks type a location with.
STORE_FORMS = ["#%d", "# %d", "No. %d", "Store %d", "Store #%d", "%d",
	"- %d", "Location %d", "(#%d)"]


# ---------------------------------------------------------------- skeleton
def fold(s):
	"""s without accents, the smart apostrophe as the plain one."""
	s = unicodedata.normalize("NFKD", s.replace("’", "'"))
	return "".join(ch for ch in s if not unicodedata.combining(ch))


# Abbreviations read as the long word; legal forms, store words,
# articles and joining words dropped.
SK_MAP = {"mgmt": "management", "svcs": "services", "svc": "service",
	"bros": "brothers", "assoc": "associates", "ctr": "center", "hvac":
	"heating air", "cooling": "air", "automotive": "auto", "prop":
	"property", "dntl": "dental", "mtn": "mountain", "const":
	"construction", "tech": "technologies", "pt": "physical therapy",
	"vet": "veterinary", "st": "saint", "mt": "mount", "comm":
	"community", "xian": "christian", "landscaping": "landscape", "apts":
	"apartments", "re": "real estate", "son": "sons", "daughter":
	"daughters", "dentistry": "dental", "electrical": "electric",
	"contractors": "", "rooter": "", "company": "", "restaurant": "",
	"cuisine": ""}
SK_DROP = set("llc inc incorporated corp corporation co ltd pllc pc ps "
	"apc a professional dba d b the of and no store location".split())
_SK = {}


def skel_words(s):
	got = _SK.get(s)
	if got is None:
		t = fold(s).lower().replace("'", "").replace("&", " ")
		got = []
		for w in re.split("[^0-9a-z]+", t):
			for x in SK_MAP.get(w, w).split():
				if x and x not in SK_DROP:
					got.append(re.sub(r"(.)\1+", r"\1", x))
		got = _SK[s] = tuple(got)
	return got


def skel(s):
	return " ".join(skel_words(s))


class Checks(lk.Checks):
	"""linkgen's checks, and a chain's store that is no customer: its
	name less the number is the chain's, which the checks read as a
	customer's form ("Cedar Cycles" for "Cedar Cycles #10"); a store
	number no customer has is an impostor when no customer's name is
	within one edit of it ("#31" is; "#1" for "#10" is not)."""

	def impostor_ok(self, g, t):
		m = re.match(r"(.+) #(\d+)$", t)
		if not m or skel(m.group(1)) not in g.chains:
			return super().impostor_ok(g, t)
		k = lk.la.key(t)
		return skel(t) not in g.skel and not g.audit.near(k) and \
			k not in g.audit.byname


# An impostor's parts (after " - ", ": ", ", ", " (", " / " or "dba")
# may be no customer's name, form or person.
ck = Checks(skel, skel_words, " (?:dba|DBA|d/b/a) | [-/] |: |, | \\(",
	parts_known=True, pairs=True)


# ---------------------------------------------------------------- customers
def surname(rng, origin, common=None):
	if common is None:
		common = rng.random() < .4
	return rng.choice(SURNAMES[origin][0 if common else 1])


def person(rng, origin):
	return rng.choice(GIVEN[origin]), surname(rng, origin)


def place(rng, desk=None):
	towns = [t for t in TOWNS if desk in (None, t[2])]
	return rng.choices(towns, [t[3] for t in towns])[0]


def legal_form(rng, sector, state):
	if sector in NONPROFIT:
		return "Inc."
	return lk.wpick(rng, PROF[state] if sector in PROFESSIONAL else LEGAL)
	return lk.wpick(rng, LEGAL)


def fill(tpl, v):
	used = set(re.findall(r"\{(\w+)\}", tpl))
	for k in used:
		tpl = tpl.replace("{%s}" % k, v[k])
	return tpl, used


def make_customer(rng, cid, desk=None):
	town, state, desk, _, zp = place(rng, desk)
	origin = lk.wpick(rng, ORIGINS[desk])
	sector = lk.wpick(rng, SECTORS)
	owner = person(rng, origin)
	eth = ETHNIC.get(origin, ETHNIC["hisp"])
	tpl = rng.choice(T[sector])
	if sector == "restaurant" and origin in ETHNIC and rng.random() < .6:
		tpl = rng.choice(eth[0])
	if ("{E}" in tpl and origin not in ETHNIC) or ("Korean" in tpl and
			origin != "korean") or ("Iglesia" in tpl and origin != "hisp"):
		tpl = "{B} Community Church"
	s2 = surname(rng, origin)
	while s2 == owner[1]:
		s2 = surname(rng, origin)
	r = rng.random()
	b = rng.choice(BRAND_RARE if r < .3 else BRAND if r < .6 else
		BRAND_DESK[desk])
	if r >= .3 and rng.random() < .4:	# "Cedar Ridge", "Summit Creek"
		b = "%s %s" % (b, rng.choice(LANDFORM))
	v = {"B": b,
		"S": owner[1], "S2": s2, "P": "%s %s" % owner, "G": owner[0],
		"T": town, "N": rng.choice(SAINTS), "E": rng.choice(eth[1])}
	core, used = fill(tpl, v)
	c = {"id": cid, "core": core, "legal": "", "entity": "", "join": "",
		"desk": desk, "town": town, "state": state, "zp": zp,
		"sector": sector, "origin": origin, "store": None, "chain": "",
		"brand": v["B"] if "B" in used else v["E"] if "E" in used else None,
		"surs": [v[k] for k in ("S", "S2") if k in used],
		"owner": owner if used & {"P", "G", "S"} else None,
		"given": owner[0] if "G" in used else None}
	if rng.random() < CARRIES[sector]:
		c["legal"] = legal_form(rng, sector, state)
		if sector not in PROFESSIONAL + NONPROFIT and rng.random() < .2:
			c["entity"] = "%s %s %s" % (surname(rng, origin), rng.choice([
				"Holdings", "Enterprises", "Ventures", "Group"]), c["legal"])
			c["join"] = rng.choice(["dba", "DBA", "d/b/a"])
			c["legal"] = ""
	set_name(c)
	return c


def set_name(c):
	c["name"] = c["core"]
	if c["legal"]:	# "A Professional Corporation", "Raj Patel, DDS, Inc."
		comma = c["legal"][0] == "A" or c["core"].endswith(("DDS", "MD"))
		c["name"] += (", " if comma else " ") + c["legal"]
	if c["entity"]:
		c["name"] = "%s %s %s" % (c["entity"], c["join"], c["core"])


def chain(rng, c):
	"""A chain's stores, each a customer: "Cascade Pizza #4"."""
	nums = rng.sample(range(1, 40), rng.randint(2, 4))
	out = []
	for n in sorted(nums):
		d = dict(c, store=n, chain=c["core"], legal="", entity="")
		d["core"] = "%s #%d" % (c["core"], n)
		set_name(d)
		out.append(d)
	return out


def keys_of(c):
	"""(sector, word) pairs: the brand, surnames and given name a firm
	is named by, or its whole core when it has none ("Kent Food Bank")."""
	named = [w for w in [c["brand"], c["given"]] + c["surs"] if w]
	return [(c["sector"], w) for w in named or [skel(c["core"])]]


def latin(s):
	"""s in the letters an e-mail address or a machine name takes."""
	return "".join(ch for ch in fold(s) if ch in " .-" or
		(ch.isascii() and ch.isalpha()))


def contacts(rng, c, ids):
	"""The owner (when the name is a person's) and up to three staff of
	the desk's mix of origins."""
	staff = [person(rng, lk.wpick(rng, ORIGINS[c["desk"]]))
		for _ in range(rng.randint(0, 3))]
	people = ([c["owner"]] if c["owner"] else []) + staff
	return [lk.contact(ids, f, s, c["domain"], latin) for f, s in people]


def assets(rng, c, ids, shared):
	ws = [w.upper() for w in re.split("[^A-Za-z0-9]+", latin(c["core"]))
		if w and w.lower() not in SK_DROP and not w.isdigit()]
	if c["store"]:
		ws = ws[:1] + ["S%d" % c["store"]]
	return lk.asset_names(rng, ids, ws, latin(c["town"]).upper(),
		ROLES[c["sector"]], shared, lambda r: latin(person(r, c[
		"origin"])[0]).upper().replace(" ", "").replace("-", ""))


def address(rng, c):
	st = c["state"]
	if st == "UT":	# the grid: "1300 S 700 E"
		street = "%d %s" % (rng.randint(1, 99) * 50, rng.choice(STREETS[st]))
	else:
		street = "%d %s" % (rng.randint(100, 24999), rng.choice(STREETS[st]))
	suite = None
	if rng.random() < .35:
		suite = rng.choice(["Suite %d", "Ste %d", "#%d", "Unit %d",
			"Bldg %d"]) % rng.randint(100, 450)
	return {"address": street, "address_2": suite, "city": c["town"],
		"state": st, "zip": c["zp"] + "%02d" % rng.randint(1, 99)}


FREEMAIL = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com",
	"comcast.net", "hotmail.com"]


def domain(rng, c, taken):
	if rng.random() < .3:
		return rng.choice(FREEMAIL)
	base = c["brand"] or (c["surs"] or [""])[0] or c["core"]
	d = re.sub("[^a-z0-9]", "", latin(base).lower())[:15] or "office"
	d += {"dental": "dental", "winery": "wines", "brewery": "brewing",
		"auto": "auto", "church": "church", "clinic": "health",
		"tech": ""}.get(c["sector"], rng.choice(["", "", "co", "inc"]))
	tld = ".org" if c["sector"] in NONPROFIT else rng.choice([".com",
		".com", ".net", ".co", ".io" if c["sector"] == "tech" else ".us"])
	while d + tld in taken:
		d += str(rng.randint(0, 9))
	taken.add(d + tld)
	return d + tld


def add(rng, g, c, ids, shared, taken):
	c["domain"] = domain(rng, c, taken)
	lk.add_customer(rng, g, c, ids, shared, address, contacts, assets)
	p = c["contacts"][0] if c["contacts"] else {}
	top = {"firstname": p.get("firstname"), "lastname": p.get("lastname"),
		"email": p.get("email"), "phone": "(%03d) %03d-%04d" % (rng.choice(
		AREA[c["state"]]), rng.randint(200, 999), rng.randint(0, 9999))}
	top.update(c["syncro"])
	c["syncro"] = top


def forms_of(c):
	return {skel(f) for f in (c["name"], c["core"], c["entity"], c["chain"])
		if f}


def population(rng, n):
	g = lk.G()
	g.custs, seen, shared, taken = [], set(), set(), set()
	ids = iter(range(320000001, 349999999))
	cid = 32000000
	while len(g.custs) < n:
		c = make_customer(rng, 0)
		group = [c]
		if c["sector"] in ("restaurant", "retail", "auto") and \
				not c["entity"] and rng.random() < .08:
			group = chain(rng, c)[:n - len(g.custs)]
		ks = set().union(*(forms_of(d) for d in group))
		if "" in ks or ks & seen or (group[0]["chain"] and
				skel(c["core"]) in seen):
			continue
		seen |= ks
		seen.add(skel(c["core"]))
		for d in group:
			cid += rng.randint(1, 4)
			d["id"] = cid
			add(rng, g, d, ids, shared, taken)
	g.shared = sorted(shared)
	return g


def index(g):
	"""The checks' indexes: a customer's whole names, and the forms an
	impostor may not be - the core less its town or owner, the dba
	entity less its legal form, a store's chain."""
	ck.index_start(g)
	g.chains = {skel(c["chain"]) for c in g.custs if c["chain"]}
	g.sector_keys = {k for c in g.custs for k in keys_of(c)}
	for i, c in enumerate(g.custs):
		whole = [f for f in (c["name"], c["core"], c["entity"]) if f]
		less = [c["core"].replace(c["town"], ""), c["chain"]]
		if c["owner"]:
			less.append(c["core"].replace("%s %s" % c["owner"], ""))
		if c["entity"]:
			less.append(c["entity"].rsplit(" ", 1)[0])
		ck.add_names(g, i, whole)
		ck.add_forms(g, i, whole + [f for f in less if f])
		ck.add_words(g, i, skel_words(c["name"]))
		ck.add_contacts(g, i, c)
	ck.index_end(g)


# ---------------------------------------------------------------- typing
QWERTY = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"]
# A phone's fat finger hits the key above or below: QWERTY's columns.
COLUMNS = ["qaz", "wsx", "edc", "rfv", "tgb", "yhn", "ujm", "ik", "ol"]
DESK = lk.Typo(QWERTY)
PHONE = lk.Typo(COLUMNS)


def name_or_core(rng, c, p=.5):
	"""The core (no legal form, no dba entity) with probability p."""
	return c["core"] if rng.random() < p else c["name"]


def cased(upper):
	"""The row kinds caps (the name in capitals) and lower (in lower
	case, its dots, commas and apostrophes left out a third of the
	time, as a phone user types)."""
	def n_case(rng, g, c):
		if upper:
			return name_or_core(rng, c).upper()
		t = name_or_core(rng, c, .65).lower()
		return re.sub(r"[.,'’]", "", t) if rng.random() < .35 else t
	return n_case


n_caps, n_lower = cased(True), cased(False)


def n_typo2(rng, g, c):
	first = DESK.one(rng, name_or_core(rng, c, .6))
	if first:
		return DESK.one(rng, first)
	return None


def autocorrected(rng, s):
	ws = [w for w in re.findall(r"[A-Za-z]+", s) if w in AUTOCORRECT and
		AUTOCORRECT[w] != w]
	if not ws:
		return None
	w = rng.choice(ws)
	return re.sub(r"\b%s\b" % w, AUTOCORRECT[w], s, count=1)


def apostrophe(rng, s):
	if "'" not in s:
		return None
	return s.replace("'", "") if rng.random() < .7 else s.replace("'", "’")


def double_space(rng, s):
	"""iOS and Android put ". " for two spaces; the next word is
	capitalised."""
	ws = s.split()
	if len(ws) < 2:
		return None
	i = rng.randint(1, len(ws) - 1)
	if not ws[i - 1][-1].isalnum():
		return None
	return " ".join(ws[:i]) + ". " + " ".join(ws[i:])


def sentence_case(rng, s):
	t = s[:1].upper() + s[1:].lower()
	return t if t != s else None


def n_phone(rng, g, c):
	"""A name typed on a phone: one of its keyboard's habits."""
	s = name_or_core(rng, c, .6)
	habits = [autocorrected, apostrophe, double_space, sentence_case,
		PHONE.one, lambda r, t: apostrophe(r, t.lower())]
	rng.shuffle(habits)
	for h in habits:
		t = h(rng, s)
		if t and t != s:
			return t
	return None


def n_reorder(rng, g, c):
	s, lead = c["core"], c["brand"] or (c["surs"] or [None])[0]
	m = re.match(r"(.+), (MD|DDS)$", s)
	if m and c["owner"]:
		return "%s, %s %s" % (c["owner"][1], c["owner"][0], m.group(2))
	if not lead or c["store"]:
		return None
	if s.startswith(lead + " "):
		rest = s[len(lead) + 1:]
		sep = rng.choice([" ", " - ", ", "])
		return rest + sep + lead
	if s.endswith(" " + lead):	# "Pho Saigon", "Taqueria La Palma"
		return "%s %s" % (lead, s[:-len(lead) - 1])
	return None


def swap_abbr(t, long, short):
	"""long for short or short for long, whole words only."""
	pat = r"(?<![\w.])%s(?![\w])"
	if re.search(pat % re.escape(long), t):
		return re.sub(pat % re.escape(long), short, t, count=1)
	if len(short) > 2 and re.search(pat % re.escape(short), t):
		return re.sub(pat % re.escape(short), long, t, count=1)
	return t


n_abbrev = lk.abbrev_row(ABBR, swap_abbr,
	lambda rng, t: t.rstrip(".") if rng.random() < .4 else t)


def n_initials(rng, g, c):
	"""The issue's "Keystone FG": the brand with the initials of the
	generic words after it ("Cascade FD"), or before it ("FD Cascade")."""
	b = c["brand"]
	if not b or c["store"] or not c["core"].startswith(b + " "):
		return None
	rest = [w for w in c["core"][len(b) + 1:].split() if w[0].isalpha()]
	if len(rest) < 2:
		return None
	ini = "".join(w[0].upper() for w in rest)
	return "%s %s" % (ini, b) if rng.random() < .3 else "%s %s" % (b, ini)


def n_acronym(rng, g, c):
	if c["owner"] or c["store"]:
		return None
	ws = [w for w in c["core"].replace("-", " ").split() if w[0].isalpha()
		or w == "&"]
	if len([w for w in ws if w != "&"]) < 3:
		return None
	keep = rng.random() < .3	# "RH&A" for "Rainier Heating & Air"
	return "".join(w[0].upper() for w in ws if keep or w != "&")


def legal_swap(rng, c, r):
	if r < .75:
		return "%s %s" % (c["core"], rng.choice(LEGAL_ALT[c["legal"]]))
	return "%s %s" % (c["core"], c["legal"].upper().replace(".", ""))


n_legal = lk.legal_row(legal_swap)


def n_dba(rng, g, c):
	"""A firm under its assumed name: either half of "X LLC dba Y", the
	two with the entity in brackets, or the entity less its legal form
	before "dba"."""
	if not c["entity"]:
		return None
	shapes = [("{C}", 50), ("{E}", 15), ("{C} ({E})", 15),
		("{e} dba {C}", 10), ("{e} DBA {C}", 10)]
	return lk.wpick(rng, shapes).format(C=c["core"], E=c["entity"],
		e=c["entity"].rsplit(" ", 1)[0])


def n_and(rng, g, c):
	s = name_or_core(rng, c)
	if " & Sons" in s or " & Daughters" in s:	# faker's "and Sons"
		joins = [" and ", " n ", " + "]
		if rng.random() < .4:
			s = s.replace("Sons", "Son").replace("Daughters", "Daughter")
			joins.append(" & ")
		return s.replace(" & ", rng.choice(joins), 1)
	if " & " in s:
		return s.replace(" & ", rng.choice([" and ", " + ", "&", " n "]), 1)
	if " and " in s:
		return s.replace(" and ", " & ", 1)
	return None


def n_store(rng, g, c):
	"""A chain's store with its number as the desk types it."""
	if not c["store"]:
		return None
	form = rng.choice(STORE_FORMS) % c["store"]
	base = c["chain"] if rng.random() < .8 else c["chain"].upper()
	return "%s %s" % (base, form)


def n_suite(rng, g, c):
	a2 = c["syncro"]["address_2"]
	if not a2:
		return None
	num = a2.split()[-1].lstrip("#")
	where = rng.choice([a2, "Ste " + num, "#" + num, "Suite " + num])
	return name_or_core(rng, c, .6) + rng.choice([" - ", ", ", " "]) + where


def n_branch(rng, g, c):
	s = name_or_core(rng, c, .6)
	if c["town"] in s:
		return None
	r = rng.random()
	site = c["town"] if r < .5 else "%s, %s" % (c["town"], c["state"]) \
		if r < .6 else rng.choice(SITE)
	if site == "Tasting Room" and c["sector"] != "winery":
		site = "Main Office"
	return rng.choice(["%s - %s", "%s (%s)", "%s / %s"]) % (s, site)


n_contact = lk.contact_row(lambda rng, c, p: "")
n_person = ck.person_row(lambda rng, c: rng.random() < .15)


def n_owner(rng, g, c):
	"""A sole proprietor by name ("Tony Lindgren" for "Tony's Auto
	Service", "Raj Patel" for "Raj Patel, DDS") - when only that
	customer has that person."""
	o = c["owner"]
	if not o or not (c["given"] or "%s %s" % o in c["core"]):
		return None
	t = "%s %s" % o
	if len(g.person.get(skel(t), ())) != 1:
		return None
	return "%s, %s" % (o[1], o[0]) if rng.random() < .25 else t


def n_domain(rng, g, c):
	d = c["domain"]
	if d in FREEMAIL:
		return None
	r = rng.random()
	if r < .35:
		return d
	if r < .55:
		return "www." + d
	return c["contacts"][0]["email"] if c["contacts"] else None


def n_mixed(rng, g, c):
	first = rng.choice([n_legal, n_abbrev, n_dba, n_phone])(rng, g, c)
	if not first:
		return None
	d = dict(c, name=first, core=first)
	return rng.choice([DESK.n_typo, n_caps, lk.n_truncated, n_lower])(
		rng, g, d)


KINDS = [("exact", lk.n_exact, 11), ("caps", n_caps, 4),
	("lower", n_lower, 4), ("typo", DESK.n_typo, 10),
	("two typos", n_typo2, 3), ("phone", n_phone, 8),
	("truncated", lk.n_truncated, 5), ("reorder", n_reorder, 3),
	("abbrev", n_abbrev, 6), ("initials", n_initials, 3),
	("acronym", n_acronym, 2), ("legal", n_legal, 8), ("dba", n_dba, 3),
	("and", n_and, 3), ("store", n_store, 3), ("suite", n_suite, 2),
	("branch", n_branch, 4), ("contact", n_contact, 3),
	("person", n_person, 2), ("owner", n_owner, 2),
	("domain", n_domain, 2), ("mixed", n_mixed, 5)]


# ---------------------------------------------------------------- impostors
def fresh(rng, g, c):
	"""A name of the customers' own shape that no customer is, nor a
	firm of a customer's sector by a customer's brand or surname."""
	d = make_customer(rng, 0, c["desk"])
	t = d["name"] if rng.random() < .75 else d["core"]
	words = [w for w in [d["brand"]] + d["surs"] if w]
	if words and rng.random() < .5:
		for w in words:
			t = t.replace(w, rng.choice(OUTSIDE))
		return t
	return None if set(keys_of(d)) & g.sector_keys else t


def other_trade(rng, c):
	tr = rng.choice(OTHER_TRADE)
	return None if tr.split()[0].lower() in c["core"].lower() else tr


def i_rare(rng, g, c):
	tr = other_trade(rng, c)
	if not tr or c["brand"] not in BRAND_RARE:
		return None
	return "%s %s" % (c["brand"], tr)


def i_city(rng, g, c):
	w = c["brand"] or (c["surs"] or [None])[0]
	tr = other_trade(rng, c)
	town = place(rng)
	if not w or not tr or town[0] == c["town"]:
		return None
	return "%s %s (%s, %s)" % (w, tr, town[0], town[1])


def i_surname(rng, g, c):
	tr = other_trade(rng, c)
	if not tr:
		return None
	t = "%s %s" % (surname(rng, c["origin"], True), tr)
	return t + " " + lk.wpick(rng, LEGAL) if rng.random() < .3 else t


def stranger(rng, g, c):
	"""Someone no customer is named by (a caller, a home user)."""
	p = person(rng, lk.wpick(rng, ORIGINS[c["desk"]]))
	return None if lk.held_by_all(g, set(skel_words("%s %s" % p))) else p


def i_person(rng, g, c):
	p = stranger(rng, g, c)
	if not p:
		return None
	return "%s %s" % p if rng.random() < .75 else "%s, %s" % (p[1], p[0])


def i_personal(rng, g, c):
	p = stranger(rng, g, c)
	return p and rng.choice(PERSONAL).replace("{G}", p[0]).replace("{S}",
		p[1])


def i_prospect(rng, g, c):
	f = fresh(rng, g, c)
	return f and rng.choice(PROSPECT) + f


def i_store(rng, g, c):
	"""A chain's store that is no customer ("Cascade Pizza #31")."""
	if not c["store"]:
		return None
	n = rng.randint(1, 45)
	return None if n == c["store"] else "%s #%d" % (c["chain"], n)


IMPOSTORS = [("impostor: " + k, f, n)
	for k, f, n in (("same shape", fresh, 20), ("rare word", i_rare, 11),
	("other city", i_city, 11), ("common surname", i_surname, 9),
	("person", i_person, 9), ("vendor", lk.one_of(VENDORS), 10),
	("prospect", i_prospect, 7), ("personal", i_personal, 8),
	("own staff", lk.one_of(STAFF), 8), ("other store", i_store, 5))]


KEPT = ("id", "name", "syncro", "contacts", "assets")


def main():
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random("blind32:" + seed)
	g = population(rng, ncust)
	index(g)
	rows = ck.draw_rows(rng, g, nnames, KINDS, IMPOSTORS, same_class=True)
	# customers.json holds what Syncro returns, not the generator's notes
	g.custs = [{k: c[k] for k in KEPT} for c in g.custs]
	bench = ("%s-BENCH%02d", 6)	# the desk's own bench machines
	scr.write_desk_set(rng, out, g.custs, rows,
		lambda row: lk.machine(rng, g, row, bench), TECHS,
		("blind32", seed, 1812000000, 1021, 75))


if __name__ == "__main__":
	main()
