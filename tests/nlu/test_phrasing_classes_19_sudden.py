"""Sudden severe pain in words the red-flag suspicion was leaning on (thirteenth session): found
while choosing new sentences for tests/nlu/test_red_flag_suspicion.py, when the model trained
with dev18 no longer suspected one of its examples. Each class tested both ways; every sentence
is written for these tests."""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_no_red_flag

RED_FLAG_FOUND = [
    # "nothing" of "went from nothing to ..." is no denial
    ("my calf went from nothing to the worst pain I have ever known in a few seconds", "sudden_severe_pain"),
    ("the leg went from nothing at all to agony in a minute", "sudden_severe_pain"),
    # a burning said with a sudden onset
    ("all of a sudden my left leg was on fire, I couldn't bear it", "sudden_severe_pain"),
    # a blade, with a sudden onset
    ("out of nowhere it felt like a knife stuck into my calf", "sudden_severe_pain"),
    ("in a split second my thigh was like a blade going through it", "sudden_severe_pain"),
    # a leg gone dead, then how fast; severity in idioms
    ("my right leg went dead in the space of a few seconds", "sudden_severe_pain"),
    ("came on out of nowhere, the pain in my calf is off the charts", "sudden_severe_pain"),
    ("all at once my foot hurt like nothing I have ever felt", "sudden_severe_pain"),
    # "on fire" is a pain: at night it is pain at rest
    ("my toes are on fire in bed at night", "rest_pain"),
]

NO_RED_FLAG = [
    "nothing to report about my feet, calves ache after a mile",
    "my calves are on fire when I walk up the hill, better when I stop",
    "suddenly when I walk fast my calves are on fire, it eases standing still",
    "the pain is like a knife going through my calf when I walk, eases in a minute",
    "I cut my finger on a knife suddenly this morning",
    # dead legs with walking, recovering within a minute: claudication
    "my legs go dead after 300 yards and in the space of a minute they come back",
    "the pain is off the scale on hills but goes when I stop",
]


@pytest.mark.parametrize("text,code", RED_FLAG_FOUND)
def test_red_flag_phrasing_is_found(extract, text, code):
    assert_found(extract(text), code, text)


@pytest.mark.parametrize("text", NO_RED_FLAG)
def test_no_red_flag_is_found(extract, text):
    assert_no_red_flag(extract(text), text)
