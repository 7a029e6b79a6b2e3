"""Finding every replacement in a text at once: whole words, case-aware, accent-blind.

All rules (map variants, detected originals, phrases to keep) go into one pattern, longest
first, matched against a folded copy of the text. Replacement is simultaneous: spans are found
on the original text and replaced together, so a pseudonym is never replaced again (A→B and
B→C never gives C).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from pipeline.anonymise.pseudonyms import fold

_PRIORITY = {"keep": 0, "decision": 1, "map": 2, "pattern": 3, "ner": 4}
_WORD = re.compile(r"\w+")
_DETERMINER = re.compile(r"(?<!\w)(?:the|a|an|every|each|last|next|our|my)\s+$")


@dataclass(frozen=True)
class Rule:
    """Text to find and what it becomes (``replacement is None`` keeps it as it is)."""

    text: str
    replacement: str | None
    entity: str  # PERSON, PLACE, UK_PHONE, … or KEEP
    detector: str  # keep, decision, map, pattern, ner
    kind: str = ""
    score: float = 1.0
    origin: str = ""  # where the rule comes from, said without the text (map entry, review)
    any_case: bool = False  # a name that is no English word: "kel" is Kel too
    owner: int | None = None  # the person in the map a form belongs to
    word_like: bool = False  # a name that is also a common word: not after "the" ("the Summer")


@dataclass(frozen=True)
class Hit:
    """A rule found in a text: ``[start, end)`` of the original, and the text to put there."""

    start: int
    end: int
    original: str
    replacement: str
    rule: Rule


def case_fits(found: str, form: str) -> bool:
    """Whether ``found`` is written like the name ``form`` rather than like an ordinary word.

    ``Will`` and ``WILL`` fit the person Will; ``will`` does not. A word of the form that starts
    with a capital must not be found all in lower case.
    """
    words = _WORD.findall(found)
    if len(words) == 1 and len(found) <= 3 and found.isupper() and not form.isupper():
        return False  # "NI" (an acronym) is not the name "Ni"
    for word, form_word in zip(words, _WORD.findall(form), strict=False):
        if form_word[:1].isupper() and word.islower():
            return False
    return True


def _key(text: str) -> str:
    """A rule's or a match's text folded, with every run of white space as one space."""
    return " ".join(fold(text).split())


_STARTS = re.compile(r"(?<!\w)\S")
_SPACE_RUN = re.compile(r"\s+")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


_TOKEN = re.compile(r"\w+")


def _lead(text: str, start: int) -> tuple[str, ...]:
    """The first two words from ``start`` (one if there is no second), or the sign there."""
    first = _TOKEN.match(text, start)
    if first is None:
        return (text[start:start + 1],)
    second = _TOKEN.search(text, first.end())
    return (first.group(),) if second is None else (first.group(), second.group())


def _normalised(folded: str) -> tuple[str, list[int] | None]:
    """``folded`` with every run of white space as one space, and where each character of it
    came from (None when nothing changed, the usual case)."""
    if "  " not in folded and not any(c in folded for c in "\n\r\t\v\f\xa0\u2028\u2029"):
        return folded, None
    pieces, origin = [], []
    position = 0
    for run in _SPACE_RUN.finditer(folded):
        pieces.append(folded[position:run.start()])
        origin.extend(range(position, run.start()))
        pieces.append(" ")
        origin.append(run.start())
        position = run.end()
    pieces.append(folded[position:])
    origin.extend(range(position, len(folded)))
    return "".join(pieces), origin


class Matcher:
    """All rules compiled into one pattern."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        chosen: dict[str, Rule] = {}
        for rule in rules:
            key = _key(rule.text)
            if not key:
                continue
            current = chosen.get(key)
            if current is None or _PRIORITY[rule.detector] < _PRIORITY[current.detector]:
                chosen[key] = rule
        self.rules = chosen
        # Keys by their first two words (one-word keys by their word, keys that start with a
        # sign by the sign), longest first: at each place a word starts only the few keys that
        # begin with its words are tried, and the longest that ends at a word's end wins.
        self._keys: dict[tuple[str, ...], list[str]] = {}
        for key in sorted(chosen, key=len, reverse=True):
            self._keys.setdefault(_lead(key, 0), []).append(key)

    def _longest(self, norm: str, start: int) -> str | None:
        """The longest key found at ``start`` of the normalised text that ends a word."""
        lead = _lead(norm, start)
        candidates = (*self._keys.get(lead, ()), *self._keys.get(lead[:1], ())) \
            if len(lead) == 2 else self._keys.get(lead, ())
        for key in candidates:
            end = start + len(key)
            if norm.startswith(key, start) and (end == len(norm) or not _is_word_char(norm[end])):
                return key
        return None

    def _matches(self, text: str) -> Iterator[tuple[int, int, str, Rule]]:
        """(start, end, original, rule) for each rule found, names only where case fits.

        Keys are matched on a folded copy of the text (lower case, no accents, white space
        runs as one space), where a word starts. A match whose case does not fit ("a
        OKAFOR-LANE" for the form "A Okafor-Lane") must not swallow the text: the search goes
        on from its next character, where a shorter form ("OKAFOR-LANE") may fit.
        """
        if not self.rules:
            return
        folded = fold(text)
        norm, origin = _normalised(folded)
        position = 0
        for candidate in _STARTS.finditer(norm):
            at = candidate.start()
            if at < position or (key := self._longest(norm, at)) is None:
                continue
            start = at if origin is None else origin[at]
            end = at + len(key) if origin is None else origin[at + len(key) - 1] + 1
            rule = self.rules[key]
            original = text[start:end]
            if (rule.entity in ("PERSON", "PLACE") and not rule.any_case
                    and not case_fits(original, rule.text)) or (
                    rule.word_like and _DETERMINER.search(folded, max(0, start - 12), start)):
                continue
            yield start, end, original, rule
            position = at + len(key)

    def covered(self, text: str) -> list[tuple[int, int]]:
        """Spans any rule accounts for, phrases kept as they are included."""
        return [(start, end) for start, end, _, _ in self._matches(text)]

    def find(self, text: str) -> list[Hit]:
        """Every replacement in ``text``, left to right, not overlapping."""
        hits = []
        for start, end, original, rule in self._matches(text):
            if rule.replacement is None or original == rule.replacement:
                continue
            replacement = rule.replacement
            if (rule.detector in ("map", "decision") and original.isupper()
                    and any(c.isalpha() for c in original) and not replacement.startswith("[")):
                replacement = replacement.upper()
            hits.append(Hit(start, end, original, replacement, rule))
        return hits
