"""Sign-off by file, as two people do it: the student writes a request, the mentor answers it
on their own computer, the student imports the answer and anyone can verify it.

The mentor's app (mentor mode) is not used here: ``mentor_answers`` signs a request exactly as
``docs/signing.md`` says, with a key made in the test.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from stageportfolio.core import signing
from tests.cli.test_cli import excel_csv, no_traceback


def run(
    home: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "STAGEPORTFOLIO_HOME": str(home), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "stageportfolio", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )


def make_portfolio(home: Path, tmp_path: Path, name: str) -> None:
    result = run(home, "init", "--name", name, "--list", "verzorgende-zorgkundige")
    assert result.returncode == 0, result.stderr
    csv = excel_csv(
        tmp_path / f"uren-{name}.csv", [("Woonzorgcentrum", "WZC Ter Duinen", 3, date(2025, 9, 15))]
    )
    result = run(home, "import-hours", str(csv), "--nieuwe-stageplaatsen", "aanmaken")
    assert result.returncode == 0, result.stderr


def mentor_answers(
    request_path: Path, out: Path, key: Ed25519PrivateKey, *, levels: dict[str, int] | None = None
) -> dict[str, Any]:
    """What the mentor's app does with a request: sign every item, write the response."""
    request = json.loads(request_path.read_text(encoding="utf-8"))
    assert request["format"] == "stageportfolio-signoff-request" and request["version"] == 2
    public_key = signing.public_key_text(key.public_key())
    fp = signing.fingerprint(public_key)
    signed_at = datetime.now(UTC).replace(microsecond=0)
    signatures = []
    for entry in request["items"]:
        item = dict(entry["item"])
        level = None
        if item["kind"] == "activity_record":
            level = (levels or {}).get(item["id"], entry["proposed_level"])
            item["level"] = level
        comment = "In orde."
        message = signing.statement(
            item,
            portfolio_id=request["portfolio"]["id"],
            learner=request["portfolio"]["name"],
            signer="An Peeters",
            key_fingerprint=fp,
            signed_at=signed_at,
            comment=comment,
        )
        signatures.append(
            {
                "item": item,
                "level": level,
                "comment": comment,
                "signed_at": signed_at.isoformat(),
                "signature": signing.sign(key, message),
            }
        )
    response = {
        "format": "stageportfolio-signoff-response",
        "version": 2,
        "portfolio_id": request["portfolio"]["id"],
        "mentor": {
            "name": "An Peeters",
            "organisation": "WZC Ter Duinen",
            "sector": "social_profit",
            "public_key": public_key,
            "fingerprint": fp,
        },
        "signatures": signatures,
    }
    out.write_text(json.dumps(response, ensure_ascii=False, indent=2), encoding="utf-8")
    return response


def signoff_count(home: Path) -> int:
    with sqlite3.connect(home / "portfolio.sqlite3") as db:
        return int(db.execute("SELECT count(*) FROM signoff").fetchone()[0])


@pytest.fixture
def student(tmp_path: Path) -> Path:
    home = tmp_path / "student"
    make_portfolio(home, tmp_path, "Lotte Vermeulen")
    return home


@pytest.fixture
def mentor_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "mentor"
    folder.mkdir()
    return folder


def request_for(home: Path, out: Path, *extra: str) -> dict[str, Any]:
    result = run(home, "signoff-request", "--out", str(out), *extra)
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def test_request_response_round_trip(student: Path, mentor_folder: Path) -> None:
    request_path = mentor_folder / "lotte.aftekenverzoek.json"
    request = request_for(student, request_path, "--mentor", "an peeters")
    assert request["mentor"]["name"] == "An Peeters"
    assert len(request["items"]) == 3
    first = request["items"][0]
    assert "label" not in first  # the mentor's app shows the signed fields themselves
    assert first["item"]["kind"] == "hour_entry" and first["item"]["minutes"] == 450
    assert first["item"]["placement_name"] == "WZC Ter Duinen"
    assert request["portfolio"]["fingerprint"] == signing.portfolio_fingerprint(
        request["portfolio"]["id"]
    )

    key = Ed25519PrivateKey.generate()
    response_path = mentor_folder / "lotte.aftekening.json"
    mentor_answers(request_path, response_path, key)
    result = run(student, "signoff-import", str(response_path))
    assert result.returncode == 0, result.stderr
    assert "3 aftekeningen toegevoegd" in result.stdout

    # Valid, but no school key was given to trust: facts, and exit 1.
    verify = run(student, "verify", "--json")
    assert verify.returncode == 1, verify.stdout + verify.stderr
    payload = json.loads(verify.stdout)
    assert payload["ok"] is False
    assert [s["status"] for s in payload["signoffs"]] == ["valid"] * 3
    fp = signing.fingerprint(signing.public_key_text(key.public_key()))
    assert {s["fingerprint"] for s in payload["signoffs"]} == {fp}
    assert {s["name"] for s in payload["signoffs"]} == {"An Peeters"}
    assert not any(s["name_confirmed"] for s in payload["signoffs"])
    assert {s["trusted"] for s in payload["signoffs"]} == {None}

    # Importing the same answer again adds nothing; nothing is pending any more.
    again = run(student, "signoff-import", str(response_path))
    assert again.returncode == 0 and "0 aftekeningen toegevoegd" in again.stdout
    assert signoff_count(student) == 3
    assert request_for(student, mentor_folder / "again.json")["items"] == []

    # An unsigned card proves nothing: refused. The school vouches, the student adds it, and a
    # receiver who trusts the school's key gets exit 0.
    card = mentor_folder / "an.mentorkaart.json"
    card.write_text(
        json.dumps(
            {
                "format": "stageportfolio-mentor-card",
                "version": 1,
                "name": "An Peeters",
                "organisation": "WZC Ter Duinen",
                "sector": "social_profit",
                "public_key": signing.public_key_text(key.public_key()),
                "fingerprint": fp,
            }
        ),
        encoding="utf-8",
    )
    refused = run(student, "mentor-cards-import", str(card))
    assert refused.returncode == 2 and "niet ondertekend door een school" in refused.stderr
    school = mentor_folder.parent / "school"
    env = {"STAGEPORTFOLIO_PASSPHRASE": "krijtbord speelplaats refter 1923"}
    assert run(school, "school-init", "--name", "Sint-Jozef", env=env).returncode == 0
    pub = mentor_folder / "school.pub"
    assert run(school, "school-key", "--out", str(pub)).returncode == 0
    vouched = mentor_folder / "an.bevestigd.json"
    done = run(school, "school-vouch", str(card), "--out", str(vouched), "--fingerprint", fp,
               env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    imported = run(student, "mentor-cards-import", str(vouched))
    assert imported.returncode == 0, imported.stderr
    verified = run(student, "verify", "--json", "--trust", str(pub))
    assert verified.returncode == 0, verified.stdout
    assert all(
        s["trusted"] and s["name_confirmed"] for s in json.loads(verified.stdout)["signoffs"]
    )


def test_a_tampered_response_is_refused(student: Path, mentor_folder: Path) -> None:
    request_path = mentor_folder / "verzoek.json"
    request_for(student, request_path)
    key = Ed25519PrivateKey.generate()
    response_path = mentor_folder / "aftekening.json"
    response = mentor_answers(request_path, response_path, key)

    # One field of one signed item changed: 7,5 hours became 8.
    tampered = json.loads(json.dumps(response))
    tampered["signatures"] = tampered["signatures"][:1]
    tampered["signatures"][0]["item"]["minutes"] = 480
    path = mentor_folder / "minuten.json"
    path.write_text(json.dumps(tampered), encoding="utf-8")
    result = run(student, "signoff-import", str(path))
    assert result.returncode == 2
    assert "andere inhoud dan wat nu in het portfolio staat" in result.stderr
    assert "0 aftekeningen toegevoegd" in result.stdout
    no_traceback(result)
    assert signoff_count(student) == 0

    # The comment changed after signing: the signature no longer verifies.
    tampered = json.loads(json.dumps(response))
    tampered["signatures"] = tampered["signatures"][:1]
    tampered["signatures"][0]["comment"] = "Uitstekend!"
    path.write_text(json.dumps(tampered), encoding="utf-8")
    result = run(student, "signoff-import", str(path))
    assert result.returncode == 2 and "handtekening klopt niet" in result.stderr
    assert signoff_count(student) == 0

    # A fingerprint that is not the key's: the file itself is bad, nothing is imported.
    tampered = json.loads(json.dumps(response))
    tampered["mentor"]["fingerprint"] = "3F7A-91C2-0B4E-D5A8"
    path.write_text(json.dumps(tampered), encoding="utf-8")
    result = run(student, "signoff-import", str(path))
    assert result.returncode == 2
    assert "vingerafdruk" in result.stderr and "niets geïmporteerd" in result.stderr
    no_traceback(result)
    assert signoff_count(student) == 0

    # Only the tampered signature of a full answer is refused; the others are stored.
    tampered = json.loads(json.dumps(response))
    tampered["signatures"][1]["signed_at"] = "2020-01-01T00:00:00+00:00"
    path.write_text(json.dumps(tampered), encoding="utf-8")
    result = run(student, "signoff-import", str(path))
    assert result.returncode == 2 and "2 aftekeningen toegevoegd" in result.stdout
    assert signoff_count(student) == 2
    assert json.loads(run(student, "verify", "--json").stdout)["problems"] == []


def test_a_response_for_another_portfolio_is_refused(
    student: Path, mentor_folder: Path, tmp_path: Path
) -> None:
    other = tmp_path / "andere-student"
    make_portfolio(other, tmp_path, "Emma Janssens")
    request_path = mentor_folder / "emma.aftekenverzoek.json"
    request_for(other, request_path)
    response_path = mentor_folder / "emma.aftekening.json"
    mentor_answers(request_path, response_path, Ed25519PrivateKey.generate())

    result = run(student, "signoff-import", str(response_path))
    assert result.returncode == 2
    assert "ander portfolio" in result.stderr and "niets geïmporteerd" in result.stderr
    no_traceback(result)
    assert signoff_count(student) == 0
    # The right portfolio accepts it.
    assert run(other, "signoff-import", str(response_path)).returncode == 0
    assert signoff_count(other) == 3


def test_bad_files_and_unknown_mentor(student: Path, mentor_folder: Path) -> None:
    junk = mentor_folder / "junk.json"
    junk.write_text("dit is geen json", encoding="utf-8")
    for command in ("signoff-import", "mentor-cards-import"):
        result = run(student, command, str(junk))
        assert result.returncode == 2 and "geen JSON" in result.stderr
        no_traceback(result)
    result = run(student, "signoff-request", "--out", str(junk), "--mentor", "Niemand")
    assert result.returncode == 2 and "Onbekende mentor" in result.stderr
    result = run(student, "verify")
    assert result.returncode == 0 and "geen aftekeningen met een handtekening" in result.stdout
