#!/usr/bin/env python3
# gen-link-blind24.py NCUST NNAMES SEED OUTDIR - the twenty-fourth held-out
# link benchmark (session 17): a foreign-run MSP in mainland China and
# Macau, one Syncro account and one ScreenConnect, desks in Shanghai (SHA:
# Shanghai, Suzhou, Kunshan, Wuxi, Hangzhou, Ningbo), Shenzhen/Guangzhou
# (SZX: Shenzhen, Guangzhou, Dongguan, Foshan, Zhuhai), Beijing/Tianjin
# (PEK), Chengdu/Chongqing (CTU) and Macau (MFM).  Customers: local
# companies (factories, trading, logistics and freight forwarders,
# consulting, clinics and dental chains, schools and training centres,
# hotels and serviced apartments, catering, real estate), WFOEs of foreign
# brands ("Kessler Precision (Suzhou) Co., Ltd."), representative offices,
# branch companies (分公司), law firms (北京市X律师事务所), sole traders'
# restaurants and tea houses (个体户: "X记茶楼", Cantonese "Kee"),
# chambers of commerce and international schools, Macau firms
# (Limitada, Sociedade Unipessoal Limitada, 有限公司 in traditional
# characters) and Macanese/Portuguese firms.  python3 stdlib only,
# deterministic for a seed; ids from 34000000.
#
# Where the habits come from (public knowledge; the search tool was not
# needed for these, and no other generator's word lists or noise were read):
# - Chinese registered names are 行政区划 + 字号 + 行业 + 组织形式
#   (city, trade name, industry, legal form: "上海华强电子科技有限公司"),
#   the order set by the SAMR enterprise-name rules (企业名称登记管理规定);
#   foreign-invested firms put the city in brackets ("凯斯勒精密机械（苏州）
#   有限公司", "Kessler Precision Machinery (Suzhou) Co., Ltd."), branch
#   companies add "X分公司" / "X Branch", representative offices "上海代表处"
#   / "Shanghai Representative Office"; law firms are partnerships named
#   "北京市X律师事务所" (the Law Firm registration rules of the Ministry of
#   Justice); 个体工商户 need no legal form ("X记茶楼").
# - English names of mainland firms are the pinyin of the trade name plus
#   a translated industry ("Co., Ltd." for 有限公司) as on business licences
#   and customs registrations; Guangdong and Macau firms often keep
#   Cantonese (Hong Kong government style) spellings ("Wah Keung", "Kee"
#   for 记); Macau's commercial registry takes Portuguese ("Companhia de
#   Comércio X, Limitada", "Lda.", "Sociedade Unipessoal Limitada") and
#   Chinese in traditional characters.
# - Pinyin typed with tone marks, tone numbers (the convention of CC-CEDICT
#   and of IME-less typing), without tones, run together or split by
#   syllable ("ShenZhen", "Shen Zhen"); the ISO 7098 / GB rule writes one
#   word per word, but people type both; postal / Wade-Giles spellings
#   (Peking, Canton, Tientsin, Chungking, Soochow) survive in old firms'
#   English names (Peking University, Tsingtao).
# - Pinyin IME slips: a candidate of the same syllable picked instead
#   (华/化, 达/大: homophone candidates are listed together by the IME);
#   full-width （），and the ideographic space U+3000 come from typing
#   Latin on a Chinese IME in full-width mode (Unicode's Halfwidth and
#   Fullwidth Forms block).
# - Personal names: surname first (Zhang Wei), English given names used
#   at work (Kevin Zhang, and "Zhang Wei Kevin" as in e-mail signatures);
#   Wang, Li, Zhang, Liu, Chen are the five commonest surnames (the Ministry
#   of Public Security's surname report), so sharing one proves nothing.
# - Machines: Windows defaults (DESKTOP-/LAPTOP-/WIN-), the "PC-20190312
#   ABCD" / "USER-..." names of Chinese GHOST installs, pinyin department
#   names (CAIWU finance, QIANTAI reception, CANGKU warehouse, RENSHI HR,
#   KEFU service, SHEJI design), MSP site codes (SH-FIN-01).
#
# names.tsv kinds (real): exact, zh (the registered Chinese name), zh-city
# (its city prefix dropped), zh-short (trade name + industry), en, pinyin,
# tones, tonenum, split, legal, abbrev, fullwidth, cantonese, postal,
# traditional, portuguese, person, reorder, cut, typo, caps, mixed, branch.
# Impostors ("impostor: KIND"): rare word, surname, group, franchise,
# namesake, vendor, personal, own staff, test, same shape.
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import screenconnect_record as scr  # noqa: E402

# Characters: simplified, traditional, pinyin with tone number, Cantonese
# (Hong Kong government style).
CHARS = """华 華 hua2 wah|强 強 qiang2 keung|恒 恆 heng2 hang|达 達 da2 tat
|信 信 xin4 shun|诚 誠 cheng2 shing|德 德 de2 tak|利 利 li4 lee|丰 豐 feng1 fung
|盛 盛 sheng4 shing|泰 泰 tai4 tai|隆 隆 long2 lung|兴 興 xing1 hing
|昌 昌 chang1 cheong|宏 宏 hong2 wang|鑫 鑫 xin1 yam|源 源 yuan2 yuen
|瑞 瑞 rui4 shui|祥 祥 xiang2 cheung|安 安 an1 on|佳 佳 jia1 kai|美 美 mei3 mei
|嘉 嘉 jia1 ka|新 新 xin1 sun|金 金 jin1 kam|明 明 ming2 ming|光 光 guang1 kwong
|永 永 yong3 wing|富 富 fu4 fu|海 海 hai3 hoi|天 天 tian1 tin|宇 宇 yu3 yu
|创 創 chuang4 chong|联 聯 lian2 luen|合 合 he2 hop|科 科 ke1 fo|力 力 li4 lik
|通 通 tong1 tung|凯 凱 kai3 hoi|辉 輝 hui1 fai|腾 騰 teng2 tang|飞 飛 fei1 fei
|康 康 kang1 hong|博 博 bo2 pok|奥 奧 ao4 ou|亿 億 yi4 yik|万 萬 wan4 man
|成 成 cheng2 sing|荣 榮 rong2 wing|顺 順 shun4 shun|锦 錦 jin3 kam
|云 雲 yun2 wan|帆 帆 fan1 fan|鸿 鴻 hong2 hung|汇 匯 hui4 wui|众 眾 zhong4 chung
|远 遠 yuan3 yuen|景 景 jing3 king|正 正 zheng4 ching|立 立 li4 lap
|晨 晨 chen2 san|志 志 zhi4 chi|化 化 hua4 fa|花 花 hua1 fa|墙 牆 qiang2 cheung
|大 大 da4 tai|心 心 xin1 sum|城 城 cheng2 sing|得 得 de2 tak|丽 麗 li4 lai
|风 風 feng1 fung|峰 峰 feng1 fung|胜 勝 sheng4 sing|太 太 tai4 tai
|龙 龍 long2 lung|星 星 xing1 sing|长 長 chang2 cheung|红 紅 hong2 hung
|洪 洪 hong2 hung|元 元 yuan2 yuen|园 園 yuan2 yuen|锐 銳 rui4 yui
|翔 翔 xiang2 cheung|家 家 jia1 ka|加 加 jia1 ka|今 今 jin1 kam|名 名 ming2 ming
|广 廣 guang3 kwong|勇 勇 yong3 yung|福 福 fu2 fuk|田 田 tian2 tin|雨 雨 yu3 yu
|连 連 lian2 lin|和 和 he2 wo|可 可 ke3 ho|同 同 tong2 tung|开 開 kai1 hoi
|会 會 hui4 wui|灰 灰 hui1 fui|非 非 fei1 fei|波 波 bo1 po|易 易 yi4 yik
|完 完 wan2 yuen|容 容 rong2 yung|运 運 yun4 wan|中 中 zhong1 chung
|原 原 yuan2 yuen|京 京 jing1 king|精 精 jing1 ching|政 政 zheng4 ching
|至 至 zhi4 chi|陈 陳 chen2 chan|上 上 shang4 sheung|苏 蘇 su1 so
|州 州 zhou1 chau|杭 杭 hang2 hong|宁 寧 ning2 ning|昆 昆 kun1 kwan
|山 山 shan1 shan|无 無 wu2 mo|锡 錫 xi1 sek|深 深 shen1 sham|圳 圳 zhen4 chun
|东 東 dong1 tung|莞 莞 guan3 kwun|佛 佛 fo2 fat|珠 珠 zhu1 chu|北 北 bei3 pak
|津 津 jin1 tsun|都 都 du1 to|重 重 chong2 chung|庆 慶 qing4 hing
|澳 澳 ao4 ou|门 門 men2 mun|市 市 shi4 si|电 電 dian4 din|子 子 zi3 tsz
|技 技 ji4 kei|贸 貿 mao4 mau|国 國 guo2 kwok|际 際 ji4 chai|密 密 mi4 mat
|机 機 ji1 kei|械 械 xie4 hai|塑 塑 su4 so|胶 膠 jiao1 kau|制 製 zhi4 chai
|品 品 pin3 pan|五 五 wu3 ng|服 服 fu2 fuk|饰 飾 shi4 sik|食 食 shi2 sik
|具 具 ju4 kui|包 包 bao1 pau|装 裝 zhuang1 chong|物 物 wu4 mat|流 流 liu2 lau
|货 貨 huo4 fo|代 代 dai4 toi|理 理 li3 lei|供 供 gong1 kung|应 應 ying4 ying
|链 鏈 lian4 lin|管 管 guan3 kun|企 企 qi3 kei|业 業 ye4 yip|咨 諮 zi1 chi
|询 詢 xun2 shun|计 計 ji4 kai|师 師 shi1 si|事 事 shi4 si|务 務 wu4 mo
|所 所 suo3 so|税 稅 shui4 shui|律 律 lv4 lut|口 口 kou3 hau|腔 腔 qiang1 hong
|诊 診 zhen3 chan|部 部 bu4 po|医 醫 yi1 yi|疗 療 liao2 liu|器 器 qi4 hei
|教 教 jiao4 kau|育 育 yu4 yuk|培 培 pei2 pui|训 訓 xun4 fan|学 學 xue2 hok
|校 校 xiao4 hau|酒 酒 jiu3 chau|店 店 dian4 tim|式 式 shi4 sik|公 公 gong1 kung
|寓 寓 yu4 yu|餐 餐 can1 chaan|饮 飲 yin3 yam|茶 茶 cha2 cha|楼 樓 lou2 lau
|房 房 fang2 fong|地 地 di4 tei|产 產 chan3 chaan|经 經 jing1 king
|纪 紀 ji4 kei|实 實 shi2 sat|汽 汽 qi4 hei|车 車 che1 che|配 配 pei4 pui
|件 件 jian4 kin|印 印 yin4 yan|刷 刷 shua1 chaat|工 工 gong1 kung
|程 程 cheng2 ching|纺 紡 fang3 fong|织 織 zhi1 chik|环 環 huan2 waan
|保 保 bao3 po|告 告 gao4 ko|文 文 wen2 man|传 傳 chuan2 chuen|播 播 bo1 po
|软 軟 ruan3 yuen|有 有 you3 yau|限 限 xian4 haan|责 責 ze2 chak|任 任 ren4 yam
|司 司 si1 si|股 股 gu3 ku|份 份 fen4 fan|分 分 fen1 fan|表 表 biao3 piu
|处 處 chu4 chu|集 集 ji2 chap|团 團 tuan2 tuen|记 記 ji4 kee|商 商 shang1 sheung
|火 火 huo3 fo|锅 鍋 guo1 wo|面 麵 mian4 min|馆 館 guan3 kun|斯 斯 si1 si
|勒 勒 le4 lak|诺 諾 nuo4 nok|维 維 wei2 wai|克 克 ke4 hak|布 布 bu4 po
|莱 萊 lai2 loi|特 特 te4 tak|林 林 lin2 lam|马 馬 ma3 ma|洛 洛 luo4 lok
|霍 霍 huo4 fok|卡 卡 ka3 ka|魏 魏 wei4 ngai|费 費 fei4 fai|尔 爾 er3 yi
|阿 阿 a1 a|多 多 duo1 to|韦 韋 wei2 wai|兰 蘭 lan2 lan|顿 頓 dun4 tun
|森 森 sen1 sum|伯 伯 bo2 pak|格 格 ge2 kak|纳 納 na4 nap|罗 羅 luo2 lo
|曼 曼 man4 man|王 王 wang2 wong|李 李 li3 lee|张 張 zhang1 cheung
|刘 劉 liu2 lau|杨 楊 yang2 yeung|黄 黃 huang2 wong|赵 趙 zhao4 chiu
|吴 吳 wu2 ng|周 周 zhou1 chow|徐 徐 xu2 tsui|孙 孫 sun1 suen|朱 朱 zhu1 chu
|胡 胡 hu2 wu|郭 郭 guo1 kwok|何 何 he2 ho|高 高 gao1 ko|罗 羅 luo2 lo
|伟 偉 wei3 wai|芳 芳 fang1 fong|娜 娜 na4 na|敏 敏 min3 man|静 靜 jing4 ching
|丽 麗 li4 lai|军 軍 jun1 kwan|磊 磊 lei3 lui|洋 洋 yang2 yeung|勇 勇 yong3 yung
|艳 艷 yan4 yim|杰 傑 jie2 kit|涛 濤 tao1 to|超 超 chao1 chiu|秀 秀 xiu4 sau
|浦 浦 pu3 po|徐 徐 xu2 tsui|汇 匯 hui4 wui|南 南 nan2 nam|田 田 tian2 tin
|河 河 he2 ho|朝 朝 chao2 chiu|阳 陽 yang2 yeung|淀 澱 dian4 din|江 江 jiang1 kong
|渝 渝 yu2 yu|氹 氹 dang4 tam|仔 仔 zai3 tsai|春 春 chun1 chun|熙 熙 xi1 hei
|路 路 lu4 lo|厂 廠 chang3 chong|模 模 mo2 mo|具 具 ju4 kui|基 基 ji1 kei
|金 金 jin1 kam|会 會 hui4 wui|际 際 ji4 chai|牙 牙 ya2 nga|氏 氏 shi4 si
|老 老 lao3 lo|板 闆 ban3 baan|测 測 ce4 chak|试 試 shi4 si|客 客 ke4 haak
|户 戶 hu4 wu|内 內 nei4 noi|区 區 qu1 kui|宝 寶 bao3 po|西 西 xi1 sai
|瓦 瓦 wa3 nga|普 普 pu3 po|戴 戴 dai4 tai|钉 釘 ding1 ding|微 微 wei1 mei
|蝶 蝶 die2 dip|用 用 yong4 yung|友 友 you3 yau|惠 惠 hui4 wai|威 威 wei1 wai
|视 視 shi4 si|顺 順 shun4 shun|宽 寬 kuan1 fun|带 帶 dai4 tai|里 裏 li3 lei
|云 雲 yun2 wan|为 為 wei2 wai|视 視 shi4 si|家 家 jia1 ka|电 電 dian4 din
|脑 腦 nao3 no|笔 筆 bi3 bat|本 本 ben3 pun|新 新 xin1 sun|示 示 shi4 si
|演 演 yan3 yin|瑞 瑞 rui4 shui|典 典 dian3 din|麦 麥 mai4 mak|荷 荷 he2 ho
|意 意 yi4 yi|葡 葡 pu2 po|萄 萄 tao2 to|欧 歐 ou1 au|盟 盟 meng2 mang
|澳 澳 ao4 ou|洲 洲 zhou1 chau|瑞 瑞 rui4 shui|士 士 shi4 si|丹 丹 dan1 tan
|香 香 xiang1 heung|港 港 gang3 kong|信 信 xin4 shun|通 通 tong1 tung
|厅 廳 ting1 teng|办 辦 ban4 baan|室 室 shi4 sat|行 行 hang2 hong|岸 岸 an4 ngon
|想 想 xiang3 seung|小 小 xiao3 siu|殊 殊 shu1 shue|伙 夥 huo3 fo"""
SIMP, TRAD, PY, CANT = {}, {}, {}, {}
for _e in CHARS.replace("\n", "").split("|"):
	_s, _t, _p, _c = _e.split()
	TRAD.setdefault(_s, _t)
	SIMP[_t] = _s
	PY.setdefault(_s, _p)
	CANT.setdefault(_s, _c)
# IME homophones: candidates a pinyin IME lists for one syllable.
HOMO = {}
for _ch, _p in PY.items():
	HOMO.setdefault(_p.rstrip("12345"), []).append(_ch)

TONES = {"a": "āáǎà", "e": "ēéěè", "i": "īíǐì", "o": "ōóǒò", "u": "ūúǔù",
	"v": "ǖǘǚǜ"}


def tone_mark(syl):
	"""pinyin with tone number as with a diacritic: the mark goes on a/e,
	on the o of ou, else on the last vowel (the Hanyu Pinyin rule)."""
	base, t = syl[:-1], int(syl[-1]) if syl[-1].isdigit() else 5
	if t == 5:
		return base.replace("v", "ü")
	for v in ("a", "e"):
		if v in base:
			i = base.index(v)
			break
	else:
		i = base.index("o") if "ou" in base else \
			max(base.rfind(v) for v in "iouv")
	return (base[:i] + TONES[base[i]][t - 1] + base[i + 1:]).replace("v",
		"ü")


def syls(zh):
	return [PY[ch] for ch in zh if ch in PY]


def pinyin(zh, how="plain"):
	"""One word's pinyin: plain, tones (marks), num (tone numbers)."""
	out = ""
	for s in syls(zh):
		b = s.rstrip("12345").replace("v", "u" if how == "plain" else "v")
		if how == "tones":
			b = tone_mark(s)
		elif how == "num":
			b = s.replace("v", "u:") if "v" in s else s
		if out and b[0] in "aeo" and how != "num":
			out += "'"
		out += b
	return out


def cant(zh):
	return " ".join(CANT[ch].capitalize() for ch in zh if ch in CANT)


# Cities: Chinese, English, postal / Wade-Giles, Cantonese, province, desk,
# site code, postcode head.
CITIES = [
	("上海", "Shanghai", "Shanghai", "Seung Hoi", "Shanghai", "SHA", "SH",
		"200"),
	("苏州", "Suzhou", "Soochow", "So Chau", "Jiangsu", "SHA", "SU", "215"),
	("昆山", "Kunshan", "Kunshan", "Kwan Shan", "Jiangsu", "SHA", "KS",
		"2153"),
	("无锡", "Wuxi", "Wusih", "Mo Sek", "Jiangsu", "SHA", "WX", "214"),
	("杭州", "Hangzhou", "Hangchow", "Hong Chau", "Zhejiang", "SHA", "HZ",
		"310"),
	("宁波", "Ningbo", "Ningpo", "Ning Po", "Zhejiang", "SHA", "NB", "315"),
	("深圳", "Shenzhen", "Shumchun", "Sham Chun", "Guangdong", "SZX", "SZ",
		"518"),
	("广州", "Guangzhou", "Canton", "Kwong Chau", "Guangdong", "SZX", "GZ",
		"510"),
	("东莞", "Dongguan", "Tungkun", "Tung Kwun", "Guangdong", "SZX", "DG",
		"523"),
	("佛山", "Foshan", "Fatshan", "Fat Shan", "Guangdong", "SZX", "FS",
		"528"),
	("珠海", "Zhuhai", "Chuhai", "Chu Hoi", "Guangdong", "SZX", "ZH", "519"),
	("北京", "Beijing", "Peking", "Pak King", "Beijing", "PEK", "BJ", "100"),
	("天津", "Tianjin", "Tientsin", "Tin Tsun", "Tianjin", "PEK", "TJ", "300"),
	("成都", "Chengdu", "Chengtu", "Sing To", "Sichuan", "CTU", "CD", "610"),
	("重庆", "Chongqing", "Chungking", "Chung Hing", "Chongqing", "CTU", "CQ",
		"400"),
	("澳门", "Macau", "Macao", "Ou Mun", "Macau", "MFM", "MO", ""),
]
CITY_W = [14, 7, 3, 3, 6, 4, 12, 9, 6, 4, 3, 10, 4, 6, 4, 7]
DISTRICTS = {"上海": [("浦东", "Pudong"), ("徐汇", "Xuhui")],
	"深圳": [("南山", "Nanshan"), ("宝安", "Bao'an")],
	"广州": [("天河", "Tianhe"), ("海珠", "Haizhu")],
	"北京": [("朝阳", "Chaoyang"), ("海淀", "Haidian")],
	"成都": [("锦江", "Jinjiang"), ("春熙路", "Chunxi Road")],
	"重庆": [("渝中", "Yuzhong"), ("江北", "Jiangbei")],
	"澳门": [("氹仔", "Taipa"), ("新口岸", "NAPE")]}
# Trade-name characters (字号): two of them make a local brand.
BRAND = list("华强恒达信诚德利丰盛泰隆兴昌宏鑫源瑞祥安佳美嘉新金明光永富海天宇"
	"创联合科力通凯辉腾飞康博奥亿万成荣顺锦云帆鸿汇众远景正立晨志")
# Industries: Chinese, English, abbreviated English, sector.
INDUSTRY = [
	("电子科技", "Electronic Technology", "Elec Tech", "factory"),
	("科技", "Technology", "Tech", "trade"),
	("贸易", "Trading", "Trdg", "trade"),
	("国际贸易", "International Trading", "Intl Trading", "trade"),
	("精密机械", "Precision Machinery", "Precision Mach", "factory"),
	("塑胶制品", "Plastic Products", "Plastic Prod", "factory"),
	("五金制品", "Hardware Products", "Hardware Prod", "factory"),
	("服饰", "Apparel", "Apparel", "retail"),
	("食品", "Foods", "Food", "factory"),
	("包装", "Packaging", "Pkg", "factory"),
	("物流", "Logistics", "Logistics", "logistics"),
	("国际货运代理", "International Freight Forwarding", "Intl Freight Fwd",
		"logistics"),
	("供应链管理", "Supply Chain Management", "Supply Chain Mgmt",
		"logistics"),
	("企业管理咨询", "Business Consulting", "Biz Consulting", "office"),
	("会计师事务所", "Certified Public Accountants", "CPA", "office"),
	("税务师事务所", "Tax Agents", "Tax Agents", "office"),
	("口腔门诊部", "Dental Clinic", "Dental", "clinic"),
	("诊所", "Clinic", "Clinic", "clinic"),
	("医疗器械", "Medical Equipment", "Medical Equip", "trade"),
	("教育科技", "Education Technology", "Edu Tech", "school"),
	("培训学校", "Training School", "Training Sch", "school"),
	("酒店管理", "Hotel Management", "Hotel Mgmt", "hotel"),
	("服务式公寓", "Serviced Apartments", "Serviced Apts", "hotel"),
	("餐饮管理", "Catering Management", "Catering Mgmt", "food"),
	("房地产经纪", "Real Estate Agency", "Real Estate", "office"),
	("实业", "Industrial", "Ind", "factory"),
	("汽车配件", "Auto Parts", "Auto Parts", "factory"),
	("印刷", "Printing", "Printing", "factory"),
	("纺织", "Textile", "Textile", "factory"),
	("环保科技", "Environmental Technology", "Env Tech", "factory"),
	("广告", "Advertising", "Adv", "office"),
	("文化传播", "Culture Media", "Media", "office"),
	("软件", "Software", "SW", "office"),
	("模具", "Mould", "Mould", "factory"),
]
# Foreign brands of WFOEs: English part, Chinese transliteration.
FOREIGN1 = [("Kess", "凯斯"), ("Nord", "诺德"), ("Bright", "布莱特"),
	("Lind", "林德"), ("Mar", "马"), ("Hol", "霍"), ("Cal", "卡"),
	("Weid", "魏德"), ("Tess", "泰斯"), ("Fair", "费尔"), ("Arv", "阿维"),
	("Stell", "斯特"), ("Dor", "多"), ("Vel", "韦"), ("Bran", "布兰"),
	("Sel", "森")]
FOREIGN2 = [("ler", "勒"), ("vik", "维克"), ("mark", "马克"), ("low", "洛"),
	("ton", "顿"), ("sen", "森"), ("berg", "伯格"), ("ena", "纳"),
	("aro", "罗"), ("mann", "曼"), ("dan", "丹"), ("lan", "兰")]
COUNTRIES = [("Swedish", "瑞典"), ("Danish", "丹麦"), ("Dutch", "荷兰"),
	("Swiss", "瑞士"), ("Italian", "意大利"), ("Portuguese", "葡萄牙"),
	("Australian", "澳洲"), ("Nordic", "北欧"), ("European", "欧盟")]
SURN = [("王", "Wang", "Wong"), ("李", "Li", "Lee"), ("张", "Zhang", "Cheung"),
	("刘", "Liu", "Lau"), ("陈", "Chen", "Chan"), ("杨", "Yang", "Yeung"),
	("黄", "Huang", "Wong"), ("赵", "Zhao", "Chiu"), ("吴", "Wu", "Ng"),
	("周", "Zhou", "Chow"), ("徐", "Xu", "Tsui"), ("孙", "Sun", "Suen"),
	("朱", "Zhu", "Chu"), ("胡", "Hu", "Wu"), ("郭", "Guo", "Kwok"),
	("何", "He", "Ho"), ("高", "Gao", "Ko"), ("林", "Lin", "Lam"),
	("罗", "Luo", "Lo"), ("马", "Ma", "Ma")]
SURN_W = [18, 18, 17, 14, 14, 6, 6, 5, 5, 5, 4, 4, 3, 3, 3, 3, 3, 3, 3, 2]
GIVEN = list("伟芳娜敏静丽军磊洋勇艳杰涛超秀明华强志晨嘉宇飞辉康")
ENGL = ("Kevin Jason Amy Cindy Vivian Jack Tony Coco Eric Grace Lily Peter "
	"Sunny Michael Wendy Linda Frank Helen Jenny Leo Sky Ivy Alan Bella "
	"Daisy Eason Joyce Kelvin Rainbow Summer").split()
PT_SURN = ("Fernandes Gomes Rodrigues Sousa Pereira Carvalho Silva Lopes "
	"Nunes Marques Rocha Ribeiro Ferreira Costa Almeida Jesus Lourenço "
	"Conceição").split()
PT_GIVEN = "João José Maria Ana Miguel Pedro Rita Carlos Inês Luís".split()
PT_TRADE = ["Pastelaria", "Farmácia", "Agência de Viagens", "Construções",
	"Serviços de Contabilidade", "Importação e Exportação", "Restaurante",
	"Mediação Imobiliária", "Gráfica"]
PT_EN = {"Pastelaria": "Bakery", "Farmácia": "Pharmacy",
	"Agência de Viagens": "Travel Agency", "Construções": "Construction",
	"Serviços de Contabilidade": "Accounting Services",
	"Importação e Exportação": "Import Export", "Restaurante": "Restaurant",
	"Mediação Imobiliária": "Real Estate", "Gráfica": "Printing"}
ROADS = ["Zhongshan Road", "Renmin South Road", "Jiefang Road",
	"Xingye Road", "Binhai Avenue", "Jianshe Road", "Heping Road",
	"Wenhua Road", "Chuangye Road", "Keji Road", "Gongye Avenue",
	"Avenida da Praia Grande", "Rua do Campo", "Avenida de Almeida Ribeiro"]
DEPT = ["CAIWU", "QIANTAI", "CANGKU", "RENSHI", "KEFU", "SHEJI", "XIAOSHOU",
	"ZONGJINGLI", "FIN", "HR", "SALES", "RECEPTION", "ADMIN", "WH", "OPS"]
TECHS = {"SHA": ["Tom Becker", "Jason Li", "Vivian Zhou", "Leo Wu"],
	"SZX": ["Kelvin Chan", "Amy Huang", "Eric Lau"],
	"PEK": ["Frank Zhao", "Sunny Gao"],
	"CTU": ["Peter Luo", "Coco Yang"],
	"MFM": ["Miguel Rocha", "Ivy Leong"]}
DESKS = ["SHA", "SZX", "PEK", "CTU", "MFM"]
VENDORS = ["中国电信 China Telecom", "China Unicom 联通宽带", "Lenovo 联想 service",
	"Kingdee 金蝶", "Yonyou 用友", "Alibaba Cloud 阿里云", "Huawei Cloud",
	"钉钉 DingTalk", "WeCom 企业微信 setup", "Tencent Meeting", "HP 惠普 support",
	"Dell 戴尔 warranty", "Hikvision 海康威视 NVR", "Sangfor 深信服 VPN",
	"SF Express 顺丰", "CTM Macau", "Microsoft 21Vianet", "Fortinet HK"]


def fw(s):
	"""Latin typed on a Chinese IME in full-width mode."""
	return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else
		"\u3000" if ch == " " else ch for ch in s)


class G:
	pass


def person(rng, macau):
	"""A contact: (first, last, Chinese name or "", English given)."""
	if macau and rng.random() < 0.3:
		return (rng.choice(PT_GIVEN), rng.choice(PT_SURN), "", "")
	s = rng.choices(SURN, SURN_W)[0]
	gv = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
	eng = rng.choice(ENGL) if rng.random() < 0.55 else ""
	last = s[2] if macau else s[1]
	first = eng or (cant(gv).replace(" ", "-") if macau else
		pinyin(gv).capitalize())
	return (first, last, s[0] + gv, eng)


def legal_en(rng):
	return rng.choice(["Co., Ltd.", "Co., Ltd.", "Co., Ltd", "Co.,Ltd.",
		"Company Limited", "Co. Ltd."])


def make_cust(rng, g, cid):
	ci = rng.choices(range(len(CITIES)), CITY_W)[0]
	city = CITIES[ci]
	macau = city[5] == "MFM"
	c = {"id": cid, "ci": ci, "desk": city[5], "macau": macau, "pt": "",
		"chain": None, "group": None}
	r = rng.random()
	b = "".join(rng.sample(BRAND, 2))
	ind = rng.choice(INDUSTRY)
	c["brand"], c["ind"] = b, ind
	bpy = pinyin(b).capitalize()
	if macau:
		bc = cant(b)
		c["bro"] = bc
		if r < 0.25:
			c["type"] = "pt"
			tr = rng.choice(PT_TRADE)
			s1 = rng.choice(PT_SURN)
			s2 = rng.choice([x for x in PT_SURN if x != s1])
			c["pt"] = rng.choice(["%s %s, Limitada" % (tr, s1),
				"%s %s & %s, Lda." % (tr, s1, s2),
				"%s %s Sociedade Unipessoal Limitada" % (tr, s1)])
			c["brand"], c["zh"], c["en"] = "", "", ""
			c["bro"] = s1
			c["name"] = c["pt"]
			c["ptcore"] = "%s %s" % (tr, s1)
			return finish(rng, g, c)
		c["type"] = "mo"
		zh = b + ind[0] + "有限公司"
		c["zh"] = "".join(TRAD.get(ch, ch) for ch in zh)
		c["en"] = "%s %s Company Limited" % (bc, ind[1])
		c["pt"] = rng.choice(["Companhia de %s %s, Limitada" % (
			"Comércio" if ind[3] == "trade" else "Serviços", bc),
			"%s %s Sociedade Unipessoal Limitada" % (bc, ind[1]),
			"%s %s, Lda." % (bc, ind[1])])
		c["name"] = rng.choice([c["en"], c["zh"], c["pt"],
			c["zh"] + " " + c["en"], c["pt"] + " " + c["zh"]])
		return finish(rng, g, c)
	if r < 0.14:
		f1, f2 = rng.choice(FOREIGN1), rng.choice(FOREIGN2)
		fb, fz = f1[0] + f2[0], f1[1] + f2[1]
		c["type"], c["brand"], c["fb"] = "wfoe", fz, fb
		c["zh"] = "%s%s（%s）有限公司" % (fz, ind[0], city[0])
		c["en"] = "%s %s (%s) %s" % (fb, ind[1], city[1], legal_en(rng))
	elif r < 0.17:
		f1, f2 = rng.choice(FOREIGN1), rng.choice(FOREIGN2)
		fb, fz = f1[0] + f2[0], f1[1] + f2[1]
		cn = rng.choice(COUNTRIES)
		c["type"], c["brand"], c["fb"] = "rep", fz, fb
		c["zh"] = "%s%s有限公司%s代表处" % (cn[1], fz, city[0])
		c["en"] = "%s %s %s Representative Office" % (fb, rng.choice(
			["GmbH", "AB", "B.V.", "S.p.A.", "Pty Ltd", "A/S", "AG"]),
			city[1])
	elif r < 0.21:
		c["type"] = "law"
		pre = city[0] + ("市" if city[0] in ("北京", "上海", "天津", "重庆")
			else "")
		c["ind"] = ind = ("律师事务所", "Law Firm", "Law Firm", "office")
		c["zh"] = pre + b + "律师事务所"
		c["en"] = rng.choice(["%s %s Law Firm" % (city[1], bpy),
			"%s Law Offices" % bpy, "%s & Partners" % bpy,
			"%s & Partners LLP" % bpy])
	elif r < 0.26:
		c["type"] = "sole"
		kind = rng.choice([("茶楼", "Tea House"), ("火锅", "Hotpot"),
			("面馆", "Noodle House"), ("茶餐厅", "Cafe")])
		kind = (kind[0], kind[1]) if kind[0] in PYOK else ("茶楼",
			"Tea House")
		c["ind"] = ind = (kind[0], kind[1], kind[1], "food")
		kee = rng.random() < 0.5
		c["zh"] = b + ("记" if kee else "") + kind[0]
		c["en"] = "%s%s %s" % (cant(b) if city[4] == "Guangdong" else bpy,
			" Kee" if kee else "", kind[1])
	elif r < 0.29:
		c["type"] = "school"
		c["ind"] = ind = ("国际学校", "International School",
			"Intl School", "school")
		c["zh"] = city[0] + b + "国际学校"
		c["en"] = "%s International School %s" % (bpy, city[1])
	elif r < 0.31:
		cn = rng.choice(COUNTRIES)
		c["type"] = "chamber"
		c["ind"] = ind = ("商会", "Chamber of Commerce", "Chamber", "office")
		c["brand"] = cn[1]
		c["zh"] = "%s%s商会" % (city[0], cn[1])
		c["en"] = "%s Chamber of Commerce %s" % (cn[0], city[1])
		c["bro"] = cn[0]
	elif r < 0.35:
		c["type"] = "branch"
		oc = CITIES[rng.choices(range(len(CITIES) - 1), CITY_W[:-1])[0]]
		oc = oc if oc != city else CITIES[(c["ci"] + 1) % 15]
		c["zh"] = "%s%s%s有限公司%s分公司" % (oc[0], b, ind[0], city[0])
		c["en"] = "%s %s %s %s %s Branch" % (oc[1], bpy, ind[1],
			legal_en(rng), city[1])
	else:
		c["type"] = "local"
		form = rng.choices(["有限公司", "有限责任公司", "股份有限公司",
			"集团有限公司"], [70, 12, 10, 8])[0]
		c["zh"] = city[0] + b + ind[0] + form
		c["en"] = "%s %s %s%s %s" % (city[1], bpy, ind[1],
			" Group" if "集团" in form else "",
			"Corp., Ltd." if form == "股份有限公司" and rng.random() < 0.5
			else legal_en(rng))
		if ind[0][-1] in "所部":	# CPA firms, clinics: no 有限公司
			llp = rng.random() < 0.5 and ind[0][-1] == "所"
			c["zh"] = city[0] + b + ind[0] + ("（特殊普通合伙）" if llp
				else "")
			c["en"] = "%s %s %s%s" % (city[1], bpy, ind[1], " LLP" if llp
				else "")
			form = ""
		if form == "集团有限公司":
			c["group"] = b
		if ind[3] == "food" and rng.random() < 0.6:
			c["chain"] = rng.choice(CHAINS)
	c.setdefault("bro", cant(c["brand"]) if c["brand"] else "")
	pick = rng.random()
	if pick < 0.45:
		c["name"] = c["en"]
	elif pick < 0.65:
		c["name"] = c["zh"]
	elif pick < 0.85:
		c["name"] = c["zh"] + " " + c["en"]
	else:
		c["name"] = "%s (%s)" % (c["en"], c["zh"])
	if c["chain"]:
		c["name"] = "%s (%s)" % (c["name"], c["chain"][1])
	return finish(rng, g, c)


PYOK = {"茶楼", "火锅", "面馆", "茶餐厅"}
# Restaurant chains whose franchisees are customers: Chinese, English.
CHAINS = [("小龙锅", "Xiaolong Hotpot"), ("金记茶楼", "Kam Kee Tea House"),
	("德兴面馆", "Dexing Noodles"), ("春熙火锅", "Chunxi Hotpot"),
	("鸿运茶餐厅", "Hung Wan Cafe")]


def finish(rng, g, c):
	city = CITIES[c["ci"]]
	macau = c["macau"]
	n = rng.choices((1, 2, 3), (40, 40, 20))[0]
	c["contacts"], c["assets"], c["people"] = [], [], []
	dom = re.sub("[^a-z]", "", (c.get("fb") or pinyin(c["brand"]) or
		c.get("bro", "x")).lower())[:12] or "mail"
	for _ in range(n):
		p = person(rng, macau)
		c["people"].append(p)
		g.pid += 1
		c["contacts"].append({"id": g.pid, "firstname": p[0],
			"lastname": p[1], "email": "%s.%s@%s.%s" % (
			unicodedata.normalize("NFKD", p[0]).encode("ascii",
			"ignore").decode().lower().replace("-", ""),
			p[1].lower(), dom, "com.mo" if macau else "com.cn")})
	size = rng.choices((1, 2, 3, 5, 9, 18), (30, 25, 18, 14, 9, 4))[0]
	style = rng.choice(("site", "brand", "default", "ghost", "dept"))
	pre = re.sub("[^A-Z]", "", (c.get("fb") or pinyin(c["brand"]) or
		c.get("bro", "X")).upper())[:5] or "MO"
	seen = set()
	for k in range(size):
		m = asset(rng, style, city[6], pre, k, c["people"])
		if m in seen:
			continue
		seen.add(m)
		g.pid += 1
		c["assets"].append({"id": g.pid, "name": m})
	zipc = "" if macau else city[7] + "".join(rng.choice("0123456789")
		for _ in range(6 - len(city[7])))
	c["syncro"] = {"address": ("%s n.º %d" % (rng.choice(ROADS[-3:]),
		rng.randint(1, 400))) if macau else "No. %d %s" % (rng.randint(1,
		2999), rng.choice(ROADS[:-3])),
		"address_2": rng.choice([None, None, "Room %d" % rng.randint(101,
			3208), "Building %d" % rng.randint(1, 12), "%dF" %
			rng.randint(2, 40)]),
		"city": city[1], "state": city[4], "zip": zipc or None}
	return c


def rnd(rng, n, al="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
	return "".join(rng.choice(al) for _ in range(n))


def asset(rng, style, code, pre, k, people):
	r = rng.random()
	if style == "default" or r < 0.15:
		return rng.choice(("DESKTOP-", "DESKTOP-", "LAPTOP-", "WIN-")) + \
			rnd(rng, 7)
	if style == "ghost" or r < 0.25:
		return rng.choice(("PC-", "USER-", "PC-")) + "%d%02d%02d" % (
			rng.randint(2012, 2023), rng.randint(1, 12),
			rng.randint(1, 28)) + rnd(rng, 4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
	if style == "dept" or r < 0.35:
		d = rng.choice(DEPT)
		return d + ("-PC" if rng.random() < 0.3 else "%d" % (k + 1))
	if style == "site":
		return "%s-%s-%s%02d" % (code, rng.choice(DEPT[8:]), rng.choice(
			("PC", "LT")), k + 1)
	if r < 0.5 and people:
		p = rng.choice(people)
		nm = re.sub("[^A-Za-z]", "", unicodedata.normalize("NFKD",
			p[0] + p[1]))
		return nm.upper()[:12] + rng.choice(("-PC", "-LAPTOP", "-NB"))
	return "%s-%s%02d" % (pre, rng.choice(("PC", "LT", "SRV", "NB")), k + 1)


def population(rng, ncust):
	g = G()
	g.pid = 4400000
	g.custs = []
	cid = 34000000
	for _ in range(ncust):
		cid += rng.randint(1, 3)
		g.custs.append(make_cust(rng, g, cid))
	return g


# ---- the region's own reading, for the label checks -------------------
POSTAL = {"peking": "beijing", "canton": "guangzhou", "tientsin": "tianjin",
	"chungking": "chongqing", "soochow": "suzhou", "hangchow": "hangzhou",
	"ningpo": "ningbo", "shumchun": "shenzhen", "tungkun": "dongguan",
	"fatshan": "foshan", "chuhai": "zhuhai", "chengtu": "chengdu",
	"wusih": "wuxi", "macao": "macau", "tech": "technology",
	"intl": "international", "mfg": "manufacturing", "elec": "electronic",
	"electronics": "electronic"}
LEGALW = ["gufenyouxiangongsi", "youxianzerengongsi", "youxiangongsi",
	"sociedadeunipessoallimitada", "companylimited", "corpltd", "coltd",
	"limitada", "limited", "tesheputonghehuo", "ltd", "lda", "llp", "co",
	"corp"]
CITYF = sorted({re.sub("[^a-z]", "", x.lower()) for c in CITIES
	for x in (c[1], c[2], c[3], pinyin(c[0]))}, key=len, reverse=True)


def rfold(s):
	"""A name as the region's typing reads it: full width folded, traditional
	as simplified, Han as toneless pinyin, tone marks and numbers gone,
	postal spellings and English abbreviations read out, lower case, one
	run of letters (syllables split or run together read alike)."""
	s = unicodedata.normalize("NFKC", s)
	s = "".join(" " + PY[SIMP.get(ch, ch)].rstrip("12345").replace("v", "u")
		+ " " if SIMP.get(ch, ch) in PY else ch for ch in s)
	s = unicodedata.normalize("NFKD", s)
	s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
	ws = re.sub("[^a-z]+", " ", s).split()
	return "".join(POSTAL.get(w, w) for w in ws)


def unlegal_f(f):
	for lw in LEGALW:
		f = f.replace(lw, "") if len(lw) > 3 else re.sub(lw + "$", "", f)
	return f


def uncity(f):
	for cf in CITYF:
		f = f.replace(cf, "")
	return f


def forms(c):
	out = set()
	for nm in (c["name"], c["zh"], c["en"], c["pt"], c.get("ptcore", ""),
			c["brand"] + c["ind"][0] if c["brand"] else "",
			(c.get("fb") or c.get("bro") or "") + " " + c["ind"][1]):
		if not nm.strip():
			continue
		f = rfold(nm)
		for v in (f, unlegal_f(f), uncity(f), uncity(unlegal_f(f))):
			if len(v) >= 4:
				out.add(v)
	return out


def index(g):
	g.audit = g.la.Audit([(str(c["id"]), c["name"])
		for c in g.custs])
	g.form = {}
	g.full = set()
	parts = []
	for i, c in enumerate(g.custs):
		for f in forms(c):
			g.form.setdefault(f, set()).add(i)
			parts.append((f, i))
		for nm in (c["name"], c["zh"], c["en"], c["pt"]):
			if nm:
				g.full.add(rfold(nm))
				g.full.add(unlegal_f(rfold(nm)))
	g.half = {}
	for f in g.form:
		h = len(f) // 2
		g.half.setdefault((len(f), 0, f[:h]), []).append(f)
		g.half.setdefault((len(f), 1, f[h:]), []).append(f)
	g.big = "\x00".join(p[0] for p in parts)
	g.owner, pos = [], 0
	for f, i in parts:
		g.owner.append((pos, i))
		pos += len(f) + 1
	g.starts = [o[0] for o in g.owner]
	g.keys = {}
	for k in g.audit.keys:
		g.keys.setdefault((len(k), "".join(sorted(k))), []).append(k)
	g.pname = {}
	for i, c in enumerate(g.custs):
		for p in c["people"]:
			for k in ((p[0], p[1]), (p[2],)):
				g.pname.setdefault(k, set()).add(i)
	g.bycity = {}
	for i, c in enumerate(g.custs):
		g.bycity.setdefault(c["desk"], []).append(i)
	g.brands = {c["brand"] for c in g.custs}
	g.groups = [i for i, c in enumerate(g.custs) if c["group"]]
	g.chains = [i for i, c in enumerate(g.custs) if c["chain"]]
	g.chaincity = {(c["chain"], CITIES[c["ci"]][0]) for c in g.custs
		if c["chain"]}
	g.brandind = {(c["brand"], c["ind"][0]) for c in g.custs}


def owners_of(g, f):
	"""Customers one of whose forms holds the fold f."""
	import bisect
	out, at = set(), g.big.find(f)
	while at >= 0:
		j = bisect.bisect_right(g.starts, at) - 1
		out.add(g.owner[j][1])
		at = g.big.find(f, at + 1)
		if len(out) > 3:
			break
	return out


def near_form(g, k):
	"""A customer's form within one edit of k (a typo of it, to a
	careful reader), or k with two letters swapped."""
	for n in (len(k) - 1, len(k), len(k) + 1):
		h = n // 2
		cands = g.half.get((n, 0, k[:h]), []) + (g.half.get((n, 1,
			k[len(k) - (n - h):]), []) if n - h <= len(k) else [])
		for o in cands:
			if g.la.within1(k, o) or (len(o) == len(k) and sorted(o) ==
					sorted(k) and sum(a != b for a, b in zip(o, k)) == 2):
				return True
	return False


def moved(g, typed):
	"""A customer's normalised name with one letter moved."""
	k = " ".join(g.la.words(typed))
	for o in g.keys.get((len(k), "".join(sorted(k))), []):
		if o == k:
			return True
		for a in range(len(k)):
			rest = k[:a] + k[a + 1:]
			for b in range(len(k)):
				if rest[:b] + k[a] + rest[b:] == o:
					return True
	return False


def real_ok(g, typed, i):
	if not typed.strip() or g.audit.real(typed, str(g.custs[i]["id"])):
		return False
	f = unlegal_f(rfold(typed))
	if len(f) < 4:
		return False
	return owners_of(g, f) <= {i} and not (g.form.get(f, {i}) - {i})


def impostor_ok(g, typed):
	a = g.audit
	if a.impostor(typed) or a.impostor_more(typed) or a.joined(typed):
		return False
	if moved(g, typed):
		return False
	f = rfold(typed)
	for v in (f, unlegal_f(f), uncity(f), uncity(unlegal_f(f))):
		if v in g.form:
			return False
	for v in (unlegal_f(f), uncity(unlegal_f(f))):	# a name cut short
		if len(v) >= 6 and owners_of(g, v) or near_form(g, v):
			return False
	for n in range(6, len(f) + 1):	# a customer's whole name inside
		for s in range(len(f) - n + 1):
			if f[s:s + n] in g.full:
				return False
	return True


# ---- real rows ---------------------------------------------------------
def en_short(c):
	"""The English name less its legal form."""
	return re.sub(r",?\s*(Co\.?,?\s*Ltd\.?|Company Limited|Corp\., Ltd\.|"
		r"Limitada|Lda\.)\s*$", "", c["en"]).strip()


def cut_city(c, s):
	city = CITIES[c["ci"]]
	return s.replace(city[1] + " ", "", 1) if s.startswith(city[1]) else s


def zh_nocity(c):
	z = c["zh"]
	city = CITIES[c["ci"]][0]
	if z.startswith(city + "市"):
		return z[len(city) + 1:]
	if z.startswith(city):
		return z[len(city):]
	return z.replace("（%s）" % city, "")


# Words of the names, for pinyin's word division (GB/T 16159: a word is
# written as one, "Dianzi Keji", not per syllable).
WORDS = set("""电子 科技 国际 贸易 精密 机械 塑胶 制品 五金 服饰 食品 包装 物流
货运 代理 供应链 管理 企业 咨询 会计师 事务所 税务师 口腔 门诊部 诊所 医疗 器械
教育 培训 学校 酒店 服务式 公寓 餐饮 房地产 经纪 实业 汽车 配件 印刷 纺织 环保
广告 文化 传播 软件 模具 律师 商会 有限 公司 责任 股份 集团 分公司 代表处 茶楼
火锅 面馆 茶餐厅 瑞典 丹麦 荷兰 瑞士 意大利 葡萄牙 澳洲 北欧 欧盟""".split()) | \
	{c[0] for c in CITIES}


def seg(zh, brand):
	"""zh cut into words, longest first; the trade name is one word."""
	ws, i = [], 0
	while i < len(zh):
		for n in (len(brand), 4, 3, 2):
			w = zh[i:i + n]
			if n and len(w) == n and (w == brand or w in WORDS):
				break
		else:
			w = zh[i]
		ws.append(w)
		i += len(w)
	return ws


def py_words(rng, zh, how, brand=""):
	"""pinyin of a Chinese name, words by meaning or split by syllable."""
	split = rng.random()
	parts = [pinyin(w, how) for w in seg(zh, brand)]
	if split < 0.3:
		return " ".join(pinyin(ch, how).capitalize() for ch in zh)
	if split < 0.5:
		return "".join(p.capitalize() for p in parts)
	return " ".join(p.capitalize() for p in parts)


def core_zh(c):
	return (c["brand"] + c["ind"][0]) if c["brand"] else ""


def n_kind(rng, g, c, kind):
	city = CITIES[c["ci"]]
	en, zh = c["en"], c["zh"]
	if kind == "exact":
		return c["name"]
	if kind == "zh":
		return zh if zh and zh != c["name"] else None
	if kind == "zh-city":
		return zh_nocity(c) if zh and zh_nocity(c) != zh else None
	if kind == "zh-short":
		return core_zh(c) if c["type"] in ("local", "wfoe", "mo", "branch")\
			else None
	if kind == "en":
		return en if en and en != c["name"] else None
	if kind in ("pinyin", "tones", "tonenum"):
		if not zh or c["type"] in ("rep", "chamber", "pt"):
			return None
		z = SIMP_OF(zh)
		z = z.replace("有限公司", "").replace("（", "").replace("）", "")
		if rng.random() < 0.5:
			z = core_zh(c) or z
		how = {"pinyin": "plain", "tones": "tones", "tonenum": "num"}[kind]
		s = py_words(rng, z, how, SIMP_OF(c["brand"]))
		return s + (" Youxian Gongsi" if rng.random() < 0.2 and
			kind == "pinyin" else "")
	if kind == "split":
		if not en or c["type"] in ("pt", "chamber"):
			return None
		w = en.split()
		head = [x for x in (city[1], pinyin(c["brand"]).capitalize())]
		out = en
		for h in head:
			if h and h in out and len(syls_of(h)) > 1:
				ss = syls_of(h)
				out = out.replace(h, rng.choice(["".join(x.capitalize()
					for x in ss), " ".join(x.capitalize() for x in ss)]),
					1)
		return out if out != en else None
	if kind == "legal":
		s = en_short(c) if en else ""
		if not s or s == en:
			return None
		return s + rng.choice(["", " Ltd", " Co Ltd", " Co.,Ltd",
			" Company Limited", " Ltd."])
	if kind == "abbrev":
		if not en:
			return None
		s = en_short(c)
		for a, b in (("International", "Intl"), ("Technology", "Tech"),
				("Electronic", "Elec"), ("Management", "Mgmt"),
				("Company", "Co"), ("Limited", "Ltd"),
				("Manufacturing", "Mfg"), ("Products", "Prod"),
				("Equipment", "Equip")):
			s = s.replace(a, b)
		return s if s != en_short(c) else None
	if kind == "fullwidth":
		if rng.random() < 0.5 and zh and "（" in zh:
			return zh.replace("（", "(").replace("）", ")") if \
				rng.random() < 0.3 else zh + "\u3000" + en_short(c)
		if not en:
			return None
		s = en.replace("(", "（").replace(")", "）").replace(",", "，")
		return fw(s) if rng.random() < 0.3 else (s if s != en else None)
	if kind == "cantonese":
		if city[4] not in ("Guangdong", "Macau") or not c["brand"] or \
				c["type"] in ("chamber", "pt", "rep"):
			return None
		if c.get("fb"):
			return None
		return "%s %s" % (cant(SIMP_OF(c["brand"])), c["ind"][1]) + \
			rng.choice(["", " Ltd", " " + city[1], " Yauhaan Gungsi"])
	if kind == "postal":
		if not en or city[2] == city[1] or city[1] not in en:
			return None
		return en.replace(city[1], city[2])
	if kind == "traditional":
		if not zh or not c["macau"] and rng.random() < 0.7:
			return None
		t = "".join(TRAD.get(ch, ch) for ch in zh)
		return t if t != c["name"] else None
	if kind == "portuguese":
		if not c["pt"]:
			return None
		s = c["pt"]
		s = rng.choice([s.replace(", Limitada", " Lda").replace(
			" Limitada", " Lda"), s.replace("Companhia", "Cia."),
			unicodedata.normalize("NFKD", s).encode("ascii",
			"ignore").decode(), s.upper()])
		return s if s != c["name"] else None
	if kind == "person":
		p = rng.choice(c["people"])
		if len(g.pname.get((p[0], p[1]), ())) != 1:
			return None
		opts = ["%s %s" % (p[0], p[1])]
		if p[2]:
			gv = pinyin(p[2][1:]).capitalize()
			opts.append("%s %s %s" % (p[1], gv, p[3]) if p[3] else
				"%s %s" % (p[1], p[0]))
			if len(g.pname.get((p[2],), ())) == 1:
				opts.append(p[2])
		return rng.choice(opts)
	if kind == "reorder":
		if c["type"] not in ("local", "wfoe", "school") or not en:
			return None
		s = cut_city(c, en_short(c)).replace(" (%s)" % city[1], "")
		return "%s %s" % (s, city[1]) if s != en_short(c) else None
	if kind == "cut":
		s = c["name"]
		if len(s) < 14:
			return None
		n = rng.randint(max(9, len(s) // 2), len(s) - 4)
		return s[:n].rstrip(" ,(（")
	if kind == "typo":
		if zh and rng.random() < 0.6:
			z = SIMP_OF(zh)
			pos = [k for k, ch in enumerate(z) if ch in c["brand"] and
				len(HOMO.get(PY[ch].rstrip("12345"), ())) > 1]
			if not pos:
				return None
			k = rng.choice(pos)
			alt = [x for x in HOMO[PY[z[k]].rstrip("12345")] if x != z[k]]
			return z[:k] + rng.choice(alt) + z[k + 1:]
		s = c["name"]
		if not re.search("[a-z]{5}", s):
			return None
		ks = [k for k in range(1, len(s) - 1) if s[k].isalpha() and
			s[k].islower()]
		k = rng.choice(ks)
		op = rng.random()
		if op < 0.4:
			return s[:k] + s[k + 1] + s[k] + s[k + 2:]
		if op < 0.7:
			return s[:k] + s[k + 1:]
		return s[:k] + s[k] + s[k:]
	if kind == "caps":
		s = en or c["name"]
		return s.upper() if re.search("[a-z]", s) else None
	if kind == "mixed":
		if not c["brand"] or not zh:
			return None
		b = c.get("fb") or pinyin(SIMP_OF(c["brand"])).capitalize()
		return rng.choice(["%s %s" % (b, core_zh(c)), "%s %s" % (zh, b),
			"%s (%s)" % (en_short(c), core_zh(c))]) if en else None
	if kind == "branch":
		other = rng.choice(CITIES)
		if other == city:
			return None
		base = rng.choice([en_short(c), core_zh(c) or zh])
		if not base:
			return None
		if re.search("[\u4e00-\u9fff]$", base):
			return base + " " + other[0] + rng.choice(["工厂", "分公司"]
				if c["ind"][3] == "factory" else ["办公室", "分公司"])
		return "%s - %s %s" % (base, other[1], rng.choice(["factory",
			"plant", "warehouse"] if c["ind"][3] == "factory" else
			["office", "branch"]))
	return None


def SIMP_OF(s):
	return "".join(SIMP.get(ch, ch) for ch in s)


def syls_of(word):
	"""A pinyin word cut into syllables by the table (greedy)."""
	w, out = word.lower(), []
	allsy = sorted({p.rstrip("12345").replace("v", "u") for p in PY.values()},
		key=len, reverse=True)
	while w:
		for s in allsy:
			if w.startswith(s):
				out.append(s)
				w = w[len(s):]
				break
		else:
			return [word]
	return out


REAL = [("exact", 8), ("zh", 10), ("zh-city", 7), ("zh-short", 6), ("en", 7),
	("pinyin", 8), ("tones", 4), ("tonenum", 2), ("split", 5), ("legal", 6),
	("abbrev", 4), ("fullwidth", 4), ("cantonese", 4), ("postal", 2),
	("traditional", 4), ("portuguese", 5), ("person", 4), ("reorder", 3),
	("cut", 3), ("typo", 4), ("caps", 3), ("mixed", 3), ("branch", 2)]


def real_row(rng, g):
	for _ in range(400):
		i = rng.randrange(len(g.custs))
		c = g.custs[i]
		kind = rng.choices([k[0] for k in REAL], [k[1] for k in REAL])[0]
		t = n_kind(rng, g, c, kind)
		if not t:
			continue
		t = " ".join(t.split())
		if real_ok(g, t, i):
			return (t, i, kind, c["desk"])
	raise SystemExit("gen-link-blind24: no real row after 400 draws")


# ---- impostors ---------------------------------------------------------
def fresh_brand(rng, g):
	while True:
		b = "".join(rng.sample(BRAND, 2))
		if b not in g.brands:
			return b


def overlap(ind, c):
	"""ind shares a word with customer c's line of business ("Technology"
	in "Electronic Technology"): the name would read as c's own."""
	return bool(set(ind[1].split()) & set(c["ind"][1].split()) or
		set(seg(ind[0], "")) & set(seg(c["ind"][0], "")))


def shape(rng, ci, b, ind, lang):
	city = CITIES[ci]
	if lang == "zh":
		return city[0] + b + ind[0] + ("" if ind[0][-1] in "所部" else
			"有限公司")
	return "%s %s %s %s" % (city[1], pinyin(b).capitalize(), ind[1],
		"" if ind[0][-1] in "所部" else legal_en(rng))


def i_kind(rng, g, kind):
	c = g.custs[rng.randrange(len(g.custs))]
	if kind in ("group", "franchise"):
		pool = g.groups if kind == "group" else g.chains
		if not pool:
			return None
		c = g.custs[rng.choice(pool)]
	lang = rng.choice(("zh", "en"))
	if kind == "rare word":
		if not c["brand"] or c["type"] in ("chamber", "pt", "rep"):
			return None
		ind = rng.choice(INDUSTRY)
		if (c["brand"], ind[0]) in g.brandind or overlap(ind, c):
			return None
		ci = rng.randrange(len(CITIES) - 1)
		b = c["brand"]
		if c.get("fb"):
			return rng.choice(["%s%s（%s）有限公司" % (b, ind[0],
				CITIES[ci][0]), "%s %s (%s) Co., Ltd." % (c["fb"], ind[1],
				CITIES[ci][1])])
		return shape(rng, ci, SIMP_OF(b), ind, lang)
	if kind == "surname":
		s = rng.choices(SURN, SURN_W)[0]
		return rng.choice(["%s记茶楼" % s[0], "%s's Tea House" % s[1],
			"%s %s Trading" % (s[1], pinyin(rng.choice(GIVEN)).capitalize()),
			"%s氏牙科诊所" % s[0], "%s Dental Clinic" % s[1],
			"%s & Partners" % s[1], "%s Kee Noodles" % s[2],
			"%s Family Clinic" % s[1]])
	if kind == "group":
		if not c["group"]:
			return None
		ind = rng.choice(INDUSTRY)
		ci = rng.randrange(len(CITIES) - 1)
		if ci == c["ci"] or (c["brand"], ind[0]) in g.brandind or \
				overlap(ind, c):
			return None
		return shape(rng, ci, c["brand"], ind, lang)
	if kind == "franchise":
		if not c["chain"]:
			return None
		ci = rng.choice([k for k in DISTRICTS if k != CITIES[c["ci"]][0]
			and k != "澳门"])
		if (c["chain"], ci) in g.chaincity:	# that city's franchisee
			return None
		cc = [x for x in CITIES if x[0] == ci][0]
		d = rng.choice(DISTRICTS[ci])
		b = fresh_brand(rng, g)
		if lang == "zh":
			return "%s%s餐饮管理有限公司（%s%s店）" % (ci, b, c["chain"][0],
				d[0])
		return "%s %s Catering Management Co., Ltd. (%s %s)" % (cc[1],
			pinyin(b).capitalize(), c["chain"][1], d[1])
	if kind == "namesake":
		if c["type"] not in ("local", "law", "school") or not c["brand"]:
			return None
		ci = rng.randrange(len(CITIES) - 1)
		if ci == c["ci"]:
			return None
		city = CITIES[ci]
		b = c["brand"]
		if lang == "zh":	# not the customer's own line of business
			what = rng.choice(["五金厂", "塑胶模具厂", "贸易商行", "印刷厂"])
			return None if what[:2] in c["zh"] else city[0] + b + what
		what = rng.choice(["Hardware Factory", "Mould Factory",
			"Trading Firm", "Printing Works", "Garment Factory"])
		return None if what.split()[0] in c["en"] else "%s %s %s" % (
			city[1], pinyin(b).capitalize(), what)
	if kind == "vendor":
		return rng.choice(VENDORS)
	if kind == "personal":
		p = person(rng, rng.random() < 0.1)
		if (p[0], p[1]) in g.pname or (p[2],) in g.pname:
			return None	# a contact's name: the customer's own
		return rng.choice(["%s %s (home)" % (p[0], p[1]),
			"%s 家里电脑" % (p[2] or p[1]), "%s personal laptop" % p[1],
			"%s老师" % (p[2][:1] or "王")])
	if kind == "own staff":
		d = rng.choice(CITIES)
		return rng.choice(["Internal - %s office" % d[1], "IT内部 %s" % d[0],
			"Our %s desk" % d[1], "%s-LAB" % d[6]])
	if kind == "test":
		return rng.choice(["Test 测试", "新客户", "Demo PC", "测试电脑",
			"Prospect - %s" % rng.choice(CITIES)[1], "试用客户"])
	if kind == "same shape":
		b = fresh_brand(rng, g)
		ind = rng.choice(INDUSTRY)
		return shape(rng, rng.randrange(len(CITIES) - 1), b, ind, lang)
	return None


IMP = [("rare word", 18), ("surname", 12), ("group", 8), ("franchise", 6),
	("namesake", 14), ("vendor", 9), ("personal", 7), ("own staff", 4),
	("test", 4), ("same shape", 18)]


def impostor_row(rng, g):
	for _ in range(400):
		kind = rng.choices([k[0] for k in IMP], [k[1] for k in IMP])[0]
		t = i_kind(rng, g, kind)
		if not t:
			continue
		t = " ".join(t.split())
		if impostor_ok(g, t):
			return (t, None, "impostor: " + kind, rng.choice(DESKS))
	raise SystemExit("gen-link-blind24: no impostor after 400 draws")


def draw_rows(rng, g, n):
	return [impostor_row(rng, g) if rng.random() < 0.25 else
		real_row(rng, g) for _ in range(n)]


def machine(rng, g, row):
	typed, i, kind, desk = row
	if i is not None and rng.random() < 0.75:
		return rng.choice(g.custs[i]["assets"])["name"]
	r = rng.random()
	if i is None and r < 0.1:
		return rng.choice(DEPT) + rng.choice(("-PC", "1", "2"))
	if r < 0.2:
		return "PC-%d%02d%02d%s" % (rng.randint(2012, 2023),
			rng.randint(1, 12), rng.randint(1, 28), rnd(rng, 4))
	return rng.choice(("DESKTOP-", "LAPTOP-")) + rnd(rng, 7)


def main():
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random("blind24:" + seed)
	g = population(rng, ncust)
	g.la = scr.label_audit()
	index(g)
	rows = draw_rows(rng, g, nnames)
	for c in g.custs:
		for k in ("ci", "desk", "macau", "pt", "chain", "group", "brand",
				"ind", "bro", "type", "zh", "en", "fb", "people", "ptcore"):
			c.pop(k, None)
	scr.write_desk_set(rng, out, g.custs, rows,
		lambda row: machine(rng, g, row), TECHS,
		("blind24", seed, 1805000000, 1187, 70))


if __name__ == "__main__":
	main()
