"""The inline privacy warning under a free text (a reflection, an hour's note, an evidence
description): what looks like a client's name, rijksregisternummer or birth date, and what to
write instead. It warns and never blocks saving (``core.privacy``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from stageportfolio.core.privacy import (
    HINT_BIRTH_DATE,
    HINT_NAME,
    HINT_NATIONAL_NUMBER,
    PrivacyHint,
    privacy_hints,
)
from stageportfolio.ui.widgets.colours import set_status_colour


class PrivacyWarning(QLabel):
    """Hidden until :meth:`check` finds something; then one line per kind of hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyWarning")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Privacywaarschuwing"))
        set_status_colour(self, "warning")
        self.setVisible(False)

    def check(self, text: str) -> list[PrivacyHint]:
        """Show what in ``text`` looks private (or hide); returns the hints found."""
        hints = privacy_hints(text)
        if not hints:
            self.clear()
            self.setVisible(False)
            return hints
        lines = [self.tr("⚠ Let op je privacy en die van je cliënten:")]
        seen: set[str] = set()
        for hint in hints:
            if hint.kind in seen:
                continue
            seen.add(hint.kind)
            lines.append("• " + self.hint_message(hint))
        self.setText("\n".join(lines))
        self.setVisible(True)
        return hints

    def hint_message(self, hint: PrivacyHint) -> str:
        if hint.kind == HINT_NAME:
            return self.tr(
                "“{0}” lijkt een naam. Schrijf 'mevrouw X' of 'de bewoner' in plaats van een naam."
            ).format(hint.found)
        if hint.kind == HINT_NATIONAL_NUMBER:
            return self.tr(
                "“{0}” lijkt een rijksregisternummer. Laat het weg: het hoort niet in je portfolio."
            ).format(hint.found)
        if hint.kind == HINT_BIRTH_DATE:
            return self.tr(
                "“{0}” lijkt een geboortedatum. Schrijf enkel een leeftijd ('een dame van 85')."
            ).format(hint.found)
        return self.tr(
            "“{0}” is een volledige datum. Als het een geboortedatum is: laat hem weg of schrijf "
            "enkel een leeftijd."
        ).format(hint.found)


__all__ = ["PrivacyWarning"]
