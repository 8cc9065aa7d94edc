#!/usr/bin/python3
# gen-link-blind8.py NCUST NNAMES SEED OUTDIR - the eighth held-out
# benchmark for sdc-link (issue #14, session 7): a Nordic MSP - Swedish,
# Norwegian, Danish, Finnish and some Icelandic customers in one Syncro
# account and one ScreenConnect after a merger, named as technicians of
# five desks really type them in ScreenConnect session names.  Written by
# a helper that tunes nothing, without reading the other generators' word
# lists or noise code nor src/link; the tuners never see this file nor its
# output; the lead runs it once at the end of session 7; only aggregates
# are reported.  Python stdlib only; the same SEED gives the same files.
#
# Why this population: the earlier held-out sets cover English, German/
# Dutch and Romance names.  Nordic names break other assumptions: letters
# a US keyboard lacks (å ä ö ø æ, Icelandic þ ð) that desks fold three
# ways (Swedes and Finns type a/a/o, Norwegians and Danes aa/ae/oe, some
# just drop them), two keyboards whose ø and æ keys sit swapped (Norwegian
# vs Danish) and a third where the same keys give ö and ä (Swedish/
# Finnish), long compounds written together ("Tandläkarhuset",
# "Tannlegesenteret", "Hammaslääkäriasema") that get split or cut,
# definite suffixes ("Tandvården", "Borettslaget", "Advokatfirmaet") and
# Finnish case endings ("Espoon kaupunki" for Espoo, "Virtasen Rakennus")
# that a desk drops, legal forms before or after the name ("AB Lindqvist
# Bygg", "Oy Virtanen Ab", "A/S", "ApS", "I/S", "ehf."), housing co-ops and
# clubs known by their letters (BRF, Brl, A/B, As Oy, IF, IK, BK, FF, IL),
# bilingual Finnish/Swedish names ("Espoon kaupunki / Esbo stad"), and
# near-namesakes everywhere (Hansen/Hanssen, Pedersen/Petersen, Jonsson/
# Jönsson, Lehtonen/Lehtinen, Christensen/Kristensen).
#
# Writes OUTDIR/customers.json (id, business_name, contacts [id, firstname,
# lastname, email], assets [id, name]), names.tsv (typed TAB true id or ""
# TAB noise kind TAB machine), sessions.jsonl (the machine left blank: the
# name is the only evidence) and sessions-machine.jsonl (the machine in
# the segment content "Connected to machine: NAME"; session_type Access on
# a machine some customer owns, Support otherwise), through the shared
# writer screenconnect_record.py.
#
# Where the shapes come from (every word list below was written for this
# file from these facts; no list was copied in):
#  - Surnames: SCB "Efternamn som slutar på -son klart vanligast" (scb.se,
#    2022) and its 2012 release (Andersson ahead of Johansson, the first
#    non -son name Lindberg at place 17, Lind- names next); Danmarks
#    Statistik via cphpost.dk and flugzentrale.de (Nielsen, Jensen, Hansen,
#    Pedersen, Andersen ...; Møller the first non -sen name, then Lund,
#    Holm, Schmidt, Østergaard; 47% of Danes carry -sen); lifeinnorway.net
#    and thornews.com for Norway (-sen patronymics, farm names Bakke/Berg/
#    Dahl/Haugen/Moen); finland.fi "Surname stories: land of the -nens"
#    and 6d.fi (Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen;
#    -nen in the east, -la/-lä in the west; Swedish names kept in Finland).
#    Near-namesakes (Petersen/Pedersen, Hansen/Hanssen) are the registers'
#    own spelling variants.
#  - First names: SCB (Anna, Lars, Maria, Karl), Statistics Denmark via
#    statista.com (Anne, Kirsten, Mette, Hanne; Peter, Jens, Michael,
#    Lars), the Finnish Population Register Centre via finland.fi/6d.fi.
#  - Legal forms: bolag24.se and blikk.se (AB, HB, KB, enskild firma,
#    ekonomisk förening), Altinn/Brønnøysundregistrene guides (AS, ASA,
#    ANS, DA, SA, KS; a sole trader's name must hold the owner's surname -
#    "Lars Holm"), microdata.no (organisasjonsform codes), Danmarks
#    Statistik "Virksomhedsformer i ESR" and incorporateindenmark.com (A/S,
#    ApS, IVS, I/S, K/S, P/S as mandatory suffixes), Wikipedia
#    "Osakeyhtiö" (Oy, Oyj, Ay, Ky, ry; "Oy Company Ab" vs "Company Oy Ab":
#    the order shows the main language; styled Oy, OY, O.Y.), gtai.de and
#    government.is (ehf., hf.).  The Norwegian register's own data shows
#    names in capitals, so a fifth of Norwegian customers are stored so.
#  - Towns: public municipality names; Finnish/Swedish pairs from
#    Wikipedia "Names of places in Finland in Finnish and in Swedish" and
#    the Nyland table (Esbo, Vanda, Borgå, Kyrkslätt, Sibbo, Grankulla);
#    bilingual towns put the majority language first (stptrans.com
#    guidelines, Institute for the Languages of Finland).
#  - Folding: Apache Lucene ScandinavianFoldingFilter documentation ("almost
#    all Swedish people use a, a, o instead of å, ä, ö; Norwegians and
#    Danes usually type aa, ae and oe ... some use a, o, oo, ao"), the
#    Norwegian IDN guides (dinstudio.no, tbt.biz: register the name with
#    a/aa, ae, o/oe too) - also how firm domains are spelt here.
#  - Keyboards: eustore.co.uk/Wikipedia "Swedish keyboard layout" and
#    keysourcechina.com "Norwegian keyboard" (Å right of P; Ö Ä right of L
#    on the Swedish/Finnish layout, Ø Æ on the Norwegian one in the same
#    places, and swapped to Æ Ø on the Danish one - "which many Norwegians
#    find annoying").  Slip kinds and their shares are an assumption.
#
# The customers (NCUST): Sweden 33%, Norway 24%, Denmark 20%, Finland 19%
# (a third of them Swedish-speaking or bilingual), Iceland 4%.  Verticals
# (weights in VERTICALS): dental, medical and veterinary practices,
# accountants and auditors, law firms, trades (electricians, plumbers,
# builders, painters), shops, housing co-ops, municipalities, schools and
# pre-schools, churches, sports clubs, associations, a few small
# manufacturers.  Legal forms where the country uses them.  Storage: 20%
# of Norwegian names in capitals, 5% of names with Nordic letters stored
# folded by a migration, Finnish towns that have a Swedish name stored
# with both ("Espoon kaupunki / Esbo stad") 55% of the time.  Names are unique once
# case, Nordic letters, punctuation, spaces, "&"/"och"/"og"/"ja" and legal
# forms are set aside; a name already taken is drawn again.  Contacts 1-4,
# the first the principal (the dentist of "Tandläkare Anna Lindqvist" is
# Anna Lindqvist); mail at the town's domain for municipalities, schools
# and parishes, else at the firm's own domain 55% (folded the desk's way:
# "ø" -> "o" or "oe"), a public mailbox otherwise (telia.com, online.no,
# mail.dk, kolumbus.fi ...).  Assets: log-normal, median 4, municipalities and schools four
# times more, at most 90; one scheme per customer: a site prefix
# ("NACK-PC03", "VKVS-OPPILAS-12") 45% - codes from the initials or the
# first letters of the name collide across customers -, DESKTOP-XXXXXXX 25%, role
# names in the customer's language 20% (RECEPTION-01, KASSA1, KASSE-2,
# VASTAANOTTO, SERVER, PALVELIN) shared by many customers, laptops named
# by their user ("Annas-MacBook-Air", "PC-KARI") 10%, plus user machines
# for a third of customers.
#
# The names (NNAMES): 84% real customers, drawn in proportion to 1 + the
# square root of their asset count, 16% impostors.  Each session is typed
# by the customer's own desk 78% of the time, by another country's desk
# 22% (the merger; Iceland's small desk types 30% of its names).  Real kinds, exact counts (largest remainder) from
# WEIGHTS: exact, case (lower 55%, capitals 35%, every word capitalised
# 10%), suffix (legal form dropped 60%, written another way 25%: "Ab",
# "Aktiebolag", "A.S", "Aps", "OY"; moved before/after 15%; a firm without
# one gets its country's usual one), accent (Nordic
# letters folded the desk's way: a/a/o, aa/ae/oe, dropped, or þ -> th),
# layout (typed on another desk's keyboard: ø/æ swapped by the Danish
# layout, ö/ä for ø/æ on the Swedish one and back), typo, typo+accent,
# typo+case, two typos, abbreviation (long descriptors cut as desks do:
# "Tandl.", "Adv.firmaet", "Asianajotsto", "srk", "kom.", "BRF", "As Oy",
# "Brl"; club letters expanded or contracted: IF <-> Idrottsförening),
# truncated (leading words, the town dropped, the first partner only, cut
# at a field width), reorder (the town first, partners swapped, a person
# surname first, the descriptor put after), and ("&" <-> och/og/ja/"+"),
# prefix (a desk word added - "Kund", "Firma", "Yritys" - or the leading
# descriptor dropped), person (a contact: "Anna Lindqvist", "Kari @
# Hansen Rør", "Virtanen Matti", "Tandl. Lindqvist"), compound (a compound
# split, joined or cut: "Tandläkar huset", "Tannlege senteret",
# "Hammaslääkäri asema", "Björk skolan"), case ending (a Finnish genitive
# or a Scandinavian genitive -s turned into the base word, a definite
# suffix dropped or added: "Espoo kaupunki", "Andersson El", "Tandvård
# Lund", "Borettslag Solsiden"), bilingual (one half of a bilingual name,
# or the other language's name of a body stored in one: "Esbo stad" for
# "Espoon kaupunki"), mixed (a short form - truncated, abbreviated, case
# ending, compound - with a typo 40%, a folding 30% or a case change
# 30%).  A kind that does not apply (no legal form, no Nordic letter, no
# "&", no compound) is drawn on another customer.  Typos on the desk's
# keyboard: a neighbour key 35%, two letters swapped 25%, a letter dropped
# 22%, a letter doubled or a neighbour added 18%, a word's first letter
# spared 90%.
# Labels stay honest: a typed name whose key (as for uniqueness above) is
# another customer's, or one slip (OSA distance 1) from another
# customer's key, is drawn again; nearer rivals at distance 2 (Hanssen
# typed for Hansen when the list has both) are left, as in life.  A short
# form keeps a word that is not a descriptor, connector or legal form.  A
# row with no honest name in 200 draws becomes the customer's exact name,
# labelled "exact (fallback)".
#
# Impostors (not customers): "impostor: rare word" 28% (a customer's
# rarest word in another trade: "Kanerva Kukkakauppa" beside "As Oy
# Kanerva"), "impostor: same shape" 20% (a customer's shape with another
# surname, town or brand the list also uses), "impostor: namesake" 15%
# (Hanssen Rør for Hansen Rør, Petersen for Pedersen, Lehtinen for
# Lehtonen), "impostor: other municipality" 15% (a town, school, church or
# pre-school of a town the MSP does not serve in that shape), "impostor:
# internal" 12% (the MSP's own machines and people: Test, Lager, Demo,
# Verkstad, Kontoret, Vaihtokone, a technician's name), "impostor: person"
# 10% (a private caller: "Privat - Kari Nordmann", "Matti Virtanen
# (koti)").  An impostor whose key is a customer's, one slip from one, or
# whose content words are a subset or superset of one customer's is drawn
# again (after 150 draws as a person, rare word or namesake impostor); a
# fifth get a case change or a typo.
#
# Machines (sessions-machine.jsonl), assumed shares: real - one of the
# customer's assets 70%, a machine Syncro does not know yet 12% (in the
# customer's scheme when it has one), the caller's own device 8%, no name
# 6%, an asset Syncro lists under another customer 4%.  Impostors - an
# unknown DESKTOP-/LAPTOP- name 45%, a role name some customers own 25%, a
# personal device 15%, no name 15%.
#
# At seed 1 with 5,000 customers (1,650 Swedish, 1,200 Norwegian, 1,000
# Danish, 950 Finnish, 200 Icelandic): 49% of the names carry a Nordic
# letter, 47% a legal form, 15 bilingual bodies are stored with both
# names, the median customer has 5 assets and 24% of the assets have a
# name another customer's asset has too (role names, personal devices,
# colliding site codes).  Of the 1,680 real sessions 49% are on a machine
# only their customer owns, 21% on one several own (theirs among them),
# 9% on one only another customer owns (a new machine or a personal
# device whose name another customer's asset has), 14% on an unknown one,
# 6% name none.  At 50,000 customers the small shapes are full: 21 of the
# 150 "other municipality" impostors find a free town, the rest are drawn
# as another impostor kind, and one real row falls back to exact.
#
# Speed: seed 1 takes 1.4 s for 5,000 customers and 2,000 names; 27 s wall
# (16 s CPU, machine shared) and 406 MB for 50,000 customers and 10,000
# names.
import hashlib
import math
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import screenconnect_record as scr  # noqa: E402

COUNTRIES = (("se", 33), ("no", 24), ("dk", 20), ("fi", 19), ("is", 4))

# -- words (written for this file) -----------------------------------------

# Towns: name, and for Sweden "s" when the municipality takes a genitive
# s and "stad" when it calls itself a city.
SE_TOWNS = ("Uppsala Västerås:s,stad Örebro Linköping:s Helsingborg:s,stad "
	"Jönköping:s Norrköping:s Lund:s Umeå Gävle Borås:stad Södertälje "
	"Eskilstuna Halmstad:s Växjö Karlstad:s Sundsvall:s Östersund:s "
	"Trollhättan:s,stad Luleå Kalmar Kristianstad:s Skövde Falun:s "
	"Nyköping:s Varberg:s Lidköping:s Motala Ängelholm:s Hässleholm:s "
	"Borlänge Karlskrona Sigtuna Täby Nacka Solna:stad Huddinge Lerum:s "
	"Kungsbacka Alingsås Ystad:s Trelleborg:s Höganäs Åmål:s Mölndal:s,stad "
	"Partille Kiruna Piteå Skellefteå Enköping:s Katrineholm:s Vimmerby "
	"Tranås Mora Arvika Säffle Lysekil:s Strömstad:s Oskarshamn:s "
	"Västervik:s Sollentuna Järfälla Upplands-Bro Håbo Knivsta Östhammar:s "
	"Gnosjö Värnamo Ljungby Osby Åstorp:s Båstad:s").split()
NO_TOWNS = ("Bærum Asker Drammen Lillestrøm Fredrikstad Sarpsborg Tønsberg "
	"Sandefjord Larvik Skien Porsgrunn Arendal Kristiansand Stavanger "
	"Sandnes Haugesund Bergen Ålesund Molde Trondheim Bodø Tromsø Hamar "
	"Lillehammer Gjøvik Kongsberg Halden Moss Lørenskog Ullensaker "
	"Elverum Steinkjer Harstad Narvik Horten Holmestrand Grimstad "
	"Lindesnes Nesodden Ås Frogn Kongsvinger Ringsaker Stjørdal Levanger "
	"Namsos Mo Rana Alta Hammerfest Kvinnherad Stord Voss Førde Florø "
	"Ørsta Volda Sogndal Notodden Jevnaker Hønefoss Eidsvoll").split()
DK_TOWNS = ("Aarhus Odense Aalborg Esbjerg Randers Kolding Horsens Vejle "
	"Roskilde Herning Silkeborg Næstved Fredericia Viborg Køge Holstebro "
	"Slagelse Hillerød Sønderborg Svendborg Hjørring Holbæk Frederikshavn "
	"Ringsted Haderslev Skive Nyborg Greve Hørsholm Gentofte Gladsaxe "
	"Ballerup Ishøj Thisted Aabenraa Middelfart Skanderborg Faxe Vordingborg "
	"Kalundborg Tårnby Glostrup Rødovre Brøndby Albertslund Hvidovre "
	"Frederiksberg Lemvig Struer Varde Ribe Tønder Fanø Læsø Ærø Odder "
	"Hedensted Billund Vejen Assens Nordfyns Kerteminde Langeland").split()
# Finnish towns: nominative, genitive, Swedish name or "", "k" for kunta.
FI_TOWNS = [t.split(":") for t in (
	"Helsinki:Helsingin:Helsingfors Espoo:Espoon:Esbo Vantaa:Vantaan:Vanda "
	"Turku:Turun:Åbo Tampere:Tampereen:Tammerfors Oulu:Oulun:Uleåborg "
	"Jyväskylä:Jyväskylän: Lahti:Lahden:Lahtis Kuopio:Kuopion: "
	"Pori:Porin:Björneborg Joensuu:Joensuun: "
	"Lappeenranta:Lappeenrannan:Villmanstrand "
	"Hämeenlinna:Hämeenlinnan:Tavastehus Vaasa:Vaasan:Vasa "
	"Seinäjoki:Seinäjoen: Rovaniemi:Rovaniemen: Mikkeli:Mikkelin: "
	"Kotka:Kotkan: Salo:Salon: Porvoo:Porvoon:Borgå "
	"Kokkola:Kokkolan:Karleby Hyvinkää:Hyvinkään:Hyvinge Lohja:Lohjan:Lojo "
	"Järvenpää:Järvenpään:Träskända Kerava:Keravan:Kervo "
	"Kirkkonummi:Kirkkonummen:Kyrkslätt:k Raasepori:Raaseporin:Raseborg "
	"Loviisa:Loviisan:Lovisa Sipoo:Sipoon:Sibbo:k "
	"Kauniainen:Kauniaisten:Grankulla Pietarsaari:Pietarsaaren:Jakobstad "
	"Tuusula:Tuusulan::k Nurmijärvi:Nurmijärven::k Kaarina:Kaarinan:S%t_Karins "
	"Raisio:Raision:Reso Rauma:Rauman:Raumo Iisalmi:Iisalmen: "
	"Kajaani:Kajaanin:Kajana Savonlinna:Savonlinnan:Nyslott Imatra:Imatran: "
	"Naantali:Naantalin:Nådendal Hanko:Hangon:Hangö "
	"Inkoo:Inkoon:Ingå:k Siuntio:Siuntion:Sjundeå:k Lapua:Lapuan: "
	"Kangasala:Kangasalan: Ylöjärvi:Ylöjärven: Nokia:Nokian: "
	"Riihimäki:Riihimäen: Forssa:Forssan: Uusikaupunki:Uudenkaupungin:Nystad "
	"Kemi:Kemin: Tornio:Tornion:Torneå Kuusamo:Kuusamon::k "
	"Pirkkala:Pirkkalan::k Lempäälä:Lempäälän::k Sastamala:Sastamalan:"
	).split()]
IS_TOWNS = ("Reykjavík Kópavogur Hafnarfjörður Akureyri Garðabær Mosfellsbær "
	"Reykjanesbær Selfoss Akranes Ísafjörður Egilsstaðir Húsavík "
	"Vestmannaeyjar Borgarnes Grindavík Sauðárkrókur").split()
# Icelandic municipality names written out (the town's own form).
IS_MUNI = {"Reykjavík": "Reykjavíkurborg", "Kópavogur": "Kópavogsbær",
	"Hafnarfjörður": "Hafnarfjarðarbær", "Akureyri": "Akureyrarbær",
	"Garðabær": "Garðabær", "Mosfellsbær": "Mosfellsbær",
	"Reykjanesbær": "Reykjanesbær", "Akranes": "Akraneskaupstaður",
	"Ísafjörður": "Ísafjarðarbær", "Grindavík": "Grindavíkurbær",
	"Vestmannaeyjar": "Vestmannaeyjabær"}

# Districts and streets that name schools, surgeries and co-ops.
DISTRICTS = {
	"se": "Centrum Norr Söder Väster Öster Hagaberg Backa Solhem Kvarnby "
	"Ekbacken Torget Stationsgatan Bergsjö Ängby Tallbacken Sjöstaden "
	"Skogslund Kyrkbacken Stenhagen Björkhagen Furulund Ljungby".split(),
	"no": "Sentrum Nordby Sørli Bakkehaugen Strandli Torvet Rosenhof "
	"Holmlia Fjellstad Lia Furuset Haugerud Skogly Bryn Solvang Tveita "
	"Nyborg Åsen Veitvet Løren".split(),
	"dk": "Centrum Nørrebro Vesterbro Østerbro Søndergade Torvet "
	"Strandvejen Bakkegården Åparken Engbo Skovlunde Højvang Vestervang "
	"Kildebakken Nørregade Rosenvænget Lindevang Havnegade".split(),
}
# Finnish districts: nominative, genitive.
FI_DISTRICTS = [d.split(":") for d in (
	"Keskusta:Keskustan Tapiola:Tapiolan Kallio:Kallion Koivukylä:Koivukylän "
	"Kaukajärvi:Kaukajärven Hervanta:Hervannan Kontula:Kontulan "
	"Myyrmäki:Myyrmäen Otaniemi:Otaniemen Pihlajamäki:Pihlajamäen "
	"Leppävaara:Leppävaaran Tikkurila:Tikkurilan Hakunila:Hakunilan "
	"Kaleva:Kalevan Nekala:Nekalan Matinkylä:Matinkylän Puistola:Puistolan "
	"Kaivopuisto:Kaivopuiston Rajakylä:Rajakylän Kuokkala:Kuokkalan").split()]

SURNAMES = {
	"se": "Andersson Johansson Karlsson Carlsson Nilsson Eriksson Larsson "
	"Olsson Persson Pettersson Petersson Svensson Gustafsson Jonsson "
	"Jönsson Jansson Hansson Bengtsson Lindberg Jakobsson Magnusson "
	"Lindström Olofsson Lindqvist Lindkvist Lindgren Berg Axelsson "
	"Bergström Lundberg Lind Lundgren Lundqvist Mattsson Berglund "
	"Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström "
	"Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm "
	"Wikström Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg "
	"Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström "
	"Mårtensson Lundström Åberg Öberg Ek Strand Sundberg Hedlund".split(),
	"no": "Hansen Hanssen Johansen Johannessen Olsen Larsen Andersen "
	"Pedersen Nilsen Kristiansen Christiansen Jensen Karlsen Johnsen "
	"Pettersen Eriksen Berg Haugen Hagen Andreassen Jacobsen Jakobsen "
	"Dahl Jørgensen Halvorsen Henriksen Lund Sørensen Moen Gundersen "
	"Iversen Strand Solberg Svendsen Eide Knutsen Martinsen Paulsen "
	"Bakken Kristoffersen Mathisen Lie Amundsen Rasmussen Lunde Solheim "
	"Berge Moe Nygård Nygaard Bakke Fredriksen Lien Hauge Næss Aas "
	"Myhre Haugland Thomassen Simonsen Sivertsen Berntsen Rønning "
	"Arnesen Sandvik Ødegård Ødegaard Sæther Vik Tangen".split(),
	"dk": "Nielsen Jensen Hansen Pedersen Petersen Andersen Christensen "
	"Kristensen Larsen Sørensen Rasmussen Jørgensen Madsen Olsen Thomsen "
	"Christiansen Poulsen Johansen Møller Mortensen Knudsen Jakobsen "
	"Jacobsen Mikkelsen Olesen Frederiksen Laursen Henriksen Lund "
	"Schmidt Holm Eriksen Nissen Clausen Simonsen Svendsen Andreasen "
	"Iversen Østergaard Jeppesen Jepsen Vestergaard Lauridsen Mogensen "
	"Kjær Søndergaard Dam Bach Nørgaard Dahl Kjeldsen Bertelsen Skov "
	"Friis Overgaard Bruun Lassen Krogh Winther Juhl Buch".split(),
	"fi": "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine "
	"Heikkinen Heikkilä Koskinen Järvinen Lehtonen Lehtinen Saarinen "
	"Salminen Heinonen Niemi Kinnunen Salonen Salo Turunen Laitinen "
	"Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen "
	"Ahonen Hiltunen Leinonen Hirvonen Miettinen Pitkänen Aaltonen "
	"Manninen Kallio Hakala Anttila Laaksonen Leppänen Lindholm "
	"Lindqvist Nyman Sjöblom Holmström Granqvist Westerlund Backman "
	"Forsman Wikström Räsänen Väisänen Peltonen Honkanen".split(),
	"is": "Jónsson Sigurðsson Guðmundsson Gunnarsson Ólafsson Einarsson "
	"Kristjánsson Stefánsson Jónsdóttir Sigurðardóttir Guðmundsdóttir "
	"Magnússon Helgadóttir Þórsson Björnsson Árnason Pálsson "
	"Jóhannsdóttir Karlsson Haraldsson".split(),
}
# Spelling neighbours that are different people (registers keep both).
NAMESAKE = {}
for _s in ("Hansen Hanssen", "Johansen Johannessen", "Jacobsen Jakobsen",
		"Kristiansen Christiansen", "Nygård Nygaard", "Ødegård Ødegaard",
		"Pedersen Petersen", "Christensen Kristensen", "Jepsen Jeppesen",
		"Nielsen Nilsen", "Karlsson Carlsson", "Pettersson Petersson",
		"Jonsson Jönsson", "Jansson Jonsson", "Lindqvist Lindkvist",
		"Lehtonen Lehtinen", "Mäkinen Mäkelä", "Heikkinen Heikkilä",
		"Salonen Salo", "Laine Laitinen", "Berg Berge", "Lund Lunde",
		"Holm Holmberg", "Olsen Olesen", "Andersson Andersen",
		"Sigurðsson Sigurðarson", "Jónsson Jónasson"):
	_a, _b = _s.split()
	if _b not in NAMESAKE.get(_a, []):
		NAMESAKE.setdefault(_a, []).append(_b)
	if _a not in NAMESAKE.get(_b, []):
		NAMESAKE.setdefault(_b, []).append(_a)

FIRST = {
	"se": "Anna Maria Eva Karin Kristina Lena Sara Emma Elin Ida Johanna "
	"Malin Sofia Åsa Ulrika Linnea Lars Karl Erik Anders Johan Per "
	"Mikael Peter Magnus Jonas Fredrik Daniel Henrik Oskar Björn Ulf "
	"Göran Åke Mats Stefan".split(),
	"no": "Anne Inger Kari Marit Ingrid Liv Hilde Silje Ingvild Kristin "
	"Siv Bente Astrid Tone Randi Jan Per Bjørn Ole Lars Kjell Knut Arne "
	"Svein Thomas Hans Geir Tor Morten Øystein Håkon Sindre Jørgen "
	"Trond Espen".split(),
	"dk": "Anne Kirsten Mette Hanne Anna Helle Susanne Lene Maria "
	"Marianne Charlotte Birgitte Pernille Trine Lone Peter Jens Michael "
	"Lars Henrik Thomas Søren Jan Niels Christian Martin Rasmus Mads "
	"Jesper Bo Poul Jørgen Kasper Anders".split(),
	"fi": "Juha Timo Matti Kari Mikko Jari Antti Jukka Mika Markku Pekka "
	"Hannu Heikki Ville Tuomas Janne Jussi Jyrki Väinö Maria Helena Anna "
	"Johanna Kaarina Marjatta Tuula Päivi Riitta Anne Minna Sari Tiina "
	"Aino Eevi Sanna Satu Kaisa".split(),
	"is": "Jón Sigurður Guðmundur Gunnar Ólafur Einar Anna Guðrún Kristín "
	"Sigríður Helga Margrét Þórunn Björn Ragnheiður Stefán".split(),
}

BRANDS = {
	"se": "Solrosen Eken Björken Linden Kvarnen Fyren Måsen Ankaret "
	"Vitsippan Källan Kompassen Stjärnan Granen Lärkan Hamnen Nova "
	"Optima Smedjan Tegelbruket Näckrosen Blåklinten Havsörnen Tornet "
	"Pilen Vågen".split(),
	"no": "Fjellsiden Solsiden Bryggen Nordlys Fjordgløtt Tinden Furuly "
	"Varden Havblikk Bjørkelia Granly Sjøsiden Lyngheim Skogtun Solbakken "
	"Fossen Utsikten Kilden Bautaen Linnea Polaris Vesta Trollstua".split(),
	"dk": "Solgården Bøgely Lindegården Kastanjen Fyrtårnet Havnen Engen "
	"Mågen Ahorn Stjernen Egebo Kildevang Skovbrynet Æblehaven Rosenly "
	"Strandlyst Møllen Bakkehuset Svanen Krystal Nordstjernen".split(),
	"fi": "Kuusikallio Koivula Tähti Aurinko Kanerva Saarni Pihlaja Sampo "
	"Otso Ilves Revontuli Kaleva Tapio Lumikki Honkala Sinivuokko Kielo "
	"Lakeus Ulappa Majakka Kotiranta Solbacken Björkbo Strandvik".split(),
	"is": "Hekla Katla Norðurljós Sól Esja Bára Fjörður Vík Skjól Lind "
	"Gróska Askja Dögun Hraun Jökull Straumur Vör Alda Kría Lundi Máni "
	"Stjarna Tindur Vaka Eldey".split(),
}

# Legal forms per country and where they stand: (form, weight, before?).
FORMS = {
	"se": (("AB", 70, 0), ("HB", 9, 0), ("KB", 5, 0), ("Aktiebolag", 4, 0),
		("AB", 6, 1), ("ek. för.", 6, 0)),
	"no": (("AS", 78, 0), ("ANS", 8, 0), ("DA", 8, 0), ("ASA", 2, 0),
		("A/S", 4, 0)),
	"dk": (("ApS", 55, 0), ("A/S", 20, 0), ("I/S", 12, 0), ("IVS", 5, 0),
		("P/S", 8, 0)),
	"fi": (("Oy", 62, 0), ("Oy", 8, 1), ("Ky", 10, 0), ("Ay", 4, 0),
		("Tmi", 8, 0), ("Oy Ab", 5, 0), ("Oyj", 1, 0), ("Ab", 2, 0)),
	"is": (("ehf.", 88, 0), ("hf.", 6, 0), ("sf.", 6, 0)),
}
FORMWORDS = {"ab", "hb", "kb", "aktiebolag", "ekfor", "ek", "for", "as",
	"ans", "da", "asa", "aps", "is", "ivs", "ps", "oy", "ky", "ay", "tmi",
	"oyj", "ehf", "hf", "sf", "ry", "rf", "osakeyhtio", "handelsbolag",
	"forening", "ekonomisk"} - {"forening"}
CONNWORDS = {"och", "og", "ja", "and", "o", "+"}
OTHER_FORM_WAYS = {"AB": ["Ab", "ab", "Aktiebolag", "A.B.", "AB."],
	"HB": ["Hb", "Handelsbolag"], "KB": ["Kb", "Kommanditbolag"],
	"Aktiebolag": ["AB", "Ab"], "ek. för.": ["ekonomisk förening", "ek för",
	"ek.för"], "AS": ["A/S", "As", "A.S", "AS."], "ANS": ["Ans", "A.N.S"],
	"DA": ["Da", "D.A."], "ASA": ["Asa", "AS"], "A/S": ["AS", "A.S", "a/s"],
	"ApS": ["Aps", "APS", "ApS.", "A.p.S"], "I/S": ["IS", "I.S"],
	"IVS": ["Ivs", "I.V.S"], "P/S": ["PS", "P.S"], "Oy": ["OY", "oy",
	"O.Y.", "Oy Ab", "Osakeyhtiö"], "Ky": ["KY", "Ky."], "Ay": ["AY"],
	"Tmi": ["TMI", "Tmi."], "Oy Ab": ["Oy", "Ab Oy", "OY AB"],
	"Oyj": ["OYJ", "Oy"], "Ab": ["AB", "Ab Oy"], "ehf.": ["ehf", "EHF",
	"efh."], "hf.": ["hf", "HF"], "sf.": ["sf", "SF"]}

TECHS = {"se": ["Johan Ek", "Linnea Strand", "Mattias Holm"],
	"no": ["Espen Lie", "Kari Solberg", "Tor Vik"],
	"dk": ["Mads Bach", "Trine Skov", "Kasper Dam"],
	"fi": ["Jussi Niemi", "Sanna Kallio", "Mikael Nyman"],
	"is": ["Einar Pálsson"]}

# -- templates ---------------------------------------------------------------
#
# A template is a string of fields: P place, V a Finnish town's Swedish
# name (else P), PS a Swedish place's genitive, G Finnish genitive of the
# place, D a district (its genitive in Finland), S surname, SG a surname's
# genitive, S2 a second surname, F first name, B brand, N a number, X a
# legal form (X? sometimes).  Other words are descriptors: "Tandläkar|huset"
# marks where a compound splits, "~Tandläkarhus" after it the word without
# its definite suffix; "&", "och", "og", "ja", "i", "/" are connectors.
# "PP" is the municipality as it names itself (with kommun/kommune/...).

VERTICALS = {
	"se": (
		(5, "dental", ("Tandläkar|huset~Tandläkarhus P", "P Tandläkar|hus X?",
			"Tandläkare F S", "SG Tand|vård X?", "Tand|vården~Tandvård P",
			"Tandläkarna i P", "B Tand|vård X")),
		(5, "medical", ("Vård|centralen~Vårdcentral D", "P Läkar|hus X",
			"Läkar|mottagningen~Läkarmottagning D", "Doktor S X?",
			"Hälso|centralen~Hälsocentral B")),
		(3, "vet", ("P Djur|klinik X", "Djur|sjukhuset~Djursjukhus P",
			"Veterinär F S", "B Djur|vård X")),
		(8, "accounting", ("S Redovisnings|byrå X", "B Redovisning X",
			"Redovisnings|byrån~Redovisningsbyrå i P X",
			"Revisions|byrån~Revisionsbyrå S & S2 KB", "SG Bokföring X?",
			"P Ekonomi|tjänst X")),
		(5, "law", ("Advokat|byrån~Advokatbyrå S & S2 X", "S Advokat|byrå X",
			"Advokat|firman~Advokatfirma S X?", "Advokat F S",
			"Juristbyrån~Juristbyrå B X")),
		(14, "trades", ("SG El X", "P El|installation X", "SG Rör & VVS X",
			"B Bygg X", "S Bygg & Måleri X", "Måleri S X?", "SG Måleri",
			"P VVS|-service X", "S & Söner Bygg X", "Snickeri S X?",
			"P Rör|montage X", "B El & Data X")),
		(10, "shop", ("B Blommor X?", "P Cykel X", "Blomster|handeln~Blomsterhandel S",
			"B Optik X", "P Järn X", "SG Livs", "B Inredning X",
			"P Bokhandel X", "Guld|smeden~Guldsmed i P")),
		(8, "coop", ("Bostadsrätts|föreningen~Bostadsrättsförening B",
			"Brf B", "BRF B N", "Bostadsrätts|föreningen~Bostadsrättsförening B N")),
		(4, "muni", ("PP",)),
		(8, "school", ("D|skolan", "B|skolan", "D|skolan i P",
			"Förskolan~Förskola B", "B förskola", "P Montessori|skola",
			"Fri|skolan~Friskola B")),
		(3, "church", ("P församling", "Svenska kyrkan P", "D församling")),
		(5, "club", ("P IF", "IK B", "P BK", "P FF", "PS Golf|klubb",
			"D IK", "P Ridklubb", "IFK P")),
		(5, "assoc", ("P Hembygds|förening", "PS Konst|förening",
			"D Villaägare|förening", "PRO P", "B Kultur|förening")),
		(5, "maker", ("P Mekaniska X", "S Plåt X", "B Trä X",
			"P Snickerifabrik X", "S Maskin X")),
	),
	"no": (
		(5, "dental", ("Tannlege|senteret~Tannlegesenter P X?", "Tannlege F S",
			"P Tann|helse X", "Tannlegene S og S2 DA", "Tannlegekontoret~Tannlegekontor D",
			"B Tannklinikk X")),
		(5, "medical", ("P Lege|senter X", "Lege|kontoret~Legekontor D",
			"D Lege|kontor DA", "Lege|senteret~Legesenter B X?",
			"Fysioterapeut F S")),
		(3, "vet", ("P Dyre|klinikk X", "Dyrlege F S", "B Dyrehospital X",
			"D Dyre|klinikk X")),
		(8, "accounting", ("S Regnskaps|byrå X", "B Regnskap X",
			"Regnskaps|kontoret~Regnskapskontor P X", "Revisor F S",
			"S & S2 Revisjon X", "P Økonomi|tjenester X")),
		(5, "law", ("Advokat|firmaet~Advokatfirma S & S2 X", "Advokat F S",
			"Advokat|firma S X", "Advokat|firmaet~Advokatfirma B X",
			"Advokat|kontoret~Advokatkontor S X")),
		(14, "trades", ("S Elektro X", "P Rørlegger|service X",
			"Rørlegger S X", "B Bygg X", "S Maler X", "P El|installasjon X",
			"S & Sønn X", "SG Rør X", "Snekker S X?", "P Taktekking X",
			"B Bygg|service X")),
		(10, "shop", ("B Blomster X?", "P Sport X", "Optiker S X",
			"B Interiør X", "P Jernvare X", "Gullsmed S X", "B Bok|handel X",
			"SG Bakeri")),
		(8, "coop", ("B Borettslag", "Borettslaget~Borettslag B",
			"B Brl", "B Sameie")),
		(4, "muni", ("PP",)),
		(8, "school", ("D skole", "B skole", "D barnehage", "B barnehage",
			"P Montessori|skole", "Barnehagen~Barnehage B", "D ungdomsskole")),
		(3, "church", ("P menighet", "D menighetsråd", "P kirkelige fellesråd")),
		(5, "club", ("D IL", "P IF", "P Fotball|klubb", "P Golf|klubb",
			"B IL", "P Turn|forening", "D Sports|klubb")),
		(5, "assoc", ("P Historie|lag", "D Vel|forening", "P Kunst|forening",
			"P Pensjonist|forening", "B Kor")),
		(5, "maker", ("P Mekaniske X", "S Sveis X", "B Trevare X",
			"P Båt|bygg X")),
	),
	"dk": (
		(5, "dental", ("Tandlæge|huset~Tandlægehus P", "Tandlæge F S",
			"P Tand|klinik X", "Tandlægerne~Tandlæger S & S2 I/S",
			"Tandlægerne~Tandlæger D")),
		(5, "medical", ("Læge|huset~Lægehus P", "Lægerne~Læger D",
			"Læge|klinikken~Lægeklinik D I/S", "Læge F S",
			"Fysio|klinikken~Fysioklinik B")),
		(3, "vet", ("P Dyre|klinik X", "Dyrlæge|huset~Dyrlægehus P",
			"Dyrlæge F S", "B Dyrehospital X")),
		(8, "accounting", ("S Revision X", "B Regnskab X",
			"Revisions|firmaet~Revisionsfirma S & S2 X",
			"Bogførings|kontoret~Bogføringskontor P", "SG Bogholderi X?")),
		(5, "law", ("Advokat|firmaet~Advokatfirma S & S2 P/S",
			"Advokat S X", "S Advokater X", "Advokat|huset~Advokathus P X")),
		(14, "trades", ("S El|service X", "VVS|firmaet~VVS-firma S X",
			"Maler|firmaet~Malerfirma S & Søn", "B Byg X", "Tømrer F S",
			"P El X", "S Blik & VVS X", "Murer|firmaet~Murerfirma S X",
			"SG Tømrerforretning", "P VVS X")),
		(10, "shop", ("B Blomster X?", "P Cykler X", "Optiker S",
			"B Bolig|indretning X", "P Isenkram X", "SG Bageri",
			"Guldsmed S X")),
		(8, "coop", ("Andelsbolig|foreningen~Andelsboligforening B",
			"A/B B", "Ejer|foreningen~Ejerforening B", "E/F B")),
		(4, "muni", ("PP",)),
		(8, "school", ("D Skole", "D|skolen", "B|skolen", "Børne|haven~Børnehave B",
			"P Fri|skole", "P Efter|skole", "Vuggestuen~Vuggestue B")),
		(3, "church", ("D Sogns Menigheds|råd", "P Domsogn", "D Kirke")),
		(5, "club", ("P Bold|klub", "D IF", "P Golf|klub", "B IF",
			"P Tennis|klub", "P Gymnastik|forening")),
		(5, "assoc", ("P Kunst|forening", "D Borger|forening",
			"P Lokal|historisk Forening", "B Kor")),
		(5, "maker", ("P Maskin|fabrik X", "S Smede|forretning X",
			"B Træ X", "P Stål X")),
	),
	"fi": (
		(5, "dental", ("Hammaslääkäri|asema B X", "G Hammas|lääkärit X",
			"Hammaslääkäri F S", "Hammas|klinikka B X", "Tandläkare F S")),
		(5, "medical", ("Lääkäri|keskus B X", "G Lääkäri|asema X",
			"Lääkäri|asema B X", "Fysioterapia S X")),
		(3, "vet", ("Eläin|klinikka B X", "G Eläinlääkäri|asema X",
			"Eläinlääkäri F S")),
		(8, "accounting", ("Tili|toimisto S X", "B Tili|palvelu X",
			"Tili|toimisto F S Tmi", "Redovisningsbyrå S Ab",
			"SG Tilitoimisto X", "G Tili|palvelu X")),
		(5, "law", ("Asianajo|toimisto S & S2 X", "Asianajo|toimisto S X",
			"Asianajaja F S", "Advokatbyrå S Ab", "Laki|asiaintoimisto B X")),
		(14, "trades", ("Sähkö|asennus S X", "Rakennus S X", "Maalaus S X",
			"LVI-S X", "Putki|työ S X", "B Rakennus X", "G Sähkö X",
			"SG Rakennus X", "Kattotyö S X", "Bygg S Ab")),
		(10, "shop", ("Kukka|kauppa B", "G Optiikka X", "B Sisustus X",
			"G Kirjakauppa X", "Kukka|kauppa F", "SG Leipomo",
			"G Rauta X")),
		(8, "coop", ("Asunto Oy G B", "As Oy B", "Asunto Oy B",
			"Bostads Ab B")),
		(4, "muni", ("PP",)),
		(8, "school", ("G koulu", "D koulu", "Päiväkoti B", "D päiväkoti",
			"V svenska skola", "G lukio", "B skola")),
		(3, "church", ("G seurakunta", "G evankelis-luterilainen seurakunta",
			"V svenska församling")),
		(5, "club", ("G Pallo|seura ry", "G Urheilijat ry", "IFK V",
			"G Golf ry", "B ry", "G Hiihto|seura ry")),
		(5, "assoc", ("G Yrittäjät ry", "G Eläkkeensaajat ry",
			"V Martha|förening rf", "G Kotiseutu|yhdistys ry",
			"B Kuoro ry")),
		(5, "maker", ("G Konepaja X", "S Metalli X", "B Puu X",
			"G Teräs X")),
	),
	"is": (
		(10, "dental", ("Tannlæknastofa F X", "Tannlækna|stofan~Tannlæknastofa B",
			"Tannlæknastofa F S X")),
		(8, "accounting", ("B Bókhald X", "Endurskoðun S X",
			"Endurskoðun S & S2 X")),
		(8, "law", ("Lögmanns|stofa S X", "B Lögmenn X", "Lögmenn S & S2 X")),
		(25, "trades", ("B Raf|verk X", "S Pípulagnir X", "B Bygg X",
			"Málun S X", "Bíla|verkstæði S X", "Tré|smiðja F S X",
			"Rafvirki F S")),
		(15, "shop", ("B Blóm X", "B Sport X", "P Bakarí X",
			"Hárgreiðslu|stofa F", "Hárgreiðslu|stofa F S")),
		(6, "muni", ("PP",)),
		(8, "school", ("D|skóli", "Leikskólinn~Leikskóli B")),
		(8, "club", ("Íþróttafélagið~Íþróttafélag B", "Golf|klúbbur P")),
		(12, "maker", ("B Fiskvinnsla X", "P Vélsmiðja X")),
	),
}
IS_DISTRICTS = "Grandi Vogar Hlíðar Laugar Breiðholt Víðistaðir Lindir".split()

PARTNERS = {"se": "S & S2 Bygg X", "no": "S & S2 Bygg X", "dk": "S & S2 Byg X",
	"fi": "S & S2 Rakennus X", "is": "S & S2 X"}

# Descriptor words a desk shortens, and club letters written out.
ABBREV = {
	"bostadsrättsföreningen": ["BRF", "Brf", "Bf"],
	"bostadsrättsförening": ["BRF", "Brf"], "brf": ["Bostadsrättsföreningen"],
	"kommun": ["kom.", "kn"], "tandläkare": ["Tandl.", "Tdl"],
	"tandläkarhuset": ["Tandl.huset", "Tandläk.huset"],
	"tandläkarhus": ["Tandl.hus"], "tandvård": ["Tandv."],
	"tandvården": ["Tandv."],
	"vårdcentralen": ["VC", "Vårdc."], "läkarhus": ["Läk.hus"],
	"läkarmottagningen": ["Läk.mott.", "Läkarmott."],
	"redovisningsbyrå": ["Redov.byrå", "Red.byrå"],
	"redovisningsbyrån": ["Redov.byrån"], "redovisning": ["Redov."],
	"revisionsbyrån": ["Rev.byrån"], "advokatbyrå": ["Adv.byrå"],
	"advokatbyrån": ["Adv.byrån", "Adv.b."], "advokatfirman": ["Adv.firman"],
	"församling": ["förs."], "förening": ["fören."],
	"hembygdsförening": ["Hembygdsfören.", "Hbf"],
	"konstförening": ["Konstfören."], "villaägareförening": ["Villaägarna"],
	"djurklinik": ["Djurkl."], "djursjukhuset": ["Djursjukh."],
	"elinstallation": ["El-inst.", "Elinst."], "golfklubb": ["GK"],
	"förskolan": ["Fsk"], "förskola": ["fsk"],
	"montessoriskola": ["Montessori"], "friskolan": ["Frisk."],
	"svenska": ["Sv."], "ekonomitjänst": ["Ekonomi"],
	"vvs-service": ["VVS", "VVS-serv."], "rörmontage": ["Rör"], "snickerifabrik": ["Snickeri"],
	"mekaniska": ["Mek.", "Mek"],
	"borettslag": ["BRL", "Brl."], "borettslaget": ["Brl.", "BRL"],
	"brl": ["Borettslag"], "kommune": ["k.", "kom."],
	"tannlege": ["Tannl."], "tannlegesenteret": ["Tannl.senteret",
	"Tannlegesent."], "tannlegesenter": ["Tannl.senter"],
	"tannlegene": ["Tannl."], "tannlegekontoret": ["Tannl.kontoret"],
	"legesenter": ["Legesent.", "LS"], "legesenteret": ["Legesent."],
	"legekontoret": ["Legekont."], "legekontor": ["Legekont."],
	"advokatfirmaet": ["Adv.firmaet", "Advokatfa.", "Adv.fa."],
	"advokatfirma": ["Adv.firma", "Adv.fa."], "advokatkontoret": ["Adv.kontoret"],
	"regnskapsbyrå": ["Regnskap", "Regnsk.byrå"],
	"regnskapskontoret": ["Regnsk.kontoret"], "idrettslag": ["IL"],
	"fotballklubb": ["FK"], "rørleggerservice": ["Rørlegger", "Rørl.service"],
	"rørlegger": ["Rørl."], "menighet": ["men."], "menighetsråd": ["MR",
	"Men.råd"], "barnehage": ["bhg", "Bhg."], "barnehagen": ["Bhg."],
	"velforening": ["Vel"], "dyreklinikk": ["Dyrekl."], "historielag": ["Hist.lag"],
	"elinstallasjon": ["El-inst."], "økonomitjenester": ["Økonomi"],
	"ungdomsskole": ["u-skole", "ungd.skole"], "pensjonistforening": ["Pensj.for."],
	"kirkelige": ["kirk."], "fellesråd": ["fellesr."], "turnforening": ["TF"],
	"andelsboligforeningen": ["A/B", "AB", "Andelsbolig."],
	"andelsboligforening": ["A/B", "ABF"], "a/b": ["Andelsboligforeningen"],
	"ejerforeningen": ["E/F", "EF"], "e/f": ["Ejerforeningen"],
	"tandlægehuset": ["Tandl.huset"], "tandlæge": ["Tdl.", "Tandl."],
	"tandlægerne": ["Tandl."], "lægehuset": ["Lægeh."],
	"lægeklinikken": ["Lægekl."], "revisionsfirmaet": ["Rev.firmaet"],
	"bogføringskontoret": ["Bogf.kontoret"], "boldklub": ["BK"],
	"golfklub": ["GK"], "menighedsråd": ["MR", "Menighedsr."],
	"børnehaven": ["Bh.", "Børneh."], "dyreklinik": ["Dyrekl."],
	"dyrlægehuset": ["Dyrl.huset"], "malerfirmaet": ["Malerfa."],
	"vvsfirmaet": ["VVS"], "murerfirmaet": ["Murerfa."],
	"tømrerforretning": ["Tømrerforr."], "boligindretning": ["Bolig"],
	"gymnastikforening": ["GF"], "tennisklub": ["TK"], "maskinfabrik": ["Maskinfabr."],
	"smedeforretning": ["Smedie"], "borgerforening": ["Borgerfor."],
	"lokalhistorisk": ["Lokalhist."], "kunstforening": ["Kunstfor."],
	"asunto": ["As"], "kaupunki": ["kaup."], "kunta": ["k."],
	"hammaslääkäriasema": ["Hammaslääk.asema", "HLA"],
	"hammaslääkärit": ["Hammaslääk."], "hammaslääkäri": ["Hammaslääk.", "HLL"],
	"lääkärikeskus": ["Lääk.keskus", "LK"], "lääkäriasema": ["Lääk.asema"],
	"tilitoimisto": ["Tilitsto", "Tilitoim."],
	"asianajotoimisto": ["Asianajotsto", "Asianajotoim.", "AAT"],
	"lakiasiaintoimisto": ["Lakiasiaintsto"], "seurakunta": ["srk"],
	"evankelis-luterilainen": ["ev.lut.", "evl"], "palloseura": ["PS"],
	"urheilijat": ["Urh."], "eläinlääkäriasema": ["Eläinlääk.asema"],
	"eläinklinikka": ["Eläinkl."], "päiväkoti": ["pk", "Päiväk."],
	"rakennus": ["Rak."], "sähköasennus": ["Sähköas.", "Sähkö"],
	"maalaus": ["Maal."], "tilipalvelu": ["Tilipalv."],
	"kotiseutuyhdistys": ["Kotis.yhd."], "eläkkeensaajat": ["Eläkk."],
	"yrittäjät": ["Yritt."], "hiihtoseura": ["HS"], "kukkakauppa": ["Kukka"],
	"marthaförening": ["Marthafören."],
	"lögmannsstofa": ["Lögm.stofa"], "tannlæknastofa": ["Tannl.stofa"],
	"tannlæknastofan": ["Tannl.stofan"], "íþróttafélagið": ["ÍF", "Íþr.fél."],
	"golfklúbbur": ["GK"], "leikskólinn": ["Leiksk."],
}
CLUB = {"IF": {"se": "Idrottsförening", "no": "Idrettsforening",
	"dk": "Idrætsforening", "fi": "Idrottsförening"},
	"IK": {"se": "Idrottsklubb"}, "BK": {"se": "Bollklubb"},
	"FF": {"se": "Fotbollsförening"}, "IL": {"no": "Idrettslag"},
	"IFK": {"se": "Idrottsföreningen Kamraterna",
	"fi": "Idrottsföreningen Kamraterna"}, "PRO": {"se": "Pensionärernas riksorganisation"},
	"ry": {"fi": "rekisteröity yhdistys"}, "rf": {"fi": "registrerad förening"}}

# -- folding and keys --------------------------------------------------------

NORDIC = {"å": "a", "ä": "a", "ö": "o", "ø": "o", "æ": "ae", "þ": "th",
	"ð": "d", "Å": "A", "Ä": "A", "Ö": "O", "Ø": "O", "Æ": "Ae", "Þ": "Th",
	"Ð": "D"}


def strip(s):
	"""Nordic letters and accents folded the plain way (a/a/o)."""
	s = "".join(NORDIC.get(c, c) for c in s)
	return "".join(c for c in unicodedata.normalize("NFKD", s)
		if not unicodedata.combining(c))


_FOLDED = {}


def fold(s):
	f = _FOLDED.get(s)
	if f is None:
		f = "".join(c for c in strip(s).lower() if c.isalnum())
		if len(_FOLDED) < 1000000:
			_FOLDED[s] = f
	return f


def content(text):
	"""The words of a name that carry it: not a legal form, not a
	connector, folded."""
	out = []
	for w in text.replace("/", " ").replace("&", " ").replace(",", " ").split():
		f = fold(w)
		if f and f not in FORMWORDS and f not in CONNWORDS:
			out.append(f)
	return out


def key(text):
	t = text
	for f in ("ek. för.", "ek.för", "ek för", "Oy Ab", "Ab Oy"):
		t = t.replace(f, " ")
	return "".join(content(t))


def osa1(a, b):
	"""True when a and b are one edit apart (OSA) or equal."""
	if a == b:
		return True
	la, lb = len(a), len(b)
	if abs(la - lb) > 1:
		return False
	i = 0
	while i < min(la, lb) and a[i] == b[i]:
		i += 1
	if la == lb:
		if a[i + 1:] == b[i + 1:]:
			return True
		return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and \
			a[i + 2:] == b[i + 2:]
	if la > lb:
		return a[i + 1:] == b[i:]
	return a[i:] == b[i + 1:]


class Index:
	"""Customer keys, their one-deletion neighbourhoods (for the honest
	OSA-1 check) and an inverted word index (for impostor subsets)."""

	def __init__(self, custs):
		self.keys = {}
		self.dels = {}
		self.words = {}
		self.ckeys = []
		self.cwords = []
		for i, c in enumerate(custs):
			self.add(i, c["name"])

	def add(self, i, name):
		k = key(name)
		self.keys[k] = i
		self.ckeys.append(k)
		for j in range(len(k)):
			d = k[:j] + k[j + 1:]
			v = self.dels.get(d)
			if v is None:
				self.dels[d] = i
			elif isinstance(v, int):
				if v != i:
					self.dels[d] = [v, i]
			elif i not in v:
				v.append(i)
		ws = set(content(name))
		self.cwords.append(ws)
		for w in ws:
			self.words.setdefault(w, []).append(i)

	def near(self, text):
		"""Customers whose key equals text's or is one slip from it."""
		k = key(text)
		cand = set()

		def take(v):
			if v is None:
				return
			if isinstance(v, int):
				cand.add(v)
			else:
				cand.update(v)
		take(self.keys.get(k))
		take(self.dels.get(k))
		for j in range(len(k)):
			d = k[:j] + k[j + 1:]
			take(self.keys.get(d))
			take(self.dels.get(d))
		return {c for c in cand if osa1(k, self.ckeys[c])}

	def nested(self, text):
		"""Is text's word set a subset or a superset of a customer's?"""
		ws = set(content(text))
		if not ws:
			return True
		lists = [self.words.get(w, []) for w in ws]
		if all(lists):
			common = set(min(lists, key=len))
			for lst in lists:
				common &= set(lst)
				if not common:
					break
			if common:
				return True
		count = {}
		for lst in lists:
			for c in lst:
				count[c] = count.get(c, 0) + 1
		return any(n == len(self.cwords[c]) for c, n in count.items())


# -- names -------------------------------------------------------------------
# A name is a list of tokens [text, role, alt, split]: role one of form,
# desc, conn, place, gen, dist, sur, first, brand, num; alt the base word
# (nominative of a genitive, indefinite of a definite); split where a
# compound breaks (0: none).

DISTINCT = {"place", "gen", "dist", "sur", "first", "brand"}
PLACES = {"place", "gen", "dist"}


def tok(text, role, alt=None, split=0):
	return [text, role, alt, split]


def render(toks):
	return " ".join(t[0] for t in toks if t[0])


def sv_gen(w):
	return w if w[-1] in "sxz" else w + "s"


def fi_gen(w):
	if w.endswith("nen"):
		return w[:-3] + "sen"
	if w.endswith("i"):
		return w[:-1] + "en"
	if w.endswith("e"):
		return w + "en"
	if w[-1] in "aeiouyäö":
		return w + "n"
	return w + "in"


def pick_form(rng, c):
	forms = FORMS[c]
	r = rng.random() * sum(f[1] for f in forms)
	for f in forms:
		r -= f[1]
		if r < 0:
			return f
	return forms[-1]


class Place:
	"""A town as each country names it and its municipality."""

	def __init__(self, c, rng):
		self.c = c
		if c == "se":
			t = rng.choice(SE_TOWNS)
			name, _, flags = t.partition(":")
			self.nom = name
			self.gen = sv_gen(name) if "s" in flags.split(",") else name
			self.muni = [tok(self.gen if "s" in flags.split(",") else name,
				"gen" if self.gen != name else "place", name),
				tok("stad" if "stad" in flags else "kommun", "desc")]
			self.sv = None
		elif c == "fi":
			t = rng.choice(FI_TOWNS)
			self.nom, self.gen = t[0], t[1]
			sv = t[2].replace("%", ":").replace("_", " ")
			self.sv = sv or None
			kunta = len(t) > 3 and t[3] == "k"
			self.muni = [tok(self.gen, "gen", self.nom),
				tok("kunta" if kunta else "kaupunki", "desc")]
			if self.sv:
				g = self.sv if self.sv[-1] in "aeiouyåäö" else \
					sv_gen(self.sv)
				self.sv_muni = [tok(g, "gen" if g != self.sv else "place",
					self.sv), tok("kommun" if kunta else "stad", "desc")]
		elif c == "is":
			self.nom = rng.choice(IS_TOWNS)
			self.gen = self.nom
			self.sv = None
			m = IS_MUNI.get(self.nom)
			self.muni = [tok(m, "place")] if m else \
				[tok("Sveitarfélagið", "desc"), tok(self.nom, "place")]
		else:
			self.nom = rng.choice(NO_TOWNS if c == "no" else DK_TOWNS)
			self.gen = self.nom
			self.sv = None
			self.muni = [tok(self.nom, "place"),
				tok("Kommune" if c == "dk" else "kommune", "desc")]


def district(rng, c):
	if c == "fi":
		d = rng.choice(FI_DISTRICTS)
		return d[0], d[1]
	if c == "is":
		d = rng.choice(IS_DISTRICTS)
		return d, d
	d = rng.choice(DISTRICTS[c])
	return d, d


def parse_desc(word):
	"""'Tandläkar|huset~Tandläkarhus' -> token."""
	word, _, alt = word.partition("~")
	split = word.find("|")
	return tok(word.replace("|", ""), "desc", alt or None, max(split, 0))


def build(rng, c, tmpl):
	"""One customer name from a template; returns (tokens, person, place)."""
	pl = Place(c, rng)
	surs = SURNAMES[c]
	s1 = rng.choice(surs)
	s2 = rng.choice([s for s in surs if s != s1])
	first = rng.choice(FIRST[c])
	dnom, dgen = district(rng, c)
	toks = []
	person = None
	for f in tmpl.split():
		q = f.endswith("?") and len(f) > 1
		f = f.rstrip("?") if q else f
		if f == "P":
			toks.append(tok(pl.nom, "place"))
		elif f == "V":	# the Swedish name of a Finnish town
			toks.append(tok(pl.sv or pl.nom, "place"))
		elif f == "PS":
			toks.append(tok(sv_gen(pl.nom), "gen", pl.nom))
		elif f == "G":
			toks.append(tok(pl.gen, "gen", pl.nom) if pl.gen != pl.nom
				else tok(pl.nom, "place"))
		elif f == "PP":
			toks.extend([list(t) for t in pl.muni])
		elif f == "D" or f.startswith("D|"):
			if f.startswith("D|"):
				rest = f[2:]
				base = dnom if c != "fi" else dgen
				toks.append(tok(base + rest, "dist", None, len(base)))
			elif c == "fi":
				toks.append(tok(dgen, "gen", dnom))
			else:
				toks.append(tok(dnom, "dist"))
		elif f.startswith("B|"):
			b = rng.choice(BRANDS[c])
			toks.append(tok(b + f[2:], "brand", None, len(b)))
		elif f == "S":
			toks.append(tok(s1, "sur"))
		elif f == "S2":
			toks.append(tok(s2, "sur"))
		elif f == "SG":
			g = fi_gen(s1) if c == "fi" else sv_gen(s1)
			toks.append(tok(g, "sur", s1))
		elif f == "F":
			toks.append(tok(first, "first"))
			person = first
		elif f == "B":
			toks.append(tok(rng.choice(BRANDS[c]), "brand"))
		elif f == "N":
			toks.append(tok(str(rng.randint(1, 40)), "num"))
		elif f == "X":
			if q and rng.random() < 0.5:
				continue
			if c in ("se", "fi") and rng.random() < 0.25 and not q:
				continue	# a sole trader or a club has none
			form, _, before = pick_form(rng, c)
			t = tok(form, "form")
			if before:
				toks.insert(0, t)
			else:
				toks.append(t)
		elif f in ("&", "och", "og", "ja", "i", "/", "+"):
			toks.append(tok(f, "conn"))
		elif f in ("AB", "HB", "KB", "DA", "I/S", "P/S", "Ab", "Tmi", "ry",
				"rf"):
			toks.append(tok(f, "form"))
		elif f == "LVI-S":
			toks.append(tok("LVI-" + s1, "sur", None, 3))
		elif f == "Söner" or f == "Sønn" or f == "Søn":
			toks.append(tok(f, "desc"))
		else:
			toks.append(parse_desc(f))
	if person is None and any(t[1] == "sur" for t in toks):
		person = first if rng.random() < 0.6 else None
	return toks, (first, s1), pl


# -- customers ---------------------------------------------------------------

PUBMAIL = {"se": ["telia.com", "gmail.com", "hotmail.com", "live.se",
	"outlook.com", "bredband.net"], "no": ["online.no", "gmail.com",
	"hotmail.com", "live.no", "outlook.com", "altibox.no"],
	"dk": ["mail.dk", "gmail.com", "hotmail.com", "jubii.dk", "outlook.dk",
	"live.dk"], "fi": ["kolumbus.fi", "gmail.com", "hotmail.com",
	"suomi24.fi", "outlook.com", "elisanet.fi"], "is": ["simnet.is",
	"gmail.com", "internet.is"]}
TLD = {"se": "se", "no": "no", "dk": "dk", "fi": "fi", "is": "is"}


def dom_fold(s, c):
	"""How a firm spells its domain: Norwegians and Danes aa/ae/oe half
	the time, everyone else a/a/o."""
	if c in ("no", "dk"):
		s = s.replace("å", "aa").replace("ø", "oe").replace("æ", "ae")
	return "".join(ch for ch in strip(s).lower() if ch.isalnum() or ch == "-")


def largest_remainder(n, weights):
	tot = float(sum(w for _, w in weights))
	raw = [(k, n * w / tot) for k, w in weights]
	out = {k: int(v) for k, v in raw}
	left = n - sum(out.values())
	for k, v in sorted(raw, key=lambda kv: -(kv[1] - int(kv[1])))[:left]:
		out[k] += 1
	return out


def make_customers(rng, n):
	counts = largest_remainder(n, COUNTRIES)
	plan = []
	for c, k in sorted(counts.items()):
		plan += [c] * k
	rng.shuffle(plan)
	taken = {}
	custs = []
	cid = 4400000
	for c in plan:
		verts = VERTICALS[c]
		tot = sum(v[0] for v in verts)
		for attempt in range(1000):
			if attempt == 60:
				# small shapes are full: a firm
				verts = [v for v in verts if v[1] in BUSINESS]
				tot = sum(v[0] for v in verts)
			if attempt == 300:
				# still none: a firm named after two partners
				verts = ((1, "trades", (PARTNERS[c],)),)
				tot = 1
			r = rng.random() * tot
			for w, vert, tmpls in verts:
				r -= w
				if r < 0:
					break
			tmpl = rng.choice(tmpls)
			toks, person, pl = build(rng, c, tmpl)
			name = render(toks)
			bil = None
			if c == "fi" and vert in ("muni", "church") and pl.sv:
				bil = [list(t) for t in (pl.sv_muni if vert == "muni" else
					[tok(pl.sv, "place"), tok("svenska", "desc"),
					tok("församling", "desc")])]
				if vert == "church":
					bil = None	# a Swedish parish is its own body
				elif rng.random() < 0.55:
					toks = toks + [tok("/", "conn")] + bil
					name = render(toks)
			k = key(name)
			if k and k not in taken:
				break
		else:
			sys.exit("gen-link-blind8: no unique name left for a customer %s %d" % (c, len(custs)))
		taken[k] = True
		stored = name
		if c == "no" and rng.random() < 0.2:
			stored = name.upper()
		elif rng.random() < 0.05 and strip(name) != name:
			stored = strip(name)
		cid += rng.randint(1, 37)
		custs.append({"id": cid, "name": stored, "toks": toks, "country": c,
			"vertical": vert, "tmpl": tmpl, "person": person, "place": pl, "bil": bil})
	return custs


def contacts(rng, cu, conid):
	c = cu["country"]
	n = 1 + min(3, int(rng.expovariate(1.1)))
	out = []
	dom = None
	if cu["vertical"] in ("muni", "school", "church"):
		# the municipality's domain: schools and parishes share it
		dom = dom_fold(cu["place"].nom, c) + "." + TLD[c]
	elif rng.random() < 0.55:
		core = [t[0] for t in cu["toks"] if t[1] not in ("form", "conn")]
		joint = "-" if rng.random() < 0.4 else ""
		dom = joint.join(dom_fold(w, c) for w in core[:3]) + "." + TLD[c]
	for i in range(n):
		if i == 0 and cu["person"]:
			fn, ln = cu["person"]
		else:
			fn, ln = rng.choice(FIRST[c]), rng.choice(SURNAMES[c])
		f, l = dom_fold(fn, c), dom_fold(ln, c)
		if dom:
			mail = "%s@%s" % (rng.choice([f, f + "." + l, f[0] + l]), dom)
		else:
			mail = "%s.%s%s@%s" % (f, l, rng.choice(["", str(rng.randint(1,
				99))]), rng.choice(PUBMAIL[c]))
		conid[0] += rng.randint(1, 9)
		out.append({"id": conid[0], "firstname": fn, "lastname": ln,
			"email": mail})
	return out


ROLES = {"se": ["RECEPTION", "RECEPTION-01", "KASSA1", "KASSA-2", "SERVER",
	"SERVER01", "KONTOR-PC", "EXPEDITION", "LAGER-PC", "VERKSTAD"],
	"no": ["RESEPSJON", "RESEPSJON-1", "KASSE1", "KASSE-2", "SERVER",
	"SERVER01", "KONTOR1", "LAGER", "VERKSTED"],
	"dk": ["RECEPTION", "RECEPTION-01", "KASSE-1", "KASSE2", "SERVER",
	"SERVER01", "KONTOR-PC", "LAGER", "VAERKSTED"],
	"fi": ["VASTAANOTTO", "VASTAANOTTO-1", "KASSA1", "KASSA-2", "PALVELIN",
	"SERVER", "TOIMISTO-1", "VARASTO", "KORJAAMO"],
	"is": ["MOTTAKA", "KASSI1", "SERVER", "SKRIFSTOFA"]}
PUPIL = {"se": ("ELEV", "LARARE"), "no": ("ELEV", "LAERER"),
	"dk": ("ELEV", "LAERER"), "fi": ("OPPILAS", "OPE"), "is": ("NEMANDI",
	"KENNARI")}
HEX = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def desktop(rng, kind="DESKTOP"):
	return kind + "-" + "".join(rng.choice(HEX) for _ in range(7))


def own_device(rng, c, first):
	f = dom_fold(first, c)
	shape = rng.random()
	if shape < 0.35:
		return "%ss-%s" % (f.capitalize(), rng.choice(["MacBook-Air",
			"MacBook-Pro", "iMac", "MacBook"]))
	if shape < 0.65:
		return "PC-" + f.upper() if c != "fi" else f.upper() + "-PC"
	if shape < 0.85:
		return desktop(rng, "LAPTOP")
	return "%s-%s" % (f.upper(), rng.choice(["HEMMA", "LAPTOP", "NB", "KOTI",
		"HJEMME"]))


def prefix(cu):
	"""A site code as MSPs make them: initials of a long name, the start
	of a short one (codes of different customers collide)."""
	ws = [fold(t[0]).upper() for t in cu["toks"] if t[1] not in ("form",
		"conn", "num")]
	ws = [w for w in ws if w]
	if len(ws) >= 3:
		return "".join(w[0] for w in ws)[:4]
	if len(ws) == 2:
		return ws[0][:3] + ws[1][:1]
	return (ws[0] if ws else "PC")[:4]


def assets(rng, cu, aid):
	big = cu["vertical"] in ("muni", "school")
	n = int(round(math.exp(rng.gauss(math.log(4), 0.9)) * (4 if big else 1)))
	n = max(0, min(90, n))
	c = cu["country"]
	r = rng.random()
	cu["scheme"] = "prefix" if r < 0.45 else "desktop" if r < 0.70 else \
		"role" if r < 0.90 else "user"
	pfx = prefix(cu)
	cu["pfx"] = pfx
	names = []
	seen = set()
	for j in range(n):
		if cu["scheme"] == "prefix":
			if big and j > 2:
				who = PUPIL[c][0] if rng.random() < 0.75 else PUPIL[c][1]
				m = "%s-%s-%02d" % (pfx, who, j)
			else:
				m = "%s-%s%02d" % (pfx, rng.choice(["PC", "PC", "LAP", "SRV"]),
					j + 1)
		elif cu["scheme"] == "desktop":
			m = desktop(rng)
		elif cu["scheme"] == "role":
			m = rng.choice(ROLES[c]) if j < 4 else desktop(rng)
		else:
			m = own_device(rng, c, rng.choice(FIRST[c]))
		if m in seen:
			continue
		seen.add(m)
		names.append(m)
	if rng.random() < 0.33 and n:
		for _ in range(rng.randint(1, 3)):
			m = own_device(rng, c, rng.choice(FIRST[c]))
			if m not in seen:
				seen.add(m)
				names.append(m)
	out = []
	for m in names:
		aid[0] += rng.randint(1, 5)
		out.append({"id": aid[0], "name": m})
	return out


# -- keyboards and slips -----------------------------------------------------

LAYOUTS = {"se": ("qwertyuiopå", "asdfghjklöä", "zxcvbnm"),
	"fi": ("qwertyuiopå", "asdfghjklöä", "zxcvbnm"),
	"no": ("qwertyuiopå", "asdfghjkløæ", "zxcvbnm"),
	"dk": ("qwertyuiopå", "asdfghjklæø", "zxcvbnm"),
	"is": ("qwertyuiopð", "asdfghjklæ", "zxcvbnmþ")}


def neighbours(rows):
	nb = {}
	for r, row in enumerate(rows):
		for i, ch in enumerate(row):
			s = set()
			for dr, di in ((0, -1), (0, 1), (-1, 0), (-1, 1), (1, 0), (1, -1)):
				rr, ii = r + dr, i + di
				if 0 <= rr < len(rows) and 0 <= ii < len(rows[rr]):
					s.add(rows[rr][ii])
			nb[ch] = "".join(sorted(s))
	return nb


NEIGH = {c: neighbours(rows) for c, rows in LAYOUTS.items()}


def same_case(ch, like):
	return ch.upper() if like.isupper() else ch


def slip(rng, s, desk):
	"""One typing slip on the desk's keyboard, in a word of 3+ letters,
	sparing its first letter 90% of the time."""
	nb = NEIGH[desk]
	spots = []
	i = 0
	for w in s.split(" "):
		if sum(ch.isalpha() for ch in w) >= 3:
			for j in range(len(w)):
				if w[j].isalpha() and (j > 0 or rng.random() < 0.1):
					spots.append(i + j)
		i += len(w) + 1
	if not spots:
		return None
	p = rng.choice(spots)
	ch = s[p]
	r = rng.random()
	if r < 0.35:
		cand = nb.get(ch.lower(), "")
		if not cand:
			return None
		return s[:p] + same_case(rng.choice(cand), ch) + s[p + 1:]
	if r < 0.60:
		if p + 1 >= len(s) or not s[p + 1].isalpha() or s[p + 1] == ch:
			return None
		return s[:p] + s[p + 1] + ch + s[p + 2:]
	if r < 0.82:
		return s[:p] + s[p + 1:]
	if rng.random() < 0.5:
		return s[:p] + ch + s[p:]
	cand = nb.get(ch.lower(), "")
	if not cand:
		return None
	return s[:p + 1] + same_case(rng.choice(cand), ch) + s[p + 1:]


def fold_desk(rng, s, desk, every=True):
	"""Nordic letters typed the way a desk without them folds them."""
	style = "o" if desk in ("se", "fi") else \
		"oe" if desk in ("no", "dk") and rng.random() < 0.6 else "o"
	if rng.random() < 0.1:
		style = "drop"
	words = s.split(" ")
	idx = [i for i, w in enumerate(words) if strip(w) != w]
	if not idx:
		return None
	if not every:
		idx = [rng.choice(idx)]
	for i in idx:
		out = []
		for ch in words[i]:
			lo = ch.lower()
			if lo in "åäöøæþð" or strip(ch) != ch:
				if style == "drop" and lo in "åäöøæ":
					rep = ""
				elif style == "oe" and lo in "åøæäö":
					rep = {"å": "aa", "ø": "oe", "æ": "ae", "ä": "ae",
						"ö": "oe"}[lo]
				else:
					rep = strip(lo)
				if ch.isupper():
					rep = rep.upper() if words[i].isupper() else \
						rep.capitalize()
				out.append(rep)
			else:
				out.append(ch)
		words[i] = "".join(out)
	return " ".join(words)


def layout_slip(s, desk):
	"""The Nordic keys as another layout gives them: the key right of L and
	the next one keep their place but not their letter."""
	src = None
	for c in ("no", "dk", "se"):
		row = LAYOUTS[c][1]
		if row[9] in s.lower() or row[10] in s.lower():
			src = c
			break
	if src is None:
		return None
	dst = desk if desk != src and desk in ("se", "no", "dk") else \
		{"no": "dk", "dk": "no", "se": "no"}[src]
	if dst == "fi":
		dst = "se"
	a, b = LAYOUTS[src][1], LAYOUTS[dst][1]
	if a[9:] == b[9:]:
		return None
	tr = {a[9]: b[9], a[10]: b[10], a[9].upper(): b[9].upper(),
		a[10].upper(): b[10].upper()}
	return "".join(tr.get(ch, ch) for ch in s)


def recase(rng, s):
	r = rng.random()
	if s.isupper():
		return s.lower() if r < 0.6 else s.title()
	if r < 0.55:
		return s.lower()
	if r < 0.90:
		return s.upper()
	return " ".join(w[:1].upper() + w[1:].lower() for w in s.split(" "))


# -- kinds of noise on real customers ---------------------------------------

def toks_of(cu):
	"""The stored name as tokens (capitals or folding as stored)."""
	toks = [list(t) for t in cu["toks"]]
	if cu["name"] == render(toks).upper() and cu["name"] != render(toks):
		for t in toks:
			t[0] = t[0].upper()
			t[2] = t[2].upper() if t[2] else None
	elif cu["name"] == strip(render(toks)) and cu["name"] != render(toks):
		for t in toks:
			t[0] = strip(t[0])
			t[2] = strip(t[2]) if t[2] else None
	return toks


def distinctive(toks):
	return any(t[1] in DISTINCT and len(fold(t[0])) >= 2 for t in toks)


BUSINESS = {"dental", "medical", "vet", "accounting", "law", "trades", "shop",
	"maker"}


def k_suffix(rng, cu, toks, desk):
	forms = [i for i, t in enumerate(toks) if t[1] == "form"]
	if not forms:
		if cu["vertical"] not in BUSINESS:
			return None
		f = pick_form(rng, cu["country"])[0]
		return render(toks + [tok(f, "form")])
	i = rng.choice(forms)
	r = rng.random()
	if r < 0.60:
		rest = toks[:i] + toks[i + 1:]
		return render(rest) if distinctive(rest) else None
	if r < 0.85:
		ways = OTHER_FORM_WAYS.get(toks[i][0]) or \
			OTHER_FORM_WAYS.get(toks[i][0].capitalize())
		if not ways:
			return None
		toks[i] = tok(rng.choice(ways), "form")
		return render(toks)
	t = toks.pop(i)
	if i == 0:
		return render(toks + [t])
	return render([t] + toks)


def k_accent(rng, cu, toks, desk):
	name = cu["name"]
	real = render(cu["toks"])
	if name != real and strip(real) == name:
		return real	# stored folded by the migration, typed with letters
	return fold_desk(rng, name, desk, rng.random() < 0.8)


def k_layout(rng, cu, toks, desk):
	return layout_slip(cu["name"], desk)


def k_typo(rng, cu, toks, desk, n=1):
	s = cu["name"]
	for _ in range(n):
		for _ in range(10):
			t = slip(rng, s, desk)
			if t and t != s:
				s = t
				break
		else:
			return None
	return s


def abbrev_tok(rng, cu, toks):
	c = cu["country"]
	opts = []
	for i, t in enumerate(toks):
		lo = t[0].lower()
		if t[1] in ("desc", "form", "brand", "conn") and lo in ABBREV:
			opts.append((i, rng.choice(ABBREV[lo])))
		if t[0] in CLUB and c in CLUB[t[0]]:
			opts.append((i, CLUB[t[0]][c]))
		if t[1] == "desc" and t[0].upper() in CLUB and \
				c in CLUB[t[0].upper()] and t[0] != t[0].upper():
			opts.append((i, t[0].upper()))
	for i, t in enumerate(toks):
		# a club name written out is typed as its letters
		for k, v in CLUB.items():
			if c in v and t[0].lower() == v[c].lower():
				opts.append((i, k))
	if not opts:
		return None
	i, short = rng.choice(opts)
	out = [list(t) for t in toks]
	if toks[i][0].isupper() and len(toks[i][0]) > 3:
		short = short.upper()
	out[i][0] = short
	out[i][3] = 0
	return out


def k_abbrev(rng, cu, toks, desk):
	out = abbrev_tok(rng, cu, toks)
	if out is None:
		return None
	if rng.random() < 0.3:
		out2 = abbrev_tok(rng, cu, out)
		if out2:
			out = out2
	return render(out)


def k_truncated(rng, cu, toks, desk):
	r = rng.random()
	n = len(toks)
	if n < 2:
		return None
	if r < 0.45:
		# leading words: up to and with the first distinctive word, maybe
		# one more
		firsts = [i for i, t in enumerate(toks) if t[1] in DISTINCT]
		if not firsts:
			return None
		end = firsts[0] + 1
		if toks[firsts[0]][1] in PLACES or rng.random() < 0.4:
			end += 1	# a town alone is rarely what is typed
		out = toks[:end]
		if out and out[-1][1] in ("conn", "form"):
			out = out[:-1]
	elif r < 0.75:
		# drop the town, a second partner, a trailing form
		drop = [i for i, t in enumerate(toks) if t[1] in ("place", "dist",
			"form", "num") or (t[1] == "sur" and i > 0 and
			toks[i - 1][1] == "conn")]
		if not drop:
			return None
		i = rng.choice(drop)
		out = toks[:i] + toks[i + 1:]
		if i > 0 and toks[i - 1][1] == "conn":
			out = toks[:i - 1] + toks[i + 1:]
	else:
		# cut at a field width
		s = render(toks)
		w = rng.randint(10, 20)
		if len(s) <= w + 2:
			return None
		cut = s[:w].rstrip(" &/-,.")
		out = [tok(x, "place") for x in cut.split(" ")]
		if not any(t[1] in DISTINCT and fold(t[0]) and
				any(fold(x).startswith(fold(t[0])[:4]) for x in cut.split(" "))
				for t in toks):
			return None
		return cut
	if not distinctive(out) or len(out) == len(toks):
		return None
	return render(out)


def k_reorder(rng, cu, toks, desk):
	opts = []
	n = len(toks)
	for i in range(1, n - 1):
		if toks[i][1] == "conn" and toks[i][0] != "/" and \
				toks[i - 1][1] == "sur" and toks[i + 1][1] == "sur":
			opts.append("partners")
	if any(t[1] in ("place", "dist", "gen") for t in toks[1:]):
		opts.append("place first")
	if any(t[1] in ("place", "dist", "gen") for t in toks[:1]) and n > 1:
		opts.append("place last")
	for i in range(n - 1):
		if toks[i][1] == "first" and toks[i + 1][1] == "sur":
			opts.append("surname first")
	if toks[0][1] == "desc" and n > 1:
		opts.append("descriptor after")
	if not opts:
		return None
	how = rng.choice(opts)
	out = [list(t) for t in toks]
	if how == "partners":
		for i in range(1, n - 1):
			if out[i][1] == "conn" and out[i - 1][1] == "sur" and \
					out[i + 1][1] == "sur":
				out[i - 1], out[i + 1] = out[i + 1], out[i - 1]
				break
	elif how == "place first":
		i = max(i for i, t in enumerate(out) if t[1] in ("place", "dist",
			"gen"))
		out = [out[i]] + out[:i] + out[i + 1:]
	elif how == "place last":
		out = out[1:] + out[:1]
	elif how == "surname first":
		for i in range(n - 1):
			if out[i][1] == "first" and out[i + 1][1] == "sur":
				out[i], out[i + 1] = out[i + 1], out[i]
				break
	else:
		forms = [t for t in out if t[1] == "form"]
		rest = [t for t in out[1:] if t[1] != "form"]
		d = out[0]
		d = [d[0].lower() if not d[0].isupper() else d[0]] + d[1:]
		out = rest + [d] + forms
	s = render(out)
	return s if s != render(toks) else None


AND_WORD = {"se": "och", "no": "og", "dk": "og", "fi": "ja", "is": "og"}


def k_and(rng, cu, toks, desk):
	for i, t in enumerate(toks):
		if t[1] == "conn" and t[0] in ("&", "och", "og", "ja", "+"):
			out = [list(x) for x in toks]
			if t[0] == "&":
				out[i][0] = rng.choice([AND_WORD[desk], AND_WORD[cu["country"]],
					"+", "and"])
			else:
				out[i][0] = "&" if rng.random() < 0.8 else "+"
			return render(out)
		if t[1] == "desc" and t[0] in ("Söner", "Sønn", "Søn") and i > 0:
			out = [list(x) for x in toks]
			out.insert(i, tok(AND_WORD[cu["country"]], "conn"))
			return render(out)
	return None


DESKWORD = {"se": ["Kund:", "Firma", "Fa.", "Företag", "Kund -"],
	"no": ["Kunde:", "Firma", "Fa.", "Bedrift", "Kunde -"],
	"dk": ["Kunde:", "Firma", "Fa.", "Virksomhed", "Kunde -"],
	"fi": ["Asiakas:", "Yritys", "Firma", "Asiakas -"],
	"is": ["Viðskiptavinur:", "Fyrirtæki"]}


def k_prefix(rng, cu, toks, desk):
	if rng.random() < 0.5 or toks[0][1] != "desc":
		return rng.choice(DESKWORD[desk]) + " " + cu["name"]
	rest = toks[1:]
	if not distinctive(rest) or len(rest) < 1:
		return None
	return render(rest)


PERSON_AT = {"se": ["på", "hos", "@", "-"], "no": ["hos", "på", "@", "-"],
	"dk": ["hos", "fra", "@", "-"], "fi": ["/", "@", "-"],
	"is": ["hjá", "@", "-"]}


def short_of(toks):
	out = [t for t in toks if t[1] in DISTINCT]
	return render(out[:2])


def k_person(rng, cu, toks, desk):
	cons = cu["contacts"]
	if not cons:
		return None
	con = cons[0] if rng.random() < 0.7 else rng.choice(cons)
	fn, ln = con["firstname"], con["lastname"]
	r = rng.random()
	if r < 0.35:
		return "%s %s" % (fn, ln)
	if r < 0.65:
		sh = short_of(toks)
		if not sh or fold(sh) == fold(ln):
			return None
		return "%s %s %s" % (fn, rng.choice(PERSON_AT[desk]), sh)
	if r < 0.85:
		return "%s %s" % (ln, fn)
	descs = [t[0] for t in toks if t[1] == "desc" and t[0].lower() in ABBREV]
	if not descs:
		return "%s, %s" % (ln, fn)
	return "%s %s" % (ABBREV[descs[0].lower()][0], ln)


def k_compound(rng, cu, toks, desk):
	opts = [i for i, t in enumerate(toks) if t[3] and 0 < t[3] < len(t[0])]
	if not opts:
		return None
	i = rng.choice(opts)
	out = [list(t) for t in toks]
	w, sp = out[i][0], out[i][3]
	r = rng.random()
	if w[sp] == "-":	# a hyphenated compound: spaced or run together
		out[i][0] = w[:sp] + (" " if r < 0.7 else "") + w[sp + 1:]
	elif r < 0.7:
		out[i][0] = w[:sp] + " " + w[sp:]
	elif r < 0.9:
		out[i][0] = w[:sp] + "-" + w[sp:]
	else:
		out[i][0] = w[:sp] + " " + w[sp:sp + 1].upper() + w[sp + 1:]
	return render(out)


def k_case_ending(rng, cu, toks, desk):
	opts = [i for i, t in enumerate(toks) if t[2] and t[2] != t[0]]
	if not opts:
		return None
	out = [list(t) for t in toks]
	for i in (opts if rng.random() < 0.3 else [rng.choice(opts)]):
		out[i][0] = out[i][2]
	return render(out)


def k_bilingual(rng, cu, toks, desk):
	bil = cu["bil"]
	if not bil:
		return None
	name = cu["name"]
	if " / " in name:
		a, b = name.split(" / ", 1)
		return a if rng.random() < 0.4 else b
	return render(bil)


SHORT = ("truncated", "abbreviation", "case ending", "compound")


def k_mixed(rng, cu, toks, desk):
	how = rng.choice(SHORT)
	s = KINDS[how](rng, cu, toks, desk)
	if s is None:
		return None
	r = rng.random()
	if r < 0.4:
		return slip(rng, s, desk)
	if r < 0.7:
		return fold_desk(rng, s, desk, True)
	return recase(rng, s)


def k_exact(rng, cu, toks, desk):
	return cu["name"]


def k_case(rng, cu, toks, desk):
	return recase(rng, cu["name"])


def k_typo_accent(rng, cu, toks, desk):
	s = k_accent(rng, cu, toks, desk)
	return slip(rng, s, desk) if s else None


def k_typo_case(rng, cu, toks, desk):
	s = k_typo(rng, cu, toks, desk)
	return recase(rng, s) if s else None


KINDS = {"exact": k_exact, "case": k_case, "suffix": k_suffix,
	"accent": k_accent, "layout": k_layout, "typo": k_typo,
	"typo+accent": k_typo_accent, "typo+case": k_typo_case,
	"two typos": lambda r, cu, t, d: k_typo(r, cu, t, d, 2),
	"abbreviation": k_abbrev, "truncated": k_truncated, "reorder": k_reorder,
	"and": k_and, "prefix": k_prefix, "person": k_person,
	"compound": k_compound, "case ending": k_case_ending,
	"bilingual": k_bilingual, "mixed": k_mixed}
WEIGHTS = (("exact", 8), ("case", 6), ("suffix", 9), ("accent", 9),
	("layout", 3), ("typo", 9), ("typo+accent", 4), ("typo+case", 2),
	("two typos", 4), ("abbreviation", 9), ("truncated", 8), ("reorder", 4),
	("and", 3), ("prefix", 3), ("person", 5), ("compound", 4),
	("case ending", 3), ("bilingual", 1.5), ("mixed", 5))


def honest(ix, i, s, cu):
	s = scr.clean(s or "")
	if not s or not key(s):
		return False
	return not (ix.near(s) - {i})


def pick_desk(rng, c):
	if c != "is" and rng.random() < 0.78:
		return c
	if c == "is" and rng.random() < 0.3:
		return "is"
	return rng.choice([d for d in ("se", "se", "no", "dk", "fi") if d != c]
		or ["se"])


def draw(rng, cum):
	r = rng.random() * cum[-1]
	lo, hi = 0, len(cum) - 1
	while lo < hi:
		mid = (lo + hi) // 2
		if cum[mid] < r:
			lo = mid + 1
		else:
			hi = mid
	return lo


def real_rows(rng, custs, ix, n, cum):
	counts = largest_remainder(n, WEIGHTS)
	rows = []
	for kind, _ in WEIGHTS:
		for _ in range(counts[kind]):
			rows.append(real_row(rng, custs, ix, cum, kind))
	return rows


def real_row(rng, custs, ix, cum, kind):
	fn = KINDS[kind]
	i = draw(rng, cum)
	for attempt in range(4000):
		if attempt % 20 == 19 or attempt and kind == "bilingual":
			i = draw(rng, cum)
		cu = custs[i]
		desk = pick_desk(rng, cu["country"])
		s = fn(rng, cu, toks_of(cu), desk)
		if s is None:
			i = draw(rng, cum)
			continue
		s = scr.clean(s)
		if kind != "exact" and s == cu["name"]:
			continue
		if honest(ix, i, s, cu):
			return (s, i, kind)
		if attempt > 200 and kind != "bilingual":
			break
	return (cu["name"], i, "exact (fallback)")


# -- impostors ---------------------------------------------------------------

INTERNAL = ("Test", "TEST-PC", "Testmaskin", "Lager", "Demo", "Demo-PC",
	"Verkstad", "Verksted", "Værksted", "Kontoret", "Vaihtokone",
	"Lånedator", "Utlånsmaskin", "Lånemaskine", "Lainakone", "Internt",
	"Intern IT", "Ny kund", "Ny kunde", "Uusi asiakas", "Oppsett ny PC",
	"Klargøring", "Installation ny dator", "Serverrummet", "Utbildning",
	"Kurssi", "Kursus", "Mässa Elmia", "Messe Lillestrøm", "Oma kone",
	"Egen PC", "Fjernhjelp test", "Etätuki testi")
PRIVATE = {"se": ["Privat - {f} {s}", "{f} {s} (privat)", "{f} {s} hemma",
	"Privatperson {f} {s}"], "no": ["Privat - {f} {s}", "{f} {s} privat",
	"{f} {s} hjemme", "Privatkunde {f} {s}"], "dk": ["Privat - {f} {s}",
	"{f} {s} privat", "{f} {s} hjemme", "Privatkunde {f} {s}"],
	"fi": ["Yksityinen - {f} {s}", "{f} {s} (koti)", "{s} {f} koti",
	"Yksityisasiakas {f} {s}"], "is": ["{f} {s} einkamál"]}
MUNI_LIKE = {"muni", "school", "church"}


def rarest(ix, cu):
	ws = [fold(t[0]) for t in cu["toks"] if t[1] in DISTINCT]
	ws = [w for w in ws if w in ix.words]
	if not ws:
		return None
	return min(ws, key=lambda w: (len(ix.words[w]), w))


def impostor(rng, kind, custs, ix):
	cu = custs[rng.randrange(len(custs))]
	c = cu["country"]
	if kind == "rare word":
		w = rarest(ix, cu)
		if not w:
			return None
		word = next(t[0] for t in cu["toks"] if fold(t[0]) == w)
		verts = [v for v in VERTICALS[c] if v[1] != cu["vertical"] and
			v[1] in BUSINESS]
		v = rng.choice(verts)
		toks, _, _ = build(rng, c, rng.choice(v[2]))
		role = next(t[1] for t in cu["toks"] if fold(t[0]) == w)
		group = PLACES if role in PLACES else DISTINCT - PLACES
		ds = [i for i, t in enumerate(toks) if t[1] in group]
		if not ds:
			return None
		toks[rng.choice(ds)][0] = word
		return render(toks)
	if kind == "same shape":
		toks, _, _ = build(rng, c, cu["tmpl"])
		return render(toks)
	if kind == "namesake":
		toks = [list(t) for t in cu["toks"]]
		ss = [i for i, t in enumerate(toks) if t[1] == "sur" and
			(t[2] or t[0]) in NAMESAKE]
		if not ss:
			return None
		i = rng.choice(ss)
		base = toks[i][2] or toks[i][0]
		other = rng.choice(NAMESAKE[base])
		if toks[i][2]:
			other = fi_gen(other) if c == "fi" else sv_gen(other)
		toks[i][0] = other
		return render(toks)
	if kind == "other municipality":
		verts = [v for v in VERTICALS[c] if v[1] in MUNI_LIKE]
		v = rng.choice(verts)
		toks, _, _ = build(rng, c, rng.choice(v[2]))
		return render(toks)
	if kind == "internal":
		s = rng.choice(INTERNAL)
		if rng.random() < 0.3:
			s += " " + rng.choice([str(rng.randint(1, 9)),
				rng.choice(TECHS[rng.choice(list(TECHS))]).split()[0]])
		return s
	f = rng.choice(FIRST[c])
	s = rng.choice(SURNAMES[c])
	return rng.choice(PRIVATE[c]).format(f=f, s=s)


IMP_WEIGHTS = (("rare word", 28), ("same shape", 20), ("namesake", 15),
	("other municipality", 15), ("internal", 12), ("person", 10))


def imp_rows(rng, custs, ix, n):
	counts = largest_remainder(n, IMP_WEIGHTS)
	rows = []
	for want, _ in IMP_WEIGHTS:
		for _ in range(counts[want]):
			kind = want
			for attempt in range(600):
				if attempt and attempt % 150 == 0:
					# this shape is full at this size: another kind
					kind = rng.choice(["person", "rare word", "namesake"])
				s = impostor(rng, kind, custs, ix)
				if not s:
					continue
				s = scr.clean(s)
				if rng.random() < 0.2:
					t = slip(rng, s, rng.choice(["se", "no", "dk", "fi"])) \
						if rng.random() < 0.5 else recase(rng, s)
					s = t or s
				if key(s) and not ix.near(s) and not ix.nested(s):
					break
			else:
				sys.exit("gen-link-blind8: no honest impostor")
			rows.append((s, None, "impostor: " + kind))
	return rows


# -- machines ----------------------------------------------------------------

def machine(rng, custs, row, roles):
	s, i, kind = row
	r = rng.random()
	if i is None:
		if r < 0.45:
			return desktop(rng, rng.choice(["DESKTOP", "DESKTOP", "LAPTOP"]))
		if r < 0.70 and roles:
			return rng.choice(roles)
		if r < 0.85:
			c = rng.choice(list(FIRST))
			return own_device(rng, c, rng.choice(FIRST[c]))
		return ""
	cu = custs[i]
	owned = cu["assets"]
	if r < 0.70 and owned:
		return rng.choice(owned)["name"]
	if r < 0.82:
		if cu.get("scheme") == "prefix":
			return "%s-PC%02d" % (cu["pfx"], rng.randint(len(owned) + 1, 99))
		return desktop(rng)
	if r < 0.90:
		con = rng.choice(cu["contacts"]) if cu["contacts"] else None
		fn = con["firstname"] if con else rng.choice(FIRST[cu["country"]])
		return own_device(rng, cu["country"], fn)
	if r < 0.96:
		return ""
	other = custs[rng.randrange(len(custs))]
	if other["assets"] and other is not cu:
		return rng.choice(other["assets"])["name"]
	return desktop(rng)


def main():
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random("blind8:" + seed)
	custs = make_customers(rng, ncust)
	conid, aid = [8200000], [9600000]
	for cu in custs:
		cu["contacts"] = contacts(rng, cu, conid)
		cu["assets"] = assets(rng, cu, aid)
	ix = Index(custs)
	cum, tot = [], 0.0
	for cu in custs:
		tot += 1 + math.sqrt(len(cu["assets"]))
		cum.append(tot)
	nimp = int(round(nnames * 0.16))
	rows = real_rows(rng, custs, ix, nnames - nimp, cum) + \
		imp_rows(rng, custs, ix, nimp)
	rng.shuffle(rows)
	owned = {}
	for cu in custs:
		for a in cu["assets"]:
			owned[a["name"]] = owned.get(a["name"], 0) + 1
	roles = sorted({r for rs in ROLES.values() for r in rs if r in owned})
	full, techs = [], []
	for r in rows:
		m = machine(rng, custs, r, roles)
		stype = "Access" if m in owned else "Support"
		cid = "" if r[1] is None else custs[r[1]]["id"]
		c = custs[r[1]]["country"] if r[1] is not None else \
			rng.choice(list(TECHS))
		techs.append(rng.choice(TECHS[c]))
		full.append((r[0], cid, r[2], m, stype))
	os.makedirs(out, exist_ok=True)
	base = 1793000000 + int(hashlib.md5(("b8" + seed).encode()).hexdigest()[:5],
		16)

	def record(sd, n, typed, mach, stype):
		h = hashlib.md5(("blind8:%s:%d" % (sd, n)).encode()).hexdigest()
		conn = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20],
			h[20:32])
		t0 = base + n * 1453
		minutes = 3 + int(h[:2], 16) % 110
		t1 = t0 + minutes * 60
		sid = "ScreenConnect:%s:%s" % (conn, scr.iso(t0))
		return scr.sc_session(sid, conn, typed, mach, stype,
			(t0, t1, minutes, minutes * 60), techs[n],
			["SessionConnectionEvents.csv", "rows/%d" % (n + 2)],
			scr.iso(base + 60 * 86400))
	scr.write_set(out, custs, full, record, seed)


if __name__ == "__main__":
	main()
