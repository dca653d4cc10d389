"""The whole-portfolio archive: identical round trip, and every broken archive refused."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from stageportfolio.store import archive, queries
from stageportfolio.store.archive import (
    ArchiveError,
    count_rows,
    export_archive,
    import_archive,
    read_archive,
)
from stageportfolio.store.db import SCHEMA_HEAD, open_database, session_scope
from stageportfolio.store.evidence import add_evidence, evidence_dir
from stageportfolio.store.models import ActivityRecord, SignOff

EHBO = "Attest EHBO – Zoë.pdf"
FOTO = "Verslag ‘zorgplan’ Émile.jpg"


def weekdays(start: date, count: int) -> list[date]:
    days, day = [], start
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def build_portfolio(engine: Engine, sources: Path) -> str:
    """A realistic portfolio: mentor, two placements, 50 hour rows, records, sign-offs, files."""
    sources.mkdir(parents=True, exist_ok=True)
    (sources / EHBO).write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40)
    (sources / FOTO).write_bytes(b"\xff\xd8\xff\xe0" + b"JFIF" * 500)
    with session_scope(engine) as session:
        info = queries.create_portfolio(
            session,
            role="student",
            name="Zoë Van den Broeck",
            organisation="GO! Campus Sint-Niklaas",
            list_id="gezondheidszorg",
            list_version=1,
            school_year="2025-2026",
        )
        pid = info.id
        mentor = queries.add_mentor(
            session, portfolio_id=pid, name="An Peeters", organisation="WZC De Linde"
        )
        queries.add_placement(
            session,
            portfolio_id=pid,
            organisation="WZC De Linde",
            unit="Afdeling Zonnebloem",
            context="residentieel",
            start_date=date(2025, 10, 1),
            end_date=date(2025, 11, 30),
            mentor_id=mentor,
        )
        queries.add_placement(
            session,
            portfolio_id=pid,
            organisation="AZ Nikolaas",
            context="ziekenhuis",
            start_date=date(2026, 2, 2),
            end_date=date(2026, 3, 31),
        )
        rows = [
            queries.ImportRow(day, "residentieel", 450, "WZC De Linde", "vroege dienst")
            for day in weekdays(date(2025, 10, 1), 30)
        ] + [
            queries.ImportRow(day, "ziekenhuis", 480, "AZ Nikolaas", None)
            for day in weekdays(date(2026, 2, 2), 20)
        ]
        result = queries.import_hours(
            session,
            portfolio_id=pid,
            rows=rows,
            placements_by_name=queries.placements_by_name(session, portfolio_id=pid),
        )
        assert result.added == 50
        hour_id = queries.list_hours(session, portfolio_id=pid)[0].id
        records = [
            ActivityRecord(
                portfolio_id=pid,
                activity_id=f"act-{n}",
                competence_id="bkc0023629",
                proposed_level=n,
                day=date(2025, 10, 6 + n),
                reflection=f"Reflectie {n}: één cliënt geholpen bij het wassen.",
            )
            for n in (1, 2, 3)
        ]
        session.add_all(records)
        session.flush()
        session.add_all(
            [
                SignOff(
                    portfolio_id=pid,
                    target_kind="activity_record",
                    target_id=records[0].id,
                    level=2,
                    mentor_id=mentor,
                    mentor_name="An Peeters",
                    comment="Goed gedaan, Zoë!",
                    signed_at=datetime(2025, 10, 20, 14, 30, 5, 123456, tzinfo=UTC),
                ),
                SignOff(
                    portfolio_id=pid,
                    target_kind="hour_entry",
                    target_id=hour_id,
                    mentor_name="Jef (stagebegeleider)",
                    payload='{"x": 1}',
                    signature="c2lnbmF0dXVy",
                    key_fingerprint="ab:cd",
                ),
                SignOff(portfolio_id=pid, target_kind="competence", target_id="bkc0023629"),
            ]
        )
        add_evidence(
            session,
            portfolio_id=pid,
            source=sources / EHBO,
            description="EHBO-attest",
            day=date(2025, 9, 15),
            links=["bkc0023629"],
        )
        add_evidence(
            session,
            portfolio_id=pid,
            source=sources / FOTO,
            links=["bkc0023629", "act-1"],
        )
    return pid


@pytest.fixture
def engine() -> Iterator[Engine]:
    engine = open_database()
    yield engine
    engine.dispose()


@pytest.fixture
def exported(engine: Engine, tmp_path: Path) -> Path:
    build_portfolio(engine, tmp_path / "bronnen")
    out = tmp_path / "archief.zip"
    export_archive(engine, out)
    return out


def erase_data(engine: Engine, home: Path) -> None:
    """What ``stageportfolio erase --yes`` leaves: an empty data folder."""
    engine.dispose()
    shutil.rmtree(home)


def zip_members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def rewrite(
    source: Path,
    target: Path,
    change: Callable[[dict[str, bytes]], None],
    *,
    fix_manifest: bool = False,
) -> Path:
    members = zip_members(source)
    change(members)
    if fix_manifest:
        manifest = json.loads(members["manifest.json"])
        for name in manifest["files"]:
            if name in members:
                manifest["files"][name] = hashlib.sha256(members[name]).hexdigest()
        members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(target, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return target


def edit_json(name: str, edit: Callable[[Any], None]) -> Callable[[dict[str, bytes]], None]:
    def change(members: dict[str, bytes]) -> None:
        data = json.loads(members[name])
        edit(data)
        members[name] = json.dumps(data, ensure_ascii=False).encode()

    return change


def evidence_member(members: dict[str, bytes]) -> str:
    return sorted(name for name in members if name.startswith("evidence/"))[0]


# --- round trip ---------------------------------------------------------------------------


def test_round_trip_is_identical(
    engine: Engine, exported: Path, tmp_path: Path, private_home: Path
) -> None:
    first = zip_members(exported)
    erase_data(engine, private_home)
    fresh = open_database()
    try:
        contents = read_archive(exported)
        summary = import_archive(fresh, contents)
        assert summary.portfolio_name == "Zoë Van den Broeck"
        assert summary.counts["hour_entries"] == 50
        again = tmp_path / "opnieuw.zip"
        export_archive(fresh, again)
        with session_scope(fresh) as session:
            info = queries.current_portfolio(session)
            assert queries.evidence_counts(session, portfolio_id=info.id) == {
                "bkc0023629": 2,
                "act-1": 1,
            }
            # The rows are back as they were; none of these sign-offs counts for a rule (no
            # valid signature), see tests/test_signoffs.py.
            assert len(queries.list_signoffs(session, portfolio_id=info.id)) == 3
    finally:
        fresh.dispose()
    second = zip_members(again)
    assert json.loads(second["portfolio.json"]) == json.loads(first["portfolio.json"])
    assert set(second) == set(first)
    for name in first:
        if name.startswith("evidence/"):
            assert second[name] == first[name]
            assert (evidence_dir() / name.removeprefix("evidence/")).read_bytes() == first[name]
    assert sorted(p.name for p in evidence_dir().iterdir()) == sorted(
        n.removeprefix("evidence/") for n in first if n.startswith("evidence/")
    )


def test_archive_layout_and_manifest(exported: Path) -> None:
    members = zip_members(exported)
    manifest = json.loads(members["manifest.json"])
    assert manifest["format"] == "stageportfolio-archive"
    assert manifest["format_version"] == 1
    assert manifest["schema_revision"] == SCHEMA_HEAD
    assert set(manifest) == {
        "format",
        "format_version",
        "app_version",
        "created_at",
        "schema_revision",
        "portfolio_id",
        "files",
    }
    assert set(manifest["files"]) == set(members) - {"manifest.json"}
    for name, digest in manifest["files"].items():
        assert hashlib.sha256(members[name]).hexdigest() == digest
    payload = json.loads(members["portfolio.json"])
    assert payload["portfolio"]["id"] == manifest["portfolio_id"]
    assert len(payload["hour_entries"]) == 50
    assert len(payload["placements"]) == 2
    assert len(payload["activity_records"]) == 3
    assert len(payload["signoffs"]) == 3
    assert {e["original_name"] for e in payload["evidence"]} == {EHBO, FOTO}
    assert len(payload["evidence_links"]) == 3
    signoff = next(s for s in payload["signoffs"] if s["comment"])
    assert signoff["signed_at"] == "2025-10-20T14:30:05.123456+00:00"
    assert payload["hour_entries"][0]["day"].count("-") == 2


def test_row_models_cover_every_column() -> None:
    for model, row_model in archive.TABLES.values():
        assert set(model.__table__.columns.keys()) == set(row_model.model_fields)  # type: ignore[attr-defined]
    assert set(archive.Portfolio.__table__.columns.keys()) == set(  # type: ignore[attr-defined]
        archive.PortfolioRow.model_fields
    )


def test_export_leaves_nothing_behind_when_an_evidence_file_changed(
    engine: Engine, tmp_path: Path
) -> None:
    build_portfolio(engine, tmp_path / "bronnen")
    victim = sorted(evidence_dir().iterdir())[0]
    victim.write_bytes(victim.read_bytes() + b"!")
    out = tmp_path / "uit" / "archief.zip"
    out.parent.mkdir()
    with pytest.raises(ArchiveError, match="gewijzigd"):
        export_archive(engine, out)
    assert list(out.parent.iterdir()) == []


# --- refusing broken archives -------------------------------------------------------------


def refused(path: Path, match: str) -> str:
    with pytest.raises(ArchiveError, match=match) as info:
        read_archive(path)
    return str(info.value)


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "uren.csv"
    path.write_text("Datum;Context;Uren\n", encoding="utf-8")
    assert "uren.csv" in refused(path, "geen zip-bestand")


def test_truncated_zip(exported: Path, tmp_path: Path) -> None:
    path = tmp_path / "half.zip"
    path.write_bytes(exported.read_bytes()[: exported.stat().st_size // 2])
    refused(path, "beschadigd")


def test_corrupt_bytes_inside_a_member(exported: Path, tmp_path: Path) -> None:
    data = bytearray(exported.read_bytes())
    start = data.index(b"PK\x03\x04", 10) + 80  # inside the second member's data
    data[start] ^= 0xFF
    path = tmp_path / "kapot.zip"
    path.write_bytes(bytes(data))
    refused(path, "kapot.zip")


def test_office_document_is_recognised(tmp_path: Path) -> None:
    path = tmp_path / "verslag.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<document/>")
    message = refused(path, "manifest.json ontbreekt")
    assert "Word" in message


def test_random_zip(tmp_path: Path) -> None:
    path = tmp_path / "fotos.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("foto.jpg", b"\xff\xd8")
    refused(path, "geen stageportfolio-archief")


def test_wrong_format_name(exported: Path, tmp_path: Path) -> None:
    change = edit_json("manifest.json", lambda m: m.update(format="ander-programma"))
    refused(rewrite(exported, tmp_path / "x.zip", change), "ander-programma")


def test_newer_format_version(exported: Path, tmp_path: Path) -> None:
    change = edit_json("manifest.json", lambda m: m.update(format_version=3, nieuw=True))
    refused(rewrite(exported, tmp_path / "x.zip", change), "nieuwere versie van stageportfolio")


def test_unknown_schema_revision(exported: Path, tmp_path: Path) -> None:
    change = edit_json("manifest.json", lambda m: m.update(schema_revision="0099"))
    refused(rewrite(exported, tmp_path / "x.zip", change), "nieuwere versie")


def test_tampered_evidence_file(exported: Path, tmp_path: Path) -> None:
    def change(members: dict[str, bytes]) -> None:
        name = evidence_member(members)
        data = bytearray(members[name])
        data[10] ^= 0x01
        members[name] = bytes(data)

    message = refused(rewrite(exported, tmp_path / "x.zip", change), "gewijzigd")
    assert "evidence/" in message


def test_tampered_evidence_with_a_recomputed_manifest(exported: Path, tmp_path: Path) -> None:
    def change(members: dict[str, bytes]) -> None:
        name = evidence_member(members)
        members[name] = members[name][:-1] + b"?"

    path = rewrite(exported, tmp_path / "x.zip", change, fix_manifest=True)
    message = refused(path, "gewijzigd sinds het werd toegevoegd")
    assert "bewijsstuk" in message


def test_missing_evidence_file(exported: Path, tmp_path: Path) -> None:
    def change(members: dict[str, bytes]) -> None:
        del members[evidence_member(members)]

    refused(rewrite(exported, tmp_path / "x.zip", change), "ontbreekt in het archief")


def test_extra_file_not_in_manifest(exported: Path, tmp_path: Path) -> None:
    def change(members: dict[str, bytes]) -> None:
        members["../../evil.sh"] = b"rm -rf"

    refused(rewrite(exported, tmp_path / "x.zip", change), "niet in manifest.json")


def test_bad_json(exported: Path, tmp_path: Path) -> None:
    def change(members: dict[str, bytes]) -> None:
        members["portfolio.json"] = members["portfolio.json"][:-20]

    path = rewrite(exported, tmp_path / "x.zip", change, fix_manifest=True)
    refused(path, "portfolio.json is geen geldige JSON")


def test_manifest_bad_json(exported: Path, tmp_path: Path) -> None:
    def change(members: dict[str, bytes]) -> None:
        members["manifest.json"] = b"{nee"

    refused(rewrite(exported, tmp_path / "x.zip", change), "manifest.json is geen geldige JSON")


def test_invalid_row(exported: Path, tmp_path: Path) -> None:
    change = edit_json("portfolio.json", lambda p: p["hour_entries"][3].update(minutes=0))
    path = rewrite(exported, tmp_path / "x.zip", change, fix_manifest=True)
    refused(path, r"hour_entries\.3\.minutes")


def test_dangling_reference(exported: Path, tmp_path: Path) -> None:
    change = edit_json("portfolio.json", lambda p: p["placements"][0].update(mentor_id="weg"))
    path = rewrite(exported, tmp_path / "x.zip", change, fix_manifest=True)
    refused(path, "onbekende mentor weg")


def test_duplicate_id(exported: Path, tmp_path: Path) -> None:
    def edit(payload: Any) -> None:
        payload["hour_entries"][1]["id"] = payload["hour_entries"][0]["id"]

    path = rewrite(
        exported, tmp_path / "x.zip", edit_json("portfolio.json", edit), fix_manifest=True
    )
    refused(path, "meer dan eens")


def test_unsafe_stored_name(exported: Path, tmp_path: Path) -> None:
    def edit(payload: Any) -> None:
        payload["evidence"][0]["stored_name"] = "../../portfolio.sqlite3"

    path = rewrite(
        exported, tmp_path / "x.zip", edit_json("portfolio.json", edit), fix_manifest=True
    )
    refused(path, "stored_name")


# --- importing ----------------------------------------------------------------------------


def test_import_refuses_a_folder_with_a_portfolio(engine: Engine, exported: Path) -> None:
    before = count_rows(engine)
    files = sorted(p.name for p in evidence_dir().iterdir())
    contents = read_archive(exported)
    with pytest.raises(ArchiveError, match="erase --yes"):
        import_archive(engine, contents)
    assert count_rows(engine) == before
    assert sorted(p.name for p in evidence_dir().iterdir()) == files


def test_failed_import_leaves_no_rows_and_no_files(
    engine: Engine, exported: Path, private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    erase_data(engine, private_home)
    fresh = open_database()
    try:
        contents = read_archive(exported)
        calls = []
        real = archive._refuse_existing

        def refuse_second_time(session: Any) -> None:
            calls.append(1)
            if len(calls) == 2:
                raise ArchiveError("gesimuleerde fout")
            real(session)

        monkeypatch.setattr(archive, "_refuse_existing", refuse_second_time)
        with pytest.raises(ArchiveError, match="gesimuleerde fout"):
            import_archive(fresh, contents)
        assert set(count_rows(fresh).values()) == {0}
        assert list(evidence_dir().iterdir()) == []
    finally:
        fresh.dispose()


def test_read_archive_does_not_keep_the_file_open(exported: Path) -> None:
    contents = read_archive(exported)
    assert contents.counts["evidence"] == 2
    # Renaming/removing works on every platform only when no handle is left open.
    exported.rename(exported.with_suffix(".bak"))
    assert isinstance(io.BytesIO(), io.BytesIO)
