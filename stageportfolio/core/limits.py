"""Every limit on what the app reads, in one place (documented in ``docs/limits.md``).

A small file must never make the app use gigabytes of memory or disk, run for minutes or
crash: every way in (CSV, archive, PDF, sign-off answer, mentor card, list file) checks its
input against these numbers before or while reading it, and refuses with a message that names
the file, the place and the limit. The numbers are far above what a real portfolio needs (a
school year is about 300 hour rows, a few hundred activities and a few hundred evidence files).
"""

from __future__ import annotations

KIB = 1024
MIB = 1024 * KIB
GIB = 1024 * MIB

# --- dates: one range of sane years for every way in -----------------------------------------
# Hours, activities, sign-offs and evidence are never in the future (the clock decides);
# placement periods may end in the future, but never after LATEST_YEAR.
EARLIEST_YEAR = 1900
LATEST_YEAR = 2100

# --- portfolio archives (zip) and the archive inside a portfolio PDF -------------------------
MAX_ARCHIVE_MEMBERS = 100_000  # files in one archive
MAX_MANIFEST_BYTES = 16 * MIB  # manifest.json (a line per evidence file)
MAX_PAYLOAD_BYTES = 64 * MIB  # portfolio.json (about 200,000 hour rows)
MAX_EVIDENCE_BYTES = 256 * MIB  # one evidence file
MAX_ARCHIVE_BYTES = 8 * GIB  # all files of one archive together, unpacked
# A member that unpacks to more than this many times its packed size is refused (a "zip
# bomb": 1.5 MB that unpacks to 1.5 GB). JSON packs about 10 to 20 times; only members of at
# least RATIO_FLOOR unpacked are judged, since tiny files can pack very well.
MAX_COMPRESSION_RATIO = 200
RATIO_FLOOR = 1 * MIB
# Free space that must remain on the disk after the evidence of an import is unpacked.
DISK_MARGIN = 64 * MIB

# --- PDF --------------------------------------------------------------------------------------
MAX_PDF_BYTES = 10 * GIB  # a portfolio PDF carries its whole archive

# --- JSON files (sign-off requests and answers, mentor cards, archives) ----------------------
MAX_JSON_FILE_BYTES = 20 * MIB  # a sign-off request, answer or a file of mentor cards
MAX_JSON_DEPTH = 32  # nesting of objects and lists
MAX_JSON_STRING = 1_000_000  # characters in one text value
MAX_JSON_INT_DIGITS = 18  # integers stay inside SQLite's 64 bits

# --- files a user picks once (checked before they are read) ----------------------------------
MAX_SCAN_BYTES = 50 * MIB  # the scan of a signed paper sign-off sheet (a few pages, PDF or image)
MAX_CLASS_LIST_BYTES = 20 * MIB  # a Smartschool class list (CSV or .xlsx; 400 pupils: some 40 kB)
MAX_CLASS_LIST_ROWS = 100_000  # rows of a class list
MAX_MENTOR_CARD_BYTES = 1 * MIB  # one mentor card the school vouches for (a few kB)
MAX_SETTINGS_BYTES = 1 * MIB  # the school's settings.json (one database name)
MAX_CERTIFICATE_BYTES = 16 * KIB  # a root certificate (--eid-root) or one of an eID chain

# --- CSV hour logs ----------------------------------------------------------------------------
MAX_CSV_BYTES = 2 * GIB  # read as a stream: memory does not grow with the size
MAX_CSV_LINE = 10_000  # characters in one line (a row of an hour log is about 100)
MAX_CSV_COLUMNS = 100
MAX_NEW_PLACEMENTS = 500  # different new placement names in one import

# --- list files (TOML) ------------------------------------------------------------------------
MAX_LIST_FILE_BYTES = 4 * MIB
MAX_TOML_DEPTH = 32

# --- messages ---------------------------------------------------------------------------------
MAX_PROBLEMS_SHOWN = 25  # lines of problems printed for one file
MAX_PROBLEMS_PER_KIND = 5  # of one kind, before "en nog 4.812 fouten van dezelfde soort"
MAX_PROBLEMS_KEPT = 2_000  # distinct problems kept in memory; beyond that they are counted


def size_text(size: int, lang: str = "nl") -> str:
    """``64 MB``, ``1,5 GB``: a limit or a size in a Dutch message (``1.5 GB`` in English)."""
    for unit, factor in (("GB", GIB), ("MB", MIB), ("kB", KIB)):
        if size >= factor:
            value = round(size / factor, 1)
            text = f"{value:.1f}".rstrip("0").rstrip(".")
            return f"{text if lang == 'en' else text.replace('.', ',')} {unit}"
    return f"{size} bytes"


def count_text(count: int, lang: str = "nl") -> str:
    """``4.812``: a count with a Dutch thousands separator (``4,812`` in English)."""
    return f"{count:,}" if lang == "en" else f"{count:,}".replace(",", ".")
