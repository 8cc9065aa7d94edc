#!/usr/bin/env python3
# gen-link-blind20.py NCUST NNAMES SEED OUTDIR - the twentieth held-out
# link benchmark (session 15): a South Asian MSP, one Syncro account and
# one ScreenConnect, desks in Bengaluru (BLR: Bengaluru, Chennai,
# Hyderabad), Mumbai (BOM: Mumbai, Pune, Ahmedabad, Delhi NCR, Kolkata),
# Karachi/Lahore (PK), Dhaka/Chittagong (BD), Colombo/Kandy (LK) and
# Kathmandu (NP).  Customers: hospitals, nursing homes, clinics and
# diagnostic centres, dental clinics, chemists, CA firms, advocates, tax
# consultants, schools, colleges and coaching classes, trusts and
# societies, co-operative banks and credit societies, hotels and guest
# houses, travel agents, garment exporters, textile mills, traders and
# distributors, IT/BPO firms, municipal bodies and panchayats.  Writes
# OUTDIR/customers.json (Syncro's business_name, address, address_2, city,
# state, zip, contacts, assets), names.tsv (typed TAB true id or "" for an
# impostor TAB kind TAB machine), sessions.jsonl and sessions-machine.jsonl
# through screenconnect_record.  Python stdlib only; deterministic for a
# seed.  Customer ids from 30000000.
#
# Where the habits come from (public sources, as I know them):
# - Legal forms: India's Companies Act 2013 (s. 2(68) private company,
#   "Private Limited" and its registered short forms "Pvt. Ltd."/"Pvt
#   Ltd"; s. 2(62) One Person Company, "(OPC) Private Limited"), the LLP
#   Act 2008 ("LLP"), HUF as an Income-tax Act assessee, trusts and
#   societies (Societies Registration Act 1860), "Co-operative Society
#   Ltd." / "Sahakari Bank Ltd." (state co-operative acts; RBI's list of
#   urban co-operative banks); Pakistan's Companies Act 2017 and SECP
#   names "(Pvt.) Ltd." and "(SMC-Pvt.) Ltd." (single member company);
#   Bangladesh RJSC "Ltd."/"Limited"; Sri Lanka Companies Act No. 7 of 2007
#   "(Private) Limited", written "(Pvt) Ltd", and "PLC"; Nepal's Office of
#   the Company Registrar "Pvt. Ltd." (written "P. Ltd." on signboards).
#   MCA21 company master data and SECP's company search show the dotted,
#   undotted and bracketed spellings side by side.
# - Given names as initials ("K. R. Iyer", "S.N. Gupta", "KR Iyer"): the
#   South Indian initial convention (father's/village name as initial,
#   Wikipedia "Tamil name", "Indian name"); CA and law firms are named for
#   partners this way (ICAI's firm directory: "K. R. Iyer & Co.").
#   Patronymics and "Kumar"/"Lal"/"Prasad" middle names dropped, surnames
#   moved in front (Wikipedia "Indian name", "Bengali name", "Sinhalese
#   name": Sri Lankan names "Jayawardena Mudiyanselage ..."), Bangladeshi
#   "Md." for Mohammad (Wikipedia "Bengali Muslim names", passports of
#   Bangladesh spell "MD.").
# - Romanisation variants of one name: Hunterian vs. phonetic spellings
#   (Laxmi/Lakshmi, Shree/Shri/Sri, Ganesh/Ganesha, Venkateswara/
#   Venkateshwara), Muhammad in its many spellings (Wikipedia "Muhammad
#   (name)": Mohammad, Mohammed, Mohd, Md.), Chowdhury/Choudhary/Chaudhry
#   (Wikipedia "Chaudhry"), Jayawardena/Jayawardene, Hossain/Hussain,
#   Rahman/Rehman, Shrestha/Shreshtha, aa/a and ee/i doubling (Aarogya/
#   Arogya), th/t, w/v (Wikipedia "Hindustani orthography", "ISO 15919"
#   versus everyday spellings on signboards).
# - Hinglish and honorifics ("Sharma ji", "Iyer sir", "Khan sahab",
#   "Rahman bhai", Nepali "dai", Tamil "anna", Sinhala "aiya") and
#   "aur"/"evam" for "and" (Wikipedia "Hinglish", "Honorifics in Hindi";
#   "evam" in Hindi firm names "... evam Sahyogi").
# - Native scripts: Devanagari (Hindi, Marathi, Nepali), Bengali, Urdu
#   (Nastaliq), Sinhala and Tamil forms of the name, written beside the
#   Latin one as on signboards and on Nepali and Bangladeshi invoices
#   (Unicode charts; Nepal's company register prints both scripts).
# - Abbreviations: "Hosp.", "Intl", "Mfg", "Engg", "Assoc.", "Co-op",
#   "Soc.", "Ent.", "Dist.", "Diag.", "Sr. Sec." - the ones Indian
#   letterheads and bank statements (NEFT narrations cut at 30 characters)
#   carry; acronyms of deity-name firms ("SLV Hospital" for Sri Lakshmi
#   Venkateswara; KPN, SRS Travels), of co-operative banks and municipal
#   corporations (PMC, BBMP, KMC).
# - Branch qualifiers: suburbs with (E)/(W) (Andheri (E), Borivali (W)),
#   Noida/Gurugram sectors, Karachi/Lahore DHA phases and blocks, Colombo
#   postal districts (Colombo 03), Kathmandu toles, "Unit 2", road names
#   (MG Road): India Post PIN directory, Karachi and Lahore town plans.
# - Typos: Indian offices type on the US QWERTY layout (BIS IS 16350
#   InScript is for Devanagari; Latin is US QWERTY), so slips are QWERTY
#   neighbours, doubled and dropped letters, swapped neighbours.
# - Machines: Windows' default DESKTOP-/LAPTOP- names, Windows 7's
#   USER-PC/OWNER-PC, and MSP names CODE-ROLENN with roles Indian offices
#   use (TALLY for the Tally ERP server, BILLING, OPD, IPD, GODOWN,
#   ARTICLE for CA articled clerks, CBS for a bank's core banking PC).
# - Impostors: surnames shared by millions (Sharma, Patel, Singh, Khan,
#   Rahman, Perera, Fernando, Shrestha: Forebears surname counts), deity
#   and auspicious words that thousands of shops share (Shree Ganesh,
#   Balaji, Sai, Madina), family hospitals beside the same family's trust
#   and school, namesakes in another city, vendors (Tally, Airtel, Jio),
#   prospects and people.
#
# Kinds (shares in KINDS and IMPOSTORS; about one row in four an
# impostor): exact, legal (form dropped, added or respelt), initials
# (given names as initials, dotted or not), surname (initials dropped or
# the surname first), spelling (romanisation variants), abbrev, acronym
# (of a deity-name stem or a town body), connector (& as and/aur/evam/n),
# branch (suburb, road, Unit 2), reorder, truncated (a field's length or
# last words), typo and two typos (QWERTY), case, honorific, script
# (native script beside the Latin), local word, split (Sai Ram/Sairam),
# two habits; impostors: surname, rare word, family, namesake (another
# city, another trade), deity, personal, prospect, vendor.
#
# Labels: a real row is redrawn when label-audit.py doubts it (words,
# edit, acronym), when in one spelling (CANON, LOCAL) another customer's
# words hold it (a typed initial standing for any word it begins), or when
# a cut name begins another customer's name; an impostor is redrawn on all
# of the audit's impostor rules (namesake, site, held, joined) and when
# it is within one edit of a customer's name, a customer's name with one
# letter moved, one spelling of a customer's name (less a qualifier or its
# last two words), held by a customer in one spelling, or a customer's
# name with given-name initials dropped.
import bisect
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import screenconnect_record as scr  # noqa: E402

la = scr.label_audit()

# country: (desk, [(city, state, zip prefix, [areas], [roads])])
PLACES = {
	"IN": [
		("BLR", "Bengaluru", "Karnataka", "560", ["Koramangala",
			"Indiranagar", "Jayanagar", "Whitefield", "Malleshwaram",
			"HSR Layout", "BTM Layout", "Rajajinagar"], ["MG Road",
			"Residency Road", "Hosur Road", "Old Airport Road"]),
		("BLR", "Chennai", "Tamil Nadu", "600", ["T. Nagar", "Anna Nagar",
			"Adyar", "Velachery", "Mylapore"], ["Anna Salai",
			"Poonamallee High Road", "OMR"]),
		("BLR", "Hyderabad", "Telangana", "500", ["Ameerpet", "Kukatpally",
			"Banjara Hills", "Secunderabad", "Madhapur"], ["Road No. 12",
			"SP Road"]),
		("BOM", "Mumbai", "Maharashtra", "400", ["Andheri (E)",
			"Andheri (W)", "Borivali (W)", "Dadar (W)", "Vashi", "Powai",
			"Goregaon (E)", "Fort", "Ghatkopar (E)", "Thane (W)"],
			["SV Road", "LBS Marg", "Linking Road", "LT Marg"]),
		("BOM", "Pune", "Maharashtra", "411", ["Kothrud", "Hadapsar",
			"Baner", "Shivajinagar", "Camp"], ["FC Road", "JM Road"]),
		("BOM", "Ahmedabad", "Gujarat", "380", ["Navrangpura", "Maninagar",
			"Satellite", "Vastrapur"], ["CG Road", "SG Highway"]),
		("BOM", "New Delhi", "Delhi", "110", ["Karol Bagh", "Lajpat Nagar",
			"Rohini", "Dwarka", "Connaught Place"], ["Ring Road"]),
		("BOM", "Noida", "Uttar Pradesh", "201", ["Sector 18", "Sector 62",
			"Sector 15"], ["Film City Road"]),
		("BOM", "Gurugram", "Haryana", "122", ["Sector 14", "Sector 29",
			"DLF Phase 2"], ["Sohna Road", "Golf Course Road"]),
		("BOM", "Kolkata", "West Bengal", "700", ["Salt Lake", "Park Street",
			"Behala", "Ballygunge"], ["AJC Bose Road", "Camac Street"]),
	],
	"PK": [
		("PK", "Karachi", "Sindh", "75", ["Clifton", "Gulshan-e-Iqbal",
			"Saddar", "DHA Phase 6", "PECHS", "Korangi"],
			["Shahrah-e-Faisal", "II Chundrigar Road"]),
		("PK", "Lahore", "Punjab", "54", ["Gulberg", "Model Town",
			"Johar Town", "DHA Phase 5"], ["Mall Road", "Ferozepur Road"]),
		("PK", "Faisalabad", "Punjab", "38", ["Madina Town", "Peoples Colony"],
			["Jail Road"]),
	],
	"BD": [
		("BD", "Dhaka", "", "12", ["Dhanmondi", "Gulshan", "Uttara",
			"Mirpur", "Motijheel", "Banani"], ["Mirpur Road",
			"Airport Road"]),
		("BD", "Chittagong", "", "40", ["Agrabad", "GEC Circle",
			"Nasirabad"], ["CDA Avenue"]),
	],
	"LK": [
		("LK", "Colombo", "Western", "00", ["Colombo 03", "Kollupitiya",
			"Wellawatte", "Nugegoda", "Dehiwala", "Rajagiriya"],
			["Galle Road", "Duplication Road", "Baseline Road"]),
		("LK", "Kandy", "Central", "20", ["Peradeniya", "Katugastota"],
			["Peradeniya Road"]),
	],
	"NP": [
		("NP", "Kathmandu", "Bagmati", "446", ["Thamel", "New Baneshwor",
			"Maharajgunj", "Putalisadak", "Kalimati"], ["Ring Road",
			"Durbar Marg"]),
		("NP", "Lalitpur", "Bagmati", "447", ["Pulchowk", "Jawalakhel"],
			["Kupondole Road"]),
	],
}
SHARE = [("IN", 62), ("PK", 13), ("BD", 11), ("LK", 8), ("NP", 6)]

# People: (given names, surnames) by community; the surname lists open
# with the common ones that prove nothing.
PEOPLE = {
	"north": (["Ramesh", "Suresh", "Rajesh", "Anil", "Sunil", "Vijay",
		"Sanjay", "Manoj", "Ashok", "Deepak", "Pankaj", "Amit", "Rahul",
		"Neha", "Pooja", "Priya", "Sunita", "Kavita", "Rakesh", "Vinod",
		"Mukesh", "Naresh", "Dinesh", "Alok", "Vivek", "Nitin", "Gaurav"],
		["Sharma", "Gupta", "Singh", "Agarwal", "Verma", "Jain", "Mehta",
		"Kapoor", "Malhotra", "Khanna", "Bansal", "Goyal", "Mittal",
		"Srivastava", "Tiwari", "Mishra", "Pandey", "Chauhan", "Saxena",
		"Bhatia", "Arora", "Sethi", "Maheshwari", "Khandelwal"]),
	"guj": (["Jignesh", "Hitesh", "Kalpesh", "Paresh", "Bhavesh", "Nilesh",
		"Hemant", "Dhaval", "Chirag", "Hetal", "Falguni", "Mehul"],
		["Patel", "Shah", "Desai", "Parikh", "Modi", "Thakkar", "Trivedi",
		"Dave", "Panchal", "Vora", "Zaveri", "Gandhi"]),
	"mar": (["Sachin", "Prashant", "Santosh", "Mahesh", "Sandeep", "Swati",
		"Ashwini", "Vaishali", "Amol", "Tushar", "Vishal"],
		["Kulkarni", "Deshpande", "Joshi", "Patil", "Pawar", "Jadhav",
		"Gokhale", "Kale", "Bhosale", "Shinde", "Deshmukh", "Apte"]),
	"tam": (["Venkatesh", "Srinivasan", "Karthik", "Senthil", "Murali",
		"Meena", "Saravanan", "Bala", "Ganesh", "Anand", "Lakshmi",
		"Raghavan", "Sundar"],
		["Iyer", "Iyengar", "Subramanian", "Krishnan", "Natarajan",
		"Pillai", "Sundaram", "Ramaswamy", "Chettiar", "Mudaliar",
		"Venkataraman", "Balasubramanian"]),
	"kan": (["Manjunath", "Nagaraj", "Prakash", "Srinivas", "Raghu",
		"Harish", "Lokesh", "Madhavi", "Sridevi", "Ravi", "Chandrashekar"],
		["Rao", "Reddy", "Shetty", "Hegde", "Naidu", "Gowda", "Bhat",
		"Kamath", "Prabhu", "Pai", "Murthy", "Setty"]),
	"ben": (["Subhash", "Debashish", "Partha", "Sourav", "Arindam",
		"Moumita", "Tapas", "Amitabha", "Sanjib", "Indranil"],
		["Banerjee", "Chatterjee", "Mukherjee", "Ghosh", "Bose", "Sen",
		"Dutta", "Roy", "Das", "Sarkar", "Chakraborty", "Bhattacharya"]),
	"pk": (["Muhammad", "Ahmed", "Ali", "Imran", "Asif", "Tariq", "Kamran",
		"Faisal", "Usman", "Bilal", "Zubair", "Naveed", "Saima", "Ayesha",
		"Sohail", "Waqas", "Adnan", "Yousuf"],
		["Khan", "Malik", "Qureshi", "Siddiqui", "Chaudhry", "Butt",
		"Sheikh", "Awan", "Baig", "Mirza", "Hashmi", "Rizvi", "Javed",
		"Iqbal", "Raza", "Ansari", "Akhtar", "Hussain", "Paracha"]),
	"bd": (["Mohammad", "Abdul", "Rafiqul", "Shahidul", "Aminul", "Kamrul",
		"Mizanur", "Habibur", "Nasrin", "Farhana", "Tanvir", "Sabbir",
		"Arif", "Jahangir"],
		["Rahman", "Hossain", "Islam", "Ahmed", "Chowdhury", "Uddin",
		"Alam", "Haque", "Khan", "Sarker", "Saha", "Miah", "Bhuiyan",
		"Talukder", "Majumder"]),
	"lk": (["Nimal", "Sunil", "Chaminda", "Ruwan", "Kasun", "Lalith",
		"Priyantha", "Nuwan", "Dilani", "Chandrika", "Sampath", "Thilak",
		"Sivakumar"],
		["Perera", "Fernando", "Silva", "Jayawardena", "Wickramasinghe",
		"Bandara", "Dissanayake", "Gunasekara", "Senanayake", "Rathnayake",
		"Wijesinghe", "Herath", "Jayasuriya", "Mendis", "Selvarajah"]),
	"np": (["Ram", "Hari", "Krishna", "Bishnu", "Gopal", "Sita", "Suman",
		"Rajendra", "Binod", "Prakash", "Sunita", "Dipak", "Rabin"],
		["Shrestha", "Maharjan", "Tamang", "Gurung", "Sharma", "Adhikari",
		"Thapa", "Joshi", "Pradhan", "Bajracharya", "Shakya", "Karki",
		"Poudel", "Bhattarai", "Koirala"]),
}
COMMUNITY = {"Bengaluru": ["kan", "tam", "north"], "Chennai": ["tam"],
	"Hyderabad": ["kan", "north"], "Mumbai": ["mar", "guj", "north"],
	"Pune": ["mar", "north"], "Ahmedabad": ["guj"], "New Delhi": ["north"],
	"Noida": ["north"], "Gurugram": ["north"], "Kolkata": ["ben", "north"],
	"Karachi": ["pk"], "Lahore": ["pk"], "Faisalabad": ["pk"],
	"Dhaka": ["bd"], "Chittagong": ["bd"], "Colombo": ["lk"],
	"Kandy": ["lk"], "Kathmandu": ["np"], "Lalitpur": ["np"]}
COMMON = {"Sharma", "Gupta", "Singh", "Patel", "Shah", "Khan", "Rahman",
	"Hossain", "Islam", "Ahmed", "Perera", "Fernando", "Silva",
	"Shrestha", "Joshi", "Rao", "Reddy", "Iyer", "Malik", "Das"}

# Business stems: deity and auspicious words, rivers, invented brand
# words, by country.
STEMS = {
	"IN": ["Shree Ganesh", "Sri Lakshmi", "Balaji", "Sai", "Om Sai",
		"Sai Krishna", "Sri Venkateswara", "Mahalakshmi", "Jai Ambe",
		"Durga", "Hanuman", "Shiv Shakti", "Sri Sai Ram", "Vinayaka",
		"Sri Murugan", "Annapurna", "Gayatri", "Saraswati", "Ganga",
		"Kaveri", "Narmada", "Sunrise", "Lifeline", "Sanjeevani",
		"Aarogya", "Dhanvantari", "Pinnacle", "Navjeevan", "Sahyadri",
		"Vedanta", "Sparsh", "Prarthana", "Nirmal", "Amrut", "Kalyan",
		"Ashirwad", "Shubham", "Mangal", "Bharat", "Swastik", "Tirupati",
		"Siddhivinayak", "Shivam", "Kamdhenu", "Navratna", "Zenith",
		"Unique", "Green Valley", "Sri Sai Balaji", "Jyoti", "Vidya",
		"Rajdhani", "Sagar", "Kohinoor", "Paras", "Shanti", "Chetana",
		"Sri Raghavendra", "Sri Krishna", "Gokul", "Vrindavan", "Ashoka",
		"Shree Ram", "Jagdamba", "Chamundi", "Sri Durga Parameshwari",
		"Sri Chakra", "Mayur", "Kamal", "Suraj", "Prabhat", "Ujala",
		"Apna", "Mahavir", "Parshwanath", "Gurukripa", "Sai Leela",
		"Sri Balaji", "Nandi", "Triveni", "Indraprastha", "Deccan"],
	"PK": ["Al-Madina", "Al-Noor", "Al-Rehman", "Bismillah", "Madina",
		"Noor", "Crescent", "Shaheen", "Hilal", "Al-Karim", "Ittefaq",
		"Sitara", "Falcon", "Indus", "Ravi", "Chenab", "Mehran", "Quaid",
		"Zamzam", "Makkah", "Al-Habib", "Fazal", "Rehmat", "Barkat",
		"Pak", "Shalimar", "Kohistan", "Punjab", "Sindh", "Iqra"],
	"BD": ["Padma", "Meghna", "Jamuna", "Shapla", "Sonar Bangla", "Rupsha",
		"Karnaphuli", "Amana", "Nurjahan", "Rupali", "Surma", "Dhanshiri",
		"Moonlight", "Bismillah", "Al-Amin", "Tista", "Shurjo", "Ananda",
		"Prottasha", "Nabil", "Shah Amanat", "Bengal", "Fariha",
		"Green Bangla", "Matribhumi"],
	"LK": ["Lanka", "Ceylon", "Serendib", "Ruhuna", "Kelani", "Mahaweli",
		"Sigiri", "Lotus", "Kandyan", "Ratna", "Nelum", "Isuru", "Sisira",
		"Lak", "Sri Lanka", "Araliya", "Suwa", "Sampath", "Hela",
		"Siyapatha", "Lakmini", "Rajarata"],
	"NP": ["Himalayan", "Everest", "Annapurna", "Sagarmatha", "Bagmati",
		"Gandaki", "Lumbini", "Machhapuchhre", "Kailash", "Manakamana",
		"Pashupati", "Swayambhu", "Gorkha", "Janakpur", "Shree Ganesh",
		"Mount View", "Namaste", "Kantipur", "Sahara", "Shubha Laxmi"],
}

# sector: (weight, templates, legal form kind, machine roles).  {S} stem,
# {P} surname, {I} a person (initials or given + surname), {T} town.
# Legal kinds: "co" company forms, "llp" partnership forms, "" none.
SECTORS = {
	"hospital": (10, ["{S} Hospital", "{P} Memorial Hospital",
		"{S} Multispeciality Hospital", "{S} Nursing Home",
		"{P} Nursing Home", "{S} Hospital & Research Centre",
		"{S} Heart Care Centre", "{S} Maternity Home",
		"{S} Eye Hospital", "{S} Children's Hospital"], "co",
		["RECEPTION", "OPD", "IPD", "BILLING", "PHARMACY", "NURSING",
		"MRD", "ICU", "ACCOUNTS"]),
	"diag": (9, ["{S} Diagnostics", "{S} Diagnostic Centre",
		"{S} Pathology Lab", "{S} Path Lab", "{P} Clinic",
		"Dr. {P}'s Clinic", "{S} Imaging & Diagnostic Centre",
		"{S} Clinical Laboratory", "{S} Polyclinic", "{S} Scan Centre"],
		"co", ["RECEPTION", "LAB", "XRAY", "REPORTS", "BILLING", "USG"]),
	"dental": (5, ["{S} Dental Clinic", "{S} Dental Care",
		"{P} Dental Hospital", "{S} Dental Centre",
		"Dr. {P}'s Dental Clinic"], "", ["RECEPTION", "XRAY", "DOCTOR"]),
	"chemist": (7, ["{S} Medical Stores", "{S} Medicals",
		"{S} Chemists & Druggists", "{S} Pharmacy", "{S} Medical Hall",
		"{S} Medicos", "{P} Medical Store"], "", ["BILLING", "COUNTER",
		"STOCK"]),
	"ca": (9, ["{I} & Associates", "{P} & Associates", "{I} & Co.",
		"{P} {Q} & Co.", "{P} & Co. Chartered Accountants",
		"{I} & Associates LLP", "{P} {Q} & Associates"], "",
		["TALLY", "ARTICLE", "AUDIT", "PARTNER", "ACCOUNTS"]),
	"law": (5, ["{I} Advocates", "{P} & Associates Advocates & Solicitors",
		"{P} Law Chambers", "{P} & Co. Solicitors", "{P} Legal Associates",
		"{I} Law Associates"], "", ["CLERK", "PARTNER", "LIBRARY"]),
	"tax": (4, ["{P} Tax Consultants", "{S} Tax Consultancy Services",
		"{I} Tax & Accounting Services", "{S} GST Consultants"], "",
		["TALLY", "GST", "ACCOUNTS"]),
	"school": (6, ["{S} Public School", "{S} Vidya Mandir",
		"{S} International School", "{S} Higher Secondary School",
		"{S} Convent School", "{S} English Medium School",
		"{S} Vidyalaya"], "", ["OFFICE", "PRINCIPAL", "LAB", "ACCOUNTS",
		"STAFFROOM"]),
	"college": (5, ["{S} College of Commerce", "{S} Institute of Management",
		"{S} Coaching Classes", "{S} Academy", "{S} Tutorials",
		"{S} Institute of Technology", "{S} Degree College"], "",
		["OFFICE", "LAB", "EXAM", "ACCOUNTS", "LIBRARY"]),
	"trust": (4, ["{P} Charitable Trust", "{S} Education Society",
		"{S} Seva Samiti", "{S} Foundation", "{P} Family Trust",
		"{S} Welfare Society"], "", ["OFFICE", "ACCOUNTS"]),
	"coop": (4, ["{T} Urban Co-operative Bank Ltd.",
		"{S} Co-operative Credit Society Ltd.", "{S} Sahakari Bank Ltd.",
		"{S} Multi-State Co-operative Credit Society Ltd.",
		"{S} Employees Co-operative Society Ltd."], "",
		["CASH", "CBS", "MANAGER", "LOANS", "CLERK"]),
	"hotel": (6, ["Hotel {S}", "{S} Residency", "{S} Guest House",
		"{S} Inn", "{S} Lodge", "Hotel {S} International",
		"{S} Comforts"], "co", ["FRONTDESK", "POS", "RESTAURANT",
		"ACCOUNTS"]),
	"travel": (5, ["{S} Tours & Travels", "{S} Travels", "{S} Holidays",
		"{S} Tour and Travels", "{S} Air Travels"], "co",
		["TICKETING", "ACCOUNTS", "COUNTER"]),
	"garment": (6, ["{S} Exports", "{S} Apparels", "{S} Garments",
		"{S} Fashions", "{S} Knitwear", "{S} Knit Composite",
		"{S} Creations", "{S} Overseas"], "co",
		["MERCH", "CAD", "HR", "STORE", "ACCOUNTS"]),
	"textile": (4, ["{S} Textile Mills", "{S} Spinning Mills",
		"{S} Textiles", "{S} Weaving Mills", "{S} Silk Mills",
		"{S} Fabrics"], "co", ["MILL", "GATE", "HR", "ACCOUNTS", "STORE"]),
	"trader": (12, ["{S} Traders", "{S} Enterprises", "{S} Agencies",
		"{P} & Sons", "{P} & Bros.", "{S} Distributors",
		"{S} Trading Co.", "{G} {P} & Sons", "{S} Marketing",
		"{S} Steel Traders", "{S} Hardware", "{S} Electricals",
		"{S} Engineering Works", "{S} Manufacturing Co."], "co",
		["TALLY", "BILLING", "GODOWN", "ACCOUNTS", "STORE"]),
	"it": (6, ["{S} Infotech", "{S} Technologies", "{S} Softech",
		"{S} Software Solutions", "{S} Infosystems", "{S} IT Services",
		"{S} BPO Services", "{S} Data Services", "{S} Business Solutions",
		"{S} International"], "co", ["DEV", "QA", "HR", "VOICE",
		"ADMIN"]),
	"civic": (2, ["{T} Municipal Corporation", "{T} Municipal Council",
		"{T} Nagar Palika Parishad", "{T} Gram Panchayat",
		"{T} Urban Council", "{T} Pourashava", "{T} Rural Municipality",
		"{T} Zilla Parishad"], "", ["CITIZEN", "TAX", "ENGG", "ACCOUNTS",
		"COMMISSIONER"]),
}
# Small towns for banks and civic bodies (a municipal body's own name).
TOWNS = {"IN": ["Hubballi", "Belagavi", "Tumakuru", "Mandya", "Hassan",
	"Udupi", "Kolhapur", "Satara", "Sangli", "Nashik", "Jalgaon", "Latur",
	"Solapur", "Baramati", "Anand", "Nadiad", "Mehsana", "Bhuj", "Rajkot",
	"Vapi", "Hosur", "Vellore", "Salem", "Erode", "Karur", "Tiruppur",
	"Warangal", "Nizamabad", "Karimnagar", "Nellore", "Ongole", "Kurnool",
	"Panipat", "Sonipat", "Rohtak", "Karnal", "Meerut", "Aligarh",
	"Mathura", "Agra", "Bardhaman", "Durgapur", "Asansol", "Siliguri",
	"Haldia", "Kalyani", "Dhule", "Akola", "Amravati", "Wardha", "Ratlam",
	"Ujjain", "Dewas", "Bhilwara", "Ajmer", "Alwar", "Sikar", "Jhansi"],
	"PK": ["Sialkot", "Gujranwala", "Sargodha", "Sahiwal", "Okara", "Kasur",
	"Jhelum", "Mardan", "Hyderabad Sindh", "Sukkur", "Larkana", "Nawabshah",
	"Bahawalpur", "Multan", "Dera Ghazi Khan", "Abbottabad"],
	"BD": ["Gazipur", "Narayanganj", "Savar", "Tangail", "Mymensingh",
	"Comilla", "Feni", "Noakhali", "Bogura", "Rajshahi", "Khulna",
	"Jessore", "Barisal", "Rangpur", "Dinajpur", "Sylhet", "Cox's Bazar"],
	"LK": ["Gampaha", "Negombo", "Kalutara", "Panadura", "Matara", "Galle",
	"Kurunegala", "Kegalle", "Ratnapura", "Badulla", "Anuradhapura",
	"Jaffna", "Batticaloa", "Trincomalee", "Nuwara Eliya", "Matale"],
	"NP": ["Bhaktapur", "Kirtipur", "Pokhara", "Bharatpur", "Hetauda",
	"Butwal", "Biratnagar", "Dharan", "Birgunj", "Janakpur", "Nepalgunj",
	"Dhulikhel", "Banepa", "Itahari", "Damak", "Tansen"]}
# A town's state (or province) and PIN/postcode head, for a body named
# for its town (its own address is there).
TOWN_AT = {}
for _st, _zp, _ts in (("Karnataka", "58", "Hubballi Belagavi Tumakuru Mandya "
		"Hassan Udupi"), ("Maharashtra", "41", "Kolhapur Satara Sangli "
		"Nashik Jalgaon Latur Solapur Baramati Dhule Akola Amravati Wardha"),
		("Gujarat", "38", "Anand Nadiad Mehsana Bhuj Rajkot Vapi"),
		("Tamil Nadu", "63", "Hosur Vellore Salem Erode Karur Tiruppur"),
		("Telangana", "50", "Warangal Nizamabad Karimnagar"),
		("Andhra Pradesh", "52", "Nellore Ongole Kurnool"),
		("Haryana", "13", "Panipat Sonipat Rohtak Karnal"),
		("Uttar Pradesh", "28", "Meerut Aligarh Mathura Agra Jhansi"),
		("West Bengal", "71", "Bardhaman Durgapur Asansol Siliguri Haldia "
		"Kalyani"), ("Madhya Pradesh", "45", "Ratlam Ujjain Dewas"),
		("Rajasthan", "30", "Bhilwara Ajmer Alwar Sikar"),
		("Punjab", "5", "Sialkot Gujranwala Sargodha Sahiwal Okara Kasur "
		"Jhelum Bahawalpur Multan Dera_Ghazi_Khan"),
		("Khyber Pakhtunkhwa", "2", "Mardan Abbottabad"),
		("Sindh", "7", "Hyderabad_Sindh Sukkur Larkana Nawabshah"),
		("", "1", "Gazipur Narayanganj Savar Tangail Mymensingh"),
		("", "3", "Comilla Feni Noakhali Sylhet"),
		("", "4", "Cox's_Bazar"), ("", "5", "Bogura Rangpur Dinajpur"),
		("", "6", "Rajshahi"), ("", "8", "Barisal"),
		("", "9", "Khulna Jessore"),
		("Western", "1", "Gampaha Negombo Kalutara Panadura"),
		("Southern", "8", "Matara Galle"), ("North Western", "6",
		"Kurunegala"), ("Sabaragamuwa", "7", "Kegalle Ratnapura"),
		("Uva", "9", "Badulla"), ("North Central", "5", "Anuradhapura"),
		("Northern", "4", "Jaffna"), ("Eastern", "3",
		"Batticaloa Trincomalee"), ("Central", "2", "Nuwara_Eliya Matale"),
		("Bagmati", "44", "Bhaktapur Kirtipur Dhulikhel Banepa Hetauda "
		"Bharatpur"), ("Gandaki", "33", "Pokhara"), ("Lumbini", "32",
		"Butwal Tansen Nepalgunj"), ("Koshi", "56", "Biratnagar Dharan "
		"Itahari Damak"), ("Madhesh", "45", "Birgunj Janakpur")):
	for _t in _ts.split():
		TOWN_AT[_t.replace("_", " ")] = (_st, _zp)
CIVIC = {"IN": ["Municipal Corporation", "Municipal Council",
	"Nagar Palika Parishad", "Gram Panchayat", "Zilla Parishad"],
	"PK": ["Municipal Corporation", "Municipal Committee"],
	"BD": ["Pourashava", "City Corporation"], "LK": ["Urban Council",
	"Municipal Council", "Pradeshiya Sabha"], "NP": ["Rural Municipality",
	"Municipality", "Sub-Metropolitan City"]}

LEGAL_FORMS = {
	"IN": [("Pvt. Ltd.", 30), ("Private Limited", 22), ("Pvt Ltd", 10),
		("Ltd.", 5), ("Limited", 4), ("LLP", 8), ("(OPC) Pvt. Ltd.", 3),
		("OPC Private Limited", 2), ("", 60)],
	"PK": [("(Pvt.) Ltd.", 40), ("(Pvt) Ltd", 10), ("(SMC-Pvt.) Ltd.", 12),
		("Ltd.", 5), ("", 40)],
	"BD": [("Ltd.", 40), ("Limited", 35), ("", 30)],
	"LK": [("(Pvt) Ltd", 50), ("(Private) Limited", 10), ("PLC", 6),
		("", 30)],
	"NP": [("Pvt. Ltd.", 45), ("Pvt. Ltd", 15), ("P. Ltd.", 8), ("", 30)],
}
LEGAL_TYPED = {"Pvt. Ltd.": ["Pvt Ltd", "P Ltd", "P. Ltd", "Pvt.Ltd.",
	"PVT LTD", "Private Limited", "Pvt. Limited", "(P) Ltd", ""],
	"Private Limited": ["Pvt Ltd", "Pvt. Ltd.", "Pvt Limited", "P Ltd", ""],
	"Pvt Ltd": ["Pvt. Ltd.", "Private Limited", "P Ltd", ""],
	"Ltd.": ["Ltd", "Limited", ""], "Limited": ["Ltd", "Ltd.", ""],
	"LLP": ["L.L.P.", "llp", ""], "(OPC) Pvt. Ltd.": ["OPC Pvt Ltd",
	"Pvt Ltd", "(OPC) Private Limited", ""], "OPC Private Limited": [
	"OPC Pvt Ltd", "(OPC) Pvt. Ltd.", ""], "(Pvt.) Ltd.": ["Pvt Ltd",
	"(Pvt) Ltd", "Pvt. Ltd.", "(Private) Limited", ""], "(Pvt) Ltd": [
	"Pvt Ltd", "(Pvt.) Ltd.", "(Private) Ltd", ""], "(SMC-Pvt.) Ltd.": [
	"(SMC-Pvt) Ltd", "SMC Pvt Ltd", "(Pvt.) Ltd.", "Pvt Ltd", ""],
	"(Private) Limited": ["(Pvt) Ltd", "Pvt Ltd", ""], "PLC": ["plc",
	"Ltd", ""], "Pvt. Ltd": ["Pvt Ltd", "P. Ltd.", "Pvt. Ltd.", ""],
	"P. Ltd.": ["Pvt. Ltd.", "P Ltd", "Pvt Ltd", ""]}

# One name, its everyday romanisations (word level, either way).
VARIANTS = [["Lakshmi", "Laxmi", "Lakshmee"], ["Shree", "Shri", "Sri",
	"Shre"], ["Ganesh", "Ganesha", "Ganesa"], ["Mohammad", "Muhammad",
	"Mohammed", "Mohd", "Md."], ["Muhammad", "Mohammad", "Muhammed",
	"Mohd."], ["Chowdhury", "Choudhary", "Chaudhary", "Choudhury"],
	["Chaudhry", "Chaudhary", "Choudhry"], ["Jayawardena", "Jayawardene",
	"Jayewardene"], ["Venkateswara", "Venkateshwara", "Venkateshwar"],
	["Mahalakshmi", "Mahalaxmi"], ["Aarogya", "Arogya"], ["Sanjeevani",
	"Sanjivani"], ["Dhanvantari", "Dhanwantari"], ["Rahman", "Rehman"],
	["Hossain", "Hussain", "Hossen"], ["Hussain", "Hussein", "Husain"],
	["Ahmed", "Ahmad"], ["Uddin", "Uddeen"], ["Siddiqui", "Siddiqi",
	"Siddique"], ["Qureshi", "Qureshy"], ["Sheikh", "Shaikh", "Shaik"],
	["Yousuf", "Yusuf", "Yousaf"], ["Shrestha", "Shreshtha", "Srestha"],
	["Bajracharya", "Vajracharya"], ["Agarwal", "Aggarwal", "Agrawal"],
	["Srivastava", "Shrivastava"], ["Iyer", "Iyyer"], ["Iyengar",
	"Ayyangar"], ["Subramanian", "Subramaniam", "Subramanyam"],
	["Vinayaka", "Vinayak"], ["Murugan", "Muruga"], ["Jyoti", "Jyothi"],
	["Vidya", "Vidhya"], ["Raghavendra", "Ragavendra"], ["Saraswati",
	"Saraswathi", "Sarswati"], ["Gayatri", "Gayathri"], ["Kaveri",
	"Cauvery"], ["Durga", "Dhurga"], ["Shiv", "Shiva"], ["Ram", "Rama"],
	["Hanuman", "Hanumaan"], ["Balaji", "Baalaji"], ["Tirupati",
	"Tirupathi"], ["Ashirwad", "Aashirwad", "Ashirvad"], ["Amrut",
	"Amrit"], ["Shanti", "Shanthi"], ["Chetana", "Chethana"],
	["Siddhivinayak", "Sidhivinayak"], ["Navjeevan", "Navjivan"],
	["Vrindavan", "Vrundavan", "Brindavan"], ["Jagdamba", "Jagadamba"],
	["Chamundi", "Chamundeshwari"], ["Parameshwari", "Parmeshwari"],
	["Mahavir", "Mahaveer"], ["Gurukripa", "Gurukrupa"], ["Krishna",
	"Krushna"], ["Rehmat", "Rahmat"], ["Barkat", "Barakat"], ["Madina",
	"Madinah", "Medina"], ["Makkah", "Mecca"], ["Fazal", "Fazl"],
	["Nurjahan", "Noorjahan"], ["Amanat", "Amanath"], ["Jamuna", "Yamuna"],
	["Laxmi", "Lakshmi"], ["Sagarmatha", "Sagarmata"], ["Machhapuchhre",
	"Machapuchare"], ["Pashupati", "Pashupathi"], ["Manakamana",
	"Mankamana"], ["Kathmandu", "Kathmandhu"], ["Chittagong",
	"Chattogram"], ["Bengaluru", "Bangalore"], ["Gurugram", "Gurgaon"],
	["Mumbai", "Bombay"], ["Kolkata", "Calcutta"], ["Chennai", "Madras"],
	["Hubballi", "Hubli"], ["Belagavi", "Belgaum"], ["Tumakuru", "Tumkur"],
	["Bogura", "Bogra"], ["Comilla", "Cumilla"], ["Jessore", "Jashore"],
	["Barisal", "Barishal"], ["Wickramasinghe", "Wickremesinghe",
	"Wickramasingha"], ["Rathnayake", "Ratnayake"], ["Gunasekara",
	"Gunasekera"], ["Mukherjee", "Mukherji", "Mukhopadhyay"],
	["Chatterjee", "Chatterji"], ["Banerjee", "Banerji"],
	["Bhattacharya", "Bhattacharjee"], ["Chakraborty", "Chakravarty"],
	["Sarker", "Sarkar"], ["Majumder", "Majumdar"], ["Talukder",
	"Talukdar"], ["Bhuiyan", "Bhuiya"], ["Zaveri", "Javeri", "Jhaveri"],
	["Vishal", "Wishal"], ["Jewellers", "Jewelers"], ["Centre", "Center"],
	["Poudel", "Paudel"], ["Koirala", "Koiraala"], ["Pradhan", "Pradan"],
	["Reddy", "Reddi"], ["Shetty", "Setty"], ["Kulkarni", "Kulkarany"],
	["Diagnostics", "Diagnostix"], ["Medicals", "Medicos"],
	["Co-operative", "Cooperative", "Co-op", "Co op"], ["Sahakari",
	"Sahkari"], ["Vidyalaya", "Vidyalay"], ["Samiti", "Samithi",
	"Samity"], ["Seva", "Sewa"], ["Pourashava", "Paurashava", "Pourasava"],
	["Multispeciality", "Multi Speciality", "Multispecialty",
	"Multi-Specialty"]]
VAR = {}
for _v in VARIANTS:
	for _w in _v:
		VAR.setdefault(_w.lower(), [])
		VAR[_w.lower()] += [x for x in _v if x.lower() != _w.lower()]

# Words one name is typed as, joined (union-find) to one spelling, so
# that no two customers, nor an impostor and a customer, are one name in
# two spellings.
CANON = {}


def _root(w):
	while CANON.get(w, w) != w:
		w = CANON[w]
	return w


for _v in VARIANTS:
	_ks = [" ".join(la.tokens(x)) for x in _v]
	for _k in _ks[1:]:
		a, b = _root(_ks[0]), _root(_k)
		if a != b:
			CANON[b] = a
CANON = {w: _root(w) for w in list(CANON)}
# A clinic's sector word is typed as any of these ("Sri Krishna Dental
# Care" for Sri Krishna Dental Clinic): one word for the label checks.
CANON.update(care="clinic", centre="clinic", center="clinic")
# "And" words, and words a name is typed with or without: Al-Noor is
# Noor, Dr. Joshi's Clinic is Joshi Clinic.
AND = {"and", "aur", "evam", "n", "o", "ra", "al", "dr", "s"}
# The local word for a sector word (Hindi, Urdu, Bengali, Nepali), as
# signboards and people say it: Meerut Nagar Nigam is Meerut Municipal
# Corporation, "aspatal"/"haspatal" a hospital, "dawakhana" a clinic.
LOCAL = {"IN": {"Municipal Corporation": ["Nagar Nigam"],
	"Municipal Council": ["Nagar Parishad"], "Hospital": ["Aspatal"],
	"School": ["Vidyalaya", "Pathshala"], "Medical Stores": [
	"Dawai Bhandar"], "Stores": ["Bhandar"], "Clinic": ["Dawakhana"],
	"Charitable Trust": ["Dharmarth Trust"], "Pharmacy": ["Aushadhalaya"]},
	"PK": {"Hospital": ["Haspatal"], "Clinic": ["Dawakhana"],
	"Medical Store": ["Dawakhana"], "School": ["Madrasa"]},
	"BD": {"Hospital": ["Haspatal"], "Pharmacy": ["Oushadhaloy"],
	"Clinic": ["Chikitsaloy"]},
	"NP": {"Hospital": ["Aspatal"], "School": ["Vidyalaya"],
	"Rural Municipality": ["Gaunpalika"], "Municipality": ["Nagarpalika"],
	"Sub-Metropolitan City": ["Upa-Mahanagarpalika"]},
	"LK": {"Pharmacy": ["Osusala"]}}
PHRASE = {}
for _t in LOCAL.values():
	for _en, _ls in _t.items():
		for _l in _ls:
			PHRASE[" ".join(la.tokens(_l))] = " ".join(la.tokens(_en))


def canon(s):
	"""s's normalised words in one spelling each, "and" words left out,
	a local sector word read as the English one."""
	t = " " + " ".join(la.words(s)) + " "
	for a in sorted(PHRASE, key=len, reverse=True):
		t = t.replace(" %s " % a, " %s " % PHRASE[a])
	return [plain(CANON.get(w, w)) for w in t.split() if w not in AND]


def plain(w):
	"""One form of a word for the label checks: Textiles as Textile,
	Educational as Education (a careful reader takes them as one)."""
	if w.endswith("ional"):
		return w[:-2]
	if len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
		return w[:-1]
	return w


ABBREV = {"Hospital": ["Hosp.", "Hosp", "Hsptl"], "International": ["Intl",
	"Int'l", "Intl."], "Manufacturing": ["Mfg", "Mfg."], "Engineering": [
	"Engg", "Engg."], "Associates": ["Assoc.", "Assocs", "Asso."],
	"Co-operative": ["Co-op", "Coop."], "Society": ["Soc.", "Scty"],
	"Enterprises": ["Ent.", "Enterprise", "Entp"], "Distributors": [
	"Dist.", "Distr."], "Diagnostic": ["Diag.", "Diagn"], "Diagnostics": [
	"Diag.", "Diagno"], "Technologies": ["Tech.", "Techno", "Tech"],
	"Higher Secondary": ["Hr. Sec.", "HS"], "Laboratory": ["Lab"],
	"Multispeciality": ["Multi Spl.", "MSH"], "Corporation": ["Corp.",
	"Corpn"], "Municipal": ["Mpl.", "Mun."], "Services": ["Servs",
	"Svcs"], "Solutions": ["Soln", "Solns"], "Chartered Accountants": [
	"CA"], "Centre": ["Ctr", "Cntr"], "Research": ["Res."],
	"Institute": ["Inst.", "Instt."], "Management": ["Mgmt"],
	"Brothers": ["Bros."], "Bros.": ["Brothers", "Bros"], "Trading": [
	"Trdg"], "Marketing": ["Mktg"], "Travels": ["Trvls"], "Textiles": [
	"Tex"], "Textile": ["Tex."], "Spinning": ["Spg."], "Medical": [
	"Med."], "Education": ["Edu.", "Edn"], "Charitable": ["Ch."],
	"Educational": ["Edu."], "Company": ["Co."], "Electricals": [
	"Elect."], "Nursing Home": ["N. Home", "NH"], "Public School": [
	"Pub. School", "PS"], "Memorial": ["Meml."], "Chemists & Druggists": [
	"Chemist"], "Employees": ["Emp."]}

# Native scripts, word by word (signboard forms).
SCRIPT = {
	"deva": {"shree": "श्री", "sri": "श्री", "ganesh": "गणेश",
		"lakshmi": "लक्ष्मी", "laxmi": "लक्ष्मी", "sai": "साई",
		"balaji": "बालाजी", "durga": "दुर्गा", "om": "ॐ", "jai": "जय",
		"ambe": "अम्बे", "krishna": "कृष्णा", "ram": "राम",
		"hanuman": "हनुमान", "shiv": "शिव", "shakti": "शक्ति",
		"sharma": "शर्मा", "gupta": "गुप्ता", "agarwal": "अग्रवाल",
		"verma": "वर्मा", "singh": "सिंह", "patel": "पटेल",
		"jain": "जैन", "mehta": "मेहता", "joshi": "जोशी",
		"shrestha": "श्रेष्ठ", "thapa": "थापा", "adhikari": "अधिकारी",
		"maharjan": "महर्जन", "gurung": "गुरुङ", "tamang": "तामाङ",
		"medical": "मेडिकल", "stores": "स्टोर्स", "store": "स्टोर",
		"traders": "ट्रेडर्स", "enterprises": "इंटरप्राइजेज",
		"agencies": "एजेंसीज", "hospital": "हॉस्पिटल",
		"clinic": "क्लिनिक", "hotel": "होटल", "travels": "ट्रेवल्स",
		"tours": "टूर्स", "sons": "संस", "nursing": "नर्सिंग",
		"home": "होम", "school": "स्कूल", "public": "पब्लिक",
		"vidya": "विद्या", "mandir": "मंदिर", "vidyalaya": "विद्यालय",
		"seva": "सेवा", "samiti": "समिति", "trust": "ट्रस्ट",
		"himalayan": "हिमालयन", "pharmacy": "फार्मेसी",
		"annapurna": "अन्नपूर्णा", "gayatri": "गायत्री",
		"saraswati": "सरस्वती", "ganga": "गंगा", "mahalakshmi":
		"महालक्ष्मी", "sanjeevani": "संजीवनी", "kalyan": "कल्याण",
		"mangal": "मंगल", "bharat": "भारत", "tirupati": "तिरुपति",
		"shivam": "शिवम", "jyoti": "ज्योति", "shanti": "शान्ति",
		"gokul": "गोकुल", "mahavir": "महावीर", "pashupati": "पशुपति",
		"lumbini": "लुम्बिनी", "everest": "एभरेष्ट", "kailash": "कैलाश",
		"diagnostics": "डायग्नोस्टिक्स", "academy": "एकेडमी",
		"coaching": "कोचिंग", "classes": "क्लासेस", "guest": "गेस्ट",
		"house": "हाउस", "medicals": "मेडिकल्स", "and": "एंड"},
	"beng": {"rahman": "রহমান", "hossain": "হোসেন", "islam": "ইসলাম",
		"ahmed": "আহমেদ", "chowdhury": "চৌধুরী", "saha": "সাহা",
		"alam": "আলম", "haque": "হক", "uddin": "উদ্দিন", "khan": "খান",
		"traders": "ট্রেডার্স", "enterprise": "এন্টারপ্রাইজ",
		"enterprises": "এন্টারপ্রাইজ", "medical": "মেডিকেল",
		"hall": "হল", "pharmacy": "ফার্মেসী", "hospital": "হাসপাতাল",
		"clinic": "ক্লিনিক", "diagnostic": "ডায়াগনস্টিক",
		"centre": "সেন্টার", "store": "স্টোর", "padma": "পদ্মা",
		"meghna": "মেঘনা", "jamuna": "যমুনা", "shapla": "শাপলা",
		"garments": "গার্মেন্টস", "fashions": "ফ্যাশনস",
		"textiles": "টেক্সটাইলস", "sons": "সন্স", "hotel": "হোটেল",
		"school": "স্কুল", "rupsha": "রূপসা", "surma": "সুরমা",
		"bismillah": "বিসমিল্লাহ", "sonar": "সোনার", "bangla": "বাংলা",
		"agencies": "এজেন্সিজ", "travels": "ট্রাভেলস"},
	"urdu": {"khan": "خان", "malik": "ملک", "qureshi": "قریشی",
		"sheikh": "شیخ", "butt": "بٹ", "iqbal": "اقبال", "hussain":
		"حسین", "traders": "ٹریڈرز", "medical": "میڈیکل", "store": "سٹور",
		"stores": "سٹورز", "hospital": "ہسپتال", "clinic": "کلینک",
		"textile": "ٹیکسٹائل", "mills": "ملز", "hotel": "ہوٹل",
		"sons": "سنز", "pharmacy": "فارمیسی", "madina": "مدینہ",
		"noor": "نور", "bismillah": "بسم اللہ", "zamzam": "زمزم",
		"barkat": "برکت", "rehmat": "رحمت", "crescent": "کریسنٹ",
		"enterprises": "انٹرپرائزز", "agencies": "ایجنسیز",
		"fabrics": "فیبرکس", "garments": "گارمنٹس"},
	"sinh": {"perera": "පෙරේරා", "silva": "සිල්වා",
		"fernando": "ප්‍රනාන්දු", "bandara": "බණ්ඩාර",
		"herath": "හේරත්", "lanka": "ලංකා", "stores": "ස්ටෝර්ස්",
		"traders": "ට්‍රේඩර්ස්", "pharmacy": "ෆාමසි", "ratna": "රත්න",
		"nelum": "නෙළුම්", "isuru": "ඉසුරු", "araliya": "අරලිය"},
	"taml": {"sri": "ஸ்ரீ", "murugan": "முருகன்", "stores": "ஸ்டோர்ஸ்",
		"traders": "டிரேடர்ஸ்", "medicals": "மெடிக்கல்ஸ்",
		"lakshmi": "லட்சுமி", "ganesh": "கணேஷ்", "balaji": "பாலாஜி",
		"clinic": "கிளினிக்", "iyer": "ஐயர்", "pillai": "பிள்ளை",
		"textiles": "டெக்ஸ்டைல்ஸ்", "vinayaka": "விநாயகா",
		"hotel": "ஹோட்டல்", "selvarajah": "செல்வராஜா",
		"kaveri": "காவேரி", "saraswati": "சரஸ்வதி"},
}
SCRIPTS_OF = {"IN": ["deva", "taml"], "NP": ["deva"], "BD": ["beng"],
	"PK": ["urdu"], "LK": ["sinh", "taml"]}
HONOR = {"IN": ["ji", "sir", "saab", "sir office", "ji ka office",
	"wale"], "PK": ["sahab", "bhai", "sb"], "BD": ["bhai", "sahab",
	"dada"], "LK": ["aiya", "mahaththaya", "sir"], "NP": ["dai", "ji",
	"sir"]}
CONNECT = {"IN": ["and", "aur", "evam", "n", "+"], "PK": ["and", "aur",
	"n"], "BD": ["and", "o", "n"], "LK": ["and", "n"], "NP": ["and",
	"ra", "n"]}

TECHS = {"BLR": ["Karthik N", "Pradeep Hegde", "Divya R", "Arun Kumar S"],
	"BOM": ["Rohan Desai", "Sneha Kulkarni", "Imran Shaikh", "Nikhil Jain"],
	"PK": ["Hamza Tariq", "Usman Ali", "Sana Javed"],
	"BD": ["Rakib Hasan", "Tanjila Akter", "Shuvo Das"],
	"LK": ["Chathura Perera", "Ishara Fernando"],
	"NP": ["Sujan Shrestha", "Prabin Thapa"]}
DESK = {"BLR": "BLR", "BOM": "BOM", "PK": "PK", "BD": "BD", "LK": "LK",
	"NP": "NP"}

# Real-row kinds and shares (per mille); each applies to a customer only
# when its habit can (initials needs a person, script a known word...).
KINDS = [("exact", 70), ("legal", 100), ("initials", 60), ("surname", 40),
	("spelling", 100), ("abbrev", 70), ("acronym", 40), ("connector", 40),
	("branch", 70), ("reorder", 30), ("truncated", 60), ("typo", 80),
	("two typos", 20), ("case", 40), ("honorific", 30), ("script", 40), ("local word", 30),
	("split", 30), ("two habits", 60)]
IMPOSTORS = [("impostor: surname", 20), ("impostor: rare word", 18),
	("impostor: family", 12), ("impostor: namesake", 12),
	("impostor: deity", 12), ("impostor: personal", 8),
	("impostor: prospect", 10), ("impostor: vendor", 5)]
VENDORS = ["Tally Solutions", "Airtel Broadband", "Jio Fiber", "BSNL",
	"ACT Fibernet", "Hathway", "Grameenphone", "Dialog Axiata", "PTCL",
	"Nayatel", "Worldlink", "Ncell", "Busy Accounting", "Marg ERP",
	"Quick Heal", "K7 Antivirus", "internal - BLR office", "BOM office",
	"test", "demo laptop", "training room", "Tally support call",
	"GST portal help", "Dhaka office", "Colombo office", "KTM office"]

WORD = re.compile(r"[^\s]+")


def pick(rng, pairs):
	tot = sum(w for _, w in pairs)
	x = rng.uniform(0, tot)
	for v, w in pairs:
		x -= w
		if x <= 0:
			return v
	return pairs[-1][0]


class Pop:
	pass


def person(rng, comm):
	given, sur = PEOPLE[comm]
	return rng.choice(given), rng.choice(sur)


def initials_of(rng, given, n):
	"""A person written with initials: K. R. Iyer, the way letterheads
	print a partner."""
	ini = [given[0]] + [rng.choice("ABCDEGHJKLMNPRSTV") for _ in
		range(n - 1)]
	return " ".join(i + "." for i in ini)


def make_name(rng, cc, city, comm):
	"""(core name, sector, info) for one customer."""
	sec = pick(rng, [(s, v[0]) for s, v in SECTORS.items()])
	tmpl = rng.choice(SECTORS[sec][1])
	info = {"sector": sec}
	given, sur = person(rng, comm)
	stem = rng.choice(STEMS[cc])
	if cc != "IN" and rng.random() < 0.15:
		stem = rng.choice(STEMS["IN"][:30]) if cc == "NP" else stem
	if "{S}" in tmpl and rng.random() < 0.15:
		stem = rng.choice(["New", "Royal", "Modern", "National", "Popular",
			"Golden", "Super", "Classic", "City"]) + " " + stem
	elif "{S}" in tmpl and sec in ("hospital", "diag") and \
			rng.random() < 0.15:
		stem = stem + " " + rng.choice(["Care", "Life", "Medicare",
			"Health"])
	town = rng.choice(TOWNS[cc])
	if "{T}" in tmpl:
		tmpl = "{T} " + rng.choice(CIVIC[cc]) if sec == "civic" else tmpl
	q = person(rng, comm)[1]
	if "{I}" in tmpl:
		if comm in ("tam", "kan") or rng.random() < 0.5:
			pers = initials_of(rng, given, rng.choice([1, 2, 2, 2, 3]))
		else:
			pers = given + " " + (rng.choice(["Kumar", "Lal", "Prasad",
				"Chandra", "Nath"]) + " " if comm == "north" and
				rng.random() < 0.4 else "")
			pers = pers.strip()
		info["person"] = (pers, sur)
	if "{G}" in tmpl:
		info["person"] = (given, sur)
	if "{P}" in tmpl or "{I}" in tmpl or "{G}" in tmpl:
		info["surname"] = sur
	if "{S}" in tmpl:
		info["stem"] = stem
	if "{T}" in tmpl:
		info["town"] = town
	name = tmpl.replace("{I}", "%s %s" % info.get("person", ("", sur))) \
		.replace("{G} {P}", "%s %s" % (given, sur)).replace("{S}", stem) \
		.replace("{P}", sur).replace("{Q}", q if q != sur else "Mehra") \
		.replace("{T}", town)
	return " ".join(name.split()), sec, info


def population(rng, ncust):
	g = Pop()
	g.custs, seen = [], set()
	cid, aid = 30000000, 5200000
	while len(g.custs) < ncust:
		cc = pick(rng, SHARE)
		desk, city, state, zp, areas, roads = rng.choice(PLACES[cc])
		comm = rng.choice(COMMUNITY[city])
		core, sec, info = make_name(rng, cc, city, comm)
		legal = ""
		if SECTORS[sec][2] == "co" and rng.random() < 0.75:
			legal = pick(rng, LEGAL_FORMS[cc])
		elif sec == "ca" and rng.random() < 0.15 and "LLP" not in core:
			legal = "LLP"
		name = core + (" " + legal if legal else "")
		k = la.key(name)
		ck = " ".join(canon(core))
		if not k or k in seen or la.key(core) in seen or ck in seen:
			continue
		seen.update((k, la.key(core), ck))
		cid += rng.randint(1, 4)
		c = {"id": cid, "name": name, "core": core, "legal": legal,
			"cc": cc, "desk": desk, "city": city, "areas": areas,
			"roads": roads, "comm": comm}
		c.update(info)
		native = None
		if cc in ("NP", "BD", "PK") and rng.random() < 0.12:
			native = in_script(core, rng.choice(SCRIPTS_OF[cc]))
			if native:
				c["name"] = "%s (%s)" % (name, native) if \
					rng.random() < 0.7 else "%s / %s" % (name, native)
		c["native"] = native
		c["syncro"] = address(rng, cc, city, state, zp, areas, roads)
		if info.get("town") and (sec == "civic" or rng.random() < 0.7):
			st, zh = TOWN_AT[info["town"]]
			n = {"IN": 6, "PK": 5, "BD": 4, "LK": 5, "NP": 5}[cc]
			c["syncro"].update(city=info["town"], state=st or None,
				zip=zh + "".join(rng.choice("0123456789") for _ in
				range(n - len(zh))) if cc != "NP" else zh + "%d00" %
				rng.randint(1, 9))
		c["contacts"], aid = contacts(rng, c, aid)
		c["assets"], aid = assets(rng, c, aid)
		g.custs.append(c)
	return g


def address(rng, cc, city, state, zp, areas, roads):
	area = rng.choice(areas)
	if cc == "IN":
		a = rng.choice(["No. %d, %d%s Cross, %s" % (rng.randint(1, 400),
			rng.randint(1, 12), "th", rng.choice(roads)),
			"Shop No. %d, %s" % (rng.randint(1, 60), rng.choice(roads)),
			"Plot %d, %s" % (rng.randint(1, 300), rng.choice(roads)),
			"%d/%d, %s" % (rng.randint(1, 99), rng.randint(1, 20),
			rng.choice(roads))])
		z = zp + "%03d" % rng.randint(1, 99)
	elif cc == "PK":
		a = "Plot %d-%s, Block %d" % (rng.randint(1, 200),
			rng.choice("ABCDE"), rng.randint(1, 20))
		z = zp + "%03d" % rng.randint(0, 999)
	elif cc == "BD":
		a = "House %d, Road %d" % (rng.randint(1, 120), rng.randint(1, 30))
		z = zp + "%02d" % rng.randint(0, 30)
	elif cc == "LK":
		a = "No. %d, %s" % (rng.randint(1, 500), rng.choice(roads))
		z = "%05d" % (rng.randint(1, 15) * 100) if city == "Colombo" \
			else zp + "000"
	else:
		a = "Ward No. %d, %s" % (rng.randint(1, 32), rng.choice(roads))
		z = zp + "00"
	a2 = rng.choice([area, area, None, "Near " + rng.choice(["Bus Stand",
		"Railway Station", "Post Office", "SBI", "Clock Tower"])])
	return {"address": a, "address_2": a2, "city": city,
		"state": state or None, "zip": z}


def slug(s):
	return re.sub(r"[^a-z0-9]", "", s.lower())


def contacts(rng, c, aid):
	n = rng.choice([1, 1, 2, 2, 3])
	words = [w for w in la.tokens(c["core"]) if len(w) > 2][:2] or ["office"]
	dom = "".join(words) + rng.choice({"IN": [".in", ".co.in", ".com"],
		"PK": [".com.pk", ".pk"], "BD": [".com.bd", ".com"], "LK": [".lk",
		".com"], "NP": [".com.np", ".np"]}[c["cc"]])
	out = []
	for _ in range(n):
		gv, sr = person(rng, c["comm"])
		mail = "%s.%s@%s" % (slug(gv), slug(sr), dom) if \
			rng.random() < 0.6 else "%s%s%d@%s" % (slug(gv), slug(sr)[:3],
			rng.randint(1, 99), rng.choice(["gmail.com", "yahoo.co.in",
			"rediffmail.com", "hotmail.com"]))
		out.append({"id": aid, "firstname": gv, "lastname": sr,
			"email": mail})
		aid += 1
	return out, aid


def code_of(rng, c):
	ws = [w for w in la.tokens(c["core"]) if w not in la.STOP]
	if rng.random() < 0.5 and len(ws) > 1:
		return "".join(w[0] for w in ws[:4]).upper()
	return (ws[0][:3] + (ws[1][:3] if len(ws) > 1 else "")).upper()


def rand7(rng):
	return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
		for _ in range(7))


def assets(rng, c, aid):
	n = min(60, int(rng.paretovariate(1.0)) + rng.choice([0, 0, 1, 2]))
	roles = SECTORS[c["sector"]][3]
	code = code_of(rng, c)
	style = rng.random()
	out, used = [], set()
	for k in range(n):
		r = rng.random()
		if style < 0.4:
			nm = "%s-%s%02d" % (code, rng.choice(roles), k + 1) if \
				r < 0.85 else "%s-SRV%02d" % (code, k + 1)
		elif r < 0.45:
			nm = "DESKTOP-" + rand7(rng)
		elif r < 0.6:
			nm = "LAPTOP-" + rand7(rng)
		elif r < 0.75:
			nm = rng.choice(roles) + ("" if rng.random() < 0.4 else
				"-%d" % rng.randint(1, 9))
		elif r < 0.85:
			nm = slug(person(rng, c["comm"])[0]).upper() + "-PC"
		elif r < 0.92:
			nm = rng.choice(["USER-PC", "ADMIN-PC", "OWNER-PC", "DELL-PC",
				"HP-PC", "ACER-PC", "LENOVO-PC"])
		else:
			nm = rng.choice(["TALLYSERVER", "SERVER", "FILESERVER", "DC01",
				"TALLY-SERVER", "NAS"])
		if nm in used:
			continue
		used.add(nm)
		out.append({"id": aid, "name": nm})
		aid += 1
	return out, aid


def in_script(text, script):
	"""text in one native script, or None when a word has no form."""
	table = SCRIPT[script]
	out = []
	for w in text.replace("&", " and ").split():
		t = table.get(re.sub(r"[^a-z]", "", w.lower()))
		if t is None:
			return None
		out.append(t)
	return " ".join(out)


# Typing habits: each takes (rng, c) and returns the typed text or None.

QWERTY = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
NEAR = {}
for _r, _row in enumerate(QWERTY):
	for _i, _ch in enumerate(_row):
		NEAR[_ch] = (_row[max(0, _i - 1):_i] + _row[_i + 1:_i + 2])


def typo(rng, s):
	idx = [i for i, ch in enumerate(s) if ch.isalpha()]
	if len(idx) < 5:
		return None
	i = rng.choice(idx[1:])
	ch = s[i]
	how = rng.random()
	if how < 0.35 and NEAR.get(ch.lower()):
		n = rng.choice(NEAR[ch.lower()])
		return s[:i] + (n.upper() if ch.isupper() else n) + s[i + 1:]
	if how < 0.6:
		return s[:i] + s[i + 1:]
	if how < 0.8:
		return s[:i] + ch + s[i:]
	if i + 1 < len(s) and s[i + 1].isalpha() and s[i + 1] != ch:
		return s[:i] + s[i + 1] + ch + s[i + 2:]
	return None


def typed_legal(rng, c):
	if c["legal"]:
		alt = rng.choice(LEGAL_TYPED.get(c["legal"], [""]))
		return (c["core"] + " " + alt).strip()
	if SECTORS[c["sector"]][2] == "co":
		return c["core"] + " " + rng.choice(["Pvt Ltd", "Pvt. Ltd.",
			"Ltd"])
	return None


def base(rng, c):
	"""The customer's name as most rows start from it: legal form kept
	half the time (technicians drop it, Syncro keeps it)."""
	if c["legal"] and rng.random() < 0.5:
		return c["core"] + " " + c["legal"]
	return c["core"]


def h_initials(rng, c):
	p = c.get("person")
	if not p:
		return None
	pers, sur = p
	if "." in pers:	# K. R. -> KR / K.R. / K R
		letters = pers.replace(".", "").split()
		form = rng.choice(["".join(letters), ".".join(letters) + ".",
			" ".join(letters), ". ".join(letters)])
	else:
		parts = pers.split()
		form = rng.choice([". ".join(w[0] for w in parts) + ".",
			"".join(w[0] for w in parts), parts[0][0] + "."])
	core = c["core"].replace(pers + " " + sur, form + " " + sur, 1)
	return core if core != c["core"] else None


def h_surname(rng, c):
	p = c.get("person")
	if not p:
		return None
	pers, sur = p
	rest = c["core"].replace(pers + " " + sur, "", 1).strip()
	if rng.random() < 0.5:	# initials dropped: "Iyer & Co."
		return sur + " " + rest
	return (sur + " " + pers.replace(".", "").replace(" ", "") + " " +
		rest) if "." in pers else sur + " " + pers + " " + rest


def h_spelling(rng, c):
	ws = base(rng, c).split()
	idx = [i for i, w in enumerate(ws) if VAR.get(w.lower().strip(",."))]
	if not idx:
		return None
	for i in rng.sample(idx, min(len(idx), rng.choice([1, 1, 2]))):
		ws[i] = rng.choice(VAR[ws[i].lower().strip(",.")])
	return " ".join(ws)


def h_abbrev(rng, c):
	s = base(rng, c)
	keys = [k for k in ABBREV if re.search(r"\b%s\b" % re.escape(k), s)]
	if not keys:
		return None
	k = rng.choice(keys)
	return re.sub(r"\b%s\b" % re.escape(k), rng.choice(ABBREV[k]), s,
		count=1)


def h_acronym(rng, c):
	stem = c.get("stem") or c.get("town")
	if stem and len(stem.split()) >= 2:
		ac = "".join(w[0] for w in stem.split()).upper()
		return c["core"].replace(stem, ac if rng.random() < 0.7 else
			".".join(ac) + ".", 1)
	ws = [w for w in re.split(r"[\s\-]+", c["core"]) if w[:1].isalpha()
		and w.lower() not in ("&", "and", "of")]
	if len(ws) >= 3 and not c.get("person") and "." not in c["core"]:
		return "".join(w[0].upper() for w in ws)
	return None


def h_connector(rng, c):
	s = base(rng, c)
	if " & " in s:
		return s.replace(" & ", " %s " % rng.choice(CONNECT[c["cc"]]), 1)
	if " and " in s:
		return s.replace(" and ", " & ", 1)
	return None


def h_branch(rng, c):
	s = base(rng, c) if rng.random() < 0.6 else c["core"]
	area = rng.choice(c["areas"])
	q = rng.choice(["%s - %s", "%s (%s)", "%s %s branch", "%s, %s",
		"%s %s Br.", "%s - Unit %s", "%s %s"])
	if "Unit" in q:
		return q % (s, rng.choice(["2", "II", "3", "1"]))
	if rng.random() < 0.2:
		area = rng.choice(c["roads"])
	return q % (s, area)


def h_reorder(rng, c):
	"""Words moved as people recall a name: "Hotel X" as "X Hotel", the
	town of a bank or municipality after it, a two-word stem swapped."""
	ws = c["core"].split()
	if ws[0] in ("Hotel", "Dr.") and len(ws) > 1:
		return " ".join(ws[1:] + [ws[0]])
	if c.get("town") and c["core"].startswith(c["town"]):
		rest = c["core"][len(c["town"]):].strip()
		return rng.choice(["%s %s", "%s, %s", "%s - %s"]) % (rest,
			c["town"])
	st = c.get("stem", "").split()
	if len(st) == 2 and c["core"].startswith(c["stem"]):
		return " ".join(st[::-1]) + c["core"][len(c["stem"]):]
	return None


def h_truncated(rng, c):
	"""A name cut where a form's field ends (20, 25, 30 characters) or
	its last words left off."""
	s = c["core"]
	ws = s.split()
	if rng.random() < 0.5 and len(ws) >= 3:
		t = " ".join(ws[:rng.randint(2, len(ws) - 1)])
	else:
		n = rng.choice([n for n in (16, 20, 24, 25, 30) if n < len(s)] or
			[0])
		if not n:
			return None
		t = s[:n]
		if len(t.split()[-1]) < 3:
			t = " ".join(t.split()[:-1])
	t = t.rstrip(" &-,.(")
	return t if len(t.split()) >= 2 or len(t) >= 8 else None


def h_case(rng, c):
	s = base(rng, c)
	return s.upper() if rng.random() < 0.7 else s.lower()


def h_honorific(rng, c):
	sur = c.get("surname")
	if HONORED.get((sur, c["sector"]), 0) > 1:
		return None	# "Malik sahab - medical" names no one of two
	word = {"hospital": "hospital", "diag": "clinic", "dental": "dental",
		"chemist": "medical", "ca": "CA", "law": "advocate",
		"tax": "tax", "trader": "shop"}.get(c["sector"])
	if not sur or not word:
		return None
	h = rng.choice(HONOR[c["cc"]])
	if rng.random() < 0.5:
		return "%s %s - %s" % (sur, h, word)
	return "%s %s (%s)" % (sur, h, c["core"])


def h_script(rng, c):
	if c.get("native"):
		return c["native"] if rng.random() < 0.2 else c["core"]
	for sc in SCRIPTS_OF[c["cc"]]:
		nat = in_script(c["core"], sc)
		if nat:
			return rng.choice(["%s (%s)", "%s / %s", "%s %s"]) % (
				(nat, c["core"]) if rng.random() < 0.5 else
				(c["core"], nat))
		for part in (c.get("stem"), c.get("surname")):
			ns = in_script(part, sc) if part else None
			if ns and part in c["core"]:
				return c["core"].replace(part, ns, 1)
	return None


def h_split(rng, c):
	"""Compounds typed apart or run together: Sai Ram/Sairam,
	Mahalakshmi/Maha Lakshmi, Siddhivinayak/Siddhi Vinayak."""
	s = base(rng, c)
	for a, b in (("Maha", "lakshmi"), ("Siddhi", "vinayak"), ("Shiv ",
			"Shakti"), ("Sai ", "Ram"), ("Sai ", "Krishna"), ("Om ", "Sai"),
			("Guru", "kripa"), ("Navjeevan", ""), ("Sanjeevani", ""),
			("Dhanvantari", ""), ("Sri ", "Sai"), ("Jai ", "Ambe"),
			("Green ", "Valley"), ("Sonar ", "Bangla"), ("Mount ", "View"),
			("Shree ", "Ram"), ("Shubha ", "Laxmi"), ("Ashirwad", "")):
		if not b:
			continue
		if a + b in s:
			if a.endswith(" "):
				return s.replace(a + b, a.strip() + b.lower(), 1)
			return s.replace(a + b, a + " " + b.capitalize(), 1)
	for w, sp in (("Healthcare", "Health Care"), ("Infotech", "Info Tech"),
			("Softech", "Soft Tech"), ("Knitwear", "Knit Wear"),
			("Guest House", "Guesthouse"), ("Path Lab", "Pathlab"),
			("Tours & Travels", "Tours&Travels"), ("Infosystems",
			"Info Systems"), ("Polyclinic", "Poly Clinic"),
			("Co-operative", "Cooperative"), ("Multi-State", "Multistate"),
			("Al-", "Al "), ("Al-", "Al")):
		if w in s:
			return s.replace(w, sp, 1)
	return None


HONORED = {}
def h_local(rng, c):
	"""Only where the sector word follows the name itself ("Sanjeevani
	Aspatal", not "Sanjeevani Dental Aspatal")."""
	for head in (c.get("stem"), c.get("surname"), c.get("town")):
		if not head or not c["core"].startswith(head + " "):
			continue
		k = c["core"][len(head) + 1:]
		if k in LOCAL[c["cc"]]:
			return head + " " + rng.choice(LOCAL[c["cc"]][k])
	return None


HABITS = {"local word": h_local, "legal": typed_legal, "initials": h_initials,
	"surname": h_surname, "spelling": h_spelling, "abbrev": h_abbrev,
	"acronym": h_acronym, "connector": h_connector, "branch": h_branch,
	"reorder": h_reorder, "truncated": h_truncated, "case": h_case,
	"honorific": h_honorific, "script": h_script, "split": h_split}


def real_row(rng, c, kind):
	if kind == "exact":
		return c["name"]
	if kind == "typo":
		return typo(rng, base(rng, c))
	if kind == "two typos":
		t = typo(rng, base(rng, c))
		return typo(rng, t) if t else None
	if kind == "two habits":
		a, b = rng.sample(["legal", "spelling", "abbrev", "case",
			"initials", "branch", "truncated", "connector"], 2)
		if a == "case" or (a == "branch" and b != "case"):
			a, b = b, a	# a branch or the caps go on last
		t = HABITS[a](rng, c)
		if not t:
			return None
		d = dict(c)
		d["core"], d["legal"] = t, ""
		if a != "initials":
			d["person"] = c.get("person")
		else:
			d.pop("person", None)
		u = HABITS[b](rng, d)
		return u if u and u != t else None
	return HABITS[kind](rng, c)


# Impostors.

SECTOR_WORDS = ["Hospital", "Nursing Home", "Diagnostics", "Dental Clinic",
	"Medical Stores", "Pharmacy", "Traders", "Enterprises", "Agencies",
	"Textiles", "Garments", "Travels", "Infotech", "Public School",
	"Academy", "Hotel", "Guest House", "Distributors", "Exports",
	"Electricals", "Hardware", "Coaching Classes", "Tax Consultants",
	"Associates", "Charitable Trust", "Foundation", "Clinic",
	"Path Lab", "Jewellers", "Sweets", "Caterers", "Builders",
	"Constructions", "Motors", "Auto Parts", "Printers", "Furniture",
	"Opticals", "Mobile Shop", "Computers", "Steel", "Plywood",
	"Kirana Stores", "Bakery", "Restaurant", "Dhaba", "Boutique"]


def impostor_row(rng, g, kind):
	cc = pick(rng, SHARE)
	desk, city, state, zp, areas, roads = rng.choice(PLACES[cc])
	comm = rng.choice(COMMUNITY[city])
	if kind == "impostor: surname":
		gv, sur = person(rng, comm)
		common = [x for x in PEOPLE[comm][1] if x in COMMON]
		sur = rng.choice(common) if common and rng.random() < 0.6 else sur
		return rng.choice(["%s %s" % (sur, rng.choice(SECTOR_WORDS)),
			"%s %s %s" % (gv, sur, rng.choice(SECTOR_WORDS)),
			"%s & Associates" % sur if rng.random() < 0.3 else
			"%s %s" % (sur, rng.choice(SECTOR_WORDS)),
			"%s %s & Co." % (gv[0] + ".", sur)]), desk
	if kind == "impostor: rare word":
		for _ in range(30):
			c = rng.choice(g.custs)
			own = " ".join(c.get(k) or "" for k in ("stem", "surname",
				"town")) + " " + (c.get("person") or ("",))[0]
			ws = [w for w in own.split() if len(w) > 4 and
				w.isalpha() and len(g.df.get(w.lower(), [])) <= 3]
			if ws:
				break
		else:
			return None, desk
		w = rng.choice(ws)
		if rng.random() < 0.5:
			return "%s %s" % (w, rng.choice(SECTOR_WORDS)), c["desk"]
		return "%s %s %s" % (w, rng.choice(SECTOR_WORDS),
			rng.choice(c["areas"])), c["desk"]
	if kind == "impostor: family":
		c = rng.choice(g.custs)
		sur = c.get("surname") or c.get("stem")
		if not sur:
			return None, desk
		other = rng.choice(["Charitable Trust", "Memorial Hospital",
			"Educational Society", "Public School", "Foundation",
			"& Sons", "Family Trust", "Nursing Home", "Group",
			"Properties", "Developers", "Jewellers"])
		return "%s %s" % (sur, other), c["desk"]
	if kind == "impostor: namesake":
		c = rng.choice(g.custs)
		stem = c.get("stem") or c.get("surname")
		if not stem:
			return None, desk
		other = rng.choice([w for w in SECTOR_WORDS if w not in c["core"]])
		town = rng.choice([p[1] for q in PLACES.values() for p in q if
			p[1] != c["city"]])
		return rng.choice(["%s %s %s", "%s %s, %s", "%s %s (%s)"]) % (
			stem, other, town), c["desk"]
	if kind == "impostor: deity":
		stem = rng.choice(STEMS[cc])
		return "%s %s" % (stem, rng.choice(SECTOR_WORDS)), desk
	if kind == "impostor: personal":
		gv, sur = person(rng, comm)
		return rng.choice(["%s %s", "%s %s laptop", "%s %s home",
			"%s %s %s", "%s %s (personal)"]).replace("%s %s %s",
			"%s %s " + rng.choice(["mobile", "PC", "ghar"])) % (gv, sur), \
			desk
	if kind == "impostor: prospect":
		name, sec, info = make_name(rng, cc, city, comm)
		return name, desk
	return rng.choice(VENDORS), rng.choice(sorted(TECHS))


def moved(a, b):
	"""b is a with one character moved (a transposition is one)."""
	if len(a) != len(b) or a == b:
		return False
	for i in range(len(a)):
		rest = a[:i] + a[i + 1:]
		for j in range(len(a)):
			if rest[:j] + a[i] + rest[j:] == b:
				return True
	return False


def letter_moved(g, k):
	"""A customer's name is k with one letter moved (session 14's one
	mislabel was such an impostor)."""
	return any(moved(k, o) for o in g.anagram.get("".join(sorted(k)), ()))


def initials_less(g, ws):
	"""A customer's name with given-name initials dropped, fewer or more
	of them ("S. Bhatia & Co." for S. V. P. Bhatia & Co.): the initials
	habit."""
	full = sorted(w for w in ws if len(w) > 1)
	ini = {w for w in ws if len(w) == 1}
	if not full:
		return False
	lists = sorted((g.cinv.get(w, []) for w in full), key=len)
	hold = set(lists[0])
	for li in lists[1:]:
		hold &= set(li)
	for i in hold:
		cw = canon(g.custs[i]["core"])
		ci = {w for w in cw if len(w) == 1}
		if sorted(w for w in cw if len(w) > 1) == full and \
				(ini <= ci or ci <= ini):
			return True	# or more of them: K. Hussain as A. K. H.
		rest = [w for w in cw if w not in full]
		if len(set(cw)) <= len(set(full)) + len(ini) + 1 and \
				all(any(w[0] == a for w in rest) for a in ini):
			return True	# "V. Gupta & Co." for Vijay Gupta & Co.
	return False


def one_more(g, tw):
	"""A customer's every word is typed, and one word more ("Shalimar Eye
	Hospital" for Shalimar Hospital, "Golden Quaid Coaching Classes" for
	Quaid Coaching Classes): that may be the customer's own department or
	a word the technician added."""
	if len(tw) < 2:
		return False
	rare = sorted(tw, key=lambda w: len(g.cinv.get(w, ())))[:2]
	for i in set(g.cinv.get(rare[0], ())) | set(g.cinv.get(rare[1], ())):
		cw = set(canon(g.custs[i]["core"]))
		if cw <= tw and len(tw) <= len(cw) + 1:
			return True
	return False


def held(g, cw):
	"""The audit's held rule in one spelling, on the name less a bracketed
	or trailing qualifier too ("Vedanta Nursing Home (Faisalabad)" for
	Modern Vedanta Nursing Home)."""
	if len(cw) < 2:
		return False
	lists = sorted((g.cinv.get(w, []) for w in cw), key=len)
	hold = set(lists[0])
	for li in lists[1:]:
		hold &= set(li)
	return any(len(set(canon(g.custs[i]["core"]))) <= len(cw) + 1
		for i in hold)


def bad_impostor(g, typed):
	if not la.words(typed):
		return True
	if g.audit.impostor(typed) or g.audit.impostor_more(typed) or \
			g.audit.joined(typed):
		return True
	k = la.key(typed)
	if k in g.cores or g.audit.near(k):
		return True
	ws = typed.split()
	for v in la.qualified(typed) + [" ".join(ws[:-2])] * (len(ws) > 2):
		kv = la.key(v)
		if kv in g.cores or letter_moved(g, kv) or g.audit.near(kv) or \
				" ".join(canon(v)) in g.canon:
			return True
	if initials_less(g, canon(typed)):
		return True
	for v in la.qualified(typed, False):
		if one_more(g, set(canon(v))) or held(g, set(canon(v))):
			return True
	return False


def index(g):
	g.audit = la.Audit([(str(c["id"]), c["name"]) for c in g.custs])
	g.cores = {la.key(c["core"]) for c in g.custs}
	g.canon, g.cinv = set(), {}
	for i, c in enumerate(g.custs):
		cw = canon(c["core"])
		g.canon.add(" ".join(cw))
		for w in set(cw):
			g.cinv.setdefault(w, []).append(i)
	g.anagram = {}
	for k in g.cores | set(g.audit.keys):
		g.anagram.setdefault("".join(sorted(k)), []).append(k)
	g.df = {}
	g.starts = sorted((n.lower(), i) for i, c in enumerate(g.custs)
		for n in {c["name"], c["core"]})
	HONORED.clear()
	for c in g.custs:
		k = (c.get("surname"), c["sector"])
		HONORED[k] = HONORED.get(k, 0) + 1
	for i, c in enumerate(g.custs):
		for w in set(la.words(c["core"])):
			g.df.setdefault(w, []).append(i)


def cut_elsewhere(g, typed, i):
	"""typed (a cut name) begins another customer's name too."""
	t = typed.lower()
	j = bisect.bisect_left(g.starts, (t, -1))
	while j < len(g.starts) and g.starts[j][0].startswith(t):
		if g.starts[j][1] != i:
			return True
		j += 1
	return False


def other_holds(g, typed, i):
	"""The audit's words rule in one spelling, a typed initial standing
	for any word it begins: another customer's words hold every typed
	word ("Shri Laxmi Traders" is Sri Lakshmi Traders' as much as the
	true one's; "R. Joshi & Sons" is Ram Joshi's as much as Rabin's)."""
	ws = canon(typed)
	full = {w for w in ws if len(w) > 1}
	ini = [w for w in ws if len(w) == 1]
	if not full:
		return False
	lists = sorted((g.cinv.get(w, []) for w in full), key=len)
	hold = set(lists[0])
	for li in lists[1:]:
		hold &= set(li)
	for j in sorted(hold - {i}):
		cw = canon(g.custs[j]["core"])
		if all(any(x[0] == a for x in cw) for a in ini):
			return True
	return False


def real_one(rng, g, kind):
	"""A real row of kind for some customer it applies to, or None."""
	for _ in range(60):
		i = rng.randrange(len(g.custs))
		c = g.custs[i]
		typed = real_row(rng, c, kind)
		if not typed:
			continue
		typed = " ".join(typed.split())
		if kind != "exact" and typed == c["name"]:
			continue
		if kind in ("truncated", "two habits") and \
				cut_elsewhere(g, typed, i):
			continue
		if g.audit.real(typed, str(c["id"])) or other_holds(g, typed, i):
			continue
		return typed, i
	return None


def draw_rows(rng, g, nnames):
	rows = []
	while len(rows) < nnames:
		if rng.random() < 0.25:
			for n in range(1000):
				if n % 100 == 0:
					kind = pick(rng, IMPOSTORS)
				typed, desk = impostor_row(rng, g, kind)
				if typed and not bad_impostor(g, typed):
					break
			else:
				sys.exit("gen-link-blind20: no impostor fits")
			rows.append((" ".join(typed.split()), None, kind, desk))
			continue
		kind = pick(rng, KINDS)
		got = real_one(rng, g, kind)
		if got:
			rows.append((got[0], got[1], kind, g.custs[got[1]]["desk"]))
	return rows


def machine(rng, g, row):
	typed, i, kind, desk = row
	r = rng.random()
	if i is not None:
		own = g.custs[i]["assets"]
		if own and r < 0.78:
			return rng.choice(own)["name"]
		if r < 0.95:
			return rng.choice(["DESKTOP-", "LAPTOP-"]) + rand7(rng)
		return rng.choice(["USER-PC", "ADMIN-PC", "OWNER-PC"])
	if r < 0.88:
		return rng.choice(["DESKTOP-", "DESKTOP-", "LAPTOP-"]) + rand7(rng)
	return rng.choice(["USER-PC", "ADMIN-PC", "DELL-PC", "HP-PC",
		"RECEPTION", "BILLING", "TALLY"])


def main():
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random("blind20:" + seed)
	g = population(rng, ncust)
	index(g)
	rows = draw_rows(rng, g, nnames)
	for c in g.custs:
		for k in ("core", "legal", "cc", "desk", "city", "areas", "roads",
				"comm", "sector", "person", "surname", "stem", "town",
				"native"):
			c.pop(k, None)
	scr.write_desk_set(rng, out, g.custs, rows,
		lambda row: machine(rng, g, row), TECHS,
		("blind20", seed, 1805000000, 1207, 70))


if __name__ == "__main__":
	main()
