#!/usr/bin/env python3
# gen-link-blind52.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 31: the lead runs it once).  A Spanish MSP
# serving Spain alone: one Syncro account, one ScreenConnect, desks in
# Madrid (MAD), Barcelona (BCN: Barcelona, Girona, Lleida), Valencia
# (VLC: València, Alacant, Castelló), Sevilla (SVQ: Sevilla, Cádiz,
# Huelva), Bilbao (BIO: Bizkaia, Gipuzkoa, Araba), Zaragoza (ZAZ:
# Aragón), Málaga (AGP), A Coruña (LCG: Galicia) and Palma (PMI: the
# Balearic Islands).  Customers: small firms (S.L., S.L.U., S.A.,
# S.A.U., S.Coop., C.B.; "Hnos.", "e Hijos", "y Cía."), autónomos named
# after the owner (given name and two surnames) or a trade name,
# professional firms (S.L.P., the Catalan S.C.P.: abogados, asesorías,
# gestorías, clínicas dentales, arquitectos; notarías), farmacias
# ("Farmacia Ldo. / Lda. ..."), bars and restaurants, franchise stores
# each its own S.L. under a shared brand, ayuntamientos under their
# co-official names (Ajuntament de Girona / Ayuntamiento de Gerona,
# Donostiako Udala, Concello da Coruña), mancomunidades, diputaciones,
# consorcios, comunidades de propietarios of a street and number in a
# town, colegios (CEIP, IES, Escola, concertado "Colegio San José" in
# many towns); some firms carry their CIF.  Writes OUTDIR/customers.json
# (as Syncro's GET /customers returns them: id, business_name, firstname,
# lastname, email, phone, address, address_2, city, state, zip, contacts,
# assets), names.tsv (typed TAB true id or "" TAB kind TAB machine),
# sessions.jsonl and sessions-machine.jsonl through linkgen.desk_main.
# Python stdlib only, deterministic for a seed.  Customer ids from
# 52000000 (below 52200000 at 50,000 customers: the id grows by 1 to 3
# with a customer kept), contacts' and assets' from 52300001 (below
# 53000000).
#
# Where each shape comes from ("found": found with the session's search
# tool; "known": public knowledge, no search):
# - Legal forms (found: legadea.com "Características de las Sociedades
#   Limitadas" - art. 6.1 of the Ley de Sociedades de Capital: the name
#   holds "Sociedad de Responsabilidad Limitada", "Sociedad Limitada",
#   "S.R.L." or "S.L.", a one-member firm is "unipersonal";
#   wikiteka.com "Sociedad Limitada (SL) en España"): S.L., S.L.U.,
#   S.A., S.A.U. and their spellings; S.Coop., C.B. (comunidad de
#   bienes), S.L.P. (sociedad profesional), S.C.P. (Catalan societat
#   civil privada), "Hnos.", "e Hijos", "y Cía." known.
# - CIF / NIF of a body (found: a Swift CIF struct's initial letters - A
#   sociedad anónima, B limitada, E comunidad de bienes, F cooperativa,
#   G asociación, H comunidad de propietarios, P corporación local; the
#   ValidarCif pattern [A-HJ-NP-SUVW][0-9]{7}[0-9A-J]; a PHP
#   isValidIdNumber's usage example G28667152, asserted below): a letter,
#   seven digits (the first two the province's), a control digit (a
#   letter J A B ... I for P, Q, S); typed bare, with a dash or space
#   after the letter, with "CIF" or "NIF"; another valid CIF is another
#   body.
# - Surnames (found: antena3.com and elperiodicoextremadura.com on the
#   INE's padrón - García, Rodríguez, González, Fernández, López,
#   Martínez, Sánchez, Pérez, Martín, Gómez, Jiménez, Ruiz, Hernández,
#   Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso, Gutiérrez; Pons in
#   Baleares, Navarro in Valencia, Gracia, Herrero; Antonio, José,
#   Manuel, Francisco, Juan the commonest men's names, María the
#   women's); the rest known (common Spanish, Catalan, Basque and
#   Galician surnames and given names); two surnames each.
# - Places (known): each desk's municipalities with their co-official
#   names (Girona / Gerona, Lleida / Lérida, Donostia / San Sebastián,
#   Vitoria-Gasteiz / Vitoria, A Coruña / La Coruña, Ourense / Orense,
#   Palma / Palma de Mallorca, Eivissa / Ibiza ...), the Basque -ko
#   form ("Bilboko Udala"), provinces, postcode heads, telephone areas;
#   municipalities of a desk's provinces no customer is in; namesake
#   municipalities in other provinces (Villanueva de la Cañada /
#   Villanueva de la Serena, Alcalá de Henares / Alcalá la Real, San
#   Sebastián de los Reyes / San Sebastián de la Gomera, Palma / Palma
#   del Río ...); comarcas for mancomunidades.
# - Schools (known): CEIP, IES, Escola / Institut in Catalonia,
#   concertado schools named after saints and the Virgin ("Colegio San
#   José", "Colegio Sagrado Corazón", "Col·legi Sant Josep") in many
#   towns.
# - Keyboard (known): the Spanish layout is QWERTY with ñ right of l and
#   ç right of ´; accents are dead keys, so they are dropped; ñ is typed
#   n or (Catalan habit) ny; l·l typed l.l, ll or l-l.
# - Vendors (known): Spanish telecoms, utilities, software and
#   wholesalers (Movistar Empresas, Iberdrola, Wolters Kluwer A3, Sage,
#   Holded, Arsys, Esprinet ...).
#
# Real-row kinds (shares in KINDS): exact, caps, lower, typo (Spanish
# QWERTY), two typos, accents (dropped all or some, ñ as n or ny, ç as c,
# l·l as l.l / ll), truncated, reorder (an owner's surnames before the
# given name, a pharmacy's holder before "Farmacia"), abbrev (Ayto.,
# Excmo. dropped, C.P. / CdP, Hnos., Cía., C/, Avda., Ntra. Sra., Const.,
# Dist., C.E.I.P. ...), acronym, legal (dropped, respelt: SL, S.L, Sdad.
# Limitada, SLU, S. Coop., CB ..., swapped S.L.U. / S.L.), coofficial (a
# town or ayuntamiento typed in its other official language), number (a
# comunidad's portal as "nº 12", "núm. 12", after a comma), basque (a
# Basque surname in its Spanish spelling: Etxeberria / Echeverría), owner
# (an autónomo typed by its owner), branch (sede, oficina, almacén, the
# town), cif, contact, person, domain, mixed.
# Impostors (about 37% of rows): same shape (a fresh name of the
# customers' templates, its words from an outside block), other town (a
# town-named body in a municipality of the desk's provinces no customer
# is in), namesake town (the ayuntamiento of a namesake municipality in
# another province), other store (the franchise brand's store in a town
# where it has no customer), namesake school (the colegio of a customer's
# name in another town), other portal (another number of a comunidad de
# propietarios' street in its town), family firm (the S.L. of an
# autónomo's family: "García Pérez e Hijos S.L."), family member (an
# autónomo's, notary's, pharmacist's relative of another given name),
# town body (the juzgado de paz, centro de salud, registro de la
# propiedad ... of an ayuntamiento's town), other CIF, person, vendor,
# prospect, personal, own staff.  The share holds at 50,000 customers
# (same_class); there kinds that find no fresh name are few and others
# fill.
#
# Machines (linkgen.machine): a real row on one of its customer's assets
# 72%, another customer's 4%; impostors on unknown machines, a shared
# role name (RECEPCION, CONTABILIDAD, SECRETARIA, CAJA1 ...) 18%, own
# staff on the bench.
#
# Labels: rows label-audit.py doubts are drawn again, and so are
# impostors that, read through this generator's skeleton (accents plain,
# ñ and ny as n, l·l as ll, legal forms, titles, articles and "de"
# dropped, a town's official names read as one word, Ajuntament /
# Concello / Udala / Ayto. read as ayuntamiento, C.P. / Comunitat de
# Propietaris as comunidad propietarios, Hnos. as hermanos, a Basque
# surname's Spanish spelling as its Basque one, the CIF read as one
# number), are a customer's name or a form of it, or hold all its words
# less one, or hold a listed person's full name (linkgen.Checks,
# parts_known and pairs).  A person's name is a real row only when that
# whole name is one customer's contact only.
import os
import re
import sys
from itertools import accumulate

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linkgen as lk  # noqa: E402

# ---------------------------------------------------------------- places
# Each desk: its language for a town hall's name, then its towns as
# "official|other official name|Basque -ko form/weight/province".
DESK_TOWNS = {
	"MAD": ("es", """Madrid||/9/Madrid Alcalá de Henares||/2/Madrid
		Getafe||/2/Madrid Leganés||/2/Madrid Móstoles||/2/Madrid
		Alcobendas||/1/Madrid San Sebastián de los Reyes||/1/Madrid
		Villanueva de la Cañada||/1/Madrid Villanueva del Pardillo||/1/Madrid
		Pozuelo de Alarcón||/1/Madrid"""),
	"BCN": ("ca", """Barcelona||/9/Barcelona
		L'Hospitalet de Llobregat|Hospitalet de Llobregat|/2/Barcelona
		Sabadell||/2/Barcelona Terrassa|Tarrasa|/2/Barcelona
		Sant Cugat del Vallès|San Cugat del Vallés|/1/Barcelona
		Mataró||/1/Barcelona Vilanova i la Geltrú|Villanueva y
		Geltrú|/1/Barcelona Girona|Gerona|/2/Girona
		Lleida|Lérida|/2/Lleida"""),
	"VLC": ("ca", """València|Valencia|/9/València Torrent||/1/València
		Gandia|Gandía|/1/València Xàtiva|Játiva|/1/València
		Sagunt|Sagunto|/1/València Alacant|Alicante|/3/Alacant
		Elx|Elche|/2/Alacant Castelló de la Plana|Castellón de la
		Plana|/2/Castelló"""),
	"SVQ": ("es", """Sevilla||/9/Sevilla Dos Hermanas||/2/Sevilla
		Alcalá de Guadaíra||/2/Sevilla Utrera||/1/Sevilla Écija||/1/Sevilla
		Villanueva del Ariscal||/1/Sevilla Jerez de la Frontera||/2/Cádiz
		Huelva||/2/Huelva"""),
	"BIO": ("eu", """Bilbao|Bilbo|Bilboko/9/Bizkaia
		Getxo|Guecho|Getxoko/2/Bizkaia Barakaldo|Baracaldo|Barakaldoko/2/Bizkaia
		Durango||Durangoko/1/Bizkaia Donostia|San Sebastián|Donostiako/3/Gipuzkoa
		Irun|Irún|Irungo/1/Gipuzkoa Eibar||Eibarko/1/Gipuzkoa
		Vitoria-Gasteiz|Vitoria|Vitoria-Gasteizko/3/Araba"""),
	"ZAZ": ("es", """Zaragoza||/9/Zaragoza Calatayud||/1/Zaragoza
		Utebo||/1/Zaragoza Villanueva de Gállego||/1/Zaragoza
		Ejea de los Caballeros||/1/Zaragoza Huesca||/2/Huesca
		Teruel||/1/Teruel"""),
	"AGP": ("es", """Málaga||/9/Málaga Marbella||/2/Málaga
		Vélez-Málaga||/1/Málaga Fuengirola||/1/Málaga
		Torremolinos||/1/Málaga Alhaurín de la Torre||/1/Málaga
		Villanueva del Rosario||/1/Málaga Antequera||/1/Málaga
		Ronda||/1/Málaga"""),
	"LCG": ("gl", """A Coruña|La Coruña|/9/A_Coruña
		Santiago de Compostela||/3/A_Coruña Ferrol||/2/A_Coruña
		Arteixo|Arteijo|/1/A_Coruña Oleiros||/1/A_Coruña Lugo||/2/Lugo
		Ourense|Orense|/2/Ourense Vigo||/2/Pontevedra"""),
	"PMI": ("ca", """Palma|Palma de Mallorca|/9/Illes_Balears
		Manacor||/1/Illes_Balears Inca||/1/Illes_Balears
		Calvià|Calviá|/1/Illes_Balears Llucmajor|Lluchmayor|/1/Illes_Balears
		Eivissa|Ibiza|/2/Illes_Balears Maó|Mahón|/1/Illes_Balears
		Ciutadella de Menorca|Ciudadela de Menorca|/1/Illes_Balears""")}
# Province: postcode head, telephone area.
PROVINCE = {"Madrid": ("28", "91"), "Barcelona": ("08", "93"),
	"Girona": ("17", "972"), "Lleida": ("25", "973"), "València":
	("46", "96"), "Alacant": ("03", "965"), "Castelló": ("12", "964"),
	"Sevilla": ("41", "954"), "Cádiz": ("11", "956"), "Huelva": ("21",
	"959"), "Bizkaia": ("48", "94"), "Gipuzkoa": ("20", "943"), "Araba":
	("01", "945"), "Zaragoza": ("50", "976"), "Huesca": ("22", "974"),
	"Teruel": ("44", "978"), "Málaga": ("29", "952"), "A Coruña": ("15",
	"981"), "Lugo": ("27", "982"), "Ourense": ("32", "988"),
	"Pontevedra": ("36", "986"), "Illes Balears": ("07", "971")}


def towns_of(recs):
	"""(official, other name, -ko form, weight, province); a name may run
	on to the next line, a province's space is written "_"."""
	out = []
	for rec in re.findall(r"[^/\s][^/]*/\d+/\S+", recs):
		names, w, prov = rec.strip().split("/")
		n, alt, ko = (" ".join(x.split()) for x in names.split("|"))
		out.append((n, alt, ko, int(w), prov.replace("_", " ")))
	return out


DESKS = {d: towns_of(v[1]) for d, v in DESK_TOWNS.items()}
LANG = {d: v[0] for d, v in DESK_TOWNS.items()}
DESK_SHARE = [("MAD", 20), ("BCN", 16), ("VLC", 11), ("SVQ", 10),
	("BIO", 10), ("ZAZ", 7), ("AGP", 9), ("LCG", 9), ("PMI", 8)]
TOWN_CUM = {d: list(accumulate(t[3] for t in ts)) for d, ts in DESKS.items()}
# Municipalities of each desk's provinces where no customer is (other-town
# impostors, same-shape names), as (official, other name).
ELSEWHERE = {"MAD": [("Aranjuez", ""), ("Torrejón de Ardoz", ""),
	("Collado Villalba", "")], "BCN": [("Manresa", ""), ("Figueres",
	"Figueras"), ("Vic", "Vich")], "VLC": [("Alzira", "Alcira"),
	("Benidorm", ""), ("Vila-real", "Villarreal")], "SVQ": [("Carmona",
	""), ("Lebrija", ""), ("Sanlúcar de Barrameda", "")], "BIO":
	[("Gernika-Lumo", "Guernica y Luno"), ("Zarautz", "Zarauz"),
	("Llodio", "Laudio")], "ZAZ": [("Tarazona", ""), ("Caspe", ""),
	("Alcañiz", "")], "AGP": [("Estepona", ""), ("Nerja", ""),
	("Coín", "")], "LCG": [("Betanzos", ""), ("Carballo", ""),
	("Monforte de Lemos", "")], "PMI": [("Sóller", ""), ("Alcúdia",
	"Alcudia"), ("Santa Eulària des Riu", "Santa Eulalia del Río")]}
# Namesake municipalities in other provinces (namesake-town impostors).
NAMESAKE = {"Alcalá de Henares": ["Alcalá la Real", "Alcalá del Júcar"],
	"Alcalá de Guadaíra": ["Alcalá la Real", "Alcalá de los Gazules"],
	"Villanueva de la Cañada": ["Villanueva de la Serena",
	"Villanueva de la Jara", "Villanueva de la Torre"],
	"Villanueva del Pardillo": ["Villanueva del Arzobispo",
	"Villanueva del Fresno"], "Villanueva del Ariscal":
	["Villanueva del Río y Minas", "Villanueva del Arzobispo"],
	"Villanueva de Gállego": ["Villanueva de Huerva",
	"Villanueva de Sigena"], "Villanueva del Rosario":
	["Villanueva del Trabuco", "Villanueva de Algaidas"],
	"San Sebastián de los Reyes": ["San Sebastián de la Gomera"],
	"Vilanova i la Geltrú": ["Vilanova del Camí", "Vilanova de Bellpuig"],
	"Sant Cugat del Vallès": ["Sant Cugat Sesgarrigues"],
	"Jerez de la Frontera": ["Jerez de los Caballeros"],
	"Castelló de la Plana": ["Castelló d'Empúries", "Castelló de Rugat"],
	"Palma": ["Palma del Río", "La Palma del Condado"],
	"Alhaurín de la Torre": ["Alhaurín el Grande"],
	"Vélez-Málaga": ["Vélez-Rubio", "Vélez-Blanco"],
	"Santiago de Compostela": ["Santiago del Teide"],
	"Torrent": ["Torrent de Cinca"]}
COMARCA = {"MAD": ["Sierra Norte", "Henares", "Sierra Oeste"], "BCN":
	["Vallès Occidental", "Maresme", "Baix Llobregat", "Garrotxa"],
	"VLC": ["La Safor", "Camp de Túria", "Marina Alta"], "SVQ":
	["Aljarafe", "Campiña", "Bajo Guadalquivir"], "BIO": ["Uribe Kosta",
	"Duranguesado", "Lea-Artibai"], "ZAZ": ["Ribera Alta del Ebro",
	"Campo de Borja", "Cinco Villas"], "AGP": ["Axarquía",
	"Serranía de Ronda", "Guadalteba"], "LCG": ["Terra Chá", "Mariñas",
	"Bergantiños"], "PMI": ["Pla de Mallorca", "Raiguer", "Migjorn"]}
STREET = ["Calle Mayor", "Calle Real", "Avenida de la Constitución",
	"Calle San Francisco", "Plaza de España", "Calle Nueva",
	"Calle del Carmen", "Avenida de Andalucía", "Calle Alcalá",
	"Calle de la Iglesia", "Paseo del Prado", "Calle Goya",
	"Calle Velázquez", "Avenida del Puerto", "Calle Colón",
	"Calle Cervantes", "Calle Sol", "Calle Ramón y Cajal"]
STREET_CA = ["Carrer Major", "Carrer de Sant Pere", "Plaça de la Vila",
	"Carrer Nou", "Avinguda Diagonal", "Carrer de la Creu"]

# ---------------------------------------------------------------- people
SURNAMES = """García Rodríguez González Fernández López Martínez Sánchez
	Pérez Martín Gómez Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez
	Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil
	Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado Castro
	Ortiz Rubio Marín Sanz Núñez Iglesias Medina Garrido Cortés Castillo
	Santos Lozano Guerrero Cano Prieto Méndez Calvo Gallego Vidal León
	Márquez Herrera Peña Cabrera Campos Vega Fuentes Diez Caballero Nieto
	Reyes Aguilar Pascual Herrero Gracia Lorenzo Montero Hidalgo Ibáñez
	Ferrer Durán Benítez Mora Vicente Vargas Arias Carmona Crespo Pastor
	Soto Sáez Velasco Soler Parra Esteban Bravo Gallardo Pons Puig Vila
	Roca Font Serra Riera Casals Pujol Bosch Sala Etxeberria Goikoetxea
	Agirre Bengoetxea Arregi Zubizarreta Urrutia Garaikoetxea Otero Rial
	Varela Seoane Castiñeira Lamas Mariño Peñalver Ordóñez""".split()
GIVEN = ("""Antonio José Manuel Francisco Juan David Javier Carlos Daniel
	Jesús Miguel Alejandro Rafael Pedro Pablo Fernando Sergio Jorge Alberto
	Luis Ángel Ignacio Álvaro Jordi Xavier Pau Iker Mikel Iñaki Xosé
	Ramón Andrés""".split() + ["José Luis", "Juan Carlos", "José Antonio",
	"Miguel Ángel"], """María Carmen Ana Isabel Laura Cristina Marta Lucía
	Pilar Elena Rosa Paula Raquel Silvia Beatriz Montserrat Núria Ainhoa
	Itziar Maite Uxía Begoña Noelia Mercedes Dolores""".split() + [
	"María José", "Ana Belén", "María del Mar"])
# A Basque surname in its Spanish spelling (real rows "basque").
BASQUE = {"Etxeberria": "Echeverría", "Goikoetxea": "Goicoechea",
	"Agirre": "Aguirre", "Bengoetxea": "Bengoechea", "Arregi": "Arregui",
	"Garaikoetxea": "Garaicoechea"}
# Surnames and words no customer draws (same-shape impostors).
OUT_SURNAME = ["Villalobos", "Quintanilla", "Bermúdez", "Arroyo",
	"Zamorano", "Bustamante", "Valverde", "Olmedo", "Barrientos",
	"Escudero"]
OUT_BRAND = ["Albaicín", "Tramuntana", "Guadiana", "Moncayo", "Cierzo",
	"Alborán", "Aneto", "Peñíscola", "Mulhacén", "Teide"]
OUT_PATRON = ["Gloria Fuertes", "Vicente Aleixandre", "Rosalía de Castro",
	"Santa Teresa de Jesús"]
OUT_STREET = ["Calle Zurbarán", "Calle Espronceda", "Avenida de Portugal"]


def person(rng, women=.5):
	"""(given name, two surnames, woman?)."""
	w = rng.random() < women
	s = rng.sample(SURNAMES, 2)
	return rng.choice(GIVEN[1] if w else GIVEN[0]), "%s %s" % tuple(s), w


# ---------------------------------------------------------------- words
HEADS = ["Iber", "Hispa", "Ibe", "Tec", "Electro", "Agro", "Inter", "Trans",
	"Geo", "Termo", "Hidro", "Auto", "Eco", "Medi", "Euro", "Pro", "Clima",
	"Gráfi", "Multi", "Cons", "Levan", "Norte", "Sur", "Costa", "Infor",
	"Metal", "Maderas", "Aceros", "Vidrios", "Tele"]
TAILS = ["sa", "tec", "med", "mar", "sur", "norte", "plus", "lux", "nova",
	"gest", "form", "net", "tel", "ser", "ges", "dis", "vial", "pack",
	"color", "data"]
BRAND = sorted({h + t for h in HEADS for t in TAILS if h.lower()[-2:] !=
	t[:2]})
BRAND += ["Alhambra", "Giralda", "Montserrat", "Tibidabo", "Albufera",
	"Mediterráneo", "Cantábrico", "Ebro", "Guadalquivir", "Tajo", "Duero",
	"Miño", "Pirineos", "Sierra Nevada", "Doñana", "Levante", "Poniente",
	"Atalaya", "Mirador", "Olivar", "Azahar", "Girasol", "Amanecer",
	"La Encina", "El Roble", "Los Almendros", "Brisa", "Horizonte"]
TRADE = ["Servicios", "Logística", "Instalaciones", "Reformas", "Sistemas",
	"Muebles", "Carpintería Metálica", "Climatización", "Proyectos",
	"Distribución", "Ingeniería", "Hostelería"]
BAR = ["El Cruce", "La Parada", "Los Arcos", "El Rincón", "La Plaza",
	"El Puerto", "La Bodeguilla", "El Lucero", "Los Faroles", "La Terraza",
	"El Patio", "La Marina", "Las Tinajas", "El Molino", "Txoko",
	"La Tasca", "El Faro", "Los Olivos"]
FRANCHISE = ["Ópticas Miravista", "Lavandería Burbuja",
	"Autoescuela Semáforo", "Inmobiliaria Casaclara",
	"Academia Pitágoras", "Panadería Trigodoro", "Clínica Podológica Pisa",
	"Copistería Folio", "Heladería Polar"]
PATRON = ["Miguel de Cervantes", "Antonio Machado", "Federico García Lorca",
	"Ramón y Cajal", "Juan Ramón Jiménez", "Severo Ochoa",
	"Clara Campoamor", "Miguel Hernández", "Pío Baroja",
	"Jacinto Benavente", "Concepción Arenal"]
PATRON_CA = ["Pompeu Fabra", "Jacint Verdaguer", "Joan Miró",
	"Ramon Llull", "Mare de Déu de Montserrat", "Salvador Espriu"]
RELIG = ["San José", "Sagrado Corazón", "Nuestra Señora del Pilar",
	"La Salle", "Santa Ana", "San Agustín", "Escolapios",
	"María Auxiliadora", "Santo Ángel"]
RELIG_CA = ["Sant Josep", "Sagrat Cor", "Santa Anna", "La Salle"]
# Templates by sector: (weight, legal share, legal forms, templates).
# {N} the town, {B} a brand, {G} the owner's given name, {S} {S2} the
# owner's surnames, {T} Ldo. / Lda., {TR} a trade, {K} a number, {P} a
# school's patron, {R} a concertado's, {C} a street, {BAR} a bar's name,
# {FR} a franchise, {COM} a comarca, {PROV} the province; a template
# beginning "!" takes no legal form.
EMPRESA = [("S.L.", 52), ("S.L.U.", 16), ("S.A.", 9), ("S.A.U.", 3),
	("S.Coop.", 4), ("C.B.", 8)]
SECTORS = {
	"empresa": (20, .92, EMPRESA, ["{B}", "{B}", "{B} {TR}", "{B} {TR}",
		"Construcciones {B}", "Distribuciones {B}", "Talleres {S}",
		"Transportes {S} {S2}", "{S} e Hijos", "Hermanos {S}",
		"{S} y Cía.", "Instalaciones {S} {S2}", "Hnos. {S} {S2}"]),
	"autonomo": (12, 0, [], ["{G} {S} {S2}", "{G} {S} {S2}",
		"Taller Mecánico {G} {S}", "Electricidad {G} {S} {S2}",
		"Fontanería {S} {S2}", "Carpintería {G} {S}",
		"Reformas {G} {S} {S2}", "Peluquería {G} {S}"]),
	"profesional": (12, .8, [("S.L.P.", 45), ("S.L.", 30), ("C.B.", 10),
		("S.C.P.", 15)], ["Asesoría {B}", "Gestoría {S} {S2}",
		"Gestoría Administrativa {S}", "{S} {S2} Abogados",
		"{S} & {S2} Abogados", "Clínica Dental {B}",
		"Clínica Dental {S} {S2}", "Arquitectos {S} {S2}",
		"Asesoría Fiscal y Laboral {B}", "!Notaría {G} {S} {S2}"]),
	"farmacia": (6, .2, [("C.B.", 8), ("S.L.P.", 2)],
		["!Farmacia {T} {G} {S} {S2}", "Farmacia {S} {S2}",
		"Farmacia {B}", "!Farmacia {T} {S}"]),
	"bar": (5, .5, [("S.L.", 6), ("C.B.", 4)], ["Bar {BAR}",
		"Restaurante {BAR}", "Cafetería {BAR}", "Bar Restaurante {BAR}",
		"Mesón {BAR} {S}", "Casa {G0}"]),
	"franquicia": (5, .85, [("S.L.", 8), ("S.L.U.", 2)],
		["{FR} {N}"]),
	"ayuntamiento": (6, 0, [], []),
	"entidad": (3, 0, [], ["Mancomunidad {COM}",
		"Consorcio de Aguas {COM}", "Consorcio de Residuos {COM}",
		"{DIP}"]),
	"comunidad": (9, 0, [], ["Comunidad de Propietarios {C} {K} - {N}",
		"Comunidad de Propietarios {C}, {K} ({N})",
		"C.P. {C} {K} - {N}"]),
	"colegio": (8, 0, [], ["CEIP {P} - {N}", "IES {P} - {N}",
		"Colegio {R} - {N}", "Colegio {R} ({N})"])}
# The Catalan spelling of some templates (BCN, VLC, PMI desks).
CATALAN = {"Comunidad de Propietarios {C} {K} - {N}":
	"Comunitat de Propietaris {C} {K} - {N}", "CEIP {P} - {N}":
	"Escola {P} - {N}", "IES {P} - {N}": "Institut {P} - {N}",
	"Colegio {R} - {N}": "Col·legi {R} - {N}", "Farmacia {S} {S2}":
	"Farmàcia {S} {S2}", "Mancomunidad {COM}": "Mancomunitat {COM}"}
AYTO = {"es": ["Ayuntamiento de {N}", "Ayuntamiento de {N}",
	"Excmo. Ayuntamiento de {N}"], "ca": ["Ajuntament de {N}"],
	"gl": ["Concello de {N}"], "eu": ["{KO} Udala",
	"Ayuntamiento de {N}"]}
# A province's council where its name is not "Diputación Provincial de".
DIPUTACION = {"Bizkaia": "Diputación Foral de Bizkaia", "Gipuzkoa":
	"Diputación Foral de Gipuzkoa", "Araba": "Diputación Foral de Álava",
	"Barcelona": "Diputació de Barcelona", "Girona": "Diputació de Girona",
	"Lleida": "Diputació de Lleida", "València": "Diputació de València",
	"Castelló": "Diputació de Castelló", "Alacant": "Diputación de Alicante",
	"A Coruña": "Deputación da Coruña", "Lugo": "Deputación de Lugo",
	"Ourense": "Deputación de Ourense", "Pontevedra":
	"Deputación de Pontevedra", "Illes Balears": "Consell de Mallorca"}
# Other bodies of a town (town-body impostors).
BODIES = ["Juzgado de Paz de {N}", "Centro de Salud {N}",
	"Registro de la Propiedad de {N}", "Oficina de Empleo de {N}",
	"Guardia Civil - Puesto de {N}", "Oficina de Correos de {N}",
	"Parroquia de Santa María de {N}"]
ROLES = {"empresa": ["OFICINA", "CONTABILIDAD", "ALMACEN", "SERVIDOR"],
	"autonomo": ["OFICINA", "TALLER", "PORTATIL"], "profesional":
	["RECEPCION", "DESPACHO1", "DESPACHO2", "SERVIDOR"], "farmacia":
	["CAJA1", "CAJA2", "MOSTRADOR"], "bar": ["CAJA1", "TPV", "BARRA"],
	"franquicia": ["TIENDA", "CAJA1", "MOSTRADOR"], "ayuntamiento":
	["SECRETARIA", "REGISTRO", "INTERVENCION", "ALCALDIA"], "entidad":
	["SECRETARIA", "REGISTRO"], "comunidad": ["PORTERIA", "CONSERJE"],
	"colegio": ["SECRETARIA", "DIRECCION", "AULA1", "BIBLIOTECA"]}
TECHS = {"MAD": ["Hugo Sanz", "Lucía Calvo"], "BCN": ["Marc Puig",
	"Laia Ferrer"], "VLC": ["Vicent Soler", "Carla Pastor"], "SVQ":
	["Manuel Benítez", "Rocío Vargas"], "BIO": ["Unai Urrutia",
	"Leire Arregi"], "ZAZ": ["Jorge Gracia", "Sara Lorenzo"], "AGP":
	["Adrián Mora", "Alba Fuentes"], "LCG": ["Brais Otero",
	"Antía Varela"], "PMI": ["Biel Pons", "Aina Vila"]}
VENDORS = ["Movistar Empresas", "Vodafone Empresas", "Orange Empresas",
	"MásMóvil Negocios", "Iberdrola Clientes", "Endesa Energía",
	"Naturgy", "Wolters Kluwer A3", "Sage España", "Holded", "Arsys",
	"Dinahosting", "Correos Express", "SEUR", "MRW",
	"Esprinet Ibérica", "Ingram Micro España", "PcComponentes",
	"Infortisa", "FNMT Certificados", "Syncro Support"]
STAFF = ["TALLER-2", "Portátil de préstamo 3", "Equipo de pruebas 7",
	"Banco de trabajo", "Maqueta Win11", "RMA 12", "Hugo Sanz",
	"Marc Puig", "Almacén técnico", "Sustitución 4", "PC formación"]
PERSONAL = ["Particular - {G} {S}", "{G} {S} (particular)",
	"Portátil de {G}", "Ordenador casa {S}", "Casa - {G} {S}",
	"PC del hijo de {G}", "Cliente particular {G} {S}"]
PERSON = ["", "", "", "Particular: ", "Cliente particular ", "Sr. "]
PROSPECT = ["Presupuesto - ", "Oferta: ", "Posible cliente: ", "Demo ",
	"Prueba - ", "Visita comercial - "]
# What an autónomo's family's firm is called (family-firm impostors).
FAMILY_SL = ["{S} e Hijos S.L.", "Hermanos {S} S.L.",
	"{S} Inversiones S.L.", "Grupo {S} S.L.", "{S} Patrimonial S.L.",
	"Hnos. {S} C.B."]
FREE = ("gmail", "hotmail", "yahoo", "telefonica")

# ---------------------------------------------------------------- skeleton


# linkgen.plain() of every accented letter and sign a name here holds,
# worked out once: plain() a character at a time is most of the time a
# 50,000-customer list takes.
PLAIN = {i: lk.plain(chr(i)) for i in range(0xa0, 0x250)
	if lk.plain(chr(i)) != chr(i)}
L_DOT_L = re.compile(r"(?<=[A-Za-z])([lL])[·.\-]([lL])(?=[A-Za-z])")
NY = re.compile(r"(?<=[a-z])ny(?=[aeiou])")


def fold(s):
	"""s in small plain letters: l·l as ll, ñ and ny as n, accents
	dropped."""
	if "·" in s or "l." in s or "l-" in s or "L." in s or "L-" in s:
		s = L_DOT_L.sub(r"\1\2", s)
	s = s.translate(PLAIN).lower()
	return NY.sub("n", s) if "ny" in s else s


def latin(s):
	"""linkgen.latin(), through PLAIN."""
	return re.sub("[^A-Za-z .-]", "", s.translate(PLAIN))


def town_key(n):
	return re.sub("[^a-z]", "", fold(n))


TOWN_WORD = {}
for _ts in DESKS.values():
	for _t in _ts:
		for _n in _t[:3]:
			if _n:
				TOWN_WORD[fold(_n)] = town_key(_t[0])
for _v in ELSEWHERE.values():
	for _t in _v:
		for _n in _t:
			if _n:
				TOWN_WORD[fold(_n)] = town_key(_t[0])
for _v in NAMESAKE.values():
	for _n in _v:
		TOWN_WORD[fold(_n)] = town_key(_n)
TOWN_WORD["coruna"] = TOWN_WORD["a coruna"]	# "Concello da Coruña"
TOWN_RE = re.compile(r"(?<![\w])(%s)(?![\w])" % "|".join(re.escape(k)
	for k in sorted(TOWN_WORD, key=len, reverse=True)))
LEGAL_RE = re.compile(r"(?<![\w.])(?:s\.?\s?l\.?\s?[up]|s\.?\s?a\.?\s?u|"
	r"s\.?\s?l|s\.?\s?a|s\.?\s?c\.?\s?p|c\.?\s?b|s\.?\s?r\.?\s?l|"
	r"s\.?\s?coop|sdad\.?\s?coop|soc\.?\s?coop)\b\.?|"
	r"\bsociedad (?:de responsabilidad )?limitada(?: unipersonal| "
	r"profesional)?\b|\bsociedad anonima(?: unipersonal)?\b|"
	r"\bsociedad cooperativa\b|\bcomunidad de bienes\b|"
	r"\bsocietat civil privada\b|\by (?:cia|compania)\b\.?|"
	r"\bsdad\.? limitada\b")
CIF_RE = re.compile(r"\b([a-hj-np-sw])[\s-]?(\d{7})[\s-]?([0-9a-j])\b")
LONG_RE = [(re.compile(a), b) for a, b in (
	(r"\bc/\s?", " calle "), (r"\bc\.\s?e\.\s?i\.\s?p\b\.?", " ceip "),
	(r"\bi\.\s?e\.\s?s\b\.?", " ies "),
	(r"\bc\.\s?p\b\.?", " comunidad propietarios "),
	(r"\bcom\.\s?prop\b\.?", " comunidad propietarios "),
	(r"\bntra\.?\s?sra\b\.?", " nuestra senora "))]
# Words read as their long form: "long: word word ...; ...".
LONG = {w: long.strip() for long, ws in (x.split(":") for x in """
	ayuntamiento: ayto ajuntament ajunt concello udala;
	comunidad propietarios: cdp cp; comunidad: comunitat;
	propietarios: propietaris; calle: carrer c; avenida: avda avinguda;
	plaza: pza placa; hermanos: hnos hmnos germans; hijos: fills;
	farmacia: farm; construcciones: const; distribuciones: dist;
	instalaciones: inst; mancomunidad: manc mancomunitat;
	diputacion: dip diputacio; ies: institut instituto; ceip: escola;
	colegio: collegi col; asesoria: assessoria; restaurante: rte;
	san: sant; jose: josep; sagrado: sagrat; corazon: cor;
	ana: anna""".split(";")) for w in ws.split()}
LONG.update({fold(b): fold(a) for a, b in BASQUE.items()})
DROP = set("de del la las los el y e i da do d l a en excmo excma ldo lda "
	"dr dra cif nif sr sra n no num".split())


def _words(s):
	s = fold(s)
	s = CIF_RE.sub(lambda m: " cif%s%s%s " % m.groups(), s)
	s = LEGAL_RE.sub(" ", s)
	if "." in s or "/" in s or "ntra" in s:	# most names have none
		for r, b in LONG_RE:
			s = r.sub(b, s)
	if "udala" in s:	# Bilboko Udala
		s = re.sub(r"(\S+?)(?:ko|go) udala\b", r"udala \1", s)
	s = TOWN_RE.sub(lambda m: " %s " % TOWN_WORD[m.group(1)], s)
	return lk.dotted_words(s, LONG, DROP)


skel, skel_words, ck = lk.desk_checks(_words)


# ---------------------------------------------------------------- CIF
def cif_control(seven):
	"""The control of a CIF's seven digits: 10 less the last digit of
	the even places' sum and the odd places' doubled digits' sums."""
	a = sum(int(d) for d in seven[1::2])
	b = sum(sum(divmod(2 * int(d), 10)) for d in seven[0::2])
	return (10 - (a + b) % 10) % 10


def cif(rng, letter, head):
	"""A valid CIF of letter (a control letter for P, Q, S) in province
	head."""
	seven = head + "%05d" % rng.randint(0, 99999)
	k = cif_control(seven)
	return letter + seven + ("JABCDEFGHI"[k] if letter in "PQS" else str(k))


def cif_text(n, style=0):
	return ["%s%s", "%s-%s", "%s %s", "%s-%s-%s"][style] % ((n[0], n[1:])
		if style < 3 else (n[0], n[1:8], n[8]))


assert cif_control("2866715") == 2	# G28667152, a CIF on record

# ---------------------------------------------------------------- customers
SECTOR_CUM = (list(SECTORS), list(accumulate(v[0] for v in
	SECTORS.values())))


def fill(tpl, v):
	return re.sub(r"\{(\w+)\}", lambda m: v[m.group(1)], tpl)


def de(tpl, n):
	"""tpl's "de {N}" as the language writes it: Catalan d' before a
	vowel, Galician da / do before A / O."""
	if re.match(r"[AEIOUÀÈÉÍÒÓÚ]", n) and "Ajuntament" in tpl:
		return tpl.replace("de {N}", "d'{N}")
	m = re.match(r"(A|O) (.*)", n)
	if m and "Concello" in tpl:
		return tpl.replace("de {N}", "d%s %s" % (m.group(1).lower(),
			m.group(2)))
	return tpl


def values(rng, c, outside):
	t, desk = c["trec"], c["desk"]
	o = person(rng, .45)
	s1, s2 = o[1].split(" ", 1)
	ca = LANG[desk] == "ca"
	v = {"N": t[0], "KO": t[2], "G": o[0], "S": s1, "S2": s2,
		"T": "Lda." if o[2] else "Ldo.", "B": rng.choice(BRAND),
		"TR": rng.choice(TRADE), "K": str(rng.randint(1, 140)),
		"P": rng.choice(PATRON_CA if ca and rng.random() < .6 else PATRON),
		"R": rng.choice(RELIG_CA if ca and rng.random() < .6 else RELIG),
		"C": rng.choice(STREET_CA if ca and rng.random() < .5 else STREET),
		"BAR": rng.choice(BAR), "FR": rng.choice(FRANCHISE),
		"COM": rng.choice(COMARCA[desk]), "DIP": DIPUTACION.get(t[4],
		"Diputación Provincial de " + t[4]),
		"G0": rng.choice(GIVEN[0][:20]).split()[0]}
	if outside:	# words no customer's name is made of
		s = rng.sample(OUT_SURNAME, 2)
		e = rng.choice(ELSEWHERE[desk])
		v.update(S=s[0], S2=s[1], B=rng.choice(OUT_BRAND), N=e[0],
			KO=e[0] + "ko", P=rng.choice(OUT_PATRON), R=rng.choice(
			OUT_PATRON), C=rng.choice(OUT_STREET), BAR=rng.choice(OUT_BRAND),
			G0=rng.choice(OUT_BRAND), COM=rng.choice(OUT_BRAND))
	c["owner"] = (o[0], "%s %s" % (v["S"], v["S2"]))
	c["woman"] = o[2]
	return v


def make_customer(rng, desk=None, outside=False):
	"""A customer record: name, core (less the legal form and CIF), the
	words it is named by."""
	desk = desk or lk.wpick(rng, DESK_SHARE)
	town = rng.choices(DESKS[desk], cum_weights=TOWN_CUM[desk])[0]
	sector = rng.choices(SECTOR_CUM[0], cum_weights=SECTOR_CUM[1])[0]
	c = {"desk": desk, "sector": sector, "trec": town, "town": town[0],
		"cif": None}
	v = values(rng, c, outside)
	if sector == "ayuntamiento":
		tpl = rng.choice(AYTO[LANG[desk]])
		if "{KO}" in tpl and not v["KO"]:
			tpl = "Ayuntamiento de {N}"
		tpl = de(tpl, v["N"])
	else:
		tpl = rng.choice(SECTORS[sector][3])
		if LANG[desk] == "ca" and tpl in CATALAN and rng.random() < .6:
			tpl = CATALAN[tpl]
	w, share, forms_ = SECTORS[sector][:3]
	legal = ""
	if forms_ and not tpl.startswith("!") and rng.random() < share:
		legal = lk.wpick(rng, forms_)
		if legal == "S.C.P." and desk != "BCN":
			legal = "S.L.P."
	tpl = tpl.lstrip("!")
	used = set(re.findall(r"\{(\w+)\}", tpl))
	core = fill(tpl, v)
	name = "%s %s" % (core, legal) if legal else core
	if legal in ("S.L.", "S.L.U.", "S.A.", "S.A.U.") and rng.random() < .07:
		c["cif"] = cif(rng, "A" if legal[2] == "A" else "B",
			PROVINCE[town[4]][0])
		name += rng.choice([" - CIF %s", " (CIF %s)", ", NIF %s"]) % \
			cif_text(c["cif"], rng.choice([0, 0, 1]))
	c.update(name=name, core=core, legal=legal, tpl=tpl,
		surs=[v[k] for k in ("S", "S2") if k in used],
		owner=c["owner"] if "G" in used and sector in ("autonomo",
			"profesional", "farmacia") else None,
		brand=v["B"] if "B" in used else v["BAR"] if "BAR" in used else
		v["FR"] if "FR" in used else None,
		in_town=bool(used & {"N", "KO"}), num=v["K"] if "K" in used else
		None, street=v["C"] if "C" in used else None,
		patron=v["P"] if "P" in used else v["R"] if "R" in used else None,
		com=v["COM"] if "COM" in used else None)
	return c


def named_by(c):
	"""(sector, skeleton word) for each word a customer is named by: its
	brand, surnames, patron, street, comarca and town, else its core."""
	own = [w for w in (c["brand"], *c["surs"], c["patron"], c["street"],
		c["com"], c["in_town"] and c["town"]) if w]
	return [(c["sector"], skel(w)) for w in own or [c["core"]]]


def bodies(c):
	"""The one body of its kind a customer is in its town: a colegio's
	kind and patron, a franchise's brand, a comunidad's street and
	number, an ayuntamiento."""
	if c["sector"] == "colegio":
		return [(skel(c["tpl"].split()[0] + " " + c["patron"]), c["town"])]
	if c["sector"] == "franquicia":
		return [(skel(c["brand"]), c["town"])]
	if c["sector"] == "comunidad":
		return [(skel(c["street"]) + " " + c["num"], c["town"])]
	if c["sector"] == "ayuntamiento":
		return [("ayuntamiento", c["town"])]
	return []


def contacts(rng, c, ids):
	"""The owner first where there is one, then up to three people; the
	first is the customer's own name and address in Syncro too."""
	ps = [c["owner"]] if c["owner"] else []
	for _ in range(rng.randint(0 if ps else 1, 3)):
		ps.append(person(rng)[:2])
	out = [lk.contact(ids, a, b, c["domain"], latin) for a, b in ps]
	c["syncro"].update((k, out[0][k] if out else None) for k in
		("firstname", "lastname", "email"))
	return out


assets = lk.core_assets(DROP | {"ceip", "ies", "bar"}, ROLES, latin,
	lambda r, c: person(r)[0].split()[0])


def address(rng, c):
	t = c["trec"]
	head, tel = PROVINCE[t[4]]
	return {"address": "%s, %d" % (c["street"] or rng.choice(STREET),
		rng.randint(1, 140)), "address_2": rng.choice([None, None, None,
		"%dº %s" % (rng.randint(1, 8), rng.choice("ABCD")), "Bajo",
		"Local %d" % rng.randint(1, 9), "Nave %d" % rng.randint(1, 20)]),
		"city": t[0], "state": t[4],
		"zip": "%s%03d" % (head, rng.randint(1, 999)),
		"phone": "+34 %s%s" % (tel, "".join(str(rng.randint(0, 9))
		for _ in range(9 - len(tel))))}


TLD = {"ca": ".cat", "eu": ".eus", "gl": ".gal"}


def domain(rng, c, taken):
	"""The customer's own domain (.es, .com, or the language's .cat
	.eus .gal; a free mailbox for a fifth of the autónomos, bars and
	comunidades), a digit more where taken."""
	s = c["sector"]
	town = re.sub("[^a-z]", "", latin(c["town"]).lower())
	if rng.random() < .2 and s in ("autonomo", "bar", "comunidad",
			"farmacia"):
		return rng.choice(FREE) + rng.choice([".com", ".es"])
	tld = rng.choice([".es", ".es", ".com", TLD.get(LANG[c["desk"]],
		".es")])
	if s == "ayuntamiento":
		return lk.numbered_domain(rng.choice(["", "ayto", "aj"]) + town,
			tld, taken)
	word = c["brand"] or c["patron"] or (c["surs"] or [""])[0] or town
	d = re.sub("[^a-z0-9]", "", latin(word).lower())[:16] or town
	d += {"profesional": ("abogados" if "Abogados" in c["core"] else
		"dental" if "Dental" in c["core"] else "asesores" if "Aseso" in
		c["core"] or "Gestor" in c["core"] else ""),
		"farmacia": "farmacia", "colegio": town, "franquicia": town,
		"comunidad": "cp"}.get(s, "")
	return lk.numbered_domain(d, tld, taken)


def population(rng, n):
	"""n customers, none going by a form another goes by (a draw that
	does is drawn again); ids 1 to 3 apart from 52000001 on, contacts'
	and assets' from 52300001."""
	g, taken, doms, shared = lk.G(), set(), set(), set()
	g.custs, ids = [], iter(range(52300001, 53000000))

	def fresh():
		c = None
		while not c:
			c = lk.draw_unseen(lambda: make_customer(rng),
				lambda d: {skel(f) for f in lk.short_names(d)}, taken, 60)
		return c
	cid = 52000000
	for _ in range(n):
		c = fresh()
		cid += rng.randint(1, 3)
		c["id"], c["domain"] = cid, domain(rng, c, doms)
		lk.add_customer(rng, g, c, ids, shared, address, contacts, assets)
	g.shared = sorted(shared)
	return g


def index(g):
	"""linkgen's indexes, the bodies each town has, the CIFs taken."""
	lk.index_named(ck, g, lk.short_names, named_by, "cifs", lambda c: c["cif"])
	g.bodies = set()
	g.cifed = [i for i, c in enumerate(g.custs) if c["cif"]]
	for c in g.custs:
		g.bodies.update(bodies(c))


# ---------------------------------------------------------------- typing
# The Spanish layout's rows: ñ right of l, ç right of the accent key.
TYPO = lk.Typo(["1234567890'¡", "qwertyuiop`+", "asdfghjklñ´ç",
	"<zxcvbnm,.-"])
n_typo, n_typo2 = TYPO.n_core_typo, TYPO.n_core_typo2
n_caps, n_lower = lk.case_rows(r"[.,()'\"·]")


def keeps(c, t):
	"""t keeps what tells c from its neighbours: its town, number,
	patron and street where its name has them."""
	st = skel(t)
	for w in (c["in_town"] and c["town"], c["patron"], c["street"]):
		if w and skel(w) not in st:
			return False
	return not (c["num"] and c["num"] not in re.findall(r"\d+", t))


def n_truncated(rng, g, c):
	"""linkgen's cut, not off the town, number, patron or surnames, and
	not down to a listed person's name."""
	t = lk.n_truncated(rng, g, c)
	t = t and t.rstrip(" ,-(")
	if not t or not keeps(c, t) or skel(t) in g.person:
		return None
	return t if all(s in t for s in c["surs"]) else None


def n_accents(rng, g, c):
	"""Accents dropped (all, or some), ñ typed n or ny, ç as c, l·l as
	l.l or ll: "Farmacia Munoz", "Penyalver", "Col.legi"."""
	s = lk.name_or_core(rng, c, .5)
	if s == lk.plain(s) and "·" not in s:
		return None
	r = rng.random()
	if r < .55:
		return lk.plain(s).replace("·", rng.choice([".", "", "-"]))
	if r < .8:
		return "".join(lk.plain(ch) if rng.random() < .5 else ch for ch in s)
	t = s.replace("ñ", "ny").replace("Ñ", "NY").replace("·", ".")
	return t if t != s else None


def n_reorder(rng, g, c):
	"""An owner's surnames before the given name ("García Pérez, José"),
	or a pharmacy's holder before "Farmacia"."""
	if c["sector"] == "autonomo" and c["owner"] and \
			c["name"] == "%s %s" % c["owner"]:
		gv, s = c["owner"]
		return rng.choice(["%s, %s", "%s %s"]) % (s, gv)
	if c["sector"] == "farmacia" and c["core"].startswith("Farm"):
		head, rest = c["core"].split(" ", 1)
		return "%s %s" % (re.sub(r"^L(do|da)\. ", "", rest), head)
	return None


# The abbreviations, "long = short; ...".
SHORT = [tuple(x.strip() for x in p.split("=")) for p in """
	Ayuntamiento = Ayto.; Excmo. Ayuntamiento = Ayuntamiento;
	Ajuntament = Ajunt.; Comunidad de Propietarios = C.P.;
	Comunidad de Propietarios = CdP; Comunidad de Propietarios = Com. Prop.;
	Comunitat de Propietaris = C.P.; Calle = C/; Avenida = Avda.;
	Plaza = Pza.; Carrer = C/; Hermanos = Hnos.; Hnos. = Hermanos;
	y Cía. = y Cia; y Cía. = y Compañía; Nuestra Señora = Ntra. Sra.;
	Construcciones = Const.; Distribuciones = Dist.; Instalaciones = Inst.;
	Mancomunidad = Manc.; Diputación Provincial = Diputación;
	Farmacia = Farm.; CEIP = C.E.I.P.; IES = I.E.S.; IES = Instituto;
	Restaurante = Rte.; Col·legi = Colegio; Escola = CEIP; Institut = IES;
	Ldo. = Licenciado; Lda. = Licenciada; & = y""".split(";")]


# Each abbreviation's long form as a whole word, ready to be swapped once.
SHORT_RE = [(re.compile(r"(?<![\w.])%s%s" % (re.escape(a), r"(?!\w)" if
	a[-1].isalnum() else "")), b) for a, b in SHORT]
n_abbrev = lk.abbrev_row(SHORT_RE, lambda t, r, b: r.sub(b, t, count=1))


def n_acronym(rng, g, c):
	"""A name of three words or more with no person, town nor number in
	it, by its initials: "Asesoría Fiscal y Laboral Ibertec" as "AFLI"."""
	if any(c[k] for k in ("surs", "in_town", "num", "cif", "patron")):
		return None	# a person, a place or a number: no acronym
	ws = [w for w in re.findall(r"[^\W\d_][\w·]*", c["core"]) if
		fold(w) not in DROP]
	if len(ws) < 3 or any(w.isupper() for w in ws):
		return None
	return lk.initials(rng, ws)


RESPELL = {"S.L.": ["SL", "S.L", "s.l.", "S. L.", "Sociedad Limitada",
	"Sdad. Limitada", "SRL", "S.L.U."], "S.L.U.": ["SLU", "S.L.U",
	"s.l.u.", "S.L.", "Sociedad Limitada Unipersonal", "SL"], "S.A.":
	["SA", "S.A", "s.a.", "Sociedad Anónima"], "S.A.U.": ["SAU", "S.A.U",
	"S.A."], "S.Coop.": ["S. Coop.", "Sdad. Coop.", "Sociedad Cooperativa",
	"SCoop"], "C.B.": ["CB", "C.B", "Comunidad de Bienes", "c.b."],
	"S.L.P.": ["SLP", "S.L.P", "S.L.", "Sociedad Limitada Profesional"],
	"S.C.P.": ["SCP", "S.C.P", "Societat Civil Privada"]}


def legal_other(rng, c, r):
	"""The legal form respelt or swapped for its neighbour (S.L.U. as
	S.L.), now and then before a comma."""
	alt = rng.choice(RESPELL[c["legal"]])
	return "%s%s %s" % (c["core"], "," if r > .9 else "", alt)


n_legal = lk.legal_row(legal_other)


def n_coofficial(rng, g, c):
	"""The town, or an ayuntamiento, in its other official language:
	"Ayuntamiento de Gerona" for "Ajuntament de Girona", "Ayuntamiento de
	San Sebastián" for "Donostiako Udala", "Farmacia ... Lérida"."""
	t = c["trec"]
	if not c["in_town"]:
		return None
	if c["sector"] == "ayuntamiento":
		lang = LANG[c["desk"]]
		if lang == "es":
			return None
		if lang != "eu" or c["name"].endswith("Udala"):
			return "Ayuntamiento de %s" % (t[1] or t[0])
		if t[1] and rng.random() < .5:
			return "Ayuntamiento de %s" % t[1]
		return "%s Udala" % t[2]
	if not t[1] or t[0] not in c["name"]:
		return None
	return lk.name_or_core(rng, c, .6).replace(t[0], t[1], 1)


def n_basque(rng, g, c):
	"""A Basque surname in its Spanish spelling: "Fontanería Echeverría
	Ruiz" for "Fontanería Etxeberria Ruiz"."""
	s = lk.name_or_core(rng, c, .6)
	hit = [k for k in BASQUE if k in s]
	if not hit:
		return None
	return s.replace(hit[0], BASQUE[hit[0]], 1)


def n_number(rng, g, c):
	"""A comunidad's portal number typed another way: "nº 12", "n.º 12",
	"núm. 12", after a comma or not."""
	if c["sector"] != "comunidad":
		return None
	s = c["core"]
	m = re.search(r",? %s\b" % c["num"], s)
	if not m:
		return None
	sep = rng.choice([", ", " nº ", " n.º ", " núm. ", ", nº ", " Nº "])
	if sep.strip(" ,") == "" and m.group(0).startswith(","):
		sep = " "
	return s[:m.start()] + sep + c["num"] + s[m.end():]


def n_branch(rng, g, c):
	"""A site after the name: "Ibertec S.L. - almacén", "Asesoría Medina
	(oficina Getafe)"."""
	if c["in_town"] or c["sector"] in ("comunidad", "colegio",
			"ayuntamiento"):
		return None
	s = lk.name_or_core(rng, c, .6)
	site = rng.choice(["oficina {T}", "{T}", "sede {T}", "sede central",
		"almacén", "tienda {T}", "administración"]).format(T=c["town"])
	return rng.choice(["%s - %s", "%s (%s)", "%s, %s"]) % (s, site)


def n_owner(rng, g, c):
	"""An autónomo, notary or pharmacist typed by the owner: "José García
	Pérez", "José García", "García Pérez José"."""
	if not c["owner"] or c["name"] == "%s %s" % c["owner"]:
		return None
	gv, s = c["owner"]
	if len(g.person.get(skel("%s %s" % (gv, s)), ())) != 1:
		return None	# another customer's contact of that name
	return rng.choice(["%s %s" % (gv, s), "%s %s" % (gv, s.split()[0]),
		"%s %s" % (s, gv)])


def n_cif(rng, g, c):
	"""The CIF of a name that carries it typed another way."""
	if not c["cif"]:
		return None
	n = cif_text(c["cif"], rng.randint(0, 3))
	if rng.random() < .2:
		n = n.lower()
	label = rng.choice(["CIF ", "", "CIF: ", "NIF "])
	return rng.choice(["%s %s%s", "%s (%s%s)", "%s - %s%s"]) % (
		lk.core_form(c), label, n)


n_contact = lk.contact_row(lambda rng, c, p: rng.choice(["", "", "",
	"(gerente)", "(administración)", "(contabilidad)", "(secretaría)",
	"(dirección)", "(recepción)"]))
n_person = ck.person_row(lambda rng, c: False)
n_domain = lk.domain_row(FREE)


TURNS = (n_legal, n_abbrev, n_coofficial, n_branch,
	n_reorder)
NOISE = (n_typo, n_caps, n_lower, n_accents,
	n_truncated)
n_mixed = lk.mixed_row(TURNS, NOISE, False)


def table(spec, funcs):
	"""(kind, function, share) rows of spec ("kind share, ...") and
	funcs, one a kind, in its order."""
	rows = [x.rsplit(None, 1) for x in spec.split(",")]
	assert len(rows) == len(funcs)
	return [(k.strip(), f, int(w)) for (k, w), f in zip(rows, funcs)]


KINDS = table("""exact 11, caps 3, lower 5, typo 9, two typos 3, accents 9,
	truncated 4, reorder 2, abbrev 8, acronym 2, legal 9, coofficial 5,
	basque 1, owner 3, branch 3, cif 2, number 2, contact 3, person 2,
	domain 2, mixed 4""", (lk.n_exact, n_caps, n_lower, n_typo, n_typo2,
	n_accents, n_truncated, n_reorder, n_abbrev, n_acronym, n_legal,
	n_coofficial, n_basque, n_owner, n_branch, n_cif, n_number, n_contact,
	n_person, n_domain, n_mixed))


# ---------------------------------------------------------------- impostors
i_fresh, i_prospect = lk.fresh_rows(lambda rng, desk:
	make_customer(rng, desk, outside=True), named_by, PROSPECT)


def retown(c, new):
	"""c's core with its town (or its -ko form) turned to new."""
	t = c["trec"]
	s = c["core"]
	if t[2] and t[2] + " Udala" in s:
		return s.replace(t[2] + " Udala", "Ayuntamiento de " + new, 1)
	if t[0].startswith("A ") and "da " + t[0][2:] in s:
		return s.replace("da " + t[0][2:], "de " + new, 1)
	if t[0] not in s:
		return None
	s = s.replace("d'" + t[0], "de " + t[0])
	return s.replace(t[0], new, 1)


def i_town(rng, g, c):
	"""An ayuntamiento or a comunidad's street in a municipality of the
	desk's provinces no customer is in."""
	if c["sector"] not in ("ayuntamiento", "comunidad"):
		return None
	e = rng.choice(ELSEWHERE[c["desk"]])
	return retown(c, e[1] if e[1] and rng.random() < .3 else e[0])


def i_namesake(rng, g, c):
	"""The ayuntamiento of a namesake municipality in another province:
	"Ayuntamiento de Villanueva de la Serena" beside "Ayuntamiento de
	Villanueva de la Cañada"; of any customer in such a town."""
	t = c["trec"]
	if t[0] not in NAMESAKE:
		return None
	n = rng.choice(NAMESAKE[t[0]])
	tpl = rng.choice(["Ayuntamiento de {N}", "Ayto. de {N}",
		"Ayuntamiento de {N}"])
	return fill(tpl, {"N": n})


def other_site(rng, g, c, key):
	"""A town of c's desk or of its provinces where no customer is the
	body key; None when every one is."""
	towns = [t[0] for t in DESKS[c["desk"]] if (key, t[0]) not in
		g.bodies] + [t[0] for t in ELSEWHERE[c["desk"]]]
	return rng.choice(towns) if towns else None


def i_store(rng, g, c):
	"""The franchise brand's store in a town where it has no customer:
	"Ópticas Miravista Leganés" beside "Ópticas Miravista Getafe S.L."."""
	if c["sector"] != "franquicia":
		return None
	n = other_site(rng, g, c, skel(c["brand"]))
	if not n:
		return None
	return "%s %s%s" % (c["brand"], n, rng.choice(["", "", " S.L."]))


def i_school(rng, g, c):
	"""The colegio of a customer colegio's name in another town: "Colegio
	San José - Utrera" beside "Colegio San José - Écija"."""
	if c["sector"] != "colegio":
		return None
	kind = c["tpl"].split()[0]
	n = other_site(rng, g, c, skel(kind + " " + c["patron"]))
	if not n:
		return None
	return rng.choice(["%s %s - %s", "%s %s (%s)", "%s %s %s"]) % (kind,
		c["patron"], n)


def i_portal(rng, g, c):
	"""Another number of a comunidad de propietarios' street in its town:
	"C.P. Calle Mayor 37 - Getafe" beside "... Calle Mayor 12 - Getafe"."""
	if c["sector"] != "comunidad":
		return None
	k = int(c["num"]) + rng.choice([-20, -9, 11, 13, 22, 31, 48])
	if k < 1 or (skel(c["street"]) + " " + str(k), c["town"]) in g.bodies:
		return None
	return re.sub(r"\b%s\b" % c["num"], str(k), c["core"], count=1)


def i_family_sl(rng, g, c):
	"""The S.L. of an autónomo's family: "García Pérez e Hijos S.L."
	beside "Taller Mecánico José García"."""
	if c["sector"] != "autonomo" or not c["surs"]:
		return None
	s = " ".join(c["surs"]) if rng.random() < .5 else c["surs"][0]
	return fill(rng.choice(FAMILY_SL), {"S": s})


def i_family(rng, g, c):
	"""A named owner's relative of another given name: "Farmacia Lda.
	Ana García Pérez" beside "Farmacia Ldo. José García Pérez"."""
	if not c["owner"]:
		return None
	gv, s = c["owner"]
	woman = rng.random() < .5
	other = rng.choice(GIVEN[1] if woman else GIVEN[0])
	if other == gv or "%s %s" % (gv, s) not in c["core"]:
		return None
	t = c["core"].replace("%s %s" % (gv, s), "%s %s" % (other, s))
	return re.sub(r"\bLd[oa]\.", "Lda." if woman else "Ldo.", t)


def i_body(rng, g, c):
	"""Another body of an ayuntamiento's town: its juzgado de paz,
	centro de salud, registro de la propiedad ..."""
	if c["sector"] != "ayuntamiento":
		return None
	t = c["trec"]
	return fill(rng.choice(BODIES), {"N": t[1] if t[1] and rng.random() <
		.3 else t[0]})


def i_cif(rng, g, c):
	"""A name that carries its CIF with another valid one before it, as
	an invoice's header is pasted: another body of the same name."""
	if not g.cifed:
		return None
	c = g.custs[rng.choice(g.cifed)]
	new = cif(rng, c["cif"][0], c["cif"][1:3])
	if new in g.cifs or lk.la.within1(new, c["cif"]):
		return None
	return "%s %s" % (rng.choice(["CIF %s", "NIF: %s", "%s"]) %
		cif_text(new, rng.randint(0, 1)), lk.core_form(c))


i_person, i_personal = lk.person_impostors(ck,
	lambda rng, c: person(rng)[:2], PERSON, PERSONAL)

IMPOSTORS = lk.impostor_kinds(table("""same shape 12, other town 5,
	namesake town 5, other store 5, namesake school 6, other portal 6,
	family firm 6, family member 6, town body 4, other CIF 3, person 7,
	vendor 8, prospect 5, personal 4, own staff 5""", (i_fresh, i_town,
	i_namesake, i_store, i_school, i_portal, i_family_sl, i_family, i_body,
	i_cif, i_person, lk.one_of(VENDORS), i_prospect, i_personal,
	lk.one_of(STAFF))))


if __name__ == "__main__":
	# Syncro's fields kept; each desk's bench machines; numbered()'s
	# start, step and minutes.
	lk.desk_main("blind52", ck, population, index, KINDS, IMPOSTORS,
		("id", "name", "syncro", "contacts", "assets"),
		("TALLER-%s-%d", 6), TECHS, (1852000000, 947, 60))
