# pipelines/sdc.mk - the full run as Make rules (included by the top Makefile).
.PHONY: run
run: all
	@echo "sdc: run not wired yet"
