#!/bin/sh
# Reproduces issue 2's figures: wall time and peak memory of `parley run`, each in a fresh home,
#   1. on the bundled sample set (the default run after the build), and
#   2. on an article set such as PolNeAR's train split (840 articles), with articles per second.
#
#   src/bench/run-benchmark.sh [ARTICLE_DIR]      (default: ../shared/polnear/train/text)
#
# Builds target/parley.jar first if it is missing or older than the sources. Homes go to a
# temporary folder that is removed afterwards. A fresh home pays for creating its database once
# (about 3 s); a second run in the same home does not.
set -eu
cd "$(dirname "$0")/../.."
dir="${1:-../shared/polnear/train/text}"
jar="$(pwd)/target/parley.jar"
if [ ! -f "$jar" ] || [ -n "$(find src/main templates pom.xml -newer "$jar" -type f | head -1)" ]; then
    mvn -B -q package -DskipTests
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

measure() { # label, then the arguments of parley run
    label="$1"; shift
    /usr/bin/time -v java -jar "$jar" run --home "$work/home-$label" "$@" > "$work/$label.out" 2> "$work/$label.time"
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/$label.time")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/$label.time")
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$work/$label.time")
    read=$(sed -n 's/^Articles: \([0-9]*\) read.*/\1/p' "$work/$label.out")
    secs=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    rate=$(awk -v n="$read" -v s="$secs" 'BEGIN { printf "%.1f", n / s }')
    echo "$label: $read articles, wall ${wall}, CPU ${cpu} s, peak RSS $((rss / 1024)) MB, $rate articles/s"
    grep -E '^(Run [0-9]+ |Rounds:|Statements:)' "$work/$label.out" | sed 's/^/    /'
}

measure sample
measure set --articles "$(cd "$dir" && pwd)"
