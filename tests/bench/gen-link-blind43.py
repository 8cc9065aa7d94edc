#!/usr/bin/env python3
# gen-link-blind43.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 26: the lead runs it once).  A German and
# Austrian IT-Systemhaus: one Syncro account, one ScreenConnect, desks in
# Munich (MUC: Upper Bavaria), Stuttgart (STR: Württemberg), Frankfurt
# (FRA: Hesse and Rhenish Hesse), Cologne (CGN: the Rhineland), Hamburg
# (HAM: Hamburg, Holstein, north Lower Saxony), Berlin (BER: Berlin and
# Brandenburg), Leipzig (LEJ: Saxony, Saxony-Anhalt, Thuringia), Vienna
# (VIE: Vienna and Lower Austria), Graz (GRZ: Styria and Carinthia), Linz
# (LNZ: Upper Austria and Salzburg) and Innsbruck (INN: Tyrol and
# Vorarlberg).  Customers: the Mittelstand and local bodies - Handwerk
# (Schreinerei / Tischlerei, "Elektro X GmbH", Sanitär Heizung Klima,
# Malerbetrieb, Dachdeckerei, Zimmerei, Spenglerei), Autohäuser and
# Kfz-Werkstätten, Steuerberater and Kanzleien ("Kanzlei Dr. X &
# Partner", "X Steuerberatungsgesellschaft mbH", "X & Y Steuerberater
# PartG mbB"), Arztpraxen and Zahnarztpraxen ("Praxis Dr. med. X",
# "Gemeinschaftspraxis X / Y", "MVZ X", Austrian "Ordination Dr. X"),
# Apotheken ("Löwen-Apotheke X e.K.", "Apotheke am Markt X"), Gemeinden,
# Märkte and Städte ("Gemeinde X", "Markt X", "Marktgemeinde X", "Stadt
# X", "Stadtgemeinde X", "Stadtwerke X GmbH", "Verbandsgemeinde X"),
# Vereine ("TSV X 1860 e.V.", "Freiwillige Feuerwehr X", "Musikkapelle
# X"), Kirchengemeinden and Pfarren, Schulen ("Goethe-Gymnasium X",
# "Grundschule X", "Volksschule X"), Gasthöfe and Hotels, and Mittelstand
# firms (Maschinenbau, Kunststofftechnik, Logistik, Bäckerei, Metzgerei).
# Writes OUTDIR/customers.json (as Syncro's GET /customers returns them:
# id, business_name, firstname, lastname, email, phone, address,
# address_2, city, state, zip, contacts, assets), names.tsv (typed TAB
# true id or "" TAB kind TAB machine), sessions.jsonl and
# sessions-machine.jsonl through linkgen.desk_main.  Python stdlib only,
# deterministic for a seed.  Customer ids from 43000000 (below 43200000 at
# 50,000 customers: the id grows only with a customer kept), contacts'
# and assets' from 43300001 (below 44000000).
#
# Where each shape comes from ("found": found with the session's search
# tool; "known": public knowledge, no search):
# - UG (haftungsbeschränkt) (found: deutsche-rentenversicherung.de
#   Lexikon "Unternehmergesellschaft", weka.de "Die UG: Definition und
#   Besonderheiten", deubner-recht.de on § 5a GmbHG: the firm must carry
#   "Unternehmergesellschaft (haftungsbeschränkt)" or "UG
#   (haftungsbeschränkt)", "haftungsbeschränkt" not shortened; blogmbh.de
#   and anwalt.de on the "UG (haftungsbeschränkt) & Co. KG"): the registered
#   name always has the whole form, so a short "UG" or "UG (hb)" is what
#   people type, never what Syncro holds.
# - Austrian forms and the Firmenbuch (found: the Umweltbundesamt's EDM
#   list of legal forms - Ges.m.b.H., OG, KG, "GmbH & Co. KG", e.U.
#   ("registered company"), the old OEG and KEG; registries.io
#   "Firmenbuch": "FN 123456 a for a GmbH", six digits and a letter;
#   gesetzefinden.at BRIS-UmsV: the Firmenbuchnummer has six digits and
#   a check character; lawvision.eu: GesbR are not in the Firmenbuch):
#   FN numbers written "FN 123456a" or "FN 123456 a"; the check letter is
#   drawn, not computed (its rule is not reproduced here).
# - German forms (known): GmbH, GmbH & Co. KG ("GmbH u. Co. KG", "GmbH +
#   Co. KG" typed), AG (a few Mittelstand firms), KG, OHG, GbR, e.K.
#   (e.Kfm.), e.V., PartG mbB (professional partnerships of
#   Steuerberater and Rechtsanwälte),
#   Steuerberatungsgesellschaft mbH; HRB (GmbH, UG, AG) and HRA (KG, OHG,
#   e.K., GmbH & Co. KG) numbers of an Amtsgericht, "Amtsgericht München
#   HRB 123456" in an Impressum; one court allows no two firms alike
#   (§ 30 HGB), so the same name with another number is another firm
#   (of another court).  A row types one court per desk (AG München, AG
#   Charlottenburg for Berlin, HG Wien, LG Graz ...): a simplification,
#   each court keeping several Landkreise's firms ("AG" there is the
#   Amtsgericht, not the legal form).  Apotheken run as e.K. by
#   their Inhaber (known: the Apothekengesetz allows no GmbH), Austrian
#   ones as KG.
# - Keyboard (found: Mottie/Keyboard layouts/german.js, the QWERTZ rows
#   "q w e r t z u i o p ü +", "a s d f g h j k l ö ä #", "< y x c v b n
#   m"; soffes/HotKey issue 35 "Z and Y are reversed" on a QWERTZ
#   keyboard; the "ae, oe, ue and ss" substitutions of the GitHub topic
#   qwertz): typos on the QWERTZ rows, y and z swapped by someone on a US
#   layout, umlauts typed ae/oe/ue or dropped, ß as ss.
# - Places (known): towns and Landkreise / Bezirke of each desk, German
#   five-digit and Austrian four-digit postcodes, Stadt / Markt / Gemeinde
#   of each town (Bavaria's and Austria's Märkte and Marktgemeinden,
#   Austria's Stadtgemeinden, Rhineland-Palatinate's Verbandsgemeinden),
#   a Landratsamt in the south, a Landkreis in the north, none for a
#   kreisfreie Stadt, Ortsteile and Stadtteile as sites.
# - Names (known): the commonest German and Austrian surnames (Müller,
#   Schmidt, Huber, Gruber, Pichler ...); Turkish (Yılmaz, Kaya, Öztürk
#   ...), Polish (Nowak, Wiśniewski ...), Italian, Croatian (Horvat,
#   Kovačević ...) and Greek (Papadopoulos ...) surnames of the guest
#   worker and EU migrant families; titles Dr., Dr. med., Dr. med. dent.,
#   Dipl.-Ing., DI, Mag., Mag. pharm.
# - Words (known): pharmacy names (Löwen-, Adler-, Hirsch-, Stern-,
#   Rathaus-Apotheke), inn names (Gasthof zur Post, zum Hirschen),
#   parish patrons (St. Georg, St. Korbinian, St. Leopold), school names
#   (Goethe-, Schiller-, Gauß-Gymnasium), club forms (TSV, SV, FC and a
#   founding year; DLRG, Trachtenverein, Musikkapelle), each desk's rivers
#   and landscapes (Isar, Neckar, Taunus, Alster, Spree, Mulde, Donau, Mur,
#   Traun, Inntal); Alpine plants and animals for a rare block (Edelweiß,
#   Enzian, Wolpertinger ...).
#
# Real-row kinds (shares in KINDS): exact, caps, lower, typo (QWERTZ), two
# typos, truncated, reorder ("Huber Schreinerei", "Haar, Gemeinde"),
# abbrev (Str., FF, SHK, StB, RAe, Gebrüder, Katholisches, Gymn., GS,
# Apo, TSV and MVZ spelt out),
# acronym, legal (dropped, respelt: GmbH / Gmbh / G.m.b.H., Ges.m.b.H. /
# GesmbH, UG (haftungsbeschränkt) / UG / UG (hb), e.K. / e.Kfm., GmbH & Co.
# KG / GmbH u. Co. KG), branch (Filiale, Standort, Werkstatt, an
# Ortsteil), contact, person, domain, mixed; and this region's own:
# umlaut (ä ö ü as ae oe ue or dropped, ß as ss), diacritics (Turkish,
# Polish, Croatian letters as plain ones), compound (a compound split or
# joined: "Elektro Technik", "Sanitär-Heizung-Klima", "Löwen Apotheke",
# "Zahnarzt Praxis"), title (Dr. med. / Dr. / none, Dipl.-Ing. / DI),
# register (HRB / HRA / FN of a name that carries it, typed alone, run
# together or with the court), town (the town put to a name that has
# none, or its Ortsteil), yz (y and z swapped).
# Impostors (about 37% of rows): same shape (a fresh name of the
# customers' templates, its words from an outside block), other town (a
# customer's pharmacy, Gemeinde, club, school, inn or Autohaus name in
# a town of the desk where no customer is), other body (the same town's
# Stadtwerke, Feuerwehr, Bauhof, school, club or library beside a
# Gemeinde, Markt or Stadt customer of a small town), other family (a
# "{P}" firm's surname and trade with another given name and the other
# of GmbH / GmbH & Co. KG: another family member's firm), other
# register (a name that carries its HRB or FN typed with another
# number, two digits off at least), other trade (a customer's surname in
# a trade no customer has: "Fahrschule Huber"),
# common surname, rare word, person (no contact), vendor (DATEV, Telekom,
# A1, KBV, ELSTER ...), prospect (Angebot, Anfrage), personal (Privat,
# Laptop Sohn), own staff (Werkstatt, Leihgerät).  The share of
# impostors holds at 50,000 customers (same_class), but there nearly
# every given name and surname pair is some customer's contact, so the
# person, personal and other-family impostors and the person rows (a
# contact's name held by one customer only) are none, and the other
# kinds fill.
#
# Machines (linkgen.machine): a real row on one of its customer's assets
# 72%, another customer's 4%; impostors on unknown machines, a shared role
# name (EMPFANG, KASSE, BUERO ...) 18%, own staff on the bench.
#
# Labels: rows label-audit.py doubts are drawn again, and so are
# impostors that, read through this generator's skeleton (umlauts, ß and
# accents folded and ae / oe / ue read as a / o / u, legal forms, titles,
# "und", "der", "am", "zum" ... dropped, TSV / FF / SHK / MVZ ... and the
# abbreviations expanded, dotted letters joined, letters and digits
# split, doubled letters single), are a customer's name, or a form of it
# (less its legal form, its register number, the owner's given name), or
# hold all its words less one, or hold a listed person's full name
# (linkgen.Checks, parts_known and pairs).  A person's name is a real row
# only when that whole name is one customer's contact only.  A cut name
# keeps the town of a name that has one, the number of a register typed
# and the family name, and is no listed person's name.  label-audit.py
# reads this set's legal forms (UG (haftungsbeschränkt), e.K., PartG
# mbB, OG ...) as legal forms (its DACH list).
import os
import re
import sys
import unicodedata
from itertools import accumulate

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linkgen as lk  # noqa: E402

# ---------------------------------------------------------------- places
# Each desk: its country, Land (Syncro's state) and phone prefix, then
# "town/Kreis or Bezirk/postcode head/weight/kind" (kind S Stadt, M Markt,
# G Gemeinde, V Verbandsgemeinde; "Land:" before a town of another Land).
TOWNS = {
	"MUC": ("DE", "Bayern", "+49 89", """München/München/80/9/S
		Dachau/Dachau/852/2/S Freising/Freising/853/2/S Erding/Erding/854/2/S
		Starnberg/Starnberg/823/1/S Fürstenfeldbruck/Fürstenfeldbruck/822/1/S
		Rosenheim/Rosenheim/830/2/S Landshut/Landshut/840/2/S
		Ingolstadt/Ingolstadt/850/2/S Bad Tölz/Bad Tölz-Wolfratshausen/836/1/S
		Garmisch-Partenkirchen/Garmisch-Partenkirchen/824/1/M
		Weilheim/Weilheim-Schongau/823/1/S Haar/München/855/1/G
		Unterhaching/München/820/1/G Markt Schwaben/Ebersberg/855/1/M
		Holzkirchen/Miesbach/836/1/M Altötting/Altötting/845/1/S"""),
	"STR": ("DE", "Baden-Württemberg", "+49 711", """Stuttgart/Stuttgart/70/9/S
		Esslingen am Neckar/Esslingen/737/2/S Ludwigsburg/Ludwigsburg/716/2/S
		Böblingen/Böblingen/710/2/S Sindelfingen/Böblingen/710/1/S
		Reutlingen/Reutlingen/727/2/S Tübingen/Tübingen/720/1/S
		Heilbronn/Heilbronn/740/2/S Göppingen/Göppingen/730/1/S
		Waiblingen/Rems-Murr-Kreis/713/1/S Schorndorf/Rems-Murr-Kreis/736/1/S
		Nürtingen/Esslingen/726/1/S Leonberg/Böblingen/712/1/S
		Aichwald/Esslingen/737/1/G Weissach/Böblingen/712/1/G"""),
	"FRA": ("DE", "Hessen", "+49 69", """Frankfurt am Main/Frankfurt am Main/60/9/S
		Offenbach am Main/Offenbach am Main/630/2/S Darmstadt/Darmstadt/642/2/S
		Wiesbaden/Wiesbaden/651/2/S Hanau/Main-Kinzig-Kreis/634/1/S
		Bad Homburg/Hochtaunuskreis/613/1/S Gießen/Gießen/353/1/S
		Friedberg/Wetteraukreis/611/1/S Rüsselsheim/Groß-Gerau/654/1/S
		Bad Vilbel/Wetteraukreis/611/1/S Oberursel/Hochtaunuskreis/614/1/S
		Rheinland-Pfalz:Mainz/Mainz/551/2/S
		Rheinland-Pfalz:Nieder-Olm/Mainz-Bingen/552/1/V
		Rheinland-Pfalz:Bodenheim/Mainz-Bingen/552/1/V
		Rheinland-Pfalz:Rhein-Selz/Mainz-Bingen/552/1/V"""),
	"CGN": ("DE", "Nordrhein-Westfalen", "+49 221", """Köln/Köln/50/9/S
		Bonn/Bonn/531/3/S Leverkusen/Leverkusen/513/2/S
		Bergisch Gladbach/Rheinisch-Bergischer Kreis/514/1/S
		Düsseldorf/Düsseldorf/402/3/S Aachen/Aachen/520/2/S Neuss/Neuss/414/1/S
		Hürth/Rhein-Erft-Kreis/503/1/S Troisdorf/Rhein-Sieg-Kreis/538/1/S
		Siegburg/Rhein-Sieg-Kreis/537/1/S Brühl/Rhein-Erft-Kreis/503/1/S
		Frechen/Rhein-Erft-Kreis/502/1/S Alfter/Rhein-Sieg-Kreis/533/1/G
		Swisttal/Rhein-Sieg-Kreis/539/1/G"""),
	"HAM": ("DE", "Hamburg", "+49 40", """Hamburg/Hamburg/20/9/S
		Schleswig-Holstein:Norderstedt/Segeberg/228/2/S
		Schleswig-Holstein:Pinneberg/Pinneberg/254/1/S
		Schleswig-Holstein:Elmshorn/Pinneberg/253/1/S
		Niedersachsen:Lüneburg/Lüneburg/213/2/S
		Niedersachsen:Buxtehude/Stade/216/1/S Niedersachsen:Stade/Stade/216/1/S
		Schleswig-Holstein:Ahrensburg/Stormarn/229/1/S
		Schleswig-Holstein:Lübeck/Lübeck/235/2/S
		Schleswig-Holstein:Kiel/Kiel/241/2/S
		Schleswig-Holstein:Henstedt-Ulzburg/Segeberg/245/1/G
		Niedersachsen:Seevetal/Harburg/212/1/G
		Niedersachsen:Rosengarten/Harburg/212/1/G"""),
	"BER": ("DE", "Berlin", "+49 30", """Berlin/Berlin/10/10/S
		Brandenburg:Potsdam/Potsdam/144/2/S Brandenburg:Cottbus/Cottbus/030/1/S
		Brandenburg:Brandenburg an der Havel/Brandenburg an der Havel/147/1/S
		Brandenburg:Oranienburg/Oberhavel/165/1/S
		Brandenburg:Bernau bei Berlin/Barnim/163/1/S
		Brandenburg:Falkensee/Havelland/146/1/S
		Brandenburg:Königs Wusterhausen/Dahme-Spreewald/157/1/S
		Brandenburg:Eberswalde/Barnim/162/1/S
		Brandenburg:Kleinmachnow/Potsdam-Mittelmark/145/1/G
		Brandenburg:Schönefeld/Dahme-Spreewald/124/1/G
		Brandenburg:Wandlitz/Barnim/163/1/G"""),
	"LEJ": ("DE", "Sachsen", "+49 341", """Leipzig/Leipzig/04/8/S
		Sachsen-Anhalt:Halle (Saale)/Halle (Saale)/061/2/S Dresden/Dresden/01/3/S
		Chemnitz/Chemnitz/091/2/S Zwickau/Zwickau/080/1/S
		Markkleeberg/Leipzig/044/1/S Delitzsch/Nordsachsen/045/1/S
		Grimma/Leipzig/046/1/S Torgau/Nordsachsen/048/1/S
		Thüringen:Erfurt/Erfurt/990/2/S Thüringen:Jena/Jena/077/1/S
		Thüringen:Weimar/Weimar/994/1/S Borsdorf/Leipzig/044/1/G
		Schkeuditz/Nordsachsen/044/1/S"""),
	"VIE": ("AT", "Wien", "+43 1", """Wien/Wien/1/9/S
		Niederösterreich:St. Pölten/St. Pölten/31/2/S
		Niederösterreich:Wiener Neustadt/Wiener Neustadt/27/2/S
		Niederösterreich:Baden/Baden/25/1/S
		Niederösterreich:Mödling/Mödling/23/1/S
		Niederösterreich:Klosterneuburg/Tulln/34/1/S
		Niederösterreich:Tulln an der Donau/Tulln/34/1/S
		Niederösterreich:Krems an der Donau/Krems an der Donau/35/1/S
		Niederösterreich:Schwechat/Bruck an der Leitha/23/1/S
		Niederösterreich:Perchtoldsdorf/Mödling/23/1/M
		Niederösterreich:Korneuburg/Korneuburg/21/1/S
		Niederösterreich:Brunn am Gebirge/Mödling/23/1/M
		Niederösterreich:Gumpoldskirchen/Mödling/23/1/M"""),
	"GRZ": ("AT", "Steiermark", "+43 316", """Graz/Graz/80/8/S
		Leoben/Leoben/87/1/S Kapfenberg/Bruck-Mürzzuschlag/86/1/S
		Bruck an der Mur/Bruck-Mürzzuschlag/86/1/S Leibnitz/Leibnitz/84/1/S
		Weiz/Weiz/81/1/S Gleisdorf/Weiz/82/1/S Feldbach/Südoststeiermark/83/1/S
		Kärnten:Klagenfurt am Wörthersee/Klagenfurt am Wörthersee/90/3/S
		Kärnten:Villach/Villach/95/2/S Kärnten:Wolfsberg/Wolfsberg/94/1/S
		Seiersberg-Pirka/Graz-Umgebung/80/1/M
		Kalsdorf bei Graz/Graz-Umgebung/84/1/M
		Frohnleiten/Graz-Umgebung/81/1/M"""),
	"LNZ": ("AT", "Oberösterreich", "+43 732", """Linz/Linz/40/8/S
		Wels/Wels/46/2/S
		Steyr/Steyr/44/1/S Leonding/Linz-Land/40/1/S Traun/Linz-Land/40/1/S
		Enns/Linz-Land/44/1/S Vöcklabruck/Vöcklabruck/48/1/S
		Gmunden/Gmunden/48/1/S Ried im Innkreis/Ried/49/1/S
		Salzburg:Salzburg/Salzburg/50/3/S Salzburg:Hallein/Hallein/54/1/S
		Bad Ischl/Gmunden/48/1/S Salzburg:Mondsee/Vöcklabruck/53/1/M
		Grieskirchen/Grieskirchen/47/1/S"""),
	"INN": ("AT", "Tirol", "+43 512", """Innsbruck/Innsbruck/60/8/S
		Hall in Tirol/Innsbruck-Land/60/1/S Schwaz/Schwaz/61/1/S
		Wörgl/Kufstein/63/1/S Kufstein/Kufstein/63/1/S
		Kitzbühel/Kitzbühel/63/1/S Lienz/Lienz/99/1/S Imst/Imst/64/1/S
		Telfs/Innsbruck-Land/64/1/M Rum/Innsbruck-Land/60/1/M
		Vorarlberg:Dornbirn/Dornbirn/68/2/S Vorarlberg:Feldkirch/Feldkirch/68/1/S
		Vorarlberg:Bregenz/Bregenz/69/1/S Vorarlberg:Bludenz/Bludenz/67/1/S
		Zirl/Innsbruck-Land/61/1/M""")}


def towns_of(desk):
	"""TOWNS' records of desk: (town, Land, Kreis, postcode head, weight,
	kind)."""
	cc, land, _, text = TOWNS[desk]
	out = []
	for rec in re.findall(r"(?:[A-Za-zäöüÄÖÜ-]+:)?[^/\s][^/]*/[^/]+/\d+/\d+"
			r"/[SMGV]", text):
		rec, st = rec.strip(), land
		m = re.match(r"([A-Za-zäöüÄÖÜ-]+):(.*)", rec)
		if m:
			st, rec = m.group(1), m.group(2)
		name, kreis, head, w, kind = rec.split("/")
		out.append((name, st, kreis, head, int(w), kind))
	return out


DESKS = {d: towns_of(d) for d in TOWNS}
DESK_SHARE = [("MUC", 14), ("STR", 10), ("FRA", 9), ("CGN", 10), ("HAM", 8),
	("BER", 9), ("LEJ", 7), ("VIE", 12), ("GRZ", 7), ("LNZ", 8), ("INN", 6)]
# Ortsteile and Stadtteile of some towns (branch and town rows).
ORTSTEILE = {"München": ["Pasing", "Schwabing", "Sendling", "Giesing",
	"Moosach", "Trudering"], "Stuttgart": ["Bad Cannstatt", "Vaihingen",
	"Feuerbach", "Degerloch"], "Frankfurt am Main": ["Sachsenhausen",
	"Bockenheim", "Höchst", "Nordend"], "Köln": ["Ehrenfeld", "Nippes",
	"Porz", "Deutz", "Lindenthal"], "Hamburg": ["Altona", "Wandsbek",
	"Harburg", "Eimsbüttel", "Bergedorf"], "Berlin": ["Spandau",
	"Köpenick", "Pankow", "Charlottenburg", "Neukölln", "Marzahn"],
	"Leipzig": ["Gohlis", "Plagwitz", "Connewitz", "Grünau"], "Wien":
	["Floridsdorf", "Favoriten", "Ottakring", "Döbling", "Donaustadt",
	"Liesing"], "Graz": ["Andritz", "Eggenberg", "Liebenau", "Puntigam"],
	"Linz": ["Urfahr", "Ebelsberg", "Pichling"], "Innsbruck": ["Wilten",
	"Pradl", "Hötting", "Igls"], "Haar": ["Gronsdorf", "Eglfing"],
	"Unterhaching": ["Fasanenpark"], "Dachau": ["Etzenhausen"],
	"Aichwald": ["Schanbach", "Krummhardt"], "Seevetal": ["Hittfeld",
	"Maschen", "Meckelfeld"], "Wandlitz": ["Basdorf", "Klosterfelde"],
	"Swisttal": ["Heimerzheim", "Odendorf"], "Alfter": ["Oedekoven",
	"Witterschlick"], "Rum": ["Neu-Rum"], "Borsdorf": ["Panitzsch"]}
# Towns of each desk where no customer is (other-town impostors).
ELSEWHERE = {"MUC": ["Moosburg", "Mühldorf", "Wasserburg", "Traunstein",
	"Pfaffenhofen"], "STR": ["Kirchheim unter Teck", "Bietigheim-Bissingen",
	"Herrenberg", "Schwäbisch Gmünd"], "FRA": ["Bensheim", "Limburg",
	"Bad Nauheim", "Langen"], "CGN": ["Euskirchen", "Bornheim",
	"Wesseling", "Pulheim"], "HAM": ["Buchholz", "Bad Oldesloe",
	"Geesthacht", "Wedel"], "BER": ["Strausberg", "Ludwigsfelde", "Nauen",
	"Fürstenwalde"], "LEJ": ["Wurzen", "Eilenburg", "Borna", "Naumburg"],
	"VIE": ["Stockerau", "Hollabrunn", "Mistelbach",
	"Neunkirchen"], "GRZ": ["Hartberg", "Voitsberg", "Deutschlandsberg",
	"Spittal an der Drau"], "LNZ": ["Braunau am Inn", "Freistadt",
	"Schärding", "Perg"], "INN": ["Landeck", "Reutte", "Jenbach",
	"Hohenems"]}
assert not {t for ts in ELSEWHERE.values() for t in ts} & \
	{t[0] for ts in DESKS.values() for t in ts}
SOUTH = ("MUC", "STR", "VIE", "GRZ", "LNZ", "INN")
ROADS = ["Hauptstraße", "Bahnhofstraße", "Dorfstraße", "Schulstraße",
	"Gartenstraße", "Kirchstraße", "Industriestraße", "Marktplatz",
	"Lindenweg", "Gewerbering", "Am Anger", "Mühlweg", "Römerstraße",
	"Ringstraße", "Wiener Straße", "Landstraße", "Hofgasse", "Feldweg"]

# ---------------------------------------------------------------- people
SURNAMES = {
	"de": """Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker
		Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder
		Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange
		Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier
		Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang
		Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller
		Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke
		Albrecht Schuster Simon Ludwig Böhm Winter Kraus Schumacher Krämer
		Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas
		Schreiber Graf Dietrich Ziegler Kuhn Pohl Engel Horn Busch Bergmann
		Voigt Sauer Arnold Pfeiffer Obermaier Brandl Hinterberger Kellner
		Seitz Rieger Strobl Wimmer""",
	"at": """Gruber Huber Bauer Wagner Pichler Steiner Moser Mayer Hofer
		Leitner Berger Fuchs Eder Fischer Schmid Winkler Weber Schwarz
		Maier Reiter Mayr Wimmer Egger Brunner Lang Baumgartner Auer
		Binder Lechner Wolf Wallner Aigner Ebner Koller Lehner Haas
		Schuster Holzer Stadler Kofler Unterberger Rainer Hörmann Hackl
		Platzer Wieser Lindner Kainz Zechner Stöger""",
	"tr": """Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın
		Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan
		Şimşek Erdoğan Polat Aksoy""",
	"pl": """Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński
		Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski""",
	"it": """Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci
		Marino Greco Bruno Gallo Conti De Luca""",
	"hr": """Horvat Kovačević Babić Marić Jurić Knežević Vuković Marković
		Petrović Matić Tomić Pavlović Božić Perić""",
	"gr": """Papadopoulos Georgiou Dimitriou Konstantinidis Nikolaidis
		Papadakis Karagiannis Vlachos Angelopoulos Christodoulou"""}
SURNAMES = {k: re.findall(r"De Luca|\S+", v) for k, v in SURNAMES.items()}
GIVEN = {"de": ("""Thomas Michael Andreas Stefan Markus Christian Martin
		Peter Klaus Wolfgang Jürgen Frank Uwe Matthias Alexander Florian
		Tobias Sebastian Josef Franz Johann Georg Hans Karl Lukas""",
		"""Sabine Petra Claudia Andrea Susanne Monika Birgit Stefanie Julia
		Anna Maria Katharina Christine Nicole Sandra Martina Elisabeth
		Ursula Brigitte Barbara Johanna"""),
	"tr": ("Mehmet Ahmet Mustafa Ali Hasan Hüseyin Murat Emre Cem Serkan",
		"Ayşe Fatma Elif Zeynep Emine Derya"),
	"pl": ("Piotr Krzysztof Tomasz Paweł Marek", "Katarzyna Magdalena "
		"Agnieszka Joanna"),
	"it": ("Giuseppe Marco Antonio Luca Salvatore", "Francesca Giulia "
		"Rosa"),
	"hr": ("Ivan Marko Josip Ante Tomislav", "Ivana Marija Ana Jelena"),
	"gr": ("Georgios Dimitrios Konstantinos Nikolaos Christos", "Eleni "
		"Sofia Katerina")}
GIVEN = {k: (m.split(), f.split()) for k, (m, f) in GIVEN.items()}
GIVEN["at"] = GIVEN["de"]
GROUPS = ("de", "at", "tr", "pl", "it", "hr", "gr")
MIX = {"DE": (72, 0, 10, 6, 5, 4, 3), "AT": (8, 66, 8, 3, 3, 10, 2)}
MIX_DESK = {"BER": (62, 0, 18, 10, 4, 3, 3), "CGN": (64, 0, 16, 5, 8, 3, 4)}
# The commonest of the region (common-surname impostors).
COMMON = ["Müller", "Schmidt", "Huber", "Gruber", "Meier", "Bauer",
	"Yılmaz", "Wagner", "Schneider", "Mayer"]
# Surnames and words no customer draws (same-shape impostors): Swiss,
# Frisian, Sorbian and South Tyrolean ones.
OUT_SURNAME = ["Zwahlen", "Brügger", "Tschanz", "Ohlrogge", "Janssen-Eilts",
	"Hinrichsen", "Nowotny-Lehr", "Šołta", "Pfattner", "Oberhollenzer",
	"Thalmann-Vogt", "Gisler"]
OUT_BRAND = ["Jura", "Engadin", "Sylt", "Vinschgau", "Emmental",
	"Ostfriesland", "Lausitz-Nord", "Bodden"]

# ---------------------------------------------------------------- words
BRAND = {"MUC": ["Isar", "Alpen", "Oberland", "Bavaria", "Chiemgau",
	"Voralpen", "Ammersee"], "STR": ["Neckar", "Schwaben", "Alb", "Rems",
	"Filder", "Stromberg"], "FRA": ["Main", "Taunus", "Rhein-Main",
	"Wetterau", "Odenwald", "Nidda"], "CGN": ["Rhein", "Dom", "Eifel",
	"Sieg", "Rheinland", "Agger"], "HAM": ["Alster", "Elbe", "Hanse",
	"Nordlicht", "Küsten", "Bille"], "BER": ["Spree", "Havel", "Barnim",
	"Spreewald", "Dahme", "Müggelsee"], "LEJ": ["Pleiße", "Saale",
	"Mulde", "Erzgebirge", "Elster", "Elbland"], "VIE": ["Donau",
	"Wienerwald", "Marchfeld", "Weinviertel", "Kahlenberg"], "GRZ":
	["Mur", "Schöckl", "Koralpe", "Wörthersee", "Grazer Bergland"],
	"LNZ": ["Traun", "Mühlviertel", "Salzkammergut", "Innviertel",
	"Pöstlingberg"], "INN": ["Inntal", "Karwendel", "Zillertal", "Arlberg",
	"Nordkette"], "all": ["Nova", "Optima", "Delta", "Alpha", "Kompass",
	"Sonnen", "Phönix", "Vario", "Prisma", "Quadrat", "Aurum", "Perfekt"]}
RARE = ["Edelweiß", "Enzian", "Wolpertinger", "Silberdistel", "Auerhahn",
	"Steinbock", "Lindwurm", "Murmeltier", "Almrausch", "Gamsbock",
	"Latschenkiefer", "Bergkristall", "Zirbe", "Arnika"]
APO = ["Löwen", "Adler", "Hirsch", "Stern", "Sonnen", "Rosen", "Linden",
	"Rathaus", "Markt", "Stadt", "Bahnhof", "Engel", "Hof", "Schloss",
	"Park", "Paracelsus", "Hubertus", "Kur"]
PLATZ = ["Markt", "Rathaus", "Bahnhof", "Dom", "Schloss", "Stadtpark",
	"Kirchplatz", "Anger"]
INN_NAME = ["zur Post", "zum Hirschen", "zur Sonne", "zum Löwen",
	"zum Ochsen", "zur Linde", "zum Adler", "zum Stern", "zur Krone",
	"zum Schwan"]
SAINT = {"DE": ["St. Georg", "St. Martin", "St. Michael", "St. Peter und "
	"Paul", "St. Johannes", "St. Nikolaus", "St. Ulrich", "St. Josef",
	"St. Laurentius", "St. Jakob", "St. Vitus", "St. Korbinian",
	"Maria Himmelfahrt", "Heilig Kreuz"], "AT": ["St. Leopold",
	"St. Georg", "St. Martin", "St. Florian", "St. Stephan", "St. Nikolaus",
	"St. Jakob", "Maria Himmelfahrt", "Heilig Kreuz", "St. Rupert"]}
PATRON = ["Goethe", "Schiller", "Humboldt", "Gauß", "Kepler", "Max-Planck",
	"Albert-Einstein", "Lessing", "Heinrich-Heine", "Sophie-Scholl",
	"Theodor-Heuss", "Gutenberg", "Dürer", "Mozart"]
CLUB = ["TSV", "SV", "FC", "TuS", "SC", "VfB"]
# Templates: {B} brand, {S} {S2} surnames, {P} the owner (given name and
# surname), {G} a given name, {T} the town, {K} the Kreis, {A} a
# pharmacy's word, {L} a square, {W} an inn's name, {H} a patron saint,
# {C} a school's patron, {Y} a founding year, {V} a club's letters.
# A template's mark: "S:" the south only (Bavaria, Swabia, Austria), "N:"
# the north only, "D:" Germany only, "A:" Austria only, "G:" a town of
# kind G, "M:" of kind M, "V:" of kind V, "C:" a Stadt, "K:" a town in a
# Kreis or Bezirk of another name; sector: (weight,
# legal-form carrying share, templates).
SECTORS = {
	"handwerk": (17, .8, ["S:Schreinerei {S}", "N:Tischlerei {S}",
		"A:Tischlerei {S}", "Elektro {S}", "Elektrotechnik {S}",
		"{S} Elektrotechnik", "{S} Sanitär Heizung Klima", "{S} Haustechnik",
		"Malerbetrieb {S}", "Dachdeckerei {S}", "Zimmerei {S}", "{S} Bau",
		"{P} Bau", "Metallbau {S}", "Fliesen {S}", "Heizungsbau {S}",
		"Elektro {P}", "S:Spenglerei {S}", "A:Installateur {S}",
		"D:Gebr. {S} Bauunternehmung", "{S} & {S2} Bedachungen",
		"{B} Haustechnik", "{P} Malerbetrieb", "{S} Holzbau"]),
	"autohaus": (6, .9, ["Autohaus {S}", "Autohaus {S} {T}", "Autohaus {P}",
		"Kfz-Werkstatt {S}", "{S} Automobile", "Reifen {S}",
		"{B} Automobile", "Autohaus {B}"]),
	"kanzlei": (9, 0, ["Steuerkanzlei {S}", "D:Kanzlei Dr. {S} & Partner",
		"D:{S} Steuerberatungsgesellschaft mbH",
		"D:{S} & {S2} Steuerberater PartG mbB", "D:Rechtsanwälte {S} & {S2}",
		"D:Dr. {S} & Kollegen", "D:Steuerberater Dipl.-Kfm. {P}",
		"A:Steuerberatung {S}", "A:{S} & {S2} Wirtschaftstreuhand GmbH",
		"A:Rechtsanwalt Mag. {P}", "A:Notariat {S}",
		"Ingenieurbüro Dipl.-Ing. {P}", "A:DI {P} Ziviltechniker"]),
	"praxis": (9, 0, ["D:Praxis Dr. med. {S}", "Zahnarztpraxis Dr. {S}",
		"D:Gemeinschaftspraxis {S} / {S2}",
		"D:Gemeinschaftspraxis Dr. {S} & Dr. {S2}", "D:MVZ {T}",
		"D:MVZ {B}", "D:Hausarztpraxis {S}", "Physiotherapie {S}",
		"Tierarztpraxis Dr. {S}", "D:Kinderarztpraxis Dr. {S}",
		"A:Ordination Dr. {S}", "A:Gruppenpraxis {S} & {S2}",
		"D:Praxis Dr. med. dent. {P}"]),
	"apotheke": (5, 0, ["{A}-Apotheke {T}", "Apotheke am {L} {T}",
		"{A}-Apotheke"]),
	"gemeinde": (8, 0, ["G:Gemeinde {T}", "D:M:Markt {T}",
		"A:M:Marktgemeinde {T}", "D:C:Stadt {T}", "A:C:Stadtgemeinde {T}",
		"C:Stadtwerke {T}", "V:Verbandsgemeinde {T}",
		"D:Zweckverband Wasserversorgung {T}", "D:S:K:Landratsamt {K}",
		"D:N:K:Landkreis {K}",
		"A:K:Bezirkshauptmannschaft {K}", "D:Abwasserzweckverband {T}"]),
	"verein": (7, 0, ["D:{V} {T} {Y}", "D:{V} {Y} {T}",
		"Freiwillige Feuerwehr {T}", "D:Musikverein {T}",
		"D:Schützenverein {T}", "S:Trachtenverein {T}", "Skiclub {T}",
		"D:DLRG Ortsgruppe {T}", "A:Musikkapelle {T}", "A:SV {T}",
		"A:Union {T}", "D:Förderverein Grundschule {T}"]),
	"kirche": (4, 0, ["D:Kath. Pfarramt {H} {T}", "D:Pfarrei {H} {T}",
		"D:S:Evang.-Luth. Kirchengemeinde {T}",
		"D:Evangelische Kirchengemeinde {T}",
		"D:Kath. Kirchengemeinde {H} {T}", "A:Röm.-kath. Pfarre {T}",
		"A:Pfarre {H} {T}", "A:Evangelische Pfarrgemeinde A.B. {T}"]),
	"schule": (5, 0, ["{C}-Gymnasium {T}", "D:Grundschule {T}",
		"D:S:Mittelschule {T}", "D:Realschule {T}", "A:Volksschule {T}",
		"A:BG/BRG {T}", "A:HTL {T}", "D:N:Oberschule {T}",
		"Gymnasium {T}"]),
	"gastro": (8, .6, ["Gasthof {W}", "Gasthof {W} {T}", "Landgasthof {S}",
		"Hotel {S}", "Hotel {B}", "S:Brauereigasthof {S}",
		"Pizzeria {I}", "Restaurant {E}", "Café {S}", "Weinhaus {S}",
		"A:Heuriger {S}", "S:Alpengasthof {S}", "Hotel Garni {B}"]),
	"mittelstand": (12, .95, ["{S} Maschinenbau", "{B} Kunststofftechnik",
		"{S} Logistik", "{S} Spedition", "{B} Immobilien", "{S} Immobilien",
		"{B} Metallverarbeitung", "{S} Feinmechanik", "{B} Systemtechnik",
		"Druckerei {S}", "{B} Solartechnik", "{S} Landtechnik",
		"{B} Verpackung", "{S} Transporte", "Bäckerei {S}",
		"D:S:Metzgerei {S}", "N:Fleischerei {S}", "A:Fleischhauerei {S}",
		"{S} Gebäudereinigung", "{B} Antriebstechnik"])}
ROLES = {"handwerk": ["BUERO", "WERKSTATT", "MEISTER", "LAGER"],
	"autohaus": ["SERVICE", "TEILE", "VERKAUF1", "DMS"], "kanzlei":
	["DATEV-SRV", "STB1", "SEKRETARIAT"], "praxis": ["EMPFANG",
	"BEHANDLUNG1", "LABOR", "ROENTGEN"], "apotheke": ["HV1", "HV2",
	"BACKOFFICE", "WAWI"], "gemeinde": ["BUERGERBUERO", "KAEMMEREI",
	"BAUAMT", "STANDESAMT"], "verein": ["VORSTAND", "KASSIER",
	"GERAETEHAUS"], "kirche": ["PFARRBUERO", "PFARRER"], "schule":
	["SEKRETARIAT", "LEHRERZIMMER", "EDV-RAUM"], "gastro": ["REZEPTION",
	"KASSE", "KUECHE"], "mittelstand": ["CAD1", "VERSAND", "BUCHHALTUNG",
	"LAGER"]}
LEGAL = {"DE": [("GmbH", 38), ("GmbH & Co. KG", 18), ("e.K.", 12),
	("UG (haftungsbeschränkt)", 10), ("KG", 5), ("OHG", 4), ("GbR", 6),
	("AG", 2)],
	"AT": [("GmbH", 35), ("Ges.m.b.H.", 12), ("OG", 12), ("KG", 10),
	("e.U.", 20), ("GmbH & Co KG", 6)]}
RESPELL = {"GmbH": ["Gmbh", "GMBH", "G.m.b.H.", "GmbH.", "mbH"],
	"GmbH & Co. KG": ["GmbH & Co KG", "GmbH u. Co. KG", "GmbH + Co. KG",
	"GmbH&Co.KG", "GmbH und Co. KG"], "GmbH & Co KG": ["GmbH & Co. KG",
	"GmbH&CoKG", "GmbH u. Co KG"], "e.K.": ["e.Kfm.", "eK", "e. K.",
	"e.Kfr."], "UG (haftungsbeschränkt)": ["UG", "UG (hb)",
	"UG (haftungsbeschr.)", "UG haftungsbeschraenkt"], "KG": ["K.G.",
	"Kg"], "OHG": ["oHG", "O.H.G."], "GbR": ["GBR", "G.b.R."], "AG": ["A.G.",
	"Aktiengesellschaft"],
	"Ges.m.b.H.": ["GesmbH", "Ges.mbH", "GmbH", "Gesellschaft m.b.H."],
	"OG": ["O.G.", "og"], "e.U.": ["eU", "e. U."], "e.V.": ["eV", "e. V.",
	"EV"], "mbH": ["GmbH", "mbh"], "PartG mbB": ["PartGmbB", "PartG",
	"Partnerschaft mbB"]}
# Trades no customer has (other-trade and common-surname impostors).
ELSE_TRADE = ["Fahrschule", "Kosmetikstudio", "Friseursalon", "Tanzschule",
	"Hundesalon", "Bestattungen", "Optik", "Hörgeräte", "Schlüsseldienst",
	"Nähstudio", "Fotostudio", "Blumenhaus", "Yogastudio", "Uhrmacher"]
# A Gemeinde's neighbours in its own town (other-body impostors).
BODIES = ["Stadtwerke {T}", "Freiwillige Feuerwehr {T}", "Bauhof {T}",
	"Grundschule {T}", "Musikverein {T}", "Bücherei {T}",
	"Kindergarten {T}", "Wasserzweckverband {T}", "Tourismusverband {T}",
	"Seniorenheim {T}"]
TECHS = {"MUC": ["Max Obermeier", "Lena Huber"], "STR": ["Jonas Häberle",
	"Sarah Kübler"], "FRA": ["Tim Schäfer", "Aylin Demir"], "CGN":
	["Kevin Schmitz", "Laura Esser"], "HAM": ["Finn Petersen",
	"Merle Jansen"], "BER": ["Dennis Kowalski", "Jana Lehmann"], "LEJ":
	["Paul Richter", "Franziska Seidel"], "VIE": ["Lukas Novak",
	"Katharina Hödl"], "GRZ": ["Florian Pölzl", "Tamara Kern"], "LNZ":
	["Stefan Hofer", "Julia Eder"], "INN": ["Matthias Rainer",
	"Lisa Kofler"]}
VENDORS = ["DATEV eG", "Telekom Geschäftskunden", "Vodafone Business",
	"A1 Telekom Austria", "Magenta Business", "ELSTER Finanzamt",
	"Finanzamt München", "Lexware Support", "KBV Praxis-EDV",
	"CGM Medistar", "Hornetsecurity", "IONOS", "Microsoft 365 Support",
	"Syncro Support", "BMD Systemhaus", "ÖGK Vertragspartner",
	"AOK Bayern", "IHK für München und Oberbayern", "Handwerkskammer",
	"WKO Service", "ADV Apotheken-EDV", "Sage Support"]
STAFF = ["Werkstatt 2", "BENCH-MUC-3", "Leihgerät 4", "Testrechner 7",
	"Vorführgerät 3", "Techniker-Laptop 2", "Lager - Ersatz-PC 5",
	"Image W11 Test", "RMA Rücksendung 12", "Max Obermeier",
	"Katharina Hödl", "Ersatzgerät 9"]
PERSONAL = ["Privat - {G} {S}", "{G}s Laptop", "Laptop Sohn",
	"Home-PC {G}", "PC zu Hause", "{G} {S} privat", "Tochter - Schule",
	"{G} {S} (Privatkunde)"]
PROSPECT = ["Angebot - ", "Anfrage: ", "Interessent ", "Neukunde? ",
	"Besichtigung - ", "Angebot für "]
SITES = ["Filiale", "Standort", "Werkstatt", "Lager", "Büro", "Zentrale",
	"Verwaltung", "Niederlassung"]
HALLS = {"gemeinde": ["Rathaus", "Bauhof", "Bürgerbüro", "Kämmerei"],
	"verein": ["Vereinsheim", "Geschäftsstelle", "Gerätehaus"],
	"kirche": ["Pfarrbüro", "Pfarrhaus", "Pfarrheim"], "schule":
	["Sekretariat", "Verwaltung", "Außenstelle"], "praxis": ["Empfang",
	"Zweigpraxis"], "gastro": ["Rezeption", "Küche", "Biergarten",
	"Büro"], "apotheke": ["Filiale", "Backoffice", "Offizin"]}
GREEK_R = ["Akropolis", "Olympia", "Mykonos", "Santorini", "Hellas",
	"Delphi", "Rhodos", "Kreta", "Zorbas", "Athen"]

# ---------------------------------------------------------------- skeleton
FOLD = str.maketrans({"ß": "ss", "ı": "i", "ł": "l", "Ł": "L", "đ": "d",
	"Đ": "D", "ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U"})
# Abbreviations read as their words; legal forms, titles and small words
# dropped.
LONG = {"str": "strasse", "ff": "freiwillige feuerwehr", "shk": "sanitar "
	"heizung klima", "mvz": "medizinisches versorgungszentrum", "tsv":
	"turn sportverein", "sv": "sportverein", "stb": "steuerberater",
	"stbg": "steuerberatungsgesellschaft", "ra": "rechtsanwalt", "rae":
	"rechtsanwalte", "gebr": "gebruder", "st": "sankt", "kath":
	"katholische", "evang": "evangelische", "gymn": "gymnasium", "gs":
	"grundschule", "ms": "mittelschule", "vs": "volksschule", "vg":
	"verbandsgemeinde", "stw": "stadtwerke", "gde": "gemeinde", "mgde":
	"marktgemeinde", "zv": "zweckverband", "kfz": "kfz", "hl": "heilig",
	"ing": "", "buro": "buro", "pfr": "pfarre", "musikver": "musikverein"}
DROP = set("gmbh mbh gesmbh ges gesellschaft co kg ag ohg gbr ek kfm kfr "
	"kffr ev ug haftungsbeschrankt haftungsbeschr hb partg partgmbb mbb og "
	"eu u und der die das am an zum zur im in fur von vom bei auf dr med "
	"dent vet dipl di mag pharm prof inh inhaber e k v a b".split())
VOWEL_E = re.compile("([aou])e")	# ae, oe, ue: an umlaut typed
DOUBLE = re.compile(r"(.)\1+")


def de_plain(s):
	s = s.translate(FOLD)
	if s.isascii():
		return s
	s = unicodedata.normalize("NFKD", s)
	return "".join(ch for ch in s if not unicodedata.combining(ch))


LATIN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae",
	"Ö": "Oe", "Ü": "Ue", "ß": "ss", "ı": "i", "ł": "l", "đ": "d"})


def de_latin(s):
	"""s in ASCII as an e-mail address spells it: ä as ae, ß as ss."""
	s = s.translate(LATIN)
	return s if s.isascii() and s.replace(" ", "").replace("-", "") \
		.replace(".", "").isalpha() else lk.latin(s)


def _words(s):
	s = de_plain(s).lower()
	out = lk.dotted_words(s, LONG, DROP, lambda w: VOWEL_E.sub(r"\1", w))
	return [DOUBLE.sub(r"\1", x) for x in out]


skel, skel_words, ck = lk.desk_checks(_words)


# ---------------------------------------------------------------- customers
TOWN_CUM = {d: list(accumulate(t[4] for t in ts)) for d, ts in DESKS.items()}
SECTOR_CUM = (list(SECTORS), list(accumulate(v[0] for v in
	SECTORS.values())))


def mix_of(desk):
	return MIX_DESK.get(desk) or MIX[TOWNS[desk][0]]


MIX_CUM = {d: list(accumulate(mix_of(d))) for d in TOWNS}


def group_at(rng, desk):
	return rng.choices(GROUPS, cum_weights=MIX_CUM[desk])[0]


person = lk.group_person(GIVEN, SURNAMES, .4)


def brand_of(rng, desk):
	r = rng.random()
	return rng.choice(RARE if r < .15 else BRAND[desk] if r < .6 else
		BRAND["all"])


def fits(tpl, desk, town):
	"""tpl's marks against the desk's country and region and the town's
	kind; the template less its marks, None where it does not fit."""
	cc = TOWNS[desk][0]
	while re.match(r"[SNDAGMVCK]:", tpl):
		mark, tpl = tpl[0], tpl[2:]
		ok = {"S": desk in SOUTH, "N": desk not in SOUTH, "D": cc == "DE",
			"A": cc == "AT", "G": town[5] == "G", "M": town[5] == "M",
			"V": town[5] == "V", "C": town[5] == "S",
			"K": town[2] != town[0]}[mark]
		if not ok:
			return None
	return tpl


FITTING = {}


def fitting(desk, town, sector):
	"""The templates of sector that fit desk and town's kind, their marks
	taken off (kept once worked out)."""
	k = (desk, town[5], town[2] != town[0], sector)
	if k not in FITTING:
		FITTING[k] = [t for t in (fits(x, desk, town) for x in
			SECTORS[sector][2]) if t]
	return FITTING[k]


def register_no(rng, cc, legal):
	"""An HRB or HRA number (Germany) or an FN (Austria) for a firm of
	legal form, as its Impressum writes it."""
	if cc == "AT":
		return "FN %d%s" % (rng.randint(30000, 599999),
			rng.choice("abdfghikmpstvwxyz"))
	if legal in ("KG", "OHG", "e.K.", "GmbH & Co. KG"):
		return "HRA %d" % rng.randint(1000, 119999)
	return "HRB %d" % rng.randint(1000, 289999)


def values(rng, c, outside):
	"""The template's fields for customer c."""
	desk, g = c["desk"], c["group"]
	owner = person(rng, g, .3)
	v = {"B": brand_of(rng, desk), "S": owner[1], "G": owner[0],
		"P": "%s %s" % owner, "S2": person(rng, group_at(rng, desk))[1],
		"T": c["town"], "K": c["kreis"], "A": rng.choice(APO),
		"L": rng.choice(PLATZ), "W": rng.choice(INN_NAME),
		"H": rng.choice(SAINT[c["cc"]]), "C": rng.choice(PATRON),
		"Y": str(rng.randint(1860, 1990)), "V": rng.choice(CLUB),
		"I": rng.choice(SURNAMES["it"]), "E": rng.choice(GREEK_R)}
	if outside:	# words no customer's name is made of
		o = rng.sample(OUT_SURNAME, 3)
		v.update(S=o[0], S2=o[1], I=o[2], B=rng.choice(OUT_BRAND),
			P="%s %s" % (owner[0], o[0]), T=rng.choice(ELSEWHERE[desk]))
	if v["S"] == v["S2"]:
		return None
	c["owner"] = (owner[0], v["S"])
	return v


def fill(tpl, v):
	return re.sub(r"\{(\w+)\}", lambda m: v[m.group(1)], tpl)


def legal_of(rng, c, tpl, used):
	"""The legal form after the core: the template's own (mbH, PartG
	mbB, GmbH), an Apotheke's e.K. (Germany) or KG (Austria), a club's
	e.V., else the sector's share of its country's forms."""
	s, cc = c["sector"], c["cc"]
	if re.search(r" (mbH|PartG mbB|GmbH)$", tpl):
		return ""
	if s == "apotheke":
		return ("e.K." if rng.random() < .85 else "") if cc == "DE" else \
			("KG" if rng.random() < .6 else "")
	if s == "verein":
		return "e.V." if cc == "DE" and "{V}" in tpl or "verein" in tpl \
			and cc == "DE" and rng.random() < .9 else ""
	if tpl.startswith("C:Stadtwerke") or tpl.startswith("Stadtwerke"):
		return "GmbH" if rng.random() < .8 else ""
	if rng.random() >= SECTORS[s][1]:
		return ""
	f = lk.wpick(rng, LEGAL[cc])
	if f == "AG" and s != "mittelstand":	# no Schreinerei is an AG
		f = "GmbH"
	# One owner is no partnership; two partners or brothers no sole
	# trader.
	if "P" in used and f in ("GbR", "OHG", "OG"):
		return "e.K." if cc == "DE" else "e.U."
	if ("S2" in used or "Gebr." in tpl) and f in ("e.K.", "e.U."):
		return "GbR" if cc == "DE" else "OG"
	return f


REGISTERED = ("GmbH", "GmbH & Co. KG", "UG (haftungsbeschränkt)", "AG",
	"KG", "OHG", "e.K.", "Ges.m.b.H.", "OG", "e.U.", "GmbH & Co KG")


def make_customer(rng, cid, desk=None, outside=False):
	"""A customer record, None when its draw does not fit: name, core
	(less the legal form and register number), the words it is named by."""
	desk = desk or lk.wpick(rng, DESK_SHARE)
	town = rng.choices(DESKS[desk], cum_weights=TOWN_CUM[desk])[0]
	sector = rng.choices(SECTOR_CUM[0], cum_weights=SECTOR_CUM[1])[0]
	tpl = rng.choice(fitting(desk, town, sector))
	cc = TOWNS[desk][0]
	c = {"id": cid, "desk": desk, "sector": sector, "town": town[0],
		"land": town[1], "kreis": town[2], "plz": town[3], "cc": cc,
		"group": group_at(rng, desk), "tpl": tpl}
	v = values(rng, c, outside)
	if v is None:
		return None
	used = set(re.findall(r"\{(\w+)\}", tpl))
	# "Rhein-Sieg-Kreis" is no Landkreis's name: its Kreisverwaltung
	core = re.sub(r"^Landkreis (.*[kK]reis)$", r"Kreisverwaltung \1",
		fill(tpl, v))
	legal = legal_of(rng, c, tpl, used)
	m = re.search(r" (mbH|PartG mbB|GmbH)$", core)
	if m:	# "X Steuerberatungsgesellschaft mbH": the form in the template
		core, legal = core[:m.start()], m.group(1)
	name = "%s %s" % (core, legal) if legal else core
	reg = None
	if legal in REGISTERED and rng.random() < .15:
		reg = register_no(rng, cc, legal)
		name += rng.choice([" (%s)", ", %s", " - %s"]) % reg
	surs = [v[k] for k in ("S", "S2", "I") if k in used]
	if "P" in used:
		surs.append(c["owner"][1])
	c.update(name=name, core=core, legal=legal, reg=reg, surs=surs,
		owner=c["owner"] if used & {"S", "P"} else None,
		pname=v["P"] if "P" in used else None,
		brand=v["B"] if "B" in used else None,
		in_town="T" in used, word=v["A"] if "A" in used else None,
		small=town[4] < 3 and town[0] != DESKS[desk][0][0])
	return c


def named_by(c):
	"""(sector, skeleton word) for each word a customer is named by."""
	ws = [c["brand"], c["word"]] + c["surs"] + [c["in_town"] and c["town"]]
	ws = [w for w in ws if w] or [c["core"]]
	return [(c["sector"], skel(w)) for w in ws]


def forms(c):
	"""The names a customer goes by: its name, its core, its name less
	the register number, the core less the owner's given name."""
	less_reg = c["reg"] and "%s %s" % (c["core"], c["legal"])
	surname = c["pname"] and c["core"].replace(c["pname"], c["owner"][1])
	return [f for f in (c["name"], c["core"], less_reg, surname) if f]


contacts = lk.owner_contacts(person, group_at, de_latin)


assets = lk.core_assets(DROP, ROLES, de_latin,
	lambda r, c: de_latin(person(r, c["group"])[0]), de_latin)


def address(rng, c):
	plz = c["plz"]
	n = 4 if c["cc"] == "AT" else 5
	return {"address": "%s %d" % (rng.choice(ROADS), rng.randint(1, 140)),
		"address_2": rng.choice([None, None, None, "Hinterhaus",
		"2. OG", "Top %d" % rng.randint(1, 24) if c["cc"] == "AT" else
		"Gebäude %s" % rng.choice("ABC"), "Postfach %d" %
		rng.randint(100, 9999)]), "city": c["town"], "state": c["land"],
		"zip": (plz + "".join(str(rng.randint(0, 9)) for _ in
		range(n)))[:n]}


FREE = ("gmx", "web", "t-online", "outlook", "gmail", "aon", "yahoo",
	"freenet")


def domain(rng, c, taken):
	"""The customer's own domain (a free mailbox for a third of the small
	firms), a digit more where taken."""
	s, tld = c["sector"], ".de" if c["cc"] == "DE" else ".at"
	if rng.random() < .33 and s in ("handwerk", "gastro", "verein",
			"autohaus"):
		return rng.choice(FREE) + rng.choice([tld, ".net", ".com"])
	town = re.sub("[^a-z]", "", de_latin(c["town"]).lower())
	if s == "gemeinde":
		d = {"Stadtwerke": "stadtwerke-"}.get(c["core"].split()[0], "") + \
			town + tld
	elif s in ("schule", "kirche", "verein"):	# "gymnasium-dachau.de"
		head = re.sub("[^a-z]", "", de_latin(c["core"].split()[0].split(
			"-")[-1]).lower())[:12]
		d = "%s-%s%s" % (head, town[:14], tld)
	else:
		word = c["brand"] or (c["surs"] or [""])[0] or c["word"] or town
		d = re.sub("[^a-z0-9]", "", de_latin(word).lower())[:14]
		d += {"apotheke": "-apotheke", "kanzlei": "-steuerberatung",
			"praxis": "-praxis", "autohaus": "-autohaus", "handwerk":
			rng.choice(["-bau", "-elektro", ""])}.get(s, "") + \
			(tld if rng.random() < .8 else ".com")
	base, tl = d.split(".", 1)
	return lk.numbered_domain(base, "." + tl, taken)


def first_contact(rng, c):
	head = (c["contacts"] or [{}])[0]
	for k in ("firstname", "lastname", "email"):
		c["syncro"][k] = head.get(k)
	c["syncro"]["phone"] = "%s %d%04d" % (TOWNS[c["desk"]][2],
		rng.randint(20, 99), rng.randint(0, 9999))


def population(rng, n):
	g = lk.G()
	g.custs, seen, shared, doms = [], set(), set(), set()
	ids = iter(range(43300001, 43999999))
	cid = 43000000
	while len(g.custs) < n:
		c = lk.draw_unseen(lambda: make_customer(rng, 0),
			lambda c: {skel(f) for f in forms(c)} if c else {""}, seen, 60)
		if c:
			c["id"] = cid = cid + rng.randint(1, 3)
			c["domain"] = domain(rng, c, doms)
			lk.add_customer(rng, g, c, ids, shared, address, contacts,
				assets)
			first_contact(rng, c)
	g.shared = sorted(shared)
	return g


def index(g):
	"""linkgen's indexes, the words each sector is named by and the
	register numbers taken."""
	lk.index_named(ck, g, forms, named_by, "regs",
		lambda c: c["reg"] and c["reg"].split()[1])


# ---------------------------------------------------------------- typing
TYPO = lk.Typo(["1234567890ß", "qwertzuiopü", "asdfghjklöä", "yxcvbnm,.-"])
n_typo, n_typo2 = TYPO.n_core_typo, TYPO.n_core_typo2
name_or_core = lk.name_or_core


n_caps, n_lower = lk.case_rows(r"[.,()]")


def keeps(c, t):
	"""t keeps what tells c from its neighbours: its town where its name
	has one, its register number where it types one."""
	if c["in_town"] and c["town"] not in t:
		return False
	return not (c["reg"] and c["reg"].split()[0] in t and
		c["reg"].split()[1] not in t)


def n_truncated(rng, g, c):
	"""linkgen's cut, not off the town, the number or the family name,
	and not down to a listed person's name ("Matthias Weber" of
	"Matthias Weber Bau")."""
	t = lk.n_truncated(rng, g, c)
	if not t or not keeps(c, t) or skel(t) in g.person:
		return None
	return t if not c["surs"] or c["surs"][0] in t else None


def n_reorder(rng, g, c):
	"""The trade or body word moved after the name: "Huber Schreinerei",
	"Haar, Gemeinde", "Müller, Praxis Dr. med."."""
	s = c["core"]
	ws = s.split()
	if len(ws) < 2 or c["reg"] and c["reg"] in s:
		return None
	if len(ws) == 2:
		return ("%s %s" if ws[1] in c["surs"] + [c["brand"]] else
			"%s, %s") % (ws[1], ws[0])
	for w in c["surs"] + [c["town"] if c["in_town"] else None]:
		if w and s.endswith(" " + w):	# "Praxis Dr. med. Huber"
			return "%s, %s" % (w, s[:-len(w) - 1])
		if w and s.startswith(w + " "):	# "Huber Haustechnik"
			return "%s %s" % (s[len(w) + 1:], w)
	return None


SHORT = [("Straße", "Str."), ("Freiwillige Feuerwehr", "FF"),
	("Sanitär Heizung Klima", "SHK"), ("Steuerberater", "StB"),
	("Rechtsanwälte", "RAe"), ("Gebr.", "Gebrüder"),
	("Kath. Pfarramt", "Katholisches Pfarramt"),
	("Kath. Kirchengemeinde", "Katholische Kirchengemeinde"),
	("Evangelische", "Ev."), ("Gymnasium", "Gymn."), ("Grundschule", "GS"),
	("Verbandsgemeinde", "VG"), ("Stadtwerke", "SWK"), ("TSV", "Turn- und "
	"Sportverein"), ("MVZ", "Medizinisches Versorgungszentrum"),
	("Gemeinschaftspraxis", "Gem.-Praxis"), ("Zahnarztpraxis", "ZA-Praxis"),
	("Kfz-Werkstatt", "KFZ-Werkst."), ("Steuerberatungsgesellschaft",
	"StBG"), ("Marktgemeinde", "Marktgem."), ("Malerbetrieb", "Maler"),
	("Apotheke", "Apo"), ("Sankt", "St."), ("St.", "Sankt"), ("Heilig",
	"Hl."), ("Dipl.-Ing.", "Dipl. Ing."), ("Mittelschule", "MS"),
	("Volksschule", "VS")]


def short_for(t, long, short):
	m = re.search(r"(?<![\w.-])%s(?![\w])" % re.escape(long), t)
	return t[:m.start()] + short + t[m.end():] if m else t


n_abbrev = lk.abbrev_row(SHORT, short_for)
UNSAID = set("und der die das am zum zur von für gmbh kg co".split())


def n_acronym(rng, g, c):
	"""A firm of three words or more, no person's, by its initials:
	"Isar Kunststoff Technik" as "IKT"."""
	if c["pname"] or c["sector"] not in ("mittelstand", "handwerk"):
		return None
	ws = [w for w in re.split(r"[\s&,/-]+", c["core"])
		if w and w[0].isalpha() and w.lower() not in UNSAID]
	if len(ws) == 2 and len(ws[1]) > 11:	# "Isar Kunststofftechnik"
		m = re.match(r"(Kunststoff|Metall|System|Antriebs|Solar|Land|"
			r"Elektro)(\w+)", ws[1])
		ws = [ws[0], m.group(1), m.group(2).capitalize()] if m else ws
	if len(ws) < 3:
		return None
	t = lk.initials(rng, ws)
	return t + " " + c["legal"] if c["legal"] and rng.random() < .5 else t


def legal_other(rng, c, r):
	return "%s %s" % (c["core"], rng.choice(RESPELL.get(c["legal"],
		[c["legal"]])))


n_legal = lk.legal_row(legal_other)
UMLAUT_AE = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae",
	"Ö": "Oe", "Ü": "Ue", "ß": "ss"})
UMLAUT_OFF = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "Ä": "A",
	"Ö": "O", "Ü": "U", "ß": "ss"})


def n_umlaut(rng, g, c):
	"""ä ö ü as ae oe ue (70%) or dropped, ß as ss: what a keyboard
	without them, or a hurried hand, types."""
	s = name_or_core(rng, c, .5)
	t = s.translate(UMLAUT_AE if rng.random() < .7 else UMLAUT_OFF)
	return t if t != s else None


FOREIGN = re.compile("[ıİşŞçÇğĞąćęłńśźżĄĆĘŁŃŚŹŻčćđšžČĆĐŠŽ]")


def n_diacritics(rng, g, c):
	"""Turkish, Polish and Croatian letters as plain ones: "Yilmaz",
	"Wisniewski", "Kovacevic"."""
	s = name_or_core(rng, c, .5)
	if not FOREIGN.search(s):
		return None
	t = lk.plain(s.translate(str.maketrans({"ı": "i", "ł": "l", "Ł": "L",
		"đ": "dj" if rng.random() < .5 else "d", "ä": "ä", "ö": "ö",
		"ü": "ü"})))
	# plain() folds the German umlauts too: put them back
	return "".join(b if unicodedata.normalize("NFKD", a)[0] == b and
		a in "äöüÄÖÜ" else b for a, b in zip(s, t)) if len(s) == len(t) \
		else t


COMPOUND = [("Elektrotechnik", ["Elektro Technik", "Elektro-Technik"]),
	("Sanitär Heizung Klima", ["Sanitär-Heizung-Klima",
	"Sanitär, Heizung, Klima", "Sanitär + Heizung + Klima"]),
	("Zahnarztpraxis", ["Zahnarzt Praxis", "Zahnarzt-Praxis"]),
	("Kinderarztpraxis", ["Kinderarzt Praxis", "Kinderarzt-Praxis"]),
	("Hausarztpraxis", ["Hausarzt-Praxis", "Hausarzt Praxis"]),
	("-Apotheke", [" Apotheke", "apotheke"]), ("Kfz-Werkstatt",
	["KFZ Werkstatt", "Kfzwerkstatt", "Kfz Werkstatt"]), ("Haustechnik",
	["Haus-Technik", "Haus Technik"]), ("Malerbetrieb", ["Maler-Betrieb",
	"Maler Betrieb"]), ("Kunststofftechnik", ["Kunststoff-Technik",
	"Kunststoff Technik"]), ("Maschinenbau", ["Maschinen-Bau",
	"Maschinen Bau"]), ("Landgasthof", ["Land-Gasthof", "Land Gasthof"]),
	("Steuerkanzlei", ["Steuer-Kanzlei", "Steuer Kanzlei"]),
	("Autohaus", ["Auto-Haus", "Auto Haus"]), ("Grundschule",
	["Grund-Schule"]), ("Gemeinschaftspraxis", ["Gemeinschafts-Praxis"]),
	("Elektro ", ["Elektro-", "Elektro"]), ("Metallbau", ["Metall-Bau",
	"Metall Bau"]), ("Ingenieurbüro", ["Ingenieur-Büro", "Ing.-Büro"]),
	("-Gymnasium", [" Gymnasium", "gymnasium"]), ("Physiotherapie",
	["Physio-Therapie", "Physio Therapie"])]


def n_compound(rng, g, c):
	"""A compound split or joined: "Elektro Technik", "Löwen Apotheke",
	"Elektro-Huber", "Zahnarzt Praxis"."""
	s = name_or_core(rng, c, .6)
	opts = [(a, b) for a, b in COMPOUND if a in s]
	if not opts:
		return None
	a, bs = rng.choice(opts)
	t = s.replace(a, rng.choice(bs), 1)
	return t[:1].upper() + t[1:]


TITLES = [("Dr. med. dent. ", ["Dr. ", "", "Dr.med.dent. "]),
	("Dr. med. ", ["Dr. ", "", "Dr.med. "]), ("Dr. ", ["", "Doktor "]),
	("Dipl.-Ing. ", ["", "Dipl. Ing. ", "DI "]), ("Dipl.-Kfm. ",
	["", "Dipl. Kfm. "]), ("Mag. ", ["", "Magister "]), ("DI ",
	["Dipl.-Ing. ", ""])]


def n_title(rng, g, c):
	"""A title said another way or dropped: "Praxis Dr. Huber", "Praxis
	Huber", "Ingenieurbüro Franz Huber"."""
	s = name_or_core(rng, c, .7)
	for a, bs in TITLES:
		if a in s:
			return s.replace(a, rng.choice(bs), 1)
	return None


# The register court of each desk's firms, as an Impressum names it
# (Berlin's is the Amtsgericht Charlottenburg; Vienna's the Handelsgericht).
COURT = {"MUC": "AG München", "STR": "AG Stuttgart", "FRA": "AG Frankfurt "
	"am Main", "CGN": "AG Köln", "HAM": "AG Hamburg", "BER":
	"AG Charlottenburg", "LEJ": "AG Leipzig", "VIE": "HG Wien", "GRZ":
	"LG Graz", "LNZ": "LG Linz", "INN": "LG Innsbruck"}


def n_register(rng, g, c):
	"""The HRB / HRA / FN of a name that carries it: alone after the
	name, run together, with the court, or first."""
	if not c["reg"]:
		return None
	lab, num = c["reg"].split()
	base = name_or_core(rng, c, .5).replace(" (%s)" % c["reg"], "")
	base = re.sub(r"[,-] %s$" % re.escape(c["reg"]), "", base).strip()
	if lab == "FN" and rng.random() < .5:
		num = num[:-1] + " " + num[-1]
	r = rng.random()
	if r < .35:
		return "%s %s%s" % (base, lab, num)
	if r < .6:
		return "%s, %s %s %s" % (base, COURT[c["desk"]], lab, num)
	if r < .8:
		return "%s %s - %s" % (lab, num, base)
	return "%s (%s: %s)" % (base, lab, num)


def n_branch(rng, g, c):
	"""A site after the name: an Ortsteil, the town, a word for a
	branch."""
	s = name_or_core(rng, c, .6)
	ots = ORTSTEILE.get(c["town"], [])
	r = rng.random()
	if r < .4 and ots:
		site = rng.choice(["OT ", "", "Standort ", "Filiale "]) + \
			rng.choice(ots)
	elif r < .6 and not c["in_town"]:
		site = c["town"]
	else:
		site = rng.choice(HALLS.get(c["sector"], SITES))
	return rng.choice(["%s - %s", "%s (%s)", "%s / %s", "%s, %s"]) % (s,
		site)


def n_town(rng, g, c):
	"""The town, or for a city its Stadtteil, put to a name that has
	none: "Schreinerei Huber Erding", "Elektro Yılmaz (Köln-Ehrenfeld)"."""
	if c["in_town"]:
		return None
	s = name_or_core(rng, c, .6)
	town = c["town"]
	ots = ORTSTEILE.get(town)
	if ots and rng.random() < .4:
		town = "%s-%s" % (town.split()[0], rng.choice(ots))
	return rng.choice(["%s %s", "%s (%s)", "%s in %s"]) % (s, town)


def n_yz(rng, g, c):
	"""y and z swapped: a German name typed on a US layout ("Mezer",
	"Schwary") or the other way."""
	s = name_or_core(rng, c, .6)
	if not re.search("[yzYZ]", s):
		return None
	return s.translate(str.maketrans("yzYZ", "zyZY"))


n_contact = lk.contact_row(lambda rng, c, p: rng.choice(["", "", "",
	"(Inhaber)", "(Büro)", "(Buchhaltung)", "(Sekretariat)",
	"(Praxis)" if c["sector"] == "praxis" else "(Chef)"]))
n_person = ck.person_row(lambda rng, c: rng.random() < .15)
n_domain = lk.domain_row(FREE)


def n_mixed(rng, g, c):
	first = rng.choice([n_legal, n_abbrev, n_umlaut, n_compound, n_title,
		n_reorder, n_branch])(rng, g, c)
	turn = rng.choice([n_typo, n_caps, n_lower, n_truncated, n_umlaut])
	return first and turn(rng, g, dict(c, name=first, core=first))


KINDS = [("exact", lk.n_exact, 11), ("caps", n_caps, 3),
	("lower", n_lower, 3), ("typo", n_typo, 8), ("two typos", n_typo2, 3),
	("truncated", n_truncated, 4), ("reorder", n_reorder, 3),
	("abbrev", n_abbrev, 4), ("acronym", n_acronym, 2),
	("legal", n_legal, 7), ("branch", n_branch, 3), ("town", n_town, 3),
	("umlaut", n_umlaut, 6), ("diacritics", n_diacritics, 3),
	("compound", n_compound, 4), ("title", n_title, 3),
	("register", n_register, 3), ("yz", n_yz, 1),
	("contact", n_contact, 3), ("person", n_person, 2),
	("domain", n_domain, 2), ("mixed", n_mixed, 4)]


# ---------------------------------------------------------------- impostors
i_fresh, i_prospect = lk.fresh_rows(lambda rng, desk:
	make_customer(rng, 0, desk, outside=True), named_by, PROSPECT)


def i_town(rng, g, c):
	"""A customer's pharmacy, Gemeinde, club, school, inn or Autohaus
	name in a town of the desk where no customer is: "Löwen-Apotheke
	Wasserburg" for "Löwen-Apotheke Dachau"."""
	if not c["in_town"]:
		return None
	t = c["core"].replace(c["town"], rng.choice(ELSEWHERE[c["desk"]]))
	if t == c["core"]:
		return None
	return t + (" " + c["legal"] if c["legal"] and rng.random() < .5
		else "")


def i_body(rng, g, c):
	"""The same town's Stadtwerke, Feuerwehr, Bauhof, school, club or
	library beside a Gemeinde, Markt or Stadt: "Freiwillige Feuerwehr
	Haar" for "Gemeinde Haar"."""
	if c["sector"] != "gemeinde" or not c["in_town"] or not c["small"] or \
			c["core"].startswith(("Stadtwerke", "Zweckverband",
			"Abwasserzweckverband")):
		return None
	t = rng.choice(BODIES).format(T=c["town"])
	return t if rng.random() < .7 or not t.startswith("Stadtwerke") else \
		t + " GmbH"


def i_family(rng, g, c):
	"""A "{P}" firm's surname and trade with another given name, and the
	other of GmbH / GmbH & Co. KG: another family member's firm ("Elektro
	Thomas Huber GmbH & Co. KG" beside "Elektro Josef Huber GmbH")."""
	if not c["pname"] or c["sector"] not in ("handwerk", "autohaus"):
		return None
	first, sur = c["owner"]
	other = person(rng, c["group"], .3)[0]
	if other == first:
		return None
	t = c["core"].replace(c["pname"], "%s %s" % (other, sur), 1)
	forms = {"GmbH": "GmbH & Co. KG", "GmbH & Co. KG": "GmbH",
		"GmbH & Co KG": "GmbH", "Ges.m.b.H.": "GmbH & Co KG"}
	return "%s %s" % (t, forms.get(c["legal"], rng.choice(["GmbH",
		"GmbH & Co. KG" if c["cc"] == "DE" else "GmbH & Co KG"])))


def i_register(rng, g, c):
	"""A name that carries its HRB or FN typed with another number, two
	digits off at least: another court's firm of the same name."""
	if not c["reg"]:
		return None
	lab, num = c["reg"].split()
	digits = re.match(r"\d+", num).group(0)
	new = str(int(digits) + rng.choice([-1, 1]) * rng.randint(100, 9000))
	if int(new) < 1000 or lk.la.within1(new, digits) or new in g.regs:
		return None
	new += num[len(digits):]
	return "%s %s %s" % (c["core"], c["legal"], rng.choice(["%s %s",
		"(%s %s)", "- %s %s"]) % (lab, new))


other_trade = lk.trade_picker(skel_words, ELSE_TRADE)


def i_trade(rng, g, c):
	"""The same family name's other trade: "Fahrschule Huber" beside
	"Schreinerei Huber"."""
	tr = c["surs"] and other_trade(rng, c)
	if not tr:
		return None
	t = "%s %s" % (tr, c["surs"][0]) if rng.random() < .6 else \
		"%s %s" % (c["surs"][0], tr)
	return t + (" " + lk.wpick(rng, LEGAL[c["cc"]]) if rng.random() < .3
		else "")


def i_common(rng, g, c):
	tr = other_trade(rng, c)
	return tr and "%s %s" % (tr, rng.choice(COMMON))


def i_rare(rng, g, c):
	tr = c["brand"] in RARE and other_trade(rng, c)
	return tr and "%s %s" % (c["brand"], tr)


i_person, i_personal = lk.person_impostors(ck,
	lambda rng, c: person(rng, group_at(rng, c["desk"])),
	["", "", "", "Dr. ", "Mag. "], PERSONAL)


KEPT = ("id", "name", "syncro", "contacts", "assets")
BENCH = ("BENCH-%s-%02d", 4)	# each desk's bench machines
CLOCK = (1842000000, 967, 70)	# numbered()'s start, step and minutes

IMPOSTORS = lk.impostor_kinds((
	("same shape", i_fresh, 14), ("other town", i_town, 10),
	("other body", i_body, 16), ("other family", i_family, 12),
	("other register", i_register, 5), ("other trade", i_trade, 9),
	("common surname", i_common, 6), ("rare word", i_rare, 5),
	("person", i_person, 7), ("vendor", lk.one_of(VENDORS), 8),
	("prospect", i_prospect, 5), ("personal", i_personal, 6),
	("own staff", lk.one_of(STAFF), 5)))


if __name__ == "__main__":
	lk.desk_main("blind43", ck, population, index, KINDS, IMPOSTORS,
		KEPT, BENCH, TECHS, CLOCK)
