#!/usr/bin/env bash
# Re-makes corpus/text/rendered/: every report of MakeRenderings.SOURCES in every rendering of
# nianbao-core/src/test/java/nianbao/render/Rendering.java (crawler dumps, pipe tables, a cell per line, …),
# made from the facts of its hand-checked golden file. Byte for byte reproducible.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl nianbao-core test-compile dependency:build-classpath -Dmdep.outputFile="$PWD/target/test-classpath.txt"
java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" nianbao.render.MakeRenderings .
