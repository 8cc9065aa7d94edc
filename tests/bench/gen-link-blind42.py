#!/usr/bin/env python3
# gen-link-blind42.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 26: the lead runs it once).  A US Mountain West,
# Alaska and Hawaii MSP: one Syncro account, one ScreenConnect, desks in
# Denver (DEN: Colorado), Salt Lake City (SLC: Utah), Boise (BOI: Idaho
# and eastern Oregon), Billings (BIL: Montana and Wyoming), Albuquerque
# (ABQ: New Mexico and the Four Corners), Reno (RNO: Nevada and Truckee),
# Anchorage (ANC: Alaska) and Honolulu (HNL: Hawaii).  Customers: ranches
# and feed stores ("Double R Ranch", "Lazy J Land & Cattle Co."),
# outfitters, guides, ski and rafting shops, mining and drilling
# services, ditch and irrigation companies, special districts ("Evergreen
# Fire Protection District", "Sterling Ranch Metropolitan District No. 3",
# "Gallatin County Rural Fire District No. 2"), tribal bodies, pueblos and
# Alaska Native corporations (the regional ones and the villages'),
# electric and telephone co-ops ("X Electric Cooperative", "X REA"),
# credit unions, clinics, dentists, law and CPA firms, realtors,
# breweries, motels and lodges, Hawaiian firms with the ʻokina and kahakō
# in their registered names, Hispanic New Mexico ("Baca e Hijos",
# "Hermanos Chavez Construction") and LDS-country "& Sons" firms, "dba"
# names.  Writes OUTDIR/customers.json (as Syncro's GET /customers
# returns them: id, business_name, firstname, lastname, email, phone,
# address, address_2, city, state, zip, contacts, assets), names.tsv
# (typed TAB true id or "" TAB kind TAB machine), sessions.jsonl and
# sessions-machine.jsonl through linkgen.desk_main.  Python stdlib only,
# deterministic for a seed.  Customer ids from 42000000 (below 42200000 at
# 50,000 customers: the id grows by 1 to 3 with a customer kept),
# contacts' and assets' from 42300001 (below 43000000).
#
# Where each shape comes from ("found": found with the session's search
# tool; "known": public knowledge, no search):
# - Hawaiian names (found: HRS 1-13.5, "Kahakō and ʻokina may be used in
#   the spelling of words ... in the Hawaiian language", on policyrisk.com
#   and lawserver.com; HRS 428-105 on policyrisk.com, "The letters in the
#   name of a limited liability company must be letters of the English
#   alphabet", so no LLC here carries an ʻokina or a kahakō - a Hawaiian
#   name with them is an Inc., a Ltd. or a trade name; the DCCA's
#   Business Registration Division keeps entity and trade names apart,
#   proofofgoodstanding.com): the ʻokina written U+02BB as the Pukui-Elbert
#   spelling has it, typed as nothing, as an apostrophe or a backquote; the
#   kahakō (ā ē ī ō ū) typed plain.  The words (Kamaʻāina, Kōkua, ʻOhana,
#   Mālama, Lōkahi, Hale ...) and Oʻahu, Maui, Hawaiʻi and Kauaʻi towns:
#   known.  "Ltd." after a Hawaii or Alaska corporation's name (known).
# - Special districts (found: Colorado DOLA, "Types of Title 32 Special
#   Districts: Ambulance, Fire Protection, ... Metropolitan, Park and
#   Recreation, Sanitation, Water, Water & Sanitation", on colorado.gov;
#   westernhillsfire.com "Western Hills Fire Protection District ... Title
#   32"; bijoucreekmetrodistrict.org, redtailranchmetro.com): "X Fire
#   Protection District", "X Metropolitan District No. 3" (a development's
#   districts numbered 1, 2, 3 ...), "X Metro District", "X Water &
#   Sanitation District"; water conservancy districts (Colorado, Utah) and
#   Idaho's, Montana's and Wyoming's "X County Rural Fire District No. 2":
#   known.  FPD, Metro, MD No., W&SD, WCD as typed: known.
# - Alaska Native corporations (found: alaskapublic.org "ANCSA 101", 13
#   regional and over 200 village corporations; nps.gov NACD on the
#   traditional or IRA village, the village corporation and the regional
#   corporation of one village being three bodies): the twelve regional
#   corporations' names (Arctic Slope Regional Corporation, NANA, Bering
#   Straits, Doyon, Limited, Calista, Bristol Bay, The Aleut Corporation,
#   Koniag, Chugach, Cook Inlet Region, Ahtna, Sealaska) and the villages
#   of each region: known; "X Native Corporation", "X, Inc.", "Native
#   Village of X", "X IRA Council", "X Traditional Council": known.
# - Tribes and pueblos (known): the nineteen pueblos of New Mexico
#   ("Pueblo of Acoma", "Acoma Pueblo"), the region's tribes (Southern
#   Ute, Ute Mountain Ute, Shoshone-Bannock, Nez Perce, Crow, Northern
#   Cheyenne, Blackfeet, Eastern Shoshone, Northern Arapaho, Pyramid Lake
#   Paiute, Jicarilla Apache, Mescalero Apache ...), "Tribal Council",
#   "Housing Authority", "Tribal Enterprises".
# - Co-ops (known): the region's rural electric associations and
#   co-operatives ("X Electric Association", "X REA", "X Electric Co-op",
#   "X Telephone Cooperative"), a co-op's power and telephone arms being
#   two bodies.
# - Ranches (known): cattle-brand names read aloud (Double R, Lazy J, Bar
#   X, Rocking M, Flying W, Quarter Circle A, Triple S, Running T ...);
#   "Land & Cattle Co.", "Land & Livestock", "Angus", "Feed & Supply"; a
#   brand is registered per state (each state's brand board), so the same
#   brand's ranch in another state is another ranch.
# - Ditch and irrigation companies (known): Colorado's and Utah's mutual
#   ditch and canal companies ("X Ditch Company", "X Irrigation Company",
#   "X Canal Company", "X Water Users Association").
# - Names (known): the 2010 Census's commonest surnames; Utah's and
#   Idaho's Mormon pioneer and Scandinavian surnames (Christensen, Jensen,
#   Allred, Bingham, Hatch, Kimball, Lyman, Nuttall ...) and their "&
#   Sons"; New Mexico's Hispano surnames (Baca, Chavez, Martinez, Gallegos,
#   Lucero, Montoya, Trujillo, Vigil, Archuleta ...; Peña, Ibáñez, Montaño
#   with their letters) and "Hermanos", "e Hijos"; the Basque surnames of
#   Boise and Elko (Echeverria, Uberuaga, Bengoechea ...); Hawaii's
#   Hawaiian, Japanese, Chinese, Filipino and Portuguese surnames; Alaska
#   Native and Russian Orthodox surnames (Merculief, Kvasnikoff, Shangin,
#   Ahmaogak, Kaleak ...).
# - Legal forms (known): Inc., LLC, PLLC and PC (law, CPA, dental and
#   medical firms), Co., Corp., Ltd. (Hawaii and Alaska), "dba" between an
#   owner's entity and its trade name ("Smith Holdings LLC dba Powder Peak
#   Ski Shop", "d/b/a").
# - Keyboard: US QWERTY (known), linkgen.Typo's slips.
# - Places (known): the desks' towns and counties (Alaska's boroughs),
#   USPS state codes (CO, UT, ID, MT, WY, NM, NV, AK, HI, and OR, CA);
#   a town of one name in two states (Las Vegas NM and NV).
#
# Real-row kinds (shares in KINDS): exact, caps, lower, typo, two typos,
# truncated, reorder, abbrev (Dist., Assn., Mtn., Svc., Co-op, Elec., Tel.,
# Ctr., Bros., Hnos., Natl., Irr.), acronym, legal (dropped, respelt,
# another form), branch (Shop, Yard, Station 2, a town), state (", CO",
# " (MT)", " - Bozeman MT", the state's name), contact, person, domain,
# mixed; and this region's own: diacritics (the ʻokina dropped, an
# apostrophe or a backquote for it, the kahakō dropped; Peña as Pena),
# district (Fire Protection District as FPD / Fire Prot. Dist. / Fire
# District, Metropolitan as Metro / MD, No. 3 as #3 / No 3, Water &
# Sanitation as W&S, Water Conservancy District as WCD, Rural Fire
# District as RFD), native (Native Corporation as Native Corp. / Corp,
# "Native Village of X" as "X Native Village" / "NV of X", Pueblo of X as
# X Pueblo / Pueblo de X, "X Pueblo Housing Authority" as "X Housing
# Authority", a tribe as "X Tribes" / "X Tribal Office", "X Tribal Court"
# as "X Tribe Court", a regional corporation by its short name: ASRC,
# NANA, BSNC, CIRI, BBNC), coop (Electric Cooperative as Co-op / Coop / Elec.
# Coop, REA as Rural Electric Association and back), ranch (Double R as RR
# / Dbl R, Bar X as Bar-X, "Land & Cattle Co." as L&C / Land and Cattle),
# dba (the trade name alone, the owner's entity alone, "d/b/a", "DBA",
# "Trade (Entity)"), hispano (Hermanos as Hnos. / Bros., e Hijos as &
# Hijos / y Hijos / e Hijo / and Sons, the ñ and accents dropped), sons (& Sons as and Sons / & Son / Sons).
# Impostors (about 37% of rows): same shape (a fresh name of the
# customers' templates, its words from an outside block), other number
# (the same metro or fire district with another number), other county
# (a county's district or credit union of another county of the state),
# other body (the same place's or co-op's other body: "X Sanitation
# District" beside "X Fire Protection District", "X Telephone
# Cooperative" beside "X Electric Cooperative", a tribe's housing
# authority beside its council, a village's tribe beside its
# corporation), regional (the regional corporation of a village
# corporation's region, or a village corporation of a regional one's
# region), other state (a ranch brand of a customer in another state: "Lazy
# J Ranch of Big Timber, MT" for Lazy J Ranch of Kremmling CO), hawaiian
# word (a customer's Hawaiian word in a trade no customer has), other
# trade, common surname, rare word, person, vendor, prospect, personal,
# own staff.
#
# Machines are linkgen.machine's: 72% of real rows on an asset of their
# customer, 4% on another's; an impostor on an unknown DESKTOP-/LAPTOP-,
# on a role name several customers share (18%) or, own staff, on a bench.
#
# Labels: rows label-audit.py doubts are drawn again, and so are
# impostors that, read through this generator's skeleton (accents,
# ʻokina and apostrophes folded, legal forms, "Co." / "County", "the",
# "of", "and", "No." and "#" dropped, number words as digits, FPD / REA /
# Metro / Co-op ... expanded, doubled letters single), are a customer's
# name, or a form of it (less its legal form, its trade name or owner
# entity of a dba), or hold all its words less one, or hold a listed
# person's full name (linkgen.Checks, parts_known and pairs).  A person's
# name is a real row only when that whole name is one customer's contact
# only.
import itertools
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linkgen as lk  # noqa: E402

OK = "\u02bb"	# the ʻokina

# ---------------------------------------------------------------- places
# Each desk: its state, then "town/county/area/ZIP head/weight" records
# split by ";" (another state's town as "WY:Casper/..."); the first town
# is the desk's city.
TOWNS = {
	"DEN": ("CO", """Denver/Denver/303/802/8; Aurora/Arapahoe/303/800/2;
		Lakewood/Jefferson/303/802/1; Golden/Jefferson/303/804/1;
		Evergreen/Jefferson/303/804/1; Boulder/Boulder/303/803/2;
		Longmont/Boulder/303/805/1; Fort Collins/Larimer/970/805/2;
		Greeley/Weld/970/806/2; Loveland/Larimer/970/805/1;
		Castle Rock/Douglas/303/801/1; Parker/Douglas/303/801/1;
		Colorado Springs/El Paso/719/809/3; Pueblo/Pueblo/719/810/2;
		Grand Junction/Mesa/970/815/2; Glenwood Springs/Garfield/970/816/1;
		Steamboat Springs/Routt/970/804/1; Breckenridge/Summit/970/804/1;
		Kremmling/Grand/970/804/1; Sterling/Logan/970/807/1;
		Alamosa/Alamosa/719/811/1; Montrose/Montrose/970/814/1;
		Gunnison/Gunnison/970/812/1; Craig/Moffat/970/816/1"""),
	"SLC": ("UT", """Salt Lake City/Salt Lake/801/841/8;
		West Valley City/Salt Lake/801/841/2; Sandy/Salt Lake/801/840/1;
		Ogden/Weber/801/844/2; Provo/Utah/801/846/2; Orem/Utah/801/840/1;
		Logan/Cache/435/843/2; St. George/Washington/435/847/2;
		Cedar City/Iron/435/847/1; Park City/Summit/435/840/1;
		Heber City/Wasatch/435/840/1; Vernal/Uintah/435/840/1;
		Price/Carbon/435/845/1; Richfield/Sevier/435/847/1;
		Moab/Grand/435/845/1; Tooele/Tooele/435/840/1;
		Brigham City/Box Elder/435/843/1; Spanish Fork/Utah/801/846/1;
		Manti/Sanpete/435/846/1"""),
	"BOI": ("ID", """Boise/Ada/208/837/8; Meridian/Ada/208/836/2;
		Nampa/Canyon/208/836/2; Caldwell/Canyon/208/836/1;
		Twin Falls/Twin Falls/208/833/2; Idaho Falls/Bonneville/208/834/2;
		Pocatello/Bannock/208/832/2; Rexburg/Madison/208/834/1;
		Coeur d'Alene/Kootenai/208/838/2; Sandpoint/Bonner/208/838/1;
		Lewiston/Nez Perce/208/835/1; Ketchum/Blaine/208/833/1;
		Salmon/Lemhi/208/834/1; Burley/Cassia/208/833/1;
		McCall/Valley/208/836/1; OR:Ontario/Malheur/541/979/1"""),
	"BIL": ("MT", """Billings/Yellowstone/406/591/8;
		Bozeman/Gallatin/406/597/2; Missoula/Missoula/406/598/2;
		Great Falls/Cascade/406/594/2; Helena/Lewis and Clark/406/596/1;
		Butte/Silver Bow/406/597/1; Kalispell/Flathead/406/599/1;
		Miles City/Custer/406/593/1; Livingston/Park/406/590/1;
		Big Timber/Sweet Grass/406/590/1; Havre/Hill/406/595/1;
		Lewistown/Fergus/406/594/1; WY:Cheyenne/Laramie/307/820/2;
		WY:Casper/Natrona/307/826/2; WY:Sheridan/Sheridan/307/828/1;
		WY:Gillette/Campbell/307/827/1; WY:Cody/Park/307/824/1;
		WY:Rock Springs/Sweetwater/307/829/1; WY:Jackson/Teton/307/830/1"""),
	"ABQ": ("NM", """Albuquerque/Bernalillo/505/871/8;
		Rio Rancho/Sandoval/505/871/2; Santa Fe/Santa Fe/505/875/3;
		Las Cruces/Doña Ana/575/880/2; Farmington/San Juan/505/874/2;
		Gallup/McKinley/505/873/1; Roswell/Chaves/575/882/1;
		Taos/Taos/575/875/1; Española/Rio Arriba/505/875/1;
		Los Lunas/Valencia/505/870/1; Belen/Valencia/505/870/1;
		Socorro/Socorro/575/878/1; Las Vegas/San Miguel/505/877/1;
		Silver City/Grant/575/880/1; Clovis/Curry/575/881/1;
		Carlsbad/Eddy/575/882/1; Hobbs/Lea/575/882/1;
		CO:Durango/La Plata/970/813/1; CO:Cortez/Montezuma/970/813/1"""),
	"RNO": ("NV", """Reno/Washoe/775/895/8; Sparks/Washoe/775/894/2;
		Carson City/Carson City/775/897/2; Elko/Elko/775/898/2;
		Winnemucca/Humboldt/775/894/1; Fallon/Churchill/775/894/1;
		Minden/Douglas/775/894/1; Ely/White Pine/775/893/1;
		Fernley/Lyon/775/894/1; Yerington/Lyon/775/894/1;
		Las Vegas/Clark/702/891/3; Henderson/Clark/702/890/1;
		Pahrump/Nye/775/890/1; Tonopah/Nye/775/890/1;
		Battle Mountain/Lander/775/898/1; CA:Truckee/Nevada/530/961/1"""),
	"ANC": ("AK", """Anchorage/Anchorage/907/995/8;
		Wasilla/Matanuska-Susitna/907/996/2;
		Palmer/Matanuska-Susitna/907/996/1;
		Fairbanks/Fairbanks North Star/907/997/3; Juneau/Juneau/907/998/2;
		Kenai/Kenai Peninsula/907/996/1; Soldotna/Kenai Peninsula/907/996/1;
		Homer/Kenai Peninsula/907/996/1; Kodiak/Kodiak Island/907/996/1;
		Bethel/Bethel/907/995/1; Nome/Nome/907/997/1;
		Kotzebue/Northwest Arctic/907/997/1; Utqiagvik/North Slope/907/997/1;
		Ketchikan/Ketchikan Gateway/907/999/1; Sitka/Sitka/907/998/1;
		Dillingham/Dillingham/907/995/1; Valdez/Chugach/907/996/1"""),
	"HNL": ("HI", """Honolulu/Honolulu/808/968/8; Pearl City/Honolulu/808/967/1;
		Kāneʻohe/Honolulu/808/967/1; Kailua/Honolulu/808/967/1;
		Waipahu/Honolulu/808/967/1; ʻEwa Beach/Honolulu/808/967/1;
		Waiʻanae/Honolulu/808/967/1; Hilo/Hawaiʻi/808/967/2;
		Kailua-Kona/Hawaiʻi/808/967/2; Waimea/Hawaiʻi/808/967/1;
		Kahului/Maui/808/967/2; Wailuku/Maui/808/967/1; Kīhei/Maui/808/967/1;
		Lahaina/Maui/808/967/1; Līhuʻe/Kauaʻi/808/967/1;
		Kapaʻa/Kauaʻi/808/967/1""")}


def town_records(desk):
	"""(town, state, county, area, ZIP head, weight) of each record."""
	state, text = TOWNS[desk]
	out = []
	for rec in text.split(";"):
		rec, st = " ".join(rec.split()), state
		if rec[2] == ":":
			st, rec = rec[:2], rec[3:]
		town, county, area, head, w = rec.split("/")
		out.append((town, st, county, area, head, int(w)))
	return out


DESKS = {d: town_records(d) for d in TOWNS}
DESK_SHARE = [("DEN", 20), ("SLC", 14), ("BOI", 10), ("BIL", 12),
	("ABQ", 12), ("RNO", 10), ("ANC", 10), ("HNL", 12)]
STATES = {"CO": "Colorado", "UT": "Utah", "ID": "Idaho", "MT": "Montana",
	"WY": "Wyoming", "NM": "New Mexico", "NV": "Nevada", "AK": "Alaska",
	"HI": "Hawaii", "OR": "Oregon", "CA": "California", "AZ": "Arizona",
	"SD": "South Dakota", "NE": "Nebraska", "TX": "Texas"}
# Ranch towns of states no desk serves (other-state impostors), and the
# desks' own towns where no customer is (same-shape impostors).
FAR_TOWNS = {"AZ": ["Prescott", "Show Low", "Kingman", "Safford"], "SD":
	["Belle Fourche", "Faith", "Philip", "Murdo"], "NE": ["Valentine",
	"Ogallala", "Alliance", "Broken Bow"], "TX": ["Alpine", "Marfa",
	"Dalhart", "Fort Stockton"], "OR": ["Burns", "John Day", "Lakeview"]}
ELSEWHERE = {"DEN": ["Salida", "Buena Vista", "Meeker", "Rangely"], "SLC":
	["Kanab", "Panguitch", "Nephi", "Delta"], "BOI": ["Weiser", "Emmett",
	"Challis", "Grangeville"], "BIL": ["Roundup", "Harlowton", "Glasgow",
	"Thermopolis"], "ABQ": ["Tucumcari", "Raton", "Truth or Consequences",
	"Mora"], "RNO": ["Lovelock", "Eureka", "Caliente", "Hawthorne"],
	"ANC": ["Seward", "Talkeetna", "Delta Junction", "Glennallen"],
	"HNL": ["Hāna", "Kaunakakai", "Nāʻālehu", "Haleʻiwa"]}
assert not {t for ts in ELSEWHERE.values() for t in ts} & \
	{t[0] for ts in DESKS.values() for t in ts}
ROADS = ["Main St", "Colfax Ave", "State St", "Center St", "Broadway",
	"Fairview Ave", "Grand Ave", "Central Ave NE", "Cerrillos Rd",
	"Virginia St", "Kietzke Ln", "Northern Lights Blvd", "Kapiʻolani Blvd",
	"Ala Moana Blvd", "County Road 12", "Frontage Rd", "Ranch Rd",
	"Canyon Rd", "Ditch Rd", "Mill Creek Rd", "US Hwy 191", "Old Hwy 40"]

# ---------------------------------------------------------------- people
SURNAMES = {
	"us": """Smith Johnson Williams Brown Jones Miller Davis Wilson
		Anderson Taylor Thomas Moore Martin Jackson Thompson White Harris
		Clark Lewis Walker Hall Young King Wright Hill Scott Adams Baker
		Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker
		Evans Edwards Collins Stewart Morris Murphy Cook Rogers Morgan
		Cooper Peterson Reed Bailey Kelly Howard Ward Cox Brooks Gray
		Hughes Price Bennett Wood Barnes Ross Henderson Jenkins Perry
		Russell Sullivan Hayes Myers Ford Graham Wallace Tucker Hunt""",
	"lds": """Christensen Jensen Larsen Nielsen Hansen Petersen Sorensen
		Rasmussen Allred Bingham Call Cannon Child Cluff Hatch Holbrook
		Kimball Lyman Nuttall Packer Pratt Richards Snow Tanner Udall
		Whitmer Woolley Gardner Hinckley Bushman Haws Jeppson Bateman
		Stucki Openshaw Hafen Leavitt Barlow Jessop Thurgood Ashby
		Ostler Sorenson Poulsen Mecham Fackrell Nebeker""",
	"hisp": """Baca Chavez Martinez Gallegos Lucero Montoya Romero
		Sandoval Trujillo Vigil Archuleta Padilla Maestas Garcia Gonzales
		Sanchez Aragon Apodaca Armijo Duran Lujan Medina Ortiz Salazar
		Tafoya Valdez Jaramillo Quintana Cordova Gurule Otero Luna Sena
		Peña Ibáñez Montaño Muñiz Ordóñez Candelaria Griego""",
	"basque": """Echeverria Etcheverry Goitiandia Aldecoa Bengoechea
		Uberuaga Yturri Arriola Elordi Larrea Ysursa Bideganeta
		Achurra Gamboa Urrutia Zubizarreta""",
	"haw": """Kahananui Kealoha Kamakana Akana Kanahele Kahale Kekumu
		Kaleikini Keawe Kalama Kapaona Kauhane Kekona Makaiwi Nakoa
		Nakamura Kaneshiro Yamamoto Higa Tanaka Fujimoto Oshiro Ching
		Wong Lum Chang Fernandes Medeiros Souza Rapozo Dela Cruz
		Domingo Pascua Agbayani Ramos Tagalog Kim Park""",
	"ak": """Merculief Kvasnikoff Shangin Zacharof Gregorioff
		Prokopeuff Chercasen Ahmaogak Kaleak Hopson Brower Itta
		Nashoalook Tocktoo Oozeva Kawagley Nanouk Nicolai Active
		Jackson Frank John Peter Evan Alexie Andrew Charlie Wassillie
		Ivanoff Kashevaroff Demientieff Sam Esmailka"""}
SURNAMES = {k: v.split() for k, v in SURNAMES.items()}
SURNAMES["haw"] = [s.replace("Dela", "Dela Cruz") for s in SURNAMES["haw"]
	if s != "Cruz"]
GIVEN = {"m": """James John Robert Michael William David Richard Joseph
		Thomas Daniel Mark Paul Steven Kevin Brian Jeff Scott Ryan Tyler
		Cody Wade Clint Dusty Brent Kent Dallin Tanner Jared Brigham
		Carlos Manuel Ramon Arturo Eloy Kimo Keoni Kainoa Kaleo Dean
		Ivan Nick""".split(),
	"f": """Mary Linda Susan Karen Lisa Michelle Amy Angela Jennifer
		Heather Jessica Kristen Brooke Shauna Kaylee McKenna Annie
		Rosa Yolanda Dolores Carmen Leilani Noelani Malia Kalena Lani
		Olga Martha Tina""".split()}
# The commonest of the region (common-surname impostors).
COMMON = ["Smith", "Jensen", "Martinez", "Garcia", "Johnson", "Christensen",
	"Baca", "Nakamura", "Miller", "Chavez", "Larsen", "Wong"]
OUT_SURNAME = ["Thibodeau", "Ouellette", "Kowalczyk", "Okonkwo", "Lindqvist",
	"Pendergrast", "Honeycutt", "Szabo", "Blodgett", "Vandermolen"]
OUT_BRAND = ["Green Mountain", "Cape Fear", "Outer Banks", "Piedmont",
	"Casco Bay", "Berkshire", "Merrimack", "Okefenokee"]
GROUPS = ("us", "lds", "hisp", "basque", "haw", "ak")
MIX = {"DEN": (70, 8, 16, 1, 2, 3), "SLC": (38, 52, 6, 1, 3, 0),
	"BOI": (50, 34, 8, 7, 1, 0), "BIL": (80, 12, 4, 1, 1, 2),
	"ABQ": (36, 4, 58, 1, 1, 0), "RNO": (60, 10, 16, 10, 3, 1),
	"ANC": (60, 4, 3, 0, 3, 30), "HNL": (20, 4, 2, 0, 74, 0)}

# ---------------------------------------------------------------- words
BRAND = {"DEN": ["Front Range", "Rocky Mountain", "Mile High", "Pikes Peak",
	"Continental Divide", "Platte River", "Arkansas Valley", "Roaring Fork",
	"Gore Range", "Sangre de Cristo", "Yampa Valley", "Poudre"],
	"SLC": ["Wasatch", "Beehive", "Deseret", "Bear River", "Uinta",
	"Cache Valley", "Red Rock", "Zion", "Bonneville", "Timpanogos"],
	"BOI": ["Treasure Valley", "Gem State", "Snake River", "Sawtooth",
	"Owyhee", "Magic Valley", "Palouse", "Selkirk", "Payette"],
	"BIL": ["Big Sky", "Yellowstone", "Beartooth", "Crazy Mountain",
	"Bighorn", "Powder River", "Wind River", "Absaroka", "Musselshell",
	"High Plains"], "ABQ": ["Sandia", "Rio Grande", "Enchanted Mesa",
	"Land of Enchantment", "Sangre de Cristo", "Jemez", "Manzano",
	"Pecos Valley", "Zia", "Mesilla Valley", "Turquoise Trail"],
	"RNO": ["Sierra", "Truckee Meadows", "Comstock", "Battle Born",
	"Silver State", "Great Basin", "Ruby Mountain", "Carson Valley",
	"Humboldt"], "ANC": ["Denali", "Chugach", "Aurora", "Kenai",
	"Tanana Valley", "Mat-Su", "Last Frontier", "Northern Lights",
	"Kodiak", "Yukon", "Arctic"],
	"HNL": ["Kamaʻāina", "Kōkua", "ʻOhana", "Mālama", "Lōkahi", "Pōmaikaʻi",
	"Hōkū", "Nāpili", "Mānoa", "Kūlia", "Pūʻolo", "Hoʻokena", "Kōnane",
	"Aloha", "Pono", "Makana", "Kuleana", "Aliʻi", "Mauka", "Makai",
	"Lanikai", "Kaʻala", "Haleakalā", "Waiʻalae", "Kapiʻolani"],
	"all": ["Mountain West", "Summit", "Timberline", "Elk Ridge",
	"Eagle", "Pioneer", "Frontier", "Heritage", "Sage", "Cottonwood",
	"Juniper", "Aspen", "Silver Creek", "Bear Creek", "Granite",
	"High Country", "Alpine", "Cedar", "Blue Sky", "Canyon"]}
RARE = ["Pika", "Ptarmigan", "Bristlecone", "Sagebrush Sparrow",
	"Chokecherry", "Kinnikinnick", "Camas", "Bitterroot", "Sego Lily",
	"Columbine",
	"Piñon", "Yucca", "Globemallow", "Larkspur", "Wolverine Gulch",
	"Horned Lark"]
BRANDS_LETTER = "ABCDEHJKLMNRSTWY"
BRAND_SHAPES = ["Double {L}", "Lazy {L}", "Bar {L}", "Rocking {L}",
	"Flying {L}", "Circle {L}", "Quarter Circle {L}", "Triple {L}",
	"Running {L}", "Diamond {L}", "{L} Bar {L2}", "{L} Lazy {L2}",
	"Hat {L}", "Box {L}", "Crazy {L}"]
RANCH_FORM = ["Ranch", "Land & Cattle Co.", "Land & Livestock", "Cattle Co.",
	"Angus", "Quarter Horses", "Guest Ranch", "Hereford Ranch",
	"Ranch Supply"]
# (region's corporation, its short name, villages of the region).
ANCSA = [("Arctic Slope Regional Corporation", "ASRC", """Point Hope
	Wainwright Kaktovik Nuiqsut Atqasuk Point Lay Anaktuvuk Pass"""),
	("NANA Regional Corporation", "NANA", """Noatak Kivalina Selawik
	Buckland Deering Ambler Kiana Noorvik Shungnak Kobuk"""),
	("Bering Straits Native Corporation", "BSNC", """Unalakleet Shaktoolik
	Koyuk Elim Golovin White Mountain Teller Brevig Mission Wales
	Shishmaref Gambell Savoonga Stebbins"""),
	("Doyon, Limited", "Doyon", """Tanana Galena Ruby Fort Yukon Beaver
	Minto Nenana Huslia Hughes Allakaket Northway Tetlin Eagle McGrath"""),
	("Calista Corporation", "Calista", """Akiak Akiachak Tuluksak
	Kwethluk Napaskiak Quinhagak Toksook Bay Hooper Bay Chevak Emmonak
	Alakanuk Mountain Village Kipnuk Kongiganak Tununak"""),
	("Bristol Bay Native Corporation", "BBNC", """Naknek King Salmon
	Togiak Manokotak Aleknagik New Stuyahok Koliganek Ekwok Levelock
	Egegik Pilot Point Iliamna Nondalton"""),
	("The Aleut Corporation", "Aleut Corp", """Unalaska Atka Nikolski
	Akutan King Cove Sand Point False Pass St. Paul St. George"""),
	("Koniag, Inc.", "Koniag", """Old Harbor Ouzinkie Akhiok Karluk
	Larsen Bay Port Lions Afognak"""),
	("Chugach Alaska Corporation", "Chugach", """Tatitlek Chenega Eyak
	Port Graham Nanwalek"""),
	("Cook Inlet Region, Inc.", "CIRI", """Tyonek Ninilchik Eklutna
	Knik Chickaloon Seldovia Salamatof"""),
	("Ahtna, Inc.", "Ahtna", """Copper Center Gakona Gulkana Chitina
	Mentasta Cantwell Tazlina"""),
	("Sealaska Corporation", "Sealaska", """Kake Angoon Hoonah Klawock
	Craig Hydaburg Klukwan Yakutat Saxman Kasaan""")]
TWO_WORD = {"Point", "Anaktuvuk", "White", "Brevig", "Fort", "Toksook",
	"Hooper", "Mountain", "King", "New", "Pilot", "Sand", "False", "St.",
	"Old", "Larsen", "Port", "Copper"}


def villages(text):
	"""The village names of a region's block: two words where the first
	is one of TWO_WORD."""
	out, ws = [], text.split()
	while ws:
		w = ws.pop(0)
		out.append(w + " " + ws.pop(0) if w in TWO_WORD and ws else w)
	return out


ANCSA = [(a, b, villages(c)) for a, b, c in ANCSA]
REGION_OF = {v: k for k, (_, _, vs) in enumerate(ANCSA) for v in vs}
PUEBLOS = ["Acoma", "Laguna", "Isleta", "Sandia", "Santa Ana", "Zia",
	"Jemez", "Cochiti", "Santo Domingo", "San Felipe", "Taos", "Picuris",
	"Nambe", "Pojoaque", "Tesuque", "Ohkay Owingeh", "Santa Clara",
	"San Ildefonso", "Zuni"]
TRIBES = {"DEN": ["Southern Ute Indian Tribe", "Ute Mountain Ute Tribe"],
	"SLC": ["Ute Indian Tribe", "Paiute Indian Tribe of Utah",
	"Skull Valley Band of Goshute"], "BOI": ["Shoshone-Bannock Tribes",
	"Nez Perce Tribe", "Coeur d'Alene Tribe", "Kootenai Tribe of Idaho"],
	"BIL": ["Crow Tribe", "Northern Cheyenne Tribe", "Blackfeet Nation",
	"Fort Peck Tribes", "Eastern Shoshone Tribe", "Northern Arapaho Tribe",
	"Chippewa Cree Tribe", "Fort Belknap Indian Community"],
	"ABQ": ["Jicarilla Apache Nation", "Mescalero Apache Tribe"],
	"RNO": ["Pyramid Lake Paiute Tribe", "Reno-Sparks Indian Colony",
	"Walker River Paiute Tribe", "Duckwater Shoshone Tribe",
	"Washoe Tribe of Nevada and California", "Te-Moak Tribe"]}
TRIBE_BODY = ["Tribal Council", "Tribal Housing Authority", "Tribal "
	"Enterprises", "Tribal Health Department", "Tribal Court", "Tribal "
	"Education Department"]
# An Alaska village's tribe (one body, whichever name it goes by) and its
# ANCSA village corporation (another): the templates of each.
VILLAGE_TRIBE = ["Native Village of {V}", "{V} IRA Council",
	"{V} Traditional Council"]
VILLAGE_CORP = ["{V} Native Corporation", "{V} Native Association",
	"{V} Village Corporation", "{V} Inc."]
DISTRICT = ["Fire Protection District", "Metropolitan District",
	"Water & Sanitation District", "Sanitation District",
	"Park & Recreation District", "Ambulance District"]
LEGAL = [("Inc.", 38), ("LLC", 40), ("Co.", 7), ("Corp.", 5),
	("Ltd.", 6), ("PLLC", 2), ("PC", 2)]
RESPELL = {"Inc.": ["Inc", "INC", "Incorporated", "Inc.,"], "LLC":
	["L.L.C.", "llc", "LLC.", "Inc."], "Co.": ["Co", "Company", "CO."],
	"Corp.": ["Corp", "Corporation", "Inc."], "Ltd.": ["Ltd", "Limited",
	"LTD", "Inc."], "PLLC": ["P.L.L.C.", "pllc", "PC"], "PC": ["P.C.",
	"PLLC", "pc"]}
# A professional firm's forms.
PRO = {"law", "cpa", "health"}
CARRIES = {"ranch": .35, "outfit": .55, "mining": .85, "trades": .75,
	"law": .85, "cpa": .8, "health": .5, "realty": .6, "brew": .8,
	"lodge": .5, "hawaii": .6, "hispano": .5}

# Templates: {B} a brand word, {S} {S2} {S3} surnames, {P} the owner, {G}
# a given name, {T} the town, {K} the county, {R} a ranch brand, {F} a
# ranch form, {N} a number, {V} an Alaska village, {Q} a pueblo, {X} a
# tribe, {Y} a tribe's body, {D} a district kind.  sector: (weight,
# desks or None for all, templates).
SECTORS = {
	"ranch": (9, "DEN SLC BOI BIL ABQ RNO", ["{R} {F}", "{R} {F}",
		"{R} Ranch", "{R} Ranch", "{S} Ranch",
		"{S} Land & Livestock", "{B} Feed & Supply", "{S} Feed Store",
		"{S} Angus", "{T} Feed & Ranch Supply", "{S} Cattle Co."]),
	"outfit": (7, None, ["{B} Outfitters", "{S} Guide Service",
		"{B} River Expeditions", "{B} Rafting", "{B} Ski & Board",
		"{T} Ski Shop", "{B} Fly Shop", "{S} Hunting & Outfitting",
		"{B} Mountain Sports", "{B} Snowmobile Tours"]),
	"mining": (5, "DEN SLC BOI BIL ABQ RNO ANC", ["{B} Drilling",
		"{S} Mining Services", "{B} Exploration", "{S} Drilling Co.",
		"{B} Assay Lab", "{B} Minerals", "{S} Oilfield Services",
		"{B} Well Service", "{S} Hot Shot Trucking"]),
	"ditch": (4, "DEN SLC BOI BIL ABQ RNO", ["{B} Ditch Company",
		"{S} Ditch Company", "{B} Irrigation Company", "{B} Canal Company",
		"{B} Reservoir Company", "{B} Water Users Association",
		"{S} Lateral Ditch Company", "{B} Acequia Association"]),
	"district": (8, "DEN SLC BOI BIL ABQ RNO", ["{T} {D}",
		"{B} Metropolitan District No. {N}", "{B} Metro District No. {N}",
		"{K} County Rural Fire District No. {N}",
		"{K} County Fire District No. {N}", "{B} {D}",
		"{K} County Water Conservancy District",
		"{B} Water Conservancy District"]),
	"tribal": (4, "DEN SLC BOI BIL ABQ RNO", ["Pueblo of {Q}",
		"{Q} Pueblo Housing Authority", "{Q} Pueblo Utility Authority",
		"{XS} {Y}", "{X}"]),
	"native": (10, "ANC", VILLAGE_TRIBE + VILLAGE_CORP + ["{RC}"]),
	"coop": (3, None, ["{B} Electric Cooperative", "{B} Electric "
		"Association", "{B} REA", "{B} Rural Electric Association",
		"{B} Telephone Cooperative", "{B} Power Cooperative",
		"{K} County Electric Cooperative"]),
	"cu": (4, None, ["{B} Federal Credit Union", "{B} Credit Union",
		"{K} County Credit Union", "{T} Teachers Credit Union",
		"{B} Community Credit Union"]),
	"health": (7, None, ["{T} Family Clinic", "{B} Medical Clinic",
		"{S} Family Dentistry", "{S} Dental", "{B} Physical Therapy",
		"{T} Community Health Center", "{B} Veterinary Clinic",
		"{S} Orthodontics", "{B} Chiropractic"]),
	"law": (5, None, ["{S} & {S2}", "{S} Law Office", "{S} {S2} & {S3}",
		"{S} Law Firm", "Law Offices of {P}", "{S} & Associates"]),
	"cpa": (5, None, ["{S} & Company CPAs", "{S} & {S2} CPAs",
		"{S} CPA", "{B} Tax & Accounting", "{S} {S2} & Co. CPAs"]),
	"realty": (5, None, ["{B} Realty", "{S} Real Estate", "{B} Properties",
		"{S} Realty Group", "{B} Land Company", "{T} Real Estate"]),
	"brew": (4, None, ["{B} Brewing Company", "{B} Brewery",
		"{B} Taproom", "{B} Distillery", "{B} Coffee Roasters",
		"{S}'s Saloon"]),
	"lodge": (5, None, ["{B} Motel", "{B} Lodge", "{T} Inn",
		"{B} Motor Lodge", "{S}'s Motel", "{B} Cabins", "{B} RV Park"]),
	"trades": (8, None, ["{S} & Sons Construction", "{S} Plumbing & "
		"Heating", "{S} Excavating", "{B} Roofing", "{S} Electric",
		"{S} & Sons", "{S} Bros. Concrete", "{B} Well Drilling",
		"{S} & Sons Welding", "{B} Log Homes"]),
	"hispano": (7, "ABQ DEN", ["{H} e Hijos", "Hermanos {H} Construction",
		"{H} Hermanos", "{H} e Hijos Construction", "{H} & Sons Roofing",
		"{H}'s Tortilla Factory", "{H} Bros. Stucco"]),
	"hawaii": (9, "HNL", ["{B} Plumbing", "{B} Landscaping", "Hale {B}",
		"{B} Construction", "{B} Electric", "{B} Realty", "{B} Farms",
		"{B} Catering", "{B} Dental", "{B} Surf Shop", "{B} Cleaning",
		"{B} Termite & Pest"])}
ROLES = {"ranch": ["OFFICE", "SCALEHOUSE", "BARN"], "outfit": ["POS1",
	"RENTALS", "BOOKING"], "mining": ["DISPATCH", "SAFETY", "FIELD-OFFICE"],
	"ditch": ["SECRETARY", "DITCH-RIDER"], "district": ["BOARD",
	"STATION1", "CLERK"], "tribal": ["COUNCIL", "ENROLLMENT", "FINANCE"],
	"native": ["SHAREHOLDER", "LANDS", "FINANCE"], "coop": ["DISPATCH",
	"BILLING", "MEMBER-SVC"], "cu": ["TELLER1", "TELLER2", "LOANS"],
	"health": ["FRONTDESK", "XRAY", "BILLING"], "law": ["PARALEGAL",
	"RECEPTION", "ATTY1"], "cpa": ["TAX1", "TAX2", "RECEPTION"],
	"realty": ["AGENT1", "FRONTDESK"], "brew": ["POS1", "TAPROOM",
	"OFFICE"], "lodge": ["FRONTDESK", "OFFICE"], "trades": ["OFFICE",
	"ESTIMATOR", "DISPATCH"], "hispano": ["OFFICE", "ESTIMATOR"],
	"hawaii": ["OFFICE", "FRONTDESK", "DISPATCH"]}
# Trades no customer has (other-trade, hawaiian-word and common-surname
# impostors).
ELSE_TRADE = ["Taxidermy", "Saddlery", "Pawn Shop", "Tattoo Studio",
	"Car Wash", "Sign Shop", "Upholstery", "Locksmith", "Dance Studio",
	"Dog Grooming", "Bowling Lanes", "Shave Ice", "Lei Stand",
	"Snow Plowing", "Gun Shop", "Boot Repair"]
TECHS = {"DEN": ["Tyler Jensen", "Maria Lucero"], "SLC": ["Dallin Hatch",
	"McKenna Allred"], "BOI": ["Cody Uberuaga", "Shauna Kimball"],
	"BIL": ["Wade Peterson", "Kaylee Brower"], "ABQ": ["Arturo Baca",
	"Yolanda Trujillo"], "RNO": ["Brent Echeverria", "Heather Ross"],
	"ANC": ["Ivan Kvasnikoff", "Annie Hopson"], "HNL": ["Keoni Kealoha",
	"Malia Nakamura"]}
VENDORS = ["Xcel Energy", "Rocky Mountain Power", "Idaho Power",
	"NorthWestern Energy", "PNM", "NV Energy", "Chugach Electric",
	"Hawaiian Electric", "CenturyLink Business", "GCI Business",
	"Hawaiian Telcom", "Comcast Business", "Colorado Department of Revenue",
	"Utah State Tax Commission", "Idaho State Tax Commission",
	"Montana DOR", "NM Taxation and Revenue", "Nevada DETR",
	"Hawaii DCCA", "Alaska DCCED", "QuickBooks Support", "Microsoft 365 "
	"Support", "Syncro Support", "Caselle Support", "Tyler Technologies"]
STAFF = ["Bench 2", "BENCH-DEN-3", "Loaner laptop 6", "Shop bench - Boise",
	"W11 image build", "Test VM 4", "Demo laptop 1", "Spare desktop 3",
	"Tyler Jensen", "Keoni Kealoha", "RMA return 14", "Loaner 9"]
PERSONAL = ["{G}'s laptop", "{G} {S} home", "Home computer", "Mom's PC",
	"Kids laptop", "Personal - {G} {S}", "{G}'s MacBook", "{G} {S} cabin"]
PROSPECT = ["Quote - ", "Quote for ", "Proposal - ", "Prospect: ",
	"Site survey - "]
SITES = ["Shop", "Yard", "Main Office", "Warehouse", "Field Office",
	"2nd Location", "Shop 2"]
OFFICES = ["Main Office", "Front Office", "Downtown Office", "Billing",
	"2nd Location"]
HALL_SITES = {"district": ["Station 2", "Station 1", "Admin Building",
	"Board Office"], "tribal": ["Admin Building", "Finance",
	"Council Chambers"], "native": ["Lands Department", "Shareholder "
	"Services", "Anchorage Office"], "coop": ["Substation", "Member "
	"Services", "Line Shop"], "ranch": ["Headquarters", "North Place",
	"Calving Barn", "Feedlot"]}

# ---------------------------------------------------------------- skeleton
LONG = {"fpd": "fire protection district", "rfd": "rural fire district",
	"prot": "protection", "dist": "district", "metro": "metropolitan",
	"wcd": "water conservancy district", "rea": "rural electric "
	"association", "coop": "cooperative", "elec": "electric", "tel":
	"telephone", "assn": "association", "mtn": "mountain", "mtns":
	"mountains", "svc": "service", "svcs": "services", "ctr": "center",
	"bros": "brothers", "hnos": "hermanos", "natl": "national", "irr":
	"irrigation", "fcu": "federal credit union", "cu": "credit union",
	"st": "saint", "ft": "fort", "mt": "mount", "dbl": "double", "qtr":
	"quarter", "lc": "land cattle", "ws": "water sanitation", "ira": "ira",
	"nv": "native village", "sd": "sanitation district", "hoa": "hoa",
	"dds": "", "cpas": "cpa", "corp": "", "limited": ""}
NUMBER_WORDS = dict(zip("one two three four five six seven eight nine ten"
	.split(), [str(n) for n in range(1, 11)]))
LONG.update(NUMBER_WORDS)
DROP = set("inc llc pllc pc corp corporation incorporated co company county "
	"ltd the of and a an no nr number dba d b y e".split())
FOLDS = [(re.compile(r"\bco-?op\b"), " cooperative "),
	(re.compile(r"\bw\s*&\s*s\b"), " water sanitation "),
	(re.compile(r"\bl\s*&\s*c\b"), " land cattle "),
	(re.compile(r"\b([a-z])(\.[a-z])+\.?"), lambda m: m.group(0)
	.replace(".", "") + " "), (re.compile(r"#\s*"), " ")]


def single(w):
	return re.sub(r"(.)\1+", r"\1", w)


def plural(x):
	"""Jensen's, Jensens, Jensen: one word."""
	return x[:-1] if len(x) > 3 and x[-1] == "s" and x[-2] != "s" else x


def _words(s):
	"""A name's skeleton words: the ʻokina and apostrophes as nothing,
	accents folded, lower case, abbreviations read long."""
	s = re.sub("['’`\u02bb\u2018]", "", s)
	s = (s if s.isascii() else lk.plain(s)).lower()
	for rx, to in FOLDS:
		s = rx.sub(to, s)
	long = (LONG.get(w, w) for w in re.findall("[a-z]+|[0-9]+", s))
	return [single(plural(x)) for w in long for x in w.split()
		if x not in DROP]


skel, skel_words, ck = lk.desk_checks(_words)

# ---------------------------------------------------------------- customers
TOWN_CUM = {d: list(itertools.accumulate(t[-1] for t in ts)) for d, ts in
	DESKS.items()}
MIX_CUM = {d: list(itertools.accumulate(m)) for d, m in MIX.items()}
SECTOR_CUM = {}
for _d in DESKS:
	_s = [k for k, v in SECTORS.items() if not v[1] or _d in v[1].split()]
	SECTOR_CUM[_d] = (_s, list(itertools.accumulate(SECTORS[k][0] for k in _s)))


def person(rng, group, women=.4):
	"""(given name, surname) of a surname group."""
	g = rng.choice(GIVEN["f" if rng.random() < women else "m"])
	return g, rng.choice(SURNAMES[group])


def group_at(rng, desk):
	return rng.choices(GROUPS, cum_weights=MIX_CUM[desk])[0]


def brand_word(rng, desk):
	"""A rare word 15%, the desk's own words, or the region's; Honolulu's
	are Hawaiian."""
	r = rng.random()
	if r < .15:
		return rng.choice(RARE)
	return rng.choice(BRAND[desk] if r < .65 or desk == "HNL" else
		BRAND["all"])


def ranch_brand(rng):
	a, b = rng.sample(BRANDS_LETTER, 2)
	return rng.choice(BRAND_SHAPES).format(L=a, L2=b)


def tribe_stem(x):
	"""A tribe's name before its bodies: "Crow" of "Crow Tribe",
	"Shoshone-Bannock" of "Shoshone-Bannock Tribes"; a "Tribe of"
	name whole."""
	return re.sub(r" (Indian )?(Tribes?|Nation)$", "", x)


def fill(tpl, v):
	t = re.sub(r"\{(\w+)\}", lambda m: v[m.group(1)], tpl)
	return re.sub(r"(?<=s)'s\b", "'", t)


def spaces_of(c, tpl, v):
	"""Where a template's number names one body: a metro district's
	numbers per its brand, a county fire district's per the county."""
	if "Metro" in tpl:
		return "metro " + skel(v["B"])
	return "fire %s %s" % (v["K"], c["state"])


def draw_values(rng, c, tpl, taken, outside):
	"""The template's fields for customer c, each drawn only when the
	template has it (a list of 50,000 customers draws many); None when
	a number is spent or two surnames are one."""
	desk, grp = c["desk"], c["group"]
	used = set(re.findall(r"\{(\w+)\}", tpl))
	owner = person(rng, grp, .3)
	v = {"B": brand_word(rng, desk), "S": owner[1], "G": owner[0],
		"P": "%s %s" % owner, "T": c["town"], "K": c["county"], "N": ""}
	tribe = rng.choice(TRIBES.get(desk, ["Ute Indian Tribe"])) if \
		used & {"X", "XS"} else ""
	later = {"S2": lambda: person(rng, group_at(rng, desk))[1],
		"S3": lambda: person(rng, grp)[1], "R": lambda: ranch_brand(rng),
		"F": lambda: rng.choice(RANCH_FORM),
		"H": lambda: rng.choice(SURNAMES["hisp"]),
		"Q": lambda: rng.choice(PUEBLOS), "X": lambda: tribe,
		"XS": lambda: tribe_stem(tribe), "D": lambda: rng.choice(DISTRICT),
		# "Washoe Tribe of Nevada and California Housing Authority"
		"Y": lambda: rng.choice(TRIBE_BODY).replace("Tribal ", "" if
			" Tribe of " in tribe else "Tribal ")}
	for k in sorted(used & set(later)):
		v[k] = later[k]()
	v["X"] = tribe
	if used & {"V", "RC"}:
		reg = ANCSA[rng.randrange(len(ANCSA))]
		v["V"], v["RC"] = rng.choice(reg[2]), reg[0]
	if outside:
		o = rng.sample(OUT_SURNAME, 3)
		v.update(S=o[0], S2=o[1], S3=o[2], H=o[2], B=rng.choice(OUT_BRAND),
			P="%s %s" % (owner[0], o[0]), T=rng.choice(ELSEWHERE[desk]))
	surs = [v[k] for k in ("S", "S2", "S3") if k in used]
	if len(set(surs)) < len(surs):
		return None
	if "{N}" in tpl:
		space = spaces_of(c, tpl, v)
		for _ in range(20):
			n = str(rng.randint(1, 14 if "Metro" in tpl else 9))
			if (space, n) not in taken:
				taken.add((space, n))
				v["N"] = n
				break
		else:
			return None
		c["space"] = space
	c["owner"] = owner	# the first contact, the name a dba goes by
	return v


def fits(tpl, town, state):
	"""Alaska has boroughs, not counties; no county fire district in
	Colorado (its fire protection districts are named); water
	conservancy districts in Colorado and Utah only."""
	if "{K} County" in tpl and (state == "AK" or town == "Carson City"):
		return False	# Carson City is its own county
	if "County" in tpl and "Fire" in tpl and state == "CO":
		return False
	return "Conservancy" not in tpl or state in ("CO", "UT")


def legal_for(rng, c, name):
	"""A legal form for a firm, None for a public body: PLLC / PC for a
	professional firm, Ltd. only in Hawaii and Alaska, no LLC for a name
	with the ʻokina or a kahakō (HRS 428-105)."""
	s = c["sector"]
	if rng.random() >= CARRIES.get(s, 0) or name.endswith(("Co.",
			"Company", "CPAs", "CPA")):
		return ""
	if s in PRO and rng.random() < .7:
		return rng.choice(["PLLC", "PC"] if s != "health" else
			["PLLC", "PC", "LLC"])
	for _ in range(6):
		f = lk.wpick(rng, LEGAL)
		if f == "Ltd." and c["state"] not in ("HI", "AK"):
			continue
		if f == "LLC" and not name.isascii():
			continue	# not the letters of the English alphabet
		if f in ("PLLC", "PC") and s not in PRO:
			continue
		return f
	return ""


DBA_ENTITY = ["{S} Holdings", "{S} Enterprises", "{S} Family Partners",
	"{B} Ventures", "{P}"]


def make_customer(rng, taken, desk=None, outside=False):
	"""A customer record, None when its draw does not fit."""
	desk = desk or lk.wpick(rng, DESK_SHARE)
	town = rng.choices(DESKS[desk], cum_weights=TOWN_CUM[desk])[0]
	secs, cum = SECTOR_CUM[desk]
	sector = rng.choices(secs, cum_weights=cum)[0]
	tpl = rng.choice(SECTORS[sector][2])
	if not fits(tpl, town[0], town[1]) or desk == "HNL" and \
			re.search(r"Ski|Snowmobile|Ditch|Cattle", tpl) or \
			"{Q}" in tpl and desk != "ABQ":	# the pueblos are New Mexico's
		return None
	c = {"id": 0, "desk": desk, "sector": sector, "town": town[0],
		"state": town[1], "county": town[2], "area": town[3],
		"zip": town[4], "group": group_at(rng, desk), "tpl": tpl,
		"space": None, "owner": None}
	if sector == "hispano":
		c["group"] = "hisp"
	v = draw_values(rng, c, tpl, taken, outside)
	if v is None:
		return None
	used = set(re.findall(r"\{(\w+)\}", tpl))
	core = fill(tpl, v)
	legal = legal_for(rng, c, core)
	name = core + rng.choice([" ", " ", ", "]) + legal if legal else core
	dba = None
	if not legal and sector in ("outfit", "brew", "lodge", "trades",
			"realty", "hawaii") and rng.random() < .12:
		ent = fill(rng.choice(DBA_ENTITY), v)
		if ent != v["P"]:
			ent += " " + rng.choice(["LLC", "Inc."]) if lk.latin(ent) == ent \
				else " Inc."
		dba = ent
		name = "%s %s %s" % (ent, rng.choice(["dba", "dba", "DBA",
			"d/b/a"]), core)
	surs = [v[k] for k in ("S", "S2", "S3", "H") if k in used]
	if "P" in used or (dba and "{P}" in dba):
		surs.append(c["owner"][1])
	c.update(name=name, core=core, legal=legal, dba=dba, num=v["N"] or None,
		brand=v["B"] if "B" in used else None,
		rbrand=v["R"] if "R" in used else None, surs=surs,
		owner=c["owner"] if used & {"S", "P", "H"} or dba else None,
		pname=v["P"] if "P" in used else None,
		village=v["V"] if "V" in used else None,
		region=v["RC"] if "RC" in used else None,
		pueblo=v["Q"] if "Q" in used else None,
		tribe=v["X"] if used & {"X", "XS"} else None,
		district=v["D"] if "D" in used else None,
		in_town="T" in used, in_county="K" in used)
	return c


def named_by(c):
	"""The (sector, skeleton word) pairs of the words that name a
	customer: a same-shape impostor may share none."""
	ws = [c["brand"], c["rbrand"], c["village"], c["pueblo"], c["tribe"],
		c["region"]] + \
		c["surs"] + [c["in_town"] and c["town"], c["in_county"] and
		c["county"]]
	ws = [w for w in ws if w] or [c["core"]]
	return [(c["sector"], skel(w)) for w in ws]


def forms(c):
	"""The names a customer goes by: its name, its core, a dba's entity
	(and the entity less its legal form), a pueblo's two spellings, a
	regional corporation's short name, each name of a village's tribe or
	of its corporation."""
	out = [c["name"], c["core"]]
	if c["dba"]:
		out += [c["dba"], re.sub(r" (LLC|Inc\.)$", "", c["dba"])]
	if c["pueblo"] and c["core"] == "Pueblo of " + c["pueblo"]:
		out.append(c["pueblo"] + " Pueblo")
	if c["region"]:	# "BBNC" is Bristol Bay Native Corporation
		out.append(SHORT_REGION[c["region"]])
	# A village's tribe goes by each of its names, its corporation too:
	# no two customers are one body.
	for tpls in (VILLAGE_TRIBE, VILLAGE_CORP):
		if c["village"] and c["tpl"] in tpls:
			out += [fill(t, {"V": c["village"]}) for t in tpls]
	return out


def contacts(rng, c, ids):
	ps = [c["owner"]] if c["owner"] else []
	for _ in range(rng.randint(0, 3)):
		ps.append(person(rng, c["group"] if rng.random() < .6 else
			group_at(rng, c["desk"])))
	return [lk.contact(ids, a, b, c["domain"], lk.latin) for a, b in ps]


def assets(rng, c, ids, shared):
	"""linkgen's asset names from the core's words (the ʻokina and
	kahakō gone: Windows names are ASCII) and the town's."""
	ascii_core = lk.latin(c["core"].replace(OK, "")).upper()
	words = [w for w in re.findall(r"[A-Z0-9]+", ascii_core)
		if len(w) > 2 and w.lower() not in DROP]
	town = "".join(re.findall("[A-Z]", lk.latin(c["town"].replace(OK,
		"")).upper()))

	def given(r):
		return lk.latin(person(r, c["group"])[0]).upper()[:10]
	return lk.asset_names(rng, ids, words, town, ROLES[c["sector"]],
		shared, given)


def address(rng, c):
	return {"address": "%d %s" % (rng.randint(10, 99999 if c["state"] in
		("MT", "WY", "NM") else 9999), rng.choice(ROADS)),
		"address_2": rng.choice([None, None, None, "Suite %d" %
		rng.randint(100, 400), "Unit %d" % rng.randint(1, 12), "PO Box %d"
		% rng.randint(10, 999)]), "city": c["town"], "state": c["state"],
		"zip": "%s%02d" % (c["zip"], rng.randint(1, 99))}


FREE = ("gmail", "yahoo", "hotmail", "outlook", "q", "gci", "hawaiiantel",
	"msn")
TLD = {"district": ".org", "tribal": ".gov", "native": ".com", "coop":
	".coop", "cu": ".org", "ditch": ".org"}


def domain(rng, c, taken):
	"""The customer's own domain (a free mailbox for a third of the small
	firms: Q for Qwest, GCI, Hawaiian Tel), a digit more where taken."""
	s = c["sector"]
	if rng.random() < .33 and s not in ("district", "tribal", "native",
			"coop", "cu"):
		return rng.choice(FREE) + (".net" if rng.random() < .4 else ".com")
	word = c["brand"] or c["rbrand"] or c["village"] or c["pueblo"] or \
		c["tribe"] or (c["surs"] or [""])[0] or c["town"]
	base = re.sub("[^a-z0-9]", "", lk.latin(word.replace(OK, "")).lower())
	base = (base[:14] or "mail") + {"district": "district", "coop":
		"electric" if "Electric" in c["core"] else "", "native": "corp",
		"law": "law", "cpa": "cpa", "ranch": "ranch"}.get(s, "")
	tld = TLD.get(s, rng.choice([".com", ".com", ".net", ".biz"]))
	return lk.numbered_domain(base, tld, taken)


def population(rng, n):
	g = lk.G()
	g.custs, seen, shared, taken, doms = [], set(), set(), set(), set()
	ids = iter(range(42300001, 42999999))
	cid = 42000000
	while len(g.custs) < n:
		c = lk.draw_unseen(lambda: make_customer(rng, taken),
			lambda c: {skel(f) for f in forms(c)} if c else {""}, seen, 60)
		if not c:
			continue
		c["id"] = cid = cid + rng.randint(1, 3)
		c["domain"] = domain(rng, c, doms)
		lk.add_customer(rng, g, c, ids, shared, address, contacts, assets)
		head = (c["contacts"] or [{}])[0]
		for k in ("firstname", "lastname", "email"):
			c["syncro"][k] = head.get(k)
		c["syncro"]["phone"] = "(%s) %03d-%04d" % (c["area"],
			rng.randint(201, 989), rng.randint(0, 9999))
	g.shared = sorted(shared)
	return g


def index(g):
	"""linkgen's indexes, the words each sector is named by, the numbers
	taken in each space, the ranch brands of each state and the regional
	corporations and villages that are customers."""
	g.named, g.nums, g.brands = set(), set(), set()

	def each(g, c):
		g.named.update(named_by(c))
		if c["num"]:
			g.nums.add((c["space"], c["num"]))
		if c["rbrand"]:
			g.brands.add((skel(c["rbrand"]), c["state"]))
	lk.index_customers(ck, g, forms, each)


# ---------------------------------------------------------------- typing
n_typo = lk.Typo(lk.US_KEYS).n_core_typo
n_typo2 = lk.Typo(lk.US_KEYS).n_core_typo2
name_or_core = lk.name_or_core


def n_caps(rng, g, c):
	"""In capitals, as an old billing system or caps lock keeps it."""
	return name_or_core(rng, c, .45).upper()


def n_lower(rng, g, c):
	"""In lower case, its dots, commas and apostrophes gone 40% of the
	time."""
	low = name_or_core(rng, c, .55).lower()
	if rng.random() < .4:
		low = re.sub(r"[.,'\u02bb]", "", low)
	return low


def n_truncated(rng, g, c):
	"""linkgen's cut, keeping a district's number and the village,
	pueblo, town or county that tells one body from another."""
	cut = lk.n_truncated(rng, g, c)
	keep = [re.escape(w) for w in (c["village"], c["pueblo"], c["in_town"]
		and c["town"], c["in_county"] and c["county"]) if w]
	if c["num"]:
		keep.append(r"(?<!\d)%s(?!\d)" % c["num"])
	return cut if cut and all(re.search(k, cut) for k in keep) else None


def n_reorder(rng, g, c):
	"""The leading town, brand or surname moved last: "Fire Protection
	District, Evergreen", "Ranch - Double R"."""
	s = c["core"]
	for w in [c["town"] if c["in_town"] else None, c["brand"],
			c["rbrand"], c["village"]] + c["surs"]:
		if w and s.startswith(w + " ") and len(s) > len(w) + 6 and \
				s[len(w) + 1] not in "&-,'":
			return s[len(w) + 1:] + rng.choice([", ", " - ", " "]) + w
	m = re.match(r"Pueblo of (.+)$", s)
	return m and "%s, Pueblo of" % m.group(1)


SHORT = [("District", "Dist."), ("Association", "Assn."), ("Mountain",
	"Mtn."), ("Service", "Svc."), ("Cooperative", "Co-op"), ("Electric",
	"Elec."), ("Telephone", "Tel."), ("Center", "Ctr."), ("Brothers",
	"Bros."), ("Hermanos", "Hnos."), ("National", "Natl."), ("Irrigation",
	"Irr."), ("Federal Credit Union", "FCU"), ("Company", "Co."),
	("Saint", "St."), ("Fort", "Ft."), ("Mount", "Mt.")]


def short_for(t, long, short):
	m = re.search(r"(?<!\w)%s(?!\w)" % re.escape(long), t)
	if m:
		return t[:m.start()] + short + t[m.end():]
	if short in ("Bros.", "St.", "Mt.", "Ft.") and short in t:
		return t.replace(short, long, 1)
	return t


n_abbrev = lk.abbrev_row(SHORT, short_for,
	lambda rng, t: t.replace(".", "") if rng.random() < .3 else t)
UNSAID = set("of the and inc llc pllc pc co corp company ltd e y".split())


def n_acronym(rng, g, c):
	"""A name of three words or more, no person's nor number's, by its
	initials: "Front Range Fire Protection District" as "FRFPD"."""
	if c["pname"] or c["num"] or c["dba"] or c["sector"] in ("law",
			"cpa"):
		return None
	ws = [w for w in re.split(r"[\s&,/-]+", c["core"].replace(OK, ""))
		if w and w[0].isalpha() and w.lower().strip(".") not in UNSAID]
	return lk.initials(rng, ws) if len(ws) > 2 else None


def legal_other(rng, c, r):
	"""The form respelt (85%) or in capitals without its dots, after the
	core and a space or a comma."""
	form = rng.choice(RESPELL[c["legal"]]) if r < .85 else \
		c["legal"].replace(".", "").upper()
	return c["core"] + rng.choice([" ", ", "]) + form


n_legal = lk.legal_row(legal_other)


def n_branch(rng, g, c):
	s = name_or_core(rng, c, .6)
	sites = HALL_SITES.get(c["sector"]) or (SITES if c["sector"] in
		("mining", "trades", "ditch", "outfit", "hispano") else OFFICES)
	site = rng.choice(sites if c["in_town"] or rng.random() < .6 else
		[c["town"].replace(OK, "")])
	return rng.choice(["%s - %s", "%s (%s)", "%s / %s", "%s: %s"]) % (s,
		site)


def n_state(rng, g, c):
	"""The customer's own state after its name: ", CO", " (MT)",
	" - Bozeman MT", " Wyoming"."""
	s, st = name_or_core(rng, c, .6), c["state"]
	r = rng.random()
	if r < .35:
		return "%s, %s" % (s, st)
	if r < .55:
		return "%s (%s)" % (s, st)
	if r < .85 and c["town"] not in s:
		return "%s - %s %s" % (s, lk.plain(c["town"].replace(OK, "")), st)
	return "%s %s" % (s, STATES[st])


def n_contact_honor(rng, c, p):
	return rng.choice(["", "", "", "(office)", "(owner)", "(manager)" if
		c["sector"] not in ("district", "tribal", "native", "ditch") else
		"(board)"])


n_contact = lk.contact_row(n_contact_honor)
n_person = ck.person_row(lambda rng, c: rng.random() < .1)
n_domain = lk.domain_row(FREE)


def unhawaiian(rng, s):
	"""The ʻokina as nothing, an apostrophe or a backquote; the kahakō
	dropped (or kept where the ʻokina alone goes)."""
	ok = rng.choice(["", "", "'", "`", "’"])
	t = s.replace(OK, ok)
	return lk.plain(t) if rng.random() < .85 else t


def n_diacritics(rng, g, c):
	"""A name with the ʻokina, a kahakō or a Spanish letter typed on a
	US keyboard: "Kamaaina Plumbing", "Kama'aina Plumbing", "Pena e
	Hijos"."""
	s = name_or_core(rng, c, .5)
	if s.isascii():
		return None
	t = unhawaiian(rng, s)
	return t if t != s else None


DISTRICT_TYPED = [("Fire Protection District", ["FPD", "Fire Prot. Dist.",
	"Fire District", "Fire Protection Dist", "F.P.D."]),
	("Metropolitan District No.", ["Metro District #", "Metro Dist. No.",
	"Metropolitan District #", "MD No.", "Metro District No"]),
	("Metro District No.", ["Metropolitan District No.", "Metro Dist #",
	"Metro District #"]), ("Metropolitan District", ["Metro District",
	"Metro Dist.", "Metro"]), ("Water & Sanitation District", ["W&S "
	"District", "Water and Sanitation District", "W&SD", "Water & San "
	"Dist."]), ("Sanitation District", ["San. District", "Sanitation "
	"Dist."]), ("Rural Fire District No.", ["RFD #", "Rural Fire Dist. "
	"No.", "Rural Fire #"]), ("Fire District No.", ["Fire Dist. #",
	"Fire District #", "Fire Dist No."]), ("Water Conservancy District",
	["WCD", "Water Conservancy Dist.", "Conservancy District"]),
	("Park & Recreation District", ["Park and Rec District", "Parks & "
	"Rec", "P&R District"]), ("Ambulance District", ["Ambulance Dist."])]


def typed_as(table, sector):
	"""A row kind for sector: the first of table's (long, [typed ...])
	whose long the core holds, typed one of its ways."""
	def turn(rng, g, c):
		s = c["core"]
		hit = c["sector"] == sector and next((x for x in table
			if x[0] in s), None)
		return hit and re.sub(r"#\s+", "#", s.replace(hit[0],
			rng.choice(hit[1]), 1))
	return turn


# A special district as its board and staff type it.
n_district = typed_as(DISTRICT_TYPED, "district")


SHORT_REGION = {a: b for a, b, _ in ANCSA}


def n_native(rng, g, c):
	"""An Alaska Native body or a pueblo as typed: "Tyonek Native Corp",
	"Tyonek Native Village", a pueblo both ways round, a regional
	corporation by its short name."""
	s = c["core"]
	if c["sector"] == "native":
		if c["region"]:
			return SHORT_REGION[s] if rng.random() < .6 else \
				s.replace("Corporation", "Corp.")
		v = c["village"]
		if s.endswith("Native Corporation"):
			return s.replace("Corporation", rng.choice(["Corp.", "Corp",
				"Corp. (ANCSA)"]))
		if s.startswith("Native Village of "):
			return rng.choice(["%s Native Village", "NV of %s",
				"Native Village - %s", "Village of %s"]) % v
		if s.endswith("Inc."):
			return rng.choice(["%s Incorporated", "%s Inc", "%s, Inc."]) % v
		if "Council" in s:
			return s.replace("Council", rng.choice(["Cncl", "Council Office",
				"Tribal Council"]))
		return None
	if c["pueblo"]:
		q = c["pueblo"]
		if s == "Pueblo of " + q:
			return rng.choice(["%s Pueblo", "Pueblo de %s", "%s Pueblo NM"]) \
				% q
		return s.replace(" Pueblo ", rng.choice([" ", " Pueblo - "]), 1)
	if c["tribe"] and s == c["tribe"] and " Tribe" in s:
		return s.replace(" Tribe", rng.choice([" Tribes", " Tribal Govt",
			" Tribal Office"]), 1)
	if c["tribe"] and " Tribal " in s:	# "Crow Tribal Court" as "Crow
		return s.replace(" Tribal ", " Tribe ", 1)	# Tribe Court"
	return None


COOP_TYPED = [("Electric Cooperative", ["Electric Co-op", "Elec. Coop",
	"Electric Coop", "Electric Co-Op Inc."]), ("Rural Electric Association",
	["REA", "R.E.A.", "Rural Electric Assn."]), (" REA", [" Rural Electric "
	"Association", " R.E.A.", " Rural Electric"]), ("Electric "
	"Association", ["Electric Assn.", "Electric Assoc.", "Elec. Assn."]),
	("Telephone Cooperative", ["Telephone Co-op", "Tel. Coop",
	"Telephone Coop"]), ("Power Cooperative", ["Power Co-op",
	"Power Coop"])]


n_coop = typed_as(COOP_TYPED, "coop")


def n_ranch(rng, g, c):
	"""A ranch's brand or form as typed: Double R as RR / Dbl R, Bar X as
	Bar-X, "Land & Cattle Co." as "L&C" / "Land and Cattle"."""
	s = c["core"]
	if c["rbrand"]:
		b = c["rbrand"]
		m = re.match(r"(Double|Triple|Bar|Lazy|Circle|Rocking|Flying) (\w)$",
			b)
		alts = []
		if m and m.group(1) == "Double":
			alts = [m.group(2) * 2, "Dbl %s" % m.group(2), "Double-%s" %
				m.group(2)]
		elif m and m.group(1) == "Triple":
			alts = [m.group(2) * 3, "3 %s" % m.group(2)]
		elif m:
			alts = ["%s-%s" % m.groups(), "%s %s" % (m.group(1), m.group(2)
				.lower())]
		for long, short in (("Land & Cattle Co.", ["L&C", "Land and "
				"Cattle", "Land & Cattle Company"]), ("Cattle Co.",
				["Cattle Company", "Cattle"]), ("Land & Livestock",
				["Land and Livestock", "L&L"])):
			if long in s:
				alts.append(s.replace(long, rng.choice(short)).replace(b,
					"\0"))
		if not alts:
			return None
		t = rng.choice(alts)
		return t.replace("\0", b) if "\0" in t else s.replace(b, t, 1)
	if "Land & Livestock" in s or "Feed & " in s:
		return s.replace(" & ", rng.choice([" and ", "&", " n "]), 1)
	return None


def n_dba(rng, g, c):
	"""A dba customer by its trade name alone, its owner's entity alone,
	or both another way: "Powder Peak Ski Shop (Smith Holdings LLC)"."""
	if not c["dba"]:
		return None
	e, t = c["dba"], c["core"]
	return rng.choice([t, e, "%s d/b/a %s" % (e, t), "%s DBA %s" % (e, t),
		"%s (%s)" % (t, e), "%s - %s" % (t, re.sub(r" (LLC|Inc\.)$", "",
		e))])


HISPANO = [("Hermanos ", ["Hnos. ", "Hnos ", "Hermanos "]),
	(" Hermanos", [" Hnos.", " Hnos", " Bros.", " Brothers"]),
	("e Hijos", ["& Hijos", "y Hijos", "e Hijo", "and Sons"])]


def n_hispano(rng, g, c):
	if c["sector"] != "hispano":
		return None
	s = name_or_core(rng, c, .6)
	for long, alts in HISPANO:
		if long in s:
			t = s.replace(long, rng.choice(alts), 1)
			return lk.plain(t) if rng.random() < .5 else t
	return lk.plain(s) if not s.isascii() else None


def n_sons(rng, g, c):
	"""& Sons as and Sons, & Son, Sons, & Sons Inc typed apart."""
	s = name_or_core(rng, c, .6)
	if "& Sons" not in s:
		return None
	return s.replace("& Sons", rng.choice(["and Sons", "& Son", "Sons",
		"and Son", "&Sons", "& Sons Co"]), 1)


def n_mixed(rng, g, c):
	first = rng.choice([n_legal, n_abbrev, n_district, n_native, n_coop,
		n_ranch, n_diacritics, n_sons])(rng, g, c)
	if not first:
		return None
	then = rng.choice([n_typo, n_caps, n_lower, n_truncated])
	return then(rng, g, dict(c, core=first, name=first))


KINDS = [("exact", lk.n_exact, 11), ("typo", n_typo, 8),
	("two typos", n_typo2, 3), ("caps", n_caps, 4), ("lower", n_lower, 3),
	("truncated", n_truncated, 4), ("reorder", n_reorder, 2),
	("legal", n_legal, 6), ("abbrev", n_abbrev, 5), ("acronym", n_acronym,
	2), ("branch", n_branch, 3), ("state", n_state, 3),
	("diacritics", n_diacritics, 5), ("district", n_district, 4),
	("native", n_native, 3), ("coop", n_coop, 2), ("ranch", n_ranch, 3),
	("dba", n_dba, 2), ("hispano", n_hispano, 2), ("sons", n_sons, 2),
	("contact", n_contact, 3), ("mixed", n_mixed, 4),
	("person", n_person, 2), ("domain", n_domain, 2)]


# ---------------------------------------------------------------- impostors
def i_fresh(rng, g, c):
	"""A name of the customers' shape made of words no customer has."""
	d = make_customer(rng, set(), c["desk"], outside=True)
	if not d or d["village"] or d["pueblo"] or d["tribe"] or \
			set(named_by(d)) & g.named or (d["space"], d["num"]) in g.nums:
		return None
	return d["name"] if rng.random() < .7 else d["core"]


def i_number(rng, g, c):
	"""The same metro or county fire district with another number: "Sterling
	Ranch Metropolitan District No. 12" beside No. 3 (two digits off
	at least: one off is a slip the audit reads as the customer's)."""
	if not c["num"]:
		return None
	m = str(rng.randint(1, 24))
	if lk.la.within1(m, c["num"]) or (c["space"], m) in g.nums:
		return None
	t = re.sub(r"No\. %s$" % c["num"], rng.choice(["No. %s", "#%s"]) % m,
		c["core"])
	return t if t != c["core"] else None


def i_county(rng, g, c):
	"""A county's district, co-op or credit union of another county of
	the same state: "Park County Rural Fire District No. 2" for Gallatin
	County's."""
	if not c["in_county"]:
		return None
	others = sorted({t[2] for ts in DESKS.values() for t in ts if t[1] ==
		c["state"] and t[2] not in (c["county"], "Carson City")})
	if not others:
		return None
	return c["core"].replace(c["county"] + " County", rng.choice(others) +
		" County", 1)


OTHER_BODY = {"Fire Protection District": ["Sanitation District",
	"Metropolitan District", "Library District", "Cemetery District"],
	"Electric Cooperative": ["Telephone Cooperative", "Propane"],
	"Electric Association": ["Telephone Cooperative"],
	"Telephone Cooperative": ["Electric Cooperative"],
	"Tribal Council": ["Tribal Housing Authority", "Tribal Gaming "
	"Commission", "Tribal Police Department"], "Tribal Housing Authority":
	["Tribal Council", "Tribal Gaming Commission"], "Native Corporation":
	["Tribal Council", "IRA Council"], "Metropolitan District":
	["Homeowners Association", "Fire Protection District"]}


def i_body(rng, g, c):
	"""The same place's, co-op's, tribe's or village's other body: "X
	Sanitation District" beside "X Fire Protection District", "Native
	Village of Tyonek" beside Tyonek Native Corporation."""
	s = c["core"]
	if s.startswith("Native Village of "):
		return "%s Native Corporation" % c["village"]
	if c["pueblo"]:	# not its council: that is the Pueblo itself
		return "%s Pueblo %s" % (c["pueblo"], rng.choice([b for b in (
			"Housing Authority", "Utility Authority", "Day School",
			"Gaming Enterprise") if b not in s]))
	for long, alts in OTHER_BODY.items():
		if long in s:
			t = re.sub(r" No\. \d+$", "", s.replace(long, rng.choice(alts)))
			if c["village"] and "Native Corporation" in s and \
					rng.random() < .5:
				t = "Native Village of " + c["village"]
			return t
	if c["tribe"] and s == c["tribe"]:
		return "%s Tribal %s" % (tribe_stem(s), rng.choice(["Housing "
			"Authority", "Gaming Commission", "Court"]))
	return None


def i_regional(rng, g, c):
	"""A village corporation's regional corporation, or a village
	corporation of a regional one's region: "Cook Inlet Region, Inc." for
	"Tyonek Native Corporation"."""
	if c["sector"] != "native":
		return None
	for name, short, vs in ANCSA:
		if c["region"] == name:
			return "%s Native Corporation" % rng.choice(vs)
	v = c["village"]
	if v not in REGION_OF:
		return None
	name, short, _ = ANCSA[REGION_OF[v]]
	return rng.choice([name, name, short])


def i_state(rng, g, c):
	"""A customer's ranch brand in another state: "Lazy J Ranch of
	Sheridan, WY" for Lazy J Ranch of Kremmling CO - a brand is
	registered per state, so it is another outfit."""
	if not c["rbrand"]:
		return None
	st = rng.choice([s for s in FAR_TOWNS if s != c["state"]] +
		[s for s in ("MT", "WY", "CO", "ID", "NM") if s != c["state"]])
	if (skel(c["rbrand"]), st) in g.brands:
		return None	# that state's own customer of the brand
	town = rng.choice(FAR_TOWNS.get(st) or [t[0] for ts in DESKS.values()
		for t in ts if t[1] == st])
	r = rng.random()
	if r < .5:
		return "%s of %s, %s" % (c["core"], town, st)
	if r < .7:
		return "%s %s" % (STATES[st], c["core"])
	return "%s Ranch %s %s" % (c["rbrand"], town, STATES[st])


other_trade = lk.trade_picker(skel_words, ELSE_TRADE)


def i_hawaiian(rng, g, c):
	"""A customer's Hawaiian word in a trade no customer has: "Kamaʻāina
	Shave Ice" beside Kamaʻāina Plumbing, typed with or without the
	ʻokina."""
	b = c["brand"]
	if not b or b.isascii():
		return None
	tr = other_trade(rng, c)
	t = tr and "%s %s" % (b, tr)
	return t and (unhawaiian(rng, t) if rng.random() < .5 else t)


def i_trade(rng, g, c):
	tr = c["surs"] and other_trade(rng, c)
	if not tr:
		return None
	return fill(rng.choice(["{S} {T}", "{S}'s {T}", "{S} & Sons {T}",
		"{S} Bros. {T}"]), {"S": c["surs"][0], "T": tr})


def word_trade(word):
	"""An impostor kind: word(rng, c) (None: no row) before a trade no
	customer has and that shares no word with c's core."""
	def i_word(rng, g, c):
		w = word(rng, c)
		tr = w and other_trade(rng, c)
		return tr and w + " " + tr
	return i_word


i_common = word_trade(lambda rng, c: rng.choice(COMMON))
i_rare = word_trade(lambda rng, c: c["brand"] in RARE and c["brand"])
i_person, i_personal = lk.person_impostors(ck, lambda rng, c: person(rng,
	group_at(rng, c["desk"])), ["", "", "", "Dr. ", "Dr "], PERSONAL)


def i_prospect(rng, g, c):
	"""A same-shape name after "Quote - ", "Prospect: " ..."""
	fresh = i_fresh(rng, g, c)
	return fresh and rng.choice(PROSPECT) + fresh


IMPOSTORS = [("impostor: " + kind, f, w) for kind, f, w in (
	("same shape", i_fresh, 13), ("other number", i_number, 7),
	("other county", i_county, 6), ("other body", i_body, 7),
	("regional", i_regional, 5), ("other state", i_state, 6),
	("hawaiian word", i_hawaiian, 6), ("other trade", i_trade, 8),
	("common surname", i_common, 5), ("rare word", i_rare, 4),
	("person", i_person, 6), ("vendor", lk.one_of(VENDORS), 8),
	("prospect", i_prospect, 5), ("personal", i_personal, 6),
	("own staff", lk.one_of(STAFF), 5))]
KEPT = ("id", "name", "syncro", "contacts", "assets")
BENCH = ("BENCH-%s-%02d", 3)
CLOCK = (1843000000, 887, 70)


def main():
	lk.desk_main("blind42", ck, population, index, KINDS, IMPOSTORS,
		KEPT, BENCH, TECHS, CLOCK)


if __name__ == "__main__":
	main()
