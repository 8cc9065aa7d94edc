#!/usr/bin/env python3
# gen-link-blind31.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (session 20): an MSP of Korea and Vietnam - Korean firms with Vietnamese
# factories and Vietnamese customers.  One Syncro account, one
# ScreenConnect; desks in Seoul (SEL: Seoul, Incheon, Suwon, Seongnam),
# Busan (PUS: Busan, Ulsan, Changwon, Daegu), Hanoi (HAN: Hà Nội, Bắc
# Ninh, Hải Phòng, Thái Nguyên) and Ho Chi Minh City (SGN: TP. Hồ Chí
# Minh, Bình Dương, Đồng Nai, Vũng Tàu).  Writes OUTDIR/customers.json,
# names.tsv (typed TAB true id or "" TAB kind TAB machine), sessions.jsonl
# and sessions-machine.jsonl as gen-link-blind29.py does
# (screenconnect_record.write_desk_set, linkgen's checks and row draw).
# Python stdlib only, deterministic for a seed.  Customer ids from
# 31000000.
#
# Customers: clinics (의원, 내과, 안과; Phòng khám Đa khoa), dental offices
# (치과의원; Nha khoa, the Korean dental chains of Saigon), law and tax
# firms (법무법인, 세무회계 and 회계법인 under the accountant's name; Công
# ty Luật, Văn phòng Luật sư, Kế toán), trading companies (무역, 상사,
# 물산), factories (전자, 정밀, 산업, 화학, 섬유, 기계, 식품) and their
# Vietnamese subsidiaries ("Công ty TNHH Hanbit Vina"), restaurants (갈비,
# 식당; Nhà hàng, Korean BBQ), academies (영어학원, 수학학원; Trung tâm
# Ngoại ngữ / Hàn ngữ), hotels (호텔; Khách sạn) and Vietnamese companies
# (Công ty TNHH / Cổ phần / TNHH MTV, DNTN, and a company's chi nhánh).
# Syncro holds each name as the customer registered it: in Hangul, in
# romanised Korean, in English, in Vietnamese with diacritics or without.
#
# Where each habit and shape comes from ("search" = found with the
# session's search tool, the address given; the rest from memory):
# - Korean surnames and their shares: the 2015 census of Statistics Korea
#   as reported by the Korea Times (search: koreatimes.co.kr 2016/09
#   116_214152 "Kim 21.5 percent ... Lee or Yi (14.7) ... Park (8.4) ...
#   Choe or Choi (4.7), Chung (4.3), Kang (2.4), Cho (2.1), Yun or Yoon
#   (2.1), Chang (2.0) and Lim or Im (1.7)"; Yu/Yoo and Ryu from one
#   character); the rest of the top twenty (Han, Oh, Seo, Shin, Kwon,
#   Hwang, Ahn, Song, Hong) from memory of the same census's list;
# - their spellings: Revised Romanization (Gim, I, Bak, Choe, Jeong: the
#   2000 Ministry of Culture rules), McCune-Reischauer (Kim, Yi, Pak,
#   Ch'oe, Chŏng: initial plain consonants unvoiced, voiced between
#   voiced sounds - memory of the 1939 system as Wikipedia states it; the
#   breves and apostrophes typed away on a US keyboard), and the
#   passport/common ones (Lee, Rhee, Park, Choi, Jung/Chung, Yoon, Lim,
#   Oh, Suh, Shin, Ahn, Yoo) and the common -eo- as -u- (Sung, Hyun,
#   Young, Kyung), -u as -oo (Joon, Soo, Hoon), -i as -ee (Hee) in given
#   names and firm names (Daesung, Youngjin) - memory of how Korean firms
#   and passports spell them; the given name written joined, hyphenated
#   or spaced (Minjun / Min-jun / Min Jun);
# - Hangul typed with the Hangul input off: the 2-set (Dubeolsik, KS X
#   5002) layout's jamo on the QWERTY keys (ㅂㅈㄷㄱㅅ on qwert, ㅁㄴㅇㄹㅎ
#   on asdfg, ㅋㅌㅊㅍ on zxcv, ㅛㅕㅑㅐㅔ on yuiop, ㅗㅓㅏㅣ on hjkl, ㅠㅜㅡ
#   on bnm; ㅃㅉㄸㄲㅆㅒㅖ shifted; compound vowels and finals as their two
#   keys: search, classic.yarnpkg.com qwerty-dubeolsik "convertKorToEng
#   ("한글") -> gksrmf"), and a slip on that layout as the neighbouring
#   jamo (ㅓ for ㅏ: j and k);
# - Hangul syllables composed and decomposed by the Unicode arithmetic
#   (U+AC00 + (initial * 21 + vowel) * 28 + final: the Unicode Standard,
#   ch. 3.12), romanised syllable by syllable (RR's letter table; sound
#   changes left out, as a typist's own romanisation leaves them);
# - Korean legal forms: 주식회사 written out or as (주) before or after the
#   name, 유한회사 / (유), and the English "Co., Ltd." / "Corp." / "Inc."
#   the same firm registers abroad (Commercial Act; memory), 법무법인 for a
#   law firm, 회계법인 for an accounting firm, 세무회계 after a tax
#   accountant's name;
# - Vietnamese legal forms: Công ty TNHH (trách nhiệm hữu hạn), Công ty
#   TNHH MTV (một thành viên), Công ty Cổ phần (CP / CTCP), DNTN (doanh
#   nghiệp tư nhân), Chi nhánh ... tại Hà Nội for a branch (Law on
#   Enterprises 2020; memory; the audit already reads "cong ty tnhh" from
#   gen-link-blind15); the Korean subsidiary's "... Vina" / "... Việt
#   Nam" (memory of Samsung Electronics Vietnam, Hansol Vina and the like,
#   used only as a shape);
# - Vietnamese surnames and their shares (search: waiwiki.blogspot.com
#   2009/09 "Nguyễn 38.4%, Trần 11%, Lê 9.5%, Phạm 7.1%, Huỳnh/Hoàng
#   5.1%, Phan 4.5%, Vũ/Võ 3.9%, Đặng 2.1%, Bùi 2%, Đỗ 1.4%, Hồ 1.3%, Ngô
#   1.3%, Dương 1%, Lý 0.5%"; sideeffects.com "Vietnamese surnames"), the
#   name order family - middle - given and the call by the given name
#   (search: vietnamesenames.visitwonders.com "Nguyen Duc Giang, Giang is
#   the personal name"), Văn / Thị as the commonest middle names;
# - Vietnamese typed with the input method off: Telex (aa â, aw ă, ee ê,
#   oo ô, ow ơ, uw ư, dd đ; tones s f r x j) and VNI (6 circumflex, 7
#   horn, 8 breve, 9 đ; tones 1-5), the tone key right after its vowel or
#   at the end of the word ("smart input") (search:
#   vietunicode.sourceforge.net/inputmethod.html "Tieesng Vieejt /
#   Tie61ng Vie65t"; help.keyman.com vietnamese_telex), and diacritics
#   dropped outright on a US keyboard;
# - abbreviations a technician types: TNHH, CP, CTCP, MTV, Cty, CN (chi
#   nhánh), VN, HN, HCM / SG, KR, (주) for 주식회사, Co. for Company, Tech
#   for Technology, Dental for 치과 and NK for Nha khoa (memory);
# - a US QWERTY typo model (linkgen.Typo) on Latin names, and 2-set
#   neighbours on Hangul (above).
# - Names: Korean given names from common syllables (민준, 서연, 지훈 ...;
#   memory of the popular-name lists), Vietnamese given and middle names
#   (Hùng, Dũng, Tuấn, Hương, Lan, Linh ...; memory), brands as two
#   Sino-Korean syllables (한빛, 대성, 동양 ...) or two Sino-Vietnamese
#   ones (Hoàng Phát, Minh Long, Thành Đạt ...), the shapes firms in both
#   countries use.
#
# label-audit.py reads this set's Hangul as words and 주식회사, (주),
# 유한회사, DNTN, Cty, CP, MTV as legal forms (its KOREA_VN list, used
# only for a list where one name in twenty is in Hangul, so its output on
# the other generators' sets is unchanged).
#
# Real-row kinds and shares (of real rows; about 37% of rows are
# impostors) are KINDS below; impostor kinds IMPOSTORS.  Machines: a real
# row is on one of its customer's assets 72%, on another customer's 4%,
# else an unknown DESKTOP-/LAPTOP- name; impostors on unknown machines, a
# role name some customers share (KETOAN, LETAN, CHONGMU) 18%, the MSP's
# own for its staff.
#
# Labels (session 16's rules): a real row is a name a technician would
# type for that customer; an impostor one a careful person bills to no
# listed customer.  Rows label-audit.py doubts are drawn again, and so are
# impostors that, read through this region's folding (Hangul romanised,
# diacritics off, the romanisations' consonant pairs g/k d/t b/p j/ch r/l
# as one, each run of vowels as one, every spelling of a listed surname
# as one), are any of a customer's names in any script or romanisation,
# or that name less its legal form, town or owner, or all its words less
# one, or its words run together, or a customer's name with two letters
# swapped, or hold a listed contact's or owner's full name (a Korean's
# run together in Hangul, a Vietnamese's given name before the family
# name too); a person's name is a real row only when that whole name is
# one customer's contact only.  Real rows are drawn again when another
# customer holds every folded word, or a cut name begins another
# customer's.  Customers are one firm each: no two share a name in any
# script or romanisation (letters compared), though two may share a
# folded one (성진 and 승진), and rows that cannot tell them apart are
# drawn again.  The row draw keeps the impostor share at 50,000
# customers (linkgen's same_class, as gen-link-blind28).
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linkgen as lk  # noqa: E402
import screenconnect_record as scr  # noqa: E402

# ---------------------------------------------------------------- places
# (Hangul or Vietnamese, Revised Romanization / ASCII, McCune-Reischauer,
# desk, share, zip prefix)
TOWNS = {
	"KR": [("서울", "Seoul", "Soul", "SEL", 20, "0"),
		("인천", "Incheon", "Inchon", "SEL", 4, "2"),
		("수원", "Suwon", "Suwon", "SEL", 3, "16"),
		("성남", "Seongnam", "Songnam", "SEL", 2, "13"),
		("부산", "Busan", "Pusan", "PUS", 9, "4"),
		("울산", "Ulsan", "Ulsan", "PUS", 3, "44"),
		("창원", "Changwon", "Changwon", "PUS", 3, "51"),
		("대구", "Daegu", "Taegu", "PUS", 3, "41")],
	"VN": [("Hà Nội", "Ha Noi", "Hanoi", "HAN", 14, "10"),
		("Bắc Ninh", "Bac Ninh", "Bac Ninh", "HAN", 5, "16"),
		("Hải Phòng", "Hai Phong", "Haiphong", "HAN", 4, "18"),
		("Thái Nguyên", "Thai Nguyen", "Thai Nguyen", "HAN", 2, "25"),
		("TP. Hồ Chí Minh", "TP HCM", "Ho Chi Minh City", "SGN", 16, "70"),
		("Bình Dương", "Binh Duong", "Binh Duong", "SGN", 5, "75"),
		("Đồng Nai", "Dong Nai", "Dong Nai", "SGN", 4, "76"),
		("Vũng Tàu", "Vung Tau", "Vung Tau", "SGN", 2, "78")]}
TOWN_ABBR = {"Hà Nội": ["HN", "Hà Nội", "Ha Noi"], "TP. Hồ Chí Minh":
	["HCM", "SG", "Sài Gòn", "HCMC"], "Bắc Ninh": ["BN", "Bắc Ninh"],
	"Hải Phòng": ["HP", "Hải Phòng"], "Bình Dương": ["BD", "Bình Dương"],
	"Đồng Nai": ["ĐN", "Đồng Nai"], "Thái Nguyên": ["Thái Nguyên"],
	"Vũng Tàu": ["VT", "Vũng Tàu"]}

# ---------------------------------------------------------------- Korean
# Syllables for brands and given names: (Hangul, RR, MR, common).
SYL = [("한", "Han", "Han", "Han"), ("빛", "bit", "pit", "bit"),
	("대", "Dae", "Tae", "Dae"), ("성", "Seong", "Song", "Sung"),
	("진", "Jin", "Chin", "Jin"), ("명", "Myeong", "Myong", "Myung"),
	("동", "Dong", "Tong", "Dong"), ("신", "Sin", "Sin", "Shin"),
	("영", "Yeong", "Yong", "Young"), ("광", "Gwang", "Kwang", "Kwang"),
	("보", "Bo", "Po", "Bo"), ("서", "Seo", "So", "Seo"),
	("금", "Geum", "Kum", "Keum"), ("세", "Se", "Se", "Se"),
	("화", "Hwa", "Hwa", "Hwa"), ("원", "Won", "Won", "Won"),
	("태", "Tae", "Tae", "Tae"), ("미", "Mi", "Mi", "Mi"),
	("정", "Jeong", "Chong", "Jung"), ("우", "U", "U", "Woo"),
	("일", "Il", "Il", "Il"), ("삼", "Sam", "Sam", "Sam"),
	("청", "Cheong", "Chong", "Chung"), ("상", "Sang", "Sang", "Sang"),
	("창", "Chang", "Chang", "Chang"), ("효", "Hyo", "Hyo", "Hyo"),
	("국", "Guk", "Kuk", "Kook"), ("경", "Gyeong", "Kyong", "Kyung"),
	("준", "Jun", "Chun", "Joon"), ("현", "Hyeon", "Hyon", "Hyun"),
	("은", "Eun", "Un", "Eun"), ("수", "Su", "Su", "Soo"),
	("유", "Yu", "Yu", "Yoo"), ("재", "Jae", "Chae", "Jae"),
	("민", "Min", "Min", "Min"), ("용", "Yong", "Yong", "Yong"),
	("호", "Ho", "Ho", "Ho"), ("승", "Seung", "Sung", "Seung"),
	("도", "Do", "To", "Do"), ("희", "Hui", "Hui", "Hee"),
	("지", "Ji", "Chi", "Ji"), ("훈", "Hun", "Hun", "Hoon"),
	("연", "Yeon", "Yon", "Yeon"), ("혜", "Hye", "Hye", "Hye"),
	("솔", "Sol", "Sol", "Sol"), ("누", "Nu", "Nu", "Nu"),
	("가", "Ga", "Ka", "Ga"), ("람", "Ram", "Ram", "Ram"),
	("하", "Ha", "Ha", "Ha"), ("나", "Na", "Na", "Na"),
	("푸", "Pu", "Pu", "Pu"), ("른", "reun", "run", "reun"),
	("백", "Baek", "Paek", "Baek"), ("두", "Du", "Tu", "Doo"),
	("양", "Yang", "Yang", "Yang"), ("림", "Rim", "Rim", "Rim"),
	("산", "San", "San", "San"), ("덕", "Deok", "Tok", "Duk"),
	("문", "Mun", "Mun", "Moon"), ("인", "In", "In", "In"),
	("선", "Seon", "Son", "Sun"), ("천", "Cheon", "Chon", "Chun"),
	("평", "Pyeong", "Pyong", "Pyung"), ("안", "An", "An", "Ahn"),
	("중", "Jung", "Chung", "Joong"), ("해", "Hae", "Hae", "Hae"),
	("홍", "Hong", "Hong", "Hong"), ("제", "Je", "Che", "Je"),
	("남", "Nam", "Nam", "Nam"), ("강", "Gang", "Kang", "Kang"),
	("전", "Jeon", "Chon", "Jun"), ("길", "Gil", "Kil", "Kil"),
	("향", "Hyang", "Hyang", "Hyang"), ("건", "Geon", "Kon", "Kun"),
	("송", "Song", "Song", "Song"), ("오", "O", "O", "Oh")]
SYLD = {s[0]: s for s in SYL}
# Brand syllables and given-name syllables (indexes into SYL by Hangul).
BRAND1 = "한대성진명동신영광보서금세화태미정우일삼청상창효국경현유재용승도가하백" \
	"덕문인선천평안중해홍제남강전건송오"
BRAND2 = "빛성진명동신영광보원화양일림산경호우람솔두인천평안중해강전길향건"
GIVEN1 = "민서지현수영정성동상혜경미재태은준유승하"
GIVEN2 = "준연훈우진희호민영수경현성은재"
# Korean surnames: (Hangul, RR, MR, common spellings, share %) - the 2015
# census (Korea Times); the spellings as above.
SUR_KR = [("김", "Gim", "Kim", ["Kim"], 21.5),
	("이", "I", "Yi", ["Lee", "Yi", "Rhee"], 14.7),
	("박", "Bak", "Pak", ["Park", "Pak"], 8.4),
	("최", "Choe", "Choe", ["Choi"], 4.7),
	("정", "Jeong", "Chong", ["Jung", "Chung", "Jeong"], 4.3),
	("강", "Gang", "Kang", ["Kang"], 2.4),
	("조", "Jo", "Cho", ["Cho", "Jo"], 2.1),
	("윤", "Yun", "Yun", ["Yoon", "Yun"], 2.1),
	("장", "Jang", "Chang", ["Jang", "Chang"], 2.0),
	("임", "Im", "Im", ["Lim", "Im"], 1.7), ("한", "Han", "Han", ["Han"], 1.5),
	("오", "O", "O", ["Oh"], 1.4), ("서", "Seo", "So", ["Seo", "Suh"], 1.4),
	("신", "Sin", "Sin", ["Shin"], 1.4), ("권", "Gwon", "Kwon", ["Kwon"], 1.4),
	("황", "Hwang", "Hwang", ["Hwang"], 1.3),
	("안", "An", "An", ["Ahn", "An"], 1.3),
	("송", "Song", "Song", ["Song"], 1.3),
	("류", "Ryu", "Ryu", ["Ryu", "Yoo"], 1.2),
	("홍", "Hong", "Hong", ["Hong"], 1.1)]
# Sector words: (Hangul, RR, MR, English).
KW = {
	"trading": [("무역", "Muyeok", "Muyok", "Trading"),
		("상사", "Sangsa", "Sangsa", "Trading"),
		("물산", "Mulsan", "Mulsan", "C&T"),
		("인터내셔널", "International", "International",
		"International")],
	"factory": [("전자", "Jeonja", "Chonja", "Electronics"),
		("정밀", "Jeongmil", "Chongmil", "Precision"),
		("산업", "Saneop", "Sanop", "Industrial"),
		("화학", "Hwahak", "Hwahak", "Chemical"),
		("섬유", "Seomyu", "Somyu", "Textile"),
		("기계", "Gigye", "Kigye", "Machinery"),
		("식품", "Sikpum", "Sikpum", "Foods"),
		("테크", "Tech", "Tech", "Tech"),
		("금속", "Geumsok", "Kumsok", "Metal"),
		("플라스틱", "Plastic", "Plastic", "Plastics")],
	"clinic": [("내과", "Naegwa", "Naekwa", "Internal Medicine"),
		("안과", "Angwa", "Ankwa", "Eye Clinic"),
		("소아과", "Soagwa", "Soakwa", "Pediatrics"),
		("피부과", "Pibugwa", "Pibukwa", "Dermatology"),
		("정형외과", "Jeonghyeongoegwa", "Chonghyongoekwa",
		"Orthopedics")],
	"dental": [("치과", "Chigwa", "Chikwa", "Dental")],
	"academy": [("영어학원", "Yeongeo Hagwon", "Yongo Hagwon",
		"English Academy"), ("수학학원", "Suhak Hagwon", "Suhak Hagwon",
		"Math Academy"), ("어학원", "Eohagwon", "Ohagwon",
		"Language School"), ("입시학원", "Ipsi Hagwon", "Ipsi Hagwon",
		"Prep Academy")],
	"restaurant": [("갈비", "Galbi", "Kalbi", "Galbi"),
		("식당", "Sikdang", "Siktang", "Restaurant"),
		("한정식", "Hanjeongsik", "Hanjongsik", "Korean Cuisine"),
		("삼겹살", "Samgyeopsal", "Samgyopsal", "BBQ")],
	"hotel": [("호텔", "Hotel", "Hotel", "Hotel")],
}

# ---------------------------------------------------------------- Vietnam
VN_SUR = [("Nguyễn", 38.4), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7.1),
	("Hoàng", 3), ("Huỳnh", 2.1), ("Phan", 4.5), ("Vũ", 2), ("Võ", 1.9),
	("Đặng", 2.1), ("Bùi", 2), ("Đỗ", 1.4), ("Hồ", 1.3), ("Ngô", 1.3),
	("Dương", 1), ("Lý", .5), ("Trịnh", .4), ("Đinh", .4), ("Lâm", .3)]
VN_MID = {"m": [("Văn", 40), ("Hữu", 8), ("Đức", 10), ("Minh", 10),
	("Quốc", 8), ("Thanh", 6), ("Công", 5)], "f": [("Thị", 55),
	("Ngọc", 12), ("Thu", 8), ("Thanh", 8), ("Minh", 5), ("Kim", 5)]}
VN_GIVEN = {"m": ["Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Hải", "Long",
	"Quân", "Khoa", "Thắng", "Sơn", "Tùng", "Phong", "Hiếu", "Trung",
	"Đức", "Huy", "Cường", "Thành", "Vinh"], "f": ["Hương", "Lan", "Linh",
	"Hà", "Thảo", "Trang", "Phương", "Hoa", "Thủy", "Anh", "Ngọc", "Mai",
	"Hằng", "Nhung", "Yến", "Vân", "Giang", "Huyền", "Loan", "Oanh"]}
VN_SYL = ["An", "Bình", "Phát", "Thịnh", "Hưng", "Minh", "Long", "Phúc",
	"Thành", "Đạt", "Tân", "Việt", "Tiến", "Hoàng", "Quang", "Gia", "Huy",
	"Kim", "Ngân", "Phú", "Hòa", "Hải", "Đăng", "Nam", "Sơn", "Trường",
	"Hồng", "Bảo", "Ngọc", "Thiên", "Đức", "Tín", "Lộc", "Vạn", "Xuân",
	"Thái", "Dương", "Sao", "Mai", "Lan", "Châu", "Khang", "Nhật", "Tâm",
	"Vinh", "Cường", "Thuận", "Lợi", "Hà", "Anh"]
# Vietnamese activity words (with an English gloss the English names use).
ACT = [("Thương mại", "Trading"), ("Dịch vụ", "Services"),
	("Xây dựng", "Construction"), ("Sản xuất", "Manufacturing"),
	("Vận tải", "Logistics"), ("Công nghệ", "Technology"),
	("Thương mại Dịch vụ", "Trading Services"),
	("Xuất nhập khẩu", "Import Export"), ("Đầu tư", "Investment"),
	("Thực phẩm", "Food"), ("Điện tử", "Electronics"),
	("Cơ khí", "Mechanical"), ("May mặc", "Garment"),
	("Nội thất", "Furniture"), ("In ấn", "Printing")]
VN_LEGAL = [("Công ty TNHH", 45), ("Công ty Cổ phần", 25),
	("Công ty TNHH MTV", 15), ("DNTN", 7), ("Công ty CP", 8)]

# ---------------------------------------------------------------- Hangul
L_RR = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j",
	"jj", "ch", "k", "t", "p", "h"]
V_RR = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae",
	"oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"]
T_RR = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l",
	"p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]
# 2-set (KS X 5002) keys of the initials, vowels and finals.
L_KEY = ["r", "R", "s", "e", "E", "f", "a", "q", "Q", "t", "T", "d", "w",
	"W", "c", "z", "x", "v", "g"]
V_KEY = ["k", "o", "i", "O", "j", "p", "u", "P", "h", "hk", "ho", "hl", "y",
	"n", "nj", "np", "nl", "b", "m", "ml", "l"]
T_KEY = ["", "r", "R", "rt", "s", "sw", "sg", "e", "f", "fr", "fa", "fq",
	"ft", "fx", "fv", "fg", "a", "q", "qt", "t", "T", "d", "w", "c", "z",
	"x", "v", "g"]
# Neighbouring keys on the 2-set layout, for a slip: (jamo index class,
# index) -> neighbours of the same class.
L_NEAR = {0: [9, 3], 9: [0], 3: [12, 0], 12: [7, 3], 7: [12], 6: [2],
	2: [6, 11], 11: [2, 5], 5: [11, 18], 18: [5], 15: [16], 16: [15, 14],
	14: [16, 17], 17: [14]}
V_NEAR = {0: [4, 20], 4: [8, 0], 8: [4], 20: [0], 12: [6], 6: [12, 2],
	2: [6, 1], 1: [2, 5], 5: [1], 17: [13], 13: [17, 18], 18: [13]}


def is_hangul(s):
	return bool(re.search("[\uac00-\ud7a3]", s))


def jamo(ch):
	n = ord(ch) - 0xAC00
	return n // 588, (n % 588) // 28, n % 28


def syllable(l, v, t):
	return chr(0xAC00 + (l * 21 + v) * 28 + t)


def by_jamo(s, tables):
	"""Each Hangul syllable of s as its initial's, vowel's and final's
	strings in tables (the rest of s as it is)."""
	if s.isascii():
		return s
	out = []
	for ch in s:
		if "\uac00" <= ch <= "\ud7a3":
			out.append("".join(t[j] for t, j in zip(tables, jamo(ch))))
		else:
			out.append(ch)
	return "".join(out)


def hangul_rr(s):
	"""Hangul as Revised Romanization letters, syllable by syllable."""
	return by_jamo(s, (L_RR, V_RR, T_RR))


def dubeolsik(s):
	"""Hangul typed with the Hangul input off: each jamo's key."""
	return by_jamo(s, (L_KEY, V_KEY, T_KEY))


def hangul_slip(rng, s):
	"""One jamo of a syllable as its neighbour on the 2-set layout."""
	idx = [i for i, ch in enumerate(s) if "\uac00" <= ch <= "\ud7a3"]
	if len(idx) < 3:
		return None
	i = rng.choice(idx)
	l, v, t = jamo(s[i])
	if rng.random() < .5 and l in L_NEAR:
		l = rng.choice(L_NEAR[l])
	elif v in V_NEAR:
		v = rng.choice(V_NEAR[v])
	else:
		return None
	return s[:i] + syllable(l, v, t) + s[i + 1:]


# ---------------------------------------------------------------- VN typing
TONE_TELEX = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x",
	"\u0323": "j"}
TONE_VNI = {"\u0301": "1", "\u0300": "2", "\u0309": "3", "\u0303": "4",
	"\u0323": "5"}
SHAPE_TELEX = {"\u0302": lambda b: b, "\u0306": lambda b: "w",
	"\u031b": lambda b: "w"}
SHAPE_VNI = {"\u0302": lambda b: "6", "\u0306": lambda b: "8",
	"\u031b": lambda b: "7"}


def vn_keys(s, telex, at_end):
	"""s as the keys Telex or VNI take for it, left when the input method
	was off: a shape key after its vowel, the tone key after its vowel or
	at the end of the word."""
	tones, shapes = (TONE_TELEX, SHAPE_TELEX) if telex else \
		(TONE_VNI, SHAPE_VNI)
	words = []
	for w in s.split(" "):
		out, tone = [], ""
		for ch in w:
			if ch in "đĐ":
				out.append(("dd" if ch == "đ" else "Dd") if telex else
					("d9" if ch == "đ" else "D9"))
				continue
			d = unicodedata.normalize("NFD", ch)
			base, marks = d[0], d[1:]
			out.append(base)
			for m in marks:
				if m in shapes:
					out.append(shapes[m](base.lower()))
			for m in marks:
				if m in tones:
					if at_end:
						tone = tones[m]
					else:
						out.append(tones[m])
		words.append("".join(out) + tone)
	return " ".join(words)


def ascii_fold(s):
	if s.isascii():
		return s
	s = s.replace("đ", "d").replace("Đ", "D")
	d = unicodedata.normalize("NFD", s)
	return "".join(ch for ch in d if not unicodedata.combining(ch))


def latin_of(s):
	return ascii_fold(hangul_rr(s))


# ---------------------------------------------------------------- skeleton
SURFOLD = {}
for _h, _rr, _mr, _co, _w in SUR_KR:
	for _v in [_rr, _mr] + _co:
		SURFOLD.setdefault(_v.lower(), _rr.lower())
SURFOLD.update({"rhee": "i", "lee": "i", "yi": "i", "ri": "i"})
SKEL_SUBS = {"ch": "j", "sh": "s", "ph": "b", "k": "g", "t": "d", "p": "b",
	"r": "l", "x": "s", "w": "u", "y": "i"}
SKEL_RE = re.compile("ch|sh|ph|[ktprxwy]")
SKEL_LEGAL = set(("co ltd corp inc company limited cong ty tnhh mtv cp "
	"ctcp dntn cty jusikhoesa jushikhoesa yuhanhoesa jsc "
	"llc").split())
SKEL_MEMO = {}


SK_MEMO = {}


def _sk(w):
	r = SK_MEMO.get(w)
	if r is None:
		r = SK_MEMO[w] = _sk_word(w)
	return r


def _sk_word(w):
	"""One romanised word's skeleton: a listed surname's spellings as
	one, the romanisations' consonant pairs as one, h after the first
	letter dropped, each run of vowels as one a (Seong, Sung, Song and
	Sŏng alike), doubles single."""
	w = SKEL_RE.sub(lambda m: SKEL_SUBS[m.group()], SURFOLD.get(w, w))
	w = re.sub("[aeiou]+", "a", w[:1] + w[1:].replace("h", ""))
	return re.sub(r"(.)\1+", r"\1", w)


def skel_words(s):
	r = SKEL_MEMO.get(s)
	if r is None:
		b = s
		for f in ("주식회사", "(주)", "유한회사", "(유)"):
			b = b.replace(f, " ")
		b = latin_of(b).lower()
		ws = re.sub("[^0-9a-z&]+", " ", b).split()
		r = SKEL_MEMO[s] = [_sk(w) for w in ws if w not in SKEL_LEGAL]
	return list(r)


def skel(s):
	return " ".join(skel_words(s))


ck = lk.Checks(skel, skel_words, " [-–/] |: ", pairs=True)


# ---------------------------------------------------------------- parts
class P:
	"""A piece of a name in each script: h (Hangul), rr, mr, co (the
	common spelling), en (English), vi (Vietnamese); a missing form
	falls back (en -> co -> rr, mr -> rr, vi -> en)."""

	def __init__(self, **f):
		self.f = f

	def get(self, st):
		f = self.f
		for k in {"h": ("h", "vi", "co", "rr"), "rr": ("rr", "vi"),
				"mr": ("mr", "rr", "vi"), "co": ("co", "rr", "vi"),
				"en": ("en", "co", "rr", "vi"), "vi": ("vi", "en", "co"),
				"va": ("vi", "en", "co")}[st]:
			if k in f:
				v = f[k]
				return ascii_fold(v) if st == "va" else v
		return ""


def brand_kr(rng):
	a, b = SYLD[rng.choice(BRAND1)], SYLD[rng.choice(BRAND2)]
	mr2 = b[2].lower()
	if a[0] not in "한" and mr2[:1] in "kptc" and not mr2.startswith("ch"):
		mr2 = {"k": "g", "p": "b", "t": "d", "c": "j"}[mr2[0]] + mr2[1:]
	elif mr2.startswith("ch"):
		mr2 = "j" + mr2[2:]
	return P(h=a[0] + b[0], rr=a[1] + b[1].lower(), mr=a[2] + mr2,
		co=a[3] + b[3].lower())


def person_kr(rng):
	s = rng.choices(SUR_KR, [x[4] for x in SUR_KR])[0]
	a = SYLD[rng.choice(GIVEN1)]
	b = SYLD[rng.choice([x for x in GIVEN2 if x != a[0]])]
	co = rng.choice(s[3]) if len(s[3]) > 1 and rng.random() < .5 else s[3][0]
	sep = rng.choice(["-", "", "-", " "])
	return {"k": "KR", "sur": s, "co_sur": co,
		"given": P(h=a[0] + b[0], rr=a[1] + b[1].lower(),
		mr=a[2] + "-" + b[2].lower(), co=a[3] + sep + b[3].lower())}


def person_vn(rng):
	sex = rng.choice("mf")
	return {"k": "VN", "sur": lk.wpick(rng, VN_SUR),
		"mid": lk.wpick(rng, VN_MID[sex]), "given": rng.choice(VN_GIVEN[sex])}


def pname(p, st="h", order=0):
	"""A person's full name in style st (h/rr/mr/co for a Korean; vi/va
	for a Vietnamese); order 1 the given name first."""
	if p["k"] == "KR":
		if st == "h":
			return p["sur"][0] + p["given"].get("h")
		sur = {"rr": p["sur"][1], "mr": p["sur"][2]}.get(st, p["co_sur"])
		g = p["given"].get(st)
		return "%s %s" % ((g, sur) if order else (sur, g))
	f = [p["sur"], p["mid"], p["given"]]
	if order:
		f = [p["given"], p["sur"]]
	t = " ".join(f)
	return ascii_fold(t) if st in ("va", "rr", "co", "mr", "en") else t


def brand_vn(rng):
	a = rng.choice(VN_SYL)
	b = rng.choice([x for x in VN_SYL if x != a])
	return P(vi=a + " " + b)


# ---------------------------------------------------------------- customers
# Templates: (sector, cc, share, forms) where forms maps a style to a
# pattern of {B} brand, {S} sector word, {P} person, {T} town, {A} act.
KR_T = [("factory", 22, {"h": "{B}{S}", "l": "{B} {S}"}),
	("trading", 12, {"h": "{B}{S}", "l": "{B} {S}"}),
	("clinic", 8, {"h": "{B}{S}의원", "l": "{B} {S} Clinic"}),
	("clinic", 4, {"h": "{PS}{S}의원", "l": "{PS} {S} Clinic"}),
	("dental", 8, {"h": "{B}치과의원", "l": "{B} Dental Clinic"}),
	("dental", 3, {"h": "{T}{B}치과", "l": "{T} {B} Dental"}),
	("law", 5, {"h": "법무법인 {B}", "l": "{B} Law Firm"}),
	("tax", 6, {"h": "{P} 세무회계", "l": "{P} Tax Accounting"}),
	("tax", 3, {"h": "{B}회계법인", "l": "{B} Accounting Corp"}),
	("academy", 8, {"h": "{B}{S}", "l": "{B} {S}"}),
	("restaurant", 7, {"h": "{B}{S}", "l": "{B} {S}"}),
	("hotel", 4, {"h": "{B}{S}", "l": "Hotel {B}"})]
VN_T = [("vncompany", 30, {"vi": "{A} {V}", "en": "{V} {A}"}),
	("subsidiary", 14, {"vi": "{B} Vina", "en": "{B} Vina"}),
	("subsidiary", 5, {"vi": "{B} {S} Việt Nam", "en": "{B} {S} Vietnam"}),
	("clinic", 6, {"vi": "Phòng khám Đa khoa {V}",
	"en": "{V} General Clinic"}),
	("dental", 5, {"vi": "Nha khoa {V}", "en": "{V} Dental"}),
	("dental", 3, {"vi": "Nha khoa Hàn Quốc {B}",
	"en": "{B} Korea Dental"}),
	("law", 4, {"vi": "Công ty Luật {V}", "en": "{V} Law Firm"}),
	("law", 2, {"vi": "Văn phòng Luật sư {PV}", "en": "{PV} Law Office"}),
	("tax", 4, {"vi": "Kế toán {V}", "en": "{V} Accounting"}),
	("restaurant", 4, {"vi": "Nhà hàng {V}", "en": "{V} Restaurant"}),
	("restaurant", 4, {"vi": "Nhà hàng Hàn Quốc {B}",
	"en": "{B} Korean BBQ"}),
	("academy", 4, {"vi": "Trung tâm Ngoại ngữ {V}",
	"en": "{V} Language Center"}),
	("academy", 2, {"vi": "Trung tâm Hàn ngữ {B}",
	"en": "{B} Korean Center"}),
	("hotel", 3, {"vi": "Khách sạn {V}", "en": "{V} Hotel"}),
	("branch", 5, {"vi": "Chi nhánh Công ty TNHH {A} {V} tại {T}",
	"en": "{V} {A} {T} Branch"})]
COUNTRY = [("KR", 52), ("VN", 48)]
# (Hangul, the Latin forms) legal forms of a Korean firm.
KR_LEGAL = [("(주)", 0, 45), ("(주)", 1, 20), ("주식회사", 0, 25),
	("주식회사", 1, 5), ("(유)", 1, 5)]
EN_LEGAL = [("Co., Ltd.", 60), ("Corp.", 20), ("Inc.", 8), ("Co.,Ltd", 12)]
CARRIES = {"factory": .85, "trading": .75, "clinic": 0, "dental": 0,
	"law": 0, "tax": 0, "academy": .1, "restaurant": .15, "hotel": .4}


def fill(rng, parts, pat, st):
	"""pat (a template form) filled with parts in style st."""
	out = pat
	for k in ("PS", "PV", "P", "B", "S", "T", "A", "V"):
		if "{%s}" % k in out:
			v = parts[k]
			if k in ("P", "PV"):
				v = pname(v, st)
			elif k == "PS":
				v = v["sur"][0] if st == "h" else (v["co_sur"] if st in
					("co", "en") else v["sur"][1 if st == "rr" else 2])
			else:
				v = v.get(st)
			out = out.replace("{%s}" % k, v)
	return out


def make_customer(rng, cid, cc=None):
	cc = cc or lk.wpick(rng, COUNTRY)
	town = rng.choices(TOWNS[cc], [t[4] for t in TOWNS[cc]])[0]
	tpls = KR_T if cc == "KR" else VN_T
	sector, _, forms = rng.choices(tpls, [t[1] for t in tpls])[0]
	parts = {"B": brand_kr(rng), "V": brand_vn(rng),
		"T": P(h=town[0], rr=town[1], mr=town[2], co=town[1], vi=town[0],
		en=town[2])}
	kw = KW.get(sector if sector != "subsidiary" else "factory")
	if kw:
		s = rng.choice(kw)
		parts["S"] = P(h=s[0], rr=s[1], mr=s[2], co=s[1], en=s[3])
	a = rng.choice(ACT)
	parts["A"] = P(vi=a[0], en=a[1])
	owner = None
	if "{P" in str(forms):
		owner = person_kr(rng) if cc == "KR" else person_vn(rng)
		parts["P"] = parts["PS"] = parts["PV"] = owner
	# The styles of each name; the one Syncro holds.
	if cc == "KR":
		styles = {"h": forms["h"], "rr": forms["l"], "mr": forms["l"],
			"co": forms["l"], "en": forms["l"]}
		reg = lk.wpick(rng, [("h", 55), ("co", 20), ("en", 20), ("rr", 5)])
	else:
		styles = {"vi": forms["vi"], "va": forms["vi"], "en": forms["en"]}
		reg = lk.wpick(rng, [("vi", 65), ("va", 20), ("en", 15)])
	alts = {}
	for st, pat in styles.items():
		if st == "en" and cc == "KR":
			alts[st] = fill(rng, parts, pat, "en")
			continue
		alts[st] = fill(rng, parts, pat, st)
		if st == "va":
			alts[st] = ascii_fold(alts[st])
	# English Korean names keep the sector word English only where the
	# style is "en"; rr/mr/co romanise it.
	core = alts[reg]
	legal, lpos = "", 0
	if cc == "KR" and rng.random() < CARRIES.get(sector, 0):
		if reg == "h":
			legal, lpos, _ = rng.choices(KR_LEGAL, [x[2] for x in KR_LEGAL])[0]
		else:
			legal, lpos = lk.wpick(rng, EN_LEGAL), 1
	elif cc == "VN" and sector in ("vncompany", "subsidiary", "tax"):
		if sector == "vncompany":
			legal = lk.wpick(rng, VN_LEGAL)
		elif sector == "subsidiary" or rng.random() < .6:
			legal = rng.choice(["Công ty TNHH", "Công ty TNHH",
				"Công ty Cổ phần"])
		if legal == "DNTN" and sector == "vncompany":
			core = alts[reg] = alts[reg].split(" ", len(a[0].split()))[-1] \
				if reg != "en" else alts[reg]
		if reg == "en" and legal:
			legal, lpos = ("Co., Ltd." if "TNHH" in legal else "JSC" if
				"phần" in legal or "CP" in legal else "Co."), 1
		elif reg == "va":
			legal = ascii_fold(legal)
	name = wrap(core, legal, lpos)
	c = {"id": cid, "name": name, "core": core, "legal": legal, "lpos": lpos,
		"cc": cc, "town": town[0], "tw": town, "desk": town[3],
		"sector": sector, "reg": reg, "alts": alts, "parts": parts,
		"owner": owner, "zp": town[5], "act": a,
		"brand": parts["B"] if "{B}" in str(forms) else parts["V"]
		if "{V}" in str(forms) else None}
	return c


def wrap(core, legal, lpos):
	if not legal:
		return core
	if legal.startswith("("):
		return legal + core if lpos == 0 else core + legal
	if lpos == 0:
		return legal + " " + core
	if legal.startswith("Co") or legal in ("Corp.", "Inc.", "JSC"):
		return core + (" " if not core.endswith(",") else "") + legal
	return core + " " + legal


ROLES = {"KR": ["CHONGMU", "KYUNGRI", "DESK1", "WONJANG", "SILJANG"],
	"VN": ["KETOAN", "LETAN", "THUNGAN", "KHO", "BGD"]}
TECHS = {"SEL": ["Kim Tae-hoon", "Park Ji-young", "Lee Sang-woo"],
	"PUS": ["Choi Min-ho", "Jung Eun-ji"],
	"HAN": ["Nguyễn Văn Đức", "Trần Thu Hà", "Kang Dong-won"],
	"SGN": ["Lê Minh Tuấn", "Phạm Ngọc Anh", "Yoon Seok-jin"]}
VENDORS = ["KT", "SK브로드밴드", "LG U+", "더존비즈온", "한컴오피스",
	"Viettel", "VNPT", "FPT Telecom", "MISA", "Fast Accounting",
	"Microsoft 365", "Samsung Service", "LG Service", "Dell Service",
	"HP Việt Nam", "AhnLab V3", "Hiworks", "CJ대한통운", "Giao Hàng Nhanh",
	"Zalo OA", "Bkav", "Hometax", "홈택스", "Kakao Work"]
STAFF = ["TEST", "테스트", "신규 PC", "재고 노트북", "Máy mới", "Máy test",
	"Demo", "Kho", "예비 PC", "Laptop dự phòng", "회의실", "Phòng họp"]
HOME = {"KR": ["집", "집 PC", "home"], "VN": ["nhà", "nhà riêng", "laptop"]}
PROSPECT = {"KR": "견적요청 - ", "VN": "Báo giá - "}


def assets(rng, c, ids, shared):
	cc = c["cc"]
	words = [w for w in latin_of(c["alts"]["co" if cc == "KR" else "va"]
		).upper().replace("-", " ").split() if w.isalpha()]
	return lk.asset_names(rng, ids, words, c["tw"][1].upper().replace(" ",
		""), ROLES[cc], shared, lambda rng: latin_of(pname(person_kr(rng)
		if cc == "KR" else person_vn(rng), "co")).split()[-1].upper()[:10])


def contacts(rng, c, ids):
	cc, dom = c["cc"], c["domain"]
	out = []
	people = [c["owner"]] if c["owner"] else []
	for _ in range(rng.randint(0, 3)):
		k = cc if rng.random() < .8 or c["sector"] not in FIRM else \
			("VN" if cc == "KR" else "KR")
		people.append(person_kr(rng) if k == "KR" else person_vn(rng))
	for p in people:
		if p["k"] == "KR":
			if rng.random() < .5:
				first, last = p["given"].get("h"), p["sur"][0]
			else:
				first, last = p["given"].get("co"), p["co_sur"]
		else:
			v = rng.random() < .8
			first = "%s %s" % (p["mid"], p["given"])
			last = p["sur"]
			if not v:
				first, last = ascii_fold(first), ascii_fold(last)
		out.append(lk.contact(ids, first, last, dom, latin_of))
	return out


KR_STREET = {"서울": ["테헤란로", "강남대로", "을지로", "디지털로"],
	"부산": ["중앙대로", "해운대로", "센텀중앙로"]}


def address(rng, c):
	no = rng.randint(1, 480)
	if c["cc"] == "KR":
		st = KR_STREET.get(c["town"], ["중앙로", "산업로", "공단로"])
		a = "%s %d" % (rng.choice(st), no)
		city = c["town"] if rng.random() < .6 else c["tw"][1]
		z = c["zp"] + "%0*d" % (5 - len(c["zp"]), rng.randint(0, 10 **
			(5 - len(c["zp"])) - 1))
		a2 = "%d층" % rng.randint(1, 20) if rng.random() < .4 else None
	else:
		a = "Số %d %s" % (no, rng.choice(["Đường Láng", "Nguyễn Huệ",
			"Lê Lợi", "Trần Hưng Đạo", "KCN Yên Phong", "KCN VSIP",
			"Phạm Văn Đồng", "Điện Biên Phủ"]))
		city = c["town"] if rng.random() < .7 else c["tw"][2]
		z = c["zp"] + "%04d" % rng.randint(0, 9999)
		a2 = "Tầng %d" % rng.randint(1, 25) if rng.random() < .3 else None
	return {"address": a, "address_2": a2, "city": city, "state": None,
		"zip": z if rng.random() < .8 else None}


GENERIC_MAIL = {"KR": ["naver.com", "daum.net", "gmail.com"],
	"VN": ["gmail.com", "yahoo.com.vn"]}
TLD = {"KR": ".co.kr", "VN": ".com.vn"}


def all_names(c):
	"""Every name of c, in every style, with and without its legal form."""
	out = [c["name"], c["core"]]
	for v in c["alts"].values():
		out.append(v)
	return out


def domain(rng, c, b, taken):
	"""The firm's own domain 70% (its brand or owner in Latin letters,
	a number after it when another firm has that one), else a free
	mailbox's."""
	stem = re.sub("[^a-z0-9]", "", latin_of(b).lower())[:14] or "cty"
	n = taken.get(stem, 0)
	while True:
		d = stem + (str(n) if n else "") + TLD[c["cc"]]
		n += 1
		if d not in taken:
			break
	taken[stem] = n
	taken[d] = 0
	if rng.random() < .7:
		return d
	return rng.choice(GENERIC_MAIL[c["cc"]])


AREA = {"서울": "02", "인천": "032", "수원": "031", "성남": "031",
	"부산": "051", "울산": "052", "창원": "055", "대구": "053",
	"Hà Nội": "024", "TP. Hồ Chí Minh": "028", "Bắc Ninh": "0222",
	"Hải Phòng": "0225", "Thái Nguyên": "0208", "Bình Dương": "0274",
	"Đồng Nai": "0251", "Vũng Tàu": "0254"}


def main_contact(rng, c):
	"""Syncro's firstname, lastname, email and phone of the customer
	(its first contact's, where it has one) before the address."""
	p = c["contacts"][0] if c["contacts"] else {}
	if c["cc"] == "KR":
		ph = "%s-%d-%04d" % (AREA[c["town"]], rng.randint(200, 9999),
			rng.randint(0, 9999)) if rng.random() < .6 else \
			"010-%04d-%04d" % (rng.randint(2000, 9999), rng.randint(0, 9999))
	else:
		ph = "%s %04d %04d" % (AREA[c["town"]], rng.randint(3000, 3999),
			rng.randint(0, 9999)) if rng.random() < .6 else \
			"09%d %03d %04d" % (rng.randint(0, 9), rng.randint(0, 999),
			rng.randint(0, 9999))
	c["syncro"] = dict({"firstname": p.get("firstname"),
		"lastname": p.get("lastname"), "email": p.get("email"),
		"phone": ph}, **c["syncro"])


def population(rng, n):
	g = lk.G()
	g.custs, seen, shared, domains = [], set(), set(), {}
	ids = iter(range(317000001, 339999999))
	cid = 31000000
	while len(g.custs) < n:
		cid += rng.randint(1, 4)
		c = make_customer(rng, cid)
		# One firm one customer: none of its names in any script is
		# another's, letters and digits compared (성진 and 승진 may both
		# be customers; rows that cannot tell them apart are redrawn).
		ks = {re.sub("[^0-9a-z]", "", latin_of(x).lower()) for x in
			c["alts"].values()}
		if "" in ks or ks & seen or not skel(c["name"]):
			continue
		seen.update(ks)
		b = c["brand"].get("co" if c["cc"] == "KR" else "va") if \
			c["brand"] else pname(c["owner"], "co")
		c["domain"] = domain(rng, c, b, domains)
		lk.add_customer(rng, g, c, ids, shared, address, contacts, assets)
		main_contact(rng, c)
	g.shared = sorted(shared)
	return g


def owner_forms(p):
	if p["k"] == "KR":
		return [pname(p, st, o) for st in ("h", "rr", "mr", "co")
			for o in (0, 1)]
	return [pname(p, st, o) for st in ("vi", "va") for o in (0, 1)]


def index(g):
	ck.index_start(g)
	for i, c in enumerate(g.custs):
		names = all_names(c)
		ck.add_names(g, i, names)
		forms = list(names)
		for nm in ([c["tw"][0], c["tw"][1], c["tw"][2]]):
			forms += [x.replace(nm, "") for x in names if nm in x]
		if c["owner"]:
			for nm in owner_forms(c["owner"]):
				forms += [x.replace(nm, "") for x in names if nm in x]
				ck.add_person(g, i, nm)
		ck.add_forms(g, i, forms)
		ck.add_words(g, i, [w for f in names for w in skel_words(f)])
		ck.add_contacts(g, i, c)
		for p in c["contacts"]:	# 김민준 run together; Hùng Nguyễn
			f, l = p["firstname"], p["lastname"]
			ck.add_person(g, i, l + f if is_hangul(l) else
				f.split()[-1] + " " + l)
	ck.index_end(g)


# ---------------------------------------------------------------- noise
def legal_other(rng, c, r):
	"""The legal form spelt another way, in its place or moved."""
	core, lg = c["core"], c["legal"]
	if lg.startswith("(") or lg == "주식회사":
		new = rng.choice([x for x in ["(주)", "주식회사", "(주)", "㈜"]
			if x != lg])
		return wrap(core, new, rng.choice([0, 1]))
	if c["cc"] == "KR":
		new = rng.choice([x for x in ["Co., Ltd.", "Co. Ltd", "Co.,Ltd",
			"CO., LTD.", "Corp", "Ltd"] if x != lg])
		return wrap(core, new, 1) if r < .85 else "(주)" + core
	alt = {"Công ty TNHH": ["Cty TNHH", "CÔNG TY TNHH", "Công Ty TNHH",
		"TNHH", "Cong ty TNHH"], "Công ty Cổ phần": ["Công ty CP", "CTCP",
		"Cty CP", "CÔNG TY CỔ PHẦN"], "Công ty TNHH MTV": ["Công ty TNHH",
		"Cty TNHH MTV", "TNHH MTV"], "Công ty CP": ["CTCP", "Công ty Cổ phần",
		"Cty CP"], "DNTN": ["Doanh nghiệp tư nhân", "DN tư nhân", "dntn"]}
	new = rng.choice(alt.get(lg, alt.get(unicodedata.normalize("NFC", lg),
		["Co., Ltd", "Company Limited", "Co Ltd", "JSC"])))
	if c["lpos"] == 1:
		return wrap(core, new, 1)
	if r < .8:
		return wrap(core, new, 0)
	return core + " " + rng.choice(["Co., Ltd", "TNHH", "JSC"])


n_legal = lk.legal_row(legal_other)


def n_caps(rng, g, c):
	s = c["name"] if rng.random() < .6 else c["core"]
	if is_hangul(s):
		return None
	return s.upper() if rng.random() < .8 else s.lower()


TYPO = lk.Typo(["qwertyuiop", "asdfghjkl", "zxcvbnm"])


def typo1(rng, s):
	if is_hangul(s):
		return hangul_slip(rng, s)
	return TYPO.one(rng, s)


def n_typo(rng, g, c):
	return typo1(rng, c["name"] if rng.random() < .6 else c["core"])


def n_typo2(rng, g, c):
	t = typo1(rng, c["name"] if rng.random() < .6 else c["core"])
	return typo1(rng, t) if t and len(t) >= 8 else None


def n_reorder(rng, g, c):
	"""The brand first: 법무법인 한빛 -> 한빛 법무법인, Hotel Hanbit ->
	Hanbit Hotel, Công ty TNHH Thương mại Hoàng Phát -> Hoàng Phát -
	Công ty TNHH Thương mại."""
	core, b = c["core"], c["brand"]
	if not b:
		return None
	bs = b.get(c["reg"])
	if not core.endswith(" " + bs):
		return None
	rest = core[:-len(bs) - 1]
	if c["cc"] == "KR":
		return bs + " " + rest
	if c["legal"] and c["lpos"] == 0 and rng.random() < .6:
		rest = c["legal"] + " " + rest
	return bs + rng.choice([" - ", " ", ", "]) + rest


ABBR = [("Công ty TNHH", "Cty TNHH"), ("Công ty Cổ phần", "CTCP"),
	("Công ty CP", "CTCP"), ("Thương mại Dịch vụ", "TMDV"),
	("Thương mại", "TM"), ("Dịch vụ", "DV"), ("Xuất nhập khẩu", "XNK"),
	("Xây dựng", "XD"), ("Sản xuất", "SX"), ("Việt Nam", "VN"),
	("Vietnam", "VN"), ("Chi nhánh", "CN"), ("Phòng khám Đa khoa", "PKĐK"),
	("Nha khoa", "NK"), ("Trung tâm", "TT"), ("Khách sạn", "KS"),
	("TP. Hồ Chí Minh", "HCM"), ("Hà Nội", "HN"), ("Trading", "Trd"),
	("Electronics", "Elec"), ("International", "Int'l"),
	("Technology", "Tech"), ("Co., Ltd.", "Co.Ltd"), ("주식회사", "(주)"),
	("Accounting", "Acct"), ("Import Export", "Imex"),
	("Construction", "Const."), ("Services", "Svc"),
	("Language Center", "LC")]


def abbrev_swap(t, a, b):
	"""a as b where it stands as a word (or b back as a, but not the
	two-letter ones)."""
	if re.search(r"(?<!\w)%s(?!\w)" % re.escape(a), t):
		return t.replace(a, b)
	if len(b) > 3 and re.search(r"(?<!\w)%s(?!\w)" % re.escape(b), t):
		return t.replace(b, a)
	return t


n_abbrev = lk.abbrev_row(ABBR, abbrev_swap)


def n_acronym(rng, g, c):
	"""A Vietnamese brand by its initials before the rest (Hoàng Phát
	Thương mại -> HP Thương mại), as firms shorten themselves."""
	b = c["brand"]
	if c["cc"] != "VN" or not b or c["reg"] == "en":
		return None
	bs = b.get(c["reg"])
	if bs not in c["core"] or bs == c["core"] or len(bs.split()) != 2:
		return None
	ini = "".join(ascii_fold(w[0]) for w in bs.split()).upper()
	return c["core"].replace(bs, ini)


FIRM = ("factory", "trading", "law", "tax", "vncompany", "subsidiary",
	"branch")


def n_branch(rng, g, c):
	"""A firm's branch, factory or office in a town of its country (the
	small local trades - clinics, restaurants - have none here)."""
	if c["sector"] not in FIRM or c["sector"] == "branch":
		return None
	towns = TOWNS[c["cc"]]
	t = c["tw"] if rng.random() < .5 else rng.choice(towns)
	base = c["name"] if rng.random() < .6 else c["core"]
	if c["cc"] == "KR":
		if is_hangul(base):
			w = rng.choice(["지점", "공장", "사무소", " 지점", " 공장"])
			return "%s %s%s" % (base, t[0], w)
		return "%s %s %s" % (base, t[1], rng.choice(["Branch", "branch",
			"Factory", "Office", "Plant"]))
	tn = rng.choice(TOWN_ABBR[t[0]])
	if c["reg"] == "va" or (c["reg"] == "en" and rng.random() < .7):
		tn = ascii_fold(tn)
	w = rng.choice(["Chi nhánh ", "CN ", "Nhà máy ", "VP ", "Branch "])
	if c["reg"] == "va":
		w = ascii_fold(w)
	sep = rng.choice([" - ", " ", " (", " / "])
	return base + sep + w + tn + (")" if sep == " (" else "")


def n_person(rng, g, c):
	"""A contact's name as a technician writes it: a Korean's family name
	first (Hangul run together), a Vietnamese's family - middle - given or
	the given name and the family name, when that whole name is one
	customer's contact only."""
	if not c["contacts"]:
		return None
	p = rng.choice(c["contacts"])
	f, l = p["firstname"], p["lastname"]
	if is_hangul(l):
		t = l + f
	elif re.search("[a-z]-[a-z]", f) or c["cc"] == "KR" and \
			rng.random() < .6:
		t = "%s %s" % ((l, f) if rng.random() < .6 else (f, l))
	else:
		t = "%s %s" % ((l, f) if rng.random() < .7 else
			(f.split()[-1], l))
	if len(g.person.get(skel(t), ())) != 1:
		return None
	return t


n_contact = lk.contact_row(lambda rng, c, p: rng.choice(["", "", "",
	"(IT)", "(경리)" if c["cc"] == "KR" else "(kế toán)"]))


def n_domain(rng, g, c):
	"""The firm's own domain (not a free mailbox's), bare or www."""
	d = c["domain"]
	return rng.choice([d, "www." + d]) if d.endswith(TLD[c["cc"]]) else \
		None


def kr_alt(rng, c, styles):
	"""c's name in one of styles, with an English legal form 30% where
	it has one."""
	if c["cc"] != "KR":
		return None
	sts = [s for s in styles if s != c["reg"] and c["alts"][s] !=
		c["core"]]
	if not sts:
		return None
	t = c["alts"][rng.choice(sts)]
	if c["legal"] and rng.random() < .3:
		t = wrap(t, "(주)" if is_hangul(t) else rng.choice(["Co., Ltd.",
			"Co.,Ltd", "Corp."]), 0 if is_hangul(t) else 1)
	return t


def n_roman(rng, g, c):
	"""Korean typed in another romanisation (RR, McCune-Reischauer typed
	without breves, the common spelling) or from Hangul."""
	return kr_alt(rng, c, ("rr", "mr", "co"))


def n_english(rng, g, c):
	return kr_alt(rng, c, ("en",))


def n_hangul(rng, g, c):
	"""A name registered in Latin typed in Hangul."""
	return kr_alt(rng, c, ("h",)) if c["reg"] != "h" else None


def n_surname(rng, g, c):
	"""The owner's family name spelt another way (Lee / Yi / Rhee, Park /
	Pak, Jung / Chung / Jeong ...) in the romanised name."""
	p = c["owner"]
	if c["cc"] != "KR" or not p:
		return None
	s = p["sur"]
	vs = [v for v in sorted(set([s[1], s[2]] + s[3])) if v != p["co_sur"]]
	if not vs:
		return None
	q = dict(p, co_sur=rng.choice(vs))
	tpl = [t for t in KR_T if t[0] == c["sector"] and "{P" in str(t[2])]
	if not tpl:
		return None
	parts = dict(c["parts"], P=q, PS=q)
	return fill(rng, parts, tpl[0][2]["l"], "co")


def n_split(rng, g, c):
	"""A romanised brand's two syllables split (Hanbit -> Han-bit, Han
	Bit, HanBit)."""
	b = c["brand"]
	if c["cc"] == "VN" and c["sector"] not in ("subsidiary",) and \
			"{B}" not in str(c["alts"]):
		return None
	if not b or "h" not in b.f:
		return None
	s = c["name"]
	for st in ("co", "rr", "mr"):
		w = b.get(st)
		if w in s:
			h = b.f["h"]
			cut = len(SYLD[h[0]][{"co": 3, "rr": 1, "mr": 2}[st]])
			a, z = w[:cut], w[cut:]
			j = rng.choice(["-", " ", ""])
			z = z.capitalize() if j != "-" or rng.random() < .5 else z
			if a + j + z == w:
				return None
			return s.replace(w, a + j + z)
	return None


def n_dubeolsik(rng, g, c):
	s = c["name"] if rng.random() < .5 else c["core"]
	if not is_hangul(s):
		return None
	return dubeolsik(s)


def n_ascii(rng, g, c):
	s = c["name"] if rng.random() < .6 else c["core"]
	if c["cc"] != "VN" or ascii_fold(s) == s:
		return None
	return ascii_fold(s)


def n_telex(rng, g, c):
	s = c["name"] if rng.random() < .5 else c["core"]
	if c["cc"] != "VN" or ascii_fold(s) == s:
		return None
	return vn_keys(s, True, rng.random() < .5)


def n_vni(rng, g, c):
	s = c["name"] if rng.random() < .5 else c["core"]
	if c["cc"] != "VN" or ascii_fold(s) == s:
		return None
	return vn_keys(s, False, rng.random() < .5)


def n_order(rng, g, c):
	"""A person's name in a firm's name the other way round (Văn phòng
	Luật sư Nguyễn Văn Hùng -> ... Hùng Nguyễn; Lee Jung-hoon Tax
	Accounting -> Jung-hoon Lee Tax Accounting)."""
	p = c["owner"]
	if not p:
		return None
	st = c["reg"]
	if st == "h":
		return None
	if p["k"] == "VN" and st == "en":
		st = "va"
	a, b = pname(p, st, 0), pname(p, st, 1)
	if a not in c["name"]:
		return None
	return c["name"].replace(a, b)


def n_mixed(rng, g, c):
	a = rng.choice([n_legal, n_ascii, n_roman, n_english, n_caps, n_telex,
		n_abbrev])
	t = a(rng, g, c)
	if not t:
		return None
	d = dict(c, name=t, core=t, legal="")
	b = rng.choice([lk.n_truncated, n_typo, n_caps, n_ascii])
	return b(rng, g, d)


KINDS = [("exact", lk.n_exact, 13), ("legal", n_legal, 9),
	("caps", n_caps, 3), ("typo", n_typo, 6), ("two typos", n_typo2, 2),
	("truncated", lk.n_truncated, 4), ("reorder", n_reorder, 3),
	("abbrev", n_abbrev, 4), ("acronym", n_acronym, 1),
	("branch", n_branch, 4), ("person", n_person, 3),
	("with contact", n_contact, 3), ("domain", n_domain, 2),
	("romanised", n_roman, 7), ("english", n_english, 4),
	("hangul", n_hangul, 3), ("surname spelling", n_surname, 2),
	("syllables split", n_split, 2), ("dubeolsik", n_dubeolsik, 3),
	("no diacritics", n_ascii, 8), ("telex", n_telex, 4),
	("vni", n_vni, 2), ("name order", n_order, 2), ("mixed", n_mixed, 4)]


# ---------------------------------------------------------------- impostors
def fresh(rng, g, c):
	"""A name of the list's shape that is no customer's."""
	return make_customer(rng, 0, c["cc"])["name"]


T = {"KR": {}, "VN": {}}
TPL_SECTOR = {}
for _cc, _ts in (("KR", KR_T), ("VN", VN_T)):
	for _s, _w, _f in _ts:
		T[_cc].setdefault(_s, []).append(_f)
		TPL_SECTOR[id(_f)] = _s if _s != "subsidiary" else "factory"


def rare_build(rng, c, tpl, b):
	"""tpl filled for a stranger, c's brand in it, in c's own script."""
	d = make_customer(rng, 0, c["cc"])
	parts = dict(d["parts"], B=b, V=b)
	kw = KW.get(TPL_SECTOR[id(tpl)])
	if kw:
		s = rng.choice(kw)
		parts["S"] = P(h=s[0], rr=s[1], mr=s[2], co=s[1], en=s[3])
	st = c["reg"]
	pat = tpl.get("h" if st == "h" else "l") if c["cc"] == "KR" else \
		tpl["en" if st == "en" else "vi"]
	t = fill(rng, parts, pat, st)
	return ascii_fold(t) if st == "va" else t


i_rare = lk.rare_row(T, ("branch", "tax"), lambda t: str(t).replace(
	"{V}", "{B}"), rare_build)


LOCAL = ("clinic", "dental", "restaurant", "academy", "hotel")


def i_city(rng, g, c):
	"""The same name's small business in another town: Korea's clinics
	and restaurants take a common name and the town before it (부산한빛
	치과); Vietnam's the town after it."""
	if c["sector"] not in LOCAL or not c["brand"]:
		return None
	towns = [t for t in TOWNS[c["cc"]] if t[0] != c["town"]]
	t = rng.choice(towns)
	st = c["reg"]
	core = c["core"]
	for tw in c["tw"][:3]:
		core = core.replace(tw, "").strip()
	if c["cc"] == "KR":
		if st == "h":
			return t[0] + core
		return "%s %s" % (core, t[1 if st != "mr" else 2])
	tn = t[0] if st == "vi" else t[1] if st == "va" else t[2]
	return "%s %s" % (core, tn)


SPEC = [("내과", "Internal Medicine"), ("소아과", "Pediatrics"),
	("안과", "Eye Clinic"), ("피부과", "Dermatology")]


def listed(g, p):
	"""p is a listed contact or owner (any spelling): a name with p in it
	could be that customer's."""
	return any(skel(n) in g.person for n in owner_forms(p) + [pname(p,
		"vi" if p["k"] == "VN" else "h", 1)])


def i_surname(rng, g, c):
	"""A very common family name in a trade: 김내과의원, DNTN Nguyễn Văn
	Hùng, Văn phòng Luật sư Trần Thị Lan."""
	if c["cc"] == "KR":
		p = person_kr(rng)
		sp = rng.choice(SPEC)
		if rng.random() < .6:
			return "%s%s의원" % (p["sur"][0], sp[0])
		if listed(g, p):
			return None
		return "%s %s" % (pname(p, "h"), rng.choice(["세무회계", "법률사무소",
			"세무사사무소"]))
	p = person_vn(rng)
	if listed(g, p):
		return None
	return rng.choice(["DNTN ", "Văn phòng Luật sư ", "Phòng khám ",
		"Nha khoa "]) + pname(p, "vi")


def i_personal(rng, g, c):
	cc = c["cc"]
	p = person_kr(rng) if cc == "KR" else person_vn(rng)
	if listed(g, p) or any(skel(p["given"] if cc == "VN" else
			p["given"].get(st)) in g.person for st in ("h", "co")):
		return None
	if cc == "KR":
		n = pname(p, "h") if rng.random() < .6 else pname(p, "co", 1)
	else:
		n = rng.choice(["anh ", "chị ", ""]) + p["given"]
	return "%s %s" % (n, rng.choice(HOME[cc]))


def i_subsidiary(rng, g, c):
	"""A Korean group's other subsidiary in Vietnam: the brand with
	another trade (Hanbit Precision Vina when Hanbit Electronics or
	Hanbit Vina is the customer)."""
	b = c["brand"]
	if not b or "h" not in b.f or c["sector"] not in ("factory",
			"trading", "subsidiary"):
		return None
	own = c["parts"].get("S")
	if c["sector"] == "subsidiary" and own.get("en") not in c["alts"]["en"]:
		return None	# "Hanbit Vina" says not what it makes
	s = rng.choice([x for x in KW["factory"] if not own or x[3] !=
		own.get("en")])
	tail = rng.choice([" Vina", " Việt Nam", " Vietnam", " VN"])
	out = "%s %s%s" % (b.get("co"), s[3], tail)
	if rng.random() < .5:
		out = rng.choice(["Công ty TNHH ", "Cty TNHH "]) + out
	return out


def i_prospect(rng, g, c):
	"""A quote (견적 / Báo giá) for a firm of the list's shape that is no
	customer yet."""
	d = make_customer(rng, 0, c["cc"])
	return PROSPECT[c["cc"]] + (d["core"] if rng.random() < .3 else
		d["name"])


IMPOSTORS = [("impostor: " + k, f, w) for k, f, w in (
	("rare word", i_rare, 14), ("same shape", fresh, 20),
	("other city", i_city, 10), ("common surname", i_surname, 13),
	("other subsidiary", i_subsidiary, 10),
	("vendor", lk.one_of(VENDORS), 8), ("personal", i_personal, 10),
	("own staff", lk.one_of(STAFF), 6), ("prospect", i_prospect, 6))]
SYNCRO = ("id", "name", "syncro", "contacts", "assets")


def main():
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random("blind31:" + seed)
	g = population(rng, ncust)
	index(g)
	rows = ck.draw_rows(rng, g, nnames, KINDS, IMPOSTORS, same_class=True)
	# customers.json holds what Syncro does, not the generator's notes.
	g.custs = [{k: c[k] for k in SYNCRO} for c in g.custs]
	bench = ("KOVINA-%s-NB%02d", 24)
	scr.write_desk_set(rng, out, g.custs, rows,
		lambda row: lk.machine(rng, g, row, bench), TECHS,
		("blind31", seed, 1812000000, 1213, 70))


if __name__ == "__main__":
	main()
