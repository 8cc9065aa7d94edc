#!/usr/bin/env python3
"""gen-han-japanese.py READINGS > config/han-japanese.json

Writes the Japanese readings of the CJK Unified Ideographs U+4E00..U+9FFF
(the block business names are written in) from Unihan's kJapaneseOn (the
Sino-Japanese readings) and kJapaneseKun (the native ones), in Hepburn as
Unihan writes them, lower case.  A kun reading there is a word with its
okurigana, the kana written after the character ("OOKII" for 大き-い,
"NAGAI" for 長-い, "TOORU" for 通-る): a name writes the character alone
and reads its stem ("Oo-ta", "Naga-no", "Oo-doori", "Mori-oka"), so an
adjective's and a verb's kun reading also gives its stems (stems()).
Unihan lists a kanji's on readings the usual first: the others are
written "~sou" (増 ZOU SOU), a name read in two of them being another
name as likely (増田 is no "Sōten").  Voicing (rendaku), a consonant doubled (sokuon) and the long
vowels are the reader's (src/link/japanese.c), not listed.

READINGS: Unihan_Readings.txt(.bz2), e.g. Debian's unicode-data package,
/usr/share/unicode/Unihan_Readings.txt.bz2 (Unicode, Inc.; Unicode
licence).  Output: {"_source": ..., "reading": "characters", "~reading": ...};
sdc-link reads it only in a list that writes kana.
"""
import bz2, json, re, sys

MORA = re.compile(r"(?:[kgsztdnhbpmyrwfj]?y?|sh|ch|ts)?[aiueo]|n(?![aiueoy])"
                  r"|[kgsztdnhbpmyrwfj]")

def opener(path):
    return bz2.open(path, "rt", encoding="utf-8") if path.endswith(".bz2") \
        else open(path, encoding="utf-8")

def morae(word):
    return MORA.findall(word)

def stems(word):
    """The stems of a kun reading that inflects: an adjective's (-i after
    a vowel: naga-i, oo-kii, atara-shii) less its last one and two morae,
    a verb's (-u: saka-eru, mo-ru) less its last one and its stem before
    -masu (mori, toori); two morae left at least.  A noun ("MITABI") has
    none."""
    m = morae(word)
    if "".join(m) != word or len(m) < 2:
        return []
    out = []
    if m[-1] == "i" and m[-2][-1] in "aiueo":
        out = ["".join(m[:k]) for k in (len(m) - 1, len(m) - 2)]
    elif m[-1][-1] == "u":
        out = ["".join(m[:-1]), word[:-1] + "i"]
    return [s for s in out if len(morae(s)) >= 2]

def main():
    heads = []  # the file's name, date and Unicode version
    by = {}
    with opener(sys.argv[1]) as f:
        for line in f:
            if line.startswith(("# Unihan_Readings.txt", "# Date:",
                                "# Unicode version")):
                heads.append(line[2:].strip())
            p = line.rstrip("\n").split("\t")
            if len(p) != 3 or p[1] not in ("kJapaneseOn", "kJapaneseKun"):
                continue
            c = int(p[0][2:], 16)
            if not 0x4E00 <= c <= 0x9FFF:
                continue
            for k, r in enumerate(p[2].lower().split()):
                if not r.isalpha() or not r.isascii():
                    continue
                got = [r] + (stems(r) if p[1] == "kJapaneseKun" else [])
                for g in got:
                    key = "~" + g if p[1] == "kJapaneseOn" and k > 0 else g
                    by.setdefault(key, set()).add(chr(c))
    for key in [k for k in by if k[0] == "~"]:
        by[key] -= by.get(key[1:], set())	# a usual reading too
        if not by[key]:
            del by[key]
    out = {"_source": "Unihan kJapaneseOn (~: not the first listed) and kJapaneseKun (kun readings "
           "also their stems: an adjective's less its last one and two morae, a verb's less its last one and before -masu, two morae left), U+4E00..U+9FFF, " +
           (", ".join(heads) or "unknown") + "; Unicode, Inc., Unicode licence; "
           "config/gen-han-japanese.py"}
    for r in sorted(by):
        out[r] = "".join(sorted(by[r]))
    json.dump(out, sys.stdout, ensure_ascii=False, indent=0)
    sys.stdout.write("\n")
    print(sum(len(v) for v in by.values()), "readings of characters,",
          len(by), "readings", file=sys.stderr)

main()
