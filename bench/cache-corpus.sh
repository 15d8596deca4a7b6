#!/usr/bin/env bash
# Measures the result cache (`zwlint check --cache DIR`) on a corpus: one cold run into an empty
# cache, then warm runs over the unchanged tree, and checks that the reports are the same bytes.
#
#   bench/cache-corpus.sh CORPUS_DIR
#
# Prints wall time and peak RSS of each run. The SARIF log of the warm run must equal the cold
# one byte for byte (the script fails otherwise); the warm text and JSON reports are compared with
# runs without a cache when COMPARE_ALL=1 (two more cold analyses). ZWLINT is the command measured
# (default: the launcher, `./zwlint check`), e.g. ZWLINT="java -jar plugins/org.zwlint.cli/target/zwlint.jar check".
set -euo pipefail

corpus=${1:?usage: bench/cache-corpus.sh CORPUS_DIR}
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v /usr/bin/time >/dev/null || { echo "missing /usr/bin/time (apt-get install -y time)" >&2; exit 2; }
echo "corpus: $corpus ($(find "$corpus" -type f -name '*.c' | wc -l) .c files)"

peak() { sed -n 's/.*Maximum resident set size (kbytes): //p' "$1"; }
wall() { sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$1"; }
cpu() { awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f s", s }' "$1"; }

ZWLINT=${ZWLINT:-"$here/zwlint check"}
export ZWLINT_JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn256m -Xmx1g"
$ZWLINT --help >/dev/null 2>&1 || true # build the CLI outside the timed runs
cache="$work/cache"

run() { # $1 label, $2 stem, rest: zwlint arguments
    local label=$1 stem=$2
    shift 2
    /usr/bin/time -v -o "$work/$stem.time" $ZWLINT "$@" > "$work/$stem.out" 2> "$work/$stem.err" || true
    echo "$label wall $(wall "$work/$stem.time"), CPU $(cpu "$work/$stem.time"), peak RSS $(peak "$work/$stem.time") KB;" \
        "$(grep -hE '^zwlint: (cache|[0-9]+ finding)' "$work/$stem.err" "$work/$stem.out" | tr '\n' ' ')"
}

# The same arguments each time: the log records the command line (without --cache).
run "cold (empty cache), sarif:" cold --cache "$cache" -v --format sarif -o "$work/log.sarif" "$corpus"
mv "$work/log.sarif" "$work/cold.sarif"
run "warm, sarif:              " warm --cache "$cache" -v --format sarif -o "$work/log.sarif" "$corpus"
mv "$work/log.sarif" "$work/warm.sarif"
run "warm, text:               " warmtext --cache "$cache" "$corpus"
run "warm, json:               " warmjson --cache "$cache" --format json -o "$work/log.json" "$corpus"
mv "$work/log.json" "$work/warm.json"
cmp "$work/cold.sarif" "$work/warm.sarif" && echo "sarif: cold and warm logs are the same bytes"
echo "cache: $(find "$cache" -type f -name '*.json' | wc -l) entries, $(du -sh "$cache" | cut -f1)"
if [ -n "${COMPARE_ALL:-}" ]; then
    run "no cache, text:           " nocachetext "$corpus"
    run "no cache, json:           " nocachejson --format json -o "$work/log.json" "$corpus"
    mv "$work/log.json" "$work/nocache.json"
    cmp "$work/warmtext.out" "$work/nocachetext.out" && echo "text: warm and uncached reports are the same bytes"
    cmp "$work/warm.json" "$work/nocache.json" && echo "json: warm and uncached reports are the same bytes"
fi
