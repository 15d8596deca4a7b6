#!/usr/bin/env bash
# Measures `zwlint parse` on a corpus of driver sources against cppcheck and universal-ctags.
#
#   bench/parse-corpus.sh CORPUS_DIR
#
# Lists the corpus's .c files, then, on the same file list and one after the other:
#   1. cppcheck 2.10 with the issue's options (time and peak memory from /usr/bin/time -v),
#   2. zwlint parse using every core (time, peak memory, its summary line),
#   3. universal-ctags, as an independent count of function definitions.
# Set ZWLINT to the command to measure (default: `./zwlint parse`); set SKIP_CPPCHECK=1 to
# leave cppcheck out.
set -euo pipefail

corpus=${1:?usage: bench/parse-corpus.sh CORPUS_DIR}
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for tool in /usr/bin/time ctags; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y time universal-ctags)" >&2; exit 2; }
done

find "$corpus" -type f -name '*.c' | LC_ALL=C sort > "$work/files.txt"
nfiles=$(wc -l < "$work/files.txt")
echo "corpus: $corpus ($nfiles .c files)"

# The command measured: the CLI, built on first use by the launcher (which picks the JVM flags).
ZWLINT=${ZWLINT:-"$here/zwlint parse"}
$ZWLINT --help >/dev/null 2>&1 || true # build outside the timed run
# The ctags split below runs CtagsComparison, a bench-only class in core's test sources, on a Java 21+.
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
if ! "$java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    java=$(ls /usr/lib/jvm/*/bin/java 2>/dev/null | sort -V | tail -1)
fi
core="$here/plugins/org.zwlint.core/target"
if [ ! -f "$core/test-classes/org/zwlint/core/parse/CtagsComparison.class" ]; then
    (cd "$here" && JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$java")")") ./mvnw -B -q \
        -pl plugins/org.zwlint.core test-compile) >/dev/null 2>&1 || true
fi
corecp=""
if [ -f "$core/test-classes/org/zwlint/core/parse/CtagsComparison.class" ]; then
    corecp="$core/classes:$core/test-classes:$(ls ~/.m2/repository/org/antlr/antlr4-runtime/4.13.2/antlr4-runtime-4.13.2.jar):$(ls ~/.m2/repository/com/google/code/gson/gson/2.11.0/gson-2.11.0.jar)"
fi

peak() { sed -n 's/.*Maximum resident set size (kbytes): //p' "$1"; }
wall() { sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$1"; }

if [ -z "${SKIP_CPPCHECK:-}" ]; then
    command -v cppcheck >/dev/null || { echo "missing cppcheck (apt-get install -y cppcheck)" >&2; exit 2; }
    /usr/bin/time -v -o "$work/cppcheck.time" \
        cppcheck -q --library=windows -j2 --max-configs=1 --enable=warning --file-list="$work/files.txt" \
        > "$work/cppcheck.out" 2>&1 || true
    gaveup=$(grep -E '^[^:]+:[0-9]+:[0-9]+: error: .*\[syntaxError\]|\[unknownMacro\]|\[syntaxError\]' "$work/cppcheck.out" \
        | cut -d: -f1 | sort -u | wc -l)
    echo "cppcheck: wall $(wall "$work/cppcheck.time"), peak RSS $(peak "$work/cppcheck.time") KB," \
        "files with syntax errors / unknown macros: $gaveup of $nfiles"
fi

# The file list goes in as arguments, the way `zwlint parse PATH...` takes them.
xargs -a "$work/files.txt" -d '\n' /usr/bin/time -v -o "$work/zwlint.time" $ZWLINT > "$work/zwlint.out" 2>&1 || true
summary=$(grep -E '^files=' "$work/zwlint.out" | tail -1)
crashes=$(grep -ciE 'internal error|Exception in thread|StackOverflowError|OutOfMemoryError' "$work/zwlint.out" || true)
echo "zwlint:   wall $(wall "$work/zwlint.time"), peak RSS $(peak "$work/zwlint.time") KB, crashes $crashes"
echo "zwlint:   $summary"

# Function definitions, counted independently: ctags kind f (definitions, not prototypes).
ctags -x --c-kinds=f --language-force=C -L "$work/files.txt" > "$work/ctags.out" 2>/dev/null || true
ctagsn=$(wc -l < "$work/ctags.out")
functions=$(sed -n 's/.* functions=\([0-9]*\) .*/\1/p' <<< "$summary")
parsed=$(sed -n 's/.* parsed=\([0-9]*\) .*/\1/p' <<< "$summary")
echo "ctags:    $ctagsn function definitions"
if [ -n "$functions" ] && [ "$functions" -gt 0 ]; then
    awk -v f="$functions" -v p="$parsed" -v c="$ctagsn" 'BEGIN {
        printf "parsed:   %.2f%% of %d function definitions without a syntax error\n", 100 * p / f, f
        printf "count:    zwlint %d vs ctags %d (%+.2f%%)\n", f, c, 100 * (f - c) / c }'
fi
if [ -n "$corecp" ]; then
    # ctags reads every #if branch; zwlint parses the branches the preprocessor takes.
    split=$($java -cp "$corecp" org.zwlint.core.parse.CtagsComparison "$work/ctags.out" 2>/dev/null || true)
    active=$(sed -n 's/ctags-active=\([0-9]*\).*/\1/p' <<< "$split")
    echo "ctags:    $split (definitions on lines the preprocessor keeps / drops)"
    if [ -n "$active" ] && [ "$active" -gt 0 ] && [ -n "$functions" ]; then
        awk -v f="$functions" -v c="$active" 'BEGIN {
            printf "count:    zwlint %d vs ctags in preprocessed-in code %d (%+.2f%%)\n", f, c, 100 * (f - c) / c }'
    fi
fi
if [ -n "${KEEP:-}" ]; then
    mkdir -p "$KEEP" && cp "$work"/*.out "$work"/*.time "$work/files.txt" "$KEEP"/
fi
