"""The mentor's own language in the screens a mentor reads: Dutch, English or French.

A French-speaking mentor in Brussels or Wallonia signs on a Flemish pupil's laptop, whatever
language the pupil's app is in. So the sign-off dialog and mentor mode do not follow the app's
translator: each has a language switch (remembered), and their ``self.tr()`` looks the text up
in that language's own Qt translation (``resources/translations/stageportfolio_<lang>.qm``).
Dutch is the source language; its ``.qm`` holds only the plural forms (``lupdate
-pluralonly``), so ``%n`` reads "1 item" and "3 items" in Dutch too. Texts made below the
screens (items, weeks, hours, passphrase hints) come from ``services.mentor_text`` in the same
language.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, QTranslator, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from stageportfolio.core.shipped import shipped_file
from stageportfolio.services.mentor_text import LANGUAGE_NAMES, LANGUAGES, Words, language, words
from stageportfolio.ui.widgets import ui_language

SETTINGS_GROUP = "mentor_language"
# Fixed, in the three languages at once: whoever reads the switch can find it.
SWITCH_NAME = "Taal · Language · Langue"

_translators: dict[str, QTranslator] = {}
_session: dict[str, str] = {}  # a language given on the command line (--lang) wins


def translator(code: str) -> QTranslator:
    """The Qt translation of ``code``, loaded once (an empty one when it is missing)."""
    found = _translators.get(code)
    if found is None:
        found = QTranslator()
        path = shipped_file("resources", "translations", f"stageportfolio_{code}.qm")
        found.load(str(path))
        _translators[code] = found
    return found


def set_session_language(code: str | None) -> None:
    """``--lang`` on the command line: the mentor's screens open in it this time."""
    if code:
        _session["code"] = language(code)
    else:
        _session.pop("code", None)


def remembered(key: str) -> str | None:
    """The language last chosen for ``key`` (a mentor's id, or ``own`` in mentor mode)."""
    value = QSettings().value(f"{SETTINGS_GROUP}/{key}")
    return value if isinstance(value, str) and value in LANGUAGES else None


def initial(key: str | None) -> str:
    """A mentor screen's first language: ``--lang``, else what was chosen for ``key``, else
    the app's own language."""
    if "code" in _session:
        return _session["code"]
    return (remembered(key) if key else None) or ui_language()


def remember(key: str, code: str) -> None:
    QSettings().setValue(f"{SETTINGS_GROUP}/{key}", language(code))


class MentorLanguage(QObject):
    """The language of one mentor screen; ``changed`` when the mentor picks another."""

    changed = Signal(str)

    def __init__(self, code: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.code = language(code)

    @property
    def words(self) -> Words:
        return words(self.code)

    def set(self, code: str) -> None:
        code = language(code)
        if code != self.code:
            self.code = code
            self.changed.emit(code)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        text = translator(self.code).translate(context, source, disambiguation, n) or source
        return text.replace("%n", str(n)) if n >= 0 else text


class MentorTexts:
    """Mixed into a mentor's screen (before the Qt class): ``self.tr()`` speaks the mentor's
    language. ``TR_CONTEXT`` is the class name lupdate files the texts under."""

    TR_CONTEXT = ""
    language: MentorLanguage

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return self.language.translate(self.TR_CONTEXT, source, disambiguation, n)


class LanguageSwitch(QComboBox):
    """Nederlands / English / Français, each in its own language."""

    def __init__(self, mentor_language: MentorLanguage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code in LANGUAGES:
            self.addItem(LANGUAGE_NAMES[code], code)
        self.setAccessibleName(SWITCH_NAME)
        self.setToolTip(SWITCH_NAME)
        self.setCurrentIndex(self.findData(mentor_language.code))
        self.currentIndexChanged.connect(
            lambda _index: mentor_language.set(str(self.currentData()))
        )
        mentor_language.changed.connect(self._follow)

    def _follow(self, code: str) -> None:
        index = self.findData(code)
        if index != self.currentIndex():
            self.setCurrentIndex(index)
