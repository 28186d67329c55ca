#!/bin/sh
# make dist: freeze the app, self-test the frozen build, package it, and
# print the figures the budgets are about. $1 is the virtualenv's bin folder.
set -eu
BIN=$1
cd "$(dirname "$0")/.."
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' viewer/__init__.py)
start=$(date +%s)

# The search index ships built, so the first start searches at once; its
# own data folder keeps the build from touching the packager's settings.
rm -rf build/index build/index-data
"$BIN/python" -m viewer --data-dir build/index-data index --out build >/dev/null
# The icon's PNG sizes for the .deb (and its .ico and .icns for the others).
rm -rf build/icons
"$BIN/python" packaging/icons.py build/icons
"$BIN/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/diptych.spec

echo "Frozen self-test:"
QT_QPA_PLATFORM=offscreen dist/diptych/diptych --self-test
echo "Frozen portable copy, every file it writes; every file's copyright paragraph:"
DIPTYCH_FROZEN=dist/diptych QT_QPA_PLATFORM=offscreen "$BIN/python" -m pytest -q \
    -p no:cacheprovider tests/test_portable.py tests/test_packaging.py -k frozen
"$BIN/python" -m tests.bench.frozen_startup dist/diptych/diptych

packaging/package.sh "$VERSION"
packaging/deb.sh "$VERSION"
command -v lintian >/dev/null && lintian dist/diptych_"$VERSION"_amd64.deb || true
end=$(date +%s)

echo "Build time: $((end - start)) s"
echo "Unpacked bundle: $(du -sm dist/diptych | cut -f1) MB"
for package in dist/diptych-"$VERSION"-linux-x86_64.tar.gz dist/diptych_"$VERSION"_amd64.deb; do
    [ -f "$package" ] && echo "$(basename "$package"): $(du -m "$package" | cut -f1) MB"
done
exit 0
