"""The printable weekly sign-off sheet (the paper bridge, ``core.paper``): a plain snapshot in,
PDF bytes out, in Dutch, French or English.

The sheet lists exactly the hour entries the code stands for (date, hours and minutes, context,
placement), the code in large type and as a QR code (segno, drawn as vector squares), and room
for the mentor's name, date and signature. It says, in the sheet's language, that a paper
sign-off is weaker than a key or an eID.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from stageportfolio.report.fonts import BOLD, REGULAR, register_fonts

Language = Literal["nl", "fr", "en"]
LANGUAGES: tuple[Language, ...] = ("nl", "fr", "en")


@dataclass(frozen=True)
class SheetRow:
    day: date
    minutes: int
    context: str  # the context's name in the sheet's language (label, label_en, label_fr)
    placement: str


@dataclass(frozen=True)
class PaperSheet:
    learner: str
    portfolio_code: str  # portfolio_fingerprint: the same code the pupil's app shows
    school: str
    week: str  # 2026-W49
    monday: date
    sunday: date
    mentor: str  # the placement's mentor, as the pupil wrote it ("" when unknown)
    rows: tuple[SheetRow, ...]
    code: str
    qr: str  # what the QR code holds
    language: Language = "nl"


WORDS: dict[str, dict[Language, str]] = {
    "title": {
        "nl": "Aftekenblad stage-uren",
        "fr": "Feuille de validation des heures de stage",
        "en": "Placement hours sign-off sheet",
    },
    "learner": {"nl": "Leerling", "fr": "Stagiaire", "en": "Student"},
    "portfolio": {"nl": "Portfoliocode", "fr": "Code du portfolio", "en": "Portfolio code"},
    "school": {"nl": "School", "fr": "École", "en": "School"},
    "week": {"nl": "Week", "fr": "Semaine", "en": "Week"},
    "mentor": {"nl": "Mentor", "fr": "Maître de stage", "en": "Mentor"},
    "date": {"nl": "Datum", "fr": "Date", "en": "Date"},
    "hours": {"nl": "Uren", "fr": "Heures", "en": "Hours"},
    "context": {"nl": "Context", "fr": "Contexte", "en": "Setting"},
    "placement": {"nl": "Stageplaats", "fr": "Lieu de stage", "en": "Placement"},
    "total": {"nl": "Totaal", "fr": "Total", "en": "Total"},
    "none": {
        "nl": "Geen uren in deze week.",
        "fr": "Aucune heure cette semaine.",
        "en": "No hours in this week.",
    },
    "statement": {
        "nl": "Ik bevestig dat de leerling deze uren, precies zoals hierboven vermeld, bij ons "
        "stage liep. Klopt een regel niet? Teken dan niet en laat de leerling het aanpassen.",
        "fr": "Je confirme que le stagiaire a effectué ces heures de stage chez nous, exactement "
        "comme indiqué ci-dessus. Une ligne est inexacte ? Ne signez pas et demandez au "
        "stagiaire de la corriger.",
        "en": "I confirm that the student did these placement hours with us, exactly as listed "
        "above. Is a line wrong? Do not sign, and ask the student to correct it.",
    },
    "name": {"nl": "Naam mentor", "fr": "Nom du maître de stage", "en": "Mentor's name"},
    "signed_on": {"nl": "Datum", "fr": "Date", "en": "Date"},
    "signature": {"nl": "Handtekening", "fr": "Signature", "en": "Signature"},
    "code": {"nl": "Controlecode", "fr": "Code de contrôle", "en": "Check code"},
    "code_help": {
        "nl": "De leerling typt deze code in de app (of de app leest de QR-code van de scan). "
        "De code hoort bij precies deze uren: wie er later iets aan verandert, verliest de "
        "aftekening.",
        "fr": "Le stagiaire saisit ce code dans l’application (ou l’application lit le code QR du "
        "scan). Le code correspond exactement à ces heures : toute modification ultérieure "
        "annule la validation.",
        "en": "The student types this code into the app (or the app reads the QR code from the "
        "scan). The code belongs to exactly these hours: any later change loses the sign-off.",
    },
    "weaker": {
        "nl": "Papieren aftekening: zwakker dan een digitale sleutel of een eID. De app kan "
        "een handtekening op papier niet nakijken; de school kan de mentor bellen om ze te "
        "bevestigen.",
        "fr": "Validation sur papier : plus faible qu’une clé numérique ou une eID. "
        "L’application ne peut pas vérifier une signature sur papier ; l’école peut appeler "
        "le maître de stage pour la confirmer.",
        "en": "Paper sign-off: weaker than a digital key or an eID. The app cannot check a "
        "signature on paper; the school may call the mentor to confirm it.",
    },
}


def word(key: str, language: Language) -> str:
    return WORDS[key][language]


def _day(day: date, language: Language) -> str:
    names = {
        "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
        "fr": ("lun", "mar", "mer", "jeu", "ven", "sam", "dim"),
        "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    }[language]
    return f"{names[day.weekday()]} {day.day}/{day.month}/{day.year}"


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for part in filter(None, text.split(" ")):  # not at a no-break space (French " :")
        trial = f"{current} {part}".strip()
        if stringWidth(trial, font, size) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = part
    if current:
        lines.append(current)
    return lines


def _fit(text: str, font: str, size: float, width: float) -> str:
    while stringWidth(text, font, size) > width and len(text) > 4:
        text = text[:-2] + "…"
    return text


def _qr(canv: Canvas, text: str, x: float, y: float, size: float) -> None:
    """The QR code as vector squares (no image), lower-left corner at (x, y)."""
    import segno

    code = segno.make(text, error="m", micro=False)
    matrix = [list(row) for row in code.matrix]
    border = 2
    count = len(matrix) + 2 * border
    cell = size / count
    canv.setFillColor(colors.white)
    canv.rect(x, y, size, size, stroke=0, fill=1)
    canv.setFillColor(colors.black)
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                canv.rect(
                    x + (c + border) * cell, y + size - (r + border + 1) * cell, cell, cell,
                    stroke=0, fill=1,
                )  # fmt: skip


def _paragraph(canv: Canvas, text: str, x: float, y: float, width: float, size: float) -> float:
    canv.setFont(REGULAR, size)
    for line in _wrap(text, REGULAR, size, width):
        canv.drawString(x, y, line)
        y -= size * 1.35
    return y


def render_sheet(sheet: PaperSheet) -> bytes:
    """The sheet as a one-page (or longer, for many entries) A4 PDF."""
    register_fonts()
    lang = sheet.language
    buffer = io.BytesIO()
    # types-reportlab types initialFontName as a number; ReportLab takes the font's name
    canv = Canvas(buffer, pagesize=A4, initialFontName=REGULAR, initialFontSize=10)  # type: ignore[arg-type]
    canv.setTitle(f"{word('title', lang)} {sheet.learner} {sheet.week}")
    canv.setAuthor(sheet.learner)
    canv.setCreator("stageportfolio")
    width, height = A4
    left, right = 18 * mm, width - 18 * mm
    body = right - left
    y = height - 22 * mm
    canv.setFont(BOLD, 16)
    canv.drawString(left, y, word("title", lang))
    y -= 9 * mm
    facts: Sequence[tuple[str, str]] = [
        (word("learner", lang), sheet.learner),
        (word("portfolio", lang), sheet.portfolio_code),
        (word("school", lang), sheet.school or "–"),
        (
            word("week", lang),
            f"{sheet.week} ({_day(sheet.monday, lang)} – {_day(sheet.sunday, lang)})",
        ),
        (word("mentor", lang), sheet.mentor or "–"),
    ]
    for label, value in facts:
        canv.setFont(BOLD, 10)
        canv.drawString(left, y, label)
        canv.setFont(REGULAR, 10)
        canv.drawString(left + 38 * mm, y, _fit(value, REGULAR, 10, body - 38 * mm))
        y -= 5.5 * mm
    y -= 3 * mm
    columns = (left, left + 36 * mm, left + 52 * mm, left + 108 * mm)
    headers = ("date", "hours", "context", "placement")
    canv.setFillColor(colors.HexColor("#E8EEF4"))
    canv.rect(left, y - 2 * mm, body, 7 * mm, stroke=0, fill=1)
    canv.setFillColor(colors.black)
    canv.setFont(BOLD, 9.5)
    for x, key in zip(columns, headers, strict=True):
        canv.drawString(x + 1.5 * mm, y, word(key, lang))
    y -= 7 * mm
    canv.setFont(REGULAR, 9.5)
    for row in sheet.rows:
        if y < 95 * mm:
            canv.showPage()
            canv.setFont(REGULAR, 9.5)
            y = height - 22 * mm
        canv.drawString(columns[0] + 1.5 * mm, y, _day(row.day, lang))
        canv.drawString(columns[1] + 1.5 * mm, y, _hhmm(row.minutes))
        # A mentor reads the whole context and placement: wrapped, never cut (French names
        # are longer).
        context = _wrap(row.context, REGULAR, 9.5, 53 * mm)[:3]
        place = _wrap(row.placement, REGULAR, 9.5, 67 * mm)[:3]
        for i, line in enumerate(context):
            canv.drawString(columns[2] + 1.5 * mm, y - i * 4.2 * mm, line)
        for i, line in enumerate(place):
            canv.drawString(columns[3] + 1.5 * mm, y - i * 4.2 * mm, line)
        y -= (max(len(context), len(place), 1) - 1) * 4.2 * mm
        canv.setStrokeColor(colors.HexColor("#C8D0D8"))
        canv.line(left, y - 2 * mm, right, y - 2 * mm)
        y -= 6.5 * mm
    if not sheet.rows:
        canv.drawString(left + 1.5 * mm, y, word("none", lang))
        y -= 6.5 * mm
    total = sum(row.minutes for row in sheet.rows)
    canv.setFont(BOLD, 9.5)
    canv.drawString(columns[0] + 1.5 * mm, y, word("total", lang))
    canv.drawString(columns[1] + 1.5 * mm, y, _hhmm(total))
    y -= 7 * mm
    y -= 3 * mm
    y = _paragraph(canv, word("statement", lang), left, y, body, 10)
    y -= 6 * mm
    # The lines start after the longest label ("Nom du maître de stage" is longer than 38 mm).
    keys = ("name", "signed_on", "signature")
    start = max(38 * mm, *(canv.stringWidth(word(k, lang), BOLD, 10) + 3 * mm for k in keys))
    for key in keys:
        canv.setFont(BOLD, 10)
        canv.drawString(left, y, word(key, lang))
        canv.setStrokeColor(colors.black)
        canv.line(left + start, y - 1 * mm, left + max(120 * mm, start + 70 * mm), y - 1 * mm)
        y -= 12 * mm if key == "signature" else 9 * mm
    # The code, large, with its QR code; a footer that says what paper proves.
    box = 34 * mm
    base = 26 * mm
    _qr(canv, sheet.qr, right - box, base, box)
    canv.setFont(BOLD, 10)
    canv.drawString(left, base + box - 4 * mm, word("code", lang))
    canv.setFont(BOLD, 22)
    canv.drawString(left, base + box - 14 * mm, sheet.code)
    canv.setFillColor(colors.HexColor("#333333"))
    _paragraph(canv, word("code_help", lang), left, base + box - 21 * mm, body - box - 8 * mm, 8)
    canv.setFillColor(colors.HexColor("#8A4B00"))
    _paragraph(canv, word("weaker", lang), left, 16 * mm, body, 8)
    canv.showPage()
    canv.save()
    return buffer.getvalue()
