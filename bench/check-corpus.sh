#!/usr/bin/env bash
# Measures `zwlint check` (front end, engine and every rule) on a corpus of driver sources against
# cppcheck 2.10 on the same .c files, then on 1, 2 and 4 copies of the corpus to show how the time
# grows, and prints the functions that hit an engine budget.
#
#   bench/check-corpus.sh CORPUS_DIR
#
# Each zwlint run is capped at a 1 GB heap: ZWLINT_JAVA_OPTS replaces the launcher's flags, so it
# repeats them and adds -Xmx1g, and a run that needs more fails here instead of passing unnoticed. Set SKIP_CPPCHECK=1 to leave cppcheck out and
# COPIES="1 2" to choose the scaling runs, and ZWLINT to the command measured (default: the launcher,
# `./zwlint check`; give `java -jar some/zwlint.jar check` to measure a fixed build while you edit).
set -euo pipefail

corpus=${1:?usage: bench/check-corpus.sh CORPUS_DIR}
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v /usr/bin/time >/dev/null || { echo "missing /usr/bin/time (apt-get install -y time)" >&2; exit 2; }

find "$corpus" -type f -name '*.c' | LC_ALL=C sort > "$work/files.txt"
nfiles=$(wc -l < "$work/files.txt")
echo "corpus: $corpus ($nfiles .c files)"

peak() { sed -n 's/.*Maximum resident set size (kbytes): //p' "$1"; }
wall() { sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$1"; }
seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }' <<< "$1"; }

ZWLINT=${ZWLINT:-"$here/zwlint check"}
export ZWLINT_JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn256m -Xmx1g"
$ZWLINT --help >/dev/null 2>&1 || true # build the CLI outside the timed runs

if [ -z "${SKIP_CPPCHECK:-}" ]; then
    command -v cppcheck >/dev/null || { echo "missing cppcheck (apt-get install -y cppcheck)" >&2; exit 2; }
    /usr/bin/time -v -o "$work/cppcheck.time" \
        cppcheck -q --library=windows -j2 --max-configs=1 --enable=warning --file-list="$work/files.txt" \
        > "$work/cppcheck.out" 2>&1 || true
    cpp_wall=$(wall "$work/cppcheck.time")
    echo "cppcheck:       wall $cpp_wall, peak RSS $(peak "$work/cppcheck.time") KB"
fi

run_zwlint() { # $1 label, $2 output stem, rest: paths
    local label=$1 stem=$2
    shift 2
    /usr/bin/time -v -o "$work/$stem.time" $ZWLINT "$@" > "$work/$stem.out" 2>&1 || true
    local crashes
    crashes=$(grep -ciE 'internal error|Exception in thread|StackOverflowError|OutOfMemoryError' "$work/$stem.out" || true)
    echo "$label wall $(wall "$work/$stem.time"), peak RSS $(peak "$work/$stem.time") KB, crashes $crashes;" \
        "$(grep -E '^zwlint: ' "$work/$stem.out" | tail -1)"
}

xargs -a "$work/files.txt" -d '\n' true # the list must fit one command line
mapfile -t files < "$work/files.txt"
run_zwlint "zwlint check:  " once "${files[@]}"
if [ -n "${cpp_wall:-}" ]; then
    awk -v c="$(seconds "$cpp_wall")" -v z="$(seconds "$(wall "$work/once.time")")" \
        'BEGIN { printf "speed-up:       %.1fx (cppcheck %.1f s / zwlint %.1f s)\n", c / z, c, z }'
fi
budget=$(grep -c 'analysis budget:' "$work/once.out" || true)
echo "budgets:        $budget functions hit an engine budget"
grep 'analysis budget:' "$work/once.out" | head -20 || true

# Growth: the whole corpus folder copied 1, 2 and 4 times (copies are separate projects).
for n in ${COPIES:-1 2 4}; do
    roots=()
    for ((i = 1; i <= n; i++)); do
        mkdir -p "$work/copy$i"
        [ -e "$work/copy$i/corpus" ] || cp -r "$corpus" "$work/copy$i/corpus"
        roots+=("$work/copy$i/corpus")
    done
    run_zwlint "copies x$n:     " "copies$n" "${roots[@]}"
done
if [ -n "${KEEP:-}" ]; then
    mkdir -p "$KEEP" && cp "$work"/*.out "$work"/*.time "$work/files.txt" "$KEEP"/
fi
