#!/usr/bin/env bash
# Re-creates nianbao-core/src/main/resources/nianbao/audit/echarts.min.js (Apache ECharts 6.1.0, Apache-2.0) from
# the npm registry and checks it against the SHA-256 in SOURCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
target=nianbao-core/src/main/resources/nianbao/audit
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent echarts@6.1.0 >/dev/null && tar xzf echarts-6.1.0.tgz)
cp "$work/package/dist/echarts.min.js" "$target/echarts.min.js"
cp "$work/package/LICENSE" "$target/ECHARTS-LICENSE"
cp "$work/package/NOTICE" "$target/ECHARTS-NOTICE"
echo "b66b25aeb4df84e33199dc21694014d336d222cbd9deb0e5a7c14bd6aa0d0fd0  $target/echarts.min.js" | sha256sum -c -
