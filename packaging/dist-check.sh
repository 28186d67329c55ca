#!/bin/sh
# make dist-check: install the .deb into a minimal Debian of the release we
# build on and run it there, then the portable tarball, to prove that the
# declared dependencies are enough, that nothing needs a Python, and that a
# portable copy writes only beside itself. Needs root (debootstrap, chroot,
# mounts). SCREENSHOT=1 also photographs the installed app under Xvfb;
# FRESH=1 debootstraps anew instead of unpacking the kept minbase tarball;
# MIRROR=URL overrides the mirror read from the machine's apt sources.
set -eu
cd "$(dirname "$0")/.."

if [ "$(id -u)" != 0 ]; then
    echo "dist-check needs root: it runs debootstrap, chroot and mount. Run: sudo make dist-check" >&2
    exit 1
fi

VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' viewer/__init__.py)
DEB=dist/diptych_${VERSION}_amd64.deb
TARBALL=dist/diptych-$VERSION-linux-x86_64.tar.gz
OUT=build/dist-check
CHROOT=$PWD/build/chroot
SUITE=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
PRISTINE=build/minbase-$SUITE.tar
PATH_IN=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
READER=reader  # the non-root user inside the chroot
failures=0
began=$(date +%s.%N)
mounted=""
pids=""

say() { printf '\n== %s\n' "$*"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# The mount points under the chroot, deepest first; /proc/mounts escapes
# spaces, which our paths do not have.
mounts_under() {
    awk -v root="$1" '$2 == root || index($2, root "/") == 1 { print $2 }' /proc/mounts | sort -r
}

unmount_all() {
    for point in $(mounts_under "$CHROOT"); do
        umount "$point" 2>/dev/null || umount -l "$point" || true
    done
}

cleanup() {
    for pid in $pids; do
        kill "$pid" 2>/dev/null || true
    done
    unmount_all
}
trap cleanup EXIT
trap 'echo "dist-check: interrupted" >&2; exit 130' INT TERM HUP

mount_in() {  # type, point inside the chroot, options
    mkdir -p "$CHROOT$2"
    mount -t "$1" -o "$3" "dist-check-$1" "$CHROOT$2"
}

in_chroot() {  # as root, with a clean environment; extra NAME=value first
    chroot "$CHROOT" /usr/bin/env -i PATH=$PATH_IN LANG=C.UTF-8 "$@"
}

as_reader() {  # the same, as the unprivileged user
    chroot --userspec="$reader_id:$reader_id" --groups="$reader_id" "$CHROOT" \
        /usr/bin/env -i PATH=$PATH_IN LANG=C.UTF-8 HOME=/home/$READER USER=$READER "$@"
}

# A self-test passes when it exits 0 having printed its one-line report.
self_test() {  # label, then the command and its environment
    label=$1
    shift
    start=$(now)
    status=0
    "$@" >"$OUT/self-test.out" 2>"$OUT/self-test.err" || status=$?
    took=$(since "$start")
    lines=$(wc -l <"$OUT/self-test.out")
    report=$(head -n 1 "$OUT/self-test.out")
    echo "$label: exit $status, ${took} s: $report"
    [ -s "$OUT/self-test.err" ] && sed 's/^/  stderr: /' "$OUT/self-test.err"
    if [ "$status" != 0 ] || [ "$lines" != 1 ] || [ -z "$report" ]; then
        fail "$label self-test (exit $status, $lines lines of report)"
        report="FAILED"
    fi
    self_tests="${self_tests:-}  $label: $took s, $report
"
}

# Every path in the chroot but under /proc and /dev/pts.
tree() {
    (cd "$CHROOT" && { find . -xdev; find ./dev/shm; } | sort -u)
}

say "Artefacts"
if [ ! -f "$DEB" ] || [ ! -f "$TARBALL" ]; then
    echo "No $DEB or $TARBALL yet: building them with make dist."
    make dist
fi
for artefact in "$DEB" "$TARBALL"; do
    echo "$artefact: $(du -m "$artefact" | cut -f1) MB, built $(date -u -r "$artefact" '+%Y-%m-%d %H:%M UTC')"
done

say "Minimal Debian $SUITE"
if ! command -v debootstrap >/dev/null; then
    echo "Installing debootstrap."
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq debootstrap >/dev/null
fi
# The first deb source of our release in the machine's apt sources.
if [ -z "${MIRROR:-}" ]; then
    MIRROR=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk -v suite="$SUITE" '
        BEGIN { RS = ""; FS = "\n" }
        {
            types = uris = suites = ""
            for (i = 1; i <= NF; i++) {
                if ($i ~ /^Types:/) types = " " substr($i, 7) " "
                if ($i ~ /^URIs:/) uris = substr($i, 6)
                if ($i ~ /^Suites:/) suites = " " substr($i, 8) " "
            }
            if (types ~ / deb / && suites ~ " " suite " ") { split(uris, u, " "); print u[1]; exit }
        }')
fi
if [ -z "$MIRROR" ]; then
    MIRROR=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | awk -v suite="$SUITE" '
        $1 == "deb" {
            i = 2
            if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
            if ($(i + 1) == suite) { print $i; exit }
        }')
fi
MIRROR=${MIRROR:-http://deb.debian.org/debian}
echo "Release $SUITE, mirror $MIRROR."

mkdir -p "$OUT" build
if [ -n "$(mounts_under "$CHROOT")" ]; then
    echo "Unmounting what a previous run left mounted in $CHROOT."
    unmount_all
fi
if [ -n "$(mounts_under "$CHROOT")" ]; then
    echo "Still mounted under $CHROOT; not removing it:" >&2
    mounts_under "$CHROOT" >&2
    exit 1
fi
rm -rf --one-file-system "$CHROOT"
start=$(now)
if [ -f "$PRISTINE" ] && [ "${FRESH:-0}" != 1 ]; then
    # A fresh copy of the untouched minbase tree made by an earlier run.
    mkdir "$CHROOT"
    tar -xpf "$PRISTINE" -C "$CHROOT"
    made="unpacked from $PRISTINE"
else
    debootstrap --variant=minbase "$SUITE" "$CHROOT" "$MIRROR" >"$OUT/debootstrap.log" 2>&1 ||
        { tail -n 20 "$OUT/debootstrap.log" >&2; exit 1; }
    tar -cpf "$PRISTINE.part" -C "$CHROOT" . && mv "$PRISTINE.part" "$PRISTINE"
    made="debootstrapped (log: $OUT/debootstrap.log; kept as $PRISTINE)"
fi
bootstrap_time=$(since "$start")
echo "Minbase tree $made in $bootstrap_time s: $(du -sm "$CHROOT" | cut -f1) MB."

cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
printf '#!/bin/sh\nexit 101\n' >"$CHROOT/usr/sbin/policy-rc.d"  # start no services
chmod 755 "$CHROOT/usr/sbin/policy-rc.d"
mount_in proc /proc nosuid,nodev,noexec
mount_in tmpfs /dev/shm nosuid,nodev,mode=1777
mount_in devpts /dev/pts newinstance,ptmxmode=0666,mode=620

say "Installing the .deb"
cp "$DEB" "$CHROOT/tmp/"
in_chroot dpkg-query -W -f '${Package}\n' | sort >"$OUT/packages-before"
start=$(now)
in_chroot DEBIAN_FRONTEND=noninteractive apt-get -qq update
# No recommends: the declared dependencies alone must be enough.
in_chroot DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "/tmp/$(basename "$DEB")" >"$OUT/install.log" 2>&1 ||
    { tail -n 20 "$OUT/install.log" >&2; exit 1; }
install_time=$(since "$start")
in_chroot dpkg-query -W -f '${Package}\n' | sort >"$OUT/packages-after"
added=$(comm -13 "$OUT/packages-before" "$OUT/packages-after")
echo "Installed in $install_time s (apt-get update and install), $(echo "$added" | wc -l) packages added:"
echo "$added" | paste -sd ' ' | fold -s -w 78 | sed 's/^/  /'
installed_size=$(in_chroot du -sh /opt/diptych | cut -f1)
echo "/opt/diptych: $installed_size"

if in_chroot sh -c 'command -v python3' >/dev/null; then
    python3_state="PRESENT ($(in_chroot sh -c 'command -v python3'))"
    fail "python3 is present in the chroot"
else
    python3_state="absent (command -v python3 fails)"
fi
echo "python3: $python3_state"

say "Self-tests of the installed app"
in_chroot useradd --create-home --shell /bin/sh "$READER"
reader_id=$(in_chroot id -u "$READER")
in_chroot mkdir -m 700 /root/fresh-home
self_test "installed, as root" in_chroot HOME=/root/fresh-home diptych --self-test
self_test "installed, as $READER" as_reader diptych --self-test

say "Portable tarball"
portable=/tmp/portable/diptych-$VERSION
home=/home/$READER-portable  # unused so far: what the app writes there shows
in_chroot install -d -m 700 -o "$READER" -g "$READER" "$home"
cp "$TARBALL" "$CHROOT/tmp/portable.tar.gz"
as_reader mkdir /tmp/portable
as_reader tar -xzf /tmp/portable.tar.gz -C /tmp/portable
tree >"$OUT/tree-before"
for folder in "$home" /tmp /root; do
    echo "$folder before: $(in_chroot ls -A "$folder" | paste -sd ' ')"
done
marker=$PWD/$OUT/portable-start
touch "$marker"
self_test "portable, as $READER" as_reader HOME="$home" "$portable/diptych" --self-test
status=0
start=$(now)
as_reader HOME="$home" "$portable/diptych" check >"$OUT/portable-check.out" 2>&1 || status=$?
echo "portable check: exit $status, $(since "$start") s: $(tail -n 1 "$OUT/portable-check.out")"
[ "$status" = 0 ] || fail "portable diptych check (exit $status)"
status=0
start=$(now)
as_reader HOME="$home" "$portable/diptych" search терроризм >"$OUT/portable-search.out" 2>&1 || status=$?
echo "portable search терроризм: exit $status, $(since "$start") s, $(wc -l <"$OUT/portable-search.out") lines"
[ "$status" = 0 ] || fail "portable diptych search (exit $status)"
tree >"$OUT/tree-after"
for folder in "$home" /tmp /root; do
    echo "$folder after: $(in_chroot ls -A "$folder" | paste -sd ' ')"
done
# Written: what is new, and files changed since the marker.
{
    comm -13 "$OUT/tree-before" "$OUT/tree-after"
    (cd "$CHROOT" && find . -xdev ! -type d -newer "$marker")
} | sort -u >"$OUT/portable-written"
inside=".$portable/diptych-data"
outside=$(grep -v -e "^$inside\$" -e "^$inside/" "$OUT/portable-written" || true)
written=$(grep -c -e "^$inside\$" -e "^$inside/" "$OUT/portable-written" || true)
if [ -n "$outside" ]; then
    echo "Written outside $portable/diptych-data:"
    echo "$outside" | sed 's/^\./  /'
    fail "the portable app wrote outside its data folder"
    portable_state="wrote outside its folder"
else
    portable_state="all $written paths written under $portable/diptych-data, none elsewhere"
    echo "Written in the portable folder:"
    sed -n "s|^$inside/||p" "$OUT/portable-written" | sed 's/^/  /'
fi
echo "Portable: $portable_state."

shot="skipped (SCREENSHOT=1 takes it)"
if [ "${SCREENSHOT:-0}" = 1 ]; then
    say "Screenshot of the installed app under Xvfb"
    start=$(now)
    # Only now: the self-tests ran without these.
    in_chroot DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        xvfb netpbm >"$OUT/xvfb-install.log" 2>&1 ||
        { tail -n 20 "$OUT/xvfb-install.log" >&2; exit 1; }
    in_chroot mkdir -p /tmp/fb
    chroot "$CHROOT" /usr/bin/env -i PATH=$PATH_IN Xvfb :99 -screen 0 1280x800x24 \
        -fbdir /tmp/fb -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
    pids="$!"
    tries=0
    until [ -S "$CHROOT/tmp/.X11-unix/X99" ] || [ $tries -ge 50 ]; do
        sleep 0.2
        tries=$((tries + 1))
    done
    as_reader mkdir /tmp/gui-home
    chroot --userspec="$reader_id:$reader_id" --groups="$reader_id" "$CHROOT" \
        /usr/bin/env -i PATH=$PATH_IN LANG=C.UTF-8 HOME=/tmp/gui-home DISPLAY=:99 \
        diptych >"$OUT/gui.log" 2>&1 &
    gui=$!
    pids="$gui $pids"
    sleep "${SHOT_DELAY:-10}"  # time to start and draw; nothing to poll for
    if kill -0 "$gui" 2>/dev/null; then
        in_chroot sh -c 'xwdtopnm /tmp/fb/Xvfb_screen0 2>/dev/null | pnmtopng' >"$OUT/installed.png"
        shot="$OUT/installed.png"
        kill "$gui"
        wait "$gui" || true  # before its display goes
        echo "Saved $shot ($(since "$start") s with the install of xvfb and netpbm)."
    else
        fail "the installed app did not stay up under Xvfb (log: $OUT/gui.log)"
        shot="failed"
    fi
    cleanup
    pids=""
fi

say "Summary"
cat <<SUMMARY
Release:            $SUITE (minbase), $made
Minbase tree:       $bootstrap_time s
Install of the deb: $install_time s, $(echo "$added" | wc -l) packages with its dependencies
Installed size:     $installed_size (/opt/diptych)
python3:            $python3_state
Self-tests:
${self_tests}\
Portable:           $portable_state
Screenshot:         $shot
Total:              $(since "$began") s
SUMMARY
if [ "$failures" != 0 ]; then
    echo "dist-check: $failures failure(s); $CHROOT is kept to look into." >&2
    exit 1
fi
# Passed: the chroot is of no more use, and the next run starts afresh anyway.
unmount_all
[ -z "$(mounts_under "$CHROOT")" ] && rm -rf --one-file-system "$CHROOT"
echo "dist-check: passed."
