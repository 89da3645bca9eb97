#!/usr/bin/env bash
# Times rendering a 20-page briefing (generated model) to PDF and Word, warm (the PDF first: the Word
# file breaks its pages where the PDF does and its contents give the PDF's pages).
# Usage: src/bench/render-benchmark.sh [warm-up rounds] [measured rounds]   (defaults 30 30)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q test-compile
classpath_file=target/bench-classpath.txt
mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test
exec java -Xms512m -Xmx1g -cp "target/classes:target/test-classes:$(cat "$classpath_file")" \
    org.parley.render.RenderBenchmark "$@"
