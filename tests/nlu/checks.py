"""Assertions the NLU phrasing tests share; a failure shows the sentence and its mentions."""
from __future__ import annotations

from triage.contract import load_contract

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
