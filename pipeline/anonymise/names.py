"""People the language model misses, found by their names' shape and a list of names.

The small English model often misses, or calls an organisation, a name it has not seen
("Priya Nair", "Kirsty Bell"). Two or three capitalised words whose first word is a known given
name, or whose last is a known surname, are very likely a person. The lists are the US census
name files shipped (MIT) by the ``names`` package: installed, so no network is needed. Agency and
place words are filtered out afterwards, as for every detection.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

_WORD = r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?"
_CAPS = r"[A-Z]{2,}(?:[-'’][A-Z]{2,})?"
_CANDIDATE = re.compile(rf"\b{_WORD}(?:\s+{_WORD}){{1,2}}\b")
# Records write names in capitals ("EAMON SIDDIQUI") and surname first ("PHAM, Zoltan").
_CAPITALS = re.compile(rf"\b{_CAPS}(?:\s+{_CAPS}){{1,2}}\b")
_SURNAME_FIRST = re.compile(rf"\b{_CAPS},\s+{_WORD}(?:\s+{_WORD})?\b")
# Capitalised words that begin sentences or headings far more often than they are names.
_NOT_FIRST = {"The", "This", "That", "These", "Those", "When", "After", "Before", "During", "On",
              "In", "At", "By", "For", "From", "With", "Her", "His", "Their", "She", "He",
              "They", "We", "Our", "Mother", "Father", "Police", "Officers", "Later", "Then"}


@cache
def name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """Known given names and surnames, title case."""
    import names as package

    folder = Path(package.__file__).parent

    def read(*files: str) -> frozenset[str]:
        return frozenset(line.split()[0].title() for f in files
                         for line in (folder / f).read_text(encoding="ascii").splitlines()
                         if line.strip())

    return read("dist.male.first", "dist.female.first"), read("dist.all.last")


def find_known_names(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of capitalised word pairs and triples that use a known given name
    or surname, of "SURNAME, Forename", and of names written in capitals."""
    given, surnames = name_lists()
    found = [(m.start(), m.end(), 0.7) for m in _SURNAME_FIRST.finditer(text)]
    for match in (*_CANDIDATE.finditer(text), *_CAPITALS.finditer(text)):
        words = [w.title() for w in match.group().split()]
        if words[0] in _NOT_FIRST:
            continue
        first_known, last_known = words[0] in given, words[-1] in surnames
        if first_known or last_known:
            score = 0.75 if first_known and last_known else (0.6 if first_known else 0.5)
            found.append((match.start(), match.end(), score))
    return found


@cache
def dictionary() -> frozenset[str]:
    """Ordinary English words, lower case (GCIDE, from the MIT-licensed ``english-words``)."""
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["gcide"], lower=True))


def reads_as_ordinary_words(name: str) -> bool:
    """Whether a capitalised phrase is more likely a title, role or term than a person.

    "Senior Investigating Officer", "Domestic Violence" and "White British" contain an ordinary
    word that is nobody's name; "Felicity Iqbal" contains one too ("felicity"), but also a name
    that is no ordinary word, which outweighs it.
    """
    given, surnames = name_lists()
    tokens = [w.strip("'’.,").title() for w in name.split() if w.strip("'’.,")]
    known = [t for t in tokens if t in given or t in surnames]
    if any(not is_ordinary_word(t) for t in known):
        return False  # a name that is no ordinary word: strong evidence of a person
    if any(t.lower() in _FUNCTION_WORDS for t in tokens):
        return True  # "Every Child", "The Panel"
    return any(is_ordinary_word(t) and t not in known for t in tokens)


_FUNCTION_WORDS = frozenset("""a an the every each any all some no none this that these those
other another such many much more most several few both either neither our their his her its
my your we they he she it who whom whose which what when where why how and or but nor of in on
at by for from with without into onto over under after before during until since""".split())  # noqa: SIM905 - a word list reads best as text
_ENDINGS = ("s", "es", "d", "ed", "ing", "ly", "er", "ers", "ion", "ions")


def is_ordinary_word(word: str) -> bool:
    """Whether a word, or its stem, is ordinary English ("Designated", "Every")."""
    lower = word.lower()
    words = dictionary()
    if lower in words or lower in _FUNCTION_WORDS:
        return True
    return any(lower.endswith(e) and (lower[:-len(e)] in words or lower[:-len(e)] + "e" in words)
               for e in _ENDINGS if len(lower) > len(e) + 2)
