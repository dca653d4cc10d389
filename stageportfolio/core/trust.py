"""Checking sign-offs: facts from the pupil's data, the verdict from the receiver's keys.

Pure functions on plain data, the same for the pupil's own app (no trust anchors: facts only),
for ``verify FILE --trust SCHOOL.pub`` on a PDF or an archive, and for every later signature
method. See docs/signing.md, "Who controls what".

A sign-off record carries a ``method``. Each method knows how to check its signature over the
statement and who it names; :data:`METHODS` maps a method name to its checker, and a new method
(``eid``: a Belgian eID signature; ``paper``: a signed paper sheet) plugs in with
:func:`register_method` without touching the rest.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal, Protocol

from stageportfolio.core import signing
from stageportfolio.core.signoff_formats import FormatError, SchoolKey, VouchedCard, parse

Status = Literal["valid", "changed", "history", "invalid", "unsigned"]
# valid: verifies against the item as it is now.
# changed: genuine for what was signed, but the item changed (or is gone) since, and no later
#          sign-off of the item replaces it: the item is not confirmed any more.
# history: genuine for an earlier version of the item, followed by a later sign-off, or a
#          refusal (niet akkoord) the student answered with a correction: kept, not a problem.
# invalid: does not verify at all (forged, edited, copied to another item or portfolio).
# unsigned: a confirmation row without any signature: never counts.
PROBLEMS: frozenset[str] = frozenset({"changed", "invalid", "unsigned"})


@dataclass(frozen=True)
class SignOffRecord:
    """One stored sign-off, as in the database or in an archive's ``signoffs`` rows."""

    id: str
    target_kind: str
    target_id: str
    level: int | None
    signer: str  # the mentor's name as given with the signature (signed from version 2)
    comment: str
    signed_at: datetime
    payload: str | None = None  # the statement bytes as signed (UTF-8 text)
    signature: str | None = None
    public_key: str | None = None
    key_fingerprint: str | None = None
    method: str | None = None  # "key"; None for an unsigned row
    decision: str = "approve"  # "approve" or "refuse" (niet akkoord, comment = reason)
    method_data: str | None = None  # method-specific evidence (eID certificates, a scan id)

    @property
    def signed(self) -> bool:
        return self.signature is not None


# The current canonical item of a target (kind, id, level, statement version) or None when
# it no longer exists. Version 1 items had fewer fields (docs/signing.md).
CurrentItem = Callable[[str, str, int | None, int], "dict[str, Any] | None"]


@dataclass(frozen=True)
class Subject:
    """What the signatures are about, as it is now."""

    portfolio_id: str
    learner: str
    current: CurrentItem


@dataclass(frozen=True)
class TrustAnchor:
    """A school key the receiver trusts: the key itself, or at least 16 digits of its
    fingerprint (what a school publishes and an assessor types)."""

    label: str
    fingerprint_hex: str  # upper-case hex, a prefix of SHA-256 of the raw public key
    public_key: str | None = None
    name: str = ""

    def matches(self, public_key: str) -> bool:
        if self.public_key is not None:
            return public_key == self.public_key
        return signing.full_fingerprint(public_key).startswith(self.fingerprint_hex)

    @property
    def fingerprint(self) -> str:
        digits = self.fingerprint_hex[:16]
        return "-".join(digits[i : i + 4] for i in range(0, len(digits), 4))


class AnchorError(ValueError):
    """A ``--trust`` value that is neither a school key file nor a fingerprint."""


def anchor_from_fingerprint(text: str) -> TrustAnchor:
    digits = signing.normalise_fingerprint(text)
    if len(digits) < 16 or len(digits) > 64 or len(digits) != len(text.replace("-", "").strip()):
        raise AnchorError(
            f"{text!r}: geen vingerafdruk van een schoolsleutel (minstens 16 tekens 0-9 en A-F, "
            "zoals 9A1F-2B3C-4D5E-6F70) en geen bestand"
        )
    return TrustAnchor(label=text, fingerprint_hex=digits)


def anchor_from_key_file(data: Any, where: str) -> TrustAnchor:
    try:
        key = parse(SchoolKey, data, where, what="schoolsleutel")
    except FormatError as exc:
        raise AnchorError(str(exc)) from exc
    return TrustAnchor(
        label=where,
        fingerprint_hex=signing.full_fingerprint(key.public_key),
        public_key=key.public_key,
        name=key.name,
    )


@dataclass(frozen=True)
class CardFact:
    """A vouched mentor card for the signing key, with the school signature checked."""

    name: str
    organisation: str
    mentor_fingerprint: str
    school_name: str  # as the card says: a claim until the school key is trusted
    school_fingerprint: str
    valid_from: date
    valid_until: date
    within_validity: bool  # the signature was made inside the card's validity
    school_trusted: bool | None  # None: no anchors given (facts only)


@dataclass(frozen=True)
class Check:
    record: SignOffRecord
    status: Status
    method: str
    key_fingerprint: str
    card: CardFact | None
    trusted: bool | None  # None when no anchors were given: the pupil's app states facts
    name: str  # from the vouched card when there is one, else the signer's own claim
    name_confirmed: bool
    reasons: tuple[str, ...] = ()  # Dutch: why it is not valid or not trusted

    @property
    def problem(self) -> bool:
        """Invalid, changed, unsigned, or (with anchors) not trusted: verify fails."""
        return self.status in PROBLEMS or self.trusted is False

    @property
    def counts(self) -> bool:
        """Counts for rules and confirmed hours: a valid approval (and trusted, with anchors)."""
        return (
            self.status == "valid"
            and self.record.decision == "approve"
            and self.trusted is not False
        )

    @property
    def refused(self) -> bool:
        return self.status == "valid" and self.record.decision == "refuse"


# --- vouched cards ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Cards:
    """The vouched mentor cards a portfolio carries, checked once."""

    by_key: Mapping[str, tuple[VouchedCard, ...]]
    unusable: tuple[str, ...] = ()  # Dutch: cards that failed their own check

    @classmethod
    def from_documents(cls, documents: Iterable[str]) -> Cards:
        by_key: dict[str, list[VouchedCard]] = {}
        unusable = []
        for number, text in enumerate(documents, start=1):
            try:
                card = parse(
                    VouchedCard, json.loads(text), f"mentorkaart {number}", what="mentorkaart"
                )
            except (FormatError, ValueError) as exc:
                unusable.append(str(exc))
                continue
            if not card.school_signature_ok():
                unusable.append(
                    f"mentorkaart {number} ({card.card.name}): de handtekening van de school "
                    "klopt niet"
                )
                continue
            by_key.setdefault(card.card.public_key, []).append(card)
        return cls({k: tuple(v) for k, v in by_key.items()}, tuple(unusable))

    def names(self) -> dict[str, list[VouchedCard]]:
        out: dict[str, list[VouchedCard]] = {}
        for cards in self.by_key.values():
            for card in cards:
                out.setdefault(card.card.name.casefold(), []).append(card)
        return out


def _card_fact(
    card: VouchedCard, signed_on: date, anchors: Sequence[TrustAnchor] | None
) -> CardFact:
    trusted = None if anchors is None else any(a.matches(card.school.public_key) for a in anchors)
    return CardFact(
        name=card.card.name,
        organisation=card.card.organisation,
        mentor_fingerprint=card.card.fingerprint,
        school_name=card.school.name,
        school_fingerprint=card.school.fingerprint,
        valid_from=card.valid_from,
        valid_until=card.valid_until,
        within_validity=card.valid_from <= signed_on <= card.valid_until,
        school_trusted=trusted,
    )


def best_card(
    cards: Sequence[VouchedCard], signed_on: date, anchors: Sequence[TrustAnchor] | None
) -> CardFact | None:
    """The most useful card of a key: trusted and valid first, then valid, then any."""
    facts = [_card_fact(card, signed_on, anchors) for card in cards]
    facts.sort(key=lambda f: (f.school_trusted is True, f.within_validity), reverse=True)
    return facts[0] if facts else None


# --- signature methods ------------------------------------------------------------------------


@dataclass(frozen=True)
class Identity:
    """Who a signature names, and whether the receiver's anchors make that trusted."""

    key_fingerprint: str
    card: CardFact | None
    name: str
    name_confirmed: bool
    trusted: bool | None
    reasons: tuple[str, ...] = ()


class SignatureMethod(Protocol):
    """How one kind of signature is checked. ``name`` is the record's ``method``."""

    name: str
    label: str  # Dutch, for people: "digitale sleutel", "eID", "papieren aftekening"

    def verify(self, record: SignOffRecord, message: bytes) -> bool:
        """True when the record's signature is a signature over ``message``."""

    def identity(
        self, record: SignOffRecord, cards: Cards, anchors: Sequence[TrustAnchor] | None
    ) -> Identity:
        """Who signed, from evidence the pupil cannot make (cards, certificates)."""


class KeyMethod:
    """An Ed25519 key of the mentor; its owner is named by a school-vouched mentor card."""

    name = "key"
    label = "digitale sleutel"

    def verify(self, record: SignOffRecord, message: bytes) -> bool:
        if record.public_key is None or record.signature is None:
            return False
        try:
            if signing.fingerprint(record.public_key) != record.key_fingerprint:
                return False
        except ValueError:
            return False
        return signing.verify(record.public_key, message, record.signature)

    def identity(
        self, record: SignOffRecord, cards: Cards, anchors: Sequence[TrustAnchor] | None
    ) -> Identity:
        key = record.public_key or ""
        try:
            fp = signing.fingerprint(key)
        except ValueError:
            fp = record.key_fingerprint or "?"
        card = best_card(cards.by_key.get(key, ()), record.signed_at.date(), anchors)
        reasons: list[str] = []
        if card is None:
            others = [
                c for c in cards.names().get(record.signer.casefold(), [])
                if c.card.public_key != key
            ]  # fmt: skip
            if others:
                reasons.append(
                    f"ondertekend als {record.signer}, maar met een andere sleutel ({fp}) dan "
                    f"die op de mentorkaart van {others[0].card.name} "
                    f"({others[0].card.fingerprint})"
                )
            else:
                reasons.append(f"de sleutel {fp} is niet bevestigd door een school")
            trusted = None if anchors is None else False
            return Identity(fp, None, record.signer, False, trusted, tuple(reasons))
        trusted: bool | None = None  # type: ignore[no-redef]
        if anchors is not None:
            trusted = bool(card.school_trusted and card.within_validity)
            if not card.school_trusted:
                reasons.append(
                    f"de mentorkaart is ondertekend door schoolsleutel {card.school_fingerprint} "
                    f"({card.school_name}), en die sleutel is niet vertrouwd"
                )
        if not card.within_validity:
            reasons.append(
                f"ondertekend op {record.signed_at.date():%d/%m/%Y}, buiten de geldigheid van "
                f"de mentorkaart ({card.valid_from:%d/%m/%Y} tot {card.valid_until:%d/%m/%Y})"
            )
            trusted = None if anchors is None else False
        if record.signer.strip().casefold() != card.name.strip().casefold():
            reasons.append(
                f"in de handtekening staat de naam {record.signer!r}; de mentorkaart zegt "
                f"{card.name!r}"
            )
        return Identity(fp, card, card.name, True, trusted, tuple(reasons))


METHODS: dict[str, SignatureMethod] = {}


def register_method(method: SignatureMethod) -> None:
    """Add (or replace) the checker of one signature method."""
    METHODS[method.name] = method


register_method(KeyMethod())

# Said wherever a paper sign-off shows (app, status, PDF, verify).
PAPER_FACT = (
    "papieren aftekening: zwakker dan een sleutel of eID, want de app kan de handtekening op "
    "papier niet nakijken"
)


# --- the check --------------------------------------------------------------------------------


def statement_for(record: SignOffRecord, subject: Subject, item: Mapping[str, Any]) -> bytes:
    """The statement the record's signature must be over, for ``item`` as it is now."""
    version = _payload_version(record.payload)
    if version == 1:
        return signing.statement_v1(
            item,
            portfolio_id=subject.portfolio_id,
            key_fingerprint=record.key_fingerprint or "",
            signed_at=record.signed_at,
            comment=record.comment,
        )
    return signing.statement(
        item,
        portfolio_id=subject.portfolio_id,
        learner=subject.learner,
        signer=record.signer,
        key_fingerprint=record.key_fingerprint or "",
        signed_at=record.signed_at,
        comment=record.comment,
        decision="refuse" if record.decision == "refuse" else "approve",
        method=record.method or "key",
    )


def _payload_version(payload: str | None) -> int:
    try:
        value = json.loads(payload or "{}").get("v", 2)
    except (ValueError, AttributeError):
        return 2
    return 1 if value == 1 else 2


def _payload_is_this_signoff(record: SignOffRecord, subject: Subject) -> bool:
    """The stored statement is this very sign-off (same portfolio, item, key, time, …)."""
    try:
        signed = json.loads(record.payload or "")
        item = json.loads(signed["item"])
        signed_at = datetime.fromisoformat(signed["signed_at"])
    except (ValueError, KeyError, TypeError):
        return False
    if not isinstance(item, dict) or not isinstance(signed, dict):
        return False
    expected_level = record.level if record.target_kind != "hour_entry" else None
    same = (
        signed.get("portfolio") == subject.portfolio_id
        and signed.get("key") == record.key_fingerprint
        and signed.get("comment") == record.comment
        and signed_at == record.signed_at
        and item.get("kind") == record.target_kind
        and item.get("id") == record.target_id
        and item.get("level") == expected_level
    )
    if signed.get("v") == 1:
        return bool(same and record.decision == "approve")
    return bool(
        same
        and signed.get("v") == signing.SIGNATURE_VERSION
        and signed.get("decision") == record.decision
        and signed.get("signer") == record.signer
        and signed.get("method") == (record.method or "key")
    )


def _status(record: SignOffRecord, subject: Subject, method: SignatureMethod | None) -> Status:
    if not record.signed:
        return "unsigned"
    if method is None or _flaw(method, record) is not None:
        return "invalid"
    level = record.level if record.target_kind != "hour_entry" else None
    version = _payload_version(record.payload)
    current = subject.current(record.target_kind, record.target_id, level, version)
    if current is not None and method.verify(record, statement_for(record, subject, current)):
        return "valid"
    payload = (record.payload or "").encode("utf-8")
    if method.verify(record, payload) and _payload_is_this_signoff(record, subject):
        return "changed"
    return "invalid"


def _flaw(method: SignatureMethod, record: SignOffRecord) -> str | None:
    """A method's own reason why a signature can never count (an expired eID certificate, a
    chain that does not lead to a Belgian root, a paper code that does not match), or None.
    Methods without such checks (``key``) have no ``flaw``."""
    check = getattr(method, "flaw", None)
    return None if check is None else check(record)


def check_signoffs(
    records: Sequence[SignOffRecord],
    subject: Subject,
    cards: Cards,
    anchors: Sequence[TrustAnchor] | None = None,
) -> list[Check]:
    """Every record checked, in the records' order.

    Without ``anchors`` (the pupil's own app) ``trusted`` stays ``None``: facts only. With
    anchors (a receiver's ``--trust``), a signature is trusted only when it is valid and its
    signer is named by evidence that leads to one of the anchors.
    """
    first: list[tuple[SignOffRecord, Status, SignatureMethod | None]] = []
    for record in records:
        method = METHODS.get(record.method or "key") if record.signed else None
        first.append((record, _status(record, subject, method), method))
    # The latest sign-off time per item among the genuine ones (valid or changed).
    latest: dict[tuple[str, str], datetime] = {}
    for record, status, _ in first:
        if status in ("valid", "changed"):
            key = (record.target_kind, record.target_id)
            latest[key] = max(latest.get(key, record.signed_at), record.signed_at)
    out: list[Check] = []
    for record, status, method in first:
        key = (record.target_kind, record.target_id)
        if status == "changed" and (
            record.decision == "refuse" or latest.get(key, record.signed_at) > record.signed_at
        ):
            status = "history"
        out.append(_check(record, status, method, cards, anchors))
    return out


_STATUS_REASONS = {
    "changed": "gewijzigd na aftekening (of verwijderd); nog niet opnieuw afgetekend",
    "invalid": "de handtekening klopt niet (vervalst, gewijzigd of van een ander item)",
    "unsigned": "zonder handtekening: telt niet",
}


def _check(
    record: SignOffRecord,
    status: Status,
    method: SignatureMethod | None,
    cards: Cards,
    anchors: Sequence[TrustAnchor] | None,
) -> Check:
    reasons = [_STATUS_REASONS[status]] if status in _STATUS_REASONS else []
    flaw = _flaw(method, record) if method is not None and record.signed else None
    if status == "invalid" and flaw is not None:
        reasons = [flaw]
    if method is None:
        if record.signed:
            reasons.append(f"onbekende ondertekeningsmethode {record.method!r}")
        return Check(
            record, status, record.method or "", record.key_fingerprint or "", None,
            None if anchors is None else False, record.signer, False, tuple(reasons),
        )  # fmt: skip
    who = method.identity(record, cards, anchors)
    trusted = who.trusted
    if anchors is not None and status not in ("valid", "history"):
        trusted = False
    return Check(
        record=record,
        status=status,
        method=method.name,
        key_fingerprint=who.key_fingerprint,
        card=who.card,
        trusted=trusted,
        name=who.name,
        name_confirmed=who.name_confirmed,
        reasons=tuple(reasons) + who.reasons,
    )


@dataclass(frozen=True)
class Summary:
    """Counts over a set of checks, for the one-line verdicts."""

    total: int
    problems: int
    trusted: int
    refused: int
    by_status: dict[str, int] = field(default_factory=dict)


def summarise(checks: Sequence[Check]) -> Summary:
    by_status: dict[str, int] = {}
    for check in checks:
        by_status[check.status] = by_status.get(check.status, 0) + 1
    return Summary(
        total=len(checks),
        problems=sum(1 for c in checks if c.problem),
        trusted=sum(1 for c in checks if c.trusted),
        refused=sum(1 for c in checks if c.refused),
        by_status=by_status,
    )


def confirmed_targets(checks: Iterable[Check]) -> dict[tuple[str, str], Check]:
    """Per item, the latest sign-off that counts (a valid approval, trusted with anchors)."""
    out: dict[tuple[str, str], Check] = {}
    for check in checks:
        if check.counts:
            key = (check.record.target_kind, check.record.target_id)
            if key not in out or out[key].record.signed_at <= check.record.signed_at:
                out[key] = check
    return out


def key_fact(check: Check) -> str:
    """The pupil-side sentence for a signature (facts, never the school's verdict)."""
    if not check.record.signed:
        return "zonder handtekening"
    if check.method == "paper":
        return f"aftekenblad met code {check.key_fingerprint}; {PAPER_FACT}"
    if check.method == "eid":
        text = f"gekwalificeerde handtekening (eID) van {check.name} (eID {check.key_fingerprint})"
        if check.card is not None:
            return text + (
                f"; mentorkaart ondertekend door schoolsleutel {check.card.school_fingerprint} "
                "(vergelijk met de vingerafdruk van je school)"
            )
        return text + "; niet als mentor bevestigd door een school"
    text = f"ondertekend met sleutel {check.key_fingerprint}"
    if check.card is not None:
        text += (
            f"; mentorkaart ondertekend door schoolsleutel {check.card.school_fingerprint} "
            "(vergelijk met de vingerafdruk van je school)"
        )
    else:
        text += "; niet bevestigd door een school"
    return text


def _register_more_methods() -> None:
    """The eID and paper methods live in their own modules (they import this one)."""
    from stageportfolio.core.eid import EidMethod
    from stageportfolio.core.paper import PaperMethod

    register_method(EidMethod())
    register_method(PaperMethod())


_register_more_methods()
