#!/usr/bin/env python3
# gen-link-blind48.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 29: the lead runs it once).  A Swiss MSP serving
# Switzerland and Liechtenstein alone: one Syncro account, one
# ScreenConnect, desks in Zürich (ZRH: Zürich, Zug, Schaffhausen,
# Thurgau), Basel (BSL: both Basels, Aargau, Solothurn, the Jura), Bern
# (BRN: Bern, Biel/Bienne, Fribourg/Freiburg), Luzern (LUZ: Central
# Switzerland), St. Gallen (SGA: eastern Switzerland, Graubünden with its
# Romansh towns, and Liechtenstein), Genève (GVA), Lausanne (LSN: Vaud,
# Neuchâtel, Valais) and Lugano (LUG: Ticino and Italian Graubünden), in
# German, French and Italian and a little Romansh.  Customers: Treuhand /
# fiduciaire / fiduciaria offices, doctors' practices ("Praxis Dr. med.
# X", "Cabinet médical X", "Studio medico Dr. med. X"), dentists
# ("Zahnarztpraxis Dr. med. dent. X", "Cabinet dentaire X", "Studio
# dentistico X"), pharmacies and their branches ("X Apotheke AG, Filiale
# Y", "Pharmacie X SA, succursale de Y", "Farmacia X SA, succursale di
# Y"), Schreinereien / menuiseries / falegnamerie ("Gebr. X", "& Söhne",
# "& Fils", "F.lli X"), garages and Carrosserien, Haustechnik and
# electricians, architects, sole proprietorships named for their owner
# ("Garage Beat Keller", "Menuiserie Yves Rochat"), hotels and
# restaurants, municipalities ("Gemeinde X", "Einwohnergemeinde X",
# "Commune de X", "Comune di X", "Vischnanca X", "Stadt Biel/Ville de
# Bienne"), Spitex and other
# Vereine / associations, Stiftungen / fondations / fondazioni (homes for
# the elderly), Genossenschaften / sociétés coopératives, holdings, and
# firms registered in two or three languages ("X Informatik AG (X
# Informatique SA)").  Legal forms AG / SA, GmbH / Sàrl / Sagl, KlG / SNC,
# Liechtenstein's Anstalt; some names carry their UID (CHE-123.456.789).
# Writes OUTDIR/customers.json (as Syncro's GET /customers returns them:
# id, business_name, firstname, lastname, email, phone, address,
# address_2, city, state, zip, contacts, assets), names.tsv (typed TAB
# true id or "" TAB kind TAB machine), sessions.jsonl and
# sessions-machine.jsonl through linkgen.desk_main.  Python stdlib only,
# deterministic for a seed.  Customer ids from 48000000 (below 48200000 at
# 50,000 customers: the id grows by 1 to 3 with a customer kept),
# contacts' and assets' from 48300001 (below 49000000).
#
# Where each shape comes from ("found": found with the session's search
# tool; "known": public knowledge, no search):
# - Legal forms and names (found: rta.ch "New regulations on the formation
#   and continuation of the company name" - since 2016 every firm but a
#   sole proprietorship is a free core plus its legal form, written out
#   or abbreviated (AG, GmbH, KlG, KmG, Gen); rister.ch "The corporate
#   name of a company in Switzerland" - a sole proprietorship's name holds
#   the owner's surname, an SNC the partners' with "& Co.", Sàrl/GmbH and
#   SA/AG the form; docs.kausate.com's Zefix guide: the forms in German,
#   French and Italian - Aktiengesellschaft / Société anonyme / Società
#   anonima, GmbH / Société à responsabilité limitée / Società a garanzia
#   limitata (Sagl), Kollektivgesellschaft / Société en nom collectif /
#   Società in nome collettivo, Genossenschaft / Société coopérative /
#   Società cooperativa, Verein / Association / Associazione, Stiftung /
#   Fondation / Fondazione, Einzelunternehmen / Entreprise individuelle /
#   Ditta individuale): AG, GmbH, KlG in German, SA, Sàrl, SNC in French,
#   SA, Sagl, SNC in Italian; no form on a sole proprietorship, a
#   Verein, a Stiftung, a municipality.  Liechtenstein's Anstalt (known).
# - Names in several languages (found: BGE 106 II 58 on bger.ch and
#   servat.unibe.ch, "Eintragung einer Firma in fremden Sprachen": a firm
#   may be registered in several languages whose versions must say the
#   same; BGE 86 I 243 on entscheide.weblaw.ch: "Europäische
#   Treuhandgesellschaft", "Société Fiduciaire Européenne", "Società
#   Fiduciaria Europea" asked for one company): a firm's other-language
#   name in brackets after its own, "X Treuhand AG (Fiduciaire X SA)";
#   the same trade under another language and another firm is another
#   body.
# - Branches (found: zweigniederlassung.ch "Geschäftsfirma" and OR art.
#   952 on lawbrary.ch: a branch bears its head office's firm and may add
#   "Filiale Basel", "Zweiggeschäft St. Gallen", "Verkaufsstelle Bern"):
#   "X Apotheke AG, Filiale Y", "succursale de Y", "succursale di Y"; a
#   chain's branch that is no customer is another body.
# - UID (found: hl7ch/ch-core input/fsh/invariants/uidb.fsh - "CHE", a
#   non-zero digit and eight more, modulus 11 with weights 5 4 3 2 7 6 5
#   4 over the first eight; the Rust crates quoting eCH-0097 section
#   2.4.2: 11 - sum mod 11, 11 is 0, 10 is never issued;
#   docs.kausate.com: written CHE-367.039.468): on some customers'
#   names, typed bare, undotted, with "UID", with MWST / TVA / IVA as the
#   VAT number is; another valid number is another body.
# - Surnames (found: bfs.admin.ch "Names in Switzerland" - Müller, Meier,
#   Schmid first; dicconbewes.com - Keller, Weber, Romandie's Favre,
#   Martin, Rochat, Ticino's Bernasconi, Bianchi, Rossi; goldkueste24.ch
#   and srf.ch - Ferreira and Pereira (after da Silva, left out: the
#   checks read a listed person's two-word name) in the Romandie, Fournier in
#   Sion, Rais in Delémont, Derungs and Caduff in the Romansh part;
#   marchanzeiger.ch - Kälin, Mächler, Züger, Marty, Vogt, Kistler,
#   Bamert, Ruoss; appenzell24.ch - Koller, Frischknecht, Inauen;
#   lenews.ch - Jeanneret in Neuchâtel); the rest of each language's
#   list and the given names (known: common Swiss names).
# - Places (known): each desk's towns, cantons (ZH, BE, LU, BS, BL, SG,
#   GR, GE, VD, NE, VS, TI ...) and four-digit postcodes, their names in
#   the other languages (Zürich / Zurich / Zurigo, Genève / Genf /
#   Ginevra, Biel / Bienne, Chur / Coire / Cuira); towns of one name in
#   several cantons, told apart by the canton (Buchs SG / ZH / LU, Wil SG
#   / ZH, Wangen SZ / SO); towns no customer is in; Liechtenstein's
#   communes (FL, postcodes 94xx, +423).
# - Municipal bodies (known): the Einwohnergemeinde is the municipality,
#   the Bürgergemeinde, the Kirchgemeinden, the Schulgemeinde,
#   bourgeoisie, paroisse and patriziato are other bodies of the same
#   town.
# - Keyboard (known): the Swiss QWERTZ rows (ü ö ä beside p l), umlauts
#   typed ae / oe / ue or dropped, accents dropped, no ß.
# - Vendors (known): Swiss telecoms, software and wholesalers of the
#   trades (Swisscom, Abacus, Bexio, Galexis, Infomaniak ...).
#
# Real-row kinds (shares in KINDS): exact, caps, lower, typo (Swiss
# QWERTZ), two typos, umlaut (ä ö ü typed ae oe ue or a o u, é è à ç
# plain), truncated, reorder ("Treuhand Meier" for "Meier Treuhand"),
# abbrev (Gebr. / Gebrüder, F.lli / Fratelli, WBG, Gde., St. / Sankt,
# Dr. med. / Dr., & Co. / & Cie ...), acronym, legal (dropped, respelt:
# Sàrl / SARL / S.à r.l., GmbH / Gmbh, SA / S.A., or swapped for the other
# language's: AG / SA, GmbH / Sàrl / Sagl), language (a firm's or a
# bilingual municipality's other-language name), canton (the canton's
# abbreviation after the name), branch (a site after the name, in the
# desk's language), and (& / und / et / e / +), contact, person, domain,
# uid, doctor (a named doctor's practice typed as the doctor: "Dr. Hans
# Meier", "Meier Hans"), mixed.
# Impostors (about 37% of rows): same shape (a fresh name of the
# customers' templates, its words from an outside block), other town (a
# town-named body in a town no customer is in), other canton (the same
# body of a namesake town in another canton: "Spitex Buchs ZH" for
# "Spitex Buchs SG"), holding (the holding of an operating AG, or the
# operating AG of a holding), other branch (a chain's Filiale in a town
# where none is a customer), other language (the same surname's firm of
# the same trade in another language and region: "Menuiserie Keller Sàrl,
# Morges" beside "Schreinerei Keller GmbH"), family member (a named
# doctor's or sole proprietor's relative of another given name: "Garage
# Urs Keller" beside "Garage Beat Keller"), municipal body (the
# Bürgergemeinde, a Kirchgemeinde, a Schulgemeinde of a customer
# municipality's town), other trade (the same surname in a trade no
# customer has), other UID, person, vendor, prospect, personal, own
# staff.  The share holds at 50,000 customers (same_class), but there
# nearly every given name and surname pair is some customer's contact or
# in some customer's name, so the person, personal and family-member
# impostors and the person and doctor rows are few or none, and others
# fill; so are the municipal-body and other-canton impostors (few towns).
#
# Machines (linkgen.machine): a real row on one of its customer's assets
# 72%, another customer's 4%; impostors on unknown machines, a shared role
# name (EMPFANG, ACCUEIL, RICEZIONE, KASSE ...) 18%, own staff on the
# bench.
#
# Labels: rows label-audit.py doubts are drawn again, and so are
# impostors that, read through this generator's skeleton (accents and
# umlauts folded, ae oe ue read as a o u, legal forms, titles, "und",
# "et", "de", "di" dropped, a town's names in every language read as one,
# the abbreviations read as their words, the municipality's names read
# as "gemeinde", the UID read as one number), are a customer's name or a
# form of it, or hold all its words less one, or hold a listed person's
# full name (linkgen.Checks, parts_known and pairs).  A person's name is a
# real row only when that whole name is one customer's contact only.
import os
import re
import sys
from itertools import accumulate

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linkgen as lk  # noqa: E402

# ---------------------------------------------------------------- places
# Each desk: its telephone prefix, then "names/canton/language/postcode
# head/weight"; a town's names in other languages after "|", its two
# official languages as "de+fr".
TOWNS = {
	"ZRH": ("44", """Zürich|Zurich|Zurigo/ZH/de/80/9 Winterthur/ZH/de/84/3
		Uster/ZH/de/86/2 Dübendorf/ZH/de/86/1 Dietikon/ZH/de/89/1
		Wädenswil/ZH/de/88/1 Bülach/ZH/de/81/1 Wald ZH/ZH/de/86/1
		Zug|Zoug|Zugo/ZG/de/63/2 Baar/ZG/de/63/1
		Schaffhausen|Schaffhouse|Sciaffusa/SH/de/82/1
		Frauenfeld/TG/de/85/1 Kreuzlingen/TG/de/85/1"""),
	"BSL": ("61", """Basel|Bâle|Basilea/BS/de/40/9 Riehen/BS/de/41/1
		Liestal/BL/de/44/2 Allschwil/BL/de/41/1 Muttenz/BL/de/41/1
		Oberdorf BL/BL/de/44/1 Aarau/AG/de/50/2 Baden/AG/de/54/2
		Olten/SO/de/46/1 Solothurn|Soleure|Soletta/SO/de/45/1
		Delémont|Delsberg/JU/fr/28/1 Porrentruy|Pruntrut/JU/fr/29/1"""),
	"BRN": ("31", """Bern|Berne|Berna/BE/de/30/9 Köniz/BE/de/30/2
		Thun|Thoune/BE/de/36/2 Burgdorf|Berthoud/BE/de/34/1
		Langenthal/BE/de/49/1 Interlaken/BE/de/38/1 Spiez/BE/de/37/1
		Kirchberg BE/BE/de/34/1 Biel|Bienne/BE/de+fr/25/3
		Fribourg|Freiburg|Friburgo/FR/fr+de/17/2 Murten|Morat/FR/de/32/1"""),
	"LUZ": ("41", """Luzern|Lucerne|Lucerna/LU/de/60/9 Emmen/LU/de/60/2
		Kriens/LU/de/60/2 Horw/LU/de/60/1 Sursee/LU/de/62/1
		Schwyz|Svitto/SZ/de/64/1 Wangen SZ/SZ/de/88/1 Altdorf/UR/de/64/1
		Stans/NW/de/63/1 Sarnen/OW/de/60/1"""),
	"SGA": ("71", """St. Gallen|Saint-Gall|San Gallo|Sankt Gallen/SG/de/90/9
		Gossau/SG/de/92/1 Rorschach/SG/de/94/1 Buchs SG/SG/de/94/1
		Wil SG/SG/de/95/1 Herisau/AR/de/91/1 Appenzell/AI/de/90/1
		Chur|Coire|Coira|Cuira/GR/de/70/2 Davos/GR/de/72/1
		Scuol|Schuls/GR/rm/75/1 Disentis|Mustér/GR/rm/71/1
		Vaduz/FL/de/94/2 Schaan/FL/de/94/1 Balzers/FL/de/94/1"""),
	"GVA": ("22", """Genève|Genf|Ginevra|Geneva/GE/fr/12/9 Carouge/GE/fr/12/2
		Vernier/GE/fr/12/1 Meyrin/GE/fr/12/1 Lancy/GE/fr/12/1
		Onex/GE/fr/12/1 Thônex/GE/fr/12/1 Nyon/VD/fr/12/1"""),
	"LSN": ("21", """Lausanne|Losanna/VD/fr/10/9 Renens/VD/fr/10/1
		Morges/VD/fr/11/1 Vevey|Vivis/VD/fr/18/1 Montreux/VD/fr/18/1
		Yverdon-les-Bains/VD/fr/14/1 Neuchâtel|Neuenburg/NE/fr/20/2
		La Chaux-de-Fonds/NE/fr/23/1 Sion|Sitten/VS/fr/19/2
		Martigny/VS/fr/19/1 Sierre|Siders/VS/fr/39/1"""),
	"LUG": ("91", """Lugano/TI/it/69/9 Bellinzona|Bellenz/TI/it/65/3
		Locarno/TI/it/66/2 Mendrisio/TI/it/68/1 Chiasso/TI/it/68/1
		Biasca/TI/it/67/1 Ascona/TI/it/66/1 Poschiavo/GR/it/77/1
		Roveredo/GR/it/65/1""")}


def towns_of(desk):
	"""TOWNS' records of desk: (names, canton, languages, head, weight)."""
	out = []
	for rec in re.findall(r"[^/\s][^/]*/[A-Z]{2}/[a-z+]+/\d+/\d+",
			TOWNS[desk][1]):
		names, kt, langs, head, w = rec.strip().split("/")
		out.append((names.split("|"), kt, langs.split("+"), head, int(w)))
	return out


DESKS = {d: towns_of(d) for d in TOWNS}
DESK_SHARE = [("ZRH", 20), ("BSL", 12), ("BRN", 14), ("LUZ", 11),
	("SGA", 12), ("GVA", 11), ("LSN", 11), ("LUG", 9)]
TOWN_CUM = {d: list(accumulate(t[4] for t in ts)) for d, ts in DESKS.items()}
# Towns of each desk where no customer is (other-town impostors).
ELSEWHERE = {"ZRH": ["Wetzikon", "Horgen", "Meilen", "Kloten", "Adliswil"],
	"BSL": ["Binningen", "Sissach", "Zofingen", "Brugg", "Laufen"],
	"BRN": ["Münsingen", "Worb", "Lyss", "Belp", "Ostermundigen"],
	"LUZ": ["Willisau", "Hochdorf", "Ebikon", "Einsiedeln", "Küssnacht"],
	"SGA": ["Wattwil", "Uzwil", "Altstätten", "Arbon", "Triesen"],
	"GVA": ["Versoix", "Plan-les-Ouates", "Chêne-Bourg", "Bernex",
	"Grand-Saconnex"], "LSN": ["Pully", "Prilly", "Ecublens", "Payerne",
	"Bulle"], "LUG": ["Massagno", "Paradiso", "Agno", "Losone", "Tenero"]}
# A namesake town's other cantons (other-canton impostors).
NAMESAKE = {"Buchs SG": ["ZH", "LU"], "Wil SG": ["ZH"], "Wangen SZ":
	["SO"], "Oberdorf BL": ["NW", "SO"], "Kirchberg BE": ["SG"],
	"Wald ZH": ["BE", "AR"]}
ALL_NAMES = [n for ts in DESKS.values() for t in ts for n in t[0]]
assert not set(n for v in ELSEWHERE.values() for n in v) & set(ALL_NAMES)
STREET = {"de": ["Bahnhofstrasse", "Hauptstrasse", "Dorfstrasse",
	"Industriestrasse", "Kirchgasse", "Seestrasse", "Poststrasse",
	"Gewerbestrasse"], "fr": ["Rue du Lac", "Avenue de la Gare",
	"Route de Genève", "Rue du Marché", "Chemin des Vignes",
	"Rue de l'Industrie"], "it": ["Via Cantonale", "Via San Gottardo",
	"Via Nassa", "Corso Elvezia", "Via alla Stazione", "Via Industria"]}

# ---------------------------------------------------------------- people
SURNAMES = {"de": """Müller Meier Schmid Keller Weber Huber Schneider Meyer
	Steiner Fischer Gerber Brunner Baumann Frei Zimmermann Moser Widmer
	Wyss Graf Roth Suter Baumgartner Bachmann Studer Bühler Kälin Marty
	Züger Koller Frischknecht Inauen Hofmann Kunz Lüthi Wüthrich Zürcher
	Bucher Egli Häfliger Odermatt Amstutz Aebischer Gisler Furrer Hess
	Kägi Stucki Ammann Wenger Lehmann Stalder Bärtschi Hug Tanner Mächler
	Kistler Bamert Ruoss Schärer Rüegg Nägeli Wälti Büchel Marxer Ospelt
	Wohlwend Schwarz Maurer Schüpbach Känzig Rohrer Siegrist Stöckli Aebi
	Gasser Kuhn Imhof Berger Christen Flückiger Hauser Hirschi Iseli Jost
	Kaufmann Kohler Künzli Leuenberger Lienhard Locher Lütolf Merz Meister
	Nussbaumer Oswald Probst Rieder Ryser Schär Scherrer Schlegel Schwab
	Senn Sommer Spörri Stadelmann Steffen Thalmann Vogel Wagner Wettstein
	Wirth Wolf Ziegler Zollinger Zumstein Zwicky""".split(),
	"fr": """Favre Martin Rochat Jeanneret Fournier
	Rais Bonvin Perret Dubois Morand Berset Cuendet Chevalley Pittet
	Vuilleumier Monnier Girard Mottier Jaquet Golay Dufour Bron Rey Moret
	Reymond Chappuis Jaccard Roulin Délèze Cretton Pellet Gillioz Fardel
	Rappaz Ferreira Pereira Bovet Python Droz Sandoz Maillard
	Crausaz Glardon Jotterand Aubert Besson Blanc Bovay Chollet Clerc
	Cornaz Debons Decosterd Dumoulin Duvoisin Fauquex Genoud Gilliéron
	Grandjean Guignard Humbert Jacot Junod Mercier Meylan Michaud Nicolet
	Paccaud Perrin Piguet Pilloud Rossier Savary Thévenaz Vaucher
	Zufferey Antille Carron Crettenand Favez Gaillard""".split(),
	"it": """Bernasconi Bianchi Rossi
	Ferrari Lepori Pedrazzini Beffa Bizzini Camponovo Cattaneo Fontana
	Galli Guidotti Lombardi Maggi Molinari Moretti Pedrini Quadri Righetti
	Rusconi Soldati Tognola Valsangiacomo Zanetti Lurati Crivelli Nessi
	Induni Cereghetti Gianini Mombelli Albertoni Arigoni Balestra Bassi
	Bellini Bernardoni Bonetti Bottinelli Calderari Canonica Cavalli
	Colombo Conti Delcò Foletti Gamboni Ghisletta Grassi Jelmini Lucchini
	Manzocchi Marcionetti Martinoli Pellandini Pini Poretti Ramelli Regazzi
	Rigamonti Sala Sciaroni Storni Tettamanti Vanetti Zappa""".split(),
	"rm": """Caduff Derungs
	Cathomen Capaul Cavelti Candinas Tuor Vincenz Bundi Cadruvi
	Tscharner Casutt""".split()}
GIVEN = {"de": ("""Daniel Peter Thomas Martin Hans Christian Stefan Markus
	Andreas Michael Urs Beat Reto Marco Lukas Simon Roland Bruno""".split(),
	"""Anna Ursula Sandra Ruth Monika Barbara Nicole Claudia Andrea
	Daniela Elisabeth Verena Corinne Brigitte Regula Esther""".split()),
	"fr": ("""Jean Pierre Philippe Nicolas Olivier Christophe Laurent Alain
	Pascal Yves Frédéric Julien Jérôme""".split(), """Marie Isabelle
	Nathalie Sophie Catherine Valérie Christine Sylvie Françoise Céline
	Anne Chantal Mélanie""".split()), "it": ("""Luca Giuseppe Paolo Franco
	Fabio Mauro Giorgio Claudio Stefano Davide Matteo Sergio""".split(),
	"""Maria Paola Francesca Elena Laura Sara Chiara Giulia Silvia Monica
	Daniela Lorena""".split())}
GIVEN["rm"] = GIVEN["de"]
# Surnames and names no customer draws (same-shape impostors).
OUT_SURNAME = {"de": ["Hunziker", "Tschudi", "Zwahlen", "Aeschlimann",
	"Blättler", "Schwarzenbach"], "fr": ["Bugnon", "Favrod", "Oppliger",
	"Pasche", "Curchod", "Tinguely"], "it": ["Cavadini", "Rezzonico",
	"Fumagalli", "Bottani", "Sciolli", "Gianella"]}
OUT_BRAND = {"de": ["Hohfluh", "Wiesengrund", "Grünau", "Seerose"],
	"fr": ["Les Érables", "Les Cèdres", "Belmont", "Le Verger"],
	"it": ["Ca' Rossa", "Al Ronco", "Ronchetto", "La Fontana"]}

# ---------------------------------------------------------------- words
BRAND = {"de": ["Alpenblick", "Bergsonne", "Sonnenhalde", "Lindenhof",
	"Rosenberg", "Seeblick", "Edelweiss", "Tannegg", "Waldheim", "Sonnmatt",
	"Rigiblick", "Pilatus", "Säntis", "Limmat", "Aare", "Reuss", "Gurten",
	"Bergquelle", "Falken", "Sternen", "Bären", "Löwen", "Linde", "Rössli",
	"Engel", "Krone"], "fr": ["Bellevue", "Belle-Rive", "Les Tilleuls",
	"Le Chêne", "Léman", "Salève", "Lavaux", "Chasseral", "Les Vergers",
	"L'Aurore", "Bel-Air", "Les Pâquerettes", "La Croix-Blanche",
	"Le Cerf", "Beau-Site", "Arve"], "it": ["Ceresio", "Monte Brè",
	"Al Lago", "Bel Sole", "Verbano", "Gottardo", "San Salvatore",
	"La Ginestra", "Maggia", "Il Castagno", "Belvedere", "La Rondine",
	"Stella", "Cervo"], "all": ["Alpina", "Nova", "Optima", "Prisma",
	"Concordia", "Sirius", "Atlas", "Vita", "Aurora", "Orion", "Centro",
	"Helix"]}
# Compound brands, as Swiss homes, hotels and firms are named.
BRAND["de"] += [a + b for a in ("Sonnen", "Berg", "See", "Wald", "Linden",
	"Rosen", "Tannen", "Eichen", "Matten", "Birken") for b in ("halde",
	"hof", "berg", "blick", "matt", "egg", "bühl", "rain", "wies", "heim")
	if not a.endswith("e") or b[0] != "e"]	# no "Seeegg"
BRAND["fr"] += [a + b for a in ("Clos-", "Champ-", "Bel-", "Mont-", "Val-")
	for b in ("Soleil", "Fleuri", "Joli", "Riant", "Vert", "Doré", "Pré")]
BRAND["it"] += [a + b for heads, tails in ((("Villa ", "Casa "),
	("Serena", "Fiorita", "Bella", "Dorata")), (("Monte ", "Colle ",
	"Poggio "), ("Verde", "Bello", "Fiorito", "Sereno", "Dorato")))
	for a in heads for b in tails]
BRAND["rm"] = BRAND["de"]
# Sectors: (weight, legal-form share, {language: templates}); {S} {S2}
# surnames, {G} a given name, {B} a brand, {T} the town, {C} a chain's
# brand; a template beginning "!" takes no legal form (a sole
# proprietorship, a practice, a body).
SECTORS = {
	"treuhand": (12, .75, {"de": ["{S} Treuhand", "!Treuhandbüro {S}",
		"{B} Treuhand", "{S} & Partner Treuhand", "!Treuhand {G} {S}",
		"{S} & {S2} Treuhand"], "fr": ["Fiduciaire {S}", "Fiduciaire {B}",
		"{S} & Associés Fiduciaire", "!Fiduciaire {G} {S}",
		"Fiduciaire {S} & {S2}"], "it": ["Fiduciaria {S}",
		"!Studio fiduciario {S}", "Fiduciaria {B}", "!Fiduciaria {G} {S}",
		"Fiduciaria {S} & {S2}"]}),
	"praxis": (10, .3, {"de": ["!Praxis Dr. med. {G} {S}",
		"Gruppenpraxis {B}", "!Hausarztpraxis {T}",
		"!Praxisgemeinschaft {S} & {S2}"], "fr":
		["!Cabinet médical Dr {G} {S}", "Centre médical {T}",
		"!Cabinet médical {B}"], "it": ["!Studio medico Dr. med. {G} {S}",
		"Centro medico {T}", "!Studio medico {B}"]}),
	"zahnarzt": (7, .3, {"de": ["!Zahnarztpraxis Dr. med. dent. {G} {S}",
		"Zahnzentrum {T}", "!Zahnarztpraxis {B}"], "fr":
		["!Cabinet dentaire Dr {G} {S}", "Clinique dentaire {T}",
		"!Cabinet dentaire {B}"], "it": ["!Studio dentistico Dr. {G} {S}",
		"Clinica dentaria {T}", "!Studio dentistico {B}"]}),
	"apotheke": (7, .9, {"de": ["{C} Apotheke", "!Apotheke {T}",
		"Apotheke Dr. {S}"], "fr": ["Pharmacie {C}", "!Pharmacie de {T}",
		"Pharmacie {S}"], "it": ["Farmacia {C}", "!Farmacia di {T}",
		"Farmacia {S}"]}),
	"schreinerei": (8, .7, {"de": ["Schreinerei {S}", "{S} Schreinerei",
		"Gebr. {S} Schreinerei", "Schreinerei {S} & Söhne",
		"!Schreinerei {G} {S}"], "fr":
		["Menuiserie {S}", "Menuiserie {S} & Fils", "!Ébénisterie {S}",
		"!Menuiserie {G} {S}"], "it": ["Falegnameria {S}",
		"Falegnameria F.lli {S}", "!Falegnameria {G} {S}"]}),
	"garage": (8, .8, {"de": ["Garage {S}", "{B} Garage",
		"{S} Garage & Carrosserie", "Auto {S}", "!Garage {G} {S}"], "fr":
		["Garage {B}", "Garage {S} & Fils", "Carrosserie {S}",
		"!Garage {G} {S}"], "it": ["Garage {S}", "Autorimessa {B}",
		"Carrozzeria {S}", "!Garage {G} {S}"]}),
	"haustechnik": (7, .85, {"de": ["{S} Haustechnik", "Elektro {S}",
		"{S} Sanitär Heizung", "{S} & Co. Bedachungen", "!Elektro {G} {S}",
		"!Sanitär {G} {S}"], "fr": ["{S} Électricité", "Sanitaire {S}",
		"{S} Chauffage Sanitaire", "!Électricité {G} {S}"], "it":
		["{S} Impianti elettrici", "Idraulica {S}",
		"!Elettricità {G} {S}"]}),
	"architektur": (4, .7, {"de": ["{S} Architekten",
		"{S} + {S2} Architekten", "!Architekturbüro {S}",
		"!Architekt {G} {S}"], "fr": ["{S} Architectes",
		"!Bureau d'architectes {S}", "{S} & {S2} Architectes",
		"!Atelier d'architecture {G} {S}"], "it":
		["!Studio d'architettura {S}", "{S} Architetti",
		"!Architetto {G} {S}", "{S} & {S2} Architetti"]}),
	"hotel": (6, .6, {"de": ["Hotel {B}", "!Gasthof {B}",
		"!Restaurant {B}"], "fr": ["Hôtel {B}", "!Restaurant {B}",
		"!Auberge {B}"], "it": ["Albergo {B}", "!Ristorante {B}",
		"!Grotto {B}", "Hotel {B}"]}),
	"gemeinde": (6, 0, {"de": ["Gemeinde {T}", "Gemeindeverwaltung {T}",
		"Einwohnergemeinde {T}", "Stadtverwaltung {T}"], "fr":
		["Commune de {T}", "Administration communale de {T}",
		"Ville de {T}"], "it": ["Comune di {T}", "Municipio di {T}",
		"Città di {T}"], "rm": ["Vischnanca {T}"]}),
	"verein": (5, 0, {"de": ["Spitex {T}", "Spitex Verein {T}",
		"Verein {B}", "Turnverein {T}"], "fr": ["Association {B}",
		"Fanfare de {T}", "Association Soins à domicile {T}"], "it":
		["Associazione {B}", "Filarmonica di {T}"]}),
	"stiftung": (5, 0, {"de": ["Stiftung {B}", "Alterszentrum {B}",
		"Wohnheim {B}"], "fr": ["Fondation {B}", "EMS {B}"], "it":
		["Fondazione {B}", "Casa anziani {B}"]}),
	"genossenschaft": (4, 0, {"de": ["Wohnbaugenossenschaft {B}",
		"Genossenschaft {B}"], "fr": ["Société coopérative {B}",
		"Coopérative d'habitation {B}"], "it": ["Società cooperativa {B}",
		"Cooperativa {B}"]}),
	"holding": (3, 1, {"de": ["{S} Holding", "{B} Holding"], "fr":
		["{S} Holding", "Holding {B}"], "it": ["{S} Holding",
		"Holding {B}"]}),
	"multi": (5, 1, {})}
# Firms registered in three languages (the "multi" sector).
MULTI = [("{B} Informatik", "{B} Informatique", "{B} Informatica"),
	("{S} Treuhand", "Fiduciaire {S}", "Fiduciaria {S}"),
	("{B} Immobilien", "{B} Immobilier", "{B} Immobiliare"),
	("{S} Haustechnik", "{S} Technique du bâtiment", "{S} Impiantistica"),
	("{B} Reisen", "{B} Voyages", "{B} Viaggi"),
	("{B} Personalberatung", "{B} Conseil en personnel",
	"{B} Consulenza del personale")]
# Chains of pharmacies (a branch's head office is no customer).
CHAIN = {"de": ["Sonnen", "Rosen", "Stern", "Bahnhof", "Linden", "Adler",
	"Kreuz", "Schwanen"], "fr": ["Centrale", "du Lac", "des Alpes",
	"de la Gare", "du Midi", "de l'Ours"], "it": ["Centrale", "San Rocco",
	"della Stazione", "Nuova"]}
CHAIN["rm"] = CHAIN["de"]
BRANCH = {"de": ["Filiale", "Zweigniederlassung", "Filiale"], "fr":
	["succursale de", "succursale"], "it": ["succursale di", "filiale"]}
LEGAL = {"de": [("AG", 35), ("GmbH", 55), ("KlG", 4)], "fr": [("SA", 35),
	("Sàrl", 55), ("SNC", 4)], "it": [("SA", 35), ("Sagl", 55),
	("SNC", 4)], "FL": [("AG", 45), ("Anstalt", 30), ("GmbH", 25)]}
LEGAL["rm"] = LEGAL["de"]
RESPELL = {"AG": ["Aktiengesellschaft", "ag", "AG."], "GmbH": ["Gmbh",
	"GMBH", "G.m.b.H.", "gmbh"], "KlG": ["Kollektivgesellschaft"],
	"SA": ["S.A.", "sa", "S.A"], "Sàrl": ["Sarl", "SARL", "S.à r.l.",
	"S.à.r.l.", "sàrl"], "SNC": ["S.N.C.", "snc"], "Sagl": ["SAGL",
	"sagl"], "Anstalt": ["Anst.", "anstalt"]}
SWAP = {"AG": ["SA"], "SA": ["AG"], "GmbH": ["Sàrl", "Sagl"],
	"Sàrl": ["GmbH"], "Sagl": ["GmbH", "Sàrl"], "KlG": ["SNC"],
	"SNC": ["KlG"]}
ROLES = {"treuhand": ["BUCHHALTUNG", "ABACUS-SRV", "EMPFANG"], "praxis":
	["EMPFANG", "LABOR", "ROENTGEN", "ACCUEIL", "RICEZIONE"], "zahnarzt":
	["BEH1", "BEH2", "EMPFANG", "OPT-XRAY"], "apotheke": ["KASSE1",
	"KASSE2", "OFFIZIN", "CAISSE1"], "schreinerei": ["WERKSTATT", "CAD",
	"BUERO"], "garage": ["WERKSTATT", "SERVICE", "ANNAHME"], "haustechnik":
	["BUERO", "DISPO", "CAD"], "architektur": ["CAD1", "CAD2", "PLOTTER"],
	"hotel": ["RECEPTION", "KUECHE", "KASSE1"], "gemeinde": ["KANZLEI",
	"STEUERAMT", "EINWOHNER", "GREFFE", "CANCELLERIA"], "verein":
	["BUERO", "EINSATZ"], "stiftung": ["PFLEGE", "EMPFANG", "STATION1"],
	"genossenschaft": ["VERWALTUNG", "BUERO"], "holding": ["CFO",
	"SRV01"], "multi": ["SRV01", "EMPFANG", "ACCUEIL"]}
TECHS = {"ZRH": ["Jonas Frei", "Lea Brunner"], "BSL": ["Nico Suter",
	"Sina Vogt"], "BRN": ["Yannick Wyss", "Lara Gerber"], "LUZ":
	["Fabian Odermatt", "Nina Amstutz"], "SGA": ["Dario Koller",
	"Selina Büchel"], "GVA": ["Kevin Monnier", "Laura Pittet"], "LSN":
	["Loïc Cuendet", "Emma Golay"], "LUG": ["Matteo Lurati",
	"Giulia Quadri"]}
VENDORS = ["Swisscom Business", "Sunrise Business", "Salt Mobile",
	"Abacus Research", "Bexio", "Sage Schweiz", "Microsoft Schweiz",
	"Brack.ch", "Digitec Galaxus", "Also Schweiz", "Ingram Micro Schweiz",
	"Hostpoint", "Infomaniak", "Cyon", "Die Post", "SwissSign", "Galexis",
	"Vitodata", "Amedis", "HCI Solutions", "Ofac", "Curaden", "Cistec",
	"Canon Schweiz", "Ricoh Schweiz", "Syncro Support"]
STAFF = ["Werkstatt-PC 2", "BENCH-ZRH-3", "Leihgerät 4",
	"Ersatz-Notebook 7", "Testgerät W11", "Lager", "Prêt 3",
	"Portable de prêt 2", "Muletto 5", "Jonas Frei", "Kevin Monnier",
	"RMA 12", "Image Win11"]
PERSONAL = ["Privat - {G} {S}", "{G} {S} (privat)", "Laptop {G}",
	"PC Sohn", "Homeoffice {G} {S}", "{G} {S} Heim-PC", "Ordinateur perso",
	"PC di casa {S}", "{G} {S} privé"]
PERSON = ["", "", "", "Privatkunde ", "Kunde: ", "Client privé ",
	"Cliente privato ", "Privat: "]
PROSPECT = ["Offerte - ", "Offerta: ", "Devis - ", "Interessent: ",
	"Neukunde? ", "Test - ", "Demo "]
# Trades no customer has (other-trade impostors).
TRADES = {"de": ["Malergeschäft", "Gartenbau", "Bäckerei", "Metzgerei",
	"Coiffure", "Reinigungen", "Transporte", "Plattenbeläge"], "fr":
	["Peinture", "Boulangerie", "Boucherie", "Coiffure", "Nettoyages",
	"Transports", "Paysagiste"], "it": ["Pittura", "Panetteria",
	"Macelleria", "Parrucchiere", "Pulizie", "Trasporti", "Giardinaggio"]}
TRADES["rm"] = TRADES["de"]
# The operating companies of a holding (holding impostors).
OPERATING = {"de": ["Bau", "Immobilien", "Management", "Services"], "fr":
	["Construction", "Immobilier", "Gestion", "Services"], "it":
	["Costruzioni", "Immobiliare", "Gestione", "Servizi"]}
# Another body of a municipality's town (municipal-body impostors).
BODIES = {"de": ["Bürgergemeinde {T}", "Reformierte Kirchgemeinde {T}",
	"Katholische Kirchgemeinde {T}", "Schulgemeinde {T}",
	"Feuerwehr {T}", "Zivilschutz {T}"], "fr": ["Bourgeoisie de {T}",
	"Paroisse réformée de {T}", "Paroisse catholique de {T}",
	"Service du feu {T}"], "it": ["Patriziato di {T}", "Parrocchia di {T}",
	"Corpo pompieri {T}"], "rm": ["Vischnanca burgaisa {T}",
	"Pleiv {T}"]}
FREE = ("bluewin", "gmx", "hispeed", "sunrise")

# ---------------------------------------------------------------- skeleton
# A town's names as one word; the abbreviations as their words.


def fold(s):
	"""s in small plain letters, ß as ss, ae oe ue (an umlaut typed) as
	a o u, as the skeleton reads every name."""
	return re.sub("(?<=[aou])e", "", lk.plain(s).lower().replace("ß", "ss"))


TOWN_WORD = {}
for _ts in DESKS.values():
	for _t in _ts:
		for _n in _t[0]:
			_k = fold(_n)
			for _v in (_k, _k.replace("st. ", "st."), _k.replace("st. ",
					"st ")):
				TOWN_WORD[_v] = re.sub("[^a-z]", "", fold(_t[0][0]))
TOWN_RE = re.compile(r"(?<![\w.])(%s)(?![\w])" % "|".join(re.escape(k)
	for k in sorted(TOWN_WORD, key=len, reverse=True)))
LONG = {"gebr": "gebruder", "gebrueder": "gebruder", "flli": "fratelli",
	"wbg": "wohnbaugenossenschaft", "gde": "gemeinde", "stadt": "gemeinde",
	"gemeindeverwaltung": "gemeinde", "einwohnergemeinde": "gemeinde",
	"stadtverwaltung": "gemeinde", "commune": "gemeinde", "ville":
	"gemeinde", "comune": "gemeinde", "municipio": "gemeinde", "citta":
	"gemeinde", "vischnanca": "gemeinde", "administration": "",
	"communale": "gemeinde", "sankt": "st", "saint": "st", "san": "st",
	"cie": "co", "soehne": "sohne", "arch": "architekten", "za":
	"zahnarztpraxis", "az": "alterszentrum", "fil": "filiale", "succ":
	"succursale", "cab": "cabinet", "med": "", "ass": "association",
	"assoc": "association", "fond": "fondation", "coop": "cooperative",
	"carr": "carrosserie", "immo": "immobilien", "th": "treuhand"}
DROP = set("ag sa gmbh sarl sagl klg snc kollektivgesellschaft anstalt anst "
	"aktiengesellschaft co und et e and de du des la le les l d di del "
	"della dr dott med dent s a r g m b h n c rl".split())


def _words(s):
	s = fold(s).replace("f.lli", "fratelli")
	s = re.sub(r"\bche[-\s]?(\d{3})[.\s]?(\d{3})[.\s]?(\d{3})",
		r" che\1\2\3 ", s)
	s = re.sub(r"(?<![\d.])(\d{3})\.(\d{3})\.(\d{3})\b", r" che\1\2\3 ", s)
	s = TOWN_RE.sub(lambda m: " %s " % TOWN_WORD[m.group(1)], s)
	return lk.dotted_words(s, LONG, DROP)


skel, skel_words, ck = lk.desk_checks(_words)


# ---------------------------------------------------------------- UID
def uid_check(base):
	"""The check digit of eight UID digits (eCH-0097: weights 5 4 3 2 7 6
	5 4, 11 - sum mod 11, 11 read as 0); None for 10, never issued."""
	s = sum(int(d) * w for d, w in zip(base, (5, 4, 3, 2, 7, 6, 5, 4)))
	r = (11 - s % 11) % 11
	return None if r == 10 else str(r)


def uid(rng):
	"""A valid UID's nine digits, the first not 0."""
	while True:
		base = str(rng.randint(1, 9)) + "%07d" % rng.randint(0, 9999999)
		k = uid_check(base)
		if k:
			return base + k


def uid_text(n, style=0):
	return ["CHE-%s.%s.%s", "CHE%s%s%s", "CHE-%s%s%s", "%s.%s.%s"][
		style] % (n[:3], n[3:6], n[6:])


assert uid_check("36703946") == "8"	# docs.kausate.com's CHE-367.039.468

# ---------------------------------------------------------------- customers
SECTOR_CUM = (list(SECTORS), list(accumulate(v[0] for v in
	SECTORS.values())))


def person(rng, lang, women=.5):
	m, f = GIVEN[lang]
	return rng.choice(f if rng.random() < women else m), \
		rng.choice(SURNAMES[lang])


def other_lang(rng):
	return rng.choice(["de", "de", "fr", "it", "rm"])


def fill(tpl, v):
	return re.sub(r"\{(\w+)\}", lambda m: v[m.group(1)], tpl)


def town_in(t, lang):
	"""A town's name in lang: its first name, a bilingual town's second
	in its second language."""
	names, langs = t[0], t[2]
	if len(langs) > 1 and lang == langs[1]:
		return names[1]
	return names[0]


def values(rng, c, outside):
	lang = c["lang"]
	doc = person(rng, lang, .45)
	v = {"S": doc[1], "G": doc[0], "S2": person(rng, lang)[1],
		"B": rng.choice(BRAND[lang] if rng.random() < .7 else BRAND["all"]),
		"T": c["town"], "C": rng.choice(CHAIN[lang])}
	if outside:	# words no customer's name is made of
		ol = "de" if lang == "rm" else lang
		o = rng.sample(OUT_SURNAME[ol], 2)
		v.update(S=o[0], S2=o[1], B=rng.choice(OUT_BRAND[ol]),
			T=rng.choice(ELSEWHERE[c["desk"]]), C=rng.choice(OUT_BRAND[ol]))
	if v["S"] == v["S2"]:
		return None
	c["doctor"] = (doc[0], v["S"])
	return v


def legal_of(rng, c, tpl):
	if tpl.startswith("!") or rng.random() >= SECTORS[c["sector"]][1]:
		return ""
	if c["sector"] in ("holding", "multi"):
		return "AG" if c["lang"] in ("de", "rm") else "SA"
	return lk.wpick(rng, LEGAL["FL" if c["canton"] == "FL" else c["lang"]])


def multi_name(rng, c, v):
	"""A firm in two or three languages: its own first, the others in
	brackets, each with its form ("X Informatik AG (X Informatique SA)")."""
	tr = rng.choice(MULTI)
	own = {"de": 0, "rm": 0, "fr": 1, "it": 2}[c["lang"]]
	order = [own] + [i for i in (0, 1, 2) if i != own]
	if rng.random() < .6:
		order = order[:2]
	forms = []
	for i in order:
		f = fill(tr[i], v)
		forms.append((f, "AG" if i == 0 else "SA"))
	c["multi"] = forms
	name = "%s %s" % forms[0] + "".join(" (%s %s)" % f for f in forms[1:])
	return forms[0][0], name


def make_customer(rng, desk=None, outside=False):
	"""A customer record, None when its draw does not fit: name, core
	(less the legal form and UID), the words it is named by."""
	desk = desk or lk.wpick(rng, DESK_SHARE)
	town = rng.choices(DESKS[desk], cum_weights=TOWN_CUM[desk])[0]
	lang = rng.choice(town[2]) if len(town[2]) > 1 else town[2][0]
	sector = rng.choices(SECTOR_CUM[0], cum_weights=SECTOR_CUM[1])[0]
	tl = lang if lang in SECTORS[sector][2] or sector == "multi" else \
		"de"
	if lang == "rm" and sector == "gemeinde" and rng.random() < .5:
		tl = "de"
	c = {"desk": desk, "sector": sector, "lang": lang, "tlang": tl,
		"town": town_in(town, tl if tl != "rm" else "de"),
		"trec": town, "canton": town[1], "plz": town[3], "multi": None,
		"branch": None, "uid": None}
	v = values(rng, c, outside)
	if v is None:
		return None
	if sector == "multi":
		tpl = "{B}"
		core, name = multi_name(rng, c, v)
		legal = c["multi"][0][1]
	else:
		tpl = rng.choice(SECTORS[sector][2][tl])
		legal = legal_of(rng, c, tpl)
		tpl = tpl.lstrip("!")
		core = fill(tpl, v)
		if sector == "gemeinde" and len(town[2]) > 1:	# Biel/Bienne
			l2 = [x for x in town[2] if x != tl][0]
			half = fill(rng.choice(SECTORS[sector][2][l2]).lstrip("!"),
				dict(v, T=town_in(town, l2)))
			core = "%s/%s" % (core, half)
			c["multi"] = [(core.split("/")[0], ""), (half, "")]
		name = "%s %s" % (core, legal) if legal else core
		if "{C}" in tpl:	# a chain's branch, one form for the chain
			legal = "AG" if tl in ("de", "rm") else "SA"
			name = "%s %s" % (core, legal)
			c["branch"] = (core, legal, rng.choice(BRANCH[tl]))
			site = "%s %s" % (c["branch"][2], c["town"])
			name = "%s, %s" % (name, site)
			core = "%s, %s" % (core, site)
		elif legal in ("AG", "SA", "GmbH", "Sàrl", "Sagl") and \
				rng.random() < .08:
			c["uid"] = uid(rng)
			name += rng.choice([" (%s)", ", %s", " UID %s"]) % uid_text(
				c["uid"])
	used = set(re.findall(r"\{(\w+)\}", tpl))
	surs = [v[k] for k in ("S", "S2") if k in used]
	c.update(name=name, core=core, legal=legal, tpl=tpl, surs=surs,
		named_doc=c["doctor"] if "G" in used else None,
		brand=v["B"] if "B" in used else v["C"] if "C" in used else None,
		in_town="T" in used, chain=v["C"] if "C" in used else None)
	return c


def named_by(c):
	"""(sector, skeleton word) for each word a customer is named by."""
	ws = [c["brand"]] + c["surs"] + [c["in_town"] and c["town"]]
	ws = [w for w in ws if w] or [c["core"]]
	return [(c["sector"], skel(w)) for w in ws]


def less_uid(c):
	return "%s %s" % (c["core"], c["legal"]) if c["legal"] else c["core"]


def forms(c):
	"""The names a customer goes by: its name, its core, its name less
	the UID, each of its languages' names."""
	out = [c["name"], c["core"], less_uid(c)]
	for f, lg in c["multi"] or ():
		out += [f, "%s %s" % (f, lg) if lg else f]
	return out


def contacts(rng, c, ids):
	"""The named doctor or owner first where there is one, then up to
	three people, of the customer's language 70% of the time; the first
	is the customer's own name and address in Syncro too."""
	ps = [c["named_doc"]] if c["named_doc"] else []
	for _ in range(rng.randint(0, 3)):
		lg = c["lang"] if rng.random() < .7 else other_lang(rng)
		ps.append(person(rng, lg))
	out = [lk.contact(ids, a, b, c["domain"], lk.latin) for a, b in ps]
	head = out[0] if out else {}
	for k in ("firstname", "lastname", "email"):
		c["syncro"][k] = head.get(k)
	return out


assets = lk.core_assets(DROP | {"und", "et"}, ROLES, lk.latin,
	lambda r, c: person(r, c["lang"])[0])


def address(rng, c):
	lg = c["tlang"] if c["tlang"] in STREET else "de"
	fl = c["canton"] == "FL"
	return {"address": "%s %d" % (rng.choice(STREET[lg]), rng.randint(1,
		120)), "address_2": rng.choice([None, None, None, "Postfach",
		"c/o %s" % c["core"][:20], "2. Stock", "Case postale %d" %
		rng.randint(1, 999)]), "city": c["trec"][0][0],
		"state": c["canton"], "zip": c["plz"] + "%02d" % rng.randint(0, 99),
		"phone": ("+423 %03d %02d %02d" if fl else "+41 " +
		TOWNS[c["desk"]][0] + " %03d %02d %02d") % (rng.randint(200, 999),
		rng.randint(0, 99), rng.randint(0, 99))}


def domain(rng, c, taken):
	"""The customer's own domain (.ch, .li in Liechtenstein; a free
	mailbox for a fifth of the small practices and bodies), a digit more
	where taken."""
	s = c["sector"]
	if rng.random() < .2 and s in ("praxis", "verein", "schreinerei",
			"garage", "hotel"):
		return rng.choice(FREE) + ".ch"
	word = c["brand"] or (c["surs"] or [""])[0] or c["town"]
	if c["branch"]:
		word += c["town"]	# a chain's branch: its own site
	d = re.sub("[^a-z0-9]", "", lk.latin(word).lower())[:16]
	if s in ("gemeinde", "verein") or not d:
		d = re.sub("[^a-z0-9]", "", lk.latin(c["town"]).lower())[:16]
	lg = {"fr": 1, "it": 2}.get(c["tlang"], 0)
	d += rng.choice({"treuhand": ["treuhand", "fid", ""], "praxis":
		[("praxis", "cabinet", "studiomedico")[lg], "med"], "zahnarzt":
		["dental", ("zahnarzt", "dentiste", "dentista")[lg]], "apotheke":
		[("apotheke", "pharmacie", "farmacia")[lg]], "schreinerei":
		[("schreinerei", "menuiserie", "falegnameria")[lg], ""],
		"garage": ["garage", "auto"],
		"haustechnik": ["haustechnik", "elektro", ""], "architektur":
		["architekten", "arch"], "hotel": ["hotel", ""], "gemeinde": [""],
		"verein": ["spitex", "verein", ""], "stiftung": ["stiftung",
		"fondation"], "genossenschaft": ["wbg", "coop"], "holding":
		["holding", ""], "multi": ["", "group"]}[s])
	tld = ".li" if c["canton"] == "FL" else ".ch"
	return lk.numbered_domain(d, tld, taken)


def form_keys(c):
	"""The skeletons of a drawn customer's forms ({""} for none)."""
	return {skel(f) for f in forms(c)} if c else {""}


def population(rng, n):
	"""n customers, none going by a form another goes by; ids 1 to 3
	apart from 48000001 on."""
	g = lk.G()
	g.custs, seen, doms, shared = [], set(), set(), set()
	ids, cid = iter(range(48300001, 48999999)), 48000000
	while len(g.custs) < n:
		c = lk.draw_unseen(lambda: make_customer(rng), form_keys, seen, 60)
		if c:
			cid += rng.randint(1, 3)
			c["id"], c["domain"] = cid, domain(rng, c, doms)
			lk.add_customer(rng, g, c, ids, shared, address, contacts,
				assets)
	g.shared = sorted(shared)
	return g


def index(g):
	"""linkgen's indexes, the words each sector is named by, the UIDs
	taken, each chain's towns."""
	lk.index_named(ck, g, forms, named_by, "uids", lambda c: c["uid"])
	g.chains = {}
	for c in g.custs:
		if c["branch"]:
			g.chains.setdefault(skel(c["branch"][0]), set()).add(c["town"])


# ---------------------------------------------------------------- typing
name_or_core = lk.name_or_core
# The Swiss QWERTZ rows.
CH_KEYS = ["1234567890'", "qwertzuiopü", "asdfghjklöä", "yxcvbnm,.-"]
n_typo = lk.Typo(CH_KEYS).n_core_typo
n_typo2 = lk.Typo(CH_KEYS).n_core_typo2
n_caps, n_lower = lk.case_rows(r"[.,()'/]")


def keeps(c, t):
	"""t keeps what tells c from its neighbours: its town where its name
	has one or it is a chain's branch, its UID where it types one."""
	if (c["in_town"] or c["branch"]) and skel(c["town"]) not in skel(t):
		return False
	return not (c["uid"] and "CHE" in t and c["uid"] not in
		re.sub(r"\D", "", t))


def n_truncated(rng, g, c):
	"""linkgen's cut, not off the town or the surnames, and not down to
	a listed person's name."""
	t = lk.n_truncated(rng, g, c)
	if not t or not keeps(c, t) or skel(t) in g.person:
		return None
	return t if all(s in t for s in c["surs"]) else None


UML = {"ä": ["ae", "a"], "ö": ["oe", "o"], "ü": ["ue", "u"], "Ä": ["Ae",
	"A"], "Ö": ["Oe", "O"], "Ü": ["Ue", "U"], "é": ["e"], "è": ["e"],
	"à": ["a"], "ç": ["c"], "ô": ["o"], "â": ["a"], "É": ["E"],
	"ê": ["e"]}


def n_umlaut(rng, g, c):
	"""Umlauts typed ae oe ue (or plain, on a keyboard without them),
	accents dropped: "Zuercher Treuhand", "Cabinet medical"."""
	s = name_or_core(rng, c, .5)
	if not any(ch in UML for ch in s):
		return None
	way = rng.random() < .6
	return "".join(UML[ch][0 if way else -1] if ch in UML else ch
		for ch in s)


def n_reorder(rng, g, c):
	"""The trade word and the surname the other way round: "Treuhand
	Meier" for "Meier Treuhand"."""
	ws = c["core"].split()
	if len(ws) != 2 or not c["surs"] or "{S}" not in c["tpl"]:
		return None
	t = "%s %s" % (ws[1], ws[0])
	return t + (" " + c["legal"] if c["legal"] and rng.random() < .4
		else "")


SHORT = [("Gebr.", "Gebrüder"), ("Gebr.", "Gebr"), ("F.lli", "Fratelli"),
	("Wohnbaugenossenschaft", "WBG"), ("Gemeinde", "Gde."),
	("St. Gallen", "Sankt Gallen"), ("St. Gallen", "St.Gallen"),
	("Dr. med. dent.", "Dr."), ("Dr. med.", "Dr."), ("Dr. med.", "Dr med"),
	("& Co.", "& Cie"), ("& Söhne", "& Soehne"), ("& Söhne", "und Söhne"),
	("& Fils", "et Fils"), ("Zahnarztpraxis", "ZA-Praxis"),
	("Alterszentrum", "AZ"), ("Spitex Verein", "Spitex"),
	("Architekten", "Arch."), ("Carrosserie", "Carr."),
	("Association", "Ass."), ("Fondation", "Fond."),
	("Société coopérative", "Coop."), ("Administration communale",
	"Commune"), ("Einwohnergemeinde", "EG"), ("Gemeindeverwaltung",
	"Gemeinde"), ("Stadtverwaltung", "Stadt"), ("Immobilien", "Immo"),
	("Treuhand", "TH"), ("Cabinet médical", "Cab. méd."),
	("Filiale", "Fil."), ("succursale", "succ."), ("Hôtel", "Hotel"),
	("Sanitär Heizung", "Sanitär-Heizung")]


def swap_word(t, long, short):
	"""t with long (whole words) typed short, once."""
	return re.sub(r"(?<![\w.-])%s(?!\w)" % re.escape(long),
		lambda m: short, t, count=1)


n_abbrev = lk.abbrev_row(SHORT, swap_word)


def n_acronym(rng, g, c):
	"""A three-word or longer name, no person's and no town's, by its
	initials: "Wohnbaugenossenschaft Sonnen Halde" as "WSH"."""
	if c["surs"] or c["in_town"] or c["branch"] or c["uid"]:
		return None
	ws = [w for w in re.split(r"[\s&,/()'-]+", c["core"]) if w and
		w[0].isalpha() and w.lower() not in ("und", "et", "e", "de", "di",
		"du", "la", "le", "les", "l", "d")]
	if len(ws) < 3:
		return None
	return lk.initials(rng, ws)


def legal_other(rng, c, r):
	"""Respelt 65%, else the other language's form."""
	lg = c["legal"]
	if r < .8 or lg not in SWAP:
		alt = rng.choice(RESPELL.get(lg, [lg]))
	else:
		alt = rng.choice(SWAP[lg])
	base = c["core"]
	if c["branch"]:
		b = c["branch"]
		return "%s %s, %s %s" % (b[0], alt, b[2], c["town"])
	return "%s %s" % (base, alt)


n_legal = lk.legal_row(legal_other)


def n_language(rng, g, c):
	"""A firm's or a bilingual municipality's name in another of its
	languages: "X Informatique SA" for "X Informatik AG (X Informatique
	SA)", "Ville de Bienne"."""
	if not c["multi"]:
		return None
	f, lg = rng.choice(c["multi"][1:])
	return "%s %s" % (f, lg) if lg and rng.random() < .6 else f


def n_canton(rng, g, c):
	"""The canton after the name: "Garage Favre SA (GE)", "Spitex Uster
	ZH"."""
	if re.search(r"\b%s\b" % c["canton"], c["name"]):
		return None
	s = name_or_core(rng, c, .5)
	return rng.choice(["%s %s", "%s (%s)", "%s, %s"]) % (s, c["canton"])


SITES = {"de": ["Standort {T}", "{T}", "Büro {T}", "Hauptsitz",
	"Werkstatt", "Empfang"], "fr": ["site de {T}", "{T}", "bureau {T}",
	"siège", "atelier", "réception"], "it": ["sede di {T}", "{T}",
	"ufficio {T}", "sede principale", "officina"]}


def n_branch(rng, g, c):
	"""A site after the name, in the desk's language."""
	if c["branch"]:
		return None
	s = name_or_core(rng, c, .6)
	lg = {"GVA": "fr", "LSN": "fr", "LUG": "it"}.get(c["desk"], "de")
	site = rng.choice(SITES[lg]).format(T=c["trec"][0][0])
	if "{T}" in site and c["in_town"]:
		return None
	return rng.choice(["%s - %s", "%s (%s)", "%s, %s"]) % (s, site)


def n_and(rng, g, c):
	"""& typed und, et, e or +, and the other way round."""
	s = name_or_core(rng, c, .6)
	if " & " in s:
		return s.replace(" & ", " %s " % rng.choice({"de": ["und", "+"],
			"fr": ["et", "+"], "it": ["e", "+"]}.get(c["tlang"], ["+"])), 1)
	if " + " in s:
		return s.replace(" + ", rng.choice([" & ", " und "]), 1)
	return None


def n_uid(rng, g, c):
	"""The UID of a name that carries it, typed another way (with UID,
	MWST, TVA, IVA); or a customer's own UID after its core."""
	if not c["uid"]:
		return None
	n = uid_text(c["uid"], rng.randint(0, 3))
	r = rng.random()
	if r < .3:
		n += " " + rng.choice(["MWST", "TVA", "IVA"])
	label = rng.choice(["UID ", "", "", "UID: "])
	base = re.sub(r"[ ,(]*(UID )?CHE.*$", "", name_or_core(rng, c, .4))
	return rng.choice(["%s %s%s", "%s (%s%s)"]) % (base, label, n)


def n_dr(rng, g, c):
	"""A named doctor's practice typed by the doctor: "Dr. Meier", "Dr.
	med. Hans Meier", "Praxis Dr. Meier"."""
	if not c["named_doc"] or c["sector"] not in ("praxis", "zahnarzt"):
		return None
	gv, s = c["named_doc"]
	if len(g.person.get(skel("%s %s" % (gv, s)), ())) != 1:
		return None	# another customer's contact of that name
	return rng.choice(["Dr. %s %s" % (gv, s), "Dr. med. %s %s" % (gv, s),
		"Praxis %s %s" % (gv, s), "%s %s" % (s, gv), "Dr %s %s" % (gv, s)])


n_contact = lk.contact_row(lambda rng, c, p: rng.choice(["", "", "",
	"(GL)", "(Sekretariat)", "(Buchhaltung)", "(secrétariat)",
	"(segreteria)", "(Praxisassistentin)"]))
n_person = ck.person_row(lambda rng, c: rng.random() < .2)
n_domain = lk.domain_row(FREE)


def n_mixed(rng, g, c):
	first = rng.choice([n_legal, n_abbrev, n_and, n_canton, n_branch,
		n_reorder])(rng, g, c)
	turn = rng.choice([n_typo, n_caps, n_lower, n_umlaut, n_truncated])
	return first and turn(rng, g, dict(c, name=first, core=first))


KINDS = [("exact", lk.n_exact, 11), ("caps", n_caps, 3),
	("lower", n_lower, 4), ("typo", n_typo, 9), ("two typos", n_typo2, 3),
	("umlaut", n_umlaut, 6), ("truncated", n_truncated, 4),
	("reorder", n_reorder, 3), ("abbrev", n_abbrev, 7),
	("acronym", n_acronym, 2), ("legal", n_legal, 9),
	("language", n_language, 3), ("canton", n_canton, 3),
	("branch", n_branch, 4), ("and", n_and, 2), ("contact", n_contact, 3),
	("person", n_person, 2), ("domain", n_domain, 2), ("uid", n_uid, 2),
	("doctor", n_dr, 2), ("mixed", n_mixed, 4)]


# ---------------------------------------------------------------- impostors
i_fresh, i_prospect = lk.fresh_rows(lambda rng, desk:
	make_customer(rng, desk, outside=True), named_by, PROSPECT)


def with_legal(rng, c, t, share=.5):
	return t + (" " + c["legal"] if c["legal"] and rng.random() < share
		else "")


def i_town(rng, g, c):
	"""A town-named body in a town no customer is in: "Spitex Wetzikon"
	for "Spitex Uster"."""
	if not c["in_town"] or c["multi"] or c["town"] in NAMESAKE:
		return None
	t = c["core"].replace(c["town"], rng.choice(ELSEWHERE[c["desk"]]))
	return with_legal(rng, c, t) if t != c["core"] else None


def i_canton(rng, g, c):
	"""The same body of a namesake town in another canton: "Spitex Buchs
	ZH" for "Spitex Buchs SG"."""
	if not c["in_town"] or c["town"] not in NAMESAKE:
		return None
	head = c["town"].rsplit(" ", 1)[0]
	other = "%s %s" % (head, rng.choice(NAMESAKE[c["town"]]))
	return with_legal(rng, c, c["core"].replace(c["town"], other))


def i_holding(rng, g, c):
	"""The holding of an operating AG ("Meier Holding AG" for "Meier
	Haustechnik AG"), or an operating AG of a holding ("Meier Bau AG" for
	"Meier Holding AG")."""
	if c["legal"] not in ("AG", "SA", "GmbH", "Sàrl", "Sagl") or \
			c["branch"] or c["multi"]:
		return None
	key = (c["surs"] or [c["brand"]])[0]
	if not key:
		return None
	lg = "AG" if c["tlang"] in ("de", "rm") else "SA"
	if c["sector"] == "holding":
		return "%s %s %s" % (key, rng.choice(OPERATING[c["tlang"]]), lg)
	if c["sector"] in ("gemeinde", "verein", "stiftung"):
		return None
	return rng.choice(["%s Holding %s", "Holding %s %s"]) % (key, lg) if \
		c["tlang"] != "de" else "%s Holding %s" % (key, lg)


def i_branch(rng, g, c):
	"""A chain's branch in a town of the desk where the chain has none:
	"Sonnen Apotheke AG, Filiale Baar"."""
	if not c["branch"]:
		return None
	has = g.chains.get(skel(c["branch"][0]), set())
	towns = [town_in(t, c["tlang"]) for t in DESKS[c["desk"]]
		if c["tlang"] in t[2] or c["tlang"] == "de"]
	towns = [t for t in towns if t not in has and t not in NAMESAKE]
	if not towns:
		return None
	b = c["branch"]
	return "%s %s, %s %s" % (b[0], b[1], rng.choice(BRANCH[c["tlang"]]),
		rng.choice(towns))


FAR = {"de": ("fr", ["Morges", "Bulle", "Sion", "Yverdon"]), "fr": ("de",
	["Olten", "Wil SG", "Zug", "Thun"]), "it": ("de", ["Chur", "Baar",
	"Luzern"]), "rm": ("it", ["Locarno", "Biasca"])}


def i_language(rng, g, c):
	"""The same surname's firm of the same trade in another language and
	region: "Menuiserie Keller Sàrl, Morges" beside "Schreinerei Keller
	GmbH"."""
	if c["multi"] or not c["surs"] or c["sector"] not in ("treuhand",
			"schreinerei", "haustechnik", "apotheke", "zahnarzt",
			"architektur", "garage"):
		return None
	lg, towns = FAR[c["tlang"]]
	mine = set(skel_words(c["tpl"].replace("{S}", "").replace("{S2}",
		"").replace("{G}", "")))
	tpls = [t.lstrip("!") for t in SECTORS[c["sector"]][2][lg] if "{S}" in
		t and "{G}" not in t and "{S2}" not in t]
	tpls = [t for t in tpls if not set(skel_words(t.replace("{S}", "")))
		& mine]
	if not tpls:
		return None
	t = rng.choice(tpls).format(S=c["surs"][0])
	form = lk.wpick(rng, LEGAL[lg])
	return "%s %s, %s" % (t, form, rng.choice(towns))


def i_family(rng, g, c):
	"""A named doctor's or owner's relative of another given name: "Praxis
	Dr. med. Anna Meier" beside "Praxis Dr. med. Hans Meier", "Garage
	Urs Keller" beside "Garage Beat Keller"."""
	if not c["named_doc"]:
		return None
	gv, s = c["named_doc"]
	m, f = GIVEN[c["lang"]]
	other = rng.choice(m + f)
	if other == gv:
		return None
	return c["core"].replace("%s %s" % (gv, s), "%s %s" % (other, s))


def i_body(rng, g, c):
	"""Another public body of a customer municipality's town: the
	Bürgergemeinde, a Kirchgemeinde, the Schulgemeinde."""
	if c["sector"] != "gemeinde" or c["multi"]:
		return None
	return rng.choice(BODIES[c["tlang"]]).format(T=c["town"])


def i_trade(rng, g, c):
	"""The same surname in a trade no customer has: "Meier Malergeschäft
	GmbH" beside "Meier Treuhand AG"."""
	if not c["surs"]:
		return None
	tr = rng.choice(TRADES[c["tlang"]])
	if set(skel_words(c["core"])) & set(skel_words(tr)):
		return None
	lg = lk.wpick(rng, LEGAL[c["tlang"]])
	t = "%s %s" % ((tr, c["surs"][0]) if c["tlang"] != "de" else
		(c["surs"][0], tr))
	return t + (" " + lg if rng.random() < .6 else "")


def i_uid(rng, g, c):
	"""A name that carries its UID typed with another valid one: another
	body of the same name."""
	if not c["uid"]:
		return None
	new = uid(rng)
	if new in g.uids or lk.la.within1(new, c["uid"]):
		return None
	return "%s %s" % (less_uid(c), rng.choice(["UID %s", "%s MWST",
		"%s TVA", "UID: %s"]) % uid_text(new, rng.randint(0, 2)))


def stranger_draw(rng, c):
	return person(rng, c["lang"] if rng.random() < .7 else other_lang(rng))


i_person, i_personal = lk.person_impostors(ck, stranger_draw, PERSON,
	PERSONAL)


KEPT = tuple("id name syncro contacts assets".split())
BENCH = ("WERKSTATT-%s-%d", 6)	# each desk's bench machines
CLOCK = (1846000000, 947, 60)	# numbered()'s start, step and minutes

IMPOSTORS = lk.impostor_kinds((
	("same shape", i_fresh, 12), ("other town", i_town, 8),
	("other canton", i_canton, 5), ("holding", i_holding, 8),
	("other branch", i_branch, 5), ("other language", i_language, 7),
	("family member", i_family, 6), ("municipal body", i_body, 6),
	("other trade", i_trade, 6), ("other UID", i_uid, 3),
	("person", i_person, 7), ("vendor", lk.one_of(VENDORS), 8),
	("prospect", i_prospect, 5), ("personal", i_personal, 5),
	("own staff", lk.one_of(STAFF), 5)))


if __name__ == "__main__":
	lk.desk_main("blind48", ck, population, index, KINDS, IMPOSTORS,
		KEPT, BENCH, TECHS, CLOCK)
