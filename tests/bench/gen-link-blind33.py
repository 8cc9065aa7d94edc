#!/usr/bin/env python3
# gen-link-blind33.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 21: the lead runs it once).  An Iberian and
# Southern Cone MSP: one Syncro account, one ScreenConnect, desks in
# Madrid (MAD: Madrid, Toledo, and Galicia - A Coruña, Vigo, Ourense),
# Barcelona (BCN: Catalonia), Bilbao (BIO: the Basque Country and
# Navarre), Valencia (VLC: the Valencian Community), Buenos Aires (BUE:
# Argentina), Santiago (SCL: Chile), Montevideo (MVD: Uruguay) and Lima
# (LIM: Peru).  Customers: clinics (dental, medical, veterinary),
# farmacias, estudios jurídicos and bufetes, notarías and escribanías,
# gestorías, asesorías and estudios contables, inmobiliarias, bodegas and
# viñas, talleres, builders and installers, shops and restaurants,
# transport firms, schools; named in Spanish, Catalan (Barcelona,
# Valencia), Basque (Bilbao) or Galician (Galicia), the last three with
# the Spanish version beside them.  Writes OUTDIR/customers.json (as
# Syncro's GET /customers returns them: id, business_name, firstname,
# lastname, email, phone, address, address_2, city, state, zip,
# properties - the firm's tax number as a custom field - contacts,
# assets), names.tsv (typed TAB true id or "" TAB kind TAB machine),
# sessions.jsonl and sessions-machine.jsonl through
# screenconnect_record.write_desk_set.  Python stdlib only, deterministic
# for a seed.  Customer ids from 33000000.
#
# Where each shape comes from ("found": found with the session's search
# tool, where given; "known": public knowledge, no search):
# - Spanish surnames: the INE's list of the commonest first surnames
#   (found: antena3.com 2024/06 "García ... Rodríguez, González,
#   Fernández, López, Martínez, Sánchez, Pérez, Martín, Gómez, Jiménez,
#   Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso y
#   Gutiérrez"; elperiodicoextremadura.com: García the commonest in 31 of
#   50 provinces, Navarro 8th in Valencia, Pons 8th in the Balearics);
#   ranks 20-100 of the same list (Navarro, Torres, Domínguez, Vázquez,
#   Ramos, Gil, Serrano, Blanco ...; known); Catalan (Puig, Vila, Soler,
#   Ferrer, Font, Roca, Serra, Pujol ...), Basque (Etxeberria, Goikoetxea,
#   Agirre, Zubizarreta, Larrañaga ...) and Galician (Otero, Varela,
#   Piñeiro, Castiñeira, Outeiro, Seoane ...) surnames (known); Chile's
#   (Muñoz, Rojas, Soto, Contreras, Silva, Sepúlveda, Araya, Tapia ...),
#   Argentina's (Spanish and Italian: Rossi, Ferrari, Bianchi ...),
#   Uruguay's (Pereira, Techera, Olivera ...) and Peru's (Quispe, Huamán,
#   Mamani, Condori ...; Quechua and Aymara) from the registries' lists
#   as the press reports them (known).  Two surnames, the father's then
#   the mother's (Spanish civil registry law; known): an owner is
#   "María López García", typed by one of them.
# - Given names: the INE's (found, same page: "Antonio, José, Manuel,
#   Francisco y Juan ... 6,3 millones de Marías"), Catalan (Jordi, Josep,
#   Montserrat, Núria, Oriol), Basque (Iñaki, Mikel, Aitor, Itziar,
#   Edurne), Galician (Xosé, Xoán, Uxía, Brais) and the Southern Cone's
#   (Matías, Florencia, Javiera, Catalina; Peru's Milagros, Yesenia;
#   known).
# - Legal forms (known): Spain's Ley de Sociedades de Capital (S.L.,
#   S.L.U., S.A., S.L.P. for the professions - Ley 2/2007 de sociedades
#   profesionales), cooperatives (S.Coop., the Basque "Koop. E.", the
#   Catalan SCCL), C.B. (comunidad de bienes) for a shop; Argentina's
#   Ley 19.550 and 27.349 (S.R.L., S.A., S.A.S.); Chile's Ley 20.190
#   (SpA), Ltda. and E.I.R.L. (Ley 19.857); Uruguay's Ley 16.060 and
#   19.820 (S.R.L., S.A., S.A.S.); Peru's Ley General de Sociedades
#   (S.A.C., S.A., S.R.L.) and E.I.R.L. (D.L. 21621).
# - Tax numbers (known): Spain's CIF/NIF (the form's letter - A S.A., B
#   S.L., F cooperative, E comunidad de bienes - two digits of the
#   province, five digits and the control digit of the Orden EHA/451/
#   2008 algorithm; a sole trader's DNI with its letter, number mod 23 in
#   TRWAGMYFPDXBNJZSQVHLCKE), Argentina's CUIT (30-/33- for firms, 20-/
#   27- for people, weights 5432765432 mod 11), Chile's RUT (76.xxx.xxx-
#   DV, weights 2-7 from the right mod 11, K for 10), Uruguay's RUT
#   (twelve digits: 21, six digits, 001 and the check digit, weights
#   43298765432 mod 11) and
#   Peru's RUC (20 for firms, 10 + DNI for people, weights 5432765432).
# - Keyboards: the Spanish ISO layout (found: simple-keyboard/simple-
#   keyboard-layouts build/layouts/spanish.js "a s d f g h j k l ñ"; orbit-
#   firmware/orbit docs/keycodes/spanish.md: "·" is Shift+3), the Latin
#   American one with ñ in the same place (known); a slip is a neighbour on
#   the row (ñ for l), a dropped, doubled or swapped letter (linkgen.Typo).
# - ñ typed without it (known): "n" on a US keyboard or a phone without
#   the layout, "ny" by a Catalan (the digraph for the same sound),
#   "nn" (the tilde is an n written over the n) and "gn"; l·l (the IEC's
#   ela geminada, U+00B7 between the two l; the old U+0140 ŀ) typed
#   l.l, l-l, ll or l•l (known); accents dropped; à/è/ò (Catalan) for
#   á/é/ó and back.
# - Basque spelling (known): the Euskaltzaindia's unified orthography
#   (tx, k, -gi, -tz) against the Spanish one a Spanish desk or an old
#   registration keeps (Etxeberria / Echeverría, Goikoetxea / Goicoechea,
#   Agirre / Aguirre, Arregi / Arregui).
# - Words for "and" (known): Spanish "y" (and "e" before i-), Catalan
#   "i", Basque "eta", Galician "e", and "&"; "Hermanos" / "Hnos." /
#   "Hnos", "e Hijos" / "e Hijas" / "& Hijos" / "i Fills" / "e Fillos".
# - Abbreviations (known): Cía. (Compañía), Hnos., Asoc., Admón.,
#   Instal., Distrib., Constr., Inmob., Serv., Gral., Dr./Dra., Lic.,
#   Esc. (escribano), Cr./Cdor. (contador, Uruguay and Argentina).
# - Brand words: places and landscape words of each country (Montsant,
#   Txindoki, Finisterre, Aconcagua, Nahuel, Rimac ...; known), with a
#   rare block for the rare-word impostors.
#
# Real-row kinds (shares in KINDS): exact, caps, lower, typo, two typos,
# accents (dropped, or a Catalan grave for an acute), enye (ñ typed n,
# ny, nn, gn), ela geminada (l·l typed l.l, l-l, ll, l•l), truncated,
# reorder ("Farmacia López" -> "López, Farmacia"; "{B} Jatetxea" ->
# "Jatetxea {B}"), abbrev, acronym, legal (dropped, respelt, another
# form of the country), language (a Catalan, Basque or Galician name's
# Spanish version), and (y / i / eta / e / &), hermanos ("Hnos." and
# "e Hijos" respelt, or dropped), one surname (an owner's second
# surname dropped, or the first), basque spelling, tax id (the name with
# its CIF/CUIT/RUT/RUC), title (Dr., Lic., Esc., Cr. added or dropped),
# branch (town or a site word), contact, person, domain, mixed.
# Impostors (about 37% of rows): same shape (a fresh name of the
# customers' templates, its brand and surnames from a block no customer
# draws from), rare word (a customer's rare brand in a trade no customer
# has), other city (a customer's brand or surname in another trade and
# town), common surname (an INE / registry top surname in such a trade),
# person (no contact), vendor (carriers, ISPs, software support), prospect
# ("Presupuesto - ", "Cotización ", "Pressupost - " and a fresh name),
# personal ("Portátil de Maite"), own staff.
#
# Machines (linkgen.machine): a real row on one of its customer's assets
# 72%, another customer's 4%; impostors on unknown machines, a shared role
# name (RECEPCION, CAJA1, MOSTRADOR ...) 18%, own staff on the bench.
#
# Labels: rows label-audit.py doubts are drawn again (its IBERIA list,
# used only for a list where one name in ten has S.L.U., S.A.C., SpA,
# S.Coop. or S.L.P., reads this region's legal forms), and so are
# impostors that, read through this generator's skeleton (accents, ñ,
# l·l and Basque spelling folded, Catalan, Basque and Galician generic
# words read as the Spanish ones, abbreviations expanded, legal forms,
# articles and the words for "and" dropped, doubled letters single), are
# a customer's name, or that name less its legal form, owner or town, or
# all its words less one, or hold a listed person's full name
# (linkgen.Checks, parts_known and pairs).  A person's name is a real row
# only when that whole name is one customer's contact only.
import functools
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linkgen as lk  # noqa: E402
import screenconnect_record as scr  # noqa: E402


def unaccent(s):
	"""s without accents, ñ, ç nor the ela geminada's dot (what a US
	keyboard or a phone types)."""
	s = s.replace("·", "").replace("ŀ", "l").replace("Ŀ", "L")
	s = unicodedata.normalize("NFKD", s)
	return "".join(ch for ch in s if not unicodedata.combining(ch))


# ---------------------------------------------------------------- places
# (town, province or region, desk, share, postcode head, country, the
# languages its names are in with their weights)
ES_CA = (("ca", 55), ("es", 45))
ES_VA = (("ca", 30), ("es", 70))
ES_EU = (("eu", 30), ("es", 70))
ES_GL = (("gl", 40), ("es", 60))
ES = (("es", 1),)
TOWNS = [("Madrid", "Madrid", "MAD", 12, "280", "ES", ES),
	("Alcalá de Henares", "Madrid", "MAD", 2, "288", "ES", ES),
	("Getafe", "Madrid", "MAD", 2, "289", "ES", ES),
	("Toledo", "Toledo", "MAD", 1, "450", "ES", ES),
	("A Coruña", "A Coruña", "MAD", 2, "150", "ES", ES_GL),
	("Vigo", "Pontevedra", "MAD", 2, "362", "ES", ES_GL),
	("Ourense", "Ourense", "MAD", 1, "320", "ES", ES_GL),
	("Barcelona", "Barcelona", "BCN", 10, "080", "ES", ES_CA),
	("L'Hospitalet de Llobregat", "Barcelona", "BCN", 2, "089", "ES", ES_CA),
	("Sabadell", "Barcelona", "BCN", 2, "082", "ES", ES_CA),
	("Girona", "Girona", "BCN", 1, "170", "ES", ES_CA),
	("Lleida", "Lleida", "BCN", 1, "250", "ES", ES_CA),
	("Tarragona", "Tarragona", "BCN", 1, "430", "ES", ES_CA),
	("Bilbao", "Bizkaia", "BIO", 5, "480", "ES", ES_EU),
	("Donostia-San Sebastián", "Gipuzkoa", "BIO", 3, "200", "ES", ES_EU),
	("Vitoria-Gasteiz", "Araba/Álava", "BIO", 2, "010", "ES", ES_EU),
	("Getxo", "Bizkaia", "BIO", 1, "489", "ES", ES_EU),
	("Pamplona", "Navarra", "BIO", 1, "310", "ES", ES),
	("València", "Valencia", "VLC", 6, "460", "ES", ES_VA),
	("Alacant", "Alicante", "VLC", 2, "030", "ES", ES_VA),
	("Castelló de la Plana", "Castellón", "VLC", 1, "120", "ES", ES_VA),
	("Gandia", "Valencia", "VLC", 1, "467", "ES", ES_VA),
	("Buenos Aires", "CABA", "BUE", 10, "C10", "AR", ES),
	("La Plata", "Buenos Aires", "BUE", 2, "B19", "AR", ES),
	("Rosario", "Santa Fe", "BUE", 2, "S20", "AR", ES),
	("Córdoba", "Córdoba", "BUE", 2, "X50", "AR", ES),
	("Mendoza", "Mendoza", "BUE", 2, "M55", "AR", ES),
	("Santiago", "Región Metropolitana", "SCL", 8, "83", "CL", ES),
	("Valparaíso", "Valparaíso", "SCL", 2, "23", "CL", ES),
	("Concepción", "Biobío", "SCL", 2, "40", "CL", ES),
	("Viña del Mar", "Valparaíso", "SCL", 1, "25", "CL", ES),
	("Montevideo", "Montevideo", "MVD", 5, "11", "UY", ES),
	("Canelones", "Canelones", "MVD", 1, "90", "UY", ES),
	("Maldonado", "Maldonado", "MVD", 1, "20", "UY", ES),
	("Lima", "Lima", "LIM", 6, "150", "PE", ES),
	("Arequipa", "Arequipa", "LIM", 2, "040", "PE", ES),
	("Trujillo", "La Libertad", "LIM", 1, "130", "PE", ES),
	("Callao", "Callao", "LIM", 1, "070", "PE", ES)]
PROVINCE_CODE = {"Madrid": "28", "Toledo": "45", "A Coruña": "15",
	"Pontevedra": "36", "Ourense": "32", "Barcelona": "08", "Girona": "17",
	"Lleida": "25", "Tarragona": "43", "Bizkaia": "48", "Gipuzkoa": "20",
	"Araba/Álava": "01", "Navarra": "31", "Valencia": "46",
	"Alicante": "03", "Castellón": "12"}
# Spain's geographic prefixes by province (the CNMC's numbering plan):
# the two- or three-digit area, the rest of nine digits after it.
AREA_ES = {"Madrid": "91", "Toledo": "925", "A Coruña": "981",
	"Pontevedra": "986", "Ourense": "988", "Barcelona": "93",
	"Girona": "972", "Lleida": "973", "Tarragona": "977", "Bizkaia": "94",
	"Gipuzkoa": "943", "Araba/Álava": "945", "Navarra": "948",
	"Valencia": "96", "Alicante": "965", "Castellón": "964"}
PHONE = {"AR": "+54 11 %04d-%04d",
	"CL": "+56 2 2%03d %04d", "UY": "+598 2%03d %04d",
	"PE": "+51 1 %03d %04d"}
STREETS = {"ES": ["Calle Mayor", "Calle de Alcalá", "Gran Vía",
	"Avenida de la Constitución", "Calle Real", "Paseo de la Castellana"],
	"ca": ["Carrer de Balmes", "Carrer Gran", "Avinguda Diagonal",
	"Carrer de Sants", "Carrer Major", "Passeig de Gràcia"],
	"eu": ["Kale Nagusia", "Gran Vía de Don Diego López de Haro",
	"Calle Autonomía", "Zumalakarregi Etorbidea"],
	"gl": ["Rúa do Príncipe", "Rúa Real", "Avenida de Galicia"],
	"AR": ["Av. Corrientes", "Av. Rivadavia", "Av. Santa Fe",
	"Calle Florida", "Av. San Martín"],
	"CL": ["Av. Providencia", "Av. Apoquindo", "Av. Libertador Bernardo "
	"O'Higgins", "Calle Huérfanos"],
	"UY": ["Av. 18 de Julio", "Av. Italia", "Bulevar Artigas",
	"Calle Sarandí"],
	"PE": ["Av. Javier Prado Este", "Av. Larco", "Jr. de la Unión",
	"Av. Arequipa"]}

# ---------------------------------------------------------------- people
SUR = {
	"es_common": "García Rodríguez González Fernández López Martínez "
	"Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Muñoz "
	"Álvarez Romero Alonso Gutiérrez".split(),
	"es": "Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano "
	"Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín "
	"Sanz Núñez Iglesias Medina Garrido Cortés Castillo Santos Lozano "
	"Guerrero Cano Prieto Méndez Calvo Gallego Vidal León Márquez Herrera "
	"Peña Cabrera Campos Vega Fuentes Carrasco Caballero Nieto Aguilar "
	"Pascual Herrero Montero Lorenzo Hidalgo Ibáñez Durán Benítez Mora "
	"Vicente Arias Carmona Crespo Román Pastor Sáez Velasco Moya Parra "
	"Esteban Bravo Gallardo Zamora Cuesta Bermejo Salinas Quintana "
	"Escudero Valverde Toledano Villalobos Montoya Ordóñez Muñiz "
	"Carreño Yáñez Patiño Peñalver Cañizares".split(),
	"ca": "Puig Vila Soler Ferrer Font Roca Serra Pujol Casas Riera Prat "
	"Sala Coll Bosch Mas Vallès Camps Casals Oliveras Rovira Sabaté "
	"Canals Borràs Farré Gispert Miralles Ribas Vilanova Pagès Fàbregas "
	"Bonet Comas Companys Vinyals Pinyol Canyelles Gual Tarrés Ballester "
	"Esteve Llorens Martorell Bertran Cardona Monfort".split(),
	"eu": "Etxeberria Goikoetxea Agirre Zubizarreta Arrieta Urrutia "
	"Garmendia Larrañaga Iturbe Mendizabal Aranburu Olaizola Azkue Arregi "
	"Bengoetxea Zabaleta Ugarte Lizarraga Gorostiaga Ormaetxea Uriarte "
	"Eizagirre Zuloaga Etxegarai Intxausti Ibarguren Loiola Txurruka "
	"Aizpurua Elorza".split(),
	"gl": "Otero Varela Piñeiro Castiñeira Outeiro Souto Seoane Vilariño "
	"Carballo Figueiras Rial Touriño Bouzas Regueiro Louzao Pazos Lema "
	"Rivas Dopico Barreiro Mouriño Fraga Cotelo Vilar".split(),
	"AR": "Rossi Ferrari Russo Bianchi Romano Gallo Costa Fontana Acosta "
	"Sosa Rojas Benítez Giménez Aguirre Ledesma Paz Ojeda Coronel Godoy "
	"Ponce Luna Molina Barrios Vera Cabral Toledo Bustos Lucero "
	"Quiroga".split(),
	"CL": "Muñoz Rojas Soto Contreras Silva Sepúlveda Araya Tapia Vergara "
	"Cáceres Figueroa Riquelme Pizarro Henríquez Aravena Valenzuela "
	"Espinoza Fuentes Carrasco Morales Gajardo Bustamante Cornejo Orellana "
	"Saavedra Ulloa Yáñez Zúñiga".split(),
	"UY": "Pereira Techera Olivera Cabrera Acosta Sosa Suárez Silva "
	"Núñez Ferreira Méndez Correa Píriz Bentancur Umpiérrez Viera "
	"Berrutti Rocha Machado Cardozo".split(),
	"PE": "Quispe Huamán Mamani Condori Chávez Vásquez Mendoza Ramírez "
	"Torres Rojas Espinoza Castillo Vargas Flores Paredes Ccahuana "
	"Huaman Cusi Apaza Ticona Salazar Córdova Cárdenas Alvarado "
	"Palomino".split()}
# The Spanish spelling of Basque surnames (before the 1968 orthography,
# or as a Spanish desk writes them).
BASQUE_ES = {"Etxeberria": "Echeverría", "Goikoetxea": "Goicoechea",
	"Agirre": "Aguirre", "Arregi": "Arregui", "Bengoetxea": "Bengoechea",
	"Ormaetxea": "Ormaechea", "Eizagirre": "Echeverría Aguirre",
	"Etxegarai": "Echegaray", "Intxausti": "Inchausti",
	"Azkue": "Azcue", "Aranburu": "Aramburu", "Txurruka": "Churruca",
	"Loiola": "Loyola", "Zubizarreta": "Zubizarreta"}
BASQUE_ES["Eizagirre"] = "Eizaguirre"
GIVEN = {"es": ("Antonio José Manuel Francisco Juan David Javier Daniel "
	"Carlos Jesús Alejandro Miguel Rafael Pablo Sergio Fernando Luis "
	"Alberto Raúl Enrique Ramón Vicente Andrés Joaquín Ignacio".split(),
	"María Carmen Ana Isabel Laura Cristina Marta Lucía Pilar Elena "
	"Josefa Rosa Dolores Beatriz Silvia Patricia Raquel Teresa Mercedes "
	"Inmaculada Nuria Rocío Begoña".split()),
	"ca": ("Jordi Josep Joan Pere Pau Marc Oriol Xavier Albert Ramon "
	"Lluís Jaume Miquel Arnau Enric".split(),
	"Montserrat Núria Mercè Laia Anna Meritxell Marta Roser Neus Glòria "
	"Carme Assumpta Rosa Mireia Maria".split()),
	"eu": ("Iñaki Jon Mikel Aitor Unai Gorka Iker Iñigo Koldo Xabier "
	"Joseba Andoni Asier Ibon Patxi".split(),
	"Ane Maite Itziar Amaia Nerea Ainhoa Edurne Arantxa Leire Garazi "
	"Miren Idoia Nekane Irati Begoña".split()),
	"gl": ("Xosé Xoán Xurxo Brais Anxo Manuel Xabier Roi Iago "
	"Antón".split(), "Uxía Antía Noa Iria Sabela Carme Rosalía Xiana "
	"Maruxa Lucía".split()),
	"AR": ("Matías Santiago Sebastián Martín Juan Pablo Diego Gustavo "
	"Facundo Hernán Gonzalo Marcelo Leandro Ezequiel Nicolás".split(),
	"Florencia Valentina Camila Gabriela Soledad Agustina Romina Paula "
	"Silvina Mariana Luciana Julieta Carolina Verónica".split()),
	"CL": ("Benjamín Vicente Cristóbal Matías Felipe Rodrigo Sebastián "
	"Patricio Claudio Mauricio Jaime Ignacio".split(),
	"Catalina Javiera Constanza Francisca Macarena Valentina Carolina "
	"Daniela Paulina Fernanda Ximena".split()),
	"UY": ("Martín Federico Gonzalo Rodrigo Diego Sebastián Álvaro "
	"Washington Nicolás Mauricio".split(),
	"Lucía Sofía Florencia Natalia Andrea Verónica Lorena Cecilia "
	"Valeria Mariana".split()),
	"PE": ("Luis Alberto Jorge Juan Carlos César Víctor Percy Wilfredo "
	"Edwin Marco Antonio Christian Renzo".split(),
	"Rosa Milagros Yesenia Ruth Gladys Sonia Maritza Elizabeth Pilar "
	"Roxana Karina".split())}

# ---------------------------------------------------------------- words
BRAND = {"ES": ["Sol", "Mediterráneo", "Castilla", "La Mancha", "Ibérica",
	"Atlántico", "Sierra Nevada", "Guadarrama", "Retiro", "Las Rozas",
	"Cibeles", "Tajo", "Ebro", "Levante", "Albufera", "Turia", "Costa "
	"Blanca", "Moncayo", "Picos de Europa", "Gredos", "Alhambra",
	"Giralda", "Santa Bárbara", "San Isidro", "Nueva Era", "Castellana"],
	"ca": ["Montsant", "Tibidabo", "Montseny", "Empordà", "Penedès",
	"Llobregat", "Canigó", "Montjuïc", "Collserola", "Garraf", "Paral·lel",
	"Sant Jordi", "Tramuntana", "Priorat", "La Mola", "Vall d'Aran"],
	"eu": ["Txindoki", "Gorbeia", "Anboto", "Aitzgorri", "Urdaibai",
	"Itsasondo", "Bidasoa", "Nervión", "Artxanda", "Aralar", "Oka",
	"Zuhaitz", "Izarra", "Ekain"],
	"gl": ["Finisterre", "Fisterra", "Rías Baixas", "Miño", "Ribeiro",
	"Cíes", "Costa da Morte", "Breogán", "Xallas", "Sil", "Ulla",
	"Mariñas"],
	"AR": ["Del Plata", "Pampa", "Aconcagua", "Nahuel", "Patagonia",
	"Paraná", "Tandil", "Iguazú", "La Rioja", "Ñandú", "Río de la Plata",
	"San Telmo", "Palermo", "Belgrano", "Los Andes"],
	"CL": ["Andes", "Pacífico", "Maipo", "Colchagua", "Cordillera",
	"Bío Bío", "Atacama", "Araucanía", "Lircay", "Quillota", "Los "
	"Copihues", "Cerro Alegre", "Casablanca", "Ñuble"],
	"UY": ["Oriental", "Rambla", "Pocitos", "Carrasco", "Ciudad Vieja",
	"Cerro Largo", "Charrúa", "Rincón", "Colonia", "Punta del Este",
	"Malvín", "Tacuarembó"],
	"PE": ["Inca", "Rímac", "Huascarán", "Pachacámac", "Titicaca",
	"Misti", "Chavín", "Los Incas", "Mochica", "Nazca", "Sol de Oro",
	"Machu Picchu", "Chan Chan"]}
# Rare brand words (a customer's alone: the rare-word impostors take
# them into other trades).
RARE = ["Almazara", "Tomillar", "Alcornocal", "Aliaga", "Retama",
	"Garrigues", "Espígol", "Farigola", "Ginesta", "Atxarte", "Iratxo",
	"Basajaun", "Lamiña", "Carqueixa", "Toxeira", "Queiroga",
	"Ombú", "Caldén", "Ñandubay", "Quebracho", "Pehuén", "Quillay",
	"Boldo", "Peumo", "Coihue", "Ceibo", "Guayabo", "Molle", "Huarango",
	"Quinual", "Ichu", "Totora", "Algarrobal", "Espartal"]
# Brands and surnames no customer draws (for the same-shape impostors).
OUTSIDE = {"ES": "Baeza Cifuentes Arrabal Villaverde Peñarroya Valdepeñas "
	"Hontanar Torrecilla".split(),
	"ca": "Calvet Roig Vilaró Perelló Montblanc Cadí Vilaplana".split(),
	"eu": "Aldekoa Urkiola Gaztelu Zarautz Errekalde Aiako".split(),
	"gl": "Fontán Ramallo Mugardos Ortigueira Cabana".split(),
	"AR": "Lanús Bragado Fiorito Zárate Chivilcoy Mazzini".split(),
	"CL": "Pelarco Curacaví Lonquimay Ancud Pichidegua".split(),
	"UY": "Tarariras Rivera Durazno Nueva_Helvecia".split(),
	"PE": "Huancayo Chachapoyas Tarapoto Cajamarca Puno".split()}
OUTSIDE = {k: [w.replace("_", " ") for w in v] for k, v in OUTSIDE.items()}
# Legal forms (form, share) per country; the professions' own in Spain.
LEGAL = {"ES": [("S.L.", 62), ("S.L.U.", 14), ("S.A.", 10),
	("S.Coop.", 5), ("C.B.", 9)],
	"AR": [("S.R.L.", 45), ("S.A.", 35), ("S.A.S.", 20)],
	"CL": [("SpA", 40), ("Ltda.", 35), ("S.A.", 10), ("E.I.R.L.", 15)],
	"UY": [("S.R.L.", 35), ("S.A.", 45), ("S.A.S.", 20)],
	"PE": [("S.A.C.", 50), ("E.I.R.L.", 25), ("S.R.L.", 15),
	("S.A.", 10)]}
PROF_FORM = {"ES": [("S.L.P.", 70), ("S.L.", 30)]}
LEGAL_ALT = {"S.L.": ["SL", "S.L", "s.l.", "S. L.", "Sociedad Limitada",
	"S.L.U."], "S.L.U.": ["SLU", "S.L.", "s.l.u.", "SL"],
	"S.A.": ["SA", "S.A", "s.a.", "Sociedad Anónima", "S. A."],
	"S.Coop.": ["S. Coop.", "Sdad. Coop.", "SCOOP", "Koop. E.", "SCCL"],
	"C.B.": ["CB", "C.B", "c.b."], "S.L.P.": ["SLP", "S.L.", "S.L.P"],
	"S.R.L.": ["SRL", "S.R.L", "s.r.l.", "SA"], "S.A.S.": ["SAS", "S.A.S",
	"SRL"], "SpA": ["S.p.A.", "SPA", "Ltda."], "Ltda.": ["Ltda",
	"LTDA", "Limitada", "SpA"], "E.I.R.L.": ["EIRL", "Eirl", "E.I.R.L"],
	"S.A.C.": ["SAC", "S.A.C", "sac", "S.A."]}
CARRIES = {"clinic": .5, "pharmacy": .35, "law": .5, "notary": 0,
	"advice": .6, "estate": .7, "winery": .8, "workshop": .8,
	"build": .85, "shop": .55, "transport": .85, "school": .4}
PROFESSIONS = ("law", "advice", "clinic")

# Templates per language and sector: (name, its Spanish version or None).
# {B} brand, {S} {S2} surnames, {P} an owner (given name and two
# surnames), {T} town.
T_ES = {
	"clinic": ["Clínica Dental {B}", "Clínica {S}", "Centro Médico {B}",
		"Clínica Veterinaria {B}", "Consultorio Odontológico {S}",
		"Centro de Fisioterapia {B}", "Óptica {B}"],
	"pharmacy": ["Farmacia {S}", "Farmacia {B}", "Farmacia {P}"],
	"law": ["Estudio Jurídico {S} & Asociados", "{S} {S2} Abogados",
		"Bufete {S}", "Abogados {S} y {S2}", "Estudio {S}, {S2} y "
		"Asociados"],
	"notary": ["Notaría {P}", "Escribanía {S}", "Escribanía {S} y {S2}"],
	"advice": ["Gestoría {S}", "Asesoría {B}", "Asesores {S} y Asociados",
		"Estudio Contable {S}", "Contadores {S} y {S2}",
		"Consultora {B}"],
	"estate": ["Inmobiliaria {B}", "Inmobiliaria {S}", "Propiedades {S}",
		"Administración de Fincas {S}", "Negocios Inmobiliarios {B}"],
	"winery": ["Bodegas {S}", "Bodega {B}", "Viña {B}", "Viñedos {S}",
		"Bodegas {S} e Hijos"],
	"workshop": ["Talleres {S}", "Taller Mecánico {B}", "Talleres {S} "
		"Hermanos", "{S} e Hijos", "Taller {S}", "Neumáticos {B}"],
	"build": ["Construcciones {S}", "Instalaciones Eléctricas {B}",
		"Fontanería {S}", "Carpintería {S}", "Reformas {B}",
		"Climatización {B}", "Construcciones {S} y {S2}"],
	"shop": ["Panadería {B}", "Restaurante {B}", "Ferretería {S}",
		"Distribuidora {B}", "Supermercado {B}", "Librería {B}"],
	"transport": ["Transportes {S}", "Logística {B}", "Transportes {S} "
		"Hermanos", "Mudanzas {B}"],
	"school": ["Colegio {B}", "Academia {B}", "Escuela Infantil {B}",
		"Instituto {B}"]}
T_CA = {
	"clinic": [("Clínica Dental {B}", None), ("Centre Mèdic {B}",
		"Centro Médico {B}"), ("Clínica Veterinària {B}",
		"Clínica Veterinaria {B}"), ("Òptica {B}", "Óptica {B}")],
	"pharmacy": [("Farmàcia {S}", "Farmacia {S}"), ("Farmàcia {P}",
		"Farmacia {P}")],
	"law": [("Advocats {S} i {S2}", "Abogados {S} y {S2}"),
		("{S} {S2} Advocats", "{S} {S2} Abogados"),
		("Despatx {S}", "Despacho {S}")],
	"notary": [("Notaria {P}", "Notaría {P}")],
	"advice": [("Gestoria {S}", "Gestoría {S}"), ("Assessoria {B}",
		"Asesoría {B}"), ("Assessors {S} i Associats",
		"Asesores {S} y Asociados")],
	"estate": [("Immobiliària {B}", "Inmobiliaria {B}"),
		("Finques {S}", "Fincas {S}")],
	"winery": [("Celler {B}", "Bodega {B}"), ("Cellers {S}",
		"Bodegas {S}"), ("Caves {S}", "Cavas {S}")],
	"workshop": [("Taller Mecànic {B}", "Taller Mecánico {B}"),
		("Tallers {S}", "Talleres {S}"), ("{S} i Fills", "{S} e Hijos")],
	"build": [("Construccions {S}", "Construcciones {S}"),
		("Instal·lacions {B}", "Instalaciones {B}"), ("Fusteria {S}",
		"Carpintería {S}"), ("Instal·lacions Elèctriques {S}",
		"Instalaciones Eléctricas {S}"), ("Reformes {B}",
		"Reformas {B}")],
	"shop": [("Forn de Pa {B}", "Panadería {B}"), ("Restaurant {B}",
		"Restaurante {B}"), ("Ferreteria {S}", "Ferretería {S}"),
		("Il·luminació {B}", "Iluminación {B}"), ("Llibreria {B}",
		"Librería {B}")],
	"transport": [("Transports {S}", "Transportes {S}"),
		("Mudances {B}", "Mudanzas {B}")],
	"school": [("Escola {B}", "Escuela {B}"), ("Col·legi {B}",
		"Colegio {B}"), ("Acadèmia {B}", "Academia {B}"),
		("Escola Bressol {B}", "Escuela Infantil {B}")]}
T_EU = {
	"clinic": [("{B} Hortz Klinika", "Clínica Dental {B}"),
		("{B} Albaitaritza", "Clínica Veterinaria {B}")],
	"pharmacy": [("{S} Farmazia", "Farmacia {S}")],
	"law": [("{S} eta {S2} Abokatuak", "Abogados {S} y {S2}"),
		("{S} Abokatuak", "Abogados {S}")],
	"notary": [("Notaría {P}", None)],
	"advice": [("{S} Aholkularitza", "Asesoría {S}"),
		("{B} Aholkulariak", "Asesores {B}")],
	"estate": [("{B} Etxebizitzak", "Inmobiliaria {B}")],
	"winery": [("{B} Txakolina", "Bodega {B}"), ("{S} Txakolindegia",
		"Bodegas {S}")],
	"workshop": [("{S} Tailerrak", "Talleres {S}"), ("{B} Tailerra",
		"Taller {B}")],
	"build": [("{S} Eraikuntzak", "Construcciones {S}"),
		("{B} Instalazioak", "Instalaciones {B}"), ("{S} Arotzeria",
		"Carpintería {S}")],
	"shop": [("{B} Jatetxea", "Restaurante {B}"), ("{B} Okindegia",
		"Panadería {B}"), ("{B} Burdindegia", "Ferretería {B}"),
		("{B} Liburudenda", "Librería {B}")],
	"transport": [("{S} Garraioak", "Transportes {S}")],
	"school": [("{B} Ikastola", "Colegio {B}"), ("{B} Haurreskola",
		"Escuela Infantil {B}")]}
T_GL = {
	"clinic": [("Clínica Dental {B}", None), ("Centro Médico {B}", None)],
	"pharmacy": [("Farmacia {S}", None), ("Farmacia {P}", None)],
	"law": [("Avogados {S} e {S2}", "Abogados {S} y {S2}"),
		("Despacho {S}", None)],
	"notary": [("Notaría {P}", None)],
	"advice": [("Xestoría {S}", "Gestoría {S}"), ("Asesoría {B}",
		None)],
	"estate": [("Inmobiliaria {B}", None)],
	"winery": [("Adega {B}", "Bodega {B}"), ("Adegas {S}",
		"Bodegas {S}")],
	"workshop": [("Obradoiro {S}", "Taller {S}"), ("Talleres {S} e "
		"Fillos", "Talleres {S} e Hijos")],
	"build": [("Construcións {S}", "Construcciones {S}"),
		("Carpintaría {S}", "Carpintería {S}")],
	"shop": [("Panadaría {B}", "Panadería {B}"), ("Restaurante {B}",
		None), ("Ferraxaría {S}", "Ferretería {S}")],
	"transport": [("Transportes {S}", None)],
	"school": [("Colexio {B}", "Colegio {B}"), ("Escola Infantil {B}",
		"Escuela Infantil {B}")]}
T = {"es": {k: [(t, None) for t in v] for k, v in T_ES.items()},
	"ca": T_CA, "eu": T_EU, "gl": T_GL}
# The sectors only one side of the ocean has: gestorías in Spain,
# escribanías and estudios contables in Argentina and Uruguay.
ONLY = {"Escribanía": ("AR", "UY"), "Estudio Contable": ("AR", "UY",
	"PE"), "Contadores": ("AR", "UY"), "Gestoría": ("ES",),
	"Viña": ("CL",), "Notaría": ("ES", "CL", "PE"), "Propiedades": ("CL",), "Administración de Fincas":
	("ES",), "Negocios Inmobiliarios": ("AR",), "Fontanería": ("ES",)}
SECTORS = [("clinic", 11), ("pharmacy", 8), ("law", 9), ("notary", 4),
	("advice", 11), ("estate", 8), ("winery", 6), ("workshop", 10),
	("build", 12), ("shop", 12), ("transport", 5), ("school", 4)]
ROLES = {"clinic": ["RECEPCION", "GABINETE1", "GABINETE2", "RX"],
	"pharmacy": ["MOSTRADOR1", "MOSTRADOR2", "REBOTICA"],
	"law": ["SECRETARIA", "DESPACHO1", "SERVIDOR"], "notary": ["FIRMAS",
	"PROTOCOLO", "SECRETARIA"], "advice": ["NOMINAS", "CONTABILIDAD",
	"FISCAL"], "estate": ["ESCAPARATE", "OFICINA"], "winery": ["BODEGA",
	"ENOLOGIA", "EXPEDICION"], "workshop": ["RECAMBIOS", "DIAGNOSIS",
	"OFICINA"], "build": ["OBRA", "ADMIN", "PRESUPUESTOS"], "shop": [
	"CAJA1", "CAJA2", "TPV"], "transport": ["TRAFICO", "ALMACEN"],
	"school": ["SECRETARIA", "SALA-PROF", "AULA01"]}
TECHS = {"MAD": ["Álvaro Sanz", "Lucía Moreno"], "BCN": ["Jordi Puig",
	"Marta Casals", "Kevin Ortiz"], "BIO": ["Aitor Etxeberria",
	"Nerea Ugarte"], "VLC": ["Vicent Ferrer", "Raquel Gil"],
	"BUE": ["Facundo Rossi", "Agustina Paz"], "SCL": ["Cristóbal Araya",
	"Javiera Soto"], "MVD": ["Rodrigo Pereira"], "LIM": ["Renzo Quispe",
	"Milagros Paredes"]}
VENDORS = ["Movistar Empresas", "Telefónica", "Vodafone Business",
	"Orange Empresas", "Euskaltel", "MásMóvil", "Digi", "Telecom Argentina",
	"Personal", "Claro Empresas", "Entel", "VTR", "Antel", "Movistar Perú",
	"Bitel", "A3 Software", "Sage Despachos", "Holded", "Contasol",
	"Tango Gestión", "Defontana", "Nubox", "Siigo", "Agencia Tributaria",
	"AFIP", "SII", "DGI", "SUNAT", "Microsoft 365", "Dell Soporte",
	"HP Soporte", "Canon España", "Syncro Support"]
STAFF = ["Banco de pruebas 2", "BANCO-3", "Portátil de préstamo 4",
	"Préstamo 07", "Maqueta", "Equipo de taller", "Imagen W11",
	"Montaje nuevo", "VM pruebas", "Taller - mesa 1", "Stock 12",
	"Lucía Moreno", "Jordi Puig", "Facundo Rossi", "Demo portátil"]
PERSONAL = ["Portátil de {G}", "PC de casa", "{G} casa", "Ordenador de "
	"{G}", "Notebook de {G}", "Compu de {G}", "Portàtil de la {G}",
	"{G} {S} - particular", "La tablet de mi hija", "PC abuela",
	"{G} (personal)"]
PROSPECT = ["Presupuesto - ", "Cotización ", "Pressupost - ",
	"Demo - ", "Posible cliente: ", "Aurrekontua - "]
# Site words by region (Chile's bodega is a store room, Spain's a winery).
SITE = {"ES": ["Oficina central", "Almacén", "Local 2", "Nave",
	"Recepción", "Delegación Norte"], "ca": ["Oficina central",
	"Magatzem", "Nau", "Botiga"], "eu": ["Bulego nagusia", "Almacén",
	"Pabellón"], "gl": ["Oficina central", "Almacén", "Nave"],
	"AR": ["Casa central", "Depósito", "Sucursal Centro"], "CL": [
	"Casa matriz", "Bodega", "Sucursal Centro"], "UY": ["Casa central",
	"Depósito", "Local 2"], "PE": ["Sede principal", "Almacén",
	"Sucursal Miraflores"]}
OTHER_TRADE = ["Floristería", "Peluquería", "Lavandería", "Zapatería",
	"Joyería", "Tintorería", "Cerrajería", "Gimnasio", "Heladería",
	"Kiosco", "Perruqueria", "Verdulería", "Mercería", "Tatuajes",
	"Autoescuela", "Tapicería"]


# ---------------------------------------------------------------- skeleton
# Catalan, Basque and Galician generic words read as the Spanish ones;
# abbreviations expanded; Basque spelling as the unified one.
SK_MAP = {"farmacia": "farmacia", "farmazia": "farmacia", "centre":
	"centro", "medic": "medico", "veterinaria": "veterinaria",
	"albaitaritza": "clinica veterinaria", "hortz": "dental", "klinika":
	"clinica", "advocats": "abogados", "abokatuak": "abogados",
	"avogados": "abogados", "despatx": "despacho", "gestoria": "gestoria",
	"xestoria": "gestoria", "assessoria": "asesoria", "aholkularitza":
	"asesoria", "assessors": "asesores", "aholkulariak": "asesores",
	"associats": "asociados", "asoc": "asociados", "immobiliaria":
	"inmobiliaria", "inmob": "inmobiliaria", "etxebizitzak":
	"inmobiliaria", "finques": "fincas", "celler": "bodega", "cellers":
	"bodegas", "adega": "bodega", "adegas": "bodegas", "txakolina":
	"bodega", "txakolindegia": "bodegas", "caves": "cavas", "mecanic":
	"mecanico", "tallers": "talleres", "tailerrak": "talleres",
	"tailerra": "taller", "obradoiro": "taller", "fills": "hijos",
	"fillos": "hijos", "construccions": "construcciones", "construcions":
	"construcciones", "eraikuntzak": "construcciones", "constr":
	"construcciones", "instal": "instalaciones", "lacions":
	"instalaciones", "instalazioak": "instalaciones", "installacions":
	"instalaciones", "fusteria": "carpinteria", "arotzeria":
	"carpinteria", "carpintaria": "carpinteria", "reformes": "reformas",
	"electriques": "electricas", "forn": "panaderia", "pa": "",
	"okindegia": "panaderia", "panadaria": "panaderia", "restaurant":
	"restaurante", "jatetxea": "restaurante", "ferreteria": "ferreteria",
	"burdindegia": "ferreteria", "ferraxaria": "ferreteria",
	"illuminacio": "iluminacion", "lluminacio": "iluminacion",
	"llibreria": "libreria", "liburudenda": "libreria", "transports":
	"transportes", "garraioak": "transportes", "mudances": "mudanzas",
	"escola": "escuela", "colegi": "colegio", "collegi": "colegio",
	"legi": "colegio", "colexio": "colegio", "ikastola": "colegio",
	"academia": "academia", "bressol": "infantil", "haurreskola":
	"escuela infantil", "optica": "optica", "hnos": "hermanos", "hmnos":
	"hermanos", "cia": "compania", "admon": "administracion", "distrib":
	"distribuidora", "serv": "servicios", "gral": "general",
	"dr": "", "dra": "", "lic": "", "esc": "", "cr": "", "cdor": "",
	"ldo": "", "lda": ""}
SK_DROP = set("sl slu sa sociedad limitada anonima coop scoop sccl koop "
	"cb slp srl sas spa ltda eirl sac s l u a c p r e i b y eta and "
	"de del la el los las d l o da do dos das en".split())


def squeeze(w):
	"""w with each run of a letter as one (Instal·lacions typed
	Instalacions, Vinyals typed Vinals after the ny fold)."""
	return re.sub(r"(.)\1+", r"\1", w)


SK_MAP = {squeeze(k): v for k, v in SK_MAP.items()}
SK_DROP = {squeeze(w) for w in SK_DROP}
BASQUE_FOLD = [("ch", "tx"), ("qu", "k"), ("c", "k"), ("gui", "gi"),
	("y", "i")]


def basque_key(w):
	"""A word in the unified Basque spelling's letters, so Echeverría
	and Etxeberria are one word (for every word: the skeleton compares,
	it does not read)."""
	for a, b in BASQUE_FOLD:
		w = w.replace(a, b)
	return w.replace("v", "b")


@functools.lru_cache(maxsize=None)
def skel_words(s):
	"""The skeleton's words of s (cached: the checks read a customer's
	names again and again)."""
	return tuple(_skel(s))


def _skel(s):
	s = unaccent(s).lower().replace("l.l", "ll").replace("l-l", "ll") \
		.replace("l•l", "ll")
	s = re.sub(r"n[yn](?=[aeiou])", "n", s.replace("gn", "n"))
	out = []
	for w in re.split("[^0-9a-z]+", s.replace("&", " ")):
		w = squeeze(w)
		for x in SK_MAP.get(w, w).split():
			x = squeeze(x)
			if x and x not in SK_DROP:
				out.append(basque_key(x))
	return out


def skel(s):
	return " ".join(skel_words(s))


# An impostor's parts (after " - ", ": ", ", ", " (" or " / ") may be no
# customer's name, form or person.
ck = lk.Checks(skel, skel_words, " [-–/] |: |, | \\(", parts_known=True,
	pairs=True)


# ---------------------------------------------------------------- tax ids
def cif(rng, legal, prov):
	"""A Spanish CIF: the form's letter, the province, five digits and
	the control digit (a digit for A, B, E, F)."""
	letter = {"S.A.": "A", "S.Coop.": "F", "C.B.": "E"}.get(legal, "B")
	d = PROVINCE_CODE[prov] + "%05d" % rng.randint(0, 99999)
	odd = sum(sum(divmod(2 * int(d[i]), 10)) for i in range(0, 7, 2))
	even = sum(int(d[i]) for i in range(1, 7, 2))
	return letter + d + str((10 - (odd + even) % 10) % 10)


def dni(rng):
	n = rng.randint(10000000, 79999999)
	return "%08d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def mod11(digits, weights):
	return 11 - sum(int(a) * b for a, b in zip(digits, weights)) % 11


def cuit(rng, firm):
	head = rng.choice(["30", "33"] if firm else ["20", "27"])
	d = head + "%08d" % rng.randint(10000000, 79999999)
	v = mod11(d, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))
	if v == 10:
		return None	# the AFIP gives such a number another head
	return "%s-%s-%d" % (d[:2], d[2:], 0 if v == 11 else v)


def rut_cl(rng, firm):
	n = rng.randint(76000000, 77999999) if firm else \
		rng.randint(5000000, 24999999)
	s = str(n)[::-1]
	v = mod11(s, [2, 3, 4, 5, 6, 7] * 2)
	dv = "0" if v == 11 else "K" if v == 10 else str(v)
	return "{:,}".format(n).replace(",", ".") + "-" + dv


def rut_uy(rng):
	d = "21%06d0019" % rng.randint(0, 999999)
	v = mod11(d[:11] if len(d) > 11 else d, (4, 3, 2, 9, 8, 7, 6, 5, 4, 3,
		2))
	if v == 10:
		return None
	return d[:11] + str(0 if v == 11 else v)


def ruc(rng, firm):
	d = ("20%08d" % rng.randint(10000000, 99999999)) if firm else \
		("10%08d" % rng.randint(10000000, 79999999))
	v = mod11(d, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))
	return d + str(v % 10)


def tax_id(rng, c, taken):
	"""(the number's name, the number) for c, no other customer's (taken:
	Madrid's S.L.s alone would share CIFs); a sole trader's personal one
	when c carries no legal form."""
	cc, firm = c["cc"], bool(c["legal"])
	for _ in range(20):
		if cc == "ES":
			v = ("CIF", cif(rng, c["legal"], c["prov"])) if firm else \
				("NIF", dni(rng))
		elif cc == "AR":
			v = ("CUIT", cuit(rng, firm))
		elif cc == "CL":
			v = ("RUT", rut_cl(rng, firm))
		elif cc == "UY":
			v = ("RUT", rut_uy(rng))
		else:
			v = ("RUC", ruc(rng, firm))
		if v[1] and v[1] not in taken:
			taken.add(v[1])
			return v
	return None


# ---------------------------------------------------------------- customers
def town_of(rng, cc=None):
	ts = [t for t in TOWNS if cc is None or t[5] == cc]
	return rng.choices(ts, [t[3] for t in ts])[0]


def surname(rng, lang, cc, common=None):
	"""A surname of the customer's country and region (lang: the
	region's language, whatever the name is written in): Spain's common
	block a third of the time, the region's own block in Catalonia,
	Euskadi and Galicia, the country's own in South America."""
	if common is None:
		common = rng.random() < .3
	if common:
		return rng.choice(SUR["es_common"])
	if cc != "ES" and rng.random() < .6:
		return rng.choice(SUR[cc])
	if lang != "es" and rng.random() < .7:
		return rng.choice(SUR[lang])
	return rng.choice(SUR["es"])


def person(rng, lang, cc):
	"""(given name, first surname, second surname)."""
	key = cc if cc != "ES" else lang
	g = rng.choice(GIVEN[key][rng.random() < .5])
	a = surname(rng, lang, cc)
	b = surname(rng, lang, cc)
	while b == a:
		b = surname(rng, lang, cc)
	return g, a, b


def brand(rng, lang, cc):
	if rng.random() < .3:
		return rng.choice(RARE)
	if cc == "ES" and lang != "es" and rng.random() < .7:
		return rng.choice(BRAND[lang])
	return rng.choice(BRAND[cc])


def template(rng, lang, cc, sector):
	while True:
		tpl, alt = rng.choice(T[lang][sector])
		head = next((h for h in ONLY if tpl.startswith(h)), None)
		if head is None or cc in ONLY[head]:
			return tpl, alt


def make_customer(rng, cid, cc=None, lang=None):
	town, prov, desk, _, zp, tcc, langs = town_of(rng, cc)
	lang = lang or lk.wpick(rng, langs)
	region = langs[0][0]	# a Bilbao firm named in Spanish: Basque owners
	sector = lk.wpick(rng, SECTORS)
	tpl, alt = template(rng, lang, tcc, sector)
	p = person(rng, region, tcc)
	s2 = surname(rng, region, tcc)
	while s2 == p[1]:
		s2 = surname(rng, region, tcc)
	v = {"B": brand(rng, lang, tcc), "S": p[1], "S2": s2,
		"P": " ".join(p), "T": town}
	used = set(re.findall(r"\{(\w+)\}", tpl))

	def put(t):
		return re.sub(r"\{(\w+)\}", lambda m: v[m.group(1)], t)
	core = put(tpl)
	legal = ""
	if rng.random() < CARRIES[sector]:
		forms = PROF_FORM.get(tcc) if sector in PROFESSIONS else None
		legal = lk.wpick(rng, forms or LEGAL[tcc])
		if legal == "S.Coop." and lang == "ca":
			legal = "SCCL"
		if legal == "S.Coop." and lang == "eu" and rng.random() < .5:
			legal = "Koop. E."
	name = core + (", " if legal and rng.random() < .2 else " ") + legal \
		if legal else core
	return {"id": cid, "name": name, "core": core,
		"alt": put(alt) if alt else "", "legal": legal, "cc": tcc,
		"lang": lang, "region": region, "town": town, "prov": prov, "desk": desk, "zp": zp,
		"sector": sector, "brand": v["B"] if "B" in used else None,
		"surs": [v[k] for k in ("S", "S2") if k in used],
		"owner": p if "P" in used else None}


def keys_of(c):
	"""(sector, word) for what a firm is named by; a name by none of
	them by its core."""
	ws = [c["brand"]] + c["surs"] + ([c["owner"][1]] if c["owner"] else [])
	if not any(ws):
		ws = [skel(c["core"])]
	return [(c["sector"], skel(w)) for w in ws if w]


def latin(s):
	return re.sub("[^A-Za-z .-]", "", unaccent(s))


def contacts(rng, c, ids):
	ps = [c["owner"]] if c["owner"] else []
	ps += [person(rng, c["region"], c["cc"]) for _ in range(rng.randint(0,
		3))]
	out = []
	for p in ps:	# both surnames for the owner, often for the others
		two = p is c["owner"] or rng.random() < .6
		out.append(lk.contact(ids, p[0], "%s %s" % p[1:] if two else p[1],
			c["domain"], latin))
	return out


def assets(rng, c, ids, shared):
	words = [w.upper() for w in re.split("[^A-Za-z0-9]+", latin(c["core"]))
		if len(w) > 2 and w.lower() not in SK_DROP]
	return lk.asset_names(rng, ids, words,
		latin(c["town"]).upper().replace(" ", ""),
		ROLES[c["sector"]], shared,
		lambda r: latin(person(r, c["region"], c["cc"])[0]).upper()[:10])


def address(rng, c):
	cc = c["cc"]
	key = c["lang"] if cc == "ES" and c["lang"] != "es" else cc
	street = rng.choice(STREETS[key])
	if cc == "ES":
		street += ", %d" % rng.randint(1, 240)
		zp = c["zp"] + "%02d" % rng.randint(1, 50)
		a2 = rng.choice(["%dº %s", "Local %d%s", "Bajo %d%s", "Planta "
			"%d, puerta %s"]) % (rng.randint(1, 8), rng.choice("ABCD"))
	else:
		street += " %d" % rng.randint(100, 4999)
		zp = c["zp"] + {"AR": "%02dAAB", "CL": "%05d", "UY": "%03d",
			"PE": "%02d"}[cc] % rng.randint(1, 99)
		a2 = rng.choice(["Piso %d, Of. %s", "Of. %d%s", "Depto. %d%s",
			"Int. %d%s"]) % (rng.randint(1, 20), rng.choice("ABCD"))
	return {"address": street, "address_2": a2 if rng.random() < .5 else
		None, "city": c["town"], "state": c["prov"], "zip": zp}


def domain(rng, c, taken):
	if rng.random() < .3:
		return rng.choice(["gmail.com", "hotmail.com", "yahoo.es",
			"outlook.com", "telefonica.net", "fibertel.com.ar"])
	base = c["brand"] or (c["surs"] or [""])[0] or \
		(c["owner"][1] if c["owner"] else "")
	d = re.sub("[^a-z0-9]", "", latin(base).lower())[:14] or "empresa"
	d += {"pharmacy": "farmacia", "law": "abogados", "clinic": "clinica",
		"winery": "bodega"}.get(c["sector"], "")
	tld = {"ES": [".es", ".com", ".cat" if c["lang"] == "ca" else ".es",
		".eus" if c["lang"] == "eu" else ".com"], "AR": [".com.ar"],
		"CL": [".cl"], "UY": [".com.uy"], "PE": [".pe", ".com.pe"]}
	tld = rng.choice(tld[c["cc"]])
	while d + tld in taken:
		d += str(rng.randint(0, 9))
	taken.add(d + tld)
	return d + tld


def syncro_fields(rng, c):
	"""The main contact, the phone and the tax number (a custom field)
	after the address."""
	p = c["contacts"][0] if c["contacts"] else {}
	tax = c["tax"]
	if c["cc"] == "ES":
		a = AREA_ES[c["prov"]]
		d = a + "".join(str(rng.randint(0, 9)) for _ in range(9 - len(a)))
		phone = "+34 %s %s %s" % (d[:3], d[3:6], d[6:])
	else:
		phone = PHONE[c["cc"]] % (rng.randint(0, 999), rng.randint(0, 9999))
	return dict({"firstname": p.get("firstname"), "lastname":
		p.get("lastname"), "email": p.get("email"), "phone": phone},
		**c["syncro"], properties={tax[0]: tax[1]} if tax else {})


def population(rng, n):
	g = lk.G()
	g.custs, seen, shared, taken = [], set(), set(), set()
	ids = iter(range(330000001, 359999999))
	cid = 33000000
	while len(g.custs) < n:
		cid += rng.randint(1, 4)
		c = make_customer(rng, cid)
		ks = {skel(f) for f in (c["name"], c["core"], c["alt"]) if f}
		if "" in ks or ks & seen:
			continue
		seen |= ks
		c["domain"] = domain(rng, c, taken)
		c["tax"] = tax_id(rng, c, taken)
		lk.add_customer(rng, g, c, ids, shared, address, contacts, assets)
		c["syncro"] = syncro_fields(rng, c)
	g.shared = sorted(shared)
	return g


def index(g):
	"""linkgen's indexes; a customer's forms are its names and its core
	less the town or the owner; a contact is also listed by the given
	name and the first surname ("María López" for María López García)."""
	ck.index_start(g)
	g.sector_keys = set()
	for i, c in enumerate(g.custs):
		names = [f for f in (c["name"], c["core"], c["alt"]) if f]
		less = [c["town"]] + ([" ".join(c["owner"])] if c["owner"] else [])
		ck.add_names(g, i, names)
		ck.add_forms(g, i, names + [c["core"].replace(x, "") for x in less])
		ck.add_words(g, i, skel_words(c["name"]) + skel_words(c["alt"]))
		ck.add_contacts(g, i, c)
		for p in c["contacts"]:
			ck.add_person(g, i, p["firstname"] + " " +
				p["lastname"].split()[0])
		g.sector_keys.update(keys_of(c))
	ck.index_end(g)


# ---------------------------------------------------------------- typing
TYPO = lk.Typo(["1234567890", "qwertyuiop", "asdfghjklñ", "zxcvbnm"])


def either(rng, c, p=.5):
	"""The core (no legal form) with probability p, else the name."""
	return (c["name"], c["core"])[rng.random() < p]


def n_caps(rng, g, c):
	"""All in capitals, as invoices and the registries print names."""
	return either(rng, c).upper()


def n_lower(rng, g, c):
	"""All in lower case, the dots of the legal form gone 40%."""
	t = either(rng, c, .6).lower()
	if rng.random() < .4:
		t = t.replace(".", "")
	return t


def n_typo(rng, g, c):
	return TYPO.one(rng, either(rng, c, .6))


def n_typo2(rng, g, c):
	t = TYPO.one(rng, either(rng, c, .6))
	return TYPO.one(rng, t) if t else None


GRAVE = {"á": "à", "é": "è", "ó": "ò", "à": "á", "è": "é", "ò": "ó"}


def n_accents(rng, g, c):
	"""The acute and grave accents dropped (ñ kept: it is a key of its
	own), or a Catalan grave typed for an acute and back."""
	s = either(rng, c)
	bare = "".join(unaccent(ch) if ch not in "ñÑ·" else ch for ch in s)
	if bare == s:
		return None
	at = [i for i, ch in enumerate(s) if ch in GRAVE]
	if at and rng.random() < .25:
		i = rng.choice(at)
		return s[:i] + GRAVE[s[i]] + s[i + 1:]
	return bare


ENYE = [("n", 65), ("ny", 15), ("nn", 15), ("gn", 5)]


def n_enye(rng, g, c):
	"""ñ without the key: n on a US keyboard or a phone, ny as a Catalan
	writes the sound (Barcelona and Valencia desks), nn (the tilde's
	origin), gn; each ñ the same way."""
	s = either(rng, c)
	if "ñ" not in s.lower():
		return None
	w = lk.wpick(rng, ENYE if c["region"] == "ca" else ENYE[:1] + ENYE[2:])
	t = s.replace("ñ", w).replace("Ñ", w.upper() if s.isupper() else
		w.capitalize())
	return unaccent(t) if rng.random() < .4 else t


def n_ela(rng, g, c):
	"""The ela geminada without its middle dot: l.l, l-l, ll, l•l, ŀl."""
	s = either(rng, c)
	if "l·l" not in s.lower():
		return None
	w = rng.choice(["l.l", "l.l", "ll", "l-l", "l•l", "ŀl"])
	return s.replace("l·l", w).replace("L·L", w.upper())


def n_truncated(rng, g, c):
	"""linkgen's cut, but not an owner's name cut to the given name
	("Farmacia Rocío" could be any Rocío's)."""
	t = lk.n_truncated(rng, g, c)
	if t and c["owner"] and c["owner"][1][:4] not in t:
		return None
	return t


def n_reorder(rng, g, c):
	"""The brand or surname moved: "Farmacia López" -> "López, Farmacia",
	"Txindoki Jatetxea" -> "Jatetxea Txindoki"."""
	s = c["core"]
	for w in [c["brand"]] + c["surs"]:
		if not w:
			continue
		if s.endswith(" " + w) and not s.startswith(w):
			head = s[:-len(w) - 1]
			return "%s%s%s" % (w, rng.choice([", ", " - ", " "]),
				head.lower() if rng.random() < .4 else head)
		if s.startswith(w + " "):
			return "%s %s" % (s[len(w) + 1:], w)
	return None


ABBR = [("Hermanos", "Hnos."), ("Compañía", "Cía."), ("Asociados",
	"Asoc."), ("Administración", "Admón."), ("Instalaciones", "Instal."),
	("Instal·lacions", "Instal."), ("Distribuidora", "Distrib."),
	("Construcciones", "Constr."), ("Inmobiliaria", "Inmob."),
	("Servicios", "Serv."), ("Transportes", "Transp."), ("Talleres",
	"Tall."), ("Climatización", "Clima"), ("Estudio Jurídico",
	"Est. Jurídico"), ("Consultorio Odontológico", "Consult. Odont."),
	("Administración de Fincas", "Adm. Fincas"), ("Assessoria",
	"Assess."), ("Centro Médico", "C. Médico"), ("Clínica Dental",
	"C. Dental"), ("Estudio Contable", "Est. Contable"),
	("Construccions", "Constr."), ("Eléctricas", "Elec."),
	("Escuela Infantil", "Esc. Infantil"), ("Abogados", "Abog.")]
SK_MAP.update({squeeze(k): v for k, v in (("instal", "instalaciones"),
	("distrib", "distribuidora"), ("transp", "transportes"), ("tall",
	"talleres"), ("clima", "climatizacion"), ("est", "estudio"),
	("consult", "consultorio"), ("odont", "odontologico"), ("adm",
	"administracion"), ("assess", "asesoria"), ("elec", "electricas"),
	("abog", "abogados"), ("ases", "asesoria"))})
SK_DROP.add("c")


def abbrev_swap(t, a, b):
	"""a as b once where it stands, else b back as a (not the short
	ones that could be a word)."""
	if re.search(r"(?<!\w)%s(?!\w)" % re.escape(a), t):
		return t.replace(a, b, 1)
	if len(b) > 4 and b in t:
		return t.replace(b, a, 1)
	return t


n_abbrev = lk.abbrev_row(ABBR, abbrev_swap,
	lambda rng, t: t.replace(".", "") if rng.random() < .35 else t)


def n_acronym(rng, g, c):
	"""A firm of three words or more by its initials (the last word kept
	half the time): "Instalaciones Eléctricas Montsant" -> "IEM" or "IE
	Montsant"."""
	if c["owner"]:
		return None
	ws = [w for w in re.split(r"[\s\-']+", unaccent(c["core"])) if w and
		w[0].isalpha() and w.lower() not in SK_DROP]
	if len(ws) < 3:
		return None
	ini = "".join(w[0].upper() for w in ws)
	if rng.random() < .5 and len(ws) >= 4:
		return "%s %s" % (ini[:-1], ws[-1])
	return ini if rng.random() < .6 else ".".join(ini) + "."


def legal_other(rng, c, r):
	"""The form respelt (SL, S.L, Sociedad Limitada), another of the
	country's (S.L.U. for S.L., SpA for Ltda.), or in capitals after a
	comma."""
	if r < .8:
		return "%s %s" % (c["core"], rng.choice(LEGAL_ALT.get(c["legal"],
			[c["legal"].replace(".", "")])))
	return "%s, %s" % (c["core"], c["legal"].upper())


n_legal = lk.legal_row(legal_other)


def n_language(rng, g, c):
	"""A Catalan, Basque or Galician name's Spanish version, as a desk in
	Madrid or Buenos Aires types it."""
	if not c["alt"]:
		return None
	t = c["alt"]
	if c["legal"] and rng.random() < .35:
		t += " " + c["legal"]
	return unaccent(t) if rng.random() < .3 else t


AND = {"es": [" & ", " y ", " Y "], "ca": [" i ", " & ", " y "],
	"eu": [" eta ", " & ", " y "], "gl": [" e ", " & ", " y "]}


def n_and(rng, g, c):
	"""y / i / eta / e / & for one another (not the e of "e Hijos")."""
	s = either(rng, c)
	m = re.search(r" (&|y|i|eta|e) (?!Hij|Fill)", s)
	if not m:
		return None
	alts = [a for a in AND[c["lang"]] + [" and "] if a.strip() !=
		m.group(1)]
	return s[:m.start()] + rng.choice(alts) + s[m.end():]


KIN = {"Hermanos": ["Hnos.", "Hnos", "HNOS.", "Hmnos.", "Hermanos"],
	"e Hijos": ["& Hijos", "y Hijos", "e hijos", "E Hijos", "Hijos"],
	"i Fills": ["& Fills", "i fills", "e Hijos"], "e Fillos": ["& Fillos",
	"e fillos", "e Hijos"]}


def n_kin(rng, g, c):
	"""Hermanos as Hnos., e Hijos as & Hijos or y Hijos; the family
	word dropped a fifth of the time."""
	s = either(rng, c)
	for k, alts in KIN.items():
		if (" " + k) in s:
			if rng.random() < .2:
				return s.replace(" " + k, "", 1)
			return s.replace(k, rng.choice([a for a in alts if a != k]), 1)
	return None


def n_one_surname(rng, g, c):
	"""An owner by one surname: "Farmacia María López García" typed
	"Farmacia María López" (the mother's dropped) or "Farmacia López
	García" (the given name dropped)."""
	o = c["owner"]
	if not o:
		return None
	full = " ".join(o)
	short = "%s %s" % o[:2] if rng.random() < .6 else "%s %s" % o[1:]
	return either(rng, c).replace(full, short)


def n_basque(rng, g, c):
	"""A Basque surname in the Spanish spelling (Goikoetxea typed
	Goicoechea)."""
	s = either(rng, c)
	for w in c["surs"] + (list(c["owner"][1:]) if c["owner"] else []):
		if w in BASQUE_ES and w in s and BASQUE_ES[w] != w:
			t = s.replace(w, BASQUE_ES[w])
			return unaccent(t) if rng.random() < .3 else t
	return None


def n_taxid(rng, g, c):
	"""The name with its tax number, as an invoice or the firm's own
	signature writes them: "B48123456 Talleres Goikoetxea", "Talleres
	Goikoetxea S.L. - CIF B-48123456", the CUIT without its dashes."""
	t = c["tax"]
	if not t:
		return None
	num = t[1]
	r = rng.random()
	if r < .3:
		num = num.replace("-", "").replace(".", "")
	elif r < .4 and t[0] == "CIF":
		num = num[0] + "-" + num[1:]
	s = either(rng, c)
	if rng.random() < .35:
		return "%s %s" % (num, s)
	lab = t[0] if rng.random() < .7 else t[0].lower()
	sep = rng.choice([" - ", " (", ", "])
	return "%s%s%s %s%s" % (s, sep, lab, num, ")" if sep == " (" else "")


def n_title(rng, g, c):
	"""A title before the owner's name (Dr./Dra., D./Dña., Esc., Cr.,
	Lic., Ldo./Lda.), as letterheads in the region put it."""
	o = c["owner"]
	if not o:
		return None
	f = o[0] in GIVEN[c["cc"] if c["cc"] != "ES" else c["region"]][1]
	doc = "Dra." if f else "Dr."
	opts = {"notary": ["Esc."] if c["cc"] in ("AR", "UY") else
		["Dña." if f else "D.", doc], "advice": ["Cr.", "Cdor.", "Lic."],
		"pharmacy": ["Lda." if f else "Ldo.", doc]}
	full = " ".join(o)
	t = rng.choice(opts.get(c["sector"], [doc]))
	return either(rng, c).replace(full, t + " " + full)


def n_branch(rng, g, c):
	s = either(rng, c, .6)
	if unaccent(c["town"]) in unaccent(s):
		return None
	town = c["town"] if rng.random() < .6 else unaccent(c["town"])
	site = rng.choice([town, town, rng.choice(SITE[place_key(c)]),
		"Sucursal " + town])
	sep = rng.choice([" - ", " / ", " (", ": "])
	return s + sep + site + (")" if sep == " (" else "")


n_contact = lk.contact_row(lambda rng, c, p: rng.choice(["", "", "",
	"(administración)", "(contabilidad)"]))
n_person = ck.person_row(lambda rng, c: rng.random() < .15)


def n_domain(rng, g, c):
	d = c["domain"]
	if d.split(".")[0] in ("gmail", "hotmail", "yahoo", "outlook",
			"telefonica", "fibertel"):
		return None
	if rng.random() < .65:
		return d if rng.random() < .6 else "www." + d
	return c["contacts"][0]["email"] if c["contacts"] else None


def n_mixed(rng, g, c):
	a = rng.choice([n_accents, n_language, n_legal, n_abbrev, n_enye,
		n_basque])
	t = a(rng, g, c)
	if not t:
		return None
	d = dict(c, name=t, core=t)
	b = rng.choice([n_typo, n_caps, n_truncated, n_lower])
	return b(rng, g, d)


KINDS = [("exact", lk.n_exact, 11), ("caps", n_caps, 4),
	("lower", n_lower, 3), ("typo", n_typo, 8), ("two typos", n_typo2, 3),
	("accents", n_accents, 7), ("enye", n_enye, 4),
	("ela geminada", n_ela, 2), ("truncated", n_truncated, 5),
	("reorder", n_reorder, 3), ("abbrev", n_abbrev, 5),
	("acronym", n_acronym, 2), ("legal", n_legal, 8),
	("language", n_language, 5), ("and", n_and, 3),
	("hermanos", n_kin, 2), ("one surname", n_one_surname, 3),
	("basque spelling", n_basque, 2), ("tax id", n_taxid, 3),
	("title", n_title, 1), ("branch", n_branch, 4),
	("contact", n_contact, 3), ("person", n_person, 2),
	("domain", n_domain, 2), ("mixed", n_mixed, 5)]


# ---------------------------------------------------------------- impostors
def place_key(c):
	return c["lang"] if c["cc"] == "ES" and c["lang"] != "es" else c["cc"]


def fresh(rng, g, c):
	"""A name of the customers' own shape that no customer is, nor a
	firm of a customer's sector by a customer's brand or surname."""
	d = make_customer(rng, 0, c["cc"], c["lang"])
	name = d["name"] if rng.random() < .8 else d["core"]
	ws = [w for w in [d["brand"]] + d["surs"] if w]
	if ws and rng.random() < .5:
		for w, o in zip(ws, rng.sample(OUTSIDE[place_key(d)], len(ws))):
			name = name.replace(w, o)
		return name
	if d["owner"] or set(keys_of(d)) & g.sector_keys:
		return None
	return name


def trade(rng, c):
	tr = rng.choice(OTHER_TRADE)
	return None if skel(tr) in skel(c["core"]) else tr


def i_rare(rng, g, c):
	tr = trade(rng, c)
	if not tr or c["brand"] not in RARE:
		return None
	return "%s %s" % (tr, c["brand"])


def i_city(rng, g, c):
	w = c["brand"] or (c["surs"] or [None])[0]
	tr = trade(rng, c)
	if not w or not tr:
		return None
	t = town_of(rng, c["cc"])
	if t[0] == c["town"]:
		return None
	return "%s %s (%s)" % (tr, w, t[0])


def i_surname(rng, g, c):
	tr = trade(rng, c)
	if not tr:
		return None
	out = "%s %s" % (tr, surname(rng, c["lang"], c["cc"], True))
	return out + " " + lk.wpick(rng, LEGAL[c["cc"]]) if rng.random() < .3 \
		else out


def unknown(g, p):
	"""p (given, surname, surname) is no listed person's nor a part of a
	customer's name."""
	for n in ("%s %s" % p[:2], "%s %s %s" % p):
		if skel(n) in g.person or lk.held_by_all(g, set(skel_words(n))):
			return False
	return True


def i_person(rng, g, c):
	p = person(rng, c["region"], c["cc"])
	if not unknown(g, p):
		return None
	r = rng.random()
	if r < .6:
		return "%s %s" % p[:2]
	return "%s %s %s" % p if r < .9 else "%s %s, %s" % (p[1], p[2], p[0])


def i_personal(rng, g, c):
	p = person(rng, c["region"], c["cc"])
	if not unknown(g, p):
		return None
	return rng.choice(PERSONAL).replace("{G}", p[0]).replace("{S}", p[1])


def i_prospect(rng, g, c):
	f = fresh(rng, g, c)
	return f and rng.choice(PROSPECT) + f


IMPOSTORS = [("impostor: " + k, f, w) for k, f, w in (
	("same shape", fresh, 20), ("rare word", i_rare, 12),
	("other city", i_city, 12), ("common surname", i_surname, 10),
	("person", i_person, 8), ("vendor", lk.one_of(VENDORS), 10),
	("prospect", i_prospect, 8), ("personal", i_personal, 8),
	("own staff", lk.one_of(STAFF), 7))]
SYNCRO = ("id", "name", "syncro", "contacts", "assets")


def main():
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random("blind33:" + seed)
	g = population(rng, ncust)
	index(g)
	rows = ck.draw_rows(rng, g, nnames, KINDS, IMPOSTORS, same_class=True)
	# customers.json holds what Syncro does, not the generator's notes.
	g.custs = [{k: c[k] for k in SYNCRO} for c in g.custs]
	scr.write_desk_set(rng, out, g.custs, rows,
		lambda row: lk.machine(rng, g, row, ("TALLER-%s-%02d", 12)), TECHS,
		("blind33", seed, 1818000000, 1201, 65))


if __name__ == "__main__":
	main()
