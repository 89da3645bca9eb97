#!/bin/sh
# Issue 12's scale figures: `parley run` on the first 1,000, 3,000 and 10,000 articles of a set (by
# default the 10,000-article national paper dump), each in a fresh home, with wall time, CPU time,
# peak RSS, the machine's load when the run started and each step's duration, so one sees how time
# and memory grow with the set. Ends with the runs as one Markdown table.
#
#   src/bench/scale-benchmark.sh [SET_DIR] [SIZES...]
#   src/bench/scale-benchmark.sh ../shared/scale/dailymail-2020-10k 1000 3000 10000
#   REPEAT=2 src/bench/scale-benchmark.sh              (each size twice)
#   PARLEY_JAR=../old/target/parley.jar LABEL=old src/bench/scale-benchmark.sh
#                                   (another build of Parley, through this launcher; LABEL names it in the table)
#   PARLEY_HEAP=1g src/bench/scale-benchmark.sh        (the launcher's heap; JAVA_OPTS adds JVM options)
#   RAW=1 src/bench/scale-benchmark.sh                 (plain java -jar, without the launcher's settings)
#   DATABASE="jdbc:postgresql://127.0.0.1:5432/bench?user=parley" src/bench/scale-benchmark.sh
#                                   (the runs on PostgreSQL; CPU and RSS are then Parley's JVM only)
#   KEEP=/tmp/scale src/bench/scale-benchmark.sh       (keep the subsets, homes and run folders there)
#
# Without PARLEY_JAR, builds target/parley.jar first if it is missing or older than the sources. The
# subsets are copies of the set's first files in name order. The load is the one-minute load
# average when a run starts: on a shared machine a run beside other work is slower, so read a
# figure with its load (this machine's cores: `nproc`).
set -eu
cd "$(dirname "$0")/../.."
set_dir="${1:-../shared/scale/dailymail-2020-10k}"
[ $# -gt 0 ] && shift
sizes="${*:-1000 3000 10000}"
repeat="${REPEAT:-1}"
label="${LABEL:-$(git rev-parse --short HEAD 2>/dev/null || echo this)}"
if [ ! -d "$set_dir" ]; then
    echo "scale-benchmark: no article set at $set_dir" >&2
    exit 2
fi
if [ -n "${PARLEY_JAR:-}" ]; then
    jar="$(cd "$(dirname "$PARLEY_JAR")" && pwd)/$(basename "$PARLEY_JAR")"
    [ -f "$jar" ] || { echo "scale-benchmark: PARLEY_JAR=$PARLEY_JAR is not a file" >&2; exit 2; }
else
    jar="$(pwd)/target/parley.jar"
    if [ ! -f "$jar" ] || [ -n "$(find src/main templates pom.xml -newer "$jar" -type f | head -1)" ]; then
        mvn -B -q -o package -DskipTests
    fi
fi
if [ -n "${KEEP:-}" ]; then
    work="$KEEP"
    mkdir -p "$work"
else
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
fi
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); java: $(java -version 2>&1 | head -1)"
echo "jar: $jar ($label)"
echo "launcher: ${RAW:+none (RAW=1)}${RAW:-./parley, PARLEY_HEAP=${PARLEY_HEAP:-700m (default)}}; JAVA_OPTS: ${JAVA_OPTS:-(none)}; database: ${DATABASE:-embedded Derby}"
table="$work/table.md"
: > "$table"

# Each top-level step's duration from the home's log, in seconds with one decimal: the lines
# "... RunStepListener [execution N]: execution N: step NAME started" and "... step NAME ended: ..."
# (a partition's own lines say "step NAME partition P" and are left out).
step_durations() {
    awk '
        function secs(stamp,   t) { split(substr(stamp, 12, 12), t, ":"); return t[1] * 3600 + t[2] * 60 + t[3] }
        /RunStepListener/ && / step [A-Za-z]+ (started|ended:)/ {
            for (i = 1; i < NF; i++) if ($i == "step") break;
            name = $(i + 1); what = $(i + 2);
            if (what == "started") start[name] = secs($1);
            else if (what == "ended:" && (name in start)) {
                d = secs($1) - start[name]; if (d < 0) d += 86400;
                printf "%s%s %.1f", sep, name, d; sep = ", "
            }
        }' "$1"
}

for n in $sizes; do
    subset="$work/set-$n"
    if [ ! -d "$subset" ]; then
        mkdir -p "$subset"
        find "$set_dir" -maxdepth 1 -type f | sort | head -n "$n" | while read -r f; do cp "$f" "$subset/"; done
    fi
    run=1
    while [ "$run" -le "$repeat" ]; do
        home="$work/home-$label-$n-$run"
        rm -rf "$home"
        # through the launcher, as an operator runs it (its JVM settings, PARLEY_HEAP and JAVA_OPTS);
        # RAW=1 runs plain `java ${JAVA_OPTS} -jar` instead, to see what the launcher's settings change
        if [ -n "${RAW:-}" ]; then
            set -- java ${JAVA_OPTS:-} -jar "$jar"
        else
            set -- env PARLEY_JAR="$jar" ./parley
        fi
        load=$(cut -d' ' -f1 /proc/loadavg)
        out="$work/$label-$n-$run"
        # shellcheck disable=SC2086
        if ! /usr/bin/time -v "$@" run --home "$home" --articles "$subset" \
                ${DATABASE:+--database "$DATABASE"} > "$out.out" 2> "$out.time"; then
            echo "$n articles (run $run): the run FAILED (load $load)"; grep -E '^(Run|Reason)' "$out.out" | sed 's/^/    /'
            printf '| %s | %s | FAILED | | | | %s | |\n' "$label" "$n" "$load" >> "$table"
            run=$((run + 1))
            continue
        fi
        wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out.time")
        secs=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
        rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out.time")
        cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$out.time")
        steps=$(step_durations "$home/logs/parley.log")
        printf '%s articles (run %s): wall %.1f s, CPU %s s, peak RSS %d MB, load %s\n' "$n" "$run" "$secs" "$cpu" "$((rss / 1024))" "$load"
        echo "    steps (s): $steps"
        grep -E '^(Run [0-9]+ |Statements:|Rounds:)' "$out.out" | sed 's/^/    /'
        # every run folder and briefing left half-written would be an error
        ls "$home/briefings" | grep -E '\.partial$' && echo "    a .partial folder is left" || true
        printf '| %s | %s | %.1f | %s | %d | %s | %s |\n' "$label" "$n" "$secs" "$cpu" "$((rss / 1024))" "$load" "$steps" >> "$table"
        run=$((run + 1))
    done
done
echo
echo "| build | articles | wall s | CPU s | peak RSS MB | load at start | steps (s) |"
echo "|---|---:|---:|---:|---:|---:|---|"
cat "$table"
