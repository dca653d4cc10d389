"""The portfolio PDF as a coordinator and an assessor read it: real archival PDFs of the demo
(both variants, Dutch and English) and of an EVC candidate, read back with pdftotext, pdffonts,
qpdf and pikepdf."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pikepdf
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from stageportfolio.core.catalog import load_catalog
from stageportfolio.core.variants import result_line
from stageportfolio.report.fonts import register_fonts
from stageportfolio.report.pdf import (
    Variant,
    _fitting,
    _Styles,
    glossary,
    paragraphs,
    render_pdf,
)
from stageportfolio.report.pdfa import check_pdfa
from stageportfolio.report.snapshot import as_json
from stageportfolio.services.pdf_export import portfolio_pdf
from stageportfolio.services.portfolio import Opened, PortfolioService
from stageportfolio.services.snapshot import build_snapshot
from stageportfolio.store.db import DB_NAME, open_database
from tests.report.conftest import (
    KEYS,
    LONG_REFLECTION,
    TODAY,
    VARIANTS,
    Made,
    _open,
)
from tests.report.pdfread import (
    BODY_BOTTOM,
    BODY_TOP,
    annotations,
    body_words,
    flat,
    outline,
    pages_text,
    words,
)

# -- the cover: what a coordinator looks for first ------------------------------------------


def test_cover_has_the_status_block(demo: Made) -> None:
    snapshot = demo.snapshots["nl"]
    cover = flat(demo.pages("stage-nl")[0])
    assert "Stand van zaken op 23 november 2026" in cover
    assert "Getelde uren 230 van de 300 uur die de regels vragen (77 %)" in cover
    # The verdict is the app's own result line, word for word.
    opened, service = _open(demo.folder)
    try:
        app_line = result_line(service.evaluation(), "nl")
        forecasts = service.forecasts(service.evaluation(), today=TODAY)
    finally:
        opened.engine.dispose()
    assert snapshot.result_line == app_line
    assert f"Oordeel {app_line}" in cover
    (forecast,) = [f for f in forecasts if f.rule_id == "registratie-300-uur"]
    assert forecast.expected is not None
    months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
              "september", "oktober", "november", "december"]  # fmt: skip
    when = f"{forecast.expected.day} {months[forecast.expected.month - 1]}"
    assert "Tempo Aan dit tempo (gemiddeld" in cover
    assert f"zijn de 300 uur rond {when} {forecast.expected.year} gehaald." in cover
    assert "Bevestigde uren 230 uur gelogd, waarvan 215,5 bevestigd door een mentor (94 %)" in cover


def test_cover_status_in_english(demo: Made) -> None:
    cover = flat(demo.pages("stage-en")[0])
    assert "Status on 23 November 2026" in cover
    assert "230 of the 300 hours the rules ask for (77 %)" in cover
    assert f"Verdict {demo.snapshots['en'].result_line}" in cover
    assert "At this pace (on average" in cover
    assert "230 hours logged, 215.5 of them confirmed by a mentor (94 %)" in cover


def test_the_chart_marks_the_300_200_and_100_hour_limits(demo: Made) -> None:
    limits = {(x.kind, x.limit_minutes // 60) for x in demo.snapshots["nl"].limits}
    assert limits == {("total", 300), ("inside", 200), ("cap", 100)}
    page = next(n for n, text in enumerate(demo.pages("stage-nl"), 1) if "300 u nodig" in text)
    found = [w for w in words(demo.paths["stage-nl"]) if w.page == page]

    def centre(text: str, after: float = 0) -> float:
        """Of the axis label: the lowest word ``text`` of the chart."""
        hits = [w for w in found if w.text == text and w.y0 > after]
        assert hits, text
        lowest = max(hits, key=lambda w: w.y0)
        return (lowest.x0 + lowest.x1) / 2

    chart_top = min(w.y0 for w in found if w.text == "Getelde" and w.x1 < 230)
    caption = min(w.y0 for w in found if w.text == "Onderaan" and w.y0 > chart_top)
    found = [w for w in found if w.y0 < caption]
    axis = {n: centre(str(n), chart_top) for n in (0, 100, 200, 300)}
    # Each marker's label is centred on the gridline of its number of hours.
    for first, last, hours in (("300", "nodig", 300), ("200", "nodig", 200), ("telt", "u", 100)):
        starts = [w for w in found if w.text == first and w.y0 > chart_top - 20]
        ends = [w for w in found if w.text == last and w.y0 > chart_top - 20]
        centres = [(a.x0 + b.x1) / 2 for a in starts for b in ends if abs(a.y0 - b.y0) < 1]
        assert any(abs(c - axis[hours]) < 3 for c in centres), (first, hours, centres, axis)
    text = flat(demo.pages("stage-nl")[page - 1])
    assert "300 u nodig" in text and "200 u nodig" in text and "telt tot 100 u" in text


# -- EVC: one definition of "gedekt" --------------------------------------------------------


def _covered_counts(text: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in re.findall(r"Gedekt: (\d+) van (\d+) competenties", text)]


def test_gedekt_is_counted_the_same_everywhere(demo: Made) -> None:
    snapshot = demo.snapshots["nl"]
    comps = snapshot.competences
    covered = [c for c in comps if c.covered]
    assert 0 < len(covered) < len(comps)
    text = flat(demo.text("evc-nl"))
    assert f"{len(covered)} van {len(comps)} competenties gedekt" in flat(demo.pages("evc-nl")[0])
    assert _covered_counts(text) == [(len(covered), len(comps))]
    for bk in snapshot.bks:
        missing = [c for c in bk.competences if not c.covered]
        n = len(bk.competences) - len(missing)
        # The table, the list under the BK and the line under its competences agree.
        assert f"{bk.label} {n} van {len(bk.competences)}" in text
        assert text.count(f"Niet gedekt ({len(missing)}):") >= 2, bk.label
        numbers = ", ".join(f"C{c.nr}" for c in missing)
        assert f"✗ Niet gedekt ({len(missing)}): {numbers}." in text
    # A competence with an activity but no evidence or sign-off is not covered, and says so.
    practised_only = [c for c in comps if c.activities and not c.covered]
    assert practised_only
    assert text.count("✗ niet gedekt") >= len([c for c in comps if not c.covered])


def test_covered_is_the_candidates_claim_until_confirmed(demo: Made, candidate: Made) -> None:
    comps = demo.snapshots["nl"].competences
    confirmed = [c for c in comps if c.coverage == "confirmed"]
    claimed = [c for c in comps if c.coverage == "claimed"]
    assert confirmed and claimed
    assert all(c.signoff is not None and c.signoff.counts for c in confirmed)
    text = flat(demo.text("evc-nl"))
    assert text.count("◐ gedekt: eigen claim") >= len(claimed)
    assert text.count("✓ gedekt: afgetekend") >= len(confirmed)
    assert "eigen claim van de kandidaat, tot een mentor of de assessor" in text
    # Without a mentor, only the assessor confirms.
    evc = flat(candidate.text("evc-nl"))
    assert "Gedekt: 3 van 16 competenties." in evc
    assert "eigen claim van de kandidaat, tot de assessor van het EVC-testcentrum" in evc
    assert evc.count("◐ gedekt: eigen claim") >= 3 and evc.count("✗ niet gedekt") >= 13


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_evc_candidate_gets_no_school_year_placement_or_mentor(
    candidate: Made, lang: str
) -> None:
    text = flat(candidate.text(f"evc-{lang}")).lower()
    for word in ("schooljaar", "stageplaats", "mentor", "school year", "placement"):
        assert word not in text, word
    assert ("EVC-kandidaat" if lang == "nl" else "EVC candidate").lower() in text


# -- reflections, headings and pages --------------------------------------------------------


def test_reflections_are_whole_with_their_paragraphs(candidate: Made) -> None:
    raw = "\n".join(pages_text(candidate.paths["evc-nl"], layout=False))
    text = flat(raw)
    for paragraph in paragraphs(LONG_REFLECTION):
        assert paragraph in text  # nothing cut, nothing left out
    assert "[…]" not in text
    # Each paragraph starts on a line of its own.
    lines = [line.strip() for line in raw.splitlines()]
    for start in ("Eerste alinea.", "Tweede alinea.", "Derde alinea, op een nieuwe regel"):
        assert any(line.startswith(start) for line in lines), start


def test_a_competence_going_on_over_a_page_repeats_its_heading(candidate: Made) -> None:
    big = candidate.snapshots["nl"].competences[9]
    heading = f"C{big.nr} {big.title}"
    pages = [flat(p) for p in pages_text(candidate.paths["evc-nl"], layout=False)]
    shown = [n for n, text in enumerate(pages) if heading in text]
    assert len(shown) >= 2  # it goes on over at least one page, with its heading each time
    for n in shown[1:]:
        assert pages[n].index(heading) < pages[n].index("Activiteit en reflectie")


@pytest.mark.parametrize("key", KEYS)
def test_no_page_is_nearly_empty(demo: Made, candidate: Made, key: str) -> None:
    for made in (demo, candidate):
        found = body_words(made.paths[key])
        last = max(w.page for w in found)
        for page in range(1, last):
            lowest = max(w.y1 for w in found if w.page == page)
            share = (lowest - BODY_TOP) / (BODY_BOTTOM - BODY_TOP)
            assert share > 0.5, f"{made.paths[key].name}: page {page} is {share:.0%} full"


@pytest.mark.parametrize("key", KEYS)
def test_no_text_runs_over_a_border(demo: Made, candidate: Made, key: str) -> None:
    """Headers fit their cells: no word overlaps another (a header too wide for its column
    runs into the next one), and none sticks out of the page's body."""
    for made in (demo, candidate):
        by_page: dict[int, list] = {}
        for w in body_words(made.paths[key]):
            assert w.x0 >= 56 and w.x1 <= 595.3 - 56, (w.page, w.text)
            by_page.setdefault(w.page, []).append(w)
        for page, found in by_page.items():
            found.sort(key=lambda w: (round(w.y0), w.x0))
            for i, a in enumerate(found):
                for b in found[i + 1 : i + 40]:
                    overlap_x = min(a.x1, b.x1) - max(a.x0, b.x0)
                    overlap_y = min(a.y1, b.y1) - max(a.y0, b.y0)
                    assert overlap_x < 1 or overlap_y < 1, (page, a.text, b.text)


@pytest.mark.parametrize("key", ["stage-nl", "stage-en"])
def test_a_header_never_breaks_inside_a_word(demo: Made, key: str) -> None:
    """The coverage table's narrow number columns: each header word stays whole."""
    headers = (
        ["Competenties", "Afgetekend", "Met bewijs", "Met activiteit"]
        if key.endswith("nl")
        else ["Competences", "Signed off", "With evidence", "With activity"]
    )
    found = words(demo.paths[key])
    # The header row: the words within two lines under the first word of "Signed off" that
    # stands on the same line as the first word of "Competences".
    first = headers[1].split()[0]
    anchor = next((
        w for w in found
        if w.text == first
        and any(v.page == w.page and v.text == headers[0] and abs(v.y0 - w.y0) < 1 for v in found)
    ), None)  # fmt: skip
    assert anchor is not None, f"no header row with {headers[0]!r} whole"
    row = {w.text for w in found if w.page == anchor.page and -4 <= w.y0 - anchor.y0 < 20}
    for header in headers:
        assert set(header.split()) <= row, (header, sorted(row))


@pytest.mark.parametrize("text", ["Competences", "Competenties", "Type en datum", "Voortgang"])
def test_fitting_keeps_every_word_on_one_line(text: str) -> None:
    register_fonts()
    style = _Styles().cell_bold_right
    smallest = max(stringWidth(w, style.fontName, 6.0) for w in text.split())  # 6 pt at least
    for width in range(int(smallest) + 1, 90):
        para = Paragraph(text, _fitting(style, text, width))
        para.wrap(width, 1000)
        lines = [" ".join(words) for _, words in para.blPara.lines]
        assert set(" ".join(lines).split()) == set(text.split()), (width, lines)


# -- evidence, outline, contents ------------------------------------------------------------


@pytest.mark.parametrize("key", ["stage-nl", "evc-en"])
def test_evidence_is_listed_by_its_name_and_opens_its_embedded_file(
    candidate: Made, key: str
) -> None:
    path = candidate.paths[key]
    opening = [(page, a) for page, a in annotations(path) if a["subtype"] == "/FileAttachment"]
    names = {e.name for e in candidate.snapshots["nl"].evidence}
    assert {a["file"] for _, a in opening} == names
    found = words(path)
    with pikepdf.open(path) as pdf:
        embedded = {spec.obj.objgen: name for name, spec in pdf.attachments.items()}
        for page, annot in opening:
            member = embedded[annot["spec"]]  # the very file the archive embeds
            assert member.startswith("stageportfolio/evidence/")
            content = pdf.attachments[member].get_file().read_bytes()
            assert content.startswith(b"%PDF-1.4 attest")
            # The annotation lies on the file's name as printed on the page.
            x0, y0, x1, y1 = annot["rect"]
            first = str(annot["file"]).split()[0]
            hits = [
                w for w in found
                if w.page == page and w.text == first and x0 - 1 <= w.x0 <= x1
                and y0 - 1 <= 841.89 - w.y1 <= y1 + 1
            ]  # fmt: skip
            assert hits, annot["file"]
    assert check_pdfa(path.read_bytes()) == []


@pytest.mark.parametrize("key", KEYS)
def test_outline_and_contents_give_the_right_pages(demo: Made, key: str) -> None:
    pages = [flat(p) for p in demo.pages(key)]
    entries = outline(demo.paths[key])
    chapters = [(title, page) for level, title, page in entries if level == 0]
    assert len(chapters) >= 5
    for _level, title, page in entries:
        assert page >= 2 and title[:30] in pages[page - 1], (title, page)
    # The contents on the cover: each chapter with the page the outline opens.
    cover = demo.pages(key)[0]
    for title, page in chapters:
        assert re.search(re.escape(title) + r"[ .]*" + f" {page}\\b", flat(cover)), title
    with pikepdf.open(demo.paths[key]) as pdf:
        assert pdf.Root.PageMode == pikepdf.Name.UseOutlines
    # Each line of the contents is a link to its page.
    links = [a["to_page"] for page, a in annotations(demo.paths[key]) if page == 1]
    assert len(links) >= len(chapters)
    assert {page for _, page in chapters} <= set(links)


def test_the_glossary_explains_the_asterisks(demo: Made) -> None:
    text = flat(demo.text("stage-nl"))
    starred = [c for c in demo.snapshots["nl"].competences if "*" in c.title and c.note]
    assert starred
    assert "* Woorden met een sterretje komen uit de beroepskwalificatie" in text
    glossary_page = flat(demo.pages("stage-nl")[-1] + demo.pages("stage-nl")[-2])
    assert "Woordenlijst" in glossary_page
    for c in starred:
        for entry in glossary(c.note):
            assert f"* {entry[:60]}" in text, entry


# -- the same bytes for the same data and date ----------------------------------------------


def test_same_data_and_date_give_the_same_bytes(demo: Made, tmp_path: Path) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("STAGEPORTFOLIO_HOME", str(demo.folder))
        opened, service = _open(demo.folder)
        try:
            again = portfolio_pdf(service, variant="evc", today=TODAY, lang="en")
        finally:
            opened.engine.dispose()
    assert again == demo.paths["evc-en"].read_bytes()


# -- the document as a whole ----------------------------------------------------------------


@pytest.mark.parametrize("key", KEYS)
def test_archival_clean_and_only_embedded_dejavu(demo: Made, key: str) -> None:
    path = demo.paths[key]
    assert check_pdfa(path.read_bytes()) == []
    proc = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "WARNING" not in (proc.stdout + proc.stderr).upper()
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    lines = out.stdout.splitlines()[2:]
    assert lines and "Helvetica" not in out.stdout
    for line in lines:
        assert "DejaVuSans" in line.split()[0], line
        assert line.split()[-5] == "yes", line  # the emb column


@pytest.mark.parametrize("variant", VARIANTS)
def test_text_is_dutch_and_complete(demo: Made, variant: str) -> None:
    text = demo.text(f"{variant}-nl")
    assert "Lotte Vermeulen" in text
    assert "residentiële ouderenzorg" in text
    assert "230" in text
    assert "Loop nog 70 uur stage" in text  # the open rule's message
    assert "Sint-Jozefsinstituut Brugge" in text
    assert "Leerling" in text
    assert "✓ voldaan" in text and "✗ nog niet" in text
    assert "An Peeters" in text
    assert "Attest EHBO – Rode Kruis Vlaanderen.pdf" in text
    assert demo.snapshots["nl"].evidence[0].sha256 in text.replace(" ", "")
    # Codes and keys are whole (a narrow column never breaks them).
    for sig in demo.snapshots["nl"].signatures:
        assert sig.code in text and sig.fingerprint in text
    last = len(demo.pages(f"{variant}-nl"))
    assert f"pagina {last} van {last}" in text
    with pikepdf.open(demo.paths[f"{variant}-nl"]) as pdf:
        assert str(pdf.Root.Lang) == "nl-BE"
    with pikepdf.open(demo.paths[f"{variant}-en"]) as pdf:
        assert str(pdf.Root.Lang) == "en"


def test_stage_variant_puts_hours_first(demo: Made) -> None:
    text = demo.text("stage-nl").split("\f", 1)[1]  # after the cover and its contents
    assert text.index("Uren per context") < text.index("Competenties en activiteiten")
    assert text.index("Competenties en activiteiten") < text.index("Urenlog per stageplaats")
    assert "WZC Ter Duinen – Afdeling Zeezicht" in text
    assert "mentor: An Peeters" in text


def test_evc_variant_puts_coverage_and_evidence_first(demo: Made) -> None:
    text = demo.text("evc-nl").split("\f", 1)[1]
    assert "bewijs van competenties" in flat(text)
    assert text.index("Dekking van de competenties") < text.index("Urenlog per stageplaats")
    assert text.index("Bijlage A. Bewijsstukken") < text.index("Urenlog per stageplaats")


def test_progress_is_reported_up_to_the_end(demo: Made) -> None:
    calls = demo.progress
    assert len(calls) >= 5
    dones = [done for done, _ in calls]
    assert dones == sorted(dones)
    total = calls[-1][1]
    assert {t for _, t in calls} == {total}
    assert calls[-1] == (total, total)


@pytest.mark.parametrize("variant", VARIANTS)
def test_an_empty_portfolio_renders(tmp_path: Path, variant: Variant) -> None:
    engine = open_database(tmp_path / DB_NAME)
    try:
        opened = Opened(engine=engine, catalog=load_catalog(tmp_path / "lists"))
        service = PortfolioService.create(
            opened, role="evc", name="Samira El Amrani", list_id="evc-zorgkundige"
        )
        snapshot = build_snapshot(service, today=TODAY)
    finally:
        engine.dispose()
    path = tmp_path / "empty.pdf"
    path.write_bytes(render_pdf(snapshot, variant=variant))
    text = flat("\n".join(pages_text(path)))
    assert "Samira El Amrani" in text and "EVC-kandidaat" in text
    assert "Gedekt: 0 van 16 competenties." in text or variant == "stage"
    assert "Nog geen bewijsstukken toegevoegd." in text


def test_snapshot_is_json_friendly(demo: Made) -> None:
    again = json.loads(json.dumps(as_json(demo.snapshots["nl"])))
    assert again["owner"]["name"] == "Lotte Vermeulen"
    assert again["counted_minutes"] == 230 * 60
    assert again["period"]["first"] <= again["period"]["last"]
    assert again["hour_target"]["needed_minutes"] == 300 * 60
    labels = {c for e in again["evidence"] for c in e["competences"]}
    assert any(label.startswith("C") for label in labels)


def test_snapshot_links_signoffs_and_evidence(demo: Made) -> None:
    s = demo.snapshots["nl"]
    assert [t.label for t in s.totals] == ["residentiële ouderenzorg", "thuiszorg"]
    assert [t.label for t in demo.snapshots["en"].totals] == [
        "residential elderly care",
        "home care",
    ]
    assert s.counted_minutes == s.total_minutes == 230 * 60
    signed = [a for c in s.competences for a in c.activities if a.signoff is not None]
    assert signed and all(a.signoff and a.signoff.mentor_name for a in signed)
    assert sum(c.signoff is not None for c in s.competences) == 7
    assert len([c for c in s.competences if c.evidence]) == 4
    assert [p.mentor_name for p in s.placements] == ["An Peeters", "Tom Claes"]
    assert sum(p.minutes for p in s.placements) == 230 * 60


def test_paragraphs_keep_every_line() -> None:
    assert paragraphs("een\n\n  twee  drie \r\nvier\n") == ["een", "twee  drie", "vier"]
    assert paragraphs("   ") == []


def test_unknown_variant_is_refused(demo: Made) -> None:
    with pytest.raises(ValueError):
        render_pdf(demo.snapshots["nl"], variant="brochure")  # type: ignore[arg-type]
