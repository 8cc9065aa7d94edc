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
run: $(OUT)/screenconnect.jsonl $(OUT)/notes.jsonl $(OUT)/enriched.jsonl
	@echo "sdc: results in $(OUT)/: $$(cat $(OUT)/screenconnect.jsonl $(OUT)/notes.jsonl | wc -l) sessions ($$(wc -l < $(OUT)/screenconnect.jsonl) ScreenConnect, $$(wc -l < $(OUT)/notes.jsonl) notes.json)"
	@grep -o '"llm_generated_title":"[^"]*","llm_generated_category":"[^"]*"' $(OUT)/enriched.jsonl | sed -n '1,2p;$$p' | sed 's/^/sdc: /'

$(OUT)/screenconnect.jsonl: $(SC_IN) $(BINDIR)/sdc-sc2jsonl
	@mkdir -p $(@D)
	$(BINDIR)/sdc-sc2jsonl $(SC_IN) > $@.tmp && mv $@.tmp $@

$(OUT)/notes.jsonl: $(NOTES_IN) $(BINDIR)/sdc-notes2jsonl
	@mkdir -p $(@D)
	$(BINDIR)/sdc-notes2jsonl $(NOTES_IN) > $@.tmp && mv $@.tmp $@

# Until sdc-link feeds it, sdc-llm takes the converters' output as it is
# (status Needs Linking).  With no model configured it uses the offline
# extractive summariser, so a fresh checkout gets real, plain results.
$(OUT)/enriched.jsonl: $(OUT)/screenconnect.jsonl $(OUT)/notes.jsonl $(BINDIR)/sdc-llm config/prompts.json
	$(BINDIR)/sdc-llm --status 'Needs Linking,Linked,Complete,Reviewed' \
	  title summary category $(OUT)/screenconnect.jsonl $(OUT)/notes.jsonl > $@.tmp && mv $@.tmp $@
