#!/usr/bin/env bash
# Starts the packaged app image the way a user gets it and checks that it works: a demo practice is
# made in a throwaway folder with the packaged command line (bin/knotwork-cli, which must also
# print its help when started bare), the app is opened on it under a virtual
# display, the passphrase is typed, the main window must report itself ready, a screenshot is
# taken (target/smoke/main-window.png), and Ctrl+Q must close it cleanly.
#
# Run by `mvn verify` after the tests. Needs xvfb-run and xdotool (apt-get install xvfb xdotool
# imagemagick); without them it says so and is skipped, unless KNOTWORK_SMOKE=required, as in CI.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mode="${KNOTWORK_SMOKE:-auto}"
[ "$mode" = "skip" ] && { echo "Smoke test of the app image skipped (KNOTWORK_SMOKE=skip)."; exit 0; }

for tool in xvfb-run xdotool; do
  if ! command -v "$tool" >/dev/null; then
    if [ "$mode" = "required" ]; then
      echo "Smoke test of the app image: $tool is missing (apt-get install xvfb xdotool)." >&2
      exit 1
    fi
    echo "Smoke test of the app image skipped: $tool is not installed (apt-get install xvfb xdotool)."
    exit 0
  fi
done

app=target/installer/Knotwork/bin/Knotwork
cli=target/installer/Knotwork/bin/knotwork-cli
if [ ! -x "$app" ] || [ ! -x "$cli" ] || [ target/knotwork.jar -nt "$app" ]; then
  installer/linux/jpackage.sh app-image
fi

work=$(mktemp -d)
out=target/smoke
rm -rf "$out" && mkdir -p "$out"
trap 'cp -r "$work/data/logs" "$out/logs" 2>/dev/null || true; rm -rf "$work"' EXIT
data="$work/data"
printf 'smoke test passphrase\n' >"$work/pass.txt"

echo "Smoke test: making a demo practice with the packaged command line"
"$cli" | grep -q "^Usage: knotwork" || { echo "Smoke test failed: $cli without arguments printed no help" >&2; exit 1; }
grep -q "TieredStopAtLevel" target/installer/Knotwork/lib/app/knotwork-cli.cfg &&
  { echo "Smoke test failed: knotwork-cli must run with the full compiler" >&2; exit 1; }
"$cli" --version | grep -q "^Knotwork [0-9]" || { echo "Smoke test failed: $cli --version does not name the version" >&2; exit 1; }
made=$("$cli" demo --data-dir "$data" --passphrase-file "$work/pass.txt" --clients 12 --years 1 --seed 5 2>&1)
echo "$made"
listing=$("$cli" appointments --data-dir "$data" --passphrase-file "$work/pass.txt" 2>&1)
if grep -q "SLF4J" <<<"$made$listing"; then
  echo "Smoke test failed: the command line printed the logging library's own warnings:" >&2
  grep "SLF4J" <<<"$made$listing" | head -3 >&2
  exit 1
fi

cat >"$work/session.sh" <<'SESSION'
#!/usr/bin/env bash
set -euo pipefail
app="$1"; data="$2"; out="$3"
log="$data/logs/knotwork.log"
"$app" --data-dir "$data" >"$out/app-output.txt" 2>&1 &
pid=$!
fail() { echo "Smoke test failed: $1" >&2; kill "$pid" 2>/dev/null || true; exit 1; }
wait_for() { # seconds, description, command...
  local seconds=$1 what=$2; shift 2
  for _ in $(seq 1 $((seconds * 4))); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    kill -0 "$pid" 2>/dev/null || fail "the app stopped while waiting for $what"
    sleep 0.25
  done
  fail "no $what after ${seconds} s"
}
wait_for 60 "window titled Knotwork" xdotool search --onlyvisible --name "^Knotwork"
window=$(xdotool search --onlyvisible --name "^Knotwork" | head -1)
sleep 2 # the passphrase screen follows the loading spinner
import -window root "$out/passphrase.png" 2>/dev/null || true
xdotool windowfocus "$window" 2>/dev/null || true
xdotool type --delay 20 "smoke test passphrase"
xdotool key Return
wait_for 60 "'Knotwork is ready' in the log" grep -q "Knotwork is ready" "$log"
sleep 1
import -window root "$out/main-window.png" 2>/dev/null || true
xdotool search --name 'Knotwork — ' >/dev/null || fail "the main window's title does not name the practice"
xdotool key ctrl+q
for _ in $(seq 1 120); do
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.25
done
kill -0 "$pid" 2>/dev/null && fail "the app did not close within 30 s of Ctrl+Q"
wait "$pid" || fail "the app exited with status $?"
grep -q "Knotwork closed" "$log" || fail "the log does not say the records were closed"
if grep -q " ERROR " "$log"; then grep " ERROR " "$log" >&2; fail "the log holds errors"; fi
grep "Knotwork is ready" "$log"
SESSION
chmod +x "$work/session.sh"

echo "Smoke test: opening the app image under a virtual display"
xvfb-run -a -s "-screen 0 1280x800x24" "$work/session.sh" "$root/$app" "$data" "$root/$out"
echo "Smoke test passed: the app image opened the practice and closed cleanly ($out/main-window.png)."
