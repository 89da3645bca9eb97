#!/bin/sh
# Issue 12's scale figures: `parley run` on the first 1,000, 3,000 and 10,000 articles of a set (by
# default the 10,000-article national paper dump), each in a fresh home, with wall time, CPU time,
# peak RSS and each step's duration, so one sees how time and memory grow with the set.
#
#   src/bench/scale-benchmark.sh [SET_DIR] [SIZES...]
#   src/bench/scale-benchmark.sh ../shared/scale/dailymail-2020-10k 1000 3000 10000
#   PARLEY_HEAP=1g src/bench/scale-benchmark.sh        (the launcher's heap; JAVA_OPTS adds JVM options)
#   RAW=1 src/bench/scale-benchmark.sh                 (plain java -jar, without the launcher's settings)
#   DATABASE="jdbc:postgresql://127.0.0.1:5432/bench?user=parley" src/bench/scale-benchmark.sh
#                                   (the runs on PostgreSQL; CPU and RSS are then Parley's JVM only)
#
# Builds target/parley.jar first if it is missing or older than the sources. The subsets are copies
# of the set's first files in name order, in a temporary folder removed afterwards.
set -eu
cd "$(dirname "$0")/../.."
set_dir="${1:-../shared/scale/dailymail-2020-10k}"
[ $# -gt 0 ] && shift
sizes="${*:-1000 3000 10000}"
jar="$(pwd)/target/parley.jar"
if [ ! -d "$set_dir" ]; then
    echo "scale-benchmark: no article set at $set_dir" >&2
    exit 2
fi
if [ ! -f "$jar" ] || [ -n "$(find src/main templates pom.xml -newer "$jar" -type f | head -1)" ]; then
    mvn -B -q package -DskipTests
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); java: $(java -version 2>&1 | head -1)"
echo "launcher: ${RAW:+none (RAW=1)}${RAW:-./parley, PARLEY_HEAP=${PARLEY_HEAP:-700m (default)}}; JAVA_OPTS: ${JAVA_OPTS:-(none)}; database: ${DATABASE:-embedded Derby}"
for n in $sizes; do
    subset="$work/set-$n"
    mkdir -p "$subset"
    find "$set_dir" -maxdepth 1 -type f | sort | head -n "$n" | while read -r f; do cp "$f" "$subset/"; done
    home="$work/home-$n"
    # through the launcher, as an operator runs it (its JVM settings, PARLEY_HEAP and JAVA_OPTS);
    # RAW=1 runs plain `java ${JAVA_OPTS} -jar` instead, to see what the launcher's settings change
    if [ -n "${RAW:-}" ]; then
        set -- java ${JAVA_OPTS:-} -jar "$jar"
    else
        set -- env PARLEY_JAR="$jar" ./parley
    fi
    # shellcheck disable=SC2086
    if ! /usr/bin/time -v "$@" run --home "$home" --articles "$subset" \
            ${DATABASE:+--database "$DATABASE"} > "$work/$n.out" 2> "$work/$n.time"; then
        echo "$n articles: the run FAILED"; grep -E '^(Run|Reason)' "$work/$n.out" | sed 's/^/    /'
        continue
    fi
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/$n.time")
    secs=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/$n.time")
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.0f", s}' "$work/$n.time")
    steps=$(awk '/RunStepListener: execution [0-9]+: step [a-zA-Z]+ (started|ended)/ {
            split($2, t, ":"); s = t[1] * 3600 + t[2] * 60 + t[3]; step = $8;
            if ($9 == "started") start[step] = s; else if ($9 == "ended:") printf "%s %ds, ", step, s - start[step] }' "$home/logs/parley.log")
    printf '%s articles: wall %.1f s, CPU %s s, peak RSS %d MB\n' "$n" "$secs" "$cpu" "$((rss / 1024))"
    echo "    steps: ${steps%, }"
    grep -E '^(Run [0-9]+ |Statements:|Rounds:)' "$work/$n.out" | sed 's/^/    /'
    # every run folder and briefing left half-written would be an error
    ls "$home/briefings" | grep -E '\.partial$' && echo "    a .partial folder is left" || true
done
