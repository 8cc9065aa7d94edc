#!/usr/bin/env python3
# gen-link-blind17.py NCUST NNAMES SEED OUTDIR - the seventeenth held-out
# link benchmark (session 13): an African MSP, one Syncro account and one
# ScreenConnect, desks in Lagos (LOS: Nigeria, Ghana), Nairobi (NBO: Kenya,
# Uganda, Tanzania, Ethiopia) and Casablanca (CMN: Morocco, Senegal, Cote
# d'Ivoire, Tunisia, Egypt).  Customers: hospitals, clinics, dental
# practices, pharmacies and chemists, law chambers, advocates, notaires and
# etudes, accountants and audit firms, microfinance banks, SACCOs and
# mutuelles, NGOs and churches, schools and colleges, hotels and lodges,
# clearing agents, agro-processors and cooperatives, telecom and mobile
# money agents, petrol stations and franchisees.  Writes OUTDIR/
# customers.json (Syncro's business_name, address, address_2, city, state,
# zip, contacts, assets), names.tsv (typed TAB true id or "" for an
# impostor TAB kind TAB machine), sessions.jsonl and sessions-machine.jsonl
# through screenconnect_record.  Python stdlib only; deterministic for a
# seed.  Customer ids from 27000000.
#
# Where each habit comes from (public sources, from memory unless said):
#  legal    the forms each country's law gives: Nigeria CAMA 2020 (Ltd,
#           Limited, Plc; business names under Part B without a form,
#           hence "Enterprises", "Ventures", "Global Ventures"), and the
#           CAC register's "Nigeria Limited" for local arms, written
#           "Nig. Ltd" / "Nig Ltd" on signboards and invoices; Ghana
#           Companies Act 2019 (Act 992: Ltd, Company Limited by
#           Guarantee, LBG); Kenya Companies Act 2015 and Sacco Societies
#           Act 2008 ("... Sacco Society Ltd"); Uganda and Tanzania "(U)
#           Ltd", "(T) Ltd" as the registries' and companies' own usage;
#           Ethiopia Commercial Code (PLC = private limited company, S.C.
#           share company); OHADA Uniform Act on commercial companies and
#           GIE (SARL, SARLU, SA, SAS, GIE; Senegal's SUARL), "Ets" /
#           "Etablissements" for a sole trader; Morocco law 5-96 (SARL, SARL
#           AU = associe unique) and "Ste" / "Societe" in front; Tunisia
#           Code des societes commerciales (SUARL); Egypt law 159/1981
#           (S.A.E., LLC).  Technicians swap, drop, dot or undot the form.
#  spelling Arabic names in English and French romanisation (Mohammed /
#           Mohamed / Mohamad / Muhammad; Abdel / Abdul / Abd el; French
#           "ou" for u and w: Ouazzani / Wazzani, Oumar / Omar; "ch" for
#           sh: Chraibi / Shraibi), Egyptian g for jim (Gamal / Jamal,
#           Gaber / Jaber), Swahili's final vowel on Arabic names
#           (Ramadhani / Ramadhan, Hamisi / Hamis), Hausa and Senegalese
#           forms (Abubakar / Aboubakar / Boubacar, Ibrahima / Ibrahim),
#           Ethiopian name spellings (Tekle / Teklay, Tesfaye / Tesfay)
#           and the Ethiopian abbreviations G/ for Gebre and W/ for Wolde
#           (G/Medhin, W/Mariam) - all as seen in any phone book, company
#           register or news site of the region.
#  accents  French accents dropped (Societe, Etude, Medical): most phone
#           and PC keyboards in the region type them only by long-press.
#  typo     a neighbouring key on a phone keyboard: QWERTY (SwiftKey,
#           Gboard default) in anglophone countries, AZERTY (the French
#           layout, the default on phones sold in francophone Africa) in
#           the francophone ones; a doubled or dropped letter; two letters
#           swapped.
#  person   the contact the technician spoke to, with the honorific used
#           there (Nigeria: Chief, Alhaji, Alhaja, Engr., Barr., Pastor,
#           Dr.; Kenya: Mama, Rev.; francophone: Me for a notaire or
#           avocat, El Hadji; Ethiopia: Ato, W/ro; Egypt: Eng., Hajj) and a
#           word of the company ("Alhaji Bello - Zenith").
#  acronym  customers known by initials (teaching hospitals, "MFB" for
#           Microfinance Bank, "CPA" for Certified Public Accountants):
#           usage of Nigerian and Kenyan press and the institutions.
#  site     branch and site qualifiers from the customer's own Syncro
#           address (area, "Plot 12", "Branch 3", "No. 3"): the plot
#           numbers of Kampala and Lagos addresses, the quartiers of Dakar,
#           Abidjan and Casablanca.
#  reorder  francophone administrative order, SURNAME then given name in
#           capitals ("DIALLO Amadou"), and sector word before or after
#           ("Clinique Espoir" / "Espoir Clinique").
#  connector "&" / "and" / "et" / "na" (Swahili) / "n" and "& Sons" /
#           "et Fils" / "na Wanawe".
#  machines Windows' default names (Windows 7 setup's USERNAME-PC,
#           Windows 10/11 OOBE's DESKTOP-XXXXXXX / LAPTOP-XXXXXXX) that
#           small offices keep, and role names MSPs give (RECEPTION-PC,
#           ACCOUNTS-01, CAISSE-1, COMPTA-PC, DG-PC, POS-01, SRV-DC01).
# Impostors (about one row in four): another business sharing a rare word,
# a very common surname (Okafor, Mwangi, Diallo, Traore: proves nothing), a
# namesake of another trade or in another city typed as its own name,
# vendors (MTN, Safaricom, Orange, Maroc Telecom ...), personal machines and
# the MSP's own staff.
#
# Kinds (shares of the real rows, KINDS below; a kind keeps its share
# while customers that allow it are drawn): exact 7, legal 11, case 4,
# accents 4, spelling 9, typo 9, truncated 5, short 7 (the words a
# customer is known by: "Divine Grace" for "Divine Grace Specialist
# Hospital Ltd"), acronym 4, abbrev 4 (Hosp., Intl, Nig., C&F, MEC, Ets,
# Ste), person 5, reorder 3, connector 3, site 7, mixed 5 (two of these).
# Impostors (IMPOSTORS): namesake 5, surname 5, rare word 4, same shape 5
# (a business of the customers' own kind that is not listed), vendor 2,
# personal 2, own staff 2 - about one row in four.
#
# Labels: besides label-audit's six rules, a real row is drawn again when
# another customer holds every typed word of the true customer's name
# and the rest of what was typed (a town, a branch, a contact, a misspelt
# word) does not point at the true customer more (rivalled()), and an
# impostor is drawn again when it is within one letter of a customer.
#
# Machines: a real row is on one of its customer's assets 78%, on an
# asset of another customer 4%, on an unknown DESKTOP-/LAPTOP-/USER-PC name
# otherwise; impostors on unknown machines, a shared role name (RECEPTION-PC,
# USER-PC, CAISSE-1) 15%, the MSP's own (BMIT-LOS-NB07) for its staff.
# Every row is checked with label-audit.py (all six rules) and drawn again
# while it doubts it.
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import screenconnect_record as scr  # noqa: E402

la = scr.label_audit()

MSP = "Baobab Managed IT"
TECHS = {"LOS": ["Tunde Bakare", "Ngozi Eze", "Ibrahim Musa", "Kwame Asante"],
	"NBO": ["Wanjiku Kamau", "Brian Otieno", "Halima Said", "Dawit Bekele"],
	"CMN": ["Youssef El Amrani", "Fatou Sow", "Karim Benali",
		"Aya Kouassi"]}
STAFF = ("Tunde Bakare", "Ngozi Eze", "Ibrahim Musa", "Kwame Asante",
	"Wanjiku Kamau", "Brian Otieno", "Halima Said", "Dawit Bekele",
	"Youssef El Amrani", "Fatou Sow", "Karim Benali", "Aya Kouassi")

# cc: (desk, weight, style, cities: (city, state, zip, areas)).
COUNTRIES = {
	"NG": ("LOS", 28, "ng", (
		("Lagos", "Lagos", "100001", "Ikeja|Lekki|Victoria Island|Surulere|"
			"Yaba|Apapa|Ikoyi|Ajah|Festac"),
		("Abuja", "FCT", "900001", "Wuse|Garki|Maitama|Gwarinpa|Jabi"),
		("Ibadan", "Oyo", "200001", "Bodija|Ring Road|Dugbe"),
		("Port Harcourt", "Rivers", "500001", "GRA|Trans Amadi|Rumuola"),
		("Kano", "Kano", "700001", "Nassarawa|Sabon Gari|Bompai"),
		("Enugu", "Enugu", "400001", "Independence Layout|Ogui|Trans Ekulu"))),
	"GH": ("LOS", 8, "gh", (
		("Accra", "Greater Accra", "", "Osu|East Legon|Airport City|"
			"Cantonments|Kaneshie|Spintex"),
		("Kumasi", "Ashanti", "", "Adum|Asokwa|Bantama"),
		("Tema", "Greater Accra", "", "Community 1|Community 9"))),
	"KE": ("NBO", 18, "ke", (
		("Nairobi", "Nairobi", "00100", "Westlands|Upper Hill|Kilimani|"
			"Karen|CBD|Industrial Area|Parklands|Embakasi"),
		("Mombasa", "Mombasa", "80100", "Nyali|Bamburi|Old Town"),
		("Kisumu", "Kisumu", "40100", "Milimani|Kondele"),
		("Nakuru", "Nakuru", "20100", "Section 58|Milimani"),
		("Eldoret", "Uasin Gishu", "30100", "Elgon View|Langas"))),
	"UG": ("NBO", 6, "ug", (
		("Kampala", "Central", "", "Kololo|Nakasero|Ntinda|Bugolobi|"
			"Kansanga"),
		("Entebbe", "Central", "", "Kitoro"),
		("Jinja", "Eastern", "", "Walukuba|Mpumudde"))),
	"TZ": ("NBO", 6, "tz", (
		("Dar es Salaam", "Dar es Salaam", "", "Masaki|Kariakoo|Mikocheni|"
			"Upanga|Sinza|Mbezi"),
		("Arusha", "Arusha", "", "Njiro|Sakina"),
		("Mwanza", "Mwanza", "", "Isamilo|Kirumba"),
		("Dodoma", "Dodoma", "", "Area D|Kisasa"))),
	"ET": ("NBO", 5, "et", (
		("Addis Ababa", "Addis Ababa", "1000", "Bole|Kazanchis|Piassa|"
			"Sarbet|Megenagna|CMC"),
		("Bahir Dar", "Amhara", "", "Kebele 14"),
		("Hawassa", "Sidama", "", "Piazza|Tabor"))),
	"MA": ("CMN", 10, "ma", (
		("Casablanca", "Casablanca-Settat", "20000", "Maarif|Ain Diab|"
			"Sidi Maarouf|Anfa|Bourgogne|Ain Sebaa|Hay Hassani"),
		("Rabat", "Rabat-Sale-Kenitra", "10000", "Agdal|Hay Riad|Hassan"),
		("Marrakech", "Marrakech-Safi", "40000", "Gueliz|Hivernage|Daoudiate"),
		("Tanger", "Tanger-Tetouan-Al Hoceima", "90000", "Malabata|Iberia"),
		("Fes", "Fes-Meknes", "30000", "Ville Nouvelle|Saiss"),
		("Agadir", "Souss-Massa", "80000", "Talborjt|Founty"))),
	"SN": ("CMN", 5, "sn", (
		("Dakar", "Dakar", "10000", "Plateau|Almadies|Point E|Mermoz|"
			"Ouakam|Sacre-Coeur|HLM"),
		("Thies", "Thies", "21000", "Randoulene|Medina Fall"),
		("Saint-Louis", "Saint-Louis", "32000", "Sor|Ile Nord"))),
	"CI": ("CMN", 5, "ci", (
		("Abidjan", "Abidjan", "", "Plateau|Cocody|Marcory|Yopougon|"
			"Treichville|Riviera|Zone 4|Deux Plateaux"),
		("Bouake", "Gbeke", "", "Commerce|Air France"),
		("Yamoussoukro", "Yamoussoukro", "", "Habitat|Morofe"))),
	"TN": ("CMN", 4, "tn", (
		("Tunis", "Tunis", "1000", "Lac 1|Lac 2|Menzah|Ennasr|Centre Urbain "
			"Nord"),
		("Sfax", "Sfax", "3000", "Route de Tunis|Sakiet Ezzit"),
		("Sousse", "Sousse", "4000", "Khezama|Sahloul"))),
	"EG": ("CMN", 5, "eg", (
		("Cairo", "Cairo", "11511", "Heliopolis|Maadi|Zamalek|Nasr City|"
			"Dokki|New Cairo|Mohandessin"),
		("Alexandria", "Alexandria", "21500", "Smouha|Sidi Gaber|Roushdy"),
		("Giza", "Giza", "12511", "Sheikh Zayed|6th of October|Haram"))),
}


def S(s):
	return s.split("|") if "|" in s else s.split()


# Surnames (given + surname pools) per style.
SUR = {
	"ng": S("Adeyemi Okafor Okonkwo Bello Adebayo Ogunleye Eze Nwachukwu "
		"Ibrahim Abubakar Olawale Afolabi Chukwu Obi Okoro Adeleke Balogun "
		"Oyelaran Nnamdi Ogbonna Danjuma Yusuf Usman Lawal Oladipo Akinola "
		"Onyekachi Igwe Uche Fashola Babatunde Oyedepo Adesanya Ekwueme "
		"Olatunji Okeke Anyanwu Sanusi Garba Aliyu Ojo Ogunbiyi Ikenna "
		"Ezeani Ajayi Oduya Akpan Etim Bassey Ukpong"),
	"gh": S("Mensah Asante Owusu Boateng Osei Agyeman Appiah Addo Ofori "
		"Darko Acheampong Amoah Quaye Tetteh Nkrumah Ansah Frimpong Kuffour "
		"Bonsu Sarpong Gyamfi Adjei Antwi Amponsah Ampofo"),
	"ke": S("Mwangi Kamau Otieno Odhiambo Kiprop Wanjiru Njoroge Ochieng "
		"Mutua Kariuki Wafula Kiprotich Cheruiyot Onyango Maina Githinji "
		"Nyambura Muthoni Omondi Wekesa Barasa Kimani Ndungu Koech Rotich "
		"Chege Gitau Macharia Waweru Mugo Achieng Awuor Njeri Kibet Langat"),
	"ug": S("Okello Mukasa Ssempala Nakato Kato Byaruhanga Tumusiime "
		"Musoke Ssali Nsubuga Kiggundu Akello Opio Mugisha Namugga Lubega "
		"Kizza Muwanga Atuhaire Ainembabazi Sserwadda Kasozi"),
	"tz": S("Mushi Massawe Mrema Kimaro Shirima Mollel Mwakyusa Mwakasege "
		"Lyimo Temu Swai Urassa Mbwambo Kisanga Mhina Shayo Minja Mlay "
		"Ngowi Makundi Juma Hamisi Ramadhani Mussa"),
	"et": S("Tekle|Haile|Gebremedhin|Woldemariam|Tesfaye|Alemu|Bekele|Girma|"
		"Abebe|Worku|Mekonnen|Tadesse|Kebede|Getachew|Berhane|Yohannes|"
		"Asfaw|Desta|Negash|Gebreegziabher|Teklehaimanot|Assefa|Demissie|"
		"Hailu|Mengistu"),
	"ma": S("Alaoui|Bennani|El Idrissi|Benjelloun|Tazi|Berrada|Chraibi|"
		"El Amrani|Ouazzani|Lahlou|Bouzid|El Fassi|Benkirane|Ouahbi|"
		"Sqalli|Kettani|Bensouda|El Khatib|Ziani|Hajji|Naciri|Lamrani|"
		"Ouali|Amrani|Belhaj|Cherkaoui|Oudghiri|Slaoui|Mansouri"),
	"sn": S("Diallo Ndiaye Diop Fall Sow Ba Gueye Sy Faye Mbaye Sarr Cisse "
		"Niang Thiam Seck Kane Ndour Sene Wade Dieng Toure Mbengue Camara "
		"Ka Lo Badji"),
	"ci": S("Kouassi Kouame Konan Kone Traore Coulibaly Ouattara Yao "
		"N'Guessan Bamba Toure Diabate Kouadio Aka Gbagbo Yapi Dosso "
		"Fofana Soro Tanoh Brou Ahoua Assi Kacou Diallo"),
	"tn": S("Ben Ali|Trabelsi|Gharbi|Jebali|Hammami|Ben Salah|Mejri|Chaouch|"
		"Karoui|Ben Youssef|Ayari|Dridi|Sassi|Jendoubi|Bouazizi|Khemiri|"
		"Ben Ammar|Mabrouk|Chebbi|Hamdi|Zouari|Masmoudi"),
	"eg": S("Mohamed|Ahmed|Mahmoud|Hassan|Hussein|Abdel Rahman|El Sayed|"
		"Abdel Aziz|Fawzy|Mostafa|Ibrahim|Khalil|Farouk|Shawky|Soliman|"
		"Gaber|Abdel Hamid|Saleh|Naguib|Ramzy|Kamel|Youssef|El Masry|"
		"Abdel Fattah|Ezzat|Gamal|Helmy|Sabry|Tawfik"),
}
GIV = {
	"ng": S("Tunde Ngozi Chinedu Emeka Funmilayo Adaeze Oluwaseun Bola Kemi "
		"Ifeanyi Chioma Yetunde Musa Aminu Hauwa Zainab Segun Tope Nkechi "
		"Obinna Uchenna Folake Babajide Abubakar Fatima Ibrahim Grace Blessing "
		"Godwin Emmanuel Precious"),
	"gh": S("Kwame Kofi Kwaku Yaw Ama Akosua Abena Efua Kojo Esi Nana Adwoa "
		"Kwabena Afia Yaa Ebo"),
	"ke": S("Wanjiku Brian Kevin Faith Mercy Dennis Collins Wambui Njeri "
		"Kipchoge Otieno Achieng Moses Joseph Esther Caroline Peter Ruth "
		"Mwende Mutua"),
	"ug": S("Moses Sarah Ronald Grace Brenda Isaac Joan Patrick Irene Robert "
		"Nakato Babirye Denis Agnes"),
	"tz": S("Juma Neema Baraka Rehema Hamisi Zawadi Amani Salma Ally Mwanaidi "
		"Rashidi Upendo Khadija Athumani"),
	"et": S("Dawit Abebe Hana Selam Mulugeta Tigist Meron Yonas Bereket "
		"Liya Samuel Mekdes Biniam Hiwot Kidist Tewodros"),
	"ma": S("Mohammed|Youssef|Fatima Zahra|Hicham|Karim|Nadia|Khadija|Said|"
		"Rachid|Meryem|Omar|Abdelkader|Samira|Hassan|Amine|Souad|Driss|Leila|"
		"Mounir|Oussama|Younes|Moulay Ahmed|Bouchra"),
	"sn": S("Amadou Moussa Fatou Aminata Ousmane Mamadou Awa Cheikh Ibrahima "
		"Abdoulaye Mariama Khady Aissatou Modou Babacar Ndeye"),
	"ci": S("Aya Kouadio Adjoua Yao Affoue Sekou Mariam Brahima Konan Aminata "
		"Jean-Baptiste Serge Yannick Christelle Didier Awa"),
	"tn": S("Mohamed|Sami|Mourad|Nizar|Amel|Sonia|Hichem|Walid|Rim|Slim|"
		"Leila|Karim|Abdelkader|Imen|Yassine|Mounir|Oussama|Younes"),
	"eg": S("Mohamed|Ahmed|Mahmoud|Mostafa|Amr|Sherif|Tarek|Mona|Dina|"
		"Heba|Yasmine|Gamal|Hany|Rania|Abdel Rahman|Karim|Nour|Omar"),
}
# Coined trade words per style: what businesses are called after.
COIN = {
	"ng": S("Divine Grace|Zenith|Covenant|Evergreen|Royal Crown|Peculiar|"
		"Goodness|Cornerstone|Shalom|Jubilee|Everlasting|Heritage|Crystal|"
		"Excel|Bethel|Mercyland|Olive|Sunrise|Eagle|Pinnacle|Ebenezer|"
		"Oluwaseun|Ifeoma|Ayomide|Chibuzor|Nasara|Albarka|Kauna|Arewa|"
		"Harmony|Goldcrest|Deeper Life|Rock of Ages|Faithful|Lifeline|"
		"Gracefield|Diamond|Tripod|Ivory|Maranatha|Morning Star|Oasis"),
	"gh": S("Nyame Dua|Gye Nyame|Adom|Sankofa|Asante|Akwaaba|Osagyefo|"
		"Blessed|Victory|Star|Ebenezer|Sunshine|Golden Stool|Kente|Adinkra|"
		"Emmanuel|Nkabom|Obaapa|Nhyira|Ayeyi"),
	"ke": S("Upendo|Baraka|Neema|Amani|Tumaini|Jamii|Umoja|Faraja|Imani|"
		"Mwanga|Nuru|Heri|Tujenge|Uzima|Jitegemee|Kilimo|Simba|Twiga|"
		"Kilele|Mlima|Kenol|Tausi|Nyota|Bahari|Sunrise|Goldstar|Equator|"
		"Rift Valley|Savannah|Acacia|Jacaranda|Maasai|Mara|Tana|Sagana"),
	"ug": S("Kampala Kololo Nile Pearl Rwenzori Bugisu Ssese Kabaka Mulago "
		"Agali Awamu Tweyambe Bakwanye Kiira Kasubi Bukoto Mwanga Victoria"),
	"tz": S("Upendo|Baraka|Kilimanjaro|Serengeti|Zanzibar|Bahari|Tanzanite|"
		"Amani|Uhuru|Maisha|Mkombozi|Tupendane|Jitegemee|Uzima|Mwanza|"
		"Meru|Pwani|Ngorongoro"),
	"et": S("Selam|Abay|Lucy|Sheba|Dashen|Zemen|Tana|Entoto|Awash|Nyala|"
		"Habesha|Abyssinia|Lalibela|Gihon|Dembel|Hiwot|Tsehay|Yod|Meskel|"
		"Buna|Fasil|Axum|Gondar|Semien"),
	"ma": S("Atlas|Argane|Al Amal|Nour|Yasmine|Al Maghrib|Anfa|Zerktouni|"
		"Al Andalous|Assafa|Ibn Sina|Al Farabi|Al Baraka|Annasr|Majorelle|"
		"Oasis|Tafilalet|Sahara|Chifa|Al Massira|Les Palmiers|Al Qods"),
	"sn": S("Teranga|Espoir|La Providence|Le Baobab|Soleil|Keur Serigne|"
		"Jamm|Sopi|Touba|Darou Salam|Nianing|Cap Vert|Goree|Sahel|Yoff|"
		"Diamant|L'Avenir|Saint Michel|La Grace|Bokk Jom|Fass|Niokobok"),
	"ci": S("Espoir|La Providence|Eburnie|Lagune|Akwaba|Plateau|Le Baobab|"
		"Saint Joseph|Les Elephants|Soleil Levant|La Grace|Sainte Marie|"
		"Emeraude|Ivoire|Bethanie|Grand Bassam|Tiassale|Agnebi|Comoe"),
	"tn": S("Carthage|Zitouna|Jasmin|Yasmine|El Amal|Ennour|Hannibal|"
		"Dar Zarrouk|El Manar|Medina|Sidi Bou Said|Kairouan|Elissa|Tanit|"
		"Ennakhil|Errahma|Safa"),
	"eg": S("Nile|Al Nour|Delta|Pyramids|Misr|Al Amal|Horus|Sphinx|Lotus|"
		"Nefertiti|Al Salam|Cleopatra|Al Shifa|Dar El Fouad|Al Hayah|Tiba|"
		"Amoun|Karnak|El Gouna|Al Zahraa|Al Rahma|Osiris"),
}
ST = {"ng": "ng", "gh": "ng", "ke": "ea", "ug": "ea", "tz": "ea",
	"et": "et", "ma": "fr", "sn": "fr", "ci": "fr", "tn": "fr", "eg": "eg"}

# Shapes: (sector, pattern, legal?) per shape family.  {C} a coined word,
# {S} {S2} surnames, {G} a given name, {T} the town, {A} the area.
SHAPES = {
	"ng": (
		("hospital", "{C} Hospital", 1), ("hospital",
			"{C} Specialist Hospital", 1), ("hospital",
			"{S} Memorial Hospital", 0), ("clinic", "{C} Medical Centre", 1),
		("clinic", "{C} Clinic", 0), ("dental", "{C} Dental Clinic", 1),
		("pharmacy", "{C} Pharmacy", 1), ("pharmacy",
			"{C} Pharmaceuticals", 1), ("pharmacy", "{S} Chemists", 0),
		("law", "{S} & {S2} Chambers", 0), ("law",
			"{S} {S2} & Associates", 0), ("law",
			"{S} & Co. Legal Practitioners", 0),
		("accountants", "{S} & Co. Chartered Accountants", 0),
		("accountants", "{S} {S2} & Partners", 0),
		("microfinance", "{C} Microfinance Bank", 1), ("microfinance",
			"{C} Savings and Loans", 1),
		("ngo", "{C} Foundation", 0), ("ngo", "{C} Initiative for "
			"Development", 0), ("church", "{C} Gospel Church", 0),
		("church", "{C} Assembly", 0), ("school",
			"{C} International School", 0), ("school", "{C} College", 0),
		("school", "{C} Academy", 0), ("hotel", "{C} Hotel & Suites", 1),
		("hotel", "{C} Guest House", 0), ("logistics", "{C} Logistics", 1),
		("logistics", "{C} Shipping & Clearing", 1), ("agro",
			"{C} Agro Allied Industries", 1), ("agro", "{C} Farms", 1),
		("telecom", "{C} Communications", 1), ("telecom",
			"{C} Telecoms Ventures", 0), ("petrol", "{C} Petroleum", 1),
		("petrol", "{C} Oil & Gas", 1), ("petrol",
			"{C} Filling Station", 0), ("trade", "{S} & Sons Enterprises", 0),
		("trade", "{C} Global Ventures", 0), ("trade", "{S} Enterprises", 0),
		("trade", "{C} Ventures", 0)),
	"ea": (
		("hospital", "{C} Hospital", 1), ("hospital", "{C} Nursing Home", 0),
		("clinic", "{C} Medical Clinic", 0), ("clinic",
			"{C} Medical Centre", 1), ("dental", "{C} Dental Centre", 0),
		("pharmacy", "{C} Chemist", 0), ("pharmacy",
			"{C} Pharmaceuticals", 1), ("pharmacy", "{C} Pharmacy", 1),
		("law", "{S} & Co. Advocates", 0), ("law",
			"{S} {S2} & Associates Advocates", 0), ("law",
			"{S} & {S2} Advocates", 0),
		("accountants", "{S} & Associates Certified Public Accountants", 0),
		("accountants", "{S} {S2} & Co.", 0),
		("sacco", "{C} Sacco Society", 1), ("microfinance",
			"{C} Microfinance Bank", 1),
		("ngo", "{C} Community Based Organisation", 0), ("ngo",
			"{C} Women Group", 0), ("church", "{C} Fellowship Church", 0),
		("school", "{C} Academy", 0), ("school", "{C} High School", 0),
		("school", "{C} Secondary School", 0), ("hotel", "{C} Lodge", 0),
		("hotel", "{C} Hotel", 1), ("hotel", "{C} Safari Lodge", 0),
		("logistics", "{C} Clearing & Forwarding", 1),
		("logistics", "{C} Freight Agencies", 1), ("agro",
			"{C} Dairy Farmers Cooperative Society", 0), ("agro",
			"{C} Millers", 1), ("agro", "{C} Coffee Growers Cooperative", 0),
		("telecom", "{C} Communications", 1), ("telecom",
			"{C} Mobile Money Agency", 0), ("petrol", "{C} Petroleum", 1),
		("petrol", "{C} Service Station", 0), ("trade",
			"{S} na Wanawe", 0), ("trade", "{C} Traders", 1), ("trade",
			"{S} & Sons", 1), ("trade", "{C} Hardware", 1)),
	"et": (
		("hospital", "{C} General Hospital", 1), ("hospital",
			"{C} Specialized Hospital", 1), ("clinic",
			"{C} Medium Clinic", 0), ("clinic", "{C} Higher Clinic", 0),
		("dental", "{C} Dental Clinic", 0), ("pharmacy", "{C} Pharmacy", 0),
		("pharmacy", "{C} Pharmaceuticals Import", 1),
		("law", "{S} & {S2} Law Office", 0), ("law", "{S} Law Office", 0),
		("accountants", "{S} {S2} & Co. Chartered Certified Accountants",
			0), ("accountants", "{S} Audit Services", 0),
		("microfinance", "{C} Microfinance Institution", 1), ("sacco",
			"{C} Saving and Credit Cooperative", 0),
		("ngo", "{C} Development Association", 0), ("church",
			"{C} Evangelical Church", 0), ("school", "{C} Academy", 0),
		("school", "{C} College", 1), ("hotel", "{C} Hotel", 1), ("hotel",
			"{C} International Hotel", 1), ("logistics",
			"{C} Transit & Transport", 1), ("agro",
			"{C} Agro Industry", 1), ("agro", "{C} Coffee Export", 1),
		("telecom", "{C} Telecom Agent", 0), ("petrol",
			"{C} Fuel Station", 0), ("trade",
			"{S} Import and Export", 1), ("trade", "{C} Trading", 1)),
	"fr": (
		("hospital", "Clinique {C}", 1), ("hospital", "Polyclinique {C}", 1),
		("hospital", "Hopital {C}", 0), ("clinic",
			"Cabinet Médical {C}", 0), ("clinic", "Centre Médical {C}", 0),
		("dental", "Cabinet Dentaire {C}", 0), ("dental",
			"Cabinet Dentaire Dr {G} {S}", 0),
		("pharmacy", "Pharmacie {C}", 0), ("pharmacy", "Pharmacie {S}", 0),
		("notaire", "Étude de Maître {G} {S}", 0), ("notaire",
			"Étude Notariale {S}", 0), ("notaire", "Étude {S} et {S2}", 0),
		("law", "Cabinet {S} & Associés", 0), ("law",
			"Cabinet d'Avocats {S} et {S2}", 0), ("accountants",
			"Cabinet d'Expertise Comptable {S}", 1), ("accountants",
			"{S} Audit et Conseil", 1), ("microfinance",
			"Mutuelle d'Épargne et de Crédit {C}", 0), ("microfinance",
			"{C} Microfinance", 1), ("ngo", "Association {C}", 0),
		("ngo", "ONG {C}", 0), ("church", "Église Évangélique {C}", 0),
		("school", "Groupe Scolaire {C}", 0), ("school", "École {C}", 0),
		("school", "Institut {C}", 0), ("hotel", "Hôtel {C}", 1),
		("hotel", "Résidence {C}", 0), ("hotel", "Riad {C}", 0),
		("logistics", "Transit {S}", 1), ("logistics",
			"{C} Logistique", 1), ("agro", "Coopérative Agricole {C}", 0),
		("agro", "GIE {C}", 0), ("agro", "{C} Agro", 1), ("telecom",
			"{C} Télécom", 1), ("telecom", "Point Transfert {C}", 0),
		("petrol", "Station {C}", 0), ("petrol",
			"Station Service {C}", 0), ("trade", "Ets {S} et Fils", 0),
		("trade", "Établissements {S}", 0), ("trade",
			"Société {C} Distribution", 1), ("trade", "Ste {C} Négoce", 1)),
	"eg": (
		("hospital", "{C} Hospital", 0), ("hospital",
			"{C} Specialized Hospital", 1), ("clinic", "{C} Medical Center",
			1), ("dental", "{C} Dental Center", 0), ("dental",
			"Dr. {G} {S} Dental Clinic", 0), ("pharmacy", "{C} Pharmacy", 0),
		("pharmacy", "{S} Pharmacies", 0), ("law", "{S} Law Firm", 0),
		("law", "{S} & Partners", 0), ("accountants",
			"{S} & Co. Accountants & Auditors", 0), ("microfinance",
			"{C} for Microfinance", 1), ("ngo", "{C} Foundation", 0),
		("church", "St. Mark {C} Church", 0), ("school",
			"{C} Language School", 0), ("school", "{C} International "
			"School", 0), ("hotel", "{C} Hotel", 1), ("logistics",
			"{C} for Shipping & Logistics", 1), ("agro",
			"{C} for Agricultural Development", 1), ("agro",
			"{C} Food Industries", 1), ("telecom", "{C} Telecom", 1),
		("petrol", "{C} Petroleum Services", 1), ("trade",
			"{C} for Trading & Contracting", 1), ("trade",
			"{C} for Import & Export", 1), ("trade", "{S} Group", 1)),
}
# Franchisees: the same brand in many places, told apart by town or area.
CHAINS = {"ng": ("Chicken Republic", "Mr Biggs", "HealthPlus Pharmacy",
		"MedPlus Pharmacy", "Total Energies Station"),
	"ea": ("Naivas", "Java House", "Goodlife Pharmacy", "Rubis Station",
		"Quickmart"),
	"et": ("Kaldi's Coffee", "Tomoca Coffee", "NOC Fuel Station"),
	"fr": ("Pharmacie Totale", "Auchan", "Marjane Market", "Total Station",
		"Afriquia Station"),
	"eg": ("El Ezaby Pharmacy", "Seif Pharmacies", "Misr Petroleum Station")}

# Stored legal forms per country, (form, weight).
LEGAL = {"NG": (("Ltd", 5), ("Limited", 4), ("Nig. Ltd", 2),
		("Nigeria Limited", 2), ("Plc", 1)),
	"GH": (("Ltd", 5), ("Limited", 4), ("Company Limited", 2), ("LBG", 1)),
	"KE": (("Ltd", 5), ("Limited", 5)),
	"UG": (("(U) Ltd", 5), ("Uganda Limited", 2), ("Ltd", 2)),
	"TZ": (("(T) Ltd", 5), ("Tanzania Limited", 2), ("Ltd", 2)),
	"ET": (("PLC", 6), ("P.L.C.", 2), ("S.C.", 2)),
	"SN": (("SARL", 5), ("SA", 2), ("SUARL", 2), ("SAS", 1)),
	"CI": (("SARL", 5), ("SA", 2), ("SARLU", 2), ("SAS", 1)),
	"MA": (("SARL", 5), ("SARL AU", 4), ("SA", 1)),
	"TN": (("SARL", 5), ("SA", 2), ("SUARL", 2)),
	"EG": (("S.A.E.", 3), ("LLC", 4))}
# How each stored form is typed instead ("" drops it).
LEGAL_TYPED = {"Ltd": ("Limited", "Ltd.", "LTD", ""),
	"Limited": ("Ltd", "Ltd.", ""),
	"Nig. Ltd": ("Nig Ltd", "Nig. Ltd.", "Nigeria Ltd", "Nigeria Limited",
		"Ltd", ""),
	"Nigeria Limited": ("Nig Ltd", "Nig. Ltd.", "Nig. Limited",
		"Nigeria Ltd", "Ltd", ""),
	"Plc": ("PLC", "Plc.", ""), "Company Limited": ("Co. Ltd",
		"Company Ltd", "Ltd", ""), "LBG": ("Ltd by Guarantee", ""),
	"(U) Ltd": ("U Ltd", "(U) Limited", "Uganda Ltd", "Ltd", ""),
	"Uganda Limited": ("(U) Ltd", "U Ltd", "Ltd", ""),
	"(T) Ltd": ("T Ltd", "(T) Limited", "Tanzania Ltd", "Ltd", ""),
	"Tanzania Limited": ("(T) Ltd", "T Ltd", "Ltd", ""),
	"PLC": ("P.L.C", "Plc", "P.L.C.", ""), "P.L.C.": ("PLC", ""),
	"S.C.": ("SC", "Share Company", ""),
	"SARL": ("S.A.R.L.", "S.A.R.L", "Sarl", ""),
	"SARL AU": ("SARLAU", "S.A.R.L. AU", "SARL A.U.", "SARL", ""),
	"SA": ("S.A.", "S.A", ""), "SUARL": ("S.U.A.R.L.", "SARL", ""),
	"SARLU": ("SARL U", "S.A.R.L.U", ""), "SAS": ("S.A.S.", ""),
	"S.A.E.": ("SAE", "S.A.E", ""), "LLC": ("L.L.C.", "L.L.C", "")}

# Spelling variants: each group is one name as people spell it.
SPELL = [g.split("|") for g in (
	"Mohammed|Mohamed|Mohamad|Muhammad|Mohammad", "Mahmoud|Mahmud",
	"Mostafa|Mustafa|Moustapha", "Abdel Rahman|Abdul Rahman|Abd el Rahman|"
	"Abdelrahman", "Abdel Aziz|Abdul Aziz|Abd el Aziz|Abdelaziz",
	"Abdel Hamid|Abdul Hamid|Abdelhamid", "Abdel Fattah|Abdul Fattah|"
	"Abdelfattah", "Abdelkader|Abdel Kader|Abd el Kader|Abdul Kader",
	"Hussein|Hussain|Houssein", "Youssef|Yousef|Youssouf|Yusuf",
	"Ibrahima|Ibrahim", "Ibrahim|Ibraheem|Brahim", "Ahmed|Ahmad",
	"Ousmane|Usman|Othman|Osman", "Oumar|Omar|Umar",
	"Abubakar|Aboubakar|Boubacar|Aboubacar", "El Idrissi|Idrissi|Elidrissi",
	"Ouazzani|Wazzani|Ouazani", "Ouahbi|Wahbi", "Benjelloun|Ben Jelloun",
	"Ben Salah|Bensalah", "Ben Ali|Benali", "Ben Youssef|Benyoussef",
	"Ben Ammar|Benammar", "Gaber|Jaber", "Gamal|Jamal", "Shawky|Shawki|Chawki",
	"El Sayed|Elsayed|El-Sayed|Al Sayed", "Fawzy|Fawzi", "Soliman|Suleiman|"
	"Sulaiman", "Chraibi|Shraibi", "Cherkaoui|Sharkaoui", "Cheikh|Sheikh",
	"El Masry|El Masri|Elmasry", "Helmy|Helmi", "Sabry|Sabri", "Ramzy|Ramzi",
	"Tawfik|Tawfiq|Toufik", "Naguib|Nagib|Najib", "Ezzat|Izzat",
	"El Amrani|Amrani|Elamrani", "El Fassi|Fassi|Elfassi",
	"El Khatib|Khatib|Elkhatib", "Tekle|Teklay|Tekleh",
	"Tesfaye|Tesfay", "Gebremedhin|Gebre Medhin|G/Medhin|G.Medhin",
	"Woldemariam|Wolde Mariam|W/Mariam|Wolde-Mariam",
	"Gebreegziabher|Gebre Egziabher|G/Egziabher",
	"Teklehaimanot|Tekle Haimanot|T/Haimanot", "Mekonnen|Mekonen|Makonnen",
	"Tadesse|Tadese", "Berhane|Birhane|Berhanu", "Yohannes|Yohanes",
	"Getachew|Getachewu", "Haile|Hayle", "Ramadhani|Ramadhan|Ramadan",
	"Hamisi|Hamis|Khamis", "Mussa|Musa", "Juma|Djuma",
	"N'Guessan|Nguessan|N Guessan", "Coulibaly|Kulibali|Coulibali",
	"Ouattara|Wattara|Ouatara", "Traore|Traoré", "Toure|Touré",
	"Diabate|Diabaté", "Cisse|Cissé", "Gueye|Guèye", "Ndiaye|N'Diaye|Ndiay",
	"Mbaye|M'Baye", "Nwachukwu|Nwachuku", "Okonkwo|Okonko",
	"Oluwaseun|Oluseun|Seun", "Chibuzor|Chibuzo", "Albarka|Al-Barka|Albarkah",
	"Ifeoma|Ifeyoma", "Oyedepo|Oyedepoh", "Ebenezer|Ebenezar",
	"Ssempala|Sempala", "Ssali|Sali", "Sserwadda|Serwadda", "Mukasa|Mukassa",
	"Gye Nyame|Gye-Nyame|Gyenyame", "Nyame Dua|Nyamedua",
	"Keur Serigne|Keur Sérigne|Ker Serigne", "Darou Salam|Darou Salaam|"
	"Darussalam", "Dar El Fouad|Dar Al Fouad|Dar Elfouad",
	"Al Shifa|El Shifa|Al Chifa", "Al Nour|El Nour|Alnour",
	"Al Amal|El Amal|Alamal", "Al Salam|El Salam|Assalam",
	"Al Baraka|El Baraka|Albaraka", "Ennour|En Nour|Annour",
	"Zitouna|Zaytuna|Zitoun", "Al Zahraa|El Zahraa|Al Zahra",
	"Al Rahma|Errahma|El Rahma", "Assafa|Essafa|Al Safa",
	"Chifa|Shifa|Echifa", "Mounir|Munir", "Oussama|Ousama|Usama",
	"Younes|Younous|Yunus", "Moulay|Mulay", "Bouchra|Bushra")]
SPELL_OF = {}
for _g in SPELL:
	for _v in _g:
		SPELL_OF.setdefault(_v, _g)

# Phone keyboards: letter -> its neighbours on the layout.
QWERTY = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
AZERTY = ("azertyuiop", "qsdfghjklm", "wxcvbn")


def neighbours(rows):
	out = {}
	for r, row in enumerate(rows):
		for c, ch in enumerate(row):
			ns = [row[c + d] for d in (-1, 1) if 0 <= c + d < len(row)]
			for rr in (r - 1, r + 1):
				if 0 <= rr < len(rows):
					ns += [rows[rr][k] for k in (c - 1, c)
						if 0 <= k < len(rows[rr])]
			out[ch] = ns
	return out


NEAR = {"qwerty": neighbours(QWERTY), "azerty": neighbours(AZERTY)}

HONOR = {"ng": ("Mr", "Mrs", "Dr.", "Chief", "Alhaji", "Alhaja", "Engr.",
		"Barr.", "Pastor", "Prof."), "gh": ("Mr", "Mrs", "Dr.", "Nana",
		"Rev.", "Madam"), "ke": ("Mr", "Mrs", "Dr.", "Mama", "Rev.",
		"Pastor"), "ug": ("Mr", "Mrs", "Dr.", "Hajji", "Pastor"),
	"tz": ("Mr", "Mrs", "Dr.", "Mama", "Mzee"), "et": ("Ato", "W/ro", "Dr.",
		"Mr"), "ma": ("Mr", "Mme", "Dr", "Si", "Me"), "sn": ("M.", "Mme",
		"Dr", "Me", "El Hadji", "Hadja"), "ci": ("M.", "Mme", "Dr", "Me"),
	"tn": ("Mr", "Mme", "Dr", "Me"), "eg": ("Dr.", "Eng.", "Mr.",
		"Hajj", "Mrs.")}

# Shared role machine names (several customers use the same one).
ROLES = ("RECEPTION-PC", "USER-PC", "ADMIN-PC", "ACCOUNTS-PC", "CASHIER1",
	"CAISSE-1", "COMPTA-PC", "SECRETARIAT", "ACCUEIL", "SERVER", "POS-01")
VENDORS = ("MTN Business|MTN MoMo agent line|Airtel Money|Glo helpdesk|"
	"Safaricom Business|M-Pesa till support|Orange Money|Orange Business|"
	"Maroc Telecom|inwi Business|Ethio Telecom|Vodacom Business|Moov Africa|"
	"Wave Senegal|Tigo Pesa|Ooredoo TN|Telecom Egypt|Vodafone Egypt|"
	"Microsoft 365 support|Sage Pastel support|QuickBooks Africa|"
	"Liquid Intelligent Technologies|Starlink install|Paystack support|"
	"Flutterwave onboarding|Jumia seller|NHIF portal|KRA iTax|FIRS TaxPro|"
	"DGI Maroc SIMPL").split("|")
PERSONAL = ("{G} {S} (home)|{G} - personal laptop|{G} phone|Mama {G} laptop|"
	"{G} {S} private|{G} son's laptop|{G} (perso)|PC perso {G}|"
	"{G} {S} - personal").split("|")
ASCII = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
GENERIC = set("hospital specialist memorial medical centre center clinic "
	"dental pharmacy pharmaceuticals chemists chemist chambers associates "
	"legal practitioners co chartered accountants partners microfinance bank "
	"savings and loans foundation initiative for development gospel church "
	"assembly international school college academy hotel suites guest house "
	"logistics shipping clearing agro allied industries farms communications "
	"telecoms ventures petroleum oil gas filling station enterprises global "
	"sons nursing home advocates certified public sacco society community "
	"based organisation women group fellowship high secondary lodge safari "
	"forwarding freight agencies dairy farmers cooperative millers coffee "
	"growers mobile money agency service traders hardware na wanawe general "
	"specialized medium higher import saving credit development association "
	"evangelical transit transport industry export telecom agent fuel "
	"trading law office audit services chartered certified clinique "
	"polyclinique hopital cabinet medical centre dentaire pharmacie etude "
	"maitre notariale et avocats expertise comptable conseil mutuelle "
	"epargne credit association ong eglise evangelique groupe scolaire ecole "
	"institut residence riad logistique cooperative agricole gie agro "
	"point transfert station ets fils etablissements societe distribution "
	"ste negoce language pharmacies firm accountants auditors group "
	"contracting food agricultural the of de d l dr st mark & "
	"le la les".split())


def wchoice(rng, items):
	tot = sum(w for _, w in items)
	x = rng.uniform(0, tot)
	for v, w in items:
		x -= w
		if x <= 0:
			return v
	return items[-1][0]


def fold(s):
	s = unicodedata.normalize("NFKD", s)
	return "".join(ch for ch in s if not unicodedata.combining(ch))


def fill(pat, vals):
	return re.sub(r"\{(\w+)\}", lambda m: vals[m.group(1)], pat)


class Cust:
	pass


def person(rng, style):
	return rng.choice(GIV[style]), rng.choice(SUR[style])


def initials(ws):
	return "".join(w[0] for w in ws if w[0].isalpha()).upper()


def rand_pc(rng, kind="DESKTOP"):
	return kind + "-" + "".join(rng.choice(ASCII) for _ in range(7))


def make_assets(rng, c, ids):
	"""Machines as the MSP named them: a prefix of the customer's initials
	and a role, Windows' defaults, the user's name."""
	pre = initials([w for w in re.split(r"[\s'-]+", fold(c.core))
		if w and w.lower() not in ("and", "of", "for", "de", "d", "l",
		"et", "la", "le", "&", "na")])[:4] or "PC"
	fr = c.style in ("ma", "sn", "ci", "tn")
	roles = (("COMPTA", "ACCUEIL", "CAISSE", "DG", "SECRETARIAT", "DIRECTION")
		if fr else ("RECEPTION", "ACCOUNTS", "CASHIER", "MD", "ADMIN",
		"STORE", "NURSES", "LAB"))
	out, seen = [], set()
	for _ in range(rng.choice((1, 2, 2, 3, 3, 4, 5))):
		g = c.contacts[rng.randrange(len(c.contacts))]["firstname"]
		g = fold(g).upper().replace(" ", "").replace("'", "")
		r = rng.random()
		if r < 0.35:
			m = "%s-%s%s" % (pre, rng.choice(roles), rng.choice(("", "01",
				"1", "02", "-PC")))
		elif r < 0.55:
			m = rand_pc(rng, rng.choice(("DESKTOP", "DESKTOP", "LAPTOP")))
		elif r < 0.72:
			m = "%s-%s" % (g, rng.choice(("PC", "PC", "HP", "LAPTOP",
				"DELL")))
		elif r < 0.85:
			m = rng.choice(ROLES)
		else:
			m = "%s-%s-%02d" % (pre, rng.choice(("PC", "WS", "NB", "SRV")),
				rng.randint(1, 20))
		if m in seen:
			continue
		seen.add(m)
		out.append({"id": next(ids), "name": m})
	return out


def population(rng, n):
	ccs = [(cc, v[1]) for cc, v in COUNTRIES.items()]
	custs, names, ids = [], set(), iter(range(7700001, 99999999))
	cid = 27000000
	chains = {}
	while len(custs) < n:
		cc = wchoice(rng, ccs)
		desk, _, style, cities = COUNTRIES[cc]
		city, state, zipc, areas = rng.choice(cities)
		area = rng.choice(S(areas))
		fam = ST[style]
		c = Cust()
		c.cc, c.desk, c.style, c.fam = cc, desk, style, fam
		c.city, c.area = city, area
		c.contacts = []
		g1, s1 = person(rng, style)
		s2 = rng.choice(SUR[style])
		while s2 == s1:
			s2 = rng.choice(SUR[style])
		coin = rng.choice(COIN[style])
		r = rng.random()
		legal = ""
		if r < 0.04 and CHAINS.get(fam):
			brand = rng.choice(CHAINS[fam])
			k = chains.get(brand, 0)
			chains[brand] = k + 1
			core = "%s %s" % (brand, rng.choice((area, city)))
			sector, c.sur, c.coin = "franchise", [], brand
		else:
			sector, pat, hasl = rng.choice(SHAPES[fam])
			core = fill(pat, {"C": coin, "S": s1, "S2": s2, "G": g1,
				"T": city, "A": area})
			c.sur = [x for x in (s1, s2) if "{S" in pat and x in core]
			c.coin = coin if "{C}" in pat else ""
			if hasl and rng.random() < 0.8:
				legal = wchoice(rng, LEGAL[cc])
				if style == "gh" and legal == "LBG" and sector not in (
						"ngo", "school", "church"):
					legal = "Ltd"
			if sector in ("ngo",) and style == "gh" and rng.random() < 0.5:
				legal = "LBG"
			if sector == "sacco" and cc == "KE":
				legal = rng.choice(("Ltd", "Limited"))
		name = core + (" " + legal if legal else "")
		if name in names:	# a namesake elsewhere: Syncro tells by town
			if rng.random() < 0.5 or city in name:
				continue
			name = "%s %s" % (name, rng.choice(("- " + city,
				"(%s)" % city, city)))
			if name in names:
				continue
		names.add(name)
		c.name, c.core, c.legal, c.sector = name, core, legal, sector
		c.id = cid
		cid += rng.randint(1, 4)
		nc = rng.choice((1, 1, 2, 2, 3))
		if c.sur and rng.random() < 0.6:
			first = {"firstname": g1, "lastname": c.sur[0]}
		else:
			g, s = person(rng, style)
			first = {"firstname": g, "lastname": s}
		people = [first] + [dict(zip(("firstname", "lastname"),
			person(rng, style))) for _ in range(nc - 1)]
		dom = re.sub(r"[^a-z]", "", fold(core).lower())[:14] or "mail"
		tld = {"NG": "com.ng", "GH": "com.gh", "KE": "co.ke", "UG": "co.ug",
			"TZ": "co.tz", "ET": "com.et", "MA": "ma", "SN": "sn",
			"CI": "ci", "TN": "tn", "EG": "com.eg"}[cc]
		for p in people:
			p["id"] = next(ids)
			p["email"] = "%s.%s@%s.%s" % (re.sub(r"[^a-z]", "", fold(
				p["firstname"]).lower()), re.sub(r"[^a-z]", "", fold(
				p["lastname"]).lower()), dom, tld)
			c.contacts.append({"id": p["id"], "firstname": p["firstname"],
				"lastname": p["lastname"], "email": p["email"]})
		c.assets = make_assets(rng, c, ids)
		c.plot = rng.randint(1, 240)
		street = rng.choice(("Plot %d, {R}" % c.plot, "%d {R}" % c.plot,
			"No. %d {R}" % c.plot, "{R} %d" % c.plot))
		road = rng.choice(STREETS[fam])
		sy = {"address": street.replace("{R}", road),
			"address_2": rng.choice((area, area, None, "Suite %d" %
				rng.randint(1, 40), None)),
			"city": city, "state": state if rng.random() < 0.7 else None,
			"zip": zipc or None}
		c.syncro = sy
		custs.append(c)
	return custs


STREETS = {"ng": ("Adeola Odeku Street", "Allen Avenue", "Awolowo Road",
		"Herbert Macaulay Way", "Aminu Kano Crescent", "Ring Road",
		"Oxford Street", "Liberation Road"),
	"ea": ("Moi Avenue", "Kenyatta Avenue", "Ngong Road", "Waiyaki Way",
		"Kampala Road", "Jinja Road", "Bagamoyo Road", "Nyerere Road",
		"Mombasa Road"),
	"et": ("Bole Road", "Churchill Avenue", "Africa Avenue",
		"Haile Gebreselassie Road"),
	"fr": ("Boulevard Zerktouni", "Avenue Mohammed V", "Rue Carnot",
		"Avenue Bourguiba", "Boulevard de la Republique", "Rue du Commerce",
		"Avenue Cheikh Anta Diop", "Boulevard Latrille"),
	"eg": ("Tahrir Street", "Corniche El Nil", "Abbas El Akkad Street",
		"Gamet El Dowal Street", "Road 9")}


# ---- noise on a typed name ------------------------------------------------

def swap_legal(rng, c):
	if not c.legal:
		return None
	t = rng.choice(LEGAL_TYPED.get(c.legal, ("",)))
	base = c.name[:len(c.name) - len(c.legal)].rstrip() \
		if c.name.endswith(c.legal) else c.core
	if t and c.style in ("ma", "sn", "ci", "tn") and rng.random() < 0.3:
		return t + " " + base	# francophone: the form first
	return base + (" " + t if t else "")


def add_legal(rng, c):
	"""A form the customer's record does not carry."""
	forms = [f for f, _ in LEGAL[c.cc]]
	return "%s %s%s" % (c.core, rng.choice(forms + ["Ltd"]),
		c.name[len(c.core):])	# before a " - Kano" that tells namesakes


def respell(rng, s):
	hits = [v for v in SPELL_OF if re.search(r"(?<![\w/])" + re.escape(v) +
		r"(?![\w/])", s)]
	if not hits:
		return None
	v = rng.choice(sorted(hits, key=len, reverse=True)[:3])
	alt = rng.choice([x for x in SPELL_OF[v] if x != v])
	return re.sub(r"(?<![\w/])" + re.escape(v) + r"(?![\w/])", alt, s,
		count=1)


def typo(rng, s, layout):
	idx = [i for i, ch in enumerate(s) if ch.isalpha()]
	if len(idx) < 5:
		return None
	i = rng.choice(idx[1:])
	ch, r = s[i], rng.random()
	if r < 0.45:
		ns = NEAR[layout].get(fold(ch).lower())
		if not ns:
			return None
		n = rng.choice(ns)
		return s[:i] + (n.upper() if ch.isupper() else n) + s[i + 1:]
	if r < 0.65:
		return s[:i] + ch + s[i:]
	if r < 0.85:
		return s[:i] + s[i + 1:]
	if i + 1 < len(s) and s[i + 1].isalpha():
		return s[:i] + s[i + 1] + ch + s[i + 2:]
	return None


def truncate(rng, c, s):
	if len(s) < 14:
		return None
	n = rng.randint(max(8, len(s) // 2), len(s) - 3)
	t = s[:n].rstrip(" &-,(")
	# the cut keeps a word that tells the customer (4 letters of it)
	if not any(w[:4] in t for w in distinct_words(c) if len(w) >= 4):
		return None
	return t


def generic(w):
	w = fold(w).lower().strip(".,()")
	return w in GENERIC or w.split("'")[-1] in GENERIC


def distinct_words(c):
	return [w for w in c.core.split() if not generic(w)]


def short(rng, c):
	"""What the customer is known by: its distinctive words."""
	ws = distinct_words(c)
	if c.sector == "franchise" or not ws or len(ws) == len(c.core.split()):
		return None
	s = " ".join(ws)
	if rng.random() < 0.4:	# plus the head sector word, where it stands
		sec = [w for w in c.core.split() if w not in ws and w[0].isalpha()
			and w.lower() not in ("na", "and", "et", "of", "for", "de")]
		if not sec:
			return None
		if c.core.startswith(ws[0]):
			s = s + " " + sec[0]
		else:
			s = sec[0] + " " + s
	return s


def acronym(rng, c):
	ws = [w for w in re.split(r"[\s\-]+", c.core) if w and w[0].isalpha()]
	stop = {"and", "of", "for", "de", "d'", "et", "la", "le", "&", "na"}
	ws = [w for w in ws if w.lower() not in stop]
	if "Microfinance Bank" in c.core and rng.random() < 0.6:
		return c.core.replace("Microfinance Bank", "MFB")
	if "Certified Public Accountants" in c.core:
		return c.core.replace("Certified Public Accountants", "CPA")
	if "Sacco Society" in c.core and rng.random() < 0.5:
		return c.core.replace("Sacco Society", "SACCO")
	ws = [w for w in ws if w not in ("Co.", "Dr", "Dr.")]
	if not 3 <= len(ws) <= 5 or c.sector == "franchise" or (len(ws) == 3
			and rng.random() < 0.5):
		return None
	a = fold("".join(w[0].upper() for w in ws))
	if rng.random() < 0.3:
		a = ".".join(a) + "."
	if rng.random() < 0.3:
		a += " " + c.city
	return a


ABBREV = (("International", "Intl"), ("Hospital", "Hosp."), ("School",
	"Sch."), ("Pharmaceuticals", "Pharm."), ("Enterprises", "Ent."),
	("Nigeria", "Nig."), ("Company", "Co."), ("Associates", "Assoc."),
	("Medical", "Med."), ("Centre", "Ctr"), ("Center", "Ctr"),
	("Cooperative", "Coop"), ("Coopérative", "Coop."), ("Établissements",
	"Ets"), ("Société", "Ste"), ("Secondary", "Sec."), ("Communications",
	"Comms"), ("Development", "Dev."), ("Services", "Svcs"),
	("Industries", "Ind."), ("Petroleum", "Pet."), ("Logistics", "Log."),
	("Saint", "St"), ("Sainte", "Ste"), ("Clearing & Forwarding", "C&F"),
	("Chartered Accountants", "Chartered Accts"), ("Maître", "Me"),
	("Mutuelle d'Épargne et de Crédit", "MEC"), ("Groupe Scolaire", "GS"),
	("General Hospital", "Gen. Hosp."))


def abbrev(rng, c):
	hits = [(a, b) for a, b in ABBREV if a in c.name]
	if not hits:
		return None
	a, b = rng.choice(hits)
	return c.name.replace(a, b, 1)


def honoured(rng, c):
	p = rng.choice(c.contacts)
	h = rng.choice(HONOR[c.style])
	fr = c.fam == "fr"
	trade = {"hospital": "Dr", "clinic": "Dr", "dental": "Dr",
		"notaire": "Me", "law": "Me" if fr else "Barr." if c.style == "ng"
		else "", "church": "Pastor" if not fr else ""}.get(c.sector, "")
	if trade and rng.random() < 0.5:
		h = trade + ("." if trade == "Dr" and not fr else "")
	ws = distinct_words(c) or c.core.split()[:2]
	k = rng.choice((1, 2))
	if len(ws[0]) < 3 or ws[0].endswith("'"):	# Al Nour, not Al
		k = 2
	w = " ".join(ws[:k])
	if h in ("Mr", "Mr.", "M.", "Mrs", "Mrs.", "Mme", "Alhaji", "Alhaja",
			"El Hadji", "Hadja", "Hajj", "Hajji", "Ato", "W/ro", "Mama",
			"Madam", "Mzee", "Si", "Nana"):	# given names are not sexed here
		who = "%s %s" % (h, p["lastname"])
	else:
		who = rng.choice(("%s %s" % (h, p["lastname"]), "%s %s %s" % (h,
			p["firstname"], p["lastname"]), "%s %s" % (h, p["firstname"])))
	return rng.choice(("%s - %s", "%s (%s)", "%s %s", "%s @ %s")) % (who, w) \
		if rng.random() < 0.7 else "%s - %s" % (w, who)


def reorder(rng, c):
	ws = c.core.split()
	if c.style in ("ma", "sn", "ci", "tn") and c.sur:
		s = c.sur[0]
		g = [p["firstname"] for p in c.contacts if p["lastname"] == s]
		if g and "%s %s" % (g[0], s) in c.core:
			return c.core.replace("%s %s" % (g[0], s), "%s %s" % (
				s.upper(), g[0]))
	if " & " in c.core and c.sector in ("law", "accountants") and \
			len(c.sur) == 2 and "%s & %s" % tuple(c.sur) in c.core:
		return c.core.replace("%s & %s" % tuple(c.sur), "%s & %s" %
			(c.sur[1], c.sur[0]))
	d = distinct_words(c)
	if not d or len(ws) < 2:
		return None
	dist = " ".join(d)
	if c.core.startswith(dist):
		rest = c.core[len(dist):].strip()
		form = rng.choice(("%s %s", "%s - %s", "%s, %s"))
		order = (rest, dist)
	elif c.core.endswith(dist):
		rest = c.core[:-len(dist)].strip()
		form, order = rng.choice(("%s %s", "%s %s", "%s - %s")), (dist, rest)
	else:
		return None
	if not rest or not rest[0].isalpha() or len(rest.split()) > 3 or \
			rest.split()[0].lower() in ("na", "and", "et"):
		return None
	return form % order


def connector(rng, c):
	n = c.name
	amp = {"fr": (" et ", " + ", " et "), "ea": (" and ", " na ", " n "),
		"ng": (" and ", " n ", " + "), "et": (" and ", " + "),
		"eg": (" and ", " + ")}[c.fam]
	for a, bs in ((" & Sons", (" and Sons", " & Son", " n Sons",
			" and Son")), (" et Fils", (" & Fils", " & fils")),
			(" na Wanawe", (" & Sons", " na wanawe", " and Sons")),
			(" & ", amp), (" and ", (" & ", " n ")), (" et ", (" & ",)),
			(" na ", (" & ", " and "))):
		if a in n:
			return n.replace(a, rng.choice(bs), 1)
	return None


def site(rng, c):
	r = rng.random()
	if r < 0.45:
		q = c.area
	elif r < 0.6:
		q = c.city
	elif r < 0.8:
		q = rng.choice(("Plot %d" % c.plot, "No. %d" % c.plot,
			"%d %s" % (c.plot, c.syncro["address"].split(",")[-1].split()[-2]
			if len(c.syncro["address"].split()) > 2 else c.area)))
	else:
		q = rng.choice(("Branch %d" % rng.randint(2, 6),
			"Branch No. %d" % rng.randint(2, 6), "%s branch" % c.area,
			"%s Annex" % c.area))
	base = rng.choice((c.name, c.core, c.core))
	return rng.choice(("%s %s", "%s - %s", "%s (%s)", "%s, %s")) % (base, q)


def casefy(rng, s):
	return s.upper() if rng.random() < 0.7 else s.lower()


def unaccent(c):
	f = fold(c.name)
	return f if f != c.name else None


KINDS = (("exact", 7), ("legal", 11), ("case", 4), ("accents", 4),
	("spelling", 9), ("typo", 9), ("truncated", 5), ("short", 7),
	("acronym", 4), ("abbrev", 4), ("person", 5), ("reorder", 3),
	("connector", 3), ("site", 7), ("mixed", 5))
IMPOSTORS = (("namesake", 5), ("surname", 5), ("rare word", 4),
	("same shape", 5), ("vendor", 2), ("personal", 2), ("own staff", 2))


def real_name(rng, c, kind):
	lay = "azerty" if c.style in ("ma", "sn", "ci", "tn") else "qwerty"
	if kind == "exact":
		return c.name
	if kind == "legal":
		if c.legal:
			return swap_legal(rng, c)
		return add_legal(rng, c) if rng.random() < 0.3 else None
	if kind == "case":
		return casefy(rng, rng.choice((c.name, c.core)))
	if kind == "accents":
		return unaccent(c)
	if kind == "spelling":
		return respell(rng, c.name)
	if kind == "typo":
		return typo(rng, rng.choice((c.name, c.core)), lay)
	if kind == "truncated":
		return truncate(rng, c, c.name)
	if kind == "short":
		return short(rng, c)
	if kind == "acronym":
		return acronym(rng, c)
	if kind == "abbrev":
		return abbrev(rng, c)
	if kind == "person":
		return honoured(rng, c)
	if kind == "reorder":
		return reorder(rng, c)
	if kind == "connector":
		return connector(rng, c)
	if kind == "site":
		return site(rng, c)
	if kind == "mixed":
		ks = ("legal", "spelling", "accents", "truncated", "case", "site",
			"connector", "abbrev")
		a = rng.choice(ks[:4] + ks[5:])
		s = real_name(rng, c, a) if a != "truncated" else \
			truncate(rng, c, c.name)
		if not s:
			return None
		b = rng.choice(("typo", "case", "accents-of"))
		if b == "typo":
			return typo(rng, s, lay)
		if b == "case":
			return casefy(rng, s)
		f = fold(s)
		return f if f != s else None
	return None


# ---- impostors --------------------------------------------------------------

def impostor_name(rng, g, kind):
	style = rng.choice(sorted(SUR))
	fam = ST[style]
	if kind == "namesake":	# a customer's coin word, another trade/town
		c = g.custs[rng.randrange(len(g.custs))]
		if not c.coin or c.sector == "franchise":
			return None
		sec, pat, _ = rng.choice(SHAPES[c.fam])
		if sec == c.sector or "{C}" not in pat:
			return None
		g1, s1 = person(rng, c.style)
		s = fill(pat, {"C": c.coin, "S": s1, "S2": rng.choice(SUR[c.style]),
			"G": g1, "T": c.city, "A": c.area})
		cities = [x[0] for x in COUNTRIES[c.cc][3] if x[0] != c.city]
		if cities and rng.random() < 0.6:
			s += rng.choice((" ", " - ", ", ")) + rng.choice(cities)
		return s
	if kind == "surname":
		s1, style = rng.choice((("Okafor", "ng"), ("Mwangi", "ke"),
			("Diallo", "sn"), ("Traore", "ci"), ("Kamau", "ke"),
			("Ndiaye", "sn"), ("Coulibaly", "ci"), ("Bello", "ng"),
			("Mohamed", "eg"), ("Otieno", "ke"), ("Mensah", "gh"),
			("Alaoui", "ma"), ("Tesfaye", "et"), ("Okello", "ug"),
			("Juma", "tz"), ("Ben Ali", "tn"), ("Ibrahim", "ng")))
		sec = rng.choice(("Pharmacy", "Chemist", "Clinic", "Enterprises",
			"& Sons", "Transit", "Hardware", "Electricals", "Motors",
			"Boutique", "Photocopy Centre", "Cyber Cafe", "Auto Spares",
			"Bakery", "Tailoring", "Salon", "Butchery", "Supermarket"))
		g1 = rng.choice(GIV[style])
		return rng.choice(("%s %s" % (s1, sec), "%s %s %s" % (g1, s1, sec),
			"Ets %s" % s1 if sec in ("Transit", "Boutique") else
			"%s %s Ltd" % (s1, sec)))
	if kind == "rare word":
		c = g.custs[rng.randrange(len(g.custs))]
		ws = [w for w in distinct_words(c) if len(w) > 3 and
			g.df.get(fold(w).lower(), 0) <= max(3, len(g.custs) // 400)]
		if not ws:
			return None
		w = min(ws, key=lambda x: g.df.get(fold(x).lower(), 0))
		other = rng.choice(("Motors", "Boutique", "Electronics", "Fashion",
			"Barbershop", "Car Wash", "Printing Press", "Bookshop",
			"Furniture", "Water Ltd", "Bakery", "Hair Salon", "Spares",
			"Photo Studio", "Restaurant", "Cold Room", "Events"))
		if rng.random() < 0.7:
			return "%s %s" % (w, other)
		return "%s %s %s" % (w, other, rng.choice(COUNTRIES[c.cc][3])[0])
	if kind == "same shape":
		sec, pat, hasl = rng.choice(SHAPES[fam])
		g1, s1 = person(rng, style)
		cc = [k for k, v in COUNTRIES.items() if v[2] == style][0]
		s = fill(pat, {"C": rng.choice(COIN[style]), "S": s1,
			"S2": rng.choice(SUR[style]), "G": g1, "T": "", "A": ""})
		if hasl and rng.random() < 0.6:
			s += " " + wchoice(rng, LEGAL[cc])
		return s
	if kind == "vendor":
		return rng.choice(VENDORS)
	if kind == "personal":
		g1, s1 = person(rng, style)
		return fill(rng.choice(PERSONAL), {"G": g1, "S": s1})
	if kind == "own staff":
		who = rng.choice(STAFF)
		return rng.choice(("%s laptop", "%s - %s" % ("%s", MSP), "BMIT %s",
			"%s (BMIT)", "Baobab IT - %s")) % who
	return None


# ---- rows -------------------------------------------------------------------

class G:
	pass


def context(g, i):
	"""The words of what Syncro holds besides the name: the address and
	the contacts (a careful person reads them to tell namesakes apart)."""
	if i not in g.ctx:
		c = g.custs[i]
		sy = c.syncro
		txt = [sy["address"], sy["address_2"] or "", sy["city"],
			sy["state"] or ""] + ["%s %s" % (p["firstname"], p["lastname"])
			for p in c.contacts]
		alt = []
		for v in SPELL_OF:
			if v in c.name:
				alt += SPELL_OF[v]
		g.ctx[i] = (set(la.words(" ".join(txt))), set(la.words(
			" ".join(alt))))
	return g.ctx[i]


def points(g, e, i):
	"""Typed word e points at customer i: a word of its address or
	contacts, a spelling of one of its names, or one of its name's words
	less a typo or cut short."""
	ctx, alt = context(g, i)
	if e in ctx or e in alt:
		return True
	return any(la.within1(e, w) or (len(e) >= 3 and w.startswith(e))
		for w in g.audit.ws[i])


def rivalled(g, s, t):
	"""A real row whose words of the true customer's name are all another
	customer's too, where the rest of what was typed (a town, a branch, a
	contact, a misspelt word) does not point at the true one more: the
	audit's rules pass "X Pharmacy Branch 3" with an "X Pharmacy - Kano"
	listed, a careful person would not."""
	tw = set(la.words(s))
	ws = set(g.audit.ws[t])
	matched = tw & ws
	if not matched:
		return False
	others = [o for o in g.audit.holding(matched) if o != t]
	if not others:
		return False
	extra = sorted(tw - ws)
	mine = sum(points(g, e, t) for e in extra)
	if mine == 0:
		return True
	return any(sum(points(g, e, o) for e in extra) >= mine for o in others)


def draw_one(rng, g, impostor):
	"""One row of a kind drawn by its share: the kind is kept while
	customers are drawn again, so a kind that few names allow (accents,
	spelling) keeps its share; a row the audit doubts is drawn again."""
	audit = g.audit
	kind = wchoice(rng, IMPOSTORS if impostor else KINDS)
	for _try in range(400):
		if impostor:
			s = impostor_name(rng, g, kind)
			if not s:
				continue
			s = scr.clean(s)
			if s in g.byname or audit.impostor(s) or \
					audit.impostor_more(s) or audit.near(la.key(s)):
				continue	# near: a customer's name less one letter
			desk = rng.choice(sorted(TECHS))
			return (s, None, "impostor: " + kind, desk)
		i = rng.randrange(len(g.custs))
		c = g.custs[i]
		s = real_name(rng, c, kind)
		if not s:
			continue
		s = scr.clean(s)
		if not s or (kind != "exact" and s == c.name):
			continue
		if audit.real(s, str(c.id)) or rivalled(g, s, i):
			continue
		return (s, i, kind, c.desk)
	return None


def draw_rows(rng, g, n):
	rows = []
	while len(rows) < n:
		row = draw_one(rng, g, rng.random() < 0.25)
		if row:
			rows.append(row)
	return rows


def machine(rng, g, row, roles):
	typed, i, kind, desk = row
	if i is None:
		if kind == "impostor: own staff":
			return "BMIT-%s-NB%02d" % (desk, rng.randint(1, 12))
		if rng.random() < 0.15:
			return rng.choice(roles)
		return rand_pc(rng, rng.choice(("DESKTOP", "LAPTOP", "DESKTOP")))
	r = rng.random()
	c = g.custs[i]
	if r < 0.78 and c.assets:
		return rng.choice(c.assets)["name"]
	if r < 0.82:
		o = g.custs[rng.randrange(len(g.custs))]
		if o.assets:
			return rng.choice(o.assets)["name"]
	return rng.choice((rand_pc(rng), rand_pc(rng, "LAPTOP"), "USER-PC",
		"%s-PC" % fold(rng.choice(c.contacts)["firstname"]).upper()))


def main():
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random("blind17:" + seed)
	g = G()
	g.custs = population(rng, ncust)
	g.byname = {c.name: i for i, c in enumerate(g.custs)}
	g.df = {}
	for c in g.custs:
		for w in set(fold(c.name).lower().split()):
			g.df[w] = g.df.get(w, 0) + 1
	g.ctx = {}
	g.audit = la.Audit([(str(c.id), c.name) for c in g.custs])
	rows = draw_rows(rng, g, nnames)
	docs = []
	for c in g.custs:
		docs.append({"id": c.id, "name": c.name, "syncro": c.syncro,
			"contacts": c.contacts, "assets": c.assets})
	owned = scr.asset_names(docs)
	roles = sorted(owned & set(ROLES)) or ["RECEPTION-PC"]
	scr.write_desk_set(rng, out, docs, rows,
		lambda row: machine(rng, g, row, roles), TECHS,
		("blind17", seed, 1806000000, 1187, 70))


if __name__ == "__main__":
	main()
