#!/usr/bin/env python3
# gen-link-blind25.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 17: the lead runs it once).  Python stdlib only,
# deterministic for a seed.  Writes OUTDIR/customers.json, names.tsv (typed
# TAB true id or "" TAB kind TAB machine), sessions.jsonl and
# sessions-machine.jsonl through screenconnect_record.py, as
# gen-link-blind14.py does.
#
# The MSP: the Arabic- and Persian-speaking Middle East and North Africa -
# one Syncro account, one ScreenConnect, desks in Cairo (Egypt), Amman
# (Jordan, Palestine), Beirut (Lebanon), Casablanca/Tunis (Morocco,
# Algeria, Tunisia) and Tehran (Iran, and Persian-speaking firms in
# Dubai).  Customers: clinics and medical centres, dental practices,
# pharmacies, law offices, notaries, accounting and audit firms, schools
# and institutes, NGOs and associations, mosques and parishes,
# municipalities, hotels, restaurants and cafes, traders and importers,
# factories, builders, transport companies, franchisees of a few chains.
# Customer ids from 35000001.
#
# Where each habit comes from (public sources, known rather than searched):
# - Legal forms: Egypt's Companies Law 159/1981 (S.A.E., sharikat
#   musahama misriya, sh.m.m.; L.L.C., sh.dh.m.m.); Jordan's Companies Law
#   22/1997 (P.L.C., L.L.C., general partnership "& Partners"); Lebanon's
#   Code of Commerce and decree-laws 45 and 46 of 1983 (S.A.L., S.A.R.L.,
#   Holding S.A.L., Offshore S.A.L.); Morocco's laws 17-95 and 5-96 (SA,
#   SARL, SARL AU); Tunisia's Code des societes commerciales (SARL, SUARL,
#   SA); Algeria's Code de commerce (SARL, EURL, SPA); Iran's Commercial
#   Code of 1932 (sherkat-e sahami-ye khas, P.J.S.; ba mas'uliyat-e
#   mahdud, Ltd.); Dubai DED/free-zone registers (L.L.C., FZE).  Dropped,
#   dotted, undotted, lower case, as in any customer list.
# - Romanisation: Wikipedia "Romanization of Arabic" (ALA-LC, DIN 31635
#   and the popular spellings beside them: Mohamed/Mohammed/Muhammad,
#   Abdel/Abd el/Abdul), "Arabic definite article" and "Sun and moon
#   letters" (al-/el-/ul-, An-Nour, Ennour), French-based transcription in
#   the Maghreb and Lebanon (ou for u, ch for sh, dj for j: Chaabane,
#   Youssef, Djamel), the Arabic-Christian Youssef/Joseph pair in Lebanon;
#   Persian: Wikipedia "Romanization of Persian" and "Ezafe" (Sherkat-e,
#   -ye after a vowel), "Finglish" (informal Latin Persian).
# - Keyboards: the Unicode Standard ch. 9 (Arabic: tatweel U+0640 as
#   display stretching, tashkeel as optional marks, ZWNJ U+200C in Persian
#   words such as mi-khaham), the ISIRI 9147 Persian layout and Windows'
#   Arabic layout (Persian yeh U+06CC and keheh U+06A9 against Arabic yeh
#   U+064A and kaf U+0643: text typed on one keyboard and searched from the
#   other - a well-known search and database problem in Iran and the Gulf),
#   teh marbuta typed as heh, hamza seats dropped in informal Arabic
#   typing; Wikipedia "Eastern Arabic numerals" (U+0660.. in Arabic,
#   U+06F0.. in Persian, both in house and branch numbers).
# - Impostors: very common given names and surnames (Mohamed, Ahmed,
#   Hassan, Ali, Hosseini, Benali; Forebears.io surname tables), shared
#   rare words, franchisees of one chain in another city, namesakes in
#   another city with their own owner, vendors and telcos a technician
#   types for a call (TE Data, Ooredoo, Maroc Telecom, Irancell), the
#   MSP's own staff, prospects and personal devices.
# Kinds: real rows by REAL's weights, impostors (one name in four) by
# IMP's; a kind is drawn first, then customers until one gives a row of it
# that the audit does not doubt.  Rows of 5,000 customers / 2,000 names /
# seed 1: romanisation 173, latin only 152, script only 124, article 111,
# legal form 109, keyboard ar/fa 93, exact 90, typo 78, hamza dropped 69,
# french/english 59, caps 59, truncated 52, branch 51, reorder 46, zwnj
# 43, tatweel/tashkeel 40, both scripts 38, person 35, ezafe 35, native
# digits 24; impostors (519): common name 92, same shape 79, namesake 79,
# rare word 66, vendor 52, personal 46, franchise 46, prospect 32, staff
# 27.  label-audit.py there: 0 doubtful of 2,000.
#
# Labels (session 16): a real row is a name a technician would type for
# that customer; an impostor is one a careful person would not bill to any
# listed customer.  Rows are drawn again when label-audit.py doubts them
# (all seven rules), when an impostor is a customer's name with two
# letters swapped, or when, read through this region's folding (Arabic/
# Persian keyboard letters, articles, vowels and romanisation variants),
# an impostor is a customer's name, or one script's half of it, or that
# less its owner's name, its town or its legal form, or holds all of one
# of those but two words ("Quote - NAME", "NAME - TOWN branch").
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import screenconnect_record as scr  # noqa: E402

la = scr.label_audit()
# Read Arabic and Persian as the audit does on this list (its Audit turns
# this on for a list like ours; the generator's own checks need it first).
la.cyr_fold.update(la.ARA)
AR_DIGITS = "٠١٢٣٤٥٦٧٨٩"
FA_DIGITS = "۰۱۲۳۴۵۶۷۸۹"

# Countries: code, desk, script (ar/fa), Latin style, towns (Latin,
# native, state or governorate, zip of n digits).
COUNTRIES = {
	"EG": ("CAI", "ar", "en", [("Cairo", "القاهرة", "Cairo", 5),
		("Giza", "الجيزة", "Giza", 5), ("Alexandria", "الإسكندرية",
		"Alexandria", 5), ("Mansoura", "المنصورة", "Dakahlia", 5),
		("Tanta", "طنطا", "Gharbia", 5), ("Zagazig", "الزقازيق",
		"Sharqia", 5), ("Assiut", "أسيوط", "Assiut", 5), ("Heliopolis",
		"مصر الجديدة", "Cairo", 5), ("Nasr City", "مدينة نصر", "Cairo", 5),
		("Maadi", "المعادي", "Cairo", 5), ("6th of October",
		"السادس من أكتوبر", "Giza", 5), ("Ismailia", "الإسماعيلية",
		"Ismailia", 5), ("Port Said", "بورسعيد", "Port Said", 5),
		("Hurghada", "الغردقة", "Red Sea", 5)]),
	"JO": ("AMM", "ar", "en", [("Amman", "عمّان", "Amman", 5),
		("Zarqa", "الزرقاء", "Zarqa", 5), ("Irbid", "إربد", "Irbid", 5),
		("Aqaba", "العقبة", "Aqaba", 5), ("Salt", "السلط", "Balqa", 5),
		("Madaba", "مادبا", "Madaba", 5)]),
	"PS": ("AMM", "ar", "en", [("Ramallah", "رام الله", "Ramallah", 0),
		("Nablus", "نابلس", "Nablus", 0), ("Hebron", "الخليل", "Hebron", 0),
		("Bethlehem", "بيت لحم", "Bethlehem", 0), ("Jenin", "جنين",
		"Jenin", 0)]),
	"LB": ("BEY", "ar", "lb", [("Beirut", "بيروت", "Beirut", 4),
		("Jounieh", "جونية", "Keserwan", 4), ("Tripoli", "طرابلس",
		"North", 4), ("Saida", "صيدا", "South", 4), ("Zahle", "زحلة",
		"Bekaa", 4), ("Jbeil", "جبيل", "Keserwan-Jbeil", 4), ("Tyre",
		"صور", "South", 4), ("Baabda", "بعبدا", "Mount Lebanon", 4),
		("Achrafieh", "الأشرفية", "Beirut", 4)]),
	"MA": ("CAS", "ar", "fr", [("Casablanca", "الدار البيضاء",
		"Casablanca-Settat", 5), ("Rabat", "الرباط", "Rabat-Salé-Kénitra",
		5), ("Marrakech", "مراكش", "Marrakech-Safi", 5), ("Fès", "فاس",
		"Fès-Meknès", 5), ("Tanger", "طنجة", "Tanger-Tétouan-Al Hoceïma",
		5), ("Agadir", "أكادير", "Souss-Massa", 5), ("Meknès", "مكناس",
		"Fès-Meknès", 5), ("Oujda", "وجدة", "Oriental", 5), ("Kénitra",
		"القنيطرة", "Rabat-Salé-Kénitra", 5)]),
	"DZ": ("TUN", "ar", "fr", [("Alger", "الجزائر", "Alger", 5), ("Oran",
		"وهران", "Oran", 5), ("Constantine", "قسنطينة", "Constantine", 5),
		("Annaba", "عنابة", "Annaba", 5), ("Sétif", "سطيف", "Sétif", 5),
		("Blida", "البليدة", "Blida", 5), ("Tizi Ouzou", "تيزي وزو",
		"Tizi Ouzou", 5)]),
	"TN": ("TUN", "ar", "fr", [("Tunis", "تونس", "Tunis", 4), ("Sfax",
		"صفاقس", "Sfax", 4), ("Sousse", "سوسة", "Sousse", 4), ("Ariana",
		"أريانة", "Ariana", 4), ("Nabeul", "نابل", "Nabeul", 4), ("Bizerte",
		"بنزرت", "Bizerte", 4), ("Monastir", "المنستير", "Monastir", 4)]),
	"IR": ("THR", "fa", "fa", [("Tehran", "تهران", "Tehran", 10),
		("Mashhad", "مشهد", "Razavi Khorasan", 10), ("Isfahan", "اصفهان",
		"Isfahan", 10), ("Shiraz", "شیراز", "Fars", 10), ("Tabriz",
		"تبریز", "East Azerbaijan", 10), ("Karaj", "کرج", "Alborz", 10),
		("Qom", "قم", "Qom", 10), ("Ahvaz", "اهواز", "Khuzestan", 10),
		("Rasht", "رشت", "Gilan", 10), ("Kerman", "کرمان", "Kerman", 10)]),
	"AE": ("THR", "fa", "ae", [("Dubai", "دبی", "Dubai", 0), ("Deira",
		"دیره", "Dubai", 0), ("Sharjah", "شارجه", "Sharjah", 0)]),
}
# Districts a name carries when the region holds its twin (Latin, native).
DISTRICTS = {
	"EG": [("Dokki", "الدقي"), ("Mohandessin", "المهندسين"), ("Zamalek",
		"الزمالك"), ("Shubra", "شبرا"), ("Abbassia", "العباسية"), ("Haram",
		"الهرم"), ("Rehab", "الرحاب"), ("Tagamoa", "التجمع"), ("Smouha",
		"سموحة"), ("Sidi Gaber", "سيدي جابر"), ("Faisal", "فيصل")],
	"JO": [("Jabal Amman", "جبل عمان"), ("Abdoun", "عبدون"), ("Sweifieh",
		"الصويفية"), ("Khalda", "خلدا"), ("Shmeisani", "الشميساني"),
		("Marka", "ماركا")],
	"PS": [("Al-Bireh", "البيرة"), ("Al-Masyoun", "الماصيون"), ("Rafidia",
		"رفيديا"), ("Beit Sahour", "بيت ساحور")],
	"LB": [("Hamra", "الحمرا"), ("Verdun", "فردان"), ("Mar Mikhael",
		"مار مخايل"), ("Gemmayze", "الجميزة"), ("Dbayeh", "ضبية"),
		("Kaslik", "الكسليك"), ("Dora", "الدورة")],
	"MA": [("Maarif", "المعاريف"), ("Gauthier", "غوتييه"), ("Hay Riad",
		"حي الرياض"), ("Agdal", "أكدال"), ("Guéliz", "جليز"),
		("Ain Sebaa", "عين السبع"), ("Hay Hassani", "الحي الحسني")],
	"DZ": [("Bab Ezzouar", "باب الزوار"), ("Hydra", "حيدرة"), ("El Biar",
		"الأبيار"), ("Kouba", "القبة"), ("Bir Mourad Raïs",
		"بئر مراد رايس")],
	"TN": [("Lac 2", "البحيرة 2"), ("El Menzah", "المنزه"), ("La Marsa",
		"المرسى"), ("Ennasr", "النصر"), ("Sahloul", "سهلول")],
	"IR": [("Saadat Abad", "سعادت‌آباد"), ("Vanak", "ونک"), ("Tajrish",
		"تجریش"), ("Pasdaran", "پاسداران"), ("Narmak", "نارمک"),
		("Sadeghiyeh", "صادقیه"), ("Chizar", "چیذر")],
	"AE": [("Al Karama", "کرامه"), ("Bur Dubai", "بر دبی"), ("Al Barsha",
		"البرشاء"), ("Jumeirah", "جمیرا")],
}
# The town of a district not in its country's first town.
DTOWN = {"Dokki": "Giza", "Mohandessin": "Giza", "Haram": "Giza",
	"Faisal": "Giza", "Smouha": "Alexandria", "Sidi Gaber": "Alexandria",
	"Al-Bireh": "Ramallah", "Al-Masyoun": "Ramallah", "Rafidia": "Nablus",
	"Beit Sahour": "Bethlehem", "Dbayeh": "Jounieh", "Kaslik": "Jounieh",
	"Agdal": "Rabat", "Hay Riad": "Rabat", "Guéliz": "Marrakech",
	"Sahloul": "Sousse", "Al Karama": "Dubai", "Bur Dubai": "Dubai",
	"Al Barsha": "Dubai", "Jumeirah": "Dubai"}
CSHARE = [("EG", 24), ("JO", 9), ("PS", 4), ("LB", 11), ("MA", 14),
	("DZ", 7), ("TN", 7), ("IR", 19), ("AE", 5)]

# Legal forms per country: (Latin spelling, native spelling or None,
# weight).  A Latin form is typed in several spellings (LEGAL_VAR).
LEGAL = {
	"EG": [("S.A.E.", "ش.م.م", 3), ("L.L.C.", "ش.ذ.م.م", 4), ("Co.", None,
		2), (None, None, 6)],
	"JO": [("L.L.C.", "ذ.م.م", 4), ("P.L.C.", "م.ع.م", 2), ("& Partners",
		None, 1), ("Co.", None, 2), (None, None, 5)],
	"PS": [("Co. Ltd.", None, 2), ("P.L.C.", None, 1), (None, None, 6)],
	"LB": [("S.A.L.", "ش.م.ل", 4), ("S.A.R.L.", "ش.م.م", 4),
		("Holding S.A.L.", None, 1), ("Offshore S.A.L.", None, 1),
		(None, None, 5)],
	"MA": [("SARL", None, 6), ("SARL AU", None, 3), ("SA", None, 2),
		(None, None, 5)],
	"DZ": [("SARL", None, 5), ("EURL", None, 3), ("SPA", None, 2),
		(None, None, 5)],
	"TN": [("SARL", None, 5), ("SUARL", None, 3), ("SA", None, 2),
		(None, None, 5)],
	"IR": [("P.J.S.", "سهامی خاص", 4), ("Ltd.", "با مسئولیت محدود", 3),
		("Co.", None, 2), (None, None, 5)],
	"AE": [("L.L.C.", None, 6), ("FZE", None, 2), (None, None, 2)],
}
LEGAL_VAR = {"S.A.E.": ["SAE", "S.A.E", "(S.A.E.)", "s.a.e."],
	"L.L.C.": ["LLC", "L.L.C", "llc", "Co. LLC"],
	"P.L.C.": ["PLC", "P.L.C", "plc"], "Co.": ["Co", "Company", "CO."],
	"S.A.L.": ["SAL", "s.a.l.", "S.A.L"], "S.A.R.L.": ["SARL", "s.a.r.l.",
	"Sarl"], "SARL": ["S.A.R.L.", "Sarl", "sarl"], "SARL AU": ["SARLAU",
	"S.A.R.L. AU", "sarl au", "SARL A.U."], "SA": ["S.A.", "sa"],
	"SUARL": ["S.U.A.R.L.", "suarl"], "EURL": ["E.U.R.L.", "eurl"],
	"SPA": ["S.P.A.", "Spa", "SpA"], "P.J.S.": ["PJS", "PJSC", "P.J.S"],
	"Ltd.": ["Ltd", "LTD", "Limited"], "Co. Ltd.": ["Co Ltd", "Co., Ltd."],
	"FZE": ["F.Z.E.", "Fze"], "Holding S.A.L.": ["Holding SAL"],
	"Offshore S.A.L.": ["Offshore SAL"], "& Partners": ["and Partners",
	"& Partner"]}

# Given names: (Arabic or Persian script, Latin spellings; the first is
# the common Egyptian/Levantine one).  MAGHREB and PERSIAN pick theirs.
GIVEN = [
	("محمد", ["Mohamed", "Mohammed", "Muhammad", "Mohammad", "Mohamad"]),
	("أحمد", ["Ahmed", "Ahmad"]), ("محمود", ["Mahmoud", "Mahmud"]),
	("يوسف", ["Youssef", "Yousef", "Yusuf", "Youcef"]),
	("حسن", ["Hassan", "Hasan"]), ("حسين", ["Hussein", "Hossein",
	"Husayn", "Houssein"]), ("علي", ["Ali", "Aly"]), ("عمر", ["Omar",
	"Omer", "Umar"]), ("خالد", ["Khaled", "Khalid", "Khaleed"]),
	("كريم", ["Karim", "Kareem"]), ("طارق", ["Tarek", "Tariq", "Tarik"]),
	("وليد", ["Walid", "Waleed"]), ("سمير", ["Samir", "Sameer"]),
	("رشيد", ["Rachid", "Rashid", "Rasheed"]), ("سعيد", ["Said", "Saeed",
	"Saïd"]), ("عبد القادر", ["Abdelkader", "Abdel Kader", "Abdulqader",
	"Abd el-Kader"]), ("عبد الله", ["Abdallah", "Abdullah", "Abdellah"]),
	("عبد الرحمن", ["Abderrahmane", "Abdel Rahman", "Abdulrahman",
	"Abd el-Rahman"]), ("مصطفى", ["Mostafa", "Mustafa", "Mustapha"]),
	("هشام", ["Hisham", "Hesham", "Hicham"]), ("شعبان", ["Shaaban",
	"Chaabane", "Chaaban"]), ("فاطمة", ["Fatma", "Fatima", "Fatemeh"]),
	("ليلى", ["Leila", "Layla", "Leyla"]), ("مريم", ["Mariam", "Maryam",
	"Meriem"]), ("نادية", ["Nadia", "Nadya"]), ("رانيا", ["Rania",
	"Ranya"]), ("جمال", ["Gamal", "Jamal", "Djamel"]), ("نبيل", ["Nabil",
	"Nabeel"]), ("إبراهيم", ["Ibrahim", "Ebrahim", "Brahim"]), ("عادل",
	["Adel", "Adil"]), ("فريد", ["Farid", "Fareed"]), ("منير", ["Mounir",
	"Munir"]), ("نور الدين", ["Noureddine", "Nour El Din", "Nuruddin"]),
	("سليم", ["Salim", "Selim", "Sleem"]), ("زينب", ["Zeinab", "Zainab",
	"Zineb"]), ("جورج", ["Georges", "George", "Gerges"]), ("إيلي",
	["Elie", "Elias", "Ilyas"]), ("جوزيف", ["Joseph", "Youssef"]),
]
FEMALE = {"Fatma", "Leila", "Mariam", "Nadia", "Rania", "Zeinab",
	"Parisa", "Zahra", "Narges", "Shirin"}
PERSIAN = [
	("محمد", ["Mohammad", "Mohamad", "Muhammad"]), ("رضا", ["Reza",
	"Rezza"]), ("مهدی", ["Mehdi", "Mahdi"]), ("امیر", ["Amir", "Ameer"]),
	("حمید", ["Hamid", "Hameed"]), ("سعید", ["Saeed", "Saeid", "Said"]),
	("فرهاد", ["Farhad", "Farhaad"]), ("داریوش", ["Dariush", "Daryoush",
	"Dariosh"]), ("پریسا", ["Parisa", "Parissa"]), ("زهرا", ["Zahra",
	"Zahraa"]), ("نرگس", ["Narges", "Narjes"]), ("شیرین", ["Shirin",
	"Shireen"]), ("علی", ["Ali"]), ("حسین", ["Hossein", "Hosein",
	"Hussein"]), ("مجید", ["Majid", "Madjid"]), ("بهروز", ["Behrouz",
	"Behrooz", "Behruz"]), ("کامران", ["Kamran", "Kamraan"]), ("یوسف",
	["Yousef", "Yusef", "Yousof"]),
]
FAMILY = [
	("بن علي", ["Benali", "Ben Ali", "Ben-Ali"], "fr"), ("بناني",
	["Bennani", "Benani"], "fr"), ("العلوي", ["El Alaoui", "Alaoui",
	"Elalaoui"], "fr"), ("الفاسي", ["El Fassi", "Fassi", "Al-Fassi"], "fr"),
	("الطرابلسي", ["Trabelsi", "Tarabulsi", "Trabelssi"], "fr"), ("بن صالح",
	["Ben Salah", "Bensalah", "Ben Saleh"], "fr"), ("بلقاسم", ["Belkacem",
	"Belgacem", "Belqasim"], "fr"), ("بوزيد", ["Bouzid", "Bou Zid",
	"Buzid"], "fr"), ("المنصوري", ["Mansouri", "El Mansouri",
	"Al-Mansouri"], "fr"), ("الغربي", ["Gharbi", "Ghorbi", "El Gharbi"],
	"fr"), ("شعبان", ["Chaabane", "Shaaban", "Chaaban"], "fr"),
	("التازي", ["Tazi", "Ettazi", "El Tazi"], "fr"), ("حداد", ["Haddad",
	"Hadad"], "lb"), ("الخوري", ["Khoury", "El Khoury", "Khouri"], "lb"),
	("شاهين", ["Chahine", "Shaheen", "Chahin"], "lb"), ("بو خليل",
	["Bou Khalil", "Boukhalil", "Abou Khalil"], "lb"), ("نصّار",
	["Nassar", "Nassar", "Nasar"], "lb"), ("الشامي", ["Chami", "Shami",
	"El Shami"], "lb"), ("سعد", ["Saad", "Saed"], "lb"), ("المصري",
	["El Masri", "Masri", "Al-Masri"], "en"), ("السيد", ["El Sayed",
	"Elsayed", "Al-Sayed"], "en"), ("عبد العزيز", ["Abdel Aziz",
	"Abdelaziz", "Abdul Aziz"], "en"), ("منصور", ["Mansour", "Mansur"],
	"en"), ("نصر", ["Nasr", "Nasser", "Nassr"], "en"), ("جابر",
	["Gaber", "Jaber", "Jabir"], "en"), ("قاسم", ["Kassem", "Qasem",
	"Qassem"], "en"), ("عودة", ["Odeh", "Ouda", "Awda"], "en"),
	("حجازي", ["Hegazy", "Hijazi", "Hejazi"], "en"), ("التميمي",
	["Al-Tamimi", "Tamimi", "El Tamimi"], "en"), ("الشريف", ["El Sherif",
	"Elsherif", "Al-Sharif"], "en"), ("عثمان", ["Osman", "Othman",
	"Outhmane"], "en"), ("حسن", ["Hassan", "Hasan"], "en"), ("علي",
	["Ali", "Aly"], "en"), ("أحمد", ["Ahmed", "Ahmad"], "en"),
	("حسینی", ["Hosseini", "Hoseini", "Husseini"], "fa"), ("محمدی",
	["Mohammadi", "Mohamadi"], "fa"), ("احمدی", ["Ahmadi", "Ahmady"],
	"fa"), ("رضایی", ["Rezaei", "Rezaee", "Rezayi"], "fa"), ("کریمی",
	["Karimi", "Karimy"], "fa"), ("تهرانی", ["Tehrani", "Tehraani"], "fa"),
	("فراهانی", ["Farahani", "Farahany"], "fa"), ("موسوی", ["Mousavi",
	"Musavi", "Moosavi"], "fa"), ("جعفری", ["Jafari", "Ja'fari",
	"Jaafari"], "fa"), ("قاسمی", ["Ghasemi", "Qasemi", "Ghassemi"], "fa"),
	("صادقی", ["Sadeghi", "Sadeqi"], "fa"), ("نوروزی", ["Nowruzi",
	"Nourouzi", "Norouzi"], "fa"), ("شریفی", ["Sharifi", "Sharify"], "fa"),
	("کاظمی", ["Kazemi", "Kazemy"], "fa"), ("زمانی", ["Zamani",
	"Zamaani"], "fa"),
]
# The very common names: an impostor sharing one proves nothing.
COMMON = ["Mohamed", "Ahmed", "Hassan", "Ali", "Hosseini", "Benali",
	"Mohammadi", "Ahmadi", "Mahmoud", "Youssef"]

# Brand cores: (Arabic or Persian, Latin stems, article): "sun" letter
# (the article assimilates: An-Nour, Ennour), "moon" (Al-Amal), None (no
# article: Persian brands, place names).
CORES = [
	("النور", ["Nour", "Noor", "Nur"], "n"), ("الأمل", ["Amal", "Amel"],
	"moon"), ("الشفاء", ["Shifa", "Chifa", "Shefa"], "sh"), ("السلام",
	["Salam", "Salaam", "Slam"], "s"), ("الحياة", ["Hayat", "Hayah",
	"Hayet"], "moon"), ("الرحمة", ["Rahma", "Rahmah", "Rahmeh"], "r"),
	("الحكمة", ["Hikma", "Hekma", "Hikmah"], "moon"), ("الأندلس",
	["Andalus", "Andalous", "Andalos"], "moon"), ("الزهراء", ["Zahraa",
	"Zahra", "Zahrae"], "z"), ("الياسمين", ["Yasmine", "Yasmin",
	"Jasmine"], "moon"), ("النخيل", ["Nakheel", "Nakhil", "Nakhile"], "n"),
	("الفجر", ["Fajr", "Fajer", "Fadjr"], "moon"), ("الهدى", ["Hoda",
	"Huda", "Houda"], "moon"), ("الروضة", ["Rawda", "Rawdah", "Rouda"],
	"r"), ("المنار", ["Manar", "Menar", "Manaar"], "moon"), ("الوفاء",
	["Wafa", "Wafaa", "Oufa"], "moon"), ("الجزيرة", ["Jazira", "Gezira",
	"Jazeera"], "moon"), ("الشرق", ["Sharq", "Chark", "Sharq"], "sh"),
	("النيل", ["Nil", "Neel", "Nile"], "n"), ("الصفا", ["Safa", "Safaa",
	"Saffa"], "s"), ("التقوى", ["Taqwa", "Takwa", "Taqoua"], "t"),
	("الكرامة", ["Karama", "Karamah", "Karameh"], "moon"), ("الاتحاد",
	["Ittihad", "Itihad", "Ettihad"], "moon"), ("الدواء", ["Dawaa",
	"Dawa", "Douaa"], "d"), ("البيان", ["Bayan", "Bayane", "Bayen"],
	"moon"), ("الفردوس", ["Firdaws", "Ferdaous", "Firdous"], "moon"),
	("الريان", ["Rayan", "Rayane", "Rayyan"], "r"), ("الإيمان", ["Iman",
	"Imane", "Eman"], "moon"), ("السعادة", ["Saada", "Saadah", "Sa'ada"],
	"s"), ("الوطنية", ["Wataniya", "Wataniyah", "Ouataniya"], "moon"),
	("الضياء", ["Diyaa", "Dia", "Dhiya"], "d"), ("الخليج", ["Khaleej",
	"Khalij", "Khalidj"], "moon"), ("القدس", ["Quds", "Qods", "Kuds"],
	"moon"), ("الأرز", ["Arz", "Arze", "Erz"], "moon"), ("الأطلس",
	["Atlas", "Atlass"], "moon"), ("الصحراء", ["Sahara", "Sahraa",
	"Sahra"], "s"), ("المستقبل", ["Moustakbal", "Mustaqbal",
	"Mostakbal"], "moon"), ("الريف", ["Rif", "Reef", "Riff"], "r"),
	("الشروق", ["Shorouk", "Chourouk", "Shurooq"], "sh"), ("الزيتونة",
	["Zitouna", "Zaytuna", "Zeitouna"], "z"), ("الثقة", ["Thiqa",
	"Theqa", "Tiqa"], "th"), ("النجاح", ["Najah", "Nagah", "Nejah"], "n"),
	("الأمانة", ["Amana", "Amanah", "Amane"], "moon"), ("البركة",
	["Baraka", "Barakah", "Baraca"], "moon"),
]
FA_CORES = [
	("پارس", ["Pars"]), ("آریا", ["Arya", "Aria"]), ("کیمیا", ["Kimia",
	"Kimiya"]), ("سینا", ["Sina"]), ("رازی", ["Razi", "Raazi"]), ("مهر",
	["Mehr"]), ("البرز", ["Alborz", "Alburz"]), ("دماوند", ["Damavand",
	"Damavand"]), ("کویر", ["Kavir"]), ("نیکان", ["Nikan", "Nikaan"]),
	("سپهر", ["Sepehr", "Sepehre"]), ("پارسیان", ["Parsian", "Parsiyan"]),
	("پویا", ["Pooya", "Pouya", "Puya"]), ("نوین", ["Novin", "Nowin"]),
	("کوثر", ["Kowsar", "Kosar", "Kausar"]), ("شفا", ["Shafa", "Shefa"]),
	("آرمان", ["Arman", "Armaan"]), ("فرزانگان", ["Farzanegan"]),
	("آفتاب", ["Aftab", "Aaftab"]), ("ستاره", ["Setareh", "Setare"]),
	("آسمان", ["Aseman", "Asman"]), ("بهار", ["Bahar", "Bahaar"]),
	("ایرانیان", ["Iranian", "Iraniyan"]), ("نیک\u200cآوران",
	["Nikavaran", "Nik Avaran"]), ("به\u200cسازان", ["Behsazan",
	"Beh Sazan"]), ("پاک\u200cنام", ["Paknam", "Pak Nam"]), ("گلستان", ["Golestan",
	"Gulistan"]), ("هامون", ["Hamoun", "Hamun"]), ("زاگرس", ["Zagros"]),
	("خلیج فارس", ["Khalij Fars", "Persian Gulf"]), ("تابان", ["Taban",
	"Tabaan"]), ("رویان", ["Royan", "Rooyan"]), ("ارغوان", ["Arghavan"]),
]
SAINTS = [("مار جرجس", ["Saint Georges", "Mar Gerges", "St. George"]),
	("مار الياس", ["Saint Elie", "Mar Elias", "St. Elias"]),
	("سيدة البشارة", ["Notre-Dame de l'Annonciation", "Our Lady of the"
	" Annunciation", "Saydet el Bechara"]), ("مار مارون", ["Saint Maroun",
	"Mar Maroun", "St. Maron"]), ("العذراء", ["Sainte Marie", "Al Adra",
	"Virgin Mary"])]

# Sectors: key, Arabic, Persian, French, English, Finglish (Persian in
# Latin letters), patterns (core: SECTOR CORE; person: SECTOR Dr./Me
# NAME; family: FAMILY SECTOR), person title (ar, fr/en, fa), weight.
SECTORS = [
	("pharmacy", "صيدلية", "داروخانه", "Pharmacie", "Pharmacy",
		"Darukhaneh", "core person", ("د.", "Dr", "دکتر"), 10),
	("clinic", "عيادة", "مطب", "Cabinet Médical", "Clinic", "Matab",
		"person", ("د.", "Dr", "دکتر"), 9),
	("medcentre", "مستوصف", "درمانگاه", "Centre Médical", "Medical Center",
		"Darmangah", "core", None, 6),
	("hospital", "مستشفى", "بیمارستان", "Clinique", "Hospital",
		"Bimarestan", "core", None, 3),
	("dental", "عيادة أسنان", "دندان\u200cپزشکی", "Cabinet Dentaire",
		"Dental Clinic", "Dandanpezeshki", "person core",
		("د.", "Dr", "دکتر"), 6),
	("law", "مكتب محاماة", "دفتر وکالت", "Cabinet d'Avocats", "Law Office",
		"Daftar-e Vekalat", "person family", ("الأستاذ", "Me", "وکیل"), 7),
	("notary", "مكتب توثيق", "دفتر اسناد رسمی", "Étude Notariale",
		"Notary Office", "Daftar-e Asnad-e Rasmi", "person",
		("الأستاذ", "Me", ""), 3),
	("audit", "مكتب محاسبة وتدقيق", "موسسه حسابرسی", "Cabinet Comptable",
		"Accounting & Audit", "Moasseseh Hesabrasi", "family core", None, 6),
	("school", "مدرسة", "مدرسه", "École", "School", "Madreseh", "core",
		None, 5),
	("institute", "معهد", "موسسه آموزشی", "Institut", "Institute",
		"Amoozeshgah", "core", None, 3),
	("ngo", "جمعية", "انجمن", "Association", "Association", "Anjoman",
		"core", None, 4),
	("mosque", "مسجد", "مسجد", "Mosquée", "Mosque", "Masjed", "core",
		None, 2),
	("town", "بلدية", "شهرداری", "Commune", "Municipality", "Shahrdari",
		"town", None, 2),
	("hotel", "فندق", "هتل", "Hôtel", "Hotel", "Hotel", "core", None, 5),
	("restaurant", "مطعم", "رستوران", "Restaurant", "Restaurant",
		"Restoran", "core", None, 5),
	("cafe", "مقهى", "کافه", "Café", "Cafe", "Kafeh", "core", None, 3),
	("trading", "للتجارة", "بازرگانی", "Import Export", "Trading",
		"Bazargani", "family core", None, 9),
	("factory", "مصنع", "تولیدی", "Industries", "Factory", "Tolidi",
		"family core", None, 5),
	("builders", "للمقاولات", "ساختمانی", "BTP", "Contracting",
		"Sakhtemani", "family core", None, 5),
	("transport", "للنقل", "حمل و نقل", "Transports", "Transport",
		"Haml-o Naql", "family core", None, 5),
]
# Chains with franchisees: the customer list holds some of them, each
# "CHAIN - TOWN"; impostors are the same chain in a town not listed.
CHAINS = [("سفرة", "Sufra Grill", "EG JO"), ("زعتر وزيت", "Zaatar w Zeit",
	"LB JO"), ("دار الزمان", "Dar Zaman Café", "MA TN"), ("کافه لمیز",
	"Lamiz Coffee", "IR AE"), ("فلافل الدار", "Falafel Eddar", "EG LB"),
	("بیتا", "Bita Pharmacy", "IR"), ("مزاج", "Mazaj Sweets", "EG JO PS")]

# The MSP's technicians per desk, and its own machine names.
TECHS = {"CAI": ["Ahmed Samir", "Mina Fawzy", "Nourhan Adel"],
	"AMM": ["Laith Haddad", "Rami Odeh"], "BEY": ["Elie Khoury",
	"Rita Saad"], "CAS": ["Yassine Tazi", "Salma Idrissi", "Karim Ouali"],
	"TUN": ["Amine Trabelsi", "Sofiane Belkacem"], "THR": ["Arash Karimi",
	"Negar Sadeghi", "Babak Jafari"]}
MSP = {"CAI": "NETRA-CAI", "AMM": "NETRA-AMM", "BEY": "NETRA-BEY",
	"CAS": "NETRA-CAS", "TUN": "NETRA-TUN", "THR": "NETRA-THR"}
# Machine roles as MSPs name them (Latin; Maghreb and Lebanon in French).
ROLES = {"en": ["RECEPTION", "ACCOUNTS", "MANAGER", "DR", "LAB", "PHARM",
	"SRV", "POS", "SALES", "OFFICE", "XRAY", "ADMIN"],
	"fr": ["ACCUEIL", "COMPTA", "CAISSE", "DIRECTION", "SECRETARIAT",
	"SRV", "LABO", "BUREAU", "PHARMA", "DR"],
	"fa": ["PAZIRESH", "MOHASEBAT", "MODIR", "SRV", "DR", "ANBAR",
	"FOROOSH", "KARSHENAS", "DABIRKHANE"]}
SHARED_ROLES = ["RECEPTION", "ACCUEIL", "CAISSE", "PAZIRESH", "SRV",
	"ADMIN-PC"]

VENDORS = ["TE Data", "Vodafone Egypt", "Orange Jordan", "Zain", "Ooredoo",
	"Touch", "Alfa", "Ogero", "Maroc Telecom", "inwi", "Djezzy",
	"Algérie Télécom", "Tunisie Telecom", "Irancell", "MCI Hamrah-e Aval",
	"Shatel", "Pars Online", "du", "Etisalat", "Microsoft 365 support",
	"HP Support", "Dell", "Kaspersky", "Sage", "Odoo", "SAP Business One",
	"Fortinet", "Synology", "Hikvision DVR"]
PROSPECT = ["Quote", "Devis", "Offer", "عرض سعر", "پیش فاکتور",
	"Demo", "Trial"]
PERSONAL = ["home", "laptop", "PC perso", "البيت", "خانه", "personal",
	"mobile"]


class G:
	pass


def wchoice(rng, items):
	tot = sum(w for _, w in items)
	x = rng.random() * tot
	for it, w in items:
		x -= w
		if x < 0:
			return it
	return items[-1][0]


def pick_legal(rng, cc):
	return wchoice(rng, [((a, b), w) for a, b, w in LEGAL[cc]])


def article(rng, stems, kind, style, idx=None):
	"""A core in Latin: Al-Nour, El Nour, Ennour, An-Nour, Nour."""
	s = stems[0] if idx is None else stems[idx]
	if kind is None:
		return s
	sun = kind not in ("moon",)
	forms = {"en": ["El {S}", "El-{S}", "Al {S}"], "lb": ["Al {S}",
		"Al-{S}", "El {S}"], "fr": ["El {S}", "Al {S}"],
		"ae": ["Al {S}"], "fa": ["Al {S}"]}[style]
	if sun:
		forms = forms + {"en": ["{A}-{S}"], "lb": ["{A}-{S}"],
			"fr": ["E{s}", "{A}-{S}"], "ae": [], "fa": []}[style]
	f = rng.choice(forms)
	return fill(f, s, kind)


def fill(f, s, kind):
	c = s[0].lower()
	if kind not in (None, "moon"):
		c = kind if s.lower().startswith(kind) else s[0].lower()
	return f.replace("{S}", s).replace("{A}", "A" + c).replace("{s}",
		c + s.lower() if c == s[0].lower() else c + s.lower())


def all_articles(stem, kind):
	"""Every Latin spelling of a core with its article (noise)."""
	if kind is None:
		return [stem]
	out = ["Al {S}", "Al-{S}", "Al{s}", "El {S}", "El-{S}", "El{s}",
		"{S}"]
	if kind != "moon":
		out += ["{A}-{S}", "E{s}", "A{s}"]
	res = []
	for f in out:
		if "{s}" in f and f.startswith(("Al", "El")):
			res.append(f.replace("{s}", stem.lower()))
		else:
			res.append(fill(f, stem, kind))
	return res


def native_digits(s, script):
	d = AR_DIGITS if script == "ar" else FA_DIGITS
	return re.sub("[0-9]", lambda m: d[int(m.group())], s)


def person(rng, cc):
	"""(given native, given Latin list, family native, family Latin list)."""
	if cc in ("IR", "AE"):
		gn = rng.choice(PERSIAN)
		fam = rng.choice([f for f in FAMILY if f[2] == "fa"])
	else:
		gn = rng.choice([x for x in GIVEN if x[1][0] != "Joseph"] +
			([GIVEN[-1]] if cc == "LB" else []))
		st = {"MA": "fr", "DZ": "fr", "TN": "fr", "LB": "lb"}.get(cc, "en")
		pool = [f for f in FAMILY if f[2] == st]
		if rng.random() < 0.3:
			pool = [f for f in FAMILY if f[2] != "fa"]
		fam = rng.choice(pool)
	return gn, fam


def latin_pref(cc, variants):
	"""The spelling a country's registry would carry."""
	if cc in ("MA", "DZ", "TN"):
		for v in variants:
			if re.search("ou|ch|dj|ss|cem|ne$|ane|^El |^Ben", v):
				return v
	if cc in ("IR", "AE"):
		for v in variants:
			if v in ("Mohammad", "Hossein") or "ey" in v:
				return v
	return variants[0]


def make_customer(rng, g, cc):
	desk, script, style, towns = COUNTRIES[cc]
	town = rng.choice(towns)
	sec = wchoice(rng, [(s, s[-1]) for s in SECTORS])
	key, s_ar, s_fa, s_fr, s_en, s_fi, pats, title, _ = sec
	pat = rng.choice(pats.split())
	native_sec = s_fa if script == "fa" else s_ar
	c = {"cc": cc, "desk": desk, "script": script, "style": style,
		"town": town, "sector": key, "owner": None, "core": None}
	gn, fam = person(rng, cc)
	gl = latin_pref(cc, gn[1])
	fl = latin_pref(cc, fam[1])
	c["contact"] = (gn, fam, gl, fl)
	if style in ("fr",) or (style == "lb" and rng.random() < 0.5):
		lsec = s_fr
	elif style == "fa" and rng.random() < 0.5:
		lsec = s_fi
	else:
		lsec = s_en
	c["lsec"] = lsec
	if key == "mosque" and script == "ar" and rng.random() < 0.3:
		pat = "core"
	if key == "ngo" and style == "lb" and rng.random() < 0.3:
		pat = "saint"
	if pat == "town":
		lat_core, nat_core = town[0], town[1]
		c["core"] = ("town", town[0])
		lat = "%s %s %s" % (lsec, "de" if lsec == "Commune" else "of",
			town[0]) if style != "fa" else "%s-e %s" % (lsec, town[0])
		if lsec == "Municipality":
			lat = "%s Municipality" % town[0]
		nat = "%s %s" % (native_sec, town[1])
	elif pat == "saint":
		sn = rng.choice(SAINTS)
		c["core"] = ("saint", sn)
		lat = "Paroisse %s" % sn[1][0] if rng.random() < 0.5 else \
			"%s Parish" % sn[1][1]
		nat = "رعية %s" % sn[0]
	elif pat == "person":
		t_ar, t_lat, t_fa = title
		c["owner"] = (gn, fam, gl, fl)
		if script == "fa":
			lat = "%s %s %s" % (lsec, "Dr." if t_lat == "Dr" else "",
				fl) if style == "fa" else "Dr. %s %s %s" % (gl, fl, lsec)
			lat = " ".join(lat.split())
			nat = " ".join(("%s %s %s %s" % (native_sec, t_fa, gn[0],
				fam[0])).split())
		elif style == "fr" or lsec == s_fr:
			lat = "%s %s %s %s" % (lsec, t_lat, gl, fl)
			nat = "%s %s %s %s" % (native_sec, t_ar, gn[0], fam[0])
		else:
			tl = {"Me": "Adv." if key == "law" else ""}.get(t_lat,
				t_lat + ".")
			lat = "%s %s %s %s" % (tl, gl, fl, lsec)
			nat = "%s %s %s %s" % (native_sec, t_ar, gn[0], fam[0])
	elif pat == "family":
		c["owner"] = (None, fam, None, fl)
		if script == "fa":
			lat = "%s %s" % (fl, s_en if style == "ae" else lsec)
			if lsec == s_fi:	# Finglish: the ezafe before the owner
				lat = "%s-%s %s" % (lsec, "ye" if lsec[-1] in "aeiou"
					else "e", fl)
			nat = "%s %s" % (native_sec, fam[0])
		elif lsec == s_fr:
			lat = "%s %s" % (lsec, fl) if rng.random() < 0.5 or key not in \
				("trading", "factory", "builders", "transport") else \
				"%s %s" % (fl, lsec)
			nat = "%s %s" % (native_sec, fam[0])
		else:
			lat = "%s %s" % (fl, lsec)
			if rng.random() < 0.3:
				lat = "%s & Sons %s" % (fl, lsec)
			nat = "%s %s" % (fam[0], native_sec) if key in ("trading",
				"builders", "transport") else "%s %s" % (native_sec, fam[0])
	else:
		if script == "fa":
			core = rng.choice(FA_CORES)
			c["core"] = ("fa", core)
			if rng.random() < 0.4:
				core2 = rng.choice(FA_CORES)
				if core2 != core:
					c["core2"] = core2
			stems = core[1]
			cl = stems[0] + (" " + c["core2"][1][0] if "core2" in c else "")
			cn = core[0] + (" " + c["core2"][0] if "core2" in c else "")
			if style == "fa" and lsec == s_fi:
				ez = "-ye" if lsec[-1] in "aeiou" else "-e"
				lat = "%s%s %s" % (lsec, ez, cl)
				c["ezafe"] = (lsec, cl)
			else:
				lat = "%s %s" % (cl, s_en)
			nat = "%s %s" % (native_sec, cn)
		else:
			core = rng.choice(CORES)
			c["core"] = ("ar", core)
			cl = article(rng, core[1], core[2], style)
			c["core_lat"] = cl
			if lsec == s_fr:
				lat = "%s %s" % (lsec, cl)
			else:
				lat = "%s %s" % (cl, lsec)
			nat = "%s %s" % (native_sec, core[0])
			if key in ("trading", "builders", "transport"):
				nat = "%s %s" % (core[0], native_sec)	# "li-": after
	# Two of a name in a region: the second carries its town.
	if rng.random() < 0.08:
		lat, nat = "%s %s" % (lat, town[0]), "%s %s" % (nat, town[1])
		c["named_town"] = True
	if rng.random() < 0.12 and key in ("pharmacy", "restaurant", "cafe",
			"school", "medcentre", "trading"):
		n = rng.randint(1, 9)
		lat, nat = "%s %d" % (lat, n), "%s %s" % (nat, native_digits(str(n),
			script))
		c["branchno"] = n
	lg = pick_legal(rng, cc)
	if key in ("mosque", "ngo", "town") or pat == "saint":
		lg = (None, None)	# not companies
	c["legal"] = lg
	c["lat"], c["nat"] = " ".join(lat.split()), " ".join(nat.split())
	lay = rng.random()
	c["layout"] = "lat" if lay < 0.5 else "both" if lay < 0.72 else \
		"natfirst" if lay < 0.84 else "nat"
	c["name"] = " ".join(rebuild(c).split())
	return c


def chain_customer(rng, g, ch):
	nat, lat, ccs = ch
	cc = rng.choice(ccs.split())
	c = make_customer(rng, g, cc)
	town = c["town"]
	c["chain"] = ch
	c["sector"] = "chain"
	c["owner"] = None
	c["core"] = ("chain", lat)
	lg = c["legal"]
	c["lat"] = "%s %s" % (lat, town[0])
	c["nat"] = "%s %s" % (nat, town[1])
	c["name"] = "%s - %s%s" % (lat, town[0], (" " + lg[0]) if lg[0] else "")
	c["layout"] = "lat"
	c["named_town"] = True
	return c


SECTOR_WORDS = {w.lower() for s in SECTORS for x in s[3:6] for w in
	re.sub("[^A-Za-z ]", " ", unicodedata.normalize("NFKD", x)).split()} | \
	{"al", "el", "the", "and", "dr", "adv", "sons", "avocats", "import",
	"export", "partners", "daftar", "vekalat", "darukhaneh", "sherkat"}


def rand_pc(rng, kind="DESKTOP"):
	return "%s-%s" % (kind, "".join(rng.choice(
		"ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7)))


def prefix_of(c):
	"""The short customer prefix MSPs put on a machine: NOUR, PARS, HADDAD."""
	ws = [w for w in re.sub("[^A-Za-z ]", " ", strip_acc(c["lat"])).split()
		if len(w) > 2 and w.lower() not in SECTOR_WORDS]
	p = (ws[0] if ws else "CUST")[:6].upper()
	return p


def strip_acc(s):
	s = unicodedata.normalize("NFKD", s)
	return "".join(ch for ch in s if not unicodedata.combining(ch))


def assets(rng, c, ids):
	style = "fa" if c["script"] == "fa" else ("fr" if c["style"] in ("fr",
		"lb") else "en")
	roles = ROLES[style]
	p = prefix_of(c)
	town = strip_acc(c["town"][0]).upper()[:3]
	out, used = [], set()
	for k in range(rng.randint(1, 5)):
		r = rng.random()
		if r < 0.15:
			m = rand_pc(rng, rng.choice(["DESKTOP", "LAPTOP"]))
		elif r < 0.3:
			m = "%s-%s-%s%02d" % (p, town, rng.choice(roles), k + 1)
		elif r < 0.4:
			m = rng.choice(roles) + "-PC%d" % (k + 1)
		else:
			m = "%s-%s%02d" % (p, rng.choice(roles), k + 1)
		if m in used:
			continue
		used.add(m)
		out.append({"id": next(ids), "name": m})
	return out


def email_domain(c):
	w = re.sub("[^a-z]", "", strip_acc(c["lat"]).lower())[:14] or "mail"
	tld = {"EG": "com.eg", "JO": "jo", "PS": "ps", "LB": "com.lb",
		"MA": "ma", "DZ": "dz", "TN": "tn", "IR": "ir", "AE": "ae"}[c["cc"]]
	return "%s.%s" % (w, tld)


def contacts(rng, g, c, ids):
	out = []
	dom = email_domain(c)
	firsts = [c["contact"]]
	for _ in range(rng.randint(0, 2)):
		gn, fam = person(rng, c["cc"])
		fl = latin_pref(c["cc"], fam[1])
		if c["cc"] in ("EG", "JO", "PS") and rng.random() < 0.6:
			# Egypt and the Levant: the father's name before the family's
			fa = rng.choice([x for x in GIVEN if x != gn and
				x[1][0] not in FEMALE])
			fl = "%s %s" % (latin_pref(c["cc"], fa[1]), fl)
		firsts.append((gn, fam, latin_pref(c["cc"], gn[1]), fl))
	seen = set()
	for gn, fam, gl, fl in firsts:
		if (gl, fl) in seen:
			continue
		seen.add((gl, fl))
		e = "%s.%s@%s" % (re.sub("[^a-z]", "", strip_acc(gl).lower()),
			re.sub("[^a-z]", "", strip_acc(fl).lower()), dom)
		if rng.random() < 0.2:
			e = "%s@gmail.com" % re.sub("[^a-z]", "", strip_acc(gl +
				fl).lower())
		out.append({"id": next(ids), "firstname": gl, "lastname": fl,
			"email": e})
	return out


STREETS = {"ar": ["Tahrir St", "Gamal Abdel Nasser St", "Al Horreya Rd",
	"Mecca St", "Hamra St", "Rue Verdun", "Bd Mohammed V", "Av. Hassan II",
	"Rue Didouche Mourad", "Av. Habib Bourguiba", "Rue de Marseille",
	"Salah Salem St", "King Abdullah II St", "Rainbow St"],
	"fa": ["Valiasr St", "Enghelab St", "Azadi St", "Shariati St",
	"Motahari St", "Keshavarz Blvd", "Sheikh Zayed Rd", "Al Rigga Rd"]}


def address(rng, c):
	town = c["town"]
	n = rng.randint(1, 240)
	st = rng.choice(STREETS[c["script"]])
	a = "%d %s" % (n, st)
	if rng.random() < 0.08:	# Arabic-Indic / Persian digits as typed
		a = "%s %s" % (native_digits(str(n), c["script"]), st)
	zip_ = "".join(str(rng.randint(0, 9)) for _ in range(town[3])) \
		if town[3] else None
	return {"address": a, "address_2": rng.choice([None, None,
		"Floor %d" % rng.randint(1, 9), "Bldg %d" % rng.randint(1, 30),
		"Office %d" % rng.randint(1, 400)]), "city": town[0],
		"state": town[2], "zip": zip_}


def population(rng, ncust):
	g = G()
	g.custs = []
	ids = iter(range(35000001, 35000001 + 100 * ncust + 1000))
	aids = iter(range(3600001, 3600001 + 100 * ncust + 1000))
	seen = set()
	nchain = max(3, min(ncust // 150, 60))	# ~176 chain-town pairs
	while len(g.custs) < ncust:
		if len(g.custs) < nchain:
			c = chain_customer(rng, g, rng.choice(CHAINS))
		else:
			c = make_customer(rng, g, wchoice(rng, CSHARE))
		if not unique(rng, c, seen):
			continue
		c["id"] = next(ids)
		c["syncro"] = address(rng, c)
		c["contacts"] = contacts(rng, g, c, aids)
		c["assets"] = assets(rng, c, aids)
		g.custs.append(c)
	return g


def wordset(c, s):
	"""s's words less c's town: what must differ from every other
	customer's, so that a name typed exactly is no other's (two customers
	of one name in one list would make every row of them ambiguous)."""
	t = set(la.words(c["town"][0]) + la.words(c["town"][1]))
	return frozenset(w for w in la.words(s) if w not in t)


def unique(rng, c, seen):
	"""Give c a district, then its owner's family name too, when its Latin
	or native words are another customer's; False when even that does not
	make it unique (a large list runs out of plain names, as real ones do:
	"Al Nour Pharmacy Dokki", "Al Nour Pharmacy Haddad")."""
	base = (c["lat"], c["nat"], c["town"])
	for attempt in range(4):
		ks = [wordset(c, c["lat"]), wordset(c, c["nat"])]
		if c.get("chain"):
			ks = [frozenset(la.words(c["name"]))]
		if not any(k in seen for k in ks) and all(ks):
			seen.update(ks)
			return True
		if attempt == 3 or c.get("chain") or c.get("named_town"):
			return False
		c["lat"], c["nat"], c["town"] = base
		d = rng.choice(DISTRICTS[c["cc"]])
		towns = COUNTRIES[c["cc"]][3]
		c["town"] = [t for t in towns if t[0] == DTOWN.get(d[0],
			towns[0][0])][0]
		lat, nat = "%s %s" % (c["lat"], d[0]), "%s %s" % (c["nat"], d[1])
		if attempt == 2 and not c.get("owner"):
			gn, fam, gl, fl = c["contact"]
			lat, nat = "%s %s" % (lat, fl), "%s %s" % (nat, fam[0])
			c["owner"] = (None, fam, None, fl)
		c["lat"], c["nat"] = lat, nat
		c["district"] = d
		c["name"] = rebuild(c)
	return False


def rebuild(c):
	lg = c["legal"]
	ll = (" " + lg[0]) if lg[0] else ""
	nl = (" " + lg[1]) if lg[1] else ""
	lay = c["layout"]
	if lay == "lat":
		return c["lat"] + ll
	if lay == "both":
		return "%s%s - %s" % (c["lat"], ll, c["nat"])
	if lay == "natfirst":
		return "%s%s (%s)" % (c["nat"], nl, c["lat"] + ll)
	return c["nat"] + nl


# ---- the region's folding (for the impostor checks) ----
ARTICLES = {"al", "el", "ul", "an", "ar", "as", "ash", "at", "ad", "az",
	"ez", "en", "es", "et", "er", "ed", "ath", "the", "e", "ye", "i"}


def wskel(w):
	"""One word as a consonant skeleton: articles (joined or split, with
	sun-letter assimilation) gone, vowels, h, w, y and doubled letters
	gone, ch/sh/c/q/k/g/j/dj folded."""
	if w in ARTICLES:
		return ""
	for a in ("al", "el", "ul"):
		if w.startswith(a) and len(w) > 4:
			w = w[2:]
			break
	else:
		if len(w) > 4 and w[0] in "ae" and w[1] == w[2] and \
				w[1] not in "aeiou":
			w = w[2:]
	w = w.replace("dj", "j").replace("ch", "sh").replace("ou", "u")
	w = re.sub("[qck]", "k", w)
	w = re.sub("[gj]", "j", w)
	w = re.sub("[aeiouyhw']", "", w)
	w = re.sub(r"(.)\1+", r"\1", w)
	return w


def skel(s):
	return tuple(x for x in (wskel(w) for w in la.words(s)) if x)


def parts(c):
	"""The names a technician bills to c, each as a skeleton word tuple:
	the whole name, each script's half, less owner, less town, less legal
	(la.words drops legal forms already)."""
	out = {skel(c["name"]), skel(c["lat"]), skel(c["nat"])}
	drop = set()
	if c.get("owner"):
		gn, fam, gl, fl = c["owner"]
		for x in ([fam[0]] + fam[1] + ([gn[0]] + gn[1] if gn else [])):
			drop.update(skel(x))
		drop.update(skel("Dr Me"))
	tdrop = set(skel(c["town"][0]) + skel(c["town"][1]))
	if c.get("chain"):	# a franchisee's town is its name
		tdrop = set()
	less = set()
	for base in (skel(c["name"]), skel(c["lat"]), skel(c["nat"])):
		for d in (drop, tdrop, drop | tdrop):
			if d:
				less.add(tuple(w for w in base if w not in d))
	# a name less its owner is the customer's only while a brand is left
	# ("Al Nour Pharmacy", not "Pharmacy")
	out.update(p for p in less if not set(p) <= SECTOR_SKEL)
	return [p for p in out if p]


def sector_skel():
	out = set()
	for s in SECTORS:
		for x in s[1:6]:
			out.update(skel(x))
		if s[7]:
			for x in s[7]:
				out.update(skel(x))
	return out


SECTOR_SKEL = set()


def index(g):
	SECTOR_SKEL.update(sector_skel())
	g.audit = la.Audit([(str(c["id"]), c["name"]) for c in g.custs])
	g.full, g.sub1 = {}, {}
	for i, c in enumerate(g.custs):
		for p in parts(c):
			s = frozenset(p)
			g.full.setdefault(s, set()).add(i)
			g.sub1.setdefault(s, set()).add(i)
			if len(s) > 1:
				for w in s:
					g.sub1.setdefault(s - {w}, set()).add(i)
	g.keys = {}
	for i, c in enumerate(g.custs):
		k = la.key(c["name"])
		g.keys.setdefault((len(k), "".join(sorted(k))), []).append(k)
	g.persons = {}
	for i, c in enumerate(g.custs):
		for p in c["contacts"]:
			g.persons.setdefault((p["firstname"], p["lastname"]),
				set()).add(i)
	g.by_chain = {}
	for i, c in enumerate(g.custs):
		if c.get("chain"):
			g.by_chain.setdefault(c["chain"], set()).add(c["town"][0])
	g.common_fam = {}
	for i, c in enumerate(g.custs):
		if c.get("owner"):
			g.common_fam.setdefault(c["owner"][3], []).append(i)


def swapped(g, typed):
	"""typed is a customer's normalised name with two neighbours swapped."""
	k = la.key(typed)
	for o in g.keys.get((len(k), "".join(sorted(k))), []):
		if o == k:
			return True
		d = [j for j in range(len(k)) if k[j] != o[j]]
		if len(d) == 2 and d[1] == d[0] + 1:
			return True
	return False


def folded_hit(g, typed):
	"""Through the region's folding, typed is one of a customer's names
	(or holds all of one but two words, or all but one of it)."""
	s = frozenset(skel(typed))
	if not s:
		return True
	if s in g.sub1:
		return True
	ws = sorted(s)
	for drop in range(1, min(2, len(ws) - 2) + 1):
		for sub in combos(ws, len(ws) - drop):
			if frozenset(sub) in g.full:
				return True
	return False


def combos(ws, n):
	if n == 0:
		yield ()
		return
	for i in range(len(ws) - n + 1):
		for rest in combos(ws[i + 1:], n - 1):
			yield (ws[i],) + rest


# ---- real-row noise ----
def legal_of(c, rng):
	lg = c["legal"][0]
	if not lg:
		return ""
	return rng.choice([lg] + LEGAL_VAR.get(lg, []))


def n_exact(rng, g, c):
	return c["name"]


def n_latin(rng, g, c):
	return c["lat"] + ((" " + legal_of(c, rng)) if rng.random() < 0.4
		else "")


def n_script(rng, g, c):
	lg = c["legal"][1] if rng.random() < 0.3 and c["legal"][1] else ""
	return c["nat"] + (" " + lg if lg else "")


def variants_of(word):
	for lst in VARIANT_LISTS:
		if word in lst:
			return [v for v in lst if v != word]
	return []


VARIANT_LISTS = [x[1] for x in GIVEN + PERSIAN] + \
	[x[1] for x in FAMILY] + [x[1] for x in FA_CORES]


def n_romanise(rng, g, c):
	"""Another spelling of a given name, family name or core."""
	s = c["lat"]
	cands = []
	for lst in VARIANT_LISTS:
		for v in lst:
			if re.search(r"(?<![A-Za-z])%s(?![A-Za-z])" % re.escape(v), s):
				others = [o for o in lst if o != v]
				if others:
					cands.append((v, others))
	if c["core"] and c["core"][0] == "ar":
		core = c["core"][1]
		cl = c["core_lat"]
		others = [a for st in core[1] for a in all_articles(st, core[2])
			if a != cl]
		cands.append((cl, others))
	if not cands:
		return None
	v, others = rng.choice(cands)
	return s.replace(v, rng.choice(others), 1)


def n_article(rng, g, c):
	if not c["core"] or c["core"][0] != "ar":
		return None
	core = c["core"][1]
	cl = c["core_lat"]
	st = [x for x in core[1] if x in cl] or [core[1][0]]
	others = [a for a in all_articles(st[0], core[2]) if a != cl]
	return c["lat"].replace(cl, rng.choice(others), 1)


KB_AR2FA = {"ي": "ی", "ك": "ک", "ى": "ی"}
KB_FA2AR = {"ی": "ي", "ک": "ك"}


def n_keyboard(rng, g, c):
	"""Arabic typed on a Persian keyboard or back; teh marbuta as heh."""
	s = c["nat"]
	if c["script"] == "ar":
		t = "".join(KB_AR2FA.get(ch, ch) for ch in s)
		if rng.random() < 0.5:
			t = t.replace("ة", "ه")
	else:
		t = "".join(KB_FA2AR.get(ch, ch) for ch in s)
	return t if t != s else None


def n_hamza(rng, g, c):
	s = c["nat"]
	t = re.sub("[أإآ]", "ا", s).replace("ؤ", "و").replace("ئ", "ي")
	if t == s:
		t = s.replace("ة", "ه")
	return t if t != s else None


def n_tatweel(rng, g, c):
	s = c["nat"]
	ws = s.split()
	i = rng.randrange(len(ws))
	w = ws[i]
	if rng.random() < 0.5 and len(w) > 2:
		j = rng.randint(1, len(w) - 1)
		w = w[:j] + "ـ" * rng.randint(1, 3) + w[j:]
	else:	# tashkeel: fatha, kasra, damma, shadda, sukun
		w = "".join(ch + (rng.choice("\u064e\u0650\u064f\u0651\u0652")
			if rng.random() < 0.3 and "\u0621" <= ch <= "\u064a" else "")
			for ch in w)
	ws[i] = w
	t = " ".join(ws)
	return t if t != s else None


def n_digits(rng, g, c):
	if c.get("branchno"):
		s = rng.choice([c["lat"], c["name"]])
		return native_digits(s, c["script"])
	return None


def n_zwnj(rng, g, c):
	"""Persian: ZWNJ typed where the name has a space-less join, dropped
	where it had one, or a plain space for it."""
	s = c["nat"]
	if c["script"] != "fa":
		return None
	if "\u200c" in s and rng.random() < 0.6:
		return s.replace("\u200c", rng.choice(["", " "]))
	ws = s.split()
	if len(ws) < 2 or not ws[0].endswith("ه"):
		return None
	# the ezafe after a silent heh: heh, ZWNJ, yeh - or without the ZWNJ
	return ws[0] + rng.choice(["\u200cی", "ی", " ی"]) + " " + \
		" ".join(ws[1:])


def n_ezafe(rng, g, c):
	if not c.get("ezafe"):
		if c["script"] == "fa" and c["core"] and c["core"][0] == "fa":
			return "Sherkat-e %s" % c["core"][1][1][0]
		return None
	lsec, cl = c["ezafe"]
	form = rng.choice(["{s}e {c}", "{s} e {c}", "{s}-i {c}", "{s} {c}",
		"{s}ye {c}", "{s}-ye {c}"])
	return form.replace("{s}", lsec).replace("{c}", cl)


def n_french(rng, g, c):
	"""The sector word in the other language a desk uses."""
	sec = [s for s in SECTORS if s[0] == c["sector"]]
	if not sec:
		return None
	_, s_ar, s_fa, s_fr, s_en, s_fi, *_ = sec[0]
	cur = c["lsec"]
	if cur not in c["lat"]:
		return None
	other = [x for x in (s_fr, s_en) if x != cur]
	if not other:
		return None
	rest = c["lat"].replace(cur, "").strip()
	o = other[0]
	if o == s_fr:
		return "%s %s" % (o, rest)
	return "%s %s" % (rest, o)


def n_legal(rng, g, c):
	lg = c["legal"]
	if not lg[0]:
		return None
	r = rng.random()
	if r < 0.4:
		return c["lat"]
	if r < 0.7 or not lg[1]:
		return c["lat"] + " " + rng.choice(LEGAL_VAR.get(lg[0], [lg[0]]))
	return c["nat"] + " " + lg[1]


def n_reorder(rng, g, c):
	ws = c["lat"].split()
	if len(ws) < 2:
		return None
	k = rng.randrange(1, len(ws))
	t = " ".join(ws[k:] + ws[:k])
	return t if t != c["lat"] else None


def n_truncated(rng, g, c):
	s = c["lat"] if rng.random() < 0.7 else c["name"]
	if len(s) < 14:
		return None
	return s[:rng.randint(max(10, len(s) * 6 // 10), len(s) - 2)].rstrip()


NEAR = "qwertyuiopasdfghjklzxcvbnm"


def n_typo(rng, g, c):
	s = c["lat"]
	idx = [i for i, ch in enumerate(s) if ch.isalpha()]
	if len(idx) < 6:
		return None
	i = rng.choice(idx[1:])
	r = rng.random()
	if r < 0.3:
		t = s[:i] + s[i + 1:]
	elif r < 0.6:
		t = s[:i] + s[i] + s[i:]
	elif r < 0.8 and i + 1 < len(s) and s[i + 1].isalpha():
		t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
	else:
		k = NEAR.find(s[i].lower())
		if k < 0:
			return None
		t = s[:i] + NEAR[(k + 1) % len(NEAR)] + s[i + 1:]
	return t if t != s else None


def n_caps(rng, g, c):
	s = c["lat"] + ((" " + legal_of(c, rng)) if rng.random() < 0.5
		else "")
	return s.upper() if rng.random() < 0.8 else s.lower()


def n_person(rng, g, c):
	if not c["contacts"]:
		return None
	p = rng.choice(c["contacts"])
	if len(g.persons.get((p["firstname"], p["lastname"]), ())) != 1:
		return None
	return "%s %s" % (p["firstname"], p["lastname"])


BRANCH = {"en": ["Branch", "branch 2", "- main"], "fr": ["succursale",
	"- agence", "annexe"], "fa": ["shobe", "- shobe 2"], "ar": ["فرع",
	"- الفرع الرئيسي"]}


def n_branch(rng, g, c):
	if rng.random() < 0.5:
		st = "fa" if c["script"] == "fa" else ("fr" if c["style"] in
			("fr", "lb") else "en")
		t = "" if c.get("named_town") else c["town"][0]
		return "%s %s %s" % (c["lat"], t, rng.choice(BRANCH[st]))
	if c["script"] == "ar":
		return "%s %s %s" % (c["nat"], rng.choice(BRANCH["ar"]),
			c["town"][1])
	return "%s - %s" % (c["nat"], c["town"][1])


def n_mixed(rng, g, c):
	"""The Latin half beside the native one, as a technician copies it."""
	return "%s %s" % (c["nat"], c["lat"]) if rng.random() < 0.5 else \
		"%s / %s" % (c["lat"], c["nat"])


REAL = [("exact", n_exact, 70), ("latin only", n_latin, 110),
	("script only", n_script, 80), ("romanisation", n_romanise, 130),
	("article", n_article, 70), ("keyboard ar/fa", n_keyboard, 60),
	("hamza dropped", n_hamza, 40), ("tatweel/tashkeel", n_tatweel, 30),
	("native digits", n_digits, 15), ("zwnj", n_zwnj, 30),
	("ezafe", n_ezafe, 25), ("french/english", n_french, 50),
	("legal form", n_legal, 70), ("reorder", n_reorder, 25),
	("truncated", n_truncated, 30), ("typo", n_typo, 50),
	("caps", n_caps, 40), ("person", n_person, 25),
	("branch", n_branch, 25), ("both scripts", n_mixed, 25)]


def clean_ok(t):
	return bool(t) and len(t.strip()) >= 3


def real_row(rng, g):
	"""A kind by its share, then customers until one gives a row of it."""
	tries = 0
	while True:
		if tries % 200 == 0:
			kind, fn = wchoice(rng, [((k, f), w) for k, f, w in REAL])
		tries += 1
		i = rng.randrange(len(g.custs))
		c = g.custs[i]
		t = fn(rng, g, c)
		if not clean_ok(t):
			continue
		t = " ".join(t.split())
		if g.audit.real(t, str(c["id"])):
			continue
		return (t, i, kind, c["desk"])


# ---- impostors ----
def fresh_core(rng, g, script):
	if script == "fa":
		return rng.choice(FA_CORES)
	return rng.choice(CORES)


def i_common(rng, g, c):
	"""A very common given or family name in another business."""
	name = rng.choice(COMMON)
	sec = rng.choice(SECTORS)
	if c["style"] in ("fr",):
		return "%s %s %s" % (sec[3], rng.choice(["Dr", "Me", ""]),
			name + " " + rng.choice([f[1][0] for f in FAMILY]))
	gn = rng.choice(GIVEN)[1][0]
	return "%s %s %s" % (gn, name, sec[4])


def i_rare(rng, g, c):
	"""A customer's rarest word in an unrelated name."""
	ws = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]{3,}", c["lat"])
		if re.split("[-']", w.lower())[0] not in SECTOR_WORDS and
		w not in COMMON]
	if not ws:
		return None
	w = rng.choice(ws)
	sec = rng.choice(SECTORS)
	other = rng.choice(["%s %s" % (w, sec[4]), "%s %s" % (sec[3], w),
		"%s %s %s" % (w, rng.choice(["Group", "Home", "Market", "Media",
		"Tech", "Travel", "Store", "Gallery"]), rng.choice(
		COUNTRIES[c["cc"]][3])[0])])
	return other


def i_chain(rng, g, c):
	ch = rng.choice(CHAINS)
	held = g.by_chain.get(ch, set())
	towns = [t for cc in ch[2].split() for t in COUNTRIES[cc][3]
		if t[0] not in held]
	if not towns:
		return None
	t = rng.choice(towns)
	return rng.choice(["%s %s", "%s - %s", "%s (%s)"]) % (ch[1], t[0]) \
		if rng.random() < 0.8 else "%s %s" % (ch[0], t[1])


def i_namesake(rng, g, c):
	"""Same sector and core, another owner and town: its own name."""
	if c["core"] and c["core"][0] == "ar":
		core = c["core"][1]
		gn, fam = person(rng, c["cc"])
		town = rng.choice(COUNTRIES[c["cc"]][3])
		cl = article(rng, core[1], core[2], c["style"])
		if c["lsec"] in [s[3] for s in SECTORS]:
			return "%s %s Dr %s %s" % (c["lsec"], cl, fam[1][0], town[0])
		return "%s %s %s %s" % (cl, c["lsec"], fam[1][0], town[0])
	if c.get("owner") and c["owner"][1]:
		fam = c["owner"][1]
		gn, _ = person(rng, c["cc"])
		sec = rng.choice(SECTORS)
		return "%s %s %s" % (latin_pref(c["cc"], gn[1]), fam[1][0], sec[4])
	return None


def i_vendor(rng, g, c):
	v = rng.choice(VENDORS)
	return rng.choice(["%s", "%s ticket", "%s - ticket", "%s line"]) % v


def i_personal(rng, g, c):
	gn, fam = person(rng, c["cc"])
	return "%s %s %s" % (latin_pref(c["cc"], gn[1]), rng.choice(
		[latin_pref(c["cc"], fam[1]), ""]), rng.choice(PERSONAL))


def i_staff(rng, g, c):
	t = rng.choice(TECHS[c["desk"]])
	return rng.choice(["%s", "%s test", "NETRA internal - %s"]) % t


def i_prospect(rng, g, c):
	sec = rng.choice(SECTORS)
	core = fresh_core(rng, g, c["script"])
	nm = "%s %s" % (core[1][0], sec[4])
	return "%s - %s" % (rng.choice(PROSPECT), nm)


def i_shape(rng, g, c):
	"""A name shaped like the list's, not in it."""
	sec = rng.choice(SECTORS)
	if c["script"] == "fa":
		core = rng.choice(FA_CORES)
		return rng.choice(["%s %s" % (sec[2], core[0]), "%s %s" % (
			core[1][0], sec[4])])
	core = rng.choice(CORES)
	cl = article(rng, core[1], core[2], c["style"])
	return rng.choice(["%s %s" % (sec[1], core[0]), "%s %s" % (cl,
		sec[4]), "%s %s" % (sec[3], cl)])


IMP = [("impostor: common name", i_common, 18),
	("impostor: rare word", i_rare, 14), ("impostor: franchise", i_chain,
	10), ("impostor: namesake", i_namesake, 14),
	("impostor: vendor", i_vendor, 10), ("impostor: personal", i_personal,
	8), ("impostor: staff", i_staff, 5), ("impostor: prospect", i_prospect,
	6), ("impostor: same shape", i_shape, 15)]


def impostor_ok(g, t):
	a = g.audit
	if a.impostor(t) or a.impostor_more(t) or a.joined(t):
		return False
	if swapped(g, t) or folded_hit(g, t):
		return False
	return True


def impostor_row(rng, g):
	tries = 0
	while True:
		if tries % 200 == 0:
			kind, fn = wchoice(rng, [((k, f), w) for k, f, w in IMP])
		tries += 1
		c = rng.choice(g.custs)
		t = fn(rng, g, c)
		if not clean_ok(t):
			continue
		t = " ".join(t.split())
		if not impostor_ok(g, t):
			continue
		return (t, None, kind, c["desk"])


def draw_rows(rng, g, n):
	rows = []
	for _ in range(n):
		if rng.random() < 0.25:
			rows.append(impostor_row(rng, g))
		else:
			rows.append(real_row(rng, g))
	return rows


def machine(rng, g, row):
	"""A real row: one of its customer's assets 80%, another customer's 4%,
	an unknown DESKTOP-/LAPTOP- name otherwise; impostors on unknown
	machines, a shared role name 15%, the MSP's own for its staff."""
	typed, i, kind, desk = row
	r = rng.random()
	if i is not None:
		a = g.custs[i]["assets"]
		if r < 0.8 and a:
			return rng.choice(a)["name"]
		if r < 0.84:
			o = rng.choice(g.custs)["assets"]
			if o:
				return rng.choice(o)["name"]
		return rand_pc(rng, rng.choice(["DESKTOP", "LAPTOP"]))
	if kind == "impostor: staff":
		return "%s-NB%02d" % (MSP[desk], rng.randint(1, 30))
	if r < 0.15:
		return rng.choice(SHARED_ROLES)
	return rand_pc(rng, rng.choice(["DESKTOP", "LAPTOP", "PC"]))


def main():
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random("blind25:" + seed)
	g = population(rng, ncust)
	index(g)
	rows = draw_rows(rng, g, nnames)
	for c in g.custs:
		for k in list(c):
			if k not in ("id", "name", "syncro", "contacts", "assets"):
				c.pop(k)
	scr.write_desk_set(rng, out, g.custs, rows,
		lambda row: machine(rng, g, row), TECHS,
		("blind25", seed, 1806000000, 1187, 80))


if __name__ == "__main__":
	main()
