#!/usr/bin/env python3
# gen-link-blind12.py NCUST NNAMES SEED OUTDIR - the twelfth held-out
# benchmark for sdc-link (issue #14, session 10): an MSP of Latin America -
# one Syncro account and one ScreenConnect, desks in Mexico City, Bogota and
# Sao Paulo - whose customers are the clinics and dental practices,
# pharmacies and droguerias, law firms and notaries, accountants, real
# estate agents, condominiums (condominios, conjuntos residenciales P.H.,
# consorcios, condominios edificio), schools, parishes and churches,
# municipalities, NGOs, trades, logistics, manufacturers, shops, restaurants
# and franchisees, and IT/BPO firms of Mexico, Colombia, Chile, Argentina
# and Brazil.  Written by a helper that tunes nothing, without reading the
# other generators' word lists or noise code nor src/link or
# man/sdc-link.1; the tuners never see this file nor its output; the lead
# runs it once at the end of session 10; only aggregates are reported.
# Python stdlib only; the same SEED gives the same files.
#
# Why this population: five registries whose legal forms technicians drop,
# move and swap ("S.A. de C.V."/"SA de CV"/"SA", "S.A.S."/"SAS",
# "Ltda."/"LTDA"/"Limitada", "Ltda - ME"); accents a US keyboard does not
# have or a Brazilian keyboard spells another way (Clinica, Sao, Pena/
# Penha, Goncalves); double surnames (Garcia Lopez is not Lopez Garcia);
# Mexican written short forms of surnames and first names (Hdez., Glez.,
# Ma., Gpe.); bodies known by an acronym or a short form (PM Campinas,
# APAE, "Santa Casa", C.R. for a conjunto residencial); one municipality's
# executive and council as two customers (Prefeitura / Camara Municipal);
# numbered notaries and schools, and franchisees of one brand at several
# places.
#
# Writes OUTDIR/customers.json (id, business_name, contacts [id,
# firstname, lastname, email], assets [id, name]), names.tsv (typed TAB
# true id or "" TAB noise kind TAB machine), sessions.jsonl (the machine
# left blank) and sessions-machine.jsonl (the machine in "Connected to
# machine: NAME"; "Access" on a machine some customer owns, "Support"
# otherwise), through the shared writer screenconnect_record.py.
#
# Where the shapes come from (every list below was written for this file
# from these facts; no list was copied in):
#  - Mexico: Ley General de Sociedades Mercantiles art. 87-88 (a sociedad
#    anonima exists under a denomination followed by "Sociedad Anonima" or
#    "S.A."), "de C.V." for capital variable, S. de R.L. (art. 58-61),
#    sociedad en comandita "y Compania" (art. 52) (totalabogados.mx,
#    mindomo.com summary of the LGSM); S.A.P.I. from the Ley del Mercado de
#    Valores 2005 art. 12-18, "Promotora de Inversion" or "P.I." added to
#    the name (vlex.com.mx, idconline.mx, elcontribuyente.mx).  Surnames:
#    INEGI births 2017-2020 via gobiznext.com and liderempresarial.com
#    (Hernandez 672k, Garcia, Martinez, Lopez, Gonzalez, Perez, Rodriguez,
#    Sanchez, Ramirez, Cruz, Flores, Gomez ...), the INE roll via
#    sipse.com (Yucatan: Chan, Pech, Canul, May, Canche); first names from
#    the same INEGI release (Sofia, Maria Jose, Valentina, Ximena, Regina;
#    Santiago, Mateo, Sebastian, Leonardo, Emiliano ...) and public usage.
#  - Colombia: Ley 1258 de 2008 art. 5 (the name followed by "sociedad por
#    acciones simplificada" or "S.A.S.") (slideshare Regimen Legal de
#    Bogota, vdocumento.com); Ley 675 de 2001 (propiedad horizontal:
#    edificios and conjuntos, "P.H."; colombia.justia.com,
#    accolombianlawyers.com).  Surnames: Registraduria 2019 via
#    eltiempo.com and noticiascaracol.com (Rodriguez 345k, Martinez,
#    Gonzalez, Garcia, Lopez, Gomez, Perez, Hernandez, Sanchez, Diaz) and
#    Medellin's Restrepo, Zapata, Alvarez, Cali's Valencia
#    (socialessuxana.blogspot.com).
#  - Chile: SpA from Ley 20.190 (2007), Codigo de Comercio art. 424-446
#    (fdocuments.co, misabogados.com); Ltda. names carry a partner's name
#    and "Limitada"/"Ltda." (abogadoangol.com); E.I.R.L. from Ley 19.857
#    (notariaprovidencia.cl), the name carries the owner's name and surname
#    and may add a fancy name (a Ley 19.857 summary on pdfcookie.com).
#    Surnames: Registro Civil via latercera.com, biobiochile.cl and emol.com
#    (Gonzalez, Munoz, Rojas, Diaz, Perez, Soto, Contreras; Mamani and Rojas
#    in the north, Larrain in Las Condes).
#  - Argentina: Ley General de Sociedades 19.550 (S.R.L. named with the
#    partners' names plus "Sociedad de Responsabilidad Limitada"/"S.R.L.";
#    S.A., S.A.U.) and Ley 27.349 (S.A.S.) (abogados.com.ar,
#    derecho.laguia2000.com).  Surnames: RENAPER/DNP 2022 report via
#    pagina12.com.ar and comunasweb.com.ar (Gonzalez, Rodriguez, Gomez,
#    Fernandez, Lopez, Martinez, Diaz, Perez, Sanchez, Romero; Carrizo,
#    Castro, Lucero, Mamani by province; Italian names common though not in
#    the top ten).
#  - Brazil: Codigo Civil 2002 (empresario, sociedade limitada "Ltda.",
#    S/A), ME/EPP/EIRELI/MEI as in blog.gustavobenicio.com.br; EIRELI turned
#    into SLU by Lei 14.195/2021 (1library.org) though old names keep it.
#    Condominio edificio/residencial: Lei 4.591/1964 and Codigo Civil art.
#    1.331-1.358 (informanet.com.br, convencoes on scribd/1library).
#    Surnames: IBGE Censo 2022 via g1.globo.com (Silva 34.0M, Santos,
#    Oliveira, Souza, Pereira, Ferreira, Lima, Alves, Rodrigues, Costa,
#    Sousa, Gomes, Nascimento, Araujo ...); first names Maria and Jose most
#    common (same release).
#  - Keyboards: US QWERTY on some desks; Latin American (n-tilde right of
#    L) in Mexico City and Bogota; ABNT2 in Sao Paulo (c-cedilla right of
#    L, acute and tilde as dead keys: learn.microsoft.com "Brazilian (ABNT)
#    Keyboard"; Portuguese keyboard layout on kiwix/wikipedia).  Place
#    names, saints, national heroes and city short forms (CDMX, Mty, GDL,
#    SP, BH, RJ, CABA) are public facts.  All shares below are assumptions.
#
# The customers (NCUST): Mexico 36% (Mexico City desk), Colombia 20%,
# Chile 9%, Argentina 10% (Bogota desk), Brazil 25% (Sao Paulo desk).
# Names are unique once case, accents, punctuation, word order, legal
# forms, articles and prepositions, titles and "y"/"e"/"&" are set aside;
# a taken name is drawn again; one municipality body per town.  Stored
# names are ALL CAPS 12% (imported from invoices), a comma before the legal
# form 35% in Mexico.  Contacts 1-4 (the first the principal; the named
# doctor, notary or partner when the name has one), mail at the firm's
# domain 50%, a public mailbox otherwise.  Assets log-normal, median 4, at
# most 80 (municipalities, schools and manufacturers three times more);
# one scheme per customer: site prefix (SONR-PC03, FSR-CAJA2) 35%,
# DESKTOP-XXXXXXX 30%, role names shared across customers (RECEPCION-01,
# CAJA1, CAIXA01, SERVIDOR, CONSULTORIO2) 20%, personal devices ("Maria-PC",
# "NOTE-PAULO", "JPEREZ-LT") 15%.
#
# The names (NNAMES): 84% real customers, drawn in proportion to 1 + the
# square root of their asset count; 16% impostors.  The customer's desk
# types 80%, another desk 20%.  Real kinds, exact counts by largest
# remainder (WEIGHTS): exact; case; accent (dropped, some dropped, the
# desk's keyboard: n-tilde as n or nh, c-cedilla as c, or an accent moved);
# suffix (legal form dropped, spelt another way, swapped for the desk's
# habit, or added); typo, two typos, typo+case (neighbour key 40% on the
# desk's layout, swap 20%, drop 25%, double 15%, a word's first letter and
# digits spared); abbreviation (Clin., Fcia., Drog., Col., Hnos., Cia.,
# Dist., Serv., Adm., Com., Ntra. Sra., Conj. Res., Pref., Ayto., Mpio.);
# acronym (of the whole name or its leading words: CMIN, C.R. Los Pinos,
# PM Campinas); truncated (a field cut at 14-28 characters, or trailing
# words dropped); reorder (the trade word moved behind the name, the sides
# of "X y Y" swapped); and (y / e / & / and / dropped); article (de, del,
# la, los, do, da, dos dropped); prefix (ticket or queue tag); branch (a
# location added: "- Sucursal Norte", "(Monterrey)", "Unidade Paulista",
# "Sede Chapinero"); person (a contact with the firm, or a contact alone
# when no other customer has one of that name); spelling (Souza/Sousa,
# Luiz/Luis, Hdez./Glez., Ma./Gpe./Fco.); phonetic (spelt by ear: seseo,
# yeismo, b/v, h dropped, x/j, c-cedilla as ss); city short (CDMX, Mty,
# SP, BH, CABA, Stgo., Bta.); mixed (one of the above, then a typo 50% or
# a case change).  A kind that does not apply is drawn on another customer.
# Labels stay honest: the typed name's words (legal forms, articles,
# titles, branch and ticket words set aside) are read with their one-edit
# neighbours, abbreviation expansions, prefixes (a word ending in "." or a
# cut last word) and acronyms of consecutive words; if another customer's
# name holds every typed word so read, the name is drawn again, unless the
# typed name holds all of its own customer's words at a strictly lower
# cost (2 a word not read exactly, 1 a customer word not typed).  A person
# alone must be a contact of no other customer.  A row with no honest name
# in 60 draws becomes an exact name, labelled "exact (fallback)".
#
# Impostors (IMP_WEIGHTS): rare word (a customer's rarest word under
# another trade), namesake (a customer's trade and rarest word with another
# second word, in a town the MSP does not serve), same surname (a
# customer's surnames in another trade, or another person of that
# surname), same shape (a trade with words no customer has together),
# chain branch (a franchise brand at a place no franchisee is), own staff
# (the MSP's technicians and machines), personal (a private caller, not
# named like any customer's contact), vendor (a supplier calling in).  An
# impostor must pass the same checks against every customer, with and
# without its place; the list is topped up with private callers.
#
# Machines: a real row is on one of its customer's assets 80%, on an
# asset Syncro lists under another customer 4%, on an unknown DESKTOP or
# laptop otherwise; impostors on unknown machines, a shared role name
# (RECEPCION-01) 15%, the MSP's own (KTR-CDMX-LT07) for its staff.
import bisect
import math
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import screenconnect_record as scr  # noqa: E402

REGIONS = (("MX", 36), ("CO", 20), ("CL", 9), ("AR", 10), ("BR", 25))
DESK = {"MX": "CDMX", "CO": "BOG", "CL": "BOG", "AR": "BOG", "BR": "SAO"}
DESKS = ("CDMX", "BOG", "SAO")
TECHS = {"CDMX": ["Alejandro Rios", "Mariana Velazquez", "Jorge Castaneda",
		"Daniela Ocampo"],
	"BOG": ["Camilo Restrepo", "Paola Guerrero", "Andres Cardenas",
		"Natalia Pinzon"],
	"SAO": ["Rafael Nogueira", "Juliana Costa", "Thiago Almeida",
		"Fernanda Sato"]}
MSP = "Kuntur Sistemas"
MSP_TAG = "KTR"


def W(s):
	"""A word list: items split on "|"."""
	return [x.strip() for x in s.split("|") if x.strip()]


MALE = {
	"MX": W("José|Juan|Luis|Carlos|Jorge|Miguel|Francisco|Alejandro|Roberto|"
		"Fernando|Ricardo|Eduardo|Javier|Arturo|Raúl|Sergio|Héctor|Manuel|"
		"Jesús|Alberto|Santiago|Mateo|Sebastián|Leonardo|Emiliano|Diego|"
		"Gerardo|Rubén|Armando|Enrique|Óscar|Salvador|Rodrigo|Ernesto"),
	"CO": W("Andrés|Juan Carlos|Luis|Jorge|Camilo|Felipe|Julián|Sebastián|"
		"Daniel|Alejandro|Mauricio|Óscar|Jairo|Hernán|Carlos|John|Fabio|"
		"Wilson|Germán|Álvaro|Édgar|Nelson|Jaime|Gustavo|Iván|Santiago"),
	"CL": W("Cristián|Rodrigo|Felipe|Matías|Gonzalo|Patricio|Claudio|"
		"Ignacio|Tomás|Benjamín|Sebastián|Francisco|Pablo|Jaime|Marcelo|"
		"Álvaro|Andrés|Mauricio|Joaquín|Vicente"),
	"AR": W("Martín|Lucas|Facundo|Gustavo|Marcelo|Sergio|Pablo|Diego|"
		"Hernán|Germán|Agustín|Nicolás|Federico|Leandro|Ezequiel|Gastón|"
		"Mariano|Santiago|Ignacio|Walter|Ramiro|Darío"),
	"BR": W("José|João|Antônio|Francisco|Carlos|Paulo|Pedro|Lucas|Luiz|"
		"Marcos|Luís|Gabriel|Rafael|Daniel|Marcelo|Bruno|Eduardo|Felipe|"
		"Rodrigo|Thiago|Tiago|Gustavo|Fábio|Mateus|Matheus|Leandro|André|"
		"Ricardo|Sérgio|Vinícius|Renato|Márcio")}
FEMALE = {
	"MX": W("María|Ana|Laura|Patricia|Verónica|Gabriela|Adriana|Alejandra|"
		"Claudia|Mónica|Leticia|Rosa|Martha|Silvia|Elizabeth|Araceli|Norma|"
		"Yolanda|Sofía|Ximena|Valeria|Regina|Guadalupe|María José|"
		"Fernanda|Lucía|Karina|Brenda|Itzel|Paola"),
	"CO": W("Diana|Paola|Carolina|Natalia|Marcela|Sandra|Liliana|Juliana|"
		"Catalina|Ángela|Lina|Paula|Andrea|Luz Marina|Gloria|Yolanda|"
		"Adriana|Claudia|Viviana|Johana|Daniela|Valentina|Mónica|Alejandra"),
	"CL": W("Francisca|Javiera|Constanza|Camila|Catalina|Valentina|"
		"Macarena|Fernanda|Carolina|Paulina|Ximena|Marcela|Pía|Josefa|"
		"Daniela|Bárbara|Loreto|Karina|Alejandra|Claudia"),
	"AR": W("Florencia|Luciana|Romina|Agustina|Micaela|Silvina|Mariela|"
		"Gabriela|Soledad|Valeria|Cecilia|Lorena|Carolina|Natalia|"
		"Verónica|Paula|Julieta|Marina|Laura|Sabrina|Vanesa"),
	"BR": W("Maria|Ana|Francisca|Antônia|Adriana|Juliana|Márcia|Fernanda|"
		"Patrícia|Aline|Sandra|Camila|Amanda|Bruna|Jéssica|Letícia|"
		"Vanessa|Beatriz|Larissa|Mariana|Luíza|Gabriela|Renata|Tatiane|"
		"Cristina|Elisabete|Débora|Simone")}
SURN = {
	"MX": W("Hernández|García|Martínez|López|González|Pérez|Rodríguez|"
		"Sánchez|Ramírez|Cruz|Flores|Gómez|Morales|Vázquez|Jiménez|Reyes|"
		"Torres|Díaz|Gutiérrez|Mendoza|Ruiz|Aguilar|Ortiz|Castillo|Moreno|"
		"Romero|Álvarez|Chávez|Rivera|Juárez|Ramos|Domínguez|Herrera|"
		"Medina|Castro|Vargas|Guzmán|Velázquez|Rojas|Contreras|Salazar|"
		"Luna|Ortega|Santiago|Guerrero|Estrada|Bautista|Cortés|Soto|"
		"Alvarado|Espinoza|Lara|Ávila|Ríos|Cervantes|Delgado|Vega|Treviño|"
		"Garza|Villarreal|Cantú|Zamora|Navarro|Solís|Ibarra|Valdez|Mejía|"
		"Acosta|Fuentes|Rosales|Trejo|Padilla|Cabrera|Pacheco|Orozco|"
		"Escobar|Nava|Zúñiga|Galindo|Olvera|Arellano|Montes|Barrera|Chan|"
		"Pech|Canul|May|Canché|Sepúlveda|Elizondo|Quintanilla|Leal|Tamez"),
	"CO": W("Rodríguez|Martínez|González|García|López|Gómez|Pérez|"
		"Hernández|Sánchez|Díaz|Ramírez|Torres|Rojas|Moreno|Vargas|Jiménez|"
		"Muñoz|Castro|Ortiz|Romero|Suárez|Álvarez|Restrepo|Zapata|Valencia|"
		"Cárdenas|Ospina|Giraldo|Osorio|Quintero|Ríos|Cardona|Mejía|Arango|"
		"Londoño|Velásquez|Escobar|Castaño|Betancur|Agudelo|Duque|Henao|"
		"Salazar|Mosquera|Bermúdez|Pardo|Parra|Correa|Pineda|Ocampo|"
		"Montoya|Guerrero|Bedoya|Gaviria|Uribe|Villegas|Echeverri|Pinzón"),
	"CL": W("González|Muñoz|Rojas|Díaz|Pérez|Soto|Contreras|Silva|Martínez|"
		"Sepúlveda|Morales|Rodríguez|López|Fuentes|Hernández|Torres|Araya|"
		"Flores|Espinoza|Valenzuela|Castillo|Tapia|Reyes|Gutiérrez|Castro|"
		"Pizarro|Álvarez|Vásquez|Sánchez|Fernández|Ramírez|Carrasco|Gómez|"
		"Cortés|Herrera|Núñez|Jara|Vergara|Rivera|Figueroa|Riquelme|García|"
		"Miranda|Bravo|Vera|Molina|Vega|Campos|Sandoval|Orellana|Cárdenas|"
		"Olivares|Alarcón|Gallardo|Garrido|Saavedra|Aravena|Vidal|Mamani|"
		"Larraín|Errázuriz|Undurraga|Bustos|Poblete"),
	"AR": W("González|Rodríguez|Gómez|Fernández|López|Díaz|Martínez|Pérez|"
		"Sánchez|Romero|García|Sosa|Benítez|Ramírez|Torres|Ruiz|Flores|"
		"Álvarez|Acosta|Rojas|Medina|Herrera|Suárez|Aguirre|Giménez|"
		"Gutiérrez|Pereyra|Molina|Castro|Ortiz|Silva|Morales|Ferreyra|Luna|"
		"Juárez|Domínguez|Cabrera|Ríos|Moreno|Peralta|Carrizo|Lucero|"
		"Quiroga|Mamani|Rossi|Russo|Ferrari|Bianchi|Romano|Colombo|Ricci|"
		"Greco|Marino|Gallo|Costa|Fontana|Conti|Esposito|Lombardi|Moretti|"
		"Barbieri|Pellegrini|Vitale|Caruso|Rinaldi|Mancini|Bertolini"),
	"BR": W("Silva|Santos|Oliveira|Souza|Pereira|Ferreira|Lima|Alves|"
		"Rodrigues|Costa|Sousa|Gomes|Nascimento|Araújo|Ribeiro|Almeida|"
		"Jesus|Barbosa|Soares|Carvalho|Martins|Lopes|Vieira|Rocha|Dias|"
		"Gonçalves|Fernandes|Santana|Andrade|Batista|Moreira|Cardoso|"
		"Teixeira|Correia|Mendes|Nunes|Cavalcanti|Monteiro|Moura|Freitas|"
		"Pinto|Ramos|Castro|Campos|Machado|Barros|Azevedo|Melo|Cunha|"
		"Dantas|Bezerra|Marques|Reis|Tavares|Xavier|Farias|Nogueira|"
		"Yamamoto|Tanaka|Suzuki|Nakamura|Sato|Kobayashi|Rossi|Bianchi|"
		"Schmidt|Müller|Haddad|Abdalla|Conceição|Assunção|Magalhães")}
CITY = {
	"MX": W("Ciudad de México|Monterrey|Guadalajara|Puebla|Querétaro|Toluca|"
		"León|San Luis Potosí|Mérida|Aguascalientes|Saltillo|Morelia|"
		"Cuernavaca|Pachuca|Tlalnepantla|Naucalpan|Ecatepec|Zapopan|"
		"Tlaquepaque|San Pedro Garza García|Celaya|Irapuato|Oaxaca|Veracruz|"
		"Xalapa|Villahermosa|Chihuahua|Hermosillo|Culiacán|Tijuana|Mexicali|"
		"Cancún|Tampico|Durango|Zacatecas|Tepic|Colima|Campeche|Chetumal|"
		"Tlaxcala|Metepec|Coacalco|Atizapán|Cuautitlán|Nezahualcóyotl|"
		"Apodaca|Guadalupe|Escobedo|Tonalá|Silao|Salamanca|Uruapan|Zamora|"
		"Orizaba|Córdoba|Coatzacoalcos|Tehuacán|Texcoco|Chalco|Ixtapaluca|"
		"Tulancingo|Valladolid|Progreso|Tizimín"),
	"CO": W("Bogotá|Medellín|Cali|Barranquilla|Cartagena|Bucaramanga|Pereira|"
		"Manizales|Ibagué|Cúcuta|Villavicencio|Santa Marta|Pasto|Neiva|"
		"Armenia|Montería|Sincelejo|Popayán|Tunja|Valledupar|Soacha|Chía|"
		"Zipaquirá|Envigado|Itagüí|Bello|Rionegro|Sabaneta|Palmira|"
		"Girardot|Fusagasugá|Facatativá|Sogamoso|Duitama|Cajicá|Mosquera|"
		"Madrid|Funza|Tuluá|Buga|Cartago|Dosquebradas|Floridablanca|"
		"Girón|Piedecuesta|Yopal|Riohacha|Quibdó|Apartadó|Caucasia"),
	"CL": W("Santiago|Valparaíso|Viña del Mar|Concepción|La Serena|"
		"Antofagasta|Temuco|Rancagua|Talca|Arica|Iquique|Puerto Montt|"
		"Chillán|Los Ángeles|Calama|Copiapó|Osorno|Valdivia|Quilpué|Coquimbo|"
		"Punta Arenas|Curicó|Ovalle|San Antonio|Melipilla|Talcahuano|"
		"Villa Alemana|Linares|Quillota|San Fernando|Los Andes|Angol|"
		"Castro|Coyhaique|Vallenar"),
	"AR": W("Buenos Aires|Córdoba|Rosario|Mendoza|La Plata|Mar del Plata|"
		"San Miguel de Tucumán|Salta|Santa Fe|San Juan|Neuquén|Resistencia|"
		"Posadas|Bahía Blanca|Paraná|Corrientes|San Luis|Quilmes|Lanús|"
		"Morón|San Isidro|Tigre|Pilar|Lomas de Zamora|Avellaneda|"
		"Vicente López|Rafaela|Río Cuarto|Tandil|Bariloche|Merlo|Moreno|"
		"Escobar|Campana|Zárate|Luján|Junín|Pergamino|Olavarría|Villa María|"
		"San Rafael|Comodoro Rivadavia|Trelew|Ushuaia|Jujuy"),
	"BR": W("São Paulo|Campinas|Santos|Guarulhos|Osasco|Santo André|"
		"São Bernardo do Campo|São José dos Campos|Sorocaba|Ribeirão Preto|"
		"Jundiaí|Piracicaba|Bauru|São José do Rio Preto|Mogi das Cruzes|"
		"Diadema|Barueri|Taubaté|Limeira|Franca|Americana|Indaiatuba|"
		"Rio de Janeiro|Niterói|Belo Horizonte|Curitiba|Porto Alegre|"
		"Florianópolis|Joinville|Londrina|Maringá|Goiânia|Brasília|Salvador|"
		"Recife|Fortaleza|Vitória|Uberlândia|Juiz de Fora|Campo Grande|"
		"Cotia|Carapicuíba|Itapevi|Atibaia|Bragança Paulista|Itu|Valinhos|"
		"Vinhedo|Sumaré|Hortolândia|Araraquara|São Carlos|Marília|"
		"Presidente Prudente|Guarujá|São Vicente|Praia Grande")}
NBH = {
	"MX": W("Polanco|Roma Norte|Condesa|Coyoacán|Del Valle|Narvarte|"
		"Santa Fe|Tlalpan|Satélite|Lindavista|Nápoles|Escandón|Iztapalapa|"
		"Azcapotzalco|Xochimilco|Cumbres|Mitras|Chapultepec|Zona Rosa|"
		"Tacubaya|Mixcoac|Pedregal|Interlomas|Lomas Verdes|Valle Oriente|"
		"Obispado|Providencia|Chapalita|Andares|Juriquilla|Angelópolis"),
	"CO": W("Chapinero|Usaquén|Suba|Kennedy|Teusaquillo|Fontibón|Engativá|"
		"Cedritos|Salitre|Chicó|Normandía|Modelia|Castilla|Galerías|"
		"El Poblado|Laureles|Belén|Niquía|Ciudad Jardín|Granada|Chipichape|"
		"Cabecera|Alto Prado|Bocagrande|Colina Campestre|Hayuelos"),
	"CL": W("Providencia|Las Condes|Ñuñoa|Maipú|Vitacura|La Florida|"
		"Puente Alto|Estación Central|Independencia|Recoleta|San Miguel|"
		"Lo Barnechea|La Reina|Peñalolén|Macul|Quilicura|Huechuraba|"
		"Chicureo|Reñaca"),
	"AR": W("Palermo|Belgrano|Caballito|Recoleta|Flores|Almagro|"
		"Villa Urquiza|Núñez|Balvanera|San Telmo|Villa Crespo|Saavedra|"
		"Devoto|Barracas|Microcentro|Olivos|Nueva Córdoba|Fisherton|"
		"Chacarita|Colegiales|Boedo|Villa del Parque"),
	"BR": W("Pinheiros|Moema|Vila Mariana|Tatuapé|Santana|Lapa|Perdizes|"
		"Itaim Bibi|Brooklin|Mooca|Ipiranga|Butantã|Vila Madalena|Jardins|"
		"Paulista|Consolação|Liberdade|Bela Vista|Penha|Saúde|Jabaquara|"
		"Morumbi|Aclimação|Higienópolis|Alphaville|Cambuí|Barão Geraldo|"
		"Gonzaga|Botafogo|Savassi|Batel")}
FOREIGN = W("Lima|Arequipa|Trujillo|Cusco|Quito|Guayaquil|Cuenca|Montevideo|"
	"Punta del Este|Asunción|La Paz|Cochabamba|Caracas|Maracaibo|"
	"Ciudad de Panamá|San José de Costa Rica|Tegucigalpa|San Salvador|"
	"Managua|Santo Domingo|Miami|Houston|Madrid|Sevilla|Lisboa|Oporto|"
	"Luanda|Maputo")
STREETS = W("Av. Corrientes|Av. Santa Fe|Av. Rivadavia|Av. Cabildo|"
	"Av. Callao|Av. Córdoba|Av. del Libertador|Av. Pueyrredón|Av. Las Heras|"
	"Av. Belgrano|Juramento|Arenales|Charcas|Güemes|Thames|Gorriti|"
	"Billinghurst|Av. Cramer|Av. Triunvirato|Av. Díaz Vélez|Sarmiento|"
	"Lavalle|Paraguay|Uruguay|Montevideo")
SAINT_ES = W("San José|San Juan Bautista|San Pedro|San Pablo|San Francisco|"
	"San Antonio|San Martín de Porres|San Rafael|San Miguel Arcángel|"
	"San Agustín|San Ignacio de Loyola|San Luis Gonzaga|San Carlos|"
	"San Benito|San Judas Tadeo|Santa Teresa|Santa María|Santa Rosa de Lima|"
	"Santa Cecilia|Santa Mónica|Santa Clara|Santa Inés|Santo Domingo|"
	"Santo Tomás de Aquino|San Felipe Neri|San Jerónimo|San Bernardo|"
	"San Lucas|San Marcos|San Mateo|San Patricio|San Vicente de Paúl|"
	"Sagrado Corazón|Santísima Trinidad|Cristo Rey|Espíritu Santo|"
	"San Juan Bosco|Santa Catalina|San Cayetano|Santa Lucía")
SAINT_PT = W("São José|São João Batista|São Pedro|São Paulo Apóstolo|"
	"São Francisco de Assis|Santo Antônio|São Judas Tadeu|São Sebastião|"
	"São Jorge|São Benedito|Santa Rita de Cássia|Santa Teresinha|"
	"Santa Luzia|Santa Cecília|Sagrado Coração de Jesus|Divino Espírito Santo|"
	"Santíssima Trindade|Cristo Rei|São Vicente de Paulo|São Cristóvão|"
	"Santa Terezinha|São Luís Gonzaga|Santa Clara|São Camilo")
MARIAN_ES = W("de Guadalupe|del Carmen|de Fátima|de Lourdes|de la Asunción|"
	"del Rosario|de los Dolores|de la Merced|del Perpetuo Socorro|de Luján|"
	"de Chiquinquirá|de la Candelaria|del Pilar|de la Paz|de San Juan de los Lagos|"
	"de Andacollo|de la Soledad|de la Salud")
MARIAN_PT = W("Aparecida|da Conceição|do Carmo|de Fátima|das Graças|da Penha|"
	"do Rosário|de Lourdes|da Glória|do Perpétuo Socorro|da Assunção|"
	"Auxiliadora|da Paz|de Nazaré|do Bom Parto")
HERO = {
	"MX": W("Benito Juárez|Miguel Hidalgo|José María Morelos|Emiliano Zapata|"
		"Francisco I. Madero|Sor Juana Inés de la Cruz|Justo Sierra|"
		"Lázaro Cárdenas|Leona Vicario|Josefa Ortiz de Domínguez|"
		"Ignacio Zaragoza|Guadalupe Victoria|Niños Héroes|Vicente Guerrero"),
	"CO": W("Simón Bolívar|Francisco de Paula Santander|Antonio Nariño|"
		"Policarpa Salavarrieta|José Celestino Mutis|Camilo Torres|"
		"Jorge Eliécer Gaitán|Rafael Núñez|José María Córdova|"
		"Antonia Santos"),
	"CL": W("Bernardo O'Higgins|Arturo Prat|Gabriela Mistral|Pablo Neruda|"
		"José Miguel Carrera|Manuel Rodríguez|Andrés Bello|Diego Portales|"
		"Javiera Carrera|Lautaro"),
	"AR": W("José de San Martín|Manuel Belgrano|Domingo F. Sarmiento|"
		"Juana Azurduy|Mariano Moreno|Martín Miguel de Güemes|"
		"Juan Bautista Alberdi|Bernardino Rivadavia|Almirante Brown|"
		"Florentino Ameghino"),
	"BR": W("Tiradentes|Rui Barbosa|Machado de Assis|Monteiro Lobato|"
		"Castro Alves|Santos Dumont|Dom Pedro II|Anita Garibaldi|"
		"Princesa Isabel|Carlos Gomes|Oswaldo Cruz|Cecília Meireles|"
		"Paulo Freire|Visconde de Mauá")}
FANCY_ES = W("Alborada|Amanecer|Aurora|Bonanza|Brisa|Cumbre|Esperanza|"
	"Horizonte|Milenio|Montebello|Nogal|Olivo|Pacífico|Primavera|Quetzal|"
	"Roble|Vista Hermosa|Los Pinos|Las Palmas|Arboleda|Alameda|Mirador|"
	"Altavista|Bellavista|Buenavista|Campestre|Los Cedros|Ciprés|Colibrí|"
	"Cordillera|El Dorado|Estrella|Fénix|Girasol|Las Jacarandas|Laureles|"
	"Las Lomas|Magnolia|Manantial|Mirasol|Los Naranjos|Oasis|Orquídea|"
	"Paraíso|Pedregal|Portal|Real|Rocío|Los Rosales|Los Sauces|Sendero|"
	"Sierra Madre|Solar|Terranova|Torreón|Valle Dorado|Vértice|Zafiro|"
	"Alcázar|Ámbar|Los Andes|Arrecife|Atlántida|Azteca|Maya|Tayrona|Muisca|"
	"Araucaria|Copihue|Ceibo|Lapacho|Ombú|Aconcagua|Patagonia|Andina|"
	"Del Sur|Del Norte|Oriente|Poniente|La Estancia|La Hacienda|El Molino|"
	"La Colina|El Refugio|San Ángel|Santa Lucía|Monte Verde|Valle Alto|"
	"Tierra Nueva|Nueva Era|Sol Naciente|Luz del Valle|Cielo Azul|"
	"Agua Clara|Piedra Azul|Río Grande|Puerta del Sol|Alto Verde|Prisma|"
	"Génesis|Vanguardia|Integral|Central|Continental|Universal|Ideal|"
	"Confianza|Armonía|Bienestar|Vitalia|Sonrisa|Sonrisas|Renacer|Imperial")
FANCY_PT = W("Aurora|Esperança|Horizonte|Primavera|Bela Vista|Boa Vista|"
	"Jardim|Solar|Estrela|Sol Nascente|Vale Verde|Monte Alegre|Recanto|"
	"Alvorada|Girassol|Ipê|Jacarandá|Bem-Te-Vi|Sabiá|Canário|Atlântico|"
	"Cristal|Diamante|Esmeralda|Rubi|Topázio|Safira|Ouro Verde|Prata|"
	"Mirante|Portal|Parque|Bosque|Cedro|Palmeiras|Flamboyant|Ypiranga|Tupã|"
	"Guarani|Araguaia|Itamaraty|Paineiras|Jequitibá|Aroeira|Figueira|"
	"Serra Azul|Mar Azul|Porto Seguro|Nova Era|Novo Horizonte|Vida Nova|"
	"Bem Estar|Harmonia|Confiança|Integral|Central|Continental|Imperial|"
	"Real|Ideal|Sorriso|Renascer|Vitória|Liberdade|União|Progresso|"
	"Pioneira|Bandeirante|Paulista|Cantareira|Mantiqueira|Tietê|Anhanguera")
ART_ES = W("El Fogón|La Parrilla|Los Arcos|El Rincón|La Hacienda|"
	"El Buen Sabor|La Esquina|El Portal|Los Compadres|La Abuela|El Güero|"
	"La Güera|Los Primos|El Sazón|La Cabaña|El Mesón|La Casona|El Patio|"
	"La Terraza|El Tizón|La Tradición|Los Almendros|El Trapiche|La Fonda")
ART_PT = W("do Chef|da Vila|da Praça|do Bairro|da Esquina|do Porto|da Serra|"
	"da Vovó|do Mineiro|do Gaúcho|da Fazenda|do Sertão")
PFX = W("Med|Medi|Farma|Dent|Odonto|Constru|Tec|Tecno|Logi|Trans|Agro|Inmo|"
	"Conta|Juris|Lex|Edu|Nutri|Vita|Bio|Eco|Ferre|Metal|Plast|Tex|Nova|Neo|"
	"Max|Multi|Uni|Geo|Hidro|Electro|Termo|Vial|Auto|Clin|Info|Data|Sur|"
	"Norte|Andi|Pacif|Quimi|Indu|Servi|Pro|Inter|Alfa|Omega|Sigma|Delta")
SFX = W("sur|norte|med|vida|plus|mex|col|chile|arg|bras|tec|net|soft|sys|"
	"log|corp|mar|sol|lux|pro|data|link|ges|serv|tronic|mática|lab|pharma|"
	"dent|clin|cargo|trans|metal|plast|agro|fin|con|tel|ware|nova|vita|"
	"land|tek|rama|via|pack|quim|flex|fort|real|tur")
BRAND_A = W("Pollo|Café|Tacos|Pizza|Helados|Tortas|Burger|Sushi|Empanadas|"
	"Pão|Açaí|Pastel|Churros|Jugos|Farmacia|Óptica|Lavandería|Papelería")
BRAND_B = W("Dorado|Feliz|Express|del Barrio|Loco|Real|Mágico|Gigante|"
	"del Rey|Rápido|de la Abuela|Veloz|Estrella|Mix|Go|Center|Point|Top")

# The trades: (vertical, weight, asset multiplier).
VERTS = (("dental", 7, 1), ("medical", 8, 1), ("pharmacy", 7, 1),
	("law", 6, 1), ("notary", 2, 1), ("accounting", 7, 1),
	("realestate", 5, 1), ("condo", 7, 1), ("school", 7, 3),
	("parish", 4, 1), ("municipality", 3, 3), ("ngo", 4, 1),
	("trades", 7, 1), ("logistics", 5, 1), ("manufacturer", 6, 3),
	("retail", 6, 1), ("restaurant", 4, 1), ("chain", 3, 1), ("it", 4, 1))

# Name templates: "Head > {core}" (the trade word first), "{core} < Head"
# (the trade word after), or a core alone.  Placeholders: {F} a fancy name,
# {C} a coined brand, {S} a surname, {SS} two surnames, {P} a titled
# person, {PN} a person, {T} a town, {N} a neighbourhood, {SA} a saint,
# {MA} a Marian title, {H} a national hero, {A}/{AP} an eatery's name, {n}
# a number, {n4} a street number, {ST} a street, {B} a franchise brand.
T = {
	"dental": {"es": ["Clínica Dental > {F}", "Clínica Dental > {S}",
		"Consultorio Dental > {P}", "Centro Odontológico > {F}",
		"Clínica Odontológica > {F}", "Odontología Integral > {S}",
		"Clínica Dental > {C}", "Consultorio Odontológico > {P}"],
		"pt": ["Clínica Odontológica > {F}", "Consultório Odontológico > {P}",
		"Odontologia > {S}", "Clínica Odontológica > {C}",
		"Centro Odontológico > {F}", "{P} < Odontologia"]},
	"medical": {"es": ["Clínica > {F}", "Centro Médico > {F}",
		"Consultorio Médico > {P}", "Clínica de Especialidades > {F}",
		"Unidad Médica > {F}", "Laboratorio Clínico > {F}",
		"Hospital > {SA}", "Centro de Diagnóstico > {C}", "Clínica > {C}",
		"Centro Médico > {N}"],
		"pt": ["Clínica Médica > {F}", "Centro Médico > {F}",
		"Consultório > {P}", "Laboratório > {C}", "Hospital > {SA}",
		"Clínica de Olhos > {F}", "Policlínica > {F}",
		"Santa Casa de Misericórdia de > {T}", "Clínica > {C}"]},
	"pharmacy": {"MX": ["Farmacia > {F}", "Farmacia > {SA}", "Farmacia > {S}",
		"Farmacias > {C}", "Farmacia > {A}"],
		"CO": ["Droguería > {F}", "Droguería > {SA}", "Droguería > {C}",
		"Drogas > {F}", "Droguería > {S}"],
		"CL": ["Farmacia > {F}", "Farmacia > {C}", "Farmacia > {SA}"],
		"AR": ["Farmacia > {S}", "Farmacia > {F}", "Farmacia > {C}",
		"Farmacia > {SA}"],
		"BR": ["Farmácia > {F}", "Drogaria > {F}", "Drogaria > {C}",
		"Farmácia > {SA}", "Drogaria > {S}"]},
	"law": {"MX": ["Despacho Jurídico > {SS}", "Bufete > {S} Abogados",
		"{S} y Asociados", "{SS} y Asociados", "{S} & {S} < Abogados"],
		"CO": ["{S} & {S} < Abogados", "{SS} < Abogados Asociados",
		"Consultores Jurídicos > {F}", "{S} < Abogados"],
		"CL": ["Estudio Jurídico > {S}", "{S}, {S} & Cía. < Abogados",
		"{S} y {S} < Abogados"],
		"AR": ["Estudio Jurídico > {S}", "Estudio > {S} & Asociados",
		"{S}, {S} & {S} < Abogados"],
		"BR": ["{S} & {S} < Advogados", "{SS} < Advogados Associados",
		"Escritório de Advocacia > {S}", "{S} < Sociedade de Advogados"]},
	"notary": {"MX": ["Notaría Pública > No. {n} de {T}",
		"Notaría > {n} de {T}"],
		"CO": ["Notaría > {n} de {T}"],
		"CL": ["Notaría > {PN}"],
		"AR": ["Escribanía > {S}", "Escribanía > {S} & {S}"],
		"BR": ["{n}º Tabelionato de Notas de {T}",
		"Cartório do {n}º Ofício de Notas de {T}", "Cartório > {S}"]},
	"accounting": {"MX": ["Contadores > {S} y Asociados",
		"Despacho Contable > {SS}", "{F} < Consultores Fiscales",
		"{C} < Contadores", "Asesoría Contable > {F}"],
		"CO": ["{F} < Contadores", "Asesorías Contables > {S}",
		"{C} < Contadores Públicos", "Contadores > {S} & {S}"],
		"CL": ["Asesorías Contables > {F}", "Contabilidad > {S}",
		"{C} < Contadores"],
		"AR": ["Estudio Contable > {S}", "Estudio Contable > {S} & Asociados",
		"{C} < Contadores"],
		"BR": ["Contabilidade > {F}", "Escritório Contábil > {S}",
		"{F} < Assessoria Contábil", "{C} < Contabilidade",
		"Organização Contábil > {F}"]},
	"realestate": {"MX": ["Inmobiliaria > {F}", "Bienes Raíces > {F}",
		"Inmobiliaria > {C}", "Inmobiliaria > {S}"],
		"CO": ["Inmobiliaria > {F}", "Inmobiliaria > {C}",
		"Inmobiliaria > {S}", "{F} < Finca Raíz"],
		"CL": ["{F} < Propiedades", "Inmobiliaria > {F}", "Inmobiliaria > {C}"],
		"AR": ["{S} < Propiedades", "Inmobiliaria > {F}", "{C} < Propiedades"],
		"BR": ["Imobiliária > {F}", "{F} < Imóveis", "Imobiliária > {C}",
		"{S} < Imóveis", "{F} < Negócios Imobiliários"]},
	"condo": {"MX": ["Condominio > {F}", "Residencial > {F}", "Torre > {F}",
		"Asociación de Colonos > {N}", "Condominio > {C}"],
		"CO": ["Conjunto Residencial > {F}", "Edificio > {F}",
		"Torres de > {F}", "Conjunto Residencial > {C}", "Edificio > {S}"],
		"CL": ["Comunidad Edificio > {F}", "Condominio > {F}",
		"Edificio > {F}"],
		"AR": ["Consorcio de Propietarios > {ST} {n4}",
		"Consorcio Edificio > {F}", "Consorcio > {ST} {n4}"],
		"BR": ["Condomínio Edifício > {F}", "Condomínio Residencial > {F}",
		"Condomínio > {F}", "Edifício > {F}", "Condomínio Edifício > {C}"]},
	"school": {"MX": ["Colegio > {SA}", "Colegio > {F}", "Instituto > {F}",
		"Escuela Primaria > {H}", "Centro Escolar > {F}",
		"Jardín de Niños > {F}", "Instituto > {C}"],
		"CO": ["Colegio > {SA}", "Gimnasio > {F}", "Liceo > {F}",
		"Jardín Infantil > {F}", "Colegio > {C}",
		"Institución Educativa > {H}"],
		"CL": ["Colegio > {SA}", "Liceo > {H}", "Escuela > {H}",
		"Jardín Infantil > {F}", "Colegio > {F}"],
		"AR": ["Colegio > {SA}", "Instituto > {SA}", "Escuela N° {n} > {H}",
		"Jardín de Infantes > {F}", "Instituto > {F}"],
		"BR": ["Colégio > {SA}", "Colégio > {F}", "Escola > {F}",
		"Escola Estadual > {H}", "Centro Educacional > {F}",
		"Escola de Educação Infantil > {F}", "Colégio > {C}"]},
	"parish": {"es": ["Parroquia > {SA}", "Parroquia > Nuestra Señora {MA}",
		"Iglesia Cristiana > {F}", "Iglesia Bautista > {F}",
		"Templo > {SA}"],
		"pt": ["Paróquia > {SA}", "Paróquia > Nossa Senhora {MA}",
		"Igreja Batista > {F}",
		"Igreja Evangélica Assembleia de Deus > {N}",
		"Comunidade Cristã > {F}"]},
	"municipality": {"MX": ["Municipio de > {T}", "H. Ayuntamiento de > {T}"],
		"CO": ["Alcaldía de > {T}", "Alcaldía Municipal de > {T}"],
		"CL": ["Municipalidad de > {T}", "Ilustre Municipalidad de > {T}"],
		"AR": ["Municipalidad de > {T}", "Municipio de > {T}"],
		"BR": ["Prefeitura Municipal de > {T}", "Câmara Municipal de > {T}",
		"Prefeitura de > {T}"]},
	"ngo": {"MX": ["Fundación > {F}", "Asociación > {F}", "Casa Hogar > {SA}",
		"Banco de Alimentos de > {T}", "Fundación > {S}"],
		"CO": ["Fundación > {F}", "Corporación > {F}", "Asociación > {F}",
		"Fundación > {C}"],
		"CL": ["Fundación > {F}", "ONG > {F}", "Corporación > {F}"],
		"AR": ["Fundación > {F}", "Asociación Civil > {F}",
		"Cooperativa > {F}", "Fundación > {S}"],
		"BR": ["Instituto > {F}", "Associação > {F}", "ONG > {F}",
		"Fundação > {F}", "APAE de > {T}", "Associação de Moradores > {N}"]},
	"trades": {"es": ["Constructora > {F}", "Construcciones > {S}",
		"Ferretería > {F}", "Materiales > {F}", "Eléctrica > {F}",
		"Instalaciones > {C}", "Herrería > {S}", "Climas > {F}",
		"Taller > {S}", "Constructora > {C}", "Pinturas > {F}",
		"Vidrios y Aluminios > {F}"],
		"pt": ["Construtora > {F}", "Materiais de Construção > {F}",
		"Elétrica > {F}", "Serralheria > {S}", "Vidraçaria > {F}",
		"Refrigeração > {F}", "Construtora > {C}", "Marmoraria > {F}"]},
	"logistics": {"es": ["Transportes > {S}", "Transportes > {F}",
		"Logística > {C}", "Fletes > {S}", "Mudanzas > {F}",
		"Distribuidora > {F}", "Transportes > {S} Hermanos",
		"Paquetería > {C}"],
		"pt": ["Transportadora > {F}", "{C} < Logística", "Transportes > {S}",
		"Distribuidora > {F}", "Transportes > {S} & Filhos",
		"Mudanças > {F}"]},
	"manufacturer": {"es": ["Industrias > {F}", "Plásticos > {F}",
		"Textiles > {F}", "Manufacturas > {C}", "Metalmecánica > {F}",
		"Alimentos > {F}", "Laboratorios > {C}", "Muebles > {S}",
		"Empaques > {C}", "Industrias > {S}"],
		"pt": ["Indústria > {F}", "Metalúrgica > {F}", "Plásticos > {C}",
		"Têxtil > {F}", "Alimentos > {F}", "{C} < Indústria e Comércio",
		"Laboratório > {C}", "Móveis > {S}"]},
	"retail": {"es": ["Papelería > {F}", "Óptica > {F}", "Boutique > {F}",
		"Zapatería > {S}", "Mueblería > {F}", "Abarrotes > {S}",
		"Comercializadora > {C}", "Veterinaria > {F}", "Autopartes > {F}",
		"Librería > {F}"],
		"pt": ["Ótica > {F}", "Papelaria > {F}", "Pet Shop > {F}",
		"Loja > {F}", "Supermercado > {F}", "Autopeças > {F}",
		"Mercadinho > {S}", "Comercial > {C}"]},
	"restaurant": {"MX": ["Restaurante > {A}", "Taquería > {A}",
		"Panadería > {F}", "Cafetería > {F}", "Restaurante > {F}"],
		"CO": ["Restaurante > {A}", "Asadero > {A}", "Panadería > {F}",
		"Cafetería > {F}"],
		"CL": ["Restaurante > {A}", "Picada > {A}", "Panadería > {F}",
		"Cafetería > {F}"],
		"AR": ["Parrilla > {A}", "Restaurante > {A}", "Panadería > {F}",
		"Confitería > {F}"],
		"BR": ["Restaurante > {AP}", "Padaria > {F}", "Churrascaria > {F}",
		"Pizzaria > {F}", "Lanchonete > {AP}"]},
	"chain": {"es": ["{B} > {N}"], "pt": ["{B} > {N}"]},
	"it": {"es": ["{C} < Tecnologías", "{C} < Soluciones TI",
		"{C} < Sistemas", "Call Center > {F}", "{C} < Consultores",
		"{C} < Software", "{C} < Informática"],
		"pt": ["{C} < Tecnologia", "{C} < Sistemas", "{C} < Informática",
		"{C} < Soluções em TI", "Call Center > {F}", "{C} < Software"]}}

# Legal forms: (canonical, weight, spellings a technician or an import
# writes), and the weight of no form at all.
LEGAL = {
	"MX": ([("S.A. de C.V.", 45, ["S.A. de C.V.", "SA de CV", "S.A. DE C.V.",
		"SA DE CV", "S.A."]), ("S. de R.L. de C.V.", 18, [
		"S. de R.L. de C.V.", "S de RL de CV", "S. de R.L."]),
		("S.C.", 10, ["S.C.", "SC"]), ("S.A.P.I. de C.V.", 3,
		["S.A.P.I. de C.V.", "SAPI de CV", "S.A.P.I."])], 24),
	"CO": ([("S.A.S.", 60, ["S.A.S.", "SAS", "S.A.S"]), ("Ltda.", 15,
		["Ltda.", "LTDA", "Limitada"]), ("S.A.", 5, ["S.A.", "SA"])], 20),
	"CL": ([("SpA", 35, ["SpA", "S.p.A.", "SPA"]), ("Ltda.", 30,
		["Ltda.", "Limitada", "LTDA"]), ("E.I.R.L.", 10,
		["E.I.R.L.", "EIRL"]), ("S.A.", 5, ["S.A.", "SA"])], 20),
	"AR": ([("S.R.L.", 45, ["S.R.L.", "SRL"]), ("S.A.", 25, ["S.A.", "SA"]),
		("S.A.S.", 10, ["S.A.S.", "SAS"])], 20),
	"BR": ([("Ltda.", 50, ["Ltda.", "LTDA", "Ltda", "Limitada"]),
		("ME", 15, ["ME", "- ME", "M.E."]), ("EPP", 8, ["EPP", "- EPP"]),
		("EIRELI", 7, ["EIRELI", "Eireli"]), ("S/A", 5, ["S/A", "S.A.",
		"SA"])], 15)}
SPELLINGS = {c: v for forms, _ in LEGAL.values() for c, _, v in forms}
SPELLINGS.update({"A.C.": ["A.C.", "AC"], "P.H.": ["P.H.", "PH"]})
HABIT = {"CDMX": "SA de CV", "BOG": "SAS", "SAO": "Ltda"}
NOFORM = {"notary", "parish", "municipality", "chain"}

# Words the honesty check sets aside: legal forms, articles and
# prepositions, titles, branch and ticket words, number signs.
NOISE = set(W("sa|cv|s|rl|sc|ac|sapi|sas|ltda|limitada|spa|eirl|srl|me|epp|"
	"eireli|ph|sau|pi|cia|de|del|la|las|el|los|y|e|do|da|dos|das|en|em|a|"
	"o|al|of|the|and|dr|dra|lic|ing|arq|sr|sra|srta|prof|profa|don|dona|"
	"dom|cp|mtro|mtra|h|sucursal|suc|sede|unidad|unidade|filial|loja|"
	"matriz|planta|oficina|soporte|suporte|ticket|tkt|chamado|caso|urgente|"
	"remoto|remota|acesso|acceso|sop|n|no|nro|num|numero|vip|re|fw|cliente"))

# Abbreviations technicians write: folded word -> spellings.
ABBR = {"clinica": ["Clín.", "Clin.", "Cl."], "consultorio": ["Cons.",
	"Consult.", "Consul."], "centro": ["Ctro.", "Cto."], "medico": ["Méd.",
	"Med."], "medica": ["Méd.", "Med."], "odontologica": ["Odont.",
	"Odonto"], "odontologico": ["Odont.", "Odonto"], "dental": ["Dent."],
	"farmacia": ["Farm.", "Fcia.", "Farma"], "drogueria": ["Drog.", "Drog"],
	"drogaria": ["Drog."], "colegio": ["Col.", "Cole"], "instituto":
	["Inst.", "Inst"], "escuela": ["Esc."], "escola": ["Esc."], "fundacion":
	["Fund."], "fundacao": ["Fund."], "asociacion": ["Asoc.", "Asociac."],
	"associacao": ["Assoc.", "Assoc"], "asociados": ["Asoc.", "Asocs."],
	"associados": ["Assoc.", "Assoc"], "hermanos": ["Hnos.", "Hnos"],
	"distribuidora": ["Dist.", "Distrib.", "Distr."], "servicios":
	["Serv.", "Servs."], "comercial": ["Com.", "Comerc."],
	"comercializadora": ["Comerc.", "Comercializ."], "comercio": ["Com.",
	"Coml."], "constructora": ["Const.", "Constr."], "construtora":
	["Constr.", "Const."], "construcciones": ["Const.", "Constr."],
	"industrias": ["Ind.", "Inds."], "industria": ["Ind."],
	"transportes": ["Transp.", "Trans."], "transportadora": ["Transp."],
	"logistica": ["Log.", "Logist."], "contabilidade": ["Contab."],
	"contadores": ["Conts.", "Cont."], "contable": ["Cont."], "contabil":
	["Cont."], "contables": ["Conts."], "inmobiliaria": ["Inmob.", "Inm."],
	"imobiliaria": ["Imob.", "Imobil."], "condominio": ["Cond.", "Condo"],
	"residencial": ["Res.", "Resid."], "edificio": ["Edif.", "Ed."],
	"conjunto": ["Conj.", "Cjto."], "parroquia": ["Pquia.", "Parr."],
	"paroquia": ["Par.", "Paroq."], "nuestra": ["Ntra."], "senora":
	["Sra."], "nossa": ["N."], "senhora": ["Sra."], "municipalidad":
	["Muni", "Munic."], "municipio": ["Mpio.", "Mun."], "municipal":
	["Mpal.", "Mun."], "prefeitura": ["Pref.", "Pref"], "ayuntamiento":
	["Ayto.", "Ayunt."], "alcaldia": ["Alc."], "santa": ["Sta."], "santo":
	["Sto."], "san": ["S."], "sao": ["S."], "tecnologias": ["Tec.",
	"Tecnol."], "tecnologia": ["Tec.", "Tecnol."], "soluciones": ["Sol.",
	"Soluc."], "solucoes": ["Sol."], "sistemas": ["Sist.", "Sists."],
	"ferreteria": ["Ferr.", "Ferret."], "materiales": ["Mat.", "Mats."],
	"materiais": ["Mat."], "electrica": ["Elec.", "Eléct."], "eletrica":
	["Elét.", "Elet."], "laboratorio": ["Lab.", "Labs."], "laboratorios":
	["Labs.", "Lab."], "hospital": ["Hosp."], "notaria": ["Not."],
	"cartorio": ["Cart."], "tabelionato": ["Tab."], "advogados": ["Adv.",
	"Advs."], "abogados": ["Abogs.", "Abog."], "especialidades": ["Esp.",
	"Espec."], "diagnostico": ["Diag."], "restaurante": ["Rest.", "Resto"],
	"panaderia": ["Pan."], "papeleria": ["Pap."], "manufacturas":
	["Manuf.", "Mfras."], "plasticos": ["Plást.", "Plast."], "textiles":
	["Text."], "metalurgica": ["Metal."], "educacional": ["Educ."],
	"estadual": ["Est."], "jardin": ["Jard."], "iglesia": ["Igl."],
	"igreja": ["Igr."], "propiedades": ["Props."], "corporacion": ["Corp."],
	"cooperativa": ["Coop."], "consultores": ["Consult."], "asesorias":
	["Ases."], "asesoria": ["Ases."], "gimnasio": ["Gimn."], "integral":
	["Int."], "internacional": ["Intl.", "Int."], "escritorio": ["Escr."],
	"organizacao": ["Org."], "supermercado": ["Super", "Superm."],
	"informatica": ["Inform.", "Info"], "administracion": ["Adm.",
	"Admón."], "compania": ["Cía.", "Cia"]}
# Whole phrases and their short forms.
PHRASE = [("Conjunto Residencial", ["Conj. Res.", "C.R.", "CR"]),
	("Nuestra Señora", ["Ntra. Sra.", "N.S.", "Ntra Sra"]),
	("Nossa Senhora", ["N. Sra.", "N.S.", "Nsa. Sra."]),
	("Prefeitura Municipal de", ["PM", "P.M. de", "Pref. Mun."]),
	("Escola Estadual", ["E.E.", "EE", "Esc. Est."]),
	("Indústria e Comércio", ["Ind. e Com.", "Ind. Com.", "Ind e Com"]),
	("H. Ayuntamiento de", ["Ayto.", "Ayuntamiento"]),
	("Ilustre Municipalidad de", ["Muni", "I. Municipalidad de"]),
	("Santa Casa de Misericórdia de", ["Santa Casa", "Santa Casa de"]),
	("Centro Médico", ["C. Médico", "Ctro. Med."]),
	("Clínica Dental", ["Clin. Dental", "Cl. Dental", "Dental"]),
	("Institución Educativa", ["I.E.", "IE", "Inst. Educ."]),
	("Consorcio de Propietarios", ["Consorcio", "Cons. Prop."]),
	("Condomínio Edifício", ["Cond. Ed.", "Cond. Edif.", "Edifício"]),
	("Despacho Jurídico", ["Desp. Jur.", "Despacho"]),
	("Asociación Civil", ["Asoc. Civil", "A. Civil"])]
# Spanish and Portuguese spellings of one name: a reader takes either.
COGNATE = [("san", "sao"), ("nuestra", "nossa"), ("juan", "joao"),
	("pablo", "paulo"), ("cristobal", "cristovao"), ("sebastian",
	"sebastiao"), ("jeronimo", "jeronimo"), ("tomas", "tome"),
	("corazon", "coracao"), ("trinidad", "trindade"), ("espiritu",
	"espirito"), ("rey", "rei"), ("luis", "luiz"), ("concepcion",
	"conceicao"), ("asuncion", "assuncao")]
# Short forms of names and cities: folded word(s) -> spellings.
NAMES_SHORT = {"maria": ["Ma.", "Ma"], "guadalupe": ["Gpe.", "Lupita"],
	"francisco": ["Fco.", "Pancho"], "jose": ["J."],
	"hernandez": ["Hdez.", "Hdz."], "gonzalez": ["Glez.", "Gzz."],
	"martinez": ["Mtz.", "Mtnez."], "rodriguez": ["Rdz.", "Rguez."],
	"fernandez": ["Fdez.", "Fdz."], "gutierrez": ["Gtz.", "Gtrrez."],
	"jimenez": ["Giménez", "Ximénez"], "gimenez": ["Jiménez"],
	"souza": ["Sousa"], "sousa": ["Souza"], "luiz": ["Luis"],
	"luis": ["Luiz"], "thiago": ["Tiago"], "tiago": ["Thiago"],
	"mateus": ["Matheus"], "matheus": ["Mateus"], "rafael": ["Raphael"],
	"vazquez": ["Vásquez"], "vasquez": ["Vázquez"], "cristina":
	["Christina"], "ibanez": ["Ybáñez"], "antonio": ["António"],
	"elisabete": ["Elizabete", "Elisabeth"], "luiza": ["Luisa"],
	"goncalves": ["Gonçalvez"], "pereyra": ["Pereira"], "ferreyra":
	["Ferreira"], "velazquez": ["Velásquez"], "velasquez": ["Velázquez"]}
CITY_SHORT = {"ciudad de mexico": ["CDMX", "DF", "Cd. de México", "CD MX"],
	"monterrey": ["Mty", "MTY"], "guadalajara": ["GDL", "Gdl."],
	"san luis potosi": ["SLP", "S.L.P."], "san pedro garza garcia":
	["San Pedro", "SPGG"], "bogota": ["Bta.", "Bogota D.C."],
	"barranquilla": ["B/quilla", "Bquilla"], "medellin": ["Med.", "Mde"],
	"cartagena": ["Ctg", "Cartagena de Indias"], "santiago": ["Stgo.",
	"Stgo"], "vina del mar": ["Viña", "V. del Mar"], "valparaiso":
	["Valpo", "Valpo."], "buenos aires": ["CABA", "Bs. As.", "BsAs"],
	"mar del plata": ["MdP", "Mar del Pla"], "san miguel de tucuman":
	["Tucumán"], "sao paulo": ["SP", "Sampa", "S. Paulo"],
	"rio de janeiro": ["RJ", "Rio"], "belo horizonte": ["BH", "B. Hte."],
	"sao bernardo do campo": ["SBC", "S. Bernardo"], "sao jose dos campos":
	["SJC", "S.J. dos Campos"], "ribeirao preto": ["Rib. Preto", "RP"],
	"sao jose do rio preto": ["Rio Preto", "SJRP"], "porto alegre":
	["POA", "P. Alegre"], "florianopolis": ["Floripa", "Fpolis"],
	"mogi das cruzes": ["Mogi"], "santo andre": ["Sto. André", "SA"]}

DOTTED = re.compile(r"\b(?:\w\.){2,}")
TOKEN = re.compile(r"\w+\.?")
ORDINAL = re.compile(r"^(\d+)[oa]$")


def fold(s):
	"""Accents off, length kept (every letter here is one code point)."""
	return "".join(ch for ch in unicodedata.normalize("NFKD", s)
		if not unicodedata.combining(ch))


def tokens(s):
	"""(folded word, ended with ".", typed in capitals) for each word that
	is not noise; dotted initials (S.A., C.R.) are read as one word."""
	s = DOTTED.sub(lambda m: m.group().replace(".", ""), s)
	out = []
	for m in TOKEN.finditer(s):
		raw = m.group()
		w = raw.rstrip(".")
		f = ORDINAL.sub(r"\1", fold(w).lower())
		if f.isdigit():
			f = str(int(f))
		if f in NOISE or (len(f) == 1 and not f.isdigit()) or "_" in f:
			continue
		out.append((f, raw.endswith("."), w.isupper() and w.isalpha()))
	return out


def content(s):
	seen, out = set(), []
	for f, _, _ in tokens(s):
		if f not in seen:
			seen.add(f)
			out.append(f)
	return out


def name_key(s):
	return tuple(sorted(set(content(s))))


def read_table():
	"""Short form (folded) -> the words it may stand for."""
	rd = {}

	def add(short, words):
		for f, _, _ in tokens(short):
			rd.setdefault(f, set()).update(words)
	for word, shorts in ABBR.items():
		for s in shorts:
			add(s, {word})
	for phrase, shorts in PHRASE:
		for s in shorts:
			add(s, set(content(phrase)))
	for word, shorts in NAMES_SHORT.items():
		for s in shorts:
			add(s, {word})
	for city, shorts in CITY_SHORT.items():
		for s in shorts:
			add(s, set(content(city)))
	for a, b in COGNATE:
		rd.setdefault(a, set()).add(b)
		rd.setdefault(b, set()).add(a)
	return rd


READ = read_table()


class Index:
	"""The whole customer list as the honesty check reads it: each name's
	words, who has each word, one-edit neighbours of every word, acronyms
	of consecutive words, and the contacts' names."""

	def __init__(self, custs):
		self.toks = [content(c["name"]) for c in custs]
		self.sets = [set(t) for t in self.toks]
		post = {}
		for i, ts in enumerate(self.toks):
			for w in ts:
				post.setdefault(w, []).append(i)
		self.post = post
		self.vocab = sorted(post)
		self.dels = {}
		for w in self.vocab:
			if len(w) >= 4 and not w.isdigit():
				for k in {w} | {w[:j] + w[j + 1:] for j in range(len(w))}:
					self.dels.setdefault(k, []).append(w)
		self.acr = {}
		for i, ts in enumerate(self.toks):
			for L in range(2, min(6, len(ts)) + 1):
				for j in range(len(ts) - L + 1):
					k = "".join(w[0] for w in ts[j:j + L])
					self.acr.setdefault(k, []).append(i)
		self.cpost = {}
		for i, c in enumerate(custs):
			for ct in c["contacts"]:
				ts = set(content(ct["firstname"] + " " + ct["lastname"]))
				for w in ts:
					self.cpost.setdefault(w, []).append((i, ts))

	def readings(self, f):
		r = {f} if f in self.post else set()
		if len(f) >= 4 and not f.isdigit():
			for k in {f} | {f[:j] + f[j + 1:] for j in range(len(f))}:
				r.update(self.dels.get(k, ()))
		r.update(READ.get(f, ()))
		return r

	def prefixed(self, f):
		i = bisect.bisect_left(self.vocab, f)
		out = []
		while i < len(self.vocab) and self.vocab[i].startswith(f):
			out.append(self.vocab[i])
			i += 1
		return out

	def prepare(self, s):
		its = tokens(s)
		out = []
		for k, (f, dot, up) in enumerate(its):
			pre = dot or (k == len(its) - 1 and (f not in self.post or
				f.isdigit()))	# a cut last word, or a cut number
			acr = up and 2 <= len(f) <= 6 and (f not in self.post or
				len(f) <= 3)
			out.append((f, self.readings(f), pre, acr))
		return out

	def match(self, i, its):
		"""(cost, complete) if customer i's name holds every typed word as
		read, else None."""
		ts, cs = self.toks[i], self.sets[i]
		got, cost = set(), 0
		for f, rd, pre, acr in its:
			if f in cs:
				got.add(f)
				continue
			hit = rd & cs
			if not hit and pre:
				hit = {w for w in ts if w.startswith(f)}
			if not hit and acr:
				L = len(f)
				for j in range(len(ts) - L + 1):
					if "".join(w[0] for w in ts[j:j + L]) == f:
						hit = set(ts[j:j + L])
						break
			if not hit:
				return None
			got |= hit
			cost += 2
		extra = len(cs - got)
		return cost + extra, extra == 0

	def cands(self, its):
		best = None
		for f, rd, pre, acr in its:
			words = set(rd) | (set(self.prefixed(f)) if pre else set())
			size = sum(len(self.post.get(w, ())) for w in words)
			size += len(self.acr.get(f, ())) if acr else 0
			if best is None or size < best[0]:
				best = (size, words, acr, f)
		out = set()
		for w in best[1]:
			out.update(self.post.get(w, ()))
		if best[2]:
			out.update(self.acr.get(best[3], ()))
		return out

	def honest(self, s, true):
		"""No other customer's name holds every word of s as read, unless
		s is all of its own customer's name at a strictly lower cost."""
		its = self.prepare(s)
		if not its:
			return False
		t = self.match(true, its) if true is not None else None
		for i in self.cands(its):
			if i == true:
				continue
			m = self.match(i, its)
			if m is None:
				continue
			if t is not None and t[1] and t[0] < m[0]:
				continue
			return False
		return True

	def person_ok(self, s, true):
		"""No contact of another customer is named with every word of s."""
		its = self.prepare(s)
		if not its:
			return False
		best = None
		for f, rd, pre, _ in its:
			words = {f} | rd | (set(self.prefixed(f)) if pre else set())
			size = sum(len(self.cpost.get(w, ())) for w in words)
			if best is None or size < best[0]:
				best = (size, words)
		for w in best[1]:
			for i, ts in self.cpost.get(w, ()):
				if i == true:
					continue
				if all(f in ts or rd & ts or (pre and any(
						x.startswith(f) for x in ts))
						for f, rd, pre, _ in its):
					return False
		return True


def cumulate(ws):
	out, t = [], 0
	for w in ws:
		t += w
		out.append(t)
	return out


def pick(rng, items, cum):
	return items[bisect.bisect_right(cum, rng.random() * cum[-1])]


# Surnames by rank, roughly Zipf: the lists above are in frequency order.
SURN_CUM = {r: cumulate([1 / (k + 3) ** 0.8 for k in range(len(v))])
	for r, v in SURN.items()}
REG_CUM = cumulate([w for _, w in REGIONS])
VERT_CUM = cumulate([w for _, w, _ in VERTS])
VERT_MULT = {v: m for v, _, m in VERTS}
LANG = {"MX": "es", "CO": "es", "CL": "es", "AR": "es", "BR": "pt"}


def surname(rng, reg):
	return pick(rng, SURN[reg], SURN_CUM[reg])


def last_name(rng, reg):
	"""A person's surnames: two in Spanish America 70%; in Brazil one, two,
	or one after "da"/"dos"."""
	s = surname(rng, reg)
	if reg != "BR":
		return s + " " + surname(rng, reg) if rng.random() < 0.7 else s
	r = rng.random()
	if r < 0.45:
		return s + " " + surname(rng, reg)
	if r < 0.55:
		return rng.choice(["da", "dos"]) + " " + rng.choice(
			["Silva", "Santos", "Costa", "Conceição", "Rocha", "Cruz"])
	return s


def person(rng, reg):
	"""(first, last, female)."""
	fem = rng.random() < 0.5
	first = rng.choice((FEMALE if fem else MALE)[reg])
	return first, last_name(rng, reg), fem


def coined(rng):
	a, b = rng.choice(PFX), rng.choice(SFX)
	return a + b if rng.random() < 0.8 else a + b.title()


def fancy(rng, reg):
	pool = FANCY_PT if reg == "BR" else FANCY_ES
	f = rng.choice(pool)
	r = rng.random()
	if r < 0.15:
		return f + (" do " if reg == "BR" else " de ") + rng.choice(CITY[reg])
	if r < 0.25:
		return f + " " + rng.choice(pool)
	return f


class Fill:
	"""Fills one template; remembers the people, surnames and places."""

	def __init__(self, rng, reg, brands):
		self.rng, self.reg, self.brands = rng, reg, brands
		self.people, self.surs, self.town, self.brand = [], [], None, None
		self.nbh = None

	def __call__(self, m):
		rng, reg, k = self.rng, self.reg, m.group(1)
		if k == "F":
			return fancy(rng, reg)
		if k == "C":
			return coined(rng)
		if k == "S":
			s = surname(rng, reg)
			self.surs.append(s)
			return s
		if k == "SS":
			s = surname(rng, reg) + " " + surname(rng, reg)
			self.surs.append(s)
			return s
		if k in ("P", "PN"):
			first, last, fem = person(rng, reg)
			self.people.append((first, last, fem))
			self.surs.append(last)
			if k == "PN":
				return first + " " + last
			return ("Dra. " if fem else "Dr. ") + first + " " + last
		if k == "T":
			self.town = rng.choice(CITY[reg])
			return self.town
		if k == "N":
			self.nbh = rng.choice(NBH[reg])
			return self.nbh
		if k == "SA":
			return rng.choice(SAINT_PT if reg == "BR" else SAINT_ES)
		if k == "MA":
			return rng.choice(MARIAN_PT if reg == "BR" else MARIAN_ES)
		if k == "H":
			return rng.choice(HERO[reg])
		if k == "A":
			return rng.choice(ART_ES)
		if k == "AP":
			return rng.choice(["Sabor", "Cantinho", "Tempero", "Recanto",
				"Empório"]) + " " + rng.choice(ART_PT)
		if k == "n":
			return str(rng.randint(1, 250 if reg == "MX" else 80))
		if k == "n4":
			return str(rng.randint(100, 4999))
		if k == "ST":
			return rng.choice(STREETS)
		if k == "B":
			self.brand = rng.choice(self.brands[reg])
			return self.brand
		raise KeyError(k)


def legal_for(rng, reg, vert):
	"""(canonical form, stored spelling) or ("", "")."""
	if vert in NOFORM:
		return "", ""
	c = ""
	r = rng.random()
	if vert == "ngo":
		c = "A.C." if reg == "MX" and r < 0.85 else ""
	elif vert == "condo":
		c = "P.H." if reg == "CO" and r < 0.75 else ""
	elif vert == "school":
		c = {"MX": "S.C." if r < 0.3 else "A.C." if r < 0.55 else "",
			"CO": "S.A.S." if r < 0.15 else "",
			"BR": "Ltda." if r < 0.2 else ""}.get(reg, "")
	elif reg == "MX" and vert in ("law", "accounting", "dental",
			"medical") and r < 0.45:
		c = "S.C."
	else:
		forms, none = LEGAL[reg]
		cum = cumulate([w for _, w, _ in forms] + [none])
		k = bisect.bisect_right(cum, rng.random() * cum[-1])
		c = forms[k][0] if k < len(forms) else ""
	if not c:
		return "", ""
	sp = SPELLINGS[c]
	return c, (c if rng.random() < 0.7 else rng.choice(sp))


def split_template(t):
	if " > " in t:
		head, core = t.split(" > ")
		return head, core, False
	if " < " in t:
		core, head = t.split(" < ")
		return head, core, True
	return "", t, False


def base_of(head, core, after):
	if not head:
		return core
	return core + " " + head if after else head + " " + core


PUBLIC = {"MX": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx",
	"prodigy.net.mx"], "CO": ["gmail.com", "hotmail.com", "outlook.com",
	"yahoo.es"], "CL": ["gmail.com", "hotmail.com", "vtr.net"],
	"AR": ["gmail.com", "hotmail.com", "yahoo.com.ar", "fibertel.com.ar"],
	"BR": ["gmail.com", "hotmail.com", "uol.com.br", "terra.com.br",
	"bol.com.br", "yahoo.com.br"]}
TLD = {"MX": ".com.mx", "CO": ".com.co", "CL": ".cl", "AR": ".com.ar",
	"BR": ".com.br"}
ROLES_ES = W("RECEPCION-01|RECEPCION|RECEPCION-02|CAJA1|CAJA2|CAJA-01|"
	"SERVIDOR|SERVIDOR01|CONSULTORIO1|CONSULTORIO2|CONTABILIDAD|ADMIN-PC|"
	"DIRECCION|SECRETARIA|BODEGA|ALMACEN|GERENCIA|FARMACIA-01|MOSTRADOR|"
	"VENTAS-01|COMPRAS|RRHH|SISTEMAS|LABORATORIO")
ROLES_PT = W("RECEPCAO|RECEPCAO-01|CAIXA01|CAIXA02|SERVIDOR|SERVIDOR01|"
	"FINANCEIRO|SECRETARIA|ESTOQUE|DIRETORIA|CONSULTORIO1|ADMINISTRATIVO|"
	"COMPRAS|FATURAMENTO|RH|TI-01|BALCAO")
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def slug(s):
	return "".join(ch for ch in fold(s).lower() if ch.isalnum())


def contacts(rng, c, ids):
	reg = c["reg"]
	n = 1 + (rng.random() < 0.45) + (rng.random() < 0.25) + \
		(rng.random() < 0.1)
	dom = slug(c["core"])[:20] + TLD[reg] if rng.random() < 0.5 else None
	out = []
	for k in range(n):
		if k == 0 and c["people"]:
			first, last, _ = c["people"][0]
		elif k == 0 and c["surs"]:
			first = rng.choice(MALE[reg] + FEMALE[reg])
			last = c["surs"][0]
			if reg != "BR" and " " not in last and rng.random() < 0.6:
				last += " " + surname(rng, reg)
		else:
			first, last, _ = person(rng, reg)
		local = slug(first.split()[0]) + "." + slug(last.split()[-1])
		mail = local + "@" + (dom or rng.choice(PUBLIC[reg]))
		out.append({"id": next(ids), "firstname": first, "lastname": last,
			"email": mail})
	return out


def machines(rng, c, ids):
	"""One naming scheme per customer."""
	n = int(round(math.exp(rng.gauss(math.log(4), 0.9))))
	n = max(1, min(80, n * VERT_MULT[c["vert"]]))
	roles = ROLES_PT if c["reg"] == "BR" else ROLES_ES
	r = rng.random()
	ts = content(c["base"])
	if len(ts) >= 2 and rng.random() < 0.5:
		pf = "".join(w[0] for w in ts[:4]).upper()
	else:
		pf = slug(c["core"])[:4].upper() or "PC"
	names, seen = [], set()
	for k in range(n * 3):
		if len(names) >= n:
			break
		if r < 0.35:
			m = "%s-%s%02d" % (pf, rng.choice(["PC", "WS", "LT", "CAJA",
				"RECEP", "SRV", "ADM"]), rng.randint(1, 40))
		elif r < 0.65:
			m = "DESKTOP-" + "".join(rng.choice(ALNUM) for _ in range(7))
		elif r < 0.85:
			m = rng.choice(roles)
		else:
			first = slug(rng.choice(c["contacts"])["firstname"].split()[0]
				if rng.random() < 0.6 else rng.choice(
				(MALE if rng.random() < 0.5 else FEMALE)[c["reg"]]))
			m = rng.choice(["%s-PC", "LAPTOP-%s", "NB-%s", "NOTE-%s",
				"%s-LT", "PC-%s"]) % (first.upper() if rng.random() < 0.6
				else first.title())
		if m not in seen:
			seen.add(m)
			names.append(m)
	return [{"id": next(ids), "name": m} for m in names]


def counter(start):
	while True:
		yield start
		start += 1


def population(rng, ncust):
	brands = {}
	for reg, _ in REGIONS:
		bs = set()
		while len(bs) < max(4, ncust // 400):
			bs.add(rng.choice(BRAND_A) + " " + rng.choice(BRAND_B))
		brands[reg] = sorted(bs)
	custs, keys, bodies = [], set(), set()
	while len(custs) < ncust:
		reg = pick(rng, [r for r, _ in REGIONS], REG_CUM)
		vert = pick(rng, [v for v, _, _ in VERTS], VERT_CUM)
		ts = T[vert].get(reg) or T[vert][LANG[reg]]
		head, core, after = split_template(rng.choice(ts))
		fill = Fill(rng, reg, brands)
		head = re.sub(r"\{(\w+)\}", fill, head)
		core = re.sub(r"\{(\w+)\}", fill, core)
		if vert == "municipality":
			body = (reg, fill.town, "camara" in slug(head))
			if body in bodies:
				continue
			bodies.add(body)
		base = base_of(head, core, after)
		fam, legal = legal_for(rng, reg, vert)
		sep = ", " if reg == "MX" and fam and fam not in ("S.A.", "P.H.") \
			and rng.random() < 0.35 else " "
		name = base + (sep + legal if legal else "")
		if rng.random() < 0.12:
			name = name.upper()
		key = name_key(name)
		if not key or key in keys:
			continue
		keys.add(key)
		custs.append({"name": name, "reg": reg, "vert": vert, "head": head,
			"core": core, "after": after, "base": base, "legal": legal,
			"fam": fam, "sep": sep, "people": fill.people,
			"surs": fill.surs, "town": fill.town, "nbh": fill.nbh,
			"brand": fill.brand, "desk": DESK[reg]})
	ids = counter(5100000)
	for k, c in enumerate(custs):
		c["id"] = 12000000 + k * 7 + rng.randrange(7)
		c["contacts"] = contacts(rng, c, ids)
		c["assets"] = machines(rng, c, ids)
		c["plain"] = base_of(c["head"], c["core"], c["after"]) + (
			c["sep"] + c["legal"] if c["legal"] else "")
	cum = cumulate([1 + math.sqrt(len(c["assets"])) for c in custs])
	return custs, cum, brands, keys


# Keyboards: QWERTY rows; the key right of L is n-tilde on the Latin
# American layout (Mexico City, Bogota) and c-cedilla on ABNT2 (Sao Paulo).
ROWS = ("qwertyuiop", "asdfghjkl;", "zxcvbnm")


def neighbours(semi):
	pos = {}
	for r, row in enumerate(ROWS):
		for k, ch in enumerate(row):
			pos[semi if ch == ";" else ch] = (r, k + 0.5 * r)
	out = {}
	for a, (ra, xa) in pos.items():
		out[a] = [b for b, (rb, xb) in pos.items() if b != a and (
			(ra == rb and abs(xa - xb) == 1) or
			(abs(ra - rb) == 1 and abs(xa - xb) <= 0.5))]
	return out


NEIGH = {"CDMX": neighbours("ñ"), "BOG": neighbours("ñ"),
	"SAO": neighbours("ç")}
LETTERS = re.compile(r"[^\W\d_]{3,}")


def typo(rng, s, desk):
	"""One slip in a word of three letters or more; its first letter and
	digits are spared."""
	spans = list(LETTERS.finditer(s))
	if not spans:
		return None
	m = rng.choice(spans)
	w = m.group()
	p = rng.randrange(1, len(w))
	r = rng.random()
	ch = w[p]
	nb = NEIGH[desk].get(fold(ch).lower(), [])
	if r < 0.4 and nb:
		new = rng.choice(nb)
		w2 = w[:p] + (new.upper() if ch.isupper() else new) + w[p + 1:]
	elif r < 0.6 and p + 1 < len(w) and w[p] != w[p + 1]:
		w2 = w[:p] + w[p + 1] + w[p] + w[p + 2:]
	elif r < 0.85:
		w2 = w[:p] + w[p + 1:]
	else:
		w2 = w[:p] + ch + w[p:]
	out = s[:m.start()] + w2 + s[m.end():]
	return out if out != s else None


def recase(rng, s):
	r = rng.random()
	out = s.upper() if r < 0.45 else s.lower() if r < 0.8 else s.title()
	if out == s:
		out = s.lower() if s != s.lower() else s.upper()
	return out


ACUTE = dict(zip("aeiouAEIOU", "áéíóúÁÉÍÓÚ"))


def accent(rng, s, desk):
	marks = [k for k, ch in enumerate(s) if ord(ch) > 127 and ch.isalpha()]
	if not marks:
		return None
	r = rng.random()
	if r < 0.55:
		return fold(s)
	if r < 0.75:
		keep = set(rng.sample(marks, rng.randrange(len(marks))))
		return "".join(ch if k in keep or k not in marks else fold(ch)
			for k, ch in enumerate(s))
	if r < 0.9:
		if desk == "SAO":
			nh = rng.random() < 0.6
			out = s.replace("ñ", "nh" if nh else "n").replace(
				"Ñ", "NH" if nh else "N")
		else:
			out = s
			for a in "çãõâêôÇÃÕÂÊÔ":
				out = out.replace(a, fold(a))
		return out if out != s else fold(s)
	words = [m for m in re.finditer(r"\w+", s)
		if any(ord(ch) > 127 for ch in m.group())]
	m = rng.choice(words)
	w = fold(m.group())
	had = {k for k, ch in enumerate(m.group()) if ch != w[k]}
	vs = [k for k, ch in enumerate(w) if ch in ACUTE and k not in had]
	if not vs:
		return fold(s)
	k = rng.choice(vs)
	w = w[:k] + ACUTE[w[k]] + w[k + 1:]
	out = s[:m.start()] + w + s[m.end():]
	return out if out != s else fold(s)


def abbreviate(rng, s):
	opts = []
	for phrase, shorts in PHRASE:
		k = s.find(phrase)
		if k >= 0:
			opts.append((k, k + len(phrase), shorts))
	for m in re.finditer(r"\w+", s):
		f = fold(m.group()).lower()
		if f in ABBR:
			opts.append((m.start(), m.end(), ABBR[f]))
	if not opts:
		return None
	n = 2 if rng.random() < 0.3 and len(opts) > 1 else 1
	out, used = s, []
	for a, b, shorts in sorted(rng.sample(opts, n), reverse=True):
		if any(a < y and x < b for x, y in used):
			continue
		used.append((a, b))
		short = rng.choice(shorts)
		if s[a:b].isupper():
			short = short.upper()
		out = out[:a] + short + out[b:]
	return out if out != s else None


ARTICLES = {"de", "del", "la", "las", "el", "los", "do", "da", "dos", "das"}


def drop_articles(rng, s):
	words = s.split(" ")
	idx = [k for k, w in enumerate(words) if k > 0 and w.lower() in ARTICLES]
	if not idx:
		return None
	gone = set(idx) if rng.random() < 0.5 else {rng.choice(idx)}
	return " ".join(w for k, w in enumerate(words) if k not in gone)


ES_EAR = (("z", "s"), ("ce", "se"), ("ci", "si"), ("ll", "y"), ("v", "b"),
	("b", "v"), ("^h", ""), ("xico", "jico"), ("qu", "k"), ("y", "ll"))
PT_EAR = (("ç", "ss"), ("ss", "ç"), ("ch", "x"), ("x", "ch"), ("lh", "li"),
	("z", "s"), ("ce", "se"), ("^h", ""), ("ão", "am"), ("s", "z"))


def by_ear(rng, s, reg):
	"""One spelling by ear in a word of four letters or more."""
	rules = PT_EAR if reg == "BR" else ES_EAR
	opts = []
	for m in re.finditer(r"\w{4,}", s):
		w = m.group()
		if fold(w).lower() in NOISE:
			continue
		lw = w.lower()
		for a, b in rules:
			if a == "^h":
				if lw.startswith("h"):
					opts.append((m.start(), 1, ""))
				continue
			k = lw.find(a)
			while k >= 0:
				opts.append((m.start() + k, len(a), b))
				k = lw.find(a, k + 1)
	if not opts:
		return None
	k, n, b = rng.choice(opts)
	if s[k].isupper():
		b = b.upper() if s[k:k + n].isupper() and n > 1 else b[:1].upper() + b[1:]
	out = s[:k] + b + s[k + n:]
	return out if out != s else None


def respell(rng, s):
	opts = [m for m in re.finditer(r"\w+", s)
		if fold(m.group()).lower() in NAMES_SHORT]
	if not opts:
		return None
	m = rng.choice(opts)
	new = rng.choice(NAMES_SHORT[fold(m.group()).lower()])
	if m.group().isupper():
		new = new.upper()
	return s[:m.start()] + new + s[m.end():]


def city_short(rng, s, town):
	"""The customer's own town written short (a saint or a person called
	Santiago keeps the name)."""
	shorts = CITY_SHORT.get(fold(town or "").lower())
	k = s.rfind(town or "\0")
	if not shorts or k < 0:
		return None
	return s[:k] + rng.choice(shorts) + s[k + len(town):]


def lang(desk):
	return "pt" if desk == "SAO" else "es"


TAGS = {"es": ["[{d}]", "TKT-{n}", "#{n} -", "Soporte:", "URGENTE -",
	"Sop. remoto", "Caso {n}:", "(VIP)", "RE:", "Ticket {n} -"],
	"pt": ["[SAO]", "Chamado {n} -", "#{n} -", "Suporte:", "URGENTE -",
	"Acesso remoto", "(VIP)", "RE:", "Chamado #{n}"]}
QUAL = {"es": [" - Sucursal {N}", " ({T})", " Sede {N}", " Suc. {N}",
	" - Sucursal {D}", " (Matriz)", " Planta {T}", " - {N}"],
	"pt": [" - Unidade {N}", " ({T})", " Filial {T}", " - Loja {n}",
	" (Matriz)", " Unidade {N}", " - {N}"]}
DIRS = W("Norte|Sur|Centro|Oriente|Poniente")


def qualifier(rng, reg):
	q = rng.choice(QUAL[LANG[reg]])
	return q.replace("{N}", rng.choice(NBH[reg])).replace(
		"{T}", rng.choice(CITY[reg])).replace("{D}", rng.choice(DIRS)).replace(
		"{n}", str(rng.randint(1, 40)))


def title_for(c, first):
	fem = first in FEMALE[c["reg"]]
	if c["vert"] in ("dental", "medical") or (c["reg"] == "BR" and
			c["vert"] in ("law", "notary")):
		return "Dra." if fem else "Dr."
	if c["vert"] in ("law", "accounting", "notary"):
		return "Lic."
	return ("Sra." if fem else "Sr.") if c["reg"] != "BR" else (
		"Sra." if fem else "Sr.")


# The real kinds: each returns (typed, what the honesty check reads, "alone"
# for a contact typed without the firm) or None when it does not apply.
def k_exact(rng, c, ix, desk):
	return c["name"], c["name"], None


def k_case(rng, c, ix, desk):
	if c["name"].isupper():
		return c["plain"], c["plain"], None
	t = recase(rng, c["name"])
	return t, t, None


def k_accent(rng, c, ix, desk):
	t = accent(rng, c["plain"], desk)
	return (t, t, None) if t else None


def k_suffix(rng, c, ix, desk):
	base = c["base"]
	if c["legal"]:
		r = rng.random()
		sp = [x for x in SPELLINGS[c["fam"]] if x != c["legal"]]
		if r < 0.5 or (r < 0.85 and not sp):
			t = base
		elif r < 0.85:
			t = base + " " + rng.choice(sp)
		else:
			h = HABIT[desk]
			t = base + " " + (h if slug(h) != slug(c["legal"]) else
				rng.choice(["S.A.", "Ltda. - ME", "SA"]))
	elif c["vert"] in NOFORM or c["vert"] in ("school", "ngo", "condo"):
		return None
	else:
		t = base + " " + HABIT[desk]
	return t, t, None


def k_typo(rng, c, ix, desk):
	t = typo(rng, c["plain"], desk)
	return (t, t, None) if t else None


def k_two(rng, c, ix, desk):
	t = typo(rng, c["plain"], desk)
	t = t and typo(rng, t, desk)
	return (t, t, None) if t and t != c["plain"] else None


def k_typo_case(rng, c, ix, desk):
	t = typo(rng, c["plain"], desk)
	t = t and recase(rng, t)
	return (t, t, None) if t else None


def k_abbr(rng, c, ix, desk):
	t = abbreviate(rng, c["plain"] if rng.random() < 0.5 else c["base"])
	return (t, t, None) if t else None


def k_acronym(rng, c, ix, desk):
	base = c["base"]
	spans = [m for m in re.finditer(r"[\w']+", base)
		if fold(m.group()).lower() not in NOISE and len(m.group()) > 1]
	if len(spans) < 3 or c["people"] or any(ch.isdigit() for ch in base):
		return None
	if rng.random() < 0.55:
		letters = [fold(m.group()[0]).upper() for m in spans]
		t = ".".join(letters) + "." if rng.random() < 0.2 else "".join(letters)
	else:
		k = rng.randint(2, len(spans) - 1)
		letters = [fold(m.group()[0]).upper() for m in spans[:k]]
		a = ".".join(letters) + "." if rng.random() < 0.3 else "".join(letters)
		t = base[:spans[0].start()] + a + base[spans[k - 1].end():]
	t = " ".join(t.split())
	return (t, t, None) if any(ch.isalpha() for ch in t) else None


def k_truncated(rng, c, ix, desk):
	s = c["plain"]
	L = rng.randint(14, 28)
	if rng.random() < 0.55 and len(s) > L + 2:
		t = s[:L].rstrip(" ,.-&/")
	else:
		words = c["base"].split()
		if len(words) < 3:
			return None
		d = 2 if len(words) >= 5 and rng.random() < 0.3 else 1
		t = " ".join(words[:-d]).rstrip(" ,-&")
	if slug(t) in (slug(c["base"]), slug(s)) or not content(t):
		return None
	return t, t, None


def k_reorder(rng, c, ix, desk):
	head, core = c["head"], c["core"]
	if head and not c["after"]:
		t = core + rng.choice([", ", " - ", " "]) + head
	elif head:
		t = head + " " + core
	else:
		m = re.search(r" (y|e|&) ", core)
		if not m:
			return None
		t = core[m.end():] + m.group() + core[:m.start()]
	if c["legal"] and rng.random() < 0.4:
		t += " " + c["legal"]
	return t, t, None


def k_and(rng, c, ix, desk):
	s = c["plain"]
	m = re.search(r" (y|e|&|and) ", s)
	if not m:
		return None
	alt = {"y": [" & ", " and ", " "], "e": [" & ", " "],
		"&": [" y ", " and ", " "] if c["reg"] != "BR" else [" e ", " "],
		"and": [" & "]}[m.group(1)]
	t = s[:m.start()] + rng.choice(alt) + s[m.end():]
	return t, t, None


def k_article(rng, c, ix, desk):
	t = drop_articles(rng, c["base"])
	if not t:
		return None
	if c["legal"] and rng.random() < 0.5:
		t += " " + c["legal"]
	return t, t, None


def k_prefix(rng, c, ix, desk):
	tag = rng.choice(TAGS[lang(desk)]).replace("{d}", desk).replace(
		"{n}", str(rng.randint(1000, 99999)))
	s = c["plain"] if rng.random() < 0.6 else c["name"]
	return tag + " " + s, s, None


def k_branch(rng, c, ix, desk):
	if c["vert"] in ("chain", "municipality", "notary", "parish"):
		return None
	s = c["base"] if rng.random() < 0.5 else c["plain"]
	t = s + qualifier(rng, c["reg"])
	return t, t, None


def k_person(rng, c, ix, desk):
	ct = c["contacts"][0] if rng.random() < 0.6 else rng.choice(c["contacts"])
	first, last = ct["firstname"], ct["lastname"]
	l1 = last if last.startswith(("da ", "dos ")) else last.split()[0]
	title = title_for(c, first)
	firm = c["base"]
	if rng.random() < 0.6:
		p = rng.choice([first + " " + l1, first + " " + last,
			title + " " + first + " " + last, title + " " + l1])
		t = rng.choice(["%s - %s", "%s (%s)", "%s / %s", "%s (%s)"])
		t = t % ((p, firm) if t.startswith("%s -") or rng.random() < 0.5
			else (firm, p))
		return t, firm, None
	p = rng.choice([first + " " + l1, first + " " + last,
		title + " " + first + " " + last])
	return p, p, "alone"


def k_spelling(rng, c, ix, desk):
	t = respell(rng, c["plain"])
	return (t, t, None) if t else None


def k_phonetic(rng, c, ix, desk):
	t = by_ear(rng, c["plain"], c["reg"])
	return (t, t, None) if t else None


def k_city(rng, c, ix, desk):
	t = city_short(rng, c["plain"], c["town"])
	return (t, t, None) if t else None


def k_mixed(rng, c, ix, desk):
	inner = rng.choice([k_abbr, k_truncated, k_reorder, k_suffix, k_accent,
		k_branch, k_article, k_spelling, k_city])
	r = inner(rng, c, ix, desk)
	if not r:
		return None
	t = typo(rng, r[0], desk) if rng.random() < 0.5 else recase(rng, r[0])
	return (t, t, None) if t else None


KINDS = {"exact": k_exact, "case": k_case, "accent": k_accent,
	"suffix": k_suffix, "typo": k_typo, "two typos": k_two,
	"typo+case": k_typo_case, "abbreviation": k_abbr, "acronym": k_acronym,
	"truncated": k_truncated, "reorder": k_reorder, "and": k_and,
	"article": k_article, "prefix": k_prefix, "branch": k_branch,
	"person": k_person, "spelling": k_spelling, "phonetic": k_phonetic,
	"city short": k_city, "mixed": k_mixed}
WEIGHTS = (("exact", 9), ("case", 7), ("accent", 9), ("suffix", 10),
	("typo", 8), ("two typos", 4), ("typo+case", 3), ("abbreviation", 7),
	("acronym", 3), ("truncated", 6), ("reorder", 4), ("and", 3),
	("article", 4), ("prefix", 4), ("branch", 5), ("person", 5),
	("spelling", 3), ("phonetic", 3), ("city short", 2), ("mixed", 6))


def original(c, f):
	"""The word of c's name that folds to f, as the name spells it."""
	for w in re.findall(r"\w+", c["plain"]):
		if fold(w).lower() == f:
			return w
	return f.title()


def other_head(rng, c):
	"""A trade word of another vertical in c's language."""
	vs = [v for v, _, _ in VERTS if v not in (c["vert"], "chain",
		"municipality", "notary", "law")]
	while True:
		ts = T[rng.choice(vs)]
		t = rng.choice(ts.get(c["reg"]) or ts[LANG[c["reg"]]])
		head, _, after = split_template(t)
		if head and "{" not in head and head.split()[-1] not in ARTICLES:
			return head, after


def places(c):
	return set(content(" ".join(x for x in (c["town"], c["nbh"]) if x)))


def rarest(ix, i, c):
	"""The rarest word of the name's core that is not a place nor a first
	name."""
	firsts = set(content(" ".join(p[0] for p in c["people"])))
	ts = [w for w in content(c["core"]) if w.isalpha() and len(w) >= 4 and
		w not in places(c) | firsts and w in ix.post]
	return min(ts, key=lambda w: (len(ix.post[w]), w)) if ts else None


# Impostors: each returns (typed, names to check, persons to check).
def i_rare(rng, g):
	i = rng.randrange(len(g.custs))
	c = g.custs[i]
	w = rarest(g.ix, i, c)
	if not w:
		return None
	head, after = other_head(rng, c)
	t = original(c, w) + " " + head if after else head + " " + original(c, w)
	forms = LEGAL[c["reg"]][0]
	if rng.random() < 0.3:
		t += " " + rng.choice(SPELLINGS[rng.choice(forms)[0]])
	return t, [t], []


def i_namesake(rng, g):
	"""The customer's shape in a town the MSP does not serve: its own town
	swapped for that one, or its rarest word kept beside another."""
	i = rng.randrange(len(g.custs))
	c = g.custs[i]
	town = rng.choice(FOREIGN)
	if c["town"] and c["town"] in c["base"] and rng.random() < 0.7:
		t = c["base"].replace(c["town"], town)
		rest = c["base"].replace(c["town"], "")
		if not g.ix.honest(rest, i):	# no other customer is the rest
			return None
		return t, [t], []
	w = rarest(g.ix, i, c)
	if not w or not c["head"]:
		return None
	pool = FANCY_PT if c["reg"] == "BR" else FANCY_ES
	new = rng.choice([x for x in pool if not set(content(x)) &
		g.ix.sets[i]] or pool)
	mid = original(c, w) + " " + new
	s = mid + " " + c["head"] if c["after"] else c["head"] + " " + mid
	t = s + (" (%s)" % town if rng.random() < 0.5 else " - " + town)
	return t, [t, s], []


def i_surname(rng, g):
	i = rng.randrange(len(g.custs))
	c = g.custs[i]
	if not c["surs"]:
		return None
	s = rng.choice(c["surs"])
	if rng.random() < 0.5:
		head, after = other_head(rng, c)
		t = s + " " + head if after else head + " " + s
		return t, [t], []
	first, _, fem = person(rng, c["reg"])
	p = first + " " + s
	t = rng.choice([p, ("Dra. " if fem else "Dr. ") + p,
		("Lic. " if c["reg"] != "BR" else "Sr. ") + p])
	return t, [t], [p]


def i_shape(rng, g):
	reg = pick(rng, [r for r, _ in REGIONS], REG_CUM)
	vert = pick(rng, [v for v, _, _ in VERTS if v not in ("municipality",
		"notary")], cumulate([w for v, w, _ in VERTS if v not in (
		"municipality", "notary")]))
	ts = T[vert].get(reg) or T[vert][LANG[reg]]
	head, core, after = split_template(rng.choice(ts))
	fill = Fill(rng, reg, g.brands)
	t = base_of(re.sub(r"\{(\w+)\}", fill, head),
		re.sub(r"\{(\w+)\}", fill, core), after)
	if name_key(t) in g.keys:
		return None
	return t, [t], [first + " " + last for first, last, _ in fill.people]


def i_chain(rng, g):
	reg = pick(rng, [r for r, _ in REGIONS], REG_CUM)
	brand = rng.choice(g.brands[reg])
	places = {slug(c["nbh"] or "") for c in g.custs if c["brand"] == brand}
	opts = [p for p in NBH[reg] + CITY[reg] if slug(p) not in places]
	t = brand + rng.choice([" ", " - ", " "]) + rng.choice(opts)
	return t, [t], []


def i_staff(rng, g):
	desk = rng.choice(DESKS)
	tech = rng.choice(TECHS[desk])
	t = rng.choice(["%s (%s)" % (tech, MSP), MSP + " - pruebas",
		MSP + " interno", tech.split()[0] + " - " + MSP, "Soporte " + MSP,
		"%s-%s-LT%02d" % (MSP_TAG, desk, rng.randint(1, 12)),
		"Capacitación " + MSP, MSP + " " + desk])
	return t, [t], [tech] if tech in t else [], desk


def i_personal(rng, g):
	reg = pick(rng, [r for r, _ in REGIONS], REG_CUM)
	first, last, fem = person(rng, reg)
	l1 = last if last.startswith(("da ", "dos ")) else last.split()[0]
	p = first + " " + l1
	if reg == "BR":
		t = rng.choice(["%s %s (pessoal)" % (first, last), "Residência " + l1,
			p + " - casa", "Família " + l1, p, "Sra. " + p if fem else
			"Sr. " + p])
	else:
		t = rng.choice(["%s %s (particular)" % (first, last), p + " - casa",
			"Casa " + l1, "Familia " + last, first + " - laptop personal",
			p, ("Sra. " if fem else "Sr. ") + first + " " + last])
	who = [x for x in (first + " " + last, p, first) if x in t]
	return t, [t], who[:1] or [l1]


VENDOR = {"es": W("Proveedor de internet|Técnico de impresoras|"
	"Distribuidor de licencias|Proveedor de telefonía IP|"
	"Soporte del fabricante|Mayorista de cómputo|Auditoría externa"),
	"pt": W("Provedor de internet|Técnico da impressora|"
	"Fornecedor de software|Telefonia IP - fornecedor|Auditoria externa|"
	"Suporte do fabricante")}


def i_vendor(rng, g):
	desk = rng.choice(DESKS)
	if rng.random() < 0.4:
		t = coined(rng) + " " + rng.choice(["Telecom", "Mayorista", "Cloud",
			"Datacenter", "Distribuidora"])
	else:
		t = rng.choice(VENDOR[lang(desk)])
	return t, [t], [], desk


IMPS = {"impostor: rare word": i_rare, "impostor: namesake": i_namesake,
	"impostor: same surname": i_surname, "impostor: same shape": i_shape,
	"impostor: chain branch": i_chain, "impostor: own staff": i_staff,
	"impostor: personal": i_personal, "impostor: vendor": i_vendor}
IMP_WEIGHTS = (("impostor: rare word", 20), ("impostor: namesake", 12),
	("impostor: same surname", 15), ("impostor: same shape", 12),
	("impostor: chain branch", 8), ("impostor: own staff", 10),
	("impostor: personal", 15), ("impostor: vendor", 8))


def by_kind(n, weights, make):
	"""Exact counts per kind by largest remainder; make(kind) -> row."""
	total = sum(w for _, w in weights)
	raw = [(k, n * w / total) for k, w in weights]
	counts = {k: int(x) for k, x in raw}
	left = n - sum(counts.values())
	for k, x in sorted(raw, key=lambda kx: (int(kx[1]) - kx[1], kx[0]))[:left]:
		counts[k] += 1
	rows = []
	for k, _ in weights:
		for _ in range(counts[k]):
			r = make(k)
			if r:
				rows.append(r)
	return rows


class G:
	pass


def other_desk(rng, desk):
	return desk if rng.random() < 0.8 else rng.choice(
		[d for d in DESKS if d != desk])


def real_row(rng, g, kind):
	tries = 0
	for _ in range(2000):
		i = pick(rng, range(len(g.custs)), g.cum)
		c = g.custs[i]
		desk = other_desk(rng, c["desk"])
		r = KINDS[kind](rng, c, g.ix, desk)
		if not r:
			continue
		tries += 1
		if tries > 60:
			break
		typed, core, alone = r
		typed = scr.clean(typed)
		if not typed or (kind != "exact" and typed == c["name"]):
			continue
		if not g.ix.honest(core, i):
			continue
		if alone and not g.ix.person_ok(core, i):
			continue
		return typed, i, kind, desk
	return c["name"], i, "exact (fallback)", c["desk"]


def imp_row(rng, g, kind):
	for _ in range(60):
		r = IMPS[kind](rng, g)
		if not r:
			continue
		typed, names, people = r[:3]
		desk = r[3] if len(r) > 3 else rng.choice(DESKS)
		if all(g.ix.honest(x, None) for x in names) and \
				all(g.ix.person_ok(p, None) for p in people):
			return scr.clean(typed), None, kind, desk
	return None


def unknown(rng):
	r = rng.random()
	if r < 0.6:
		return "DESKTOP-" + "".join(rng.choice(ALNUM) for _ in range(7))
	if r < 0.8:
		return "LAPTOP-" + "".join(rng.choice(ALNUM) for _ in range(5))
	reg = rng.choice(sorted(MALE))
	return slug(rng.choice(MALE[reg] + FEMALE[reg]).split()[0]).title() + \
		"-PC"


def machine(rng, g, row, roles, pool):
	_, i, kind, desk = row
	if i is not None:
		r = rng.random()
		if r < 0.8:
			return rng.choice(g.custs[i]["assets"])["name"]
		if r < 0.84:
			return rng.choice(pool)
		return unknown(rng)
	if kind == "impostor: own staff":
		return "%s-%s-LT%02d" % (MSP_TAG, desk, rng.randint(1, 12))
	if rng.random() < 0.15:
		return rng.choice(roles)
	return unknown(rng)


def main():
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random("blind12:" + seed)
	g = G()
	g.custs, g.cum, g.brands, g.keys = population(rng, ncust)
	g.ix = Index(g.custs)
	nimp = int(round(nnames * 0.16))
	real = by_kind(nnames - nimp, WEIGHTS, lambda k: real_row(rng, g, k))
	imps = by_kind(nimp, IMP_WEIGHTS, lambda k: imp_row(rng, g, k))
	for _ in range(4 * (nimp - len(imps))):	# top up with private callers
		if len(imps) < nimp:
			imps += [r for r in [imp_row(rng, g, "impostor: personal")] if r]
	rows = real + imps
	rng.shuffle(rows)
	roles = sorted(scr.asset_names(g.custs) & set(ROLES_ES + ROLES_PT)) or \
		["SERVIDOR"]
	pool = [a["name"] for c in g.custs[:2000] for a in c["assets"]]
	pick_m = lambda row: machine(rng, g, row, roles, pool)  # noqa: E731
	scr.write_desk_set(rng, out, g.custs, rows, pick_m, TECHS,
		("blind12", seed, 1799500000, 1213, 70))


if __name__ == "__main__":
	main()
