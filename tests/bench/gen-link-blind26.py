#!/usr/bin/env python3
# gen-link-blind26.py NCUST NNAMES SEED OUTDIR - a held-out link benchmark
# (session 18): an MSP of the Portuguese-speaking world, one Syncro
# account and one ScreenConnect, desks in Lisbon (Portugal south, Madeira,
# the Azores, Cabo Verde, Guinea-Bissau), Porto (Portugal north and
# centre), São Paulo, Recife (the Brazilian Northeast), Luanda and Maputo.
# Writes OUTDIR/customers.json, names.tsv, sessions.jsonl and
# sessions-machine.jsonl as the other gen-link-blind generators do
# (screenconnect_record.py).  Python stdlib only; deterministic for a seed.
#
# Where the habits come from (public sources, from memory unless said):
# - Legal forms: Portugal's Código das Sociedades Comerciais (Lda., S.A.,
#   "Sociedade Unipessoal, Lda." - art. 270-B: the firm must say
#   "Unipessoal"), the ENI (empresário em nome individual: a person's own
#   name), cooperatives' "CRL" (Código Cooperativo), law firms' "Sociedade
#   de Advogados, SP, RL" (Lei 53/2015); Brazil's Código Civil (Ltda.,
#   S/A, S.A.), ME/EPP appended to the razão social (LC 123/2006, dropped
#   from names since 2020 but still on old cards), EIRELI (Lei 12.441/2011,
#   turned into the SLU by Lei 14.195/2021), the MEI whose razão social
#   is the person's full name followed by the CPF digits (Portal do
#   Empreendedor); Angola's "(SU), Lda." (Lei das Sociedades Comerciais
#   1/04, sociedade unipessoal), Mozambique's "Limitada" written in full
#   and "SU, Lda", Cabo Verde's Lda./S.A., Guinea-Bissau's OHADA forms
#   (SARL, SA, SUARL: OHADA Uniform Act on commercial companies).
# - Razão social vs nome fantasia: the Receita Federal's "Comprovante de
#   Inscrição e de Situação Cadastral" (the CNPJ card) prints both, the
#   razão social in capitals and without accents; invoices (NF-e) carry
#   the razão social, shop fronts the fantasia - so a desk types the one
#   Syncro does not hold.  CNPJ typed 12.345.678/0001-90 or 14 digits,
#   CPF 123.456.789-09 or 11 digits, Portuguese NIF/NIPC 9 digits (PT
#   prefix on VAT forms).
# - Spelling: the 1990 Orthographic Agreement (in force in Brazil 2009,
#   Portugal 2009-2015, not ratified by Angola; Mozambique slow): silent
#   c/p dropped in Portugal (acção -> ação, direcção -> direção, projecto ->
#   projeto, electrónica -> eletrónica) but kept where pronounced (óptica,
#   facto, contacto in Portugal; ótica, fato, contato in Brazil); Brazil's
#   circumflex where Portugal has an acute (António/Antônio, económico/
#   econômico, académico/acadêmico, anónima/anônima); lexical pairs
#   registo/registro, equipa/equipe.  Firms registered before the
#   Agreement keep the old spelling; technicians type the new one.
# - Keyboards: Portuguese (PT) and Brazilian ABNT2 layouts have ç and dead
#   keys for ~ ´ ^ `; a technician on a US or English laptop drops every
#   accent, a hurried one drops only the dead-key tilde (ã, õ) or types ç
#   as c; "ão" as "ao" and, in Brazilian internet writing, as "am".
# - Abbreviations: the Receita Federal's and Portuguese registry's usual
#   shortenings (Com., Ind., Distrib., Repres., Serv., Cons., Adm., Emp.,
#   Soc., Cia., Const., Transp., Imp. e Exp., Assoc., S/C - sociedade civil,
#   N. Sra., S., Sta., Sto., Dr./Dra., Cond., Ed.); Portuguese public-body
#   acronyms used in speech and e-mail (CM Lisboa / CMP for a Câmara
#   Municipal, JF for a Junta de Freguesia, UF for a União das Freguesias,
#   SCM for a Santa Casa da Misericórdia, AHBV for the Associação
#   Humanitária dos Bombeiros Voluntários, IPSS).
# - Names: Portuguese naming (given names, "de/da/dos" particles, mother's
#   then father's surname, the last surname the one used: Maria da
#   Conceição Ferreira Santos -> Maria Santos); the commonest surnames
#   (Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues in
#   Portugal, Silva, Santos, Oliveira, Souza, Rodrigues, Ferreira, Alves,
#   Pereira in Brazil: IBGE and Portuguese civil registry counts, as
#   Wikipedia's lists give them); Angolan and Mozambican Bantu surnames,
#   Cabo Verdean and Guinean ones; Japanese-, Lebanese- and German-
#   Brazilian surnames in São Paulo.
# - Sectors and their names: Portuguese "Externato", "Santa Casa da
#   Misericórdia", "Junta de Freguesia"/"União das Freguesias" (Lei
#   11-A/2013 merged parishes), Brazilian "Cartório do 2º Ofício de Notas",
#   "Tabelionato", "Prefeitura Municipal", "Condomínio Edifício",
#   Angolan "Comércio Geral", "Administração Municipal", Mozambican
#   "Conselho Municipal".
# - Machine names: Windows' default DESKTOP-/LAPTOP- plus 7 characters
#   (Windows 10 OOBE), NetBIOS's 15 characters, upper case and no
#   accents; Portuguese role words (RECEPCAO, BALCAO, CAIXA, SECRETARIA,
#   DIRECAO, GERENCIA, SERVIDOR, ARMAZEM, CONSULTORIO), "NOTE-" (Brazil's
#   word for a laptop) and "PORTATIL-" (Portugal's), a customer prefix
#   and a number as MSP documentation templates (IT Glue, Hudu) suggest.
# - Impostors: vendors the desks call (MEO, NOS, Vodafone, Vivo, Claro,
#   TIM, Unitel, Vodacom; Primavera BSS, PHC, TOTVS, Sage), franchisees
#   of one chain in another city, namesakes, the common surnames, a rare
#   word shared, prospects' quotes (Orçamento, Proposta), the MSP's own
#   staff and technicians' personal machines.
#
# Labels (session 16): a real row is a name a technician would type for
# that customer; an impostor a name a careful person would not bill to
# any listed customer.  A row label-audit.py doubts (all seven rules) is
# drawn again, and an impostor also when, read through this region's
# typing (accents folded, abbreviations expanded, "&" as "e", particles
# and legal forms dropped, the 1990 spelling pairs made one), it is a
# customer's name, its name less the owner, the town or the legal form,
# all of its words less one, or a customer's name with a letter moved.
# A contact typed alone ("person") only when that whole name is one
# customer's.
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import screenconnect_record as scr  # noqa: E402

la = scr.label_audit()

# Areas: (code, desk, country, share %, [(town, state, zip base)]).
AREAS = [
	("lis", "lis", "pt", 19, [("Lisboa", "Lisboa", 1000),
		("Amadora", "Lisboa", 2700), ("Oeiras", "Lisboa", 2780),
		("Cascais", "Lisboa", 2750), ("Sintra", "Lisboa", 2710),
		("Almada", "Setúbal", 2800), ("Setúbal", "Setúbal", 2900),
		("Loures", "Lisboa", 2670), ("Odivelas", "Lisboa", 2675),
		("Santarém", "Santarém", 2000), ("Leiria", "Leiria", 2400),
		("Évora", "Évora", 7000), ("Faro", "Faro", 8000),
		("Portimão", "Faro", 8500), ("Lagos", "Faro", 8600),
		("Beja", "Beja", 7800), ("Caldas da Rainha", "Leiria", 2500),
		("Barreiro", "Setúbal", 2830), ("Torres Vedras", "Lisboa", 2560)]),
	("mad", "lis", "pt", 2, [("Funchal", "Madeira", 9000),
		("Câmara de Lobos", "Madeira", 9300), ("Machico", "Madeira", 9200),
		("Santa Cruz", "Madeira", 9100)]),
	("aco", "lis", "pt", 2, [("Ponta Delgada", "Açores", 9500),
		("Angra do Heroísmo", "Açores", 9700), ("Horta", "Açores", 9900),
		("Ribeira Grande", "Açores", 9600),
		("Praia da Vitória", "Açores", 9760)]),
	("opo", "opo", "pt", 14, [("Porto", "Porto", 4000),
		("Vila Nova de Gaia", "Porto", 4400), ("Matosinhos", "Porto", 4450),
		("Maia", "Porto", 4470), ("Braga", "Braga", 4700),
		("Guimarães", "Braga", 4800), ("Viana do Castelo",
		"Viana do Castelo", 4900), ("Aveiro", "Aveiro", 3800),
		("Coimbra", "Coimbra", 3000), ("Viseu", "Viseu", 3500),
		("Vila Real", "Vila Real", 5000), ("Bragança", "Bragança", 5300),
		("Póvoa de Varzim", "Porto", 4490),
		("Vila Nova de Famalicão", "Braga", 4760),
		("Penafiel", "Porto", 4560), ("Barcelos", "Braga", 4750)]),
	("sp", "sp", "br", 27, [("São Paulo", "SP", 1000),
		("Campinas", "SP", 13000), ("Santos", "SP", 11000),
		("Guarulhos", "SP", 7000), ("Osasco", "SP", 6000),
		("São Bernardo do Campo", "SP", 9600), ("Santo André", "SP", 9000),
		("Sorocaba", "SP", 18000), ("Ribeirão Preto", "SP", 14000),
		("São José dos Campos", "SP", 12200), ("Jundiaí", "SP", 13200),
		("Curitiba", "PR", 80000), ("Rio de Janeiro", "RJ", 20000),
		("Belo Horizonte", "MG", 30000), ("Piracicaba", "SP", 13400)]),
	("rec", "rec", "br", 17, [("Recife", "PE", 50000),
		("Olinda", "PE", 53000), ("Jaboatão dos Guararapes", "PE", 54000),
		("Caruaru", "PE", 55000), ("Petrolina", "PE", 56300),
		("João Pessoa", "PB", 58000), ("Campina Grande", "PB", 58400),
		("Natal", "RN", 59000), ("Maceió", "AL", 57000),
		("Fortaleza", "CE", 60000), ("Salvador", "BA", 40000),
		("Aracaju", "SE", 49000), ("Teresina", "PI", 64000),
		("Garanhuns", "PE", 55290)]),
	("lua", "lua", "ao", 9, [("Luanda", "Luanda", 0),
		("Viana", "Luanda", 0), ("Cacuaco", "Luanda", 0),
		("Talatona", "Luanda", 0), ("Benguela", "Benguela", 0),
		("Lobito", "Benguela", 0), ("Huambo", "Huambo", 0),
		("Lubango", "Huíla", 0), ("Cabinda", "Cabinda", 0),
		("Malanje", "Malanje", 0), ("Moçâmedes", "Namibe", 0)]),
	("mpm", "mpm", "mz", 6, [("Maputo", "Maputo Cidade", 1100),
		("Matola", "Maputo", 1200), ("Beira", "Sofala", 2100),
		("Nampula", "Nampula", 3100), ("Quelimane", "Zambézia", 2300),
		("Tete", "Tete", 2400), ("Pemba", "Cabo Delgado", 3200),
		("Inhambane", "Inhambane", 1300), ("Xai-Xai", "Gaza", 1200),
		("Chimoio", "Manica", 2200)]),
	("cv", "lis", "cv", 3, [("Praia", "Santiago", 7600),
		("Mindelo", "São Vicente", 2110), ("Santa Maria", "Sal", 4111),
		("Assomada", "Santiago", 7700), ("Sal Rei", "Boa Vista", 5110)]),
	("gw", "lis", "gw", 1, [("Bissau", "Bissau", 1000),
		("Bafatá", "Bafatá", 0), ("Gabú", "Gabú", 0)]),
]
BAIRROS = {"lis": ["Alvalade", "Benfica", "Campo de Ourique", "Parque das "
	"Nações", "Arroios", "Lumiar", "Belém", "Areeiro"],
	"opo": ["Boavista", "Foz do Douro", "Paranhos", "Bonfim", "Campanhã",
	"Ramalde"],
	"sp": ["Moema", "Pinheiros", "Tatuapé", "Santana", "Mooca",
	"Vila Mariana", "Lapa", "Itaim Bibi", "Perdizes", "Ipiranga"],
	"rec": ["Boa Viagem", "Casa Forte", "Graças", "Madalena", "Espinheiro",
	"Casa Amarela", "Pina", "Derby"],
	"lua": ["Maianga", "Ingombota", "Alvalade", "Kilamba", "Miramar",
	"Benfica", "Samba"],
	"mpm": ["Polana", "Sommerschield", "Malhangalene", "Alto Maé",
	"Costa do Sol", "Baixa"]}
for _a in ("mad", "aco", "cv", "gw"):
	BAIRROS[_a] = ["Centro", "Zona Industrial", "Baixa"]

FIRST = {
	"pt": "João Maria Ana José António Manuel Francisco Pedro Rui Carlos "
	"Paulo Luís Miguel Tiago Nuno Sofia Inês Catarina Rita Marta Joana "
	"Teresa Helena Fátima Filipa Beatriz Gonçalo Duarte Vasco Bruno "
	"Ricardo Sérgio Fernando Jorge Raquel Sandra Cláudia Patrícia Isabel "
	"Margarida Alexandre Hugo Diogo Luísa Graça Lurdes Armando Vítor "
	"Amélia Henrique".split(),
	"br": "Lucas Gabriel Rafael Felipe Thiago Matheus Gustavo Leonardo "
	"Bruno Eduardo Marcelo Rodrigo Fábio Juliana Fernanda Camila Aline "
	"Amanda Patrícia Luciana Adriana Cristiane Vanessa Priscila Tatiane "
	"Josué Edilson Cícero Severino Josefa Raimundo Francisca Antônio "
	"Sebastião Wellington Jefferson Kléber Márcia Simone Renata Daniela "
	"Luiz Flávio Marcos Anderson Rogério Débora Jaqueline Wagner Valdir "
	"Maria José João Ana Paulo Carlos".split(),
	"af": "Domingos Bernardo Feliciano Armando Celestino Adelino Eduardo "
	"Isabel Esperança Luzia Graça Mateus Zacarias Albino Joaquim Benvinda "
	"Rosalina Custódio Ernesto Lurdes Amélia Celso Helder Nelson Augusto "
	"Januário Filomena Judite Arlindo Teodoro Alcides Cândida Valdemar "
	"Maria José João Ana Paulo Carlos Manuel Teresa".split()}
# Middle names by gender; a given name is a woman's when it ends in -a or
# is one of these (Portuguese given names: Inês, Isabel, Beatriz, ...).
MIDDLE = {True: "da Conceição|de Fátima|Luísa|Teresa|Paula|Cristina|"
	"do Carmo|dos Anjos|Aparecida|Eduarda|de Lurdes|Helena".split("|"),
	False: "José|Manuel|Augusto|Miguel|Filipe|Carlos|António|"
	"Eduardo|Henrique|Luís".split("|")}
WOMEN = set("Inês Isabel Beatriz Raquel Graça Lurdes Amélia Márcia "
	"Simone Débora Jaqueline Esperança Luzia Benvinda Filomena Judite "
	"Cândida Fátima Luz".split())


def female(first):
	return first in WOMEN or (first.endswith("a") and first not in
		("Luca", "Josué"))
COMMON = "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Souza " \
	"Sousa Alves".split()
SUR = {
	"pt": "Martins Jesus Fernandes Gonçalves Gomes Lopes Marques Almeida "
	"Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares "
	"Vieira Monteiro Cardoso Rocha Raposo Neves Coelho Cruz Cunha Pires "
	"Ramos Reis Simões Antunes Matos Fonseca Machado Araújo Barbosa "
	"Tavares Lourenço Castro Figueiredo Azevedo Freitas Magalhães "
	"Vasconcelos Sampaio Brandão Quintela Albuquerque Bettencourt "
	"Medeiros Furtado Frade Godinho Valadares Seixas Sarmento Guimarães "
	"Meireles Loureiro Carneiro Miranda Barros Macedo Leite Pacheco "
	"Faria Amaral Morais Serrano Calado Rebelo Baptista Galvão".split(),
	"br": "Lima Gomes Ribeiro Martins Carvalho Almeida Lopes Soares "
	"Fernandes Vieira Barbosa Rocha Dias Nascimento Andrade Moreira Nunes "
	"Marques Machado Mendes Freitas Cardoso Ramos Gonçalves Santana "
	"Teixeira Cavalcanti Albuquerque Wanderley Bezerra Siqueira Medeiros "
	"Araújo Brito Queiroz Farias Tavares Pimentel Nogueira Magalhães "
	"Pacheco Sampaio Moura Duarte Fonseca Schmidt Yamamoto Nakamura "
	"Haddad Abdalla Menezes Lacerda Correia Bastos Barreto Rezende "
	"Guedes Maciel Vasconcelos Montenegro Carneiro Aguiar Falcão Leão "
	"Bittencourt Tanaka Kowalski Rossi Bertolini".split(),
	"af": "Neto Lourenço Kiluanje Mbala Cassoma Chipenda Sapalo Kapinga "
	"Muteka Tchikuteny Kalunga Bento Van-Dúnem Lopes Machel Chissano "
	"Guebuza Mondlane Macuácua Cossa Sitoe Mabunda Nhantumbo Muianga "
	"Langa Tembe Chirindza Mucavele Matsinhe Bila Manhiça Tavares Fortes "
	"Semedo Monteiro Delgado Mendes Varela Furtado Brito Embaló Baldé "
	"Djaló Sanhá Cabral Nhaga Indjai Mané Cardoso Gaspar Matias Sebastião "
	"Manuel Gourgel Pitra Vunge Dembo Kanda".split()}
# Names of things: saints, places, good omens; pt/br/af add their own.
SAINT = "São José|Santa Luzia|Nossa Senhora de Fátima|Santo António|" \
	"São Bento|Santa Rita|São Judas Tadeu|Nossa Senhora da Conceição|" \
	"São Francisco|Santa Teresinha|São Pedro|Santa Isabel|" \
	"Nossa Senhora das Graças|São Miguel|Sagrado Coração|São Vicente|" \
	"Santa Cecília|São Lucas|Menino Jesus|São Cristóvão".split("|")
THING = {
	"all": "Boa Saúde|Estrela do Norte|Flor de Lis|Sol Nascente|" \
	"Horizonte|Mar Azul|Primavera|Bela Vista|Vale Verde|Boa Esperança|" \
	"Rosa dos Ventos|Monte Verde|Aurora|Progresso|Central|Moderna|" \
	"Popular|Alvorada|Nova Era|Três Marias|Miramar|Farol|Tropical|" \
	"Cruzeiro do Sul|Arco-Íris|Girassol|Oliveiral|Pérola|Esmeralda|" \
	"Diamante|Fonte Nova|Bom Pastor|Boa Nova|Vida Nova|Raio de Sol|" \
	"Pôr do Sol|Lua Cheia|Âncora|Atalaia|Bússola|Ventura|Nascente|" \
	"Planalto|Cristal|Safira|Guarani|Harmonia|Concórdia|Triunfo|" \
	"Liberdade|Esperança|Vitória|Ideal|Avenida|Estoril|Bem-Estar|" \
	"Vila Rica|Porto Seguro|Sete Estrelas|Ouro Verde|Mundo Novo".split("|"),
	"pt": "Quinta da Lagoa|Serra da Estrela|Ribeira|Sobreiral|Tejo|" \
	"Douro|Mondego|Atlântico|Lusitânia|Alentejo|Minho|Galo de Ouro|" \
	"Barca Velha|Moinho Velho|Azenha|Sardinha|Rossio|Alfama|Cais Novo|" \
	"Terra Quente|Sete Rios|Fontainhas|Palmeira|Monte Branco|Castelo|" \
	"Torre Velha|Sete Colinas|Lagoa Azul|Vinha Velha|Pinhal".split("|"),
	"br": "Ipanema|Jangada|Mandacaru|Capibaribe|Ipiranga|Tietê|Sertão|" \
	"Cajueiro|Ipê Amarelo|Paraíso|Caiçara|Beira-Mar|Coqueiral|Araguaia|" \
	"Pindorama|Juazeiro|Maracatu|Frevo|Iracema|Potiguar|Pantanal|" \
	"Itapuã|Jacarandá|Sabiá|Tucano|Canaã|Cachoeira|Açaí|Maré Alta|" \
	"Guanabara|Bandeirantes|Paulista|Boa Vista do Sul|Carnaúba".split("|"),
	"af": "Kianda|Kwanza|Mussulo|Ilha|Marginal|Polana|Limpopo|Zambeze|" \
	"Chaimite|Morabeza|Sodade|Tabanka|Kizomba|Maianga|Welwitschia|" \
	"Palanca Negra|Muxima|Catumbela|Kalandula|Savana|Embondeiro|" \
	"Maxaquene|Xipamanine|Inhaca|Cabo Verde|Monte Cara|Tarrafal|" \
	"Bijagós|Cacheu|Geba".split("|")}
# Chains that sell franchises (invented), and the areas they sell in.
CHAINS = [("Ótica Olhar Certo", "br"), ("Drogaria Vida Plena", "br"),
	("Padaria Trigo de Ouro", "br"), ("Escola de Idiomas Fala Mundo", "br"),
	("Churrascaria Brasa Viva", "br"), ("Lavandaria Bolha Azul", "pt"),
	("Óptica Bom Olhar", "pt"), ("Pastelaria Doce Nata", "pt"),
	("Farmácia Bem Viver", "pt"), ("Imobiliária Casa Certa", "pt")]

# Sector templates: {S} a thing, {T} a saint, {P} a surname, {N} a person,
# {F} a first name, {C} a town, {B} a bairro, {n} an ordinal; per flavour.
SECT = {
	"clinic": (8, {"pt": ["Clínica {S}", "Clínica Médica {P}",
		"Policlínica {S}", "Clínica {S} - Serviços Médicos",
		"Consultório Médico Dr. {N}"], "br": ["Clínica {S}",
		"Clínica Médica {S}", "Policlínica {S}", "Consultório Dr. {N}",
		"Centro Médico {S}", "Clínica {T}"], "af": ["Clínica {S}",
		"Centro Médico {S}", "Clínica {T}", "Policlínica {S}"]}),
	"dental": (6, {"pt": ["Clínica Dentária {S}",
		"Clínica Médico-Dentária {P}", "Medicina Dentária {S}",
		"Clínica Dentária Dr. {N}"], "br": [
		"Consultório Odontológico Dr. {N}", "Odontologia {S}",
		"Clínica Odontológica {S}", "{S} Odonto",
		"Clínica Odontológica {P}"], "af": [
		"Clínica Dentária {S}", "Centro Odontológico {S}"]}),
	"pharmacy": (9, {"pt": ["Farmácia {S}", "Farmácia {P}",
		"Farmácia {T}", "Farmácia {C2}"], "br": ["Farmácia {S}",
		"Drogaria {S}", "Drogaria e Farmácia {S}", "Farmácia {T}",
		"Drogaria {P}"], "af": ["Farmácia {S}", "Farmácia {T}"]}),
	"law": (6, {"pt": ["{P}, {P2} & Associados",
		"{P} & Associados", "{P} {P2} Advogados"], "br": [
		"{P} Advogados Associados", "Escritório de Advocacia {P}",
		"{P}, {P2} e {P3} Sociedade de Advogados",
		"{P} & {P2} Advogados"], "af": ["{P} & Associados - Advogados",
		"Escritório de Advogados {P}"]}),
	"notary": (3, {"pt": ["Cartório Notarial de {C} - Notária {N}",
		"Conservatória do Registo Predial de {C}"], "br": [
		"Cartório do {n}º Ofício de Notas de {C}",
		"{n}º Tabelionato de Notas de {C}", "Cartório {P}",
		"Cartório de Registro Civil {S}"], "af": [
		"Cartório Notarial de {C}", "Cartório Notarial {n}º de {C}"]}),
	"account": (8, {"pt": ["{P} - Contabilidade e Gestão",
		"Gabinete de Contabilidade {S}", "{S} Contabilidade",
		"TOC {N}", "Contabilidade {P}"], "br": [
		"Escritório Contábil {S}", "{S} Contabilidade",
		"{S} Assessoria Contábil S/C", "Organização Contábil {P}",
		"Contabilidade {P}"], "af": ["{S} - Contabilidade e Auditoria",
		"Gabinete de Contabilidade {P}"]}),
	"school": (6, {"pt": ["Externato {T}", "Colégio {S}",
		"Escola Básica {S}", "Jardim de Infância {S}", "Colégio {T}"],
		"br": ["Colégio {S}", "Escola {S}", "Centro Educacional {S}",
		"Escola de Educação Infantil {S}", "Colégio {T}"], "af": [
		"Colégio {S}", "Escola Primária {S}", "Complexo Escolar {S}",
		"Colégio {T}"]}),
	"assoc": (5, {"pt": ["Centro Social e Paroquial de {C2}",
		"Santa Casa da Misericórdia de {C}",
		"Associação Humanitária dos Bombeiros Voluntários de {C}",
		"Associação de Pais {S}", "Associação Cultural e Recreativa {S}",
		"Associação de Acção Social {S}"], "br": ["Associação {S}",
		"Associação de Moradores {S}", "Instituto {S}",
		"Associação Beneficente {T}", "Lar {T}"], "af": [
		"Associação {S}", "Associação de Acção Social {S}",
		"Lar {T}"]}),
	"parish": (3, {"pt": ["Paróquia de {T}", "Junta de Freguesia de {B}",
		"União das Freguesias de {B} e {B2}"], "br": ["Paróquia {T}",
		"Paróquia de {T}", "Igreja Matriz de {T}"], "af": [
		"Paróquia de {T}", "Missão Católica de {C}"]}),
	"city": (2, {"pt": ["Câmara Municipal de {C}"], "br": [
		"Prefeitura Municipal de {C}", "Câmara Municipal de {C}"],
		"ao": ["Administração Municipal de {C}"], "mz": [
		"Conselho Municipal de {C}"], "af": ["Câmara Municipal de {C}"]}),
	"condo": (4, {"pt": ["Condomínio do Edifício {S}",
		"Condomínio {S}"], "br": ["Condomínio Edifício {S}",
		"Condomínio Residencial {S}", "Condomínio Edifício {T}"],
		"af": ["Condomínio {S}", "Edifício {S}"]}),
	"hotel": (5, {"pt": ["Hotel {S}", "Pousada {S}", "Residencial {S}",
		"Guest House {S}"], "br": ["Pousada {S}", "Hotel {S}",
		"Pousada {T}", "Hotel Pousada {S}"], "af": ["Hotel {S}",
		"Residencial {S}", "Pensão {S}"]}),
	"food": (7, {"pt": ["Restaurante {S}", "Tasca do {M}",
		"Marisqueira {S}", "Restaurante O {P}", "Churrasqueira {S}"],
		"br": ["Churrascaria {S}", "Restaurante {S}",
		"Restaurante e Pizzaria {S}", "Lanchonete {S}",
		"Churrascaria Gaúcha {S}"], "af": ["Restaurante {S}",
		"Churrasqueira {S}"]}),
	"bakery": (4, {"pt": ["Padaria {S}", "Pastelaria {S}",
		"Padaria e Pastelaria {S}"], "br": [
		"Padaria e Confeitaria {S}", "Panificadora {S}", "Padaria {S}"],
		"af": ["Padaria {S}", "Panificadora {S}"]}),
	"transport": (5, {"pt": ["Transportes {P}", "{P} & Filhos - Transportes",
		"Transportes {S}"], "br": ["{S} Transportes",
		"Transportadora {S}", "{S} Logística e Transportes"], "af": [
		"{S} Transportes", "Transportes {P}"]}),
	"builder": (5, {"pt": ["{P} Construções", "Construções {P} & Irmãos",
		"{S} Construções e Electricidade"], "br": ["Construtora {S}",
		"{S} Engenharia e Construções", "Construtora {P}"], "af": [
		"{S} Construções", "Construtora {S}"]}),
	"import": (5, {"pt": ["{S} - Importação e Exportação",
		"{P} & Cia.", "{S} Comércio de Electrónica"], "br": [
		"{S} Importação e Exportação", "{S} Comércio e Importação",
		"{S} Comércio de Eletrônicos"], "af": ["{S} Comércio Geral",
		"{S} Import & Export", "{P} Comércio Geral"]}),
	"trade": (7, {"pt": ["{P} Comércio de Materiais de Construção",
		"{S} Distribuição Alimentar", "{P} Representações",
		"{S} Serviços de Consultoria", "{S} Arquitectura e Projecto",
		"{S} Óptica"], "br": [
		"{P} Comércio de Materiais de Construção",
		"{S} Indústria e Comércio de Alimentos", "{P} Representações",
		"{S} Distribuidora", "{S} Serviços de Consultoria",
		"{S} Empreendimentos Imobiliários", "{S} Administração de Bens",
		"Ótica {S}", "{S} Arquitetura e Projetos"], "af": [
		"{S} Serviços", "{S} Distribuição", "{S} Consultoria",
		"Óptica {S}"]}),
	"coop": (1, {"pt": ["Cooperativa Agrícola de {C}",
		"Adega Cooperativa de {C}"], "br": ["Cooperativa {S}"],
		"af": ["Cooperativa {S}"]}),
}
NOLEGAL = {"notary", "school", "assoc", "parish", "city", "condo"}
# Legal forms per country, weighted; "" none.
LEGAL = {"pt": [("Lda.", 45), (", Lda.", 10), ("Unipessoal Lda.", 14),
		("S.A.", 7), ("", 14), ("& Filhos, Lda.", 5), ("& Irmãos, Lda.", 3),
		("Lda", 2)],
	"br": [("Ltda", 38), ("Ltda.", 12), ("Ltda - ME", 12), ("Ltda - EPP", 6),
		("EIRELI", 7), ("- ME", 5), ("S/A", 3), ("S.A.", 3), ("", 14)],
	"ao": [("Lda.", 50), ("(SU), Lda.", 15), ("S.A.", 10), ("", 20),
		("Comercial, Lda.", 5)],
	"mz": [("Limitada", 30), ("Lda", 30), ("SU, Lda", 12), ("S.A.", 8),
		("", 20)],
	"cv": [("Lda.", 55), ("S.A.", 15), ("", 30)],
	"gw": [("SARL", 40), ("SA", 15), ("SUARL", 15), ("Lda.", 10), ("", 20)]}
# The 1990 Agreement's pairs (old/Portugal, new/Brazil) and lexical ones.
SPELL = [("Acção", "Ação"), ("acção", "ação"), ("Direcção", "Direção"),
	("Projecto", "Projeto"), ("Arquitectura", "Arquitetura"),
	("Electricidade", "Eletricidade"), ("Electrónica", "Eletrônica"),
	("Eletrônicos", "Electrónicos"), ("Óptica", "Ótica"),
	("António", "Antônio"), ("Económico", "Econômico"),
	("Académico", "Acadêmico"), ("Registo", "Registro"),
	("Contacto", "Contato"), ("Facto", "Fato"), ("Ténis", "Tênis"),
	("Arquitetura", "Arquitectura"), ("Projetos", "Projectos"),
	("Ótica", "Óptica")]
# Abbreviations (full word, typed forms).
ABBR = [("Comércio", ["Com.", "Com", "Comercio"]), ("Indústria",
	["Ind.", "Ind"]), ("Distribuidora", ["Distrib.", "Dist."]),
	("Distribuição", ["Distrib.", "Dist."]), ("Representações",
	["Repres.", "Rep."]), ("Serviços", ["Serv.", "Servs"]),
	("Consultoria", ["Cons.", "Consult."]), ("Associação", ["Assoc.",
	"Ass."]), ("Administração", ["Adm.", "Admin."]),
	("Empreendimentos", ["Emp.", "Empreend."]), ("Sociedade", ["Soc."]),
	("Companhia", ["Cia."]), ("Construções", ["Const.", "Constr."]),
	("Construtora", ["Constr."]), ("Transportes", ["Transp.", "Transps"]),
	("Importação", ["Imp.", "Import."]), ("Exportação", ["Exp.",
	"Export."]), ("Materiais", ["Mat."]), ("Engenharia", ["Eng.", "Engª"]),
	("Nossa Senhora", ["N. Sra.", "N. Senhora", "Nsa Sra", "N.S."]),
	("São", ["S."]), ("Santa", ["Sta.", "Sta"]), ("Santo", ["Sto."]),
	("Condomínio", ["Cond.", "Cond"]), ("Edifício", ["Ed.", "Edif."]),
	("Residencial", ["Res."]), ("Escritório", ["Escrit.", "Esc."]),
	("Contabilidade", ["Contab.", "Cont."]), ("Farmácia", ["Farm."]),
	("Clínica", ["Clin.", "Clín."]), ("Odontológico", ["Odonto"]),
	("Odontológica", ["Odonto"]), ("Educacional", ["Educ."]),
	("Alimentos", ["Alim."]), ("Imobiliários", ["Imob."]),
	("Assessoria", ["Assess."]), ("Logística", ["Log."]),
	("Electricidade", ["Elect."]), ("Médico-Dentária", ["Dentária"])]
ACRO = [("Câmara Municipal de ", ["CM ", "C.M. ", "CM de "]),
	("Junta de Freguesia de ", ["JF ", "J.F. ", "JF de "]),
	("União das Freguesias de ", ["UF ", "UF de "]),
	("Santa Casa da Misericórdia de ", ["SCM ", "Misericórdia de ",
	"SCM de "]),
	("Associação Humanitária dos Bombeiros Voluntários de ",
	["AHBV ", "Bombeiros Voluntários de ", "BV "]),
	("Prefeitura Municipal de ", ["PM ", "Prefeitura de ", "Pref. "]),
	("Administração Municipal de ", ["AM ", "Adm. Municipal de "]),
	("Conselho Municipal de ", ["CM ", "CMC "]),
	("Escola de Educação Infantil ", ["EEI ", "Escola "]),
	("Centro Social e Paroquial de ", ["CSP ", "Centro Social "])]
PARTICLES = {"do", "da", "dos", "das", "de", "d'"}
VENDORS = ["MEO Empresas", "NOS Comunicações", "Vodafone Portugal",
	"Vivo Empresas", "Claro Empresas", "TIM Brasil", "Oi Soluções",
	"Unitel", "Africell Angola", "Vodacom Moçambique", "Movitel",
	"Tmcel", "CV Telecom", "Primavera BSS", "PHC Software", "Sage Portugal",
	"TOTVS", "Linx Sistemas", "Omie ERP", "Contabilizei", "Sistema Domínio",
	"Worten Empresas", "Dell Brasil", "HP Portugal",
	"Microsoft Suporte", "Fortinet TAC", "Ubiquiti", "Intelbras",
	"Multilaser", "ZAP Angola", "EDP Comercial", "Águas de Portugal",
	"Correios", "CTT Expresso", "DHL Express"]
VSUP = ["Distribuidora de Medicamentos {S}", "Papelaria {S}",
	"{S} Informática", "{S} Tecnologia", "Gráfica {S}",
	"{S} Telecomunicações", "Copiadoras {S}", "{S} Software"]
PERSONAL = ["PC casa {F}", "Portátil pessoal {F}", "Notebook do {F}",
	"Teste", "Teste acesso remoto", "Máquina da {F} (pessoal)",
	"Portátil da sogra", "PC {F} {P} (particular)", "Cliente particular",
	"Particular - {F} {P}", "Note {F} casa", "Tablet {F}"]
STAFF = ["Interno - Escritório Lisboa", "Interno Porto", "Formação técnicos",
	"Servidor interno", "Suporte interno SP", "Escritório Recife (interno)",
	"Portátil técnico {F}", "Lab de testes", "Interno Luanda",
	"Backup escritório Maputo", "PC da receção (nosso)"]
DOCS = ["Orçamento", "Proposta", "Demo", "Orcamento", "Proposta comercial",
	"Visita técnica"]
ROLES = {"pt": ["RECEPCAO", "BALCAO", "SECRETARIA", "DIRECAO", "SERVIDOR",
	"ARMAZEM", "CONTABILIDADE", "GABINETE", "TESOURARIA", "ESCRITORIO",
	"CAIXA", "ADMIN", "FATURACAO"],
	"br": ["RECEPCAO", "CAIXA", "GERENCIA", "SERVIDOR", "FINANCEIRO",
	"ESCRITORIO", "CONSULTORIO", "BALCAO", "ESTOQUE", "ADM", "COMPRAS",
	"SECRETARIA", "FATURAMENTO"],
	"af": ["RECEPCAO", "SECRETARIA", "CONTABILIDADE", "SERVIDOR",
	"ARMAZEM", "DIRECAO", "CAIXA", "ADMIN"]}
TECHS = {"lis": ["Ricardo Mendes", "Ana Sofia Lopes", "Tiago Ramos",
	"Filipe Duarte"], "opo": ["Nuno Carvalho", "Joana Pinto",
	"Hugo Teixeira"], "sp": ["Rodrigo Yamada", "Fernanda Lima",
	"Thiago Souza", "Marcelo Bastos", "Priscila Andrade"], "rec": [
	"Cícero Albuquerque", "Juliana Cavalcanti", "Wellington Bezerra"],
	"lua": ["Edson Kiluanje", "Mauro Pitra", "Délcio Gaspar"],
	"mpm": ["Hélder Cossa", "Nélia Sitoe"]}
DOM = {"pt": ".pt", "br": ".com.br", "ao": ".co.ao", "mz": ".co.mz",
	"cv": ".cv", "gw": ".gw"}
FREEMAIL = {"pt": ["sapo.pt", "gmail.com", "hotmail.com", "outlook.pt"],
	"br": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br",
	"terra.com.br"], "af": ["gmail.com", "hotmail.com", "yahoo.com.br"]}

# Real-row kinds and impostor kinds, weighted (see the header).
REAL = [("exact", 8), ("accents", 10), ("tilde", 4), ("spelling", 4),
	("abbrev", 7), ("and", 3), ("particles", 5), ("caps", 5),
	("legal", 7), ("fantasia", 6), ("owner", 3), ("person", 3),
	("number", 2), ("reorder", 3), ("truncated", 4), ("typo", 5),
	("two typos", 2), ("branch", 5), ("acronym", 3), ("domain", 2),
	("mixed", 7)]
IMPOSTOR = [("common surname", 4), ("rare word", 4), ("franchise", 3),
	("namesake", 4), ("vendor", 3), ("personal", 2), ("prospect", 3),
	("staff", 1), ("same shape", 3)]
IMPOSTOR_SHARE = 0.25


def wchoice(rng, items):
	r = rng.random() * sum(w for _, w in items)
	for it, w in items:
		r -= w
		if r < 0:
			return it
	return items[-1][0]


def flav(cc):
	return cc if cc in ("pt", "br") else "af"


def fold(s):
	s = unicodedata.normalize("NFKD", s)
	return unicodedata.normalize("NFC", "".join(ch for ch in s
		if not unicodedata.combining(ch)))


def tilde_fold(s):
	"""Only the dead-key tilde and the cedilla lost: ã õ ç."""
	return s.translate(str.maketrans("ãõçÃÕÇ", "aocAOC"))


# --- the customer list ---

class G:
	pass


def person(rng, cc, middle=0.5):
	f = flav(cc)
	first = rng.choice(FIRST[f])
	mid = rng.choice(MIDDLE[female(first)]) if rng.random() < middle \
		else ""
	pool = SUR[f] + COMMON * (2 if f != "af" else 0)
	s1, s2 = rng.choice(pool), rng.choice(pool)
	while s2 == s1:
		s2 = rng.choice(pool)
	surs = [s2] if rng.random() < 0.3 else [s1, s2]
	if rng.random() < 0.15:
		surs = [rng.choice(["de", "da", "dos"])] + surs
	out = [w for w in [first, mid] + surs if w]
	if cc == "br":	# Brazil's circumflex
		out = [w.replace("António", "Antônio") for w in out]
	return out


def short_person(p):
	"""Maria da Conceição Ferreira Santos -> Maria Santos."""
	return p[0] + " " + p[-1]


# Coined trade names, Brazil's and Portugal's habit of a sector's or a
# region's stem glued to another (Construbrás, Farmavida, Transnordeste,
# Lusoclínica, Eletrosul): many are one customer's word alone.
COIN_A = "Constru Farma Odonto Medi Agro Trans Eletro Info Tecno Multi " \
	"Poli Euro Luso Ibero Nordes Sul Atlanti Pan Vida Bio Eco Auto " \
	"Metal Imo Conta Nutri Clin Sani Dental Ortho Pharma Lumi Brasi " \
	"Cali Ango Moza Kwanz Mari Serra Pro Super Mega Vale Rio Terra " \
	"Aqua Sol Ouro Prata".split()
COIN_B = "brás sul norte mar med clin vida tec log mix center max lar bel " \
	"ana ix ton ali ora plus sol flex via lux park tur agro fort nova " \
	"minas pel cor gás pan rede dent".split()


def coined(rng):
	a, b = rng.choice(COIN_A), rng.choice(COIN_B)
	if a.lower().endswith(b[0]):
		b = b[1:]
	w = a + b
	return w if rng.random() < 0.8 else a + " " + b.capitalize()


def thing(rng, cc):
	f = flav(cc)
	if rng.random() < 0.35:
		return coined(rng)
	return rng.choice(THING["all"] + THING[f] * 1)


def surname(rng, cc):
	f = flav(cc)
	if rng.random() < 0.25 and f != "af":
		return rng.choice(COMMON)
	return rng.choice(SUR[f])


def cnpj(rng):
	d = [rng.randrange(10) for _ in range(8)] + [0, 0, 0, 1]
	for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2],
			[6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
		r = sum(a * b for a, b in zip(d, w)) % 11
		d.append(0 if r < 2 else 11 - r)
	return "".join(map(str, d))


def cpf(rng):
	d = [rng.randrange(10) for _ in range(9)]
	for n in (10, 11):
		r = sum(a * b for a, b in zip(d, range(n, 1, -1))) * 10 % 11
		d.append(r % 10)
	return "".join(map(str, d))


def dotted(num):
	if len(num) == 14:
		return "%s.%s.%s/%s-%s" % (num[:2], num[2:5], num[5:8], num[8:12],
			num[12:])
	if len(num) == 11:
		return "%s.%s.%s-%s" % (num[:3], num[3:6], num[6:9], num[9:])
	return "%s %s %s" % (num[:3], num[3:6], num[6:])


def fill(rng, pat, cc, town, area):
	vals = {"S": thing(rng, cc), "T": rng.choice(SAINT),
		"P": surname(rng, cc), "P2": surname(rng, cc),
		"P3": surname(rng, cc), "F": rng.choice(FIRST[flav(cc)]),
		"M": rng.choice([x for x in FIRST[flav(cc)] if not female(x)]),
		"C": town, "n": str(rng.randrange(1, 16)),
		"B": rng.choice(BAIRROS[area]), "B2": rng.choice(BAIRROS[area])}
	while vals["P2"] == vals["P"]:
		vals["P2"] = surname(rng, cc)
	while vals["B2"] == vals["B"]:
		vals["B2"] = rng.choice(BAIRROS[area])
	vals["C2"] = rng.choice([town, vals["S"]])
	owner = None
	if "{N}" in pat:
		owner = person(rng, cc, 0.6)
		vals["N"] = " ".join(owner)
		if female(owner[0]):
			pat = pat.replace("Dr. {N}", "Dra. {N}")
		else:
			pat = pat.replace("Notária {N}", "Notário {N}")
	if "{S}" not in pat:
		vals["S"] = None
	out = re.sub(r"\{(\w+)\}", lambda m: vals[m.group(1)], pat)
	out = re.sub(r"\bde (Sagrado|Menino)", r"do \1", out)
	return out, owner, vals


def with_legal(name, form):
	if not form:
		return name
	if form.startswith(","):
		return name + form
	return name + " " + form


def legal_name(rng, c, cc):
	"""The razão social / firma: the owners' surnames and the activity,
	or the trade name itself, with the country's legal form."""
	form = wchoice(rng, LEGAL[cc])
	r = rng.random()
	if c["sector"] in NOLEGAL:
		return c["trade"], ""
	if r < 0.45:
		base = c["trade"]
	elif r < 0.75:
		p1 = surname(rng, cc)
		p2 = surname(rng, cc)
		act = {"pharmacy": "Comércio de Medicamentos" if cc == "br" else
			"Farmácia", "food": "Restauração" if cc != "br" else
			"Comércio de Refeições", "bakery": "Panificação",
			"dental": "Serviços Odontológicos" if cc == "br" else
			"Serviços Médico-Dentários", "clinic": "Serviços Médicos",
			"hotel": "Hotelaria" if cc != "br" else "Hotelaria e Turismo",
			"transport": "Transportes", "builder": "Construções",
			"import": "Comércio e Importação", "law": "Advogados",
			"account": "Serviços de Contabilidade", "coop": "Cooperativa"
			}.get(c["sector"], "Comércio e Serviços")
		base = "%s & %s %s" % (p1, p2, act) if p1 != p2 else \
			"%s %s" % (p1, act)
	else:
		p = person(rng, cc, 0.4)
		base = "%s %s" % (" ".join(p[-2:]) if len(p) > 2 else p[-1],
			rng.choice(["Comércio e Serviços", "Serviços",
			"Comércio", "Gestão e Serviços"]))
	if cc == "pt" and form.startswith("&"):
		base = surname(rng, cc)
	return with_legal(base, form), form


def population(rng, ncust):
	g = G()
	g.custs, seen = [], set()
	areas = [(a, a[3]) for a in AREAS]
	ids = iter(range(36500000, 40000000))
	chains = {}
	tries = 0
	while len(g.custs) < ncust:
		tries += 1
		area = wchoice(rng, areas)
		code, desk, cc = area[0], area[1], area[2]
		town, state, zbase = rng.choice(area[4])
		f = flav(cc)
		c = {"area": code, "desk": desk, "cc": cc, "town": town,
			"state": state, "zbase": zbase, "owner": None, "num": None}
		r = rng.random()
		if r < 0.05 and cc in ("pt", "br"):	# a franchisee
			ch = rng.choice([x for x in CHAINS if x[1] == cc])[0]
			where = town if rng.random() < 0.5 or \
				town != area[4][0][0] else rng.choice(BAIRROS[code])
			c["sector"], c["chain"] = "chain", ch
			c["trade"] = "%s %s" % (ch, where) if rng.random() < 0.6 \
				else "%s - %s" % (ch, where)
			form = wchoice(rng, LEGAL[cc]) or "Lda."
			c["legal"] = with_legal("%s & %s Comércio" % (surname(rng, cc),
				surname(rng, cc)), form)
			c["form"] = form
		elif r < 0.09 and cc == "br":	# an MEI: full name and CPF
			p = person(rng, cc, 0.7)
			c["sector"], c["owner"] = "mei", p
			c["num"] = cpf(rng)
			c["legal"] = "%s %s" % (" ".join(p), c["num"])
			c["trade"] = rng.choice(["%s Cabeleireiros", "%s Informática",
				"Doces da %s", "%s Manicure", "%s Assistência Técnica",
				"%s Fotografia", "Ateliê %s"]) % p[0]
			c["form"] = ""
		elif r < 0.12 and cc == "pt":	# an ENI: the person's own name
			p = person(rng, cc, 0.6)
			c["sector"], c["owner"] = "eni", p
			c["legal"] = " ".join(p)
			c["trade"] = rng.choice(["Café %s", "Mercearia %s",
				"Oficina %s", "Cabeleireiro %s", "Papelaria %s"]) % \
				thing(rng, cc)
			c["form"] = ""
		else:
			sec = wchoice(rng, [(k, v[0]) for k, v in SECT.items()])
			pats = SECT[sec][1].get(cc) or SECT[sec][1][f]
			pat = rng.choice(pats)
			c["sector"] = sec
			c["trade"], c["owner"], v = fill(rng, pat, cc, town, code)
			c["S"] = v["S"]
			c["legal"], c["form"] = legal_name(rng, c, cc)
		if c["sector"] == "law" and cc != "pt":	# no Ltda for lawyers
			c["legal"], c["form"] = c["trade"], ""
		if c["sector"] == "law" and cc == "pt":
			c["legal"] = c["trade"] + rng.choice([
				" - Sociedade de Advogados, SP, RL",
				", Sociedade de Advogados, SP, RL",
				" - Sociedade de Advogados, RL"])
		if c["sector"] == "coop" and cc == "pt":
			c["legal"] = c["trade"] + ", CRL"
		# Syncro holds one of the two names (the other is typed).
		pick = rng.random()
		c["name"] = c["trade"] if pick < 0.6 else c["legal"]
		if c["legal"] != c["trade"] and pick >= 0.6 and cc == "br" and \
				rng.random() < 0.3:
			c["name"] = fold(c["legal"]).upper()	# from the CNPJ card
		if cc == "br" and c["sector"] not in NOLEGAL | {"mei"} and \
				rng.random() < 0.03:
			c["num"] = cnpj(rng)
			c["name"] += " - CNPJ " + dotted(c["num"])
		elif cc == "pt" and rng.random() < 0.04:
			c["num"] = rng.choice("5" * 3 + "12") + \
				"".join(str(rng.randrange(10)) for _ in range(8))
			c["name"] += " (NIF %s)" % c["num"]
		k = la.key(c["name"])
		if not k or k in seen:
			if tries > ncust * 50:
				sys.exit("gen-link-blind26: cannot draw %d names" % ncust)
			# A namesake in another town: Syncro lists it with the town.
			if rng.random() < 0.5 and c["sector"] not in ("city", "notary"):
				c["name"] = "%s - %s" % (c["name"], town)
				k = la.key(c["name"])
				if not k or k in seen:
					continue
			else:
				continue
		seen.add(k)
		c["id"] = 36000001 + len(g.custs)
		g.custs.append(c)
	for c in g.custs:
		c["syncro"] = address(rng, c)
		c["domain"] = email_domain(rng, c)
		c["contacts"] = contacts(rng, c, ids)
		c["assets"] = assets(rng, c, ids)
		chains.setdefault(c.get("chain"), []).append(c)
	g.chains = chains
	return g


STREETS = {"pt": ["Rua de Santa Catarina", "Avenida da Liberdade",
	"Rua Augusta", "Avenida da República", "Rua do Carmo",
	"Rua Dr. António José de Almeida", "Avenida dos Aliados",
	"Rua Direita", "Largo do Rossio", "Rua 25 de Abril",
	"Avenida Almirante Reis", "Travessa do Castelo", "Estrada Nacional 10"],
	"br": ["Rua Augusta", "Avenida Paulista", "Rua da Aurora",
	"Avenida Boa Viagem", "Rua XV de Novembro", "Avenida Brasil",
	"Rua Sete de Setembro", "Avenida Conselheiro Aguiar",
	"Rua Barão de Itapetininga", "Avenida Getúlio Vargas",
	"Rua Dom Pedro II", "Avenida Norte", "Rua do Sol"],
	"af": ["Rua Rainha Ginga", "Avenida 4 de Fevereiro",
	"Rua Major Kanhangulo", "Avenida Julius Nyerere",
	"Avenida 24 de Julho", "Avenida Eduardo Mondlane", "Rua da Missão",
	"Avenida Amílcar Cabral", "Rua Cidade de Lisboa",
	"Avenida Samora Machel", "Rua Serpa Pinto"]}


def address(rng, c):
	cc, f = c["cc"], flav(c["cc"])
	st = rng.choice(STREETS[f])
	n = rng.randrange(1, 2500 if cc == "br" else 300)
	a2 = None
	if cc == "br":
		addr = "%s, %d" % (st, n)
		if rng.random() < 0.5:
			a2 = rng.choice(["Sala %d", "Conj. %d", "Loja %d", "Bloco B, apto %d",
				"Andar %d"]) % rng.randrange(1, 120)
		z = "%05d-%03d" % (c["zbase"] + rng.randrange(0, 900),
			rng.randrange(1000))
		state = c["state"]
	elif cc == "pt":
		addr = "%s %d" % (st, n) if rng.random() < 0.5 else \
			"%s, n.º %d" % (st, n)
		if rng.random() < 0.45:
			a2 = rng.choice(["%dº Esq.", "%dº Dto.", "Loja %d",
				"R/C Dto.", "Fração %d"])
			if "%" in a2:
				a2 %= rng.randrange(1, 9)
		z = "%04d-%03d" % (c["zbase"] + rng.randrange(0, 99),
			rng.randrange(1000))
		state = c["state"] if rng.random() < 0.3 else None
	else:
		addr = "%s, n.º %d" % (st, n) if rng.random() < 0.6 else st
		if rng.random() < 0.3:
			a2 = rng.choice(["Bairro %s" % rng.choice(BAIRROS[c["area"]]),
				"Prédio %d, %dº andar" % (rng.randrange(1, 60),
				rng.randrange(1, 12))])
		z = str(c["zbase"]) if c["zbase"] and rng.random() < 0.6 else None
		state = c["state"]
	return {"address": addr, "address_2": a2, "city": c["town"],
		"state": state, "zip": z}


def squash(s):
	return re.sub("[^a-z0-9]", "", fold(s).lower())


def email_domain(rng, c):
	if rng.random() < 0.3:
		return rng.choice(FREEMAIL[flav(c["cc"])])
	ws = [w for w in fold(c["trade"]).lower().replace("-", " ").split()
		if w not in PARTICLES and w != "e" and w.isalpha()]
	if len(ws) > 2 and rng.random() < 0.5:
		ws = ws[1:]
	stem = ""
	for w in ws:	# whole words, as a registrar's short name
		if stem and len(stem + w) > 22:
			break
		stem += w
	stem = stem[:22] or "empresa"
	return stem + DOM[c["cc"]]


def contacts(rng, c, ids):
	out, n = [], 1 + int(rng.random() ** 2 * 3)
	for k in range(n):
		if k == 0 and c["owner"]:
			p = c["owner"]
		else:
			p = person(rng, c["cc"], 0.3)
		first, last = p[0], " ".join(p[1:])
		if rng.random() < 0.5:
			first, last = p[0], p[-1]
		local = squash(p[0]) + "." + squash(p[-1])
		out.append({"id": next(ids), "firstname": first, "lastname": last,
			"email": local + "@" + c["domain"]})
	return out


def prefix_of(c):
	ws = [w for w in fold(c["trade"]).upper().replace("-", " ").split()
		if w.isalpha() and w.lower() not in PARTICLES]
	if not ws:
		return "CLI"
	if len(ws) == 1:
		return ws[0][:6]
	return (ws[0][:3] + ws[1][:3])[:6]


def rand_pc(rng, kind="DESKTOP"):
	return kind + "-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
		for _ in range(7))


def assets(rng, c, ids):
	n = 1 + int(rng.random() ** 2.2 * 14)
	if c["sector"] in ("city", "school", "clinic", "hotel"):
		n += rng.randrange(0, 10)
	scheme = rng.choice(["prefix", "prefix", "role", "default", "person"])
	f = flav(c["cc"])
	out, names = [], set()
	pre = prefix_of(c)
	for k in range(n):
		if scheme == "prefix":
			m = "%s-%s%02d" % (pre, rng.choice(["PC", "PC", "NB", "SRV"]),
				k + 1)
		elif scheme == "role":
			m = rng.choice(ROLES[f])
			if m in names or rng.random() < 0.4:
				m = "%s%s%d" % (m, rng.choice(["", "-"]), k + 1)
		elif scheme == "default":
			m = rand_pc(rng, rng.choice(["DESKTOP", "DESKTOP", "LAPTOP"]))
		else:
			p = person(rng, c["cc"], 0)
			m = "%s-%s" % (rng.choice(["PC", "NOTE" if f == "br" else
				"PORTATIL"]), squash(p[0]).upper()[:8])
		m = m[:15]
		if m in names:
			m = rand_pc(rng)
		names.add(m)
		out.append({"id": next(ids), "name": m})
	return out


# --- typing: the noise of real rows ---

NEIGH = {}
_ROWS = ["qwertyuiop", "asdfghjklç", "zxcvbnm"]
for _r, _row in enumerate(_ROWS):
	for _i, _ch in enumerate(_row):
		nb = set()
		for dr in (-1, 0, 1):
			rr = _r + dr
			if 0 <= rr < len(_ROWS):
				for di in (-1, 0, 1):
					j = _i + di
					if 0 <= j < len(_ROWS[rr]) and (dr or di):
						nb.add(_ROWS[rr][j])
		NEIGH[_ch] = "".join(sorted(nb))


def typo1(rng, s):
	idx = [i for i, ch in enumerate(s) if ch.isalpha()]
	if len(idx) < 4:
		return s
	i = rng.choice(idx[1:])
	ch = s[i]
	op = rng.random()
	if op < 0.35 and fold(ch.lower()) in NEIGH:
		nb = rng.choice(NEIGH[fold(ch.lower())])
		return s[:i] + (nb.upper() if ch.isupper() else nb) + s[i + 1:]
	if op < 0.6:
		return s[:i] + s[i + 1:]
	if op < 0.8:
		return s[:i] + ch + s[i:]
	if i + 1 < len(s) and s[i + 1].isalpha():
		return s[:i] + s[i + 1] + ch + s[i + 2:]
	return s[:i] + s[i + 1:]


LEGAL_RE = re.compile(r"(\s*[,-]?\s*(\(SU\),?\s*|SU,\s*|Unipessoal\s+|"
	r"& Filhos,?\s*|& Irmãos,?\s*)?(Lda\.?|Ltda\.?|Limitada|S\.A\.|S/A|SA|"
	r"SARL|SUARL|EIRELI|CRL|ME|EPP|SP, RL|RL)\b\.?(\s*-\s*(ME|EPP))?)+\s*$")


def split_legal(s):
	m = LEGAL_RE.search(s)
	if m and m.start() > 0:
		return s[:m.start()].rstrip(" ,-"), s[m.start():].strip(" ,-")
	return s, ""


def strip_tail(s):
	"""The name less an appended number or town qualifier."""
	s = re.sub(r"\s*\(NIF \d+\)$", "", s)
	return re.sub(r"\s*- CNPJ [\d./-]+$", "", s)


def n_accents(rng, c, s):
	return fold(s)


def n_tilde(rng, c, s):
	if "ão" in s and rng.random() < 0.25:
		s = s.replace("ão", "am" if rng.random() < 0.4 else "ao")
	return tilde_fold(s)


def n_spelling(rng, c, s):
	pairs = [(a, b) for a, b in SPELL if a in s]
	if not pairs:
		return None
	a, b = rng.choice(pairs)
	return s.replace(a, b)


def n_abbrev(rng, c, s):
	hits = [(a, b) for a, b in ABBR if re.search(r"\b%s\b" % a, s)]
	if not hits:
		return None
	rng.shuffle(hits)
	for a, b in hits[:rng.choice([1, 1, 2, 3])]:
		s = re.sub(r"\b%s\b" % a, rng.choice(b), s, count=1)
	return s


def n_and(rng, c, s):
	if " & " in s:
		return s.replace(" & ", " e ", 1)
	if " e " in s:
		return s.replace(" e ", " & ", 1)
	return None


def n_particles(rng, c, s):
	ws = s.split()
	out = [w for w in ws if w.lower() not in PARTICLES]
	if len(out) == len(ws) or len(out) < 2:
		return None
	return " ".join(out)


def n_caps(rng, c, s):
	s = s.upper()
	return fold(s) if rng.random() < 0.7 else s


def n_lower(rng, c, s):
	return s.lower()


def n_legal(rng, c, s):
	base, form = split_legal(s)
	if not form:
		form = c.get("form") or ""
		if not form or c["name"] != c["trade"]:
			return None
		return with_legal(base, rng.choice([form, form.upper(),
			form.replace(".", "")]))
	r = rng.random()
	if r < 0.5:
		return base
	alt = {"Lda.": ["Lda", "LDA", ", Lda", "Limitada"], "Ltda": ["Ltda.",
		"LTDA", "Limitada"], "Ltda.": ["Ltda", "LTDA"],
		"Ltda - ME": ["Ltda", "ME", "Ltda ME", "LTDA-ME"],
		"Ltda - EPP": ["Ltda", "EPP", "Ltda EPP"], "EIRELI": ["Eireli",
		"Ltda", "EIRELI - ME"], "S.A.": ["SA", "S/A"], "S/A": ["S.A.",
		"SA"], "Unipessoal Lda.": ["Lda", "Unipessoal, Lda",
		"Unip. Lda"], "(SU), Lda.": ["Lda", "SU Lda", "(SU) Lda"],
		"SU, Lda": ["Lda", "Limitada"], "Limitada": ["Lda", "Ltda"],
		"SARL": ["S.A.R.L.", "Sarl"], "SUARL": ["SARL", "Suarl"]}
	f2 = form.lstrip(", ")
	if f2 in alt:
		return with_legal(base, rng.choice(alt[f2]))
	return base


def n_fantasia(rng, c, s):
	other = c["trade"] if c["name"] != c["trade"] else c["legal"]
	if other == c["name"] or la.key(other) == la.key(c["name"]):
		return None
	r = rng.random()
	if r < 0.4:
		return fold(other) if rng.random() < 0.5 else other
	if r < 0.6:
		return fold(other).upper()
	return split_legal(other)[0]


def n_owner(rng, c, s):
	p = c["owner"]
	if not p or len(p) < 3:
		return None
	sh = short_person(p)
	if c["sector"] in ("mei", "eni"):
		return rng.choice([sh, fold(sh), " ".join(p)])
	full = " ".join(p)
	if full not in s:
		return None
	return s.replace(full, sh)


def n_person(rng, c, s):
	ct = rng.choice(c["contacts"])
	full = "%s %s" % (ct["firstname"], ct["lastname"])
	t = full if rng.random() < 0.5 else "%s %s" % (ct["firstname"],
		ct["lastname"].split()[-1])
	return fold(t) if rng.random() < 0.4 else t


def n_number(rng, c, s):
	if not c["num"]:
		return None
	num = c["num"]
	if num in s:
		return s.replace(num, dotted(num))
	d = dotted(num)
	if d in s:
		return s.replace(d, num) if rng.random() < 0.5 else \
			s.replace(" - CNPJ " + d, " " + num)
	return None


SECTOR_WORDS = {"Farmácia", "Clínica", "Padaria", "Restaurante", "Hotel",
	"Pousada", "Colégio", "Drogaria", "Churrascaria", "Policlínica",
	"Pastelaria", "Transportes", "Construtora", "Óptica", "Ótica", "Escola",
	"Contabilidade", "Externato", "Panificadora", "Construções",
	"Transportadora", "Odontologia", "Odonto", "Distribuidora",
	"Lanchonete", "Marisqueira", "Residencial", "Advogados"}


def n_reorder(rng, c, s):
	"""The sector word moved to the other end, or the two sides of "&"
	swapped: word order is what a technician recalls least."""
	base, form = split_legal(strip_tail(s))
	ws = base.split()
	if len(ws) < 2 or " - " in base or "," in base:
		return None
	if ws[0] in SECTOR_WORDS:
		rest = ws[1:]
		if rest and rest[0].lower() in PARTICLES:
			rest = rest[1:]
		out = " ".join(rest + [ws[0]])
	elif ws[-1] in SECTOR_WORDS:
		out = " ".join([ws[-1]] + ws[:-1])
	elif len(ws) == 3 and ws[1] == "&":
		out = " ".join([ws[2], "&", ws[0]])
	else:
		return None
	return with_legal(out, form) if form and rng.random() < 0.3 else out


def n_truncated(rng, c, s):
	if len(s) < 14:
		return None
	return s[:rng.randrange(10, min(len(s) - 2, 26))].rstrip()


def n_typo(rng, c, s):
	t = typo1(rng, s)
	return t if t != s else None


def n_typo2(rng, c, s):
	t = typo1(rng, typo1(rng, s))
	return t if t != s else None


def n_branch(rng, c, s):
	if c["sector"] in ("mei", "eni"):
		return None
	base = split_legal(strip_tail(s))[0]
	q = rng.choice(["Filial {B}", "Loja {k}", "Sede", "{C}", "Unidade {B}",
		"Matriz", "Armazém", "{B}", "Delegação {C}"])
	if "{C}" in q and c["town"] in base:
		q = "Sede"
	q = q.replace("{B}", rng.choice(BAIRROS[c["area"]])).replace(
		"{C}", c["town"]).replace("{k}", str(rng.randrange(2, 6)))
	return rng.choice(["%s - %s", "%s %s", "%s (%s)"]) % (base, q)


def n_acronym(rng, c, s):
	"""Public bodies' acronyms (CM, JF, SCM, AHBV), or two partners'
	initials with the ampersand ("F&S Contabilidade")."""
	for full, forms in ACRO:
		if full in s + " ":
			return (s + " ").replace(full, rng.choice(forms), 1).strip()
	base = split_legal(strip_tail(s))[0]
	m = re.match(r"^(\w+),? (?:\w+,? )?& (\w+) (.+)$", base)
	if not m or m.group(3).split()[0] in ("Associados", "Filhos",
			"Irmãos", "Cia."):
		return None
	a = fold(m.group(1))[0].upper() + "&" + fold(m.group(2))[0].upper()
	return "%s %s" % (a, m.group(3))


def n_domain(rng, c, s):
	d = c["domain"]
	if d.split(".")[0] in ("gmail", "hotmail", "sapo", "outlook", "uol",
			"bol", "terra", "yahoo"):
		return None
	return d if rng.random() < 0.5 else d.split(".")[0]


def n_mixed(rng, c, s):
	fs = [n_accents, n_abbrev, n_particles, n_legal, n_caps, n_typo,
		n_truncated, n_and, n_spelling, n_lower, n_tilde, n_reorder]
	k = 0
	for f in rng.sample(fs, len(fs)):
		t = f(rng, c, s)
		if t and t != s:
			s, k = t, k + 1
		if k == 2:
			return s
	return None


NOISE = {"exact": lambda rng, c, s: s, "accents": n_accents,
	"tilde": n_tilde, "spelling": n_spelling, "abbrev": n_abbrev,
	"and": n_and, "particles": n_particles, "caps": n_caps,
	"legal": n_legal, "fantasia": n_fantasia, "owner": n_owner,
	"person": n_person, "number": n_number, "reorder": n_reorder,
	"truncated": n_truncated, "typo": n_typo, "two typos": n_typo2,
	"branch": n_branch, "acronym": n_acronym, "domain": n_domain,
	"mixed": n_mixed}


# --- this region's reading of a name, for the impostor checks ---

EXPAND = {}
for _full, _forms in ABBR:
	for _f in _forms:
		EXPAND[squash(_f)] = squash(_full)
for _a, _b in SPELL:
	EXPAND.setdefault(squash(_b), squash(_a))
MYLEGAL = {"lda", "ltda", "limitada", "sa", "s", "a", "unipessoal", "su",
	"me", "epp", "eireli", "slu", "mei", "eni", "crl", "rl", "sp",
	"sarl", "suarl", "unip", "cnpj", "nif", "nipc", "cpf", "cia",
	"companhia", "filhos", "irmaos", "comercial"}
DROP = {"do", "da", "dos", "das", "de", "e", "o", "a", "d"} | \
	{squash(w) for d in DOCS for w in d.split()}


def spell1(w):
	"""One spelling of a folded word: the silent c/p of the 1990 pairs
	dropped (accao/acao, optica/otica), ao for am."""
	w = EXPAND.get(w, w)
	w = re.sub("c([cç])", r"\1", w).replace("ct", "t").replace("pt", "t")
	return w


def myread(s):
	s = fold(s).lower().replace("&", " e ")
	ws = re.sub(r"[^0-9a-z]+", " ", s).split()
	return [spell1(w) for w in ws if not w.isdigit() and w not in DROP
		and w not in MYLEGAL]


def mykey(s):
	return " ".join(myread(s))


def index(g):
	g.audit = la.Audit([(str(c["id"]), c["name"]) for c in g.custs])
	g.mykeys, g.myinv, g.anag = {}, {}, {}
	g.contact_owner = {}
	g.fullkeys = {mykey(c["name"]) for c in g.custs}
	g.setkeys = set()
	for c in g.custs:
		for v in (c["name"], c["trade"], c["legal"]):
			w = set(myread(v))
			if w:
				g.setkeys.add(" ".join(sorted(w)))
	for i, c in enumerate(g.custs):
		variants = {c["name"], c["trade"], c["legal"], strip_tail(c["name"]),
			split_legal(strip_tail(c["name"]))[0]}
		for v in list(variants):
			if c["owner"]:
				for f in (" ".join(c["owner"]), short_person(c["owner"])):
					variants.add(v.replace(f, ""))
			variants.add(re.sub(r"\b%s\b" % re.escape(c["town"]), "", v))
			variants.add(v.split(" - ")[0])
		for v in variants:
			k = mykey(v)
			if k:
				g.mykeys.setdefault(k, set()).add(i)
				g.anag.setdefault("".join(sorted(k.replace(" ", ""))),
					set()).add(k.replace(" ", ""))
		for w in set(myread(c["name"])) | set(myread(c["trade"])) | \
				set(myread(c["legal"])):
			g.myinv.setdefault(w, set()).add(i)
		for ct in c["contacts"]:
			for full in ("%s %s" % (ct["firstname"], ct["lastname"]),):
				g.contact_owner.setdefault(mykey(full), set()).add(i)
		if c["owner"]:
			g.contact_owner.setdefault(mykey(" ".join(c["owner"])),
				set()).add(i)
			g.contact_owner.setdefault(mykey(short_person(c["owner"])),
				set()).add(i)
	g.person_keys = {}
	for i, c in enumerate(g.custs):
		for ct in c["contacts"]:
			g.person_keys.setdefault(mykey("%s %s" % (ct["firstname"],
				ct["lastname"])), set()).add(i)
	g.short_keys = {}
	for i, c in enumerate(g.custs):
		for ct in c["contacts"]:
			g.short_keys.setdefault(mykey("%s %s" % (ct["firstname"],
				ct["lastname"].split()[-1])), set()).add(i)
	g.chain_of = {}
	g.rare = []
	for w, s in g.myinv.items():
		if len(s) <= 2 and len(w) >= 5 and w.isalpha():
			g.rare.append(w)
	g.rare.sort()


def moved(a, b):
	"""b is a with one letter moved (a transposition or further)."""
	if a == b or len(a) != len(b):
		return False
	i = 0
	while a[i] == b[i]:
		i += 1
	j = len(a) - 1
	while a[j] == b[j]:
		j -= 1
	x, y = a[i:j + 1], b[i:j + 1]
	return x[1:] + x[0] == y or x[-1] + x[:-1] == y


def my_doubt(g, t, chain=False):
	"""An impostor read through this region's typing is a customer's
	(with chain, a franchisee in another town: the chain's name less a
	town is no one customer's)."""
	k = mykey(t)
	if not k:
		return True
	if k in g.mykeys or k in g.contact_owner:
		return True
	ws = k.split()
	cutkeys = g.fullkeys if chain else g.mykeys
	for cut in (1, 2):
		if len(ws) > cut and " ".join(ws[:-cut]) in cutkeys:
			return True
	for sep in (" - ", " (", ","):
		if sep in t and mykey(t.split(sep)[0]) in cutkeys:
			return True
	if held_more(g, set(ws)):
		return True
	sq = k.replace(" ", "")
	for other in g.anag.get("".join(sorted(sq)), ()):
		if other == sq or moved(sq, other):	# run together, or moved
			return True
	if len(set(ws)) >= 1:
		cands = None
		for w in set(ws):
			s = g.myinv.get(w, set())
			cands = s if cands is None else cands & s
			if not cands:
				break
		W = set(ws)
		for i in sorted(cands or ()):
			c = g.custs[i]
			for v in (c["name"], c["trade"], c["legal"]):
				cw = set(myread(v))
				if W <= cw and len(cw) <= len(W) + 1:
					return True
	for n in (2, 3):	# a contact's or owner's name inside it
		for a in range(len(ws) - n + 1):
			p = " ".join(ws[a:a + n])
			if p in g.contact_owner or p in g.short_keys:
				return True
	return False


PLACE = {w for a in AREAS for t in a[4] for w in myread(t[0] + " " + t[1])} \
	| {w for b in BAIRROS.values() for x in b for w in myread(x)} | \
	{"filial", "loja", "sede", "matriz", "unidade", "armazem", "delegacao",
	"centro", "escritorio", "nova", "novo"} | \
	{w for v in SECT.values() for ps in v[1].values() for p in ps
	for w in myread(re.sub(r"\{\w+\}", " ", p))}


def held_more(g, W):
	"""W holds all of a customer's words and at most one word more, or
	more that are only towns, districts, words for a branch or a trade
	(its own site, or its name as the desk spells it out)."""
	W = sorted(W)
	if len(W) > 12:
		return False
	for mask in range(1, 1 << len(W)):
		sub = [w for b, w in enumerate(W) if mask >> b & 1]
		extra = [w for b, w in enumerate(W) if not mask >> b & 1]
		if len(extra) > 1 and not all(w in PLACE for w in extra):
			continue
		if " ".join(sub) in g.setkeys:
			return True
	return False


def audit_doubt(g, t):
	a = g.audit
	return bool(a.impostor(t) or a.impostor_more(t) or a.joined(t))


# --- impostors ---

def fresh(rng, g, cc, area):
	sec = wchoice(rng, [(k, v[0]) for k, v in SECT.items()
		if k not in ("city", "notary", "parish")])
	pats = SECT[sec][1].get(cc) or SECT[sec][1][flav(cc)]
	town = rng.choice([a for a in AREAS if a[0] == area][0][4])[0]
	return fill(rng, rng.choice(pats), cc, town, area)[0]


def i_surname(rng, g, c):
	cc = c["cc"]
	f = flav(cc)
	sec = rng.choice(["Farmácia", "Contabilidade", "Transportes",
		"Clínica", "Padaria", "Construções", "Advogados", "Restaurante",
		"Oficina", "Imobiliária", "Papelaria"])
	a = rng.choice(COMMON if f != "af" else SUR["af"])
	b = rng.choice(SUR[f] + [rng.choice(FIRST[f])])
	form = rng.choice(["%s %s %s", "%s %s & %s", "%s %s e %s"])
	return form % (sec, a, b) if rng.random() < 0.6 else \
		"%s %s %s" % (a, b, sec)


def i_rare(rng, g, c):
	if not g.rare:
		return None
	w = rng.choice(g.rare)
	sec = rng.choice(["Informática", "Seguros", "Imobiliária", "Transportes",
		"Auto Peças", "Pet Shop", "Lavandaria", "Floricultura", "Ginásio",
		"Cabeleireiro", "Veterinária", "Gráfica"])
	word = w.capitalize()
	for ci in sorted(g.myinv.get(w, ())):	# its own spelling
		for tok in re.split(r"[\s,()-]+", g.custs[ci]["name"]):
			if spell1(squash(tok)) == w:
				word = tok
				break
		break
	return "%s %s" % (sec, word) if rng.random() < 0.5 else \
		("%s %s %s" % (word, sec, rng.choice(["", "Ltda", "Lda"]))).strip()


# Towns this MSP has no customer in, where a chain has franchisees too.
ELSEWHERE = {"br": ["Bauru", "Marília", "Franca", "Limeira", "Americana",
	"Taubaté", "Presidente Prudente", "Araraquara", "São Carlos",
	"Mogi das Cruzes", "Feira de Santana", "Vitória da Conquista",
	"Mossoró", "Juazeiro do Norte", "Arapiraca", "Londrina", "Maringá",
	"Uberlândia", "Juiz de Fora", "Goiânia", "Manaus", "Belém"],
	"pt": ["Tomar", "Abrantes", "Covilhã", "Castelo Branco", "Guarda",
	"Chaves", "Lamego", "Elvas", "Portalegre", "Tavira", "Loulé",
	"Silves", "Peniche", "Nazaré", "Ourém", "Fafe", "Amarante",
	"Mirandela", "Figueira da Foz", "Pombal", "Fundão", "Estremoz"]}


def i_franchise(rng, g, c):
	ch, cc = rng.choice(CHAINS)
	if rng.random() < 0.5:
		town = rng.choice(ELSEWHERE[cc])
	else:
		ar = rng.choice([a for a in AREAS if a[2] == cc])
		town = rng.choice(ar[4])[0]
	if any(c2["town"] == town for c2 in g.chains.get(ch, ())):
		return None
	return "%s %s" % (ch, town) if rng.random() < 0.6 else \
		"%s - %s" % (ch, town)


def i_namesake(rng, g, c):
	"""Another business with the customer's thing-name: another trade,
	perhaps in another town, or the same trade under its own name."""
	S = c.get("S")
	if not S:
		return None
	other = rng.choice(["Hotel", "Auto Peças", "Imobiliária", "Transportes",
		"Informática", "Academia", "Seguros", "Distribuidora", "Supermercado",
		"Pet Shop", "Lavandaria", "Agência de Viagens", "Floricultura",
		"Ótica" if c["cc"] == "br" else "Óptica", "Gráfica", "Talho" if
		c["cc"] != "br" else "Açougue"])
	if other in c["name"]:
		return None
	towns = [t[0] for a in AREAS if a[2] == c["cc"] for t in a[4]
		if t[0] != c["town"]]
	r = rng.random()
	if r < 0.5:
		return "%s %s %s" % (other, S, rng.choice(towns))
	if r < 0.75:
		return "%s %s" % (other, S)
	return "%s %s" % (S, other)


def i_vendor(rng, g, c):
	if rng.random() < 0.6:
		v = rng.choice(VENDORS)
		return rng.choice(["%s", "Suporte %s", "%s - suporte", "%s (router)",
			"%s - atualização"]) % v
	return fill(rng, rng.choice(VSUP), c["cc"], c["town"], c["area"])[0]


def i_personal(rng, g, c):
	f = flav(c["cc"])
	return rng.choice(PERSONAL).replace("{F}", rng.choice(FIRST[f])) \
		.replace("{P}", rng.choice(SUR[f]))


def i_staff(rng, g, c):
	return rng.choice(STAFF).replace("{F}", rng.choice(FIRST["pt"]))


def i_prospect(rng, g, c):
	return "%s %s" % (rng.choice(DOCS), fresh(rng, g, c["cc"], c["area"])) \
		if rng.random() < 0.5 else \
		"%s - %s" % (rng.choice(DOCS), fresh(rng, g, c["cc"], c["area"]))


def i_shape(rng, g, c):
	return fresh(rng, g, c["cc"], c["area"])


IMP = {"common surname": i_surname, "rare word": i_rare,
	"franchise": i_franchise, "namesake": i_namesake, "vendor": i_vendor,
	"personal": i_personal, "prospect": i_prospect, "staff": i_staff,
	"same shape": i_shape}


# --- rows ---

def real_doubt(g, t, i, kind):
	if not t or not t.strip():
		return True
	if g.audit.real(t, str(g.custs[i]["id"])):
		return True
	k = mykey(t)
	if not k:
		return kind != "domain"
	hit = g.mykeys.get(k, set())
	if hit - {i}:
		return True
	if kind == "person":
		if g.person_keys.get(k, set()) | g.short_keys.get(k, set()) != {i}:
			return True
	elif (g.contact_owner.get(k, set()) | g.short_keys.get(k, set())) - {i}:
		return True
	return False


def pools(g):
	"""The customers each kind of noise can apply to, so that a kind's
	share does not depend on how rare its customers are."""
	p = {}
	for i, c in enumerate(g.custs):
		n = c["name"]
		if c["owner"] and len(c["owner"]) >= 3:
			p.setdefault("owner", []).append(i)
		if c["num"]:
			p.setdefault("number", []).append(i)
		if any(a in n for a, _ in SPELL):
			p.setdefault("spelling", []).append(i)
		if la.key(c["trade"]) != la.key(c["legal"]):
			p.setdefault("fantasia", []).append(i)
		if re.search("[ãõç]", n):
			p.setdefault("tilde", []).append(i)
		if any(w.lower() in PARTICLES for w in n.split()):
			p.setdefault("particles", []).append(i)
		if " & " in n or " e " in n:
			p.setdefault("and", []).append(i)
		if any(f in n + " " for f, _ in ACRO) or " & " in n:
			p.setdefault("acronym", []).append(i)
	return p


def real_row(rng, g):
	for _ in range(200):
		kind = wchoice(rng, REAL)
		pool = g.pools.get(kind)
		i = rng.choice(pool) if pool else rng.randrange(len(g.custs))
		c = g.custs[i]
		t = NOISE[kind](rng, c, c["name"])
		if not t or (kind != "exact" and t == c["name"]):
			continue
		t = scr.clean(t)
		if real_doubt(g, t, i, kind):
			continue
		return (t, i, kind, c["desk"])
	sys.exit("gen-link-blind26: no real row after 200 draws")


def impostor_row(rng, g):
	desks = sorted(TECHS)
	for _ in range(500):
		c = g.custs[rng.randrange(len(g.custs))]
		kind = wchoice(rng, IMPOSTOR)
		t = IMP[kind](rng, g, c)
		if not t:
			continue
		if rng.random() < 0.3:
			t = fold(t) if rng.random() < 0.7 else t.upper()
		t = scr.clean(t)
		if audit_doubt(g, t) or my_doubt(g, t, kind == "franchise"):
			continue
		desk = c["desk"] if kind not in ("staff", "vendor") else \
			rng.choice(desks)
		return (t, None, "impostor: " + kind, desk)
	sys.exit("gen-link-blind26: no impostor after 500 draws")


def draw_rows(rng, g, n):
	rows = []
	for _ in range(n):
		if rng.random() < IMPOSTOR_SHARE:
			rows.append(impostor_row(rng, g))
		else:
			rows.append(real_row(rng, g))
	return rows


def machine(rng, g, row):
	typed, i, kind, desk = row
	r = rng.random()
	if i is None:
		if r < 0.65:
			return rand_pc(rng, rng.choice(["DESKTOP", "DESKTOP", "LAPTOP"]))
		if r < 0.85:
			f = rng.choice(["pt", "br", "af"])
			return "%s-%s" % (rng.choice(["PC", "NOTE", "PORTATIL"]),
				squash(rng.choice(FIRST[f])).upper()[:8])
		return rng.choice(ROLES[rng.choice(["pt", "br", "af"])])
	c = g.custs[i]
	if r < 0.65:
		return rng.choice(c["assets"])["name"]
	if r < 0.85:
		return rand_pc(rng, rng.choice(["DESKTOP", "LAPTOP"]))
	return rng.choice(ROLES[g.flav[i]])


KEEP = ("id", "name", "syncro", "contacts", "assets")


def main():
	ncust, nnames, seed, out = scr.args(sys.argv[0])
	rng = random.Random("blind26:" + seed)
	g = population(rng, ncust)
	index(g)
	g.pools = pools(g)
	rows = draw_rows(rng, g, nnames)
	g.flav = [flav(c["cc"]) for c in g.custs]
	# customers.json holds what Syncro holds, not how a name was drawn.
	g.custs = [{k: c[k] for k in KEEP} for c in g.custs]
	clock = ("blind26", seed, 1812000000, 1187, 75)
	scr.write_desk_set(rng, out, g.custs, rows,
		lambda row: machine(rng, g, row), TECHS, clock)


if __name__ == "__main__":
	main()
