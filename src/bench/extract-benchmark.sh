#!/bin/sh
# Reproduces the speed and memory figures of issues 3 and 9: the whole `parley extract` process over PolNeAR's
# train split (840 articles), default JVM flags, timed by /usr/bin/time -v.
#
#   src/bench/extract-benchmark.sh [ARTICLE_DIR]     (default: ../shared/polnear/train/text)
#   RUNS=5 src/bench/extract-benchmark.sh            (default: 3 runs)
#
# Builds target/parley.jar first if it is missing or older than the sources. Prints, for each run
# and as the median over the runs, articles/s (from the wall-clock time), the CPU time (user + sys)
# and the peak resident set size. Wall time depends on what else the machine runs; CPU time much
# less so: on a loaded machine, judge by the CPU time (an idle two-core machine keeps about 1.8
# cores busy, so wall is about CPU / 1.8).
set -eu
cd "$(dirname "$0")/../.."
dir="${1:-../shared/polnear/train/text}"
runs="${RUNS:-3}"
jar=target/parley.jar
if [ ! -f "$jar" ] || [ -n "$(find src/main pom.xml -newer "$jar" -type f | head -1)" ]; then
    mvn -B -q package -DskipTests
fi
articles=$(find "$dir" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.json' -o -name '*.html' \) | wc -l)
out=$(mktemp)
log=$(mktemp)
results=$(mktemp)
trap 'rm -f "$out" "$log" "$results"' EXIT
echo "articles:          $articles   (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
i=1
while [ "$i" -le "$runs" ]; do
    /usr/bin/time -v java -jar "$jar" extract "$dir" > "$out" 2> "$log"
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log" \
        | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$log")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
    echo "$wall $cpu $rss" >> "$results"
    echo "run $i:             wall ${wall} s, cpu ${cpu} s, $(awk -v n="$articles" -v s="$wall" 'BEGIN { printf "%.0f", n / s }') articles/s, peak RSS $((rss / 1024)) MB"
    i=$((i + 1))
done
echo "attributions:      $(wc -l < "$out")"
sort -n "$results" | awk -v n="$articles" '{ w[NR] = $1 } END { m = w[int((NR + 1) / 2)]; printf "articles/s:        %.0f (median wall %.2f s)   (bar: >= 250)\n", n / m, m }'
sort -n -k2 "$results" | awk '{ c[NR] = $2 } END { printf "cpu (user+sys):    %.2f s median\n", c[int((NR + 1) / 2)] }'
sort -n -k3 "$results" | awk '{ r = $3 } END { printf "peak RSS:          %d MB max   (bar: <= 512)\n", r / 1024 }'
