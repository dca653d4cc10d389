"""The cases of issue 11 that broke the first release, each as a user (or a dishonest student)
would bring them: a real command in a real process, a real data folder, real files.

Each test failed on the first release (exit 70 "Onverwachte fout", gigabytes of memory or disk,
data in the portfolio that no other way in admits, a portfolio overwritten or left behind)
and passes now.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from stageportfolio.fileio import TEMP_PREFIX
from stageportfolio.store.db import DB_NAME, open_database
from tests.bombs import MIB, archive_bomb, pdf_with_attachment, run_measured
from tests.store.test_archive import build_portfolio, edit_json, rewrite

POSIX = os.name == "posix"
needs_posix = pytest.mark.skipif(not POSIX, reason="needs resource limits and SIGKILL (POSIX)")


def run(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "stageportfolio", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "STAGEPORTFOLIO_HOME": str(home), **env},
        timeout=300,
    )


def refused(result: subprocess.CompletedProcess[str], *words: str) -> str:
    """Exit 2 with a message (never a traceback, never exit 70) that holds ``words``."""
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    assert "Onverwachte fout" not in result.stderr
    for word in words:
        assert word in result.stderr, result.stderr
    return result.stderr


def temporary_files(*folders: Path) -> list[Path]:
    found = []
    for folder in folders:
        if folder.is_dir():
            found += [p for p in folder.rglob("*") if p.name.startswith(TEMP_PREFIX)]
            found += [p for p in folder.rglob("*") if p.name.endswith(".tmp")]
    return found


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


# --- small files that unpack to gigabytes -------------------------------------------------


@pytest.fixture(scope="session")
def bombs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The issue's files: 1.5 MB zips holding 1.5 GB, a 1 MB PDF holding 1 GB (made once)."""
    folder = tmp_path_factory.mktemp("bombs")
    return {
        "payload": archive_bomb(folder / "groot-json.zip", payload_size=1536 * MIB),
        "evidence": archive_bomb(folder / "groot-bewijs.zip", evidence_size=1536 * MIB),
        "unrelated": pdf_with_attachment(folder / "film.pdf", "film.mp4", 1024 * MIB),
        "attached": pdf_with_attachment(
            folder / "groot.pdf", "stageportfolio/portfolio.json", 1024 * MIB
        ),
    }


@needs_posix
def test_a_zip_whose_portfolio_json_unpacks_to_gigabytes_is_refused_in_little_memory(
    bombs: dict[str, Path], tmp_path: Path
) -> None:
    assert bombs["payload"].stat().st_size < 2 * MIB
    result, peak = run_measured(["import", str(bombs["payload"])], tmp_path / "home")
    refused(result, "portfolio.json is te groot", "1,5 GB", "niets geïmporteerd")
    assert peak < 200, f"{peak} MB"  # the first release: MemoryError after 2.1 GB


@needs_posix
def test_a_zip_whose_evidence_unpacks_to_gigabytes_writes_nothing(
    bombs: dict[str, Path], tmp_path: Path
) -> None:
    home = tmp_path / "home"
    result, peak = run_measured(["import", str(bombs["evidence"])], home)
    refused(result, "is te groot", "1,5 GB", "niets geïmporteerd")
    assert folder_size(home) < MIB  # the first release wrote until the disk was full
    assert temporary_files(home) == []
    assert peak < 200


@needs_posix
def test_an_unrelated_pdf_attachment_is_never_read(bombs: dict[str, Path], tmp_path: Path) -> None:
    result, peak = run_measured(["import", str(bombs["unrelated"])], tmp_path / "home")
    refused(result, "bevat geen stageportfolio-gegevens")
    assert peak < 200, f"{peak} MB"  # the first release read the 1 GB attachment whole


@needs_posix
def test_a_pdf_attachment_that_unpacks_to_gigabytes_is_streamed_and_refused(
    bombs: dict[str, Path], tmp_path: Path
) -> None:
    home = tmp_path / "home"
    result, peak = run_measured(["import", str(bombs["attached"])], home)
    refused(result, "portfolio.json is te groot", "niets geïmporteerd")
    assert peak < 200, f"{peak} MB"
    assert temporary_files(home) == []


def test_a_member_packed_far_tighter_than_real_data_is_a_zip_bomb(tmp_path: Path) -> None:
    path = archive_bomb(tmp_path / "bom.zip", evidence_size=8 * MIB)  # under the size limit
    refused(run(tmp_path / "home", "import", str(path)), "zip-bom", "niets geïmporteerd")


# --- JSON that crashed the first release --------------------------------------------------


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.fixture
def student(tmp_path: Path) -> Path:
    home = tmp_path / "student"
    result = run(home, "init", "--name", "Zoë", "--list", "gezondheidszorg")
    assert result.returncode == 0, result.stderr
    return home


@pytest.mark.parametrize("command", ["signoff-import", "mentor-cards-import", "mentor-sign"])
def test_deeply_nested_json_is_refused_with_a_message(
    student: Path, tmp_path: Path, command: str
) -> None:
    path = tmp_path / "diep.json"
    path.write_text('{"format": ' + nested(100_000) + "}", encoding="utf-8")
    home, args = student, [command, str(path)]
    if command == "mentor-sign":  # the mentor's own copy of the app reads a request
        home = tmp_path / "mentor"
        secret = {"STAGEPORTFOLIO_PASSPHRASE": "een lange wachtzin van de mentor"}
        init = run(home, "mentor-init", "--name", "An", "--sector", "social_profit", **secret)
        assert init.returncode == 0, init.stderr
        args += ["--out", str(tmp_path / "antwoord.json")]
    refused(run(home, *args), "te diep genest")


@pytest.fixture
def exported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A real portfolio (hours, placements, activities, sign-offs, evidence), exported."""
    source = tmp_path / "bron"
    monkeypatch.setenv("STAGEPORTFOLIO_HOME", str(source))
    engine = open_database()
    try:
        build_portfolio(engine, tmp_path / "bronnen")
    finally:
        engine.dispose()
    out = tmp_path / "archief.zip"
    result = run(source, "export", "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


def tampered(exported: Path, tmp_path: Path, edit: Callable[[Any], None], name: str) -> Path:
    return rewrite(exported, tmp_path / name, edit_json("portfolio.json", edit), fix_manifest=True)


def raw_tampered(exported: Path, tmp_path: Path, old: bytes, new: bytes, name: str) -> Path:
    def change(members: dict[str, bytes]) -> None:
        assert old in members["portfolio.json"]
        members["portfolio.json"] = members["portfolio.json"].replace(old, new, 1)

    return rewrite(exported, tmp_path / name, change, fix_manifest=True)


def test_a_huge_integer_in_an_archive_is_refused_with_its_place(
    exported: Path, tmp_path: Path
) -> None:
    path = raw_tampered(
        exported, tmp_path, b'"minutes": 450', b'"minutes": ' + b"9" * 5000, "a.zip"
    )
    message = refused(run(tmp_path / "home", "import", str(path)), ".minutes")
    assert "bij hour_entries[" in message and "getal" in message  # rows are sorted by id


def test_a_lone_surrogate_in_an_archive_is_refused_with_its_place(
    exported: Path, tmp_path: Path
) -> None:
    path = raw_tampered(exported, tmp_path, b'"vroege dienst"', b'"vroege \\ud800dienst"', "a.zip")
    message = refused(run(tmp_path / "home", "import", str(path)), ".note", "ongeldig teken")
    assert "portfolio.json: de tekst bij hour_entries[" in message


# --- one gate for every way in --------------------------------------------------------------


def test_an_archive_with_impossible_hours_is_refused_with_every_reason(
    exported: Path, tmp_path: Path
) -> None:
    def edit(data: dict[str, Any]) -> None:
        first = data["hour_entries"][0]
        for n in range(30):  # 30 x 24 h on one day
            data["hour_entries"].append(
                {**first, "id": f"00000000-0000-4000-8000-{n:012d}", "minutes": 1440,
                 "import_key": None, "day": "2025-10-20"}
            )  # fmt: skip
        data["hour_entries"][1]["day"] = "2099-01-01"
        data["hour_entries"][2]["context"] = "ruimtevaart"

    path = tampered(exported, tmp_path, edit, "onmogelijk.zip")
    home = tmp_path / "home"
    message = refused(run(home, "import", str(path)), "niets geïmporteerd")
    assert "meer dan 24 uur" in message
    assert "2099" in message and "toekomst" in message
    assert "onbekende context 'ruimtevaart'" in message
    status = run(home, "status")
    assert status.returncode == 2 and "nog geen portfolio" in status.stderr


def test_an_archive_with_an_unknown_level_or_an_absurd_year_is_refused(
    exported: Path, tmp_path: Path
) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["activity_records"][0]["proposed_level"] = 9
        data["placements"][0]["start_date"] = "0001-01-01"

    message = refused(
        run(tmp_path / "home", "import", str(tampered(exported, tmp_path, edit, "n.zip"))),
        "niveau 9 bestaat niet",
    )
    assert "jaartal 1 kan niet kloppen" in message


def test_an_import_of_the_unchanged_archive_still_works(exported: Path, tmp_path: Path) -> None:
    result = run(tmp_path / "home", "import", str(exported))
    assert result.returncode == 0, result.stderr
    assert "50 urenregels" in result.stdout


def test_an_executable_in_an_archive_is_imported_flagged_and_never_opened(
    exported: Path, tmp_path: Path
) -> None:
    """A stored ``<uuid>.bat`` recorded as "stageverslag.pdf", as the first release allowed."""

    def change(members: dict[str, bytes]) -> None:
        payload = json.loads(members["portfolio.json"])
        row = next(e for e in payload["evidence"] if e["stored_name"].endswith(".pdf"))
        old = row["stored_name"]
        row["stored_name"] = old.replace(".pdf", ".bat")
        members[f"evidence/{row['stored_name']}"] = members.pop(f"evidence/{old}")
        members["portfolio.json"] = json.dumps(payload).encode()
        manifest = json.loads(members["manifest.json"])
        manifest["files"][f"evidence/{row['stored_name']}"] = manifest["files"].pop(
            f"evidence/{old}"
        )
        members["manifest.json"] = json.dumps(manifest).encode()

    path = rewrite(exported, tmp_path / "bat.zip", change, fix_manifest=True)
    home = tmp_path / "home"
    result = run(home, "import", str(path))
    assert result.returncode == 0, result.stderr
    assert "wordt niet geopend" in result.stderr
    code = (
        "import sys\n"
        "from stageportfolio.services.portfolio import PortfolioService, StoreError\n"
        "service = PortfolioService.open()\n"
        "bat = [e for e in service.evidence() if e.stored_name.endswith('.bat')][0]\n"
        "print(service.evidence_kind(bat.stored_name))\n"
        "try:\n"
        "    service.evidence_file(bat.stored_name, bat.original_name)\n"
        "except StoreError as exc:\n"
        "    print('refused:', exc)\n"
    )
    opened = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "STAGEPORTFOLIO_HOME": str(home)},
        timeout=120,
    )
    assert opened.returncode == 0, opened.stderr
    kind, refusal = opened.stdout.splitlines()
    assert kind == "None"
    assert refusal.startswith("refused:") and "wordt niet geopend" in refusal


# --- CSV: concurrency, dates, message floods -------------------------------------------------


def hours_csv(path: Path, rows: int, start: date, per_day: int = 4) -> Path:
    """``rows`` rows of one hour, ``per_day`` a day (in turn in four contexts) from ``start``."""
    lines = ["Datum;Context;Uren;Opmerking"]
    day = start
    contexts = ["residentieel", "ziekenhuis", "thuiszorg", "beperking"]
    while len(lines) <= rows:
        for n in range(per_day):
            if len(lines) > rows:
                break
            context = contexts[n % len(contexts)]
            lines.append(f"{day.day}/{day.month}/{day.year};{context};1;regel {len(lines)}")
        day += timedelta(days=1)
    assert day <= date.today(), "no future dates"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def hour_count(home: Path) -> int:
    with closing(sqlite3.connect(home / DB_NAME, timeout=30)) as con:
        return int(con.execute("SELECT count(*) FROM hour_entry").fetchone()[0])


@needs_posix
def test_two_identical_imports_at_once_never_crash(student: Path, tmp_path: Path) -> None:
    """The loser of the race read the existing import keys outside the write transaction
    and crashed on the unique index (exit 70)."""
    csv = hours_csv(tmp_path / "uren.csv", 4_000, date(2015, 1, 1))
    for _ in range(3):
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "stageportfolio", "import-hours", str(csv)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env={**os.environ, "STAGEPORTFOLIO_HOME": str(student)},
            )
            for _ in range(2)
        ]
        outcomes = [(p.wait(timeout=300), *p.communicate()) for p in procs]
        for code, out, err in outcomes:
            assert code == 0, (code, out, err)
        assert hour_count(student) == 4_000
    joined = " ".join(out for _, out, _ in outcomes)
    assert "Niets toegevoegd" in joined


@pytest.mark.parametrize("written", ["1/1/0001", "31/12/1899", "1/1/2101", "0001-01-01"])
def test_dates_no_way_out_can_write_back_are_refused(
    student: Path, tmp_path: Path, written: str
) -> None:
    csv = tmp_path / "oud.csv"
    csv.write_text(f"Datum;Context;Uren\r\n{written};thuiszorg;7\r\n", encoding="utf-8")
    refused(run(student, "import-hours", str(csv)), "kan niet kloppen", "niets toegevoegd")
    assert hour_count(student) == 0


def test_every_date_import_hours_takes_comes_back_through_export_hours(
    student: Path, tmp_path: Path
) -> None:
    csv = tmp_path / "randen.csv"
    csv.write_text(
        "Datum;Context;Uren\r\n1/1/1900;thuiszorg;7\r\n2000-02-29;thuiszorg;7\r\n"
        f"{date.today():%d/%m/%Y};thuiszorg;1\r\n",
        encoding="utf-8",
    )
    assert run(student, "import-hours", str(csv)).returncode == 0
    out = tmp_path / "uit.csv"
    assert run(student, "export-hours", str(out)).returncode == 0
    again = tmp_path / "again"
    assert run(again, "init", "--name", "Zoë", "--list", "gezondheidszorg").returncode == 0
    back = run(again, "import-hours", str(out))
    assert back.returncode == 0, back.stderr
    assert hour_count(again) == 3


def test_a_file_of_bad_rows_gives_a_short_grouped_message(student: Path, tmp_path: Path) -> None:
    """A 2 MB file of bad rows printed 7.5 MB of messages."""
    lines = ["Datum;Context;Uren"] + [f"{n % 28 + 1}/1/2020;kantoor;{n}x" for n in range(60_000)]
    csv = tmp_path / "slecht.csv"
    csv.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    assert csv.stat().st_size > MIB
    message = refused(run(student, "import-hours", str(csv)), "niets toegevoegd")
    assert len(message) < 10_000, len(message)
    assert "120.000 fouten" in message  # every problem counted, two per row
    assert "en nog 59.995 fouten van dezelfde soort" in message  # "5x", "6x", ...: one kind
    assert "regels 3–1002 en nog 58.999, kolom Context" in message  # identical ones grouped


@needs_posix
@pytest.mark.slow  # about 30 s: two imports of 20,000 and 200,000 rows
def test_a_big_csv_imports_in_flat_memory(student: Path, tmp_path: Path) -> None:
    peaks = {}
    for rows in (20_000, 200_000):
        home = tmp_path / f"h{rows}"
        assert run(home, "init", "--name", "Zoë", "--list", "gezondheidszorg").returncode == 0
        csv = hours_csv(tmp_path / f"{rows}.csv", rows, date(1990, 1, 1), per_day=20)
        result, peaks[rows] = run_measured(["import-hours", str(csv)], home)
        assert result.returncode == 0, result.stderr
        assert hour_count(home) == rows
    print(f"peak RSS: {peaks}")
    # The first release: +250 MB for the extra 180,000 rows (1.5 GB for a 20 MB file).
    assert peaks[200_000] - peaks[20_000] < 25, peaks


# --- list files ----------------------------------------------------------------------------


def test_a_50000_deep_list_file_is_skipped_with_a_warning(student: Path, tmp_path: Path) -> None:
    lists = student / "lists"
    lists.mkdir()
    (lists / "diep.toml").write_text(f"id = 'diep'\nrules = {nested(50_000)}\n", encoding="utf-8")
    result = run(student, "lists")
    assert result.returncode == 0, result.stderr
    assert "lijst overgeslagen" in result.stderr and "te diep genest" in result.stderr
    status = run(student, "status")
    assert status.returncode in (0, 1), status.stderr
    assert "lijst overgeslagen" in status.stderr
    refused(run(student, "validate-list", str(lists / "diep.toml")), "te diep genest")


# --- the app's own data is never an output --------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("export-hours", "{home}/portfolio.sqlite3"),
        ("export", "--out", "{home}/portfolio.sqlite3"),
        ("export-pdf", "--out", "{home}/evidence/x.pdf"),
        ("signoff-request", "--out", "{home}/backups/verzoek.json"),
        ("paper-sheet", "--week", "2025-W10", "--out", "{home}/blad.pdf"),
        ("mentor-sign", "{home}/verzoek.json", "--out", "{home}/antwoord.json"),
        ("school-export", "--out", "{home}/school/klas.xlsx"),
    ],
)
def test_outputs_that_point_at_the_apps_own_data_are_refused(
    student: Path, args: tuple[str, ...]
) -> None:
    before = (student / DB_NAME).read_bytes()
    refused(run(student, *(a.format(home=student) for a in args)), "gegevensmap", "niets")
    assert (student / DB_NAME).read_bytes() == before
    assert run(student, "status").returncode in (0, 1)


# --- privacy: erase leaves nothing ----------------------------------------------------------


def test_erase_removes_everything_the_app_wrote_and_says_what(
    exported: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    assert run(home, "import", str(exported)).returncode == 0
    mentor = home / "mentor"
    mentor.mkdir()
    (mentor / "learners.json").write_text('{"learners": [{"name": "Zoë"}]}', encoding="utf-8")
    (home / "documentzegel").mkdir()
    (home / "documentzegel" / "sleutel.pem").write_bytes(b"-----BEGIN PRIVATE KEY-----\n")
    (home / "school").mkdir()
    (home / "school" / "school.sqlite3").write_bytes(b"SQLite format 3\x00")
    (home / "lists").mkdir()
    (home / "lists" / "eigen.toml").write_text("# mijn lijst\n", encoding="utf-8")
    result = run(home, "erase", "--yes")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "het portfolio" in out and "bewijsstukken" in out
    assert "logboek van de lerenden" in out
    assert "documentzegel" in out and "schoolmap" in out
    assert "Niet gewist: je eigen lijstbestanden" in out
    left = sorted(str(p.relative_to(home)) for p in home.rglob("*"))
    assert left == ["lists", "lists/eigen.toml"]


# --- kills --------------------------------------------------------------------------------

_KILL_AT = """
import os, signal, sys
from sqlalchemy import event
from sqlalchemy.engine import Engine

import stageportfolio.store.archive as archive
from stageportfolio import cli

target = int(sys.argv[1])
count = 0
seen = []
counting = False


def point(name):
    global count
    if not counting:
        return
    count += 1
    seen.append(name)
    if count == target:
        os.kill(os.getpid(), signal.SIGKILL)


event.listen(Engine, "after_cursor_execute", lambda *a: point("sql " + a[2].split()[0]))
real_replace = os.replace


def replace(src, dst):
    point("replace")
    real_replace(src, dst)
    point("replaced")


archive.os.replace = replace
real_copy = archive.copy_to_temp


def copy_to_temp(*args, **kwargs):
    point("copy")
    return real_copy(*args, **kwargs)


archive.copy_to_temp = copy_to_temp
real_import = archive.import_archive


def import_archive(*args, **kwargs):
    global counting
    counting = True
    summary = real_import(*args, **kwargs)
    point("committed")
    return summary


archive.import_archive = import_archive
import stageportfolio.services.portfolio_file as portfolio_file  # noqa: E402

portfolio_file.import_archive = import_archive
code = cli.main(sys.argv[2:])
print("POINTS", count)
sys.exit(code)
"""


def killed_at(home: Path, at: int, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _KILL_AT, str(at), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "STAGEPORTFOLIO_HOME": str(home)},
        timeout=120,
    )


@needs_posix
@pytest.mark.slow  # about a minute: an import killed at each of its statements and renames
def test_an_archive_import_killed_anywhere_is_all_or_nothing_files_included(
    exported: Path, tmp_path: Path
) -> None:
    import shutil

    home = tmp_path / "home"
    full = killed_at(home, 0, "import", str(exported))
    assert full.returncode == 0, full.stderr
    points = int(full.stdout.split("POINTS")[1])
    shutil.rmtree(home)
    outcomes = []
    for at in range(1, points + 1):
        killed = killed_at(home, at, "import", str(exported))
        assert killed.returncode == -9, (at, killed.stderr)
        status = run(home, "status")  # the next start
        assert "Onverwachte fout" not in status.stderr
        evidence = home / "evidence"
        files = sorted(p.name for p in evidence.iterdir()) if evidence.is_dir() else []
        if status.returncode == 2:  # nothing was imported: no file either
            assert "nog geen portfolio" in status.stderr
            assert files == [], (at, files)
            outcomes.append("niets")
        else:  # everything, every evidence file in place and intact
            check = run(home, "export", "--out", str(tmp_path / "controle.zip"))
            assert check.returncode == 0, (at, check.stderr)
            assert len(files) == 2
            outcomes.append("alles")
        assert temporary_files(home) == [], at
        shutil.rmtree(home)
    assert "alles" in outcomes and "niets" in outcomes
    print(f"{points} kills: {outcomes.count('niets')} nothing, {outcomes.count('alles')} all")


@needs_posix
def test_a_killed_export_leaves_no_hidden_copy_after_the_next_start(
    exported: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    assert run(home, "import", str(exported)).returncode == 0
    out = tmp_path / "uit"
    out.mkdir()
    code = (  # killed when the whole file is written, just before it is synced and renamed
        # (the output's own sync: the PDF's seal key is written, and synced, in the data folder
        # first)
        "import os, signal, sys\n"
        "from stageportfolio import cli\n"
        "sync = os.fsync\n"
        "def fsync(fd):\n"
        f"    if os.readlink(f'/proc/self/fd/{{fd}}').startswith({str(out)!r}):\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "    sync(fd)\n"
        "os.fsync = fsync\n"
        "cli.main(sys.argv[1:])\n"
    )
    for command in (["export", "--out"], ["export-pdf", "--out"]):
        target = out / ("a.zip" if command[0] == "export" else "a.pdf")
        killed = subprocess.run(
            [sys.executable, "-c", code, *command, str(target)],
            env={**os.environ, "STAGEPORTFOLIO_HOME": str(home)},
            capture_output=True,
            timeout=120,
        )
        assert killed.returncode == -9
        assert temporary_files(out), "the kill left a hidden copy next to the user's file"
        assert run(home, "status").returncode in (0, 1)  # the next start
        assert temporary_files(out) == []
        assert not target.exists()
