"""The DHR Officer's decisions on a case's names, added to its pseudonym map in place.

The map is kept by hand: its comments say who agreed a pseudonym and when, its order follows
the family. So it is edited as a document (ruamel.yaml's round trip), never rewritten from
data: a new alias goes at the end of that person's aliases, a new person at the end of
``people``, a phrase that is not a person at the end of ``keep``; every other line, comment and
quote stays as it was. Each decision is checked as the anonymiser will read the map, and the
file is replaced in one step only when all of them are good, so a mistake in row 40 leaves the
map as it was and says which row to fix.
"""

from __future__ import annotations

import io
import re
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark, YAMLError
from ruamel.yaml.tokens import CommentToken
from ruamel.yaml.util import load_yaml_guess_indent

from pipeline.anonymise.candidate_sheet import (
    MAP_TO,
    NEW_PERSON,
    NameDecision,
    read_name_decisions,
)
from pipeline.anonymise.candidates import MapIndex, split_title
from pipeline.anonymise.pseudonyms import PseudonymMap, fold, load_map, parse_map
from pipeline.config import CaseConfig, load_case
from pipeline.errors import ConfigError
from pipeline.outputs import AtomicOutputs

_WORDS = re.compile(r"[\w'’-]+")
_ENTRY = re.compile(r"^\s*people\s*\[\s*(\d+)\s*\]", re.IGNORECASE)


# The map as a document ----------------------------------------------------------------------


def _last_line(node: object) -> tuple[list, int] | None:
    """The comment slot after the last line of a block sequence (``[slots, position]``):
    where ruamel keeps the comments and blank lines that follow that line."""
    if isinstance(node, CommentedSeq) and node and not node.fa.flow_style():
        last = len(node) - 1
        if isinstance(node[last], CommentedMap | CommentedSeq) and node[last]:
            return _last_line(node[last])
        return node.ca.items.setdefault(last, [None] * 4), 0
    if isinstance(node, CommentedMap) and node and not node.fa.flow_style():
        key = list(node)[-1]
        value = node[key]
        if isinstance(value, CommentedMap | CommentedSeq) and value and not value.fa.flow_style():
            return _last_line(value)
        return node.ca.items.setdefault(key, [None] * 4), 2
    return None


def _detach_following(node: object) -> str:
    """Take off the last line of ``node`` the lines after it that introduce what follows (from
    the first blank line or comment at the left margin on); an indented comment right under
    the line stays, as it speaks of that line."""
    slot = _last_line(node)
    token = slot[0][slot[1]] if slot else None
    if token is None:
        return ""
    inline, _, rest = token.value.partition("\n")
    lines = rest.splitlines(keepends=True)
    cut = next((i for i, line in enumerate(lines) if not line.strip() or not line[0].isspace()),
               len(lines))
    if cut == len(lines):
        return ""
    stays = inline + "\n" + "".join(lines[:cut])
    if stays.strip():
        token.value = stays
    else:
        slot[0][slot[1]] = None
    return "".join(lines[cut:])


def _append(sequence: CommentedSeq, item: object) -> None:
    """``item`` at the end of ``sequence``, the comments that followed the old end moved after
    it (a "# Places" heading stays above places, an end-of-file note at the end)."""
    following = _detach_following(sequence)
    sequence.append(item)
    slot = _last_line(sequence)
    if following and slot is not None:
        slot[0][slot[1]] = CommentToken("\n" + following, CommentMark(0), None)


def _flow(items: list[str]) -> CommentedSeq:
    sequence = CommentedSeq(items)
    sequence.fa.set_flow_style()
    return sequence


class MapDocument:
    """A pseudonym map file held as a document, so edits keep everything else as it was."""

    def __init__(self, text: str, where: str) -> None:
        try:
            _, indent, offset = load_yaml_guess_indent(text)
            self._yaml = YAML()
            self._yaml.preserve_quotes = True
            self._yaml.width = 4096  # never fold a long line the file already has
            self._yaml.indent(mapping=indent or 2, sequence=indent or 4,
                              offset=2 if offset is None else offset)
            data = self._yaml.load(text)
        except YAMLError as exc:
            raise ConfigError(f"{where}: could not be read to be edited (a key written twice, "
                              "or odd indentation); correct it and run again.") from exc
        self.data = data if data is not None else CommentedMap()
        # A file of comments only loads as nothing: its comments are kept above the new map.
        self._heading = text.rstrip() + "\n" if data is None and text.strip() else ""

    def _list(self, key: str, flow: bool) -> CommentedSeq:
        """The top-level list ``key``, made (people first, keep last) when the map has none."""
        value = self.data.get(key)
        if not isinstance(value, CommentedSeq):
            value = _flow([]) if flow else CommentedSeq()
            if key in self.data:
                self.data[key] = value
            else:
                self.data.insert(0 if key == "people" else len(self.data), key, value)
        return value

    def add_alias(self, index: int, alias: str) -> None:
        person = self._list("people", flow=False)[index]
        aliases = person.get("aliases")
        if isinstance(aliases, CommentedSeq):
            if aliases.fa.flow_style():
                aliases.append(alias)
            else:
                _append(aliases, alias)
        elif "aliases" in person:
            person["aliases"] = _flow([alias])
        else:
            keys = list(person)
            person.insert(keys.index("name") + 1 if "name" in keys else 0, "aliases",
                          _flow([alias]))

    def add_person(self, name: str, title: str | None, pseudonym: str) -> int:
        entry = CommentedMap(name=name)
        if title:
            entry["title"] = title
        entry["pseudonym"] = pseudonym
        people = self._list("people", flow=False)
        if people.fa.flow_style():  # "people: []" in a new map: a person a block, as usual
            people.fa.set_block_style()
        _append(people, entry)
        return len(people) - 1

    def add_keep(self, text: str) -> None:
        keep = self._list("keep", flow=True)
        if keep.fa.flow_style():
            keep.append(text)
        else:
            _append(keep, text)

    def text(self) -> str:
        out = io.StringIO()
        self._yaml.dump(self.data, out)
        return self._heading + out.getvalue()


# Applying the decisions ---------------------------------------------------------------------


@dataclass
class MapChanges:
    """What ``--apply`` did to the map, in counts and map entries (never the names)."""

    path: Path
    labels: list[str] = field(default_factory=list)  # people[N] (pseudonym 'X'), by index
    aliases: Counter[int] = field(default_factory=Counter)
    people: list[int] = field(default_factory=list)
    kept: int = 0
    unchanged: int = 0
    shared: int = 0
    undecided: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.aliases or self.people or self.kept)

    def lines(self) -> list[str]:
        """The summary the command prints."""
        done = []
        if self.aliases:
            done.append("added " + ", ".join(
                f"{n} {'alias' if n == 1 else 'aliases'} to {self.labels[i]}"
                for i, n in sorted(self.aliases.items())))
        if self.people:
            done.append(f"{len(self.people)} new {'person' if len(self.people) == 1 else 'people'}"
                        f" ({', '.join(self.labels[i] for i in self.people)})")
        if self.kept:
            done.append(f"{self.kept} kept as not a person")
        lines = [f"Updated {self.path}: {'; '.join(done)}." if done
                 else f"The map was not changed ({self.path})."]
        if self.unchanged:
            were = "name was" if self.unchanged == 1 else "names were"
            lines.append(f"{self.unchanged} decided {were} already in the map as decided.")
        if self.shared:
            lines.append(f"{self.shared} decided {'name is' if self.shared == 1 else 'names are'} "
                         "shared by two or more people in the map, which cannot give it to one "
                         "of them: the anonymisation review asks about it in each document.")
        if self.undecided:
            lines.append(f"{self.undecided} {'row is' if self.undecided == 1 else 'rows are'} "
                         "not decided yet; decide them and run --apply again.")
        return lines


CHANGED, ALREADY, SHARED = "changed", "already", "shared"  # what a decision did


class _Applier:
    """Applies decisions one by one to the document, checking the map after each, so an error
    names the row that caused it."""

    def __init__(self, document: MapDocument, pmap: PseudonymMap, workbook: Path,
                 map_path: Path) -> None:
        self.document = document
        self.pmap = pmap
        self.index = MapIndex(pmap)
        self.workbook = workbook
        self.map_path = map_path
        self.changes = MapChanges(map_path)

    def _error(self, decision: NameDecision, problem: str) -> ConfigError:
        return ConfigError(f"{self.workbook}: row {decision.row}: {problem}; nothing was "
                           "changed in the map.")

    def _holder(self, text: str) -> int | None:
        """The person whose name or alias ``text`` is, written exactly (case aside)."""
        return next((i for i, p in enumerate(self.pmap.people)
                     if fold(text) in {fold(f) for f in (p.name, *p.aliases)}), None)

    def _target(self, decision: NameDecision) -> int:
        """The person a "map to existing" row names: people[N], a pseudonym, or (blank) the
        person the workbook showed."""
        people = self.pmap.people
        if found := _ENTRY.match(decision.entry):
            number = int(found.group(1))
            if not 1 <= number <= len(people):
                raise self._error(decision, f"Map entry people[{number}] is not in the map "
                                            f"(it has {len(people)} people); choose one from "
                                            "the drop-down")
            return number - 1
        if decision.entry:
            matches = [i for i, p in enumerate(people) if fold(p.pseudonym) ==
                       fold(decision.entry)]
            if len(matches) != 1:
                raise self._error(decision, "the Map entry is neither people[N] nor the "
                                            "pseudonym of one person in the map; choose one "
                                            "from the drop-down")
            return matches[0]
        owners = self.index.owners(decision.text)
        person = owners[0] if owners else self.index.probable(decision.text)
        if person is None:
            raise self._error(decision, f"the decision is '{MAP_TO}' but no Map entry is "
                                        "given and the name is not probably anyone's; choose "
                                        "the person in the Map entry column")
        return person

    def _map_to(self, decision: NameDecision) -> str:
        if len(self.index.owners(decision.text)) > 1:
            return SHARED  # "Mr Marsh" for two brothers: only a review can say which, each time
        person = self._target(decision)
        alias = split_title(decision.text)[1]
        if self.index.has_form(decision.text, person) or self.index.has_form(alias, person):
            return ALREADY
        if (holder := self._holder(alias)) is not None:
            raise self._error(decision, f"the name is already {self.index.label(holder)}; one "
                                        "name can belong to one person only")
        self.document.add_alias(person, alias)
        self.changes.aliases[person] += 1
        return CHANGED

    def _new_person(self, decision: NameDecision) -> str:
        if not decision.pseudonym:
            raise self._error(decision, f"the decision is '{NEW_PERSON}' but no Pseudonym is "
                                        "given; write the agreed pseudonym in the Pseudonym "
                                        "column")
        title, name = split_title(decision.text)
        if (holder := self._holder(name)) is not None:
            if fold(self.pmap.people[holder].pseudonym) == fold(decision.pseudonym):
                return ALREADY  # applied before
            raise self._error(decision, f"the name is already {self.index.label(holder)}; "
                                        f"choose '{MAP_TO}' or correct the map")
        self.changes.people.append(self.document.add_person(name, title, decision.pseudonym))
        return CHANGED

    def _not_a_person(self, decision: NameDecision) -> str:
        words = _WORDS.findall(decision.text)  # "Partner Danny" holds a name of the map
        owners = sorted({owner for start in range(len(words))
                         for end in range(start + 1, len(words) + 1)
                         for owner in self.index.owners(" ".join(words[start:end]))})
        if owners:
            raise self._error(decision, "the text holds a name of "
                                        f"{' and '.join(map(self.index.label, owners))} in the "
                                        "map, and keeping it would leave that name in the "
                                        "reports; choose another decision")
        if fold(decision.text) in {fold(k) for k in self.pmap.keep}:
            return ALREADY
        self.document.add_keep(decision.text)
        self.changes.kept += 1
        return CHANGED

    def apply(self, decision: NameDecision) -> None:
        """One decision into the document, and the map checked as the anonymiser reads it."""
        act = {MAP_TO: self._map_to, NEW_PERSON: self._new_person}.get(decision.action,
                                                                        self._not_a_person)
        outcome = act(decision)
        if outcome != CHANGED:
            self.changes.unchanged += outcome == ALREADY
            self.changes.shared += outcome == SHARED
            return
        try:
            self.pmap = parse_map(self.document.data, str(self.map_path))
        except ConfigError as exc:
            raise self._error(decision, f"the map would not be valid "
                                        f"({str(exc).rstrip('.')})") from exc
        self.index = MapIndex(self.pmap)


def _empty(text: str) -> bool:
    """Whether a map file holds nothing yet (blank, or comments only): a first map starts so."""
    try:
        return yaml.safe_load(text) is None
    except yaml.YAMLError:
        return False  # load_map says what is wrong with it


def workbook_path(given: Path, case: CaseConfig, out: Path | None) -> Path:
    """The workbook as given, or (a relative path not found) under the output folder, so
    ``--apply restricted/name_candidates.xlsx`` works from anywhere."""
    from pipeline.chronology import default_out

    if given.is_file() or given.is_absolute():
        return given
    beside = default_out(case, out) / given
    return beside if beside.is_file() else given


def apply_decisions(case_dir: Path, workbook: Path, out: Path | None = None) -> MapChanges:
    """Add the decided rows of ``workbook`` to the case's pseudonym map, all or none."""
    case = load_case(case_dir, require_returns=False)
    path = case.pseudonym_map
    if path is None:
        raise ConfigError("case.yaml: pseudonym_map is missing; add the path of the case's "
                          "pseudonym map file (relative to the case folder) and run again.")
    if not path.is_file():
        raise ConfigError(f"{path}: pseudonym map not found (pseudonym_map in case.yaml); "
                          "create the file (it may start as 'people: []') or correct the "
                          "path, then run again.")
    workbook = workbook_path(Path(workbook), case, out)
    decisions, undecided = read_name_decisions(workbook)
    text = path.read_text(encoding="utf-8")
    pmap = PseudonymMap((), (), ()) if _empty(text) else load_map(path)
    applier = _Applier(MapDocument(text, str(path)), pmap, workbook, path)
    for decision in decisions:
        applier.apply(decision)
    changes = applier.changes
    changes.undecided = undecided
    changes.labels = [applier.index.label(i) for i in range(len(applier.pmap.people))]
    if changes.changed:
        new_text = applier.document.text()
        parse_map(yaml.safe_load(new_text), str(path))  # as written, as it will be read
        with AtomicOutputs(path.parent) as outputs:
            temporary = outputs.path(path.name)
            temporary.write_text(new_text, encoding="utf-8")
            shutil.copymode(path, temporary)
    return changes
