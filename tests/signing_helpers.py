"""Real mentor signatures for tests, without a passphrase round (no key derivation).

``mentor_signs`` signs one item of a portfolio with an Ed25519 key exactly as a mentor's app
does (statement version 2: learner, signer, decision) and stores it as ``signoff-import`` does.
"""

from __future__ import annotations

from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from stageportfolio.core import signing
from stageportfolio.services import checks
from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.store import signing_store
from stageportfolio.store.db import session_scope

KEYS: dict[str, Ed25519PrivateKey] = {}


def key_of(mentor: str) -> Ed25519PrivateKey:
    """One key per mentor name for the whole test run."""
    return KEYS.setdefault(mentor, Ed25519PrivateKey.generate())


def mentor_signs(
    service: PortfolioService,
    kind: str,
    target_id: str,
    *,
    level: int | None = None,
    mentor: str = "An Peeters",
    comment: str = "",
    decision: signing.Decision = "approve",
    signed_at: datetime = datetime(2026, 10, 12, 9, 0, tzinfo=UTC),
) -> str:
    """Sign one hour entry, activity record or competence; returns the key's fingerprint."""
    key = key_of(mentor)
    public = signing.public_key_text(key.public_key())
    fp = signing.fingerprint(public)
    with session_scope(service.engine) as session:
        loaded = checks.load(session, service.info.id)
        if kind == "hour_entry":
            item = checks.hour_item(loaded.hours[target_id])
        elif kind == "activity_record":
            record = loaded.records[target_id]
            level = level if level is not None else record.proposed_level
            item = checks.record_item(record, level)
        else:
            assert level is not None
            item = signing.competence_fields(competence_id=target_id, level=level)
        message = signing.statement(
            item,
            portfolio_id=service.info.id,
            learner=loaded.learner,
            signer=mentor,
            key_fingerprint=fp,
            signed_at=signed_at,
            comment=comment,
            decision=decision,
        )
        signing_store.add_signoffs(
            session,
            portfolio_id=service.info.id,
            rows=[
                signing_store.NewSignOff(
                    target_kind=kind,
                    target_id=target_id,
                    level=level,
                    mentor_id=None,
                    mentor_name=mentor,
                    comment=comment,
                    signed_at=signed_at,
                    payload=message.decode("utf-8"),
                    signature=signing.sign(key, message),
                    key_fingerprint=fp,
                    public_key=public,
                    decision=decision,
                )
            ],
        )
    return fp
