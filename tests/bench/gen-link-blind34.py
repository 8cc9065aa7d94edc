#!/usr/bin/env python3
# gen-link-blind34.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 22: the lead runs it once).  A US Northeast and
# Mid-Atlantic MSP for professional services: one Syncro account, one
# ScreenConnect, desks in New York City (NYC: Manhattan, Brooklyn,
# Queens, the Bronx, Staten Island), Long Island (LI: Nassau and
# Suffolk), Boston (BOS), Philadelphia (PHL, with its New Jersey and
# Delaware suburbs), Newark (EWR: northern New Jersey) and Hartford (HFD:
# Connecticut).  Customers: law firms (partner lists "Brennan, Kaplan &
# Russo LLP", "Law Offices of John D. Brennan", "John Brennan, Esq.",
# "& Associates"), CPA and accounting firms, medical and dental practices
# ("Raj Patel MD", "Dr.", "DDS"), insurance agencies, real-estate
# brokerages and property managers, co-ops and condo boards ("345 East
# 56th Street Owners Corp.", "Board of Managers of The Ansonia
# Condominium", Massachusetts condominium trusts), architects,
# engineering firms, synagogues, churches, private schools and a few
# delis and pizzerias ("Joe's Deli").  Writes OUTDIR/customers.json (as
# Syncro's GET /customers returns them: id, business_name, firstname,
# lastname, email, phone, address, address_2, city, state, zip, contacts,
# assets), names.tsv (typed TAB true id or "" TAB kind TAB machine),
# sessions.jsonl and sessions-machine.jsonl through
# screenconnect_record.write_desk_set.  Python stdlib only,
# deterministic for a seed.  Customer ids from 34000000.
#
# Where each shape comes from ("found": found with the session's search
# tool; "known": public knowledge, no search):
# - Surnames: the Census Bureau's 2010 surname table (found:
#   americannamesociety.org "U.S. surnames in the 2010 Census": Smith,
#   Johnson, Williams, Brown and Jones the five commonest; blog.eogn.com
#   2019/06 its top 15 - Garcia 6th, Miller, Davis, Rodriguez, Martinez,
#   Hernandez, Lopez, Gonzalez, Wilson, Anderson - and Zhang, Li, Liu the
#   fastest-growing); the "common surname" impostors draw its top 25.
#   Each family's block (Irish, Italian, Jewish - Ashkenazi -, Greek,
#   Polish, Puerto Rican and Dominican, Chinese - Mandarin pinyin and the
#   Cantonese spellings of older New York and Boston families (Chan,
#   Wong, Ng, Szeto) -, Korean, Indian - Gujarati, Punjabi, South Indian -
#   and Haitian) is names of that table's upper ranks known to be common
#   in the family (known).  Given names: the SSA's popular names of each
#   family's generation (known).
# - Legal forms: New York's professional corporation and PLLC (found:
#   cogencyglobal.com 2013 "Choosing a Name for a New York Domestic
#   Professional Corporation": the name "must end with ... "P.C."" or
#   "P.L.L.C.", "PLLC"; cnylatinonewspaper.com: "P.C., PC, or PLLC,
#   P.L.L.C."; nolo.com: Business Corporation Law Article 15; rodinlegal
#   .com: "M.D." and "dental" in a practice's name, "associates" refused
#   a single owner); LLP, LLC, Inc., Corp., "& Co." (known); New
#   York's co-operative apartment corporations ("Owners Corp.", "Tenants
#   Corp.", "Apartment Corp."), condominium boards ("Board of Managers")
#   and Massachusetts condominium trusts (M.G.L. c. 183A; known).
# - Professional titles: "Esq." after a lawyer's name, "Dr." before and
#   "MD" / "M.D." / "DDS" / "CPA" after (known).
# - Keyboard: the US QWERTY letter rows (found: code search, e.g.
#   jj-web-design-studio/jjstudio-frontend-react src/components/keyboard/
#   keys.js QWE_ROW / ASD_ROW / ZXC_ROW); a slip is a neighbour on the
#   row, a dropped, doubled or swapped letter (linkgen.Typo).
# - Surnames one letter off: spellings families and clerks write of one
#   name (Kaplan/Caplan, Schwartz/Schwarz, Levine/Levin, Callahan/
#   Callaghan, Reilly/Riley, Rodriguez/Rodrigues, Papadopoulos/
#   Papadopulos, Kowalski/Kowalsky; known), else a vowel typed for
#   another; O'Brien typed OBrien / O Brien, Jean-Baptiste without its
#   hyphen, McCarthy as MacCarthy (known).
# - Partner lists (known): a firm called by its first name partner or
#   its first two ("Brennan Kaplan"), by the partners' initials with
#   the trade ("BKR Law", the "JDB Law"), partners reordered,
#   "and" / "&" / "+" (architects' "+") for one another, the serial
#   comma dropped.
# - Hebrew names of synagogues in their Ashkenazi and modern spellings
#   (Beth/Beit, B'nai/Bnai/Bnei, Sholom/Shalom, Tifereth/Tiferet,
#   Ahavath/Ahavat, Shaare/Shaarei; known); "St." / "Saint" / "St"
#   and the possessive ("St. Mary's") of parishes (known).
# - Co-op addresses (known): Manhattan's numbered streets typed short
#   ("345 E 56th St", "345 E. 56 St") - the US Postal Service's
#   Publication 28 abbreviations (E, W, St, Ave, Pkwy, Blvd).
# - Delis and pizzerias by the owner's short given name ("Joe's Deli",
#   "Sal's Pizza of Astoria"), and the short names one letter apart
#   (Joe/Jon, Sal/Sam, Dino/Gino/Nino, Benny/Lenny/Kenny; known).
# - Brand words: places and landmarks of the region (Hudson, Knickerbocker,
#   Beacon Hill, Main Line, Charter Oak, Palisades ...; known), a rare
#   block (Wissahickon, Shawangunk, Housatonic, Ronkonkoma ...) for the
#   rare-word impostors; Manhattan apartment houses (The Ansonia, The
#   Apthorp, The Belnord ...; known).
#
# Real-row kinds (shares in KINDS): exact, caps, lower, typo, two typos,
# truncated, reorder, abbrev (Assoc., Mgmt, Ins., Cong., Engrs ...),
# acronym, legal (dropped, respelt, P.C./PLLC and LLP/LLC swapped),
# partners (one or two surnames, with or without the trade), initials
# ("BKR Law"), surname off (one letter), apostrophe (O'Brien, B'nai,
# St. Mary's without it), and (& / and / +, the comma dropped), title
# (Esq., Dr., MD, DDS, CPA added, dropped or moved), saint (St. /
# Saint / St), hebrew (a synagogue's other spelling), address (a co-op's
# street abbreviated), branch (town, office, suite), contact, person,
# domain, mixed.
# Impostors (37% of the draws; 38% of the rows at 5,000 customers, 37%
# at 50,000): same shape (a fresh name of the customers' templates, its
# surnames or brand from a block no customer
# draws from), same surnames (a customer's partners in another trade:
# "Brennan & Kaplan Insurance Agency"), shared partner (another partner
# list sharing one or two of a customer's surnames), given name (a
# customer's "Joe's Deli" as "Jon's Deli": another given name one letter
# off), rare word, common surname, person (no contact), vendor,
# prospect, personal, own staff.
#
# Machines (linkgen.machine): a real row on one of its customer's assets
# 72%, another customer's 4%; impostors on unknown machines, a shared role
# name (RECEPTION, FRONTDESK, SUPER ...) 18%, own staff on the bench.
#
# Labels: rows label-audit.py doubts are drawn again (its NORTHEAST list,
# used only for a list where one name in eight has P.C., reads P.C.,
# P.L.L.C., Esq., MD, DDS and CPA as it reads legal forms), and so are
# impostors that, read through this generator's skeleton (accents,
# apostrophes and the possessive 's dropped, abbreviations expanded,
# Street / Saint as one word, ordinals as numbers, Hebrew spellings
# folded, legal forms, titles, credentials, articles and the words for
# "and" dropped, doubled letters single), are a customer's name, or that
# name less its legal form, owner or town, or all its words less one,
# or hold a listed person's full name (linkgen.Checks, parts_known and
# pairs).  The one exception is the given-name impostor, which is one
# edit from its customer by design: it may be no customer's skeleton
# nor its label-audit namesake, and no real row of a shop is drawn that
# types another listed given name for the owner's.
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linkgen as lk  # noqa: E402
import screenconnect_record as scr  # noqa: E402

# ---------------------------------------------------------------- places
# (town, state, desk, share, zip head, area codes)
TOWNS = [("New York", "NY", "NYC", 14, "100", (212, 646, 917)),
	("Brooklyn", "NY", "NYC", 8, "112", (718, 347, 929)),
	("Flushing", "NY", "NYC", 3, "113", (718, 347)),
	("Astoria", "NY", "NYC", 2, "111", (718, 929)),
	("Jamaica", "NY", "NYC", 1, "114", (718,)),
	("Bronx", "NY", "NYC", 3, "104", (718, 347)),
	("Staten Island", "NY", "NYC", 2, "103", (718,)),
	("Garden City", "NY", "LI", 2, "115", (516,)),
	("Mineola", "NY", "LI", 2, "115", (516,)),
	("Great Neck", "NY", "LI", 2, "110", (516,)),
	("Hauppauge", "NY", "LI", 2, "117", (631,)),
	("Huntington", "NY", "LI", 2, "117", (631,)),
	("Melville", "NY", "LI", 2, "117", (631,)),
	("Hicksville", "NY", "LI", 1, "118", (516,)),
	("Boston", "MA", "BOS", 8, "021", (617, 857)),
	("Cambridge", "MA", "BOS", 3, "021", (617,)),
	("Quincy", "MA", "BOS", 2, "021", (617,)),
	("Newton", "MA", "BOS", 2, "024", (617,)),
	("Brookline", "MA", "BOS", 2, "024", (617,)),
	("Waltham", "MA", "BOS", 2, "024", (781,)),
	("Worcester", "MA", "BOS", 1, "016", (508,)),
	("Philadelphia", "PA", "PHL", 9, "191", (215, 267)),
	("Bala Cynwyd", "PA", "PHL", 2, "190", (610, 484)),
	("King of Prussia", "PA", "PHL", 2, "194", (610,)),
	("Media", "PA", "PHL", 1, "190", (610,)),
	("Cherry Hill", "NJ", "PHL", 2, "080", (856,)),
	("Wilmington", "DE", "PHL", 1, "198", (302,)),
	("Newark", "NJ", "EWR", 3, "071", (973, 862)),
	("Jersey City", "NJ", "EWR", 3, "073", (201, 551)),
	("Hackensack", "NJ", "EWR", 3, "076", (201,)),
	("Morristown", "NJ", "EWR", 2, "079", (973,)),
	("Paterson", "NJ", "EWR", 2, "075", (973,)),
	("Fort Lee", "NJ", "EWR", 2, "070", (201,)),
	("Elizabeth", "NJ", "EWR", 1, "072", (908,)),
	("Hartford", "CT", "HFD", 4, "061", (860, 959)),
	("West Hartford", "CT", "HFD", 2, "061", (860,)),
	("New Haven", "CT", "HFD", 3, "065", (203, 475)),
	("Stamford", "CT", "HFD", 3, "069", (203,)),
	("Glastonbury", "CT", "HFD", 1, "060", (860,))]
STREETS = ["Broadway", "Madison Avenue", "Main Street", "Park Avenue",
	"Market Street", "Boylston Street", "Walnut Street", "State Street",
	"Northern Boulevard", "Old Country Road", "Route 17 North",
	"Farmington Avenue", "Chestnut Street", "Court Street"]
SUITES = ["Suite %d", "Ste %d", "Floor %d", "%dth Floor", "Unit %d"]

# ---------------------------------------------------------------- people
# Each family's surnames; "anglo" is the Census table's head.
SUR = {
	"anglo": "Smith Johnson Williams Brown Jones Miller Davis Wilson "
	"Anderson Taylor Thomas Moore Martin Jackson Thompson White Harris "
	"Clark Lewis Robinson Walker Young Allen Wright Scott Baker Adams "
	"Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner "
	"Parker Collins Edwards Stewart Morris Cook Rogers Morgan Cooper "
	"Peterson Bailey Reed Howard Cox Ward Richardson Watson Brooks Wood "
	"Bennett Gray Hughes Price Sanders Myers Ross Foster".split(),
	"irish": "Murphy Kelly Sullivan O'Brien Walsh McCarthy Ryan O'Connor "
	"Byrne Doyle Fitzgerald Brennan Gallagher Kennedy Lynch Quinn "
	"Flanagan Donnelly Keane Dolan McGrath Reilly Connolly Moran Hogan "
	"Callahan Mahoney Duffy Kavanagh O'Shaughnessy O'Neill McLaughlin "
	"Doherty Burke Higgins Flynn Nolan Tierney Whelan Coughlin Dunne "
	"Costello".split(),
	"italian": "Russo Esposito Romano Colombo Ricci Marino Greco Bruno "
	"Gallo Conti DeLuca Costa Giordano Mancini Rizzo Lombardi Moretti "
	"Barbieri Fontana Caruso Ferrara Santoro Rinaldi Leone Longo Gentile "
	"Martinelli Vitale Messina Napolitano Amato Pellegrino Palumbo "
	"Sorrentino Cuomo DiMaggio LaRocca Scarpa Iannucci Pagano Mazzola "
	"Criscuolo Tedesco Aiello".split(),
	"jewish": "Cohen Levy Goldberg Friedman Shapiro Katz Schwartz Kaplan "
	"Rosenberg Klein Weiss Goldstein Stein Rubin Levine Feldman Horowitz "
	"Greenberg Silverman Bernstein Weinstein Abramowitz Rosen Blum Adler "
	"Hirsch Landau Perlman Siegel Zuckerman Berkowitz Lefkowitz "
	"Mandelbaum Nussbaum Finkelstein Rabinowitz Teitelbaum Hoffman "
	"Kessler".split(),
	"greek": "Papadopoulos Pappas Georgiou Nikolaidis Christodoulou "
	"Dimitriou Konstantinidis Alexiou Vlahos Stavropoulos Karras Economou "
	"Kostopoulos Angelopoulos Theodorou Manolis Galanis Katsaros Makris "
	"Spanos Tsakalos Athanasiou Kalogeropoulos".split(),
	"polish": "Nowak Kowalski Wisniewski Wojcik Kowalczyk Kaminski "
	"Lewandowski Zielinski Szymanski Wozniak Dabrowski Kozlowski "
	"Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Pawlowski "
	"Michalski Zajac Wieczorek Jablonski Wrobel Nowicki Majewski "
	"Olszewski Stepien Malinowski".split(),
	"hisp": "Rodriguez Rivera Martinez Hernandez Garcia Gonzalez Lopez "
	"Perez Sanchez Ramirez Torres Cruz Diaz Reyes Morales Ortiz Santiago "
	"Colon Vazquez Figueroa Rosario Castillo Jimenez Peña Nuñez Mejia "
	"Almonte Polanco Batista Guzman Tavarez Acevedo Feliz Paulino Ventura "
	"Encarnacion Cabrera Espinal Marte Peralta".split(),
	"chinese": "Chen Wang Zhang Liu Lin Huang Wu Zhao Zhou Yang Chan "
	"Wong Ng Lam Cheung Leung Tang Lau Fong Chow Kwan Szeto Mak Cheng "
	"Tsang Louie".split(),
	"korean": "Kim Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Oh Seo "
	"Kwon Hwang Ahn Song Yoo Hong Jeon Moon Bae Baek".split(),
	"indian": "Patel Shah Singh Sharma Gupta Desai Mehta Kumar Reddy Rao "
	"Agarwal Joshi Iyer Nair Menon Chopra Malhotra Kapoor Bhatt Trivedi "
	"Pandya Chaudhary Verma Saxena Banerjee Mukherjee Ghosh Srinivasan "
	"Venkatesan Krishnan".split(),
	"haitian": "Jean-Baptiste Pierre-Louis Toussaint Celestin Desir "
	"Augustin Beauvais Charlemagne Delva Fils-Aime Valcourt Laguerre "
	"Exantus Hyppolite Lafontant Jeune Brutus Bazile Dorvil Saintil "
	"Dorcely Etienne Thermidor Dieujuste".split()}
GIVEN = {
	"anglo": "James John Robert Michael William David Richard Thomas Mary "
	"Patricia Jennifer Linda Elizabeth Susan Karen Sarah Nancy Lisa",
	"irish": "Patrick Sean Brendan Kevin Brian Daniel Kathleen Maureen "
	"Siobhan Colleen Bridget Eileen Timothy Kieran",
	"italian": "Anthony Joseph Vincent Salvatore Frank Dominic Nicholas "
	"Louis Angela Maria Theresa Rosemarie Gina Carmela Paul",
	"jewish": "David Michael Benjamin Jonathan Aaron Jacob Samuel Rachel "
	"Rebecca Deborah Miriam Leah Esther Judith Howard Marc Steven",
	"greek": "George Nicholas Constantine Dimitrios Peter Christos "
	"Alexandra Helen Katerina Despina Sophia Anastasia",
	"polish": "Stanley Piotr Krzysztof Marek Tadeusz Andrew Anna "
	"Agnieszka Katarzyna Barbara Dorota Joanna",
	"hisp": "Jose Luis Carlos Juan Miguel Angel Rafael Ramon Hector "
	"Carmen Ana Yolanda Milagros Luz Ivelisse Yesenia Juana Francisco",
	"chinese": "Wei Ming Jian Kevin Eric Jason Jenny Amy Grace Mei Vincent "
	"Raymond Alice Winnie",
	"korean": "Sung Min Jae Young Hyun Daniel Grace Esther Eunice Soo "
	"Jin Joseph Paul Sarah",
	"indian": "Raj Amit Sanjay Vikram Rahul Anil Suresh Priya Anjali Neha "
	"Pooja Sunita Deepa Lakshmi Arjun Ravi",
	"haitian": "Jean Pierre Jacques Marc Emmanuel Wilner Fritz Guerline "
	"Marie Nadège Mirlande Rose Ketly Yves Claude"}
GIVEN = {k: v.split() for k, v in GIVEN.items()}
ORIGINS = {}
for _d, _w in (("NYC", "10 10 12 16 4 3 16 12 6 6 5"),
		("LI", "14 16 20 16 5 4 8 5 4 6 2"),
		("BOS", "20 28 14 8 5 3 6 6 3 5 6"),
		("PHL", "22 16 18 10 3 8 8 5 4 6 1"),
		("EWR", "12 10 18 8 4 8 16 4 8 12 3"),
		("HFD", "20 16 18 8 4 10 14 3 2 5 2")):
	ORIGINS[_d] = list(zip(SUR, map(int, _w.split())))
# The delis' and pizzerias' owners, and the given names one letter off
# theirs (the impostor "Jon's Deli" for the customer "Joe's Deli").
SHOP_GIVEN = "Joe Jon Dan Don Sal Sam Tom Tim Ben Ken Bob Rob Jim Kim Ray " \
	"Roy Nick Rick Gino Dino Nino Vito Rocco Manny Vinny Artie Arnie " \
	"Benny Lenny Kenny Danny Tony Tory Mario Maria Joey Jody Mike".split()


def one_off(a, b):
	return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


# Every listed surname, and real ones a vowel typed for another makes
# ("Patil" for "Patel" is another family's, not a slip).
ALL_SUR = {s for v in SUR.values() for s in v} | {"Patil", "Janes",
	"Jonas", "Morgen", "Rosan"}
NEAR_GIVEN = {a: [b for b in SHOP_GIVEN if one_off(a, b)]
	for a in SHOP_GIVEN}
# Another spelling of a surname, one letter or so off.
VARIANT = {"Kaplan": "Caplan", "Schwartz": "Schwarz", "Levine": "Levin",
	"Cohen": "Kohen", "Katz": "Kats", "Rosenberg": "Rosenburg",
	"Goldstein": "Goldsten", "Friedman": "Freidman", "Shapiro": "Shapira",
	"Horowitz": "Horowicz", "Weinstein": "Weinstien", "Berkowitz":
	"Berkowicz", "Callahan": "Callaghan", "Reilly": "Riley", "McCarthy":
	"MacCarthy", "Brennan": "Brenan", "Gallagher": "Gallager",
	"Sullivan": "Sullivin", "Donnelly": "Donnely", "Giordano": "Giordono",
	"Esposito": "Esposita", "Caruso": "Carusso", "Napolitano":
	"Napoletano", "Iannucci": "Ianucci", "Papadopoulos": "Papadopulos",
	"Pappas": "Papas", "Kowalski": "Kowalsky", "Wisniewski": "Wisnewski",
	"Lewandowski": "Levandowski", "Rodriguez": "Rodrigues", "Gonzalez":
	"Gonzales", "Hernandez": "Hernandes", "Vazquez": "Vasquez",
	"Encarnacion": "Encarnación", "Srinivasan": "Sreenivasan",
	"Chaudhary": "Choudhary", "Jean-Baptiste": "Jean Baptiste",
	"Pierre-Louis": "Pierrelouis", "Toussaint": "Toussant",
	"Hyppolite": "Hypolite", "Thompson": "Thomson", "Stewart": "Steward",
	"Peterson": "Petersen", "Anderson": "Andersen", "Szeto": "Seto"}

# ---------------------------------------------------------------- words
BRAND = ["Hudson", "Liberty", "Empire", "Knickerbocker", "Gotham",
	"Harbor", "Atlantic", "Colonial", "Bay State", "Patriot", "Keystone",
	"Garden State", "Tri-State", "Metro", "Park Avenue", "Madison",
	"Lexington", "Beacon Hill", "Back Bay", "Main Line", "Brandywine",
	"Schuylkill", "Charter Oak", "Nutmeg", "Constitution", "Ironbound",
	"Palisades", "Meadowlands", "Gold Coast", "North Shore", "South Shore",
	"Montauk", "Nassau", "Sagamore", "Minuteman", "Riverside", "Bowery",
	"Gramercy", "Chelsea", "Battery Park", "Fenway", "Rittenhouse",
	"Society Hill", "Long Wharf", "Cape Ann", "Delaware Valley",
	"Westchester", "Greenwich", "Manhattan", "Brooklyn Heights"]
RARE = ["Wissahickon", "Manayunk", "Quinnipiac", "Housatonic",
	"Pequannock", "Ramapo", "Shawangunk", "Wachusett", "Neponset",
	"Perkiomen", "Conshohocken", "Massapequa", "Patchogue", "Ronkonkoma",
	"Mianus", "Hockanum", "Musconetcong", "Wyandanch", "Tohickon",
	"Aquetong", "Cheesequake", "Naugatuck"]
BUILDING = ["Ansonia", "Apthorp", "Belnord", "Beresford", "Langham",
	"Majestic", "Eldorado", "Dorilton", "Chatsworth", "Graham Court",
	"Osborne", "Manchester", "Bancroft", "Wellesley", "Whitehall",
	"Carlton House", "Beekman Terrace", "Devonshire", "Sutton Terrace",
	"Claremont", "Kenilworth", "Marlborough", "Hampshire House"]
HEBREW = ["Beth El", "Beth Israel", "Beth Sholom", "B'nai Jeshurun",
	"Shaare Zedek", "Ahavath Achim", "Adath Israel", "Tifereth Israel",
	"Shaare Tefila", "Rodeph Sholom", "Kehilath Jeshurun", "Anshe Chesed",
	"Beth Am", "Emanu-El", "B'nai Israel", "Ohev Sholom", "Beth David",
	"Sons of Israel", "Beth Torah", "Ahavath Torah"]
SAINTS = ["Joseph", "Patrick", "Mary", "Anthony", "Francis", "Brendan",
	"Brigid", "Rita", "Jude", "Catherine", "Ann", "Peter", "Paul",
	"Thomas", "Michael", "Aidan", "Vincent", "Rocco", "Lucy", "Teresa",
	"Stanislaus", "Casimir", "Hedwig", "Nicholas", "Clare", "Barnabas",
	"Agnes", "Columba"]
# The Greek Orthodox parishes' own (known).
GREEK_SAINTS = ["Nicholas", "Demetrios", "Spyridon", "George", "Basil",
	"Constantine and Helen", "Catherine", "Paraskevi", "Haralambos"]
ADDR_STREET = ["East %s Street", "West %s Street"]
ADDR_AVE = ["Park Avenue", "West End Avenue", "Riverside Drive",
	"Fifth Avenue", "East End Avenue", "Central Park West",
	"Ocean Parkway", "Queens Boulevard", "Shore Road", "Lexington Avenue"]
# Names and brands no customer draws (the same-shape impostors).
OUTSIDE_SUR = ["Ashworth", "Bellamy", "Corcoran", "Delahunt", "Fennessy",
	"Gianelli", "Halloran", "Iacono", "Kornbluth", "Lipschutz", "Moskowitz",
	"Nardella", "Oyelaran", "Pomerantz", "Quattrocchi", "Rubinfeld",
	"Sandoval", "Tabachnik", "Underhill", "Vasilakis", "Wasserstrom",
	"Yablonski", "Zeitlin", "Przybylski", "Okafor", "Thibodeau"]
OUTSIDE_BRAND = ["Tappan", "Ossining", "Sparkill", "Chappaqua",
	"Weehawken", "Tewksbury", "Nahant", "Swampscott", "Pocono",
	"Lackawanna", "Mattituck", "Setauket"]

# Templates per sector: {S} {S2} {S3} surnames, {P} an owner's full name
# (given, middle initial, surname), {G} a shop owner's given name, {B}
# brand, {H} a Hebrew name, {N} a saint, {A} a co-op's address, {L} an
# apartment house, {T} the town.
T = {
	"law": ["{S}, {S2} & {S3}", "{S} & {S2}", "{S} {S2} & {S3}",
		"Law Offices of {P}", "{P}, Esq.", "{S} & Associates",
		"{S} Law Group", "{S} & {S2} Law Firm"],
	"cpa": ["{S} & Company, CPAs", "{S}, {S2} & Co.", "{S} & {S2} CPAs",
		"{P}, CPA", "{S} Tax & Accounting", "{B} Accounting Group",
		"{S} {S2} & Associates CPAs"],
	"medical": ["{P} MD", "{B} Medical Associates", "{S} Family Medicine",
		"{B} Pediatrics", "{B} Orthopedics", "{S} & {S2} Medical "
		"Associates", "{B} Cardiology Associates"],
	"dental": ["{P} DDS", "{B} Dental Group", "{S} Family Dentistry",
		"{S} & {S2} Dental Associates", "{B} Orthodontics",
		"{B} Smiles Dental"],
	"insurance": ["{S} Insurance Agency", "{S} & {S2} Insurance "
		"Brokerage", "{B} Insurance Agency", "{S} & Sons Insurance",
		"{B} Insurance Brokers"],
	"estate": ["{S} Realty", "{B} Realty Group", "{S} Properties",
		"{B} Property Management", "{S} Real Estate", "{S} & {S2} "
		"Management"],
	"coop": ["{A} Owners Corp.", "{A} Tenants Corp.", "{A} Apartment "
		"Corp.", "Board of Managers of The {L} Condominium",
		"The {L} Condominium"],
	"architects": ["{S} Architects", "{S} + {S2} Architects",
		"{S} {S2} Architecture", "{B} Design Studio", "{S} & {S2} "
		"Architects"],
	"engineering": ["{S} Engineering", "{S} & {S2} Consulting Engineers",
		"{B} Structural Engineers", "{B} Engineering Group",
		"{S} Associates Engineers"],
	"synagogue": ["Congregation {H}", "Temple {H}", "{H} Synagogue",
		"Young Israel of {T}", "Chabad of {T}"],
	"church": ["St. {N} Church", "St. {N} Roman Catholic Church",
		"{B} Baptist Church", "First Presbyterian Church of {T}",
		"Iglesia Pentecostal {B}", "Église Baptiste {B}",
		"St. {N} Greek Orthodox Church", "St. {N}'s Episcopal Church"],
	"school": ["{B} Academy", "{B} Day School", "St. {N} School",
		"{B} Montessori School", "The {B} School", "Yeshiva of {T}"],
	"shop": ["{G}'s Deli", "{G}'s Pizzeria", "{G}'s Bagels",
		"{G}'s Dry Cleaners", "{G}'s Barber Shop", "{G}'s Pizza of {T}",
		"{G}'s Deli & Grocery", "{G}'s Bakery of {T}"]}
SECTORS = [("law", 16), ("cpa", 11), ("medical", 10), ("dental", 8),
	("insurance", 8), ("estate", 9), ("coop", 8), ("architects", 6),
	("engineering", 6), ("synagogue", 3), ("church", 5), ("school", 4),
	("shop", 5)]
# (form, share), and how often a sector's names carry one.
LEGAL = {"law": [("LLP", 35), ("P.C.", 25), ("PLLC", 20), ("LLC", 20)],
	"cpa": [("LLP", 30), ("P.C.", 30), ("PLLC", 20), ("LLC", 20)],
	"medical": [("P.C.", 55), ("PC", 10), ("PLLC", 25), ("LLC", 10)],
	"architects": [("PLLC", 35), ("P.C.", 30), ("LLP", 10), ("LLC", 25)],
	"other": [("Inc.", 40), ("LLC", 40), ("Corp.", 10), ("Inc", 10)]}
LEGAL["dental"] = LEGAL["medical"]
LEGAL["engineering"] = LEGAL["architects"]
CARRIES = {"law": .75, "cpa": .7, "medical": .75, "dental": .75,
	"insurance": .6, "estate": .6, "coop": 0, "architects": .7,
	"engineering": .75, "synagogue": .25, "church": .2, "school": .3,
	"shop": .5}
LEGAL_ALT = {"LLP": ["L.L.P.", "llp", "LLC", "LLP."], "P.C.": ["PC",
	"P.C", "p.c.", "Professional Corporation", "PLLC"], "PC": ["P.C.",
	"PLLC"], "PLLC": ["P.L.L.C.", "pllc", "P.C.", "PLLC."], "LLC":
	["L.L.C.", "llc", "Inc.", "LLC."], "Inc.": ["Inc", "inc", "Incorporated",
	"LLC"], "Inc": ["Inc.", "LLC"], "Corp.": ["Corp", "Corporation",
	"Inc."]}
ROLES = {"law": ["RECEPTION", "PARALEGAL1", "DOCKET", "CONFROOM"],
	"cpa": ["TAX1", "TAX2", "AUDIT", "SCANNER"], "medical": ["FRONTDESK",
	"EXAM1", "EXAM2", "BILLING"], "dental": ["FRONTDESK", "OP1", "OP2",
	"PANO"], "insurance": ["CSR1", "CSR2", "PRODUCER"], "estate": [
	"AGENT1", "LISTINGS", "FRONTDESK"], "coop": ["SUPER", "LOBBY", "MGMT"],
	"architects": ["CAD1", "CAD2", "PLOTTER"], "engineering": ["CAD1",
	"SURVEY", "PLOTTER"], "synagogue": ["OFFICE", "RABBI", "BOOKKEEPING"],
	"church": ["RECTORY", "OFFICE", "PARISH"], "school": ["ADMISSIONS",
	"LIBRARY", "LAB01"], "shop": ["REGISTER", "POS1", "BACKOFFICE"]}
# The trade a sector's firm is called by, for initials and partners.
TRADE = {"law": ["Law", "Legal", "Law Firm"], "cpa": ["CPA", "CPAs",
	"Accounting"], "medical": ["Medical", "MD"], "dental": ["Dental"],
	"insurance": ["Insurance", "Ins"], "estate": ["Realty", "Properties"],
	"architects": ["Architects", "Architecture"], "engineering":
	["Engineering", "Engineers"]}
# Trades no customer is in (and some that are, for the same-surnames
# impostors: a customer's partners in another customer's trade).
OTHER_TRADE = ["Plumbing & Heating", "Funeral Home", "Landscaping",
	"Catering", "Moving & Storage", "Electric", "Florist", "Roofing",
	"Auto Body", "Construction", "Paving", "Pharmacy", "Bakery",
	"Physical Therapy", "Travel", "Jewelers"]
SECTOR_TRADE = {"law": "Law Firm", "cpa": "CPAs", "insurance": "Insurance "
	"Agency", "estate": "Realty", "architects": "Architects",
	"engineering": "Engineering", "dental": "Dental Associates",
	"medical": "Medical Associates"}
TECHS = {"NYC": ["Marisol Ortiz", "Kevin Chan", "Dov Feldman"],
	"LI": ["Chris Russo", "Dana Kowalski"], "BOS": ["Sean Kelleher",
	"Priya Nair"], "PHL": ["Tom DiNardo", "Keisha Brooks"],
	"EWR": ["Ravi Desai", "Jenny Park"], "HFD": ["Mark Nowak"]}
VENDORS = ["Verizon Fios Business", "Optimum Business", "Spectrum "
	"Enterprise", "Comcast Business", "RCN", "Xfinity", "Clio",
	"PracticePanther", "CCH Axcess", "Thomson Reuters", "QuickBooks",
	"Intuit", "Drake Tax", "Dentrix", "Eaglesoft", "eClinicalWorks",
	"athenahealth", "Applied Epic", "Yardi", "AppFolio", "BuildingLink",
	"Autodesk", "Bluebeam", "Con Edison", "PSE&G", "National Grid",
	"Eversource", "PECO", "Microsoft 365", "Dell ProSupport", "NetDocuments",
	"iManage", "Syncro Support"]
STAFF = ["Bench 2", "BENCH-4", "Loaner 07", "Loaner laptop 3",
	"Spare laptop", "Image W11", "Test VM", "New build", "Stock 14",
	"Marisol Ortiz", "Kevin Chan", "Sean Kelleher", "Demo laptop"]
PERSONAL = ["{G}'s laptop", "{G} home PC", "Home office", "Mom's computer",
	"{G} {S} - personal", "Kids laptop", "{G} (personal)",
	"Grandpa's PC", "{G}'s iMac"]
PROSPECT = ["Quote - ", "Prospect: ", "Proposal - ", "Site survey - ",
	"Onboarding eval - "]
SITE = ["Main Office", "Midtown", "Downtown", "Back Office", "Annex",
	"Satellite Office"]
ABBR = [("Associates", "Assoc."), ("Company", "Co."), ("Insurance",
	"Ins."), ("Management", "Mgmt"), ("Engineers", "Engrs"),
	("Engineering", "Eng."), ("Accounting", "Acctg"), ("Medical", "Med."),
	("Brothers", "Bros."), ("Congregation", "Cong."), ("Condominium",
	"Condo"), ("Brokerage", "Brkg"), ("Properties", "Props"),
	("Orthopedics", "Ortho"), ("Pediatrics", "Peds"), ("Services",
	"Svcs"), ("Family", "Fam."), ("Architects", "Archts"),
	("Law Offices", "Law Ofcs"), ("Academy", "Acad."), ("Apartment",
	"Apt."), ("Roman Catholic", "R.C."), ("Presbyterian", "Presb.")]

# ---------------------------------------------------------------- skeleton
SK_MAP = {"assoc": "associates", "assocs": "associates", "co": "company",
	"ins": "insurance", "mgmt": "management", "engrs": "engineers",
	"eng": "engineering", "acctg": "accounting", "med": "medical",
	"bros": "brothers", "cong": "congregation", "condo": "condominium",
	"brkg": "brokerage", "props": "properties", "ortho": "orthopedics",
	"peds": "pediatrics", "svcs": "services", "fam": "family",
	"archts": "architects", "ofcs": "offices", "acad": "academy",
	"apt": "apartment", "rc": "roman catholic", "presb": "presbyterian",
	"saint": "st", "street": "st", "e": "east", "w": "west",
	"ave": "avenue", "pkwy": "parkway", "blvd": "boulevard", "dr": "",
	"beth": "bet", "beit": "bet", "bnai": "bnei", "sholom": "shalom",
	"tifereth": "tiferet", "ahavath": "ahavat", "shaare": "shaarei",
	"adath": "adat", "kehilath": "kehilat", "anshe": "anshei",
	"habad": "chabad", "tefila": "tefila", "tefilah": "tefila",
	"emanuel": "emanu el"}
SK_DROP = set("llp pllc pc llc inc incorporated corp corporation company "
	"professional l p c esq md m d dds cpa cpas the of and a".split())


def fold(s):
	"""s without accents; the smart apostrophe as the plain one."""
	s = unicodedata.normalize("NFKD", s.replace("’", "'"))
	return "".join(ch for ch in s if not unicodedata.combining(ch))


_SKEL = {}


def skel_words(s):
	"""The skeleton's words (cached: the checks read a customer's names
	again and again): the possessive 's and apostrophes gone, ordinals
	as numbers, abbreviations and spellings as one word."""
	got = _SKEL.get(s)
	if got is not None:
		return got
	t = re.sub(r"'s\b", "", fold(s).lower()).replace("'", "")
	out = []
	for w in re.split("[^0-9a-z]+", t):
		w = re.sub(r"^(\d+)(st|nd|rd|th)$", r"\1", w)
		for x in SK_MAP.get(w, w).split():
			x = re.sub(r"(.)\1+", r"\1", x)
			if x and x not in SK_DROP:
				out.append(x)
	got = _SKEL[s] = tuple(out)
	return got


def skel(s):
	return " ".join(skel_words(s))


class Checks(lk.Checks):
	"""linkgen's checks; a given-name impostor ("Jon's Deli" beside the
	customer "Joe's Deli") is one edit from its customer by design, so
	it is held only to be no customer's skeleton, no listed person's,
	not the audit's namesake, site, held or joined name, and no customer
	holds all its words with one word more or fewer."""

	def impostor_ok(self, g, t):
		if t not in g.given_imp:
			return super().impostor_ok(g, t)
		a = g.audit
		s = skel(t)
		ws = set(skel_words(t))
		if any(len(g.skelws[i]) <= len(ws) + 1
				for i in lk.held_by_all(g, ws)):
			return False	# "Sam's Deli" for "Sam's Deli & Grocery"
		return bool(s) and s not in g.skel and s not in g.full and \
			s not in g.person and not a.impostor(t) and not a.joined(t) \
			and not a.impostor_more(t) and lk.la.key(t) not in a.byname


ck = Checks(skel, skel_words, " [-–/] |: |, | \\(", parts_known=True,
	pairs=True)


# ---------------------------------------------------------------- customers
def place(rng, desk=None):
	ts = [t for t in TOWNS if desk is None or t[2] == desk]
	return rng.choices(ts, [t[3] for t in ts])[0]


def surname(rng, origin):
	return rng.choice(SUR[origin])


def surnames(rng, desk, n):
	"""n different surnames, each of a family the desk's weights draw:
	a partner list mixes families."""
	out = []
	while len(out) < n:
		s = surname(rng, lk.wpick(rng, ORIGINS[desk]))
		if s not in out:
			out.append(s)
	return out


def person(rng, origin):
	"""(given, middle initial or "", surname)."""
	mid = rng.choice("ABCDEFGHJKLMNPRST") if rng.random() < .35 else ""
	return rng.choice(GIVEN[origin]), mid, surname(rng, origin)


def full(p):
	return " ".join(x + "." if len(x) == 1 else x for x in p if x)


def ordinal(n):
	suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(
		n % 10, "th")
	return "%d%s" % (n, suf)


def coop_address(rng):
	if rng.random() < .6:
		st = rng.choice(ADDR_STREET) % ordinal(rng.randint(10, 96))
	else:
		st = rng.choice(ADDR_AVE)
	return "%d %s" % (rng.randint(1, 999), st)


def template(rng, sector, desk):
	"""A template of the sector that fits the desk: co-ops by address in
	New York City, condominium trusts in Massachusetts."""
	tpl = rng.choice(T[sector])
	if sector == "coop" and desk != "NYC" and "{A}" in tpl:
		tpl = "{L} Condominium Trust" if desk == "BOS" else \
			"{L} Condominium Association"
	return tpl


def make_customer(rng, cid, desk=None, sector=None):
	town, state, desk, _, zp, area = place(rng, desk)
	origin = lk.wpick(rng, ORIGINS[desk])
	sector = sector or lk.wpick(rng, SECTORS)
	tpl = template(rng, sector, desk)
	owner = person(rng, origin)
	surs = [owner[2]] + [s for s in surnames(rng, desk, 3)
		if s != owner[2]][:2]
	b = rng.choice(RARE if rng.random() < .25 else BRAND)
	if "Iglesia" in tpl:
		origin = "hisp"
	elif "Église" in tpl:
		origin = "haitian"
	v = {"S": surs[0], "S2": surs[1], "S3": surs[2], "P": full(owner),
		"G": rng.choice(SHOP_GIVEN), "B": b, "H": rng.choice(HEBREW),
		"N": rng.choice(SAINTS), "A": coop_address(rng),
		"L": rng.choice(BUILDING), "T": town}
	if "Greek" in tpl:
		v["N"] = rng.choice(GREEK_SAINTS)
	used = set(re.findall(r"\{(\w+)\}", tpl))
	core = re.sub(r"\{(\w+)\}", lambda m: v[m.group(1)], tpl)
	legal = ""
	if rng.random() < CARRIES[sector] and "Esq." not in tpl:
		legal = lk.wpick(rng, LEGAL.get(sector, LEGAL["other"]))
	name = core
	if legal:
		comma = core.endswith(("Esq.", "MD", "DDS", "CPA", "CPAs"))
		name += (", " if comma or rng.random() < .25 else " ") + legal
	return {"id": cid, "name": name, "core": core, "legal": legal,
		"desk": desk, "town": town, "state": state, "zp": zp, "area": area,
		"sector": sector, "origin": origin, "tpl": tpl,
		"brand": next((v[k] for k in "BHLA" if k in used), None),
		"surs": [v[k] for k in ("S", "S2", "S3") if k in used],
		"owner": owner if "P" in used else None,
		"given": v["G"] if "G" in used else None,
		"saint": v["N"] if "N" in used else None}


def keys_of(c):
	"""(sector, word) for what a firm is named by."""
	ws = [c["brand"], c["given"]] + c["surs"] + \
		([c["owner"][2]] if c["owner"] else [])
	ws = [w for w in ws if w] or [c["core"]]
	return [(c["sector"], skel(w)) for w in ws]


def latin(s):
	return re.sub("[^A-Za-z .-]", "", fold(s))


def contacts(rng, c, ids):
	ps = [c["owner"]] if c["owner"] else []
	ps += [person(rng, lk.wpick(rng, ORIGINS[c["desk"]]))
		for _ in range(rng.randint(0, 3))]
	out = []
	for p in ps:
		if any(p[0] == o["firstname"] and p[2] == o["lastname"]
				for o in out):
			continue
		out.append(lk.contact(ids, p[0], p[2], c["domain"], latin))
	return out


def assets(rng, c, ids, shared):
	words = [w.upper() for w in re.split("[^A-Za-z0-9]+", latin(c["core"]))
		if len(w) > 2 and w.lower() not in SK_DROP]
	return lk.asset_names(rng, ids, words,
		latin(c["town"]).upper().replace(" ", ""), ROLES[c["sector"]],
		shared, lambda r: latin(r.choice(GIVEN[c["origin"]])).upper()[:10])


def address(rng, c):
	if c["sector"] == "coop" and c["brand"] and c["brand"][0].isdigit():
		street, a2 = c["brand"], "c/o Managing Agent"
	else:
		street = "%d %s" % (rng.randint(1, 2400), rng.choice(STREETS))
		a2 = rng.choice(SUITES) % rng.randint(2, 40) \
			if rng.random() < .5 else None
	return {"address": street, "address_2": a2, "city": c["town"],
		"state": c["state"], "zip": c["zp"] + "%02d" % rng.randint(1, 99)}


FREEMAIL = ["gmail.com", "aol.com", "verizon.net", "optonline.net",
	"comcast.net", "yahoo.com"]


def domain(rng, c, taken):
	if rng.random() < .25:
		return rng.choice(FREEMAIL)
	ws = c["surs"][:2] or ([c["owner"][2]] if c["owner"] else []) or \
		[c["brand"] or c["given"] or c["saint"] or c["town"]]
	d = "".join(re.sub("[^a-z0-9]", "", latin(w).lower()) for w in ws)[:18]
	d += {"law": "law", "cpa": "cpa", "dental": "dental", "medical": "md",
		"architects": "arch", "synagogue": "shul"}.get(c["sector"], "")
	tld = ".org" if c["sector"] in ("synagogue", "church", "school",
		"coop") else rng.choice([".com", ".com", ".net", ".law" if
		c["sector"] == "law" else ".com"])
	name = d + tld
	while name in taken:	# a digit more until no other firm has it
		d += str(rng.randint(0, 9))
		name = d + tld
	taken.add(name)
	return name


def add(rng, g, c, ids, shared, taken):
	"""c on the list; its main contact, e-mail and phone go before the
	address, as Syncro lists a customer."""
	c["domain"] = domain(rng, c, taken)
	lk.add_customer(rng, g, c, ids, shared, address, contacts, assets)
	main = (c["contacts"] or [{}])[0]
	top = {k: main.get(k) for k in ("firstname", "lastname", "email")}
	top["phone"] = "(%d) %03d-%04d" % (rng.choice(c["area"]),
		rng.randint(200, 999), rng.randint(0, 9999))
	c["syncro"] = dict(top, **c["syncro"])


def population(rng, n):
	g = lk.G()
	g.custs, seen, shared, taken = [], set(), set(), set()
	ids = iter(range(340000001, 369999999))
	cid = 34000000
	while len(g.custs) < n:
		c = make_customer(rng, 0)
		ks = {skel(c["name"]), skel(c["core"])}
		if "" in ks or ks & seen:
			continue
		seen |= ks
		cid += rng.randint(1, 4)
		c["id"] = cid
		add(rng, g, c, ids, shared, taken)
	g.shared = sorted(shared)
	return g


def index(g):
	"""linkgen's indexes; a customer's forms are its names and its core
	less the town or the owner."""
	ck.index_start(g)
	g.sector_keys = set()
	g.given_imp = set()
	g.inits = {}	# a firm's partners' or owner's initials -> customers
	for i, c in enumerate(g.custs):
		c["ix"] = i
		for ini in initials_of(c):
			g.inits.setdefault(ini, set()).add(i)
		names = [c["name"], c["core"]]
		less = [c["town"]] + ([full(c["owner"])] if c["owner"] else [])
		ck.add_names(g, i, names)
		ck.add_forms(g, i, names + [c["core"].replace(x, "") for x in less])
		ck.add_words(g, i, skel_words(c["name"]))
		ck.add_contacts(g, i, c)
		if c["owner"]:
			ck.add_person(g, i, full(c["owner"]))
		g.sector_keys.update(keys_of(c))
	ck.index_end(g)


# ---------------------------------------------------------------- typing
KEYS = lk.Typo(["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"])


def base(rng, c, p=.5):
	"""The name, or with probability p its core (no legal form)."""
	return c["core"] if rng.random() < p else c["name"]


def keeps_given(c, t):
	"""A shop's row may not type another listed given name for its
	owner's (that is the given-name impostor)."""
	if not c["given"] or not t:
		return t
	m = re.match(r"\s*([A-Za-z]+)", t)
	w = m.group(1).capitalize() if m else ""
	return None if w in SHOP_GIVEN and w != c["given"] else t


def n_caps(rng, g, c):
	return base(rng, c).upper()


def n_lower(rng, g, c):
	t = base(rng, c, .6).lower()
	return re.sub(r"[.,']", "", t) if rng.random() < .4 else t


def n_typo(rng, g, c):
	return keeps_given(c, KEYS.one(rng, base(rng, c, .6)))


def n_typo2(rng, g, c):
	t = KEYS.one(rng, base(rng, c, .6))
	return keeps_given(c, t and KEYS.one(rng, t))


def n_truncated(rng, g, c):
	t = lk.n_truncated(rng, g, c)
	t = t and t.rstrip(" &+,")
	if t and c["owner"] and c["owner"][2][:4] not in t:
		return None	# "Law Offices of John" could be any John's
	return t


def n_reorder(rng, g, c):
	"""Partners in another order; "Law Offices of X" as "X Law Offices";
	"Congregation X" as "X Congregation"; "St. X Church" as "Church of
	St. X"."""
	s, surs = c["core"], c["surs"]
	if len(surs) >= 2 and (surs[0] in surs[1] or surs[1] in surs[0]):
		return None
	if len(surs) >= 2 and s.startswith(surs[0]):
		t = s.replace(surs[0], "\0").replace(surs[1], surs[0]) \
			.replace("\0", surs[1])
		return t
	for head in ("Law Offices of ", "Congregation ", "Temple "):
		if s.startswith(head):
			return "%s %s" % (s[len(head):], head.replace(" of", "").strip())
	m = re.match(r"(St\. \w+(?:'s)?) Church$", s)
	if m:
		return "Church of " + m.group(1)
	return None


def abbrev_swap(t, a, b):
	if re.search(r"(?<!\w)%s(?!\w)" % re.escape(a), t):
		return t.replace(a, b, 1)
	return t


n_abbrev = lk.abbrev_row(ABBR, abbrev_swap,
	lambda rng, t: t.replace(".", "") if rng.random() < .3 else t)


def n_acronym(rng, g, c):
	"""A name of three words or more without partners by its initials:
	"Hudson Medical Associates" -> "HMA"."""
	if c["owner"] or c["surs"] or c["given"] or (c["brand"] or "x")[0] \
			.isdigit():
		return None	# not a co-op by its address ("EEAAC")
	ws = [w for w in re.split(r"[\s\-]+", fold(c["core"])) if w and
		w[0].isalpha() and w.lower() not in SK_DROP]
	if len(ws) < 3:
		return None
	ini = "".join(w[0].upper() for w in ws)
	return ini if rng.random() < .7 else ".".join(ini) + "."


def initials_of(c):
	"""The initials a firm may be typed by: its owner's (with and
	without the middle one), its first two partners' and all of them."""
	if c["owner"]:
		o = c["owner"]
		return {(o[0][0] + o[1] + o[2][0]).upper(), (o[0][0] +
			o[2][0]).upper()}
	s = c["surs"]
	return {"".join(w[0] for w in s[:k]).upper() for k in (2, len(s))} \
		if len(s) >= 2 else set()


def n_initials(rng, g, c):
	"""The partners' initials, or the owner's, with the trade: "BKR
	Law", "JDB Law", "BK&R"."""
	tr = TRADE.get(c["sector"])
	if c["owner"]:
		ini = "".join(x[0] for x in c["owner"] if x)
	elif len(c["surs"]) >= 2:
		ini = "".join(s[0] for s in c["surs"])
		if rng.random() < .2 and "&" in c["core"]:
			ini = ini[:-1] + "&" + ini[-1]
	else:
		return None
	if len(ini) < 2 or g.inits.get(ini.upper().replace("&", "")) != \
			{c["ix"]}:
		return None	# another firm's initials too
	if tr and rng.random() < .8:
		return "%s %s" % (ini.upper(), rng.choice(tr))
	return ini.upper()


def legal_other(rng, c, r):
	if r < .85:
		return "%s %s" % (c["core"], rng.choice(LEGAL_ALT[c["legal"]]))
	return "%s, %s" % (c["core"], c["legal"].upper())


n_legal = lk.legal_row(legal_other)


def n_partners(rng, g, c):
	"""A partner list by its first partner or its first two, the trade
	after them or the legal form: "Brennan Kaplan", "Brennan & Kaplan
	LLP", "Brennan Law"."""
	s = c["surs"]
	if len(s) < 2 or c["sector"] not in TRADE:
		return None
	r = rng.random()
	if r < .45:
		t = rng.choice(["%s %s", "%s & %s", "%s and %s"]) % tuple(s[:2])
	else:
		t = s[0]
	if lk.held_by_all(g, set(skel_words(t))) != {c["ix"]}:
		return None	# another firm has these partners too
	if rng.random() < .5:
		t += " " + rng.choice(TRADE[c["sector"]])
	elif c["legal"] and rng.random() < .5:
		t += " " + c["legal"]
	return None if skel(t) == skel(c["core"]) else t


def n_surname_off(rng, g, c):
	"""A surname one letter off: another spelling of it, else a vowel
	typed for another."""
	ws = c["surs"] + ([c["owner"][2]] if c["owner"] else [])
	if not ws:
		return None
	w = rng.choice(ws)
	v = VARIANT.get(w)
	if not v or rng.random() < .3:
		at = [i for i, ch in enumerate(w) if ch in "aeiou" and i > 0]
		if not at:
			return None
		i = rng.choice(at)
		v = w[:i] + rng.choice([x for x in "aeiou" if x != w[i]]) + \
			w[i + 1:]
		if len(w) < 5 or v in ALL_SUR:
			return None	# "Chen" for "Chan" is another family's name
	return base(rng, c).replace(w, v, 1)


def n_apostrophe(rng, g, c):
	"""O'Brien as OBrien or O Brien, B'nai as Bnai, St. Mary's as St.
	Marys, a hyphenated name without its hyphen."""
	s = base(rng, c)
	if "'" in s:
		return s.replace("'", rng.choice(["", "", " ", "`", "’"]))
	if re.search(r"\w-\w", s):
		return re.sub(r"(\w)-(\w)", r"\1" + rng.choice(["", " "]) + r"\2", s)
	return None


AND = [" & ", " and ", " + ", " And "]


def n_and(rng, g, c):
	"""& / and / + for one another; the serial comma dropped."""
	s = base(rng, c)
	m = re.search(r" (&|and|\+) ", s)
	if not m:
		return None
	t = s[:m.start()] + rng.choice([a for a in AND if a.strip() !=
		m.group(1)]) + s[m.end():]
	return t.replace(", ", " ", 1) if rng.random() < .4 else t


def n_title(rng, g, c):
	"""A professional's title added, dropped or moved: "John Brennan,
	Esq." -> "John Brennan" / "Attorney John Brennan"; "Raj Patel MD"
	-> "Dr. Raj Patel" / "Raj Patel, M.D."."""
	o = c["owner"]
	if not o:
		return None
	p = full(o)
	sec = c["sector"]
	office = c["core"].startswith("Law Offices of")
	if sec == "law":
		opts = [p, p + " Esq", p + ", Esq."] + ([] if office else
			["Attorney " + p])
	elif sec == "medical":
		opts = ["Dr. " + p, p + ", M.D.", "Dr " + p + " MD", p]
	elif sec == "dental":
		opts = ["Dr. " + p, p + ", D.D.S.", "Dr " + p, p + " DMD"]
	elif sec == "cpa":
		opts = [p, p + " CPA", p + ", C.P.A."]
	else:
		return None
	t = rng.choice(opts)
	if len(g.person.get(skel(p), ())) != 1:
		return None	# another customer's contact of that name
	if office:
		t = "Law Offices of " + t
	return t if skel(t) and t != c["core"] else None


def n_saint(rng, g, c):
	"""St. / Saint / St / Ste."""
	s = base(rng, c)
	if "St. " not in s:
		return None
	t = s.replace("St. ", rng.choice(["Saint ", "St ", "ST. ", "st. "]), 1)
	return t.replace("'s ", "s ", 1) if rng.random() < .3 else t


HEB_ALT = {"Beth": ["Beit", "Bet"], "B'nai": ["Bnai", "Bnei", "B'nei"],
	"Sholom": ["Shalom"], "Tifereth": ["Tiferet"], "Ahavath": ["Ahavat"],
	"Shaare": ["Shaarei"], "Adath": ["Adat"], "Kehilath": ["Kehilat"],
	"Anshe": ["Anshei"], "Tefila": ["Tefilah", "Tefillah"], "Emanu-El":
	["Emanuel", "Emanu El"], "Chabad": ["Habad"]}


def n_hebrew(rng, g, c):
	"""A synagogue's Hebrew words in another spelling."""
	s = base(rng, c)
	got = [w for w in HEB_ALT if re.search(r"(?<!\w)%s(?!\w)" %
		re.escape(w), s)]
	if not got:
		return None
	for w in got:
		if rng.random() < .7 or w == got[-1]:
			s = s.replace(w, rng.choice(HEB_ALT[w]))
	return s


def n_address(rng, g, c):
	"""A co-op's address in the Postal Service's short forms: "345 East
	56th Street Owners Corp." -> "345 E 56th St", "345 E. 56 St.
	Owners"."""
	a = c["brand"]
	if not a or not a[0].isdigit():
		return None
	t = a
	for x, y in (("East ", "E "), ("West ", "W "), ("Street", "St"),
			("Avenue", "Ave"), ("Parkway", "Pkwy"), ("Boulevard", "Blvd"),
			("Drive", "Dr")):
		if rng.random() < .8:
			t = t.replace(x, y)
	if rng.random() < .3:
		t = re.sub(r"(\d+)(st|nd|rd|th)\b", r"\1", t)
	if rng.random() < .3:
		t = re.sub(r"\b(E|W|St|Ave)\b", r"\1.", t)
	rest = c["core"][len(a):].replace(" Corp.", "")
	return t + (rest if rng.random() < .5 else "")


def n_branch(rng, g, c):
	s = base(rng, c, .6)
	if c["town"] in s:
		return None
	site = rng.choice([c["town"], c["town"], rng.choice(SITE), c["town"] +
		" office", rng.choice(SUITES) % rng.randint(2, 40)])
	sep = rng.choice([" - ", " / ", " (", ": "])
	return s + sep + site + (")" if sep == " (" else "")


n_contact = lk.contact_row(lambda rng, c, p: rng.choice(["", "", "",
	"(billing)", "(office manager)"]))
n_person = ck.person_row(lambda rng, c: rng.random() < .15)


def n_domain(rng, g, c):
	d = c["domain"]
	if d in FREEMAIL:
		return None
	if rng.random() < .65:
		return d if rng.random() < .6 else "www." + d
	return c["contacts"][0]["email"] if c["contacts"] else None


def n_mixed(rng, g, c):
	a = rng.choice([n_legal, n_abbrev, n_and, n_apostrophe, n_saint,
		n_hebrew, n_surname_off])
	t = a(rng, g, c)
	if not t:
		return None
	d = dict(c, name=t, core=t)
	return rng.choice([n_typo, n_caps, n_truncated, n_lower])(rng, g, d)


KINDS = [("exact", lk.n_exact, 11), ("caps", n_caps, 4),
	("lower", n_lower, 3), ("typo", n_typo, 8), ("two typos", n_typo2, 3),
	("truncated", n_truncated, 5), ("reorder", n_reorder, 3),
	("abbrev", n_abbrev, 5), ("acronym", n_acronym, 2),
	("initials", n_initials, 3), ("legal", n_legal, 8),
	("partners", n_partners, 6), ("surname off", n_surname_off, 4),
	("apostrophe", n_apostrophe, 3), ("and", n_and, 3),
	("title", n_title, 3), ("saint", n_saint, 2), ("hebrew", n_hebrew, 2),
	("address", n_address, 2), ("branch", n_branch, 4),
	("contact", n_contact, 3), ("person", n_person, 2),
	("domain", n_domain, 2), ("mixed", n_mixed, 4)]


# ---------------------------------------------------------------- impostors
def fresh(rng, g, c):
	"""A name of the customers' own shape that no customer is: its
	surnames or brand replaced by ones no customer draws."""
	d = make_customer(rng, 0, c["desk"], c["sector"])
	t = d["name"] if rng.random() < .7 else d["core"]
	ws = [w for w in d["surs"] + [d["brand"]] if w and not w[0].isdigit()]
	if d["owner"]:
		ws.append(d["owner"][2])
	if not ws:
		return None
	for w in ws:
		t = t.replace(w, rng.choice(OUTSIDE_SUR if w in d["surs"] or
			(d["owner"] and w == d["owner"][2]) else OUTSIDE_BRAND))
	return t


def i_same_surnames(rng, g, c):
	"""A customer's partners (or owner's surname) in another trade:
	"Brennan & Kaplan Insurance Agency" for "Brennan & Kaplan LLP"."""
	s = c["surs"][:2] or ([c["owner"][2]] if c["owner"] else [])
	if not s:
		return None
	trades = [v for k, v in SECTOR_TRADE.items() if k != c["sector"]]
	tr = rng.choice(trades if rng.random() < .5 else OTHER_TRADE)
	return "%s %s" % (" & ".join(s), tr)


def i_shared_partner(rng, g, c):
	"""Another partner list sharing one or two of the customer's:
	"Brennan, Kaplan & Moskowitz LLP" for "Brennan, Kaplan & Russo
	LLP"."""
	s = c["surs"]
	if len(s) < 2:
		return None
	k = rng.randint(1, len(s) - 1)
	keep = rng.sample(s, k)
	new = [w for w in surnames(rng, c["desk"], 4) if w not in s]
	t = c["name"]
	for w in s:
		if w not in keep and new:
			t = t.replace(w, new.pop())
	return t if t != c["name"] else None


def i_given(rng, g, c):
	"""A shop of another given name one letter off the customer's."""
	if not c["given"] or not NEAR_GIVEN[c["given"]]:
		return None
	t = c["core"].replace(c["given"] + "'s", rng.choice(
		NEAR_GIVEN[c["given"]]) + "'s", 1)
	if rng.random() < .3:
		t = t.replace("'", "")
	g.given_imp.add(t)
	return t


def i_rare(rng, g, c):
	if c["brand"] not in RARE:
		return None
	return "%s %s" % (c["brand"], rng.choice(OTHER_TRADE))


def i_common(rng, g, c):
	"""A Census top-25 surname in a trade."""
	t = "%s %s" % (rng.choice(SUR["anglo"][:20] + ["Garcia", "Rodriguez",
		"Martinez", "Hernandez", "Lopez"]), rng.choice(OTHER_TRADE))
	return t + " " + rng.choice(["LLC", "Inc."]) if rng.random() < .3 else t


def unknown(g, p):
	n = full(p)
	return skel(n) not in g.person and not lk.held_by_all(g,
		set(skel_words(n)))


def i_person(rng, g, c):
	p = person(rng, lk.wpick(rng, ORIGINS[c["desk"]]))
	if not unknown(g, p):
		return None
	r = rng.random()
	if r < .6:
		return "%s %s" % (p[0], p[2])
	return full(p) if r < .85 else "%s, %s" % (p[2], p[0])


def i_personal(rng, g, c):
	p = person(rng, lk.wpick(rng, ORIGINS[c["desk"]]))
	if not unknown(g, p):
		return None
	return rng.choice(PERSONAL).replace("{G}", p[0]).replace("{S}", p[2])


def i_prospect(rng, g, c):
	f = fresh(rng, g, c)
	return f and rng.choice(PROSPECT) + f


IMPOSTORS = [("impostor: " + k, f, w) for k, f, w in (
	("same shape", fresh, 18), ("same surnames", i_same_surnames, 12),
	("shared partner", i_shared_partner, 12), ("given name", i_given, 5),
	("rare word", i_rare, 8), ("common surname", i_common, 8),
	("person", i_person, 8), ("vendor", lk.one_of(VENDORS), 10),
	("prospect", i_prospect, 7), ("personal", i_personal, 6),
	("own staff", lk.one_of(STAFF), 6))]
KEPT = ("id", "name", "syncro", "contacts", "assets")


def main():
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random("blind34:" + seed)
	g = population(rng, ncust)
	index(g)
	rows = ck.draw_rows(rng, g, nnames, KINDS, IMPOSTORS, same_class=True)
	# customers.json holds what Syncro returns, not the generator's notes
	g.custs = [{k: c[k] for k in KEPT} for c in g.custs]
	scr.write_desk_set(rng, out, g.custs, rows,
		lambda row: lk.machine(rng, g, row, ("%s-TECH%02d", 8)), TECHS,
		("blind34", seed, 1824000000, 1117, 70))


if __name__ == "__main__":
	main()
