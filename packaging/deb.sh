#!/bin/sh
# dist/diptych_VERSION_amd64.deb from dist/diptych: the bundle under
# /opt/diptych, a /usr/bin/diptych link, a menu entry and its icon (the PNG
# sizes from build/icons, written by icons.py). $1 is the version.
set -eu
VERSION=$1
cd "$(dirname "$0")"
here=$PWD
cd ../dist
root=deb-root
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
    "$root/usr/share/doc/diptych"
cp -a diptych "$root/opt/diptych"
# Only the program runs; libraries and data need no execute bit.
find "$root/opt/diptych" -type f -exec chmod 644 {} +
chmod 755 "$root/opt/diptych/diptych"
ln -s /opt/diptych/diptych "$root/usr/bin/diptych"
install -m 644 "$here/diptych.desktop" "$root/usr/share/applications/diptych.desktop"
icons=$root/usr/share/icons/hicolor
install -D -m 644 "$here/../resources/icons/diptych.svg" "$icons/scalable/apps/diptych.svg"
for size in 48 256; do
    install -D -m 644 "../build/icons/hicolor/${size}x${size}/apps/diptych.png" \
        "$icons/${size}x${size}/apps/diptych.png"
done
install -m 644 "$here/copyright" "$root/usr/share/doc/diptych/copyright"
mkdir -p "$root/usr/share/lintian/overrides"
install -m 644 "$here/lintian-overrides" "$root/usr/share/lintian/overrides/diptych"
printf 'diptych (%s) unstable; urgency=medium\n\n  * Release %s.\n\n -- Diptych <diptych@example.org>  %s\n' \
    "$VERSION" "$VERSION" "$(date -R)" | gzip -9n >"$root/usr/share/doc/diptych/changelog.gz"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
# Built on Debian 12: the bundle needs its glibc. The rest is what the bundle
# does not carry: GL/EGL and libxcb (found on a bare Debian 12 to be enough
# offscreen and, with the bundled xcb libraries, on a display) and fontconfig.
# poppler-utils gives pdftotext, which imports a PDF; the rest works without it.
cat >"$root/DEBIAN/control" <<CONTROL
Package: diptych
Version: $VERSION
Section: text
Priority: optional
Architecture: amd64
Maintainer: Diptych <diptych@example.org>
Installed-Size: $size
Depends: libc6 (>= 2.36), libgl1, libegl1, libxcb1, libfontconfig1
Recommends: poppler-utils
Description: Russian and English official texts side by side
 Diptych shows official Russian and English texts on counter-terrorism
 cooperation in Central Asia paragraph by paragraph, with full-text search
 in both languages. It works offline and ships its corpus and index.
CONTROL
dpkg-deb --root-owner-group -Zxz --build "$root" "diptych_${VERSION}_amd64.deb" >/dev/null
rm -rf "$root"
