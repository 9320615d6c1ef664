#!/usr/bin/env bash
# Re-makes the text renderings of the real report PDFs, the text corpus beside them, with Debian's
# poppler-utils: corpus/pdf/real/NAME.pdf -> corpus/text/pdftotext/NAME.txt (pdftotext -layout, the
# columns kept) and corpus/text/pdftotext-raw/NAME.txt (pdftotext in reading order, as converters
# without layout leave a report: a row's cells one per line, labels away from their figures).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v pdftotext >/dev/null; then
  apt-get install -y poppler-utils >/dev/null || { apt-get update >/dev/null && apt-get install -y poppler-utils >/dev/null; }
fi
mkdir -p corpus/text/pdftotext corpus/text/pdftotext-raw
for pdf in corpus/pdf/real/*.pdf; do
  name=$(basename "$pdf" .pdf)
  pdftotext -layout "$pdf" "corpus/text/pdftotext/$name.txt"
  pdftotext "$pdf" "corpus/text/pdftotext-raw/$name.txt"
  echo "corpus/text/pdftotext/$name.txt corpus/text/pdftotext-raw/$name.txt"
done
