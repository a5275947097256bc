#!/usr/bin/env bash
# The man page and bash completion that CMake generates from the command-line definitions:
# the man page renders without warnings and documents every subcommand; the completion script
# completes subcommands, flags and enum values.
#   man_completion_test.sh BUILD_DIR
set -euo pipefail
build=$1
fail=0
warn=$(man -l -Tutf8 "$build/klartjek.1" 2>&1 >/dev/null || true)
[ -z "$warn" ] || { echo "FAIL: man warns: $warn"; fail=1; }
page=$(MANWIDTH=100 man -l "$build/klartjek.1" 2>/dev/null)
for s in extract check rules audit report eval; do
  grep -q "^   $s\$" <<<"$page" || { echo "FAIL: man page lacks $s"; fail=1; }
done
grep -q -- "--min-level NIVEAU" <<<"$page" || { echo "FAIL: man page lacks --min-level"; fail=1; }
grep -q "klartjek check --quiet" <<<"$page" || { echo "FAIL: man page lacks the check examples"; fail=1; }
# shellcheck disable=SC1090
source "$build/klartjek.bash"
complete_words() {  # words... (the last is the one being completed)
  COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
  _klartjek
  echo "${COMPREPLY[*]}"
}
[ "$(complete_words klartjek ch)" = "check" ] || { echo "FAIL: 'klartjek ch' does not complete to check"; fail=1; }
[ "$(complete_words klartjek check --min-)" = "--min-level" ] || { echo "FAIL: check --min- does not complete"; fail=1; }
[ "$(complete_words klartjek check --format s)" = "sarif" ] || { echo "FAIL: check --format s does not complete"; fail=1; }
[ "$(complete_words klartjek audit --fail-on adv)" = "advarsel" ] || { echo "FAIL: audit --fail-on adv does not complete"; fail=1; }
[ "$fail" = 0 ] && echo "man page and completion: ok"
exit $fail
