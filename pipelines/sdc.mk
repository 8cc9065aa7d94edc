# pipelines/sdc.mk - the full run as Make rules (included by the top Makefile).
#
#   make run                 ingest, link, merge into the results, analyze,
#                            report: your exports under data/input/ (or
#                            INPUT=DIR), never the samples
#   make demo                the same run on the bundled sample data, in a
#                            folder of its own (data/demo/)
#   make ingest              every source; or ingest-NAME, one source of
#                            the table below (ingest-notes, ...)
#   make link                link this run's sessions to customers (each
#                            source's on its own)
#   make analyze             LLM tasks (LLM_TASKS) over the results
#   make report              work items and the report (md, csv, html)
#   make cache               refresh the Syncro customer cache now
#   make status              what is stale, and why (asked of make: make -q)
#   make clean-work          remove the intermediate files (data/work/)
#   make push                the plan of Syncro ticket time for the work
#                            items (nothing sent); make push APPLY=1 sends
#                            that plan, once reviewed.  Never part of run.
#
# File timestamps are the processing state: a stage re-runs only when one of
# its inputs (a file under its input directory, the program, the config) is
# newer than its output.  Each source keeps its own work files through the
# link (WORK/NAME.jsonl, WORK/NAME.linked.jsonl), and the merge takes only
# the sources linked since the results were written, so a new or touched
# export re-converts and relinks only its own source; sdc-llm then goes
# over only the sessions the merge added or changed.  PIPELINE_JOBS recipes
# run at once (one a core): the sources, the reports, sdc-llm in parts.
# Every stage writes a temporary file and renames it,
# so a failed or killed stage leaves the previous output as it was.  Runs in
# one tree are serialised with flock(1) on $(STATE)/run.lock.
#
# The results, $(OUT)/sessions.jsonl, are merged (sdc-merge), never
# overwritten: edits made there by hand or with jq survive every re-run.
# A stage whose program is not built is skipped with one line.

DATA    ?= data
INPUT   ?= $(DATA)/input
WORK    ?= $(DATA)/work
STATE   ?= $(DATA)/state
CACHE   ?= $(DATA)/cache
OUT     ?= $(DATA)/out
SAMPLE  ?= tests/fixtures
# The sample data lives in a data folder of its own, so it never mixes with
# a user's exports: "make demo" seeds and runs $(DEMO_DATA); "make run"
# reads only $(INPUT).  (Seeding data/input/ itself, even "only while it is
# empty", put the samples in the user's results for good once merged.)
DEMO_DATA ?= data/demo
SEED      ?= no
PIPELINE_BIN   ?= $(BINDIR)
PIPELINE_BUILD ?= all
LLM_TASKS      ?= title summary category
SYNCRO_CACHE_HOURS ?= 24
# The file the programs will read (config.h's search order).
SDC_CONFIG_FILE ?= $(or $(SDC_CONFIG),$(wildcard config/sdc.json),$(wildcard \
    $(or $(XDG_CONFIG_HOME),$(HOME)/.config)/sdc/config.json),config/sdc.json)
# Options for the converters, e.g. SC_FLAGS=--tz=America/New_York.
SC_FLAGS    ?=
NOTES_FLAGS ?=
ST_FLAGS    ?=
SYNCRO_FLAGS ?=
LINK_FLAGS  ?=
LLM_FLAGS   ?=
GROUP_FLAGS ?=
REPORT_FLAGS ?=

STORE     = $(OUT)/sessions.jsonl
CUSTOMERS = $(CACHE)/customers.json
LOCK      = $(STATE)/run.lock
REPORTS   = $(OUT)/report.md $(OUT)/report.csv $(OUT)/report.html

# Syncro is on when sdc-fetch-syncro would find a key and an address,
# decided as it does: the key from the variable syncro.api_key_env names
# (else SYNCRO_API_KEY), else syncro.api_key; the address from --base-url in
# SYNCRO_FLAGS, syncro.base_url or syncro.subdomain.  The config is parsed
# (jq), not grepped: the LLM's api_key_env or a documentation "_api_key" is
# no Syncro key.  A key exported for a one-off sdc-fetch-syncro, with no
# address configured, does not turn the run's Syncro stages on.  SYNCRO=off
# ignores both.
# Each is worked out once, when first needed (a jq run costs 20 ms, and a
# run with nothing to do parses this file three times): SYNCRO=on or off
# given, or passed down to the sub-makes, needs none of them.
# $(call once,VAR,EXPR): VAR becomes EXPR's value the first time it is used.
once = $(eval $1 = $$(eval $1 := $2)$$($1))
syncro_cfg = $(shell [ ! -e $(SDC_CONFIG_FILE) ] || jq -r '.syncro.$1 // empty | strings' $(SDC_CONFIG_FILE) 2>/dev/null)
$(call once,SYNCRO_KEY_ENV,$$(or $$(call syncro_cfg,api_key_env),SYNCRO_API_KEY))
$(call once,SYNCRO_KEY,$$(if $$(shell printenv $$(SYNCRO_KEY_ENV)),yes,$$(if $$(call syncro_cfg,api_key),yes)))
$(call once,SYNCRO_ADDRESS,$$(or $$(findstring --base-url,$$(SYNCRO_FLAGS)),$$(call syncro_cfg,base_url),$$(call syncro_cfg,subdomain)))
ifndef SYNCRO
SYNCRO := $(if $(SYNCRO_KEY),$(if $(SYNCRO_ADDRESS),on))
endif
NO_KEY = sdc: Syncro: $(if $(SYNCRO_KEY),$(if $(SYNCRO_ADDRESS),off (SYNCRO=$(SYNCRO)),a key but no address \
(syncro.base_url or syncro.subdomain in $(SDC_CONFIG_FILE))),no API key ($(SYNCRO_KEY_ENV) or \
syncro.api_key in $(SDC_CONFIG_FILE))): tickets and customers not fetched; using $(INPUT)/syncro/
# A ScreenConnect server in the config (the extension that answers GetReport,
# or the Automate API), parsed like Syncro's; SCREENCONNECT=off ignores it.
ifndef SCREENCONNECT
SCREENCONNECT := $(shell [ -e $(SDC_CONFIG_FILE) ] && jq -e '.screenconnect | objects \
    | ((.extension_guid | strings | length > 0) or .api == "GenerateReportForAutomate")' \
    $(SDC_CONFIG_FILE) >/dev/null 2>&1 && echo on)
endif
NO_SC_SERVER = sdc: ScreenConnect: no server (screenconnect.base_url and extension_guid in \
$(SDC_CONFIG_FILE)): nothing fetched; converting the exports in $(INPUT)/screenconnect/
SC_FETCH_FLAGS ?=

.DELETE_ON_ERROR:
.SECONDEXPANSION:
.PHONY: run demo ingest link analyze report cache status clean-work \
        pipeline-seed pipeline-run pipeline-ingest pipeline-syncro pipeline-screenconnect \
        pipeline-analyze pipeline-report pipeline-cache sdc-force

# $(call newer,INPUTS,TARGET): the first of INPUTS (files or directories,
# searched whole) newer than TARGET; "missing" when TARGET does not exist.
# Symbolic links (a linked export, a linked folder) are followed everywhere.
newer = $(if $(wildcard $2),$(shell find -L $1 -newer $2 -print -quit 2>/dev/null),missing)
# Prerequisites, expanded when the target is considered (after seeding):
# sdc-force when an input is newer, the program once it is built.
stale = $(if $(call newer,$1,$2),sdc-force)
prog  = $(wildcard $(PIPELINE_BIN)/$1)
config = $(wildcard $(SDC_CONFIG_FILE) config/prompts.json)
# sdc-link also reads the shipped kinds and town names: a change relinks.
link_words = $(wildcard config/link-words.json)
sdc-force:

# The public targets take the lock, seed the inputs, then run the stages
# in a second sub-make (which sees the seeded files), so a second run waits
# for the first and then finds everything up to date.  The sub-makes are
# told what this one found of Syncro and ScreenConnect (not asked again),
# and run PIPELINE_JOBS recipes at once (make's -jN, else one a core); the
# programs are built (PIPELINE_BUILD) before any stage runs, so that no
# stage runs a program while it is being rebuilt.
PIPELINE_JOBS ?= $(or $(patsubst -j%,%,$(filter -j%,$(MAKEFLAGS))),$(shell nproc 2>/dev/null || echo 1))
SUB_MAKE = $(MAKE) --no-print-directory SYNCRO=$(or $(SYNCRO),off) SCREENCONNECT=$(or $(SCREENCONNECT),off)
SUB_JOBS = $(if $(filter -j%,$(MAKEFLAGS)),,-j$(PIPELINE_JOBS))
define locked
	@mkdir -p $(STATE)
	@flock -n $(LOCK) true || echo "sdc: another run holds $(LOCK); waiting for it" >&2
	+@flock $(LOCK) $(SHELL) -c '$(SUB_MAKE) pipeline-seed $2 && \
	  $(SUB_MAKE) $(SUB_JOBS) $1'
endef

run:
	$(call locked,pipeline-run,$(PIPELINE_BUILD))
demo:
	+@$(MAKE) --no-print-directory run DATA=$(DEMO_DATA) SEED=yes
ingest:
	$(call locked,pipeline-ingest)
link:
	$(call locked,$(LINKED_FILES) $(OUT)/needs-review.jsonl)
analyze:
	$(call locked,pipeline-analyze)
report:
	$(call locked,pipeline-report)
cache:
	$(call locked,pipeline-cache)

# "make demo" (SEED=yes) fills its empty input folder with the sample data;
# the .seeding mark makes a copy cut short by a kill start again on the
# next run.  "make run" with no input at all (and no Syncro or ScreenConnect
# server) says where exports go and stops: there is nothing to do.
pipeline-seed:
	@if [ $(SEED) != yes ]; then \
	  [ "$(SYNCRO)" != on ] && [ "$(SCREENCONNECT)" != on ] && [ -z "$$(find -L $(INPUT) -type f ! -name '.*' -print -quit 2>/dev/null)" ] || exit 0; \
	  echo "sdc: no exports under $(INPUT)/: put them in $(SOURCES:%=$(INPUT)/%/) (README: \"Your own data in five minutes\"), or run make demo for the sample data" >&2; \
	  exit 2; \
	fi; \
	if [ -e $(INPUT)/.seeding ] || [ -z "$$(find -L $(INPUT) -type f -print -quit 2>/dev/null)" ]; then \
	  echo "sdc: $(INPUT)/ is empty: copying the sample data from $(SAMPLE)/"; \
	  mkdir -p $(SOURCES:%=$(INPUT)/%); \
	  : > $(INPUT)/.seeding; \
	  $(foreach s,$(SOURCES),for f in $(SOURCE_SAMPLE_$s:%=$(SAMPLE)/%); do \
	    [ ! -e "$$f" ] || cp "$$f" $(INPUT)/$s/; done; ) \
	  [ ! -e $(SAMPLE)/link/lean_customer_cache.json ] || \
	    cp $(SAMPLE)/link/lean_customer_cache.json $(INPUT)/syncro/customers.json; \
	  rm $(INPUT)/.seeding; \
	fi

pipeline-ingest: $$(WORK_FILES)
pipeline-syncro: $(WORK)/syncro.jsonl $(WORK)/syncro-api.jsonl $$(LINK_CUSTOMERS)
	@[ "$(SYNCRO)" = on ] || echo "$(NO_KEY)"

pipeline-run: $(STORE) pipeline-report $(WORK)/summary.txt
	@[ "$(SYNCRO)" = on ] || echo "$(NO_KEY)"
	@[ "$(SCREENCONNECT)" = on ] || echo "$(NO_SC_SERVER)"
	@cat $(WORK)/summary.txt

# $(call commit,PROGRAM): after "rc=$$?" of PROGRAM writing $@.tmp, keep
# the output when the run finished (exit 0, or 1 = some records rejected,
# each reported) and leave the previous output alone otherwise.
define commit
if [ $$rc -gt 1 ]; then \
  rm -f $@.tmp; echo "sdc: $1 failed (exit $$rc): $@ left as it was" >&2; exit $$rc; \
fi; \
[ $$rc -eq 0 ] || echo "sdc: $1 rejected records: see $@.rejected" >&2; \
[ -s $@.rejected ] || rm -f $@.rejected; \
mv -f $@.tmp $@
endef

# $(call same_records,A,B): A and B hold the same records but for the
# time they were read (ingestion and last update: the merge keeps the
# stored ones when nothing else changed).  Those times are of fixed length,
# so files of different sizes differ.
same_records = [ -e $2 ] && [ $$(stat -c %s $1) = $$(stat -c %s $2) ] && \
  cmp -s <(LC_ALL=C sed 's/"ingestion_timestamp_utc":"[^"]*","last_updated_timestamp_utc":"[^"]*"//' $1) \
         <(LC_ALL=C sed 's/"ingestion_timestamp_utc":"[^"]*","last_updated_timestamp_utc":"[^"]*"//' $2)

# $(call skip_unbuilt,PROGRAM): an empty output and one line when PROGRAM
# is not built, so the rest of the run goes on without this source.
define skip_unbuilt
if [ ! -x $(PIPELINE_BIN)/$1 ]; then \
  echo "sdc: $1 is not built: $(notdir $@) skipped"; : > $@; exit 0; \
fi
endef

# $(call convert,PROGRAM,DIR,FIND-TESTS,FLAGS[,FILE-OPTION]): every
# matching file under DIR, in sorted order (each after FILE-OPTION when
# given), through one run of PROGRAM.
define convert
@mkdir -p $(@D)
@[ -x $(PIPELINE_BIN)/$1 ] || touch $(@:.jsonl=.converted); \
$(call skip_unbuilt,$1); \
mapfile -d '' files < <(find -L $2 -type f \( $3 \) -print0 2>/dev/null | LC_ALL=C sort -z); \
args=(); for f in "$${files[@]}"; do args+=($5 "$$f"); done; \
rc=0; \
if [ $${#files[@]} -eq 0 ]; then : > $@.tmp; \
else echo "sdc: $1: $${#files[@]} file(s) under $2/"; \
  $(PIPELINE_BIN)/$1 $4 --reject $@.rejected "$${args[@]}" > $@.tmp || rc=$$?; fi; \
if [ $$rc -le 1 ] && $(call same_records,$@.tmp,$@); then rm -f $@.tmp; rc=-1; fi; \
[ $$rc -lt 0 ] || { $(call commit,$1); }; \
touch $(@:.jsonl=.converted)
endef

# $(call row,NAME,CONVERTER,FILES,OPTIONS,EACH,SAMPLE): one source's
# ingest-NAME target and the rule of its work file (the table below).
# ingest-NAME also makes $(INGEST_ALSO_NAME), when a source has more.
# WORK/NAME.converted marks the last conversion: an input touched but
# converted to the same records leaves the work file as it was, so
# nothing after it runs again (same_records).
define source
SOURCES += $1
SOURCE_PROG_$1 := $2
SOURCE_SAMPLE_$1 := $6
ingest-$1:
	$$(call locked,$(WORK)/$1.jsonl $$(INGEST_ALSO_$1))
$(WORK)/$1.jsonl: $$$$(call stale,$(INPUT)/$1 $$$$(call prog,$2),$(WORK)/$1.converted)
	$$(call convert,$2,$(INPUT)/$1,$3,$4,$5)
endef
row = $(eval $(call source,$(strip $1),$(strip $2),$(strip $3),$(strip $4),$(strip $5),$(strip $6)))
SOURCES :=

# The sources, one row each: adding a source is one row here (and its
# program).  Each row makes $(WORK)/NAME.jsonl from the files under
# $(INPUT)/NAME/ (in sorted order, through one run of the converter), the
# target ingest-NAME, the seeding of a fresh tree and a line of "status".
#   NAME        the source, its input folder and its work file
#   CONVERTER   the program (skipped with one line while it is not built)
#   FILES       find(1) tests choosing the input files
#   OPTIONS     the converter's options (no commas)
#   EACH        an option written before each file, if any
#   SAMPLE      sample files (globs under $(SAMPLE)/) for a fresh tree
# sillytavern: no fingerprint state across runs: the merge already makes
# re-ingesting idempotent (ids are derived from the messages), and a run
# killed between the state and the output could not lose messages.
# syncro: saved GET /tickets responses; customers.json there is a link
# cache (see $(CUSTOMERS)).
#
#        NAME          CONVERTER          FILES                                  OPTIONS                   EACH         SAMPLE
$(call row,screenconnect,sdc-sc2jsonl,    -name '*.csv' -o -name '*.json',       $(SC_FLAGS),              ,            screenconnect/SampleRemoteAccessLogs.csv)
$(call row,notes,        sdc-notes2jsonl, -name '*.json',                        $(NOTES_FLAGS),           ,            notes/notes.json)
$(call row,sillytavern,  sdc-st2jsonl,    -name '*.jsonl',                       --no-state $(ST_FLAGS),   ,            sillytavern/real/*.jsonl)
$(call row,syncro,       sdc-fetch-syncro,-name '*.json' ! -name customers.json, tickets $(SYNCRO_FLAGS), --from-file, syncro/rmm_tickets_response.json)

WORK_FILES = $(SOURCES:%=$(WORK)/%.jsonl) $(WORK)/syncro-api.jsonl
# ingest-syncro: the API and the customer cache too.
INGEST_ALSO_syncro = pipeline-syncro
INGEST_ALSO_screenconnect = pipeline-screenconnect

# The ScreenConnect server: asked on every run, when configured, for the
# connections since the last fetch (sdc-fetch-screenconnect keeps its own
# mark in $(STATE)/screenconnect.json and moves it only once the file is
# whole); they land in $(INPUT)/screenconnect/ as one more GetReport file
# beside the hand exports.  The stamp is touched only when that file holds
# rows, so when the server had nothing new nothing after it runs again.
$(WORK)/screenconnect.jsonl: $$(if $$(filter on,$(SCREENCONNECT)),$(STATE)/screenconnect.fetched)
$(STATE)/screenconnect.fetched: sdc-force
	@mkdir -p $(STATE) $(WORK) $(INPUT)/screenconnect
	@[ -e $@ ] || touch -d @0 $@; \
	if [ ! -x $(PIPELINE_BIN)/sdc-fetch-screenconnect ]; then \
	  echo "sdc: sdc-fetch-screenconnect is not built: nothing fetched"; exit 0; fi; \
	$(call sc_move_in); \
	echo "sdc: sdc-fetch-screenconnect"; \
	rc=0; $(PIPELINE_BIN)/sdc-fetch-screenconnect --if-configured \
	  --state $(STATE)/screenconnect.json --reject $(WORK)/screenconnect-fetch.rejected \
	  $(SC_FETCH_FLAGS) -o $(SC_FETCHED) || rc=$$?; \
	[ -s $(WORK)/screenconnect-fetch.rejected ] || rm -f $(WORK)/screenconnect-fetch.rejected; \
	if [ $$rc -gt 1 ]; then \
	  echo "sdc: sdc-fetch-screenconnect failed (exit $$rc): nothing new from the server" >&2; exit $$rc; fi; \
	$(call sc_move_in)

# The fetched file is written whole in $(WORK) (the mark moves once it is),
# then moved in under a name of its own when it holds rows: an input folder
# touched for nothing would make the conversion stale.  A file left there
# by a run killed in between is moved in by the next run.
SC_FETCHED = $(WORK)/screenconnect-fetched.json
define sc_move_in
if grep -qs '^\[' $(SC_FETCHED); then \
  f=$(INPUT)/screenconnect/server-$$(date -u +%Y%m%dT%H%M%S.%NZ).json; \
  mv -n $(SC_FETCHED) $$f && touch $@ && \
  echo "sdc: $$(grep -c '^\[' $$f) connections from the server in $$f"; \
else rm -f $(SC_FETCHED); fi
endef

pipeline-screenconnect:
	@[ "$(SCREENCONNECT)" = on ] || echo "$(NO_SC_SERVER)"
.PHONY: $(SOURCES:%=ingest-%)

# The API: asked on every run; the output (and so everything after it)
# changes only when Syncro had something new.  The watermark is advanced
# only once the merge has the tickets (see $(STORE)).
$(WORK)/syncro-api.jsonl: $$(if $$(filter on,$(SYNCRO)),sdc-force)
	@mkdir -p $(@D) $(STATE)
	@[ "$(SYNCRO)" = on ] || { [ -e $@ ] || : > $@; exit 0; }; \
	$(call skip_unbuilt,sdc-fetch-syncro); \
	[ ! -e $(STATE)/syncro-tickets.json ] || cp $(STATE)/syncro-tickets.json $(WORK)/syncro-tickets.next; \
	echo "sdc: sdc-fetch-syncro tickets"; \
	rc=0; $(PIPELINE_BIN)/sdc-fetch-syncro --state $(WORK)/syncro-tickets.next \
	  --reject $@.rejected $(SYNCRO_FLAGS) tickets > $@.tmp || rc=$$?; \
	if [ $$rc -le 1 ] && cmp -s $@.tmp $@; then \
	  rm -f $@.tmp; [ ! $(STORE) -nt $@ ] || mv -f $(WORK)/syncro-tickets.next $(STATE)/syncro-tickets.json; \
	  exit 0; fi; \
	$(call commit,sdc-fetch-syncro)

# The customer link cache: from the API when older than SYNCRO_CACHE_HOURS
# (or on "make cache"), else from $(INPUT)/syncro/customers.json.
CACHE_AGE = $(shell find $(STATE)/customers.fetched -mmin -$$(($(SYNCRO_CACHE_HOURS) * 60)) 2>/dev/null)
$(CUSTOMERS): $$(if $$(filter on,$(SYNCRO)),$$(if $$(CACHE_AGE),,sdc-force),$$(wildcard $(INPUT)/syncro/customers.json))
	@mkdir -p $(@D) $(STATE)
	@if [ "$(SYNCRO)" != on ]; then cp $(INPUT)/syncro/customers.json $@.tmp && mv -f $@.tmp $@; exit 0; fi; \
	if [ ! -x $(PIPELINE_BIN)/sdc-fetch-syncro ]; then \
	  echo "sdc: sdc-fetch-syncro is not built: no customers"; echo '[]' > $@; exit 0; fi; \
	echo "sdc: sdc-fetch-syncro customers"; \
	rc=0; $(PIPELINE_BIN)/sdc-fetch-syncro $(SYNCRO_FLAGS) customers > $@.tmp || rc=$$?; \
	[ $$rc -gt 0 ] || touch $(STATE)/customers.fetched; \
	if [ $$rc -eq 0 ] && cmp -s $@.tmp $@; then rm -f $@.tmp; exit 0; fi; \
	$(call commit,sdc-fetch-syncro)

# Named only through secondary expansion, make would take the cache for an
# intermediate file and delete it after the run.
.SECONDARY: $(CUSTOMERS)

pipeline-cache:
	@if [ "$(SYNCRO)" != on ]; then echo "$(NO_KEY)"; else \
	  rm -f $(STATE)/customers.fetched; $(MAKE) --no-print-directory $(CUSTOMERS); fi

# Linking needs a customer cache; without one the sessions go on unlinked.
LINK_CUSTOMERS = $(if $(filter on,$(SYNCRO)),$(CUSTOMERS),$(if $(wildcard $(CUSTOMERS) $(INPUT)/syncro/customers.json),$(CUSTOMERS)))
# sdc-review's decisions ($(LINK_RULES)) relink: a new rule makes this stale.
LINK_RULES = $(STATE)/link-rules.jsonl
# Each source is linked on its own (WORK/NAME.linked.jsonl), so a new or
# touched input relinks only the sessions it brings; the runs share the
# link memory, which takes concurrent runs (make -j); a source with no
# sessions is not linked at all (loading the customers costs 0.1 s).
LINKED_FILES = $(WORK_FILES:.jsonl=.linked.jsonl)
# The time evidence: the Syncro tickets converted or fetched (a ticket of
# a candidate customer open at a session's start); a new ticket relinks.
LINK_TICKETS = $(filter $(WORK_FILES),$(WORK)/syncro.jsonl $(WORK)/syncro-api.jsonl)
$(LINKED_FILES): $(WORK)/%.linked.jsonl: $(WORK)/%.jsonl $$(LINK_CUSTOMERS) $$(call prog,sdc-link) $$(config) $$(link_words) $$(wildcard $(LINK_RULES)) $(LINK_TICKETS)
	@rm -f $(WORK)/$*.review; \
	if [ ! -x $(PIPELINE_BIN)/sdc-link ] || [ ! -e $(CUSTOMERS) ]; then \
	  echo "sdc: $$([ -x $(PIPELINE_BIN)/sdc-link ] && echo 'no customer cache ($(CUSTOMERS))' \
	    || echo 'sdc-link is not built'): $* sessions not linked"; \
	  cp $< $@.tmp && mv -f $@.tmp $@; exit 0; \
	fi; \
	if [ ! -s $< ]; then : > $@.tmp && mv -f $@.tmp $@; exit 0; fi; \
	echo "sdc: sdc-link $*"; \
	mkdir -p $(STATE); \
	rc=0; $(PIPELINE_BIN)/sdc-link --customers $(CUSTOMERS) $(LINK_TICKETS:%=--tickets %) \
	  --memory $(STATE)/link-decisions.jsonl --rules $(LINK_RULES) --review $(WORK)/$*.review.tmp \
	  --reject $@.rejected $(LINK_FLAGS) $< > $@.tmp || rc=$$?; \
	[ $$rc -gt 1 ] || mv -f $(WORK)/$*.review.tmp $(WORK)/$*.review; \
	$(call commit,sdc-link)

# The names left for review, from every source's link run, in the order
# of the sources; a name several sources left is one line, its sessions
# added up and its machines joined (sdc-link keeps four).
REVIEW_JOIN = [inputs] | reduce .[] as $$r ({k: [], m: {}}; \
    ([$$r.type, $$r.name, $$r.customer_id] | tojson) as $$k \
    | if .m[$$k] then .m[$$k].sessions += $$r.sessions \
        | .m[$$k].machines = (reduce (.m[$$k].machines + $$r.machines)[] as $$x ([]; \
            if any(.[]; . == $$x) then . else . + [$$x] end) | .[:4]) \
      else .k += [$$k] | .m[$$k] = $$r end) | . as $$s | .k[] | $$s.m[.]
$(OUT)/needs-review.jsonl: $(LINKED_FILES)
	@mkdir -p $(@D)
	@jq -c -n '$(REVIEW_JOIN)' $(wildcard $(WORK_FILES:.jsonl=.review)) /dev/null > $@.tmp && mv -f $@.tmp $@

# $(call llm,IN,OUT[,OPTIONS]): IN through sdc-llm into OUT, or IN copied
# when sdc-llm is not built; rc is its exit status.  sdc-llm skips a
# session whose task is already in its processing_log, and sdc-merge
# dropped those whose segments changed.  A run whose tasks failed for some
# sessions (exit 1: a server down) leaves $(LLM_RETRY), so that the next
# run goes over every session again.  An IN of LLM_SPLIT bytes or more is
# cut at line ends into PIPELINE_JOBS parts that go through sdc-llm at once
# (one a core), each with the whole of IN as the context of offline titles:
# the same output as one run, sooner.
LLM_SPLIT ?= 16000000
define llm
if [ ! -x $(PIPELINE_BIN)/sdc-llm ]; then \
  rc=0; echo "sdc: sdc-llm is not built: no titles, summaries or categories"; cp $1 $2; \
else \
  rm -f $(WORK)/llm.part.*; \
  if [ $(PIPELINE_JOBS) -gt 1 ] && [ $$(stat -c %s $1) -ge $(LLM_SPLIT) ]; then \
    split -n l/$(PIPELINE_JOBS) -d -a 3 $1 $(WORK)/llm.part.; \
  else ln -s $(abspath $1) $(WORK)/llm.part.000; fi; \
  pids=; for p in $(WORK)/llm.part.[0-9][0-9][0-9]; do \
    $(PIPELINE_BIN)/sdc-llm $(LLM_TASKS) --cache $(STATE)/llm-cache --log $(STATE)/llm-calls.jsonl \
      --reject $$p.rejected $(LLM_FLAGS) $(or $3,--context $1) $$p > $$p.out & pids="$$pids $$!"; \
  done; \
  rc=0; for pid in $$pids; do wait $$pid || { r=$$?; [ $$r -le $$rc ] || rc=$$r; }; done; \
  if [ $$rc -gt 1 ]; then rm -f $2 $(WORK)/llm.part.*; echo "sdc: sdc-llm failed (exit $$rc): $(STORE) left as it was" >&2; exit $$rc; fi; \
  cat $(WORK)/llm.part.[0-9][0-9][0-9].out > $2; \
  cat $(WORK)/llm.part.*.rejected > $(WORK)/llm.rejected 2>/dev/null; \
  rm -f $(WORK)/llm.part.*; \
  [ $$rc -eq 0 ] || touch $(LLM_RETRY); \
  [ -s $(WORK)/llm.rejected ] || rm -f $(WORK)/llm.rejected; \
fi
endef
LLM_RETRY = $(STATE)/llm.retry
# The tasks and options of the last run over every session: others mean
# that every session is gone over again.
LLM_DONE  = $(STATE)/llm.tasks
LLM_RUN   = $(subst ','\'',$(strip $(LLM_TASKS)) $(strip $(LLM_FLAGS)))

# $(call llm_store,STORED): the merged results ($(WORK)/merged.jsonl) analysed
# into $(STORE).tmp.  Only the sessions the merge added or changed
# ($(WORK)/changed.jsonl) go through sdc-llm, with the whole merged results
# as the context of offline titles (the tickets near a remote session), and
# its answers are merged back: the same results as a run over all of them,
# for a fraction of the work.  All of them go through it when there were
# no results before (STORED empty), when no source brought new sessions
# (a newer program or config, or a corrupt line: $$new empty), after a run
# with failed tasks, when LLM_TASKS or LLM_FLAGS changed, or when the
# changed sessions are over a quarter of the results.  When the merge
# changed nothing, there is no $(STORE).tmp.  $(call llm_all_done) once the
# results are in place: a run over all of them went well.
define llm_store
llm_all=; \
if [ -z "$1" ] || [ -z "$$new" ] || [ -e $(LLM_RETRY) ] || [ ! -x $(PIPELINE_BIN)/sdc-llm ] || \
   [ "$$(cat $(LLM_DONE) 2>/dev/null)" != '$(LLM_RUN)' ] || \
   [ $$(stat -c %s $(WORK)/changed.jsonl) -gt $$(($$(stat -c %s $(WORK)/merged.jsonl) / 4)) ]; then \
  [ ! -x $(PIPELINE_BIN)/sdc-llm ] || echo "sdc: sdc-llm $(LLM_TASKS)"; \
  $(call llm,$(WORK)/merged.jsonl,$(STORE).tmp); \
  [ $$rc -ne 0 ] || llm_all=yes; \
elif [ ! -s $(WORK)/changed.jsonl ]; then \
  echo "sdc: $(STORE): no session added or changed"; \
else \
  echo "sdc: sdc-llm $(LLM_TASKS) over the sessions added or changed ($$(grep -c . $(WORK)/changed.jsonl))"; \
  $(call llm,$(WORK)/changed.jsonl,$(WORK)/changed.llm.jsonl,--context $(WORK)/merged.jsonl); \
  rc=0; $(PIPELINE_BIN)/sdc-merge $(WORK)/merged.jsonl $(WORK)/changed.llm.jsonl > $(STORE).tmp || rc=$$?; \
  if [ $$rc -ne 0 ]; then rm -f $(STORE).tmp; echo "sdc: sdc-merge failed (exit $$rc): $(STORE) left as it was" >&2; exit 3; fi; \
fi; \
rm -f $(WORK)/changed.llm.jsonl
endef
define llm_all_done
[ -z "$$llm_all" ] || { rm -f $(LLM_RETRY); printf '%s\n' '$(LLM_RUN)' > $(LLM_DONE); }
endef

# The results: the sessions of the sources linked since the results were
# last merged (every source's, when there are none yet, or when a line of
# them was corrupt: a session lost with it comes back) merged into the
# previous results, then analysed (llm_store), then renamed into place.  A
# corrupt line of the previous results is reported by sdc-merge and kept in
# $(OUT)/sessions.rejected.jsonl.  The Syncro watermark moves only now
# that the merge holds its tickets.
# When the merge changed nothing (sources linked again to the same
# sessions: a new customer cache, say), the results are only touched.
$(STORE): $(LINKED_FILES) $$(call prog,sdc-merge) $$(call prog,sdc-llm) $$(config)
	@mkdir -p $(OUT) $(STATE)
	@new=$$(for f in $(LINKED_FILES); do [ -e $@ ] && [ ! $$f -nt $@ ] || echo $$f; done); \
	names=$$(for f in $$new; do basename $$f .linked.jsonl; done | paste -sd ' '); \
	echo "sdc: sdc-merge $${names:-nothing new} into $(STORE)"; \
	stored=$$([ ! -s $(STORE) ] || echo $(STORE)); \
	merge() { rc=0; $(PIPELINE_BIN)/sdc-merge -v --reject $(WORK)/merge.rejected \
	  --changed $(WORK)/changed.jsonl $${stored:-/dev/null} $${@:-/dev/null} > $(WORK)/merged.jsonl || rc=$$?; }; \
	merge $$new; \
	if [ $$rc -le 1 ] && [ -s $(WORK)/merge.rejected ] && [ "$$(echo $$new)" != "$(strip $(LINKED_FILES))" ]; then \
	  echo "sdc: $(STORE) has corrupt lines: every source merged again, to bring their sessions back"; \
	  new=; merge $(LINKED_FILES); \
	fi; \
	if [ $$rc -gt 1 ]; then echo "sdc: sdc-merge failed (exit $$rc): $(STORE) left as it was" >&2; exit $$rc; fi; \
	if [ -s $(WORK)/merge.rejected ]; then \
	  touch $(OUT)/sessions.rejected.jsonl; \
	  grep -Fxv -f $(OUT)/sessions.rejected.jsonl $(WORK)/merge.rejected >> $(OUT)/sessions.rejected.jsonl || :; \
	  echo "sdc: corrupt lines of $(STORE) were set aside in $(OUT)/sessions.rejected.jsonl" >&2; \
	fi; \
	rm -f $(WORK)/merge.rejected; \
	$(call llm_store,$$stored); \
	if [ -e $@.tmp ]; then mv -f $@.tmp $@; else touch $@; fi; \
	$(call llm_all_done); \
	rm -f $(WORK)/merged.jsonl $(WORK)/changed.jsonl; \
	[ ! -e $(WORK)/syncro-tickets.next ] || mv -f $(WORK)/syncro-tickets.next $(STATE)/syncro-tickets.json

# The LLM tasks over the results as they are now (after hand edits, or a
# change of LLM_TASKS); the file is replaced only when something changed.
pipeline-analyze:
	@[ -e $(STORE) ] || { echo "sdc: no results yet ($(STORE)): make run first"; exit 0; }; \
	mkdir -p $(WORK) $(STATE); echo "sdc: sdc-llm $(LLM_TASKS)"; \
	$(call llm,$(STORE),$(STORE).tmp); \
	if cmp -s $(STORE).tmp $(STORE); then rm -f $(STORE).tmp; else mv -f $(STORE).tmp $(STORE); fi; \
	[ $$rc -ne 0 ] || rm -f $(LLM_RETRY)

# Work items grouped from the results, and the report of them.
pipeline-report: $(OUT)/workitems.jsonl $(REPORTS)

$(OUT)/workitems.jsonl: $(STORE) $$(call prog,sdc-group)
	@$(call skip_unbuilt,sdc-group); \
	echo "sdc: sdc-group"; \
	rc=0; $(PIPELINE_BIN)/sdc-group --reject $@.rejected $(GROUP_FLAGS) $(STORE) > $@.tmp || rc=$$?; \
	$(call commit,sdc-group)

$(REPORTS): $(OUT)/report.%: $(OUT)/workitems.jsonl $(STORE) $$(call prog,sdc-report)
	@$(call skip_unbuilt,sdc-report); \
	echo "sdc: sdc-report --format $*"; \
	rc=0; $(PIPELINE_BIN)/sdc-report --format $* --sessions $(STORE) \
	  --reject $@.rejected $(REPORT_FLAGS) $< > $@.tmp || rc=$$?; \
	$(call commit,sdc-report)

# One line: where the results are, and what they hold; counted once per
# change of the results, in one pass of grep (bytes, not characters:
# LC_ALL=C), so that a run with nothing to do returns at once.  (A record
# holds one source_system, one customer_id and one processing_status.)
SUMMARY_COUNT = $$2 == "customer_id" { linked++; next } \
  $$2 == "processing_status" { review++; next } { n[$$4]++ } \
  END { m = 0; for (k in n) key[++m] = k; \
    for (i = 2; i <= m; i++) for (j = i; j > 1 && key[j - 1] > key[j]; j--) { \
      t = key[j]; key[j] = key[j - 1]; key[j - 1] = t } \
    for (i = 1; i <= m; i++) printf "%s%d %s", (i > 1 ? ", " : ""), n[key[i]], key[i]; \
    printf "%s\t%d\t%d\n", (m ? "" : "none"), linked, review }
$(WORK)/summary.txt: $(STORE) $(OUT)/needs-review.jsonl $(REPORTS)
	@mkdir -p $(@D)
	@{ [ ! -s $(OUT)/report.html ] || echo "sdc: report in $(OUT)/report.md, report.csv, report.html"; \
	export LC_ALL=C; f=$(STORE); \
	IFS=$$'\t' read -r per linked review < <(grep -oE '"source_system" *: *"[^"]*"|"customer_id" *: *[0-9]|"processing_status" *: *"Needs Review"' $$f \
	  | awk -F'"' '$(SUMMARY_COUNT)'); \
	names=$$([ ! -s $(OUT)/needs-review.jsonl ] || echo " (names to resolve: $(OUT)/needs-review.jsonl)"); \
	echo "sdc: $$(grep -c . $$f) sessions in $$f ($$per): $$linked linked, $$review need review$$names"; } > $@.tmp && mv -f $@.tmp $@

# What "make run" would do, and why.  Whether a stage is stale is asked of
# make itself (make -q on its output, which also sees a stale stage before
# it); the reason shown is the first of its own inputs newer than the
# output, else REASON, else the stale stages before it.
# $(call status_of,NAME,OUTPUT,INPUTS[,REASON])
define status_of
w=$$($(MAKE) -q --no-print-directory $2 >/dev/null 2>&1 && echo "up to date" || \
  echo "$(if $(wildcard $2),$(if $(call newer,$3,$2),stale: $(call newer,$3,$2) is newer,stale: $(or $4,after$$pending)),not made yet)"); \
line $1 $2 "$$w"; [ "$$w" = "up to date" ] || pending="$$pending $1";
endef
source_status = $(if $(wildcard $(PIPELINE_BIN)/$(SOURCE_PROG_$1)),$(call \
  status_of,$1,$(WORK)/$1.jsonl,$(INPUT)/$1 $(PIPELINE_BIN)/$(SOURCE_PROG_$1)),line \
  $1 $(WORK)/$1.jsonl "skipped: $(PIPELINE_BIN)/$(SOURCE_PROG_$1) is not built";)

status:
	@pending=; line() { printf 'sdc: %-13s %-36s %s\n' "$$1" "$$2" "$$3"; }; \
	$(if $(filter on,$(SCREENCONNECT)),line "sc server" $(INPUT)/screenconnect "asked on every run";) \
	$(foreach s,$(SOURCES),$(call source_status,$s)) \
	$(if $(filter on,$(SYNCRO)),line "syncro API" $(WORK)/syncro-api.jsonl "fetched on every run"; \
	  pending="$$pending syncro-API"; $(call status_of,customers,$(CUSTOMERS),,older than $(SYNCRO_CACHE_HOURS) h), \
	  line "syncro API" - "skipped: no API key"; \
	  $(if $(wildcard $(INPUT)/syncro/customers.json),$(call status_of,customers,$(CUSTOMERS),$(INPUT)/syncro/customers.json), \
	    line customers $(CUSTOMERS) "none: no API key, no $(INPUT)/syncro/customers.json";)) \
	$(foreach f,$(LINKED_FILES),$(call status_of,link-$(notdir $(f:.linked.jsonl=)),$f,$(f:.linked.jsonl=.jsonl) $(wildcard $(CUSTOMERS)) $(PIPELINE_BIN)/sdc-link $(config) $(link_words))) \
	$(call status_of,results,$(STORE),$(LINKED_FILES) $(PIPELINE_BIN)/sdc-merge $(PIPELINE_BIN)/sdc-llm $(config)) \
	$(call status_of,report,$(OUT)/report.html,$(STORE) $(PIPELINE_BIN)/sdc-group $(PIPELINE_BIN)/sdc-report) \
	[ ! -e $(LOCK) ] || flock -n $(LOCK) true || echo "sdc: a run is in progress"

clean-work:
	rm -rf $(WORK)

# Billing: the work items as Syncro ticket timers (sdc-push-syncro(1)).
# "make push" writes and shows the plan; "make push APPLY=1" sends exactly
# the last plan.  Deliberately not a prerequisite of anything: posting time
# to Syncro is a step a person takes after reading the plan.
PUSH_PLAN  ?= $(OUT)/push-plan.jsonl
PUSH_FLAGS ?=
.PHONY: push
push:
ifeq ($(APPLY),1)
	@[ -s $(PUSH_PLAN) ] || { echo "sdc: no plan in $(PUSH_PLAN): run make push first and read it" >&2; exit 2; }
	$(PIPELINE_BIN)/sdc-push-syncro --apply --plan $(PUSH_PLAN) --ledger $(STATE)/syncro-pushed.jsonl $(PUSH_FLAGS)
else
	@[ -s $(OUT)/workitems.jsonl ] || { echo "sdc: no work items in $(OUT)/workitems.jsonl: make report first" >&2; exit 2; }
	$(PIPELINE_BIN)/sdc-push-syncro --plan $(PUSH_PLAN) --sessions $(STORE) \
	  --ledger $(STATE)/syncro-pushed.jsonl $(PUSH_FLAGS) $(OUT)/workitems.jsonl
endif
