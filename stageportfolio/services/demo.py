"""A filled example portfolio, to look around in without typing anything first.

``build_demo(folder)`` (re)creates it: Lotte Vermeulen, 7de jaar Verzorgende/zorgkundige at
Sint-Jozefsinstituut Brugge, halfway through her school year. She did a block in a
woonzorgcentrum and is now in home care; 230 hours are counted, so exactly one required rule is
still open (the 300 hours), while the 200 core hours and both required contexts are met.
Reflections and notes never name a client.

This is application wiring (like ``app.py``): it writes through ``PortfolioService`` and the
store's services, never through the ui.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from stageportfolio import paths
from stageportfolio.core.catalog import load_catalog
from stageportfolio.services.portfolio import Opened, PortfolioService
from stageportfolio.store.db import DB_NAME, open_database, session_scope
from stageportfolio.store.models import SignOff

LIST_ID = "verzorgende-zorgkundige"
WZC_DAYS = 20  # 20 x 7,5 h = 150 h residential elderly care
HOME_DAYS = 10  # 10 x 7,5 h + one day of 5 h = 80 h home care; 230 h in all

WZC_NOTES = [
    "Ochtendzorg op de afdeling, eerste dag: rondleiding en kennismaking met het team.",
    "Ochtendzorg samen met de mentor; namiddag animatie in de leefruimte.",
    "Maaltijdbegeleiding en hulp bij het eten en drinken.",
    "Teamoverleg bijgewoond; rapportering in het zorgdossier geoefend.",
    "Parameters genomen (pols, bloeddruk, temperatuur) onder toezicht.",
    "Valpreventie: kamers nagekeken op struikelgevaar.",
    "Wondzorg bekeken met de verpleegkundige.",
    "Vrijetijdsactiviteit: muziekvoormiddag mee georganiseerd.",
]
HOME_NOTES = [
    "Eerste dag thuiszorg: mee op ronde met de mentor.",
    "Hygiënische zorg bij drie zorgvragers thuis.",
    "Afspraken met mantelzorgers genoteerd in het zorgdossier.",
    "Thuisomgeving bekeken op valrisico's en hulpmiddelen.",
    "Steunkousen aangebracht en huid geobserveerd.",
]

# (activity id, competence id, proposed level, reflection, signed level or None)
RECORDS: list[tuple[str, str, int, str, int | None]] = [
    (
        "bkc0023626-c633ff",
        "bkc0023626",
        3,
        "Ik heb de ochtendzorg zelfstandig gedaan en tempo aangepast aan wat de bewoner zelf "
        "nog kan. Volgende keer vraag ik vroeger naar gewoontes.",
        3,
    ),
    (
        "bkc0023631-51f16e",
        "bkc0023631",
        3,
        "Maaltijden rondgebracht en rekening gehouden met dieetfiches. Ik controleer nu altijd "
        "eerst de fiche voor ik iets geef.",
        3,
    ),
    (
        "bkc0023632-5973db",
        "bkc0023632",
        2,
        "Samen met de ergotherapeut een muziekvoormiddag begeleid. Ik durfde nog niet goed "
        "zelf te starten.",
        2,
    ),
    (
        "bkc0023628-704fa2",
        "bkc0023628",
        2,
        "Kamers nagekeken op valrisico's en een losliggend tapijt gemeld aan het team.",
        2,
    ),
    (
        "bkc0023630-399ffd",
        "bkc0023630",
        2,
        "Mijn eerste rapportering in het zorgdossier: kort en feitelijk, zonder mijn eigen "
        "interpretatie. De mentor vulde aan wat ontbrak.",
        None,
    ),
    (
        "bkc0040080-7fc945",
        "bkc0040080",
        2,
        "In de thuiszorg alles klaargezet voor de ochtendzorg voor ik begon. Minder heen en "
        "weer lopen.",
        None,
    ),
    (
        "bkc0040088-191670",
        "bkc0040088",
        3,
        "Tijd genomen om te luisteren tijdens de zorg; merkte dat de zorgvrager daardoor "
        "rustiger werd.",
        None,
    ),
]

# Competences the mentors signed as a whole at level 3 (zelfstandig uitgevoerd).
SIGNED_COMPETENCES: list[tuple[str, str]] = [
    ("bkc0023626", "wzc"),  # Zorgkundige: basiszorg
    ("bkc0023631", "wzc"),  # Zorgkundige: logistieke taken
    ("bkc0023618", "wzc"),  # Zorgkundige: professionele gedragscode
    ("bkc0023621", "wzc"),  # Zorgkundige: samenwerken met de cliënt
    ("bkc0040087", "wzc"),  # Verzorgende: ontspanning en vrije tijd
    ("bkc0040086", "home"),  # Verzorgende: woon- en leefklimaat
    ("bkc0039801", "home"),  # Verzorgende: professionele gedragscodes
]


def school_year_start(today: date) -> date:
    """1 September of the school year ``today`` falls in."""
    year = today.year if today.month >= 9 else today.year - 1
    return date(year, 9, 1)


def _weekdays(start: date, count: int) -> list[date]:
    days: list[date] = []
    day = start
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def _weekdays_ending(last: date, count: int) -> list[date]:
    days: list[date] = []
    day = last
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day -= timedelta(days=1)
    return sorted(days)


def _monday_on_or_after(day: date) -> date:
    return day + timedelta(days=(7 - day.weekday()) % 7)


def demo_dates(today: date) -> tuple[date, date, str]:
    """First day of stage, last day with hours, and the school year.

    Halfway through the school year of ``today``; before November there would be too little to
    show, so the demo then sits in the previous school year.
    """
    start = school_year_start(today)
    if today.month in (9, 10):
        start = date(start.year - 1, 9, 1)
        last = date(start.year + 1, 2, 27)
    else:
        last = min(today - timedelta(days=1), date(start.year + 1, 2, 27))
    school_year = f"{start.year}-{start.year + 1}"
    return _monday_on_or_after(start + timedelta(days=10)), last, school_year


def build_demo(folder: Path, *, today: date | None = None) -> Path:
    """(Re)create the demo portfolio in ``folder`` (erasing what is there) and return it."""
    today = today or date.today()
    folder = Path(folder)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True, mode=0o700)
    engine = open_database(folder / DB_NAME)
    previous = os.environ.get(paths.HOME_ENV)
    os.environ[paths.HOME_ENV] = str(folder)  # evidence files go into the demo's own folder
    try:
        _fill(Opened(engine=engine, catalog=load_catalog(folder / "lists")), today)
    finally:
        engine.dispose()
        if previous is None:
            os.environ.pop(paths.HOME_ENV, None)
        else:
            os.environ[paths.HOME_ENV] = previous
    return folder


def _fill(opened: Opened, today: date) -> None:
    first, last, school_year = demo_dates(today)
    service = PortfolioService.create(
        opened,
        role="student",
        name="Lotte Vermeulen",
        list_id=LIST_ID,
        organisation="Sint-Jozefsinstituut Brugge",
        school_year=school_year,
    )
    an = service.add_mentor(
        name="An Peeters", organisation="WZC Ter Duinen", sector="social_profit"
    )
    tom = service.add_mentor(name="Tom Claes", organisation="Wit-Gele Kruis West-Vlaanderen")

    wzc_days = _weekdays(first, WZC_DAYS)
    home_days = _weekdays_ending(last, HOME_DAYS + 1)
    wzc = service.add_placement(
        organisation="WZC Ter Duinen",
        unit="Afdeling Zeezicht",
        context="residentieel",
        start_date=wzc_days[0],
        end_date=wzc_days[-1],
        mentor_id=an,
    )
    home = service.add_placement(
        organisation="Wit-Gele Kruis West-Vlaanderen",
        unit="Team Brugge-Zuid",
        context="thuiszorg",
        start_date=home_days[0],
        end_date=home_days[-1] + timedelta(days=28),
        mentor_id=tom,
    )
    for index, day in enumerate(wzc_days):
        note = WZC_NOTES[index // 3] if index % 3 == 0 and index // 3 < len(WZC_NOTES) else ""
        service.add_hours(
            day=day, minutes=450, context="residentieel", placement_id=wzc, note=note, today=today
        )
    for index, day in enumerate(home_days):
        minutes = 300 if index == len(home_days) - 1 else 450  # the last day was a short one
        note = HOME_NOTES[index // 2] if index % 2 == 0 and index // 2 < len(HOME_NOTES) else ""
        if minutes == 300:
            note = "Halve dag: namiddag les op school."
        service.add_hours(
            day=day, minutes=minutes, context="thuiszorg", placement_id=home, note=note, today=today
        )

    mentors = {"wzc": (an, "An Peeters", wzc_days), "home": (tom, "Tom Claes", home_days)}
    signoffs: list[SignOff] = []
    for number, (activity, competence, proposed, reflection, signed) in enumerate(RECORDS):
        where = "home" if competence.startswith("bkc004") else "wzc"
        mentor_id, mentor_name, days = mentors[where]
        day = days[min(len(days) - 1, 2 + number * 3 % len(days))]
        record = service.save_record(
            activity_id=activity,
            competence_id=competence,
            proposed_level=proposed,
            day=day,
            reflection=reflection,
            today=today,
        )
        if signed is not None:
            signoffs.append(
                _signoff(service, "activity_record", record, signed, mentor_id, mentor_name, day)
            )
    for competence, where in SIGNED_COMPETENCES:
        mentor_id, mentor_name, days = mentors[where]
        signoffs.append(
            _signoff(service, "competence", competence, 3, mentor_id, mentor_name, days[-1])
        )
    # No service adds a sign-off yet (the mentor sign-off feature will): add the rows here.
    with session_scope(opened.engine) as session:
        session.add_all(signoffs)
    _add_evidence(service, today)


# Two attests of the kind students collect; made here as small PDFs (no real persons).
DEMO_EVIDENCE = (
    (
        "Attest EHBO – Rode Kruis Vlaanderen.pdf",
        "Attest eerste hulp (basiscursus EHBO, 12 uur).",
        ("bkc0023629", "bkc0039986"),
    ),
    (
        "Deelname vorming tilhulpmiddelen.pdf",
        "Interne vorming in het woonzorgcentrum over veilig werken met tilliften.",
        ("bkc0023626", "bkc0023628"),
    ),
)


def _add_evidence(service: PortfolioService, today: date) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    with tempfile.TemporaryDirectory() as scratch:
        for name, description, links in DEMO_EVIDENCE:
            path = Path(scratch) / name
            pdf = Canvas(str(path), pagesize=A4, initialFontName="Helvetica")
            pdf.setTitle(name.removesuffix(".pdf"))
            pdf.drawString(72, 770, name.removesuffix(".pdf"))
            pdf.drawString(72, 750, description)
            pdf.drawString(72, 730, f"Lotte Vermeulen – {today.year}")
            pdf.save()
            service.add_evidence(path, description=description, links=links)


def _signoff(
    service: PortfolioService,
    kind: str,
    target: str,
    level: int,
    mentor_id: str,
    mentor_name: str,
    day: date,
) -> SignOff:
    return SignOff(
        portfolio_id=service.info.id,
        target_kind=kind,
        target_id=target,
        level=level,
        mentor_id=mentor_id,
        mentor_name=mentor_name,
        comment="Goed opgevolgd op de werkvloer." if level >= 3 else "",
        signed_at=datetime.combine(day, time(16, 0), tzinfo=UTC),
    )
