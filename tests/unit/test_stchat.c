/* Unit tests of stchat.c (line classes, sillytavern.md §2 and §7) and
 * fpset.c (the fingerprint set). */
#include "check.h"
#include "fpset.h"
#include "stchat.h"

#include <stdlib.h>

static struct sdc_stchat_msg m;
static json_object *obj;	/* m points into it: kept until the next */

static int
classify(const char *json, int first)
{
	json_object_put(obj);
	obj = json_tokener_parse(json);
	return sdc_stchat_classify(obj, first, &m);
}

static void
classes(void)
{
	CHECK_INT("header on line 1", classify(
	    "{\"user_name\":\"unused\",\"character_name\":\"unused\"}", 1),
	    SDC_STCHAT_HEADER);
	CHECK_INT("header keys later are foreign", classify(
	    "{\"user_name\":\"x\"}", 0), SDC_STCHAT_FOREIGN);
	CHECK_INT("a Session record is foreign", classify(
	    "{\"meta\":{},\"segments\":[]}", 1), SDC_STCHAT_FOREIGN);
	CHECK_INT("an array is foreign", classify("[1]", 1), SDC_STCHAT_FOREIGN);
	CHECK_INT("plain message", classify(
	    "{\"name\":\"A\",\"is_user\":true,\"mes\":\"hi\"}", 1),
	    SDC_STCHAT_MESSAGE);
	CHECK("plain message is not hidden", !m.hidden && m.is_user);
	CHECK_INT("hidden user line", classify("{\"name\":\"A\","
	    "\"is_system\":true,\"mes\":\"x\"}", 0), SDC_STCHAT_MESSAGE);
	CHECK("hidden flag", m.hidden && !m.role);
	CHECK_INT("help text", classify("{\"name\":\"SillyTavern System\","
	    "\"is_system\":true,\"mes\":\"x\",\"extra\":{\"type\":\"help\"}}",
	    0), SDC_STCHAT_NOISE);
	CHECK_INT("legacy system line without a type", classify(
	    "{\"name\":\"SillyTavern System\",\"is_system\":true,\"mes\":\"x\"}",
	    0), SDC_STCHAT_NOISE);
	CHECK_INT("tool log", classify("{\"name\":\"SillyTavern System\","
	    "\"is_system\":true,\"mes\":\"x\",\"extra\":{\"tool_invocations\":[]}}",
	    0), SDC_STCHAT_NOISE);
	CHECK_INT("bias setter", classify("{\"name\":\"A\",\"is_system\":true,"
	    "\"mes\":\" {{bias \\\"be kind\\\"}} \"}", 0), SDC_STCHAT_NOISE);
	CHECK_INT("narrator", classify("{\"name\":\"System\",\"mes\":\"Night.\","
	    "\"extra\":{\"type\":\"narrator\"}}", 0), SDC_STCHAT_MESSAGE);
	CHECK_STR("narrator role", m.role, "narrator");
	CHECK_INT("visible comment is a character line", classify(
	    "{\"name\":\"B\",\"mes\":\"x\",\"extra\":{\"type\":\"comment\"}}", 0),
	    SDC_STCHAT_MESSAGE);
	CHECK("no role", m.role == NULL);
	CHECK_INT("Chub mes object", classify(
	    "{\"name\":\"B\",\"mes\":{\"message\":\"flat\"}}", 0), SDC_STCHAT_MESSAGE);
	CHECK_STR("flattened", m.mes, "flat");
	CHECK_INT("group marker", classify("{\"name\":\"B\",\"mes\":\"x\","
	    "\"original_avatar\":\"B.png\",\"gen_finished\":"
	    "\"2025-08-06T22:49:50.366Z\"}", 0), SDC_STCHAT_MESSAGE);
	CHECK("group seen", m.group);
	CHECK_INT("gen_finished", m.gen_ms, 1754520590366LL);
}

static void
fingerprint_text(void)
{
	struct sdc_buf b = SDC_BUF_INIT;

	classify("{\"name\":\"A\",\"send_date\":1677312399123,\"mes\":\"hi\"}", 0);
	sdc_stchat_fingerprint_text(&b, &m, 2);
	CHECK_STR("number send_date", b.p, "1677312399123|A|hi|2");
	classify("{\"mes\":\"hi\",\"send_date\":\"June 19, 2023 2:20pm\"}", 0);
	sdc_stchat_fingerprint_text(&b, &m, 1);
	CHECK_STR("string send_date, no name", b.p,
	    "June 19, 2023 2:20pm||hi|1");
	sdc_buf_free(&b);
}

static void
set(void)
{
	struct sdc_fpset *s = sdc_fpset_new();
	unsigned char fp[SDC_FP_LEN] = { 0 };
	int i, fresh = 0;

	CHECK_INT("zero digest is new", sdc_fpset_add(s, fp), 1);
	CHECK_INT("zero digest once", sdc_fpset_add(s, fp), 0);
	for (i = 0; i < 5000; i++) {
		fp[0] = (unsigned char)i;
		fp[1] = (unsigned char)(i >> 8);
		fp[15] = 1;
		fresh += sdc_fpset_add(s, fp);
	}
	CHECK_INT("5000 distinct added (through growth)", fresh, 5000);
	CHECK_INT("count", sdc_fpset_count(s), 5001);
	fp[0] = 7, fp[1] = 0;
	CHECK("found after growth", sdc_fpset_has(s, fp));
	fp[15] = 2;
	CHECK("absent one not found", !sdc_fpset_has(s, fp));
	CHECK_INT("hex", sdc_fp_from_hex("00ff", 4, fp), -1);
	CHECK_INT("64 hex digits", sdc_fp_from_hex("0123456789abcdef0123456789"
	    "abcdef0123456789abcdef0123456789abcdeF", 64, fp), 0);
	CHECK_INT("hex value", fp[31], 0xef);
	sdc_fpset_clear(s);
	CHECK_INT("cleared", sdc_fpset_count(s), 0);
	sdc_fpset_free(s);

	s = sdc_fpset_new_counter();
	memset(fp, 0, sizeof(fp));
	CHECK_INT("counter: zero key first", sdc_fpset_bump(s, fp), 1);
	CHECK_INT("counter: zero key again", sdc_fpset_bump(s, fp), 2);
	for (i = 0; i < 3000; i++) {
		fp[2] = (unsigned char)i;
		fp[3] = (unsigned char)(i >> 8);
		sdc_fpset_bump(s, fp);
	}
	fp[2] = 9, fp[3] = 0;
	CHECK_INT("counter survives growth", sdc_fpset_bump(s, fp), 2);
	CHECK_INT("counter keeps counting", sdc_fpset_bump(s, fp), 3);
	sdc_fpset_free(s);
}

int
main(void)
{
	classes();
	fingerprint_text();
	set();
	json_object_put(obj);
	return check_done();
}
