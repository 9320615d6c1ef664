#!/usr/bin/env bash
# Re-makes the layout-preserving text renderings of the real report PDFs, the text corpus beside
# them: corpus/pdf/real/NAME.pdf -> corpus/text/pdftotext/NAME.txt, with Debian's poppler-utils.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v pdftotext >/dev/null; then
  apt-get install -y poppler-utils >/dev/null || { apt-get update >/dev/null && apt-get install -y poppler-utils >/dev/null; }
fi
mkdir -p corpus/text/pdftotext
for pdf in corpus/pdf/real/*.pdf; do
  name=$(basename "$pdf" .pdf)
  pdftotext -layout "$pdf" "corpus/text/pdftotext/$name.txt"
  echo "corpus/text/pdftotext/$name.txt"
done
