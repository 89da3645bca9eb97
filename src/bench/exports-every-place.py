#!/usr/bin/env python3
"""A copy of a run folder whose round exports list every place of each statement as its own row.

    src/bench/exports-every-place.py RUN_FOLDER COPY_FOLDER

A round export holds one entry per statement, with the other places the same words of the same
speaker were found in "alsoIn" (issue 11). The talks scorer's converter
(../shared/eval/briefing_exports_to_jsonl.py) reads only an entry's own place, so it counts the
other places as missed; run it on the copy to score every place, as the exports were before entries
were merged. The manifest is copied as it is.
"""
import json
import pathlib
import shutil
import sys


def main():
    run, copy = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    copy.mkdir(parents=True, exist_ok=True)
    shutil.copy(run / "manifest.json", copy / "manifest.json")
    for f in sorted(run.glob("*.json")):
        if f.name == "manifest.json":
            continue
        export = json.loads(f.read_text(encoding="utf-8"))
        rows = []
        for s in export.get("statements", []):
            rows.append(s)
            for o in s.get("alsoIn", []):
                rows.append({**s, "article": o["article"], "start": o["start"], "end": o["end"],
                             "outlets": o["outlets"], "alsoIn": []})
        export["statements"] = rows
        (copy / f.name).write_text(json.dumps(export), encoding="utf-8")


if __name__ == "__main__":
    main()
