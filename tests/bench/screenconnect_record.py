# screenconnect_record.py - the one ScreenConnect Session record the link
# benchmark generators write (gen-link-blind4.py, gen-link-blind5.py,
# gen-link-blind9.py, which also takes numbered() for its records): one
# RemoteConnection segment shaped as sdc-sc2jsonl writes it
# (../shared/spec/session.md), the machine in "Connected to machine: NAME".
import hashlib
import importlib.util
import json
import os
import sys
import time


def iso(t):
	return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


def sc_session(sid, conn, typed, machine, stype, times, tech, ident, stamp):
	"""times: (start epoch, end epoch, minutes, segment seconds);
	ident: source_identifiers; stamp: the ingestion/update time."""
	t0, t1, minutes, secs = times
	start, end = iso(t0), iso(t1)
	return {"meta": {"session_id": sid, "schema_version": "2.0",
		"source_system": "ScreenConnect",
		"source_identifiers": ident,
		"processing_status": "Needs Linking",
		"processing_log": ["sdc-sc2jsonl/0.1.0"],
		"ingestion_timestamp_utc": stamp,
		"last_updated_timestamp_utc": stamp},
		"context": {"customer_id": None, "customer_name": typed,
			"contact_id": None, "contact_name": None, "links": []},
		"insights": {"session_start_time_utc": start,
			"session_end_time_utc": end,
			"session_duration_minutes": minutes,
			"source_title": "ScreenConnect Session for " + tech,
			"llm_generated_title": None, "llm_generated_category": None,
			"generated_summaries": {}, "structured_llm_results": {},
			"user_notes": ""},
		"segments": [{"segment_id": sid, "start_time_utc": start,
			"end_time_utc": end, "type": "RemoteConnection",
			"author": tech,
			"content": "Connected to machine: " + machine,
			"metadata": {"connection_id": conn,
				"session_id": sid, "process_type": "Host",
				"session_type": stype, "duration_seconds": secs,
				"client_type": None, "network_address": None}}]}


def label_audit():
	"""label-audit.py (beside this file) as a module: the generators draw
	a row again when its audit doubts it (gen-link-blind14.py)."""
	spec = importlib.util.spec_from_file_location("label_audit",
		os.path.join(os.path.dirname(os.path.abspath(__file__)),
		"label-audit.py"))
	mod = importlib.util.module_from_spec(spec)
	spec.loader.exec_module(mod)
	return mod


def args(prog):
	"""NCUST NNAMES SEED OUTDIR from the command line."""
	if len(sys.argv) != 5:
		sys.exit("usage: %s NCUST NNAMES SEED OUTDIR" % prog)
	return int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]


def clean(s):
	return " ".join(s.replace("\t", " ").split())


def customer_doc(c):
	"""A customer as customers.json holds it; c["syncro"] (the Syncro
	address fields, gen-link-blind13.py) goes after the name."""
	d = {"id": c["id"], "business_name": c["name"]}
	d.update(c.get("syncro", {}))
	d["contacts"], d["assets"] = c["contacts"], c["assets"]
	return d


def write_set(out, custs, rows, record, seed):
	"""customers.json, names.tsv, sessions.jsonl and sessions-machine.jsonl;
	rows are (typed, true id or "", kind, machine, session type) and
	record(seed, n, typed, machine, stype) makes one session."""
	doc = [customer_doc(c) for c in custs]
	with open(out + "/customers.json", "w") as f:
		json.dump(doc, f, indent=0, ensure_ascii=False)
	with open(out + "/names.tsv", "w") as f:
		for r in rows:
			f.write("%s\t%s\t%s\t%s\n" % (clean(r[0]), r[1], r[2],
				clean(r[3])))
	with open(out + "/sessions.jsonl", "w") as a, \
			open(out + "/sessions-machine.jsonl", "w") as b:
		for n, r in enumerate(rows):
			a.write(json.dumps(record(seed, n, clean(r[0]), "", r[4]),
				ensure_ascii=False) + "\n")
			b.write(json.dumps(record(seed, n, clean(r[0]),
				clean(r[3]), r[4]), ensure_ascii=False) + "\n")


def numbered(tag, seed, start, step, minutes, techs):
	"""A record() for write_set: session n starts step * n seconds after
	start (plus an offset from the seed), lasts 2 to minutes + 1 minutes,
	is run by techs[n]; its connection id is a hash of tag, seed and n."""
	base = start + int(hashlib.md5((tag + seed).encode()).hexdigest()[:5], 16)

	def record(sd, n, typed, machine, stype):
		h = hashlib.md5(("%s:%s:%d" % (tag, sd, n)).encode()).hexdigest()
		conn = "-".join((h[:8], h[8:12], h[12:16], h[16:20], h[20:32]))
		t0 = base + n * step
		mins = 2 + int(h[:2], 16) % minutes
		return sc_session("ScreenConnect:%s:%s" % (conn, iso(t0)), conn,
			typed, machine, stype, (t0, t0 + mins * 60, mins, mins * 60),
			techs[n], ["SessionConnectionEvents.csv", "rows/%d" % (n + 2)],
			iso(base + 45 * 86400))
	return record


def asset_names(custs):
	return {a["name"] for c in custs for a in c["assets"]}


def write_desk_set(rng, out, custs, rows, machine, techs, clock):
	"""write_set for rows (typed, customer index or None, kind, desk): each
	row gets machine(row) and then a technician of its desk, rng.choice(
	techs[desk]), in that order; clock is numbered()'s (tag, seed, start,
	step, minutes).  A session on a machine Syncro knows is "Access"."""
	owned = asset_names(custs)
	full, who = [], []
	for row in rows:
		typed, i, kind, desk = row
		m = machine(row)
		full.append((typed, "" if i is None else custs[i]["id"], kind, m,
			"Access" if m in owned else "Support"))
		who.append(rng.choice(techs[desk]))
	os.makedirs(out, exist_ok=True)
	write_set(out, custs, full, numbered(*clock, who), clock[1])
