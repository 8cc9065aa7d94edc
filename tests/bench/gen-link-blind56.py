#!/usr/bin/env python3
# gen-link-blind56.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 33: the lead runs it once).  A Greek and
# Cypriot MSP serving Greece and Cyprus alone: one Syncro account, one
# ScreenConnect, desks in Athens (ATH: Attiki), Thessaloniki (SKG:
# Kentriki Makedonia), Patras (GPA: Dytiki Ellada), Heraklion (HER:
# Kriti), Larissa (LRA: Thessalia), Nicosia (NIC: Lefkosia, Larnaka) and
# Limassol (LMS: Lemesos, Pafos).  Customers are registered in Greek
# script (most Greek ones, many Cypriot ones: "ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΕΩΡΓΙΟΣ ΤΟΥ
# ΝΙΚΟΛΑΟΥ", "Φαρμακείο Παπαδοπούλου", "Δήμος Λαρισαίων", "1ο Γυμνάσιο
# Λάρισας") or in Latin letters as the firm writes itself
# ("Thermodomi S.A.", "Christodoulou Pharmacy", "Georgiou & Ioannou
# LLC"): Α.Ε. / Ε.Π.Ε. / Ι.Κ.Ε. / Μ.Ι.Κ.Ε. / Ο.Ε. / Ε.Ε. firms ("ΑΦΟΙ",
# "& ΣΙΑ"), Cypriot Λτδ / Ltd firms and law firms' LLC, sole traders by
# their owner (surname first, the father's name in the genitive) or a
# trade and the owner's genitive, pharmacies, doctors' and dentists'
# practices, law and accounting offices, municipalities (Δήμος and the
# demonym's genitive) and their legal entities (ΔΕΥΑ, ΚΔΑΠ, ΚΕΚΠΑ,
# Cyprus's water boards), schools with their numbers ("1ο", Cyprus's
# "Β'"), churches and metropolises, associations and cooperatives,
# hotels and tavernas, franchise stores of shared chains; ΑΦΜ (with its
# check digit), ΓΕΜΗ and Cypriot ΗΕ numbers on some names.  Writes
# OUTDIR/customers.json (as Syncro's GET /customers returns them),
# names.tsv (typed TAB true id or "" TAB kind TAB machine),
# sessions.jsonl and sessions-machine.jsonl through linkgen.desk_main.
# Python stdlib only, deterministic for a seed.  Customer ids from
# 56000000 (below 56200000 at 50,000 customers: the id grows by 1 to 3
# with a customer kept), contacts' and assets' from 56300001 (below
# 57000000).
#
# Where each shape comes from ("found": found with the session's search
# tool; "known": public knowledge, no search):
# - Transliteration (found: gschizas/romanizepython and pypi Romanize -
#   ISO 843:1997, "also known as ELOT 743:1987"; pub.dev greek_romanizer
#   - ELOT 743 / BGN-PCGN table, μπ as b at a word's start, "English and
#   German phonetic respellings"; timossavva/greek-to-greeklish and
#   wordpress kgr-elot-743 - ELOT 743 slugs; howlingpixel "Romanization
#   of Greek" - Γιάννης as Yannis, Ioannis, Yiannis, Giannis):
#   the phonetic spellings (Papadopulos, Lambropoulos, Dokos) known.
# - Greeklish (found: encyclopedia4u / kids.net.au "Greeklish" - 8 for
#   theta, u for theta as the Greek keyboard puts θ on U, 3 for ksi,
#   "kalhmera, pws eisaste"; wordreference "8 for theta but o for
#   omega"): the Greek keyboard's keys (ς on W, ψ on C, ω on V, ξ on J,
#   the tonos a dead key on ";") known.
# - Legal forms (found: makrislawoffice.com and georgakilawfirm.com - AE,
#   EPE, OE, EE, IKE; companyformationgreece.com - A.E, E.P.E, O.E, E.E;
#   privelpartners.gr - "AE or SA", "EPE or Ltd", "IKE or PC", GEMI;
#   thenationalherald.com - "Societe Anonyme (S.A.) - Anonymi Eteria
#   (A.E.)"): Μ.Ι.Κ.Ε., ΑΦΟΙ, "& ΣΙΑ", G.P. / L.P. and Cyprus's Λτδ /
#   LLC known.
# - Numbers (found: tedlaz/grnames afm.py and tedlaz/tedutil - the ΑΦΜ
#   of nine digits, the check (sum of d * 2^(8-i)) mod 11 mod 10;
#   clytras/afm-java - "090000045" valid, "123456789" not, individuals
#   from 1-4, before 1999 from 0; apify kyb-data "Cyprus Company Check"
#   - HE plus up to six digits, in Greek or Latin letters, "HE 123456 or
#   ΗΕ123456"; apify regdata DRCOR - "HE 6771"; docs.oracle.com Cyprus -
#   CY VAT "CY90001291U"): EL before a VAT number and ΓΕΜΗ numbers of
#   twelve digits known.
# - Surnames, given names and their genitives (known: Παπαδόπουλος /
#   Παπαδοπούλου, the -άκης of Crete, the -ίδης of the north, Cyprus's
#   Χριστοδούλου / Χαραλάμπους; a woman's surname the genitive of a
#   man's; Γεώργιος registered, Γιώργος said).
# - Places and bodies (known): Δήμος with the demonym's genitive (Δήμος
#   Αθηναίων, Πατρέων, Λαρισαίων), ΔΕΥΑ and its town's initial (ΔΕΥΑΛ),
#   ΚΔΑΠ, ΚΕΚΠΑ, Ιερά Μητρόπολη, Cyprus's Συμβούλιο Υδατοπρομήθειας.
# - Chains and vendors (known): Everest, Goody's, Coffee Island,
#   Μασούτης, Κρητικός, Alphamega, Zorbas; Cosmote, Vodafone, Nova,
#   Cyta, Epic, SoftOne, Epsilon Net, Entersoft, Πλαίσιο, Κωτσόβολος,
#   Stephanis.
#
# Real-row kinds (shares in KINDS): exact, caps (Greek capitals drop the
# tonos), lower (σ for ς some of the time), typo (the Greek or the US
# keyboard), two typos, tonos (dropped), latin (a Greek name in ELOT or
# phonetic Latin letters), greeklish (8, 3, x, h, w), layout (a Greek
# name typed with the English layout on: PAPADOPOYLOS, Farmake;io),
# respelt (a Latin name in another transliteration: Papadopoulos /
# Papadopulos, Christodoulou / Xristodoulou), truncated, abbrev (ΑΦΟΙ /
# Αφοί / Bros, Δ., Γυμν., Φαρμ., ΔΕΥΑ written out, Ι.Ν., "και ΣΙΑ",
# 1ο / 1 / 1o), acronym (ΔΕΥΑΛ, a brand and trade by initials), legal
# (dropped, respelt or swapped: ΑΕ, A.E., S.A., SA, ΕΠΕ, Ltd, IKE,
# P.C., Λτδ / LTD / Limited), number (ΑΦΜ, EL VAT, ΓΕΜΗ, ΗΕ typed
# another way), branch (Υποκατάστημα, Κατάστημα, Branch and the town),
# owner (a sole trader, pharmacist, doctor or lawyer by the owner's
# name as said: Γιώργος for the registry's ΓΕΩΡΓΙΟΣ, either order, in
# Latin letters too), contact, person, domain, mixed.
# Impostors (about 37% of rows): same shape, other store (a chain's
# store elsewhere), other town (the same-named body of a town no
# customer is in: Δήμος Τυρνάβου, 1ο Γυμνάσιο Ελασσόνας), other school
# (another number in the same town), other number (another valid ΑΦΜ or
# ΗΕ), holding (Συμμετοχών Α.Ε., Holdings Ltd), family member (the
# brother's or daughter's firm of the same surname, ΑΦΟΙ beside the one
# brother), namesake (the Cypriot Ltd of a Greek Α.Ε.'s brand and the
# Hellas Α.Ε. of a Cypriot one), town body (ΔΕΥΑ, ΚΔΑΠ, Λιμενικό Ταμείο
# of a customer's town), person, personal, prospect, vendor, own staff.
# The share holds at 50,000 customers (same_class); there the family,
# person, personal and other-school impostors are few or none (most
# relatives, names and school numbers are someone's) and others fill.
#
# Machines (linkgen.machine): a real row on one of its customer's assets
# 72%, another customer's 4%; impostors on unknown machines, a shared
# role name (GRAMMATEIA, LOGISTIRIO, TAMEIO1 ...) 18%, own staff on the
# bench (SERVICE-<desk>-1 to 6).
#
# Labels: rows label-audit.py doubts are drawn again (it reads Greek
# script as ELOT 743 for a list like this one), and so are impostors
# that, read through this generator's skeleton (Greek in ELOT Latin,
# then every spelling folded to one: ou / u, ch / h / x / ks, th / 8, mp
# / b, nt / d, y / i / ei / oi, w / o, doubled letters once; legal forms,
# "και", "του", ΑΦΜ / ΓΕΜΗ words dropped; ΑΦΟΙ / Bros and ΔΕΥΑ read as
# their words; a number read as its digits), are a customer's name or a
# form of it, or hold all its words less one, or hold a listed person's
# full name (linkgen.Checks).  A person's name is a real row only when
# that whole name is one customer's contact only.
import functools
import os
import re
import sys
import unicodedata
from itertools import accumulate, islice

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linkgen as lk  # noqa: E402

# ---------------------------------------------------------------- places
# Each desk: country, state, "town/genitive/municipality's genitive/
# weight/postcode head" records, towns of its region no customer is in.
DESK = {
	"ATH": ("GR", "Attiki", """Αθήνα/Αθηνών/Αθηναίων/8/104
		Πειραιάς/Πειραιά/Πειραιά/3/185 Περιστέρι/Περιστερίου/Περιστερίου/2/121
		Καλλιθέα/Καλλιθέας/Καλλιθέας/2/176 Μαρούσι/Αμαρουσίου/Αμαρουσίου/2/151
		Γλυφάδα/Γλυφάδας/Γλυφάδας/2/166 Χαλάνδρι/Χαλανδρίου/Χαλανδρίου/1/152""",
		"""Κορωπί/Κορωπίου/Κρωπίας Μέγαρα/Μεγάρων/Μεγαρέων
		Ραφήνα/Ραφήνας/Ραφήνας-Πικερμίου"""),
	"SKG": ("GR", "Kentriki Makedonia", """Θεσσαλονίκη/Θεσσαλονίκης/Θεσσαλονίκης/8/546
		Καλαμαριά/Καλαμαριάς/Καλαμαριάς/2/551 Θέρμη/Θέρμης/Θέρμης/1/570
		Κατερίνη/Κατερίνης/Κατερίνης/2/601 Σέρρες/Σερρών/Σερρών/2/621
		Βέροια/Βέροιας/Βέροιας/1/591""",
		"""Κιλκίς/Κιλκίς/Κιλκίς Έδεσσα/Έδεσσας/Έδεσσας
		Γιαννιτσά/Γιαννιτσών/Πέλλας"""),
	"GPA": ("GR", "Dytiki Ellada", """Πάτρα/Πάτρας/Πατρέων/8/262
		Αίγιο/Αιγίου/Αιγιαλείας/2/251 Πύργος/Πύργου/Πύργου/2/271
		Αγρίνιο/Αγρινίου/Αγρινίου/3/301 Αμαλιάδα/Αμαλιάδας/Ήλιδας/1/272""",
		"""Ναύπακτος/Ναυπάκτου/Ναυπακτίας Μεσολόγγι/Μεσολογγίου/Μεσολογγίου
		Καλάβρυτα/Καλαβρύτων/Καλαβρύτων"""),
	"HER": ("GR", "Kriti", """Ηράκλειο/Ηρακλείου/Ηρακλείου/8/712
		Χανιά/Χανίων/Χανίων/4/731 Ρέθυμνο/Ρεθύμνου/Ρεθύμνης/2/741
		Άγιος_Νικόλαος/Αγίου_Νικολάου/Αγίου_Νικολάου/1/721
		Μαλεβίζι/Μαλεβιζίου/Μαλεβιζίου/1/715""",
		"""Σητεία/Σητείας/Σητείας Ιεράπετρα/Ιεράπετρας/Ιεράπετρας
		Κίσσαμος/Κισσάμου/Κισσάμου"""),
	"LRA": ("GR", "Thessalia", """Λάρισα/Λάρισας/Λαρισαίων/8/412
		Βόλος/Βόλου/Βόλου/4/382 Τρίκαλα/Τρικάλων/Τρικκαίων/3/421
		Καρδίτσα/Καρδίτσας/Καρδίτσας/2/431""",
		"""Τύρναβος/Τυρνάβου/Τυρνάβου Ελασσόνα/Ελασσόνας/Ελασσόνας
		Φάρσαλα/Φαρσάλων/Φαρσάλων"""),
	"NIC": ("CY", "Lefkosia", """Λευκωσία/Λευκωσίας/Λευκωσίας/8/10
		Στρόβολος/Στροβόλου/Στροβόλου/3/20 Λακατάμεια/Λακατάμειας/Λακατάμειας/2/23
		Λάρνακα/Λάρνακας/Λάρνακας/4/60 Έγκωμη/Έγκωμης/Έγκωμης/1/24""",
		"""Αγλαντζιά/Αγλαντζιάς/Αγλαντζιάς Αθηένου/Αθηένου/Αθηένου
		Ιδάλιον/Ιδαλίου/Ιδαλίου"""),
	"LMS": ("CY", "Lemesos", """Λεμεσός/Λεμεσού/Λεμεσού/8/30
		Γερμασόγεια/Γερμασόγειας/Γερμασόγειας/2/40 Πάφος/Πάφου/Πάφου/4/80
		Μέσα_Γειτονιά/Μέσα_Γειτονιάς/Μέσα_Γειτονιάς/1/41""",
		"""Παραλίμνι/Παραλιμνίου/Παραλιμνίου Γεροσκήπου/Γεροσκήπου/Γεροσκήπου
		Πόλις_Χρυσοχούς/Πόλεως_Χρυσοχούς/Πόλεως_Χρυσοχούς""")}
DESK_SHARE = [("ATH", 26), ("SKG", 16), ("GPA", 9), ("HER", 10),
	("LRA", 9), ("NIC", 17), ("LMS", 13)]
# The town names Latin letters use instead of a transliteration.
COMMON = {"Αθήνα": "Athens", "Πειραιάς": "Piraeus", "Πάτρα": "Patras",
	"Ηράκλειο": "Heraklion", "Λάρισα": "Larissa", "Λευκωσία": "Nicosia",
	"Λεμεσός": "Limassol", "Λάρνακα": "Larnaca", "Πάφος": "Paphos",
	"Θεσσαλονίκη": "Thessaloniki"}


def town_recs(text, fields=5):
	"""(town, genitive, municipality's genitive[, weight, postcode head])
	of each record; "_" stands for a space inside a name."""
	out = []
	for rec in text.split():
		f = rec.replace("_", " ").split("/")
		out.append(tuple(f[:3]) + ((int(f[3]), f[4]) if fields == 5
			else ()))
	return out


TOWNS = {d: town_recs(v[2]) for d, v in DESK.items()}
TOWN_CUM = {d: list(accumulate(t[3] for t in ts)) for d, ts in TOWNS.items()}
CC = {d: v[0] for d, v in DESK.items()}
AWAY = {d: town_recs(v[3], 3) for d, v in DESK.items()}
STREETS = {"GR": ["Ερμού", "Σταδίου", "Αγίου Δημητρίου", "Εγνατίας",
	"Κολοκοτρώνη", "Βενιζέλου", "28ης Οκτωβρίου", "Μητροπόλεως",
	"Παπαναστασίου", "Κηφισίας", "Ελευθερίου Βενιζέλου", "Αθηνών"],
	"CY": ["Μακαρίου Γ'", "Αρχιεπισκόπου Κυπριανού", "Ευαγόρου",
	"Στασικράτους", "Γρίβα Διγενή", "Ανεξαρτησίας", "Λεωφόρος Σπύρου Κυπριανού",
	"Αγίου Ανδρέα", "Ομήρου", "Γλάδστωνος"]}

# ---------------------------------------------------------------- people
# Surnames: nominative / genitive (a woman's surname is the genitive).
GR_SUR = [s.split("/") for s in """Παπαδόπουλος/Παπαδοπούλου
	Παπαδάκης/Παπαδάκη Οικονόμου/Οικονόμου Βλάχος/Βλάχου Μακρής/Μακρή
	Καραγιάννης/Καραγιάννη Κωνσταντινίδης/Κωνσταντινίδη
	Χατζηδάκης/Χατζηδάκη Σταυρόπουλος/Σταυροπούλου Πετρίδης/Πετρίδη
	Ζερβός/Ζερβού Κυριακίδης/Κυριακίδη Μαυρίδης/Μαυρίδη
	Λαμπρόπουλος/Λαμπροπούλου Τσολάκης/Τσολάκη Θεοδωρίδης/Θεοδωρίδη
	Κατσαρός/Κατσαρού Ψαρράς/Ψαρρά Ξενάκης/Ξενάκη Μπακάλης/Μπακάλη
	Ντόκος/Ντόκου Γκίκας/Γκίκα Αγγελόπουλος/Αγγελοπούλου Δρόσος/Δρόσου
	Καλογεράκης/Καλογεράκη Σπυρόπουλος/Σπυροπούλου Ηλιόπουλος/Ηλιοπούλου
	Χρυσοχόος/Χρυσοχόου Φωτόπουλος/Φωτοπούλου Μπουρνάζος/Μπουρνάζου
	Αθανασίου/Αθανασίου Δημητρίου/Δημητρίου Νικολάου/Νικολάου
	Ευθυμίου/Ευθυμίου""".split()]
CY_SUR = [s.split("/") for s in """Γεωργίου/Γεωργίου
	Χριστοδούλου/Χριστοδούλου Ιωάννου/Ιωάννου Κωνσταντίνου/Κωνσταντίνου
	Χαραλάμπους/Χαραλάμπους Παναγιώτου/Παναγιώτου Αντωνίου/Αντωνίου
	Μιχαήλ/Μιχαήλ Σάββα/Σάββα Χατζηγεωργίου/Χατζηγεωργίου
	Ευαγγέλου/Ευαγγέλου Λοΐζου/Λοΐζου Κυριάκου/Κυριάκου
	Στυλιανού/Στυλιανού Παπαναστασίου/Παπαναστασίου Σολομωνίδης/Σολομωνίδη
	Ιακώβου/Ιακώβου Θεοχάρους/Θεοχάρους Πετρίδης/Πετρίδη
	Χατζηπαύλου/Χατζηπαύλου Ζαχαρίου/Ζαχαρίου Κλεάνθους/Κλεάνθους
	Αγαθοκλέους/Αγαθοκλέους Τρύφωνος/Τρύφωνος""".split()]
SURNAMES = {"GR": GR_SUR, "CY": CY_SUR}
# Given names: registered, said, genitive.
MEN = [g.split("/") for g in """Γεώργιος/Γιώργος/Γεωργίου
	Κωνσταντίνος/Κώστας/Κωνσταντίνου Δημήτριος/Δημήτρης/Δημητρίου
	Ιωάννης/Γιάννης/Ιωάννου Νικόλαος/Νίκος/Νικολάου
	Παναγιώτης/Πάνος/Παναγιώτη Αθανάσιος/Θανάσης/Αθανασίου
	Ευάγγελος/Βαγγέλης/Ευαγγέλου Χαράλαμπος/Μπάμπης/Χαραλάμπους
	Σπυρίδων/Σπύρος/Σπυρίδωνος Μιχαήλ/Μιχάλης/Μιχαήλ
	Αντώνιος/Αντώνης/Αντωνίου Στυλιανός/Στέλιος/Στυλιανού
	Χρήστος/Χρήστος/Χρήστου Εμμανουήλ/Μανώλης/Εμμανουήλ
	Ανδρέας/Αντρέας/Ανδρέα""".split()]
WOMEN = [g.split("/") for g in """Μαρία/Μαρία/Μαρίας Ελένη/Ελένη/Ελένης
	Αικατερίνη/Κατερίνα/Αικατερίνης Βασιλική/Βάσω/Βασιλικής
	Σοφία/Σοφία/Σοφίας Αγγελική/Αγγελική/Αγγελικής
	Δέσποινα/Δέσποινα/Δέσποινας Γεωργία/Γεωργία/Γεωργίας
	Χριστίνα/Χριστίνα/Χριστίνας Ειρήνη/Ειρήνη/Ειρήνης
	Αναστασία/Τασούλα/Αναστασίας Παναγιώτα/Γιώτα/Παναγιώτας""".split()]
# Surnames no customer draws (same-shape impostors).
OUT_SURNAME = {"GR": [["Τζαννετάκος", "Τζαννετάκου"], ["Μπιτσάκος",
	"Μπιτσάκου"], ["Ρουμελιώτης", "Ρουμελιώτη"], ["Φραγκιαδάκης",
	"Φραγκιαδάκη"]], "CY": [["Χατζηκυριάκου", "Χατζηκυριάκου"],
	["Νεοφύτου", "Νεοφύτου"], ["Αριστείδου", "Αριστείδου"],
	["Περικλέους", "Περικλέους"]]}


def person(rng, cc, women=.4):
	"""(given registered, given said, given genitive, surname, surname
	genitive, woman?); a woman's surname is the genitive form."""
	w = rng.random() < women
	g = rng.choice(WOMEN if w else MEN)
	s = rng.choice(SURNAMES[cc])
	sur = s[1] if w else s[0]
	return g[0], g[1], g[2], sur, s[1], w


# ---------------------------------------------------------------- words
HEADS = ["Αγρο", "Τεχνο", "Ηλεκτρο", "Θερμο", "Υδρο", "Ευρω", "Μηχανο",
	"Ξυλο", "Μετα", "Αερο", "Γεω", "Πολυ", "Ενεργο", "Ιντερ", "Οικο",
	"Ναυτο"]
TAILS = ["δομή", "τεχνική", "μηχανική", "πλαστ", "λογική", "κίνηση",
	"σύστημα", "τρονική", "φόρμα", "γραμμή", "ποιότητα", "ρυθμός"]
BRAND = sorted({h + t for h in HEADS for t in TAILS})
# Hotels', tavernas', pharmacies' and clubs' names.
NICE = ["Αιγαίο", "Όλυμπος", "Ερμής", "Ποσειδών", "Ήλιος", "Αθηνά",
	"Πήγασος", "Ωκεανίς", "Ίρις", "Δελφίνι", "Φάρος", "Ζέφυρος", "Αύρα",
	"Κυκλάδες", "Σελήνη", "Ελιά", "Μύρτος", "Αμφιτρίτη", "Θέτις", "Νηρέας"]
OUT_NICE = ["Καλλιστώ", "Ευρυδίκη", "Αλκυόνη", "Πρωτέας"]
OUT_BRAND = ["Κυανοτεχνική", "Λιθοδομή", "Ορειχαλκίνη", "Αστροκίνηση"]
TRADE = ["Τεχνική", "Κατασκευαστική", "Εμπορική", "Μεταφορική",
	"Ηλεκτρονική", "Ενεργειακή", "Τουριστική", "Ναυτιλιακή"]
SHOP = ["Ηλεκτρολογικά", "Συνεργείο Αυτοκινήτων", "Κρεοπωλείο",
	"Αρτοποιείο", "Κομμωτήριο", "Φροντιστήριο", "Βιβλιοπωλείο",
	"Ψητοπωλείο", "Ανθοπωλείο", "Οπτικά"]
CHAINS = {"GR": ["Everest", "Goody's", "Coffee Island", "Μασούτης",
	"Κρητικός", "Mikel"], "CY": ["Alphamega", "Coffee Island", "Zorbas",
	"Mikel", "Costa Coffee"]}
SAINTS = ["Αγίου Νικολάου", "Αγίου Γεωργίου", "Αγίου Δημητρίου",
	"Αγίας Τριάδος", "Αγίου Αντωνίου", "Αγίας Παρασκευής",
	"Αγίων Αποστόλων", "Παναγίας Φανερωμένης", "Αγίου Σπυρίδωνος"]
GNUM = ["Α'", "Β'", "Γ'", "Δ'"]
SMALL = {"GR": [("Ο.Ε.", 3), ("Ι.Κ.Ε.", 3), ("Ε.Π.Ε.", 1), ("Ε.Ε.", 1)],
	"CY": [("Λτδ", 3), ("ΛΤΔ", 1)]}
GR_FIRM = [("Α.Ε.", 30), ("Ε.Π.Ε.", 18), ("Ι.Κ.Ε.", 28), ("Μ.Ι.Κ.Ε.", 6),
	("Ο.Ε.", 12), ("Ε.Ε.", 6)]
CY_FIRM = [("Λτδ", 6), ("ΛΤΔ", 3), ("Limited", 1)]
# Sectors: weight, then per country (legal share, legal forms,
# templates, share written in Latin letters).  {B} brand, {F} a nice
# name, {S} {Sg} surname and its genitive, {S2} {S2g} another, {I} the
# owner's initial, {O} the owner as registered (given name first), {OR}
# surname first, {Gs} the owner's given name as said, {FA} the father's
# genitive, {TR} a trade, {SH} a shop's trade, {C} a chain, {P} {Pg} the
# town and its genitive, {Dg} the municipality's genitive, {NO} a
# school's number, {NOg} its genitive, {GN} a Cypriot school's letter,
# {SA} a saint; a template beginning "!" takes no legal form.
SECTORS = {
	"firma": (24, {"GR": (.98, GR_FIRM, ["{B}", "{B}", "{B} {TR}",
		"{I}. {S} {TR}", "ΑΦΟΙ {Sg}", "{S} & ΣΙΑ", "{S} - {S2}"], .35),
		"CY": (.98, CY_FIRM, ["{B}", "{B} {TR}", "{S} & Υιοί", "ΑΦΟΙ {S}",
		"{S} & {S2}"], .7)}),
	"sole": (13, {"GR": (0, [], ["!{OR} του {FA}", "{SH} {Sg}",
		"{SH} {O}", "!{OR}"], .15), "CY": (0, [], ["!{O}", "{SH} {O}",
		"{SH} {S}"], .4)}),
	"farm": (6, {"GR": (.3, [("Ο.Ε.", 1)], ["Φαρμακείο {Sg}",
		"!Φαρμακείο {OR}", "Φαρμακείο {Sg} - {S2g}"], .1),
		"CY": (.2, SMALL["CY"], ["Φαρμακείο {O}", "Φαρμακείο {S}"], .5)}),
	"iatr": (6, {"GR": (.15, [("Ι.Κ.Ε.", 1)], ["Ιατρείο {O}",
		"Οδοντιατρείο {Sg}", "{B} Διαγνωστικό Κέντρο", "Πολυϊατρείο {F}"],
		.2), "CY": (.3, SMALL["CY"], ["Ιατρείο Δρ. {O}",
		"Οδοντιατρείο {O}", "{B} Διαγνωστικό Κέντρο"], .5)}),
	"law": (5, {"GR": (.3, [("Δικηγορική Εταιρεία", 1)],
		["!Δικηγορικό Γραφείο {Sg}", "{S} & Συνεργάτες", "{S} - {S2}"], .2),
		"CY": (.7, [("LLC", 3), ("Δ.Ε.Π.Ε.", 1)], ["{S} & {S2}",
		"{S} & Συνεργάτες", "Δικηγορικό Γραφείο {O}"], .6)}),
	"acc": (5, {"GR": (.5, [("Ι.Κ.Ε.", 2), ("Ο.Ε.", 1)],
		["Λογιστικό Γραφείο {Sg}", "{B} Λογιστική", "{S} & Συνεργάτες"],
		.2), "CY": (.8, SMALL["CY"], ["{S} & Συνεργάτες Ελεγκτές",
		"{B} Λογιστική"], .7)}),
	"dimos": (4, {"GR": (0, [], [], 0), "CY": (0, [], [], 0)}),
	"nppd": (4, {"GR": (0, [], ["ΔΕΥΑ {Pg}", "ΚΔΑΠ Δήμου {Dg}",
		"Κέντρο Κοινωνικής Προστασίας Δήμου {Dg}",
		"Δημοτικό Λιμενικό Ταμείο {Pg}"], 0), "CY": (0, [], [
		"Συμβούλιο Υδατοπρομήθειας {Pg}", "Δημοτικό Θέατρο {Pg}",
		"Δημοτική Βιβλιοθήκη {Pg}"], 0)}),
	"school": (8, {"GR": (0, [], ["{NO} Δημοτικό Σχολείο {Pg}",
		"{NO} Γυμνάσιο {Pg}", "{NO} Γενικό Λύκειο {Pg}",
		"{NO} Νηπιαγωγείο {Pg}", "{NO} ΕΠΑΛ {Pg}"], 0), "CY": (0, [], [
		"Δημοτικό Σχολείο {Pg} {GN}", "Γυμνάσιο {SA} {Pg}",
		"Λύκειο {SA} {Pg}"], 0)}),
	"church": (3, {"GR": (0, [], ["Ιερός Ναός {SA} {Pg}",
		"Ιερά Μητρόπολη {Pg}"], 0), "CY": (0, [], ["Ιερός Ναός {SA} {Pg}",
		"Ιερά Μητρόπολη {Pg}"], 0)}),
	"assoc": (5, {"GR": (0, [], ["Σύλλογος Γονέων και Κηδεμόνων {NOg} "
		"Δημοτικού Σχολείου {Pg}", "Αθλητικός Σύλλογος {F} {Pg}",
		"Πολιτιστικός Σύλλογος {Pg}", "Αγροτικός Συνεταιρισμός {Pg}"], 0),
		"CY": (0, [], ["Αθλητικός Σύλλογος {F} {Pg}",
		"Σύνδεσμος Γονέων Γυμνασίου {SA} {Pg}",
		"Πολιτιστικός Όμιλος {Pg}"], 0)}),
	"hotel": (7, {"GR": (.5, [("Α.Ε.", 2), ("Ο.Ε.", 2), ("Ι.Κ.Ε.", 1)],
		["Ξενοδοχείο {F} {P}", "Ταβέρνα {F}", "Ταβέρνα ο {Gs}",
		"{F} Ξενοδοχειακή"], .4), "CY": (.6, SMALL["CY"], [
		"Ξενοδοχείο {F} {P}", "Ταβέρνα {F}", "{F} Ξενοδοχειακή"], .6)}),
	"store": (6, {"GR": (.7, SMALL["GR"], ["{C} {Pg}"], .3),
		"CY": (.7, SMALL["CY"], ["{C} {Pg}"], .6)})}
# English words a firm writes in Latin letters for its Greek ones.
ENGLISH = [("Φαρμακείο", "Pharmacy"), ("Οδοντιατρείο", "Dental Clinic"),
	("Ιατρείο Δρ.", "Dr."), ("Ιατρείο", "Clinic"),
	("Διαγνωστικό Κέντρο", "Diagnostic Centre"), ("Πολυϊατρείο",
	"Medical Centre"), ("Δικηγορικό Γραφείο", "Law Office"),
	("Λογιστικό Γραφείο", "Accounting Office"), ("Λογιστική",
	"Accounting"), ("Ξενοδοχειακή", "Hotels"), ("Ξενοδοχείο", "Hotel"),
	("Ταβέρνα", "Taverna"), ("ΑΦΟΙ", "Bros"), ("& Υιοί", "& Sons"),
	("& Συνεργάτες Ελεγκτές", "& Co Auditors"), ("& Συνεργάτες",
	"& Associates"), ("& ΣΙΑ", "& Co"), ("Τεχνική", "Technical"),
	("Κατασκευαστική", "Construction"), ("Εμπορική", "Trading"),
	("Μεταφορική", "Transport"), ("Ηλεκτρονική", "Electronics"),
	("Ενεργειακή", "Energy"), ("Τουριστική", "Tourism"), ("Ναυτιλιακή",
	"Shipping"), ("Ηλεκτρολογικά", "Electrical"), ("Συνεργείο Αυτοκινήτων",
	"Car Service"), ("Κομμωτήριο", "Hair Salon"), ("Φροντιστήριο",
	"Tutoring"), ("Οπτικά", "Optics")]
LATIN_LEGAL = {"Α.Ε.": ["S.A.", "A.E.", "SA"], "Ε.Π.Ε.": ["E.P.E.", "Ltd",
	"EPE"], "Ι.Κ.Ε.": ["I.K.E.", "P.C.", "IKE"], "Μ.Ι.Κ.Ε.": ["M.I.K.E.",
	"Single Member P.C."], "Ο.Ε.": ["O.E.", "G.P.", "OE"], "Ε.Ε.": ["E.E.",
	"L.P.", "EE"], "Λτδ": ["Ltd", "LTD", "Limited"], "ΛΤΔ": ["LTD", "Ltd"],
	"Limited": ["Limited"], "LLC": ["LLC"], "Δ.Ε.Π.Ε.": ["LLC"],
	"Δικηγορική Εταιρεία": ["Law Firm"]}
# Other bodies of a municipality (town-body impostors).
BODIES = {"GR": ["ΔΕΥΑ {Pg}", "ΚΔΑΠ Δήμου {Dg}", "Δημοτικό Λιμενικό Ταμείο {Pg}",
	"Κέντρο Κοινωνικής Προστασίας Δήμου {Dg}", "Δημοτικό Ωδείο {Pg}"],
	"CY": ["Συμβούλιο Υδατοπρομήθειας {Pg}", "Δημοτικό Θέατρο {Pg}",
	"Δημοτική Βιβλιοθήκη {Pg}", "Δημοτικό Μέγαρο {Pg}"]}
ROLES = {"firma": ["LOGISTIRIO", "GRAMMATEIA", "SERVER", "APOTHIKI"],
	"sole": ["GRAFEIO", "TAMEIO", "LAPTOP"], "farm": ["TAMEIO1", "TAMEIO2",
	"FARMAKEIO"], "iatr": ["REC", "IATREIO1", "GRAMMATEIA"], "law":
	["GRAMMATEIA", "DIKIGOROS1", "SERVER"], "acc": ["LOGISTIS1",
	"LOGISTIS2", "SERVER"], "dimos": ["PROTOKOLLO", "DIMARXOS", "KEP1",
	"TAMEIAKI"], "nppd": ["GRAFEIO", "LOGISTIRIO", "SCADA"], "school":
	["DIEFTHINTIS", "GRAFEIO", "ERGASTIRIO1", "ERGASTIRIO2"], "church":
	["GRAFEIO", "NAOS"], "assoc": ["GRAFEIO"], "hotel": ["RECEPTION",
	"FRONTDESK", "KOUZINA", "POS1"], "store": ["TAMEIO1", "POS",
	"APOTHIKI"]}
TECHS = {"ATH": ["Άγγελος Ραφτόπουλος", "Νεφέλη Κουρή"], "SKG":
	["Παύλος Ζαφειρίου", "Ιφιγένεια Τσακίρη"], "GPA": ["Λευτέρης Μπούρας",
	"Ζωή Αναγνωστοπούλου"], "HER": ["Μύρων Σαρρής", "Αριάδνη Βρέντζου"],
	"LRA": ["Φοίβος Γαλάνης", "Ηρώ Σκλαβενίτη"], "NIC": ["Marios Constantinou",
	"Elena Kyprianou"], "LMS": ["Andreas Demetriou", "Stella Panayi"]}
VENDORS = ["Cosmote", "Vodafone Greece", "Nova", "Cyta", "Epic",
	"Primetel", "SoftOne", "Epsilon Net", "Entersoft", "SingularLogic",
	"Πλαίσιο", "Κωτσόβολος", "Stephanis", "ΔΕΗ", "ΕΛΤΑ Courier",
	"Syncro Support", "Τράπεζα Πειραιώς", "Bank of Cyprus", "ACS Courier"]
STAFF = """Πάγκος service 3|SERVICE-ATH-2|Δοκιμαστικό 4|Αποθήκη|Image
	Win11|Επισκευή 17|Νεφέλη Κουρή|Marios Constantinou|Bench 5|Εργαστήριο
	PC|Αντικατάσταση 2""".replace("\n\t", " ").split("|")
PERSONAL = """Ιδιώτης - {G} {S}|{G} {S} (ιδιώτης)|Laptop {G}|Σπίτι
	{S}|{S} {G} σπίτι|Private - {G} {S}|Γιος - PC|ιδιώτης {S}""".replace(
	"\n\t", " ").split("|")
PERSON = "|||Ιδιώτης |Πελάτης: |Client: ".split("|")
PROSPECT = "Προσφορά - |Δοκιμή: |Demo |Test - |Offer: |Ενδιαφέρον - ".split(
	"|")
OWN_TRADE = {"GR": ["Συμμετοχών", "Holdings", "Ακίνητα", "Επενδυτική"],
	"CY": ["Holdings", "Investments", "Properties", "Estates"]}
FREE = ("gmail", "yahoo", "hotmail", "otenet", "cytanet", "windowslive")

# ---------------------------------------------------------------- letters
ELOT = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω", ["a", "v", "g", "d", "e",
	"z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s",
	"t", "y", "f", "ch", "ps", "o"]))
GREEKLISH = dict(ELOT, θ="8", ξ="3", χ="x", η="h", ω="w", υ="u", β="b")
SHORTLAT = dict(ELOT, η="i", υ="i", ω="o", χ="h")
# The English layout's letter on each Greek key (ς on W, θ on U ...).
LAYOUT = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω", "abgdezhuiklmnjoprswtyfxcv"))
# Digraphs each style writes its own way, the first that fits.
DIGRAPHS = {"elot": [("^μπ", "b"), ("ου", "ou"), ("αυ(?=[θκξπστφχψ]|$)",
	"af"), ("ευ(?=[θκξπστφχψ]|$)", "ef"), ("αυ", "av"), ("ευ", "ev"),
	("γγ", "ng"), ("γκ", "gk"), ("γξ", "nx"), ("γχ", "nch")],
	"phon": [("^μπ", "b"), ("μπ", "mb"), ("^ντ", "d"), ("ντ", "nd"),
	("^γκ", "g"), ("γκ", "ng"), ("γγ", "ng"), ("ου", "ou"),
	("αυ(?=[θκξπστφχψ]|$)", "af"), ("ευ(?=[θκξπστφχψ]|$)", "ef"),
	("αυ", "av"), ("ευ", "ev")],
	"short": [("μπ", "b"), ("^ντ", "d"), ("γκ", "g"), ("γγ", "g"),
	("ου", "u"), ("αι", "e"), ("ει", "i"), ("οι", "i"), ("αυ", "av"),
	("ευ", "ev")],
	"greeklish": [("ου", "ou"), ("αυ", "au"), ("ευ", "eu")]}
SINGLES = {"elot": ELOT, "phon": ELOT, "short": SHORTLAT,
	"greeklish": GREEKLISH, "layout": LAYOUT}
GREEK_RUN = re.compile("[\u0370-\u03ff]+")
DIG_RX = {k: re.compile("|".join("(%s)" % a for a, _ in v)) for k, v in
	DIGRAPHS.items()}


def unaccent(w):
	"""w in small letters without tonos; a diaeresis (Λοΐζου) keeps its
	vowel out of a digraph."""
	w = unicodedata.normalize("NFD", w.lower())
	w = w.replace("\u0308", "\x01").replace("\x01\u0301", "\x01")
	w = "".join(ch for ch in w if not unicodedata.combining(ch))
	out = ""
	for ch in w:	# the mark goes before its vowel
		if ch == "\x01":
			out = out[:-1] + "\x01" + out[-1:]
		else:
			out += ch
	return unicodedata.normalize("NFC", out)


@functools.lru_cache(maxsize=None)
def roman_word(w, style):
	low = unaccent(w)
	singles = SINGLES[style]
	if style == "layout":
		if w.isupper():	# capitals: Σ on S, final or not
			low = low.replace("ς", "σ")
		out = "".join(singles.get(ch, ch) for ch in low.replace("\x01", ""))
	else:
		rules = DIGRAPHS[style]

		def dig(m):
			for k, (_, b) in enumerate(rules):
				if m.group(k + 1):
					return b
		low = DIG_RX[style].sub(dig, low)
		out = "".join(singles.get(ch, ch) for ch in low.replace("\x01", ""))
	if w.isupper() and len(w) > 1:
		return out.upper()
	if w[:1].isupper():
		return out[:1].upper() + out[1:]
	return out


def roman(s, style="elot"):
	"""s with its Greek letters in Latin ones as style writes them: ELOT
	743, a phonetic (passport) spelling, a short one as people type it,
	greeklish (8, 3, x, h, w), or the English layout's keys."""
	return GREEK_RUN.sub(lambda m: roman_word(m.group(0), style), s)


# Each accented Greek letter as its bare one.
BARE = {c: unicodedata.normalize("NFD", chr(c))[0] for c in range(0x370,
	0x400) if len(unicodedata.normalize("NFD", chr(c))) > 1}


def no_tonos(s):
	"""s without tonos (Greek capitals are written so, and lower case
	typed fast)."""
	return s.translate(BARE)


def latin(s):
	return lk.latin(roman(s, "elot"))


def greek(s):
	return bool(GREEK_RUN.search(s))


# ---------------------------------------------------------------- skeleton
FOLDS = [("ks", "x"), ("ph", "f"), ("th", "8"), ("ch", "h"), ("kh", "h"),
	("x", "h"), ("mp", "b"), ("mb", "b"), ("nt", "d"), ("nd", "d"),
	("gk", "g"), ("gg", "g"), ("ng", "g"), ("ou", "u"), ("yi", "gi"),
	("ei", "i"), ("oi", "i"), ("ai", "e"), ("w", "o"), ("y", "i"),
	("b", "v"), ("c", "k"), ("j", "g")]
FOLD_RX = re.compile("|".join(a for a, _ in FOLDS))
FOLD_TO = dict(FOLDS)
LEGAL_RE = re.compile(r"(?<!\w)(?:m\.? ?i\.? ?k\.? ?e\.?|i\.? ?k\.? ?e\.?|"
	r"d\.? ?e\.? ?p\.? ?e\.?|e\.? ?p\.? ?e\.?|a\. ?e\.?|ae|o\.? ?e\.?|"
	r"e\. ?e\.?|ee|s\. ?a\.?|sa|g\. ?p\.?|l\. ?p\.?|p\. ?c\.?|ltd\.?|"
	r"limited|llc|single member|dikigoriki etaireia|law firm)(?!\w)")
NUMBERS = [(re.compile(a), b) for a, b in (
	(r"(?<![a-z])(?:el|gr) ?(?=\d{9}(?!\d))", " "),
	(r"(?<![a-z0-9])(?:h|i)\.? ?e\.? ?(\d{3,6})(?!\d)", r" he\1 "),
	(r"(?<!\d)(\d{3}) ?(\d{3}) ?(\d{3})(?!\d)", r" \1\2\3 "),
	(r"(?<![a-z])([a-d])'", r" \1 "),
	(r"(?<!\d)(\d{1,2}) ?(?:ou|o|os|is|h|i)(?![a-z])", r" \1 "))]
GNUM_AS = {"a": "1", "v": "2", "g": "3", "d": "4"}
LONG = dict(x.split("=") for x in """afoi=adelfi adelfoi=adelfi bros=adelfi
	brothers=adelfi deya=deya kdap=kdap dim=dimotiko gymn=gimnasio
	farm=farmakio pharmacy=farmakio dikigoriko=dikigoriko
	sxoleio=sholio sxol=sholio""".split())
DROP = set("kai and tou tis o i & sia co afm gemi ar arithmos vat he el "
	"ypokatastima katastima branch".split())


def phon(w):
	"""A word with every spelling of its sounds folded to one."""
	if w.isdigit():
		return w
	w = FOLD_RX.sub(lambda m: FOLD_TO[m.group(0)], w)
	return re.sub(r"([a-z])\1+", r"\1", w)


def _words(s):
	s = lk.plain(roman(no_tonos(s).lower(), "elot")).lower()
	s = re.sub(r"(?<=[a-z])8|8(?=[a-z])", "th", s)
	s = re.sub(r"(?<=[a-z])3|3(?=[a-z])", "x", s)
	for rx, b in NUMBERS:
		s = rx.sub(b, s)
	s = LEGAL_RE.sub(" ", s)
	s = re.sub(r"[-,;:()/&'\"]", " ", s)
	out = []
	for w in lk.dotted_words(s, LONG, DROP):
		if len(w) == 1 and w in GNUM_AS and out:
			w = GNUM_AS[w]
		out.append(phon(LONG.get(w, w)))
	return [w for w in out if w not in DROP]


skel, skel_words, ck = lk.desk_checks(_words)


# ---------------------------------------------------------------- numbers
def afm(rng, first):
	"""A nine-digit ΑΦΜ: eight digits (a firm's from 8 or 9, a person's
	from 0 to 4), the check (sum of d * 2^(8-i)) mod 11 mod 10."""
	eight = "%d%07d" % (first, rng.randint(0, 9999999))
	k = sum(int(d) << (8 - i) for i, d in enumerate(eight)) % 11 % 10
	return eight + str(k)


def afm_ok(n):
	return re.fullmatch(r"\d{9}", n) is not None and sum(int(d) << (8 - i)
		for i, d in enumerate(n[:8])) % 11 % 10 == int(n[8])


assert afm_ok("090000045") and not afm_ok("123456789")	# on record


def new_number(rng, c):
	"""A number of c's kind: a Cypriot firm's ΗΕ, else an ΑΦΜ (a firm's
	from 8 or 9, a sole trader's from 0 to 4) or, for a Greek firm one in
	four, a ΓΕΜΗ number."""
	if c["cc"] == "CY":
		return "HE%d" % rng.randint(10000, 459999)
	if c["sector"] == "firma" and rng.random() < .25:
		return "%09d000" % rng.randint(1000000, 180000000)
	return afm(rng, rng.choice([8, 9, 9]) if c["sector"] != "sole" else
		rng.randint(0, 4))


def number_text(n, style):
	"""A number as it is typed."""
	if n.startswith("HE"):
		d = n[2:]
		return ["ΗΕ %s" % d, "HE %s" % d, "HE%s" % d, "Η.Ε. %s" % d,
			"ΗΕ%s" % d, "Αρ. Εγγρ. ΗΕ %s" % d][style % 6]
	if len(n) == 12:
		return ["ΓΕΜΗ %s" % n, "Αρ. ΓΕΜΗ: %s" % n, "GEMI %s" % n, n,
			"ΓΕΜΗ: %s" % n, "G.E.MI. %s" % n][style % 6]
	return ["ΑΦΜ %s" % n, "ΑΦΜ: %s" % n, "AFM %s" % n, "EL%s" % n,
		"Α.Φ.Μ. %s" % n, "%s %s %s" % (n[:3], n[3:6], n[6:])][style % 6]


def numkey(n):
	d = re.sub(r"\D", "", n)
	return ("he" if n.startswith("HE") else "") + d


# ---------------------------------------------------------------- customers
SECTOR_NAMES = list(SECTORS)
SECTOR_CUM = list(accumulate(w for w, _ in SECTORS.values()))


def latin_name(rng, greek_text, cc):
	"""A Greek name as its firm writes it in Latin letters: English words
	for some, the town's usual name, the rest in ELOT or a phonetic
	spelling."""
	t = greek_text
	if rng.random() < (.8 if cc == "CY" else .4):
		for a, b in ENGLISH:
			t = t.replace(a, b)
	for a, b in COMMON.items():
		t = t.replace(a, b)
	return roman(t, rng.choice(["elot", "elot", "phon"]))


def values(rng, c, outside):
	cc, t = c["cc"], c["trec"]
	g, gs, gg, s, sg, w = person(rng, cc)
	s2 = rng.choice(SURNAMES[cc])
	sx = rng.choice(SURNAMES[cc])
	fa = rng.choice(MEN)[2]
	n = rng.randint(1, 12)
	v = {"P": t[0], "Pg": t[1], "Dg": t[2], "B": rng.choice(BRAND),
		"F": rng.choice(NICE), "S": sx[0], "Sg": sx[1], "S2": s2[0],
		"S2g": s2[1], "TR": rng.choice(TRADE), "SH": rng.choice(SHOP),
		"C": rng.choice(CHAINS[cc]), "NO": "%dο" % n, "NOg": "%dου" % n,
		"GN": rng.choice(GNUM), "SA": rng.choice(SAINTS), "FA": fa}
	if outside:	# words no customer's name is made of
		a, b = rng.sample(OUT_SURNAME[cc], 2)
		e = rng.choice(AWAY[c["desk"]])
		v.update(S=a[0], Sg=a[1], S2=b[0], S2g=b[1], P=e[0], Pg=e[1],
			Dg=e[2], B=rng.choice(OUT_BRAND), F=rng.choice(OUT_NICE))
		s, sg = a[0] if not w else a[1], a[1]
	if v["S"] == v["S2"]:
		return None
	c["owner"] = (g, gs, s)
	c["family"] = (v["S"], v["Sg"])
	v["O"] = "%s %s" % (g, s)
	v["OR"] = no_tonos("%s %s" % (s, g)).upper()
	v["I"] = g[0]
	v["Gs"] = gs
	c["woman"] = w
	return v


def template(rng, c):
	share, forms, tpls, _ = SECTORS[c["sector"]][1][c["cc"]]
	if c["sector"] == "dimos":
		return "Δήμος {Dg}", ""
	tpl = rng.choice(tpls)
	if tpl[0] == "!" or not forms or rng.random() >= share:
		return tpl.lstrip("!"), ""
	return tpl, lk.wpick(rng, forms)


def make_customer(rng, desk=None, outside=False):
	"""A customer record, None when its draw does not fit: name, core
	(less the legal form and number), its Greek forms, the words it is
	named by."""
	desk = desk or lk.wpick(rng, DESK_SHARE)
	t = rng.choices(TOWNS[desk], cum_weights=TOWN_CUM[desk])[0]
	c = dict(desk=desk, cc=CC[desk], trec=t, town=t[0], number=None,
		sector=rng.choices(SECTOR_NAMES, cum_weights=SECTOR_CUM)[0])
	v = values(rng, c, outside)
	if v is None or outside and c["sector"] in ("dimos", "church"):
		return None
	tpl, legal = template(rng, c)
	used = set(re.findall(r"\{(\w+)\}", tpl))
	gcore = tpl.format_map(v)
	if "FA" in used or "OR" in used and rng.random() < .5:	# the registry's
		gcore = no_tonos(gcore).upper()
	c["gcore"], c["glegal"] = gcore, legal
	lat_share = SECTORS[c["sector"]][1][c["cc"]][3]
	c["script"] = "lat" if rng.random() < lat_share else "gr"
	if c["script"] == "lat":
		core = latin_name(rng, gcore, c["cc"])
		legal = rng.choice(LATIN_LEGAL[legal]) if legal else ""
	else:
		core = gcore
	if c["script"] == "gr" and c["sector"] in ("firma", "sole") and \
			rng.random() < .3:	# the registry's capitals
		core, legal = no_tonos(core).upper(), legal.upper()
	c["legal"] = legal
	name = ("%s %s" % (core, legal)).strip()
	odds = {"firma": .1, "sole": .15, "farm": .05}.get(c["sector"], 0)
	if rng.random() < odds:
		c["number"] = new_number(rng, c)
		name += rng.choice([", %s", " (%s)", " - %s"]) % number_text(
			c["number"], rng.choice([0, 1, 0, 2]))
	c["name"], c["core"] = name, core

	def of(*keys):
		return next((v[k] for k in keys if k in used), None)
	c["surs"] = [v[k] for k in ("S", "Sg", "S2", "S2g") if k in used]
	if used & {"O", "OR"}:
		c["surs"].append(c["owner"][2])
	else:
		c["owner"] = None
	c["brand"], c["chain"] = of("B", "F"), of("C")
	c["place"] = of("Pg", "Dg", "P")
	c["school"] = (v["NO"], v["Pg"]) if "NO" in used else None
	return c


def named_by(c):
	"""(sector, skeleton word) of each word naming c (brand, place,
	surnames), of its core where none does."""
	own = [w for w in [c["brand"], c["place"]] + c["surs"] if w]
	return [(c["sector"], skel(w)) for w in own or [c["core"]]]


def form_keys(c):
	return set(map(skel, lk.short_names(c) + [c["gcore"]])) if c else {""}


def drawn(rng):
	seen = set()
	while True:
		c = lk.draw_unseen(lambda: make_customer(rng), form_keys, seen, 60)
		if c:
			yield c


def contacts(rng, c, ids):
	"""The owner, then up to three people of the customer's country, in
	the customer's script; the first is the customer's own name in
	Syncro too."""
	people = []
	if c["owner"]:
		people.append((c["owner"][1] if rng.random() < .5 else
			c["owner"][0], c["owner"][2]))
	for _ in range(rng.randint(0, 3)):
		p = person(rng, c["cc"])
		people.append((p[1], p[3]))
	if c["script"] == "lat":
		people = [(roman(a, "phon"), roman(b, "phon")) for a, b in people]
	out = [lk.contact(ids, a, b, c["domain"], latin) for a, b in people]
	first = out[0] if out else {}
	for k in ("firstname", "lastname", "email"):
		c["syncro"][k] = first.get(k)
	return out


assets = lk.core_assets({"ae", "epe", "ike", "oe", "ee", "ltd", "llc",
	"limited", "tou", "kai", "sia"}, ROLES, latin,
	lambda r, c: latin(person(r, c["cc"])[1]))


def address(rng, c):
	t, cc = c["trec"], c["cc"]
	st = "%s %d" % (rng.choice(STREETS[cc]), rng.randint(1, 140))
	if cc == "GR":
		phone = "+30 2%d %03d %04d" % (rng.randint(10, 99), rng.randint(100,
			999), rng.randint(0, 9999))
		z = t[4] + "".join(str(rng.randint(0, 9)) for _ in range(5 -
			len(t[4])))
		zipc = "%s %s" % (z[:3], z[3:])
	else:
		phone = "+357 2%d %06d" % (rng.choice([2, 4, 5, 6]), rng.randint(0,
			999999))
		zipc = t[4] + "".join(str(rng.randint(0, 9)) for _ in range(4 -
			len(t[4])))
	return {"address": st, "address_2": rng.choice([None, None, None,
		"%dος όροφος" % rng.randint(1, 5)]), "city": t[0],
		"state": DESK[c["desk"]][1], "zip": zipc, "phone": phone}


def domain(rng, c, taken):
	"""The customer's own domain (.gr, .com.cy; a free mailbox for a
	third of the sole traders, associations and tavernas)."""
	tld = ".gr" if c["cc"] == "GR" else rng.choice([".com.cy", ".com.cy",
		".com"])
	if rng.random() < .35 and c["sector"] in ("sole", "assoc", "hotel",
			"farm"):
		return rng.choice(FREE) + rng.choice([".com", ".gr"])
	word = c["brand"] or (c["chain"] or "") + (c["place"] or "") or \
		re.sub(r"\b\w+\.", "", c["gcore"])
	if c["sector"] in ("dimos", "nppd", "school", "church"):
		word = c["gcore"]
	d = re.sub("[^a-z0-9]", "", lk.plain(roman(word)).lower())[:24] or "mail"
	return lk.numbered_domain(d, tld, taken)


def population(rng, n):
	g = lk.G()
	g.custs, doms, shared = [], set(), set()
	ids = iter(range(56300001, 57000000))
	for c in islice(drawn(rng), n):
		last = g.custs[-1]["id"] if g.custs else 56000000
		c["id"] = last + rng.randint(1, 3)
		c["domain"] = domain(rng, c, doms)
		lk.add_customer(rng, g, c, ids, shared, address, contacts, assets)
	g.shared = sorted(shared)
	return g


def index(g):
	lk.index_named(ck, g, lambda c: lk.short_names(c) + [c["gcore"]],
		named_by, "numbers", lambda c: c["number"] and numkey(c["number"]))
	g.numbered = [i for i, c in enumerate(g.custs) if c["number"]]
	g.stores = {(c["chain"], c["place"]) for c in g.custs if c["chain"]}
	g.schools = {skel(c["gcore"]) for c in g.custs if c["school"]}
	g.schools_at = [i for i, c in enumerate(g.custs) if c["school"]]


# ---------------------------------------------------------------- typing
name_or_core = lk.name_or_core
GREEK_KEYS = [";ςερτυθιοπ", "ασδφγηξκλ", "ζχψωβνμ"]
TYPOS = {"gr": lk.Typo(GREEK_KEYS), "lat": lk.Typo(lk.US_KEYS)}


def n_typo(rng, g, c):
	return TYPOS[c["script"]].n_core_typo(rng, g, c)


def n_typo2(rng, g, c):
	return TYPOS[c["script"]].n_core_typo2(rng, g, c)


def n_caps(rng, g, c):
	"""Capitals: Greek ones without tonos."""
	return no_tonos(name_or_core(rng, c, .5)).upper()


def n_lower(rng, g, c):
	"""Lower case, the tonos dropped half the time and then ς typed σ
	some of the time, dots dropped some of the time."""
	t = name_or_core(rng, c, .6).lower()
	if rng.random() < .5:
		t = no_tonos(t)
		if rng.random() < .4:
			t = t.replace("ς", "σ")
	return re.sub(r"[.,()\"]", "", t) if rng.random() < .4 else t


def n_tonos(rng, g, c):
	"""A Greek name with its tonos dropped."""
	s = name_or_core(rng, c, .5)
	t = no_tonos(s)
	return t if t != s else None


def n_latin(rng, g, c):
	"""A Greek name in Latin letters: ELOT 743, a phonetic or a short
	spelling, in its case or in capitals."""
	if c["script"] != "gr":
		return None
	s = name_or_core(rng, c, .5)
	t = roman(s, rng.choice(["elot", "phon", "short", "short"]))
	return t.upper() if rng.random() < .2 else t


def n_greeklish(rng, g, c):
	"""Greeklish: 8 for θ, 3 for ξ, x for χ, h for η, w for ω."""
	if c["script"] != "gr":
		return None
	t = roman(name_or_core(rng, c, .6), "greeklish")
	return t.lower() if rng.random() < .5 else t


def n_layout(rng, g, c):
	"""A Greek name typed with the English layout on: each Greek key's
	Latin letter, the tonos (a dead key on ";") before its vowel some of
	the time."""
	if c["script"] != "gr":
		return None
	s = name_or_core(rng, c, .5)
	if rng.random() < .4:
		s = re.sub("([άέήίόύώ])", lambda m: ";" + unaccent(m.group(1)), s)
	return roman(s, "layout")


def n_respelt(rng, g, c):
	"""A Latin name in another transliteration of its Greek words."""
	if c["script"] != "lat":
		return None
	t = roman(c["gcore"], rng.choice(["elot", "phon", "short",
		"greeklish"]))
	if lk.plain(t).lower() == lk.plain(c["core"]).lower():
		return None
	return t if rng.random() < .5 else "%s %s" % (t, c["legal"])


n_truncated_base = lk.n_truncated


def n_truncated(rng, g, c):
	t = n_truncated_base(rng, g, c)
	t = t and t.rstrip(" ,-(&/")
	if not t or skel(t) in g.person:
		return None
	need = [c["place"], *c["surs"]] + ([c["school"][0]] if c["school"]
		else [])
	return t if all(w in t for w in need if w) else None


SHORT = [("ΑΦΟΙ", "Αφοί"), ("ΑΦΟΙ", "ΑΔΕΛΦΟΙ"), ("Bros", "Brothers"),
	("Δημοτική Επιχείρηση Ύδρευσης Αποχέτευσης", "ΔΕΥΑ"),
	("ΔΕΥΑ", "Δημοτική Επιχείρηση Ύδρευσης Αποχέτευσης"),
	("Δήμος ", "Δ. "), ("Δήμου ", "Δ. "), ("Γυμνάσιο", "Γυμν."),
	("Δημοτικό Σχολείο", "Δημ. Σχολείο"), ("Δημοτικό Σχολείο", "ΔΣ"),
	("Γενικό Λύκειο", "ΓΕΛ"), ("Φαρμακείο", "Φαρμ."), ("Ιερός Ναός",
	"Ι.Ν."), ("Ιερά Μητρόπολη", "Ι.Μ."), ("& ΣΙΑ", "ΚΑΙ ΣΙΑ"),
	("& Συνεργάτες", "και Συνεργάτες"), ("Δικηγορικό Γραφείο", "Δικ. Γραφείο"),
	("Λογιστικό Γραφείο", "Λογιστικό"), ("Συνεργείο Αυτοκινήτων",
	"Συνεργείο"), ("Αγίου", "Αγ."), ("Αγίας", "Αγ."), ("Σύλλογος Γονέων και "
	"Κηδεμόνων", "Σύλλογος Γονέων"), ("Αθλητικός Σύλλογος", "Α.Σ."),
	("Αγροτικός Συνεταιρισμός", "Α.Σ."), ("Ξενοδοχείο", "Hotel"),
	(" & ", " και "), ("Κέντρο Κοινωνικής Προστασίας", "ΚΕΚΠΑ")]


def swap_word(t, long, short):
	rx = r"(?<!\w)%s" % re.escape(long) + (r"(?!\w)" if long[-1].isalnum()
		else "")
	return re.sub(rx, short.replace("\\", r"\\"), t, count=1)


def n_abbrev(rng, g, c):
	"""A phrase short or written out, a school's number another way (1ο
	as 1, 1o, 1ου)."""
	s = c["name"]
	t = s
	pairs = SHORT[:]
	rng.shuffle(pairs)
	for a, b in pairs[:rng.randint(1, 3)]:
		t = swap_word(t, a, b)
	if c["school"] and rng.random() < .6:
		no = c["school"][0]
		t = t.replace(no, rng.choice([no[:-1], no[:-1] + "o", no[:-1] + "ου",
			no[:-1] + "ο ", no[:-1] + "º"]).strip(), 1)
	return t if t != s else None


def n_acronym(rng, g, c):
	"""ΔΕΥΑ with its town's initial (ΔΕΥΑΛ), or a three-word or longer
	brand-and-trade name by its initials."""
	if c["gcore"].startswith("ΔΕΥΑ ") and c["script"] == "gr":
		ini = no_tonos(c["place"])[0].upper()
		return "ΔΕΥΑ" + ini
	if c["surs"] or c["place"] or c["number"] or c["owner"] or \
			c["sector"] not in ("firma", "acc", "iatr"):
		return None
	ws = [w for w in re.split(r"[\s&,/()'.-]+", c["core"]) if w and
		w[0].isalpha() and w.lower() not in ("και", "and")]
	if len(ws) < 3 or any(w.isupper() for w in ws):
		return None
	return lk.initials(rng, ws)


RESPELL = {"Α.Ε.": ["ΑΕ", "Α.Ε", "A.E.", "S.A.", "SA", "ΑΝΩΝΥΜΗ ΕΤΑΙΡΕΙΑ"],
	"Ε.Π.Ε.": ["ΕΠΕ", "E.P.E.", "Ltd", "ΕΠΕ."], "Ι.Κ.Ε.": ["ΙΚΕ", "I.K.E.",
	"IKE", "P.C.", "Ι.Κ.Ε"], "Μ.Ι.Κ.Ε.": ["ΜΙΚΕ", "Ι.Κ.Ε.", "IKE", "MIKE"],
	"Ο.Ε.": ["ΟΕ", "O.E.", "OE", "G.P."], "Ε.Ε.": ["ΕΕ", "E.E.", "EE"],
	"Λτδ": ["ΛΤΔ", "Ltd", "LTD", "Limited", "Λίμιτεδ", "Λτδ."],
	"ΛΤΔ": ["Λτδ", "LTD", "Ltd"], "Limited": ["Ltd", "LTD", "Λτδ"],
	"LLC": ["L.L.C.", "Llc", "ΔΕΠΕ"], "Δ.Ε.Π.Ε.": ["ΔΕΠΕ", "LLC"],
	"Δικηγορική Εταιρεία": ["Δικ. Εταιρεία", "Law Firm"],
	"S.A.": ["SA", "A.E.", "Α.Ε.", "S.A"], "A.E.": ["AE", "S.A.", "Α.Ε."],
	"SA": ["S.A.", "AE"], "E.P.E.": ["EPE", "Ltd"], "EPE": ["E.P.E.", "Ltd"],
	"I.K.E.": ["IKE", "P.C.", "Ι.Κ.Ε."], "P.C.": ["PC", "IKE"],
	"IKE": ["I.K.E.", "P.C."], "M.I.K.E.": ["MIKE", "IKE"],
	"Single Member P.C.": ["P.C.", "IKE"], "O.E.": ["OE", "G.P."],
	"G.P.": ["O.E.", "OE"], "OE": ["O.E."], "E.E.": ["EE", "L.P."],
	"L.P.": ["E.E.", "EE"], "EE": ["E.E."], "Ltd": ["LTD", "Limited",
	"Λτδ", "ltd"], "LTD": ["Ltd", "Limited"], "Law Firm": ["LLC"],
	"ΑΝΩΝΥΜΗ ΕΤΑΙΡΕΙΑ": ["Α.Ε."]}


def legal_other(rng, c, r):
	"""The legal form respelt, after a comma some of the time."""
	forms = RESPELL.get(c["legal"]) or RESPELL.get(c["legal"].title()) or \
		["Ltd"]
	sep = ", " if r < .6 else " "
	return "%s%s%s" % (c["core"], sep, rng.choice(forms))


def n_legal(rng, g, c):
	if not c["legal"] or c["legal"] not in RESPELL and \
			c["legal"].upper() not in [k.upper() for k in RESPELL]:
		return None
	return lk.legal_row(legal_other)(rng, g, c)


def n_number(rng, g, c):
	"""A customer's ΑΦΜ, ΓΕΜΗ or ΗΕ typed another way after its name
	less its number."""
	if not c["number"]:
		return None
	base = lk.core_form(c) if rng.random() < .5 else c["core"]
	text = number_text(c["number"], rng.randint(0, 9))
	return rng.choice(["%s %s", "%s (%s)", "%s, %s"]) % (base, text)


SITES = {"GR": ["Υποκατάστημα {T}", "Κατάστημα {T}", "{T}", "υποκ/μα {T}"],
	"CY": ["Branch {T}", "Κατάστημα {T}", "{T}", "{T} branch"]}
ONE_SITE = {"dimos", "nppd", "school", "church", "assoc", "store"}


def n_branch(rng, g, c):
	"""A site after the name: "Θερμοδομή Α.Ε. - Υποκατάστημα Πειραιά"."""
	if c["sector"] in ONE_SITE:
		return None
	t = c["trec"][1] if rng.random() < .5 else c["town"]
	if c["script"] == "lat":
		t = COMMON.get(c["town"]) or roman(c["town"], "elot")
	site = rng.choice(SITES[c["cc"]]).format(T=t)
	form = rng.choice(["%s - %s", "%s (%s)", "%s, %s"])
	return form % (name_or_core(rng, c, .6), site)


def n_owner(rng, g, c):
	"""A sole trader, pharmacist, doctor or lawyer typed by the owner's
	name: the given name as said (Γιώργος for Γεώργιος), given name
	first, in Greek or in Latin letters, the trade after it some of the
	time."""
	if not c["owner"]:
		return None
	g0, gs, s = c["owner"]
	if len(g.person.get(skel("%s %s" % (g0, s)), set()) |
			g.person.get(skel("%s %s" % (gs, s)), set())) > 1:
		return None	# another customer's contact of that name
	r = rng.random()
	gv = gs if rng.random() < .6 else g0
	t = "%s %s" % (gv, s) if r < .6 else "%s %s" % (s, gv)
	if rng.random() < .3 and c["sector"] != "sole":
		t = "%s %s" % ({"farm": "Φαρμακείο", "iatr": "Δρ.", "law": "Δικηγόρος"}
			.get(c["sector"], ""), t)
	if c["script"] == "lat" or rng.random() < .4:
		t = roman(t, rng.choice(["phon", "short", "elot"]))
	return t.strip()


ROLE_NOTE = ["", "", "", "(λογιστήριο)", "(γραμματεία)", "(κα)", "(κος)"]


def n_contact(rng, g, c):
	if not c["contacts"]:
		return None
	p = rng.choice(c["contacts"])
	base = c["core"] if rng.random() < .5 else c["name"]
	first = p["firstname"]
	if greek(first) and rng.random() < .3:
		first = roman(first, "phon")
	return ("%s - %s %s" % (base, first, rng.choice(ROLE_NOTE))).strip()


def n_person(rng, g, c):
	"""A contact's name, turned round some of the time, in Latin letters
	some of the time; when that whole name is one customer's contact
	only."""
	if not c["contacts"]:
		return None
	p = rng.choice(c["contacts"])
	f = [p["firstname"], p["lastname"]]
	if rng.random() < .4:
		f = f[::-1]
	t = " ".join(f)
	if len(g.person.get(skel(t), ())) != 1:
		return None
	return roman(t, "phon") if greek(t) and rng.random() < .3 else t


n_domain = lk.domain_row(FREE)
TURNS = (n_legal, n_abbrev, n_branch, n_latin)
NOISE = (n_typo, n_caps, n_lower, n_tonos, n_truncated)
n_mixed = lk.mixed_row(TURNS, NOISE, True)


def table(spec, funcs):
	pairs = [w.split("=") for w in spec.split()]
	assert len(pairs) == len(funcs)
	return [(k.replace("_", " "), f, int(w)) for (k, w), f in zip(pairs,
		funcs)]


KINDS = table("""exact=10 caps=4 lower=5 typo=7 two_typos=2 tonos=5
	latin=12 greeklish=5 layout=3 respelt=5 truncated=4 abbrev=6
	acronym=2 legal=9 number=3 branch=3 owner=5 contact=3 person=2
	domain=2 mixed=5""", (lk.n_exact, n_caps, n_lower, n_typo, n_typo2,
	n_tonos, n_latin, n_greeklish, n_layout, n_respelt, n_truncated,
	n_abbrev, n_acronym, n_legal, n_number, n_branch, n_owner, n_contact,
	n_person, n_domain, n_mixed))


# ---------------------------------------------------------------- impostors
i_fresh, i_prospect = lk.fresh_rows(lambda rng, desk:
	make_customer(rng, desk, outside=True), named_by, PROSPECT)


def i_store(rng, g, c):
	"""A customer chain's store in another town of its desk: "Everest
	Χαλανδρίου" beside "Everest Γλυφάδας"."""
	if not c["chain"]:
		return None
	where = [t[1] for t in TOWNS[c["desk"]] + AWAY[c["desk"]]]
	free = [p for p in where if (c["chain"], p) not in g.stores]
	if not free:
		return None
	t = "%s %s" % (c["chain"], rng.choice(free))
	if c["script"] == "lat":
		t = roman(t, "elot")
	legal = " " + c["legal"] if c["legal"] and rng.random() < .4 else ""
	return t + legal


def i_town(rng, g, c):
	"""The same-named body of a town of the region no customer is in:
	"Δήμος Τυρνάβου" for "Δήμος Λαρισαίων", "1ο Γυμνάσιο Ελασσόνας" for
	"1ο Γυμνάσιο Λάρισας"."""
	if c["sector"] not in ("dimos", "nppd", "school", "church", "assoc") \
			or c["script"] != "gr":
		return None
	e = rng.choice(AWAY[c["desk"]])
	t = c["trec"]
	out = c["core"]
	for a, b in ((t[2], e[2]), (t[1], e[1])):
		out = out.replace(a, b)
	return out if out != c["core"] else None


def i_school(rng, g, c):
	"""Another number's school of the same town: "2ο Γυμνάσιο Λάρισας"
	beside "1ο Γυμνάσιο Λάρισας"."""
	if not g.schools_at:
		return None
	c = g.custs[rng.choice(g.schools_at)]
	no = c["school"][0]
	k = "%dο" % rng.randint(1, 14)
	t = c["core"].replace(no, k, 1)
	if k == no or skel(t) in g.schools:
		return None
	return t


def i_number(rng, g, c):
	"""A name that carries its number with another valid one of its kind
	before it."""
	o = g.custs[rng.choice(g.numbered)] if g.numbered else None
	new = o and new_number(rng, o)
	if not o or numkey(new) in g.numbers or len(new) != len(o["number"]) or \
			lk.la.within1(numkey(new), numkey(o["number"])):
		return None
	return "%s %s" % (number_text(new, rng.choice([0, 1, 2])),
		lk.core_form(o))


def i_holding(rng, g, c):
	"""The holding beside the operating firm: "Θερμοδομή Συμμετοχών
	Α.Ε.", "Georgiou Holdings Ltd"."""
	if c["sector"] not in ("firma", "sole", "acc", "iatr"):
		return None
	head = c["brand"] or (c["owner"] and c["owner"][2]) or (c["surs"] and
		c["surs"][0])
	if not head:
		return None
	cc = c["cc"]
	lg = rng.choice(["Α.Ε.", "Ι.Κ.Ε."] if cc == "GR" else ["Λτδ", "Ltd"])
	t = "%s %s %s" % (head, rng.choice(OWN_TRADE[cc]), lg)
	return roman(t, "phon") if c["script"] == "lat" else t


def i_family(rng, g, c):
	"""A relative's firm of the same surname: another given name for the
	owner's, ΑΦΟΙ (the brothers) beside the one brother's, the daughter's
	pharmacy beside the father's."""
	if not c["owner"]:
		return None
	g0, gs, s = c["owner"]
	woman = c["woman"]
	r = rng.random()
	if r < .3 and c["sector"] == "sole" and not woman:
		t = "ΑΦΟΙ %s %s" % (c["family"][1], rng.choice(["Ο.Ε.", "Ο.Ε.",
			"Ι.Κ.Ε."]))
	else:
		w = rng.random() < .5
		o = rng.choice(WOMEN if w else MEN)
		if o[0] in (g0, gs) or o[1] in (g0, gs):
			return None
		s2 = c["family"][1] if w else c["family"][0]
		t = c["gcore"]
		for a in (g0, no_tonos(g0).upper()):
			t = t.replace(a, o[0] if a == g0 else no_tonos(o[0]).upper())
		for a in (s, no_tonos(s).upper()):
			t = t.replace(a, s2 if a == s else no_tonos(s2).upper())
		if t == c["gcore"]:
			return None
	return latin_name(rng, t, c["cc"]) if c["script"] == "lat" else t


def i_namesake(rng, g, c):
	"""The other country's firm of a brand: "Θερμοδομή (Cyprus) Ltd"
	beside "Θερμοδομή Α.Ε.", "Thermodomi Hellas S.A." beside a Cypriot
	"Thermodomi Ltd"."""
	if c["sector"] not in ("firma", "acc", "iatr") or not c["brand"] or \
			c["surs"]:
		return None
	b = c["brand"] if c["script"] == "gr" else roman(c["brand"],
		rng.choice(["elot", "phon"]))
	if c["cc"] == "GR":
		return rng.choice(["%s (Cyprus) Ltd", "%s Cyprus Ltd",
			"%s Κύπρου Λτδ"]) % b
	return rng.choice(["%s Hellas Α.Ε.", "%s Ελλάς Α.Ε.", "%s Hellas S.A.",
		"%s Βαλκανική Ι.Κ.Ε."]) % b


def i_body(rng, g, c):
	"""Another legal entity of a customer's town: its ΔΕΥΑ, ΚΔΑΠ, port
	fund, water board (beside the municipality, a school, a church)."""
	if c["sector"] not in ("dimos", "nppd", "school", "church", "assoc"):
		return None
	t = c["trec"]
	return rng.choice(BODIES[c["cc"]]).format(Pg=t[1], Dg=t[2])


def i_person(rng, g, c):
	"""A person no customer knows, as said, in Greek or Latin letters."""
	p = person(rng, c["cc"])
	t = "%s %s" % (p[1], p[3])
	for n in (t, "%s %s" % (p[3], p[1]), "%s %s" % (p[0], p[3])):
		if skel(n) in g.person or lk.held_by_all(g, set(skel_words(n))):
			return None
	if rng.random() < .4:
		t = roman(t, rng.choice(["phon", "short"]))
	return rng.choice(PERSON) + t


def i_personal(rng, g, c):
	p = person(rng, c["cc"])
	for n in ("%s %s" % (p[1], p[3]), "%s %s" % (p[3], p[1])):
		if skel(n) in g.person or lk.held_by_all(g, set(skel_words(n))):
			return None
	return rng.choice(PERSONAL).format(G=p[1], S=p[3])


IMPOSTORS = lk.impostor_kinds(table("""other_store=6 other_town=8
	other_school=6 other_number=3 holding=7 family_member=9 namesake=7
	town_body=5 same_shape=11 prospect=4 person=8 personal=4 own_staff=5
	vendor=8""", (i_store, i_town, i_school, i_number, i_holding, i_family,
	i_namesake, i_body, i_fresh, i_prospect, i_person, i_personal,
	lk.one_of(STAFF), lk.one_of(VENDORS))))

if __name__ == "__main__":
	lk.desk_main("blind56", ck, population, index, KINDS, IMPOSTORS,
		("id", "name", "syncro", "contacts", "assets"), ("SERVICE-%s-%d", 6),
		TECHS, (1856000000, 947, 60))
