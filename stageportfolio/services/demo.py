"""A filled example portfolio, to look around in without typing anything first.

``build_demo(folder)`` (re)creates it: Lotte Vermeulen, 7de jaar Verzorgende/zorgkundige at
Sint-Jozefsinstituut Brugge, halfway through her school year. She did a block in a
woonzorgcentrum and is now in home care; 230 hours are counted, so exactly one required rule is
still open (the 300 hours), while the 200 core hours and both required contexts are met.
Reflections and notes never name a client.

The sign-offs are real, made the way they are made outside the demo: An Peeters (WZC) and Tom
Claes (home care) each sign a request from their own app (a key made for the demo and then
forgotten; no mentor key is kept on Lotte's laptop). A demo school key vouched for An's mentor
card, not for Tom's; its public part is written next to the demo as ``demoschool.pub``, so
``stageportfolio verify`` can be tried on the demo's PDF. One hour entry was changed after An
signed it (it shows as changed and counts as unconfirmed) and Tom did not agree with one day
("niet akkoord", with his reason).

This is application wiring (like ``app.py``): it writes through ``PortfolioService`` and the
store's services, never through the ui.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from stageportfolio import paths
from stageportfolio.core import clock, signing
from stageportfolio.core.catalog import load_catalog
from stageportfolio.core.schedule import WORKING_WEEK, Schedule
from stageportfolio.core.signoff_formats import (
    CardBody,
    SchoolKey,
    SchoolRef,
    file_bytes,
)
from stageportfolio.services.portfolio import Opened, PortfolioService
from stageportfolio.services.sign import Decision, response_file, sign_item
from stageportfolio.services.signoffs import SignOffService
from stageportfolio.store.db import DB_NAME, open_database

LIST_ID = "verzorgende-zorgkundige"
WZC_DAYS = 20  # 20 x 7,5 h = 150 h residential elderly care
HOME_DAYS = 10  # 10 x 7,5 h + one day of 5,5 h = 80,5 h home care; 230 h in all
SCHOOL = "Sint-Jozefsinstituut Brugge"
SCHOOL_KEY_FILE = "demoschool.pub"
# The one WZC day Lotte corrected after An had signed it: 7 h instead of 7,5 h.
CHANGED_DAY_INDEX, CHANGED_MINUTES = 4, 420
# The home-care day Tom did not agree with.
REFUSED_DAY_INDEX = 6
REFUSAL = "Die dag was je met Sarah op ronde, niet met mij; vraag het haar."

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
    today = today or clock.today()
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
        schedule=Schedule(WORKING_WEEK, 450),  # Monday to Friday, 7,5 hours
    )
    home = service.add_placement(
        organisation="Wit-Gele Kruis West-Vlaanderen",
        unit="Team Brugge-Zuid",
        context="thuiszorg",
        start_date=home_days[0],
        end_date=home_days[-1] + timedelta(days=28),
        mentor_id=tom,
        schedule=Schedule(WORKING_WEEK, 450),
    )
    for index, day in enumerate(wzc_days):
        note = WZC_NOTES[index // 3] if index % 3 == 0 and index // 3 < len(WZC_NOTES) else ""
        service.add_hours(
            day=day, minutes=450, context="residentieel", placement_id=wzc, note=note, today=today
        )
    for index, day in enumerate(home_days):
        # The last day was a short one; with the corrected WZC day, 230 hours in all.
        minutes = 330 if index == len(home_days) - 1 else 450
        note = HOME_NOTES[index // 2] if index % 2 == 0 and index // 2 < len(HOME_NOTES) else ""
        if minutes == 330:
            note = "Halve dag: namiddag les op school."
        service.add_hours(
            day=day, minutes=minutes, context="thuiszorg", placement_id=home, note=note, today=today
        )

    records: dict[str, str] = {}
    signed_levels: dict[str, int] = {}
    for number, (activity, competence, proposed, reflection, signed) in enumerate(RECORDS):
        where = "home" if competence.startswith("bkc004") else "wzc"
        days = wzc_days if where == "wzc" else home_days
        day = days[min(len(days) - 1, 2 + number * 3 % len(days))]
        record = service.save_record(
            activity_id=activity,
            competence_id=competence,
            proposed_level=proposed,
            day=day,
            reflection=reflection,
            today=today,
        )
        records[record] = where
        if signed is not None:
            signed_levels[record] = signed

    an_key, tom_key = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    school_key = Ed25519PrivateKey.generate()
    an_card = _card(an_key, "An Peeters", "WZC Ter Duinen")
    _vouch(service, school_key, an_card, first, folder=opened_folder(opened))
    signoffs = SignOffService(service)
    for mentor_id, key, where in ((an, an_key, "wzc"), (tom, tom_key, "home")):
        competences = [c for c, w in SIGNED_COMPETENCES if w == where]
        _mentor_signs(
            signoffs, mentor_id, key, signed_levels, competences,
            refused={home_days[REFUSED_DAY_INDEX]} if where == "home" else set(),
            signed_at=datetime.combine(
                (wzc_days if where == "wzc" else home_days)[-1], time(16, 0), tzinfo=UTC
            ),
        )  # fmt: skip
    # Lotte corrected one day after An had signed it: that entry needs a new sign-off.
    changed = next(h for h in service.hours() if h.day == wzc_days[CHANGED_DAY_INDEX])
    service.update_hours(
        changed.id, day=changed.day, minutes=CHANGED_MINUTES, context=changed.context,
        placement_id=changed.placement_id, note="Een halfuur vroeger vertrokken (tandarts).",
        today=today, confirm_signed=True,
    )  # fmt: skip
    _add_evidence(service, today)


def opened_folder(opened: Opened) -> Path:
    database = opened.engine.url.database
    assert database is not None
    return Path(database).parent


def _card(key: Ed25519PrivateKey, name: str, organisation: str) -> CardBody:
    public = signing.public_key_text(key.public_key())
    return CardBody(
        name=name,
        organisation=organisation,
        sector="social_profit",
        public_key=public,
        fingerprint=signing.fingerprint(public),
    )


def _vouch(
    service: PortfolioService,
    school_key: Ed25519PrivateKey,
    card: CardBody,
    first: date,
    *,
    folder: Path,
) -> None:
    """What ``school-vouch`` does with the demo school's key; the card goes in the portfolio
    as ``mentor-cards-import`` puts it there, and the school's public key next to the demo."""
    from stageportfolio.services.school import default_valid_until, signed_card

    public = signing.public_key_text(school_key.public_key())
    school = SchoolRef(name=SCHOOL, public_key=public, fingerprint=signing.fingerprint(public))
    start = date(first.year if first.month >= 9 else first.year - 1, 9, 1)
    until = default_valid_until(first)
    moment = datetime.combine(first, time(9, 0), tzinfo=UTC)
    vouched = signed_card(
        card, school, school_key, valid_from=start, valid_until=until, vouched_at=moment
    )
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "an.mentorkaart.json"
        path.write_bytes(file_bytes(vouched))
        SignOffService(service).import_mentor_cards(path)
    pub = SchoolKey(format="stageportfolio-school-key", version=1, **school.model_dump())
    (folder / SCHOOL_KEY_FILE).write_bytes(file_bytes(pub))


def _mentor_signs(
    signoffs: Any,
    mentor_id: str,
    key: Ed25519PrivateKey,
    levels: dict[str, int],
    competences: list[str],
    *,
    refused: set[date],
    signed_at: datetime,
) -> None:
    """The mentor's own app answering Lotte's request: the items of this mentor (activities
    with a level in ``levels``), the competences as a whole at level 3, one day refused."""
    request = json.loads(signoffs.request_bytes(mentor_id=mentor_id))
    mentor = next(m for m in signoffs.service.mentors() if m.id == mentor_id)
    public = signing.public_key_text(key.public_key())
    fp = signing.fingerprint(public)
    learner = request["portfolio"]["name"]
    items = [entry["item"] for entry in request["items"]]
    items += [{"kind": "competence", "id": c, "level": 3} for c in competences]
    signatures = []
    for item in items:
        decision = Decision(approve=True)
        if item["kind"] == "activity_record":
            if item["id"] not in levels:
                continue
            level = levels[item["id"]]
            comment = "Goed opgevolgd op de werkvloer." if level >= 3 else ""
            decision = Decision(approve=True, level=level, comment=comment)
        elif item["kind"] == "competence":
            decision = Decision(approve=True, comment="Goed opgevolgd op de werkvloer.")
        elif date.fromisoformat(item["day"]) in refused:
            decision = Decision(approve=False, refuse=True, comment=REFUSAL)
        signatures.append(
            sign_item(
                item, decision, private=key, portfolio_id=request["portfolio"]["id"],
                learner=learner, signer=mentor.name, key_fingerprint=fp, signed_at=signed_at,
            )
        )  # fmt: skip
    response = response_file(
        portfolio_id=request["portfolio"]["id"], name=mentor.name,
        organisation=mentor.organisation, sector=mentor.sector, public_key=public,
        signatures=signatures,
    )  # fmt: skip
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "aftekening.json"
        path.write_bytes(response)
        # The demo's own moment: it may be built for another day than today (tests do).
        summary = signoffs.import_response(path, now=signed_at)
    assert not summary.refused, summary.refused


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
            font: Any = "Helvetica"  # a font name (types-reportlab types it as a float)
            pdf = Canvas(str(path), pagesize=A4, initialFontName=font)
            pdf.setTitle(name.removesuffix(".pdf"))
            pdf.drawString(72, 770, name.removesuffix(".pdf"))
            pdf.drawString(72, 750, description)
            pdf.drawString(72, 730, f"Lotte Vermeulen – {today.year}")
            pdf.save()
            service.add_evidence(path, description=description, links=links)
