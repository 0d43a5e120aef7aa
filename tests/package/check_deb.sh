#!/bin/sh
# Builds the .deb from a finished build tree and checks that it carries what an installed
# gmedesk needs: both binaries, the desktop entry, icons, translations, migrations and licence.
set -eu
build_dir=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$out" >/dev/null
deb=$(ls "$out"/*.deb)
listing=$(dpkg-deb -c "$deb")
status=0
for path in ./usr/bin/gmedesk ./usr/bin/gmedesk-cli ./usr/share/applications/gmedesk.desktop \
            ./usr/share/icons/hicolor/256x256/apps/gmedesk.png ./usr/share/icons/hicolor/scalable/apps/gmedesk.svg \
            ./usr/share/gmedesk/translations/gmedesk_zh_CN.qm ./usr/share/gmedesk/sql/sqlite/001_foundation.sql \
            ./usr/share/doc/gmedesk/copyright; do
  if ! printf '%s\n' "$listing" | grep -q " $path\$"; then
    echo "missing from the package: $path"
    status=1
  fi
done
depends=$(dpkg-deb -f "$deb" Depends)
case "$depends" in
  *libqt6sql6-sqlite*) ;;
  *) echo "Depends lacks the SQLite driver: $depends"; status=1 ;;
esac
[ $status -eq 0 ] && echo "package $(basename "$deb") holds every expected file"
exit $status
