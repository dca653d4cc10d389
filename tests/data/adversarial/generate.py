"""Writes the adversarial input files in this folder (run this script to remake them).

Small files built to break a reader: nesting deeper than any stack, numbers too big for any
column, text that cannot be encoded, lines and rows out of all proportion, damaged containers.
tests/test_no_unexpected_failure.py runs every file under tests/data through every command
that reads a file and asserts that none ends in "Onverwachte fout" (exit 70). The big ones
(archives and PDFs that unpack to gigabytes) are made at test time by tests/bombs.py.
"""

from __future__ import annotations

import io
import json
import random
import sqlite3
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEEP = 20_000  # the interpreter gives up at about 1,000


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def deep_answer() -> bytes:
    return ('{"format": "stageportfolio-signoff-response", "version": 1, "mentor": '
            + nested(DEEP) + "}").encode()  # fmt: skip


def deep_request() -> bytes:
    return ('{"format": "stageportfolio-signoff-request", "version": 1, "portfolio": '
            + nested(DEEP) + "}").encode()  # fmt: skip


def deep_cards() -> bytes:
    return nested(DEEP).encode()


def huge_integer_card() -> bytes:
    return ('{"format": "stageportfolio-mentor-card", "version": ' + "9" * 5000 + "}").encode()


def surrogate_card() -> bytes:
    return (
        b'{"format": "stageportfolio-mentor-card", "version": 1, "name": "An \\ud800 Peeters", '
        b'"sector": "social_profit", "public_key": "x", "fingerprint": "y"}'
    )


def nan_answer() -> bytes:
    return b'{"format": "stageportfolio-signoff-response", "version": NaN}'


def request_with_absurd_dates() -> bytes:
    item = {"kind": "hour_entry", "id": "h1", "day": "0001-01-01", "minutes": 60,
            "context": "thuiszorg", "placement": ""}  # fmt: skip
    return json.dumps(
        {
            "format": "stageportfolio-signoff-request",
            "version": 1,
            "portfolio": {"id": "p", "name": "Zoë"},
            "items": [{"item": item, "label": "1/1/1: 1 uur"}],
        }
    ).encode()


def deep_list() -> bytes:
    return f"id = 'diep'\nrules = {nested(DEEP)}\n".encode()


def huge_integer_list() -> bytes:
    return b"id = 'groot'\nversion = 99999999999999999999999999\n"


def not_utf8_list() -> bytes:
    return b"id = 'caf\xe9'\n"


def long_line_csv() -> bytes:
    return b"Datum;Context;Uren\r\n" + b"1/3/2025;thuiszorg;" + b"7" * 20_000 + b"\r\n"


def many_columns_csv() -> bytes:
    return b"Datum;Context;Uren\r\n1/3/2025;thuiszorg;7" + b";x" * 5_000 + b"\r\n"


def unclosed_quote_csv() -> bytes:
    rows = "".join(f"{d}/3/2025;thuiszorg;7\r\n" for d in range(1, 28))
    return ('Datum;Context;Uren\r\n1/3/2025;"thuiszorg;7\r\n' + rows * 30).encode()


def broken_utf16_csv() -> bytes:
    return b"\xff\xfe" + "Datum;Context;Uren\r\n".encode("utf-16-le") + b"\x00"


def nul_csv() -> bytes:
    return b"Datum;Context;Uren\r\n" + bytes(range(256)) * 8


def year_one_csv() -> bytes:
    return b"Datum;Context;Uren\r\n1/1/0001;thuiszorg;7\r\n01-01-0001;thuiszorg;7\r\n"


def huge_hours_csv() -> bytes:
    return b"Datum;Context;Uren\r\n1/3/2025;thuiszorg;" + b"9" * 5000 + b"\r\n"


def random_zip() -> bytes:
    return b"PK\x03\x04" + random.Random(11).randbytes(4000)


def truncated_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        info = zipfile.ZipInfo("manifest.json", date_time=(2025, 1, 1, 0, 0, 0))
        zf.writestr(info, json.dumps({"format": "stageportfolio-archive"}) * 50)
    data = buffer.getvalue()
    return data[: len(data) // 2]


def slip_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name in ("manifest.json", "../../evil.sh", "/etc/passwd", "evidence/../../x"):
            zf.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)), "{}")
    return buffer.getvalue()


def deep_manifest_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        info = zipfile.ZipInfo("manifest.json", date_time=(2025, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        zf.writestr(info, nested(DEEP))
    return buffer.getvalue()


def truncated_pdf() -> bytes:
    return b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + b"x" * 100


def garbage_database() -> bytes:
    return b"SQLite format 3\x00" + random.Random(5).randbytes(8192)


def half_created_database() -> bytes:
    """What a kill during the first release's creation of a database left: some tables, no
    alembic_version."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.sqlite3"
        con = sqlite3.connect(path)
        con.execute("CREATE TABLE portfolio (id VARCHAR NOT NULL PRIMARY KEY)")
        con.commit()
        con.close()
        return path.read_bytes()


FIXTURES = {
    "deep.aftekening.json": deep_answer,
    "deep.aftekenverzoek.json": deep_request,
    "deep.mentorkaart.json": deep_cards,
    "huge-integer.mentorkaart.json": huge_integer_card,
    "surrogate.mentorkaart.json": surrogate_card,
    "nan.aftekening.json": nan_answer,
    "year-one.aftekenverzoek.json": request_with_absurd_dates,
    "deep.toml": deep_list,
    "huge-integer.toml": huge_integer_list,
    "not-utf8.toml": not_utf8_list,
    "long-line.csv": long_line_csv,
    "many-columns.csv": many_columns_csv,
    "unclosed-quote.csv": unclosed_quote_csv,
    "broken-utf16.csv": broken_utf16_csv,
    "binary.csv": nul_csv,
    "year-one.csv": year_one_csv,
    "huge-hours.csv": huge_hours_csv,
    "random.zip": random_zip,
    "truncated.zip": truncated_zip,
    "zip-slip.zip": slip_zip,
    "deep-manifest.zip": deep_manifest_zip,
    "truncated.pdf": truncated_pdf,
    "garbage.sqlite3": garbage_database,
    "half-created.sqlite3": half_created_database,
}


def main() -> None:
    for name, make in FIXTURES.items():
        with open(HERE / name, "wb") as file:
            file.write(make())


if __name__ == "__main__":
    main()
