#!/usr/bin/env python3
"""What an analyst would not forward, counted in one run folder (issue 11's checks).

    src/bench/briefing-checks.py RUN_FOLDER [TALKS_SET INPUT_DIR]

For every round of the run (its .json export, .pdf and .docx): front matter printed in the PDF or
DOCX text ("--- date: ..." blocks); pairs of export entries with the same speaker and kind and
near-identical text (word-bigram Jaccard >= 0.8); the most summary lines a party has (the bar: 5).
Given a talks set (../shared/talks/SET) and the input folder the run read (with front matter, as
talks_to_input.py writes it), also the summary lines whose statement the gold puts in another
round than the one most of the briefing's statements are in (of those the gold puts in a round), or
in none. Needs pdftotext
(poppler-utils). Prints one line per round and a total.
"""
import collections
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
    return subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, text=True, check=True).stdout


def docx_text(p):
    with zipfile.ZipFile(p) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    return re.sub(r"<[^>]+>", " ", xml)


class Gold:
    """The gold statements of a talks set, with offsets into the run's input files."""

    def __init__(self, talks, inputs):
        gold = json.loads((talks / "gold.json").read_text(encoding="utf-8"))
        self.statements = collections.defaultdict(list)
        for a in gold["articles"]:
            plain = (talks / "text" / a["file"]).read_text(encoding="utf-8")
            src = inputs / a["file"]
            shift = src.read_text(encoding="utf-8").find(plain[:200]) if src.exists() else 0
            for kind in ("direct_quotes", "positions"):
                for s in a[kind]:
                    self.statements[a["file"]].append((s["start"] + max(shift, 0), s["end"] + max(shift, 0), s["round"]))

    def round_of(self, doc, start, end):
        """The gold round of the gold statement overlapping most, '-' for none found."""
        best, most = "-", 0
        for s, e, rnd in self.statements.get(doc, []):
            overlap = min(e, end) - max(s, start)
            if overlap > most:
                best, most = rnd, overlap
        return best


def main():
    run = pathlib.Path(sys.argv[1])
    gold = Gold(pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])) if len(sys.argv) > 3 else None
    totals = collections.Counter()
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
        summary = b.get("summary", [])
        most = max((len(p["lines"]) for p in summary), default=0)
        lines = sum(len(p["lines"]) for p in summary)
        line = f"{j.stem:45s} front matter {front:2d}  near-duplicate pairs {dupes:2d}  summary lines {lines:2d} (most per party {most})"
        totals.update(front=front, dupes=dupes, lines=lines)
        totals["most"] = max(totals["most"], most)
        if gold:
            rounds = collections.Counter(gold.round_of(s["article"], s["start"], s["end"]) for s in rows)
            rounds.pop("-", None)
            rounds.pop(None, None)
            main_round = rounds.most_common(1)[0][0] if rounds else None
            other = none = 0
            for p in summary:
                for l in p["lines"]:
                    r = gold.round_of(l["article"], l["start"], l["end"])
                    if r is None:
                        none += 1
                    elif r != "-" and r != main_round:
                        other += 1
            line += f"  main gold round {main_round}: lines from another round {other}, from none {none}"
            totals.update(other=other, none=none)
        print(line)
    out = (f"total: front matter {totals['front']}, near-duplicate pairs {totals['dupes']}, summary lines {totals['lines']}"
           f" (most per party {totals['most']})")
    if gold:
        out += f", lines from another round {totals['other']}, from no round {totals['none']}"
    print(out)


main()
