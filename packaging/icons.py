"""The app's icon in the forms packages need, drawn from
resources/icons/diptych.svg with Qt's own SVG renderer (no other tool):
`python packaging/icons.py OUT` writes OUT/hicolor/NxN/apps/diptych.png for
the .deb, OUT/diptych.ico for Windows and OUT/diptych.icns for macOS. ICO
and ICNS are written here, a few bytes of header around PNG images, since
Qt writes only one image per file and macOS's iconutil runs on macOS only."""

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SOURCE = Path(__file__).resolve().parent.parent / "resources" / "icons" / "diptych.svg"
NAME = "diptych"
HICOLOR_SIZES = (48, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 256)
# Apple's types for PNG data, as iconutil writes them: two for each point
# size, the second at twice the pixels (Retina).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"ic11", 32),
    (b"icp5", 32),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic13", 256),
    (b"ic08", 256),
    (b"ic14", 512),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO file holding PNG images (read by Windows since Vista); a
    width or height of 256 is written as 0."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = [], []
    for size, data in sorted(images.items()):
        side = size % 256
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset))
        blobs.append(data)
        offset += len(data)
    return header + b"".join(entries) + b"".join(blobs)


def icns(images: dict[int, bytes]) -> bytes:
    body = b"".join(
        kind + struct.pack(">I", 8 + len(images[size])) + images[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_icons(out: Path, source: Path = SOURCE) -> list[Path]:
    """Every file named in the module's docstring, under `out`; their paths."""
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise ValueError(f"{source} is not an SVG Qt can draw")
    sizes = {*HICOLOR_SIZES, *ICO_SIZES, *(size for _kind, size in ICNS_TYPES)}
    images = {size: png(renderer, size) for size in sorted(sizes)}
    files = {
        **{
            out / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png": images[size]
            for size in HICOLOR_SIZES
        },
        out / f"{NAME}.ico": ico({size: images[size] for size in ICO_SIZES}),
        out / f"{NAME}.icns": icns(images),
    }
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return list(files)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(sys.argv[:1])
    write_icons(Path(sys.argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
