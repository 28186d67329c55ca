#!/bin/sh
# The portable tarball from dist/diptych, with our licence and the list of
# what it carries under which terms; $1 is the version.
set -eu
VERSION=$1
cd "$(dirname "$0")/../dist"
stage=diptych-$VERSION
rm -rf "$stage"
cp -a diptych "$stage"
touch "$stage/portable"  # user data stays beside the program, on the stick
cp ../LICENSE "$stage/LICENSE"
cp ../packaging/copyright "$stage/COPYRIGHT"  # what else it carries, and under which terms
tar -czf "diptych-$VERSION-linux-x86_64.tar.gz" "$stage"
rm -rf "$stage"
