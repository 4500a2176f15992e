#!/usr/bin/env bash
# Writes one PowerPoint deck of each kind (16:9 with findings, 4:3, private values, a team too
# wide for one slide, 1,000 generated positions, a comparison), converts each to PDF with LibreOffice Impress
# and renders its pages to PNG, so that a person can look at them. Fails when LibreOffice cannot
# open a deck or when the PDF has another number of pages than the deck has slides.
#
# Needs LibreOffice Impress and poppler (Debian: apt-get install libreoffice-impress-nogui
# poppler-utils). Not part of the test suite: machines without LibreOffice still build.
#
# Usage: scripts/check-decks.sh [FOLDER]   (default target/deck-check)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/deck-check}"
for tool in soffice pdfinfo pdftoppm; do
  command -v "$tool" >/dev/null || { echo "check-decks: $tool is not installed (apt-get install libreoffice-impress-nogui poppler-utils)." >&2; exit 2; }
done
rm -rf "$out" && mkdir -p "$out"
mvn -o -q -B test-compile
mvn -o -q -B exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.orgwright.render.deck.DeckSamples \
  -Dexec.args="$out" 2>&1 | grep -v '^SLF4J' | tee "$out/decks.txt"
failed=0
for deck in "$out"/*.pptx; do
  name="$(basename "$deck" .pptx)"
  slides="$(unzip -l "$deck" | grep -c 'ppt/slides/slide[0-9]*\.xml$')"
  if ! soffice --headless --convert-to pdf --outdir "$out" "$deck" >"$out/$name.log" 2>&1 || [ ! -s "$out/$name.pdf" ]; then
    echo "FAIL $name: LibreOffice could not convert it (see $out/$name.log)"; failed=1; continue
  fi
  pages="$(pdfinfo "$out/$name.pdf" | awk '/^Pages:/ {print $2}')"
  if [ "$pages" != "$slides" ]; then
    echo "FAIL $name: $slides slides but $pages PDF pages"; failed=1; continue
  fi
  mkdir -p "$out/$name"
  pdftoppm -r 60 -png -l 12 "$out/$name.pdf" "$out/$name/page"
  echo "ok   $name: $slides slides, pages in $out/$name/"
done
exit "$failed"
