"""Finding keyboard mnemonics (the underlined letter of "&Bestand") and their clashes."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` (``&&`` is a literal ampersand), lower case."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def widget_mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every widget under ``root`` that a user can reach with Alt+letter now:
    buttons, labels with a buddy, group boxes and tabs that are visible in ``root``."""
    found: list[tuple[str, str]] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or isinstance(widget, QMenu):
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        for text in texts:
            letter = mnemonic(text)
            if letter is not None:
                found.append((letter, text))
    return found


def menubar_mnemonics(window: QMainWindow) -> list[tuple[str, str]]:
    out = []
    for action in window.menuBar().actions():
        letter = mnemonic(action.text())
        if letter is not None and action.isVisible():
            out.append((letter, action.text()))
    return out


def menu_mnemonics(menu: QMenu) -> list[tuple[str, str]]:
    return [
        (letter, a.text())
        for a in menu.actions()
        if a.isVisible() and not a.isSeparator() and (letter := mnemonic(a.text())) is not None
    ]


def clashes(found: list[tuple[str, str]]) -> dict[str, list[str]]:
    """Letters used more than once, with the texts that use them."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for letter, text in found:
        by_letter[letter].append(text)
    return {letter: texts for letter, texts in by_letter.items() if len(texts) > 1}
