# bash completion for the sdc programs (sdc-sc2jsonl, sdc-llm, ...).
# Installed by "make install" as PREFIX/share/bash-completion/completions/sdc
# with one link per program; or: source completion/sdc.bash
#
# Options come from each program's own --help (which lists every option),
# so this file never drifts from the programs.  Also: sdc-llm's tasks and
# --model PROVIDER:MODEL from the providers of the config file, the
# commands of sdc-fetch-syncro and sdc-push-syncro, and the choices of
# --format, --process-type and --long.

# The config file the programs would read (config.h's search order).
_sdc_config() {
	local f
	for f in "${SDC_CONFIG:-}" config/sdc.json "${XDG_CONFIG_HOME:-$HOME/.config}/sdc/config.json"; do
		[ -n "$f" ] && [ -r "$f" ] && { printf '%s\n' "$f"; return; }
	done
}

# Words of the program's --help: its options, or with "commands" the words
# its usage lines end with (sdc-fetch-syncro tickets|customers ...).
_sdc_help() {
	local prog=$1 what=$2
	case $what in
	options) "$prog" --help 2>/dev/null | grep -oE '(^|[ ,[|])(--[a-zA-Z][a-zA-Z-]*|-[a-zA-Z])([] ,|=]|$)' |
		sed -E 's/^[ ,[|]//; s/[] ,|=]$//' | sort -u ;;
	tasks) "$prog" --help 2>/dev/null | sed -n 's/^tasks: //p' ;;
	commands) "$prog" --help 2>/dev/null | sed -nE 's/^(usage:)? +sdc-[a-z0-9-]+ \[options\] ([a-z]+)( .*)?$/\2/p' |
		tr '|' '\n' | grep -v '^\[' | sort -u ;;
	esac
}

_sdc_models() {
	local cfg providers
	cfg=$(_sdc_config)
	echo lightweight general complex extractive
	[ -n "$cfg" ] && command -v jq >/dev/null || return 0
	providers=$(jq -r '.llm.providers // {} | keys[]' "$cfg" 2>/dev/null)
	printf '%s:\n' $providers
	jq -r '.llm.models // {} | keys[]' "$cfg" 2>/dev/null
}

_sdc() {
	local cur prev prog=${COMP_WORDS[0]}
	cur=${COMP_WORDS[COMP_CWORD]}
	prev=${COMP_WORDS[COMP_CWORD - 1]}
	COMPREPLY=()
	case $prev in
	--format) COMPREPLY=($(compgen -W "md csv html" -- "$cur")); return ;;
	--process-type) COMPREPLY=($(compgen -W "host guest all" -- "$cur")); return ;;
	--long) COMPREPLY=($(compgen -W "cut map-reduce" -- "$cur")); return ;;
	--model)
		compopt -o nospace 2>/dev/null
		COMPREPLY=($(compgen -W "$(_sdc_models)" -- "$cur")); return ;;
	--tz) COMPREPLY=($(cd /usr/share/zoneinfo 2>/dev/null && compgen -f -- "$cur")); return ;;
	--cache|--state|--memory|--review|--reject|--log|--output|-o|--config|--customers|\
	--aliases|--prompts|--from-file|--sessions|--plan|--ledger)
		COMPREPLY=($(compgen -f -- "$cur")); return ;;
	--base-url|--since|--initial-days|--rate|--retries|--backoff-cap|--connect-timeout|\
	--timeout|--jobs|-j|--gap|--threshold|--margin|--max-line|--status|--key|--from|--to|\
	--customer|--project|--skip-source)
		return ;;
	esac
	if [[ $cur == -* ]]; then
		COMPREPLY=($(compgen -W "$(_sdc_help "$prog" options)" -- "$cur"))
		return
	fi
	case ${prog##*/} in
	sdc-llm) COMPREPLY=($(compgen -W "$(_sdc_help "$prog" tasks)" -- "$cur")) ;;
	sdc-fetch-syncro|sdc-push-syncro) COMPREPLY=($(compgen -W "$(_sdc_help "$prog" commands)" -- "$cur")) ;;
	esac
	COMPREPLY+=($(compgen -f -- "$cur"))
}

# Every sdc program on the PATH, and the known ones before they are built.
complete -F _sdc $(compgen -c sdc- | sort -u) sdc-sc2jsonl sdc-notes2jsonl sdc-st2jsonl \
	sdc-fetch-syncro sdc-fetch-screenconnect sdc-link sdc-llm sdc-merge sdc-group sdc-report sdc-push-syncro
