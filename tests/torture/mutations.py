"""tests/torture/mutations.py - the fixed, seeded mutations of one input.

mutate(data, kind, seed, name) yields (mutation name, bytes), always the
same for the same input: the random choices come from a generator seeded
with seed and the CRC of the fixture's file name.  kind is "csv", "json"
(one document) or "jsonl" (one record per line).
"""
import random
import re
import zlib

TRUNCATIONS = 28        # boundaries sampled in the first KiB (plus 0-3)
BIT_FLIPS = 8
NULS = 3
BIG = 1 << 20           # the overlong field: 1 MB
DEPTH = 10000           # levels of nesting

HUGE = [b"1e308", b"-1e308", b"1e999", b"9223372036854775808",
        b"-9223372036854775809", b"18446744073709551616", b"-0",
        b"\"NaN\"", b"\"Infinity\"", b"1e-400", b"0.000000000000000000001"]

STRING_VALUE = re.compile(rb'(?<=[:\[,])\s*"(?:[^"\\\n]|\\.)*"')
NUMBER_VALUE = re.compile(rb'(?<=[:\[,])\s*-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?=\s*[,\]}])')
FIRST_KEY = re.compile(rb'\{\s*"((?:[^"\\\n]|\\.)*)"\s*:')


def truncations(data, rng):
    n = min(len(data), 1024)
    cuts = set(range(min(4, n + 1)))
    cuts.update(rng.sample(range(n + 1), min(TRUNCATIONS, n + 1)))
    for k in sorted(cuts):
        yield "truncate-%d" % k, data[:k]


def flips(data, rng):
    for i in range(BIT_FLIPS if data else 0):
        pos, bit = rng.randrange(len(data)), rng.randrange(8)
        b = bytearray(data)
        b[pos] ^= 1 << bit
        yield "bitflip-%d.%d" % (pos, bit), bytes(b)


def nuls(data, rng):
    for i in range(NULS):
        pos = rng.randrange(len(data) + 1)
        yield "nul-%d" % pos, data[:pos] + b"\0" + data[pos:]


def second_line_start(data):
    nl = data.find(b"\n")
    return nl + 1 if 0 <= nl < len(data) - 1 else len(data)


def overlong(data, kind):
    """1 MB inside a field: a JSON string value, else a CSV data row's first field."""
    if kind == "csv":
        at = second_line_start(data)
        return data[:at] + b"A" * BIG + data[at:]
    m = STRING_VALUE.search(data)
    if not m:
        return data + b"\"" + b"A" * BIG + b"\""
    at = m.end() - 1
    return data[:at] + b"A" * BIG + data[at:]


def huge_numbers(data, kind, rng):
    if kind == "csv":
        m = re.compile(rb"\d+").search(data, second_line_start(data))
    else:
        found = list(NUMBER_VALUE.finditer(data))
        m = rng.choice(found) if found else None
    for i, h in enumerate(HUGE):
        if m:
            yield "huge-%d" % i, data[:m.start()] + h + data[m.end():]
        else:   # no number: the value of the first string instead
            s = STRING_VALUE.search(data)
            if s:
                yield "huge-%d" % i, data[:s.start()] + h + data[s.end():]


def nesting(data, kind):
    deep = b"[" * DEPTH + b"]" * DEPTH
    if kind == "csv":
        return data + (b"" if data.endswith(b"\n") else b"\n") + deep + b"\n"
    m = STRING_VALUE.search(data)
    if not m:
        return deep + data
    return data[:m.start()] + deep + data[m.end():]


def wrong_types(data, rng):
    found = list(STRING_VALUE.finditer(data))
    nums = list(NUMBER_VALUE.finditer(data))
    for i, repl in enumerate([b"123", b"{}", b"[]", b"null", b"true", b"\"x\""]):
        pool = nums if repl == b"\"x\"" else found
        if not pool:
            continue
        m = rng.choice(pool)
        yield "type-%d" % i, data[:m.start()] + repl + data[m.end():]
    # a whole record of the wrong type
    if data.lstrip().startswith(b"{"):
        yield "type-array", b"[" + data.rstrip(b"\n") + b"]\n"


def duplicate_keys(data):
    dup = lambda m: m.group(0) + b"null,\"" + m.group(1) + b"\":"
    first = FIRST_KEY.sub(dup, data, count=1)
    if first != data:
        yield "dupkey-first", first
        yield "dupkey-every", FIRST_KEY.sub(dup, data)


def line_ends(data):
    lines = data.split(b"\n")
    yield "crlf", data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    yield "crlf-mixed", b"".join(l + (b"\r\n" if i % 2 else b"\n")
                                 for i, l in enumerate(lines[:-1])) + lines[-1]
    yield "cr-only", data.replace(b"\r\n", b"\n").replace(b"\n", b"\r")


def encodings(data):
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    text = body.decode("utf-8", "replace")
    yield "bom-utf8", b"\xef\xbb\xbf" + body
    yield "bom-utf8-twice", b"\xef\xbb\xbf\xef\xbb\xbf" + body
    yield "bom-utf16le", b"\xff\xfe" + body
    yield "bom-utf16be", b"\xfe\xff" + body
    yield "utf16le", b"\xff\xfe" + text.encode("utf-16-le")
    yield "utf16be", b"\xfe\xff" + text.encode("utf-16-be")
    yield "utf16le-nobom", text.encode("utf-16-le")


def mutate(data, kind, seed, name):
    rng = random.Random(seed ^ zlib.crc32(name.rsplit("/fixtures/", 1)[-1].encode()))
    yield from truncations(data, rng)
    yield from flips(data, rng)
    yield from nuls(data, rng)
    yield "overlong", overlong(data, kind)
    yield from huge_numbers(data, kind, rng)
    yield "nesting", nesting(data, kind)
    if kind != "csv":
        yield from wrong_types(data, rng)
        yield from duplicate_keys(data)
    yield from line_ends(data)
    yield from encodings(data)
