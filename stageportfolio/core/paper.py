"""The paper bridge: a printed weekly sign-off sheet, its short code, and the ``paper`` method.

A mentor who cannot install anything signs a printed sheet that lists the exact hour entries of
one week (date, hours and minutes, context, placement). The sheet carries a short code derived
from those entries: the first 40 bits of SHA-256 over the canonical *sheet statement*, written
as 8 Crockford base32 symbols plus a check symbol (``7KQ2-M9XD-4``), and the same code as a QR
code. The pupil attaches the scan of the signed sheet and types the code (or the app reads the
QR code from the scan); the app accepts it only when it matches the entries as they are.

What this proves, and what not: the code binds the scan to exactly these entries, so a later
change to an entry is flagged like any changed sign-off. It does not prove who signed: the app
cannot check a handwritten signature, and anyone can print a sheet. A paper sign-off is
therefore never *trusted* by a receiver's ``verify --trust``, and every place that shows one
says "papieren aftekening" and that it is weaker than a key (``core.trust.PAPER_FACT``).

Pure functions: no Qt, no SQL, no files.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from stageportfolio.core import signing

if TYPE_CHECKING:
    from stageportfolio.core.trust import Cards, Identity, SignOffRecord, TrustAnchor

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CHECK_SYMBOLS = CROCKFORD + "*~$=U"  # Crockford's check symbols: value mod 37
CODE_BITS = 40
QR_PREFIX = "STAGEPORTFOLIO:"
PURPOSE = "stageportfolio-paper-sheet"
LABEL = "papieren aftekening"
_WEEK = re.compile(r"(\d{4})-?W(\d{2})")


class PaperCodeError(ValueError):
    """A typed code or week that cannot be used; the message is Dutch."""


def parse_week(text: str) -> tuple[date, date]:
    """``2026-W49`` -> (Monday, Sunday) of that ISO week; PaperCodeError otherwise."""
    match = _WEEK.fullmatch(text.strip().upper())
    if match is None:
        raise PaperCodeError(f"{text!r} is geen week; schrijf ze als 2026-W49 (jaar en ISO-week)")
    try:
        monday = date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
    except ValueError as exc:
        raise PaperCodeError(f"{text!r}: die week bestaat niet") from exc
    return monday, monday + timedelta(days=6)


def week_of(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def sheet_statement(
    *, portfolio_id: str, learner: str, week: str, items: Sequence[Mapping[str, Any]]
) -> bytes:
    """The canonical bytes a sheet stands for: the portfolio, the learner, the week and every
    hour entry exactly as signed (``core.signing.hour_fields``), in date order."""
    ordered = sorted(items, key=lambda i: (str(i.get("day")), str(i.get("id"))))
    return signing.canonical(
        {
            "v": 1,
            "purpose": PURPOSE,
            "portfolio": portfolio_id,
            "learner": learner,
            "week": week,
            "items": [signing.canonical(item).decode() for item in ordered],
        }
    )


def _check_symbol(value: int) -> str:
    return CHECK_SYMBOLS[value % 37]


def sheet_code(statement: bytes) -> str:
    """``7KQ2-M9XD-4``: 40 bits of SHA-256 of the sheet statement and a check symbol."""
    value = int.from_bytes(hashlib.sha256(statement).digest()[: CODE_BITS // 8], "big")
    symbols = "".join(CROCKFORD[(value >> shift) & 31] for shift in range(35, -1, -5))
    return f"{symbols[:4]}-{symbols[4:]}-{_check_symbol(value)}"


_READS_AS = {"O": "0", "I": "1", "L": "1"}


def normalise_code(text: str) -> str:
    """A typed code as the app writes it (``7kq2 m9xd 4`` -> ``7KQ2-M9XD-4``); PaperCodeError
    (Dutch) for a wrong length, an unknown symbol or a check symbol that does not fit (a typo).
    O reads as 0, I and L as 1, as Crockford's base32 says."""
    raw = text.strip().upper().removeprefix(QR_PREFIX)
    cleaned = "".join(_READS_AS.get(ch, ch) for ch in raw if ch not in " -.")
    if len(cleaned) != 9:
        raise PaperCodeError(
            f"de code {text.strip()!r} heeft {len(cleaned)} tekens; ze heeft er 9 (zoals "
            "7KQ2-M9XD-4, onderaan het aftekenblad)"
        )
    body, check = cleaned[:8], cleaned[8]
    bad = sorted({ch for ch in body if ch not in CROCKFORD})
    if bad or check not in CHECK_SYMBOLS:
        shown = ", ".join(bad or [check])
        raise PaperCodeError(
            f"de code {text.strip()!r} bevat tekens die er niet in horen ({shown})"
        )
    value = 0
    for ch in body:
        value = value * 32 + CROCKFORD.index(ch)
    if _check_symbol(value) != check:
        raise PaperCodeError(
            f"de code {text.strip()!r} is verkeerd overgetypt (het controleteken klopt niet); "
            "kijk ze nog eens na"
        )
    return f"{body[:4]}-{body[4:]}-{check}"


def qr_text(code: str) -> str:
    """What the sheet's QR code holds."""
    return QR_PREFIX + code


@dataclass(frozen=True)
class PaperEvidence:
    """What a paper sign-off stores (``method_data``): the sheet it was signed on."""

    week: str
    code: str
    statement: str  # the sheet statement (canonical JSON text)
    scan_id: str | None = None  # the evidence row with the scan
    scan_sha256: str | None = None
    language: str = "nl"

    def to_json(self) -> str:
        return json.dumps(
            {
                "v": 1,
                "week": self.week,
                "code": self.code,
                "sheet": self.statement,
                "scan": self.scan_id,
                "scan_sha256": self.scan_sha256,
                "language": self.language,
            },
            sort_keys=True,
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str | None) -> PaperEvidence | None:
        try:
            data = json.loads(text or "")
            evidence = cls(
                week=str(data["week"]),
                code=str(data["code"]),
                statement=str(data["sheet"]),
                scan_id=data.get("scan"),
                scan_sha256=data.get("scan_sha256"),
                language=str(data.get("language", "nl")),
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            return None
        return evidence

    def items(self) -> list[str]:
        try:
            sheet = json.loads(self.statement)
            items = sheet["items"]
        except (ValueError, KeyError, TypeError):
            return []
        return [i for i in items if isinstance(i, str)] if isinstance(items, list) else []


class PaperMethod:
    """``method = "paper"``: a mentor's signature on a printed weekly sheet.

    ``verify`` holds when the item as signed is on the sheet and the sheet's code is the
    stored code; ``identity`` is never trusted: the app cannot check ink on paper.
    """

    name = "paper"
    label = LABEL

    def verify(self, record: SignOffRecord, message: bytes) -> bool:
        evidence = PaperEvidence.from_json(record.method_data)
        if evidence is None or record.signature != evidence.code:
            return False
        if sheet_code(evidence.statement.encode("utf-8")) != evidence.code:
            return False
        try:
            signed = json.loads(message)
            sheet = json.loads(evidence.statement)
        except ValueError:
            return False
        if not isinstance(signed, dict) or not isinstance(sheet, dict):
            return False
        return (
            signed.get("method") == self.name
            and signed.get("key") == evidence.code
            and signed.get("portfolio") == sheet.get("portfolio")
            and signed.get("learner") == sheet.get("learner")
            and signed.get("item") in evidence.items()
        )

    def flaw(self, record: SignOffRecord) -> str | None:
        evidence = PaperEvidence.from_json(record.method_data)
        if evidence is None:
            return "de gegevens van het papieren aftekenblad ontbreken of zijn beschadigd"
        if sheet_code(evidence.statement.encode("utf-8")) != evidence.code:
            return (
                f"de code {evidence.code} past niet bij de uren van het aftekenblad van week "
                f"{evidence.week}"
            )
        return None

    def identity(
        self, record: SignOffRecord, cards: Cards, anchors: Sequence[TrustAnchor] | None
    ) -> Identity:
        from stageportfolio.core.trust import PAPER_FACT, Identity

        evidence = PaperEvidence.from_json(record.method_data)
        week = evidence.week if evidence else "?"
        name = f"{record.signer} (op papier, week {week})"
        trusted = None if anchors is None else False
        return Identity(record.key_fingerprint or "?", None, name, False, trusted, (PAPER_FACT,))
