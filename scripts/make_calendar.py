"""Write the Flemish school calendar (activity_lists/schoolkalender.toml) for given school years.

    python3 scripts/make_calendar.py [FIRST_YEAR LAST_YEAR]    (default 2024 2028)

The dates follow the fixed rules of the Flemish school holidays in secondary education (Besluit
van de Vlaamse Regering van 31 augustus 2001 betreffende de organisatie van het schooljaar in
het secundair onderwijs, art. 7; published per school year on onderwijs.vlaanderen.be,
"schoolvakanties"):

- herfstvakantie: the Monday of the week of 1 November, one week (2 November when 1 November is
  a Sunday);
- kerstvakantie: the Monday of the week of 25 December, two weeks (the Monday after when 25
  December is a Saturday or Sunday);
- krokusvakantie: the 7th Monday before Easter, one week;
- paasvakantie: the first Monday of April, two weeks; the Monday after Easter when Easter is in
  March; the second Monday before Easter when Easter is after 15 April (Easter Monday is then
  a free day as well);
- zomervakantie: 1 July to 31 August;
- free days: 11 November, Easter Monday, 1 May, Ascension Day and the day after, Whit Monday.

Public holidays (for working days): the ten Belgian legal holidays.

The generated file is data: review the diff against the published calendar and commit it.
tests/core/test_schoolcalendar.py checks the file against published dates.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "activity_lists" / "schoolkalender.toml"
SOURCE = (
    "Vlaamse overheid: schoolvakanties secundair onderwijs (onderwijs.vlaanderen.be, "
    "'Schoolvakanties'), volgens het Besluit van de Vlaamse Regering van 31 augustus 2001 "
    "betreffende de organisatie van het schooljaar in het secundair onderwijs, art. 7; "
    "wettelijke feestdagen: wet van 4 januari 1974"
)


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def monday_of_week(day: date) -> date:
    return day - timedelta(days=day.weekday())


def school_year(first: int) -> tuple[list[tuple[str, date, date]], list[tuple[str, date]]]:
    """Holidays (name, start, end) and free days (name, day) of school year first-(first+1)."""
    second = first + 1
    holidays: list[tuple[str, date, date]] = []
    nov1 = date(first, 11, 1)
    autumn = date(first, 11, 2) if nov1.weekday() == 6 else monday_of_week(nov1)
    holidays.append(("herfstvakantie", autumn, autumn + timedelta(days=6)))
    xmas = date(first, 12, 25)
    if xmas.weekday() >= 5:
        winter = xmas + timedelta(days=7 - xmas.weekday())
    else:
        winter = monday_of_week(xmas)
    holidays.append(("kerstvakantie", winter, winter + timedelta(days=13)))
    pasen = easter(second)
    krokus = pasen - timedelta(days=6) - timedelta(weeks=6)  # the 7th Monday before Easter
    holidays.append(("krokusvakantie", krokus, krokus + timedelta(days=6)))
    if pasen.month == 3:
        spring = pasen + timedelta(days=1)
    elif pasen > date(second, 4, 15):
        spring = pasen - timedelta(days=6) - timedelta(weeks=1)
    else:
        april1 = date(second, 4, 1)
        spring = april1 + timedelta(days=(7 - april1.weekday()) % 7)
    spring_end = spring + timedelta(days=13)
    easter_monday = pasen + timedelta(days=1)
    if easter_monday == spring_end + timedelta(days=1):
        spring_end = easter_monday  # Easter after 15 April: Easter Monday extends the holiday
    holidays.append(("paasvakantie", spring, spring_end))
    holidays.append(("zomervakantie", date(second, 7, 1), date(second, 8, 31)))
    ascension = pasen + timedelta(days=39)
    free = [
        ("Wapenstilstand", date(first, 11, 11)),
        ("paasmaandag", easter_monday),
        ("Dag van de Arbeid", date(second, 5, 1)),
        ("O.H.-Hemelvaart", ascension),
        ("dag na O.H.-Hemelvaart", ascension + timedelta(days=1)),
        ("pinkstermaandag", pasen + timedelta(days=50)),
    ]
    inside = [
        (name, day)
        for name, day in free
        if not any(start <= day <= end for _, start, end in holidays) and day.weekday() < 5
    ]
    return holidays, inside


def public_holidays(year: int) -> list[tuple[str, date]]:
    pasen = easter(year)
    return sorted(
        [
            ("Nieuwjaar", date(year, 1, 1)),
            ("Paasmaandag", pasen + timedelta(days=1)),
            ("Dag van de Arbeid", date(year, 5, 1)),
            ("O.H.-Hemelvaart", pasen + timedelta(days=39)),
            ("Pinkstermaandag", pasen + timedelta(days=50)),
            ("Nationale feestdag", date(year, 7, 21)),
            ("O.L.V.-Hemelvaart", date(year, 8, 15)),
            ("Allerheiligen", date(year, 11, 1)),
            ("Wapenstilstand", date(year, 11, 11)),
            ("Kerstmis", date(year, 12, 25)),
        ],
        key=lambda item: item[1],
    )


def calendar_toml(first_year: int, last_year: int) -> str:
    out = [
        "# The Flemish school calendar (secundair onderwijs): school holidays and free days per",
        "# school year, and the Belgian public holidays. Generated by scripts/make_calendar.py;",
        "# checked against the published calendars (tests/core/test_schoolcalendar.py).",
        "# A school overrides a school year with a schoolkalender.toml in its own lists folder",
        "# (docs/activity-lists.md).",
        "format = 1",
        f'source = "{SOURCE}"',
    ]
    for first in range(first_year, last_year + 1):
        holidays, free = school_year(first)
        out += [
            "",
            "[[school_years]]",
            f'year = "{first}-{first + 1}"',
            f"start = {date(first, 9, 1).isoformat()}",
            f"end = {date(first + 1, 8, 31).isoformat()}",
        ]
        days = [(start, name, end) for name, start, end in holidays]
        days += [(day, name, None) for name, day in free]
        for start, name, end in sorted(days, key=lambda item: item[0]):
            out += ["", "[[school_years.holidays]]", f'name = "{name}"', f"start = {start}"]
            if end is not None:
                out.append(f"end = {end}")
    for year in range(first_year, last_year + 2):
        for name, day in public_holidays(year):
            out += ["", "[[public_holidays]]", f'name = "{name}"', f"date = {day}"]
    return "\n".join(out) + "\n"


def main(argv: list[str]) -> int:
    first, last = (int(argv[0]), int(argv[1])) if len(argv) == 2 else (2024, 2028)
    OUT.write_text(calendar_toml(first, last), encoding="utf-8")
    print(f"wrote {OUT} for {first}-{first + 1} to {last}-{last + 1}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
