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


def _trie_pattern(keys: Iterable[str]) -> str:
    """One pattern for many literal keys, shared prefixes merged, longer matches preferred.

    Thousands of name forms as a plain alternation make the regex engine try each at every
    position; as a trie it follows one branch. A space in a key matches any run of white space.
    """
    trie: dict = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            atom = r"\s+" if ch == " " else re.escape(ch)
            branches.append(atom + build(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


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
        body = _trie_pattern(chosen) or r"(?!x)x"
        self._regex = re.compile(rf"(?<!\w)(?:{body})(?!\w)")

    def _matches(self, text: str) -> Iterator[tuple[int, int, str, Rule]]:
        """(start, end, original, rule) for each rule found, names only where case fits.

        A match whose case does not fit ("a OKAFOR-LANE" for the form "A Okafor-Lane") must
        not swallow the text: the search goes on from its next character, where a shorter
        form ("OKAFOR-LANE") may fit.
        """
        folded = fold(text)
        position = 0
        while match := self._regex.search(folded, position):
            rule = self.rules[_key(match.group())]
            original = text[match.start():match.end()]
            if rule.entity in ("PERSON", "PLACE") and not case_fits(original, rule.text):
                position = match.start() + 1
                continue
            yield match.start(), match.end(), original, rule
            position = match.end()

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
