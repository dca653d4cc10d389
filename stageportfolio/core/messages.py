"""Plain-language messages for rule results, in Dutch (default) and English.

A message says what is missing and how much, then cites the rule's source. The numbers come
from the result, so the same result reads the same in the app, the CLI and the PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from stageportfolio.core.hours import hours_decimal

if TYPE_CHECKING:
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


_COUNT_WORDS_NL = {1: "één", 2: "twee", 3: "drie", 4: "vier"}


def _count(n: int, lang: str) -> str:
    return _COUNT_WORDS_NL.get(n, str(n)) if lang == "nl" else str(n)


def _plural(n: Decimal | int, one: str, many: str) -> str:
    return one if Decimal(n) == 1 else many


def render(result: RuleResult, lang: str = "nl") -> str:
    """The message for one result; ``lang`` is a language tag (``nl``, ``nl-BE``, ``en``...)."""
    lang = language(lang)
    body = _body(result, lang)
    if result.rule.confirmed_only:
        body += (
            " Enkel uren die een mentor bevestigde, tellen mee."
            if lang == "nl"
            else " Only hours a mentor confirmed count."
        )
    source = result.rule.source.strip()
    end = "" if source.endswith((".", "!", "?", "…")) else "."
    if lang == "nl":
        return f"{body} Bron: {source}{end}"
    return f"{body} Source: {source}{end}"


def _labels(result: RuleResult, ids: Sequence[str], lang: str) -> list[str]:
    if result.contexts is None:
        return list(ids)
    return result.contexts.labels(ids, lang)


def _body(r: RuleResult, lang: str) -> str:
    nl = lang == "nl"
    n = lambda v: number(v, lang)  # noqa: E731
    kind = r.rule.kind
    f = r.facts
    rule = r.rule
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

    if kind == "min_total_hours":
        counted = (
            f"{n(r.have)} van {n(r.needed)} getelde uren"
            if nl
            else (f"{n(r.have)} of {n(r.needed)} counted hours")
        )
        if r.met:
            return f"Voldaan: {counted}." if nl else f"Met: {counted}."
        inside_ids = list(getattr(rule, "contexts", ()))
        if not inside_ids:
            return (
                f"Nog {n(r.missing)} uur stage nodig ({counted})."
                if nl
                else (f"{n(r.missing)} more hours of stage needed ({counted}).")
            )
        inside = _labels(r, inside_ids, lang)
        cap, outside = f["cap_minutes"], f["outside_minutes"]
        if getattr(rule, "cap_outside", None) is None:
            # Without cap_outside, hours outside the contexts do not count at all.
            where = join_or(inside, lang)
            outside_h = n(hours_decimal(outside))
            if nl:
                text = f"Nog {n(r.missing)} uur in {where} nodig ({counted}; "
                text += f"enkel uren in {where} tellen mee"
                if outside:
                    text += f", {outside_h} uur in een andere setting telt niet mee"
                return text + ")."
            text = f"{n(r.missing)} more hours needed in {where} ({counted}; "
            text += f"only hours in {where} count"
            if outside:
                text += f", so {outside_h} hours in another setting do not count"
            return text + ")."
        cap_h, excess_h = n(hours_decimal(cap)), n(hours_decimal(max(0, outside - cap)))
        if outside >= cap:
            where = join_or(inside, lang)
            if nl:
                text = f"Nog {n(r.missing)} uur in {where} nodig ({counted}; "
                text += f"uren in een andere setting tellen voor maximaal {cap_h} uur"
                if outside > cap:
                    text += f", {excess_h} uur telt daarom niet mee"
                return text + ")."
            text = f"{n(r.missing)} more hours needed in {where} ({counted}; "
            text += f"hours in another setting count for at most {cap_h} hours"
            if outside > cap:
                text += f", so {excess_h} hours do not count"
            return text + ")."
        if nl:
            return (
                f"Nog {n(r.missing)} uur stage nodig ({counted}); uren buiten "
                f"{join_and(inside, lang)} tellen voor maximaal {cap_h} uur."
            )
        return (
            f"{n(r.missing)} more hours of stage needed ({counted}); hours outside "
            f"{join_and(inside, lang)} count for at most {cap_h} hours."
        )

    if kind == "min_hours_in_contexts":
        all_ids = list(getattr(rule, "contexts", ()))
        where = join_or(_labels(r, all_ids, lang), lang)
        k = getattr(rule, "min_distinct", 1)
        absent = join_or(_labels(r, f["absent"], lang), lang)
        present = join_and(_labels(r, f["present"], lang), lang)
        spread_nl = f"minstens {_count(k, lang)} van de {len(all_ids)} contexten"
        spread_en = f"at least {k} of the {len(all_ids)} contexts"
        if r.met:
            return (
                f"Voldaan: {n(r.have)} uur in {where}, verdeeld over {present}."
                if nl
                else f"Met: {n(r.have)} hours in {where}, spread over {present}."
            )
        hours_short = r.missing > 0
        spread_short = f["missing_distinct"] > 0
        if hours_short and not spread_short:
            return (
                f"Nog {n(r.missing)} uur in {where} nodig ({n(r.have)} van {n(r.needed)} uur)."
                if nl
                else f"{n(r.missing)} more hours needed in {where} ({n(r.have)} of {n(r.needed)})."
            )
        now_nl = f"nu enkel {present}" if f["present"] else "nu nog geen"
        now_en = f"now only {present}" if f["present"] else "none yet"
        if not hours_short:
            return (
                f"Nog uren nodig in {absent}: de uren moeten in {spread_nl} liggen ({now_nl})."
                if nl
                else f"Hours still needed in {absent}: hours must be in {spread_en} ({now_en})."
            )
        # With hours in none of the contexts, "also in" would name all of them a second time.
        also_nl = f", ook in {absent}" if f["present"] else ""
        also_en = f", including {absent}" if f["present"] else ""
        if nl:
            return (
                f"Nog {n(r.missing)} uur in {where} nodig ({n(r.have)} van {n(r.needed)} uur)"
                f"{also_nl}: de uren moeten in {spread_nl} liggen ({now_nl})."
            )
        return (
            f"{n(r.missing)} more hours needed in {where} ({n(r.have)} of {n(r.needed)})"
            f"{also_en}: hours must be in {spread_en} ({now_en})."
        )

    if kind == "required_contexts":
        all_ids = list(getattr(rule, "contexts", ()))
        exact = getattr(rule, "mode", "exact") == "exact"
        if r.met:
            present = join_and(_labels(r, f["present"], lang), lang)
            return f"Voldaan: uren in {present}." if nl else f"Met: hours in {present}."
        absent_labels = _labels(r, f["absent"], lang)
        if exact:
            both = join_and(_labels(r, all_ids, lang), lang)
            return (
                f"Nog geen uren in {join_and(absent_labels, lang)}: stage in {both} is verplicht."
                if nl
                else f"No hours yet in {join_and(absent_labels, lang)}: "
                f"stage in {both} is required."
            )
        k = int(r.needed)
        if not f["present"]:
            return (
                f"Nog geen uren in {join_or(absent_labels, lang)}: stage in minstens "
                f"{_count(k, lang)} van deze contexten is verplicht."
                if nl
                else f"No hours yet in {join_or(absent_labels, lang)}: stage in at least {k} "
                "of these contexts is required."
            )
        more = int(r.missing)
        return (
            f"Nog uren nodig in {_count(more, lang)} andere "
            f"{_plural(more, 'context', 'contexten')} uit {join_or(absent_labels, lang)} "
            f"(minstens {_count(k, lang)} van de {len(all_ids)} contexten)."
            if nl
            else f"Hours still needed in {more} more {_plural(more, 'context', 'contexts')} of "
            f"{join_or(absent_labels, lang)} (at least {k} of the {len(all_ids)} contexts)."
        )

    if kind == "not_only_contexts":
        where = join_or(_labels(r, list(getattr(rule, "contexts", ())), lang), lang)
        if r.met:
            return (
                f"Voldaan: niet alle uren liggen in {where}."
                if nl
                else f"Met: not all hours are in {where}."
            )
        return (
            f"Alle uren liggen in {where}: stage enkel daar volstaat niet. "
            "Nog uren nodig in een andere context."
            if nl
            else f"All hours are in {where}: stage only there is not enough. "
            "Hours are still needed in another context."
        )

    if kind == "min_weeks":
        w_nl = _plural(r.have, "kalenderweek", "kalenderweken")
        w_en = _plural(r.have, "calendar week", "calendar weeks")
        if r.met:
            return (
                f"Voldaan: stage gespreid over {n(r.have)} {w_nl}."
                if nl
                else f"Met: stage spread over {n(r.have)} {w_en}."
            )
        # "advies" for a warning (advised volume); a required number of weeks is "nodig".
        advice = rule.severity == "warning"
        if nl:
            wanted = (
                f"advies: minstens {n(r.needed)} weken"
                if advice
                else f"minstens {n(r.needed)} weken nodig"
            )
            still = f"nog {n(r.missing)} {_plural(r.missing, 'week', 'weken')}"
            return f"Stage gespreid over {n(r.have)} {w_nl}; {wanted} ({still})."
        wanted = (
            f"advice: at least {n(r.needed)} weeks"
            if advice
            else f"at least {n(r.needed)} weeks needed"
        )
        return f"Stage spread over {n(r.have)} {w_en}; {wanted} ({n(r.missing)} more)."

    if kind == "component_duration":
        ids = list(getattr(rule, "contexts", ()))
        label = getattr(rule, "label", None) or join_or(_labels(r, ids, lang), lang)
        low, high = getattr(rule, "min_months", None), getattr(rule, "max_months", None)
        if low is not None and high is not None:
            bounds = f"{n(low)} tot {n(high)} maanden" if nl else f"{n(low)} to {n(high)} months"
        elif low is not None:
            bounds = f"minstens {n(low)} maanden" if nl else f"at least {n(low)} months"
        else:
            bounds = f"hoogstens {n(high or 0)} maanden" if nl else f"at most {n(high or 0)} months"
        if r.met:
            return (
                f"Voldaan: {label} {n(r.have)} maanden ({bounds})."
                if nl
                else f"Met: {label} {n(r.have)} months ({bounds})."
            )
        if r.have == 0:
            return (
                f"Nog geen periode in {label}: {bounds} nodig."
                if nl
                else f"No period in {label} yet: {bounds} needed."
            )
        if f.get("too_long"):
            return (
                f"{label}: {n(r.have)} maanden, dat is {n(f['excess'])} maanden te lang ({bounds})."
                if nl
                else f"{label}: {n(r.have)} months, {n(f['excess'])} months too long ({bounds})."
            )
        return (
            f"{label}: {n(r.have)} maanden; nog {n(r.missing)} maanden nodig ({bounds})."
            if nl
            else f"{label}: {n(r.have)} months; {n(r.missing)} more months needed ({bounds})."
        )

    if kind == "min_weekly_hours_avg":
        if r.have == 0 and not f.get("start"):
            return (
                f"Nog geen uren: gemiddeld minstens {n(r.needed)} uur per week nodig."
                if nl
                else f"No hours yet: at least {n(r.needed)} hours a week on average needed."
            )
        if r.met:
            return (
                f"Voldaan: gemiddeld {n(r.have)} uur per week over {n(f['weeks'])} weken."
                if nl
                else f"Met: on average {n(r.have)} hours a week over {n(f['weeks'])} weeks."
            )
        return (
            f"Gemiddeld {n(r.have)} uur per week over {n(f['weeks'])} weken; minstens "
            f"{n(r.needed)} nodig (nog {n(f['missing_total'])} uur in deze periode)."
            if nl
            else f"On average {n(r.have)} hours a week over {n(f['weeks'])} weeks; at least "
            f"{n(r.needed)} needed ({n(f['missing_total'])} more hours in this period)."
        )

    # competences_signed / competences_evidenced
    titles = f.get("open_titles", [])
    shown = "; ".join(titles[:3]) + (f" en nog {len(titles) - 3}" if len(titles) > 3 else "")
    if lang != "nl" and len(titles) > 3:
        shown = "; ".join(titles[:3]) + f" and {len(titles) - 3} more"
    total = int(r.needed)
    if kind == "competences_signed":
        level = getattr(rule, "min_level", 0)
        label_nl, label_en = f.get("levels", {}).get(level, (str(level), str(level)))
        if r.met:
            return (
                f"Voldaan: alle {total} competenties afgetekend op niveau {level} ({label_nl})."
                if nl
                else f"Met: all {total} competences signed off at level {level} ({label_en})."
            )
        return (
            f"Nog {n(r.missing)} van {total} competenties af te tekenen op niveau {level} "
            f"({label_nl}): {shown}."
            if nl
            else f"{n(r.missing)} of {total} competences still to be signed off at level {level} "
            f"({label_en}): {shown}."
        )
    covered = total - int(r.missing)
    if r.met:
        return (
            f"Voldaan: alle {total} competenties hebben een bewijsstuk."
            if nl
            else f"Met: all {total} competences have evidence."
        )
    partial_nl = (
        f" Met de {covered} gedekte competenties kan je al een bewijs van competenties aanvragen."
        if covered
        else ""
    )
    partial_en = (
        f" With the {covered} covered competences you can already apply for a certificate of "
        "competences (bewijs van competenties)."
        if covered
        else ""
    )
    return (
        f"Nog {n(r.missing)} van {total} competenties zonder bewijsstuk: {shown}.{partial_nl}"
        if nl
        else f"{n(r.missing)} of {total} competences have no evidence yet: {shown}.{partial_en}"
    )
