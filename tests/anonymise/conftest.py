"""The analyzer (spaCy model + recognisers) is loaded once for the whole test session."""

from __future__ import annotations

import pytest

from pipeline.anonymise.detect import build_analyzer


@pytest.fixture(scope="session")
def analyzer():
    return build_analyzer()
