"""Small pieces of English every message and report shares."""

from __future__ import annotations


def counted(count: int, word: str, plural: str = "") -> str:
    """"1 agency", "2 agencies": a count with its noun in the right number."""
    if count == 1:
        return f"{count} {word}"
    return f"{count} {plural or word + 's'}"
