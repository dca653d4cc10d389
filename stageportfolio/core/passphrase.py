"""How hard a passphrase is to guess, judged by strength rather than length (zxcvbn).

A mentor's or a school's key is sealed under a passphrase (``core.signing``); whoever has the
sealed key (a pupil has it when it was made on their laptop) can try passphrases offline, at
the cost of one Argon2id derivation each (about 0.25 s on one core). A passphrase is accepted
when zxcvbn estimates at least 10^10 guesses for it: with that cost, tens of core-years.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

# About 10^10 guesses: "paard batterij nietje correct" passes, "welkom123", "Lotte2009!" and
# "zomer2026" do not.
MIN_GUESSES_LOG10 = 10.0
# Words a guesser tries first here, on top of zxcvbn's own (mostly English) lists.
DUTCH_WORDS = (
    "welkom", "wachtwoord", "paswoord", "wachtzin", "geheim", "sleutel", "mentor", "stage",
    "stageportfolio", "school", "zorg", "welzijn", "woonzorgcentrum", "wzc", "thuiszorg",
    "lente", "zomer", "herfst", "winter", "maandag", "vrijdag", "januari", "september",
    "belgie", "vlaanderen", "brugge", "gent", "antwerpen", "leuven", "hasselt", "azerty",
    "qwerty", "bonjour", "motdepasse", "soleil",
)  # fmt: skip


def N_(text: str) -> str:
    """Marks a Dutch text that a mentor reads in their own language: the mentor's screens
    translate it (``services.mentor_text``; scripts/update_translations.sh collects it)."""
    return text


HINT = N_(
    "Kies een langere wachtzin van een paar gewone woorden die niet bij elkaar horen, "
    "bijvoorbeeld ‘paard batterij nietje correct’ (maar niet dit voorbeeld)."
)
EMPTY_TEXT = N_("De wachtzin is leeg.")
WEAK_TEXT = N_("Deze wachtzin is te zwak.")


# Why a passphrase is weak: a code the mentor's screens word in the mentor's language
# (services.mentor_text), and the Dutch sentence for everyone else.
EMPTY, REPEAT, KNOWN_WORD, DATE, GUESSABLE = "empty", "repeat", "known_word", "date", "guessable"
WHY = {
    REPEAT: N_("Herhalingen en reeksen zoals ‘aaaa’ of ‘1234’ zijn snel geraden."),
    KNOWN_WORD: N_("Dit is een bekend woord of een bekende naam, eventueel met cijfers erbij."),
    DATE: N_("Datums en jaartallen zijn snel geraden."),
    GUESSABLE: N_("Deze wachtzin is te snel geraden."),
}


def weakness(passphrase: str, *, user_inputs: Iterable[str] = ()) -> str | None:
    """``None`` for a strong passphrase, else why it is weak: ``EMPTY``, ``REPEAT``,
    ``KNOWN_WORD``, ``DATE`` or ``GUESSABLE``.

    ``user_inputs`` are words an attacker knows (the mentor's name, organisation, school).
    """
    if not passphrase.strip():
        return EMPTY
    from zxcvbn import zxcvbn

    words = [w for text in user_inputs for w in text.replace("-", " ").split() if len(w) > 1]
    words += ["".join(text.split()) for text in user_inputs]  # "AnPeeters", "WZCTerDuinen"
    result = zxcvbn(passphrase[:100], user_inputs=[*DUTCH_WORDS, *words])
    if float(result["guesses_log10"]) >= MIN_GUESSES_LOG10:
        return None
    matched = {m.get("pattern") for m in result.get("sequence", [])}
    if "repeat" in matched or "sequence" in matched:
        return REPEAT
    if "dictionary" in matched:
        return KNOWN_WORD
    if "date" in matched:
        return DATE
    return GUESSABLE


def hint(reason: str, translate: Callable[[str], str] = N_) -> str:
    """The sentence for a :func:`weakness` code: Dutch, or through ``translate``."""
    if reason == EMPTY:
        return f"{translate(EMPTY_TEXT)} {translate(HINT)}"
    why = WHY.get(reason, WHY[GUESSABLE])
    return f"{translate(WEAK_TEXT)} {translate(why)} {translate(HINT)}"


def passphrase_problem(passphrase: str, *, user_inputs: Iterable[str] = ()) -> str | None:
    """``None`` for a strong passphrase, else a Dutch sentence saying why and what to do."""
    reason = weakness(passphrase, user_inputs=user_inputs)
    return None if reason is None else hint(reason)
