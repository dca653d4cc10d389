"""Build the printable snapshot of an opened portfolio (``report.snapshot``) from its service.

Application wiring between ``portfolio`` and ``report``: it reads only through
``PortfolioService`` and hands plain data to the renderers, which know nothing of the store.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from stageportfolio.core import clock
from stageportfolio.core.variants import list_notes, result_line, rule_tag
from stageportfolio.report.snapshot import (
    ActivityLine,
    AttestationLine,
    BKGroup,
    CompetenceLine,
    ContextTotal,
    EvidenceLine,
    HourLine,
    Owner,
    Period,
    PlacementLine,
    PortfolioSnapshot,
    RuleLine,
    SignatureLine,
    SignOffLine,
)
from stageportfolio.services.portfolio import PortfolioService

_TYPE_LABELS = {
    "application/pdf": "PDF-document",
    "application/msword": "Word-document",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word-document",
    "application/vnd.oasis.opendocument.text": "tekstdocument",
    "text/plain": "tekstbestand",
}


def type_label(media_type: str) -> str:
    if media_type in _TYPE_LABELS:
        return _TYPE_LABELS[media_type]
    major = media_type.split("/", 1)[0]
    return {"image": "afbeelding", "video": "video", "audio": "geluidsopname"}.get(major, "bestand")


def _day(value: object) -> date | None:
    if isinstance(value, datetime):  # a stored UTC timestamp: the day it was here
        return clock.local_day(value)
    if isinstance(value, date):
        return value
    return None


def verifications(service: PortfolioService) -> list[Any]:
    """Every mentor sign-off checked (facts only: the pupil's app judges no school key)."""
    from stageportfolio.services.signoffs import SignOffService

    return list(SignOffService(service).verify_all())


def signature_lines(checked: list[Any]) -> tuple[SignatureLine, ...]:
    return tuple(
        SignatureLine(
            label=str(v.label),
            mentor=str(v.mentor_name),
            fingerprint=str(v.fingerprint),
            code=str(v.code),
            status=str(v.status),
            name_confirmed=bool(v.name_confirmed),
            school_fingerprint=v.card.school_fingerprint if v.card is not None else "",
            school_name=v.card.school_name if v.card is not None else "",
            decision=str(v.decision),
            comment=str(v.comment),
            method=str(v.method or "key"),
        )
        for v in checked
    )


def build_snapshot(service: PortfolioService, *, today: date | None = None) -> PortfolioSnapshot:
    """Everything the portfolio PDF shows, read once."""
    info = service.info
    alist = service.alist
    contexts = service.catalog.contexts
    levels = {level.value: level.label for level in alist.levels}
    checked = verifications(service)
    # Each sign-off's check, and per hour entry what its latest sign-off says about it now.
    check_of_signoff = {str(v.signoff_id): v for v in checked}
    status_of_target: dict[str, tuple[str, str]] = {}
    for v in checked:  # oldest first: the latest decision about an item wins
        if v.target_kind != "hour_entry" or v.status == "history":
            continue
        if v.status == "valid" and v.decision == "refuse":
            status_of_target[v.target_id] = ("refused", f"{v.mentor_name}: {v.comment}")
        else:
            status_of_target[v.target_id] = (str(v.status), v.mentor_name)
    confirmed_minutes = service.hour_totals().confirmed

    def context_label(context: str) -> str:
        try:
            return contexts.label(context)
        except KeyError:
            return context

    def signoff_line(s: object) -> SignOffLine:
        level = getattr(s, "level", None)
        check = check_of_signoff.get(str(getattr(s, "id", "")))
        return SignOffLine(
            mentor_name=str(check.mentor_name if check else getattr(s, "mentor_name", "")),
            level=level,
            level_label=levels.get(level, str(level)) if level is not None else "",
            day=_day(getattr(s, "signed_at", None)),
            comment=str(getattr(s, "comment", "") or ""),
            signed=bool(getattr(s, "signed", False)),
            signature_status=str(check.status) if check else "unsigned",
            decision=str(getattr(s, "decision", "approve")),
            fact=str(check.fact) if check else "zonder handtekening",
            name_confirmed=bool(check.name_confirmed) if check else False,
        )

    # -- the verdict and the hours ----------------------------------------------------------
    evaluation = service.evaluation()
    rules = tuple(
        RuleLine(
            id=r.rule.id,
            title=r.rule.title or r.rule.id,
            severity=r.rule.severity,
            status=r.status,
            message=r.message("nl"),
            source=r.rule.source,
            progress=r.progress,
            tag=rule_tag(alist, r.rule),
        )
        for r in evaluation.results
    )
    order = {context: i for i, context in enumerate(alist.spec.contexts)}
    totals = tuple(
        ContextTotal(context, context_label(context), minutes)
        for context, minutes in sorted(
            evaluation.totals.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])
        )
        if minutes
    )

    hours = service.hours()
    days = [h.day for h in hours]
    period = Period(min(days), max(days)) if days else Period(None, None)

    mentors = {m.id: m.name for m in service.mentors()}
    by_placement: dict[str | None, list[HourLine]] = {}
    for h in sorted(hours, key=lambda h: h.day):
        by_placement.setdefault(h.placement_id, []).append(
            HourLine(
                h.day,
                context_label(h.context),
                h.minutes,
                h.note or "",
                *status_of_target.get(h.id, ("", "")),
            )
        )
    placement_infos = service.placements()
    placements = [
        PlacementLine(
            organisation=p.label,
            context_label=context_label(p.context),
            start=p.start_date,
            end=p.end_date,
            mentor_name=mentors.get(p.mentor_id, "") if p.mentor_id else "",
            hours=tuple(by_placement.get(p.id, ())),
        )
        for p in sorted(placement_infos, key=lambda p: (p.start_date, p.label))
    ]
    known = {p.id for p in placement_infos}
    loose = [line for pid, lines in by_placement.items() if pid not in known for line in lines]
    if loose:
        placements.append(
            PlacementLine("", "", None, None, "", tuple(sorted(loose, key=lambda h: h.day)))
        )

    # -- competences, records, sign-offs, evidence ------------------------------------------
    competence_of_activity: dict[str, str] = {}
    competence_label: dict[str, str] = {}
    for bk, comp in alist.competences():
        competence_label[comp.id] = f"C{comp.nr} {bk.title}"
        for act in comp.activities:
            competence_of_activity[act.id] = comp.id

    evidence = sorted(service.evidence(), key=lambda e: (e.day, e.original_name.lower()))
    attestation_statuses = service.attestations(evidence)
    attestation_text = {a.id: a.text for a in attestation_statuses}
    evidence_by_target: dict[str, list[str]] = {}
    evidence_lines = []
    for e in evidence:
        linked: dict[str, None] = {}
        for target in e.links:
            evidence_by_target.setdefault(target, []).append(e.original_name)
            competence = (
                target if target in competence_label else competence_of_activity.get(target)
            )
            if competence is not None:
                linked[competence_label[competence]] = None
        evidence_lines.append(
            EvidenceLine(
                name=e.original_name,
                media_type=e.media_type,
                type_label=type_label(e.media_type),
                day=e.day,
                sha256=e.sha256,
                size=e.size,
                description=e.description,
                competences=tuple(linked),
                attestations=tuple(attestation_text[t] for t in e.links if t in attestation_text),
            )
        )

    signoffs = service.signoffs()  # oldest first: a later sign-off wins
    record_signoff = {s.target_id: s for s in signoffs if s.target_kind == "activity_record"}
    competence_signoff = {s.target_id: s for s in signoffs if s.target_kind == "competence"}
    records_by_competence: dict[str, list[ActivityLine]] = {}
    activity_text = {act.id: act.text for _, comp in alist.competences() for act in comp.activities}
    for r in service.records():
        signed = record_signoff.get(r.id)
        records_by_competence.setdefault(r.competence_id, []).append(
            ActivityLine(
                record_id=r.id,
                activity_id=r.activity_id,
                text=activity_text.get(r.activity_id, r.activity_id),
                proposed_level=r.proposed_level,
                proposed_label=levels.get(r.proposed_level, str(r.proposed_level)),
                day=r.day,
                reflection=r.reflection or "",
                signoff=signoff_line(signed) if signed is not None else None,
                evidence=tuple(evidence_by_target.get(r.activity_id, ())),
            )
        )

    signed_rule = next(
        (r for r in evaluation.results if r.rule.kind == "competences_signed" and r.facts), None
    )
    open_competences = set(signed_rule.facts["open"]) if signed_rule is not None else None
    groups: list[BKGroup] = []
    for bk, comp in alist.competences():
        if not groups or groups[-1].code != bk.code:
            groups.append(BKGroup(bk.code, bk.title, bk.vks_level, ()))
        signed = competence_signoff.get(comp.id)
        own = list(evidence_by_target.get(comp.id, ()))
        for act in comp.activities:
            own.extend(evidence_by_target.get(act.id, ()))
        line = CompetenceLine(
            id=comp.id,
            nr=comp.nr,
            title=comp.title,
            activity_count=len(comp.activities),
            activities=tuple(sorted(records_by_competence.get(comp.id, ()), key=lambda a: a.day)),
            signoff=signoff_line(signed) if signed is not None else None,
            evidence=tuple(dict.fromkeys(own)),
            signed_by_rule=None if open_competences is None else comp.id not in open_competences,
        )
        last = groups[-1]
        groups[-1] = BKGroup(last.code, last.title, last.vks_level, (*last.competences, line))

    targets = tuple(
        f"{bk.title} ({bk.code})" + (" – gedeeltelijk" if link.scope == "gedeeltelijk" else "")
        for link in alist.spec.bks
        for bk in alist.bks
        if bk.code == link.code
    )
    owner = Owner(
        name=info.name,
        role=info.role,
        organisation=info.organisation,
        programme=info.programme or alist.spec.programme,
        list_id=alist.id,
        list_version=alist.version,
        list_title=alist.spec.title,
        list_kind=alist.spec.kind,
        school_year=info.school_year,
        targets=targets,
    )
    return PortfolioSnapshot(
        owner=owner,
        period=period,
        printed=today or clock.today(),
        rules=rules,
        totals=totals,
        counted_minutes=evaluation.counted_minutes,
        bks=tuple(groups),
        placements=tuple(placements),
        evidence=tuple(evidence_lines),
        levels=tuple((level.value, level.label) for level in alist.levels),
        signatures=signature_lines(checked),
        attestations=tuple(
            AttestationLine(
                text=a.text,
                type=a.type or "",
                regulation=a.regulation or "",
                bks=a.bks,
                evidence=tuple(e.original_name for e in a.evidence),
            )
            for a in attestation_statuses
        ),
        list_notes=tuple(list_notes(alist)),
        result_line=result_line(evaluation),
        confirmed_minutes=confirmed_minutes,
    )
