"""Small reusable widgets of the app (charts and the like), and the language helper."""

from __future__ import annotations

from pathlib import Path

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


def list_title(title: str, title_en: str | None) -> str:
    """A list's title in the app's language: ``title_en`` in English when the list has one
    (every shipped list does); else the Dutch title, the programme's own name."""
    return title_en if title_en and ui_language() == "en" else title


def list_detail(text: str | None) -> str:
    """A list's grade or track ("3de graad", "arbeidsmarktfinaliteit, duaal") in the app's
    language. The shipped lists use a handful of fixed phrases of Flemish secondary education;
    a phrase the app does not know (a list file from elsewhere) is shown as the file writes it.
    """
    if not text:
        return ""
    translate = QCoreApplication.translate
    phrases = {
        "2de graad": translate("ListDetail", "2de graad"),
        "3de graad": translate("ListDetail", "3de graad"),
        "7de jaar": translate("ListDetail", "7de jaar"),
        "arbeidsmarktfinaliteit": translate("ListDetail", "arbeidsmarktfinaliteit"),
        "arbeidsmarktfinaliteit, duaal": translate("ListDetail", "arbeidsmarktfinaliteit, duaal"),
        "dubbele finaliteit": translate("ListDetail", "dubbele finaliteit"),
        "doorstroomfinaliteit": translate("ListDetail", "doorstroomfinaliteit"),
        "duaal (aanloopopleiding)": translate("ListDetail", "duaal (aanloopopleiding)"),
    }
    return phrases.get(text.strip(), text)


def own_data_problem(path: Path) -> str | None:
    """A message when ``path`` (chosen to save a file) lies in the app's own data folder, where
    it could overwrite the portfolio or be wiped by erasing; else None."""
    from stageportfolio import fileio  # not at import: the main window paints without it

    try:
        fileio.check_output_path(path)
    except fileio.OwnDataError:
        return QCoreApplication.translate(
            "OwnData",
            "{0} ligt in de map waar de app het portfolio bewaart; daar wordt niets bewaard. "
            "Kies een andere plaats, bijvoorbeeld je map Documenten.",
        ).format(str(path))
    return None


__all__ = ["list_detail", "list_title", "own_data_problem", "ui_language"]
