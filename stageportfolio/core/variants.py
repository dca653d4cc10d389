"""How a list and its rules are presented where a school variant matters: what each rule
rests on (federal registration, the qualification, the school), what a variant leaves out and
why, the list's own ``counts_as`` choices, and the result line that says what really blocks.

The same words in ``lists``, ``validate-list``, ``check``/``status``, the app and the PDF; Dutch
(default) and English, like the rule messages.
"""

from __future__ import annotations

from collections.abc import Sequence

from stageportfolio.core import messages
from stageportfolio.core.activitylist import Rule
from stageportfolio.core.catalog import ActivityList
from stageportfolio.core.messages import join_and, join_or, language
from stageportfolio.core.rules import Evaluation, RuleResult

_BASIS_NL = {
    "registratie": "federale registratievoorwaarde",
    "kwalificatie": "officiële regel van de kwalificatie",
    "school": "regel van de school",
}
_BASIS_EN = {
    "registratie": "federal registration condition",
    "kwalificatie": "official rule of the qualification",
    "school": "school rule",
}


def rule_title(rule: Rule, lang: str = "nl") -> str:
    if language(lang) == "en" and rule.title_en:
        return rule.title_en
    return rule.title or rule.id


def basis_label(rule: Rule, lang: str = "nl") -> str:
    """What a rule rests on, in words; ``""`` for advice (its severity says it already)."""
    if rule.basis == "advies":
        return ""
    return (_BASIS_EN if language(lang) == "en" else _BASIS_NL)[rule.basis]


def rule_tag(alist: ActivityList, rule: Rule, lang: str = "nl") -> str:
    """``"regel van de school, strenger dan: 300 uur stage, …"``; ``""`` for a plain rule."""
    label = basis_label(rule, lang)
    parts = [label] if label else []
    if rule.tightens:
        target = next((r for r in alist.spec.rules if r.id == rule.tightens), None)
        title = rule_title(target, lang) if target is not None else rule.tightens
        parts.append(
            f"stricter than: {title}" if language(lang) == "en" else f"strenger dan: {title}"
        )
    return ", ".join(parts)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def list_notes(alist: ActivityList, lang: str = "nl") -> list[str]:
    """What a reader of the rules must know about the list itself: which list a variant is based
    on, every rule it leaves out with the school's reason, its own ``counts_as`` choices, and
    whether it came with an imported portfolio rather than being installed."""
    en = language(lang) == "en"
    notes: list[str] = []
    variant = alist.variant
    if variant is not None:
        base = (variant.base_title_en if en else None) or variant.base_title
        own = len(variant.own_rule_ids)
        if en:
            notes.append(
                f"School variant of {base} ({variant.base_id}, version {variant.base_version}): "
                f"every rule of that list applies, except those left out below; "
                f"{_count(own, 'rule', 'rules')} of the school's own."
            )
        else:
            notes.append(
                f"Schoolvariant van {base} ({variant.base_id}, versie {variant.base_version}): "
                f"elke regel van die lijst geldt, behalve wat hieronder vervalt; "
                f"{_count(own, 'eigen regel', 'eigen regels')} van de school."
            )
        for dropped in variant.dropped:
            title = rule_title(dropped.rule, lang)
            if en:
                notes.append(
                    f"LEFT OUT by the school: the rule '{title}' ({dropped.rule.id}) of {base} "
                    f"does not apply in this variant. The school's reason: {dropped.reason}"
                )
            else:
                notes.append(
                    f"VERVALLEN door de school: de regel '{title}' ({dropped.rule.id}) van {base} "
                    f"geldt niet in deze variant. Reden van de school: {dropped.reason}"
                )
    registration = any(rule.basis == "registratie" for rule in alist.spec.rules)
    for ctx, broader in alist.spec.counts_as.items():
        label = alist.contexts.label(ctx, "en" if en else "nl")
        others = alist.contexts.labels(list(broader), "en" if en else "nl")
        if ctx in alist.contexts:
            usual = alist.contexts.labels(list(alist.contexts.get(ctx).counts_as), lang)
        else:
            usual = []
        if en:
            text = (
                f"This list's choice: hours in {label} also count as {join_or(others, 'en')}"
                if others
                else f"This list's choice: hours in {label} count only for {label}"
                + (f", not as {join_or(usual, 'en')}" if usual else "")
            )
            if registration:
                text += " (not for the federal registration conditions)"
        else:
            text = (
                f"Keuze van deze lijst: uren in {label} tellen ook als {join_or(others)}"
                if others
                else f"Keuze van deze lijst: uren in {label} tellen enkel voor {label}"
                + (f", niet als {join_or(usual)}" if usual else "")
            )
            if registration:
                text += " (niet voor de federale registratievoorwaarden)"
        notes.append(text + ".")
    if alist.origin == "archive":
        notes.append(
            "This list came with an imported portfolio and is not installed on this computer: "
            "the verdict follows the list as the portfolio file carried it."
            if en
            else "Deze lijst kwam mee met een geïmporteerd portfolio en is niet geïnstalleerd op "
            "deze computer: het oordeel volgt de lijst zoals het portfoliobestand ze meebracht."
        )
    return notes


# --- the result line ------------------------------------------------------------------------


def _all_met(results: Sequence[RuleResult], basis: str) -> bool:
    found = [r for r in results if r.rule.basis == basis and r.rule.severity == "error"]
    return bool(found) and all(r.met for r in found)


def result_line(evaluation: Evaluation, lang: str = "nl") -> str:
    """The last line of a check: how many blocking gaps and what they block (registration,
    the qualification, a rule of the school's own); when only the school's rules block, it
    says that the federal and official rules are met."""
    en = language(lang) == "en"
    counts = {basis: len(found) for basis, found in evaluation.blocking().items()}
    line = messages.result_line(counts, lang).rstrip(".")
    met = [
        basis
        for basis in ("registratie", "kwalificatie")
        if not counts.get(basis) and _all_met(evaluation.results, basis)
    ]
    if met and counts.get("school"):
        if en:
            words = {"registratie": "the federal registration conditions",
                     "kwalificatie": "the official rules of the qualification"}  # fmt: skip
            line += f"; {join_and([words[b] for b in met], 'en')} are met"
        else:
            words = {"registratie": "de federale registratievoorwaarden",
                     "kwalificatie": "de officiële regels van de kwalificatie"}  # fmt: skip
            line += f"; {join_and([words[b] for b in met])} zijn voldaan"
    return line + "."
