"""Refresh the mentor's gettext catalogues (English, French) and compile them.

What a mentor reads below the Qt screens (``services.mentor_text``, the ``mentor-*`` commands
in ``cli.py``, the passphrase hints of ``core.passphrase``) is written in Dutch and marked with
``t._("…")``, ``t.n_("…", "…", n)`` or ``N_("…")``. This collects every marked text into
``resources/locale/<lang>/LC_MESSAGES/mentor.po`` (translations already there are kept, texts
no longer in the code are dropped), then compiles each ``.po`` to the ``.mo`` the app reads.
Translate new entries (empty ``msgstr``) in Poedit or a text editor and run it again.

Run by scripts/update_translations.sh; needs Babel (the ``test`` extra).
"""

from __future__ import annotations

import io
import sys
from datetime import datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "resources" / "locale"
DOMAIN = "mentor"
LANGUAGES = ("en", "fr")
SOURCES = (
    "stageportfolio/cli.py",
    "stageportfolio/core/passphrase.py",
    "stageportfolio/services/mentor_text.py",
    "stageportfolio/services/mentormode.py",
)
KEYWORDS = {"_": None, "n_": (1, 2), "N_": None}
# The Qt screens a mentor reads: their texts are translated to French too (and their plural
# forms to Dutch); the rest of the app only to English.
QT_SOURCES = (
    "stageportfolio/ui/dialogs/signoff_dialog.py",
    "stageportfolio/ui/mentor_window.py",
    "stageportfolio/ui/widgets/signoff_items.py",
)
# Fixed header dates: the files change only when a text changes.
STAMP = datetime(2026, 1, 1)
# Two forms, as in the Qt files: French has the singular for 0 and 1.
PLURAL_FORMS = {"en": "nplurals=2; plural=(n != 1);", "fr": "nplurals=2; plural=(n > 1);"}
HEADER = """\
# What a mentor reads in {language}: the mentor-* commands, items, weeks, passphrase hints.
# Made by scripts/update_mentor_catalogues.py (scripts/update_translations.sh) from the Dutch
# texts in the code; translate every empty msgstr, then run the script again.
#"""
NAMES = {"en": "English", "fr": "French"}


def po_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(lang: str) -> Path:
    return po_path(lang).with_suffix(".mo")


def extract() -> dict[str | tuple[str, str], set[str]]:
    """Every marked text (a string, or a (singular, plural) pair) with the files it is in."""
    found: dict[str | tuple[str, str], set[str]] = {}
    for source in SOURCES:
        for _line, message, _comments, _context in extract_from_file(
            "python", ROOT / source, keywords=KEYWORDS, comment_tags=()
        ):
            key = message if isinstance(message, str) else (message[0], message[1])
            found.setdefault(key, set()).add(source)
    return found


def read(lang: str) -> Catalog:
    path = po_path(lang)
    if not path.exists():
        return Catalog(locale=lang, domain=DOMAIN)
    with path.open("rb") as handle:
        return read_po(handle, locale=lang, domain=DOMAIN)


def updated(lang: str, found: dict[str | tuple[str, str], set[str]]) -> Catalog:
    old = read(lang)
    new = Catalog(
        locale=lang,
        domain=DOMAIN,
        header_comment=HEADER.format(language=NAMES[lang]),
        project="stageportfolio",
        version="mentor",
        msgid_bugs_address="",
        creation_date=STAMP,
        revision_date=STAMP,
        last_translator="stageportfolio",
        language_team=NAMES[lang],
        fuzzy=False,
    )
    new.mime_headers = [("Plural-Forms", PLURAL_FORMS[lang])]
    for key, files in sorted(found.items(), key=lambda kv: str(kv[0])):
        msgid = key if isinstance(key, str) else key[0]
        kept = old.get(msgid)
        string: str | tuple[str, ...] = "" if isinstance(key, str) else ("", "")
        if kept is not None and kept.id == key:
            string = kept.string
        new.add(key, string, locations=[(f, None) for f in sorted(files)])
    return new


def compiled(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=100, include_lineno=False, omit_header=False)
    return out.getvalue()


def main() -> int:
    if sys.argv[1:] == ["--qt-sources"]:
        print("\n".join(QT_SOURCES))
        return 0
    found = extract()
    for lang in LANGUAGES:
        catalog = updated(lang, found)
        po_path(lang).parent.mkdir(parents=True, exist_ok=True)
        po_path(lang).write_bytes(po_bytes(catalog))
        with po_path(lang).open("rb") as handle:  # compile what was written
            mo_path(lang).write_bytes(compiled(read_po(handle, locale=lang, domain=DOMAIN)))
        missing = [m.id for m in catalog if m.id and not all(_strings(m.string))]
        print(f"{po_path(lang).relative_to(ROOT)}: {len(missing)} untranslated text(s)")
    return 0


def _strings(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


if __name__ == "__main__":
    sys.exit(main())
