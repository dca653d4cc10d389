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
import struct
import unicodedata
import zlib
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from hashlib import md5, sha256
from pathlib import Path
from typing import Any, BinaryIO, Literal
from urllib.parse import unquote

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
    # LittleCMS stamps the profile with the time it was made (header bytes 24-35): a fixed
    # stamp keeps the PDF the same from one run to the next. The profile ID (bytes 84-99,
    # which would cover the stamp) is left unset by LittleCMS.
    return data[:24] + ICC_DATE + data[36:]


ICC_DATE = struct.pack(">6H", 2024, 1, 1, 0, 0, 0)


# A PDF in memory, or a file (a path or an open binary file) that is read only as far as needed:
# pikepdf reads objects when they are used, so an attachment nobody asks for is never read.
PdfSource = bytes | Path | BinaryIO


def _ends(pdf: PdfSource) -> tuple[bytes, bytes]:
    """The first 5 and the last 1024 bytes."""
    if isinstance(pdf, bytes):
        return pdf[:5], pdf[-1024:]
    if isinstance(pdf, Path):
        try:
            with pdf.open("rb") as fh:
                return _ends(fh)
        except OSError as exc:
            raise NotAPdfError(f"cannot be read: {exc.strerror}") from exc
    pdf.seek(0)
    head = pdf.read(5)
    size = pdf.seek(0, io.SEEK_END)
    pdf.seek(max(0, size - 1024))
    tail = pdf.read()
    pdf.seek(0)
    return head, tail


def _open(pdf: PdfSource, *, strict: bool = False) -> Pdf:
    """Open ``pdf``; with ``strict``, a damaged or truncated file is refused instead of
    repaired (a receiver checks the file as it is, not a guess at what it was)."""
    head, tail = _ends(pdf)
    if not head.startswith(b"%PDF-"):
        raise NotAPdfError("not a PDF: the %PDF- header is missing")
    if strict and b"%%EOF" not in tail:
        raise NotAPdfError("the PDF is incomplete: it does not end with %%EOF")
    try:
        doc = pikepdf.open(
            io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf, attempt_recovery=not strict
        )
    except pikepdf.PasswordError as exc:
        raise NotAPdfError("the PDF is encrypted") from exc
    except (pikepdf.PdfError, OSError, ValueError, RecursionError) as exc:
        raise NotAPdfError(f"not a readable PDF: {exc}") from exc
    if strict and doc.get_warnings():
        doc.close()
        raise NotAPdfError("the PDF is damaged: it can only be read after repair")
    return doc


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
    file_names: Mapping[str, str] | None = None,
    link_prefix: str | None = None,
) -> bytes:
    """Return ``pdf`` as PDF/A-3b with ``attachments`` (name -> (data, MIME type)) embedded.

    ``created`` (a naive value is taken as UTC) becomes the creation and modification date of
    the document and of every attachment, so the same input gives the same bytes.
    ``relationship`` is the ``/AFRelationship`` of every attachment: ``Source`` says the
    attachments are what the document was made from. ``file_names`` gives an attachment the
    file name a reader sees and saves it under (its ``/UF``; the name in the document's list
    of embedded files stays ``name``).

    With ``link_prefix``, a link annotation whose URI is ``link_prefix`` + the quoted name of
    an attachment becomes a file attachment annotation on the same spot, which opens that
    file (PDF/A allows no action that could: no Launch, no JavaScript); a link to a name that
    is not attached is dropped. Every annotation is set to print (PDF/A wants the flag).
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
        specs: list[tuple[str, Any]] = []
        if attachments:
            for name in sorted(attachments):
                data, mime = attachments[name]
                shown = (file_names or {}).get(name, name)
                spec = _filespec(doc, name, data, mime, pdf_date, relationship, shown)
                specs.append((name, spec))
            if not isinstance(names, Dictionary):
                names = root.Names = doc.make_indirect(Dictionary())
            tree: list[Any] = []
            for name, spec in specs:  # sorted: a name tree's leaves are in key order
                tree.extend([String(name), spec])
            names.EmbeddedFiles = doc.make_indirect(Dictionary(Names=Array(tree)))
            root.AF = Array([spec for _, spec in specs])
        _annotations(doc, dict(specs), link_prefix)

        out = io.BytesIO()
        doc.save(out, **_SAVE_OPTIONS)
    return out.getvalue()


def _annotations(doc: Pdf, specs: Mapping[str, Any], link_prefix: str | None) -> None:
    """Links to attachments become file attachment annotations; every annotation prints."""
    for page in doc.pages:
        annots = page.obj.get("/Annots")
        if not isinstance(annots, Array):
            continue
        kept: list[Any] = []
        for annot in annots:
            if not isinstance(annot, Dictionary):
                kept.append(annot)
                continue
            action = annot.get("/A")
            uri = str(action.get("/URI", "")) if isinstance(action, Dictionary) else ""
            if link_prefix and annot.get("/Subtype") == Name.Link and uri.startswith(link_prefix):
                spec = specs.get(unquote(uri[len(link_prefix) :]))
                if spec is not None:
                    kept.append(_file_annotation(doc, annot, spec))
                continue
            if "/F" not in annot:
                annot.F = _PRINT
            kept.append(annot)
        page.obj.Annots = Array(kept)


_PRINT = 4  # the annotation flag Print


def _file_annotation(doc: Pdf, link: Dictionary, spec: Any) -> Any:
    """A file attachment annotation over ``link``'s rectangle that opens ``spec``'s file. Its
    appearance is empty: the page itself shows the file's name there."""
    x0, y0, x1, y1 = (float(v) for v in link.Rect)
    appearance = doc.make_stream(b"")
    appearance.Type = Name.XObject
    appearance.Subtype = Name.Form
    appearance.BBox = Array([0, 0, round(x1 - x0, 3), round(y1 - y0, 3)])
    appearance.Resources = Dictionary()
    return doc.make_indirect(
        Dictionary(
            Type=Name.Annot,
            Subtype=Name.FileAttachment,
            Rect=Array([round(v, 3) for v in (x0, y0, x1, y1)]),
            FS=spec,
            Contents=spec.get("/Desc", spec.UF),
            Name=Name.Paperclip,
            F=_PRINT,
            AP=Dictionary(N=appearance),
        )
    )


def _filespec(
    doc: Pdf,
    name: str,
    data: bytes,
    mime: str,
    pdf_date: str,
    relationship: str,
    shown: str | None = None,
) -> Any:
    shown = shown or name
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
            F=String(name if shown == name else _ascii_name(shown)),
            UF=String(shown),
            Desc=String(shown),
            EF=Dictionary(F=stream, UF=stream),
            AFRelationship=Name("/" + relationship),
        )
    )


def _ascii_name(name: str) -> str:
    """A file name for readers that only read ``/F`` (bytes): accents and odd marks dropped."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    plain = re.sub(r"[^\w.() -]+", "_", plain).strip() or "bestand"
    return plain


# --- reading ------------------------------------------------------------------------------


def read_attachments(pdf: bytes, *, strict: bool = False) -> dict[str, bytes]:
    """Every embedded file of the document's name tree, by name; raises NotAPdfError."""
    with _open(pdf, strict=strict) as doc:
        try:
            return {name: spec.get_file().read_bytes() for name, spec in doc.attachments.items()}
        except pikepdf.PdfError as exc:
            raise NotAPdfError(f"an embedded file cannot be read: {exc}") from exc


ATTACHMENT_CHUNK = 1024 * 1024


def iter_attachments(
    source: BinaryIO, *, prefix: str, max_raw: Callable[[str], int], strict: bool = False
) -> Iterator[tuple[str, Iterator[bytes]]]:
    """The embedded files whose names start with ``prefix``, as (name, chunks of content).

    Nothing else is read: other attachments are skipped by name, without touching their data.
    The content is decoded as a stream (at most ``ATTACHMENT_CHUNK`` bytes at a time), so a
    small attachment that unpacks to gigabytes is never held in memory; the consumer stops
    reading when it has enough. The stored (packed) data of one attachment is read at once,
    and only when it is at most ``max_raw(name)`` bytes. With ``strict``, a damaged or
    truncated file is refused instead of repaired. Raises NotAPdfError.
    """
    with _open(source, strict=strict) as doc:
        try:
            names = [str(name) for name in doc.attachments]
        except (pikepdf.PdfError, ValueError, RecursionError) as exc:
            raise NotAPdfError(f"the embedded files cannot be listed: {exc}") from exc
        for name in names:
            if not name.startswith(prefix):
                continue
            try:
                stream = _embedded_stream(doc, name)
                length = int(stream.stream_dict.get("/Length", 0))
                if length > max_raw(name):
                    raise NotAPdfError(f"{name}: the embedded file is too large ({length} bytes)")
                raw = stream.read_raw_bytes()
                filters = _filters(stream)
            except (pikepdf.PdfError, ValueError, TypeError, RecursionError) as exc:
                raise NotAPdfError(f"{name}: the embedded file cannot be read: {exc}") from exc
            if len(raw) > max_raw(name):
                raise NotAPdfError(f"{name}: the embedded file is too large ({len(raw)} bytes)")
            yield name, _decoded(raw, filters, name)


def _embedded_stream(doc: Pdf, name: str) -> pikepdf.Stream:
    spec = doc.attachments[name].obj
    ef = spec.get("/EF")
    if not isinstance(ef, Dictionary):
        raise NotAPdfError(f"{name}: no embedded file stream")
    stream = ef.get("/F", ef.get("/UF"))
    if not isinstance(stream, pikepdf.Stream):
        raise NotAPdfError(f"{name}: no embedded file stream")
    return stream


def _filters(stream: pikepdf.Stream) -> list[str]:
    found = stream.stream_dict.get("/Filter")
    if found is None:
        return []
    names = [found] if isinstance(found, Name) else list(found)
    parms = stream.stream_dict.get("/DecodeParms")
    if parms is not None and not (isinstance(parms, Array) and all(p is None for p in parms)):
        raise NotAPdfError("embedded file with decode parameters (not made by this app)")
    return [str(n) for n in names]


def _decoded(raw: bytes, filters: list[str], name: str) -> Iterator[bytes]:
    if not filters:
        for start in range(0, len(raw), ATTACHMENT_CHUNK):
            yield raw[start : start + ATTACHMENT_CHUNK]
        return
    if filters != ["/FlateDecode"]:
        raise NotAPdfError(f"{name}: compression {' '.join(filters)} is not supported")
    inflate = zlib.decompressobj()
    try:
        for start in range(0, len(raw), 1 << 16):
            data = raw[start : start + (1 << 16)]
            while data:
                out = inflate.decompress(data, ATTACHMENT_CHUNK)
                if out:
                    yield out
                data = inflate.unconsumed_tail
            if inflate.eof:
                break
        rest = inflate.flush()
    except zlib.error as exc:
        raise NotAPdfError(f"{name}: the embedded file is damaged ({exc})") from exc
    if rest:
        yield rest


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


def page_digests(pdf: PdfSource, *, strict: bool = False) -> list[str]:
    """One SHA-256 per page over everything the page shows: its content, its fonts (glyphs
    included), images, annotations and size. Two pages with the same digest look the same."""
    with _open(pdf, strict=strict) as doc:
        digests = []
        for page in doc.pages:
            out: list[bytes] = []
            _canonical(page.obj, set(), out)
            digests.append(sha256(b"\x00".join(out)).hexdigest())
        return digests


def creation_date(pdf: PdfSource) -> datetime | None:
    """The document's /CreationDate (UTC), or None."""
    with _open(pdf) as doc:
        raw = doc.docinfo.get("/CreationDate")
        if raw is None:
            return None
        try:
            return _utc_seconds(decode_pdf_date(str(raw)))
        except ValueError:
            return None


def document_language(pdf: PdfSource) -> str:
    """The catalog's /Lang ("nl-BE", "en"), or ""."""
    with _open(pdf) as doc:
        return str(doc.Root.get("/Lang", ""))


def document_subject(pdf: PdfSource) -> str:
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
      ``/Params /ModDate``, and listed in an ``/AF`` array;
    - every annotation prints (``/F``) and, unless it is a link, has an appearance stream.

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
        problems += _check_annotations(doc)
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
    checked = _checked_file_annotations(pdf)
    found = [
        f"pikepdf.pdfa: {finding}"
        for finding in report.findings
        if not _checked_elsewhere(finding, checked)
    ]
    if found or not report.findings:
        return found or [f"pikepdf.pdfa: verdict {report.verdict}"]
    return []


def _checked_elsewhere(finding: Any, checked: set[str]) -> bool:
    """pikepdf's validator does not check file attachment annotations ("unsupported", not
    wrong: ISO 19005-3, 6.3.1 permits them). :func:`_check_annotations` and
    :func:`_check_embedded_files` check ours; ``checked`` are the ones that passed there."""
    return (
        finding.kind == "unsupported"
        and finding.rule == "pikepdf:schema-Annot"
        and finding.message == "annotation type not supported"
        and str(finding.where).split(" (", 1)[0] in checked
    )


def _checked_file_annotations(pdf: bytes) -> set[str]:
    """``"obj N G"`` of every file attachment annotation that prints, has an appearance, and
    opens an embedded file that is an associated file of the document."""
    with _open(pdf) as doc:
        associated = doc.Root.get("/AF")
        specs = {s.objgen for s in associated} if isinstance(associated, Array) else set()
        ok: set[str] = set()
        for page in doc.pages:
            annots = page.obj.get("/Annots")
            for annot in annots if isinstance(annots, Array) else []:
                if (
                    not isinstance(annot, Dictionary)
                    or annot.get("/Subtype") != Name.FileAttachment
                ):
                    continue
                spec = annot.get("/FS")
                appearance = annot.get("/AP")
                if (
                    annot.is_indirect
                    and int(annot.get("/F", 0)) & _PRINT
                    and isinstance(appearance, Dictionary)
                    and isinstance(appearance.get("/N"), pikepdf.Stream)
                    and "/AA" not in annot
                    and isinstance(spec, Dictionary)
                    and spec.is_indirect
                    and spec.objgen in specs
                    and "/EF" in spec
                ):
                    ok.add(f"obj {annot.objgen[0]} {annot.objgen[1]}")
        return ok


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


def _zero_size(rect: Any) -> bool:
    """A rectangle of width and height 0 (an invisible signature field's widget)."""
    if not isinstance(rect, Array) or len(rect) != 4:
        return False
    x0, y0, x1, y1 = (float(v) for v in rect)
    return x0 == x1 and y0 == y1


def _check_annotations(doc: Pdf) -> list[str]:
    """Every annotation prints and is not hidden; all but a link, a popup or a widget of
    size 0 (an invisible signature) carry their own appearance (ISO 19005-3, 6.3.2 and
    6.3.3)."""
    problems: list[str] = []
    for number, page in enumerate(doc.pages, 1):
        annots = page.obj.get("/Annots")
        for annot in annots if isinstance(annots, Array) else []:
            if not isinstance(annot, Dictionary):
                continue
            subtype = annot.get("/Subtype")
            if subtype == Name.Popup:
                continue
            where = f"page {number}: {subtype} annotation"
            flags = int(annot.get("/F", 0))
            if not flags & _PRINT or flags & (1 | 2 | 32 | 256):
                problems.append(f"{where}: must print and not be hidden (/F)")
            appearance = annot.get("/AP")
            if (
                subtype != Name.Link
                and not _zero_size(annot.get("/Rect"))
                and not (isinstance(appearance, Dictionary) and "/N" in appearance)
            ):
                problems.append(f"{where}: has no appearance stream (/AP /N)")
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
