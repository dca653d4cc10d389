"""What a mentor reads below the screens, in Dutch, English and French, and the catalogues
behind it: every marked text translated, every plural by the language's own rule, and the
compiled ``.mo`` files made from the ``.po`` files as committed."""

from __future__ import annotations

import importlib.util
import re
import string
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from stageportfolio.core.activitylist import DEFAULT_LEVELS
from stageportfolio.core.catalog import load_catalog
from stageportfolio.core.passphrase import EMPTY, KNOWN_WORD, REPEAT
from stageportfolio.core.signing import WeakPassphraseError, new_sealed_key
from stageportfolio.core.weeks import Week
from stageportfolio.services.mentor_text import Words, language, words

ROOT = Path(__file__).resolve().parents[1]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_mentor_catalogues", ROOT / "scripts" / "update_mentor_catalogues.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_language_tags() -> None:
    assert [language(tag) for tag in ("fr-BE", "en_GB", "nl", "de", None, "")] == [
        "fr", "en", "nl", "nl", "nl", "nl",
    ]  # fmt: skip


def test_hours_days_and_weeks_in_three_languages() -> None:
    nl, en, fr = Words("nl"), Words("en"), Words("fr")
    assert [w.hours(750) for w in (nl, en, fr)] == ["12 uur 30", "12 h 30 min", "12 h 30"]
    assert [w.hours(420) for w in (nl, en, fr)] == ["7 uur", "7 h", "7 h"]
    assert [w.hours(425) for w in (nl, en, fr)] == ["7 uur 05", "7 h 05 min", "7 h 05"]
    tuesday = date(2026, 9, 8)
    assert [w.day(tuesday) for w in (nl, en, fr)] == ["di 8/9", "Tue 8/9", "mar. 8/9"]
    week = Week(2026, 37)
    assert nl.week_title(week) == "Week 37: maandag 7 tot zondag 13 september 2026"
    assert en.week_title(week) == "Week 37: Monday 7 to Sunday 13 September 2026"
    assert fr.week_title(week) == "Semaine 37\u00a0: du lundi 7 au dimanche 13 septembre 2026"
    # across a month and a year
    assert (
        nl.week_title(Week(2026, 40)) == "Week 40: maandag 28 september tot zondag 4 oktober 2026"
    )
    assert fr.week_title(Week(2026, 53)) == (
        "Semaine 53\u00a0: du lundi 28 décembre 2026 au dimanche 3 janvier 2027"
    )


def test_plurals_follow_each_language_s_rule() -> None:
    """French takes the singular for 0 and 1, Dutch and English only for 1: through the
    catalogue's plural rule, never by hand."""
    one, many = "{approved} van {count} item afgetekend", "{approved} van {count} items afgetekend"
    said = {
        lang: [Words(lang).n_(one, many, n).format(approved=0, count=n) for n in (0, 1, 2)]
        for lang in ("nl", "en", "fr")
    }
    assert said["nl"] == [
        "0 van 0 items afgetekend", "0 van 1 item afgetekend", "0 van 2 items afgetekend",
    ]  # fmt: skip
    assert said["en"] == ["0 of 0 items signed", "0 of 1 item signed", "0 of 2 items signed"]
    assert said["fr"] == [
        "Élément signé\u00a0: 0 sur 0",
        "Élément signé\u00a0: 0 sur 1",
        "Éléments signés\u00a0: 0 sur 2",
    ]


def test_levels_and_contexts_in_french_from_the_list_files() -> None:
    catalog = load_catalog()
    contexts = catalog.contexts
    assert all(ctx.label_fr for ctx in contexts), "every shipped context has label_fr"
    for alist in catalog.latest():
        assert all(level.label_fr for level in alist.levels), alist.spec.id
    fr = words("fr")
    assert fr.level(3, DEFAULT_LEVELS) == "3 – réalisé en autonomie"
    assert words("en").level(1, DEFAULT_LEVELS) == "1 – observed"
    assert fr.level(7, DEFAULT_LEVELS) == "7"  # a level not on the scale: its number
    item = {
        "kind": "hour_entry", "id": "h1", "day": "2026-09-08", "minutes": 390,
        "context": "thuiszorg", "placement": "p", "placement_name": "Wit-Gele Kruis",
    }  # fmt: skip
    assert fr.item_line(item, contexts=contexts) == (
        "mar. 8/9 · 6 h 30 · soins à domicile · Wit-Gele Kruis"
    )
    competence = {"kind": "competence", "id": "bkc1", "level": 3}
    assert fr.item_line(competence, competence_title="C3 Soins") == (
        "compétence C3 Soins (niveau 3)"
    )


def test_passphrase_hints_in_the_mentor_s_language() -> None:
    with pytest.raises(WeakPassphraseError) as caught:
        new_sealed_key("aaaaaaaaaa")
    assert caught.value.reason == REPEAT
    assert "te zwak" in str(caught.value)  # the Dutch message stays for everyone else
    french = words("fr").passphrase_hint(caught.value.reason)
    assert french.startswith("Cette phrase secrète est trop faible. Les répétitions")
    assert "phrase secrète plus longue" in french
    assert words("en").passphrase_hint(EMPTY).startswith("The passphrase is empty. Choose")
    assert words("nl").passphrase_hint(KNOWN_WORD).startswith("Deze wachtzin is te zwak. Dit is")


def test_load_warning_in_french() -> None:
    text = words("fr").load_warning(
        learner="Emma", day=date(2026, 10, 1), together=3, others=["Lotte", "Yusuf"],
        sector="social_profit", allowed=2,
    )  # fmt: skip
    assert text == (
        "Attention\u00a0: avec Emma, vous encadrez 3 stagiaires en même temps le 1/10/2026 "
        "(aussi Lotte, Yusuf). Dans le secteur non marchand, un maître de stage peut encadrer "
        "au maximum 2 stagiaires en même temps."
    )


# -- the catalogues ----------------------------------------------------------------------------


def _fields(text: str) -> list[str]:
    return sorted(f"{name}:{spec}" for _, name, spec, _ in string.Formatter().parse(text) if name)


def test_every_marked_text_is_translated_in_english_and_french() -> None:
    """A text a mentor reads that is new in the code and missing in a catalogue fails here:
    run scripts/update_translations.sh and translate it."""
    script = _script()
    found = script.extract()
    assert len(found) > 40
    for lang in script.LANGUAGES:
        catalogue = script.read(lang)
        problems = []
        for key in found:
            message = catalogue.get(key if isinstance(key, str) else key[0])
            sources = [key] if isinstance(key, str) else list(key)
            if message is None or message.fuzzy:
                problems.append(f"missing: {sources[0]!r}")
                continue
            strings = [message.string] if isinstance(message.string, str) else message.string
            if not all(s.strip() for s in strings):
                problems.append(f"untranslated: {sources[0]!r}")
                continue
            if any(_fields(s) != _fields(sources[0]) for s in strings):
                problems.append(f"placeholders differ: {sources[0]!r}")
        assert problems == [], f"{lang}: run scripts/update_translations.sh and translate"


def test_committed_mo_files_are_the_compiled_po_files() -> None:
    script = _script()
    for lang in script.LANGUAGES:
        assert script.compiled(script.read(lang)) == script.mo_path(lang).read_bytes(), (
            "run scripts/update_translations.sh"
        )


def test_french_typography_keeps_a_no_break_space_before_colons() -> None:
    catalogue = _script().read("fr")
    texts = [
        s
        for m in catalogue
        if m.id
        for s in ([m.string] if isinstance(m.string, str) else m.string)
    ]
    assert len(texts) > 40 and not [t for t in texts if re.search(r" [:;?!»]|« ", t)]
