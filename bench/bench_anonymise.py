"""Benchmark: ``dhr anonymise`` on a 50,000-word draft against a bare spaCy NER pass.

The target is the whole command (process start to the written, verified file) within 1.5x of
the least any anonymiser must do: load the same model with only tok2vec and ner, read the same
paragraphs with python-docx and run them through ``nlp.pipe``. Both run side by side in one
run, in fresh processes, so machine speed cancels out. The naive way (Presidio's default
analyzer, full pipeline, ``analyze`` per paragraph) is timed too, to show what batching saves.
This script prints figures; it never passes or fails on time.

    .venv/bin/python bench/bench_anonymise.py [--words 50000] [--repeat 1]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from docx import Document

from pipeline.anonymise.detect import model_name
from pipeline.anonymise.pseudonyms import load_map
from pipeline.anonymise.recognisers import nhs_checksum_ok

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / ".data"
MAP = ROOT / "pseudonym_maps" / "northbridge-01.yaml"
SEED, WORDS_PER_PARAGRAPH, TARGET_RATIO = 20240612, 83, 1.5
# Invented people the map does not name, and the sample case's agencies.
UNMAPPED = ["Lucy Tran", "Dr Omar Haddad", "Mr Patel", "Shona McAllister", "Wojciech Nowicki",
            "Mrs Fatima Begum", "Niamh O'Doherty", "Kwame Asante", "DS Hamza Siddiqui",
            "Rebecca Lindqvist", "Mr Pilbeam", "Ifeoma Nwosu", "Tariq Mahmood", "Dr Eilidh Dunbar"]
AGENCIES = ["Northbridge Police", "Northbridge Women's Aid", "Northbridge Health Centre",
            "Northbridge City Council Adult Social Care", "Northbridge Homes", "the MARAC",
            "Northbridge NHS Foundation Trust", "Children's Services", "the IDVA service"]
ABUSE = ["pushed her against a wall", "taken her phone and bank card", "threatened to kill her",
         "put his hands around her neck", "stopped her seeing her family", "followed her to work",
         "sent more than sixty messages in one night", "damaged the front door"]
SENTENCES = [
    "On {date} {staff} spoke to {victim} at {agency} about her safety at home.",
    "{victim} told {staff} that {perp} had {abuse}, and she asked for the call to be kept "
    "confidential.",
    "{perp} denied that he had {abuse} when he was interviewed by {staff} on {date}.",
    "{family} contacted {agency} on {phone} because she was worried about {victim}.",
    "The panel considered whether {agency} should have shared what it knew about {perp} with "
    "{agency} at that point, and concluded that it should.",
    "{unmapped}, who worked with {victim}, told the review that {perp} often waited outside "
    "at the end of her shift.",
    "Records show that {victim} lived at 14 Elm Road, NB3 7QT, with {family} at the time.",
    "{staff} completed a DASH risk assessment, graded as high risk, and referred the case to "
    "{agency}.",
    "Learning point: practitioners at {agency} did not ask about domestic abuse while {perp} "
    "was in the room, and no one saw {victim} alone.",
    "The referral gave her date of birth as {dob}, NHS number {nhs}, NI number {nino} and "
    "email {email}.",
    "{unmapped} said that {victim} had become quieter over the year and rarely went out.",
    "{staff} wrote to {victim} on {date} but the letter was opened by {perp}.",
    "After the separation {perp} moved to {address} and gave the new address to {agency}.",
    "This was a missed opportunity to consider the risk {perp} posed to {victim} and to {family}.",
]
HEADINGS = ["Introduction", "Terms of reference", "Methodology", "Involvement of family and "
            "friends", "Background information", "Chronology of agency contact", "Overview",
            "Analysis", "Conclusions", "Lessons to be learned", "Recommendations"]


def people() -> dict[str, list[str]]:
    """Forms of the sample map's people, by role, as a report writes them."""
    roles: dict[str, list[str]] = {"victim": [], "perp": [], "family": [], "staff": []}
    for person in load_map(MAP).people:
        first, last = person.name.split()[0], person.name.split()[-1]
        role = {"victim": "victim", "perpetrator": "perp", "professional": "staff"}.get(
            person.role or "", "family")
        roles[role] += [person.name, f"{person.title} {last}", *person.aliases,
                        *([first, first.upper()] if role != "staff" else [])]
    return roles


def nhs_number(rng: random.Random) -> str:
    """A checksum-valid NHS number in the 999 test range, grouped 3-3-4."""
    while not nhs_checksum_ok(digits := f"999{rng.randrange(10**7):07d}"):
        pass
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def sentence(rng: random.Random, roles: dict[str, list[str]]) -> str:
    """One template sentence with every slot filled."""
    n = rng.randrange(1000)
    values = {
        "victim": rng.choice(roles["victim"]), "perp": rng.choice(roles["perp"]),
        "family": rng.choice(roles["family"]), "staff": rng.choice(roles["staff"]),
        "unmapped": rng.choice(UNMAPPED), "agency": rng.choice(AGENCIES),
        "abuse": rng.choice(ABUSE), "phone": f"07700 900{n:03d}", "email": f"a.b{n}@example.org",
        "date": f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2019, 2022)}",
        "dob": f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1970, 1995)}",
        "nhs": nhs_number(rng), "nino": f"QQ {n % 90 + 10} 34 56 C",
        "address": f"{n % 90 + 1} Foundry Close, NB5 {n % 9}AB",
    }
    return rng.choice(SENTENCES).format_map(values)


def generate(path: Path, words: int) -> dict[str, int]:
    """Write the draft: headings, paragraphs, two tables, a header and a footer."""
    rng, roles, doc = random.Random(SEED), people(), Document()
    section = doc.sections[0]
    section.header.paragraphs[0].text = "OFFICIAL-SENSITIVE DRAFT: DHR NB01 Overview Report"
    section.footer.paragraphs[0].text = "Draft by DI Fiona Castell for the Review Panel"
    doc.add_heading("Domestic Homicide Review: Overview Report (draft)", 0)
    table = doc.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Agency", "Author", "Contact"], strict=True):
        cell.text = text
    for agency in AGENCIES:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = agency, rng.choice(roles["staff"])
        cells[2].text = f"0116 496 0{rng.randrange(1000):03d}"
    step = max(1, round(words / WORDS_PER_PARAGRAPH / len(HEADINGS)))
    total, count, events = 0, 0, None
    while total < words:  # words of body paragraphs and table cells, as the baseline reads
        if count % step == 0:
            number = count // step
            doc.add_heading(f"{number + 1}. {HEADINGS[number % len(HEADINGS)]}", 1)
        parts: list[str] = []
        goal = rng.randint(WORDS_PER_PARAGRAPH - 30, WORDS_PER_PARAGRAPH + 10)
        while sum(len(p.split()) for p in parts) < goal:
            parts.append(sentence(rng, roles))
        total += len(doc.add_paragraph(" ".join(parts)).text.split())
        count += 1
        if events is None and total >= words // 2:
            events = doc.add_table(rows=0, cols=2)
            for _ in range(15):
                row = events.add_row().cells
                row[0].text, row[1].text = f"{rng.randint(1, 28):02d}/03/2021", sentence(rng, roles)
                total += len(row[1].text.split()) + 1
    texts = read_paragraphs(path, doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return {"words": sum(len(t.split()) for t in texts), "paragraphs": len(texts),
            "body_paragraphs": count}


def read_paragraphs(path: Path, doc: Any = None) -> list[str]:
    """Body paragraphs and table cells, as the bare spaCy pass reads them."""
    doc = doc or Document(str(path))
    texts = [p.text for p in doc.paragraphs]
    texts += [p.text for t in doc.tables for r in t.rows for c in r.cells for p in c.paragraphs]
    return [t for t in texts if t.strip()]


# The baselines: the same model, the same paragraphs (body paragraphs and table cells).
READ = """import sys, docx
d = docx.Document(sys.argv[1])
paragraphs = [p.text for p in d.paragraphs]
paragraphs += [p.text for t in d.tables for r in t.rows for c in r.cells for p in c.paragraphs]
paragraphs = [p for p in paragraphs if p.strip()]
"""
BARE = READ + """import spacy
nlp = spacy.load(sys.argv[2])
nlp.select_pipes(enable=["tok2vec", "ner"])
docs = list(nlp.pipe(paragraphs, batch_size=64))
print(len(docs), sum(len(doc.ents) for doc in docs))"""
NAIVE = READ + """from pipeline.anonymise.detect import _no_network_lookups
_no_network_lookups()
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider
config = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": sys.argv[2]}]}
engine = NlpEngineProvider(nlp_configuration=config).create_engine()
analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
print(len(paragraphs), sum(len(analyzer.analyze(text=p, language="en")) for p in paragraphs))"""


def timed(command: list[str], may_fail: bool = False) -> tuple[float, str]:
    """Wall time of ``command`` in a fresh process, and what it printed.

    A baseline that fails stops the benchmark. ``dhr`` may fail (``may_fail``): its time is
    still reported, since a refusal at verification comes after all the work, and the failure
    is printed and makes the benchmark exit non-zero.
    """
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        message = (f"{Path(command[0]).name} {command[1]} exited with {done.returncode}:\n"
                   f"{done.stdout[-2000:]}{done.stderr[-3000:]}")
        if not may_fail:
            sys.exit(message)
        return seconds, f"FAILED: {message}"
    return seconds, done.stdout.strip()


def main() -> None:
    """Build (or reuse) the draft, time the three runs, print and save the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    folder, model = DATA / "anonymise", model_name()
    draft, marker = folder / f"draft-{args.words}.docx", folder / f"draft-{args.words}.json"
    if marker.is_file() and draft.is_file():
        counts = json.loads(marker.read_text(encoding="utf-8"))
    else:
        print(f"generating {draft} ...", flush=True)
        counts = generate(draft, args.words)
        marker.write_text(json.dumps(counts), encoding="utf-8")  # last: marks a complete draft
    dhr = Path(sys.executable).parent / "dhr"
    dhr_command = str(dhr) if dhr.is_file() else shutil.which("dhr") or "dhr"
    py = sys.executable
    timed([py, "-c", f"import docx, presidio_analyzer, spacy; spacy.load({model!r})"])  # warm-up
    runs: dict[str, list[float]] = {"bare": [], "dhr": [], "naive": []}
    summary = ""
    for _ in range(max(1, args.repeat)):
        runs["bare"].append(timed([py, "-c", BARE, str(draft), model])[0])
        with tempfile.TemporaryDirectory(prefix="dhr-bench-") as tmp:
            out = Path(tmp) / "anon.docx"
            seconds, said = timed([dhr_command, "anonymise", str(draft), "--map", str(MAP),
                                   "--out", str(out)], may_fail=True)
            if not said.startswith("FAILED") and not out.is_file():
                said = f"FAILED: dhr anonymise did not write {out}"
            summary = said if not summary.startswith("FAILED") else summary
            runs["dhr"].append(seconds)
        runs["naive"].append(timed([py, "-c", NAIVE, str(draft), model])[0])
    median = {name: statistics.median(times) for name, times in runs.items()}
    ratio = median["dhr"] / median["bare"]
    failed = summary.startswith("FAILED")
    mark = "FAILED (see below)" if failed else "OK" if ratio <= TARGET_RATIO else "MISSED"
    words = counts["words"]
    print(f"anonymise benchmark: {words:,}-word draft ({counts['paragraphs']} paragraphs and "
          f"cells), model {model}, median of {len(runs['dhr'])}")
    for name, label in (("bare", "bare spaCy NER (tok2vec+ner), nlp.pipe"),
                        ("dhr", "dhr anonymise, file written"),
                        ("naive", "naive Presidio, analyze per paragraph")):
        print(f"  {label:<40}{median[name]:7.2f} s  {words / median[name]:8.0f} words/s")
    print(f"  {'ratio dhr / bare spaCy':<40}{ratio:7.2f}    target <= {TARGET_RATIO:.2f}  {mark}")
    print(f"  {'ratio naive / bare spaCy':<40}{median['naive'] / median['bare']:7.2f}")
    print(f"  dhr said: {summary if failed else (summary.splitlines() or ['(nothing)'])[0]}")
    results = {**counts, "model": model, "repeat": len(runs["dhr"]),
               **{f"{name}_s": value for name, value in median.items()},
               **{f"{name}_words_per_s": words / value for name, value in median.items()},
               "ratio": ratio, "target_ratio": TARGET_RATIO, "ratio_met": mark == "OK",
               "dhr_failed": failed,
               "naive_ratio": median["naive"] / median["bare"],
               "runs_s": runs, "dhr_summary": summary}
    DATA.mkdir(parents=True, exist_ok=True)
    (DATA / "results-anonymise.json").write_text(json.dumps(results, indent=2) + "\n",
                                                 encoding="utf-8")
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
