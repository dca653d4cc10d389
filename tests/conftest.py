"""Test harness: offscreen Qt, no test ever touches the real home folder, time is an input, and
a skipped test fails the run.

Time: the app asks ``stageportfolio.core.clock`` for today and now. A test that depends on the
date takes the ``fixed_today`` fixture and then runs once on each of :data:`FIXED_DATES`, with
the clock (and ``date.today()``, ``datetime.now()``, ``time.time()``) moved there by
time-machine. The whole session can be moved too, to prove that nothing depends on the real
date::

    ./dev test --today 2028-02-29               # 10:00 in Brussels that day
    ./dev test --today 2027-01-01T00:30         # or a given local time
    STAGEPORTFOLIO_TEST_TODAY=2027-08-31 ./dev test
    faketime -f "@2027-02-28 10:00:00" ./dev test   # libfaketime, for every process

With ``--today``, child processes (the CLI, benchmarks) follow through libfaketime when it is
installed (Debian: faketime); the report header says which clock they use.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from time_machine import TimeMachineFixture, travel

from stageportfolio.core import clock

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

BRUSSELS = ZoneInfo("Europe/Brussels")
# New Year's Day, a leap day, the last day of a school year and the first of the next, New
# Year's Eve: where a school year, a month or a year turns.
FIXED_DATES = (
    date(2027, 1, 1),
    date(2028, 2, 29),
    date(2027, 8, 31),
    date(2027, 9, 1),
    date(2026, 12, 31),
)
# Just after midnight in Brussels the UTC date is still yesterday's: the hardest hour for
# code that mixes a timestamp's date with today.
FIXED_TIME = time(0, 30)
SESSION_TIME = time(10, 0)
TODAY_ENV = "STAGEPORTFOLIO_TEST_TODAY"
LIBFAKETIME = (
    Path("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"),
    Path("/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1"),
    Path("/usr/lib/faketime/libfaketime.so.1"),
)


def moment(day: date, at: time) -> datetime:
    """``day`` at local time ``at`` in Brussels (time-machine then mocks that time zone too)."""
    return datetime.combine(day, at, tzinfo=BRUSSELS)


# -- the whole session on another day ---------------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--today",
        metavar="YYYY-MM-DD[THH:MM]",
        default=os.environ.get(TODAY_ENV) or None,
        help=(
            "run the whole session as if it were this day (10:00 in Brussels unless a time is "
            f"given), with time-machine; also ${TODAY_ENV}"
        ),
    )


def _session_moment(text: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise pytest.UsageError(f"--today {text!r}: write a date as 2027-01-01") from None
    if len(text) <= 10:  # a date alone
        return moment(parsed.date(), SESSION_TIME)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=BRUSSELS)


def pytest_configure(config: pytest.Config) -> None:
    text = config.getoption("--today")
    if not text:
        return
    target = _session_moment(str(text))
    traveller = travel(target, tick=True)
    traveller.start()
    config.stash[_TRAVEL] = traveller
    library = next((p for p in LIBFAKETIME if p.is_file()), None)
    if library is not None:  # child processes follow through libfaketime
        preload = os.environ.get("LD_PRELOAD", "")
        os.environ["LD_PRELOAD"] = f"{library} {preload}".strip()
        os.environ["FAKETIME"] = "@" + target.strftime("%Y-%m-%d %H:%M:%S")
    config.stash[_CHILDREN] = str(library) if library else "the real clock (no libfaketime)"


def pytest_unconfigure(config: pytest.Config) -> None:
    traveller = config.stash.get(_TRAVEL, None)
    if traveller is not None:
        traveller.stop()


def pytest_report_header(config: pytest.Config) -> list[str]:
    if _TRAVEL not in config.stash:
        return []
    return [
        f"today: {clock.today().isoformat()} ({clock.now().astimezone().isoformat()}), "
        f"child processes: {config.stash[_CHILDREN]}"
    ]


_TRAVEL = pytest.StashKey[travel]()
_CHILDREN = pytest.StashKey[str]()


# -- one test on each of the fixed dates ----------------------------------------------------


@pytest.fixture(params=FIXED_DATES, ids=date.isoformat)
def fixed_today(request: pytest.FixtureRequest, time_machine: TimeMachineFixture) -> date:
    """Run the test on each of :data:`FIXED_DATES` (00:30 in Brussels); the value is that day."""
    day: date = request.param
    time_machine.move_to(moment(day, FIXED_TIME), tick=True)
    assert clock.today() == date.today() == day
    return day


# -- a skip is a failure ----------------------------------------------------------------------

_SKIPPED: list[str] = []  # "node id (skipped): reason", for this session


def _note(report: pytest.TestReport | pytest.CollectReport) -> None:
    wasxfail = getattr(report, "wasxfail", None)
    if not report.skipped and wasxfail is None:
        return
    if wasxfail is not None:
        kind, reason = "xfail", str(wasxfail)
    elif isinstance(report.longrepr, tuple):
        kind, reason = "skipped", str(report.longrepr[2]).removeprefix("Skipped: ")
    else:
        kind, reason = "skipped", str(report.longrepr)
    _SKIPPED.append(f"{report.nodeid or '(collection)'} ({kind}): {reason}")


def pytest_sessionstart(session: pytest.Session) -> None:
    _SKIPPED.clear()


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    _note(report)


def pytest_collectreport(report: pytest.CollectReport) -> None:
    _note(report)


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _SKIPPED and exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _SKIPPED:
        return
    terminalreporter.section("a skipped test fails this run", sep="=", red=True, bold=True)
    terminalreporter.line(
        f"{len(_SKIPPED)} test(s) did not run. Every test runs on a plain clone: tests carry "
        "their own data (sources/, tests/data/); a tool they need belongs in .ci/run."
    )
    for line in _SKIPPED:
        terminalreporter.line(f"  {line}")


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "home"
    monkeypatch.setenv("STAGEPORTFOLIO_HOME", str(home))
    yield home


# -- a Belgian eID without a card: SoftHSM2 -----------------------------------------------------


@pytest.fixture(scope="session")
def softhsm_cards(tmp_path_factory: pytest.TempPathFactory) -> object:
    """SoftHSM2 tokens shaped like eID cards, made once per session (tests/eid_helpers.py)."""
    from stageportfolio.services import eid_signing
    from tests import eid_helpers

    folder = tmp_path_factory.mktemp("softhsm")
    conf = eid_helpers.prepare(folder)
    os.environ["SOFTHSM2_CONF"] = str(conf)  # read when the module is first loaded
    return eid_helpers.make_cards(folder, eid_signing._lib(eid_helpers.MODULE))


@pytest.fixture
def test_eid_root(softhsm_cards: object, monkeypatch: pytest.MonkeyPatch) -> object:
    """Checks trust the test root instead of the Belgian roots (as ``verify --eid-root`` does)."""
    from stageportfolio.core import eid, trust

    root = softhsm_cards.pki.root  # type: ignore[attr-defined]
    monkeypatch.setitem(trust.METHODS, "eid", eid.EidMethod(roots=[root]))
    return root
