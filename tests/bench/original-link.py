#!/usr/bin/python3
# original-link.py CUSTOMERS NAMES - the original tool's customer cascade
# (session_customer_linker.py: exact, then thefuzz process.extract with
# token_set_ratio, limit 5, viable >= 60, threshold 95, margin 10), run
# through Debian's python3-thefuzz.  One line per name:
#	rule TAB customer id ("" = none)
# with rule exact | fuzzy | llm (ambiguous: the original asks the LLM) |
# none.  The last line on stderr is the CPU time of the scoring, seconds.
import json
import sys
import time

import Levenshtein  # noqa: F401  without it thefuzz silently uses difflib
from thefuzz import fuzz, process

THRESHOLD = 95


def best_match(guess, cands, choices):
	exact = [c for c in cands if c["business_name"].lower() == guess.lower()]
	if len(exact) == 1:
		return "exact", exact[0]["id"]
	top = process.extract(guess, choices.keys(), limit=5,
		scorer=fuzz.token_set_ratio)
	viable = [m for m in top if m[1] >= 60]
	if not viable:
		return "none", ""
	name, score = viable[0]
	if score >= THRESHOLD and (len(viable) == 1 or score - viable[1][1] > 10):
		return "fuzzy", choices[name]["id"]
	return "llm", ""


def main():
	cands = json.load(open(sys.argv[1]))
	choices = {c["business_name"]: c for c in cands if c.get("business_name")}
	names = [l.rstrip("\n").split("\t")[0] for l in open(sys.argv[2])]
	memo = {}
	t0 = time.process_time()
	out = []
	for g in names:
		if g not in memo:
			memo[g] = best_match(g, cands, choices)
		out.append("%s\t%s\n" % memo[g])
	dt = time.process_time() - t0
	sys.stdout.write("".join(out))
	print("%.3f" % dt, file=sys.stderr)


main()
