#!/usr/bin/env python3
# gen-link-blind30.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 20: the lead runs it once).  A North American
# MSP of the US Sun Belt and Midwest and of Quebec: one Syncro account,
# one ScreenConnect, desks in Houston (HOU: Texas), Phoenix (PHX: Arizona,
# New Mexico), Chicago (CHI: Illinois, Indiana, Wisconsin) and Montreal
# (YUL: Quebec, eastern Ontario).  Customers: dental and medical offices,
# law firms and notaries, CPAs and tax preparers, insurance agencies,
# contractors and trades (HVAC, roofing, plumbing, electric, cleaning),
# restaurants, bakeries and taquerias, churches, schools and daycares,
# non-profits, manufacturers, property managers.  A third of the US ones
# are Hispanic-owned and named in Spanish (Taquería, Panadería, Clínica,
# Seguros, Servicios, Iglesia), three quarters of the Quebec ones in
# French (Centre dentaire, Plomberie, Boulangerie, Église), the rest in
# English (with a French form for Quebec, Bill 96's "French version").
# Writes OUTDIR/customers.json (as Syncro's GET /customers returns them:
# id, business_name, firstname, lastname, email, phone, address,
# address_2, city, state, zip, contacts, assets), names.tsv (typed TAB
# true id or "" TAB kind TAB machine), sessions.jsonl and
# sessions-machine.jsonl through screenconnect_record.write_desk_set.
# Python stdlib only, deterministic for a seed.  Customer ids from
# 30000000.
#
# Where each shape comes from ("found": found with the search tool;
# "known": public knowledge, no search):
# - US surnames: the Census Bureau's 2010 surname list (public domain),
#   its top 100 split into the Hispanic ones (Garcia, Rodriguez,
#   Martinez, ... 26 of the top 50) and the rest (known, as the common
#   block of gen-link-blind28); rarer Hispanic and Anglo surnames from
#   ranks 100-2,000 of the same list (Zavala, Villarreal, Quintanilla,
#   Arredondo, Whitfield, Pruitt ...; known).
# - Given names: the SSA's popular names of the 1960s-1990s (US public
#   domain; known) and the Spanish names most given to Hispanic babies
#   in Texas and Arizona (Jose, Juan, Luis, Maria, Guadalupe, Rosa;
#   known).  Quebec: Retraite Québec's lists (found: its 2023 and 2024
#   press releases name the given names most common among new QPP
#   pensioners - Sylvie, Johanne, Michel - and the baby-name palmarès -
#   Noah, Liam, William, Léa, Florence, Édouard), and the Institut de la
#   statistique du Québec's most frequent surnames (Tremblay, Gagnon,
#   Roy, Côté, Bouchard, Gauthier, Morin, Lavoie, Fortin, Gagné ...;
#   known).
# - Legal forms (known): US state LLC acts (LLC, L.L.C.), business
#   corporation acts (Inc., Corp.), professional entities (PLLC, P.C.,
#   P.A.; a Texas PLLC for a dentist or a lawyer), assumed names ("dba",
#   "d/b/a"; Texas Business and Commerce Code ch. 71); Quebec's Business
#   Corporations Act and the CBCA (inc., Inc., Ltée / Limitée, "Corp."),
#   the Civil Code's partnerships (S.E.N.C., and S.E.N.C.R.L. for the
#   professions' LLP), numbered companies ("9123-4567 Québec inc.", the
#   federal "1234567 Canada inc.") with a trade name registered at the
#   Registraire des entreprises (a REQ client library, found, shows names
#   as "BOMBARDIER INC."); the Charter of the French Language puts the
#   French generic first ("Centre dentaire X", "Plomberie X") and allows
#   an English version beside it ("X Dental Centre"; known).
# - Keyboards: US ANSI QWERTY rows; the Canadian Multilingual Standard
#   (CSA) rows for the Montreal desk - è and à right of L, ç right of P,
#   ù left of Z, é where US has "/" - as vial-kb/vial-gui
#   keymap/canadian_csa.py and Mottie/Keyboard layouts/ms-Canadian.js
#   (Microsoft's kbdca / kbdfc tables) give them (found).  A slip is a
#   neighbour on the row, a dropped, doubled or swapped letter
#   (linkgen.Typo).
# - Accents (known): US desks and phones drop them (Clínica -> Clinica,
#   Québec -> Quebec), a French desk types a neighbour accent (é for è,
#   e for ê; "Montréal" -> "Montreal").
# - Abbreviations (known): USPS Publication 28's business words (Assoc.,
#   Svcs, Mgmt, Ctr, Bros, Mfg), Quebec's (Cie for Compagnie, Ste for
#   Sainte, St- for Saint-, Ent. for Entreprises, Clin. for Clinique,
#   Serv. for Services), Spanish (Cía. for Compañía, Svcs for Servicios
#   as bilingual desks type it).
# - Brand words: US street and landscape names of the Sun Belt and
#   Midwest (Lone Star, Mesquite, Saguaro, Prairie, Lakeshore; known),
#   Spanish ones (El Sol, La Esperanza, Guadalupe, Los Pinos; known),
#   Quebec ones (Laurentides, Boréal, Harfang, Érablière, Fleurdelisé;
#   known), with a rare block invented here for the rare-word impostors.
# - Company-name shapes: faker's en_US / es_MX / fr_CA company providers
#   ("{last} {suffix}", "{last} y {last}", "{last} et fils"; known), and
#   how trades name themselves.
#
# Real-row kinds (shares in KINDS): exact, caps, lower, typo, two typos
# (the desk's keyboard), accents (dropped, or a neighbour accent), truncated,
# reorder ("Centre dentaire X" -> "X, centre dentaire", "Law Office of X"
# -> "X Law Office"), abbrev, acronym, legal (dropped, respelt, swapped:
# Ltée typed Ltd, PLLC typed PC, inc. typed Inc), language (the name's
# other-language version: "X Dental Centre" for "Centre dentaire X",
# "Garcia Insurance" for "Seguros Garcia"), numbered ("9123-4567 Québec
# inc. f.a.s.r.s. X" typed by its operating name, by the number, or with
# "Quebec" and "inc" respelt), dba (a US "X LLC dba Y" by either half),
# and (& / and / y / et), the (a leading The / Le / La / El dropped),
# suite (the name with its suite, unit or "bureau" number), branch (the
# town or a site word), contact (the name with a contact's given name),
# person (a contact's full name, when only that customer has it), owner
# (a sole proprietor's own name: "Plomberie Jean Tremblay" typed "Jean
# Tremblay"), domain (the domain or a contact's e-mail), mixed (accents,
# language, legal or abbrev, then typo, caps or truncated).
# Impostors (IMPOSTORS; about 37% of rows): same shape (a fresh name of
# the customers' templates, never a customer's sector with a customer's
# brand or surname), rare word (a customer's rare brand in a trade no
# customer has), other city (a customer's brand or surname in another
# trade and another town: "Mesquite Florist (Tucson, AZ)"), common
# surname (a Census / ISQ common surname in such a trade), person (a
# person's name that is no contact), vendor (ISPs, carriers, practice
# software support), prospect ("Quote - ", "Soumission - " and a fresh
# name), personal ("Mom's laptop", "Portable de Sylvie"), own staff
# (the MSP's bench and loaners, its technicians by name).
#
# Machines (linkgen.machine): a real row on one of its customer's assets
# 72%, another customer's 4%; an impostor on an unknown machine, a shared
# role name (RECEPTION, OP1, CAISSE1 ...) 18%, own staff on the MSP's
# bench machines.
#
# Labels: rows label-audit.py doubts are drawn again, and so are
# impostors that, read through this generator's skeleton (accents folded,
# French and Spanish generic words read as their English ones,
# abbreviations expanded, legal forms, articles and "and"/"y"/"et"
# dropped, doubled letters single), are a customer's name, or that name
# less its legal form, numbered company, owner or town, or in its other
# language, or all its words less one (linkgen.Checks, parts_known and
# pairs).
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linkgen as lk  # noqa: E402
import screenconnect_record as scr  # noqa: E402

la = lk.la


def fold(s):
	"""s without its accents (what a US desk types)."""
	s = unicodedata.normalize("NFKD", s)
	return "".join(ch for ch in s if not unicodedata.combining(ch))


# ---------------------------------------------------------------- places
# (town, state, desk, share, zip or FSA)
TOWNS = [("Houston", "TX", "HOU", 10, "770"), ("Pasadena", "TX", "HOU", 2,
	"775"), ("Sugar Land", "TX", "HOU", 2, "774"), ("Katy", "TX", "HOU", 2,
	"774"), ("San Antonio", "TX", "HOU", 5, "782"), ("Austin", "TX", "HOU",
	3, "787"), ("Laredo", "TX", "HOU", 2, "780"), ("McAllen", "TX", "HOU",
	2, "785"), ("Corpus Christi", "TX", "HOU", 2, "784"), ("El Paso", "TX",
	"PHX", 3, "799"), ("Phoenix", "AZ", "PHX", 8, "850"), ("Mesa", "AZ",
	"PHX", 3, "852"), ("Tucson", "AZ", "PHX", 4, "857"), ("Yuma", "AZ",
	"PHX", 1, "853"), ("Albuquerque", "NM", "PHX", 3, "871"),
	("Las Cruces", "NM", "PHX", 1, "880"), ("Santa Fe", "NM", "PHX", 1,
	"875"), ("Chicago", "IL", "CHI", 9, "606"), ("Cicero", "IL", "CHI", 2,
	"608"), ("Aurora", "IL", "CHI", 2, "605"), ("Joliet", "IL", "CHI", 2,
	"604"), ("Waukegan", "IL", "CHI", 1, "600"), ("Gary", "IN", "CHI", 1,
	"464"), ("Indianapolis", "IN", "CHI", 3, "462"), ("Milwaukee", "WI",
	"CHI", 3, "532"), ("Racine", "WI", "CHI", 1, "534"), ("Montréal", "QC",
	"YUL", 9, "H2"), ("Laval", "QC", "YUL", 3, "H7"), ("Longueuil", "QC",
	"YUL", 2, "J4"), ("Québec", "QC", "YUL", 3, "G1"), ("Gatineau", "QC",
	"YUL", 2, "J8"), ("Sherbrooke", "QC", "YUL", 2, "J1"),
	("Trois-Rivières", "QC", "YUL", 1, "G9"), ("Saint-Jérôme", "QC", "YUL",
	1, "J7"), ("Ottawa", "ON", "YUL", 3, "K1"), ("Cornwall", "ON", "YUL",
	1, "K6"), ("Hawkesbury", "ON", "YUL", 1, "K6")]
# Telephone area codes by state or province (NANP; known).
AREA = {"TX": [713, 281, 832, 210, 512, 915, 956, 361], "AZ": [602, 480,
	623, 520, 928], "NM": [505, 575], "IL": [312, 773, 708, 630, 815, 847],
	"IN": [317, 219], "WI": [414, 262], "QC": [514, 438, 450, 418, 819],
	"ON": [613, 343]}
US_TOWNS = [t for t in TOWNS if t[2] != "YUL"]
QC_TOWNS = [t for t in TOWNS if t[2] == "YUL"]
# Language of a customer's name by where it is (US English or Spanish,
# Quebec French or English; eastern Ontario mostly English).
LANGS = {"TX": [("en", 60), ("es", 40)], "AZ": [("en", 68), ("es", 32)],
	"NM": [("en", 65), ("es", 35)], "IL": [("en", 75), ("es", 25)],
	"IN": [("en", 90), ("es", 10)], "WI": [("en", 88), ("es", 12)],
	"QC": [("fr", 82), ("qen", 18)], "ON": [("fr", 30), ("qen", 70)]}

# ---------------------------------------------------------------- people
# Census 2010: the Hispanic surnames of the top 100, then the others
# (sharing one proves nothing), and rarer ones of each.
SUR_HISP_COMMON = ("Garcia Rodriguez Martinez Hernandez Lopez Gonzalez "
	"Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz Cruz Reyes "
	"Morales Gutierrez Ortiz Ramos Chavez Mendoza Ruiz Alvarez Castillo "
	"Jimenez").split()
SUR_HISP = ("Vasquez Romero Herrera Medina Aguilar Castro Vargas Guzman "
	"Mendez Salazar Soto Garza Delgado Contreras Cortez Estrada Nunez "
	"Rios Dominguez Espinoza Fuentes Sandoval Guerrero Trevino Villarreal "
	"Zavala Quintanilla Arredondo Cisneros Saldana Ybarra Olvera Zepeda "
	"Maldonado Valenzuela Cardenas Benavides Hinojosa Rendon Villanueva "
	"Galindo Elizondo Tamez Barrera Escobedo Montemayor Leyva Carrasco "
	"Peña Muñoz Ibarra Zúñiga Cepeda").split()
SUR_US_COMMON = ("Smith Johnson Williams Brown Jones Miller Davis Wilson "
	"Anderson Thomas Taylor Moore Jackson Martin Lee Thompson White "
	"Harris Clark Lewis Robinson Walker Young Allen King Wright Scott "
	"Nguyen Hill Green Adams Nelson Baker Hall Campbell Mitchell Carter "
	"Roberts").split()
SUR_US = ("Powell Jenkins Perry Russell Sullivan Bell Coleman Butler "
	"Henderson Barnes Fisher Simmons Patterson Hamilton Graham Reynolds "
	"Griffin Wallace Cole Hayes Bryant Gibson Ellis Stevens Murray Ford "
	"Marshall Owens Harrison McDonald Woods Kennedy Wells Henry Freeman "
	"Webb Tucker Burns Crawford Olson Porter Hunter Gordon Shaw Snyder "
	"Mason Dixon Hunt Hicks Holmes Palmer Wagner Kowalski Nowak Schultz "
	"Krueger Lindqvist Pruitt Whitfield Blackwell Stroud Pickett "
	"Dunaway Hollis Burleson Kilgore Tidwell McAlister Rasmussen "
	"Brandvold Szymanski Wojcik Dombrowski Pulaski Nakamura").split()
SUR_QC_COMMON = ("Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie "
	"Fortin Gagné Ouellet Pelletier Bélanger Lévesque Bergeron Leblanc "
	"Paquette Girard Simard Boucher").split()
SUR_QC = ("Caron Beaulieu Cloutier Dubé Poirier Fournier Lapointe Leclerc "
	"Lefebvre Poulin Thibault St-Pierre Nadeau Landry Martel Bédard "
	"Grenier Lessard Bernier Michaud Hébert Desjardins Couture Turcotte "
	"Lachance Parent Blais Gosselin Savard Proulx Beaudoin Demers Perron "
	"Charbonneau Paré Vachon Després Létourneau Deschênes Boisvert "
	"Brisebois Champagne Laflamme Gingras Dufresne Larochelle Thériault "
	"Vaillancourt Lamontagne Giguère Bouffard Drouin Quirion Doucet "
	"Larouche Brassard Tétreault Hamelin Racicot").split()
SUR_ON = ("Macdonald Campbell Murphy O'Brien Kelly Fraser Stewart Ross "
	"MacLeod Ferguson McIntyre Laframboise Villeneuve Lalonde").split()
GIVEN_US_M = ("Michael James John Robert David William Richard Joseph "
	"Christopher Daniel Matthew Mark Steven Kevin Brian Jason Jeffrey "
	"Ryan Eric Gregory Scott Brandon Travis Dustin Cody Wade").split()
GIVEN_US_F = ("Mary Jennifer Linda Patricia Elizabeth Susan Jessica "
	"Karen Sarah Lisa Nancy Kimberly Michelle Amanda Melissa Stephanie "
	"Rebecca Laura Amy Angela Heather Tiffany Crystal Brandy").split()
GIVEN_ES_M = ("José Juan Luis Carlos Jesús Jorge Miguel Francisco Manuel "
	"Antonio Roberto Ricardo Alejandro Fernando Javier Raúl Arturo "
	"Eduardo Héctor Rubén Sergio Ramón Guadalupe Efraín").split()
GIVEN_ES_F = ("María Guadalupe Rosa Ana Juana Margarita Verónica Leticia "
	"Elizabeth Claudia Patricia Gabriela Yolanda Alejandra Adriana "
	"Martha Sonia Araceli Norma Blanca Yesenia Marisol").split()
GIVEN_QC_M = ("Michel Pierre Jean Denis Daniel Alain Yves Luc André "
	"Sylvain Stéphane Martin François Éric Patrick Sébastien Mathieu "
	"Benoît Jean-François Jean-Philippe Marc-André Pierre-Luc Maxime "
	"Guillaume Simon Olivier Gabriel Édouard Félix Noah Liam").split()
GIVEN_QC_F = ("Sylvie Johanne Lise Manon Nathalie Chantal Isabelle Julie "
	"Mélanie Geneviève Catherine Josée Guylaine Line Lucie Marie-Ève "
	"Véronique Émilie Annie Caroline Karine Valérie Léa Florence "
	"Béatrice Rosalie").split()
NICK = {"Michael": "Mike", "James": "Jim", "Robert": "Bob", "William":
	"Bill", "Richard": "Rick", "Christopher": "Chris", "Matthew": "Matt",
	"Jennifer": "Jen", "Elizabeth": "Liz", "Francisco": "Paco", "José":
	"Pepe", "Guadalupe": "Lupe", "Jesús": "Chuy", "Alejandro": "Alex",
	"Jean-François": "JF", "Jean-Philippe": "JP", "Marc-André": "Marc",
	"Pierre-Luc": "PL", "Marie-Ève": "Marie", "Stéphane": "Steph"}

# ---------------------------------------------------------------- words
BRAND_EN = ("Lone Star Mesquite Saguaro Prairie Lakeshore Bluebonnet "
	"Cypress Magnolia Pecan Heritage Liberty Pioneer Frontier Summit "
	"Canyon Desert Sunrise Sunset Gateway Cornerstone Keystone Legacy "
	"Horizon Lakeview Riverside Northside Westside Golden Copper Sonoran "
	"Gulf Coast Bayou Windy City Great Lakes Monument Trinity Grace "
	"Faith Cornerstone Redbird").split()
BRAND_EN = ["Lone Star", "Gulf Coast", "Windy City", "Great Lakes"] + \
	[b for b in BRAND_EN if b not in ("Lone", "Star", "Gulf", "Coast",
	"Windy", "City", "Great", "Lakes")]
BRAND_ES = ["El Sol", "La Esperanza", "Guadalupe", "Los Pinos", "La Luz",
	"El Buen Pastor", "La Fe", "San Miguel", "Santa Rosa", "El Milagro",
	"Las Palmas", "El Faro", "La Paz", "Nuevo Amanecer", "Monterrey",
	"Jalisco", "La Familia", "El Rey", "La Estrella", "Los Ángeles",
	"Vida Nueva", "Buena Vista", "El Camino", "La Roca", "Zacatecas"]
BRAND_FR = ["Laurentides", "Boréal", "Harfang", "Érablière", "Fleurdelisé",
	"Des Érables", "Du Boisé", "Horizon", "Élan", "Belle-Rive", "Mont-Royal",
	"Du Parc", "Saint-Laurent", "Rive-Sud", "Beauport", "Outaouais",
	"Estrie", "Le Phare", "L'Oasis", "La Cité", "Voyageur", "Le Repère",
	"Maisonneuve", "Champlain", "Frontenac", "Cartier", "Lanaudière"]
# Rare words (invented or regional), for the rare-word impostors.
BRAND_RARE = ["Ocotillo", "Palo Verde", "Huisache", "Caliche", "Arroyo Seco",
	"Chaparral", "Sotol", "Agarita", "Yaupon", "Cholla", "Tamarisk",
	"Quenouille", "Sauvagine", "Épinette", "Outarde", "Batiscan",
	"Kamouraska", "Chicoutai", "Ptarmigan", "Tallgrass", "Kettle Moraine",
	"Driftless", "Sandhill", "Bur Oak", "Nopal", "Mezcalito", "Azulejo",
	"Colibrí", "Tecolote", "Huapango", "Quetzal", "Pitahaya", "Alcatraz",
	"Manantial", "Pedregal", "Grand-Duc", "Pruche", "Mélèze", "Chicoutimi",
	"Cap-Rouge", "Ironweed", "Cattail", "Lakota", "Copperhead", "Bellwort"]
# Surnames and brands of firms that are no customers (the same-shape
# impostors; from the same public lists, ranks no customer draws from).
OUTSIDE = {"es": "Bustamante Arellano Lozano Orozco Palacios Quiroga "
	"Sepúlveda Tovar Urrutia Zamarripa Bañuelos Ontiveros Las_Flores "
	"La_Aurora Tierra_Santa".split(),
	"fr": "Archambault Beauchemin Desrosiers Fréchette Gendron Jodoin "
	"Labrecque Marcotte Normandeau Plourde Rivard Sauvé Val-Joli "
	"Les_Sommets Mont-Tremblant".split(),
	"en": "Ashby Bradshaw Calloway Dempsey Eckert Fairbanks Gentry "
	"Holloway Ingram Jernigan Lockhart Merritt Bluestem Big_Bend "
	"Red_River".split(),
	"qen": "Abernethy Buchanan Carmichael Drummond Lachapelle Robillard "
	"Glengarry Rideau".split()}
OUTSIDE = {k: [w.replace("_", " ") for w in v] for k, v in OUTSIDE.items()}
SAINT_FR = ["Joseph", "Jean-Baptiste", "Anne", "Marie", "Michel", "Pierre",
	"Louis", "François-Xavier", "Thérèse", "Rosaire"]

# Templates per language and sector: (name, its other-language version
# or None).  {B} brand, {S} {S2} surnames, {P} a person, {T} town, {N}
# the saint.
T_EN = {
	"dental": [("{B} Family Dentistry", None), ("{S} Dental Group", None),
		("{P}, DDS", None), ("{B} Smiles", None),
		("{B} Pediatric Dentistry", None), ("{B} Orthodontics", None)],
	"medical": [("{B} Family Medicine", None), ("{B} Urgent Care", None),
		("{S} Family Practice", None), ("{B} Physical Therapy", None),
		("{P}, MD", None), ("{B} Chiropractic", None)],
	"law": [("Law Office of {P}", None), ("{S} & {S2}", None),
		("{S} Law Firm", None), ("{S} Injury Lawyers", None)],
	"cpa": [("{S} & Associates", None), ("{S} Tax Service", None),
		("{B} Bookkeeping", None), ("{S} & {S2} CPAs", None),
		("{B} Insurance Agency", None)],
	"trades": [("{B} Roofing", None), ("{S} Plumbing", None),
		("{B} Heating & Air", None), ("{S} Electric", None),
		("{S} & Sons Construction", None), ("{B} Pool Service", None),
		("{B} Cleaning Services", None), ("{S} Mechanical", None)],
	"restaurant": [("{B} Grill", None), ("{S}'s BBQ", None),
		("{B} Diner", None), ("{B} Bakery", None), ("{B} Brewing Co.", None)],
	"church": [("{B} Baptist Church", None), ("{B} Community Church", None),
		("First United Methodist Church of {T}", None),
		("{B} Bible Fellowship", None)],
	"school": [("{B} Christian Academy", None), ("{B} Montessori", None),
		("{B} Early Learning Center", None), ("{B} Charter School", None)],
	"nonprofit": [("{T} Food Pantry", None), ("{B} Foundation", None),
		("{B} Community Center", None), ("{B} Youth Services", None)],
	"mfg": [("{B} Manufacturing", None), ("{S} Machine Works", None),
		("{B} Fabrication", None), ("{B} Plastics", None)],
	"property": [("{B} Property Management", None), ("{B} Realty", None),
		("{S} Properties", None), ("{B} Apartments", None)],
}
T_ES = {
	"dental": [("Clínica Dental {B}", "{B} Dental Clinic"),
		("Dentista {P}", "{P}, Dentist")],
	"medical": [("Clínica Médica {B}", "{B} Medical Clinic"),
		("Clínica Familiar {B}", "{B} Family Clinic"),
		("Centro Médico {B}", "{B} Medical Center")],
	"law": [("Abogados {S} y {S2}", "{S} & {S2} Lawyers"),
		("Bufete Legal {S}", "{S} Law Firm"),
		("Notaría Pública {S}", "{S} Notary Public")],
	"cpa": [("Seguros {S}", "{S} Insurance"),
		("Servicios de Impuestos {S}", "{S} Tax Services"),
		("Contabilidad {B}", "{B} Accounting"),
		("Seguros y Taxes {B}", "{B} Insurance & Taxes")],
	"trades": [("Techos {B}", "{B} Roofing"),
		("Plomería {S}", "{S} Plumbing"),
		("Construcción {S} e Hijos", "{S} & Sons Construction"),
		("Servicios de Limpieza {B}", "{B} Cleaning Services"),
		("Aire Acondicionado {S}", "{S} Air Conditioning"),
		("Jardinería {B}", "{B} Landscaping")],
	"restaurant": [("Taquería {B}", "{B} Taco Shop"),
		("Panadería {B}", "{B} Bakery"),
		("Restaurante {B}", "{B} Restaurant"),
		("Mariscos {B}", "{B} Seafood"),
		("Carnicería {B}", "{B} Meat Market")],
	"church": [("Iglesia Bautista {B}", "{B} Baptist Church"),
		("Iglesia Cristiana {B}", "{B} Christian Church"),
		("Templo {B}", "{B} Temple"),
		("Iglesia Pentecostal {B}", "{B} Pentecostal Church")],
	"school": [("Academia {B}", "{B} Academy"),
		("Guardería {B}", "{B} Daycare")],
	"nonprofit": [("Centro Comunitario {B}", "{B} Community Center"),
		("Fundación {B}", "{B} Foundation")],
	"mfg": [("Fabricaciones {S}", "{S} Fabrication"),
		("Herrería {B}", "{B} Ironworks")],
	"property": [("Bienes Raíces {B}", "{B} Real Estate"),
		("Propiedades {S}", "{S} Properties")],
}
T_FR = {
	"dental": [("Centre dentaire {B}", "{B} Dental Centre"),
		("Clinique dentaire {S}", "{S} Dental Clinic"),
		("Dr {P}, dentiste", "Dr {P}, Dentist"),
		("Centre d'orthodontie {B}", "{B} Orthodontic Centre")],
	"medical": [("Clinique médicale {B}", "{B} Medical Clinic"),
		("Centre médical {B}", "{B} Medical Centre"),
		("Physiothérapie {B}", "{B} Physiotherapy"),
		("Pharmacie {S}", "{S} Pharmacy")],
	"law": [("{S} {S2} Avocats", "{S} {S2} Lawyers"),
		("Cabinet juridique {S}", "{S} Law Firm"),
		("Notaires {S} et {S2}", "{S} & {S2} Notaries")],
	"cpa": [("{S} {S2} CPA", None),
		("Services comptables {S}", "{S} Accounting Services"),
		("Assurances {S}", "{S} Insurance")],
	"trades": [("Plomberie {S}", "{S} Plumbing"),
		("Toitures {B}", "{B} Roofing"),
		("Chauffage et climatisation {B}", "{B} Heating & Cooling"),
		("Construction {S} et fils", "{S} & Sons Construction"),
		("Électricité {S}", "{S} Electric"),
		("Entretien ménager {B}", "{B} Cleaning Services"),
		("Excavation {S}", "{S} Excavation")],
	"restaurant": [("Boulangerie {B}", "{B} Bakery"),
		("Casse-croûte {B}", "{B} Snack Bar"),
		("Pâtisserie {B}", "{B} Pastry Shop"),
		("Restaurant {B}", "{B} Restaurant"),
		("Fromagerie {B}", "{B} Cheese Shop")],
	"church": [("Paroisse Saint-{N}", "St. {N} Parish"),
		("Église évangélique {B}", "{B} Evangelical Church")],
	"school": [("École {B}", "{B} School"), ("Collège {B}", "{B} College"),
		("CPE {B}", "{B} Daycare")],
	"nonprofit": [("Centre communautaire {B}", "{B} Community Centre"),
		("Fondation {B}", "{B} Foundation"),
		("Banque alimentaire de {T}", "{T} Food Bank")],
	"mfg": [("Usinage {B}", "{B} Machining"),
		("Fabrication {S}", "{S} Manufacturing"),
		("Industries {B}", "{B} Industries"),
		("Ébénisterie {S}", "{S} Cabinetmaking")],
	"property": [("Gestion immobilière {B}", "{B} Property Management"),
		("Immeubles {S}", "{S} Properties")],
}
# Quebec's English names with their French versions (the reverse pairs).
T_QEN = {k: [(b, a) for a, b in v if b] for k, v in T_FR.items()}
T = {"en": T_EN, "es": T_ES, "fr": T_FR, "qen": T_QEN}
SECTORS = [("dental", 10), ("medical", 9), ("law", 7), ("cpa", 9),
	("trades", 16), ("restaurant", 10), ("church", 6), ("school", 5),
	("nonprofit", 5), ("mfg", 6), ("property", 6)]
PROFESSIONS = ("dental", "medical", "law", "cpa")
# Legal forms: (form, share); what a profession takes; who carries one.
LEGAL = {"US": [("LLC", 55), ("Inc.", 25), ("L.L.C.", 5), ("Corp.", 5),
	("Inc", 10)], "QC": [("inc.", 45), ("Inc.", 25), ("Ltée", 15),
	("S.E.N.C.", 5), ("Limitée", 5), ("Ltd.", 5)]}
PROF = {"US": [("PLLC", 45), ("P.C.", 25), ("P.A.", 10), ("LLC", 20)],
	"QC": [("S.E.N.C.R.L.", 45), ("inc.", 40), ("S.E.N.C.", 15)]}
CARRIES = {"dental": .5, "medical": .4, "law": .6, "cpa": .5,
	"trades": .7, "restaurant": .5, "church": .3, "school": .2,
	"nonprofit": .4, "mfg": .85, "property": .7}
LEGAL_ALT = {"LLC": ["L.L.C.", "llc", "Inc", "LLC."], "L.L.C.": ["LLC"],
	"Inc.": ["Inc", "INC", "LLC", "Incorporated"], "Inc": ["Inc.", "LLC"],
	"Corp.": ["Corp", "Inc."], "PLLC": ["P.L.L.C.", "PC", "LLC", "pllc"],
	"P.C.": ["PC", "PLLC"], "P.A.": ["PA", "PLLC"],
	"inc.": ["Inc", "INC", "Inc.", "Ltée", "Ltd"], "Ltée": ["Ltee",
	"Limitée", "Ltd", "inc."], "Limitée": ["Ltée", "Limitee", "Ltd"],
	"Ltd.": ["Ltd", "Ltée"], "S.E.N.C.": ["SENC", "s.e.n.c.", "S.E.N.C"],
	"S.E.N.C.R.L.": ["SENCRL", "s.e.n.c.r.l.", "LLP", "S.E.N.C."]}

# Abbreviations both ways (long, short).
ABBR = [("Associates", "Assoc."), ("Services", "Svcs"), ("Management",
	"Mgmt"), ("Center", "Ctr"), ("Manufacturing",
	"Mfg"), ("Company", "Co."), ("Brothers", "Bros"), ("Heating & Air",
	"HVAC"), ("Air Conditioning", "A/C"), ("Physical Therapy", "PT"),
	("Clinique", "Clin."), ("Saint-", "St-"), ("Sainte-", "Ste-"),
	("Entretien ménager", "Entretien"), ("Compagnie", "Cie"),
	("Servicios", "Serv."), ("Construction", "Const."), ("Médical", "Méd."),
	("Chauffage et climatisation", "Chauffage"), ("Physiothérapie",
	"Physio"), ("Fabrication", "Fab"), ("Properties", "Props"),
	("Early Learning Center", "ELC"), ("Family Dentistry", "Family Dental"),
	("Centre dentaire", "C.D."), ("Notaría Pública", "Notaría"),
	("Bienes Raíces", "Real Estate")]
TECHS = {"HOU": ["Cody Ramirez", "Brittany Nguyen", "Marcus Trevino"],
	"PHX": ["Jacob Ortega", "Ashley Begay"], "CHI": ["Tomasz Nowicki",
	"Kayla Brooks", "Luis Ocampo"], "YUL": ["Maxime Gagnon",
	"Audrey Bélanger", "Kevin Tran"]}
ROLES = {"dental": ["OP1", "OP2", "XRAY", "RECEPTION", "PANO"],
	"medical": ["RECEPTION", "EXAM1", "NURSE", "LAB"], "law": ["PARALEGAL",
	"RECEPTION", "SERVER"], "cpa": ["TAX1", "TAX2", "SCANNER"],
	"trades": ["DISPATCH", "ESTIMATOR", "OFFICE"], "restaurant": ["POS1",
	"POS2", "CAISSE1", "KITCHEN"], "church": ["PASTOR", "OFFICE",
	"SOUND"], "school": ["LAB01", "OFFICE", "DIRECTION"], "nonprofit": [
	"ADMIN", "VOLUNTEER", "OFFICE"], "mfg": ["CNC1", "SHIPPING", "QC"],
	"property": ["LEASING", "ADMIN", "MAINT"]}
VENDORS = ["Comcast Business", "Spectrum Business", "AT&T Fiber",
	"Xfinity", "Cox Business", "CenturyLink", "Verizon", "T-Mobile",
	"Vidéotron Affaires", "Bell Canada", "Bell Affaires", "Rogers",
	"Cogeco", "Dentrix Support", "Open Dental", "Eaglesoft", "Clio",
	"Intuit QuickBooks", "Drake Tax", "TaxSlayer Pro", "Sage 50",
	"Acomba", "Desjardins", "Microsoft 365", "Dell ProSupport",
	"HP Support", "Ricoh", "Canon Business", "Toast POS", "Clover POS",
	"Square", "RingCentral", "Ooma", "Syncro Support", "ConnectWise"]
STAFF = ["Bench 2", "BENCH-4", "Loaner 07", "Portable de prêt 3",
	"Poste de test", "Tech laptop", "Imaging", "New build", "Test VM",
	"Cody Ramirez", "Audrey Bélanger", "Jacob Ortega", "Stock 15",
	"Demo Laptop", "Atelier - banc 1"]
PERSONAL = ["Mom's laptop", "Dad's PC", "{G} home", "{G}'s personal",
	"Portable de {G}", "{G} (maison)", "Computadora de {G}",
	"Laptop de mi hija", "PC maison", "grandma ipad", "{G} {S} - home"]
PROSPECT = ["Quote - ", "Prospect: ", "Demo - ", "Soumission - ",
	"Cotización ", "Estimate for ", "Évaluation - "]
SITE = {"en": ["Main Office", "Warehouse", "Front Desk", "Shop", "Yard"],
	"es": ["Oficina", "Bodega", "Main Office", "Recepción"],
	"fr": ["Bureau chef", "Entrepôt", "Réception", "Atelier", "Succursale"],
	"qen": ["Head Office", "Warehouse", "Reception", "Bureau chef"]}
OTHER_TRADE = {"en": ["Florist", "Pet Grooming", "Tattoo", "Car Wash",
	"Locksmith", "Self Storage", "Dry Cleaners", "Pawn Shop",
	"Nail Salon", "Barbershop", "Tire Shop", "Vape Shop", "Boutique"],
	"es": ["Floristería", "Lavandería", "Barbería", "Joyería", "Llantera",
	"Mueblería", "Zapatería", "Paletería", "Tortillería", "Botánica"],
	"fr": ["Fleuriste", "Nettoyeur", "Salon de coiffure", "Quincaillerie",
	"Animalerie", "Serrurier", "Dépanneur", "Lave-auto", "Friperie",
	"Cordonnerie"]}
OTHER_TRADE["qen"] = OTHER_TRADE["en"]


# ---------------------------------------------------------------- skeleton
# French and Spanish generic words read as English ones; legal forms,
# articles and joining words dropped; abbreviations expanded.
SK_MAP = {"clinica": "clinic", "clinique": "clinic", "clin": "clinic",
	"centre": "center", "centro": "center", "ctr": "center", "dentaire":
	"dental", "medica": "medical", "medicale": "medical", "medico":
	"medical", "med": "medical", "familiar": "family", "dentista":
	"dentist", "dentiste": "dentist", "abogados": "lawyers", "avocats":
	"lawyers", "bufete": "law firm", "legal": "law", "notaria": "notary",
	"publica": "public", "notaires": "notaries", "seguros": "insurance",
	"assurances": "insurance", "servicios": "services", "serv":
	"services", "svcs": "services", "impuestos": "tax", "taxes": "tax",
	"contabilidad": "accounting", "comptables": "accounting", "techos":
	"roofing", "toitures": "roofing", "plomeria": "plumbing", "plomberie":
	"plumbing", "construccion": "construction", "const": "construction",
	"hijos": "sons", "fils": "sons", "limpieza": "cleaning", "entretien":
	"cleaning", "menager": "", "aire": "air", "acondicionado":
	"conditioning", "ac": "air conditioning", "jardineria": "landscaping",
	"taqueria": "taco shop", "panaderia": "bakery", "boulangerie":
	"bakery", "restaurante": "restaurant", "mariscos": "seafood",
	"carniceria": "meat market", "iglesia": "church", "eglise": "church",
	"bautista": "baptist", "cristiana": "christian", "templo": "temple",
	"evangelique": "evangelical", "academia": "academy", "guarderia":
	"daycare", "cpe": "daycare", "ecole": "school", "college": "college",
	"comunitario": "community", "communautaire": "community",
	"fundacion": "foundation", "fondation": "foundation",
	"fabricaciones": "manufacturing", "fabrication": "manufacturing",
	"fab": "manufacturing", "mfg": "manufacturing", "herreria":
	"ironworks", "bienes": "real", "raices": "estate", "propiedades":
	"properties", "props": "properties", "immeubles": "properties",
	"gestion": "management", "mgmt": "management", "immobiliere":
	"property", "chauffage": "heating", "climatisation": "cooling",
	"electricite": "electric", "casse": "snack", "croute": "bar",
	"patisserie": "pastry shop", "fromagerie": "cheese shop", "paroisse":
	"parish", "st": "saint", "ste": "sainte", "usinage": "machining",
	"ebenisterie": "cabinetmaking", "pharmacie": "pharmacy", "banque":
	"bank", "alimentaire": "food", "physiotherapie": "physiotherapy",
	"physio": "physiotherapy", "orthodontie": "orthodontic", "cabinet":
	"firm", "juridique": "law", "assoc": "associates", "bros":
	"brothers", "cie": "company", "hvac": "heating air", "pt":
	"physical therapy", "elc": "early learning center", "cd":
	"center dental", "dental": "dental", "dentistry": "dental",
	"orthodontics": "orthodontic", "attorneys": "lawyers"}
SK_DROP = set("llc inc incorporated ltee limitee ltd corp corporation "
	"co senc sencrl pllc pc pa dba d b a fasrs sn oa the of and y e et "
	"de del la le les el los las du des d l a".split())
_SKEL = {}


def skel_words(s):
	out = _SKEL.get(s)
	if out is None:
		out = _SKEL[s] = tuple(_skel(s))
	return out


def _skel(s):
	s = fold(s).lower().replace("'", " ").replace("’", " ")
	out = []
	for w in re.split("[^0-9a-z]+", s.replace("&", " ")):
		for x in SK_MAP.get(w, w).split():
			if x and x not in SK_DROP:
				out.append(re.sub(r"(.)\1+", r"\1", x))
	return out


def skel(s):
	return " ".join(skel_words(s))


# An impostor's parts (after " - ", ": ", ", ", " (", or a dba / o/a /
# f.a.s.r.s. joining word) may be no customer's name, form or person.
ck = lk.Checks(skel, skel_words, " (?:dba|DBA|d/b/a|o/a|s/n|\\(?f\\.a\\."
	"s\\.r\\.s\\.\\)?) | [-–/] |: |, | \\(", parts_known=True, pairs=True)


# ---------------------------------------------------------------- customers
def surname(rng, lang, common=None):
	if common is None:
		common = rng.random() < .35
	if lang == "es":
		return rng.choice(SUR_HISP_COMMON if common else SUR_HISP)
	if lang == "fr":
		return rng.choice(SUR_QC_COMMON if common else SUR_QC)
	if lang == "qen":
		return rng.choice(SUR_ON + SUR_QC if not common else SUR_US_COMMON)
	return rng.choice(SUR_US_COMMON if common else SUR_US)


def person(rng, lang):
	f = rng.random() < .5
	given = {"es": (GIVEN_ES_M, GIVEN_ES_F), "fr": (GIVEN_QC_M, GIVEN_QC_F),
		"qen": (GIVEN_US_M + GIVEN_QC_M[:8], GIVEN_US_F + GIVEN_QC_F[:8])
		}.get(lang, (GIVEN_US_M, GIVEN_US_F))
	return rng.choice(given[f]), surname(rng, lang)


def brand_of(rng, lang):
	if rng.random() < .35:
		return rng.choice(BRAND_RARE)
	return rng.choice({"es": BRAND_ES, "fr": BRAND_FR, "qen": BRAND_EN[:20]
		+ BRAND_FR}.get(lang, BRAND_EN))


def numbered_company(rng, state):
	"""A numbered company: Quebec's "9xxx-xxxx Québec inc." or the
	CBCA's "1234567 Canada inc."; Ontario's "1234567 Ontario Inc."."""
	if state == "ON":
		return "%07d Ontario Inc." % rng.randint(1000000, 2999999)
	if rng.random() < .8:
		return "%04d-%04d Québec inc." % (rng.randint(9000, 9499),
			rng.randint(0, 9999))
	return "%07d Canada inc." % rng.randint(3000000, 9999999)


def place(rng, cc):
	towns = QC_TOWNS if cc == "QC" else US_TOWNS
	return rng.choices(towns, [t[3] for t in towns])[0]


def make_customer(rng, cid, cc=None, lang=None):
	cc = cc or ("QC" if rng.random() < .24 else "US")
	town, state, desk, _, zp = place(rng, cc)
	lang = lang or lk.wpick(rng, LANGS[state])
	sector = lk.wpick(rng, SECTORS)
	tpl, alt = rng.choice(T[lang][sector])
	p = person(rng, lang)
	s2 = surname(rng, lang)
	while s2 == p[1]:
		s2 = surname(rng, lang)
	v = {"B": brand_of(rng, lang), "S": p[1], "S2": s2, "P": "%s %s" % p,
		"T": town, "N": rng.choice(SAINT_FR)}
	used = set(re.findall(r"\{(\w+)\}", tpl))

	def put(t):
		for k in used:
			t = t.replace("{%s}" % k, v[k])
		return t
	core = put(tpl)
	alt = put(alt) if alt else ""
	legal = ent = join = ""
	if rng.random() < CARRIES[sector]:
		legal = lk.wpick(rng, PROF[cc] if sector in PROFESSIONS else
			LEGAL[cc])
		if sector in ("church", "school", "nonprofit"):
			legal = "Inc." if cc == "US" else "inc."	# non-profit corp.
		if legal.startswith("S.E.N.C") and "S" not in used:
			legal = "inc."
		if sector in ("trades", "restaurant", "mfg", "property") and \
				rng.random() < .22:
			if cc == "QC":
				ent = numbered_company(rng, state)
				join = "o/a" if state == "ON" else rng.choice(
					["f.a.s.r.s.", "s/n", "o/a", "(f.a.s.r.s.)"])
			else:
				ent = "%s %s %s" % (surname(rng, lang), rng.choice(
					["Enterprises", "Holdings", "Group", "Ventures"]),
					rng.choice(["LLC", "Inc."]))
				join = rng.choice(["dba", "DBA", "d/b/a"])
			legal = ""
	name = core
	if legal:
		name = core + (", " if cc == "US" and rng.random() < .3 else " ") \
			+ legal
	if ent:
		name = "%s %s %s" % (ent, join, core)
	return {"id": cid, "name": name, "core": core, "alt": alt,
		"legal": legal, "entity": ent, "join": join, "cc": cc, "lang": lang,
		"town": town, "state": state, "desk": desk, "zp": zp,
		"sector": sector, "brand": v["B"] if "B" in used else None,
		"sur": p[1] if "S" in used else None,
		"surs": [v[k] for k in ("S", "S2") if k in used],
		"owner": p if "P" in used else None}


def keys_of(c):
	"""(sector, word) for the brand and people a firm is named by; a
	name of none ("Paroisse Saint-Joseph", "Katy Food Pantry") by its
	core."""
	ws = [c["brand"]] + c["surs"] + ([c["owner"][1]] if c["owner"] else [])
	if not any(ws):
		ws = [skel(c["core"])]
	return [(c["sector"], w) for w in ws if w]


def latin(s):
	return re.sub("[^A-Za-z .-]", "", fold(s))


def contacts(rng, c, ids):
	ps = [c["owner"]] if c["owner"] else []
	ps += [person(rng, c["lang"]) for _ in range(rng.randint(0, 3))]
	return [lk.contact(ids, f, s, c["domain"], latin) for f, s in ps]


def assets(rng, c, ids, shared):
	words = [w.upper() for w in re.split("[^A-Za-z0-9]+", latin(c["core"]))
		if w and w.lower() not in SK_DROP and w.lower() != "dr"]
	return lk.asset_names(rng, ids, words, fold(c["town"]).upper(),
		ROLES[c["sector"]], shared,
		lambda r: latin(person(r, c["lang"])[0]).upper().replace(" ", ""))


def address(rng, c):
	if c["cc"] == "US":
		street = "%d %s" % (rng.randint(100, 19999), rng.choice([
			"Main St", "Bellaire Blvd", "Westheimer Rd", "N Central Ave",
			"E Camelback Rd", "W 26th St", "S Ashland Ave", "Culebra Rd",
			"Montana Ave", "Harwin Dr", "Cermak Rd", "Van Buren St"]))
		suite = rng.choice(["Suite %d", "Ste %d", "Ste. %d", "#%d",
			"Unit %d"]) % rng.randint(100, 950) if rng.random() < .4 else None
		zp = c["zp"] + "%02d" % rng.randint(1, 99)
	else:
		street = "%d, %s" % (rng.randint(10, 9999), rng.choice([
			"rue Sainte-Catherine", "boul. Saint-Laurent", "rue Principale",
			"boul. des Laurentides", "ch. de la Côte-des-Neiges",
			"rue King Ouest", "av. du Parc", "Bank St", "boul. Taschereau"]))
		suite = rng.choice(["bureau %d", "local %d", "suite %d",
			"Unit %d"]) % rng.randint(100, 950) if rng.random() < .4 else None
		L = "ABCEGHJKLMNPRSTVWXYZ"
		zp = "%s%s %d%s%d" % (c["zp"], rng.choice(L), rng.randint(0, 9),
			rng.choice(L), rng.randint(0, 9))
	return {"address": street, "address_2": suite, "city": c["town"],
		"state": c["state"], "zip": zp}


def domain(rng, c, taken):
	if rng.random() < .3:
		return rng.choice(["gmail.com", "yahoo.com", "hotmail.com",
			"outlook.com"] + (["videotron.ca", "hotmail.ca"] if c["cc"] ==
			"QC" else ["att.net", "sbcglobal.net"]))
	base = c["brand"] or c["sur"] or (c["owner"][1] if c["owner"] else "")
	d = re.sub("[^a-z0-9]", "", latin(base).lower())[:14] or "office"
	d += {"dental": "dental", "law": "law", "medical": "clinic",
		"church": "church"}.get(c["sector"], "")
	tld = ".ca" if c["cc"] == "QC" else rng.choice([".com", ".com", ".net"])
	while d + tld in taken:
		d += str(rng.randint(0, 9))
	taken.add(d + tld)
	return d + tld


def population(rng, n):
	g = lk.G()
	g.custs, seen, shared, taken = [], set(), set(), set()
	ids = iter(range(300000001, 329999999))
	cid = 30000000
	while len(g.custs) < n:
		cid += rng.randint(1, 4)
		c = make_customer(rng, cid)
		ks = {skel(f) for f in (c["name"], c["core"], c["alt"],
			c["entity"]) if f}
		if "" in ks or ks & seen:
			continue
		seen |= ks
		c["domain"] = domain(rng, c, taken)
		lk.add_customer(rng, g, c, ids, shared, address, contacts, assets)
		p = c["contacts"][0] if c["contacts"] else {}
		c["syncro"] = dict({"firstname": p.get("firstname"), "lastname":
			p.get("lastname"), "email": p.get("email"), "phone":
			"(%03d) %03d-%04d" % (rng.choice(AREA[c["state"]]),
			rng.randint(200, 999), rng.randint(0, 9999))}, **c["syncro"])
	g.shared = sorted(shared)
	return g


def index(g):
	ck.index_start(g)
	g.sector_keys = set()
	for i, c in enumerate(g.custs):
		g.sector_keys.update(keys_of(c))
		names = [c["name"], c["core"]] + [f for f in (c["alt"],
			c["entity"]) if f]
		ck.add_names(g, i, names)
		forms = names + [c["core"].replace(c["town"], "")]
		if c["owner"]:
			forms.append(c["core"].replace("%s %s" % c["owner"], ""))
		if c["entity"]:
			forms.append(re.sub(r" (inc\.|Inc\.)$", "", c["entity"]))
		ck.add_forms(g, i, forms)
		ck.add_words(g, i, skel_words(c["name"]) + skel_words(c["alt"]))
		ck.add_contacts(g, i, c)
	ck.index_end(g)


# ---------------------------------------------------------------- typing
QWERTY = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"]
CSA = ["1234567890", "qwertyuiop^ç", "asdfghjkl;èà", "ùzxcvbnm,.é"]
TYPO = {"US": lk.Typo(QWERTY), "QC": lk.Typo(CSA)}


def either(rng, c, p=.5):
	"""The name or its core (legal form, numbered company left out)."""
	return c["core"] if rng.random() < p else c["name"]


def n_caps(rng, g, c):
	return either(rng, c).upper()


def n_lower(rng, g, c):
	t = either(rng, c, .6).lower()
	return re.sub(r"[.,]", "", t) if rng.random() < .4 else t


def n_typo(rng, g, c):
	return TYPO[c["cc"]].one(rng, either(rng, c, .6))


def n_typo2(rng, g, c):
	ty = TYPO[c["cc"]]
	t = ty.one(rng, either(rng, c, .6))
	return t and ty.one(rng, t)


ACCENT_NEAR = {"é": "è", "è": "é", "ê": "e", "à": "a", "ô": "o", "â": "a",
	"î": "i", "ç": "c", "í": "i", "á": "a", "ó": "o", "ú": "u", "ñ": "n",
	"É": "E", "Î": "I"}


def n_accents(rng, g, c):
	"""Accents dropped (a US desk, a phone), or one typed as its
	neighbour (é for è, e for ê)."""
	s = either(rng, c, .5)
	if fold(s) == s:
		return None
	if rng.random() < .7:
		return fold(s)
	at = [i for i, ch in enumerate(s) if ch in ACCENT_NEAR]
	if not at:
		return fold(s)
	i = rng.choice(at)
	return s[:i] + ACCENT_NEAR[s[i]] + s[i + 1:]


def n_reorder(rng, g, c):
	s = c["core"]
	m = re.match(r"(Law Office of|Dentista|Dr) (.+?)(, dentiste)?$", s)
	if m and c["owner"]:
		return "%s %s" % (c["owner"][1], "Law Office" if m.group(1)[0] == "L"
			else "DDS" if m.group(1)[0] == "D" and m.group(1) != "Dr" else
			"dentiste")
	if c["brand"] and s.endswith(" " + c["brand"]) and c["lang"] in (
			"fr", "es"):
		head = s[:-len(c["brand"]) - 1]
		return "%s, %s" % (c["brand"], head.lower() if rng.random() < .5
			else head)
	if c["brand"] and s.startswith(c["brand"] + " "):
		return "%s - %s" % (s[len(c["brand"]) + 1:], c["brand"])
	return None


def abbrev_swap(t, a, b):
	if a in t:
		return t.replace(a, b, 1)
	if re.search(r"(?<![\w.])%s(?![\w])" % re.escape(b), t) and len(b) > 2:
		return re.sub(r"(?<![\w.])%s(?![\w])" % re.escape(b), a, t, count=1)
	return t


n_abbrev = lk.abbrev_row(ABBR, abbrev_swap,
	lambda rng, t: t.replace(".", "") if rng.random() < .3 else t)


def n_acronym(rng, g, c):
	if c["owner"]:
		return None
	ws = [w for w in re.split(r"[\s\-]+", fold(c["core"])) if w and
		w.lower() not in SK_DROP and w[0].isalpha()]
	if len(ws) < 3:
		return None
	if rng.random() < .5 or len(ws) < 4:
		return "".join(w[0].upper() for w in ws)
	return "%s %s" % ("".join(w[0].upper() for w in ws[:-1]), ws[-1])


def legal_other(rng, c, r):
	if r < .75:
		return "%s %s" % (c["core"], rng.choice(LEGAL_ALT[c["legal"]]))
	return "%s, %s" % (c["core"], c["legal"].upper())


n_legal = lk.legal_row(legal_other)


def n_language(rng, g, c):
	"""The name in its other language ("X Dental Centre" for "Centre
	dentaire X"); accents dropped a third of the time."""
	if not c["alt"]:
		return None
	t = c["alt"]
	if c["legal"] and rng.random() < .3:
		t += " " + c["legal"]
	return fold(t) if rng.random() < .3 else t


def n_numbered(rng, g, c):
	"""A numbered company by its operating name, by its number, or the
	two with the joining word and the province respelt."""
	e = c["entity"]
	if not e or c["cc"] != "QC":
		return None
	r = rng.random()
	if r < .45:
		return c["core"]
	num = e.split()[0]
	if r < .6:
		return "%s %s" % (num, fold(e.split()[1]))
	if r < .75:
		return "%s (%s)" % (c["core"], e)
	if r < .9:
		return "%s %s" % (fold(e).replace(" inc.", " inc"), c["core"])
	return "%s - %s" % (c["core"], num)


def n_dba(rng, g, c):
	e = c["entity"]
	if not e or c["cc"] != "US":
		return None
	r = rng.random()
	if r < .5:
		return c["core"]
	if r < .65:
		return e
	if r < .85:
		return "%s %s %s" % (e, rng.choice(["DBA", "dba", "d.b.a."]),
			c["core"])
	return "%s (%s)" % (c["core"], e)


# The joining word each language's desks type for "&": English and,
# Spanish y, French et; a bilingual desk the other one.
AND = {"en": [" and ", " + ", "&"], "es": [" y ", " and ", "&"],
	"fr": [" et ", " + ", " and "], "qen": [" and ", " et ", "&"]}


def n_and(rng, g, c):
	s = either(rng, c)
	for a in (" & ", " y ", " et ", " and "):
		if a in s:
			alts = [x for x in AND[c["lang"]] + [" & "] if x != a]
			return s.replace(a, rng.choice(alts), 1)
	return None


def n_the(rng, g, c):
	m = re.match(r"(The |Le |La |Les |El |L')(.+)$", c["name"])
	if m:
		return m.group(2)
	if c["brand"] and c["brand"].split()[0] in ("El", "La", "Le", "Los",
			"Las", "L'Oasis"):
		return c["name"].replace(c["brand"], c["brand"].split(" ", 1)[-1]
			if " " in c["brand"] else c["brand"][2:], 1)
	return None


def n_suite(rng, g, c):
	a2 = c["syncro"]["address_2"]
	if not a2:
		return None
	num = a2.split()[-1].lstrip("#")
	site = rng.choice([a2, "Suite " + num, "#" + num, "ste " + num,
		"bur. " + num if c["cc"] == "QC" else "Unit " + num])
	sep = rng.choice([" - ", " ", " (", ", "])
	return either(rng, c, .6) + sep + site + (")" if sep == " (" else "")


def n_branch(rng, g, c):
	s = either(rng, c, .6)
	if fold(c["town"]) in fold(s):
		return None
	town = c["town"] if rng.random() < .6 else fold(c["town"])
	site = rng.choice([town, town, "%s %s" % (town, c["state"]),
		rng.choice(SITE[c["lang"]])])
	sep = rng.choice([" - ", " / ", " (", ": "])
	return s + sep + site + (")" if sep == " (" else "")


n_contact = lk.contact_row(lambda rng, c, p: "")
n_person = ck.person_row(lambda rng, c: rng.random() < .2)


def n_owner(rng, g, c):
	"""A sole proprietor by name: "Jean Tremblay" for "Plomberie Jean
	Tremblay" - only when no other customer has that person."""
	o = c["owner"]
	if not o:
		return None
	t = "%s %s" % o
	if len(g.person.get(skel(t), ())) != 1:
		return None
	r = rng.random()
	if r < .2:
		return "%s, %s" % (o[1], o[0])
	if r < .35:
		return "Dr. " + t if c["sector"] in ("dental", "medical") else t
	return fold(t) if r < .55 else t


def n_domain(rng, g, c):
	d = c["domain"]
	if d.split(".")[0] in ("gmail", "yahoo", "hotmail", "outlook", "att",
			"sbcglobal", "videotron"):
		return None
	r = rng.random()
	if r < .6:
		return d if r < .4 else "www." + d
	return c["contacts"][0]["email"] if c["contacts"] else None


def n_mixed(rng, g, c):
	a = rng.choice([n_accents, n_language, n_legal, n_abbrev, n_numbered])
	t = a(rng, g, c)
	if not t:
		return None
	d = dict(c, name=t, core=t)
	b = rng.choice([n_typo, n_caps, lk.n_truncated, n_lower])
	return b(rng, g, d)


KINDS = [("exact", lk.n_exact, 11), ("caps", n_caps, 4),
	("lower", n_lower, 4), ("typo", n_typo, 9), ("two typos", n_typo2, 3),
	("accents", n_accents, 7), ("truncated", lk.n_truncated, 5),
	("reorder", n_reorder, 3), ("abbrev", n_abbrev, 5),
	("acronym", n_acronym, 2), ("legal", n_legal, 7),
	("language", n_language, 7), ("numbered", n_numbered, 4),
	("dba", n_dba, 3), ("and", n_and, 3), ("the", n_the, 1),
	("suite", n_suite, 3), ("branch", n_branch, 4),
	("contact", n_contact, 3), ("person", n_person, 2),
	("owner", n_owner, 2), ("domain", n_domain, 2), ("mixed", n_mixed, 5)]


# ---------------------------------------------------------------- impostors
def fresh(rng, g, c):
	"""A name of the customers' own shape that no customer is, nor a
	firm of a customer's sector by a customer's brand or surname."""
	d = make_customer(rng, 0, c["cc"], c["lang"])
	name = d["name"] if rng.random() < .8 else d["core"]
	ws = [w for w in [d["brand"]] + d["surs"] if w]
	if ws and rng.random() < .5:	# its brand and surnames no customer's
		for w in ws:
			name = name.replace(w, rng.choice(OUTSIDE[d["lang"]]))
		return name
	if set(keys_of(d)) & g.sector_keys:
		return None
	return name


def trade(rng, c):
	tr = rng.choice(OTHER_TRADE[c["lang"]])
	return None if fold(tr.split()[0]).lower() in fold(c["core"]).lower() \
		else tr


def named(c, word, tr):
	return "%s %s" % (tr, word) if c["lang"] in ("es", "fr") else \
		"%s %s" % (word, tr)


def i_rare(rng, g, c):
	tr = trade(rng, c)
	if not tr or c["brand"] not in BRAND_RARE:
		return None
	return named(c, c["brand"], tr)


def i_city(rng, g, c):
	w = c["brand"] or c["sur"]
	tr = trade(rng, c)
	if not w or not tr:
		return None
	t = place(rng, c["cc"])
	if t[0] == c["town"]:
		return None
	where = t[0] if c["cc"] == "QC" else "%s, %s" % (t[0], t[1])
	return "%s (%s)" % (named(c, w, tr), where)


def i_surname(rng, g, c):
	tr = trade(rng, c)
	if not tr:
		return None
	out = named(c, surname(rng, c["lang"], True), tr)
	return out + " " + lk.wpick(rng, LEGAL[c["cc"]]) if rng.random() < .3 \
		else out


def i_person(rng, g, c):
	"""Someone who is no contact: a caller by name."""
	p = person(rng, c["lang"])
	if lk.held_by_all(g, set(skel_words("%s %s" % p))):
		return None	# a sole proprietor's own name
	return "%s %s" % p if rng.random() < .7 else "%s, %s" % (p[1], p[0])


def i_personal(rng, g, c):
	p = person(rng, c["lang"])
	if lk.held_by_all(g, set(skel_words("%s %s" % p))):
		return None
	return rng.choice(PERSONAL).replace("{G}", p[0]).replace("{S}", p[1])


def i_prospect(rng, g, c):
	f = fresh(rng, g, c)
	return f and rng.choice(PROSPECT) + f


IMPOSTORS = [("impostor: same shape", fresh, 20),
	("impostor: rare word", i_rare, 12),
	("impostor: other city", i_city, 12),
	("impostor: common surname", i_surname, 9),
	("impostor: person", i_person, 9),
	("impostor: vendor", lk.one_of(VENDORS), 10),
	("impostor: prospect", i_prospect, 8),
	("impostor: personal", i_personal, 8),
	("impostor: own staff", lk.one_of(STAFF), 8)]


def main():
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random("blind30:" + seed)
	g = population(rng, ncust)
	index(g)
	rows = ck.draw_rows(rng, g, nnames, KINDS, IMPOSTORS, same_class=True)
	for c in g.custs:
		for k in list(c):
			if k not in ("id", "name", "syncro", "contacts", "assets"):
				del c[k]
	scr.write_desk_set(rng, out, g.custs, rows,
		lambda row: lk.machine(rng, g, row, ("TECH-%s-%02d", 9)), TECHS,
		("blind30", seed, 1806000000, 1193, 60))


if __name__ == "__main__":
	main()
