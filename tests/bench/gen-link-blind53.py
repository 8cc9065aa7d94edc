#!/usr/bin/env python3
# gen-link-blind53.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 31: the lead runs it once).  A Danish and
# Norwegian MSP: one Syncro account, one ScreenConnect, desks in
# København (CPH: Region Hovedstaden), Aarhus (AAR: Region Midtjylland),
# Odense (ODE: Region Syddanmark), Aalborg (AAL: Region Nordjylland),
# Oslo (OSL: Oslo and Akershus), Bergen (BGO: Vestland), Trondheim (TRD:
# Trøndelag), Stavanger (SVG: Rogaland) and Tromsø (TOS: Troms).
# Customers: Danish ApS, A/S, I/S, K/S, P/S and old IVS firms, Norwegian
# AS, ASA, ANS, DA, SA and NUF; sole traders named after their owner
# ("Tømrerfirmaet Jens Hansen", "Rørlegger Ola Berg", "X v/Jens Hansen",
# a Norwegian ENK); tandlæger and tannleger, advokatfirmaer, revisorer
# (statsautoriseret / statsautorisert), farms and fishing firms ("Højgaard
# v/...", "Nordre Haug gård"), kommuner ("Aarhus Kommune", "Københavns
# Kommune", "Tromsø kommune", merged kommuner with their old names),
# regioner and fylkeskommuner, housing bodies (Andelsboligforeningen /
# A/B, Ejerforeningen / E/F, boligforeninger, Sameiet "Storgata 5",
# borettslag / BRL), skoler, friskoler, efterskoler, børnehaver and
# barnehager, sogne, menigheder and kirkelige fellesråd, and franchise
# stores of shared chains (each its own ApS or AS); some firms carry
# their CVR or organisasjonsnummer.  Writes OUTDIR/customers.json (as
# Syncro's GET /customers returns them: id, business_name, firstname,
# lastname, email, phone, address, address_2, city, state, zip, contacts,
# assets), names.tsv (typed TAB true id or "" TAB kind TAB machine),
# sessions.jsonl and sessions-machine.jsonl through linkgen.desk_main.
# Python stdlib only, deterministic for a seed.  Customer ids from
# 53000000 (below 53200000 at 50,000 customers: the id grows by 1 to 3
# with a customer kept), contacts' and assets' from 53300001 (below
# 54000000).
#
# Where each shape comes from ("found": found with the session's search
# tool; "known": public knowledge, no search):
# - Danish legal forms (found: expanship.com "Types of companies in
#   Denmark" - A/S, ApS, IVS, I/S, K/S, P/S, Filial, Enkeltmandsvirksomhed;
#   ten-law.net "Limited companies in Denmark" - IVS to be converted to
#   ApS; infinitelexicon.com "selskaber"): the forms and their shares;
#   their spellings as typed (Aps, APS, A.S., a/s, Anpartsselskab) known.
# - Norwegian legal forms and numbers (found: docs.gobl.org "Norway" -
#   the organisasjonsnummer with a mod-11 check digit, the VAT number is
#   it followed by "MVA"; developer.vertexinc.com - "NO915620019MVA";
#   unpkg stdnum no/mva.ts - formatted "NO 923 609 016 MVA"; pastebin's
#   brreg.no links - NUF; code: navikt/helse-sparkel Mod11 and
#   storbukas/norsk-validator - weights 3 2 7 6 5 4 3 2, 11 - sum mod 11,
#   10 never issued): AS, ASA, ANS, DA, SA, NUF, ENK known as brreg lists
#   them; the number typed bare, in groups of three, with "Org.nr." or
#   "NO ... MVA"; another valid number is another body.
# - CVR (found: hl7dk/dk-core CVRIdentifier.fsh and Business::DK::CVR -
#   eight digits, weights 2 7 6 5 4 3 2 1, sum mod 11 is 0): typed bare,
#   "CVR", "CVR-nr.", "DK" + the number, in pairs.
# - Housing bodies (found: docplayer.me "Sameiet Indre Vågen", lawinsider
#   "Vedtekter for Linderud Borettslag II", infinitelexicon "sameiet" -
#   borettslag, eierseksjonssameie, andelsboligforening): "Sameiet" + a
#   street and number, "X Borettslag"; A/B and E/F for Danish
#   andelsboligforeninger and ejerforeninger, BRL known.
# - Surnames (found: cphpost.dk and flugzentrale.de after Danmarks
#   Statistik - Nielsen, Jensen, Hansen, Pedersen, Andersen, Christensen,
#   Larsen, Sørensen, Rasmussen, Jørgensen ... Møller, Lund, Holm,
#   Schmidt, Østergaard; statista.com - Anne, Kirsten, Mette, Hanne,
#   Peter, Jens, Michael, Lars); Norwegian surnames and given names known
#   (SSB's common names: Hansen, Johansen, Olsen, Berg, Haugen, Hagen ...).
# - Kommuner (known): the 2007 Danish and 2020 Norwegian mergers and the
#   old kommuner they took in (Syddjurs of Rønde and Ebeltoft, Lillestrøm
#   of Skedsmo, Fet and Sørum, Senja of Lenvik ...), "X Kommune" in Danish
#   and "X kommune" in Norwegian, "Københavns Kommune"; regioner and
#   fylkeskommuner; towns, districts, postcodes and +45 / +47 numbers.
# - Keyboard (known): the Danish and Norwegian layouts are QWERTY with å
#   after p and æ ø after l, so æ ø å are typed as ae oe aa (or a o a)
#   on a foreign keyboard; Danish "aa" names as å (Aalborg / Ålborg).
# - Chains and vendors (known): Danish and Norwegian grocery chains whose
#   stores are franchised (SuperBrugsen, Dagli'Brugsen, Spar, Min
#   Købmand; Kiwi, Joker, Bunnpris, Rema 1000), telecoms and software
#   (TDC Erhverv, Telenor, Telia, e-conomic, Tripletex, Visma, Fiken ...).
#
# Real-row kinds (shares in KINDS): exact, caps, lower, typo (Nordic
# QWERTY), two typos, letters (æ ø å as ae oe aa, as a o a, some of
# them, or æ / ø swapped as the other country's keyboard has them),
# truncated, abbrev (A/B, E/F, BRL, Kom., Tdl., Adv.firma, Statsaut., &
# / og, Rev.), acronym, legal (dropped, respelt: Aps, APS, A.S., a/s,
# Anpartsselskab, A/S for AS, IS, KS, PS, A.N.S., Enkeltpersonforetak),
# spelling (the other country's or the old spelling of a word:
# selskab / selskap, tandlæge / tannlege, Revision / Revisjon, Skole /
# skole, Kommune / kommune, Aarhus / Århus), definite (Sameiet / Sameie,
# Borettslaget X / X Borettslag, Ejerforeningen / Ejerforening), number
# (a name's CVR or organisasjonsnummer typed another way), branch
# (afd. / avd. and the town), owner (a sole trader or lawyer typed as the
# owner, surname first or v/ dropped), old name (a merged kommune with
# its old name after it: "Lillestrøm kommune (Skedsmo)"), contact,
# person, domain, mixed.
# Impostors (about 37% of rows): same shape (a fresh name of the
# customers' templates, its words from an outside block), other store
# (a customer chain's store in another town), other town (a town-named
# body - kommune, skole, kirke, borettslag - of a town of the region no
# customer is in), other number (another house number, two slips or more
# away, of a customer sameie's or ejerforening's street), other CVR or
# org.nr (another valid number before a name that carries its own),
# holding (the holding company beside the operating one: "X Holding
# ApS", "Hansen Holding AS", "X Invest AS"), surname's firm (the owner's
# surname as a firm of another trade), family member (an owner's
# relative of another given name), namesake (a firm's name with the
# other country's legal form and a town of that country: "Nordlys Bodø
# AS" beside "Nordlys ApS"), town body
# (forsyning, gymnasium, provsti, sparekasse, tingrett, videregående
# skole, kirkelige fellesråd of a customer kommune's town), person,
# vendor, prospect, personal, own staff.  The share holds at 50,000
# customers (same_class); there the person, personal and family-member
# impostors and the person, owner and old-name rows are few or none
# (most name pairs are someone's contact; every kommune is drawn early
# and seldom picked), and others fill.
#
# Machines (linkgen.machine): a real row on one of its customer's assets
# 72%, another customer's 4%; impostors on unknown machines, a shared role
# name (KONTOR, REGNSKAB, RESEPSJON, KASSE1 ...) 18%, own staff on the
# bench.
#
# Labels: rows label-audit.py doubts are drawn again, and so are
# impostors that, read through this generator's skeleton (æ ø å and aa
# oe ae folded, legal forms, "og", "v/", "afd." dropped, the Danish and
# Norwegian spellings and definite forms read as one word, A/B E/F BRL
# Kom. read as their words, a CVR and an organisasjonsnummer read as one
# number), are a customer's name or a form of it, or hold all its words
# less one, or hold a listed person's full name (linkgen.Checks,
# parts_known and pairs).  A person's name is a real row only when that
# whole name is one customer's contact only.
import os
import re
import sys
from itertools import accumulate

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linkgen as lk  # noqa: E402

# ---------------------------------------------------------------- places
# Each desk: country, region, then "town[|kommune]/weight/postcode head
# [/old kommuner]" records; districts of its city; towns of its region no
# customer is in.
TOWNS = {
	"CPH": ("DK", "Region Hovedstaden", """København/9/14 Frederiksberg/3/20
		Gentofte/2/28 Gladsaxe/2/28 Ballerup/1/27 Hillerød/2/34/Skævinge
		Helsingør/2/30 Høje-Taastrup/1/26""",
		"Valby Vanløse Brønshøj Amager Nørrebro Østerbro Sundby",
		"Hørsholm Allerød Fredensborg"),
	"AAR": ("DK", "Region Midtjylland", """Aarhus/9/80
		Silkeborg/2/86/Gjern,Them,Kjellerup Randers/2/89/Purhus,Nørhald
		Skanderborg/2/86/Galten,Hørning,Ry
		Ebeltoft|Syddjurs/1/84/Rønde,Midtdjurs,Rosenholm
		Hadsten|Favrskov/1/83/Hammel,Hinnerup Horsens/2/87/Brædstrup,Gedved""",
		"Viby Risskov Brabrand Tilst Hasle Åbyhøj",
		"Viborg Herning Holstebro"),
	"ODE": ("DK", "Region Syddanmark", """Odense/9/50
		Svendborg/2/57/Egebjerg,Gudme Nyborg/1/58/Ullerslev,Ørbæk
		Middelfart/1/55/Ejby Ringe|Faaborg-Midtfyn/1/57/Faaborg,Broby,Ryslinge
		Kerteminde/1/53/Langeskov,Munkebo Assens/1/56/Glamsbjerg,Tommerup""",
		"Dalum Bolbro Tarup Vollsmose Hjallese Bellinge",
		"Vejle Kolding Fredericia"),
	"AAL": ("DK", "Region Nordjylland", """Aalborg/9/90/Nibe,Sejlflod,Hals
		Hjørring/2/98/Sindal,Hirtshals Frederikshavn/2/99/Sæby,Skagen
		Brønderslev/1/97/Dronninglund Hobro|Mariagerfjord/1/95/Hadsund,Arden
		Støvring|Rebild/1/95/Nørager,Skørping
		Aabybro|Jammerbugt/1/94/Brovst,Fjerritslev,Pandrup""",
		"Nørresundby Vejgaard Hasseris Gug Svenstrup Vodskov",
		"Thisted Læsø Morsø"),
	"OSL": ("NO", "Oslo", """Oslo/9/04 Sandvika|Bærum/3/13
		Lillestrøm/2/20/Skedsmo,Fet,Sørum Asker/2/13/Røyken,Hurum
		Ski|Nordre_Follo/1/14/Oppegård Drammen/2/30/Nedre_Eiker,Svelvik
		Moss/1/15/Rygge""",
		"Grünerløkka Majorstuen Grorud Holmlia Furuset Bøler Røa",
		"Lørenskog Ullensaker Nittedal"),
	"BGO": ("NO", "Vestland", """Bergen/9/50 Os|Bjørnafjorden/1/52/Fusa
		Knarvik|Alver/1/59/Lindås,Meland,Radøy Straume|Øygarden/1/53/Fjell,Sund
		Voss/1/57/Granvin Stord/1/54 Askøy/1/53""",
		"Fana Åsane Laksevåg Fyllingsdalen Landås Sandviken",
		"Bømlo Kvinnherad Sogndal"),
	"TRD": ("NO", "Trøndelag", """Trondheim/9/70/Klæbu Stjørdal/2/75
		Malvik/1/75 Orkanger|Orkland/1/73/Orkdal,Meldal,Agdenes
		Rissa|Indre_Fosen/1/71/Leksvik Levanger/1/76 Steinkjer/1/77/Verran""",
		"Byåsen Heimdal Lade Moholt Tiller Ranheim",
		"Røros Oppdal Namsos"),
	"SVG": ("NO", "Rogaland", """Stavanger/9/40/Finnøy,Rennesøy
		Sandnes/4/43/Forsand Sola/2/40 Randaberg/1/41 Klepp/1/43
		Bryne|Time/1/43 Haugesund/2/55""",
		"Hillevåg Hundvåg Madla Tasta Storhaug Våland",
		"Eigersund Karmøy Hå"),
	"TOS": ("NO", "Troms", """Tromsø/9/90 Finnsnes|Senja/2/93/Lenvik,Berg,Tranøy
		Harstad/2/94 Balsfjord/1/90 Alta/2/95 Narvik/1/85/Ballangen""",
		"Tromsdalen Kroken Kvaløysletta Hamna Stakkevollan Mortensnes",
		"Lyngen Målselv Kvæfjord")}
REGION_BODY = {"CPH": "Region Hovedstaden", "AAR": "Region Midtjylland",
	"ODE": "Region Syddanmark", "AAL": "Region Nordjylland",
	"OSL": "Akershus fylkeskommune", "BGO": "Vestland fylkeskommune",
	"TRD": "Trøndelag fylkeskommune", "SVG": "Rogaland fylkeskommune",
	"TOS": "Troms fylkeskommune"}
# Towns of the other country (namesake impostors).
FAR = {"DK": "Esbjerg Sønderborg Næstved Holbæk Rønne".split(),
	"NO": "Bodø Kristiansand Ålesund Hamar Lillehammer".split()}
DESK_SHARE = [("CPH", 16), ("AAR", 12), ("ODE", 9), ("AAL", 8),
	("OSL", 17), ("BGO", 11), ("TRD", 10), ("SVG", 10), ("TOS", 7)]


def towns_of(recs):
	"""(town, kommune, weight, postcode head, old kommuner); a name of
	two words is written with "_" for its space."""
	out = []
	for rec in recs.split():
		parts = rec.replace("_", " ").split("/")
		town, _, kom = parts[0].partition("|")
		old = parts[3].split(",") if len(parts) > 3 else []
		out.append((town, kom or town, int(parts[1]), parts[2], old))
	return out


DESKS = {d: towns_of(v[2]) for d, v in TOWNS.items()}
TOWN_CUM = {d: list(accumulate(t[2] for t in ts)) for d, ts in DESKS.items()}
CC = {d: v[0] for d, v in TOWNS.items()}
DISTRICTS = {d: v[3].split() for d, v in TOWNS.items()}
ELSEWHERE = {d: v[4].split() for d, v in TOWNS.items()}
STREETS = {"DK": ["Vestergade", "Østergade", "Nørregade", "Søndergade",
	"Algade", "Jernbanegade", "Skolevej", "Kirkevej", "Strandvejen",
	"Parkvej", "Bredgade", "Torvegade"], "NO": ["Storgata", "Kirkegata",
	"Skolegata", "Strandgata", "Kongens gate", "Parkveien", "Sjøgata",
	"Nygata", "Fjordveien", "Bakkeveien", "Havnegata", "Elvegata"]}


def kommune(cc, kom):
	"""A kommune's own name: "Aarhus Kommune", "Københavns Kommune",
	"Tromsø kommune"."""
	if cc == "DK":
		return "%s Kommune" % ("Københavns" if kom == "København" else kom)
	return "%s kommune" % kom


# ---------------------------------------------------------------- people
SURNAMES = {"DK": """Nielsen Jensen Hansen Pedersen Andersen Christensen
	Larsen Sørensen Rasmussen Jørgensen Petersen Madsen Kristensen Olsen
	Thomsen Christiansen Poulsen Johansen Møller Mortensen Lund Holm
	Schmidt Østergaard Jakobsen Knudsen Frederiksen Mikkelsen Laursen
	Henriksen Clausen Vestergaard Kjær Bach Jeppesen Nissen Dam Lauridsen
	Friis Koch Bertelsen Ravn Bundgaard Skov Krogh""".split(),
	"NO": """Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen
	Kristiansen Jensen Karlsen Johnsen Pettersen Eriksen Berg Haugen Hagen
	Johannessen Andreassen Jacobsen Dahl Halvorsen Henriksen Lund Moen
	Gundersen Iversen Strand Solberg Svendsen Eide Knutsen Martinsen
	Paulsen Bakken Kristoffersen Mathisen Lie Amundsen Nguyen Rønning
	Ødegård Sæther Aas Myhre""".split()}
GIVEN = {"DK": ("""Peter Jens Michael Lars Henrik Thomas Søren Jan
	Christian Martin Niels Anders Morten Jesper Mads Rasmus Per Kim Hans
	Jørgen""".split(), """Anne Kirsten Mette Hanne Anna Helle Susanne Lene
	Maria Marianne Lone Camilla Pia Louise Charlotte Inge Tina Bente Karen
	Gitte""".split()), "NO": ("""Jan Per Bjørn Ole Lars Kjell Knut Arne Svein
	Thomas Hans Geir Tor Morten Terje Odd Erik Martin Andreas Rune""".split(),
	"""Anne Inger Kari Marit Ingrid Liv Eva Berit Astrid Bjørg Hilde Anna
	Solveig Marianne Randi Ida Nina Ragnhild Elisabeth Kristin""".split())}
# Surnames and words no customer draws (same-shape impostors).
OUT_SURNAME = {"DK": ["Vinther", "Brøndum", "Kirkegaard", "Thygesen",
	"Overgaard", "Damsgaard"], "NO": ["Tveit", "Skaar", "Vold", "Hovland",
	"Brekke", "Aune"]}
OUT_BRAND = ["Tranekær", "Skjærgård", "Kvitfjell", "Hvidbjerg",
	"Glommen", "Rypefjord", "Lindholm", "Sandhavn"]


def person(rng, cc, women=.5):
	"""(given name, surname, woman?) of country cc."""
	w = rng.random() < women
	return rng.choice(GIVEN[cc][w]), rng.choice(SURNAMES[cc]), w


# ---------------------------------------------------------------- words
HEADS = ["Nord", "Syd", "Vest", "Øst", "Fjord", "Kyst", "Sol", "Skov",
	"Bøge", "Birke", "Havne", "Bølge", "Storm", "Sten", "Sølv", "Falke",
	"Ravne", "Ørne", "Lyng", "Eke", "Klippe", "Vinter", "Bryg"]
TAILS = ["lys", "tek", "data", "vik", "lund", "dal", "vang", "holm",
	"kraft", "form", "line", "gaard", "strand", "bakken", "huset"]
BRAND = sorted({h + t for h in HEADS for t in TAILS
	if not h.lower().endswith(t[:2])})
BRAND += ["Midnatsol", "Fyrtårnet", "Solsikken", "Kløverbladet", "Ankeret",
	"Tusindfryd", "Blåbær", "Tyttebær", "Multebær", "Nordstjernen",
	"Havørnen", "Løvetann", "Marehalm", "Hyldebær", "Polarlys"]
TRADE = {"DK": ["Byg", "Tømrer", "Maler", "VVS", "El-service", "Transport",
	"Entreprise", "Auto", "Data", "Montage", "Tag", "Kloak"],
	"NO": ["Bygg", "Tømrer", "Maler", "Rør", "Elektro", "Transport",
	"Entreprenør", "Bil", "Data", "Montasje", "Tak", "Graving"]}
FARM = {"DK": ["Østergaard", "Vestergaard", "Nørgaard", "Søndergaard",
	"Højgaard", "Bakkegaard", "Engholm", "Lindegaard", "Skovgaard",
	"Møllegaard", "Kærgaard", "Damgaard"], "NO": ["Nordre Haug",
	"Søndre Berg", "Øvre Lie", "Nedre Vik", "Vestre Moen", "Østre Hoel",
	"Nordre Bø", "Søndre Rud"]}
CHAINS = {"DK": ["SuperBrugsen", "Dagli'Brugsen", "Spar", "Min Købmand"],
	"NO": ["Kiwi", "Joker", "Bunnpris", "Rema 1000"]}
# Sectors: weight, then per country (legal share, legal forms,
# templates).  {N} the town, {P} a place (a district of the desk's city
# or the town), {B} a brand, {G} {S} the owner, {S2} a partner's surname,
# {TR} a trade, {St} {No} a street and number, {F} a farm, {C} a chain; a
# template beginning "!" takes no legal form.
DK_FIRM = [("ApS", 60), ("A/S", 12), ("I/S", 8), ("K/S", 2), ("P/S", 3),
	("IVS", 4)]
NO_FIRM = [("AS", 72), ("ASA", 2), ("ANS", 9), ("DA", 7), ("NUF", 2)]
SECTORS = {
	"firma": (22, {"DK": (.97, DK_FIRM, ["{B}", "{B}", "{B} {TR}",
		"{S} {TR}", "{S} & {S2}"]), "NO": (.97, NO_FIRM, ["{B}", "{B}",
		"{B} {TR}", "{S} {TR}", "{S} & {S2}"])}),
	"enk": (12, {"DK": (0, [], ["Tømrerfirmaet {G} {S}",
		"Malerfirma {G} {S}", "VVS-installatør {G} {S}",
		"Murermester {G} {S}", "{B} v/{G} {S}",
		"Autoriseret El-installatør {G} {S}", "Vognmand {G} {S}"]),
		"NO": (.35, [("ENK", 1)], ["Rørlegger {G} {S}", "Tømrer {G} {S}",
		"{G} {S} Elektro", "Maler {G} {S}", "{B} v/{G} {S}",
		"Snekker {G} {S}", "Regnskapsfører {G} {S}"])}),
	"tand": (7, {"DK": (.5, [("ApS", 6), ("I/S", 4)], ["!Tandlæge {G} {S}",
		"Tandlægerne {S} & {S2}", "{B} Tandklinik",
		"Tandlægeklinikken {B}", "Tandlægehuset {P}"]),
		"NO": (.6, [("AS", 8), ("DA", 2)], ["!Tannlege {G} {S}",
		"Tannlegene {S} og {S2}", "{B} Tannklinikk",
		"Tannlegesenteret {P}", "{P} Tannlegekontor"])}),
	"advokat": (6, {"DK": (.8, [("P/S", 5), ("I/S", 3), ("ApS", 2)],
		["Advokatfirmaet {S} & {S2}", "{S} Advokater",
		"Advokatfirmaet {S}", "!Advokat {G} {S}", "{B} Advokater"]),
		"NO": (.85, [("AS", 6), ("DA", 3), ("ANS", 1)],
		["Advokatfirmaet {S} & {S2}", "Advokatfirma {S}",
		"{B} Advokatfirma", "!Advokat {G} {S}",
		"Advokatene {S} og {S2}"])}),
	"revisor": (6, {"DK": (.9, [("ApS", 4), ("P/S", 4), ("I/S", 2)],
		["{S} Revision", "Revisionsfirmaet {S} & {S2}", "{B} Revision",
		"!{B} Statsautoriseret Revisionspartnerselskab",
		"!{S} & {S2} Statsautoriserede Revisorer"]),
		"NO": (.9, [("AS", 9), ("DA", 1)], ["{S} Revisjon",
		"Revisjonsfirmaet {S}", "{B} Revisjon", "{B} Regnskap",
		"!Statsautorisert revisor {G} {S}"])}),
	"landbrug": (5, {"DK": (.3, [("I/S", 6), ("ApS", 4)], ["{F}",
		"{F} v/{G} {S}", "{F} Landbrug", "{S} Landbrug", "{S} Fiskeri"]),
		"NO": (.3, [("AS", 6), ("DA", 2), ("SA", 2)], ["{F} gård",
		"{F} Gårdsbruk", "Gårdbruker {G} {S}", "{S} Fiskeri",
		"{B} Havfiske"])}),
	"kommune": (6, {"DK": (0, [], []), "NO": (0, [], [])}),
	"bolig": (9, {"DK": (0, [], ["Andelsboligforeningen {St} {No}",
		"A/B {P}", "Ejerforeningen {St} {No}", "E/F {B}",
		"Boligforeningen {B}"]), "NO": (0, [], ["Sameiet {St} {No}",
		"{P} Borettslag", "Borettslaget {B}", "{St} {No} Borettslag",
		"Boligsameiet {B}"])}),
	"skole": (8, {"DK": (0, [], ["{P} Skole", "{P} Friskole",
		"{P} Efterskole", "Børnehaven {B}", "{P} Børnehus"]),
		"NO": (0, [], ["{P} skole", "{P} ungdomsskole", "{P} barnehage",
		"{B} barnehage", "{P} friskole"])}),
	"kirke": (4, {"DK": (0, [], ["{P} Sogn", "{P} Kirke",
		"{P} Menighedsråd"]), "NO": (0, [], ["{P} menighet", "{P} kirke",
		"{K} kirkelige fellesråd"])}),
	"butik": (5, {"DK": (.5, [("ApS", 1)], ["{C} {P}"]),
		"NO": (.5, [("AS", 1)], ["{C} {P}"])})}
# Other bodies of a kommune's town, each its own legal person (town-body
# impostors; not a jobcenter, NAV office or kommunalt foretak, which are
# the kommune's own).
BODIES = {"DK": ["{N} Forsyning", "{N} Gymnasium", "{N} Provsti",
	"{N} Sparekasse", "{N} Havn A/S"], "NO": ["{N} tingrett",
	"{N} videregående skole", "{N} Sparebank", "{K} kirkelige fellesråd",
	"Skatteetaten {N}"]}
ROLES = {"firma": ["KONTOR", "REGNSKAB", "LAGER", "SERVER"], "enk":
	["KONTOR", "VAERKSTED", "LAPTOP-EJER"], "tand": ["RECEPTION",
	"KLINIK1", "KLINIK2", "RONTGEN"], "advokat": ["SEKRETAER", "ADVOKAT1",
	"SERVER"], "revisor": ["REVISOR1", "REGNSKAB", "SERVER"], "landbrug":
	["STALD", "KONTOR"], "kommune": ["BORGERSERVICE", "SERVICETORV",
	"SAGSBEHANDLER", "ARKIV"], "bolig": ["VAKTMESTER", "STYRET"], "skole":
	["ADMIN", "LAERER1", "BIBLIOTEK", "RESEPSJON"], "kirke": ["KIRKEKONTOR",
	"GRAVER"], "butik": ["KASSE1", "KASSE2", "BAGLAGER"]}
TECHS = {"CPH": ["Mikkel Brandt", "Sofie Winther"], "AAR": ["Emil Kjeldsen",
	"Ida Juhl"], "ODE": ["Oliver Bak", "Freja Lindberg"], "AAL":
	["Lucas Busk", "Clara Vinding"], "OSL": ["Jonas Sunde", "Nora Fjeld"],
	"BGO": ["Sander Vik", "Emma Tvedt"], "TRD": ["Magnus Rø", "Ingrid Wold"],
	"SVG": ["Henrik Tjelta", "Sara Nærland"], "TOS": ["Elias Nygaard",
	"Maja Isaksen"]}
VENDORS = ["TDC Erhverv", "Norlys", "Telenor Bedrift", "Telia Norge",
	"Telia Danmark", "Ice Bedrift", "e-conomic", "Tripletex", "Visma",
	"Fiken", "Dinero", "PowerOffice", "Uni Micro", "Atea", "Komplett Bedrift",
	"Dustin", "Elgiganten Business", "Proshop", "one.com", "Domeneshop",
	"Simply.com", "Nets", "Vipps MobilePay", "PostNord", "Bring",
	"Syncro Support"]
STAFF = ["Værksted-PC 3", "TEKNIKER-CPH-2", "Lånemaskine 4",
	"Testmaskine 7", "Lager", "Image Win11", "RMA 12", "Mikkel Brandt",
	"Jonas Sunde", "Servicebenk", "Verksted"]
PERSONAL = ["Privat - {G} {S}", "{G} {S} (privat)", "Laptop {G}",
	"Sønnens PC", "Hjemme - {G} {S}", "{G} {S} hjemme", "Hjemme-PC {S}",
	"Privatkunde {G} {S}"]
PERSON = ["", "", "", "Privatkunde ", "Privat: ", "Kunde: "]
PROSPECT = ["Tilbud - ", "Tilbud: ", "Emne: ", "Demo ", "Test - ",
	"Prøveperiode - "]
# Trades no customer's name has (surname's-firm impostors).
OWN_TRADE = {"DK": ["Ejendomme", "Invest", "Consult", "Udlejning",
	"Catering"], "NO": ["Eiendom", "Invest", "Konsult", "Utleie",
	"Catering"]}
FREE = ("gmail", "hotmail", "outlook", "live", "online")

# ---------------------------------------------------------------- skeleton


def fold(s):
	"""s in small plain letters, æ ø å and aa oe ae read alike."""
	s = lk.plain(s.lower().replace("ø", "o").replace("æ", "e").replace("å",
		"a"))
	return s.replace("aa", "a").replace("oe", "o").replace("ae", "e")


def latin(s):
	"""s as an address or a machine name spells it: æ ø å as ae oe aa."""
	for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("Æ", "Ae"),
			("Ø", "Oe"), ("Å", "Aa")):
		s = s.replace(a, b)
	return lk.latin(s)


LEGAL_RE = re.compile(r"\b(?:[aikp]\s?/\s?s|a\.\s?s\.?|aps|ivs|asa|as|enk|"
	r"ans|a\.n\.s\.?|da|nuf|sa|anpartsselskab(?:et)?|aktieselskab(?:et)?|"
	r"interessentskab(?:et)?|aksjeselskap(?:et)?|enkeltpersonforetak|"
	r"enkeltmandsvirksomhed)(?![\w/])")
HOUSING_RE = re.compile(r"\b([ae])\s?/\s?([bf])\b")
ORGNR_RE = re.compile(r"(?<!\d)(\d{3})[ .]?(\d{3})[ .]?(\d{3})(?!\d)")
CVR_RE = re.compile(r"(?<!\d)(\d{2}) ?(\d{2}) ?(\d{2}) ?(\d{2})(?!\d)")
# Words read as one: short forms, definite forms, the other country's
# spelling (long=short pairs).
LONG = dict(x.split("=") for x in """ab=andelsboligforening
	andelsboligforeningen=andelsboligforening ef=ejerforening
	ejerforeningen=ejerforening sameiet=sameie
	borettslaget=borettslag brl=borettslag boligsameiet=boligsameie
	boligforeningen=boligforening kommunen=kommune kom=kommune
	kbh=kobenhavn kobenhavns=kobenhavn skolen=skole
	revisjon=revision rev=revision selskap=selskab
	advokatfirmaet=advokatfirma advokatene=advokater adv=advokat
	tandlege=tannlege tandlegerne=tannlege tannlegene=tannlege
	tdl=tannlege tandklinik=tannklinikk
	tandlegeklinikken=tannklinikk statsaut=statsautoriseret
	statsautorisert=statsautoriseret
	statsautoriserede=statsautoriseret menighed=menighet
	revisionsfirmaet=revisionsfirma revisjonsfirmaet=revisionsfirma
	tomrerfirmaet=tomrerfirma bornehaven=bornehave
	barnehage=bornehave gard=gard gardsbruk=gard""".split())
DROP = set("og v ved afd avd afdeling avdeling cvr nr dk no mva org orgnr "
	"i pa tidl tidligere as aps asa ans da sa ivs nuf enk is ks ps".split())


def _words(s):
	s = fold(s)
	s = ORGNR_RE.sub(r" org\1\2\3 ", s)
	s = CVR_RE.sub(r" cvr\1\2\3\4 ", s)
	s = HOUSING_RE.sub(r" \1\2 ", s)
	s = LEGAL_RE.sub(" ", s)
	return lk.dotted_words(s, LONG, DROP)


skel, skel_words, ck = lk.desk_checks(_words)

# ---------------------------------------------------------------- numbers
W_CVR = (2, 7, 6, 5, 4, 3, 2, 1)
W_ORG = (3, 2, 7, 6, 5, 4, 3, 2)


def cvr(rng):
	"""An eight-digit CVR (weighted sum mod 11 is 0; the last digit has
	weight 1, so it is what makes the sum 0, and 10 is never issued)."""
	while True:
		seven = "%07d" % rng.randint(1000000, 4999999)
		k = -sum(int(d) * w for d, w in zip(seven, W_CVR)) % 11
		if k < 10:
			return seven + str(k)


def orgnr(rng):
	"""A nine-digit organisasjonsnummer (check 11 - sum mod 11)."""
	while True:
		eight = "%d%07d" % (rng.choice((8, 9)), rng.randint(0, 9999999))
		k = (11 - sum(int(d) * w for d, w in zip(eight, W_ORG)) % 11) % 11
		if k < 10:
			return eight + str(k)


def number_ok(n):
	if len(n) == 8:
		return sum(int(d) * w for d, w in zip(n, W_CVR)) % 11 == 0
	return -sum(int(d) * w for d, w in zip(n, W_ORG)) % 11 == int(n[8])


assert number_ok("27355021") and number_ok("923609016")	# on record


def number_text(cc, n, style):
	"""A CVR or organisasjonsnummer as it is typed: bare, in groups, with
	its label."""
	if cc == "DK":
		grouped = "%s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:])
		return ["%s", "CVR %s", "CVR-nr. %s", "DK%s", "DK %s", "CVR %s"][
			style % 6] % (grouped if style % 6 > 3 else n)
	grouped = "%s %s %s" % (n[:3], n[3:6], n[6:])
	return ["%s", "Org.nr. %s", "NO %s MVA", "org.nr %s", "NO%sMVA",
		"%s"][style % 6] % (n if style % 6 in (0, 3, 4) else grouped)


# ---------------------------------------------------------------- customers
SECTOR_NAMES = list(SECTORS)
SECTOR_CUM = list(accumulate(w for w, _ in SECTORS.values()))


def fill(tpl, v):
	return tpl.format_map(v)


def values(rng, c, outside):
	cc, t = c["cc"], c["trec"]
	o = person(rng, cc, .45)
	place = t[0]	# a district of the desk's city half the time there
	if t == DESKS[c["desk"]][0] and rng.random() < .5:
		place = rng.choice(DISTRICTS[c["desk"]])
	v = {"N": t[0], "K": t[1], "P": place, "G": o[0], "S": o[1],
		"S2": person(rng, cc)[1], "B": rng.choice(BRAND),
		"TR": rng.choice(TRADE[cc]), "St": rng.choice(STREETS[cc]),
		"No": str(rng.randint(1, 60)), "F": rng.choice(FARM[cc]),
		"C": rng.choice(CHAINS[cc])}
	if outside:	# words no customer's name is made of
		s = rng.sample(OUT_SURNAME[cc], 2)
		e = rng.choice(ELSEWHERE[c["desk"]])
		v.update(S=s[0], S2=s[1], B=rng.choice(OUT_BRAND), N=e, K=e, P=e,
			No=str(rng.randint(61, 99)))
	if v["S"] == v["S2"]:
		return None
	c["owner"] = (o[0], v["S"])
	return v


def make_customer(rng, desk=None, outside=False):
	"""A customer record, None when its draw does not fit: name, core
	(less the legal form and number), the words it is named by."""
	desk = desk or lk.wpick(rng, DESK_SHARE)
	cc = CC[desk]
	town = rng.choices(DESKS[desk], cum_weights=TOWN_CUM[desk])[0]
	sector = rng.choices(SECTOR_NAMES, cum_weights=SECTOR_CUM)[0]
	c = {"desk": desk, "cc": cc, "sector": sector, "trec": town,
		"town": town[0], "number": None, "street": None}
	v = values(rng, c, outside)
	if v is None:
		return None
	share, forms, tpls = SECTORS[sector][1][cc]
	if sector == "kommune":
		if outside:
			return None
		tpl = "!" + (REGION_BODY[desk] if rng.random() < .06 else
			kommune(cc, town[1]))
	else:
		tpl = rng.choice(tpls)
	bare, tpl = tpl.startswith("!"), tpl.lstrip("!")
	legal = lk.wpick(rng, forms) if forms and not bare and \
		rng.random() < share else ""
	used = set(re.findall(r"\{(\w+)\}", tpl))
	core = fill(tpl, v)
	name = (core + " " + legal).strip()
	if legal and legal not in ("ENK", "NUF") and sector in ("firma",
			"revisor", "advokat") and rng.random() < .08:
		c["number"] = cvr(rng) if cc == "DK" else orgnr(rng)
		name += rng.choice([" (%s)", ", %s", " - %s"]) % number_text(cc,
			c["number"], rng.choice([1, 2, 1, 2, 0]))
	surs = [v[k] for k in ("S", "S2") if k in used]
	c.update(name=name, core=core, legal=legal, tpl=tpl, surs=surs,
		owner=c["owner"] if "G" in used else None,
		brand=v["B"] if "B" in used else v["F"] if "F" in used else None,
		place=v["P"] if "P" in used else v["K"] if "K" in used else None,
		chain=v["C"] if "C" in used else None)
	if "St" in used:
		c["street"] = (v["St"], v["No"])
	c["region"] = "Region" in core or "fylkeskommune" in core
	if sector == "kommune" and not c["region"]:
		c["place"] = town[1]
	return c


def named_by(c):
	"""(sector, skeleton word) for each word a customer is named by: its
	brand, surnames and place, else its core (a sameie's street and
	number)."""
	own = [w for w in (c["brand"], *c["surs"], c["place"]) if w]
	return [(c["sector"], skel(w)) for w in own or [c["core"]]]


def contacts(rng, c, ids):
	"""The owner first where there is one, then up to three people of the
	customer's country; the first is the customer's own name and address
	in Syncro too."""
	ps = [c["owner"]] if c["owner"] else []
	for _ in range(rng.randint(0, 3)):
		ps.append(person(rng, c["cc"])[:2])
	out = [lk.contact(ids, a, b, c["domain"], latin) for a, b in ps]
	c["syncro"].update((k, out[0][k] if out else None) for k in
		("firstname", "lastname", "email"))
	return out


assets = lk.core_assets(DROP | {"og", "aps", "as"}, ROLES, latin,
	lambda r, c: person(r, c["cc"])[0], latin)


def address(rng, c):
	t, cc = c["trec"], c["cc"]
	st = rng.choice(STREETS[cc])
	if c["street"]:
		st = "%s %s" % c["street"]
	else:
		st = "%s %d" % (st, rng.randint(1, 140))
	phone = "+45 %02d %02d %02d %02d" % (rng.randint(20, 99),
		rng.randint(0, 99), rng.randint(0, 99), rng.randint(0, 99)) \
		if cc == "DK" else "+47 %03d %02d %03d" % (rng.randint(220, 999),
		rng.randint(0, 99), rng.randint(0, 999))
	return {"address": st, "address_2": rng.choice([None, None, None,
		"%d. sal" % rng.randint(1, 5), "st. tv.", "Postboks %d" %
		rng.randint(1, 999)]), "city": t[0], "state": TOWNS[c["desk"]][1],
		"zip": "%s%02d" % (t[3], rng.randint(0, 99)), "phone": phone}


def domain(rng, c, taken):
	"""The customer's own domain (.dk or .no; a free mailbox for a fifth
	of the sole traders, farms and housing bodies), a digit more where
	taken."""
	s, tld = c["sector"], "." + c["cc"].lower()
	town = re.sub("[^a-z]", "", latin(c["trec"][1]).lower())
	if rng.random() < .2 and s in ("enk", "landbrug", "bolig"):
		return rng.choice(FREE) + rng.choice([".com", tld])
	if s == "kommune":
		head = re.sub("[^a-z]", "", latin(c["core"]).lower())
		return lk.numbered_domain(head if c["region"] else town, tld, taken)
	word = c["brand"] or (c["surs"] or [""])[0] or c["place"] or town
	if c["chain"]:
		word = c["chain"] + c["place"]
	d = re.sub("[^a-z0-9]", "", latin(word).lower())[:16] or town
	d += rng.choice({"tand": ["tand" if c["cc"] == "DK" else "tann", ""],
		"advokat": ["advokat", ""], "revisor": ["revision" if c["cc"] ==
		"DK" else "revisjon", ""], "skole": ["skole", ""], "kirke":
		["kirke", "sogn"]}.get(s, ["", ""]))
	return lk.numbered_domain(d, tld, taken)


def form_keys(c):
	"""The skeletons of c's forms; {""} for a draw that did not fit."""
	return {skel(f) for f in lk.short_names(c)} if c else {""}


def population(rng, n):
	"""n customers, none going by a form another goes by (a draw that
	does is drawn again); ids 1 to 3 apart from 53000001 on, contacts'
	and assets' from 53300001."""
	g, seen, doms, shared = lk.G(), set(), set(), set()
	g.custs = []
	ids = iter(range(53300001, 54000000))
	cid = 53000000
	while len(g.custs) < n:
		c = lk.draw_unseen(lambda: make_customer(rng), form_keys, seen, 60)
		if c is None:
			continue
		cid += rng.randint(1, 3)
		c["id"], c["domain"] = cid, domain(rng, c, doms)
		lk.add_customer(rng, g, c, ids, shared, address, contacts, assets)
	g.shared = sorted(shared)
	return g


def index(g):
	"""linkgen's indexes, the numbers taken, the stores of each chain,
	the streets and places of the housing bodies, schools and churches."""
	lk.index_named(ck, g, lk.short_names, named_by, "numbers", lambda c: c["number"])
	g.numbered = [i for i, c in enumerate(g.custs) if c["number"]]
	g.stores, g.streets = set(), set()
	for c in g.custs:
		if c["chain"]:
			g.stores.add((c["chain"], c["place"]))
		if c["street"]:
			g.streets.add((c["cc"], skel(c["street"][0]), c["street"][1]))


# ---------------------------------------------------------------- typing
name_or_core = lk.name_or_core
NORDIC_KEYS = ["1234567890+", "qwertyuiopå", "asdfghjklæø", "zxcvbnm,.-"]
n_typo = lk.Typo(NORDIC_KEYS).n_core_typo
n_typo2 = lk.Typo(NORDIC_KEYS).n_core_typo2
n_caps, n_lower = lk.case_rows(r"[.,()'\"]")


def keeps(c, t):
	"""t keeps what tells c from its neighbours: its place, street and
	house number and surnames where its name has them."""
	if c["place"] and skel(c["place"]) not in skel(t):
		return False
	if c["street"] and c["street"][1] not in re.findall(r"\d+", t):
		return False
	return all(s in t for s in c["surs"])


def n_truncated(rng, g, c):
	"""linkgen's cut, not off the place, number or surnames, and not
	down to a listed person's name."""
	t = lk.n_truncated(rng, g, c)
	t = t and t.rstrip(" ,-(&/")
	if not t or not keeps(c, t) or skel(t) in g.person:
		return None
	return t


ASCII = [{"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe",
	"Å": "Aa"}, {"æ": "a", "ø": "o", "å": "a", "Æ": "A", "Ø": "O",
	"Å": "A"}]


def n_letters(rng, g, c):
	"""æ ø å typed on a foreign keyboard (ae oe aa, or a o a; all or
	some of them), or æ and ø swapped (the Danish and Norwegian layouts
	have them the other way round)."""
	s = name_or_core(rng, c, .5)
	if not any(ch in "æøåÆØÅ" for ch in s):
		return None
	r = rng.random()
	if r < .75:
		m = ASCII[r < .45]
		return "".join(m.get(ch, ch) for ch in s)
	if r < .9:
		m = ASCII[0]
		return "".join(m[ch] if ch in m and rng.random() < .5 else ch
			for ch in s)
	t = s.translate(str.maketrans("æøÆØ", "øæØÆ"))
	return t if t != s else None


SHORT = [("Andelsboligforeningen", "A/B"), ("Andelsboligforeningen",
	"AB"), ("Ejerforeningen", "E/F"), ("Ejerforeningen", "EF"),
	("Borettslag", "BRL"), ("Borettslaget", "Brl."), (" Kommune", " Kom."),
	(" kommune", " kom."), ("Tandlæge ", "Tdl. "), ("Advokatfirmaet",
	"Adv.firma"), ("Statsautoriseret", "Statsaut."), ("Statsautorisert",
	"Stats.aut."), (" & ", " og "), (" og ", " & "), ("Revision", "Rev."),
	("Tømrerfirmaet", "Tømrerfirma"), ("Autoriseret", "Aut."),
	("København", "Kbh."), ("Københavns", "Kbh."),
	("Revisionspartnerselskab", "Revisionspartnerselskab P/S"),
	("Menighedsråd", "Menighedsraad"), ("VVS-installatør", "VVS")]


def swap_word(t, long, short):
	"""t with its first long that is not inside a word typed short."""
	m = re.search(r"(?<!\w)%s(?!\w)" % re.escape(long), t)
	return t[:m.start()] + short + t[m.end():] if m else t


n_abbrev = lk.abbrev_row(SHORT, swap_word)


def n_acronym(rng, g, c):
	"""A three-word or longer name with no person, place nor number in
	it, by its initials."""
	if c["surs"] or c["place"] or c["street"] or c["number"] or c["owner"]:
		return None
	ws = [w for w in re.split(r"[\s&,/()'.-]+", c["core"]) if w and
		w[0].isalpha() and w.lower() not in ("og", "v", "i")]
	if any(w.isupper() for w in ws) or len(ws) < 3:
		return None
	return lk.initials(rng, ws)


RESPELL = {"ApS": ["Aps", "APS", "aps", "Anpartsselskab", "ApS."],
	"A/S": ["AS", "A.S.", "a/s", "Aktieselskab", "A/s"], "I/S": ["IS",
	"I/s", "Interessentskab"], "K/S": ["KS", "k/s"], "P/S": ["PS", "p/s"],
	"IVS": ["Ivs", "I.V.S."], "AS": ["A/S", "as", "A.S.", "Aksjeselskap"],
	"ASA": ["asa", "Asa"], "ANS": ["A.N.S.", "ans"], "DA": ["da", "D.A."],
	"NUF": ["nuf", "Nuf"], "SA": ["S.A.", "sa"], "ENK": ["enk",
	"Enkeltpersonforetak"]}


def legal_other(rng, c, r):
	"""The legal form respelt, or before the name (a Norwegian "AS X")."""
	alt = rng.choice(RESPELL[c["legal"]])
	if r > .9 and c["cc"] == "NO":
		return "%s %s" % (alt, c["core"])
	return "%s %s" % (c["core"], alt)


n_legal = lk.legal_row(legal_other)
# The same word as the other country spells it.
SPELL = [("selskab", "selskap"), ("Tandlæge", "Tannlege"), ("Tandklinik",
	"Tannklinikk"), ("Revision", "Revisjon"), ("Revisjon", "Revision"),
	("Tannlege", "Tandlæge"), (" Kommune", " kommune"), (" kommune",
	" Kommune"), (" Skole", " skole"), (" skole", " Skole"), ("Aarhus",
	"Århus"), ("Aalborg", "Ålborg"), ("Aabybro", "Åbybro"),
	("Ejerforeningen", "Eierforeningen"), ("gård", "gard"),
	("Menighedsråd", "Menighetsråd"),
	("Gårdsbruk", "Gardsbruk"), ("Børnehaven", "Barnehagen")]


def n_spelling(rng, g, c):
	"""A word of the name as the other country (or the old spelling)
	has it: "Tannlege Jens Hansen", "Århus Kommune"."""
	s = name_or_core(rng, c, .5)
	hits = [(a, b) for a, b in SPELL if a in s]
	if not hits:
		return None
	a, b = rng.choice(hits)
	return s.replace(a, b, 1)


DEFINITE = [("Sameiet ", "Sameie "), ("Borettslaget ", "Borettslag "),
	("Andelsboligforeningen ", "Andelsboligforening "),
	("Ejerforeningen ", "Ejerforening "), ("Boligforeningen ",
	"Boligforening "), ("Tandlægeklinikken ", "Tandlægeklinik "),
	("Tømrerfirmaet ", "Tømrerfirma "), ("Advokatfirmaet ",
	"Advokatfirma "), ("Revisionsfirmaet ", "Revisionsfirma "),
	("Børnehaven ", "Børnehave "), ("Tannlegesenteret ", "Tannlegesenter ")]


def n_definite(rng, g, c):
	"""A definite form typed bare or moved after the name: "Sameie
	Storgata 5", "Blåbær Borettslag" for "Borettslaget Blåbær"."""
	s = c["core"]
	for a, b in DEFINITE:
		if s.startswith(a):
			rest = s[len(a):]
			if rng.random() < .6:
				return b + rest
			return "%s %s" % (rest, b.strip())
	m = re.match(r"(.+) (Borettslag)$", s)
	return m and "%set %s" % (m.group(2), m.group(1))


def n_number(rng, g, c):
	"""A CVR or organisasjonsnummer typed another way, or a customer's
	number added to the name: "Nordlys ApS CVR 12345678"."""
	if not c["number"]:
		return None
	base = name_or_core(rng, c, .5)
	base = re.split(r" \(| - |, ", c["name"])[0] if base == c["name"] \
		else base
	return rng.choice(["%s %s", "%s (%s)", "%s, %s"]) % (base,
		number_text(c["cc"], c["number"], rng.randint(0, 9)))


def n_branch(rng, g, c):
	"""A site after the name: "Nordlys ApS - afd. Horsens"."""
	if c["place"] or c["sector"] in ("kommune", "bolig", "skole", "kirke"):
		return None
	s = name_or_core(rng, c, .6)
	word = "afd." if c["cc"] == "DK" else "avd."
	site = rng.choice(["%s {T}" % word, "{T}", "kontoret {T}",
		"hovedkontor", "lager"]).format(T=c["town"])
	return rng.choice(["%s - %s", "%s (%s)", "%s, %s"]) % (s, site)


def n_owner(rng, g, c):
	"""A sole trader or a lawyer typed by the owner: "Jens Hansen",
	"Hansen Jens", "Hansen, Jens - tømrer"."""
	if not c["owner"] or c["sector"] not in ("enk", "advokat", "tand",
			"landbrug"):
		return None
	gv, s = c["owner"]
	if len(g.person.get(skel("%s %s" % (gv, s)), ())) != 1:
		return None	# another customer's contact of that name
	if " v/" in c["core"]:	# "X v/Jens Hansen": X alone or "X Hansen"
		head = c["core"].split(" v/")[0]
		return rng.choice(["%s %s" % (head, s), "%s v %s %s" % (head, gv,
			s), "%s ved %s %s" % (head, gv, s)])
	head = c["core"].split()[0]
	return rng.choice(["%s %s" % (gv, s), "%s %s" % (s, gv),
		"%s %s %s" % (gv, s, head), "%s, %s (%s)" % (s, gv, head)])


def n_old(rng, g, c):
	"""A merged kommune with one of its old names after it: "Lillestrøm
	kommune (Skedsmo)", "Syddjurs Kommune, tidl. Rønde"."""
	old = c["trec"][4]
	if c["sector"] != "kommune" or c["region"] or not old:
		return None
	o = rng.choice(old)
	return rng.choice(["%s (%s)", "%s, tidl. %s", "%s - %s"]) % (c["core"], o)


n_contact = lk.contact_row(lambda rng, c, p: rng.choice(["", "", "",
	"(daglig leder)", "(bogholderi)", "(regnskap)", "(formand)",
	"(styreleder)", "(kontor)"]))
n_person = ck.person_row(lambda rng, c: rng.random() < .25)
n_domain = lk.domain_row(FREE)


TURNS = (n_legal, n_abbrev, n_spelling, n_definite, n_branch)
NOISE = (n_typo, n_caps, n_lower, n_letters, n_truncated)


n_mixed = lk.mixed_row(TURNS, NOISE, True)


KINDS = [("exact", lk.n_exact, 11), ("caps", n_caps, 3),
	("lower", n_lower, 5), ("typo", n_typo, 9), ("two typos", n_typo2, 3),
	("letters", n_letters, 8), ("truncated", n_truncated, 4),
	("abbrev", n_abbrev, 7), ("acronym", n_acronym, 2),
	("legal", n_legal, 9), ("spelling", n_spelling, 5),
	("definite", n_definite, 4), ("number", n_number, 2),
	("branch", n_branch, 3), ("owner", n_owner, 3), ("old name", n_old, 2),
	("contact", n_contact, 3), ("person", n_person, 2),
	("domain", n_domain, 2), ("mixed", n_mixed, 4)]


# ---------------------------------------------------------------- impostors
i_fresh, i_prospect = lk.fresh_rows(lambda rng, desk:
	make_customer(rng, desk, outside=True), named_by, PROSPECT)


def i_store(rng, g, c):
	"""A customer chain's store in another place of its desk or region:
	"Kiwi Heimdal" beside "Kiwi Tiller"."""
	if not c["chain"]:
		return None
	d = c["desk"]
	places = [p for p in [t[0] for t in DESKS[d]] + DISTRICTS[d] +
		ELSEWHERE[d] if (c["chain"], p) not in g.stores]
	if not places:
		return None
	t = "%s %s" % (c["chain"], rng.choice(places))
	return t + (" " + c["legal"] if c["legal"] and rng.random() < .4 else "")


def i_town(rng, g, c):
	"""A place-named body (kommune, skole, kirke, borettslag, tannlege)
	of a town of the region no customer is in: "Viborg Kommune" for
	"Aarhus Kommune", "Lyngen skole" for "Tromsdalen skole"."""
	if not c["place"] or c["region"] or c["chain"]:
		return None
	p = c["place"]
	e = rng.choice(ELSEWHERE[c["desk"]])
	if c["sector"] == "kommune":
		return kommune(c["cc"], e)
	return c["core"].replace(p, e, 1) if p in c["core"] else None


def i_street(rng, g, c):
	"""Another house number of a customer sameie's or ejerforening's
	street ("Sameiet Storgata 27" beside "Sameiet Storgata 5"), none a
	customer's, two slips or more from its own (one would be a typo of
	it)."""
	if not c["street"]:
		return None
	st, no = c["street"]
	k = str(rng.randint(1, 99))	# 61-99: no customer's (values())
	if lk.la.dist(k, no) < 2 or (c["cc"], skel(st), k) in g.streets:
		return None
	return c["core"].replace("%s %s" % (st, no), "%s %s" % (st, k), 1)


def i_number(rng, g, c):
	"""A name that carries its CVR or organisasjonsnummer with another
	valid one before it, as an invoice's header is pasted (of any
	customer with a number: few are)."""
	if not g.numbered:
		return None
	c = g.custs[rng.choice(g.numbered)]
	new = cvr(rng) if c["cc"] == "DK" else orgnr(rng)
	if new in g.numbers or lk.la.within1(new, c["number"]):
		return None
	return "%s %s" % (number_text(c["cc"], new, rng.choice([1, 2, 3])),
		lk.core_form(c))


def i_holding(rng, g, c):
	"""The holding company beside the operating one: "Nordlys Holding
	ApS" beside "Nordlys ApS", "Hansen Holding AS" beside an owner's
	firm."""
	if c["sector"] not in ("firma", "enk", "tand", "revisor", "landbrug"):
		return None
	lg = "ApS" if c["cc"] == "DK" else "AS"
	if c["brand"] and not c["surs"]:
		head = c["brand"]
	elif c["owner"]:
		head = c["owner"][1] if rng.random() < .6 else "%s %s" % c["owner"]
	else:
		return None
	return rng.choice(["%s Holding %s", "%s Holding %s", "%s Invest %s"]) \
		% (head, rng.choice([lg, lg, RESPELL[lg][0]]))


def i_surname(rng, g, c):
	"""The owner's surname as a firm of another trade: "Hansen Ejendomme
	ApS" beside "Tømrerfirmaet Jens Hansen"."""
	if not c["owner"] or c["sector"] not in ("enk", "tand", "landbrug"):
		return None
	tr = rng.choice(OWN_TRADE[c["cc"]])
	lg = "ApS" if c["cc"] == "DK" else "AS"
	return "%s %s %s" % (c["owner"][1], tr, lg)


def i_family(rng, g, c):
	"""A named owner's relative of another given name: "Tandlæge Anne
	Hansen" beside "Tandlæge Jens Hansen"."""
	if not c["owner"]:
		return None
	gv, s = c["owner"]
	if "%s %s" % (gv, s) not in c["core"]:
		return None
	other = rng.choice(GIVEN[c["cc"]][rng.random() < .5])
	if other == gv:
		return None
	return c["core"].replace("%s %s" % (gv, s), "%s %s" % (other, s))


def i_namesake(rng, g, c):
	"""A firm's namesake across the border, with that country's legal
	form and a town of it: "Nordlys Bodø AS" beside "Nordlys ApS"."""
	if c["sector"] not in ("firma", "revisor", "tand") or not c["brand"] \
			or c["place"] or c["surs"]:
		return None
	other = "NO" if c["cc"] == "DK" else "DK"
	lg = "AS" if other == "NO" else "ApS"
	e = rng.choice(FAR[other])
	r = rng.random()
	if r < .5:
		return "%s %s %s" % (c["core"], e, lg)
	if r < .8:
		return "%s %s i %s" % (c["core"], lg, e)
	return "%s %s %s" % (c["core"], e, rng.choice(RESPELL[lg]))


def i_body(rng, g, c):
	"""Another public body of a customer kommune's town: "NAV Tromsø",
	"Aarhus Forsyning", "Senja kirkelige fellesråd"."""
	if c["sector"] != "kommune" or c["region"]:
		return None
	t = c["trec"]
	return fill(rng.choice(BODIES[c["cc"]]), {"N": t[0], "K": t[1]})


i_person, i_personal = lk.person_impostors(ck, lambda rng, c:
	person(rng, c["cc"])[:2], PERSON, PERSONAL)


# The impostor kinds, the hard ones (a customer's own words in another
# body's name) first.
IMPOSTORS = lk.impostor_kinds((
	("other store", i_store, 6), ("other town", i_town, 8),
	("other number", i_street, 6), ("other CVR or org.nr", i_number, 3),
	("holding", i_holding, 7), ("surname's firm", i_surname, 5),
	("family member", i_family, 7), ("namesake", i_namesake, 7),
	("town body", i_body, 5), ("same shape", i_fresh, 11),
	("prospect", i_prospect, 5), ("person", i_person, 7),
	("personal", i_personal, 4), ("own staff", lk.one_of(STAFF), 5),
	("vendor", lk.one_of(VENDORS), 8)))


if __name__ == "__main__":
	# The customers keep id, name, the Syncro fields, contacts and
	# assets; own staff's machines are TEKNIK-<desk>-1 to 6; numbered()'s
	# clock starts at 1853000000 and steps 947 s in 60 minutes.
	lk.desk_main("blind53", ck, population, index, KINDS, IMPOSTORS,
		("id", "name", "syncro", "contacts", "assets"), ("TEKNIK-%s-%d", 6),
		TECHS, (1853000000, 947, 60))
