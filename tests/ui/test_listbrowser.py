"""The list browser window: pick a list, see its rules and its BK > competence > activity tree."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from stageportfolio.core.catalog import load_catalog
from stageportfolio.ui.listbrowser import ListBrowserWindow


def test_choosing_a_list_shows_its_rules_and_competences(qtbot: QtBot) -> None:
    catalog = load_catalog()
    window = ListBrowserWindow(catalog)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    index = window.picker.findData("gezondheidszorg")
    assert index >= 0
    window.picker.setFocus()
    window.picker.setCurrentIndex(0)
    qtbot.keyClick(window.picker, Qt.Key.Key_End)
    with qtbot.waitSignal(window.picker.currentIndexChanged, timeout=2000):
        window.picker.setCurrentIndex(index)

    rows = window.rules.rows()
    assert any("300 uur" in row[0] for row in rows)
    assert rows[0][1:3] == ["verplicht", "federale registratievoorwaarde"]
    bks = [window.competences.topLevelItem(i).text(0) for i in range(2)]
    assert bks[0].startswith("BK-0243-2 Zorgkundige")
    zorgkundige = window.competences.topLevelItem(0)
    assert zorgkundige.childCount() == 16
    delegated = zorgkundige.child(10)
    assert delegated.text(1) == "bkc0023627"
    assert any(
        delegated.child(i).text(1) == "bkc0023627-kb17" for i in range(delegated.childCount())
    )
    assert "residentiële ouderenzorg" in window.summary.text()


def test_every_list_can_be_shown(qtbot: QtBot) -> None:
    catalog = load_catalog()
    window = ListBrowserWindow(catalog, lang="nl")
    qtbot.addWidget(window)
    for i in range(window.picker.count()):
        window.picker.setCurrentIndex(i)
        assert window.competences.topLevelItemCount() >= 1
    assert window.picker.count() == len(catalog.latest())
