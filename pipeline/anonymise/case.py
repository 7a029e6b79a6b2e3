"""One anonymisation per case: one set of rules for every document the case sends out.

A case publishes or circulates several anonymised documents: the Overview Report and the
Executive Summary (with the timeline's labels and what OCR read in their pictures), and the
panel's copy of the merged chronology. Readers have them side by side, and the family reads
them all, so a person carries one placeholder in every one of them and the DHR Officer decides
each name once:

- each document is a :class:`Source`, its texts kept in ``restricted/anonymisation/`` by the
  stage that makes it, so a stage making another document of the case plans with them without
  redoing that stage (the merge's panel copy with the reports' texts, publication with the
  panel chronology's);
- one plan is made from every source's texts, the Overview Report's first (a new person is
  numbered in its order), with the case's map, the case review's decisions and the
  placeholders earlier runs gave (a person keeps theirs when a draft changes), so a name
  detected in one document is replaced in all of them, and every document is verified
  against everything replaced anywhere;
- the case review (``restricted/anonymisation_review.xlsx``) lists each item once, with the
  documents it is found in and a few words from each; a decision whose text no document holds
  any more is kept on a sheet of its own and reported, never dropped.

The per-document review of ``dhr anonymise FILE`` stays for documents outside a case.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from pipeline.anonymise.classify import context_of
from pipeline.anonymise.matcher import Matcher, Rule
from pipeline.anonymise.pseudonyms import AMBIGUOUS, PseudonymMap, fold
from pipeline.anonymise.review import (
    PICTURE_KEY,
    STALE,
    Decision,
    ReviewItem,
    given_placeholders,
    person_number,
    read_decisions,
    read_review_rows,
    review_rows,
    write_review,
)
from pipeline.anonymise.rewrite import Plan, ambiguous_item, name_forms, plan_replacements
from pipeline.config import CaseConfig
from pipeline.outputs import AtomicOutputs

CASE_REVIEW = "anonymisation_review.xlsx"  # restricted: one review for the whole case
EARLIER_REVIEW = "publication_review.xlsx"  # the reports' review before there was one per case
SOURCES = "anonymisation"  # restricted/anonymisation/<source>.json: each document's texts
# The order placeholders are numbered in: the Overview Report is read first.
ORDER = ("overview_report", "executive_summary", "panel_chronology")
PANEL_SOURCE = "panel_chronology"
REPORT_SOURCES = ORDER[:2]
AGAIN = ("Then run the command again (dhr merge-chronology, dhr publish or dhr reprocess): this "
         "workbook is read back, keeps your decisions and gains only new items. One decision "
         "applies to every document of the case. Pictures can be kept (published exactly as "
         "they are) or redacted (left out).")


@dataclass(frozen=True)
class Source:
    """One anonymised document of the case: the texts detection reads, review items that are
    not text (its pictures, decided by content), and what the case's rules replace in it."""

    name: str
    label: str
    texts: tuple[str, ...]
    items: tuple[ReviewItem, ...] = ()
    found: tuple[str, ...] = ()  # "text → replacement" of each review item standing in it
    basis: str = ""  # what the other documents brought to the rules it was made with


def _rank(source: Source) -> int:
    return ORDER.index(source.name) if source.name in ORDER else len(ORDER)


def save_sources(restricted: Path, sources: list[Source]) -> list[Path]:
    """Keep each source's texts for the other stages (rewritten only when they change, so an
    unchanged document is an unchanged input to ``reprocess``)."""
    folder = restricted / SOURCES
    with AtomicOutputs(folder) as outputs:
        for source in sources:
            name = f"{source.name}.json"
            text = json.dumps({"label": source.label, "basis": source.basis,
                               "found": list(source.found), "texts": list(source.texts),
                               "items": [asdict(i) for i in source.items]},
                              indent=0, ensure_ascii=False) + "\n"
            kept = folder / name
            if not kept.is_file() or kept.read_text(encoding="utf-8") != text:
                outputs.path(name).write_text(text, encoding="utf-8")
    return [folder / f"{source.name}.json" for source in sources]


def load_sources(restricted: Path, names: list[str] | tuple[str, ...]) -> list[Source]:
    """The kept sources among ``names`` (a document not made yet has none; a damaged file is
    made again by its own stage)."""
    found = []
    for name in names:
        try:
            data = json.loads((restricted / SOURCES / f"{name}.json").read_text(
                encoding="utf-8"))
            found.append(Source(name, str(data["label"]), tuple(map(str, data["texts"])),
                                tuple(ReviewItem(**i) for i in data.get("items", [])),
                                tuple(map(str, data.get("found", []))),
                                str(data.get("basis", ""))))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return found


def rules_digest(restricted: Path, names: list[str] | tuple[str, ...]) -> str:
    """What the kept sources among ``names`` bring to the case's rules (each review item
    standing in them, and its replacement), as a hash: another document's plan changes when
    this does, not when a sentence without a name is redrafted."""
    found = {s.name: [*s.found, *(i.original for i in s.items)]
             for s in load_sources(restricted, names)}
    return _digest({name: listed for name, listed in found.items() if listed})


def panel_basis(restricted: Path, decisions: dict[str, Decision]) -> str:
    """What the panel copy's rules come from besides the chronology: the names the reports
    brought (as last kept) and the decisions. A panel copy made on another basis than today's
    no longer has the published reports' placeholders."""
    return _digest([rules_digest(restricted, REPORT_SOURCES),
                    sorted((k, d.action, d.value) for k, d in decisions.items())])


def panel_in_step(restricted: Path, decisions: dict[str, Decision]) -> bool:
    """Whether the panel copy (if there is one) was made with the rules the reports now
    have."""
    kept = load_sources(restricted, [PANEL_SOURCE])
    return not kept or kept[0].basis == panel_basis(restricted, decisions)


def texts_digest(restricted: Path, names: list[str] | tuple[str, ...]) -> str:
    """The texts of the kept sources among ``names``, as a hash."""
    return _digest({s.name: s.texts for s in load_sources(restricted, names)})


def _digest(value: object) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def case_map(case: CaseConfig, pmap: PseudonymMap) -> PseudonymMap:
    """The map for every document of the case: the chair, author and panel kept as named (as
    the published report names them), the agencies' names kept."""
    from pipeline.anonymise.named import named_people, publication_map

    mapped = publication_map(pmap, named_people(case))
    agencies = [a.name for a in case.agencies]
    return replace(mapped, keep=tuple(dict.fromkeys((*mapped.keep, *agencies))))


def case_decisions(case: CaseConfig, restricted: Path) -> dict[str, Decision]:
    """The case's decisions: the reports' earlier review, then the case review, then the file
    case.yaml names as ``review_decisions`` (which wins: the DHR Officer named it on purpose)."""
    found: dict[str, Decision] = {}
    for name in (EARLIER_REVIEW, CASE_REVIEW):
        if (restricted / name).is_file():
            found |= read_decisions(restricted / name)
    if named := case.extra.get("review_decisions"):
        found |= read_decisions(case.root / str(named))
    return found


@dataclass
class CaseAnonymisation:
    """The case's one plan, and what its review shows."""

    sources: list[Source]
    plan: Plan
    decisions: dict[str, Decision]
    given: dict[str, str]  # placeholders earlier runs gave, by folded text
    _found: dict[str, dict[str, tuple[int, str]]] | None = field(default=None, repr=False)
    _review: tuple[list[ReviewItem], list[ReviewItem]] | None = field(default=None, repr=False)
    _shared: list[ReviewItem] | None = field(default=None, repr=False)

    def kept(self, names: set[str]) -> list[Source]:
        """The sources named, each with what the case's rules replace in it, to save."""
        items, _ = self.review()
        found = self._occurrences()
        return [replace(s, found=tuple(sorted(
            f"{i.original} → {i.replacement}" for i in items
            if s.label in found.get(fold(i.original), {})))) for s in self.sources
            if s.name in names]

    def with_items(self, name: str, items: list[ReviewItem]) -> None:
        """Give a source its non-text review items (its pictures, once they are read)."""
        self.sources = [replace(s, items=tuple(items)) if s.name == name else s
                        for s in self.sources]
        self._review = None

    @property
    def new_placeholders(self) -> list[str]:
        """"Person N" placeholders no earlier run gave: the people new in this draft."""
        used = {r.replacement for r in self.plan.matcher.rules.values()
                if r.replacement and person_number(r.replacement)}
        return sorted(used - set(self.given.values()), key=person_number)

    def _occurrences(self) -> dict[str, dict[str, tuple[int, str]]]:
        """For each item and decision (by folded text): per source, how often it stands there
        and a few words around its first mention. A person counts wherever any form of their
        name the rules replace stands ("brannigan" for Yusuf Brannigan)."""
        if self._found is None:
            replaced = {fold(r.text) for r in self.plan.matcher.rules.values()
                        if r.replacement is not None}
            owners: dict[str, str] = {}  # a form, folded -> the item it stands for
            originals = [i.original for i in (*self.plan.review, *self._ambiguous())]
            originals += [d.original for k, d in self.decisions.items()
                          if not k.startswith(PICTURE_KEY)]
            for original in originals:
                owners.setdefault(fold(original), fold(original))
            for item in self.plan.review:
                if item.entity == "PERSON":
                    for form, _ in name_forms(item.original, item.replacement):
                        if fold(form) in replaced:
                            owners.setdefault(fold(form), fold(item.original))
            finder = Matcher([Rule(form, "[found]", "FOUND", "pattern") for form in owners])
            found: dict[str, dict[str, tuple[int, str]]] = {}
            for source in self.sources:
                for text in source.texts:
                    for hit in finder.find(text):
                        per = found.setdefault(owners[fold(hit.rule.text)], {})
                        count, context = per.get(source.label, (0, ""))
                        per[source.label] = (count + 1, context or context_of(
                            text, hit.start, hit.end))
            self._found = found
        return self._found

    def _ambiguous(self) -> list[ReviewItem]:
        """Map names shared by two people, where they stand in any document."""
        if self._shared is not None:
            return self._shared
        items: dict[str, ReviewItem] = {}
        for source in self.sources:
            for text in source.texts:
                for hit in self.plan.matcher.find(text):
                    if hit.replacement == AMBIGUOUS and fold(hit.original) not in items:
                        items[fold(hit.original)] = ambiguous_item(hit, text)
        self._shared = list(items.values())
        return self._shared

    def review(self) -> tuple[list[ReviewItem], list[ReviewItem]]:
        """(items, stale): each item once, its decision and where it is found; and the
        decisions whose text no document holds any more."""
        if self._review is not None:
            return self._review
        text_items = [*self.plan.review, *self._ambiguous()]
        found = self._occurrences()
        items: dict[str, ReviewItem] = {}
        for item in text_items:
            key = fold(item.original)
            if key not in items:
                items[key] = self._shown(item, found.get(key, {}))
        for source in self.sources:
            for item in source.items:
                items.setdefault(fold(item.original), self._shown(item, None))
        stale = []
        for key, decision in sorted(self.decisions.items()):
            if key in items:
                continue
            where = found.get(key)
            if where:  # found, though not detected (a "keep" stops detection): still listed
                kind = "IDENTIFIER" if any(c.isdigit() for c in decision.original) else "PERSON"
                items[key] = self._shown(ReviewItem(
                    decision.original, kind, "your decision", decision.value or (
                        "(kept as written)" if decision.action == "keep" else
                        self.given.get(key, "[redacted]")), "", 1.0,
                    "Decided: the decision itself now replaces or keeps this text."), where)
            else:
                stale.append(ReviewItem(decision.original, "", "", self.given.get(key, ""),
                                        "No longer found in any document of the case.", 1.0,
                                        "Nothing to do: it applies again if the text comes "
                                        "back. Delete the row to drop the decision.",
                                        decision.action, decision.value))
        self._review = list(items.values()), stale
        return self._review

    def _shown(self, item: ReviewItem, where: dict[str, tuple[int, str]] | None) -> ReviewItem:
        decision = self.decisions.get(fold(item.original))
        context = item.context
        if where:
            context = "\n".join(f"{label} ({count}): {words}"
                                for label, (count, words) in where.items())
        return replace(item, context=context, decision=decision.action if decision else "",
                       value=decision.value if decision else "")

    def undecided(self, labels: set[str]) -> int:
        """Items without a decision among those found in the documents ``labels`` names; an
        item whose place cannot be told counts wherever it is asked."""
        items, _ = self.review()
        found = self._occurrences()
        pictures = {fold(i.original): s.label for s in self.sources for i in s.items}
        count = 0
        for item in items:
            key = fold(item.original)
            where = set(found.get(key, {})) | ({pictures[key]} if key in pictures else set())
            if not item.decision and (not where or where & labels):
                count += 1
        return count

    def write_review(self, outputs: AtomicOutputs) -> Path:
        """The case review into ``outputs`` (restricted/), left as it is when nothing in it
        would change, so a workbook saved by Excel is not rewritten."""
        items, stale = self.review()
        path = outputs.folder / CASE_REVIEW
        if (read_review_rows(path) != review_rows(items)
                or read_review_rows(path, STALE) != review_rows(stale)):
            write_review(items, outputs.path(CASE_REVIEW), AGAIN, stale)
        return path

    @property
    def stale(self) -> list[ReviewItem]:
        """Decisions whose text no document of the case holds any more."""
        return self.review()[1]


def anonymise_case(sources: list[Source], pmap: PseudonymMap, analyzer,
                   decisions: dict[str, Decision], restricted: Path) -> CaseAnonymisation:
    """One plan for ``sources`` (the document being made, with the others' kept texts):
    placeholders given before are kept, new people numbered from the Overview Report on."""
    ordered = sorted(sources, key=_rank)
    given = {k: v for name in (EARLIER_REVIEW, CASE_REVIEW)
             for k, v in given_placeholders(restricted / name).items()}
    texts = [t for s in ordered for t in s.texts]
    text_decisions = {k: d for k, d in decisions.items() if not k.startswith(PICTURE_KEY)}
    plan = plan_replacements(texts, pmap, analyzer, text_decisions, given)
    return CaseAnonymisation(ordered, plan, decisions, given)
