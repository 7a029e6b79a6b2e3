"""Text made safe for XML parts."""

from __future__ import annotations

import re

# Characters XML 1.0 forbids; agencies' exports sometimes hold them (vertical tabs from Excel).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text: str) -> str:
    """``text`` escaped for an element's content, characters XML forbids removed."""
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub("", text)
    return escape_markup(text)


def escape_markup(text: str) -> str:
    """``&``, ``<`` and ``>`` escaped; the caller has ruled out forbidden characters."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text
