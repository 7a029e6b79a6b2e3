"""Reading case.yaml: the line of every key, a key given twice, and YAML mistakes in plain words.

PyYAML's own messages ("mapping values are not allowed here") mean nothing to a DHR Officer.
The common mistakes are recognised and explained by their line and what to do: a colon inside
a value, a tab used for indentation, keys that do not line up, a quote never closed, an
apostrophe inside single quotes. A value is never quoted (it may hold a name); a key is named
only when case.yaml knows it.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from pipeline.config import keys as known

# Every key of the schema: only these are named in a YAML message (a word before a colon in
# free text may be a name).
_SCHEMA_KEYS = frozenset(
    {*known.TOP_LEVEL_KEYS, *known.SCOPING_KEYS, *known.AGENCY_KEYS, *known.RECEIVED_KEYS,
     *known.ACTION_KEYS, *known.TRAWL_KEYS, *known.SUBJECT_KEYS,
     *known.PUBLICATION_KEYS, *known.LETTER_KEYS,
     *(k for fields in known.RECORD_KEYS.values() for k in fields)})
_KEY = re.compile(r"^(?P<indent>\s*(?:-\s+)*)(?P<key>[^\s#'\"\[{][^:#]*?)\s*:(?:\s|$)")
_FLOW = {"[": ("]", "list"), "{": ("}", "mapping")}


class DuplicateKey(yaml.YAMLError):
    """A mapping gives the same key twice (PyYAML would silently keep the last)."""

    def __init__(self, key: object, line: int, first: int) -> None:
        super().__init__(f"duplicate key on line {line}")
        self.key, self.line, self.first = key, line, first


class _Loader(yaml.SafeLoader):
    """SafeLoader that records the line of each key of each mapping, by the mapping's id."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.key_lines: dict[int, dict[Any, int]] = {}


def _mapping(loader: _Loader, node: yaml.MappingNode):
    data: dict = {}
    yield data
    lines: dict[Any, int] = {}
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            continue
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            continue  # construct_mapping says so
        line = key_node.start_mark.line + 1
        if key in lines:
            raise DuplicateKey(key, line, lines[key])
        lines[key] = line
    data.update(loader.construct_mapping(node))
    loader.key_lines[id(data)] = lines


def _timestamp(loader: _Loader, node: yaml.ScalarNode) -> Any:
    """A date, or the text as written when it is no real date (``2022-02-30``), so the field
    that holds it can say so."""
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:map", _mapping)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def load_yaml(text: str) -> tuple[Any, dict[int, dict[Any, int]]]:
    """The document and, for each mapping in it (by ``id``), the line of each of its keys."""
    loader = _Loader(text)
    try:
        return loader.get_single_data(), loader.key_lines
    finally:
        loader.dispose()


def _line_of(mark: Any) -> int | None:
    return mark.line + 1 if mark is not None else None


def _key(source: str) -> str | None:
    """The schema key a line starts with, if any."""
    match = _KEY.match(source)
    return match["key"] if match and match["key"] in _SCHEMA_KEYS else None


def _value_of(key: str | None) -> str:
    return f"the value of `{key}`" if key else "the value on this line"


def _tab_line(lines: list[str], upto: int) -> int | None:
    for number, source in enumerate(lines[:upto], start=1):
        indent = source[:len(source) - len(source.lstrip(" \t"))]
        if "\t" in indent:
            return number
    return None


def _open_flow(lines: list[str], upto: int) -> tuple[int, str] | None:
    """The last line up to ``upto`` that opens a [ or { it never closes."""
    for number in range(min(upto, len(lines)), 0, -1):
        source = lines[number - 1].split(" #")[0]
        for opener, (closer, _) in _FLOW.items():
            if source.count(opener) > source.count(closer):
                return number, opener
    return None


def explain(text: str, exc: yaml.YAMLError) -> str:
    """One plain sentence for a YAML error in case.yaml: the line and what to do."""
    lines = text.splitlines()
    if isinstance(exc, DuplicateKey):
        what = f"`{exc.key}`" if exc.key in _SCHEMA_KEYS else "the key on this line"
        return (f"case.yaml line {exc.line}: {what} is given twice in the same section (also on "
                f"line {exc.first}); keep one, or indent the second under its own entry.")
    problem = str(getattr(exc, "problem", "") or "")
    context = str(getattr(exc, "context", "") or "")
    line = _line_of(getattr(exc, "problem_mark", None))
    opened = _line_of(getattr(exc, "context_mark", None))
    where = line or opened or 1
    source = lines[where - 1] if 0 < where <= len(lines) else ""

    tab = _tab_line(lines, where)
    if tab is not None or "'\\t'" in problem:
        return (f"case.yaml line {tab or where}: a tab is used for indentation; indent with "
                "spaces only (set the editor to insert spaces for the Tab key).")
    if "quoted scalar" in context and opened:
        key = _key(lines[opened - 1]) if opened <= len(lines) else None
        return (f"case.yaml line {opened}: the quote that opens {_value_of(key)} is never "
                "closed; add the same quote mark at the end of the value.")
    if "mapping values are not allowed" in problem and line:
        match = _KEY.match(source)
        column = getattr(exc.problem_mark, "column", 0)
        if match and match.end("key") < column:
            key = _key(source)
            example = f"e.g. {key}: \"…\"" if key else "after the key's own colon"
            return (f"case.yaml line {line}: {_value_of(key)} contains a colon; put the whole "
                    f"value in quotes, {example}.")
        key = _key(source)
        return (f"case.yaml line {line}: {'`' + key + '`' if key else 'the key on this line'} "
                "does not line up with the keys above it; indent it with the same number of "
                "spaces as the other keys of its section.")
    if "but found '<scalar>'" in problem and line:
        match = _KEY.match(source)
        value = source[match.end():].lstrip() if match else source.strip().lstrip("- ")
        key = _key(source)
        if value.startswith("'"):
            return (f"case.yaml line {line}: {_value_of(key)} is in single quotes and also "
                    "contains an apostrophe; write the apostrophe twice ('') or put the value "
                    "in double quotes instead.")
        if value.startswith('"'):
            return (f"case.yaml line {line}: {_value_of(key)} is in double quotes and also "
                    "contains a double quote; write it as \\\" or put the value in single "
                    "quotes instead.")
    if "simple key" in context and "expected ':'" in problem and opened:
        return (f"case.yaml line {opened}: this line has no colon after its key; write it as "
                "key: value, or, if it continues the text of the line before, indent it further "
                "or put the whole value in quotes.")
    if "cannot start any token" in problem or "undefined alias" in problem \
            or "could not determine a constructor" in problem:
        key = _key(source)
        return (f"case.yaml line {where}: {_value_of(key)} starts with a character YAML "
                "reserves (such as @, `, %, *, & or !); put the whole value in quotes.")
    if "flow" in context:
        found = _open_flow(lines, where)
        if found:
            number, opener = found
            closer, kind = _FLOW[opener]
            return (f"case.yaml: not valid YAML near line {number}: the {kind} that opens with "
                    f"{opener} there is never closed; add the closing {closer}.")
    if line and ("expected <block end>" in problem or "did not find expected" in problem
                 or "block" in context):
        key = _key(source)
        return (f"case.yaml line {line}: {'`' + key + '`' if key else 'this line'} does not "
                "line up with the lines above it; keys of one section, and the '- ' items of "
                "one list, must start in the same column (indent with spaces).")
    return (f"case.yaml: not valid YAML near line {where}; check the indentation, colons and "
            "quotes on that line and the one before.")
