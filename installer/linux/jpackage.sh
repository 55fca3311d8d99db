#!/usr/bin/env bash
# Packages the built application (target/knotwork.jar and target/lib/) with the JDK's jlink and
# jpackage. Run by `mvn -Pinstaller package`, or by hand after `mvn package`:
#   installer/linux/jpackage.sh app-image     target/installer/Knotwork/ (run bin/Knotwork)
#   installer/linux/jpackage.sh deb           target/installer/knotwork_<version>_amd64.deb
#   installer/linux/jpackage.sh app-image deb both
# The runtime is made by jlink from the JDK's modules plus the JavaFX jars (classifier linux); the
# application stays on the class path behind its plain launcher class (Flyway has no module name,
# so a fully modular image is not possible).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
[ "$#" -gt 0 ] || set -- app-image deb

if [ ! -f target/knotwork.jar ] || [ ! -d target/lib ]; then
  echo "target/knotwork.jar is missing: run 'mvn package' first (or 'mvn -Pinstaller package')." >&2
  exit 1
fi
for tool in jlink jpackage; do
  command -v "$tool" >/dev/null || { echo "$tool not found: a full JDK 17 is needed." >&2; exit 1; }
done

version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)\(-SNAPSHOT\)\{0,1\}</version>.*:\1:p' pom.xml | head -1)
version=${version:-0.1.0}
input=target/installer-input
runtime=target/runtime
out=target/installer
rm -rf "$input" "$runtime"
mkdir -p "$input" "$out"
cp target/knotwork.jar "$input/"
# The class list and the script that turns it into a class-data-sharing archive where the app is
# installed (cds-archive.sh; the .deb's postinst runs it).
cp installer/knotwork.classlist installer/linux/cds-archive.sh "$input/"
cp -r target/lib "$input/lib"
# JavaFX is in the runtime image as modules; keeping its jars on the class path too would load it twice.
rm -f "$input"/lib/javafx-*.jar

fxjars=$(ls target/lib/javafx-*-linux.jar | tr '\n' ':')
jlink --module-path "$fxjars" \
  --add-modules java.sql,java.naming,java.desktop,java.logging,java.management,java.xml,java.scripting,jdk.unsupported,jdk.crypto.ec,jdk.localedata,javafx.controls \
  --include-locales en,de,fr,es,it,nl,pl \
  --strip-debug --no-header-files --no-man-pages --output "$runtime"

# JVM options of both launchers: the class-data-sharing archive, and the heap settings shared by
# every installer and the benchmark (after 10 s without a collection G1 gives the heap it no longer
# needs back to the system; see docs/performance.md).
jvm=('-XX:SharedArchiveFile=$APPDIR/knotwork.jsa')
while read -r option; do jvm+=("$option"); done < installer/heap.options
# Two launchers: bin/Knotwork opens the app and stops the JIT at its first tier, which starts the
# window fastest; bin/knotwork-cli runs the commands (demo, backup, restore, export) with the full
# compiler, which makes a long command about 15 % quicker. Without arguments it prints its help.
cli=target/knotwork-cli.properties
{
  echo "java-options=${jvm[*]}"
  echo "arguments=--help"
  echo "linux-shortcut=false" # jpackage 17 ignores it: lib/ gets a desktop file nothing installs
} >"$cli"

common=(--name Knotwork --app-version "$version" --vendor "Knotwork"
  --description "Practice manager for a massage therapist: client records, SOAP notes, treatment plans"
  --copyright "Knotwork"
  --icon installer/linux/knotwork.png
  --input "$input" --main-jar knotwork.jar --main-class org.knotwork.cli.Launcher
  --runtime-image "$runtime" --dest "$out"
  --java-options "-XX:TieredStopAtLevel=1"
  --add-launcher "knotwork-cli=$cli")
for option in "${jvm[@]}"; do common+=(--java-options "$option"); done

for type in "$@"; do
  case "$type" in
    app-image)
      rm -rf "$out/Knotwork"
      jpackage "${common[@]}" --type app-image
      sh "$out/Knotwork/lib/app/cds-archive.sh" "$root/$out/Knotwork"
      echo "Built $out/Knotwork (run $out/Knotwork/bin/Knotwork)"
      ;;
    deb)
      command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null ||
        { echo "Building a .deb needs fakeroot and dpkg-deb (apt-get install fakeroot dpkg-dev)." >&2; exit 1; }
      rm -f "$out"/knotwork_*.deb
      jpackage "${common[@]}" --type deb \
        --linux-package-name knotwork --linux-deb-maintainer "support@knotwork.invalid" \
        --linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group "Office;MedicalSoftware" \
        --linux-app-category misc \
        --resource-dir installer/linux/resources
      echo "Built $(ls "$out"/knotwork_*.deb)"
      ;;
    *)
      echo "Unknown package type '$type': use app-image or deb." >&2
      exit 1
      ;;
  esac
done
