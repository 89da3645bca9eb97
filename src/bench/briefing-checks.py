#!/usr/bin/env python3
"""What an analyst would not forward, counted in one run folder (issue 11's checks).

    src/bench/briefing-checks.py RUN_FOLDER

For every round of the run (its .json export, .pdf and .docx): front matter printed in the PDF or
DOCX text ("--- date: ..." blocks) and pairs of export entries with the same speaker and kind and
near-identical text (word-bigram Jaccard >= 0.8). Needs pdftotext (poppler-utils). Prints one line per round and a total.
"""
import json
import pathlib
import re
import subprocess
import sys
import zipfile

FRONT = re.compile(r"(?:^|\s)---\s+date:\s*\d{4}-\d\d-\d\d|\bsource:\s+\S+.*?---", re.S)


def bigrams(text):
    w = re.findall(r"\w+", text.lower())
    return {(a, b) for a, b in zip(w, w[1:])}


def jaccard(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


def pdf_text(p):
    return subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, text=True).stdout


def docx_text(p):
    with zipfile.ZipFile(p) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    return re.sub(r"<[^>]+>", " ", xml)


def main():
    run = pathlib.Path(sys.argv[1])
    totals = {"front": 0, "dupes": 0}
    for j in sorted(run.glob("*.json")):
        if j.name == "manifest.json":
            continue
        b = json.loads(j.read_text(encoding="utf-8"))
        front = 0
        for ext, read in ((".pdf", pdf_text), (".docx", docx_text)):
            f = j.with_suffix(ext)
            if f.exists():
                front += len(FRONT.findall(read(f)))
        rows = [s for s in b.get("statements", []) if s.get("text")]
        dupes = 0
        for i in range(len(rows)):
            for k in range(i + 1, len(rows)):
                if rows[i].get("speaker") == rows[k].get("speaker") and rows[i].get("kind") == rows[k].get("kind") \
                        and jaccard(bigrams(rows[i]["text"]), bigrams(rows[k]["text"])) >= 0.8:
                    dupes += 1
        totals["front"] += front
        totals["dupes"] += dupes
        print(f"{j.stem:50s} front matter {front:3d}  near-duplicate pairs {dupes:3d}")
    print(f"total: front matter {totals['front']}, near-duplicate pairs {totals['dupes']}")


main()
