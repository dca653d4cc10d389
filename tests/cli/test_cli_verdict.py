"""`check`, `status` and `validate-list` give the sources' verdict on real files, saved as Excel
saves them (';', decimal comma, Windows-1252 or UTF-8 with BOM), in words a pupil and a teacher
understand (issue 9: the done-means cases)."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path

from stageportfolio.core.catalog import shipped_calendar
from tests.cli.test_cli import no_traceback, run

CALENDAR = shipped_calendar()
DATA = Path(__file__).resolve().parents[1] / "data"
ENGLISH = re.compile(r"Input should|Expected|Invalid|pattern|\^\[|\$'|Value error|Field required")


def school_days(start: date, end: date, weekdays: Iterable[int]) -> list[date]:
    wanted = set(weekdays)
    days = [start + timedelta(days=n) for n in range((end - start).days + 1)]
    return [d for d in days if d.weekday() in wanted and CALENDAR.is_school_day(d)]


def excel(path: Path, rows: list[tuple[date, str, str]], *, bom: bool = False) -> Path:
    """Rows (day, context as written, hours as written) as Excel on a Belgian PC saves them:
    cp1252 (or "CSV UTF-8" with a BOM), ';', CRLF, d/m/yyyy."""
    lines = ["Datum;Context;Uren;Stageplaats;Opmerking"]
    lines += [f"{d.day}/{d.month}/{d.year};{ctx};{hours};;" for d, ctx, hours in rows]
    text = "\r\n".join(lines) + "\r\n"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8") if bom else text.encode("cp1252"))
    return path


def rules(report: dict[str, object]) -> dict[str, dict[str, object]]:
    return {r["id"]: r for r in report["rules"]}  # type: ignore[attr-defined,index]


def test_a_standard_duaal_school_year_meets_every_rule(tmp_path: Path) -> None:
    """Verzorgende/zorgkundige duaal, three workplace days of 7,6 h a week: residential care
    September to January, home care February to June. The sources' verdict: every rule met,
    20 h a week over the school weeks, both components 5 months."""
    start, end = date(2024, 9, 2), date(2025, 6, 30)
    rows = [
        (d, "Woonzorgcentrum" if d < date(2025, 2, 1) else "Thuisverpleging", "7,6")
        for d in school_days(start, end, (0, 1, 2))
    ]
    csv = excel(tmp_path / "duaal.csv", rows, bom=True)
    result = run("check", "--list", "verzorgende-zorgkundige-duaal", str(csv), "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    found = rules(report)
    weekly = found["duaal-20-uur-per-week"]
    assert weekly["status"] == "met"
    assert weekly["have"] >= 22.8  # type: ignore[operator]
    assert "schoolweken" in str(weekly["message"])
    assert found["component-residentieel"]["status"] == "met"
    assert found["component-residentieel"]["have"] == 5
    assert found["component-thuismilieu"]["status"] == "met"
    assert report["result"] == "Resultaat: geen blokkerende tekorten."


def test_a_dvc_and_kortverblijf_stage_counts_as_residential_care(tmp_path: Path) -> None:
    days = school_days(date(2024, 9, 2), date(2025, 3, 28), range(5))
    rows = (
        [(d, "Dagverzorgingscentrum De Zon", "7,5") for d in days[:14]]
        + [(d, "Centrum voor kortverblijf", "7,5") for d in days[14:20]]
        + [(d, "Thuiszorg", "7,5") for d in days[20:28]]
        + [(d, "MPI Sint-Jozef", "7,5") for d in days[28:40]]
    )
    csv = excel(tmp_path / "dvc.csv", rows)
    result = run("check", "--list", "verzorgende-zorgkundige", str(csv), "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["totals"] == {
        "beperking": 90,
        "dagverzorging": 105,
        "kortverblijf": 45,
        "thuiszorg": 60,
    }
    core = rules(report)["registratie-200-uur-kerncontexten"]
    assert core["status"] == "met" and core["have"] == 210
    assert report["counted_hours"] == 300
    # "Dagverzorgingscentrum De Zon" reads by its first word, and the check says so
    assert report["warnings"] == [
        'regel 2, kolom Context: "Dagverzorgingscentrum De Zon" gelezen als '
        'dagverzorgingscentrum (naar "dagverzorgingscentrum"); zo ook op regels 3–15',
        'regel 30, kolom Context: "MPI Sint-Jozef" gelezen als voorziening voor personen met '
        'een beperking (naar "MPI"); zo ook op regels 31–41',
    ]


def test_a_hotel_as_other_setting_counts_for_nothing_and_the_warning_names_it(
    tmp_path: Path,
) -> None:
    days = school_days(date(2024, 9, 2), date(2025, 3, 28), range(5))
    rows = (
        [(d, "WZC", "8") for d in days[:20]]  # 160 h
        + [(d, "thuiszorg", "8") for d in days[20:30]]  # 80 h
        + [(d, "Hotel Zeezicht", "8") for d in days[30:40]]  # 80 h in a hotel: lines 32-41
        + [(d, "beperking", "8") for d in days[40:45]]  # 40 h
    )
    csv = excel(tmp_path / "hotel.csv", rows)
    result = run("check", "--list", "gezondheidszorg", str(csv))
    assert result.returncode == 1
    no_traceback(result)
    assert (
        "Waarschuwing: 'Hotel Zeezicht' (regels 32–41): "
        "horeca; die uren tellen niet mee voor de 300 uur stage: daar kan je de competenties "
        "van de opleiding niet inoefenen" in result.stderr
    )
    assert "Getelde uren: 280" in result.stdout
    assert (
        "Loop nog 20 uur stage, het best in de residentiële ouderenzorg, in een ziekenhuis of in "
        "de thuiszorg. Je hebt nu 280 van 300 getelde uren. Uren in een andere setting dan de "
        "residentiële ouderenzorg, een ziekenhuis of de thuiszorg tellen voor hoogstens 100 uur. "
        "80 uur in de horeca telt niet mee voor de 300 uur" in result.stdout
    )
    assert "Resultaat: nog 1 tekort dat de registratie als zorgkundige blokkeert." in result.stdout


def test_twelve_wednesday_afternoons_are_not_twelve_weeks_of_stage(tmp_path: Path) -> None:
    wednesdays = school_days(date(2024, 9, 4), date(2025, 1, 31), (2,))[:12]
    rows = [(d, "Kinderdagverblijf Okido" if i % 2 else "BKO", "3,5")
            for i, d in enumerate(wednesdays)]  # fmt: skip
    csv = excel(tmp_path / "woensdagen.csv", rows)
    result = run("check", "--list", "kinderbegeleider", str(csv))
    assert result.returncode == 0  # advice blocks nothing
    assert (
        "[NIET VOLDAAN, advies] Plan nog 54 stagedagen. 1,2 weken stage (6 stagedagen); "
        "advies: minstens 12 weken: "
        "nog 54 stagedagen (10,8 weken). Een week stage is vijf stagedagen; een dag met "
        "minstens 6 uur is een stagedag, een dag met minstens 3 uur een halve." in result.stdout
    )


def test_a_september_to_january_component_is_five_months(tmp_path: Path) -> None:
    """Kinderbegeleider duaal: baby's and toddlers Monday to Wednesday from 2 September to
    Wednesday 29 January (5 months: "september tot en met januari"), out-of-school care from
    February to the end of April (3 months)."""
    rows = [(d, "KDV", "7,6") for d in school_days(date(2024, 9, 2), date(2025, 1, 29), (0, 1, 2))]
    rows += [(d, "IBO", "7,6") for d in school_days(date(2025, 2, 3), date(2025, 4, 30), (0, 1, 2))]
    csv = excel(tmp_path / "componenten.csv", rows)
    result = run("check", "--list", "kinderbegeleider-duaal", str(csv), "--json")
    report = json.loads(result.stdout)
    found = rules(report)
    baby = found["component-baby-peuter"]
    assert baby["status"] == "met", baby["message"]
    assert baby["have"] == 5
    assert str(baby["message"]).startswith("Voldaan: opvang baby's en peuters 5 maanden")
    assert found["component-buitenschools"]["have"] == 3
    # one week less: the message says how much, in weeks, and until when
    kept = [r for r in rows if r[1] == "IBO" or r[0] < date(2025, 1, 27)]  # to Wed 22 January
    short = excel(tmp_path / "kort.csv", kept)
    text = run("check", "--list", "kinderbegeleider-duaal", str(short)).stdout
    assert "nog 1 week nodig, tot en met vrijdag 31 januari 2025" in text


def test_a_word_with_two_meanings_is_refused_with_the_choices() -> None:
    result = run(
        "check", "--list", "kinderbegeleider", str(DATA / "csv" / "bad_ambiguous_context.csv")
    )
    assert result.returncode == 2
    no_traceback(result)
    err = result.stderr
    assert (
        'regel 2, kolom Context: context "Kinderopvang" kan meer dan één context zijn: '
        '"opvang baby\'s en peuters" of "opvang schoolgaande kinderen". Schrijf in de kolom '
        "context welke je bedoelt." in err
    )
    assert 'regel 4, kolom Context: context "kinderopvang De Pinguïn" kan meer' in err
    assert "regel 5, kolom Context" in err and '"psychiatrisch ziekenhuis"' in err
    assert (
        'regel 6, kolom Context: context "kinderopvang" kan meer dan één context zijn; zie regel 2'
        in err
    )
    assert "regel 3" not in err  # "KDV Okido" is a kinderdagverblijf: no question
    imported = run("import-hours", str(DATA / "csv" / "bad_ambiguous_context.csv"))
    assert imported.returncode == 2


def test_hours_and_minutes_on_request(tmp_path: Path) -> None:
    days = school_days(date(2024, 9, 2), date(2024, 12, 20), range(5))
    rows = [(d, "WZC", "7:45") for d in days[:20]] + [(d, "thuiszorg", "7:45") for d in days[20:30]]
    csv = excel(tmp_path / "klok.csv", rows)
    plain = run("check", "--list", "gezondheidszorg", str(csv))
    clock = run("check", "--list", "gezondheidszorg", str(csv), "--uren-als", "uu:mm")
    assert "Getelde uren: 232,5" in plain.stdout
    assert "Getelde uren: 232:30" in clock.stdout
    assert "Loop nog 67:30 uur stage" in clock.stdout
    assert "Je hebt nu 232:30 van 300:00 getelde uren." in clock.stdout
    assert "  residentiële ouderenzorg    155:00\n" in clock.stdout


def test_validate_list_speaks_dutch_to_coordinators(tmp_path: Path) -> None:
    bad = tmp_path / "variant.toml"
    bad.write_text(
        'format = 1\nbased_on = "gezondheidszorg"\nid = "Gezondheidszorg Sint Jozef"\n'
        'version = 1\ntitle = "x"\ncontexts = ["WZC", "thuiszorg", "kinderopvang"]\n\n'
        '[[rules]]\nid = "r"\nkind = "min_weeks"\nseverity = "fout"\nweeks = 2.5\n'
        'source = "s"\n',
        encoding="utf-8",
    )
    result = run("validate-list", str(bad))
    assert result.returncode == 2
    err = result.stderr
    assert not ENGLISH.search(err), err
    assert "verwacht een id van kleine letters, cijfers en koppeltekens" in err
    assert "(bv. 'gezondheidszorg-sint-jozef')" in err
    assert (
        "veld contexts[0]: 'WZC' is een andere naam voor 'residentieel' (residentiële "
        "ouderenzorg): gebruik de id 'residentieel'" in err
    )
    assert (
        "'kinderopvang' kan meer dan één context zijn: kies de id 'baby-peuter' of 'schoolgaand'"
        in err
    )
    assert "toegelaten: 'error' of 'warning'" in err
    assert "moet een geheel getal zijn" in err
    comma = tmp_path / "komma.toml"
    comma.write_text(bad.read_text("utf-8").replace("weeks = 2.5", "weeks = 2,5"), "utf-8")
    result = run("validate-list", str(comma))
    assert result.returncode == 2
    assert (
        "regel 12: een getal met een komma: schrijf een punt, weeks = 2.5 (niet 2,5)"
        in result.stderr
    )
    bare = tmp_path / "woord.toml"
    bare.write_text(
        bad.read_text("utf-8").replace(
            'version = 1\ntitle = "x"', "version = 1\ntitle = Sint-Jozef"
        ),
        "utf-8",
    )
    result = run("validate-list", str(bare))
    assert (
        'regel 5: tekst staat tussen aanhalingstekens: schrijf title = "Sint-Jozef"'
        in result.stderr
    )
    assert not ENGLISH.search(result.stderr), result.stderr


def test_a_first_release_portfolio_opens_and_is_evaluated(private_home: Path) -> None:
    """tests/data/db/schema-0001.sqlite3: a portfolio of the first release, with hours in
    residentieel, thuiszorg and ziekenhuis. The ids keep their meaning: the same totals."""
    private_home.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(DATA / "db" / "schema-0001.sqlite3", private_home / "portfolio.sqlite3")
    result = run("status", "--json")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["totals"] == {"residentieel": 176.75, "thuiszorg": 64.5, "ziekenhuis": 3}
    assert report["counted_hours"] == 244.25
    assert (
        report["result"] == "Resultaat: nog 1 tekort dat de registratie als zorgkundige blokkeert."
    )
    found = rules(report)
    assert found["registratie-300-uur"]["status"] == "unmet"
    assert found["registratie-200-uur-kerncontexten"]["status"] == "met"
    english = run("--lang", "en", "status")
    assert "Result: 1 gap blocks registration as a care assistant (zorgkundige)." in english.stdout
