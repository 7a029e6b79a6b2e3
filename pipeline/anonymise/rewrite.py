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
from dataclasses import dataclass, field

from pipeline.anonymise.classify import (
    MONTHS,
    Classifier,
    Finding,
    context_of,
    coordinated,
    could_be_a_name,
    findings,
    inside_sentence,
    resolve,
)
from pipeline.anonymise.detect import PLACEHOLDERS, Detection, detect, kept_terms
from pipeline.anonymise.lexicon import is_ordinary_word, is_word_like, zipf
from pipeline.anonymise.matcher import Hit, Matcher, Rule
from pipeline.anonymise.nicknames import nickname_index, owner_of
from pipeline.anonymise.pseudonyms import (
    AMBIGUOUS,
    TITLES,
    Person,
    PseudonymMap,
    derive_variants,
    fold,
    name_variants,
)
from pipeline.anonymise.review import Decision, ReviewItem, person_number
from pipeline.ooxml.docx_package import CleanReport, DocxPackage, TextSlot

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
                  v.kind, origin=_origin(pmap, v), any_case=any_case(v.text), owner=v.owner)
             for v in variants]
    rules += [Rule(k, None, "KEEP", "keep") for k in pmap.keep]
    rules += [Rule(t, None, "KEEP", "keep", "term") for t in kept_terms()]
    # Pseudonyms are never redacted, so anonymising an output again changes nothing.
    pseudonyms = {p.pseudonym for p in pmap.people} | {p.pseudonym for p in pmap.places}
    pseudonyms |= {v.replacement for v in variants if v.replacement != AMBIGUOUS}
    rules += [Rule(p, None, "KEEP", "keep", "pseudonym") for p in sorted(pseudonyms)]
    return rules


_NAME_TOKEN = re.compile(r"(?<![\w-])(?<!\w['’])(?:[A-Za-z][a-z]{2,}|[A-Z]{3,})(?![\w-])")
_RARE = 3.0  # a lower-case word rarer than this (wordfreq's Zipf scale) may be a nickname


def any_case(form: str) -> bool:
    """Whether a name is no English word in any of its words, so that records writing it in
    lower case ("kel", "okafor-lane") still mean the person."""
    words = re.findall(r"[^\W\d_]+", form)
    return bool(words) and all(len(w) > 2 and not is_ordinary_word(w) for w in words)


def replace_all(matcher: Matcher, text: str) -> str:
    """``text`` with every replacement ``matcher`` finds in it made."""
    for hit in reversed(matcher.find(text)):
        text = text[:hit.start] + hit.replacement + text[hit.end:]
    return text


def pseudonymise_text(pmap: PseudonymMap, text: str) -> str:
    """A short text (a document's title) with the map's replacements, no detection."""
    return replace_all(Matcher(map_rules(pmap)), text)


def _nicknames(texts: list[str], base: Matcher, pmap: PseudonymMap) -> list[Finding]:
    """Capitalised words the map does not list that are nicknames of one mapped person ("Kel"
    for Kelly), wherever they stand, so that person keeps one name."""
    seen: dict[str, Finding] = {}
    checked: set[str] = set()
    index_of = nickname_index(pmap)
    for index, text in enumerate(texts):
        covered = None
        for match in _NAME_TOKEN.finditer(text):
            word = match.group()
            if word in checked or word.lower() in MONTHS:
                continue
            checked.add(word)
            # A word of the dictionary ("Caller", "Mark") is a nickname only by the curated list.
            ordinary = is_ordinary_word(word)
            if word.islower() and (ordinary or zipf(word) >= _RARE):
                continue  # "tash" may be Natasha; "mark" is a word
            if ordinary and not inside_sentence(text, match.start()):
                checked.discard(word)  # "Bill payments…" starts a sentence; look again later
                continue
            if index_of.owner(word, not ordinary) is None:
                continue
            covered = base.covered(text) if covered is None else covered
            if any(s <= match.start() < e for s, e in covered):
                checked.discard(word)  # "Clare" of "Clare's Law" here; perhaps a name elsewhere
                continue
            seen[fold(word)] = Finding(word, "PERSON", 0.6,
                                       context_of(text, match.start(), match.end()),
                                       at=(index, match.start()))
    return list(seen.values())


def _nickname_of(pmap: PseudonymMap, name: str) -> tuple[str, str] | None:
    """(replacement, origin) when a detected single name is a mapped person's nickname."""
    owner = owner_of(name, pmap)
    if owner is None:
        return None
    person = pmap.people[owner]
    given = person.pseudonym.split()[0]
    return given, (f"a nickname of pseudonym map people[{person.entry or owner + 1}] "
                   f"(pseudonym '{person.pseudonym}')")


def detected_rules(texts: list[str], detections: list[list[Detection]], base: Matcher,
                   decisions: dict[str, Decision],
                   pmap: PseudonymMap | None = None,
                   given: dict[str, str] | None = None) -> tuple[list[Rule], list[ReviewItem]]:
    """Rules and review items for what the detectors found and the map does not cover.

    People get ``Person N`` in order of first appearance; a single name that is the first or
    last word of a longer one found elsewhere gets the same number, and a nickname of a mapped
    person gets that person's pseudonym. Places that identify get ``[place]``. ``given`` holds
    the placeholders earlier runs gave (by folded text): a person keeps theirs, and a new
    person gets a number none of them has, so a redrafted report renumbers no one.
    """
    pmap = pmap or PseudonymMap((), (), ())
    given = given or {}
    classifier = Classifier(texts, base)
    people: dict[str, str] = {}
    by_word: dict[str, str] = {}
    rules: list[Rule] = []
    items: dict[str, ReviewItem] = {}
    found = [f for index, (text, hits) in enumerate(zip(texts, detections, strict=True))
             for f in findings(text, hits, classifier, index)]
    if pmap.people:
        found += _nicknames(texts, base, pmap)
    found = resolve(found)
    found = resolve(found + coordinated(texts, {fold(f.text) for f in found
                                                if f.entity == "PERSON"}, base))
    for f in sorted(found, key=lambda f: -len(f.text.split())):
        if f.entity == "PERSON" and len(f.text.split()) > 1:
            for word in (f.text.split()[0], f.text.split()[-1]):
                by_word.setdefault(fold(word), fold(f.text))
    # A nickname of someone found by their full name ("Chuks" of Chukwuemeka Obi) is them.
    full = PseudonymMap(tuple(Person(f.text, f.text) for f in found
                              if f.entity == "PERSON" and len(f.text.split()) > 1
                              and f.owner is None), (), ())
    if full.people:
        found = resolve(found + _nicknames(texts, base, full))
        index_of = nickname_index(full)
        for f in found:
            if f.entity == "PERSON" and len(f.text.split()) == 1 and fold(f.text) not in by_word \
                    and (owner := index_of.owner(f.text, not is_ordinary_word(f.text))) is not None:
                by_word[fold(f.text)] = fold(full.people[owner].name)
    for f in found:
        original, entity, score = f.text, f.entity, f.score
        key = fold(original)
        decision = decisions.get(key)
        nickname = _nickname_of(pmap, original) if entity == "PERSON" else None
        if f.owner is not None and decision is None:
            person = pmap.people[f.owner]
            rules.append(Rule(original, person.pseudonym, "PERSON", "map",
                              "full name with other names", score,
                              f"pseudonym map people[{person.entry or f.owner + 1}] "
                              f"(pseudonym '{person.pseudonym}')", any_case(original), f.owner))
            continue
        if nickname:
            placeholder = nickname[0]
        elif entity == "PERSON":
            root = by_word.get(key, key) if len(original.split()) == 1 else key
            placeholder = people.get(root) or given.get(root) or given.get(key) \
                or _next_person(people, given)
            people.setdefault(root, placeholder)
            people.setdefault(key, placeholder)
        else:
            placeholder = PLACEHOLDERS.get(entity, "[redacted]")
        replacement = placeholder
        if decision is not None:
            replacement = None if decision.action == "keep" else (decision.value or placeholder)
        detector = "decision" if decision else ("ner" if entity == "PERSON" else "pattern")
        origin = (f"the review decision for the item shown as '{placeholder}'" if decision
                  else nickname[1] if nickname else f"the review item shown as '{placeholder}'")
        rules.append(Rule(original, replacement, entity, detector, "detected", score, origin,
                          any_case=entity == "PERSON" and any_case(original),
                          word_like=is_word_like(original)))
        # The other forms of a person's name ("Mr Tierney", "TIERNEY, Ibrahim") go with it,
        # decided or not: a pseudonym decided for the full name is the surname's too.
        if entity == "PERSON" and replacement is not None and not nickname:
            rules += _form_rules(original, replacement, classifier, score, origin,
                                 "ner" if decision is None else "decision")
        if (entity in ("PERSON", "PLACE") or score < 0.6) and key not in items:
            items[key] = ReviewItem(original, entity, "NER" if entity == "PERSON" else "pattern",
                                    placeholder, f.context, score, _suggestion(entity, nickname),
                                    decision.action if decision else "")
    rules += _initials(texts, base, pmap, {f.text: people[fold(f.text)] for f in found
                                           if fold(f.text) in people and " " in f.text})
    # A reviewer's "redact" stands even where detection does not find the text this time (a
    # redrafted sentence can hide a name from the model): the text is still replaced. A
    # pseudonym decided for a name (which detection never sees again: the decision covers it)
    # takes its other forms with it, so "brannigan" does not outlive "Yusuf Brannigan".
    detected = {fold(r.text) for r in rules}
    for key, decision in sorted(decisions.items()):
        if decision.action == "pseudonym" and _personal_name(decision.original):
            rules += _form_rules(decision.original, decision.value, classifier, 1.0,
                                 f"the review decision giving '{decision.value}'", "decision")
        if decision.action != "redact" or key in detected:
            continue
        if any(c.isdigit() for c in decision.original):
            placeholder, entity = "[redacted]", "REDACTED"
        else:
            placeholder = people.get(key) or given.get(key) or _next_person(people, given)
            people.setdefault(key, placeholder)
            entity = "PERSON"
        origin = f"the review decision for the item shown as '{placeholder}'"
        rules.append(Rule(decision.original, placeholder, entity, "decision", "decided", 1.0,
                          origin))
        if entity == "PERSON" and _personal_name(decision.original):
            rules += _form_rules(decision.original, placeholder, classifier, 1.0, origin,
                                 "decision")
    return rules, list(items.values())


_INITIALS = re.compile(r"(?<![\w/.&-])[A-Z]{2,4}(?![\w/&-])")
# Capitals that records use as words, never as someone's initials.
_ACRONYMS = frozenset("""GP DC PC DS DI DCI DSI PCSO NHS CPS ASB DV DA DVA UK GB NI ID AKA TBC
HR IT AM PM OK MP CSP DHR DARDR IMR IDVA ISVA MARAC MASH MAPPA DASH RIC SPOC ED AE A&E CAMHS CMHT
ICB CCG LA SW DSL PPN DVPN DVPO DAPO CID NFA RTA PNC PND CAD STORM ACE ACES CEO USA EU DOB NB
TBA FYI RE CC BCC ASAP NA SMS""".split())  # noqa: SIM905 - a word list reads best as text


def _initials(texts: list[str], base: Matcher, pmap: PseudonymMap,
              named: dict[str, str]) -> list[Rule]:
    """Rules for people's initials where minutes and notes use them ("HKS" for Hannah
    Kaur-Singh): the person's placeholder, if no one else in the document has the same ones."""
    used = {m.group() for text in texts for m in _INITIALS.finditer(text)} - _ACRONYMS
    if not used:
        return []
    people = dict(named)
    for person in pmap.people:
        for form in (person.name, *person.aliases):
            if " " in form:
                people.setdefault(form, person.pseudonym)
    claims: dict[str, set[str]] = {}
    for name, placeholder in people.items():
        words = name.split()
        parts = name.replace("-", " ").split()
        for initials in {"".join(w[0] for w in words), "".join(w[0] for w in parts)}:
            initials = initials.upper()
            if initials in used and not base.covered(initials):
                claims.setdefault(initials, set()).add(placeholder)
    return [Rule(initials, placeholders.pop(), "PERSON", "ner", "initials", 0.6,
                 "the initials of a person found in the document")
            for initials, placeholders in sorted(claims.items()) if len(placeholders) == 1]


def _next_person(people: dict[str, str], given: dict[str, str] | None = None) -> str:
    """The next free "Person N" after every number used here or given by an earlier run
    (several forms of one person share a placeholder)."""
    numbers = [person_number(p) for p in (*people.values(), *(given or {}).values())]
    return f"Person {max((n for n in numbers if n), default=0) + 1}"


def _personal_name(text: str) -> bool:
    """Whether a decided text is a person's full name, whose forms stand for them: not a title
    and a surname ("Mr Marsh" is one form already), not a street or an agency."""
    return text.split()[0] not in TITLES and could_be_a_name(text)


def _form_rules(name: str, replacement: str, classifier: Classifier, score: float,
                origin: str, detector: str) -> list[Rule]:
    """Rules for the other forms of a person's name, each becoming ``replacement``; a first
    name or surname alone only where the document uses it as a name."""
    rules = []
    for form, kind in name_forms(name, replacement):
        if kind in ("first name", "surname") and not classifier.propagates(form):
            continue
        rules.append(Rule(form, replacement, "PERSON", detector, "form of detected name",
                          score, origin, any_case=any_case(form),
                          word_like=is_word_like(form)))
    return rules


def name_forms(name: str, placeholder: str) -> list[tuple[str, str]]:
    """(form, kind) of a detected name's other forms ("Mr Tierney", "TIERNEY, Ibrahim")."""
    return [(v.text, v.kind) for v in name_variants(name, placeholder)
            if v.text != name and len(v.text) > 2]


def _suggestion(entity: str, nickname: tuple[str, str] | None) -> str:
    if nickname:
        return ("Probably a nickname of someone in the map: add it to their aliases, or decide "
                "(keep, redact, or another pseudonym).")
    if entity == "PERSON":
        return "Add this person to the pseudonym map, or confirm the placeholder."
    if entity == "PLACE":
        return "A place that may identify: keep it if it is public (the county, the city)."
    return "Check this is an identifier."


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
                      decisions: dict[str, Decision] | None = None,
                      given: dict[str, str] | None = None) -> Plan:
    """Rules for a whole document (or a whole case) from all its texts: the map, decisions,
    and detections; ``given``: placeholders earlier runs gave, kept."""
    decisions = decisions or {}
    base_rules = map_rules(pmap) + [
        Rule(d.original, None if d.action == "keep" else d.value, "PERSON", "decision",
             origin=f"the review decision giving '{d.value or 'keep'}'")
        for d in decisions.values() if d.action in ("keep", "pseudonym") and d.original
    ]
    base = Matcher(base_rules)
    wanted = [t for t in texts if t.strip()]
    detections = detect(wanted, analyzer) if wanted else []
    extra, review = detected_rules(wanted, detections, base, decisions, pmap, given)
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
                ambiguous_seen[fold(hit.original)] = ambiguous_item(hit, slot.text)
        slot.replace([(h.start, h.end, h.replacement) for h in hits])
    result.review.extend(ambiguous_seen.values())
    return result


def ambiguous_item(hit: Hit, text: str) -> ReviewItem:
    """The review item for a name two people in the map share, where ``hit`` found it."""
    return ReviewItem(hit.original, "PERSON", "map (shared name)", AMBIGUOUS,
                      context_of(text, hit.start, hit.end), 1.0,
                      "Shared by two people in the map: choose the pseudonym.")


def rewrite_package(data: bytes, pmap: PseudonymMap, analyzer,
                    decisions: dict[str, Decision] | None = None) -> RewriteResult:
    """Clean and anonymise a .docx package (bytes in, package out, nothing written)."""
    prepared = prepare_package(data)
    return apply_plan(prepared, plan_replacements(prepared.texts, pmap, analyzer, decisions))
