"""Keys, passphrases and the checks of ``core.trust``, on plain data (docs/signing.md)."""

from __future__ import annotations

import dataclasses
import json
import os
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from stageportfolio.core import signing, trust
from stageportfolio.core.passphrase import passphrase_problem
from stageportfolio.core.signoff_formats import CardBody, SchoolRef, vouch_statement
from stageportfolio.core.text import plain

STRONG = "paard batterij nietje correct"


# --- passphrases ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "weak", ["", "aaaaaaaa", "password", "welkom123", "wachtwoord1", "Lotte2009!", "zomer2026"]
)
def test_weak_passphrases_are_refused_with_a_dutch_hint(weak: str) -> None:
    problem = passphrase_problem(weak)
    assert problem is not None and "wachtzin" in problem.lower()


def test_strong_passphrases_pass_and_the_mentors_own_name_does_not_help() -> None:
    assert passphrase_problem(STRONG) is None
    assert passphrase_problem("ik hou van mijn hond en van fietsen") is None
    assert passphrase_problem(
        "AnPeeters WZCTerDuinen", user_inputs=["An Peeters", "WZC Ter Duinen"]
    )


# --- sealed keys ------------------------------------------------------------------------------


def test_a_new_key_uses_argon2id_at_todays_cost_and_unseals() -> None:
    sealed = signing.new_sealed_key(STRONG)
    stored = json.loads(sealed.to_json())
    assert stored["kdf"] == "argon2id" and stored["m"] == 64 * 1024 and stored["t"] == 3
    again = signing.SealedKey.from_json(sealed.to_json())
    start = time.perf_counter()
    private = signing.unseal(again, STRONG)
    assert time.perf_counter() - start > 0.05  # a guess costs real time
    assert signing.public_key_text(private.public_key()) == sealed.public_key
    with pytest.raises(signing.WrongPassphraseError):
        signing.unseal(again, STRONG + "!")
    with pytest.raises(signing.WeakPassphraseError):
        signing.new_sealed_key("welkom123")


@pytest.mark.parametrize(
    "change",
    [
        {"m": 16 * 1024 * 1024},  # 16 GiB
        {"t": 10_000},
        {"p": 1024},
        {"m": 1024},  # too cheap to be a real cost either
        {"kdf": "md5"},
    ],
)
def test_a_hostile_sealed_key_cannot_ask_for_absurd_cost(change: dict[str, Any]) -> None:
    stored = json.loads(signing.new_sealed_key(STRONG).to_json()) | change
    with pytest.raises(signing.SealedKeyError):
        signing.SealedKey.from_json(json.dumps(stored))


def _legacy_scrypt_key(passphrase: str, n: int = 2**15) -> tuple[str, str]:
    """A key sealed as schema 0002 did it: scrypt, no ``kdf`` field."""
    private = Ed25519PrivateKey.generate()
    public = signing.public_key_text(private.public_key())
    salt, nonce = os.urandom(16), os.urandom(12)
    key = Scrypt(salt=salt, length=32, n=n, r=8, p=1).derive(passphrase.encode())
    ciphertext = AESGCM(key).encrypt(nonce, private.private_bytes_raw(), public.encode())
    stored = {
        "public_key": public,
        "salt": signing.b64(salt),
        "nonce": signing.b64(nonce),
        "ciphertext": signing.b64(ciphertext),
        "n": n,
        "r": 8,
        "p": 1,
    }
    return json.dumps(stored, sort_keys=True), public


def test_an_old_scrypt_key_is_read_and_upgraded_on_unseal() -> None:
    text, public = _legacy_scrypt_key("oude wachtzin")
    sealed = signing.SealedKey.from_json(text)
    assert sealed.kdf == "scrypt" and not sealed.current
    private, upgraded = signing.unseal_and_upgrade(sealed, "oude wachtzin")
    assert signing.public_key_text(private.public_key()) == public
    assert upgraded is not None and upgraded.kdf == "argon2id" and upgraded.current
    assert upgraded.public_key == public
    assert signing.unseal_and_upgrade(upgraded, "oude wachtzin")[1] is None
    # A legacy file asking for scrypt N = 2^24 (16 GiB) is refused unread.
    huge = json.loads(text) | {"n": 2**24}
    with pytest.raises(signing.SealedKeyError):
        signing.SealedKey.from_json(json.dumps(huge))


def test_plain_text_removes_terminal_escapes_and_direction_tricks() -> None:
    assert plain("Lotte\x1b[2J\x1b]0;x\x07 \u202eVermeulen") == "Lotte[2J]0;x Vermeulen"
    assert plain("twee\nregels", one_line=True) == "twee regels"


# --- checks -----------------------------------------------------------------------------------

NOW = datetime(2026, 10, 12, 9, 0, tzinfo=UTC)
ITEM = {"kind": "competence", "id": "bkc1", "level": 3}


def _subject(learner: str = "Lotte") -> trust.Subject:
    def current(kind: str, target: str, level: int | None, version: int) -> Any:
        return {"kind": kind, "id": target, "level": level} if target == "bkc1" else None

    return trust.Subject("pf-1", learner, current)


def _record(key: Ed25519PrivateKey, *, signer: str = "An Peeters", **extra: Any) -> Any:
    public = signing.public_key_text(key.public_key())
    fp = signing.fingerprint(public)
    message = signing.statement(
        ITEM, portfolio_id="pf-1", learner="Lotte", signer=signer, key_fingerprint=fp,
        signed_at=NOW,
    )  # fmt: skip
    fields = dict(
        id="s1", target_kind="competence", target_id="bkc1", level=3, signer=signer,
        comment="", signed_at=NOW, payload=message.decode(), signature=signing.sign(key, message),
        public_key=public, key_fingerprint=fp, method="key",
    )  # fmt: skip
    return trust.SignOffRecord(**(fields | extra))


def _vouched(mentor: Ed25519PrivateKey, school: Ed25519PrivateKey, name: str = "An Peeters") -> str:
    public = signing.public_key_text(mentor.public_key())
    card = CardBody(name=name, public_key=public, fingerprint=signing.fingerprint(public))
    school_public = signing.public_key_text(school.public_key())
    ref = SchoolRef(
        name="Sint-Jozef", public_key=school_public, fingerprint=signing.fingerprint(school_public)
    )
    start, until = date(2026, 9, 1), date(2028, 8, 31)
    message = vouch_statement(card, school=ref, valid_from=start, valid_until=until, vouched_at=NOW)
    return json.dumps(
        {
            "format": "stageportfolio-vouched-mentor-card", "version": 1,
            "card": card.model_dump(), "valid_from": start.isoformat(),
            "valid_until": until.isoformat(), "school": ref.model_dump(),
            "vouched_at": NOW.isoformat(), "signature": signing.sign(school, message),
        }
    )  # fmt: skip


def _anchor(school: Ed25519PrivateKey) -> trust.TrustAnchor:
    public = signing.public_key_text(school.public_key())
    return trust.TrustAnchor("school.pub", signing.full_fingerprint(public), public)


def test_trusted_only_with_a_card_from_an_anchor() -> None:
    an, school, fake_school = (Ed25519PrivateKey.generate() for _ in range(3))
    record = _record(an)
    cards = trust.Cards.from_documents([_vouched(an, fake_school)])
    (facts,) = trust.check_signoffs([record], _subject(), cards)
    assert facts.status == "valid" and facts.trusted is None and facts.name_confirmed
    assert "mentorkaart ondertekend door schoolsleutel" in trust.key_fact(facts)
    (judged,) = trust.check_signoffs([record], _subject(), cards, [_anchor(school)])
    assert judged.trusted is False and "niet vertrouwd" in " ".join(judged.reasons)
    good = trust.Cards.from_documents([_vouched(an, school)])
    (judged,) = trust.check_signoffs([record], _subject(), good, [_anchor(school)])
    assert judged.trusted is True and not judged.problem
    # The published fingerprint (16 digits) is enough to name the anchor.
    public = signing.public_key_text(school.public_key())
    by_fp = trust.anchor_from_fingerprint(signing.fingerprint(public).lower())
    assert trust.check_signoffs([record], _subject(), good, [by_fp])[0].trusted is True
    with pytest.raises(trust.AnchorError):
        trust.anchor_from_fingerprint("9A1F")


def test_another_learner_is_not_valid_and_an_edited_name_is_invalid() -> None:
    an = Ed25519PrivateKey.generate()
    # Signed for Lotte; the portfolio now says Emma: genuine, but not for this learner.
    (check,) = trust.check_signoffs([_record(an)], _subject("Emma"), trust.Cards({}))
    assert check.status == "changed" and check.problem
    edited = dataclasses.replace(_record(an), signer="Directeur")  # edited after signing
    assert trust.check_signoffs([edited], _subject(), trust.Cards({}))[0].status == "invalid"


@dataclass
class StandInMethod:
    """A stand-in for a later method: plugs in without touching core.trust."""

    name: str = "stand-in"
    label: str = "voorbeeldmethode"

    def verify(self, record: trust.SignOffRecord, message: bytes) -> bool:
        return record.method_data == "code-ok"

    def identity(self, record: Any, cards: Any, anchors: Any) -> trust.Identity:
        return trust.Identity("–", None, record.signer, False, None if anchors is None else False)


def test_a_new_signature_method_plugs_in() -> None:
    an = Ed25519PrivateKey.generate()
    record = _record(an, method="stand-in", method_data="code-ok", payload="{}")
    (unknown,) = trust.check_signoffs([record], _subject(), trust.Cards({}))
    assert unknown.status == "invalid" and "onbekende" in " ".join(unknown.reasons)
    trust.register_method(StandInMethod())
    try:
        (check,) = trust.check_signoffs([record], _subject(), trust.Cards({}))
        assert check.status == "valid" and check.method == "stand-in"
        school = Ed25519PrivateKey.generate()
        (judged,) = trust.check_signoffs([record], _subject(), trust.Cards({}), [_anchor(school)])
        assert judged.trusted is False  # weaker than a vouched key, and said so
    finally:
        del trust.METHODS["stand-in"]


def test_a_list_may_count_only_confirmed_hours_for_a_rule() -> None:
    from stageportfolio.core.rules import evaluate
    from tests.core.builders import hours, make_list, rule

    alist = make_list(
        [
            rule("min_total_hours", "alle-uren", hours=300),
            rule("min_total_hours", "bevestigde-uren", hours=300, confirmed_only=True),
        ]
    )
    logged = hours(residentieel=310)
    confirmed = hours(residentieel=280)
    evaluation = evaluate(alist, entries=logged, confirmed=confirmed)
    result = {r.rule.id: r for r in evaluation.results}
    assert result["alle-uren"].met and not result["bevestigde-uren"].met
    assert result["bevestigde-uren"].missing == 20
    assert "Enkel uren die een mentor bevestigde" in result["bevestigde-uren"].message()
    assert evaluation.counted_minutes == 310 * 60  # the overview's count stays all hours
    # Not for competence rules.
    with pytest.raises(ValueError, match="confirmed_only"):
        make_list([rule("competences_signed", min_level=2, confirmed_only=True)])
