# sdc - Syncro Data Consolidator.  GNU Make; see README.md.
#
#   make              build every program into bin/
#   make check        unit + end-to-end tests, ends with "N passed, M failed, K skipped"
#   make check-sanitize   the same suite under ASan + UBSan (a finding fails)
#   make check-torture    every program on mutated fixtures, under ASan + UBSan
#   make check-fresh-root the README's two commands on a new Debian 12 root
#   make fuzz         libFuzzer targets (clang), FUZZ_SECONDS each
#   make run          the full run on your exports in data/input/ (pipelines/sdc.mk)
#   make demo         the same on the bundled sample data, in data/demo/
#   make doctor       what the run will use, checked (sdc-doctor)
#   make bench        benchmarks (tests/bench/), results in tests/bench/RESULTS.md
#   make install / uninstall   PREFIX, DESTDIR
#   make prism        install Prism (npm) for the API-description tests
#   make deps         install the Debian packages (as root) or print the line;
#                     DEPS=build|run|test|all (default all)

VERSION   = 0.1.0
PREFIX   ?= /usr/local
# bash-completion loads PROGRAM's completion from here on first use.
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
BINDIR   ?= bin
OBJDIR   ?= $(BINDIR)/.obj
CFLAGS   ?= -O2 -g
PKGS      = json-c libcurl libcrypto libutf8proc
# What the code itself needs, whatever CPPFLAGS/CFLAGS the user passes.
SDC_CPPFLAGS = -D_GNU_SOURCE -DSDC_VERSION='"$(VERSION)"' -Isrc/lib
SDC_CFLAGS   = -std=c11 -pthread -Wall -Wextra

# Debian packages in three lists, each complete on a minbase root and installed
# with --no-install-recommends (so nothing arrives by accident):
#   build  what "make" needs: the compiler, the C library headers, the -dev libs;
#   run    what the programs and pipelines/sdc.mk need beyond minbase at run
#          time (the shared libraries come with the -dev packages; flock is
#          util-linux, find/cmp/awk are in minbase; HTTPS needs the CA list);
#   test   what "make check", check-sanitize and fuzz need on top.
DEB_BUILD = make gcc libc6-dev pkg-config libjson-c-dev libcurl4-openssl-dev libssl-dev libutf8proc-dev
DEB_RUN   = ca-certificates jq
DEB_TEST  = bats jq curl python3 python3-thefuzz python3-levenshtein miller valgrind \
            clang libclang-rt-14-dev mandoc time chromium fonts-liberation python3-pil \
            debootstrap libreoffice-calc-nogui parallel
# make deps DEPS=build|run|test|all (or several: DEPS="build run").
DEPS     ?= all
DEPS_all  = build run test

# Layout (src/README.md): src/lib/ is libsdc, the shared foundation;
# src/sdc-X.c is program X's main; src/X/ holds X's own modules, which only
# X (and the tests) link.  Objects mirror src/ under $(OBJDIR).
LIB_SRC  = $(sort $(wildcard src/lib/*.c))
LIB_OBJ  = $(LIB_SRC:src/%.c=$(OBJDIR)/%.o)
LIBSDC   = $(OBJDIR)/libsdc.a
MOD_SRC  = $(sort $(filter-out src/lib/%,$(wildcard src/*/*.c)))
MOD_OBJ  = $(MOD_SRC:src/%.c=$(OBJDIR)/%.o)
LIBMODS  = $(OBJDIR)/libmods.a
MOD_DIRS = $(sort $(patsubst %/,%,$(dir $(MOD_SRC))))
PROGS    = $(patsubst src/%.c,%,$(sort $(wildcard src/sdc-*.c)))
BINS     = $(PROGS:%=$(BINDIR)/%)
UNIT_SRC = $(sort $(wildcard tests/unit/test_*.c))
UNITS    = $(UNIT_SRC:tests/unit/%.c=$(BINDIR)/.unit/%)
FUZZ_SRC = $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_SECONDS ?= 20
# Tests and fuzz targets may reach every module; programs only their own.
TEST_CPPFLAGS = $(addprefix -I,$(MOD_DIRS)) -Itests/unit

HAVE_DEPS := $(shell pkg-config --exists $(PKGS) 2>/dev/null && echo yes)

.PHONY: all check check-unit check-cli check-sanitize check-torture fuzz bench install \
        uninstall deps deps-run check-fresh-root doctor demo-screenshot clean prism

ifeq ($(HAVE_DEPS),yes)
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS))
LDLIBS     += $(shell pkg-config --libs $(PKGS)) -lm -pthread
ALL_CPPFLAGS = $(SDC_CPPFLAGS) $(PKG_CFLAGS) $(CPPFLAGS)
ALL_CFLAGS   = $(SDC_CFLAGS) $(CFLAGS)

all: $(BINS)

# src/link/x.c and src/sdc-link.c both see src/link/ (the program's folder).
own_dir = -Isrc/$(patsubst sdc-%,%,$(firstword $(subst /, ,$1)))

$(OBJDIR)/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(call own_dir,$*) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

# sdc-report's page skeleton and style sheet, src/report/page.html, built in
# as a C string so that an installed sdc-report needs no data file ("##"
# lines are the template's comments).
$(OBJDIR)/report/page.inc: src/report/page.html
	@mkdir -p $(@D)
	sed -e '/^##/d' -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/"/' -e 's/$$/\\n"/' $< >$@
$(OBJDIR)/report/report_html.o: $(OBJDIR)/report/page.inc
$(OBJDIR)/report/report_html.o: ALL_CPPFLAGS += -I$(OBJDIR)/report

$(LIBSDC): $(LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $^

$(LIBMODS): $(MOD_OBJ)
	rm -f $@
	$(AR) rcs $@ $^

.SECONDEXPANSION:
# (No % may appear in the prerequisite text itself: make would fill in the stem.)
mod_objs = $(patsubst src/%.c,$(OBJDIR)/%.o,$(wildcard src/$1/*.c))
# A program's main object is no intermediate to delete after the build.
.SECONDARY: $(PROGS:%=$(OBJDIR)/%.o)
$(BINDIR)/sdc-%: $(OBJDIR)/sdc-%.o $$(call mod_objs,$$*) $(LIBSDC)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BINDIR)/.unit/%: tests/unit/%.c $(LIBMODS) $(LIBSDC)
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(TEST_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP $(LDFLAGS) -o $@ $(filter %.c %.a,$^) $(LDLIBS)

-include $(LIB_OBJ:.o=.d) $(MOD_OBJ:.o=.d) $(PROGS:%=$(OBJDIR)/%.d) $(UNITS:=.d)

# The test packages are checked (and installed, as root) before any test runs.
check: all $(UNITS)
	@$(MAKE) --no-print-directory deps DEPS=all
	@SDC_BIN=$(abspath $(BINDIR)) tests/run $(UNITS) $(sort $(wildcard tests/cli/*.bats))

# Sanitizers exit with their own status (86 ASan/LSan, 87 UBSan), so a test
# that accepts exit 1 still fails on a memory error; tests/run also fails
# any file whose programs left a report (log_path, set per file).
SAN_ENV = ASAN_OPTIONS=exitcode=86:detect_leaks=1 LSAN_OPTIONS=exitcode=86 \
          UBSAN_OPTIONS=halt_on_error=1:exitcode=87:print_stacktrace=1
SAN_BUILD = BINDIR=bin/.sanitize CC=clang \
  CFLAGS="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined" \
  LDFLAGS="-fsanitize=address,undefined"
check-sanitize:
	$(SAN_ENV) SDC_SANITIZE=1 $(MAKE) $(SAN_BUILD) check

# Every program on its fixtures mutated in a fixed, seeded way (truncated,
# bit flips, NULs, a 1 MB field, huge numbers, deep nesting, wrong types,
# duplicate keys, line ends, BOMs, UTF-16), under the check-sanitize build:
# no crash, hang or sanitizer report, every rejection said, the counts add
# up (tests/torture/torture.py).  TORTURE_JOBS runs at once.
TORTURE_JOBS ?= 2
check-torture:
	@$(MAKE) --no-print-directory deps DEPS=all
	$(MAKE) $(SAN_BUILD) all
	tests/torture/torture.py --bin bin/.sanitize --jobs $(TORTURE_JOBS)

# libFuzzer wants the library built with coverage instrumentation too.
# Everything it writes (targets, the growing corpora, crashing inputs) stays
# under bin/.fuzz.  FUZZ_JOBS targets run at once (tests/fuzz/run), each for
# FUZZ_SECONDS of wall time; FUZZ_TARGETS picks some (default all).
FUZZ_DIR = bin/.fuzz
FUZZ_FLAGS = -O1 -g -fsanitize=fuzzer-no-link,address,undefined
FUZZ_JOBS ?= 2
FUZZ_TARGETS ?= $(FUZZ_SRC:tests/fuzz/%.c=%)
FUZZ_LIBS = $(FUZZ_DIR)/.obj/libmods.a $(FUZZ_DIR)/.obj/libsdc.a
fuzz:
	@$(MAKE) --no-print-directory deps DEPS=all
	$(MAKE) BINDIR=$(FUZZ_DIR) CC=clang CFLAGS="$(FUZZ_FLAGS)" $(FUZZ_LIBS)
	$(MAKE) $(FUZZ_TARGETS:%=$(FUZZ_DIR)/%)
	tests/fuzz/run $(FUZZ_SECONDS) $(FUZZ_JOBS) $(FUZZ_DIR) $(FUZZ_TARGETS)

$(FUZZ_DIR)/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_LIBS)
	clang $(ALL_CPPFLAGS) $(TEST_CPPFLAGS) $(SDC_CFLAGS) -O1 -g -fsanitize=fuzzer,address,undefined \
	  -MMD -MP -o $@ $< $(FUZZ_LIBS) $(LDLIBS)
-include $(wildcard $(FUZZ_DIR)/fuzz_*.d)

bench: all
	tests/bench/run

include pipelines/sdc.mk

# The README's picture: the report "make demo" writes, as Chromium shows it
# (tests/cli/readme.bats re-creates it and compares the structure).
demo-screenshot: demo
	tests/report-shot $(DEMO_DATA)/out/report.html tests/fixtures/report/demo-report.png

# What the run will use, checked (sdc-doctor): config, keys, servers, inputs.
doctor: all
	@$(BINDIR)/sdc-doctor --data $(DATA)

# The full run needs the run packages too (the build ones are here already):
# checked again only once the package database changed (a check costs 0.3 s
# of a run that has nothing else to do).
run: | $(OBJDIR)/deps-run.checked
$(OBJDIR)/deps-run.checked: $(wildcard /var/lib/dpkg/status)
	@$(MAKE) --no-print-directory deps DEPS="build run"
	@mkdir -p $(@D) && touch $@
deps-run:
	@$(MAKE) --no-print-directory deps DEPS="build run"

else
# Missing -dev packages: install them (as root) or say how, then go on.
# "make" and "make run" need only build+run; the test targets all three.
all run demo doctor:
	$(MAKE) deps DEPS="build run"
	$(MAKE) $@
check check-sanitize check-torture fuzz bench:
	$(MAKE) deps DEPS=all
	$(MAKE) $@
endif

SHELL = /bin/bash

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/share/man/man5 $(DESTDIR)$(PREFIX)/share/man/man7 \
	  $(DESTDIR)$(PREFIX)/share/sdc
	install -m 755 $(BINS) $(DESTDIR)$(PREFIX)/bin
	install -m 644 $(wildcard man/man1/*.1) $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 644 $(wildcard man/man5/*.5) $(DESTDIR)$(PREFIX)/share/man/man5
	install -m 644 $(wildcard man/man7/*.7) $(DESTDIR)$(PREFIX)/share/man/man7
	install -m 644 $(wildcard config/*.json) $(DESTDIR)$(PREFIX)/share/sdc
	install -d $(DESTDIR)$(BASHCOMPDIR)
	install -m 644 config/sdc.bash-completion $(DESTDIR)$(BASHCOMPDIR)/sdc
	for p in $(PROGS); do ln -sf sdc $(DESTDIR)$(BASHCOMPDIR)/$$p; done

uninstall:
	rm -f $(PROGS:%=$(DESTDIR)$(PREFIX)/bin/%)
	rm -f $(patsubst man/%,$(DESTDIR)$(PREFIX)/share/man/%,$(wildcard man/man1/*.1))
	rm -f $(DESTDIR)$(PREFIX)/share/man/man5/sdc-session.5 $(DESTDIR)$(PREFIX)/share/man/man7/sdc.7
	rm -rf $(DESTDIR)$(PREFIX)/share/sdc
	rm -f $(DESTDIR)$(BASHCOMPDIR)/sdc $(PROGS:%=$(DESTDIR)$(BASHCOMPDIR)/%)

# The README's two commands on a new Debian 12 minbase root (root only).
check-fresh-root:
	@$(MAKE) --no-print-directory deps DEPS=test
	tests/fresh-root

# Prism, the validating mock of OpenAI's API description that
# tests/cli/sdc-llm-prism.bats runs, and the validating proxy in front of the
# Syncro fake in tests/cli/sdc-push-syncro.bats (skipped outside CI when missing);
# CI runs this before make check.  Needs node and npm (Debian: npm, which
# this does not install: a NodeSource nodejs conflicts with it).  Kept
# under the gitignored tests/.prism.
PRISM_DIR = tests/.prism
prism:
	@test -x $(PRISM_DIR)/node_modules/.bin/prism || \
	  npm install --prefix $(PRISM_DIR) --no-audit --no-fund @stoplight/prism-cli@5

# Installs what is missing when root; otherwise prints the exact command
# (no sudo: a minimal Debian has none) and fails.
deps_list = $(sort $(foreach d,$(if $(filter all,$(DEPS)),$(DEPS_all),$(DEPS)),$(DEB_$(shell echo $d | tr a-z A-Z))))
deps:
	@for d in $(DEPS); do case $$d in build|run|test|all) ;; \
	  *) echo "sdc: DEPS=$$d: use build, run, test or all" >&2; exit 2;; esac; done
	@command -v dpkg-query >/dev/null || { echo "sdc: not Debian: make sure these are installed: $(deps_list)" >&2; exit 0; }; \
	missing=$$(dpkg-query -W -f='$${db:Status-Abbrev} $${Package}\n' $(deps_list) 2>/dev/null \
	  | awk '$$1 == "ii" { ok[$$2] = 1 } END { n = split("$(deps_list)", p, " "); \
	    for (i = 1; i <= n; i++) if (!(p[i] in ok)) print p[i] }'); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	line="apt-get install -y --no-install-recommends $$(echo $$missing)"; \
	if [ "$$(id -u)" = 0 ]; then \
	  echo "sdc: installing ($(DEPS)): $$(echo $$missing)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$line; \
	else \
	  echo "sdc: missing Debian packages ($(DEPS)); as root run:" >&2; \
	  echo "  apt-get update && $$line" >&2; exit 1; \
	fi

clean:
	rm -rf $(BINDIR)/sdc-* $(BINDIR)/.obj $(BINDIR)/.unit bin/.sanitize bin/.fuzz
