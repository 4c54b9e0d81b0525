"""Fixtures for the symptom extractor tests: one spaCy pipeline per session."""
from __future__ import annotations

import pytest

from symptom_nlu import SymptomExtractor
from triage.contract import load_contract


@pytest.fixture(scope="session")
def extractor() -> SymptomExtractor:
    return SymptomExtractor()


@pytest.fixture(scope="session")
def contract():
    return load_contract()


@pytest.fixture(scope="session")
def extract(extractor):
    return extractor.extract
