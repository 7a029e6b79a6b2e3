"""The annual headline data for publication (protocol §109–110): counts a small partnership can
publish without any review being identifiable from them.

The counts are of the reviews the report covers (opened, in progress or published in the
period) and their victims (``subjects:`` with role victim; a review with none counts one victim,
every detail not recorded): by sex, age band, ethnic group and the perpetrator's relationship
to the victim, and the reviews' recommendations by Home Office category.

Every category of every table is always listed, so that a category appearing says nothing, and
free text is never published: sex, ethnicity (the five high-level groups of the 2021 Census)
and relationship (``relationship:`` on the perpetrator's entry: their relationship to the
victim) are each put in a fixed group, and a group the text does not fit is "Other". Ages are
the victim's age at death from the date of birth and the date of death (the victim's own, else
the case's), else ``age:`` as written.

Then :mod:`pipeline.report.suppression`: every count from 1 to 4 (below the threshold) is
"fewer than 5", other counts are "not shown" where a total would give a hidden one away, and
the tables of victims, which share their total, hide it together. Both files are verified like
a publication before they are written (:mod:`pipeline.report.names`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.report.cases import Period, Review
from pipeline.report.learning import Recommendation, by_category
from pipeline.report.suppression import NOT_SHOWN, SuppressedTable, suppress, suppress_linked
from pipeline.wording import counted

NOT_RECORDED = "Not recorded"
SEXES = ("Female", "Male", "Other or not recorded")
AGE_BANDS = ("Under 16", "16–24", "25–34", "35–44", "45–54", "55–64", "65–74", "75 and over",
             NOT_RECORDED)
ETHNIC_GROUPS = ("Asian or Asian British", "Black, Black British, Caribbean or African",
                 "Mixed or multiple ethnic groups", "White", "Other ethnic group", NOT_RECORDED)
RELATIONSHIPS = ("Partner", "Former partner", "Son, daughter or grandchild",
                 "Parent or step-parent", "Other family member",
                 "Other (friend, carer, acquaintance or other)", NOT_RECORDED)
REVIEW_ROWS = ("Published in the period", "In progress at the end of the period")

_MIXED = re.compile(r"\b(mixed|dual heritage|multiple|bi-?racial|multi-?racial)\b")
_GROUPS = {
    "Asian or Asian British": re.compile(
        r"\b(asian|indian|pakistani|bangladeshi|chinese|sri lankan|nepali|nepalese)\b"),
    "Black, Black British, Caribbean or African": re.compile(r"\b(black|african|caribbean)\b"),
    "White": re.compile(r"\b(white|irish|gypsy|traveller|roma|romany)\b"),
}
_PARTNER = r"(partner|husband|wife|boyfriend|girlfriend|spouse|fianc[eé]e?|civil partner)"
_RELATIONSHIPS = (
    ("Former partner", re.compile(rf"\b(former|ex|estranged|separated)[\s-]*{_PARTNER}")),
    ("Partner", re.compile(rf"\b{_PARTNER}\b")),
    ("Son, daughter or grandchild", re.compile(
        r"\b(son|daughter|step-?son|step-?daughter|grandson|granddaughter|grandchild|child)\b")),
    ("Parent or step-parent", re.compile(
        r"\b(mother|father|parent|step-?mother|step-?father|step-?parent|mum|dad)\b")),
    ("Other family member", re.compile(
        r"\b(brother|sister|sibling|uncle|aunt|cousin|nephew|niece|in-law|grandmother|"
        r"grandfather|grandparent|relative|family)\b")),
)


def sex_group(text: str) -> str:
    word = text.strip().casefold()
    if word in ("female", "f", "woman", "girl"):
        return "Female"
    if word in ("male", "m", "man", "boy"):
        return "Male"
    return SEXES[-1]


def age_band(age: int | None) -> str:
    if age is None:
        return NOT_RECORDED
    if age < 16:
        return AGE_BANDS[0]
    if age <= 24:
        return "16–24"
    if age >= 75:
        return "75 and over"
    low = (age - 25) // 10 * 10 + 25
    return f"{low}–{low + 9}"


def ethnic_group(text: str) -> str:
    words = " ".join(text.casefold().split())
    if not words:
        return NOT_RECORDED
    if _MIXED.search(words):
        return "Mixed or multiple ethnic groups"
    found = [group for group, pattern in _GROUPS.items() if pattern.search(words)]
    if len(found) > 1:
        return "Mixed or multiple ethnic groups"
    return found[0] if found else "Other ethnic group"


def relationship_group(text: str) -> str:
    words = " ".join(text.casefold().split())
    if not words:
        return NOT_RECORDED
    for group, pattern in _RELATIONSHIPS:
        if pattern.search(words):
            return group
    return RELATIONSHIPS[-2]


@dataclass(frozen=True)
class Victim:
    """One victim's details in their published groups."""

    case_id: str
    sex: str
    age_band: str
    ethnic_group: str
    relationship: str


def _years(born: dt.date, on: dt.date) -> int | None:
    years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return years if years >= 0 else None


def victims(review: Review) -> list[Victim]:
    """The review's victims in their groups (one with nothing recorded when ``subjects:``
    names none)."""
    case = review.case
    if not any(s.role == "victim" for s in case.subjects):
        return [Victim(case.case_id, SEXES[-1], NOT_RECORDED, NOT_RECORDED, NOT_RECORDED)]
    from pipeline.forms.facts import read_facts

    facts = read_facts(case)
    relationship = next((p.relationship for p in facts.perpetrators if p.relationship), "")
    found = []
    for victim in facts.victims:
        died = facts.date_of_death(victim)
        age = _years(victim.date_of_birth, died) if victim.date_of_birth and died else None
        found.append(Victim(case.case_id, sex_group(victim.sex),
                            age_band(age if age is not None else victim.age),
                            ethnic_group(victim.ethnicity), relationship_group(relationship)))
    return found


@dataclass(frozen=True)
class Headline:
    """The published tables, each (title, row labels, what is counted, suppressed table)."""

    period: Period
    partnership: str
    threshold: int
    tables: tuple[tuple[str, tuple[str, ...], str, SuppressedTable], ...]


def _column(labels: Sequence[str], counts: Counter) -> list[list[int]]:
    return [[counts.get(label, 0)] for label in labels]


def headline(period: Period, partnership: str, reviews: Sequence[Review],
             recommendations: Sequence[Recommendation], threshold: int) -> Headline:
    """The headline tables of the reviews covered, suppressed."""
    covered = [r for r in reviews if r.covered]
    people = [v for r in covered for v in victims(r)]
    review_counts = [[sum(r.published_in_period for r in covered)],
                     [sum(r.in_progress for r in covered)]]
    victim_tables = [
        ("Victims by sex", SEXES, Counter(v.sex for v in people)),
        ("Victims by age at death", AGE_BANDS, Counter(v.age_band for v in people)),
        ("Victims by ethnic group", ETHNIC_GROUPS, Counter(v.ethnic_group for v in people)),
        ("Relationship of the perpetrator to the victim", RELATIONSHIPS,
         Counter(v.relationship for v in people)),
    ]
    grids = [_column(labels, counts) for _, labels, counts in victim_tables]
    linked = [review_counts, *grids] if len(covered) == len(people) else grids
    done = suppress_linked(linked, threshold)
    if len(covered) == len(people):
        reviews_table, victim_done = done[0], done[1:]
    else:
        reviews_table, victim_done = suppress(review_counts, threshold), done
    by_cat = by_category(recommendations)
    tables = [("Reviews", REVIEW_ROWS, "reviews", reviews_table)]
    tables += [(title, labels, "victims", table)
               for (title, labels, _), table in zip(victim_tables, victim_done, strict=True)]
    tables.append(("Recommendations by Home Office category", tuple(by_cat), "recommendations",
                   suppress(_column(tuple(by_cat), Counter(by_cat)), threshold)))
    return Headline(period, partnership, threshold, tuple(tables))


def method(data: Headline) -> list[str]:
    """The notes every copy of the headline data carries."""
    limit = data.threshold
    return [
        f"Domestic Homicide Reviews of {data.partnership}: reviews opened, in progress or "
        f"published at any time from {data.period.words}, their victims and their "
        f"recommendations.",
        f"To protect the people involved, a count from 1 to {limit - 1} is shown as \"fewer "
        f"than {limit}\", and some other counts are \"{NOT_SHOWN}\" so that those cannot be "
        f"worked out from the totals. When a table's total is fewer than {limit}, none of its "
        f"counts is shown. A count of 0 is shown as 0.",
        "Every category is listed whether or not it occurs. Ethnic groups are the high-level "
        "groups of the 2021 Census; the relationship is the perpetrator's to the victim; age is "
        "the victim's age at death.",
    ]


def summary(data: Headline) -> str:
    """``20 of 60 counts suppressed`` for the command's output."""
    counts = sum(len(table.states) - (table.row_totals is None)
                 for *_, table in data.tables)
    hidden = sum(len(table.hidden) for *_, table in data.tables)
    return f"{hidden} of {counted(counts, 'count')} suppressed"


def _rows(labels: Sequence[str], table: SuppressedTable) -> list[tuple[str, int | str]]:
    return [*zip(labels, (row[0] for row in table.cells), strict=True), ("Total", table.total)]


def headline_workbook(data: Headline) -> bytes:
    """The headline data as a workbook: the notes, then a sheet per table (Category, Number;
    a hidden count is its words, so the sheet reads the same as the page)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from pipeline.ooxml.package import package_bytes
    from pipeline.ooxml.restricted_sheet import write_table

    book = Workbook()
    notes = book.active
    notes.title = "Notes"
    notes.append([f"Domestic Homicide Reviews: headline data, {data.period.words}"])
    notes["A1"].font = Font(bold=True, size=12)
    notes.append([data.partnership])
    notes.append([])
    for line in method(data):
        notes.append([line])
    notes.column_dimensions["A"].width = 110
    for row in notes.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for title, labels, what, table in data.tables:
        sheet = book.create_sheet(_sheet_name(title))
        write_table(sheet, (("Category", 46), (what[0].upper() + what[1:], 16)),
                    _rows(labels, table))
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        for (cell,) in sheet.iter_rows(min_row=2, min_col=2, max_col=2):
            cell.alignment = Alignment(horizontal="right", vertical="top")
        sheet.oddFooter.left.text = title.replace("&", "&&")
        sheet.oddFooter.right.text = "Page &P of &N"
    book.properties.creator = "dhr-pipeline"
    book.properties.title = f"Domestic Homicide Reviews: headline data, {data.period.words}"
    return package_bytes(book)


def _sheet_name(title: str) -> str:
    """A sheet name from a table's title: at most 31 characters, none Excel refuses."""
    name = re.sub(r"[\[\]:*?/\\]", "", title.replace("Victims by ", "By ").replace(
        "Relationship of the perpetrator to the victim", "Relationship").replace(
        "Recommendations by Home Office category", "Recommendations"))
    return name[:31]


def headline_document(data: Headline):
    """The short Word page of the same tables."""
    from pipeline.report.word import new_document, table

    title = "Domestic Homicide Reviews: headline data"
    document = new_document(f"{title}, {data.period.words}")
    document.add_heading(title, level=0)
    document.add_paragraph(data.partnership).runs[0].bold = True
    document.add_paragraph(data.period.words)
    notes = method(data)
    document.add_paragraph(notes[0])
    for heading, labels, what, suppressed in data.tables:
        document.add_heading(heading, level=2)
        table(document, ("Category", what[0].upper() + what[1:]), _rows(labels, suppressed),
              widths=(11.0, 4.0), numbers=(1,), total=True)
    for line in notes[1:]:
        document.add_paragraph(line).runs[0].italic = True
    return document
