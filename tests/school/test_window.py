"""The coordinator's window, driven like a coordinator: drop exports, filter, open a student
read-only, look at the mentors, vouch for a card, export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from benchmarks import school_students as gen
from stageportfolio.services.school_mode import School
from stageportfolio.ui.school.student_window import StudentWindow
from stageportfolio.ui.school.window import SchoolWindow

DATA = Path(__file__).resolve().parents[1] / "data" / "school"
PLANS = (
    gen.Plan(name="Lotte Vermeulen", seed=41, mentors=(0, 6), days_share=0.5),
    gen.Plan(name="Arne Jacobs", seed=42, mentors=(0, 7), days_share=0.5, tamper="invalid"),
    gen.Plan(name="Noor Claes", seed=43, mentors=(0, 8), days_share=0.1),
)


@pytest.fixture
def window(qtbot, school: School):  # type: ignore[no-untyped-def]
    win = SchoolWindow(school)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.worker.cancel()
    win.worker.wait(10_000)


def drop(window: SchoolWindow, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dropEvent(event)


def names(window: SchoolWindow) -> list[str]:
    model = window.table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_the_overview_loads_a_screenful_at_a_time(
    qtbot, school: School, exports, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from stageportfolio.services import school_overview
    from stageportfolio.services.school_import import import_files

    import_files(school, [exports(plan) for plan in PLANS])
    offsets: list[int] = []
    real = school_overview.overview_page

    def page(*args, **kwargs):  # type: ignore[no-untyped-def]
        offsets.append(kwargs.get("offset", 0))
        return real(*args, **dict(kwargs, limit=2))

    monkeypatch.setattr(school_overview, "overview_page", page)
    win = SchoolWindow(school)
    qtbot.addWidget(win)
    model = win.model
    assert (model.total, model.rowCount(), offsets) == (3, 2, [0])
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 3 and not model.canFetchMore() and offsets == [0, 2]
    assert names(win) == ["Arne Jacobs", "Lotte Vermeulen", "Noor Claes"]


def test_drop_exports_filter_and_open_a_student(
    qtbot, window: SchoolWindow, exports, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "download"
    folder.mkdir()
    for plan in PLANS:
        (folder / f"{plan.name}.zip").write_bytes(exports(plan).read_bytes())
    (folder / "notities.txt").write_text("geen portfolio", encoding="utf-8")
    assert window.hint.isVisible()
    drop(window, [folder])
    qtbot.waitUntil(lambda: bool(window.last_outcomes), timeout=60_000)
    results = window.results
    assert results.isVisible()
    assert (
        "Bestanden: 4. Nieuw: 3, vervangen: 0, ongewijzigd: 0, ouder (overgeslagen): 0, "
        "geweigerd: 1." in (results.findChild(type(window.hint), "importSummary").text())
    )
    results.close()
    assert names(window) == ["Arne Jacobs", "Lotte Vermeulen", "Noor Claes"]

    window.invalid_filter.click()
    assert names(window) == ["Arne Jacobs"]
    window.invalid_filter.click()
    window.behind_filter.click()
    assert names(window) == ["Noor Claes"]
    window.behind_filter.click()
    qtbot.keyClicks(window.name_filter, "lot")
    qtbot.waitUntil(lambda: names(window) == ["Lotte Vermeulen"])
    window.name_filter.clear()
    qtbot.waitUntil(lambda: len(names(window)) == 3)

    window.import_class_list(DATA / "smartschool-klaslijst.xlsx")
    index = window.class_filter.findData("6GZ-B")
    window.class_filter.setCurrentIndex(index)
    assert names(window) == ["Noor Claes"]
    window.class_filter.setCurrentIndex(0)

    # A header click sorts in the database (by counted hours, most first).
    header = window.table.horizontalHeader()
    model = window.model
    header.setSortIndicator(model.HOURS, Qt.SortOrder.DescendingOrder)
    counted = [r.counted_minutes for r in window.rows]
    assert window.sort_key == "counted" and counted == sorted(counted, reverse=True)
    header.setSortIndicator(model.CONTEXTS, Qt.SortOrder.AscendingOrder)  # not sortable: kept
    assert window.sort_key == "counted" and header.sortIndicatorSection() == model.HOURS

    row = next(r for r, name in enumerate(names(window)) if name == "Lotte Vermeulen")
    window.table.doubleClicked.emit(window.table.model().index(row, 0))
    student: StudentWindow = window.student_windows[-1]
    qtbot.addWidget(student)
    assert student.isVisible() and "alleen-lezen" in student.windowTitle()
    assert (
        "bevestigd door een mentor die de school bevestigde"
        in student.findChild(type(window.hint), "schoolVerdict").text()
    )
    for section in student.sections:
        visible = [b.text() for b in section.findChildren(QAbstractButton) if b.isVisibleTo(student)
                   and b.objectName() != "qt_scrollarea_hcontainer"]  # fmt: skip
        assert not any(
            word in " ".join(visible) for word in ("toevoegen", "Verwijderen", "Bewerken")
        )
    hours = student.sections[1]
    hours.refresh()
    assert hours.model.rowCount() > 0  # type: ignore[attr-defined]
    assert student.pdf_bytes().startswith(b"%PDF-")
    student.close()


def test_mentors_tab_warns_and_vouches(
    qtbot, window: SchoolWindow, exports, world: gen.World, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window.import_paths([exports(plan) for plan in PLANS])
    qtbot.waitUntil(lambda: bool(window.last_outcomes), timeout=60_000)
    window.results.close()
    window.tabs.setCurrentIndex(1)
    tree = window.mentors.tree
    shared = world.mentors[0]
    top = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    found = [item for item in top if item.text(2) == shared.fingerprint]
    assert found and found[0].text(0).startswith("⚠") and found[0].childCount() > 0
    days = [found[0].child(i).text(5) for i in range(found[0].childCount())]
    assert "3 (2)" in days and set(days) <= {"2 (2)", "3 (2)"}

    card = tmp_path / "an.mentorkaart.json"
    new_mentor = gen.Mentor("Eva Goossens", "WZC De Linde", "residentieel", "social_profit",
                            gen.Ed25519PrivateKey.generate())  # fmt: skip
    card.write_text(json.dumps(new_mentor.card()), encoding="utf-8")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    window.mentors.vouch()
    dialog = window.mentors.vouch_dialog
    dialog.card_edit.setText(str(card))
    qtbot.keyClicks(dialog.fingerprint_edit, "0000-0000-0000-0000")
    dialog.passphrase_edit.setText(gen.SCHOOL_PASSPHRASE)
    dialog.accept()
    assert warnings and "niets ondertekend" in warnings[0]  # the wrong fingerprint
    dialog.fingerprint_edit.setText(new_mentor.fingerprint)
    dialog.accept()
    written = tmp_path / "an.bevestigd.mentorkaart.json"
    assert json.loads(written.read_text(encoding="utf-8"))["card"]["name"] == "Eva Goossens"
    register = window.mentors.register
    assert any(
        register.topLevelItem(i).text(0) == "Eva Goossens"
        for i in range(register.topLevelItemCount())
    )


def test_exports_from_the_window(qtbot, window: SchoolWindow, exports, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.import_paths([exports(PLANS[0])])
    qtbot.waitUntil(lambda: bool(window.last_outcomes), timeout=60_000)
    window.results.close()
    for kind in ("xlsx", "csv", "pdf"):
        out = tmp_path / f"overzicht.{kind}"
        window.export_overview(kind, out)
        assert out.stat().st_size > 0
    assert (tmp_path / "overzicht.csv").read_bytes().startswith(b"\xef\xbb\xbfNaam;Klas;")
