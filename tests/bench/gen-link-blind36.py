#!/usr/bin/env python3
# gen-link-blind36.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 23: the lead runs it once).  A US Southeast and
# Gulf Coast MSP for small businesses: one Syncro account, one
# ScreenConnect, desks in Atlanta (ATL), Charlotte (CLT), Nashville (BNA),
# Birmingham (BHM), Jackson MS with the Mississippi and Alabama Gulf coast
# (JAN), New Orleans / Baton Rouge / Acadiana (MSY) and Jacksonville (JAX).
# Customers: churches of every denomination and their schools and day
# cares, auto dealers and body shops, HVAC, plumbing, roofing and pest
# control firms, family restaurants and BBQ, funeral homes, pediatric and
# family practices, dentists, law firms, insurance agents and agencies,
# realty, county and city offices, volunteer fire departments,
# Vietnamese-American shrimp and seafood firms on the Gulf, Hispanic
# family businesses.  Writes OUTDIR/customers.json (as Syncro's GET
# /customers returns them: id, business_name, firstname, lastname, email,
# phone, address, address_2, city, state, zip, contacts, assets),
# names.tsv (typed TAB true id or "" TAB kind TAB machine), sessions.jsonl
# and sessions-machine.jsonl through screenconnect_record.write_desk_set.
# Python stdlib only, deterministic for a seed.  Customer ids from
# 36000000.
#
# Where each shape comes from ("found": found with the session's search
# tool; "known": public knowledge, no search):
# - Surnames: the 2010 Census surname table (found: americannamesociety.org
#   "U.S. surnames in the 2010 Census" and blog.eogn.com 2019/06: "Smith,
#   Johnson, Williams, Brown, Jones, Garcia, Miller, Davis, Rodriguez,
#   Martinez, Hernandez, Lopez, Gonzalez, Wilson, Anderson"; the 1,000
#   commonest at www2.census.gov/topics/genealogy/2010surnames); the
#   Hispanic block from that table's top Hispanic names (same source:
#   Garcia ... Gonzalez, and Perez, Sanchez, Ramirez, Torres, Flores ...,
#   known); the Southern block (Holloway, Pickett, Hightower, Pettway,
#   Thigpen, Varnado ...) known.
# - Cajun and Creole surnames (found: rajincajun3.tripod.com/surnames.htm,
#   "Boudreau/Boudreaux ... Thibodeau/Thibodeaux ... Hebert/Hébert ...
#   Prejean/Préjean", the Lafayette directory's "Broussard, Hebert,
#   Guidry, LeBlanc, Landry, Trahan, Mouton, Breaux, Boudreaux"; a
#   Reddit r/Acadiana thread quoting forebears.io's Louisiana counts,
#   "Hebert, Landry, Broussard, LeBlanc, Guidry, Fontenot, Richard,
#   Boudreaux, Thibodeaux, Breaux, Trahan, Guillory"): their spellings
#   with and without -x, LeBlanc / Le Blanc / Leblanc, the accent on
#   Hébert and Thériot typed or not; Thibodaux is also the Lafourche
#   Parish town (known).
# - Vietnamese-American surnames (Nguyen, Tran, Le, Pham, Huynh, Hoang,
#   Phan, Vu, Vo, Dang, Bui, Do, Ho, Ngo: known, the commonest in Vietnam
#   and in the Census table's Asian names), given names Vietnamese or
#   American (Tommy, Kevin, Kim); the Gulf shrimping and seafood trade of
#   Biloxi, Bayou La Batre, Houma and New Orleans East, Mary Queen of
#   Vietnam and Our Lady of La Vang parishes (known).
# - Given names and nicknames (found: carltonnorthern/nicknames README.md,
#   "US given names and their associated nicknames or diminutive names",
#   from a genealogy page: James/Jim/Jimmy, William/Bill/Billy,
#   Robert/Bob/Bobby ...); the given names themselves the Social Security
#   Administration's popular names of the 1950s-80s (known); Southern
#   business nicknames ("Bubba's", "Big Daddy's", "Big Mama's", "Uncle
#   Bud's", "Miss Ann's" - the Southern "Miss" before a woman's given
#   name - and the Cajun "T-" for petit: "T-Boy's") known.
# - Legal forms (known): LLC, Inc., Co., Corp., the professional PLLC and
#   P.C., Florida's P.A. (Ch. 621 F.S. professional association), LLP,
#   Louisiana's APLC ("A Professional Law Corporation", La. R.S. 12:801),
#   "d/b/a" / "dba" (a trade name registered over an LLC), "& Sons",
#   "Bros.".
# - Churches (known): denominations as their own style writes them -
#   Baptist, Missionary Baptist (M.B.), AME / A.M.E. (African Methodist
#   Episcopal), AME Zion, CME, United Methodist (UMC), Church of God in
#   Christ (COGIC), Presbyterian, Episcopal, Lutheran, Church of Christ,
#   Catholic, Greek Orthodox (Holy Trinity, Annunciation); "First Baptist
#   Church of X" and "FBC X" (the usage of Southern Baptist churches and
#   their own web addresses, fbcX.org); "Greater" before a congregation's
#   name; Bible place names (Mount Zion, Bethel, Shiloh, Ebenezer,
#   Antioch, Macedonia); Louisiana's "Ste." for a female saint (Ste.
#   Genevieve, Ste. Anne).
# - Saint/St./Ste., Mount/Mt., and the Postal Service short forms
#   (found: USPS Publication 28 Appendix C1 via tjmehta/street-types and
#   rdrr.io campfin usps_street / usps_city: "MT" for Mount, "ST" for
#   Saint in city names, "HWY", "BLVD"); "&" / "and" / "n'" ("Smoke n'
#   Grill") known.
# - Insurance agents (found: a Monroe, La. news page on local "State Farm
#   Insurance Agent"s and a Florida Times-Union piece on agents "Matt
#   Carlucci, State Farm"): an agent's office named for the agent,
#   "Jim Smith - State Farm Insurance Agent" as the company's agent
#   listings write it, Allstate's "Jim Smith: Allstate Insurance", a
#   county's Farm Bureau office (known).
# - Counties and parishes (known): Louisiana's parishes for counties,
#   Georgia's county Tax Commissioner, the Clerk of Court; "Co." for
#   County; volunteer fire departments named by their community ("Oak
#   Grove VFD").
# - Keyboard: US QWERTY (known), linkgen.Typo's slips; possessives typed
#   without the apostrophe ("Bubbas BBQ") or with a curly one; Bar-B-Q /
#   BBQ / Barbecue / Bar-B-Que (known).
# - Phones and places (known): area codes 404/770 Atlanta, 704 Charlotte,
#   615 Nashville, 205 Birmingham, 601/228 Mississippi, 251 Mobile, 504
#   New Orleans, 225 Baton Rouge, 985 Houma, 337 Lafayette, 904
#   Jacksonville; ZIP heads 303, 282, 372, 352, 392, 395, 701, 708, 322.
# - Brand words: each desk's landmarks and nicknames (Peachtree,
#   Chattahoochee, Queen City, Music City, Cumberland, Magic City, Red
#   Mountain, Pearl River, Natchez Trace, Crescent City, Acadiana, First
#   Coast ...) and the South's plants and birds for a rare block
#   (Muscadine, Scuppernong, Chinaberry, Sweetgum ...): known.
#
# Real-row kinds (shares in KINDS): exact, caps, lower, typo, two typos,
# legal (dropped, respelt, another form), truncated, reorder, abbrev
# (Bros., Co., Dept., VFD, Ins., Svcs., Ctr. ...), acronym, saint
# (Saint / St. / St / Ste.), mount (Mount / Mt. / Mt), and (& / and / n' /
# +), possessive (the apostrophe dropped or curly), church (FBC X, First
# Baptist X, 1st Baptist, AME / A.M.E., M.B. / MBC, UMC, COGIC, "St.
# Paul Catholic"), agent (an agent's office typed
# "Jim Smith State Farm", "State Farm - Jim Smith", "James Smith State
# Farm"), nickname (an owner's Jim for James and back), accents (Hispanic
# and Cajun accents dropped, ñ as n), cajun (Thibodeaux typed Thibodeau
# or Thibodaux, LeBlanc as Le Blanc ...), county (County as Co. or Cnty),
# dba (a "d/b/a" name typed as its trade name, or "dba" respelt), title
# (Dr., MD, DDS added, dropped or respelt), branch, contact, person,
# domain, mixed.
# Impostors (about 37% of rows): same shape (a fresh name of the
# customers' templates from surnames and brands no customer draws), other
# church (First Baptist Church of the next town, the same congregation
# name of another denomination, a "Greater" one), other trade (a
# customer's surname in a trade no customer has), other agent (another
# person's State Farm or Allstate office), common surname, rare word,
# person, vendor (carriers, utilities, software of churches, day cares,
# dealers and trades), prospect, personal, own staff.  The share of
# impostors holds at 50,000 customers (same_class).
#
# Machines (linkgen.machine): a real row on one of its customer's assets
# 72%, another customer's 4%; impostors on unknown machines, a shared role
# name (FRONTDESK, OFFICE, POS1 ...) 18%, own staff on the bench.
#
# Labels: rows label-audit.py doubts are drawn again, and so are
# impostors that, read through this generator's skeleton (accents and
# apostrophes folded, a plural or possessive s dropped, abbreviations
# expanded - St. Saint, Mt. Mount, Bros., FBC, UMC, COGIC, VFD, Co.,
# Bar-B-Q - legal forms, titles, "and", "&", "n'", "of", "the" dropped),
# are a customer's name, or that name less its legal form, its d/b/a
# owner or its town, or all its words less one, or hold a listed
# person's full name (linkgen.Checks, parts_known and pairs).  A
# person's name is a real row only when that whole name is one
# customer's contact only.
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linkgen as lk  # noqa: E402

# Accents dropped, as a US keyboard types them.
plain, latin = lk.plain, lk.latin


# ---------------------------------------------------------------- places
# (town, state, desk, share, ZIP head, county, area code, surname mix:
# census, cajun, viet, hispanic)
MIX = {"se": (80, 0, 3, 17), "at": (72, 0, 6, 22), "la": (52, 40, 4, 4),
	"no": (60, 20, 14, 6), "gu": (60, 8, 26, 6), "fl": (78, 0, 5, 17)}
TOWNS = [("Atlanta", "GA", "ATL", 10, "303", "Fulton", "404", "at"),
	("Marietta", "GA", "ATL", 2, "300", "Cobb", "770", "at"),
	("Decatur", "GA", "ATL", 2, "300", "DeKalb", "404", "at"),
	("Lawrenceville", "GA", "ATL", 2, "300", "Gwinnett", "770", "at"),
	("Smyrna", "GA", "ATL", 1, "300", "Cobb", "770", "at"),
	("Douglasville", "GA", "ATL", 1, "301", "Douglas", "770", "se"),
	("Charlotte", "NC", "CLT", 8, "282", "Mecklenburg", "704", "at"),
	("Gastonia", "NC", "CLT", 2, "280", "Gaston", "704", "se"),
	("Concord", "NC", "CLT", 2, "280", "Cabarrus", "704", "se"),
	("Matthews", "NC", "CLT", 1, "281", "Mecklenburg", "704", "se"),
	("Rock Hill", "SC", "CLT", 1, "297", "York", "803", "se"),
	("Nashville", "TN", "BNA", 8, "372", "Davidson", "615", "at"),
	("Franklin", "TN", "BNA", 2, "370", "Williamson", "615", "se"),
	("Murfreesboro", "TN", "BNA", 2, "371", "Rutherford", "615", "se"),
	("Smyrna", "TN", "BNA", 1, "371", "Rutherford", "615", "se"),
	("Gallatin", "TN", "BNA", 1, "370", "Sumner", "615", "se"),
	("Lebanon", "TN", "BNA", 1, "370", "Wilson", "615", "se"),
	("Birmingham", "AL", "BHM", 7, "352", "Jefferson", "205", "se"),
	("Hoover", "AL", "BHM", 2, "352", "Jefferson", "205", "se"),
	("Bessemer", "AL", "BHM", 1, "350", "Jefferson", "205", "se"),
	("Pelham", "AL", "BHM", 1, "351", "Shelby", "205", "se"),
	("Tuscaloosa", "AL", "BHM", 2, "354", "Tuscaloosa", "205", "se"),
	("Jackson", "MS", "JAN", 6, "392", "Hinds", "601", "se"),
	("Madison", "MS", "JAN", 1, "391", "Madison", "601", "se"),
	("Canton", "MS", "JAN", 1, "390", "Madison", "601", "se"),
	("Brandon", "MS", "JAN", 1, "390", "Rankin", "601", "se"),
	("Clinton", "MS", "JAN", 1, "390", "Hinds", "601", "se"),
	("Gulfport", "MS", "JAN", 2, "395", "Harrison", "228", "gu"),
	("Biloxi", "MS", "JAN", 2, "395", "Harrison", "228", "gu"),
	("Pascagoula", "MS", "JAN", 1, "395", "Jackson", "228", "gu"),
	("Mobile", "AL", "JAN", 2, "366", "Mobile", "251", "gu"),
	("Bayou La Batre", "AL", "JAN", 1, "365", "Mobile", "251", "gu"),
	("New Orleans", "LA", "MSY", 7, "701", "Orleans", "504", "no"),
	("Metairie", "LA", "MSY", 2, "700", "Jefferson", "504", "no"),
	("Chalmette", "LA", "MSY", 1, "700", "St. Bernard", "504", "no"),
	("Slidell", "LA", "MSY", 1, "704", "St. Tammany", "985", "la"),
	("Baton Rouge", "LA", "MSY", 5, "708", "East Baton Rouge", "225",
	"la"), ("Gonzales", "LA", "MSY", 1, "707", "Ascension", "225", "la"),
	("Houma", "LA", "MSY", 2, "703", "Terrebonne", "985", "gu"),
	("Thibodaux", "LA", "MSY", 1, "703", "Lafourche", "985", "la"),
	("Lafayette", "LA", "MSY", 2, "705", "Lafayette", "337", "la"),
	("Jacksonville", "FL", "JAX", 7, "322", "Duval", "904", "fl"),
	("Orange Park", "FL", "JAX", 1, "320", "Clay", "904", "fl"),
	("St. Augustine", "FL", "JAX", 1, "320", "St. Johns", "904", "fl"),
	("Fernandina Beach", "FL", "JAX", 1, "320", "Nassau", "904", "fl"),
	("Middleburg", "FL", "JAX", 1, "320", "Clay", "904", "fl")]
# The next towns over, where no customer is (other-church impostors).
NEXT_TOWN = {"ATL": ["Kennesaw", "Conyers", "Tucker", "Snellville"],
	"CLT": ["Huntersville", "Mint Hill", "Indian Trail", "Belmont"],
	"BNA": ["Brentwood", "La Vergne", "Goodlettsville", "Mount Juliet"],
	"BHM": ["Alabaster", "Trussville", "Gardendale", "Helena"],
	"JAN": ["Pearl", "Flowood", "Ridgeland", "Ocean Springs", "Daphne"],
	"MSY": ["Kenner", "Harvey", "Denham Springs", "Zachary", "Raceland"],
	"JAX": ["Fleming Island", "Yulee", "Green Cove Springs", "Callahan"]}
# Rural communities a volunteer fire department is named by.
COMMUNITY = ["Oak Grove", "Pleasant Hill", "Cedar Grove", "Pine Ridge",
	"Shady Grove", "Union Hill", "Mount Olive", "Friendship", "Bethany",
	"Pleasant Valley", "Midway", "Fairview", "Sardis", "Liberty Hill",
	"Piney Woods", "Cross Roads", "Antioch", "Harmony", "Spring Hill",
	"Bear Creek", "Cane Creek", "Dry Fork", "Sandy Ridge", "Bayou Blue"]
STREETS = ["Main St", "Church St", "Martin Luther King Jr Blvd",
	"Highway 80", "Old Canton Rd", "Government St", "Airline Hwy",
	"Veterans Memorial Blvd", "Broad St", "Magnolia Ave", "Peachtree Rd NE",
	"N Tryon St", "Gallatin Pike", "Florida Blvd", "Beach Blvd",
	"Atlantic Blvd", "County Road 12", "Old Spanish Trl", "Pass Rd"]

# ---------------------------------------------------------------- people
TOP = "Smith Johnson Williams Brown Jones Miller Davis Wilson".split()
SUR = {"census": TOP + "Anderson Taylor Thomas Moore Jackson Martin "
	"Thompson White Harris Clark Lewis Robinson Walker Young Allen King "
	"Wright Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts "
	"Turner Phillips Campbell Parker Evans Edwards Collins Stewart "
	"Morris Murphy Cook Rogers Morgan Cooper Reed Bailey Bell Howard Cox "
	"Ward Richardson Watson Brooks Wood James Bennett Gray Hughes Price "
	"Sanders Myers Long Ross Foster Washington Jefferson Butler Simmons "
	"Bryant Coleman Jenkins Perry Powell Patterson Henderson Russell "
	"Griffin Hayes Ford Graham Wallace Cole Hamilton Tucker Holloway "
	"McDaniel Pickett Hightower Crenshaw Tolliver Blackmon Gaines Pruitt "
	"Strickland Boykin Dukes Varnado Thigpen Ledbetter Hatcher Nix McGee "
	"Sizemore Kilgore Pettway Mayfield Cato Weathers Dees Rountree "
	"Hollingsworth Whitfield Pennington Crowder Spivey Tillman Odom "
	"Satterfield Goolsby Bledsoe Burchfield".split(),
	"cajun": "Hebert Landry Broussard LeBlanc Guidry Fontenot Richard "
	"Boudreaux Thibodeaux Breaux Trahan Guillory Bourgeois Bergeron "
	"Bordelon Benoit Arceneaux Comeaux Robichaux Doucet Melancon Theriot "
	"Prejean LeJeune Babineaux Champagne Gautreaux Romero Naquin Chauvin "
	"Dupre Savoie Cormier Pitre Mouton Ardoin".split(),
	"viet": "Nguyen Tran Le Pham Huynh Hoang Phan Vu Vo Dang Bui Do Ho Ngo "
	"Duong Ly Truong Dinh Lam".split(),
	"hisp": "Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez "
	"Sanchez Ramirez Torres Flores Rivera Gomez Diaz Reyes Morales Cruz "
	"Ortiz Gutierrez Chavez Ramos Mendoza Ruiz Alvarez Castillo Jimenez "
	"Vasquez Herrera Medina Aguilar Pena Nunez".split()}
GROUPS = ("census", "cajun", "viet", "hisp")
# How a name is written with its accents (a third of the Hispanic and
# some Cajun customers' records keep them).
ACCENTED = {"Hernandez": "Hernández", "Rodriguez": "Rodríguez",
	"Martinez": "Martínez", "Lopez": "López", "Gonzalez": "González",
	"Perez": "Pérez", "Sanchez": "Sánchez", "Ramirez": "Ramírez",
	"Gomez": "Gómez", "Diaz": "Díaz", "Gutierrez": "Gutiérrez",
	"Chavez": "Chávez", "Alvarez": "Álvarez", "Jimenez": "Jiménez",
	"Vasquez": "Vásquez", "Pena": "Peña", "Nunez": "Núñez",
	"Hebert": "Hébert", "Theriot": "Thériot", "Prejean": "Préjean",
	"Dupre": "Dupré", "Jose": "José", "Maria": "María"}
# Cajun spellings: each surname's other ways (the -x and -d endings, the
# particle apart or not; rajincajun3).
CAJUN = {"Thibodeaux": ["Thibodeau", "Thibodaux", "Thibadeaux"],
	"Boudreaux": ["Boudreau", "Boudreax", "Boudraux"], "LeBlanc":
	["Le Blanc", "Leblanc", "LEBLANC"], "Fontenot": ["Fontenotte",
	"Fontanot"], "Breaux": ["Breau", "Brau"], "Arceneaux": ["Arceneau",
	"Arcenaux"], "Comeaux": ["Comeau", "Commeaux"], "Robichaux":
	["Robicheaux", "Robichaud"], "LeJeune": ["Le Jeune", "Lejeune"],
	"Gautreaux": ["Gautreau", "Gotreaux"], "Babineaux": ["Babineau",
	"Babino"], "Guidry": ["Guedry"], "Melancon": ["Melançon"],
	"Doucet": ["Doucette"], "Savoie": ["Savoy"], "Dupre": ["Dupree"]}
GIVEN = ("James Robert John Michael William David Richard Charles Joseph "
	"Thomas Christopher Daniel Mark Donald Kenneth Steven Paul Larry "
	"Jerry Terry Dwayne Travis Darrell Curtis Marcus Jamal Andre Cedric "
	"Tyrone Wesley Randall Clifton".split(),
	"Mary Patricia Linda Barbara Elizabeth Jennifer Susan Deborah Karen "
	"Sandra Donna Carol Sharon Kimberly Tammy Angela Melissa Latoya "
	"Keisha Tonya Shanice Brandy Crystal Peggy Wanda Rhonda".split())
VGIVEN = ("Minh Thanh Hung Tuan Long Hai Duc Tommy Kevin Peter Danny".split(),
	"Linh Lan Hoa Mai Thu Kim Tina Cindy Jenny".split())
HGIVEN = ("Jose Juan Luis Carlos Jorge Miguel Francisco Alejandro".split(),
	"Maria Guadalupe Rosa Ana Claudia Leticia".split())
NICK = {"James": ["Jim", "Jimmy"], "Robert": ["Bob", "Bobby"],
	"John": ["Johnny", "Jack"], "Michael": ["Mike"], "William": ["Bill",
	"Billy"], "David": ["Dave"], "Richard": ["Rick", "Ricky"],
	"Charles": ["Charlie", "Chuck"], "Joseph": ["Joe", "Joey"],
	"Thomas": ["Tom", "Tommy"], "Christopher": ["Chris"], "Daniel":
	["Danny"], "Donald": ["Don", "Donnie"], "Kenneth": ["Ken", "Kenny"],
	"Steven": ["Steve"], "Randall": ["Randy"], "Patricia": ["Patty"],
	"Elizabeth": ["Beth", "Betty"], "Jennifer": ["Jenny"], "Susan":
	["Sue", "Susie"], "Deborah": ["Debbie"], "Kimberly": ["Kim"],
	"Sandra": ["Sandy"], "Melissa": ["Missy"], "Francisco": ["Paco"],
	"Guadalupe": ["Lupe"], "Jose": ["Pepe"]}
FORMAL = {n: k for k, v in NICK.items() for n in v}
# A business owner's nickname: {G} a given name.
NICKNAME = [("Bubba", 4), ("Big Daddy", 2), ("Big Mama", 2), ("Uncle {G}",
	3), ("Miss {G}", 4), ("T-{G}", 1), ("Big {G}", 2), ("{G}", 10),
	("Mama {G}", 1), ("Lil {G}", 1), ("Cousin {G}", 1), ("Boo", 1)]

# ---------------------------------------------------------------- words
BRAND = {"ATL": ["Peachtree", "Chattahoochee", "Stone Mountain", "Red Clay",
	"Sweet Auburn", "Buckhead"], "CLT": ["Queen City", "Catawba",
	"Carolina", "Uptown", "Piedmont"], "BNA": ["Music City", "Cumberland",
	"Harpeth", "Volunteer", "Tennessee Valley"], "BHM": ["Magic City",
	"Red Mountain", "Vulcan", "Cahaba", "Black Warrior"],
	"JAN": ["Pearl River", "Natchez Trace", "Delta", "Gulf Coast",
	"Biloxi Bay", "Mobile Bay"], "MSY": ["Crescent City", "Bayou",
	"Pelican", "Acadiana", "Big Easy", "Atchafalaya", "Bayou Teche"],
	"JAX": ["First Coast", "Riverside", "Ortega", "Mayport", "Atlantic",
	"Amelia"],
	"all": ["Southern", "Dixie", "Magnolia", "Heritage", "Liberty",
	"Hometown", "Pinnacle", "Sunbelt", "Evergreen", "Cornerstone",
	"Victory", "Legacy", "Premier", "Live Oak", "Cypress", "Longleaf",
	"Riverbend", "Southern Pines"]}
RARE = ["Muscadine", "Scuppernong", "Chinaberry", "Sweetgum", "Tupelo",
	"Sassafras", "Persimmon", "Pecan Grove", "Kudzu", "Hushpuppy",
	"Palmetto", "Azalea", "Camellia", "Dogwood", "Spanish Moss",
	"Whippoorwill", "Mockingbird", "Lightning Bug", "Crawdad", "Mayhaw"]
HBRAND = ["El Rancho", "La Fiesta", "Los Compadres", "El Paisano",
	"La Michoacana", "El Sol", "Los Amigos", "La Esperanza", "El Jalisco"]
# Congregations' names (Bible places and virtues) and saints.
CONG = ["Mount Zion", "Mount Olive", "Mount Pisgah", "Mount Calvary",
	"Mount Moriah", "Mount Sinai", "Bethel", "Shiloh", "Ebenezer",
	"Antioch", "Macedonia", "New Hope", "Friendship", "Pleasant Grove",
	"Beulah", "Canaan", "Galilee", "Rehoboth", "Zion Hill", "Greater Grace",
	"Greater New Hope", "Greater Mount Zion", "Greater Bethel", "Grace",
	"Trinity", "Calvary", "Emmanuel", "Abundant Life", "New Birth",
	"Cornerstone", "Harvest", "Living Water", "True Vine", "Little Zion",
	"New Jerusalem", "Gethsemane", "Mount Nebo", "Greater Ebenezer"]
SAINTS = ["Paul", "Peter", "Mark", "Luke", "John", "James", "Joseph",
	"Mary", "Jude", "Francis", "Matthew", "Andrew", "Stephen", "Patrick",
	"Michael", "Augustine", "Thomas", "Rita", "Philip", "Benedict",
	"Raphael", "Ann", "Clement", "Jerome", "Pius X", "Edward", "Luke"]
FSAINTS = ["Anne", "Genevieve", "Marie", "Therese", "Cecilia"]
OUR_LADY = ["Perpetual Help", "Lourdes", "Prompt Succor", "La Vang",
	"the Lake", "Fatima", "Guadalupe", "Mount Carmel", "Sorrows"]
# Surnames and brands no customer draws (same-shape impostors): the
# upper Midwest and the West, where this MSP has no desk.
OUT_SUR = ["Kowalski", "Lindqvist", "Schwartzkopf", "Vandermeer",
	"Halvorsen", "Brzezinski", "Gustafson", "Wojcik", "Sorensen",
	"Yamashita", "Papadakis", "Ostrowski", "Nakamura", "Bjornson"]
OUT_BRAND = ["Prairie", "Great Lakes", "Badger", "Hawkeye", "Cascade",
	"Mesa", "Sagebrush", "Buckeye", "Sierra", "North Star"]
OUT_CONG = ["Mount Hermon", "Bethesda", "Philadelphia", "Smyrna Hill",
	"Goshen", "Peniel"]
LEGAL = [("LLC", 50), ("Inc.", 22), ("Co.", 6), ("Corp.", 4),
	("PLLC", 6), ("P.C.", 4), ("P.A.", 3), ("LLP", 2), ("APLC", 2)]
LEGAL_ALT = {"LLC": ["L.L.C.", "llc", "Llc", "LLC.", "Inc.", "Inc"],
	"Inc.": ["Inc", "INC", "Incorporated", "inc", "LLC"],
	"Co.": ["Co", "Company", "CO"], "Corp.": ["Corp", "Corporation",
	"Inc."], "PLLC": ["P.L.L.C.", "pllc", "PC", "LLC"], "P.C.": ["PC",
	"P.C", "PLLC"], "P.A.": ["PA", "P.A", "Professional Association"],
	"LLP": ["L.L.P.", "llp"], "APLC": ["A.P.L.C.", "A Professional Law "
	"Corporation", "PLC"]}
# The legal forms a sector's firms take (a church, an office, a fire
# department none).
SECTORS = [("church", 0, "", 16), ("school", .3, "LLC Inc.", 5),
	("auto", .7, "LLC Inc.", 8), ("trades", .6, "LLC Inc. Co.", 11),
	("food", .55, "LLC Inc.", 9), ("funeral", .5, "LLC Inc.", 4),
	("medical", .75, "PLLC P.C. P.A. LLC", 8), ("law", .8,
	"PLLC LLP P.C. P.A. APLC LLC", 6), ("insurance", .35, "LLC Inc.", 7),
	("realty", .6, "LLC Inc.", 5), ("gov", 0, "", 6), ("vfd", 0, "", 3),
	("seafood", .7, "LLC Inc. Co.", 5), ("hisp", .6, "LLC Inc.", 7)]
CARRIES = {s[0]: s[1] for s in SECTORS}
FORMS = {s[0]: s[2].split() for s in SECTORS}
# Templates: {B} brand, {S} {S2} surnames, {P} an owner, {G} a given
# name, {N} an owner's nickname, {T} the town, {K} the county, {C} a
# congregation, {A} a saint, {V} a Vietnamese surname, {H} a Hispanic
# one, {HB} a Spanish brand, {CM} a rural community.
TPL = {"church": ["{C} Baptist Church", "{C} Missionary Baptist Church",
	"{C} AME Church", "{C} AME Zion Church", "{C} CME Church",
	"{C} United Methodist Church", "{C} Church of God in Christ",
	"{C} Presbyterian Church", "{C} Church of Christ",
	"{C} Full Gospel Baptist Church", "{C} Lutheran Church",
	"First Baptist Church of {T}", "First United Methodist Church of {T}",
	"First Presbyterian Church of {T}", "{T} First Baptist Church",
	"{A} Catholic Church", "{A} Episcopal Church",
	"{A} Missionary Baptist Church", "{A} AME Church",
	"Our Lady of {OL} Catholic Church", "Holy Trinity Greek Orthodox "
	"Church", "Annunciation Greek Orthodox Cathedral",
	"{A} Greek Orthodox Church"],
	"school": ["{C} Christian Academy", "{C} Baptist Church Child "
	"Development Center", "{A} Catholic School", "{C} Christian "
	"Preschool", "Miss {G}'s Daycare", "{B} Early Learning Center",
	"{B} Kids Academy", "{S} Learning Academy", "{N}'s Child Care"],
	"auto": ["{S} Chevrolet", "{S} Ford", "{S} Toyota", "{S} Chrysler "
	"Dodge Jeep Ram", "{S} Auto Sales", "{S}'s Body Shop", "{S} Collision "
	"Center", "{B} Auto Repair", "{N}'s Paint & Body", "{S} Motors",
	"{S} Buick GMC", "{B} Collision", "{S} Tire & Auto"],
	"trades": ["{S} & Sons Plumbing", "{S} Bros. Roofing", "{S} Heating & "
	"Air", "{S} Heating & Air Conditioning", "{B} Pest Control",
	"{S} Plumbing Co.", "{N}'s HVAC", "{S} Electric Co.", "{S} Roofing & "
	"Construction", "{B} Termite & Pest Control", "{S} Septic Service",
	"{B} Air & Heat", "{S} & Sons Roofing", "{S} Brothers Plumbing",
	"{B} Plumbing & Drain"],
	"food": ["{N}'s Bar-B-Q", "{S}'s BBQ", "{B} Smokehouse", "{S}'s Family "
	"Restaurant", "{B} Seafood Restaurant", "{N}'s Kitchen", "{B} Po-Boys",
	"{S}'s Cajun Kitchen", "{N}'s Soul Food", "{B} Catfish House",
	"{B} Diner", "{S}'s Meat Market", "{N}'s Smoke n' Grill"],
	"funeral": ["{S} Funeral Home", "{S} & Sons Funeral Home",
	"{S}-{S2} Funeral Home", "{S} Memorial Chapel", "{S} Mortuary",
	"{B} Memorial Gardens"],
	"medical": ["{T} Pediatrics", "{S} Family Practice", "Dr. {P}, MD",
	"{B} Family Medicine", "{S} Pediatrics", "{B} Family Dentistry",
	"{P}, DDS", "{B} Pediatric Clinic", "{S} Chiropractic",
	"{B} Women's Health", "{T} Family Medical Clinic"],
	"law": ["Law Office of {P}", "{S} & {S2}", "{S}, {S2} & {S3}",
	"{S} Law Firm", "{S} Law Group", "{P}, Attorney at Law"],
	"insurance": ["{P} - State Farm Insurance Agent", "{P} - State Farm "
	"Insurance Agent", "{P}: Allstate Insurance", "{S} Insurance Agency",
	"{B} Insurance Group", "{K} County Farm Bureau", "{S} & {S2} "
	"Insurance"],
	"realty": ["{S} Realty", "{B} Realty Group", "{S} Properties",
	"{B} Real Estate", "{S} & Associates Realty", "{B} Property "
	"Management"],
	"gov": ["{K} County Tax Commissioner", "{K} County Clerk of Court",
	"{K} County Sheriff's Office", "City of {T}", "Town of {T}",
	"{T} Police Department", "{K} County Board of Education",
	"{K} County Public Library"],
	"vfd": ["{CM} Volunteer Fire Department", "{CM} Volunteer Fire "
	"Department", "{K} County Fire & Rescue"],
	"seafood": ["{V} Seafood", "{V}'s Seafood", "{V} Brothers Seafood",
	"{V} Shrimp Co.", "{B} Bay Seafood", "{V} Marine Supply",
	"{V}'s Seafood Market", "{V} & {V2} Seafood"],
	"hisp": ["{H} Construction", "Taqueria {HB}", "{H} Tire Shop",
	"{H} Landscaping", "{H} Cleaning Services", "Panadería {HB}",
	"{H} Drywall", "{H} Painting", "{H} Auto Repair",
	"Tienda {HB}"]}
ROLES = {"church": ["OFFICE", "PASTOR", "FINANCE", "MEDIA-BOOTH"],
	"school": ["FRONTDESK", "DIRECTOR", "CLASSROOM1"], "auto": ["SERVICE1",
	"PARTS", "F-AND-I", "SHOP"], "trades": ["DISPATCH", "OFFICE",
	"ESTIMATOR"], "food": ["POS1", "POS2", "OFFICE"], "funeral":
	["OFFICE", "ARRANGEMENT", "CHAPEL"], "medical": ["FRONTDESK",
	"NURSE1", "EXAM1", "BILLING"], "law": ["RECEPTION", "PARALEGAL",
	"SERVER"], "insurance": ["AGENT", "CSR1", "CSR2"], "realty":
	["FRONTDESK", "AGENT1"], "gov": ["CLERK1", "CLERK2", "TAGS"],
	"vfd": ["STATION1", "CHIEF"], "seafood": ["DOCK", "OFFICE", "SCALE"],
	"hisp": ["OFFICE", "ESTIMATOR"]}
OTHER_TRADE = ["Florist", "Barber Shop", "Nail Salon", "Dry Cleaners",
	"Feed & Seed", "Bait & Tackle", "Pawn Shop", "Hardware", "Tattoo",
	"Bail Bonds", "Car Wash", "Vape Shop", "Storage", "Towing",
	"Upholstery", "Locksmith"]
TECHS = {"ATL": ["Marcus Hill", "Tiffany Brooks"], "CLT": ["Kyle Jenkins",
	"Ashley Powell"], "BNA": ["Cody Sizemore", "Brittany Hayes"],
	"BHM": ["Derrick Pettway", "Lauren Strickland"], "JAN": ["Jamal "
	"Gaines", "Hannah Pruitt"], "MSY": ["Rene Broussard", "Tuan Nguyen",
	"Monique Landry"], "JAX": ["Tyler Bennett", "Jasmine Ford"]}
VENDORS = ["AT&T Business", "Comcast Business", "Spectrum Business",
	"Cox Business", "Georgia Power", "Entergy", "Alabama Power",
	"Duke Energy", "JEA", "Intuit QuickBooks", "Microsoft 365 Support",
	"Dell Support", "HP Support", "GoDaddy", "Planning Center",
	"ShelbyNext", "Brightwheel", "Procare Support", "Dentrix", "CDK Global",
	"Tekmetric", "ServiceTitan", "Clover POS", "Toast Support",
	"Syncro Support", "Pax8", "TD SYNNEX"]
STAFF = ["Bench 2", "BENCH-3", "Loaner laptop 4", "Loaner 07",
	"Shop - bench 1", "W11 image", "Test VM", "Demo laptop", "Spare 05",
	"Marcus Hill", "Kyle Jenkins", "Tech bench - Nashville", "New build"]
PERSONAL = ["{G}'s laptop", "Mama's computer", "Home PC", "{G} {S} - "
	"personal", "My daughter's laptop", "Grandma's PC", "{G}'s gaming PC",
	"Personal - {G}", "{G} home computer"]	# str.format
PROSPECT = ["Quote - ", "Quote for ", "Demo - ", "Prospect - ",
	"Sales call - "]
SITES = ["Main Office", "Shop", "2nd location", "Warehouse",
	"Front Office", "Annex", "Back Office", "Downtown"]
CHURCH_SITES = ["Fellowship Hall", "Church Office", "Family Life Center",
	"Sanctuary", "Youth Building", "West Campus"]

# ---------------------------------------------------------------- skeleton
# Abbreviations read as the words; words that say nothing of which
# customer it is dropped.
SK_MAP = {"st": "saint", "ste": "sainte", "mt": "mount", "bros": "brothers",
	"bro": "brothers", "fbc": "first baptist church", "umc": "united "
	"methodist church", "cogic": "church god christ", "mbc": "missionary "
	"baptist church", "mb": "missionary baptist", "vfd": "volunteer fire "
	"department", "vol": "volunteer", "fd": "fire department", "dept":
	"department", "ins": "insurance", "svcs": "services", "svc": "service",
	"ctr": "center", "assn": "association", "acad": "academy", "mem":
	"memorial", "ch": "church", "bapt": "baptist", "peds": "pediatrics",
	"const": "construction", "cnty": "county", "cty": "county", "dev":
	"development", "1st": "first", "htg": "heating", "ac": "air",
	"ame": "ame", "pres": "presbyterian", "meth": "methodist", "cath":
	"catholic", "fam": "family", "med": "medical", "agcy": "agency"}
SK_DROP = set("llc inc co corp corporation company incorporated pllc pc pa "
	"llp aplc plc ltd dba the of and n a an in at dr md dds dmd jr sr mr "
	"mrs ms esq".split())
SK_PHRASE = [(re.compile(r"\bd\s*/\s*b\s*/\s*a\b|\bd\.b\.a\."), " dba "),
	(re.compile(r"\bbar[\s-]*b[\s-]*q(ue)?\b|\bbarbe(c|q)ue\b"), " bbq "),
	(re.compile(r"\ba\.?\s*professional (law )?corporation\b|"
	r"\bprofessional association\b"), " "),
	(re.compile(r"\bafrican methodist episcopal\b"), " ame "),
	(re.compile(r"\ba\s*/\s*c\b"), " air conditioning "),
	(re.compile(r"\bheating (and|&) air( conditioning)?\b|\bheat (and|&) "
	r"air\b|\bair (and|&) heat\b|\bhvac\b"), " heating air ")]


def squeeze(w):
	return re.sub(r"(.)\1+", r"\1", w)


def _words(s):
	s = plain(s).lower()
	for rx, to in SK_PHRASE:
		s = rx.sub(to, s)
	s = re.sub(r"['’`´.]", "", s)
	out = []
	for w in re.split("[^0-9a-z]+", s):
		for x in SK_MAP.get(w, w).split():
			if not x or x in SK_DROP:
				continue
			# Bubba's, Bubbas, Brother, Brothers: one word each.
			out.append(squeeze(x[:-1] if len(x) > 3 and x[-1] == "s"
				else x))
	return out


skel, skel_words = lk.skeleton(_words)


# An impostor's parts (cut at " - ", ": ", ", ", " (" and " / ") are
# each to be no customer's name or form of one and no listed person.
ck = lk.Checks(skel, skel_words, r" [-–/] |: |, | \(",
	parts_known=True, pairs=True)


# ---------------------------------------------------------------- customers
def town_of(rng, desk=None):
	ts = [t for t in TOWNS if desk is None or t[2] == desk]
	return rng.choices(ts, [t[3] for t in ts])[0]


def group_of(rng, town):
	return rng.choices(GROUPS, MIX[town[7]])[0]


def accent(rng, w, share=.35):
	"""w as a record that keeps its accents writes it, share of the
	time."""
	return ACCENTED[w] if w in ACCENTED and rng.random() < share else w


def surname(rng, group, common=None):
	"""A Census top-eight surname a tenth of the time in the Census
	group, else one of the group's."""
	if common is None:
		common = rng.random() < .1
	if group == "census" and common:
		return rng.choice(TOP)
	return rng.choice(SUR[group])


def person(rng, group, female=None):
	"""(given name, surname)."""
	if female is None:
		female = rng.random() < .45
	given = {"viet": VGIVEN, "hisp": HGIVEN}.get(group, GIVEN)
	return rng.choice(given[female]), surname(rng, group)


def nick_of(rng, g):
	return rng.choice(NICK[g]) if g in NICK and rng.random() < .6 else g


def nickname(rng, group, p):
	"""A business owner's nickname; Miss and Mama before a woman's given
	name, Uncle, Big, Lil and T- before a man's (the owner's own when it
	fits)."""
	n = lk.wpick(rng, NICKNAME)
	if "{G}" not in n:
		return n
	female = n.startswith(("Miss", "Mama"))
	if n == "{G}" or (p[0] in GIVEN[female] + VGIVEN[female] +
			HGIVEN[female]):
		return n.format(G=nick_of(rng, p[0]))
	given = {"viet": VGIVEN, "hisp": HGIVEN}.get(group, GIVEN)
	return n.format(G=nick_of(rng, rng.choice(given[female])))


def brand(rng, desk):
	r = rng.random()
	if r < .22:
		return rng.choice(RARE)
	return rng.choice(BRAND[desk] if r < .6 else BRAND["all"])


def saint(rng, state):
	"""St. and a saint; in Louisiana a female saint as Ste. a fifth of
	the time; "Saint" written out a fifth of the time."""
	if state == "LA" and rng.random() < .2:
		return "Ste. " + rng.choice(FSAINTS)
	pre = "Saint " if rng.random() < .2 else "St. "
	return pre + rng.choice(SAINTS)


def cong(rng):
	"""A congregation's name, Mount written Mt. 40% of the time."""
	c = rng.choice(CONG)
	return c.replace("Mount ", "Mt. ") if rng.random() < .4 else c


def legal_form(rng, sector, state):
	ok = [f for f in LEGAL if f[0] in FORMS[sector] and
		(f[0] != "APLC" or state == "LA") and (f[0] != "P.A." or
		state == "FL")]
	return lk.wpick(rng, ok) if ok else "LLC"


def values(rng, town, sector, tpl, outside):
	"""The template's values for a customer in town."""
	group = {"seafood": "viet", "hisp": "hisp"}.get(sector) or \
		group_of(rng, town)
	female = True if "Miss {G}" in tpl else None
	p = person(rng, group, female)
	ss = [surname(rng, group_of(rng, town)) for _ in range(3)]
	v = {"B": brand(rng, town[2]), "S": p[1], "S2": ss[1], "S3": ss[2],
		"C": cong(rng), "A": saint(rng, town[1]), "OL":
		rng.choice(OUR_LADY), "T": town[0], "K": town[5], "CM":
		rng.choice(COMMUNITY), "V": rng.choice(SUR["viet"]), "V2":
		rng.choice(SUR["viet"]), "H": accent(rng, rng.choice(SUR["hisp"])),
		"HB": rng.choice(HBRAND)}
	if sector == "seafood":
		v["V"] = p[1]
	if sector == "hisp":
		v["H"] = accent(rng, p[1])
	v["S"] = accent(rng, v["S"], .25)
	if outside:	# a name no customer's words make
		p = (p[0], rng.choice(OUT_SUR))
		o = rng.sample(OUT_SUR, 4)
		v.update(S=p[1], S2=o[0], S3=o[1], V=o[2], V2=o[3], H=o[0],
			B=rng.choice(OUT_BRAND), C=rng.choice(OUT_CONG))
	g = nick_of(rng, p[0])
	v["G"], v["P"] = p[0], "%s %s" % (g, p[1])
	v["N"] = nickname(rng, group, p)
	for a, b in (("S", "S2"), ("S", "S3"), ("S2", "S3"), ("V", "V2")):
		if v[a] == v[b]:
			return None, None, None
	return v, p, group


def make_customer(rng, cid, desk=None, outside=False):
	town = town_of(rng, desk)
	sector = lk.wpick(rng, SECTORS)
	tpl = rng.choice(TPL[sector])
	if town[1] == "LA":	# Louisiana's parishes
		tpl = tpl.replace("{K} County", "{K} Parish")
	v, p, group = values(rng, town, sector, tpl, outside)
	if v is None:
		return None
	used = set(re.findall(r"\{(\w+)\}", tpl))
	core = re.sub(r"\{(\w+)\}", lambda m: v[m.group(1)], tpl)
	legal, dba = "", ""
	if rng.random() < CARRIES[sector]:
		legal = legal_form(rng, sector, town[1])
	name = core
	if legal:
		name = core + rng.choice([" ", ", "]) + legal
		if rng.random() < .08 and used & {"S", "B", "V", "H"}:
			# A trade name over an LLC: "Smith Holdings, LLC d/b/a ..."
			word = v[sorted(used & {"S", "B", "V", "H"})[0]]
			dba = "%s %s, %s" % (word, rng.choice(["Enterprises",
				"Holdings", "Group", "Ventures"]), legal)
			name = "%s %s %s" % (dba, rng.choice(["d/b/a", "dba", "DBA",
				"D/B/A"]), core)
	has_owner = used & {"P", "S", "V", "H", "G", "N"}
	return {"id": cid, "name": name, "core": core, "legal": legal,
		"dba": dba, "town": town[0], "state": town[1], "desk": town[2],
		"zip": town[4], "county": town[5], "area": town[6],
		"sector": sector, "tpl": tpl, "group": group,
		"brand": v["B"] if "B" in used else (v["HB"] if "HB" in used
		else None), "cong": v["C"] if "C" in used else None,
		"surs": [v[k] for k in ("S", "S2", "S3", "V", "V2", "H")
		if k in used], "given": v["G"] if "G" in used else None,
		"nick": v["N"] if "N" in used else None,
		"owner": p if has_owner else None,
		"pname": v["P"] if "P" in used else None}


def keys_of(c):
	"""(sector, word) for what a customer is named by."""
	ws = [c["brand"], c["cong"], c["nick"]] + c["surs"] + \
		([c["owner"][1]] if c["owner"] else [])
	if not any(ws):
		ws = [c["core"]]
	return [(c["sector"], skel(w)) for w in ws if w]


def contacts(rng, c, ids):
	"""The owner first where there is one, then up to three more."""
	owner = [c["owner"]] if c["owner"] else []
	more = [person(rng, c["group"]) for _ in range(rng.randint(0, 3))]
	return [lk.contact(ids, first, last, c["domain"], latin)
		for first, last in owner + more]


def assets(rng, c, ids, shared):
	words = [w.upper() for w in re.split("[^A-Za-z0-9]+", latin(c["core"]))
		if len(w) > 2 and w.lower() not in SK_DROP]
	return lk.asset_names(rng, ids, words, latin(c["town"]).upper()
		.replace(" ", "").replace(".", ""), ROLES[c["sector"]], shared,
		lambda r: latin(person(r, c["group"])[0]).upper()[:10])


def address(rng, c):
	return {"address": "%d %s" % (rng.randint(100, 9999),
		rng.choice(STREETS)), "address_2": rng.choice([None, None, None,
		"Suite %d" % rng.randint(100, 400), "Ste %d" % rng.randint(1, 20),
		"Unit B"]), "city": c["town"], "state": c["state"],
		"zip": c["zip"] + "%02d" % rng.randint(0, 99)}


FREEMAIL = ("gmail", "yahoo", "bellsouth", "att", "comcast", "outlook")


def domain(rng, c, taken):
	if rng.random() < .3 and c["sector"] not in ("gov", "church"):
		return rng.choice(FREEMAIL) + rng.choice([".com", ".net"])
	if c["core"].startswith("First Baptist Church of "):
		base = "fbc" + c["town"]
	else:
		base = c["brand"] or c["cong"] or (c["surs"] or [""])[0] or \
			(c["owner"][1] if c["owner"] else "") or \
			(c["county"] if c["sector"] == "gov" else c["core"])
	d = re.sub("[^a-z0-9]", "", latin(base).lower())[:14] or "office"
	d += {"church": "church", "law": "law", "funeral": "funeralhome",
		"trades": "services", "auto": "auto", "vfd": "vfd",
		"seafood": "seafood", "gov": "county"}.get(c["sector"], "")
	tld = {"church": ".org", "vfd": ".org", "gov": ".gov"}.get(
		c["sector"], rng.choice([".com", ".com", ".net"]))
	while d + tld in taken:	# a digit more, as a registrar offers
		d += str(rng.randint(0, 9))
	taken.add(d + tld)
	return d + tld


def syncro_extra(rng, c):
	"""The main contact and a phone of the town's area code."""
	p = c["contacts"][0] if c["contacts"] else {}
	c["syncro"].update(firstname=p.get("firstname"),
		lastname=p.get("lastname"), email=p.get("email"),
		phone="(%s) %d-%04d" % (c["area"], rng.randint(201, 989),
		rng.randint(0, 9999)))


def population(rng, n):
	g = lk.G()
	g.custs, seen, shared, taken = [], set(), set(), set()
	ids = iter(range(360000001, 399999999))
	cid = 36000000
	while len(g.custs) < n:
		cid += rng.randint(1, 3)
		c = make_customer(rng, cid)
		if c is None:
			continue
		ks = {skel(f) for f in (c["name"], c["core"]) if f}
		if "" in ks or ks & seen:
			continue
		seen.update(ks)
		c["domain"] = domain(rng, c, taken)
		lk.add_customer(rng, g, c, ids, shared, address, contacts, assets)
		syncro_extra(rng, c)
	g.shared = sorted(shared)	# role names more than one customer has
	return g


def index(g):
	"""The indexes linkgen's checks read: each customer's forms are its
	name, its core, the core less the owner or town, the trade name and
	the d/b/a owner."""
	ck.index_start(g)
	g.sector_keys = set()
	for i, c in enumerate(g.custs):
		whole = (c["name"], c["core"])
		forms = [c["core"].replace(c["town"], ""), c["core"] + " " +
			c["legal"]] + [x for x in (c["dba"], c["pname"] and
			c["core"].replace(c["pname"], "")) if x]
		g.sector_keys.update(keys_of(c))
		ck.add_names(g, i, whole)
		ck.add_forms(g, i, list(whole) + forms)
		ck.add_words(g, i, skel_words(c["name"]))
		ck.add_contacts(g, i, c)
	ck.index_end(g)


# ---------------------------------------------------------------- typing
TYPO = lk.Typo(["1234567890-=", "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./"])


name_or_core = lk.name_or_core


def n_caps(rng, g, c):
	return name_or_core(rng, c).upper()


def n_lower(rng, g, c):
	t = name_or_core(rng, c, .6).lower()
	return t.replace(".", "").replace(",", "") if rng.random() < .4 else t


n_typo, n_typo2 = TYPO.n_core_typo, TYPO.n_core_typo2


def legal_other(rng, c, r):
	if r < .85:
		return "%s%s%s" % (c["core"], rng.choice([" ", ", "]),
			rng.choice(LEGAL_ALT[c["legal"]]))
	return "%s %s" % (c["core"], c["legal"].upper().replace(".", ""))


n_legal = lk.legal_row(legal_other)


def n_truncated(rng, g, c):
	"""linkgen's cut, not into an agent's or lawyer's given name."""
	t = lk.n_truncated(rng, g, c)
	keep = c["owner"][1][:4] if c["pname"] else ""
	return t if t and keep in t else None


def n_reorder(rng, g, c):
	"""The surname or brand first: "Guidry Funeral Home" is the norm, so
	the trade first: "Funeral Home - Guidry"; "Plumbing, Smith & Sons"."""
	s = c["core"]
	for w in [c["brand"]] + c["surs"]:
		if w and s.startswith(w + " ") and not c["pname"]:
			rest = s[len(w) + 1:]
			if rest.startswith(("&", "-", ",")) or " " not in rest and \
					len(rest) < 5:
				return None
			return "%s%s%s" % (rest, rng.choice([" ", " - ", ", "]), w)
	return None


ABBR = [("Brothers", "Bros."), ("Company", "Co."), ("Department", "Dept."),
	("Volunteer Fire Department", "VFD"), ("Insurance", "Ins."),
	("Services", "Svcs."), ("Center", "Ctr."), ("Academy", "Acad."),
	("Memorial", "Mem."), ("Construction", "Const."), ("Development",
	"Dev."), ("Heating & Air Conditioning", "HVAC"),
	("Air Conditioning", "A/C"), ("Pediatrics", "Peds"), ("Family", "Fam."),
	("Missionary Baptist", "M.B."), ("Presbyterian", "Pres."),
	("Association", "Assn."), ("Fire & Rescue", "Fire Rescue")]


def abbr_turn(t, long, short):
	"""long as short where t has it as words, else short (four letters
	or more: not "Co." inside a word) as long."""
	m = re.search(r"(?<!\w)%s(?!\w)" % re.escape(long), t)
	if m:
		return t[:m.start()] + short + t[m.end():]
	return t.replace(short, long, 1) if len(short) > 3 else t


n_abbrev = lk.abbrev_row(ABBR, abbr_turn,
	lambda rng, t: t.replace(".", "") if rng.random() < .3 else t)


def n_acronym(rng, g, c):
	"""Three words or more by their initials, the last word kept half
	the time: "Pearl River Plumbing & Drain" -> "PRPD", "PRP Drain"."""
	if c["pname"] or c["given"] or c["nick"]:
		return None
	ws = [w for w in re.split(r"[\s&,-]+", plain(c["core"]).replace("'", ""))
		if w and w[0].isalpha() and w.lower().replace(".", "") not in
		SK_DROP]
	return lk.initials(rng, ws) if len(ws) > 2 else None


def n_saint(rng, g, c):
	"""St. / Saint / St / Ste. respelt: "St. Paul" as "Saint Paul",
	"St Paul", "ST. PAUL"; "Ste. Anne" as "St. Anne", "Sainte Anne"."""
	s = name_or_core(rng, c)
	m = re.search(r"\b(Saint|St\.|Ste\.) ", s)
	if not m:
		return None
	alt = {"Saint": ["St.", "St"], "St.": ["Saint", "St", "ST"],
		"Ste.": ["St.", "Sainte", "Ste", "Saint"]}[m.group(1)]
	return s[:m.start()] + rng.choice(alt) + " " + s[m.end():]


def n_mount(rng, g, c):
	s = name_or_core(rng, c)
	m = re.search(r"\b(Mount|Mt\.) ", s)
	if not m:
		return None
	alt = {"Mount": ["Mt.", "Mt", "MT"], "Mt.": ["Mount", "Mt", "Mt"]}
	return s[:m.start()] + rng.choice(alt[m.group(1)]) + " " + s[m.end():]


def n_and(rng, g, c):
	"""&, and, n', 'n', + for one another."""
	s = name_or_core(rng, c)
	m = re.search(r" (&|and|n') ", s)
	if not m:
		return None
	alt = [x for x in (" & ", " and ", " n' ", " 'n' ", " + ", "&", " N ")
		if x.strip() != m.group(1)]
	return s[:m.start()] + rng.choice(alt) + s[m.end():]


def n_possessive(rng, g, c):
	"""Bubba's typed Bubbas, Bubba’s, Bubbas', or Bubba."""
	s = name_or_core(rng, c)
	m = re.search(r"(\w)'s\b", s)
	if not m:
		return None
	how = rng.choice(["s", "s", "s", "’s", "s'", ""])
	return s[:m.start() + 1] + how + s[m.end():]


CHURCH = [("First Baptist Church of ", ["FBC ", "First Baptist ",
	"1st Baptist Church of ", "First Baptist Church ", "1st Baptist "]),
	("Missionary Baptist Church", ["M.B. Church", "MBC", "MB Church",
	"Missionary Baptist", "Miss. Baptist Church"]),
	("AME Zion Church", ["A.M.E. Zion Church", "AMEZ Church",
	"AME Zion"]), ("AME Church", ["A.M.E. Church", "African Methodist "
	"Episcopal Church", "AME"]), ("United Methodist Church", ["UMC",
	"United Methodist", "Methodist Church"]),
	("Church of God in Christ", ["COGIC", "C.O.G.I.C.", "Church of God "
	"In Christ"]), ("Catholic Church", ["Catholic", "Church",
	"Catholic Parish"]), ("Greek Orthodox Church", ["Greek Orthodox",
	"Orthodox Church"]), ("Baptist Church", ["Baptist", "Bapt. Church",
	"B.C."])]


def n_church(rng, g, c):
	"""A church as its members write it: "FBC Madison", "Mt. Zion MBC",
	"Bethel A.M.E.", "Trinity UMC", "St. Paul Catholic"; a town's
	First Baptist Church as "Madison First Baptist" and back."""
	if c["sector"] != "church":
		return None
	s = c["core"]
	t = c["town"]
	if s == "%s First Baptist Church" % t:
		return rng.choice(["FBC %s", "First Baptist Church of %s",
			"First Baptist %s"]) % t
	for long, alts in CHURCH:
		if long in s:
			alt = rng.choice(alts)
			if long.endswith(" of "):
				if rng.random() < .2:
					return "%s %s" % (t, alt.strip().replace(" of", ""))
				return s.replace(long, alt, 1)
			return s.replace(long, alt, 1)
	return None


def n_agent(rng, g, c):
	"""An agent's office: "Jim Smith - State Farm Insurance Agent" typed
	"Jim Smith State Farm", "State Farm - Jim Smith", "James Smith State
	Farm", "Smith State Farm Agency"; Allstate's likewise."""
	s = c["core"]
	m = re.match(r"(.+?)(?: - |: )(State Farm|Allstate) Insurance", s)
	if not m:
		return None
	who, co = m.group(1), m.group(2)
	first, last = c["owner"]
	r = rng.random()
	if r < .3:
		return "%s %s" % (who, co)
	if r < .5:
		return "%s - %s" % (co, who)
	if r < .7:
		other = first if who.startswith(first) else nick_of(rng, first)
		if other == who.split()[0]:
			return None
		return "%s %s %s" % (other, last, co)
	if r < .85:
		# By the surname alone only when no other customer's name holds
		# it and the company ("Mitchell State Farm Agency": which
		# Mitchell?).
		held = lk.held_by_all(g, set(skel_words(last + " " + co)))
		if any(g.custs[j] is not c for j in held):
			return None
		return "%s %s Agency" % (last, co)
	return "%s %s Insurance" % (who, co)


def n_nickname(rng, g, c):
	"""An owner's given name the other way: Jim for James, James for
	Jim."""
	if not c["pname"]:
		return None
	g0 = c["pname"].split()[0]
	if g0 in FORMAL:
		alt = FORMAL[g0]
	elif g0 in NICK:
		alt = rng.choice(NICK[g0])
	else:
		return None
	return name_or_core(rng, c).replace(g0 + " ", alt + " ", 1)


def n_accents(rng, g, c):
	"""Accents dropped (Hernández, Peña, Hébert as a US keyboard types
	them), or a Cajun name's accent added back."""
	s = name_or_core(rng, c)
	if plain(s) != s:
		return plain(s)
	for w in c["surs"]:
		if w in ("Hebert", "Theriot", "Prejean", "Pena", "Nunez") and \
				w in s:
			return s.replace(w, ACCENTED[w], 1)
	return None


def n_cajun(rng, g, c):
	"""A Cajun surname spelt another way: Thibodeaux as Thibodeau or
	Thibodaux, LeBlanc as Le Blanc or Leblanc."""
	s = name_or_core(rng, c)
	for w in c["surs"]:
		if plain(w) in CAJUN and w in s:
			return s.replace(w, rng.choice(CAJUN[plain(w)]), 1)
	return None


def n_county(rng, g, c):
	s = name_or_core(rng, c)
	if " County " not in s + " ":
		return None
	return s.replace(" County", rng.choice([" Co.", " Co", " Cnty",
		" Cty", " county"]), 1)


def n_dba(rng, g, c):
	"""A trade name over an LLC: typed as the trade name and its legal
	form, the owning LLC alone, or with "dba" respelt."""
	if not c["dba"]:
		return None
	r = rng.random()
	if r < .35:
		return "%s %s" % (c["core"], c["legal"])
	if r < .6:
		return c["dba"]
	return "%s %s %s" % (c["dba"], rng.choice(["dba", "DBA", "d/b/a",
		"D.B.A.", "/", "-"]), c["core"])


def n_title(rng, g, c):
	"""Dr., MD, DDS respelt, dropped, or added before an owner."""
	s = name_or_core(rng, c)
	for t, alts in (("Dr. ", ["Dr ", "Doctor ", ""]), (", MD", [" MD",
			", M.D.", " M.D.", ""]), (", DDS", [" DDS", ", D.D.S.", ""])):
		if t in s:
			return s.replace(t, rng.choice(alts), 1)
	if c["pname"] and c["sector"] in ("medical",) and c["pname"] in s:
		return s.replace(c["pname"], "Dr. " + c["pname"], 1)
	return None


def n_branch(rng, g, c):
	s = name_or_core(rng, c, .6)
	if c["sector"] in ("church", "school"):
		# A town after a church's name would read as another church.
		site = rng.choice(CHURCH_SITES)
	else:
		site = rng.choice([c["town"], rng.choice(SITES),
			rng.choice(SITES) + " " + c["town"]])
	return rng.choice(["%s - %s", "%s / %s", "%s (%s)", "%s: %s"]) % (s,
		site)


n_contact = lk.contact_row(lambda rng, c, p: rng.choice(["", "", "",
	"(office)", "(front desk)", "(owner)", "(pastor)" if c["sector"] ==
	"church" else "(manager)"]))
n_person = ck.person_row(lambda rng, c: rng.random() < .1)


n_domain = lk.domain_row(FREEMAIL)


def n_mixed(rng, g, c):
	first = rng.choice([n_legal, n_abbrev, n_saint, n_mount, n_and,
		n_possessive, n_church, n_cajun, n_nickname])(rng, g, c)
	then = rng.choice([n_typo, n_caps, n_truncated, n_lower])
	return first and then(rng, g, dict(c, name=first, core=first))


KINDS = [("exact", lk.n_exact, 11), ("caps", n_caps, 4),
	("lower", n_lower, 3), ("typo", n_typo, 8), ("two typos", n_typo2, 3),
	("legal", n_legal, 7), ("truncated", n_truncated, 4),
	("reorder", n_reorder, 3), ("abbrev", n_abbrev, 4),
	("acronym", n_acronym, 2), ("saint", n_saint, 3), ("mount", n_mount, 3),
	("and", n_and, 3), ("possessive", n_possessive, 3),
	("church", n_church, 5), ("agent", n_agent, 3),
	("nickname", n_nickname, 2), ("accents", n_accents, 2),
	("cajun", n_cajun, 3), ("county", n_county, 2), ("dba", n_dba, 2),
	("title", n_title, 2), ("branch", n_branch, 3),
	("person", n_person, 2), ("contact", n_contact, 3),
	("mixed", n_mixed, 4), ("domain", n_domain, 2)]


# ---------------------------------------------------------------- impostors
def fresh(rng, g, c):
	"""A name of the customers' own shape whose surnames, brand and
	congregation no customer draws."""
	d = make_customer(rng, 0, c["desk"], outside=True)
	if d is None or set(keys_of(d)) & g.sector_keys:
		return None
	return d["name"] if rng.random() < .7 else d["core"]


def i_church(rng, g, c):
	"""Another church: the First Baptist Church of the next town, the
	same congregation's name in another denomination, or a "Greater"
	one."""
	if c["sector"] != "church":
		return None
	s, t = c["core"], c["town"]
	if t in s:
		return s.replace(t, rng.choice(NEXT_TOWN[c["desk"]]), 1)
	if not c["cong"]:
		return None
	if rng.random() < .3 and not c["cong"].startswith("Greater"):
		return "Greater " + s
	tpl = rng.choice([x for x in TPL["church"] if x.startswith("{C}")])
	t2 = tpl.replace("{C}", c["cong"])
	return None if t2 == s else t2


def other_trade(rng, c):
	tr = rng.choice(OTHER_TRADE)
	return None if skel(tr) in skel(c["core"]) else tr


def i_trade(rng, g, c):
	"""A customer's surname (or nickname) in a trade no customer has:
	"Boudreaux Towing" beside "Boudreaux Funeral Home"."""
	word = c["nick"] or (c["surs"][0] if c["surs"] else None)
	tr = other_trade(rng, c)
	if not (word and tr):
		return None
	t = "%s%s %s" % (word, "'s" if c["nick"] or rng.random() < .3 else "",
		tr)
	return t + " LLC" if rng.random() < .25 else t


def unknown(g, p):
	"""p (given name, surname) is no listed person, either way round,
	and no customer's name holds it."""
	for n in ("%s %s" % p, "%s %s" % p[::-1]):
		if skel(n) in g.person or lk.held_by_all(g, set(skel_words(n))):
			return False
	return True


def i_agent(rng, g, c):
	"""Another agent's State Farm or Allstate office."""
	p = person(rng, group_of(rng, town_of(rng, c["desk"])))
	if not unknown(g, p):
		return None
	who = "%s %s" % (nick_of(rng, p[0]), p[1])
	if rng.random() < .7:
		return rng.choice(["%s - State Farm Insurance Agent",
			"%s State Farm", "State Farm - %s"]) % who
	return rng.choice(["%s: Allstate Insurance", "%s Allstate"]) % who


def i_surname(rng, g, c):
	"""A Census top surname in a trade no customer has."""
	tr = other_trade(rng, c)
	name = tr and "%s %s" % (rng.choice(TOP), tr)
	if name and rng.random() < .3:
		name += rng.choice([" LLC", ", Inc.", " Co."])
	return name


def i_rare(rng, g, c):
	tr = other_trade(rng, c)
	b = c["brand"]
	if not (tr and b in RARE):
		return None
	return "%s %s" % ((tr, b) if rng.random() < .3 else (b, tr))


def i_person(rng, g, c):
	female = rng.random() < .45
	p = person(rng, c["group"], female)
	if not unknown(g, p):
		return None
	return rng.choice(["", "", "", ("Mr. ", "Ms. ")[female]]) + \
		"%s %s" % (nick_of(rng, p[0]), p[1])


def i_personal(rng, g, c):
	"""A home machine of someone no customer lists."""
	given, last = p = person(rng, c["group"])
	if not unknown(g, p):
		return None
	return rng.choice(PERSONAL).format(G=given, S=last)


def i_prospect(rng, g, c):
	"""A quote or a demo for a business not (yet) a customer."""
	name = fresh(rng, g, c)
	return name and rng.choice(PROSPECT) + name


KEPT = ("id", "name", "syncro", "contacts", "assets")	# what Syncro has
IMPOSTORS = [("impostor: " + kind, f, w) for kind, f, w in (
	("same shape", fresh, 16), ("other church", i_church, 10),
	("other trade", i_trade, 10), ("other agent", i_agent, 7),
	("common surname", i_surname, 7), ("rare word", i_rare, 7),
	("person", i_person, 7), ("vendor", lk.one_of(VENDORS), 9),
	("prospect", i_prospect, 7), ("personal", i_personal, 7),
	("own staff", lk.one_of(STAFF), 6))]
BENCH = ("BENCH-%s-%02d", 8)	# each desk's bench machines
CLOCK = (1826000000, 1013, 65)	# numbered()'s start, step and minutes


def main():
	lk.desk_main("blind36", ck, population, index, KINDS, IMPOSTORS,
		KEPT, BENCH, TECHS, CLOCK)


if __name__ == "__main__":
	main()
