"""People the language model misses, found by the shape of their names and what surrounds them.

The small English model often misses, or calls an organisation, a name it has not seen
("Priya Nair", "Abdirahman Warsame"). Three kinds of evidence find them instead:

- **shape and lexicon**: capitalised words (with the particles of many naming traditions: Ní, de,
  bin, al-, van der) whose first word is a known given name or whose last is a known surname in
  some country (:mod:`pipeline.anonymise.lexicon`), records' capitals ("EAMON SIDDIQUI") and
  "SURNAME, Forename";
- **context**: a role or relationship before a name ("her friend Ayaan", "Interpreter Joy
  Green", "neighbour, Shannon,"), a reporting verb after it ("Kel said"), a possessive of a
  relationship ("Shannon's partner"), a speaker before a colon ("Lily: 'I didn't know'");
- **ordinary words**: "Grace", "Will" or "Young" is a name only with such context or a title;
  :func:`reads_as_ordinary_words` here and :mod:`pipeline.anonymise.lexicon` say what is
  ordinary English.

Scores say how strong the evidence is; :mod:`pipeline.anonymise.rewrite` decides what is kept.
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from pipeline.anonymise.lexicon import (
    COMMON_ZIPF,
    FUNCTION_WORDS,
    LOWER_NAME_ZIPF,
    is_common_word,
    is_given_name,
    is_known_name,
    is_ordinary_word,
    is_public_place,
    is_surname,
    zipf,
)

# A capitalised word in any alphabet: Zoë, Gonçalo, Siobhán, O'Neill, McKenzie, Okafor-Lane.
_UPPER_WORD = r"(?:\p{Lu}['’]\p{Lu}|Ma?c\p{Lu}|\p{Lu})[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*"
_CAPS_WORD = r"\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})*"
# Particles that join a name's words, in any of their usual cases.
PARTICLES = ("Ní", "Nic", "Ó", "Ua", "Mac", "de", "De", "da", "Da", "das", "dos", "do", "du",
             "del", "della", "di", "Di", "van", "Van", "von", "der", "den", "ter", "le", "la",
             "bin", "bint", "ibn", "Ibn", "al", "Al", "el", "El", "ap", "ab", "Abu", "abu",
             "ben", "Ben")
_PARTICLE = r"(?:" + "|".join(sorted(PARTICLES, key=len, reverse=True)) + r")(?:\s+|[-’'])"
_JOIN = r"(?:[ \t]+|[-’'])"
_INITIAL = r"\p{Lu}\.?[ \t]+"  # the A. of "John A. Smith", the J of "J Smith"
_NAME = (rf"(?:{_INITIAL})?{_UPPER_WORD}(?:{_JOIN}(?:{_PARTICLE}|{_INITIAL})*{_UPPER_WORD})"
         r"{0,3}")
# A name in a record written in capitals ("PC 2218 ASANTE-BOATENG", "HAINSWORTH SAID").
_NOT_CAPS_NAME = r"(?!(?:AND|OR|IN|ON|AT|TO|OF|THE|BY|WITH|FROM|FOR|IS|WAS|HAS|HAD)(?![\w-]))"
_ANY_NAME = (rf"(?:{_NAME}|(?:{_INITIAL})?{_NOT_CAPS_NAME}{_CAPS_WORD}"
             rf"(?:[ \t]+{_NOT_CAPS_NAME}{_CAPS_WORD}){{0,2}})")
_CANDIDATE = regex.compile(rf"(?<![\w'’-]){_NAME}(?![\w-])")
# Records write names in capitals ("EAMON SIDDIQUI") and surname first ("PHAM, Zoltan").
_CAPITALS = regex.compile(rf"(?<![\w-]){_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{1,11}}(?![\w-])")
_CAPS_SEGMENT = regex.compile(r"\S+(?:[ \t]+\S+)*?(?=[ \t]+(?:AND|OR|OF|ON|IN|AT|TO|BY|THE|A|AN"
                              r"|FROM|WITH|FOR|IS|WAS|HAS|HAD)(?![\w-])|$)")
_FORENAME = rf"(?:{_UPPER_WORD}|{_CAPS_WORD})"
_SURNAME_FIRST = regex.compile(
    rf"(?<![\w-]){_CAPS_WORD},[ \t]+{_FORENAME}(?:[ \t]+{_FORENAME}){{0,2}}(?![\w-])")

# Relationships and roles that come before a person's name in records.
RELATIONS = (
    "friend", "best friend", "neighbour", "neighbor", "sister", "brother", "mother", "father",
    "mum", "dad", "partner", "ex-partner", "former partner", "new partner", "boyfriend",
    "girlfriend", "ex-boyfriend", "ex-girlfriend", "husband", "wife", "ex-husband", "ex-wife",
    "son", "daughter", "stepson", "stepdaughter", "stepfather", "stepmother", "aunt", "auntie",
    "uncle", "cousin", "niece", "nephew", "grandmother", "grandfather", "grandson",
    "granddaughter", "nan", "nanna", "gran", "granny", "grandma", "grandad", "grandpa",
    "aunty", "mummy", "daddy", "colleague", "manager", "employer",
    "landlord", "landlady", "lodger", "flatmate", "housemate", "carer", "fiancé", "fiancée",
    "half-sister", "half-brother", "sister-in-law", "brother-in-law", "mother-in-law",
    "father-in-law", "child", "children", "baby", "associate", "acquaintance", "ex",
)
ROLES = (
    "interpreter", "translator", "worker", "social worker", "support worker", "key worker",
    "officer", "police officer", "housing officer", "probation officer", "nurse", "doctor",
    "midwife", "health visitor", "advocate", "idva", "isva", "gp", "consultant", "psychiatrist",
    "therapist", "counsellor", "practitioner", "caseworker", "case worker", "solicitor",
    "paramedic", "teacher", "headteacher", "head teacher", "chair", "author", "witness",
    "caller", "victim", "suspect", "perpetrator", "manager", "supervisor", "receptionist",
    "pharmacist", "dentist", "coordinator", "navigator", "mentor", "volunteer", "driver",
    "pc", "dc", "ds", "di", "dci", "dsi", "pcso", "sgt", "insp", "sergeant", "constable",
    "inspector", "detective", "handler", "call handler", "operator", "dispatcher",
)
REPORTING_VERBS = (
    "said", "says", "told", "tells", "reported", "reports", "stated", "states", "explained",
    "described", "recalled", "disclosed", "discloses", "rang", "phoned", "called", "texted",
    "emailed", "messaged", "asked", "confirmed", "denied", "admitted", "alleged", "alleges",
    "added", "replied", "agreed", "remembered", "thought", "felt", "believed", "wrote",
    "recounted", "insisted", "claimed", "mentioned", "shouted", "screamed", "whispered",
    "answered", "refused", "declined", "attended", "visited", "arrived", "left", "asks",
    "who", "whose",
)
_OWNED = (*RELATIONS, "home", "house", "flat", "address", "car", "phone", "mobile", "account",
          "family", "relative", "relatives", "kids", "death", "funeral", "behaviour",
          "statement", "account", "evidence", "view", "views", "words", "mother's", "father's",
          "school", "nursery", "class", "teacher", "bedroom", "room", "birthday", "grave",
          "ashes", "memory", "life", "name", "number", "friends", "children's")


CONTEXT, WEAK_CONTEXT = 0.65, 0.55  # scores: a role or verb; "to", "from", "met"
SENTENCE_START_RANK = 2000  # how common a name must be to count where a sentence starts


def _alternation(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", r"\s+")
                            for w in sorted(set(words), key=len, reverse=True)) + ")"


# Words that introduce a name in letters, emails and forms ("Dear Amal,", "Regards, Tom",
# "My name is Ana", "Name: Li Wei").
GREETINGS = ("dear", "hi", "hello", "thanks", "thank you", "regards", "kind regards",
             "best wishes", "many thanks", "yours sincerely", "sincerely", "cheers", "love",
             "my name is", "her name is", "his name is", "their name is", "name is", "named",
             "known as", "name", "full name", "signed", "attn", "c/o", "care of")
# Weaker: these also come before places, days and agencies ("from Monday", "contact Police").
_INTRODUCERS = ("patient", "client", "from", "to", "contact", "ask for", "speak to", "spoke to",
                "spoke with", "met", "visited", "called", "i am", "i'm", "this is")
_BEFORE = regex.compile(
    rf"(?i:(?<![\w-]){_alternation(RELATIONS + ROLES)}s?)(?:[ \t]+\d{{2,6}})?,?[ \t]+"
    rf"(?P<name>{_ANY_NAME})(?![\w-])")
_GREETED = regex.compile(
    rf"(?i:(?<![\w-]){_alternation(GREETINGS)})[ \t]*[,:]?[ \t]+(?P<name>{_NAME})(?![\w-])")
_INTRODUCED = regex.compile(
    rf"(?i:(?<![\w-]){_alternation(_INTRODUCERS)})[ \t]*[,:]?[ \t]+(?P<name>{_NAME})(?![\w-])")
# After "my name is" (and the like) even a name written in lower case is a name.
_NAMED_LOWER = regex.compile(
    r"(?i:(?<![\w-])(?:my|her|his|their|the)[ \t]+name[ \t]+is|name[ \t]*:|named)"
    r"[ \t]+(?P<name>\p{Ll}[\p{Ll}'’-]+(?:[ \t]+\p{Ll}[\p{Ll}'’-]+){0,2})(?![\w-])")
_AFTER = regex.compile(
    rf"(?<![\w'’-])(?P<name>{_ANY_NAME}),?[ \t]+(?:(?:had|has|later|then|still|also|just|never"
    rf"|always|often|once|first|again)[ \t]+)?"
    rf"(?i:{_alternation(REPORTING_VERBS)})(?![\w-])")
_POSSESSIVE = regex.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME})['’]s[ \t]+(?:(?:new|former|ex|old|late|own|younger|"
    rf"older|eldest|youngest)[ \t]+)?(?i:{_alternation(_OWNED)})(?![\w-])")
_SPEECH = regex.compile(r"[\"'‘“]|(?:I|I'm|I’m|I've|I’ve|We|You|My|Me|No|Yes)\b")
_SPEAKER = regex.compile(rf"(?m)(?:^|(?<=[\n\r]))[ \t]*(?P<name>{_NAME})[ \t]*:[ \t]*(?=\S)")


@lru_cache(maxsize=4096)
def context_names(text: str) -> tuple[tuple[int, int, float], ...]:
    """(start, end, score) of capitalised names that a role, relationship, reporting verb,
    possessive or speaker's colon marks as a person, whatever the lexicons say."""
    found = []
    for pattern in (_BEFORE, _GREETED, _INTRODUCED, _AFTER, _POSSESSIVE, _SPEAKER, _NAMED_LOWER):
        for match in pattern.finditer(text, overlapped=pattern is _AFTER):
            words = match.group("name").split()
            if pattern is not _NAMED_LOWER and match.group("name").isupper():
                words = _caps_name(words)  # "CALLER STATES" no; "HAINSWORTH SAID" yes
                if not words:
                    continue
            if pattern is _NAMED_LOWER:
                cut = next((i for i, w in enumerate(words) if not _lower_name(w)), len(words))
                words = words[:cut]  # "named john smith about …": the name ends at "about"
                if not words:
                    continue
                start = match.start("name")
                found.append((start, start + len(" ".join(words)), 0.65))
                continue
            if pattern is _INTRODUCED and (all_common_words(match.group("name"))
                                           or not any(is_known_name(w) for w in words)):
                continue  # "From Monday", "Contact Police": no name
            parts = [p for w in words for p in w.strip(".").split("-") if len(p) > 1]
            if all(w.lower() in FUNCTION_WORDS for w in words) or not any(
                    is_given_name(p, 1000) or (is_known_name(p) and not is_common_word(p))
                    for p in parts):
                continue  # "Analysis:", "the Senior Coroner asked", "She said": no names
            speaks = _SPEECH.match(text, match.end())
            if pattern is _SPEAKER and (
                    not any(is_known_name(w) for w in words)
                    or (all_common_words(match.group("name")) and not speaks)):
                continue  # "Endnote: …", "Smart: …" label a field; "Lily: 'I …'" speaks
            start, end = match.span("name")
            if match.group("name").isupper():
                start = match.start("name") + match.group("name").find(words[0])
                end = start + len(" ".join(words))
            found.append((start, end, WEAK_CONTEXT if pattern is _INTRODUCED else CONTEXT))
    return tuple(found)


def _lower_name(word: str) -> bool:
    """A word written in lower case that can still be a name: known, and no everyday word."""
    return (word not in FUNCTION_WORDS and is_known_name(word)
            and zipf(word) < LOWER_NAME_ZIPF)


def _caps_name(words: list[str]) -> list[str]:
    """The name in a run of capitals, without the ordinary words around it ("FEMALE", "ASKS")."""
    def ordinary(word: str) -> bool:
        return word.lower() in FUNCTION_WORDS or (
            (is_common_word(word) or is_ordinary_word(word))
            and not is_given_name(word, 500) and not is_surname(word, 1000))

    if any(w.lower() in FUNCTION_WORDS for w in words):  # "ASANTE-BOATENG AND PCSO"
        cut = next(i for i, w in enumerate(words) if w.lower() in FUNCTION_WORDS)
        words = words[:cut] if cut else words[1:]
    while words and ordinary(words[0]) and len(words[0].rstrip(".")) > 1:
        words = words[1:]
    while words and ordinary(words[-1]):
        words = words[:-1]  # "FEMALE", "SEIZED" go; the FOX of "JOY FOX" stays
    return words


@cache
def _not_first() -> frozenset[str]:
    """Capitalised words that begin sentences or headings far more often than they are names."""
    return frozenset("""The This That These Those When After Before During On In At By For From
    With Her His Their She He They We Our Mother Father Police Officers Later Then Dear Yours
    Regards Re Subject Action Present Apologies Minutes Meeting Agenda Note Notes Date Time
    Mr Mrs Ms Miss Dr""".split())  # noqa: SIM905 - a word list reads best as text


def find_known_names(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of capitalised word runs that use a known given name or surname, of
    "SURNAME, Forename", and of names written in capitals."""
    found = [(m.start(), m.end(), 0.7) for m in _SURNAME_FIRST.finditer(text)
             if _surname_first(m.group())]
    caps = [(run.start() + seg.start(), seg.group()) for run in _CAPITALS.finditer(text)
            for seg in _CAPS_SEGMENT.finditer(run.group())]
    for at, found_text in [*((m.start(), m.group()) for m in _CANDIDATE.finditer(text)), *caps]:
        match = _Found(at, found_text)
        words = [w for w in regex.split(r"[ \t]+", match.group()) if w]
        start = match.start()
        if match.group().isupper():
            words = _caps_name(words)
            start += match.group().find(words[0]) if words else 0
        if len(words) < 2 or words[0].title() in _not_first():
            continue
        first, last = words[0].strip("'’"), words[-1]
        first_known, last_known = is_given_name(first), is_surname(last.split("-")[-1])
        if match.group().isupper() and not (first_known and last_known and not all(
                is_ordinary_word(w) for w in words)):
            continue  # a run of capitals in a log ("CALLER HAS HEARD") needs both, and a name
        if first_known or last_known:
            score = 0.75 if first_known and last_known else (0.6 if first_known else 0.5)
            end = start + len(" ".join(words)) if match.group().isupper() else match.end()
            found.append((start, end, score))
    return found


class _Found:
    """A piece of text at a place, read like a regex match."""

    def __init__(self, start: int, text: str) -> None:
        self._start, self._text = start, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._start + len(self._text)

    def group(self) -> str:
        return self._text


def _surname_first(text: str) -> bool:
    """Whether "SURNAME, Forename" is one ("PHAM, Zoltan"), not a list ("ED, Bradford")."""
    surname, _, forenames = text.partition(",")
    forename = forenames.split()[0]
    if forename.isupper() and len(forename) <= 3:
        return False  # "FOX, TEL 0113…": a field, not a forename
    return (is_given_name(forename) or not is_ordinary_word(forename)) and (
        len(surname) > 2 or is_surname(surname)) and not is_public_place(forename)


def single_names(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of lone capitalised words that are known names and no common
    English word ("took Ayaan to school"). Where a sentence starts, a capital says nothing, so
    there the word must be a common name and no English word at all ("Ayaan went home")."""
    found = []
    for match in _CANDIDATE.finditer(text):
        word = match.group()
        if " " in word or "\t" in word:
            continue
        base = word.split("-")[0].rstrip("'’")
        before = text[max(0, match.start() - 3):match.start()].rstrip(" \t\"'‘“(")
        if not before or before[-1] in ".!?:;\n\r•–-" or before.endswith("\n"):
            if (is_given_name(base, SENTENCE_START_RANK) or is_surname(base, SENTENCE_START_RANK)) \
                    and not is_ordinary_word(base) and zipf(base) < COMMON_ZIPF:
                found.append((match.start(), match.end(), 0.4))
            continue
        if is_known_name(base) and not is_common_word(base):
            found.append((match.start(), match.end(), 0.45))
    return found


def reads_as_ordinary_words(name: str) -> bool:
    """Whether a capitalised phrase is more likely a title, role or term than a person.

    "Senior Investigating Officer", "Domestic Violence" and "White British" contain an ordinary
    word that is nobody's name; "Felicity Iqbal" contains one too ("felicity"), but also a name
    that is no ordinary word, which outweighs it.
    """
    tokens = [w.strip("'’.,") for w in name.split() if len(w.strip("'’.,")) > 1]
    known = [t for t in tokens if is_known_name(t)]
    if any(not is_ordinary_word(t) for t in known):
        return False  # a name that is no ordinary word: strong evidence of a person
    if any(t.lower() in FUNCTION_WORDS for t in tokens):
        return True  # "Every Child", "The Panel"
    return any(is_ordinary_word(t) and t not in known for t in tokens)


def all_common_words(name: str) -> bool:
    """Whether every word of a name is also a common English word ("Joy Green", "Will")."""
    words = [w.strip("'’.,") for w in regex.split(r"[\s-]+", name)]
    words = [w for w in words if len(w) > 1]  # initials are neither names nor words
    return bool(words) and all(is_common_word(w) for w in words)
