#!/usr/bin/env python3
# gen-link-blind14.py NCUST NNAMES SEED OUTDIR - the fourteenth held-out
# link benchmark (session 12): an Eastern Mediterranean and Gulf MSP, one
# Syncro account and one ScreenConnect, desks in Athens (ATH), Istanbul
# (IST) and Dubai (DXB).  Customers: Greek (ATH), Cypriot (ATH, Nicosia),
# Israeli (ATH, Tel Aviv), Turkish (IST), Emirati (DXB), Lebanese and
# Jordanian (DXB).  Writes OUTDIR/customers.json (Syncro's business_name,
# address, address_2, city, state, zip, contacts, assets), names.tsv
# (typed TAB true id or "" for an impostor TAB kind TAB machine),
# sessions.jsonl and sessions-machine.jsonl through screenconnect_record.
# Python stdlib only; deterministic for a seed.
#
# Where the habits come from (public sources, as I know them):
# - Greek names stored in Latin: Syncro/PSA accounts of Greek MSPs keep
#   the ELOT 743 / ISO 843 transliteration that Greek registries (GEMI,
#   the tax office's AADE register) print for company names; technicians
#   type Greeklish instead: th/8 for theta, ch/h/x for chi, u for ou, i for
#   eta/ei/oi/upsilon, w for omega, ks for xi, b for mp, d for nt, g for gk
#   (Wikipedia "Greeklish"; "Romanization of Greek", ELOT 743 tables).
#   Greek business words: Farmakeio, Odontiatreio, Dikigoriko Grafeio,
#   Symvolaiografeio, Logistiko Grafeio, Dimos, N-o Dimotiko Scholeio,
#   Frontistirio; surnames in the genitive for a woman's shop
#   (Papadopoulou); legal forms A.E., O.E., E.E., E.P.E., I.K.E., M.I.K.E.
#   (Greek law 4072/2012 for the IKE; GEMI's register) written with or
#   without dots, and "& SIA O.E." partnerships.
# - Cyprus: English transliteration of Greek (Nicolaou, Panayiotou,
#   Hadjigeorgiou, Yiannis) where Athens types Nikolaou, Panagiotou,
#   Chatzigeorgiou (Cyprus Registrar of Companies names: "Ltd", law firms
#   "LLC", "& Co").
# - Turkey: the Turkish alphabet's dotted/dotless i (I/ı, İ/i) and ş ğ ç
#   ö ü dropped on a US keyboard or by a Dubai desk (Wikipedia "Dotted and
#   dotless I", "Turkish alphabet"); the Turkish Q layout (Wikipedia
#   "Turkish keyboard": ı where US has i, i where US has ', ş ; ğ [ ü ]
#   ö , ç .); trade names of the Turkish Commercial Code 6102 (TTK art.
#   39-45: the form, "A.Ş." or "Ltd. Şti.", and the fields of activity
#   "İnşaat Taahhüt Turizm Sanayi ve Ticaret", abbreviated "İnş. Taah.
#   Tur. San. ve Tic." as the Ticaret Sicil Gazetesi prints them); SMMM
#   (Serbest Muhasebeci Mali Müşavir) accountants; notaries named by
#   district and number ("Kadıköy 12. Noterliği"); "Bey"/"Hanım" after a
#   contact's first name; Belediyesi for a municipality.
# - Gulf and Levant: Arabic personal names romanised many ways
#   (Mohammed/Mohamed/Muhammad/Mohd, Abdul Rahman/Abdulrahman/Abdel
#   Rahman, Hussein/Hussain; Wikipedia "Muhammad (name)", "Abdul",
#   "Romanization of Arabic"), the article Al-/Al /El-/al- kept, fused or
#   dropped; UAE forms LLC, L.L.C., "Trading LLC", "General Trading LLC",
#   free-zone FZE, FZCO, FZ-LLC and DMCC (UAE Federal Decree-Law 32/2021 on
#   Commercial Companies; the DMCC and JAFZA registers); Dubai sites as
#   qualifiers (JLT, Marina, Deira, Al Quoz, DIFC ...); Lebanese S.A.L./
#   S.A.R.L. and French "Pharmacie"; UAE addresses without postcodes
#   (P.O. Box in zip, or nothing).
# - Israel: "Ltd."/"Ltd" and the Hebrew בע"מ (Companies Law 5759-1999
#   requires one of them in the name), "CPA (Isr.)", "& Co. Law Offices";
#   hyphenated surnames (Ben-David, Bar-On) and towns spelt two ways
#   (Petah Tikva/Petach Tikva, Ra'anana/Raanana).
# - Typing: QWERTY neighbour slips, a dropped, doubled or swapped letter
#   (Damerau 1964: most misspellings are one such edit); a word typed
#   with the Greek, Arabic or Turkish layout still on (the Greek layout
#   maps Latin keys one to one: Hotel -> Ηοτελ); truncation; acronyms of
#   long names; the person who called plus a word of the company; "&",
#   "and", "ve", "kai" swapped; reordered words; case.
#
# Kinds: a row is real 3 in 4; a real row's kind is drawn first, by the
# weights of REAL_KINDS (my belief of how often each habit shows in a
# Syncro/ScreenConnect shop of this region), then a customer it applies
# to, by how often customers call (log-normal).  Counts at 5,000
# customers, 2,000 names, seed 1:
#   exact 167, legal 142, typo 126, diacritics 121, translit 121 (Greek
#   Greeklish, Cypriot spellings), person 77, arabic 75, branch 75,
#   truncated 73, case 66, mixed 65, al 57, cut 54 (long trade names), two
#   typos 47, acronym 39, reorder 39, layout 38, and 28, namesake 22 (the
#   real one of two same-named customers, with its town), domain 21 (the
#   e-mail domain), hyphen 16, number 15 (real 1,484);
#   impostors 516: rare word 147, personal 95, same surname 74, vendor 65,
#   same shape 43, own staff 41, prospect 21, chain branch 18, namesake 12
#   (a customer's name with another city: the address fields tell it is
#   not the one).
# A real row the label audit (label-audit.py) doubts is drawn again; an
# impostor it doubts too, except the "namesake" kind, kept to 6 in 1,000
# rows: the audit's namesake rule flags each of them by design (it cannot
# read the city fields), so its count is about that number.
#
# Namesakes: about 1.5% of customers share their whole name with a
# customer in another city (a second Farmakeio Papadopoulou, a second
# Deniz Gayrimenkul); their real rows carry the city or district ("namesake" kind).
#
# Machines: a real row is on one of its customer's assets 80%, on an
# asset of another customer 4%, on an unknown DESKTOP-/LAPTOP- name
# otherwise; impostors on unknown machines, a shared role name (RECEPTION,
# MUHASEBE, LOGISTIRIO) 15%, the MSP's own (AGIT-ATH-NB07) for its staff.
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import screenconnect_record as scr  # noqa: E402

la = scr.label_audit()

# Country, share of customers, desk.
COUNTRIES = (("GR", 32, "ATH"), ("CY", 8, "ATH"), ("IL", 6, "ATH"),
	("TR", 28, "IST"), ("AE", 19, "DXB"), ("LB", 4, "DXB"),
	("JO", 3, "DXB"))
DESK = {cc: d for cc, _, d in COUNTRIES}
TECHS = {"ATH": ["Nikos Alexiou", "Eleni Vlachou", "Kostas Rigas",
		"Dimitris Sotiropoulos", "Maria Karra"],
	"IST": ["Emre Yurt", "Selin Akbaş", "Oğuz Tan", "Burak Ergin"],
	"DXB": ["Rahul Nair", "Omar Haddad", "Joseph Dsouza", "Aisha Khan"]}
MSP = "Aegean Gulf IT"

# ---------------------------------------------------------------- Greek
# Greek words in Greek script; the stored name is their ELOT transliteration.
GR_SUR = ("Παπαδόπουλος Παπαδάκης Γεωργίου Οικονόμου Νικολάου Ιωάννου "
	"Παπαγεωργίου Βασιλείου Κωνσταντίνου Δημητρίου Μακρής Αθανασίου "
	"Χριστοδούλου Αντωνίου Καραγιάννης Θεοδωρίδης Μιχαηλίδης Ζαχαρίου "
	"Αλεξίου Σταυρόπουλος Κουτσούκος Χατζηδάκης Μπακάλης Ντόκος Λαμπρόπουλος "
	"Θεοχάρης Ψαρράς Ξενάκης Μαυρίδης Γκίκας Τσολάκης Ρήγας Κυριακίδης "
	"Φωτόπουλος Χαραλαμπίδης Ευαγγέλου Μπαλτάς Σιδηρόπουλος Πετρίδης "
	"Αγγελόπουλος Ζερβός Κατσαρός Δρόσος Βλάχος Καλογεράκης Μαργαρίτης "
	"Σπυρόπουλος Τζανετάκης Ηλιόπουλος Ευθυμίου Χρυσοχόος Μπουρνάζος").split()
GR_GIV = {"m": "Γιώργος Νίκος Δημήτρης Κώστας Γιάννης Χρήστος Παναγιώτης "
	"Θανάσης Σπύρος Βαγγέλης Μιχάλης Αντώνης Στέλιος Θεόδωρος Ευάγγελος".split(),
	"f": "Μαρία Ελένη Κατερίνα Βασιλική Σοφία Αγγελική Δέσποινα Ευαγγελία "
	"Χριστίνα Ιωάννα Θεοδώρα Ειρήνη Φωτεινή Χαρίκλεια".split()}
GR_COIN = ("Όλυμπος Ερμής Αιγαίο Ποσειδών Αθηνά Ιόνιο Ήλιος Δελφίνι Αστέρι "
	"Πήγασος Ωκεανίς Ίρις Ευρώπη Αργώ Ορίζων Φάρος Καλλιστώ Ζέφυρος "
	"Άρτεμις Πρωτέας Τρίτων Θάλεια Ευδαιμονία Κυκλάδες Σελήνη Αύρα "
	"Πανόραμα Ακρόπολις Ελιά Μύρτος Αμφιτρίτη Θέτις Ευρυδίκη Νηρέας").split()
GR_TOWN = (("Αθήνα", "Αθηνών", "Attiki"), ("Γλυφάδα", "Γλυφάδας", "Attiki"),
	("Πειραιάς", "Πειραιά", "Attiki"), ("Κηφισιά", "Κηφισιάς", "Attiki"),
	("Μαρούσι", "Αμαρουσίου", "Attiki"), ("Χαλάνδρι", "Χαλανδρίου", "Attiki"),
	("Καλλιθέα", "Καλλιθέας", "Attiki"), ("Νέα Σμύρνη", "Νέας Σμύρνης",
	"Attiki"), ("Περιστέρι", "Περιστερίου", "Attiki"), ("Βούλα", "Βούλας",
	"Attiki"), ("Θεσσαλονίκη", "Θεσσαλονίκης", "Kentriki Makedonia"),
	("Πάτρα", "Πατρέων", "Dytiki Ellada"), ("Ηράκλειο", "Ηρακλείου",
	"Kriti"), ("Λάρισα", "Λαρισαίων", "Thessalia"), ("Βόλος", "Βόλου",
	"Thessalia"), ("Ιωάννινα", "Ιωαννιτών", "Ipeiros"), ("Χανιά", "Χανίων",
	"Kriti"), ("Ρόδος", "Ρόδου", "Notio Aigaio"), ("Καλαμάτα", "Καλαμάτας",
	"Peloponnisos"), ("Κόρινθος", "Κορινθίων", "Peloponnisos"))
GR_ZIP = {"Αθήνα": 105, "Γλυφάδα": 166, "Πειραιάς": 185, "Κηφισιά": 145,
	"Μαρούσι": 151, "Χαλάνδρι": 152, "Καλλιθέα": 176, "Νέα Σμύρνη": 171,
	"Περιστέρι": 121, "Βούλα": 166, "Θεσσαλονίκη": 546, "Πάτρα": 262,
	"Ηράκλειο": 712, "Λάρισα": 412, "Βόλος": 383, "Ιωάννινα": 452,
	"Χανιά": 731, "Ρόδος": 851, "Καλαμάτα": 241, "Κόρινθος": 201}
GR_STREET = ("Λεωφ. Βουλιαγμένης", "Λεωφ. Κηφισίας", "Ερμού", "Αθηνάς",
	"Πανεπιστημίου", "Εγνατίας", "Τσιμισκή", "Ακτή Μιαούλη", "Καραϊσκάκη",
	"Μεταξά", "Κολοκοτρώνη", "Ελευθερίου Βενιζέλου", "28ης Οκτωβρίου",
	"Αγίου Δημητρίου", "Παπανδρέου")
# Business shapes: (sector, pattern, legal forms it takes).
# {S} surname (a woman's in the genitive when {G} is hers), {SG} genitive,
# {G} given, {C} coined, {T} town, {TG} town genitive, {N} a number.
GR_SHAPES = (
	("pharmacy", "Φαρμακείο {SF} {G}", ""), ("pharmacy", "Φαρμακείο {SF}",
	""), ("pharmacy", "{SF} {G} Φαρμακείο", ""),
	("dental", "Οδοντιατρείο {SG}", ""), ("dental", "Οδοντιατρικό Κέντρο {C}",
	"ΙΚΕ"), ("medical", "Ιατρείο {SG} {G}", ""), ("medical",
	"Διαγνωστικό Κέντρο {C}", "ΑΕ"), ("medical", "Πολυϊατρείο {C}", "ΙΚΕ"),
	("law", "Δικηγορικό Γραφείο {SG}", ""), ("law", "{S} & Συνεργάτες", ""),
	("law", "Δικηγορική Εταιρεία {S} - {S2}", ""),
	("notary", "Συμβολαιογραφείο {SG}", ""),
	("accounting", "Λογιστικό Γραφείο {SG}", ""), ("accounting",
	"{C} Λογιστικές Υπηρεσίες", "ΙΚΕ"),
	("shipping", "{C} Shipping", "ΑΕ"), ("shipping", "{C} Maritime", "SA"),
	("shipping", "{C} Ship Management", "SA"), ("shipping",
	"{S} Ναυτιλιακή", "ΑΕ"),
	("hotel", "Ξενοδοχείο {C}", "ΑΕ"), ("hotel", "{C} Hotel", "ΑΕ"),
	("hotel", "{C} Suites", ""), ("hotel", "{C} Beach Resort", "ΑΕ"),
	("travel", "{C} Travel", "ΕΠΕ"), ("travel", "Ταξιδιωτικό Γραφείο {C}",
	""), ("travel", "{C} Tours", "ΙΚΕ"),
	("realestate", "{C} Real Estate", "ΙΚΕ"), ("realestate",
	"Κτηματομεσιτικό Γραφείο {SG}", ""),
	("school", "{N}ο Δημοτικό Σχολείο {TG}", ""), ("school",
	"Φροντιστήριο {C}", ""), ("school", "{N}ο Γυμνάσιο {TG}", ""),
	("municipality", "Δήμος {TG}", ""),
	("trading", "{S} Εμπορική", "ΑΕ"), ("trading", "{S} & ΣΙΑ", "ΟΕ"),
	("trading", "{C} Τεχνική", "ΕΠΕ"), ("trading", "{C} Εισαγωγική",
	"ΙΚΕ"), ("trading", "{C} Ηλεκτρονική", "ΜΙΚΕ"), ("trading",
	"{S} {S2} Κατασκευαστική", "ΑΕ"), ("trading", "{S} Ξυλεία", "ΕΕ"),
	("franchise", "{CH} {T}", ""))
GR_LEGAL = {"ΑΕ": ("Α.Ε.", "ΑΕ"), "ΟΕ": ("Ο.Ε.", "ΟΕ"), "ΕΕ": ("Ε.Ε.",),
	"ΕΠΕ": ("Ε.Π.Ε.", "ΕΠΕ"), "ΙΚΕ": ("Ι.Κ.Ε.", "ΙΚΕ"),
	"ΜΙΚΕ": ("Μ.Ι.Κ.Ε.",), "SA": ("S.A.", "SA", "Inc."), "": ("",)}

GR1 = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω",
	"a v g d e z i th i k l m n x o p r s s t y f ch ps o".split()))
GR2 = {"ου": "ou", "αυ": "av", "ευ": "ev", "μπ": "mp", "ντ": "nt",
	"γκ": "gk", "γγ": "ng", "ει": "ei", "οι": "oi", "αι": "ai"}
# Greeklish choices a technician makes (first is ELOT's).
GREEKLISH = {"θ": ("th", "8", "th"), "χ": ("ch", "h", "x"),
	"ου": ("ou", "u"), "η": ("i", "h", "i"), "ω": ("o", "w"),
	"ξ": ("x", "ks"), "υ": ("y", "i", "u"), "β": ("v", "b"),
	"ει": ("ei", "i"), "οι": ("oi", "i"), "αι": ("ai", "e"),
	"μπ": ("mp", "b"), "ντ": ("nt", "d"), "γκ": ("gk", "g"),
	"γγ": ("ng", "gg"),
	"ψ": ("ps",), "φ": ("f", "ph")}


GR_AV = str.maketrans("αε", "ae")	# ELOT: af/ef before a voiceless one


def strip_accents(s):
	s = unicodedata.normalize("NFD", s)
	return unicodedata.normalize("NFC", "".join(ch for ch in s
		if not unicodedata.combining(ch)))


def translit(s, pick=None):
	"""Greek script to Latin: ELOT 743 without pick, else pick(key,
	choices) chooses a Greeklish spelling.  Case follows the source word."""
	out = []
	for word in re.split(r"(\s+)", strip_accents(s)):
		low, i, t = word.lower(), 0, ""
		while i < len(low):
			two, one = low[i:i + 2], low[i]
			if two in GR2:
				elot = GR2[two]
				if two == "μπ" and i == 0:
					elot = "b"
				elif two in ("αυ", "ευ") and (i + 2 >= len(low) or
						low[i + 2] in "θκξπστφχψ"):
					elot = two[0].translate(GR_AV) + "f"
				key, ch = two, (elot,) + tuple(x for x in
					GREEKLISH.get(two, ()) if x != elot)
				if two in ("αυ", "ευ"):	# "u" or as it sounds
					key, ch = two + elot, (elot, elot[0] + "u")
				t, i = t + (pick(key, ch) if pick else elot), i + 2
				continue
			if one in GR1:
				ch = GREEKLISH.get(one, (GR1[one],))
				t += pick(one, ch) if pick else ch[0]
			else:
				t += one
			i += 1
		if word.isupper() and len(word) > 1:
			t = t.upper()
		elif word[:1].isupper():
			t = t[:1].upper() + t[1:]
		out.append(t)
	return "".join(out)


def greeklish(rng):
	"""A technician's Greeklish: each choice made once, kept for the name."""
	style = rng.random()
	memo = {}

	def pick(key, choices):
		if key not in memo:
			if len(choices) == 1 or rng.random() < 0.35 + 0.3 * style:
				memo[key] = choices[0]
			else:
				memo[key] = rng.choice(choices[1:])
		return memo[key]
	return pick


def gr_fem(s):
	"""A woman's surname from a man's (Papadopoulos -> Papadopoulou)."""
	for a, b in (("ος", "ου"), ("ός", "ού"), ("ης", "η"), ("ής", "ή"),
			("ας", "α"), ("άς", "ά")):
		if s.endswith(a):
			return s[:-len(a)] + b
	return s


def gr_gen(s):
	"""A man's surname in the genitive (Papadopoulos -> Papadopoulou)."""
	return gr_fem(s)


# ---------------------------------------------------------------- Cyprus
CY_SUR = ("Georgiou Christodoulou Charalambous Constantinou Ioannou "
	"Nicolaou Andreou Demetriou Panayiotou Kyriacou Michael Savva Louca "
	"Hadjigeorgiou Hadjipetrou Stylianou Theodorou Antoniou Neophytou "
	"Efthymiou Pavlou Zenonos Kyprianou Chrysostomou Hadjikyriacou "
	"Yiannakou Evangelou Charalambides Polycarpou Xenophontos").split()
CY_GIV = ("Andreas Giorgos Christos Marios Nicos Costas Panicos Yiannis "
	"Michalis Maria Eleni Androulla Stella Despo Chrystalla Georgia").split()
CY_COIN = ("Aphrodite Kyrenia Troodos Akamas Olympia Salamis Kition Amathus "
	"Meridian Unicorn Leda Halcyon Aspelia Petra Kourion Lefkara Orion "
	"Cosmos Primus Argonaut").split()
CY_TOWN = (("Nicosia", "10"), ("Strovolos", "20"), ("Lakatamia", "23"),
	("Latsia", "22"), ("Aglantzia", "21"), ("Engomi", "24"), ("Limassol",
	"30"), ("Germasogeia", "40"), ("Larnaca", "60"), ("Paphos", "80"),
	("Ayia Napa", "53"), ("Paralimni", "52"))
CY_SHAPES = (("pharmacy", "{S} Pharmacy", ""), ("pharmacy",
	"{G} {S} Pharmacy", ""), ("law", "{S} & {S2} LLC", ""), ("law",
	"{S} & Co LLC", ""), ("shipping", "{C} Shipping Co", "Ltd"),
	("shipping", "{C} Ship Management", "Ltd"), ("dental",
	"{S} Dental Clinic", ""), ("medical", "{C} Medical Centre", "Ltd"),
	("trading", "{C} Holdings", "Ltd"), ("trading", "{S} Trading",
	"Ltd"), ("accounting", "{S} & Co Chartered Accountants", ""),
	("accounting", "{S} Audit", "Ltd"), ("hotel", "{C} Hotel Apartments",
	""), ("hotel", "{C} Beach Hotel", "Ltd"), ("travel", "{C} Travel",
	"Ltd"), ("realestate", "{C} Estates", "Ltd"), ("school",
	"{C} Private School", ""), ("municipality", "Municipality of {T}",
	""), ("franchise", "{CH} {T}", ""))
# Cypriot English spellings and the Athens ones typed for them.
CY_SWAP = (("Nicolaou", "Nikolaou"), ("Panayiotou", "Panagiotou"),
	("Hadji", "Chatzi"), ("Kyriacou", "Kyriakou"), ("Yiann", "Giann"),
	("Louca", "Louka"), ("Charalamb", "Charalamp"), ("Constantin",
	"Konstantin"), ("Demetriou", "Dimitriou"), ("Neophytou", "Neofytou"),
	("Chrysostomou", "Chrysostomou"), ("Polycarpou", "Polykarpou"),
	("Xenophontos", "Xenofontos"), ("Nicos", "Nikos"), ("Costas", "Kostas"),
	("Panicos", "Panikos"), ("Kyrenia", "Keryneia"), ("Kition", "Kitio"),
	("Centre", "Center"))

# ---------------------------------------------------------------- Turkey
TR_SUR = ("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın "
	"Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek "
	"Polat Özer Güneş Erdoğan Aksoy Korkmaz Uçar Başaran Akgül Ertürk Güler "
	"Tekin Yavuz Bulut Karataş Işık İnce Uysal Türkmen Çakır Erdem Sarı "
	"Gök Akın Bayram Ünal Acar Ateş Ekinci Tunç Kaplan Çiftçi Gündoğdu "
	"Şen Özgür Karakaya Ilgın").split()
TR_GIV = {"m": "Mehmet Ahmet Mustafa Ali Hüseyin Hasan İbrahim İsmail "
	"Murat Emre Burak Serkan Gökhan Oğuz Çağlar Ömer Yusuf Kerem Barış "
	"Uğur Tolga Levent Erkan".split(),
	"f": "Ayşe Fatma Emine Hatice Zeynep Elif Özlem Gül Şule Derya Ebru "
	"Selin Büşra İlknur Tuğba Nur Gülşen Işıl".split()}
TR_COIN = ("Anadolu Ege Marmara Akdeniz Boğaziçi Yıldız Güneş Deniz Kartal "
	"Altın Gümüş Doruk Zirve Birlik Umut Başak Çınar Lale Papatya Mavi "
	"Yeşil Tuna Kuzey Poyraz Atlas Pınar Seçkin Ayyıldız Öncü Bereket "
	"Işıltı Ilgaz Erciyes Uludağ Kaşif Yakamoz Gökkuşağı Şafak Öz Çağ "
	"Meltem İpek Kardelen Sedef Toros").split()
TR_SECTOR = ("Gıda Tekstil İnşaat Turizm Denizcilik Lojistik Nakliyat "
	"Otomotiv Makina Elektrik Elektronik Kimya Plastik Mobilya Enerji "
	"Medikal Yazılım Bilişim Tarım Hırdavat Ambalaj Matbaacılık").split()
TR_ABBR = {"İnşaat": "İnş.", "Taahhüt": "Taah.", "Turizm": "Tur.",
	"Sanayi": "San.", "Ticaret": "Tic.", "Nakliyat": "Nak.",
	"Elektrik": "Elk.", "Elektronik": "Elektr.", "Otomotiv": "Oto.",
	"Pazarlama": "Paz.", "İthalat": "İth.", "İhracat": "İhr.",
	"Tekstil": "Teks.", "Makina": "Mak.", "Limited": "Ltd.",
	"Şirketi": "Şti.", "Gıda": "Gıda", "Mühendislik": "Müh."}
TR_TOWN = (("Kadıköy", "İstanbul", "347"), ("Beşiktaş", "İstanbul", "343"),
	("Şişli", "İstanbul", "343"), ("Üsküdar", "İstanbul", "346"),
	("Bakırköy", "İstanbul", "341"), ("Ataşehir", "İstanbul", "347"),
	("Maltepe", "İstanbul", "348"), ("Sarıyer", "İstanbul", "344"),
	("Beyoğlu", "İstanbul", "344"), ("Fatih", "İstanbul", "341"),
	("Kartal", "İstanbul", "348"), ("Pendik", "İstanbul", "348"),
	("Beylikdüzü", "İstanbul", "345"), ("Tuzla", "İstanbul", "349"),
	("Konak", "İzmir", "352"), ("Bornova", "İzmir", "350"),
	("Karşıyaka", "İzmir", "355"), ("Çankaya", "Ankara", "066"),
	("Nilüfer", "Bursa", "160"), ("Muratpaşa", "Antalya", "070"),
	("Bodrum", "Muğla", "484"), ("Gebze", "Kocaeli", "414"),
	("Mezitli", "Mersin", "332"))
TR_MAH = ("Caferağa", "Moda", "Levent", "Fenerbahçe", "Acıbadem",
	"Bostancı", "Atatürk", "Cumhuriyet", "İnönü", "Barbaros", "Yenişehir",
	"Mimar Sinan", "Fatih Sultan Mehmet", "Kültür")
TR_SHAPES = (("pharmacy", "{S} Eczanesi", ""), ("pharmacy",
	"Yeni {C} Eczanesi", ""), ("pharmacy", "{C} Eczanesi", ""),
	("dental", "Özel {C} Ağız ve Diş Sağlığı Polikliniği", ""), ("dental",
	"Dt. {G} {S} Muayenehanesi", ""), ("medical", "Özel {C} Tıp Merkezi",
	""), ("medical", "Dr. {G} {S} Muayenehanesi", ""),
	("law", "{S} Hukuk Bürosu", ""), ("law", "Av. {G} {S}", ""),
	("law", "{S} & {S2} Avukatlık Ortaklığı", ""),
	("notary", "{T} {N}. Noterliği", ""),
	("accounting", "SMMM {G} {S}", ""), ("accounting",
	"{S} Mali Müşavirlik", "LTD"), ("accounting", "{S} Muhasebe Bürosu",
	""), ("shipping", "{C} Denizcilik", "AS"), ("shipping",
	"{C} Gemi Acenteliği", "LTD"), ("hotel", "{C} Otel", ""),
	("hotel", "{C} Butik Otel", ""), ("travel",
	"{C} Turizm Seyahat Acentası", "LTD"), ("realestate",
	"{C} Gayrimenkul", "LTD"), ("realestate", "{C} Emlak", ""),
	("school", "Özel {C} Koleji", ""), ("school", "Özel {C} Anaokulu", ""),
	("municipality", "{T} Belediyesi", ""),
	("trading", "{C} {SEC} {SEC2}", "FULL"), ("trading",
	"{C} {SEC}", "FULL"), ("trading", "{S} {SEC}", "FULL"),
	("trading", "{C} Dış Ticaret", "LTD"), ("franchise", "{CH} {T}", ""))
# What follows "Sanayi ve Ticaret": the form as registries print it.
TR_FULL = (("Sanayi ve Ticaret Ltd. Şti.", 30), ("San. ve Tic. Ltd. Şti.",
	30), ("San. Tic. Ltd. Şti.", 10), ("Sanayi ve Ticaret A.Ş.", 10),
	("San. ve Tic. A.Ş.", 12), ("Sanayi ve Ticaret Limited Şirketi", 8))
TR_LEGAL = {"LTD": (("Ltd. Şti.", 6), ("Ltd.Şti.", 2), ("Ltd Şti", 1),
	("Limited Şirketi", 1)), "AS": (("A.Ş.", 8), ("AŞ", 1),
	("Anonim Şirketi", 1)), "": (("", 1),)}

# ---------------------------------------------------------------- Arabic
AR_VAR = ([["Mohammed", "Mohamed", "Muhammad", "Mohammad", "Mohamad",
	"Mohd"], ["Ahmed", "Ahmad"], ["Hussein", "Hussain", "Husain"],
	["Khaled", "Khalid"], ["Yousef", "Youssef", "Yusuf", "Yousuf"],
	["Abdul Rahman", "Abdulrahman", "Abdel Rahman", "Abd El Rahman",
	"Abdelrahman"], ["Abdullah", "Abdalla", "Abdallah"], ["Abdul Aziz",
	"Abdulaziz", "Abdelaziz"], ["Saeed", "Said", "Saied"], ["Rashid",
	"Rashed"], ["Hamad", "Hamed"], ["Omar", "Umar"], ["Faisal", "Faysal"],
	["Mansour", "Mansoor"], ["Nasser", "Naser"], ["Suleiman", "Sulaiman",
	"Sleiman"], ["Ibrahim", "Ebrahim"], ["Hassan", "Hasan"], ["Karim",
	"Kareem"], ["Tariq", "Tarek", "Tareq"], ["Walid", "Waleed"],
	["Jamal", "Gamal"], ["Fatima", "Fatma"], ["Mariam", "Maryam"],
	["Noor", "Nour"], ["Layla", "Leila", "Laila"], ["Huda", "Houda"],
	["Rania", "Ranya"], ["Majid", "Majed"], ["Salem", "Salim"],
	["Khoury", "Khouri", "Khuri"], ["Haddad", "Hadad"], ["Nassar",
	"Nassar"], ["Chahine", "Shahin", "Chahin"], ["Abou Jaoude",
	"Abu Jaoude", "Aboujaoude"], ["Sfeir", "Sfair"], ["Rizk", "Rizq"],
	["Mansouri", "Mansoori"], ["Nuaimi", "Nuami", "Noaimi"], ["Mazrouei",
	"Mazroui", "Mazrooei"], ["Marzouqi", "Marzooqi", "Marzouki"],
	["Hashimi", "Hashemi"], ["Zaabi", "Za'abi"], ["Falasi", "Falasy"],
	["Qudah", "Qudah"], ["Zoubi", "Zu'bi", "Zubi"], ["Obeidat",
	"Ubeidat"], ["Khatib", "Khateeb"], ["Jaber", "Jabir"],
	["Mubarak", "Mobarak"], ["Sultan", "Sultan"]])
AR_GIV = ("Mohammed Ahmed Hussein Khaled Yousef Abdul Rahman|Abdullah|"
	"Abdul Aziz|Saeed Rashid Hamad Omar Faisal Nasser Suleiman Ibrahim "
	"Hassan Karim Tariq Walid Jamal Majid Salem Fatima Mariam Noor Layla "
	"Huda Rania Sara Reem").replace(" ", "|").replace("Abdul|Rahman",
	"Abdul Rahman").replace("Abdul|Aziz", "Abdul Aziz").split("|")
AE_FAM = ("Al Mansouri|Al Nuaimi|Al Shamsi|Al Suwaidi|Al Ketbi|Al Falasi|"
	"Al Marzouqi|Al Hashimi|Al Zaabi|Al Mazrouei|Al Mulla|Al Hammadi|"
	"Al Rais|Al Jaber|Al Mubarak|Bin Sultan|Al Owais|Lootah|Al Tayer|"
	"Al Ghurair|Al Hosani|Al Dhaheri").split("|")
LB_FAM = ("Haddad Khoury Nassar Saad Karam Aoun Salameh Chahine Sfeir "
	"Tabet Rizk Abou Jaoude|Abi Nader|Frem Bou Khalil|Daher Maalouf "
	"Najjar Hajj").replace(" ", "|").replace("Abou|Jaoude", "Abou Jaoude")
LB_FAM = [w.replace("Abi|Nader", "Abi Nader") for w in
	LB_FAM.replace("Abi|Nader", "Abi Nader").replace("Bou|Khalil",
	"Bou Khalil").split("|")]
JO_FAM = ("Al Khatib|Masri|Nabulsi|Al Qudah|Al Zoubi|Haddadin|Bataineh|"
	"Obeidat|Al Majali|Tell|Rawabdeh|Al Fayez").split("|")
AR_COIN = ("Al Noor|Al Waha|Al Reem|Al Safa|Al Bayan|Al Fajr|Al Amal|"
	"Al Rawda|Al Sahra|Al Manara|Al Masa|Al Yasmeen|Al Bustan|Al Wafa|"
	"Al Khaleej|Al Dana|Al Marjan|Al Zahra|Gulf Star|Desert Rose|"
	"Golden Sands|Palm View|Crescent|Falcon Eye|Pearl Coast|Blue Dune|"
	"Sapphire|Horizon Gate|Emirates Bridge|Arabian Sky|Silver Sail|"
	"Oasis Point|Noon Star|Green Palm|Bait Al Hekma|Dar Al Shifa|"
	"Ras Al Bahr|Qasr Al Sahab").split("|")
AE_SITE = ("JLT|Dubai Marina|Deira|Bur Dubai|Al Quoz|Business Bay|DIFC|"
	"Jumeirah|Al Barsha|Karama|JAFZA|Dubai Silicon Oasis|Mirdif|Al Nahda|"
	"Downtown|International City|Motor City").split("|")
AE_SHORT = {"Dubai Marina": ("Marina",), "Dubai Silicon Oasis": ("DSO",
	"Silicon Oasis"), "JLT": ("Jumeirah Lakes Towers", "JLT Cluster")}
AE_CITY = (("Dubai", "Dubai", 70), ("Sharjah", "Sharjah", 10),
	("Abu Dhabi", "Abu Dhabi", 12), ("Ajman", "Ajman", 4),
	("Ras Al Khaimah", "Ras Al Khaimah", 4))
AE_SHAPES = (("trading", "{C} General Trading", "LLC"), ("trading",
	"{C} Trading", "LLC"), ("trading", "{C} Technical Services", "LLC"),
	("trading", "{C}", "FZ"), ("trading", "{C} Electronics", "FZ"),
	("law", "{FAM} Advocates & Legal Consultants", ""), ("law",
	"{FAM} & Partners", ""), ("dental", "Dr. {G} {FAM} Dental Clinic",
	""), ("dental", "{C} Dental Center", "LLC"), ("medical",
	"{C} Medical Centre", "LLC"), ("medical", "{C} Polyclinic", "LLC"),
	("pharmacy", "{C} Pharmacy", "LLC"), ("realestate",
	"{C} Real Estate Brokers", "LLC"), ("realestate", "{C} Properties",
	"LLC"), ("shipping", "{C} Shipping & Logistics", "LLC"), ("shipping",
	"{C} Marine Services", "LLC"), ("shipping", "{C} Ship Management",
	"FZ"), ("hotel", "{C} Hotel Apartments", ""), ("travel",
	"{C} Travel & Tourism", "LLC"), ("travel", "{C} Tours", "LLC"),
	("accounting", "{FAM} Chartered Accountants", ""), ("accounting",
	"{C} Auditing of Accounts", ""), ("school", "{C} Nursery", ""),
	("school", "{C} Private School", ""), ("franchise", "{CH} {SITE}",
	""))
AE_LEGAL = {"LLC": (("LLC", 10), ("L.L.C.", 6), ("L.L.C", 2),
	("Co. LLC", 2)), "FZ": (("FZE", 5), ("FZCO", 4), ("FZ-LLC", 3),
	("FZ LLC", 1), ("DMCC", 4)), "": (("", 1),)}
LB_TOWN = (("Beirut", "Beirut", ""), ("Jounieh", "Mount Lebanon", ""),
	("Jbeil", "Mount Lebanon", ""), ("Zahle", "Bekaa", ""),
	("Saida", "South", ""))
JO_TOWN = (("Amman", "Amman", "111"), ("Zarqa", "Zarqa", "131"),
	("Irbid", "Irbid", "211"), ("Aqaba", "Aqaba", "773"))
LB_SHAPES = (("pharmacy", "Pharmacie {FAM}", ""), ("pharmacy",
	"{C} Pharmacy", ""), ("trading", "{C} Trading", "SAL"), ("trading",
	"{FAM} Freres", "SARL"), ("law", "{FAM} Law Firm", ""), ("law",
	"Cabinet {FAM}", ""), ("hotel", "{C} Hotel", "SAL"), ("travel",
	"{C} Travel & Tourism", "SARL"), ("dental", "Dr. {G} {FAM} Dental "
	"Clinic", ""), ("shipping", "{C} Shipping Agency", "SAL"),
	("accounting", "{FAM} & Co. Chartered Accountants", ""))
LB_LEGAL = {"SAL": (("S.A.L.", 3), ("SAL", 2)), "SARL": (("S.A.R.L.", 3),
	("SARL", 1)), "": (("", 1),)}
JO_SHAPES = (("pharmacy", "{C} Pharmacy", ""), ("trading",
	"{C} Trading Co.", "JO"), ("trading", "{FAM} & Sons", "JO"),
	("law", "{FAM} & Partners Law Firm", ""), ("medical",
	"{C} Medical Center", ""), ("hotel", "{C} Hotel", ""), ("travel",
	"{C} Tours", "JO"), ("accounting", "{FAM} Audit", ""))
JO_LEGAL = {"JO": (("Ltd.", 2), ("Co. Ltd", 1), ("L.L.C.", 2)),
	"": (("", 1),)}

# ---------------------------------------------------------------- Israel
IL_SUR = ("Cohen Levi Mizrahi Peretz Biton Dahan Avraham Friedman Katz "
	"Azoulay Malka Shapira Ben-David Ben-Ami Goldberg Rosenberg Halevi "
	"Amsalem Ohana Shalom Greenberg Bar-On Weiss Segal Ben-Haim Bar-Lev "
	"Elbaz Sasson Yosef Hadad").split()
IL_GIV = ("Yossi David Moshe Avi Eyal Noa Tamar Michal Yael Ronit Oren "
	"Guy Itai Shira Dana Yaniv Liat").split()
IL_COIN = ("Shemesh Ofek Gal Zohar Keshet Rimon Dekel Shaked Arava Carmel "
	"Galil Yam Nofar Erez Ayalon Hermon Tavor Marom Alon Nitzan").split()
IL_TOWN = (("Tel Aviv", "Tel-Aviv", "6"), ("Ramat Gan", "Ramat-Gan", "52"),
	("Herzliya", "Herzlia", "46"), ("Petah Tikva", "Petach Tikva", "49"),
	("Haifa", "Haifa", "33"), ("Netanya", "Natanya", "42"),
	("Rishon LeZion", "Rishon Lezion", "75"), ("Ra'anana", "Raanana", "43"),
	("Holon", "Holon", "58"), ("Kfar Saba", "Kfar-Saba", "44"))
IL_SHAPES = (("law", "{S} & Co. Law Offices", ""), ("law",
	"{S}, {S2} & Co.", ""), ("law", "{S} {S2} Law Firm", ""),
	("dental", "Dr. {G} {S} Dental Clinic", ""), ("pharmacy",
	"{S} Pharm", ""), ("trading", "{C} Technologies", "IL"),
	("trading", "{C} Import", "IL"), ("accounting", "{S} & Co. CPA (Isr.)",
	""), ("accounting", "{S} {S2} CPA", ""), ("realestate",
	"{C} Real Estate", "IL"), ("shipping", "{C} Shipping Agencies", "IL"),
	("travel", "{C} Travel", "IL"), ("hotel", "{C} Hotel {T}", ""),
	("franchise", "{CH} {T}", ""))
IL_LEGAL = {"IL": (("Ltd.", 4), ("Ltd", 3), ('בע"מ', 2), ('Ltd. (בע"מ)',
	1)), "": (("", 1),)}

# Franchise chains (invented) and the countries they are in.
CHAINS = {"GR": ["MediPlus Farmakeia", "Kalimera Bakery", "Optiko Vision",
	"SpeedFit Gym"], "CY": ["MediPlus Pharmacy", "Kafe Nero Kypros"],
	"IL": ["Cafe Gilad", "OptiCenter"], "TR": ["Simit Evi", "Kahve Durağı",
	"Optik Dünyası"], "AE": ["Falafel Station", "KidsLand Nursery",
	"MediPlus Pharmacy", "Grill House", "SpeedFit Gym"]}

# Sector words by language (to build impostors of the same shape).
ROLE = {"GR": ["LOGISTIRIO", "GRAMMATEIA", "RECEPTION", "SERVER",
	"TAMEIO"], "CY": ["RECEPTION", "ACCOUNTS", "SERVER"], "IL": [
	"RECEPTION", "SERVER", "ACCOUNTING"], "TR": ["MUHASEBE", "KASA",
	"SEKRETER", "SERVER", "RECEPTION"], "AE": ["RECEPTION", "ACCOUNTS",
	"SERVER", "ADMIN-PC", "CASHIER"], "LB": ["RECEPTION", "COMPTA"],
	"JO": ["RECEPTION", "ACCOUNTS"]}
VENDORS = ("Cosmote Business|OTE helpdesk|Vodafone GR|Wind Hellas|Cyta|"
	"Epic Cyprus|Türk Telekom|Superonline|Turkcell|Etisalat router|"
	"du business|Bezeq Int|HOT router|Kyocera service|Canon service|"
	"Logo Yazılım destek|Epsilon Net|SoftOne support|Mikro Yazılım|"
	"Tally support|Microsoft 365 tenant|Synology NAS vendor|"
	"HP printer support|Ricoh Gulf|Entersoft support").split("|")
PERSONAL = ("{G} {S} (home)|{G} - personal laptop|{G} {S} evden|"
	"{G} ev bilgisayarı|{G} spiti|{G} {S} personal|home - {G} {S}|"
	"{G} {S} laptop (private)").split("|")


def wchoice(rng, items):
	"""items: ((value, weight), ...)."""
	return rng.choices([v for v, _ in items], [w for _, w in items])[0]


def fold(s):
	"""Accents and Turkish letters as a US keyboard types them."""
	s = s.replace("ı", "i").replace("İ", "I")
	s = unicodedata.normalize("NFKD", s)
	return "".join(ch for ch in s if not unicodedata.combining(ch))


def tr_upper(s):
	return s.replace("i", "İ").replace("ı", "I").upper()


def tr_lower(s):
	return s.replace("I", "ı").replace("İ", "i").lower()


# ---------------------------------------------------------------- customers
class G:
	pass


def person(rng, cc):
	"""(given, surname) as the contact list spells them."""
	if cc == "GR":
		sx = rng.choice("mf")
		s = rng.choice(GR_SUR)
		return (translit(rng.choice(GR_GIV[sx])),
			translit(gr_fem(s) if sx == "f" else s))
	if cc == "CY":
		return rng.choice(CY_GIV), rng.choice(CY_SUR)
	if cc == "TR":
		return rng.choice(TR_GIV[rng.choice("mf")]), rng.choice(TR_SUR)
	if cc == "IL":
		return rng.choice(IL_GIV), rng.choice(IL_SUR)
	fam = {"AE": AE_FAM, "LB": LB_FAM, "JO": JO_FAM}[cc]
	return rng.choice(AR_GIV), rng.choice(fam)


def gr_name(rng, c):
	sector, pat, legal = rng.choice(GR_SHAPES)
	town = rng.choice(GR_TOWN)
	sx = rng.choice("mf")
	s = rng.choice(GR_SUR)
	g = rng.choice(GR_GIV[sx])
	sf = gr_fem(s) if sx == "f" else s
	sg = gr_gen(s) if sx == "m" else gr_fem(s)
	s2 = rng.choice([x for x in GR_SUR if x != s])
	vals = {"S": s, "S2": s2, "SF": sf, "SG": sg, "G": g,
		"C": rng.choice(GR_COIN), "T": town[0], "TG": town[1],
		"N": str(rng.randint(1, 24)), "CH": ""}
	if sector == "franchise":
		vals["CH"] = rng.choice(CHAINS["GR"])
	greek = pat.format(**vals)
	forms = GR_LEGAL[legal]
	form = rng.choice(forms)
	if form and rng.random() < 0.8:
		greek += " " + form
	c["src"] = greek		# the Greek words, for Greeklish typing
	c["town"] = town
	c["contact"] = (translit(g), translit(sf))
	c["sector"] = sector
	if sector == "franchise":
		c["chain"], c["site"] = vals["CH"], translit(town[0])
	name = translit(greek)
	if rng.random() < 0.18:
		name = name.upper()
	return name


def fill(pat, vals):
	return pat.format(**vals)


def legal_pick(rng, table, key):
	if key == "FULL":
		return wchoice(rng, TR_FULL)
	return wchoice(rng, table.get(key, (("", 1),)))


def other_name(rng, c, cc):
	shapes = {"CY": CY_SHAPES, "TR": TR_SHAPES, "IL": IL_SHAPES,
		"AE": AE_SHAPES, "LB": LB_SHAPES, "JO": JO_SHAPES}[cc]
	sector, pat, legal = rng.choice(shapes)
	g, s = person(rng, cc)
	s2 = person(rng, cc)[1]
	while s2 == s:
		s2 = person(rng, cc)[1]
	if cc == "CY":
		town = rng.choice(CY_TOWN)
		coin = rng.choice(CY_COIN)
		t = town[0]
	elif cc == "TR":
		town = rng.choice(TR_TOWN)
		coin = rng.choice(TR_COIN)
		t = town[0]
	elif cc == "IL":
		town = rng.choice(IL_TOWN)
		coin = rng.choice(IL_COIN)
		t = town[0]
	elif cc == "AE":
		town = wchoice(rng, tuple((x, x[2]) for x in AE_CITY))
		coin = rng.choice(AR_COIN)
		t = town[0]
	else:
		town = rng.choice(LB_TOWN if cc == "LB" else JO_TOWN)
		coin = rng.choice(AR_COIN)
		t = town[0]
	sec = rng.sample(TR_SECTOR, 2)
	vals = {"S": s, "S2": s2, "G": g, "C": coin, "T": t, "FAM": s,
		"N": str(rng.randint(1, 40)), "SEC": sec[0], "SEC2": sec[1],
		"CH": "", "SITE": ""}
	if sector == "franchise":
		vals["CH"] = rng.choice(CHAINS.get(cc, CHAINS["AE"]))
		if cc == "AE":
			town = AE_CITY[0]
			vals["SITE"] = rng.choice(AE_SITE)
		c["chain"] = vals["CH"]
		c["site"] = vals["SITE"] or t
	if cc == "AE" and town[0] == "Dubai" and sector != "franchise":
		c["area"] = rng.choice(AE_SITE)
	name = fill(pat, vals)
	table = {"TR": TR_LEGAL, "AE": AE_LEGAL, "LB": LB_LEGAL, "JO": JO_LEGAL,
		"IL": IL_LEGAL}.get(cc, {})
	if cc == "CY":
		form = legal
	else:
		form = legal_pick(rng, table, legal)
	if cc == "TR" and sector == "trading" and rng.random() < 0.3:
		extra = rng.choice(("İnşaat Taahhüt", "Turizm", "İthalat İhracat",
			"Pazarlama", "Nakliyat Turizm", "Mühendislik"))
		if extra.split()[0] not in name:
			name += " " + extra
	if cc == "TR" and rng.random() < 0.3 and legal == "FULL":
		name = " ".join(TR_ABBR.get(w, w) for w in name.split())
	if form.startswith("Co.") and name.endswith(" Co."):
		form = form[3:].strip()
	if form:
		name += " " + form
	c["town"] = town
	c["contact"] = (g, s)
	c["sector"] = sector
	if cc == "TR" and rng.random() < 0.15:
		name = tr_upper(name)
	return name


ASCII = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def rand_pc(rng, kind="DESKTOP"):
	return kind + "-" + "".join(rng.choice(ASCII) for _ in range(7))


def prefix_of(name):
	ws = [w for w in re.split(r"[^A-Za-z]+", fold(name)) if len(w) > 2]
	if not ws:
		return "PC"
	p = ws[0][:3] + (ws[1][:3] if len(ws) > 1 else "")
	return p.upper()


def assets(rng, cc, c, ids):
	n = max(1, int(rng.lognormvariate(1.1, 0.9)))
	n = min(n, 60)
	out, style = [], rng.random()
	pre = prefix_of(c["name"])
	given = fold(c["contact"][0]).split()[0]
	for k in range(n):
		r = rng.random()
		if style < 0.35:
			nm = rand_pc(rng, "DESKTOP" if r < 0.7 else "LAPTOP")
		elif style < 0.7:
			nm = "%s-%s%02d" % (pre, rng.choice(("PC", "PC", "NB", "LT",
				"SRV", "WS", "REC")), k + 1)
		elif style < 0.85:
			nm = rng.choice(ROLE[cc]) + ("" if k == 0 else str(k))
		else:
			nm = rng.choice(("%s-PC", "%s-LAPTOP", "PC-%s", "%s-NB")) % \
				given.upper() if r < 0.5 else rand_pc(rng)
		out.append({"id": next(ids), "name": nm})
	return out


def email_domain(rng, c):
	ws = [w.lower() for w in re.split(r"[^A-Za-z]+", fold(c["name"]))
		if len(w) > 2][:2]
	tld = {"GR": ".gr", "CY": ".com.cy", "TR": ".com.tr", "IL": ".co.il",
		"AE": ".ae", "LB": ".com.lb", "JO": ".jo"}[c["cc"]]
	return "".join(ws) + tld


def contacts(rng, c, ids):
	out = []
	g, s = c["contact"]
	dom = email_domain(rng, c)
	c["domain"] = dom
	for k in range(rng.choice((1, 1, 2, 2, 3))):
		if k:
			g, s = person(rng, c["cc"])
		out.append({"id": next(ids), "firstname": g, "lastname": s,
			"email": "%s.%s@%s" % (fold(g).lower().split()[0],
			fold(s).lower().replace(" ", ""), dom)})
	return out


def address(rng, c):
	cc, t = c["cc"], c["town"]
	n = rng.randint(1, 240)
	if cc == "GR":
		zp = "%03d %02d" % (GR_ZIP[t[0]], rng.randint(0, 99))
		return {"address": translit("%s %d" % (rng.choice(GR_STREET), n)),
			"address_2": None, "city": translit(t[0]),
			"state": t[2] if rng.random() < 0.3 else None,
			"zip": zp if rng.random() < 0.5 else zp.replace(" ", "")}
	if cc == "CY":
		return {"address": "%s %d" % (rng.choice(("Makariou III Ave",
			"Archbishop Kyprianou", "Griva Digeni Ave", "Spyrou Kyprianou",
			"Stasinou", "Ayiou Andreou")), n), "address_2": rng.choice(
			(None, None, "Office %d" % rng.randint(101, 504))),
			"city": t[0], "state": None, "zip": t[1] + "%02d" %
			rng.randint(0, 99)}
	if cc == "TR":
		return {"address": "%s Mah. %s Cad. No:%d" % (rng.choice(TR_MAH),
			rng.choice(TR_MAH), n), "address_2": rng.choice((None,
			"D:%d" % rng.randint(1, 20), "Kat:%d" % rng.randint(1, 9))),
			"city": t[0], "state": t[1], "zip": t[2] + "%02d" %
			rng.randint(0, 99)}
	if cc == "IL":
		return {"address": "%s %d" % (rng.choice(("Rothschild Blvd",
			"Derech Menachem Begin", "Ibn Gabirol St", "Jabotinsky St",
			"HaArba'a St", "Herzl St")), n), "address_2": None,
			"city": t[0], "state": None, "zip": t[2] + "%05d" %
			rng.randint(0, 99999)}
	if cc == "AE":
		area = c.get("area") or c.get("site") or t[0]
		return {"address": "Office %d, %s Tower, %s" % (rng.randint(101,
			3905), rng.choice(AR_COIN), area), "address_2": None,
			"city": t[0], "state": t[1], "zip": rng.choice(("", None,
			"P.O. Box %d" % rng.randint(1000, 499999)))}
	return {"address": "%s St. %d" % (rng.choice(("Hamra", "Mar Mikhael",
		"Wasfi Al Tal", "Mecca", "Zahran", "Gemmayzeh")), n),
		"address_2": rng.choice((None, "Bldg %d" % rng.randint(1, 40))),
		"city": t[0], "state": t[1] or None, "zip": (t[2] + "%02d" %
		rng.randint(0, 99)) if t[2] else None}


def population(rng, ncust):
	g = G()
	g.custs, names = [], set()
	ids = iter(range(4400001, 10 ** 9))
	cid = [24000011]
	ccs = tuple((cc, w) for cc, w, _ in COUNTRIES)

	def next_id():
		cid[0] += rng.randint(1, 4)
		return cid[0]

	def add(n):
		while len(g.custs) < n:
			cc = wchoice(rng, ccs)
			c = {"cc": cc}
			name = gr_name(rng, c) if cc == "GR" else \
				other_name(rng, c, cc)
			k = la.key(name)
			if not k or k in names:
				continue
			names.add(k)
			c["name"], c["id"] = name, next_id()
			g.custs.append(c)
	ntwin = ncust * 15 // 1000
	add(ncust - ntwin)
	# Namesakes: a second customer with the very same name, another city.
	pool = [c for c in g.custs if not c.get("chain") and c["sector"]
		not in ("municipality", "school", "notary")]
	for c in rng.sample(pool, min(len(pool), 2 * ntwin)):
		if len(g.custs) >= ncust:
			break
		d = dict(c)
		d["id"] = next_id()
		d.pop("area", None)
		for _ in range(9):
			d["town"] = rng.choice(town_list(c["cc"]))
			if city_of(d) != city_of(c):
				break
		else:
			continue
		d["twin"], c["twin"] = True, True
		g.custs.append(d)
	add(ncust)
	rng.shuffle(g.custs)
	for c in g.custs:
		c["contacts"] = contacts(rng, c, ids)
		c["assets"] = assets(rng, c["cc"], c, ids)
		c["syncro"] = address(rng, c)
		c["w"] = rng.lognormvariate(0, 1.2)
	g.custs.sort(key=lambda c: c["id"])
	return g


def town_list(cc):
	if cc == "AE":
		return [t for t in AE_CITY]
	return {"GR": GR_TOWN, "CY": CY_TOWN, "TR": TR_TOWN, "IL": IL_TOWN,
		"LB": LB_TOWN, "JO": JO_TOWN}[cc]


def city_of(c):
	t = c["town"][0]
	return translit(t) if c["cc"] == "GR" else t


# ---------------------------------------------------------------- noise
# Legal forms by family: a swap stays in the family (or drops the form).
LEGAL_FAM = (("A.E.", "AE", "A.E", "S.A."), ("O.E.", "OE"), ("E.E.", "EE"),
	("E.P.E.", "EPE", "Ltd"), ("I.K.E.", "IKE", "I.K.E", "P.C."),
	("M.I.K.E.", "MIKE"), ("S.A.", "SA", "Inc.", "Inc"),
	("Ltd. Şti.", "Ltd.Şti.", "Ltd Şti", "Ltd. Sti.", "Ltd Sti", "LTD ŞTİ",
	"Limited Şirketi", "Ltd"), ("A.Ş.", "AŞ", "A.S.", "AS",
	"Anonim Şirketi"), ("LLC", "L.L.C.", "L.L.C", "Co. LLC", "llc", "L.L.C"),
	("FZE", "FZCO", "FZ-LLC", "FZ LLC", "FZLLC", "DMCC", "F.Z.E."),
	("S.A.L.", "SAL", "s.a.l"), ("S.A.R.L.", "SARL", "sarl"),
	("Ltd.", "Ltd", "LTD", "Limited"), ('בע"מ', 'Ltd. (בע"מ)', "Ltd.",
	"Ltd", 'בע"מ'),
	("Co. Ltd", "Co.", "Ltd."), ("LLC", "L.L.C."))
GR_TR_FORMS = {"A.E.", "O.E.", "E.E.", "E.P.E.", "I.K.E.", "M.I.K.E.",
	"Ltd. Sti.", "A.S."}	# a swap to them only for Greece and Turkey
LEGAL_ALL = sorted({f for fam in LEGAL_FAM for f in fam}, key=len,
	reverse=True)
TR_SANTIC = ("Sanayi ve Ticaret", "San. ve Tic.", "San. Tic.", "San.Tic.",
	"San ve Tic", "Sanayi Ticaret")


def split_legal(s):
	"""(name less its trailing legal form, the form) or (s, "")."""
	for f in LEGAL_ALL:
		if s.lower().endswith(" " + f.lower()):
			b = s[:-len(f) - 1].rstrip(" ,")
			if b.endswith("&") or b.endswith(" ve"):	# "& Co.": a name
				return s, ""
			return b, s[-len(f):]
	return s, ""


def bare(s):
	"""s less its legal form and the Turkish "Sanayi ve Ticaret"."""
	b, _ = split_legal(s)
	for t in TR_SANTIC:
		if b.endswith(" " + t):
			b = b[:-len(t) - 1]
	return b


def n_legal(rng, c, s):
	b, f = split_legal(s)
	if not f:
		return None
	for t in TR_SANTIC:
		if b.endswith(" " + t) and rng.random() < 0.7:
			alt = rng.choice([x for x in TR_SANTIC if x != t] + ["", ""])
			b = b[:-len(t)] + alt
			b = b.rstrip()
			break
	r = rng.random()
	if r < 0.5:
		return b
	fam = [x for x in LEGAL_FAM if f in x and (c["cc"] in ("GR",
		"TR") or not any(fold(y) in GR_TR_FORMS for y in x)) and
		(c["cc"] == "IL") == ('בע"מ' in x)]
	alts = [x for x in fam[0] if x != f] if fam else []
	if not alts:
		return b
	return b + ("," if rng.random() < 0.1 else "") + " " + rng.choice(alts)


def n_translit(rng, c, s):
	if c["cc"] == "GR" and c.get("src"):
		t = translit(c["src"], greeklish(rng))
		if rng.random() < 0.4:
			t = bare(t)
		if rng.random() < 0.3:
			t = t.lower()
		return t if t.lower() != s.lower() else None
	if c["cc"] == "CY":
		t = s
		for a, b in rng.sample(CY_SWAP, len(CY_SWAP)):
			if a in t and rng.random() < 0.8:
				t = t.replace(a, b)
		return t if t != s else None
	return None


TR_CH = "şŞğĞçÇöÖüÜıİ"


def n_diacritics(rng, c, s):
	if not any(ch in TR_CH for ch in s):
		return None
	r = rng.random()
	if r < 0.55:
		t = fold(s)
	elif r < 0.7:
		t = s.replace("ı", "i").replace("İ", "I")
	elif r < 0.85:
		t = "".join(fold(ch) if ch in "şŞğĞ" else ch for ch in s)
	else:
		t = fold(s).upper()
	if rng.random() < 0.3:
		t = bare(t)
	return t if t != s else None


def n_arabic(rng, c, s):
	hits = [v for v in AR_VAR if any(re.search(r"\b%s\b" % re.escape(x), s)
		for x in v) and len(set(v)) > 1]
	if not hits:
		return None
	v = rng.choice(hits)
	cur = [x for x in v if re.search(r"\b%s\b" % re.escape(x), s)][0]
	t = re.sub(r"\b%s\b" % re.escape(cur), rng.choice([x for x in v
		if x != cur]), s, count=1)
	if rng.random() < 0.4:
		t = bare(t)
	return t


def n_al(rng, c, s):
	m = re.search(r"\b(Al|El|Bin|Abou|Abu|Abi|Bou) ([A-Z]\w+)", s)
	if not m:
		return None
	p, w = m.group(1), m.group(2)
	forms = ["%s-%s" % (p, w), "%s%s" % (p, w.lower()), "%s%s" % (p, w),
		"%s-%s" % (p.lower(), w), w]
	if p == "Al":
		forms += ["El %s" % w, "El-%s" % w, "al %s" % w, "Al-%s" % w]
	t = s[:m.start()] + rng.choice(forms) + s[m.end():]
	if rng.random() < 0.4:
		t = bare(t)
	return t


# The keys around each key of a QWERTY keyboard (Turkish Q is the same for
# the Latin letters).
NEAR = dict(zip("abcdefghijklmnopqrstuvwxyz", (
	"qwsz", "vghn", "xdfv", "serfcx", "wsdr", "drtgvc", "ftyhbv", "gyujnb",
	"ujko", "huikmn", "jiolm", "kop", "njk", "bhjm", "iklp", "ol", "wa",
	"edft", "awedxz", "rfgy", "yhji", "cfgb", "qase", "zsdc", "tghu",
	"asx")))


def neighbours(ch):
	out = NEAR.get(ch.lower(), "")
	return [x.upper() if ch.isupper() else x for x in out]


def typo1(rng, s):
	pos = [i for i, ch in enumerate(s) if ch.isalpha() and i > 0]
	if not pos:
		return s
	i = rng.choice(pos)
	r = rng.random()
	if r < 0.4:
		nb = neighbours(s[i])
		return s[:i] + rng.choice(nb) + s[i + 1:] if nb else s[:i] + s[i + 1:]
	if r < 0.65:
		return s[:i] + s[i + 1:]
	if r < 0.8:
		return s[:i] + s[i] + s[i:]
	if i + 1 < len(s) and s[i + 1].isalpha():
		return s[:i] + s[i + 1] + s[i] + s[i + 2:]
	return s[:i] + s[i + 1:]


def n_typo(rng, c, s):
	t = bare(s) if rng.random() < 0.4 else s
	return typo1(rng, t)


def n_typo2(rng, c, s):
	t = bare(s) if rng.random() < 0.4 else s
	if len(t) < 10:
		return None
	return typo1(rng, typo1(rng, t))


GREEK_KEYS = dict(zip("qwertyuiopasdfghjklzxcvbnm",
	";ςερτυθιοπασδφγηξκλζχψωβνμ"))
ARABIC_KEYS = dict(zip("qwertyuiopasdfghjklzxcvbnm",
	"ضصثقفغعهخحشسيبلاتنمئءؤرﻻىة"))
# Keys of a US layout where the Turkish Q layout has its own letters.
TRQ = {"ş": ";", "ç": ".", "ö": ",", "ğ": "[", "ü": "]", "ı": "i",
	"Ş": ":", "Ç": ">", "Ö": "<", "Ğ": "{", "Ü": "}", "İ": '"'}


def n_layout(rng, c, s):
	desk = DESK[c["cc"]]
	if desk == "IST":
		if not any(ch in TRQ for ch in s):
			# On the Turkish Q layout the US i key types a dotless i.
			if "i" not in s:
				return None
			return s.replace("i", "ı", rng.randint(1, 2))
		return "".join(TRQ.get(ch, ch) if rng.random() < 0.8 else ch
			for ch in s)
	ws = bare(s).split()
	if len(ws) < 2 or not fold(ws[0]).isalpha():
		return None
	keys = GREEK_KEYS if desk == "ATH" else ARABIC_KEYS
	w = "".join(keys.get(ch.lower(), ch) for ch in fold(ws[0]))
	if desk == "ATH" and rng.random() < 0.5:
		w = w.upper()
	return " ".join([w] + ws[1:])


def n_truncated(rng, c, s):
	if len(s) < 14:
		return None
	n = int(len(s) * rng.uniform(0.45, 0.8))
	return s[:max(n, 7)].rstrip(" -,&")


def words_sig(s):
	return [w for w in bare(s).split() if len(w) > 1 and w not in
		("&", "-", "ve", "and", "of", "Dr.", "Av.", "Dt.", "Özel", "SMMM")]


def n_cut(rng, c, s):
	ws = bare(s).split()
	if len(ws) < 4:
		return None
	k = rng.choice((2, 2, 3))
	t = " ".join(ws[:k])
	f = split_legal(s)[1]
	if f and rng.random() < 0.4:
		t += " " + f
	return t


def n_acronym(rng, c, s):
	ws = [w for w in bare(s).split() if w[:1].isalpha() and
		w.lower() not in ("ve", "and", "of", "&", "kai")]
	if len(ws) < 3:
		return None
	k = rng.choice((len(ws), min(3, len(ws))))
	ini = "".join(fold(w[0]).upper() for w in ws[:k])
	rest = ws[k:]
	t = ini + (" " + " ".join(rest) if rest else "")
	if k == len(ws) and rng.random() < 0.5:
		t += " " + (split_legal(s)[1] or "")
	return t.strip()


def site_forms(rng, c):
	"""The qualifiers a technician adds for where the customer is."""
	cc = c["cc"]
	if cc == "GR":
		t = translit(c["town"][0])
		return [t, translit(c["town"][0], greeklish(rng))]
	if cc == "AE":
		a = c.get("area") or c["town"][0]
		return [a] + list(AE_SHORT.get(a, ()))
	if cc == "IL":
		return [c["town"][0], c["town"][1]]
	if cc == "TR":
		return [c["town"][0], fold(c["town"][0])]
	return [c["town"][0]]


def qualify(rng, b, q):
	return rng.choice(("%s - %s", "%s %s", "%s (%s)", "%s / %s",
		"%s - %s", "%s %s")) % (b, q)


def n_branch(rng, c, s):
	if c.get("chain"):
		ch = c["chain"]
		site = c["site"]
		alts = [site] + list(AE_SHORT.get(site, ()))
		if c["cc"] == "GR":
			alts.append(translit(c["town"][0], greeklish(rng)))
		short = ch.split()[0] if rng.random() < 0.5 else ch
		t = qualify(rng, short, rng.choice(alts))
		return t if t != s else None
	if c.get("twin"):
		return None
	return qualify(rng, bare(s) if rng.random() < 0.6 else s,
		rng.choice(site_forms(rng, c)))


def n_namesake(rng, c, s):
	if not c.get("twin"):
		return None
	b = bare(s) if rng.random() < 0.5 else s
	return qualify(rng, b, rng.choice(site_forms(rng, c)))


GENERIC = set("farmakeio odontiatreio iatreio dikigoriko grafeio "
	"symvolaiografeio logistiko kentro diagnostiko eczanesi ozel otel "
	"hukuk burosu muhasebe pharmacy dental clinic center centre medical "
	"law firm offices trading general llc ltd hotel travel tours "
	"shipping maritime management real estate school dimos belediyesi "
	"co partners advocates legal consultants accountants chartered "
	"services technical properties brokers marine logistics nursery "
	"private tourism muayenehanesi polikliniği merkezi tıp ağız diş "
	"sağlığı noterliği gayrimenkul emlak koleji anaokulu denizcilik "
	"acenteliği turizm seyahat acentası mali müşavirlik cpa isr "
	"pharmacie cabinet freres sons audit holdings apartments beach "
	"suites resort ship agencies import technologies the dimotiko "
	"scholeio gymnasio frontistirio polyiatreio xenodocheio taxidiotiko "
	"ktimatomesitiko synergates dikigoriki etaireia logistikes ypiresies "
	"techniki emporiki eisagogiki ilektroniki kataskevastiki xyleia "
	"navtiliaki avukatlık ortaklığı butik dış ticaret sanayi gemi "
	"electronics polyclinic agency shipmanagement inc sal sarl "
	"odontiatriko iatreio".split())
GENERIC = {fold(w) for w in GENERIC}


def rare_word(s):
	ws = [w for w in re.split(r"[\s&,()/]+", bare(s)) if len(w) > 2 and
		fold(w).lower().strip(".") not in GENERIC and not w[0].isdigit()]
	return max(ws, key=len) if ws else None


def n_person(rng, c, s):
	g, sur = c["contact"]
	w = rare_word(s)
	if not w:
		return None
	cc = c["cc"]
	g1 = g.split()[0]
	forms = ["%s - %s" % (g1, w), "%s %s" % (g1, w), "%s (%s)" % (w, g1),
		"%s @ %s" % (g1, w)]
	if cc == "TR":
		forms += ["%s %s %s" % (g1, rng.choice(("Bey", "Hanım")), w),
			"%s %s" % (w, g1)]
	if cc in ("GR", "CY"):
		forms += ["k. %s %s" % (sur, w), "%s %s - %s" % (g1, sur, w)]
	if cc in ("AE", "LB", "JO"):
		forms += ["Mr. %s %s" % (g1, w), "%s - %s" % (w, g1)]
	t = rng.choice(forms)
	return t if la.key(t) != la.key(s) else None


def n_reorder(rng, c, s):
	ws = bare(s).split()
	if len(ws) < 2:
		return None
	if "&" in ws or "-" in ws:
		return None
	k = rng.randint(1, len(ws) - 1)
	t = " ".join(ws[k:] + ws[:k])
	return t if t != " ".join(ws) else None


AND = {"GR": ("και", "kai", "and", "+"), "CY": ("and", "+"),
	"TR": ("ve", "+", "and"), "IL": ("and", "+"), "AE": ("and", "+", "n"),
	"LB": ("and", "et", "+"), "JO": ("and", "+")}


def n_and(rng, c, s):
	cc = c["cc"]
	if " & " in s:
		return s.replace(" & ", " %s " % rng.choice(AND[cc]), 1) \
			if rng.random() < 0.85 else s.replace(" & ", "&", 1)
	for w in (" ve ", " and ", " kai "):
		if w in s:
			return s.replace(w, " & ", 1)
	return None


GR_NUM = " ΑΒΓΔΕϚΖΗΘ"


def n_number(rng, c, s):
	m = re.search(r"\b(\d+)(o|\.)(?= )", s)
	if not m:
		return None
	n = int(m.group(1))
	if m.group(2) == "o":
		forms = ["%d" % n, "%do" % n, "%d." % n, "%dο" % n]
		if n < 10:
			forms += ["%s'" % translit(GR_NUM[n]).upper()]
	else:
		forms = ["%d" % n, "%d.", "%dnci" % n if False else "%d" % n]
		forms = ["%d" % n, "%d" % n + ".", "No %d" % n]
	t = s[:m.start()] + rng.choice(forms) + s[m.end():]
	if m.group(2) == "." and rng.random() < 0.5:
		t = t.replace("Noterliği", rng.choice(("Noterlik", "Noter",
			"Noterligi")))
	return t if t != s else None


def n_case(rng, c, s):
	r = rng.random()
	if r < 0.5:
		t = tr_lower(s) if c["cc"] == "TR" and rng.random() < 0.5 \
			else s.lower()
	elif r < 0.8:
		t = s.upper()
	else:
		t = s.title()
	return t if t != s else None


def n_hyphen(rng, c, s):
	if "-" in s:
		t = s.replace("-", rng.choice((" ", "", " ")))
		return t if la.key(t) else None
	m = re.search(r"\b(Al|Ben|Bar|Abu|Abou) (\w+)", s)
	if m:
		return s[:m.start()] + m.group(1) + "-" + m.group(2) + s[m.end():]
	return None


def n_domain(rng, c, s):
	d = c.get("domain")
	if not d:
		return None
	return d if rng.random() < 0.5 else d.split(".")[0]


MIX = ("legal", "diacritics", "translit", "typo", "case", "truncated",
	"arabic", "al")


def n_mixed(rng, c, s):
	a, b = rng.sample(MIX, 2)
	t = NOISE[a](rng, c, s)
	if t is None:
		return None
	u = NOISE[b](rng, c, t)
	return u if u and u != t else None


NOISE = {"exact": lambda rng, c, s: s if not c.get("twin") else None,
	"legal": n_legal, "translit": n_translit, "diacritics": n_diacritics,
	"arabic": n_arabic, "al": n_al, "typo": n_typo, "two typos": n_typo2,
	"layout": n_layout, "truncated": n_truncated, "cut": n_cut,
	"acronym": n_acronym, "branch": n_branch, "person": n_person,
	"reorder": n_reorder, "and": n_and, "number": n_number,
	"case": n_case, "hyphen": n_hyphen, "mixed": n_mixed,
	"namesake": n_namesake, "domain": n_domain}
REAL_KINDS = (("exact", 9), ("legal", 8), ("translit", 6),
	("diacritics", 7), ("arabic", 4), ("al", 3), ("typo", 7),
	("two typos", 2), ("layout", 2), ("truncated", 4), ("cut", 3),
	("acronym", 2), ("branch", 4), ("person", 4), ("reorder", 2),
	("and", 2), ("number", 1), ("case", 3), ("hyphen", 1), ("mixed", 4),
	("namesake", 1.5), ("domain", 1))


# ---------------------------------------------------------------- impostors
OTHER_TRADE = {"GR": ("Kafeteria", "Taverna", "Kommotirio", "Souvlaki",
	"Fournos", "Kava"), "CY": ("Cafe", "Bakery", "Garage", "Kiosk"),
	"TR": ("Kuaför", "Kafe", "Bakkal", "Oto Yıkama", "Fırın", "Lokanta"),
	"IL": ("Cafe", "Bakery", "Garage", "Barber"), "AE": ("Cafeteria",
	"Laundry", "Salon", "Car Wash", "Restaurant", "Supermarket"),
	"LB": ("Cafe", "Boulangerie", "Garage"), "JO": ("Cafe", "Restaurant",
	"Bakery")}


def i_rare(rng, g, c):
	w = rare_word(c["name"])
	if not w:
		return None
	t = rng.choice(("%s %s", "%s %s", "%s - %s")) % ((w, rng.choice(
		OTHER_TRADE[c["cc"]])) if rng.random() < 0.6 else (rng.choice(
		OTHER_TRADE[c["cc"]]), w))
	return t


def fresh(rng, g, c):
	"""A name of the same country's shapes that no customer has."""
	d = {"cc": c["cc"]}
	name = gr_name(rng, d) if c["cc"] == "GR" else other_name(rng, d,
		c["cc"])
	return (None, d) if la.key(name) in g.keys else (name, d)


def i_shape(rng, g, c):
	name, d = fresh(rng, g, c)
	if name and rng.random() < 0.4:
		return n_legal(rng, d, name) or name
	return name


def i_surname(rng, g, c):
	g1, s = person(rng, c["cc"])
	if la.key(s) not in g.vocab:
		return None
	if c["cc"] == "TR":
		pat = rng.choice(("%s Eczanesi", "Av. %s %s", "%s Muhasebe",
			"%s Oto Servis", "Dr. %s %s"))
	elif c["cc"] == "GR":
		pat = rng.choice(("Farmakeio %s", "Iatreio %s", "%s Taverna",
			"Dikigoros %s %s", "%s Ktimatomesitiko"))
	elif c["cc"] in ("AE", "LB", "JO"):
		pat = rng.choice(("%s Trading", "Dr. %s %s", "%s Auto Parts",
			"%s Family Office", "%s Cafeteria"))
	else:
		pat = rng.choice(("%s Dental", "%s Insurance Agency", "Dr. %s %s",
			"%s Pharmacy", "%s Accounting"))
	return pat % ((g1, s) if pat.count("%s") == 2 else (s,))


def i_chain(rng, g, c):
	cc = c["cc"]
	ch = rng.choice(CHAINS.get(cc, CHAINS["AE"]))
	if cc == "AE":
		site = rng.choice(AE_SITE + ["Sharjah", "Abu Dhabi", "Al Ain"])
	else:
		t = rng.choice(town_list(cc))[0]
		site = translit(t) if cc == "GR" else t
	if (ch, site) in g.chains:
		return None
	return qualify(rng, ch if rng.random() < 0.6 else ch.split()[0], site)


def i_vendor(rng, g, c):
	return rng.choice(VENDORS)


def i_personal(rng, g, c):
	g1, s = person(rng, c["cc"])
	return rng.choice(PERSONAL).format(G=g1, S=s)


def i_staff(rng, g, c):
	tech = rng.choice(TECHS[DESK[c["cc"]]])
	return rng.choice(("%s laptop", "AGIT - %s", "%s (AGIT)",
		"Aegean Gulf IT - %s", "AGIT office %s")) % (
		tech.split()[0] if rng.random() < 0.5 else tech)


def i_prospect(rng, g, c):
	name = fresh(rng, g, c)[0]
	if not name:
		return None
	return rng.choice(("Prospect - %s", "TEST %s", "demo %s",
		"%s (trial)", "new client %s", "%s - onboarding")) % bare(name)


def i_namesake(rng, g, c):
	if g.namesakes >= g.max_namesakes or c["sector"] in ("school",
			"municipality", "franchise", "notary"):
		return None	# their names hold their town
	cities = {city_of(d) for d in g.byname.get(la.key(c["name"]), [c])}
	others = [t for t in town_list(c["cc"]) if (translit(t[0])
		if c["cc"] == "GR" else t[0]) not in cities]
	if not others:
		return None
	t = rng.choice(others)[0]
	q = translit(t) if c["cc"] == "GR" else t
	return qualify(rng, bare(c["name"]) if rng.random() < 0.5 else
		c["name"], q)


IMPOSTORS = (("rare word", 20, i_rare), ("same shape", 18, i_shape),
	("same surname", 14, i_surname), ("chain branch", 7, i_chain),
	("vendor", 9, i_vendor), ("personal", 11, i_personal),
	("own staff", 6, i_staff), ("prospect", 8, i_prospect),
	("namesake", 4, i_namesake))


# ---------------------------------------------------------------- rows
def index(g):
	g.audit = la.Audit([(str(c["id"]), c["name"]) for c in g.custs])
	g.keys = {la.key(c["name"]) for c in g.custs}
	g.vocab = {w for c in g.custs for w in la.words(c["name"])}
	g.byname = {}
	for c in g.custs:
		g.byname.setdefault(la.key(c["name"]), []).append(c)
	g.chains = {(c["chain"], c["site"]) for c in g.custs if c.get("chain")}
	g.cum, tot = [], 0.0
	for c in g.custs:
		tot += c["w"]
		g.cum.append(tot)
	g.namesakes = 0


def pick_cust(rng, g):
	x = rng.random() * g.cum[-1]
	lo, hi = 0, len(g.cum) - 1
	while lo < hi:
		mid = (lo + hi) // 2
		if g.cum[mid] < x:
			lo = mid + 1
		else:
			hi = mid
	return lo


def clean_ok(t):
	return t and la.key(t) and len(scr.clean(t)) >= 2


def real_row(rng, g):
	"""Kind first (its share is the writer's belief), then a customer the
	kind applies to, by how often customers call."""
	for _ in range(50):
		kind = wchoice(rng, REAL_KINDS)
		for _ in range(80):
			i = pick_cust(rng, g)
			c = g.custs[i]
			if bool(c.get("twin")) != (kind == "namesake"):
				continue
			t = NOISE[kind](rng, c, c["name"])
			if not clean_ok(t):
				continue
			t = scr.clean(t)
			if g.audit.real(t, str(c["id"])):
				continue
			return (t, i, kind, DESK[c["cc"]])
	raise SystemExit("gen-link-blind14: no real row drawn")


def impostor_row(rng, g):
	for _ in range(400):
		c = g.custs[rng.randrange(len(g.custs))]
		kind, fn = wchoice(rng, tuple(((k, f), w) for k, w, f in
			IMPOSTORS))
		t = fn(rng, g, c)
		if not clean_ok(t):
			continue
		t = scr.clean(t)
		if la.key(t) in g.keys:
			continue
		if kind == "namesake":
			g.namesakes += 1
		elif g.audit.impostor(t):
			continue
		desk = DESK[c["cc"]] if kind != "vendor" else rng.choice(
			list(TECHS))
		return (t, None, "impostor: " + kind, desk)
	raise SystemExit("gen-link-blind14: no impostor drawn")


def draw_rows(rng, g, n):
	g.max_namesakes = max(1, n * 6 // 1000)
	rows = []
	for _ in range(n):
		if rng.random() < 0.25:
			rows.append(impostor_row(rng, g))
		else:
			rows.append(real_row(rng, g))
	return rows


def machine(rng, g, row, roles):
	typed, i, kind, desk = row
	if kind == "impostor: own staff":
		return "AGIT-%s-NB%02d" % (desk, rng.randint(1, 30))
	if i is None:
		r = rng.random()
		if r < 0.15:
			return rng.choice(roles)
		return rand_pc(rng, "DESKTOP" if r < 0.75 else "LAPTOP")
	r = rng.random()
	c = g.custs[i]
	if r < 0.8:
		return rng.choice(c["assets"])["name"]
	if r < 0.84:
		o = g.custs[rng.randrange(len(g.custs))]
		return rng.choice(o["assets"])["name"]
	return rand_pc(rng, "DESKTOP" if r < 0.94 else "LAPTOP")


def main():
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random("blind14:" + seed)
	g = population(rng, ncust)
	index(g)
	rows = draw_rows(rng, g, nnames)
	owned = scr.asset_names(g.custs)
	roles = sorted(owned & {r for v in ROLE.values() for r in v}) or \
		["RECEPTION"]
	for c in g.custs:
		for k in ("cc", "src", "town", "contact", "sector", "chain", "site",
				"area", "twin", "w", "domain"):
			c.pop(k, None)
	scr.write_desk_set(rng, out, g.custs, rows,
		lambda row: machine(rng, g, row, roles), TECHS,
		("blind14", seed, 1803000000, 1193, 75))


if __name__ == "__main__":
	main()
