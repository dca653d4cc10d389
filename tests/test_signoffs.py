"""Mentor sign-off on the student's laptop: signing on the spot, and every way a stored
signature can stop being valid (the item changed, the bytes were edited, replayed, forged)."""

from __future__ import annotations

import base64
import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from stageportfolio.core import signing
from stageportfolio.services.portfolio import PortfolioService, SignedItemError, open_current
from stageportfolio.services.signoffs import (
    Decision,
    SignOffFileError,
    SignOffService,
    WeakPassphraseError,
    WrongPassphraseError,
    too_many_learners,
)

TODAY = date(2026, 11, 23)
PASS = "lange wachtzin van An"


@pytest.fixture
def service(private_home: Path) -> Iterator[PortfolioService]:
    svc = PortfolioService.create(
        open_current(), role="student", name="Lotte", list_id="verzorgende-zorgkundige"
    )
    yield svc
    svc.engine.dispose()


@pytest.fixture
def setup(service: PortfolioService) -> dict[str, str]:
    """A mentor with a key, a placement with two hour entries, and one activity record."""
    an = service.add_mentor(name="An Peeters", organisation="WZC Ter Duinen")
    bart = service.add_mentor(name="Bart Claes", organisation="Thuiszorg Oost")
    placement = service.add_placement(
        organisation="WZC Ter Duinen",
        context="residentieel",
        start_date=date(2026, 9, 14),
        end_date=date(2026, 10, 9),
        mentor_id=an,
    )
    first = service.add_hours(
        day=date(2026, 10, 6), minutes=450, context="residentieel", placement_id=placement,
        today=TODAY,
    )  # fmt: skip
    second = service.add_hours(
        day=date(2026, 10, 7), minutes=420, context="residentieel", placement_id=placement,
        today=TODAY,
    )  # fmt: skip
    other = service.add_hours(day=date(2026, 11, 2), minutes=240, context="thuiszorg", today=TODAY)
    record = service.save_record(
        activity_id="bkc0023627-kb04", competence_id="bkc0023627", proposed_level=2,
        day=date(2026, 10, 1), reflection="Mondzorg onder begeleiding gedaan.",
    )  # fmt: skip
    return {
        "an": an,
        "bart": bart,
        "placement": placement,
        "first": first,
        "second": second,
        "other": other,
        "record": record,
    }


def sign_all(signoffs: SignOffService, mentor: str, ids: dict[str, str]) -> int:
    return signoffs.sign_on_the_spot(
        mentor,
        PASS,
        [
            Decision("hour_entry", ids["first"], approve=True, comment="Goed gewerkt"),
            Decision("hour_entry", ids["second"], approve=True),
            Decision(
                "activity_record", ids["record"], approve=True, level=3, comment="Zelfstandig"
            ),
        ],
    )


def db(service: PortfolioService) -> sqlite3.Connection:
    path = service.engine.url.database
    assert path
    return sqlite3.connect(path)


def statuses(signoffs: SignOffService) -> dict[str, str]:
    return {v.target_id: v.status for v in signoffs.verify_all()}


def test_sign_on_the_spot_then_every_signature_is_valid(
    service: PortfolioService, setup: dict[str, str]
) -> None:
    signoffs = SignOffService(service)
    assert not signoffs.has_key(setup["an"])
    fp = signoffs.create_key(setup["an"], PASS)
    assert signoffs.has_key(setup["an"]) and len(fp) == 19
    pending = signoffs.pending(setup["an"])
    assert {p.id for p in pending} == {setup["first"], setup["second"], setup["record"]}
    hour = next(p for p in pending if p.id == setup["first"])
    assert hour.label == "7,5 uur residentiële ouderenzorg op 6/10/2026"
    assert hour.minutes == 450 and hour.item["minutes"] == 450
    activity = next(p for p in pending if p.kind == "activity_record")
    assert activity.item["level"] == 2 and activity.proposed_level == 2

    assert sign_all(signoffs, setup["an"], setup) == 3
    results = signoffs.verify_all()
    assert [v.status for v in results] == ["valid"] * 3
    assert all(v.fingerprint == fp and v.mentor_name == "An Peeters" for v in results)
    assert all(len(v.code) == 9 and v.code[4] == "-" for v in results)
    # Made on the student's laptop: a fact, never a verdict, and no school vouched for it.
    assert all(v.card is None and v.trusted is None and not v.name_confirmed for v in results)
    assert all(v.fact.endswith("niet bevestigd door een school") for v in results)
    # The mentor corrected the level: the corrected level counts and is signed.
    assert next(v for v in results if v.target_kind == "activity_record").level == 3
    assert service.signed_levels()["bkc0023627-kb04"] == 3
    # Nothing of An is pending any more; Bart's-free entry still is (no mentor filter).
    assert signoffs.pending(setup["an"]) == []
    assert [p.id for p in signoffs.pending()] == [setup["other"]]


def test_an_item_changed_after_sign_off_is_changed_and_verify_exits_1(
    service: PortfolioService, setup: dict[str, str], private_home: Path
) -> None:
    signoffs = SignOffService(service)
    signoffs.create_key(setup["an"], PASS)
    sign_all(signoffs, setup["an"], setup)
    # The service asks first (a typed error naming the mentor); only a note may change freely.
    with pytest.raises(SignedItemError, match="An Peeters"):
        service.update_hours(
            setup["first"], day=date(2026, 10, 6), minutes=480, context="residentieel",
            placement_id=setup["placement"], note="", today=TODAY,
        )  # fmt: skip
    service.update_hours(
        setup["first"], day=date(2026, 10, 6), minutes=450, context="residentieel",
        placement_id=setup["placement"], note="een notitie is niet ondertekend", today=TODAY,
    )  # fmt: skip
    assert statuses(signoffs)[setup["first"]] == "valid"
    assert service.hour_totals().confirmed == 450 + 420
    service.update_hours(
        setup["first"], day=date(2026, 10, 6), minutes=480, context="residentieel",
        placement_id=setup["placement"], note="", today=TODAY, confirm_signed=True,
    )  # fmt: skip
    assert service.hour_totals().confirmed == 420  # changed hours count as unconfirmed
    found = statuses(signoffs)
    assert found[setup["first"]] == "changed"
    assert found[setup["second"]] == "valid" and found[setup["record"]] == "valid"
    # The changed entry is pending again.
    assert setup["first"] in {p.id for p in signoffs.pending(setup["an"])}

    result = subprocess.run(
        [sys.executable, "-m", "stageportfolio", "verify"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert result.returncode == 1, result.stderr
    assert "GEWIJZIGD" in result.stdout and "8 uur" in result.stdout
    assert "An Peeters" in result.stdout
    (changed,) = [v for v in signoffs.verify_all() if v.status != "valid"]
    assert changed.code in result.stdout and changed.fingerprint in result.stdout
    as_json = subprocess.run(
        [sys.executable, "-m", "stageportfolio", "verify", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    payload = json.loads(as_json.stdout)
    assert as_json.returncode == 1 and payload["ok"] is False
    assert sorted(s["status"] for s in payload["signoffs"]) == ["changed", "valid", "valid"]


def test_a_signed_item_is_deleted_only_when_asked_and_leaves_no_orphan(
    service: PortfolioService, setup: dict[str, str]
) -> None:
    signoffs = SignOffService(service)
    signoffs.create_key(setup["an"], PASS)
    sign_all(signoffs, setup["an"], setup)
    with pytest.raises(SignedItemError, match="An Peeters"):
        service.delete_hours([setup["second"]])
    with pytest.raises(SignedItemError):
        service.delete_record(setup["record"])
    with pytest.raises(SignedItemError):
        service.save_record(
            activity_id="bkc0023627-kb04", competence_id="bkc0023627", proposed_level=3,
            day=date(2026, 10, 1), reflection="anders", record_id=setup["record"],
        )  # fmt: skip
    assert len(signoffs.verify_all()) == 3
    snapshots = service.delete_hours([setup["second"]], confirm_signed=True)
    assert setup["second"] not in statuses(signoffs)  # its sign-off went with it
    service.restore_hours(snapshots)  # undo: entry and sign-off are back, still valid
    assert statuses(signoffs)[setup["second"]] == "valid"
    service.delete_record(setup["record"], confirm_signed=True)
    assert set(statuses(signoffs)) == {setup["first"], setup["second"]}


def test_a_placement_with_signed_hours_is_deleted_only_when_asked(
    service: PortfolioService, setup: dict[str, str]
) -> None:
    """The placement's name is signed with every hour entry in it."""
    signoffs = SignOffService(service)
    signoffs.create_key(setup["an"], PASS)
    sign_all(signoffs, setup["an"], setup)
    with pytest.raises(SignedItemError, match="An Peeters"):
        service.delete_placement(setup["placement"])
    assert [p.id for p in service.placements()] == [setup["placement"]]
    assert set(statuses(signoffs).values()) == {"valid"}
    service.delete_placement(setup["placement"], confirm_signed=True)
    assert service.placements() == []
    found = statuses(signoffs)
    assert found[setup["first"]] == found[setup["second"]] == "changed"
    assert found[setup["record"]] == "valid"


def test_a_deleted_item_with_an_orphan_signoff_is_changed(
    service: PortfolioService, setup: dict[str, str]
) -> None:
    """An orphan put back by hand in the database still shows as changed."""
    signoffs = SignOffService(service)
    signoffs.create_key(setup["an"], PASS)
    sign_all(signoffs, setup["an"], setup)
    with db(service) as con:
        con.execute("DELETE FROM hour_entry WHERE id = ?", (setup["second"],))
    assert statuses(signoffs)[setup["second"]] == "changed"


def test_edited_signature_bytes_are_invalid(
    service: PortfolioService, setup: dict[str, str]
) -> None:
    signoffs = SignOffService(service)
    signoffs.create_key(setup["an"], PASS)
    sign_all(signoffs, setup["an"], setup)
    with db(service) as con:
        (sig,) = con.execute(
            "SELECT signature FROM signoff WHERE target_id = ?", (setup["first"],)
        ).fetchone()
        raw = bytearray(base64.b64decode(sig))
        raw[10] ^= 0x01
        con.execute(
            "UPDATE signoff SET signature = ? WHERE target_id = ?",
            (base64.b64encode(bytes(raw)).decode(), setup["first"]),
        )
    assert statuses(signoffs)[setup["first"]] == "invalid"


def test_a_raised_level_in_the_database_is_invalid(
    service: PortfolioService, setup: dict[str, str]
) -> None:
    signoffs = SignOffService(service)
    signoffs.create_key(setup["an"], PASS)
    sign_all(signoffs, setup["an"], setup)
    with db(service) as con:
        con.execute("UPDATE signoff SET level = 4 WHERE target_id = ?", (setup["record"],))
    assert statuses(signoffs)[setup["record"]] == "invalid"


def test_a_signature_copied_to_another_entry_is_not_valid(
    service: PortfolioService, setup: dict[str, str]
) -> None:
    signoffs = SignOffService(service)
    signoffs.create_key(setup["an"], PASS)
    signoffs.sign_on_the_spot(setup["an"], PASS, [Decision("hour_entry", setup["first"], True)])
    with db(service) as con:
        con.row_factory = sqlite3.Row
        row = dict(con.execute("SELECT * FROM signoff").fetchone())
        row["id"], row["target_id"] = "replayed", setup["other"]
        columns = ", ".join(row)
        con.execute(
            f"INSERT INTO signoff ({columns}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
    found = statuses(signoffs)
    assert found[setup["first"]] == "valid"
    assert found[setup["other"]] == "invalid"
    assert setup["other"] in {p.id for p in signoffs.pending()}


def test_a_signature_by_another_key_claiming_the_mentors_fingerprint_is_invalid(
    service: PortfolioService, setup: dict[str, str]
) -> None:
    signoffs = SignOffService(service)
    mentor_fp = signoffs.create_key(setup["an"], PASS)
    with db(service) as con:
        (mentor_key,) = con.execute(
            "SELECT public_key FROM mentor WHERE id = ?", (setup["an"],)
        ).fetchone()
    forger = Ed25519PrivateKey.generate()
    forger_key = signing.public_key_text(forger.public_key())
    hour = next(p for p in signoffs.pending() if p.id == setup["first"])
    signed_at = datetime(2026, 10, 8, 12, 0, tzinfo=UTC)
    message = signing.statement(
        hour.item, portfolio_id=service.info.id, learner="Lotte", signer="An Peeters",
        key_fingerprint=mentor_fp, signed_at=signed_at,
    )  # fmt: skip
    forged = signing.sign(forger, message)
    with db(service) as con:
        for row_id, public_key in (("forged-own-key", forger_key), ("forged-an", mentor_key)):
            con.execute(
                "INSERT INTO signoff (id, portfolio_id, target_kind, target_id, level, mentor_id, "
                "mentor_name, comment, signed_at, payload, signature, key_fingerprint, public_key) "
                "VALUES (?, ?, 'hour_entry', ?, NULL, ?, 'An Peeters', '', ?, ?, ?, ?, ?)",
                (
                    row_id,
                    service.info.id,
                    setup["first"],
                    setup["an"],
                    "2026-10-08 12:00:00.000000",
                    message.decode(),
                    forged,
                    mentor_fp,
                    public_key,
                ),
            )
    results = {v.signoff_id: v.status for v in signoffs.verify_all()}
    assert results == {"forged-own-key": "invalid", "forged-an": "invalid"}


def test_wrong_passphrase_stores_nothing(service: PortfolioService, setup: dict[str, str]) -> None:
    signoffs = SignOffService(service)
    signoffs.create_key(setup["an"], PASS)
    with pytest.raises(WrongPassphraseError):
        signoffs.sign_on_the_spot(
            setup["an"], "verkeerde wachtzin", [Decision("hour_entry", setup["first"], True)]
        )
    assert service.signoffs() == [] and signoffs.verify_all() == []


def test_a_short_passphrase_makes_no_key(service: PortfolioService, setup: dict[str, str]) -> None:
    signoffs = SignOffService(service)
    with pytest.raises(WeakPassphraseError):
        signoffs.create_key(setup["an"], "kort")
    assert not signoffs.has_key(setup["an"])


def test_refused_items_are_not_signed(service: PortfolioService, setup: dict[str, str]) -> None:
    signoffs = SignOffService(service)
    signoffs.create_key(setup["an"], PASS)
    count = signoffs.sign_on_the_spot(
        setup["an"],
        PASS,
        [
            Decision("hour_entry", setup["first"], approve=True),
            Decision("hour_entry", setup["second"], approve=False),
        ],
    )
    assert count == 1
    assert set(statuses(signoffs)) == {setup["first"]}


def test_only_a_school_vouched_card_names_a_key_and_only_anchors_make_it_trusted(
    service: PortfolioService, setup: dict[str, str], tmp_path: Path
) -> None:
    from stageportfolio.services import school
    from stageportfolio.services.verify_file import read_anchors

    signoffs = SignOffService(service)
    an_fp = signoffs.create_key(setup["an"], PASS)
    signoffs.create_key(setup["bart"], "wachtzin van Bart met fietsbel")
    signoffs.sign_on_the_spot(setup["an"], PASS, [Decision("hour_entry", setup["first"], True)])
    signoffs.sign_on_the_spot(
        setup["bart"],
        "wachtzin van Bart met fietsbel",
        [Decision("hour_entry", setup["other"], True)],
    )
    card = signoffs.mentor_card(setup["an"])
    assert card["fingerprint"] == an_fp and "sealed" not in json.dumps(card)
    plain = tmp_path / "an.mentorkaart.json"
    plain.write_text(json.dumps([card]), encoding="utf-8")
    with pytest.raises(SignOffFileError, match="niet ondertekend door een school"):
        signoffs.import_mentor_cards(plain)

    sint_jozef = school.create_school("Sint-Jozef", "krijtbord speelplaats refter 1923")
    with pytest.raises(school.SchoolError, match="vingerafdruk"):  # not what An read out
        school.vouch(
            school.read_card(card, "kaart"), sint_jozef, "krijtbord speelplaats refter 1923",
            checked_fingerprint="0000-0000-0000-0000", today=TODAY,
        )  # fmt: skip
    vouched = school.vouch(
        school.read_card(card, "kaart"), sint_jozef, "krijtbord speelplaats refter 1923",
        checked_fingerprint=an_fp.lower().replace("-", " "), today=TODAY,
    )  # fmt: skip
    path = tmp_path / "an.bevestigd.json"
    path.write_text(json.dumps([vouched]), encoding="utf-8")
    assert signoffs.import_mentor_cards(path) == 1
    assert signoffs.import_mentor_cards(path) == 0  # the same card again adds nothing
    facts = {v.target_id: v for v in signoffs.verify_all()}
    assert facts[setup["first"]].card is not None
    assert facts[setup["first"]].card.school_fingerprint == sint_jozef.fingerprint
    assert facts[setup["other"]].card is None
    assert {v.trusted for v in facts.values()} == {None}  # facts only in the pupil's app
    pub = tmp_path / "school.pub"
    school.write_public_key(pub, sint_jozef)
    judged = {v.target_id: v.trusted for v in signoffs.verify_all(read_anchors([str(pub)]))}
    assert judged == {setup["first"]: True, setup["other"]: False}
    # A card edited after the school signed it is refused as a whole.
    edited = dict(vouched, card={**vouched["card"], "name": "Directeur"})
    path.write_text(json.dumps(edited), encoding="utf-8")
    with pytest.raises(SignOffFileError, match="school"):
        signoffs.import_mentor_cards(path)


def test_pending_for_a_mentor_only_has_their_placements(
    service: PortfolioService, setup: dict[str, str]
) -> None:
    signoffs = SignOffService(service)
    assert signoffs.pending(setup["bart"]) == []
    assert {p.id for p in signoffs.pending()} == {
        setup["first"], setup["second"], setup["other"], setup["record"]
    }  # fmt: skip


def test_unsigned_confirmations_are_not_signatures(
    service: PortfolioService, setup: dict[str, str]
) -> None:
    with db(service) as con:
        con.execute(
            "INSERT INTO signoff (id, portfolio_id, target_kind, target_id, level, mentor_name, "
            "comment, signed_at) VALUES ('typed', ?, 'competence', 'bkc0023627', 2, 'An', '', "
            "'2026-10-01 10:00:00.000000')",
            (service.info.id,),
        )
    (found,) = SignOffService(service).verify_all()
    assert found.status == "unsigned" and found.problem
    assert SignOffService(service).verify_all(include_unsigned=False) == []
    assert service.signed_levels() == {}  # never counts for a rule


def test_too_many_learners_per_sector() -> None:
    sept = (date(2026, 9, 1), date(2026, 9, 30))
    mid = (date(2026, 9, 15), date(2026, 10, 15))
    late = (date(2026, 9, 20), date(2026, 10, 31))
    after = (date(2026, 10, 1), date(2026, 10, 31))
    assert not too_many_learners("social_profit", [sept, mid])
    assert too_many_learners("social_profit", [sept, mid, late])
    assert not too_many_learners("local_government", [sept, mid, late])
    assert too_many_learners("local_government", [sept, mid, late, late])
    # One ends on 30/9, the next starts on 1/10: never together.
    short = (date(2026, 9, 1), date(2026, 9, 10))
    assert not too_many_learners("social_profit", [sept, after, short])
    assert not too_many_learners("social_profit", [])
