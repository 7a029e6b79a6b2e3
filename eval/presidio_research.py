"""Our anonymiser beside Presidio's defaults on presidio-research's synthetic PII set.

Our own corpus (``eval/eval_anonymise.py``) is written by us, so it can flatter us. This is an
outside benchmark: 1,500 short synthetic texts with gold spans, from microsoft/presidio-research
(MIT). Both systems run on the same spaCy model, each text as its own document, offline.

- Recall per kind of thing: a gold span is found when every letter and digit of it lies inside
  some replacement (``covered`` from ``eval_anonymise``), whatever type the replacement had.
- Words kept: of the words (``\\w+``) outside every gold span we would redact (the targets and
  other identifiers, ``REDACTABLE``), the share no replacement touches. Words inside
  organisations, places, dates, ages, titles and NRP spans count as ordinary words: we do not
  need to redact them, so removing them is a loss.
- Seconds to run each system over the texts (engines built beforehand).

The data set is a TEST set. It is read at run time from outside the repository
(``../shared/data/presidio-research/``, or ``$DHR_PRESIDIO_RESEARCH``) and never copied in:
the JSON written here holds figures only. Do not derive rules or lexicons from its contents;
``--misses`` shows our misses to diagnose classes of failure, not to collect words.

This is a measurement: it exits 0 whatever the figures, 2 if the data set is missing.

    .venv/bin/python eval/presidio_research.py [--limit N] [--misses PERSON 20]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import pairwise
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # imported as eval.presidio_research: find eval_anonymise
    sys.path.insert(0, str(HERE))
DATA_VARIABLE = "DHR_PRESIDIO_RESEARCH"
DEFAULT_DATA = (Path(__file__).resolve().parents[2]
                / "shared/data/presidio-research/synth_dataset_v2.json")
RESULTS = HERE / "presidio_results.json"

Span = tuple[int, int]

# The kinds we must redact, as the data set names them.
GROUPS = {"PERSON": ("PERSON",), "PHONE": ("PHONE_NUMBER",), "EMAIL": ("EMAIL_ADDRESS",),
          "STREET_ADDRESS": ("STREET_ADDRESS",)}
TARGETS = {"PERSON": 0.95, "PHONE": 0.95, "EMAIL": 1.0, "STREET_ADDRESS": 0.90,
           "words_kept": 0.97}
TARGET_TEXT = {"PERSON": ">= 0.95 and ahead of Presidio", "PHONE": ">= 0.95", "EMAIL": "1.00",
               "STREET_ADDRESS": ">= 0.90", "words_kept": ">= 0.97"}
# Other identifiers: not targets (reported only), but redacting them costs nothing, so their
# words are left out of "words kept". A ZIP code is a postcode and a domain a web address,
# both of which we redact in UK form. Every other type in the data (ORGANIZATION, GPE,
# DATE_TIME, AGE, NRP, TITLE, …) is ordinary text that should survive.
IDENTIFIERS = ("CREDIT_CARD", "IBAN_CODE", "US_SSN", "US_DRIVER_LICENSE", "US_PASSPORT",
               "US_BANK_NUMBER", "US_ITIN", "IP_ADDRESS", "ZIP_CODE", "DOMAIN_NAME", "URL",
               "MEDICAL_LICENSE", "CRYPTO", "UK_NHS", "UK_NINO")
REDACTABLE = frozenset(t for types in GROUPS.values() for t in types) | frozenset(IDENTIFIERS)
_WORD = re.compile(r"\w+")


def data_path() -> Path:
    """Where the data set is: ``$DHR_PRESIDIO_RESEARCH``, else beside the repository."""
    return Path(os.environ.get(DATA_VARIABLE) or DEFAULT_DATA)


def load(limit: int | None = None) -> list[dict[str, Any]]:
    """The data set's items (the first ``limit``), read in place; FileNotFoundError if absent,
    so a caller can say where it looked rather than crash mid-run."""
    path = data_path()
    if not path.is_file():
        raise FileNotFoundError(f"presidio-research data set not found: expected it at {path} "
                                f"(or set {DATA_VARIABLE}).")
    items = json.loads(path.read_text(encoding="utf-8"))
    return items[:limit] if limit is not None else items


@contextmanager
def no_network() -> Iterator[list[str]]:
    """Refuse every socket and name look-up for the duration, recording attempts: the eval
    must run offline, and a library quietly reaching out (tldextract, spaCy) should fail loudly
    here rather than hang on a machine without a network."""
    attempts: list[str] = []
    # Methods are patched, not the class: ssl subclasses socket.socket when first imported.
    targets = [(socket.socket, "connect"), (socket.socket, "connect_ex"),
               (socket.socket, "sendto"), (socket, "getaddrinfo"),
               (socket, "create_connection")]
    saved = [(owner, name, vars(owner).get(name)) for owner, name in targets]

    def refuse(name: str) -> Callable[..., Any]:
        def refused(*args: Any, **kwargs: Any) -> Any:
            attempts.append(f"{name} {args[-1]!r}" if args else name)
            raise OSError(f"network access refused during the eval ({name})")
        return refused

    for owner, name in targets:
        setattr(owner, name, refuse(name))
    try:
        yield attempts
    finally:
        for owner, name, original in saved:
            if original is None:  # inherited (socket.socket.connect): uncover it again
                delattr(owner, name)
            else:
                setattr(owner, name, original)


def spans_ours(texts: list[str], analyzer: Any) -> list[list[Span]]:
    """What our stage replaces in each text, each text planned as its own document with an
    empty pseudonym map (no one known in advance: detection alone)."""
    from pipeline.anonymise.pseudonyms import PseudonymMap
    from pipeline.anonymise.rewrite import plan_replacements

    empty = PseudonymMap((), (), ())
    found = []
    for text in texts:
        plan = plan_replacements([text], empty, analyzer)
        found.append([(h.start, h.end) for h in plan.matcher.find(text)])
    return found


@contextmanager
def presidio_classes_only() -> Iterator[None]:
    """Let Presidio's default registry find only Presidio's own recogniser classes.

    It looks each default recogniser up by class name among every subclass of
    EntityRecognizer loaded in the process, and ours (``pipeline.anonymise.recognisers``,
    loaded with our analyzer) reuse three of its names: EmailRecognizer, PhoneRecognizer and
    UrlRecognizer. Without this, building Presidio's defaults after our analyzer picks our
    classes (and fails to construct them, or could quietly run our UK recognisers).
    """
    from presidio_analyzer.recognizer_registry.recognizers_loader_utils import (
        RecognizerListLoader,
    )

    found = RecognizerListLoader.get_all_existing_recognizers

    def presidio_only(cls: Any = None) -> set[Any]:
        return {c for c in found(cls) if c.__module__.startswith("presidio_analyzer.")}

    RecognizerListLoader.get_all_existing_recognizers = staticmethod(presidio_only)
    try:
        yield
    finally:
        RecognizerListLoader.get_all_existing_recognizers = staticmethod(found)


def build_presidio(model: str) -> tuple[Any, Any]:
    """Presidio's analyzer (default recognisers, full spaCy pipeline) on our model, and its
    anonymizer; the web look-up tldextract would make is switched off first."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    from pipeline.anonymise.detect import _no_network_lookups

    _no_network_lookups()
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]})
    with presidio_classes_only():
        analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(),
                                  supported_languages=["en"])
    strangers = [type(r).__module__ for r in analyzer.registry.recognizers
                 if not type(r).__module__.startswith("presidio_analyzer.")]
    if strangers:
        raise RuntimeError(f"Presidio's default registry holds recognisers from {strangers}")
    return analyzer, AnonymizerEngine()


def _replaced_spans(anonymizer: Any, text: str, results: list[Any],
                    output: Any) -> list[Span] | None:
    """The spans the anonymizer replaced, in ``text``'s coordinates.

    Its output items give positions in the output only, and the lengths of what they replaced
    cannot be recovered from it. So the anonymizer's own steps before it operates (sort,
    conflict resolution, merging across spaces) are run again on the same results, and the
    spans are accepted only if replacing them with its items' texts rebuilds its output
    exactly; otherwise None (as when two results of different types partly overlap).
    """
    from presidio_anonymizer.entities import ConflictResolutionStrategy

    try:
        copied = sorted(anonymizer._copy_recognizer_results(results),
                        key=lambda r: (r.start, r.end))
        resolved = anonymizer._remove_conflicts_and_get_text_manipulation_data(
            copied, ConflictResolutionStrategy.MERGE_SIMILAR_OR_CONTAINED)
        merged = anonymizer._merge_entities_with_spaces_between(text, resolved)
    except AttributeError:  # another Presidio version: fall back to the raw results
        return None
    spans = sorted((r.start, r.end) for r in merged)
    replacements = [i.text for i in sorted(output.items, key=lambda i: i.start)]
    if len(spans) != len(replacements) or any(
            a[1] > b[0] for a, b in pairwise(spans)):
        return None
    rebuilt, position = [], 0
    for (start, end), new in zip(spans, replacements, strict=True):
        rebuilt += [text[position:start], new]
        position = end
    rebuilt.append(text[position:])
    return spans if "".join(rebuilt) == output.text else None


def spans_presidio(texts: list[str], engines: tuple[Any, Any]) -> tuple[list[list[Span]], int]:
    """What Presidio's defaults replace in each text: all entities, default threshold, default
    operators. The spans are the ones the anonymizer actually replaced (after its conflict
    resolution and merging, ``_replaced_spans``); where they cannot be confirmed against its
    output, the analyzer's raw results stand in (counted, second value)."""
    analyzer, anonymizer = engines
    found, fallbacks = [], 0
    for text in texts:
        results = analyzer.analyze(text=text, language="en")
        anonymised = anonymizer.anonymize(text=text, analyzer_results=results)
        spans = _replaced_spans(anonymizer, text, results, anonymised)
        if spans is None:
            fallbacks += 1
            spans = [(r.start, r.end) for r in results]
        found.append(spans)
    return found, fallbacks


def group_of(entity_type: str) -> str:
    """The report row for a data set type: one of GROUPS, else the type itself."""
    return next((g for g, types in GROUPS.items() if entity_type in types), entity_type)


def _touches(start: int, end: int, spans: list[Span]) -> bool:
    return any(s < end and start < e for s, e in spans)


def score(items: list[dict[str, Any]], found: list[list[Span]]) -> dict[str, Any]:
    """Recall per group and per other type, person spans left untouched, and words kept."""
    from eval_anonymise import covered  # here, not at the top: eval_anonymise may import us

    gold, ok, untouched = Counter(), Counter(), 0
    words = {"outside": Counter(), "in_context_spans": Counter()}
    for item, spans in zip(items, found, strict=True):
        text = item["full_text"]
        for g in item["spans"]:
            s, e, group = g["start_position"], g["end_position"], group_of(g["entity_type"])
            gold[group] += 1
            ok[group] += covered(text, s, e, spans)
            if group == "PERSON" and not _touches(s, e, spans):
                untouched += 1
        redactable = [(g["start_position"], g["end_position"]) for g in item["spans"]
                      if g["entity_type"] in REDACTABLE]
        other = [(g["start_position"], g["end_position"]) for g in item["spans"]
                 if g["entity_type"] not in REDACTABLE]
        for w in _WORD.finditer(text):
            if _touches(w.start(), w.end(), redactable):
                continue
            where = "in_context_spans" if _touches(w.start(), w.end(), other) else "outside"
            words[where]["all"] += 1
            words[where]["kept"] += not _touches(w.start(), w.end(), spans)
    kept = sum(c["kept"] for c in words.values())
    total = sum(c["all"] for c in words.values())

    def row(group: str) -> dict[str, Any]:
        return {"gold": gold[group], "ok": ok[group],
                "recall": ok[group] / gold[group] if gold[group] else None}

    return {
        "groups": {g: row(g) for g in GROUPS},
        "other_types": {t: row(t) for t in sorted(set(gold) - set(GROUPS))},
        "person_spans_untouched": untouched / gold["PERSON"] if gold["PERSON"] else None,
        "words_kept": kept / total if total else None,
        "words": {"all": total, "kept": kept,
                  **{where: {"all": c["all"], "kept": c["kept"],
                             "share": c["kept"] / c["all"] if c["all"] else None}
                     for where, c in words.items()}},
    }


def _measure(items: list[dict[str, Any]], analyzer: Any,
             model: str) -> tuple[dict[str, Any], list[list[Span]]]:
    """Both systems over the items, offline; the figures and our spans (for ``--misses``)."""
    texts = [item["full_text"] for item in items]
    with no_network() as attempts:
        started = time.perf_counter()
        ours = spans_ours(texts, analyzer)
        ours_seconds = time.perf_counter() - started
        started = time.perf_counter()
        engines = build_presidio(model)
        presidio_setup = time.perf_counter() - started
        started = time.perf_counter()
        theirs, fallbacks = spans_presidio(texts, engines)
        presidio_seconds = time.perf_counter() - started
    results = {
        "data": {"path": str(data_path()), "texts": len(texts)},
        "model": model,
        "ours": {**score(items, ours), "seconds": ours_seconds},
        "presidio": {**score(items, theirs), "seconds": presidio_seconds,
                     "setup_seconds": presidio_setup, "unmapped_anonymizer_results": fallbacks},
        "targets": TARGETS,
        "redactable_types": sorted(REDACTABLE),
        "network_attempts": attempts,
    }
    ours_fig, theirs_fig = results["ours"], results["presidio"]
    results["met"] = {
        **{g: (ours_fig["groups"][g]["recall"] or 0) >= TARGETS[g] for g in GROUPS},
        "words_kept": (ours_fig["words_kept"] or 0) >= TARGETS["words_kept"],
        "PERSON_ahead_of_presidio": (ours_fig["groups"]["PERSON"]["recall"] or 0)
        > (theirs_fig["groups"]["PERSON"]["recall"] or 0),
    }
    return results, ours


def evaluate(analyzer: Any, limit: int | None = None) -> dict[str, Any]:
    """The figures for our ``analyzer`` beside Presidio's defaults on the same model (for
    ``eval_anonymise``); raises FileNotFoundError when the data set is missing."""
    from pipeline.anonymise.detect import model_name

    return _measure(load(limit), analyzer, model_name())[0]


def _fmt(value: float | None) -> str:
    return "  –  " if value is None else f"{value:.3f}"


def report(results: dict[str, Any]) -> None:
    """The side-by-side table."""
    ours, theirs, data = results["ours"], results["presidio"], results["data"]
    try:
        shown = os.path.relpath(data["path"], Path.cwd())
    except ValueError:
        shown = data["path"]
    print(f"presidio-research synth_dataset_v2 ({data['texts']} texts; read from {shown}; "
          f"model {results['model']})")
    print(f"  {'':<22}{'ours':>8}{'presidio':>10}   {'gold':>5}  target")
    for g in GROUPS:
        mark = "met" if results["met"][g] else "MISSED"
        label = g if g == "STREET_ADDRESS" else f"{g} recall"
        print(f"  {label:<22}{_fmt(ours['groups'][g]['recall']):>8}"
              f"{_fmt(theirs['groups'][g]['recall']):>10}   {ours['groups'][g]['gold']:>5}  "
              f"{TARGET_TEXT[g]}  ({mark}"
              + (", ahead" if g == "PERSON" and results["met"]["PERSON_ahead_of_presidio"]
                 else ", not ahead" if g == "PERSON" else "") + ")")
    print(f"  {'person spans untouched':<22}{_fmt(ours['person_spans_untouched']):>8}"
          f"{_fmt(theirs['person_spans_untouched']):>10}")
    mark = "met" if results["met"]["words_kept"] else "MISSED"
    print(f"  {'words kept':<22}{_fmt(ours['words_kept']):>8}{_fmt(theirs['words_kept']):>10}"
          f"   {ours['words']['all']:>5}  {TARGET_TEXT['words_kept']}  ({mark})")
    for where, label in (("outside", "  outside gold spans"),
                         ("in_context_spans", "  in org/place/date…")):
        print(f"  {label:<22}{_fmt(ours['words'][where]['share']):>8}"
              f"{_fmt(theirs['words'][where]['share']):>10}   {ours['words'][where]['all']:>5}")
    print(f"  {'seconds':<22}{ours['seconds']:>8.1f}{theirs['seconds']:>10.1f}"
          f"   (Presidio engine built in {theirs['setup_seconds']:.1f} s, not counted)")
    print("  (other types, recall ours / presidio (gold), not targets; * = identifier, its words "
          "left out of 'words kept')")
    for t, row in ours["other_types"].items():
        star = "*" if t in REDACTABLE else " "
        print(f"   {star}{t:<21}{_fmt(row['recall']):>8}"
              f"{_fmt(theirs['other_types'][t]['recall']):>10}   {row['gold']:>5}")
    if theirs["unmapped_anonymizer_results"]:
        print(f"  note: in {theirs['unmapped_anonymizer_results']} texts Presidio's output could "
              "not be confirmed; its analyzer results were used there")
    if results["network_attempts"]:
        print(f"  WARNING: network access was attempted and refused: "
              f"{results['network_attempts'][:5]}")


def show_misses(items: list[dict[str, Any]], found: list[list[Span]], group: str,
                limit: int) -> None:
    """Up to ``limit`` gold spans of ``group`` our system missed, in context (developer aid)."""
    from eval_anonymise import context, covered

    print(f"\nWARNING: this is a TEST set. Read these misses to see classes of failure (a "
          f"format, a casing, a position); do not add its words to lexicons or rules.\n"
          f"our missed {group} spans (first {limit}):")
    shown = 0
    for number, (item, spans) in enumerate(zip(items, found, strict=True)):
        text = item["full_text"]
        for g in item["spans"]:
            s, e = g["start_position"], g["end_position"]
            if group_of(g["entity_type"]) != group or covered(text, s, e, spans):
                continue
            part = [text[hs:he] for hs, he in spans if hs < e and s < he]
            note = f"  (replaced only {part})" if part else ""
            print(f"  #{number} {text[s:e]!r}{note}\n      {context(text, s, e)}")
            shown += 1
            if shown >= limit:
                return


def main(argv: list[str] | None = None) -> None:
    """Run both systems, print the table, save the figures (exit 0; 2 without the data)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--limit", type=int, metavar="N", help="only the first N texts")
    parser.add_argument("--misses", nargs=2, metavar=("KIND", "N"),
                        help=f"print up to N of our missed spans of KIND "
                             f"({', '.join(GROUPS)} or a data set type)")
    args = parser.parse_args(argv)
    try:
        items = load(args.limit)
    except FileNotFoundError as exc:
        print(exc, file=sys.stderr)
        sys.exit(2)
    from pipeline.anonymise.detect import build_analyzer, model_name

    with no_network():
        analyzer = build_analyzer(model_name())
    results, ours = _measure(items, analyzer, model_name())
    report(results)
    if args.misses:
        show_misses(items, ours, args.misses[0].upper(), int(args.misses[1]))
    if args.limit is None:  # the saved figures are always for the whole set
        RESULTS.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    else:
        print(f"  (--limit: {RESULTS.name} not written)")


if __name__ == "__main__":
    main()
