"""Small reusable widgets of the app (charts and the like), and the language helper."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def ui_language() -> str:
    """``"en"`` when the English translation is installed, else ``"nl"``.

    The translation itself says which language it is, so core messages (rules, entry checks)
    follow whatever language the app's translator shows.
    """
    code = QCoreApplication.translate(
        "Language", "nl", "Language code of this translation: write en for English"
    )
    return "en" if code.strip().lower() == "en" else "nl"


__all__ = ["ui_language"]
