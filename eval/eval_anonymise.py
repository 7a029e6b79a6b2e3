"""Accuracy of the anonymise stage on the annotated synthetic corpus (``make eval``).

A leaked real name is the worst failure, so recall is measured per kind of thing to redact, on
the same code path as a document (``anonymise_texts``: all paragraphs as one document, the map
first, then NER and the UK recognisers). Agencies must survive, so for them the figure is the
share left untouched. Precision is per detector family: hits that touch a redactable gold span
over all hits. Every missed span is printed (the corpus is synthetic) so gaps can be fixed.

This is a measurement: it exits 0 whatever the figures, and 2 only if the corpus is missing.

    .venv/bin/python eval/eval_anonymise.py        (corpus: .venv/bin/python eval/corpus.py)
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
CORPUS, MAP, RESULTS = HERE / "corpus.jsonl", HERE / "corpus_map.yaml", HERE / "results.json"
IDENTIFIERS = ("UK_PHONE", "EMAIL_ADDRESS", "UK_NHS", "UK_NINO", "UK_POSTCODE", "DATE_OF_BIRTH",
               "STREET_ADDRESS", "URL")
TARGETS = {"MAPPED_PERSON": 1.0, "UNMAPPED_PERSON": 0.95, **dict.fromkeys(IDENTIFIERS, 1.0),
           "AGENCY": 0.99}
FAMILIES = ("map", "ner", "pattern", "decision")


def load() -> tuple[list[dict[str, Any]], Any]:
    """The corpus paragraphs and its pseudonym map; stop with a hint if either is missing."""
    from pipeline.anonymise.pseudonyms import parse_map

    missing = [p.name for p in (CORPUS, MAP) if not p.is_file()]
    if missing:
        print(f"eval: {', '.join(missing)} not found in {HERE}; build the corpus with "
              "'.venv/bin/python eval/corpus.py'.", file=sys.stderr)
        sys.exit(2)
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    paragraphs = [json.loads(line) for line in lines if line.strip()]
    pmap = parse_map(yaml.safe_load(MAP.read_text(encoding="utf-8")), str(MAP))
    return paragraphs, pmap


def covered(text: str, start: int, end: int, hits: list[tuple[int, int]]) -> bool:
    """Whether every letter and digit of ``text[start:end]`` lies inside some replacement.

    Letters and digits, not every character: "Lucy Tran" replaced as two hits leaves nothing
    identifying even though the space between was not part of either.
    """
    return all(any(s <= i < e for s, e in hits)
               for i in range(start, end) if text[i].isalnum())


def context(text: str, start: int, end: int, width: int = 45) -> str:
    """The span in its sentence, marked with [[ ]], on one line."""
    before, after = text[max(0, start - width):start], text[end:end + width]
    return " ".join(f"…{before}[[{text[start:end]}]]{after}…".split())


def evaluate(paragraphs: list[dict[str, Any]], pmap: Any, analyzer: Any) -> dict[str, Any]:
    """Run the stage over the corpus and score every gold span and every hit."""
    from pipeline.anonymise.detect import PLACEHOLDERS, detect
    from pipeline.anonymise.rewrite import anonymise_texts

    texts = [p["text"] for p in paragraphs]
    _, plan = anonymise_texts(texts, pmap, analyzer)
    # Each unmapped mention on its own: did any name detector propose it where it stands (an
    # upper bound: the stage may still drop a proposal), without the document-wide rules
    # carrying a name found elsewhere to it? Shows how much the headline relies on repetition.
    found = detect(texts, analyzer)
    alone, alone_ok, alone_missed = Counter(), Counter(), []
    gold, ok = Counter(), Counter()
    forms: dict[str, Counter] = defaultdict(Counter)
    form_ok: dict[str, Counter] = defaultdict(Counter)
    missed: list[dict[str, Any]] = []
    family_hits, family_true = Counter(), Counter()
    false_pos: Counter = Counter()
    for para, text, detected in zip(paragraphs, texts, found, strict=True):
        hits = plan.matcher.find(text)
        spans = [(h.start, h.end) for h in hits]
        redactable = [(s, e) for s, e, label, _ in para["spans"] if label != "AGENCY"]
        people = [(d.start, d.end) for d in detected if d.entity not in PLACEHOLDERS]
        for s, e, label, form in para["spans"]:
            if label == "UNMAPPED_PERSON":
                here = covered(text, s, e, people)
                alone[form], alone_ok[form] = alone[form] + 1, alone_ok[form] + here
                if not here:
                    alone_missed.append({"paragraph": para["id"], "form": form,
                                         "text": text[s:e], "context": context(text, s, e)})
            if label == "AGENCY":
                good = not any(hs < e and s < he for hs, he in spans)
            else:
                good = covered(text, s, e, spans)
            gold[label] += 1
            ok[label] += good
            forms[label][form] += 1
            form_ok[label][form] += good
            if not good:
                done = [h.original for h in hits if h.start < e and s < h.end]
                missed.append({"paragraph": para["id"], "label": label, "form": form,
                               "text": text[s:e], "replaced": done,
                               "context": context(text, s, e)})
        for hit in hits:
            family_hits[hit.rule.detector] += 1
            if any(s < hit.end and hit.start < e for s, e in redactable):
                family_true[hit.rule.detector] += 1
            else:
                false_pos[(hit.rule.detector, hit.rule.entity, hit.original)] += 1
    labels = {
        label: {"gold": gold[label], "ok": ok[label],
                "recall": ok[label] / gold[label] if gold[label] else None,
                "target": target, "met": bool(gold[label]) and ok[label] / gold[label] >= target,
                "by_form": {f: [form_ok[label][f], n] for f, n in sorted(forms[label].items())}}
        for label, target in TARGETS.items()
    }
    precision = {f: {"hits": family_hits[f], "true": family_true[f],
                     "precision": family_true[f] / family_hits[f] if family_hits[f] else None}
                 for f in (*FAMILIES, *sorted(set(family_hits) - set(FAMILIES)))}
    total_hits, total_true = sum(family_hits.values()), sum(family_true.values())
    precision["overall"] = {"hits": total_hits, "true": total_true,
                            "precision": total_true / total_hits if total_hits else None}
    return {"corpus": {"paragraphs": len(paragraphs),
                       "words": sum(len(t.split()) for t in texts)},
            "labels": labels, "precision": precision, "missed": missed,
            "unmapped_ner_alone": {
                "gold": alone.total(), "ok": alone_ok.total(),
                "recall": alone_ok.total() / alone.total() if alone else None,
                "by_form": {f: [alone_ok[f], n] for f, n in sorted(alone.items())},
                "missed": alone_missed},
            "false_positives": [{"detector": d, "entity": en, "text": t, "count": n}
                                for (d, en, t), n in false_pos.most_common()]}


def pct(value: float | None) -> str:
    """A share as a percentage, or a dash when there was nothing to count."""
    return "   –  " if value is None else f"{value * 100:5.1f}%"


def report(results: dict[str, Any], seconds: float) -> None:
    """Print the tables, every missed span and the commonest false positives."""
    corpus = results["corpus"]
    print(f"anonymise accuracy: {corpus['paragraphs']} paragraphs, {corpus['words']} words, "
          f"one document ({seconds:.1f} s)")
    print(f"  {'label':<17}{'gold':>6}{'ok':>6}  {'recall':>7}  {'target':>7}")
    for label, row in results["labels"].items():
        name = "AGENCY (intact)" if label == "AGENCY" else label
        mark = "OK" if row["met"] else "MISSED"
        print(f"  {name:<17}{row['gold']:6d}{row['ok']:6d}  {pct(row['recall']):>7}  "
              f">={row['target'] * 100:4.0f}%  {mark}")
    row = results["unmapped_ner_alone"]
    print(f"  UNMAPPED_PERSON found by the detectors where it stands (no other mention carried "
          f"over): {row['ok']}/{row['gold']} = {pct(row['recall']).strip()}\n    by form: "
          + ", ".join(f"{f} {ok}/{n}" for f, (ok, n) in row["by_form"].items()))
    print(f"\n  {'precision by detector':<24}{'hits':>6}{'true':>6}  {'precision':>9}")
    for family, row in results["precision"].items():
        print(f"  {family:<24}{row['hits']:6d}{row['true']:6d}  {pct(row['precision']):>9}")
    weak = [(label, form, ok, n) for label, row in results["labels"].items()
            for form, (ok, n) in row["by_form"].items() if ok < n]
    if weak:
        print("\n  forms with misses (label, form: ok/gold)")
        for label, form, ok, n in weak:
            print(f"    {label:<17}{form:<34}{ok:4d}/{n}")
    print(f"\nmissed gold spans ({len(results['missed'])}):")
    for miss in results["missed"]:
        part = f"  (replaced only {miss['replaced']})" if miss["replaced"] else ""
        print(f"  [{miss['label']} / {miss['form']}] {miss['text']!r}{part}\n"
              f"      p{miss['paragraph']}: {miss['context']}")
    fps = results["false_positives"]
    print(f"\nfalse positives ({sum(f['count'] for f in fps)} hits, {len(fps)} distinct; "
          f"commonest 20, all in {RESULTS.name}):")
    for fp in fps[:20]:
        print(f"  {fp['count']:4d} x {fp['detector']:<8}{fp['entity']:<16}{fp['text']!r}")


def main() -> None:
    """Measure on every corpus, print and save the figures (exit 0):

    1. the tuning corpus (``corpus.jsonl``: written with the rules, every miss printed);
    2. the development corpus (``dev/``: tuned on, figures only here);
    3. the held-out corpus (``heldout/``: never tuned on, figures only, misses never shown);
    4. presidio-research's synthetic PII set, beside Presidio's defaults on the same model
       (read from ``../shared/data``; skipped with a note when it is not there).
    """
    import eval_heldout
    import presidio_research

    paragraphs, pmap = load()
    from pipeline.anonymise.detect import build_analyzer, model_name

    analyzer = build_analyzer(model_name())
    started = time.perf_counter()
    results = evaluate(paragraphs, pmap, analyzer)
    results["model"] = model_name()
    report(results, time.perf_counter() - started)
    for name, folder in (("dev", eval_heldout.DEV), ("heldout", eval_heldout.HELD_OUT)):
        results[name] = eval_heldout.evaluate(analyzer, folder)
        eval_heldout.report(results[name])
    print()
    try:
        results["presidio_research"] = presidio_research.evaluate(analyzer)
    except FileNotFoundError as exc:
        print(f"presidio-research: skipped ({exc})")
    else:
        presidio_research.report(results["presidio_research"])
    RESULTS.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n",
                       encoding="utf-8")


if __name__ == "__main__":
    main()
