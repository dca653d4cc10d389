"""F1: three short how-tos (hours, activities, aftekenen), each a few steps with the keys.

Opens on the how-to of the section on screen (Uren: hours, Activiteiten: activities, else the
first); Ctrl+Tab or the tabs go to the others. Plain words for a pupil of 17; Dutch, and
English through the translation like every screen.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

HOURS, ACTIVITIES, SIGNING = range(3)


class HowToDialog(QDialog):
    def __init__(self, topic: int = HOURS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("howToDialog")
        self.setWindowTitle(self.tr("Hoe werkt het?"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Uitleg"))
        self.pages: list[QTextBrowser] = []
        for title, intro, steps in (
            (self.tr("&Uren"), *self.hours()),
            (self.tr("&Activiteiten"), *self.activities()),
            (self.tr("Af&tekenen"), *self.signing()),
        ):
            page = QTextBrowser()
            page.setOpenLinks(False)
            page.setAccessibleName(title.replace("&", ""))
            page.setHtml(_html(intro, steps))
            self.pages.append(page)
            self.tabs.addTab(page, title)
        self.tabs.setCurrentIndex(topic)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        chars = self.fontMetrics().averageCharWidth()
        self.resize(chars * 80, self.fontMetrics().lineSpacing() * 26)
        self.pages[topic].setFocus(Qt.FocusReason.OtherFocusReason)

    def texts(self) -> list[str]:
        """The plain text of each how-to, for tests and screen readers."""
        return [page.toPlainText() for page in self.pages]

    # -- the how-tos ---------------------------------------------------------------------------

    def hours(self) -> tuple[str, list[str]]:
        return (
            self.tr("Je stage-uren bijhouden, in een paar toetsen."),
            [
                self.tr(
                    "Vul eerst bij Stageplaatsen je stageplaats in, met je rooster: op welke "
                    "dagen je er bent en hoeveel uur een gewone dag duurt."
                ),
                self.tr(
                    "Ga naar Uren (Ctrl+2) en druk Ctrl+N. De datum staat al op je volgende "
                    "stagedag, met je stageplaats en je gewone uren. Klopt het? Druk Enter."
                ),
                self.tr(
                    "Nog een dag zoals de vorige? Kies hem in de lijst en druk Ctrl+D: hij komt "
                    "op je volgende stagedag."
                ),
                self.tr(
                    "Een hele week inhalen? Druk Ctrl+Shift+N (Week invullen), kijk de dagen na "
                    "en druk Enter."
                ),
                self.tr(
                    "Een fout gemaakt? Ctrl+Z maakt het ongedaan. Enter op een regel past hem "
                    "aan, Delete verwijdert hem."
                ),
                self.tr(
                    "Schrijf geen namen van cliënten in je opmerkingen: 'mevrouw X' of 'de "
                    "bewoner' is genoeg."
                ),
            ],
        )

    def activities(self) -> tuple[str, list[str]]:
        return (
            self.tr("Tonen wat je op stage geoefend hebt."),
            [
                self.tr(
                    "Ga naar Activiteiten (Ctrl+3). Ctrl+F zoekt een activiteit, bv. 'mondzorg'."
                ),
                self.tr(
                    "Kies de activiteit en druk Enter. Kies het niveau dat past: "
                    "1 geobserveerd, 2 onder begeleiding, 3 zelfstandig."
                ),
                self.tr(
                    "Schrijf kort wat je deed, wat goed ging en wat je nog wil oefenen. Noem "
                    "geen namen, geen rijksregisternummers en geen geboortedata."
                ),
                self.tr("Je voorstel telt pas mee als je mentor het aftekent (zie Aftekenen)."),
            ],
        )

    def signing(self) -> tuple[str, list[str]]:
        return (
            self.tr("Je mentor bevestigt je uren en activiteiten."),
            [
                self.tr(
                    "Staat je mentor naast je? Kies Aftekenen > Aftekenen door de mentor. Je "
                    "mentor kiest wat klopt en bevestigt met de eigen wachtzin: jij kunt dat "
                    "niet in zijn of haar plaats."
                ),
                self.tr(
                    "Op afstand: kies Aftekenen > Aftekenverzoek maken en stuur het bestand "
                    "naar je mentor. Het antwoord lees je in met Aftekenen > Aftekening inlezen."
                ),
                self.tr(
                    "Zegt je mentor 'niet akkoord', dan staat de reden bij de uren of de "
                    "activiteit. Pas ze aan en vraag opnieuw."
                ),
                self.tr(
                    "Verander je iets dat al afgetekend is, dan telt het niet meer als "
                    "bevestigd: er is een nieuwe aftekening nodig."
                ),
            ],
        )


def _html(intro: str, steps: list[str]) -> str:
    items = "".join(f"<li>{escape(step)}</li>" for step in steps)
    return f"<p><b>{escape(intro)}</b></p><ol>{items}</ol>"
