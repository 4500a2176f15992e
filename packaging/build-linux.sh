#!/bin/bash
# Builds the Linux packages of Orgwright into target/packaging/:
#   image/Orgwright/                  an application image: runs in place, bin/Orgwright
#   orgwright_<version>_amd64.deb     installs into /opt/orgwright, with a menu entry, the
#                                     chart file type (*.orgchart.json) and `orgwright` on the PATH
# Each bundles a trimmed Java runtime and an AOT cache for a fast start (docs/decisions/0010).
#
#   packaging/build-linux.sh          (from anywhere; -o builds with Maven offline)
#
# Needs: a JDK 25 or newer for jlink and jpackage (PACKAGING_JDK, default: the newest Temurin in
# /usr/lib/jvm); Maven; xvfb-run and GTK 3 for the training run (Debian: xvfb libgtk-3-0);
# fakeroot and dpkg-deb for the .deb. The program itself is compiled for Java 17.
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/common.sh
for tool in xvfb-run fakeroot dpkg-deb; do
  command -v $tool >/dev/null || { echo "$tool is missing (Debian: apt-get install xvfb libgtk-3-0 fakeroot dpkg-dev)." >&2; exit 2; }
done
find_jdk
stage_input ${1:+"$1"}
link_runtime
make_app_image --icon assets/icon/orgwright-256.png
app=$out/image/Orgwright
train_aot_cache "$app/bin/Orgwright" "$app/lib/app/Orgwright.cfg" xvfb-run -a -s '-screen 0 1600x1000x24'

# resources/Orgwright.desktop replaces jpackage's menu entry, whose Exec line passes no file
# (no %F), so that double-clicking a chart would only open the sample. The icon is given again:
# from an app image, jpackage would otherwise put its default icon in the menu.
"$jdk/bin/jpackage" --type deb "${common_options[@]}" --dest "$out" --app-image "$app" \
  --linux-package-name orgwright --linux-app-category editors --linux-menu-group Office \
  --linux-shortcut --license-file LICENSE --icon assets/icon/orgwright-256.png \
  --resource-dir packaging/linux/resources \
  --file-associations packaging/linux/orgwright-chart.properties

# jpackage copies the image into the package with new timestamps, and the AOT cache, which
# checks the timestamps of the jars it was made from, would then be ignored. So the package is
# repacked with the image's timestamps.
deb=$(ls "$out"/orgwright_*_amd64.deb)
rm -rf "$out/deb-root"
dpkg-deb -R "$deb" "$out/deb-root"
(cd "$app" && find . -type f -print0) | while IFS= read -r -d '' f; do
  touch -r "$app/$f" "$out/deb-root/opt/orgwright/$f"
done
# The menu icon: with --app-image, jpackage installs its default icon (Duke, 32 x 32) as
# lib/Orgwright.png, which the menu entry and the hicolor theme then show. Orgwright's own.
cp assets/icon/orgwright-256.png "$out/deb-root/opt/orgwright/lib/Orgwright.png"
# The chart type's icon is installed into the hicolor theme's "mimetypes" context; the prerm
# jpackage writes uninstalls it without that context, so it would stay after apt remove.
sed -i '/xdg-icon-resource uninstall application-x-/{/--context/!s/xdg-icon-resource uninstall/xdg-icon-resource uninstall --context mimetypes/}' \
  "$out/deb-root/DEBIAN/prerm"
grep -q 'uninstall --context mimetypes' "$out/deb-root/DEBIAN/prerm" \
  || { echo "The prerm no longer uninstalls the chart type's icon as expected; check it." >&2; exit 1; }
# The command line on the PATH: /usr/bin/orgwright, a link the package owns (removed with it).
mkdir -p "$out/deb-root/usr/bin"
ln -s /opt/orgwright/bin/Orgwright "$out/deb-root/usr/bin/orgwright"
fakeroot dpkg-deb -b "$out/deb-root" "$deb" >/dev/null
rm -rf "$out/deb-root"

ls -l "$deb"
du -sh "$app"
