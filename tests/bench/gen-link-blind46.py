#!/usr/bin/env python3
# gen-link-blind46.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (held out since session 28: the lead runs it once).  A Japanese MSP
# for small firms and local bodies, Japan alone: one Syncro account, one
# ScreenConnect, desks in Tokyo (TYO: the wards and Tama), Yokohama (YOK:
# Kanagawa), Osaka (OSA: Kansai), Nagoya (NGO: Aichi, Gifu, Mie), Fukuoka
# (FUK: Kyushu), Sapporo (SPK: Hokkaido) and Sendai (SDJ: Tohoku).
# Customers: small firms (工務店, 建設, 電機, 運送, 印刷, 商事 ... with
# 株式会社, 有限会社 or 合同会社 before the name (前株) or after it
# (後株); a quarter kept in Syncro in romaji, "Yamada Kensetsu Co., Ltd.",
# "Fuji Denki K.K.", "Aoba Insatsu G.K."), a firm's branch office as a
# customer of its own ("山田建設株式会社 札幌営業所"), clinics (クリニック,
# 内科, 歯科医院, 眼科, 動物病院, some under 医療法人社団X会), pharmacies
# (薬局, 調剤薬局), professional offices (税理士事務所, 司法書士事務所,
# 法律事務所, 社会保険労務士事務所, 行政書士事務所, named by the surname or
# the whole name), schools and NPOs (日本語学校, 学習塾, 特定非営利活動法人)
# and local bodies (商工会議所, 商工会, 社会福祉協議会, 観光協会).  Writes
# OUTDIR/customers.json (as Syncro's GET /customers returns them: id,
# business_name, firstname, lastname, email, phone, address, address_2,
# city, state, zip, contacts, assets), names.tsv (typed TAB true id or ""
# TAB kind TAB machine), sessions.jsonl and sessions-machine.jsonl
# through linkgen.desk_main.  Python stdlib only, deterministic for a
# seed.  Customer ids from 46000000 (below 46200000 at 50,000 customers:
# the id grows by 1 to 3 with a customer kept), contacts' and assets'
# from 46300001 (below 47000000).
#
# Where each shape comes from ("found": found with the session's search
# tool; "known": public knowledge, no search):
# - 前株 / 後株 (found: mzconsult-office.com "前株・後株の違いについて -
#   ㈱○○、○○㈱", kotokurabe.com/corporation and myclimatejapan.com: the
#   Companies Act art. 6(2) asks for 株式会社 in the trade name but not
#   where, so "株式会社○○" and "○○株式会社" (and a rare 中株); older firms
#   後株, newer ones 前株; the two are told apart in contracts and
#   invoices): either place, the form typed short as (株) or ㈱, and 有限会社
#   (特例有限会社, known) and 合同会社 (known) alike.
# - Romanized forms (known): "Co., Ltd.", "Co.,Ltd.", K.K., "Kabushiki
#   Kaisha", Inc., Corporation; "Yugen Kaisha", Y.K.; "Godo Kaisha", G.K.,
#   LLC.
# - Medical corporations (found: medical-corporation.com's Q&A and
#   hy-tax.com: the corporation's registered name is most often
#   "医療法人社団 〇〇会", the clinic its own trade name "△△クリニック", a
#   one-clinic corporation "医療法人○○医院" named for the doctor's
#   family; fujii-jimusho.com: Tokyo asks for 医療法人社団, Kanagawa takes
#   either, no place names in it): "医療法人社団X会" or "医療法人X会" (X
#   the surname or a brand, never a town) before 3 in 10 clinics' names.
# - Romaji (found: Wikipedia's "Hepburn romanization" as mirrored on
#   wikimili.com and wikizero.com: shi and cha against Kunrei-shiki's si
#   and tya, traditional (1886) and modified (1908) Hepburn; known: long
#   vowels as ō, ou, oo, oh (passport) or plain o, n written m before b,
#   m, p in traditional Hepburn: Honma/Homma, Nanba/Namba, Jinbō/Jimbo,
#   Shinbun/Shimbun).
# - Kanji variants (known: 異体字 in surnames - 斎藤/齋藤, 渡辺/渡邊/
#   渡邉, 高橋/髙橋, 山崎/山﨑, 吉田/𠮷田 - typed either way).
# - Width (known: JIS X 0201 half-width katakana, full-width Latin
#   letters and digits from an IME left in full-width mode; NFKC folds
#   both).
# - Keyboard (known, linkgen.US_KEYS): the JIS keyboard's letters sit
#   where QWERTY's do.
# - Places (known): each desk's cities and wards with prefecture, postal
#   code heads and telephone area codes; towns no customer is in for the
#   other-town impostors.
# - Names (known): the commonest Japanese surnames (the Meiji Yasuda and
#   myoji-yurai rankings: 佐藤, 鈴木, 高橋, 田中, 伊藤, 渡辺 ...) and common
#   given names; vendors (carriers, PC makers, dealers, accounting
#   software).
#
# Real-row kinds (shares in KINDS): exact, legal (dropped, 前株/後株
# swapped, (株)/㈱ and the romanized forms respelt), romaji (a Japanese
# name typed in romaji: Hepburn, Kunrei, long vowels any way, m/n before
# b and p), kanji (a romaji customer's name typed in Japanese, its
# form 前株 or 後株 as the typist guesses), kana (the surname or a brand
# in katakana, full or half width), variant
# kanji, width (half-width katakana, full-width letters and digits),
# caps, lower, typo, two typos, truncated, abbrev (社会保険労務士 as
# 社労士, 特定非営利活動法人 as NPO法人, 社会福祉協議会 as 社協, 歯科医院 as
# 歯科, Corporation as Corp.), acronym, branch (本社, 本店, X支店, X営業所,
# "Osaka Branch"), contact (a contact's surname and 様/さん/-san after the
# name), person (a contact's name: family-given in kanji or romaji,
# "YAMADA Taro", or given-family "Taro Yamada"), domain, mixed.
# Impostors (about 37% of rows): same shape (a fresh name of the
# customers' templates, its words from an outside block), other town
# (a town-named body or firm in a town no customer is in: 小樽商工会議所
# for 旭川商工会議所), other office (the customer's firm's branch in a town
# where it has no customer), group company (the firm's ホールディングス or
# a sister company of another trade), same surname (another family's
# firm or clinic, another member of the family's office), vendor,
# person, personal, prospect, own staff.  The share holds at 50,000
# customers (same_class), but there nearly every surname and given name
# pair is some customer's contact, so the person and personal impostors
# and the person rows are few or none, and the other kinds fill.
#
# Machines (linkgen.machine): a real row on one of its customer's assets
# 72%, another customer's 4%; impostors on unknown machines, a shared
# role name (UKETSUKE, JIMU, RECEPT ...) 18%, own staff on the bench.
#
# Labels: rows label-audit.py doubts are drawn again, and so are
# impostors that, read through this generator's skeleton (NFKC, every
# known Japanese word read as its romaji, romaji folded to one spelling:
# Kunrei as Hepburn, long vowels short, m before b/p as n; legal forms and
# honorifics dropped), are a customer's name or a form of it, or hold
# all its words less one, or hold a listed person's full name
# (linkgen.Checks, parts_known and pairs).
import os
import re
import sys
import unicodedata
from itertools import accumulate

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linkgen as lk  # noqa: E402


def pairs(text):
	"""(kanji, Hepburn) pairs of "漢字/Reading ..." text."""
	return [tuple(p.split("/")) for p in text.split()]


# ---------------------------------------------------------------- places
# Each desk: towns as "kanji/reading/prefecture/postal head/area code/w".
TOWNS = {
	"TYO": """新宿/Shinjuku/東京都/160/03/4 渋谷/Shibuya/東京都/150/03/3
		世田谷/Setagaya/東京都/154/03/3 練馬/Nerima/東京都/176/03/2
		八王子/Hachiōji/東京都/192/042/2 町田/Machida/東京都/194/042/2
		立川/Tachikawa/東京都/190/042/2 品川/Shinagawa/東京都/140/03/2""",
	"YOK": """横浜/Yokohama/神奈川県/220/045/6 川崎/Kawasaki/神奈川県/210/044/3
		相模原/Sagamihara/神奈川県/252/042/2 藤沢/Fujisawa/神奈川県/251/0466/2
		横須賀/Yokosuka/神奈川県/238/046/1 平塚/Hiratsuka/神奈川県/254/0463/1""",
	"OSA": """大阪/Ōsaka/大阪府/530/06/6 豊中/Toyonaka/大阪府/560/06/2
		吹田/Suita/大阪府/564/06/2 枚方/Hirakata/大阪府/573/072/2
		京都/Kyōto/京都府/600/075/3 神戸/Kōbe/兵庫県/650/078/3
		奈良/Nara/奈良県/630/0742/1""",
	"NGO": """名古屋/Nagoya/愛知県/450/052/6 豊田/Toyota/愛知県/471/0565/2
		岡崎/Okazaki/愛知県/444/0564/2 一宮/Ichinomiya/愛知県/491/0586/2
		岐阜/Gifu/岐阜県/500/058/2 四日市/Yokkaichi/三重県/510/059/1""",
	"FUK": """福岡/Fukuoka/福岡県/810/092/6 北九州/Kitakyūshū/福岡県/802/093/3
		久留米/Kurume/福岡県/830/0942/1 熊本/Kumamoto/熊本県/860/096/2
		佐賀/Saga/佐賀県/840/0952/1 大分/Ōita/大分県/870/097/1""",
	"SPK": """札幌/Sapporo/北海道/060/011/6 旭川/Asahikawa/北海道/070/0166/2
		函館/Hakodate/北海道/040/0138/2 帯広/Obihiro/北海道/080/0155/1
		釧路/Kushiro/北海道/085/0154/1""",
	"SDJ": """仙台/Sendai/宮城県/980/022/6 石巻/Ishinomaki/宮城県/986/0225/1
		山形/Yamagata/山形県/990/023/2 郡山/Kōriyama/福島県/963/024/2
		盛岡/Morioka/岩手県/020/019/2 秋田/Akita/秋田県/010/018/1"""}
DESKS = {d: [tuple(r.split("/")) for r in t.split()] for d, t in
	TOWNS.items()}
DESK_SHARE = [("TYO", 22), ("YOK", 14), ("OSA", 18), ("NGO", 13),
	("FUK", 12), ("SPK", 11), ("SDJ", 10)]
TOWN_CUM = {d: list(accumulate(int(t[5]) for t in ts)) for d, ts in
	DESKS.items()}
# Towns of each desk where no customer is (other-town impostors).
ELSEWHERE = {"TYO": pairs("府中/Fuchū 調布/Chōfu 三鷹/Mitaka"),
	"YOK": pairs("小田原/Odawara 厚木/Atsugi 鎌倉/Kamakura"),
	"OSA": pairs("堺/Sakai 姫路/Himeji 和歌山/Wakayama"),
	"NGO": pairs("豊橋/Toyohashi 津/Tsu 大垣/Ōgaki"),
	"FUK": pairs("長崎/Nagasaki 宮崎/Miyazaki 鹿児島/Kagoshima"),
	"SPK": pairs("小樽/Otaru 苫小牧/Tomakomai 北見/Kitami"),
	"SDJ": pairs("青森/Aomori 福島/Fukushima 八戸/Hachinohe")}
AREAS = pairs("本町/Honmachi 中央/Chūō 栄町/Sakaemachi 緑町/Midorichō "
	"駅前/Ekimae 旭町/Asahimachi 錦町/Nishikichō 大通/Ōdōri")

# ---------------------------------------------------------------- people
SURNAMES = pairs("""佐藤/Satō 鈴木/Suzuki 高橋/Takahashi 田中/Tanaka
	伊藤/Itō 渡辺/Watanabe 山本/Yamamoto 中村/Nakamura 小林/Kobayashi
	加藤/Katō 吉田/Yoshida 山田/Yamada 佐々木/Sasaki 山口/Yamaguchi
	松本/Matsumoto 井上/Inoue 木村/Kimura 斎藤/Saitō 清水/Shimizu
	山崎/Yamazaki 池田/Ikeda 橋本/Hashimoto 阿部/Abe 石川/Ishikawa
	山下/Yamashita 中島/Nakajima 石井/Ishii 小川/Ogawa 前田/Maeda
	岡田/Okada 長谷川/Hasegawa 藤田/Fujita 後藤/Gotō 近藤/Kondō
	村上/Murakami 遠藤/Endō 青木/Aoki 坂本/Sakamoto 福田/Fukuda 太田/Ōta
	西村/Nishimura 藤井/Fujii 金子/Kaneko 岡本/Okamoto 藤原/Fujiwara
	中野/Nakano 三浦/Miura 原田/Harada 中川/Nakagawa 松田/Matsuda
	竹内/Takeuchi 小野/Ono 田村/Tamura 中山/Nakayama 和田/Wada 石田/Ishida
	森田/Morita 上田/Ueda 内田/Uchida 柴田/Shibata 横山/Yokoyama 高木/Takagi
	安藤/Andō 宮本/Miyamoto 工藤/Kudō 本間/Honma 難波/Nanba 神保/Jinbō
	新保/Shinbo 菅野/Kanno 上野/Ueno 杉山/Sugiyama 村田/Murata 増田/Masuda
	小島/Kojima 小山/Koyama 平野/Hirano 菊地/Kikuchi 久保/Kubo 松井/Matsui
	野口/Noguchi 木下/Kinoshita 野村/Nomura 新井/Arai 菅原/Sugawara
	武田/Takeda 杉本/Sugimoto 市川/Ichikawa 古川/Furukawa 水野/Mizuno
	小松/Komatsu 島田/Shimada 桑原/Kuwabara 吉川/Yoshikawa 西田/Nishida
	松尾/Matsuo 大橋/Ōhashi 荒木/Araki 服部/Hattori 河野/Kōno 岩崎/Iwasaki
	熊谷/Kumagai 松岡/Matsuoka 土屋/Tsuchiya 山内/Yamauchi""")
# 異体字 of some surnames, as typed (variant-kanji rows).
VARIANT = {"斎藤": ["齋藤", "齊藤"], "渡辺": ["渡邊", "渡邉"],
	"高橋": ["髙橋"], "山崎": ["山﨑"], "吉田": ["𠮷田"]}
GIVEN_M = pairs("""太郎/Tarō 誠/Makoto 大輔/Daisuke 翔太/Shōta 拓也/Takuya
	浩/Hiroshi 隆/Takashi 健太/Kenta 直樹/Naoki 和也/Kazuya 修/Osamu
	達也/Tatsuya 博之/Hiroyuki 剛/Tsuyoshi 淳/Jun 亮/Ryō""")
GIVEN_F = pairs("""花子/Hanako 陽子/Yōko 恵子/Keiko 美穂/Miho 裕子/Yūko
	直美/Naomi 真由美/Mayumi 彩/Aya 由美/Yumi 久美子/Kumiko 智子/Tomoko
	明美/Akemi 千尋/Chihiro 舞/Mai 沙織/Saori""")
# Surnames, brands and towns no customer has (same-shape impostors).
OUT_SURNAME = pairs("鬼塚/Onizuka 御手洗/Mitarai 五十嵐/Igarashi "
	"百瀬/Momose 九重/Kokonoe 二階堂/Nikaidō 一ノ瀬/Ichinose 鳳/Ōtori")
OUT_BRAND = pairs("蒼天/Sōten 翠嶺/Suirei 暁/Akatsuki 銀河/Ginga")

# ---------------------------------------------------------------- words
BRANDS = pairs("""富士/Fuji 東洋/Tōyō 大和/Yamato 三光/Sankō 旭/Asahi
	北斗/Hokuto 青葉/Aoba 若葉/Wakaba 日進/Nisshin 昭和/Shōwa 平和/Heiwa
	千代田/Chiyoda 大栄/Daiei 共栄/Kyōei 協和/Kyōwa 第一/Daiichi 明和/Meiwa
	三協/Sankyō 太陽/Taiyō 新星/Shinsei 双葉/Futaba 菊水/Kikusui 東邦/Tōhō
	北陽/Hokuyō 丸二/Maruni 山一/Yamaichi 新和/Shinwa 大同/Daidō
	三宝/Sanpō 新橋/Shinbashi 丸栄/Maruei 日東/Nittō
	東亜/Tōa 大成/Taisei 三和/Sanwa 中部/Chūbu 北辰/Hokushin 南海/Nankai
	白鳥/Hakuchō 福寿/Fukuju 宝/Takara 栄光/Eikō 誠和/Seiwa
	さくら/Sakura ひまわり/Himawari
	あおぞら/Aozora みどり/Midori""")
# Trades of small firms (a compound is two romaji words).
TRADES = pairs("""工務店/Kōmuten 建設/Kensetsu 建設工業/Kensetsu_Kōgyō
	電機/Denki 電機工業/Denki_Kōgyō 電設/Densetsu 設備/Setsubi
	設備工業/Setsubi_Kōgyō 運送/Unsō 運輸/Unyu 運輸倉庫/Unyu_Sōko
	不動産/Fudōsan 印刷/Insatsu 印刷所/Insatsujo 商事/Shōji 商会/Shōkai
	食品/Shokuhin 製作所/Seisakusho 精機/Seiki 物産/Bussan 産業/Sangyō
	塗装/Tosō 造園/Zōen 商店/Shōten 製菓/Seika 技研/Giken 住宅/Jūtaku
	住建/Jūken 鉄工所/Tekkōsho 板金/Bankin 電気工事/Denki_Kōji
	自動車/Jidōsha 自動車整備/Jidōsha_Seibi 酒店/Sakaten 石材/Sekizai
	木材/Mokuzai 建材/Kenzai 新聞店/Shinbunten 写真館/Shashinkan
	測量/Sokuryō 警備/Keibi 観光バス/Kankō_Basu""")
# English words a romaji name may use for a trade or sector word.
ENGLISH = {"Kensetsu": "Construction", "Denki": "Electric", "Unsō":
	"Transport", "Insatsu": "Printing", "Shōji": "Trading", "Shokuhin":
	"Foods", "Kurinikku": "Clinic", "Yakkyoku": "Pharmacy",
	"Hōritsu_Jimusho": "Law_Office", "Dōbutsu_Byōin": "Animal_Hospital",
	"Hōrudingusu": "Holdings", "Gurūpu": "Group", "Rīsu": "Lease"}
# Words a romaji name always has in English.
ALWAYS_EN = {"Hōrudingusu", "Gurūpu", "Rīsu"}
MEDICAL = pairs("""クリニック/Kurinikku 内科/Naika 内科クリニック/Naika_Kurinikku
	歯科/Shika 歯科医院/Shika_Iin 歯科クリニック/Shika_Kurinikku 医院/Iin
	眼科/Ganka 皮膚科/Hifuka 整形外科/Seikei_Geka 小児科/Shōnika
	耳鼻咽喉科/Jibiinkōka 動物病院/Dōbutsu_Byōin 外科胃腸科/Geka_Ichōka""")
OFFICES = pairs("""税理士事務所/Zeirishi_Jimusho 司法書士事務所/Shihō_Shoshi_Jimusho
	法律事務所/Hōritsu_Jimusho 会計事務所/Kaikei_Jimusho
	社会保険労務士事務所/Shakai_Hoken_Rōmushi_Jimusho
	行政書士事務所/Gyōsei_Shoshi_Jimusho""")
PHARMA = pairs("薬局/Yakkyoku 調剤薬局/Chōzai_Yakkyoku 漢方薬局/Kanpō_Yakkyoku "
	"薬店/Yakuten")
SCHOOLS = pairs("""日本語学校/Nihongo_Gakkō 学習塾/Gakushūjuku 英語教室/Eigo_Kyōshitsu
	珠算教室/Shuzan_Kyōshitsu 子育て支援ネット/Kosodate_Shien_Netto
	まちづくりの会/Machizukuri_no_Kai 国際交流協会/Kokusai_Kōryū_Kyōkai
	環境ネットワーク/Kankyō_Nettowāku""")
BODIES = pairs("""商工会議所/Shōkō_Kaigisho 商工会/Shōkōkai
	社会福祉協議会/Shakai_Fukushi_Kyōgikai 観光協会/Kankō_Kyōkai
	土地改良区/Tochi_Kairyōku 体育協会/Taiiku_Kyōkai""")
# Words of other bodies (group-company and same-shape impostors).
GROUP = pairs("ホールディングス/Hōrudingusu グループ/Gurūpu "
	"リース/Rīsu 不動産管理/Fudōsan_Kanri")
BRANCH = pairs("支店/Shiten 営業所/Eigyōsho 出張所/Shutchōjo")
HEAD = pairs("本社/Honsha 本店/Honten 本部/Honbu 第２工場/Dai_2_Kōjō")
# Legal forms: (Japanese, romanized forms, weight).
LEGAL = {"株式会社": (["Co., Ltd.", "Co.,Ltd.", "K.K.", "Inc.",
	"Corporation", "Kabushiki Kaisha"], 70), "有限会社": (["Y.K.",
	"Yugen Kaisha", "Co., Ltd.", "Ltd."], 20), "合同会社": (["G.K.",
	"LLC", "Godo Kaisha"], 10)}
# A legal form typed short ((株) or ㈱ ...) and respelt in romaji.
SHORT_LEGAL = {"株式会社": ["(株)", "㈱", "（株）"], "有限会社": ["(有)",
	"㈲", "（有）"], "合同会社": ["(同)"]}
RESPELL = {"Co., Ltd.": ["Co.,Ltd.", "Co. Ltd.", "Co Ltd", "CO., LTD.",
	"Company Limited"], "Co.,Ltd.": ["Co., Ltd.", "Co Ltd"], "K.K.":
	["KK", "Kabushiki Kaisha", "Kabushiki Gaisha"], "Inc.": ["Inc",
	"INC."], "Corporation": ["Corp.", "Corp"], "Kabushiki Kaisha":
	["K.K.", "Kabushiki-Kaisha"], "Y.K.": ["YK", "Yugen Kaisha"],
	"Yugen Kaisha": ["Y.K.", "Yugen Gaisha"], "Ltd.": ["Ltd", "Limited"],
	"G.K.": ["GK", "Godo Kaisha"], "LLC": ["L.L.C.", "G.K."],
	"Godo Kaisha": ["G.K.", "GK"]}
# Sector: (weight, templates); a template's {S} surname, {G} given name,
# {B} brand, {T} town, {A} area, {R} trade, {M} medical word, {O} office,
# {P} pharmacy word, {C} school or NPO word, {L} body, {Y} branch town.
SECTORS = {
	"firm": (40, ["{S}{R}", "{B}{R}", "{T}{R}", "{S}{R}", "{B}{R}"]),
	"branch": (14, ["{S}{R} {Y}支店", "{B}{R} {Y}営業所",
		"{S}{R} {Y}営業所"]),
	"clinic": (16, ["{S}{M}", "{T}{A}{M}", "{B}{M}", "{S}{M}"]),
	"pharmacy": (7, ["{B}{P}", "{S}{P}", "{T}{A}{P}"]),
	"office": (14, ["{S}{O}", "{S}{G}{O}"]),
	"school": (6, ["{T}{C}", "{B}{C}", "{T}{A}{C}"]),
	"body": (3, ["{T}{L}"])}
SECTOR_CUM = (list(SECTORS), list(accumulate(v[0] for v in
	SECTORS.values())))
ROLES = {"firm": ["JIMU", "KEIRI", "CAD01", "SERVER", "SHACHO"],
	"branch": ["JIMU", "EIGYO", "SERVER"], "clinic": ["UKETSUKE",
	"SHINSATSU1", "RECEPT", "DENKARU-SRV"], "pharmacy": ["UKETSUKE",
	"CHOZAI", "RECEPT"], "office": ["JIMU", "ZEIMU", "SERVER"], "school":
	["KYOSHITSU", "JIMU", "SENSEI"], "body": ["JIMUKYOKU", "SOUMU",
	"SERVER"]}
TECHS = {"TYO": ["Kenji Mori", "Yui Hoshino"], "YOK": ["Ryo Asano",
	"Emi Kuroda"], "OSA": ["Shun Kitagawa", "Nana Hirano"], "NGO":
	["Yuto Sugiyama", "Rina Ochiai"], "FUK": ["Daiki Nagata",
	"Kana Miyake"], "SPK": ["Sota Kikuchi", "Mio Takeda"], "SDJ":
	["Haruto Chiba", "Aoi Sasaki"]}
VENDORS = ["NTT東日本", "NTT西日本", "ソフトバンク", "KDDI", "富士通Japan",
	"NEC フィールディング", "リコージャパン", "キヤノンマーケティングジャパン",
	"大塚商会", "弥生株式会社", "freee", "マネーフォワード", "OBC 奉行サポート",
	"Microsoft 365 サポート", "Sky株式会社", "エプソン販売", "ヤマダ電機",
	"Syncro Support", "ORCA管理機構", "PCA サポートセンター"]
STAFF = ["検証機 2", "BENCH-TYO-3", "貸出PC 4", "代替機 7", "予備PC 3",
	"技術用ノート 2", "キッティング用", "Win11 検証イメージ", "修理返却 12",
	"Kenji Mori", "Aoi Sasaki", "倉庫 9"]
PERSONAL = ["個人 - {G} {S}", "{G}様 自宅PC", "{G} {S}（個人）",
	"自宅 {G}", "息子さんのPC", "{G}さん 私物ノート", "個人宅 {G}様"]
PERSON_TITLE = ["", "", "", "個人: ", "個人 "]
PROSPECT = ["見積 - ", "新規: ", "商談中 ", "デモ - ", "提案 ", "見込み: "]
FREE = ("gmail", "yahoo", "icloud", "outlook")

# ---------------------------------------------------------------- romaji
_KANA = ("a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni "
	"nu ne no ha hi fu he ho ma mi mu me mo ya yu yo ra ri ru re ro wa n "
	"ga gi gu ge go za ji zu ze zo da de do ba bi bu be bo pa pi pu pe po "
	"kya kyu kyo sha shu sho cha chu cho nya nyu nyo hya hyu hyo mya myu "
	"myo rya ryu ryo gya gyu gyo ja ju jo bya byu byo").split()
_KATA = ("ア イ ウ エ オ カ キ ク ケ コ サ シ ス セ ソ タ チ ツ テ ト ナ ニ "
	"ヌ ネ ノ ハ ヒ フ ヘ ホ マ ミ ム メ モ ヤ ユ ヨ ラ リ ル レ ロ ワ ン "
	"ガ ギ グ ゲ ゴ ザ ジ ズ ゼ ゾ ダ デ ド バ ビ ブ ベ ボ パ ピ プ ペ ポ "
	"キャ キュ キョ シャ シュ ショ チャ チュ チョ ニャ ニュ ニョ ヒャ ヒュ ヒョ "
	"ミャ ミュ ミョ リャ リュ リョ ギャ ギュ ギョ ジャ ジュ ジョ ビャ ビュ "
	"ビョ").split()
KANA = dict(zip(_KANA, _KATA))


def katakana(ro):
	"""A Hepburn reading in katakana: ō and ū as ウ (サトウ), a doubled
	consonant as ッ."""
	s = re.sub("^ō", "oo", ro.lower())	# 大 is おお: オオタ
	s, out, i = s.replace("ō", "ou").replace("ū", "uu"), "", 0
	while i < len(s):
		if s[i] == s[i + 1:i + 2] and s[i] not in "aiueon":
			out, i = out + "ッ", i + 1
			continue
		for n in (3, 2, 1):
			if s[i:i + n] in KANA and not (n == 1 and s[i] == "n" and
					s[i + 1:i + 2] in tuple("aiueoy")):
				out, i = out + KANA[s[i:i + n]], i + n
				break
		else:
			return None
	return out


HALF = {}
for _h in map(chr, range(0xff66, 0xff9e)):
	HALF[unicodedata.normalize("NFKC", _h)] = _h


def half_width(s):
	"""s's katakana in half width (ｸﾘﾆｯｸ), a voiced one as two."""
	out = ""
	for ch in s:
		d = unicodedata.normalize("NFD", ch)
		if d[0] in HALF:
			out += HALF[d[0]] + {"\u3099": "ﾞ", "\u309a": "ﾟ"}.get(d[1:],
				"")
		else:
			out += ch
	return out


def full_width(s):
	"""s's ASCII letters and digits in full width (an IME's)."""
	return "".join(chr(ord(ch) + 0xfee0) if ch.isascii() and ch.isalnum()
		else ch for ch in s)


KUNREI = [("shi", "si"), ("chi", "ti"), ("tsu", "tu"), ("fu", "hu"),
	("ji", "zi"), ("sh", "sy"), ("ch", "ty"), ("j", "zy")]


def romaji(ro, style):
	"""A Hepburn reading (ō, ū) as one style types it: plain (Tokyo),
	macron, wapuro (Toukyou), passport (Tohkyoh), kunrei (Tôkyô,
	si/ti/tu/hu), traditional (m before b, m, p)."""
	if style == "kunrei":
		for a, b in KUNREI:
			ro = ro.replace(a, b).replace(a.capitalize(), b.capitalize())
		return ro.translate(str.maketrans("ōūŌāīē", "ôûÔâîê"))
	if style == "traditional":
		ro = re.sub("n(?=[bmp])", "m", ro)
	if style == "wapuro":	# 大 is おお: Ōta as Oota, not Outa
		ro = re.sub(r"\bŌ", "Oo", ro)
	if style != "macron":
		ro = ro.translate(str.maketrans("āīē", "aie"))
	long = {"plain": ("o", "u"), "macron": ("ō", "ū"), "wapuro": ("ou",
		"uu"), "passport": ("oh", "u"), "traditional": ("o", "u")}[style]
	return ro.replace("ō", long[0]).replace("ū", long[1]).replace("Ō",
		long[0].upper()[0] + long[0][1:]).replace("Ū", "U")


def fold_romaji(w):
	"""One spelling of a romaji word: Kunrei as Hepburn, long vowels
	short, m before b, m, p as n."""
	w = re.sub(r"(?<![sc])hu", "fu", w)
	for a, b in (("sy", "sh"), ("ty", "ch"), ("zy", "j"), ("tu", "tsu"),
			("ti", "chi"), ("si", "shi"), ("zi", "ji")):
		w = w.replace(b, "\0").replace(a, b).replace("\0", b)
	w = re.sub("oh(?![aiueo])", "o", w)
	w = w.replace("ou", "o").replace("oo", "o").replace("uu", "u")
	return re.sub("m(?=[bmp])", "n", w)


# ---------------------------------------------------------------- skeleton
# Every Japanese word the generator writes, read as its romaji words.
JDICT = {}


def learn(words):
	for ja, ro in words:
		JDICT[ja] = " ".join(fold_romaji(lk.plain(w).lower()) for w in
			ro.replace("_", " ").split())
		k = katakana(ro) if " " not in ro and "_" not in ro else None
		if k:
			JDICT.setdefault(k, JDICT[ja])


for _ws in (SURNAMES, GIVEN_M, GIVEN_F, OUT_SURNAME, OUT_BRAND, BRANDS,
		TRADES, MEDICAL, OFFICES, PHARMA, SCHOOLS, BODIES, GROUP, BRANCH,
		HEAD, AREAS, [t[:2] for ts in DESKS.values() for t in ts],
		[t for ts in ELSEWHERE.values() for t in ts]):
	learn(_ws)
for _k, _vs in VARIANT.items():
	for _v in _vs:
		JDICT[_v] = JDICT[_k]
# Legal forms, honorifics and the words of a body's form, dropped.
for _k in ("株式会社", "有限会社", "合同会社", "株", "有", "同", "医療法人社団",
		"医療法人", "医社", "特定非営利活動法人", "法人", "税理士法人", "学校法人",
		"様", "さん", "御中", "会"):
	JDICT[_k] = ""
# English words read as the romaji they stand for.
LONG = {}
for _r, _e in list(ENGLISH.items()) + [("Shiten", "Branch"),
		("Honsha", "Head"), ("Jimusho", "Office")]:
	for _w, _x in zip(_e.split("_"), _r.split("_")):
		LONG[fold_romaji(_w.lower())] = fold_romaji(lk.plain(_x).lower())
LONG["npo"] = ""
DROP = set("co ltd kk inc corporation corp company limited kabushiki kaisha "
	"gaisha yk yugen gk godo llc sama san onchu the of and".split()) | {""}
JRUN = re.compile("([\u3040-\u30ff\u3400-\u9fff\U00020000-\U0002ffff"
	"々ー]+)")


def _words(s):
	s = unicodedata.normalize("NFKC", s)
	out = []
	for k, part in enumerate(JRUN.split(s)):
		if k % 2 == 0:
			out += lk.dotted_words(lk.plain(part).lower(), LONG, DROP,
				fold_romaji)
			continue
		i = 0
		while i < len(part):
			for n in range(min(JMAX, len(part) - i), 0, -1):
				if part[i:i + n] in JDICT:
					out += JDICT[part[i:i + n]].split()
					i += n
					break
			else:
				out.append(part[i])
				i += 1
	return [w for w in out if w not in DROP]


skel, skel_words, ck = lk.desk_checks(_words)
_real_ok = ck.real_ok


def real_ok(g, t, i):
	"""linkgen's test of a real row, its cheapest part first: the audit
	reads each kanji as a word, and at 50,000 customers a common one
	(社, 藤) is thousands of them to intersect."""
	ws = set(skel_words(t))
	return bool(ws) and not lk.held_by_all(g, ws) - {i} and \
		_real_ok(g, t, i)


ck.real_ok = real_ok
for _k, _v in (("社労士", "社会保険労務士"), ("社協", "社会福祉協議会"),
		("商議所", "商工会議所")):
	JDICT[_k] = JDICT[_v + ("事務所" if _k == "社労士" else "")].rsplit(
		" jimusho", 1)[0]
JDICT["司法書士"] = "shiho shoshi"
JDICT["税理士"] = "zeirishi"
JMAX = max(map(len, JDICT))


# ---------------------------------------------------------------- customers
def person(rng, women=.4):
	"""(family, given) pairs of kanji and reading."""
	return rng.choice(SURNAMES), rng.choice(GIVEN_F if rng.random() <
		women else GIVEN_M)


WORDS = {"S": SURNAMES, "G": GIVEN_M + GIVEN_F, "B": BRANDS, "A": AREAS,
	"R": TRADES, "M": MEDICAL, "O": OFFICES, "P": PHARMA, "C": SCHOOLS,
	"L": BODIES}


def values(rng, desk, town, tpl, outside):
	"""A (kanji, reading) for each of tpl's keys (drawn only for them:
	the population draws three times for each customer kept)."""
	v = {"T": town[:2]}
	for k in re.findall(r"\{(\w)\}", tpl):
		if k == "Y":
			v[k] = rng.choice([t for t in DESKS[desk] if t != town])[:2]
		elif k != "T":
			v[k] = rng.choice(WORDS[k])
	if outside:	# words no customer's name is made of
		v.update(S=rng.choice(OUT_SURNAME), B=rng.choice(OUT_BRAND),
			T=rng.choice(ELSEWHERE[desk]))
	return v


def legal_of(rng, sector, v, tpl):
	"""(Japanese legal form, before the name) or ("", False)."""
	r = rng.random()
	if sector in ("firm", "branch") and r < .9 or sector == "pharmacy" and \
			r < .5:
		return lk.wpick(rng, [(k, w[1]) for k, w in LEGAL.items()]), \
			rng.random() < .55
	if sector == "clinic" and r < .3 and "{T}" not in tpl:
		who = v["S"][0] if "{S}" in tpl else v["B"][0]
		return rng.choice(["医療法人社団", "医療法人"]) + who + "会", True
	if sector == "school" and v["C"][0] in ("子育て支援ネット",
			"まちづくりの会", "環境ネットワーク") and r < .7:
		return "特定非営利活動法人", True
	return "", False


def ro_words(ro, style="plain", eng=False):
	"""A reading as words, in style, English where eng and known."""
	if ro in ENGLISH and (eng or ro in ALWAYS_EN):
		return ENGLISH[ro].replace("_", " ")
	return romaji(ro.replace("_", " "), style)


def render(c, script, style="plain", eng=False, legal=None, branch=True):
	"""c's name in a script: its firm's words, its legal form (legal:
	the form to write, "" for none), its branch."""
	legal = c["legal_ro" if script == "ro" else "legal"] if legal is None \
		else legal
	if script == "ja":
		core = "".join(ja for ja, ro in c["parts"])
		name = (legal + core if c["pre"] else core + legal) if legal else core
		tail = "".join(ja for ja, ro in c["branch"])
	else:
		name = " ".join(ro_words(ro, style, eng) for ja, ro in c["parts"])
		if legal:
			name += " " + legal
		tail = " ".join(ro_words(ro, style, eng) for ja, ro in c["branch"])
	return name + (" " + tail if branch and tail else "")


def make_customer(rng, desk=None, outside=False):
	"""A customer record: its parts ((kanji, reading) of the name), its
	legal form and where it goes, its script, name and core."""
	desk = desk or lk.wpick(rng, DESK_SHARE)
	town = rng.choices(DESKS[desk], cum_weights=TOWN_CUM[desk])[0]
	sector = rng.choices(SECTOR_CUM[0], cum_weights=SECTOR_CUM[1])[0]
	tpl = rng.choice(SECTORS[sector][1])
	v = values(rng, desk, town, tpl, outside)
	firm, _, br = tpl.partition(" ")
	parts = [v[k] for k in re.findall(r"\{(\w)\}", firm)]
	branch = [v["Y"], ("支店", "Shiten") if "支店" in br else
		("営業所", "Eigyōsho")] if br else []
	legal, pre = legal_of(rng, sector, v, tpl)
	if br:	# a branch is where it is, not where the desk is
		town = [t for t in DESKS[desk] if t[:2] == v["Y"]][0]
	c = {"desk": desk, "sector": sector, "tpl": tpl, "town": town,
		"parts": parts, "branch": branch, "legal": legal, "pre": pre,
		"v": v, "legal_ro": "", "style": "plain", "eng": False,
		"surs": [v["S"]] if "{S}" in tpl else [], "owner": (v["S"], v["G"])
		if "{G}" in tpl else None}
	c["script"] = "ro" if sector in ("firm", "branch", "clinic",
		"pharmacy") and rng.random() < .25 and not legal.startswith(
		"医療") else "ja"
	if c["script"] == "ro":
		c["style"] = lk.wpick(rng, [("plain", 80), ("macron", 5),
			("wapuro", 5), ("passport", 5), ("traditional", 5)])
		c["eng"] = rng.random() < .4
		if legal:
			c["legal_ro"] = rng.choice(LEGAL[legal][0])
		if branch and branch[1][0] == "支店" and c["eng"]:
			c["branch"] = [branch[0], ("支店", "Branch")]
	c["name"] = render(c, c["script"], c["style"], c["eng"])
	c["core"] = render(c, c["script"], c["style"], c["eng"], "")
	return c


def named_by(c):
	"""(sector, skeleton word) of the words a customer is named by."""
	v, t = c["v"], c["tpl"]
	ws = [v[k][1] for k in "SGBTY" if "{%s}" % k in t]
	return [(c["sector"], skel(w)) for w in ws] or [(c["sector"],
		skel(c["core"]))]


def forms(c):
	"""The names a customer goes by: its name, its core, in either
	script (one skeleton)."""
	return [c["name"], c["core"]]


def ro_plain(ja_ro):
	return lk.plain(ja_ro[1]).replace("_", " ")


def contacts(rng, c, ids):
	"""The owner first where there is one, then up to three people; a
	romaji customer's in romaji.  Their readings go to c["people"]."""
	ps = [c["owner"]] if c["owner"] else []
	if c["surs"] and not ps and rng.random() < .6:
		ps.append((c["surs"][0], person(rng)[1]))	# the family's own
	for _ in range(rng.randint(0, 3 - len(ps))):
		ps.append(person(rng))
	c["people"] = ps
	out = []
	for fam, giv in ps:
		f, g = ro_plain(fam).lower(), ro_plain(giv).lower()
		user = rng.choice(["%s.%s" % (g, f), "%s-%s" % (g[0], f), f,
			"%s%s" % (g[0], f)])
		ro = c["script"] == "ro"
		out.append({"id": next(ids), "firstname": ro_plain(giv) if ro else
			giv[0], "lastname": ro_plain(fam) if ro else fam[0],
			"email": "%s@%s" % (user, c["domain"])})
	return out


def assets(rng, c, ids, shared):
	words = [re.sub("[^A-Z0-9]", "", lk.plain(w).upper()) for ja, ro in
		c["parts"] for w in ro.split("_")]
	return lk.asset_names(rng, ids, words, lk.plain(c["town"][1]).upper(),
		ROLES[c["sector"]], shared, lambda r: ro_plain(
		person(r)[1]).upper()[:10])


def address(rng, c):
	t = c["town"]
	ward = c["desk"] == "TYO" and t[4] == "03"
	mid = 10 - len(t[4]) - 4
	return {"address": "%s%d-%d-%d" % (rng.choice(AREAS)[0], rng.randint(1,
		9), rng.randint(1, 30), rng.randint(1, 20)), "address_2":
		rng.choice([None, None, "%sビル %dF" % (rng.choice(BRANDS)[0],
		rng.randint(1, 9)), "第%d%sビル" % (rng.randint(1, 3),
		rng.choice(SURNAMES)[0])]), "city": t[0] + ("区" if ward else "市"),
		"state": t[2], "zip": "%s-%04d" % (t[3], rng.randint(1, 9999)),
		"phone": "%s-%0*d-%04d" % (t[4], mid, rng.randint(10 ** (mid - 1),
		10 ** mid - 1), rng.randint(0, 9999))}


SUFFIX = {"firm": ["", "-kk", "corp", "co"], "branch": ["", "-kk"],
	"clinic": ["-clinic", "", "-cl"], "pharmacy": ["-ph", "yakkyoku", ""],
	"office": ["-office", "-tax", "-law", ""], "school": ["", "-npo"],
	"body": [""]}


def domain(rng, c, taken):
	"""The customer's own domain (a free mailbox for a fifth of the
	offices and pharmacies), a digit more where taken."""
	s = c["sector"]
	if s in ("office", "pharmacy") and rng.random() < .2:
		return rng.choice(["gmail.com", "yahoo.co.jp", "icloud.com",
			"outlook.jp"])
	words = [re.sub("[^a-z]", "", lk.plain(ro).lower()) for ja, ro in
		c["parts"][:2]]
	d = "".join(words)[:14] + rng.choice(SUFFIX[s])
	tld = rng.choice([".co.jp", ".co.jp", ".jp", ".com"]) if s in ("firm",
		"branch") else ".or.jp" if s in ("school", "body") else \
		rng.choice([".jp", ".com", ".jp"])
	return lk.numbered_domain(d, tld, taken)


def syncro_head(c):
	p = c["contacts"][0] if c["contacts"] else {}
	c["syncro"].update(firstname=p.get("firstname"),
		lastname=p.get("lastname"), email=p.get("email"))


def population(rng, n):
	"""n customers, none going by a form another goes by; each id 1 to 3
	above the last."""
	g = lk.G()
	g.custs, found, seen, doms = [], set(), set(), set()
	ids = iter(range(46300001, 46999999))
	cid = 46000000

	def keys(c):
		return {skel(f) for f in forms(c)} if c else {""}
	while len(g.custs) < n:
		c = lk.draw_unseen(lambda: make_customer(rng), keys, seen, 60)
		if not c:
			continue
		cid += rng.randint(1, 3)
		c.update(id=cid, domain=domain(rng, c, doms))
		lk.add_customer(rng, g, c, ids, found, address, contacts, assets)
		syncro_head(c)
	g.shared = sorted(found)
	return g


def index(g):
	lk.index_named(ck, g, forms, named_by, "unused", lambda c: None)


# ---------------------------------------------------------------- typing
Typo = lk.Typo(lk.US_KEYS)
STYLES = [("plain", 40), ("macron", 10), ("wapuro", 15), ("passport", 10),
	("kunrei", 10), ("traditional", 15)]


def latin_of(rng, c, core=.6):
	"""The name (or its core) in romaji: a romaji customer's own, a
	Japanese one's read plain."""
	if c["script"] == "ro":
		return lk.name_or_core(rng, c, core)
	legal = "" if rng.random() < core or not c["legal"] or \
		c["legal"] not in LEGAL else LEGAL[c["legal"]][0][0]
	return render(c, "ro", legal=legal)


def n_legal(rng, g, c):
	"""The legal form dropped 40%, else 前株 and 後株 swapped or the form
	typed short ((株), ㈱); a romaji name's respelt."""
	if not c["legal"]:
		return None
	r = rng.random()
	if r < .4:
		return c["core"]
	if c["script"] == "ro":
		f = c["legal_ro"]
		return render(c, "ro", c["style"], c["eng"],
			rng.choice(RESPELL.get(f, [f])))
	if c["legal"] not in LEGAL:
		if c["legal"] == "特定非営利活動法人":
			return c["name"].replace("特定非営利活動法人", rng.choice(
				["NPO法人", "NPO法人 ", "ＮＰＯ法人"]), 1)
		return None
	if r < .7:
		return render(dict(c, pre=not c["pre"]), "ja")
	return render(c, "ja", legal=rng.choice(SHORT_LEGAL[c["legal"]]))


def n_romaji(rng, g, c):
	"""A Japanese name typed in romaji, in one of STYLES, English words
	for some, its legal form romanized or left out; capitals or small
	letters some of the time."""
	if c["script"] == "ro":
		return None
	legal = ""
	if c["legal"] in LEGAL and rng.random() < .4:
		legal = rng.choice(LEGAL[c["legal"]][0])
	t = render(c, "ro", lk.wpick(rng, STYLES), rng.random() < .3, legal)
	r = rng.random()
	return t.lower() if r < .2 else t.upper() if r < .3 else t


def n_kanji(rng, g, c):
	"""A romaji customer's name typed in Japanese, its form 前株 or 後株
	as the typist guesses, or left out."""
	if c["script"] != "ro":
		return None
	legal = "株式会社" if c["legal"] and rng.random() < .4 else ""
	return render(dict(c, pre=rng.random() < .5), "ja", legal=legal)


def n_kana(rng, g, c):
	"""The surname or a brand written in katakana (half width 30%)."""
	t = render(c, "ja") if c["script"] == "ja" else render(c, "ja",
		legal="")
	for ja, ro in c["parts"]:
		k = katakana(ro)
		if k and (ja, ro) in SURNAMES + BRANDS and ja in t:
			if rng.random() < .3:
				k = half_width(k)
			return t.replace(ja, k, 1)
	return None


def n_variant(rng, g, c):
	"""A surname typed in another form of its kanji (異体字)."""
	t = c["name"] if c["script"] == "ja" else render(c, "ja", legal="")
	for k, vs in VARIANT.items():
		if k in t:
			return t.replace(k, rng.choice(vs), 1)
	return None


def n_width(rng, g, c):
	"""Katakana in half width, letters and digits in full width."""
	s = lk.name_or_core(rng, c, .5)
	t = half_width(s)
	if t != s:
		return t
	t = full_width(s)
	return t if t != s else None


def n_caps(rng, g, c):
	return latin_of(rng, c, .5).upper()


def n_lower(rng, g, c):
	t = latin_of(rng, c).lower()
	return re.sub(r"[.,()]", "", t) if rng.random() < .4 else t


def n_typo(rng, g, c):
	return Typo.one(rng, latin_of(rng, c))


def n_typo2(rng, g, c):
	once = Typo.one(rng, latin_of(rng, c))
	return once and Typo.one(rng, once)


def n_truncated(rng, g, c):
	"""A romaji name cut (linkgen's); a Japanese core less its last one to
	three characters."""
	if c["script"] == "ro":
		return lk.n_truncated(rng, g, c)
	s = c["core"]
	if len(s) < 7 or c["branch"]:
		return None
	return s[:len(s) - rng.randint(1, 3)]


SHORTEN = [("社会保険労務士", "社労士"), ("特定非営利活動法人", "NPO法人"),
	("社会福祉協議会", "社協"), ("歯科医院", "歯科"), ("内科クリニック", "内科"),
	("商工会議所", "商議所"), ("司法書士事務所", "司法書士"),
	("税理士事務所", "税理士"), ("医療法人社団", "(医社)"),
	("Corporation", "Corp."), ("Company Limited", "Co., Ltd."),
	("Kabushiki Kaisha", "K.K."), ("Construction", "Const."),
	("Transport", "Trans."), ("Eigyosho", "Eigyo-sho")]


def n_abbrev(rng, g, c):
	t = c["name"]
	for a, b in SHORTEN:
		if a in t:
			return t.replace(a, b, 1)
	return None


def n_acronym(rng, g, c):
	"""A romaji name of three words or more by its initials."""
	if c["script"] != "ro" or c["surs"]:
		return None
	ws = c["core"].split()
	return lk.initials(rng, ws) if len(ws) >= 3 else None


def n_branch(rng, g, c):
	"""A site after a firm's name: 本社, 本店, another town's 支店 or
	営業所 (a pharmacy's X店); a romaji one's "Osaka Branch", "Head
	Office"."""
	if c["branch"] or c["sector"] not in ("firm", "pharmacy"):
		return None
	s = lk.name_or_core(rng, c, .5)
	y = rng.choice([t for t in DESKS[c["desk"]] if t != c["town"]])
	if c["script"] == "ro":
		site = rng.choice(["%s Branch" % lk.plain(y[1]), "Head Office",
			"%s Office" % lk.plain(y[1]), "Honsha"])
		return rng.choice(["%s - %s", "%s (%s)", "%s %s"]) % (s, site)
	site = rng.choice(HEAD)[0] if rng.random() < .4 else y[0] + \
		rng.choice(["支店", "営業所", "出張所"])
	if c["sector"] == "pharmacy":
		site = y[0] + "店"
	return rng.choice(["%s %s", "%s　%s", "%s（%s）", "%s%s"]) % (s, site)


def n_contact(rng, g, c):
	"""A contact's surname with 様 or さん after the name, or -san in
	romaji."""
	if not c["contacts"]:
		return None
	k = rng.randrange(len(c["contacts"]))
	fam, giv = c["people"][k]
	if c["script"] == "ro":
		return "%s - %s-san" % (c["core"], ro_plain(fam))
	r = rng.random()
	if r < .6:
		return "%s %s%s" % (c["core"], fam[0], rng.choice(["様", "さん"]))
	return "%s（%s %s）" % (c["core"], fam[0], giv[0])


def n_person(rng, g, c):
	"""A contact's name: family-given in kanji, "YAMADA Taro", "Yamada
	Taro" or given-family "Taro Yamada" in romaji; a name only one
	customer's contacts have."""
	if not c["contacts"]:
		return None
	fam, giv = rng.choice(c["people"])
	f, gv = ro_plain(fam), ro_plain(giv)
	t = rng.choice(["%s %s" % (fam[0], giv[0]), "%s%s" % (fam[0], giv[0]),
		"%s %s" % (f.upper(), gv), "%s %s" % (gv, f), "%s %s" % (f, gv)])
	return t if len(g.person.get(skel(t), ())) == 1 else None


n_domain = lk.domain_row(FREE)


def n_mixed(rng, g, c):
	first = rng.choice([n_legal, n_branch, n_abbrev, n_kanji,
		n_contact])(rng, g, c)
	turn = rng.choice([n_width, n_caps, n_lower, n_typo])
	return first and turn(rng, g, dict(c, name=first, core=first,
		script="ro" if first.isascii() else "ja"))


KINDS = [("exact", lk.n_exact, 12), ("legal", n_legal, 10),
	("romaji", n_romaji, 9), ("kanji", n_kanji, 3), ("kana", n_kana, 4),
	("variant kanji", n_variant, 3), ("width", n_width, 4),
	("caps", n_caps, 2), ("lower", n_lower, 4), ("typo", n_typo, 8),
	("two typos", n_typo2, 3), ("truncated", n_truncated, 4),
	("abbrev", n_abbrev, 5), ("acronym", n_acronym, 1),
	("branch", n_branch, 6), ("contact", n_contact, 4),
	("person", n_person, 2), ("domain", n_domain, 2), ("mixed", n_mixed, 4)]


# ---------------------------------------------------------------- impostors
i_fresh, i_prospect = lk.fresh_rows(lambda rng, desk: make_customer(rng,
	desk, outside=True), named_by, PROSPECT)


def swap_part(rng, c, old, new, legal=True):
	"""c's name (its legal form kept half the time) with part old as
	new, in its own script."""
	parts = [new if p == old else p for p in c["parts"]]
	if parts == c["parts"]:
		return None
	legal = None if legal and rng.random() < .5 else ""
	return render(dict(c, parts=parts), c["script"], c["style"], c["eng"],
		legal)


def i_town(rng, g, c):
	"""A town-named body, firm, clinic or school in a town no customer is
	in: 小樽商工会議所 for 旭川商工会議所."""
	if "{T}" not in c["tpl"]:
		return None
	return swap_part(rng, c, c["v"]["T"], rng.choice(ELSEWHERE[c["desk"]]))


def i_office(rng, g, c):
	"""A branch customer's firm's office in a town where it has none (and
	the firm itself no customer)."""
	if not c["branch"]:
		return None
	y = rng.choice(ELSEWHERE[c["desk"]] + [t[:2] for t in DESKS[c["desk"]]])
	if y == c["branch"][0] or skel(c["core"].split(" ")[0] if c["script"]
			== "ja" else render(c, "ro", c["style"], c["eng"], "",
			False)) in g.skel:
		return None
	return render(dict(c, branch=[y, c["branch"][1]]), c["script"],
		c["style"], c["eng"])


def i_group(rng, g, c):
	"""The group's other company: the firm's ホールディングス (or グループ,
	リース ...) or a sister company of another trade."""
	if c["sector"] not in ("firm", "branch") or "{T}" in c["tpl"]:
		return None
	if rng.random() < .6:
		return swap_part(rng, dict(c, branch=[]), c["v"]["R"],
			rng.choice(GROUP))
	return swap_part(rng, dict(c, branch=[]), c["v"]["R"],
		rng.choice(TRADES))


def i_surname(rng, g, c):
	"""The same surname's other body: another family's firm of another
	trade, a clinic of another department, another member of the
	family's office."""
	if not c["surs"] or c["branch"]:
		return None
	v = c["v"]
	if c["sector"] == "office":
		if c["owner"] and rng.random() < .6:
			return swap_part(rng, c, v["G"], rng.choice(GIVEN_M + GIVEN_F))
		return swap_part(rng, c, v["O"], rng.choice(OFFICES))
	if c["sector"] == "clinic":
		return swap_part(rng, c, v["M"], rng.choice(MEDICAL), False)
	if c["sector"] == "pharmacy":
		return swap_part(rng, c, v["P"], rng.choice(TRADES))
	return swap_part(rng, c, v["R"], rng.choice(MEDICAL + OFFICES), False)


def stranger_draw(rng, c):
	"""(family, given) in kanji, or given-family in romaji 30%."""
	fam, giv = person(rng)
	if rng.random() < .3:
		return ro_plain(giv), ro_plain(fam)
	return fam[0], giv[0]


i_person, i_personal = lk.person_impostors(ck, stranger_draw, PERSON_TITLE,
	PERSONAL)

KEPT = ("id", "name", "syncro", "contacts", "assets")
BENCH = ("BENCH-%s-%02d", 4)	# each desk's bench machines
CLOCK = (1855000000, 877, 60)	# numbered()'s start, step and minutes

IMPOSTORS = lk.impostor_kinds((
	("same shape", i_fresh, 14), ("other town", i_town, 11),
	("other office", i_office, 9), ("group company", i_group, 10),
	("same surname", i_surname, 13), ("person", i_person, 8),
	("vendor", lk.one_of(VENDORS), 9), ("prospect", i_prospect, 6),
	("personal", i_personal, 6), ("own staff", lk.one_of(STAFF), 5)))


if __name__ == "__main__":
	lk.desk_main("blind46", ck, population, index, KINDS, IMPOSTORS,
		KEPT, BENCH, TECHS, CLOCK)
