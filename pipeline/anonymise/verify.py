"""Re-reading an anonymised file and searching every part for what must not be there.

Fails closed: the caller removes the output on any hit. A refusal must be something a DHR
Officer can act on, so each hit says where it is (part and paragraph, or PDF page), what kind
of identifier it is and which entry of the map or the review it concerns, all without quoting
the text; the text itself, with some context, goes to a restricted problems file
(:func:`write_problems`) that the message names.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.anonymise.detect import kept_terms
from pipeline.anonymise.lexicon import is_word_like
from pipeline.anonymise.matcher import Matcher, Rule
from pipeline.errors import VerificationError
from pipeline.ooxml.docx_package import DocxPackage

_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_BROKEN_WORD = re.compile(r"(?<=\w)-\s*\n\s*(?=\w)")
_DIGIT_GAPS = re.compile(r"(?<=\d)[\s\-./()]+(?=\d)")
PROBLEMS = "verification_problems.csv"
# (text, kind) or (text, kind, origin): what was replaced and must not be found again.
Forbidden = tuple[str, ...]


@dataclass(frozen=True)
class Leak:
    """Something found that must not be there. ``found`` and ``context`` are the document's
    own text: they go only to the restricted problems file, never to a message."""

    part: str
    location: str
    kind: str
    origin: str
    found: str = ""
    context: str = ""

    @property
    def where(self) -> str:
        """``word/document.xml paragraph 12``, ``page text page 3``."""
        return f"{self.part} {self.location}".strip()

    def describe(self) -> str:
        """One plain sentence without the text found."""
        concerns = f" ({self.origin})" if self.origin else ""
        return f"a {self.kind}{concerns} in {self.where}"


def normalise(text: str) -> str:
    """Text as a reader sees it: no soft hyphens or invisible marks, words re-joined across
    line-break hyphenation."""
    return _BROKEN_WORD.sub("", _INVISIBLE.sub("", text))


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    return " ".join(f"{text[max(0, start - width):start]}[{text[start:end]}]"
                    f"{text[end:end + width]}".split())


def _pieces(texts: dict[str, str] | Iterable[tuple[str, str, str]]
            ) -> Iterable[tuple[str, str, str]]:
    if isinstance(texts, dict):
        return ((part, "", text) for part, text in texts.items())
    return texts


@lru_cache(maxsize=4)
def _matchers(forbidden: tuple[Forbidden, ...],
              keep: tuple[str, ...]) -> tuple[Matcher, Matcher, Matcher]:
    """The text, number and binary matchers for a set of forbidden forms. Built once for a
    publication's several files and pictures: a map's thousands of forms take a third of a
    second to compile."""
    origins = {(f[0], f[1]): (f[2] if len(f) > 2 else "") for f in forbidden}
    # A name that is also a common word is not looked for after "the" ("the Senior
    # Investigating Officer"), as it was not replaced there; laws and schemes the anonymiser
    # keeps ("Clare's Law") are kept here too.
    names = [Rule(f[0], "\0", "PERSON" if f[1] == "name" else f[1], "map",
                  origin=origins[(f[0], f[1])], word_like=f[1] == "name" and is_word_like(f[0]))
             for f in forbidden]
    keep_rules = [Rule(k, None, "KEEP", "keep") for k in (*keep, *kept_terms())]
    numbers = {_DIGIT_GAPS.sub("", f[0]): (f[1], origins[(f[0], f[1])]) for f in forbidden
               if sum(c.isdigit() for c in f[0]) >= 6}
    return (Matcher(names + keep_rules),
            Matcher([Rule(n, "\0", kind, "pattern", origin=origin)
                     for n, (kind, origin) in numbers.items()]),
            Matcher([r for r in names if len(r.text) >= 4] + keep_rules))


def find_leaks(texts: dict[str, str] | Iterable[tuple[str, str, str]],
               forbidden: Iterable[Forbidden], keep: Iterable[str]) -> list[Leak]:
    """Every forbidden text found, names case-aware, numbers gap-blind. ``texts`` maps a part
    to its text, or lists (part, location, text)."""
    matcher, number_matcher, binary_matcher = _matchers(tuple(map(tuple, forbidden)),
                                                        tuple(keep))
    leaks = []
    for part, location, text in _pieces(texts):
        clean = normalise(text)
        # Images and other binary parts: only longer names, as short ones occur by chance.
        binary = not part.endswith((".xml", ".rels")) and "/" in part
        for hit in (binary_matcher if binary else matcher).find(clean):
            kind = hit.rule.entity if hit.rule.entity != "PERSON" else "name"
            leaks.append(Leak(part, location, kind, hit.rule.origin, hit.original,
                              "" if binary else _context(clean, hit.start, hit.end)))
        digits = _DIGIT_GAPS.sub("", clean)
        for hit in number_matcher.find(digits):
            leaks.append(Leak(part, location, hit.rule.entity, hit.rule.origin, hit.original,
                              _context(digits, hit.start, hit.end)))
    return leaks


def refuse(name: str, leaks: list[Leak]) -> VerificationError:
    """The error for a refused file: the first hit in words and how many more."""
    more = f" (and {len(leaks) - 1} more)" if len(leaks) > 1 else ""
    return VerificationError(
        f"{name}: verification found {leaks[0].describe()}{more}; nothing was released. Add "
        "the missing name or form to the pseudonym map, or decide the review item, and run "
        "again.", leaks)


def with_details(exc: VerificationError, path: Path, file: str) -> VerificationError:
    """The refusal again, its details (the text found, with context) written to the restricted
    problems file ``path`` and named at the end of the message; an earlier file goes."""
    path.unlink(missing_ok=True)
    if not exc.leaks:
        return exc
    path.parent.mkdir(parents=True, exist_ok=True)
    write_problems(exc.leaks, path, file)
    return VerificationError(f"{exc} The text found, with context, is in {path} (restricted).",
                             exc.leaks)


def write_problems(leaks: list[Leak], path: Path, file: str) -> None:
    """The restricted problems file: one row per hit, with the text found and its context."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["File", "Part", "Where", "Kind", "Concerns", "Text found", "Context"])
        for leak in leaks:
            writer.writerow([file, leak.part, leak.location, leak.kind, leak.origin, leak.found,
                             leak.context])


def verify_docx(path: Path, forbidden: Iterable[Forbidden], keep: list[str],
                name: str | None = None) -> dict:
    """Search every part of the written .docx; raise :class:`VerificationError` (holding the
    leaks) on any hit. ``name`` is how messages call the file (the user's, not a scratch
    path)."""
    forbidden = list(forbidden)
    package = DocxPackage(Path(path).read_bytes())
    pieces = list(package.located_texts())
    leaks = find_leaks(pieces, forbidden, keep)
    if leaks:
        raise refuse(name or str(path), leaks)
    return {"parts_checked": len({part for part, _, _ in pieces}),
            "forms_checked": len(forbidden),
            "by_kind": dict(Counter(f[1] for f in forbidden))}
