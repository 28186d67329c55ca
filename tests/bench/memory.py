"""Peak memory of this process, as the kernel counts it for this program.

getrusage's ru_maxrss carries over the parent's peak through fork and exec,
so a child started by a large parent would report the parent's figure; the
VmHWM line of /proc/self/status belongs to this program alone."""

from pathlib import Path


def peak_rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")
