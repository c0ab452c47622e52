#!/bin/sh
# Goalbook's launcher in the Linux app image (bin/goalbook), in place of jpackage's: JDK 17's launcher cannot name a
# file in the user's home, and an AppCDS archive of Goalbook's classes must live there. It starts the image's own
# runtime on the image's jars. The first window start of an installed copy writes the archive into the user's cache
# when the window closes; later starts map it. JDK 17 maps an archive only for the class path and jars it was made
# for, so each copy and build has its own; a missing, damaged or mismatched archive is ignored, silently.
set -eu
image=$(dirname "$(readlink -f "$0")")/..
app=$image/lib/app
classpath=$app/goalbook.jar
for jar in "$app"/lib/*.jar; do classpath=$classpath:$jar; done

# A window start: no arguments but the notebook. Commands load other classes and are quick anyway.
window=yes skip=
for arg in "$@"; do
  if [ -n "$skip" ]; then skip=; continue; fi
  case $arg in
    --notebook) skip=yes ;;
    --notebook=*|*.goalbook) ;;
    *) window= ;;
  esac
done

java=$image/lib/runtime/bin/java
quiet='-Xlog:cds*=off'
if [ -n "$window" ] && [ -n "${HOME:-}${XDG_CACHE_HOME:-}" ]; then
  cache=${XDG_CACHE_HOME:-$HOME/.cache}/goalbook
  key=$(printf '%s %s' "$app" "$(stat -c %Y "$app/goalbook.jar")" | cksum | cut -d ' ' -f 1)
  archive=$cache/goalbook-@VERSION@-$key.jsa
  if [ -f "$archive" ]; then
    exec "$java" -XX:SharedArchiveFile="$archive" -Xshare:auto "$quiet" -cp "$classpath" org.goalbook.app.Main "$@"
  elif mkdir -p "$cache" 2>/dev/null; then
    # Kept only from a start that ended well: a start refused (no display, a bad notebook) loads too little.
    code=0
    "$java" -XX:ArchiveClassesAtExit="$archive.$$" "$quiet" -cp "$classpath" org.goalbook.app.Main "$@" || code=$?
    if [ "$code" = 0 ] && [ -f "$archive.$$" ]; then mv -f "$archive.$$" "$archive"; else rm -f "$archive.$$"; fi
    exit "$code"
  fi
fi
exec "$java" "$quiet" -cp "$classpath" org.goalbook.app.Main "$@"
