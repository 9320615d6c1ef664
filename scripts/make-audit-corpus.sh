#!/usr/bin/env bash
# Writes the audit's multi-year corpus (nianbao.audit.MakeAuditCorpus): 盱眙县's government, seven
# departments and two towns reporting on 2022-2024 as text reports, with one late report, one
# missing year, one report copying its previous year and one outlier planted. Deterministic.
# Usage: scripts/make-audit-corpus.sh OUT
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-target/audit-corpus}")
mvn -B -q -pl nianbao-core test-compile dependency:build-classpath -Dmdep.outputFile="$PWD/target/test-classpath.txt"
java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" nianbao.audit.MakeAuditCorpus "$out"
