"""Signing an item: the one place where an hour entry, an activity or a competence gets a
mentor's signature, for both sides (docs/signing.md).

The pupil's laptop (``services.signoffs``: the mentor signs on the spot with a key sealed in
the portfolio), the mentor's own app (``services.mentormode``: a request file in, a response
file out) and the demo turn a mentor's decision into the same signed statement:

- an activity is signed at the mentor's level (``Decision.level``), or at the proposed level
  when the mentor gives none; "niet akkoord" keeps the proposed level and needs a reason;
- hours and competences are signed as they are;
- the statement (``core.signing.statement``, version 2) binds the portfolio, the learner's and
  the mentor's names, the key's fingerprint, the moment, the comment and the decision.

The response file is written here too, through its model (``core.signoff_formats``), so what
the mentor's app writes is what the pupil's app reads.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from stageportfolio.core import signing
from stageportfolio.core.mentorload import sector_of
from stageportfolio.core.signoff_formats import (
    FILE_VERSION,
    RESPONSE_FORMAT,
    ResponseMentor,
    ResponseSignature,
    SignResponseFile,
    file_bytes,
)
from stageportfolio.services.errors import ServiceError

__all__ = [
    "Decision",
    "DecisionError",
    "Signature",
    "SignedForm",
    "check_decision",
    "response_file",
    "sign_item",
    "signed_form",
]


@dataclass(frozen=True)
class Decision:
    """The mentor's decision on one item: ``approve``, or ``refuse`` ("niet akkoord") with the
    reason in ``comment``; neither leaves the item out.

    ``level`` is the mentor's level for an activity (``None``: the proposed level); it is
    ignored for hours and competences, whose signed content is the student's.
    """

    approve: bool
    level: int | None = None
    comment: str = ""
    refuse: bool = False

    @property
    def decided(self) -> bool:
        return self.approve or self.refuse


class DecisionError(ServiceError, ValueError):
    """A decision that cannot be signed (a level below 1, "niet akkoord" without a reason)."""


def check_decision(decision: Decision, item: str) -> None:
    """Raise DecisionError (Dutch, naming ``item``) for a decision that cannot be signed."""
    level = decision.level
    if (
        decision.approve
        and level is not None
        and (not isinstance(level, int) or isinstance(level, bool) or level < 1)
    ):
        raise DecisionError(f"ongeldig niveau {level!r} voor {item}")
    if decision.refuse and not decision.comment.strip():
        raise DecisionError(f"geef een reden bij ‘niet akkoord’ voor {item}")


@dataclass(frozen=True)
class Signature:
    """One signed decision: the item as signed, and everything the statement binds."""

    item: dict[str, Any]  # for an activity with the mentor's "level"
    decision: Literal["approve", "refuse"]
    level: int | None
    comment: str
    signed_at: datetime
    statement: bytes
    signature: str
    method: Literal["key"] = "key"

    def response_entry(self) -> ResponseSignature:
        return ResponseSignature(
            item=self.item,
            decision=self.decision,
            level=self.level,
            comment=self.comment,
            signed_at=self.signed_at,
            method=self.method,
            signature=self.signature,
        )


@dataclass(frozen=True)
class SignedForm:
    """An item as a mentor's decision signs it: an activity at the mentor's level (the proposed
    level when the mentor gives none, or says "niet akkoord"); hours and competences as they
    are. Every signature method (key, eID) signs this form."""

    item: dict[str, Any]
    level: int | None
    decision: Literal["approve", "refuse"]
    comment: str


def signed_form(item: Mapping[str, Any], decision: Decision) -> SignedForm:
    """What ``decision`` signs of ``item`` (the canonical item as the student asks it to be
    signed: an activity with ``level`` = the proposed level). Raises DecisionError."""
    check_decision(decision, f"item {item.get('id')}")
    signed = dict(item)
    level: int | None = None
    if signed.get("kind") == "activity_record":
        proposed = int(signed["proposed"])
        level = proposed if decision.refuse or decision.level is None else decision.level
        signed["level"] = level
    elif signed.get("kind") == "competence":
        level = int(signed["level"])
    verdict: Literal["approve", "refuse"] = "refuse" if decision.refuse else "approve"
    return SignedForm(signed, level, verdict, decision.comment.strip())


def sign_item(
    item: Mapping[str, Any],
    decision: Decision,
    *,
    private: Ed25519PrivateKey,
    portfolio_id: str,
    learner: str,
    signer: str,
    key_fingerprint: str,
    signed_at: datetime,
) -> Signature:
    """Sign ``decision`` on ``item`` (the canonical item as the student asks it to be signed:
    an activity with ``level`` = the proposed level) with the mentor's ``private`` key."""
    form = signed_form(item, decision)
    message = signing.statement(
        form.item,
        portfolio_id=portfolio_id,
        learner=learner,
        signer=signer,
        key_fingerprint=key_fingerprint,
        signed_at=signed_at,
        comment=form.comment,
        decision=form.decision,
    )
    return Signature(
        item=form.item,
        decision=form.decision,
        level=form.level,
        comment=form.comment,
        signed_at=signed_at,
        statement=message,
        signature=signing.sign(private, message),
    )


def response_file(
    *,
    portfolio_id: str,
    name: str,
    organisation: str,
    sector: str,
    public_key: str,
    signatures: Sequence[Signature],
) -> bytes:
    """The sign-off response (``*.aftekening.json``) carrying ``signatures``."""
    response = SignResponseFile(
        format=RESPONSE_FORMAT,
        version=FILE_VERSION,
        portfolio_id=portfolio_id,
        mentor=ResponseMentor(
            name=name,
            organisation=organisation,
            sector=sector_of(sector),
            public_key=public_key,
            fingerprint=signing.fingerprint(public_key),
        ),
        signatures=[s.response_entry() for s in signatures],
    )
    return file_bytes(response)
