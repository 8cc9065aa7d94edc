#!/usr/bin/env python3
# gen-link-blind19.py NCUST NNAMES SEED OUTDIR - the nineteenth held-out
# link benchmark (session 14): a multilingual Western European MSP, one
# Syncro account and one ScreenConnect, desks in Zurich (ZRH), Brussels
# (BRU) and Luxembourg (LUX).  Customers in German, French and Italian
# Switzerland (Zurich, Winterthur, Basel, Bern, Biel/Bienne, Fribourg/
# Freiburg, Sion/Sitten, Geneva, Lausanne, Lugano), Belgium (Brussels,
# Antwerp, Ghent, Leuven, Liege, Eupen), Luxembourg (Luxembourg, Esch-sur-
# Alzette), Austria (Vienna, Innsbruck), South Tyrol (Bolzano/Bozen) and
# Alsace (Strasbourg).  Writes OUTDIR/customers.json (Syncro's
# business_name, address, address_2, city, state, zip, contacts, assets),
# names.tsv (typed TAB true id or "" for an impostor TAB kind TAB machine),
# sessions.jsonl and sessions-machine.jsonl through screenconnect_record.
# Python stdlib only; deterministic for a seed.
#
# Where the habits come from (public sources, as I know them):
# - Legal forms: Swiss Code of Obligations (OR/CO) art. 552-926 - AG/SA/SA,
#   GmbH/Sarl/Sagl, Genossenschaft/societe cooperative/societa cooperativa,
#   the sole proprietorship with no suffix; the Zefix register prints a
#   firm's name in every language it registered (Wikipedia "Types of
#   business entity", "Aktiengesellschaft", "Societe a responsabilite
#   limitee").  Belgium: Code des societes et des associations / Wetboek
#   van vennootschappen en verenigingen (adopted 28 February 2019, in force
#   1 May 2019, for existing firms 1 January 2020): BV/SRL replaced
#   BVBA/SPRL, NV/SA, CV/SC (old CVBA/SCRL), CommV/SComm, VZW/ASBL (VoG in
#   the German community) - companylawcode.be "Key changes", Curia's
#   "Introduction to the new Code", Loyens & Loeff on amcham.be; the
#   KBO/BCE (Crossroads Bank for Enterprises) lists the name in Dutch and
#   French.  Luxembourg: law of 10 August 1915 - S.a r.l., SA, SCS; the
#   S.a r.l.-S by the law of 23 July 2016, in force 16 January 2017
#   (lexgo.lu, Arendt & Medernach's note); ASBL (law of 1928).  Austria: GmbH (also
#   Ges.m.b.H.), OG, KG, e.U. (UGB 2007).  Italy: S.r.l., S.n.c., S.a.s.;
#   South Tyrol's firms register bilingual (GmbH/Srl, OHG/snc, KG/sas).
#   France: SARL, SAS, EURL, EI (entrepreneur individuel, 2022).
# - Place names in two or three languages: the official names of the
#   bilingual Swiss towns (Biel/Bienne, Fribourg/Freiburg, Sion/Sitten,
#   Murten/Morat), Belgian exonyms (Antwerpen/Anvers, Leuven/Louvain,
#   Liege/Luik/Luettich, Gent/Gand, Bergen/Mons, Doornik/Tournai, the
#   Brussels communes Elsene/Ixelles, Ukkel/Uccle, Schaarbeek/Schaerbeek),
#   Luxembourgish (Esch-Uelzecht, Letzebuerg, Dudelange/Diddeleng), South
#   Tyrol (Bozen/Bolzano, Meran/Merano, Brixen/Bressanone), Strasbourg/
#   Strassburg; Wikipedia's "List of bilingual place names" pages and each
#   town's article.  Swiss German never writes the sharp s (Swiss
#   orthography, Duden's "Schweizer Hochdeutsch"); umlauts spelt ae/oe/ue
#   when the keyboard or the field cannot take them (DIN 5007-2, the ICAO
#   passport rule), accents dropped by French typists in capitals.
# - Keyboards: Swiss (SN 074021) and German/Austrian QWERTZ swap y and z
#   against QWERTY and put u-umlaut / o-umlaut / a-umlaut (Swiss French:
#   e-grave, e-acute, a-grave) where QWERTY has [ ; ' ; Belgian AZERTY swaps
#   a/q and z/w and puts m where QWERTY has ; (Wikipedia "QWERTZ",
#   "AZERTY", "Keyboard layout").  A technician on a laptop with the other
#   layout set types the swapped letters.
# - MSP habits: ScreenConnect's Company/Name field is free text a
#   technician fills at the call (ConnectWise ScreenConnect docs, "session
#   properties"); abbreviations from the commercial registers and the
#   phone book: Dr. med., Me/Mtre (maitre), Gebr. (Gebrueder), F.lli
#   (fratelli), Cie/& Co., Ets (etablissements), Ste (societe), St./Sankt,
#   Sint-/St-; Belgian surname particles written joined or apart (Van den
#   Broeck, Vandenbroeck; De Smet, Desmet - Belgian civil registry
#   spellings), Flemish y for ij; Swiss German dialect words (Gmeind,
#   Beck, Metzg) from everyday use.  Branch words Filiale/Standort,
#   succursale/site, filiale/sede, vestiging/filiaal, with city quarters
#   (Oerlikon, Plainpalais, Ixelles, Kirchberg, ...).
# - Machines: Windows' default DESKTOP-XXXXXXX / LAPTOP-XXXXXXX names,
#   macOS's "MacBook-Pro-von-Anna" / "MacBook-Air-de-Sophie" defaults
#   (Apple's localised computer names), and MSP prefix-role-number names
#   (PREFIX-PC01, -EMPF, -ACCUEIL, -BALIE, -KASSE).
# - Mail domains: the firm's own .ch/.be/.lu/.at/.it/.fr domain or the
#   ISP mailboxes small firms keep (bluewin.ch, skynet.be, pt.lu, aon.at,
#   gmx.ch, orange.fr, libero.it).
# Kinds and shares are my belief of what such a desk types; the impostors
# share common surnames (Muller, Meier, Peeters, Janssens, Dubois, Rossi,
# Weber), rare words, chains in towns with no customer site, namesakes
# whose own name differs by more than a town, vendors and private PCs.
# Every row is checked by label-audit.py (its six rules and joined) and
# redrawn when doubtful.  Besides: no two customers' names are one name in
# some language they may be typed in (twins, the same generic name in two
# towns, excepted: those are typed with their town); a real row is no other
# customer's name in any of its languages; a person typed is no other
# customer's contact and no other customer's name holds the words; an
# impostor is no customer's name in any of its languages, with or without
# its legal form, less up to three words (a town, a branch word, a
# quarter), with "&"/und/et/e/en read alike, with spaces and hyphens
# removed, and its words are not all one customer's name in a language.
import bisect
import itertools
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import screenconnect_record as scr  # noqa: E402

la = scr.label_audit()

# ---------------------------------------------------------------- places
# Regions: registration languages (weights), languages a technician may
# type the name in, desk, country, share of customers.
REGIONS = {k: v for k, v in (
		("CH-DE", ((("de", 1.0),), ("fr",), "ZRH", "CH", 0.25)),
		("CH-BI", ((("de", 0.5), ("fr", 0.5)), ("de", "fr"), "ZRH", "CH",
			0.07)),
		("CH-FR", ((("fr", 1.0),), ("de",), "ZRH", "CH", 0.14)),
		("CH-IT", ((("it", 1.0),), ("de", "fr"), "ZRH", "CH", 0.04)),
		("BE-BX", ((("fr", 0.6), ("nl", 0.4)), ("fr", "nl"), "BRU", "BE",
			0.09)),
		("BE-NL", ((("nl", 1.0),), ("fr",), "BRU", "BE", 0.13)),
		("BE-FR", ((("fr", 1.0),), ("nl",), "BRU", "BE", 0.06)),
		("BE-DE", ((("de", 1.0),), ("fr",), "BRU", "BE", 0.015)),
		("LU", ((("fr", 0.75), ("de", 0.25)), ("fr", "de"), "LUX", "LU",
			0.10)),
		("AT", ((("de", 1.0),), (), "ZRH", "AT", 0.05)),
		("IT-ST", ((("de", 0.55), ("it", 0.45)), ("de", "it"), "ZRH", "IT",
			0.035)),
		("FR-AL", ((("fr", 1.0),), ("de",), "LUX", "FR", 0.03)))}


def T(**kw):
	return kw


# Towns: key -> (region, names by language, zip, state, quarters).
TOWNS = {
	"zurich": ("CH-DE", T(de="Zürich", fr="Zurich", it="Zurigo",
		en="Zurich"), 8001, "ZH", ("Oerlikon", "Altstetten", "Wiedikon",
		"Seefeld", "Enge", "Höngg", "Schwamendingen", "Wollishofen")),
	"winterthur": ("CH-DE", T(de="Winterthur"), 8400, "ZH",
		("Töss", "Seen", "Veltheim", "Oberwinterthur")),
	"basel": ("CH-DE", T(de="Basel", fr="Bâle", it="Basilea"), 4001, "BS",
		("Kleinbasel", "Gundeldingen", "St. Johann", "Bachletten")),
	"bern": ("CH-DE", T(de="Bern", fr="Berne", it="Berna"), 3001, "BE",
		("Bümpliz", "Länggasse", "Breitenrain", "Wankdorf", "Kirchenfeld")),
	"biel": ("CH-BI", T(de="Biel", fr="Bienne"), 2502, "BE",
		("Mett", "Madretsch", "Bözingen", "Vingelz")),
	"fribourg": ("CH-BI", T(fr="Fribourg", de="Freiburg", it="Friburgo"),
		1700, "FR", ("Pérolles", "Beauregard", "Schoenberg", "Jura")),
	"sion": ("CH-BI", T(fr="Sion", de="Sitten"), 1950, "VS",
		("Champsec", "Gravelone", "Uvrier", "Bramois")),
	"geneve": ("CH-FR", T(fr="Genève", de="Genf", it="Ginevra",
		en="Geneva"), 1201, "GE", ("Plainpalais", "Eaux-Vives", "Pâquis",
		"Champel", "Servette", "Jonction")),
	"lausanne": ("CH-FR", T(fr="Lausanne", it="Losanna"), 1003, "VD",
		("Ouchy", "Flon", "Chailly", "Malley", "Sallaz")),
	"lugano": ("CH-IT", T(it="Lugano"), 6900, "TI",
		("Paradiso", "Cassarate", "Molino Nuovo", "Besso", "Pregassona")),
	"bruxelles": ("BE-BX", T(fr="Bruxelles", nl="Brussel", de="Brüssel",
		en="Brussels"), 1000, None, ("Ixelles", "Uccle", "Etterbeek",
		"Schaerbeek", "Anderlecht", "Woluwe", "Jette", "Forest")),
	"antwerpen": ("BE-NL", T(nl="Antwerpen", fr="Anvers", en="Antwerp",
		de="Antwerpen"), 2000, None, ("Berchem", "Borgerhout", "Deurne",
		"Merksem", "Wilrijk", "Hoboken", "Ekeren")),
	"gent": ("BE-NL", T(nl="Gent", fr="Gand", en="Ghent"), 9000, None,
		("Ledeberg", "Gentbrugge", "Sint-Amandsberg", "Mariakerke")),
	"leuven": ("BE-NL", T(nl="Leuven", fr="Louvain"), 3000, None,
		("Heverlee", "Kessel-Lo", "Wilsele", "Wijgmaal")),
	"liege": ("BE-FR", T(fr="Liège", nl="Luik", de="Lüttich", en="Liege"),
		4000, None, ("Outremeuse", "Angleur", "Jupille", "Sclessin",
		"Rocourt")),
	"eupen": ("BE-DE", T(de="Eupen", fr="Eupen"), 4700, None,
		("Kettenis", "Unterstadt", "Oberstadt")),
	"luxembourg": ("LU", T(fr="Luxembourg", de="Luxemburg",
		lb="Lëtzebuerg"), 1009, None, ("Kirchberg", "Gare", "Belair",
		"Limpertsberg", "Bonnevoie", "Cloche d'Or", "Hollerich")),
	"esch": ("LU", T(fr="Esch-sur-Alzette", de="Esch an der Alzette",
		lb="Esch-Uelzecht"), 4002, None, ("Lallange", "Brill", "Raemerich",
		"Belval")),
	"wien": ("AT", T(de="Wien", fr="Vienne", it="Vienna", en="Vienna",
		nl="Wenen"), 1010, "Wien", ("Favoriten", "Döbling", "Leopoldstadt",
		"Ottakring", "Hietzing", "Floridsdorf", "Landstraße")),
	"innsbruck": ("AT", T(de="Innsbruck"), 6020, "Tirol",
		("Wilten", "Pradl", "Hötting", "Amras")),
	"bozen": ("IT-ST", T(de="Bozen", it="Bolzano"), 39100, "BZ",
		("Gries", "Oberau", "Zwölfmalgreien", "Haslach")),
	"strasbourg": ("FR-AL", T(fr="Strasbourg", de="Straßburg"), 67000,
		None, ("Neudorf", "Robertsau", "Krutenau", "Cronenbourg",
		"Esplanade")),
}
# Municipalities and school towns by region (names by language).
VILLAGES = {
	"CH-DE": [T(de=v) for v in ("Dübendorf", "Wallisellen", "Kloten",
		"Uster", "Wädenswil", "Horgen", "Küsnacht", "Muttenz", "Riehen",
		"Ostermundigen", "Köniz", "Münsingen", "Lyss", "Thalwil", "Meilen",
		"Bülach", "Dietikon", "Pratteln", "Liestal", "Worb", "Burgdorf",
		"Wetzikon", "Affoltern am Albis", "Opfikon", "Regensdorf")] +
		[T(de="St. Gallen", fr="Saint-Gall", it="San Gallo"),
		T(de="Luzern", fr="Lucerne", it="Lucerna"),
		T(de="Schaffhausen", fr="Schaffhouse", it="Sciaffusa")],
	"CH-BI": [T(de="Biel", fr="Bienne"), T(de="Murten", fr="Morat"),
		T(de="Freiburg", fr="Fribourg"), T(de="Sitten", fr="Sion"),
		T(de="Siders", fr="Sierre"), T(de="Leuk", fr="Loèche"),
		T(de="Nidau", fr="Nidau"), T(de="Leubringen", fr="Evilard"),
		T(de="Düdingen", fr="Guin"), T(de="Gurmels", fr="Cormondes")],
	"CH-FR": [T(fr=v) for v in ("Carouge", "Meyrin", "Vernier", "Nyon",
		"Morges", "Renens", "Pully", "Bulle", "Martigny", "Monthey",
		"Yverdon-les-Bains", "Onex", "Lancy", "Vevey", "Montreux",
		"Saint-Imier", "Delémont", "Porrentruy", "Neuchâtel",
		"La Chaux-de-Fonds", "Ecublens", "Gland")],
	"CH-IT": [T(it=v) for v in ("Mendrisio", "Chiasso", "Bellinzona",
		"Locarno", "Paradiso", "Massagno", "Minusio", "Biasca",
		"Agno", "Capriasca")],
	"BE-BX": [T(fr="Ixelles", nl="Elsene"), T(fr="Uccle", nl="Ukkel"),
		T(fr="Schaerbeek", nl="Schaarbeek"), T(fr="Etterbeek",
		nl="Etterbeek"), T(fr="Woluwe-Saint-Lambert",
		nl="Sint-Lambrechts-Woluwe"), T(fr="Forest", nl="Vorst"),
		T(fr="Saint-Gilles", nl="Sint-Gillis"), T(fr="Anderlecht",
		nl="Anderlecht"), T(fr="Auderghem", nl="Oudergem"),
		T(fr="Molenbeek-Saint-Jean", nl="Sint-Jans-Molenbeek")],
	"BE-NL": [T(nl=v) for v in ("Schoten", "Kapellen", "Mortsel",
		"Edegem", "Kontich", "Zwijndrecht", "Merelbeke", "Lochristi",
		"Herent", "Kortenberg", "Tervuren", "Zaventem", "Brasschaat",
		"Destelbergen", "Wetteren", "Aarschot", "Lier", "Mechelen")] +
		[T(nl="Sint-Niklaas", fr="Saint-Nicolas"),
		T(nl="Sint-Truiden", fr="Saint-Trond"),
		T(nl="Kortrijk", fr="Courtrai"), T(nl="Tienen", fr="Tirlemont"),
		T(nl="Halle", fr="Hal"), T(nl="Ronse", fr="Renaix")],
	"BE-FR": [T(fr=v) for v in ("Waterloo", "Ottignies", "Seraing",
		"Herstal", "Ans", "Chaudfontaine", "Verviers", "Spa",
		"Huy", "Namur", "Charleroi")] +
		[T(fr="Wavre", nl="Waver"), T(fr="Braine-l'Alleud",
		nl="Eigenbrakel"), T(fr="Nivelles", nl="Nijvel"),
		T(fr="Mons", nl="Bergen"), T(fr="Tournai", nl="Doornik"),
		T(fr="Jodoigne", nl="Geldenaken")],
	"BE-DE": [T(de="Eupen", fr="Eupen"), T(de="Kelmis", fr="La Calamine"),
		T(de="Raeren", fr="Raeren"), T(de="Lontzen", fr="Lontzen"),
		T(de="Bütgenbach", fr="Butgenbach"), T(de="Sankt Vith",
		fr="Saint-Vith")],
	"LU": [T(fr="Bertrange", de="Bartringen"), T(fr="Strassen",
		de="Strassen"), T(fr="Hesperange", de="Hesperingen"),
		T(fr="Mamer", de="Mamer"), T(fr="Differdange", de="Differdingen"),
		T(fr="Dudelange", de="Düdelingen"), T(fr="Mersch", de="Mersch"),
		T(fr="Ettelbruck", de="Ettelbrück"), T(fr="Pétange",
		de="Petingen"), T(fr="Sanem", de="Sassenheim"),
		T(fr="Schifflange", de="Schifflingen"), T(fr="Wiltz", de="Wiltz")],
	"AT": [T(de=v) for v in ("Hall in Tirol", "Telfs", "Schwaz",
		"Mödling", "Klosterneuburg", "Baden", "Wörgl", "Kufstein",
		"Perchtoldsdorf", "Rum", "Völs", "Stockerau")],
	"IT-ST": [T(de="Bozen", it="Bolzano"), T(de="Meran", it="Merano"),
		T(de="Brixen", it="Bressanone"), T(de="Leifers", it="Laives"),
		T(de="Bruneck", it="Brunico"), T(de="Eppan", it="Appiano"),
		T(de="Kaltern", it="Caldaro"), T(de="Sterzing", it="Vipiteno"),
		T(de="Lana", it="Lana"), T(de="Schlanders", it="Silandro")],
	"FR-AL": [T(fr="Schiltigheim", de="Schiltigheim"),
		T(fr="Illkirch-Graffenstaden", de="Illkirch-Grafenstaden"),
		T(fr="Haguenau", de="Hagenau"), T(fr="Sélestat",
		de="Schlettstadt"), T(fr="Molsheim", de="Molsheim"),
		T(fr="Obernai", de="Oberehnheim"), T(fr="Saverne",
		de="Zabern"), T(fr="Bischheim", de="Bischheim")],
}

# ---------------------------------------------------------------- people
SURNAMES = {
	"CH-DE": "Müller Meier Schmid Keller Weber Huber Schneider Meyer "
		"Steiner Fischer Gerber Brunner Baumann Frei Zimmermann Moser "
		"Widmer Wyss Graf Roth Baumgartner Bühler Kälin Zürcher Egger "
		"Hofmann Käser Lüthi Schläpfer Hürlimann Stäheli Tanner Sutter "
		"Ammann Bachmann Vogt Frey Bosshard Rüegg Gisler Wälti Stucki "
		"Aebischer Hess Schärer Ruchti Zbinden Jäggi Bärtschi Grüter",
	"CH-FR": "Favre Rochat Dubois Bonvin Perrin Mottier Cuénod Rossier "
		"Jaquet Berset Pittet Gex Morand Chevalley Gétaz Décosterd "
		"Mercier Bovet Rey Fournier Blanc Pasche Vuilleumier Monnier "
		"Gaillard Chappuis Python Dévaud Clerc Piller Theytaz Fellay "
		"Crettenand Zufferey Reynard Barras",
	"CH-IT": "Rossi Bernasconi Ferrari Bianchi Lurati Pedrazzini Crivelli "
		"Fontana Galli Rusconi Colombo Cattaneo Quadri Gianella Beffa "
		"Lepori Moretti Soldati Zanetti Guidotti",
	"BE-NL": "Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens "
		"Wouters De Smet Van den Broeck Vermeulen Dierckx Van Damme "
		"De Backer Verstraete Vandenberghe Coppens Baeyens Huybrechts "
		"Van de Velde De Vos Hermans Aerts Smets Verhoeven Van Dyck "
		"Claeys Desmet Vanhoutte Michiels Lemmens Stevens De Clercq",
	"BE-FR": "Dubois Lambert Dupont Martin Simon Laurent Leclercq Lejeune "
		"Renard Collard Dethier Delvaux Wauthier Gérard Piron François "
		"Lemaire Denis Noël Charlier Pirard Jacquet Mathieu Henrard "
		"Dumont Lecomte Hubert Delhaye",
	"BE-DE": "Kever Radermacher Cormann Hilligsmann Mießen Schröder "
		"Lambertz Heinen Kessler Schmitz Thelen Piront Kohnen Jousten",
	"LU": "Schmit Muller Weber Wagner Hoffmann Thill Klein Schroeder "
		"Reuter Kieffer Hansen Theis Majerus Weis Schiltz Goergen Kremer "
		"Wirtz Feltgen Bausch Steichen Hilbert Frisch Mersch Da Silva "
		"Ferreira",
	"AT": "Gruber Huber Bauer Wagner Pichler Steiner Moser Mayer Hofer "
		"Leitner Berger Fuchs Eder Fischer Schwarz Höller Pöltl Wimmer "
		"Lechner Strasser Haider Aigner Brandstätter Egger Wallner",
	"IT-ST": "Gruber Pichler Mair Hofer Kofler Oberhofer Thaler Obexer "
		"Plattner Unterhofer Überbacher Rossi Bonetti Zanella Pircher "
		"Gasser Ladurner Rainer Lantschner Moser Tschurtschenthaler",
	"FR-AL": "Muller Schmitt Meyer Klein Weber Fischer Heitz Schneider "
		"Wolff Kieffer Hueber Zimmermann Koenig Ehrhart Ott Roth "
		"Schaeffer Bauer Fritsch Burger",
}
SURNAMES = {k: v.replace("De Smet", "De_Smet").replace("Van den Broeck",
	"Van_den_Broeck").replace("Van Damme", "Van_Damme").replace(
	"De Backer", "De_Backer").replace("Van de Velde", "Van_de_Velde")
	.replace("De Vos", "De_Vos").replace("Van Dyck", "Van_Dyck").replace(
	"De Clercq", "De_Clercq").replace("Da Silva", "Da_Silva") for k, v in
	SURNAMES.items()}
SURNAMES = {k: [w.replace("_", " ") for w in v.split()] for k, v in
	SURNAMES.items()}
SURNAMES["CH-BI"] = SURNAMES["CH-DE"][:30] + SURNAMES["CH-FR"][:25]
SURNAMES["BE-BX"] = SURNAMES["BE-FR"] + SURNAMES["BE-NL"][:20]
# Common surnames: sharing one proves nothing.
COMMON = {"Müller", "Muller", "Meier", "Meyer", "Peeters", "Janssens",
	"Dubois", "Rossi", "Weber", "Huber", "Gruber", "Schmid", "Schmit",
	"Keller", "Martin", "Maes", "Wagner", "Fischer", "Dupont", "Lambert"}
FIRST = {
	"de": "Hans Peter Urs Beat Thomas Daniel Martin Andrea Claudia Sandra "
		"Monika Reto Jürg Stefan Markus Ursula Barbara Lukas Simone Regula "
		"Christoph Franziska Michael Silvia".split(),
	"fr": "Jean Pierre Philippe Nicolas Laurent Marie Sophie Nathalie "
		"Christophe Olivier Isabelle Valérie Frédéric Stéphane Hélène "
		"Anne Luc Benoît Céline Françoise".split(),
	"it": "Marco Luca Paolo Giorgio Francesca Chiara Giulia Stefano "
		"Roberto Alessandro Elena Simona Matteo Daniela".split(),
	"nl": "Jan Pieter Koen Bart Wim Geert Els An Katrien Sofie Tom Dirk "
		"Hilde Joris Lieven Griet Wouter Inge Stijn Veerle".split(),
}
AND = {"de": "und", "fr": "et", "it": "e", "nl": "en"}

# Fantasy / brand words: syllables that Swiss and Benelux firms build
# names from, plus common place-brand words.
FANT_A = ("Alp Rhein Lac Mont Sol Vita Nord Ost Aar Jura Léman Lux "
	"Sonn Berg Tal See Wald Lind Ros Stern Mer Val Eco Ter Fin Nov Pro "
	"Prim Opti Medi Cura Ben Dom Cas Flor Lum Ser Ver Bel Cor Hel").split()
FANT_B = ("tec data log med plan bau fin net trans care vis ia ana ora "
	"ella ino ona um ex ix or ax ris ma via mar tis dor gard").split()
BRANDS = ("Edelweiss Bellevue Panorama Seeland Riviera Sonnenberg "
	"Lindenhof Rosengarten Aurora Nova Vitalis Optima Primus Axon Quadra "
	"Certa Lumina Arcadia Fidelis Concordia Meridian Polaris Stella Zenit "
	"Orion Kubus Vertex Terra Alpina Helios Atlas Mosaic Horizon Pilatus "
	"Saturn Iris Kolibri Phoenix Artemis Albatros Merkur Vesta Minerva "
	"Galilei Rigi Säntis Eiger Moléson Salève Ardennes Kempen Meuse "
	"Escaut Moselle Brenner Ortler Vogesen").split()

# Place phrases, by language (de, fr, it, nl).
PLACES = {
	"station": ("am Bahnhof", "de la Gare", "della Stazione",
		"aan het Station"),
	"market": ("am Markt", "du Marché", "del Mercato", "aan de Markt"),
	"lake": ("am See", "du Lac", "del Lago", "aan het Meer"),
	"center": ("im Zentrum", "du Centre", "del Centro", "Centrum"),
	"post": ("zur Post", "de la Poste", "della Posta", "bij de Post"),
	"bridge": ("an der Brücke", "du Pont", "del Ponte", "aan de Brug"),
	"rose": ("zur Rose", "de la Rose", "alla Rosa", "De Roos"),
	"sun": ("zur Sonne", "du Soleil", "al Sole", "De Zon"),
	"crown": ("zur Krone", "de la Couronne", "alla Corona", "De Kroon"),
	"lion": ("zum Löwen", "du Lion d'Or", "al Leone d'Oro",
		"De Gouden Leeuw"),
	"kings": ("Drei Könige", "des Trois Rois", "dei Tre Re",
		"De Drie Koningen"),
	"seasons": ("Vier Jahreszeiten", "des Quatre Saisons",
		"Quattro Stagioni", "De Vier Seizoenen"),
	"castle": ("Schloss", "du Château", "del Castello", "Het Kasteel"),
	"stag": ("zum Hirschen", "du Cerf", "al Cervo", "Het Hert"),
	"church": ("an der Kirche", "de l'Église", "della Chiesa",
		"aan de Kerk"),
	"oldtown": ("Altstadt", "de la Vieille Ville", "Città Vecchia",
		"Oude Stad"),
}
LANGS = ("de", "fr", "it", "nl")
SHOP_PLACES = ("station", "market", "lake", "center", "post", "bridge",
	"rose", "sun", "crown", "lion", "church", "oldtown")
HOTEL_PLACES = ("station", "lake", "crown", "lion", "kings", "seasons",
	"castle", "post", "stag", "sun", "rose", "market")


def L4(de, fr, it, nl):
	return {"de": de, "fr": fr, "it": it, "nl": nl}


# Sectors: weight, legal use ("co" a firm, "sole" mostly none, "assoc",
# "none"), templates (a name by language; slots {S} {S2} {F} {X} {P} {V}
# {T} {&}).
SECTORS = {
	"medical": (10, "sole", [
		L4("Praxis Dr. med. {F} {S}", "Cabinet médical Dr {F} {S}",
			"Studio medico Dr. {F} {S}", "Huisartsenpraktijk Dr. {F} {S}"),
		L4("Arztpraxis {S}", "Cabinet médical {S}", "Studio medico {S}",
			"Huisartsenpraktijk {S}"),
		L4("Gruppenpraxis {P}", "Cabinet de groupe {P}",
			"Studio medico associato {P}", "Groepspraktijk {P}"),
		L4("Ärztezentrum {X}", "Centre médical {X}", "Centro medico {X}",
			"Medisch Centrum {X}"),
		L4("Hausarztpraxis {S} {&} {S2}", "Cabinet médical {S} {&} {S2}",
			"Studio medico {S} {&} {S2}",
			"Huisartsenpraktijk {S} {&} {S2}")]),
	"dental": (6, "sole", [
		L4("Zahnarztpraxis Dr. {F} {S}", "Cabinet dentaire Dr {F} {S}",
			"Studio dentistico Dr. {F} {S}", "Tandartspraktijk {F} {S}"),
		L4("Zahnarztpraxis {S}", "Cabinet dentaire {S}",
			"Studio dentistico {S}", "Tandartsenpraktijk {S}"),
		L4("Zahnzentrum {X}", "Centre dentaire {X}", "Centro dentale {X}",
			"Tandheelkundig Centrum {X}")]),
	"pharmacy": (6, "co", [
		L4("Apotheke {P}", "Pharmacie {P}", "Farmacia {P}", "Apotheek {P}"),
		L4("{X} Apotheke", "Pharmacie {X}", "Farmacia {X}", "Apotheek {X}"),
		L4("Apotheke {S}", "Pharmacie {S}", "Farmacia {S}",
			"Apotheek {S}")]),
	"notary": (4, "sole", [
		L4("Notariat {S}", "Étude du notaire {S}", "Studio notarile {S}",
			"Notariskantoor {S}"),
		L4("Notariat {S} {&} {S2}", "Notaires {S} {&} {S2}",
			"Notai {S} {&} {S2}", "Notarissen {S} {&} {S2}")]),
	"law": (6, "co", [
		L4("{S} {&} {S2} Rechtsanwälte", "{S} {&} {S2} Avocats",
			"Studio legale {S} {&} {S2}", "{S} {&} {S2} Advocaten"),
		L4("Anwaltskanzlei {S}", "Étude d'avocats {S}",
			"Studio legale {S}", "Advocatenkantoor {S}")]),
	"fiduciary": (9, "co", [
		L4("Treuhand {S}", "Fiduciaire {S}", "Fiduciaria {S}",
			"Boekhoudkantoor {S}"),
		L4("{X} Treuhand", "Fiduciaire {X}", "Fiduciaria {X}",
			"{X} Boekhouding"),
		L4("Treuhandbüro {F} {S}", "Bureau fiduciaire {F} {S}",
			"Ufficio fiduciario {F} {S}", "Boekhoudkantoor {F} {S}")]),
	"architects": (7, "co", [
		L4("{S} {&} {S2} Architekten", "{S} {&} {S2} Architectes",
			"{S} {&} {S2} Architetti", "{S} {&} {S2} Architecten"),
		L4("Architekturbüro {S}", "Bureau d'architecture {S}",
			"Studio d'architettura {S}", "Architectenbureau {S}"),
		L4("Ingenieurbüro {S}", "Bureau d'ingénieurs {S}",
			"Studio d'ingegneria {S}", "Ingenieursbureau {S}"),
		L4("{X} Ingenieure", "{X} Ingénieurs", "{X} Ingegneri",
			"{X} Ingenieurs")]),
	"logistics": (6, "co", [
		L4("{S} Transporte", "Transports {S}", "Trasporti {S}",
			"Transport {S}"),
		L4("{X} Logistik", "{X} Logistique", "{X} Logistica",
			"{X} Logistiek"),
		L4("Gebrüder {S} Transporte", "Transports {S} Frères",
			"Fratelli {S} Trasporti", "Gebroeders {S} Transport")]),
	"hotel": (6, "co", [
		L4("Hotel {P}", "Hôtel {P}", "Albergo {P}", "Hotel {P}"),
		L4("Hotel {X}", "Hôtel {X}", "Hotel {X}", "Hotel {X}")]),
	"restaurant": (6, "co", [
		L4("Restaurant {P}", "Restaurant {P}", "Ristorante {P}",
			"Restaurant {P}"),
		L4("Gasthaus {P}", "Auberge {P}", "Osteria {P}", "Herberg {P}")]),
	"it": (5, "co", [
		L4("{X} Informatik", "{X} Informatique", "{X} Informatica",
			"{X} Informatica"),
		L4("{X} IT Services", "{X} IT Services", "{X} IT Services",
			"{X} IT Services"),
		L4("{X} Systems", "{X} Systems", "{X} Systems", "{X} Systems")]),
	"school": (4, "none", [
		L4("Primarschule {V}", "École primaire de {V}",
			"Scuola elementare di {V}", "Basisschool {V}"),
		L4("Gymnasium {X}", "Collège {X}", "Liceo {X}", "Atheneum {X}"),
		L4("Berufsschule {V}", "École professionnelle de {V}",
			"Scuola professionale di {V}", "Beroepsschool {V}")]),
	"municipality": (5, "none", [
		L4("Gemeinde {V}", "Commune de {V}", "Comune di {V}",
			"Gemeente {V}"),
		L4("Stadt {V}", "Ville de {V}", "Città di {V}", "Stad {V}"),
		L4("Gemeindeverwaltung {V}", "Administration communale de {V}",
			"Amministrazione comunale di {V}", "Gemeentebestuur {V}")]),
	"association": (6, "assoc", [
		L4("Wohnbaugenossenschaft {X}", "Coopérative d'habitation {X}",
			"Cooperativa edilizia {X}", "Wooncoöperatie {X}"),
		L4("Verein {X}", "Association {X}", "Associazione {X}",
			"Vereniging {X}"),
		L4("Turnverein {V}", "Société de gymnastique {V}",
			"Società ginnastica {V}", "Turnkring {V}")]),
	"trades": (12, "co", [
		L4("Schreinerei {S}", "Menuiserie {S}", "Falegnameria {S}",
			"Schrijnwerkerij {S}"),
		L4("Elektro {S}", "{S} Électricité", "Elettro {S}", "Elektro {S}"),
		L4("Sanitär {S}", "Sanitaire {S}", "Idraulica {S}",
			"Sanitair {S}"),
		L4("Gebrüder {S}", "{S} Frères", "Fratelli {S}", "Gebroeders {S}"),
		L4("Malerei {S}", "Peinture {S}", "Pittura {S}",
			"Schilderwerken {S}"),
		L4("Bäckerei {S}", "Boulangerie {S}", "Panetteria {S}",
			"Bakkerij {S}"),
		L4("Garage {S}", "Garage {S}", "Autofficina {S}", "Garage {S}"),
		L4("{S} Bau", "{S} Construction", "{S} Costruzioni",
			"Bouwbedrijf {S}"),
		L4("{S} & Co.", "{S} & Cie", "{S} & C.", "{S} & Co"),
		L4("{S} & Söhne", "{S} & Fils", "{S} & Figli", "{S} & Zonen"),
		L4("{S} Betriebe", "Établissements {S}", "Stabilimenti {S}",
			"Bedrijven {S}")]),
	"chain": (5, "co", None),
}
CHAINS = ("Optivue", "Bikeland", "Brico Plus", "Casa Verde", "Fitline",
	"Copyshop Rapid", "Vitaform", "Hörwelt", "Petfood Corner",
	"Blumen Express", "Schlüsseldienst 24", "Pizza Alpina", "Lavomatic",
	"Dentalys", "Physio Plus", "Auto Vitre", "Nettoyage Éclair",
	"Kinderwelt", "Papeterie Prisma", "Café Nuance")

# Legal forms: (country, kind) -> {language: [spellings]} (the first is
# how the register prints it) and the country's kinds with weights.
LEGAL = {
	("CH", "ag"): {"de": ["AG"], "fr": ["SA", "S.A."], "it": ["SA"]},
	("CH", "gmbh"): {"de": ["GmbH"], "fr": ["Sàrl", "Sarl", "S.à r.l."],
		"it": ["Sagl"]},
	("CH", "coop"): {"de": ["Genossenschaft"], "fr": ["Société coopérative",
		"société coopérative"], "it": ["Società cooperativa"]},
	("BE", "bv"): {"nl": ["BV", "bv", "BVBA"], "fr": ["SRL", "srl", "SPRL"],
		"de": ["GmbH", "PGmbH"]},
	("BE", "nv"): {"nl": ["NV", "nv"], "fr": ["SA", "S.A."], "de": ["AG"]},
	("BE", "cv"): {"nl": ["CV", "CVBA"], "fr": ["SC", "SCRL"],
		"de": ["Genossenschaft"]},
	("BE", "commv"): {"nl": ["CommV"], "fr": ["SComm"], "de": ["KG"]},
	("BE", "vzw"): {"nl": ["VZW", "vzw"], "fr": ["ASBL", "asbl"],
		"de": ["VoG"]},
	("LU", "sarl"): {"fr": ["S.à r.l.", "Sàrl", "SARL"], "de": ["S.à r.l.",
		"Sàrl", "GmbH"]},
	("LU", "sa"): {"fr": ["SA", "S.A."], "de": ["S.A.", "AG"]},
	("LU", "sarls"): {"fr": ["S.à r.l.-S", "Sàrl-S", "SARL-S"],
		"de": ["S.à r.l.-S", "Sàrl-S"]},
	("LU", "scs"): {"fr": ["SCS", "S.C.S."], "de": ["SCS"]},
	("LU", "asbl"): {"fr": ["a.s.b.l.", "ASBL"], "de": ["a.s.b.l.",
		"ASBL"]},
	("AT", "gmbh"): {"de": ["GmbH", "Ges.m.b.H.", "Gesellschaft m.b.H."]},
	("AT", "og"): {"de": ["OG"]},
	("AT", "kg"): {"de": ["KG"]},
	("AT", "eu"): {"de": ["e.U."]},
	("IT", "srl"): {"it": ["Srl", "S.r.l.", "srl"], "de": ["GmbH"]},
	("IT", "snc"): {"it": ["snc", "S.n.c."], "de": ["OHG"]},
	("IT", "sas"): {"it": ["sas", "S.a.s."], "de": ["KG"]},
	("FR", "sarl"): {"fr": ["SARL", "Sarl"], "de": ["GmbH"]},
	("FR", "sas"): {"fr": ["SAS"], "de": ["SAS"]},
	("FR", "eurl"): {"fr": ["EURL"], "de": ["EURL"]},
	("FR", "ei"): {"fr": ["EI"], "de": ["EI"]},
}
KINDS_OF = {
	"CH": (("ag", 0.36), ("gmbh", 0.38), ("coop", 0.03), ("", 0.23)),
	"BE": (("bv", 0.48), ("nv", 0.18), ("cv", 0.05), ("commv", 0.03),
		("", 0.26)),
	"LU": (("sarl", 0.45), ("sa", 0.3), ("sarls", 0.1), ("scs", 0.05),
		("", 0.1)),
	"AT": (("gmbh", 0.5), ("og", 0.1), ("kg", 0.15), ("eu", 0.15),
		("", 0.1)),
	"IT": (("srl", 0.5), ("snc", 0.2), ("sas", 0.15), ("", 0.15)),
	"FR": (("sarl", 0.35), ("sas", 0.35), ("eurl", 0.1), ("ei", 0.1),
		("", 0.1)),
}
# Bilingual registration in South Tyrol: the German and Italian form.
ST_PAIR = {"srl": "GmbH/Srl", "snc": "OHG/snc", "sas": "KG/sas"}

DESKS = ("ZRH", "BRU", "LUX")
TECHS = {
	"ZRH": ["Reto Ammann", "Sandra Keller", "Luca Bernasconi",
		"Julien Rochat", "Stefan Gruber", "Corinne Favre"],
	"BRU": ["Koen Peeters", "Sophie Lambert", "Bart Claes",
		"Nathalie Dethier", "Jonas Kever"],
	"LUX": ["Marc Schmit", "Carole Thill", "Paulo Ferreira",
		"Claire Heitz"],
}
MSP = "Trivium IT"


# ---------------------------------------------------------------- helpers
def wchoice(rng, items):
	"""One of items, (value, weight) pairs, by weight."""
	vals, weights = zip(*items)
	return rng.choices(vals, weights)[0]


strip_accents = la.fold	# accents dropped, sharp s as ss


def spell_out(s):
	"""German umlauts spelt ae/oe/ue (DIN 5007-2), the rest dropped."""
	for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"),
			("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss")):
		s = s.replace(a, b)
	return strip_accents(s)


def fold(s):
	return re.sub(r"[^0-9a-z]+", "", strip_accents(s).lower())


def fantasy(rng):
	if rng.random() < 0.45:
		return rng.choice(BRANDS)
	return rng.choice(FANT_A) + rng.choice(FANT_B)


def elide(s):
	"""French elision: de/le/la before a vowel."""
	return re.sub(r"\b([Dd]e|[Ll]a|[Ll]e) ([AEIOUÉÈaeiouéèh])", lambda m:
		m.group(1)[0] + "'" + m.group(2), s)


def town_name(key, lang):
	names = TOWNS[key][1]
	return names.get(lang) or names.get("de") or names.get("fr") or \
		next(iter(names.values()))


def vill_name(v, lang):
	return v.get(lang) or next(iter(v.values()))


# ---------------------------------------------------------------- names
def render(c, lang, legal=True, tlang=None, amp=None):
	"""Customer c's name in lang: its template, its slots, its legal form
	as the register of c's country writes it in lang (legal: True for the
	registered spelling, a string for that one, False for none)."""
	tl = tlang or lang
	v = c["vars"]
	if c["sector"] == "chain":
		s = v["C"] + " " + town_name(c["town"], tl)
		if v.get("Q"):
			s += " " + v["Q"]
	else:
		s = fill(c, c["tpl"][lang], lang, tl, amp)
	if legal is True:
		lg = legal_spelling(c, lang)
	else:
		lg = legal or ""
	return " ".join((s + " " + lg).split())


def fill(c, fmt, lang, tl=None, amp=None):
	"""A template (or a piece of one) with c's slots."""
	v = c["vars"]
	a = amp if amp is not None else ("&" if v["amp"] == "&" else
		AND[lang])
	s = fmt.format(S=v.get("S", ""), S2=v.get("S2", ""),
		F=v.get("F", ""), X=v.get("X", ""),
		P=PLACES[v["P"]][LANGS.index(lang)] if v.get("P") else "",
		V=vill_name(v["V"], tl or lang) if v.get("V") else "",
		T=town_name(c["town"], tl or lang), **{"&": a})
	return elide(s) if lang == "fr" else s


def legal_spelling(c, lang):
	if not c["legal"]:
		return ""
	if lang == c["lang"]:
		return c["legal_reg"]
	forms = LEGAL[(c["country"], c["legal"])]
	return (forms.get(lang) or forms[c["lang"]])[0]


def legal_forms(c, lang):
	if not c["legal"]:
		return []
	forms = LEGAL[(c["country"], c["legal"])]
	return list(forms.get(lang) or forms[c["lang"]])


def typed_langs(c):
	"""Languages a technician may type c's name in, besides its own."""
	if c["sector"] == "chain":
		return []
	out = []
	for lg in REGIONS[c["region"]][1]:
		if lg != c["lang"] and lg in c["tpl"]:
			out.append(lg)
	return out


# ---------------------------------------------------------------- people
def new_id(g):
	g.next_id += 1
	return g.next_id


def domain_of(rng, c):
	tld = {"CH": ".ch", "BE": ".be", "LU": ".lu", "AT": ".at", "IT": ".it",
		"FR": ".fr"}[c["country"]]
	if rng.random() < 0.25:
		return {"CH": rng.choice(("bluewin.ch", "gmx.ch", "hispeed.ch")),
			"BE": rng.choice(("skynet.be", "telenet.be", "proximus.be")),
			"LU": rng.choice(("pt.lu", "internet.lu")),
			"AT": rng.choice(("aon.at", "gmx.at", "chello.at")),
			"IT": rng.choice(("libero.it", "rolmail.net")),
			"FR": rng.choice(("orange.fr", "wanadoo.fr", "free.fr"))}[
			c["country"]]
	ws = [w for w in la.words(render(c, c["lang"], legal=False)) if
		len(w) > 1 and w not in la.STOP]
	own = [w for w in ws if w not in GENERIC] or ws[-1:] or ["info"]
	r = rng.random()
	if r < 0.4 or len(ws) < 2:
		ws = own[:1]
	elif r < 0.7:
		ws = [w for w in ws if w not in own][:1] + own[:1]
	else:
		ws = ws[:3]
	return rng.choice(("", "-")).join(ws) + tld


def contacts(rng, g, c):
	lang = c["lang"]
	sur = SURNAMES[c["region"]]
	out = []
	for k in range(rng.choice((1, 1, 2, 2, 3, 4))):
		if k == 0 and c["vars"].get("S") and rng.random() < 0.7:
			f, s = c["vars"].get("F") or rng.choice(FIRST[lang]), \
				c["vars"]["S"]
		else:
			f, s = rng.choice(FIRST[lang]), rng.choice(sur)
		dom = c["domain"]
		mail = "%s.%s@%s" % (fold(f), fold(s), dom) if "." in dom and \
			rng.random() < 0.8 else "%s%s@%s" % (fold(f)[0], fold(s), dom)
		out.append({"id": new_id(g), "firstname": f, "lastname": s,
			"email": mail})
	return out


ROLES = {"de": ("EMPF", "BUERO", "KASSE", "LABOR", "SEKR", "CHEF", "LAGER",
		"BH"),
	"fr": ("ACCUEIL", "CAISSE", "SECR", "COMPTA", "BUREAU", "LABO",
		"DIR"),
	"it": ("RECEZ", "CASSA", "SEGR", "UFF", "CONTAB", "DIR"),
	"nl": ("BALIE", "KASSA", "BOEKH", "ONTHAAL", "BUREAU", "DIR")}
SHARED = ("EMPFANG-PC", "ACCUEIL", "RECEPTION", "KASSE1", "CAISSE-1",
	"BALIE-PC", "SERVER", "SRV01", "NAS")


def rand_pc(rng, kind="DESKTOP"):
	return kind + "-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"
		"0123456789") for _ in range(7))


def prefix_of(c):
	ws = [w for w in la.words(c["name"]) if len(w) > 2 and not
		w.isdigit()]
	keep = [w for w in ws if w not in GENERIC] or ws or ["cust"]
	w = keep[0]
	n = 6 if len(keep) == 1 else 3
	p = w[:n].upper()
	if len(keep) > 1:
		p += keep[1][:3].upper()
	return p


def assets(rng, g, c):
	p = prefix_of(c)
	lang = c["lang"]
	out, n = [], rng.choice((1, 2, 2, 3, 3, 4, 5, 6))
	style = rng.random()
	for k in range(1, n + 1):
		r = rng.random()
		if r < 0.07:
			name = rng.choice(SHARED)
		elif r < 0.17:
			name = rand_pc(rng, rng.choice(("DESKTOP", "LAPTOP")))
		elif r < 0.22:
			f = fold(rng.choice(FIRST[lang])).capitalize()
			name = {"de": "MacBook-Pro-von-%s", "fr": "MacBook-Air-de-%s",
				"it": "MacBook-Pro-di-%s", "nl": "MacBook-Pro-van-%s"}[
				lang] % f
		elif style < 0.5:
			name = "%s-%s%02d" % (p, rng.choice(("PC", "NB", "WS", "LT")), k)
		elif style < 0.8:
			name = "%s-%s%d" % (p, rng.choice(ROLES[lang]), k)
		else:
			name = "%s%s%03d" % (p[:4], rng.choice(("PC", "NB")), k)
		out.append({"id": new_id(g), "name": name})
	return out


STREETS = {
	"de": ("Bahnhofstrasse", "Hauptstrasse", "Dorfstrasse", "Seestrasse",
		"Kirchgasse", "Marktgasse", "Industriestrasse", "Poststrasse",
		"Schulstrasse", "Gewerbestrasse"),
	"fr": ("Rue de la Gare", "Rue du Marché", "Avenue de la Gare",
		"Route de Lausanne", "Chemin des Vignes", "Rue du Centre",
		"Rue de l'Église", "Grand-Rue", "Avenue de la Liberté",
		"Rue des Alpes"),
	"it": ("Via Nassa", "Via Cantonale", "Corso Libertà", "Via Roma",
		"Via della Stazione", "Piazza Grande", "Via Museo"),
	"nl": ("Kerkstraat", "Stationsstraat", "Dorpsstraat", "Molenstraat",
		"Nieuwstraat", "Markt", "Bredabaan", "Leopoldlaan"),
}


def address(rng, c):
	lang, cty = c["lang"], c["country"]
	st = rng.choice(STREETS[lang])
	if cty == "AT":
		st = st.replace("strasse", "straße")
	no = str(rng.randint(1, 160))
	if cty in ("LU", "FR") and lang == "fr":
		addr = "%s, %s" % (no, st[0].lower() + st[1:])
	else:
		addr = "%s %s" % (st, no)
	r = rng.random()
	a2 = None
	if r < 0.12:
		a2 = {"de": "%d. OG" % rng.randint(1, 5), "fr": "%de étage" %
			rng.randint(2, 6), "it": "%d° piano" % rng.randint(1, 4),
			"nl": "bus %d" % rng.randint(1, 20)}[lang]
	elif r < 0.18:
		a2 = {"de": "Postfach %d", "fr": "Case postale %d", "it":
			"Casella postale %d", "nl": "Postbus %d"}[lang] % \
			rng.randint(10, 999)
	tw = TOWNS[c["town"]]
	z = tw[2] + rng.randint(0, 40)
	zp = {"LU": "L-%04d" % z, "IT": "%05d" % z, "FR": "%05d" % z}.get(cty,
		"%04d" % z)
	city = town_name(c["town"], lang)
	if c["sector"] in ("municipality", "school") and c["vars"].get("V"):
		city = vill_name(c["vars"]["V"], lang)
	return {"address": addr, "address_2": a2, "city": city,
		"state": tw[3], "zip": zp}


# ---------------------------------------------------------------- population
GENERIC = set()


def make_vars(rng, region, lang, sector, tpl):
	sur = SURNAMES[region]
	v = {"S": rng.choice(sur), "F": rng.choice(FIRST[lang]),
		"X": fantasy(rng), "amp": "&" if rng.random() < 0.6 else "word"}
	s2 = rng.choice(sur)
	while s2 == v["S"]:
		s2 = rng.choice(sur)
	v["S2"] = s2
	if "{P}" in tpl["de"]:
		v["P"] = rng.choice(HOTEL_PLACES if sector in ("hotel",
			"restaurant") else SHOP_PLACES)
	if "{V}" in tpl["de"]:
		v["V"] = rng.choice(VILLAGES[region])
	return v


def new_customer(rng, g, region, sector):
	langs, _, desk, country, _ = REGIONS[region]
	lang = wchoice(rng, langs)
	towns = [k for k, t in TOWNS.items() if t[0] == region]
	town = rng.choice(towns)
	c = {"region": region, "lang": lang, "country": country, "desk": desk,
		"sector": sector, "town": town}
	if sector == "chain":
		c["tpl"] = {}
		c["vars"] = {"C": rng.choice(CHAINS), "Q": ""}
	else:
		tpls = SECTORS[sector][2]
		c["tpl"] = rng.choice(tpls)
		c["vars"] = make_vars(rng, region, lang, sector, c["tpl"])
	use = SECTORS[sector][1]
	kind = ""
	if use == "co" or (use == "sole" and rng.random() < 0.25):
		kind = wchoice(rng, KINDS_OF[country])
	elif use == "assoc":
		kind = {"BE": "vzw", "LU": "asbl"}.get(country, "")
		if c["tpl"]["de"].startswith("Wohnbau"):
			kind = ""
	if kind == "coop" and sector not in ("trades", "logistics", "it"):
		kind = "ag"
	c["legal"] = kind
	if kind:
		forms = LEGAL[(country, kind)]
		fl = forms.get(lang) or forms[next(iter(forms))]
		reg = fl[0] if rng.random() < 0.8 else rng.choice(fl)
		if country == "IT" and kind in ST_PAIR and rng.random() < 0.4:
			reg = ST_PAIR[kind]
		c["legal_reg"] = reg
	return c


CONNECT = {"und", "et", "e", "en", "and", "y"}


def nkey(t):
	"""label-audit's key less the connectors: "A & B", "A und B" and
	"A et B" are one name."""
	return " ".join(w for w in la.key(t).split() if w not in CONNECT)


def all_keys(c):
	"""c's name in each language it may be typed in, with and without its
	legal form, its town in each of its languages, and each of those
	with spaces and hyphens removed."""
	out = set()
	tls = [None]
	if has_town(c):
		tls += other_town_langs(c)
	for lg in [c["lang"]] + typed_langs(c):
		for lgl in (True, False):
			for tl in tls:
				k = nkey(render(c, lg, legal=lgl, tlang=tl))
				out.add(k)
				out.add(squash(k))
	return out


def population(rng, ncust):
	g = type("G", (), {})()
	g.next_id = 4910000
	g.custs = []
	taken, tkeys, munis = {}, set(), set()
	regions = [(r, v[4]) for r, v in REGIONS.items()]
	sectors = [(s, v[0]) for s, v in SECTORS.items()]
	cid = 29000000
	chain_sites = {}
	while len(g.custs) < ncust:
		region = wchoice(rng, regions)
		for _ in range(30):
			sector = wchoice(rng, sectors)
			c = new_customer(rng, g, region, sector)
			if sector == "chain":
				k0 = (c["vars"]["C"], c["town"])
				n = chain_sites.get(k0, 0)
				if n:
					c["vars"]["Q"] = rng.choice(TOWNS[c["town"]][4])
			c["name"] = render(c, c["lang"])
			k = nkey(c["name"])
			if not k:
				continue
			twin = k in taken
			if twin and (sector in ("chain", "municipality", "school") or
					rng.random() > (0.3 if c["vars"].get("P") else 0.03) or taken[k]["town"] == c["town"]
					or taken[k].get("twin")):
				continue
			ks = all_keys(c)
			if not twin and ks & tkeys:	# read as another's translation
				continue
			if sector == "municipality":	# one customer per municipality
				mk = tuple(sorted(c["vars"]["V"].items()))
				if mk in munis:
					continue
				munis.add(mk)
			break
		else:
			continue
		if twin:
			c["twin"] = taken[k]["id"]
			taken[k]["twin"] = True and c
		if sector == "chain":
			chain_sites[(c["vars"]["C"], c["town"])] = \
				chain_sites.get((c["vars"]["C"], c["town"]), 0) + 1
		taken[k] = c
		tkeys.update(ks)
		cid += rng.choice((1, 1, 2, 3, 7))
		c["id"] = cid
		c["w"] = rng.paretovariate(1.3)
		g.custs.append(c)
	for c in g.custs:
		c["domain"] = domain_of(rng, c)
		c["syncro"] = address(rng, c)
		c["contacts"] = contacts(rng, g, c)
		c["assets"] = assets(rng, g, c)
	return g


# ---------------------------------------------------------------- noise
QWERTZ = ["1234567890", "qwertzuiop", "asdfghjkl", "yxcvbnm"]
AZERTY = ["1234567890", "azertyuiop", "qsdfghjklm", "wxcvbn"]


def near_keys(rows):
	"""Each key's neighbours on a layout given as its rows of letters:
	left, right, and the two keys below and above that touch it."""
	out = {}
	for r, row in enumerate(rows):
		for i, ch in enumerate(row):
			nb = out.setdefault(ch, [])
			nb += [x for x in row[max(0, i - 1):i + 2] if x != ch]
			if r + 1 < len(rows):
				nb += list(rows[r + 1][max(0, i - 1):i + 1])
			if r > 1:
				nb += list(rows[r - 1][i:i + 2])
	return out


NEAR = {id(QWERTZ): near_keys(QWERTZ), id(AZERTY): near_keys(AZERTY)}


def neighbours(ch, rows):
	return NEAR[id(rows)].get(ch, [])


def typo1(rng, s, rows):
	idx = [i for i, ch in enumerate(s) if ch.isalpha()]
	if len(idx) < 4:
		return s
	i = rng.choice(idx[1:])
	r = rng.random()
	if r < 0.4:
		nb = neighbours(s[i].lower(), rows)
		if not nb:
			return s
		ch = rng.choice(nb)
		return s[:i] + (ch.upper() if s[i].isupper() else ch) + s[i + 1:]
	if r < 0.65:
		return s[:i] + s[i + 1:]
	if r < 0.85:
		return s[:i] + s[i] + s[i:]
	if i + 1 < len(s) and s[i + 1].isalpha():
		return s[:i] + s[i + 1] + s[i] + s[i + 2:]
	return s


def rows_of(c):
	return AZERTY if c["country"] in ("BE", "FR") or (c["country"] == "LU"
		and c["lang"] == "fr") else QWERTZ


def n_exact(rng, c, s):
	return s


def n_legal(rng, c, s):
	"""The legal form dropped, in the other language, its old form, or
	typed first."""
	base = render(c, c["lang"], legal=False)
	if not c["legal"]:
		return None
	forms = [f for lg in LANGS for f in legal_forms(c, lg)]
	r = rng.random()
	if r < 0.4:
		return base
	alt = [f for f in forms if f != c["legal_reg"]]
	if r < 0.8 and alt:
		return base + " " + rng.choice(alt)
	return rng.choice(forms) + " " + base


def n_lang(rng, c, s):
	"""The whole name in another of the region's languages (the register
	prints both; the technician types the one he speaks)."""
	ls = typed_langs(c)
	if not ls:
		return None
	lg = rng.choice(ls)
	r = rng.random()
	if r < 0.55:
		return render(c, lg)
	if r < 0.8:
		return render(c, lg, legal=False)
	return render(c, lg, legal=c.get("legal_reg") or False)


def has_town(c):
	return c["sector"] == "chain" or "{V}" in c["tpl"].get("de", "") or \
		"{T}" in c["tpl"].get("de", "")


def other_town_langs(c):
	if c["sector"] == "chain":
		names = TOWNS[c["town"]][1]
	else:
		names = c["vars"]["V"]
	cur = vill_name(names, c["lang"]) if c["sector"] != "chain" else \
		town_name(c["town"], c["lang"])
	return [lg for lg, n in names.items() if n != cur]


def n_town(rng, c, s):
	"""Only the town typed in another language (Bienne for Biel)."""
	if not has_town(c):
		return None
	ls = other_town_langs(c)
	if not ls:
		return None
	tl = rng.choice(ls)
	if c["sector"] == "chain":
		return render(c, c["lang"], tlang=tl)
	lg = c["lang"]
	if tl in c["tpl"] and rng.random() < 0.5:
		lg = tl
	return render(c, lg, legal=rng.random() < 0.5, tlang=tl)


def n_accents(rng, c, s):
	if strip_accents(s) == s:
		return None
	r = rng.random()
	if r < 0.5:
		return strip_accents(s)
	if r < 0.85 and re.search("[äöüÄÖÜß]", s):
		return spell_out(s)
	# one accent dropped only
	idx = [i for i, ch in enumerate(s) if strip_accents(ch) != ch]
	i = rng.choice(idx)
	return s[:i] + strip_accents(s[i]) + s[i + 1:]


SWISS_KEYS = {"ü": "[", "ö": ";", "ä": "'", "è": "[", "é": ";", "à": "'"}


def n_layout(rng, c, s):
	"""Typed with the other layout set: QWERTZ y/z (umlaut keys give
	[ ; '), AZERTY a/q, z/w, m on ;.  Sometimes for one word only."""
	if c["country"] in ("CH", "AT", "IT") or (c["country"] == "LU" and
			c["lang"] == "de") or (c["country"] == "BE" and
			c["lang"] == "de"):
		tab = {"y": "z", "z": "y", "Y": "Z", "Z": "Y"}
		tab.update(SWISS_KEYS)
	else:
		tab = {"a": "q", "q": "a", "z": "w", "w": "z", "m": ";",
			"A": "Q", "Q": "A", "Z": "W", "W": "Z", "M": ":"}
	ws = s.split()
	cand = [i for i, w in enumerate(ws) if any(ch in tab for ch in w)]
	if not cand:
		return None
	if rng.random() < 0.5:
		i = rng.choice(cand)
		ws[i] = "".join(tab.get(ch, ch) for ch in ws[i])
		return " ".join(ws)
	return "".join(tab.get(ch, ch) for ch in s)


def n_typo(rng, c, s):
	t = typo1(rng, s, rows_of(c))
	return t if t != s else None


def n_typo2(rng, c, s):
	base = s if rng.random() < 0.5 else render(c, c["lang"], legal=False)
	t = typo1(rng, typo1(rng, base, rows_of(c)), rows_of(c))
	return t if t != base else None


ABBREV = [
	("Dr. med. ", ("Dr. ", "Dr ", "")), ("Dr ", ("",)), ("Dr. ", ("",)),
	("Gebrüder", ("Gebr.", "Gebr", "Gebrueder")),
	("Gebroeders", ("Gebr.", "Gebrs.")), ("Fratelli", ("F.lli", "Flli")),
	("Frères", ("Fr.", "Frs", "freres")),
	("Étude du notaire ", ("Me ", "Mtre ", "Étude Me ", "Maître ")),
	("Établissements", ("Ets", "Ets.", "Etabl.")),
	("& Cie", ("et Cie", "& Cie.", "Cie", "& Co")),
	("& Co.", ("& Co", "+ Co", "und Co.", "& Cie")),
	("& Söhne", ("und Söhne", "& Sohn", "+ Söhne")),
	("& Fils", ("et Fils", "& fils", "et fils")),
	("& Zonen", ("en Zonen", "& Zn.", "en Zn")),
	("Société coopérative", ("Sté coop.", "Sté coopérative", "SC")),
	("Société", ("Sté", "Ste")),
	("Genossenschaft", ("Gen.", "Genossensch.")),
	("Wohnbaugenossenschaft", ("WBG", "Wohnbaugen.", "Baugenossenschaft")),
	("Gemeindeverwaltung", ("Gemeindeverw.", "Gde.-Verw.", "Gemeinde")),
	("Administration communale de", ("Adm. communale de", "AC", "Commune de")),
	("Gemeentebestuur", ("Gemeente", "Gem.")),
	("Architekturbüro", ("Arch.-Büro", "Architekten")),
	("Architekten", ("Arch.", "Architektur")),
	("Architectes", ("Arch.", "architectes")),
	("Ingenieurbüro", ("Ing.-Büro", "Ing. Büro", "Ingenieure")),
	("Bureau d'ingénieurs", ("Bureau ing.", "Ingénieurs")),
	("Treuhand", ("Treuh.",)), ("Rechtsanwälte", ("RAe", "Anwälte")),
	("Avocats", ("av.", "avocat")), ("Zahnarztpraxis", ("Zahnarzt",
		"ZA-Praxis", "Zahnarztpr.")),
	("Huisartsenpraktijk", ("Huisarts", "Huisartsen", "HAP")),
	("Boekhoudkantoor", ("Boekhouding", "Boekh.")),
	("Association", ("Assoc.", "Asso")), ("Vereniging", ("Ver.",)),
	("Primarschule", ("PS", "Schule", "Primar")),
	("École primaire", ("EP", "École", "Ecole prim.")),
	("Scuola elementare", ("SE", "Scuola", "Sc. elem.")),
	("Apotheke", ("Apo", "Apoth.")), ("Pharmacie", ("Pharma", "Pharm.")),
	("Farmacia", ("Farm.",)), ("Restaurant", ("Rest.", "Resto")),
	("Transporte", ("Transp.",)), ("Transports", ("Transp.", "Trspts")),
	("Sankt ", ("St. ", "St ")), ("Saint-", ("St-", "St ")),
	("Sint-", ("St-", "St.-")), ("Cabinet médical", ("Cab. médical",
		"Cabinet")), ("Studio medico", ("Studio med.",)),
	("Gasthaus", ("Gasthof", "Gh.")), ("Hôtel", ("Hotel", "Htl")),
]


def n_abbrev(rng, c, s):
	hits = [(a, bs) for a, bs in ABBREV if a in s]
	if not hits:
		return None
	a, bs = rng.choice(hits)
	return s.replace(a, rng.choice(bs), 1)


def n_truncated(rng, c, s):
	if len(s) < 18:
		return None
	n = rng.randint(max(10, len(s) // 2), len(s) - 4)
	t = s[:n].rstrip(" -&,.")
	ws = t.split()
	if len(ws) > 1 and len(ws[-1]) < 3:
		t = " ".join(ws[:-1]).rstrip(" -&,.")
	full = set(la.words(t)[:-1])
	if c["sector"] == "chain":
		own = set(la.words(town_name(c["town"], c["lang"])))
	else:
		own = {w for w in la.words(s) if w not in GENERIC}
	return t if full & own else None


def n_cut(rng, c, s):
	"""Words dropped: the first name, the Dr., the trade word, the second
	partner, the place phrase's article."""
	base = render(c, c["lang"], legal=rng.random() < 0.4)
	v = c["vars"]
	opts = []
	if v.get("F") and (" " + v["F"] + " ") in " " + base + " ":
		opts.append(base.replace(v["F"] + " ", "", 1))
	if "Dr. med. " in base or "Dr. " in base or "Dr " in base:
		opts.append(re.sub(r"Dr\.? (med\. )?", "", base, count=1))
	if v.get("S2") and v["S2"] in base and c["sector"] in ("law",
			"architects", "medical", "notary"):
		opts.append(re.sub(r"\s*(&|und|et|e|en)\s+" + re.escape(v["S2"]),
			"", base, count=1))
	ws = base.split()
	if c["sector"] in ("hotel", "restaurant") and len(ws) > 2:
		opts.append(" ".join(ws[1:]))
	if not opts:
		return None
	return rng.choice(opts)


def n_reorder(rng, c, s):
	"""The trade words moved after the name (Meier Treuhand, Sonnenberg
	Centre dentaire) or before it (Transporte Pichler); a German place
	phrase made a compound (Bahnhof-Apotheke); the first name last."""
	if c["sector"] == "chain":
		return None
	lang, v = c["lang"], c["vars"]
	fmt = c["tpl"][lang]
	lg = legal_spelling(c, lang) if rng.random() < 0.4 else ""
	if v.get("P"):
		if lang != "de" or c["sector"] not in ("pharmacy", "restaurant",
				"hotel"):
			return None
		head = fmt.split()[0]
		pl = PLACES[v["P"]][0].split()[-1]
		t = rng.choice((pl + "-" + head, pl + " " + head, pl +
			head.lower()))
		return (t + " " + lg).strip()
	if v.get("F") and rng.random() < 0.4 and "{F} {S}" in fmt:
		return (fill(c, fmt.replace("{F} {S}", "{S} {F}"), lang) + " " +
			lg).strip()
	i, j = fmt.index("{"), fmt.rindex("}") + 1
	pre, mid, suf = fmt[:i].strip(), fmt[i:j], fmt[j:].strip()
	m = re.search(r"\bDr\b", pre)
	if m:	# the title stays with the name
		pre, mid = pre[:m.start()].strip(), pre[m.start():] + " " + mid
	if pre and not re.search(r"\b(de|di|du|d')$", pre):
		out = fill(c, mid, lang) + " " + fill(c, pre, lang)
	elif suf and not pre and c["sector"] != "it":
		out = fill(c, suf, lang) + " " + fill(c, mid, lang)
	else:
		return None
	return (out + " " + lg).strip()


def n_acronym(rng, c, s):
	"""Partners' initials (W&Z Architekten), the trade words' initials
	before the name (SG Ecublens, AC Waterloo), or the whole name's."""
	if c["sector"] == "chain" or "{F}" in c["tpl"]["de"] or \
			"{P}" in c["tpl"]["de"]:
		return None
	v, tpl = c["vars"], c["tpl"][c["lang"]]
	base = render(c, c["lang"], legal=False)
	if "{&}" in tpl:
		ini = strip_accents(v["S"])[0] + rng.choice(("&", "+", "", " & ")) \
			+ strip_accents(v["S2"])[0]
		rest = re.sub(r"\{S\}|\{S2\}|\{&\}", "", tpl).strip()
		return ini + (" " + rest if rest and rng.random() < 0.7 else "")
	slot = re.search(r"\{[SXV]\}", tpl)
	if not slot:
		return None
	head = tpl[:slot.start()]
	hw = [w for w in re.split(r"[\s']+", head) if w and w.lower() not in
		la.STOP]
	val = {"{S}": v.get("S"), "{X}": v.get("X"), "{V}": v.get("V") and
		vill_name(v["V"], c["lang"])}[slot.group(0)]
	if len(hw) < 2 or not val:
		return None
	ini = "".join(strip_accents(w)[0].upper() for w in hw)
	if rng.random() < 0.75:
		return ini + " " + val
	return ini + "".join(strip_accents(w)[0].upper() for w in
		re.split(r"[\s'-]+", val) if w)


def n_and(rng, c, s):
	v = c["vars"]
	if c["sector"] == "chain" or "{&}" not in c["tpl"]["de"]:
		return None
	cur = "&" if v["amp"] == "&" else AND[c["lang"]]
	opts = [a for a in ("&", "+", "and", AND[c["lang"]]) +
		tuple(AND[lg] for lg in typed_langs(c)) if a != cur]
	a = rng.choice(opts)
	return render(c, c["lang"], legal=rng.random() < 0.6, amp=a)


NUMS = {"Drei": "3", "Trois": "3", "Tre": "3", "Drie": "3", "Vier": "4",
	"Quatre": "4", "Quattro": "4"}


def n_number(rng, c, s):
	for w, d in NUMS.items():
		if re.search(r"\b%s\b" % w, s):
			return re.sub(r"\b%s\b" % w, d, s, count=1)
	return None


SITE_WORDS = {"de": ("Filiale", "Standort", "Zweigstelle", "Filiale"),
	"fr": ("succursale", "site", "antenne", "succ."),
	"it": ("filiale", "sede", "succursale"),
	"nl": ("vestiging", "filiaal", "afdeling", "vestiging")}


def n_branch(rng, c, s):
	"""The customer's own site: a branch word and a quarter of its town,
	or the quarter in brackets or after a dash."""
	if c["sector"] == "chain":
		return None
	q = rng.choice(TOWNS[c["town"]][4])
	base = s if rng.random() < 0.5 else render(c, c["lang"], legal=False)
	r = rng.random()
	if r < 0.5:
		return "%s %s %s" % (base, rng.choice(SITE_WORDS[c["lang"]]), q)
	if r < 0.75:
		return "%s - %s" % (base, q)
	return "%s (%s)" % (base, q)


def n_chain(rng, c, s):
	"""A franchisee typed as the chain and its quarter, its town in
	another language, or the town alone."""
	if c["sector"] != "chain":
		return None
	v = c["vars"]
	r = rng.random()
	if v["Q"] and r < 0.4:
		return "%s %s" % (v["C"], v["Q"])
	ls = other_town_langs(c)
	if ls and r < 0.8:
		return render(c, c["lang"], legal=False, tlang=rng.choice(ls))
	return "%s %s" % (v["C"], rng.choice(("Filiale", "succursale", "shop",
		"")) + " " + town_name(c["town"], c["lang"]) + (" " + v["Q"] if
		v["Q"] else ""))


def n_namesake(rng, c, s):
	"""A customer whose name another customer in another town shares:
	typed with its town, in the town's language or another."""
	names = TOWNS[c["town"]][1]
	t = rng.choice(list(names.values()))
	r = rng.random()
	if r < 0.5:
		return "%s %s" % (s, t)
	if r < 0.8:
		return "%s - %s" % (render(c, c["lang"], legal=False), t)
	return "%s (%s)" % (s, t)


def n_person(rng, c, s):
	"""The doctor, the notary, the owner by name, or the contact."""
	v = c["vars"]
	sec = c["sector"]
	lang = c["lang"]
	if v.get("S") and v["S"] in s:
		title = {"medical": {"de": "Dr. med.", "fr": "Dr", "it": "Dr.",
			"nl": "Dr."}, "dental": {"de": "Dr.", "fr": "Dr", "it": "Dr.",
			"nl": "Tandarts"}, "notary": {"de": "Notar", "fr": "Me",
			"it": "Notaio", "nl": "Notaris"}, "law": {"de": "RA",
			"fr": "Me", "it": "Avv.", "nl": "Mr."}}.get(sec)
		f = v.get("F") if v.get("F") and v["F"] in s else None
		if title and rng.random() < 0.6:
			return "%s %s%s" % (title[lang], (f + " ") if f and
				rng.random() < 0.6 else "", v["S"])
		if f:
			return rng.choice(("%s %s", "%s, %s")) % ((f, v["S"]) if
				rng.random() < 0.5 else (v["S"], f))
	ct = c["contacts"][0]
	return "%s %s" % (ct["firstname"], ct["lastname"]) if \
		rng.random() < 0.5 else "%s %s" % (ct["lastname"], ct["firstname"])


def n_case(rng, c, s):
	r = rng.random()
	if r < 0.45:
		return s.upper()
	if r < 0.8:
		return s.lower()
	return strip_accents(s).upper()


def n_hyphen(rng, c, s):
	"""Hyphens and apostrophes: Esch-sur-Alzette as Esch/Alzette or
	Esch sur Alzette, d'architecture as d architecture, compounds split
	(Zahnarzt-Praxis)."""
	if "Esch-sur-Alzette" in s and rng.random() < 0.5:
		return s.replace("Esch-sur-Alzette", rng.choice(("Esch/Alzette",
			"Esch-Alzette", "Esch")))
	opts = []
	if "-" in s:
		opts.append(s.replace("-", " "))
	if "'" in s:
		opts.append(s.replace("'", rng.choice((" ", "’", ""))))
	m = re.search(r"\b(\w{4,}?)(praxis|zentrum|büro|genossenschaft|"
		r"verwaltung|schule|kantoor|praktijk|bureau)\b", s)
	if m:
		sep = rng.choice(("-", " "))
		opts.append(s[:m.start()] + m.group(1) + sep +
			m.group(2).capitalize() + s[m.end():])
	if not opts:
		return None
	return rng.choice(opts)


DIALECT = {"Gemeinde": ("Gmeind", "Gmeinde"), "Bäckerei": ("Beck",
	"Beckerei"), "Schreinerei": ("Schriinerei", "Schreiner"),
	"Apotheke": ("Apothek",), "Stadt": ("Stadtverwaltung",),
	"Gemeente": ("Gemeentehuis",), "Stad": ("Stadhuis",),
	"Apotheek": ("Apotheker",), "Bakkerij": ("Bakker", "Bakkerie"),
	"Schrijnwerkerij": ("Schrijnwerker", "Schrynwerkery")}
PARTICLES = re.compile(r"\b(Van den|Van de|Van|De|Da) ([A-Z]\w+)")


def n_dialect(rng, c, s):
	"""Swiss German and Flemish spellings: Gmeind, Beck; Belgian surname
	particles joined or apart (Van den Broeck / Vandenbroeck), y for ij;
	Swiss ss for an Austrian's sharp s and back."""
	opts = []
	for a, bs in DIALECT.items():
		if re.search(r"\b%s\b" % a, s):
			opts.append(re.sub(r"\b%s\b" % a, rng.choice(bs), s, count=1))
	v = c["vars"]
	m = None
	for sn in (v.get("S"), v.get("S2")):
		if sn and sn in s and PARTICLES.fullmatch(sn):
			m = PARTICLES.search(s, s.index(sn))
			break
	if m:
		j = m.group(1).replace(" ", "") + m.group(2).lower()
		opts.append(s[:m.start()] + rng.choice((j, j.capitalize(),
			m.group(0).lower().capitalize())) + s[m.end():])
	if re.search(r"[A-Z][a-z]+(s|ck|ss)\b", s) and c["country"] == "BE":
		for a, b in (("Desmet", "De Smet"), ("Vandenberghe",
				"Van den Berghe"), ("Vanhoutte", "Van Houtte")):
			if a in s:
				opts.append(s.replace(a, b))
	if "ij" in s:
		opts.append(s.replace("ij", "y"))
	if "ß" in s:
		opts.append(s.replace("ß", "ss"))
	if not opts:
		return None
	return rng.choice(opts)


def n_domain(rng, c, s):
	d = c["domain"]
	if "." not in d or d.split(".")[0] in ("bluewin", "gmx", "hispeed",
			"skynet", "telenet", "proximus", "pt", "internet", "aon",
			"chello", "libero", "rolmail", "orange", "wanadoo", "free"):
		return None
	return d if rng.random() < 0.6 else d.rsplit(".", 1)[0]


def n_mixed(rng, c, s):
	"""Two habits at once: another language or the legal form, then the
	accents, the case or a typo."""
	first = rng.choice((n_lang, n_legal, n_abbrev, n_cut, n_branch))
	t = first(rng, c, s)
	if not t:
		return None
	second = rng.choice((n_accents, n_case, n_typo, n_layout))
	u = second(rng, c, t)
	return u if u and u != t else None


NOISE = {
	"exact": n_exact, "legal": n_legal, "lang": n_lang, "town": n_town,
	"accents": n_accents, "layout": n_layout, "typo": n_typo,
	"typo2": n_typo2, "abbrev": n_abbrev, "truncated": n_truncated,
	"cut": n_cut, "reorder": n_reorder, "acronym": n_acronym,
	"and": n_and, "number": n_number, "branch": n_branch,
	"chain": n_chain, "namesake": n_namesake, "person": n_person,
	"case": n_case, "hyphen": n_hyphen, "dialect": n_dialect,
	"domain": n_domain, "mixed": n_mixed,
}
# Shares: my belief of what a Zurich/Brussels/Luxembourg desk types.
REAL_KINDS = (("exact", 8), ("legal", 10), ("lang", 11), ("town", 3),
	("accents", 9), ("layout", 3), ("typo", 6), ("typo2", 2),
	("abbrev", 7), ("truncated", 3), ("cut", 6), ("reorder", 4),
	("acronym", 2), ("and", 2), ("number", 1), ("branch", 6),
	("chain", 3), ("namesake", 1), ("person", 4), ("case", 3),
	("hyphen", 2), ("dialect", 3), ("domain", 1), ("mixed", 5))


# ---------------------------------------------------------------- impostors
def i_surname(rng, g, c):
	"""Another firm of a common surname: another trade, another person."""
	region = c["region"]
	s = rng.choice([x for x in SURNAMES[region] if x in COMMON] or
		SURNAMES[region])
	sector = rng.choice([k for k in SECTORS if k not in ("chain",
		"municipality", "school")])
	o = new_customer(rng, g, region, sector)
	if "{S}" not in o["tpl"]["de"]:
		return None
	o["vars"]["S"] = s
	o["vars"]["F"] = rng.choice(FIRST[o["lang"]])
	return render(o, o["lang"], legal=rng.random() < 0.6)


def i_rare(rng, g, c):
	"""A firm sharing a customer's rare (brand) word, in another trade."""
	x = c["vars"].get("X") if c["sector"] != "chain" else None
	if not x or c["tpl"] and "{X}" not in c["tpl"]["de"]:
		return None
	sector = rng.choice(("it", "fiduciary", "logistics", "hotel",
		"architects", "dental", "medical", "association"))
	o = new_customer(rng, g, c["region"], sector)
	if "{X}" not in o["tpl"]["de"]:
		return None
	o["vars"]["X"] = x
	if la.key(render(o, o["lang"])) in g.allkeys:
		return None
	return render(o, o["lang"], legal=rng.random() < 0.6)


def i_shape(rng, g, c):
	"""A firm of the same shape that is no customer."""
	o = new_customer(rng, g, c["region"], rng.choice([k for k in SECTORS
		if k != "chain"]))
	return render(o, o["lang"], legal=rng.random() < 0.7)


def i_namesake(rng, g, c):
	"""A namesake in another town or language region whose own name
	differs by more than the town: another first name, another partner,
	another place phrase."""
	if c["sector"] == "chain":
		return None
	o = dict(c)
	o["vars"] = dict(c["vars"])
	tpl = c["tpl"]["de"]
	changed = False
	if "{F}" in tpl:
		o["vars"]["F"] = rng.choice(FIRST[c["lang"]])
		changed = o["vars"]["F"] != c["vars"]["F"]
	elif "{P}" in tpl:
		o["vars"]["P"] = rng.choice(SHOP_PLACES)
		changed = o["vars"]["P"] != c["vars"]["P"]
	if not changed:
		return None
	lg = rng.choice([c["lang"]] + typed_langs(c))
	towns = [k for k in TOWNS if k != c["town"] and
		REGIONS[TOWNS[k][0]][3] == c["country"]] or \
		[k for k in TOWNS if k != c["town"]]
	t = town_name(rng.choice(towns), lg)
	r = rng.random()
	name = render(o, lg, legal=rng.random() < 0.5)
	if r < 0.5:
		return name + " " + t
	return name


def i_chain(rng, g, c):
	"""A franchisee of a customer's chain in a town where we have none."""
	if c["sector"] != "chain":
		return None
	towns = [k for k in TOWNS if (c["vars"]["C"], k) not in g.chains]
	if not towns:
		return None
	return c["vars"]["C"] + " " + town_name(rng.choice(towns),
		rng.choice(("de", "fr", "it", "nl", "en")))


VENDORS = ("Swisscom Business", "Proximus", "POST Luxembourg", "Sunrise",
	"Telenet Business", "Abacus Research", "Bexio", "Winbooks",
	"Exact Online", "Sage Schweiz", "BMD Systemhaus", "Microsoft Support",
	"HP Service", "Dell Support", "Cisco Meraki", "Ricoh Schweiz",
	"Canon Belgium", "Konica Minolta", "Synology Support",
	"Hostpoint", "Combell", "Infomaniak", "Elca Informatique",
	"Doctolib", "Medidata", "TriaMed", "Pharmatic", "Ofac",
	"Farmaline", "Crossroads KBO", "Steuerverwaltung", "SPF Finances")
PRIVATE = {"de": ("Familie %s", "%s privat", "Privat %s", "PC Mami",
		"Laptop Sohn", "Herr %s (privat)"),
	"fr": ("Famille %s", "%s privé", "Mme %s privé", "PC Maman",
		"portable fiston", "M. %s (perso)"),
	"it": ("Famiglia %s", "%s privato", "PC mamma", "Sig. %s privato"),
	"nl": ("Familie %s", "%s prive", "PC mama", "Dhr. %s privé",
		"laptop zoon")}


def i_vendor(rng, g, c):
	return rng.choice(VENDORS)


def i_personal(rng, g, c):
	lg = c["lang"]
	f = rng.choice(PRIVATE[lg])
	return f % rng.choice(SURNAMES[c["region"]]) if "%s" in f else f


def i_staff(rng, g, c):
	return rng.choice(("%s intern", "%s Lager", "%s Büro", "%s Testgerät",
		"%s Bureau BRU", "%s Werkstatt", "%s Ersatzgerät", "%s Demo",
		"%s Stock LUX")) % MSP


def i_prospect(rng, g, c):
	o = new_customer(rng, g, c["region"], rng.choice(("trades", "it",
		"fiduciary", "medical", "hotel", "logistics")))
	name = render(o, o["lang"], legal=rng.random() < 0.5)
	pre = {"de": ("Offerte", "Interessent", "Neukunde", "Test"),
		"fr": ("Offre", "Prospect", "Devis", "Test"),
		"it": ("Offerta", "Prospetto", "Test"),
		"nl": ("Offerte", "Prospect", "Nieuwe klant", "Test")}[o["lang"]]
	return rng.choice(pre) + " " + name if rng.random() < 0.5 else name


IMPOSTORS = (("same surname", 22, i_surname), ("rare word", 15, i_rare),
	("namesake", 12, i_namesake), ("chain branch", 7, i_chain),
	("same shape", 18, i_shape), ("vendor", 5, i_vendor),
	("personal", 7, i_personal), ("own staff", 4, i_staff),
	("prospect", 8, i_prospect))


# ---------------------------------------------------------------- rows
def squash(k):
	return k.replace(" ", "")


def index(g):
	g.audit = la.Audit([(str(c["id"]), c["name"]) for c in g.custs])
	g.keys = {la.key(c["name"]) for c in g.custs}
	# Every customer's name in each language it may be typed in, with
	# and without its legal form, and spaces and hyphens removed: an
	# impostor must be none of them (nor one less a town or a branch).
	g.allkeys, g.owner = set(), {}
	for i, c in enumerate(g.custs):
		for k in all_keys(c):
			g.allkeys.add(k)
			g.owner.setdefault(k, set()).add(i)
	g.twins = [i for i, c in enumerate(g.custs) if c.get("twin")]
	g.twin_of = {}
	for i in g.twins:
		g.twin_of.setdefault(nkey(g.custs[i]["name"]), set()).add(i)
	# Words that add nothing to a customer's name: trade words, first
	# names, towns and quarters, branch words.
	g.weak = set(GENERIC) | {w for ns in FIRST.values() for n in ns for w
		in la.words(n)} | {w for t in TOWNS.values() for n in
		list(t[1].values()) + list(t[4]) for w in la.words(n)} | \
		{w for ws in SITE_WORDS.values() for n in ws for w in la.words(n)}
	# The places that are customers as municipalities: any name of the
	# municipality's own (Stadt, Commune, Gemeindeverwaltung) is theirs.
	g.munis = {nkey(n) for c in g.custs if c["sector"] ==
		"municipality" for n in c["vars"]["V"].values()}
	# Each name in each language it may be typed in: an impostor's words
	# must not all be one of them ("Cabinet medical Martin" when "Cabinet
	# medical Martin et Lambert" is a customer reads as that practice).
	g.taudit = la.Audit([(str(i), render(c, lg, legal=False)) for i, c in
		enumerate(g.custs) for lg in [c["lang"]] + typed_langs(c)])
	g.people = {}
	for i, c in enumerate(g.custs):
		for p in c["contacts"]:
			g.people.setdefault(person_key(p["firstname"] + " " +
				p["lastname"]), set()).add(i)
	g.chains = {(c["vars"]["C"], c["town"]) for c in g.custs if
		c["sector"] == "chain"}
	g.cum = list(itertools.accumulate(c["w"] for c in g.custs))


def person_key(t):
	return " ".join(sorted(la.words(t)))


TITLES = {"dr", "med", "me", "notar", "notaio", "notaris", "ra", "avv",
	"mr", "tandarts", "maitre", "mtre"}


def person_ok(g, t, i):
	"""A person typed for customer i is no other customer's contact, and
	no other customer's name holds the words (Dr Denis, when two
	practices are Denis's, is neither)."""
	if g.people.get(person_key(t), {i}) != {i}:
		return False
	core = [w for w in la.words(t) if w not in TITLES]
	return all(j == i for j in g.audit.holding(core)) if core else False


def pick_cust(rng, g):
	"""A customer by how often it calls (its weight)."""
	return min(bisect.bisect_left(g.cum, rng.random() * g.cum[-1]),
		len(g.cum) - 1)


def clean_ok(t):
	return t and la.key(t) and len(scr.clean(t)) >= 2


def real_ok(g, t, i, kind):
	"""Typed t for customer i is a name a careful person bills to i."""
	c = g.custs[i]
	if not clean_ok(t) or (kind != "exact" and t == c["name"]):
		return False
	if g.audit.real(t, str(c["id"])):
		return False
	k = nkey(t)
	for kk in (k, squash(k)):	# another customer's name in a language
		if g.owner.get(kk, {i}) != {i}:
			return False
	tw = {w for w in la.words(t) if w not in CONNECT} - TITLES
	others = covers(g, tw) - {i}
	if kind == "namesake":	# its twin's name with another town is not it
		others -= g.twin_of.get(nkey(c["name"]), set())
	if others:
		return False	# reads as another's name and a word more
	return kind != "person" or person_ok(g, t, i)


def real_row(rng, g):
	"""Kind first (its share is the writer's belief), then a customer the
	kind applies to, by how often customers call; twins (one name in two
	towns) only as namesakes."""
	for _ in range(50):
		kind = wchoice(rng, REAL_KINDS)
		twin = kind == "namesake"
		for _ in range(80):
			i = rng.choice(g.twins) if twin and g.twins else \
				pick_cust(rng, g)
			c = g.custs[i]
			if bool(c.get("twin")) != twin:
				continue
			t = NOISE[kind](rng, c, c["name"])
			if t and real_ok(g, scr.clean(t), i, kind):
				return (scr.clean(t), i, kind, c["desk"])
	raise SystemExit("gen-link-blind19: no real row drawn")


MUNI_WORDS = {"gemeinde", "stadt", "commune", "ville", "comune", "citta",
	"gemeente", "stad", "gemeindeverwaltung", "administration",
	"communale", "amministrazione", "comunale", "gemeentebestuur",
	"gmeind", "stadtverwaltung", "gemeentehuis", "stadhuis"}


def impostor_ok(g, t):
	k = nkey(t)
	if k in g.allkeys or squash(k) in g.allkeys:
		return False
	ws = k.split()
	for n in (1, 2, 3):	# less a town, a branch word, a quarter
		if len(ws) > n and (" ".join(ws[:-n]) in g.allkeys or
				squash(" ".join(ws[:-n])) in g.allkeys):
			return False
	if len(ws) > 1 and " ".join(ws[1:]) in g.allkeys:
		return False	# "Offerte", "Test" before a customer's name
	if MUNI_WORDS & set(ws) and any((" %s " % m) in (" %s " % k) for m
			in g.munis):
		return False	# Gemeindeverwaltung X is Gemeinde X
	if g.audit.impostor(t) or g.audit.impostor_more(t) or \
			g.audit.joined(t):
		return False
	tw = [w for w in la.words(t) if w not in CONNECT]
	if len(tw) >= 2 and g.taudit.holding(tw):
		return False
	if g.taudit.near(" ".join(la.words(t))):
		return False	# one edit from a name: a typo of it
	return not covers(g, set(tw) - TITLES)


def covers(g, tw):
	"""The customers whose words (in a language they may be typed in) tw
	holds, adding at most one word, or only trade words, towns, quarters
	and first names: "Boekhoudkantoor Sofie De Clercq" is the customer
	"Boekhoudkantoor De Clercq"."""
	seen, out = set(), set()
	for w in tw:
		for j in g.taudit.inv.get(w, ()):
			if j in seen:
				continue
			seen.add(j)
			cw = set(g.taudit.ws[j]) - CONNECT - TITLES
			if not cw or not cw <= tw:
				continue
			extra = tw - cw
			if len(extra) <= 1 or extra <= g.weak:
				out.add(int(g.taudit.ids[j]))
	return out


def impostor_row(rng, g):
	for _ in range(400):
		kind, fn = wchoice(rng, tuple(((k, f), w) for k, w, f in
			IMPOSTORS))
		for _ in range(30):	# a customer the kind applies to
			c = g.custs[rng.randrange(len(g.custs))]
			t = fn(rng, g, c)
			if t:
				break
		if not clean_ok(t):
			continue
		t = scr.clean(t)
		if not impostor_ok(g, t):
			continue
		desk = c["desk"] if kind != "vendor" else rng.choice(DESKS)
		return (t, None, "impostor: " + kind, desk)
	raise SystemExit("gen-link-blind19: no impostor drawn")


def draw_rows(rng, g, n):
	"""About one name in four an impostor."""
	return [impostor_row(rng, g) if rng.random() < 0.25 else
		real_row(rng, g) for _ in range(n)]


def machine(rng, g, row, roles):
	"""The machine the session connected to: mostly one of the customer's
	Syncro assets; else a fresh Windows or Mac name, a front-desk name
	many customers use, or (a technician's slip) another customer's."""
	i, kind, desk = row[1], row[2], row[3]
	if kind == "impostor: own staff":
		return "TRIV-%s-NB%02d" % (desk, rng.randint(1, 30))
	fresh = (lambda: rand_pc(rng, "DESKTOP"), lambda: rand_pc(rng,
		"LAPTOP"), lambda: "MacBook-Pro-von-%s" % rng.choice(FIRST["de"]),
		lambda: rng.choice(roles))
	if i is None:
		return wchoice(rng, tuple(zip(fresh, (50, 25, 10, 15))))()
	own = lambda: rng.choice(g.custs[i]["assets"])["name"]  # noqa: E731
	other = lambda: rng.choice(rng.choice(g.custs)["assets"])["name"]  # noqa
	return wchoice(rng, ((own, 80), (other, 4), (fresh[0], 10),
		(fresh[1], 6)))()


def main():
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random("blind19:" + seed)
	GENERIC.update(la.words(" ".join(t for s in SECTORS.values() if s[2]
		for tp in s[2] for t in tp.values())))
	g = population(rng, ncust)
	index(g)
	rows = draw_rows(rng, g, nnames)
	owned = scr.asset_names(g.custs)
	roles = sorted(owned & set(SHARED)) or ["RECEPTION"]
	for c in g.custs:
		for k in list(c):
			if k not in ("id", "name", "syncro", "contacts", "assets"):
				c.pop(k)
	scr.write_desk_set(rng, out, g.custs, rows,
		lambda row: machine(rng, g, row, roles), TECHS,
		("blind19", seed, 1806000000, 1187, 70))


if __name__ == "__main__":
	main()
