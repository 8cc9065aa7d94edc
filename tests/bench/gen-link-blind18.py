#!/usr/bin/env python3
# gen-link-blind18.py NCUST NNAMES SEED OUTDIR - held-out link benchmark
# (session 14): one MSP in Southeast Asia, one Syncro account and one
# ScreenConnect, desks in Jakarta (JKT), Kuala Lumpur (KUL) and Ho Chi Minh
# City (SGN); customers in Indonesia, Malaysia, Vietnam, Cambodia, Brunei.
# Writes customers.json, names.tsv, sessions.jsonl, sessions-machine.jsonl
# as gen-link-blind14.py does (screenconnect_record.write_desk_set).
# Python 3 stdlib only, deterministic for a seed.  Customer ids 28000000+.
#
# Where the habits come from (public sources):
# - Legal forms.  Indonesia: UU 40/2007 on Perseroan Terbatas ("PT", a
#   listed one "PT ... Tbk"), the KUHD (Commercial Code) for CV (commanditaire
#   vennootschap) and Firma ("Fa."), UD (usaha dagang, a sole trader's
#   registration), UU 25/1992 (Koperasi), UU 16/2001 (Yayasan).  Malaysia:
#   Companies Act 2016 ("Sendirian Berhad"/"Sdn. Bhd.", "Berhad"/"Bhd."),
#   LLP Act 2012 ("PLT"), Registration of Businesses Act 1956 (sole
#   proprietors trading as "... Enterprise", "... Trading", "... Resources");
#   "S/B" and "SB" for Sdn Bhd are everyday shorthand on invoices.  Vietnam:
#   Law on Enterprises 59/2020/QH14 art. 38-41 (a name is the type word
#   "Công ty TNHH" / "Công ty cổ phần" (CTCP, in English JSC) / "Doanh
#   nghiệp tư nhân" (DNTN) + the proper name; a branch is "Chi nhánh" +
#   the company's name).  Cambodia: Law on Commercial Enterprises 2005
#   ("Co., Ltd.").  Brunei: Companies Act Cap. 39 ("Sdn Bhd").
# - Vietnamese typed without its IME: Telex (aa, ee, oo, aw, ow, uw, dd;
#   tones s f r x j added to the syllable) and VNI (digits 6 7 8 9 for the
#   shapes, 1-5 for the tones), as Wikipedia "Telex (input method)" and
#   "VNI" and Keyman's "Vietnamese Telex Keyboard Help" describe; with the
#   IME off the keys stay in the word ("Phuwowng Nam", "Vie65t").  Many
#   technicians drop the diacritics altogether (typing on a US layout).
# - Indonesian spelling: Van Ophuijsen (1901) oe, Republican/Soewandi
#   (1947) and EYD (1972) tj>c, dj>j, j>y, nj>ny, sj>sy, ch>kh, oe>u, and
#   the Republican "2" for a reduplicated word (Anak2); per Wikipedia
#   "Indonesian orthography", "Republican Spelling System" and
#   archontology.org's note that persons and firms keep the old spelling
#   (Soekarno, Djarum, Sampoerna).
# - Chinese surnames in Southeast Asia: one character, several
#   romanisations by dialect (Hokkien/Teochew Tan, Cantonese Chan, Hakka
#   Chin, Mandarin Chen; Lim/Lam/Lin/Liem; Ng/Wong/Huang/Oei), Wikipedia's
#   surname articles ("Chen (surname)", "Lin (surname)", "Huang (surname)")
#   and "Chinese Indonesian surname"; Wong is both 黄 and 王, so a shared
#   surname proves nothing.
# - Titles: Wikipedia "Malay styles and titles" (Tan Sri, Datuk, Dato',
#   Haji/Hj., Hajah/Hjh.), Indonesian "H." and "Hj." for hajji/hajjah and
#   academic suffixes (S.H., M.Kn. for a notary), Vietnamese kin terms
#   used as "Mr/Ms" (Anh, Chị, Ông, Bà), Indonesian Bapak/Pak, Ibu/Bu.
# - Abbreviations seen on signboards and in registries: Jln/Jl., Kg, Kab.,
#   Pemkab, KSP, RM (rumah makan), SJK(C), MP/MB + town (Majlis
#   Perbandaran/Bandaraya), UBND (Ủy ban nhân dân), Cty, TMDV, TPHCM/HCM/
#   Sài Gòn, Hà Nội/Hanoi, Q.1/Quận 1/District 1.
# - Machines: MSPs rename PCs PREFIX-ROLE## in the customer's language
#   (KASIR, GUDANG, KAUNTER, LETAN, KETOAN) and leave Windows' DESKTOP-
#   plus seven random characters on the rest.
# - MSP habits (my judgement of ticket and session lists, not a survey):
#   the contact's first name with Pak/Bu/Anh/Chi/Encik beside the firm,
#   the e-mail domain for the name, a site or district after it.
#
# Real rows (3 in 4), weights of REAL: legal form swapped, moved or
# dropped 11; branch/site/district/town after the name 6; abbreviation 6;
# two or three habits at once 6; Vietnamese diacritics dropped 7; exact 5;
# Indonesian old/new spelling 5; honorific or title changed 5; truncated
# 5; English trading name or translated trade word 4; Telex 4; typo 4;
# person + firm 3; acronym 3; connector (&/dan/and/va) 3; words joined or
# hyphenated 3; VNI 2; case 2; dialect surname 2; reorder 2; number
# written otherwise 2; a twin's town 2; two typos 1; e-mail domain 1 (a
# kind that does not fit the drawn customer is drawn again, so the counts
# lean to the kinds every name allows).  Impostors (1 in 4), weights of
# IMPOSTOR: a rare word of a customer in another trade 6; a common surname
# (Nguyen, Tan, Lim, Wijaya, Santoso...) 5; a customer's name in another
# trade and another city 5; a customer's pattern with a new name 5; a
# private person 3; the MSP's own staff 2; a vendor or bank 2; a prospect
# 1; another outlet of a franchise chain 1.
#
# Real rows and impostors are drawn by the kind tables
# REAL and IMPOSTOR below; a row that label-audit.py doubts (all seven
# rules: joined is an impostor that is a customer's name less its spaces
# or hyphens) is drawn again, and so is an impostor all of whose words
# one customer holds, one within an edit of a customer's name, or one
# holding all of a customer's words but its numbers (that customer's site).
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import screenconnect_record as scr  # noqa: E402

la = scr.label_audit()

COUNTRY = (("ID", 38), ("MY", 30), ("VN", 24), ("KH", 5), ("BN", 3))
DESK = {"ID": "JKT", "MY": "KUL", "BN": "KUL", "VN": "SGN", "KH": "SGN"}
TECHS = {"JKT": ["Andi Pratama", "Rina Kusumawati", "Yoga Saputra",
		"Fajar Nugroho", "Dewi Anggraini"],
	"KUL": ["Hafiz Rahman", "Jason Lim", "Kavitha Raman", "Wong Mei Ling",
		"Azlan Ismail"],
	"SGN": ["Nguyễn Minh Khoa", "Trần Thị Thu", "Lê Hoàng Phúc",
		"Phạm Quốc Bảo", "Sok Dara"]}
MSP = "Asiatek"
TOWNS = {
	"ID": [("Jakarta Selatan", ["Jaksel", "Jkt Selatan", "JKT"]),
		("Jakarta Pusat", ["Jakpus", "Jkt Pusat", "JKT"]),
		("Jakarta Barat", ["Jakbar", "Jkt Barat"]),
		("Jakarta Utara", ["Jakut"]), ("Jakarta Timur", ["Jaktim"]),
		("Surabaya", ["Sby", "Soerabaja", "SBY"]),
		("Bandung", ["Bdg", "BDG"]), ("Tangerang", ["Tng", "Tangerang"]),
		("Bekasi", ["Bks"])],
	"MY": [("Kuala Lumpur", ["KL"]), ("Petaling Jaya", ["PJ"]),
		("Shah Alam", ["S. Alam"]), ("George Town", ["Penang", "Pg"]),
		("Butterworth", ["B'worth", "Penang"]),
		("Johor Bahru", ["JB", "Johor Baru"]), ("Kuching", ["Kch"])],
	"VN": [("Thành phố Hồ Chí Minh", ["TPHCM", "TP.HCM", "HCM", "Sài Gòn",
			"Saigon", "HCMC"]),
		("Hà Nội", ["Hanoi", "HN", "Ha Noi"]),
		("Đà Nẵng", ["Danang", "DN", "Da Nang"])],
	"KH": [("Phnom Penh", ["PP", "PNH", "Phnompenh"])],
	"BN": [("Bandar Seri Begawan", ["BSB", "Bandar"])]}
TOWN_W = {"ID": [30, 20, 12, 8, 8, 18, 14, 6, 5], "MY": [30, 16, 8, 12, 5,
	14, 10], "VN": [60, 30, 12], "KH": [1], "BN": [1]}
SITES = {"ID": ["Kuningan", "Kemang", "Kelapa Gading", "Menteng", "Cikini",
		"Sudirman", "Dago", "Cihampelas", "Darmo", "Rungkut", "BSD",
		"Bintaro", "Margonda"],
	"MY": ["Bangsar", "Cheras", "Puchong", "Mont Kiara", "Damansara",
		"Bayan Lepas", "Skudai", "Tebrau", "Setapak", "Ampang"],
	"VN": ["Quận 1", "Quận 3", "Quận 7", "Bình Thạnh", "Tân Bình",
		"Thủ Đức", "Cầu Giấy", "Đống Đa", "Hoàn Kiếm", "Hải Châu",
		"Sơn Trà", "Gò Vấp"],
	"KH": ["BKK1", "Toul Kork", "Chamkar Mon", "Daun Penh", "Sen Sok"],
	"BN": ["Kiulap", "Gadong", "Seria", "Tutong", "Kuala Belait"]}
BRANCH = {"ID": ["Cabang", "Cab.", "Cab", "Kantor Cabang", "Outlet"],
	"MY": ["Cawangan", "Branch", "branch", "Outlet", "Caw."],
	"VN": ["Chi nhánh", "CN", "Chi nhanh", "Cơ sở", "CS"],
	"KH": ["Branch", "branch"], "BN": ["Cawangan", "Branch"]}

# Distinctive words.  Indonesian (EYD spelling; old() gives the earlier).
W_ID = ("Sinar Jaya Abadi Makmur Sentosa Sejahtera Mandiri Harapan Cahaya "
	"Mulia Bersama Sukses Maju Karya Utama Prima Nusantara Indah Agung "
	"Lestari Berkah Barokah Amanah Rahmat Sehat Husada Mitra Surya Bintang "
	"Gemilang Persada Perkasa Sakti Baru Putra Putri Kencana Intan "
	"Permata Mutiara Samudra Buana Raya Anugerah Kurnia Tunggal Sumber "
	"Rejeki Cipta Citra Suka Bumi Murni Jujur Cemerlang Harmoni Nirwana "
	"Wijaya Kusuma Dharma Bakti Pelita Kartika Melati Cendana Cempaka "
	"Kenanga Teratai Rajawali Garuda Merpati Cendrawasih Laksana Sarana "
	"Sejati Tunas Pancaran").split()
W_MY = ("Cahaya Bintang Mutiara Permata Sinar Mega Maju Jaya Murni Indah "
	"Sejati Gemilang Wawasan Bestari Harmoni Seri Tunas Pelangi Damai "
	"Ceria Ikhlas Iman Nur Kasih Budi Setia Tiara Delima Kenanga Melur "
	"Cempaka Rimba Samudera Puncak Teratai Warisan Impian Suria Baiduri "
	"Nilam Zamrud Kencana").split()
W_HOK = ["Hock Seng", "Kim Hin", "Soon Huat", "Guan Heng", "Ban Lee",
	"Seng Heng", "Joo Hing", "Lian Hup", "Heng Huat", "Thye Hin",
	"Choon Huat", "Teck Seng", "Hup Lee", "Kwong Fatt", "Sin Kee",
	"Wah Seng", "Yik Mun", "Fook Hing", "Tong Hin", "Chop Kee Hong",
	"Eng Hin", "Aik Cheong", "Kheng Loong", "Poh Guan"]
W_EN = ("Apex Pinnacle Orchid Evergreen Harbour Summit Crescent Lotus "
	"Pearl Golden Horizon Meridian Northstar Bluewave Greenfield "
	"Silverline Sunrise Unity Vista Zenith Keystone Anchor Beacon").split()
W_VN = ("Phương Nam;Hoàng Long;Minh Phát;Thành Công;Việt Tiến;Đông Á;Tân "
	"Phú;An Khang;Bình Minh;Phúc Thịnh;Đại Phát;Hưng Thịnh;Kim Ngân;Thiên "
	"Long;Ánh Dương;Hòa Bình;Sao Mai;Tâm Đức;Hồng Phúc;Nam Việt;Trường "
	"An;Gia Bảo;Vạn Phúc;Tín Nghĩa;Minh Tâm;Thái Sơn;Hải Âu;Quang "
	"Minh;Phú Gia;Đức Thành;Ngọc Lan;Bảo Châu;Hoàn Mỹ;Tâm An;Sông "
	"Hồng;Lạc Hồng;Vĩnh Hưng;Thịnh Vượng;Phát Đạt;Kim Long;Bách "
	"Khoa;Thuận Phát;Hữu Nghị;Đất Việt;Hoa Sen;Trí Đức;Nhật Minh;Long "
	"Châu;Phước Lộc;Đồng Tâm").split(";")
W_KH = ("Angkor;Mekong;Sokha;Sovannaphum;Bayon;Tonle;Reaksmey;Sambath;"
	"Vattanac;Chhay Heng;Pich Sovann;Srey Pov;Lucky Seng;Sorya;Kampuchea "
	"Thmey;Rithy;Mony;Borey;Vimean;Chan Sophea;Phka Chhouk;Sen Sok").split(";")

# Persons.  (given names, family names), honorifics.
ID_GIVEN = ("Budi Agus Hendra Dewi Siti Sri Yusuf Yulianti Wahyudi Suryadi "
	"Joko Cahyo Rudi Andi Rina Lina Eko Bambang Slamet Sugeng Ahmad "
	"Hadi Indah Yanti Nyoman Wayan Ketut Made Putu Rahmat Surya Yohanes "
	"Yosef Kurniawan Teguh Bayu").split()
ID_FAMILY = ("Santoso Wijaya Halim Gunawan Kusuma Hartono Tanuwijaya "
	"Susanto Setiawan Hidayat Nugroho Saputra Pratama Suharto Sudirman "
	"Sukarno Suwandi Sudarmo Suryono Utomo Purnomo Liem Tan Oey Salim "
	"Lie Kwee Gouw Tjoa").split()
MY_GIVEN_M = ("Ahmad Mohd Muhammad Mohamad Abdul Rahman Zainal Azman "
	"Hafiz Faizal Ismail Razak Kamal Roslan Shahril").split()
MY_GIVEN_F = ("Siti Nor Nurul Aminah Azizah Faridah Rohani Zaleha "
	"Norhayati Salmah").split()
MY_FATHER = ("Ismail Abdullah Hassan Omar Yusof Ibrahim Ahmad Othman "
	"Sulaiman Rashid Hamid Jaafar Kassim").split()
CN_GIVEN = ["Chee Keong", "Wei Ming", "Siew Ling", "Kok Wah", "Mei Ling",
	"Boon Hock", "Ah Kow", "Swee Lan", "Chong Wei", "Kah Seng",
	"Poh Lin", "Yoke Fun", "Teck Soon", "Hui Min", "Jia Hao"]
# One character, the romanisations of its dialects (sources above).
SURNAME = [["Tan", "Chan", "Chin", "Chen", "Tjhin"],
	["Lim", "Lam", "Lin", "Liem"], ["Ng", "Wong", "Huang", "Oei", "Oey"],
	["Lee", "Li", "Lie"], ["Teo", "Teoh", "Chong", "Cheong", "Zhang",
		"Thio"],
	["Goh", "Wu", "Gouw"], ["Ong", "Wang"], ["Lau", "Liu", "Lao"],
	["Kwek", "Kwok", "Guo", "Kwee"], ["Khoo", "Khor", "Qiu"],
	["Yap", "Yip", "Ye"], ["Chua", "Cai", "Tjoa", "Choi"],
	["Ooi", "Wee", "Huang"], ["Cheah", "Chia", "Xie"],
	["Low", "Lau", "Liu"], ["Loh", "Lo", "Lu"]]
CN_FAMILY = {"MY": ["Tan", "Lim", "Ng", "Lee", "Teo", "Goh", "Ong",
	"Wong", "Chan", "Lau", "Khoo", "Yap", "Chua", "Ooi", "Cheah", "Loh",
	"Chong", "Low", "Teoh", "Kwok"],
	"ID": ["Liem", "Tan", "Oey", "Lie", "Kwee", "Gouw", "Tjoa", "Lim"],
	"KH": ["Lim", "Ly", "Heng", "Tan", "Chea"], "BN": ["Lim", "Tan", "Wong"],
	"VN": ["Lý", "Quách", "Trương"]}
VN_FAMILY = ("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ "
	"Ngô Dương Lý").split()
VN_FAM_W = [38, 11, 10, 7, 5, 5, 4, 4, 4, 3, 2, 2, 2, 2, 1, 1]
VN_MID = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc"]
VN_GIVEN = ("An Bình Cường Dũng Hà Hải Hạnh Hương Khánh Lan Linh Long Mai "
	"Minh Nam Nga Phong Phương Quang Sơn Tâm Thảo Thành Trang Trung "
	"Tuấn Việt Yến Hùng Huy Thủy Loan Đạt").split()
KH_FAMILY = "Sok Chan Heng Ly Kim Chhun Meas Keo Pich Sam Nhem Ouk".split()
KH_GIVEN = ("Dara Sopheap Sovann Sreymom Vuthy Sokha Bopha Channary Rithy "
	"Piseth Vannak Kosal").split()
BN_GIVEN = ["Awang", "Dayang", "Pengiran"]

# Words typed on impostors only: businesses the MSP does not serve.
ALIEN = {"ID": ["Bengkel", "Salon", "Laundry", "Percetakan", "Toko Bunga",
		"Optik", "Bengkel Las", "Distro", "Warnet", "Katering"],
	"MY": ["Bengkel Kereta", "Kedai Gunting Rambut", "Dobi", "Optometri",
		"Workshop", "Kedai Basikal", "Car Wash", "Bakery"],
	"VN": ["Tiệm sửa xe", "Tiệm giặt ủi", "Salon tóc", "Tiệm vàng",
		"Nhà sách", "Quán Karaoke", "Tiệm bánh", "Gara ô tô"],
	"KH": ["Car Wash", "Bakery", "Mart", "Tailor", "Garage"],
	"BN": ["Bengkel", "Kedai Gunting Rambut", "Bakery"]}
VENDOR = ["Bank Central Asia", "BCA KCU", "Telkom Indonesia", "IndiHome",
	"Biznet", "TM Unifi", "Maxis Business", "TIME dotCom", "Viettel",
	"VNPT", "FPT Telecom", "Microsoft Support", "Dell ProSupport",
	"Lenovo Service Center", "Tokopedia Seller", "Shopee Seller Centre",
	"Bank Mandiri", "Maybank", "Vietcombank", "ABA Bank", "Smart Axiata",
	"Kantor Pajak Pratama", "LHDN", "Cục Thuế", "Canon Service",
	"Fortinet TAC", "Synology Support"]
CHAINS = {"ID": ["Apotek Sehati", "Kopi Senja", "Bimbel Cendekia Prima",
		"Klinik Keluarga Medika"],
	"MY": ["Farmasi Bestari", "Dapur Selera", "Tadika Cerdik Ceria"],
	"VN": ["Nhà thuốc Phúc An", "Cà phê Sương Sớm", "Nha khoa Nụ Cười"],
	"KH": ["Brown Leaf Coffee"], "BN": ["Farmasi Bestari"]}
ROLE = {"ID": ["KASIR", "ADMIN", "GUDANG", "KEUANGAN", "RESEPSIONIS",
		"FRONTDESK", "DOKTER", "APOTEKER", "STAFF", "SERVER"],
	"MY": ["KAUNTER", "ADMIN", "AKAUN", "RECEPTION", "CASHIER", "STORE",
		"DOCTOR", "SERVER", "HR"],
	"VN": ["LETAN", "KETOAN", "THUNGAN", "KHO", "ADMIN", "BACSI",
		"GIAMDOC", "SERVER", "NHANSU"],
	"KH": ["RECEPTION", "ACCOUNT", "CASHIER", "ADMIN", "SERVER"],
	"BN": ["KAUNTER", "ADMIN", "AKAUN", "RECEPTION"]}
MEDICAL = {"DOKTER", "APOTEKER", "DOCTOR", "BACSI"}
SHARED_ROLES = ["KASIR", "KASIR-PC", "ADMIN-PC", "FRONTDESK", "KETOAN",
	"LETAN-PC", "KAUNTER-1", "RECEPTION"]


def wchoice(rng, items):
	"""items: [(value, weight)]."""
	tot = sum(w for _, w in items)
	x = rng.random() * tot
	for v, w in items:
		x -= w
		if x < 0:
			return v
	return items[-1][0]


def unaccent(s):
	s = s.replace("đ", "d").replace("Đ", "D")
	s = unicodedata.normalize("NFD", s)
	return unicodedata.normalize("NFC", "".join(ch for ch in s
		if not unicodedata.combining(ch)))


# Vietnamese keys: shape marks and tone marks (NFD combining characters).
SHAPE = {"\u0302": ("", "6"), "\u0306": ("w", "8"), "\u031b": ("w", "7")}
TONE = {"\u0301": ("s", "1"), "\u0300": ("f", "2"), "\u0309": ("r", "3"),
	"\u0303": ("x", "4"), "\u0323": ("j", "5")}


def vn_keys(word, vni, rng):
	"""word as its Telex (vni False) or VNI keys with the IME off: a shape
	key after its vowel, the tone key after the vowel or at the end."""
	out, tone, late, last = [], "", rng.random() < 0.7, ""
	for ch in unicodedata.normalize("NFD", word):
		if ch in SHAPE:
			k = SHAPE[ch][1] if vni else (SHAPE[ch][0] or last.lower())
			out.append(k)
		elif ch in TONE:
			tone = TONE[ch][1 if vni else 0]
		elif ch in "đĐ":
			out.append(("d9" if vni else "dd") if ch == "đ" else
				("D9" if vni else "Dd"))
		else:
			if tone and not late:	# right after the vowel and its shape
				out.append(tone)
				tone = ""
			out.append(ch)
			last = ch
	return "".join(out) + tone


def vn_type(rng, s, vni):
	return " ".join(vn_keys(w, vni, rng) if w != unaccent(w) else w
		for w in s.split())


def old_spell(w):
	"""An EYD word in the earlier spelling (Van Ophuijsen/Soewandi)."""
	lo = w.lower()
	o = lo.replace("kh", "\x01").replace("c", "\x03").replace("j", "\x02")
	o = o.replace("y", "j").replace("\x02", "dj").replace("u", "oe")
	o = o.replace("\x01", "ch").replace("\x03", "tj")
	if w.isupper() and len(w) > 1:
		return o.upper()
	return o[:1].upper() + o[1:] if w[:1].isupper() else o


def new_spell(w):
	lo = w.lower()
	o = lo.replace("oe", "u").replace("tj", "c").replace("dj", "\x02")
	o = o.replace("nj", "ny").replace("sj", "sy").replace("j", "y")
	o = o.replace("\x02", "j").replace("ch", "kh")
	if w.isupper() and len(w) > 1:
		return o.upper()
	return o[:1].upper() + o[1:] if w[:1].isupper() else o


class G:
	pass


def ident(rng, g):
	g.next_id += 1
	return g.next_id


# ---------------------------------------------------------------- persons

def person(rng, cc):
	"""(given, family, full name as written, kind)."""
	if cc == "VN" or (cc == "KH" and rng.random() < 0.1):
		fam = wchoice(rng, list(zip(VN_FAMILY, VN_FAM_W)))
		mid = rng.choice(VN_MID)
		giv = rng.choice(VN_GIVEN)
		return (giv, fam + " " + mid, "%s %s %s" % (fam, mid, giv), "vn")
	if cc == "KH":
		fam, giv = rng.choice(KH_FAMILY), rng.choice(KH_GIVEN)
		return (giv, fam, fam + " " + giv, "kh")
	r = rng.random()
	if cc in ("MY", "BN") and r < 0.5 or cc == "ID" and r < 0.12:
		if rng.random() < 0.55:
			giv = rng.choice(MY_GIVEN_M)
			if giv in ("Mohd", "Muhammad", "Mohamad", "Abdul"):
				giv += " " + rng.choice(["Faizal", "Hafiz", "Rahman",
					"Azlan", "Ridzuan", "Amin", "Aziz", "Rashid"])
			fa = rng.choice(MY_FATHER)
			return (giv, fa, giv + " bin " + fa, "malay")
		giv, fa = rng.choice(MY_GIVEN_F), rng.choice(MY_FATHER)
		return (giv, fa, giv + " binti " + fa, "malay")
	if cc in ("MY", "BN") or rng.random() < 0.2:
		fam = rng.choice(CN_FAMILY[cc])
		giv = rng.choice(CN_GIVEN)
		if cc == "ID":
			giv = rng.choice(["Hendra", "Yohanes", "Linda", "Susanti",
				"Budi", "Wenny", "Kevin"])
			return (giv, fam, giv + " " + fam, "cn")
		return (giv, fam, fam + " " + giv, "cn")
	giv = rng.choice(ID_GIVEN)
	if rng.random() < 0.2:
		return (giv, "", giv, "mono")
	fam = rng.choice(ID_FAMILY)
	if rng.random() < 0.25:
		fam = old_spell(fam)
	return (giv, fam, giv + " " + fam, "id")


def titled(rng, p, cc):
	"""A person's name as a firm writes it, with a title."""
	giv, fam, full, k = p
	if k == "malay":
		t = rng.choice(["Dato'", "Datuk", "Dr.", "Haji", "Tan Sri",
			"Dato' Sri", "Hajah" if "binti" in full else "Haji"])
		return t + " " + full
	if k == "cn" and cc in ("MY", "BN"):
		return rng.choice(["Dato'", "Datuk", "Dr.", "Tan Sri"]) + " " + full
	if k in ("id", "mono"):
		return rng.choice(["H.", "Hj.", "Dr.", "dr.", "Ir.", ""]).strip() + \
			" " + full
	if k == "vn":
		return rng.choice(["BS.", "Bác sĩ", "TS.", "LS.", ""]).strip() + \
			" " + full
	return full


# -------------------------------------------------------------- customers

def seg(*parts):
	return [p for p in parts if p[1]]


def id_core(rng, g, n=None):
	ws = rng.sample(W_ID, n or rng.choice([1, 2, 2, 2, 3]))
	return " ".join(ws)


def my_core(rng):
	r = rng.random()
	if r < 0.45:
		return " ".join(rng.sample(W_MY, rng.choice([1, 2, 2])))
	if r < 0.8:
		return rng.choice(W_HOK)
	return rng.choice(W_EN)


def vn_core(rng):
	return rng.choice(W_VN)


def make_id(rng, g, sector):
	core = id_core(rng, g)
	if sector == "clinic":
		return seg(("pre", rng.choice(["Klinik Pratama", "Klinik",
			"Klinik Utama", "Klinik Kecantikan"])), ("core", core),
			("post", rng.choice(["", "", "Medika", "Husada"]))), "Clinic"
	if sector == "dental":
		return seg(("pre", "Klinik Gigi"), ("core", core)), "Dental Clinic"
	if sector == "pharmacy":
		return seg(("pre", "Apotek"), ("core", core),
			("post", rng.choice(["", "", "Farma"]))), "Pharmacy"
	if sector == "notary":
		p = person(rng, "ID")
		return seg(("pre", rng.choice(["Kantor Notaris", "Notaris & PPAT",
			"Notaris"])), ("person", titled(rng, p, "ID")),
			("post", rng.choice([", S.H., M.Kn.", ", SH, MKn", ", S.H."]))
			), "Notary"
	if sector == "law":
		a = rng.choice(ID_FAMILY)
		b = rng.choice([f for f in ID_FAMILY if f != a])
		if rng.random() < 0.5:
			return seg(("pre", rng.choice(["Kantor Hukum", ""])),
				("core", a + ", " + b), ("post", rng.choice(["& Rekan",
				"dan Rekan", "& Partners"]))), "Law Firm"
		return seg(("pre", rng.choice(["Kantor Hukum", "Law Firm", ""])),
			("core", a + " " + rng.choice(["&", "dan"]) + " " + b)), \
			"Law Firm"
	if sector == "tax":
		p = person(rng, "ID")
		return seg(("pre", rng.choice(["KKP", "Kantor Konsultan Pajak",
			"KAP"])), ("person", p[2]), ("post", rng.choice(["",
			"dan Rekan", "& Rekan"]))), "Tax Consultant"
	if sector == "logistics":
		return seg(("form", "PT"), ("core", core), ("post",
			rng.choice(["Logistik", "Ekspedisi", "Cargo",
			"Logistik Indonesia", "Transportasi"]))), "Logistics"
	if sector == "hotel":
		r = rng.random()
		if r < 0.5:
			return seg(("pre", "Hotel"), ("core", core)), "Hotel"
		return seg(("pre", rng.choice(["Wisma", "Guest House", ""])),
			("core", core), ("post", "Homestay" if r < 0.8 else
			"Residence")), "Homestay"
	if sector == "it":
		return seg(("form", "PT"), ("core", core), ("post",
			rng.choice(["Teknologi Indonesia", "Solusi Digital",
			"Data Sistem", "Informatika"]))), "Technology"
	if sector == "school":
		r = rng.random()
		if r < 0.25:
			n = str(rng.randint(1, 60))
			t = g.town
			return seg(("pre", rng.choice(["SD Negeri", "SMP Negeri",
				"SMA Negeri"])), ("num", n), ("town", t)), "School"
		return seg(("pre", rng.choice(["Yayasan Pendidikan", "TK Islam",
			"SD Kristen", "Sekolah", "TK", "Sekolah Dasar Islam"])),
			("core", core)), "School"
	if sector == "foundation":
		return seg(("form", "Yayasan"), ("core", core)), "Foundation"
	if sector == "coop":
		return seg(("form", "Koperasi"), ("pre", rng.choice(["Simpan Pinjam",
			"Karyawan", "Serba Usaha", ""])), ("core", core)), "Cooperative"
	if sector == "shop":
		f = rng.choice(["", "UD", "CV", "CV", "Toko", "Toko", "Firma",
			"Toko Bangunan", "Toko Besi"])
		if f in ("UD", "CV", "Firma"):
			return seg(("form", f), ("core", core)), "Trading"
		if rng.random() < 0.3:
			fam = rng.choice(CN_FAMILY["ID"])
			return seg(("pre", f or "Toko"), ("core", core),
				("person", fam)), "Store"
		return seg(("pre", f or "Toko"), ("core", core)), "Store"
	if sector == "restaurant":
		return seg(("pre", rng.choice(["Rumah Makan", "Restoran",
			"Warung", "Bakmi", "Rumah Makan Padang"])), ("core", core)
			), "Restaurant"
	if sector == "trading":
		r = rng.random()
		post = rng.choice(["Tbk"] + [""] * 6)
		return seg(("form", "PT"), ("core", core), ("post",
			rng.choice(["", "", "Indonesia", "Trading", "Perkasa",
			"Internasional"])), ("tbk", post)), "Trading"
	if sector == "gov":
		reg = rng.choice(["Bandung", "Bekasi", "Bogor", "Sidoarjo",
			"Gresik", "Tangerang", "Karawang", "Sumedang", "Garut",
			"Purwakarta", "Cianjur", "Lamongan", "Mojokerto"])
		pre = rng.choice(["Pemerintah Kabupaten", "Dinas Kesehatan "
			"Kabupaten", "Badan Pendapatan Daerah Kabupaten",
			"Dinas Pendidikan Kabupaten", "Sekretariat Daerah Kabupaten"])
		return seg(("pre", pre), ("place", reg)), "Regency"
	return None


def make_my(rng, g, sector, cc):
	core = my_core(rng)
	sdn = "Sdn Bhd" if rng.random() < 0.75 else "Sdn. Bhd."
	if sector == "clinic":
		r = rng.random()
		if r < 0.4:
			p = person(rng, cc)
			fam = p[1] if p[3] == "cn" else p[0].split()[0]
			return seg(("pre", "Klinik Dr."), ("person", fam)), "Clinic"
		if r < 0.7:
			return seg(("pre", rng.choice(["Klinik", "Poliklinik"])),
				("core", core)), "Clinic"
		return seg(("core", core), ("post", "Medical Centre"),
			("form", sdn)), "Clinic"
	if sector == "dental":
		if rng.random() < 0.5:
			return seg(("pre", "Klinik Pergigian"), ("core", core)), \
				"Dental Clinic"
		return seg(("core", core), ("post", "Dental Clinic")), "Dental Clinic"
	if sector == "pharmacy":
		if rng.random() < 0.6:
			return seg(("pre", "Farmasi"), ("core", core)), "Pharmacy"
		return seg(("core", core), ("post", "Pharmacy"), ("form", sdn)), \
			"Pharmacy"
	if sector in ("law", "notary"):
		p = person(rng, cc)
		nm = p[1] if p[3] == "cn" else p[0].split()[-1]
		q = rng.choice(CN_FAMILY["MY"] + MY_FATHER)
		if q == nm:
			q = "Yusof" if nm != "Yusof" else "Tan"
		if rng.random() < 0.5:
			return seg(("pre", rng.choice(["Tetuan", "Messrs", ""])),
				("core", nm + ", " + q), ("post", rng.choice(["& Co",
				"& Co.", "& Partners", "& Associates"]))), "Law"
		return seg(("pre", rng.choice(["Tetuan", "Messrs", ""])),
			("core", nm + " " + rng.choice(["&", "dan", "&"]) + " " + q),
			("post", rng.choice(["", "", "Advocates & Solicitors",
			"Associates"]))), "Law"
	if sector == "tax":
		return seg(("core", core), ("post", rng.choice(["Tax Consultants",
			"Tax Services", "Accounting Services", "Akauntan"])),
			("form", rng.choice([sdn, "PLT", "PLT"]))), "Tax"
	if sector == "logistics":
		return seg(("core", core), ("post", rng.choice(["Logistics",
			"Freight Forwarding", "Transport", "Shipping Agency"])),
			("form", sdn)), "Logistics"
	if sector == "hotel":
		r = rng.random()
		if r < 0.5:
			return seg(("pre", "Hotel"), ("core", core)), "Hotel"
		return seg(("core", core), ("post", rng.choice(["Homestay", "Inn",
			"Boutique Hotel"]))), "Homestay"
	if sector == "it":
		return seg(("core", core), ("post", rng.choice(["Technology",
			"Systems", "IT Solutions", "Networks"])),
			("form", rng.choice([sdn, sdn, "PLT"]))), "IT"
	if sector == "school":
		r = rng.random()
		if r < 0.3:
			return seg(("pre", "SJK (C)"), ("core", rng.choice(
				["Chung Hwa", "Chong Hwa", "Kuen Cheng", "Yuk Chai",
				"Pei Hwa", "Hin Hua", "Sin Min", "Chee Wen", "Keat Hwa",
				"Lick Hung", "Kuang Hwa", "Yoke Nam"]))), "School"
		return seg(("pre", rng.choice(["Tadika", "Pusat Tuisyen",
			"Taska", "Sekolah Rendah Agama"])), ("core", core)), \
			"Kindergarten"
	if sector == "coop":
		return seg(("pre", "Koperasi"), ("core", core),
			("form", "Berhad")), "Cooperative"
	if sector == "foundation":
		return seg(("pre", rng.choice(["Yayasan", "Pertubuhan"])),
			("core", core)), "Foundation"
	if sector == "shop":
		r = rng.random()
		if r < 0.3:
			return seg(("pre", rng.choice(["Kedai Runcit", "Kedai Ubat",
				"Syarikat", "Kedai Elektrik"])), ("core", core)), "Shop"
		if r < 0.5 and cc == "BN":
			p = person(rng, cc)
			return seg(("pre", "Syarikat"), ("person", titled(rng, p, cc)),
				("post", "dan Anak-Anak")), "Trading"
		return seg(("core", core), ("form", rng.choice(["Enterprise",
			"Trading", "Resources", "Hardware", sdn, sdn]))), "Trading"
	if sector == "restaurant":
		return seg(("pre", rng.choice(["Restoran", "Restoran Nasi Kandar",
			"Kedai Kopi", "Restoran Mamak"])), ("core", core)), "Restaurant"
	if sector == "trading":
		return seg(("core", core), ("post", rng.choice(["Holdings",
			"Industries", "Corporation", "Group"])),
			("form", rng.choice(["Berhad", "Bhd", sdn]))), "Group"
	if sector == "gov" and cc == "MY":
		t = rng.choice(["Subang Jaya", "Ampang Jaya", "Selayang", "Kajang",
			"Sepang", "Seberang Perai", "Kulai", "Pasir Gudang",
			"Kuantan", "Seremban", "Padawan", "Miri", "Sibu"])
		return seg(("pre", rng.choice(["Majlis Perbandaran",
			"Majlis Perbandaran", "Majlis Daerah", "Pejabat Daerah"])),
			("place", t)), "Council"
	return None


def make_vn(rng, g, sector):
	core = vn_core(rng)
	tn = rng.choice(["Công ty TNHH", "Công ty TNHH", "Công ty Cổ phần",
		"Công ty TNHH MTV"])
	if sector == "clinic":
		return seg(("pre", rng.choice(["Phòng khám Đa khoa",
			"Phòng khám", "Phòng khám Nhi"])), ("core", core)), "Clinic"
	if sector == "dental":
		return seg(("pre", rng.choice(["Nha khoa", "Nha khoa Thẩm mỹ"])),
			("core", core)), "Dental"
	if sector == "pharmacy":
		return seg(("pre", "Nhà thuốc"), ("core", core),
			("num", rng.choice(["", "", "", str(rng.randint(1, 30))]))), \
			"Pharmacy"
	if sector == "notary":
		return seg(("pre", "Văn phòng Công chứng"), ("core", core)), \
			"Notary Office"
	if sector == "law":
		if rng.random() < 0.5:
			return seg(("form", "Công ty Luật TNHH"), ("core", core)), \
				"Law Firm"
		p = person(rng, "VN")
		return seg(("pre", "Văn phòng Luật sư"), ("person", p[2])), \
			"Law Office"
	if sector == "tax":
		return seg(("form", tn), ("pre", rng.choice(["Kế toán",
			"Tư vấn Thuế", "Dịch vụ Kế toán", "Đại lý Thuế"])),
			("core", core)), "Accounting"
	if sector == "logistics":
		return seg(("form", tn), ("pre", rng.choice(["Giao nhận Vận tải",
			"Logistics", "Vận tải", "Tiếp vận"])), ("core", core)), \
			"Logistics"
	if sector == "hotel":
		if rng.random() < 0.6:
			return seg(("pre", "Khách sạn"), ("core", core)), "Hotel"
		return seg(("core", core), ("post", "Homestay")), "Homestay"
	if sector == "it":
		return seg(("form", tn), ("pre", rng.choice(["Công nghệ",
			"Phần mềm", "Giải pháp Công nghệ", "Tin học"])),
			("core", core)), "Technology"
	if sector == "school":
		return seg(("pre", rng.choice(["Trường Mầm non", "Trường Tiểu học",
			"Trung tâm Anh ngữ", "Trường Mầm non Tư thục"])),
			("core", core)), "School"
	if sector == "shop":
		r = rng.random()
		if r < 0.3:
			return seg(("form", "DNTN"), ("pre", "Thương mại"),
				("core", core)), "Trading"
		if r < 0.5:
			return seg(("pre", rng.choice(["Cửa hàng", "Cửa hàng Vật liệu",
				"Cửa hàng Điện máy"])), ("core", core)), "Store"
		return seg(("form", tn), ("pre", rng.choice(["Thương mại và Dịch vụ",
			"Thương mại Dịch vụ", "Xuất Nhập khẩu", "Sản xuất và Thương mại"
			])), ("core", core)), "Trading"
	if sector == "restaurant":
		return seg(("pre", rng.choice(["Nhà hàng", "Quán", "Quán Cà phê",
			"Nhà hàng Hải sản"])), ("core", core)), "Restaurant"
	if sector == "gov":
		if rng.random() < 0.5:
			return seg(("pre", "UBND"), ("place", rng.choice(["Quận",
				"Phường"])), ("num", str(rng.randint(1, 12)))), "People's Committee"
		return seg(("pre", rng.choice(["UBND Huyện", "UBND Phường",
			"UBND Xã"])), ("place", rng.choice(["Củ Chi", "Bình Chánh",
			"Nhà Bè", "Cần Giờ", "Hóc Môn", "Đông Anh", "Gia Lâm",
			"Thanh Trì", "Sóc Sơn", "Hòa Vang", "Tân Định", "Bến Nghé",
			"Thảo Điền", "An Phú"]))), "People's Committee"
	if sector in ("trading", "foundation", "coop"):
		return seg(("form", rng.choice(["Công ty Cổ phần", "CTCP"])),
			("pre", rng.choice(["Đầu tư", "Tập đoàn", "Thương mại"])),
			("core", core)), "JSC"
	return None


def make_kh(rng, g, sector):
	core = rng.choice(W_KH)
	post = {"clinic": "Clinic", "dental": "Dental Clinic", "pharmacy":
		"Pharmacy", "hotel": rng.choice(["Hotel", "Boutique Hotel",
		"Guesthouse"]), "law": "Law Group", "tax": "Accounting & Tax",
		"logistics": "Logistics", "it": "Technology", "school":
		"International School", "restaurant": "Restaurant",
		"shop": "Trading", "trading": "Import Export"}.get(sector)
	if not post:
		return None
	form = "Co., Ltd." if sector in ("law", "tax", "logistics", "it",
		"shop", "trading") or rng.random() < 0.2 else ""
	return seg(("core", core), ("post", post), ("form", form)), post


SECTORS = [("clinic", 11), ("dental", 6), ("pharmacy", 8), ("notary", 3),
	("law", 4), ("tax", 5), ("logistics", 8), ("hotel", 7), ("it", 5),
	("school", 7), ("foundation", 3), ("coop", 3), ("shop", 12),
	("restaurant", 6), ("trading", 7), ("gov", 2)]


def name_of(segs, cc):
	"""The stored name: VN and ID put their legal form first (a "form"
	segment is written where it stands)."""
	out = []
	for r, t in segs:
		if r == "place":
			out.append(t)
		elif t.startswith(","):
			out[-1] += t
		else:
			out.append(t)
	return " ".join(out)


def make_cust(rng, g, cc):
	sector = wchoice(rng, SECTORS)
	town = wchoice(rng, list(zip(TOWNS[cc], TOWN_W[cc])))
	g.town = town[0]
	if cc == "ID":
		r = make_id(rng, g, sector)
	elif cc in ("MY", "BN"):
		r = make_my(rng, g, sector, cc)
	elif cc == "VN":
		r = make_vn(rng, g, sector)
	else:
		r = make_kh(rng, g, sector)
	if not r:
		return None
	segs, en = r
	if cc == "ID" and rng.random() < 0.12:	# an old firm keeps its spelling
		segs = [(k, " ".join(old_spell(w) if w in W_ID else w
			for w in t.split()) if k == "core" else t) for k, t in segs]
	if cc == "VN" and rng.random() < 0.15:	# stored without diacritics
		segs = [(k, unaccent(t)) for k, t in segs]
	c = {"cc": cc, "sector": sector, "segs": segs, "en": en,
		"town": town, "alias": None}
	name = name_of(segs, cc)
	core = dict(segs).get("core")
	if core and rng.random() < (0.22 if cc == "VN" else 0.08) and \
			la.key(unaccent(core) + " " + en) != la.key(name):
		c["alias"] = unaccent(core) + " " + en
		name += " (" + c["alias"] + ")"
	c["name"] = name
	return c


def chain_cust(rng, g, cc):
	ch = rng.choice(CHAINS[cc])
	site = rng.choice(SITES[cc])
	c = {"cc": cc, "sector": "franchise", "segs": [("pre", ch),
		("site", site)], "en": "", "town": rng.choice(TOWNS[cc]),
		"alias": None, "chain": ch}
	c["name"] = ch + " " + site
	return c


def rand_pc(rng, kind="DESKTOP"):
	return kind + "-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
		for _ in range(7))


def prefix_of(c):
	ws = [unaccent(w) for w in re.findall(r"[^\W_]+", c["name"])]
	ws = [w for w in ws if w.lower() not in ("pt", "cv", "ud", "sdn", "bhd",
		"cong", "ty", "tnhh", "co", "ltd", "klinik", "apotek", "toko",
		"the", "dan", "va")]
	if not ws:
		ws = ["X"]
	if len(ws) >= 3:
		return "".join(w[0] for w in ws[:4]).upper()
	return ws[0][:6].upper()


def assets(rng, g, c):
	out, pre = [], prefix_of(c)
	roles = [r for r in ROLE[c["cc"]] if c["sector"] in ("clinic",
		"dental", "pharmacy") or r not in MEDICAL]
	for k in range(rng.choice([1, 1, 2, 2, 3, 3, 4, 5, 6])):
		r = rng.random()
		if r < 0.35:
			nm = "%s-%s%02d" % (pre, rng.choice(roles), k + 1)
		elif r < 0.55:
			nm = "%s-%s%02d" % (pre, rng.choice(["PC", "NB", "LT"]), k + 1)
		elif r < 0.62:
			nm = rng.choice(SHARED_ROLES)
		elif r < 0.9:
			nm = rand_pc(rng, rng.choice(["DESKTOP", "DESKTOP", "LAPTOP"]))
		else:
			nm = "%s-%s" % (rng.choice(roles), rng.choice(["PC", "01",
				"02", "NB"]))
		out.append({"id": ident(rng, g), "name": nm})
	return out


def domain_of(c):
	d = dict(c["segs"])
	if c["sector"] == "gov":
		pl = re.sub(r"[^a-z0-9]", "", unaccent(d.get("place", "")).lower())
		return pl + {"ID": "kab.go.id", "MY": ".gov.my"}.get(c["cc"],
			".gov.vn")
	base = d.get("core") or d.get("person")
	if not base:
		return None
	base = re.sub(r"[^a-z0-9]", "", unaccent(base).lower())
	tld = {"ID": ".co.id", "MY": ".com.my", "VN": ".com.vn", "KH": ".com.kh",
		"BN": ".com.bn"}[c["cc"]]
	extra = {"pharmacy": "farma", "dental": "dental", "clinic": "klinik",
		"logistics": "logistics", "hotel": "hotel"}.get(c["sector"], "")
	return base + extra + tld


def contacts(rng, g, c):
	out = []
	dom = domain_of(c)
	c["domain"] = dom
	for _ in range(rng.choice([0, 1, 1, 2, 2, 3])):
		p = person(rng, c["cc"])
		giv, fam = p[0], p[1]
		if p[3] == "vn" and rng.random() < 0.4:
			giv, fam = fam, giv		# "Nguyễn Văn" "Hùng" either way
		local = re.sub(r"[^a-z.]", "", unaccent(p[0].split()[0]).lower())
		mail = (local + "@" + dom) if dom and rng.random() < 0.65 else \
			local + str(rng.randint(1, 99)) + "@" + rng.choice(
			["gmail.com", "gmail.com", "yahoo.com", "hotmail.com",
			"yahoo.co.id" if c["cc"] == "ID" else "outlook.com"])
		out.append({"id": ident(rng, g), "firstname": giv, "lastname": fam,
			"email": mail})
	c["people"] = out
	return out


def address(rng, c):
	cc = c["cc"]
	town = c["town"][0]
	n = rng.randint(1, 250)
	if cc == "ID":
		a = "Jl. %s No. %d" % (rng.choice(["Jend. Sudirman", "Gatot Subroto",
			"Kyai Tapa", "Raya Darmo", "Asia Afrika", "Pahlawan", "Diponegoro",
			"Hayam Wuruk", "Gajah Mada", "Panglima Polim", "Pemuda"]), n)
		return {"address": a, "address_2": rng.choice([None, "Lt. %d" %
			rng.randint(1, 20), "Ruko Blok %s-%d" % (rng.choice("ABCDE"),
			rng.randint(1, 30))]), "city": town, "state": {"Surabaya":
			"Jawa Timur", "Bandung": "Jawa Barat", "Bekasi": "Jawa Barat",
			"Tangerang": "Banten"}.get(town, "DKI Jakarta"),
			"zip": str(rng.randint(10110, 17530))}
	if cc in ("MY", "BN"):
		a = "No. %d, %s" % (n, rng.choice(["Jalan SS 15/4", "Jalan Ampang",
			"Jalan Tun Razak", "Lorong Kulit", "Jalan Burma", "Jalan Wong Ah Fook",
			"Jalan Padungan", "Jalan Pemancha", "Jalan Gadong"]))
		st = {"Kuala Lumpur": "WP Kuala Lumpur", "Petaling Jaya": "Selangor",
			"Shah Alam": "Selangor", "George Town": "Pulau Pinang",
			"Butterworth": "Pulau Pinang", "Johor Bahru": "Johor",
			"Kuching": "Sarawak"}.get(town, "Brunei-Muara")
		return {"address": a, "address_2": rng.choice([None, "Taman " +
			rng.choice(W_MY), "Kampung Baru", "Kg. Kiulap"]), "city": town,
			"state": st, "zip": ("BE%04d" % rng.randint(1000, 4000)) if
			cc == "BN" else str(rng.randint(10000, 93000))}
	if cc == "VN":
		return {"address": "%d %s" % (n, rng.choice(["Nguyễn Huệ",
			"Lê Lợi", "Hai Bà Trưng", "Điện Biên Phủ", "Trần Hưng Đạo",
			"Nguyễn Văn Linh", "Kim Mã", "Bạch Đằng"])),
			"address_2": rng.choice([None, "Phường Bến Nghé, Quận 1",
			"Phường 12, Quận Tân Bình", "Phường Láng Hạ, Quận Đống Đa",
			"Phường Hải Châu 1"]), "city": town, "state": None,
			"zip": rng.choice(["700000", "100000", "550000", None])}
	return {"address": "No. %d, Street %d" % (n, rng.randint(51, 598)),
		"address_2": "Sangkat " + rng.choice(["Tonle Bassac", "Boeung Keng "
		"Kang 1", "Toul Tom Poung", "Phsar Thmei"]), "city": town,
		"state": None, "zip": "120%03d" % rng.randint(0, 999)}


def population(rng, ncust):
	g = G()
	g.next_id = 48000000
	g.custs, seen = [], set()
	cid = 28000000
	while len(g.custs) < ncust:
		cc = wchoice(rng, COUNTRY)
		if rng.random() < 0.03:
			c = chain_cust(rng, g, cc)
		else:
			c = make_cust(rng, g, cc)
		if not c:
			continue
		k = la.key(c["name"])
		if k in seen:
			if rng.random() < 0.6 or "(" in c["name"]:
				continue
			# a namesake in another town: Syncro needs the town to tell them
			c["name"] += " (" + c["town"][0] + ")"
			c["twin"] = True
			k = la.key(c["name"])
			if k in seen:
				continue
		seen.add(k)
		cid += rng.randint(1, 9)
		c["id"] = cid
		c["syncro"] = address(rng, c)
		c["contacts"] = contacts(rng, g, c)
		c["assets"] = assets(rng, g, c)
		g.custs.append(c)
	return g


# ------------------------------------------------------------ typed names
# Every habit is a function (rng, c, s) -> s typed, or None when it does not
# apply to s; s starts as base(c) and "mixed" chains two or three.

def base(c):
	"""The name a technician starts from: without the bracketed English
	name; a twin's "(Town)" as a plain word."""
	s = c["name"]
	if c.get("alias"):
		s = s.replace(" (" + c["alias"] + ")", "")
	return s.replace("(", "").replace(")", "") if c.get("twin") else s


def seg_text(c, role):
	for r, t in c["segs"]:
		if r == role:
			return t
	return None


def sub_once(s, old, new):
	"""s with the word run old replaced by new (None when old is absent)."""
	m = re.search(r"(?<![\w'])" + re.escape(old) + r"(?![\w'])", s)
	if not m:
		return None
	out = s[:m.start()] + new + s[m.end():]
	return " ".join(out.replace(" ,", ",").split()).strip(" ,-")


FORMS = {"PT": ["PT.", "P.T.", "pt", ""], "Tbk": ["Tbk.", ""],
	"CV": ["CV.", "C.V.", ""], "UD": ["UD.", "U.D.", ""],
	"Firma": ["Fa.", "Fa", ""], "Yayasan": ["Yys", "Yys.", "Yay.", ""],
	"Koperasi": ["Kop.", "KOP", "Kop"],
	"Sdn Bhd": ["Sdn. Bhd.", "SDN BHD", "S/B", "SB", "Sdn.Bhd.",
		"Sendirian Berhad", "", ""],
	"Sdn. Bhd.": ["Sdn Bhd", "S/B", "SB", "Sdn.Bhd", "", ""],
	"Berhad": ["Bhd", "Bhd.", ""], "Bhd": ["Berhad", "Bhd.", ""],
	"PLT": ["", "plt"], "Enterprise": ["Ent.", "Ent", "Enterprises", ""],
	"Trading": ["Tdg", "Trdg", "Trading Co", ""], "Resources": ["Res.", ""],
	"Công ty TNHH": ["Cty TNHH", "Cong ty TNHH", "CT TNHH", "TNHH", "Cty",
		"", ""],
	"Công ty TNHH MTV": ["Cty TNHH MTV", "TNHH MTV", "Cty TNHH 1TV",
		"Cong ty TNHH MTV", "Cty TNHH", ""],
	"Công ty Cổ phần": ["CTCP", "Cty CP", "Cong ty Co phan", "Cty Cổ phần",
		"Cty CP", ""],
	"CTCP": ["Cty CP", "Công ty CP", "Cong ty Co phan", ""],
	"DNTN": ["Doanh nghiệp tư nhân", "Doanh nghiep Tu nhan", "DN TN", ""],
	"Công ty Luật TNHH": ["Cty Luật", "Cong ty Luat", "Công ty Luật", "Cty Luật TNHH"],
	"Co., Ltd.": ["Co., Ltd", "Co Ltd", "Co. Ltd.", "CO.,LTD", "Company Limited",
		"Co.Ltd", ""]}
# The English form a Vietnamese firm writes after its name.
VN_EN = {"Công ty TNHH": ["Co., Ltd", "Co Ltd", "Company Limited"],
	"Công ty TNHH MTV": ["Co., Ltd", "One Member Co., Ltd"],
	"Công ty Cổ phần": ["JSC", "Joint Stock Company", "Corp"],
	"CTCP": ["JSC", "Corp"]}


def t_legal(rng, c, s):
	f = seg_text(c, "form") or seg_text(c, "tbk")
	if not f or f not in s:
		return None
	r = rng.random()
	if f in VN_EN and r < 0.25:
		t = sub_once(s, f, "")
		return t and unaccent(t) + " " + rng.choice(VN_EN[f])
	if f in ("PT", "CV", "UD") and r < 0.5:	# "Sinar Jaya, PT"
		t = sub_once(s, f, "")
		return t and t + rng.choice([", ", " "]) + rng.choice([f, f + "."])
	return sub_once(s, f, rng.choice(FORMS.get(f, [""])))


def t_case(rng, c, s):
	return s.upper() if rng.random() < 0.5 else s.lower()


def t_nodiac(rng, c, s):
	t = unaccent(s)
	return t if t != s else None


def t_telex(rng, c, s):
	t = vn_type(rng, s, False)
	return t if t != s else None


def t_vni(rng, c, s):
	t = vn_type(rng, s, True)
	return t if t != s else None


def t_spelling(rng, c, s):
	"""Indonesian words in the other spelling (EYD or the one before)."""
	if c["cc"] != "ID":
		return None
	words = s.split()
	idx = []
	for i, w in enumerate(words):
		if re.search(r"oe|tj|dj", w.lower()):
			idx.append((i, new_spell(w)))
		elif w in W_ID or w in ID_FAMILY or w in ID_GIVEN or \
				w in ("Yayasan", "Cahaya", "Surabaya", "Pemuda"):
			o = old_spell(w)
			if o != w:
				idx.append((i, o))
	if not idx:
		return None
	for i, w in rng.sample(idx, rng.randint(1, len(idx))):
		words[i] = w
	return " ".join(words)


def t_surname(rng, c, s):
	"""A Chinese surname in another dialect's romanisation: only in a
	person's name (a shop's "Ban Lee" is not a surname)."""
	who = seg_text(c, "person") or (seg_text(c, "core") if c["sector"] in
		("law", "tax") else None)
	if not who or who not in s:
		return None
	t = t_surname_in(rng, who)
	return t and s.replace(who, t, 1)


def t_surname_in(rng, s):
	words = s.replace(",", " ,").split()
	idx = [(i, g) for i, w in enumerate(words) for g in SURNAME if w in g
		and not (w == "Tan" and words[i + 1:i + 2] == ["Sri"])]
	if not idx:
		return None
	i, grp = rng.choice(idx)
	words[i] = rng.choice([x for x in grp if x != words[i]])
	return " ".join(words).replace(" ,", ",")


TITLE = [("Dato' Sri", ["Datuk Seri", "Dato Sri", "Dato' Seri", ""]),
	("Tan Sri", ["TS", "Tan Sri Dr", ""]),
	("Dato'", ["Dato", "Datuk", "Dato’", "Dr", ""]),
	("Datuk", ["Dato'", "Dato", "Dtk", ""]),
	("Haji", ["Hj", "Hj.", "Hji", "H.", ""]), ("Hajah", ["Hjh", "Hjh.", ""]),
	("H.", ["Haji", "H", "Hj", ""]), ("Hj.", ["Hajjah", "Hj", "Hajah", ""]),
	("Dr.", ["Dr", "dr", "Doktor", ""]), ("dr.", ["dr", "Dr.", ""]),
	("Ir.", ["Ir", ""]), ("BS.", ["Bác sĩ", "BS", "Bs", ""]),
	("Bác sĩ", ["BS.", "BS", ""]), ("TS.", ["TS", "Tiến sĩ", ""]),
	("LS.", ["LS", "Luật sư", ""]), ("bin", ["b.", "bin", "Bin", ""]),
	("binti", ["bt", "bt.", "bte", "binti", ""]),
	(", S.H., M.Kn.", [" SH MKn", ", SH", ", S.H.", ""]),
	(", SH, MKn", [" S.H. M.Kn.", ", SH", ""]), (", S.H.", [" SH", ""])]
HONOUR = {"ID": ["Bapak", "Pak", "Ibu", "Bu"], "MY": ["Encik", "En.", "Puan",
	"Pn.", "Mr", "Ms"], "BN": ["Awang", "Dayang", "Pehin", "Mr"],
	"VN": ["Ông", "Bà", "Anh", "Chị", "Ong", "Ba"], "KH": ["Lok", "Mr", "Ms"]}


def t_title(rng, c, s):
	p = seg_text(c, "person")
	opts = [(o, n) for o, ns in TITLE for n in ns if (" " + o) in " " + s
		and (o.startswith(",") or re.search(r"(^|\s)" + re.escape(o) +
		r"(\s|$)", s))]
	prof = p and c["sector"] in ("notary", "tax", "law") and \
		not re.match(r"(Dr|dr|H|Hj|Ir|BS|TS|LS|Dato|Datuk|Tan Sri|Haji)\b", p)
	if prof and (rng.random() < 0.3 or not opts):
		h = rng.choice(HONOUR[c["cc"]])
		return s.replace(p, h + " " + p, 1)
	if not opts:
		return None
	o, n = rng.choice(opts)
	if o.startswith(","):
		t = s.replace(o, n, 1)
	else:
		t = re.sub(r"(^|\s)" + re.escape(o) + r"(?=\s|$)",
			(r"\1" + n.replace("\\", "")) if n else "", s, count=1)
	return " ".join(t.split())


ABBR = [("Jalan", ["Jln", "Jln.", "Jl.", "Jl"]), ("Kampung", ["Kg", "Kg.",
	"Kpg"]), ("Kabupaten", ["Kab.", "Kab"]), ("Pemerintah Kabupaten",
	["Pemkab", "Pemkab.", "Pem. Kab."]), ("Dinas Kesehatan Kabupaten",
	["Dinkes Kab.", "Dinkes Kabupaten", "Dinkes"]),
	("Badan Pendapatan Daerah Kabupaten", ["Bapenda Kab.", "Bapenda"]),
	("Dinas Pendidikan Kabupaten", ["Disdik Kab.", "Disdik"]),
	("Sekretariat Daerah Kabupaten", ["Setda Kab.", "Setda"]),
	("Majlis Perbandaran", ["MP", "Majlis Pbdrn", "M.P."]),
	("Majlis Daerah", ["MD"]), ("Pejabat Daerah", ["Pej. Daerah", "PD"]),
	("Koperasi Simpan Pinjam", ["KSP", "Kop. Simpan Pinjam"]),
	("Simpan Pinjam", ["SP"]), ("Rumah Makan", ["RM", "RM."]),
	("Yayasan Pendidikan", ["YP", "Yay. Pendidikan", "Yys Pendidikan"]),
	("Kantor Konsultan Pajak", ["KKP", "Konsultan Pajak"]),
	("Klinik Pergigian", ["Klinik Gigi", "Kl. Pergigian"]),
	("Klinik Pratama", ["Klinik", "Kl. Pratama"]), ("Sekolah Dasar", ["SD"]),
	("SD Negeri", ["SDN", "SD Neg.", "SD N"]), ("SMP Negeri", ["SMPN",
	"SMP N"]), ("SMA Negeri", ["SMAN", "SMA N"]), ("SJK (C)", ["SJKC",
	"SJK(C)", "SJK C"]), ("Syarikat", ["Sykt", "Syt.", "Sharikat"]),
	("Restoran", ["Rest.", "Rstrn", "Rest"]), ("Kedai Kopi", ["Kopitiam",
	"KK"]), ("Phòng khám Đa khoa", ["PKĐK", "PK Đa khoa", "PKDK",
	"Phòng khám ĐK"]), ("Phòng khám", ["PK", "P.Khám"]),
	("Văn phòng Công chứng", ["VPCC", "VP Công chứng", "VP CC"]),
	("Văn phòng Luật sư", ["VPLS", "VP Luật sư"]),
	("Thương mại và Dịch vụ", ["TMDV", "TM-DV", "TM&DV", "TM DV"]),
	("Thương mại Dịch vụ", ["TMDV", "TM-DV", "TM DV"]),
	("Xuất Nhập khẩu", ["XNK"]), ("Sản xuất và Thương mại", ["SX&TM", "SXTM",
	"SX TM"]), ("Trường Mầm non", ["MN", "Trường MN", "Mầm non"]),
	("Trường Tiểu học", ["Trường TH", "Tiểu học"]), ("Trung tâm Anh ngữ",
	["TT Anh ngữ", "TTAN", "TT Anh Ngữ"]), ("Công nghệ", ["CN", "C.Nghệ"]),
	("Giao nhận Vận tải", ["GNVT", "Giao nhận VT"]), ("Khách sạn", ["KS",
	"K.S"]), ("Nhà thuốc", ["NT", "Nhà Thuốc"]), ("UBND", ["Ủy ban nhân dân",
	"UB", "Uỷ ban ND"]), ("Quận", ["Q.", "Q", "Quan"]), ("Phường", ["P.",
	"Phuong", "F."]), ("Huyện", ["H.", "Huyen"]), ("Đầu tư", ["ĐT"]),
	("Tập đoàn", ["TĐ", "Group"]), ("Medical Centre", ["Medical Center",
	"Med Centre", "MC"]), ("Freight Forwarding", ["Freight", "FF"]),
	("Technology", ["Tech", "Technologies"]), ("Holdings", ["Hldgs",
	"Holding"]), ("Homestay", ["Home Stay", "HS"]), ("Guest House",
	["Guesthouse", "GH"]), ("Indonesia", ["Ind.", "Indo"]),
	("Internasional", ["Intl", "Int'l"]), ("International", ["Intl",
	"Int'l"]), ("Import Export", ["Imp-Exp", "Import & Export"]),
	("Accounting & Tax", ["Acc & Tax", "Accounting and Tax"]),
	("Teknologi", ["Tekno", "Tech"]), ("Logistik", ["Logistic", "Log."]),
	("Ekspedisi", ["Exp.", "Expedisi"]), ("Tax Consultants", ["Tax",
	"Tax Consultant"]), ("Pusat Tuisyen", ["Tuisyen", "PT"]),
	("Poliklinik", ["Klinik", "Poli"]), ("Kantor Notaris", ["Notaris",
	"Kantor Notaris/PPAT"]), ("Notaris & PPAT", ["Notaris", "Notaris/PPAT"])]


def t_abbrev(rng, c, s):
	opts = []
	for old, news in ABBR:
		if re.search(r"(?<![\w'])" + re.escape(old) + r"(?![\w'])", s):
			opts.append((old, news))
	tw = c["town"]
	if tw[0] in s:
		opts.append((tw[0], tw[1]))
	if not opts:
		return None
	old, news = rng.choice(opts)
	return sub_once(s, old, rng.choice(news))


def t_english(rng, c, s):
	if c.get("alias"):
		a = c["alias"]
		f = seg_text(c, "form")
		if f in VN_EN and rng.random() < 0.5:
			a += " " + rng.choice(VN_EN[f])
		return a
	core = seg_text(c, "core") or seg_text(c, "person")
	if not core or not c["en"] or c["en"].lower() in s.lower():
		return None
	return unaccent(core) + " " + c["en"]


def t_truncated(rng, c, s):
	ws = s.split()
	if len(ws) >= 3 and rng.random() < 0.5:
		t = " ".join(ws[:rng.randint(2, len(ws) - 1)])
	elif len(s) < 16:
		return None
	else:
		t = s[:rng.randint(int(len(s) * 0.55), len(s) - 3)]
	t = t.rstrip(" ,-(/@")
	if t.count("(") > t.count(")") and len(t) - t.rindex("(") < 5:
		t = t[:t.rindex("(")].rstrip(" ,-(/@")
	own = seg_text(c, "core") or seg_text(c, "person") or \
		seg_text(c, "place") or ""
	if own and not set(la.words(t)) & set(la.words(own)):
		return None	# nothing of the customer's own name is left
	return t


def t_reorder(rng, c, s):
	pre, core = seg_text(c, "pre"), seg_text(c, "core")
	f = seg_text(c, "form")
	if pre and core and s.startswith(pre) and rng.random() < 0.6:
		rest = s[len(pre):].strip()
		return rest + rng.choice([" ", ", ", " - "]) + pre
	if f and s.startswith(f + " "):
		return s[len(f):].strip() + rng.choice([", ", " - ", " "]) + f
	core = seg_text(c, "core")
	if c["cc"] != "VN" and core and core in s and len(core.split()) == 2 \
			and not re.search(r"[&,]|\bdan\b", core):
		a, b = core.split()
		return s.replace(core, b + " " + a, 1)
	return None


def t_acronym(rng, c, s):
	f = seg_text(c, "form")
	body = sub_once(s, f, "") if f and f in s else s
	ws = [w for w in (body or s).split() if w[0].isalpha()]
	if len(ws) < 2:
		return None
	runs = []
	pre = seg_text(c, "pre")
	if pre and len(pre.split()) >= 2 and pre in s:
		runs.append(pre)
	core = seg_text(c, "core")
	if core and len(core.split()) >= 2 and core in s and \
			not re.search(r"&|\bdan\b", core):
		runs.append(core)
	if 2 <= len(ws) <= 5:
		runs.append(" ".join(ws))
	if not runs:
		return None
	run = rng.choice(runs)
	acr = "".join(unaccent(w)[0] for w in run.split() if w[0].isalpha() and
		w.lower() not in ("dan", "va", "và", "and", "&")).upper()
	if rng.random() < 0.15:
		acr = ".".join(acr) + "."
	return " ".join(s.replace(run, acr, 1).split())


def t_and(rng, c, s):
	m = re.search(r"(?<!\w)(&|dan|và|va|and)(?!\w)", s)
	if not m:
		return None
	alt = {"VN": ["&", "va", "và", "-", "+"], "ID": ["&", "dan", "and"]}.get(
		c["cc"], ["&", "dan", "and", "n", "+"])
	new = rng.choice([x for x in alt if x != m.group(1)])
	out = s[:m.start()] + new + s[m.end():]
	return out if new != "-" else " ".join(out.split())


def t_number(rng, c, s):
	n = seg_text(c, "num")
	if not n or not re.search(r"\b" + n + r"\b", s):
		return None
	k = int(n)
	if c["cc"] == "VN":
		forms = ["số %d" % k, "so %d" % k, "%02d" % k, "#%d" % k,
			"Q%d" % k if "Quận" in s else "CN%d" % k]
	else:
		forms = ["%02d" % k, "%03d" % k] if c["sector"] == "school" else \
			["%02d" % k, "No. %d" % k, "No.%d" % k, "%d" % k]
	t = re.sub(r"\b" + n + r"\b", rng.choice(forms), s, count=1)
	if "Quận" in t and rng.random() < 0.5:
		t = t.replace("Quận ", rng.choice(["Q.", "Q", "District "]), 1)
	return t if t != s else None


def t_branch(rng, c, s):
	cc = c["cc"]
	site = rng.choice(SITES[cc])
	if c.get("site") and rng.random() < 0.7:
		site = c["site"]
	r = rng.random()
	b = rng.choice(BRANCH[cc])
	if r < 0.15:
		q = b + " " + str(rng.randint(2, 9))
	elif r < 0.35:
		q = site
	elif r < 0.5:
		q = rng.choice(c["town"][1] + [c["town"][0]])
	elif cc == "VN" and r < 0.6:
		q = rng.choice(["District %d", "Q.%d", "Q%d"]) % rng.randint(1, 12)
	else:
		q = b + " " + site if b not in ("branch",) else site + " branch"
	if cc == "VN" and rng.random() < 0.4:
		q = unaccent(q)
	sep = rng.choice([" ", " - ", " (", ", "])
	return s + sep + q + (")" if sep == " (" else "")


NEAR = {}
for _row in ("qwertyuiop", "asdfghjkl", "zxcvbnm"):
	for _i, _ch in enumerate(_row):
		NEAR[_ch] = _row[max(0, _i - 1):_i] + _row[_i + 1:_i + 2]


def typo1(rng, s):
	idx = [i for i, ch in enumerate(s) if ch.isalpha()]
	if len(idx) < 5:
		return None
	i = rng.choice(idx[1:])
	r = rng.random()
	ch = s[i]
	if r < 0.35 and ch.lower() in NEAR:
		n = rng.choice(NEAR[ch.lower()])
		return s[:i] + (n.upper() if ch.isupper() else n) + s[i + 1:]
	if r < 0.6:
		return s[:i] + s[i + 1:]
	if r < 0.8 and i + 1 < len(s) and s[i + 1].isalpha():
		return s[:i] + s[i + 1] + s[i] + s[i + 2:]
	return s[:i] + ch + s[i:]


def t_typo(rng, c, s):
	return typo1(rng, s)


def t_typo2(rng, c, s):
	t = typo1(rng, s)
	return t and typo1(rng, t)


def call_name(rng, p, cc):
	giv, fam = p["firstname"], p["lastname"]
	if cc == "VN":
		who = (giv if len(giv.split()) == 1 else fam)
		return rng.choice(["Anh", "Chị", "A.", "C.", "Anh", "Chi"]) + " " + \
			(who if rng.random() < 0.6 else unaccent(who))
	if cc == "ID":
		return rng.choice(["Pak", "Bu", "Bpk", "Ibu", "P."]) + " " + \
			giv.split()[0]
	if cc in ("MY", "BN"):
		if fam in sum(SURNAME, []):
			return rng.choice(["Mr", "Ms", "Mr.", "Mdm"]) + " " + fam
		return rng.choice(["En.", "Encik", "Puan", "Cik", ""]) + " " + \
			giv.split()[0]
	return rng.choice(["Mr", "Ms", "Lok"]) + " " + giv


def t_person(rng, c, s):
	if not c.get("people"):
		return None
	who = call_name(rng, rng.choice(c["people"]), c["cc"]).strip()
	r = rng.random()
	if r < 0.4:
		return who + rng.choice([" - ", " @ ", " / ", " "]) + s
	if r < 0.8:
		sep = rng.choice([" - ", " (", " / "])
		return s + sep + who + (")" if sep == " (" else "")
	return s + " " + who


def t_domain(rng, c, s):
	d = c.get("domain")
	if not d:
		return None
	return d if rng.random() < 0.6 else d.split(".")[0]


def t_space(rng, c, s):
	opts = []
	if "Anak-Anak" in s:
		opts += [("Anak-Anak", "Anak2"), ("Anak-Anak", "Anak Anak"),
			("Anak-Anak", "Anak-anak")]
	for a, b in (("Hà Nội", "Hanoi"), ("Sài Gòn", "Saigon"),
			("Đà Nẵng", "Danang"), ("Phnom Penh", "Phnompenh"),
			("Kuala Lumpur", "KualaLumpur")):
		if a in s:
			opts.append((a, b))
	core = seg_text(c, "core")
	if core and core in s and len(core.split()) == 2 and "&" not in core:
		a, b = core.split()
		opts += [(core, a + b.lower()), (core, a + "-" + b),
			(core, (a + b).upper() if len(a + b) < 9 else a + b)]
	pre = seg_text(c, "pre")
	if pre and pre in s and len(pre.split()) == 2:
		opts.append((pre, pre.replace(" ", "")))
	if not opts:
		return None
	a, b = rng.choice(opts)
	return s.replace(a, b, 1)


def t_namesake(rng, c, s):
	if not c.get("twin"):
		return None
	t = c["town"]
	q = rng.choice([t[0], t[0], rng.choice(t[1])])
	b = c["name"][:c["name"].rindex(" (")]
	sep = rng.choice([" ", " - ", " (", ", "])
	return b + sep + q + (")" if sep == " (" else "")


def t_exact(rng, c, s):
	return c["name"]


REAL = [("exact", t_exact, 5), ("case", t_case, 2), ("legal", t_legal, 11),
	("nodiac", t_nodiac, 7), ("telex", t_telex, 4), ("vni", t_vni, 2),
	("spelling", t_spelling, 5), ("surname", t_surname, 2),
	("title", t_title, 5), ("abbrev", t_abbrev, 6),
	("english", t_english, 4), ("truncated", t_truncated, 5),
	("reorder", t_reorder, 2), ("acronym", t_acronym, 3),
	("and", t_and, 3), ("number", t_number, 2), ("branch", t_branch, 6),
	("typo", t_typo, 4), ("two typos", t_typo2, 1), ("person", t_person, 3),
	("domain", t_domain, 1), ("space", t_space, 3),
	("namesake", t_namesake, 2), ("mixed", None, 6)]
MIXABLE = [t_legal, t_nodiac, t_abbrev, t_case, t_typo, t_branch, t_title,
	t_spelling, t_telex, t_truncated, t_person, t_and]
KIND_CC = {"nodiac": ("VN",), "telex": ("VN",), "vni": ("VN",),
	"spelling": ("ID",), "surname": ("MY", "ID", "BN", "KH"),
	"title": ("ID", "MY", "BN", "VN")}


# -------------------------------------------------------------- impostors

def fake(rng, g, cc, sector=None, core=None):
	"""A business that is not a customer, built as customers are."""
	for _ in range(50):
		if sector:
			town = rng.choice(TOWNS[cc])
			g.town = town[0]
			r = (make_id(rng, g, sector) if cc == "ID" else
				make_my(rng, g, sector, cc) if cc in ("MY", "BN") else
				make_vn(rng, g, sector) if cc == "VN" else
				make_kh(rng, g, sector))
			if not r:
				sector = wchoice(rng, SECTORS)
				continue
			c = {"cc": cc, "sector": sector, "segs": r[0], "en": r[1],
				"town": town, "alias": None}
		else:
			c = make_cust(rng, g, cc)
			if not c:
				continue
		if core:
			if not seg_text(c, "core"):
				continue
			c["segs"] = [(k, core if k == "core" else t) for k, t in
				c["segs"]]
		c["name"] = name_of(c["segs"], cc)
		c["alias"] = None
		return c
	return None


def core_words(c):
	core = seg_text(c, "core")
	if not core or c["sector"] in ("law", "tax", "notary"):
		return []
	return [w for w in core.replace(",", " ").split() if w not in
		("&", "dan", "và")]


def word_pool(cc):
	return {"ID": W_ID, "MY": W_MY, "BN": W_MY, "KH": W_KH}.get(cc)


def i_rare(rng, g, c):
	ws = [w for w in core_words(c) if len(w) > 2 and w[0].isalpha()]
	if not ws:
		return None
	ws.sort(key=lambda w: len(g.audit.inv.get(la.key(w), ())))
	w = ws[0] if rng.random() < 0.7 else rng.choice(ws)
	cc = c["cc"]
	if rng.random() < 0.45:
		return (rng.choice(ALIEN[cc]) + " " + w, None)
	pool = word_pool(cc)
	if cc == "VN":
		other = rng.choice(W_VN).split()[rng.randint(0, 1)]
		new = " ".join(rng.sample([w, other], 2))
	elif pool:
		new = w + " " + rng.choice(pool)
	else:
		new = w
	f = fake(rng, g, cc, rng.choice([s for s, _ in SECTORS
		if s not in (c["sector"], "law", "tax", "notary", "gov")]), new)
	return f and (f["name"], f)


def i_shape(rng, g, c):
	f = fake(rng, g, c["cc"], c["sector"] if c["sector"] != "franchise"
		else None)
	return f and (f["name"], f)


def i_namesake(rng, g, c):
	core = seg_text(c, "core")
	if not core or c["sector"] in ("law", "tax", "notary"):
		return None
	f = fake(rng, g, c["cc"], rng.choice([s for s, _ in SECTORS
		if s not in (c["sector"], "law", "tax", "notary", "gov")]), core)
	if not f:
		return None
	towns = [t for t in TOWNS[c["cc"]] if t[0] != c["town"][0]] or \
		TOWNS[c["cc"]]
	t = rng.choice(towns)
	q = rng.choice([t[0]] + t[1])
	return (f["name"] + rng.choice([" ", " - ", ", "]) + q, f)


def i_surname(rng, g, c):
	cc = c["cc"]
	fam = rng.choice(g.surnames[cc]) if g.surnames.get(cc) else None
	if not fam:
		return None
	r = rng.random()
	if cc == "VN":
		if r < 0.5:
			return (fam + " " + rng.choice(VN_MID) + " " +
				rng.choice(VN_GIVEN), None)
		return (rng.choice(ALIEN["VN"]) + " " + fam + " " +
			rng.choice(VN_GIVEN), None)
	if r < 0.4:
		return (rng.choice(ALIEN[cc]) + " " + fam, None)
	if r < 0.7:
		return (fam + " " + rng.choice(["Motor", "Auto Parts", "Electrical",
			"Jewellery", "Photo Studio", "Bakery", "Tailor", "Elektronik",
			"Printing", "Florist"]), None)
	giv = rng.choice(CN_GIVEN if fam in sum(SURNAME, []) and cc != "ID"
		else ID_GIVEN)
	return ((fam + " " + giv) if cc != "ID" else (giv + " " + fam), None)


def i_personal(rng, g, c):
	p = person(rng, c["cc"])
	r = rng.random()
	who = p[2] if r < 0.5 else rng.choice(HONOUR[c["cc"]]) + " " + \
		p[0].split()[0]
	suf = {"ID": ["laptop", "rumah", "PC rumah", "pribadi", "(pribadi)"],
		"VN": ["laptop", "nhà riêng", "cá nhân", "(ca nhan)", "PC nha"],
		}.get(c["cc"], ["laptop", "home", "personal", "(home PC)"])
	return (who + (" " + rng.choice(suf) if rng.random() < 0.6 else ""),
		None)


def i_staff(rng, g, c):
	d = rng.choice(list(TECHS))
	who = rng.choice(TECHS[d]).split()[-1]
	return (rng.choice(["%s internal" % MSP, "%s - %s office" % (MSP, d),
		"%s Lab" % MSP, "Test VM %s" % who, "%s %s laptop" % (MSP, who),
		"Internal - %s" % d, "%s training room" % MSP,
		"%s Helpdesk" % MSP]), "staff")


def i_vendor(rng, g, c):
	v = rng.choice(VENDOR)
	return (v + rng.choice(["", "", " support", " - ticket", " (vendor)"]),
		None)


def i_prospect(rng, g, c):
	f = fake(rng, g, c["cc"])
	if not f:
		return None
	return (rng.choice(["Trial - ", "Demo ", "Prospek: ", "Khách mới - ",
		"POC - ", "Quote - "]) + f["name"], None)


def i_chain(rng, g, c):
	cc = c["cc"]
	ch = rng.choice(CHAINS[cc])
	used = g.chain_sites.get(ch, set())
	free = [s for s in SITES[cc] if s not in used]
	if not free:
		return None
	return (ch + " " + rng.choice(free), None)


IMPOSTOR = [("rare word", i_rare, 6), ("same surname", i_surname, 5),
	("namesake", i_namesake, 5), ("same shape", i_shape, 5),
	("personal", i_personal, 3), ("own staff", i_staff, 2),
	("vendor", i_vendor, 2), ("prospect", i_prospect, 1),
	("chain branch", i_chain, 1)]
SURFACE = [t_nodiac, t_case, t_legal, t_abbrev, t_typo, t_telex]


# ------------------------------------------------------------ the drawing

def compact(s):
	return "".join(la.words(s))


def index(g):
	g.audit = la.Audit([(str(c["id"]), c["name"]) for c in g.custs])
	g.compact = {}
	for i, c in enumerate(g.custs):
		for v in (c["name"], base(c), c.get("alias") or ""):
			k = compact(v)
			if k:
				g.compact.setdefault(k, set()).add(i)
	g.bycc = {}
	for i, c in enumerate(g.custs):
		g.bycc.setdefault(c["cc"], []).append(i)
	g.twins = [i for i, c in enumerate(g.custs) if c.get("twin")]
	g.numbered = [i for i, c in enumerate(g.custs) if seg_text(c, "num")]
	g.chain_sites = {}
	for c in g.custs:
		if c.get("chain"):
			g.chain_sites.setdefault(c["chain"], set()).add(
				seg_text(c, "site"))
	g.surnames = {}
	for c in g.custs:
		for p in c["contacts"]:
			for w in (p["lastname"] or "").split()[:1]:
				if w in sum(SURNAME, []) or w in VN_FAMILY or \
						w in ID_FAMILY:
					g.surnames.setdefault(c["cc"], []).append(w)
	for cc in g.surnames:
		g.surnames[cc] = sorted(set(g.surnames[cc]))


def clean(s):
	return " ".join((s or "").replace("\t", " ").split())


def real_ok(g, typed, i):
	if len(typed) < 2 or not re.search(r"[^\W\d_]", typed):
		return False
	if g.audit.real(typed, str(g.custs[i]["id"])):
		return False
	return g.compact.get(compact(typed), {i}) <= {i}


def impostor_ok(g, typed):
	if len(typed) < 3 or not la.words(typed):
		return False
	if g.audit.impostor(typed) or g.audit.impostor_more(typed) or \
			g.audit.joined(typed):
		return False
	ws = typed.split()
	vs = la.qualified(typed) + [" ".join(ws[:-2])] + [typed]
	for v in vs:
		if v.strip() and compact(v) in g.compact:
			return False
	tw = la.words(typed)
	if g.audit.holding(tw):		# a customer holds every word
		return False
	for v in la.qualified(typed):	# one typo from a customer's name
		if g.audit.near(la.key(v)):
			return False
	have = set(tw)			# every word of a customer, and more:
	for w in have:			# that customer's site or branch
		for i in g.audit.inv.get(w, ()):
			own = {x for x in g.audit.ws[i] if not x.isdigit()}
			if own <= have:
				return False
	return True


def pick(rng, g, kind):
	if kind == "namesake":
		return rng.choice(g.twins) if g.twins else None
	if kind == "number":
		return rng.choice(g.numbered) if g.numbered else None
	ccs = KIND_CC.get(kind)
	if ccs:
		cc = rng.choice([x for x in ccs if x in g.bycc] or [None])
		return rng.choice(g.bycc[cc]) if cc else None
	return rng.randrange(len(g.custs))


def desk_of(rng, cc):
	return DESK[cc] if rng.random() < 0.88 else rng.choice(sorted(TECHS))


def real_row(rng, g):
	while True:
		kind, fn = wchoice(rng, [((k, f), w) for k, f, w in REAL])
		for _ in range(12):
			i = pick(rng, g, kind)
			if i is None:
				break
			c = g.custs[i]
			s = base(c)
			if fn:
				t = fn(rng, c, s)
			else:
				t, n = s, 0
				for f in rng.sample(MIXABLE, len(MIXABLE)):
					u = f(rng, c, t)
					if u and u != t:
						t, n = u, n + 1
					if n == rng.choice([2, 2, 3]):
						break
				if n < 2:
					continue
			t = clean(t)
			if not t or (kind != "exact" and t == c["name"]):
				continue
			if real_ok(g, t, i):
				return (t, i, kind, desk_of(rng, c["cc"]))


def impostor_row(rng, g):
	while True:
		kind, fn = wchoice(rng, [((k, f), w) for k, f, w in IMPOSTOR])
		for _ in range(12):
			c = g.custs[rng.randrange(len(g.custs))]
			r = fn(rng, g, c)
			if not r:
				continue
			t, f = r
			if f not in (None, "staff") and rng.random() < 0.35:
				u = rng.choice(SURFACE)(rng, f, t)
				t = u or t
			elif f is None and c["cc"] == "VN" and rng.random() < 0.3:
				t = unaccent(t)
			t = clean(t)
			if impostor_ok(g, t):
				desk = "STAFF" if f == "staff" else desk_of(rng, c["cc"])
				return (t, None, "impostor: " + kind, desk)


def draw_rows(rng, g, n):
	return [impostor_row(rng, g) if rng.random() < 0.25 else
		real_row(rng, g) for _ in range(n)]


def machine(rng, g, row, roles):
	typed, i, kind, desk = row
	r = rng.random()
	if i is not None:
		own = g.custs[i]["assets"]
		if own and r < 0.8:
			return rng.choice(own)["name"]
		if r < 0.84:
			other = g.custs[rng.randrange(len(g.custs))]["assets"]
			if other:
				return rng.choice(other)["name"]
		return rand_pc(rng, rng.choice(["DESKTOP", "LAPTOP"]))
	if kind == "impostor: own staff":
		return "%s-%s-NB%02d" % (MSP.upper(), rng.choice(sorted(TECHS)),
			rng.randint(1, 20))
	if r < 0.15:
		return rng.choice(roles)
	return rand_pc(rng, rng.choice(["DESKTOP", "DESKTOP", "LAPTOP"]))


def main():
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random("blind18:" + seed)
	g = population(rng, ncust)
	index(g)
	rows = draw_rows(rng, g, nnames)
	owned = scr.asset_names(g.custs)
	roles = sorted(owned & set(SHARED_ROLES)) or ["KASIR"]
	techs = dict(TECHS)
	techs["STAFF"] = [t for d in sorted(TECHS) for t in TECHS[d]]
	custs = [{"id": c["id"], "name": c["name"], "syncro": c["syncro"],
		"contacts": c["contacts"], "assets": c["assets"]} for c in g.custs]
	scr.write_desk_set(rng, out, custs, rows,
		lambda row: machine(rng, g, row, roles), techs,
		("blind18", seed, 1812000000, 1201, 70))


if __name__ == "__main__":
	main()
