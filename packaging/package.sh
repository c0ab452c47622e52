#!/usr/bin/env bash
# Builds Goalbook's own Java runtime (jlink), the app image (jpackage) and an installer, with the JDK's own tools.
# Called by `mvn -Ppackage package` once target/goalbook.jar and target/lib/ exist; see packaging/README.md.
#
# usage: package.sh VERSION [INSTALLER]
#   INSTALLER: deb (default), rpm (needs rpmbuild), none (the app image only). Linux only: macOS and Windows
#   build with the jpackage commands in packaging/README.md.
# Needs JAVA_HOME (Maven passes its own) with jdeps, jlink, jpackage and jmods/. Output, in target/package/:
#   runtime/   the jlinked runtime      image/goalbook/   the app image      installer/   the .deb (or .rpm, .dmg)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
target=$(dirname "$here")/target
version=${1:?version missing}
installer=${2:-deb}
jdk=${JAVA_HOME:?JAVA_HOME is not set}
out=$target/package

for tool in jdeps jlink jpackage; do
  [[ -x $jdk/bin/$tool ]] || { echo "package.sh: $jdk/bin/$tool is missing: a full JDK 17 is needed" >&2; exit 2; }
done
# Debian and Ubuntu ship jmods in openjdk-17-jdk-headless; some JDK builds leave them out.
[[ -f $jdk/jmods/java.base.jmod ]] || {
  echo "package.sh: $jdk/jmods is missing: jlink needs the JDK's jmods (Debian: apt-get install openjdk-17-jdk-headless)" >&2
  exit 2
}
[[ -f $target/goalbook.jar && -d $target/lib ]] || { echo "package.sh: run mvn package first" >&2; exit 2; }

[[ $(uname -s) == Linux ]] || { echo "package.sh: builds on Linux; see packaging/README.md for macOS and Windows" >&2; exit 2; }
icon=$here/icons/goalbook-256.png

rm -rf "$out"
mkdir -p "$out/input"
cp "$target/goalbook.jar" "$out/input/"
cp -r "$target/lib" "$out/input/lib"
# JavaFX's native libraries stand unpacked beside its jars (pom.xml), where it loads them from; the copies inside the
# jars would only double their size in the image (WebKit's is 112 MB). Without zip the image is just larger.
if command -v zip >/dev/null; then
  for jar in "$out"/input/lib/javafx-*-linux.jar; do zip -q -d "$jar" '*.so' >/dev/null || true; done
fi

# Only the JDK modules Goalbook's classes and libraries use. jdeps cannot see providers found at run time:
# jdk.crypto.ec (elliptic-curve TLS, for any HTTPS a library makes).
modules=$("$jdk/bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
  --class-path "$out/input/lib/*" "$out/input/goalbook.jar" "$out"/input/lib/*.jar 2>/dev/null | tail -1)
modules=$modules,jdk.crypto.ec
echo "package.sh: runtime modules $modules"
# --generate-cds-archive: the JDK's class-data archive for the runtime's own classes (a JDK has one, a jlinked
# runtime only with this), which also lets the launcher add Goalbook's classes on top (AppCDS). bin/java stays.
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
  --compress=2 --output "$out/runtime"

# JavaFX stays on the class path, as with java -jar: Maven Central has its jars, not its jmods.
"$jdk/bin/jpackage" --type app-image --dest "$out/image" --name goalbook --app-version "$version" \
  --description "A notebook for yearly learning goals" --vendor Goalbook \
  --input "$out/input" --main-jar goalbook.jar --main-class org.goalbook.app.Main \
  --runtime-image "$out/runtime" --icon "$icon"
# bin/goalbook becomes a shell launcher that adds an AppCDS archive in the user's cache (JDK 17's launcher cannot).
sed "s/@VERSION@/$version/" "$here/linux/goalbook-launcher.sh" >"$out/image/goalbook/bin/goalbook"
# Every size, for the icon theme (the .deb's postinst installs them).
mkdir -p "$out/image/goalbook/lib/icons"
cp "$here"/icons/goalbook-*.png "$out/image/goalbook/lib/icons/"
echo "package.sh: app image $out/image/goalbook ($(du -sh "$out/image/goalbook" | cut -f1))"

[[ $installer == none ]] && exit 0
# The package needs GTK 3 for the window; the rest of its dependencies jpackage finds in the runtime's libraries.
case $installer in
  deb) gtk=(--linux-deb-maintainer "goalbook@example.org" --linux-package-deps "libgtk-3-0 | libgtk-3-0t64") ;;
  rpm) gtk=(--linux-package-deps gtk3) ;;
  *) echo "package.sh: unknown installer type $installer (deb, rpm or none)" >&2; exit 2 ;;
esac
# gzip: xz took 8 minutes on two busy cores for 4% less (the jars inside are compressed already).
DPKG_DEB_COMPRESSOR_TYPE=gzip "$jdk/bin/jpackage" --type "$installer" --dest "$out/installer" \
  --app-image "$out/image/goalbook" --name goalbook --app-version "$version" \
  --description "A notebook for yearly learning goals" --vendor Goalbook --icon "$icon" \
  --file-associations "$here/goalbook.properties" --resource-dir "$here/linux" \
  --linux-shortcut --linux-menu-group "Office;Education;" --linux-app-category misc "${gtk[@]}"
echo "package.sh: installer $(ls "$out/installer"/*) ($(du -sh "$out/installer" | cut -f1))"
