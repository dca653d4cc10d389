"""The app's own file types: one extension each, older names still read, content decides."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from stageportfolio.services import filetypes
from stageportfolio.services.filetypes import (
    ARCHIVE,
    FILE_TYPES,
    MENTOR_CARD,
    SIGNOFF_REQUEST,
    SIGNOFF_RESPONSE,
    FileOpenError,
    file_to_open,
    kind_of,
    with_extension,
)


def json_file(path: Path, fmt: str) -> Path:
    path.write_text(json.dumps({"format": fmt, "version": 1}), encoding="utf-8")
    return path


def test_every_kind_has_one_single_extension_and_its_own_mime_type() -> None:
    extensions = [t.extension for t in FILE_TYPES]
    assert all(ext.count(".") == 1 for ext in extensions)  # Windows can register it
    assert len(set(extensions)) == len(extensions) == 4
    assert len({t.mime for t in FILE_TYPES}) == 4
    assert {t.kind for t in FILE_TYPES} == {ARCHIVE, SIGNOFF_REQUEST, SIGNOFF_RESPONSE, MENTOR_CARD}


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Lotte.aftekenverzoek", SIGNOFF_REQUEST),
        ("LOTTE.AFTEKENVERZOEK", SIGNOFF_REQUEST),
        ("lotte.aftekenverzoek.json", SIGNOFF_REQUEST),  # the name earlier versions wrote
        ("an.aftekening", SIGNOFF_RESPONSE),
        ("an.aftekening.json", SIGNOFF_RESPONSE),
        ("an.mentorkaart", MENTOR_CARD),
        ("an.mentorkaart.json", MENTOR_CARD),
        ("Lotte 2026.stageportfolio", ARCHIVE),
    ],
)
def test_the_name_decides(tmp_path: Path, name: str, kind: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    assert kind_of(path) == kind


@pytest.mark.parametrize(
    ("fmt", "kind"),
    [
        ("stageportfolio-signoff-request", SIGNOFF_REQUEST),
        ("stageportfolio-signoff-response", SIGNOFF_RESPONSE),
        ("stageportfolio-mentor-card", MENTOR_CARD),
        ("stageportfolio-vouched-mentor-card", MENTOR_CARD),
    ],
)
def test_a_json_file_with_another_name_is_known_by_its_content(
    tmp_path: Path, fmt: str, kind: str
) -> None:
    # a mail program or a phone saves the attachment as "bijlage.json"
    assert kind_of(json_file(tmp_path / "bijlage.json", fmt)) == kind


def test_a_zip_is_an_archive_only_with_a_manifest(tmp_path: Path) -> None:
    ours = tmp_path / "portfolio.zip"
    with zipfile.ZipFile(ours, "w") as zf:
        zf.writestr("manifest.json", "{}")
    other = tmp_path / "foto's.zip"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("foto.jpg", b"\xff\xd8")
    assert kind_of(ours) == ARCHIVE
    assert kind_of(other) is None


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{niet json",
        b"[1, 2]",
        b'{"format": "iets-anders"}',
        b"\xff\xfe\x00",
        b"PK\x03\x04kapot",
    ],
)
def test_other_files_are_not_ours(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bestand.json"
    path.write_bytes(content)
    assert kind_of(path) is None


def test_file_to_open_says_what_is_wrong(tmp_path: Path) -> None:
    with pytest.raises(FileOpenError, match="niet gevonden"):
        file_to_open(str(tmp_path / "weg.aftekenverzoek"))
    with pytest.raises(FileOpenError, match="is een map"):
        file_to_open(str(tmp_path))
    other = tmp_path / "brief.txt"
    other.write_text("hallo", encoding="utf-8")
    with pytest.raises(FileOpenError, match=r"brief\.txt: dit is geen bestand van Stageportfolio"):
        file_to_open(str(other))
    request = json_file(tmp_path / "x.json", "stageportfolio-signoff-request")
    assert file_to_open(str(request)) == (request, SIGNOFF_REQUEST)


@pytest.mark.parametrize(
    ("given", "kind", "expected"),
    [
        ("Lotte", SIGNOFF_REQUEST, "Lotte.aftekenverzoek"),
        ("Lotte.aftekenverzoek", SIGNOFF_REQUEST, "Lotte.aftekenverzoek"),
        ("Lotte.aftekenverzoek.json", SIGNOFF_REQUEST, "Lotte.aftekenverzoek"),
        ("An Peeters.mentorkaart.json", MENTOR_CARD, "An Peeters.mentorkaart"),
        ("archief.zip", ARCHIVE, "archief.stageportfolio"),
        ("v1.2 Lotte", SIGNOFF_RESPONSE, "v1.2 Lotte.aftekening"),
    ],
)
def test_with_extension(given: str, kind: str, expected: str) -> None:
    assert with_extension(Path("/x") / given, kind) == Path("/x") / expected


def test_the_installers_register_exactly_these_types() -> None:
    """The Linux MIME XML, the .desktop file, the Windows installer and the macOS bundle
    all name the same extensions and MIME types as the app."""
    root = Path(__file__).resolve().parents[1] / "packaging"
    mime_xml = (root / "linux" / "be.stageportfolio.Stageportfolio.mime.xml").read_text("utf-8")
    desktop = (root / "linux" / "be.stageportfolio.Stageportfolio.desktop").read_text("utf-8")
    nsis = (root / "windows" / "installer.nsi").read_text("utf-8")
    spec = (root / "stageportfolio.spec").read_text("utf-8")
    mime_line = next(line for line in desktop.splitlines() if line.startswith("MimeType="))
    for file_type in FILE_TYPES:
        assert f'<mime-type type="{file_type.mime}">' in mime_xml
        assert f'<glob pattern="*{file_type.extension}"/>' in mime_xml
        assert file_type.mime in mime_line
        assert f'"{file_type.extension}"' in nsis
        assert file_type.mime in spec and f'"{file_type.extension[1:]}"' in spec
    for old in (o for t in FILE_TYPES for o in t.older if o != ".zip"):
        assert f'<glob pattern="*{old}" weight="60"/>' in mime_xml


def test_the_archive_helpers_give_clear_messages(tmp_path: Path) -> None:
    bad = tmp_path / "kapot.stageportfolio"
    bad.write_bytes(b"geen zip")
    with pytest.raises(FileOpenError, match=r"kapot\.stageportfolio"):
        filetypes.read_archive_file(bad)
