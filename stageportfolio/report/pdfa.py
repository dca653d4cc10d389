"""Archival PDF: turn a rendered PDF into PDF/A-3b with embedded (associated) files.

ReportLab alone does not write PDF/A. ``make_archival`` adds what it lacks: no empty page
``/Trans``, ``/Lang``, document info with matching XMP metadata (``pdfaid`` part 3,
conformance B), an sRGB output intent, the attachments as associated files (``/AF`` on the
catalog, ``/AFRelationship``, MIME ``/Subtype``, ``/Params /ModDate``) and a trailer ``/ID``.
PDF/A-3 (not 2) because it is the part that allows arbitrary embedded files.

``check_pdfa`` checks the PDF/A-3b requirements that can be checked structurally (see its
docstring) and, when the optional dependencies of ``pikepdf.pdfa`` are installed
(``pip install 'pikepdf[pdfa]'``), also runs pikepdf's own allowlist validator.

No Qt, no SQL, no files: bytes in, bytes out.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from hashlib import md5, sha256
from typing import Any, Literal

import pikepdf
from pikepdf import Array, Dictionary, Name, Pdf, String
from pikepdf.models.metadata import decode_pdf_date, encode_pdf_date

PDFA_PART = "3"
PDFA_CONFORMANCE = "B"
SRGB_IDENTIFIER = "sRGB IEC61966-2.1"
Relationship = Literal["Source", "Data", "Alternative", "Supplement", "Unspecified"]
RELATIONSHIPS = frozenset({"Source", "Data", "Alternative", "Supplement", "Unspecified"})
MIME_TYPE = re.compile(r"[A-Za-z0-9][\w.+-]*/[\w.+-]+")

# The save settings pikepdf's PDF/A validator assumes (pikepdf.pdfa.resolve_save_kwargs('3b'));
# spelled out so writing does not need the validator's optional dependencies.
_SAVE_OPTIONS: dict[str, Any] = {
    "preserve_pdfa": True,
    "encryption": None,
    "qdf": False,
    "normalize_content": False,
    "stream_decode_level": pikepdf.StreamDecodeLevel.generalized,
    "fix_metadata_version": False,  # we write pdf:Producer ourselves
    "compress_streams": True,
    "object_stream_mode": pikepdf.ObjectStreamMode.generate,
    "min_version": "1.7",  # PDF/A-3 is based on PDF 1.7 (ISO 32000-1)
    "deterministic_id": True,  # trailer /ID from the content: same input, same bytes
}

# Info key -> XMP property that must carry the same value (ISO 19005-3, 6.6.2.3.1).
_INFO_XMP = {
    "/Title": "dc:title",
    "/Author": "dc:creator",
    "/Subject": "dc:description",
    "/Keywords": "pdf:Keywords",
    "/Creator": "xmp:CreatorTool",
    "/Producer": "pdf:Producer",
    "/CreationDate": "xmp:CreateDate",
    "/ModDate": "xmp:ModifyDate",
}
_DATE_KEYS = frozenset({"/CreationDate", "/ModDate"})


class NotAPdfError(ValueError):
    """The bytes are not a readable (unencrypted) PDF."""


def srgb_profile() -> bytes:
    """An sRGB ICC profile made by LittleCMS (through Pillow): no profile file to ship."""
    from PIL import ImageCms

    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    data: bytes = profile.tobytes()
    return data


def _open(pdf: bytes, *, strict: bool = False) -> Pdf:
    """Open ``pdf``; with ``strict``, a damaged or truncated file is refused instead of
    repaired (a receiver checks the file as it is, not a guess at what it was)."""
    if not pdf.startswith(b"%PDF-"):
        raise NotAPdfError("not a PDF: the %PDF- header is missing")
    if strict and b"%%EOF" not in pdf[-1024:]:
        raise NotAPdfError("the PDF is incomplete: it does not end with %%EOF")
    try:
        doc = pikepdf.open(io.BytesIO(pdf), attempt_recovery=not strict)
        if strict and doc.get_warnings():
            doc.close()
            raise NotAPdfError("the PDF is damaged: it can only be read after repair")
        return doc
    except pikepdf.PasswordError as exc:
        raise NotAPdfError("the PDF is encrypted") from exc
    except pikepdf.PdfError as exc:
        raise NotAPdfError(f"not a readable PDF: {exc}") from exc


def _utc_seconds(value: datetime) -> datetime:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).replace(microsecond=0)


def _mime_name(mime: str) -> Name:
    if not MIME_TYPE.fullmatch(mime):
        raise ValueError(f"not a MIME type: {mime!r}")
    return Name("/" + mime)


# --- writing ------------------------------------------------------------------------------


def make_archival(
    pdf: bytes,
    *,
    title: str,
    author: str,
    subject: str,
    created: datetime,
    lang: str = "nl-BE",
    attachments: Mapping[str, tuple[bytes, str]] | None = None,
    relationship: Relationship = "Source",
    creator: str = "stageportfolio",
) -> bytes:
    """Return ``pdf`` as PDF/A-3b with ``attachments`` (name -> (data, MIME type)) embedded.

    ``created`` (a naive value is taken as UTC) becomes the creation and modification date of
    the document and of every attachment, so the same input gives the same bytes.
    ``relationship`` is the ``/AFRelationship`` of every attachment: ``Source`` says the
    attachments are what the document was made from.
    """
    if relationship not in RELATIONSHIPS:
        raise ValueError(f"unknown AFRelationship {relationship!r}")
    when = _utc_seconds(created)
    pdf_date = encode_pdf_date(when)
    producer = f"{creator} (ReportLab, pikepdf {pikepdf.__version__})"
    with _open(pdf) as doc:
        for page in doc.pages:
            trans = page.obj.get("/Trans")
            if isinstance(trans, Dictionary) and len(trans.keys()) == 0:
                del page.obj["/Trans"]
        root = doc.Root
        root.Lang = String(lang)

        info = doc.docinfo
        for key in list(info.keys()):
            del info[key]
        info.Title = String(title)
        info.Author = String(author)
        info.Subject = String(subject)
        info.Creator = String(creator)
        info.Producer = String(producer)
        info.CreationDate = String(pdf_date)
        info.ModDate = String(pdf_date)

        if "/Metadata" in root:
            del root["/Metadata"]  # start from a clean packet: nothing left that contradicts
        with doc.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta["dc:title"] = title
            meta["dc:creator"] = [author]
            meta["dc:description"] = subject
            meta["dc:language"] = [lang]
            meta["dc:format"] = "application/pdf"
            meta["pdf:Producer"] = producer
            meta["xmp:CreatorTool"] = creator
            meta["xmp:CreateDate"] = when.isoformat()
            meta["xmp:ModifyDate"] = when.isoformat()
            meta["xmp:MetadataDate"] = when.isoformat()
            meta["pdfaid:part"] = PDFA_PART
            meta["pdfaid:conformance"] = PDFA_CONFORMANCE

        icc = doc.make_stream(srgb_profile())
        icc.N = 3
        root.OutputIntents = Array(
            [
                Dictionary(
                    Type=Name.OutputIntent,
                    S=Name.GTS_PDFA1,
                    OutputConditionIdentifier=String(SRGB_IDENTIFIER),
                    Info=String(SRGB_IDENTIFIER),
                    RegistryName=String("http://www.color.org"),
                    DestOutputProfile=icc,
                )
            ]
        )

        if "/AF" in root:
            del root["/AF"]
        names = root.get("/Names")
        if isinstance(names, Dictionary) and "/EmbeddedFiles" in names:
            del names["/EmbeddedFiles"]
        if attachments:
            specs: list[tuple[str, Any]] = []
            for name in sorted(attachments):
                data, mime = attachments[name]
                specs.append((name, _filespec(doc, name, data, mime, pdf_date, relationship)))
            if not isinstance(names, Dictionary):
                names = root.Names = doc.make_indirect(Dictionary())
            tree: list[Any] = []
            for name, spec in specs:  # sorted: a name tree's leaves are in key order
                tree.extend([String(name), spec])
            names.EmbeddedFiles = doc.make_indirect(Dictionary(Names=Array(tree)))
            root.AF = Array([spec for _, spec in specs])

        out = io.BytesIO()
        doc.save(out, **_SAVE_OPTIONS)
    return out.getvalue()


def _filespec(doc: Pdf, name: str, data: bytes, mime: str, pdf_date: str, relationship: str) -> Any:
    stream = doc.make_stream(data)
    stream.Type = Name.EmbeddedFile
    stream.Subtype = _mime_name(mime)
    stream.Params = Dictionary(
        Size=len(data),
        CreationDate=String(pdf_date),
        ModDate=String(pdf_date),
        CheckSum=String(md5(data, usedforsecurity=False).digest()),
    )
    return doc.make_indirect(
        Dictionary(
            Type=Name.Filespec,
            F=String(name),
            UF=String(name),
            Desc=String(name),
            EF=Dictionary(F=stream, UF=stream),
            AFRelationship=Name("/" + relationship),
        )
    )


# --- reading ------------------------------------------------------------------------------


def read_attachments(pdf: bytes, *, strict: bool = False) -> dict[str, bytes]:
    """Every embedded file of the document's name tree, by name; raises NotAPdfError."""
    with _open(pdf, strict=strict) as doc:
        try:
            return {name: spec.get_file().read_bytes() for name, spec in doc.attachments.items()}
        except pikepdf.PdfError as exc:
            raise NotAPdfError(f"an embedded file cannot be read: {exc}") from exc


def _canonical(obj: Any, seen: set[tuple[int, int]], out: list[bytes]) -> None:
    """Everything an object shows, without object numbers: streams decoded, keys sorted."""
    if isinstance(obj, pikepdf.Stream):
        if obj.objgen != (0, 0) and obj.objgen in seen:
            out.append(b"<seen>")
            return
        seen.add(obj.objgen)
        details = obj.stream_dict
        for key in sorted(details.keys()):
            if key not in ("/Length", "/Filter", "/DecodeParms"):
                out.append(key.encode())
                _canonical(details[key], seen, out)
        out.append(b"<stream>" + obj.read_bytes())
    elif isinstance(obj, Dictionary):
        if obj.objgen != (0, 0):
            if obj.objgen in seen:
                out.append(b"<seen>")
                return
            seen.add(obj.objgen)
        out.append(b"<<")
        for key in sorted(obj.keys()):
            if key == "/Parent":
                continue
            value = obj[key]
            if key == "/Annots" and isinstance(value, Array):
                value = Array([a for a in value if not _invisible_signature(a)])
                if len(value) == 0:
                    continue  # only the document seal's field: as if there were no /Annots
            out.append(key.encode())
            _canonical(value, seen, out)
        out.append(b">>")
    elif isinstance(obj, Array):
        out.append(b"[")
        for item in obj:
            _canonical(item, seen, out)
        out.append(b"]")
    else:
        out.append(repr(obj).encode())


def _invisible_signature(annotation: Any) -> bool:
    """The widget of a document signature (a ``/Sig`` field) with a zero-area rectangle: it
    shows nothing, so a page with it looks the same as without. A visible one still counts."""
    if not isinstance(annotation, Dictionary) or annotation.get("/FT") != Name.Sig:
        return False
    rect = annotation.get("/Rect")
    if not isinstance(rect, Array) or len(rect) != 4:
        return False
    try:
        x0, y0, x1, y1 = (float(v) for v in rect)
    except (TypeError, ValueError):
        return False
    return x0 == x1 or y0 == y1


def page_digests(pdf: bytes, *, strict: bool = False) -> list[str]:
    """One SHA-256 per page over everything the page shows: its content, its fonts (glyphs
    included), images, annotations and size. Two pages with the same digest look the same."""
    with _open(pdf, strict=strict) as doc:
        digests = []
        for page in doc.pages:
            out: list[bytes] = []
            _canonical(page.obj, set(), out)
            digests.append(sha256(b"\x00".join(out)).hexdigest())
        return digests


def creation_date(pdf: bytes) -> datetime | None:
    """The document's /CreationDate (UTC), or None."""
    with _open(pdf) as doc:
        raw = doc.docinfo.get("/CreationDate")
        if raw is None:
            return None
        try:
            return _utc_seconds(decode_pdf_date(str(raw)))
        except ValueError:
            return None


def document_subject(pdf: bytes) -> str:
    with _open(pdf) as doc:
        return str(doc.docinfo.get("/Subject", ""))


def page_count(pdf: bytes) -> int:
    with _open(pdf) as doc:
        return len(doc.pages)


# --- checking -----------------------------------------------------------------------------


def check_pdfa(pdf: bytes, *, full: bool = True) -> list[str]:
    """Problems that keep ``pdf`` from being PDF/A-3b; an empty list means it passes.

    Checked structurally, always:

    - the header (``%PDF-1.n`` at byte 0, n <= 7, a binary comment), a trailer ``/ID``, no
      encryption;
    - XMP metadata present, unfiltered, with ``pdfaid:part`` 3 and ``pdfaid:conformance`` B;
    - the document info agrees with the XMP (title, author, subject, keywords, creator,
      producer, creation and modification date);
    - a ``/GTS_PDFA1`` output intent with an ICC profile whose ``/N`` fits its colour space
      (and all output intents share one profile);
    - every font embedded (``FontFile``/``FontFile2``/``FontFile3`` on each font descriptor;
      a standard-14 font without descriptor is not embedded);
    - no JavaScript (``/JS``, ``/S /JavaScript``, the ``/JavaScript`` name tree), no
      ``/AA`` on catalog or pages, no empty ``/Trans``, no LZW, no PostScript XObjects;
    - ``/Lang`` on the catalog;
    - every embedded file: ``/F`` and ``/UF``, ``/AFRelationship``, a MIME ``/Subtype``,
      ``/Params /ModDate``, and listed in an ``/AF`` array.

    With ``full`` and pikepdf's PDF/A validator importable (``pikepdf[pdfa]``), its findings
    for flavour 3b are added too; it checks far more (content streams, fonts' glyphs, ...).
    """
    try:
        doc = _open(pdf)
    except NotAPdfError as exc:
        return [str(exc)]
    problems: list[str] = []
    with doc:
        problems += _check_header(pdf)
        problems += _check_trailer(doc)
        problems += _check_metadata(doc)
        problems += _check_output_intents(doc)
        problems += _check_objects(doc)
        problems += _check_embedded_files(doc)
        problems += _check_signature_fields(doc)
        lang = doc.Root.get("/Lang")
        if not isinstance(lang, String) or not str(lang).strip():
            problems.append("catalog: /Lang is missing")
    if full:
        problems += pikepdf_findings(pdf)
    return problems


def validator_available() -> bool:
    """True if pikepdf's own PDF/A validator (``pikepdf[pdfa]``) can be imported."""
    try:
        import pikepdf.pdfa  # noqa: F401
    except ImportError:
        return False
    return True


def signed_revision(pdf: bytes) -> bytes | None:
    """For a PDF whose only form fields are signatures added in incremental updates (a
    document seal): the first revision, i.e. the document as it was before it was signed.
    None for any other PDF."""
    try:
        with _open(pdf) as doc:
            form = doc.Root.get("/AcroForm")
            fields = form.get("/Fields") if isinstance(form, Dictionary) else None
            if not isinstance(fields, Array) or len(fields) == 0:
                return None
            if not all(isinstance(f, Dictionary) and f.get("/FT") == Name.Sig for f in fields):
                return None
    except NotAPdfError:
        return None
    end = pdf.find(b"%%EOF")
    if end < 0 or end + 5 >= len(pdf.rstrip()):
        return None
    first = pdf[: end + 5]
    return first + b"\n" if pdf[end + 5 : end + 6] == b"\n" else first


def _check_signature_fields(doc: Pdf) -> list[str]:
    """A signature widget must print and must not be hidden (ISO 19005-3, 6.3.2)."""
    problems = []
    form = doc.Root.get("/AcroForm")
    fields = form.get("/Fields") if isinstance(form, Dictionary) else None
    for field in fields if isinstance(fields, Array) else []:
        if not isinstance(field, Dictionary) or field.get("/Subtype") != Name.Widget:
            continue
        flags = int(field.get("/F", 0))
        if not flags & 4 or flags & (1 | 2 | 32):
            problems.append(f"signature field {field.get('/T')}: must print and not be hidden")
    return problems


def pikepdf_findings(pdf: bytes) -> list[str]:
    """pikepdf's PDF/A-3b validator on ``pdf``; empty if it passes or is not installed.

    The validator does not support interactive forms, so it cannot judge a sealed PDF (every
    PAdES signature is a form field). For a PDF whose only fields are signatures, it checks
    the signed content instead: the first revision, before the incremental update that holds
    the signature (that update is checked structurally by :func:`check_pdfa`)."""
    if not validator_available():
        return []
    from pikepdf.pdfa import validate_written

    pdf = signed_revision(pdf) or pdf
    report = validate_written(io.BytesIO(pdf), "3b")
    if report.passed:
        return []
    return [f"pikepdf.pdfa: {finding}" for finding in report.findings] or [
        f"pikepdf.pdfa: verdict {report.verdict}"
    ]


def _check_header(pdf: bytes) -> list[str]:
    problems = []
    match = re.match(rb"%PDF-1\.([0-9])\r?\n?", pdf)
    if match is None or int(match.group(1)) > 7:
        problems.append("header: must start with %PDF-1.n (n <= 7) at byte 0")
        return problems
    rest = pdf[match.end() : match.end() + 20].lstrip(b"\r\n")
    comment = rest.split(b"\n", 1)[0]
    if not (comment.startswith(b"%") and sum(byte > 127 for byte in comment[1:5]) == 4):
        problems.append("header: the comment with four binary bytes is missing")
    return problems


def _check_trailer(doc: Pdf) -> list[str]:
    problems = []
    ident = doc.trailer.get("/ID")
    if not isinstance(ident, Array) or len(ident) != 2:
        problems.append("trailer: /ID is missing")
    if "/Encrypt" in doc.trailer or doc.is_encrypted:
        problems.append("trailer: the file is encrypted")
    return problems


def _same(info_key: str, info_value: str, xmp_value: Any) -> bool:
    if isinstance(xmp_value, list):
        xmp_value = ", ".join(str(v) for v in xmp_value)
    if xmp_value is None:
        return False
    if info_key in _DATE_KEYS:
        try:
            a = decode_pdf_date(info_value)
            b = datetime.fromisoformat(str(xmp_value))
        except ValueError:
            return False
        if (a.tzinfo is None) != (b.tzinfo is None):
            return False
        return a == b
    return info_value == str(xmp_value)


def _check_metadata(doc: Pdf) -> list[str]:
    problems = []
    stream = doc.Root.get("/Metadata")
    if not isinstance(stream, pikepdf.Stream):
        return ["XMP: the catalog has no /Metadata stream"]
    if "/Filter" in stream.stream_dict:
        problems.append("XMP: the metadata stream must not be filtered")
    if stream.stream_dict.get("/Subtype") != Name.XML:
        problems.append("XMP: the metadata stream needs /Subtype /XML")
    try:
        meta = doc.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False)
        values = {key: meta.get(key) for key in (*_INFO_XMP.values(), "pdfaid:part")}
        values["pdfaid:conformance"] = meta.get("pdfaid:conformance")
    except Exception as exc:  # the XMP packet itself is broken
        return [*problems, f"XMP: cannot be read ({exc})"]
    if str(values["pdfaid:part"] or "") != PDFA_PART:
        problems.append(f"XMP: pdfaid:part is {values['pdfaid:part']!r}, not {PDFA_PART}")
    if str(values["pdfaid:conformance"] or "") != PDFA_CONFORMANCE:
        problems.append(
            f"XMP: pdfaid:conformance is {values['pdfaid:conformance']!r}, not {PDFA_CONFORMANCE}"
        )
    info = doc.trailer.get("/Info")
    if isinstance(info, Dictionary):
        for key, prop in _INFO_XMP.items():
            if key not in info:
                continue
            value = str(info[key])
            if not _same(key, value, values.get(prop)):
                problems.append(
                    f"Info {key} ({value!r}) does not match XMP {prop} ({values.get(prop)!r})"
                )
    return problems


def _check_output_intents(doc: Pdf) -> list[str]:
    intents = doc.Root.get("/OutputIntents")
    if not isinstance(intents, Array) or len(intents) == 0:
        return ["output intent: the catalog has no /OutputIntents"]
    problems = []
    profiles = set()
    found = False
    for intent in intents:
        if not isinstance(intent, Dictionary):
            problems.append("output intent: not a dictionary")
            continue
        profile = intent.get("/DestOutputProfile")
        if isinstance(profile, pikepdf.Stream):
            profiles.add(profile.objgen if profile.is_indirect else id(profile))
        if intent.get("/S") != Name.GTS_PDFA1:
            continue
        found = True
        if "/OutputConditionIdentifier" not in intent:
            problems.append("output intent: /OutputConditionIdentifier is missing")
        if not isinstance(profile, pikepdf.Stream):
            problems.append("output intent: /DestOutputProfile (ICC profile) is missing")
            continue
        try:
            icc = profile.read_bytes()
        except pikepdf.PdfError as exc:
            problems.append(f"output intent: the ICC profile cannot be read ({exc})")
            continue
        channels = {b"RGB ": 3, b"GRAY": 1, b"CMYK": 4}.get(icc[16:20])
        if len(icc) < 128 or icc[36:40] != b"acsp" or channels is None:
            problems.append("output intent: /DestOutputProfile is not an ICC profile")
        elif profile.get("/N") != channels:
            problems.append(f"output intent: /N must be {channels} for this ICC profile")
    if not found:
        problems.append("output intent: none with /S /GTS_PDFA1")
    if len(profiles) > 1:
        problems.append("output intent: the output intents use different ICC profiles")
    return problems


def _objects(doc: Pdf) -> Iterator[Dictionary | pikepdf.Stream]:
    """Every dictionary and stream of the file, indirect objects and their direct parts."""
    seen: set[tuple[int, int]] = set()
    pending: list[Any] = [doc.trailer]
    pending.extend(obj for obj in doc.objects if isinstance(obj, Dictionary | pikepdf.Stream))
    while pending:
        obj = pending.pop()
        if obj.is_indirect:
            if obj.objgen in seen:
                continue
            seen.add(obj.objgen)
        if isinstance(obj, pikepdf.Stream):
            yield obj
            children = list(obj.stream_dict.values())
        elif isinstance(obj, Dictionary):
            yield obj
            children = list(obj.values())
        elif isinstance(obj, Array):
            children = list(obj)
        else:
            continue
        pending.extend(
            child
            for child in children
            if isinstance(child, Dictionary | Array | pikepdf.Stream) and not child.is_indirect
        )


def _font_name(font: Any) -> str:
    return str(font.get("/BaseFont", font.get("/Name", "?")))


def _check_font(font: Any) -> str | None:
    subtype = font.get("/Subtype")
    if subtype == Name.Type3:
        return None  # glyphs are content streams inside the file
    if subtype == Name.Type0:
        descendants = font.get("/DescendantFonts")
        if not isinstance(descendants, Array) or len(descendants) == 0:
            return f"font {_font_name(font)}: Type0 font without /DescendantFonts"
        for child in descendants:
            problem = _check_font(child)
            if problem:
                return problem
        return None
    descriptor = font.get("/FontDescriptor")
    if not isinstance(descriptor, Dictionary):
        return f"font {_font_name(font)}: not embedded (no /FontDescriptor)"
    if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
        return f"font {_font_name(font)}: not embedded (no FontFile in its descriptor)"
    return None


def _check_objects(doc: Pdf) -> list[str]:
    problems: list[str] = []
    page_objgens = {page.obj.objgen for page in doc.pages}
    for obj in _objects(doc):
        d = obj.stream_dict if isinstance(obj, pikepdf.Stream) else obj
        kind = d.get("/Type")
        if kind == Name.Font:
            problem = _check_font(d)
            if problem and problem not in problems:
                problems.append(problem)
        if "/JS" in d or d.get("/S") == Name.JavaScript:
            problems.append("JavaScript is not allowed (an action with /JS)")
        trans = d.get("/Trans")
        if isinstance(trans, Dictionary) and len(trans.keys()) == 0:
            problems.append("page: empty /Trans dictionary")
        if "/AA" in d and (kind in (Name.Catalog, Name.Page) or obj.objgen in page_objgens):
            problems.append(f"{kind}: additional actions (/AA) are not allowed")
        if isinstance(obj, pikepdf.Stream):
            filters = d.get("/Filter")
            used: list[Any] = list(filters) if isinstance(filters, Array) else [filters]
            if Name.LZWDecode in used:
                problems.append("stream: LZWDecode is not allowed")
            if d.get("/Subtype") == Name.PS or "/PS" in d:
                problems.append("PostScript XObjects are not allowed")
    names = doc.Root.get("/Names")
    if isinstance(names, Dictionary) and "/JavaScript" in names:
        problems.append("catalog: the /JavaScript name tree is not allowed")
    return list(dict.fromkeys(problems))


def _check_embedded_files(doc: Pdf) -> list[str]:
    problems: list[str] = []
    associated: set[tuple[int, int]] = set()
    filespecs: list[Any] = []
    for obj in _objects(doc):
        d = obj.stream_dict if isinstance(obj, pikepdf.Stream) else obj
        af = d.get("/AF")
        if isinstance(af, Array):
            associated.update(item.objgen for item in af if item.is_indirect)
        if "/EF" in d:
            filespecs.append(d)
    for spec in filespecs:
        name = str(spec.get("/UF", spec.get("/F", "?")))
        where = f"embedded file {name!r}"
        if "/F" not in spec or "/UF" not in spec:
            problems.append(f"{where}: /F and /UF are both required")
        relationship = spec.get("/AFRelationship")
        if not isinstance(relationship, Name) or str(relationship)[1:] not in RELATIONSHIPS:
            problems.append(f"{where}: /AFRelationship is missing or unknown")
        if not spec.is_indirect or spec.objgen not in associated:
            problems.append(f"{where}: not an associated file (not listed in any /AF)")
        ef = spec.get("/EF")
        found = [ef.get(key) for key in ("/F", "/UF")] if isinstance(ef, Dictionary) else []
        streams = [s for s in found if isinstance(s, pikepdf.Stream)]
        if not streams:
            problems.append(f"{where}: /EF has no embedded file stream")
        for stream in streams:
            subtype = stream.get("/Subtype")
            if not isinstance(subtype, Name) or "/" not in str(subtype)[1:]:
                problems.append(f"{where}: /Subtype (MIME type) is missing")
            params = stream.get("/Params")
            if not isinstance(params, Dictionary) or "/ModDate" not in params:
                problems.append(f"{where}: /Params /ModDate is missing")
    return list(dict.fromkeys(problems))
