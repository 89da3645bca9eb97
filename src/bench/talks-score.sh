#!/bin/sh
# Scores what Parley's briefings contain on every talks set with gold (issue 9): for each set under
# TALKS (default ../shared/talks), it gives each article its front matter, runs the briefing job on
# it in a fresh home, turns the run folder's exports into the scorer's input and scores it.
#
#   src/bench/talks-score.sh                  every set, from the runs' exports
#   src/bench/talks-score.sh iran-us-2026     one set
#   EXTRACT=1 src/bench/talks-score.sh        score what `extract` finds instead (no job run)
#   KEEP=DIR src/bench/talks-score.sh         keep inputs, homes, outputs and scorer input in DIR
#
# Prints one line per set: quotes F1, positions F1, speaker and party accuracy over both pools
# (issue 9's bars: 0.80, 0.60, 0.90, 0.90) and round accuracy (one-to-one, issue 10's bar 0.85; and
# many-to-one); each set's full
# scorer report is kept as DIR/SET.report. Needs python3 and the shared folder (../shared).
set -eu
cd "$(dirname "$0")/../.."
talks="${TALKS:-../shared/talks}"
eval_dir="${EVAL:-../shared/eval}"
jar=target/parley.jar
if [ ! -d "$talks" ] || [ ! -f "$eval_dir/score_talks.py" ]; then
    echo "talks-score: no talks sets at $talks (or no scorer at $eval_dir); nothing scored" >&2
    exit 0
fi
if [ ! -f "$jar" ] || [ -n "$(find src/main pom.xml -newer "$jar" -type f | head -1)" ]; then
    mvn -B -q package -DskipTests
fi
work="${KEEP:-$(mktemp -d)}"
mkdir -p "$work"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
sets="$*"
if [ -z "$sets" ]; then
    sets=$(for d in "$talks"/*/; do [ -f "$d/gold.json" ] && basename "$d"; done)
fi
for set in $sets; do
    gold="$talks/$set/gold.json"
    text="$talks/$set/text"
    sys="$work/$set.jsonl"
    if [ -n "${EXTRACT:-}" ]; then
        java -jar "$jar" extract "$text" > "$sys"
    else
        rm -rf "$work/in-$set" "$work/home-$set" "$work/out-$set"
        python3 "$eval_dir/talks_to_input.py" "$talks/$set" "$work/in-$set" > /dev/null
        if ! java ${JAVA_OPTS:-} -jar "$jar" run --home "$work/home-$set" --articles "$work/in-$set" \
            --output "$work/out-$set" > "$work/run-$set.log" 2>&1; then
            echo "$set: run failed, see $work/run-$set.log"
            continue
        fi
        folder=$(find "$work/out-$set" -mindepth 1 -maxdepth 1 -type d -regex ".*/[0-9]+" | sort -V | tail -1)
        python3 "$eval_dir/briefing_exports_to_jsonl.py" "$folder" "$work/in-$set" "$text" > "$sys"
    fi
    python3 "$eval_dir/score_talks.py" --gold "$gold" --text-dir "$text" --system "$sys" \
        --mixed-as-direct > "$work/$set.report" 2>&1 || true
    python3 "$eval_dir/score_talks.py" --gold "$gold" --text-dir "$text" --system "$sys" \
        --mixed-as-direct --json > "$work/$set.report.json" 2>/dev/null || true
    python3 - "$set" "$work/$set.report.json" <<'EOF'
import json, sys
name, r = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
d, p = r["direct"], r["positions"]
def acc(key):
    n = d[key]["n"] + p[key]["n"]
    return (d[key]["correct"] + p[key]["correct"]) / n if n else 0.0
rnd = r.get("round", {}).get("one_to_one", {}).get("all", {}).get("accuracy")
many = r.get("round", {}).get("many_to_one", {}).get("all", {}).get("accuracy")
print(f"{name:20s} quotes F1 {d['f1']:.3f} (P {d['precision']:.2f} R {d['recall']:.2f})"
      f"  positions F1 {p['f1']:.3f} (P {p['precision']:.2f} R {p['recall']:.2f})"
      f"  speaker {acc('speaker'):.3f}  party {acc('party'):.3f}"
      + (f"  round {rnd:.3f} (many-to-one {many:.3f})" if rnd is not None else ""))
EOF
done
echo "talks-score: reports and scorer input in $work"
