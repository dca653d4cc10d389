"""A portfolio as plain data, ready to print: what the PDF renderers take in.

Frozen dataclasses holding only ``str``, ``int``, ``float``, ``bool``, ``date``, ``None`` and
tuples of those, so a snapshot can be built in one thread and rendered in another, compared in
tests and written to JSON (:func:`as_json`). No Qt, no SQL, no store: ``portfolio_snapshot``
builds one from a ``PortfolioService``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

Role = Literal["student", "evc"]
Status = Literal["met", "unmet", "not_evaluated"]


@dataclass(frozen=True)
class Owner:
    name: str
    role: str  # "student" or "evc"
    organisation: str  # the school, or the EVC test centre
    programme: str
    list_id: str
    list_version: int
    list_title: str
    list_kind: str  # "studierichting" or "evc"
    school_year: str
    # The BKs of the list as "Zorgkundige (BK-0243-2)"; for an EVC candidate the target.
    targets: tuple[str, ...] = ()


@dataclass(frozen=True)
class Period:
    first: date | None
    last: date | None


@dataclass(frozen=True)
class RuleLine:
    id: str
    title: str
    severity: str  # "error" or "warning"
    status: Status
    message: str  # Dutch, says what is missing and how much, with the source
    source: str
    progress: float  # 0.0 to 1.0
    # What the rule rests on ("federale registratievoorwaarde", "regel van de school, strenger
    # dan: …"); "" when the list does not say.
    tag: str = ""


@dataclass(frozen=True)
class ContextTotal:
    context: str
    label: str
    minutes: int


@dataclass(frozen=True)
class SignOffLine:
    mentor_name: str
    level: int | None
    level_label: str
    day: date | None
    comment: str  # the mentor's comment; for a refusal, the reason
    signed: bool  # carries a mentor's digital signature
    # The signature's check: "valid", "changed" (after sign-off), "history", "invalid",
    # "unsigned" (a row without a signature: it never counts).
    signature_status: str = ""
    decision: str = "approve"  # or "refuse": niet akkoord
    fact: str = ""  # "ondertekend met sleutel …; mentorkaart ondertekend door schoolsleutel …"
    name_confirmed: bool = False  # the name comes from a school-vouched mentor card


@dataclass(frozen=True)
class SignatureLine:
    """One mentor signature as checked when the snapshot was made."""

    label: str  # the signed item, "7,5 uur residentiële ouderenzorg op 7/9/2026"
    mentor: str  # from the vouched card of the key, else the name given with the signature
    fingerprint: str  # of the mentor's key, "3F7A-91C2-0B4E-D5A8"
    code: str  # verification code of the signature, "K7F2-9QXA"
    status: str  # "valid", "changed", "history", "invalid" or "unsigned"
    name_confirmed: bool = False  # the name comes from a school-vouched mentor card
    # The school key that signed the mentor card of this key ("" when none did): a fact;
    # whether it is the school's is for the reader to compare.
    school_fingerprint: str = ""
    school_name: str = ""
    decision: str = "approve"
    comment: str = ""
    method: str = "key"  # "key", "eid" (gekwalificeerde handtekening) or "paper"


@dataclass(frozen=True)
class ActivityLine:
    record_id: str
    activity_id: str
    text: str
    proposed_level: int
    proposed_label: str
    day: date
    reflection: str
    signoff: SignOffLine | None
    evidence: tuple[str, ...] = ()  # names of the evidence items linked to this activity


@dataclass(frozen=True)
class CompetenceLine:
    id: str
    nr: int
    title: str
    activity_count: int  # activities the list has for this competence
    activities: tuple[ActivityLine, ...]  # the ones the student recorded
    signoff: SignOffLine | None  # the mentor's sign-off of the competence as a whole
    evidence: tuple[str, ...]  # names of the evidence items linked to the competence
    # The rules engine's verdict (competence signed at the list's level, or all its
    # activities); None when the list has no such rule.
    signed_by_rule: bool | None = None

    @property
    def evidence_count(self) -> int:
        return len(self.evidence)

    @property
    def signed(self) -> bool:
        """Signed off as the list's rule counts it (the same count as the app's overview)."""
        if self.signed_by_rule is not None:
            return self.signed_by_rule
        return self.signoff is not None

    @property
    def covered(self) -> bool:
        """Something shows it: evidence or a mentor's sign-off (the EVC portfolio's sense)."""
        return self.evidence_count > 0 or self.signed


@dataclass(frozen=True)
class BKGroup:
    code: str
    title: str
    vks_level: int
    competences: tuple[CompetenceLine, ...]

    @property
    def label(self) -> str:
        return f"{self.title} ({self.code})"


@dataclass(frozen=True)
class HourLine:
    day: date
    context_label: str
    minutes: int
    note: str
    # "valid", "changed", "invalid", "unsigned", "refused" (niet akkoord) or "" (not signed)
    signature_status: str = ""
    signature_note: str = ""  # who signed, or the mentor's reason for "niet akkoord"


@dataclass(frozen=True)
class PlacementLine:
    organisation: str  # "WZC Ter Duinen – Afdeling Zeezicht"; empty for hours without one
    context_label: str
    start: date | None
    end: date | None
    mentor_name: str
    hours: tuple[HourLine, ...]

    @property
    def minutes(self) -> int:
        return sum(h.minutes for h in self.hours)


@dataclass(frozen=True)
class EvidenceLine:
    name: str
    media_type: str
    type_label: str  # Dutch: "PDF-document", "afbeelding", ...
    day: date
    sha256: str
    size: int
    description: str
    competences: tuple[str, ...]  # "C11 Zorgkundige"
    attestations: tuple[str, ...] = ()  # the attestations it is linked to, by their text


@dataclass(frozen=True)
class AttestationLine:
    """An attestation the list's BKs ask (besides competences), with the linked evidence."""

    text: str  # "Uittreksel uit het strafregister, model 2"
    type: str  # "Wettelijk attest", "Bijkomend attest" or ""
    regulation: str  # the regulation that asks it, or ""
    bks: tuple[str, ...]  # the BKs that ask it, "Kinderbegeleider baby's en peuters (BK-0269-3)"
    evidence: tuple[str, ...]  # names of the evidence items linked to it

    @property
    def done(self) -> bool:
        return bool(self.evidence)


@dataclass(frozen=True)
class PortfolioSnapshot:
    owner: Owner
    period: Period
    printed: date
    rules: tuple[RuleLine, ...]
    totals: tuple[ContextTotal, ...]
    counted_minutes: int
    bks: tuple[BKGroup, ...]
    placements: tuple[PlacementLine, ...]
    evidence: tuple[EvidenceLine, ...]
    levels: tuple[tuple[int, str], ...] = ()  # the list's sign-off scale
    signatures: tuple[SignatureLine, ...] = ()  # every mentor signature, checked
    attestations: tuple[AttestationLine, ...] = ()  # what the BKs ask besides competences
    # About the list itself (Dutch): a school variant, every rule it leaves out and why, its
    # own counts_as choices, a list that came with an imported portfolio.
    list_notes: tuple[str, ...] = ()
    result_line: str = ""  # "Resultaat: nog 1 tekort op een regel van de school; …"
    confirmed_minutes: int = 0  # hours with a valid mentor signature, unchanged since

    @property
    def total_minutes(self) -> int:
        return sum(t.minutes for t in self.totals)

    @property
    def competences(self) -> tuple[CompetenceLine, ...]:
        return tuple(c for bk in self.bks for c in bk.competences)


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def as_json(snapshot: PortfolioSnapshot) -> dict[str, Any]:
    """The snapshot as JSON-ready dicts and lists (dates as ISO strings)."""
    return dict(_plain(dataclasses.asdict(snapshot)))
