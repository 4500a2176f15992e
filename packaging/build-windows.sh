#!/bin/bash
# Builds the Windows installer of Orgwright into target/packaging/ (on Windows, in Git Bash:
# jpackage does not cross-build):
#   image/Orgwright/                  the application folder (Orgwright.exe)
#   Orgwright-<version>.msi           the installer: Start menu entry, desktop shortcut, the
#                                     chart file type, a choice of folder, upgrades in place
# Each bundles a trimmed Java runtime and an AOT cache for a fast start (docs/decisions/0010).
#
#   packaging/build-windows.sh        (-o builds with Maven offline)
#
# Needs: a JDK 25 or newer (PACKAGING_JDK, default: the newest Temurin under
# C:\Program Files\Eclipse Adoptium), Maven, the WiX Toolset on the PATH (3.14, or 4/5 with
# its UI extension), Git Bash. The training run opens the window for a moment: run it in a
# logged-in session. Sign Orgwright.exe and the .msi with signtool for SmartScreen.
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/common.sh
find_jdk
stage_input ${1:+"$1"}
link_runtime
# A second launcher for the command line: Orgwright.exe is a GUI program, whose output Windows
# does not show in a console.
make_app_image --icon assets/icon/orgwright.ico --add-launcher Orgwright-cli=packaging/windows/cli-launcher.properties
app=$out/image/Orgwright
train_aot_cache "$app/Orgwright.exe" "$app/app/Orgwright.cfg"
# The console launcher has a .cfg of its own: it maps the same cache with the same options.
grep -e '-XX:AOTCache=' -e '-Xlog:aot' "$app/app/Orgwright.cfg" >> "$app/app/Orgwright-cli.cfg"

# The upgrade code stays the same for every version, so that a new .msi replaces the old one.
"$jdk/bin/jpackage" --type msi "${common_options[@]}" --dest "$out" --app-image "$app" \
  --license-file LICENSE --win-menu --win-menu-group Orgwright --win-shortcut --win-dir-chooser \
  --win-upgrade-uuid 6f1f2d0e-5d4b-4c53-9f57-6a0f2b8c7e41 \
  --file-associations packaging/windows/orgwright-chart.properties
ls -l "$out"/*.msi
