"""Contents pages with real page numbers, taken from LibreOffice's own layout.

LibreOffice prints a Word TOC field's cached result and never rebuilds it, so a report would be
published with the template's placeholder. Page numbers exist only once LibreOffice has laid a
document out, and writing them can move pages again (a longer contents pushes every heading
down, a wider number wraps a line), so the contents are written, converted and read back from
the PDF's bookmarks until the PDF shows the pages the contents say.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from pipeline.errors import PublishError
from pipeline.ooxml.toc import (
    MAX_LEVEL,
    ContentsEntry,
    body_headings,
    has_contents_field,
    write_contents,
)

# Two digits, as most reports run to tens of pages: close enough that the first layout has
# the contents at their final length, and the next pass corrects any difference.
_PLACEHOLDER_PAGE = 88
_NUMBER = re.compile(r"(\d+(?:\.\d+)*)\.?\s+(.*)", re.DOTALL)


def read_outline(pdf: Path) -> list[tuple[int, str, int]]:
    """(level, title, page) of every bookmark: LibreOffice makes one per heading, with its
    number, pointing at the page where the heading was laid out."""
    import pikepdf

    found: list[tuple[int, str, int]] = []
    with pikepdf.open(pdf) as document:
        pages = {page.objgen: index for index, page in enumerate(document.pages, 1)}
        names = document.Root.get("/Names", {}).get("/Dests")
        named = pikepdf.NameTree(names) if names is not None else {}

        def page_of(item: pikepdf.OutlineItem) -> int:
            target = item.destination
            if target is None and item.action is not None:
                target = item.action.get("/D")
            if isinstance(target, pikepdf.String):  # a named destination
                target = named.get(str(target))
            if isinstance(target, pikepdf.Dictionary):
                target = target.get("/D")
            if isinstance(target, pikepdf.Array) and len(target):
                return pages.get(target[0].objgen, 0)
            return 0

        def walk(items: list[pikepdf.OutlineItem], level: int) -> None:
            for item in items:
                found.append((level, str(item.title), page_of(item)))
                walk(item.children, level + 1)

        walk(document.open_outline().root, 1)
    return found


def fill_contents(documents: list[Path], convert: Callable[[list[Path]], list[Path]],
                  max_passes: int = 4) -> list[Path]:
    """Convert ``documents`` (all in one call of ``convert``, which is slow to start) until
    the contents page of each one with a TOC field gives the pages its PDF shows, writing the
    entries into the .docx each time, so the Word file and the PDF agree."""
    written = {path: _placeholders(data) for path in documents
               if has_contents_field(data := path.read_bytes())}
    moved = dict(written)
    for _ in range(max_passes):
        for path, entries in moved.items():
            path.write_bytes(write_contents(path.read_bytes(), entries))
            written[path] = entries
        pdfs = convert(documents)
        moved = {}
        for path, pdf in zip(documents, pdfs, strict=True):
            if path in written:
                entries = _entries(body_headings(path.read_bytes()), read_outline(pdf))
                if entries != written[path]:
                    moved[path] = entries
        if not moved:
            return pdfs
    names = ", ".join(path.name for path in moved)
    raise PublishError(f"{names}: the page numbers of the contents were still changing after "
                       f"converting {max_passes} time{'s' if max_passes != 1 else ''}, so they "
                       "could not be settled; nothing was published.")


def _placeholders(docx: bytes) -> list[ContentsEntry]:
    """Entries as wide as the real ones will be, so the first layout is already close."""
    return [ContentsEntry(level, ".".join("8" * level), text, _PLACEHOLDER_PAGE)
            for level, text in body_headings(docx)]


def _entries(headings: list[tuple[int, str]],
             outline: list[tuple[int, str, int]]) -> list[ContentsEntry]:
    """The contents the PDF shows. The number is what LibreOffice put before a heading's text
    (a text may itself start with digits), pairing bookmarks with headings by text, as
    LibreOffice bookmarks some paragraphs Word leaves out (a "TOC Heading" based on Heading 1),
    else by order when there are as many; failing both, it is guessed from the title."""
    if paired := _pair_by_text(headings, outline):
        return paired
    marks = [(level, title, page) for level, title, page in outline if level <= MAX_LEVEL]
    if len(marks) == len(headings):
        return [ContentsEntry(level, _number(title, text), text, page)
                for (level, text), (_, title, page) in zip(headings, marks, strict=True)]
    return [ContentsEntry(level, *_split(title), page) for level, title, page in marks]


def _pair_by_text(headings: list[tuple[int, str]],
                  outline: list[tuple[int, str, int]]) -> list[ContentsEntry] | None:
    """Each heading with the next bookmark titled with its text, after at most a one-word
    number, so that a heading never takes a longer title that merely ends with its text."""
    entries, marks = [], iter(outline)
    for level, text in headings:
        for _, title, page in marks:
            title, wanted = " ".join(title.split()), " ".join(text.split())
            number = title[:len(title) - len(wanted)]
            if title.endswith(wanted) and (not number or (number.endswith(" ")
                                           and len(number.split()) == 1)):
                entries.append(ContentsEntry(level, number.strip(), text, page))
                break
        else:
            return None
    return entries


def _number(title: str, text: str) -> str:
    title, text = " ".join(title.split()), " ".join(text.split())
    if title.endswith(text):
        return title[:len(title) - len(text)].strip()
    return _split(title)[0]


def _split(title: str) -> tuple[str, str]:
    match = _NUMBER.fullmatch(title.strip())
    return (match.group(1), match.group(2)) if match else ("", title.strip())
