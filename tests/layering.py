#!/usr/bin/env python3
"""tests/layering.py - the layout rules of src/README.md, checked.

    tests/layering.py SRC_DIR OBJ_DIR ALLOW_FILE

Prints one line per rule broken and exits 1 when there is any:
  layer     a src/lib module includes a header of a higher layer (each
            src/lib header names its layer on its first line: "layer N")
  cycle     src/lib modules include each other in a cycle
  shared    a src/lib symbol that fewer than two programs use (through the
            objects under OBJ_DIR: nm), unless ALLOW_FILE lists it or its
            module with a reason
  program   a program (src/sdc-X.c, src/X/) includes another program's
            source or folder; any file includes a .c file
  long      a function longer than 60 lines in src/ (its braces included),
            unless ALLOW_FILE lists it with a reason

ALLOW_FILE lines:  KIND NAME REASON...   (KIND: symbol, module, function;
a function is FILE:NAME, FILE relative to SRC_DIR; # starts a comment).
"""
import os
import re
import subprocess
import sys

MAX_LINES = 60
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def read(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def load_allow(path):
    allow = {"symbol": {}, "module": {}, "function": {}}
    problems = []
    for n, line in enumerate(read(path).splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split(None, 2)
        if len(parts) < 3 or parts[0] not in allow:
            problems.append(f"allow {path}:{n}: want KIND NAME REASON")
            continue
        allow[parts[0]][parts[1]] = parts[2]
    return allow, problems


def module_of(src, base):
    """A module may be split into files MODULE_PART.[ch] (llm_provider.h is
    part of llm): they share its layer, and includes among them are no
    cycle."""
    head = base.split("_", 1)[0]
    if head != base and os.path.exists(os.path.join(src, "lib", head + ".h")):
        return head
    return base


def lib_modules(src):
    lib = os.path.join(src, "lib")
    return sorted({module_of(src, f[:-2]) for f in os.listdir(lib)
                   if f.endswith(".h")})


def module_files(src, mod):
    lib = os.path.join(src, "lib")
    return sorted(os.path.join(lib, f) for f in os.listdir(lib)
                  if f.endswith((".c", ".h")) and module_of(src, f[:-2]) == mod)


def layer_of(src, mod):
    first = read(os.path.join(src, "lib", mod + ".h")).split("\n", 2)[:2]
    m = re.search(r"\blayer (\d+)\b", " ".join(first))
    return int(m.group(1)) if m else None


def lib_includes(src, mod):
    """The src/lib modules that mod's .h and .c include."""
    deps = set()
    for path in module_files(src, mod):
        for inc in INCLUDE.findall(read(path)):
            name = module_of(src, os.path.basename(inc)[:-2])
            if inc.endswith(".h") and os.path.exists(
                    os.path.join(src, "lib", inc)) and name != mod:
                deps.add(name)
    return deps


def check_layers(src):
    problems = []
    mods = lib_modules(src)
    layers = {m: layer_of(src, m) for m in mods}
    graph = {m: lib_includes(src, m) for m in mods}
    for m in mods:
        if layers[m] is None:
            problems.append(f"layer: src/lib/{m}.h does not name its layer "
                            "(\"layer N\" on its first lines)")
            continue
        for d in sorted(graph[m]):
            if layers.get(d) is not None and layers[d] > layers[m]:
                problems.append(f"layer: {m} (layer {layers[m]}) includes "
                                f"{d}.h (layer {layers[d]})")
    state = {}

    def visit(m, path):
        state[m] = 1
        for d in sorted(graph[m]):
            if state.get(d) == 1:
                cyc = path[path.index(d):] + [d]
                problems.append("cycle: " + " -> ".join(cyc))
            elif d not in state:
                visit(d, path + [d])
        state[m] = 2

    for m in mods:
        if m not in state:
            visit(m, [m])
    return problems


def programs(src):
    return sorted(f[4:-2] for f in os.listdir(src)
                  if f.startswith("sdc-") and f.endswith(".c"))


def program_files(src, prog):
    files = [os.path.join(src, f"sdc-{prog}.c")]
    folder = os.path.join(src, prog)
    if os.path.isdir(folder):
        files += [os.path.join(folder, f) for f in sorted(os.listdir(folder))
                  if f.endswith((".c", ".h"))]
    return files


def check_programs(src, tests):
    problems = []
    progs = programs(src)
    folders = {p for p in progs if os.path.isdir(os.path.join(src, p))}
    for p in progs:
        for path in program_files(src, p):
            for inc in INCLUDE.findall(read(path)):
                base = os.path.basename(inc)
                own = os.path.exists(os.path.join(src, p, base))
                lib = os.path.exists(os.path.join(src, "lib", base))
                other = [q for q in folders - {p}
                         if os.path.exists(os.path.join(src, q, base))]
                if inc.endswith(".c") or "/" in inc or (other and not own
                                                        and not lib):
                    problems.append(f"program: {os.path.relpath(path, src)} "
                                    f"includes \"{inc}\"")
    for root, _, names in os.walk(tests):
        for name in names:
            if name.endswith((".c", ".h")):
                path = os.path.join(root, name)
                for inc in INCLUDE.findall(read(path)):
                    if inc.endswith(".c"):
                        problems.append(f"program: {path} includes \"{inc}\"")
    return problems


def nm(path, defined):
    flags = ["--defined-only"] if defined else ["--undefined-only"]
    out = subprocess.run(["nm", "-g"] + flags + [path], capture_output=True,
                         text=True, check=True).stdout
    return {line.split()[-1] for line in out.splitlines() if line.strip()}


def check_shared(src, obj, allow):
    """Each exported src/lib symbol and the programs that reach it."""
    lib_obj = os.path.join(obj, "lib")
    defs, uses = {}, {}
    for f in sorted(os.listdir(lib_obj)):
        if f.endswith(".o"):
            mod = module_of(src, f[:-2])
            for s in nm(os.path.join(lib_obj, f), True):
                defs[s] = mod
            uses[mod] = uses.get(mod, set()) | nm(os.path.join(lib_obj, f),
                                                  False)
    users = {s: set() for s in defs}
    for p in programs(src):
        objs = [os.path.join(obj, f"sdc-{p}.o")]
        folder = os.path.join(obj, p)
        if os.path.isdir(folder):
            objs += [os.path.join(folder, f) for f in os.listdir(folder)
                     if f.endswith(".o")]
        todo = set()
        for o in objs:
            if os.path.exists(o):
                todo |= nm(o, False)
        seen, mods = set(), set()
        while todo:
            s = todo.pop()
            if s in seen or s not in defs:
                continue
            seen.add(s)
            users[s].add(p)
            if defs[s] not in mods:	# what the module itself uses
                mods.add(defs[s])
                todo |= uses[defs[s]]
    # A symbol its own module calls (nm cannot see that) serves whoever
    # uses the module.
    for s, mod in defs.items():
        text = "".join(read(f) for f in module_files(src, mod)
                       if f.endswith(".c"))
        if len(re.findall(r"\b%s\b" % re.escape(s), text)) > 1:
            for t, m2 in defs.items():
                if m2 == mod and t != s:
                    users[s] |= users[t]
    problems = []
    for s in sorted(users):
        if len(users[s]) >= 2 or s in allow["symbol"] or \
                defs[s] in allow["module"]:
            continue
        who = ", ".join(f"sdc-{p}" for p in sorted(users[s])) or "no program"
        problems.append(f"shared: {s} (module {defs[s]}) is used by "
                        f"{who} only")
    return problems


FUNC = re.compile(r"^([A-Za-z_]\w*)\(", re.M)


def functions(path):
    """(name, first line, lines) of each function definition in path:
    the name at the start of a line, the body from a "{" to a "}" alone at
    the start of a line."""
    name, start = None, None
    for n, line in enumerate(read(path).splitlines(), 1):
        m = FUNC.match(line)
        if m:
            name = m.group(1)
        elif line.startswith("{") and name:
            start = n
        elif line.startswith("}") and start:
            yield name, start, n - start + 1
            name, start = None, None


def check_long(src, allow):
    problems = []
    for root, _, names in os.walk(src):
        for f in sorted(names):
            if not f.endswith(".c"):
                continue
            path = os.path.join(root, f)
            rel = os.path.relpath(path, src)
            for name, line, n in functions(path):
                if n > MAX_LINES and f"{rel}:{name}" not in allow["function"]:
                    problems.append(f"long: {rel}:{line}: {name} has {n} "
                                    f"lines (at most {MAX_LINES})")
    return problems


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    src, obj, allow_file = sys.argv[1:]
    tests = os.path.join(os.path.dirname(os.path.abspath(src)), "tests")
    allow, problems = load_allow(allow_file)
    problems += check_layers(src)
    problems += check_programs(src, tests)
    problems += check_shared(src, obj, allow)
    problems += check_long(src, allow)
    for p in problems:
        print(p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
