"""The first sentence of every gap message: what to do, in words a pupil of 17 understands.

"Loop nog 37,5 uur stage in een ziekenhuis of in de thuiszorg." comes before the explanation
("Nog 37,5 uur nodig … (262,5 van 300 getelde uren) …") and the source. Met rules and rules
that could not be evaluated have no action. The numbers come from the result, like the rest of
the message (``core.messages``).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from stageportfolio.core.messages import (
    clock_text,
    count_word,
    join_and,
    join_or,
    language,
    long_date,
    number,
    plural,
)

if TYPE_CHECKING:
    from stageportfolio.core.rules import RuleResult


def action(result: RuleResult, lang: str = "nl", *, hhmm: bool = False) -> str:
    """One sentence that says what to do about an unmet rule; ``""`` when there is nothing to
    do (the rule is met or could not be evaluated)."""
    if result.status != "unmet":
        return ""
    return _Action(result, language(lang), hhmm).sentence()


class _Action:
    def __init__(self, result: RuleResult, lang: str, hhmm: bool) -> None:
        self.r = result
        self.nl = lang == "nl"
        self.lang = lang
        self.hhmm = hhmm
        self.rule: Any = result.rule
        self.facts: dict[str, Any] = result.facts

    def h(self, value: Decimal | int | float) -> str:
        return clock_text(value) if self.hhmm else number(value, self.lang)

    def where(self, ids: list[str]) -> list[str]:
        reg = self.r.contexts
        if reg is None:
            return [f"in {ctx}" for ctx in ids]
        return [reg.where(ctx, self.lang) for ctx in ids]

    def where_or(self, ids: list[str]) -> str:
        return join_or(self.where(ids), self.lang)

    def where_some(self, ids: list[str], needed: int) -> str:
        joined = join_and if needed >= len(ids) else join_or
        return joined(self.where(ids), self.lang)

    def sentence(self) -> str:
        if self.r.unit == "lestijden":
            return self._lestijden()
        method = getattr(self, f"_{self.rule.kind}", None)
        return "" if method is None else str(method())

    # -- per kind ------------------------------------------------------------------------------

    def _hours(self, missing: str, where: str) -> str:
        place = f" {where}" if where else ""
        return (
            f"Loop nog {missing} uur stage{place}."
            if self.nl
            else f"Do {missing} more hours of stage{place}."
        )

    def _min_total_hours(self) -> str:
        missing = self.h(self.r.missing)
        inside = list(self.rule.contexts)
        if not inside:
            return self._hours(missing, "")
        if self.rule.cap_outside is None or self.facts.get("other_minutes", 0) >= self.facts.get(
            "cap_minutes", 0
        ):
            return self._hours(missing, self.where_or(inside))
        return (
            f"Loop nog {missing} uur stage, het best {self.where_or(inside)}."
            if self.nl
            else f"Do {missing} more hours of stage, preferably {self.where_or(inside)}."
        )

    def _lestijden(self) -> str:
        missing = number(self.r.missing, self.lang)
        inside = list(getattr(self.rule, "contexts", ()) or ())
        place = f" {self.where_or(inside)}" if inside else ""
        return (
            f"Loop nog {missing} lestijden stage{place}."
            if self.nl
            else f"Do {missing} more lestijden of stage{place}."
        )

    def _min_hours_in_contexts(self) -> str:
        all_ids = list(self.rule.contexts)
        absent = list(self.facts.get("absent", ()))
        more = int(self.facts.get("missing_distinct", 0))
        missing = self.h(self.r.missing)
        if self.r.missing > 0 and more and self.facts.get("present"):
            # hours in a context not there yet close both gaps at once
            return self._hours(missing, self.where_some(absent, more))
        if self.r.missing > 0:
            return self._hours(missing, self.where_or(all_ids))
        also = self.where_some(absent, more)
        return f"Loop ook stage {also}." if self.nl else f"Do stage {also} too."

    def _required_contexts(self) -> str:
        absent = list(self.facts.get("absent", ()))
        present = list(self.facts.get("present", ()))
        if self.rule.mode == "exact":
            where = join_and(self.where(absent), self.lang)
        else:
            where = self.where_some(absent, int(self.r.missing))
        if not present:
            return f"Loop stage {where}." if self.nl else f"Do stage {where}."
        return f"Loop ook stage {where}." if self.nl else f"Do stage {where} too."

    def _not_only_contexts(self) -> str:
        reg = self.r.contexts
        ids = list(self.rule.contexts)
        labels = reg.labels(ids, self.lang) if reg is not None else ids
        the = join_or(labels, self.lang)
        return (
            f"Loop ook stage buiten {the}." if self.nl else f"Do some of your stage outside {the}."
        )

    def _min_weeks(self) -> str:
        days = Decimal(str(self.facts.get("missing_days", 0)))
        text = number(days, self.lang)
        if self.nl:
            return f"Plan nog {text} {plural(days, 'stagedag', 'stagedagen')}."
        return f"Plan {text} more {plural(days, 'stage day', 'stage days')}."

    def _min_half_days(self) -> str:
        missing = self.r.missing
        text = number(missing, self.lang)
        if self.nl:
            return f"Plan nog {text} {plural(missing, 'halve dag', 'halve dagen')} stage."
        return f"Plan {text} more {plural(missing, 'half-day', 'half-days')} of stage."

    def _component_duration(self) -> str:
        reg = self.r.contexts
        ids = list(self.rule.contexts)
        labels = reg.labels(ids, self.lang) if reg is not None else ids
        label = (self.rule.label if self.nl else None) or join_or(labels, self.lang)
        until = self.facts.get("until")
        if not self.facts.get("periods") or until is None:
            return (
                f"Plan een stageperiode: {label}."
                if self.nl
                else f"Plan a period of stage: {label}."
            )
        day = long_date(date.fromisoformat(str(until)), self.lang)
        if self.facts.get("too_long"):
            return (
                f"Laat je stage ({label}) uiterlijk op {day} eindigen."
                if self.nl
                else f"End your stage ({label}) on {day} at the latest."
            )
        return (
            f"Loop stage ({label}) tot en met {day}."
            if self.nl
            else f"Keep doing stage ({label}) until {day}."
        )

    def _min_weekly_hours_avg(self) -> str:
        if not self.facts.get("start"):
            return "Log je eerste uren." if self.nl else "Log your first hours."
        more = self.h(self.facts.get("missing_total", 0))
        return (
            f"Werk meer uren per week: nog {more} uur in deze periode."
            if self.nl
            else f"Work more hours a week: {more} more hours in this period."
        )

    def _competences_signed(self) -> str:
        missing = int(self.r.missing)
        level = self.rule.min_level
        word = count_word(missing, self.lang)
        if self.nl:
            what = plural(missing, "competentie", "competenties")
            return f"Vraag je mentor om nog {word} {what} af te tekenen op niveau {level}."
        what = plural(missing, "competence", "competences")
        return f"Ask your mentor to sign off {word} more {what} at level {level}."

    def _competences_evidenced(self) -> str:
        missing = int(self.r.missing)
        word = count_word(missing, self.lang)
        if self.nl:
            what = plural(missing, "competentie", "competenties")
            return f"Voeg een bewijsstuk toe bij nog {word} {what}."
        what = plural(missing, "competence", "competences")
        return f"Add evidence for {word} more {what}."


__all__ = ["action"]
