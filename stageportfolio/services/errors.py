"""The errors the use cases raise, in one place: ``ui/`` and ``cli.py`` catch these (and the
core's own errors) and turn them into messages, without importing ``store``.

Every message is Dutch and says what and where, so the CLI can print it as it is; the app
shows it, or words its own text from the fields an error carries.
"""

from __future__ import annotations

from collections.abc import Sequence

from stageportfolio.core.entrycheck import EntryIssue
from stageportfolio.store.db import (
    DISK_FULL_ERRNOS,
    StoreError,
    disk_full_message,
    translate_db_error,
)
from stageportfolio.store.queries import NoPortfolioError

__all__ = [
    "DISK_FULL_ERRNOS",
    "EntryRejected",
    "InputRejected",
    "NameRequired",
    "NoPortfolioError",
    "PortfolioExistsError",
    "ServiceError",
    "SignedItemError",
    "StoreError",
    "disk_full_message",
    "known_failure",
]


class ServiceError(Exception):
    """A use case refused what it was asked; the message (Dutch) says why."""


class PortfolioExistsError(ServiceError):
    """The data folder already holds a portfolio; a second one is never made over it."""


class NameRequired(ServiceError, ValueError):
    """A portfolio needs its owner's name; spaces alone are not a name."""


class EntryRejected(ServiceError, ValueError):
    """An hour entry that breaks a sanity rule; ``issues`` says which and where."""

    def __init__(self, issues: Sequence[EntryIssue]) -> None:
        super().__init__("; ".join(issue.message() for issue in issues))
        self.issues = list(issues)


class InputRejected(ServiceError, ValueError):
    """Input the gate every way in passes refuses (``core.gate``): a date in the future or
    out of the sane years, an unknown context or level. The message is Dutch."""


class SignedItemError(ServiceError):
    """A change to an item a mentor signed off, asked without ``confirm_signed``.

    ``mentors`` names who signed; the UI asks the student first ("afgetekend door An Peeters;
    na een wijziging is een nieuwe aftekening nodig") and the CLI refuses with that message.
    """

    def __init__(self, kind: str, ids: Sequence[str], mentors: Sequence[str]) -> None:
        self.kind, self.ids, self.mentors = kind, list(ids), list(mentors)
        what = "deze uren zijn" if kind == "hour_entry" else "deze activiteit is"
        names = ", ".join(self.mentors) or "een mentor"
        super().__init__(
            f"{what.capitalize()} afgetekend door {names}. Na een wijziging is een nieuwe "
            "aftekening nodig; bij verwijderen verdwijnt de aftekening mee."
        )


def known_failure(exc: BaseException) -> StoreError | None:
    """A failure the user can act on (a full disk, a read-only database), or None for a bug,
    which should still surface as one."""
    return exc if isinstance(exc, StoreError) else translate_db_error(exc)
