"""The school's view of its students, as plain data: what an import computes per student, one
row of the overview, the filters, and how a name is matched to a class list.

No SQL and no files: ``store.school_store`` keeps these, ``services.school_*`` compute them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

SortKey = Literal[
    "name", "class", "programme", "counted", "confirmed", "unmet", "forecast", "exported"
]  # fmt: skip
SORT_KEYS: tuple[str, ...] = (
    "name", "class", "programme", "counted", "confirmed", "unmet", "forecast", "exported",
)  # fmt: skip


def name_key(text: str) -> str:
    """A name as a key that ignores case, accents, punctuation and word order:
    ``"Vermeulen, Lotte"``, ``"lotte vermeulen"`` and ``"Lotte  Vermeulen"`` are the same."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = "".join(c if c.isalnum() else " " for c in plain.casefold()).split()
    return " ".join(sorted(words))


@dataclass(frozen=True)
class PlacementFact:
    label: str  # "WZC De Linde – Afdeling Zeezicht"
    context: str
    mentor: str  # the mentor named by the pupil (a claim)
    start_date: date
    end_date: date


@dataclass(frozen=True)
class SignerFact:
    """A key that signed in the portfolio, judged with the school's trust."""

    public_key: str
    fingerprint: str
    name: str  # from the school-vouched card when there is one, else the signer's claim
    organisation: str
    sector: str
    trusted: bool  # vouched by this school's key, inside the card's validity
    days: tuple[date, ...]  # the days of the hour entries it signed (approvals)


@dataclass(frozen=True)
class TrustCounts:
    """Hours (minutes) and activities by what the school's trust says of their sign-off.

    Each hour entry and activity record is in exactly one group: confirmed (a valid approval by
    a mentor this school vouched for), changed (changed after a sign-off), invalid (a signature
    that does not verify), untrusted (a valid signature with a key this school did not vouch
    for), unsigned (no signature at all)."""

    logged_minutes: int = 0
    confirmed_minutes: int = 0
    changed_minutes: int = 0
    untrusted_minutes: int = 0
    invalid_minutes: int = 0
    unsigned_minutes: int = 0
    activities: int = 0
    activities_confirmed: int = 0
    activities_changed: int = 0
    activities_untrusted: int = 0
    activities_invalid: int = 0
    activities_unsigned: int = 0
    invalid_signatures: int = 0
    changed_signatures: int = 0
    untrusted_signatures: int = 0

    @property
    def confirmed_share(self) -> float | None:
        if not self.logged_minutes:
            return None
        return self.confirmed_minutes / self.logged_minutes


@dataclass(frozen=True)
class StudentSummary:
    """One student as the school sees them after an import."""

    portfolio_id: str
    name: str
    organisation: str
    programme: str
    school_year: str
    list_id: str
    list_version: int
    list_title: str
    variant_of: str | None
    list_source: str  # "installed" or "file" (only the pupil's carried copy)
    file_name: str
    file_kind: str  # "pdf" or "archive"
    exported_at: datetime
    content_sha256: str
    content_changed_at: datetime
    pages_match: bool | None
    required_minutes: int | None
    counted_minutes: int
    context_minutes: dict[str, int]
    unmet_rules: int
    blocking_rules: int
    first_unmet: str
    forecast: date | None
    pace_minutes_per_day: float
    behind: bool
    trust: TrustCounts
    placements: tuple[PlacementFact, ...] = ()
    signers: tuple[SignerFact, ...] = ()
    notes: tuple[str, ...] = ()  # Dutch remarks about the file (pages, list, cards)
    first_unmet_en: str = ""  # the same rule's message in English


@dataclass(frozen=True)
class OverviewFilter:
    """What the coordinator narrows the overview to; empty fields do not filter."""

    class_name: str = ""
    programme: str = ""
    placement: str = ""  # part of a placement's name
    mentor: str = ""  # part of a mentor's name (named by the pupil or by a signature)
    behind: bool = False  # "achter op schema"
    invalid_signature: bool = False  # "ongeldige handtekening"
    search: str = ""  # part of the student's name


@dataclass(frozen=True)
class OverviewRow:
    portfolio_id: str
    name: str
    class_name: str
    programme: str
    list_title: str
    list_id: str
    list_version: int
    variant_of: str | None
    list_source: str
    required_minutes: int | None
    counted_minutes: int
    context_minutes: dict[str, int]
    unmet_rules: int
    blocking_rules: int
    first_unmet: str
    forecast: date | None
    behind: bool
    trust: TrustCounts
    exported_at: datetime
    file_kind: str
    pages_match: bool | None
    placements: str
    mentors: str
    notes: tuple[str, ...] = field(default_factory=tuple)
    first_unmet_en: str = ""  # empty for a row imported before the English was kept

    def notes_text(self, lang: str = "nl") -> list[str]:
        """The import's remarks about the file, in ``lang`` (see :func:`note_text`)."""
        return [note_text(note, lang) for note in self.notes]

    def unmet_text(self, lang: str = "nl") -> str:
        """The first unmet rule's message in ``lang``; Dutch where no English was kept."""
        return (
            self.first_unmet_en
            if lang.startswith("en") and self.first_unmet_en
            else (self.first_unmet)
        )

    @property
    def confirmed_share(self) -> float | None:
        return self.trust.confirmed_share

    @property
    def list_label(self) -> str:
        """``Gezondheidszorg 320 (variant van Gezondheidszorg)``."""
        text = self.list_title or self.list_id
        if self.variant_of:
            text += f" (variant van {self.variant_of})"
        if self.list_source == "file":
            text += " [lijst van de leerling]"
        return text


@dataclass(frozen=True)
class ClassMember:
    first_name: str
    last_name: str
    class_name: str
    username: str = ""
    number: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class MentorDayLoad:
    """One day of one mentor: the students whose hours they signed that day."""

    day: date
    students: tuple[str, ...]
    allowed: int  # at most this many at once (2 in the social profit, 3 in local government)

    @property
    def over(self) -> bool:
        return len(self.students) > self.allowed


# --- the import's remarks about a file, in English -----------------------------------------------
#
# The remarks are stored as the import words them, in Dutch (school databases made before they
# had an English form hold them so too); English mode renders them on read. Each pattern is one
# remark the import or the checks it runs write (services.school_import, services.verify_file,
# report.pades, core.trust); a remark no pattern knows is shown as stored.

_CHECKED = "(changed after it was made, or made with another version of stageportfolio)"
_SEAL_DETAILS: tuple[tuple[str, str], ...] = (
    (r"de PDF kan niet gelezen worden \((?P<why>.*)\)", "the PDF cannot be read ({why})"),
    (r"de PDF heeft geen documentzegel", "the PDF has no document seal"),
    (r"het documentzegel klopt niet \((?P<why>.*)\)", "the document seal does not match ({why})"),
    (
        r"de handtekening van het documentzegel klopt niet: de PDF is gewijzigd",
        "the document seal's signature does not match: the PDF was changed",
    ),
    (
        r"de PDF is gewijzigd na het verzegelen \(er is iets aan toegevoegd\)",
        "the PDF was changed after it was sealed (something was added to it)",
    ),
)
_NOTES: tuple[tuple[str, str], ...] = (
    (
        r"de lijst (?P<title>.+) \((?P<id>[^ ()]+) versie (?P<version>\d+)\) komt uit het "
        r"bestand van de leerling: ze is niet bij de school geïnstalleerd",
        "the list {title} ({id} version {version}) comes from the student's file: it is not "
        "installed at the school",
    ),
    (
        r"mentorkaart niet bruikbaar: mentorkaart (?P<n>\d+) \((?P<name>.+)\): de handtekening "
        r"van de school klopt niet",
        "mentor card not usable: mentor card {n} ({name}): the school's signature does not match",
    ),
    (
        r"mentorkaart niet bruikbaar: mentorkaart (?P<n>\d+): te diep genest",
        "mentor card not usable: mentor card {n}: nested too deeply",
    ),
    (
        r"mentorkaart niet bruikbaar: mentorkaart (?P<n>\d+)\b.*",
        "mentor card not usable: mentor card {n} is not a valid mentor card",
    ),
    (
        r"de documentgegevens \(onderwerp of aanmaakdatum\) zijn gewijzigd",
        "the document's data (subject or creation date) were changed",
    ),
    (
        r"de pagina's zijn niet nagekeken: de lijst (?P<id>\S+) versie (?P<version>\d+) is "
        r"niet beschikbaar in deze app.*",
        "the pages were not checked: the list {id} version {version} is not available in this app",
    ),
    (
        r"de PDF heeft (?P<pdf>\d+) pagina's; de ingesloten gegevens geven er (?P<data>\d+) .*",
        "the PDF has {pdf} pages; the embedded data make {data} (pages added, left out, or "
        "made with another version of stageportfolio)",
    ),
    (
        r"pagina (?P<pages>\d+) komt niet overeen met de ingesloten gegevens .*",
        "page {pages} does not match the embedded data " + _CHECKED,
    ),
    (
        r"pagina (?P<pages>[\d, ]+) komen niet overeen met de ingesloten gegevens .*",
        "pages {pages} do not match the embedded data " + _CHECKED,
    ),
    (r"mentorkaart niet bruikbaar: (?P<why>.*)", "mentor card not usable: {why}"),
)


def note_text(note: str, lang: str = "nl") -> str:
    """One remark of the import about a file (stored in Dutch) in ``lang``; a remark no
    pattern knows stays as stored."""
    if not lang.startswith("en"):
        return note
    for pattern, english in _NOTES:
        found = re.fullmatch(pattern, note, re.DOTALL)
        if found:
            return english.format(**found.groupdict())
    if note.startswith("documentzegel: "):
        detail = note.removeprefix("documentzegel: ")
        for pattern, english in _SEAL_DETAILS:
            found = re.fullmatch(pattern, detail, re.DOTALL)
            if found:
                return "document seal: " + english.format(**found.groupdict())
    return note
