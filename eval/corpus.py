"""An annotated synthetic corpus for measuring the anonymise stage (``make eval``).

A leaked name is the worst failure, so the stage needs a measurement, not anecdotes: report-style
paragraphs (Overview Report, IMR, chronology) whose every name, identifier and agency is marked
with its character span. Built from a fixed seed, and written to ``corpus.jsonl`` and
``corpus_map.yaml`` beside this file (committed, so the figures in ``results.json`` are
reproducible). Every person, number and address is invented: phones in Ofcom's drama ranges,
NHS numbers in the 999 test range, QQ NI numbers, example.org, the fictional NB postcode area.

    .venv/bin/python eval/corpus.py
"""

from __future__ import annotations

import itertools
import json
import random
import re
from collections import Counter
from pathlib import Path

import corpus_vocab as vocab  # beside this file (run as a script, eval/ is on sys.path)
import yaml

from pipeline.anonymise.pseudonyms import parse_map
from pipeline.anonymise.recognisers import nhs_checksum_ok

HERE = Path(__file__).resolve().parent
CORPUS, MAP = HERE / "corpus.jsonl", HERE / "corpus_map.yaml"
SEED, PARAGRAPHS = 20240611, 360
Span = tuple[int, int, str, str]  # start, end, label, form (how the thing was written)
Piece = tuple[str, list[Span]]


def _whole(text: str, label: str, form: str, skip: int = 0, tail: str = "") -> Piece:
    """``text`` + ``tail`` with one span over ``text`` minus its first ``skip`` characters."""
    return text + tail, [(skip, len(text), label, form)]


def mapped(rng: random.Random, person: tuple, possessive: bool = False) -> Piece:
    """One person from the map, in one of the forms records use."""
    name, aliases, title, *_ = person
    first, last = name.split()[0], name.split()[-1]
    forms = [("title and surname", f"{title} {last}", len(title) + 1),
             ("title and full name", f"{title} {name}", len(title) + 1),
             ("full name", name, 0), ("all caps", name.upper(), 0),
             ("initial and surname", f"{first[0]}. {last}", 0),
             ("surname, forename", f"{last.upper()}, {first}", 0), ("surname", last, 0)]
    if person[4] != "professional":
        forms += [("first name", first, 0)] * 3 + [("alias", a, 0) for a in aliases]
    if "-" in last:
        part = rng.choice(last.split("-"))
        forms.append(("title and part of surname", f"{title} {part}", len(title) + 1))
    form, text, skip = rng.choice(forms)
    tail = rng.choice(["'s", "’s"]) if possessive else ""
    return _whole(text, "MAPPED_PERSON", form + " possessive" * possessive, skip, tail)


class Unmapped:
    """People the map does not name, dealt from shuffled decks so each name is used in turn."""

    def __init__(self, rng: random.Random) -> None:
        self.rng, self.firsts, self.lasts = rng, [], []
        self.recent: list[tuple[str, str]] = []

    def next(self) -> tuple[str, str]:
        """A forename and surname, refilling either deck when it runs out."""
        self.firsts = self.firsts or self.rng.sample(vocab.U_FIRST, len(vocab.U_FIRST))
        self.lasts = self.lasts or self.rng.sample(vocab.U_LAST, len(vocab.U_LAST))
        self.recent.append((self.firsts.pop(), self.lasts.pop()))
        return self.recent[-1]


def unmapped(rng: random.Random, slot: str, people: Unmapped) -> Piece:
    """A person the map does not name, written as ``slot`` asks (``u_f``: the last one met,
    by forename alone, as statements refer back to someone introduced earlier)."""
    if slot == "u_f" and people.recent:
        return _whole(people.recent[-1][0], "UNMAPPED_PERSON", "first name after full name")
    (first, last), title = people.next(), rng.choice(vocab.U_TITLES)
    text, form, skip = {
        "u_t": (f"{title} {first} {last}", "title and full name", len(title) + 1),
        "u_ts": (f"{title} {last}", "title and surname", len(title) + 1),
        "u_cs": (f"{last.upper()}, {first}", "surname, forename", 0),
        "U": (f"{first} {last}".upper(), "all caps", 0),
    }.get(slot, (f"{first} {last}", "full name", 0))
    return _whole(text, "UNMAPPED_PERSON", form, skip)


def nhs_number(rng: random.Random) -> str:
    """A checksum-valid number in the 999 range NHS Digital reserves for testing."""
    while not nhs_checksum_ok(digits := f"999{rng.randrange(10**7):07d}"):
        pass
    return digits


def identifier(rng: random.Random, slot: str) -> Piece:
    """A synthetic identifier of the kind ``slot`` names, in one of its usual spellings."""
    n = rng.randrange(1000)
    if slot == "phone":
        text = rng.choice([f"07700 900{n:03d}", f"07700900{n:03d}", f"+44 7700 900{n:03d}",
                           f"0116 496 0{n:03d}", f"(0116) 496 0{n:03d}", f"07700 900 {n:03d}"])
        return _whole(text, "UK_PHONE", "phone")
    if slot == "nhs":
        d = nhs_number(rng)
        return _whole(rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d, f"{d[:3]}-{d[3:6]}-{d[6:]}"]),
                      "UK_NHS", "NHS number")
    if slot == "nino":
        d = f"{rng.randrange(10**6):06d}"
        text = rng.choice([f"QQ {d[:2]} {d[2:4]} {d[4:]} {'ABCD'[n % 4]}", f"QQ{d}{'ABCD'[n % 4]}"])
        return _whole(text, "UK_NINO", "NI number")
    if slot == "postcode":
        if rng.random() < 0.15:
            return _whole(vocab.PLACES[1][0], "UK_POSTCODE", "postcode in the map")
        inward = f"{rng.randrange(10)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDHJLNTZ')}"
        return _whole(f"NB{rng.randrange(1, 10)}{rng.choice([' ', ' ', ''])}{inward}",
                      "UK_POSTCODE", "postcode")
    if slot == "address":
        if rng.random() < 0.15:
            return _whole(vocab.PLACES[0][0], "STREET_ADDRESS", "address in the map")
        street = f"{n % 120 + 1} {rng.choice(vocab.STREETS)} {rng.choice(vocab.STREET_TYPES)}"
        flat = rng.choice(["", "", f"Flat {n % 9 + 1}, "])
        return _whole(flat + street, "STREET_ADDRESS", "flat and street" if flat else "street")
    if slot == "email":
        user = rng.choice([f"{rng.choice(vocab.U_FIRST).lower()}.{n}", f"t.r{n}", f"dh{n}.home"])
        return _whole(f"{user}@example.org", "EMAIL_ADDRESS", "email")
    if slot == "url":
        return _whole(rng.choice([f"https://social.example.com/profile/{n}",
                                  f"www.example.org/fundraiser/{n}",
                                  f"http://forum.example.org/thread?id={n}"]), "URL", "url")
    if slot == "dob":  # the keyword stays; only the date is the identifier
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1958, 2004)
        key = rng.choice(["DOB ", "born on ", "date of birth ", "d.o.b. ", "DOB: "])
        name = vocab.MONTHS[month - 1]
        date = rng.choice([f"{day:02d}/{month:02d}/{year}", f"{day} {name} {year}",
                           f"{year}-{month:02d}-{day:02d}", f"{day:02d}.{month:02d}.{year}"])
        text, spans = _whole(date, "DATE_OF_BIRTH", key.strip(" :"))
        return f"({key}{text})", [(s + len(key) + 1, e + len(key) + 1, lab, f)
                                  for s, e, lab, f in spans]
    raise ValueError(slot)


def fill(rng: random.Random, slot: str, people: Unmapped) -> Piece:
    """The text (and gold spans) for one ``{slot}`` of a template."""
    role = slot.removesuffix("_pos")
    group = [p for p in vocab.PEOPLE if p[5] == role]
    if group:
        return mapped(rng, rng.choice(group), slot.endswith("_pos"))
    if slot in ("u", "u_t", "u_ts", "u_f", "u_cs", "U"):
        return unmapped(rng, slot, people)
    if slot == "agency":
        kept = rng.random() < 0.75
        text = rng.choice(vocab.KEPT if kept else vocab.GENERIC)
        return _whole(text, "AGENCY", "in keep list" if kept else "generic (not in keep list)")
    if slot == "date":  # chronology dates are not identifiers: they must survive
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2018, 2022)
        return rng.choice([f"{day:02d}/{month:02d}/{year}",
                           f"{day} {vocab.MONTHS[month - 1]} {year}"]), []
    return identifier(rng, slot)


def render(template: str, rng: random.Random, people: Unmapped) -> Piece:
    """A template with every ``{slot}`` filled, spans shifted to their place in the text."""
    out, spans, at = [], [], 0
    for part in re.split(r"(\{\w+\})", template):
        text, found = fill(rng, part[1:-1], people) if part.startswith("{") else (part, [])
        spans += [(s + at, e + at, label, form) for s, e, label, form in found]
        out.append(text)
        at += len(text)
    return "".join(out), spans


def build(seed: int = SEED, count: int = PARAGRAPHS) -> list[dict]:
    """``count`` paragraphs in the three voices of a review, each with its gold spans."""
    rng, paragraphs = random.Random(seed), []
    people = Unmapped(rng)
    for index in range(count):
        voice = rng.choice(["chronology", "imr", "overview"])
        prefix = {"chronology": "{date} – ", "imr": f"{index // 40 + 2}.{index % 40 + 1} ",
                  "overview": ""}[voice]
        body = prefix + " ".join(rng.sample(vocab.SENTENCES, rng.randint(2, 4)))
        text, spans = render(body, rng, people)
        paragraphs.append({"id": index + 1, "voice": voice, "text": text,
                           "spans": [list(s) for s in spans]})
    return paragraphs


def pseudonym_map() -> dict:
    """The corpus's own map, laid out as a council's map file is."""
    people = [{"name": n, "aliases": a, "title": t, "pseudonym": p, "role": r}
              for n, a, t, p, r, _ in vocab.PEOPLE]
    return {"people": people, "places": [{"name": n, "pseudonym": p} for n, p in vocab.PLACES],
            "keep": vocab.KEEP}


def main() -> None:
    """Write the corpus and its map, after checking the map loads and spans are sound."""
    raw = pseudonym_map()
    parse_map(raw, "eval corpus map")
    mapped_words = {w for p in vocab.PEOPLE for f in (p[0], *p[1]) for w in re.split(r"[ -]", f)}
    unmapped_words = {w for n in vocab.U_FIRST + vocab.U_LAST for w in n.split("-")}
    assert not mapped_words & unmapped_words, "an unmapped name is also in the map"
    paragraphs = build()
    for p in paragraphs:
        ends = [(s, e) for s, e, *_ in sorted(p["spans"])]
        assert all(e1 <= s2 for (_, e1), (s2, _) in itertools.pairwise(ends)), p["id"]
    MAP.write_text("# Synthetic, invented for the anonymise evaluation. Generated by "
                   "eval/corpus.py.\n" + yaml.safe_dump(raw, sort_keys=False, allow_unicode=True,
                                                        width=100), encoding="utf-8")
    with CORPUS.open("w", encoding="utf-8") as out:
        for p in paragraphs:
            out.write(json.dumps(p, ensure_ascii=False) + "\n")
    counts = Counter(span[2] for p in paragraphs for span in p["spans"])
    words = sum(len(p["text"].split()) for p in paragraphs)
    print(f"wrote {CORPUS.name} ({len(paragraphs)} paragraphs, {words} words) and {MAP.name}")
    for label, n in sorted(counts.items()):
        print(f"  {label:<16}{n:5d}")


if __name__ == "__main__":
    main()
