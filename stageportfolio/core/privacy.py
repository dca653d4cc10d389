"""What in a text looks like private data of a client: a name, a rijksregisternummer, a birth
date (DOMAIN.md, Privacy). Reflections, hour notes and evidence descriptions are checked with it;
the app warns and never blocks (it cannot know for sure).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HINT_NATIONAL_NUMBER = "rijksregisternummer"
HINT_BIRTH_DATE = "geboortedatum"
HINT_FULL_DATE = "datum"
HINT_NAME = "naam"

# 11 digits, often written yy.mm.dd-xxx.xx; separators optional.
_NATIONAL_NUMBER = re.compile(r"(?<!\d)\d{2}[.\s]?\d{2}[.\s]?\d{2}[-\s.]?\d{3}[.\s]?\d{2}(?!\d)")
_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
_DATE = r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:\d{4}|\d{2})"
_BIRTH = re.compile(
    r"(?i:geboren|geb\.|°)\s*(?i:op|in)?\s*"
    rf"(?:{_DATE}|\d{{1,2}}\s+(?i:{_MONTHS})\.?(?:\s+\d{{4}})?|(?:19|20)\d{{2}})"
)
_FULL_DATE = re.compile(r"(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?!\d)")
_TITLES = (
    r"mevrouw|mevr\.?|mw\.|meneer|mijnheer|mr\.|dhr\.?|heer|bewoner|bewoonster|"
    r"patiënt|patient|patiënte|cliënt|client|cliënte"
)
_NAME = re.compile(
    rf"(?<!\w)(?i:{_TITLES})\s+((?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+)(?:\s+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+)*)"
)


@dataclass(frozen=True)
class PrivacyHint:
    kind: str  # one of the HINT_* constants
    found: str  # the text that triggered it


def privacy_hints(text: str) -> list[PrivacyHint]:
    """What in ``text`` looks like a client's name, rijksregisternummer or birth date."""
    hints: list[PrivacyHint] = []
    for match in _NATIONAL_NUMBER.finditer(text):
        hints.append(PrivacyHint(HINT_NATIONAL_NUMBER, match.group(0).strip()))
    birth_spans = []
    for match in _BIRTH.finditer(text):
        birth_spans.append(match.span())
        hints.append(PrivacyHint(HINT_BIRTH_DATE, match.group(0).strip()))
    for match in _FULL_DATE.finditer(text):
        start, end = match.span()
        if any(s <= start and end <= e for s, e in birth_spans):
            continue
        hints.append(PrivacyHint(HINT_FULL_DATE, match.group(0)))
    for match in _NAME.finditer(text):
        hints.append(PrivacyHint(HINT_NAME, match.group(0)))
    return hints
