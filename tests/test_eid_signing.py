"""Signing sign-offs with a Belgian eID, on SoftHSM2 tokens shaped like the card
(tests/eid_helpers.py): a good signature, a wrong chain, an expired certificate, a wrong key
usage, a tampered item, and what a receiver's check says about each."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from stageportfolio.core import eid, trust
from stageportfolio.services import eid_signing
from stageportfolio.services.portfolio import PortfolioService, open_current
from stageportfolio.services.signoffs import Decision, SignOffService
from tests.eid_helpers import MODULE, PIN

TODAY = date(2026, 11, 23)


@pytest.fixture
def portfolio(private_home: Path) -> Iterator[tuple[PortfolioService, dict[str, str]]]:
    svc = PortfolioService.create(
        open_current(), role="student", name="Lotte", list_id="verzorgende-zorgkundige"
    )
    an = svc.add_mentor(name="An Peeters", organisation="WZC Ter Duinen")
    placement = svc.add_placement(
        organisation="WZC Ter Duinen", context="residentieel", start_date=date(2026, 9, 14),
        end_date=date(2026, 10, 9), mentor_id=an,
    )  # fmt: skip
    ids = {"mentor": an, "placement": placement}
    for n, day in enumerate((date(2026, 10, 6), date(2026, 10, 7))):
        ids[f"h{n}"] = svc.add_hours(
            day=day, minutes=450, context="residentieel", placement_id=placement, today=TODAY
        )
    yield svc, ids
    svc.engine.dispose()


def _approve(ids: dict[str, str]) -> list[Decision]:
    return [
        Decision("hour_entry", ids["h0"], True),
        Decision("hour_entry", ids["h1"], False, refuse=True, comment="was die dag ziek"),
    ]


def test_a_good_card_signs_every_item_with_one_pin(
    softhsm_cards: Any, test_eid_root: Any, portfolio: Any
) -> None:
    svc, ids = portfolio
    signoffs = SignOffService(svc)
    count = eid_signing.sign_on_the_spot(
        signoffs, _approve(ids), module=MODULE, pin=PIN, mentor_id=ids["mentor"]
    )
    assert count == 2
    checked = {v.target_id: v for v in signoffs.verify_all()}
    good, refused = checked[ids["h0"]], checked[ids["h1"]]
    assert good.status == "valid" and good.method == "eid" and good.decision == "approve"
    assert refused.status == "valid" and refused.decision == "refuse"
    assert good.mentor_name == "An Peeters" and good.name_confirmed
    assert "gekwalificeerde handtekening (eID) van An Peeters" in good.fact
    assert "niet als mentor bevestigd door een school" in good.fact
    # One PIN entry: both rows carry the same card signature over both statements.
    rows = _rows(svc)
    assert len({row["signature"] for row in rows}) == 1
    evidence = eid.parse_evidence(rows[0]["method_data"])
    assert len(evidence.batch) == 2 and len(evidence.chain) == 3
    assert evidence.algorithm == "ecdsa-sha384"
    assert signoffs.hour_totals().confirmed == 450
    # A receiver with anchors: genuine person, but no school vouched that An is the mentor.
    school = trust.TrustAnchor(label="school", fingerprint_hex="AB" * 8)
    judged = {v.target_id: v for v in signoffs.verify_all([school])}
    assert judged[ids["h0"]].trusted is False
    assert any("geen school bevestigde" in r for r in judged[ids["h0"]].reasons)


def _rows(svc: PortfolioService) -> list[dict[str, Any]]:
    db = Path(str(svc.engine.url.database))
    with sqlite3.connect(db) as con:
        con.row_factory = sqlite3.Row
        return [dict(r) for r in con.execute("SELECT * FROM signoff ORDER BY target_id")]


def test_a_changed_entry_after_the_eid_signature_is_flagged(
    softhsm_cards: Any, test_eid_root: Any, portfolio: Any
) -> None:
    svc, ids = portfolio
    signoffs = SignOffService(svc)
    eid_signing.sign_on_the_spot(signoffs, _approve(ids)[:1], module=MODULE, pin=PIN)
    svc.update_hours(
        ids["h0"], day=date(2026, 10, 6), minutes=600, context="residentieel",
        placement_id=ids["placement"], note="", confirm_signed=True, today=TODAY,
    )  # fmt: skip
    (check,) = signoffs.verify_all()
    assert check.status == "changed" and check.problem
    assert signoffs.hour_totals().confirmed == 0


def test_a_tampered_row_does_not_verify(
    softhsm_cards: Any, test_eid_root: Any, portfolio: Any
) -> None:
    svc, ids = portfolio
    signoffs = SignOffService(svc)
    eid_signing.sign_on_the_spot(signoffs, _approve(ids)[:1], module=MODULE, pin=PIN)
    db = Path(str(svc.engine.url.database))
    with sqlite3.connect(db) as con:
        # The pupil edits the signed minutes in the stored statement and the hour entry alike.
        con.execute("UPDATE hour_entry SET minutes = 480")
        payload = con.execute("SELECT payload FROM signoff").fetchone()[0]
        con.execute("UPDATE signoff SET payload = ?", (payload.replace("450", "480"),))
    (check,) = signoffs.verify_all()
    assert check.status == "invalid"
    # Another certificate with the same name slipped into the evidence: invalid as well.
    with sqlite3.connect(db) as con:
        data = json.loads(con.execute("SELECT method_data FROM signoff").fetchone()[0])
        data["chain"][0] = data["chain"][1]
        con.execute("UPDATE signoff SET method_data = ?", (json.dumps(data),))
    assert signoffs.verify_all()[0].status == "invalid"


@pytest.mark.parametrize(
    ("card", "reason"),
    [
        ("EXPIRED", "verlopen"),
        ("ROGUE", "Belgisch basiscertificaat"),
        ("AUTHKEY", "non-repudiation"),
    ],
)
def test_a_card_that_cannot_sign_qualified_is_refused_before_the_pin(
    softhsm_cards: Any, test_eid_root: Any, portfolio: Any, card: str, reason: str
) -> None:
    svc, ids = portfolio
    signoffs = SignOffService(svc)
    with pytest.raises(eid_signing.EidSignError, match=reason):
        eid_signing.sign_on_the_spot(
            signoffs, _approve(ids)[:1], module=MODULE, pin=PIN, token_label=card
        )
    assert _rows(svc) == []


@pytest.mark.parametrize(
    ("card", "reason"),
    [
        ("EXPIRED", "verlopen"),
        ("ROGUE", "Belgisch basiscertificaat"),
        ("AUTHKEY", "non-repudiation"),
    ],
)
def test_a_signature_made_by_such_a_card_anyway_is_invalid(
    softhsm_cards: Any, test_eid_root: Any, portfolio: Any, card: str, reason: str
) -> None:
    """A pupil who gets such a card to sign outside the app's checks still gets nothing."""
    svc, ids = portfolio
    signoffs = SignOffService(svc)
    info = eid_signing.read_card(MODULE, token_label=card)
    good = eid_signing.read_card(MODULE)
    real = dataclasses.replace(info, chain=info.chain)
    assert real.problems() and not good.problems()
    # Bypass the refusal: sign through the lower-level function, store like the app would.
    monkey = pytest.MonkeyPatch()
    monkey.setattr(eid_signing.CardInfo, "problems", lambda self, moment=None: [])
    try:
        eid_signing.sign_on_the_spot(
            signoffs, _approve(ids)[:1], module=MODULE, pin=PIN, token_label=card
        )
    finally:
        monkey.undo()
    (check,) = signoffs.verify_all()
    assert check.status == "invalid" and not check.counts
    assert reason in " ".join(check.reasons)
    assert signoffs.hour_totals().confirmed == 0


def test_the_shipped_roots_do_not_trust_the_test_card(softhsm_cards: Any, portfolio: Any) -> None:
    """Without the test root named, a test card is not a Belgian eID."""
    svc, ids = portfolio
    signoffs = SignOffService(svc)
    with pytest.raises(eid_signing.EidSignError, match="Belgisch basiscertificaat"):
        eid_signing.sign_on_the_spot(signoffs, _approve(ids)[:1], module=MODULE, pin=PIN)


def test_wrong_pin_and_no_card_give_plain_messages(
    softhsm_cards: Any, test_eid_root: Any, portfolio: Any
) -> None:
    svc, ids = portfolio
    signoffs = SignOffService(svc)
    with pytest.raises(eid_signing.EidSignError, match="verkeerde pincode"):
        eid_signing.sign_on_the_spot(signoffs, _approve(ids)[:1], module=MODULE, pin="9999")
    with pytest.raises(eid_signing.EidUnavailable, match="geen eID-kaart"):
        eid_signing.sign_on_the_spot(
            signoffs, _approve(ids)[:1], module=MODULE, pin=PIN, token_label="NOPE"
        )
    assert _rows(svc) == []
    assert eid_signing.find_module("/nonexistent/libbeidpkcs11.so") is None
    assert eid_signing.find_module(MODULE) == MODULE
