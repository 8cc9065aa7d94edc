/* stchat - see stchat.h. */
#include "stchat.h"
#include "jsonl.h"
#include "sdctime.h"

#include <inttypes.h>
#include <string.h>

/* extra.type values that are UI text, not conversation (§7): help
 * screens, welcome and group-created banners, bookmark links. */
static const char *const ui_types[] = { "help", "welcome", "empty",
	"generic", "slash_commands", "formatting", "hotkeys", "macros",
	"welcome_prompt", "assistant_note", "assistant_message",
	"bookmark_created", "bookmark_back", "group", NULL };

static const char system_name[] = "SillyTavern System";

static int
flag(json_object *obj, const char *key)
{
	json_object *v = sdc_json_get(obj, key);

	return json_object_is_type(v, json_type_boolean) &&
	    json_object_get_boolean(v);
}

static int
is_ui_type(const char *type)
{
	int i;

	for (i = 0; type && ui_types[i]; i++)
		if (strcmp(type, ui_types[i]) == 0)
			return 1;
	return 0;
}

/* A message that only sets the prompt bias: "{{bias "..."}}". */
static int
bias_only(const char *s, size_t len)
{
	while (len > 0 && (*s == ' ' || *s == '\n' || *s == '\t'))
		s++, len--;
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\n' ||
	    s[len - 1] == '\t'))
		len--;
	return len >= 8 && strncmp(s, "{{bias", 6) == 0 &&
	    strncmp(s + len - 2, "}}", 2) == 0;
}

/* Line 0 is a header iff it has no "mes" and one of the header keys. */
static int
is_header(json_object *obj)
{
	return sdc_json_get(obj, "chat_metadata") ||
	    sdc_json_get(obj, "user_name") ||
	    sdc_json_get(obj, "character_name") ||
	    sdc_json_get(obj, "create_date");
}

/* mes is a string; raw Chub files have {"message": ...}, which
 * SillyTavern flattens on import, so do the same. */
static void
text(json_object *mes, struct sdc_stchat_msg *m)
{
	json_object *inner = sdc_json_get(mes, "message");

	if (json_object_is_type(inner, json_type_string))
		mes = inner;
	if (json_object_is_type(mes, json_type_null)) {
		m->mes = "";
		m->mes_len = 0;
	} else if (json_object_is_type(mes, json_type_string)) {
		m->mes = json_object_get_string(mes);
		m->mes_len = json_object_get_string_len(mes);
	} else {
		m->mes = json_object_get_string(mes);
		m->mes_len = strlen(m->mes);
	}
}

static int64_t
gen_time(json_object *obj)
{
	int64_t ms;
	const char *keys[2] = { "gen_finished", "gen_started" };
	int i;

	for (i = 0; i < 2; i++)
		if (sdc_stdate_json(sdc_json_get(obj, keys[i]), &ms) ==
		    SDC_STDATE_UTC)
			return ms;
	return SDC_TIME_NONE;
}

static enum sdc_stchat_kind
noise(struct sdc_stchat_msg *m, const char *why)
{
	m->noise = why;
	return SDC_STCHAT_NOISE;
}

enum sdc_stchat_kind
sdc_stchat_classify(json_object *obj, int first, struct sdc_stchat_msg *m)
{
	json_object *mes, *extra;
	const char *type;
	int is_system, system_speaker;

	memset(m, 0, sizeof(*m));
	m->gen_ms = SDC_TIME_NONE;
	if (!json_object_is_type(obj, json_type_object))
		return SDC_STCHAT_FOREIGN;
	if (!json_object_object_get_ex(obj, "mes", &mes))
		return first && is_header(obj) ? SDC_STCHAT_HEADER : SDC_STCHAT_FOREIGN;
	text(mes, m);
	m->name = sdc_json_str(obj, "name");
	m->is_user = flag(obj, "is_user");
	m->group = sdc_json_get(obj, "original_avatar") || flag(obj, "is_group");
	extra = sdc_json_get(obj, "extra");
	m->model = sdc_json_str(extra, "model");
	m->api = sdc_json_str(extra, "api");
	m->reasoning = sdc_json_str(extra, "reasoning");
	m->send_date = sdc_json_get(obj, "send_date");
	m->date_kind = sdc_stdate_json(m->send_date, &m->date_ms);
	m->gen_ms = gen_time(obj);

	type = sdc_json_str(extra, "type");
	is_system = flag(obj, "is_system");
	system_speaker = m->name && strcmp(m->name, system_name) == 0;
	if (is_ui_type(type))
		return noise(m, "UI message");
	if (sdc_json_get(extra, "tool_invocations"))
		return noise(m, "tool-call log");
	if (bias_only(m->mes, m->mes_len))
		return noise(m, "bias setter");
	if (type && strcmp(type, "narrator") == 0)
		m->role = "narrator";
	else if (type && strcmp(type, "comment") == 0 && is_system)
		m->role = "comment";
	else if (is_system && (type || system_speaker))
		return noise(m, "system message");
	/* is_system on a user's, character's or narrator's line means
	 * "hidden from the prompt" (/hide): still part of the conversation.
	 * A comment is never in the prompt; its role says so already. */
	m->hidden = is_system && !(m->role && strcmp(m->role, "comment") == 0);
	return SDC_STCHAT_MESSAGE;
}

void
sdc_stchat_fingerprint_text(struct sdc_buf *b, const struct sdc_stchat_msg *m,
    long occurrence)
{
	json_object *d = m->send_date;

	sdc_buf_reset(b);
	if (json_object_is_type(d, json_type_string))
		sdc_buf_add(b, json_object_get_string(d),
		    json_object_get_string_len(d));
	else if (json_object_is_type(d, json_type_int))
		sdc_buf_printf(b, "%" PRId64, json_object_get_int64(d));
	else if (d && !json_object_is_type(d, json_type_null))
		sdc_buf_adds(b, json_object_to_json_string_ext(d,
		    JSON_C_TO_STRING_PLAIN));
	sdc_buf_addc(b, '|');
	if (m->name)
		sdc_buf_adds(b, m->name);
	sdc_buf_addc(b, '|');
	sdc_buf_add(b, m->mes, m->mes_len);
	sdc_buf_printf(b, "|%ld", occurrence);
}
