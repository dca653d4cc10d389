"""Small files that unpack to gigabytes, made in about a second, for the adversarial tests.

Compressing 1.5 GB takes ten seconds; these helpers compress one mebibyte once and repeat it.
After a full flush a deflate stream forgets its history, so every further mebibyte of the same
bytes compresses to the same segment: the stream is ``first + steady * (n - 1) + end``.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any

import pikepdf
from pikepdf import Array, Dictionary, Name, String

MIB = 1024 * 1024


def repeated_deflate(size: int, byte: bytes = b" ") -> tuple[bytes, int, int]:
    """(raw deflate data, CRC-32, Adler-32) of ``size`` bytes (a multiple of 1 MiB) of ``byte``."""
    assert size % MIB == 0
    chunk = byte * MIB
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    steady = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    end = packer.flush(zlib.Z_FINISH)
    count = size // MIB
    data = first + steady * (count - 1) + end
    crc, adler = 0, 1
    for _ in range(count):
        crc = zlib.crc32(chunk, crc)
        adler = zlib.adler32(chunk, adler)
    return data, crc, adler


def zlib_stream(size: int, byte: bytes = b" ") -> bytes:
    """``size`` bytes of ``byte`` in the zlib format (what a PDF's /FlateDecode holds)."""
    raw, _, adler = repeated_deflate(size, byte)
    return b"\x78\xda" + raw + struct.pack(">I", adler)


def write_zip(path: Path, members: list[tuple[str, Any]]) -> Path:
    """A zip file; a member is (name, bytes) or (name, ("bomb", size)) for ``size`` spaces."""
    out = bytearray()
    central = bytearray()
    for name, content in members:
        encoded = name.encode("utf-8")
        if isinstance(content, tuple):
            _, size = content
            data, crc, _ = repeated_deflate(size)
            method = 8
        else:
            data, crc, size, method = bytes(content), zlib.crc32(content), len(content), 0
        offset = len(out)
        out += struct.pack(
            "<4s2B4HL2L2H", b"PK\x03\x04", 20, 0, 0, method, 0, 0x21, crc, len(data), size,
            len(encoded), 0,
        )  # fmt: skip
        out += encoded + data
        central += struct.pack(
            "<4s4B4HL2L5H2L", b"PK\x01\x02", 20, 0, 20, 0, 0, method, 0, 0x21, crc, len(data),
            size, len(encoded), 0, 0, 0, 0, 0, offset,
        )  # fmt: skip
        central += encoded
    end = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, len(members), len(members), len(central), len(out), 0
    )
    path.write_bytes(bytes(out + central + end))
    return path


def spaces_sha256(size: int) -> str:
    digest = hashlib.sha256()
    chunk = b" " * MIB
    for _ in range(size // MIB):
        digest.update(chunk)
    return digest.hexdigest()


PORTFOLIO_ID = "5c0f0000-0000-4000-8000-00000000000a"
STORED = "3f2a0000-0000-4000-8000-000000000001.pdf"


def bomb_payload(evidence_size: int = 0) -> dict[str, Any]:
    """A valid ``portfolio.json`` (one evidence file of ``evidence_size`` spaces, if any)."""
    stamp = "2025-10-01T08:00:00+00:00"
    evidence = []
    if evidence_size:
        evidence.append(
            {
                "id": STORED.split(".")[0],
                "portfolio_id": PORTFOLIO_ID,
                "stored_name": STORED,
                "original_name": "stageverslag.pdf",
                "media_type": "application/pdf",
                "day": "2025-10-01",
                "sha256": spaces_sha256(evidence_size),
                "size": evidence_size,
                "description": "",
            }
        )
    return {
        "portfolio": {
            "id": PORTFOLIO_ID,
            "role": "student",
            "name": "Zoë Bom",
            "organisation": "",
            "programme": "Gezondheidszorg",
            "list_id": "gezondheidszorg",
            "list_version": 1,
            "school_year": "2025-2026",
            "created_at": stamp,
            "updated_at": stamp,
        },
        "mentors": [],
        "placements": [],
        "hour_entries": [],
        "activity_records": [],
        "evidence": evidence,
        "evidence_links": [],
        "signoffs": [],
    }


def archive_bomb(path: Path, *, payload_size: int = 0, evidence_size: int = 0) -> Path:
    """A portfolio archive, correct in every checksum, whose ``portfolio.json`` or one evidence
    file unpacks to gigabytes of spaces from a 1.5 MB zip."""
    payload = json.dumps(bomb_payload(evidence_size)).encode()
    files = {"portfolio.json": spaces_sha256(payload_size) if payload_size else sha256(payload)}
    if evidence_size:
        files[f"evidence/{STORED}"] = spaces_sha256(evidence_size)
    manifest = {
        "format": "stageportfolio-archive",
        "format_version": 1,
        "app_version": "0.1.0",
        "created_at": "2026-01-12T09:30:00+00:00",
        "schema_revision": "0001",
        "portfolio_id": PORTFOLIO_ID,
        "files": files,
    }
    members: list[tuple[str, Any]] = [("manifest.json", json.dumps(manifest).encode())]
    members.append(("portfolio.json", ("bomb", payload_size) if payload_size else payload))
    if evidence_size:
        members.append((f"evidence/{STORED}", ("bomb", evidence_size)))
    return write_zip(path, members)


def pdf_with_attachment(path: Path, name: str, size: int) -> Path:
    """A one-page PDF with an embedded file ``name`` that unpacks to ``size`` spaces."""
    pdf = pikepdf.new()
    pdf.add_blank_page()
    stream = pikepdf.Stream(pdf, b"")
    stream.write(zlib_stream(size), filter=Name.FlateDecode)
    stream.Type = Name.EmbeddedFile
    spec = pdf.make_indirect(
        Dictionary(
            Type=Name.Filespec,
            F=String(name),
            UF=String(name),
            EF=Dictionary(F=stream),
            AFRelationship=Name.Unspecified,
        )
    )
    pdf.Root.Names = Dictionary(EmbeddedFiles=Dictionary(Names=Array([String(name), spec])))
    pdf.save(path, stream_decode_level=pikepdf.StreamDecodeLevel.none, compress_streams=False)
    return path


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_MEASURE = """
import resource, subprocess, sys
limit = int(sys.argv[1])
def cap():
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit // 8, limit // 8))
result = subprocess.run(sys.argv[2:], capture_output=True, text=True, preexec_fn=cap)
sys.stdout.write(result.stdout)
sys.stderr.write(result.stderr)
print(f"\\nPEAK_RSS_KB={resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}")
sys.exit(result.returncode)
"""


def run_measured(
    args: list[str], home: Path, *, address_space: int = 3 * 1024 * MIB
) -> tuple[subprocess.CompletedProcess[str], int]:
    """Run the CLI with ``args`` and caps on its address space and file size (so a runaway
    read fails with MemoryError, a runaway write with "file too large", instead of taking the
    machine); returns the result and its peak RSS in MB."""
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(address_space), sys.executable, "-m",
         "stageportfolio", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "STAGEPORTFOLIO_HOME": str(home)},
        timeout=300,
    )  # fmt: skip
    stdout, _, peak = result.stdout.rpartition("PEAK_RSS_KB=")
    result.stdout = stdout
    return result, int(peak.strip()) // 1024


__all__ = [
    "MIB",
    "archive_bomb",
    "pdf_with_attachment",
    "repeated_deflate",
    "run_measured",
    "write_zip",
]
