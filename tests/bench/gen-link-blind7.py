#!/usr/bin/python3
# gen-link-blind7.py NCUST NNAMES SEED OUTDIR - the seventh held-out
# benchmark for sdc-link (issue #14, session 6): an MSP of Latin Europe -
# French, Spanish, Italian and Portuguese customers in one Syncro account
# and one ScreenConnect - named as technicians really type them in
# ScreenConnect session names.  Written by a helper that tunes nothing,
# without reading the other generators' word lists or noise code; the
# tuners never see this file nor its output; the lead runs it once at the
# end of session 6; only aggregates are reported.  Python stdlib only; the
# same SEED gives the same files.
#
# Why this population: blind3 (UK/AU/CA registries), blind4 (a US MSP with
# a European fifth), blind5 (US small business, non-profits, franchises)
# and blind6 (a German/Dutch Systemhaus) leave out the Romance languages.
# They break other assumptions than German does: articles and prepositions
# inside names that a technician drops ("Pharmacie du Centre", "Ayuntamiento
# de Reus", "Comune di Bra"), elided articles glued or split ("L'Étoile",
# "Sant'Anna", "Mairie d'Agde"), accents on many words (é è à ñ ç ã õ ì)
# typed, dropped or - in Italy - written as an apostrophe ("Mondovi'"),
# "et"/"y"/"e"/"i" for "&", legal forms of dotted letters (S.L., S.L.U.,
# S.r.l., S.n.c., S.a.s., S.p.A., Lda., Unipessoal Lda., SARL, SELARL) and
# some before the name (SCP, SCI, ASD), Italian sole traders named surname
# first ("Rossi Mario"), Spanish double surnames ("Farmacia Ortega Soler")
# of which one is typed, public bodies typed by their acronyms (IES, CEIP,
# IC, CM, JF, EB, CCAS), desk shorthand (Ets, Sté, Hnos., F.lli, Ayto.) and
# near-namesakes across and within languages (Rossi/Russo/Rosso,
# Ferreira/Pereira, Giménez/Jiménez).  MSPs of this size often share one
# PSA/RMM tenant across country desks after a merger, so a French desk
# types Spanish names and the other way round.
#
# Writes OUTDIR/customers.json (id, business_name, contacts [id, firstname,
# lastname, email], assets [id, name]), names.tsv (typed TAB true id or ""
# TAB noise kind TAB machine), sessions.jsonl (the machine left blank: the
# name is the only evidence) and sessions-machine.jsonl (the machine where
# sdc-sc2jsonl puts it: segment content "Connected to machine: NAME";
# session_type Access on an asset, Support otherwise), through the shared
# writer screenconnect_record.py.
#
# Where the shapes come from (learnt, not copied; every word below was
# written for this file, no public list was taken in):
#  - French legal forms and where they stand: Code de commerce art.
#    R123-238 (french-business-law.com: SNC, SARL, SA, SAS, SCA "immediately
#    preceded or followed by" the name), urssaf.fr "Choosing a legal setup"
#    and frenchbusinessadvice.com (EURL, SASU, SCI, SCOP); a greffe filing
#    on doctrine.fr (RCS names in capitals without accents: "FAURE SAVOIE")
#    - so some French customers are stored in capitals as imported.
#  - Spanish forms: guidetobusinessinspain.com "Forms of business
#    enterprise" (S.A., S.L./S.R.L., S.L.P.), roseandclavel.com (S.L.U.),
#    student-notes.net ("y Compañía" in a partnership's name); the RAE
#    "Lista de abreviaturas" (rae.es: truncation and contraction, Avda.,
#    Hnos., Cía.) for how Spaniards shorten words; Wikipedia "Spanish
#    naming customs" via piglix.com (two surnames, the first used alone,
#    "y"/"e" joining them).
#  - Italian forms: studiomnn.it and fattura24.com "ragione sociale" (S.s.,
#    S.n.c., S.a.s. with a partner's name, S.r.l., S.r.l.s., S.p.A., STP),
#    oknotai.it ("Interventi edili di Mario Rossi S.n.c."), the Ticino
#    registry guide (fondounimpresa.ti.ch: "Macelleria al Ponte di Rossi
#    Giuseppe" - the sole trader's surname first).
#  - Portuguese forms: registo.justica.gov.pt "Rules on composing company
#    names" (S.A. at the end, partner names, acronyms), lvpadvogados.com and
#    newco.pro (Lda., Limitada, Unipessoal Lda., "e Companhia").
#  - Schools: eurydice.eacea.ec.europa.eu and winenfood.com on the Spanish
#    IES (typed as its acronym) and colegios; the same habit for the
#    Italian IC, the Portuguese EB/AE and the French collège/lycée.
#  - Accents: Wikipedia "Grave accent" (futurestarr.com copy: Italian
#    typists write "E'" for È), dizionario-italiano.it "Problemi di
#    accentazione", zaerl.com "The WhyUPLUSC388 curse" (PERCHE', PERCHè) -
#    so Italian final accents are typed as an apostrophe or dropped.
#  - Keyboards: likelytypo.com "QWERTY, AZERTY and QWERTZ layout typos"
#    and The Local France via briefly.co (AZERTY swaps A/Q and Z/W, M beside
#    L: "q auick piwwq" when the layout is switched); the Spanish,
#    Italian and Portuguese layouts keep QWERTY letters with Ñ, Ò/À/Ù or Ç
#    right of L.  Slip kinds and shares as blind5/blind6 took them from
#    Wikipedia (de) "Tippfehler" and Dhakal et al. (2018, CHI).
#
# The customers (NCUST): France 35%, Spain 30%, Italy 22%, Portugal 13%.
# Verticals per country (weights in VERTICALS below): dental and medical
# practices, pharmacies (one shape per town: "Pharmacie du Centre",
# "Farmacia San Marco"; in Spain the pharmacist's two surnames), notaries
# and lawyers (partner names: "SCP Fabre, Roux et Vidal", "Studio Legale
# Associato Bruno Ferri"), accountants and gestorías, trades and family
# firms ("Ets Garcia Plomberie", "Hermanos Gil", "F.lli Greco S.n.c.",
# "Construções Pinto & Filhos, Lda."), small manufacturers and hauliers,
# property agencies, town halls ("Mairie de", "Ayuntamiento de"/"Ajuntament
# de", "Comune di", "Câmara Municipal de", "Junta de Freguesia de"),
# schools, associations and clubs, hotels and restaurants.  A legal form on
# about half (55% of 5,000 customers at seed 1); 43% of the names carry an
# accent.  Storage: 15% of French names in capitals without accents (a
# registry import), 5% of Spanish and Portuguese names without accents, 8%
# of Italian names with an apostrophe for a final accent.  Names are unique
# once case, accents, punctuation, spaces, "&"/"et"/"y"/"e"/"i", a
# leading article and legal forms are set aside; a drawn name already taken
# is drawn again (small shapes - a town's pharmacy, its town hall - fill
# up and give way to others).  Words repeat on purpose: ~40 towns, ~20
# brand words and a few saints per country, trade words; surnames (80 per
# country, near-namesakes side by side) are rarer.  Contacts: 1-4, the
# first the principal (the dentist of "Cabinet Dentaire Dr Roux" is a
# Roux); mail at the firm's own domain 55%, a public mailbox otherwise
# (orange.fr, free.fr, telefonica.net, libero.it, sapo.pt...).  Assets:
# log-normal, median 4 (town halls, schools, manufacturers three times
# more), at most 80; per customer one scheme: "<INITIALS>-PC01" 50%
# (prefixes collide across customers 30% of the time), Windows'
# DESKTOP-XXXXXXX 25%, role names 25% in the customer's language
# (ACCUEIL, SECRETARIAT, RECEPCION, MOSTRADOR, SEGRETERIA, CASSA,
# RECECAO, BALCAO; a server SERVEUR/SERVIDOR/SERVER) shared by many
# customers; user machines (PC-MARTINE, PORTATIL-CARMEN, NB-GIULIA) for a
# third.  At seed 1 with 5,000 customers (1,773 French, 1,491 Spanish,
# 1,124 Italian, 612 Portuguese) the median customer has 6 assets and 6%
# of the machine names belong to more than one customer.
#
# The names (NNAMES): 85% real customers, drawn in proportion to (1 +
# assets)^0.7, 15% impostors, as in the issue's benchmark.  Each session
# is named by the customer's country desk 85% of the time, by another
# desk 15% (that technician types without the accents 60% of the time,
# see "accent").  Real kinds, exact counts (largest remainder) from these
# weights - an assumption: the issue's kinds at about its shares, with
# what these languages add (accent, article, prefix) a fifth because most
# names carry an accent or an article: exact 8, case 6 (lower 60%,
# capitals 30%, every word capitalised 10%), suffix 9 (legal form dropped
# 65%, written another way 35%: "SL", "Srl", "LDA", "S.A.R.L."), accent 10
# (a name stored without accents typed with them 80% of the time; else an
# Italian final accent as an apostrophe 30% of Italian names, then all
# accents dropped 65%, one dropped 20%, grave for acute or back 15%),
# article 5 (an article or preposition dropped 80% - always before a town
# -, "L'Étoile"/"d'Agde" glued, split or cut, "de la" for "du"), and 4
# ("&" <-> "et"/"y"/"e"/"i", "e Hijos" <-> "& Hijos"), reorder 5 (an
# Italian sole trader's name turned, partners swapped, the descriptor
# put after the name, the town put first), truncated 9 (leading words,
# the town dropped, the first partner or first surname only, cut at a
# field width), abbreviation 12 (acronyms of public bodies IES/CEIP/IC/
# CM/JF/EB/AE/CCAS/ASD and their expansions, shorthand Ets/Sté/Hnos./
# F.lli/Ayto./Cía./Dott./Me, initials of a firm's partners, initials of
# the descriptor before the name), prefix 4 (a descriptor dropped or a
# desk word added: "Ets", "Sté", "Ditta", "Empresa"), person 5 (a contact:
# "Me Fabre", "Dott. Rossi", "Carmen - Ortega Soler", "Carmen Ortega",
# in Italy surname first "Rossi Giulia"), typo 9,
# typo+accent 4, typo+case 3, two typos 4, mixed 6 (a short form -
# truncated, abbreviated, article or prefix - with a typo 40%, an accent
# change 30% or a case change 30%).  A kind that does not apply (no legal
# form, no accent, no "&") is drawn on another customer.  Typos on the
# desk's keyboard (AZERTY for the French desk, Spanish/Italian/Portuguese
# QWERTY otherwise): a neighbour key 35%, two letters swapped 25%, a letter
# dropped 22%, a letter doubled or a neighbour added 18%, a word's first
# letter spared 90%; on AZERTY one slip in twenty is the A/Q or Z/W layout
# swap.
# Labels stay honest: a typed name whose key (as for uniqueness above) is
# another customer's, or one slip (OSA distance 1) from another customer's
# key, is drawn again; nearer rivals at distance 2 ("Russo" typed for the
# firm "Rossi") are left, as in life.  A short form keeps a word that is
# not a trade, descriptor, article or form word ("Farmacia" alone is never
# the answer).  A row with no honest name in 300 draws becomes a
# customer's exact name, labelled "exact"; seed 1 needs none at 5,000 or
# 50,000 customers.
#
# Impostors (not customers): "impostor: rare word" 30% (a customer's
# rarest word in another trade: "Boulangerie Garrigue" beside "Cabinet
# Médical de la Garrigue"), "impostor: same shape" 20% (a customer's name
# with another surname or town the list also uses), "impostor: namesake"
# 15% (Russo for Rossi, Pereira for Ferreira, Jiménez for Giménez),
# "impostor: neighbour town" 15% (a town hall, school or pharmacy shape in
# a town the MSP does not serve in that shape), "impostor: internal" 12%
# (Test, PC perso, Prueba, Casa, Prova, Formação, a trade fair),
# "impostor: person" 8% (a private caller: "Mme Durand particulier",
# "Sr. Gómez casa").  An impostor whose key is a customer's, one slip from
# one, or whose words are a subset or superset of one customer's words is
# drawn again; a fifth get a case change or a typo.
#
# Machines (sessions-machine.jsonl), assumed shares as in blind4-6 (the
# RMM agent installs ScreenConnect, so most work is on a managed PC): real
# - one of the customer's assets 72%, a new machine Syncro does not know
# 12% (in the customer's prefix scheme when it has one), a Support session
# on the caller's own device 8% ("MacBook-Pro-de-Marie", "PC-Luca"), no
# name 5%, an asset Syncro lists under another customer 3%.  Impostors -
# an unknown DESKTOP- name 45%, a role name some customers own 25%, a
# caller's device 15%, no name 15%.  At seed 1 with 5,000 customers: 49% of
# the real sessions are on a machine only their customer owns, 24% on one
# several customers own (their own among them), 5.1% on another customer's.
#
# Speed: seed 1 takes 1 s for 5,000 customers and 2,000 names; 12 s wall
# (9 s CPU, load 2.5) and 410 MB for 50,000 customers and 10,000 names.
import hashlib
import math
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import screenconnect_record as scr  # noqa: E402

COUNTRIES = (("fr", 35), ("es", 30), ("it", 22), ("pt", 13))

# -- words (written for this file) -----------------------------------------

TOWNS = {
	"fr": "Sète Béziers Narbonne Perpignan Montpellier Nîmes Agde Lunel Alès "
	"Uzès Céret Prades Lodève Pézenas Frontignan Mèze Ganges Millau Rodez "
	"Albi Castres Carcassonne Limoux Quillan Gruissan Leucate Elne Thuir "
	"Rivesaltes Sérignan Vias Gignac Lattes Pérols Mauguio Sommières "
	"Vauvert Orange Arles Istres".split(),
	"es": "Girona Figueres Olot Vic Manresa Reus Tarragona Lleida Castellón "
	"Vila-real Sagunto Gandía Alcoy Elche Orihuela Lorca Cartagena Murcia "
	"Almería Motril Jaén Úbeda Linares Cuenca Teruel Huesca Jaca Tudela "
	"Logroño Calahorra Segovia Ávila Cáceres Mérida Badajoz Plasencia "
	"Talavera Toledo Getafe Alcañiz".split(),
	"it": "Torino Cuneo Asti Alba Bra Savona Imperia Sanremo Genova Chiavari "
	"Rapallo Sarzana Novara Vercelli Biella Ivrea Pinerolo Chieri "
	"Moncalieri Alessandria Tortona Acqui Ventimiglia Albenga Varazze "
	"Savigliano Fossano Mondovì Saluzzo Carmagnola Rivoli Collegno Chivasso "
	"Aosta Cantù Forlì Lodi Lecco Como Voghera".split(),
	"pt": "Porto Braga Guimarães Barcelos Famalicão Matosinhos Maia Gaia "
	"Gondomar Valongo Paredes Penafiel Amarante Felgueiras Lousada Chaves "
	"Bragança Mirandela Lamego Viseu Aveiro Ovar Espinho Trofa Fafe Vizela "
	"Caminha Valença Monção Amares Esposende Melgaço Tondela Ílhavo Águeda "
	"Murtosa Sátão Mangualde Arouca Baião".split(),
}

SURNAMES = {
	"fr": "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy "
	"Moreau Simon Laurent Lefèvre Lefebvre Michel Garcia Bertrand Roux "
	"Vincent Fournier Morel Girard André Mercier Dupont Dupond Lambert "
	"Bonnet François Legrand Garnier Faure Rousseau Roussel Blanc Guérin "
	"Henry Perrin Morin Mathieu Clément Gauthier Dumont Fontaine Chevalier "
	"Robin Masson Boyer Lemaire Duval Joly Roche Meunier Marchand Dufour "
	"Blanchard Barbier Brun Dumas Brunet Leroux Renard Arnaud Renaud "
	"Caron Giraud Leclerc Leclercq Vidal Fabre Pons Marty Rivière Bousquet "
	"Cabanel Séguier Azéma Fabregat Pujol Castan Roques".split(),
	"es": "García Martínez López Sánchez González Gómez Fernández Moreno "
	"Jiménez Giménez Hernández Ruiz Díaz Álvarez Muñoz Romero Gutiérrez "
	"Alonso Navarro Torres Domínguez Ramos Vázquez Ramírez Gil Serrano "
	"Molina Blanco Suárez Castro Ortega Delgado Ortiz Marín Rubio Núñez "
	"Medina Sanz Sáez Castillo Iglesias Cortés Garrido Guerrero Lozano Cano "
	"Méndez Prieto Herrera Peña León Márquez Cabrera Gallego Calvo Campos "
	"Vega Fuentes Carrasco Caballero Aguilar Nieto Pascual Herrero Montero "
	"Hidalgo Ibáñez Ferrer Soler Puig Roca Font Vila Pujades Casas Serra "
	"Ribas Bosch Sala Vallejo Benítez Llorens Segarra".split(),
	"it": "Rossi Russo Rosso Ferrari Ferraro Esposito Bianchi Bianco Romano "
	"Colombo Ricci Marino Marini Greco Bruno Gallo Galli Conti Conte "
	"De Luca Mancini Costa Giordano Rizzo Rizzi Lombardi Lombardo Moretti "
	"Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferri Martini Leone "
	"Longo Gentile Martinelli Vitale Vitali Coppola De Santis D'Angelo "
	"Marchetti Parisi Villa Fabbri Grasso Grassi Valentini Gatti "
	"Pellegrini Pellegrino Farina Monti Cattaneo Morelli Amato Silvestri "
	"Mazza Testa Carbone Giuliani Benedetti Barone Caputo Montanari "
	"Guerra Palmieri Bernardi Fiore Bellini Riva Donati Sartori Neri "
	"Milani Negri Bertola Giraudo Olivero".split(),
	"pt": "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins "
	"Jesus Sousa Souza Fernandes Gonçalves Gomes Lopes Marques Alves Almeida "
	"Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Antunes "
	"Soares Vieira Monteiro Cardoso Rocha Neves Coelho Cunha Pires Ramos "
	"Ramalho Reis Simões Matos Fonseca Machado Araújo Barbosa Tavares "
	"Lourenço Castro Figueiredo Azevedo Freitas Sá Magalhães Brandão Faria "
	"Leite Barros Macedo Fontes Amaral Brito Campos Pacheco Queirós Veloso "
	"Meireles Caldas Salgado Peixoto Quintas Sampaio Torres Leal Mota "
	"Valente Abreu Moura".split(),
}
# D'Angelo, De Luca, De Santis keep their space/apostrophe: one surname.
for c in ("it",):
	s = SURNAMES[c]
	i = 0
	while i < len(s) - 1:
		if s[i] in ("De",):
			s[i:i + 2] = [s[i] + " " + s[i + 1]]
		i += 1

NAMESAKE = {
	"Rossi": "Russo", "Russo": "Rossi", "Rosso": "Rossi", "Ferrari": "Ferrara",
	"Ferraro": "Ferrari", "Bianchi": "Bianco", "Bianco": "Bianchi",
	"Marino": "Martino", "Marini": "Mariani", "Galli": "Gallo",
	"Gallo": "Galli", "Conti": "Conte", "Conte": "Conti", "Rizzo": "Rizzi",
	"Lombardi": "Lombardo", "Grasso": "Grassi", "Pellegrini": "Pellegrino",
	"Vitale": "Vitali", "Ferreira": "Pereira", "Pereira": "Ferreira",
	"Sousa": "Souza", "Souza": "Sousa", "Ramos": "Ramalho",
	"Antunes": "Nunes", "Nunes": "Antunes", "Gomes": "Gómez",
	"Martins": "Martínez", "Giménez": "Jiménez", "Jiménez": "Giménez",
	"Sanz": "Sáez", "Sáez": "Sanz", "Font": "Fons", "Puig": "Puigdemont",
	"Lefèvre": "Lefebure", "Dupont": "Dumont", "Dumont": "Dupont",
	"Renaud": "Arnaud", "Arnaud": "Renaud", "Leclerc": "Leclair",
	"Rousseau": "Roussel", "Roussel": "Rousseau", "Blanc": "Blanchet",
	"Fabre": "Favre", "Roux": "Leroux", "Leroux": "Roux",
	"Martin": "Martini", "Garcia": "Garcès", "García": "Garcés",
	"Pujol": "Pujals", "Castan": "Castang", "Torres": "Tores",
}

FIRST = {
	"fr": "Jean Pierre Marie Sophie Nathalie Julien Thierry Céline Isabelle "
	"Laurent Éric Christophe Sandrine Hélène Benoît Aurélie Mathieu Chloé "
	"Martine Gérard Olivier Valérie".split(),
	"es": "Carmen Antonio José María Manuel Pilar Javier Lucía Jordi Montse "
	"Francisco Elena Sergio Raquel Núria Álvaro Marta Pablo Rocío Andrés "
	"Inés Ramón".split(),
	"it": "Mario Giuseppe Luca Giulia Francesca Marco Paolo Chiara Andrea "
	"Roberto Elena Alessandro Federica Stefano Silvia Davide Laura Matteo "
	"Simona Nicola Niccolò Ilaria".split(),
	"pt": "João Maria Ana José Manuel Rui Tiago Sofia Inês Pedro Carla Nuno "
	"Paulo Joana Luís Rita Filipe Catarina Vítor Helena Sérgio Conceição"
	.split(),
}

BRANDS = {
	"fr": "Horizon Azur Soleil Garrigue Cigale Mistral Tramontane Étoile "
	"Phare Roseraie Platanes Tilleuls Lavande Pins Calanque Arènes Oliviers "
	"Canigou Camargue Cévennes".split(),
	"es": "Sol Mediterráneo Levante Brisa Faro Olivo Palmeral Almendro "
	"Naranjo Estrella Aurora Sierra Roble Alhambra Moncayo Ebro Turia "
	"Montsant Garbí Tramuntana".split(),
	"it": "Aurora Stella Fenice Olimpia Vittoria Fortuna Ulivo Quercia "
	"Riviera Alpina Monviso Bellavista Lanterna Tanaro Langhe Roero Superga "
	"Gran Paradiso Polare Levante".split(),
	"pt": "Atlântico Horizonte Estrela Aurora Fénix Ribeira Douro Minho "
	"Lusitana Sereia Farol Castelo Gerês Marão Alvorada Sardão Cávado Lima "
	"Tâmega Rosa dos Ventos".split(),
}
for c in ("it", "pt"):	# two-word brands stay one token
	b = BRANDS[c]
	for pair in (("Gran", "Paradiso"), ("Rosa", "dos"), ("Rosa dos", "Ventos")):
		if pair[0] in b:
			i = b.index(pair[0])
			b[i:i + 2] = [b[i] + " " + b[i + 1]]

SAINTS = {
	"fr": ["Saint-Joseph", "Sainte-Marie", "Saint-Louis", "Saint-Michel",
		"Notre-Dame", "Saint-Roch", "Sainte-Thérèse"],
	"es": ["San José", "Santa María", "San Juan", "Virgen del Carmen",
		"San Fernando", "Santa Ana", "San Roque"],
	"it": ["San Marco", "San Giorgio", "Santa Rita", "San Giuseppe",
		"Sant'Anna", "San Francesco", "Santa Chiara"],
	"pt": ["São João", "Santa Maria", "São José", "Nossa Senhora",
		"Santo António", "São Bento", "Santa Luzia"],
}

PEOPLE = {	# school patrons
	"fr": ["Jean Moulin", "Victor Hugo", "Jules Ferry", "Marie Curie",
		"Jean Jaurès", "Paul Valéry", "Louis Pasteur", "Albert Camus",
		"Jean Macé", "Joliot-Curie", "Frédéric Mistral", "Georges Brassens"],
	"es": ["Miguel Hernández", "Antonio Machado", "García Lorca",
		"Juan Ramón Jiménez", "Rosalía de Castro", "Ramón y Cajal",
		"Severo Ochoa", "Cervantes", "Gabriel Miró", "Clara Campoamor",
		"Jaume I", "Pompeu Fabra"],
	"it": ["Galileo Galilei", "Alessandro Volta", "Enrico Fermi", "Dante "
		"Alighieri", "Giuseppe Mazzini", "Camillo Cavour", "Primo Levi",
		"Cesare Pavese", "Maria Montessori", "Edmondo De Amicis",
		"Guglielmo Marconi", "Giovanni Pascoli"],
	"pt": ["Camões", "Eça de Queirós", "Alexandre Herculano", "Sophia de "
		"Mello Breyner", "Fernando Pessoa", "Carolina Michaëlis", "Garcia "
		"de Orta", "Rodrigues de Freitas", "Aurélia de Sousa", "Infante D. "
		"Henrique", "Francisco Sanches", "Alberto Sampaio"],
}

# Words that never identify a customer on their own (besides the
# descriptors every template writes): articles, prepositions, "and".
ARTICLES = set("le la les l' du des de d' del el los las il lo dei della "
	"delle dell' degli di da do dos das o a os as al au aux un".split())
CONNS = {"&", "et", "y", "e", "i", "+", "and"}
TITLES = set("dr dr. dra. dra dott. dott doct. me maître avv. avv rag. "
	"ing. sr. sra. sig. sig.ra mme m. ldo. lda. d.".split())

FORMS = {
	"fr": ["SARL", "SAS", "SASU", "EURL", "SA", "SNC"],
	"es": ["S.L.", "S.L.", "S.L.U.", "S.A.", "S.L."],
	"it": ["S.r.l.", "S.r.l.", "S.n.c.", "S.a.s.", "S.p.A.", "S.r.l.s."],
	"pt": ["Lda.", "Lda.", "Unipessoal Lda.", "S.A.", "Lda."],
}
FORM_SPELLINGS = {
	"SARL": ["S.A.R.L.", "Sarl", "sarl"], "SAS": ["S.A.S.", "Sas", "sas"],
	"SASU": ["S.A.S.U.", "SAS", "Sasu"], "EURL": ["E.U.R.L.", "Eurl"],
	"SA": ["S.A.", "Sa"], "SNC": ["S.N.C.", "Snc"], "SELARL": ["Selarl",
	"SEL", "S.E.L.A.R.L."], "SCM": ["S.C.M.", "Scm"], "SCP": ["S.C.P."],
	"SCI": ["S.C.I.", "Sci"], "S.L.": ["SL", "S.L", "sl", "S.L.U."],
	"S.L.U.": ["SLU", "S.L.", "SL"], "S.A.": ["SA", "S.A", "sa"],
	"S.L.P.": ["SLP", "S.L.", "SL"], "S.r.l.": ["SRL", "Srl", "srl",
	"S.R.L."], "S.n.c.": ["SNC", "Snc", "snc", "s.n.c"], "S.a.s.": ["SAS",
	"Sas", "sas"], "S.p.A.": ["SpA", "SPA", "S.p.a."], "S.r.l.s.": ["Srls",
	"SRLS", "S.r.l."], "Lda.": ["Lda", "LDA", "Limitada", "Ltda"],
	"Unipessoal Lda.": ["Lda", "Unip. Lda", "Unipessoal", "LDA"],
	"STP": ["S.T.P.", "Stp"], "ASD": ["A.S.D.", "Asd"], "C.B.": ["CB"],
	"& C.": ["& C", "e C.", "& Co"], "S.A.S.": ["SAS"],
}
FORM_WORDS = set()
for f, alts in FORM_SPELLINGS.items():
	for x in [f] + alts:
		FORM_WORDS.add(x.lower().replace(".", ""))
FORM_WORDS |= {"unipessoal", "limitada", "ltda", "lda", "unip", "sl", "slu",
	"c", "co", "cia", "sarl", "stp"}

DESK_WORDS = {"fr": ["Ets", "Sté", "Société"], "es": ["Empresa", "Cía."],
	"it": ["Ditta", "Soc."], "pt": ["Empresa", "Firma"]}

# Abbreviations a desk writes: full descriptor -> short forms.
ABBR = {
	"fr": {"Établissements": ["Ets", "Ets."], "Société": ["Sté", "Ste"],
		"Cabinet": ["Cab.", "Cab"], "Pharmacie": ["Pharma", "Pharm."],
		"Cabinet Dentaire": ["Cab. Dent.", "CD"], "Cabinet Médical":
		["Cab. Med", "CM"], "Maître": ["Me"], "Docteur": ["Dr"],
		"Association": ["Asso", "Assoc."], "Groupe Scolaire": ["GS"],
		"Lycée Professionnel": ["LP", "Lycée Pro"], "Collège": ["Clg",
		"Coll."], "Expertise Comptable": ["EC", "Expert Compta"],
		"Immobilière": ["Immo"], "Électricité": ["Elec", "Élec"],
		"Transports": ["Transp.", "Tpts"], "Clinique Vétérinaire":
		["Clinique Véto", "Véto"], "Centre Communal d'Action Sociale":
		["CCAS"], "Maison de Santé": ["MSP", "Maison Santé"],
		"Office Notarial": ["Office Not.", "Étude"], "Restaurant": ["Resto"],
		"Plomberie": ["Plomb."], "Menuiserie": ["Menuis."]},
	"es": {"Ayuntamiento": ["Ayto.", "Ayto", "Aytmo."], "Hermanos":
		["Hnos.", "Hnos", "Hermanos"], "Compañía": ["Cía.", "Cia"],
		"Asesoría": ["Ases.", "Asesoria"], "Construcciones": ["Const.",
		"Construc."], "Instalaciones": ["Inst.", "Instal."],
		"Clínica Dental": ["Cl. Dental", "CD"], "Colegio": ["Col.",
		"Cole"], "Instituto de Educación Secundaria": ["IES", "Instituto"],
		"Centro de Educación Infantil y Primaria": ["CEIP"],
		"Club Deportivo": ["CD", "C.D."], "Transportes": ["Transp.",
		"Trans."], "Administración de Fincas": ["Adm. Fincas", "AAFF"],
		"Farmacia": ["Farm.", "Fcia."], "Distribuciones": ["Distrib.",
		"Dist."], "Fundación": ["Fund."], "Asociación": ["Asoc.", "Asoc"],
		"Ajuntament": ["Ajunt.", "Aj."], "Centro Médico": ["C. Médico",
		"CM"], "Restaurante": ["Rte.", "Rest."]},
	"it": {"Fratelli": ["F.lli", "Flli", "F.lli"], "Istituto Comprensivo":
		["IC", "I.C.", "Ist. Comprensivo"], "Istituto Tecnico Industriale":
		["ITIS", "ITI"], "Associazione Sportiva Dilettantistica": ["ASD"],
		"Farmacia": ["Farm."], "Studio Legale": ["St. Legale", "Legale",
		"SL"], "Studio Dentistico": ["St. Dentistico", "Dentista"],
		"Studio Associato": ["St. Associato", "Studio Ass."],
		"Ristorante": ["Rist.", "Ristor."], "Società": ["Soc."],
		"Autofficina": ["Officina", "Auto Officina"], "Liceo Scientifico":
		["Liceo Sc.", "LS", "Liceo"], "Comune di": ["Com.", "Comune"],
		"Trasporti": ["Trasp."], "Immobiliare": ["Immob.", "Imm."],
		"Poliambulatorio": ["Poliamb."], "Associazione": ["Ass.",
		"Assoc."], "Parrocchia": ["Parr."], "Dottor": ["Dott.", "Dr"]},
	"pt": {"Câmara Municipal": ["CM", "C.M.", "Câmara"],
		"Junta de Freguesia": ["JF", "J.F.", "Junta"], "Escola Básica":
		["EB", "E.B."], "Escola Secundária": ["ES", "Esc. Sec."],
		"Agrupamento de Escolas": ["AE", "Agrup."],
		"Santa Casa da Misericórdia": ["SCM", "Misericórdia"],
		"Construções": ["Const.", "Constr."], "Irmãos": ["Irm.", "Irmaos"],
		"Associação": ["Assoc.", "Ass."], "Contabilidade": ["Contab.",
		"Contab"], "Clínica Dentária": ["Cl. Dentária", "Clin Dent"],
		"Farmácia": ["Farm.", "Farmacia"], "Transportes": ["Transp."],
		"Restaurante": ["Rest."], "Serralharia": ["Serralh."],
		"Gabinete de Contabilidade": ["Gab. Contab.", "GC"]},
}

ROLES = {
	"fr": ["ACCUEIL", "SECRETARIAT", "COMPTA", "DIRECTION", "CABINET1",
		"CABINET2", "SALLE-SOINS", "BUREAU1", "CAISSE", "SERVEUR"],
	"es": ["RECEPCION", "ADMINISTRACION", "CONTABILIDAD", "CONSULTA1",
		"CONSULTA2", "MOSTRADOR", "OFICINA1", "CAJA", "SERVIDOR"],
	"it": ["SEGRETERIA", "AMMINISTRAZIONE", "RECEPTION", "UFFICIO1",
		"UFFICIO2", "CASSA", "AMBULATORIO", "SERVER"],
	"pt": ["RECECAO", "SECRETARIA", "CONTABILIDADE", "BALCAO", "GABINETE1",
		"GABINETE2", "CAIXA", "SERVIDOR"],
}
SHARED_SERVERS = ["NAS", "SRV-AD", "SERVER", "SERVIDOR", "SERVEUR"]
MAILS = {"fr": ["orange.fr", "free.fr", "wanadoo.fr", "laposte.net",
	"gmail.com", "sfr.fr"], "es": ["telefonica.net", "gmail.com",
	"hotmail.es", "yahoo.es"], "it": ["libero.it", "alice.it", "virgilio.it",
	"tiscali.it", "gmail.com"], "pt": ["sapo.pt", "gmail.com", "hotmail.com",
	"netcabo.pt"]}
TLD = {"fr": "fr", "es": "es", "it": "it", "pt": "pt"}
TECHS = {"fr": ["Julien", "Nadia", "Kevin"], "es": ["Marta", "Xavi",
	"Rubén"], "it": ["Luca", "Sara"], "pt": ["Tiago", "Beatriz"]}
DEVICE = {"fr": ["MacBook-Pro-de-{f}", "PC-{F}", "PORTABLE-{F}",
	"iPad-de-{f}"], "es": ["MacBook-Air-de-{f}", "PORTATIL-{F}", "PC-{F}"],
	"it": ["MacBook-di-{f}", "PC-{F}", "NB-{F}"], "pt": ["MacBook-de-{f}",
	"PORTATIL-{F}", "PC-{F}"]}
USERPC = {"fr": "PC-{F}", "es": "PORTATIL-{F}", "it": "NB-{F}",
	"pt": "PC-{F}"}
INTERNAL = {
	"fr": ["Test", "PC perso", "Maison", "Formation", "Salon pro", "Démo",
		"Stagiaire", "Atelier interne", "Test VPN"],
	"es": ["Prueba", "Casa", "Portátil personal", "Demo feria",
		"Formación", "Oficina interna", "Prueba VPN"],
	"it": ["Prova", "Casa", "PC personale", "Fiera", "Corso", "Ufficio "
		"interno", "Prova VPN"],
	"pt": ["Teste", "Casa", "Portátil pessoal", "Formação", "Feira",
		"Escritório interno"],
}
PRIVATE = {"fr": ["Mme {s} particulier", "M. {s} perso", "{f} {s} "
	"domicile"], "es": ["Sr. {s} particular", "Sra. {s} casa", "{f} {s} "
	"particular"], "it": ["Sig.ra {s} privato", "Sig. {s} casa",
	"{s} {f} privato"], "pt": ["Sr. {s} particular", "D. {f} {s} casa",
	"{f} {s} particular"]}
TOWN_SHAPES = {	# public shapes for "neighbour town" impostors
	"fr": ["Mairie de {w}", "Collège de {w}", "Pharmacie de {w}"],
	"es": ["Ayuntamiento de {w}", "Farmacia Centro {w}", "IES {w}"],
	"it": ["Comune di {w}", "Istituto Comprensivo {w}", "Farmacia "
		"Comunale {w}"],
	"pt": ["Câmara Municipal de {w}", "Junta de Freguesia de {w}",
		"Escola Básica de {w}"],
}
OTHER_TRADES = {	# for "rare word" impostors
	"fr": ["Boulangerie", "Boucherie", "Fleuriste", "Auto-école",
		"Coiffure", "Tabac Presse", "Camping"],
	"es": ["Panadería", "Carnicería", "Floristería", "Autoescuela",
		"Peluquería", "Estanco", "Bodega"],
	"it": ["Panificio", "Macelleria", "Fioreria", "Autoscuola",
		"Parrucchiere", "Tabaccheria", "Enoteca"],
	"pt": ["Padaria", "Talho", "Florista", "Escola de Condução",
		"Cabeleireiro", "Tabacaria", "Adega"],
}

# -- name templates ----------------------------------------------------------
# A template fills a list of parts (text, role); roles: d descriptor, a
# article, c connector, t title, s surname, f first name, w town, b brand,
# n saint, p patron, F legal form.  Only s f w b n p identify.


def P(role, text):
	return [(w, role) for w in text.split(" ")] if role in "datcF" \
		else [(text, role)]


class Gen:
	def __init__(self, rng, c):
		self.r, self.c = rng, c

	def S(self):
		return ("s", self.r.choice(SURNAMES[self.c]))

	def two(self):
		a = self.r.choice(SURNAMES[self.c])
		b = a
		while b == a:
			b = self.r.choice(SURNAMES[self.c])
		return a, b

	def W(self):
		return self.r.choice(TOWNS[self.c])

	def B(self):
		return self.r.choice(BRANDS[self.c])

	def ch(self, *xs):
		return self.r.choice(xs)


def place(g, prep, w):
	"""'de' + town, with elision in French ("d'Agde")."""
	if g.c == "fr" and prep == "de" and fold(w)[:1] in "aeiouh":
		return [("d'" + w, "w")]
	return P("a", prep) + [(w, "w")]


def fr_of(g, b=None):
	"""'du Mistral', 'des Platanes', "de l'Étoile" after a French word."""
	b = b or g.B()
	if b.endswith("s"):
		return P("a", "des") + [(b, "b")]
	if fold(b)[:1] in "aeiouh":
		return P("a", "de") + [("l'" + b, "b")]
	return P("a", "du") + [(b, "b")]


def fr_the(g, b=None):
	"""'Le Mistral', 'Les Pins', "L'Étoile"."""
	b = b or g.B()
	if b.endswith("s"):
		return P("a", "Les") + [(b, "b")]
	if fold(b)[:1] in "aeiouh":
		return [("L'" + b, "b")]
	return P("a", "Le") + [(b, "b")]


def fr_name(g, v):
	r, ch = g.r, g.ch
	form, front = "", ""
	if v == "dental":
		p = P("d", "Cabinet Dentaire")
		if r.random() < 0.5:
			p += P("t", "Dr")
		a, b = g.two()
		p += [("s", a)] + ([("c", ch("et", "&")), ("s", b)]
			if r.random() < 0.3 else [])
		form = ch("SELARL", "SCM", "", "")
	elif v == "medical":
		k = r.random()
		if k < 0.4:
			p = P("d", "Cabinet Médical") + fr_of(g) + \
				([(g.W(), "w")] if r.random() < 0.5 else [])
		elif k < 0.7:
			p = P("d", "Maison de Santé") + place(g, "de", g.W())
		else:
			p = P("t", "Dr") + [(r.choice(FIRST["fr"]), "f"), g.S()]
		form = ch("SCM", "", "")
	elif v == "pharmacy":
		if r.random() < 0.7:
			p = P("d", "Pharmacie") + P("a", ch("du Centre", "de la Gare",
				"du Port", "de la Mairie", "des Halles")) + [(g.W(), "w")]
			p = [(t, "d" if t in ("Centre", "Gare", "Port", "Mairie",
				"Halles") else ro) for t, ro in p]
		else:
			p = P("d", "Pharmacie") + [g.S()]
		form = ch("SELARL", "SNC", "SARL", "", "")
	elif v == "notary":
		a, b = g.two()
		if r.random() < 0.5:
			front = "SCP"
			p = [("s", a), ("c", ch("et", "&", "-")), ("s", b)] + \
				P("d", ch("Notaires", "Notaires Associés"))
		else:
			p = P("d", "Office Notarial") + place(g, "de", g.W()) \
				if r.random() < 0.4 else P("d", "Étude") + P("a", "de") + \
				P("t", "Maître") + [("s", a)]
	elif v == "lawyer":
		a, b = g.two()
		if r.random() < 0.5:
			p = P("d", "Cabinet") + [("s", a)] + P("d", "Avocats")
		else:
			p = [("s", a), ("c", ch("&", "et")), ("s", b)] + \
				P("d", ch("Avocats", "Associés", "Avocats Associés"))
		form = ch("SELARL", "SCP", "", "")
	elif v == "accounts":
		k = r.random()
		if k < 0.4:
			p = P("d", "Cabinet") + [g.S()] + P("d", "Expertise Comptable")
		elif k < 0.7:
			p = [g.S()] + P("d", ch("Conseil", "Audit", "Gestion"))
		else:
			p = P("d", "Fiduciaire") + fr_of(g)
		form = ch("SARL", "SAS", "SA", "")
	elif v == "trades":
		k = r.random()
		t = ch("Plomberie", "Électricité", "Menuiserie", "Maçonnerie",
			"Chauffage", "Carrelage", "Peinture", "Toiture")
		if k < 0.35:
			p = P("d", "Établissements") + [g.S()] + P("d", t)
		elif k < 0.6:
			p = P("d", t) + [g.S()]
		elif k < 0.8:
			p = [g.S()] + P("d", ch("et Fils", "Frères", "& Fils"))
			p = [(x, "c" if x in ("et", "&") else ro) for x, ro in p]
		else:
			p = P("d", "Garage") + fr_of(g)
		form = ch("SARL", "EURL", "SAS", "SARL", "")
	elif v == "firm":
		k = r.random()
		if k < 0.35:
			p = P("d", ch("Transports", "Imprimerie", "Menuiserie "
				"Industrielle", "Chaudronnerie", "Distribution")) + [g.S()]
		elif k < 0.7:
			p = [(g.B(), "b")] + P("d", ch("Distribution", "Industrie",
				"Emballages", "Logistique", "Services"))
		else:
			p = [g.S()] + P("d", ch("Industrie", "Frères", "Négoce"))
		form = ch("SAS", "SARL", "SA", "SAS")
	elif v == "property":
		if r.random() < 0.5:
			front = "SCI"
			p = fr_the(g)
		else:
			p = P("d", "Agence Immobilière") + fr_of(g)
			form = ch("SARL", "")
	elif v == "town":
		w = g.W()
		p = P("d", "Mairie") + place(g, "de", w) if r.random() < 0.7 else \
			P("d", "Centre Communal d'Action Sociale") + place(g, "de", w)
	elif v == "school":
		k = r.random()
		if k < 0.45:
			p = P("d", ch("Collège", "Lycée", "Lycée Professionnel")) + \
				[(r.choice(PEOPLE["fr"]), "p")]
		elif k < 0.75:
			p = P("d", "Groupe Scolaire") + [(r.choice(PEOPLE["fr"]), "p")]
		else:
			p = P("d", "École") + [(r.choice(SAINTS["fr"]), "n")]
		if r.random() < 0.4:
			p += [(g.W(), "w")]
	elif v == "assoc":
		if r.random() < 0.5:
			p = P("d", "Association") + [(g.B(), "b")] + [(g.W(), "w")]
		else:
			p = P("d", ch("Rugby Club", "Football Club", "Union Sportive")) \
				+ [(g.W(), "w")]
	elif v == "hotel":
		p = P("d", ch("Hôtel", "Restaurant", "Camping")) + fr_the(g)
		form = ch("SARL", "SAS", "")
	else:	# vet
		p = P("d", "Clinique Vétérinaire") + fr_of(g)
		form = ch("SELARL", "")
	if front:
		p = [(front, "F")] + p
	return p, form


def es_name(g, v):
	r, ch = g.r, g.ch
	form = ""
	if v == "dental":
		a, b = g.two()
		k = r.random()
		p = P("d", "Clínica Dental") + ([(g.B(), "b")] if k < 0.4 else
			P("t", "Dra.") + [("s", a)] if k < 0.7 else [("s", a), ("s", b)])
		form = ch("S.L.P.", "S.L.", "", "")
	elif v == "medical":
		p = P("d", ch("Centro Médico", "Policlínica")) + [(g.B(), "b")] \
			if r.random() < 0.6 else P("t", "Dr.") + [g.S()]
		form = ch("S.L.", "")
	elif v == "pharmacy":
		a, b = g.two()
		p = P("d", "Farmacia") + ([("s", a), ("s", b)] if r.random() < 0.7
			else [(g.B(), "b")])
		form = ch("C.B.", "", "", "")
	elif v == "accounts":
		a, b = g.two()
		k = r.random()
		if k < 0.35:
			p = P("d", "Asesoría") + [("s", a)] + ([("s", b)] if
				r.random() < 0.4 else [])
		elif k < 0.6:
			p = P("d", "Gestoría") + [("s", a), ("s", b)]
		elif k < 0.8:
			p = [("s", a)] + P("d", ch("Asesores", "y Asociados"))
			p = [(x, "c" if x == "y" else ro) for x, ro in p]
		else:
			p = P("d", "Asesoría Fiscal") + [(g.B(), "b")]
		form = ch("S.L.", "S.L.", "")
	elif v == "lawyer":
		a, b = g.two()
		k = r.random()
		if k < 0.4:
			p = P("d", "Bufete") + [("s", a)]
		elif k < 0.7:
			p = [("s", a), ("c", ch("&", "y")), ("s", b)] + P("d", "Abogados")
		else:
			p = P("d", "Despacho") + [("s", a)] + P("d", "Abogados")
		form = ch("S.L.P.", "")
	elif v == "trades":
		a = g.S()
		k = r.random()
		if k < 0.3:
			p = P("d", ch("Construcciones", "Instalaciones", "Reformas",
				"Fontanería", "Talleres")) + [a]
		elif k < 0.5:
			p = P("d", "Hermanos") + [a]
		elif k < 0.75:
			p = [a, ("c", "e"), ("d", "Hijos")]
		else:
			p = P("d", "Instalaciones Eléctricas") + [a]
		form = ch("S.L.", "S.L.U.", "S.A.", "S.L.")
	elif v == "firm":
		p = P("d", ch("Transportes", "Distribuciones", "Industrias",
			"Almacenes")) + [g.S()] if r.random() < 0.6 else \
			[(g.B(), "b")] + P("d", ch("Logística", "Alimentación",
				"Maderas", "Plásticos"))
		form = ch("S.L.", "S.A.", "S.L.U.")
	elif v == "property":
		p = P("d", "Inmobiliaria") + [(g.B(), "b")] if r.random() < 0.5 \
			else P("d", "Administración de Fincas") + [g.S()]
		form = ch("S.L.", "")
	elif v == "town":
		w = g.W()
		p = P("d", "Ajuntament") + P("a", "de") + [(w, "w")] if \
			w in ("Girona", "Figueres", "Olot", "Vic", "Manresa", "Reus",
			"Lleida", "Tarragona") and r.random() < 0.6 else \
			P("d", "Ayuntamiento") + P("a", "de") + [(w, "w")]
	elif v == "school":
		k = r.random()
		if k < 0.45:
			p = P("d", "Instituto de Educación Secundaria" if r.random() <
				0.2 else "IES") + [(r.choice(PEOPLE["es"]), "p")]
		elif k < 0.75:
			p = P("d", "CEIP") + [(r.choice(PEOPLE["es"] + SAINTS["es"]),
				"p")]
		else:
			p = P("d", "Colegio") + [(r.choice(SAINTS["es"]), "n")]
		if r.random() < 0.3:
			p += [(g.W(), "w")]
	elif v == "assoc":
		k = r.random()
		p = P("d", "Club Deportivo") + [(g.W(), "w")] if k < 0.4 else \
			P("d", "Asociación") + [(g.B(), "b")] + P("a", "de") + \
			[(g.W(), "w")] if k < 0.75 else P("d", "Fundación") + [g.S()]
	elif v == "hotel":
		p = P("d", ch("Hotel", "Restaurante", "Hostal")) + \
			(P("a", "El") if r.random() < 0.4 else []) + [(g.B(), "b")]
		form = ch("S.L.", "")
	else:	# shop
		p = P("d", ch("Ferretería", "Óptica", "Panadería", "Librería")) + \
			([g.S()] if r.random() < 0.6 else [(g.B(), "b")])
		form = ch("S.L.", "", "")
	return p, form


def it_name(g, v):
	r, ch = g.r, g.ch
	form = ""
	if v == "dental":
		a, b = g.two()
		k = r.random()
		p = P("d", "Studio Dentistico") + (P("t", "Dr.") + [("s", a)] if
			k < 0.5 else [("s", a), ("c", "&"), ("s", b)] if k < 0.75 else
			P("d", "Associato") + [("s", a), ("s", b)])
		form = ch("S.r.l.", "STP", "", "")
	elif v == "medical":
		p = P("d", ch("Poliambulatorio", "Centro Medico")) + [(g.B(), "b")] \
			if r.random() < 0.6 else P("d", "Studio Medico") + \
			P("t", "Dott.") + [g.S()]
		form = ch("S.r.l.", "")
	elif v == "pharmacy":
		k = r.random()
		p = P("d", "Farmacia") + ([(r.choice(SAINTS["it"]), "n")] if k < 0.35
			else [g.S()] if k < 0.7 else P("d", "Comunale") + [(g.W(), "w")])
		form = ch("S.n.c.", "S.a.s.", "", "")
	elif v == "lawyer":
		a, b = g.two()
		k = r.random()
		p = P("d", "Studio Legale") + ([("s", a)] if k < 0.4 else [("s", a),
			("c", ch("&", "e")), ("s", b)] if k < 0.7 else P("d",
			"Associato") + [("s", a), ("s", b)]) if k < 0.85 else \
			P("t", "Avv.") + [("f", r.choice(FIRST["it"])), ("s", a)]
	elif v == "accounts":
		a, b = g.two()
		k = r.random()
		if k < 0.35:
			p = P("d", "Studio") + [("s", a)] + P("d", "Commercialisti")
		elif k < 0.65:
			p = P("d", "Studio Associato") + [("s", a), ("s", b)]
		else:	# surname first, as the registry writes a sole trader
			p = P("t", "Rag.") + [("s", a), ("f", r.choice(FIRST["it"]))]
	elif v == "soletrader":
		a = g.S()
		t = ch("Idraulica", "Elettrica", "Falegnameria", "Carrozzeria",
			"Edilizia")
		p = P("d", t) + [a] + P("a", "di") + [a, ("f", r.choice(FIRST["it"]))] \
			if r.random() < 0.5 else [a, ("f", r.choice(FIRST["it"]))]
	elif v == "trades":
		a = g.S()
		k = r.random()
		if k < 0.4:
			p = P("d", "Fratelli") + [a]
			form = ch("S.n.c.", "S.r.l.", "")
		elif k < 0.7:
			p = P("d", ch("Impianti", "Costruzioni", "Serramenti",
				"Autotrasporti")) + [a, ("c", "&"), ("d", "C.")]
			form = ch("S.n.c.", "S.a.s.")
		else:
			p = P("d", "Autofficina") + [(g.B(), "b")]
			form = ch("S.n.c.", "S.r.l.", "")
	elif v == "firm":
		p = P("d", ch("Meccanica", "Officine", "Trasporti", "Plastica")) \
			+ [(g.B(), "b") if r.random() < 0.5 else g.S()]
		form = ch("S.r.l.", "S.p.A.", "S.r.l.s.", "S.r.l.")
	elif v == "property":
		p = P("d", "Immobiliare") + [(g.B(), "b")]
		form = ch("S.r.l.", "S.a.s.")
	elif v == "town":
		p = P("d", "Comune") + P("a", "di") + [(g.W(), "w")]
	elif v == "school":
		k = r.random()
		if k < 0.4:
			p = P("d", "Istituto Comprensivo") + [(g.W(), "w")]
		elif k < 0.7:
			p = P("d", ch("Liceo Scientifico", "Istituto Tecnico "
				"Industriale")) + [(r.choice(PEOPLE["it"]), "p")]
		else:
			p = P("d", "Scuola dell'Infanzia") + [(r.choice(SAINTS["it"]),
				"n")]
	elif v == "assoc":
		k = r.random()
		if k < 0.4:
			p = [("ASD", "F"), (g.B(), "b"), (g.W(), "w")]
		elif k < 0.7:
			p = P("d", "Pro Loco") + [(g.W(), "w")]
		else:
			p = P("d", "Parrocchia") + [(r.choice(SAINTS["it"]), "n")]
	else:	# hotel
		k = r.random()
		if k < 0.5:
			p = P("d", ch("Hotel", "Albergo")) + [(g.B(), "b")]
		else:
			p = P("d", ch("Ristorante", "Trattoria")) + P("a", "da") + \
				[("f", r.choice(FIRST["it"]))]
		form = ch("S.n.c.", "S.r.l.", "")
	return p, form


def pt_name(g, v):
	r, ch = g.r, g.ch
	form = ""
	if v == "dental":
		p = P("d", ch("Clínica Dentária", "Clínica Médico-Dentária")) + \
			([(g.B(), "b")] if r.random() < 0.5 else P("t", "Dr.") + [g.S()])
		form = ch("Lda.", "Unipessoal Lda.", "")
	elif v == "medical":
		p = P("d", ch("Centro Médico", "Clínica")) + \
			([(g.B(), "b")] if r.random() < 0.6 else [(r.choice(SAINTS["pt"]),
			"n")])
		form = ch("Lda.", "S.A.", "")
	elif v == "pharmacy":
		k = r.random()
		p = P("d", "Farmácia") + ([g.S()] if k < 0.5 else
			[(r.choice(SAINTS["pt"]), "n")] if k < 0.75 else
			[(g.B(), "b")])
		form = ch("Lda.", "Unipessoal Lda.", "")
	elif v == "accounts":
		a, b = g.two()
		k = r.random()
		p = P("d", "Contabilidade") + [("s", a)] if k < 0.4 else \
			[("s", a), ("c", "&"), ("s", b)] + P("d", "Contabilistas") \
			if k < 0.7 else P("d", "Gabinete de Contabilidade") + \
			[(g.B(), "b")]
		form = ch("Lda.", "Unipessoal Lda.")
	elif v == "lawyer":
		a, b = g.two()
		p = [("s", a), ("c", ch("&", "e")), ("s", b)] + \
			P("d", ch("Advogados", "Associados"))
		form = ch("Sociedade de Advogados", "")
	elif v == "trades":
		a = g.S()
		k = r.random()
		if k < 0.35:
			p = P("d", "Construções") + [a, ("c", ch("&", "e")),
				("d", ch("Filhos", "Irmãos"))]
		elif k < 0.7:
			p = P("d", ch("Serralharia", "Carpintaria", "Eletricidade",
				"Canalizações")) + [a]
		else:
			p = [a, ("c", "&"), ("d", "Irmãos")]
		form = ch("Lda.", "Unipessoal Lda.", "Lda.")
	elif v == "firm":
		p = P("d", ch("Têxteis", "Calçado", "Metalúrgica", "Mobiliário",
			"Transportes")) + [(g.B(), "b") if r.random() < 0.5 else g.S()]
		form = ch("Lda.", "S.A.")
	elif v == "town":
		w = g.W()
		p = P("d", ch("Câmara Municipal", "Junta de Freguesia")) + \
			P("a", "de") + [(w, "w")]
	elif v == "school":
		p = P("d", ch("Escola Básica", "Escola Secundária",
			"Agrupamento de Escolas")) + [(r.choice(PEOPLE["pt"]), "p")]
	elif v == "assoc":
		w = g.W()
		p = P("d", "Santa Casa da Misericórdia") + P("a", "de") + \
			[(w, "w")] if r.random() < 0.4 else P("d", "Associação") + \
			[(g.B(), "b")] + P("a", "de") + [(w, "w")]
	else:	# hotel
		p = P("d", ch("Restaurante", "Pastelaria", "Café")) + \
			(P("a", "O") if r.random() < 0.4 else []) + [(g.B(), "b")]
		form = ch("Lda.", "")
	return p, form


VERTICALS = {	# weights per country
	"fr": (("dental", 8), ("medical", 9), ("pharmacy", 7), ("notary", 4),
		("lawyer", 5), ("accounts", 8), ("trades", 15), ("firm", 10),
		("property", 5), ("town", 6), ("school", 6), ("assoc", 5),
		("hotel", 5), ("vet", 3)),
	"es": (("dental", 8), ("medical", 5), ("pharmacy", 7), ("accounts", 10),
		("lawyer", 5), ("trades", 15), ("firm", 10), ("property", 4),
		("town", 6), ("school", 6), ("assoc", 5), ("hotel", 6),
		("shop", 5)),
	"it": (("dental", 8), ("medical", 5), ("pharmacy", 6), ("lawyer", 6),
		("accounts", 8), ("soletrader", 7), ("trades", 12), ("firm", 10),
		("property", 3), ("town", 6), ("school", 5), ("assoc", 5),
		("hotel", 6)),
	"pt": (("dental", 8), ("medical", 5), ("pharmacy", 8), ("accounts", 9),
		("lawyer", 5), ("trades", 14), ("firm", 10), ("town", 7),
		("school", 5), ("assoc", 5), ("hotel", 6)),
}
MAKERS = {"fr": fr_name, "es": es_name, "it": it_name, "pt": pt_name}
BIG = {"town", "school", "firm"}

# -- text helpers ------------------------------------------------------------


def strip_accents(s):
	return "".join(ch for ch in unicodedata.normalize("NFKD", s)
		if not unicodedata.combining(ch))


def fold(s):
	return strip_accents(s).lower()


def tokens(s):
	"""Folded words: dots dropped (S.L. -> sl), apostrophes and other
	punctuation split."""
	s = fold(s).replace(".", "")
	out = "".join(ch if ch.isalnum() else " " for ch in s)
	return out.split()


def key(s):
	"""What makes two names the same customer here: case, accents,
	punctuation, spaces, connectors, a leading article and legal forms
	set aside."""
	t = tokens(s)
	t = [w for w in t if w not in CONNS and w not in FORM_WORDS]
	while t and t[0] in ("l", "le", "la", "les", "el", "il", "lo", "o", "a",
			"os", "as", "the"):
		t = t[1:]
	return "".join(t)


def osa1(a, b):
	"""True when a and b are at most one slip apart (OSA distance)."""
	la, lb = len(a), len(b)
	if abs(la - lb) > 1:
		return False
	if la > lb:
		a, b, la, lb = b, a, lb, la
	i = 0
	while i < la and a[i] == b[i]:
		i += 1
	if i == la:
		return True
	if la == lb:
		return a[i + 1:] == b[i + 1:] or (i + 1 < la and a[i] == b[i + 1]
			and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:])
	return a[i:] == b[i + 1:]


def deletes(k):
	return {k} | {k[:i] + k[i + 1:] for i in range(len(k))}


def render(parts, comma=False):
	out = ""
	for t, ro in parts:
		if not out:
			out = t
		elif out.endswith("'"):
			out += t
		elif ro == "F" and comma and t != "& C.":
			out += ", " + t
		else:
			out += " " + t
	return out


# -- keyboards ---------------------------------------------------------------

ROWS = {
	"fr": ["azertyuiop", "qsdfghjklm", "wxcvbn"],
	"es": ["qwertyuiop", "asdfghjklñ", "zxcvbnm"],
	"it": ["qwertyuiopè", "asdfghjklòà", "zxcvbnm"],
	"pt": ["qwertyuiop", "asdfghjklç", "zxcvbnm"],
}


def neighbours(layout):
	pos = {}
	for y, row in enumerate(ROWS[layout]):
		for x, ch in enumerate(row):
			pos[ch] = (x + 0.5 * y, y)
	nb = {}
	for a, (xa, ya) in pos.items():
		nb[a] = [b for b, (xb, yb) in pos.items() if b != a and
			abs(ya - yb) <= 1 and abs(xa - xb) <= 1.0]
	return nb


NB = {k: neighbours(k) for k in ROWS}


def slip(rng, s, layout):
	"""One keyboard slip inside a word, the first letter mostly spared."""
	idx = [i for i, ch in enumerate(s) if ch.isalpha()]
	if len(idx) < 3:
		return s
	starts = {i for i in idx if i == 0 or not s[i - 1].isalpha()}
	for _ in range(20):
		i = rng.choice(idx)
		if i in starts and rng.random() < 0.9:
			continue
		break
	c = s[i]
	low = c.lower()
	k = rng.random()
	if layout == "fr" and rng.random() < 0.05:
		swap = {"a": "q", "q": "a", "z": "w", "w": "z"}
		js = [j for j in idx if s[j].lower() in swap]
		if js:
			j = rng.choice(js)
			r = swap[s[j].lower()]
			return s[:j] + (r.upper() if s[j].isupper() else r) + s[j + 1:]
	nbs = NB[layout].get(strip_accents(low) or low, [])
	if k < 0.35 and nbs:
		r = rng.choice(nbs)
		return s[:i] + (r.upper() if c.isupper() else r) + s[i + 1:]
	if k < 0.60:
		if i + 1 < len(s) and s[i + 1].isalpha() and s[i + 1] != c:
			return s[:i] + s[i + 1] + c + s[i + 2:]
		return s[:i] + s[i + 1:]
	if k < 0.82:
		return s[:i] + s[i + 1:]
	if rng.random() < 0.5 or not nbs:
		return s[:i] + c + s[i:]
	return s[:i + 1] + rng.choice(nbs) + s[i + 1:]


def recase(rng, s):
	k = rng.random()
	if k < 0.6:
		return s.lower()
	if k < 0.9:
		return s.upper()
	return " ".join(w[:1].upper() + w[1:].lower() for w in s.split(" "))


GRAVE = str.maketrans("éèáàíìóòúù", "èéàáìíòóùú")


def accent_noise(rng, s, cust):
	"""Accents dropped, one dropped, the wrong one, an Italian apostrophe,
	or a name stored without accents typed with them."""
	if cust["style"] in ("caps", "ascii") and rng.random() < 0.8:
		return render(cust["cparts"], cust["comma"])
	if cust["country"] == "it" and rng.random() < 0.3:
		out = " ".join(strip_accents(w) + "'" if w[-1:] in "àèéìòù" and
			len(w) > 1 else w for w in s.split(" "))
		if out != s:
			return out
	k = rng.random()
	if k < 0.65:
		return strip_accents(s)
	if k < 0.85:
		js = [i for i, ch in enumerate(s) if ch != strip_accents(ch)]
		if js:
			j = rng.choice(js)
			return s[:j] + strip_accents(s[j]) + s[j + 1:]
		return s
	return s.translate(GRAVE)


def has_accent(s):
	return s != strip_accents(s)


# -- customers ---------------------------------------------------------------


def pick(rng, pairs):
	"""One of (value, weight) pairs."""
	return rng.choices([v for v, _ in pairs], [w for _, w in pairs])[0]


def styled(parts, style):
	if style == "caps":
		return [(strip_accents(t).upper(), ro) for t, ro in parts]
	if style == "ascii":
		return [(strip_accents(t), ro) for t, ro in parts]
	if style == "apos":
		return [(strip_accents(t) + "'" if t[-1:] in "àèéìòù" and
			ro in "wbsnp" else t, ro) for t, ro in parts]
	return parts


def slug(s):
	return "".join(ch for ch in fold(s) if ch.isalnum())


def initials(parts):
	ws = [t.split("'")[-1] for t, ro in parts if ro not in "acF" and
		t[:1].isalpha()]
	return "".join(strip_accents(w[0]).upper() for w in ws)[:4] or "X"


ROLECODES = set("sfwbnpdatcFx")


def norm(parts):
	"""Templates write (role, text) or (text, role); make it (text, role)."""
	out = []
	for a, b in parts:
		if a in ROLECODES and b not in ROLECODES:
			a, b = b, a
		out.append((a, b))
	return out


def make_customers(rng, n):
	custs, seen = [], set()
	cid, conid, aid = 2100000, 7300000, 9100000
	prefixes = {}
	while len(custs) < n:
		c = pick(rng, COUNTRIES)
		g = Gen(rng, c)
		for _ in range(40):
			v = pick(rng, VERTICALS[c])
			parts, form = MAKERS[c](g, v)
			parts = norm(parts)
			if form:
				parts = parts + [(f, "F") for f in [form]]
			k = key(render(parts))
			if k and k not in seen:
				break
		else:
			continue
		seen.add(k)
		style = "plain"
		x = rng.random()
		if c == "fr" and x < 0.15:
			style = "caps"
		elif c in ("es", "pt") and x < 0.05:
			style = "ascii"
		elif c == "it" and x < 0.08:
			style = "apos"
		comma = rng.random() < {"fr": 0.1, "es": 0.3, "it": 0.15,
			"pt": 0.5}[c]
		sp = styled(parts, style)
		cid += rng.randint(1, 40)
		cust = {"id": cid, "country": c, "vert": v, "parts": sp,
			"cparts": parts, "style": style, "comma": comma,
			"name": render(sp, comma), "key": k}
		conid = contacts(rng, cust, conid)
		aid = assets(rng, cust, aid, prefixes)
		custs.append(cust)
	return custs


def contacts(rng, cust, conid):
	c = cust["country"]
	surs = [t for t, ro in cust["cparts"] if ro == "s"]
	own = rng.random() < 0.55
	ws = [slug(t) for t, ro in cust["cparts"] if ro == "d"][:1] + \
		[slug(t) for t, ro in cust["cparts"] if ro in "sbwnp"]
	dom = "-".join(w for w in ws if w)[:30].strip("-") + "." + TLD[c]
	out = []
	for i in range(rng.choice((1, 1, 2, 2, 3, 4))):
		f = rng.choice(FIRST[c])
		s = surs[0] if i == 0 and surs and rng.random() < 0.7 else \
			rng.choice(SURNAMES[c])
		conid += rng.randint(1, 9)
		if own:
			mail = "%s.%s@%s" % (slug(f), slug(s), dom)
		else:
			mail = "%s%s%d@%s" % (slug(f)[:1], slug(s), rng.randint(1, 99),
				rng.choice(MAILS[c]))
		out.append({"id": conid, "firstname": f, "lastname": s,
			"email": mail})
	cust["contacts"] = out
	return conid


def assets(rng, cust, aid, prefixes):
	c = cust["country"]
	n = int(round(math.exp(rng.gauss(math.log(4), 0.8))))
	if cust["vert"] in BIG:
		n *= 3
	n = max(1, min(80, n))
	k = rng.random()
	names = []
	pre = initials(cust["cparts"])
	if k < 0.5:
		if pre in prefixes and rng.random() < 0.7:
			prefixes[pre] += 1
			pre = "%s%d" % (pre, prefixes[pre])
		else:
			prefixes.setdefault(pre, 1)
		cust["prefix"] = pre
		for i in range(n):
			kind = rng.choice(("PC", "PC", "PC", "NB" if c == "it" else
				"PORT" if c == "fr" else "LT"))
			names.append("%s-%s%02d" % (pre, kind, i + 1))
		if n > 3:
			names.append("%s-SRV01" % pre)
	elif k < 0.75:
		cust["prefix"] = None
		for _ in range(n):
			names.append(desktop(rng))
	else:
		cust["prefix"] = None
		roles = list(ROLES[c])
		rng.shuffle(roles)
		names += roles[:min(n, len(roles))]
		for i in range(n - len(names)):
			names.append("%s%d" % (roles[i % len(roles)], i + 2))
		if rng.random() < 0.2:
			names.append(rng.choice(SHARED_SERVERS))
	if rng.random() < 0.33:
		for ct in cust["contacts"][:2]:
			names.append(USERPC[c].format(F=slug(ct["firstname"]).upper()))
	out = []
	for nm in dict.fromkeys(names):
		aid += rng.randint(1, 5)
		out.append({"id": aid, "name": nm})
	cust["assets"] = out
	return aid


def desktop(rng):
	return "DESKTOP-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
		for _ in range(7))


# -- noise -------------------------------------------------------------------

SIGNIF = "sfwbnp"


def distinctive(parts):
	return [t for t, ro in parts if ro in SIGNIF]


def ok_short(parts):
	"""A short form keeps a word that says which customer, and is not a
	bare surname or first name ("Rossi" alone names no one firm)."""
	if not any(len(fold(t)) >= 3 or ro in "sw" for t, ro in parts
			if ro in SIGNIF):
		return False
	return len(parts) >= 2 or parts[0][1] in "wbnp"


def drop_form(parts):
	return [p for p in parts if p[1] != "F"]


def k_suffix(rng, cust, parts):
	fs = [i for i, (t, ro) in enumerate(parts) if ro == "F"]
	if not fs:
		return None
	if rng.random() < 0.65:
		return drop_form(parts)
	i = rng.choice(fs)
	alts = FORM_SPELLINGS.get(parts[i][0])
	if not alts:
		return drop_form(parts)
	p = list(parts)
	p[i] = (rng.choice(alts), "F")
	return p


def k_article(rng, cust, parts):
	arts = [i for i, (t, ro) in enumerate(parts) if ro == "a"]
	eli = [i for i, (t, ro) in enumerate(parts) if "'" in t[1:-1]]
	k = rng.random()
	if eli and (k < 0.35 or not arts):
		i = rng.choice(eli)
		t, ro = parts[i]
		a, b = t.split("'", 1)
		z = rng.random()
		new = a + b if z < 0.4 else a + " " + b if z < 0.7 else b
		return parts[:i] + [(new, ro)] + parts[i + 1:]
	if not arts:
		return None
	i = rng.choice(arts)
	t = parts[i][0]
	nxt = parts[i + 1][1] if i + 1 < len(parts) else ""
	if rng.random() < 0.8 or nxt == "w":	# nobody writes "do Ílhavo"
		p = parts[:i] + parts[i + 1:]
		while i < len(p) and p[i][1] == "a":	# "de la" goes whole
			p = p[:i] + p[i + 1:]
		return p
	swap = {"fr": {"du": "de la", "la": "du", "des": "du", "de": "du",
		"le": "la", "les": "le"}, "es": {"del": "de", "de": "del",
		"el": "la"}, "it": {"di": "da", "da": "di", "del": "di"},
		"pt": {"do": "de", "da": "de", "o": "a"}}[cust["country"]]
	new = swap.get(t.lower())
	if not new:
		return None
	new = new.upper() if t.isupper() and len(t) > 1 else \
		new.capitalize() if t[:1].isupper() else new
	return parts[:i] + [(new, "a")] + parts[i + 1:]


CONN_WORD = {"fr": "et", "es": "y", "it": "e", "pt": "e"}


def k_and(rng, cust, parts):
	cs = [i for i, (t, ro) in enumerate(parts) if ro == "c" and t != "-"]
	if not cs:
		return None
	i = rng.choice(cs)
	t = parts[i][0]
	if t == "&":
		new = CONN_WORD[cust["country"]] if rng.random() < 0.8 else \
			rng.choice(("and", "+", "i" if cust["country"] == "es" else "e"))
	else:
		new = "&" if rng.random() < 0.8 else "+"
	return parts[:i] + [(new, "c")] + parts[i + 1:]


def k_reorder(rng, cust, parts):
	body = drop_form(parts)
	forms = [p for p in parts if p[1] == "F"]
	sig = [i for i, (t, ro) in enumerate(body) if ro in SIGNIF]
	if len(sig) >= 2 and body[sig[0]][1] in "sf" and \
			body[sig[1]][1] in "sf" and sig[1] == sig[0] + 1:
		p = list(body)
		p[sig[0]], p[sig[1]] = p[sig[1]], p[sig[0]]	# Rossi Mario
		return p + forms
	cs = [i for i, (t, ro) in enumerate(body) if ro == "c"]
	if cs and 0 < cs[0] < len(body) - 1 and body[cs[0] - 1][1] == "s" and \
			body[cs[0] + 1][1] == "s":
		i = cs[0]
		p = list(body)
		p[i - 1], p[i + 1] = p[i + 1], p[i - 1]
		return p + forms
	lead = 0
	while lead < len(body) and body[lead][1] in "dt":
		lead += 1
	if 0 < lead < len(body) and body[lead][1] in SIGNIF:
		t, ro = body[lead]
		if "'" in t and t[0].islower():	# "d'Arles" moved: "Arles"
			t = t.split("'", 1)[1]
		return [(t, ro)] + body[lead + 1:] + body[:lead] + forms
	ws = [i for i, (t, ro) in enumerate(body) if ro == "w"]
	if ws and ws[-1] == len(body) - 1 and ws[-1] > 1:
		i = ws[-1]
		return [body[i]] + body[:i] + forms
	return None


def k_truncated(rng, cust, parts):
	body = drop_form(parts)
	k = rng.random()
	if k < 0.3:	# the town dropped
		p = [x for x in body if x[1] != "w"]
		if p != body and ok_short(p):
			return p
	if k < 0.55:	# first partner / first surname only
		cs = [i for i, (t, ro) in enumerate(body) if ro == "c"]
		ss = [i for i, (t, ro) in enumerate(body) if ro == "s"]
		if cs and ss and ss[0] < cs[0]:
			p = body[:cs[0]]
			if ok_short(p):
				return p
		if len(ss) >= 2 and ss[1] == ss[0] + 1:
			p = body[:ss[1]] + body[ss[1] + 1:]
			if ok_short(p):
				return p
	if k < 0.8:	# leading words
		for n in range(1, len(body)):
			p = body[:n]
			if ok_short(p) and rng.random() < 0.6:
				return p
	s = render(body)	# cut at a field width
	w = rng.randint(10, 18)
	if len(s) > w + 2:
		cut = s[:w].rstrip()
		whole = set(tokens(cut))
		if " " in cut and any(set(tokens(t)) <= whole for t in
				distinctive(body)):
			return [(cut, "x")]
	return None


def k_abbrev(rng, cust, parts):
	c = cust["country"]
	body = drop_form(parts)
	forms = [p for p in parts if p[1] == "F"]
	k = rng.random()
	text = render(body)
	table = ABBR[c]
	hits = [f for f in table if f in text]
	if hits and k < 0.55:
		f = max(hits, key=len)
		out = text.replace(f, rng.choice(table[f]), 1)
		return [(out, "x")] + (forms if rng.random() < 0.3 else [])
	# expansions of acronyms stored short
	rev = {"IES": "Instituto", "CEIP": "Colegio", "SCP": "",
		"ASD": "Associazione Sportiva", "SCI": "Société Civile Immobilière"}
	for a, full in rev.items():
		if text.startswith(a + " ") and k < 0.7:
			return [((full + text[len(a):]).strip(), "x")]
	ss = [t for t, ro in body if ro == "s"]
	if len(ss) >= 2 and k < 0.85:	# partners' initials
		ini = "".join(strip_accents(t[0]).upper() for t in ss)
		lead = [t for t, ro in body if ro in "dF"][:1]
		if lead and (len(ss) == 2 or rng.random() < 0.5):
			return [(lead[0] + " " + ini, "x")]
		if len(ss) >= 3:
			return [(ini, "x")]
	lead = []
	i = 0
	while i < len(body) and body[i][1] in "dta":
		lead.append(body[i])
		i += 1
	dl = [t.split("'")[-1] for t, ro in lead if ro == "d"]
	if len(dl) >= 2 and i < len(body):
		ini = "".join(strip_accents(t[0]).upper() for t in dl)
		return [(ini, "x")] + body[i:]
	return None


def k_prefix(rng, cust, parts):
	c = cust["country"]
	body = parts
	lead = 0
	while lead < len(body) and body[lead][1] in "dt":
		lead += 1
	if lead and lead < len(body) and rng.random() < 0.6:
		p = body[lead:]
		while p and p[0][1] == "a":
			p = p[1:]
		if p and ok_short(p) and (any(ro == "d" for t, ro in p) or
				len(distinctive(p)) >= 2):
			return p
	if body[0][1] in SIGNIF or cust["vert"] in ("trades", "firm",
			"soletrader"):
		return [(rng.choice(DESK_WORDS[c]), "d")] + body
	return None


def k_person(rng, cust, parts):
	c = cust["country"]
	if not cust["contacts"]:
		return None
	ct = rng.choice(cust["contacts"][:2])
	f, s = ct["firstname"], ct["lastname"]
	v = cust["vert"]
	title = {"fr": {"notary": "Me", "lawyer": "Me", "dental": "Dr",
		"medical": "Dr", "vet": "Dr"}, "es": {"dental": "Dra.", "medical":
		"Dr.", "lawyer": "Sr."}, "it": {"dental": "Dott.", "medical": "Dott.",
		"lawyer": "Avv.", "accounts": "Rag."}, "pt": {"dental": "Dr.",
		"medical": "Dr.", "lawyer": "Dr."}}[c].get(v)
	short = render([x for x in drop_form(parts) if x[1] in SIGNIF][:2])
	k = rng.random()
	if title and k < 0.5:
		return [("%s %s" % (title, s), "x")]
	if k < 0.7 and short:
		return [("%s - %s" % (f, short), "x")]
	if c == "it" and k < 0.85:
		return [("%s %s" % (s, f), "x")]
	return [("%s %s" % (f, s), "x")]


SHORT = (k_truncated, k_abbrev, k_article, k_prefix)
PARTS_KIND = {"suffix": k_suffix, "article": k_article, "and": k_and,
	"reorder": k_reorder, "truncated": k_truncated,
	"abbreviation": k_abbrev, "prefix": k_prefix, "person": k_person}

REAL_KINDS = (("exact", 8), ("case", 6), ("suffix", 9), ("accent", 10),
	("article", 5), ("and", 4), ("reorder", 5), ("truncated", 9),
	("abbreviation", 12), ("prefix", 4), ("person", 5), ("typo", 9),
	("typo+accent", 4), ("typo+case", 3), ("two typos", 4), ("mixed", 6))
IMP_KINDS = (("impostor: rare word", 30), ("impostor: same shape", 20),
	("impostor: namesake", 15), ("impostor: neighbour town", 15),
	("impostor: internal", 12), ("impostor: person", 8))


def desk(rng, cust):
	if rng.random() < 0.85:
		return cust["country"]
	return rng.choice([c for c, _ in COUNTRIES if c != cust["country"]])


def typed_for(rng, cust, kind, lay):
	"""One attempt at a typed name of this kind, or None."""
	parts, comma = cust["parts"], cust["comma"]
	s = None
	if kind == "exact":
		return cust["name"]
	if kind == "case":
		s = recase(rng, cust["name"])
	elif kind in PARTS_KIND:
		p = PARTS_KIND[kind](rng, cust, parts)
		s = render(p, comma) if p else None
	elif kind == "accent":
		if not has_accent(render(cust["cparts"])):
			return None
		s = accent_noise(rng, cust["name"], cust)
	elif kind == "typo":
		s = slip(rng, cust["name"], lay)
	elif kind == "typo+accent":
		if not has_accent(render(cust["cparts"])):
			return None
		s = slip(rng, accent_noise(rng, cust["name"], cust), lay)
	elif kind == "typo+case":
		s = recase(rng, slip(rng, cust["name"], lay))
	elif kind == "two typos":
		s = slip(rng, slip(rng, cust["name"], lay), lay)
	elif kind == "mixed":
		p = rng.choice(SHORT)(rng, cust, parts)
		if not p:
			return None
		s = render(p, comma)
		z = rng.random()
		s = slip(rng, s, lay) if z < 0.4 else accent_noise(rng, s, cust) \
			if z < 0.7 else recase(rng, s)
	if s is None or s == cust["name"] and kind != "exact":
		return None
	if lay != cust["country"] and kind not in ("exact", "case") and \
			rng.random() < 0.6:
		s = strip_accents(s)	# another desk's keyboard
	return s


class Index:
	"""Customer keys, one-slip neighbours and words, for honest labels."""

	def __init__(self, custs):
		self.bykey = {c["key"]: i for i, c in enumerate(custs)}
		self.dels = {}
		for i, c in enumerate(custs):
			for d in deletes(c["key"]):
				o = self.dels.get(d)
				if o is None:
					self.dels[d] = i
				elif isinstance(o, list):
					o.append(i)
				elif o != i:
					self.dels[d] = [o, i]
		self.custs = custs
		self.words, self.sets = {}, []
		for i, c in enumerate(custs):
			ws = frozenset(content(render(c["cparts"])))
			self.sets.append(ws)
			for w in ws:
				self.words.setdefault(w, []).append(i)

	def near(self, k):
		"""Customers whose key is at most one slip from k."""
		out = set()
		if k in self.bykey:
			out.add(self.bykey[k])
		for d in deletes(k):
			o = self.dels.get(d)
			if o is None:
				continue
			for j in (o if isinstance(o, list) else (o,)):
				if j not in out and osa1(k, self.custs[j]["key"]):
					out.add(j)
		return out

	def overlap(self, s):
		"""A customer whose significant words are a subset or superset of
		the name's."""
		ws = set(content(s))
		if not ws:
			return True
		seen = set()
		for w in ws:
			for i in self.words.get(w, ()):
				if i in seen:
					continue
				seen.add(i)
				cw = self.sets[i]
				if cw and (cw <= ws or ws <= cw):
					return True
		return False


def content(s):
	"""Every word but articles, connectors and legal forms."""
	return [w for w in tokens(s) if w not in ARTICLES and w not in CONNS
		and w not in FORM_WORDS]


def honest_real(ix, i, s):
	k = key(s)
	if not k:
		return False
	return all(j == i for j in ix.near(k))


def honest_imp(ix, s):
	k = key(s)
	if not k or k in ix.bykey:
		return False
	if ix.near(k):
		return False
	return not ix.overlap(s)


def impostor(rng, kind, custs, towns_used):
	c0 = rng.choice(custs)
	c = c0["country"]
	g = Gen(rng, c)
	if kind == "impostor: rare word":
		ws = [t for t, ro in c0["cparts"] if ro in "sbw"]
		if not ws:
			return None
		w = rng.choice(ws)
		t = rng.choice(OTHER_TRADES[c])
		return "%s %s" % (t, w) if rng.random() < 0.7 else "%s %s" % (w, t)
	if kind == "impostor: same shape":
		p = list(c0["cparts"])
		sig = [i for i, (t, ro) in enumerate(p) if ro in "sw"]
		if not sig:
			return None
		i = rng.choice(sig)
		ro = p[i][1]
		p[i] = (rng.choice(SURNAMES[c]) if ro == "s" else g.W(), ro)
		return render(p, c0["comma"])
	if kind == "impostor: namesake":
		p = list(c0["cparts"])
		sig = [i for i, (t, ro) in enumerate(p) if ro == "s" and
			t in NAMESAKE]
		if not sig:
			return None
		i = rng.choice(sig)
		p[i] = (NAMESAKE[p[i][0]], "s")
		return render(p, c0["comma"])
	if kind == "impostor: neighbour town":
		w = rng.choice(TOWNS[c])
		return rng.choice(TOWN_SHAPES[c]).format(w=w)
	if kind == "impostor: internal":
		s = rng.choice(INTERNAL[c])
		z = rng.random()
		if z < 0.3:
			s += " " + rng.choice(TECHS[c])
		elif z < 0.5:
			s += " %d" % rng.randint(1, 9)
		return s
	f = rng.choice(FIRST[c])
	return rng.choice(PRIVATE[c]).format(s=rng.choice(SURNAMES[c]), f=f)


def largest_remainder(n, weights):
	tot = sum(w for _, w in weights)
	raw = [(k, n * w / tot) for k, w in weights]
	out = {k: int(x) for k, x in raw}
	left = n - sum(out.values())
	for k, x in sorted(raw, key=lambda kx: kx[1] - int(kx[1]),
			reverse=True)[:left]:
		out[k] += 1
	return out


def real_rows(rng, custs, ix, n, cum):
	counts = largest_remainder(n, REAL_KINDS)
	plan = [k for k, _ in REAL_KINDS for _ in range(counts[k])]
	rng.shuffle(plan)
	rows = []
	for kind in plan:
		row = None
		for _ in range(300):
			i = draw(rng, cum)
			cust = custs[i]
			lay = desk(rng, cust)
			s = typed_for(rng, cust, kind, lay)
			if s is None:
				continue
			s = " ".join(s.split())
			if kind == "exact" or honest_real(ix, i, s):
				row = (s, i, kind)
				break
		if row is None:
			row = (custs[0]["name"], 0, "exact")
		rows.append(row)
	return rows


def draw(rng, cum):
	x = rng.random() * cum[-1]
	lo, hi = 0, len(cum) - 1
	while lo < hi:
		mid = (lo + hi) // 2
		if cum[mid] < x:
			lo = mid + 1
		else:
			hi = mid
	return lo


def imp_rows(rng, custs, ix, n):
	counts = largest_remainder(n, IMP_KINDS)
	plan = [k for k, _ in IMP_KINDS for _ in range(counts[k])]
	rng.shuffle(plan)
	rows = []
	for kind in plan:
		for _ in range(300):
			s = impostor(rng, kind, custs, None)
			if not s:
				continue
			if rng.random() < 0.2:
				s = slip(rng, s, rng.choice(list(ROWS))) if \
					rng.random() < 0.5 else recase(rng, s)
			s = " ".join(s.split())
			if honest_imp(ix, s):
				rows.append((s, None, kind))
				break
		else:
			rows.append(("Test interne %d" % len(rows), None,
				"impostor: internal"))
	return rows


def machine(rng, custs, row, owners):
	s, i, kind = row
	if i is not None:
		cust = custs[i]
		k = rng.random()
		if k < 0.72:
			return rng.choice(cust["assets"])["name"], "Access"
		if k < 0.84:
			if cust.get("prefix"):
				return "%s-PC%02d" % (cust["prefix"], rng.randint(
					len(cust["assets"]) + 1, 99)), "Access"
			return desktop(rng), "Access"
		if k < 0.92:
			return device(rng, cust["country"]), "Support"
		if k < 0.97:
			return "", "Support"
		return rng.choice(rng.choice(custs)["assets"])["name"], "Access"
	k = rng.random()
	if k < 0.45:
		return desktop(rng), "Support"
	if k < 0.70 and owners:
		return rng.choice(owners), "Access"
	if k < 0.85:
		return device(rng, rng.choice(list(DEVICE))), "Support"
	return "", "Support"


def device(rng, c):
	f = rng.choice(FIRST[c])
	return rng.choice(DEVICE[c]).format(f=slug(f).capitalize(),
		F=slug(f).upper())


def main():
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random("blind7:" + seed)
	custs = make_customers(rng, ncust)
	ix = Index(custs)
	cum, tot = [], 0.0
	for cu in custs:
		tot += (1 + len(cu["assets"])) ** 0.7
		cum.append(tot)
	nimp = int(round(nnames * 0.15))
	rows = real_rows(rng, custs, ix, nnames - nimp, cum) + \
		imp_rows(rng, custs, ix, nimp)
	rng.shuffle(rows)
	count = {}
	for cu in custs:
		for a in cu["assets"]:
			count[a["name"]] = count.get(a["name"], 0) + 1
	owners = sorted(n for n, k in count.items() if k >= 2)
	full, techs = [], []
	for r in rows:
		m, stype = machine(rng, custs, r, owners)
		cid = "" if r[1] is None else custs[r[1]]["id"]
		c = custs[r[1]]["country"] if r[1] is not None else \
			rng.choice(list(TECHS))
		techs.append(rng.choice(TECHS[c]))
		full.append((r[0], cid, r[2], m, stype))
	os.makedirs(out, exist_ok=True)
	base = 1790000000 + int(hashlib.md5(seed.encode()).hexdigest()[:5], 16)

	def record(sd, n, typed, mach, stype):
		h = hashlib.md5(("%s:%d" % (sd, n)).encode()).hexdigest()
		conn = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20],
			h[20:32])
		t0 = base + n * 1931
		minutes = 5 + int(h[:2], 16) % 90
		t1 = t0 + minutes * 60
		sid = "ScreenConnect:%s:%s" % (conn, scr.iso(t0))
		return scr.sc_session(sid, conn, typed, mach, stype,
			(t0, t1, minutes, minutes * 60), techs[n],
			["SessionConnectionEvents.csv", "rows/%d" % (n + 2)],
			scr.iso(base + 90 * 86400))
	scr.write_set(out, custs, full, record, seed)


if __name__ == "__main__":
	main()
