"""Render every icon the bundles need from the one SVG source.

    python packaging/icons/make_icons.py

reads ``resources/icons/stageportfolio.svg`` (the app's own window icon) and writes, next to
this script, ``png/stageportfolio-<size>.png`` (the sizes of the freedesktop icon theme),
``stageportfolio.ico`` (Windows: 16 to 256 px) and ``stageportfolio.icns`` (macOS). Uses Qt's
SVG renderer and Pillow, both already installed with the app.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parents[1] / "resources" / "icons" / "stageportfolio.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    assert app is not None
    out = HERE / "png"
    out.mkdir(exist_ok=True)
    images = {}
    for size in (*SIZES, 1024):
        data = render(size)
        images[size] = Image.open(io.BytesIO(data))
        if size in SIZES:
            (out / f"stageportfolio-{size}.png").write_bytes(data)
    images[256].save(HERE / "stageportfolio.ico", sizes=[(s, s) for s in ICO_SIZES])
    images[1024].save(HERE / "stageportfolio.icns")
    print(f"icons written to {HERE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
