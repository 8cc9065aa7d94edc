# pipelines/sdc.mk - the full run as Make rules (included by the top Makefile).
# File timestamps are the processing state: a stage re-runs only when one of
# its inputs is newer than its output.  Each stage writes a temporary file and
# renames it, so an interrupted run never leaves a half-written output.
.DELETE_ON_ERROR:

DATA    ?= data
OUT      = $(DATA)/out
SAMPLE   = tests/fixtures
SC_IN    = $(SAMPLE)/screenconnect/SampleRemoteAccessLogs.csv
NOTES_IN = $(SAMPLE)/notes/notes.json

.PHONY: run
run: $(OUT)/screenconnect.jsonl $(OUT)/notes.jsonl
	@echo "sdc: results in $(OUT)/: $$(cat $^ | wc -l) sessions ($$(wc -l < $(OUT)/screenconnect.jsonl) ScreenConnect, $$(wc -l < $(OUT)/notes.jsonl) notes.json)"

$(OUT)/screenconnect.jsonl: $(SC_IN) $(BINDIR)/sdc-sc2jsonl
	@mkdir -p $(@D)
	$(BINDIR)/sdc-sc2jsonl $(SC_IN) > $@.tmp && mv $@.tmp $@

$(OUT)/notes.jsonl: $(NOTES_IN) $(BINDIR)/sdc-notes2jsonl
	@mkdir -p $(@D)
	$(BINDIR)/sdc-notes2jsonl $(NOTES_IN) > $@.tmp && mv $@.tmp $@
