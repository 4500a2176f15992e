#!/bin/bash
# Builds the macOS packages of Orgwright into target/packaging/ (on a Mac: jpackage does not
# cross-build; an Apple-silicon Mac builds for arm64, an Intel Mac for x86_64):
#   image/Orgwright.app               the application bundle
#   Orgwright-<version>.dmg           the disk image to drag the application from
# Each bundles a trimmed Java runtime and an AOT cache for a fast start (docs/decisions/0010).
#
#   packaging/build-macos.sh          (-o builds with Maven offline)
#
# Needs: a JDK 25 or newer (PACKAGING_JDK, default: the newest Temurin in
# /Library/Java/JavaVirtualMachines), Maven, Xcode command line tools (jpackage uses hdiutil and
# codesign). The training run opens the window for a moment: run it in a logged-in session.
# Signing and notarisation: set MAC_SIGNING_IDENTITY ("Developer ID Application: ..."); the
# bundle is signed after the AOT cache is added (signing first would be broken by it), then
# notarise the .dmg with `xcrun notarytool submit --wait` and `xcrun stapler staple`.
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/common.sh
find_jdk
stage_input ${1:+"$1"}
link_runtime
# macos/resources/Info.plist declares the chart type (a UTI conforming to public.json, with the
# two-part extension) and the documents the app opens, which --file-associations cannot say.
make_app_image --icon assets/icon/orgwright.icns --mac-package-identifier dev.orgwright \
  --mac-package-name Orgwright --resource-dir packaging/macos/resources
app=$out/image/Orgwright.app
# jpackage fills the Info.plist of the resource dir in; check that it kept the chart type.
grep -q '<string>dev.orgwright.chart</string>' "$app/Contents/Info.plist" \
  || { echo "The app's Info.plist does not declare the chart type; see packaging/macos/resources." >&2; exit 1; }
if grep -q DEPLOY_ "$app/Contents/Info.plist"; then
  echo "jpackage left placeholders in the app's Info.plist." >&2; exit 1
fi
train_aot_cache "$app/Contents/MacOS/Orgwright" "$app/Contents/app/Orgwright.cfg"

sign=()
if [[ -n ${MAC_SIGNING_IDENTITY:-} ]]; then
  sign=(--mac-sign --mac-signing-key-user-name "$MAC_SIGNING_IDENTITY")
  "$jdk/bin/jpackage" --type app-image --app-image "$app" "${sign[@]}"
fi
"$jdk/bin/jpackage" --type dmg "${common_options[@]}" --dest "$out" --app-image "$app" \
  --license-file LICENSE --mac-package-identifier dev.orgwright "${sign[@]}"
ls -l "$out"/*.dmg
