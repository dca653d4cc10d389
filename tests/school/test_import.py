"""Collecting exports: new, newer, older, the same again; tampered and foreign files; the
school's own trust deciding what counts."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from benchmarks import school_students as gen
from stageportfolio.core.schoolview import OverviewFilter
from stageportfolio.services.school_import import import_files
from stageportfolio.services.school_mode import School
from stageportfolio.services.school_overview import overview

LOTTE = gen.Plan(name="Lotte Vermeulen", seed=1, mentors=(0, 8))


def _status(outcomes: list, name: str) -> tuple[str, str]:  # type: ignore[type-arg]
    found = [o for o in outcomes if o.path.name == name]
    assert len(found) == 1, outcomes
    return found[0].status, found[0].message


def test_a_newer_export_replaces_and_an_older_never_overwrites(
    school: School, exports, tmp_path: Path, world: gen.World
) -> None:
    older = exports(LOTTE, name="lotte-oud")
    # The same pupil later: the same portfolio with more hours, exported again.
    service = gen.make_student(world, tmp_path / "lotte", LOTTE)
    try:
        first = gen.export(service, tmp_path / "lotte-1.zip")
        service.add_hours(day=gen.date(2026, 6, 1), minutes=450, context="thuiszorg")
        newer = gen.export(service, tmp_path / "lotte-2.zip")
    finally:
        service.engine.dispose()
    del older
    outcomes = import_files(school, [newer])
    assert _status(outcomes, "lotte-2.zip")[0] == "new"
    logged = overview(school)[0].trust.logged_minutes
    outcomes = import_files(school, [first])
    status, message = _status(outcomes, "lotte-1.zip")
    assert status == "older"
    assert "ouder dan de geïmporteerde export" in message
    rows = overview(school)
    assert len(rows) == 1 and rows[0].trust.logged_minutes == logged  # not overwritten
    # The other way round: the older first, then the newer replaces it.
    import_files(school, [])
    school_rows_before = len(rows)
    from stageportfolio.services.school_overview import remove_student

    remove_student(school, rows[0].portfolio_id)
    assert _status(import_files(school, [first]), "lotte-1.zip")[0] == "new"
    assert overview(school)[0].trust.logged_minutes == logged - 450
    status, message = _status(import_files(school, [newer]), "lotte-2.zip")
    assert status == "replaced" and "vervangt de export van" in message
    assert overview(school)[0].trust.logged_minutes == logged
    assert school_rows_before == len(overview(school))
    # The same file again changes nothing.
    assert _status(import_files(school, [newer]), "lotte-2.zip")[0] == "same"


def test_tampered_damaged_and_foreign_files_are_listed_and_skipped(
    school: School, exports, tmp_path: Path
) -> None:
    good = exports(gen.Plan(name="Fien Maes", seed=2))
    folder = tmp_path / "smartschool-download"
    folder.mkdir()
    (folder / "fien.zip").write_bytes(good.read_bytes())
    # portfolio.json edited without updating the manifest's hash.
    with zipfile.ZipFile(good) as zf:
        files = {name: zf.read(name) for name in zf.namelist()}
    payload = json.loads(files["portfolio.json"])
    payload["hour_entries"][0]["minutes"] = 600
    files["portfolio.json"] = json.dumps(payload).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    (folder / "bewerkt.zip").write_bytes(buffer.getvalue())
    (folder / "afgekapt.zip").write_bytes(good.read_bytes()[:500])
    (folder / "verslag.docx").write_bytes(b"PK\x03\x04 not a portfolio")
    (folder / "foto.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    outcomes = import_files(school, [folder])
    assert _status(outcomes, "fien.zip")[0] == "new"
    status, message = _status(outcomes, "bewerkt.zip")
    assert status == "refused" and "controlesom" in message
    status, message = _status(outcomes, "afgekapt.zip")
    assert status == "refused" and "beschadigd" in message
    status, message = _status(outcomes, "verslag.docx")
    assert status == "refused" and "geen portfolio-archief" in message
    assert _status(outcomes, "foto.pdf")[0] == "refused"
    assert [r.name for r in overview(school)] == ["Fien Maes"]


def test_every_signature_is_judged_by_the_schools_own_trust(school: School, exports) -> None:
    plain = exports(gen.Plan(name="Arne Jacobs", seed=3, signed_share=1.0, activities=10))
    changed = exports(gen.Plan(name="Noor Claes", seed=4, signed_share=1.0, tamper="changed"))
    forged = exports(gen.Plan(name="Milan Aerts", seed=5, signed_share=1.0, tamper="invalid"))
    self_made = exports(
        gen.Plan(name="Yana Dubois", seed=6, signed_share=1.0, self_made_mentor=True)
    )
    no_cards = exports(
        gen.Plan(name="Senne Wouters", seed=7, signed_share=1.0, vouched_cards=False)
    )
    outcomes = import_files(school, [plain, changed, forged, self_made, no_cards])
    assert all(o.status == "new" for o in outcomes), outcomes
    rows = {r.name: r for r in overview(school)}

    arne = rows["Arne Jacobs"].trust
    assert arne.confirmed_minutes == arne.logged_minutes > 0
    assert arne.activities_confirmed == arne.activities == 10
    assert (arne.invalid_signatures, arne.changed_signatures, arne.untrusted_signatures) == (
        0,
        0,
        0,
    )

    noor = rows["Noor Claes"].trust
    assert noor.changed_minutes > 0 and noor.changed_signatures == 1
    assert noor.confirmed_minutes == noor.logged_minutes - noor.changed_minutes

    milan = rows["Milan Aerts"].trust
    assert milan.invalid_signatures == 1 and milan.invalid_minutes > 0
    assert [r.name for r in overview(school, OverviewFilter(invalid_signature=True))] == [
        "Milan Aerts"
    ]

    yana = rows["Yana Dubois"].trust
    # Every signature of the pupil-made mentor key verifies, but this school never vouched
    # for it: those hours are "signed with a key nobody vouched for", and count for nothing.
    assert yana.untrusted_minutes > 0 and yana.untrusted_signatures > 0
    assert yana.invalid_signatures == 0
    assert (
        yana.confirmed_minutes + yana.untrusted_minutes + yana.unsigned_minutes
        == yana.logged_minutes
    )

    # The pupil never added the vouched cards: the school does not need them from the pupil
    # when its own register knows the mentor; without that, the keys are not vouched here.
    senne = rows["Senne Wouters"].trust
    assert senne.confirmed_minutes == 0 and senne.untrusted_minutes == senne.logged_minutes


def test_the_schools_register_of_vouched_cards_counts(
    school: School, exports, world: gen.World
) -> None:
    from stageportfolio.services.school_overview import vouch_card, vouched_register

    plan = gen.Plan(name="Senne Wouters", seed=7, signed_share=1.0, vouched_cards=False)
    for index in plan.mentors:
        mentor = world.mentors[index]
        vouch_card(
            school,
            mentor.card(),
            gen.SCHOOL_PASSPHRASE,
            checked_fingerprint=mentor.fingerprint,
            today=gen.date(2025, 9, 15),
        )
    assert {r.name for r in vouched_register(school)} == {
        world.mentors[i].name for i in plan.mentors
    }
    import_files(school, [exports(plan)])
    senne = overview(school)[0].trust
    assert senne.confirmed_minutes == senne.logged_minutes > 0


def test_a_portfolio_on_a_list_the_school_does_not_have_is_refused(
    school: School, exports, tmp_path: Path
) -> None:
    import hashlib

    source = exports(gen.Plan(name="Rune Aerts", seed=8))
    with zipfile.ZipFile(source) as zf:
        files = {n: zf.read(n) for n in zf.namelist() if not n.startswith("lists/")}
    payload = json.loads(files["portfolio.json"])
    payload["portfolio"]["list_id"] = "een-lijst-van-een-andere-school"
    body = json.dumps(payload).encode()
    manifest = json.loads(files["manifest.json"])
    manifest["files"] = {n: h for n, h in manifest["files"].items() if not n.startswith("lists/")}
    manifest["files"]["portfolio.json"] = hashlib.sha256(body).hexdigest()
    files["portfolio.json"], files["manifest.json"] = body, json.dumps(manifest).encode()
    out = tmp_path / "andere-lijst.zip"
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    status, message = _status(import_files(school, [out]), "andere-lijst.zip")
    assert status == "refused"
    assert "een-lijst-van-een-andere-school" in message and "niet bij de school" in message
    assert overview(school) == []
