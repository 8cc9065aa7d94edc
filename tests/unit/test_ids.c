/* Unit tests of ids.c against Python's uuid.uuid5 and hashlib. */
#include "check.h"
#include "ids.h"

#include <string.h>

int
main(void)
{
	char id[SDC_UUID_BUFSZ], h[SDC_SHA256_HEXSZ], big[1001];
	unsigned char ns[16];
	static const unsigned char dns[16] = {
		0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1,
		0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8 };

	sdc_uuid5_raw(dns, "sdc.syncro-data-consolidator", 28, ns);
	CHECK("SDC namespace = uuid5(DNS, name): 845e7c15-...", ns[0] == 0x84 && ns[1] == 0x5e
	    && ns[15] == 0xf1);
	/* python3: uuid.uuid5(uuid.uuid5(uuid.NAMESPACE_DNS, "sdc.syncro-data-consolidator"),
	 *          "SyncroRMM:ticket:82012345") */
	CHECK_STR("uuid5 of a ticket key", sdc_uuid5("SyncroRMM:ticket:82012345", id),
	    "5de2fcab-338a-5671-b440-3b29c09a9c8a");
	CHECK_STR("sha256 of abc", sdc_sha256_hex("abc", 3, h),
	    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	/* python3: uuid.uuid5(NS, ""), uuid.uuid5(NS, "ScreenConnect:" + "x" * 200),
	 * hashlib.sha256(b"a" * 1000), hashlib.sha256(b"") */
	CHECK_STR("uuid5 of the empty key", sdc_uuid5("", id),
	    "a96db422-52be-5ca6-b996-dd0cc6098701");
	memcpy(big, "ScreenConnect:", 14);
	memset(big + 14, 'x', 200);
	big[214] = '\0';
	CHECK_STR("uuid5 of a key over several blocks", sdc_uuid5(big, id),
	    "496b1458-da8e-5653-b62c-c50c5dff9c81");
	memset(big, 'a', 1000);
	CHECK_STR("sha256 over several blocks", sdc_sha256_hex(big, 1000, h),
	    "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
	CHECK_STR("sha256 of nothing", sdc_sha256_hex("", 0, h),
	    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	return check_done();
}
