#!/usr/bin/env bash
# Builds the macOS disk image (target/installer/Knotwork-<version>.dmg) on a Mac.
#
# Needs: JDK 17 (with jpackage), Maven 3.8+ and the Xcode command-line tools (xcode-select --install).
#   mvn -B package -DskipTests
#   installer/macos/build-macos.sh
# Maven resolves the JavaFX jars for the Mac it runs on (classifier "mac" on Intel, "mac-aarch64"
# on Apple silicon), so build on the kind of Mac the image is for.
#
# Signing and notarisation: set KNOTWORK_SIGN_IDENTITY to a "Developer ID Application" identity in
# the keychain to sign the app; then notarise the .dmg with `xcrun notarytool submit --wait` and
# `xcrun stapler staple`. Unsigned, macOS asks the user to open it with right-click → Open once.
set -euo pipefail
cd "$(dirname "$0")/../.."

[ -f target/knotwork.jar ] || { echo "target/knotwork.jar is missing: run 'mvn package -DskipTests' first." >&2; exit 1; }
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)\(-SNAPSHOT\)\{0,1\}</version>.*:\1:p' pom.xml | head -1)
input=target/installer-input
runtime=target/runtime
rm -rf "$input" "$runtime"
mkdir -p "$input" target/installer
cp target/knotwork.jar "$input/"
cp -r target/lib "$input/lib"
rm -f "$input"/lib/javafx-*.jar

fxjars=$(ls target/lib/javafx-*-mac*.jar | tr '\n' ':')
jlink --module-path "$fxjars" \
  --add-modules java.sql,java.naming,java.desktop,java.logging,java.management,java.xml,java.scripting,jdk.unsupported,jdk.crypto.ec,jdk.localedata,javafx.controls \
  --include-locales en,de,fr,es,it,nl,pl \
  --strip-debug --no-header-files --no-man-pages --output "$runtime"

args=(--type dmg --name Knotwork --app-version "${version:-0.1.0}" --vendor Knotwork
  --description "Practice manager for a massage therapist" --copyright Knotwork
  --icon installer/macos/knotwork.icns
  --input "$input" --main-jar knotwork.jar --main-class org.knotwork.cli.Launcher
  --runtime-image "$runtime" --dest target/installer
  --mac-package-identifier org.knotwork.app --mac-package-name Knotwork
  --mac-app-category public.app-category.medical)
# Heap settings shared by every installer (see docs/performance.md).
heap=()
while read -r option; do heap+=("$option"); done < installer/heap.options
for option in "${heap[@]}"; do args+=(--java-options "$option"); done
# A second launcher for the commands (Knotwork.app/Contents/MacOS/knotwork-cli demo ...); without
# arguments it prints its help instead of opening the app.
printf 'java-options=%s\narguments=--help\n' "${heap[*]}" >target/knotwork-cli.properties
args+=(--add-launcher knotwork-cli=target/knotwork-cli.properties)
if [ -n "${KNOTWORK_SIGN_IDENTITY:-}" ]; then
  args+=(--mac-sign --mac-signing-key-user-name "$KNOTWORK_SIGN_IDENTITY")
fi
jpackage "${args[@]}"
echo "Built $(ls target/installer/Knotwork-*.dmg)"
