#!/usr/bin/python3
# gen-link-blind9.py NCUST NNAMES SEED OUTDIR - the ninth held-out
# benchmark for sdc-link (issue #14, session 8): an MSP of the English-
# speaking Commonwealth - one Syncro account and one ScreenConnect for
# customers in the United Kingdom (England, Scotland, Wales, Northern
# Ireland), Ireland, Australia and New Zealand, served by a follow-the-sun
# helpdesk with desks in Manchester, Dublin and Brisbane that type each
# other's names.  Written by a helper that tunes nothing, without reading
# the other generators' word lists or noise code nor src/link; the tuners
# never see this file nor its output; the lead runs it once at the end of
# session 8; only aggregates are reported.  Python stdlib only; the same
# SEED gives the same files.
#
# Why this population: the earlier held-out sets are American, German/
# Dutch, Romance and Nordic.  Commonwealth names break other assumptions:
# apostrophes everywhere and typed or not ("St Mary's", "Smiths Plumbing",
# "O'Brien"/"OBrien"/"O Brien", "Mc Carthy"), "St"/"Saint" and "Mt"/
# "Mount", macrons that only some desks type (Whangārei, Taupō, Ōamaru)
# and Irish fadas (Gaelscoil Bhríde, Dún Laoghaire), a dozen legal forms
# that say the same thing (Ltd, Limited, Pty Ltd, Pty. Limited,
# Proprietary Limited, Teoranta/Teo, DAC, CLG, CIO, CIC, LLP, Cyf, Inc)
# and that desks swap (a Brisbane desk writes "Pty Ltd" for a Bolton
# "Ltd"), trading names beside registered names ("The Trustee for the
# Nguyen Family Trust t/a Harbourside Dental", "Kelly Holdings Ltd t/a
# Riverside Plumbing"), the same practice name in every town ("The Elms
# Medical Practice", "The Red Lion"), stored with the town when the list
# has two, and acronyms of schools, councils and clubs (SMRCPS, BMBC,
# RFC, CLG, RSL).
#
# Writes OUTDIR/customers.json (id, business_name, contacts [id, firstname,
# lastname, email], assets [id, name]), names.tsv (typed TAB true id or ""
# TAB noise kind TAB machine), sessions.jsonl (the machine left blank: the
# name is the only evidence) and sessions-machine.jsonl (the machine in
# the segment content "Connected to machine: NAME"; session_type Access
# on a machine some customer owns, Support otherwise), through the shared
# writer screenconnect_record.py.
#
# Where the shapes come from (every word list below was written for this
# file from these facts; no list was copied in):
#  - Surnames: UWE Bristol's Family Names of the UK study via the
#    Independent (2016: Smith, Jones, Williams, Taylor, Davies, Brown,
#    Wilson, Evans, Thomas, Johnson; Jones/Davies/Evans Welsh patronymics,
#    Patel at 40 by 1998) and countryfile.com (Scotland: Smith, Brown,
#    Wilson, Campbell ...); the CSO Ireland 2014 births list via
#    irishpost.com (Murphy, Kelly, Byrne, Ryan, O'Brien, Walsh,
#    O'Sullivan, O'Connor, Doyle, McCarthy, O'Neill, Lynch, O'Reilly,
#    Dunne, McDonagh, Brennan, Fitzgerald, Daly, Kavanagh, Nolan); the
#    electoral-roll analysis in the Sydney Morning Herald (2006) and
#    thoughtco.com for Australia (Smith, Jones, Williams, Brown, Wilson,
#    Taylor, Nguyen at 7, Lee, Tran, Wong, Chan; the Irish Ryan, Kelly,
#    Murphy in the top 50).  New Zealand mixes the UK list with Māori
#    surnames (public figures' names: Ngata, Parata, Tipene, Walker).
#  - First names: ONS baby names for England and Wales (BBC 2018: Oliver,
#    Harry, George, Jack; Olivia, Amelia, Isla, Emily) with older names for
#    the adults who run practices (Sarah, Helen, David, Paul), CSO Ireland
#    (Jack, Emily; Aoife, Niamh, Seán, Cian), and common Australian and
#    New Zealand names.
#  - Legal forms: Companies House via ukcorporator.co.uk, simply-docs and
#    companylawforum.co.uk (limited/ltd/ltd., cyfyngedig/cyf only for a
#    registered office in Wales, plc/p.l.c., LLP/L.L.P., CIC/C.I.C., 'Co'
#    for company, '&' for 'and'; the certificate prints the name in
#    capitals, so a tenth of UK companies are stored in capitals); CRO
#    Ireland leaflets 1 and 24 (LTD, DAC, CLG, ULC, PLC; "Limited/
#    Teoranta" at the end; DAC and CLG may be exempt from the suffix); the
#    Corporations Act ss. 148-149 via lawyer.com.au, lawpath.com.au and
#    ASIC INFO 189 (Proprietary Limited and its abbreviations Pty Ltd, Pty
#    Limited, Proprietary Ltd, with or without full stops; Co/Coy; a
#    business name - an ABN trading name - may not use them); the NZ
#    Companies Office (a company name ends with "Limited", "Tapui" or
#    "Unlimited"; &/and, Co/Coy, NZ and Bros disregarded in comparison).
#    Incorporated societies ("Inc", "Incorporated") and Australian ABN
#    entity names ("The Trustee for ... Family Trust") are common public
#    knowledge.
#  - Places: public town names; Māori names with their official macrons
#    from the New Zealand Geographic Board decisions reported by Scoop
#    (2019: Taupō, Whakatāne, Whangārei, Wānaka, Ōhakune, Ōpōtiki, Tūrangi;
#    2020: Tākaka, Eketāhuna, Māpua, Ruakākā, Mangōnui); Aboriginal place
#    names from SBS and the Wikipedia list (Toowoomba, Wagga Wagga,
#    Wollongong, Katoomba, Wangaratta, Indooroopilly, Woolloongabba,
#    Caboolture, Parramatta, Goondiwindi); Welsh names of Welsh towns.
#    Shared town names across the four countries are real (Perth, Ipswich,
#    Newcastle, Warwick, Ballina, Westport, Cambridge, Bangor).
#  - Naming conventions: GP surgeries by street or house name (the NHS
#    GP Patient Survey tables: "Mill Stream Surgery", "Brown Clee Medical
#    Centre", "Firs Surgery"); GAA clubs by parish or by a saint or patriot
#    (hoganstand.com and gaaboard.com threads: "Omagh St. Enda's",
#    "Steelstown Brian Óg's GAC"); Irish-medium schools "Gaelscoil"/
#    "Scoil", Welsh "Ysgol", NZ "Te Kura"; the macron-less "double vowel"
#    spelling of Māori (Waikato-Tainui) for one desk in ten.
#  - Keyboards: Wikipedia "British and American keyboards" and
#    eustore.co.uk (UK and Ireland use the BS 4822 ISO layout: an extra
#    key '#~' beside Enter, '\' left of Z, '@' and '"' swapped; Australia
#    and New Zealand use the US layout; AltGr+vowel gives the Irish fada on
#    the Irish layout).  Slip kinds and their shares are an assumption.
#
# The customers (NCUST): United Kingdom 46% (England 34, Scotland 5, Wales
# 4, Northern Ireland 3), Ireland 18%, Australia 24%, New Zealand 12%.
# Verticals (weights in VERTICALS): GP practices and health centres,
# dental, veterinary, pharmacies/chemists, solicitors, accountants, estate
# and letting agents, trades (plumbing, electrical, joinery, builders,
# roofing), schools and academy trusts, councils, charities, sports clubs
# (GAA, rugby, football, bowls, golf, surf life saving, RSL), pubs and
# hotels, farms and stations, Māori and Aboriginal bodies.  Legal forms
# per country and vertical (FORMS); 7% of firms are stored as a trading
# name with the registered one ("t/a", "a trading name of", or the ABN
# trustee shape); 10% of UK company names in capitals.  Names are unique
# once case, accents, apostrophes, punctuation, "&"/"and", "the", legal
# forms and St/Saint, Mt/Mount are set aside; a generic name already
# taken is stored with its town ("The Elms Medical Practice - Bolton"),
# else drawn again.  Contacts 1-4, the first the principal (the "Dr A
# Patel" of "Dr A Patel & Partners"); mail at the body's domain for
# councils and schools, the firm's domain 55%, a public mailbox otherwise
# (btinternet.com, eircom.net, bigpond.com, xtra.co.nz ...).  Assets:
# log-normal, median 4, councils and schools four times more, at most 90;
# one scheme per customer: site prefix from the name ("ELMS-PC03",
# "SMRC-STAFF12") 45% - short codes collide across customers -,
# DESKTOP-XXXXXXX 25%, role names (RECEPTION-01, TILL1, DISPENSARY,
# CONSULT-2, SERVER) shared by many 20%, laptops named by their user
# ("Sarahs-MacBook-Air", "SEANS-PC") 10%, plus user machines for a third.
#
# The names (NNAMES): 84% real customers, drawn in proportion to 1 + the
# square root of their asset count, 16% impostors.  The customer's own
# desk (Manchester for GB, Dublin for IE and NI, Brisbane for AU and NZ)
# types 72%, the other two desks 28% (follow the sun).  Real kinds, exact
# counts (largest remainder) from WEIGHTS: exact; case (all lower 60%,
# capitals 30%, each word capitalised 10%); suffix (legal form
# dropped, written another way - Pty. Ltd., Limited, Teo, L.L.P. - or
# swapped for the typing desk's own - Ltd <-> Pty Ltd <-> Limited; a firm
# without one gets the desk's usual); accent (macrons and fadas dropped,
# Welsh circumflex dropped, or Māori long vowels doubled: Taupoo);
# apostrophe (dropped: "St Marys", "Smiths"; or added: "Smith's
# Plumbing" for "Smiths Plumbing"; or typed as a backtick/right quote);
# saint/mount (St <-> Saint <-> St., Mt <-> Mount, Road <-> Rd, Street <->
# St); mc/o' (O'Brien as OBrien, O Brien, Obrien; McCarthy as Mc Carthy,
# Mccarthy; MacDonald as Mac Donald); and (&, and, +, dropped);
# abbreviation (Med Ctr, HC, Sols, Accts, Prim Sch, NS, Assoc., Mgmt,
# P&H, Elec, Vets, Cncl, TC/PC/DC; acronyms of schools, councils, trusts
# and clubs: SMRCPS, BMBC, RFC <-> Rugby Football Club, CLG, RSL);
# truncated (form and trailing descriptor dropped, the town qualifier
# dropped, the first partner only, cut at a field width); reorder (the
# town first, partners swapped, "City of X" <-> "X City", "Council,
# Bolton"); typo; two typos; typo+case; prefix (a desk word added - "Cust:",
# "Client -", "MAN -", "BNE:" - or "The" dropped or added); person (a
# contact, alone or with a short name: "Sarah Jones", "Sarah @ Elms
# Surgery", "Dr Patel"); trading name (one half of a dual name); spelling
# (an en-US autocorrect: Center, Harbor, Organization, Theater, Jewelers,
# Tires); spacing (Riverside <-> River Side, Healthcare, Te Awamutu ->
# Teawamutu, Gaelscoil -> Gael Scoil); mixed (a short form - truncated,
# abbreviated, apostrophe, saint - with a typo 40%, an accent or apostrophe
# fold 30%, a case change 30%).  A kind that does not apply is drawn on
# another customer.  Typos on the typing desk's keyboard (ISO UK for
# Manchester and Dublin, US for Brisbane): a neighbour key 40%, two letters
# swapped 20%, a letter dropped 25%, a letter doubled or a neighbour added
# 15%, a word's first letter spared 90%.
# Labels stay honest: a typed name whose key (as for uniqueness above) is
# another customer's, or one slip (OSA distance 1, over-approximated) from
# another customer's key, is drawn again; a short form (truncated,
# abbreviation, prefix, person, trading name, mixed) whose words all stand
# in another customer's name is drawn again (so "The Elms Medical
# Practice" is never typed for the Bolton one when Leeds has one too).  A
# short form keeps a distinctive word.  A row with no honest name in 200
# draws becomes the customer's exact name, labelled "exact (fallback)".
#
# Impostors (not customers): "impostor: rare word" 25% (a customer's
# rarest word in another trade: "Kavanagh Tyres" beside "Kavanagh & Co
# Solicitors"), "impostor: namesake" 20% (the same surname or house name
# in a sibling trade or another town: "The Elms Surgery Harrogate",
# "Murphy Electrical" beside "Murphy Plumbing & Heating"), "impostor: same
# shape" 13% (a customer's shape with another surname, town or feature the
# list also uses), "impostor: other school or council" 15% (a school,
# council or club of a town the MSP does not serve in that shape),
# "impostor: internal" 15% (the MSP's own machines, desks and people),
# "impostor: person" 12% (a private caller: "Private - Sean Murphy", "Mrs
# J Doyle (home)").  An impostor whose key is a customer's, one slip from
# one, or whose words are a subset or superset of one customer's is drawn
# again (an impostor of another kind becomes a person impostor after 150
# draws, and a person or internal one skips the word test after 300); a
# fifth get a case change or a typo.
#
# Machines (sessions-machine.jsonl), assumed shares: real - one of the
# customer's assets 70%, a machine Syncro does not know yet 12% (in the
# customer's scheme when it has one), the caller's own device 8%, no name
# 6%, an asset Syncro lists under another customer 4%.  Impostors - an
# unknown DESKTOP-/LAPTOP- name 45%, a role name some customers own 25%, a
# personal device 15%, no name 15%.
#
# At seed 1 with 5,000 customers (England 1,700, Scotland 250, Wales 200,
# Northern Ireland 150, Ireland 900, Australia 1,200, New Zealand 600):
# 46% of the names carry a legal form, 9% an apostrophe, 5% an O'/Mc/Mac
# surname, 5% a macron, fada or other accent; 203 firms are stored with a
# trading and a registered name, 785 generic names with the town the MSP
# added, 78 in capitals.  The median customer has 5 assets and 47% of the
# assets have a name another customer's asset has too (role names and
# personal devices nearly always, 29% of the site codes).  Of the 1,680
# real sessions 34% are on a machine only their customer owns, 37% on one
# several own (theirs among them), 10% on one only other customers own
# (a new machine or a personal device whose name another customer's asset
# has, or an asset listed under another customer), 11% on an unknown one,
# 8% name none.  One trading-name row falls back to exact; at 50,000
# customers and 10,000 names two rows do.
#
# Speed (machine shared, load 4-6): seed 1 takes 2-3 s wall (1.7-2.3 s
# CPU, 66 MB) for 5,000 customers and 2,000 names; 23 s wall (16 s CPU,
# 434 MB) for 50,000 customers and 10,000 names.
import math
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import screenconnect_record as scr  # noqa: E402

# ---------------------------------------------------------------- places
REGIONS = (("en", 34), ("sc", 5), ("wa", 4), ("ni", 3), ("ie", 18),
	("au", 24), ("nz", 12))
COUNTRY = {"en": "uk", "sc": "uk", "wa": "uk", "ni": "uk", "ie": "ie",
	"au": "au", "nz": "nz"}
DESK_OF = {"en": "man", "sc": "man", "wa": "man", "ni": "dub", "ie": "dub",
	"au": "bne", "nz": "bne"}

TOWNS = {
	"en": ("Bolton Bury Oldham Rochdale Stockport Wigan Salford Altrincham "
		"Sale Stretford Warrington Preston Blackburn Burnley Chorley Leigh "
		"Macclesfield Knutsford Wilmslow Buxton Glossop Huddersfield Halifax "
		"Harrogate Skipton Lancaster Kendal Chester Crewe Nantwich Northwich "
		"Leek Derby Sheffield Leeds York Hull Lincoln Nottingham Leicester "
		"Coventry Worcester Hereford Shrewsbury Ludlow Bristol Bath Exeter "
		"Truro Norwich Ipswich Cambridge Oxford Reading Guildford Brighton "
		"Canterbury Maidstone Colchester Chelmsford Bedford Northampton "
		"Kettering Carlisle Penrith Durham Darlington Whitby Scarborough "
		"Morecambe Southport Ormskirk Formby Prestwich Heywood Hyde Marple "
		"Cheadle Didsbury Chorlton Urmston Eccles Swinton Walkden Horwich "
		"Westhoughton Ramsbottom Todmorden Newcastle Warwick Stafford "
		"Tamworth Lichfield Rugby Banbury Ely Wells Frome Kendal Ulverston "
		"Keswick Cockermouth Settle Ilkley Otley Wetherby Selby Goole").split(),
	"sc": ("Glasgow Edinburgh Aberdeen Dundee Inverness Perth Stirling Paisley "
		"Kilmarnock Ayr Dumfries Falkirk Livingston Kirkcaldy Dunfermline "
		"Oban Elgin Peebles Galashiels Hawick Forfar Arbroath Montrose "
		"Nairn Thurso Wick Dingwall Largs Irvine Greenock").split(),
	"wa": ("Wrexham Bangor Aberystwyth Caernarfon Llandudno Machynlleth "
		"Dolgellau Llanelli Pwllheli Porthmadog Bala Ruthin Denbigh Brecon "
		"Llangollen Cardigan Lampeter Tregaron Conwy Abergele Rhyl Mold "
		"Holywell Llangefni Amlwch Blaenau_Ffestiniog Harlech Tywyn Newtown "
		"Welshpool Llanidloes Rhayader Builth_Wells Cardiff Swansea "
		"Newport Carmarthen Neath").split(),
	"ni": ("Belfast Derry Newry Armagh Enniskillen Omagh Ballymena Coleraine "
		"Lisburn Bangor Downpatrick Strabane Dungannon Cookstown Magherafelt "
		"Limavady Larne Carrickfergus Banbridge Portadown Lurgan Ballycastle "
		"Kilkeel Castlederg").split(),
	"ie": ("Dublin Cork Galway Limerick Waterford Kilkenny Sligo Letterkenny "
		"Athlone Tullamore Mullingar Navan Drogheda Dundalk Wexford Carlow "
		"Naas Bray Ennis Tralee Killarney Clonmel Thurles Nenagh Castlebar "
		"Westport Ballina Tuam Longford Cavan Monaghan Portlaoise Swords "
		"Malahide Clonakilty Mallow Youghal Dungarvan Ballinasloe Gort "
		"Kinsale Bantry Skibbereen Listowel Dingle Kenmare Birr Roscrea "
		"Edenderry Kildare Newbridge Maynooth Celbridge Leixlip Greystones "
		"Arklow Gorey Enniscorthy Tramore Cashel Cahir Carrick Boyle "
		"Ballyshannon Buncrana Donegal Ardee Kells Trim").split()
		+ ["Dún Laoghaire", "An Spidéal", "Béal Átha an Ghaorthaidh",
		"Carrick-on-Shannon", "Carrick-on-Suir", "Newcastle West",
		"Castleisland", "Cloich na Coillte"],
	"au": ("Brisbane Toowoomba Ipswich Logan Redcliffe Caboolture Maroochydore "
		"Noosa Gympie Bundaberg Rockhampton Mackay Townsville Cairns "
		"Gladstone Warwick Stanthorpe Goondiwindi Dalby Roma Emerald "
		"Longreach Indooroopilly Woolloongabba Toowong Chermside Coolangatta "
		"Lismore Ballina Grafton Tamworth Armidale Dubbo Orange Bathurst "
		"Albury Wollongong Katoomba Parramatta Newcastle Maitland Gosford "
		"Canberra Queanbeyan Geelong Ballarat Bendigo Shepparton Wangaratta "
		"Mildura Warrnambool Echuca Launceston Hobart Devonport Burnie "
		"Adelaide Whyalla Perth Mandurah Bunbury Kalgoorlie Geraldton Albany "
		"Darwin Katherine Gundagai Moruya Narooma Tumut Caloundra Nambour "
		"Beaudesert Kingaroy Murwillumbah Mudgee Cessnock Kiama").split()
		+ ["Wagga Wagga", "Hervey Bay", "Mount Isa", "Tweed Heads",
		"Byron Bay", "Coffs Harbour", "Port Macquarie", "Woy Woy",
		"Mount Gambier", "Port Augusta", "Alice Springs", "Kurri Kurri",
		"Mount Barker", "Mount Druitt"],
	"nz": ("Auckland Wellington Christchurch Hamilton Tauranga Whangārei "
		"Rotorua Taupō Napier Hastings Whanganui Nelson Blenheim Invercargill "
		"Dunedin Queenstown Wānaka Timaru Ōamaru Gisborne Whakatāne Ōpōtiki "
		"Ōtorohanga Cambridge Matamata Thames Kaikōura Kūmara Hokitika "
		"Greymouth Westport Motueka Tākaka Ōhakune Tūrangi Paraparaumu Levin "
		"Masterton Featherston Martinborough Eketāhuna Pōkeno Kerikeri "
		"Kaitāia Dargaville Whitianga Waihī Māpua Ruakākā Mangōnui Katikati "
		"Taumarunui Waipukurau Feilding Raglan Ōtaki Ashburton Gore").split()
		+ ["Palmerston North", "New Plymouth", "Te Awamutu", "Te Kūiti",
		"Te Puke", "Te Aroha", "Mount Maunganui", "Te Anau"],
}
VILLAGES = {	# parish and community councils, farms
	"en": ("Whalley Slaidburn Hale Bollington Prestbury Disley Hayfield "
		"Tideswell Hathersage Grassington Kettlewell Hawes Sedbergh Dent "
		"Appleby Alston Caldbeck Helmsley Pickering Downham Chipping Wray "
		"Arkholme Caton Silverdale Cartmel Coniston Hawkshead Grasmere "
		"Bamford Eyam Edale Castleton Tarporley Malpas Audlem Wybunbury "
		"Goostrey Holmes_Chapel Mobberley Lymm Croft Winwick Halsall "
		"Scarisbrick Mawdesley Croston Longridge Ribchester Bolton-by-Bowland "
		"Waddington Grindleton Gisburn Barrowford Trawden Wycoller").split(),
	"sc": ("Comrie Crieff Aberfeldy Pitlochry Dunkeld Killin Callander "
		"Aberfoyle Drymen Luss Tarbet Inveraray Kilmartin Tobermory Portree "
		"Ullapool Gairloch Lochcarron Plockton Braemar Ballater Aboyne").split(),
	"wa": ("Llanberis Beddgelert Betws-y-Coed Capel_Curig Llanrwst Corwen "
		"Cerrigydrudion Llanfair_Talhaiarn Trefriw Dolwyddelan Llanuwchllyn "
		"Abersoch Nefyn Criccieth Aberdaron Llanbedr Barmouth").split(),
	"ni": ("Cushendall Cushendun Glenarm Carnlough Ballintoy Bushmills "
		"Dervock Loughgiel Dunloy Rasharkin Crossgar Killyleagh Portaferry "
		"Kircubbin Ballywalter Annalong Rostrevor Warrenpoint").split(),
	"ie": ("Ballyvourney Inchigeelagh Kilmichael Dunmanway Drimoleague "
		"Ballydehob Schull Goleen Durrus Kilcrohane Ardgroom Eyeries "
		"Allihies Castletownbere Sneem Waterville Portmagee Cahersiveen "
		"Glenbeigh Annascaul Lispole Ballyferriter Ballydavid Feothanach "
		"Moycullen Oughterard Maam_Cross Recess Clifden Letterfrack "
		"Leenaun Cong Ballinrobe Partry Tourmakeady Kilkelly").split(),
	"au": ("Yandina Eumundi Cooroy Pomona Kin_Kin Maleny Montville Mapleton "
		"Kenilworth Conondale Crows Nest Goombungee Oakey Pittsworth "
		"Millmerran Allora Clifton Killarney Yangan Talgai Texas Inglewood "
		"Yelarbon Bungunya Talwood Mungindi Dirranbandi Thallon Muckadilla "
		"Mitchell Morven Augathella Tambo Blackall Barcaldine Aramac "
		"Muttaburra Winton Boulia Jundah Windorah Quilpie Eromanga").split(),
	"nz": ("Ōkato Ōpunake Manaia Kaponga Eltham Stratford Inglewood Waitara "
		"Urenui Mōkau Awakino Piopio Ōtorohanga Kāwhia Aotea Raglan "
		"Waitomo Benneydale Mangakino Ātiamuri Reporoa Rangitaiki Murupara "
		"Ruatāhuna Minginui Waimarino Raetihi Ōwhango Kakahi Manunui").split(),
}
COUNTY = {
	"en": ("Lancashire Cheshire Derbyshire Cumbria Staffordshire Shropshire "
		"Lincolnshire Nottinghamshire Leicestershire Warwickshire "
		"Worcestershire Herefordshire Gloucestershire Oxfordshire Norfolk "
		"Suffolk Essex Kent Devon Cornwall Somerset Dorset Wiltshire "
		"Hampshire Northumberland Durham Cambridgeshire Hertfordshire").split()
		+ ["North Yorkshire", "West Sussex", "East Sussex"],
	"sc": ("Fife Angus Moray Highland Perth Stirling Clackmannanshire "
		"Aberdeenshire Inverclyde Midlothian").split()
		+ ["East Lothian", "West Lothian", "Argyll and Bute",
		"Dumfries and Galloway", "Scottish Borders"],
	"wa": ("Gwynedd Conwy Denbighshire Flintshire Wrexham Powys Ceredigion "
		"Pembrokeshire Carmarthenshire Monmouthshire Anglesey").split(),
	"ni": ["Mid Ulster", "Causeway Coast and Glens", "Fermanagh and Omagh",
		"Newry, Mourne and Down", "Mid and East Antrim",
		"Armagh City, Banbridge and Craigavon"],
	"ie": ("Cork Galway Mayo Kerry Clare Tipperary Donegal Wicklow Wexford "
		"Meath Louth Kildare Offaly Laois Westmeath Longford Roscommon Sligo "
		"Leitrim Cavan Monaghan Limerick Waterford Kilkenny Carlow "
		"Fingal").split(),
	"au": ["Toowoomba", "Scenic Rim", "Lockyer Valley",
		"Moreton Bay", "Sunshine Coast", "Fraser Coast", "Maranoa",
		"Balonne", "Murweh", "Western Downs", "Southern Downs",
		"Whitsunday", "Burdekin", "Cassowary Coast", "Livingstone",
		"Central Highlands", "Tablelands", "Douglas", "Barcoo", "Diamantina"],
	"nz": ["Waikato", "Bay of Plenty", "Hawke's Bay", "Taranaki",
		"Manawatū-Whanganui", "Northland", "Otago", "Southland", "Canterbury",
		"West Coast", "Tasman", "Marlborough", "Gisborne", "Wellington"],
}

# ---------------------------------------------------------------- people
SURNAMES = {
	"en": ("Smith Jones Williams Taylor Davies Brown Wilson Evans Thomas "
		"Johnson Roberts Walker Wright Robinson Thompson White Hughes Edwards "
		"Green Hall Wood Harris Lewis Martin Jackson Clarke Clark Turner Hill "
		"Scott Cooper Morris Ward Moore King Watson Baker Harrison Morgan "
		"Patel Young Allen Mitchell James Anderson Phillips Lee Bell Parker "
		"Davis Whittaker Ashworth Holden Entwistle Pilkington Haworth "
		"Greenhalgh Sutcliffe Crompton Heywood Kershaw Ormerod Schofield "
		"Ackroyd Hargreaves Marsden Barlow Shah Khan Hussain Begum Ahmed "
		"Akhtar Singh Kaur Chowdhury Mistry Lomax Fairclough Rigby Winstanley "
		"Cartwright Bradshaw Hesketh Fletcher Butterworth Howarth").split(),
	"sc": ("Smith Brown Wilson Campbell Stewart Thomson Robertson Anderson "
		"MacDonald Scott Reid Murray Taylor Clark Ross Watson Morrison Paterson "
		"Young Mitchell Fraser McLean Henderson Hamilton Gray Graham Kerr "
		"MacLeod MacKenzie McKay Duncan Ferguson Grant Cameron Munro Sinclair "
		"Buchanan Sutherland MacGregor McIntyre Lindsay Drummond").split(),
	"wa": ("Jones Williams Davies Evans Thomas Roberts Hughes Lewis Morgan "
		"Griffiths Edwards Owen Price Jenkins Lloyd Rees Parry Powell Pritchard "
		"Bevan Pugh Vaughan Howells Llewellyn Prosser Gwynne Probert Meredith "
		"Jenkins Humphreys Bowen Rowlands Ellis").split(),
	"ni": ("Smith Wilson Campbell Kelly Johnston Moore Thompson Patterson "
		"Robinson Murphy Quinn McCann McLaughlin O'Neill Doherty Gallagher "
		"Hamilton McKee Graham Boyd McCullough Devlin Mulholland Magee "
		"McGuinness O'Hagan Donnelly McAllister Hughes Rafferty").split(),
	"ie": ("Murphy Kelly Byrne Ryan O'Brien Walsh O'Sullivan O'Connor Doyle "
		"McCarthy O'Neill Lynch O'Reilly Dunne McDonagh Brennan Fitzgerald "
		"Daly Kavanagh Nolan Gallagher Doherty Kennedy Murray Quinn Moore "
		"Smith Collins Keane Power Carroll Connolly Duffy Farrell Healy "
		"Hogan Kearney Mahony McGrath Moran Maguire Sheehan Kiely Cullinane "
		"Ó_Sé O'Mahony McNamara MacNamara Fitzpatrick Ó_Súilleabháin "
		"Mac_Giolla_Bhríde O'Donoghue O'Keeffe Geraghty Coughlan Horgan "
		"Whelan Tierney Flanagan Cassidy Costello Kinsella Cronin").split(),
	"au": ("Smith Jones Williams Brown Wilson Taylor Nguyen Johnson Martin "
		"White Anderson Thompson Thomas Walker Harris Lee Ryan Robinson Kelly "
		"King Davis Wood Nelson Hall Campbell Young Evans Adams Turner Roberts "
		"Clark Parker McDonald Collins Stewart Jennings Bailey Hughes Edwards "
		"Cook Morris Mitchell Bell Cooper Tran Wong Chan Le Pham Singh "
		"Papadopoulos Russo Kowalski O'Brien Murphy Sullivan Fitzpatrick "
		"McKenzie Doherty Lawson Henderson Fraser Dwyer Hickey").split(),
	"nz": ("Smith Wilson Williams Brown Taylor Jones Thompson Anderson "
		"Walker Campbell Stewart Robinson Scott Clark Mitchell Young Morgan "
		"Ngata Parata Tipene Te_Whare Hēnare Rāwiri Pōmare Tūhoe Kereama "
		"Horomona Tamihana Wihongi Paewai Manu Rangi Tawhiri Singh Patel Li "
		"Wang Chen Fifita Tuilagi Leota Sapolu Faleolo McKenzie Fraser "
		"Gallagher O'Connor Sullivan Ruawai Tapsell Whaanga").split(),
}
FIRST = {
	"uk": ("Sarah Helen David Paul Mark Andrew Claire Joanne Rachel Emma "
		"Lisa Karen Julie Michael Stephen Richard Simon Gareth Rhys Sian "
		"Catrin Dafydd Iwan Alison Fiona Lorna Ewan Iain Callum Morag Siobhan "
		"Ciaran Oliver Harry George Jack Olivia Amelia Isla Emily Priya "
		"Imran Aisha Samina Tom Kate Jo Gemma Leanne Darren Wayne Craig").split(),
	"ie": ("Seán Aoife Niamh Cian Siobhán Pádraig Sinéad Eoin Ciara Orla "
		"Declan Fergal Deirdre Mairéad Colm Dónal Róisín Aisling Brendan "
		"Gráinne Conor Liam Jack Emily Mary John Patrick Michael Margaret "
		"Eileen Noel Tadhg Fionn Oisín Caoimhe Saoirse Clodagh Eimear").split(),
	"au": ("Jack Olivia Charlotte Mia Liam Noah Oliver William Sarah Kylie "
		"Bronwyn Shane Darren Brett Craig Nathan Mitchell Lachlan Hayden "
		"Jarrah Tahlia Chloe Kirsty Leanne Sharon Glenn Bruce Wayne Kerry "
		"Tegan Bree Mick Thanh Linh Minh Anh Rajesh Georgia Harrison").split(),
	"nz": ("Aroha Mere Hemi Wiremu Tama Ngaio Anahera Manaia Kiri Rawiri "
		"Tui Hine Sione Losa Mele Olivia Charlotte Isla Oliver Jack Hamish "
		"Fergus Angus Kate Sophie Tom Ben Sam Lucy Grace Ruby Nikau").split(),
}
SAINTS = ("Mary Joseph Patrick Bernadette Peter Paul John Anne Thomas "
	"Bridget Brigid Teresa Margaret Andrew David Columba Oliver Vincent "
	"Michael Catherine Monica Kevin Aidan Chad Cuthbert Hilda Wilfrid Bede "
	"Edmund Gregory Clare Francis Augustine Anselm Benedict Brendan Colman "
	"Finbarr Enda Mark Luke Matthew James Stephen Alban Helen Agnes Ita "
	"Kieran Malachy Dominic Philomena Gerard Mungo Ninian Kentigern").split()
IRISH_SCHOOL = ["Bhríde", "Mhuire", "Chaitríona", "Naomh Pádraig",
	"an Chaisleáin", "Uí Riada", "Eoin", "Cholmcille", "Íde",
	"Naomh Áine", "an Teaghlaigh Naofa", "na Cruaiche", "Mológa",
	"Chiaráin", "Bhréanainn", "Fhionnbarra", "Lios na nÓg", "an Duinninigh",
	"Sliabh Rua", "na Maighdine Muire", "Naomh Iosaf", "Chill Mhantáin",
	"an Ghleanna", "Charman", "Iosagáin", "Ó Cheallaigh"]
WELSH_PLACE = ["Bro Dinefwr", "Glan Conwy", "y Gader", "Dyffryn Nantlle",
	"Bro Hyddgen", "Tryfan", "Eifionydd", "Glan-y-Môr", "Llanrug",
	"Bro Gwaun", "Penweddig", "y Creuddyn", "Maes Garmon", "Gwaun Gyfni",
	"Dewi Sant", "Pen-y-Bryn", "Bro Tawe", "Cwm Rhymni", "Plasmawr",
	"Treganna", "Bryn Elian", "Gymraeg Aberystwyth", "Talhaiarn",
	"Gwynedd", "Llandegfan", "Syr Thomas Jones", "Brynrefail", "Ardudwy",
	"Eglwyseg", "Pant Pastynog"]
IWI = ["Ngāti Porou", "Ngāi Tahu", "Ngāti Whātua", "Ngāti Kahungunu",
	"Waikato-Tainui", "Te Arawa", "Ngāpuhi", "Ngāti Raukawa",
	"Ngāti Tūwharetoa", "Ngāti Awa", "Te Āti Awa", "Ngāti Maniapoto",
	"Rongowhakaata", "Ngāti Toa Rangatira", "Te Rarawa", "Ngāti Ruanui",
	"Ngāti Hauā", "Ngāti Pikiao", "Whakatōhea", "Ngāi Te Rangi"]
MOB = ["Wiradjuri", "Yuin", "Gumbaynggirr", "Bundjalung", "Gamilaraay",
	"Yuggera", "Kabi Kabi", "Quandamooka", "Jinibara", "Wakka Wakka",
	"Noongar", "Kaurna", "Yorta Yorta", "Wurundjeri", "Larrakia", "Arrernte",
	"Darumbal", "Birri Gubba", "Gunggandji", "Yidinji", "Barunggam",
	"Bidjara", "Mandandanji", "Githabul", "Dharawal", "Darkinjung"]

# house names, features and streets for practices, farms, pubs, charities
FEATURE = {
	"uk": ("Elms Oaks Willows Beeches Limes Cedars Laurels Hollies Firs "
		"Poplars Pines Maples Birches Larches Yews Riverside Parkside "
		"Brookside Lakeside Hillside Meadowside Valley Moorland Abbey Priory "
		"Minster Mill Canal Quay Wharf Market Green Grange Manor Court Lodge "
		"Heath Moor Fells Pennine Dales Ribble Mersey Irwell Calder Tame "
		"Kingsway Northgate Southgate Westfield Highfield Ashfield Fairfield "
		"Springfield Woodlands Heatherbrae Craigmore Glenview Bryn_Afon "
		"Ivy Thistle Bluebell Primrose Heron Kingfisher Swan").split(),
	"ie": ("Elms Oaks Willows Beeches Riverside Parkside Brookside Lakeside "
		"Hillside Abbey Priory Mill Quay Market Green Grange Manor Court "
		"Lodge Shannon Liffey Boyne Suir Barrow Corrib Slaney Lee Moy Erne "
		"Burren Comeragh Galtee Slieve_Bloom Mourne Kingsbridge Claddagh "
		"Ardmore Glencar Shamrock Harp Celtic Heather Fuchsia Currach "
		"Tír_na_nÓg Dún_Rí Cnoc").split(),
	"au": ("Bayside Beachside Coastal Ridge Gully Creek Bush Range Plains "
		"Harbourside Riverside Parkside Hillside Lakeside Valley Southern_Cross "
		"Wattle Banksia Jacaranda Bottlebrush Ironbark Coolabah "
		"Kookaburra Cockatoo Magpie Brolga Jabiru Emu Platypus Bunya Mulga "
		"Spinifex Boab Waratah Grevillea Acacia Gumtree Billabong Outback "
		"Sundown Sunrise Pacific Coral Reef Capricorn Brigalow Darling "
		"Condamine Burnett Fitzroy Maranoa Murray Mary Logan").split(),
	"nz": ("Kauri Tōtara Pōhutukawa Kōwhai Rimu Mānuka Kānuka Harakeke Tūī "
		"Kererū Kea Kākā Tōtara Riverside Parkside Hillside Lakeside Bayside "
		"Harbourside Valley Ridge Southern_Cross Tasman Pacific Alpine "
		"Summit Plains Coast Kaimai Ruahine Tararua Kaikōura Aoraki Waikato "
		"Waitaki Clutha Mataura Rangitīkei Manawatū Whanganui Wairarapa "
		"Hauraki Kaipara Hokianga").split(),
}
STREETS = ["Station Road", "Church Street", "High Street", "Victoria Road",
	"Market Street", "King Street", "Queen Street", "Park Lane", "Mill Lane",
	"Chapel Street", "Bridge Street", "Castle Street", "Albert Road",
	"Manchester Road", "London Road", "Church Lane", "Green Lane",
	"School Lane", "North Road", "Princes Street", "George Street",
	"Dale Street", "Moss Lane", "Hall Lane", "Bank Street", "Union Street"]
PUBS = ["Red Lion", "Royal Oak", "White Hart", "Black Bull", "Rose & Crown",
	"Crown & Anchor", "Kings Arms", "Plough", "Swan", "George", "Bell",
	"Fox & Hounds", "Hare & Hounds", "Coach & Horses", "Farmers Arms",
	"Wheatsheaf", "Nag's Head", "Queen's Head", "Black Horse", "Bull's Head",
	"Dog & Partridge", "Railway", "Masons Arms", "Golden Lion", "Star Inn",
	"Boar's Head", "Ship Inn", "Lamb", "New Inn", "Old Bell"]
AU_HOTELS = ["Royal", "Commercial", "Criterion", "Exchange", "Grand",
	"Railway", "Imperial", "Federal", "Tattersalls", "Court House",
	"Caledonian", "Empire", "Club", "Metropole", "Coach & Horses"]
TRADE_WORD = ["Harbourside", "Precision", "Summit", "Premier", "Apex",
	"Evergreen", "Horizon", "Clearview", "Northern", "Southern", "Western",
	"Eastside", "Keystone", "Cornerstone", "Bluewater", "Greenleaf",
	"Silverline", "Redwood", "Oakwood", "Sterling", "Trinity", "Pinnacle",
	"Lighthouse", "Anchor", "Compass", "Heritage", "Frontier", "Ironstone",
	"Sandstone", "Bluegum"]

for _tab in (TOWNS, VILLAGES, COUNTY, SURNAMES, FIRST, FEATURE):
	for _k in _tab:
		_tab[_k] = [w.replace("_", " ") for w in _tab[_k]]

# ---------------------------------------------------------------- verticals
# Each template: (weight per country {uk, ie, au, nz}, pattern, kind of
# legal form).  Fields: {S} surname, {S2} second surname, {F} first name,
# {I} initial, {T} town, {V} village, {C} county, {X} feature, {R} street,
# {SA} saint, {G} Irish school name, {W} Welsh place, {P} pub, {H} AU
# hotel, {K} iwi, {M} mob, {Y} trade word.  Form kinds: "firm" (the
# country's company forms or none), "part" (LLP/none), "none", "char"
# (charity forms), "club" (club forms).
V = {}


def vert(name, weight, templates):
	V[name] = (weight, templates)


vert("gp", 10, [
	({"uk": 4, "ie": 1}, "The {X} Medical Practice", "none"),
	({"uk": 3}, "{R} Surgery", "none"),
	({"uk": 2, "ie": 2, "au": 1}, "Dr {I} {S} & Partners", "none"),
	({"uk": 2, "ie": 1}, "{T} Health Centre", "none"),
	({"uk": 1, "au": 3, "nz": 3}, "{T} Medical Centre", "firm"),
	({"uk": 1}, "The {X} Surgery", "none"),
	({"wa": 3}, "Meddygfa {W}", "none"),
	({"ie": 2}, "{S} Medical Practice", "none"),
	({"au": 2, "nz": 2}, "{X} Family Medical Centre", "firm"),
	({"nz": 1}, "{T} Family Health", "firm"),
	({"au": 1}, "{T} Medical Clinic", "firm")])
vert("dental", 6, [
	({"uk": 2, "ie": 2, "au": 1, "nz": 1}, "{S} Dental Practice", "firm"),
	({"uk": 2, "ie": 1, "au": 2, "nz": 2}, "{T} Dental Care", "firm"),
	({"uk": 1, "ie": 1}, "{S} & {S2} Dental Surgeons", "part"),
	({"au": 2, "nz": 1}, "{X} Dental", "firm"),
	({"uk": 1}, "{X} Dental Surgery", "firm"),
	({"uk": 1, "au": 1}, "Dr {F} {S} Dentist", "none")])
vert("vet", 4, [
	({"uk": 2, "ie": 2, "au": 2, "nz": 2}, "{T} Veterinary Clinic", "firm"),
	({"uk": 2, "ie": 1}, "{S} Vets", "firm"),
	({"au": 1, "nz": 1}, "{X} Veterinary Hospital", "firm"),
	({"uk": 1, "ie": 1, "nz": 1}, "{S} & {S2} Veterinary Surgeons", "part")])
vert("pharmacy", 5, [
	({"uk": 2, "ie": 3}, "{S}'s Pharmacy", "firm"),
	({"uk": 2, "au": 1}, "{S} Chemists", "firm"),
	({"uk": 1, "ie": 1, "au": 2, "nz": 2}, "{T} Pharmacy", "firm"),
	({"au": 2, "nz": 1}, "{X} Chemist", "firm")])
vert("solicitors", 6, [
	({"uk": 3, "ie": 3}, "{S} & Co Solicitors", "part"),
	({"uk": 2, "ie": 1}, "{S} {S2} Solicitors", "part"),
	({"uk": 1, "ie": 2}, "{S} & {S2} Solicitors", "part"),
	({"au": 3, "nz": 1}, "{S} Lawyers", "firm"),
	({"au": 1, "nz": 2}, "{S} {S2} Lawyers", "part"),
	({"uk": 1, "au": 1, "nz": 1}, "{S} Legal", "firm")])
vert("accountants", 6, [
	({"uk": 3, "ie": 3}, "{S} & Co Chartered Accountants", "part"),
	({"uk": 2, "ie": 1}, "{S} {S2} Accountants", "part"),
	({"au": 3, "nz": 2}, "{S} Accounting", "firm"),
	({"au": 1, "nz": 1}, "{X} Accountants", "firm"),
	({"uk": 1, "ie": 1}, "{S} & Associates", "firm"),
	({"uk": 1}, "{T} Bookkeeping Services", "firm")])
vert("estate", 5, [
	({"uk": 3, "ie": 1}, "{S} Estate Agents", "firm"),
	({"uk": 2, "ie": 1}, "{T} Lettings", "firm"),
	({"uk": 1, "ie": 2}, "{S} Auctioneers", "firm"),
	({"au": 4}, "{S} Real Estate", "firm"),
	({"nz": 3}, "{S} Realty", "firm"),
	({"uk": 1, "au": 1, "nz": 1}, "{X} Property Management", "firm")])
vert("trades", 12, [
	({"uk": 2, "ie": 2}, "{I} {S} & Sons", "firm"),
	({"uk": 3, "ie": 2, "au": 1, "nz": 1}, "{S}s Plumbing & Heating", "firm"),
	({"uk": 2, "ie": 2, "au": 2, "nz": 2}, "{S} Electrical Services", "firm"),
	({"uk": 2, "ie": 1}, "{T} Joinery", "firm"),
	({"uk": 1, "ie": 1, "au": 1, "nz": 1}, "{S} Builders", "firm"),
	({"uk": 1, "ie": 1}, "{S} Bros Roofing", "firm"),
	({"au": 3, "nz": 2}, "{S} Plumbing", "firm"),
	({"au": 2, "nz": 1}, "{X} Electrical", "firm"),
	({"au": 1, "nz": 2}, "{T} Building & Construction", "firm"),
	({"au": 1}, "{F}'s Sparkies", "firm"),
	({"uk": 1, "au": 1, "nz": 1}, "{Y} Air Conditioning", "firm")])
vert("school", 10, [
	({"en": 3, "ni": 2}, "St {SA}'s RC Primary School", "none"),
	({"en": 2}, "St {SA}'s C of E Primary School", "none"),
	({"en": 2}, "{X} Academy Trust", "none"),
	({"en": 2, "sc": 1, "wa": 1}, "{T} High School", "none"),
	({"en": 2, "sc": 2, "ni": 2, "nz": 2}, "{X} Primary School", "none"),
	({"sc": 2}, "{T} Academy", "none"),
	({"wa": 3}, "Ysgol {W}", "none"),
	({"wa": 1}, "Ysgol Gynradd {V}", "none"),
	({"ie": 3}, "Scoil {G}", "none"),
	({"ie": 2}, "Gaelscoil {G}", "none"),
	({"ie": 2}, "St {SA}'s National School", "none"),
	({"ie": 1}, "{T} Community College", "none"),
	({"au": 3}, "{T} State School", "none"),
	({"au": 1}, "{T} State High School", "none"),
	({"au": 2}, "St {SA}'s Catholic Primary School", "none"),
	({"au": 1, "nz": 1}, "{T} Christian College", "firm"),
	({"nz": 2}, "{T} Intermediate", "none"),
	({"nz": 1}, "Te Kura Kaupapa Māori o {T}", "none"),
	({"nz": 1}, "St {SA}'s School", "none")])
vert("council", 5, [
	({"en": 3}, "{V} Parish Council", "none"),
	({"en": 2, "ni": 1}, "{T} Town Council", "none"),
	({"en": 1}, "{C} County Council", "none"),
	({"en": 1}, "{T} Metropolitan Borough Council", "none"),
	({"sc": 2}, "{V} Community Council", "none"),
	({"wa": 2}, "Cyngor Tref {T}", "none"),
	({"wa": 1}, "{V} Community Council", "none"),
	({"ni": 1}, "{C} District Council", "none"),
	({"ie": 2}, "{C} County Council", "none"),
	({"ie": 1}, "{T} Municipal District", "none"),
	({"au": 2}, "{C} Regional Council", "none"),
	({"au": 1}, "{T} Shire Council", "none"),
	({"au": 1}, "City of {T}", "none"),
	({"nz": 2}, "{T} District Council", "none"),
	({"nz": 1}, "{C} Regional Council", "none")])
vert("charity", 6, [
	({"uk": 2, "ie": 1}, "{T} Citizens Advice", "char"),
	({"uk": 2, "ie": 1, "au": 1, "nz": 1}, "{T} Food Bank", "char"),
	({"uk": 1, "ie": 1, "au": 1, "nz": 1}, "{X} Hospice", "char"),
	({"uk": 2, "ie": 2, "au": 1, "nz": 2}, "{T} Community Trust", "char"),
	({"uk": 1, "au": 1, "nz": 1}, "{T} Men's Shed", "char"),
	({"uk": 1, "ie": 1}, "Friends of {X} Park", "char"),
	({"uk": 1, "ie": 1}, "{T} Credit Union", "char"),
	({"uk": 1, "au": 1, "nz": 1}, "{X} Housing Association", "char"),
	({"au": 2, "nz": 1}, "{T} Neighbourhood Centre", "char")])
vert("club", 6, [
	({"uk": 2, "ie": 1}, "{T} RFC", "club"),
	({"uk": 2, "ie": 1}, "{T} AFC", "club"),
	({"uk": 2, "au": 1, "nz": 1}, "{T} Cricket Club", "club"),
	({"uk": 2, "au": 2, "nz": 2}, "{T} Bowls Club", "club"),
	({"uk": 1, "ie": 1, "au": 1, "nz": 1}, "{T} Golf Club", "club"),
	({"ie": 4, "ni": 3}, "{T} GAA Club", "club"),
	({"ie": 2, "ni": 2}, "St {SA}'s GAA", "club"),
	({"au": 2}, "{T} RSL Sub-Branch", "club"),
	({"au": 1, "nz": 1}, "{T} Surf Life Saving Club", "club"),
	({"nz": 2}, "{T} Rugby Football Club", "club"),
	({"au": 1}, "{T} Leagues Club", "club")])
vert("pub", 5, [
	({"uk": 4}, "The {P}", "firm"),
	({"uk": 1, "ie": 1}, "The {X} Hotel", "firm"),
	({"ie": 4}, "{S}'s Bar", "firm"),
	({"ie": 1, "uk": 1}, "{S}'s Pub & Restaurant", "firm"),
	({"au": 4}, "{H} Hotel {T}", "firm"),
	({"nz": 2}, "{T} Hotel", "firm"),
	({"nz": 1, "au": 1}, "The {X} Tavern", "firm"),
	({"uk": 1, "ie": 1, "nz": 1}, "{X} House Guest House", "firm")])
vert("farm", 3, [
	({"uk": 2, "ie": 2}, "{X} Farm", "none"),
	({"uk": 1, "ie": 1, "nz": 1}, "{S} Farms", "firm"),
	({"au": 3}, "{X} Station", "firm"),
	({"nz": 2}, "{V} Station", "firm"),
	({"au": 1, "nz": 1}, "{S} Pastoral Company", "firm")])
vert("indigenous", 2, [
	({"nz": 3}, "{V} Marae Trust", "none"),
	({"nz": 2}, "Te Rūnanga o {K}", "none"),
	({"nz": 1}, "{K} Trust Board", "none"),
	({"au": 3}, "{M} Aboriginal Corporation", "none"),
	({"au": 2}, "{M} Local Aboriginal Land Council", "none"),
	({"au": 1}, "{T} Aboriginal Medical Service", "firm")])

# legal forms per country and form kind: (stored form, weight)
FORMS = {
	("uk", "firm"): [("Ltd", 40), ("Limited", 25), ("", 30), ("PLC", 1)],
	("wa", "firm"): [("Ltd", 30), ("Limited", 15), ("Cyf", 15), ("", 30)],
	("ie", "firm"): [("Limited", 33), ("Ltd", 28), ("Teoranta", 4),
		("Teo", 3), ("DAC", 3), ("Unlimited Company", 2), ("", 27)],
	("au", "firm"): [("Pty Ltd", 55), ("Pty. Ltd.", 8), ("Pty Limited", 8),
		("Proprietary Limited", 4), ("", 25)],
	("nz", "firm"): [("Limited", 72), ("Ltd", 6), ("", 22)],
	("uk", "part"): [("LLP", 45), ("", 55)],
	("ie", "part"): [("LLP", 15), ("", 85)],
	("au", "part"): [("Pty Ltd", 30), ("", 70)],
	("nz", "part"): [("Limited", 40), ("", 60)],
	("uk", "char"): [("CIO", 35), ("Ltd", 10), ("", 55)],
	("ie", "char"): [("CLG", 60), ("", 40)],
	("au", "char"): [("Inc", 35), ("Ltd", 20), ("", 45)],
	("nz", "char"): [("Charitable Trust", 25), ("Incorporated", 25), ("", 50)],
	("uk", "club"): [("Ltd", 12), ("CIC", 5), ("", 83)],
	("ie", "club"): [("CLG", 55), ("", 45)],
	("au", "club"): [("Inc", 55), ("Incorporated", 10), ("", 35)],
	("nz", "club"): [("Incorporated", 40), ("Inc", 20), ("", 40)],
}
COMMERCIAL = {"dental", "vet", "pharmacy", "solicitors", "accountants",
	"estate", "trades", "pub", "farm"}
FORM_WORDS = {"ltd", "limited", "pty", "proprietary", "plc", "llp", "cic",
	"cio", "teoranta", "teo", "dac", "clg", "cyf", "cyfyngedig", "unlimited",
	"inc", "incorporated", "company", "co", "coy", "l", "p", "c"}
STOP = {"the", "and", "of", "a", "ta", "t", "trading", "as", "name", "an",
	"for"}
NORMAL = {"saint": "st", "mount": "mt", "street": "st", "road": "rd",
	"centre": "center", "brothers": "bros"}
GENERIC = set(("medical practice surgery health centre center dental care "
	"clinic veterinary vets vet hospital pharmacy chemist chemists "
	"solicitors lawyers legal accountants chartered accounting associates "
	"bookkeeping estate agents lettings auctioneers real realty property "
	"management plumbing heating electrical services joinery builders "
	"building construction roofing air conditioning sparkies school "
	"primary national high academy trust college state catholic rc c e of "
	"council town parish county city borough metropolitan district "
	"regional shire community municipal citizens advice food bank hospice "
	"mens shed friends park credit union housing association neighbourhood "
	"rfc afc club cricket bowls golf gaa rsl sub branch surf life saving "
	"rugby football leagues hotel tavern house guest bar pub restaurant "
	"farm farms station pastoral marae board aboriginal corporation land "
	"service family sons bros dr partners dentist surgeons christian "
	"intermediate te kura kaupapa maori o runanga ysgol gynradd scoil "
	"gaelscoil meddygfa cyngor tref st mt rd holdings enterprises group "
	"trustee").split())
GENERIC |= FORM_WORDS | STOP

# ---------------------------------------------------------------- folding
FOLD = str.maketrans({"ø": "o", "æ": "ae", "ß": "ss", "’": "'", "‘": "'",
	"`": "'", "´": "'"})
MARKS = re.compile("[\u0300-\u036f]")	# combining diacritics after NFKD


def strip(s):
	"""Without macrons, fadas, circumflexes; typographic quotes as '."""
	return MARKS.sub("", unicodedata.normalize("NFKD", s.translate(FOLD)))


_WORDS = {}


def words(text):
	"""Folded content words of a name, in order (apostrophes joined, St/
	Saint and Mt/Mount one word, legal forms and stop words kept)."""
	w = _WORDS.get(text)
	if w is None:
		s = strip(text).lower().replace("'", "")
		s = re.sub(r"\bt/a\b|\btrading as\b|\ba trading name of\b", " ", s)
		w = [NORMAL.get(t, t) for t in re.findall(r"[a-z0-9]+", s)]
		_WORDS[text] = w
	return w


def content(text):
	return [t for t in words(text) if t not in STOP and t not in FORM_WORDS]


def key(text):
	return "".join(sorted(content(text)))


def is_distinct(word):
	w = re.sub(r"[^a-z0-9]", "", strip(word).lower())
	return bool(w) and NORMAL.get(w, w) not in GENERIC


def dels(k):
	return {k[:i] + k[i + 1:] for i in range(len(k))}


class Index:
	"""Keys and deletion neighbourhoods of the customers' names, and word
	postings, for the honesty checks."""

	def __init__(self, custs):
		self.sets = [set(content(cu["name"])) for cu in custs]
		self.key = {key(cu["name"]): i for i, cu in enumerate(custs)}
		# a deletion shared by two customers' keys maps to -1
		self.dele, self.post, self.rare = {}, {}, {}
		for k, i in self.key.items():
			for d in dels(k):
				self.dele[d] = i if self.dele.get(d, i) == i else -1
		for i, ws in enumerate(self.sets):
			for w in ws:
				self.post.setdefault(w, []).append(i)
		for i, ws in enumerate(self.sets):
			if ws:
				r = min(ws, key=lambda w: (len(self.post[w]), w))
				self.rare.setdefault(r, []).append(i)

	def near_other(self, typed, me):
		"""Is typed's key another customer's, or one slip from one?"""
		k = key(typed)
		if not k:
			return True
		j = self.key.get(k)
		if j is not None:
			return j != me
		j = self.dele.get(k)
		if j is not None and j != me:
			return True
		for d in dels(k):
			j = self.key.get(d)
			if j is not None and j != me:
				return True
			j = self.dele.get(d)
			if j is not None and j != me:
				return True
		return False

	def covered(self, typed, me):
		"""Do all typed's words stand in some other customer's name?"""
		ws = set(content(typed))
		if not ws:
			return True
		best = min(ws, key=lambda w: len(self.post.get(w, ())))
		for i in self.post.get(best, ()):
			if i != me and ws <= self.sets[i]:
				return True
		return False

	def covers(self, typed):
		"""Is some customer's word set inside typed's?"""
		ws = set(content(typed))
		for w in ws:
			for i in self.rare.get(w, ()):
				if self.sets[i] <= ws:
					return True
		return False

	def rarest(self, i):
		ws = [w for w in self.sets[i] if w not in GENERIC]
		if not ws:
			ws = list(self.sets[i])
		return min(ws, key=lambda w: (len(self.post[w]), w)) if ws else ""


# ---------------------------------------------------------------- customers
def wpick(rng, pairs):
	"""One value of (value, weight) pairs."""
	return rng.choices([v for v, _ in pairs], [w for _, w in pairs])[0]


def largest_remainder(n, weights):
	"""Whole counts summing to n in the proportions of the weights."""
	tot = sum(w for _, w in weights)
	quota = {k: n * w / tot for k, w in weights}
	out = {k: int(q) for k, q in quota.items()}
	by_rest = sorted(quota, key=lambda k: int(quota[k]) - quota[k])
	for k in by_rest[:n - sum(out.values())]:
		out[k] += 1
	return out


def templates_for(reg):
	"""(vertical, pattern, form kind) with weights for a region."""
	c = COUNTRY[reg]
	out = []
	for vn, (vw, tmpls) in V.items():
		mine = []
		for wts, pat, fk in tmpls:
			w = wts.get(reg, wts.get(c, 0))
			if w:
				mine.append(((vn, pat, fk), w))
		tot = sum(w for _, w in mine)
		for t, w in mine:
			out.append((t, vw * w / tot))
	return out


TMPL = {r: templates_for(r) for r, _ in REGIONS}


def fill(rng, reg, pat, fields=None):
	c = COUNTRY[reg]
	f = dict(fields or {})

	def get(name):
		if name not in f:
			f[name] = draw_field(rng, reg, c, name, f)
		return f[name]
	if "{S}" in pat and get("S").endswith("s"):
		# "Williams Plumbing", "Williams' Pharmacy", not "Williamss"
		pat = pat.replace("{S}s ", "{S} ").replace("{S}'s ", "{S}' ")
	out = re.sub(r"\{([A-Z0-9]+)\}", lambda m: get(m.group(1)), pat)
	return out, f


FIELD = {"S": SURNAMES, "T": TOWNS, "V": VILLAGES, "C": COUNTY, "F": FIRST,
	"X": FEATURE, "R": STREETS, "SA": SAINTS, "G": IRISH_SCHOOL,
	"W": WELSH_PLACE, "P": PUBS, "H": AU_HOTELS, "K": IWI, "M": MOB,
	"Y": TRADE_WORD}


def draw_field(rng, reg, c, name, f):
	"""A value for a template field: per region, per country or one list."""
	if name == "I":
		return strip(rng.choice(FIRST[c]))[0]
	if name == "S2":
		while True:
			s = rng.choice(SURNAMES[reg])
			if s != f.get("S"):
				return s
	pool = FIELD[name]
	if isinstance(pool, dict):
		pool = pool[reg] if reg in pool else pool[c]
	return rng.choice(pool)


def pick_form(rng, reg, fk):
	if fk == "none":
		return ""
	c = COUNTRY[reg]
	tab = FORMS.get((reg, fk)) or FORMS.get((c, fk)) or FORMS[(c, "firm")]
	return wpick(rng, tab)


def trading(rng, reg, cu):
	"""A registered name beside the trading one (7% of firms)."""
	c = COUNTRY[reg]
	s = rng.choice(SURNAMES[reg])
	trade = cu["core"] + (" - " + cu["qual"] if cu["qual"] else "")
	if c == "au":
		if rng.random() < 0.5:
			reg_name = "The Trustee for the %s Family Trust" % s
			return "%s t/a %s" % (reg_name, trade), reg_name, trade
		reg_name = "%s Holdings Pty Ltd" % s
		return "%s T/A %s" % (reg_name, trade), reg_name, trade
	form = {"uk": "Ltd", "ie": "Limited", "nz": "Limited"}[c]
	reg_name = "%s %s %s" % (s, rng.choice(["Holdings", "Enterprises",
		"Group", "Services"]), form)
	if rng.random() < 0.6:
		return "%s t/a %s" % (reg_name, trade), reg_name, trade
	return "%s (a trading name of %s)" % (trade, reg_name), reg_name, trade


def make_customers(rng, n):
	counts = largest_remainder(n, REGIONS)
	order = [r for r, _ in REGIONS for _ in range(counts[r])]
	rng.shuffle(order)
	custs, seen = [], {}
	for reg in order:
		for _ in range(400):
			vn, pat, fk = wpick(rng, TMPL[reg])
			core, fields = fill(rng, reg, pat)
			form = pick_form(rng, reg, fk)
			if form and form.split()[-1] in core.split():
				form = ""	# not "Community Trust Charitable Trust"
			name = core + (" " + form if form else "")
			k, qual = key(name), ""
			if k in seen and "T" not in fields and "V" not in fields:
				# a generic name another customer has: the MSP adds the town
				qual = rng.choice(TOWNS[reg])
				name = "%s - %s" % (name, qual)
				k = key(name)
			if k and k not in seen:
				break
		else:
			# the NZ register's way to tell two names apart: a number
			core = "%s (No. %d)" % (core, len(custs))
			name = core + (" " + form if form else "")
			k = key(name)
		seen[k] = True
		cu = {"reg": reg, "country": COUNTRY[reg], "vert": vn, "pat": pat,
			"fk": fk, "fields": fields, "core": core, "form": form,
			"qual": qual, "name": name, "trade": None, "regname": None}
		if vn in COMMERCIAL and rng.random() < 0.07:
			full, regname, trade = trading(rng, reg, cu)
			if key(full) not in seen:
				cu["name"], cu["regname"], cu["trade"] = full, regname, trade
				seen[key(full)] = True
		if cu["country"] == "uk" and form in ("Ltd", "Limited", "PLC") and \
				cu["trade"] is None and rng.random() < 0.10:
			cu["name"] = cu["name"].upper()
		custs.append(cu)
	for i, cu in enumerate(custs):
		cu["id"] = 4100000 + i * 7 + rng.randrange(7)
	return custs


# ---------------------------------------------------------------- contacts
PUBMAIL = {"uk": ["btinternet.com", "gmail.com", "hotmail.co.uk",
	"outlook.com", "yahoo.co.uk", "sky.com", "talktalk.net"],
	"ie": ["eircom.net", "gmail.com", "hotmail.com", "outlook.ie",
		"yahoo.ie", "icloud.com"],
	"au": ["bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com",
		"hotmail.com", "iinet.net.au"],
	"nz": ["xtra.co.nz", "gmail.com", "slingshot.co.nz", "outlook.com",
		"hotmail.co.nz", "clear.net.nz"]}
TLD = {"uk": "co.uk", "ie": "ie", "au": "com.au", "nz": "co.nz"}
GOV = {"uk": "gov.uk", "ie": "ie", "au": "gov.au", "nz": "govt.nz"}


def slug(s):
	return re.sub(r"[^a-z0-9]", "", strip(s).lower())


def domain(cu):
	c = cu["country"]
	name = cu["trade"] or cu["name"]
	dist = [w for w in content(name) if w not in GENERIC][:2]
	base = "".join(dist) or "".join(content(name)[:2])
	if cu["vert"] == "council":
		return "%s.%s" % (base, GOV[c])
	if cu["vert"] == "school":
		return "%s.%s" % (base, {"uk": "sch.uk", "ie": "ie", "au": "eq.edu.au",
			"nz": "school.nz"}[c])
	return "%s.%s" % (base, TLD[c])


def contacts(rng, cu, conid):
	c, reg = cu["country"], cu["reg"]
	n = 1 + min(3, int(rng.expovariate(0.8)))
	out = []
	own = rng.random() < 0.55 or cu["vert"] in ("council", "school")
	dom = domain(cu)
	for j in range(n):
		first = rng.choice(FIRST[c])
		last = cu["fields"].get("S") if j == 0 and "S" in cu["fields"] \
			else rng.choice(SURNAMES[reg])
		if j == 0 and "I" in cu["fields"]:
			while strip(first)[0] != cu["fields"]["I"]:
				first = rng.choice(FIRST[c])
		if j == 0 and "F" in cu["fields"]:
			first = cu["fields"]["F"]
		local = "%s.%s" % (slug(first), slug(last))
		if own:
			mail = "%s@%s" % (rng.choice([local, slug(first), "reception",
				"admin", "office"]) if j == 0 else local, dom)
		else:
			mail = "%s%d@%s" % (local, rng.randrange(10, 99),
				rng.choice(PUBMAIL[c]))
		conid[0] += rng.randrange(1, 9)
		out.append({"id": conid[0], "firstname": first, "lastname": last,
			"email": mail})
	cu["people"] = [(p["firstname"], p["lastname"]) for p in out]
	return out


# ---------------------------------------------------------------- assets
ROLES = {
	"gp": ["RECEPTION-01", "RECEPTION-02", "CONSULT-1", "CONSULT-2",
		"CONSULT-3", "NURSE-01", "DISPENSARY", "PRACTICE-MGR", "SERVER"],
	"dental": ["RECEPTION", "SURGERY-1", "SURGERY-2", "XRAY-PC", "SERVER"],
	"vet": ["RECEPTION", "CONSULT-1", "THEATRE-PC", "LAB-PC", "SERVER"],
	"pharmacy": ["TILL1", "TILL2", "DISPENSARY", "BACK-OFFICE"],
	"school": ["OFFICE-01", "HEAD-LAPTOP", "LIB-PC01", "STAFFROOM-PC",
		"SERVER01"],
	"council": ["CLERK-PC", "OFFICE-PC", "CHAMBER-PC"],
	"pub": ["BAR-TILL", "TILL1", "OFFICE-PC", "KITCHEN-PC"],
	"club": ["BAR-TILL", "CLUBHOUSE-PC", "OFFICE-PC"],
	"*": ["RECEPTION", "RECEPTION-PC", "OFFICE-PC", "OFFICE1", "ADMIN-PC",
		"ACCOUNTS", "SERVER", "FRONT-DESK", "MANAGER-PC", "WORKSHOP"]}
HEX = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
DEVICE = ["MacBook-Air", "MacBook-Pro", "iPad", "PC", "Laptop", "Surface"]


def desktop(rng, kind="DESKTOP"):
	return "%s-%s" % (kind, "".join(rng.choice(HEX) for _ in range(7)))


def own_device(rng, first):
	f = slug(first).capitalize() or "User"
	d = rng.choice(DEVICE)
	if d in ("PC", "Laptop") and rng.random() < 0.6:
		return ("%sS-%s" % (f, d)).upper()
	return "%ss-%s" % (f, d)


def prefix(cu):
	ws = [w for w in content(cu["core"]) if w not in GENERIC and
		len(w) > 1] or content(cu["core"])
	if not ws:
		return "SITE"
	if len(ws) >= 2:
		return (ws[0][:3] + ws[1][:2]).upper()
	return ws[0][:4].upper()


def assets(rng, cu, aid):
	mult = 4 if cu["vert"] in ("council", "school") else 1
	n = min(90, int(math.exp(rng.gauss(math.log(4), 0.8)) * mult))
	scheme = wpick(rng, [("site", 45), ("desktop", 25), ("role", 20),
		("personal", 10)])
	cu["scheme"] = scheme
	roles = ROLES.get(cu["vert"], ROLES["*"])
	names, pre = [], prefix(cu)
	for j in range(n):
		if scheme == "site":
			kind = rng.choice(["PC", "PC", "LT", "WS", "STAFF"]) \
				if cu["vert"] == "school" else rng.choice(["PC", "PC", "LT",
					"WS"])
			names.append("%s-%s%02d" % (pre, kind, j + 1))
		elif scheme == "desktop":
			names.append(desktop(rng, rng.choice(["DESKTOP", "DESKTOP",
				"LAPTOP"])))
		elif scheme == "role":
			r = roles[j % len(roles)]
			names.append(r if j < len(roles) else "%s-%d" % (r, j // len(
				roles) + 1))
		else:
			names.append(own_device(rng, rng.choice(FIRST[cu["country"]])))
	if rng.random() < 0.33:
		for p in cu["people"][:2]:
			names.append(own_device(rng, p[0]))
	out = []
	for nm in dict.fromkeys(names):
		aid[0] += rng.randrange(1, 5)
		out.append({"id": aid[0], "name": nm})
	return out


# ---------------------------------------------------------------- keyboards
# The letter keys are the same on ISO UK and US; they differ beside them
# ('\\' left of Z on ISO UK), which a slip on Z, L or P sometimes reaches.
ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
EDGE = {"iso": {"z": "\\", "l": ";", "p": "["}, "us": {"l": ";", "p": "["}}
KEYBOARD = {"man": "iso", "dub": "iso", "bne": "us"}
# each row sits a quarter key right of the one above
_POS = {ch: (r, c + r / 4) for r, row in enumerate(ROWS)
	for c, ch in enumerate(row)}
NEAR = {ch: [o for o, q in _POS.items() if o != ch and abs(p[0] - q[0]) <= 1
	and abs(p[1] - q[1]) <= 1] for ch, p in _POS.items()}


def same_case(ch, like):
	return ch.upper() if like.isupper() else ch


def slip(rng, s, desk):
	"""One keyboard slip in s on the desk's keyboard."""
	lay = KEYBOARD[desk]
	letters = [i for i, ch in enumerate(s) if ch.isalpha()]
	if len(letters) < 3:
		return None
	inner = [i for i in letters if i and s[i - 1].isalpha()]
	# a word's first letter is spared nine times in ten
	pool = letters if rng.random() < 0.1 or not inner else inner
	for _ in range(10):
		i = rng.choice(pool)
		ch = s[i]
		low = strip(ch).lower()
		nb = NEAR.get(low)
		kind = wpick(rng, [("near", 40), ("swap", 20), ("drop", 25),
			("add", 15)])
		if kind == "near" and nb:
			pool = nb + ([EDGE[lay][low]] if low in EDGE[lay] and
				rng.random() < 0.1 else [])
			return s[:i] + same_case(rng.choice(pool), ch) + s[i + 1:]
		if kind == "swap" and i + 1 < len(s) and s[i + 1].isalpha() and \
				s[i + 1].lower() != ch.lower():
			return s[:i] + s[i + 1] + ch + s[i + 2:]
		if kind == "drop":
			return s[:i] + s[i + 1:]
		if kind == "add":
			add = ch if rng.random() < 0.6 or not nb else \
				same_case(rng.choice(nb), ch)
			return s[:i + 1] + add + s[i + 1:]
	return None


def recase(rng, s):
	"""All lower 60%, all capitals 30%, each word capitalised 10%."""
	way = wpick(rng, [(str.lower, 60), (str.upper, 30), (str.title, 10)])
	out = way(s)
	if out == s:
		out = s.lower() if s != s.lower() else s.upper()
	return out


# ---------------------------------------------------------------- noise kinds
FORM_RE = re.compile(r"\s*,?\s*\b(Pty\.? Ltd\.?|Pty\.? Limited|Proprietary "
	r"Limited|Proprietary Ltd|Ltd\.?|Limited|PLC|plc|LLP|CIC|CIO|Teoranta|"
	r"Teo|DAC|CLG|Cyf|Unlimited Company|Inc\.?|Incorporated|Charitable "
	r"Trust)$", re.I)
OTHER_WAY = {"Ltd": ["Limited", "Ltd.", "LTD", "ltd"],
	"Limited": ["Ltd", "Ltd.", "LIMITED"],
	"Pty Ltd": ["Pty. Ltd.", "Pty Limited", "PTY LTD", "Pty. Ltd", "P/L",
		"Proprietary Limited"],
	"Pty. Ltd.": ["Pty Ltd", "Pty Limited"],
	"Pty Limited": ["Pty Ltd", "Pty. Ltd."],
	"Proprietary Limited": ["Pty Ltd", "Pty. Limited"],
	"PLC": ["plc", "p.l.c.", "Public Limited Company"],
	"LLP": ["L.L.P.", "llp"], "CIC": ["C.I.C.", "Community Interest Company"],
	"CIO": ["C.I.O.", "Charitable Incorporated Organisation"],
	"Teoranta": ["Teo", "Teo.", "Ltd"], "Teo": ["Teoranta", "Teo."],
	"DAC": ["D.A.C.", "Designated Activity Company", "Ltd"],
	"CLG": ["C.L.G.", "Company Limited by Guarantee", "Ltd"],
	"Cyf": ["Cyfyngedig", "Ltd", "Cyf."],
	"Unlimited Company": ["UC", "Unlimited", "ULC"],
	"Inc": ["Incorporated", "Inc."], "Incorporated": ["Inc", "Inc."],
	"Charitable Trust": ["Trust", "Charitable Trust Board"]}
DESK_FORM = {"man": "Ltd", "dub": "Limited", "bne": "Pty Ltd"}


def split_form(name):
	"""(name without its legal form, the form); a town the MSP added
	after the form ("Hall Legal Limited - Selby") stays with the name."""
	i = name.rfind(" - ")
	if i > 0:
		head, qual = name[:i], name[i:]
		m = FORM_RE.search(head)
		if m and m.start() > 0:
			return head[:m.start()].rstrip(" ,") + qual, m.group(1)
	m = FORM_RE.search(name)
	if not m or m.start() == 0:
		return name, ""
	return name[:m.start()].rstrip(" ,"), m.group(1)


def k_exact(rng, cu, desk):
	return cu["name"]


def k_case(rng, cu, desk):
	return recase(rng, cu["name"])


def k_suffix(rng, cu, desk):
	body, form = split_form(cu["name"])
	if cu["trade"] or not form and cu["vert"] not in COMMERCIAL:
		return None
	mine = DESK_FORM[desk]
	x = rng.random()
	if not form:
		new = mine			# the typing desk's usual form added
	elif x < 0.55:
		return body			# dropped
	elif x < 0.8:
		new = rng.choice(OTHER_WAY.get(form, OTHER_WAY.get(form.title(),
			["Ltd"])))
	else:
		new = mine if mine.lower() != form.lower() else \
			rng.choice(["Ltd", "Pty Ltd", "Limited", "LLC"])
	i = body.rfind(" - ")
	if cu["qual"] and i > 0:	# before the town the MSP added
		return body[:i] + " " + new + body[i:]
	return body + " " + new


MACRON = {"ā": "aa", "ē": "ee", "ī": "ii", "ō": "oo", "ū": "uu",
	"Ā": "Aa", "Ē": "Ee", "Ī": "Ii", "Ō": "Oo", "Ū": "Uu"}


def k_accent(rng, cu, desk):
	s = cu["name"]
	if strip(s) == s:
		return None
	x = rng.random()
	if x < 0.8:
		return strip(s)
	if x < 0.9 and any(ch in MACRON for ch in s):
		return "".join(MACRON.get(ch, ch) for ch in strip_some(s, "macron"))
	ws = s.split()
	acc = [i for i, w in enumerate(ws) if strip(w) != w]
	i = rng.choice(acc)
	ws[i] = strip(ws[i])
	out = " ".join(ws)
	return out if out != s else strip(s)


def strip_some(s, what):
	# keep the macron vowels for the double-vowel spelling, drop the rest
	return "".join(ch if ch in MACRON else strip(ch) for ch in s)


POSS = re.compile(r"\b([A-Z][a-z]+)s\b")


def k_apostrophe(rng, cu, desk):
	s = cu["name"]
	if "'" in s:
		x = rng.random()
		if x < 0.7:
			return s.replace("'", "")
		if x < 0.85:
			return s.replace("'", rng.choice(["`", "’", "´"]))
		return s.replace("'s ", "s' ", 1) if "'s " in s else s.replace("'", "")
	m = [mm for mm in POSS.finditer(s) if mm.group(1).lower() + "s"
		not in GENERIC and len(mm.group(1)) > 3]
	if not m:
		return None
	mm = rng.choice(m)
	return s[:mm.end() - 1] + "'s" + s[mm.end():]


SAINT_WAYS = [(r"\bSt\b\.?(?= [A-Z])", ["Saint", "St.", "ST"]),
	(r"\bSaint\b", ["St", "St."]), (r"\bMount\b", ["Mt", "Mt."]),
	(r"\bMt\b\.?", ["Mount"]), (r"\bRoad\b", ["Rd", "Rd."]),
	(r"\bStreet\b", ["St", "St."]), (r"\bLane\b", ["Ln"])]


def k_saint(rng, cu, desk):
	s = cu["name"]
	opts = [(p, alts) for p, alts in SAINT_WAYS if re.search(p, s)]
	if not opts:
		return None
	p, alts = rng.choice(opts)
	return re.sub(p, rng.choice(alts), s, count=1)


MC = re.compile(r"\b(O'|Mc|Mac|Ó )([A-Z][a-zá-ú]+)")


def k_mc(rng, cu, desk):
	s = cu["name"]
	ms = [m for m in MC.finditer(s) if not (m.group(1) == "Mac" and
		m.group(2).lower() in ("hine",))]
	if not ms:
		return None
	m = rng.choice(ms)
	pre, rest = m.group(1), m.group(2)
	if pre == "O'":
		new = rng.choice(["O" + rest, "O " + rest, "O" + rest.lower(),
			"O'" + rest.lower(), "Ó " + rest])
	elif pre == "Ó ":
		new = rng.choice(["O " + rest, "O'" + rest, "O" + rest])
	else:
		new = rng.choice([pre + " " + rest, pre + rest.lower(),
			(pre + rest).upper()])
	return s[:m.start()] + new + s[m.end():]


def k_and(rng, cu, desk):
	s = cu["name"]
	if " & " in s:
		x = rng.random()
		if x < 0.6:
			return s.replace(" & ", " and ", 1)
		if x < 0.8:
			return s.replace(" & ", " + ", 1)
		if x < 0.9:
			return s.replace(" & ", "&", 1)
		return s.replace(" & ", " ", 1)
	if " and " in s:
		return s.replace(" and ", rng.choice([" & ", " + "]), 1)
	return None


ABBREV = [("Medical Practice", ["Med Prac", "Med Practice", "MP"]),
	("Medical Centre", ["Med Ctr", "Med Centre", "MC", "Med Cntr"]),
	("Health Centre", ["HC", "Hlth Ctr", "Health Ctr"]),
	("Family Medical Centre", ["FMC", "Family Med Ctr"]),
	("Surgery", ["Surg"]), ("Solicitors", ["Sols", "Solrs", "Solicitor"]),
	("Chartered Accountants", ["CA", "Chtd Accts", "Chartered Accts"]),
	("Accountants", ["Accts", "Accs"]), ("Accounting", ["Acctg", "Accounts"]),
	("Associates", ["Assoc", "Assocs"]), ("Association", ["Assoc.", "Assn"]),
	("Primary School", ["PS", "Prim Sch", "Primary"]),
	("National School", ["NS", "N.S."]), ("High School", ["HS", "High"]),
	("State School", ["SS", "State Sch"]),
	("State High School", ["SHS", "State High"]),
	("Catholic Primary School", ["CPS", "Catholic Primary"]),
	("Academy Trust", ["AT", "Acad Trust"]), ("Community College", ["CC"]),
	("Management", ["Mgmt", "Mgt"]), ("Property Management", ["PM"]),
	("Plumbing & Heating", ["P&H", "Plumbing", "Plumb & Heat"]),
	("Electrical Services", ["Elec Services", "Electrical", "Elec Svcs"]),
	("Electrical", ["Elec", "Electric"]), ("Services", ["Svcs", "Serv"]),
	("Veterinary Clinic", ["Vet Clinic", "Vets"]),
	("Veterinary Hospital", ["Vet Hospital", "Vet Hosp"]),
	("Veterinary Surgeons", ["Vets", "Vet Surgeons"]),
	("Dental Practice", ["Dental", "Dent Prac"]),
	("Dental Surgeons", ["Dental"]), ("Pharmacy", ["Pharm"]),
	("Chemists", ["Chem"]), ("Estate Agents", ["EA", "Estates"]),
	("Real Estate", ["RE"]), ("Construction", ["Constr", "Const"]),
	("Town Council", ["TC", "Town Cncl"]), ("Parish Council", ["PC",
		"Parish Cncl"]), ("District Council", ["DC", "Dist Council"]),
	("Regional Council", ["RC", "Regional Cncl"]),
	("Shire Council", ["Shire", "SC"]), ("County Council", ["Co Co", "CoCo",
		"Co. Council"]), ("Community Council", ["CC", "Comm Council"]),
	("Metropolitan Borough Council", ["MBC", "Met Borough Council"]),
	("Community Trust", ["Comm Trust", "CT"]),
	("Citizens Advice", ["CAB", "Cit Advice"]),
	("Rugby Football Club", ["RFC", "Rugby Club"]), ("RFC", ["Rugby Club",
		"Rugby Football Club"]), ("AFC", ["FC", "Football Club"]),
	("GAA Club", ["GAA", "CLG", "GAC"]), ("GAA", ["GAA Club", "GAC"]),
	("Cricket Club", ["CC"]), ("Bowls Club", ["BC", "Bowling Club"]),
	("Golf Club", ["GC", "Golf"]), ("Surf Life Saving Club", ["SLSC",
		"Surf Club"]), ("RSL Sub-Branch", ["RSL", "RSL Sub Branch"]),
	("Aboriginal Corporation", ["Aboriginal Corp", "AC"]),
	("Local Aboriginal Land Council", ["LALC", "Land Council"]),
	("Aboriginal Medical Service", ["AMS"]),
	("Housing Association", ["HA", "Housing Assoc"]),
	("Credit Union", ["CU"]), ("Christian College", ["CC"]),
	("& Co", ["+Co", "and Co", "& Company"]), ("Company", ["Co", "Coy"]),
	("Family Trust", ["FT", "Fam Trust"]), ("Building", ["Bldg"]),
	("Brothers", ["Bros"]), ("Bros", ["Brothers"]),
	("Guest House", ["GH", "Guesthouse"]), ("Intermediate", ["Int",
		"Intermed"]), ("Neighbourhood Centre", ["Neighbourhood Ctr", "NC"])]


def acronym(s, least=3):
	"""Initials; a word already in capitals (RC, GAA) goes in whole."""
	ws = [w for w in re.findall(r"[A-Za-zÀ-ÿĀ-ſ']+", s)
		if w.lower() not in ("of", "and", "the", "o")]
	out = "".join(strip(w) if w.isupper() else strip(w)[0].upper()
		for w in ws)
	return out if len(out) >= least else None


def k_abbrev(rng, cu, desk):
	body, form = split_form(cu["trade"] or cu["name"])
	opts = [(a, b) for a, b in ABBREV if re.search(r"(?<!\w)" +
		re.escape(a) + r"(?!\w)", body)]
	if cu["vert"] in ("school", "council", "charity", "club") and \
			rng.random() < 0.35:
		ac = acronym(body)
		ws = body.split()
		dist = [i for i, w in enumerate(ws) if is_distinct(w)]
		if ac and dist:
			# acronyms for bodies: "SMRCPS", or the place kept: "St Mary's
			# RCPS", "Bolton MBC"
			tac = acronym(" ".join(ws[max(dist) + 1:]), 2)
			if tac and (rng.random() < 0.5 or len(ac) > 7):
				return "%s %s" % (" ".join(ws[:max(dist) + 1]), tac)
			return ac
	if not opts:
		return None
	a, alts = max(opts, key=lambda ab: len(ab[0])) if rng.random() < 0.6 \
		else rng.choice(opts)
	out = re.sub(r"(?<!\w)" + re.escape(a) + r"(?!\w)", rng.choice(alts),
		body, count=1)
	return out + (" " + form if form and rng.random() < 0.4 else "")


def k_truncated(rng, cu, desk):
	body, form = split_form(cu["trade"] or cu["name"])
	ws = body.split()
	dist = [i for i, w in enumerate(ws) if is_distinct(w)]
	if not dist:
		return None
	x = rng.random()
	if " - " in body and x < 0.5:
		return body.split(" - ")[0]
	if "&" in ws and x < 0.3:
		i = ws.index("&")
		return " ".join(ws[:i])
	if x < 0.75:
		last = max(dist)
		if last + 1 < len(ws):
			return " ".join(ws[:last + 1 + (rng.random() < 0.4)]).rstrip(
				" &-,")
		if len(ws) > 2 and dist[0] > 0:
			return " ".join(ws[dist[0]:])
		if form:
			return body
		return None
	width = rng.choice([12, 14, 15, 16, 18, 20])
	s = cu["trade"] or cu["name"]
	if len(s) <= width + 2:
		return None
	return s[:width].rstrip(" &-,")


def k_reorder(rng, cu, desk):
	body, form = split_form(cu["trade"] or cu["name"])
	ws = body.split()
	if " & " in body and rng.random() < 0.5 and not re.search(
			r" & (Co|Partners|Sons|Associates)\b", body):
		a, b = body.split(" & ", 1)
		bw = b.split()
		if len(bw) >= 2 and not is_distinct(bw[-1]):
			return "%s & %s %s" % (bw[0], a, " ".join(bw[1:]))
		return "%s & %s" % (b, a)
	m = re.match(r"City of (.+)", body)
	if m:
		return "%s City Council" % m.group(1) if rng.random() < 0.5 else \
			"%s City" % m.group(1)
	if " - " in body:
		a, b = body.split(" - ", 1)
		return "%s %s" % (b, a)
	town = cu["fields"].get("T") or cu["fields"].get("V") or \
		cu["fields"].get("C")
	if town and town in body and not body.startswith(town):
		rest = body.replace(town, "").replace("  ", " ").strip()
		return "%s %s" % (town, rest)
	if town and body.startswith(town) and len(ws) > len(town.split()):
		rest = body[len(town):].strip()
		return "%s%s %s" % (rest, rng.choice([",", "", " -"]), town)
	s, s2 = cu["fields"].get("S"), cu["fields"].get("S2")
	if s and s2 and body.startswith("%s %s " % (s, s2)):
		return "%s %s %s" % (s2, s, body[len(s) + len(s2) + 2:])
	return None


def k_typo(rng, cu, desk, n=1):
	s = cu["name"]
	for _ in range(n):
		s = slip(rng, s, desk)
		if s is None:
			return None
	return s


def k_typo2(rng, cu, desk):
	return k_typo(rng, cu, desk, 2)


def k_typo_case(rng, cu, desk):
	s = k_typo(rng, cu, desk)
	return recase(rng, s) if s else None


DESKWORD = {"man": ["Cust:", "Client -", "MAN -", "Site:", "RE:"],
	"dub": ["Client:", "DUB -", "Cust -", "Ticket -", "Customer:"],
	"bne": ["BNE:", "Client -", "Cust:", "Job -", "Site -"]}


def k_prefix(rng, cu, desk):
	s = cu["name"]
	x = rng.random()
	if x < 0.7:
		return "%s %s" % (rng.choice(DESKWORD[desk]), s)
	if s.startswith("The "):
		return s[4:]
	if cu["vert"] in ("gp", "pub", "charity", "farm") and \
			not s.startswith("The "):
		return "The " + s
	return "%s %s" % (rng.choice(DESKWORD[desk]), s)


def short_of(cu):
	body, _ = split_form(cu["trade"] or cu["name"])
	ws = body.split()
	dist = [w for w in ws if is_distinct(w)]
	if not dist:
		return body
	i = ws.index(dist[0])
	lead = i > 0 and ws[i - 1] in ("The", "St", "Dr", "Saint", "Mt")
	out = ws[i - lead: i + 2]
	while len(out) > 1 and (len(out[-1]) <= 2 or out[-1] in ("&", "-")):
		out.pop()
	return " ".join(out)


PERSON_AT = {"man": ["@", "at", "-", "from"], "dub": ["@", "in", "-", "from"],
	"bne": ["@", "at", "-", "from"]}


def k_person(rng, cu, desk):
	first, last = rng.choice(cu["people"][:2])
	x = rng.random()
	if x < 0.3:
		return "%s %s" % (first, last)
	if x < 0.45 and cu["vert"] in ("gp", "dental", "vet"):
		return ("Dr %s %s" % (last, rng.choice(["", "- " + short_of(cu)]))
			).strip()
	at = rng.choice(PERSON_AT[desk])
	if at == "@" and rng.random() < 0.1:
		at = '"'	# Shift+2 on a remote machine set to the other layout
	if rng.random() < 0.5:
		return "%s %s %s" % (first, at, short_of(cu))
	return "%s (%s %s)" % (short_of(cu), first, last)


def k_trading(rng, cu, desk):
	if not cu["trade"]:
		return None
	if rng.random() < 0.65:
		return cu["trade"]
	reg = cu["regname"]
	if rng.random() < 0.4:
		reg = split_form(reg)[0]
	return reg


SPELL = [("Centre", "Center"), ("Harbour", "Harbor"), ("Neighbourhood",
	"Neighborhood"), ("Organisation", "Organization"), ("Theatre",
	"Theater"), ("Jewellers", "Jewelers"), ("Tyres", "Tires"),
	("Colour", "Color"), ("Travellers", "Travelers"), ("Programme",
	"Program"), ("Catalogue", "Catalog"), ("Mould", "Mold"),
	("Honour", "Honor"), ("Grey", "Gray")]


def k_spelling(rng, cu, desk):
	s = cu["name"]
	opts = [(a, b) for a, b in SPELL if a in s]
	if not opts:
		return None
	a, b = rng.choice(opts)
	return s.replace(a, b, 1)


SPLITS = ["side", "field", "gate", "care", "bank", "scoil", "lands", "wood",
	"bridge"]


def k_spacing(rng, cu, desk):
	s = cu["name"]
	ws = s.split()
	for i, w in enumerate(ws):
		low = w.lower()
		for suf in SPLITS:
			if low.endswith(suf) and len(low) > len(suf) + 2:
				cut = len(w) - len(suf)
				ws2 = ws[:i] + [w[:cut], w[cut:].capitalize()] + ws[i + 1:]
				return " ".join(ws2)
	pairs = [i for i in range(len(ws) - 1) if "'" not in ws[i] and (
		ws[i] in ("Te", "Guest", "Food", "Kin", "Wagga", "Woy", "Kurri") or
		ws[i + 1] in ("Care", "House", "Bank", "Centre") and
		ws[i][0].isupper())]
	if not pairs:
		return None
	i = rng.choice(pairs)
	return " ".join(ws[:i] + [ws[i] + ws[i + 1].lower()] + ws[i + 2:])


def k_mixed(rng, cu, desk):
	base = rng.choice([k_truncated, k_abbrev, k_apostrophe, k_saint,
		k_truncated])(rng, cu, desk)
	if not base:
		return None
	x = rng.random()
	if x < 0.4:
		return slip(rng, base, desk)
	if x < 0.7:
		out = strip(base).replace("'", "")
		return out if out != base else recase(rng, base)
	return recase(rng, base)


KINDS = {"exact": k_exact, "case": k_case, "suffix": k_suffix,
	"accent": k_accent, "apostrophe": k_apostrophe, "saint/mount": k_saint,
	"mc/o'": k_mc, "and": k_and, "abbreviation": k_abbrev,
	"truncated": k_truncated, "reorder": k_reorder, "typo": k_typo,
	"two typos": k_typo2, "typo+case": k_typo_case, "prefix": k_prefix,
	"person": k_person, "trading name": k_trading, "spelling": k_spelling,
	"spacing": k_spacing, "mixed": k_mixed}
WEIGHTS = [("exact", 13), ("case", 7), ("suffix", 9), ("accent", 4),
	("apostrophe", 6), ("saint/mount", 4), ("mc/o'", 3), ("and", 3),
	("abbreviation", 8), ("truncated", 8), ("reorder", 4), ("typo", 9),
	("two typos", 4), ("typo+case", 3), ("prefix", 3), ("person", 4),
	("trading name", 3), ("spelling", 2), ("spacing", 2), ("mixed", 5)]
SHORT = {"truncated", "abbreviation", "prefix", "person", "trading name",
	"mixed"}


# ---------------------------------------------------------------- rows
def pick_desk(rng, cu):
	own = DESK_OF[cu["reg"]]
	if rng.random() < 0.72:
		return own
	return rng.choice([d for d in ("man", "dub", "bne") if d != own])


def draw(rng, cum):
	x = rng.random() * cum[-1]
	lo, hi = 0, len(cum) - 1
	while lo < hi:
		mid = (lo + hi) // 2
		if cum[mid] > x:
			hi = mid
		else:
			lo = mid + 1
	return lo


def honest(ix, i, typed, cu, kind):
	if not typed.strip() or ix.near_other(typed, i):
		return False
	if kind in ("exact", "case") or key(typed) == key(cu["name"]):
		return True
	if kind in SHORT and ix.covered(typed, i):
		return False
	return any(is_distinct(w) for w in typed.split()) or kind == "abbreviation"


def real_row(rng, custs, ix, cum, kind):
	fn = KINDS[kind]
	for _ in range(200):
		i = draw(rng, cum)
		cu = custs[i]
		desk = pick_desk(rng, cu)
		typed = fn(rng, cu, desk)
		if typed is None or typed == cu["name"] and kind != "exact":
			continue
		typed = " ".join(typed.split())
		if honest(ix, i, typed, cu, kind):
			return (typed, i, kind, desk)
	i = draw(rng, cum)
	return (custs[i]["name"], i, "exact (fallback)", DESK_OF[custs[i]["reg"]])


def by_kind(n, weights, one):
	"""n rows, exact counts per kind (largest remainder); one(kind) makes
	a row."""
	counts = largest_remainder(n, weights)
	return [one(kind) for kind, _ in weights for _ in range(counts[kind])]


IMP_TRADE = ["Garden Centre", "Fishing Charters", "Tyres", "Carpets",
	"Taxis", "Florist", "Hair Salon", "Barbers", "Driving School", "Kennels",
	"Bakery", "Butchers", "Cafe", "Caravans", "Storage", "Removals",
	"Nail Bar", "Coffee Roasters", "Motors", "Glazing", "Fencing",
	"Skip Hire", "Tattoo Studio", "Yoga Studio", "Pet Grooming",
	"Locksmiths", "Opticians", "Car Wash", "Boat Hire", "Bike Shop"]
SIBLING = {
	"gp": ["Surgery", "Medical Centre", "Health Centre", "Family Practice"],
	"dental": ["Dental Studio", "Orthodontics", "Smile Clinic"],
	"vet": ["Animal Hospital", "Pet Clinic", "Vet Centre"],
	"pharmacy": ["Chemist", "Pharmacy", "Health Store"],
	"solicitors": ["Law", "Conveyancing", "Legal Services"],
	"accountants": ["Tax Services", "Payroll", "Bookkeepers"],
	"estate": ["Homes", "Property Group", "Lettings"],
	"trades": ["Electrical", "Plumbing", "Roofing", "Joinery", "Landscaping",
		"Scaffolding", "Painting & Decorating"],
	"school": ["Nursery", "Preschool", "Kindergarten", "After School Club"],
	"council": ["Library", "Leisure Centre", "Swimming Pool"],
	"charity": ["Foundation", "Appeal", "Support Group"],
	"club": ["Youth Club", "Social Club", "Running Club", "Hockey Club"],
	"pub": ["Inn", "Arms", "Bistro", "Wine Bar"],
	"farm": ["Farm Shop", "Orchard", "Dairy"],
	"indigenous": ["Arts Centre", "Cultural Centre", "Kindergarten"]}
INTERNAL = ["Test", "Test Session", "Demo PC", "Workbench 2", "Workbench",
	"Stock Laptop 14", "Loan Laptop", "Manchester Office", "Dublin Desk",
	"BNE Office", "Training Room", "Imaging Station", "Spare PC",
	"Build Bench", "Boardroom", "Head Office", "Server Room", "MSP Internal",
	"Repair Shop", "Returns - RMA", "Onboarding Laptop", "Hot Desk 3"]
TECHS = {"man": ["Dave Hughes", "Priya Shah", "Tom Whittaker", "Gemma Lomax"],
	"dub": ["Aoife Byrne", "Cian O'Connor", "Niamh Kelleher"],
	"bne": ["Jarrah Nguyen", "Kate Lawson", "Mitch Tan", "Hemi Walker"]}


def impostor(rng, kind, custs, ix):
	i = rng.randrange(len(custs))
	cu = custs[i]
	reg = cu["reg"]
	if kind == "rare word":
		w = ix.rarest(i)
		src = next((x for x in (cu["trade"] or cu["core"]).split()
			if slug(x) == w), w.capitalize())
		return "%s %s" % (src, rng.choice(IMP_TRADE))
	if kind == "namesake":
		f = cu["fields"]
		if "S" in f:
			base = f["S"] + ("s" if rng.random() < 0.2 else "")
		elif "X" in f:
			base = ("The " if rng.random() < 0.5 else "") + f["X"]
		elif "P" in f:
			base = "The " + f["P"]
		else:
			return None
		name = "%s %s" % (base, rng.choice(SIBLING[cu["vert"]]))
		if rng.random() < 0.5:
			name += " " + rng.choice(TOWNS[reg])
		return name
	if kind == "same shape":
		fields = dict(cu["fields"])
		keys = [k for k in fields if k in ("S", "T", "V", "X", "SA", "G",
			"W", "P", "C", "K", "M")]
		if not keys:
			return None
		k = rng.choice(keys)
		j = rng.randrange(len(custs))
		other = custs[j]["fields"].get(k)
		if not other or other == fields[k]:
			return None
		fields[k] = other
		fields.pop("Q", None)
		name, _ = fill(rng, reg, cu["pat"], fields)
		return name
	if kind == "other school or council":
		vn = rng.choice(["school", "council", "club"])
		reg = rng.choice([r for r, _ in REGIONS])
		opts = [(t, w) for t, w in TMPL[reg] if t[0] == vn]
		if not opts:
			return None
		_, pat, _ = wpick(rng, opts)
		name, _ = fill(rng, reg, pat)
		return name
	if kind == "internal":
		if rng.random() < 0.3:
			desk = rng.choice(list(TECHS))
			return ("%s %s" % (rng.choice(["Internal -", "", "Test -"]),
				rng.choice(TECHS[desk]))).strip()
		return rng.choice(INTERNAL)
	if kind == "person":
		c = cu["country"]
		first, last = rng.choice(FIRST[c]), rng.choice(SURNAMES[reg])
		return rng.choice(["Private - %s %s", "%s %s (home)",
			"Mrs %.1s %s (home)", "%s %s personal", "Home user - %s %s",
			"%s %s - own laptop"]) % (first, last)
	return None


IMP_WEIGHTS = [("rare word", 25), ("namesake", 20), ("same shape", 13),
	("other school or council", 15), ("internal", 15), ("person", 12)]


def imp_row(rng, custs, ix, kind):
	k = kind
	for t in range(400):
		if t == 150 and kind not in ("person", "internal"):
			k = "person"
		name = impostor(rng, k, custs, ix)
		if not name:
			continue
		name = " ".join(name.split())
		if ix.near_other(name, -1):
			continue
		if k not in ("person", "internal") or t < 300:
			if ix.covered(name, -1) or ix.covers(name):
				continue
		if rng.random() < 0.2:
			name2 = slip(rng, name, rng.choice(["man", "dub", "bne"])) \
				if rng.random() < 0.5 else recase(rng, name)
			if name2 and not ix.near_other(name2, -1) and \
					not ix.covered(name2, -1) and not ix.covers(name2):
				name = name2
		return (name, None, "impostor: " + k, rng.choice(list(TECHS)))
	return ("Private - " + rng.choice(FIRST["uk"]), None, "impostor: person",
		"man")


# ---------------------------------------------------------------- machines
def machine(rng, custs, row, roles):
	typed, i, kind, _ = row
	if i is None:
		x = rng.random()
		if x < 0.45:
			return desktop(rng, rng.choice(["DESKTOP", "LAPTOP"]))
		if x < 0.70:
			return rng.choice(roles)
		if x < 0.85:
			return own_device(rng, rng.choice(FIRST[rng.choice(list(FIRST))]))
		return ""
	cu = custs[i]
	x = rng.random()
	if x < 0.70 and cu["assets"]:
		return rng.choice(cu["assets"])["name"]
	if x < 0.82:
		if cu["scheme"] == "site":
			return "%s-PC%02d" % (prefix(cu), len(cu["assets"]) +
				rng.randrange(1, 9))
		return desktop(rng)
	if x < 0.90:
		return own_device(rng, rng.choice(cu["people"])[0])
	if x < 0.96:
		return ""
	for _ in range(20):
		j = rng.randrange(len(custs))
		if j != i and custs[j]["assets"]:
			return rng.choice(custs[j]["assets"])["name"]
	return ""


def population(rng, ncust):
	"""The customers with contacts and assets, and the weights that draw
	them for sessions (1 + the square root of the asset count)."""
	custs = make_customers(rng, ncust)
	ids = ([6300000], [7700000])
	cum = []
	for cu in custs:
		cu["contacts"] = contacts(rng, cu, ids[0])
		cu["assets"] = assets(rng, cu, ids[1])
		cum.append((cum[-1] if cum else 0.0) + 1 + math.sqrt(len(
			cu["assets"])))
	return custs, cum


def main():
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random("blind9:" + seed)
	custs, cum = population(rng, ncust)
	ix = Index(custs)
	nimp = int(round(nnames * 0.16))
	rows = by_kind(nnames - nimp, WEIGHTS,
		lambda kind: real_row(rng, custs, ix, cum, kind))
	rows += by_kind(nimp, IMP_WEIGHTS, lambda kind: imp_row(rng, custs, ix,
		kind))
	rng.shuffle(rows)
	owned = scr.asset_names(custs)
	roles = sorted(owned & {r for rs in ROLES.values() for r in rs}) or \
		["RECEPTION"]
	scr.write_desk_set(rng, out, custs, rows,
		lambda row: machine(rng, custs, row, roles), TECHS,
		("blind9", seed, 1796000000, 1187, 95))

if __name__ == "__main__":
	main()
