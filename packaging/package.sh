#!/bin/sh
# The portable tarball from dist/diptych; $1 is the version.
set -eu
VERSION=$1
cd "$(dirname "$0")/../dist"
stage=diptych-$VERSION
rm -rf "$stage"
cp -a diptych "$stage"
touch "$stage/portable"  # user data stays beside the program, on the stick
tar -czf "diptych-$VERSION-linux-x86_64.tar.gz" "$stage"
rm -rf "$stage"
