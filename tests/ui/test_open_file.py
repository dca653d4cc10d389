"""Double-clicking the app's files: ``stageportfolio FILE`` does what the file is for."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from stageportfolio import LICENCE, __version__, cli
from stageportfolio.services import mentormode
from stageportfolio.services.portfolio import PortfolioService, open_current
from stageportfolio.services.signoffs import SignOffService
from stageportfolio.store.archive import export_archive
from stageportfolio.ui.mainwindow import MainWindow
from stageportfolio.ui.mentor_window import MentorWindow
from stageportfolio.ui.open_file import offer_archive_import, read_into_portfolio

PASSPHRASE = "groene-appel-42"


@pytest.fixture
def messages(monkeypatch) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str]] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(
            QMessageBox, kind, lambda *a, k=kind, **kw: shown.append((k, a[2])) or None
        )
    return shown


@pytest.fixture
def archive(filled, tmp_path, monkeypatch) -> Path:  # type: ignore[no-untyped-def]
    """Lotte's portfolio as an archive; the data folder is then a new, empty one."""
    path = tmp_path / "Lotte.stageportfolio"
    export_archive(filled.engine, path)
    filled.engine.dispose()
    monkeypatch.setenv("STAGEPORTFOLIO_HOME", str(tmp_path / "andere-computer"))
    return path


def test_an_archive_is_offered_and_imported(archive, messages, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def yes(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    assert offer_archive_import(archive)
    assert "Lotte Vermeulen" in asked[0] and "4 urenregels" in asked[0]
    opened = open_current()
    service = PortfolioService.open(opened)
    assert service is not None and service.info.name == "Lotte Vermeulen"
    assert sum(service.totals().values()) == 3 * 450 + 390
    opened.engine.dispose()
    assert "is ingelezen" in messages[-1][1]


def test_saying_no_imports_nothing(archive, messages, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    assert not offer_archive_import(archive)
    opened = open_current()
    assert PortfolioService.open(opened) is None
    opened.engine.dispose()
    assert messages == []


def test_an_archive_never_replaces_a_portfolio(archive, messages, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened = open_current()
    PortfolioService.create(opened, role="student", name="Emma", list_id="gezondheidszorg")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("no question expected"))
    assert not offer_archive_import(archive)
    assert messages[-1][0] == "information"
    assert "Lotte Vermeulen" in messages[-1][1] and "Emma" in messages[-1][1]
    service = PortfolioService.open(opened)
    assert service is not None and service.info.name == "Emma"
    opened.engine.dispose()


def test_a_broken_archive_is_a_message(tmp_path, messages) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "kapot.stageportfolio"
    bad.write_bytes(b"PK\x03\x04 half")
    assert not offer_archive_import(bad)
    assert messages[-1][0] == "warning" and "kapot.stageportfolio" in messages[-1][1]


def test_a_mentors_answer_is_read_into_the_open_portfolio(  # type: ignore[no-untyped-def]
    qtbot, filled, tmp_path, messages
) -> None:
    request = tmp_path / "lotte.aftekenverzoek"
    SignOffService(filled).export_request(request)
    identity = mentormode.create_identity("An Peeters", "WZC De Linde", "social_profit", PASSPHRASE)
    opened = mentormode.read_request(request)
    decisions = {entry.id: mentormode.Decision(True) for entry in opened.items}
    answer = tmp_path / "bijlage.json"  # as a mail program saved it
    answer.write_bytes(
        mentormode.sign_request(opened, identity, PASSPHRASE, decisions, record=False)
    )
    window = MainWindow(filled)
    qtbot.addWidget(window)
    summary = read_into_portfolio(window, answer, "signoff_response")
    assert summary is not None and summary.added == len(opened.items) == 4
    assert "4 aftekeningen toegevoegd" in messages[-1][1]


def run(monkeypatch, *args: str) -> int:  # type: ignore[no-untyped-def]
    """``stageportfolio ARGS`` in this process; the window saves a screenshot and quits.

    The app's event loop is a nested one: the real ``QApplication.exec()`` returns only once
    per process (the tests after this one still need the application), and the wheel and
    bundle checks run the real one (packaging/check_wheel.py, packaging/linux/)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    loop = QEventLoop()
    monkeypatch.setattr(QApplication, "exec", lambda self: loop.exec())
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: loop.exit(0)))
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: loop.exit(code)))
    return cli.main(list(args))


def shown_windows(monkeypatch, kind: type) -> list:  # type: ignore[no-untyped-def, type-arg]
    """The windows of ``kind`` the app shows (kept alive after the app returns)."""
    shown: list = []  # type: ignore[type-arg]
    original = kind.show

    def show(self) -> None:  # type: ignore[no-untyped-def]
        shown.append(self)
        original(self)

    monkeypatch.setattr(kind, "show", show)
    return shown


def test_double_clicking_a_request_opens_the_mentor_screen(  # type: ignore[no-untyped-def]
    qtbot, filled, tmp_path, monkeypatch, messages
) -> None:
    request = tmp_path / "Lotte.aftekenverzoek"
    SignOffService(filled).export_request(request)
    mentormode.create_identity("An Peeters", "WZC De Linde", "social_profit", PASSPHRASE)
    shot = tmp_path / "mentor.png"
    windows = shown_windows(monkeypatch, MentorWindow)
    assert run(monkeypatch, str(request), "--screenshot", str(shot)) == 0
    assert len(windows) == 1 and windows[0].request_path == request
    assert len(windows[0].rows) == 4  # the items are listed to sign
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (windows[0].width(), windows[0].height())
    windows[0].close()


def test_a_request_before_the_mentor_profile_waits_for_it(  # type: ignore[no-untyped-def]
    qtbot, filled, tmp_path, monkeypatch
) -> None:
    request = tmp_path / "Lotte.aftekenverzoek"
    SignOffService(filled).export_request(request)
    window = MentorWindow()
    qtbot.addWidget(window)
    window.open_file(request)
    assert window.request is None and "Maak eerst je mentorprofiel" in window.profile_message.text()
    window.name_edit.setText("An Peeters")
    window.new_passphrase.setText(PASSPHRASE)
    window.repeat_passphrase.setText(PASSPHRASE)
    window.create_profile()
    assert window.request_path == request


def test_a_file_that_is_not_ours_is_a_message_then_the_app(  # type: ignore[no-untyped-def]
    qtbot, filled, tmp_path, monkeypatch, messages
) -> None:
    other = tmp_path / "brief.txt"
    other.write_text("hallo", encoding="utf-8")
    filled.engine.dispose()
    windows = shown_windows(monkeypatch, MainWindow)
    assert run(monkeypatch, str(other), "--screenshot", str(tmp_path / "app.png")) == 0
    assert messages[0][0] == "warning" and "geen bestand van Stageportfolio" in messages[0][1]
    assert len(windows) == 1 and windows[0].service.info.name == "Lotte Vermeulen"
    windows[0].close()


def test_version_and_licence(capsys) -> None:  # type: ignore[no-untyped-def]
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"stageportfolio {__version__} (licentie EUPL-1.2)"
    assert LICENCE == "EUPL-1.2"


def test_help_about_shows_version_and_licence(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(filled)
    qtbot.addWidget(window)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert "&Over Stageportfolio" in [a.text() for a in help_menu.actions()]
    text = window.about_text()
    assert f"Stageportfolio {__version__}" in text and "EUPL-1.2" in text


@pytest.mark.parametrize(
    ("argv", "rest", "path"),
    [
        (["Lotte.aftekenverzoek"], [], "Lotte.aftekenverzoek"),
        (
            ["--lang", "en", "C:\\Users\\An\\x.aftekening"],
            ["--lang", "en"],
            "C:\\Users\\An\\x.aftekening",
        ),
        (["lists", "--json"], ["lists", "--json"], None),
        (["check", "--list", "x", "uren.csv"], ["check", "--list", "x", "uren.csv"], None),
        (["--demo"], ["--demo"], None),
        (["lsits"], ["lsits"], None),  # a typo stays a (wrong) command
    ],
)
def test_the_file_argument_is_told_from_commands(argv, rest, path) -> None:  # type: ignore[no-untyped-def]
    commands = ["lists", "check", "import"]
    assert cli.split_file_argument(argv, commands) == (rest, path)
