#!/usr/bin/env python3
# gen-link-blind39.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 24: the lead runs it once).  A UK and Ireland
# MSP: one Syncro account, one ScreenConnect, desks in London (LON),
# Manchester (MAN), Birmingham (BHM), Leeds (LDS), Bristol (BRS, and Bath),
# Glasgow (GLA), Edinburgh (EDI), Cardiff (CWL, and Newport and Swansea),
# Belfast (BFS), Dublin (DUB, and Kilkenny) and Cork (ORK).  Customers:
# GP surgeries and medical practices, dental practices, pharmacies,
# solicitors, chartered accountants, estate and letting agents
# (auctioneers in Ireland), builders and trades, pubs, restaurants and
# takeaways, shops, charities (CIO, CIC, trusts, Irish CLGs, charity
# numbers), schools (C of E, RC, academies and academy trusts, Welsh
# Ysgol, Irish Scoil and Gaelscoil, national schools), parish, town and
# community councils, housing associations; firms trading under another
# name ("J & R PATEL LIMITED t/a Greenway Pharmacy"), some stored as
# Companies House prints them (capitals, LIMITED).  Owners English,
# Scottish, Welsh, Irish (O'/Ó, Mac/Mc, Gaelic forms), South Asian
# (Gujarati, Punjabi, Pakistani and Bangladeshi surnames) and Polish.
# Writes OUTDIR/customers.json (as Syncro's GET /customers returns them:
# id, business_name, firstname, lastname, email, phone, address,
# address_2, city, state - the county - zip - the postcode or Eircode -
# contacts, assets), names.tsv (typed TAB true id or "" TAB kind TAB
# machine), sessions.jsonl and sessions-machine.jsonl through
# linkgen.desk_main.  Python stdlib only, deterministic for a seed.
# Customer ids from 39000000 (at most about 39150000 at 50,000
# customers); contact and asset ids from 39200001, so every id stays
# below 40000000.
#
# Where each shape comes from ("found": found with the session's search
# tool; "known": public knowledge, no search):
# - UK legal forms (found): companies-house.gov.uk "Change to company
#   names examination policy" (2011) and magrath.co.uk "Companies House
#   Name Game": the endings Limited / Ltd / Ltd., PLC / p.l.c. / public
#   limited company, LLP / L.L.P. / Limited Liability Partnership, the
#   Welsh Cyfyngedig / Cyf / Cyf. (and PAC, CBC), CIC / C.I.C. /
#   Community Interest Company, 'Co' for 'company', '&' for 'and', "THE"
#   left off the front; ukcorporator.co.uk G80a: Companies House prints
#   the name in upper case on the certificate ("SMITH ENTERPRISES
#   LIMITED") and Ltd and Limited are interchangeable; Cyf only for a
#   registered office in Wales.  1stformations.co.uk: trading names
#   beside the registered one (t/a, "trading as": known).
# - Irish legal forms (found): cro.ie "Company Type Information",
#   cpdstore.ie and pearse-trust.ie "types of companies in Ireland" (LTD
#   89% of the register, CLG 6%, DAC and ULC 2% each; PLC);
#   nathantrust.com: a DAC's name ends "Designated Activity Company" or
#   the Irish "Cuideachta Ghníomhaíochta Ainmnithe".  Teoranta / Teo. (the
#   Irish for Limited) and CLG for charities, schools' boards and
#   community companies: known.
# - Charities (found: schema.org UKNonprofitType - Charitable
#   Incorporated Organisation, limited by guarantee, trust; the CIO model
#   constitution gist); charity numbers as the registers write them:
#   England and Wales seven digits from 1000000, Scotland SC0xxxxx,
#   Northern Ireland NIC1xxxxx, Ireland's RCN 200xxxxx and CHY numbers;
#   Scotland's SCIO (Scottish Charitable Incorporated Organisation): known.
# - Keyboard (found: keysourcechina.com "UK and British keyboard layout",
#   BS 4822, and maxsons.org: the UK layout is the US one with # beside
#   Enter, \ beside Z, @ and " swapped); Ireland uses the same layout:
#   known.  A slip is a neighbour on the row, a dropped, doubled or
#   swapped letter (linkgen.Typo), on these rows.
# - Surnames and given names (known): the commonest of England and Wales
#   (ONS), Scotland (NRS: Smith, Brown, Wilson, Campbell, Stewart ...),
#   Wales (Jones, Williams, Davies, Evans ...), Ireland (CSO and the
#   Ulster lists: Murphy, Kelly, O'Sullivan, Walsh ...; Gaelic forms Ó
#   Súilleabháin, Ó Briain, Mac Cárthaigh, Breathnach ...), British South
#   Asian (Patel, Shah, Khan, Ahmed, Hussain, Begum, Singh, Kaur ...) and
#   Polish (Nowak, Kowalski, Wiśniewski, Wójcik ...; the commonest of
#   PESEL; a woman's surname in its feminine form, Kowalska).  Mac/Mc
#   and O'/O /Ó as they are written and typed.
# - Places (known): each desk's districts and towns, Irish places in
#   their English and Irish forms (Dún Laoghaire / Dun Laoghaire, Cill
#   Chainnigh / Kilkenny, Corcaigh / Cork, Sord / Swords, An Cóbh / Cobh,
#   as logainm.ie gives them) and Welsh ones (Caerdydd / Cardiff,
#   Abertawe / Swansea, Casnewydd / Newport, Treganna / Canton); postcode
#   areas (M, B, LS, BS, G, EH, CF, BT, E/N/SE/SW/W), Eircode routing
#   keys (D02 ... D24, A94 Blackrock, A96 Dún Laoghaire, K67 Swords, A98
#   Bray, T12 Cork, P31 Ballincollig, P43 Carrigaline, R95 Kilkenny);
#   dialling codes (020, 0161, 0121, 0113, 0117, 0141, 0131, 029, 028,
#   +353 1, 021, 056).
# - Names of practices, schools and councils (known): NHS GP practices
#   ("The X Surgery", "X Medical Centre", "X Health Centre", "Dr X &
#   Partners", the street name a practice takes), dental practices ("X
#   Dental Care"), schools as the DfE's Get Information about Schools
#   lists them (St X's C of E / CofE / RC Primary School, X Academy, X
#   Academy Trust, Infant / Junior School), Welsh-medium Ysgol Gynradd
#   X, Irish Scoil Mhuire / Scoil Bhríde, Gaelscoil X, X National School
#   (NS), Church in Wales schools, Scottish Writers to the Signet (WS)
#   after a law firm's name, parish / town / community councils, "Cyngor
#   Tref" for a Welsh town council; pub names (the Red Lion, the Crown,
#   the Royal Oak: the commonest of England).
# - Vendors (known): BT Business, Virgin Media Business, HMRC, Companies
#   House, Royal Mail, NHS England, EMIS Health, TPP SystmOne, Sage UK,
#   Xero, Eir Business, Vodafone Ireland, Revenue, An Post ...
#
# Real-row kinds (shares in KINDS): exact, caps (capitals as Companies
# House prints them, or a stored capital name in mixed case), lower, typo,
# two typos, truncated, reorder, abbrev (Ctr, Surg, Pract, Sols, Accts,
# Bros, HA, PC, TC ...), acronym, legal (dropped, respelt, swapped:
# Ltd/Limited/LLP/PLC/Cyf/Teo./Teoranta/DAC/CLG/CIC/CIO), and co (& Co /
# & Co. / and Company / & Company / and Co), branch (a district, a town
# or a postcode district after the name), contact, person, domain
# (.co.uk, .org.uk, .ie); and this region's: trading as (the trading name
# alone, the company alone, T/A, "trading as"), school (St / St. /
# Saint, the apostrophe, C of E / CofE / CE / Church of England, RC /
# Roman Catholic / Catholic, Primary / PS, NS / N.S. / National School),
# mac (Mc / Mac / Mc with a space, O' / O / O with no apostrophe), gaelic
# (an Irish or Welsh name's other-language form of the place or
# surname), accents (fadas, Polish letters dropped), spelling (US
# spellings: Center, Jewelers, Organization, Theater), charity (the
# number alone or "Charity 1123456", the form dropped), mixed.
# Impostors (about 37% of rows): same shape (a fresh name of the
# customers' templates from outside pools), other town (a customer's
# saint, street or pub name in another district or town: "St Mary's RC
# Primary School, Moss Side" for the Hulme one), other form (a firm's
# surnames in another trade under another legal form: "Bradley & Shah
# Lettings Ltd" for "Bradley & Shah Solicitors LLP"), successor (a
# company of the same words with a year or Holdings: "Northgate Joinery
# Services (2019) Ltd", "Northgate Holdings Ltd"), rare word, common
# surname, person, vendor, prospect, personal, own staff.
#
# Machines (linkgen.machine): a real row on one of its customer's assets
# 72%, another customer's 4%; impostors on unknown machines, a shared role
# name 18%, own staff on the bench.
#
# Labels: rows label-audit.py doubts are drawn again, and so are
# impostors that, read through this generator's skeleton (accents folded,
# legal forms, "the", "of", "and", "co", "t/a" dropped; Mc as Mac, O' run
# into the surname; St / Saint, C of E, RC, abbreviations and an Irish or
# Welsh form read as one; possessive s dropped; doubled letters single),
# are a customer's name or a form of it, hold all its words less one, or
# hold a listed person's full name (linkgen.Checks, parts_known and
# pairs).  A person's name is a real row only when that whole name is one
# customer's contact only.
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linkgen as lk  # noqa: E402

FOLD = str.maketrans({"ł": "l", "Ł": "L", "’": "'", "‘": "'"})


def unaccent(s):
	"""s as a UK keyboard types it: no fada, no Polish letters."""
	s = s.translate(FOLD)
	if s.isascii():
		return s
	return "".join(ch for ch in unicodedata.normalize("NFKD", s)
		if not unicodedata.combining(ch))


# ---------------------------------------------------------------- places
# desk: (nation, county, postcode area, dialling code, towns and
# districts with shares)
DESKS = {"LON": ("ENG", "Greater London", ["E", "N", "SE", "SW", "W", "NW"],
	"020", "Hackney Islington Camden Brixton Peckham Walthamstow Ealing "
	"Harrow Croydon Ilford Wembley Southall Tooting Streatham"),
	"MAN": ("ENG", "Greater Manchester", ["M", "SK", "OL"], "0161",
	"Didsbury Chorlton Levenshulme Withington Hulme Ancoats Salford "
	"Stockport Sale Altrincham Rochdale Oldham"),
	"BHM": ("ENG", "West Midlands", ["B"], "0121", "Handsworth Edgbaston "
	"Moseley Erdington Sparkhill Solihull Harborne Selly_Oak Kings_Heath "
	"Small_Heath"),
	"LDS": ("ENG", "West Yorkshire", ["LS", "BD", "WF"], "0113", "Headingley "
	"Roundhay Chapel_Allerton Harehills Armley Horsforth Morley Bradford "
	"Wakefield Pudsey"),
	"BRS": ("ENG", "Bristol", ["BS", "BA"], "0117", "Clifton Bedminster "
	"Redland Fishponds Southville Bishopston Keynsham Bath Portishead"),
	"GLA": ("SCO", "Glasgow City", ["G", "PA", "ML"], "0141", "Partick Govan "
	"Shawlands Dennistoun Paisley Hamilton Rutherglen Bearsden "
	"Clydebank"),
	"EDI": ("SCO", "City of Edinburgh", ["EH"], "0131", "Leith Morningside "
	"Portobello Stockbridge Corstorphine Musselburgh Dalkeith Livingston"),
	"CWL": ("WAL", "Cardiff", ["CF", "NP", "SA"], "029", "Canton Roath "
	"Splott Llandaff Penarth Cathays Pontypridd Caerphilly Newport "
	"Swansea"),
	"BFS": ("NI", "County Antrim", ["BT"], "028", "Ballymena Lisburn Bangor "
	"Newtownabbey Holywood Carrickfergus Antrim Dundonald"),
	"DUB": ("IE", "Co. Dublin", ["D02", "D04", "D06", "D08", "D12", "D24",
	"A96", "K67", "A98", "R95"], "01", "Rathmines Ranelagh Dún_Laoghaire "
	"Swords Tallaght Blanchardstown Clontarf Drumcondra Bray Lucan "
	"Kilkenny"),
	"ORK": ("IE", "Co. Cork", ["T12", "T23", "P31", "P43", "P24", "P51",
	"P25", "P72", "P17", "P85"], "021", "Ballincollig Douglas Blackrock "
	"Carrigaline Cobh Mallow Midleton Bandon Kinsale Clonakilty")}
DESK_SHARE = [("LON", 16), ("MAN", 11), ("BHM", 9), ("LDS", 8), ("BRS", 7),
	("GLA", 8), ("EDI", 6), ("CWL", 7), ("BFS", 7), ("DUB", 12), ("ORK", 9)]
CITY = {"LON": "London", "MAN": "Manchester", "BHM": "Birmingham",
	"LDS": "Leeds", "BRS": "Bristol", "GLA": "Glasgow", "EDI": "Edinburgh",
	"CWL": "Cardiff", "BFS": "Belfast", "DUB": "Dublin", "ORK": "Cork"}
# A place's other-language form (Irish from logainm.ie, Welsh).
OTHER_FORM = {"Dún Laoghaire": "Dun Laoghaire", "Kilkenny": "Cill Chainnigh",
	"Cork": "Corcaigh", "Dublin": "Baile Átha Cliath", "Swords": "Sord",
	"Bray": "Bré", "Cobh": "An Cóbh", "Mallow": "Mala", "Clonakilty":
	"Cloich na Coillte", "Kinsale": "Cionn tSáile", "Tallaght": "Tamhlacht",
	"Lucan": "Leamhcán", "Midleton": "Mainistir na Corann", "Bandon":
	"Droichead na Bandan", "Ballincollig": "Baile an Chollaigh",
	"Carrigaline": "Carraig Uí Leighin", "Douglas": "Dúglas", "Clontarf":
	"Cluain Tarbh", "Rathmines": "Ráth Maonais", "Cardiff": "Caerdydd",
	"Swansea": "Abertawe", "Newport": "Casnewydd", "Canton": "Treganna",
	"Roath": "Y Rhath", "Splott": "Sblot", "Llandaff": "Llandaf",
	"Caerphilly": "Caerffili"}
# Places no customer is in (the outside block for same-shape impostors).
OUT_PLACE = ["Norwich", "Plymouth", "Inverness", "Aberystwyth", "Galway",
	"Sligo", "Limerick", "Carlisle", "Truro", "Wrexham", "Omagh", "Ely"]
STREETS = ["High Street", "Church Street", "Station Road", "Park Road",
	"London Road", "Victoria Road", "Mill Lane", "Queen Street",
	"King Street", "Market Street", "Bridge Street", "Castle Street",
	"Albert Road", "Manor Road", "Green Lane", "Main Street"]
COMMUNITY = {"LON": {"eng": 45, "sas": 25, "pol": 10, "iri": 8, "sco": 4,
	"wel": 2}, "MAN": {"eng": 50, "sas": 22, "iri": 10, "pol": 8, "sco": 5},
	"BHM": {"eng": 45, "sas": 35, "iri": 8, "pol": 7, "wel": 2},
	"LDS": {"eng": 55, "sas": 20, "pol": 10, "sco": 5, "iri": 5},
	"BRS": {"eng": 65, "sas": 10, "pol": 8, "wel": 10, "iri": 5},
	"GLA": {"sco": 60, "eng": 10, "iri": 12, "sas": 12, "pol": 6},
	"EDI": {"sco": 60, "eng": 18, "pol": 10, "sas": 7, "iri": 5},
	"CWL": {"wel": 60, "eng": 25, "sas": 8, "pol": 5},
	"BFS": {"iri": 45, "sco": 25, "eng": 20, "pol": 6, "sas": 4},
	"DUB": {"iri": 80, "pol": 10, "sas": 6, "eng": 4},
	"ORK": {"iri": 88, "pol": 8, "sas": 4}}

# ---------------------------------------------------------------- people
SUR = {"eng": "Smith Jones Taylor Brown Wilson Johnson Robinson Wright "
	"Thompson Walker White Green Hall Wood Jackson Clarke Turner Hill "
	"Moore Cooper Ward Morris King Baker Harrison Allen Bennett Shaw "
	"Barker Holmes Pearson Fletcher Hargreaves Ashworth Butterworth "
	"Whitehead Sutcliffe Ackroyd Greenwood Cartwright Pickering Bradley "
	"Marsden Rowbotham Entwistle Oldham Collier Heywood".split(),
	"sco": "Campbell Stewart Thomson Robertson Anderson MacDonald McDonald "
	"Scott Reid Murray Ross Paterson Mitchell Fraser McLean Henderson "
	"Graham Hamilton MacKenzie McKenzie Ferguson Cameron Hunter Grant "
	"Duncan Kerr Lindsay Crawford Mackay MacLeod McGregor MacIntyre "
	"Sinclair Munro Buchanan Drummond".split(),
	"wel": "Jones Williams Davies Evans Thomas Roberts Lewis Hughes Morgan "
	"Griffiths Edwards Owen Price Jenkins Rees Lloyd Parry Pritchard "
	"Powell Phillips Vaughan Pugh Bevan Prosser Llewellyn Howells Watkins "
	"Prothero".split(),
	"iri": "Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor "
	"O'Neill O'Reilly Doyle McCarthy Gallagher O'Doherty Kennedy Lynch "
	"Quinn McLoughlin O'Carroll Connolly Daly O'Connell Dunne Brennan "
	"Burke Collins Fitzgerald Maguire Nolan Flynn O'Callaghan O'Donnell "
	"Duffy O'Mahony Boyle Healy O'Shea Sweeney Hayes Kavanagh McGrath "
	"Moran Brady Casey Foley Fitzpatrick O'Leary McDonnell MacMahon "
	"Donnelly O'Riordan Mulligan McGuinness Keane Whelan".split(),
	"sas": "Patel Shah Khan Ahmed Hussain Ali Singh Kaur Begum Mistry "
	"Chauhan Parmar Sharma Gupta Mahmood Iqbal Akhtar Rahman Chowdhury "
	"Islam Uddin Miah Malik Butt Qureshi Siddiqui Sandhu Gill Dhillon "
	"Virdee Bains Nair Lad Solanki Rana Hirani Kotecha".split(),
	"pol": "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński "
	"Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski "
	"Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Pawłowski "
	"Michalski Wróbel Zając Król Wieczorek".split()}
GIVEN = {"eng": "James John David Michael Paul Andrew Mark Richard Peter "
	"Stephen Simon Ian Gary Neil Sarah Claire Emma Louise Helen Rachel "
	"Joanne Karen Nicola Lisa Jane Alison Gemma Laura Kate Tom Chris "
	"Dan".split(),
	"sco": "Alasdair Callum Hamish Fraser Euan Iain Ross Angus Craig Fiona "
	"Morag Kirsty Catriona Eilidh Mhairi Lorna Shona Gordon Douglas "
	"Elaine".split(),
	"wel": "Rhys Dafydd Gareth Emyr Aled Huw Ieuan Siân Cerys Nia Bethan "
	"Rhian Eleri Gwen Alun Owain Geraint Carys Dylan Ffion".split(),
	"iri": "Seán Siobhán Niamh Aoife Ciarán Pádraig Declan Eoin Conor "
	"Cian Darragh Colm Aisling Gráinne Orla Róisín Sinéad Caoimhe Dermot "
	"Eamon Fergal Brendan Liam Mairéad Deirdre Oisín Tadhg Séamus "
	"Micheál Noel".split(),
	"sas": "Raj Sanjay Amit Nikhil Priya Anjali Imran Tariq Asif Nadeem "
	"Farhan Shabana Nasreen Rizwan Zubair Harjit Manjit Kuldip Sunita "
	"Rakesh Mohammed Abdul Yasmin Saima Hitesh Bhavna".split(),
	"pol": "Piotr Krzysztof Tomasz Paweł Marcin Michał Łukasz Grzegorz "
	"Agnieszka Katarzyna Magdalena Joanna Anna Małgorzata Monika Kamil "
	"Jakub".split()}
# An Irish surname's Gaelic form, as an Irish-language firm writes it.
GAELIC = {"O'Sullivan": "Ó Súilleabháin", "O'Brien": "Ó Briain",
	"O'Connor": "Ó Conchúir", "O'Neill": "Ó Néill", "McCarthy":
	"Mac Cárthaigh", "Kelly": "Ó Ceallaigh", "Murphy": "Ó Murchú",
	"Walsh": "Breathnach", "O'Donnell": "Ó Dónaill", "MacMahon":
	"Mac Mathúna", "O'Reilly": "Ó Raghallaigh", "O'Riordan": "Ó Ríordáin",
	"O'Leary": "Ó Laoghaire", "O'Shea": "Ó Sé", "Brennan": "Ó Braonáin"}
ENGLISH = {v: k for k, v in GAELIC.items()}
OUT_SUR = ["Trelawney", "Penhaligon", "Sinclair-Gunn", "Ó Fearghail",
	"Tregenza", "Ravenscroft", "Quayle", "Kinvig", "Cregeen", "Pascoe"]
OUT_BRAND = ["Kernow", "Mannin", "Tamar Valley", "Fenland", "Broadland",
	"Solway", "Burren", "Connemara"]

# ---------------------------------------------------------------- words
BRAND = {"LON": ["Thames", "Capital", "Crystal Palace", "Lea Valley",
	"Highgate", "Greenwich", "Richmond Park"],
	"MAN": ["Pennine", "Irwell", "Mersey", "Cottonopolis", "Peak View",
	"Red Rose", "Worker Bee"],
	"BHM": ["Brummie", "Bullring", "Lickey Hills", "Jewellery Quarter",
	"Black Country", "Arden"],
	"LDS": ["White Rose", "Aire Valley", "Dales", "Kirkstall", "Ilkley",
	"Calder"],
	"BRS": ["Avon", "Severn", "Cabot", "Mendip", "Clifton Down", "Brunel"],
	"GLA": ["Clyde", "Clydeside", "Kelvin", "Campsie", "Merchant City",
	"Govanhill"],
	"EDI": ["Forth", "Arthur's Seat", "Pentland", "Lothian", "Calton",
	"Royal Mile"],
	"CWL": ["Taff", "Cymru", "Dragon", "Bay", "Glamorgan", "Celtic"],
	"BFS": ["Lagan", "Ulster", "Titanic", "Cave Hill", "Mourne",
	"Belfast Lough"],
	"DUB": ["Liffey", "Anna Livia", "Howth", "Wicklow", "Phoenix Park",
	"Dodder"],
	"ORK": ["Lee", "Rebel", "Shandon", "Blarney", "Munster", "Fota"],
	"all": ["Heritage", "Cornerstone", "Oakwood", "Meadowbank", "Greenway",
	"Ashfield", "Springfield", "Parkside", "Riverside", "Hollybush",
	"Kingfisher", "Northgate", "Westfield", "Elmwood", "Lakeside",
	"Beechwood", "Brookfield", "Orchard", "Willow", "Rosebank",
	"Hawthorn", "Larkfield", "Millbrook", "Foxhill", "Ivy House",
	"Oaklands", "Ashgrove", "Redwood", "Highfield", "Glenview",
	"Thornbury", "Bluebell", "Primrose", "Windmill", "Stonebridge",
	"Kingsway", "Fairfield", "Claremont", "Belmont", "Woodlands"]}
RARE = ["Bramble", "Foxglove", "Heathercombe", "Curlew", "Wren",
	"Kittiwake", "Samphire", "Bilberry", "Cowslip", "Lapwing",
	"Sloe", "Whinchat"]
PUBS = ["Red Lion", "Crown", "Royal Oak", "White Hart", "Swan",
	"Plough", "Kings Arms", "Bell", "Black Horse", "Queens Head",
	"Rose & Crown", "Fox & Hounds", "George", "Railway"]
SAINTS = ["Mary", "Patrick", "Joseph", "John", "Peter", "Paul", "Andrew",
	"Michael", "Anne", "Margaret", "Bride", "Brigid", "David", "Teilo",
	"Columba", "Mungo", "Francis", "Thomas", "Luke", "Bernadette"]
DEDIC = ["Holy Trinity", "Christ Church", "All Saints", "Holy Cross",
	"Sacred Heart", "Our Lady"]
# An Irish school named for a saint: "Scoil Mhuire" is Mary's school.
SCOIL = {"Mary": "Mhuire", "Brigid": "Bhríde", "Patrick": "Phádraig",
	"Joseph": "Iósaf", "Michael": "Mhichíl", "John": "Eoin"}
GAELSCOIL = ["an Chuilinn", "Bhaile Munna", "Chluain Dolcáin", "na Cille",
	"Uí Riada", "an Ghoirt Álainn", "Mhic Easmainn", "Chorcaí"]
YSGOL = ["Y Wern", "Pen y Pil", "Melin Gruffydd", "Pwll Coch", "Glan Morfa",
	"Treganna", "Bro Eirwg", "Mynydd Bychan"]

LEGAL = {"ENG": [("Ltd", 50), ("Limited", 30), ("PLC", 2), ("Ltd.", 6)],
	"SCO": [("Ltd", 50), ("Limited", 30), ("Ltd.", 6)],
	"NI": [("Ltd", 50), ("Limited", 30), ("Ltd.", 6)],
	"WAL": [("Ltd", 45), ("Limited", 25), ("Cyf", 10), ("Cyfyngedig", 3)],
	"IE": [("Ltd", 45), ("Limited", 25), ("DAC", 5), ("Teoranta", 4),
	("Teo.", 4), ("UC", 1)]}
LEGAL_ALT = {"Ltd": ["Limited", "LTD", "Ltd.", "ltd"], "Ltd.": ["Ltd",
	"Limited"], "Limited": ["Ltd", "LTD", "Ltd."], "PLC": ["plc", "p.l.c.",
	"Public Limited Company", "Ltd"], "LLP": ["L.L.P.", "llp", "Ltd",
	"Limited Liability Partnership"], "Cyf": ["Cyf.", "Cyfyngedig", "Ltd"],
	"Cyfyngedig": ["Cyf", "Limited"], "Teoranta": ["Teo.", "Teo", "Ltd"],
	"Teo.": ["Teoranta", "Teo", "Limited"], "DAC": ["D.A.C.", "Designated "
	"Activity Company", "Ltd"], "UC": ["Unlimited Company", "Ltd"],
	"CLG": ["C.L.G.", "Company Limited by Guarantee", "Ltd", "clg"],
	"CIC": ["C.I.C.", "Community Interest Company", "cic", "Ltd"],
	"CIO": ["C.I.O.", "Charitable Incorporated Organisation", "cio"],
	"LIMITED": ["Ltd", "Limited", "LTD"]}
# (sector, how likely a firm carries a legal form, weight)
SECTORS = [("gp", 0, 8), ("dental", .5, 6), ("pharmacy", .7, 6),
	("solicitors", .6, 7), ("accounts", .4, 6), ("estate", .6, 6),
	("builders", .7, 9), ("trades", .6, 7), ("food", .5, 8), ("pub", .3, 4),
	("retail", .6, 5), ("charity", 0, 6), ("school", 0, 7),
	("council", 0, 3), ("housing", 0, 3)]
CARRIES = {s[0]: s[1] for s in SECTORS}
# {B} brand, {S} {S2} surnames, {P} a full name, {G} a given name, {Pl} a
# district or town, {St} a street, {Pub} a pub's sign.
TPL = {"gp": ["The {St} Surgery", "{Pl} Medical Centre", "{Pl} Health "
	"Centre", "{St} Medical Practice", "Dr {S} & Partners", "{Pl} Group "
	"Practice", "The {Pl} Practice"],
	"dental": ["{Pl} Dental Care", "{S} Dental Practice", "{B} Dental "
	"Surgery", "{Pl} Dental Centre", "{S} & {S2} Dental Care", "{B} Smiles",
	"{Pl} Orthodontics"],
	"pharmacy": ["{S} Pharmacy", "{S}'s Chemist", "{Pl} Pharmacy",
	"{B} Pharmacy", "{S} Chemists"],
	"solicitors": ["{S} & Co Solicitors", "{S} {S2}", "{S} & {S2} "
	"Solicitors", "{S} {S2} & Co", "{S} Law", "{P} Solicitors",
	"{S} & Company Solicitors"],
	"accounts": ["{S} & Co Chartered Accountants", "{S} {S2} Accountants",
	"{S} & Co.", "{S} and Company", "{B} Accountancy", "{S} & {S2} "
	"Chartered Accountants", "{S} Tax Advisers"],
	"estate": ["{S} Estate Agents", "{B} Lettings", "{S} & {S2} Estate "
	"Agents", "{B} Property Management", "{S} Homes", "{Pl} Lettings",
	"{S} Property Services"],
	"builders": ["{S} Builders", "{S} & Sons Building Contractors",
	"{B} Construction", "{S} Bros Builders", "{B} Joinery", "{P} Building "
	"Services", "{S} Groundworks"],
	"trades": ["{S} Plumbing & Heating", "{S} Electrical", "{B} Roofing",
	"{S} Gas Services", "{B} Glazing", "{S} & Son Plumbing", "{B} Kitchens "
	"& Bathrooms", "{P} Electrical Contractors"],
	"food": ["{B} Tandoori", "{B} Fish & Chips", "{B} Bistro", "{B} Café",
	"{S}'s Bakery", "{B} Balti House", "{B} Deli", "{B} Kitchen"],
	"pub": ["The {Pub}", "The {Pub} Inn", "{S}'s Bar", "The {Pub} Hotel"],
	"retail": ["{B} Hardware", "{S} Jewellers", "{B} Florists",
	"{S} Opticians", "{B} Garden Centre", "{S} Newsagents",
	"{S} Cash & Carry"],
	"charity": ["{B} Trust", "{Pl} Food Bank", "{B} Foundation",
	"{Pl} Community Trust", "{B} Community Project", "{Pl} Citizens "
	"Advice", "{B} Hospice", "{Pl} Youth Project"],
	"housing": ["{B} Housing Association", "{B} Housing Trust",
	"{B} Homes", "{B} Housing Co-operative", "{Pl} Housing Society"]}
# A nation's own templates, drawn for a third of its firms there.
OWN_TPL = {"IE": [("estate", "{S} Auctioneers"), ("pub", "{S}'s Bar"),
	("gp", "{Pl} Family Practice"), ("gp", "{Pl} Primary Care Centre"),
	("pharmacy", "{S}'s Pharmacy"), ("charity", "{Pl} Family Resource "
	"Centre")],
	"SCO": [("solicitors", "{S} & {S2} WS"), ("gp", "{Pl} Health Centre"),
	("trades", "{S} Plumbers")],
	"WAL": [("charity", "Menter {B}"), ("food", "Caffi {B}")],
	"pol": [("retail", "{B} Polski Sklep"), ("builders", "{S} Building "
	"Services")],
	"sas": [("retail", "{S} Cash & Carry"), ("food", "{B} Sweet Centre"),
	("pharmacy", "{S} Pharmacy")]}
ROLES = {"gp": ["RECEPTION", "ADMIN", "DISPENSARY", "CONSULT1"],
	"dental": ["RECEPTION", "SURGERY1", "SURGERY2", "XRAY"], "pharmacy":
	["DISPENSARY", "TILL"], "solicitors": ["RECEPTION", "CONVEYANCING",
	"SERVER"], "accounts": ["PAYROLL", "ADMIN"], "estate": ["LETTINGS",
	"FRONT"], "builders": ["OFFICE", "ESTIMATING"], "trades": ["OFFICE",
	"VAN1"], "food": ["EPOS1", "KITCHEN"], "pub": ["EPOS", "OFFICE"],
	"retail": ["TILL1", "BACKOFFICE"], "charity": ["OFFICE", "VOLUNTEER"],
	"school": ["OFFICE", "HEAD", "STAFFROOM", "ICT-SUITE"], "council":
	["CLERK"], "housing": ["HOUSING", "REPAIRS"]}
OTHER_TRADE = ["Dry Cleaners", "Barbers", "Nail Bar", "Dog Grooming",
	"Driving School", "Tattoo Studio", "Locksmiths", "Tyre Centre",
	"Car Wash", "Nursery", "Bike Shop", "Launderette", "Sunbed Salon"]
TECHS = {"LON": ["Priya Shah", "Tom Baker"], "MAN": ["Dan Hargreaves",
	"Shabana Iqbal"], "BHM": ["Sanjay Mistry"], "LDS": ["Gemma Sutcliffe"],
	"BRS": ["Rob Pearson"], "GLA": ["Callum Fraser", "Kirsty Reid"],
	"EDI": ["Euan Sinclair"], "CWL": ["Rhys Pritchard"], "BFS":
	["Ciarán Donnelly"], "DUB": ["Aoife Byrne", "Łukasz Nowak"],
	"ORK": ["Tadhg O'Leary"]}
VENDORS = ["BT Business", "Virgin Media Business", "HMRC",
	"HMRC Making Tax Digital", "Companies House", "Royal Mail",
	"NHS England", "NHS Digital", "EMIS Health", "TPP SystmOne", "Sage UK",
	"Xero", "Eir Business", "Vodafone Ireland", "Revenue ROS", "An Post",
	"Sky Business", "Dell UK", "Microsoft 365", "Nominet", "Dext",
	"Syncro Support"]
STAFF = ["Bench 2", "BENCH-MAN-3", "Loan laptop 6", "Workshop PC",
	"Build W11 image", "Demo laptop", "Spare PC 04", "Test rig - Dublin",
	"Priya Shah", "Callum Fraser", "RMA return 17", "Stock laptop 9"]
PERSONAL = ["{G}'s laptop", "Home PC", "{G} home", "{G} {S} personal",
	"Mum's computer", "Kids' laptop", "Personal - {G} {S}",
	"{G}'s MacBook"]
PROSPECT = ["Quote - ", "Quotation for ", "Prospect: ", "Demo - ",
	"Site survey - "]
SITES = ["Head Office", "Branch", "Unit 4", "Main Site", "Warehouse",
	"Annexe", "Back Office", "Reception"]

# ---------------------------------------------------------------- skeleton
# Phrases first (on the lower-case, accent-free name), then words: what
# a technician abbreviates read as its words, legal forms and joining
# words dropped, Mc as Mac, O' run into the surname, the Irish and Welsh
# forms as the English ones.
PHRASE = [(re.compile(r"\bc\s*of\s*e\b|\bcofe\b|\bchurch of england\b"),
	" ce "), (re.compile(r"\broman catholic\b|\bcatholic\b"), " rc "),
	(re.compile(r"\bchurch in wales\b"), " cw "),
	(re.compile(r"\bt\s*/\s*a\b|\btrading as\b"), " "),
	(re.compile(r"\bp\s*&\s*h\b"), " plumbing heating "),
	(re.compile(r"\bn\.s\.|\bns\b"), " national school "),
	(re.compile(r"\bps\b"), " primary school "),
	(re.compile(r"\bo'\s*|\bo (?=[a-z]{3})"), "o"),
	(re.compile(r"\bmc\s*|\bmac (?=[a-z]{3})"), "mac"),
	(re.compile(r"'s\b|'"), ""),
	(re.compile(r"\bdesignated activity company\b|\bcompany limited by "
	r"guarantee\b|\bcommunity interest company\b|\bcharitable "
	r"incorporated organisation\b|\blimited liability partnership\b|"
	r"\bpublic limited company\b|\bunlimited company\b"), " ")]
ABBR_WORD = {"st": "saint", "ctr": "centre", "center": "centre", "med":
	"medical", "hc": "health centre", "mc": "medical centre", "surg":
	"surgery", "pract": "practice", "sols": "solicitors", "accts":
	"accountants", "assocs": "associates", "bros": "brothers", "svcs":
	"services", "bldg": "building", "contrs": "contractors", "ha":
	"housing association", "assoc": "association", "comm": "community",
	"prop": "property", "mgmt": "management", "pc": "parish council",
	"tc": "town council", "prim": "primary", "jewelers": "jewellers",
	"organization": "organisation", "theater": "theatre", "ws": "ws"}
for _w, _e in list(OTHER_FORM.items()):
	ABBR_WORD[re.sub("[^a-z]", "", unaccent(_e).lower())] = \
		re.sub("[^a-z]", "", unaccent(_w).lower())
for _w, _e in GAELIC.items():
	ABBR_WORD[re.sub("[^a-z]", "", unaccent(_e).lower())] = \
		re.sub("[^a-z]", "", unaccent(_w).lower().replace("mc", "mac"))
DROP = set("ltd limited plc llp cyf cyfyngedig teo teoranta dac clg cic "
	"cio uc co company the of and a an dr".split())
SAINT_S = {s.lower() + "s": s.lower() for s in SAINTS}


def _single(w):
	return re.sub(r"(.)\1+", r"\1", w)


def _skel_words(s):
	s = unaccent(s).lower()
	for rx, to in PHRASE:
		s = rx.sub(to, s)
	s = s.replace("&", " ").replace(".", "")
	# Place names of several words read as one word: "baile atha
	# cliath" is one place, "dun laoghaire" another.
	s = re.sub(r"(?<=[a-z])-(?=[a-z])", "", s)
	for w in re.split("[^0-9a-z]+", s):
		if w not in WORD:
			w0 = SAINT_S.get(w, w)
			WORD[w] = [_single(x) for x in ABBR_WORD.get(w0, w0).split()
				if x and x not in DROP]
		yield from WORD[w]


WORD = {}	# a word's skeleton words, worked out once


def _words(s):
	"""The skeleton's words; a place of several words run together."""
	out = list(_skel_words(s))
	j = " ".join(out)
	for w in sorted(MULTI, key=len, reverse=True):
		if w in j:
			j = re.sub(r"\b%s\b" % w, MULTI[w], j)
	return j.split()


def _multi():
	"""Places and surnames of several words, each read as one word (its
	English form where it has one)."""
	m = {}
	for eng, other in OTHER_FORM.items():
		for f in (eng, other):
			k = " ".join(_skel_words(f))
			if " " in k:
				m[k] = re.sub("[^a-z]", "", unaccent(eng).lower())
	for eng, other in GAELIC.items():
		k = " ".join(_skel_words(other))
		if " " in k:
			m[k] = re.sub("[^a-z]", "", unaccent(eng).lower().replace(
				"mc", "mac").replace("'", ""))
	return m


MULTI = {}
MULTI.update(_multi())
skel, skel_words = lk.skeleton(_words)
# Each part of an impostor, cut at " - ", ": ", ", ", " / " or " t/a ",
# is to be no customer's name, no form of one, no listed person.
ck = lk.Checks(skel, skel_words, r" [-–/] |: |, | t/a ", parts_known=True,
	pairs=True)


# ---------------------------------------------------------------- customers
def places_of(desk):
	return [p.replace("_", " ") for p in DESKS[desk][4].split()]


def person(rng, comm):
	"""(given name, surname); a Polish woman's surname in its feminine
	form (Kowalska for Kowalski)."""
	g, s = rng.choice(GIVEN[comm]), rng.choice(SUR[comm])
	if comm == "pol" and g.endswith("a") and s[-1] == "i":
		s = s[:-1] + "a"
	return g, s


def brand(rng, desk):
	r = rng.random()
	if r < .2:
		return rng.choice(RARE)
	return rng.choice(BRAND[desk] if r < .55 else BRAND["all"])


def fill(tpl, v):
	return re.sub(r"\{(\w+)\}", lambda m: v[m.group(1)], tpl)


def new_cust(cid, desk, comm):
	nation = DESKS[desk][0]
	return {"id": cid, "desk": desk, "nation": nation, "comm": comm,
		"sector": None, "legal": "", "brand": None, "surs": [],
		"owner": None, "pname": None, "place": None, "pkey": None,
		"trade": None, "company": None, "charity": None, "alt": None,
		"town": CITY[desk]}


def values(rng, c, outside):
	comm, desk = c["comm"], c["desk"]
	p = person(rng, comm)
	s2 = rng.choice(SUR[comm])
	while s2 == p[1]:
		s2 = rng.choice(SUR[rng.choice(sorted(SUR))])
	pl = rng.choice(places_of(desk) + [CITY[desk]])
	b = brand(rng, desk)
	if outside:
		p = (p[0], rng.choice(OUT_SUR))
		s2 = rng.choice([w for w in OUT_SUR if w != p[1]])
		b, pl = rng.choice(OUT_BRAND), rng.choice(OUT_PLACE)
	return {"B": b, "S": p[1], "S2": s2, "P": "%s %s" % p, "G": p[0],
		"Pl": pl, "St": rng.choice(STREETS), "Pub": rng.choice(PUBS)}, p


def firm(rng, c, sector, outside=False):
	"""A named firm of c's community and nation: name, core, legal and
	the words it is named by."""
	v, p = values(rng, c, outside)
	tpl = rng.choice(TPL[sector])
	own = OWN_TPL.get(c["nation"], []) + OWN_TPL.get(c["comm"], [])
	if own and sector not in ("charity", "housing") and rng.random() < .3:
		sector, tpl = rng.choice(own)
	if "{S2}" not in tpl and "{S}" in tpl and rng.random() < .25:
		tpl = tpl.replace("{S}", "{P}", 1)	# "Imran Khan Builders"
	used = set(re.findall(r"\{(\w+)\}", tpl))
	core = fill(tpl, v)
	placed = ("St" in used or "Pub" in used) and rng.random() < .8
	if placed:	# "The Red Lion, Didsbury": no legal form after it
		core += rng.choice([", ", " - ", " "]) + v["Pl"]
		used.add("Pl")
	c.update(sector=sector, core=core, brand=v["B"] if "B" in used else
		None, surs=[v[k] for k in ("S", "S2") if k in used], owner=p,
		pname=v["P"] if "P" in used else None)
	if "Pl" in used:
		c["place"] = v["Pl"]
		c["pkey"] = core.replace(v["Pl"], "{Pl}")
	if placed:
		pass
	elif sector == "solicitors" and rng.random() < .6 and \
			not core.endswith("WS"):
		c["legal"] = "LLP" if rng.random() < .8 else "Ltd"
	elif rng.random() < CARRIES[sector]:
		c["legal"] = lk.wpick(rng, LEGAL[c["nation"]])
	c["name"] = " ".join(x for x in (core, c["legal"]) if x)
	return c


def trading(rng, c):
	"""A firm run by a company of another name: "J & R PATEL LIMITED t/a
	Greenway Pharmacy" or "Greenway Pharmacy (J & R Patel Ltd)"."""
	g, s = c["owner"]
	ini = g[0] if rng.random() < .5 else "%s & %s" % (g[0],
		rng.choice("ABCDEFGHJKMNPRST"))
	co = rng.choice(["%s %s" % (ini, s), "%s %s" % (s, rng.choice(["Holdings",
		"Enterprises", "Trading", "Group"])), "%s Bros" % s])
	caps = rng.random() < .5
	legal = "LIMITED" if caps else rng.choice(["Ltd", "Limited"])
	company = "%s %s" % (co.upper() if caps else co, legal)
	trade = c["core"]
	c["legal"] = ""
	if rng.random() < .6:
		c["name"] = "%s %s %s" % (company, rng.choice(["t/a", "t/a",
			"T/A", "trading as"]), trade)
	else:
		c["name"] = "%s (%s)" % (trade, company)
	c.update(trade=trade, company=company)
	return c


def charity(rng, c):
	"""A charity: a trust, food bank, CIO, CIC or Irish CLG, its number
	in the name a fifth of the time."""
	firm(rng, c, "charity")
	n = c["nation"]
	forms = {"IE": [("CLG", 60), ("", 40)], "SCO": [("SCIO", 30), ("", 50),
		("CIC", 20)]}.get(n, [("CIO", 35), ("CIC", 25), ("", 40)])
	c["legal"] = lk.wpick(rng, forms)
	num = {"ENG": "%07d" % rng.randint(1000000, 1199999), "WAL": "%07d" %
		rng.randint(1000000, 1199999), "SCO": "SC0%05d" % rng.randint(0,
		99999), "NI": "NIC10%04d" % rng.randint(0, 9999), "IE": "200%05d" %
		rng.randint(0, 99999)}[n]
	c["charity"] = num
	name = " ".join(x for x in (c["core"], c["legal"]) if x)
	if rng.random() < .2:
		name += rng.choice([" (Registered Charity %s)", " - Charity No. %s",
			" (Charity %s)"]) % num
	c["name"] = name
	return c


def school(rng, c, outside=False):
	"""A school as the register names it, a saint's or a church's one
	with its district."""
	n = c["nation"]
	v, p = values(rng, c, outside)
	sa = rng.choice(SAINTS)
	ded = rng.choice(DEDIC)
	pl = v["Pl"]
	if n == "IE":
		tpl = rng.choice(["Scoil {Sc}, {Pl}", "{Pl} National School",
			"Gaelscoil {Gs}", "St {Sa}'s National School, {Pl}",
			"Coláiste {Pl}", "{Pl} Community College", "{Pl} Educate "
			"Together National School"])
	elif n == "WAL":
		tpl = rng.choice(["Ysgol Gynradd {Pl}", "Ysgol {Ys}",
			"{Pl} Primary School", "St {Sa}'s Church in Wales Primary "
			"School, {Pl}", "St {Sa}'s RC Primary School, {Pl}",
			"{Pl} High School"])
	elif n == "ENG":
		tpl = rng.choice(["St {Sa}'s C of E Primary School, {Pl}",
			"St {Sa}'s RC Primary School, {Pl}", "{Ded} CofE Primary "
			"School, {Pl}", "{Pl} Primary School", "{Pl} Academy",
			"{B} Academy Trust", "{Pl} High School", "{Pl} Infant School",
			"{Pl} Junior School", "St {Sa}'s Catholic Primary School, {Pl}"])
	else:	# Scotland and Northern Ireland
		tpl = rng.choice(["St {Sa}'s RC Primary School, {Pl}",
			"{Pl} Primary School", "{Pl} High School", "{Pl} Academy",
			"St {Sa}'s Primary School, {Pl}", "{Pl} Integrated College"
			if n == "NI" else "{Pl} Nursery School"])
	sc = SCOIL.get(sa, "Mhuire")
	v.update(Sa=sa, Ded=ded, Sc=sc, Gs=rng.choice(GAELSCOIL),
		Ys=rng.choice(YSGOL))
	used = set(re.findall(r"\{(\w+)\}", tpl))
	name = fill(tpl, v)
	if n == "IE" and rng.random() < .3 and "Community" not in tpl:
		c["legal"] = "CLG"
		name += " CLG"
	c.update(sector="school", core=fill(tpl, v), name=name, owner=p,
		brand=v["B"] if "B" in used else None)
	if "Pl" in used:
		c["place"] = pl
		c["pkey"] = c["core"].replace(pl, "{Pl}")
	return c


def council(rng, c, outside=False):
	"""A parish, town or community council (a Welsh one in both
	languages); Ireland has none among the customers: a charity."""
	n = c["nation"]
	if n == "IE":
		return charity(rng, c)
	v, p = values(rng, c, outside)
	pl = v["Pl"]
	if n == "WAL" and pl in OTHER_FORM and rng.random() < .5:
		name = "Cyngor Tref %s / %s Town Council" % (OTHER_FORM[pl], pl)
	elif n in ("SCO", "WAL"):
		name = "%s Community Council" % pl
	elif n == "NI":	# no parish councils there
		name = "%s Community Association" % pl
	else:
		name = "%s %s Council" % (pl, rng.choice(["Parish", "Town"]))
	c.update(sector="council", core=name, name=name, owner=p, place=pl,
		pkey=name.replace(pl, "{Pl}"))
	return c


def housing(rng, c):
	firm(rng, c, "housing")
	c["legal"] = {"IE": "CLG"}.get(c["nation"], "") if rng.random() < .5 \
		else ""
	c["name"] = " ".join(x for x in (c["core"], c["legal"]) if x)
	return c


def gaelic_alt(c):
	"""The name with its place or an Irish surname in the other
	language, where it has one."""
	name = c["name"]
	if c["place"] in OTHER_FORM:
		return name.replace(c["place"], OTHER_FORM[c["place"]])
	for s in c["surs"]:
		if s in GAELIC:
			return name.replace(s, GAELIC[s])
		if s in ENGLISH:
			return name.replace(s, ENGLISH[s])
	return None


def make_customer(rng, cid, desk=None, outside=False):
	desk = desk or lk.wpick(rng, DESK_SHARE)
	comm = lk.wpick(rng, sorted(COMMUNITY[desk].items()))
	c = new_cust(cid, desk, comm)
	sector = lk.wpick(rng, SECTORS)
	if sector == "school":
		school(rng, c, outside)
	elif sector == "council":
		council(rng, c, outside)
	elif sector == "charity" and not outside:
		charity(rng, c)
	elif sector == "housing" and not outside:
		housing(rng, c)
	else:
		firm(rng, c, sector, outside)
		if not outside and c["sector"] in ("pharmacy", "food", "pub",
				"retail", "dental", "trades") and rng.random() < .2:
			trading(rng, c)
		elif c["legal"] and not outside and rng.random() < .15:
			# Stored as Companies House prints it.
			c["legal"] = "LIMITED" if c["legal"] in ("Ltd", "Limited",
				"Ltd.") else c["legal"].upper()
			c["core"] = c["core"].upper()
			c["name"] = "%s %s" % (c["core"], c["legal"])
	if c["comm"] == "iri" and c["nation"] == "IE" and not outside and \
			c["legal"] in ("Ltd", "Limited") and c["surs"] and \
			c["surs"][0] in GAELIC and rng.random() < .5:
		# An Irish-language firm: its surname in Irish, Teoranta.
		g = GAELIC[c["surs"][0]]
		c["core"] = c["core"].replace(c["surs"][0], g)
		c["surs"][0] = g
		c["legal"] = rng.choice(["Teoranta", "Teo."])
		c["name"] = "%s %s" % (c["core"], c["legal"])
	c["alt"] = gaelic_alt(c)
	return c


def forms(c):
	"""The names a customer goes by: its name, core, trading name and
	company, the other language's form, the name less its charity
	number."""
	out = [c["name"], c["core"]]
	out += [x for x in (c["trade"], c["company"], c["alt"]) if x]
	if c["pname"]:
		less = c["core"].replace(c["pname"], "")
		if skel(less):
			out.append(less)
	return out


def keys_of(c):
	ws = [c["brand"]] + c["surs"]
	return [(c["sector"], skel(w)) for w in ws if w]


def contacts(rng, c, ids):
	ps = [c["owner"]] if c["owner"] else []
	for _ in range(rng.randint(0, 3)):
		comm = c["comm"] if rng.random() < .6 else lk.wpick(rng,
			sorted(COMMUNITY[c["desk"]].items()))
		ps.append(person(rng, comm))
	return [lk.contact(ids, p[0], p[1], c["domain"], lk.latin) for p in ps]


def assets(rng, c, ids, shared):
	words = [w for w in re.findall("[A-Z0-9]{3,}",
		lk.latin(c["trade"] or c["core"]).upper()) if w.lower() not in DROP]
	town = lk.latin(c["place"] or c["town"]).upper().replace(" ", "")
	return lk.asset_names(rng, ids, words, town, ROLES[c["sector"]], shared,
		lambda r: lk.latin(person(r, c["comm"])[0]).upper()[:10])


def postcode(rng, c):
	"""A UK postcode (area, district, sector, unit) or an Eircode
	(routing key and four characters)."""
	areas = DESKS[c["desk"]][2]
	a = rng.choice(areas)
	if c["place"] == "Kilkenny":
		a = "R95"
	if c["nation"] == "IE":
		return "%s %s" % (a, "".join(rng.choice("ACDEFHKNPRTVWXY0123456789")
			for _ in range(4)))
	return "%s%d %d%s" % (a, rng.randint(1, 20), rng.randint(1, 9),
		"".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))


def address(rng, c):
	county = DESKS[c["desk"]][1]
	if c["desk"] == "DUB" and c["place"] == "Kilkenny":
		county = "Co. Kilkenny"
	return {"address": "%d %s" % (rng.randint(1, 240), rng.choice(STREETS)),
		"address_2": rng.choice([None, None, None, "Unit %d" %
		rng.randint(1, 20), "%s Business Park" % rng.choice(BRAND["all"])]),
		"city": c["place"] or c["town"], "state": county,
		"zip": postcode(rng, c)}


FREE_MAIL = ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com",
	"eircom.net", "yahoo.co.uk", "sky.com", "hotmail.com"]


def domain(rng, c, taken):
	if c["sector"] == "gp" and c["nation"] != "IE":
		return "nhs.net"
	if rng.random() < .25:
		return rng.choice(FREE_MAIL)
	stem = lk.latin(c["brand"] or (c["surs"] or [""])[0] or c["place"] or
		c["core"]).lower()
	stem = re.sub("[^a-z0-9]", "", stem)[:14] or "office"
	stem += {"dental": "dental", "solicitors": "law", "accounts": "accounts",
		"pharmacy": "pharmacy", "school": "school"}.get(c["sector"], "")
	tld = ".ie" if c["nation"] == "IE" else ".org.uk" if c["sector"] in (
		"charity", "council", "housing", "school") else ".co.uk"
	k = stem + tld
	taken[k] = taken.get(k, 0) + 1
	return k if taken[k] == 1 else "%s%d%s" % (stem, taken[k], tld)


def phone(rng, c):
	code = DESKS[c["desk"]][3]
	if c["nation"] == "IE":
		return "+353 %s %03d %04d" % (code.lstrip("0"), rng.randint(200,
			999), rng.randint(0, 9999))
	if len(code) == 3:
		return "%s %04d %04d" % (code, rng.randint(2000, 9999),
			rng.randint(0, 9999))
	return "%s %03d %04d" % (code, rng.randint(200, 999), rng.randint(0,
		9999))


def first_contact(rng, c):
	p = c["contacts"][0] if c["contacts"] else {}
	c["syncro"] = dict(firstname=p.get("firstname"),
		lastname=p.get("lastname"), email=p.get("email"),
		phone=phone(rng, c), **c["syncro"])


def population(rng, n):
	g = lk.G()
	g.custs, seen, shared, doms = [], set(), set(), {}
	ids = iter(range(39200001, 39999999))
	cid = 39000000
	while len(g.custs) < n:
		c = lk.draw_unseen(lambda: make_customer(rng, 0),
			lambda c: {skel(f) for f in forms(c)}, seen, 60)
		if c is None:
			continue
		cid += rng.randint(1, 3)	# at most 39150000 at 50,000
		c["id"] = cid
		c["domain"] = domain(rng, c, doms)
		lk.add_customer(rng, g, c, ids, shared, address, contacts, assets)
		first_contact(rng, c)
	g.shared = sorted(shared)
	return g


def index(g):
	"""linkgen's indexes, and the words each sector is named by and the
	(name less its place, place) pairs the customers hold."""
	g.sector_keys, g.pkeys = set(), set()

	def each(g, c):
		g.sector_keys.update(keys_of(c))
		if c["pkey"]:
			g.pkeys.add((skel(c["pkey"].replace("{Pl}", "")),
				skel(c["place"])))
	lk.index_customers(ck, g, forms, each)


# ---------------------------------------------------------------- typing
TYPO = lk.Typo(["1234567890-=", "qwertyuiop[]", "asdfghjkl;'#",
	"\\zxcvbnm,./"])
name_or_core = lk.name_or_core
n_typo, n_typo2 = TYPO.n_core_typo, TYPO.n_core_typo2


def n_caps(rng, g, c):
	"""Capitals as Companies House prints a name (Ltd as LIMITED), or a
	name stored in capitals typed in mixed case."""
	s = name_or_core(rng, c, .4)
	if s.isupper():
		return s.title().replace("'S ", "'s ")
	return re.sub(r"\bLTD\.?$", "LIMITED", s.upper())


def n_lower(rng, g, c):
	t = name_or_core(rng, c, .6).lower()
	return re.sub(r"[.',]", "", t) if rng.random() < .4 else t


def n_reorder(rng, g, c):
	"""The place moved to the front or the surname to the back: "Didsbury
	- Station Road Surgery", "Solicitors, Bradley & Shah"."""
	s = c["core"]
	pl = c["place"]
	rest = pl and s.endswith(pl) and s[:-len(pl)].rstrip(" ,-")
	if rest and len(rest.split()) >= 2:
		return "%s %s" % (pl, rest) if rng.random() < .5 else \
			"%s - %s" % (pl, rest)
	if c["surs"] and s.startswith(c["surs"][0] + " "):
		ws = s.split(" ")
		tail = [w for w in ws[1:] if w not in ("&", "and")]
		if len(tail) >= 1 and ws[1] not in ("&", "and"):
			return "%s, %s" % (" ".join(ws[1:]), ws[0])
	return None


ABBR = [("Centre", "Ctr"), ("Medical Centre", "MC"), ("Health Centre",
	"HC"), ("Surgery", "Surg"), ("Practice", "Pract"), ("Solicitors",
	"Sols"), ("Accountants", "Accts"), ("Brothers", "Bros"), ("Bros",
	"Brothers"), ("Services", "Svcs"), ("Building", "Bldg"), ("Contractors",
	"Contrs"), ("Housing Association", "HA"), ("Community", "Comm"),
	("Property", "Prop"), ("Management", "Mgmt"), ("Plumbing & Heating",
	"P&H"), ("Parish Council", "PC"), ("Town Council", "TC"), ("Primary "
	"School", "Primary"), ("Medical", "Med"), ("Association", "Assoc")]


def swap_abbr(t, long, short):
	if re.search(r"(?<!\w)%s(?!\w)" % re.escape(long), t):
		return re.sub(r"(?<!\w)%s(?!\w)" % re.escape(long), short, t,
			count=1)
	return t


n_abbrev = lk.abbrev_row(ABBR, swap_abbr,
	lambda rng, t: t.replace(".", "") if rng.random() < .3 else t)


def n_acronym(rng, g, c):
	"""A name of three words or more (less its form, "the", "&") by its
	initials: "HVMC", "SM Surgery"."""
	ws = [w for w in re.split(r"[\s,&/-]+", unaccent(c["trade"] or
		c["core"])) if w and w[0].isalpha() and w.lower() not in DROP]
	if len(ws) < 3 or c["sector"] == "school" and c["place"]:
		return None
	return lk.initials(rng, ws)


def legal_other(rng, c, r):
	"""The form respelt or another one, rarely after a comma."""
	alt = rng.choice(LEGAL_ALT.get(c["legal"], ["Ltd"]))
	core = c["core"]
	if core.isupper() and rng.random() < .5:
		core = core.title().replace("'S ", "'s ")
	return ("%s %s" if r < .9 else "%s, %s") % (core, alt)


n_legal = lk.legal_row(legal_other)


def n_and_co(rng, g, c):
	"""& Co / & Co. / and Company / & Company / and Co / &Co."""
	s = name_or_core(rng, c)
	m = re.search(r" (& Co\.?|& Company|and Company)(?=\W|$)", s)
	if not m:
		return None
	alt = rng.choice([x for x in ("& Co", "& Co.", "and Company",
		"& Company", "and Co", "&Co") if x != m.group(1)])
	return s[:m.start()] + " " + alt + s[m.end():]


def n_branch(rng, g, c):
	"""A district, town, postcode district or site after the name."""
	s = name_or_core(rng, c, .6)
	zipc = c["syncro"]["zip"].split()[0]
	site = rng.choice([c["syncro"]["city"], zipc, rng.choice(SITES),
		"%s %s" % (c["syncro"]["city"], rng.choice(SITES))])
	if site in s:
		return None
	sep = rng.choice([" - ", " / ", " (", ", "])
	return s + sep + site + (")" if sep == " (" else "")


n_contact = lk.contact_row(lambda rng, c, p: rng.choice(["", "", "",
	"(practice manager)", "(office manager)", "(clerk)", "(bursar)"]))
n_person = ck.person_row(lambda rng, c: rng.random() < .15)
n_domain = lk.domain_row([f.split(".")[0] for f in FREE_MAIL] + ["nhs"])


def n_trading(rng, g, c):
	"""A firm that trades under another name by one of its names: the
	trading name alone, the company alone, or both with t/a respelt."""
	if not c["trade"]:
		return None
	r = rng.random()
	if r < .5:
		return c["trade"]
	if r < .7:
		co = c["company"]
		return co.title().replace("'S ", "'s ") if co.isupper() and \
			rng.random() < .5 else co
	return "%s %s %s" % (c["trade"], rng.choice(["t/a", "T/A", "ta",
		"trading as"]), c["company"]) if rng.random() < .3 else \
		"%s %s %s" % (c["company"], rng.choice(["T/A", "t/a", "ta",
		"trading as", "T/as"]), c["trade"])


SCHOOL_SWAP = [(r"\bSt (?=\w)", ["St. ", "Saint ", ""]), (r"'s\b", ["s",
	""]), (r"\bC of E\b", ["CofE", "CE", "Church of England", "C.of E."]),
	(r"\bCofE\b", ["C of E", "CE", "Church of England"]),
	(r"\bRC\b", ["Roman Catholic", "Catholic", "R.C."]), (r"\bCatholic\b",
	["RC", "R.C."]), (r"\bPrimary School\b", ["Primary", "PS", "Primary Sch",
	"Prim School"]), (r"\bNational School\b", ["NS", "N.S.", "National "
	"Sch"]), (r"\bChurch in Wales\b", ["CiW", "C in W"]),
	(r", (?=[A-Z])", [" ", " - ", " ("])]


def n_school(rng, g, c):
	"""A school's name as staff type it: St / St. / Saint, the
	apostrophe, C of E / CofE / CE, RC / Roman Catholic, Primary / PS,
	National School / NS; the district kept."""
	if c["sector"] != "school":
		return None
	t = c["core"]
	swaps = SCHOOL_SWAP[:]
	rng.shuffle(swaps)
	done = 0
	for rx, alts in swaps:
		if re.search(rx, t) and (done == 0 or rng.random() < .5):
			alt = rng.choice(alts)
			if rx.startswith(", "):
				if alt == " (":
					t = re.sub(rx, " (", t, count=1) + ")"
					done += 1
					continue
			t = re.sub(rx, alt, t, count=1)
			done += 1
	return t if done else None


def n_mac(rng, g, c):
	"""Mc / Mac / Mc with a space; O' / O / O with no apostrophe."""
	s = name_or_core(rng, c)
	m = re.search(r"\b(Mc|Mac|O')(?=[A-Z])", s)
	if not m:
		return None
	alts = {"Mc": ["Mac", "Mc ", "MC"], "Mac": ["Mc", "Mac "],
		"O'": ["O", "O ", "O’"]}[m.group(1)]
	return s[:m.start()] + rng.choice(alts) + s[m.end():]


def n_gaelic(rng, g, c):
	"""The name with its place or surname in the other language (or
	its English form for an Irish-language one), accents dropped half the
	time."""
	if not c["alt"]:
		return None
	t = c["alt"]
	if c["legal"] and rng.random() < .4:
		t = t[:-len(c["legal"])].strip()
	return unaccent(t) if rng.random() < .5 else t


def n_accents(rng, g, c):
	s = name_or_core(rng, c)
	t = unaccent(s)
	return t if t != s else None


US = [("Centre", "Center"), ("Jewellers", "Jewelers"), ("Organisation",
	"Organization"), ("Theatre", "Theater"), ("Practice", "Practise"),
	("Advisers", "Advisors"), ("Annexe", "Annex")]


def n_spelling(rng, g, c):
	"""A US spelling (Center, Jewelers) as a US keyboard's spell checker
	offers it."""
	s = name_or_core(rng, c, .6)
	for uk, us in US:
		if re.search(r"\b%s\b" % uk, s):
			return re.sub(r"\b%s\b" % uk, us, s, count=1)
	return None


def n_charity(rng, g, c):
	"""A charity by its number ("Charity 1123456", "SC012345"), or its
	name with the form dropped or respelt and the number after it."""
	if not c["charity"]:
		return None
	num = c["charity"]
	core = re.sub(r"\s*[\(-].*$", "", c["core"])
	r = rng.random()
	if r < .3:
		return "%s - %s" % (core, num)
	if r < .6 and c["legal"]:
		return "%s %s" % (core, rng.choice(LEGAL_ALT.get(c["legal"],
			["Ltd"])))
	if r < .8:
		return "%s (Reg. Charity %s)" % (core, num)
	return "%s %s" % (core, rng.choice(["Charity", "charity", "Trust"]
		if "Trust" not in core else ["Charity"]))


def n_mixed(rng, g, c):
	first = rng.choice([n_legal, n_abbrev, n_trading, n_school, n_mac,
		n_gaelic, n_accents, n_and_co])(rng, g, c)
	turn = rng.choice([n_typo, n_caps, lk.n_truncated, n_lower])
	return turn(rng, g, dict(c, name=first, core=first)) if first else None


KINDS = [("exact", lk.n_exact, 12), ("caps", n_caps, 5),
	("lower", n_lower, 3), ("typo", n_typo, 8), ("two typos", n_typo2, 3),
	("truncated", lk.n_truncated, 4), ("reorder", n_reorder, 3),
	("abbrev", n_abbrev, 4), ("acronym", n_acronym, 2),
	("legal", n_legal, 8), ("and co", n_and_co, 2), ("branch", n_branch, 4),
	("contact", n_contact, 3), ("person", n_person, 2),
	("domain", n_domain, 2), ("trading as", n_trading, 5),
	("school", n_school, 5), ("mac", n_mac, 3), ("gaelic", n_gaelic, 3),
	("accents", n_accents, 2), ("spelling", n_spelling, 2),
	("charity", n_charity, 2), ("mixed", n_mixed, 4)]


# ---------------------------------------------------------------- impostors
def fresh(rng, g, c):
	"""A name of the customers' shapes whose brand, surnames and place
	no customer has."""
	d = make_customer(rng, 0, c["desk"], outside=True)
	if set(keys_of(d)) & g.sector_keys:
		return None
	return d["name"]


def i_other_town(rng, g, c):
	"""A customer's saint, street, pub or council name in another
	district or town of the desk (or of another desk)."""
	if not c["pkey"]:
		return None
	pool = places_of(c["desk"]) + [CITY[c["desk"]]]
	if rng.random() < .3:
		pool = places_of(rng.choice(sorted(DESKS)))
	pl = rng.choice([p for p in pool if p != c["place"]])
	if (skel(c["pkey"].replace("{Pl}", "")), skel(pl)) in g.pkeys:
		return None
	t = c["pkey"].replace("{Pl}", pl)
	return t + " " + c["legal"] if c["legal"] and rng.random() < .5 else t


OTHER_SECTOR = {"solicitors": ["Lettings", "Estate Agents", "Financial "
	"Planning", "Property Services"], "accounts": ["Lettings", "Insurance "
	"Brokers", "Property Services", "Solicitors"], "estate": ["Accountants",
	"Solicitors", "Financial Planning"]}


def i_other_form(rng, g, c):
	"""The surnames of a firm of two partners in another trade under
	another legal form: "Bradley & Shah Lettings Ltd" for "Bradley & Shah
	Solicitors LLP"."""
	if len(c["surs"]) != 2 or c["sector"] not in OTHER_SECTOR:
		return None
	a, b = c["surs"]
	trade = rng.choice(OTHER_SECTOR[c["sector"]])
	if trade in c["core"]:
		return None
	form = {"LLP": ["Ltd", "Limited"], "": ["Ltd", "LLP"]}.get(c["legal"],
		["LLP", "Ltd"])
	return "%s %s %s %s" % (a, rng.choice(["&", "and"]), b, trade) + " " + \
		rng.choice(form)


def i_successor(rng, g, c):
	"""Another company of a firm's words: a successor with a year and a
	word more ("Northgate Joinery Services (2019) Ltd"), or a holding
	company ("Northgate Holdings Ltd")."""
	if c["sector"] in ("school", "council", "charity", "gp") or \
			c["trade"] or not (c["brand"] or c["surs"]):
		return None
	word = c["brand"] or c["surs"][0]
	legal = rng.choice(["Ltd", "Limited", "LIMITED"])
	if rng.random() < .5:
		if len(c["core"].split()) > 3:
			return None
		# A word that names another line of work, not "UK" or "Group"
		# (the same firm's words read so).
		more = rng.choice(["Services", "Contracts", "Developments",
			"Solutions"])
		if c["core"].split()[-1] in ("Services", "Contracts",
				"Solutions", "Developments"):
			return None
		return "%s %s (%d) %s" % (c["core"], more, rng.randint(2009, 2024),
			legal)
	t = "%s %s %s" % (word, rng.choice(["Holdings", "Group Holdings",
		"Property Holdings", "Investments"]), legal)
	return t.upper() if legal == "LIMITED" else t


other_trade = lk.trade_picker(skel_words, OTHER_TRADE)


def i_rare(rng, g, c):
	"""A customer's rare word before a trade no customer has."""
	tr = c["brand"] in RARE and other_trade(rng, c)
	return tr and c["brand"] + " " + tr


def i_surname(rng, g, c):
	"""One of the four commonest surnames of the customer's community
	before a trade no customer has, a legal form after it three times in
	ten."""
	tr = other_trade(rng, c)
	if tr:
		tpl = rng.choice(["{0} {1}", "{0}'s {1}", "{0} & Son {1}"])
		tr = tpl.format(SUR[c["comm"]][rng.randint(0, 3)], tr)
		if rng.random() < .3:
			tr += " " + lk.wpick(rng, LEGAL[c["nation"]])
	return tr


i_person, i_personal = lk.person_impostors(ck,
	lambda rng, c: person(rng, c["comm"]), ["", "", "", "Dr "], PERSONAL)


def i_prospect(rng, g, c):
	"""A fresh name after "Quote - ", "Prospect: " ..."""
	name = fresh(rng, g, c)
	return name and rng.choice(PROSPECT) + name


# (kind, drawer, share); about 37% of the rows are impostors.
IMPOSTORS = [("impostor: same shape", fresh, 16),
	("impostor: other town", i_other_town, 12),
	("impostor: other form", i_other_form, 6),
	("impostor: successor", i_successor, 9),
	("impostor: rare word", i_rare, 7),
	("impostor: common surname", i_surname, 8),
	("impostor: person", i_person, 7),
	("impostor: vendor", lk.one_of(VENDORS), 9),
	("impostor: prospect", i_prospect, 7),
	("impostor: personal", i_personal, 7),
	("impostor: own staff", lk.one_of(STAFF), 6)]
KEPT = ("id", "name", "syncro", "contacts", "assets")
BENCH = ("BENCH-%s-%02d", 5)
CLOCK = (1833000000, 977, 70)	# numbered()'s start, step and minutes


def main():
	lk.desk_main("blind39", ck, population, index, KINDS, IMPOSTORS, KEPT,
		BENCH, TECHS, CLOCK)


if __name__ == "__main__":
	main()
