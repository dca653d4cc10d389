"""Evidence files: private copies, hashes, links, and no stray file after a rollback."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from stageportfolio.store import queries
from stageportfolio.store.db import StoreError, open_database, session_scope
from stageportfolio.store.evidence import (
    EvidenceTypeError,
    add_evidence,
    evidence_dir,
    evidence_path,
    openable_path,
    verify_evidence,
)
from stageportfolio.store.models import Evidence, EvidenceLink


@pytest.fixture
def engine() -> Iterator[Engine]:
    engine = open_database()
    yield engine
    engine.dispose()


@pytest.fixture
def portfolio_id(engine: Engine) -> str:
    with session_scope(engine) as session:
        info = queries.create_portfolio(
            session, role="student", name="Zoë Janssens", list_id="gezondheidszorg", list_version=1
        )
    return info.id


def visible_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_add_evidence_copies_hashes_and_links(
    engine: Engine, portfolio_id: str, tmp_path: Path
) -> None:
    source = tmp_path / "Attest EHBO – Zoë.pdf"
    content = b"%PDF-1.4 attest\n" * 100
    source.write_bytes(content)
    with session_scope(engine) as session:
        evidence_id = add_evidence(
            session,
            portfolio_id=portfolio_id,
            source=source,
            description="EHBO-attest",
            day=date(2025, 3, 4),
            links=["bkc0023629", "bkc0023629"],
        )
    with session_scope(engine) as session:
        row = session.get(Evidence, evidence_id)
        assert row is not None
        links = session.execute(select(EvidenceLink.target_id)).scalars().all()
        assert queries.evidence_counts(session, portfolio_id=portfolio_id) == {"bkc0023629": 1}
    assert links == ["bkc0023629"]
    assert row.original_name == "Attest EHBO – Zoë.pdf"
    assert row.stored_name == f"{evidence_id}.pdf"
    assert row.media_type == "application/pdf"
    assert row.sha256 == hashlib.sha256(content).hexdigest()
    assert row.size == len(content)
    assert row.day == date(2025, 3, 4)
    stored = evidence_path(row.stored_name)
    assert stored.read_bytes() == content
    assert visible_files(evidence_dir()) == [row.stored_name]  # no temporary file left
    if os.name == "posix":
        assert stored.stat().st_mode & 0o777 == 0o600
        assert evidence_dir().stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("notities.été  weird", b"x"),  # no usable extension
        ("stageverslag.bat", b"@echo off\r\ndel /q *\r\n"),
        ("stageverslag.desktop", b"[Desktop Entry]\nExec=rm -rf ~\n"),
        ("stageverslag.pdf", b"MZ\x90\x00 a Windows program behind an innocent name"),
        ("foto.jpg", b"#!/bin/sh\nrm -rf ~\n"),
        ("verslag.docx", b"PK\x03\x04 not an office document"),
    ],
)
def test_programs_and_disguised_files_are_not_evidence(
    engine: Engine, portfolio_id: str, tmp_path: Path, name: str, content: bytes
) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    with pytest.raises(EvidenceTypeError) as caught, session_scope(engine) as session:
        add_evidence(session, portfolio_id=portfolio_id, source=source)
    assert name in str(caught.value)
    assert visible_files(evidence_dir()) == []
    with session_scope(engine) as session:
        assert session.scalar(select(func.count()).select_from(Evidence)) == 0


def test_a_stored_program_is_flagged_and_never_opened(
    engine: Engine, portfolio_id: str, tmp_path: Path
) -> None:
    """What an older version let in: a ``<uuid>.bat`` recorded as "stageverslag.pdf"."""
    folder = evidence_dir(create=True)
    stored = "3f2a0000-0000-4000-8000-000000000001.bat"
    (folder / stored).write_bytes(b"@echo off\r\n")
    pdf_lookalike = "3f2a0000-0000-4000-8000-000000000002.pdf"
    (folder / pdf_lookalike).write_bytes(b"MZ\x90\x00")
    with session_scope(engine) as session:
        for evidence_id, name in ((stored, "stageverslag.pdf"), (pdf_lookalike, "verslag.pdf")):
            session.add(
                Evidence(
                    id=evidence_id.split(".")[0],
                    portfolio_id=portfolio_id,
                    stored_name=evidence_id,
                    original_name=name,
                    media_type="application/pdf",
                    day=date(2025, 3, 4),
                    sha256=hashlib.sha256((folder / evidence_id).read_bytes()).hexdigest(),
                    size=(folder / evidence_id).stat().st_size,
                )
            )
    for evidence_id, name in ((stored, "stageverslag.pdf"), (pdf_lookalike, "verslag.pdf")):
        with pytest.raises(EvidenceTypeError, match="wordt niet geopend"):
            openable_path(evidence_id, name)
    with session_scope(engine) as session:
        check = verify_evidence(session, portfolio_id=portfolio_id)
    assert {p.stored_name for p in check.problems} == {stored, pdf_lookalike}
    assert all("wordt niet geopend" in p.problem for p in check.problems)


def test_a_real_document_opens(engine: Engine, portfolio_id: str, tmp_path: Path) -> None:
    source = tmp_path / "verslag.pdf"
    source.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    with session_scope(engine) as session:
        evidence_id = add_evidence(session, portfolio_id=portfolio_id, source=source)
        row = session.get(Evidence, evidence_id)
    assert row is not None
    assert openable_path(row.stored_name, row.original_name) == evidence_path(row.stored_name)


def test_failed_transaction_leaves_no_file(
    engine: Engine, portfolio_id: str, tmp_path: Path
) -> None:
    source = tmp_path / "foto.jpg"
    source.write_bytes(b"\xff\xd8\xff\xe0jpeg")
    with pytest.raises(RuntimeError), session_scope(engine) as session:
        add_evidence(session, portfolio_id=portfolio_id, source=source, links=["bkc0023629"])
        assert len(visible_files(evidence_dir())) == 1
        raise RuntimeError("later step fails")
    assert visible_files(evidence_dir()) == []
    with session_scope(engine) as session:
        assert session.scalar(select(func.count()).select_from(Evidence)) == 0


def test_failed_insert_leaves_no_file(engine: Engine, portfolio_id: str, tmp_path: Path) -> None:
    source = tmp_path / "foto.jpg"
    source.write_bytes(b"\xff\xd8\xff\xe0jpeg")
    with pytest.raises(Exception, match="FOREIGN KEY"), session_scope(engine) as session:
        add_evidence(session, portfolio_id="no-such-portfolio", source=source)
    assert visible_files(evidence_dir()) == []


def test_missing_source_is_a_store_error(engine: Engine, portfolio_id: str, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="niet gevonden"), session_scope(engine) as session:
        add_evidence(session, portfolio_id=portfolio_id, source=tmp_path / "weg.pdf")


def test_evidence_path_refuses_names_outside_the_folder() -> None:
    with pytest.raises(StoreError):
        evidence_path("../portfolio.sqlite3")


def test_verify_evidence_finds_changed_missing_and_orphan_files(
    engine: Engine, portfolio_id: str, tmp_path: Path
) -> None:
    names = []
    for index in range(3):
        source = tmp_path / f"bewijs-{index}.txt"
        source.write_text(f"bewijs {index}", encoding="utf-8")
        with session_scope(engine) as session:
            evidence_id = add_evidence(session, portfolio_id=portfolio_id, source=source)
            row = session.get(Evidence, evidence_id)
            assert row is not None
            names.append(row.stored_name)
    with session_scope(engine) as session:
        assert verify_evidence(session, portfolio_id=portfolio_id).ok
    evidence_path(names[0]).write_text("bewijs X", encoding="utf-8")  # same size, other hash
    evidence_path(names[1]).unlink()
    (evidence_dir() / "vreemd.bin").write_bytes(b"?")
    with session_scope(engine) as session:
        check = verify_evidence(session, portfolio_id=portfolio_id)
    assert check.checked == 3
    assert not check.ok
    problems = {p.stored_name: p.problem for p in check.problems}
    assert set(problems) == {names[0], names[1]}
    assert "gewijzigd" in problems[names[0]]
    assert "ontbreekt" in problems[names[1]]
    assert check.orphans == ["vreemd.bin"]
