#!/bin/bash
# Builds the Linux packages of Orgwright into target/packaging/:
#   image/Orgwright/           an application image: runs in place, bin/Orgwright
#   orgwright_<version>_amd64.deb
# Each bundles a trimmed Java runtime (jlink, only the modules jdeps finds) and an AOT cache
# made by a training run that starts the window on the sample chart, so it starts fast.
#
#   packaging/build-linux.sh            (run from anywhere; add -o to build Maven offline)
#
# Needs: a JDK 25 or newer for jlink/jpackage (PACKAGING_JDK, default: the newest Temurin in
# /usr/lib/jvm), Maven, xvfb-run and GTK 3 for the training run (Debian: xvfb libgtk-3-0),
# fakeroot and dpkg-deb for the .deb. The program itself is compiled for Java 17.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn_flags=(-q -DskipTests)
[[ ${1:-} == -o ]] && mvn_flags+=(-o)

jdk=${PACKAGING_JDK:-$(ls -d /usr/lib/jvm/temurin-*-jdk* 2>/dev/null | sort -V | tail -1)}
[[ -x $jdk/bin/jpackage ]] || { echo "No JDK with jpackage found: set PACKAGING_JDK to a JDK 25 or newer." >&2; exit 2; }
feature=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')
(( feature >= 25 )) || { echo "$jdk is Java $feature; the AOT cache needs Java 25 or newer (PACKAGING_JDK)." >&2; exit 2; }
for tool in xvfb-run fakeroot dpkg-deb; do
  command -v $tool >/dev/null || { echo "$tool is missing (Debian: apt-get install xvfb libgtk-3-0 fakeroot dpkg-dev)." >&2; exit 2; }
done

version=$(sed -n '0,/<artifactId>orgwright<\/artifactId>/d; s/.*<version>\(.*\)<\/version>.*/\1/p' pom.xml | head -1)
numeric=${version%%-*}     # jpackage takes numbers only: 0.1.0-SNAPSHOT is packaged as 0.1.0
out=target/packaging
app=$out/image/Orgwright
echo "Building Orgwright $version with $jdk"

mvn "${mvn_flags[@]}" package
rm -rf "$out"
mkdir -p "$out/input/lib"
cp target/orgwright.jar "$out/input/"
cp target/lib/*.jar "$out/input/lib/"
# JavaFX loads its native libraries from beside its jar when they are there; otherwise it
# unpacks them into ~/.openjfx on every new version, which costs start-up time and needs a
# writable home folder.
(cd "$out/input/lib" && unzip -q -o javafx-graphics-*-linux.jar '*.so')

modules=$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
  --class-path "$out/input/lib/*" "$out/input/orgwright.jar" "$out/input"/lib/*.jar 2>/dev/null | tail -1)
echo "Runtime modules: $modules"
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --strip-native-commands --output "$out/runtime"

common=(--name Orgwright --app-version "$numeric" --vendor "Orgwright"
        --description "Org-chart designer that knows the tiers of management"
        --copyright "Copyright the Orgwright authors, Apache License 2.0")
"$jdk/bin/jpackage" --type app-image "${common[@]}" --dest "$out/image" \
  --input "$out/input" --main-jar orgwright.jar --main-class dev.orgwright.app.Launcher \
  --runtime-image "$out/runtime" --icon assets/icon/orgwright-256.png \
  --java-options '--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow'

# JavaFX 21 on Java 25 loads native code and uses sun.misc.Unsafe; both are allowed above, so
# that no warning greets the user.

# AOT cache (JEP 483/515): record which classes the first frame loads and links, then write them
# into a cache the launcher maps at start. The JVM options must be the same in training as in
# use; a cache that does not fit is ignored, never an error.
echo "Training run for the AOT cache"
JAVA_TOOL_OPTIONS="-XX:AOTMode=record -XX:AOTConfiguration=$out/orgwright.aotconf" \
  xvfb-run -a -s '-screen 0 1600x1000x24' "$app/bin/Orgwright" --exit-after-first-frame 2>&1 | grep -v '^Picked up'
JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$out/orgwright.aotconf -XX:AOTCache=$app/lib/app/orgwright.aot" \
  "$app/bin/Orgwright" 2>&1 | grep -v '^Picked up' | grep -iv 'warning\|skipping' || true
[[ -s $app/lib/app/orgwright.aot ]] || { echo "The AOT cache was not written." >&2; exit 1; }
echo 'java-options=-XX:AOTCache=$APPDIR/orgwright.aot' >> "$app/lib/app/Orgwright.cfg"

# resources/Orgwright.desktop replaces jpackage's menu entry, whose Exec line passes no file
# (no %F), so that double-clicking a chart would only open the sample.
"$jdk/bin/jpackage" --type deb "${common[@]}" --dest "$out" --app-image "$app" \
  --linux-package-name orgwright --linux-app-category editors --linux-menu-group Office \
  --linux-shortcut --license-file LICENSE --icon assets/icon/orgwright-256.png \
  --resource-dir packaging/linux/resources \
  --file-associations packaging/linux/orgwright-chart.properties

ls -l "$out"/*.deb
du -sh "$app"
