#!/usr/bin/env python3
# gen-link-blind50.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 30: the lead runs it once).  A French MSP
# serving metropolitan France alone (Corsica included, no overseas
# department): one Syncro account, one ScreenConnect, desks in Paris
# (PAR: Île-de-France), Lyon (LYS: Rhône, Loire, Ain, Isère, Haute-
# Savoie), Marseille (MRS: Provence and Corsica, 2A and 2B), Lille (LIL:
# Nord and Pas-de-Calais), Toulouse (TLS: Haute-Garonne, Tarn, Tarn-et-
# Garonne, Gers), Bordeaux (BOD: Gironde and the Basque coast), Nantes
# (NTE: Loire-Atlantique, Maine-et-Loire, Vendée) and Strasbourg (SXB:
# Alsace).  Customers: small firms as SARL, SAS, SASU, EURL, SA and SNC
# ("SARL Boulangerie Martin", "Garage Petit & Fils SAS", "Ets Moreau",
# "Durand Frères"), liberal professions as SCP, SELARL, SELAS and SCM
# (notaires, avocats, médecins, dentistes, vétérinaires: "SCP Martin et
# Robin", "Étude de Maître Anne Roux", "Cabinet médical du Dr X"),
# pharmacies, farms (GAEC, EARL, SCEA), SCI, associations loi 1901,
# mairies and communes ("Mairie de Saint-Jean-de-Luz", "Commune de ..."),
# communautés de communes and d'agglomération, SIVOM and SIVU, EHPAD,
# copropriété résidences named alike in many towns ("Résidence Les
# Tilleuls, Pessac"), franchise stores each its own company under a
# shared enseigne ("Optique Lumière Villeurbanne", "Dumont Commerce SAS
# (Optique Lumière Villeurbanne)"); some names carry their SIREN, the
# communes whose name other departments also have carry their department
# ("Mairie de Mons (31)").  Writes OUTDIR/customers.json (as Syncro's GET
# /customers returns them: id, business_name, firstname, lastname, email,
# phone, address, address_2, city, state, zip, contacts, assets),
# names.tsv (typed TAB true id or "" TAB kind TAB machine), sessions.jsonl
# and sessions-machine.jsonl through linkgen.desk_main.  Python stdlib
# only, deterministic for a seed.  Customer ids from 50000000 (below
# 50200000 at 50,000 customers: the id grows by 1 to 3 with a customer
# kept), contacts' and assets' from 50300001 (below 51000000).
#
# Where each shape comes from ("found": found with the session's search
# tool; "known": public knowledge, no search):
# - Legal forms and their place (found: sas-sasu.info on Code de commerce
#   L224-1 - the denomination is "preceded or followed" by the form, "SAS
#   Phileas Fogg et Passepartout" or "La Librairie du Tour du Monde SAS",
#   a SASU named as SAS; lawperationnel.com - SNC, SA, SARL, SAS carry a
#   denomination sociale, civil companies a raison sociale of partners'
#   names; legal-booster.fr - the name may be the trade, a partner's name
#   ("Maison Jacquard SAS") or a fancy name, and a long one a sigle;
#   valoxy.org - "SARL MOUTON, LAPIN SA"; entreprises-et-droit.fr - the
#   nom commercial and the enseigne of an establishment beside the
#   denomination): the form before or after the core, respelt (S.A.R.L.,
#   Sarl, S.A.S.) or dropped as typed.
# - Notaries (found: legal.tricoteuses.fr, decret 67-868 art. 5 - a SCP
#   of notaries holds one or more offices, each with a partner named in
#   it; juriblio.fr, decret 2016-883 art. 22-23 - the company titulaire
#   d'un office notarial, each partner signs as notaire associe;
#   lidn.fr, notariat2000.com - several offices in one town since the
#   loi Macron): "SCP X et Y", "SELARL X & Associes", "Office notarial
#   de T", "Etude de Maitre G S"; another notary's office in the same
#   town is another body.
# - Farms (found: agriculture.gouv.fr and scribium.com - GAEC, EARL and
#   SCEA are the farms' civil companies, a GAEC of 2 to 10 partners,
#   often parents and children; annonces-legales.fr): "GAEC du Moulin",
#   "EARL Martin", "SCEA des Vignes"; the partners' family name on one.
# - Copropriete (found: syndicenligne.com, fr.foncia.com, bdidu.fr - the
#   syndicat des copropriétaires of a residence is a body of its own,
#   represented by its syndic): a residence's name with its town; the
#   same residence name in another town is another syndicat.
# - Communes of one name (found: france3-regions.francetvinfo.fr and
#   francetvinfo.fr - 4,300 communes begin with Saint or Sainte, 26 are
#   Saint-Martin alone; legarsvoyage.com - Saint-Denis in the Aude, the
#   Creuse, the Gard, the Lot and Seine-Saint-Denis, Saint-Sauveur in
#   eleven departments (05, 21, 24, 29, 31, 33, 38, 54, 60, 70, 80), Mons
#   in seven (16, 17, 30, 31, 34, 63, 83), Saumur in Maine-et-Loire and
#   Haute-Vienne; news.dayfr.com - 4,700 communes have a perfect
#   homonym): such a commune's bodies carry the department, another
#   department's commune of the name is another body.
# - SIREN and SIRET (found: thknngzqb6-spec/DOCPROS
#   src/lib/validation/siretValidation.ts and fbonnafous31/eInvoicing
#   frontend/src/utils/siret.js - nine digits with a Luhn check, the
#   SIRET fourteen, the SIREN then a five-digit establishment number,
#   Luhn over all): on some firms' names, typed spaced "123 456 789",
#   run together, as the SIRET, with "SIREN" or "RCS"; another valid
#   SIREN is another company.
# - Surnames (found: filae.com - Martin, Bernard, Thomas, Petit, Robert,
#   Richard, Durand, Dubois, Moreau, Laurent first, Lefebvre 13th;
#   rtl.fr - Blanc and Garcia after Martin in the Bouches-du-Rhône;
#   fr.style.yahoo.com - Meyer and Schmidt (here Schmitt) in Alsace,
#   Garcia, Fernandez in the south-west); the rest of the lists and the
#   given names (known: common French names, Alsatian, Flemish, Basque
#   and Corsican ones by region).  Surnames that are also given names
#   (Thomas, Robert, Laurent ...) are kept off the given names.
# - Places (known): each desk's towns, departments (69, 13, 2A, 2B ...)
#   and postcodes (Corsica 20xxx), telephone zones 01 to 05; towns of
#   each desk no customer is in; Saint/St, Sainte/Ste, hyphens typed as
#   spaces.
# - Public bodies (known): the CCAS, the office de tourisme, the comite
#   des fetes, the paroisse, a college of a commune are other bodies than
#   its mairie; CC and CA for communaute de communes / d'agglomeration.
# - Keyboard (known): the French AZERTY rows, accents dropped or typed
#   the wrong way (é as è), oe / ae for œ / æ, apostrophes dropped.
# - Vendors (known): French telecoms, software and wholesalers (Orange
#   Business, OVHcloud, Cegid, EBP, Pharmagest, Doctolib ...).
#
# Real-row kinds (shares in KINDS): exact, caps, lower, typo (AZERTY),
# two typos, accent (dropped or wrong), hyphen (hyphens as spaces,
# Saint/St, Sainte/Ste, apostrophes dropped), truncated, reorder
# ("Martin Boulangerie"), abbrev (Ets / Établissements, Sté / Société,
# & Cie / et Cie, & Fils / et Fils, Frères / Fres, Dr / Docteur, Me /
# Maître, CC / CA,
# Mairie / Commune / Ville, Asso, Copro ...), acronym, legal (dropped,
# moved, respelt), department (the department after the name), site (a
# site or desk of the customer after the name), enseigne (a franchise
# store by its company or its enseigne and town alone), contact, person,
# domain, siren, doctor (a named practice or office typed as its
# doctor or maître), mixed.
# Impostors (about 37% of rows): same shape (a fresh name of the
# customers' templates, its words from an outside block), other town (a
# town-named body of a town no customer is in), other department (the
# same body of a namesake commune in another department), family SCI
# (the family's SCI beside the operating company), other store (the
# enseigne's store in a town where none is a customer), other notary
# (another office in the notaries' town), residence namesake (the
# residence's name in another town), municipal body (CCAS, office de
# tourisme ... of a customer commune), family member (a named doctor's,
# notary's or owner's relative of another given name), other trade (the
# same surname in a trade no customer has), other SIREN, person, vendor,
# prospect, personal, own staff.  The share holds at 50,000 customers
# (same_class), where the person-like kinds get few and others fill.
#
# Machines (linkgen.machine): a real row on one of its customer's assets
# 72%, another customer's 4%; impostors on unknown machines, a shared role
# name (ACCUEIL, SECRETARIAT, CAISSE1 ...) 18%, own staff on the bench.
#
# Labels: rows label-audit.py doubts are drawn again, and so are
# impostors that, read through this generator's skeleton (accents
# folded, œ as oe, hyphens and apostrophes as spaces, legal forms,
# articles, titles dropped, Saint/Sainte/Sté as one word, mairie /
# commune / ville as one word, the abbreviations read as their words,
# SIREN and SIRET read as the SIREN), are a customer's name or one of
# its forms, hold every word of one but one, or hold a listed person's
# whole name (linkgen.Checks with parts_known and pairs).  A contact typed
# alone is a real row only when no other customer has a contact so named.
import os
import re
import sys
from itertools import accumulate

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linkgen as lk  # noqa: E402

# ---------------------------------------------------------------- places
# Each desk: its telephone zone, then (town, department, weight).
DESKS = {
	"PAR": ("01", [("Paris", "75", 10), ("Saint-Denis", "93", 2),
		("Boulogne-Billancourt", "92", 2), ("Versailles", "78", 2),
		("Créteil", "94", 1), ("Argenteuil", "95", 1), ("Nanterre", "92", 1),
		("Saint-Maur-des-Fossés", "94", 1), ("Rambouillet", "78", 1),
		("Étampes", "91", 1), ("Provins", "77", 1)]),
	"LYS": ("04", [("Lyon", "69", 9), ("Villeurbanne", "69", 2),
		("Saint-Étienne", "42", 2), ("Vienne", "38", 1),
		("Bourg-en-Bresse", "01", 1), ("Villefranche-sur-Saône", "69", 1),
		("Annecy", "74", 1), ("Sainte-Foy-lès-Lyon", "69", 1),
		("L'Arbresle", "69", 1), ("Montbrison", "42", 1)]),
	"MRS": ("04", [("Marseille", "13", 9), ("Aix-en-Provence", "13", 3),
		("Toulon", "83", 2), ("Aubagne", "13", 1), ("Avignon", "84", 1),
		("Ajaccio", "2A", 1), ("Bastia", "2B", 1), ("La Ciotat", "13", 1),
		("Salon-de-Provence", "13", 1), ("Porto-Vecchio", "2A", 1),
		("L'Isle-sur-la-Sorgue", "84", 1)]),
	"LIL": ("03", [("Lille", "59", 9), ("Roubaix", "59", 2),
		("Tourcoing", "59", 2), ("Villeneuve-d'Ascq", "59", 2),
		("Arras", "62", 1), ("Lens", "62", 1), ("Dunkerque", "59", 1),
		("Saint-Omer", "62", 1), ("Valenciennes", "59", 1),
		("Hazebrouck", "59", 1), ("Bailleul", "59", 1)]),
	"TLS": ("05", [("Toulouse", "31", 9), ("Colomiers", "31", 1),
		("Montauban", "82", 1), ("Albi", "81", 1), ("Mons", "31", 1),
		("Saint-Gaudens", "31", 1), ("Castres", "81", 1),
		("L'Isle-Jourdain", "32", 1), ("Revel", "31", 1),
		("Gaillac", "81", 1)]),
	"BOD": ("05", [("Bordeaux", "33", 9), ("Mérignac", "33", 2),
		("Pessac", "33", 2), ("Libourne", "33", 1), ("Arcachon", "33", 1),
		("Saint-Sauveur", "33", 1), ("Bayonne", "64", 1),
		("Saint-Jean-de-Luz", "64", 1), ("Pau", "64", 1),
		("Saint-Émilion", "33", 1), ("Hendaye", "64", 1)]),
	"NTE": ("02", [("Nantes", "44", 9), ("Saint-Herblain", "44", 2),
		("Rezé", "44", 1), ("Saint-Nazaire", "44", 2), ("Angers", "49", 2),
		("Saumur", "49", 1), ("La Roche-sur-Yon", "85", 1),
		("Cholet", "49", 1), ("Clisson", "44", 1), ("Guérande", "44", 1)]),
	"SXB": ("03", [("Strasbourg", "67", 9), ("Schiltigheim", "67", 2),
		("Illkirch-Graffenstaden", "67", 1), ("Haguenau", "67", 1),
		("Colmar", "68", 2), ("Mulhouse", "68", 2), ("Sélestat", "67", 1),
		("Obernai", "67", 1), ("Molsheim", "67", 1),
		("Ribeauvillé", "68", 1)])}
DESK_SHARE = [("PAR", 22), ("LYS", 14), ("MRS", 13), ("LIL", 11),
	("TLS", 10), ("BOD", 11), ("NTE", 10), ("SXB", 9)]
TOWN_CUM = {d: list(accumulate(t[2] for t in v[1])) for d, v in
	DESKS.items()}
# Communes whose name other departments have too (found, see above):
# their bodies carry the department; the others' are impostors.
NAMESAKE = {"Saint-Denis": ["11", "23", "30", "46"], "Mons": ["16", "30",
	"34", "63", "83"], "Saint-Sauveur": ["21", "24", "29", "38", "60",
	"80"], "Saumur": ["87"]}
# Towns of each desk where no customer is (other-town impostors).
ELSEWHERE = {"PAR": ["Montreuil", "Vincennes", "Ivry-sur-Seine",
	"Pontoise", "Meaux"], "LYS": ["Vénissieux", "Bron", "Écully",
	"Givors", "Roanne"], "MRS": ["Martigues", "Marignane", "Hyères",
	"Arles", "Istres"], "LIL": ["Douai", "Armentières", "Calais",
	"Béthune", "Maubeuge"], "TLS": ["Blagnac", "Muret", "Balma",
	"Tournefeuille", "Auch"], "BOD": ["Talence", "Bègles", "Biarritz",
	"Anglet", "Dax"], "NTE": ["Vertou", "Orvault", "Laval", "Challans",
	"Ancenis"], "SXB": ["Saverne", "Bischheim", "Guebwiller", "Wissembourg",
	"Erstein"]}
ALL_TOWNS = [t[0] for v in DESKS.values() for t in v[1]]
assert not set(n for v in ELSEWHERE.values() for n in v) & set(ALL_TOWNS)
# Pays and valleys the intercommunal bodies are named after, by desk.
PAYS = {"PAR": ["du Pays de Limours", "des Portes de l'Essonne",
	"de la Haute Vallée de Chevreuse"], "LYS": ["des Monts du Lyonnais",
	"du Pays de l'Arbresle", "de la Vallée du Garon"], "MRS":
	["du Pays d'Aubagne", "de la Sainte-Baume", "de l'Alta Rocca"],
	"LIL": ["des Weppes", "de la Pévèle", "des Flandres"], "TLS":
	["des Coteaux du Girou", "du Lauragais", "de la Save"], "BOD":
	["de l'Entre-deux-Mers", "du Sud Pays Basque", "des Landes de Gascogne"],
	"NTE": ["du Vignoble nantais", "d'Erdre et Gesvres", "du Pays de Retz"],
	"SXB": ["du Kochersberg", "du Ried", "de la Vallée de la Bruche"]}
STREET = ["rue de la République", "avenue Jean Jaurès", "place de l'Église",
	"boulevard Gambetta", "rue Victor Hugo", "rue du Général de Gaulle",
	"avenue de la Gare", "rue Pasteur", "impasse des Lilas",
	"chemin des Vignes", "rue des Écoles", "allée des Tilleuls"]

# ---------------------------------------------------------------- people
NATIONAL = """Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau
	Laurent Simon Lefebvre Leroy Roux David Bertrand Morel Fournier Girard
	Bonnet Dupont Lambert Fontaine Rousseau Vincent Faure André Mercier
	Guérin Boyer Garnier Chevalier Legrand Gauthier Perrin Robin Clément
	Morin Henry Roussel Mathieu Masson Marchand Duval Dumont Lemaire Noël
	Dufour Meunier Brun Blanchard Giraud Joly Rivière Brunet Gaillard
	Barbier Arnaud Roche Renard Colin Caron Picard Aubert Lemoine Renaud
	Dumas Lacroix Bourgeois Benoît Leclerc Rolland Guillot Hubert Berger
	Carpentier Dupuis Moulin Deschamps Huet Boucher Fleury Royer Jacquet
	Poirier Guyot Carré Charpentier Ménard Maillard Baron Bertin Bailly
	Collet Léger Bouvier Prévost Millet Perrot Cousin Germain Breton
	Langlois Pelletier Lévêque Perrier Lebrun Mallet Hamon Boulanger
	Gillet Chauvin Bouchet Humbert Pichon Lejeune Lamy Delaunay Pasquier
	Laporte Tessier Rigaud Marchal Vasseur Barre Guillon Hardy Charrier
	Bigot Blondel Bodin Bouquet Briand Camus Chauveau Cordier Coulon
	Courtin Delage Devaux Dupré Ferrand Gautier Gervais
	Grenier Guichard Guillet Jacob Jourdan Labbé Lacombe Langlais
	Leblanc Lebon Lecomte Leconte Lemaître Lenoir Leroux Lesage Loiseau
	Maurin Michaud Monnier Navarro Parent
	Payen Perret Pinto Poulain Raynaud Regnier Renaudin
	Sauvage Texier Thibault Vallée Verdier""".split()
REGIONAL = {"MRS": """Blanc Garcia Martinez Fabre Vidal Roux Giraud Bonifay
	Santoni Luciani Casanova Paoli Pietri Orsini Ferrara Rinaldi""".split(),
	"TLS": """Garcia Fernandez Lopez Sanchez Fabre Castel Pujol Cazeneuve
	Bousquet Delpech Rouquette Soulié Esquirol""".split(),
	"BOD": """Etcheverry Irigoyen Larralde Haramboure Lafargue Dufau
	Labat Darrieux Lacoste Castaing Ducasse Lalanne""".split(),
	"LIL": """Delattre Vandamme Desmet Dewitte Vanhove Lemaire Delcroix
	Dhondt Verhaeghe Decock Leclercq Delannoy""".split(),
	"SXB": """Meyer Schmitt Muller Klein Weber Schneider Fischer Wolff Koch
	Kieffer Hoffmann Zimmermann Bauer Heitz""".split(),
	"NTE": """Guérin Hamon Tessier Jouan Bréhier Ollivier Chauvet Raimbault
	Macé Guillou Priou Baudry""".split(),
	"LYS": """Chapuis Jacquier Bonnard Perrier Berthet Guillot Rey Ravier
	Blanchet Chaize Collomb Bouvard""".split(),
	"PAR": """Nguyen Benali Haddad Lefèvre Morvan Cohen Mendes Perret
	Teixeira Ferreira""".split()}
MEN = """Jean-Marc Jean-Luc Alain Christophe Stéphane Sébastien Frédéric
	Jérôme Julien Cédric Xavier Thierry Pascal Didier Yannick Grégory Romain
	Maxime Florian Kévin Bruno Patrick Éric Fabrice Ludovic Hugo Loïc
	Jean-Baptiste""".split()
WOMEN = """Nathalie Isabelle Sylvie Catherine Valérie Sandrine Véronique
	Christine Céline Stéphanie Aurélie Émilie Sophie Élodie Karine
	Marie-Christine Marie-Claire Anne-Sophie Laetitia Caroline Delphine
	Virginie Hélène Béatrice Chloé Camille Manon Agnès""".split()
assert not (set(MEN) | set(WOMEN)) & (set(NATIONAL) |
	{s for v in REGIONAL.values() for s in v})
# Surnames and names no customer draws (same-shape impostors).
OUT_SURNAME = ["Quéméneur", "Vaillancourt", "Barthès", "Lhermitte",
	"Courtois", "Vergnaud", "Aubineau", "Pradel", "Fauvel", "Ribot"]
OUT_BRAND = ["Les Glycines", "Le Belvédère", "La Pinède", "Les Hortensias",
	"Le Cèdre Bleu", "Les Mouettes"]
OUT_ENSEIGNE = ["Ciel Optique", "Fournil Doré"]

# ---------------------------------------------------------------- words
BRAND = ["Horizon", "L'Étoile", "Les Acacias", "Beausoleil", "Arc-en-Ciel",
	"La Source", "L'Olivier", "Le Colombier", "La Roseraie", "Les Érables",
	"Bel Air", "Le Phare", "Saint-Michel", "Sainte-Anne", "Pasteur",
	"Voltaire", "Les Platanes", "Le Moulin Vert", "Les Marronniers",
	"L'Atelier", "Le Verger", "La Fontaine", "Les Alizés", "Le Mistral",
	"Cœur de Ville", "Les Coquelicots", "Val Fleuri", "L'Escale",
	"Le Lavoir", "La Garenne", "Les Cigales", "Le Grand Chêne",
	"Bellevue", "L'Orée du Bois", "Les Vignes", "La Clairière"]
# Residences (copropriete), named alike in many towns.
RESIDENCE = ["Les Tilleuls", "Le Parc", "Les Jardins de la Gare",
	"Les Terrasses", "Le Clos des Pins", "Les Rives", "Le Belvédère Sud",
	"Les Hauts de Ville", "Le Carré d'Or", "Les Jardins d'Arcadie",
	"Le Domaine des Chênes", "Les Balcons du Lac", "La Résidence du Port",
	"Le Square Voltaire", "Les Magnolias"]
# Farm names (lieux-dits).
FARM = ["du Moulin", "de la Ferme Neuve", "des Trois Chênes", "du Bois Joli",
	"de la Grange", "des Prés Verts", "de la Croix Blanche",
	"du Haut Pré", "des Sources", "de la Vallée", "du Petit Bois",
	"des Coteaux", "de Beauregard", "du Mas Blanc", "des Peupliers"]
# Franchise enseignes (invented): each store is its own company.
ENSEIGNE = ["Optique Lumière", "Fournil d'Antan", "Coiff'Idéal",
	"Auto Sécurité Plus", "Immo Clé d'Or", "Bio & Vous", "Pressing Éclat",
	"Fleurs de Saison", "Pizza Tino", "Maxi Outils"]
COMPANY = ["{S} Commerce", "{S} Distribution", "SDL {S}", "Groupe {S}",
	"{S} Développement"]
# Sectors: (weight, legal-form share, forms, templates, roles).  {S} {S2}
# surnames, {G} a given name, {B} a brand, {T} the town, {R} a residence,
# {F} a farm, {P} a pays, {E} an enseigne; a template beginning "!"
# takes no legal form; "^" one whose form goes before.
COMMERCIAL = [("SARL", 40), ("SAS", 30), ("SASU", 8), ("EURL", 12),
	("SA", 5), ("SNC", 5)]
SECTORS = {
	"notaire": (5, 1, [("SCP", 60), ("SELARL", 30), ("SELAS", 10)],
		["^{S} et {S2}", "^{S} & Associés", "!Office notarial de {T}",
		"!Étude de Maître {G} {S}", "!Office notarial {S} et {S2}",
		"^{S}, {S2} et Associés, notaires"], ["ETUDE", "ACCUEIL",
		"FORMALITES"]),
	"avocat": (5, .7, [("SELARL", 55), ("SCP", 25), ("SELAS", 20)],
		["{S} Avocats", "{S} & {S2} Avocats", "Cabinet {S} Avocats",
		"!Maître {G} {S}, avocat", "!Cabinet de Maître {G} {S}"],
		["SECRETARIAT", "ACCUEIL"]),
	"medical": (8, .5, [("SCM", 70), ("SELARL", 30)],
		["Cabinet médical {B}", "!Cabinet médical du Dr {G} {S}",
		"!Maison de santé de {T}", "Centre médical de {T}",
		"Cabinet de kinésithérapie {S}", "Cabinet infirmier {B}"],
		["ACCUEIL", "SECRETARIAT", "CONSULT1", "CONSULT2"]),
	"dentaire": (4, .6, [("SCM", 60), ("SELARL", 40)],
		["Cabinet dentaire {S}", "!Cabinet dentaire du Dr {G} {S}",
		"Centre dentaire {B}", "Cabinet dentaire {S} et {S2}"],
		["ACCUEIL", "FAUTEUIL1", "RADIO"]),
	"veto": (4, .7, [("SELARL", 70), ("SCP", 30)],
		["Clinique vétérinaire {B}", "Clinique vétérinaire de {T}",
		"Cabinet vétérinaire {S}", "!Cabinet vétérinaire du Dr {G} {S}"],
		["ACCUEIL", "CONSULT", "CHIRURGIE"]),
	"pharmacie": (6, .8, [("SELARL", 50), ("SARL", 20), ("SNC", 20),
		("EURL", 10)], ["Pharmacie {B}", "Pharmacie de {T}",
		"Pharmacie {S}", "Grande Pharmacie {B}"], ["COMPTOIR1",
		"COMPTOIR2", "CAISSE1", "PREPA"]),
	"boulangerie": (5, .85, COMMERCIAL, ["Boulangerie {S}",
		"Boulangerie-Pâtisserie {S}", "Boulangerie {B}", "Maison {S}",
		"Au Fournil de {T}"], ["CAISSE1", "CAISSE2", "FOURNIL"]),
	"garage": (5, .85, COMMERCIAL, ["Garage {S}", "Garage {S} & Fils",
		"Garage de {T}", "Garage {B}", "Carrosserie {S}"], ["ATELIER",
		"RECEPTION", "MAGASIN"]),
	"batiment": (9, .85, COMMERCIAL, ["!Ets {S}", "Établissements {S}",
		"{S} Frères", "{S} & Fils", "Électricité {S}", "Plomberie {S}",
		"Menuiserie {S}", "{S} Bâtiment", "Maçonnerie {S} et {S2}",
		"Sté {S} Couverture", "{S} Frères & Cie"], ["BUREAU", "DEVIS", "ATELIER"]),
	"comptable": (5, .9, [("SAS", 45), ("SARL", 35), ("SA", 20)],
		["Cabinet {S}", "{S} & Associés", "Fiduciaire {B}",
		"{S} Expertise Comptable", "{B} Conseil", "{S} {S2} Audit"],
		["COMPTA1", "COMPTA2", "PAIE", "ACCUEIL"]),
	"immobilier": (4, .9, [("SARL", 50), ("SAS", 50)],
		["Agence {B} Immobilier", "{S} Immobilier", "Cabinet {S} Syndic",
		"Agence Immobilière de {T}"], ["NEGOCIATION", "GESTION",
		"ACCUEIL"]),
	"copro": (4, 0, [], ["Résidence {R}", "Copropriété {R}",
		"Syndicat des copropriétaires Résidence {R}"], ["LOGE",
		"GARDIEN"]),
	"franchise": (6, 1, [("SAS", 60), ("SARL", 25), ("SASU", 15)],
		["{E}"], ["CAISSE1", "CAISSE2", "BACKOFFICE"]),
	"mairie": (5, 0, [], ["Mairie de {T}", "Commune de {T}",
		"Ville de {T}"], ["ACCUEIL", "ETAT-CIVIL", "URBANISME",
		"SECRETARIAT"]),
	"interco": (3, 0, [], ["Communauté de communes {P}",
		"Communauté d'agglomération {P}", "SIVOM {P}",
		"SIVU scolaire {P}", "Syndicat intercommunal des eaux {P}"],
		["DGS", "COMPTA", "SERVICE-EAU"]),
	"ehpad": (4, 0, [], ["EHPAD {B}", "Maison de retraite {B}",
		"EHPAD de {T}", "Résidence autonomie {B}"], ["INFIRMERIE",
		"ACCUEIL", "CUISINE"]),
	"association": (5, 0, [], ["Association {B}",
		"Association sportive de {T}", "Comité des fêtes de {T}",
		"Association {B} (loi 1901)", "Amicale laïque de {T}",
		"École de musique de {T}"], ["BUREAU", "SECRETARIAT"]),
	"ferme": (4, 0, [], ["GAEC {F}", "EARL {F}", "EARL {S}",
		"SCEA {F}", "GAEC {S}-{S2}"], ["BUREAU", "TRAITE"]),
	"sci": (3, 0, [], ["SCI {S}", "SCI {B}", "SCI {S} {S2}"],
		["BUREAU"])}
LEGAL_ANY = {"SARL", "SAS", "SASU", "EURL", "SA", "SNC", "SCP", "SELARL",
	"SELAS", "SCM"}
RESPELL = {"SARL": ["S.A.R.L.", "Sarl", "sarl", "S.A.R.L"], "SAS": ["S.A.S.",
	"Sas", "sas", "S.A.S"], "SASU": ["S.A.S.U.", "Sasu", "SAS"], "EURL":
	["E.U.R.L.", "Eurl"], "SA": ["S.A.", "sa"], "SNC": ["S.N.C.", "snc"],
	"SCP": ["S.C.P.", "Scp"], "SELARL": ["Selarl", "SEL", "S.E.L.A.R.L."],
	"SELAS": ["Selas", "S.E.L.A.S."], "SCM": ["S.C.M.", "Scm"]}
TECHS = {"PAR": ["Mehdi Haddad", "Julie Morvan"], "LYS": ["Théo Berthet",
	"Léa Chapuis"], "MRS": ["Enzo Santoni", "Inès Bonifay"], "LIL":
	["Lucas Dewitte", "Pauline Delattre"], "TLS": ["Quentin Pujol",
	"Margaux Bousquet"], "BOD": ["Iban Etcheverry", "Clara Lafargue"],
	"NTE": ["Antoine Jouan", "Louise Priou"], "SXB": ["Nicolas Heitz",
	"Marie Kieffer"]}
VENDORS = ["Orange Business", "SFR Business", "Bouygues Telecom Entreprises",
	"Free Pro", "OVHcloud", "Cegid", "EBP Informatique", "Sage France",
	"Microsoft France", "LDLC Pro", "Inmac Wstore", "Ingram Micro France",
	"TD Synnex France", "Pharmagest", "Doctolib", "Cegedim Santé",
	"Ricoh France", "Konica Minolta France", "Chronopost", "La Poste Pro",
	"Berger-Levrault", "JVS Mairistem", "Syncro Support"]
# Own staff: the bench machines of each desk, and what they type.
BENCH = ("ATELIER-%s-%d", 6)
STAFF = ["Poste atelier 3", "PC de prêt 2", "Portable de prêt 5",
	"BANC-PAR-2", "Maquette W11", "Stock", "Retour SAV 14", "Image Win11",
	"Mehdi Haddad", "Léa Chapuis", "PC démo salon"]
# What Syncro keeps of a customer; numbered()'s start, step and minutes.
KEPT = tuple("id name syncro contacts assets".split())
CLOCK = (1849000000, 953, 60)
PERSONAL = ["PC perso {G} {S}", "{G} {S} (domicile)", "Portable {G}",
	"PC fils", "Télétravail {G} {S}", "{G} {S} - maison",
	"Ordinateur perso {S}", "PC famille {S}"]
PERSON = ["", "", "", "M. ", "Mme ", "Particulier - ", "Client particulier ",
	"Particulier : "]
PROSPECT = ["Devis - ", "Prospect : ", "RDV démo ", "Test - ",
	"Nouveau client ? ", "Essai ", "Avant-vente "]
# Trades no customer has (other-trade impostors).
TRADES = ["Coiffure", "Taxi", "Ambulances", "Auto-école", "Transports",
	"Paysagiste", "Charcuterie", "Traiteur", "Peinture", "Fleuriste",
	"Toilettage", "Serrurerie"]
# Another body of a customer commune (municipal-body impostors).
BODIES = ["CCAS de {T}", "Office de tourisme de {T}", "Paroisse de {T}",
	"Collège de {T}", "Centre social de {T}", "Syndicat d'initiative de {T}",
	"Médiathèque de {T}", "Crèche municipale de {T}"]
FREE = ("orange", "wanadoo", "free", "laposte", "sfr")

# ---------------------------------------------------------------- skeleton
LONG = {"ets": "etablissements", "etabl": "etablissements", "etab":
	"etablissements", "saint": "st", "sainte": "st", "ste": "st",
	"societe": "st", "mairie": "commune", "ville": "commune",
	"fres": "freres", "frs": "freres", "cc": "communaute communes",
	"ca": "communaute agglomeration", "comcom": "communaute communes",
	"agglo": "agglomeration", "asso": "association", "assoc":
	"association", "as": "association sportive", "pharma": "pharmacie",
	"pharm": "pharmacie", "cab": "cabinet", "med": "medical",
	"copro": "copropriete", "res": "residence", "resid": "residence",
	"gde": "grande", "immo": "immobilier", "clin": "clinique",
	"vet": "veterinaire", "kine": "kinesitherapie", "notaires": "notaire",
	"avocats": "avocat", "sdc": "syndicat coproprietaires",
	"synd": "syndicat", "si": "syndicat intercommunal",
	"boulang": "boulangerie", "elec": "electricite"}
DROP = set("sarl sas sasu eurl sa snc scp selarl selas scm sel sisa aarpi "
	"loi 1901 de du des la le les l d et a au aux en sur sous lès les "
	"dr docteur maitre me mtre cie compagnie co siren rcs siret "
	"s u r n c p e".split())


def fold(s):
	"""s in small plain letters, œ æ as oe ae, apostrophes and hyphens as
	spaces."""
	s = s.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae")
	s = lk.plain(s).lower()
	return re.sub(r"['’`-]", " ", s)


def _words(s):
	s = fold(s)
	# SIRET and SIREN, spaced or not: the SIREN, one word.
	s = re.sub(r"\b(\d{3}) ?(\d{3}) ?(\d{3})(?: ?\d{5})?\b", r" \1\2\3 ", s)
	return lk.dotted_words(s, LONG, DROP)


skel, skel_words, ck = lk.desk_checks(_words)


# ---------------------------------------------------------------- SIREN
def luhn_ok(digits):
	"""Luhn over digits, the check digit last (SIREN, SIRET)."""
	tot = 0
	for k, ch in enumerate(reversed(digits)):
		d = int(ch) * (2 if k % 2 else 1)
		tot += d - 9 if d > 9 else d
	return tot % 10 == 0


def with_check(head):
	return next(head + str(d) for d in range(10) if luhn_ok(head + str(d)))


def siren(rng):
	return with_check(str(rng.randint(30000000, 99999999)))


def siret(n, rng):
	return with_check(n + "%04d" % rng.randint(1, 30))


def siren_text(n, style=0):
	return ["%s %s %s", "%s%s%s", "%s.%s.%s"][style] % (n[:3], n[3:6],
		n[6:])


assert luhn_ok("732829320") and luhn_ok("73282932000074")	# Insee's own

# ---------------------------------------------------------------- customers
SECTOR_CUM = (list(SECTORS), list(accumulate(v[0] for v in
	SECTORS.values())))


def surname(rng, desk):
	reg = REGIONAL.get(desk)
	return rng.choice(reg if reg and rng.random() < .35 else NATIONAL)


def person(rng, desk, women=.5):
	return rng.choice(WOMEN if rng.random() < women else MEN), \
		surname(rng, desk)


def town_label(town):
	"""A town as a customer's name carries it: a namesake commune with
	its department."""
	name, dep = town[0], town[1]
	return "%s (%s)" % (name, dep) if name in NAMESAKE else name


def values(rng, c, outside):
	desk = c["desk"]
	g, s = person(rng, desk, .45)
	v = {"S": s, "G": g, "S2": surname(rng, desk), "B": rng.choice(BRAND),
		"T": c["tlabel"], "R": rng.choice(RESIDENCE), "F": rng.choice(FARM),
		"P": rng.choice(PAYS[desk]), "E": rng.choice(ENSEIGNE)}
	if outside:	# words no customer's name is made of
		o = rng.sample(OUT_SURNAME, 2)
		v.update(S=o[0], S2=o[1], B=rng.choice(OUT_BRAND),
			T=rng.choice(ELSEWHERE[desk]), R=rng.choice(OUT_BRAND),
			E=rng.choice(OUT_ENSEIGNE), F="des " + rng.choice(OUT_BRAND))
	if v["S"] == v["S2"]:
		return None
	return v


def elide(s):
	"""de before a vowel as d' (French elision): "Mairie d'Ajaccio"."""
	return re.sub(r"\b([Dd])e ([AEIOUYÉÈÎaeiouyéèî])", r"\1'\2", s)


def fill(tpl, v):
	return elide(re.sub(r"\{(\w+)\}", lambda m: v[m.group(1)], tpl))


def make_customer(rng, desk=None, outside=False):
	"""A customer record, None when its draw does not fit: name, core
	(less the legal form and SIREN), the words it is named by."""
	desk = desk or lk.wpick(rng, DESK_SHARE)
	town = rng.choices(DESKS[desk][1], cum_weights=TOWN_CUM[desk])[0]
	sector = rng.choices(SECTOR_CUM[0], cum_weights=SECTOR_CUM[1])[0]
	share, forms_, tpls = SECTORS[sector][1:4]
	if sector == "mairie" and town[2] > 2:
		return None	# the big cities' halls are no small MSP's
	c = {"desk": desk, "sector": sector, "town": town[0], "dep": town[1],
		"tlabel": town_label(town), "siren": None, "company": None,
		"before": False}
	v = values(rng, c, outside)
	if v is None:
		return None
	tpl = rng.choice(tpls)
	bare = tpl.startswith("!")
	before = tpl.startswith("^")
	tpl = tpl.lstrip("!^")
	core = fill(tpl, v)
	if sector == "mairie" and tpl.startswith("Ville") and town[2] < 2:
		return None	# a village is no "Ville"
	legal = ""
	if forms_ and not bare and rng.random() < share:
		legal = lk.wpick(rng, forms_)
	site = sector in ("copro", "franchise")
	if site:	# one of many of the name: its town tells it
		core = "%s %s" % (core, v["T"]) if sector == "franchise" else \
			rng.choice(["%s, %s", "%s - %s", "%s (%s)"]) % (core, v["T"])
		if "(" in v["T"] and "(" in core[:-len(v["T"])]:
			return None
	if legal:
		before = before or (legal in ("SCP", "SCM") or rng.random() < .4)
		name = "%s %s" % ((legal, core) if before else (core, legal))
	else:
		name = core
	if sector == "franchise" and rng.random() < .4:
		comp = fill(rng.choice(COMPANY), v)
		c["company"] = "%s %s" % (comp, legal)
		name = "%s (%s)" % (c["company"], core)
	elif legal in ("SARL", "SAS", "SASU", "EURL", "SA") and \
			rng.random() < .08:
		c["siren"] = siren(rng)
		name += rng.choice([" - SIREN %s", " (SIREN %s)", ", RCS %s"]) % \
			siren_text(c["siren"], rng.randint(0, 1))
	used = set(re.findall(r"\{(\w+)\}", tpl))
	surs = [v[k] for k in ("S", "S2") if k in used]
	c.update(name=name, core=core, legal=legal, before=before, tpl=tpl,
		surs=surs, named=(v["G"], v["S"]) if "G" in used else None,
		brand=v["B"] if "B" in used else None, site=site,
		in_town="T" in used or site, res=v["R"] if "R" in used else None,
		ens=v["E"] if "E" in used else None, v=v)
	return c


def named_by(c):
	"""(sector, skeleton word) for each word a customer is named by."""
	ws = [c["brand"], c["res"], c["ens"]] + c["surs"] + \
		[c["in_town"] and c["tlabel"]]
	ws = [w for w in ws if w] or [c["core"]]
	return [(c["sector"], skel(w)) for w in ws]


def less_siren(c):
	if not c["legal"]:
		return c["core"]
	return "%s %s" % ((c["legal"], c["core"]) if c["before"] else
		(c["core"], c["legal"]))


def forms(c):
	"""The names a customer goes by: its name, its core, its name less
	the SIREN, its company's name and its enseigne alone."""
	out = [c["name"], c["core"], less_siren(c)]
	if c["company"]:
		out += [c["company"], c["company"].rsplit(" ", 1)[0]]
	return out


def contacts(rng, c, ids):
	"""The named doctor, notary or owner first where there is one (the
	family's own name on a firm named for it, half the time), then up to
	three people of the desk; the first is the customer's own name and
	address in Syncro too."""
	ps = []
	if c["named"]:
		ps.append(c["named"])
	elif c["surs"] and rng.random() < .5:
		ps.append((person(rng, c["desk"])[0], c["surs"][0]))
	for _ in range(rng.randint(0, 3)):
		ps.append(person(rng, c["desk"]))
	out = [lk.contact(ids, gv, sn, c["domain"], lk.latin) for gv, sn in ps]
	first = out[0] if out else {}
	c["syncro"].update((k, first.get(k)) for k in ("firstname",
		"lastname", "email"))
	return out


assets = lk.core_assets(DROP, {s: v[4] for s, v in SECTORS.items()},
	lk.latin, lambda r, c: person(r, c["desk"])[0])


def address(rng, c):
	dep = c["dep"]
	head = "20" if dep in ("2A", "2B") else dep
	zipc = "750%02d" % rng.randint(1, 20) if c["town"] == "Paris" else \
		head + "%03d" % (rng.randint(0, 99) * 10)
	zone = DESKS[c["desk"]][0]
	return {"address": "%d %s" % (rng.randint(1, 140), rng.choice(STREET)),
		"address_2": rng.choice([None, None, None, "BP %d" %
		rng.randint(10, 999), "Bâtiment B", "ZA des Plantes", "1er étage",
		"CS %d" % rng.randint(10000, 99999)]), "city": c["town"],
		"state": dep, "zip": zipc, "phone": "%s %02d %02d %02d %02d" % (
		zone, rng.randint(10, 99), rng.randint(0, 99), rng.randint(0, 99),
		rng.randint(0, 99))}


def domain(rng, c, taken):
	"""The customer's own domain (.fr mostly; a free mailbox for a fifth
	of the small ones), a digit more where taken."""
	s = c["sector"]
	if rng.random() < .2 and s in ("medical", "association", "ferme",
			"boulangerie", "garage", "batiment", "copro", "sci"):
		return rng.choice(FREE) + rng.choice([".fr", ".fr", ".net"])
	word = c["ens"] or c["brand"] or c["res"] or (c["surs"] or [""])[0] or \
		c["town"]
	if (c["site"] or s in ("association", "ehpad")) and word != c["town"]:
		word += c["town"]
	d = re.sub("[^a-z0-9]", "", lk.latin(word).lower())[:18]
	d = d or re.sub("[^a-z0-9]", "", lk.latin(c["town"]).lower())
	d += rng.choice({"notaire": ["-notaires", "notaire"], "avocat":
		["-avocats", "avocat"], "medical": ["-medical", ""], "dentaire":
		["-dentaire"], "veto": ["-veto", "vet"], "pharmacie": ["pharmacie",
		"-pharma"], "boulangerie": ["", "boulangerie"], "garage": ["garage",
		"auto"], "batiment": ["", "-btp"], "comptable": ["-expertise",
		"conseil", "-ec"], "immobilier": ["immo", "-immobilier"], "copro":
		["copro"], "franchise": [""], "mairie": [""],
		"interco": ["cc", "-interco"], "ehpad": ["ehpad"], "association":
		["asso", ""], "ferme": ["gaec", ""], "sci": ["sci"]}[s])
	if s == "mairie":	# mairie-T.fr, ville-T.fr or T.fr
		d = rng.choice(["mairie-", "ville-", ""]) + d
	return lk.numbered_domain(d, ".fr", taken)


def population(rng, n):
	"""n customers, no two going by one form (each form's skeleton is
	taken once); ids 1 to 3 apart from 50000001 on."""
	g = lk.G()
	g.custs, g.shared, taken, doms = [], set(), set(), set()
	ids, cid = iter(range(50300001, 50999999)), 50000000

	def keys(c):
		return {skel(f) for f in forms(c)} if c else {""}
	while len(g.custs) < n:
		c = lk.draw_unseen(lambda: make_customer(rng), keys, taken, 60)
		if c is None:
			continue	# sixty draws all taken: draw again
		cid += rng.randint(1, 3)
		c["id"] = cid
		c["domain"] = domain(rng, c, doms)
		lk.add_customer(rng, g, c, ids, g.shared, address, contacts,
			assets)
	g.shared = sorted(g.shared)
	return g


def index(g):
	"""linkgen's indexes, the words each sector is named by, the SIRENs
	taken, each enseigne's and residence's towns, the notaries' towns."""
	lk.index_named(ck, g, forms, named_by, "sirens", lambda c: c["siren"])
	g.chains, g.res, g.notary_towns = {}, {}, set()
	for c in g.custs:
		if c["ens"]:
			g.chains.setdefault(c["ens"], set()).add(c["town"])
		if c["res"]:
			g.res.setdefault(c["res"], set()).add(c["town"])
		if c["sector"] == "notaire":
			g.notary_towns.add(c["town"])


# ---------------------------------------------------------------- typing
name_or_core = lk.name_or_core
AZERTY = ["1234567890", "azertyuiop", "qsdfghjklm", "wxcvbn"]
n_typo = lk.Typo(AZERTY).n_core_typo
n_typo2 = lk.Typo(AZERTY).n_core_typo2
n_caps, n_lower = lk.case_rows(r"[.,()'’-]")


def keeps(c, t):
	"""t keeps what tells c from its neighbours: its town where it is
	one of many of the name (a store, a residence), its SIREN where it
	types one."""
	ws = set(skel_words(t))
	by_company = c["company"] and set(skel_words(c["company"])) <= ws
	if c["site"] and not by_company and not set(skel_words(c["town"])) <= ws:
		return False
	return not (c["siren"] and re.search(r"\d{6}", t) and c["siren"] not in
		re.sub(r"\D", "", t))


def n_truncated(rng, g, c):
	"""linkgen's cut, not down to a listed person's name, keeping the
	surnames."""
	t = lk.n_truncated(rng, g, c)
	if not t or skel(t) in g.person:
		return None
	return t if all(s in t for s in c["surs"]) else None


WRONG = {"é": "è", "è": "é", "ê": "è", "à": "a", "ç": "c", "â": "a",
	"î": "i", "ô": "o", "û": "u", "ë": "e", "ï": "i", "É": "E", "È": "E",
	"œ": "oe", "Œ": "OE", "æ": "ae"}


def n_accent(rng, g, c):
	"""Accents dropped (a keyboard or a habit without them), or typed
	the wrong way (é for è); œ as oe."""
	s = name_or_core(rng, c, .5)
	if not any(ch in WRONG for ch in s):
		return None
	if rng.random() < .6:
		return lk.plain(s.replace("œ", "oe").replace("Œ", "OE"))
	return "".join(WRONG.get(ch, ch) for ch in s)


def n_hyphen(rng, g, c):
	"""Hyphens typed as spaces, Saint and Sainte as St and Ste (and back),
	apostrophes dropped or spaced."""
	s = name_or_core(rng, c, .5)
	t = s
	if rng.random() < .6:
		t = re.sub(r"\bSaint-", rng.choice(["St-", "St ", "St. "]), t)
		t = re.sub(r"\bSainte-", rng.choice(["Ste-", "Ste "]), t)
	if rng.random() < .6:
		t = t.replace("-", " ")
	if rng.random() < .5:
		t = re.sub(r"(\w)['’](\w)", rng.choice([r"\1 \2", r"\1\2"]), t)
	return t if t != s else None


def n_reorder(rng, g, c):
	"""The trade word and the surname the other way round: "Martin
	Boulangerie" for "Boulangerie Martin"."""
	ws = c["core"].split()
	if len(ws) != 2 or not c["surs"] or ws[1] != c["surs"][0]:
		return None
	t = "%s %s" % (ws[1], ws[0])
	return t + (" " + c["legal"] if c["legal"] and rng.random() < .4
		else "")


SHORT = [("Établissements", "Ets"), ("Établissements", "Etablissements"),
	("Ets", "Établissements"), ("Ets", "Ets."), ("Sté", "Société"),
	("Sté", "Ste"), ("& Cie", "et Cie"), ("& Cie", "et Compagnie"),
	("& Fils", "et Fils"), ("& Fils", "et fils"),
	("Frères", "Fres"), ("Frères", "Frs"), ("Dr", "Docteur"), ("Dr", "Dr."),
	("Maître", "Me"), ("Maître", "Maitre"), ("Communauté de communes",
	"CC"), ("Communauté de communes", "Comcom"),
	("Communauté d'agglomération", "CA"), ("Communauté d'agglomération",
	"Agglo"), ("Mairie de", "Commune de"), ("Commune de", "Mairie de"),
	("Ville de", "Mairie de"), ("Association", "Asso"),
	("Association sportive", "AS"), ("Copropriété", "Copro"),
	("Résidence", "Rés."), ("Syndicat des copropriétaires", "SDC"),
	("Cabinet médical", "Cab. médical"), ("Cabinet", "Cab."),
	("Pharmacie", "Pharma"), ("Grande Pharmacie", "Gde Pharmacie"),
	("Immobilier", "Immo"), ("Clinique vétérinaire", "Clinique véto"),
	("Boulangerie-Pâtisserie", "Boulangerie"), ("& Associés", "et Associés"),
	("Syndicat intercommunal", "SI"), ("Cabinet de kinésithérapie",
	"Cabinet de kiné"), ("Office notarial", "Étude"),
	("Électricité", "Elec"), ("Maison de retraite", "EHPAD")]


def swap_word(t, long, short):
	"""t with its first long (whole words, not inside a dotted,
	hyphenated or elided one) typed short."""
	pat = r"(?<![\w.'’-])" + re.escape(long) + r"(?![\w-])"
	return re.sub(pat, lambda m: short, t, count=1)


n_abbrev = lk.abbrev_row(SHORT, swap_word)


ARTICLES = {"de", "du", "des", "la", "le", "les", "l", "d", "et"}


def n_acronym(rng, g, c):
	"""A name of three words or more (articles aside), no person's,
	town's or store's, by its initials: "Communauté de communes du
	Kochersberg" as "CCK" or "CC Kochersberg"."""
	if c["surs"] or c["in_town"] or c["siren"] or c["company"]:
		return None
	ws = [w for w in re.findall(r"[^\W\d_]+", c["core"])
		if w.lower() not in ARTICLES]
	return lk.initials(rng, ws) if len(ws) >= 3 else None


def legal_other(rng, c, r):
	"""Moved to the other side 45%, else respelt."""
	lg = c["legal"]
	if r < .7:
		return "%s %s" % ((c["core"], lg) if c["before"] else
			(lg, c["core"]))
	alt = rng.choice(RESPELL[lg])
	return "%s %s" % ((alt, c["core"]) if c["before"] else (c["core"], alt))


n_legal = lk.legal_row(legal_other)


def n_department(rng, g, c):
	"""The department after the name: "Garage Petit (69)", "Pharmacie
	Pasteur 2A"."""
	if "(%s)" % c["dep"] in c["name"]:
		return None
	s = name_or_core(rng, c, .5)
	return rng.choice(["%s %s", "%s (%s)", "%s - %s"]) % (s, c["dep"])


SITES = ["site de {T}", "{T}", "agence de {T}", "accueil", "secrétariat",
	"atelier", "direction", "bureau {T}", "compta"]


def n_site(rng, g, c):
	"""A site or desk of the customer after the name."""
	if c["site"]:
		return None
	s = name_or_core(rng, c, .6)
	site = elide(rng.choice(SITES).format(T=c["town"]))
	if c["town"] in site and c["in_town"]:
		return None
	return rng.choice(["%s - %s", "%s (%s)", "%s / %s"]) % (s, site)


def n_enseigne(rng, g, c):
	"""A franchise store by its company alone, or by its enseigne and
	town alone (the name holds both)."""
	if not c["company"]:
		return None
	if rng.random() < .5:
		return c["core"]
	comp = c["company"]
	return comp if rng.random() < .5 else comp.rsplit(" ", 1)[0]


def n_siren(rng, g, c):
	"""The SIREN of a name that carries it typed another way, or as the
	SIRET of an establishment."""
	if not c["siren"]:
		return None
	n = siren_text(c["siren"], rng.randint(0, 2))
	if rng.random() < .3:
		n = siret(c["siren"], rng)
		n = n if rng.random() < .5 else "%s %s" % (siren_text(n[:9]), n[9:])
	label = rng.choice(["SIREN ", "", "RCS ", "SIRET "])
	return rng.choice(["%s %s%s", "%s (%s%s)", "%s - %s%s"]) % (
		less_siren(c), label, n)


def n_doctor(rng, g, c):
	"""A named practice or office typed as its doctor or maître: "Dr
	Martin", "Docteur Sophie Martin", "Me Anne Roux"."""
	if not c["named"]:
		return None
	gv, s = c["named"]
	if len(g.person.get(skel("%s %s" % (gv, s)), ())) != 1:
		return None	# another customer's contact of that name
	if c["sector"] in ("notaire", "avocat"):
		tit = ["Me %s %s", "Maître %s %s", "Me %s %s, %s" % ("%s", "%s",
			c["sector"])]
	else:
		tit = ["Dr %s %s", "Docteur %s %s", "Dr. %s %s", "Cabinet Dr %s %s"]
	t = rng.choice(tit)
	return t % (gv, s) if rng.random() < .7 else t % (s, gv)


HONOR = ["", "", "", "(secrétariat)", "(compta)", "(accueil)"]
# A contact's role after the name: the DGS of a public body, the gérant
# of a firm.
n_contact = lk.contact_row(lambda rng, c, p: rng.choice(HONOR + (
	["(DGS)", "(élu)"] if c["sector"] in ("mairie", "interco") else
	["(gérant)", "(gérante)"] if c["legal"] else [])))
n_person = ck.person_row(lambda rng, c: rng.random() < .25)
n_domain = lk.domain_row(FREE)


def n_mixed(rng, g, c):
	first = rng.choice([n_legal, n_abbrev, n_department, n_site,
		n_reorder, n_hyphen])(rng, g, c)
	turn = rng.choice([n_typo, n_caps, n_lower, n_accent, n_truncated])
	return first and turn(rng, g, dict(c, name=first, core=first))


_real_ok = ck.real_ok


def real_ok(g, t, i):
	"""linkgen's check of a real row, and t keeps what tells its
	customer from the others of its name (keeps)."""
	return keeps(g.custs[i], t) and _real_ok(g, t, i)


ck.real_ok = real_ok
KINDS = [
	("exact", lk.n_exact, 11), ("caps", n_caps, 3), ("lower", n_lower, 4),
	("typo", n_typo, 9), ("two typos", n_typo2, 3),
	("accent", n_accent, 6), ("hyphen", n_hyphen, 4),
	("truncated", n_truncated, 4), ("reorder", n_reorder, 3),
	("abbrev", n_abbrev, 7), ("acronym", n_acronym, 2),
	("legal", n_legal, 9), ("department", n_department, 3),
	("site", n_site, 4), ("enseigne", n_enseigne, 2),
	("contact", n_contact, 3), ("person", n_person, 2),
	("domain", n_domain, 2), ("siren", n_siren, 2), ("doctor", n_doctor, 2),
	("mixed", n_mixed, 4)]


# ---------------------------------------------------------------- impostors
i_fresh, i_prospect = lk.fresh_rows(lambda rng, desk:
	make_customer(rng, desk, outside=True), named_by, PROSPECT)


def with_legal(rng, c, t, share=.5):
	if not c["legal"] or rng.random() >= share:
		return t
	return "%s %s" % ((c["legal"], t) if c["before"] else (t, c["legal"]))


def i_town(rng, g, c):
	"""A town-named body in a town no customer is in: "Pharmacie de
	Montreuil" for "Pharmacie de Saint-Denis (93)"."""
	if not c["in_town"] or c["site"] or c["company"]:
		return None
	t = c["core"].replace(c["tlabel"], rng.choice(ELSEWHERE[c["desk"]]))
	return with_legal(rng, c, elide(t)) if t != c["core"] else None


def i_department(rng, g, c):
	"""The same body of a namesake commune in another department:
	"Mairie de Mons (83)" for "Mairie de Mons (31)"."""
	if not c["in_town"] or c["town"] not in NAMESAKE or c["site"]:
		return None
	other = rng.choice(NAMESAKE[c["town"]])
	t = c["core"].replace(c["tlabel"], rng.choice(["%s (%s)", "%s %s",
		"%s - %s"]) % (c["town"], other))
	return with_legal(rng, c, t)


def i_sci(rng, g, c):
	"""The family's SCI beside its operating company: "SCI Martin" or
	"SCI Martin Frères" for "Boulangerie Martin SARL"."""
	if c["legal"] not in ("SARL", "SAS", "SASU", "EURL", "SA", "SNC",
			"SELARL") or not c["surs"]:
		return None
	s = c["surs"][0]
	return rng.choice(["SCI %s", "SCI %s Immobilier", "SCI des %s",
		"SCI %s Patrimoine", "SCI Famille %s"]) % s


def i_store(rng, g, c):
	"""The enseigne's store in a town of the desk where it has none:
	"Optique Lumière Montbrison"."""
	if not c["ens"]:
		return None
	has = g.chains.get(c["ens"], set())
	towns = [t[0] for t in DESKS[c["desk"]][1] if t[0] not in has and
		t[0] not in NAMESAKE] + ELSEWHERE[c["desk"]]
	t = "%s %s" % (c["ens"], rng.choice(towns))
	return t if rng.random() < .7 else "%s %s" % (t, rng.choice(["SAS",
		"SARL"]))


def i_notary(rng, g, c):
	"""Another notaries' office of a customer notary's town: "Étude de
	Maître Hélène Roux, notaire à Colmar"."""
	if c["sector"] != "notaire":
		return None
	gv, s = person(rng, c["desk"])
	if s in c["surs"] or (c["named"] and s == c["named"][1]):
		return None
	return rng.choice(["Étude de Maître %s %s, notaire à %s" % (gv, s,
		c["tlabel"]), "Office notarial %s (%s)" % (s, c["tlabel"]),
		"Me %s %s, notaire, %s" % (gv, s, c["tlabel"]),
		"SCP %s et %s, notaires à %s" % (s, surname(rng, c["desk"]),
		c["tlabel"])])


def i_residence(rng, g, c):
	"""The residence's name in a town where no customer has it:
	"Résidence Les Tilleuls, Talence" for "... , Pessac"."""
	if not c["res"]:
		return None
	has = g.res.get(c["res"], set())
	towns = [t[0] for t in DESKS[c["desk"]][1] if t[0] not in has and
		t[0] not in NAMESAKE] + ELSEWHERE[c["desk"]]
	head = rng.choice(["Résidence %s", "Copropriété %s", "Résidence %s",
		"SDC %s"]) % c["res"]
	return rng.choice(["%s, %s", "%s - %s", "%s %s"]) % (head,
		rng.choice(towns))


def i_body(rng, g, c):
	"""Another body of a customer commune: its CCAS, its office de
	tourisme, a college."""
	if c["sector"] != "mairie":
		return None
	return elide(rng.choice(BODIES).format(T=c["tlabel"]))


def i_family(rng, g, c):
	"""A named doctor's, notary's or owner's relative of another given
	name: "Cabinet dentaire du Dr Julie Martin" beside "... Dr Alain
	Martin"."""
	if not c["named"]:
		return None
	gv, s = c["named"]
	other = rng.choice(MEN + WOMEN)
	if other == gv:
		return None
	return c["core"].replace("%s %s" % (gv, s), "%s %s" % (other, s))


def i_trade(rng, g, c):
	"""The same surname in a trade no customer has: "Taxi Martin" beside
	"Garage Martin"."""
	if not c["surs"]:
		return None
	tr = rng.choice(TRADES)
	t = rng.choice(["%s %s", "%s %s", "%s %s"]) % (tr, c["surs"][0])
	return t + (" " + lk.wpick(rng, COMMERCIAL) if rng.random() < .5
		else "")


def i_siren(rng, g, c):
	"""A name that carries its SIREN typed with another valid one:
	another company of the name."""
	if not c["siren"]:
		return None
	new = siren(rng)
	near = lk.la.within1(new, c["siren"])	# a slip of the customer's own
	fmt = rng.choice(["SIREN %s", "(SIREN %s)", "RCS %s", "- %s"])
	if near or new in g.sirens:
		return None
	return less_siren(c) + " " + fmt % siren_text(new, rng.randint(0, 1))


def stranger_draw(rng, c):
	return person(rng, c["desk"] if rng.random() < .7 else
		lk.wpick(rng, DESK_SHARE))


i_person, i_personal = lk.person_impostors(ck, stranger_draw, PERSON,
	PERSONAL)


IMPOSTORS = lk.impostor_kinds((
	("same shape", i_fresh, 12), ("other town", i_town, 7),
	("other department", i_department, 5), ("family SCI", i_sci, 7),
	("other store", i_store, 6), ("other notary", i_notary, 4),
	("residence namesake", i_residence, 5),
	("municipal body", i_body, 5), ("family member", i_family, 5),
	("other trade", i_trade, 6), ("other SIREN", i_siren, 3),
	("person", i_person, 7), ("vendor", lk.one_of(VENDORS), 8),
	("prospect", i_prospect, 5), ("personal", i_personal, 5),
	("own staff", lk.one_of(STAFF), 5)))


if __name__ == "__main__":
	lk.desk_main("blind50", ck, population, index, KINDS, IMPOSTORS,
		KEPT, BENCH, TECHS, CLOCK)
