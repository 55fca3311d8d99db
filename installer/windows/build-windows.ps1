# Builds the Windows installer (target\installer\Knotwork-<version>.msi) on a Windows machine.
#
# Needs: JDK 17 (with jpackage) on PATH, Maven 3.8+, and WiX Toolset 3.11 or 3.14 (candle.exe and
# light.exe on PATH; jpackage 17 does not work with WiX 4 or later).
#   PS> mvn -B package -DskipTests
#   PS> powershell -ExecutionPolicy Bypass -File installer\windows\build-windows.ps1
#
# Maven resolves the JavaFX jars for Windows (classifier "win") on its own. The runtime is made by
# jlink from the JDK plus those jars; the application stays on the class path behind its plain
# launcher class, exactly as on Linux.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

if (-not (Test-Path target\knotwork.jar)) { throw "target\knotwork.jar is missing: run 'mvn package -DskipTests' first." }
foreach ($tool in "jlink", "jpackage", "candle", "light") {
  if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) { throw "$tool was not found on PATH (see the top of this script)." }
}

$pom = [xml](Get-Content pom.xml)
$version = ($pom.project.version -replace "-SNAPSHOT", "")
$input = "target\installer-input"
$runtime = "target\runtime"
Remove-Item -Recurse -Force $input, $runtime -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force $input, "target\installer" | Out-Null
Copy-Item target\knotwork.jar $input
Copy-Item -Recurse target\lib "$input\lib"
Remove-Item "$input\lib\javafx-*.jar"

$fx = (Get-ChildItem target\lib\javafx-*-win.jar | ForEach-Object { $_.FullName }) -join ";"
jlink --module-path $fx `
  --add-modules java.sql,java.naming,java.desktop,java.logging,java.management,java.xml,java.scripting,jdk.unsupported,jdk.crypto.ec,jdk.localedata,javafx.controls `
  --include-locales en,de,fr,es,it,nl,pl `
  --strip-debug --no-header-files --no-man-pages --output $runtime
if ($LASTEXITCODE -ne 0) { throw "jlink failed" }

# Heap settings shared by every installer (see docs/performance.md).
$heapOptions = @(Get-Content installer\heap.options)
$heap = @()
$heapOptions | ForEach-Object { $heap += @('--java-options', $_) }
# Knotwork.exe is a windowed program, so Windows shows nothing it prints. The commands (demo,
# backup, restore, export) get a console launcher of their own, knotwork-cli.exe, which prints
# its help when started without arguments. jpackage 17 would give it a desktop shortcut and a
# Start-menu entry of its own (it ignores win-shortcut and win-menu for added launchers; jpackage
# 18 and later honour them), so it is only added when jpackage is 18 or later: set
# KNOTWORK_JPACKAGE to the jpackage.exe of a newer JDK. The runtime image stays the one jlink made
# from JDK 17 above.
$jpackage = if ($env:KNOTWORK_JPACKAGE) { $env:KNOTWORK_JPACKAGE } else { "jpackage" }
$cliLauncher = @()
$jpackageMajor = [int]((& $jpackage --version).Trim() -split '\.')[0]
if ($jpackageMajor -ge 18) {
  $cli = "target\knotwork-cli.properties"
  Set-Content -Encoding ASCII $cli @(
    "java-options=$($heapOptions -join ' ')",
    "arguments=--help",
    "win-console=true",
    "win-shortcut=false",
    "win-menu=false")
  $cliLauncher = @('--add-launcher', "knotwork-cli=$cli")
} else {
  Write-Warning "jpackage $jpackageMajor cannot add knotwork-cli.exe without shortcuts; building without it (set KNOTWORK_JPACKAGE to the jpackage.exe of JDK 18 or later to include it)."
}
# The upgrade code must never change: it lets a new version replace the old one in place.
& $jpackage --type msi --name Knotwork --app-version $version --vendor Knotwork `
  --description "Practice manager for a massage therapist" --copyright Knotwork `
  --icon installer\windows\knotwork.ico `
  --input $input --main-jar knotwork.jar --main-class org.knotwork.cli.Launcher `
  --runtime-image $runtime --dest target\installer @heap @cliLauncher `
  --win-menu --win-menu-group Knotwork --win-shortcut --win-dir-chooser --win-per-user-install `
  --win-upgrade-uuid 6f3c2a0e-4b1d-4c57-9a8e-2d7f0b9e5c41
if ($LASTEXITCODE -ne 0) { throw "jpackage failed" }
Write-Host "Built target\installer\Knotwork-$version.msi"
