"""Assertions the NLU phrasing tests share; a failure shows the sentence and its mentions."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import pytest

from triage.contract import load_contract

ROOT = Path(__file__).resolve().parents[2]

RED_FLAG_CODES = set(load_contract().red_flags)


def assert_found(result, code: str, text: str) -> None:
    assert code in result.red_flags, (text, result.mentions)


def assert_no_red_flag(result, text: str) -> None:
    assert result.red_flags == [], (text, [m for m in result.mentions if m.finding in RED_FLAG_CODES])


def assert_held_as(result, code: str, context: str, text: str) -> None:
    """The red-flag words are seen (so the Rasa component can overrule a red-flag intent),
    in this context only, and are not the person's red flag."""
    assert code not in result.red_flags, (text, result.mentions)
    assert {m.held for m in result.mentions if m.finding == code} == {context}, (text, result.mentions)


def newest_model() -> Optional[Path]:
    """$NLU_MODEL, or the newest model in models/ (None before the first training)."""
    if os.environ.get("NLU_MODEL"):
        return Path(os.environ["NLU_MODEL"])
    models = sorted((ROOT / "models").glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    return models[-1] if models else None


def skip_without(agent, component) -> None:
    """Skip the test when the agent's model was trained without ``component``."""
    if not any(n.uses is component for n in agent.processor.model_metadata.predict_schema.nodes.values()):
        pytest.skip(f"the model was trained without {component.__name__}")
