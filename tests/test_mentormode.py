"""Mentor mode: the mentor's identity and card, reading a request, signing it, the load check
and the headless commands (docs/signing.md)."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from stageportfolio import cli
from stageportfolio.core import signing
from stageportfolio.services import mentormode
from stageportfolio.services.mentormode import (
    Decision,
    IdentityError,
    RequestError,
    create_identity,
    load_identity,
    load_warning,
    mentor_card,
    read_request,
    sign_request,
    write_card,
)

PASSPHRASE = "zonnebloem lampenkap fietsbel"
NOW = datetime(2026, 10, 12, 9, 30, 15, 123456, tzinfo=UTC)
REFLECTION = "Ik hielp mevrouw bij het wassen en lette op haar huid."


# --- a request made by hand, as docs/signing.md describes it --------------------------------


def hour_item(item_id: str = "h-1", minutes: int = 450, day: str = "2026-10-06") -> dict[str, Any]:
    return {
        "kind": "hour_entry",
        "id": item_id,
        "day": day,
        "minutes": minutes,
        "context": "residentieel",
        "placement": "pl-1",
        "placement_name": "WZC Ter Duinen – Zeezicht",
    }


def activity_item(
    item_id: str = "a-1", proposed: int = 2, day: str = "2026-10-07"
) -> dict[str, Any]:
    return {
        "kind": "activity_record",
        "id": item_id,
        "activity": "bkc0023626-c633ff",
        "competence": "bkc0023626",
        "proposed": proposed,
        "level": proposed,
        "day": day,
        "reflection": hashlib.sha256(REFLECTION.encode("utf-8")).hexdigest(),
    }


def competence_item(item_id: str = "bkc0023630") -> dict[str, Any]:
    return {"kind": "competence", "id": item_id, "level": 3}


def request_dict(
    portfolio_id: str = "pf-lotte",
    name: str = "Lotte Vermeulen",
    days: tuple[str, str] = ("2026-10-06", "2026-10-07"),
) -> dict[str, Any]:
    """A request as docs/signing.md describes it; ``days`` are the signed days of the hour
    entry and the activity (what the mentor-load check counts)."""
    return {
        "format": "stageportfolio-signoff-request",
        "version": 2,
        "created_at": "2026-10-10T10:00:00+00:00",
        "portfolio": {
            "id": portfolio_id,
            "name": name,
            "fingerprint": signing.portfolio_fingerprint(portfolio_id),
            "organisation": "VIBO Sint-Jan",
            "list_id": "verzorgende-zorgkundige",
            "list_version": 1,
            "list_title": "7de jaar Verzorgende/zorgkundige",
        },
        "mentor": {"name": "An Peeters", "organisation": "WZC Ter Duinen", "sector": "x"},
        "items": [
            {"item": hour_item(day=days[0]), "note": "Ochtendzorg."},
            {"item": activity_item(day=days[1]), "reflection": REFLECTION},
            {"item": competence_item()},
        ],
    }


def request_bytes(**kwargs: Any) -> bytes:
    return json.dumps(request_dict(**kwargs), ensure_ascii=False).encode("utf-8")


@pytest.fixture
def identity() -> mentormode.MentorIdentity:
    return create_identity("An Peeters", "WZC Ter Duinen", "social_profit", PASSPHRASE)


def verify_response(
    response: dict[str, Any], portfolio_id: str, learner: str = "Lotte Vermeulen"
) -> None:
    """Rebuild each statement from the response alone and check its signature."""
    mentor = response["mentor"]
    assert mentor["fingerprint"] == signing.fingerprint(mentor["public_key"])
    for entry in response["signatures"]:
        message = signing.statement(
            entry["item"],
            portfolio_id=portfolio_id,
            learner=learner,
            signer=mentor["name"],
            key_fingerprint=mentor["fingerprint"],
            signed_at=datetime.fromisoformat(entry["signed_at"]),
            comment=entry["comment"],
            decision=entry["decision"],
        )
        assert signing.verify(mentor["public_key"], message, entry["signature"]), entry


# --- identity and card ----------------------------------------------------------------------


def test_create_and_load_identity_private_files(
    identity: mentormode.MentorIdentity, private_home: Path
) -> None:
    path = private_home / "mentor" / "identity.json"
    assert mentormode.identity_path() == path
    loaded = load_identity()
    assert loaded == identity
    assert (loaded.name, loaded.organisation, loaded.sector) == (
        "An Peeters",
        "WZC Ter Duinen",
        "social_profit",
    )
    assert loaded.created_at.tzinfo is not None
    # the stored key opens with the passphrase and only with it
    signing.unseal(loaded.key, PASSPHRASE)
    with pytest.raises(signing.WrongPassphraseError):
        signing.unseal(loaded.key, "verkeerde-wachtzin")
    # the private key is never in the file in the clear
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert set(stored["key"]) >= {"public_key", "salt", "nonce", "ciphertext"}
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_no_identity_yet_is_none() -> None:
    assert load_identity() is None


def test_create_identity_refuses_to_overwrite_unless_replace(
    identity: mentormode.MentorIdentity,
) -> None:
    with pytest.raises(IdentityError, match="al een mentorprofiel"):
        create_identity("Ander", "Elders", "local_government", PASSPHRASE)
    assert load_identity() == identity
    replaced = create_identity("Ander", "Elders", "local_government", PASSPHRASE, replace=True)
    assert load_identity() == replaced
    assert replaced.fingerprint != identity.fingerprint


def test_create_identity_rejects_weak_passphrase_and_bad_input(private_home: Path) -> None:
    with pytest.raises(signing.WeakPassphraseError):
        create_identity("An", "WZC", "social_profit", "kort")
    with pytest.raises(ValueError, match="sector"):
        create_identity("An", "WZC", "private", PASSPHRASE)
    with pytest.raises(ValueError, match="naam"):
        create_identity("  ", "WZC", "social_profit", PASSPHRASE)
    assert not (private_home / "mentor" / "identity.json").exists()


def test_damaged_identity_is_a_clear_error(private_home: Path) -> None:
    folder = private_home / "mentor"
    folder.mkdir(parents=True)
    (folder / "identity.json").write_text("{half", encoding="utf-8")
    with pytest.raises(IdentityError, match="mentorprofiel"):
        load_identity()


def test_mentor_card(identity: mentormode.MentorIdentity, tmp_path: Path) -> None:
    card = mentor_card(identity)
    assert card == {
        "format": "stageportfolio-mentor-card",
        "version": 1,
        "name": "An Peeters",
        "organisation": "WZC Ter Duinen",
        "sector": "social_profit",
        "public_key": identity.key.public_key,
        "fingerprint": signing.fingerprint(identity.key.public_key),
    }
    digest = hashlib.sha256(signing.unb64(card["public_key"])).hexdigest().upper()[:16]
    assert card["fingerprint"] == "-".join(digest[i : i + 4] for i in range(0, 16, 4))
    out = tmp_path / "an.mentorkaart.json"
    write_card(out)
    assert json.loads(out.read_text(encoding="utf-8")) == card


def test_write_card_without_identity_says_how(tmp_path: Path) -> None:
    with pytest.raises(IdentityError, match="mentor-init"):
        write_card(tmp_path / "kaart.json")


# --- reading a request -----------------------------------------------------------------------


def test_read_request_exposes_items(tmp_path: Path) -> None:
    path = tmp_path / "lotte.aftekenverzoek.json"
    path.write_bytes(request_bytes())
    request = read_request(path)
    assert read_request(path.read_bytes()) == request
    assert request.portfolio_id == "pf-lotte"
    assert request.learner_name == "Lotte Vermeulen"
    assert [(i.kind, i.id) for i in request.items] == [
        ("hour_entry", "h-1"),
        ("activity_record", "a-1"),
        ("competence", "bkc0023630"),
    ]
    hour, activity, competence = request.items
    assert hour.proposed_level is None and hour.item == hour_item()
    assert hour.reflection == "Ochtendzorg."  # the note: shown as the student's text
    assert activity.proposed_level == 2 and activity.reflection == REFLECTION
    # What the mentor reads comes from the signed fields and the app's own lists.
    assert hour.label == (
        "7,5 uur residentiële ouderenzorg op 6/10/2026, stageplaats WZC Ter Duinen – Zeezicht"
    )
    assert activity.label.startswith("Verleent basiszorg (zorg en nazorg)")
    assert activity.label.endswith("(op 7/10/2026, voorgesteld niveau 2)")
    assert activity.item == activity_item()
    assert competence.proposed_level == 3
    assert request.period() == (datetime(2026, 10, 6).date(), datetime(2026, 10, 7).date())
    assert request.portfolio_fingerprint == signing.portfolio_fingerprint("pf-lotte")


def broken(mutate: Any) -> bytes:
    data = request_dict()
    mutate(data)
    return json.dumps(data).encode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'{"format": "stageportfolio-signoff-request", "version": 2, "items": [', "beschadigd"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "geen aftekenverzoek"),
        (b"Datum;Context;Uren\n6/10/2026;thuiszorg;7,5\n", "geen aftekenverzoek"),
        (b'{"name": "iets anders"}', "geen aftekenverzoek"),
        (b"[1, 2, 3]", "geen aftekenverzoek"),
        (
            json.dumps({"format": "stageportfolio-mentor-card", "version": 1}).encode(),
            "mentorkaart",
        ),
        (
            json.dumps({"format": "stageportfolio-signoff-response", "version": 1}).encode(),
            "aftekening",
        ),
        (broken(lambda d: d.update(version=3)), "nieuwere versie"),
        (broken(lambda d: d.update(version=1)), "oudere versie"),
        (broken(lambda d: d.update(version="1")), "versie"),
        (broken(lambda d: d.pop("portfolio")), "veld portfolio: ontbreekt"),
        (broken(lambda d: d["portfolio"].pop("id")), "veld portfolio.id: ontbreekt"),
        (broken(lambda d: d.pop("items")), "veld items: ontbreekt"),
        (broken(lambda d: d.update(items=[])), "veld items: mag niet leeg zijn"),
        (broken(lambda d: d["items"][1]["item"].pop("day")), r"items\[2\].item: velden ontbreken"),
        (broken(lambda d: d["items"][1]["item"].update(extra=1)), "onbekende velden"),
        (broken(lambda d: d["items"][0]["item"].update(kind="foto")), "onbekende soort"),
        (broken(lambda d: d["items"][0]["item"].update(minutes=-5)), "minutes"),
        (broken(lambda d: d["items"][0]["item"].update(day="6/10/2026")), "datum"),
        (broken(lambda d: d["items"][1].update(reflection="iets anders")), "reflectie"),
        (broken(lambda d: d["items"][1]["item"].update(level=3)), "voorgestelde niveau"),
        (broken(lambda d: d["items"].append(d["items"][0])), "twee keer"),
    ],
)
def test_read_request_rejects_with_clear_message(data: bytes, message: str) -> None:
    with pytest.raises(RequestError, match=message):
        read_request(data)


def test_read_request_missing_file_names_it(tmp_path: Path) -> None:
    with pytest.raises(RequestError, match=r"weg\.json: bestand niet gevonden"):
        read_request(tmp_path / "weg.json")


# --- signing -----------------------------------------------------------------------------------


def test_sign_request_response_verifies(identity: mentormode.MentorIdentity) -> None:
    request = read_request(request_bytes())
    decisions = {
        "h-1": Decision(approve=True, comment="Klopt."),
        "a-1": Decision(approve=True, level=3, comment="  Zelfstandig gedaan.  "),
        "bkc0023630": Decision(approve=False),
    }
    response = json.loads(sign_request(request, identity, PASSPHRASE, decisions, now=NOW))
    assert response["format"] == "stageportfolio-signoff-response"
    assert response["version"] == 2
    assert response["portfolio_id"] == "pf-lotte"
    assert response["mentor"] == {
        "name": "An Peeters",
        "organisation": "WZC Ter Duinen",
        "sector": "social_profit",
        "public_key": identity.key.public_key,
        "fingerprint": identity.fingerprint,
    }
    signed = {entry["item"]["id"]: entry for entry in response["signatures"]}
    assert set(signed) == {"h-1", "a-1"}  # the competence was not approved
    hour, activity = signed["h-1"], signed["a-1"]
    assert hour["item"] == hour_item() and hour["level"] is None and hour["comment"] == "Klopt."
    # the mentor corrected the level: the item carries it, "proposed" stays the student's
    assert activity["item"] == {**activity_item(), "level": 3}
    assert activity["level"] == 3
    assert activity["comment"] == "Zelfstandig gedaan."
    assert activity["signed_at"] == "2026-10-12T09:30:15+00:00"
    verify_response(response, "pf-lotte")
    # the same signature does not verify for the proposed level, or for another learner
    for item, learner in ((activity_item(), "Lotte Vermeulen"), (activity["item"], "Emma")):
        message = signing.statement(
            item,
            portfolio_id="pf-lotte",
            learner=learner,
            signer="An Peeters",
            key_fingerprint=identity.fingerprint,
            signed_at=NOW.replace(microsecond=0),
            comment="Zelfstandig gedaan.",
        )
        assert not signing.verify(identity.key.public_key, message, activity["signature"])


def test_sign_request_refuses_with_a_reason(identity: mentormode.MentorIdentity) -> None:
    request = read_request(request_bytes())
    with pytest.raises(ValueError, match="reden"):
        sign_request(request, identity, PASSPHRASE, {"h-1": Decision(False, refuse=True)})
    reason = "Die dag was ik er niet; vraag het aan Sarah."
    response = json.loads(
        sign_request(
            request, identity, PASSPHRASE,
            {"h-1": Decision(False, refuse=True, comment=reason)}, now=NOW,
        )
    )  # fmt: skip
    (entry,) = response["signatures"]
    assert entry["decision"] == "refuse" and entry["comment"] == reason
    verify_response(response, "pf-lotte")


def test_sign_request_keeps_proposed_level_and_skips_undecided(
    identity: mentormode.MentorIdentity,
) -> None:
    request = read_request(request_bytes())
    response = json.loads(
        sign_request(request, identity, PASSPHRASE, {"a-1": Decision(True)}, now=NOW)
    )
    assert [e["item"] for e in response["signatures"]] == [activity_item()]
    assert response["signatures"][0]["level"] == 2
    verify_response(response, "pf-lotte")


def test_sign_request_rejects_unknown_item_and_bad_level(
    identity: mentormode.MentorIdentity,
) -> None:
    request = read_request(request_bytes())
    with pytest.raises(ValueError, match="geen item"):
        sign_request(request, identity, PASSPHRASE, {"x": Decision(True)})
    with pytest.raises(ValueError, match="niveau"):
        sign_request(request, identity, PASSPHRASE, {"a-1": Decision(True, level=0)})


def test_wrong_passphrase_writes_nothing(
    identity: mentormode.MentorIdentity, private_home: Path
) -> None:
    request = read_request(request_bytes())
    before = sorted(p.name for p in (private_home / "mentor").iterdir())
    with pytest.raises(signing.WrongPassphraseError):
        sign_request(request, identity, "niet-de-wachtzin", {"h-1": Decision(True)})
    assert sorted(p.name for p in (private_home / "mentor").iterdir()) == before
    assert not mentormode.learners_path().exists()


# --- mentor load -------------------------------------------------------------------------------


def sign_for(
    identity: mentormode.MentorIdentity,
    portfolio_id: str,
    name: str,
    start: str = "2026-09-14",
    end: str = "2026-10-09",
) -> mentormode.SignRequest:
    request = read_request(request_bytes(portfolio_id=portfolio_id, name=name, days=(start, end)))
    sign_request(request, identity, PASSPHRASE, {"h-1": Decision(True)}, now=NOW)
    return request


def test_load_warning_for_third_learner_in_social_profit(
    identity: mentormode.MentorIdentity,
) -> None:
    first = read_request(
        request_bytes(portfolio_id="pf-1", name="Lotte", days=("2026-09-14", "2026-10-09"))
    )
    assert load_warning(identity, first) is None
    sign_for(identity, "pf-1", "Lotte")
    second = read_request(
        request_bytes(portfolio_id="pf-2", name="Yusuf", days=("2026-09-14", "2026-10-09"))
    )
    assert load_warning(identity, second) is None
    sign_for(identity, "pf-2", "Yusuf", start="2026-09-21", end="2026-10-30")
    learners = mentormode.load_learners()
    assert [(r.portfolio_id, r.name) for r in learners] == [("pf-1", "Lotte"), ("pf-2", "Yusuf")]
    # the same learner again is not an extra learner
    assert load_warning(identity, first) is None
    third = read_request(
        request_bytes(portfolio_id="pf-3", name="Emma", days=("2026-10-01", "2026-11-20"))
    )
    warning = load_warning(identity, third)
    assert warning is not None
    assert "Emma" in warning and "3 lerenden tegelijk" in warning
    assert "Lotte" in warning and "Yusuf" in warning
    assert "hoogstens 2" in warning and "social profit" in warning
    # not at the same time: after both placements ended
    later = read_request(
        request_bytes(portfolio_id="pf-4", name="Noor", days=("2026-11-02", "2026-12-18"))
    )
    assert load_warning(identity, later) is None


def test_no_load_warning_for_third_learner_in_local_government() -> None:
    identity = create_identity("Jan Claes", "OCMW Brugge", "local_government", PASSPHRASE)
    sign_for(identity, "pf-1", "Lotte")
    sign_for(identity, "pf-2", "Yusuf")
    third = read_request(
        request_bytes(portfolio_id="pf-3", name="Emma", days=("2026-09-14", "2026-10-09"))
    )
    assert load_warning(identity, third) is None
    sign_for(identity, "pf-3", "Emma")
    fourth = read_request(
        request_bytes(portfolio_id="pf-4", name="Noor", days=("2026-09-14", "2026-10-09"))
    )
    warning = load_warning(identity, fourth)
    assert warning is not None and "hoogstens 3" in warning and "lokale besturen" in warning


def test_overlap_is_counted_at_one_moment(identity: mentormode.MentorIdentity) -> None:
    # Two earlier learners that never overlap each other: the new one has one at a time.
    sign_for(identity, "pf-1", "Lotte", start="2026-09-01", end="2026-09-30")
    sign_for(identity, "pf-2", "Yusuf", start="2026-10-15", end="2026-11-15")
    wide = read_request(
        request_bytes(portfolio_id="pf-3", name="Emma", days=("2026-09-01", "2026-11-30"))
    )
    assert load_warning(identity, wide) is None


# --- the headless commands -----------------------------------------------------------------


def run(
    home: Path, *args: str, passphrase: str | None = PASSPHRASE, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "STAGEPORTFOLIO_PASSPHRASE"}
    env["STAGEPORTFOLIO_HOME"] = str(home)
    if passphrase is not None:
        env["STAGEPORTFOLIO_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "stageportfolio", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        input=stdin,
        timeout=60,
    )


def test_cli_round_trip(tmp_path: Path) -> None:
    home = tmp_path / "mentor-laptop"
    request_path = tmp_path / "lotte.aftekenverzoek.json"
    request_path.write_bytes(request_bytes())
    response_path = tmp_path / "lotte.aftekening.json"

    done = run(
        home,
        "mentor-init",
        "--name",
        "An Peeters",
        "--organisation",
        "WZC Ter Duinen",
        "--sector",
        "social_profit",
    )
    assert done.returncode == 0, done.stderr
    assert "Vingerafdruk" in done.stdout

    again = run(home, "mentor-init", "--name", "X", "--sector", "social_profit")
    assert again.returncode == 2 and "al een mentorprofiel" in again.stderr

    card_path = tmp_path / "an.mentorkaart.json"
    done = run(home, "mentor-card", "--out", str(card_path))
    assert done.returncode == 0, done.stderr
    card = json.loads(card_path.read_text(encoding="utf-8"))

    done = run(
        home,
        "mentor-sign",
        str(request_path),
        "--out",
        str(response_path),
        "--approve-all",
        "--level",
        "3",
    )
    assert done.returncode == 0, done.stderr
    assert "3 van 3 items afgetekend" in done.stdout
    response = json.loads(response_path.read_text(encoding="utf-8"))
    assert response["mentor"]["public_key"] == card["public_key"]
    assert response["mentor"]["fingerprint"] == card["fingerprint"]
    assert len(response["signatures"]) == 3
    activity = next(e for e in response["signatures"] if e["item"]["kind"] == "activity_record")
    assert activity["item"]["level"] == 3 and activity["item"]["proposed"] == 2
    verify_response(response, "pf-lotte")


def test_cli_errors_exit_2(tmp_path: Path) -> None:
    home = tmp_path / "mentor-laptop"
    request_path = tmp_path / "lotte.aftekenverzoek.json"
    request_path.write_bytes(request_bytes())
    out = tmp_path / "antwoord.json"

    for weak in ("kort", "aaaaaaaa", "password", "welkom123"):
        short = run(
            home, "mentor-init", "--name", "An", "--sector", "social_profit", passphrase=weak
        )
        assert short.returncode == 2 and "te zwak" in short.stderr, weak
    assert not (home / "mentor" / "identity.json").exists()

    no_profile = run(home, "mentor-sign", str(request_path), "--out", str(out), "--approve-all")
    assert no_profile.returncode == 2 and "mentor-init" in no_profile.stderr

    assert run(home, "mentor-init", "--name", "An", "--sector", "social_profit").returncode == 0
    wrong = run(
        home,
        "mentor-sign",
        str(request_path),
        "--out",
        str(out),
        "--approve-all",
        passphrase="niet-de-wachtzin",
    )
    assert wrong.returncode == 2 and "Verkeerde wachtzin" in wrong.stderr
    assert not out.exists()
    assert not (home / "mentor" / "learners.json").exists()

    bad = tmp_path / "kapot.aftekenverzoek.json"
    bad.write_text('{"format": "stageportfolio-signoff-request", "version": 7}', encoding="utf-8")
    newer = run(home, "mentor-sign", str(bad), "--out", str(out), "--approve-all")
    assert newer.returncode == 2 and "nieuwere versie" in newer.stderr
    assert "Traceback" not in newer.stderr and not out.exists()


def test_cli_sign_asks_per_item(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    identity = create_identity("An Peeters", "WZC Ter Duinen", "social_profit", PASSPHRASE)
    sign_for(identity, "pf-1", "Lotte")
    sign_for(identity, "pf-2", "Yusuf")
    request_path = tmp_path / "emma.aftekenverzoek.json"
    request_path.write_bytes(
        request_bytes(portfolio_id="pf-3", name="Emma", days=("2026-09-14", "2026-10-09"))
    )
    out = tmp_path / "emma.aftekening.json"
    # hour: yes; activity: not a valid answer twice, then skipped; competence: niet akkoord
    answers = iter(["j", "", "misschien", "o", "n", "", "Nog niet gezien."])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(answers))
    monkeypatch.setenv("STAGEPORTFOLIO_PASSPHRASE", PASSPHRASE)
    assert cli.main(["mentor-sign", str(request_path), "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert "Waarschuwing" in captured.err and "3 lerenden tegelijk" in captured.err
    response = json.loads(out.read_text(encoding="utf-8"))
    decided = [(e["item"]["id"], e["decision"], e["comment"]) for e in response["signatures"]]
    assert decided == [("h-1", "approve", ""), ("bkc0023630", "refuse", "Nog niet gezien.")]
    verify_response(response, "pf-3", learner="Emma")
