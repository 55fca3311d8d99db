#!/usr/bin/env bash
# Builds a self-contained Linux app image (and, with --deb, a .deb package) with jpackage.
# The runtime is made by jlink from the JDK plus the JavaFX jars; the app stays on the class path
# behind its plain launcher class. Output: target/installer/.
set -euo pipefail
cd "$(dirname "$0")/.."

type="app-image"
[ "${1:-}" = "--deb" ] && type="deb"

mvn -B -ntp -q -DskipTests package

version=$(sed -n 's:.*<version>\([0-9][0-9.]*\).*-SNAPSHOT</version>.*:\1:p' pom.xml | head -1)
input=target/installer-input
rm -rf "$input" target/installer target/runtime
mkdir -p "$input"
cp target/knotwork.jar "$input/"
cp -r target/lib "$input/lib"

fxjars=$(ls target/lib/javafx-*-linux.jar | tr '\n' ':')
jlink --module-path "$fxjars" \
  --add-modules java.sql,java.naming,java.desktop,java.logging,java.management,java.xml,java.scripting,jdk.unsupported,jdk.crypto.ec,javafx.controls \
  --strip-debug --no-header-files --no-man-pages --output target/runtime

args=(--name Knotwork --app-version "${version:-0.1.0}" --vendor "Knotwork"
  --description "Practice manager for a massage therapist"
  --input "$input" --main-jar knotwork.jar --main-class org.knotwork.cli.Launcher
  --runtime-image target/runtime --dest target/installer --type "$type")
if [ "$type" = "deb" ]; then
  args+=(--linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group Office)
fi
jpackage "${args[@]}"
echo "Built $(ls -d target/installer/*)"
