"""How hard a passphrase is to guess, judged by strength rather than length (zxcvbn).

A mentor's or a school's key is sealed under a passphrase (``core.signing``); whoever has the
sealed key (a pupil has it when it was made on their laptop) can try passphrases offline, at
the cost of one Argon2id derivation each (about 0.25 s on one core). A passphrase is accepted
when zxcvbn estimates at least 10^10 guesses for it: with that cost, tens of core-years.
"""

from __future__ import annotations

from collections.abc import Iterable

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

HINT = (
    "Kies een langere wachtzin van een paar gewone woorden die niet bij elkaar horen, "
    "bijvoorbeeld ‘paard batterij nietje correct’ (maar niet dit voorbeeld)."
)


def passphrase_problem(passphrase: str, *, user_inputs: Iterable[str] = ()) -> str | None:
    """``None`` for a strong passphrase, else a Dutch sentence saying why and what to do.

    ``user_inputs`` are words an attacker knows (the mentor's name, organisation, school).
    """
    if not passphrase.strip():
        return "De wachtzin is leeg. " + HINT
    from zxcvbn import zxcvbn

    words = [w for text in user_inputs for w in text.replace("-", " ").split() if len(w) > 1]
    words += ["".join(text.split()) for text in user_inputs]  # "AnPeeters", "WZCTerDuinen"
    result = zxcvbn(passphrase[:100], user_inputs=[*DUTCH_WORDS, *words])
    if float(result["guesses_log10"]) >= MIN_GUESSES_LOG10:
        return None
    matched = {m.get("pattern") for m in result.get("sequence", [])}
    if "repeat" in matched or "sequence" in matched:
        why = "Herhalingen en reeksen zoals ‘aaaa’ of ‘1234’ zijn snel geraden."
    elif "dictionary" in matched:
        why = "Dit is een bekend woord of een bekende naam, eventueel met cijfers erbij."
    elif "date" in matched:
        why = "Datums en jaartallen zijn snel geraden."
    else:
        why = "Deze wachtzin is te snel geraden."
    return f"Deze wachtzin is te zwak. {why} {HINT}"
