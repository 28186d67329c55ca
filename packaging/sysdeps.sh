#!/usr/bin/env bash
# Check for (or, as root, install) the Debian packages Diptych needs.
#   sysdeps.sh check|install test|run
# "test": Qt offscreen and poppler (pdftotext: the PDF checks, and importing
# a PDF); "run": also Qt's xcb platform and Xvfb.
set -euo pipefail

action=${1:?usage: sysdeps.sh check|install test|run}
purpose=${2:?usage: sysdeps.sh check|install test|run}

offscreen="libglib2.0-0 libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libxkbcommon0 poppler-utils"
xcb="xvfb libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1"

case $purpose in
  test) wanted=$offscreen ;;
  run) wanted="$offscreen $xcb" ;;
  *) echo "unknown purpose: $purpose" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null; then
  echo "sysdeps: not a Debian system; make sure Qt's libraries and poppler-utils are installed." >&2
  exit 0
fi

missing=()
for package in $wanted; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
  [ "$status" = installed ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$action" = install ] && [ "$(id -u)" = 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=300 update -qq
  apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}"
  exit 0
fi
echo "Diptych needs these Debian packages. Install them with:" >&2
echo "  sudo apt-get install ${missing[*]}" >&2
exit 1
