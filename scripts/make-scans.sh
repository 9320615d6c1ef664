#!/usr/bin/env bash
# Re-makes corpus/scans/: corpus PDFs printed as pictures by nianbao-core/src/test/java/nianbao/scan/Scanner.java
# (150 to 300 dpi, askew, noise, blur, JPEG, a red seal, a phone's photo), as listed in MakeScans.JOBS.
# Byte for byte reproducible.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl nianbao-core test-compile dependency:build-classpath -Dmdep.outputFile="$PWD/target/test-classpath.txt"
java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" nianbao.scan.MakeScans .
