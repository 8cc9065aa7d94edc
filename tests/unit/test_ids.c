/* Unit tests of ids.c against Python's uuid.uuid5 and hashlib. */
#include "check.h"
#include "ids.h"

int
main(void)
{
	char id[SDC_UUID_BUFSZ], h[SDC_SHA256_HEXSZ];
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
	return check_done();
}
