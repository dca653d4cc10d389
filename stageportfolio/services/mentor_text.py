"""What a mentor reads, in the mentor's own language: Dutch, English or French.

Flemish pupils often do their stage with French-speaking mentors in Brussels and Wallonia, so
everything a mentor reads can be French or English, whatever language the pupil's app is in:
the sign-off dialog on the pupil's laptop and mentor mode (their Qt texts are in the Qt
Linguist files of ``resources/translations``) and the ``mentor-*`` commands. The texts made
below the screens live here: an item as the mentor signs it, a week's title, hours, levels, the
passphrase hints and the mentor-load warning, plus the commands' own sentences (``cli.py``).

The Dutch text is the message id (as in the Qt files); English and French come from the
gettext catalogues ``resources/locale/<lang>/LC_MESSAGES/mentor.po``, compiled to ``.mo``
(scripts/update_translations.sh). Plurals go through the catalogue's own plural rule
(``n_``), never by hand. No Qt here.
"""

from __future__ import annotations

import gettext
from collections.abc import Mapping, Sequence
from datetime import date
from functools import cache
from typing import Any, Final

from stageportfolio.core import passphrase
from stageportfolio.core.shipped import shipped_file
from stageportfolio.core.text import plain
from stageportfolio.core.weeks import Week

LANGUAGES: Final = ("nl", "en", "fr")
# Each language by its own name: what the language switch shows, whatever language is on.
LANGUAGE_NAMES: Final = {"nl": "Nederlands", "en": "English", "fr": "Français"}
DOMAIN: Final = "mentor"

# Calendar words are data, like core.messages' Dutch and English months.
_DAYS = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
}
_SHORT_DAYS = {
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
}
_MONTHS = {
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
}  # fmt: skip


def language(code: str | None) -> str:
    """``"nl"``, ``"en"`` or ``"fr"``: a tag such as ``fr-BE`` or ``en_GB`` by its first part;
    anything else is Dutch."""
    head = (code or "").strip().lower()[:2]
    return head if head in LANGUAGES else "nl"


@cache
def _catalogue(lang: str) -> gettext.NullTranslations:
    if lang == "nl":
        return gettext.NullTranslations()  # the message ids are the Dutch texts
    path = shipped_file("resources", "locale", lang, "LC_MESSAGES", f"{DOMAIN}.mo")
    with path.open("rb") as handle:
        return gettext.GNUTranslations(handle)


class Words:
    """The mentor's texts in one language: ``Words("fr")._("Week")``."""

    def __init__(self, lang: str | None = "nl") -> None:
        self.lang = language(lang)
        self._catalogue = _catalogue(self.lang)

    # -- the two calls scripts/update_translations.sh collects -----------------------------

    def _(self, text: str) -> str:
        return self._catalogue.gettext(text)

    def n_(self, one: str, many: str, n: int) -> str:
        """The singular or plural by the language's plural rule (French: 0 and 1 singular)."""
        return self._catalogue.ngettext(one, many, n)

    # -- numbers, hours and days ---------------------------------------------------------------

    def number(self, value: float | int) -> str:
        text = f"{value:g}"
        return text if self.lang == "en" else text.replace(".", ",")

    def hours(self, minutes: int) -> str:
        """``450`` -> ``7 uur 30`` / ``7 h 30 min`` / ``7 h 30``; whole hours without minutes."""
        whole, rest = divmod(int(minutes), 60)
        if rest == 0:
            return self._("{hours} uur").format(hours=whole)
        return self._("{hours} uur {minutes:02d}").format(hours=whole, minutes=rest)

    def day(self, day: date) -> str:
        """``ma 7/9``: the week's title says the month and the year."""
        return f"{_SHORT_DAYS[self.lang][day.weekday()]} {day.day}/{day.month}"

    def full_date(self, day: date) -> str:
        """``maandag 7 september 2026`` / ``Monday 7 September 2026`` / ``lundi 7 septembre
        2026``."""
        return (
            f"{_DAYS[self.lang][day.weekday()]} {day.day} {_MONTHS[self.lang][day.month - 1]} "
            f"{day.year}"
        )

    def short_date(self, day: date) -> str:
        return f"{day.day}/{day.month}/{day.year}"

    def week_title(self, week: Week) -> str:
        """``Week 37: maandag 7 tot zondag 13 september 2026`` (Monday to Sunday)."""
        first, last = week.monday, week.sunday
        days, months = _DAYS[self.lang], _MONTHS[self.lang]
        start = f"{days[0]} {first.day}"
        if first.month != last.month:
            start += f" {months[first.month - 1]}"
        if first.year != last.year:
            start += f" {first.year}"
        end = f"{days[6]} {last.day} {months[last.month - 1]} {last.year}"
        return self._("Week {number}: {first} tot {last}").format(
            number=week.number, first=start, last=end
        )

    def undated_title(self) -> str:
        return self._("Zonder datum")

    # -- what the mentor signs -----------------------------------------------------------------

    def level(self, value: int | None, levels: Sequence[Any] = ()) -> str:
        """``2 – onder begeleiding uitgevoerd``: a level of ``levels`` (a list's scale, with
        ``text(lang)``) in this language, or the bare number for a level not on it."""
        for option in levels:
            if option.value == value:
                return f"{value} – {option.text(self.lang)}"
        return str(value)

    def item_line(
        self,
        item: Mapping[str, Any],
        *,
        contexts: Any = None,
        activity_text: str | None = None,
        competence_title: str | None = None,
    ) -> str:
        """One line for a mentor, from the signed fields of ``item`` only, with the context's
        name (``contexts``: a ContextRegistry) and the activity's text from the app's own
        lists: ``di 8/9 · 7 uur 30 · residentiële ouderenzorg · WZC De Linde``."""
        kind = item.get("kind")
        raw_day = item.get("day")
        day = date.fromisoformat(raw_day) if isinstance(raw_day, str) else raw_day
        when = self.day(day) if isinstance(day, date) else ""
        if kind == "hour_entry":
            context = str(item.get("context") or "")
            name = contexts.label(context, self.lang) if contexts is not None else context
            where = plain(str(item.get("placement_name") or ""), one_line=True)
            parts = [when, self.hours(int(item.get("minutes") or 0)), name, where]
            return " · ".join(p for p in parts if p)
        if kind == "activity_record":
            what = activity_text or self._(
                "activiteit {id} (niet in de lijsten van deze app)"
            ).format(id=item.get("activity"))
            proposed = self._("voorgesteld: niveau {level}").format(level=item.get("proposed"))
            return " · ".join(p for p in (when, what, proposed) if p)
        title = competence_title or str(item.get("id"))
        return self._("competentie {title} (niveau {level})").format(
            title=title, level=item.get("level")
        )

    # -- passphrases ------------------------------------------------------------------------------

    def passphrase_hint(self, reason: str) -> str:
        """Why a new passphrase is refused and what to do (``WeakPassphraseError.reason``)."""
        return passphrase.hint(reason, self._)

    # -- how many learners at once ----------------------------------------------------------

    def load_warning(
        self, *, learner: str, day: date, together: int, others: Sequence[str], sector: str,
        allowed: int,
    ) -> str:  # fmt: skip
        """More learners at the same time than a mentor of ``sector`` may guide."""
        head = self._(
            "Let op: met {learner} begeleidt u op {day} {count} lerenden tegelijk (ook {names})."
        ).format(
            learner=learner,
            day=self.short_date(day),
            count=together,
            names=", ".join(others),
        )
        if sector == "local_government":
            rule = self._(
                "In lokale besturen mag een mentor hoogstens {limit} lerenden tegelijk begeleiden."
            )
        else:
            rule = self._(
                "In de social profit mag een mentor hoogstens {limit} lerenden tegelijk begeleiden."
            )
        return f"{head} {rule.format(limit=allowed)}"


@cache
def words(lang: str | None = "nl") -> Words:
    """The shared :class:`Words` of a language."""
    return Words(lang)
