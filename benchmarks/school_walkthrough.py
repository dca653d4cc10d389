"""The coordinator's walk-through of issue 13 ("Done means"), repeatable:

30 students' exports made with the app (archives and portfolio PDFs), among them: hours changed
after sign-off, sign-offs forged in the pupil's own database, a careful forger who edits the
archive and recomputes its hashes, a page of a PDF edited, an archive edited without its hash,
one pupil with a student-made "mentor" key (and "school" key), one pupil with an older and a
newer export, and a file that is no portfolio at all. The school imports them with
``stageportfolio school-import`` on SQLite and on PostgreSQL; every status is checked against
what was done to each file; the overview and the ``.xlsx`` must agree; both back-ends must give
the same overview.

    python3 benchmarks/school_walkthrough.py OUT [--postgres URL]

Prints a transcript; exits 1 when any check fails.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import school_students as gen  # noqa: E402

FAILURES: list[str] = []


def check(ok: bool, what: str) -> None:
    print(f"  [{'ok' if ok else 'FOUT'}] {what}")
    if not ok:
        FAILURES.append(what)


def run(
    home: Path, *args: str, database: str | None = None, show: bool = True
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, STAGEPORTFOLIO_HOME=str(home), PYTHONPATH=str(ROOT))
    env.pop("STAGEPORTFOLIO_SCHOOL_DB", None)
    if database:
        env["STAGEPORTFOLIO_SCHOOL_DB"] = database
    shown = " ".join(["stageportfolio", *args])
    print(f"$ {shown}")
    done = subprocess.run(
        [sys.executable, "-m", "stageportfolio", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    lines = (done.stdout + done.stderr).splitlines()
    if not show:
        lines = [f"({len(lines)} lines of JSON)"]
    for line in lines:
        print(f"  {line}" if len(line) < 400 else f"  {line[:400]}…")
    print(f"  (exit {done.returncode})")
    return done


def edited_archive(source: Path, out: Path, *, recompute: bool) -> Path:
    """Add an hour to a signed entry in portfolio.json; with ``recompute`` also fix the
    manifest's hash, as a careful forger does."""
    with zipfile.ZipFile(source) as zf:
        files = {name: zf.read(name) for name in zf.namelist()}
    payload = json.loads(files["portfolio.json"])
    signed = {s["target_id"] for s in payload["signoffs"] if s["target_kind"] == "hour_entry"}
    entry = next(e for e in payload["hour_entries"] if e["id"] in signed)
    entry["minutes"] += 60
    body = json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8")
    files["portfolio.json"] = body
    if recompute:
        manifest = json.loads(files["manifest.json"])
        manifest["files"]["portfolio.json"] = hashlib.sha256(body).hexdigest()
        files["manifest.json"] = json.dumps(manifest, indent=2).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    out.write_bytes(buffer.getvalue())
    return out


def edited_pdf(source: Path, out: Path) -> Path:
    import pikepdf

    with pikepdf.open(source) as doc:
        page = doc.pages[0]
        content = page.obj.Contents.read_bytes()
        index = content.index(b" Td")
        start = content.rindex(b"\n", 0, index) + 1
        page.obj.Contents.write(content[:start] + b"1 0 0 1 0 0 cm " + content[start:])
        doc.save(out)
    return out


def make_exports(out: Path) -> tuple[gen.World, Path, dict[str, dict[str, Any]]]:
    """The folder a coordinator downloads from Smartschool, and what each file should give."""
    world = gen.make_world(out / "school-home", seed=2027)
    folder = out / "smartschool-download"
    homes = out / "homes"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(homes, ignore_errors=True)
    folder.mkdir(parents=True)
    expect: dict[str, dict[str, Any]] = {}
    plans = gen.plans(26, seed=2027)
    specials = {
        0: ("changed", {"tamper": "changed"}),
        1: ("changed", {"tamper": "changed"}),
        2: ("invalid", {"tamper": "invalid"}),
        3: ("invalid", {"tamper": "invalid"}),
        4: ("self_made", {"self_made_mentor": True, "signed_share": 1.0}),
        5: ("no_cards", {"vouched_cards": False, "signed_share": 1.0}),
    }
    from dataclasses import replace

    for number, plan in enumerate(plans):
        kind, changes = specials.get(number, ("plain", {}))
        plan = replace(plan, **changes)
        service = gen.make_student(world, homes / f"s{number:02d}", plan)
        try:
            suffix = "pdf" if number % 3 == 0 else "zip"
            name = f"{number + 1:02d}-{plan.name.replace(' ', '_')}.{suffix}"
            if number == 6:  # this pupil hands in twice: first this one, a week later another
                name = f"{number + 1:02d}-{plan.name.replace(' ', '_')}-1-oud.{suffix}"
            gen.export(service, folder / name, "pdf" if suffix == "pdf" else "archive")
            expect[name] = {"student": plan.name, "kind": kind, "status": "new"}
            if number == 6:  # the same pupil later, with a week more: an older and a newer export
                service.add_hours(day=date(2026, 6, 1), minutes=450, context="thuiszorg")
                logged = service.hour_totals().logged
                newer = folder / f"{number + 1:02d}-{plan.name.replace(' ', '_')}-2-nieuw.zip"
                gen.export(service, newer)
                expect[name] = {"student": plan.name, "kind": "older_first", "status": "new"}
                expect[newer.name] = {
                    "student": plan.name,
                    "kind": "newer",
                    "status": "replaced",
                    "logged": logged,
                }
        finally:
            service.engine.dispose()
    # Files a pupil edited after exporting, from exports made with the app.
    source_zip = next(
        folder / n for n, e in expect.items() if n.endswith(".zip") and e["kind"] == "plain"
    )
    source_pdf = next(
        folder / n for n, e in expect.items() if n.endswith(".pdf") and e["kind"] == "plain"
    )
    extra = gen.make_student(
        world, homes / "forger", gen.Plan(name="Yasmine Hermans", seed=77, signed_share=1.0)
    )
    try:
        forger = gen.export(extra, homes / "forger.zip")
    finally:
        extra.engine.dispose()
    edited_archive(forger, folder / "27-Yasmine_Hermans-bewerkt.zip", recompute=True)
    expect["27-Yasmine_Hermans-bewerkt.zip"] = {
        "student": "Yasmine Hermans",
        "kind": "forged_archive",
        "status": "new",
    }
    edited_archive(source_zip, folder / "28-bewerkt-zonder-controlesom.zip", recompute=False)
    expect["28-bewerkt-zonder-controlesom.zip"] = {
        "kind": "tampered_file",
        "status": "refused",
        "reason": "controlesom",
    }
    edited_pdf(source_pdf, folder / "29-pagina-bewerkt.pdf")
    expect["29-pagina-bewerkt.pdf"] = {
        "kind": "tampered_pdf",
        "status": "refused",
        "reason": "pagina",
    }
    (folder / "30-stageverslag.docx").write_bytes(b"PK\x03\x04\x14\x00 (een Word-document)")
    expect["30-stageverslag.docx"] = {
        "kind": "foreign",
        "status": "refused",
        "reason": "geen portfolio-archief",
    }
    return world, folder, expect


def walk_through(
    out: Path,
    world: gen.World,
    folder: Path,
    expect: dict[str, dict[str, Any]],
    database: str | None,
    label: str,
) -> list[dict[str, Any]]:
    print(f"\n=== {label} ===")
    home = out / f"coordinator-{label.split()[0].lower()}"
    shutil.rmtree(home, ignore_errors=True)
    (home / "school").mkdir(parents=True)
    shutil.copyfile(
        world.school_home / "school" / "identity.json", home / "school" / "identity.json"
    )
    done = run(home, "school-import", str(folder), database=database)
    labels = {"NIEUW": "new", "VERVANGEN": "replaced", "ONGEWIJZIGD": "same", "OUDER": "older",
              "GEWEIGERD": "refused"}  # fmt: skip
    outcomes: dict[str, dict[str, str]] = {}
    for line in done.stdout.splitlines():
        if line.startswith("[") and "] " in line:
            label, _, rest = line[1:].partition("] ")
            name, _, message = rest.partition(": ")
            name = name.split(" (")[0]
            outcomes[name] = {"status": labels[label], "message": message}
    check(done.returncode == 1, "school-import exits 1: some files were refused and listed")
    for name, wanted in sorted(expect.items()):
        got = outcomes.get(name)
        ok = got is not None and got["status"] == wanted["status"]
        if ok and "reason" in wanted:
            ok = wanted["reason"] in got["message"]
        check(ok, f"{name}: {wanted['status']} ({got['message'] if got else 'niet gezien'})")
    older = next(n for n, e in expect.items() if e["kind"] == "older_first")
    again = run(home, "school-import", str(folder / older), database=database)
    check(
        "[OUDER]" in again.stdout and "niet geïmporteerd" in again.stdout,
        f"{older} again after the newer one: older, skipped",
    )

    listing = run(home, "school-overview", "--json", database=database, show=False)
    rows = {r["name"]: r for r in json.loads(listing.stdout)}
    run(home, "school-overview", "--invalid", database=database)
    students = {e["student"]: e["kind"] for e in expect.values() if "student" in e}
    check(len(rows) == len(students), f"{len(rows)} students in the overview (one per pupil)")
    for name, kind in sorted(students.items()):
        row = rows.get(name)
        if row is None:
            check(False, f"{name}: missing from the overview")
            continue
        changed, invalid, untrusted = (
            row["changed_signatures"],
            row["invalid_signatures"],
            row["untrusted_signatures"],
        )
        confirmed, logged = row["confirmed_hours"], row["logged_hours"]
        if kind == "changed":
            check(
                changed == 1 and invalid == 0 and confirmed < logged,
                f"{name}: 1 sign-off changed after sign-off ({row['changed_hours']} h), "
                "not counted",
            )
        elif kind == "invalid":
            check(
                invalid == 1 and row["invalid_hours"] > 0,
                f"{name}: 1 invalid signature ({row['invalid_hours']} h), flagged",
            )
        elif kind == "forged_archive":
            check(
                changed >= 1 and invalid == 0,
                f"{name}: the edited archive's signed hours show as changed after sign-off",
            )
        elif kind == "self_made":
            check(
                untrusted > 0 and invalid == 0 and row["untrusted_hours"] > 0,
                f"{name}: {untrusted} signatures with a key the school never vouched for "
                f"({row['untrusted_hours']} h), not confirmed",
            )
        elif kind == "no_cards":
            check(
                confirmed == 0 and untrusted > 0,
                f"{name}: no vouched cards in the file and none in the school's register: "
                "nothing confirmed",
            )
        elif kind in ("newer", "older_first"):
            wanted = next(e["logged"] for e in expect.values() if e["kind"] == "newer") / 60
            check(
                row["logged_hours"] == wanted and changed == invalid == 0,
                f"{name}: the newer export ({row['logged_hours']} h logged) is the one kept",
            )
        else:
            check(
                changed == invalid == untrusted == 0 and 0 < confirmed <= logged,
                f"{name}: every signature valid and vouched ({confirmed} of {logged} h confirmed)",
            )

    xlsx = home / "overzicht.xlsx"
    run(home, "school-export", "--out", str(xlsx), database=database)
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    header = list(values[0])
    agree = len(values) - 1 == len(rows)
    for line in values[1:]:
        got = dict(zip(header, line, strict=True))
        row = rows.get(str(got["Naam"]))
        agree = (
            agree
            and row is not None
            and all(
                (
                    abs(float(got["Getelde uren"]) - row["counted_hours"]) < 0.005,
                    abs(float(got["Bevestigde uren"]) - row["confirmed_hours"]) < 0.005,
                    abs(float(got["Gelogde uren"]) - row["logged_hours"]) < 0.005,
                    got["Open regels"] == row["unmet_rules"],
                    got["Ongeldige handtekeningen"] == row["invalid_signatures"],
                    got["Achter op schema"] == ("ja" if row["behind"] else "nee"),
                    (got["Eerste open regel"] or "") == row["first_unmet"],
                )
            )
        )
    check(agree, f"the .xlsx ({len(values) - 1} rows) and the overview agree, column by column")
    run(home, "school-mentors", database=database)
    return sorted(json.loads(listing.stdout), key=lambda r: r["name"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path)
    parser.add_argument("--postgres", default=os.environ.get("STAGEPORTFOLIO_TEST_POSTGRES", ""))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    world, folder, expect = make_exports(args.out)
    print(f"{len(expect)} files in {folder}:")
    for name, wanted in sorted(expect.items()):
        print(f"  {name}: {wanted['kind']}")
    sqlite_rows = walk_through(args.out, world, folder, expect, None, "SQLite (one file)")
    if args.postgres:
        import uuid

        import psycopg

        name = f"walkthrough_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(args.postgres, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        url = args.postgres.rpartition("/")[0] + f"/{name}"
        try:
            pg_rows = walk_through(args.out, world, folder, expect, url, "PostgreSQL (shared)")
        finally:
            with psycopg.connect(args.postgres, autocommit=True) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

        def same(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
            return [{k: v for k, v in r.items() if k != "last_export"} for r in rows]

        print()
        check(same(pg_rows) == same(sqlite_rows), "PostgreSQL and SQLite give the same overview")
    else:
        check(False, "no PostgreSQL URL given (--postgres or STAGEPORTFOLIO_TEST_POSTGRES)")
    print(f"\n{'ALLES IN ORDE' if not FAILURES else f'{len(FAILURES)} FOUT(EN)'}")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    raise SystemExit(main())
