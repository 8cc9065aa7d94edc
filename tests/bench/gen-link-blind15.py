#!/usr/bin/env python3
# gen-link-blind15.py NCUST NNAMES SEED OUTDIR - the fifteenth held-out
# benchmark for sdc-link (issue #14, session 12): an MSP of East Asia and
# the Pacific - one Syncro account and one ScreenConnect, desks in Tokyo,
# Taipei and Manila - whose customers are the clinics and dental offices,
# pharmacies, law firms and patent attorneys, tax accountants (zeirishi),
# estate agents, hotels and ryokan, trading companies, factories and their
# sites, schools and cram schools, temples and churches, local governments
# and franchisees of Japan, Korea, Taiwan, Hong Kong, Vietnam, Thailand and
# the Philippines.  Written by a helper that tunes nothing, without reading
# the other generators' word lists or noise code nor src/link or
# man/sdc-link.1; the tuners never see this file nor its output; the lead
# runs it once at the end of session 12; only aggregates are reported.
# Python stdlib only; the same SEED gives the same files.
#
# Where each habit comes from (public sources, from memory unless said):
#  romaji    Japanese in Latin script has three systems and no one way to
#            write long vowels: Hepburn (shi, chi, tsu, fu, ji), Kunrei-shiki
#            (ISO 3602: si, ti, tu, hu, zi, sya) and Nihon-shiki; long o/u
#            as a macron (Tōkyō), dropped (Tokyo), "ou"/"uu" as a word
#            processor types it (Toukyou), "oh" in passports (Satoh, Ohno;
#            MOFA's passport rules allow OH) or doubled (Oota).  Wikipedia
#            "Romanization of Japanese", "Hepburn romanization",
#            "Kunrei-shiki romanization".  Rendaku: kaisha/gaisha.
#  korean    Revised Romanization (2000) against McCune-Reischauer and the
#            surnames people keep (Lee/Yi/Rhee/I, Park/Pak/Bak, Choi/Choe,
#            Jung/Jeong/Chung, Gangnam/Kangnam, Busan/Pusan: eo/o, eu/u,
#            g/k, d/t, b/p, j/ch).  Wikipedia "Revised Romanization of
#            Korean", "McCune-Reischauer", "List of Korean surnames".
#  chinese   Taiwan's names in Wade-Giles or its own spellings (Hsu, Tsai,
#            Hsieh, Kaohsiung), the mainland's pinyin (Xu, Cai, Xie,
#            Gaoxiong) and Hong Kong's Cantonese (Cheung, Wong, Chan, Ng,
#            Wah Hing): one surname three ways.  Wikipedia "Wade-Giles",
#            "Hong Kong Government Cantonese Romanisation", "Chinese
#            surname" tables.  Syllables joined, spaced or hyphenated.
#  diacritics Vietnamese as typed without a Vietnamese keyboard (Công ty TNHH
#            -> Cong ty TNHH, đ -> d), Quận 1 / Q1 / District 1, and Telex
#            leftovers (Nguyeenx) when Unikey is off.  Wikipedia
#            "Vietnamese alphabet", "Telex (input method)".
#  thai      RTGS against the spellings people choose (Phatthana/Pattana,
#            Charoen/Jaroen, Watthana/Wattana/Vadhana, Sukhumvit/Sukumvit).
#            Wikipedia "Royal Thai General System of Transcription".
#  legal     Legal forms and their place: Japan's K.K. (kabushiki kaisha,
#            written before the name "maekabu" or after "atokabu"), G.K.
#            (godo kaisha), Y.K. (yugen kaisha, pre-2006), medical
#            corporations (iryo hojin); Korea's (주) / Jusik Hoesa / Co.,
#            Ltd.; Taiwan Co., Ltd. / Corp.; Hong Kong Limited / Company
#            Limited (Companies Ordinance Cap. 622); Vietnam Công ty TNHH /
#            Cổ phần / JSC (Law on Enterprises 2020); Thailand Co., Ltd. /
#            Public Company Limited / PCL / Limited Partnership; the
#            Philippines Inc. / Corp. / OPC (Revised Corporation Code 2019).
#            Wikipedia "Kabushiki gaisha", "Types of business entity".
#  order     Family name first in Japan, Korea, China, Vietnam, Hungary;
#            Western order in English documents (Hiroshi Tanaka), the
#            Japanese government asking for family-first in 2019.
#  ime       Japanese IME left on: a word in kana (さくら), full-width
#            letters from the IME's zenkaku mode (an ideographic space
#            too, but screenconnect_record.clean() makes it a space).  Wikipedia "Halfwidth and fullwidth forms",
#            "Japanese input method".
#  person    Tickets named after the caller: "Suzuki-san", "Mr. Kim",
#            Filipino "Ma'am Joy"/"Sir Mark" (a habit of Philippine offices).
#  branch    Sites: wards and stations (Shinjuku, Umeda), Quận 1, Makati,
#            BGC (Bonifacio Global City), Ortigas, Sukhumvit; "-ten" (shop)
#            and "-shiten" (branch), "Dai-2 Kojo" (second factory).
#  typo      QWERTY slips: an adjacent key, a doubled or lost letter, two
#            letters swapped (Damerau 1964's four single errors).
#  acronym   Companies known by initials (NTT, NEC, TDK, SMC).
# Kinds and shares are my estimate of what a helpdesk types, not counts.
# The search tool found no figures for them.
#
# Impostors (a quarter): a shared common surname (Sato, Suzuki, Kim, Lee,
# Nguyen, Chan, Santos: proof of nothing), a shared rare word, namesakes in
# another city (a customer's name with another city's name: not it - the
# Syncro address fields say where each customer is), a franchise's branch
# that is not a customer, the same trade shape with another word, people,
# vendors and the MSP's own staff.
#
# Machines: a real row is on one of its customer's assets 80%, on an asset
# Syncro lists under another customer 4%, on an unknown DESKTOP- or
# LAPTOP- otherwise; impostors on unknown machines, a shared role name
# 15%, the MSP's own (KYS-TYO-NB04) for its staff.
#
# Every row is checked by label-audit.py (imported) and drawn again while
# doubtful; real rows of same-named customers carry their town.
import importlib.util  # noqa: F401  (label_audit() loads the audit)
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import screenconnect_record as scr  # noqa: E402

AUDIT = scr.label_audit()
CHECK = os.environ.get("BLIND15_UNCHECKED") != "1"

TECHS = {d: names.split(", ") for d, names in (
	("TYO", "Yamaguchi Kenta, Sarah Ito, Park Ji-hoon, Mori Ayaka"),
	("TPE", "Lin Yu-ting, Kevin Chen, Huang Wei-chen, Chan Ka-wai"),
	("MNL", "Joy Villanueva, Mark Dela Paz, Tran Thanh Tam, "
		"Nattapong S."))}
MSP, MSP_TAG = "Kaiyo Systems", "KYS"
HOME = {"JP": "TYO", "KR": "TYO", "TW": "TPE", "HK": "TPE", "VN": "MNL",
	"TH": "MNL", "PH": "MNL"}
SHARE = (("JP", 42), ("KR", 11), ("TW", 12), ("HK", 7), ("VN", 10),
	("TH", 7), ("PH", 11))

# ---- words ----------------------------------------------------------
# Japanese in Hepburn with macrons; every other spelling is derived.
JP_SUR = """Satō Suzuki Takahashi Tanaka Itō Watanabe Yamamoto Nakamura
Kobayashi Katō Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura
Hayashi Saitō Shimizu Yamazaki Mori Abe Ikeda Hashimoto Ishikawa Ogawa Gotō
Okada Hasegawa Fujita Kondō Ōno Ōta Endō Fukuda Nishimura Kudō Tsuchiya Chiba
Hoshino Fujimoto Ōtsuka Kōno Sugiyama Murakami Shibata Sakamoto Aoki Fujii
Nishida Miura Matsuda Nakajima Harada Takeuchi Kaneko Wada Nakano Ishii
Uchida Morita Hirano Sugawara Ōshima Honda Kubo Yokoyama Takagi Miyazaki
Tsuji Shōji Jōno Yūki Chūjō Ōkubo Kōda Shūtō Tsutsumi Fujishima Shinohara
Ōnishi Ōkawa Kōsaka Chikazawa Tsuboi Fukushima Shiraishi""".split()
JP_GIVEN = """Hiroshi Takashi Kenji Yūki Shōta Daisuke Kazuo Akira Makoto
Tetsuya Yōko Keiko Yumiko Naoko Tomoko Junko Shinji Ryōta Kōji Jun Aiko
Sachiko Mayumi Emi Haruka Chie Fumiko Shūichi Yūsuke Masaru Tsuyoshi
Shigeru Chiaki Jirō Kyōko""".split()
JP_WORD = """Sakura Midori Aoba Hikari Asahi Yamato Fuji Nishiki Tsubasa
Kotobuki Chūō Tōyō Daiichi Shōwa Hokuto Minato Wakaba Hinode Kizuna Seiryū
Tsukushi Sōwa Kōyō Shinsei Taiyō Hōsei Kyōei Tōwa Daitō Nisshin Shōei Fukuju
Meisei Sanwa Marufuku Kōsei Yūai Shūkō Jōyō Rinkai Chitose Mizuho Akebono
Hibari Tachibana Kasumi Sumire Momiji Shirakawa Kawasemi Tsuru Ōgi Kōtoku
Shōnan Hokuyō Tōshin Chūbu Kansai Seishin Fujimi Hōraku Kōun Zuihō Shunkō
Ryūsei Takumi Tsubaki Kaede Suzuran Yūhi Hōryū Jinsei Chōwa""".split()
# city|prefecture|zip head|wards (a city's wards are its sites)
JP_TOWNS = """Tōkyō|Tokyo|1|Shinjuku,Shibuya,Minato,Chiyoda,Chūō,Shinagawa,Setagaya,Taitō,Toshima,Meguro
Ōsaka|Osaka|53|Kita,Chūō,Naniwa,Yodogawa,Tennōji
Yokohama|Kanagawa|22|Nishi,Naka,Kōhoku,Tsuzuki
Nagoya|Aichi|45|Naka,Nakamura,Chikusa,Atsuta
Sapporo|Hokkaido|06|Chūō,Kita,Toyohira
Fukuoka|Fukuoka|81|Hakata,Chūō,Sawara
Kyōto|Kyoto|60|Nakagyō,Shimogyō,Sakyō
Kōbe|Hyogo|65|Chūō,Nada
Sendai|Miyagi|98|Aoba,Miyagino
Hiroshima|Hiroshima|73|Naka,Minami
Saitama|Saitama|33|Ōmiya,Urawa
Chiba|Chiba|26|Chūō,Mihama
Kawasaki|Kanagawa|21|Kawasaki,Nakahara
Hamamatsu|Shizuoka|43|Naka
Kanazawa|Ishikawa|92|
Naha|Okinawa|90|
Matsuyama|Ehime|79|
Niigata|Niigata|95|
Okayama|Okayama|70|
Kumamoto|Kumamoto|86|
Shizuoka|Shizuoka|42|
Utsunomiya|Tochigi|32|
Takamatsu|Kagawa|76|
Kagoshima|Kagoshima|89|"""
# Korean: the spelling Syncro holds, then what else people write.
KR_SUR = """Kim:Gim|Lee:Yi,Rhee,I,Ri|Park:Pak,Bak,Bahk|Choi:Choe,Chwe|
Jung:Jeong,Chung,Chong|Kang:Gang|Cho:Jo,Joh|Yoon:Yun|Jang:Chang|Lim:Im,Rim,
Yim|Han:Hahn|Oh:O|Seo:Suh,So|Shin:Sin|Kwon:Gwon,Kweon|Hwang:Whang|Ahn:An|
Song:Soung|Yoo:Yu,You|Hong:Houng|Jeon:Chun,Jun,Chon|Ko:Go,Koh|Moon:Mun|
Baek:Paek,Paik,Baik|Noh:No,Roh"""
KR_GIVEN = """Min-jun Seo-yeon Ji-hoon Su-bin Hyun-woo Ji-won Eun-ji Dong-hyun
Sung-min Young-ho Jae-won Hye-jin Seung-woo Ye-jin Jun-seo""".split()
KR_WORD = """Hanbit Saerom Haneul Dongbang Samil Daehan Jeil Mirae Nuri
Seongwon Geumgang Baekdu Daeseong Sejong Jinheung Gwangmyeong Cheongsol
Hangyeol Eunbit Dabin Geurin Seorin Boram Bitnara Taeyang Jeongdo Hyeonseong
Daegyeong Gyeongil Seonjin""".split()
KR_TOWNS = """Seoul|Seoul|0|Gangnam,Seocho,Jongno,Mapo,Songpa,Yeongdeungpo
Busan|Busan|4|Haeundae,Busanjin
Incheon|Incheon|2|Namdong,Bupyeong
Daegu|Daegu|4|Suseong
Daejeon|Daejeon|3|Yuseong
Gwangju|Gwangju|6|
Suwon|Gyeonggi|1|
Seongnam|Gyeonggi|1|Bundang"""
# Chinese syllables: (pinyin, Wade-Giles / Taiwan, Cantonese).
ZH = [tuple(t.split("/")) for t in """Zhang/Chang/Cheung Wang/Wang/Wong
Chen/Chen/Chan Lin/Lin/Lam Huang/Huang/Wong Liu/Liu/Lau Cai/Tsai/Choi
Yang/Yang/Yeung Xu/Hsu/Hui Zheng/Cheng/Cheng Xie/Hsieh/Tse Guo/Kuo/Kwok
Hong/Hung/Hung Qiu/Chiu/Yau Zeng/Tseng/Tsang Liao/Liao/Liu Zhou/Chou/Chow
Wu/Wu/Ng Li/Li/Lee He/Ho/Ho Liang/Liang/Leung Ye/Yeh/Yip Deng/Teng/Tang
Luo/Lo/Law Zhu/Chu/Chu Su/Su/So Jiang/Chiang/Keung Peng/Peng/Pang""".split()]
ZH_SUR = len(ZH)
ZH += [tuple(t.split("/")) for t in """Hua/Hua/Wah Xing/Hsing/Hing Da/Ta/Tai
Fu/Fu/Fook Sheng/Sheng/Shing Feng/Feng/Fung Yuan/Yuan/Yuen Tai/Tai/Tai
Kang/Kang/Hong Ji/Chi/Kat Xin/Hsin/Sun Jin/Chin/Kam Long/Lung/Lung
Guang/Kuang/Kwong Chang/Chang/Cheong Heng/Heng/Hang Tong/Tung/Tung
Quan/Chuan/Chuen Zhong/Chung/Chung Shun/Shun/Shun Yi/Yi/Yee Mao/Mao/Mau
Rong/Jung/Wing Bao/Pao/Po Xiang/Hsiang/Cheung Jia/Chia/Ka Feng/Feng/Fung
Yong/Yung/Wing Hui/Hui/Wai Qing/Ching/Ching Ming/Ming/Ming""".split()]
ZH_GIVEN2 = """Yu-ting Wei-chen Chia-hao Shu-fen Mei-ling Chih-ming Kuo-hua
Ya-wen""".split()
HK_GIVEN = "Tai-man Ka-wai Siu-ming Wing-yan Chi-keung Mei-yee".split()
TW_TOWNS = """Taipei|Taipei|1|Hsinyi,Ta-an,Neihu,Chungshan,Sungshan
New Taipei|New Taipei|2|Panchiao,Hsintien,Sanchung
Taichung|Taichung|4|Hsitun,Nantun
Kaohsiung|Kaohsiung|8|Tsoying,Sanmin
Tainan|Tainan|7|
Hsinchu|Hsinchu|3|
Taoyuan|Taoyuan|3|Chungli"""
TW_PINYIN = {"Hsinyi": "Xinyi", "Ta-an": "Da'an", "Chungshan": "Zhongshan",
	"Sungshan": "Songshan", "Panchiao": "Banqiao", "Hsintien": "Xindian",
	"Sanchung": "Sanchong", "Hsitun": "Xitun", "Tsoying": "Zuoying",
	"Kaohsiung": "Gaoxiong", "Hsinchu": "Xinzhu", "Taichung": "Taizhong",
	"Taipei": "Taibei", "Chungli": "Zhongli", "Nantun": "Nantun",
	"Sanmin": "Sanmin", "Neihu": "Neihu", "Tainan": "Tainan",
	"Taoyuan": "Taoyuan", "New Taipei": "New Taibei"}
HK_TOWNS = """Hong Kong|Hong Kong Island|0|Central,Wan Chai,Causeway Bay,Sheung Wan,Quarry Bay
Kowloon|Kowloon|0|Tsim Sha Tsui,Mong Kok,Kwun Tong,Kowloon Bay
New Territories|New Territories|0|Sha Tin,Tsuen Wan,Tuen Mun,Yuen Long"""
VN_SUR = """Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương
Lý""".split()
VN_GIVEN = """Văn Minh|Thị Thảo|Quốc Hùng|Anh Tuấn|Thị Linh|Thu Hương|Tiến Dũng|
Đức Quang|Minh Hải|Thanh Phương|Ngọc Lan|Văn Thanh""".replace("\n", "").split("|")
VN_WORD = """Hoàng Long|Minh Châu|An Khang|Phú Thịnh|Thành Công|Việt Tiến|
Hưng Thịnh|Sao Mai|Hoa Sen|Tân Phát|Đại Phát|Phúc An|Kim Ngân|Bình Minh|
Thiên Ân|Nam Việt|Đông Á|Trường Thành|Hồng Hà|Sông Hàn|Ánh Dương|Hải Đăng|
Tâm Đức|Vĩnh Phúc|Hòa Bình|Lạc Việt|Gia Bảo|Tín Nghĩa""".replace("\n", "").split("|")
VN_TOWNS = """Hồ Chí Minh|TP. Hồ Chí Minh|70|Quận 1,Quận 3,Quận 7,Bình Thạnh,Phú Nhuận,Tân Bình,Thủ Đức
Hà Nội|Hà Nội|10|Ba Đình,Hoàn Kiếm,Cầu Giấy,Đống Đa
Đà Nẵng|Đà Nẵng|55|Hải Châu,Sơn Trà
Hải Phòng|Hải Phòng|18|
Cần Thơ|Cần Thơ|94|
Bình Dương|Bình Dương|75|Thủ Dầu Một"""
# Thai: Syncro's spelling first, then others seen for the same word.
TH_WORD = """Siam/Sayam Charoen/Jaroen/Chareon Phatthana/Pattana/Patana
Watthana/Wattana/Vadhana Sombat/Sompat/Sombut Rattana/Ratana
Thanakorn/Tanakorn/Thanakon Suksawat/Suksawad/Sooksawat
Chokchai/Chokechai Mongkol/Mongkon Prasert/Prasoet Thongdee/Tongdee
Kasem/Kasame Wichai/Vichai Boonmee/Bunmi/Boonmi Saengthong/Sangthong
Srisuk/Sisuk Chaiyaphon/Chaiyaporn Sukprasert/Sookprasert
Wongsawat/Vongsawat Phonthip/Pornthip Kittiphong/Kittipong
Rungrueang/Rungruang Amarin/Ammarin Sirichai/Sirichay""".split()
TH_WORD = [tuple(t.split("/")) for t in TH_WORD]
TH_TOWNS = """Bangkok|Bangkok|10|Watthana/Wattana,Khlong Toei/Klong Toey,Pathum Wan/Pathumwan,Bang Rak/Bangrak,Chatuchak/Jatujak,Sukhumvit/Sukumvit
Chiang Mai|Chiang Mai|50|
Phuket|Phuket|83|Patong
Pattaya|Chonburi|20|
Khon Kaen|Khon Kaen|40|
Nonthaburi|Nonthaburi|11|
Samut Prakan|Samut Prakan|10|Bang Na/Bangna"""
PH_SUR = """Santos Reyes Cruz Bautista Garcia Mendoza Dela_Cruz Villanueva Ramos
Aquino Castillo Gonzales Flores Tan Lim Go Sy Chua Ocampo Del_Rosario
De_Guzman Pascual Navarro Torres Manalo Soriano"""
PH_SUR = [w.replace("_", " ") for w in PH_SUR.split()]
PH_GIVEN = """Jose Maria Juan Cristina Mark Joy Rowena Jerome Liza Rodel
Ricardo Marites Arnel Lorna""".split()
PH_WORD = """Bayanihan Maharlika Mabuhay Sampaguita Tala Bituin Malaya Pag-asa
Kalayaan Silangan Perlas Diwa Lakan Mayon Taal Amihan Dalisay Himlayan
Banaag Liwayway Sinag Tanglaw Luntian Alab""".split()
PH_TOWNS = """Makati|Metro Manila|12|Legaspi Village,Salcedo Village,Poblacion
Taguig|Metro Manila|16|BGC,Bonifacio Global City
Pasig|Metro Manila|16|Ortigas,Kapitolyo
Quezon City|Metro Manila|11|Cubao,Diliman,Eastwood
Manila|Metro Manila|10|Ermita,Binondo,Malate
Mandaluyong|Metro Manila|15|
Cebu City|Cebu|60|IT Park,Lahug
Davao City|Davao del Sur|80|
Muntinlupa|Metro Manila|17|Alabang
Baguio|Benguet|26|"""

# Translations a bilingual customer shows the other half of.
JP_EN = {"Shika": "Dental", "Shika Iin": "Dental Clinic", "Yakkyoku":
	"Pharmacy", "Hōritsu Jimusho": "Law Office", "Tokkyo Jimusho":
	"Patent Office", "Zeirishi Jimusho": "Tax Accountant Office",
	"Kaikei Jimusho": "Accounting Office", "Fudōsan": "Real Estate",
	"Shōji": "Trading", "Bussan": "Trading", "Seisakusho": "Manufacturing",
	"Kōgyō": "Industries", "Denki": "Electric", "Kensetsu": "Construction",
	"Un'yu": "Transport", "Naika": "Internal Medicine", "Gakuen":
	"Academy", "Juku": "Cram School", "Ryokan": "Inn", "Kyōkai": "Church"}
VN_EN = {"Nha khoa": "Dental", "Phòng khám": "Clinic", "Nhà thuốc":
	"Pharmacy", "Thương mại": "Trading", "Sản xuất": "Manufacturing",
	"Bất động sản": "Real Estate", "Khách sạn": "Hotel", "Kế toán":
	"Accounting", "Xây dựng": "Construction"}
KR_EN = {"Chigwa": "Dental", "Uiwon": "Clinic", "Yakguk": "Pharmacy",
	"Muyeok": "Trading", "Saneop": "Industrial", "Budongsan": "Real Estate",
	"Hagwon": "Academy"}

# Trades: (name, share, patterns); a pattern is words and slots:
# S surname, P person (full name), W word, W2 two words, T town, D site,
# j:/k:/v:/e: a Japanese/Korean/Vietnamese/English literal; "!" after a
# pattern: a company (takes a legal form).
TRADES = {
"JP": [("dental", 10, "S j:Shika|W j:Shika|W e:Dental Clinic|T W j:Shika Iin|S j:Shika Iin"),
	("clinic", 9, "S j:Naika|S e:Clinic|W e:Clinic|j:Iryō Hōjin W j:Kai|S j:Iin|W e:Ladies Clinic"),
	("pharmacy", 7, "W j:Yakkyoku!|W e:Pharmacy!|S j:Yakkyoku!"),
	("law", 7, "P j:Hōritsu Jimusho|S j:Sōgō Hōritsu Jimusho|S & S e:Law Office|W e:Law Office|P j:Tokkyo Jimusho|W j:Kokusai Tokkyo Jimusho"),
	("tax", 8, "P j:Zeirishi Jimusho|S j:Kaikei Jimusho|S j:Zeirishi Jimusho|W e:Tax Accountants|S & S j:Kaikei Jimusho"),
	("estate", 6, "W j:Fudōsan!|T W j:Fudōsan!|W e:Realty!|S j:Fudōsan!"),
	("hotel", 5, "W j:Ryokan|e:Hotel W|T W e:Hotel!|W j:Onsen Ryokan"),
	("trading", 9, "W j:Shōji!|W j:Bussan!|W e:Trading!|W W j:Shōji!|S j:Shōji!"),
	("factory", 10, "W j:Seisakusho!|W j:Kōgyō!|S j:Tekkō!|W j:Denki!|W W j:Denki!|W j:Kensetsu!|W j:Un'yu!|W e:Precision!"),
	("school", 5, "W j:Gakuen|T j:Shiritsu W j:Shōgakkō|W j:Juku|W e:Seminar|W e:English School"),
	("religion", 3, "W j:-ji|W j:Jinja|T e:Church|T j:Kyōkai"),
	("gov", 2, "T j:Shiyakusho|T D j:Kuyakusho|T e:City Office"),
	("chain", 6, "CHAIN")],
"KR": [("dental", 12, "W k:Chigwa|W e:Dental Clinic|S e:Dental Clinic"),
	("clinic", 8, "W k:Uiwon|W e:Clinic|S k:Uiwon"),
	("pharmacy", 6, "W k:Yakguk|W e:Pharmacy"),
	("law", 8, "e:Law Firm W|W e:Law Group|W e:Patent & Law Firm|P e:Law Office"),
	("tax", 8, "W e:Accounting Corp.|P e:Tax Accounting Office|S & S e:Accounting"),
	("estate", 5, "W k:Budongsan|T W e:Realty"),
	("trading", 12, "W k:Muyeok!|W e:Trading!|W e:International!"),
	("factory", 14, "W k:Saneop!|W e:Industrial!|W e:Precision!|W e:Electronics!|W e:Tech!"),
	("school", 6, "W k:Hagwon|W e:English Academy|W e:Math Academy"),
	("religion", 3, "T W e:Church|W k:-sa"),
	("chain", 4, "CHAIN")],
"TW": [("dental", 10, "Z2 e:Dental Clinic|S e:Dental Clinic"),
	("clinic", 8, "Z2 e:Clinic|S e:Clinic|S e:Pediatric Clinic"),
	("pharmacy", 6, "Z2 e:Pharmacy"),
	("law", 8, "Z2 e:Law Firm|S & S e:Law Offices|Z2 e:International Patent & Law Office"),
	("tax", 8, "Z2 e:CPA Firm|Z2 e:Certified Public Accountants|P e:CPA"),
	("estate", 5, "Z2 e:Realty!|Z2 e:Real Estate!"),
	("hotel", 4, "Z2 e:Hotel|T Z2 e:Hotel"),
	("trading", 12, "Z2 e:Trading!|Z2 e:Enterprise!|Z2 e:International!"),
	("factory", 16, "Z2 e:Industrial!|Z2 e:Electronics!|Z2 e:Precision Machinery!|Z2 e:Plastic!|Z2 e:Technology!"),
	("school", 5, "Z2 e:Language School|Z2 e:Cram School|T Z2 e:Elementary School"),
	("religion", 3, "Z2 e:Temple|T e:Presbyterian Church"),
	("chain", 4, "CHAIN")],
"HK": [("dental", 8, "Z2 e:Dental Clinic|S e:Dental Surgery"),
	("clinic", 8, "Z2 e:Medical Centre|P e:Clinic"),
	("pharmacy", 6, "Z2 e:Pharmacy|Z2 e:Dispensary"),
	("law", 10, "S & S e:Solicitors|S & e:Co.|Z2 e:Law Firm"),
	("tax", 8, "S e:CPA|S & S e:Certified Public Accountants|Z2 e:Accounting"),
	("estate", 6, "Z2 e:Property Agency!|Z2 e:Realty!"),
	("trading", 18, "Z2 e:Trading!|Z2 e:Enterprises!|Z2 e:Holdings!|Z2 e:Garment!"),
	("hotel", 3, "Z2 e:Hotel|Z2 e:Guest House"),
	("school", 4, "Z2 e:Education Centre|Z2 e:Tutorial Centre"),
	("religion", 3, "T Z2 e:Temple|T e:Baptist Church")],
"VN": [("dental", 10, "v:Nha khoa W|v:Nha khoa W T"),
	("clinic", 8, "v:Phòng khám Đa khoa W|v:Phòng khám W"),
	("pharmacy", 8, "v:Nhà thuốc W|v:Nhà thuốc W2"),
	("law", 7, "v:Văn phòng Luật sư S|v:Công ty Luật W|e:Law Firm W"),
	("tax", 6, "v:Dịch vụ Kế toán W|v:Kế toán W!"),
	("estate", 6, "v:Bất động sản W!|W e:Land!"),
	("hotel", 6, "v:Khách sạn W|W e:Hotel|W e:Boutique Hotel"),
	("trading", 14, "v:Thương mại W!|v:Thương mại Dịch vụ W!|v:Xuất nhập khẩu W!"),
	("factory", 12, "v:Sản xuất W!|v:Xây dựng W!|W e:Garment!"),
	("school", 5, "v:Trường Mầm non W|v:Trung tâm Ngoại ngữ W"),
	("religion", 2, "v:Chùa W|v:Nhà thờ W")],
"TH": [("dental", 10, "W e:Dental Clinic|W e:Dental"),
	("clinic", 6, "W e:Clinic|W e:Medical Clinic"),
	("pharmacy", 5, "W e:Pharmacy|W e:Drugstore"),
	("law", 6, "W e:Law Office|W e:Legal!"),
	("tax", 6, "W e:Accounting Office|W e:Accounting!"),
	("estate", 5, "W e:Property!|W e:Estate!"),
	("hotel", 9, "W e:Hotel|W e:Resort|W e:Boutique Hotel"),
	("trading", 14, "W e:Trading!|W W e:Trading!|W e:Import Export!"),
	("factory", 14, "W e:Industry!|W e:Engineering!|W W e:Industry!|W e:Food!"),
	("school", 4, "W e:International School|W e:Tutor School"),
	("religion", 2, "e:Wat W")],
"PH": [("dental", 10, "W e:Dental Clinic|S e:Dental Clinic|S e:Dental Care"),
	("clinic", 8, "W e:Medical Clinic|W e:Diagnostic Center|S e:Medical Clinic"),
	("pharmacy", 6, "W e:Drugstore|W e:Pharmacy"),
	("law", 9, "S e:Law Office|S & S e:Law Offices|S S & S e:Law Offices"),
	("tax", 8, "S e:Accounting Services|W e:Accounting Firm|P e:CPA"),
	("estate", 6, "W e:Realty!|W e:Land Development!"),
	("hotel", 5, "W e:Hotel|W e:Resort|W e:Pension House"),
	("trading", 12, "W e:Trading!|W e:Enterprises!|W e:General Merchandise"),
	("factory", 10, "W e:Manufacturing!|W e:Food Products!|W e:Construction!"),
	("school", 6, "W e:Learning Center|W e:Tutorial Center|W e:Montessori School"),
	("religion", 3, "W e:Parish|W e:Christian Fellowship"),
	("gov", 2, "e:Barangay W|e:Municipality of T"),
	("chain", 5, "CHAIN")]}
CHAINS = {"JP": ["Hotto Mart", "Kurumi Coffee", "Seven Smile"],
	"KR": ["Cafe Bom", "Hanul Mart"], "TW": ["Da Ji Tea", "Hi Fresh Mart"],
	"PH": ["Jolly Chick", "Mang Lito's"]}
LEGAL = {"JP": ["K.K.", "Co., Ltd.", "Kabushiki Kaisha", "G.K.", "Y.K.",
	"Inc."], "KR": ["Co., Ltd.", "Inc.", "(주)", "Corp."],
	"TW": ["Co., Ltd.", "Corp.", "Ltd."], "HK": ["Limited",
	"Company Limited", "Ltd"], "VN": ["Công ty TNHH", "Công ty Cổ phần",
	"Công ty TNHH MTV"], "TH": ["Co., Ltd.", "Public Company Limited",
	"Limited Partnership"], "PH": ["Inc.", "Corp.", "Corporation", "OPC"]}
LEGAL_ALT = {"K.K.": ["KK", "Kabushiki Kaisha", "Co., Ltd.", "Kabushikigaisha",
	"K.K"], "Kabushiki Kaisha": ["K.K.", "KK", "Co.,Ltd.", "Kabushikigaisha"],
	"Co., Ltd.": ["Co.,Ltd", "Co Ltd", "CO.,LTD.", "Ltd.", "Inc."],
	"G.K.": ["GK", "Godo Kaisha", "LLC"], "Y.K.": ["YK", "Yugen Kaisha",
	"Yuugen Gaisha"], "Inc.": ["Inc", "Co., Ltd.", "Corp."],
	"(주)": ["Co., Ltd.", "Jusik Hoesa", "Chusik Hoesa"],
	"Corp.": ["Corporation", "Co., Ltd.", "Corp"], "Ltd.": ["Co., Ltd.",
	"Ltd"], "Limited": ["Ltd", "Co. Ltd.", "Company Limited", "Ltd."],
	"Company Limited": ["Co. Ltd", "Limited", "Co., Ltd."], "Ltd": [
	"Limited", "Co Ltd"], "Công ty TNHH": ["Co., Ltd", "Cong ty TNHH",
	"TNHH", "Cty TNHH"], "Công ty Cổ phần": ["JSC", "Cong ty CP",
	"CTCP", "Joint Stock Company"], "Công ty TNHH MTV": ["Co., Ltd",
	"TNHH MTV", "Cty TNHH"], "Public Company Limited": ["PCL", "Pcl.",
	"Co., Ltd."], "Limited Partnership": ["Ltd., Part.", "L.P.",
	"Ltd. Part."], "Corporation": ["Corp.", "Corp", "Inc."], "OPC": [
	"(OPC)", "Inc.", "Corp."]}
ROLES = {"JP": "UKETSUKE-01 UKETSUKE-02 JIMU-PC1 JIMU-PC2 KAIKEI-PC "
	"SERVER NAS01 SHACHO-PC", "KR": "SERVER DESK-01 DESK-02 CHONGMU-PC",
	"TW": "ACCT-PC FRONT-PC SERVER POS01", "HK": "ACCOUNTS-PC SERVER "
	"RECEPTION", "VN": "KETOAN-PC LETAN-PC SERVER", "TH": "FRONTDESK-1 "
	"ACC-PC SERVER", "PH": "FRONTDESK RECEPTION-PC ACCTG-PC ADMIN-PC SERVER"}
ROLE = {cc: v.split() for cc, v in ROLES.items()}
VENDORS = ["NTT East support", "Canon Marketing copier", "Ricoh Japan",
	"KDDI line check", "Chunghwa Telecom", "PLDT fiber", "Globe Telecom",
	"Viettel router", "True Internet", "KT Corp modem", "PCCW",
	"Fujitsu maintenance", "Sharp MFP", "Microsoft 365 call",
	"Epson printer driver"]


def lines(text):
	out = []
	for ln in text.strip().split("\n"):
		city, state, zh, sites = ln.split("|")
		out.append((city, state, zh, [s for s in sites.split(",") if s]))
	return out


TOWNS = {"JP": lines(JP_TOWNS), "KR": lines(KR_TOWNS), "TW": lines(TW_TOWNS),
	"HK": lines(HK_TOWNS), "VN": lines(VN_TOWNS), "TH": lines(TH_TOWNS),
	"PH": lines(PH_TOWNS)}
KR_SUR = [(a.split(":")[0].strip(), a.split(":")[1].replace("\n", "")
	.split(",")) for a in KR_SUR.split("|")]


# ---- spelling ----------------------------------------------------------
def fold(s):
	s = unicodedata.normalize("NFKD", s.replace("đ", "d").replace("Đ", "D"))
	return "".join(ch for ch in s if not unicodedata.combining(ch))


def jp_long(s, style):
	"""Long ō/ū written as style: macron, o (dropped), ou (word processor),
	oh (passport), oo."""
	if style == "macron":
		return s
	rep = {"o": ("o", "u"), "ou": ("ou", "uu"), "oo": ("oo", "uu"),
		"oh": ("oh", "u")}[style]
	out = []
	for i, ch in enumerate(s):
		low = ch.lower()
		if low in "ōū":
			r = rep[0] if low == "ō" else rep[1]
			nxt = s[i + 1:i + 2].lower()
			if r == "oh" and nxt and nxt in "aeiouy":
				r = "ou"
			out.append(r.capitalize() if ch.isupper() else r)
		else:
			out.append(ch)
	return "".join(out)


KUNREI = (("shi", "si"), ("chi", "ti"), ("tsu", "tu"), ("fu", "hu"),
	("ji", "zi"), ("sha", "sya"), ("shu", "syu"), ("sho", "syo"),
	("cha", "tya"), ("chu", "tyu"), ("cho", "tyo"), ("ja", "zya"),
	("ju", "zyu"), ("jo", "zyo"))


def kunrei(s):
	out = []
	for w in s.split(" "):
		cap = w[:1].isupper()
		x = w.lower()
		for a, b in sorted(KUNREI, key=lambda p: -len(p[0])):
			x = x.replace(a, b)
		out.append(x.capitalize() if cap else x)
	return " ".join(out)


def mr(word):
	"""Revised Romanization -> McCune-Reischauer without breves, as people
	type it: initial g/d/b/j -> k/t/p/ch, eo -> o, eu -> u."""
	w = word.lower()
	w = {"g": "k", "d": "t", "b": "p", "j": "ch"}.get(w[:1], w[:1]) + w[1:]
	w = w.replace("eo", "o").replace("eu", "u")
	return w.capitalize() if word[:1].isupper() else w


def zh_form(ids, sys_, join):
	parts = [ZH[i][sys_] for i in ids]
	if join == " ":
		return " ".join(parts)
	if join == "-":
		return parts[0] + "".join("-" + p.lower() for p in parts[1:])
	return parts[0] + "".join(p.lower() for p in parts[1:])


# A name is a list of pieces (cls, data): j Japanese (macron Hepburn),
# k Korean (RR, or a surname (spelling, variants)), z Chinese (syllable
# ids), v Vietnamese, t Thai (variants), e English/literal, L legal form.
def render(p, c, var=None):
	"""The piece as Syncro holds it (var None) or as varied by var."""
	cls, d = p
	var = var or {}
	if cls == "j":
		s = jp_long(d, var.get("long", c["jlong"]))
		return kunrei(s) if var.get("kunrei") else s
	if cls == "ks":
		return var["ks"].get(d[0], d[0]) if "ks" in var else d[0]
	if cls == "k":
		return mr(d) if var.get("mr") else d
	if cls == "z":
		return zh_form(d, var.get("zsys", c["zsys"]), var.get("zjoin",
			c["zjoin"]))
	if cls == "v":
		return fold(d) if var.get("fold", c["vfold"]) else d
	if cls == "t":
		return var["th"].get(d[0], d[0]) if "th" in var else d[0]
	if cls == "tw":
		return TW_PINYIN.get(d, d) if var.get("zsys") == 0 else d
	return d


def text(pieces, c, var=None):
	s = " ".join(render(p, c, var) for p in pieces)
	s = s.replace(" -", "-").replace(" ,", ",")
	return re.sub(r"\s+", " ", s).strip()


# ---- population ------------------------------------------------------------
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


def surname(rng, cc):
	if cc == "JP":
		return ("j", rng.choice(JP_SUR))
	if cc == "KR":
		return ("ks", rng.choice(KR_SUR))
	if cc in ("TW", "HK"):
		return ("z", (rng.randrange(ZH_SUR),))
	if cc == "VN":
		return ("v", rng.choice(VN_SUR))
	if cc == "TH":
		return ("t", rng.choice(TH_WORD))
	return ("e", rng.choice(PH_SUR))


def given(rng, cc):
	if cc == "JP":
		return ("j", rng.choice(JP_GIVEN))
	if cc == "KR":
		return ("k", rng.choice(KR_GIVEN))
	if cc == "TW":
		return ("e", rng.choice(ZH_GIVEN2))
	if cc == "HK":
		return ("e", rng.choice(HK_GIVEN))
	if cc == "VN":
		return ("v", rng.choice(VN_GIVEN))
	if cc == "TH":
		return ("e", rng.choice("Somchai Nattapong Siriporn Kanokwan "
			"Anan Pranee Wichit".split()))
	return ("e", rng.choice(PH_GIVEN))


def word(rng, cc):
	if cc == "JP":
		return ("j", rng.choice(JP_WORD))
	if cc == "KR":
		return ("k", rng.choice(KR_WORD))
	if cc in ("TW", "HK"):
		return ("z", (rng.randrange(ZH_SUR, len(ZH)),
			rng.randrange(ZH_SUR, len(ZH))))
	if cc == "VN":
		return ("v", rng.choice(VN_WORD))
	if cc == "TH":
		return ("t", rng.choice(TH_WORD))
	return ("e", rng.choice(PH_WORD))


def town_piece(cc, town, site=False):
	name = town
	if cc == "JP":
		return ("j", name)
	if cc == "TH":
		return ("t", tuple(name.split("/")))
	if cc == "TW":
		return ("tw", name)
	if cc == "VN":
		return ("v", name)
	return ("e", name)


def fill(rng, cc, pat, town, site):
	"""Pieces of one pattern; person: the (family, given) pieces used."""
	out, person, core = [], None, []
	for tok in pat.split(" "):
		if tok in ("S", "P", "W", "W2", "Z2"):
			core.append(len(out))
		if tok in ("S",):
			out.append(surname(rng, cc))
		elif tok == "P":
			f, g = surname(rng, cc), given(rng, cc)
			person = (f, g)
			out += [f, g] if cc != "PH" else [g, f]
		elif tok in ("W", "W2"):
			out.append(word(rng, cc))
		elif tok == "Z2":
			out.append(word(rng, cc))
		elif tok == "T":
			out.append(town_piece(cc, town[0]))
		elif tok == "D":
			out.append(town_piece(cc, site or town[0]))
		elif tok == "&":
			out.append(("e", "&"))
		elif tok[:2] in ("j:", "k:", "v:", "e:"):
			out.append(({"j:": "j", "k:": "k", "v:": "v", "e:": "e"}
				[tok[:2]], tok[2:]))
		else:	# a literal continuing the previous one ("Law Office")
			cls, d = out[-1]
			out[-1] = (cls, d + " " + tok)
	core = [x for i in core for x in (i, i + 1) if x < len(out)
		and (x == i or tok_is_slot(out[x]))]
	return out, person, sorted(set(core))


def tok_is_slot(p):
	return p[0] in ("ks", "z") or (p[0] == "e" and p[1] in PH_GIVEN)


def address(rng, cc, town, site):
	city, state, zh, sites = town
	n = rng.randrange(1, 40)
	if cc == "JP":
		city_f = fold(jp_long(city, "o"))
		ward = fold(jp_long(site, "o")) + "-ku" if site else None
		if city == "Tōkyō" and ward:
			city_f, ward = ward, None
		zp = (zh + "%07d" % rng.randrange(10 ** 7))[:7]
		return {"address": "%d-%d-%d %s" % (rng.randrange(1, 9),
			rng.randrange(1, 30), rng.randrange(1, 20), ward or ""),
			"address_2": rng.choice([None, None, "%s Bldg. %dF" % (
			fold(jp_long(rng.choice(JP_WORD), "o")), rng.randrange(1, 9))]),
			"city": city_f, "state": state, "zip": zp[:3] + "-" + zp[3:]}
	if cc == "VN":
		return {"address": "%d %s" % (n, rng.choice(["Lê Lợi",
			"Nguyễn Huệ", "Trần Hưng Đạo", "Hai Bà Trưng", "Lý Thường Kiệt"])),
			"address_2": site, "city": city, "state": state,
			"zip": zh + "%04d" % rng.randrange(10000)}
	if cc == "HK":
		return {"address": "Unit %d, %d/F, %s Building" % (
			rng.randrange(1, 20), rng.randrange(2, 30), rng.choice(
			["Wing On", "Tai Yau", "Kwong Fat", "Sun Hing"])),
			"address_2": site, "city": city, "state": state, "zip": None}
	st = site.split("/")[0] if site else None
	zp = zh + "".join(str(rng.randrange(10)) for _ in range(5 - len(zh)))
	return {"address": "%d %s" % (n * 7, rng.choice(["Main Road",
		"Station Road", "Central Avenue"]) if cc != "PH" else rng.choice(
		["Ayala Avenue", "Rizal Street", "Mabini Street", "J.P. Laurel"])),
		"address_2": st, "city": city.split("/")[0], "state": state,
		"zip": zp if cc != "PH" else zp[:4]}


def contacts(rng, cc, c, ids):
	out = []
	if c["person"]:
		f, g = c["person"]
		out.append((render(g, c), render(f, c)))
	for _ in range(rng.randrange(1, 4)):
		out.append((render(given(rng, cc), c), render(surname(rng, cc), c)))
	res = []
	for fn, ln in out:
		res.append({"id": next(ids), "firstname": fold(fn) if cc != "VN"
			else fn, "lastname": fold(ln) if cc != "VN" else ln,
			"email": "%s.%s@example.%s" % (re.sub(r"[^a-z]", "",
			fold(fn).lower()), re.sub(r"[^a-z]", "", fold(ln).lower()),
			cc.lower())})
	return res


def desktop(rng, head="DESKTOP"):
	return head + "-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
		for _ in range(7))


def machines(rng, cc, c, ids):
	n = rng.randrange(1, 6)
	tag = re.sub(r"[^A-Z]", "", fold(render(c["pieces"][c["core"][-1]],
		c) if c["core"] else c["short"]).upper())[:4] or "PC"
	out = []
	for k in range(n):
		r = rng.random()
		if r < 0.35:
			m = desktop(rng, rng.choice(["DESKTOP", "DESKTOP", "LAPTOP"]))
		elif r < 0.6:
			m = "%s-PC%02d" % (tag, k + 1)
		elif r < 0.85:
			m = rng.choice(ROLE[cc])
		else:
			m = "%s-%s" % (tag, rng.choice(["FS01", "NB%02d" % (k + 1),
				"SV01", "RECEP"]))
		if m not in out:
			out.append(m)
	return [{"id": next(ids), "name": m} for m in out]


def legal_of(rng, cc):
	if cc == "JP":
		return wchoice(rng, [("K.K.", 30), ("Co., Ltd.", 25),
			("Kabushiki Kaisha", 15), ("G.K.", 8), ("Y.K.", 7), ("Inc.", 5)])
	return rng.choice(LEGAL[cc])


def place_legal(rng, cc, legal):
	"""Where the form stands: before the name (maekabu, Vietnamese Công ty,
	Korean (주)) or after."""
	if cc == "VN":
		return "front"
	if cc == "JP" and legal in ("K.K.", "Kabushiki Kaisha"):
		return "front" if rng.random() < 0.4 else "back"
	if legal == "(주)":
		return "front" if rng.random() < 0.6 else "back"
	return "back"


def concept(w):
	"""A word as its meaning, whatever the spelling: for uniqueness checks
	of the generator (labels), not the linker's business."""
	w = fold(w).lower()
	return REV.get(w, w)


REV = {}


def build_rev():
	for sp, vs in KR_SUR:
		for v in vs:
			REV.setdefault(v.lower(), sp.lower())
	for t in ZH:
		for x in t:
			REV.setdefault(x.lower(), "zh:" + t[0].lower())
	for t in TH_WORD:
		for x in t:
			REV[x.lower()] = t[0].lower()
	for k in KR_WORD:
		REV[mr(k).lower()] = k.lower()
	for a, b in list(JP_EN.items()) + list(VN_EN.items()) + \
			list(KR_EN.items()):
		for x, y in zip(fold(a).lower().split(), fold(b).lower().split()):
			REV.setdefault(x, y)


def skel(s):
	out = []
	for w in re.sub(r"[^0-9a-z']+", " ", fold(s).lower()).split():
		w = w.replace("ou", "o").replace("uu", "u").replace("oo", "o")
		w = re.sub(r"oh(?=[^aeiou]|$)", "o", w)
		for a, b in sorted(KUNREI, key=lambda p: -len(p[1])):
			w = w.replace(b, a) if b not in ("si",) else w.replace(b, a)
		out.append(concept(w))
	return [w for w in AUDIT.unlegal(out) if w not in ("&", "and")]


def make_customer(rng, g, cc, trade, pats, town, site):
	pat = rng.choice(pats.split("|"))
	comp = pat.endswith("!")
	pat = pat.rstrip("!")
	if pat == "CHAIN":
		chain = rng.choice(CHAINS[cc])
		pieces = [("e", chain), town_piece(cc, site or town[0])]
		if rng.random() < 0.4:
			pieces.append(("e", "No. %d" % rng.randrange(2, 60)))
		person, core = None, [0]
		comp = False
	else:
		pieces, person, core = fill(rng, cc, pat, town, site)
	legal, lpos = None, None
	if comp or (cc in ("JP", "KR", "TW", "VN") and trade in ("dental",
			"pharmacy", "estate", "hotel") and rng.random() < 0.3):
		legal = legal_of(rng, cc)
		lpos = place_legal(rng, cc, legal)
	c = {"cc": cc, "trade": trade, "pieces": pieces, "person": person,
		"legal": legal, "lpos": lpos, "town": town, "site": site,
		"jlong": wchoice(rng, [("o", 70), ("ou", 14), ("oh", 8),
		("macron", 8)]), "zsys": 1 if cc == "TW" else 2,
		"zjoin": rng.choice([" ", " ", "-", ""]), "vfold": rng.random() < 0.2,
		"chain": pat == "CHAIN", "core": core}
	if trade == "factory" and cc == "JP" and rng.random() < 0.12:
		c["pieces"] = pieces + [("j", rng.choice(["Dai-2 Kōjō", "Dai-3 Kōjō",
			"Honsha Kōjō"]))]
	c["bare"] = text(c["pieces"], c)
	c["alt"] = None
	if cc in ("JP", "VN", "KR") and rng.random() < 0.1:
		c["alt"] = translate(c)
	return c


def translate(c):
	d = {"JP": JP_EN, "VN": VN_EN, "KR": KR_EN}[c["cc"]]
	out, hit = [], False
	for cls, x in c["pieces"]:
		if isinstance(x, str) and x in d:
			out.append(("e", d[x]))
			hit = True
		else:
			out.append((cls, x))
	if not hit:
		return None
	if c["cc"] == "VN":	# the English order: the name before the trade
		out = [p for p in out if p[0] != "e"] + [p for p in out if p[0] == "e"]
	return out


def full_name(c, var=None, legal="keep", bare=None):
	b = bare if bare is not None else text(c["pieces"], c, var)
	lg = c["legal"] if legal == "keep" else legal
	if not lg:
		return b
	pos = c["lpos"] if legal == "keep" else (
		"front" if lg.startswith("Công ty") or lg.startswith("Cong ty") or
		lg.startswith("Cty") else "back")
	if pos == "front":
		return lg + " " + b
	return b + (", " if lg == "Inc." and len(b) % 3 == 0 else " ") + lg


def rng_sep(b):
	return " "


def population(rng, ncust):
	g = G()
	g.custs, keys = [], {}
	ids = iter(range(5100001, 9999999))
	cid = 25000000
	seen = set()
	shares = [(cc, w) for cc, w in SHARE]
	ntwin = max(1, ncust // 60)
	while len(g.custs) < ncust - ntwin:
		cc = wchoice(rng, shares)
		trade, _, pats = wchoice(rng, [((t, w, p), w)
			for t, w, p in TRADES[cc]])
		town = rng.choice(TOWNS[cc][:3] * 2 + TOWNS[cc])
		site = rng.choice(town[3]) if town[3] and rng.random() < 0.7 else None
		c = make_customer(rng, g, cc, trade, pats, town, site)
		k = tuple(sorted(skel(c["bare"])))
		if not k or k in seen:	# twins come below, in other towns
			continue
		seen.add(k)
		name = full_name(c)
		if c["alt"] and rng.random() < 0.5:
			a = text(c["alt"], c, {"fold": True})
			lg = {"VN": "Co., Ltd", "JP": "Co., Ltd.", "KR": "Co., Ltd."}
			name = name + " (" + a + (" " + lg[cc] if c["legal"] else "") \
				+ ")"
			c["althalf"] = True
		cid += rng.randrange(1, 9)
		c["id"] = cid
		c["name"] = name
		c["short"] = c["bare"]
		c["syncro"] = address(rng, cc, town, site)
		c["contacts"] = contacts(rng, cc, c, ids)
		c["assets"] = machines(rng, cc, c, ids)
		c["desk"] = HOME[cc] if rng.random() < 0.8 else rng.choice(
			["TYO", "TPE", "MNL"])
		keys.setdefault(k, []).append(len(g.custs))
		g.custs.append(c)
	# Namesakes: a few customers copied under the same name in another city.
	while len(g.custs) < ncust:
		c = g.custs[rng.randrange(len(g.custs))]
		if c["chain"] or len(TOWNS[c["cc"]]) < 2 or any(p[0] != "e" and
				fold(render(p, c)).lower() in fold(c["bare"]).lower() and
				p in (town_piece(c["cc"], c["town"][0]),) for p in
				c["pieces"]) or fold(jp_long(c["town"][0], "o")).split(
				"/")[0] in fold(c["bare"]):
			continue
		t2 = rng.choice([t for t in TOWNS[c["cc"]] if t[0] != c["town"][0]])
		d = dict(c)
		cid += rng.randrange(1, 9)
		d["id"], d["town"], d["site"] = cid, t2, None
		d["syncro"] = address(rng, c["cc"], t2, None)
		d["contacts"] = contacts(rng, c["cc"], d, ids)
		d["assets"] = machines(rng, c["cc"], d, ids)
		g.custs.append(d)
		keys.setdefault(tuple(sorted(skel(c["bare"]))), []).append(
			len(g.custs) - 1)
	g.custs.sort(key=lambda c: c["id"])
	g.same = {}
	for i, c in enumerate(g.custs):
		g.same.setdefault(tuple(sorted(skel(c["bare"]))), []).append(i)
	g.audit = AUDIT.Audit([(str(c["id"]), c["name"]) for c in g.custs])
	g.inv = {}
	for i, c in enumerate(g.custs):
		for w in set(skel(c["name"])):
			g.inv.setdefault(w, set()).add(i)
	return g


# ---- noise ---------------------------------------------------------------
QWERTY = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
NEAR = {}
for _r, _row in enumerate(QWERTY):
	for _i, _ch in enumerate(_row):
		NEAR[_ch] = "".join(QWERTY[_r][j] for j in (_i - 1, _i + 1)
			if 0 <= j < len(_row))


def typo(rng, s):
	idx = [i for i, ch in enumerate(s) if ch.isalpha() and ch.lower() in
		NEAR and i > 0]
	if not idx:
		return s
	i = rng.choice(idx)
	k = rng.random()
	if k < 0.35:
		ch = rng.choice(NEAR[s[i].lower()])
		return s[:i] + (ch.upper() if s[i].isupper() else ch) + s[i + 1:]
	if k < 0.55:
		return s[:i] + s[i + 1:]
	if k < 0.75:
		return s[:i] + s[i] + s[i:]
	if i + 1 < len(s) and s[i + 1].isalpha():
		return s[:i] + s[i + 1] + s[i] + s[i + 2:]
	return s[:i] + s[i + 1:]


_H = ("あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめも"
	"やゆよらりるれろわがぎぐげござじずぜぞだでどばびぶべぼぱぴぷぺぽ")
_R = ("a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu "
	"ne no ha hi fu he ho ma mi mu me mo ya yu yo ra ri ru re ro wa ga gi "
	"gu ge go za ji zu ze zo da de do ba bi bu be bo pa pi pu pe po").split()
KANA = dict(zip(_R, _H))


def kana(w):
	"""A romaji word as the IME's hiragana, or None."""
	w, out = w.lower(), ""
	while w:
		if w[0] == "n" and (len(w) == 1 or w[1] not in "aeiouy"):
			out, w = out + "ん", w[1:]
			continue
		if len(w) > 1 and w[0] == w[1] and w[0] not in "aeioun":
			out, w = out + "っ", w[1:]
			continue
		for n in (3, 2, 1):
			if w[:n] in KANA:
				out, w = out + KANA[w[:n]], w[n:]
				break
		else:
			return None
	return out


def fullwidth(s):
	return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch
		for ch in s)


TELEX = {"ă": "aw", "â": "aa", "ê": "ee", "ô": "oo", "ơ": "ow", "ư": "uw",
	"đ": "dd"}
TONE = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x",
	"\u0323": "j"}


def telex(w):
	"""A Vietnamese word as Telex keystrokes (Unikey off)."""
	d = unicodedata.normalize("NFD", w)
	base, tone = "", ""
	for ch in d:
		if ch in TONE:
			tone = TONE[ch]
		else:
			base += ch
	base = unicodedata.normalize("NFC", base)
	out = "".join(TELEX.get(ch.lower(), ch) if ch.lower() in TELEX else ch
		for ch in base)
	return out + tone


def var_for(rng, c, kind=None):
	"""A way to spell the customer's local words other than Syncro's."""
	cc = c["cc"]
	v = {}
	if cc == "JP":
		v["long"] = rng.choice([x for x in ("o", "ou", "oh", "oo", "macron")
			if x != c["jlong"]])
		if rng.random() < 0.35:
			v["kunrei"] = True
	elif cc == "KR":
		v["ks"] = {sp: rng.choice(vs) for sp, vs in KR_SUR}
		v["mr"] = rng.random() < 0.7
	elif cc in ("TW", "HK"):
		v["zsys"] = (0 if rng.random() < 0.85 else 2) if cc == "TW" else \
			rng.choice((0, 1))
		v["zjoin"] = rng.choice([j for j in (" ", "-", "") if
			j != c["zjoin"]])
	elif cc == "VN":
		v["fold"] = True
	elif cc == "TH":
		v["th"] = {t[0]: rng.choice(t[1:]) for t in TH_WORD if len(t) > 1}
	return v


def legal_typed(rng, c, how):
	lg = c["legal"]
	if how == "drop" or not lg:
		return None
	alts = LEGAL_ALT.get(lg, [lg])
	return rng.choice(alts)


def person_kind(rng, c):
	cc = c["cc"]
	ct = rng.choice(c["contacts"])
	fn, ln = ct["firstname"], ct["lastname"]
	w = rarest_word(c)
	if cc == "JP":
		p = rng.choice([ln + "-san", ln + " san", ln + "-sama", ln])
	elif cc == "PH":
		p = rng.choice([("Ma'am " if fn in ("Maria", "Cristina", "Joy",
			"Rowena", "Liza", "Marites", "Lorna") else "Sir ") + fn,
			fn + " " + ln,
			"Ms. " + ln, "Mr. " + ln])
	elif cc in ("VN",):
		p = rng.choice(["Anh " + fold(fn).split()[-1], "Chi " +
			fold(fn).split()[-1], fold(ln + " " + fn)])
	elif cc == "TH":
		p = rng.choice(["Khun " + fn, "K." + fn, fn])
	else:
		p = rng.choice(["Mr. " + ln, "Ms. " + ln, ln + " " + fn,
			fn + " " + ln])
	return rng.choice([p + " " + w, p + " - " + w, w + " (" + p + ")",
		p + " @ " + w])


def rarest_word(c):
	"""The customer's rarest name word (a whole Chinese or Vietnamese
	name, not one syllable of it; a chain's site, not the chain)."""
	core = [1] if c["chain"] else c["core"]
	ws = [fold(render(c["pieces"][i], c)) for i in core
		if i < len(c["pieces"])]
	ws = [w for w in ws if len(w) > 2]
	return min(ws, key=lambda w: max(len(G_INV.get(x, ())) for x in
		skel(w) or [""]), default=fold(c["bare"]))


G_INV = {}


def site_of(rng, c):
	cc = c["cc"]
	if c["site"]:
		s = c["site"].split("/")[0]
	else:
		s = c["town"][0].split("/")[0]
	if cc == "JP":
		s = jp_long(s, rng.choice(["o", "o", "ou"]))
		return rng.choice([s, s + "-ten", s + " branch", s + " office",
			s + "-ku" if c["town"][0] == "Tōkyō" else s])
	if cc == "VN":
		if s.startswith("Quận "):
			n = s.split()[1]
			return rng.choice(["Q" + n, "Q." + n, "District " + n,
				"Quan " + n, s])
		return rng.choice([fold(s), s])
	if cc == "PH" and s == "Bonifacio Global City":
		s = "BGC"
	if cc == "TW" and rng.random() < 0.4:
		s = TW_PINYIN.get(s, s)
	return rng.choice([s, s + " branch", s + " office", s])


def apply(rng, g, c, kind):
	"""The typed name of customer c with noise kind, or None."""
	cc = c["cc"]
	var = var_for(rng, c)
	base = text(c["pieces"], c)
	if kind == "exact":
		return full_name(c) if rng.random() < 0.6 else base
	if kind in ("romaji", "korean", "chinese", "diacritics", "thai"):
		b2 = text(c["pieces"], c, var)
		if b2 == base:
			return None
		lg = c["legal"] if rng.random() < 0.5 else None
		if cc == "VN" and lg:
			lg = fold(lg)
		return full_name(c, legal=lg, bare=b2) if lg else b2
	if kind == "legal":
		if not c["legal"]:
			return None
		how = rng.choice(["drop", "swap", "swap"])
		lg = legal_typed(rng, c, how)
		b = text(c["pieces"], c, {"fold": True} if cc == "VN" else None)
		return full_name(c, legal=lg, bare=b) if lg else b
	if kind == "legal front":
		if not c["legal"]:
			return None
		lg = rng.choice(LEGAL_ALT.get(c["legal"], [c["legal"]]) +
			[c["legal"]])
		b = text(c["pieces"], c, {"fold": True} if cc == "VN" else None)
		if c["lpos"] == "front" or lg.startswith(("Công", "Cong", "Cty")):
			return b + " " + (fold(lg).replace("Cong ty ", "").replace(
				"Cong ty ", "").replace("Cty ", "") if cc == "VN" else lg)
		return lg.rstrip(".") + " " + b if rng.random() < 0.5 else \
			"(" + lg + ") " + b
	if kind == "bilingual":
		if not c["alt"]:
			return None
		a = text(c["alt"], c, {"fold": True})
		if c.get("althalf") and rng.random() < 0.5:
			return full_name(c) if rng.random() < 0.5 else base
		return a + (rng.choice(["", " Co., Ltd", " Co., Ltd.", " Inc."])
			if c["legal"] else "")
	if kind == "name order":
		if not c["person"]:
			return None
		f, gv = c["person"]
		ps = list(c["pieces"])
		i = ps.index(f) if f in ps else -1
		j = ps.index(gv) if gv in ps else -1
		if i < 0 or j < 0:
			return None
		ps[i], ps[j] = ps[j], ps[i]
		s = text(ps, c, var if rng.random() < 0.5 else None)
		return s
	if kind == "branch":
		return rng.choice(["%s - %s", "%s (%s)", "%s %s", "%s / %s"]) % (
			base if rng.random() < 0.6 else full_name(c), site_of(rng, c))
	if kind == "person":
		return person_kind(rng, c)
	if kind == "typo":
		s = full_name(c) if rng.random() < 0.5 else base
		s = typo(rng, s)
		return typo(rng, s) if rng.random() < 0.3 else s
	if kind == "ime":
		return ime(rng, c, base)
	if kind == "truncated":
		s = full_name(c)
		if len(s) < 16:
			return None
		return s[:rng.randrange(12, min(len(s), 26))].rstrip()
	if kind == "reorder":
		ps = [p for p in c["pieces"] if p[1] != "&"]
		if len(ps) < 2:
			return None
		k = rng.randrange(1, len(ps))
		return text(ps[k:] + ps[:k], c)
	if kind == "acronym":
		return acronym(rng, c)
	if kind == "and":
		if "&" not in base:
			return None
		conj = {"JP": [" to ", " and ", " + "], "VN": [" và ", " va "],
			"KR": [" and ", " n "]}.get(cc, [" and ", " n ", " + "])
		return base.replace(" & ", rng.choice(conj))
	if kind == "number":
		m = re.search(r"No\. (\d+)|Dai-(\d) K", base)
		if not m:
			return None
		n = m.group(1) or m.group(2)
		if m.group(1):
			return base.replace(m.group(0), rng.choice(["#" + n, "No." + n,
				n, "Store " + n, "No " + n]))
		ordn = {"2": "2nd", "3": "3rd"}[n]
		return fold(base[:m.start()]).strip() + " " + rng.choice([
			ordn + " factory", "Factory " + n, "#" + n + " plant",
			"Dai" + n + " Kojo"])
	if kind == "case":
		s = full_name(c)
		return s.upper() if rng.random() < 0.6 else s.lower()
	if kind == "mixed":
		k1 = rng.choice(["romaji" if cc == "JP" else "legal", "branch",
			"typo", "legal"])
		s = apply(rng, g, c, k1)
		if not s:
			return None
		return typo(rng, s) if k1 != "typo" else s + " - " + site_of(rng, c)
	return None


def acronym(rng, c):
	"""Vietnamese trade words by their initials (TMDV, XNK), or the words
	of a name before its trade word (Tokai Denki Kogyo -> TDK)."""
	ps = [fold(render(p, c)) for p in c["pieces"]]
	if c["cc"] == "VN":
		lit = [i for i, p in enumerate(c["pieces"]) if i not in c["core"]
			and len(ps[i].split()) >= 2]
		if not lit:
			return None
		i = rng.choice(lit)
		ps[i] = "".join(w[0] for w in ps[i].split()).upper()
		return " ".join(ps)
	if c["chain"] or c["person"]:
		return None
	ws = " ".join(ps).split()
	n = len(ws) - 1
	if n < 2 or not all(w[:1].isalpha() for w in ws[:n]):
		return None
	return "".join(w[0] for w in ws[:n]).upper() + " " + ws[n]


def ime(rng, c, base):
	cc = c["cc"]
	ws = base.split(" ")
	r = rng.random()
	if cc == "VN":
		i = rng.randrange(len(ws))
		t = [telex(w) if k == i else fold(w) for k, w in enumerate(ws)]
		return " ".join(t) if t != [fold(w) for w in ws] else None
	if r < 0.5 or cc != "JP":	# an ideographic space would not
		i = rng.randrange(len(ws))	# survive scr.clean()
		ws[i] = fullwidth(ws[i])
		if r < 0.2 and len(ws) > 1:	# the whole tail in zenkaku
			ws[i:] = [fullwidth(w) for w in ws[i:]]
		return " ".join(ws)
	loc = [i for i, p in enumerate(c["pieces"]) if p[0] == "j"]
	if not loc:
		return None
	i = rng.choice(loc)
	ps = [text([p], c) for p in c["pieces"]]
	k = kana(re.sub(r"[^a-z]", "", fold(jp_long(c["pieces"][i][1], "ou"))
		.lower()))
	if not k:
		return None
	ps[i] = k
	return " ".join(ps)


# ---- rows -----------------------------------------------------------
REAL = [("exact", 80), ("romaji", 190), ("korean", 60), ("chinese", 90),
	("diacritics", 60), ("thai", 35), ("legal", 130), ("legal front", 60),
	("bilingual", 50), ("name order", 55), ("branch", 110), ("person", 80),
	("typo", 120), ("ime", 70), ("truncated", 55), ("reorder", 50),
	("acronym", 25), ("and", 30), ("number", 30), ("case", 30),
	("mixed", 90)]
IMP = [("impostor: same surname", 110), ("impostor: rare word", 80),
	("impostor: namesake", 90), ("impostor: chain branch", 45),
	("impostor: same shape", 65), ("impostor: personal", 40),
	("impostor: vendor", 35), ("impostor: own staff", 35)]
NEED = {"romaji": "JP", "korean": "KR", "chinese": ("TW", "HK"),
	"ime": ("JP", "KR", "TW", "HK", "VN"),
	"diacritics": "VN", "thai": "TH"}


def tidy(s):
	return re.sub(r"[ \t]+", " ", s).strip(" ,-/")


def real_row(rng, g, kind):
	need = NEED.get(kind)
	for _ in range(400):
		i = rng.randrange(len(g.custs))
		c = g.custs[i]
		if need and c["cc"] not in need:
			continue
		s = apply(rng, g, c, kind)
		if not s:
			continue
		s = tidy(s)
		twins = g.same[tuple(sorted(skel(c["bare"])))]
		if len(twins) > 1:	# a same-named customer: say which town
			t = c["town"][0].split("/")[0]
			t = fold(jp_long(t, "o")) if c["cc"] == "JP" else fold(t)
			s = rng.choice(["%s - %s", "%s (%s)", "%s %s"]) % (s, t)
		if s == c["name"] and kind != "exact":
			continue
		if CHECK and g.audit.real(s, str(c["id"])):
			continue
		if not honest(g, s, i):
			continue
		desk = c["desk"] if rng.random() < 0.8 else rng.choice(
			["TYO", "TPE", "MNL"])
		return (s, i, kind, desk)
	return None


def honest(g, s, i):
	"""No other customer holds every word of s (read through spellings and
	translations) unless c holds them too and is not a twin by name."""
	ws = set(skel(s))
	if not ws:
		return False
	lists = [g.inv.get(w, set()) for w in ws]
	lists = [li for li in lists if li]
	if not lists:
		return True
	common = set.intersection(*lists) if len(lists) == len(ws) else set()
	common.discard(i)
	return not common


def imp_row(rng, g, kind):
	for _ in range(400):
		c = g.custs[rng.randrange(len(g.custs))]
		s = imp_name(rng, g, c, kind)
		if not s:
			continue
		s = tidy(s)
		if CHECK and g.audit.impostor(s):
			continue
		ws = set(skel(s))
		lists = [g.inv.get(w, set()) for w in ws]
		if ws and all(lists) and set.intersection(*lists):
			continue	# a customer holds every word: not an impostor
		desk = rng.choice(["TYO", "TPE", "MNL"])
		return (s, None, kind, desk)
	return None


def imp_name(rng, g, c, kind):
	cc = c["cc"]
	if kind == "impostor: same surname":
		sur = surname(rng, cc)
		trade = rng.choice([t for t in TRADES[cc] if t[2] != "CHAIN"])
		pats = [p for p in trade[2].split("|") if "S" in p.split(" ")]
		if not pats:
			return None
		d = make_customer(rng, g, cc, trade[0], rng.choice(pats),
			c["town"], None)
		return full_name(d, var_for(rng, d) if rng.random() < 0.3 else None)
	if kind == "impostor: rare word":
		w = rarest_word(c)
		trade = rng.choice([t for t in TRADES[cc] if t[0] != c["trade"]
			and t[2] != "CHAIN"])
		lit = [x for x in trade[2].replace("!", "").split("|")[0].split()
			if ":" in x]
		if not lit:
			return None
		return w + " " + " ".join(jp_long(x.split(":", 1)[1], "o")
			for x in lit)
	if kind == "impostor: namesake":
		if c["chain"]:
			return None
		mine = {g.custs[j]["town"][0] for j in
			g.same[tuple(sorted(skel(c["bare"])))]}
		others = [t for t in TOWNS[cc] if t[0] not in mine]
		if not others:
			return None
		t = rng.choice(others)[0].split("/")[0]
		t = fold(jp_long(t, "o")) if cc == "JP" else fold(t)
		b = text(c["pieces"], c, {"fold": True})
		if fold(t).lower() in fold(b).lower():
			return None
		forms = ["{t} {b}", "{b} {t} branch", "{b} {t} office"]
		if cc == "JP":
			forms += ["{b} {t}-ten", "{b} {t} shiten", "{t} {b}"]
		return rng.choice(forms).format(t=t, b=b)
	if kind == "impostor: chain branch":
		if cc not in CHAINS:
			return None
		chain = rng.choice(CHAINS[cc])
		town = rng.choice(TOWNS[cc])
		s = rng.choice(town[3] or [town[0]]).split("/")[0]
		s = fold(jp_long(s, "o")) if cc == "JP" else s
		name = chain + " " + s
		if any(fold(x["bare"]).lower().startswith(fold(name).lower())
				for x in g.custs if x["chain"]):
			return None
		return name + rng.choice(["", "", " No. %d" % rng.randrange(60, 99)])
	if kind == "impostor: same shape":
		trade = [t for t in TRADES[cc] if t[0] == c["trade"]][0]
		d = make_customer(rng, g, cc, trade[0], trade[2], c["town"],
			c["site"])
		return full_name(d)
	if kind == "impostor: personal":
		f, gv = surname(rng, cc), given(rng, cc)
		n = text([f, gv], c)
		return rng.choice(["%s (home)", "%s personal laptop", "%s home PC",
			"%s - private", "Mr. %s"]) % n
	if kind == "impostor: vendor":
		return rng.choice(VENDORS) + rng.choice(["", " - remote", " ticket"])
	if kind == "impostor: own staff":
		return rng.choice([MSP_TAG + " - ", MSP + " ", MSP_TAG + " "]) + \
			rng.choice([rng.choice(TECHS[d]) for d in TECHS] +
			["test", "Tokyo office", "Manila NOC", "training PC"])
	return None


def by_kind(n, weights):
	tot = sum(w for _, w in weights)
	out = [(k, n * w // tot) for k, w in weights]
	short = n - sum(x for _, x in out)
	for j in range(short):
		out[j % len(out)] = (out[j % len(out)][0], out[j % len(out)][1] + 1)
	return out


def machine(rng, g, row, roles):
	typed, i, kind, desk = row
	if i is None:
		if kind == "impostor: own staff":
			return "%s-%s-NB%02d" % (MSP_TAG, desk, rng.randrange(1, 20))
		if rng.random() < 0.15:
			return rng.choice(roles)
		return desktop(rng, rng.choice(["DESKTOP", "LAPTOP"]))
	r = rng.random()
	c = g.custs[i]
	if r < 0.8 and c["assets"]:
		return rng.choice(c["assets"])["name"]
	if r < 0.84:
		o = g.custs[rng.randrange(len(g.custs))]
		if o["assets"] and o is not c:
			return rng.choice(o["assets"])["name"]
	return desktop(rng, rng.choice(["DESKTOP", "DESKTOP", "LAPTOP"]))


def draw_rows(rng, g, nnames):
	nimp = nnames // 4
	rows = []
	for kind, n in by_kind(nnames - nimp, REAL):
		got = 0
		while got < n:
			r = real_row(rng, g, kind)
			if r is None:	# the kind has no fit left: exact instead
				r = real_row(rng, g, "typo")
			rows.append(r)
			got += 1
	for kind, n in by_kind(nimp, IMP):
		for _ in range(n):
			r = imp_row(rng, g, kind)
			if r is None:
				r = imp_row(rng, g, "impostor: same shape")
			rows.append(r)
	rng.shuffle(rows)
	return rows


def main():
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random("blind15:" + seed)
	build_rev()
	g = population(rng, ncust)
	for i, c in enumerate(g.custs):
		for w in set(skel(c["name"])):
			G_INV.setdefault(w, set()).add(i)
	rows = draw_rows(rng, g, nnames)
	owned = scr.asset_names(g.custs)
	roles = sorted(owned & {r for v in ROLE.values() for r in v}) or \
		["SERVER"]
	scr.write_desk_set(rng, out, g.custs, rows,
		lambda row: machine(rng, g, row, roles), TECHS,
		("blind15", seed, 1806000000, 1193, 70))


if __name__ == "__main__":
	main()
