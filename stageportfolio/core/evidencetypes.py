"""Which files can be evidence: documents and pictures, never programs.

Evidence is data. Only the types below are taken in (PDF, pictures, office documents, plain
text), and a file's content must match its extension: a program renamed ``verslag.pdf`` does
not start like a PDF and is refused. The app opens evidence only when its stored extension is
on this list and its content still matches, so the operating system always hands it to a
document viewer, never runs it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

HEAD_BYTES = 4096  # how much of a file the checks look at


@dataclass(frozen=True)
class EvidenceType:
    label: str  # Dutch, for messages
    media_type: str
    matches: Callable[[bytes, Collection[str] | None], bool]
    zip_based: bool = False  # the check needs the names inside the zip


def _starts(*magics: bytes) -> Callable[[bytes, Collection[str] | None], bool]:
    return lambda head, _names: head.startswith(magics)


def _pdf(head: bytes, _names: Collection[str] | None) -> bool:
    return b"%PDF-" in head[:1024]  # readers accept a little junk before the header


def _webp(head: bytes, _names: Collection[str] | None) -> bool:
    return head.startswith(b"RIFF") and head[8:12] == b"WEBP"


def _heic(head: bytes, _names: Collection[str] | None) -> bool:
    return head[4:8] == b"ftyp" and head[8:12] in (
        b"heic",
        b"heix",
        b"hevc",
        b"heim",
        b"heis",
        b"mif1",
        b"msf1",
    )


def _ooxml(head: bytes, names: Collection[str] | None) -> bool:
    return head.startswith(b"PK\x03\x04") and names is not None and "[Content_Types].xml" in names


def _opendocument(head: bytes, names: Collection[str] | None) -> bool:
    return head.startswith(b"PK\x03\x04") and names is not None and "mimetype" in names


def _text(head: bytes, _names: Collection[str] | None) -> bool:
    if b"\x00" in head:
        return head.startswith((b"\xff\xfe", b"\xfe\xff"))  # UTF-16 text has NUL bytes
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut off at the end of the head
            try:
                head.decode("cp1252")
            except UnicodeDecodeError:
                return False
    return True


_OLE = _starts(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")  # .doc, .xls, .ppt
_OOXML_TYPES = {
    ".docx": (
        "Word-document",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    ".xlsx": ("Excel-werkmap", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ".pptx": (
        "PowerPoint-presentatie",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ),
}
_ODF_TYPES = {
    ".odt": ("OpenDocument-tekst", "application/vnd.oasis.opendocument.text"),
    ".ods": ("OpenDocument-rekenblad", "application/vnd.oasis.opendocument.spreadsheet"),
    ".odp": ("OpenDocument-presentatie", "application/vnd.oasis.opendocument.presentation"),
}

TYPES: dict[str, EvidenceType] = {
    ".pdf": EvidenceType("PDF", "application/pdf", _pdf),
    ".jpg": EvidenceType("JPEG-foto", "image/jpeg", _starts(b"\xff\xd8\xff")),
    ".jpeg": EvidenceType("JPEG-foto", "image/jpeg", _starts(b"\xff\xd8\xff")),
    ".png": EvidenceType("PNG-afbeelding", "image/png", _starts(b"\x89PNG\r\n\x1a\n")),
    ".gif": EvidenceType("GIF-afbeelding", "image/gif", _starts(b"GIF87a", b"GIF89a")),
    ".webp": EvidenceType("WebP-afbeelding", "image/webp", _webp),
    ".heic": EvidenceType("HEIC-foto", "image/heic", _heic),
    ".heif": EvidenceType("HEIF-foto", "image/heif", _heic),
    ".tif": EvidenceType("TIFF-afbeelding", "image/tiff", _starts(b"II*\x00", b"MM\x00*")),
    ".tiff": EvidenceType("TIFF-afbeelding", "image/tiff", _starts(b"II*\x00", b"MM\x00*")),
    ".bmp": EvidenceType("BMP-afbeelding", "image/bmp", _starts(b"BM")),
    ".doc": EvidenceType("Word-document", "application/msword", _OLE),
    ".xls": EvidenceType("Excel-werkmap", "application/vnd.ms-excel", _OLE),
    ".ppt": EvidenceType("PowerPoint-presentatie", "application/vnd.ms-powerpoint", _OLE),
    **{
        suffix: EvidenceType(label, mime, _ooxml, zip_based=True)
        for suffix, (label, mime) in _OOXML_TYPES.items()
    },
    **{
        suffix: EvidenceType(label, mime, _opendocument, zip_based=True)
        for suffix, (label, mime) in _ODF_TYPES.items()
    },
    ".rtf": EvidenceType("RTF-document", "application/rtf", _starts(b"{\\rtf")),
    ".txt": EvidenceType("tekstbestand", "text/plain", _text),
    ".md": EvidenceType("tekstbestand", "text/markdown", _text),
    ".csv": EvidenceType("CSV-bestand", "text/csv", _text),
}

ALLOWED_TEXT = (
    "PDF, foto's en afbeeldingen (JPG, PNG, GIF, WebP, HEIC, TIFF, BMP), Word-, Excel- en "
    "PowerPoint-documenten, OpenDocument (ODT, ODS, ODP), RTF en tekst (TXT, MD, CSV)"
)


def evidence_type(suffix: str) -> EvidenceType | None:
    return TYPES.get(suffix.lower())


def type_problem(
    file_name: str, suffix: str, head: bytes, zip_names: Collection[str] | None = None
) -> str | None:
    """Why a file cannot be evidence (Dutch), or None: the type is allowed and the content
    (``head``: its first bytes; ``zip_names``: its members, for zip-based types) matches."""
    kind = evidence_type(suffix)
    if kind is None:
        shown = suffix or "zonder extensie"
        return (
            f"{file_name}: een bestand van dit soort ({shown}) kan geen bewijsstuk zijn. "
            f"Toegelaten: {ALLOWED_TEXT}."
        )
    if not kind.matches(head, zip_names):
        return (
            f"{file_name} heet een {kind.label} ({suffix}), maar de inhoud is dat niet; "
            "bewaar het bestand opnieuw in het juiste formaat (of geef het de juiste extensie)."
        )
    return None
