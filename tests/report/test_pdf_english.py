"""The PDF in English: no Dutch word left in what the app writes.

Read back with pdftotext. What stays Dutch on purpose is the data: the official texts of the
Flemish qualification structure (BK titles, competences, activities, attestations, the BK's
footnotes), the sources a list cites, and what people wrote (names, reflections, notes,
comments, file names). Those are taken out of the text first; every word left is the app's
own, and none of them may be a Dutch word of the Dutch PDF that English does not share.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from stageportfolio.report.pdf import glossary, paragraphs
from stageportfolio.report.snapshot import PortfolioSnapshot
from tests.report.conftest import Made
from tests.report.pdfread import flat, pages_text

# Words Dutch and English share, or names that are the same in both: what may appear in both
# PDFs. Each is English too (or a name, an abbreviation, a unit).
SHARED = {
    "bk", "c", "code", "context", "evc", "id", "in", "is", "item", "mentor", "mentors",
    "pdf", "portfolio", "sha", "school", "status", "vks", "ed25519", "stageportfolio",
    "verify", "trust", "pub", "assessor", "claim", "document", "items", "september",
    "november", "december", "met", "open", "over", "per", "scan", "setting", "stage", "type",
    "later", "adobe", "acrobat", "pades", "pdfsig",
}  # fmt: skip
# Official Dutch terms English text keeps in brackets on purpose ("care assistant
# (zorgkundige)"): the name of the registration the federal rule speaks of.
OFFICIAL = {"zorgkundige"}
# Official Dutch names an English sentence quotes in brackets, after their English gloss.
OFFICIAL_PHRASES = ["bewijs van competenties", "erkend EVC-testcentrum"]
# Function words that only Dutch has: any of these left is a sentence not translated.
DUTCH = {
    "de", "het", "een", "van", "en", "niet", "nog", "uur", "voor", "op", "door", "zijn",
    "wordt", "worden", "bij", "naar", "om", "als", "dat", "die", "deze", "geen", "ook", "waarvan",
    "tot", "aan", "uit", "nodig", "gedekt", "afgetekend", "pagina", "bijlage",
}  # fmt: skip


def data_strings(s: PortfolioSnapshot) -> list[str]:
    """Everything in the snapshot that is data, not the app's own words."""
    found: list[str] = [s.owner.name, s.owner.organisation, *s.owner.targets]
    for bk in s.bks:
        found += [bk.title, bk.code, bk.label]
        for c in bk.competences:
            found.append(c.title)
            found += glossary(c.note)
            found += [*c.evidence]
            if c.signoff is not None:
                found += [c.signoff.mentor_name, c.signoff.comment]
            for a in c.activities:
                found += [a.text, *paragraphs(a.reflection), *a.evidence]
                if a.signoff is not None:
                    found += [a.signoff.mentor_name, a.signoff.comment]
    for p in s.placements:
        found += [p.organisation, p.mentor_name]
        for h in p.hours:
            found += [h.note, h.signature_note]
    for e in s.evidence:
        found += [e.name, e.description, *e.competences, *e.attestations, e.sha256]
    for a in s.attestations:
        found += [a.text, a.regulation, *a.bks, *a.evidence]
    for sig in s.signatures:
        found += [sig.mentor, sig.comment, sig.school_name, sig.code]
        found += [sig.fingerprint, sig.school_fingerprint]
    found += [r.source for r in s.rules]
    return sorted({f for f in found if f and f.strip()}, key=len, reverse=True)


def _words(text: str) -> list[str]:
    """Words, lower case; all-capital ones (codes, EVC, PDF) are not words of a language."""
    return [w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]+", text) if not w.isupper()]


def _norm(text: str) -> str:
    """One line, single spaces, and no space after a hyphen: a line that broke after
    "ADL-" reads like the data it shows."""
    return re.sub(r"-\s+", "-", flat(text))


def tokens(path: Path, data: list[str]) -> set[str]:
    """The words the app itself wrote: the PDF's text with the data taken out. Data that went
    on over a page (a long reflection split by the page's header and footer) is taken out
    word by word, once for every place it starts."""
    text = _norm("\n".join(pages_text(path, layout=False)))
    split: Counter[str] = Counter()
    for item in [*data, *OFFICIAL_PHRASES]:
        text = text.replace(_norm(item), " ")
        start = " ".join(_norm(item).split()[:4])
        if len(start.split()) == 4:  # what is left of it went on over a page
            for _ in range(text.count(start)):
                split.update(_words(item))
    left = Counter(_words(text)) - split
    return {w for w in left if len(w) > 2 or w in DUTCH}


@pytest.mark.parametrize("which", ["demo", "candidate"])
@pytest.mark.parametrize("variant", ["stage", "evc"])
def test_no_dutch_word_in_the_english_pdf(
    request: pytest.FixtureRequest, which: str, variant: str
) -> None:
    made: Made = request.getfixturevalue(which)
    data = data_strings(made.snapshots["nl"])
    dutch = tokens(made.paths[f"{variant}-nl"], data)
    english = tokens(made.paths[f"{variant}-en"], data)
    assert len(english) > 100  # the text was read: this is not an empty check
    leaks = ((english & dutch) - SHARED - OFFICIAL) | (english & DUTCH)
    assert not leaks, sorted(leaks)


def test_the_dutch_pdf_is_dutch(demo: Made) -> None:
    """The check above can fail: the Dutch PDF is full of the words it looks for."""
    data = data_strings(demo.snapshots["nl"])
    dutch = tokens(demo.paths["stage-nl"], data)
    assert len(dutch & DUTCH) > 20
    assert "Stand van zaken" in flat(" ".join(pages_text(demo.paths["stage-nl"])))
