#!/usr/bin/env bash
# Builds the native installer of Yusuan Workbench with a Java runtime of its own, so that an
# accountant installs one package and needs no JDK and no Maven (issue 14).
#
#   installer/build-package.sh [deb|msi|dmg]     (default: the package of the machine's system)
#   mvn -B -Pinstaller package -DskipTests        (the same, after building target/yusuan.jar)
#
# Steps: target/yusuan.jar (built if missing) → jdeps lists the JDK modules it uses → jlink makes a
# runtime of only those (plus what jdeps cannot see, below) with its class-data archive → jpackage
# wraps runtime + jar into a package with the two launchers: `yusuan-workbench` (the window, menu
# entry 预算编制工作台) and `yusuan` (the command line). Output: target/installer/.
#
# A .deb can be built only on Linux, a .msi only on Windows (WiX 3 on the PATH), a .dmg only on
# macOS: jpackage does not cross-build. .github/workflows/installers.yml builds all three.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

case "$(uname -s)" in
    Linux) os=linux; type=${1:-deb} ;;
    Darwin) os=macos; type=${1:-dmg} ;;
    MINGW* | MSYS* | CYGWIN*) os=windows; type=${1:-msi} ;;
    *) echo "unknown system $(uname -s)" >&2; exit 2 ;;
esac

# One version for every package: the pom's (Maven passes it; standalone, read from pom.xml).
version=${YUSUAN_VERSION:-$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)}
# jpackage accepts only numbers (1.2.3); a development build's -SNAPSHOT is dropped.
app_version=${version%%-*}

jar=target/yusuan.jar
if [ ! -f "$jar" ]; then
    echo "+ mvn -B -q package -DskipTests"
    mvn -B -q package -DskipTests
fi
out=target/installer
rm -rf "$out"
mkdir -p "$out/input" "$out/work"
start=$(date +%s)

# 1. The JDK modules the program and its libraries use, as jdeps finds them in the jar …
modules=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps "$jar")
# … and those only reached by name at run time, which jdeps cannot see: the Chinese number, date
# and collation data (jdk.localedata; trimmed to zh and en below) and Ed25519, with which the
# bureau package is signed (in JDK 17 the SunEC provider is in jdk.crypto.ec, not java.base).
modules="$modules,jdk.localedata,jdk.crypto.ec"
echo "modules: $modules"

# 2. The runtime. --generate-cds-archive writes the JDK's own class-data archive into it (it is
# relative to the runtime, so it survives installation anywhere). Not --compress: the package is
# compressed anyway, and classes outside the archive load faster uncompressed. bin/java is kept:
# the .deb's postinst uses it to write the program's class archive (linux/make-class-archive.sh).
jlink --add-modules "$modules" --include-locales=en,zh --strip-debug --no-header-files \
    --no-man-pages --generate-cds-archive --output "$out/runtime"
java_bin="$out/runtime/bin/java"
[ "$os" = windows ] && java_bin="$out/runtime/bin/java.exe"

# 3. The application folder: the jar, and on Linux/macOS JavaFX's native libraries beside it,
# where JavaFX looks first for a jar on the class path — otherwise it extracts them from the jar
# into ~/.openjfx/cache on every first start. (On Windows it looks in ../bin, which jpackage's
# layout has not; there JavaFX keeps extracting them.)
cp "$jar" "$out/input/yusuan.jar"
if [ "$os" != windows ]; then
    natives=$(jar tf "$jar" | grep -E '^[^/]+\.(so|dylib)$' || true)
    # shellcheck disable=SC2086
    [ -n "$natives" ] && (cd "$out/input" && jar xf "$root/$jar" $natives)
fi

# 4. Linux: the classes both launchers load, recorded here by running the new runtime the way the
# tests run the program (which also proves the runtime lacks no module). The .deb's postinst turns
# the list into a class-data archive at the installed path: JDK 17 ties an archive to the jar's
# absolute path, so it cannot be made at package time (docs/performance.md, "Installed program").
if [ "$os" = linux ]; then
    t="$out/work"
    run() { "$java_bin" -XX:DumpLoadedClassList="$t/$1.classlist" -Dfile.encoding=UTF-8 -cp "$jar" "${@:2}"; }
    run sample org.yusuan.workbench.cli.YusuanCommand sample --db "$t/s.mv.db" >/dev/null
    run booklet org.yusuan.workbench.cli.YusuanCommand booklet --db "$t/s.mv.db" --out "$t/b.pdf" >/dev/null
    lists=("$t/sample.classlist" "$t/booklet.classlist")
    if command -v xvfb-run >/dev/null; then
        NO_AT_BRIDGE=1 xvfb-run -a -s "-screen 0 1366x768x24" "$java_bin" \
            -XX:DumpLoadedClassList="$t/window.classlist" -Dfile.encoding=UTF-8 -cp "$jar" \
            org.yusuan.workbench.app.WorkbenchLauncher "$t/s.mv.db" --self-check="$t/check.txt" >"$t/window.log" 2>&1
        grep -qx OK "$t/check.txt" || { echo "the workstation's self-check failed:"; cat "$t/window.log" "$t/check.txt"; exit 1; } >&2
        lists+=("$t/window.classlist")
    else
        echo "note: xvfb-run missing; the class archive holds the command line's classes only" >&2
    fi
    # First occurrence wins: the dumper resolves the list in order.
    awk '!seen[$0]++' "${lists[@]}" >"$out/input/yusuan.classlist"
    cp installer/linux/make-class-archive.sh "$out/input/"
fi

# macOS wants its icon as an .icns set, made here from the one PNG with the system's own tools.
if [ "$os" = macos ]; then
    set="$out/work/yusuan.iconset"
    mkdir -p "$set"
    for size in 16 32 128 256; do
        sips -z "$size" "$size" installer/yusuan.png --out "$set/icon_${size}x${size}.png" >/dev/null
        double=$((size * 2))
        sips -z "$double" "$double" installer/yusuan.png --out "$set/icon_${size}x${size}@2x.png" >/dev/null
    done
    iconutil -c icns "$set" -o "$out/work/yusuan.icns"
fi

# 5. The package. Options common to every system here; per system in installer/<os>/.
cli_options="-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -Xmn512m -Dfile.encoding=UTF-8"
window_options="-Dfile.encoding=UTF-8 -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
cds='-XX:SharedArchiveFile=$APPDIR/yusuan.jsa -Xshare:auto'
[ "$os" = linux ] && cli_options="$cli_options $cds" && window_options="$window_options $cds"
sed "s|@CLI_OPTIONS@|$cli_options|" "installer/$os/yusuan.properties" >"$out/work/yusuan.properties"

args=(--type "$type" --dest "$out" --name yusuan-workbench --app-version "$app_version"
    --vendor "Yusuan Workbench" --copyright "2026 the Yusuan Workbench authors, AGPL-3.0-or-later"
    --description "预算编制工作台 Yusuan Workbench: 部门预算编制 (department budgets)"
    --license-file LICENSE --runtime-image "$out/runtime" --input "$out/input"
    --main-jar yusuan.jar --main-class org.yusuan.workbench.app.WorkbenchLauncher
    --java-options "$window_options"
    --add-launcher "yusuan=$out/work/yusuan.properties"
    --resource-dir "installer/$os")
# The per-system options (icon, menu, upgrade code, file associations …), one per line, `#` for
# comments, relative paths from the checkout.
while IFS= read -r line; do
    case "$line" in '' | '#'*) ;; *) args+=("$line") ;; esac
done <"installer/$os/jpackage.options"

echo "+ jpackage ${args[*]}"
jpackage "${args[@]}"
echo "built in $(($(date +%s) - start)) s:"
ls -l "$out"/*."$type"
