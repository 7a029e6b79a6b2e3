"""Nicknames of mapped people: one person, one name, whatever the records call them.

Records call Kelly "Kel", Jason "Jase" and Mary "Molly". A family-agreed map rarely lists every
such form; left to detection, a nickname would become a "Person N" of its own and the family
would read about two people where there was one. A nickname that belongs to exactly one mapped
person is therefore given that person's pseudonym (and listed for review); one that could belong
to two people is left to the reviewer.

Diminutives come from the hand-curated ``nicknames`` package (Molly → Mary, Bernie → Bernard);
a short form that starts a name (Kel, Jase, Tam) counts too, however it is spelt after that.
"""

from __future__ import annotations

from functools import cache, lru_cache

from pipeline.anonymise.pseudonyms import PseudonymMap, fold

_MIN_PREFIX = 3  # "Jo" could start anything; "Kel" starts Kelly and little else
# The endings English adds to the start of a name to make a pet name: Jas-e, Tamm-y, Decc-y,
# Jonn-o, Kezz-a (the stem's last consonant may double: Dec → Decc-y).
_ENDINGS = ("", "e", "y", "ie", "o", "a", "s", "sy", "er", "ers")


@cache
def _namer():  # -> nicknames.NickNamer
    from nicknames import NickNamer

    return NickNamer()


def is_diminutive(short: str, full: str, shortened: bool = True) -> bool:
    """Whether ``short`` is a nickname of the given name ``full`` (Kel/Kelly, Molly/Mary);
    with ``shortened`` false, only nicknames the curated list knows (not Kel from Kelly)."""
    short_key, full_key = fold(short.strip()), fold(full.strip())
    if not short_key.isalpha() or not full_key.isalpha() or short_key == full_key:
        return False
    for ending in _ENDINGS if shortened else ():
        if ending and not short_key.endswith(ending):
            continue
        stem = short_key[:len(short_key) - len(ending)]
        if len(stem) >= _MIN_PREFIX + 1 and stem[-1] == stem[-2]:
            stem = stem[:-1]  # Decc-y, Kezz-a
        if len(stem) >= _MIN_PREFIX and full_key.startswith(stem) and stem != full_key:
            return True
    names = _namer().canonicals_of(short_key)
    # One more step: Tash is short for Tasha, which is the end of Natasha.
    return full_key in names or any(n in full_key and full_key in _namer().canonicals_of(n)
                                    for n in names)


class NicknameIndex:
    """Who a nickname may belong to, for many words against one set of people: each person's
    given names indexed by their first letters, and each word's answer kept."""

    def __init__(self, pmap: PseudonymMap) -> None:
        self.by_name: dict[str, set[int]] = {}
        self.by_start: dict[str, set[str]] = {}
        for index, person in enumerate(pmap.people):
            for form in (person.name, *person.aliases):
                if form.split():
                    key = fold(form.split()[0])
                    self.by_name.setdefault(key, set()).add(index)
                    self.by_start.setdefault(key[:_MIN_PREFIX], set()).add(key)
        self._answers: dict[tuple[str, bool], int | None] = {}

    def owner(self, word: str, shortened: bool = True) -> int | None:
        """:func:`owner_of`, answered once per word."""
        key = (fold(word), shortened)
        if key not in self._answers:
            self._answers[key] = self._owner(key[0], shortened)
        return self._answers[key]

    def _owner(self, key: str, shortened: bool) -> int | None:
        if key in self.by_name or not key.isalpha():
            return None  # a mapped form, not a nickname
        names = set(self.by_start.get(key[:_MIN_PREFIX], ())) if shortened else set()
        for canonical in _namer().canonicals_of(key):
            names.add(canonical)
            names |= {n for n in _namer().canonicals_of(canonical) if canonical in n}
        owners = {owner for name in names if name in self.by_name
                  and is_diminutive(key, name, shortened) for owner in self.by_name[name]}
        return owners.pop() if len(owners) == 1 else None


def owner_of(form: str, pmap: PseudonymMap, shortened: bool = True) -> int | None:
    """The index in ``pmap.people`` of the one person ``form`` is a nickname of, else None.

    A single word only: "Kel" may be Kelly, "Kel Smith" is somebody else's full name. A form that
    is itself a mapped name or alias belongs to the map already and is not a nickname.
    ``shortened`` as for :func:`is_diminutive`.
    """
    words = form.split()
    if len(words) != 1:
        return None
    return nickname_index(pmap).owner(words[0], shortened)


@lru_cache(maxsize=8)
def nickname_index(pmap: PseudonymMap) -> NicknameIndex:
    """One index per set of people (a map is immutable), so its answers are kept across calls."""
    return NicknameIndex(pmap)
