#!/usr/bin/env python3
# gen-link-blind54.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 32: the lead runs it once).  A Mexican MSP
# serving Mexico alone: one Syncro account, one ScreenConnect, desks in
# Ciudad de México (CMX), Guadalajara (GDL: Jalisco), Monterrey (MTY:
# Nuevo León), Puebla (PUE), Querétaro (QRO), Tijuana (TIJ: Baja
# California), Mérida (MID: Yucatán), León (LEO: Guanajuato) and Cancún
# (CUN: Quintana Roo).  Customers: small firms (S.A. de C.V., S. de R.L.
# de C.V., S.A.P.I. de C.V., S.A., S. de R.L.; "Hnos.", "e Hijos",
# "Grupo"), personas físicas con actividad empresarial named after the
# owner or a nombre comercial (refaccionarias, ferreterías, abarrotes,
# tortillerías, talleres), consultorios médicos and dentales ("Dr." /
# "Dra."), farmacias and laboratorios, despachos contables and jurídicos
# (S.C., "y Asociados"), notarías públicas ("Notaría Pública No. 12 de
# Guadalajara"), colegios and escuelas particulares (A.C., S.C.),
# asociaciones civiles and instituciones de asistencia (A.C., I.A.P.,
# I.B.P.), municipios and their bodies (Municipio / H. Ayuntamiento /
# Presidencia Municipal, Alcaldía in Mexico City, DIF municipal, the
# organismos operadores de agua; a municipio whose name other states
# share carries its state), and franchise stores of shared brands, each
# its own razón social; some firms carry their RFC.  Writes
# OUTDIR/customers.json (as Syncro's GET /customers returns them: id,
# business_name, firstname, lastname, email, phone, address, address_2,
# city, state, zip, contacts, assets), names.tsv (typed TAB true id or ""
# TAB kind TAB machine), sessions.jsonl and sessions-machine.jsonl
# through linkgen.desk_main.  Python stdlib only, deterministic for a
# seed.  Customer ids from 54000000 (below 54200000 at 50,000 customers:
# the id grows by 1 to 3 with a customer kept), contacts' and assets'
# from 54300001 (below 55000000).
#
# Where each shape comes from ("found": found with the session's search
# tool; "known": public knowledge, no search):
# - Legal forms (found: dlapiperintelligence.com "Obtaining a name"
#   (Mexico) and hashbalance.com "Navigating Mexican Business Entities" -
#   S.A. de C.V., S. de R.L. de C.V., S.A.P.I. de C.V. the three usual
#   commercial forms; freemanlaw.com - S.A. fixed capital, Sociedad
#   Civil; immigrationpros.com.mx - S. de R.L.): A.C., I.A.P. and I.B.P.
#   known; their spellings as typed (SA de CV, S.A DE C.V, SAPI, SC, AC)
#   and SAT's razón social in capitals without accents or dots (CFDI)
#   known.
# - RFC (found: code - MemoRodz/RFCMexico README, RFC validators: a
#   persona física's 13 characters, four letters of the surnames and
#   given name, YYMMDD, a three-character homoclave; a persona moral's 12
#   characters, three letters): the last character's check (weights 13 to
#   2 over a table of digits, letters, & and space, 11 - sum mod 11, 10 as
#   "A") known, checked on SAT's example GODE561231GR8; typed bare, with
#   dashes or spaces, or after "RFC".
# - Surnames (found: gobiznext.com after INEGI 2017-2020 - Hernández,
#   García, Martínez, López, González, Pérez, Rodríguez, Sánchez, Ramírez,
#   Cruz, Flores, Gómez, Morales, Vázquez, Jiménez, Reyes, Torres, Díaz,
#   Gutiérrez, Mendoza; sipse.com after the INE - Yucatán's Maya surnames
#   Chan, Pech, Canul, May, Canché, Dzul, Poot): two surnames, paterno
#   and materno, given names known.
# - Municipios (known): the alcaldías of Mexico City and the municipios of
#   each desk's state, those another state has of the same name (Benito
#   Juárez, Guadalupe, Juárez, Santa Catarina, Tonalá, Progreso, San Juan
#   del Río, Cuauhtémoc); H. Ayuntamiento, Presidencia Municipal, Sistema
#   DIF, the water bodies (Sistema de Agua Potable y Alcantarillado, Junta
#   Municipal de Agua Potable, known by acronyms such as SAPAL, JUMAPA);
#   colonias, códigos postales and +52 area codes.
# - Notarías (known): "Notaría Pública No. N de <town>", numbered per
#   town, the notario a Lic.
# - Keyboard (known): the Latin American layout is QWERTY with ñ after l;
#   accents are dead keys, so they are dropped, and ñ typed as n.
# - Brands and vendors (known): franchise brands whose stores are each
#   their own razón social (Farmacias Similares, Italian Coffee, Nutrisa,
#   Kumon, Paletería La Michoacana); telecoms and software (Telmex,
#   Totalplay, Izzi, CONTPAQi, Aspel, Facturama ...).
#
# Real-row kinds (shares in KINDS): exact, caps, lower, typo (Latin
# American QWERTY), two typos, letters (accents dropped, all or some, ñ as
# n), sat (capitals, no accents, no dots), truncated, abbrev (Hnos., Cía.,
# Mpio., Ayto., NP, Esc. Prim., Gpo., Refacc., Gdl., Mty., N.L., CDMX, y /
# &), acronym, legal (dropped, respelt: SA de CV, S.A DE C.V, SAPI, SRL,
# SC, AC, IAP; or another form typed for it), municipio (the body typed
# as the other word for it: Ayuntamiento, Presidencia Municipal,
# Gobierno Municipal, with its state), notaría (the number typed another
# way: "Notaria 12 Gdl", "NP #12"), number (the RFC typed another way or
# added), branch (Sucursal, Matriz, Col. and the colonia), owner (a
# persona física or a consultorio typed by the owner, surnames first as
# SAT lists them), contact, person, domain, mixed.
# Impostors (about 37% of rows): same shape (a fresh name of the
# customers' templates, its words from an outside block), other store (a
# customer brand's franchise in another colonia or town: another razón
# social), other state (a customer municipio's namesake in another state:
# "Municipio de Guadalupe Zacatecas" beside "Municipio de Guadalupe Nuevo
# León"), other town (the same body of a town of the state no customer
# is in), other notaría (another number of the same town, two slips or
# more away), other RFC (another valid RFC before a name that carries its
# own), owner's company (the S.A. de C.V. of a persona física's owner:
# "Inmobiliaria Hernández López S.A. de C.V." beside "Ferretería El Roble"
# of Juan Hernández López), family member (a named owner's relative of
# another given name, "Hnos." for "e Hijos"), namesake school (a
# customer colegio's name in another city), town body (another public
# body of a customer municipio's town: hospital, Cruz Roja, tecnológico,
# cámara de comercio, its DIF or water body when no customer), person,
# vendor, prospect, personal, own staff.  The share holds at 50,000
# customers (same_class); there the municipio, notaría, school and
# franchise customers are few among many (their names run out early:
# a sector whose last 40 draws were all taken is drawn no more), so the
# municipio rows and the other-state, town-body, namesake-school and
# other-notaría impostors are few, and others fill.
#
# Machines (linkgen.machine): a real row on one of its customer's assets
# 72%, another customer's 4%; impostors on unknown machines, a shared role
# name (CAJA1, MOSTRADOR, RECEPCION, TESORERIA ...) 18%, own staff on the
# bench.
#
# Labels: rows label-audit.py doubts are drawn again, and so are
# impostors that, read through this generator's skeleton (accents and ñ
# folded, legal forms, "de", "y", "el", "la", "No." dropped, the short
# forms read as their words, DIF as its words, a state's abbreviation as
# its name), are a customer's name or a form of it, or hold all its words
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
# Each desk: state, area code, then "town[|municipio]/weight/CP head"
# records ("_" for a space); colonias of its city; towns of its state no
# customer is in.
TOWNS = {
	"CMX": ("Ciudad de México", "55", """Cuauhtémoc/4/06
		Benito_Juárez/4/03 Coyoacán/3/04 Miguel_Hidalgo/3/11 Tlalpan/2/14
		Iztapalapa/2/09 Azcapotzalco/1/02 Gustavo_A._Madero/2/07""",
		"Roma_Norte Condesa Narvarte Polanco Doctores Portales Lindavista",
		"Milpa_Alta Cuajimalpa Xochimilco"),
	"GDL": ("Jalisco", "33", """Guadalajara/9/44 Zapopan/5/45
		Tlaquepaque|San_Pedro_Tlaquepaque/3/45 Tonalá/2/45
		Tlajomulco|Tlajomulco_de_Zúñiga/2/45 Tepatitlán|Tepatitlán_de_Morelos/1/47
		Puerto_Vallarta/2/48""",
		"Americana Providencia Chapalita Oblatos Santa_Tere Ladrón_de_Guevara",
		"Ocotlán Lagos_de_Moreno Autlán"),
	"MTY": ("Nuevo León", "81", """Monterrey/9/64
		San_Pedro_Garza_García/4/66 Guadalupe/3/67
		San_Nicolás|San_Nicolás_de_los_Garza/3/66 Apodaca/2/66
		Santa_Catarina/1/66 Juárez/1/67 Escobedo|General_Escobedo/1/66""",
		"Mitras_Centro Obispado Cumbres Contry Linda_Vista Anáhuac",
		"Linares Montemorelos Cadereyta"),
	"PUE": ("Puebla", "222", """Puebla/9/72 San_Pedro_Cholula/2/72
		San_Andrés_Cholula/3/72 Atlixco/1/74 Tehuacán/2/75
		Texmelucan|San_Martín_Texmelucan/1/74""",
		"La_Paz Huexotitla Anzures Azcárate El_Carmen Humboldt",
		"Zacatlán Teziutlán Huauchinango"),
	"QRO": ("Querétaro", "442", """Querétaro/9/76 Corregidora/3/76
		El_Marqués/2/76 San_Juan_del_Río/3/76 Tequisquiapan/1/76""",
		"Centro_Sur Jurica Carretas Álamos Cimatario Juriquilla",
		"Amealco Jalpan Pinal_de_Amoles"),
	"TIJ": ("Baja California", "664", """Tijuana/9/22 Mexicali/4/21
		Ensenada/3/22 Rosarito|Playas_de_Rosarito/1/22 Tecate/1/21""",
		"Zona_Río Otay Chapultepec Cacho Libertad Hipódromo",
		"San_Quintín San_Felipe Ojos_Negros"),
	"MID": ("Yucatán", "999", """Mérida/9/97 Progreso/2/97
		Valladolid/2/97 Umán/1/97 Kanasín/1/97 Tizimín/1/97""",
		"García_Ginerés Itzimná Chuburná Pensiones Montecristo Alemán",
		"Motul Ticul Izamal"),
	"LEO": ("Guanajuato", "477", """León/9/37 Guanajuato/2/36
		Irapuato/3/36 Celaya/3/38 Silao|Silao_de_la_Victoria/1/36
		San_Francisco_del_Rincón/1/36""",
		"Jardines_del_Moral Andrade Obregón San_Juan_de_Dios Valle_del_Campestre",
		"Dolores_Hidalgo Salamanca Pénjamo"),
	"CUN": ("Quintana Roo", "998", """Cancún|Benito_Juárez/9/77
		Playa_del_Carmen|Solidaridad/3/77 Tulum/1/77 Cozumel/1/77
		Chetumal|Othón_P._Blanco/2/77""",
		"Zona_Hotelera Puerto_Juárez Alfredo_V._Bonfil Malecón_Tajamar",
		"Bacalar Isla_Mujeres Felipe_Carrillo_Puerto")}
# Municipios of the same name in other states (other-state impostors);
# a customer body of one carries its state.
HOMONYM = {"Benito Juárez": ["Sonora", "Zacatecas", "Veracruz",
	"Tlaxcala"], "Guadalupe": ["Zacatecas", "Chihuahua", "Puebla"],
	"Juárez": ["Chihuahua", "Chiapas", "Coahuila"], "Santa Catarina":
	["San Luis Potosí", "Guanajuato"], "Tonalá": ["Chiapas"], "Progreso":
	["Coahuila"], "San Juan del Río": ["Durango"], "Cuauhtémoc":
	["Chihuahua", "Colima", "Zacatecas"]}
# Cities of other states (namesake schools).
FAR = ["Zacatecas", "Aguascalientes", "Morelia", "Culiacán", "Hermosillo",
	"Oaxaca", "Saltillo", "Torreón", "Durango", "Villahermosa"]
DESK_SHARE = [("CMX", 20), ("GDL", 14), ("MTY", 14), ("PUE", 9),
	("QRO", 9), ("TIJ", 9), ("MID", 8), ("LEO", 9), ("CUN", 8)]


def towns_of(recs):
	"""(town, municipio, weight, CP head)."""
	out = []
	for rec in recs.split():
		parts = rec.replace("_", " ").split("/")
		town, _, mun = parts[0].partition("|")
		out.append((town, mun or town, int(parts[1]), parts[2]))
	return out


def words_of(s):
	return [w.replace("_", " ") for w in s.split()]


DESKS = {d: towns_of(v[2]) for d, v in TOWNS.items()}
TOWN_CUM = {d: list(accumulate(t[2] for t in ts)) for d, ts in DESKS.items()}
STATE = {d: v[0] for d, v in TOWNS.items()}
COLONIAS = {d: words_of(v[3]) for d, v in TOWNS.items()}
ELSEWHERE = {d: words_of(v[4]) for d, v in TOWNS.items()}
STREETS = ["Av. Juárez", "Calle Hidalgo", "Av. Revolución", "Calle Morelos",
	"Blvd. Independencia", "Av. Reforma", "Calle 5 de Mayo",
	"Av. Insurgentes", "Calle Zaragoza", "Calle Allende", "Av. Universidad",
	"Calle Niños Héroes"]


def muni_name(desk, mun):
	"""A municipio as its bodies name it: with its state where another
	state has one of that name (not Mexico City's alcaldías)."""
	if mun in HOMONYM and desk != "CMX":
		return "%s %s" % (mun, STATE[desk])
	return mun


# ---------------------------------------------------------------- people
SURNAMES = """Hernández García Martínez López González Pérez Rodríguez
	Sánchez Ramírez Cruz Flores Gómez Morales Vázquez Jiménez Reyes Torres
	Díaz Gutiérrez Mendoza Ruiz Aguilar Ortiz Castillo Moreno Romero
	Álvarez Chávez Rivera Domínguez Ramos Herrera Medina Castro Vargas
	Guzmán Velázquez Rojas Salazar Contreras Luna Ortega Estrada Navarro
	Ibarra Peña Muñoz""".split()
MAYA = "Chan Pech Canul May Canché Dzul Poot Uc Cauich Ek".split()
GIVEN = ("""José Juan Luis Carlos Jorge Miguel Francisco Alejandro Jesús
	Antonio Roberto Fernando Ricardo Eduardo Javier Arturo Sergio Raúl
	Manuel Héctor Martín Óscar""".split(), """María Guadalupe Ana Rosa
	Patricia Leticia Verónica Laura Gabriela Adriana Claudia Alejandra
	Elizabeth Silvia Margarita Teresa Yolanda Mónica Araceli Lucía""".split())
# Surnames and words no customer draws (same-shape impostors).
OUT_SURNAME = ["Zavala", "Benítez", "Arellano", "Cárdenas", "Villaseñor",
	"Quintero"]
OUT_BRAND = ["Tezontle", "Mezquite", "Huasteca", "Cenote", "Ahuehuete",
	"Jacaranda", "Tlacuache", "Pitahaya"]


def surname(rng, desk):
	return rng.choice(MAYA if desk == "MID" and rng.random() < .4 else
		SURNAMES)


def person(rng, desk, women=.5):
	"""(given name, paterno materno, woman?) of a desk's people."""
	w = rng.random() < women
	a, b = surname(rng, desk), surname(rng, desk)
	return rng.choice(GIVEN[w]), "%s %s" % (a, b), w


# ---------------------------------------------------------------- words
HEADS = ["Agro", "Tecno", "Servi", "Multi", "Indus", "Maxi", "Metal",
	"Electro", "Ali", "Farma", "Textil", "Auto", "Ferro", "Plasti",
	"Quimi", "Inmo"]
TAILS = ["mex", "sur", "norte", "bajío", "centro", "max", "tec", "par",
	"plus", "vida", "luz", "mar", "sol", "red", "visión"]
BRAND = sorted({h + t for h in HEADS for t in TAILS})
# A shop's or a consultorio's name (a nombre comercial).
ARTICLE = ["El Águila", "La Esperanza", "El Roble", "La Providencia",
	"El Faro", "La Palma", "San Judas", "La Guadalupana", "El Triunfo",
	"La Moderna", "El Progreso", "La Victoria", "Los Pinos", "El Nopal",
	"La Perla", "El Girasol", "La Huerta", "El Pípila", "La Cima",
	"Santa Fe", "El Maguey", "La Ceiba", "La Estrella", "El Centenario",
	"La Fe", "El Sabino", "La Lupita", "El Güero", "Don Chuy", "La Única",
	"El Ahorro", "La Norteña", "La Poblana", "El Porvenir", "La Joya",
	"El Oasis", "La Reina", "El Vaquero", "La Tapatía", "El Buen Precio",
	"La Económica", "El Venadito"]
SCHOOL = ["Cervantes", "Motolinía", "Vasco de Quiroga", "Sor Juana",
	"Anglo Americano", "Franco Mexicano", "Las Américas", "Del Bosque",
	"Miraflores", "Simón Bolívar", "Benavente", "Isabel la Católica",
	"Juan de la Barrera", "Montessori Arcoíris", "Bilingüe Tepeyac",
	"Don Bosco", "Fray Pedro de Gante", "Alexander Bain"]
TRADE = ["Comercializadora", "Distribuidora", "Servicios Integrales",
	"Constructora", "Transportes", "Inmobiliaria", "Importadora",
	"Grupo Industrial", "Materiales"]
SHOP = ["Refaccionaria", "Ferretería", "Tortillería", "Abarrotes",
	"Papelería", "Taller Mecánico", "Mueblería", "Carnicería",
	"Materiales para Construcción", "Lavandería"]
CHAINS = ["Farmacias Similares", "Italian Coffee", "Nutrisa", "Kumon",
	"Paletería La Michoacana"]
SAC = [("S.A. de C.V.", 62), ("S. de R.L. de C.V.", 24),
	("S.A.P.I. de C.V.", 6), ("S.A.", 4), ("S. de R.L.", 4)]
# Sectors: weight, legal share, legal forms, templates.  {N} the town,
# {K} the municipio (with its state where need be), {P} a place (a
# colonia of the desk's city or the town), {B} a brand, {BA} a nombre
# comercial of ARTICLE, {SB} a school's
# name, {G} {S} the owner (S two surnames), {S1} the owner's paterno,
# {S3} a partner's paterno, {DR} Dr. or Dra., {TR} a trade, {SH} a shop,
# {No} a notaría's number, {C} a chain; a template beginning "!" takes
# no legal form, one ending "|F" takes form F.
SECTORS = {
	"empresa": (22, .97, SAC, ["{B}", "{B}", "{TR} {B}", "{TR} {B}",
		"{TR} {B} de {N}", "{B} {N}", "{S1} Hnos.", "{S1} e Hijos",
		"Grupo {S1}", "{TR} {S1}"]),
	"negocio": (15, .3, [("S.A. de C.V.", 7), ("S. de R.L. de C.V.", 3)],
		["!{G} {S}", "{SH} {BA}", "{SH} {BA}", "{SH} {S1}", "{SH} {BA} {P}",
		"{SH} {B}"]),
	"salud": (10, .35, [("S.C.", 5), ("S.A. de C.V.", 5)],
		["!{DR} {G} {S}", "Consultorio Dental {DR} {G} {S}",
		"Clínica Dental {BA}", "Consultorio Médico {BA}", "Farmacia {BA}",
		"Farmacia {BA} {P}",
		"Laboratorio de Análisis Clínicos {B}", "Óptica {BA}"]),
	"despacho": (9, .85, [("S.C.", 9), ("S.A. de C.V.", 1)],
		["Despacho Contable {S1} y Asociados", "{S1} {S3} y Asociados",
		"Bufete Jurídico {S}", "{S1} & {S3} Abogados",
		"{B} Contadores Públicos", "Consultores {B}"]),
	"notaria": (5, 0, [], ["Notaría Pública No. {No} de {N}",
		"Notaría Pública {No} de {N}", "Notaría Pública Número {No} {N}"]),
	"escuela": (9, .75, [("A.C.", 6), ("S.C.", 3)], ["Colegio {SB}",
		"Instituto {SB}", "Escuela Primaria {SB}", "Jardín de Niños {SB}",
		"Colegio {SB} de {N}", "Instituto {SB} de {N}"]),
	"asociacion": (6, 1, [("A.C.", 7), ("I.A.P.", 2), ("I.B.P.", 1)],
		["Asociación de Colonos {P}|A.C.", "Fundación {B}",
		"Casa Hogar {BA}", "Patronato {BA}", "Club Deportivo {BA}|A.C.",
		"Asociación Ganadera Local de {N}|A.C."]),
	"municipio": (8, 0, [], []),
	"franquicia": (6, 0, [], ["{C} {P}", "{C} {P}", "{C} Sucursal {P}"])}
# A municipio's bodies, each its own legal person: (key, template).
MUNI = [("mun", "Municipio de {K}"), ("mun", "H. Ayuntamiento de {K}"),
	("mun", "Presidencia Municipal de {K}"), ("dif", "Sistema DIF {K}"),
	("dif", "DIF Municipal de {K}"),
	("agua", "Sistema de Agua Potable y Alcantarillado de {K}"),
	("agua", "Junta Municipal de Agua Potable de {K}"),
	("imm", "Instituto Municipal de la Mujer de {K}")]
MUN_WORD = ["Municipio de", "H. Ayuntamiento de", "Ayuntamiento de",
	"Presidencia Municipal de", "Gobierno Municipal de"]
# Other public bodies of a municipio's town (town-body impostors).
BODIES = ["Hospital General de {N}", "Cruz Roja Mexicana Delegación {N}",
	"Instituto Tecnológico de {N}", "Cámara Nacional de Comercio de {N}",
	"Universidad Politécnica de {N}", "Junta Local de Caminos {N}"]
ROLES = {"empresa": ["CONTABILIDAD", "ALMACEN", "FACTURACION", "SERVIDOR"],
	"negocio": ["CAJA1", "MOSTRADOR", "ALMACEN"], "salud": ["RECEPCION",
	"CONSULTORIO1", "CONSULTORIO2", "RAYOSX"], "despacho": ["SECRETARIA",
	"CONTADOR1", "SERVIDOR"], "notaria": ["PROTOCOLO", "SECRETARIA",
	"ARCHIVO"], "escuela": ["DIRECCION", "CONTROLESCOLAR", "SALACOMPUTO"],
	"asociacion": ["OFICINA", "TESORERIA"], "municipio": ["TESORERIA",
	"CATASTRO", "REGISTROCIVIL", "OFICIALIA"], "franquicia": ["CAJA1",
	"CAJA2", "MOSTRADOR"]}
TECHS = {"CMX": ["Iván Solís", "Daniela Ochoa"], "GDL": ["Emiliano Lara",
	"Fernanda Barba"], "MTY": ["Rodrigo Garza", "Paola Treviño"], "PUE":
	["Diego Carmona", "Karla Bonilla"], "QRO": ["Mauricio Olvera",
	"Sofía Ugalde"], "TIJ": ["Andrés Zúñiga", "Valeria Meza"], "MID":
	["Gerardo Cetina", "Andrea Escalante"], "LEO": ["Tomás Aranda",
	"Regina Muñiz"], "CUN": ["Samuel Ku", "Natalia Baeza"]}
VENDORS = ["Telmex Negocios", "Totalplay Empresarial", "Izzi Negocios",
	"Megacable Empresarial", "Telcel Empresas", "AT&T Empresas", "CONTPAQi",
	"Aspel", "Facturama", "Microsip", "CT Internacional",
	"Ingram Micro México", "PCEL", "Cyberpuerta", "Office Depot Empresas",
	"Mercado Libre", "Estafeta", "DHL Express México", "Akky", "Neubox",
	"Syncro Support"]
STAFF = ["Taller-PC 3", "TECNICO-GDL-2", "Equipo de préstamo 4",
	"Banco de pruebas", "Imagen Win11", "RMA 12", "Iván Solís",
	"Rodrigo Garza", "Laboratorio", "Almacén técnico"]
PERSONAL = ["Particular - {G} {S}", "{G} {S} (casa)", "Laptop de {G}",
	"PC de la casa - {S}", "Casa {G} {S}", "Cliente particular {G} {S}",
	"{G} {S} particular"]
PERSON = ["", "", "", "Particular ", "Cliente: ", "Sr. "]
PROSPECT = ["Cotización - ", "Cotización: ", "Prospecto: ", "Demo ",
	"Prueba - ", "Diagnóstico - "]
# Words no customer's name has (owner's-company impostors).
OWN_TRADE = ["Inmobiliaria", "Arrendadora", "Desarrollos", "Inversiones",
	"Agropecuaria"]
FREE = ("gmail", "hotmail", "outlook", "yahoo", "prodigy")

# ---------------------------------------------------------------- skeleton
LONG_FORMS = re.compile(r"sociedad anonima(?: promotora de inversion)?"
	r"(?: de capital variable)?|sociedad de responsabilidad limitada"
	r"(?: de capital variable)?|sociedad civil|asociacion civil|"
	r"institucion de (?:asistencia|beneficencia) privada")
# Words read as one: short forms, states' abbreviations (long=short).
LONG = dict(x.split("=") for x in """hnos=hermanos hno=hermanos
	cia=compania mpio=municipio mpal=municipal ayto=ayuntamiento
	pdcia=presidencia np=notaria_publica not=notaria pub=publica
	doctora=doctor dra=doctor dr=doctor esc=escuela prim=primaria
	inst=instituto dist=distribuidora comer=comercializadora
	serv=servicios gpo=grupo refacc=refaccionaria ferr=ferreteria
	cons=consultorio asoc=asociados gdl=guadalajara mty=monterrey
	qro=queretaro cdmx=ciudad_mexico nl=nuevo_leon jal=jalisco
	gto=guanajuato yuc=yucatan qroo=quintana_roo bc=baja_california
	pue=puebla sn=san sta=santa gral=general suc=sucursal
	dif=desarrollo_integral_familia""".split())
LONG = {k: v.replace("_", " ") for k, v in LONG.items()}
DROP = set("de del la el los las y e en para sa cv rl srl sc ac iap ibp "
	"sapi s h no num numero rfc col colonia lic sr sra www com mx gob edu "
	"org net".split())


def fold(s):
	"""s in small plain letters, ñ as n."""
	s = lk.plain(s.lower()).replace("q. roo", "qroo").replace("q.roo",
		"qroo")
	return LONG_FORMS.sub(" ", s)


def _words(s):
	return lk.dotted_words(fold(s), LONG, DROP)


skel, skel_words, ck = lk.desk_checks(_words)

# ---------------------------------------------------------------- RFC
RFC_CHARS = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
HOMO = "123456789ABCDEFGHIJKLMNPQRSTUVWXYZ"


def rfc_check(s):
	"""The RFC's last character of its first 11 or 12 (a moral's read
	with a space before)."""
	s = s.rjust(12)
	t = sum(RFC_CHARS.index(ch) * (13 - i) for i, ch in enumerate(s)) % 11
	return "0" if t == 0 else "A" if t == 1 else str(11 - t)


assert rfc_check("GODE561231GR") == "8"	# SAT's example


def rfc(rng, c):
	"""An RFC of c: four letters of a persona física's surnames and given
	name, three of a moral's words; a date; the homoclave."""
	if c["legal"]:
		ws = [w for w in re.findall(r"[A-Z]+", lk.plain(c["core"]).upper())
			if w.lower() not in DROP]
		head = "".join(w[0] for w in ws[:3])
		head = (head + (ws[0][1:] if ws else "") + "XXX")[:3]
	else:
		g, s = c["owner"]
		p, m = lk.plain(s).upper().split()[:2]
		vowel = next((ch for ch in p[1:] if ch in "AEIOU"), "X")
		head = p[0] + vowel + m[0] + lk.plain(g).upper()[0]
	date = "%02d%02d%02d" % (rng.randint(0, 99), rng.randint(1, 12),
		rng.randint(1, 28))
	body = head + date + rng.choice(HOMO) + rng.choice(HOMO)
	return body + rfc_check(body)


def rfc_text(n, style):
	"""An RFC as it is typed: bare, with dashes or spaces, after "RFC"."""
	k = 3 if len(n) == 12 else 4
	parts = (n[:k], n[k:k + 6], n[k + 6:])
	return ["%s", "RFC %s", "RFC: %s", "%s", "R.F.C. %s"][style % 5] % \
		[n, "-".join(parts), " ".join(parts), n.lower(), n][style % 5]


# ---------------------------------------------------------------- customers
SECTOR_NAMES = list(SECTORS)
SECTOR_CUM = list(accumulate(s[0] for s in SECTORS.values()))


def values(rng, c, outside):
	desk, t = c["desk"], c["trec"]
	g, s, w = person(rng, desk, .45)
	place = t[0]	# a colonia of the desk's city half the time there
	if t == DESKS[desk][0] and rng.random() < .5:
		place = rng.choice(COLONIAS[desk])
	v = {"N": t[0], "K": muni_name(desk, t[1]), "P": place, "G": g, "S": s,
		"S1": s.split()[0], "S3": surname(rng, desk),
		"DR": "Dra." if w else "Dr.", "B": rng.choice(BRAND),
		"BA": rng.choice(ARTICLE),
		"SB": rng.choice(SCHOOL), "TR": rng.choice(TRADE),
		"SH": rng.choice(SHOP), "No": str(rng.randint(1, 120)),
		"C": rng.choice(CHAINS)}
	if desk == "CMX" and c["sector"] == "notaria":
		v["N"] = STATE[desk]	# numbered city-wide, not per alcaldía
	if outside:	# words no customer's name is made of
		o = rng.sample(OUT_SURNAME, 3)
		e = rng.choice(ELSEWHERE[desk])
		v.update(S="%s %s" % (o[0], o[1]), S1=o[0], S3=o[2],
			B=rng.choice(OUT_BRAND), BA=rng.choice(OUT_BRAND), N=e, K=e, P=e,
			No=str(rng.randint(121, 200)))
	if v["S1"] == v["S3"]:
		return None
	c["owner"] = (g, v["S"])
	return v


def make_customer(rng, desk=None, outside=False, full=()):
	"""A customer record, None when its draw does not fit: name, core
	(less the legal form and RFC), the words it is named by; of no
	sector of full."""
	desk = desk or lk.wpick(rng, DESK_SHARE)
	town = rng.choices(DESKS[desk], cum_weights=TOWN_CUM[desk])[0]
	sector = rng.choices(SECTOR_NAMES, cum_weights=SECTOR_CUM)[0] if \
		not full else rng.choices(SECTOR_NAMES, [0 if k in full else
		SECTORS[k][0] for k in SECTOR_NAMES])[0]
	c = {"desk": desk, "sector": sector, "trec": town, "town": town[0],
		"number": None, "notaria": None, "mkey": None}
	v = values(rng, c, outside)
	if v is None:
		return None
	_, share, forms, tpls = SECTORS[sector]
	if sector == "municipio":
		if outside:
			return None
		key, tpl = rng.choice(MUNI)
		if desk == "CMX":
			key, tpl = ("mun", "Alcaldía {K}") if key == "mun" else \
				(key, tpl)
		c["mkey"] = key + ":" + town[1]
	else:
		tpl = rng.choice(tpls)
	bare, tpl = tpl.startswith("!"), tpl.lstrip("!")
	tpl, _, fixed = tpl.partition("|")
	legal = fixed or (lk.wpick(rng, forms) if forms and not bare and
		rng.random() < share else "")
	used = set(re.findall(r"\{(\w+)\}", tpl))
	core = tpl.format_map(v)
	name = core + (rng.choice([" ", " ", " ", ", "]) + legal if legal
		else "")
	c.update(name=name, core=core, legal=legal, tpl=tpl,
		surs=[v[k] for k in ("S", "S1", "S3") if k in used],
		owner=c["owner"] if sector in ("negocio", "salud", "despacho",
			"notaria") or "G" in used or "S1" in used else None,
		brand=next((v[k] for k in ("B", "BA", "SB") if k in used), None),
		place=v["P"] if "P" in used else v["K"] if "K" in used else
		v["N"] if "N" in used else None,
		chain=v["C"] if "C" in used else None, fisica="G" in used and
		not legal and sector == "negocio")
	if sector == "notaria":
		c["notaria"] = v["No"]
	if sector in ("empresa", "despacho", "negocio") and rng.random() < .08 \
			and (legal or c["fisica"]):
		c["number"] = rfc(rng, c)
		c["name"] += rng.choice([" (%s)", " - %s", " RFC %s"]) % \
			rfc_text(c["number"], rng.choice([0, 1, 0, 2]))
	return c


def named_by(c):
	"""(sector, skeleton word) for each word a customer is named by: its
	brand, surnames and place, else its core."""
	own = [w for w in (c["brand"], *c["surs"], c["place"]) if w]
	return [(c["sector"], skel(w)) for w in own or [c["core"]]]


def contacts(rng, c, ids):
	"""The owner first where there is one (a notario, a doctor, the
	persona física), then up to three people of the desk; the first is
	the customer's own name and address in Syncro too."""
	ps = [c["owner"]] if c["owner"] else []
	for _ in range(rng.randint(0, 3)):
		ps.append(person(rng, c["desk"])[:2])
	out = [lk.contact(ids, a, b, c["domain"], lk.latin) for a, b in ps]
	c["syncro"].update((k, out[0][k] if out else None) for k in
		("firstname", "lastname", "email"))
	return out


assets = lk.core_assets(DROP | {"hnos", "dra"}, ROLES, lk.latin,
	lambda r, c: person(r, c["desk"])[0], lk.latin)


def address(rng, c):
	desk, t = c["desk"], c["trec"]
	area = TOWNS[desk][1]
	num = "%04d %04d" % (rng.randint(1000, 9999), rng.randint(0, 9999)) \
		if len(area) == 2 else "%03d %04d" % (rng.randint(100, 999),
		rng.randint(0, 9999))
	return {"address": "%s %d" % (rng.choice(STREETS), rng.randint(1, 2400)),
		"address_2": rng.choice([None, "Col. Centro", "Col. %s" %
		rng.choice(COLONIAS[desk]), "Local %d" % rng.randint(1, 40),
		"Int. %d" % rng.randint(1, 12)]), "city": t[0],
		"state": STATE[desk], "zip": "%s%03d" % (t[3], rng.randint(0, 999)),
		"phone": "+52 %s %s" % (area, num)}


def domain(rng, c, taken):
	"""The customer's own domain (.com.mx, .mx; gob.mx for a municipio's
	bodies, edu.mx for a school, org.mx for an association; a free
	mailbox for a fourth of the shops and consultorios), a digit more
	where taken."""
	s = c["sector"]
	if rng.random() < .25 and s in ("negocio", "salud"):
		return rng.choice(FREE) + rng.choice([".com", ".com.mx", ".net.mx"])
	tld = {"municipio": ".gob.mx", "escuela": ".edu.mx", "asociacion":
		".org.mx"}.get(s, rng.choice([".com.mx", ".com.mx", ".mx", ".com"]))
	word = c["brand"] or (c["surs"] or [""])[0] or c["place"] or c["town"]
	if c["chain"]:
		word = c["chain"].split()[-1] + c["place"]
	if s == "municipio":
		key = c["mkey"].split(":")[0]
		word = {"mun": "", "dif": "dif", "agua": "agua", "imm": "mujer"}[
			key] + c["trec"][1]
	if s == "notaria":
		word = "notaria%s%s" % (c["notaria"], c["place"])
	d = re.sub("[^a-z0-9]", "", lk.latin(word).lower())[:18] or "mx"
	return lk.numbered_domain(d, tld, taken)


def form_keys(c):
	"""The skeletons of c's forms, and a municipio's body once per
	municipio; {""} for a draw that did not fit."""
	if not c:
		return {""}
	ks = {skel(f) for f in lk.short_names(c)}
	return ks | {"#" + c["mkey"]} if c["mkey"] else ks


def population(rng, n):
	"""n customers, none going by a form another goes by (a draw that
	does is drawn again; a sector whose last 40 draws all were taken is
	full, drawn no more: at 50,000 customers most are, and drawing them
	on took most of the time); ids 1 to 3 apart from 54000001 on,
	contacts' and assets' from 54300001."""
	return lk.population(rng, n, 54000000, make_customer, form_keys,
		len(SECTORS), domain, address, contacts, assets)


def index(g):
	"""linkgen's indexes, the RFCs taken, the stores of each chain, the
	notarías of each town, the bodies of each municipio."""
	lk.index_named(ck, g, lk.short_names, named_by, "numbers",
		lambda c: c["number"])
	g.numbered = [i for i, c in enumerate(g.custs) if c["number"]]
	g.stores, g.notarias, g.bodies = set(), set(), set()
	for c in g.custs:
		if c["chain"]:
			g.stores.add((c["chain"], c["place"]))
		if c["notaria"]:
			g.notarias.add((c["place"], c["notaria"]))
		if c["mkey"]:
			g.bodies.add(c["mkey"])


# ---------------------------------------------------------------- typing
name_or_core = lk.name_or_core
LATAM_KEYS = ["1234567890'", "qwertyuiop", "asdfghjklñ", "zxcvbnm,.-"]
n_typo = lk.Typo(LATAM_KEYS).n_core_typo
n_typo2 = lk.Typo(LATAM_KEYS).n_core_typo2
n_caps, n_lower = lk.case_rows(r"[.,()'\"]")


def keeps(c, t):
	"""t keeps what tells c from its neighbours: its place (and state),
	notaría number and surnames where its name has them."""
	if c["place"] and not all(w in skel_words(t) for w in
			skel_words(c["place"])):
		return False
	if c["notaria"] and c["notaria"] not in re.findall(r"\d+", t):
		return False
	return all(s in t for s in c["surs"])


def n_truncated(rng, g, c):
	"""linkgen's cut, not off the place, number or surnames, and not
	down to a listed person's name."""
	t = lk.n_truncated(rng, g, c)
	t = t and re.sub(r"[\s,(&/-]*(?:R\.?F\.?C\.?:?)?$", "", t)
	if not t or not keeps(c, t) or skel(t) in g.person:
		return None
	return t


def n_letters(rng, g, c):
	"""Accents dropped (all of them, or some), ñ typed as n."""
	s = name_or_core(rng, c, .5)
	if lk.plain(s) == s:
		return None
	if rng.random() < .7:
		return lk.plain(s)
	return "".join(lk.plain(ch) if rng.random() < .5 else ch for ch in s)


def n_sat(rng, g, c):
	"""The name as SAT's razón social has it: capitals, no accents, no
	dots nor commas ("FERRETERIA EL ROBLE SA DE CV")."""
	s = lk.plain(lk.core_form(c) if rng.random() < .7 else
		c["core"]).upper()
	return re.sub(r"[.,]", "", s)


SHORT = [("Hermanos", "Hnos."), ("Hnos.", "Hermanos"), ("Compañía", "Cía."),
	("Municipio de", "Mpio. de"), ("H. Ayuntamiento", "Ayto."),
	("Presidencia Municipal", "Pdcia. Mpal."), ("Notaría Pública", "NP"),
	("Notaría Pública No.", "Not. Púb."), ("Dra. ", "Doctora "),
	("Dr. ", "Doctor "), ("Escuela Primaria", "Esc. Prim."),
	("Instituto", "Inst."), ("Distribuidora", "Dist."),
	("Comercializadora", "Comer."), ("Servicios", "Serv."),
	("Grupo", "Gpo."), ("Refaccionaria", "Refacc."),
	("Ferretería", "Ferr."), ("Consultorio", "Cons."),
	("Asociados", "Asoc."), (" y ", " & "), (" & ", " y "),
	("Guadalajara", "Gdl."), ("Monterrey", "Mty."),
	("Ciudad de México", "CDMX"),
	("Querétaro", "Qro."), ("Nuevo León", "N.L."),
	("Quintana Roo", "Q. Roo"), ("Jalisco", "Jal."),
	("Guanajuato", "Gto."), ("Yucatán", "Yuc."), ("San ", "Sn. "),
	("Santa ", "Sta. "), ("General ", "Gral. "), ("Sucursal", "Suc."),
	("DIF Municipal", "DIF")]


def swap_word(t, long, short):
	"""t with its first long (spaces about it aside) that is not inside
	a word typed short."""
	m = re.search(r"(?<!\w)%s(?!\w)" % re.escape(long.strip()), t)
	return t[:m.start()] + short.strip() + t[m.end():] if m else t


n_abbrev = lk.abbrev_row(SHORT, swap_word)


def n_acronym(rng, g, c):
	"""A three-word or longer name with no person nor number in it by
	its initials; a municipio's water body as its acronym with the
	town's initial ("SAPAL" of León)."""
	water = c["mkey"] and c["mkey"].startswith("agua")
	if c["surs"] or c["notaria"] or c["number"] or c["chain"] or \
			(c["place"] and not water) or c["brand"] in ARTICLE:
		return None
	ws = [w for w in re.split(r"[\s&,/()'.-]+", c["core"]) if w and
		w[0].isalpha() and w.lower() not in DROP]
	if any(w.isupper() for w in ws) or len(ws) < 3:
		return None
	if water:
		return "".join(w[0] for w in ws).upper()
	return lk.initials(rng, ws)


RESPELL = {"S.A. de C.V.": ["SA de CV", "S.A. DE C.V.", "SA DE CV",
	"S.A de C.V", "S.A. de C.V", "SA CV", "S.A.",
	"Sociedad Anónima de Capital Variable"], "S. de R.L. de C.V.":
	["S de RL de CV", "S. DE R.L. DE C.V.", "S de R.L.", "SRL de CV",
	"S. de R.L."], "S.A.P.I. de C.V.": ["SAPI de CV", "S.A.P.I.", "SAPI"],
	"S.A.": ["SA", "S. A."], "S. de R.L.": ["S de RL", "SRL"],
	"S.C.": ["SC", "S. C.", "Sociedad Civil"], "A.C.": ["AC", "A. C.",
	"Asociación Civil"], "I.A.P.": ["IAP", "I. A. P."], "I.B.P.": ["IBP",
	"I.B.P"]}
SWAP = {"S.A. de C.V.": "S. de R.L. de C.V.", "S. de R.L. de C.V.":
	"S.A. de C.V.", "S.C.": "A.C.", "A.C.": "S.C.", "I.A.P.": "A.C.",
	"I.B.P.": "I.A.P.", "S.A.P.I. de C.V.": "S.A. de C.V.", "S.A.":
	"S.A. de C.V.", "S. de R.L.": "S. de R.L. de C.V."}


def legal_other(rng, c, r):
	"""The legal form respelt, or another typed for it."""
	alt = SWAP[c["legal"]] if r > .88 else rng.choice(RESPELL[c["legal"]])
	return "%s %s" % (c["core"], alt)


n_legal = lk.legal_row(legal_other)


def n_municipio(rng, g, c):
	"""A municipio typed as the other word for it, or with its state:
	"Ayuntamiento de Zapopan", "Presidencia Municipal de Tonalá
	Jalisco"."""
	if not c["mkey"] or not c["mkey"].startswith("mun") or \
			c["desk"] == "CMX":
		return None
	k = muni_name(c["desk"], c["trec"][1])
	if k == c["trec"][1] and rng.random() < .4:
		k += rng.choice([", ", " ", " - "]) + STATE[c["desk"]]
	return "%s %s" % (rng.choice(MUN_WORD), k)


def n_notaria(rng, g, c):
	"""A notaría's number typed another way: "Notaria 12 Gdl", "NP #12
	Zapopan", "Notaría No. 12 - Lic. Hernández"."""
	if not c["notaria"]:
		return None
	no, town = c["notaria"], c["place"]
	r = rng.random()
	if r < .2 and c["owner"]:
		return "Notaría %s %s - Lic. %s" % (no, town,
			c["owner"][1].split()[0])
	return rng.choice(["Notaría %s %s", "Notaria Publica #%s %s",
		"NP %s %s", "Not. %s de %s", "Notaría No.%s %s",
		"Notaría Pública N° %s, %s"]) % (no, town)


def n_number(rng, g, c):
	"""An RFC typed another way, or a customer's RFC after its name."""
	if not c["number"]:
		return None
	base = name_or_core(rng, c, .5)
	base = re.split(r" \(| - | RFC ", c["name"])[0] if base == c["name"] \
		else base
	return rng.choice(["%s %s", "%s (%s)", "%s, %s"]) % (base,
		rfc_text(c["number"], rng.randint(0, 9)))


def n_branch(rng, g, c):
	"""A site after the name: "Ferretería El Roble - Sucursal Oblatos",
	"Comercializadora Agromex (Matriz)"."""
	if c["place"] or c["sector"] in ("municipio", "notaria", "escuela",
			"franquicia", "asociacion"):
		return None
	s = name_or_core(rng, c, .6)
	site = rng.choice(["Sucursal {T}", "{T}", "Col. {C}", "Matriz",
		"Suc. {C}", "Bodega"]).format(T=c["town"],
		C=rng.choice(COLONIAS[c["desk"]]))
	return rng.choice(["%s - %s", "%s (%s)", "%s, %s"]) % (s, site)


def n_owner(rng, g, c):
	"""A persona física or a consultorio typed by its owner: "Juan
	Hernández López", "HERNANDEZ LOPEZ JUAN" (SAT's order), "Ferretería
	El Roble (Juan Hernández López)"."""
	if not c["owner"] or c["sector"] not in ("negocio", "salud"):
		return None
	gv, s = c["owner"]
	if len(g.person.get(skel("%s %s" % (gv, s)), ())) != 1:
		return None	# another customer's contact of that name
	r = rng.random()
	if r < .55:
		t = "%s %s" % (s, gv)
		return lk.plain(t).upper() if rng.random() < .5 else t
	if "%s %s" % (gv, s) in c["core"]:	# named after the owner
		return "%s %s" % (gv, s)
	return "%s (%s %s)" % (c["core"], gv, s)


n_contact = lk.contact_row(lambda rng, c, p: rng.choice(["", "", "",
	"(contabilidad)", "(administración)", "(gerente)", "(recepción)",
	"(dirección)", "(sistemas)"]))
n_person = ck.person_row(lambda rng, c: rng.random() < .25)
n_domain = lk.domain_row(FREE)


TURNS = (n_legal, n_abbrev, n_branch, n_municipio, n_notaria)
NOISE = (n_typo, n_caps, n_lower, n_letters, n_truncated)


n_mixed = lk.mixed_row(TURNS, NOISE, True)


KINDS = [("exact", lk.n_exact, 11), ("caps", n_caps, 3),
	("lower", n_lower, 5), ("typo", n_typo, 9), ("two typos", n_typo2, 3),
	("letters", n_letters, 8), ("sat", n_sat, 5),
	("truncated", n_truncated, 4), ("abbrev", n_abbrev, 7),
	("acronym", n_acronym, 2), ("legal", n_legal, 9),
	("municipio", n_municipio, 3), ("notaría", n_notaria, 3),
	("number", n_number, 2), ("branch", n_branch, 3),
	("owner", n_owner, 3), ("contact", n_contact, 3),
	("person", n_person, 2), ("domain", n_domain, 2),
	("mixed", n_mixed, 4)]


# ---------------------------------------------------------------- impostors
i_fresh, i_prospect = lk.fresh_rows(lambda rng, desk:
	make_customer(rng, desk, outside=True), named_by, PROSPECT)


def i_store(rng, g, c):
	"""A customer brand's franchise in another colonia or town of its
	desk: another razón social ("Nutrisa Cumbres" beside "Nutrisa
	Obispado")."""
	if not c["chain"]:
		return None
	d = c["desk"]
	places = [p for p in [t[0] for t in DESKS[d]] + COLONIAS[d] +
		ELSEWHERE[d] if (c["chain"], p) not in g.stores]
	if not places:
		return None
	return rng.choice(["%s %s", "%s %s", "%s Sucursal %s"]) % (c["chain"],
		rng.choice(places))


def i_state(rng, g, c):
	"""A customer municipio body's namesake in another state: "Municipio
	de Guadalupe Zacatecas" beside "Municipio de Guadalupe Nuevo León",
	"Municipio de Cuauhtémoc, Chihuahua" beside "Alcaldía Cuauhtémoc"."""
	m = c["trec"][1]
	if not c["mkey"] or m not in HOMONYM:
		return None
	st = rng.choice(HOMONYM[m])
	if c["desk"] == "CMX":
		return "%s %s%s" % (rng.choice(MUN_WORD), m, rng.choice([" ",
			", "]) + st)
	return c["core"].replace(STATE[c["desk"]], st, 1)


def i_town(rng, g, c):
	"""The same body of a town of the state no customer is in: "DIF
	Municipal de Ticul" beside "DIF Municipal de Umán", "Notaría Pública
	No. 4 de Ocotlán", "Asociación Ganadera Local de Linares"."""
	if c["chain"] or not c["place"] or c["sector"] not in ("municipio",
			"notaria", "asociacion", "escuela") or c["place"] not in \
			c["core"] or c["place"] == STATE["CMX"]:
		return None
	e = rng.choice(ELSEWHERE[c["desk"]])
	return c["core"].replace(c["place"], e, 1)


def i_notaria(rng, g, c):
	"""Another notaría of a customer notaría's town, none a customer's,
	two slips or more from its own number (one would be a typo of it)."""
	if not c["notaria"]:
		return None
	k = str(rng.randint(1, 120))
	if lk.la.dist(k, c["notaria"]) < 2 or (c["place"], k) in g.notarias:
		return None
	return re.sub(r"(?<!\d)%s(?!\d)" % c["notaria"], k, c["core"], 1)


def i_number(rng, g, c):
	"""A name that carries its RFC with another valid one before it, as
	an invoice's header is pasted (of any customer with one: few are)."""
	if not g.numbered:
		return None
	c = g.custs[rng.choice(g.numbered)]
	new = rfc(rng, c)
	if new in g.numbers or lk.la.within1(new, c["number"]):
		return None
	return "%s %s" % (rfc_text(new, rng.choice([1, 2, 3])), lk.core_form(c))


def i_company(rng, g, c):
	"""The S.A. de C.V. of a persona física's or a consultorio's owner
	beside it: "Inmobiliaria Hernández López S.A. de C.V." beside
	"Ferretería El Roble" of Juan Hernández López."""
	if not c["owner"] or c["legal"] or c["sector"] not in ("negocio",
			"salud"):
		return None
	s = c["owner"][1]
	head = s if rng.random() < .6 else s.split()[0]
	return "%s %s %s" % (rng.choice(OWN_TRADE), head, rng.choice(["S.A. de C.V.",
		"S. de R.L. de C.V.", "SA de CV"]))


def i_family(rng, g, c):
	"""A named owner's relative of another given name ("Dra. Ana
	Hernández López" beside "Dr. Juan Hernández López"), or a family
	firm's other branch ("Hernández e Hijos" beside "Hernández Hnos.")."""
	if c["core"].endswith(" Hnos."):
		return c["core"].replace(" Hnos.", " e Hijos") + " " + c["legal"]
	if c["core"].endswith(" e Hijos"):
		return c["core"].replace(" e Hijos", " Hnos.") + " " + c["legal"]
	if not c["owner"] or c["sector"] not in ("negocio", "salud"):
		return None
	gv, s = c["owner"]
	if "%s %s" % (gv, s) not in c["core"]:
		return None
	w = rng.random() < .5
	other = rng.choice(GIVEN[w])
	if other == gv:
		return None
	t = c["core"].replace("%s %s" % (gv, s), "%s %s" % (other, s))
	return re.sub(r"\bDra?\. ", "Dra. " if w else "Dr. ", t)


def i_school(rng, g, c):
	"""A customer colegio's namesake in another city: "Colegio Cervantes
	de Morelia" beside "Colegio Cervantes A.C." of León."""
	if c["sector"] != "escuela" or "{N}" in c["tpl"]:
		return None
	e = rng.choice(FAR + ELSEWHERE[c["desk"]])
	return rng.choice(["%s de %s", "%s de %s", "%s Campus %s"]) % (
		c["core"], e) + rng.choice(["", "", " A.C.", " S.C."])


def i_body(rng, g, c):
	"""Another public body of a customer municipio's town: "Hospital
	General de Zapopan", or its DIF or water body where no customer."""
	if not c["mkey"]:
		return None
	t = c["trec"]
	if rng.random() < .4:
		key, tpl = rng.choice(MUNI[3:])
		if key + ":" + t[1] in g.bodies:
			return None
		return tpl.format(K=muni_name(c["desk"], t[1]))
	return rng.choice(BODIES).format(N=t[0])


i_person, i_personal = lk.person_impostors(ck, lambda rng, c:
	person(rng, c["desk"])[:2], PERSON, PERSONAL)


def unlisted(f):
	"""Impostor kind f, none holding a listed person's whole name (given
	name and two surnames, which Checks' pairs of words miss)."""
	def kind(rng, g, c):
		t = f(rng, g, c)
		ws = skel_words(lk.clean(t)) if t else ()
		if any(" ".join(ws[j:j + 3]) in g.person for j in
				range(len(ws) - 2)):
			return None
		return t
	return kind


# The impostor kinds, the hard ones (a customer's own words in another
# body's name) first.
IMPOSTORS = lk.impostor_kinds((k, unlisted(f), w) for k, f, w in (
	("other store", i_store, 6), ("other state", i_state, 7),
	("other town", i_town, 6), ("other notaría", i_notaria, 6),
	("other RFC", i_number, 3), ("owner's company", i_company, 6),
	("family member", i_family, 7), ("namesake school", i_school, 6),
	("town body", i_body, 5), ("same shape", i_fresh, 11),
	("prospect", i_prospect, 5), ("person", i_person, 7),
	("personal", i_personal, 4), ("own staff", lk.one_of(STAFF), 5),
	("vendor", lk.one_of(VENDORS), 8)))


if __name__ == "__main__":
	# The customers keep id, name, the Syncro fields, contacts and
	# assets; own staff's machines are TECNICO-<desk>-1 to 6; numbered()'s
	# clock starts at 1854000000 and steps 953 s in 60 minutes.
	lk.desk_main("blind54", ck, population, index, KINDS, IMPOSTORS,
		("id", "name", "syncro", "contacts", "assets"), ("TECNICO-%s-%d", 6),
		TECHS, (1854000000, 953, 60))
