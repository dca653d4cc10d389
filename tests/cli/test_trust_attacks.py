"""Tried as a dishonest student with only the app and a text editor: no path makes
``verify FILE --trust REAL_SCHOOL.pub`` say trusted. Tried as an assessor with only the PDF and
the school's fingerprint: ``verify`` says what is genuine (issue 10, docs/signing.md).

Each party has its own data folder, as on four computers: the school, the real mentor, the
student, and whatever the student makes on the side (``fake``). Every command runs through
``stageportfolio.cli.main`` in this process, with the passphrase in STAGEPORTFOLIO_PASSPHRASE.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pikepdf
import pytest

from stageportfolio import cli
from tests.cli.test_cli import excel_csv

SCHOOL_PASS = "krijtbord vergadering speelplaats 1923"
MENTOR_PASS = "paard batterij nietje correct"
FAKE_PASS = "ik ben helemaal geen mentor hoor"


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def run(home: Path, *args: str, passphrase: str | None = None) -> Result:
    """One command in ``home``, as a user would type it; never a traceback."""
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("STAGEPORTFOLIO_HOME", str(home))
        if passphrase is None:
            mp.delenv("STAGEPORTFOLIO_PASSPHRASE", raising=False)
        else:
            mp.setenv("STAGEPORTFOLIO_PASSPHRASE", passphrase)
        mp.setattr("builtins.input", _no_input)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(list(args))
    result = Result(code, out.getvalue(), err.getvalue())
    assert "Traceback" not in result.stdout + result.stderr
    return result


def _no_input(prompt: str = "") -> str:
    raise EOFError


def ok(result: Result) -> Result:
    assert result.returncode == 0, result.stdout + result.stderr
    return result


@dataclass
class World:
    tmp: Path
    school: Path
    mentor: Path
    student: Path
    fake: Path
    school_pub: Path
    school_fp: str

    def file(self, name: str) -> Path:
        return self.tmp / "files" / name


def card_fingerprint(card: Path) -> str:
    return str(json.loads(card.read_text(encoding="utf-8"))["fingerprint"])


def vouch(world: World, card: Path, out: Path) -> Path:
    """The coordinator vouches for a card after the mentor read its fingerprint aloud."""
    ok(
        run(
            world.school,
            "school-vouch",
            str(card),
            "--out",
            str(out),
            "--fingerprint",
            card_fingerprint(card),
            passphrase=SCHOOL_PASS,
        )
    )
    return out


def sign_request(world: World, mentor_home: Path, passphrase: str, name: str) -> Path:
    request = world.file(f"{name}.aftekenverzoek.json")
    ok(run(world.student, "signoff-request", "--out", str(request)))
    response = world.file(f"{name}.aftekening.json")
    ok(
        run(
            mentor_home,
            "mentor-sign",
            str(request),
            "--out",
            str(response),
            "--approve-all",
            passphrase=passphrase,
        )
    )
    return response


@pytest.fixture
def world(tmp_path: Path) -> World:
    """A real school, a real mentor vouched by it, and a student with 3 days of hours."""
    (tmp_path / "files").mkdir()
    school, mentor, student = tmp_path / "school", tmp_path / "mentor", tmp_path / "student"
    ok(run(school, "school-init", "--name", "Sint-Jozefsinstituut Brugge", passphrase=SCHOOL_PASS))
    school_pub = tmp_path / "files" / "sint-jozef.pub"
    ok(run(school, "school-key", "--out", str(school_pub)))
    school_fp = str(json.loads(school_pub.read_text(encoding="utf-8"))["fingerprint"])
    ok(
        run(
            mentor,
            "mentor-init",
            "--name",
            "An Peeters",
            "--organisation",
            "WZC De Linde",
            "--sector",
            "social_profit",
            passphrase=MENTOR_PASS,
        )
    )
    w = World(tmp_path, school, mentor, student, tmp_path / "fake", school_pub, school_fp)
    card = w.file("an.mentorkaart.json")
    ok(run(mentor, "mentor-card", "--out", str(card)))
    vouched = vouch(w, card, w.file("an.vouched.json"))
    ok(run(student, "init", "--name", "Lotte Vermeulen", "--list", "verzorgende-zorgkundige"))
    csv = excel_csv(
        tmp_path / "uren.csv", [("Woonzorgcentrum", "WZC De Linde", 3, date(2025, 9, 15))]
    )
    ok(run(student, "import-hours", str(csv), "--nieuwe-stageplaatsen", "aanmaken"))
    ok(run(student, "mentor-cards-import", str(vouched)))
    return w


def verify(world: World, target: Path, *trust: str) -> tuple[Result, dict[str, Any]]:
    args = ["verify", str(target), "--json"]
    for anchor in trust:
        args += ["--trust", anchor]
    result = run(world.tmp / "receiver", *args)
    return result, json.loads(result.stdout) if result.stdout.strip().startswith("{") else {}


def export_pdf(world: World, name: str = "portfolio.pdf") -> Path:
    out = world.file(name)
    ok(run(world.student, "export-pdf", "--out", str(out)))
    return out


def genuine_pdf(world: World) -> Path:
    response = sign_request(world, world.mentor, MENTOR_PASS, "echt")
    ok(run(world.student, "signoff-import", str(response)))
    return export_pdf(world)


# --- the genuine path: what an assessor sees ------------------------------------------------


def test_a_genuine_pdf_is_trusted_with_the_school_key_or_its_fingerprint(world: World) -> None:
    pdf = genuine_pdf(world)
    result, report = verify(world, pdf, str(world.school_pub))
    assert result.returncode == 0, result.stdout + result.stderr
    assert report["ok"] is True and report["pages_match"] is True
    assert len(report["signoffs"]) == 3
    assert all(s["trusted"] and s["name"] == "An Peeters" for s in report["signoffs"])
    assert report["hours"]["trusted_minutes"] == 3 * 450
    # The assessor only has the fingerprint the school published.
    result, report = verify(world, pdf, world.school_fp)
    assert result.returncode == 0 and report["ok"] is True
    # Read as a human: what is genuine, and from whom.
    text = run(world.tmp / "receiver", "verify", str(pdf), "--trust", world.school_fp)
    assert text.returncode == 0
    assert "An Peeters" in text.stdout and world.school_fp in text.stdout
    assert "22,5 uur gelogd, waarvan 22,5" in text.stdout


def test_without_a_trusted_key_nothing_is_trusted(world: World) -> None:
    pdf = genuine_pdf(world)
    result, report = verify(world, pdf)
    assert result.returncode == 1 and report["ok"] is False
    assert not any(s["trusted"] for s in report["signoffs"])
    assert "--trust" in run(world.tmp / "receiver", "verify", str(pdf)).stdout


# --- the attacks ---------------------------------------------------------------------------


def test_the_six_command_attack(world: World) -> None:
    """Issue 10: a fake mentor on the student's own laptop."""
    fake = world.fake
    ok(
        run(
            fake, "mentor-init", "--name", "An Peeters", "--organisation", "WZC De Linde",
            "--sector", "social_profit", passphrase=FAKE_PASS,
        )
    )  # fmt: skip
    response = sign_request(world, fake, FAKE_PASS, "vals")
    card = world.file("vals.mentorkaart.json")
    ok(run(fake, "mentor-card", "--out", str(card)))
    ok(run(world.student, "signoff-import", str(response)))
    # An unsigned card is no school's word: refused, nothing stored.
    refused = run(world.student, "mentor-cards-import", str(card))
    assert refused.returncode == 2 and "school" in refused.stderr
    local = run(world.student, "verify")
    assert local.returncode == 1
    assert "geverifieerd door de school" not in local.stdout
    assert "niet bevestigd door een school" in local.stdout
    pdf = export_pdf(world)
    assert "geverifieerd door de school" not in _pdf_text(pdf)
    result, report = verify(world, pdf, str(world.school_pub))
    assert result.returncode == 1 and report["ok"] is False
    assert report["signoffs"] and not any(s["trusted"] for s in report["signoffs"])
    # The name comes from no card: the real An's card is for another key.
    assert all(not s["name_confirmed"] for s in report["signoffs"])
    assert any("andere sleutel" in " ".join(s["reasons"]) for s in report["signoffs"])
    assert report["hours"]["trusted_minutes"] == 0


def test_a_self_made_school_key(world: World) -> None:
    fake = world.fake
    ok(run(fake, "school-init", "--name", "Sint-Jozefsinstituut Brugge", passphrase=FAKE_PASS))
    mentor = world.tmp / "fake-mentor"
    ok(
        run(
            mentor, "mentor-init", "--name", "An Peeters", "--organisation", "WZC De Linde",
            "--sector", "social_profit", passphrase=FAKE_PASS,
        )
    )  # fmt: skip
    card = world.file("vals.mentorkaart.json")
    ok(run(mentor, "mentor-card", "--out", str(card)))
    vouched = world.file("vals.vouched.json")
    ok(
        run(
            fake, "school-vouch", str(card), "--out", str(vouched),
            "--fingerprint", card_fingerprint(card), passphrase=FAKE_PASS,
        )
    )  # fmt: skip
    ok(run(world.student, "mentor-cards-import", str(vouched)))
    response = sign_request(world, mentor, FAKE_PASS, "vals")
    ok(run(world.student, "signoff-import", str(response)))
    pdf = export_pdf(world)
    result, report = verify(world, pdf, str(world.school_pub))
    assert result.returncode == 1 and not any(s["trusted"] for s in report["signoffs"])
    assert "niet vertrouwd" in " ".join(r for s in report["signoffs"] for r in s["reasons"])
    # Same with only the real school's fingerprint.
    assert verify(world, pdf, world.school_fp)[0].returncode == 1
    # The fake school's own key does say trusted: trust is the receiver's choice, nothing else.
    fake_pub = world.file("fake.pub")
    ok(run(fake, "school-key", "--out", str(fake_pub)))
    assert verify(world, pdf, str(fake_pub))[0].returncode == 0


def _request(world: World) -> tuple[Path, dict[str, Any]]:
    path = world.file("verzoek.aftekenverzoek.json")
    ok(run(world.student, "signoff-request", "--out", str(path)))
    return path, json.loads(path.read_text(encoding="utf-8"))


def test_a_request_whose_labels_lie_shows_the_signed_hours(world: World) -> None:
    path, request = _request(world)
    for entry in request["items"]:
        entry["item"]["minutes"] = 1200  # 20 hours each ...
        entry["label"] = "2 uur residentiële ouderenzorg"  # ... while the words say 2
    path.write_text(json.dumps(request), encoding="utf-8")
    out = world.file("lie.aftekening.json")
    shown = run(world.mentor, "mentor-sign", str(path), "--out", str(out), "--approve-all",
                passphrase=MENTOR_PASS)  # fmt: skip
    assert shown.returncode == 0
    assert "20 uur" in shown.stdout and "2 uur residentiële" not in shown.stdout
    # And the student's portfolio never takes 20 hours signed for a 7,5-hour entry.
    imported = run(world.student, "signoff-import", str(out))
    assert imported.returncode == 2 and "0 aftekeningen toegevoegd" in imported.stdout


def test_a_request_that_claims_another_learner(world: World) -> None:
    path, request = _request(world)
    request["portfolio"]["name"] = "Emma Janssens"
    path.write_text(json.dumps(request), encoding="utf-8")
    out = world.file("emma.aftekening.json")
    shown = run(world.mentor, "mentor-sign", str(path), "--out", str(out), "--approve-all",
                passphrase=MENTOR_PASS)  # fmt: skip
    assert "Emma Janssens" in shown.stdout
    # The signed learner is Emma: Lotte's portfolio refuses every signature.
    imported = run(world.student, "signoff-import", str(out))
    assert imported.returncode == 2 and "0 aftekeningen toegevoegd" in imported.stdout


def test_a_request_whose_dates_lie_does_not_hide_the_mentor_load(world: World) -> None:
    """The load warning counts the signed days, not a placement period the student wrote."""
    path, request = _request(world)
    for entry in request["items"]:
        entry["placement"] = {"organisation": "x", "start": "2020-01-01", "end": "2020-01-02"}
    path.write_text(json.dumps(request), encoding="utf-8")
    # Two other learners at the same time, signed earlier by this mentor.
    for number in (1, 2):
        other = world.tmp / f"learner{number}"
        ok(run(other, "init", "--name", f"Leerling {number}", "--list", "verzorgende-zorgkundige"))
        block = [("Woonzorgcentrum", "WZC De Linde", 3, date(2025, 9, 15))]
        csv = excel_csv(world.tmp / f"u{number}.csv", block)
        ok(run(other, "import-hours", str(csv), "--nieuwe-stageplaatsen", "aanmaken"))
        req = world.file(f"l{number}.json")
        ok(run(other, "signoff-request", "--out", str(req)))
        ok(run(world.mentor, "mentor-sign", str(req), "--out", str(world.file(f"r{number}.json")),
               "--approve-all", passphrase=MENTOR_PASS))  # fmt: skip
    shown = run(world.mentor, "mentor-sign", str(path), "--out", str(world.file("x.json")),
                "--approve-all", passphrase=MENTOR_PASS)  # fmt: skip
    assert "3 lerenden tegelijk" in shown.stderr


def test_control_characters_never_reach_the_mentors_terminal(world: World) -> None:
    path, request = _request(world)
    request["portfolio"]["name"] = "Lotte\x1b[2J\x1b]0;pwned\x07 Vermeulen"
    path.write_text(json.dumps(request), encoding="utf-8")
    shown = run(world.mentor, "mentor-sign", str(path), "--out", str(world.file("c.json")),
                "--approve-all", passphrase=MENTOR_PASS)  # fmt: skip
    assert "\x1b" not in shown.stdout + shown.stderr and "\x07" not in shown.stdout


def test_keys_swapped_inside_a_response(world: World) -> None:
    """A fake key's signatures put under the real mentor's public key, and the reverse."""
    ok(
        run(
            world.fake, "mentor-init", "--name", "An Peeters", "--sector", "social_profit",
            passphrase=FAKE_PASS,
        )
    )  # fmt: skip
    real = json.loads(sign_request(world, world.mentor, MENTOR_PASS, "echt").read_text("utf-8"))
    fake = json.loads(sign_request(world, world.fake, FAKE_PASS, "vals").read_text("utf-8"))
    swapped = dict(fake, mentor=real["mentor"])
    path = world.file("swapped.json")
    path.write_text(json.dumps(swapped), encoding="utf-8")
    result = run(world.student, "signoff-import", str(path))
    assert result.returncode == 2 and "0 aftekeningen toegevoegd" in result.stdout
    mixed = dict(real, signatures=[fake["signatures"][0], *real["signatures"][1:]])
    path.write_text(json.dumps(mixed), encoding="utf-8")
    result = run(world.student, "signoff-import", str(path))
    assert result.returncode == 2 and "2 aftekeningen toegevoegd" in result.stdout


def test_a_mentor_name_edited_in_a_response(world: World) -> None:
    response = sign_request(world, world.mentor, MENTOR_PASS, "echt")
    data = json.loads(response.read_text(encoding="utf-8"))
    data["mentor"]["name"] = "Directeur Jan Claes"
    response.write_text(json.dumps(data), encoding="utf-8")
    result = run(world.student, "signoff-import", str(response))
    assert result.returncode == 2 and "0 aftekeningen toegevoegd" in result.stdout


def test_a_replay_onto_another_item_or_portfolio(world: World) -> None:
    response = sign_request(world, world.mentor, MENTOR_PASS, "echt")
    data = json.loads(response.read_text(encoding="utf-8"))
    # Onto another item of the same portfolio: the first signature put on the second entry.
    replay = json.loads(json.dumps(data))
    second = replay["signatures"][1]["item"]
    replay["signatures"] = [dict(data["signatures"][0], item=second)]
    path = world.file("replay.json")
    path.write_text(json.dumps(replay), encoding="utf-8")
    result = run(world.student, "signoff-import", str(path))
    assert result.returncode == 2 and "0 aftekeningen toegevoegd" in result.stdout
    # Onto another portfolio: Emma has an entry with the same day and hours.
    emma = world.tmp / "emma"
    ok(run(emma, "init", "--name", "Lotte Vermeulen", "--list", "verzorgende-zorgkundige"))
    block = [("Woonzorgcentrum", "WZC De Linde", 3, date(2025, 9, 15))]
    csv = excel_csv(world.tmp / "e.csv", block)
    ok(run(emma, "import-hours", str(csv), "--nieuwe-stageplaatsen", "aanmaken"))
    moved = dict(data, portfolio_id=_portfolio_id(emma))
    path.write_text(json.dumps(moved), encoding="utf-8")
    result = run(emma, "signoff-import", str(path))
    assert result.returncode == 2 and "0 aftekeningen toegevoegd" in result.stdout


def _portfolio_id(home: Path) -> str:
    import sqlite3

    with sqlite3.connect(home / "portfolio.sqlite3") as db:
        return str(db.execute("SELECT id FROM portfolio").fetchone()[0])


# --- the PDF and the archive as the student might edit them ---------------------------------


def _pdf_text(pdf: Path) -> str:
    import subprocess

    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def _attachments(pdf: Path) -> dict[str, bytes]:
    with pikepdf.open(pdf) as doc:
        return {n: s.get_file().read_bytes() for n, s in doc.attachments.items()}


def _replace_attachments(pdf: Path, files: dict[str, bytes], out: Path) -> None:
    with pikepdf.open(pdf) as doc:
        for name, data in files.items():
            doc.attachments[name] = pikepdf.AttachedFileSpec(doc, data, filename=name)
        doc.save(out)


def _edit_payload(files: dict[str, bytes], prefix: str, edit: Any) -> dict[str, bytes]:
    """Edit portfolio.json and recompute its hash in the manifest, as a careful forger does."""
    payload = json.loads(files[prefix + "portfolio.json"])
    edit(payload)
    body = json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8")
    manifest = json.loads(files[prefix + "manifest.json"])
    manifest["files"]["portfolio.json"] = hashlib.sha256(body).hexdigest()
    return {
        prefix + "portfolio.json": body,
        prefix + "manifest.json": json.dumps(manifest, indent=2).encode("utf-8"),
    }


def test_edited_page_text(world: World) -> None:
    pdf = genuine_pdf(world)
    edited = world.file("edited.pdf")
    with pikepdf.open(pdf) as doc:
        page = doc.pages[0]
        content = page.obj.Contents.read_bytes()
        # Move one piece of text on the cover: the kind of change a PDF editor makes.
        index = content.index(b" Tm")  # a text position
        start = content.rindex(b"\n", 0, index) + 1
        page.obj.Contents.write(content[:start] + b"1 0 0 1 0 0 cm " + content[start:])
        doc.save(edited)
    result, report = verify(world, edited, str(world.school_pub))
    assert result.returncode == 1 and report["pages_match"] is False
    assert "pagina 1" in " ".join(report["problems"])


def test_edited_embedded_json_with_recomputed_hashes(world: World) -> None:
    pdf = genuine_pdf(world)
    files = _attachments(pdf)

    def more_hours(payload: dict[str, Any]) -> None:
        payload["hour_entries"][0]["minutes"] = 600

    edited = world.file("json.pdf")
    _replace_attachments(pdf, _edit_payload(files, "stageportfolio/", more_hours), edited)
    result, report = verify(world, edited, str(world.school_pub))
    assert result.returncode == 1
    assert report["pages_match"] is False
    assert "changed" in {s["status"] for s in report["signoffs"]}

    def unsigned_row(payload: dict[str, Any]) -> None:
        row = dict(payload["signoffs"][0])
        row.update(id="extra", target_kind="competence", target_id="bkc0023626", level=3,
                   signature=None, payload=None, public_key=None, key_fingerprint=None)  # fmt: skip
        row["method"] = None
        payload["signoffs"].append(row)

    _replace_attachments(pdf, _edit_payload(files, "stageportfolio/", unsigned_row), edited)
    result, report = verify(world, edited, str(world.school_pub))
    assert result.returncode == 1
    assert "unsigned" in {s["status"] for s in report["signoffs"]}

    # Re-rendered by the app from the edited data, the pages agree: the signatures still tell.
    scratch = world.tmp / "scratch"
    archive = world.file("edited.zip")
    with zipfile.ZipFile(archive, "w") as zf:
        plain = {name.removeprefix("stageportfolio/"): data for name, data in files.items()}
        changed = plain | _edit_payload(plain, "", more_hours)
        for name, data in changed.items():
            zf.writestr(name, data)
    ok(run(scratch, "import", str(archive)))
    rerendered = world.file("rerendered.pdf")
    ok(run(scratch, "export-pdf", "--out", str(rerendered)))
    result, report = verify(world, rerendered, str(world.school_pub))
    assert result.returncode == 1 and report["pages_match"] is True
    assert "changed" in {s["status"] for s in report["signoffs"]}
    # The archive itself, verified directly, says the same.
    result, report = verify(world, archive, str(world.school_pub))
    assert result.returncode == 1 and "changed" in {s["status"] for s in report["signoffs"]}


def test_a_truncated_pdf_is_bad_input(world: World) -> None:
    pdf = genuine_pdf(world)
    data = pdf.read_bytes()
    cut = world.file("cut.pdf")
    for size in (len(data) // 2, len(data) - 200):
        cut.write_bytes(data[:size])
        result, _ = verify(world, cut, str(world.school_pub))
        assert result.returncode == 2, (size, result.stdout, result.stderr)
        assert "cut.pdf" in result.stderr


def test_a_sealed_mentor_key_never_leaves_the_laptop(world: World) -> None:
    """A key made on the spot is sealed on the student's laptop; no export carries it."""
    import sqlite3

    from stageportfolio.services.portfolio import PortfolioService, open_current
    from stageportfolio.services.signoffs import SignOffService

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("STAGEPORTFOLIO_HOME", str(world.student))
        service = PortfolioService.open(open_current())
        assert service is not None
        mentor = service.add_mentor(name="Tom Claes", organisation="Wit-Gele Kruis")
        SignOffService(service).create_key(mentor, MENTOR_PASS)
        service.engine.dispose()
    with sqlite3.connect(world.student / "portfolio.sqlite3") as db:
        (sealed,) = db.execute("SELECT sealed_key FROM mentor WHERE id = ?", (mentor,)).fetchone()
    secret = json.loads(sealed)["ciphertext"]
    archive = world.file("a.zip")
    ok(run(world.student, "export", "--out", str(archive)))
    with zipfile.ZipFile(archive) as zf:
        assert all(secret.encode() not in zf.read(name) for name in zf.namelist())
    pdf = export_pdf(world)
    assert all(secret.encode() not in data for data in _attachments(pdf).values())
    assert secret.encode() not in pdf.read_bytes()
