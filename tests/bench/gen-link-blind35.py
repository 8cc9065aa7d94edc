#!/usr/bin/env python3
# gen-link-blind35.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 22: the lead runs it once).  An Italian MSP: one
# Syncro account, one ScreenConnect, desks in Milan (MI: Lombardy), Turin
# (TO: Piedmont), Bologna (BO: Emilia-Romagna), Rome (RM: Lazio), Naples
# (NA: Campania), Bari (BA: Apulia) and Palermo (PA: Sicily).  Customers:
# studi dentistici and medici, poliambulatori, farmacie, studi legali,
# commercialisti and Studi Associati, geometri and engineers' studi
# tecnici, ferramenta, officine, autofficine and carrozzerie, agenzie
# (immobiliari, viaggi, assicurazioni), builders and installers, bakeries,
# bars, trattorie and shops, small manufacturers (mobilifici, oleifici,
# cantine), hauliers.  Writes OUTDIR/customers.json (as Syncro's GET
# /customers returns them: id, business_name, firstname, lastname, email,
# phone, address, address_2, city, state - the province code - zip,
# properties - the Partita IVA as a custom field - contacts, assets),
# names.tsv (typed TAB true id or "" TAB kind TAB machine), sessions.jsonl
# and sessions-machine.jsonl through screenconnect_record.write_desk_set.
# Python stdlib only, deterministic for a seed.  Customer ids from
# 35000000.
#
# Where each shape comes from ("found": found with the session's search
# tool; "known": public knowledge, no search):
# - Surnames: the national top ten (found: around.bari.it and fanpage.it,
#   from cognomix.it's counts of ISTAT-registry data: "Rossi ... Russo ...
#   Ferrari ... Esposito, Bianchi, Romano, Colombo, Bruno, Ricci e
#   Marino", Greco eleventh) and each region's own (found: tpi.it 2020/06,
#   the same source region by region: Campania "Esposito ... Russo,
#   Romano, Coppola, De Rosa", Emilia-Romagna "Ferrari ... Rossi",
#   Abruzzo's D'Angelo; attualissimo.it: Ferrero Turin's, Brambilla
#   Milan's); the rest of each region's block (Lombard Fumagalli,
#   Cattaneo, Crippa; Piedmontese Bertola, Cravero, Ghione; Emilian
#   Montanari, Malaguti, Casadei; Roman Proietti, Cipriani; Neapolitan
#   Cozzolino, Scognamiglio, Capasso; Apulian Lorusso, Losito, Lomurno,
#   Dell'Aquila; Sicilian Lo Presti, La Rosa, Li Causi, Scaduto) known.
#   Particles and elisions (D'Angelo, Dell'Aquila, De Luca, Lo Presti,
#   La Rosa, Della Corte): known.
# - Given names: ISTAT's commonest of the older and younger generations
#   (Giuseppe, Giovanni, Antonio, Maria, Anna; Francesco, Alessandro,
#   Giulia, Sofia), and the accented Niccolò / Nicolò (known).
# - Names surname first ("Rossi Mario"): how the Registro delle Imprese,
#   the Agenzia delle Entrate's certificates and a ditta individuale's
#   name write the holder (known).
# - Legal forms (known): the Codice Civile's S.r.l. (art. 2462), S.p.A.
#   (art. 2325), S.n.c. (art. 2291), S.a.s. (art. 2313) with the "& C."
#   of art. 2292/2314 (a partnership's name holds a partner's name: "di
#   Rossi Mario & C. S.n.c."), Soc. Coop. (art. 2511; "Soc. Coop. a r.l.",
#   "S.c.a.r.l."), the S.r.l.s. (semplificata, D.L. 1/2012 art. 3), the
#   S.r.l. unipersonale; "Studio Associato" (an associazione
#   professionale of L. 1815/1939) and the STP (L. 183/2011 art. 10).
# - Partita IVA (found: fabriziosta/PartitaIVAlastDigitCalculator
#   README.md: seven progressive digits, the three-digit provincial
#   office code - "058 ROMA, 048 FIRENZE, 086 ENNA" - and a Luhn check
#   digit; toro2k/codice_fiscale partita_iva.rb the same check); the
#   office codes of this set's provinces are the ISTAT province numbers
#   (Torino 001 ... Milano 015, Bologna 037, Roma 058, Napoli 063, Bari
#   072, Palermo 082, Monza 108; known); written "P.IVA", "P. IVA",
#   "P.I.", "IT" before it (the VIES form), "C.F. e P.IVA" (known).
# - Keyboard (found: simple-keyboard/simple-keyboard-layouts
#   build/layouts/italian.js and Mottie/Keyboard layouts/ms-Italian.js,
#   from Microsoft's kbdit: "q w e r t y u i o p è +", "a s d f g h j k l
#   ò à ù", é only with Shift on è, no capital accented letters): a slip
#   is a neighbour on the row (ò for l, è for p), a dropped, doubled or
#   swapped letter (linkgen.Typo).  Hence the accent typed as an
#   apostrophe after the vowel ("Niccolo'", "CAFFE'": capitals have no
#   key of their own; known, the common usage of Italian typists), é for
#   è (Shift on the key), or dropped.
# - Apostrophes (known): D'Angelo typed D Angelo, DAngelo, D`Angelo,
#   D’Angelo (a word processor's curly one) or D'angelo.
# - Province codes in brackets after a town ("Monza (MB)"), as every
#   Italian address and letterhead writes them (known; the two-letter
#   sigle of the motor registry).
# - Titles (known): Dott./Dott.ssa/Dr. (any graduate: a dentist, a
#   pharmacist, a commercialista), Avv. (lawyer), Ing. (engineer), Geom.
#   (surveyor), Rag. (ragioniere, book-keeper), Arch.; dropped, added,
#   or Dott. for Rag.
# - Abbreviations (known): F.lli / Flli (Fratelli), Soc. Coop.
#   (Società Cooperativa), Studio Ass. (Associato), Imp. / Impr. Edile,
#   Costr., Mecc., Off., Autotrasp., Imm.re (Immobiliare), Ag., Tab.
#   (Tabaccheria), "e" and "&".
# - Phones (known): the fixed-line area codes 02 Milan, 011 Turin, 051
#   Bologna, 06 Rome, 081 Naples, 080 Bari, 091 Palermo ...; CAP
#   postcodes 201xx, 101xx, 401xx, 001xx, 801xx, 701xx, 901xx.
# - Brand words: places and landscapes of each region (Brianza, Langhe,
#   Appennino, Vesuvio, Murgia, Etna ...) and words shops are named by
#   (Arcobaleno, Qualità, Libertà, Perché No: known), with a rare block
#   (Ginestra, Corbezzolo, Lentisco ...) for the rare-word impostors.
#
# Real-row kinds (shares in KINDS): exact, caps, lower, typo, two typos,
# accents (dropped, typed as an apostrophe, é for è), apostrophe
# (D'Angelo respelt), surname first (an owner's "Mario Rossi" typed
# "Rossi Mario" and back), province ("(MI)" or the town and its code
# added, or the province dropped), partita iva (the name with its
# number), title (added, dropped, swapped), fratelli (F.lli / Fratelli /
# Flli / F.LLI, or dropped), partner tail ("di Rossi Mario & C." dropped
# or respelt), legal (dropped, respelt, another form), truncated,
# reorder, abbrev, acronym, and (e / &), branch (sede, magazzino, a
# town), contact, person, domain, mixed.
# Impostors (about 37% of rows): same shape (a fresh name of the
# customers' templates, its brand and surnames from a block no customer
# draws from), rare word (a customer's rare brand in a trade no customer
# has), other city (a customer's brand or surname in another trade and
# province), common surname (a national top surname in such a trade),
# other partner (a customer's partner pair with one surname another from
# the outside block, not when a firm of the kept surname alone is a
# customer), person (no contact), vendor (carriers, registrars, software
# houses, the tax agency), prospect ("Preventivo - " and a fresh name),
# personal ("PC di casa", "Portatile di Giulia"), own staff.  At 50,000
# customers every given name and surname pair is some customer's contact
# and every partner pair's surname some firm's alone, so the person,
# personal and other-partner impostors (and the person rows) are not
# drawn there; the share of impostors holds (same_class).
#
# Machines (linkgen.machine): a real row on one of its customer's assets
# 72%, another customer's 4%; impostors on unknown machines, a shared role
# name (RECEPTION, CASSA1, SEGRETERIA ...) 18%, own staff on the bench.
#
# Labels: rows label-audit.py doubts are drawn again (its ITALY list,
# used only for a list where one name in ten has S.r.l., S.n.c., S.a.s.,
# S.p.A. or Soc. Coop., reads this region's legal forms), and so are
# impostors that, read through this generator's skeleton (accents and
# apostrophes folded, the elided article joined - D'Angelo, D Angelo and
# DAngelo one word - abbreviations expanded, titles, legal forms, province
# codes, "di", "e", "&", "C." dropped, doubled letters single), are a
# customer's name, or that name less its legal form, partner tail, owner
# or town, or all its words less one, or hold a listed person's full
# name (linkgen.Checks, parts_known and pairs).  A person's name is a
# real row only when that whole name is one customer's contact only.
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import linkgen as lk  # noqa: E402


plain, latin, name_or_core = lk.plain, lk.latin, lk.name_or_core


# ---------------------------------------------------------------- places
# (town, province code, desk, share, CAP head, region block)
TOWNS = [("Milano", "MI", "MI", 14, "201", "lom"),
	("Monza", "MB", "MI", 2, "209", "lom"), ("Bergamo", "BG", "MI", 2,
	"241", "lom"), ("Brescia", "BS", "MI", 2, "251", "lom"),
	("Como", "CO", "MI", 1, "221", "lom"), ("Cantù", "CO", "MI", 1,
	"228", "lom"), ("Varese", "VA", "MI", 1, "211", "lom"),
	("Torino", "TO", "TO", 9, "101", "pie"), ("Novara", "NO", "TO", 1,
	"281", "pie"), ("Cuneo", "CN", "TO", 1, "121", "pie"),
	("Asti", "AT", "TO", 1, "141", "pie"), ("Alessandria", "AL", "TO", 1,
	"151", "pie"),
	("Bologna", "BO", "BO", 8, "401", "emi"), ("Modena", "MO", "BO", 2,
	"411", "emi"), ("Reggio Emilia", "RE", "BO", 2, "421", "emi"),
	("Parma", "PR", "BO", 2, "431", "emi"), ("Ferrara", "FE", "BO", 1,
	"441", "emi"), ("Rimini", "RN", "BO", 1, "479", "emi"),
	("Roma", "RM", "RM", 14, "001", "laz"), ("Latina", "LT", "RM", 1,
	"040", "laz"), ("Viterbo", "VT", "RM", 1, "011", "laz"),
	("Frosinone", "FR", "RM", 1, "031", "laz"),
	("Napoli", "NA", "NA", 9, "801", "cam"), ("Pozzuoli", "NA", "NA", 1,
	"800", "cam"), ("Torre del Greco", "NA", "NA", 1, "800", "cam"),
	("Caserta", "CE", "NA", 2, "811", "cam"), ("Salerno", "SA", "NA", 2,
	"841", "cam"),
	("Bari", "BA", "BA", 6, "701", "pug"), ("Altamura", "BA", "BA", 1,
	"700", "pug"), ("Lecce", "LE", "BA", 2, "731", "pug"),
	("Taranto", "TA", "BA", 1, "741", "pug"), ("Foggia", "FG", "BA", 1,
	"711", "pug"), ("Brindisi", "BR", "BA", 1, "721", "pug"),
	("Palermo", "PA", "PA", 6, "901", "sic"), ("Catania", "CT", "PA", 3,
	"951", "sic"), ("Paternò", "CT", "PA", 1, "950", "sic"),
	("Messina", "ME", "PA", 2, "981", "sic"), ("Trapani", "TP", "PA", 1,
	"911", "sic"), ("Agrigento", "AG", "PA", 1, "921", "sic")]
# The ISTAT province numbers (the Partita IVA's office code).
ISTAT = {"TO": 1, "NO": 3, "CN": 4, "AT": 5, "AL": 6, "VA": 12, "CO": 13,
	"MI": 15, "BG": 16, "BS": 17, "PR": 34, "RE": 35, "MO": 36, "BO": 37,
	"FE": 38, "VT": 56, "RM": 58, "LT": 59, "FR": 60, "CE": 61, "NA": 63,
	"SA": 65, "FG": 71, "BA": 72, "TA": 73, "BR": 74, "LE": 75, "TP": 81,
	"PA": 82, "ME": 83, "AG": 84, "CT": 87, "RN": 99, "MB": 108}
AREA = {"MI": "02", "MB": "039", "BG": "035", "BS": "030", "CO": "031",
	"VA": "0332", "TO": "011", "NO": "0321", "CN": "0171", "AT": "0141",
	"AL": "0131", "BO": "051", "MO": "059", "RE": "0522", "PR": "0521",
	"FE": "0532", "RN": "0541", "RM": "06", "LT": "0773", "VT": "0761",
	"FR": "0775", "NA": "081", "CE": "0823", "SA": "089", "BA": "080",
	"LE": "0832", "TA": "099", "FG": "0881", "BR": "0831", "PA": "091",
	"CT": "095", "ME": "090", "TP": "0923", "AG": "0922"}
STREETS = ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II",
	"Via Mazzini", "Piazza Cavour", "Via XX Settembre", "Viale della "
	"Repubblica", "Via Dante Alighieri", "Corso Italia", "Via Giuseppe "
	"Verdi", "Via dell'Industria", "Via San Francesco d'Assisi",
	"Largo Augusto", "Via Nazionale"]

# ---------------------------------------------------------------- people
TOP = "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Bruno Ricci " \
	"Marino Greco".split()
SUR = {"lom": "Brambilla Fumagalli Cattaneo Villa Sala Galli Bassi "
	"Mariani Longoni Pozzi Riva Invernizzi Mauri Crippa Redaelli Ghezzi "
	"Frigerio Zanetti Cantù Dell'Orto Ronchi Colnaghi".split(),
	"pie": "Ferrero Gallo Bertola Rinaldi Ghione Bosio Cravero Bianco "
	"Ferrua Giordano Allasia Marengo Barbero Operti Grosso Chiesa Rosso "
	"Mollo Cerutti Garrone".split(),
	"emi": "Fabbri Montanari Neri Guidi Baraldi Malaguti Gualandi "
	"Barbieri Casadei Benassi Ferretti Pellacani Bertoni Vandelli "
	"Venturi Tosi Bergonzini Zanasi".split(),
	"laz": "Proietti Mancini Santoro De Angelis Marini Conti Cipriani "
	"D'Angelo Di Stefano Carosi Bernardini Fiorentini Tozzi Ciccarelli "
	"Morelli Leoni Ruggeri D'Alessandro".split(),
	"cam": "Coppola De Rosa De Luca Iovine Capasso Cozzolino D'Amico "
	"Sorrentino Della Corte Scognamiglio Di Lorenzo Gargiulo Napolitano "
	"Amato Palumbo Liguori D'Auria Esposito".split(),
	"pug": "De Santis Lorusso Caputo Leone De Marco D'Amato Colucci "
	"Giannuzzi Lacaita Di Bari Losito Lomurno Dell'Aquila Marzano "
	"Pastore Laterza Fanelli Carbonara".split(),
	"sic": "Lombardo Messina La Rosa Grasso Parisi Caruso Vitale Lo Presti "
	"Lo Bianco Di Salvo Scaduto Pappalardo Cannizzaro Li Causi Sciortino "
	"Barone Catalano Nicolò".split()}
# The multi-word surnames split above: joined again by their particles.
for _k, _v in SUR.items():
	out, i = [], 0
	while i < len(_v):
		if _v[i] in ("De", "Di", "Della", "La", "Lo", "Li") and \
				i + 1 < len(_v):
			out.append(_v[i] + " " + _v[i + 1])
			i += 2
		else:
			out.append(_v[i])
			i += 1
	SUR[_k] = out
GIVEN = ("Giuseppe Giovanni Antonio Mario Francesco Luigi Angelo Vincenzo "
	"Pietro Salvatore Carlo Franco Domenico Paolo Michele Giorgio Sergio "
	"Luca Marco Andrea Alessandro Matteo Lorenzo Niccolò Nicolò Stefano "
	"Roberto Gianluca Davide Fabio".split(),
	"Maria Anna Giuseppina Rosa Angela Giovanna Teresa Lucia Carmela "
	"Caterina Francesca Laura Giulia Chiara Sara Valentina Federica Elisa "
	"Alessia Martina Sofia Paola Simona Raffaella".split())

# ---------------------------------------------------------------- words
BRAND = {"lom": ["Brianza", "Lario", "Navigli", "Ambrosiana", "Orobica",
	"Adda", "Madonnina", "Valtellina"], "pie": ["Langhe", "Monviso",
	"Subalpina", "Mole", "Roero", "Canavese", "Superga"],
	"emi": ["Appennino", "Emiliana", "Romagnola", "Due Torri", "Garisenda",
	"Secchia", "Panaro", "Po"], "laz": ["Capitolina", "Tevere",
	"Colosseo", "Aurelia", "Flaminia", "Castelli Romani", "Tiburtina"],
	"cam": ["Vesuvio", "Partenope", "Posillipo", "Mergellina", "Flegrea",
	"Sorrento", "Capri"], "pug": ["Murgia", "Levante", "Salento",
	"Gargano", "Trulli", "San Nicola", "Adriatica"],
	"sic": ["Etna", "Trinacria", "Conca d'Oro", "Zisa", "Peloritana",
	"Egadi", "Zagara"],
	"all": ["Arcobaleno", "Qualità", "Libertà", "Perché No", "Nuova Era",
	"Sole", "Stella", "Aurora", "Delizia", "Bontà", "Città Nuova",
	"Virtù", "Italia", "Europa", "Primavera"]}
RARE = ["Ginestra", "Corbezzolo", "Lentisco", "Mirtillo", "Gelsomino",
	"Biancospino", "Rosmarino", "Lavanda", "Oleandro", "Carrubo",
	"Bergamotto", "Fico d'India", "Agrifoglio", "Sambuco", "Ciclamino",
	"Edelweiss", "Genziana", "Timo", "Cappero", "Mandorlo"]
# Brands and surnames no customer draws (same-shape impostors).
# (Veneto, Friuli, Trentino and Sardinia: no desk of this MSP's.)
OUT_SUR = ["Cattelan", "Zanin", "Bortolotti", "Pellizzari", "Zorzi",
	"Furlan", "Tomasi", "Dalla Valle", "Pantaleo", "Cossu", "Piras",
	"Melis", "Orrù", "Sanna"]
OUT_BRAND = ["Dolomiti", "Berici", "Carnia", "Gallura", "Barbagia",
	"Sulcis", "Cadore", "Asiago"]
LEGAL = [("S.r.l.", 46), ("S.r.l.s.", 12), ("S.n.c.", 15),
	("S.a.s.", 13), ("S.p.A.", 5), ("Soc. Coop.", 6), ("S.r.l. "
	"Unipersonale", 3)]
LEGAL_ALT = {"S.r.l.": ["SRL", "Srl", "s.r.l.", "S.R.L.", "srl", "S.r.l.s.",
	"S.r.l. Unipersonale"], "S.r.l.s.": ["SRLS", "Srls", "S.r.l.", "srls"],
	"S.n.c.": ["SNC", "Snc", "s.n.c.", "S.N.C.", "S.a.s."],
	"S.a.s.": ["SAS", "Sas", "s.a.s.", "S.A.S.", "S.n.c."],
	"S.p.A.": ["SPA", "SpA", "S.P.A.", "spa"],
	"Soc. Coop.": ["Società Cooperativa", "Soc. Coop. a r.l.", "Coop",
	"S.c.a.r.l.", "soc. coop."],
	"S.r.l. Unipersonale": ["S.r.l.", "Srl Unipersonale", "S.R.L.U."]}
# How likely each sector's firm carries a legal form; sole traders
# (ditte individuali) and professionals mostly do not.
SECTORS = [("dental", 8, .35), ("medical", 6, .55), ("pharmacy", 7, .4),
	("law", 7, .15), ("accounts", 8, .3), ("technical", 6, .25),
	("hardware", 7, .6), ("garage", 9, .55), ("agency", 8, .7),
	("build", 10, .85), ("food", 11, .45), ("maker", 8, .9),
	("transport", 5, .85)]
CARRIES = {s[0]: s[2] for s in SECTORS}
# Templates: {B} brand, {S} {S2} surnames, {P} an owner, {G} a given
# name, {T} the town.  A title before {P} is the owner's.
TPL = {"dental": ["Studio Dentistico Dott. {P}", "Studio Dentistico {S}",
	"Centro Odontoiatrico {B}", "Studio Odontoiatrico Dott.ssa {Pf}",
	"Studio Dentistico Associato {S} & {S2}"],
	"medical": ["Poliambulatorio {B}", "Centro Medico {B}",
	"Studio Medico Dott. {P}", "Laboratorio Analisi {B}",
	"Centro Fisioterapico {S}"],
	"pharmacy": ["Farmacia {S}", "Farmacia {B}", "Farmacia Dott. {P}",
	"Farmacia {S} Dott.ssa {Gf}", "Parafarmacia {B}"],
	"law": ["Studio Legale Avv. {P}", "Studio Legale {S} & {S2}",
	"Studio Legale Associato {S} {S2}", "Avv. {P}",
	"Studio Legale {S}"],
	"accounts": ["Studio Commercialista Rag. {P}", "Studio Associato {S} "
	"& {S2}", "Studio {S} Commercialisti Associati", "Studio Rag. {P}",
	"Studio Dott. {P} Commercialista", "Centro Servizi Contabili {B}"],
	"technical": ["Studio Tecnico Geom. {P}", "Studio Tecnico Ing. {P}",
	"Studio di Ingegneria {S}", "Geom. {P}", "Studio Tecnico Associato "
	"{S} & {S2}", "Studio di Architettura Arch. {P}"],
	"hardware": ["Ferramenta {S}", "Ferramenta {B}", "Ferramenta F.lli {S}",
	"Colorificio {S}", "Ferramenta {S} & {S2}"],
	"garage": ["Officina {S}", "Autofficina {S}", "Autofficina {B}",
	"Carrozzeria {S}", "Officina Meccanica F.lli {S}", "Gommista {S}",
	"Autofficina {S} {G}"],
	"agency": ["Agenzia Immobiliare {B}", "Agenzia Viaggi {B}",
	"Agenzia Assicurativa {S}", "Immobiliare {S}", "Agenzia Immobiliare "
	"{S} & {S2}", "Agenzia Pratiche Auto {B}"],
	"build": ["Edilizia {S}", "Costruzioni {S}", "Impresa Edile F.lli {S}",
	"Impianti Elettrici {B}", "Termoidraulica {S}", "Costruzioni {S} & "
	"{S2}", "Impresa Edile {S} {G}"],
	"food": ["Panificio {S}", "Pasticceria {B}", "Bar {B}", "Pizzeria {B}",
	"Ristorante {B}", "Trattoria da {G}", "Salumeria {S}",
	"Caseificio {B}", "Enoteca {B}", "Tabaccheria {S}", "Caffè {B}"],
	"maker": ["{S} Meccanica", "Officine Meccaniche {S}", "Mobilificio {S}",
	"Tessitura {B}", "Oleificio {S}", "Cantine {S}", "Cantina {B}",
	"Mobilificio F.lli {S}"],
	"transport": ["Autotrasporti {S}", "Trasporti F.lli {S}",
	"Logistica {B}", "Autotrasporti {S} & {S2}", "Traslochi {B}"]}
ROLES = {"dental": ["RECEPTION", "RIUNITO1", "RIUNITO2", "RX"],
	"medical": ["ACCETTAZIONE", "AMBULATORIO1", "LAB"],
	"pharmacy": ["BANCO1", "BANCO2", "MAGAZZINO"], "law": ["SEGRETERIA",
	"STUDIO1", "SERVER"], "accounts": ["PAGHE", "CONTABILITA",
	"SEGRETERIA"], "technical": ["CAD1", "CAD2", "PLOTTER"],
	"hardware": ["CASSA1", "CASSA2", "MAGAZZINO"], "garage":
	["ACCETTAZIONE", "DIAGNOSI", "UFFICIO"], "agency": ["VETRINA",
	"UFFICIO", "FRONT"], "build": ["CANTIERE", "UFFICIO", "PREVENTIVI"],
	"food": ["CASSA1", "CASSA2", "LAB"], "maker": ["PRODUZIONE",
	"MAGAZZINO", "UFFICIO-TECNICO"], "transport": ["TRAFFICO",
	"MAGAZZINO"]}
OTHER_TRADE = ["Fioreria", "Parrucchiere", "Lavanderia", "Calzoleria",
	"Gioielleria", "Tintoria", "Ottica", "Palestra", "Gelateria",
	"Edicola", "Merceria", "Autoscuola", "Tappezzeria", "Erboristeria",
	"Cartoleria", "Macelleria"]
TECHS = {"MI": ["Luca Brambilla", "Sara Colombo"], "TO": ["Davide Ferrero",
	"Elisa Bertola"], "BO": ["Matteo Malaguti", "Chiara Fabbri"],
	"RM": ["Andrea Proietti", "Valentina Conti"], "NA": ["Gennaro "
	"Esposito", "Federica Coppola"], "BA": ["Vito Lorusso"],
	"PA": ["Salvatore Lo Presti", "Giulia Caruso"]}
VENDORS = ["TIM Business", "Fastweb", "Vodafone Business", "WindTre "
	"Business", "Iliad", "Aruba.it", "Register.it", "TeamSystem",
	"Zucchetti", "Wolters Kluwer", "Agenzia delle Entrate", "INPS",
	"Poste Italiane", "Enel Energia", "Microsoft 365", "Dell Assistenza",
	"HP Assistenza", "Olivetti", "Canon Italia", "Syncro Support",
	"Fatture in Cloud", "InfoCert", "Namirial"]
STAFF = ["Banco prova 2", "BANCO-3", "Portatile muletto 4", "Muletto 07",
	"Laboratorio - postazione 1", "Immagine W11", "Magazzino 12",
	"Nuovo montaggio", "VM test", "Sara Colombo", "Davide Ferrero",
	"Portatile demo", "Prestito 05"]
PERSONAL = ["Portatile di {G}", "PC di casa", "{G} casa", "Computer di "
	"{G}", "PC {G} (privato)", "{S} {G} - privato", "Il tablet di mia "
	"figlia", "PC nonna", "{G} {S} personale"]	# str.format
PROSPECT = ["Preventivo - ", "Preventivo ", "Demo - ",
	"Potenziale cliente: ", "Offerta "]
SITES = ["Sede", "Sede legale", "Magazzino", "Filiale", "Punto vendita 2",
	"Secondo studio", "Laboratorio", "Ufficio amministrativo"]

# ---------------------------------------------------------------- skeleton
# Abbreviations and titles read as the word; words that say nothing of
# which firm it is dropped.
SK_MAP = {"flli": "fratelli", "fli": "fratelli", "soc": "", "coop":
	"cooperativa", "societa": "", "ass": "associato", "imp": "impresa",
	"impr": "impresa", "costr": "costruzioni", "mecc": "meccanica",
	"off": "officina", "autotrasp": "autotrasporti", "trasp": "trasporti",
	"immre": "immobiliare", "imm": "immobiliare", "ag": "agenzia",
	"tab": "tabaccheria", "comm": "commercialista", "commercialisti":
	"commercialista", "studio": "studio", "ambulat": "ambulatorio",
	"odont": "odontoiatrico", "dentist": "dentistico", "legale": "legale"}
SK_DROP = set("srl srls snc sas spa s r l p a n c scarl unipersonale "
	"dott dottssa dottore dottoressa dr dssa avv avvocato ing ingegnere "
	"geom geometra rag ragioniere arch architetto di e ed and da del "
	"della dei delle lo la il le i lu sc arl u piva iva cf it a sig sigra ra "
	"c co".split())
SK_DROP |= {p.lower() for p in ISTAT}
ELIDED = re.compile(r"\b(d|dell|l|nell|sant|all)['’`´]\s*|\b(d|dell) "
	r"(?=[aeiou])", re.I)


def squeeze(w):
	return re.sub(r"(.)\1+", r"\1", w)


SK_MAP = {squeeze(k): v for k, v in SK_MAP.items()}
SK_DROP = {squeeze(w) for w in SK_DROP}


def _words(s):
	s = ELIDED.sub(lambda m: (m.group(1) or m.group(2)), plain(s))
	s = s.lower().replace("f.lli", "flli").replace("imm.re", "immre")
	out = []
	for w in re.split("[^0-9a-z]+", s.replace("&", " ")):
		w = squeeze(w)
		for x in SK_MAP.get(w, w).split():
			if x and x not in SK_DROP:
				out.append(squeeze(x))
	return out


skel, skel_words = lk.skeleton(_words)


# Each part of an impostor, cut at " - ", ": ", ", ", " (" or " / ", is
# to be no customer's name, no form of one, no listed person.
ck = lk.Checks(skel, skel_words, r" [-–/] |: |, | \(", parts_known=True,
	pairs=True)


# ---------------------------------------------------------------- customers
def town_of(rng, block=None):
	ts = [t for t in TOWNS if block is None or t[5] == block]
	return rng.choices(ts, [t[3] for t in ts])[0]


def surname(rng, block, common=None):
	"""A national top-ten surname a quarter of the time, else one of the
	region's; a third of the south's customers have a northern one and
	back (sixty years of migration inside the country)."""
	if common is None:
		common = rng.random() < .25
	if common:
		return rng.choice(TOP)
	if rng.random() < .15:
		block = rng.choice(sorted(SUR))
	return rng.choice(SUR[block])


def person(rng, block, female=None):
	"""(given name, surname)."""
	if female is None:
		female = rng.random() < .45
	return rng.choice(GIVEN[female]), surname(rng, block)


def brand(rng, block):
	r = rng.random()
	if r < .25:
		return rng.choice(RARE)
	return rng.choice(BRAND[block] if r < .6 else BRAND["all"])


def spell(p, first):
	"""A person as written: "Mario Rossi", or "Rossi Mario" (first)."""
	return "%s %s" % ((p[1], p[0]) if first else p)


def make_customer(rng, cid, block=None, outside=False):
	town, prov, desk, _, cap, block = town_of(rng, block)
	sector = lk.wpick(rng, SECTORS)
	tpl = rng.choice(TPL[sector])
	female = "{Pf}" in tpl or "{Gf}" in tpl or None
	p = person(rng, block, female)
	s2 = surname(rng, block)
	while s2 == p[1]:
		s2 = surname(rng, block)
	b = brand(rng, block)
	if outside:	# a name no customer's words make
		p = (p[0], rng.choice(OUT_SUR))
		s2 = rng.choice([w for w in OUT_SUR if w != p[1]])
		b = rng.choice(OUT_BRAND)
	first = rng.random() < .4	# the owner written surname first
	v = {"B": b, "S": p[1], "S2": s2, "P": spell(p, first),
		"Pf": spell(p, first), "G": p[0], "Gf": p[0]}
	used = set(re.findall(r"\{(\w+)\}", tpl))
	core = re.sub(r"\{(\w+)\}", lambda m: v[m.group(1)], tpl)
	legal, tail = "", ""
	# A professional's own studio ("Studio Legale Avv. ...") is no firm.
	person_firm = used & {"P", "Pf"} and sector != "pharmacy"
	if not person_firm and rng.random() < CARRIES[sector]:
		legal = lk.wpick(rng, LEGAL)
		if legal in ("S.n.c.", "S.a.s.") and rng.random() < .6:
			# art. 2292: a partner's name and "& C."
			tail = "di %s & C." % spell(p, rng.random() < .8)
	name = " ".join(x for x in (core, tail, legal) if x)
	has_owner = used & {"P", "Pf"} or tail
	return {"id": cid, "name": name, "core": core, "tail": tail,
		"legal": legal, "town": town, "prov": prov, "desk": desk,
		"cap": cap, "block": block, "sector": sector, "tpl": tpl,
		"brand": b if "B" in used else None,
		"surs": [v[k] for k in ("S", "S2") if k in used],
		"given": p[0] if used & {"G", "Gf"} else None,
		"owner": p if has_owner else None, "first": first,
		"pname": spell(p, first) if used & {"P", "Pf"} else None}


def keys_of(c):
	"""(sector, word) for what a firm is named by."""
	ws = [c["brand"]] + c["surs"] + ([c["owner"][1]] if c["owner"] else [])
	if not any(ws):
		ws = [c["core"]]
	return [(c["sector"], skel(w)) for w in ws if w]


def piva(rng, prov, taken):
	"""A Partita IVA: seven digits, the province's office code, the Luhn
	check digit (digits at even places doubled, less 9 over 9)."""
	while True:
		d = "%07d%03d" % (rng.randint(1, 3999999), ISTAT[prov])
		s = 0
		for k, ch in enumerate(d):
			x = int(ch) * (2 if k % 2 else 1)
			s += x - 9 if x > 9 else x
		d += str((10 - s % 10) % 10)
		if d not in taken:
			taken.add(d)
			return d


def contacts(rng, c, ids):
	ps = [c["owner"]] if c["owner"] else []
	ps += [person(rng, c["block"]) for _ in range(rng.randint(0, 3))]
	return [lk.contact(ids, p[0], p[1], c["domain"], latin) for p in ps]


def assets(rng, c, ids, shared):
	words = [w.upper() for w in re.split("[^A-Za-z0-9]+", latin(c["core"]))
		if len(w) > 2 and w.lower() not in SK_DROP]
	return lk.asset_names(rng, ids, words, latin(c["town"]).upper()
		.replace(" ", ""), ROLES[c["sector"]], shared,
		lambda r: latin(person(r, c["block"])[0]).upper()[:10])


def address(rng, c):
	return {"address": "%s %d" % (rng.choice(STREETS), rng.randint(1, 180)),
		"address_2": rng.choice([None, None, "Scala B", "Piano 2",
		"Int. %d" % rng.randint(1, 20)]), "city": c["town"],
		"state": c["prov"], "zip": c["cap"] + "%02d" % rng.randint(0, 99)}


def domain(rng, c, taken):
	if rng.random() < .3:
		return rng.choice(["gmail.com", "libero.it", "virgilio.it",
			"tiscali.it", "alice.it", "pec.it"])
	base = c["brand"] or (c["surs"] or [""])[0] or \
		(c["owner"][1] if c["owner"] else "")
	d = re.sub("[^a-z0-9]", "", latin(base).lower())[:14] or "ditta"
	d += {"pharmacy": "farmacia", "law": "legale", "dental": "dentista",
		"garage": "auto"}.get(c["sector"], "")
	full = d + rng.choice([".it", ".it", ".com", ".eu"])
	while full in taken:	# a digit more, as a registrar offers
		full = full.replace(".", str(rng.randint(0, 9)) + ".", 1)
	taken.add(full)
	return full


def syncro_extra(rng, c):
	"""The main contact, a phone of the province and the Partita IVA as
	a custom field."""
	p = c["contacts"][0] if c["contacts"] else {}
	a = AREA[c["prov"]]
	num = "".join(str(rng.randint(0, 9)) for _ in range(10 - len(a)))
	c["syncro"].update(firstname=p.get("firstname"),
		lastname=p.get("lastname"), email=p.get("email"),
		phone="+39 %s %s" % (a, num), properties={"Partita IVA":
		c["piva"]})


def population(rng, n):
	g = lk.G()
	g.custs, seen, shared, taken = [], set(), set(), set()
	ids = iter(range(350000001, 379999999))
	cid = 35000000
	while len(g.custs) < n:
		cid += rng.randint(1, 3)
		c = make_customer(rng, cid)
		ks = {skel(f) for f in (c["name"], c["core"]) if f}
		if "" in ks or ks & seen:
			continue
		seen |= ks
		c["domain"] = domain(rng, c, taken)
		c["piva"] = piva(rng, c["prov"], taken)
		lk.add_customer(rng, g, c, ids, shared, address, contacts, assets)
		syncro_extra(rng, c)
	g.shared = sorted(shared)
	return g


def index(g):
	"""The indexes linkgen's checks read: each customer's forms are its
	name, its core, the core less the owner and the name less the
	partner tail."""
	ck.index_start(g)
	g.sector_keys = set()
	for i, c in enumerate(g.custs):
		names = [c["name"], c["core"]]
		less = [c["core"].replace(c["pname"], "")] if c["pname"] else []
		ck.add_names(g, i, names)
		ck.add_forms(g, i, names + less + [c["core"] + " " + c["legal"]])
		ck.add_words(g, i, skel_words(c["name"]))
		ck.add_contacts(g, i, c)
		g.sector_keys.update(keys_of(c))
	ck.index_end(g)


# ---------------------------------------------------------------- typing
TYPO = lk.Typo(["1234567890'ì", "qwertyuiopè", "asdfghjklòàù", "zxcvbnm"])


def n_caps(rng, g, c):
	"""In capitals, as the Registro delle Imprese prints names; an accent
	then an apostrophe (no capital accented key) or kept."""
	t = name_or_core(rng, c).upper()
	if rng.random() < .5:
		t = re.sub(r"([AEIOU])[\u0300\u0301]", r"\1'",
			unicodedata.normalize("NFD", t))
	return unicodedata.normalize("NFC", t)


def n_lower(rng, g, c):
	t = name_or_core(rng, c, .6).lower()
	return t.replace(".", "") if rng.random() < .4 else t


n_typo, n_typo2 = TYPO.n_core_typo, TYPO.n_core_typo2


def n_accents(rng, g, c):
	"""Each accented vowel dropped (55%), typed as the vowel and an
	apostrophe ("Niccolo'", "Qualita'"; 35%), or è as é (Shift on the
	key; 10%)."""
	s = name_or_core(rng, c)
	if plain(s) == s:
		return None
	r = rng.random()
	if r < .55:
		return plain(s)
	if r < .9:
		return unicodedata.normalize("NFC", re.sub(r"([AEIOUaeiou])"
			r"[\u0300\u0301]", r"\1'", unicodedata.normalize("NFD", s)))
	return s.replace("è", "é") if "è" in s else plain(s)


def n_apostrophe(rng, g, c):
	"""An elided surname or word (D'Angelo, Dell'Aquila, dell'Industria)
	with its apostrophe respelt: a space, nothing, a backtick, a curly
	one, or the next letter in lower case."""
	s = name_or_core(rng, c)
	m = re.search(r"\b(D|Dell|d|dell|L|Sant)'(\w)", s)
	if not m:
		return None
	how = rng.choice([" ", "", "`", "’", "'low", " "])
	rep = m.group(1) + ("'" + m.group(2).lower() if how == "'low" else
		how + m.group(2))
	return s[:m.start()] + rep + s[m.end():]


def n_first(rng, g, c):
	"""The owner's name the other way round: "Dott. Mario Rossi" as
	"Dott. Rossi Mario", and back."""
	if not c["pname"]:
		return None
	p = c["owner"]
	return name_or_core(rng, c).replace(c["pname"], spell(p, not
		c["first"]), 1)


def n_province(rng, g, c):
	"""The province code in brackets after the name or after its town:
	"Ferramenta Riva (MB)", "Ferramenta Riva - Monza (MB)",
	"Ferramenta Riva Monza MB"."""
	s = name_or_core(rng, c, .6)
	r = rng.random()
	if r < .45:
		return "%s (%s)" % (s, c["prov"])
	if r < .85:
		return "%s - %s (%s)" % (s, c["town"], c["prov"])
	return "%s %s %s" % (s, plain(c["town"]), c["prov"])


def n_piva(rng, g, c):
	"""The name with its Partita IVA, as an invoice's header writes it."""
	num = c["piva"]
	lab = rng.choice(["P.IVA", "P. IVA", "P.I.", "Partita IVA", "p.iva",
		"C.F. e P.IVA"])
	if rng.random() < .2:
		num = "IT" + num
	s = name_or_core(rng, c)
	if rng.random() < .3:
		return "%s %s" % (num, s)
	return "%s%s%s %s" % (s, rng.choice([" - ", " ", ", "]), lab, num)


TITLES = {"Dott.": ["Dr.", "Dott", "Dottor", "Dr"], "Dott.ssa": ["Dr.ssa",
	"Dott.", "Dssa", "Dottoressa"], "Avv.": ["Avv", "Avvocato"],
	"Ing.": ["Ing", "Ingegnere"], "Geom.": ["Geom", "Geometra"],
	"Rag.": ["Dott.", "Rag", "Ragioniere"], "Arch.": ["Arch"]}


def n_title(rng, g, c):
	"""The owner's title respelt or another (Dott. for Rag.), dropped,
	or put before an owner that had none."""
	s = name_or_core(rng, c)
	for t, alts in TITLES.items():
		if (t + " ") in s:
			if rng.random() < .35:
				return s.replace(t + " ", "", 1)
			return s.replace(t + " ", rng.choice(alts) + " ", 1)
	if c["pname"] and c["pname"] in s:
		return s.replace(c["pname"], "Sig. " + c["pname"], 1)
	return None


def n_fratelli(rng, g, c):
	"""F.lli respelt (Fratelli, Flli, F.LLI, F.lli.) or dropped."""
	s = name_or_core(rng, c)
	if "F.lli " not in s:
		return None
	if rng.random() < .2:
		return s.replace("F.lli ", "", 1)
	return s.replace("F.lli", rng.choice(["Fratelli", "Flli", "F.LLI",
		"F.lli.", "F.li", "fratelli"]), 1)


def n_tail(rng, g, c):
	"""A partnership's "di Rossi Mario & C." dropped, or its "& C."
	respelt (e C., & c., & Co.) or dropped."""
	if not c["tail"]:
		return None
	r = rng.random()
	if r < .5:
		return c["name"].replace(" " + c["tail"], "")
	t = c["tail"].replace(" & C.", rng.choice(["", " e C.", " & c.",
		" & Co.", " &C."]))
	return c["name"].replace(c["tail"], t)


def legal_other(rng, c, r):
	if r < .85:
		return "%s %s" % (c["core"], rng.choice(LEGAL_ALT[c["legal"]]))
	return "%s %s" % (c["legal"].upper(), c["core"])


n_legal = lk.legal_row(legal_other)


def n_truncated(rng, g, c):
	"""linkgen's cut, not an owner's name cut to a given name."""
	t = lk.n_truncated(rng, g, c)
	keep = c["owner"][1][:4] if c["owner"] else ""
	return t if t and keep in t else None


def n_reorder(rng, g, c):
	"""The surname or brand first: "Ferramenta Riva" -> "Riva Ferramenta",
	"Riva - Ferramenta"."""
	s = c["core"]
	for w in [c["brand"]] + c["surs"]:
		if w and s.endswith(" " + w) and not s.startswith(w):
			head = s[:-len(w) - 1]
			if not re.search(r"[A-Z][a-z]+$", head) or \
					head.endswith(("F.lli", "Associato")):
				return None	# not "Ferrari, Costruzioni Bruno &"
			return "%s%s%s" % (w, rng.choice([" ", " - ", ", "]), head)
	return None


ABBR = [("Fratelli", "F.lli"), ("Studio Associato", "Studio Ass."),
	("Impresa Edile", "Impr. Edile"), ("Costruzioni", "Costr."),
	("Meccanica", "Mecc."), ("Officina", "Off."), ("Autotrasporti",
	"Autotrasp."), ("Immobiliare", "Imm.re"), ("Agenzia", "Ag."),
	("Tabaccheria", "Tab."), ("Soc. Coop.", "Coop."), ("Studio "
	"Dentistico", "Studio Dent."), ("Commercialisti", "Comm."),
	("Poliambulatorio", "Poliamb."), ("Trasporti", "Trasp.")]
SK_MAP.update({"dent": "dentistico", "poliamb": "poliambulatorio"})


def abbr_turn(t, long, short):
	if re.search(r"(?<!\w)%s(?!\w)" % re.escape(long), t):
		return t.replace(long, short, 1)
	if len(short) > 4 and short in t:
		return t.replace(short, long, 1)
	return t


n_abbrev = lk.abbrev_row(ABBR, abbr_turn,
	lambda rng, t: t.replace(".", "") if rng.random() < .3 else t)


def n_acronym(rng, g, c):
	"""A firm of three words or more by its initials, the last word kept
	half the time: "Officine Meccaniche Brambilla" -> "OMB", "OM
	Brambilla"."""
	if c["pname"] or c["given"]:
		return None
	ws = [w for w in re.split(r"[\s&]+", plain(c["core"]).replace("'", ""))
		if w and w[0].isalpha() and w.lower().replace(".", "") not in
		SK_DROP]
	if len(ws) < 3:
		return None
	return lk.initials(rng, ws)


def n_and(rng, g, c):
	s = name_or_core(rng, c)
	if " & " not in s.replace(" & C.", ""):
		return None
	i = s.index(" & ")
	return s[:i] + rng.choice([" e ", " E ", " and ", "&", " + "]) + \
		s[i + 3:]


def n_branch(rng, g, c):
	s = name_or_core(rng, c, .6)
	site = rng.choice([c["town"], plain(c["town"]), rng.choice(SITES),
		rng.choice(SITES) + " " + c["town"]])
	sep = rng.choice([" - ", " / ", " (", ": "])
	return s + sep + site + (")" if sep == " (" else "")


n_contact = lk.contact_row(lambda rng, c, p: rng.choice(["", "", "",
	"(amministrazione)", "(segreteria)", "(titolare)"]))
# An Italian contact typed surname first half the time.
n_person = ck.person_row(lambda rng, c: rng.random() < .5)


n_domain = lk.domain_row(("gmail", "libero", "virgilio", "tiscali",
	"alice", "pec"))


def n_mixed(rng, g, c):
	first = rng.choice([n_accents, n_apostrophe, n_legal, n_abbrev,
		n_fratelli, n_first, n_title])(rng, g, c)
	if not first:
		return None
	d = dict(c, name=first, core=first)
	return rng.choice([n_typo, n_caps, n_truncated, n_lower])(rng, g, d)


KINDS = [("exact", lk.n_exact, 11), ("caps", n_caps, 4),
	("lower", n_lower, 3), ("typo", n_typo, 8), ("two typos", n_typo2, 3),
	("accents", n_accents, 5), ("apostrophe", n_apostrophe, 4),
	("surname first", n_first, 4), ("province", n_province, 4),
	("partita iva", n_piva, 3), ("title", n_title, 3),
	("fratelli", n_fratelli, 2), ("partner tail", n_tail, 3),
	("legal", n_legal, 8), ("truncated", n_truncated, 5),
	("reorder", n_reorder, 3), ("abbrev", n_abbrev, 4),
	("acronym", n_acronym, 2), ("and", n_and, 2), ("branch", n_branch, 3),
	("contact", n_contact, 3), ("person", n_person, 2),
	("domain", n_domain, 2), ("mixed", n_mixed, 4)]


# ---------------------------------------------------------------- impostors
def fresh(rng, g, c):
	"""A name of the customers' own shape whose brand and surnames no
	customer draws."""
	d = make_customer(rng, 0, c["block"], outside=True)
	if set(keys_of(d)) & g.sector_keys:
		return None
	return d["name"] if rng.random() < .7 else d["core"]


def other_trade(rng, c):
	tr = rng.choice(OTHER_TRADE)
	return None if skel(tr) in skel(c["core"]) else tr


def i_rare(rng, g, c):
	tr = other_trade(rng, c)
	return tr + " " + c["brand"] if tr and c["brand"] in RARE else None


def i_city(rng, g, c):
	"""A customer's brand or first surname in another trade and
	province."""
	word = c["brand"] or (c["surs"][0] if c["surs"] else None)
	tr, t = other_trade(rng, c), town_of(rng)
	if not (word and tr) or t[1] == c["prov"]:
		return None
	if rng.random() < .5:
		return "%s %s (%s)" % (tr, word, t[1])
	return "%s %s - %s" % (tr, word, t[0])


def i_surname(rng, g, c):
	"""A national top surname in a trade no customer has."""
	tr = other_trade(rng, c)
	name = tr and "%s %s" % (tr, rng.choice(TOP))
	if name and rng.random() < .3:
		name += " " + lk.wpick(rng, LEGAL)
	return name


def i_partner(rng, g, c):
	"""Another partnership sharing one of a customer's two partners:
	"Studio Legale Rossi & Bianchi" for "Studio Legale Rossi & Conti"."""
	if len(c["surs"]) < 2:
		return None
	k = rng.randint(0, 1)
	new = rng.choice(OUT_SUR)
	t = c["core"].replace(c["surs"][k], new, 1)
	# Not when a firm of the other surname alone is a customer
	# ("Costruzioni Melis & Coppola" beside "Costruzioni Coppola").
	rest = set(skel_words(t)) - set(skel_words(new))
	if any(g.custs[j] is not c for j in lk.held_by_all(g, rest)):
		return None
	return t


def unknown(g, p):
	"""p is no listed person (either way round) and not within a
	customer's name."""
	return not any(skel(n) in g.person or lk.held_by_all(g,
		set(skel_words(n))) for n in (spell(p, False), spell(p, True)))


def i_person(rng, g, c):
	female = rng.random() < .45
	p = person(rng, c["block"], female)
	if not unknown(g, p):
		return None
	t = spell(p, rng.random() < .5)
	return rng.choice(["", "", "Dott. ", ("Sig. ", "Sig.ra ")[female]]) + t


def i_personal(rng, g, c):
	p = person(rng, c["block"])
	t = rng.choice(PERSONAL)
	return t.format(G=p[0], S=p[1]) if unknown(g, p) else None


def i_prospect(rng, g, c):
	"""A quote or a demo for a firm not (yet) a customer."""
	name = fresh(rng, g, c)
	return rng.choice(PROSPECT) + name if name else None


IMPOSTORS = [("impostor: " + kind, f, w) for kind, f, w in (
	("same shape", fresh, 18), ("rare word", i_rare, 10),
	("other city", i_city, 11), ("common surname", i_surname, 9),
	("other partner", i_partner, 8), ("person", i_person, 8),
	("vendor", lk.one_of(VENDORS), 10), ("prospect", i_prospect, 8),
	("personal", i_personal, 8), ("own staff", lk.one_of(STAFF), 7))]
KEPT = ("id", "name", "syncro", "contacts", "assets")
BENCH = ("BANCO-%s-%02d", 8)	# each desk's bench machines
CLOCK = (1824000000, 1109, 70)	# numbered()'s start, step and minutes


def main():
	lk.desk_main("blind35", ck, population, index, KINDS, IMPOSTORS, KEPT,
		BENCH, TECHS, CLOCK)


if __name__ == "__main__":
	main()
