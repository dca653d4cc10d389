"""Text from someone else made safe to show: no control characters, no direction tricks."""

from __future__ import annotations

import re
import unicodedata

# C0 and C1 controls (except tab and newline), DEL, and the Unicode bidirectional overrides
# and isolates that can make text read differently from what it is.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def plain(text: str, *, one_line: bool = False) -> str:
    """``text`` without control characters (an escape sequence loses its ESC and shows as
    harmless text); with ``one_line``, newlines and tabs become spaces."""
    cleaned = _UNSAFE.sub("", unicodedata.normalize("NFC", text))
    if one_line:
        cleaned = " ".join(cleaned.split())
    return cleaned
