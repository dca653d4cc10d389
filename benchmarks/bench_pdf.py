"""Benchmark of the portfolio PDF (see benchmarks/README.md, section bench_pdf.py).

Builds a one-year portfolio through the services in a temporary folder (--hours hour entries,
--records activity records, a third of them signed off, --evidence evidence items), then times
(a) a plain ReportLab document with the same tables, read straight from the service, against
(b) ``render_pdf(build_snapshot(service))``, best of --repeat, and prints both and the ratio
(aim: at most 1.5x, well under a second).
"""

from __future__ import annotations

import argparse
import gc
import io
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from stageportfolio import paths  # noqa: E402
from stageportfolio.core.catalog import load_catalog  # noqa: E402
from stageportfolio.report.fonts import BOLD, REGULAR, register_fonts  # noqa: E402
from stageportfolio.report.pdf import render_pdf  # noqa: E402
from stageportfolio.services.hours_import import PlannedRow, commit  # noqa: E402
from stageportfolio.services.portfolio import Opened, PortfolioService  # noqa: E402
from stageportfolio.services.snapshot import build_snapshot  # noqa: E402
from stageportfolio.store.db import DB_NAME, open_database, session_scope  # noqa: E402
from stageportfolio.store.models import SignOff  # noqa: E402

LIST_ID = "verzorgende-zorgkundige"
FIRST_DAY = date(2025, 9, 1)
CONTEXTS = [("residentieel", 3), ("ziekenhuis", 2), ("thuiszorg", 2), ("beperking", 1)]
WORDS = [
    "ochtendzorg",
    "team",
    "overleg",
    "zorgdossier",
    "parameters",
    "valpreventie",
    "maaltijd",
    "begeleiding",
    "hygiëne",
    "mantelzorger",
    "observatie",
    "rapportering",
    "wondzorg",
    "animatie",
    "mobiliteit",
    "tillift",
]


def timed(action: Callable[[], Any]) -> float:
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        action()
        return time.perf_counter() - start
    finally:
        gc.enable()


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def build_portfolio(
    folder: Path, *, hours: int, records: int, evidence: int, seed: int
) -> PortfolioService:
    rng = random.Random(seed)
    os.environ[paths.HOME_ENV] = str(folder)  # evidence files go into this folder
    opened = Opened(engine=open_database(folder / DB_NAME), catalog=load_catalog(folder / "lists"))
    service = PortfolioService.create(
        opened,
        role="student",
        name="Jonas De Smet",
        list_id=LIST_ID,
        organisation="Sint-Jozefsinstituut Brugge",
        school_year="2025-2026",
    )
    placements: dict[str, tuple[str, str, str]] = {}
    for i, (context, _) in enumerate(CONTEXTS):
        name = f"Mentor {i + 1} Vandamme"
        mentor = service.add_mentor(name=name, organisation=f"Organisatie {i + 1}")
        placement = service.add_placement(
            organisation=f"Organisatie {i + 1}",
            unit=f"Afdeling {i + 1}",
            context=context,
            start_date=FIRST_DAY,
            end_date=date(2026, 6, 30),
            mentor_id=mentor,
        )
        placements[context] = (placement, mentor, name)
    weekdays = [
        FIRST_DAY + timedelta(days=d)
        for d in range(303)
        if (FIRST_DAY + timedelta(days=d)).weekday() < 5
    ]
    contexts = [c for c, _ in CONTEXTS]
    weights = [w for _, w in CONTEXTS]
    rows = []
    for i in range(hours):
        context = rng.choices(contexts, weights)[0]
        rows.append(
            PlannedRow(
                line=i + 2,
                day=weekdays[i % len(weekdays)],
                context=context,
                minutes=rng.randrange(8, 17) * 15,  # 2 to 4 hours: two entries fit a day
                note=sentence(rng, rng.randrange(0, 12)) if rng.random() < 0.6 else f"dag {i}",
                placement_id=placements[context][0],
            )
        )
    commit(service, rows)

    activities = [
        (comp.id, act.id) for _, comp in service.alist.competences() for act in comp.activities
    ]
    signoffs: list[SignOff] = []
    competences: list[str] = []
    for i in range(records):
        competence, activity = activities[(i * 7) % len(activities)]
        competences.append(competence)
        day = weekdays[(i * 3) % len(weekdays)]
        record = service.save_record(
            activity_id=activity,
            competence_id=competence,
            proposed_level=rng.randrange(1, 4),
            day=day,
            reflection=sentence(rng, rng.randrange(10, 120)),
        )
        if i % 3 == 0:
            _, mentor, name = placements["residentieel"]
            signoffs.append(
                SignOff(
                    portfolio_id=service.info.id,
                    target_kind="activity_record",
                    target_id=record,
                    level=rng.randrange(1, 4),
                    mentor_id=mentor,
                    mentor_name=name,
                    comment=sentence(rng, 6),
                    signed_at=datetime.combine(day, clock(16), tzinfo=UTC),
                )
            )
    with session_scope(service.engine) as session:
        session.add_all(signoffs)
    with tempfile.TemporaryDirectory() as scratch:
        for i in range(evidence):
            path = Path(scratch) / f"Attest {i + 1:02d} {rng.choice(WORDS)}.txt"
            path.write_text(sentence(rng, 40), encoding="utf-8")
            links = rng.sample(sorted(set(competences)), k=min(2, len(set(competences))))
            service.add_evidence(path, description=sentence(rng, 12), links=links)
    return service


def plain_document(service: PortfolioService) -> bytes:
    """The same tables as the portfolio, as a plain ReportLab document (the baseline)."""
    register_fonts()
    cell = ParagraphStyle("c", fontName=REGULAR, fontSize=8.5, leading=11)
    head = ParagraphStyle("h", fontName=BOLD, fontSize=14, leading=18)
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("GRID", (0, 0), (-1, -1), 0.4, "#B9C4CE"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
    width = A4[0] - 40 * mm

    def table(rows: list[list[Any]], widths: list[float]) -> Table:
        t = Table(rows, colWidths=widths, repeatRows=1)
        t.setStyle(style)
        return t

    evaluation = service.evaluation()
    labels = service.catalog.contexts
    texts = {a.id: a.text for _, c in service.alist.competences() for a in c.activities}
    story: list[Any] = [Paragraph(service.info.name, head)]
    story.append(
        table(
            [["Regel", "Status"]]
            + [[Paragraph(r.message("nl"), cell), r.status] for r in evaluation.results],
            [width - 30 * mm, 30 * mm],
        )
    )
    story.append(
        table(
            [["Context", "Minuten"]]
            + [[labels.label(c), str(m)] for c, m in evaluation.totals.items()],
            [width - 30 * mm, 30 * mm],
        )
    )
    story.append(PageBreak())
    story.append(
        table(
            [["Activiteit", "Niveau", "Reflectie"]]
            + [
                [
                    Paragraph(texts.get(r.activity_id, ""), cell),
                    str(r.proposed_level),
                    Paragraph(r.reflection, cell),
                ]
                for r in service.records()
            ],
            [70 * mm, 15 * mm, width - 85 * mm],
        )
    )
    story.append(PageBreak())
    story.append(
        table(
            [["Datum", "Context", "Uren", "Notitie"]]
            + [
                [
                    h.day.isoformat(),
                    Paragraph(labels.label(h.context), cell),
                    str(h.minutes / 60),
                    Paragraph(h.note, cell) if h.note else "",
                ]
                for h in sorted(service.hours(), key=lambda h: h.day)
            ],
            [22 * mm, 42 * mm, 15 * mm, width - 79 * mm],
        )
    )
    story.append(PageBreak())
    story.append(
        table(
            [["Bewijsstuk", "Datum", "SHA-256"]]
            + [
                [Paragraph(e.original_name, cell), e.day.isoformat(), Paragraph(e.sha256, cell)]
                for e in service.evidence()
            ],
            [60 * mm, 22 * mm, width - 82 * mm],
        )
    )
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, initialFontName=REGULAR).build(story)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--hours", type=int, default=300)
    parser.add_argument("--records", type=int, default=150)
    parser.add_argument("--evidence", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        service = build_portfolio(
            Path(tmp) / "portfolio",
            hours=args.hours,
            records=args.records,
            evidence=args.evidence,
            seed=args.seed,
        )
        print(
            f"portfolio: {args.hours} hour entries, {args.records} activity records, "
            f"{args.evidence} evidence items (seed {args.seed}), built in "
            f"{time.perf_counter() - started:.1f} s"
        )
        register_fonts()  # once per process, as in the app; not timed
        sizes: dict[str, int] = {}

        def plain() -> None:
            sizes["plain"] = len(plain_document(service))

        snapshot_times: list[float] = []

        def portfolio() -> None:
            start = time.perf_counter()
            snapshot = build_snapshot(service)
            snapshot_times.append(time.perf_counter() - start)
            sizes["portfolio"] = len(render_pdf(snapshot))

        plain()
        portfolio()  # warm-up: imports, font subsets, the list's cached competences
        base, ours = [], []
        for _ in range(args.repeat):  # take turns, so a burst of load hits both
            base.append(timed(plain))
            ours.append(timed(portfolio))
        service.engine.dispose()
    best_base, best_ours = min(base), min(ours)
    ratio = best_ours / best_base
    verdict = "within aim" if ratio <= 1.5 else "over aim"
    print(f"best of {args.repeat}")
    print(
        f"plain ReportLab document (same tables):  {best_base * 1000:8.1f} ms "
        f"({sizes['plain']:,} bytes)"
    )
    print(
        f"render_pdf(build_snapshot(service)):     {best_ours * 1000:8.1f} ms "
        f"({sizes['portfolio']:,} bytes; snapshot {min(snapshot_times) * 1000:.1f} ms)"
    )
    print(f"ratio portfolio/plain: {ratio:.2f}x (aim: at most 1.5x; {verdict})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
