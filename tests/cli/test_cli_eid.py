"""eID at a distance, through the CLI: a mentor answers a request with a SoftHSM2 card shaped
like the eID (mentor-sign --eid), the pupil imports it, a receiver checks the PDF; a school
vouches for the eID's card like for a key."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.serialization import Encoding

from tests.cli.test_cli import run
from tests.eid_helpers import MODULE, PIN

SCHOOL_PASS = "de school van de duinen heeft een lange wachtzin"


@pytest.fixture
def world(softhsm_cards: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    root = tmp_path / "testroot.pem"
    root.write_bytes(softhsm_cards.pki.root.public_bytes(Encoding.PEM))
    monkeypatch.setenv("SOFTHSM2_CONF", str(softhsm_cards.conf))
    monkeypatch.setenv("STAGEPORTFOLIO_PKCS11_MODULE", str(MODULE))
    monkeypatch.setenv("STAGEPORTFOLIO_EID_PIN", PIN)
    return {"root": root, "tmp": tmp_path}


def _as(home: Path, *args: str, extra: dict[str, str] | None = None) -> Any:
    old = dict(os.environ)
    os.environ["STAGEPORTFOLIO_HOME"] = str(home)
    os.environ.update(extra or {})
    try:
        return run(*args)
    finally:
        os.environ.clear()
        os.environ.update(old)


def test_an_eid_answer_at_a_distance_and_a_vouched_eid(world: dict[str, Any]) -> None:
    tmp, root = world["tmp"], world["root"]
    roots = {"STAGEPORTFOLIO_EID_EXTRA_ROOTS": str(root)}
    pupil, mentor, school = tmp / "pupil", tmp / "mentor", tmp / "school"
    assert (
        _as(pupil, "init", "--name", "Lotte", "--list", "verzorgende-zorgkundige").returncode == 0
    )
    csv = tmp / "uren.csv"
    csv.write_text("datum;context;uren\n6/10/2025;WZC;7,5\n7/10/2025;WZC;7\n", encoding="utf-8")
    assert (
        _as(pupil, "import-hours", str(csv), "--nieuwe-stageplaatsen", "aanmaken").returncode == 0
    )
    request = tmp / "v.aftekenverzoek.json"
    assert _as(pupil, "signoff-request", "--out", str(request)).returncode == 0
    # Without the test root, the test card is no Belgian eID: nothing is signed.
    answer = tmp / "a.aftekening.json"
    refused = _as(mentor, "mentor-sign", str(request), "--out", str(answer), "--approve-all",
                  "--eid")  # fmt: skip
    assert refused.returncode == 2 and "Belgisch basiscertificaat" in refused.stderr
    assert not answer.exists()
    signed = _as(mentor, "mentor-sign", str(request), "--out", str(answer), "--approve-all",
                 "--eid", extra=roots)  # fmt: skip
    assert signed.returncode == 0, signed.stderr
    assert "met je eID" in signed.stdout and "Let op" in signed.stderr
    data = json.loads(answer.read_text(encoding="utf-8"))
    assert data["mentor"]["name"] == "An Peeters"
    assert {s["method"] for s in data["signatures"]} == {"eid"}
    # The pupil's app without the test root refuses the signatures; with it, takes them.
    assert _as(pupil, "signoff-import", str(answer)).returncode == 2
    taken = _as(pupil, "signoff-import", str(answer), extra=roots)
    assert taken.returncode == 0 and "2 aftekeningen toegevoegd" in taken.stdout
    pdf = tmp / "p.pdf"
    assert _as(pupil, "export-pdf", "--out", str(pdf), extra=roots).returncode == 0
    # A receiver: genuine eID (with the test root named), but no school vouched for An.
    school_pub = tmp / "school.pub"
    env = {"STAGEPORTFOLIO_PASSPHRASE": SCHOOL_PASS}
    assert _as(school, "school-init", "--name", "Sint-Jozef", extra=env).returncode == 0
    assert _as(school, "school-key", "--out", str(school_pub)).returncode == 0
    check = _as(tmp / "r", "verify", str(pdf), "--trust", str(school_pub), "--eid-root",
                str(root), "--json")  # fmt: skip
    report = json.loads(check.stdout)
    assert check.returncode == 1
    assert all(s["method"] == "eid" and s["status"] == "valid" for s in report["signoffs"])
    assert all(s["name"] == "An Peeters" and s["trusted"] is False for s in report["signoffs"])
    assert "gekwalificeerde handtekening (eID) van An Peeters" in report["signoffs"][0]["fact"]
    # Without the test root: the chain does not lead to a Belgian root.
    plain = json.loads(_as(tmp / "r", "verify", str(pdf), "--json").stdout)
    assert all(s["status"] == "invalid" for s in plain["signoffs"])
    # The school vouches for the eID's card (fingerprint read out by An).
    card = tmp / "an.mentorkaart.json"
    made = _as(mentor, "mentor-card", "--eid", "--out", str(card), "--organisation", "WZC")
    assert made.returncode == 0, made.stderr
    fingerprint = json.loads(card.read_text(encoding="utf-8"))["fingerprint"]
    vouched = tmp / "an.bevestigd.json"
    done = _as(school, "school-vouch", str(card), "--out", str(vouched), "--fingerprint",
               fingerprint, extra=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert _as(pupil, "mentor-cards-import", str(vouched)).returncode == 0
    assert _as(pupil, "export-pdf", "--out", str(pdf), extra=roots).returncode == 0
    trusted = _as(tmp / "r", "verify", str(pdf), "--trust", str(school_pub), "--eid-root",
                  str(root), "--json")  # fmt: skip
    report = json.loads(trusted.stdout)
    assert trusted.returncode == 0, trusted.stdout
    assert all(s["trusted"] is True for s in report["signoffs"])
    assert report["document_seal"]["state"] == "intact"
