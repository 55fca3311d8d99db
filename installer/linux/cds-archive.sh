#!/bin/sh
# Builds Knotwork's class-data-sharing archive inside an installed app image:
#   cds-archive.sh /opt/knotwork
# The JVM maps the archive's pre-parsed classes instead of loading them from the jars, which
# takes about a third off the start. The archive is only valid for the image at this path (the
# JVM checks the class path), so it is built where the app is installed: by the .deb's postinst,
# and by jpackage.sh for the image it leaves in target/installer. The class list comes from a
# training run of the app (see docs/performance.md). Without an archive Knotwork starts as usual.
set -e
image="$1"
app="$image/lib/app"
java="$image/lib/runtime/bin/java"
[ -x "$java" ] && [ -f "$app/knotwork.classlist" ] || { echo "cds-archive.sh: not an app image: $image" >&2; exit 1; }
# The class path exactly as the launcher builds it from its configuration file.
cp=$(sed -n 's/^app\.classpath=//p' "$app/Knotwork.cfg" | sed "s|\$APPDIR|$app|g" | paste -sd: -)
rm -f "$app/knotwork.jsa"
"$java" -Xshare:dump -XX:SharedClassListFile="$app/knotwork.classlist" \
  -XX:SharedArchiveFile="$app/knotwork.jsa" -Xmx1g -cp "$cp" >"$app/knotwork.jsa.log" 2>&1 ||
  { echo "cds-archive.sh: no archive (Knotwork starts without it); see $app/knotwork.jsa.log" >&2; rm -f "$app/knotwork.jsa"; exit 1; }
echo "Built $app/knotwork.jsa"
