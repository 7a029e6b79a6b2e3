"""Re-reading an anonymised file and searching every part for what must not be there.

Fails closed: the caller removes the output on any hit. Messages name the part and the kind of
identifier found, never the identifier itself.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from pipeline.anonymise.matcher import Matcher, Rule
from pipeline.errors import VerificationError
from pipeline.ooxml.docx_package import DocxPackage

_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_BROKEN_WORD = re.compile(r"(?<=\w)-\s*\n\s*(?=\w)")
_DIGIT_GAPS = re.compile(r"(?<=\d)[\s\-./()]+(?=\d)")


def normalise(text: str) -> str:
    """Text as a reader sees it: no soft hyphens or invisible marks, words re-joined across
    line-break hyphenation."""
    return _BROKEN_WORD.sub("", _INVISIBLE.sub("", text))


def find_leaks(texts: dict[str, str], forbidden: list[tuple[str, str]],
               keep: list[str]) -> list[tuple[str, str]]:
    """(part, kind) for every forbidden text found, names case-aware, numbers gap-blind."""
    names = [Rule(t, "\0", "PERSON" if kind == "name" else kind, "map")
             for t, kind in forbidden]
    keep_rules = [Rule(k, None, "KEEP", "keep") for k in keep]
    matcher = Matcher(names + keep_rules)
    numbers = {_DIGIT_GAPS.sub("", t): kind for t, kind in forbidden
               if sum(c.isdigit() for c in t) >= 6}
    number_matcher = Matcher([Rule(n, "\0", kind, "pattern") for n, kind in numbers.items()])
    binary_matcher = Matcher([r for r in names if len(r.text) >= 4] + keep_rules)
    leaks = []
    for part, text in texts.items():
        clean = normalise(text)
        # Images and other binary parts: only longer names, as short ones occur by chance.
        found = (binary_matcher if not part.endswith((".xml", ".rels")) else matcher).find(clean)
        for hit in found:
            leaks.append((part, hit.rule.entity if hit.rule.entity != "PERSON" else "name"))
        for hit in number_matcher.find(_DIGIT_GAPS.sub("", clean)):
            leaks.append((part, hit.rule.entity))
    return leaks


def verify_docx(path: Path, forbidden: list[tuple[str, str]], keep: list[str]) -> dict:
    """Search every part of the written .docx; raise :class:`VerificationError` on any hit."""
    package = DocxPackage(Path(path).read_bytes())
    texts = package.part_texts()
    leaks = find_leaks(texts, forbidden, keep)
    if leaks:
        part, kind = leaks[0]
        more = f" (and {len(leaks) - 1} more)" if len(leaks) > 1 else ""
        raise VerificationError(
            f"{path}: verification found a {kind} left in {part}{more}; the output was not "
            "released. Add the missing name or form to the pseudonym map and run again.")
    return {"parts_checked": len(texts), "forms_checked": len(forbidden),
            "by_kind": dict(Counter(kind for _, kind in forbidden))}
