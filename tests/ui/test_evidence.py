"""The Bewijsstukken section: add files (dialog and drag and drop), describe, link, coverage."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from stageportfolio.services.portfolio import PortfolioService, open_current
from stageportfolio.store.evidence import evidence_path
from stageportfolio.ui.dialogs.evidence_dialog import EvidenceDialog
from stageportfolio.ui.models.evidence_model import EvidenceModel, EvidenceRow
from stageportfolio.ui.sections.evidence import EvidenceSection


def make_section(qtbot: QtBot, service: PortfolioService) -> EvidenceSection:
    undo = QUndoStack()
    section = EvidenceSection(service, undo)
    qtbot.addWidget(section)
    action = undo.createUndoAction(section)
    action.setShortcut(QKeySequence.StandardKey.Undo)
    section.addAction(action)
    section._undo_keepalive = undo  # type: ignore[attr-defined]
    section.resize(1100, 700)
    section.show()
    qtbot.waitExposed(section)
    return section


def a_file(tmp_path: Path, name: str, content: bytes = b"%PDF-1.4 attest\n") -> Path:
    path = tmp_path / "docs" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(content)
    return path


def evc_service() -> PortfolioService:
    return PortfolioService.create(
        open_current(), role="evc", name="Samira El Idrissi", list_id="evc-zorgkundige"
    )


def coverage_status(section: EvidenceSection, competence_id: str) -> str:
    tree = section.coverage
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        for j in range(group.childCount()):
            child = group.child(j)
            if child.data(0, Qt.ItemDataRole.UserRole + 1) == competence_id:
                return child.text(1)
    raise AssertionError(competence_id)


def test_empty_evc_page_is_welcoming(qtbot: QtBot) -> None:
    service = evc_service()
    section = make_section(qtbot, service)
    assert section.welcome.isVisible()
    assert not section.list_box.isVisible()
    assert section.welcome_button.text() == "Bestand toevoegen"
    assert section.summary.text() == "0 van 16 competenties hebben bewijs"
    first = service.alist.competence_ids()[0]
    assert coverage_status(section, first) == "✗ nog geen bewijs"
    service.engine.dispose()


def test_add_a_file_describe_and_link_two_competences(
    qtbot: QtBot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    service = evc_service()
    attest = a_file(tmp_path, "attest tiltechnieken.pdf")
    calls: list[str] = []

    def get_open_file_names(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append("asked")
        return [str(attest)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", get_open_file_names)
    section = make_section(qtbot, service)
    qtbot.mouseClick(section.welcome_button, Qt.MouseButton.LeftButton)
    assert calls == ["asked"]
    dialog = section.dialog
    assert isinstance(dialog, EvidenceDialog)
    qtbot.waitExposed(dialog)
    assert "attest tiltechnieken.pdf" in dialog.file_label.text()
    assert dialog.tree.topLevelItemCount() == 1  # one BK, its 16 competences
    assert len(dialog.items) == 16

    qtbot.keyClicks(dialog.description, "Attest opleiding tiltechnieken 2024")
    ids = service.alist.competence_ids()
    c11, c13 = ids[10], ids[12]
    qtbot.keyClicks(dialog.filter, "C11")
    visible = [cid for cid, item in dialog.items.items() if not item.isHidden()]
    assert visible == [c11]
    dialog.tree.setFocus()
    dialog.tree.setCurrentItem(dialog.items[c11])
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)
    assert dialog.items[c11].checkState(0) == Qt.CheckState.Checked
    dialog.filter.clear()
    dialog.set_checked(c13)
    assert dialog.count_label.text() == "2 competenties aangevinkt"

    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    assert section.list_box.isVisible()
    assert not section.welcome.isVisible()
    model = section.model
    assert model.rowCount() == 1
    assert model.index(0, EvidenceModel.COL_NAME).data() == "attest tiltechnieken.pdf"
    assert model.index(0, EvidenceModel.COL_KIND).data() == "PDF"
    assert model.index(0, EvidenceModel.COL_LINKED).data() == "C11, C13"
    assert section.summary.text() == "2 van 16 competenties hebben bewijs"
    assert coverage_status(section, c11) == "✓ 1 bewijsstuk"
    assert coverage_status(section, ids[0]) == "✗ nog geen bewijs"
    stored = service.evidence()[0]
    assert stored.description == "Attest opleiding tiltechnieken 2024"
    assert sorted(stored.links) == sorted([c11, c13])
    assert evidence_path(stored.stored_name).read_bytes() == attest.read_bytes()
    service.engine.dispose()


def test_student_list_counts_37_competences_and_edit_is_undoable(
    qtbot: QtBot, service: PortfolioService, tmp_path: Path
) -> None:
    ids = service.alist.competence_ids()
    photo = a_file(tmp_path, "foto bedlinnen.jpg", b"\xff\xd8\xff jpeg")
    service.add_evidence(photo, description="Opgemaakt bed", links=[ids[0]])
    section = make_section(qtbot, service)
    assert section.summary.text() == "1 van 37 competenties hebben bewijs"
    assert section.model.index(0, EvidenceModel.COL_KIND).data() == "afbeelding"
    assert section.model.index(0, EvidenceModel.COL_LINKED).data() == "Zorgkundige: C1"

    section.table.setFocus()
    section.table.selectRow(0)
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    dialog = section.dialog
    assert isinstance(dialog, EvidenceDialog)
    assert dialog.description.toPlainText() == "Opgemaakt bed"
    assert dialog.items[ids[0]].checkState(0) == Qt.CheckState.Checked
    dialog.set_checked(ids[20])
    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    assert section.summary.text() == "2 van 37 competenties hebben bewijs"
    with qtbot.waitSignal(section.changed, timeout=2000):
        section.undo.undo()
    assert section.summary.text() == "1 van 37 competenties hebben bewijs"
    assert service.evidence()[0].links == (ids[0],)


def test_drop_files_from_the_file_manager(
    qtbot: QtBot, service: PortfolioService, tmp_path: Path
) -> None:
    first = a_file(tmp_path, "werkgeversverklaring.pdf")
    second = a_file(tmp_path, "getuigschrift.pdf")
    section = make_section(qtbot, service)
    mime = QMimeData()
    mime.setUrls(
        [
            QUrl.fromLocalFile(str(first)),
            QUrl.fromLocalFile(str(second)),
            QUrl("https://example.org/niet-lokaal.pdf"),
            QUrl.fromLocalFile(str(tmp_path)),  # a folder is no evidence file
        ]
    )
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        QPoint(50, 50), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(section, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(50, 50), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(section, drop)
    assert drop.isAccepted()

    dialog = section.dialog
    assert isinstance(dialog, EvidenceDialog)
    assert "werkgeversverklaring.pdf" in dialog.file_label.text()
    assert "(1 van 2)" in dialog.file_label.text()
    qtbot.keyClicks(dialog.description, "Verklaring van WZC Hof ter Linden")
    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, EvidenceDialog)
    assert "getuigschrift.pdf" in dialog.file_label.text()
    assert "(2 van 2)" in dialog.file_label.text()
    dialog.reject()  # "Niet toevoegen"
    assert section.dialog is None
    assert [e.original_name for e in service.evidence()] == ["werkgeversverklaring.pdf"]
    assert section.model.index(0, EvidenceModel.COL_LINKED).data() == "nog niet gekoppeld"


def test_drag_of_web_links_is_refused(qtbot: QtBot, service: PortfolioService) -> None:
    section = make_section(qtbot, service)
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.org/a.pdf")])
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(section, enter)
    assert not enter.isAccepted()


def test_a_competence_without_evidence_offers_a_file_for_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    service = evc_service()
    photo = a_file(tmp_path, "foto wondzorg.png", b"\x89PNG\r\n\x1a\n")
    captions: list[str] = []

    def get_open_file_names(parent, caption, *args):  # type: ignore[no-untyped-def]
        captions.append(caption)
        return [str(photo)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", get_open_file_names)
    section = make_section(qtbot, service)
    target = service.alist.competence_ids()[4]
    group = section.coverage.topLevelItem(0)
    item = group.child(4)
    section.coverage.setFocus()
    section.coverage.setCurrentItem(item)
    assert section.coverage_button.isEnabled()
    qtbot.keyClick(section.coverage, Qt.Key.Key_Return)
    assert captions and captions[0].startswith("Bewijs kiezen voor C5")
    dialog = section.dialog
    assert isinstance(dialog, EvidenceDialog)
    assert dialog.links() == [target]
    with qtbot.waitSignal(section.changed, timeout=2000):
        qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    assert coverage_status(section, target) == "✓ 1 bewijsstuk"
    assert section.summary.text() == "1 van 16 competenties hebben bewijs"
    service.engine.dispose()


def test_open_uses_the_system_viewer(
    qtbot: QtBot, service: PortfolioService, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    service.add_evidence(a_file(tmp_path, "attest.pdf"))
    section = make_section(qtbot, service)
    section.table.selectRow(0)
    qtbot.mouseClick(section.open_button, Qt.MouseButton.LeftButton)
    stored = service.evidence()[0].stored_name
    assert [u.toLocalFile() for u in opened] == [str(evidence_path(stored))]


def test_cancelled_file_dialog_adds_nothing(
    qtbot: QtBot, service: PortfolioService, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([], ""))
    section = make_section(qtbot, service)
    qtbot.mouseClick(section.welcome_button, Qt.MouseButton.LeftButton)
    assert section.dialog is None
    assert service.evidence() == []


def test_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = EvidenceModel()
    model.set_rows(
        [
            EvidenceRow("a", "attest.pdf", "PDF", "23/11/2026", "Attest", "C11, C13", "x.pdf"),
            EvidenceRow("b", "foto.jpg", "afbeelding", "22/11/2026", "", "", "y.jpg"),
        ]
    )
    qtmodeltester.check(model)
    qtmodeltester.check(EvidenceModel())


def test_the_date_column_shows_beside_long_file_names(
    qtbot: QtBot, service: PortfolioService, tmp_path: Path
) -> None:
    """At 1200x760 (and on the 800-wide test screen) a long file name no longer pushes Datum
    out of the list's pane: the name is elided in the middle (its tooltip is whole), and the
    date shows in full without scrolling."""
    from stageportfolio.ui.mainwindow import MainWindow

    long_name = "Attest EHBO – Rode Kruis Vlaanderen, cursus reanimatie en eerste hulp.pdf"
    service.add_evidence(a_file(tmp_path, long_name), description="Attest EHBO")
    service.add_evidence(a_file(tmp_path, "Deelname vorming tilhulpmiddelen.pdf"))
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for width, height in ((1200, 760), (800, 600)):
        window.resize(width, height)
        window.show_section(EvidenceSection)
        section = window.section(EvidenceSection)
        assert isinstance(section, EvidenceSection)
        qtbot.wait(50)
        table = section.table
        qtbot.waitUntil(lambda t=table: t.viewport().width() > 0)
        day = section.model.index(0, EvidenceModel.COL_DAY).data()
        right = table.columnViewportPosition(EvidenceModel.COL_DAY) + table.columnWidth(
            EvidenceModel.COL_DAY
        )
        assert table.horizontalScrollBar().value() == 0
        assert right <= table.viewport().width(), (width, right, table.viewport().width())
        assert table.fontMetrics().horizontalAdvance(day) < table.columnWidth(EvidenceModel.COL_DAY)
        name = section.model.index(0, EvidenceModel.COL_NAME)
        assert name.data(Qt.ItemDataRole.ToolTipRole) == long_name
