#!/bin/sh
# Reproduces issue 3's speed and memory figures: the whole `parley extract` process over PolNeAR's
# train split (840 articles), default JVM flags, timed by /usr/bin/time -v.
#
#   src/bench/extract-benchmark.sh [ARTICLE_DIR]     (default: ../shared/polnear/train/text)
#
# Builds target/parley.jar first if it is missing or older than the sources. Prints articles/s
# (from the wall-clock time) and the peak resident set size. The machine's load counts: run it on
# an otherwise idle machine for figures worth comparing.
set -eu
cd "$(dirname "$0")/../.."
dir="${1:-../shared/polnear/train/text}"
jar=target/parley.jar
if [ ! -f "$jar" ] || [ -n "$(find src/main pom.xml -newer "$jar" -type f | head -1)" ]; then
    mvn -B -q package -DskipTests
fi
articles=$(find "$dir" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.json' -o -name '*.html' \) | wc -l)
out=$(mktemp)
log=$(mktemp)
trap 'rm -f "$out" "$log"' EXIT
/usr/bin/time -v java -jar "$jar" extract "$dir" > "$out" 2> "$log"
wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log")
rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$log")
seconds=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
echo "articles:          $articles"
echo "attributions:      $(wc -l < "$out")"
echo "wall clock:        ${seconds} s   (cpu ${cpu} s)"
echo "articles/s:        $(awk -v n="$articles" -v s="$seconds" 'BEGIN { printf "%.0f", n / s }')   (bar: >= 200)"
echo "peak RSS:          $((rss / 1024)) MB   (bar: <= 512)"
