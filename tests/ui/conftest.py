"""Fixtures for the app's widgets: a real portfolio in a private data folder."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from pytestqt.qtbot import QtBot

from stageportfolio.app import TRANSLATIONS
from stageportfolio.services.portfolio import PortfolioService, open_current
from stageportfolio.ui.mainwindow import MainWindow


@pytest.fixture(autouse=True)
def private_settings(tmp_path, qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """QSettings in the test's own folder, Dutch, so no test sees another's choices."""
    QCoreApplication.setOrganizationName("stageportfolio-tests")
    QCoreApplication.setApplicationName("stageportfolio-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    QSettings().clear()
    # As the app does in Dutch: the Dutch plural forms of the %n texts ("1 regel", "2 regels").
    plurals = QTranslator()
    assert plurals.load(str(TRANSLATIONS / "stageportfolio_nl.qm"))
    QCoreApplication.installTranslator(plurals)
    yield
    QCoreApplication.removeTranslator(plurals)


@pytest.fixture
def service(private_home) -> Iterator[PortfolioService]:  # type: ignore[no-untyped-def]
    """An empty student portfolio on the 7de jaar Verzorgende/zorgkundige list."""
    opened = open_current()
    svc = PortfolioService.create(
        opened,
        role="student",
        name="Lotte Vermeulen",
        list_id="verzorgende-zorgkundige",
        organisation="Sint-Jozefsinstituut",
        school_year="2026-2027",
    )
    yield svc
    svc.engine.dispose()


@pytest.fixture
def window(qtbot: QtBot, service: PortfolioService) -> MainWindow:
    """The main window on the empty portfolio, shown."""
    win = MainWindow(service)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def filled(service: PortfolioService) -> PortfolioService:
    """A portfolio with a mentor, two placements and some hours."""
    mentor = service.add_mentor(name="An Peeters", organisation="WZC De Linde")
    wzc = service.add_placement(
        organisation="WZC De Linde",
        unit="Afdeling Zonnebloem",
        context="residentieel",
        start_date=date(2026, 9, 7),
        end_date=date(2026, 10, 30),
        mentor_id=mentor,
    )
    home = service.add_placement(
        organisation="Wit-Gele Kruis",
        context="thuiszorg",
        start_date=date(2026, 11, 2),
        end_date=date(2026, 12, 18),
    )
    for day in (date(2026, 9, 7), date(2026, 9, 8), date(2026, 9, 9)):
        service.add_hours(day=day, minutes=450, context="residentieel", placement_id=wzc)
    service.add_hours(day=date(2026, 11, 3), minutes=390, context="thuiszorg", placement_id=home)
    return service
