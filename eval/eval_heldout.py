"""The held-out corpus: anonymisation measured on text no one tuned the detector on.

``eval/heldout/`` holds letters, minutes, case notes, police logs, GP and IDVA records of one
synthetic case, written (by ``heldout/build.py``) before any tuning on it, with names of many
origins chosen without the detector's lexicons. Each document is anonymised as one document with
the case's map, which names only the victim, the perpetrator and the victim's mother.

Only figures are printed for it, never the misses: a held-out set whose misses are read and
fixed one by one stops being held out. ``eval/dev/`` is the same kind of corpus (another case,
another writer) to tune on: ``.venv/bin/python eval/eval_heldout.py`` prints its misses. The
figures:

- mapped and unmapped people: the share of mentions whose every letter was replaced, and how
  many unmapped people were left whole (some mention untouched) anywhere;
- identifying places and identifiers: the share replaced;
- distractors (months, medicines, laws, public places, agencies, ordinary words that look like
  names): the share left exactly as written; other words: the share of words outside every
  annotated span that no replacement touched.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import yaml
from eval_anonymise import covered  # beside this file (run as a script, eval/ is on sys.path)

HELD_OUT = Path(__file__).resolve().parent / "heldout"
DEV = Path(__file__).resolve().parent / "dev"
PHONES = ("UK_PHONE", "PHONE")
TARGETS = {"MAPPED_PERSON": 1.0, "UNMAPPED_PERSON": 0.99, "KEEP": 0.97, "OTHER_WORDS": 0.98}


def changed(hit: Any) -> tuple[int, int]:
    """The part of a replacement's span that really changed: "Mrs Greenwood" → "Mrs Laura"
    keeps "Mrs", which is a word kept, not a word lost."""
    start, end = hit.start, hit.end
    old, new = hit.original.split(" "), hit.replacement.split(" ")
    while len(old) > 1 and len(new) > 1 and old[0] == new[0]:
        start += len(old[0]) + 1
        old, new = old[1:], new[1:]
    while len(old) > 1 and len(new) > 1 and old[-1] == new[-1]:
        end -= len(old[-1]) + 1
        old, new = old[:-1], new[:-1]
    return start, end


def load(folder: Path) -> tuple[dict[str, list[dict[str, Any]]], Any]:
    """The documents (paragraphs grouped by document, in order) and the case's map."""
    from pipeline.anonymise.pseudonyms import parse_map

    documents: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in (folder / "documents.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            paragraph = json.loads(line)
            documents[paragraph["doc"]].append(paragraph)
    path = folder / "map.yaml"
    return documents, parse_map(yaml.safe_load(path.read_text(encoding="utf-8")), str(path))


def evaluate(analyzer: Any, folder: Path = HELD_OUT, misses: bool = False) -> dict[str, Any]:
    """Anonymise every document and score every annotated span and every other word; with
    ``misses`` (the development set only) list what went wrong."""
    from pipeline.anonymise.rewrite import anonymise_texts

    if misses and folder == HELD_OUT:
        raise ValueError("the held-out corpus's misses are never shown: tune on eval/dev")
    documents, pmap = load(folder)
    wrong: list[str] = []
    gold, ok = Counter(), Counter()
    untouched: dict[str, bool] = {}
    placeholders_for_places = Counter()
    other, other_ok = 0, 0
    for paragraphs in documents.values():
        texts = [p["text"] for p in paragraphs]
        _, plan = anonymise_texts(texts, pmap, analyzer)
        for paragraph, text in zip(paragraphs, texts, strict=True):
            hits = plan.matcher.find(text)
            spans = [changed(h) for h in hits]
            for start, end, label, person in paragraph["spans"]:
                label = "PHONE" if label in PHONES else label
                touched = any(s < end and start < e for s, e in spans)
                good = not touched if label == "KEEP" else covered(text, start, end, spans)
                gold[label] += 1
                ok[label] += good
                if misses and not good:
                    done = [f"{h.original}→{h.replacement}" for h in hits
                            if h.start < end and start < h.end]
                    wrong.append(f"{label:<16}{text[start:end]!r} {done or ''}  …"
                                 f"{' '.join(text[max(0, start - 40):end + 40].split())}…")
                if label == "UNMAPPED_PERSON":
                    untouched[person] = untouched.get(person, False) or not touched
                if label == "PLACE":
                    placeholders_for_places[next((h.replacement.split()[0] for h in hits
                                                  if h.start < end and start < h.end), "kept")] += 1
            annotated = [(s, e) for s, e, _, _ in paragraph["spans"]]
            for word in re.finditer(r"\w+", text):
                if any(s <= word.start() < e for s, e in annotated):
                    continue
                other += 1
                kept = not any(s < word.end() and word.start() < e for s, e in spans)
                other_ok += kept
                if misses and not kept:
                    around = " ".join(text[max(0, word.start() - 40):word.end() + 40].split())
                    wrong.append(f"{'OTHER_WORD':<16}{word.group()!r}  …{around}…")
    gold["OTHER_WORDS"], ok["OTHER_WORDS"] = other, other_ok
    labels = {label: {"gold": gold[label], "ok": ok[label],
                      "share": ok[label] / gold[label] if gold[label] else None,
                      "target": TARGETS.get(label, 1.0)}
              for label in sorted(gold, key=lambda x: (x not in TARGETS, x))}
    return {"documents": len(documents), "paragraphs": sum(map(len, documents.values())),
            "labels": labels,
            "unmapped_people": {"people": len(untouched),
                                "left_whole_somewhere": sum(untouched.values())},
            "place_placeholders": dict(placeholders_for_places), "misses": wrong,
            "name": folder.name}


def report(results: dict[str, Any]) -> None:
    """Figures only: the held-out misses are not printed, so they cannot be tuned on."""
    title = ("held-out corpus" if results["name"] == HELD_OUT.name else
             f"{results['name']} corpus")
    print(f"\n{title} ({results['documents']} documents, {results['paragraphs']} paragraphs"
          + ("; never tuned on, misses not shown)" if results["name"] == HELD_OUT.name else ")"))
    print(f"  {'label':<17}{'gold':>6}{'ok':>6}  {'share':>7}  {'target':>7}")
    for label, row in results["labels"].items():
        name = {"KEEP": "distractors kept", "OTHER_WORDS": "other words kept"}.get(label, label)
        mark = "OK" if row["share"] is not None and row["share"] >= row["target"] else "MISSED"
        share = "   –  " if row["share"] is None else f"{row['share'] * 100:5.1f}%"
        print(f"  {name:<17}{row['gold']:6d}{row['ok']:6d}  {share:>7}  "
              f">={row['target'] * 100:4.0f}%  {mark}")
    people = results["unmapped_people"]
    print(f"  unmapped people left whole somewhere: {people['left_whole_somewhere']} of "
          f"{people['people']} (target 0)")
    print("  places replaced by: " + ", ".join(f"{k} {v}" for k, v in
                                               sorted(results["place_placeholders"].items())))
    for line in results["misses"]:
        print("  " + line)


if __name__ == "__main__":  # the development corpus with every miss: what to work on
    from pipeline.anonymise.detect import build_analyzer, model_name

    report(evaluate(build_analyzer(model_name()), DEV, misses=True))
