"""Render the list browser to PNG (offscreen or under Xvfb): docs/screenshots/lijsten.png."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from stageportfolio.core.catalog import load_catalog
from stageportfolio.ui.listbrowser import ListBrowserWindow


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    window = ListBrowserWindow(load_catalog())
    window.resize(1200, 760)
    window.picker.setCurrentIndex(window.picker.findData("gezondheidszorg"))
    window.show()
    app.processEvents()
    window.competences.topLevelItem(0).child(10).setExpanded(True)
    app.processEvents()
    window.grab().save(str(out / "lijsten.png"))
    print(out / "lijsten.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
