"""The attestation checklist in Bewijsstukken: what the BK demands besides competences, with the
evidence the student links to each, typed and clicked as a student does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from stageportfolio.app import TRANSLATIONS
from stageportfolio.services.portfolio import PortfolioService, open_current
from stageportfolio.ui.dialogs.evidence_dialog import EvidenceDialog
from stageportfolio.ui.models.evidence_model import EvidenceModel
from stageportfolio.ui.sections.evidence import EvidenceSection
from tests.ui.test_evidence import a_file, make_section

IdRole = Qt.ItemDataRole.UserRole + 1
STRAFREGISTER = "Uittreksel uit het strafregister, model 2"
EHBO = "Attest kennis van levensreddend handelen bij kinderen"


@pytest.fixture
def kb(private_home: Path) -> PortfolioService:  # type: ignore[misc]
    """A student of the 7de jaar Kinderbegeleider: both childcare BKs, four attestations."""
    svc = PortfolioService.create(
        open_current(),
        role="student",
        name="Noor De Smet",
        list_id="kinderbegeleider",
        organisation="Sint-Jozefsinstituut",
        school_year="2026-2027",
    )
    yield svc  # type: ignore[misc]
    svc.engine.dispose()


@pytest.fixture
def english(qapp) -> Iterator[QTranslator]:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "stageportfolio_en.qm"))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def rows(section: EvidenceSection) -> dict[str, str]:
    tree = section.attest_tree
    return {
        tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(1)
        for i in range(tree.topLevelItemCount())
    }


def row_of(section: EvidenceSection, text: str) -> int:
    tree = section.attest_tree
    return next(i for i in range(tree.topLevelItemCount()) if tree.topLevelItem(i).text(0) == text)


def test_the_checklist_shows_every_attestation_without_evidence(
    qtbot: QtBot, kb: PortfolioService
) -> None:
    section = make_section(qtbot, kb)
    assert section.attest_box.isVisible()
    assert section.attest_box.title() == "Welke attesten heb je al?"
    # The two Kinderbegeleider BKs ask the same four: each is listed once.
    assert rows(section) == {
        EHBO: "✗ nog geen bewijsstuk",
        "Attest medische geschiktheid": "✗ nog geen bewijsstuk",
        STRAFREGISTER: "✗ nog geen bewijsstuk",
        "minimum 18 jaar zijn": "✗ nog geen bewijsstuk",
    }
    assert section.attest_summary.text() == "0 van 4 attesten hebben een bewijsstuk"
    item = section.attest_tree.topLevelItem(row_of(section, STRAFREGISTER))
    tooltip = item.toolTip(0)
    assert "Wettelijk attest" in tooltip and "BVR van 23 februari 2001" in tooltip
    assert "BK-0269-3" in tooltip and "BK-0270-3" in tooltip
    assert not section.attest_button.isEnabled()  # nothing chosen yet


def test_add_the_evidence_for_an_attestation_from_its_row(
    qtbot: QtBot, kb: PortfolioService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan = a_file(tmp_path, "uittreksel strafregister.pdf")
    captions: list[str] = []

    def get_open_file_names(_parent, caption, *args, **kwargs):  # type: ignore[no-untyped-def]
        captions.append(caption)
        return [str(scan)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", get_open_file_names)
    section = make_section(qtbot, kb)
    tree = section.attest_tree
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(row_of(section, STRAFREGISTER)))
    assert section.attest_button.isEnabled()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert captions == [f"Bewijsstuk kiezen voor het attest {STRAFREGISTER}"]

    dialog = section.dialog
    assert isinstance(dialog, EvidenceDialog)
    qtbot.waitExposed(dialog)
    assert dialog.attest_list.isVisible()
    checked = [
        text
        for attest_id, entry in dialog.attest_items.items()
        if entry.checkState() == Qt.CheckState.Checked
        for text in [entry.text()]
    ]
    assert checked == [STRAFREGISTER]
    assert dialog.count_label.text() == "0 competenties en 1 attest aangevinkt"
    qtbot.keyClicks(dialog.description, "Uittreksel model 2, gemeente Gent, 2026")
    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)

    assert rows(section)[STRAFREGISTER] == "✓ uittreksel strafregister.pdf"
    assert rows(section)[EHBO] == "✗ nog geen bewijsstuk"
    assert section.attest_summary.text() == "1 van 4 attesten hebben een bewijsstuk"
    linked = section.model.index(0, EvidenceModel.COL_LINKED).data()
    assert linked == f"attest: {STRAFREGISTER}"
    # No competence got evidence from it.
    assert section.summary.text() == "0 van 30 competenties hebben bewijs"

    # Stored through the ordinary evidence links: a reopened portfolio shows the same.
    again = PortfolioService.open()
    assert again is not None
    statuses = {s.text: s for s in again.attestations()}
    assert [e.original_name for e in statuses[STRAFREGISTER].evidence] == [
        "uittreksel strafregister.pdf"
    ]
    assert statuses[STRAFREGISTER].done and not statuses[EHBO].done
    again.engine.dispose()


def test_link_an_existing_file_to_an_attestation_in_the_dialog_and_undo(
    qtbot: QtBot, kb: PortfolioService, tmp_path: Path
) -> None:
    first = kb.alist.competence_ids()[0]
    kb.add_evidence(a_file(tmp_path, "ehbo-kinderen.jpg", b"\xff\xd8\xff"), links=[first])
    section = make_section(qtbot, kb)
    assert rows(section)[EHBO] == "✗ nog geen bewijsstuk"

    section.table.setFocus()
    section.table.selectRow(0)
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    dialog = section.dialog
    assert isinstance(dialog, EvidenceDialog)
    qtbot.waitExposed(dialog)
    # With the keyboard: into the attestation list, to the first one, space ticks it.
    dialog.attest_list.setFocus()
    dialog.attest_list.setCurrentRow(0)
    assert dialog.attest_list.currentItem().text() == EHBO
    qtbot.keyClick(dialog.attest_list, Qt.Key.Key_Space)
    assert dialog.count_label.text() == "1 competentie en 1 attest aangevinkt"
    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    assert rows(section)[EHBO] == "✓ ehbo-kinderen.jpg"
    assert section.summary.text() == "1 van 30 competenties hebben bewijs"
    ehbo_id = next(a.id for a in kb.alist.attestations() if a.text == EHBO)
    assert sorted(kb.evidence()[0].links) == sorted([first, ehbo_id])

    with qtbot.waitSignal(section.changed, timeout=2000):
        section.undo.undo()
    assert rows(section)[EHBO] == "✗ nog geen bewijsstuk"
    assert kb.evidence()[0].links == (first,)


def test_a_list_whose_bks_ask_no_attestation_shows_no_checklist(
    qtbot: QtBot, private_home: Path, tmp_path: Path
) -> None:
    # Basiszorg en ondersteuning takes the childcare BKs only in part: their attestations are
    # not asked.
    svc = PortfolioService.create(
        open_current(), role="student", name="Jonas", list_id="basiszorg-en-ondersteuning"
    )
    section = make_section(qtbot, svc)
    assert not section.attest_box.isVisible()
    dialog = EvidenceDialog(svc.alist, file_name="x.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.attest_list.isVisible()
    assert dialog.attest_items == {}
    svc.engine.dispose()


def test_an_evc_candidate_sees_the_attestations_of_the_target_bk(
    qtbot: QtBot, private_home: Path
) -> None:
    svc = PortfolioService.create(
        open_current(), role="evc", name="Samira", list_id="evc-verzorgende"
    )
    section = make_section(qtbot, svc)
    assert list(rows(section)) == [
        "Kwalificatievereisten (aanvraag erkenningsnummer)",
        "Uittreksel uit het Strafregister model 595",
        "Uittreksel uit het strafregister, model 596-2",
    ]
    svc.engine.dispose()


def test_english_labels(qtbot: QtBot, kb: PortfolioService, english: QTranslator) -> None:
    section = make_section(qtbot, kb)
    assert section.attest_box.title() == "Which attestations do you have already?"
    assert section.attest_summary.text() == "0 of 4 attestations have evidence"
    assert rows(section)[STRAFREGISTER] == "✗ no evidence yet"
