"""Plain-language messages for rule results, in Dutch (default) and English.

A message of an unmet rule starts with one sentence that says what to do (``core.actions``),
then says what is missing and how much, then cites the rule's source. The numbers come
from the result, so the same result reads the same in the app, the CLI and the PDF. Dutch is
written for a pupil of 17 and a teacher alike: numbers in words where they read better ("twee
van de drie"), contexts with their article ("in een ziekenhuis of in de thuiszorg"), singular
and plural as they should be ("1 regel", "2 regels").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from stageportfolio.core.hours import hours_decimal

if TYPE_CHECKING:
    from stageportfolio.core.contexts import ContextRegistry
    from stageportfolio.core.rules import RuleResult


def language(lang: str) -> str:
    """``"nl"`` or ``"en"``: any tag starting with ``en`` (``en-GB``) is English, else Dutch."""
    return "en" if lang.strip().lower().startswith("en") else "nl"


def number(value: Decimal | int | float, lang: str = "nl") -> str:
    """``37.50`` -> ``"37,5"`` (nl) or ``"37.5"`` (en); no trailing zeros."""
    text = f"{Decimal(str(value)):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",") if language(lang) == "nl" else text


def clock_text(hours: Decimal | int | float) -> str:
    """Decimal hours as hours and minutes: ``7.75`` -> ``"7:45"``.

    The hours of a result are minutes shown with two decimals, so rounding back to the minute
    gives the exact minutes again.
    """
    minutes = int((Decimal(str(hours)) * 60).to_integral_value(ROUND_HALF_UP))
    return f"{minutes // 60}:{minutes % 60:02d}"


def _join(items: Sequence[str], word: str) -> str:
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def join_or(items: Sequence[str], lang: str = "nl") -> str:
    return _join(items, "of" if language(lang) == "nl" else "or")


def join_and(items: Sequence[str], lang: str = "nl") -> str:
    return _join(items, "en" if language(lang) == "nl" else "and")


_WORDS_NL = ("nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien")
_WORDS_EN = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def count_word(n: int, lang: str = "nl") -> str:
    """Small counts in words ("twee van de drie"), larger ones in digits."""
    words = _WORDS_NL if language(lang) == "nl" else _WORDS_EN
    return words[n] if 0 <= n < len(words) else str(n)


def plural(n: Decimal | int | float, one: str, many: str) -> str:
    return one if Decimal(str(n)) == 1 else many


def counted(n: Decimal | int, one: str, many: str, lang: str = "nl") -> str:
    """``counted(1, "regel", "regels")`` -> ``"1 regel"``; ``2`` -> ``"2 regels"``."""
    return f"{number(n, lang)} {plural(n, one, many)}"


_MONTHS_NL = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip
_DAYS_NL = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def long_date(day: date, lang: str = "nl") -> str:
    """``vrijdag 30 januari 2026`` / ``Friday 30 January 2026``."""
    if language(lang) == "nl":
        return f"{_DAYS_NL[day.weekday()]} {day.day} {_MONTHS_NL[day.month - 1]} {day.year}"
    return f"{_DAYS_EN[day.weekday()]} {day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def line_numbers(numbers: Sequence[int], lang: str = "nl") -> str:
    """Lines of a file, runs as ranges: ``[2, 3, 4, 7]`` -> "regels 2–4 en 7"."""
    ordered = sorted(set(numbers))
    runs: list[str] = []
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        runs.append(str(ordered[i]) if i == j else f"{ordered[i]}–{ordered[j]}")
        i = j + 1
    one = len(ordered) == 1
    if language(lang) == "nl":
        return f"{'regel' if one else 'regels'} {join_and(runs, 'nl')}"
    return f"{'line' if one else 'lines'} {join_and(runs, 'en')}"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- the result line ----------------------------------------------------------------------

_BLOCKS_NL = {
    "registratie": ("de registratie als zorgkundige blokkeert",
                    "de registratie als zorgkundige blokkeren"),
    "kwalificatie": ("de kwalificatie blokkeert", "de kwalificatie blokkeren"),
    "school": ("op een eigen regel van de school", "op eigen regels van de school"),
}  # fmt: skip
_BLOCKS_EN = {
    "registratie": ("blocks registration as a care assistant (zorgkundige)",
                    "block registration as a care assistant (zorgkundige)"),
    "kwalificatie": ("blocks the qualification", "block the qualification"),
    "school": ("against a rule of the school's own", "against rules of the school's own"),
}  # fmt: skip


def verdict(blocking: Mapping[str, int], lang: str = "nl") -> str:
    """What the unmet rules of severity error block, per basis, as one sentence:
    ``{"registratie": 2}`` -> "Nog 2 tekorten die de registratie als zorgkundige blokkeren."."""
    nl = language(lang) == "nl"
    parts = [(basis, n) for basis, n in blocking.items() if n]
    if not parts:
        return "Geen blokkerende tekorten." if nl else "No blocking gaps."
    table = _BLOCKS_NL if nl else _BLOCKS_EN

    def blocks(basis: str, n: int) -> str:
        one, many = table[basis]
        if nl and basis != "school":  # "op een eigen regel van de school" needs no "dat"
            return f"{'dat' if n == 1 else 'die'} {one if n == 1 else many}"
        return one if n == 1 else many

    if len(parts) == 1:
        basis, n = parts[0]
        if nl:
            return f"Nog {n} {plural(n, 'tekort', 'tekorten')} {blocks(basis, n)}."
        return f"{n} {plural(n, 'gap', 'gaps')} {blocks(basis, n)}."
    total = sum(n for _, n in parts)
    each = join_and([f"{n} {blocks(basis, n)}" for basis, n in parts], lang)
    return f"Nog {total} tekorten: {each}." if nl else f"{total} blocking gaps: {each}."


def result_line(blocking: Mapping[str, int], lang: str = "nl") -> str:
    """The last line of ``check`` and ``status``: "Resultaat: nog 2 tekorten die …"."""
    text = verdict(blocking, lang)
    head = "Resultaat" if language(lang) == "nl" else "Result"
    return f"{head}: {text[:1].lower()}{text[1:]}"


# --- rule messages ------------------------------------------------------------------------


@dataclass(frozen=True)
class MessageParts:
    """A rule's message in its three parts: what to do (``""`` when the rule is met or not
    evaluated), the explanation with the numbers, and the source ("Bron: …")."""

    action: str
    body: str
    source: str

    def text(self) -> str:
        return " ".join(part for part in (self.action, self.body, self.source) if part)


def message_parts(result: RuleResult, lang: str = "nl", *, hhmm: bool = False) -> MessageParts:
    """The message of one result in parts: the app shows the source behind an ℹ."""
    from stageportfolio.core.actions import action
    from stageportfolio.core.schoolrules import school_message, scope_prefix

    lang = language(lang)
    todo = action(result, lang, hhmm=hhmm)
    body = scope_prefix(result.rule, lang) + (
        school_message(result, lang) or _Message(result, lang, hhmm, after_action=bool(todo)).body()
    )
    if result.rule.confirmed_only:
        body += (
            " Enkel uren die een mentor bevestigde, tellen mee."
            if lang == "nl"
            else " Only hours a mentor confirmed count."
        )
    source = result.rule.source.strip()
    end = "" if source.endswith((".", "!", "?", "…")) else "."
    cited = f"Bron: {source}{end}" if lang == "nl" else f"Source: {source}{end}"
    return MessageParts(todo, body, cited)


def render(result: RuleResult, lang: str = "nl", *, hhmm: bool = False) -> str:
    """The message for one result: first what to do, then what is missing and how much, then
    the source; ``lang`` is a language tag (``nl``, ``nl-BE``, ``en``...); ``hhmm`` shows hours
    as hours and minutes (``7:45``) instead of decimals (``7,75``)."""
    return message_parts(result, lang, hhmm=hhmm).text()


class _Message:
    def __init__(
        self, result: RuleResult, lang: str, hhmm: bool, *, after_action: bool = False
    ) -> None:
        # After an action sentence ("Loop nog 37,5 uur stage."), a body that would only say it
        # again says where the pupil stands instead ("Je hebt nu 262,5 van 300 getelde uren.").
        self.after_action = after_action
        self.r = result
        self.lang = lang
        self.nl = lang == "nl"
        self.hhmm = hhmm
        self.facts: dict[str, Any] = result.facts
        self.rule: Any = result.rule

    # -- words ---------------------------------------------------------------------------

    def n(self, value: Decimal | int | float) -> str:
        return number(value, self.lang)

    def h(self, value: Decimal | int | float) -> str:
        """An amount of hours as a number: ``37,5`` or, on the clock, ``37:30``."""
        return clock_text(value) if self.hhmm else self.n(value)

    def hm(self, minutes: int) -> str:
        return self.h(hours_decimal(minutes))

    def w(self, n: int) -> str:
        return count_word(n, self.lang)

    @property
    def reg(self) -> ContextRegistry | None:
        return self.r.contexts

    def where(self, ids: Sequence[str]) -> list[str]:
        """Each context as a place: "in de thuiszorg", "in a hospital"."""
        if self.reg is None:
            return [f"in {ctx}" for ctx in ids]
        return [self.reg.where(ctx, self.lang) for ctx in ids]

    def the(self, ids: Sequence[str]) -> list[str]:
        """Each context with its article only: "de thuiszorg", "a hospital"."""
        out = []
        for phrase in self.where(ids):
            head, _, rest = phrase.partition(" ")
            out.append(rest if head in ("in", "bij", "at") and rest else phrase)
        return out

    def where_or(self, ids: Sequence[str]) -> str:
        return join_or(self.where(ids), self.lang)

    def where_and(self, ids: Sequence[str]) -> str:
        return join_and(self.where(ids), self.lang)

    def where_some(self, ids: Sequence[str], needed: int) -> str:
        """The contexts to choose from: "of" when some will do, "en" when all are needed."""
        return self.where_and(ids) if needed >= len(ids) else self.where_or(ids)

    def spread(self, k: int, total: int) -> str:
        if k == total:
            word = self.w(total)
            if self.nl:  # "alle drie de contexten", "alle 12 contexten"
                return f"alle {word} {'' if word == str(total) else 'de '}contexten"
            return f"all {word} contexts"
        if self.nl:
            return f"minstens {self.w(k)} van de {self.w(total)} contexten"
        return f"at least {self.w(k)} of the {self.w(total)} contexts"

    # -- per kind ------------------------------------------------------------------------

    def body(self) -> str:
        r, nl = self.r, self.nl
        kind = r.rule.kind
        if r.status == "not_evaluated":
            if kind == "competences_signed":
                return (
                    "Niet beoordeeld: hier zijn geen aftekeningen van de mentor beschikbaar."
                    if nl
                    else "Not evaluated: no mentor sign-offs are available here."
                )
            return (
                "Niet beoordeeld: hier zijn geen bewijsstukken beschikbaar."
                if nl
                else "Not evaluated: no evidence is available here."
            )
        method = getattr(self, f"_{kind}")
        text: str = method()
        return text

    def _not_counted(self) -> str:
        """Hours in settings that count for nothing (a hotel, a shop), said once."""
        items = [(ctx, m) for ctx, m in self.facts.get("not_counted", {}).items() if m]
        if not items:
            return ""
        parts = [f"{self.hm(m)} {'uur' if self.nl else 'hours'} {self.where([c])[0]}"
                 for c, m in items]  # fmt: skip
        needed = self.h(self.r.needed)
        if self.nl:
            verb = "telt" if len(parts) == 1 else "tellen"
            return (
                f" {_capital(join_and(parts, 'nl'))} {verb} niet mee voor de {needed} uur: "
                "daar kan je de competenties van de opleiding niet inoefenen."
            )
        return (
            f" {_capital(join_and(parts, 'en'))} do not count towards the {needed} hours: the "
            "programme's competences cannot be practised there."
        )

    def _min_total_hours(self) -> str:
        r, f, nl = self.r, self.facts, self.nl
        have, needed, missing = self.h(r.have), self.h(r.needed), self.h(r.missing)
        inside_ids = list(self.rule.contexts)
        cap = f.get("cap_minutes", 0)
        other = f.get("other_minutes", 0)
        over_cap = max(0, other - cap) if self.rule.cap_outside is not None else 0
        tail = self._not_counted()
        if r.met:
            text = (
                f"Voldaan: {have} getelde uren ({needed} nodig)."
                if nl
                else f"Met: {have} counted hours ({needed} needed)."
            )
            if over_cap:
                text += (
                    f" {self.hm(over_cap)} uur in een andere setting telt niet mee "
                    f"(hoogstens {self.hm(cap)} uur)."
                    if nl
                    else f" {self.hm(over_cap)} hours in another setting do not count "
                    f"(at most {self.hm(cap)} hours)."
                )
            return text + tail
        tally = f"{have} van {needed} getelde uren" if nl else f"{have} of {needed} counted hours"
        if not inside_ids:
            return (
                self._standing(
                    f"Nog {missing} uur stage nodig ({tally}).",
                    f"{missing} more hours of stage needed ({tally}).",
                    tally,
                )
                + tail
            )
        where = self.where_or(inside_ids)
        if self.rule.cap_outside is None:
            outside = f.get("outside_minutes", 0)
            if self.after_action:
                text = (
                    f"Je hebt nu {tally}; enkel uren daar tellen mee."
                    if nl
                    else f"You now have {tally}; only hours there count."
                )
                if outside:
                    text += (
                        f" {self.hm(outside)} uur in een andere setting telt daarom niet mee."
                        if nl
                        else f" So {self.hm(outside)} hours in another setting do not count."
                    )
                return text
            if nl:
                text = f"Nog {missing} uur nodig {where} ({tally}); enkel uren {where} tellen mee."
                if outside:
                    text += f" {self.hm(outside)} uur in een andere setting telt daarom niet mee."
                return text
            text = f"{missing} more hours needed {where} ({tally}); only hours {where} count."
            if outside:
                text += f" So {self.hm(outside)} hours in another setting do not count."
            return text
        if other >= cap:
            if nl:
                head = (
                    f"Je hebt nu {tally}"
                    if self.after_action
                    else f"Nog {missing} uur nodig {where} ({tally})"
                )
                text = (
                    f"{head}: de uren in een andere setting tellen al voor het maximum van "
                    f"{self.hm(cap)} uur"
                )
                if over_cap:
                    text += f", {self.hm(over_cap)} uur daarvan telt niet mee"
                return text + "." + tail
            head = (
                f"You now have {tally}"
                if self.after_action
                else f"{missing} more hours needed {where} ({tally})"
            )
            text = (
                f"{head}: hours in another setting already count for the maximum of "
                f"{self.hm(cap)} hours"
            )
            if over_cap:
                text += f", so {self.hm(over_cap)} of them do not count"
            return text + "." + tail
        the = join_or(self.the(inside_ids), self.lang)
        head = self._standing(
            f"Nog {missing} uur stage nodig ({tally}).",
            f"{missing} more hours of stage needed ({tally}).",
            tally,
        )
        if nl:
            return (
                f"{head} Uren in een andere setting dan {the} tellen voor hoogstens "
                f"{self.hm(cap)} uur." + tail
            )
        return (
            f"{head} Hours in a setting other than {the} count for at most {self.hm(cap)} "
            "hours." + tail
        )

    def _standing(self, nl_text: str, en_text: str, tally: str) -> str:
        """The first sentence of a body, or after an action only where the pupil stands."""
        if self.after_action:
            return f"Je hebt nu {tally}." if self.nl else f"You now have {tally}."
        return nl_text if self.nl else en_text

    def _min_hours_in_contexts(self) -> str:
        r, f, nl = self.r, self.facts, self.nl
        all_ids = list(self.rule.contexts)
        where = self.where_or(all_ids)
        k = int(self.rule.min_distinct)
        have, needed, missing = self.h(r.have), self.h(r.needed), self.h(r.missing)
        present, absent = list(f["present"]), list(f["absent"])
        if r.met:
            return (
                f"Voldaan: {have} uur {self.where_and(present)} ({needed} nodig)."
                if nl
                else f"Met: {have} hours {self.where_and(present)} ({needed} needed)."
            )
        short = r.missing > 0
        more = int(f["missing_distinct"])
        spread = self.spread(k, len(all_ids))
        if nl:
            now = (
                f"nu liggen ze enkel {self.where_and(present)}"
                if present
                else "nu zijn er nog geen"
            )
            others = (
                f"{self.w(more)} andere {plural(more, 'context', 'contexten')}: "
                f"{self.where_some(absent, more)}"
            )
        else:
            now = f"now they are only {self.where_and(present)}" if present else "none yet"
            others = (
                f"{self.w(more)} more {plural(more, 'context', 'contexts')}: "
                f"{self.where_some(absent, more)}"
            )
        if short and not more:
            return self._standing(
                f"Nog {missing} uur nodig {where} ({have} van {needed} uur).",
                f"{missing} more hours needed {where} ({have} of {needed}).",
                f"{have} van {needed} uur daar" if nl else f"{have} of {needed} hours there",
            )
        if self.after_action:  # the action said how much and where
            if short and present:
                head = (
                    f"Je hebt nu {have} van {needed} uur. "
                    if nl
                    else f"You now have {have} of {needed} hours. "
                )
            else:
                head = ""
            return head + (
                f"De uren moeten in {spread} liggen; {now}."
                if nl
                else f"The hours must be in {spread}; {now}."
            )
        if not present:
            return (
                f"Nog {missing} uur nodig {where}, in {spread} (nog geen uren)."
                if nl
                else f"{missing} more hours needed {where}, in {spread} (none yet)."
            )
        if not short:
            return (
                f"Nog uren nodig in {others}. De uren moeten in {spread} liggen; {now}."
                if nl
                else f"Hours still needed in {others}. The hours must be in {spread}; {now}."
            )
        return (
            f"Nog {missing} uur nodig {where} ({have} van {needed} uur), ook in {others}. "
            f"De uren moeten in {spread} liggen; {now}."
            if nl
            else f"{missing} more hours needed {where} ({have} of {needed}), also in {others}. "
            f"The hours must be in {spread}; {now}."
        )

    def _required_contexts(self) -> str:
        r, f, nl = self.r, self.facts, self.nl
        all_ids = list(self.rule.contexts)
        present, absent = list(f["present"]), list(f["absent"])
        if r.met:
            return (
                f"Voldaan: uren {self.where_and(present)}."
                if nl
                else f"Met: hours {self.where_and(present)}."
            )
        if self.rule.mode == "exact":
            both = self.where_and(all_ids)
            return (
                f"Nog geen uren {self.where_and(absent)}: stage {both} is verplicht."
                if nl
                else f"No hours yet {self.where_and(absent)}: stage {both} is required."
            )
        k = int(r.needed)
        n = len(all_ids)
        if not present:
            return (
                f"Nog geen uren {self.where_or(absent)}: stage in minstens {self.w(k)} van "
                f"deze {self.w(n)} contexten is verplicht."
                if nl
                else f"No hours yet {self.where_or(absent)}: stage in at least {self.w(k)} of "
                f"these {self.w(n)} contexts is required."
            )
        more = int(r.missing)
        return (
            f"Nog uren nodig in {self.w(more)} andere {plural(more, 'context', 'contexten')}: "
            f"{self.where_some(absent, more)} ({self.spread(k, n)}; nu {self.where_and(present)})."
            if nl
            else f"Hours still needed in {self.w(more)} more "
            f"{plural(more, 'context', 'contexts')}: {self.where_some(absent, more)} "
            f"({self.spread(k, n)}; now {self.where_and(present)})."
        )

    def _not_only_contexts(self) -> str:
        r, nl = self.r, self.nl
        where = self.where_or(list(self.rule.contexts))
        if r.met:
            return (
                f"Voldaan: niet alle uren liggen {where}."
                if nl
                else f"Met: not all hours are {where}."
            )
        the = join_or(self.the(list(self.rule.contexts)), self.lang)
        return (
            f"Alle uren liggen {where}: enkel daar stage lopen volstaat niet. "
            f"Nog uren nodig in een andere context dan {the} (de regel vraagt geen aantal uren)."
            if nl
            else f"All hours are {where}: stage only there is not enough. Hours are still "
            f"needed in a context other than {the} (the rule asks no number of hours)."
        )

    def _stage_days(self, days: Decimal) -> str:
        if self.nl:
            return f"{self.n(days)} {plural(days, 'stagedag', 'stagedagen')}"
        return f"{self.n(days)} {plural(days, 'stage day', 'stage days')}"

    def _min_weeks(self) -> str:
        r, f, nl = self.r, self.facts, self.nl
        have, needed = self.n(r.have), self.n(r.needed)
        days = self._stage_days(f["stage_days"])
        day = self.hm(f["day_minutes"])
        half = self.hm(f["day_minutes"] // 2)
        if nl:
            weeks = plural(r.have, "week", "weken")
            definition = (
                f"Een week stage is {self.w(f['week_days'])} stagedagen; een dag met minstens "
                f"{day} uur is een stagedag, een dag met minstens {half} uur een halve."
            )
            if r.met:
                return f"Voldaan: {have} {weeks} stage ({days}). {definition}"
            needed_weeks = f"{needed} {plural(r.needed, 'week', 'weken')}"
            wanted = (
                f"advies: minstens {needed_weeks}"
                if self.rule.severity == "warning"
                else f"minstens {needed_weeks} nodig"
            )
            still = self._stage_days(f["missing_days"])
            more_weeks = f"{self.n(r.missing)} {plural(r.missing, 'week', 'weken')}"
            return (
                f"{_capital(f'{have} {weeks}')} stage ({days}); {wanted}: nog {still} "
                f"({more_weeks}). {definition}"
            )
        weeks = plural(r.have, "week", "weeks")
        definition = (
            f"A week of stage is {self.w(f['week_days'])} stage days; a day of at least {day} "
            f"hours is a stage day, a day of at least {half} hours half a day."
        )
        if r.met:
            return f"Met: {have} {weeks} of stage ({days}). {definition}"
        needed_weeks = f"{needed} {plural(r.needed, 'week', 'weeks')}"
        wanted = (
            f"advice: at least {needed_weeks}"
            if self.rule.severity == "warning"
            else f"at least {needed_weeks} needed"
        )
        still = self._stage_days(f["missing_days"])
        return (
            f"{have} {weeks} of stage ({days}); {wanted}: {still} more "
            f"({self.n(r.missing)} {plural(r.missing, 'week', 'weeks')}). {definition}"
        )

    def _span(self, days: int, months: Decimal) -> str:
        """How long a stretch of working days is: in days, weeks or (from one on) months."""
        nl = self.nl
        if days <= 4:
            return f"{days} {plural(days, 'dag', 'dagen') if nl else plural(days, 'day', 'days')}"
        if months < 1:
            weeks = -(-days // 5)
            word = plural(weeks, "week", "weken") if nl else plural(weeks, "week", "weeks")
            return f"{weeks} {word}"
        word = plural(months, "maand", "maanden") if nl else plural(months, "month", "months")
        return f"{self.n(months)} {word}"

    def _component_duration(self) -> str:
        r, f, nl = self.r, self.facts, self.nl
        ids = list(self.rule.contexts)
        labels = self.reg.labels(ids, self.lang) if self.reg is not None else list(ids)
        label = (self.rule.label if nl else None) or join_or(labels, self.lang)
        low, high = self.rule.min_months, self.rule.max_months
        if low is not None and high is not None:
            bounds = (
                f"{self.n(low)} tot {self.n(high)} maanden"
                if nl
                else f"{self.n(low)} to {self.n(high)} months"
            )
        elif low is not None:
            bounds = f"minstens {self.n(low)} maanden" if nl else f"at least {self.n(low)} months"
        else:
            bounds = (
                f"hoogstens {self.n(high or 0)} maanden"
                if nl
                else f"at most {self.n(high or 0)} months"
            )
        unit = plural(r.have, "maand", "maanden") if nl else plural(r.have, "month", "months")
        months = f"{self.n(r.have)} {unit}"
        if r.met:
            return (
                f"Voldaan: {label} {months} ({bounds})."
                if nl
                else (f"Met: {label} {months} ({bounds}).")
            )
        if not f.get("periods"):
            return (
                f"{_capital(label)}: nog geen periode; {bounds} nodig."
                if nl
                else f"{_capital(label)}: no period yet; {bounds} needed."
            )
        until = date.fromisoformat(f["until"])
        span = self._span(int(f["days"]), f["excess"] if f.get("too_long") else r.missing)
        if f.get("too_long"):
            return (
                f"{_capital(label)}: {months}, {span} te lang ({bounds}: de periode mag lopen "
                f"tot en met {long_date(until, self.lang)})."
                if nl
                else f"{_capital(label)}: {months}, {span} too long ({bounds}: the period may "
                f"run until {long_date(until, self.lang)})."
            )
        return (
            f"{_capital(label)}: {months}; nog {span} nodig, tot en met "
            f"{long_date(until, self.lang)} ({bounds})."
            if nl
            else f"{_capital(label)}: {months}; {span} more needed, until "
            f"{long_date(until, self.lang)} ({bounds})."
        )

    def _min_weekly_hours_avg(self) -> str:
        r, f, nl = self.r, self.facts, self.nl
        needed = self.h(r.needed)
        if not f.get("start"):
            return (
                f"Nog geen uren: gemiddeld minstens {needed} uur per week nodig."
                if nl
                else f"No hours yet: at least {needed} hours a week on average needed."
            )
        school = bool(f.get("school_weeks"))
        weeks = self.n(f["weeks"])
        if nl:
            unit = (
                plural(f["weeks"], "schoolweek", "schoolweken")
                if school
                else plural(f["weeks"], "week", "weken")
            )
        else:
            unit = (
                plural(f["weeks"], "school week", "school weeks")
                if school
                else plural(f["weeks"], "week", "weeks")
            )
        period = (
            f"{short_date(date.fromisoformat(f['start']))} tot en met "
            f"{short_date(date.fromisoformat(f['end']))}"
            if nl
            else f"{short_date(date.fromisoformat(f['start']))} to "
            f"{short_date(date.fromisoformat(f['end']))}"
        )
        if school:
            period += (
                "; schoolvakanties en vrije dagen tellen niet als week"
                if nl
                else "; school holidays and free days do not count as weeks"
            )
        unknown = f.get("unknown_years") or []
        if unknown:
            years = join_and(unknown, self.lang)
            period += (
                f"; geen schoolkalender voor {years}: daar telt elke werkdag"
                if nl
                else f"; no school calendar for {years}: every working day counts there"
            )
        if r.met:
            return (
                f"Voldaan: gemiddeld {self.h(r.have)} uur per week over {weeks} {unit} ({period})."
                if nl
                else f"Met: on average {self.h(r.have)} hours a week over {weeks} {unit} "
                f"({period})."
            )
        return (
            f"Gemiddeld {self.h(r.have)} uur per week over {weeks} {unit} ({period}); minstens "
            f"{needed} nodig: nog {self.h(f['missing_total'])} uur in deze periode."
            if nl
            else f"On average {self.h(r.have)} hours a week over {weeks} {unit} ({period}); at "
            f"least {needed} needed: {self.h(f['missing_total'])} more hours in this period."
        )

    def _open_titles(self) -> str:
        titles = self.facts.get("open_titles", [])
        shown = "; ".join(titles[:3])
        if len(titles) > 3:
            shown += f" en nog {len(titles) - 3}" if self.nl else f" and {len(titles) - 3} more"
        return shown

    def _competences_signed(self) -> str:
        r, f, nl = self.r, self.facts, self.nl
        total = int(r.needed)
        level = self.rule.min_level
        label_nl, label_en = f.get("levels", {}).get(level, (str(level), str(level)))
        if r.met:
            return (
                f"Voldaan: alle {total} competenties afgetekend op niveau {level} ({label_nl})."
                if nl
                else f"Met: all {total} competences signed off at level {level} ({label_en})."
            )
        missing = int(r.missing)
        if self.after_action:
            return (
                f"Niveau {level} is ‘{label_nl}’. {missing} van {total} nog open: "
                f"{self._open_titles()}."
                if nl
                else f"Level {level} is ‘{label_en}’. {missing} of {total} still open: "
                f"{self._open_titles()}."
            )
        return (
            f"Nog {missing} van {total} competenties af te tekenen op niveau {level} "
            f"({label_nl}): {self._open_titles()}."
            if nl
            else f"{missing} of {total} competences still to be signed off at level {level} "
            f"({label_en}): {self._open_titles()}."
        )

    def _competences_evidenced(self) -> str:
        r, nl = self.r, self.nl
        total = int(r.needed)
        covered = total - int(r.missing)
        if r.met:
            return (
                f"Voldaan: alle {total} competenties hebben een bewijsstuk. Je kan een "
                "beoordeling aanvragen bij een erkend EVC-testcentrum."
                if nl
                else f"Met: all {total} competences have evidence. You can ask a recognised "
                "EVC test centre (erkend EVC-testcentrum) for an assessment."
            )
        partial_nl = (
            f" Met {counted(covered, 'competentie', 'competenties')} met bewijs kan je al een "
            "beoordeling aanvragen bij een erkend EVC-testcentrum; een bewijs van competenties "
            "krijg je pas na die beoordeling."
            if covered
            else ""
        )
        partial_en = (
            f" With {counted(covered, 'competence', 'competences', 'en')} with evidence you can "
            "already ask a recognised EVC test centre (erkend EVC-testcentrum) for an "
            "assessment; a certificate of competences (bewijs van competenties) comes only "
            "after that assessment."
            if covered
            else ""
        )
        missing = int(r.missing)
        if self.after_action:
            return (
                f"Nog zonder bewijsstuk: {self._open_titles()}.{partial_nl}"
                if nl
                else f"Without evidence so far: {self._open_titles()}.{partial_en}"
            )
        return (
            f"Nog {missing} van {total} competenties zonder bewijsstuk: {self._open_titles()}."
            f"{partial_nl}"
            if nl
            else f"{missing} of {total} competences have no evidence yet: {self._open_titles()}."
            f"{partial_en}"
        )
