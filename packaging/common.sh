# Shared steps of the package builds; sourced by build-linux.sh, build-macos.sh and
# build-windows.sh, run from the project root. Each step says why it is there.

out=target/packaging
common_options=(--name Orgwright --vendor Orgwright
  --description "Org-chart designer that knows the tiers of management"
  --copyright "Copyright the Orgwright authors, Apache License 2.0")

# The JDK whose jlink and jpackage build the package: PACKAGING_JDK, else the newest Temurin
# found in the usual places. It must be 25 or newer for the AOT cache (docs/decisions/0010).
find_jdk() {
  jdk=${PACKAGING_JDK:-}
  if [[ -z $jdk ]]; then
    jdk=$(ls -d /usr/lib/jvm/temurin-*-jdk* /Library/Java/JavaVirtualMachines/temurin-*/Contents/Home \
      "/c/Program Files/Eclipse Adoptium/jdk-"* 2>/dev/null | sort -V | tail -1 || true)
  fi
  [[ -n $jdk ]] && { [[ -x $jdk/bin/jpackage ]] || [[ -x $jdk/bin/jpackage.exe ]]; } \
    || { echo "No JDK with jpackage found: set PACKAGING_JDK to a JDK 25 or newer." >&2; exit 2; }
  local feature
  feature=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p' | tr -d '\r')
  (( feature >= 25 )) || { echo "$jdk is Java $feature; the AOT cache needs Java 25 or newer (PACKAGING_JDK)." >&2; exit 2; }
  # jpackage takes numbers only: 1.1.0-SNAPSHOT is packaged as 1.1.0.
  version=$(pom_version)
  check_app_version "${version%%-*}" || exit 2
  common_options+=(--app-version "${version%%-*}")
  echo "Building Orgwright $version with $jdk"
}

# The project's version, as the pom states it.
pom_version() {
  sed -n '0,/<artifactId>orgwright<\/artifactId>/d; s/.*<version>\(.*\)<\/version>.*/\1/p' pom.xml | head -1
}

# Whether the jpackage of every platform takes VERSION, checked before any build so that a
# version one platform refuses is found on any of them: macOS wants one to three numbers, the
# first at least 1 (it refuses 0.x); Windows wants at most four, the first two up to 255 and the
# third up to 65535; Debian a version that starts with a digit.
check_app_version() {   # check_app_version VERSION
  local v=$1 major minor build
  if [[ ! $v =~ ^[0-9]+(\.[0-9]+){0,2}$ ]]; then
    echo "The version '$v' is not one to three numbers (like 1.2.0); macOS packages need that." >&2
    return 1
  fi
  IFS=. read -r major minor build <<< "$v"
  if (( 10#$major < 1 )); then
    echo "macOS refuses the version '$v': its first number must be 1 or more. Set the pom's version to 1.0.0 or later." >&2
    return 1
  fi
  if (( 10#$major > 255 || 10#${minor:-0} > 255 || 10#${build:-0} > 65535 )); then
    echo "Windows refuses the version '$v': the first two numbers go up to 255, the third up to 65535." >&2
    return 1
  fi
}

# The jar, its libraries, and JavaFX's native libraries unpacked beside them: JavaFX loads them
# from beside its jar when they are there; otherwise it unpacks them into ~/.openjfx on every
# new version, which costs start-up time and needs a writable home folder.
stage_input() {   # stage_input MAVEN_FLAGS...
  mvn -q -DskipTests "$@" package
  rm -rf "$out"
  mkdir -p "$out/input/lib"
  cp target/orgwright.jar "$out/input/"
  cp target/lib/*.jar "$out/input/lib/"
  (cd "$out/input/lib" && for jar in javafx-graphics-*-*.jar; do
     unzip -q -o "$jar" '*.so' '*.dylib' '*.dll' 2>/dev/null || true
   done)
}

# A runtime with only the modules jdeps finds in the jars (JavaFX stays on the class path).
# The jars are read as of their base version: POI's jar has a module-info for Java 9 and later,
# and read so, jdeps stops at the module it requires (com.zaxxer.sparsebitset), which is only an
# automatic module on the class path.
# The stemmers' jar (lucene-analysis-common) is read on the class path only: as a jar to
# analyse, jdeps takes it for the module it declares, which requires lucene-core, left out of
# the build (only its Snowball stemmers are used, which need java.base alone), and stops.
link_runtime() {
  local modules jars=()
  for jar in "$out/input"/lib/*.jar; do
    [[ $(basename "$jar") == lucene-analysis-common-* ]] || jars+=("$jar")
  done
  modules=$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release base \
    --class-path "$out/input/lib/*" "$out/input/orgwright.jar" "${jars[@]}" 2>/dev/null | tail -1 | tr -d '\r')
  [[ $modules =~ ^java\.base(,[a-z.]+)*$ ]] || { echo "jdeps did not list the modules: $modules" >&2; exit 1; }
  echo "Runtime modules: $modules"
  "$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
    --strip-native-commands --output "$out/runtime"
}

# The application image. JavaFX 21 on Java 25 loads native code and uses sun.misc.Unsafe; both
# are allowed here, so that no warning greets the user.
make_app_image() {   # make_app_image EXTRA_JPACKAGE_OPTIONS...
  "$jdk/bin/jpackage" --type app-image "${common_options[@]}" --dest "$out/image" \
    --input "$out/input" --main-jar orgwright.jar --main-class dev.orgwright.app.Launcher \
    --runtime-image "$out/runtime" \
    --java-options '--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow' "$@"
}

# A chart of TRAINING_POSITIONS positions (default 100,000) to train the AOT cache on, made by
# the program itself from a spreadsheet written here: eight reports to each manager, titles from
# which the import reads the tiers, a department per branch. Nothing of the test classes is needed.
make_training_chart() {   # make_training_chart LAUNCHER CHART
  local launcher=$1 chart=$2 csv="$out/training.csv"
  awk -v n="${TRAINING_POSITIONS:-100000}" 'BEGIN {
    split("Chief Executive Officer,Vice President,Director,Head of Department,Manager,Team Lead,Specialist", titles, ",")
    split("Finance,Operations,Sales,Engineering,Marketing,People,Legal,Research", departments, ",")
    print "id,manager,name,title,department"
    for (i = 1; i <= n; i++) {
      parent = i == 1 ? "" : "p" int((i - 2) / 8) + 1
      depth = 0; for (j = i; j > 1; j = int((j - 2) / 8) + 1) depth++
      for (j = i; j > 9; j = int((j - 2) / 8) + 1) ; branch = j == 1 ? 1 : j - 1
      title = titles[depth + 1 > 7 ? 7 : depth + 1]
      printf "p%d,%s,Person %d,%s,%s\n", i, parent, i, title, departments[branch]
    }
  }' > "$csv"
  "$launcher" import "$csv" --out "$chart" --id-column id --manager-column manager \
    --name-column name --title-column title --department-column department >/dev/null
  [[ -s $chart ]] || { echo "The training chart was not written." >&2; exit 1; }
}

# AOT cache (JEP 483/515): a training run records which classes the first frame loads and
# links, and how the code ran; the cache made from that record is mapped by the launcher at
# every start. The JVM options must be the same in training as in use; a cache that does not
# fit is ignored, never an error. RUN_PREFIX is what a window needs to show (xvfb-run on a
# Linux server). The training run opens a large chart (make_training_chart): its window shows
# the built-in sample first, so the sample's start is trained too, and opening a large chart
# then takes about 15 % less CPU than with a cache trained on the sample alone (docs/startup.md).
train_aot_cache() {   # train_aot_cache LAUNCHER CFG_FILE [RUN_PREFIX...]
  local launcher=$1 cfg=$2 cache chart="$out/training.orgchart.json"
  shift 2
  cache="$(dirname "$cfg")/orgwright.aot"
  echo "Making the training chart"
  make_training_chart "$launcher" "$chart"
  echo "Training run for the AOT cache"
  JAVA_TOOL_OPTIONS="-XX:AOTMode=record -XX:AOTConfiguration=$out/orgwright.aotconf" \
    "$@" "$launcher" "$chart" --exit-after-first-frame 2>&1 | grep -v '^Picked up\|warning.*Skipping'
  JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$out/orgwright.aotconf -XX:AOTCache=$cache" \
    "$launcher" 2>&1 | grep -v '^Picked up\|warning.*Skipping' || true
  [[ -s $cache ]] || { echo "The AOT cache was not written." >&2; exit 1; }
  echo 'java-options=-XX:AOTCache=$APPDIR/orgwright.aot' >> "$cfg"
  # The JVM reports on the cache (a cache that no longer fits, code it could not link) on
  # standard output, which would mix into the command line's results.
  echo 'java-options=-Xlog:aot*=off' >> "$cfg"
}
