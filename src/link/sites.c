/* sites - what is typed after a name: a site or branch of a group, a
 * town, a note; a site names its customer only when one customer alone
 * holds the brand and the site. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "fuzzy.h"
#include "linkint.h"
#include "owners.h"
#include "person.h"

#define NOTE_WORDS 3	/* words of a note looked past */
/* A name before a site that reads its customer at this confidence (%)
 * names it whole: the site after it is that customer's, even when it
 * is another business's word too ("Murray Funeral Directors -
 * Shoalhaven" beside "Shoalhaven Rugby Club"). */
#define SITE_WHOLE 95
/* fuzz.ratio from which two words are one in two spellings ("hotel"
 * and "khotel" 91, "kushta" and "kashta" 83; "novena" and "bishan"
 * are two) */
#define SPELT_LIKE 80
#define CHAIN_LOOK 64		/* a chain's word: its holders read */

/* The words after a separator name a site: one of them is more than a
 * legal form or a word a business leaves off ("(UK) Ltd" is no site). */
static int
names_a_site(const char *tail)
{
	char *w = sdc_name_words(names, tail), *p, *save = NULL;
	int site = 0;

	for (p = strtok_r(w, " ", &save); p && !site; p = strtok_r(NULL, " ",
	    &save))
		site = !sdc_name_is_drop(names, p) && !sdc_nev_soft(p);
	free(w);
	return site;
}

/* The name before a separator whose tail names a site ("Gwynnes
 * Plumbing" of "Gwynnes Plumbing - Carmarthen"), or NULL. */
char *
site_head(const char *name)
{
	char *head = sdc_name_site_head(name);

	if (head && !names_a_site(name + strlen(head))) {
		free(head);
		head = NULL;
	}
	return head;
}


/* The candidate's name begins or ends with the words w: w names it, or
 * is its site ("copperleaf", "church st"). */
int
begins_or_ends(const char *norm, const char *w)
{
	size_t n = strlen(norm), k = strlen(w);

	return k <= n && ((strncmp(norm, w, k) == 0 && (norm[k] == ' ' ||
	    norm[k] == '\0')) || (strcmp(norm + n - k, w) == 0 &&
	    (k == n || norm[n - k - 1] == ' ')));
}

/* The words written as a site begin or end another customer's name
 * ("Kim - Copperleaf": a caller at Copperleaf Urgent Care; "Harvest
 * Realty - Church St" when "Pioneer Realty - Church St" is listed): the
 * tail may name that customer as well as a site of the head's, so the
 * head alone cannot link.  Words too common to look through prove
 * nothing either way. */
static int
site_elsewhere(const struct pool *p, const char *tail, size_t idx)
{
	char *w = sdc_name_words(names, tail);
	size_t ids[HOLDERS_RANK], i, n = 0;
	int other = 0;

	if (*w)
		n = sdc_nev_holders(p->ev, w, ids, HOLDERS_RANK);
	for (i = 0; i < n && n <= HOLDERS_RANK && !other; i++)
		other = cand_of(p, ids[i]) != idx &&
		    begins_or_ends(p->c[cand_of(p, ids[i])].words, w);
	free(w);
	return other;
}

/* Words that say where, not who ("store 903", "Meridian Spring
 * office", "Megenagna Annex": an annex, French annexe, is a building of
 * the business's beside its main one): left out when a site is read.
 * "Branch" in the languages whose names are read (Wiktionary, "branch"
 * and "branch office", translations): German Filiale, Zweigstelle,
 * Niederlassung, Standort; French succursale (succ.), agence, antenne;
 * Italian filiale, succursale, sede; Dutch vestiging, filiaal;
 * Portuguese and Spanish filial, Spanish sucursal; Indonesian and Malay
 * cabang (cab.), Malay cawangan (caw.), and the outlet of a shop.  The
 * head office, a unit and a warehouse say where as a branch does
 * (Wiktionary, "headquarters", "warehouse", translations): Portuguese
 * matriz, unidade, delegação (Portugal's branch office), armazém;
 * Spanish matriz, unidad, delegación, almacén; French siège, entrepôt;
 * Italian magazzino; Dutch hoofdkantoor, magazijn; German Hauptsitz;
 * English headquarters, warehouse.  And "branch" in more of the languages
 * read (Wiktionary, "branch office", translations): Turkish şube (its
 * branch, şubesi), Polish oddział, filia, Czech and Slovak pobočka,
 * Hungarian fiók, fióktelep, telephely (a site), Romanian filială,
 * sucursală, Serbo-Croatian and Slovene podružnica, poslovnica, Russian's
 * филиал as Belarusian and Ukrainian write it (філіял, філія), Arabic
 * فرع (the branch, الفرع), and English's abbreviation Br. */
int
place_word(const char *w)
{
	static const char *const v[] = { "store", "office", "location",
	    "branch", "site", "unit", "annex", "annexe", "filiale",
	    "zweigstelle", "niederlassung", "standort", "succursale", "succ",
	    "agence", "antenne", "sede", "vestiging", "filiaal", "filial",
	    "sucursal", "cabang",
	    "cab", "cawangan", "caw", "outlet", "matriz", "unidade", "unidad",
	    "delegacao", "delegacion", "armazem", "almacen", "siege",
	    "entrepot", "magazzino", "hoofdkantoor", "magazijn", "hauptsitz",
	    "headquarters", "warehouse", "sube", "subesi", "oddzial", "filia",
	    "pobocka", "fiok", "fioktelep", "telephely", "filiala",
	    "sucursala", "podruznica", "poslovnica", "filiyal", "filiya",
	    "فرع", "الفرع", "br", NULL };

	return sdc_name_listed(v, w);
}

/* The words (normalised) begin with Vietnamese's words for a branch,
 * a factory or an office, or their abbreviations: chi nhánh (CN), nhà
 * máy, văn phòng (VP), as "Chi nhánh Công ty ... tại Đồng Nai" and
 * "... - Nhà máy BD" write them.  Two words each, each a name's word
 * too ("Nhanh", "May mặc"), so read only where a qualifier begins. */
int
place_phrase(const char *words)
{
	static const char *const v[] = { "chi nhanh", "nha may", "van phong",
	    "cn", "vp", NULL };
	size_t i, n;

	for (i = 0; v[i]; i++)
		if (strncmp(words, v[i], n = strlen(v[i])) == 0 &&
		    (words[n] == '\0' || words[n] == ' '))
			return 1;
	return 0;
}

/* Words of an address, not of a town: a street's type or a shopping
 * centre ("- Flagler St", "@ Av. Churchill", ", Westland Mall", "Ofic.
 * 205").  Typed after a business's whole name they say where its site
 * is, as a branch word does: a namesake in another town is named by its
 * town.  Sources: USPS Publication 28, appendix C1 (street suffixes and
 * their abbreviations) for English; Wiktionary's translations of
 * "street", "avenue", "road", "shopping mall", "suite", "floor" and
 * "office" for Spanish, French, Dutch and Portuguese (calle, avenida,
 * rue, straat, rua ...), and the abbreviations of the Spanish address
 * (Av., Ofic., Edif., Apto.) and its unit and floor ("Local 2", "Nave
 * 7", "Planta 3", "Bajo"); the Danish, Norwegian and Swedish street
 * (vej, vei, gade, gate, gata, plads, torv) and floor (etasje), as
 * Wiktionary translates "street", "road", "square" and "floor";
 * Australia's and New Zealand's floor, "Level 1" (Australia Post's
 * addressing guidelines, AS 4590's floor types); USPS's drive and lane
 * in full too ("- Ocean Drive", "(Drive-Up)": a bank's or a pharmacy's
 * window on its own drive).  Not "ste", "st": Sainte, Saint begin
 * towns; not "dr": Doctor. */
int
address_word(const char *w)
{
	static const char *const v[] = { "street", "avenue", "ave", "av",
	    "road", "rd", "boulevard", "blvd", "highway", "hwy", "way",
	    "plaza", "plz", "mall", "suite", "floor", "calle", "avenida",
	    "paseo", "carretera", "autopista", "oficina", "ofic", "piso",
	    "edificio", "edif", "apto", "apartamento", "rue", "etage",
	    "straat", "weg", "laan", "plein", "winkelcentrum", "kantoor",
	    "verdieping", "rua", "estrada", "andar", "level", "local", "nave",
	    "planta", "bajo", "vej", "vei", "gade", "gate", "gata", "plads",
	    "torv", "etasje", "drive", "lane", NULL };

	return sdc_name_listed(v, w);
}

/* Words for a part of a business's premises ("- Upstairs", "/ Shop",
 * "(Reception)", ": Front Desk", "- Yard"): typed after its whole name
 * they say which of its machines, never which town, so no namesake
 * elsewhere is as likely.  Only a qualifier's (qualifier_told): "Shop"
 * and "Yard" are words of names too ("Tack Shop", "Brick Yard").  The
 * same in the languages read (Wiktionary, "workshop", "reception",
 * "shop", "office", "warehouse", translations): German Werkstatt,
 * Empfang, Büro, Lager; Spanish taller, recepción, tienda; Portuguese
 * recepção; French atelier; Italian officina, negozio, ufficio; Catalan
 * botiga; Danish, Norwegian and Swedish kontor, butik, butikk,
 * verksted, resepsjon; and an office's departments, which say which of its machines
 * as a room does (English billing, accounts, accounting, canteen;
 * German Buchhaltung, Sekretariat).  The part of town a site is in,
 * never a town of its own: downtown, midtown, uptown ("Rick's Bagels:
 * Midtown"); Portuguese loja (a shop, "Loja 3"); and the head office
 * and head shop in romanised Japanese (Wiktionary, "head office":
 * honsha, honten), as a Japanese firm's site is typed in Latin letters
 * ("Yamashita Shokuhin Honsha"); not its branch (shiten), typed with
 * another town, a namesake's as likely. */
int
premises_word(const char *w)
{
	static const char *const v[] = { "upstairs", "downstairs", "yard",
	    "shop", "workshop", "reception", "desk", "lobby", "basement",
	    "werkstatt", "empfang", "buro", "lager", "taller", "recepcion",
	    "tienda", "recepcao", "atelier", "officina", "negozio", "ufficio",
	    "botiga", "billing", "accounts", "accounting", "canteen",
	    "buchhaltung", "sekretariat", "kontor", "butik", "butikk",
	    "verksted", "resepsjon", "downtown", "midtown", "uptown", "loja",
	    "honsha", "honten", NULL };

	return sdc_name_listed(v, w);
}

/* The typed name has a place word ("store 903"). */
static int
has_place(const char *guess)
{
	char *w = sdc_name_words(names, guess), *t, *save = NULL;
	int place = 0;

	for (t = strtok_r(w, " ", &save); t && !place; t = strtok_r(NULL, " ",
	    &save))
		place = place_word(t);
	free(w);
	return place;
}

/* The typed words without place words and drop words, and how many. */
static char *
site_query(const char *words, size_t *nw)
{
	char *w = sdc_xstrdup(words), *t, *save = NULL;
	struct sdc_buf b = SDC_BUF_INIT;

	*nw = 0;
	for (t = strtok_r(w, " ", &save); t; t = strtok_r(NULL, " ", &save))
		if (!place_word(t) && !sdc_name_is_drop(names, t)) {
			sdc_buf_printf(&b, "%s%s", b.len ? " " : "", t);
			++*nw;
		}
	sdc_buf_addc(&b, '\0');
	free(w);
	return sdc_buf_take(&b);
}

/* 1 when word is in the space-separated list. */
int
has_word(const char *list, const char *word)
{
	size_t n = strlen(word);
	const char *p;

	for (p = list; (p = strstr(p, word)) != NULL; p += n)
		if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
			return 1;
	return 0;
}

/* Some word of list begins with w: a word cut short ("Tunga
 * Technologies Privat" for its Private Limited, "Sa" of "Salonu"). */
int
word_begins(const char *list, const char *w)
{
	const char *p;

	for (p = list; (p = strstr(p, w)) != NULL; p++)
		if (p == list || p[-1] == ' ')
			return 1;
	return 0;
}

/* The letters [q, p) glued before a number are a numero sign typed in
 * Latin letters ("N35", "No5", "Nr12"), or none. */
static int
numero_glued(const char *name, const char *q, const char *p)
{
	size_t k = (size_t)(p - q);

	if (k == 0)
		return 1;	/* "#0903": its leading zeros before */
	if (q > name && (isalnum((unsigned char)q[-1]) || (q[-1] & 0x80)))
		return 0;
	return (k == 1 && tolower((unsigned char)*q) == 'n') ||
	    (k == 2 && (strncasecmp(q, "no", 2) == 0 || strncasecmp(q, "nr",
	    2) == 0));
}

/* The number t is written in name as a word of its own ("#0903",
 * "Store 12", "N35"; leading zeros are dropped from the word), not
 * glued to other letters: "NK3" of a registration number ("RFC
 * TMP-721211-NK3") is split into "nk 3", and its "3" is no store's
 * number. */
static int
number_alone(const char *name, const char *t)
{
	size_t n = strlen(t);
	const char *p, *q;

	for (p = name; (p = strstr(p, t)) != NULL; p += n) {
		for (q = p; q > name && isalpha((unsigned char)q[-1]); q--)
			;
		if (!(q > name && (q[-1] & 0x80)) && numero_glued(name, q,
		    p) && !(isalnum((unsigned char)p[n]) || (p[n] & 0x80)))
			return 1;
	}
	return 0;
}

/* A word t of the candidate's site: a number only when written alone
 * (number_alone). */
static void
site_word(struct sdc_buf *b, const struct cand *c, const char *t)
{
	if (t[strspn(t, "0123456789")] != '\0' || number_alone(c->name, t))
		sdc_buf_printf(b, "%s ", t);
}

/* The candidate's site: the words after its name's separator ("Depot
 * St" of "Granite Physical Therapy - Depot St"), after "of" ("Red Oak"),
 * and its numbers ("0903" of "PipeSmile Kids #0903"). */
static char *
site_words(const struct cand *c)
{
	char *head = site_head(c->name), *w, *t, *save = NULL;
	struct sdc_buf b = SDC_BUF_INIT;
	int after_of = 0;

	if (head) {
		w = sdc_name_words(names, c->name + strlen(head));
		for (t = strtok_r(w, " ", &save); t; t = strtok_r(NULL, " ",
		    &save))
			site_word(&b, c, t);
		free(w);
	}
	free(head);
	w = sdc_xstrdup(c->words);
	for (t = strtok_r(w, " ", &save); t; t = strtok_r(NULL, " ", &save)) {
		if (after_of || t[strspn(t, "0123456789")] == '\0')
			site_word(&b, c, t);
		after_of = after_of || strcmp(t, "of") == 0;
	}
	free(w);
	sdc_buf_addc(&b, '\0');
	return sdc_buf_take(&b);
}

/* t is the first word of the candidate's name or of its trading name:
 * its brand ("granite" of "Granite Physical Therapy - Depot St"), not
 * a word of its trade ("vets" of "Galea Veterinary Surgery - Greenway"). */
static int
brand_word(const struct cand *c, const char *t)
{
	const char *tr = sdc_name_trading(c->words, NULL);
	size_t n = strlen(t);

	return (strncmp(c->words, t, n) == 0 && (c->words[n] == ' ' ||
	    c->words[n] == '\0')) || (tr && strncmp(tr, t, n) == 0 &&
	    (tr[n] == ' ' || tr[n] == '\0'));
}

/* The one customer whose candidates (its name, its trading name's, its
 * half's) hold every typed word, or -1: none, more, or too many to look
 * through. */
static long
one_holder(const struct pool *p, const char *words)
{
	size_t ids[3], n = sdc_nev_holders(p->ev, words, ids, 3), i;

	if (n == 0 || n > 3)
		return -1;
	for (i = 1; i < n; i++)
		if (cand_of(p, ids[i]) != cand_of(p, ids[0]))
			return -1;
	return (long)cand_of(p, ids[0]);
}

/* A brand and a site ("Granite Depot", "PipeIt #891", "store 903",
 * "Keystone @ Bridge St"): the typed words are held by one customer
 * alone, and they hold its site (a word after its separator, after
 * "of", or its number) and, unless a number, its brand first (its first
 * word, or its trading name's): sibling customers share the brand, so
 * the site chooses, and nothing else holds both.
 * Returns the candidate, or -1. */
static long
site_pick_words(struct pool *p, const char *guess, const char *words)
{
	size_t nw, hits = 0, number = 0, others = 0;
	char *q = site_query(words, &nw), *site = NULL, *t, *save = NULL;
	long x = -1;

	/* one word reads only as a store's number: spare the lookup */
	if ((nw > 1 || (nw == 1 && q[strspn(q, "0123456789")] == '\0' &&
	    has_place(guess))) && (x = one_holder(p, q)) >= 0) {
		site = site_words(&p->c[x]);
		for (t = strtok_r(q, " ", &save); t; t = strtok_r(NULL, " ",
		    &save)) {
			if (!has_word(site, t)) {
				if (others++ == 0 && !brand_word(&p->c[x], t))
					nw = 0;	/* the brand first, as typed */
			}
			else if (t[strspn(t, "0123456789")] == '\0')
				number++;
			else
				hits++;
		}
		/* the site and the brand; a number alone, said to be a
		 * store's ("store 903": a bare "846" says nothing) */
		if (nw == 0 || !((hits + number > 0 && others > 0) ||
		    (number > 0 && nw == 1 && has_place(guess))))
			x = -1;
	}
	free(site);
	free(q);
	return x;
}

/* ... on the typed words, else on them with words run together split
 * ("keysweep #1486" of "KeySweep Maids #1486"). */
static long
site_pick(struct pool *p, const char *guess)
{
	char *glued, *w = read_words(p, guess, &glued);
	long x = site_pick_words(p, guess, w);

	if (x < 0 && glued)
		x = site_pick_words(p, guess, glued);
	free(w);
	free(glued);
	return x;
}

/* The words after word w in norm ("nueva cordoba" after "veloz" in
 * "helados veloz nueva cordoba"), or NULL when w is not a word of it
 * before its last. */
static const char *
after_word(const char *norm, const char *w)
{
	size_t n = strlen(w);
	const char *q;

	for (q = norm; (q = strstr(q, w)) != NULL; q += n)
		if ((q == norm || q[-1] == ' ') && q[n] == ' ')
			return q + n + 1;
	return NULL;
}

/* The list knows a chain by its word: customers whose names go on
 * after w ("Churros Veloz Condesa", "Pollo Veloz Chico"), each with
 * another tail, none with this one's (tail): their tails are sites.  A
 * legal form after w ("Reyes y Asociados S.C.") repeats, so it is no
 * site, nor is a tail whose last word more names hold than hold w (a
 * form, "Diaz S.C."): a site is one place's. */
static int
chain_tail(const struct pool *p, const char *w, const char *tail,
    size_t idx)
{
	size_t ids[CHAIN_LOOK], i, n = sdc_nev_holders(p->ev, w, ids,
	    CHAIN_LOOK), others = 0;
	const char *t;

	for (i = 0; i < n && n <= CHAIN_LOOK; i++) {
		if (cand_of(p, ids[i]) == idx || (t = after_word(
		    p->c[cand_of(p, ids[i])].words, w)) == NULL)
			continue;
		if (strcmp(t, tail) == 0)
			return 0;
		others++;
	}
	t = strrchr(tail, ' ');
	return n <= CHAIN_LOOK && others >= 2 && sdc_nev_names_with(p->ev,
	    t ? t + 1 : tail) <= n;
}

/* The candidate's name goes on after the typed head ("Helados Veloz -
 * Colegiales" of "Helados Veloz Nueva Cordoba"), the way its chain's
 * names go on with their sites (chain_tail), and the site typed is
 * none of its words: another site of the chain was typed. */
static int
other_site(const struct pool *p, const char *head, const char *tail,
    size_t idx)
{
	char *hw = sdc_name_words(names, head), *tw = sdc_name_words(names,
	    tail), *t, *save = NULL;
	const char *last = strrchr(hw, ' '), *rest;
	struct sdc_nev_hit h;
	int other = 0;

	last = last ? last + 1 : hw;
	score_cand(hw, (long)idx, &h);
	if (h.missed == 0 && h.left > 0 && h.left_after &&
	    (rest = after_word(p->c[idx].words, last)) != NULL &&
	    chain_tail(p, last, rest, idx)) {
		other = 1;
		for (t = strtok_r(tw, " ", &save); t && other;
		    t = strtok_r(NULL, " ", &save))
			other = !has_word(p->c[idx].words, t);
	}
	free(hw);
	free(tw);
	return other;
}



/* The last space in guess before s, or NULL. */
static const char *
prev_space(const char *guess, const char *s)
{
	while (s > guess && *--s != ' ')
		;
	return s > guess ? s : NULL;
}

/* ... or the last slash, a separator a site is typed after as often
 * ("Kamaka Kaniho Accounting/Honolulu"). */
static const char *
prev_break(const char *guess, const char *s)
{
	while (s > guess && *--s != ' ' && *s != '/')
		;
	return s > guess ? s : NULL;
}

/* The name before a legal form the list knows by its names, not by a
 * list: its last one to three words end one name in FORM_SHARE or more,
 * nine in ten names holding its last word end with it, and most of
 * them write it abbreviated ("Ltda.", "S.A. de C.V.", "LTDA"; not
 * "West" of "Brookside Plumbing West", a site, nor "Dentistry", a
 * trade).  A form typed may be the customer's in another spelling, or
 * its form left off the list.  A new string, or NULL. */
char *
form_head(const struct pool *p, const char *guess)
{
	const char *s = guess + strlen(guess), *cut = NULL, *e;
	const struct ending_count *n;
	char *w;
	size_t k, min = p->n / FORM_SHARE;

	/* a word alone with a form is a guess ("Hamnen AS") */
	for (k = 0; k < FORM_TAIL && (s = prev_space(guess, s)) != NULL &&
	    memchr(guess, ' ', (size_t)(s - guess)) != NULL; k++) {
		w = sdc_name_words(names, s + 1);
		e = strrchr(w, ' ') ? strrchr(w, ' ') + 1 : w;
		n = *w ? find_ending(p, w, strlen(w)) : NULL;
		if (n && n->ends >= min && n->ends >= LEGAL_MIN &&
		    2 * n->marked >= n->ends &&
		    10 * (size_t)n->ends >= 9 * sdc_nev_names_with(p->ev, e))
			cut = s;
		free(w);
	}
	return cut ? sdc_xstrndup(guess, (size_t)(cut - guess)) : NULL;
}

/* The typed text t is a word of one or two letters and a slash, then a
 * place the list knows: an abbreviation that says where ("o/Kraków", the
 * Polish oddział: a branch in Kraków). */
static int
slash_place(const char *t)
{
	size_t n = 0;
	char *w;
	int known;

	while (n < 3 && isalpha((unsigned char)t[n]))
		n++;
	if (n == 0 || n > 2 || t[n] != '/' || t[n + 1] == '\0' ||
	    t[n + 1] == ' ')
		return 0;
	w = sdc_name_words(names, t + n + 1);
	known = strlen(w) >= 3 && place_known(w);	/* not "P/L" */
	free(w);
	return known;
}

/* The last of the words w says where ("branch", "office": place_word)
 * and the words before it are a place the list knows ("Alberton
 * branch", "Roodepoort office"). */
static int
place_then_word(const char *w)
{
	const char *last = strrchr(w, ' ');
	char *place;
	int known;

	if (last == NULL || !place_word(last + 1))
		return 0;
	place = sdc_xstrndup(w, (size_t)(last - w));
	known = place_known(place);
	free(place);
	return known;
}

/* The name before a site written without a separator: its last words
 * are a word no customer's name holds, then a place the list knows
 * (place_after: "Loginet Tecnologia Filial Campinas").  A new string,
 * or NULL. */
static char *
unsaid_site_head(const char *guess)
{
	const char *s;
	char *w, *head = NULL;

	for (s = strchr(guess, ' '); s && !head; s = strchr(s + 1, ' ')) {
		w = sdc_name_words(names, s + 1);
		if ((strchr(w, ' ') && (place_after(w) ||
		    place_then_word(w))) || slash_place(s + 1))
			head = sdc_xstrndup(guess, (size_t)(s - guess));
		free(w);
	}
	return head;
}

/* The name before the note (head) is a person's: a contact's whole name
 * ("So Siu-ming" of "So Siu-ming (home)", a contact of So Siu-ming
 * Clinic), or one word a contact is called ("Mahmoud (perso)" beside
 * Mahmoud Group LLC). */
static int
person_head(const char *head)
{
	struct sdc_person p;
	char full[256];
	int person = 0;

	if (strchr(head, ' ') == NULL)
		return sdc_owners_one(given, head) != SDC_OWNER_NONE;
	if (!sdc_person_read(head, &p))
		return 0;
	if (p.last && p.business == NULL && !p.titled)
		person = contact_named(p.first, p.last, full) !=
		    SDC_OWNER_NONE || contact_named(p.last, p.first, full) !=
		    SDC_OWNER_NONE;
	sdc_person_free(&p);
	return person;
}

/* ... and the note after it no place the list knows, nor the person
 * again ("Yohannes Abebe - Mr Yohannes"): what is typed after a person
 * is as likely the person's own (a home, a laptop) as a site of the
 * business named after them. */
static int
person_note(const char *head, const char *note)
{
	char *w, *pw;
	int own;

	if (!person_head(head))
		return 0;
	w = sdc_name_words(names, note);
	pw = sdc_name_words(names, head);
	own = !place_known(w) && !words_in(w, pw, 0);
	free(pw);
	free(w);
	return own;
}

/* The site typed after a name (tail), without a separator, is a
 * capitalised word that says nothing of where (no branch or address
 * word: "Group", "Plus") and then a town customers are in that is not
 * the town of the customer at idx: "Vila Drina Group Novi Sad" for the
 * Vila Drina in Podgorica is a business of its own in Novi Sad as
 * likely as a site.  The name with its town alone, or with a branch
 * word, stays the customer's own site; a branch word the list lacks is
 * typed apart ("- poslovnica Šabac") or in small letters ("filia
 * Puławy", "o/Sopot"), a name's word is not. */
static int
named_elsewhere(const char *tail, size_t idx)
{
	char *w, *first;
	size_t n;
	int other = 0;

	tail += strspn(tail, " ");
	if (!sdc_name_capitalised(tail))
		return 0;
	w = sdc_name_words(names, tail);
	n = strcspn(w, " ");
	if (n >= 3 && w[n] == ' ') {	/* not "o/" (Polish oddział) */
		first = sdc_xstrndup(w, n);
		other = !place_word(first) && !address_word(first) &&
		    !has_word(customers.c[idx].words, first) &&
		    town_not_own(idx, w + n + 1);
		free(first);
	}
	free(w);
	return other;
}

/* The typed words of name (as typed, split at blanks and the marks
 * around a note) that the customer at idx holds, read as the name
 * evidence reads them: how many, and into *one the last (a new string,
 * NULL when none). */
static size_t
held_typed(const char *name, size_t idx, char **one)
{
	char *all = sdc_xstrdup(name), *t, *w, *save = NULL;
	struct sdc_nev_hit x;
	size_t n = 0;

	*one = NULL;
	for (t = strtok_r(all, " -()/:@,|", &save); t; t = strtok_r(NULL,
	    " -()/:@,|", &save)) {
		w = sdc_name_normalise(names, t);
		if (*w && strchr(w, ' ') == NULL && score_cand(w, (long)idx,
		    &x) > 0 && x.missed == 0) {
			n++;
			free(*one);
			*one = sdc_xstrdup(t);
		}
		free(w);
	}
	free(all);
	return n;
}

/* Of the name (or of the name before a note in brackets: "Ivy
 * (home)"), the customer at idx holds one typed word only, a contact's
 * given name, and has words of weight beside it ("Personal - Brian" of
 * Brian's Pizza LLC, "Ivy (home)" of Ivybridge Homes): a person typed
 * for their own machine is as likely as the business named after one.
 * A note after a comma or a dash may be the name's own words ("Salmah,
 * Ong & Co"). */
static int
given_alone(const char *guess, size_t idx)
{
	char *head = site_head(guess), *one = NULL;
	const char *part[2] = { guess, head };
	struct sdc_nev_hit x;
	size_t i;
	int alone = 0;

	if (head && strncmp(guess + strlen(head), " (", 2) != 0)
		part[1] = NULL;
	for (i = 0; i < 2 && part[i] && !alone; i++) {
		if (held_typed(part[i], idx, &one) == 1 && sdc_owners_one(given,
		    one) != SDC_OWNER_NONE) {
			char *w = sdc_name_normalise(names, one);

			/* not the whole name: words left, or read cut */
			alone = score_cand(w, (long)idx, &x) > 0 &&
			    (x.left > 0 || x.score < 1);
			free(w);
		}
		free(one);
	}
	free(head);
	return alone;
}

/* The typed text after the words of idx's name, when the name typed
 * begins with them whole and has more ("Advokatska kancelarija Marković
 * Plus Novi Sad" of Advokatska kancelarija Marković): a pointer into
 * guess, or NULL. */
static const char *
after_name(const char *guess, size_t idx)
{
	const char *norm = customers.c[idx].norm, *s;
	char *head, *hn;
	int whole;

	for (s = strchr(guess, ' '); s; s = strchr(s + 1, ' ')) {
		head = sdc_xstrndup(guess, (size_t)(s - guess));
		hn = sdc_name_normalise(names, head);
		whole = strcmp(hn, norm) == 0;
		free(hn);
		free(head);
		if (whole)
			return s;
	}
	return NULL;
}

/* The words typed after customer x's whole name are a word it lacks and
 * another customer's town (named_elsewhere), as a site read after the
 * name is: "Advokatska kancelarija Marković Plus Novi Sad" is a
 * namesake's in Novi Sad as likely as a note on the Leskovac Marković.
 * Then 1, the why in d. */
static int
named_after(const char *guess, size_t x, struct decision *d)
{
	/* words for a branch that place_word lacks, capitalised after a
	 * name ("Městský úřad Chrudim Pobočka Litomyšl": its branch) */
	static const char *const branch[] = { "pobocka", "filia", "oddzial",
	    "poslovnica", "poslovalnica", "podruznica", "filijala",
	    "ispostava", "filiala", "sucursala", "fiok", "fioktelep", "klon",
	    "filiia", "shiten", NULL };
	const char *tail;
	char *w;
	size_t up, low;
	int site;

	/* in capitals throughout, a branch word is as capitalised as a
	 * name's ("WISBUD-BUD SP. Z O.O. FILIA LUBIN": its Lubin branch) */
	sdc_name_cases(guess, strlen(guess), &up, &low);
	if (low == 0 || (tail = after_name(guess, x)) == NULL)
		return 0;
	w = sdc_name_words(names, tail);
	w[strcspn(w, " ")] = '\0';
	site = sdc_name_listed(branch, w);
	free(w);
	if (site || !named_elsewhere(tail, x))
		return 0;
	snprintf(d->why, sizeof(d->why), "\"%.50s\" after \"%.50s\": a "
	    "word it lacks and another customer's town, a namesake's as "
	    "likely", tail + 1, customers.c[x].name);
	return 1;
}

/* The word w, of x's name, is in y's in another spelling: one letter
 * more or another ("Khotel" for "Hotel", "kashta" for "kushta", the
 * romanisations of one word), or run together with the next
 * ("Vita-Konsult" for "Vitakonsult"). */
static int
spelt_in(const char *w, const char *ywords)
{
	char *l = sdc_xstrdup(ywords), *t, *save = NULL, *joined;
	size_t i, k = 0;
	int in = 0;

	joined = sdc_xmalloc(strlen(ywords) + 1);
	for (i = 0; ywords[i]; i++)
		if (ywords[i] != ' ')
			joined[k++] = ywords[i];
	joined[k] = '\0';
	in = strstr(joined, w) != NULL;
	for (t = strtok_r(l, " ", &save); t && !in; t = strtok_r(NULL, " ",
	    &save))
		in = sdc_fuzz_ratio(w, t) >= SPELT_LIKE;
	free(joined);
	free(l);
	return in;
}

/* Candidate y holds, or holds in another spelling, each word of the
 * head (words hw) that x holds: it fits the head as x does. */
static int
fits_head_too(const char *hw, size_t x, size_t y)
{
	char *l = sdc_xstrdup(hw), *t, *save = NULL;
	int fit = 1;

	for (t = strtok_r(l, " ", &save); t && fit; t = strtok_r(NULL, " ",
	    &save))
		fit = !has_word(customers.c[x].words, t) ||
		    has_word(customers.c[y].words, t) ||
		    spelt_in(t, customers.c[y].words);
	free(l);
	return fit;
}

/* The words typed after the head (tail) are evidence too: a candidate
 * the whole name ranked (whole's top) as well as x, less a margin, that
 * fits the head as x does (fits_head_too) and holds the tail's words
 * where x lacks one is as likely ("Cabinet Dosso & Associés (Abidjan)"
 * beside the Cabinet Dosso & Associés of the head; "Schetovodna kashta
 * Vita-Konsult AD" beside "Vitakonsult" EOOD, the "AD" typed).  The
 * head alone tells them apart only by leaving the tail out.  One that
 * holds every typed word is site_tells()'s to link.  The
 * other's place in the pool, or -1. */
static long
tail_elsewhere(const struct pool *p, const struct decision *whole,
    const char *guess, const char *head, const char *tail, size_t x)
{
	char *w = sdc_name_words(names, tail), *hw = sdc_name_words(names,
	    head), *all = sdc_name_words(names, guess);
	int cx = 0;
	size_t k;
	long y, other = -1;

	for (k = 0; k < whole->ntop; k++)
		if (whole->top_id[k] == p->c[x].id)
			cx = whole->top_conf[k];
	for (k = 0; *w && !words_in(p->c[x].words, w, 1) && other < 0 &&
	    k < whole->ntop; k++)
		if ((y = pool_find_id(p, whole->top_id[k])) >= 0 &&
		    (size_t)y != x && whole->top_conf[k] + (int)(100 *
		    link_margin + 0.5) >= cx && words_in(p->c[y].words, w,
		    1) && fits_head_too(hw, x, (size_t)y) &&
		    !words_in(p->c[y].words, all, 1))
			other = y;
	free(all);
	free(hw);
	free(w);
	return other;
}

/* The head's decision h does not link when another customer holds the
 * words typed after the head (tail_elsewhere); the why goes in d, the
 * whole name's decision, kept when the head's does not link. */
static void
tail_untold(const struct pool *p, struct decision *d, const char *guess,
    const char *head, struct decision *h)
{
	const char *tail = guess + strlen(head);
	long y;

	if (!h->linked || p != &customers || (y = tail_elsewhere(p, d, guess,
	    head, tail, h->idx)) < 0)
		return;
	h->linked = 0;
	tail += strspn(tail, " -/(");
	snprintf(d->why, sizeof(d->why), "\"%.*s\" is in \"%s\", not in "
	    "\"%s\"", (int)strcspn(tail, ")"), tail, p->c[y].name,
	    p->c[h->idx].name);
}

#define SLIP_LIKE 60	/* a word typed for another, slipped or cut short
			 * ("Frooup" of Group, "Prods" of Products: 73, 77;
			 * "Grooming" for Group 46) */

/* Every one of the words w is a legal form, a drop word or one learnt
 * ("ltd", "pty ltd", "lda"). */
int
forms_only(const struct pool *p, const char *w)
{
	char *l = sdc_xstrdup(w), *t, *save = NULL;
	int only = 1;

	for (t = strtok_r(l, " ", &save); t && only; t = strtok_r(NULL, " ",
	    &save))
		only = sdc_name_is_drop(names, t) || is_form(p, t);
	free(l);
	return only;
}

/* The word w is spelt like one of the words ws (SLIP_LIKE), or one of
 * three letters or more is w cut short ("Tech" of Technologies, "Pet"
 * of Peter). */
int
like_one_of(const char *w, const char *ws)
{
	char *l = sdc_xstrdup(ws), *t, *save = NULL;
	int like = 0;

	for (t = strtok_r(l, " ", &save); t && !like; t = strtok_r(NULL, " ",
	    &save))
		like = sdc_fuzz_ratio(w, t) >= SLIP_LIKE || (strlen(t) >= 3 &&
		    strncmp(w, t, strlen(t)) == 0);
	free(l);
	return like;
}

/* A word of the customer at idx's name of its own (no legal form, no
 * "and") that the head's words hw neither hold nor spell, nor the word
 * w typed after them: a word w stands in the place of. */
static int
word_left_for(const struct pool *p, size_t idx, const char *hw,
    const char *w)
{
	char *l = sdc_xstrdup(p->c[idx].words), *t, *save = NULL;
	int left = 0;

	for (t = strtok_r(l, " ", &save); t && !left; t = strtok_r(NULL, " ",
	    &save))
		left = !sdc_name_is_drop(names, t) && !is_form(p, t) &&
		    !sdc_nev_and(t) && !has_word(hw, t) &&
		    !like_one_of(t, hw) && !like_one_of(t, w);
	free(l);
	return left;
}

/* The tail typed after the head is one word and a legal form ("Locksmith
 * Ltd.": unsaid_site_head reads a word no name holds before the form a
 * site), and the customer at idx has a word the head does not type that
 * the word is no slip of ("Excavating" of LeBlanc & Sons Excavating
 * Inc.): another trade typed where the customer's is left out, another
 * firm of the family's (gen-link-blind37 at 50k: "LeBlanc & Sons
 * Locksmith Ltd.", "Chan's Pet Grooming Limited" beside Peter Chan
 * Realty Group).  A slip of the customer's word ("Kevin Lo Realty
 * Frooup Ltd.") or of its form ("Pwt. Ltd.") is its own; a kind of
 * business is kind_contradicts()'s to tell. */
static int
trade_replaced(const struct pool *p, const char *head, const char *tail,
    size_t idx)
{
	char *tw = sdc_name_words(names, tail), *hw, *rest = strchr(tw, ' ');
	unsigned char first = (unsigned char)tail[strspn(tail, " ")];
	int other = 0;

	/* a word in brackets after the name is a site's or a town's
	 * ("(Canton) Co.,Ltd."), "(Pty) Ltd" a form; a letter past ASCII
	 * begins a word as well ("Érables SA") */
	if ((isalnum(first) || (first & 0x80)) && rest != NULL &&
	    *++rest && forms_only(p, rest)) {
		rest[-1] = '\0';
		hw = sdc_name_words(names, head);
		other = !sdc_name_is_drop(names, tw) && !is_form(p, tw) &&
		    !kind_named(tw) && word_left_for(p, idx, hw, tw);
		free(hw);
	}
	free(tw);
	return other;
}

/* The typed name less a number of one to three digits ending it (a
 * department's, a site's: "SELARL Charpentier, Meyer et Associés,
 * notaires (68)") is the whole name of a customer other than idx: what
 * was read as a site after a shorter name is the rest of that one's
 * name, so the shorter name alone links no one ("Ets Charpentier"). */
static int
tagged_whole(const struct pool *p, const char *guess, size_t idx)
{
	char *norm = sdc_name_normalise(names, guess), *key;
	char *e = strrchr(norm, ' ');
	size_t first = 0, k;
	int other = 0;

	k = e ? strspn(e + 1, "0123456789") : 0;
	if (e && k >= 1 && k <= 3 && e[k + 1] == '\0') {
		*e = '\0';
		key = sdc_name_sortkey(norm);
		other = norm_match(p, key, &first) == 1 && first != idx;
		free(key);
	}
	free(norm);
	return other;
}

/* The head's link h undone when what is typed after it (a site, no
 * legal form) says another customer's or another firm's. */
static void
site_undone(const struct pool *p, const char *guess, const char *head,
    struct decision *h)
{
	const char *tail = guess + strlen(head);
	char *k;

	if (h->linked && h->conf < SITE_WHOLE && site_elsewhere(p, tail,
	    h->idx)) {
		h->linked = 0;
		snprintf(h->why, sizeof(h->why), "the site \"%s\" is in "
		    "another customer's name", tail);
	}
	if (h->linked && tagged_whole(p, guess, h->idx)) {
		h->linked = 0;
		snprintf(h->why, sizeof(h->why), "\"%s\" is another "
		    "customer's whole name with a number after it", guess);
	}
	if (h->linked && p == &customers && (k = kind_after_site(guess, tail,
	    h->idx)) != NULL) {
		h->linked = 0;
		snprintf(h->why, sizeof(h->why), "\"%s\" after the name names "
		    "a kind of business \"%s\" is not", k,
		    p->c[h->idx].name);
		free(k);
	}
	if (h->linked && p == &customers && person_note(head, tail)) {
		h->linked = 0;
		snprintf(h->why, sizeof(h->why), "\"%s\" is a contact's name: "
		    "\"%s\" after it is as likely the person's", head, tail);
	}
	if (h->linked && other_site(p, head, tail, h->idx)) {
		h->linked = 0;
		snprintf(h->why, sizeof(h->why), "\"%s\" ends with a site of "
		    "its own, not \"%s\"", p->c[h->idx].name, tail);
	}
	if (h->linked && p == &customers && named_elsewhere(tail, h->idx)) {
		h->linked = 0;
		snprintf(h->why, sizeof(h->why), "\"%s\" after \"%s\": a word "
		    "it lacks and another customer's town, a namesake's as "
		    "likely", tail, p->c[h->idx].name);
	}
	if (h->linked && p == &customers && qualifier_other(guess, head,
	    h->idx)) {
		h->linked = 0;
		snprintf(h->why, sizeof(h->why), "\"%s\" has a qualifier of "
		    "its own where \"%s\" is typed: another entity's",
		    p->c[h->idx].name, tail + strspn(tail, " ,-(/"));
	}
	if (h->linked && trade_replaced(p, head, tail, h->idx)) {
		h->linked = 0;
		snprintf(h->why, sizeof(h->why), "\"%s\" after \"%s\": "
		    "another word typed where \"%s\" has its own", tail +
		    strspn(tail, " "), head, p->c[h->idx].name);
	}
}

/* The weighted evidence on the whole name, else on the name before a
 * site written after it ("Achebe & Nwosu - Head office", or without
 * the separator: unsaid_site_head): a site of the business is the
 * business.  The whole name is tried first, so a
 * customer listed with that site still wins. */
static void
by_reading(struct pool *p, const char *guess, const char *norm,
    struct decision *d)
{
	char *head = NULL, *hnorm;
	struct decision h = { 0 };
	int form = 0;

	by_evidence(p, guess, norm, d);
	if (d->linked && p == &customers && given_alone(guess, d->idx)) {
		d->linked = 0;
		snprintf(d->why, sizeof(d->why), "of \"%s\" the name holds a "
		    "given name alone", p->c[d->idx].name);
	}
	if (d->linked)
		return;
	if ((head = site_head(guess)) == NULL &&
	    (head = unsaid_site_head(guess)) == NULL)
		form = (head = form_head(p, guess)) != NULL;
	if (head == NULL)
		return;
	hnorm = sdc_name_normalise(names, head);
	h.head = 1;
	if (*hnorm)
		by_evidence(p, head, hnorm, &h);
	if (h.linked)
		site_of_group(p, hnorm, &h);
	/* a form ends many names: no site, another's or its own */
	if (h.linked && !form)
		site_undone(p, guess, head, &h);
	tail_untold(p, d, guess, head, &h);
	if (h.linked || (d->ntop == 0 && h.ntop > 0)) {
		*d = h;
		if (h.linked && !form)
			d->how |= SDC_NEV_SITE;
	}
	free(hnorm);
	free(head);
}


/* The last word before a note and its first written together are a
 * customer's word, however typed ("Fjellsiden Bygg Sevice" of
 * "Fjellsiden Byggservice"): the "note" is part of the name. */
static int
joins_note(const struct pool *p, const char *head, const char *note)
{
	const char *last = strrchr(head, ' ');
	char *pair, *j;
	int joined;

	last = last ? last + 1 : head;
	pair = sdc_xmalloc(strlen(last) + strcspn(note, " ") + 2);
	sprintf(pair, "%s %.*s", last, (int)strcspn(note, " "), note);
	j = sdc_nev_rejoin(p->ev, pair);
	joined = strchr(j, ' ') == NULL;
	free(j);
	free(pair);
	return joined;
}

/* A note after the name ("Wendt Sign tkt 4412", "Rosedale Property
 * Management #2 pc", "X re: outlook"): the typed words less the last one
 * to three are every word of weight of one customer, typed whole, whom
 * no other holds; and the words left over hold one no customer has (a
 * tail of customers' words, "Bexley Plumbing St", may be another
 * business's name or site).  Returns the candidate, or -1. */
static long
note_pick(struct pool *p, const char *guess)
{
	char *w = sdc_name_words(names, guess), *all = sdc_xstrdup(w), *end;
	const unsigned whole = SDC_NEV_EXACT | SDC_NEV_ABBREV |
	    SDC_NEV_COMPOUND | SDC_NEV_AND | SDC_NEV_SPELLING |
	    SDC_NEV_TRANSLATED;
	size_t ids[2], k;
	struct sdc_nev_hit h;
	long x = -1;

	for (k = 0; k < NOTE_WORDS && x < 0 && (end = strrchr(w, ' ')); k++) {
		*end = '\0';
		if (sdc_nev_known(p->ev, all + (end - w) + 1) >= 1 ||
		    joins_note(p, w, all + (end - w) + 1) ||
		    sdc_nev_holders(p->ev, w, ids, 2) != 1)
			continue;	/* a tail of customers' words is no note */
		x = (long)cand_of(p, ids[0]);
		if (score_cand(w, x, &h) < SITE_WHOLE / 100.0 || h.missed ||
		    h.left || (h.how & ~whole) ||
		    site_elsewhere(p, all + (end - w) + 1, (size_t)x))
			x = -1;
	}
	free(w);
	free(all);
	return x;
}

#define TOWN_WORDS 3	/* words of a town typed after a name */

/* The name before a town a customer is in typed after it, its last one
 * to TOWN_WORDS words ("Restaurace Alitech Ostrava", "Pekárna Transmet -
 * Ústí nad Labem"): a new string, and the town's words into *town (a new
 * string); or NULL. */
char *
town_head(const char *guess, char **town)
{
	const char *s = guess + strlen(guess);
	char *w;
	size_t k;

	for (k = 0; k < TOWN_WORDS && (s = prev_break(guess, s)) != NULL;
	    k++) {
		w = sdc_name_words(names, s + 1);
		if (*w && town_served(w)) {
			*town = w;
			return sdc_xstrndup(guess, (size_t)(s - guess));
		}
		free(w);
	}
	return NULL;
}

/* The customer at v is in town, or one misspelt (town_like). */
static int
in_town(size_t v, const char *town)
{
	const char *city = city_of(v);

	return city != NULL && (strcasecmp(city, town) == 0 ||
	    town_like(town, city));
}

/* The one customer in town of those named as the customer at idx is
 * (same_name): its index, or -1 (none in town, or two). */
static long
namesake_in(const struct pool *p, size_t idx, const char *town)
{
	const char *key = p->c[idx].key;
	size_t it = 0, n = 0;
	uint32_t v;
	long x = -1;

	while (sdc_hmap_find(&p->bynorm, hstr(key), &it, &v))
		if (strcmp(p->c[v].key, key) == 0 && in_town(v, town))
			x = n++ == 0 ? (long)v : -1;
	/* ... and those named so before a trading name (alias_shared) */
	it = 0;
	while (alias_shared(p, idx) && sdc_hmap_find(&p->bybase, hstr(key),
	    &it, &v))
		if (strcmp(p->c[v].bkey, key) == 0 && in_town(v, town))
			x = n++ == 0 ? (long)v : -1;
	return x;
}

/* The name's best candidates, named as the one at idx, reach the
 * threshold with the margin over the first of another name. */
static int
namesakes_lead(const struct pool *p, const struct decision *h, size_t idx)
{
	size_t i;
	long x;

	if (h->top_conf[0] < 100 * link_th)
		return 0;
	for (i = 1; i < h->ntop; i++)
		if ((x = pool_find_id(p, h->top_id[i])) < 0 ||
		    strcmp(p->c[x].key, p->c[idx].key) != 0)
			return h->top_conf[0] - h->top_conf[i] >=
			    100 * link_margin;
	return 1;
}

/* The name after a town a customer is in typed before it, its first one
 * to TOWN_WORDS words ("Fatih No 21 Noterliği": a Turkish notary is
 * named by its district first): as town_head. */
char *
town_lead(const char *guess, char **town)
{
	const char *s = guess;
	char *w;
	size_t k;

	for (k = 0; k < TOWN_WORDS && (s = strchr(s + 1, ' ')) != NULL;
	    k++) {
		w = sdc_xstrndup(guess, (size_t)(s - guess));
		*town = sdc_name_words(names, w);
		free(w);
		if (**town && town_served(*town))
			return sdc_xstrdup(s + 1);
		free(*town);
	}
	*town = NULL;
	return NULL;
}

/* A name two customers or more have, with a town after it that no
 * customer is in as typed: its own misspelt, one slip or another
 * romanisation ("Azoulay Mizrahi CPA - Natanya" for the one in Netanya,
 * town_like), links that one.  The whole name's best candidate
 * (d's) names them; the words after its name read whole (qualifier: no
 * typed word unread, none of its words untyped) are the town. */
static void
namesake_misspelt(struct pool *p, const char *guess, struct decision *d)
{
	char *q, *norm;
	long x;

	if (d->ntop == 0 || (x = pool_find_id(p, d->top_id[0])) < 0 ||
	    same_name(p, (size_t)x) < 2 ||
	    (q = qualifier(guess, (size_t)x)) == NULL)
		return;
	if ((x = namesake_in(p, (size_t)x, q)) >= 0) {
		norm = sdc_name_normalise(names, guess);
		link_to(d, (size_t)x, "weighted", fuzz_score(p, norm,
		    (size_t)x));
		free(norm);
		if (d->conf < 100 * link_th)	/* the words past the name */
			d->conf = (int)(100 * link_th + 0.5);
		d->ask = 0;
		d->how |= SDC_NEV_SITE;
		snprintf(d->extra, sizeof(d->extra), ",own town");
	}
	free(q);
}

/* The name before a state or province typed after it ("Forest City
 * Pub Ohio", "Marble Falls State Bank, TX") links when the state is the
 * customer's own (the cache's "state"), as its own town does: a
 * business is named with its own state, one incorporated elsewhere with
 * another (region_other). */
static void
by_own_region(struct pool *p, const char *guess, struct decision *d)
{
	const char *k, *tail;
	char *head = region_head(guess, &k, &tail), *hnorm;
	struct decision h;

	if (head == NULL)
		return;
	by_name_alone(p, head, &h);	/* exact: no rival's words weigh */
	hnorm = sdc_name_normalise(names, head);
	if (!h.linked && *hnorm) {
		memset(&h, 0, sizeof(h));
		h.head = 1;
		by_evidence(p, head, hnorm, &h);
	}
	if (h.linked && region_own(h.idx, tail) &&
	    tail_elsewhere(p, d, guess, head, tail, h.idx) < 0) {
		reading_taken(d, &h, ",own state");
		d->how |= SDC_NEV_SITE;
	}
	free(hnorm);
	free(head);
}

/* The name before a town typed after it links when the town is the
 * customer's own (the cache's "city"): a business is named with its own
 * town, a namesake elsewhere with another.  A name two customers or more
 * have ("Koç Muhasebe Bürosu / Maltepe" of two Koç Muhasebe Bürosu)
 * links the one in the town typed: the town tells namesakes apart. */
static void
by_own_town_head(struct pool *p, const char *guess, const char *head,
    const char *town, struct decision *d)
{
	char *hnorm;
	const char *city;
	struct decision h;
	long x = -1;

	memset(&h, 0, sizeof(h));
	h.head = 1;
	hnorm = sdc_name_normalise(names, head);
	if (*hnorm)
		by_evidence(p, head, hnorm, &h);
	if (!h.linked && h.ntop > 0 &&
	    (x = pool_find_id(p, h.top_id[0])) >= 0 &&
	    same_name(p, (size_t)x) > 1 && namesakes_lead(p, &h, (size_t)x) &&
	    (x = namesake_in(p, (size_t)x, town)) >= 0) {
		link_to(&h, (size_t)x, "weighted", fuzz_score(p, hnorm,
		    (size_t)x));
	}
	if (h.linked && (city = city_of(h.idx)) != NULL &&
	    strcasecmp(city, town) == 0 &&
	    tail_elsewhere(p, d, guess, head, town,
	    h.idx) < 0) {
		*d = h;
		d->how |= SDC_NEV_SITE;
		snprintf(d->extra + strlen(d->extra), sizeof(d->extra) -
		    strlen(d->extra), ",own town");
	}
	free(hnorm);
}

/* ... by_own_town_head when a town is typed after the name, and when
 * none is or it does not link, its own state (by_own_region). */
static void
by_own_town(struct pool *p, const char *guess, struct decision *d)
{
	char *town = NULL, *head;

	if (p != &customers)
		return;
	if ((head = town_head(guess, &town)) == NULL)
		namesake_misspelt(p, guess, d);
	else
		by_own_town_head(p, guess, head, town, d);
	if (!d->linked)		/* Indiana, PA is a town as well */
		by_own_region(p, guess, d);
	free(head);
	free(town);
}

/* ... and when neither links, a brand and a site only one customer has
 * (site_pick), at link.evidence.site over the name's confidence. */
void
by_site(struct pool *p, const char *guess, const char *norm,
    struct decision *d)
{
	long x;
	struct sdc_nev_hit h;
	double c;

	by_reading(p, guess, norm, d);
	if (!d->linked)
		by_own_town(p, guess, d);
	if (!d->linked)
		by_number(p, guess, norm, d);
	if (!d->linked)
		by_registry(p, guess, norm, d);
	if (!d->linked)
		by_initial(p, guess, norm, d);
	if (!d->linked)
		by_partners(p, guess, norm, d);
	if (!d->linked && w_note > 0 && (x = note_pick(p, guess)) >= 0 &&
	    !(p == &customers && named_after(guess, (size_t)x, d))) {
		c = score_read(guess, x, &h) + w_note;
		link_to(d, (size_t)x, "weighted", fuzz_score(p, norm,
		    (size_t)x));
		d->conf = c >= 1 ? 100 : (int)(100 * (c < link_th ? link_th :
		    c) + 0.5);
		d->how = h.how;
		d->ask = 0;
		snprintf(d->extra, sizeof(d->extra), ",note:+%d",
		    (int)(100 * w_note + 0.5));
		return;
	}
	if (d->linked || w_site <= 0 || (x = site_pick(p, guess)) < 0 ||
	    (p == &customers && named_after(guess, (size_t)x, d)))
		return;
	c = score_read(guess, x, &h) + w_site;
	if (c < link_th)
		c = link_th;	/* one holder: the proof is that no other is */
	link_to(d, (size_t)x, "weighted", fuzz_score(p, norm, (size_t)x));
	d->conf = c >= 1 ? 100 : (int)(100 * c + 0.5);
	d->how = h.how | SDC_NEV_SITE;
	d->ask = 0;
	snprintf(d->extra, sizeof(d->extra), ",site:+%d",
	    (int)(100 * w_site + 0.5));
}

/* The candidate's name is the typed words and a site after them
 * ("Launceston Fabrications Ltd Muskoka", "The Walled Garden Practice
 * Limited (Hunter)", "X - Riverina"): its words hold the typed ones in
 * order, then a legal form or a separator, then a site. */
static int
has_site(const struct cand *c, const char *norm)
{
	char *head = site_head(c->name), *hn;
	char *w = sdc_xstrdup(c->words), *t = sdc_xstrdup(norm);
	char *p, *q, *s1 = NULL, *s2 = NULL;
	int site = 0, legal = 0;

	if (head) {
		hn = sdc_name_normalise(names, head);
		site = strcmp(hn, norm) == 0;
		free(hn);
	}
	free(head);
	q = strtok_r(t, " ", &s2);
	for (p = strtok_r(w, " ", &s1); p && !site; p = strtok_r(NULL, " ",
	    &s1)) {
		if (q && strcmp(p, q) == 0)
			q = strtok_r(NULL, " ", &s2);
		else if (q && legal == 0)
			continue;	/* words before the typed ones */
		else if (sdc_name_is_drop(names, p) && !sdc_name_is_title(p))
			legal = 1;	/* a title begins a person, no site */
		else if (q == NULL)
			site = legal && !sdc_nev_soft(p);
	}
	free(w);
	free(t);
	return site;
}

/* The first of the n hits h (from i on) that is another customer with
 * every typed word and words of weight after them: a site (the group's
 * name then a site), or with order the typed words in their order.  One
 * that has a typed word only in another spelling or language, when the
 * linked one has it as typed, is a namesake ("Silver Sail Medical Centre
 * L.L.C." beside the Center, "Pharmacie Watapana" beside Farmacia
 * Watapana S.R.L.). */
static size_t
more_after(struct pool *p, const char *norm, const struct sdc_nev_hit *h,
    size_t i, size_t n, const struct decision *d, int order)
{
	const unsigned other = (SDC_NEV_SPELLING | SDC_NEV_TRANSLATED) &
	    ~d->how;

	for (; i < n; i++)
		if (h[i].id != d->idx && h[i].missed == 0 && h[i].left_after &&
		    !(h[i].how & other) &&
		    (order ? same_order(norm, p->c[h[i].id].words) :
		    h[i].left > 0 && has_site(&p->c[h[i].id], norm)))
			break;
	return i;
}

/* Whether a candidate that matches every typed word may be another's
 * name with more after it (more_after): 0 only when none is. */
#define MATCHING_MAX 32	/* candidates that match looked through */

static int
maybe_more_after(struct pool *p, const char *norm, const struct decision *d,
    int reordered)
{
	struct sdc_nev_hit h[MATCHING_MAX];
	size_t n = sdc_nev_matching(p->ev, norm, SITE_FLOOR, h, MATCHING_MAX),
	    i;

	if (n > MATCHING_MAX)
		return 1;	/* too many to tell */
	/* ids as candidates, each hit kept: not fold_hits(), which keeps a
	 * candidate's first only */
	for (i = 0; i < n; i++)
		h[i].id = cand_of(p, h[i].id);
	return more_after(p, norm, h, 0, n, d, 0) < n ||
	    (reordered && more_after(p, norm, h, 0, n, d, 1) < n);
}

/* The name linked is a group's, and a customer listed as one of its sites
 * is that name and a site after it: which one the session was for, only
 * evidence beyond the name can tell (a machine).  Likewise a name linked
 * only with its words reordered, when another customer has them in the
 * typed order and more words after them ("Schröder & Richter ... GmbH":
 * "Richter & Schröder ... GmbH" or "Schröder & Richter ... e.K."). */
void
site_of_group(struct pool *p, const char *norm, struct decision *d)
{
	struct sdc_nev_hit h[RANKN];
	/* the drop words typed ("GmbH") need no match */
	char *words = sdc_xstrdup(norm);
	size_t n, i, j;
	int reordered = strcmp(d->rule, "normalised") == 0 &&
	    !same_order(words, p->c[d->idx].words);

	/* Only hits that missed no word count below, and those are among
	 * the candidates that miss none, often far cheaper to find at
	 * 50,000 customers: when these hold no site nor name in order, the
	 * query's best RANKN do not either. */
	if (!maybe_more_after(p, norm, d, reordered)) {
		free(words);
		return;
	}
	n = fold_hits(p, h, sdc_nev_query(p->ev, words, SITE_FLOOR, h,
	    RANKN));
	i = more_after(p, norm, h, 0, n, d, 0);
	j = more_after(p, norm, h, i == n && reordered ? 0 : n, n, d, 1);
	if (i < n || j < n) {
		d->linked = 0;
		if (i < n)
			snprintf(d->why, sizeof(d->why), "\"%s\" is a group's "
			    "name, and \"%s\" one of its sites",
			    p->c[d->idx].name, p->c[h[i].id].name);
		else
			snprintf(d->why, sizeof(d->why), "the name is \"%s\" "
			    "reordered, and \"%s\" in order with a word more",
			    p->c[d->idx].name, p->c[h[j].id].name);
		d->ntop = 0;
		keep_top(p, norm, h, n, d);
		/* the name is the site's as much as the group's: the
		 * evidence beyond the name decides between them */
		for (j = 0; i < n && j < d->ntop; j++)
			if (d->top_id[j] == p->c[h[i].id].id)
				d->top_conf[j] = d->top_conf[0];
	}
	free(words);
}

