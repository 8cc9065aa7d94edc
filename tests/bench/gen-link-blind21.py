#!/usr/bin/env python3
# gen-link-blind21.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (session 15): an MSP for South Florida and the Caribbean, one Syncro
# account and one ScreenConnect, desks in Miami, San Juan and Santo
# Domingo.  Customers in Miami-Dade, Broward, Palm Beach, Orlando and
# Tampa; Puerto Rico; the Dominican Republic; Jamaica, Trinidad and
# Tobago, Barbados, the Bahamas; Haiti; Curacao and Aruba; Guadeloupe and
# Martinique.  Writes OUTDIR/customers.json (Syncro's id, business_name,
# address, address_2, city, state, zip, contacts, assets), names.tsv
# (typed TAB true id or "" for an impostor TAB kind TAB machine),
# sessions.jsonl and sessions-machine.jsonl (screenconnect_record.py).
# Python 3 stdlib only; deterministic for a seed.  Customer ids 31...
#
# Where the habits come from (public sources):
#  - Legal forms.  Florida Statutes ch. 605 (LLC, "L.L.C."), ch. 607
#    (Inc., Corp.), ch. 621 (professional associations: "P.A."; doctors
#    write "MD PA"), ch. 620 (LLP), PLLC for professional LLCs; ch. 718
#    and 720 (condominium and homeowners' associations, registered as
#    not-for-profit corporations: "... Condominium Association, Inc.").
#    Puerto Rico: General Corporations Act 2009 (Inc., Corp., LLC) and the
#    professional services corporation "C.S.P." / "P.S.C."
#    (consultealabogado.com, "Que es una corporacion profesional"); the
#    condominium's "Consejo de Titulares" (Ley de Condominios).  Dominican
#    Republic: Ley 479-08 (S.R.L., S.A., S.A.S., E.I.R.L.; the old Code de
#    Commerce "C. por A." still on old firms' names; phlaw.com and
#    ilntoday.com summaries).  Jamaica, Trinidad and Tobago, Barbados,
#    the Bahamas: Companies Acts on the English model (Ltd., Limited,
#    Co. Ltd.).  Haiti: S.A. and "Ets." (etablissements) before a family
#    name.  Curacao: Book 2 Civil Code (N.V., B.V.); Aruba: N.V. and, since
#    2009, the V.B.A. (wtsaruba.com, imctrust.com, doingbusinessdutch
#    caribbean.com, arubaeconomicaffairs.aw).  Guadeloupe and Martinique:
#    French Code de commerce (SARL, SAS, EURL).
#  - Spanish naming: two surnames, the father's then the mother's
#    (Wikipedia "Spanish naming customs"); in daily use and on US forms
#    only the first is kept, or the two are hyphenated; "e" for "y"
#    before an i- word ("Perez e Hijos"; RAE); "Lcdo./Lcda." for lawyers
#    and "Dr./Dra." in Puerto Rico (common usage on office signs).
#  - Accents and n-tilde dropped: US keyboards in Florida and Puerto Rico
#    have no dead keys unless US-International is set, so techs type
#    "Compania", "Pena", "Clinica" (widely noted in Puerto Rican and
#    Dominican web forms and in the USPS address standard, Publication
#    28, which keeps no accents for Puerto Rican addresses).
#  - Haitian Creole spellings (Famasi, Legliz, Lekol, Boutik): the 1979
#    IPN orthography (Wikipedia "Haitian Creole"); Papiamentu (Botika,
#    Skol, Supermerkado) and Dutch (Apotheek, Tandarts) in Curacao and
#    Aruba (Wikipedia "Papiamento").
#  - Abbreviations (Assn., Mgmt, Svcs, Const., Dist., Intl, Corp, Cia,
#    Ste, Ave, Hnos.): USPS Publication 28 appendix C (street suffixes and
#    secondary unit designators: Ste, Unit, Ave, Plz) and the usual
#    business-name abbreviations on US state registries.
#  - MSP habits (session names typed in ScreenConnect's Name field, a
#    free text; ConnectWise ScreenConnect docs "Session properties"): a
#    site typed by its town after a dash or in brackets, a unit or suite,
#    store or branch numbers ("Store #12", "Sucursal 3"), names cut short,
#    all caps (Dominican and Puerto Rican registries print names in
#    capitals), typed on a phone (lower case, no punctuation, a fat
#    finger on QWERTY), the email domain, a contact's name.
#  - Machines as MSPs name them: a site or customer prefix with a role
#    and a number (FLAMB-RECEP01), Windows' DESKTOP-XXXXXXX and LAPTOP-
#    defaults (Microsoft's OOBE names), a role in the office's language
#    (RECEPCION, CAJA1, ACCUEIL, KASSA), a person's (DRA-RIVERA-LT).
#
# Kinds (shares of real rows, of 88, in REAL below): exact 9, case 5
# (all caps as DR/PR registries print names, or all lower), legal 8 (a
# form dropped, added, respelt: LLC/L.L.C., P.A./PA, C.S.P./PSC, S.R.L./
# SRL, C. por A./C x A, Ltd/Limited, N.V./NV, SARL/SAS), accents 7
# (accents and n-tilde dropped), translated 5 (the generic in the other
# language: Bufete Rivera / Rivera Law Firm, Farmacia / Pharmacy, Creole
# and Papiamentu ones), surname 4 (the two Spanish surnames cut to the
# first, hyphenated, or y dropped), connector 4 (& / and / y / e / et, de
# and del dropped), abbrev 6 (Assn., Mgmt, Svcs, Const., Dist., Intl,
# Cia, Condo, Hnos., Ets), site 3 (Suite, Unit, Local, a mall or avenue),
# branch 3 (Sucursal 3, Store #12, location 2, Succursale, Filiaal),
# town 5 (the site typed by its town: "- Hialeah", "(Bayamon)"), reorder
# 3 (generic moved, "Surname, First" for a practice), truncated 4,
# acronym 3, typo 6, two typos 2, phone 4 (lower case, no punctuation, a
# QWERTY slip), creole 2 (French <-> Haitian Creole, Dutch <->
# Papiamentu generic), person 3 (a contact's name and the firm, "Dra.
# Rivera office"), domain 2 (the email domain).  Impostors (one name in
# four; shares of 24): same surname 6 (Rodriguez, Garcia, Brown, Joseph,
# Pierre... with another trade: sharing a surname proves nothing), rare
# word 5 (a customer's rare word with another trade), franchise 3
# (another franchisee of a brand a customer is one of), namesake 3 (a
# customer's distinctive name in a sector of another group, often in
# another island's town), prospect 3 (a business not in Syncro yet),
# personal 2 (a tech's relative or a person's home PC), own staff 1 (the
# MSP's own), placeholder 1 ("Cliente nuevo", "walk-in", "test").
# Every row is checked with label-audit.py (all seven rules) and, for
# impostors, against a customer's name with one letter moved; a doubtful
# row is drawn again, and a kind that gives none clean in 60 customers is
# drawn again (so the counts move a little from the shares).  The
# generator's own label checks besides: a cut name no other customer's
# begins with; no translation, acronym or contact row for a name another
# customer of its sector group shares; no prospect or namesake impostor
# in a group where a customer has its name or surnames; no personal
# impostor that is a customer's contact's or in a customer's name.
# Machines: a real row is on one of its customer's assets 78%, another
# customer's 3%, an unknown DESKTOP-/LAPTOP- name otherwise; impostors on
# unknown machines, a shared role name (RECEPCION, FRONTDESK) 15%, the
# MSP's own (ITS-MIA-LT04) for its staff.
import bisect
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import screenconnect_record as scr  # noqa: E402

la = scr.label_audit()

# region: (desk, share, langs with weights, legal forms with weights,
# towns (city, state, zip prefix)).
REGIONS = {
	"FL": ("MIA", 30, (("en", 55), ("es", 45)),
		(("LLC", 28), ("Inc.", 18), ("L.L.C.", 5), ("Corp.", 10),
		("Corp", 3), ("P.A.", 9), ("PLLC", 5), ("LLP", 2), ("", 20)),
		(("Miami", "FL", "331"), ("Hialeah", "FL", "330"),
		("Doral", "FL", "331"), ("Kendall", "FL", "331"),
		("Coral Gables", "FL", "331"), ("Homestead", "FL", "330"),
		("Miami Beach", "FL", "331"), ("Fort Lauderdale", "FL", "333"),
		("Hollywood", "FL", "330"), ("Pembroke Pines", "FL", "330"),
		("West Palm Beach", "FL", "334"), ("Boca Raton", "FL", "334"),
		("Orlando", "FL", "328"), ("Kissimmee", "FL", "347"),
		("Tampa", "FL", "336"), ("Miami Lakes", "FL", "330"))),
	"PR": ("SJU", 22, (("es", 80), ("en", 20)),
		(("LLC", 26), ("Inc.", 18), ("Corp.", 14), ("C.S.P.", 10),
		("CSP", 4), ("P.S.C.", 3), ("LLP", 2), ("", 23)),
		(("San Juan", "PR", "009"), ("Bayamón", "PR", "009"),
		("Carolina", "PR", "009"), ("Guaynabo", "PR", "009"),
		("Caguas", "PR", "007"), ("Ponce", "PR", "007"),
		("Mayagüez", "PR", "006"), ("Arecibo", "PR", "006"),
		("Humacao", "PR", "007"), ("Trujillo Alto", "PR", "009"),
		("Dorado", "PR", "006"), ("Fajardo", "PR", "007"))),
	"DR": ("SDQ", 16, (("es", 100),),
		(("S.R.L.", 36), ("SRL", 10), ("S.A.", 14), ("S.A.S.", 8),
		("C. por A.", 8), ("E.I.R.L.", 4), ("", 20)),
		(("Santo Domingo", "Distrito Nacional", "10"),
		("Santo Domingo Este", "Santo Domingo", "11"),
		("Santiago de los Caballeros", "Santiago", "51"),
		("La Romana", "La Romana", "22"), ("Punta Cana", "La Altagracia", "23"),
		("San Pedro de Macorís", "San Pedro de Macorís", "21"),
		("Puerto Plata", "Puerto Plata", "57"), ("La Vega", "La Vega", "41"),
		("Higüey", "La Altagracia", "23"))),
	"JM": ("MIA", 6, (("en", 100),),
		(("Ltd.", 34), ("Limited", 26), ("Co. Ltd.", 6), ("", 34)),
		(("Kingston", "St. Andrew", ""), ("Montego Bay", "St. James", ""),
		("Ocho Rios", "St. Ann", ""), ("Mandeville", "Manchester", ""),
		("Spanish Town", "St. Catherine", ""), ("Portmore", "St. Catherine", ""),
		("Negril", "Westmoreland", ""))),
	"TT": ("MIA", 4, (("en", 100),),
		(("Ltd.", 30), ("Limited", 34), ("Co. Ltd.", 6), ("", 30)),
		(("Port of Spain", None, ""), ("San Fernando", None, ""),
		("Chaguanas", None, ""), ("Arima", None, ""), ("Couva", None, ""))),
	"BB": ("MIA", 3, (("en", 100),),
		(("Ltd.", 32), ("Limited", 30), ("Inc.", 8), ("", 30)),
		(("Bridgetown", "St. Michael", "BB11"), ("Speightstown", "St. Peter", "BB26"),
		("Holetown", "St. James", "BB24"), ("Oistins", "Christ Church", "BB15"))),
	"BS": ("MIA", 4, (("en", 100),),
		(("Ltd.", 34), ("Limited", 24), ("Co. Ltd.", 6), ("", 36)),
		(("Nassau", "New Providence", ""), ("Freeport", "Grand Bahama", ""),
		("Marsh Harbour", "Abaco", ""))),
	"HT": ("SDQ", 4, (("fr", 70), ("ht", 30)),
		(("S.A.", 40), ("SA", 10), ("", 50)),
		(("Port-au-Prince", "Ouest", "HT61"), ("Pétion-Ville", "Ouest", "HT61"),
		("Delmas", "Ouest", "HT61"), ("Cap-Haïtien", "Nord", "HT11"),
		("Jacmel", "Sud-Est", "HT91"), ("Les Cayes", "Sud", "HT81"))),
	"CW": ("SJU", 4, (("nl", 35), ("pap", 35), ("en", 20), ("es", 10)),
		(("N.V.", 40), ("NV", 12), ("B.V.", 14), ("", 34)),
		(("Willemstad", None, ""), ("Punda", None, ""), ("Otrobanda", None, ""),
		("Pietermaai", None, ""), ("Salinja", None, ""))),
	"AW": ("SJU", 3, (("pap", 40), ("nl", 25), ("en", 25), ("es", 10)),
		(("N.V.", 36), ("V.B.A.", 18), ("VBA", 6), ("", 40)),
		(("Oranjestad", None, ""), ("San Nicolas", None, ""), ("Noord", None, ""),
		("Santa Cruz", None, ""), ("Paradera", None, ""))),
	"GP": ("SJU", 2, (("fr", 100),),
		(("SARL", 40), ("SAS", 24), ("EURL", 10), ("", 26)),
		(("Pointe-à-Pitre", "Guadeloupe", "971"), ("Les Abymes", "Guadeloupe", "971"),
		("Baie-Mahault", "Guadeloupe", "971"), ("Le Gosier", "Guadeloupe", "971"),
		("Basse-Terre", "Guadeloupe", "971"))),
	"MQ": ("SJU", 2, (("fr", 100),),
		(("SARL", 40), ("SAS", 24), ("EURL", 10), ("", 26)),
		(("Fort-de-France", "Martinique", "972"), ("Le Lamentin", "Martinique", "972"),
		("Schœlcher", "Martinique", "972"), ("Le Robert", "Martinique", "972"),
		("Le François", "Martinique", "972"))),
}
CULTURE = {"FL": "his", "PR": "his", "DR": "his", "JM": "eng", "TT": "tt",
	"BB": "eng", "BS": "eng", "HT": "hai", "CW": "cur", "AW": "cur",
	"GP": "ant", "MQ": "ant"}
SURNAMES = {
	"his": "Rodríguez García Pérez Martínez Hernández González López Díaz "
		"Ramírez Sánchez Gómez Jiménez Álvarez Vázquez Muñoz Núñez Peña "
		"Ibáñez Ordóñez Colón Cortés Márquez Méndez Fernández Suárez "
		"Benítez Domínguez Rosario Rivera Torres Ortiz Cruz Morales Reyes "
		"Santiago Figueroa Acevedo Marrero Quiñones Maldonado Meléndez "
		"Medina Burgos Carrasquillo Vélez Negrón Pagán Cintrón Santana "
		"Mercedes Almonte Tavárez Batista Paulino Féliz Polanco Báez "
		"Guzmán Tejada Espaillat Castillo Ventura Abreu Brito Cabrera "
		"Otero Rosado Nieves Serrano Villanueva Montañez Arroyo Soto "
		"Bonilla Ayala Feliciano Cardona Velázquez Irizarry Caraballo "
		"Lugo Vargas Cuevas Guerrero Estévez Valdez Frías Jáquez "
		"Hidalgo Taveras Ovalle Sosa Acosta Betancourt Echevarría".split(),
	"eng": "Brown Williams Campbell Thompson Clarke Smith Johnson Grant "
		"Reid Bailey Francis Edwards Morgan Lewis Gordon Stewart Walker "
		"Wright Robinson Henry Barrett Powell Hall Forbes McKenzie Chin "
		"Mahfood Issa Greaves Worrell Holder Gittens Alleyne Best "
		"Knowles Rolle Ferguson Cartwright Pinder Bethel Sands Moss "
		"Nembhard Samuels Beckford Ellis Blackwood Haughton".split(),
	"tt": "Maharaj Persad Ramsaran Rampersad Mohammed Ali Singh Ramdass "
		"Boodoo Chang Williams Joseph Charles Baptiste Hosein Ramkissoon "
		"Seepersad Khan Lewis Roberts Sookram Gomes".split(),
	"hai": "Joseph Pierre Jean-Baptiste Louis Charles Étienne Désir "
		"Toussaint Célestin Augustin François Michel Dorsainvil Dorvil "
		"Saint-Fleur Jean-Louis Hyppolite Lamothe Moïse Bien-Aimé Noël "
		"Fils-Aimé Cadet Paul Philippe Jean Exantus Valcourt".split(),
	"cur": "Martina Maduro Curiel Statia Isenia Hooi Croes Kock Tromp "
		"Eman Geerman Wever Arends Dirksz Winklaar Leito Rosaria "
		"Pietersz Oduber Lacle Thijsen Ras Werleman Henriquez Capriles "
		"Jesurun Mercera Koolman Schotborgh".split(),
	"ant": "Marie-Sainte Larcher Pelage Beaujour Lubin Nadeau Jean-Marie "
		"Bellemare Lise Fortuné Rosier Clotilde Calixte Jules Laguerre "
		"Sainte-Rose Jalta Agathe Edmond Moutou Saint-Louis Bellance "
		"Romana Ursulet Zébus".split(),
}
FIRSTS = {
	"his": "José Juan Luis Carlos Jorge Miguel Ángel Rafael Ramón Pedro "
		"Francisco Héctor Wilfredo Yamil Alexis Frank María Carmen Ana "
		"Luz Gladys Yolanda Ivelisse Marisol Yesenia Nilda Glorimar "
		"Mildred Xiomara Yokasta Franchesca Dayanara".split(),
	"eng": "Andre Marlon Dwayne Kevin Michael Paul Richard Omar Damion "
		"Tanya Kerry-Ann Simone Nadine Sherine Latoya Patrice Janice "
		"Keisha Rochelle Sandra".split(),
	"tt": "Ravi Anil Vishnu Ryan Darren Sharda Kamla Indira Nalini Shivani "
		"Kevin Marcia Roger Jason".split(),
	"hai": "Jean Pierre Wilner Jacques Fritz Réginald Ernst Marc Ketly "
		"Nadège Mirlande Rose-Marie Widline Fabienne Guerda Yves".split(),
	"cur": "Gregory Humphrey Ruben Eldrick Jurick Giselle Suhenny Natasja "
		"Shurandy Jair Mirella Ivonne Edsel".split(),
	"ant": "Jean-Claude Didier Thierry Régis Maryse Sylvie Josiane Fabrice "
		"Nathalie Karine Max Olivier".split(),
}
# The surnames a careful person knows prove nothing (impostor kind).
COMMON = ("Rodríguez García Pérez Martínez Rivera González Hernández López "
	"Brown Williams Smith Campbell Joseph Pierre Charles Louis Jean "
	"Mohammed Ali Singh Martina Maduro Reyes Cruz").split()

RARE = ("Flamboyán Coquí Yunque Borinquen Quisqueya Anacaona Ceiba "
	"Guayacán Tamarindo Caoba Cibao Xaymaca Kiskadee Hibiscus Frangipani "
	"Manatee Mangrove Seagrape Sargasso Poinciana Breadfruit Ackee Dushi "
	"Kunuku Trupial Watapana Lakou Soley Lespwa Karukera Madinina Lambi "
	"Palmetto Biscayne Calypso Guinep Bohío Batey Conuco Guajataca Cemí "
	"Higüero Areyto Jobos Mabí Guaraguao Pitirre Yagrumo Ausubo Cayena "
	"Bucare Icacos Tortuga Marlin Pelican Barracuda Egret Ibis Heron "
	"Osprey Tarpon Snook Cacique Amapola Gardenia Orquídea Azucena "
	"Jazmín Mango Papaya Guanábana Acerola Quenepa Pomarrosa Tradewinds "
	"Sandpiper Bonefish Sunrise").split()
# Spanish place-like names: a noun (gender and number) and a modifier
# that agrees with it.
ES_A = (("Brisas", "fp"), ("Palmas", "fp"), ("Vista", "f"), ("Costa", "f"),
	("Monte", "m"), ("Bahía", "f"), ("Playa", "f"), ("Villa", "f"),
	("Jardines", "mp"), ("Lomas", "fp"), ("Valle", "m"), ("Puerta", "f"),
	("Estrella", "f"), ("Fuente", "f"), ("Torre", "f"), ("Paseo", "m"),
	("Mirador", "m"), ("Cielo", "m"), ("Cerro", "m"), ("Arena", "f"))
ES_B = ("del Mar|del Sol|Azul|Verde|Real|Dorad-|del Caribe|del Norte|de Oro|"
	"Bonit-|Lind-|del Este|Seren-|Tropical|del Río|Hermos-|Escondid-|"
	"Alt-").split("|")
PLURAL = {"Azul": "Azules", "Verde": "Verdes", "Real": "Reales",
	"Tropical": "Tropicales"}
EN_A = ("Ocean Palm Coral Sunset Harbour Bay Island Tropical Blue Golden "
	"Sea Royal Sand Emerald Crystal Silver").split()
EN_B = ("Breeze Grove Reef View Point Lagoon Cove Key Shores Gardens "
	"Pointe Isle Haven Ridge Sands Dunes Palms Vista").split()
SAINTS = {
	"es": ("San José|Santa Rosa|San Judas Tadeo|Nuestra Señora de la "
		"Altagracia|La Milagrosa|Santa Teresita|San Martín de Porres|"
		"Sagrado Corazón|La Merced|Cristo Rey|Santa Ana|San Rafael|"
		"Divina Providencia|Monte Sinaí|Getsemaní|Betania|El Buen Pastor|"
		"Santísima Trinidad|San Antonio|Santa Bárbara").split("|"),
	"en": ("St. Andrew|St. Mary|St. George|St. Peter|Holy Trinity|"
		"Mount Zion|Calvary|Grace|Emmanuel|Bethel|Good Shepherd|"
		"Sacred Heart|New Testament|Open Bible|Faith Tabernacle").split("|"),
	"fr": ("Sacré-Cœur|Saint-Louis|Notre-Dame|Sainte-Thérèse|Saint-Joseph|"
		"Saint-Pierre|Immaculée Conception|Bon Berger|Sainte-Anne|"
		"Saint-Gérard").split("|"),
	"ht": ("Bondye Bon|Bon Berje|Sen Jozef|Sen Jera|Lavi Nouvo|"
		"Kris Wa").split("|"),
	"nl": "Sint Jozef|Santa Famia|Sint Anna|Maria Auxiliadora".split("|"),
	"pap": "Santa Famia|San Hose|Maria Auxiliadora|Santu Rosa".split("|"),
}
SAINTS["his"] = SAINTS["es"]

# Generic words of a sector by language: (lang, text, "pre" | "post").
G = {
	"medical": (("es", "Centro Médico", "pre"), ("es", "Clínica", "pre"),
		("es", "Consultorio Médico", "pre"), ("es", "Centro de Salud", "pre"),
		("en", "Medical Center", "post"), ("en", "Family Medicine", "post"),
		("en", "Medical Group", "post"), ("en", "Pediatrics", "post"),
		("fr", "Clinique", "pre"), ("fr", "Cabinet Médical", "pre"),
		("ht", "Klinik", "pre"), ("nl", "Huisartsenpraktijk", "pre"),
		("pap", "Sentro Médiko", "pre")),
	"dental": (("es", "Clínica Dental", "pre"), ("es", "Oficina Dental", "pre"),
		("es", "Centro Dental", "pre"), ("en", "Dental Care", "post"),
		("en", "Family Dentistry", "post"), ("en", "Dental Group", "post"),
		("fr", "Cabinet Dentaire", "pre"), ("ht", "Klinik Dantè", "pre"),
		("nl", "Tandartspraktijk", "pre"), ("pap", "Dentista", "pre")),
	"pharmacy": (("es", "Farmacia", "pre"), ("en", "Pharmacy", "post"),
		("en", "Drugs", "post"), ("fr", "Pharmacie", "pre"),
		("ht", "Famasi", "pre"), ("nl", "Apotheek", "pre"),
		("pap", "Botika", "pre")),
	"law": (("es", "Bufete", "pre"), ("es", "Abogados", "post"),
		("es", "Oficina Legal", "pre"), ("es", "Notaría", "pre"),
		("en", "Law Firm", "post"), ("en", "Law Group", "post"),
		("en", "Law Offices", "post"), ("fr", "Cabinet", "pre"),
		("ht", "Biwo Avoka", "pre"), ("nl", "Advocatenkantoor", "pre"),
		("nl", "Notariskantoor", "pre"), ("pap", "Ofisina di Abogado", "pre")),
	"cpa": (("es", "Contadores", "pre"), ("es", "Oficina de Contabilidad", "pre"),
		("en", "CPA Firm", "post"), ("en", "Accounting Services", "post"),
		("en", "Chartered Accountants", "post"), ("en", "Tax & Accounting", "post"),
		("fr", "Cabinet Comptable", "pre"), ("ht", "Biwo Kontab", "pre"),
		("nl", "Accountantskantoor", "pre"), ("pap", "Ofisina di Kontabilidat", "pre")),
	"insurance": (("es", "Seguros", "pre"), ("es", "Agencia de Seguros", "pre"),
		("en", "Insurance Agency", "post"), ("en", "Insurance Brokers", "post"),
		("en", "Insurance Services", "post"), ("fr", "Assurances", "pre"),
		("ht", "Asirans", "pre"), ("nl", "Verzekeringen", "post"),
		("pap", "Seguro", "pre")),
	"realty": (("es", "Inmobiliaria", "pre"), ("es", "Bienes Raíces", "pre"),
		("en", "Realty", "post"), ("en", "Real Estate", "post"),
		("en", "Property Management", "post"), ("en", "Properties", "post"),
		("fr", "Agence Immobilière", "pre"), ("ht", "Ajans Imobilye", "pre"),
		("nl", "Vastgoed", "post"), ("pap", "Makelaar", "post")),
	"hoa": (("es", "Condominio", "pre"), ("es", "Consejo de Titulares Condominio", "pre"),
		("es", "Asociación de Residentes", "pre"),
		("en", "Condominium Association, Inc.", "post"),
		("en", "Homeowners Association, Inc.", "post"),
		("en", "Towers Condominium Association", "post"),
		("fr", "Résidence", "pre"), ("ht", "Rezidans", "pre"),
		("nl", "Vereniging van Eigenaars", "pre"), ("pap", "Asosiashon di Doño", "pre")),
	"marina": (("es", "Marina", "pre"), ("es", "Club Náutico", "pre"),
		("en", "Marina", "post"), ("en", "Yacht Services", "post"),
		("en", "Boatyard", "post"), ("en", "Marine Services", "post"),
		("fr", "Chantier Naval", "pre"), ("ht", "Wòf", "pre"),
		("nl", "Jachthaven", "pre"), ("pap", "Marina", "pre")),
	"hotel": (("es", "Hotel", "pre"), ("es", "Hostal", "pre"),
		("es", "Parador", "pre"), ("en", "Guest House", "post"),
		("en", "Resort & Spa", "post"), ("en", "Beach Resort", "post"),
		("en", "Inn", "post"), ("en", "Villas", "post"),
		("fr", "Hôtel", "pre"), ("fr", "Auberge", "pre"), ("ht", "Otèl", "pre"),
		("nl", "Appartementen", "post"), ("pap", "Apartamentonan", "post")),
	"food": (("es", "Restaurante", "pre"), ("es", "Cafetería", "pre"),
		("es", "Panadería", "pre"), ("es", "Lechonera", "pre"),
		("en", "Restaurant", "post"), ("en", "Bar & Grill", "post"),
		("en", "Jerk Centre", "post"), ("en", "Bakery", "post"),
		("fr", "Restaurant", "pre"), ("fr", "Boulangerie", "pre"),
		("ht", "Restoran", "pre"), ("ht", "Boulanjri", "pre"),
		("nl", "Bakkerij", "pre"), ("pap", "Snèk", "pre")),
	"church": (("es", "Iglesia", "pre"), ("es", "Iglesia Pentecostal", "pre"),
		("es", "Parroquia", "pre"), ("es", "Ministerio", "pre"),
		("en", "Baptist Church", "post"), ("en", "Church of God", "post"),
		("en", "Ministries", "post"), ("en", "Church", "post"),
		("fr", "Église", "pre"), ("fr", "Église Baptiste", "pre"),
		("ht", "Legliz", "pre"), ("ht", "Legliz Batis", "pre"),
		("nl", "Kerk", "pre"), ("pap", "Misa", "pre")),
	"school": (("es", "Colegio", "pre"), ("es", "Academia", "pre"),
		("es", "Escuela", "pre"), ("en", "Academy", "post"),
		("en", "Preparatory School", "post"), ("en", "Christian School", "post"),
		("fr", "École", "pre"), ("fr", "Collège", "pre"),
		("fr", "Institution", "pre"), ("ht", "Lekòl", "pre"),
		("nl", "Basisschool", "pre"), ("pap", "Skol", "pre")),
	"build": (("es", "Constructora", "pre"), ("es", "Techos", "pre"),
		("en", "Construction", "post"), ("en", "Roofing", "post"),
		("en", "General Contractors", "post"), ("en", "Builders", "post"),
		("fr", "Entreprise Générale", "pre"), ("ht", "Konstriksyon", "pre"),
		("nl", "Bouwbedrijf", "pre"), ("pap", "Konstrukshon", "pre")),
	"freight": (("es", "Agencia Aduanal", "pre"), ("es", "Agencia de Carga", "pre"),
		("en", "Freight Forwarders", "post"), ("en", "Customs Brokers", "post"),
		("en", "Shipping", "post"), ("en", "Logistics", "post"),
		("en", "Cargo Services", "post"), ("fr", "Transit", "pre"),
		("ht", "Ajans Transpò", "pre"), ("nl", "Expeditie", "post"),
		("pap", "Kargo", "post")),
	"trade": (("es", "Distribuidora", "pre"), ("es", "Importadora", "pre"),
		("es", "Comercial", "pre"), ("en", "Distributors", "post"),
		("en", "Import Export", "post"), ("en", "Wholesale", "post"),
		("en", "International Distributors", "post"),
		("fr", "Établissements", "pre"), ("ht", "Depo", "pre"),
		("nl", "Groothandel", "pre"), ("pap", "Distribuidor", "pre")),
	"grocery": (("es", "Colmado", "pre"), ("es", "Supermercado", "pre"),
		("es", "Minimarket", "pre"), ("es", "Colmado & Deli", "pre"),
		("en", "Supermarket", "post"), ("en", "Grocery & Deli", "post"),
		("en", "Mini Mart", "post"), ("fr", "Supérette", "pre"),
		("fr", "Épicerie", "pre"), ("ht", "Boutik", "pre"),
		("nl", "Supermarkt", "post"), ("pap", "Supermerkado", "pre")),
}
SECTOR_SHARE = (("medical", 9), ("dental", 6), ("pharmacy", 7), ("law", 8),
	("cpa", 6), ("insurance", 5), ("realty", 6), ("hoa", 6), ("marina", 3),
	("hotel", 6), ("food", 7), ("church", 5), ("school", 4), ("build", 6),
	("freight", 4), ("trade", 5), ("grocery", 6), ("town", 1),
	("franchise", 3))
PROF = {"medical", "dental", "law", "cpa"}
# Sectors whose namesakes may be one business (a hotel's restaurant, a
# medical centre's pharmacy, a parish's school): an impostor namesake
# takes a sector outside its customer's group.
GROUP = {"hotel": 1, "food": 1, "marina": 1, "medical": 2, "dental": 2,
	"pharmacy": 2, "hoa": 3, "realty": 3, "build": 3, "trade": 4,
	"grocery": 4, "freight": 4, "church": 5, "school": 5, "law": 6,
	"cpa": 6, "insurance": 6, "town": 7, "franchise": 8}


def corekey(c):
	return (la.key(c["core"]["text"]), GROUP[c["sector"]])
# Which core a sector takes: surnames, a rare word or phrase, a saint.
CORE = {"medical": (("sur", 4), ("rare", 3), ("person", 3)),
	"dental": (("sur", 5), ("rare", 3), ("person", 2)),
	"pharmacy": (("sur", 3), ("rare", 5), ("saint", 2)),
	"law": (("sur2", 6), ("sur", 2), ("person", 2)),
	"cpa": (("sur2", 5), ("sur", 3), ("person", 2)),
	"insurance": (("sur", 6), ("rare", 4)),
	"realty": (("rare", 6), ("sur", 4)),
	"hoa": (("rare", 10),),
	"marina": (("rare", 10),),
	"hotel": (("rare", 9), ("sur", 1)),
	"food": (("rare", 6), ("sur", 4)),
	"church": (("saint", 7), ("rare", 3)),
	"school": (("saint", 5), ("rare", 5)),
	"build": (("sur", 7), ("rare", 3)),
	"freight": (("rare", 5), ("sur", 5)),
	"trade": (("sur", 5), ("rare", 5)),
	"grocery": (("sur", 5), ("rare", 5))}
# Local government as it is named: Florida's cities, Puerto Rico's
# municipios, Dominican ayuntamientos, Jamaica's parish municipal
# corporations (parish councils before 2016), Trinidad's regional and
# city corporations, Haitian and French mairies.
TOWNHALL = {"FL": ("City of %s", "Town of %s"), "PR": ("Municipio de %s",
	"Municipio Autónomo de %s", "Gobierno Municipal de %s"), "DR":
	("Ayuntamiento de %s", "Ayuntamiento Municipal de %s"), "JM":
	("%s Municipal Corporation", "%s Parish Council"), "TT":
	("%s City Corporation", "%s Regional Corporation"), "HT":
	("Mairie de %s", "Meri %s"), "GP": ("Mairie de %s", "Ville de %s"),
	"MQ": ("Mairie de %s", "Ville de %s")}
PROF_FORMS = {"P.A.", "PA", "PLLC", "LLP", "C.S.P.", "CSP", "P.S.C."}
FEMALE = set("María Carmen Ana Luz Gladys Yolanda Ivelisse Marisol Yesenia "
	"Nilda Glorimar Mildred Xiomara Yokasta Franchesca Dayanara Tanya "
	"Kerry-Ann Simone Nadine Sherine Latoya Patrice Janice Keisha Rochelle "
	"Sandra Sharda Kamla Indira Nalini Shivani Marcia Ketly Nadège "
	"Mirlande Rose-Marie Widline Fabienne Guerda Giselle Suhenny Natasja "
	"Mirella Ivonne Maryse Sylvie Josiane Nathalie Karine".split())
BRANDS = ("Island Smiles", "Tropi Tire & Lube", "Caribe Copy Center",
	"Sunshine Rx", "Brisa Laundromat", "Quick Stop Mart", "Pollo Dorado",
	"Pan Caliente", "Smart Kids Learning Center", "Coral Fitness",
	"Sabor Criollo", "Ice Cold Smoothies", "Blue Wave Car Wash",
	"Kwik Kopy Print")
# Impostor trades: other businesses a technician meets.
# (English ones after the name, Spanish and French ones before it.)
TRADES_AFTER = ("Auto Repair|Barber Shop|Travel Agency|Beauty "
	"Salon|Funeral Home|Car Wash|Tire Shop|Florist|Laundry|Pet Grooming|"
	"Plumbing|Electric|AC Repair|Pool Service|Lawn Care|Multi Services|"
	"Car Rental|Gym|Boutique|Liquor Store|Hardware|Cell Phones|Pawn Shop|"
	"Tattoo|Upholstery|Locksmith").split("|")
TRADES_BEFORE = ("Taller de Mecánica|Barbería|Salón de Belleza|Funeraria|"
	"Floristería|Lavandería|Gomera|Ferretería|Mueblería|Óptica|Agencia de "
	"Viajes|Multiservicios|Kiosko|Garage|Salon de Coiffure|"
	"Quincaillerie|Pompes Funèbres|Auto-École").split("|")


def trade(rng, word):
	if rng.random() < 0.6:
		return word + " " + rng.choice(TRADES_AFTER)
	return rng.choice(TRADES_BEFORE) + " " + word
# The MSP itself is "Isla Tech Solutions" (ITS): its staff's sessions.
TECHS = {"MIA": ["Carlos Mendez", "Ashley Rivera", "Daniel Pierre",
	"Kevin Thompson", "Yanelis Ortega"],
	"SJU": ["Jose Luis Colon", "Glorimar Vega", "Edwin Santiago",
	"Natasja Martina"],
	"SDQ": ["Franklin Peralta", "Yokasta Jimenez", "Wilner Joseph"]}

# Abbreviations techs type (USPS Pub. 28 and registry usage).
ABBR = {"association": ("Assn.", "Assn", "Assoc."), "management": ("Mgmt",
	"Mgmt."), "services": ("Svcs", "Svc"), "construction": ("Const.",
	"Constr"), "distributors": ("Dist.", "Distr."), "international":
	("Intl", "Int'l"), "corporation": ("Corp",), "compañía": ("Cia",
	"Cía."), "condominium": ("Condo",), "condominio": ("Cond.", "Condo"),
	"asociación": ("Asoc.",), "insurance": ("Ins.", "Ins"), "property":
	("Prop.",), "medical": ("Med",), "center": ("Ctr",), "centro": ("Ctro",),
	"médico": ("Med.",), "brothers": ("Bros",), "hermanos": ("Hnos.",
	"Hnos"), "saint": ("St.",), "santa": ("Sta.",), "accounting":
	("Acctg",), "doctor": ("Dr.",), "supermercado": ("Super",
	"Supmdo"), "pharmacy": ("Pharm",), "farmacia": ("Farm.",),
	"ministries": ("Min.",), "homeowners": ("HOA",), "towers": ("Twrs",),
	"apartments": ("Apts",), "family": ("Fam.",), "dentistry": ("Dent.",),
	"general": ("Gen.",), "contractors": ("Contr.",), "agencia": ("Agcia",),
	"iglesia": ("Igl.",), "distribuidora": ("Dist.", "Distrib."),
	"importadora": ("Imp.",), "établissements": ("Ets", "Ets."),
	"etablissements": ("Ets",), "preparatory": ("Prep",),
	"logistics": ("Logistic",), "resort": ("Rsrt",)}
CONNECT = {"&": ("and", "y", "+", "n"), "y": ("&", "and"), "and": ("&", "y"),
	"e": ("&", "y"), "et": ("&",)}
QWERTY = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def pick(rng, pairs):
	"""A weighted choice from [(value, weight)]."""
	return rng.choices([v for v, _ in pairs], [w for _, w in pairs])[0]


fold = la.fold	# accents off, as the audit reads them


class Gen:
	"""The population: custs and the indexes the rows are drawn with."""


def core_for(rng, kind, cc, lang):
	cul = CULTURE[cc]
	if cc == "FL" and lang == "en" and rng.random() < 0.5:
		cul = "eng"
	if kind in ("sur", "sur2", "person"):
		s = rng.choice(SURNAMES[cul])
		if kind == "sur2":
			t = rng.choice(SURNAMES[cul])
			if t == s:
				return None
			if cul == "his":
				j = rng.choice((" ", " ", " & ", " y ", "-"))
				return {"t": "sur", "text": s + j + t, "sur": [s, t]}
			return {"t": "sur", "text": s + " & " + t, "sur": [s, t]}
		if kind == "sur" and cul == "his" and rng.random() < 0.35:
			t = rng.choice(SURNAMES[cul])
			if t != s:
				return {"t": "sur", "text": s + " " + t, "sur": [s, t]}
		if kind == "person":
			f = rng.choice(FIRSTS[cul])
			t = rng.choice(SURNAMES[cul]) if cul == "his" and \
				rng.random() < 0.6 else ""
			return {"t": "person", "first": f, "sur": [s] + ([t] if t and
				t != s else []), "text": " ".join([f, s] +
				([t] if t and t != s else []))}
		return {"t": "sur", "text": s, "sur": [s]}
	if kind == "saint":
		sl = lang if lang in SAINTS else "en"
		return {"t": "saint", "text": rng.choice(SAINTS[sl]), "sur": []}
	r = rng.random()
	if r < 0.45:
		return {"t": "rare", "text": rng.choice(RARE), "sur": []}
	if lang == "es" or (lang == "pap" and r < 0.7):
		return {"t": "rare", "text": es_place(rng), "sur": []}
	if lang in ("fr", "ht", "nl") and r < 0.8:
		return {"t": "rare", "text": rng.choice(RARE), "sur": []}
	a, b = rng.choice(EN_A), rng.choice(EN_B)
	if a[:4] == b[:4]:
		return None
	return {"t": "rare", "text": a + " " + b, "sur": []}


def es_place(rng):
	n, gn = rng.choice(ES_A)
	m = rng.choice(ES_B)
	if m.endswith("-"):
		m = m[:-1] + {"m": "o", "f": "a", "mp": "os", "fp": "as"}[gn]
	elif gn in ("mp", "fp"):
		m = PLURAL.get(m, m)
	return n + " " + m


def render(c, gen=None, legal=None):
	"""The customer's name with generic gen and legal form legal."""
	gen = gen or c["gen"]
	legal = c["legal"] if legal is None else legal
	core = c["core"]["text"]
	if c["sector"] == "town":
		return c["name"]
	if c["sector"] == "franchise":
		base = c["brand"] + " " + c["site"]
	elif c["core"]["t"] == "person" and c.get("title"):
		base = c["title"] % core
	elif gen[2] == "pre":
		base = gen[1] + " " + core
	else:
		base = core + " " + gen[1]
	if legal and ", Inc." not in base:
		sep = ", " if legal in ("Inc.", "LLC", "P.A.", "Ltd.") and \
			c["rng_comma"] else " "
		base += sep + legal
	return base


PERSON_TITLES = {"medical": ("%s, MD", "%s MD", "Dr. %s"),
	"dental": ("%s, DDS", "%s DMD", "Dra. %s"),
	"law": ("Lcdo. %s", "Law Office of %s", "%s, Esq."),
	"cpa": ("%s, CPA", "%s CPA")}


def make_customer(rng, g, cc):
	desk, _, langs, legals, towns = REGIONS[cc]
	lang = pick(rng, langs)
	sector = pick(rng, SECTOR_SHARE)
	# the desk's own city first: Miami, San Juan, Santo Domingo ...
	town = towns[min(int(rng.expovariate(0.6)), len(towns) - 1)]
	c = {"cc": cc, "lang": lang, "sector": sector, "town": town,
		"desk": desk, "rng_comma": rng.random() < 0.4, "title": None}
	legal = pick(rng, legals)
	if legal in PROF_FORMS and sector not in PROF:
		legal = pick(rng, [x for x in legals if x[0] not in PROF_FORMS])
	if sector in ("church", "school", "hoa"):
		# not-for-profit corporations: "Inc." in Florida and Puerto Rico
		legal = rng.choice(("Inc.", "", "")) if cc in ("FL", "PR") else \
			rng.choice(("Ltd.", "", "")) if cc in ("JM", "BS") else ""
	if sector == "town":
		pats = TOWNHALL.get(cc)
		if not pats:
			return None
		place = town[1] if cc == "JM" else town[0]
		c["name"] = rng.choice(pats) % place
		c["core"] = {"t": "town", "text": place, "sur": []}
		c["gen"] = ("", "", "pre")
		c["legal"] = ""
		return c
	if sector == "franchise":
		c["brand"] = rng.choice(BRANDS)
		c["site"] = rng.choice((town[0], town[0], "#%d" % rng.randint(2, 60)))
		c["core"] = {"t": "brand", "text": c["brand"], "sur": []}
		c["gen"] = ("en", "", "post")
		c["legal"] = legal
		return c
	kind = pick(rng, CORE[sector])
	core = core_for(rng, kind, cc, lang)
	if core is None:
		return None
	if core is None:
		return None
	c["core"] = core
	gens = [x for x in G[sector] if x[0] == lang] or \
		[x for x in G[sector] if x[0] == "en"]
	c["gen"] = rng.choice(gens)
	if core["t"] == "person":
		fem = core["first"] in FEMALE
		c["title"] = rng.choice(PERSON_TITLES[sector])
		if fem:
			c["title"] = c["title"].replace("Dr.", "Dra.").replace(
				"Lcdo.", "Lcda.")
		else:
			c["title"] = c["title"].replace("Dra.", "Dr.")
		legal = rng.choice({"FL": ("P.A.", "PA", "PLLC", ""), "PR": ("C.S.P.",
			"CSP", "LLC", "")}.get(cc, ("",)))
	if sector == "hoa" and "Inc." in c["gen"][1]:
		legal = ""
	if cc == "DR" and core["t"] == "sur" and sector in ("trade", "build",
			"grocery", "law", "cpa", "food", "freight") and \
			rng.random() < 0.2:
		core["text"] = core["text"] + rng.choice((" e Hijos", " & Asociados",
			" y Asociados", " Hermanos"))
	if lang == "fr" and cc == "HT" and sector == "trade":
		c["gen"] = ("fr", "Ets.", "pre")
	c["legal"] = legal
	return c


def addr(rng, c):
	cc, town = c["cc"], c["town"]
	n = rng.randint(1, 9800)
	if cc == "FL":
		st = rng.randint(1, 157)
		a = "%d %s %d%s %s" % (n, rng.choice(("NW", "SW", "NE", "SE", "W",
			"N")), st, ordinal(st), rng.choice(("St", "Ave", "Ct", "Terrace",
			"Blvd")))
		a2 = rng.choice((None, None, "Suite %d" % rng.randint(100, 900),
			"Unit %d" % rng.randint(1, 40), "Ste %d" % rng.randint(100, 400)))
	elif cc == "PR":
		a = rng.choice(("Calle %s %d" % (rng.choice(("Luna", "Sol",
			"Fortaleza", "Loíza", "San Francisco", "Méndez Vigo")), n % 400),
			"Ave. Ponce de León %d" % (n % 2000), "Carr. %d Km %d.%d" %
			(rng.randint(1, 199), rng.randint(1, 40), rng.randint(0, 9))))
		a2 = rng.choice((None, "Urb. %s" % rng.choice(["Villa Carolina",
			"Santa Rosa", "Levittown", "Villa Fontana",
			"Río Piedras Heights"]), "Local %d" % rng.randint(1, 40),
			"Oficina %d" % rng.randint(100, 900)))
	elif cc == "DR":
		a = rng.choice(("Av. Winston Churchill %d" % (n % 300),
			"C/ El Conde %d" % (n % 500), "Av. 27 de Febrero %d" % (n % 900),
			"Av. Abraham Lincoln %d" % (n % 1200), "Calle %d No. %d" % (
			rng.randint(1, 40), rng.randint(1, 99))))
		a2 = rng.choice((None, "Ens. Naco", "Piantini", "Local %d" %
			rng.randint(1, 30), "Plaza %s" % rng.choice(ES_A)[0]))
	elif cc in ("HT", "GP", "MQ"):
		a = "%d rue %s" % (n % 120, rng.choice(("Lamarre", "Capois",
			"Frébault", "Schœlcher", "Victor Hugo", "Panaméricaine")))
		a2 = None
	elif cc in ("CW", "AW"):
		a = rng.choice(("Schottegatweg Oost %d" % (n % 200),
			"L.G. Smith Boulevard %d" % (n % 200), "Kaya %s %d" % (
			rng.choice(("Flamboyan", "Grandi", "Gob. Debrot")), n % 90)))
		a2 = None
	else:
		a = "%d %s" % (n % 150, rng.choice(("Hope Road", "Knutsford Blvd",
			"Ariapita Avenue", "Bay Street", "Broad Street", "Harbour Road",
			"East Bay Street", "Frederick Street")))
		a2 = rng.choice((None, None, "Unit %d" % rng.randint(1, 20)))
	z = town[2]
	if cc in ("FL", "PR"):
		z = z + "%02d" % rng.randint(0, 99)
	elif cc == "DR":
		z = z + "%03d" % rng.randint(0, 999)
	elif cc in ("GP", "MQ"):
		z = z + "%02d" % rng.randint(0, 90)
	elif cc == "BB":
		z = z + "%03d" % (rng.randint(0, 99) * 10)
	elif cc == "HT":
		z = z + "%02d" % rng.randint(0, 99)
	return {"address": a, "address_2": a2, "city": town[0],
		"state": town[1], "zip": z or None}


def ordinal(n):
	if n % 100 in (11, 12, 13):
		return "th"
	return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def slug(s):
	return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def prefix(c):
	ws = [w for w in re.split(r"[^A-Za-z0-9]+", fold(c["core"]["text"]))
		if len(w) > 2]
	if not ws:
		return "CUST"
	if len(ws) > 1 and len(ws[0]) < 6:
		return (ws[0][:3] + ws[1][:3]).upper()
	return ws[0][:6].upper()


# Roles in the office's language, and a sector's own.
ROLES = {"es": ("RECEPCION", "CAJA", "CONTABILIDAD", "OFICINA", "ADMIN",
	"GERENCIA"), "en": ("FRONTDESK", "RECEP", "MANAGER", "OFFICE", "ACCT",
	"ADMIN"), "fr": ("ACCUEIL", "CAISSE", "COMPTA", "BUREAU"), "ht":
	("ACCUEIL", "KES", "BIWO"), "nl": ("BALIE", "KASSA", "KANTOOR",
	"ADMIN"), "pap": ("KASHA", "OFISINA", "BALIE", "ADMIN")}
SECTOR_ROLES = {"medical": ("NURSE", "EXAM", "DR", "XRAY"), "dental":
	("OP", "XRAY", "HYG"), "pharmacy": ("RX", "FARMACIA", "POS"), "hotel":
	("FRONTDESK", "NIGHTAUDIT", "HK"), "food": ("POS", "KITCHEN"),
	"grocery": ("POS", "CAJA", "BODEGA"), "marina": ("DOCK", "FUEL"),
	"school": ("LAB", "DIRECCION", "TEACHER"), "law": ("PARALEGAL",
	"SECRETARIA"), "freight": ("WAREHOUSE", "ADUANA"), "trade":
	("ALMACEN", "WAREHOUSE"), "hoa": ("GUARDHOUSE", "GARITA")}
SHARED_ROLES = ["RECEPCION", "FRONTDESK", "CAJA1", "RECEPTION", "ADMIN-PC",
	"OFICINA-PC", "ACCUEIL"]


def winname(rng, laptop=False):
	a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	return ("LAPTOP-" if laptop else "DESKTOP-") + "".join(rng.choice(a)
		for _ in range(8 if laptop else 7))


def assets(rng, c, nid, used):
	n = min(45, max(1, int(rng.paretovariate(1.3))))
	pre, out = prefix(c), []
	roles = ROLES.get(c["lang"], ROLES["en"]) + \
		SECTOR_ROLES.get(c["sector"], ())
	scheme = rng.random()
	for k in range(n):
		r = rng.random()
		if r < 0.25:
			m = winname(rng, rng.random() < 0.3)
		elif scheme < 0.5:
			m = "%s-%s%02d" % (pre, rng.choice(roles), k + 1)
		elif scheme < 0.65:
			# no customer prefix: such names repeat between customers
			m = "%s-%d" % (rng.choice(roles), k + 1)
			out.append({"id": next(nid), "name": m})
			continue
		elif scheme < 0.85:
			p = slug(rng.choice(c["contacts"])["firstname"])[:8].upper()
			m = "%s-%s" % (p, rng.choice(("PC", "LT", "LAPTOP", "DESKTOP")))
		else:
			m = "%s-%s%02d" % (pre[:4], rng.choice(("PC", "WS", "SRV",
				"POS")), k + 1)
		if r > 0.97:
			m = rng.choice(SHARED_ROLES)
		elif m in used:
			m = winname(rng, rng.random() < 0.3)
		used.add(m)
		out.append({"id": next(nid), "name": m})
	return out


TLD = {"FL": ".com", "PR": ".com", "DR": ".com.do", "JM": ".com.jm",
	"TT": ".co.tt", "BB": ".com.bb", "BS": ".bs", "HT": ".ht", "CW": ".cw",
	"AW": ".aw", "GP": ".fr", "MQ": ".fr"}


def contacts(rng, c, nid, doms):
	"""c's contacts; doms holds the domains and free-mail boxes taken (a
	domain is one customer's)."""
	cul = CULTURE[c["cc"]]
	if c["core"]["t"] == "person":
		first, last = c["core"]["first"], c["core"]["sur"][0]
		people = [(first, last)]
	else:
		people = []
	for _ in range(rng.choice((1, 1, 2, 2, 3)) - len(people) + 1):
		p = (rng.choice(FIRSTS[cul]), rng.choice(SURNAMES[cul]))
		if p not in people:
			people.append(p)
	r = rng.random()
	base = slug(c["core"]["text"])[:18]
	short = slug(c["gen"][1].split(",")[0].split()[0]) if c["gen"][1] else ""
	if c["core"]["t"] == "person":
		base = "dr" + base if c["sector"] != "law" else base + "law"
	elif short and ((len(short) <= 9 and rng.random() < 0.6) or
			len(base) < 9):
		short = short[:12]
		base = short + base if c["gen"][2] == "pre" else base + short
	dom = base + TLD[c["cc"]]
	if dom in doms:
		dom = base + slug(c["town"][0])[:12] + TLD[c["cc"]]
	if r < 0.3 or dom in doms:
		dom = rng.choice(("gmail.com", "hotmail.com", "yahoo.com"))
		c["domain"] = None
	else:
		c["domain"] = dom
		doms.add(dom)
	out = []
	for f, l in people[:3]:
		local = slug(f) + "." + slug(l)
		if dom != c["domain"]:
			local = base + str(rng.randint(1, 99))
			while local + "@" + dom in doms:
				local += str(rng.randint(0, 9))
			doms.add(local + "@" + dom)
		out.append({"id": next(nid), "firstname": f, "lastname": l,
			"email": local + "@" + dom})
	return out


def counter(start):
	n = start
	while True:
		yield n
		n += 1


def population(rng, ncust):
	g = Gen()
	g.custs, keys = [], {}
	regs = [(k, v[1]) for k, v in REGIONS.items()]
	cid = 31000000
	nid = counter(5100000)
	used, doms = set(), set()
	townhalls = set()
	while len(g.custs) < ncust:
		cc = pick(rng, regs)
		c = make_customer(rng, g, cc)
		if c is None:
			continue
		if c["sector"] == "town":
			if c["town"][0] in townhalls:
				continue
			townhalls.add(c["town"][0])
		name = render(c)
		k = la.key(name)
		if not k or k in keys:
			continue
		c["name"], c["key"] = name, k
		keys[k] = len(g.custs)
		cid += rng.randint(1, 4)
		c["id"] = cid
		c["syncro"] = addr(rng, c)
		c["contacts"] = contacts(rng, c, nid, doms)
		c["assets"] = assets(rng, c, nid, used)
		g.custs.append(c)
	g.keys = keys
	g.people = {(la.key(p["firstname"]), la.key(p["lastname"]))
		for c in g.custs for p in c["contacts"]}
	g.sorted = sorted((fold(c["name"]).lower(), i)
		for i, c in enumerate(g.custs))
	g.cores = {}
	for c in g.custs:
		g.cores[corekey(c)] = g.cores.get(corekey(c), 0) + 1
	g.audit = la.Audit([(str(c["id"]), c["name"]) for c in g.custs])
	g.words = {}
	for i, c in enumerate(g.custs):
		for w in la.words(c["name"]):
			g.words.setdefault(w, []).append(i)
	return g


# ---- noise on a typed name -------------------------------------------

def slip(rng, w):
	"""One QWERTY fat-finger, drop, double or swap in word w."""
	if len(w) < 4:
		return w
	i = rng.randint(1, len(w) - 2)
	r = rng.random()
	if r < 0.35:
		ch = w[i].lower()
		for row in QWERTY:
			j = row.find(ch)
			if j >= 0:
				nb = [row[x] for x in (j - 1, j + 1) if 0 <= x < len(row)]
				rep = rng.choice(nb)
				rep = rep.upper() if w[i].isupper() else rep
				return w[:i] + rep + w[i + 1:]
		return w[:i] + w[i + 1:]
	if r < 0.6:
		return w[:i] + w[i + 1:]
	if r < 0.8:
		return w[:i] + w[i] + w[i:]
	return w[:i] + w[i + 1] + w[i] + w[i + 2:]


def typo(rng, s, n=1):
	ws = s.split()
	idx = [i for i, w in enumerate(ws) if len(w) >= 5 and w.isalpha()]
	if not idx:
		return None
	for i in rng.sample(idx, min(n, len(idx))):
		ws[i] = slip(rng, ws[i])
	return " ".join(ws)


# Generic words that say one thing in two languages: a name typed in the
# other language is the same business ("Bufete Rivera" / "Rivera Law
# Firm"); a generic of the same sector that says another thing (a bakery
# for a restaurant) is not a translation.
CONCEPTS = (
	"Farmacia|Pharmacy|Drugs|Pharmacie|Famasi|Apotheek|Botika",
	"Centro Médico|Clínica|Medical Center|Clinique|Klinik|Sentro Médiko",
	"Clínica Dental|Oficina Dental|Centro Dental|Dental Care|Dental Group|"
	"Cabinet Dentaire|Klinik Dantè|Tandartspraktijk|Dentista",
	"Bufete|Oficina Legal|Abogados|Law Firm|Law Group|Law Offices|"
	"Biwo Avoka|Advocatenkantoor|Ofisina di Abogado",
	"Contadores|Oficina de Contabilidad|CPA Firm|Accounting Services|"
	"Chartered Accountants|Cabinet Comptable|Biwo Kontab|"
	"Accountantskantoor|Ofisina di Kontabilidat",
	"Seguros|Agencia de Seguros|Insurance Agency|Insurance Brokers|"
	"Insurance Services|Assurances|Asirans|Verzekeringen|Seguro",
	"Inmobiliaria|Bienes Raíces|Realty|Real Estate|Properties|"
	"Agence Immobilière|Ajans Imobilye|Vastgoed|Makelaar",
	"Condominio|Consejo de Titulares Condominio|Condominium Association, Inc.",
	"Asociación de Residentes|Homeowners Association, Inc.|Résidence|"
	"Rezidans|Vereniging van Eigenaars|Asosiashon di Doño",
	"Marina|Jachthaven", "Hotel|Hôtel|Otèl", "Hostal|Guest House|Auberge",
	"Restaurante|Restaurant|Restoran",
	"Panadería|Bakery|Boulangerie|Boulanjri|Bakkerij",
	"Iglesia|Church|Église|Legliz|Kerk|Misa",
	"Colegio|Academia|Escuela|Academy|École|Lekòl|Basisschool|Skol",
	"Constructora|Construction|Konstriksyon|Bouwbedrijf|Konstrukshon",
	"Techos|Roofing", "Agencia Aduanal|Customs Brokers",
	"Agencia de Carga|Cargo Services|Freight Forwarders|Kargo|Expeditie",
	"Distribuidora|Distributors|Distribuidor|Groothandel",
	"Importadora|Import Export",
	"Supermercado|Supermarket|Supermarkt|Supermerkado",
	"Colmado & Deli|Grocery & Deli", "Minimarket|Mini Mart|Supérette")
CONCEPT = {}
for _n, _c in enumerate(CONCEPTS):
	for _t in _c.split("|"):
		CONCEPT.setdefault(_t, _n)


def other_gen(rng, c, langs):
	n = CONCEPT.get(c["gen"][1])
	if n is None:
		return None
	gs = []
	for t in CONCEPTS[n].split("|"):
		for x in G.get(c["sector"], ()):
			if x[1] == t and x[0] in langs and x[0] != c["gen"][0]:
				gs.append(x)
		if t in ("Church", "Hotel", "Academy") and "en" in langs and \
				c["gen"][0] != "en":
			gs.append(("en", t, "post"))
	return rng.choice(gs) if gs else None


LEGAL_SWAP = {"LLC": ("L.L.C.", "llc", ""), "L.L.C.": ("LLC",), "Inc.":
	("Inc", "Corp", "", "INC"), "Corp.": ("Corp", "Corporation", "Inc."),
	"Corp": ("Corp.", "Inc"), "P.A.": ("PA", "", "P.A"), "PA": ("P.A.", ""),
	"PLLC": ("P.L.L.C.", "PA", ""), "LLP": ("L.L.P.", ""), "C.S.P.":
	("CSP", "PSC", "P.S.C.", ""), "CSP": ("C.S.P.", "PSC"), "P.S.C.":
	("PSC", "CSP"), "S.R.L.": ("SRL", "S.R.L", "S. R. L.", "SRL."),
	"SRL": ("S.R.L.", ""), "S.A.": ("SA", "S. A.", "SRL"), "S.A.S.":
	("SAS", "SRL"), "C. por A.": ("C x A", "CxA", "C. X A.", "C por A",
	"SRL"), "E.I.R.L.": ("EIRL",), "Ltd.": ("Ltd", "Limited", "LTD", ""),
	"Limited": ("Ltd", "Ltd.", ""), "Co. Ltd.": ("Co Ltd", "Company Limited",
	"Ltd"), "SA": ("S.A.", ""), "N.V.": ("NV", "N.V", ""), "NV": ("N.V.",),
	"B.V.": ("BV", "N.V."), "V.B.A.": ("VBA", "N.V."), "VBA": ("V.B.A.",),
	"SARL": ("S.A.R.L.", "Sarl", ""), "SAS": ("S.A.S.", "SARL"), "EURL":
	("SARL", "")}
ADD_LEGAL = {"FL": ("LLC", "Inc", "Corp"), "PR": ("LLC", "Inc", "CSP"),
	"DR": ("SRL", "S.R.L."), "JM": ("Ltd",), "TT": ("Ltd",), "BB": ("Ltd",),
	"BS": ("Ltd",), "HT": ("S.A.",), "CW": ("N.V.",), "AW": ("N.V.", "VBA"),
	"GP": ("SARL",), "MQ": ("SARL",)}


def k_legal(rng, g, c):
	if c["sector"] == "town" or (not c["legal"] and c["sector"] in
			("church", "school", "hoa")):
		return None
	if c["legal"]:
		return render(c, legal=rng.choice(LEGAL_SWAP.get(c["legal"], ("",))))
	forms = [f for f in ADD_LEGAL[c["cc"]] if c["sector"] in PROF or
		f not in ("CSP", "PA")]
	return render(c, legal=rng.choice(forms))


def k_case(rng, g, c):
	n = fold(c["name"]) if rng.random() < 0.7 else c["name"]
	return n.upper() if rng.random() < 0.7 else n.lower()


def k_accents(rng, g, c):
	if fold(c["name"]) == c["name"]:
		return None
	n = fold(c["name"])
	if rng.random() < 0.3:
		n = render(c, legal="")
		n = fold(n)
	return n


def k_translated(rng, g, c):
	if c["sector"] not in G or c["core"]["t"] == "person" or \
			g.cores[corekey(c)] > 1:
		return None
	pair = {"es": ("en",), "en": ("es",), "fr": ("ht", "en"), "ht": ("fr",),
		"nl": ("pap", "en"), "pap": ("nl", "en", "es")}
	og = other_gen(rng, c, pair[c["lang"]])
	if og is None:
		return None
	return fold(render(c, gen=og, legal=rng.choice(("", c["legal"]))))


def k_surname(rng, g, c):
	s = c["core"]["sur"]
	if len(s) < 2 or CULTURE[c["cc"]] != "his":
		return None
	core = c["core"]["text"]
	r = rng.random()
	if r < 0.5 and c["core"]["t"] != "person":
		new = s[0]
	elif r < 0.75:
		new = core.replace(s[0] + " " + s[1], s[0] + "-" + s[1]) \
			.replace(s[0] + " y " + s[1], s[0] + " " + s[1])
		if new == core:
			new = s[0] + "-" + s[1]
	else:
		new = core.replace(" " + s[1], "")
	if new == core:
		return None
	d = dict(c)
	d["core"] = dict(c["core"], text=new)
	return fold(render(d, legal=rng.choice(("", c["legal"]))))


def k_connector(rng, g, c):
	ws = c["name"].split()
	idx = [i for i, w in enumerate(ws) if w.lower() in CONNECT]
	drop = [i for i, w in enumerate(ws) if w.lower() in ("de", "del", "di",
		"of") and 0 < i < len(ws) - 1]
	if idx and (not drop or rng.random() < 0.7):
		i = rng.choice(idx)
		ws[i] = rng.choice(CONNECT[ws[i].lower()])
	elif drop:
		del ws[rng.choice(drop)]
	else:
		return None
	return fold(" ".join(w for w in ws if w))


def k_abbrev(rng, g, c):
	ws = render(c, legal=rng.choice(("", c["legal"]))).split()
	idx = [i for i, w in enumerate(ws) if w.lower().strip(",.") in ABBR]
	if not idx:
		return None
	for i in rng.sample(idx, min(len(idx), rng.choice((1, 1, 2)))):
		w = ws[i].strip(",")
		ws[i] = rng.choice(ABBR[w.lower().strip(".")]) + \
			("," if ws[i].endswith(",") else "")
	return fold(" ".join(ws))


SITE_Q = ("Suite %d", "Ste %d", "Unit %d", "Local %d", "Ofic. %d")
MALLS = {"FL": ("Dadeland Mall", "Westland Mall", "Mall of the Americas",
	"Aventura Mall", "Bird Road", "Flagler St", "Coral Way"), "PR":
	("Plaza Las Americas", "Plaza del Sol", "Ave Ponce de Leon", "Plaza "
	"Rio Hondo", "Ave Roosevelt", "Los Paseos"), "DR": ("Agora Mall",
	"Blue Mall", "Av. Churchill", "Plaza Central", "Megacentro"),
	"JM": ("Sovereign Centre", "Half Way Tree", "Fairview"), "TT":
	("Trincity Mall", "Gulf City Mall"), "BB": ("Sheraton Mall",),
	"BS": ("Mall at Marathon",), "HT": ("Rue Lamarre",), "CW":
	("Sambil", "Promenade"), "AW": ("Renaissance Mall",), "GP":
	("Destreland",), "MQ": ("Galleria",)}


def k_site(rng, g, c):
	base = render(c, legal="")
	r = rng.random()
	if r < 0.5:
		q = rng.choice(SITE_Q) % rng.randint(1, 420)
	else:
		q = rng.choice(MALLS[c["cc"]])
	return fold(base + rng.choice((" - ", " ", ", ") + ((" @ ",) if
		r >= 0.5 else ())) + q)


def k_branch(rng, g, c):
	if c["sector"] not in ("pharmacy", "grocery", "food", "insurance",
			"medical", "dental", "trade", "freight", "realty", "cpa"):
		return None
	base = render(c, legal="")
	lang = c["lang"]
	n = rng.randint(2, 24)
	if lang == "es":
		q = rng.choice(("Sucursal %d", "Suc. %d", "Sucursal #%d",
			"location %d") + (("Tienda %d",) if c["sector"] in ("grocery",
			"pharmacy") else ())) % n
	elif lang in ("fr", "ht"):
		q = rng.choice(("Succursale %d", "Agence %d", "site %d")) % n
	elif lang in ("nl", "pap"):
		q = rng.choice(("Filiaal %d", "Sukursal %d", "Branch %d")) % n
	else:
		q = rng.choice(("Store #%d", "Branch %d", "location %d",
			"Loc %d", "#%d")) % n
	return fold(base + rng.choice((" - ", " ", " ")) + q)


def k_town(rng, g, c):
	if c["sector"] == "franchise":
		return None
	base = render(c, legal="")
	towns = [t[0] for t in REGIONS[c["cc"]][4]]
	t = c["town"][0] if rng.random() < 0.5 else rng.choice(towns)
	if fold(t).lower() in fold(base).lower():
		return None
	return fold(base + rng.choice((" - %s", " (%s)", " %s", " / %s")) % t)


def k_reorder(rng, g, c):
	if c["sector"] in ("town", "franchise"):
		return None
	core, gen = c["core"]["text"], c["gen"][1]
	if c["core"]["t"] == "person":
		return fold(" ".join(c["core"]["sur"]) + ", " + c["core"]["first"])
	if not gen:
		return None
	if c["gen"][2] == "pre":
		return fold(core + " " + gen)
	return fold(gen.replace(", Inc.", "") + " " + core)


def k_truncated(rng, g, c):
	n = render(c, legal="")
	if len(n) < 16 or c["sector"] == "franchise":
		return None
	cut = rng.randint(max(10, len(n) // 2), len(n) - 3)
	t = n[:cut].rstrip(" -,&")
	# a cut another customer's name begins with too is no longer its
	p = fold(t).lower()
	j = bisect.bisect_left(g.sorted, (p, -1))
	while j < len(g.sorted) and g.sorted[j][0].startswith(p):
		if g.sorted[j][0] != fold(c["name"]).lower():
			return None
		j += 1
	return t


def k_acronym(rng, g, c):
	ws = [w for w in re.split(r"[\s\-]+", fold(render(c, legal="")))
		if w and w.lower() not in la.STOP and w[0].isalpha()]
	if len(ws) < 3 or c["core"]["t"] == "person" or \
			g.cores[corekey(c)] > 1:
		return None
	if c["sector"] in G and c["gen"][1] and rng.random() < 0.6:
		acr = "".join(w[0] for w in fold(c["core"]["text"]).split()
			if w.lower() not in la.STOP).upper()
		if len(acr) < 2:
			return None
		return acr + " " + fold(c["gen"][1].replace(", Inc.", ""))
	acr = "".join(w[0].upper() for w in ws)
	if rng.random() < 0.3:
		acr = ".".join(acr) + "."
	return acr


def k_typo(rng, g, c):
	return typo(rng, fold(render(c, legal=rng.choice(("", c["legal"])))))


def k_typo2(rng, g, c):
	return typo(rng, fold(render(c, legal="")), 2)


def k_phone(rng, g, c):
	n = fold(render(c, legal="")).lower()
	n = re.sub(r"[^a-z0-9 ]+", " ", n)
	n = " ".join(n.split())
	if rng.random() < 0.6:
		n = typo(rng, n) or n
	return n


CREOLE = {"Pharmacie": "Famasi", "Église": "Legliz", "École": "Lekòl",
	"Boulangerie": "Boulanjri", "Restaurant": "Restoran", "Clinique":
	"Klinik", "Hôtel": "Otèl", "Assurances": "Asirans", "Auberge": "Obèj",
	"Apotheek": "Botika", "Supermarkt": "Supermerkado", "Basisschool":
	"Skol", "Tandartspraktijk": "Dentista", "Kerk": "Misa", "Botika":
	"Apotheek", "Skol": "School", "Famasi": "Pharmacie", "Legliz":
	"Eglise", "Lekòl": "Ecole", "Boutik": "Boutique"}


def k_creole(rng, g, c):
	gen = c["gen"][1]
	for a in sorted(CREOLE):
		if gen == a or gen.startswith(a + " "):
			return fold(render(c, gen=(c["gen"][0], gen.replace(a,
				CREOLE[a], 1), c["gen"][2]), legal=""))
	return None


def k_person(rng, g, c):
	if g.cores[corekey(c)] > 1:
		return None
	ct = c["contacts"][0]
	core = c["core"]
	if core["t"] == "person":
		fem = core["first"] in FEMALE
		hon = ("Dra." if fem else "Dr.") if c["sector"] in ("medical",
			"dental") else ("Lcda." if fem else "Lcdo.") if \
			c["lang"] == "es" and c["sector"] == "law" else ""
		first = core["first"] if rng.random() < 0.5 else ""
		# "Dr. Rivera" is no one's when another practice of its group
		# has a Rivera (with the first name too, when given)
		me = c["id"]
		for j in g.audit.holding(la.words(first + " " + core["sur"][0])):
			o = g.custs[j]
			if o["id"] != me and GROUP[o["sector"]] == GROUP[c["sector"]]:
				return None
		s = fold(" ".join(x for x in (hon, first, core["sur"][0]) if x))
		if c["sector"] in ("medical", "dental"):
			s += rng.choice(("", " office", " - oficina"))
		return s
	ws = fold(core["text"]).split()[:3]
	while ws and ws[-1].lower() in la.STOP:
		ws.pop()
	short = " ".join(ws)
	return fold("%s %s - %s" % (ct["firstname"], ct["lastname"], short))


def k_domain(rng, g, c):
	if not c.get("domain"):
		return None
	d = c["domain"]
	return rng.choice((d, "www." + d, d.split(".")[0]))


def k_exact(rng, g, c):
	return c["name"]


REAL = (("exact", 9, k_exact), ("case", 5, k_case), ("legal", 8, k_legal),
	("accents", 7, k_accents), ("translated", 5, k_translated),
	("surname", 4, k_surname), ("connector", 4, k_connector),
	("abbrev", 6, k_abbrev), ("site", 3, k_site), ("branch", 3, k_branch),
	("town", 5, k_town), ("reorder", 3, k_reorder),
	("truncated", 4, k_truncated), ("acronym", 3, k_acronym),
	("typo", 6, k_typo), ("two typos", 2, k_typo2), ("phone", 4, k_phone),
	("creole", 2, k_creole), ("person", 3, k_person),
	("domain", 2, k_domain))


# ---- impostors ---------------------------------------------------------

def i_surname(rng, g, c):
	s = rng.choice(COMMON)
	if not g.words.get(la.key(s)):
		return None
	if rng.random() < 0.35:
		cul = "his" if s in SURNAMES["his"] else "eng"
		s = rng.choice(FIRSTS[cul]) + " " + s
	return fold(trade(rng, s))


RARE_FOLDED = {fold(w) for w in RARE}
SAINT_WORDS = set("San Santa Santo Saint Sainte Sen St. Mount Holy Nuestra "
	"Senora Good New Open Sacred Bon Divina Monte La El Cristo Sint Santu "
	"Maria Kris Lavi".split())


def i_rare(rng, g, c):
	ws = [w for w in fold(c["core"]["text"]).replace("-", " ").split()
		if len(w) > 3 and w.lower() not in la.STOP and
		(w in RARE_FOLDED or (c["core"]["t"] == "saint" and
		w not in SAINT_WORDS))]
	if c["core"]["t"] not in ("rare", "saint") or not ws:
		return None
	return trade(rng, rng.choice(ws))


def i_franchise(rng, g, c):
	if c["sector"] != "franchise":
		return None
	towns = [t[0] for r in REGIONS.values() for t in r[4]]
	have = {fold(x["site"]).lower() for x in g.custs if
		x["sector"] == "franchise" and x["brand"] == c["brand"]}
	for _ in range(5):
		t = rng.choice(towns) if rng.random() < 0.7 else \
			"#%d" % rng.randint(61, 120)
		if fold(t).lower() not in have:
			return fold("%s %s" % (c["brand"], t))
	return None


def i_namesake(rng, g, c):
	if c["core"]["t"] not in ("rare", "saint") or c["sector"] not in G:
		return None
	sec = rng.choice(sorted(G))
	if GROUP[sec] == GROUP[c["sector"]] or \
			(la.key(c["core"]["text"]), GROUP[sec]) in g.cores:
		return None
	gen = rng.choice(G[sec])
	core = c["core"]["text"]
	towns = [t[0] for k, r in sorted(REGIONS.items()) if k != c["cc"]
		for t in r[4]]
	base = gen[1] + " " + core if gen[2] == "pre" else core + " " + gen[1]
	base = base.replace(", Inc.", "")
	if rng.random() < 0.5:
		base += rng.choice((" - ", " ", " (")) + rng.choice(towns)
		if base.endswith(")") is False and " (" in base:
			base += ")"
	return fold(base)


def i_prospect(rng, g, c):
	cc = pick(rng, [(k, v[1]) for k, v in REGIONS.items()])
	d = make_customer(rng, g, cc)
	if d is None or corekey(d) in g.cores:
		return None
	# nor a customer's surnames reordered in its own trade, nor a person
	# a customer's name holds (Dr. Ana Cruz's practice is hers in any
	# trade)
	for j in g.audit.holding(la.words(d["core"]["text"])):
		o = g.custs[j]
		if d["core"]["t"] == "person" or GROUP[o["sector"]] == \
				GROUP[d["sector"]]:
			return None
	n = render(d)
	return fold(n) if rng.random() < 0.5 else n


def i_personal(rng, g, c):
	cul = rng.choice(("his", "his", "eng", "hai"))
	f, s = rng.choice(FIRSTS[cul]), rng.choice(SURNAMES[cul])
	# a customer's contact's home PC might be billed to the customer
	if (la.key(f), la.key(s)) in g.people or \
			g.audit.holding(la.words(f + " " + s)):
		return None
	return fold(rng.choice(("%s %s personal", "%s %s - home", "Laptop de %s %s",
		"%s %s casa", "PC %s %s", "%s %s (home PC)")) % (f, s))


def i_staff(rng, g, c):
	tech = rng.choice([t for ts in TECHS.values() for t in ts])
	return fold(rng.choice(("ITS - %s laptop", "Isla Tech - %s",
		"%s - ITS bench", "ITS Miami office", "Isla Tech Solutions San Juan",
		"ITS SDQ oficina", "ITS lab - %s")).replace("%s", tech))


def i_placeholder(rng, g, c):
	towns = [t[0] for r in REGIONS.values() for t in r[4]]
	return fold(rng.choice(("Nuevo cliente", "Cliente nuevo - %s", "walk-in",
		"Walk in %s", "Prueba", "test session", "DEMO", "new customer %s",
		"Remote support", "Soporte remoto")).replace("%s", rng.choice(towns)))


IMPOSTOR = (("impostor: same surname", 6, i_surname),
	("impostor: rare word", 5, i_rare), ("impostor: franchise", 3, i_franchise),
	("impostor: namesake", 3, i_namesake), ("impostor: prospect", 3, i_prospect),
	("impostor: personal", 2, i_personal), ("impostor: own staff", 1, i_staff),
	("impostor: placeholder", 1, i_placeholder))


def moved(g, typed):
	"""A customer whose name is typed's with one letter moved (or a
	transposition): the audit does not see these, session 14's mislabel."""
	k = la.key(typed)
	gl = k.replace(" ", "")
	for s, tab in ((k, g.audit.byname), (gl, g.audit.glued)):
		n = len(s)
		if n > 60:
			continue
		for i in range(n):
			rest = s[:i] + s[i + 1:]
			for j in range(n):
				if j == i:
					continue
				v = rest[:j] + s[i] + rest[j:]
				if v != s and v in tab:
					return True
	return False


def doubtful(g, typed, i):
	a = g.audit
	if not la.key(typed):
		return True
	if i is not None:
		return bool(a.real(typed, str(g.custs[i]["id"])))
	return bool(a.impostor(typed) or a.impostor_more(typed) or
		a.joined(typed) or moved(g, typed))


def draw_one(rng, g, table, imp, franch):
	"""A row of a kind drawn from table, or None when 60 customers gave
	none that the audit does not doubt."""
	kind, _, fn = pick(rng, [((k, w, f), w) for k, w, f in table])
	for _ in range(60):
		if kind == "impostor: franchise" and franch:
			i = rng.choice(franch)
		else:
			i = rng.randrange(len(g.custs))
		c = g.custs[i]
		t = fn(rng, g, c)
		if not t or not t.strip():
			continue
		t = " ".join(t.split())
		who = None if imp else i
		if (t == c["name"] and kind != "exact") or doubtful(g, t, who):
			continue
		desk = c["desk"] if not imp else \
			rng.choice(("MIA", "MIA", "SJU", "SDQ"))
		return (t, who, kind, desk)
	if os.environ.get("BLIND21_DEBUG"):
		sys.stderr.write("redrawn kind: %s\n" % kind)
	return None


def draw_rows(rng, g, nnames):
	nimp = (nnames + 2) // 4
	isimp = [True] * nimp + [False] * (nnames - nimp)
	rng.shuffle(isimp)
	rows = []
	franch = [i for i, c in enumerate(g.custs) if c["sector"] == "franchise"]
	for imp in isimp:
		row = None
		while row is None:	# a kind that would not come clean: another
			row = draw_one(rng, g, IMPOSTOR if imp else REAL, imp, franch)
		rows.append(row)
	return rows


def machine(rng, g, row, owned):
	typed, i, kind, desk = row
	r = rng.random()
	if i is not None:
		if r < 0.78:
			return rng.choice(g.custs[i]["assets"])["name"]
		if r < 0.81:
			return rng.choice(rng.choice(g.custs)["assets"])["name"]
		return winname(rng, rng.random() < 0.4)
	if kind == "impostor: own staff":
		return "ITS-%s-%s%02d" % (desk, rng.choice(("LT", "WS", "NB")),
			rng.randint(1, 30))
	if r < 0.15 and owned:
		return rng.choice(owned)
	return winname(rng, rng.random() < 0.4)


def main():
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random("blind21:" + seed)
	g = population(rng, ncust)
	rows = draw_rows(rng, g, nnames)
	owned = sorted(scr.asset_names(g.custs) & set(SHARED_ROLES)) or \
		["RECEPCION"]
	for c in g.custs:
		for k in ("cc", "lang", "sector", "town", "desk", "rng_comma",
				"title", "core", "gen", "legal", "key", "brand", "site",
				"domain"):
			c.pop(k, None)
	scr.write_desk_set(rng, out, g.custs, rows,
		lambda row: machine(rng, g, row, owned), TECHS,
		("blind21", seed, 1806000000, 1201, 70))


if __name__ == "__main__":
	main()
