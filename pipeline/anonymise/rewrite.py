"""Anonymising a Word document: map first, detectors second, every part, then a check.

1. The package is cleaned: comments, tracked deletions, hidden text, embedded objects, bound
   data, the thumbnail and people in the properties are removed; insertions are accepted.
2. Every piece of text left (paragraphs across runs, field codes, alt text, properties, link
   targets) is read. The pseudonym map gives the rules for known people and places; the
   detectors add people the map does not name (``Person 1``, ``Person 2`` …) and identifiers.
3. One set of rules is applied to every piece of text, so a name found anywhere is replaced
   everywhere it stands (NER may miss it in a footnote where it found it in the body).
4. The written file is re-read and searched for every real name, variant and detected
   original; any hit removes the output (:mod:`pipeline.anonymise.verify`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from pipeline.anonymise.detect import (
    NAME_CANDIDATE,
    PLACEHOLDERS,
    Detection,
    agency_words,
    detect,
)
from pipeline.anonymise.matcher import Hit, Matcher, Rule
from pipeline.anonymise.names import reads_as_ordinary_words
from pipeline.anonymise.pseudonyms import (
    AMBIGUOUS,
    TITLES,
    PseudonymMap,
    derive_variants,
    fold,
    name_forms,
)
from pipeline.anonymise.review import Decision, ReviewItem
from pipeline.ooxml.docx_package import CleanReport, DocxPackage, TextSlot

_TITLE_PREFIX = re.compile(r"^(?:(?:" + "|".join(TITLES) + r")\.?\s+)+")
_TRIM = re.compile(r"^[\W_]+|(?:['’]s)?[\W_]*$")
_DETECTED_KINDS = ("paragraph", "alt text", "property", "field code", "link target")


@dataclass
class AuditRow:
    """One replacement made: where, what kind, by which detector."""

    part: str
    location: str
    entity: str
    detector: str
    original: str
    replacement: str
    score: float


@dataclass
class RewriteResult:
    """The rewritten package and what was done to it."""

    package: DocxPackage
    clean: CleanReport
    plan: Plan
    audit: list[AuditRow] = field(default_factory=list)
    review: list[ReviewItem] = field(default_factory=list)

    @property
    def forbidden(self) -> list[tuple[str, str, str]]:
        """What was replaced, to verify the output by (:attr:`Plan.forbidden`)."""
        return self.plan.forbidden

    def counts(self) -> dict[str, int]:
        """Replacements per detector."""
        return dict(Counter(row.detector for row in self.audit))

    def apply(self, text: str) -> str:
        """A text outside the package anonymised with the document's own rules."""
        return self.plan.apply(text)


def _origin(pmap: PseudonymMap, variant) -> str:
    """The map entry a form comes from, named by position and pseudonym (never the name)."""
    if variant.owner is not None:
        person = pmap.people[variant.owner]
        number = person.entry or variant.owner + 1  # the file's own numbering
        return f"pseudonym map people[{number}] (pseudonym '{person.pseudonym}')"
    for index, place in enumerate(pmap.places, start=1):
        if fold(place.name) == fold(variant.text):
            return f"pseudonym map places[{index}] (becomes '{place.pseudonym}')"
    return "a name shared by two people in the pseudonym map"


def map_rules(pmap: PseudonymMap) -> list[Rule]:
    """Rules from the pseudonym map: each variant, places, and phrases to keep."""
    variants = derive_variants(pmap)
    rules = [Rule(v.text, v.replacement, "PLACE" if v.kind == "place" else "PERSON", "map",
                  v.kind, origin=_origin(pmap, v)) for v in variants]
    rules += [Rule(k, None, "KEEP", "keep") for k in pmap.keep]
    # Pseudonyms are never redacted, so anonymising an output again changes nothing.
    pseudonyms = {p.pseudonym for p in pmap.people} | {p.pseudonym for p in pmap.places}
    pseudonyms |= {v.replacement for v in variants if v.replacement != AMBIGUOUS}
    rules += [Rule(p, None, "KEEP", "keep", "pseudonym") for p in sorted(pseudonyms)]
    return rules


_SURNAME_FIRST = re.compile(r"^([A-Z][A-Za-z'’-]+),\s*([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)$")
_POSSESSIVE = re.compile(r"['’]s\b")
_RUNS_ON = re.compile(r"^(?:['’]s)?(?:\s+[A-Z][\w'’-]*){1,3}")


def _runs_into_agency(text: str, end: int) -> bool:
    """Whether the words right after a detected name make it part of an agency's name
    ("St Aldhelm" in "St Aldhelm's Hospice")."""
    following = _RUNS_ON.match(text[end:end + 60])
    return bool(following) and bool(agency_words().search(following.group()))


def replace_all(matcher: Matcher, text: str) -> str:
    """``text`` with every replacement ``matcher`` finds in it made."""
    for hit in reversed(matcher.find(text)):
        text = text[:hit.start] + hit.replacement + text[hit.end:]
    return text


def pseudonymise_text(pmap: PseudonymMap, text: str) -> str:
    """A short text (a document's title) with the map's replacements, no detection."""
    return replace_all(Matcher(map_rules(pmap)), text)


def _clean_person(text: str) -> str:
    """A detected name without titles, possessive, stray punctuation, or the lower-case words a
    model's span sometimes runs into ("Ms Nandra on" is "Nandra")."""
    if turned := _SURNAME_FIRST.match(text.strip()):  # "PHAM, Zoltan" is Zoltan Pham
        text = f"{turned.group(2)} {turned.group(1).title()}"
    text = _POSSESSIVE.split(text, maxsplit=1)[0]  # a name ends at its possessive
    words = _TRIM.sub("", _TITLE_PREFIX.sub("", text.strip())).split()
    while words and not words[-1][:1].isupper():
        words.pop()
    while words and not words[0][:1].isupper():
        words.pop(0)
    return _TRIM.sub("", " ".join(words)).strip()


def _is_person(name: str) -> bool:
    if name.rstrip(".") in TITLES or any(w.casefold() in _NOT_NAME_WORDS for w in name.split()):
        return False
    if len(name) <= 3 and name.isupper():  # NI, GP, DC: initials and acronyms
        return False
    if any(len(w) == 1 for w in name.split()):  # "Appendix A", "Officer B": labels, not names
        return False
    if reads_as_ordinary_words(name):  # "Senior Investigating Officer", "Domestic Violence"
        return False
    if len(name) < 2 or not any(c.isupper() for c in name) or any(c.isdigit() for c in name):
        return False
    return not agency_words().search(name)


_LIST_SPLIT = re.compile(r"\s+(?:and|&)\s+|\s*[,;/()\[\]]\s*")
_NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*$")
_NOT_NAME_WORDS = {"road", "street", "lane", "avenue", "close", "drive", "way", "crescent",
                   "grove", "place", "court", "gardens", "terrace", "walk", "hill", "row",
                   "square", "park", "view", "green", "city", "town", "county", "borough",
                   "district", "estate", "north", "south", "east", "west", "the", "of", "and",
                   "person", "page", "numpages", "toc", "hyperlink", "mergefield", "pageref",
                   "ref", "seq", "date", "time"}


def _looks_like_a_name(text: str) -> bool:
    """Two or three capitalised words, none of them an agency or place word."""
    words = text.split()
    return 2 <= len(words) <= 3 and all(_NAME_WORD.match(w) for w in words) and _is_person(text)


def _words_covered(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether every word of ``text[start:end]`` lies in one of ``spans``."""
    return all(any(s < start + w.end() and start + w.start() < e for s, e in spans)
               for w in re.finditer(r"\w+", text[start:end]))


def _covered(base: Matcher, name: str) -> bool:
    """Whether the map (or a keep phrase) already accounts for every word of ``name``."""
    return _words_covered(name, 0, len(name), base.covered(name))


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    before = text[max(0, start - width):start].split(" ", 1)[-1] if start > width else \
        text[:start]
    after = text[end:end + width].rsplit(" ", 1)[0] if len(text) > end + width else text[end:]
    return " ".join(f"{before}[…]{after}".split())


def _findings(text: str, hits: list[Detection],
              base: Matcher) -> Iterator[tuple[str, str, float, str]]:
    """(original, entity, score, context) for each detection the map does not already cover;
    people's names cleaned, split where a span holds several, and checked to look like names."""
    spans = base.covered(text) if hits else []
    for d in hits:
        original = text[d.start:d.end]
        if _words_covered(text, d.start, d.end, spans):
            continue  # the map (or a keep phrase) already decides all of this text
        context = _context(text, d.start, d.end)
        if d.entity not in ("PERSON", NAME_CANDIDATE):
            yield original, d.entity, d.score, context
            continue
        if _runs_into_agency(text, d.end):
            continue
        # "PHAM, Zoltan" is one person; "Mrs Patel and Dr Haddad" are two.
        one = _SURNAME_FIRST.match(_TITLE_PREFIX.sub("", original.strip()))
        for part in [original] if one else _LIST_SPLIT.split(original):
            name = _clean_person(part)
            if d.entity == NAME_CANDIDATE and not _looks_like_a_name(name):
                continue
            if _is_person(name) and not _covered(base, name):
                yield name, "PERSON", d.score if d.entity == "PERSON" else min(d.score, 0.5), \
                    context


def detected_rules(texts: list[str], detections: list[list[Detection]],
                   base: Matcher, decisions: dict[str, Decision]) -> tuple[list[Rule],
                                                                             list[ReviewItem]]:
    """Rules and review items for what the detectors found and the map does not cover.

    People get ``Person N`` in order of first appearance; a single name that is the first or
    last word of a longer one found elsewhere gets the same number.
    """
    people: dict[str, str] = {}
    by_word: dict[str, str] = {}
    rules: list[Rule] = []
    items: dict[str, ReviewItem] = {}
    found = [f for text, hits in zip(texts, detections, strict=True)
             for f in _findings(text, hits, base)]
    for name, entity, _, _ in sorted(found, key=lambda f: -len(f[0].split())):
        if entity == "PERSON" and len(name.split()) > 1:
            for word in (name.split()[0], name.split()[-1]):
                by_word.setdefault(fold(word), fold(name))
    for original, entity, score, context in found:
        key = fold(original)
        decision = decisions.get(key)
        if entity == "PERSON":
            root = by_word.get(key, key) if len(original.split()) == 1 else key
            placeholder = people.setdefault(root, f"Person {len(people) + 1}")
            people.setdefault(key, placeholder)
        else:
            placeholder = PLACEHOLDERS.get(entity, "[redacted]")
        replacement = placeholder
        if decision is not None:
            replacement = None if decision.action == "keep" else (decision.value or placeholder)
        detector = "decision" if decision else ("ner" if entity == "PERSON" else "pattern")
        origin = (f"the review decision for the item shown as '{placeholder}'" if decision
                  else f"the review item shown as '{placeholder}'")
        rules.append(Rule(original, replacement, entity, detector, "detected", score, origin))
        if entity == "PERSON" and decision is None:
            rules.extend(Rule(form, placeholder, entity, "ner", "form of detected name", score,
                              origin)
                         for form, _ in name_forms(original, placeholder)
                         if form != original and len(form) > 2)
        if (entity == "PERSON" or score < 0.6) and key not in items:
            items[key] = ReviewItem(original, entity, "NER" if entity == "PERSON" else "pattern",
                                    placeholder, context, score,
                                    "Add this person to the pseudonym map, or confirm the "
                                    "placeholder." if entity == "PERSON" else
                                    "Check this is an identifier.",
                                    decision.action if decision else "")
    # A reviewer's "redact" stands even where detection does not find the text this time (a
    # redrafted sentence can hide a name from the model): the text is still replaced.
    detected = {fold(r.text) for r in rules}
    for key, decision in sorted(decisions.items()):
        if decision.action != "redact" or key in detected:
            continue
        if any(c.isdigit() for c in decision.original):
            placeholder, entity = "[redacted]", "REDACTED"
        else:
            placeholder, entity = people.setdefault(key, f"Person {len(people) + 1}"), "PERSON"
        rules.append(Rule(decision.original, placeholder, entity, "decision", "decided", 1.0,
                          f"the review decision for the item shown as '{placeholder}'"))
    return rules, list(items.values())


@dataclass
class Plan:
    """The document-wide rules: what to replace everywhere, what to review, what to verify."""

    matcher: Matcher
    review: list[ReviewItem]

    @property
    def forbidden(self) -> list[tuple[str, str, str]]:
        """(text, kind, origin) of everything replaced, for the final search of the output."""
        return [(r.text, "name" if r.entity in ("PERSON", "PLACE") else r.entity, r.origin)
                for r in self.matcher.rules.values()
                if r.replacement is not None and r.entity != "KEEP"]

    def apply(self, text: str) -> str:
        """``text`` with every rule of the document applied (a picture's label, say)."""
        return replace_all(self.matcher, text)


def plan_replacements(texts: list[str], pmap: PseudonymMap, analyzer,
                      decisions: dict[str, Decision] | None = None) -> Plan:
    """Rules for a whole document from all its texts: the map, decisions, and detections."""
    decisions = decisions or {}
    base_rules = map_rules(pmap) + [
        Rule(d.original, None if d.action == "keep" else d.value, "PERSON", "decision",
             origin=f"the review decision giving '{d.value or 'keep'}'")
        for d in decisions.values() if d.action in ("keep", "pseudonym") and d.original
    ]
    base = Matcher(base_rules)
    wanted = [t for t in texts if t.strip()]
    detections = detect(wanted, analyzer) if wanted else []
    extra, review = detected_rules(wanted, detections, base, decisions)
    return Plan(Matcher(base_rules + extra), review)


def anonymise_texts(texts: list[str], pmap: PseudonymMap, analyzer,
                    decisions: dict[str, Decision] | None = None) -> tuple[list[str], Plan]:
    """Plain texts anonymised together (one document): for evaluation and tests."""
    plan = plan_replacements(texts, pmap, analyzer, decisions)
    return [plan.apply(text) for text in texts], plan


@dataclass
class Prepared:
    """A package cleaned and read, ready for a plan: what detection reads and where it goes."""

    package: DocxPackage
    clean: CleanReport
    slots: list[TextSlot]

    @property
    def texts(self) -> list[str]:
        """The texts detection reads (paragraphs, alt text, properties, fields, links)."""
        return [s.text for s in self.slots if s.kind in _DETECTED_KINDS]


def prepare_package(data: bytes) -> Prepared:
    """Parse and clean a .docx package and list every piece of text in it."""
    package = DocxPackage(data)
    clean = package.clean()
    return Prepared(package, clean, list(package.slots()))


def apply_plan(prepared: Prepared, plan: Plan) -> RewriteResult:
    """Rewrite every piece of text with the plan's rules. One plan can serve several
    documents (a case's reports), so a person has one placeholder in all of them."""
    result = RewriteResult(prepared.package, prepared.clean, plan, review=list(plan.review))
    ambiguous_seen: dict[str, ReviewItem] = {}
    for slot in prepared.slots:
        hits: list[Hit] = plan.matcher.find(slot.text)
        if not hits:
            continue
        for hit in hits:
            result.audit.append(AuditRow(slot.part, f"{slot.kind} {slot.index}",
                                         hit.rule.entity, hit.rule.detector, hit.original,
                                         hit.replacement, hit.rule.score))
            if hit.replacement == AMBIGUOUS and fold(hit.original) not in ambiguous_seen:
                ambiguous_seen[fold(hit.original)] = ReviewItem(
                    hit.original, "PERSON", "map (shared name)", AMBIGUOUS,
                    _context(slot.text, hit.start, hit.end), 1.0,
                    "Shared by two people in the map: choose the pseudonym.", "")
        slot.replace([(h.start, h.end, h.replacement) for h in hits])
    result.review.extend(ambiguous_seen.values())
    return result


def rewrite_package(data: bytes, pmap: PseudonymMap, analyzer,
                    decisions: dict[str, Decision] | None = None) -> RewriteResult:
    """Clean and anonymise a .docx package (bytes in, package out, nothing written)."""
    prepared = prepare_package(data)
    return apply_plan(prepared, plan_replacements(prepared.texts, pmap, analyzer, decisions))
