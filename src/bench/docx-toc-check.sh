#!/usr/bin/env bash
# Checks the contents of a run's Word files against a real layout (issue 11): converts each DOCX of
# RUN_FOLDER to PDF with LibreOffice, without updating its fields, and compares the page every
# contents entry gives with the page LibreOffice lays that section out on (from its PDF's outline).
#   src/bench/docx-toc-check.sh RUN_FOLDER
# Needs soffice (Debian: libreoffice-writer-nogui). Prints one line per file and a total.
set -euo pipefail
cd "$(dirname "$0")/../.."
run=$(cd "$1" && pwd)
command -v soffice > /dev/null || { echo "docx-toc-check: soffice is not installed (apt-get install libreoffice-writer-nogui)" >&2; exit 2; }
mvn -B -q test-compile
classpath_file=target/bench-classpath.txt
mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat "$classpath_file")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$run"/*.docx "$work"/
(cd "$work" && timeout 900 soffice --headless "-env:UserInstallation=file://$work/profile" --convert-to pdf ./*.docx > /dev/null 2>&1)
right=0; entries=0
for docx in "$work"/*.docx; do
    pdf="${docx%.docx}.pdf"
    java -cp "$cp" org.parley.render.OutlinePages "$pdf" > "$pdf.outline"
    read -r ok n wrong < <(python3 - "$docx" "$pdf.outline" <<'PY'
import re, sys, zipfile
xml = zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode("utf-8")
laid = dict(line.rstrip("\n").split("\t") for line in open(sys.argv[2], encoding="utf-8") if "\t" in line)
ok = n = 0
wrong = []
for p in re.findall(r"<w:p[ >].*?</w:p>", xml, re.S):
    if 'w:val="TOC1"' in p or 'w:val="TOC2"' in p:
        t = re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)
        title, page = "".join(t[:-1]).strip(), t[-1]
        n += 1
        if laid.get(title) == page:
            ok += 1
        else:
            wrong.append(f"{title}:{page}/{laid.get(title, '?')}")
print(ok, n, ",".join(wrong) or "-")
PY
)
    echo "$(basename "$docx"): $ok of $n contents entries on the page LibreOffice lays them on; off (entry:contents/laid): $wrong"
    right=$((right + ok)); entries=$((entries + n))
done
echo "total: $right of $entries entries right"
