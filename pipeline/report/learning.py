"""Learning across reviews: recommendations by Home Office category, and the recurring ones.

Each review's ``recommendations[]`` is read as written, so a review still being drafted counts
what it has; a ``category:`` must be one of the Home Office categories
(``pipeline/config/recommendation_categories.yaml``, letter case aside), and one left out is
counted as "Not categorised". A theme **recurs** when it is found in two or more reviews: a
category used by two reviews, or recommendations worded nearly alike (RapidFuzz's token sort
ratio, at least :data:`SIMILAR`, after names are replaced and case and punctuation ignored),
which are grouped together with every review they come from.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, utils

from pipeline.config import CaseConfig
from pipeline.errors import ConfigError

NOT_CATEGORISED = "Not categorised"
SIMILAR = 85  # RapidFuzz token sort ratio (0-100) at which two recommendations are alike


@dataclass(frozen=True)
class Recommendation:
    case_id: str
    number: int
    text: str  # names replaced
    category: str  # a Home Office category or NOT_CATEGORISED


@dataclass(frozen=True)
class Recurring:
    """A theme found in more than one review."""

    kind: str  # "category" or "recommendation"
    theme: str  # the category, or the first review's wording
    case_ids: tuple[str, ...]
    count: int  # recommendations in the group


def categories() -> tuple[str, ...]:
    from pipeline.drafts.context import categories as home_office

    return home_office()


def read_recommendations(case: CaseConfig,
                         rewrite: Callable[[str, str], str] = lambda case_id, text: text
                         ) -> list[Recommendation]:
    """The review's recommendations as written; a category that is not a Home Office one is an
    error naming its field."""
    allowed = {c.casefold(): c for c in categories()}
    raw = case.extra.get("recommendations")
    found = []
    for number, item in enumerate(raw if isinstance(raw, list) else [], start=1):
        if not isinstance(item, dict):
            continue
        category = " ".join(str(item.get("category") or "").split())
        if category and category.casefold() not in allowed:
            raise ConfigError(f"{case.root / 'case.yaml'}: recommendations[{number}].category "
                              f"'{category}' is not a Home Office category; use one of: "
                              f"{'; '.join(categories())}.")
        text = " ".join(str(item.get("recommendation") or "").split())
        found.append(Recommendation(case.case_id, number, rewrite(case.case_id, text),
                                    allowed.get(category.casefold(), NOT_CATEGORISED)))
    return found


def by_category(recommendations: Sequence[Recommendation]) -> dict[str, int]:
    """Every Home Office category (zeros too, in the Home Office's order), then "Not
    categorised" when any is."""
    counts = dict.fromkeys(categories(), 0)
    for item in recommendations:
        counts[item.category] = counts.get(item.category, 0) + 1
    return counts


def recurring(recommendations: Sequence[Recommendation]) -> list[Recurring]:
    """Categories used by two or more reviews, then groups of near-identical recommendations
    from two or more reviews."""
    found: list[Recurring] = []
    for category in (*categories(), NOT_CATEGORISED):
        items = [r for r in recommendations if r.category == category]
        cases = tuple(dict.fromkeys(r.case_id for r in items))
        if category != NOT_CATEGORISED and len(cases) >= 2:
            found.append(Recurring("category", category, cases, len(items)))
    texts = [utils.default_process(r.text) for r in recommendations]
    parent = list(range(len(recommendations)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, one in enumerate(recommendations):
        for j in range(i + 1, len(recommendations)):
            if one.case_id != recommendations[j].case_id and texts[i] and texts[j] and \
                    fuzz.token_sort_ratio(texts[i], texts[j]) >= SIMILAR:
                parent[root(j)] = root(i)
    groups: dict[int, list[Recommendation]] = {}
    for i, item in enumerate(recommendations):
        groups.setdefault(root(i), []).append(item)
    for members in groups.values():
        cases = tuple(dict.fromkeys(r.case_id for r in members))
        if len(cases) >= 2:
            found.append(Recurring("recommendation", members[0].text, cases, len(members)))
    return found
