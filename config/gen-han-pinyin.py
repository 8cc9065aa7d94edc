#!/usr/bin/env python3
"""gen-han-pinyin.py READINGS NAMES_C > config/han-pinyin.json

Writes the toneless pinyin of the CJK Unified Ideographs U+4E00..U+9FFF
(the block business names are written in) from Unihan's kMandarin field:
its first reading (the one for the simplified, mainland form), tone marks
stripped and u-umlaut written u, as typed on a keyboard without them.
Traditional characters carry their own kMandarin reading, so no fold to
simplified is needed.  Only readings that are syllables of names.c's
zh_pinyin table are kept (not the interjections m, ng, hm, ê).

READINGS: Unihan_Readings.txt(.bz2), e.g. Debian's unicode-data package,
/usr/share/unicode/Unihan_Readings.txt.bz2.  NAMES_C: src/link/names.c.
Output: {"_source": ..., "syllable": "characters", ...}; sdc-link reads it
only when a name holds Han.
"""
import bz2, json, re, sys, unicodedata

def opener(path):
    return bz2.open(path, "rt", encoding="utf-8") if path.endswith(".bz2") \
        else open(path, encoding="utf-8")

def syllables(names_c):
    src = open(names_c, encoding="utf-8").read()
    body = re.search(r'zh_pinyin\[\] =(.*?);', src, re.S).group(1)
    return set("".join(re.findall(r'"([^"]*)"', body)).split())

def toneless(reading):
    s = unicodedata.normalize("NFD", reading)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ü", "u").lower()  # NFD leaves u + U+0308: gone above

def main():
    known = syllables(sys.argv[2])
    version = "unknown"
    by = {}
    with opener(sys.argv[1]) as f:
        for line in f:
            if line.startswith("# Unihan_Readings.txt") or \
                    line.startswith("# Date:") or \
                    line.startswith("# Unicode version"):
                version = line[2:].strip() if version == "unknown" else \
                    version + ", " + line[2:].strip()
            if "\tkMandarin\t" not in line:
                continue
            cp, _, value = line.rstrip("\n").split("\t")
            c = int(cp[2:], 16)
            if not 0x4E00 <= c <= 0x9FFF:
                continue
            syl = toneless(value.split()[0])
            if syl in known:
                by.setdefault(syl, []).append(chr(c))
    out = {"_source": "Unihan kMandarin (first reading, tones stripped), "
           "U+4E00..U+9FFF, " + version + "; config/gen-han-pinyin.py"}
    for syl in sorted(by):
        out[syl] = "".join(by[syl])
    json.dump(out, sys.stdout, ensure_ascii=False, indent=0)
    sys.stdout.write("\n")
    print(sum(len(v) for v in by.values()), "characters,", len(by),
          "syllables", file=sys.stderr)

main()
