"""Realistic students for school mode, made with the app's own services: a generator for the
school benchmarks (``bench_school.py``), the school tests and the coordinator walk-through
(``school_walkthrough.py``).

Each student gets a portfolio in a folder of their own (``STAGEPORTFOLIO_HOME``), on a list
(7de jaar Verzorgende/zorgkundige or Gezondheidszorg), with a school year of stage: two
placements (residential elderly care, then home care or a hospital), an hour entry on most
weekdays of the placement periods, activity proposals, and mentor sign-offs made with the
mentors' Ed25519 keys exactly as a mentor's app makes them (statement version 2, stored as
``signoff-import`` stores them). Mentor cards are vouched for by the school key
(``services.school.vouch``) and added with ``mentor-cards-import``'s service. Exports are the
app's own archive (``export``) or archival PDF (``export-pdf``).

    python3 benchmarks/school_students.py OUT --students 400 --kind archive
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from stageportfolio.core import signing  # noqa: E402
from stageportfolio.services import checks, hours_import, school  # noqa: E402
from stageportfolio.services.portfolio import Opened, PortfolioService  # noqa: E402
from stageportfolio.store import queries, signing_store  # noqa: E402
from stageportfolio.store.db import open_database, session_scope  # noqa: E402

SCHOOL_NAME = "Sint-Jozefsinstituut Brugge"
SCHOOL_PASSPHRASE = "kleurrijke olifant danst traag op de markt"
FIRST_NAMES = (
    "Lotte", "Emma", "Noor", "Lina", "Fien", "Ella", "Mila", "Nina", "Amber", "Julie", "Yana",
    "Sara", "Lars", "Milan", "Arne", "Jonas", "Wout", "Senne", "Rune", "Amira", "Yasmine",
    "Ibrahim", "Zoë", "Chloë", "Elif",
)  # fmt: skip
LAST_NAMES = (
    "Vermeulen", "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes",
    "Goossens", "Wouters", "De Smet", "Dubois", "Lambert", "Dupont", "Hermans", "Aerts",
    "Van den Broeck", "De Backer", "Bogaert", "El Amrani", "Yılmaz", "Van Damme",
)  # fmt: skip
PLACES = (
    ("WZC De Linde", "residentieel", "social_profit"),
    ("WZC Ter Duinen", "residentieel", "social_profit"),
    ("WZC Hof ter Weyden", "residentieel", "local_government"),
    ("AZ Sint-Jan", "ziekenhuis", "social_profit"),
    ("Wit-Gele Kruis West-Vlaanderen", "thuiszorg", "social_profit"),
    ("i-mens thuiszorg", "thuiszorg", "social_profit"),
)
LISTS = ("verzorgende-zorgkundige", "gezondheidszorg")


@dataclass(frozen=True)
class Mentor:
    name: str
    organisation: str
    context: str
    sector: str
    key: Ed25519PrivateKey

    @property
    def public_key(self) -> str:
        return signing.public_key_text(self.key.public_key())

    @property
    def fingerprint(self) -> str:
        return signing.fingerprint(self.public_key)

    def card(self) -> dict[str, Any]:
        return {
            "format": "stageportfolio-mentor-card",
            "version": 1,
            "name": self.name,
            "organisation": self.organisation,
            "sector": self.sector,
            "public_key": self.public_key,
            "fingerprint": self.fingerprint,
        }


@dataclass
class World:
    """A school (its key in ``school_home``) and the mentors of its placements."""

    school_home: Path
    identity: school.SchoolIdentity
    mentors: list[Mentor]
    vouched: dict[str, dict[str, Any]] = field(default_factory=dict)  # public key -> card
    template: Path | None = None


@contextmanager
def home(folder: Path) -> Iterator[Path]:
    """Run the app's services with ``folder`` as the data folder."""
    before = os.environ.get("STAGEPORTFOLIO_HOME")
    os.environ["STAGEPORTFOLIO_HOME"] = str(folder)
    try:
        yield folder
    finally:
        if before is None:
            os.environ.pop("STAGEPORTFOLIO_HOME", None)
        else:
            os.environ["STAGEPORTFOLIO_HOME"] = before


def make_world(school_home: Path, *, seed: int = 2026, today: date | None = None) -> World:
    """The school key (sealed, in ``school_home/school``) and two mentors per placement, each
    vouched for by the school once the mentor gave their fingerprint."""
    rng = random.Random(seed)
    with home(school_home):
        identity = school.create_school(SCHOOL_NAME, SCHOOL_PASSPHRASE, replace=True)
    mentors = []
    for organisation, context, sector in PLACES:
        for _ in range(2):
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
            mentors.append(
                Mentor(name, organisation, context, sector, Ed25519PrivateKey.generate())
            )
    world = World(school_home, identity, mentors)
    for mentor in mentors:
        world.vouched[mentor.public_key] = vouch(world, mentor.card(), today=today)
    return world


def vouch(world: World, card: dict[str, Any], *, today: date | None = None) -> dict[str, Any]:
    with home(world.school_home):
        return school.vouch(
            school.read_card(card, "mentorkaart"),
            world.identity,
            SCHOOL_PASSPHRASE,
            checked_fingerprint=card["fingerprint"],
            today=today or date(2025, 9, 15),
            valid_from=date(2025, 9, 1),
            valid_until=date(2027, 8, 31),
        )


def _template(world: World) -> Path:
    """An empty, migrated portfolio database to copy (saves Alembic's start for each student)."""
    if world.template is None or not world.template.exists():
        folder = Path(tempfile.mkdtemp(prefix="stageportfolio-template-"))
        engine = open_database(folder / "portfolio.sqlite3")
        engine.dispose()
        world.template = folder / "portfolio.sqlite3"
    return world.template


def weekdays(start: date, end: date) -> list[date]:
    return [start + timedelta(days=n) for n in range((end - start).days + 1)
            if (start + timedelta(days=n)).weekday() < 5]  # fmt: skip


@dataclass(frozen=True)
class Plan:
    """What one student did: who, which list, how much, and what a mentor signed."""

    name: str
    list_id: str = "verzorgende-zorgkundige"
    school_year: str = "2025-2026"
    first_day: date = date(2025, 10, 6)
    last_day: date = date(2026, 5, 29)
    days_share: float = 0.45  # of the weekdays in the placement periods, the stage days
    signed_share: float = 0.85  # of the hour entries, the ones a mentor signed
    activities: int = 30
    seed: int = 0
    mentors: tuple[int, int] = (0, 8)  # indexes into World.mentors: residential, then other
    vouched_cards: bool = True  # the pupil added the school-vouched cards of their mentors
    # A mentor key the pupil made, "vouched for" by a school key the pupil made too: it signs
    # the hours of the second placement.
    self_made_mentor: bool = False
    # After the sign-offs: "changed" edits a signed hour entry in the app (confirmed change);
    # "invalid" edits a signed sign-off's comment in the pupil's own database (a forgery).
    tamper: str | None = None


def make_student(world: World, folder: Path, plan: Plan) -> PortfolioService:
    """A portfolio in ``folder`` (its data folder), filled and signed as ``plan`` says.
    The caller disposes ``service.engine``."""
    from stageportfolio.core.catalog import load_catalog
    from stageportfolio.services.signoffs import SignOffService

    rng = random.Random(plan.seed)
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_template(world), folder / "portfolio.sqlite3")
    with home(folder):
        opened = Opened(open_database(folder / "portfolio.sqlite3"), load_catalog())
        service = PortfolioService.create(
            opened,
            role="student",
            name=plan.name,
            list_id=plan.list_id,
            organisation=SCHOOL_NAME,
            school_year=plan.school_year,
        )
        middle = plan.first_day + (plan.last_day - plan.first_day) / 2
        periods = [(plan.first_day, middle), (middle + timedelta(days=1), plan.last_day)]
        rows: list[hours_import.PlannedRow] = []
        signers: dict[str, Mentor] = {}
        for (start, end), index in zip(periods, plan.mentors, strict=True):
            mentor = world.mentors[index]
            mentor_id = service.add_mentor(
                name=mentor.name, organisation=mentor.organisation, sector=mentor.sector
            )
            placement_id = service.add_placement(
                organisation=mentor.organisation,
                context=mentor.context,
                start_date=start,
                end_date=end,
                mentor_id=mentor_id,
            )
            for day in weekdays(start, end):
                if rng.random() < plan.days_share:
                    rows.append(
                        hours_import.PlannedRow(
                            line=len(rows) + 2,
                            day=day,
                            context=mentor.context,
                            minutes=rng.choice((360, 420, 450, 480)),
                            placement_id=placement_id,
                        )
                    )
                    signers[f"{day.isoformat()}|{placement_id}"] = mentor
        hours_import.commit(service, rows)
        activities = [
            (competence, activity)
            for competence, acts in service.alist.activities_by_competence().items()
            for activity in acts
        ]
        rng.shuffle(activities)
        for competence, activity in activities[: plan.activities]:
            service.save_record(
                activity_id=activity,
                competence_id=competence,
                proposed_level=rng.choice((1, 2, 3)),
                day=plan.first_day
                + timedelta(days=rng.randrange((plan.last_day - plan.first_day).days)),
                reflection="Ik heb dit geoefend onder begeleiding.",
            )
        extra_cards: list[dict[str, Any]] = []
        if plan.self_made_mentor:
            fake, card = self_made_mentor(world.mentors[plan.mentors[1]])
            second = periods[1]
            for key in list(signers):
                if date.fromisoformat(key.split("|")[0]) >= second[0]:
                    signers[key] = fake
            extra_cards.append(card)
        sign_all(service, signers, plan, rng)
        if plan.vouched_cards or extra_cards:
            used = {m.public_key for m in signers.values()} if plan.vouched_cards else set()
            cards = [world.vouched[key] for key in sorted(used) if key in world.vouched]
            cards += extra_cards
            if cards:
                card_file = folder / "kaarten.json"
                card_file.write_text(json.dumps(cards), encoding="utf-8")
                SignOffService(service).import_mentor_cards(card_file)
                card_file.unlink()
        if plan.tamper is not None:
            tamper(service, plan.tamper)
    return service


def self_made_mentor(real: Mentor) -> tuple[Mentor, dict[str, Any]]:
    """What a pupil can make alone: a key in their mentor's name and a card for it, signed by a
    "school" key the pupil made as well. Every signature verifies; none is the school's."""
    from stageportfolio.core.signoff_formats import SchoolRef, VouchedCard, vouch_statement

    fake = Mentor(
        real.name, real.organisation, real.context, real.sector, Ed25519PrivateKey.generate()
    )
    school_key = Ed25519PrivateKey.generate()
    school_public = signing.public_key_text(school_key.public_key())
    ref = SchoolRef(
        name=SCHOOL_NAME, public_key=school_public, fingerprint=signing.fingerprint(school_public)
    )
    body = school.read_card(fake.card(), "mentorkaart").body()
    moment = datetime(2025, 9, 20, 10, 0, tzinfo=UTC)
    start, end = date(2025, 9, 1), date(2027, 8, 31)
    message = vouch_statement(
        body, school=ref, valid_from=start, valid_until=end, vouched_at=moment
    )
    card = VouchedCard(
        format="stageportfolio-vouched-mentor-card",
        version=1,
        card=body,
        valid_from=start,
        valid_until=end,
        school=ref,
        vouched_at=moment,
        signature=signing.sign(school_key, message),
    )
    return fake, json.loads(card.model_dump_json())


def tamper(service: PortfolioService, how: str) -> None:
    """Change a signed item after its sign-off (``changed``: with the app, confirming the
    question) or forge a sign-off in the pupil's own database (``invalid``)."""
    import sqlite3

    with session_scope(service.engine) as session:
        loaded = checks.load(session, service.info.id)
    signed = [r for r in loaded.signoffs if r.target_kind == "hour_entry"]
    if not signed:
        raise ValueError("nothing signed to tamper with")
    target = loaded.hours[signed[0].target_id]
    if how == "changed":
        service.update_hours(
            target.id,
            day=target.day,
            minutes=target.minutes + 60,
            context=target.context,
            placement_id=target.placement_id,
            note="",
            confirm_signed=True,
        )
    elif how == "invalid":
        database = service.engine.url.database
        assert database is not None
        service.engine.dispose()
        with sqlite3.connect(database) as connection:
            connection.execute(
                "UPDATE signoff SET comment = 'goed gewerkt' WHERE id = ?", (signed[0].id,)
            )
    else:
        raise ValueError(f"unknown tampering {how!r}")


def sign_all(
    service: PortfolioService, signers: dict[str, Mentor], plan: Plan, rng: random.Random
) -> None:
    """Mentor sign-offs for ``plan.signed_share`` of the hours and the activities, signed the
    day after, at 16:00 UTC."""
    rows = []
    with session_scope(service.engine) as session:
        loaded = checks.load(session, service.info.id)
        placements = {
            p.id: p for p in queries.list_placements(session, portfolio_id=service.info.id)
        }
    mentor_of_placement: dict[str, Mentor] = {}
    for key, mentor in signers.items():
        mentor_of_placement[key.split("|")[1]] = mentor
    for hour in loaded.hours.values():
        if rng.random() >= plan.signed_share or hour.placement_id is None:
            continue
        mentor = mentor_of_placement[hour.placement_id]
        rows.append(_signed(service, loaded, mentor, "hour_entry", hour.id, None,
                            checks.hour_item(hour), hour.day))  # fmt: skip
    mentors = list(mentor_of_placement.values())
    for record in loaded.records.values():
        if rng.random() >= plan.signed_share or not mentors:
            continue
        mentor = mentors[rng.randrange(len(mentors))]
        level = record.proposed_level
        rows.append(_signed(service, loaded, mentor, "activity_record", record.id, level,
                            checks.record_item(record, level), record.day))  # fmt: skip
    del placements
    with session_scope(service.engine) as session:
        signing_store.add_signoffs(session, portfolio_id=service.info.id, rows=rows)


def _signed(
    service: PortfolioService,
    loaded: checks.Loaded,
    mentor: Mentor,
    kind: str,
    target: str,
    level: int | None,
    item: dict[str, Any],
    day: date,
) -> signing_store.NewSignOff:
    signed_at = datetime.combine(day + timedelta(days=1), time(16, 0), tzinfo=UTC)
    message = signing.statement(
        item,
        portfolio_id=service.info.id,
        learner=loaded.learner,
        signer=mentor.name,
        key_fingerprint=mentor.fingerprint,
        signed_at=signed_at,
        comment="",
        decision="approve",
    )
    return signing_store.NewSignOff(
        target_kind=kind,
        target_id=target,
        level=level,
        mentor_id=None,
        mentor_name=mentor.name,
        comment="",
        signed_at=signed_at,
        payload=message.decode("utf-8"),
        signature=signing.sign(mentor.key, message),
        key_fingerprint=mentor.fingerprint,
        public_key=mentor.public_key,
    )


def export(service: PortfolioService, out: Path, kind: str = "archive") -> Path:
    """The student's export, as the app makes it: ``export`` (archive) or ``export-pdf``."""
    from stageportfolio.services.archive_lists import export_portfolio
    from stageportfolio.services.pdf_export import portfolio_pdf

    out.parent.mkdir(parents=True, exist_ok=True)
    with home(service_home(service)):
        if kind == "pdf":
            out.write_bytes(portfolio_pdf(service))
        else:
            export_portfolio(service.engine, service.catalog, out)
    return out


def service_home(service: PortfolioService) -> Path:
    database = service.engine.url.database
    assert database is not None
    return Path(database).parent


def plans(count: int, *, seed: int = 2026) -> list[Plan]:
    """``count`` students with varied names, lists, pace and signing."""
    rng = random.Random(seed)
    out = []
    seen: set[str] = set()
    for number in range(count):
        while True:
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
            if name not in seen or len(seen) >= len(FIRST_NAMES) * len(LAST_NAMES):
                break
        if name in seen:
            name = f"{name} {number}"
        seen.add(name)
        residential = rng.choice((0, 1, 2, 3, 4, 5))
        other = rng.choice((6, 7, 8, 9, 10, 11))
        out.append(
            Plan(
                name=name,
                list_id=LISTS[number % len(LISTS)],
                days_share=rng.uniform(0.22, 0.42),
                signed_share=rng.uniform(0.6, 0.98),
                activities=rng.randrange(15, 45),
                seed=rng.randrange(1 << 30),
                mentors=(residential, other),
            )
        )
    return out


def generate(out: Path, count: int, *, kind: str = "archive", seed: int = 2026) -> World:
    """``count`` exports in ``out/exports`` and the school in ``out/school-home``."""
    exports = out / "exports"
    exports.mkdir(parents=True, exist_ok=True)
    world = make_world(out / "school-home", seed=seed)
    work = Path(tempfile.mkdtemp(prefix="stageportfolio-students-"))
    try:
        for number, plan in enumerate(plans(count, seed=seed), start=1):
            service = make_student(world, work / f"s{number:04d}", plan)
            try:
                suffix = "pdf" if kind == "pdf" else "zip"
                export(
                    service, exports / f"{number:04d}-{plan.name.replace(' ', '_')}.{suffix}", kind
                )
            finally:
                service.engine.dispose()
            shutil.rmtree(work / f"s{number:04d}", ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return world


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path)
    parser.add_argument("--students", type=int, default=40)
    parser.add_argument("--kind", choices=("archive", "pdf"), default="archive")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    generate(args.out, args.students, kind=args.kind, seed=args.seed)
    print(
        f"{args.students} exports in {args.out / 'exports'}; school in {args.out / 'school-home'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
