"""Fixtures for the symptom extractor tests: one spaCy pipeline per session, and one trained
model's agent (the newest in models/, or $NLU_MODEL)."""
from __future__ import annotations

import asyncio

import pytest

from symptom_nlu import SymptomExtractor
from triage.contract import load_contract

from .checks import newest_model


@pytest.fixture(scope="session")
def extractor() -> SymptomExtractor:
    return SymptomExtractor()


@pytest.fixture(scope="session")
def contract():
    return load_contract()


@pytest.fixture(scope="session")
def extract(extractor):
    return extractor.extract


@pytest.fixture(scope="session")
def trained_agent():
    model = newest_model()
    if model is None:
        pytest.skip("no trained model in models/ (make train)")
    from rasa.core.agent import Agent

    return Agent.load(str(model))


@pytest.fixture(scope="session")
def parse_with_model(trained_agent):
    """text -> the trained model's parse result (what POST /model/parse returns)."""
    loop = asyncio.new_event_loop()
    yield lambda text: loop.run_until_complete(trained_agent.parse_message(text))
    loop.close()
