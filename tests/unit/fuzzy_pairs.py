#!/usr/bin/python3
# fuzzy_pairs.py N SEED - N random name pairs scored by Debian's
# python3-thefuzz 0.19 + python3-levenshtein, one per line:
#	HEX(a) TAB HEX(b) TAB ratio TAB token_set_ratio
# for test_fuzzy --pairs (tests/cli/fuzzy-parity.bats).  The pairs mix
# business-name words with typos, reordering, punctuation and the
# characters where Python's Unicode rules are easy to get wrong.
import random
import sys

import Levenshtein  # noqa: F401  without it thefuzz silently uses difflib
from thefuzz import fuzz

WORDS = ("acme health group alpha beta wellness partners east west metro "
	"keystone financial innovatech services summit realty premier motors "
	"global tech solutions horizon properties granite legal the inc llc "
	"ltd corp co company and of dental clinic 24 7 a b x").split()
ODD = ["\u00e9", "\u00fc", "\u00df", "\u0141", "\u03a3", "\u03c3", "\u03c2",
	"\u0130", "\u0301", "\u00a0", "\t", "\u6771", "\u4eac", "\u0178",
	"\u212a", "_", "&", "-", ".", ",", "'", "(", ")", "/", "\u02b0",
	"\u0345", "\u1e9e", "\u2160", "\u00bd", "\u0663", "\u3000", "  "]


def word(rnd):
	w = rnd.choice(WORDS)
	r = rnd.random()
	if r < 0.3:
		w = w.upper() if rnd.random() < 0.5 else w.capitalize()
	if r < 0.15 and len(w) > 2:	# typo
		i = rnd.randrange(len(w))
		w = w[:i] + rnd.choice("aeiouxyz") + w[i + 1:]
	if rnd.random() < 0.15:
		i = rnd.randrange(len(w) + 1)
		w = w[:i] + rnd.choice(ODD) + w[i:]
	return w


def name(rnd):
	n = rnd.choice((1, 1, 2, 2, 3, 3, 4, 5, 8, 14))
	return " ".join(word(rnd) for _ in range(n))


def variant(rnd, s):
	toks = s.split()
	r = rnd.random()
	if r < 0.25:
		rnd.shuffle(toks)
	elif r < 0.45 and toks:
		toks.pop(rnd.randrange(len(toks)))
	elif r < 0.6:
		toks.append(word(rnd))
	elif r < 0.7:
		return "".join(rnd.choice(ODD + ["a", "B", "1", " "])
			for _ in range(rnd.randrange(12)))
	elif r < 0.8:
		return name(rnd)
	return rnd.choice((" ", "", "  ")).join(toks)


def main():
	n, seed = int(sys.argv[1]), int(sys.argv[2])
	rnd = random.Random(seed)
	out = []
	for _ in range(n):
		a = name(rnd)
		b = variant(rnd, a) if rnd.random() < 0.8 else name(rnd)
		if rnd.random() < 0.5:
			a, b = b, a
		out.append("%s\t%s\t%d\t%d\n" % (a.encode().hex(), b.encode().hex(),
			fuzz.ratio(a, b), fuzz.token_set_ratio(a, b)))
	sys.stdout.write("".join(out))


main()
