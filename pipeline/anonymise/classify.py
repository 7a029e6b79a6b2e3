"""What a detected span is: a person, an identifying place, an identifier, or nothing to redact.

Detectors propose spans; this module decides, with the document around them. The rules, each
a class of mistake seen in records nobody tuned for:

- a span is cut at line breaks and around what the map already decides (a pseudonym, a phrase
  to keep, an agency), and loses the role words at its edges: "Interpreter Joy Green" is "Joy
  Green", "Regarding Adult B" leaves "Adult B" alone;
- a public place ("Devon", "Exeter"), a month ("May 2020"), a medicine ("Sertraline") or a named
  scheme ("Clare's Law") is never a person; another place the model finds (a town, an estate)
  becomes a reviewable ``[place]``, never "Person N";
- a name that is also a common word ("Grace", "Will", "Joy Green") needs evidence beyond the
  model: a title, or context (:func:`pipeline.anonymise.names.context_names`); and a single word
  written in lower case more often than not in the document is an ordinary word there.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from pipeline.anonymise.detect import NAME_CANDIDATE, PLACE_CANDIDATE, Detection, agency_words
from pipeline.anonymise.lexicon import (
    BEST_RANK,
    FUNCTION_WORDS,
    is_common_word,
    is_given_name,
    is_known_name,
    is_ordinary_word,
    is_public_place,
    is_surname,
    uk_towns,
)
from pipeline.anonymise.matcher import Matcher
from pipeline.anonymise.names import (
    CONTEXT,
    RELATIONS,
    ROLES,
    all_common_words,
    context_names,
    reads_as_ordinary_words,
)
from pipeline.anonymise.pseudonyms import TITLES, fold

_TITLE_PREFIX = re.compile(r"^(?:(?:" + "|".join(TITLES) + r")\.?\s+)+", re.IGNORECASE)
_TITLED = re.compile(r"\b(?:" + "|".join(TITLES) + r")\.?\s+[A-Z][\w'’-]+")
_TRIM = re.compile(r"^[\W_]+|(?:['’]s)?[\W_]*$")
_SURNAME_FIRST = re.compile(r"^([A-Z][A-Za-z'’-]+),\s*([A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2})$")
_POSSESSIVE = re.compile(r"['’]s\b")
_RUNS_ON = re.compile(r"^(?:['’]s)?(?:\s+[A-Z][\w'’-]*){1,3}")
_ROLE_AGENCY_WORDS = frozenset({"chair", "review", "panel", "board", "group"})
_LIST_SPLIT = re.compile(r"\s+(?:and|&)\s+|\s*[,;/()\[\]]\s*")
_LINE_BREAK = re.compile(r"[\n\r\t\v\f]+")
_NAME_WORD = regex.compile(r"^(?:\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$")
MODEL_SCORE = 0.85  # what the spaCy recogniser gives every person it finds
# Words of placeholders and Word fields, never a name's; with street and area words, which are
# (Joy Green) only when context says so.
_FIELD_WORDS = {"person", "page", "numpages", "toc", "hyperlink", "mergefield", "pageref", "ref",
                "seq", "the", "of", "and"}
_NOT_NAME_WORDS = _FIELD_WORDS | {
    "road", "street", "lane", "avenue", "close", "drive", "way", "crescent", "grove", "place",
    "court", "gardens", "terrace", "walk", "hill", "row", "square", "park", "view", "green",
    "city", "town", "county", "borough", "district", "estate", "north", "south", "east", "west",
    "date", "time"}
MONTHS = frozenset("""january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun""".split())  # noqa: SIM905
_EDGE_WORDS = frozenset(w.lower() for w in (*RELATIONS, *ROLES)) | {
    "regarding", "re", "dear", "from", "to", "cc", "per", "attn", "signed", "present",
    "apologies", "action", "note", "notes", "caller", "informant", "victim", "subject",
    "rx", "pt", "hx", "dx", "tx", "c/o", "prn", "nocte", "mane", "pupil", "client", "tenant",
    "patient", "resident", "witness", "dob", "tel", "mob", "ref", "nfa", "aka", "nhs"}
# Endings of medicines' international non-proprietary names (sertraline, diazepam, naproxen,
# citalopram, pregabalin): the WHO's common stems.
_MEDICINE = re.compile(r"(?:ine|pam|lam|pine|xetine|pril|olol|statin|azole|mycin|cillin|done"
                       r"|xen|profen|zepine|triptyline|barbital|pramine|oxacin|sartan|dronate"
                       r"|gliptin|parin|ridone|apine|mazine|tidine|prazole|azepam|zolam|pram"
                       r"|gabalin|triptan|setron|dipine|mab|nib|vir|cycline|floxacin|caine"
                       r"|codone|morphine|fentanil|fenac|coxib|sone|olone|semide|thiazide|zosin"
                       r"|terol|tropium|lukast|glitazone|gliflozin|formin|xaban|gatran|peridol"
                       r"|idone|azine|trigine|racetam|conazole|vudine|quine|clone|plon|pidem"
                       r"|amol|oxacin|nazole|ium)$", re.IGNORECASE)
# Words before a name that make it a place ("lived in", "moved to", "from", "near").
_AT_PLACE = re.compile(r"(?:\b(?:in|near|from|around|outside|towards|via)|(?:moved|went|"
                       r"travelled|returned|drove|relocated|back|came|lives|lived|living)"
                       r"\s+(?:to|in|at)|\bthe)\s+(?:the\s+)?$", re.IGNORECASE)
_DOSE_AFTER = re.compile(r"^\s*\d+(?:\.\d+)?\s*(?:mg|mcg|µg|ml|g)\b", re.IGNORECASE)
_MEDICATION_BEFORE = re.compile(r"(?:taking|take|took|prescribed|prescription|dose|doses|"
                                r"overdose of|tablets?|medication|started|stopped|on)\s+$",
                                re.IGNORECASE)
_WORDS = regex.compile(r"[\p{L}'’-]+")
_PARTICLE_JOINED = regex.compile(r"^(?:al|el|d|de|da|di|du|bin|ibn|abu|ben)[-'’]\p{Lu}")


@dataclass
class Finding:
    """A thing to replace: the text, its kind, the detector's score and a little context."""

    text: str
    entity: str  # PERSON, PLACE or an identifier type
    score: float
    context: str
    strong: bool = False  # a title or context marks it as a person here
    at: tuple[int, int] = (0, 0)  # which text of the document, and where in it
    owner: int | None = None  # a mapped person's name with a middle name the map lacks


class WordUse:
    """How each word is written across a whole document: an ordinary word is mostly in lower
    case ("grace period", "the will"), a name is capitalised wherever it stands."""

    def __init__(self, texts: list[str]) -> None:
        self.lower: Counter[str] = Counter()
        self.capital: Counter[str] = Counter()
        for text in texts:
            for word in _WORDS.findall(text):
                (self.lower if word.islower() else self.capital)[word.lower()] += 1

    def ordinary(self, word: str) -> bool:
        """Whether ``word`` is written in lower case at least as often as capitalised."""
        key = word.lower()
        return self.lower[key] >= max(1, self.capital[key])


def runs_into_agency(text: str, end: int) -> bool:
    """Whether the words right after a detected name make it part of an agency's name
    ("St Aldhelm" in "St Aldhelm's Hospice"); a role after a name ("Farida Qureshi Independent
    Chair") is not an agency."""
    following = _RUNS_ON.match(text[end:end + 60])
    if not following:
        return False
    found = agency_words().search(following.group())
    return bool(found) and found.group().lower() not in _ROLE_AGENCY_WORDS


def clean_person(text: str) -> str:
    """A detected name without titles, possessive, stray punctuation, the lower-case words a
    model's span runs into ("Ms Nandra on" is "Nandra"), role words at its edges ("Interpreter
    Joy Green") and a month after it ("Yexley April")."""
    if turned := _SURNAME_FIRST.match(text.strip()):  # "PHAM, Zoltan" is Zoltan Pham
        forename = turned.group(2)
        text = f"{forename.title() if forename.isupper() else forename} {turned.group(1).title()}"
    text = _POSSESSIVE.split(text, maxsplit=1)[0]  # a name ends at its possessive
    words = _TRIM.sub("", _TITLE_PREFIX.sub("", text.strip())).split()
    if words and all(w.islower() for w in words):
        return " ".join(words)  # "my name is john smith": context found it in lower case
    while words and (not words[0][:1].isupper() or words[0].lower().strip(",:") in _EDGE_WORDS
                     or (len(words) > 1 and _leading_word(words[0]))):
        words.pop(0)
        while words and words[0].rstrip(".") in TITLES:
            words.pop(0)
    while words and (not _starts_name(words[-1]) or words[-1].lower().strip(",.") in MONTHS
                     or words[-1].lower().strip(",:") in _EDGE_WORDS
                     or (len(words) > 1 and _trailing_word(words[-1]))):
        words.pop()  # "… Qureshi Independent Chair", "… SANDHU AND"
    return _TRIM.sub("", " ".join(words)).strip()


def _trailing_word(word: str) -> bool:
    """A word after a name that is no name: a common word ("Independent"), or a function word."""
    bare = word.strip(",:;'’.")
    return bare.lower() in FUNCTION_WORDS or (
        is_common_word(bare) and not is_known_name(bare, 2000))


def _starts_name(word: str) -> bool:
    """A capitalised word, or one joined to its particle ("al-Hassan", "d'Souza")."""
    return word[:1].isupper() or bool(_PARTICLE_JOINED.match(word))


def _leading_word(word: str) -> bool:
    """A capitalised common word at the front of a span that is no name ("Regarding",
    "MALE"), or a function word."""
    bare = word.strip(",:;'’.")
    return bare.lower() in FUNCTION_WORDS or (len(bare) > 1 and is_common_word(bare) and not
                                              is_given_name(bare, 500 if bare.isupper() else
                                                            BEST_RANK))


def is_person(name: str, strong: bool = False) -> bool:
    """Whether a cleaned name can be a person's at all (not a title, label, acronym, agency).
    With ``strong`` evidence (a title, a role before it) street words may be names too (Joy
    Green) and ordinary words are not held against it."""
    if name.rstrip(".") in TITLES:
        return False
    if any(w.casefold() in (_FIELD_WORDS if strong else _NOT_NAME_WORDS) for w in name.split()):
        return False
    if len(name) <= 3 and name.isupper():  # NI, GP, DC: initials and acronyms
        return False
    words = name.split()
    if len(words[-1].rstrip(".")) == 1:  # "Appendix A", "Officer B": labels, not names
        return False
    if any(len(w.rstrip(".")) == 1 for w in words) and len(words) < 2:
        return False
    if not strong and reads_as_ordinary_words(name):  # "Senior Investigating Officer"
        return False
    if len(name) < 2 or any(c.isdigit() for c in name) or not (strong or any(
            c.isupper() for c in name)):
        return False
    return not agency_words().search(name)


def looks_like_a_name(text: str) -> bool:
    """Two to four capitalised words, none an agency or place word, one of them a known given
    name (first) or surname (last), and not all of them common words."""
    words = [w for w in text.split() if len(w.rstrip(".")) > 1]  # initials say nothing
    if not 2 <= len(words) <= 4 or not all(_NAME_WORD.match(w) for w in words):
        return False
    known = is_given_name(words[0]) or is_known_name(words[-1].split("-")[-1])
    return known and not all_common_words(text) and is_person(text)


def could_be_a_name(text: str) -> bool:
    """Whether a text a reviewer decided could be a person's full name, known to the lexicon
    or not: capitalised words, none a street, area or agency word, not a public place ("Elm
    Road", "Northbridge Homes" and "North Devon" are not)."""
    words = text.split()
    return (len(words) > 1 and all(_NAME_WORD.match(w) for w in words)
            and not any(w.lower() in _NOT_NAME_WORDS for w in words)
            and not agency_words().search(text) and not is_public_place(text)
            and not _named_for_place(text))


def _lone_name(name: str) -> bool:
    """One word that is a common given name or surname and no English word ("Ayaan")."""
    return (" " not in name and not is_ordinary_word(name) and not is_common_word(name)
            and (is_given_name(name, 2000) or is_surname(name, 2000)))


def _named_for_place(name: str) -> bool:
    """A public place with common words around it: "Royal Devon", "Safer Devon", "North
    Yorkshire": an institution or an area, not a person."""
    words = name.split()
    places = [w for w in words if is_public_place(w)]
    return bool(places) and len(words) > 1 and all(
        w in places or is_common_word(w) for w in words)


def _medicine(text: str, start: int, end: int, name: str) -> bool:
    """A single unknown word that reads as a medicine by its ending or its use."""
    if " " in name or is_known_name(name):
        return False
    return bool(_MEDICINE.search(name) or _DOSE_AFTER.match(text[end:end + 12])
                or _MEDICATION_BEFORE.search(text[max(0, start - 20):start]))


def inside_sentence(text: str, start: int) -> bool:
    """Whether a word stands inside a sentence, where a capital means a name."""
    before = text[max(0, start - 4):start].rstrip(" \t\"'‘“(")
    return bool(before) and before[-1] not in ".!?:;\n\r•–-|"


def _dated(text: str, start: int, end: int) -> bool:
    """Whether a number stands right before or after a span ("May 2020", "3 June")."""
    after, before = text[end:end + 3].lstrip(), text[max(0, start - 4):start].rstrip()
    return after[:1].isdigit() or before[-1:].isdigit()


@lru_cache(maxsize=512)
def _strong(text: str) -> tuple[tuple[int, int], ...]:
    """Spans that context or a title marks as a person in ``text``."""
    spans = [(s, e) for s, e, score in context_names(text) if score >= CONTEXT]
    spans += [(m.start(), m.end()) for m in _TITLED.finditer(text)]
    return tuple(spans)


_DATE_PARTS = re.compile(r"[^\W\d_]+|\d+")


def _written_date(name: str) -> bool:
    """Whether a span is a month with day or year numbers and nothing else ("Mar-2019",
    "12-Mar-19", "Sept/21")."""
    parts = _DATE_PARTS.findall(name)
    words = [p for p in parts if not p.isdigit()]
    return len(words) == 1 and words[0].lower() in MONTHS and len(parts) > 1


def _has_evidence(text: str, start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in _strong(text))


class Classifier:
    """Decides what each detected span of a document is, with the document's word use."""

    def __init__(self, texts: list[str], base: Matcher) -> None:
        self.words = WordUse(texts)
        self.base = base

    def person_or_place(self, text: str, start: int, end: int, entity: str,
                        name: str, score: float = 0.0) -> str | None:
        """PERSON, PLACE or None for a cleaned name found at ``text[start:end]``."""
        strong = _has_evidence(text, start, end)
        if name.lower() in MONTHS and (not strong or _dated(text, start, end)):
            return None  # "May 2020", "in April"; "April said" is April
        if _written_date(name):
            return None  # "Mar-2019" of "12-Mar-2019", "Sept/21": a date as records write it
        if _medicine(text, start, end, name):
            return None
        if not strong and (is_public_place(name) or _named_for_place(name)):
            return None
        if not strong and fold(name) in uk_towns():  # "moved to Neath": a town, however named
            return "PLACE"
        if not strong and score < MODEL_SCORE and " " not in name and not is_common_word(name) \
                and entity != PLACE_CANDIDATE and _AT_PLACE.search(text, max(0, start - 25), start):
            return "PLACE"  # "from Llanelli", "lived in Cwmgarw", "the Gower": a place
        if entity == PLACE_CANDIDATE:
            if looks_like_a_name(name) or strong:
                return "PERSON" if is_person(name, strong) else None
            if (agency_words().search(name) or all_common_words(name) or not name[:1].isupper()
                    or (len(name) <= 3 and name.isupper()) or text[end:end + 2] in ("'s", "’s")):
                return None  # an agency, words, an acronym, or a business ("Barnardo's")
            return "PLACE" if not any(w.lower() in MONTHS for w in name.split()) else None
        if not is_person(name, strong):
            return None
        if entity == NAME_CANDIDATE and not (looks_like_a_name(name) or strong
                                             or _lone_name(name)):
            return None
        single = len(name.split()) == 1
        words = name.split()
        first = next((w for w in words if len(w.rstrip(".")) > 1), name)
        # "G. Wood", "M Black": an initial before a surname is how records write a person.
        initialled = len(words) == 2 and len(words[0].rstrip(".")) == 1 and is_surname(words[1])
        strong = strong or initialled or self._used_as_name(text, start, name, score)
        if all_common_words(name) and not strong and (
                single or not is_given_name(first, strict=False)):
            return None
        if single and not strong and self.words.ordinary(name):
            return None
        return "PERSON"

    def _used_as_name(self, text: str, start: int, name: str, score: float) -> bool:
        """A common word the model calls a person inside a sentence ("went with Kelly"), that
        is a common given name and that the document never writes in lower case: a name."""
        return (score >= MODEL_SCORE and " " not in name and is_given_name(name, 1000)
                and self.words.lower[name.lower()] == 0 and inside_sentence(text, start))

    def propagates(self, word: str) -> bool:
        """Whether one word of a detected full name stands for the person on its own elsewhere:
        not when the document uses it as an ordinary word ("green" beside Joy Green), and a
        common word ("Bell", "Mark") only when the document never writes it in lower case. A
        word that is no English word at all ("Brannigan") always does: written in lower case
        ("the calls (brannigan)"), it is still the name, carelessly typed."""
        if is_common_word(word):
            return self.words.lower[word.lower()] == 0
        if len(word) > 2 and not is_ordinary_word(word):
            return True
        return not self.words.ordinary(word)


def _pieces(text: str, start: int, end: int,
            covered: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """``[start, end)`` cut at line breaks and around spans the map already decides."""
    cuts = sorted((max(s, start), min(e, end)) for s, e in covered if s < end and start < e
                  and text[e:e + 1] != "-" and text[s - 1:s] != "-")  # Greenwood-Sutcliffe
    cuts += [(start + m.start(), start + m.end()) for m in _LINE_BREAK.finditer(text[start:end])]
    position = start
    for s, e in sorted(cuts):
        if s > position:
            yield position, s
        position = max(position, e)
    if position < end:
        yield position, end


def words_covered(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether every word of ``text[start:end]`` lies in one of ``spans``."""
    return all(any(s < start + w.end() and start + w.start() < e for s, e in spans)
               for w in re.finditer(r"\w+", text[start:end]))


def context_of(text: str, start: int, end: int, width: int = 40) -> str:
    """A few words either side of a span, the span itself shown as […]."""
    before = text[max(0, start - width):start].split(" ", 1)[-1] if start > width else \
        text[:start]
    after = text[end:end + width].rsplit(" ", 1)[0] if len(text) > end + width else text[end:]
    return " ".join(f"{before}[…]{after}".split())


def findings(text: str, hits: list[Detection], classifier: Classifier,
             index: int = 0) -> Iterator[Finding]:
    """What to replace in ``text`` among the detections the map does not already cover:
    people's names cleaned, split where a span holds several, and classified."""
    spans = classifier.base.covered(text) if hits else []
    identifiers = [(d.start, d.end) for d in hits
                   if d.entity not in ("PERSON", NAME_CANDIDATE, PLACE_CANDIDATE)]
    people = [(d.start, d.end) for d in hits if d.entity == "PERSON"]
    for d in hits:
        if words_covered(text, d.start, d.end, spans):
            continue  # the map (or a keep phrase) already decides all of this text
        context = context_of(text, d.start, d.end)
        if d.entity not in ("PERSON", NAME_CANDIDATE, PLACE_CANDIDATE):
            yield Finding(text[d.start:d.end], d.entity, d.score, context, at=(index, d.start))
            continue
        if runs_into_agency(text, d.end) or any(s < d.end and d.start < e
                                                 for s, e in identifiers):
            continue  # "NI QQ" of "NI QQ 12 34 56 C": the identifier wins
        if d.entity == PLACE_CANDIDATE and any(s < d.end and d.start < e for s, e in people):
            continue  # "PHAM" of "PHAM, Zoltan": the person's name wins
        if d.entity == "PERSON" and (mapped := _mapped_with_more(classifier.base,
                                                                  text[d.start:d.end])):
            yield Finding(mapped[0], "PERSON", d.score, context, True, (index, d.start), mapped[1])
            continue
        for start, end in _pieces(text, d.start, d.end, spans):
            original = text[start:end]
            # "PHAM, Zoltan" is one person; "Mrs Patel and Dr Haddad" are two.
            one = _SURNAME_FIRST.match(_TITLE_PREFIX.sub("", original.strip()))
            parts = [original] if one else _LIST_SPLIT.split(original)
            offset = 0
            for part in parts:
                at = start + original.find(part, offset)
                offset = at - start + len(part)
                name = clean_person(part)
                if not name:
                    continue
                where = text.find(name, at, at + len(part)) if not one else at
                where = at if where < 0 else where
                if runs_into_agency(text, where + len(name)):
                    continue  # "St Aldhelm" of St Aldhelm's Hospice
                kind = classifier.person_or_place(text, where, where + len(name), d.entity, name,
                                                  d.score)
                if kind is None or words_covered(name, 0, len(name), classifier.base.covered(name)):
                    continue
                score = d.score if d.entity == "PERSON" else min(d.score, 0.5)
                yield Finding(name, kind, score, context,
                              _has_evidence(text, where, where + len(name)), (index, where))


def _mapped_with_more(base: Matcher, span: str) -> tuple[str, int] | None:
    """(name, owner) when a detected name is a mapped person's with words the map does not list
    ("DARREN JAMES COLE" for Darren Cole): the whole name is that person's."""
    name = _TRIM.sub("", _TITLE_PREFIX.sub("", _POSSESSIVE.split(span, maxsplit=1)[0].strip()))
    words = name.split()
    while len(words) > 1 and _leading_word(words[0]):  # "MALE HAINSWORTH, Robert James"
        words.pop(0)
    name = " ".join(words)
    hits = [h for h in base.find(name) if h.rule.detector == "map" and h.rule.entity == "PERSON"]
    owners = {h.rule.owner for h in hits} - {None}  # a shared surname says nothing either way
    if not hits or len(owners) != 1:
        return None
    words = list(re.finditer(r"[^\s,]+", name))
    loose = [w.group() for w in words
             if not any(h.start <= w.start() and w.end() <= h.end for h in hits)]
    edge = hits[0].start == 0 or hits[-1].end == len(name)
    if not loose or len(loose) > 2 or not edge:
        return None
    if not all(_NAME_WORD.match(w.title()) and is_known_name(w) for w in loose):
        return None
    return name, owners.pop()


_COORDINATED = regex.compile(
    r"(?<![\w'’-])(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+)?)[ \t]+(?:and|&)[ \t]+"
    r"(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+)?)(?![\w-])")


def coordinated(texts: list[str], people: set[str], base: Matcher) -> list[Finding]:
    """Names joined by "and" to a person ("Semhar and Lan", "Nate and Poppy"): people too, when
    they are names at all (no common word, agency or place)."""
    found = []
    for index, text in enumerate(texts):
        for match in _COORDINATED.finditer(text, overlapped=True):
            for one, other in ((1, 2), (2, 1)):
                known = fold(match.group(one)) in people or any(
                    h.rule.entity == "PERSON" for h in base.find(match.group(one)))
                name = match.group(other)
                if not known or fold(name) in people or base.covered(name):
                    continue
                if all_common_words(name) and not is_given_name(name.split()[0], 1000):
                    continue
                if is_public_place(name) or agency_words().search(name) or not is_person(name):
                    continue
                found.append(Finding(name, "PERSON", 0.6, context_of(text, *match.span(other)),
                                     True, (index, match.start(other))))
    return found


def resolve(found: list[Finding]) -> list[Finding]:
    """One finding per text, in order of first appearance in the document (the texts in order,
    then the place in each text): a text found as a person by one
    detector and as a place by another is a place, unless context marks it as a person."""
    chosen: dict[str, Finding] = {}
    order: list[str] = []
    for f in sorted(found, key=lambda f: f.at):
        key = fold(f.text)
        current = chosen.get(key)
        if current is None:
            order.append(key)
            chosen[key] = f
        elif ((current.entity, f.entity) == ("PERSON", "PLACE") and not current.strong) or \
                ((current.entity, f.entity) == ("PLACE", "PERSON") and f.strong):
            chosen[key] = f
    return [chosen[key] for key in order]
