#!/usr/bin/env python3
"""config/gen-nicknames.py - writes config/nicknames.json, the nicknames
and diminutives of US given names that sdc-link reads as the given name
("Mike Roberts" is Michael Roberts; only a given name, before the same
surname: src/link/nameev.c).

    gen-nicknames.py names.csv > nicknames.json

Source (public): names.csv of carltonnorthern/nickname-and-diminutive-
names-lookup on GitHub (Apache License 2.0; Old Dominion University's Web
Science and Digital Libraries Research Group, mined from a genealogy
page), commit 8ea01da73108799ad198a9f0982c2af3b1fdc7bc: one line per
given name, its nicknames after it.  Kept: a nickname of three letters or
more, no longer than its name ("cassandra" of sandra is another name); one
with a line of its own only when that line gives the name back ("sandy"
of alexander is not, its line being sandra's).
"""
import json
import sys


def main():
    rows = []
    with open(sys.argv[1], encoding='utf-8') as f:
        for line in f:
            w = [x.strip().lower() for x in line.split(',') if x.strip()]
            if len(w) > 1 and all(x.isalpha() and x.isascii() for x in w):
                rows.append(w)
    line = {r[0]: set(r[1:]) for r in rows}
    given = []
    for r in rows:
        nick = [n for n in dict.fromkeys(r[1:]) if 3 <= len(n) <= len(r[0]) and n != r[0]
                and (n not in line or r[0] in line[n])]
        if nick:
            given.append([r[0]] + nick)
    doc = {
        '_doc': 'Nicknames and diminutives of US given names, each list '
                'a given name and its nicknames: sdc-link reads a typed '
                'nickname as its given name and the given name as its '
                'nickname, only where the customer\'s name has it before '
                'the same next word (its surname), never a surname. '
                'Written by config/gen-nicknames.py.',
        '_source': 'names.csv of carltonnorthern/nickname-and-diminutive-'
                   'names-lookup (GitHub, commit 8ea01da7, Apache License '
                   '2.0), nicknames of three letters or more no longer than '
                   'their name, and of a line of their own only when it '
                   'gives the name back.',
        'given': given,
    }
    json.dump(doc, sys.stdout, ensure_ascii=True, indent=0)
    sys.stdout.write('\n')


main()
