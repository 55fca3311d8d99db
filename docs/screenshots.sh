#!/usr/bin/env bash
# Regenerates every picture in docs/images from the running app, so the guide shows the screens as
# they are: the screen tours (a demo practice, the first start on an empty folder, the import
# screens) at 1280×800, headless, and the pages of a printed treatment plan.
# Needs poppler-utils (pdftoppm) for the plan pages.
# Not yet made here: today.png, book-week.png, booking-find-a-time.png and book-settings.png were
# taken by hand from the packaged app (a demo practice made with `knotwork demo --clients 60 --years
# 2`, on its real date, at 1280×800) until the screen tour learns the appointment book.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q package -DskipTests
mvn -B -ntp test -Dtest='*Tour' -Dknotwork.tour=docs/images -Dsurefire.failIfNoSpecifiedTests=false

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'screenshot passphrase\n' >"$tmp/pass.txt"
java -jar target/knotwork.jar demo --data-dir "$tmp/demo" --passphrase-file "$tmp/pass.txt" \
  --clients 60 --years 3 --seed 7
java -jar target/knotwork.jar print-plan 18 --data-dir "$tmp/demo" \
  --passphrase-file "$tmp/pass.txt" --out "$tmp/plan.pdf"
rm -f docs/images/plan-pdf-*.png
pdftoppm -png -r 80 "$tmp/plan.pdf" docs/images/plan-pdf
echo "Pictures written to docs/images/."
