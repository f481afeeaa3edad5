#!/usr/bin/env bash
# Packages the built studio (application/target/sorastudio) with its own runtime:
#   application/src/package/package.sh app-image        the app image only (what the tests start)
#   application/src/package/package.sh app-image deb    and a Debian package (Linux); msi or exe on Windows, dmg on macOS
# Output in application/target/package/. SORASTUDIO_VERSION sets the installers' version (default: the pom's,
# without -SNAPSHOT). Prints one "RESULT app_image_mb=... <type>_mb=..." line with the sizes.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
STUDIO="$ROOT/application/target/sorastudio"
LAUNCHER_JAR=$(ls "$ROOT"/modules/launcher/target/launcher-*.jar 2>/dev/null | head -n 1)
ICONS="$ROOT/branding/src/main/icons"
OUT="$ROOT/application/target/package"
VERSION=${SORASTUDIO_VERSION:-$(basename "$LAUNCHER_JAR" .jar | sed 's/^launcher-//; s/-.*//')}
# What the studio's modules use (jdeps over every jar of the build), plus what they reach only at run time:
# TLS with elliptic curves, the simulator's HTTP server, RandomGenerator.getDefault() (the API client's
# retries), Unsafe, screen readers, zip file systems.
MODULES=java.base,java.compiler,java.datatransfer,java.desktop,java.instrument,java.logging,java.management,java.naming,\
java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.sql,java.xml,jdk.accessibility,jdk.charsets,\
jdk.crypto.ec,jdk.httpserver,jdk.management,jdk.net,jdk.random,jdk.unsupported,jdk.zipfs
# The launcher JVM only starts the platform's launcher: a small heap and a quick start are all it needs.
LAUNCHER_OPTIONS=(-Xmx32m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto)

say() { printf '%s\n' "$*" >&2; }

[ -x "$STUDIO/bin/sorastudio" ] || { say "Build the studio first (mvn install)."; exit 1; }
[ -n "$LAUNCHER_JAR" ] || { say "Build modules/launcher first (mvn install)."; exit 1; }
JDK=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
# Git Bash on Windows: a C:\ path from setup-java, which bash cannot run programs from.
if command -v cygpath >/dev/null 2>&1; then JDK=$(cygpath -u "$JDK"); fi
case "$(uname -s)" in
  Linux) OS=linux NAME=sorastudio ICON="$ICONS/sorastudio-256.png" ;;
  Darwin) OS=mac NAME="Sora Studio" ICON="$OUT/sorastudio.icns" ;;
  *) OS=windows NAME="Sora Studio" ICON="$ICONS/sorastudio.ico" ;;
esac
COMMON=(--name "$NAME" --app-version "$VERSION" --vendor "Sora Studio" --copyright "Sora Studio contributors, Apache License 2.0"
        --description "A desktop studio for OpenAI's Videos API")

runtime() {
  rm -rf "$OUT/runtime"
  "$JDK/bin/jlink" --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --compress=2 --output "$OUT/runtime"
}

# macOS wants an .icns; iconutil (macOS only) makes it from the committed PNGs.
mac_icon() {
  local set="$OUT/sorastudio.iconset"
  mkdir -p "$set"
  for size in 16 32 128 256 512; do cp "$ICONS/sorastudio-$size.png" "$set/icon_${size}x${size}.png"; done
  for size in 16 128 256; do cp "$ICONS/sorastudio-$((size * 2)).png" "$set/icon_${size}x${size}@2x.png"; done
  iconutil -c icns -o "$ICON" "$set"
}

# The folder jpackage calls $APPDIR: where the studio's own tree goes, beside the launcher's jar.
app_dir() {
  case "$OS" in
    linux) echo "$OUT/image/$NAME/lib/app" ;;
    mac) echo "$OUT/image/$NAME.app/Contents/app" ;;
    windows) echo "$OUT/image/$NAME/app" ;;
  esac
}

app_image() {
  rm -rf "$OUT/image" "$OUT/input"
  mkdir -p "$OUT/input"
  cp "$LAUNCHER_JAR" "$OUT/input/sorastudio-launcher.jar"
  local options=(--java-options "-Dsorastudio.home=\$APPDIR/studio")
  for option in "${LAUNCHER_OPTIONS[@]}"; do options+=(--java-options "$option"); done
  [ "$OS" != mac ] || options+=(--mac-package-identifier org.sorastudio.studio)
  "$JDK/bin/jpackage" --type app-image "${COMMON[@]}" --dest "$OUT/image" --runtime-image "$OUT/runtime" --icon "$ICON" \
    --input "$OUT/input" --main-jar sorastudio-launcher.jar --main-class org.sorastudio.launcher.StudioLauncher "${options[@]}"
  # The platform tree goes in after jpackage: given as --input, every module jar would land on the launcher's class path.
  local app
  app=$(app_dir)
  cp -R "$STUDIO" "$app/studio"
  # The zip serves every system; an image serves one.
  [ "$OS" = windows ] || rm -f "$app/studio/bin/"*.exe "$app/studio/platform/lib/"*.exe "$app/studio/platform/lib/"*.dll
  if [ "$OS" = mac ]; then
    # The platform's macOS launcher takes its Dock icon from here.
    cp "$ICON" "$app/sorastudio.icns"
    # The bundle changed after jpackage signed it: sign it again (ad hoc), or macOS calls it damaged.
    codesign --force --deep --sign - "$(image_path)"
  fi
}

installer() {
  local type=$1 extra=()
  case "$type" in
    # ffmpeg renders and probes clips; the resource folder holds the menu entry (sorastudio.desktop).
    deb) extra=(--linux-package-name sorastudio --linux-shortcut --linux-menu-group "AudioVideo;Video;"
                --linux-app-category video --linux-package-deps ffmpeg --linux-deb-maintainer sorastudio@users.noreply.github.com
                --resource-dir "$ROOT/application/src/package/linux") ;;
    msi|exe) extra=(--win-menu --win-menu-group "Sora Studio" --win-shortcut --win-dir-chooser
                    --win-upgrade-uuid 5b0c7f2e-3d0a-4b8e-9a51-2f6f0c5e7d41) ;;
  esac
  rm -rf "$OUT/$type"
  # ${extra[@]+...}: macOS's bash 3.2 calls an empty array unbound.
  "$JDK/bin/jpackage" --type "$type" "${COMMON[@]}" --dest "$OUT/$type" --app-image "$(image_path)" --icon "$ICON" ${extra[@]+"${extra[@]}"}
}

image_path() { if [ "$OS" = mac ]; then echo "$OUT/image/$NAME.app"; else echo "$OUT/image/$NAME"; fi; }

megabytes() { du -sk "$1" | awk '{printf "%.1f", $1 / 1024}'; }

mkdir -p "$OUT"
[ "$OS" != mac ] || mac_icon
runtime
result="RESULT"
for type in "$@"; do
  if [ "$type" = app-image ]; then
    app_image
    result="$result app_image_mb=$(megabytes "$(image_path)") runtime_mb=$(megabytes "$OUT/runtime")"
  else
    installer "$type"
    result="$result ${type}_mb=$(megabytes "$OUT/$type"/*)"
  fi
  say "Packaged $type in $OUT"
done
echo "$result"
