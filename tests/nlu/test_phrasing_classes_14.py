"""Classes of phrasing of the eleventh session, each tested both ways: a question someone asked,
answered yes in the report (context.yml hypothetical.answered_yes), and the safety errors of the
eighteenth held-out set's first run (docs/measurements/). Every sentence here is written for these
tests; none is a held-out sentence."""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

RED_FLAG_FOUND = [
    # a question someone asked, answered yes in the report: the person's own
    ("the doctor asked if I had ulcers on my feet and I said yes", "foot_wound"),
    ("the nurse asked if my foot goes cold and I told her it does", "color_or_temperature_change"),
    ("the nurse asked if my foot goes cold and I said yes it does, most days", "color_or_temperature_change"),
    ("she asked if my toes ever go blue, and they do", "color_or_temperature_change"),
    ("The GP asked if I get pain in bed at night. I said yes.", "rest_pain"),
    ("the physio asked if my calf was swollen and hot and I said yes and she sent me for a scan", "dvt_signs"),
]

HELD = [
    # asked and not answered, or the hypothesis goes on after "and I ...": still a question
    ("the doctor asked if I had ulcers on my feet", "foot_wound", "hypothetical"),
    ("what if my foot goes black and I have to lose it", "color_or_temperature_change", "hypothetical"),
    ("what if my toes turn blue and I do nothing about it", "color_or_temperature_change", "hypothetical"),
]

NO_RED_FLAG = [
    # asked and answered no
    "the doctor asked if I had ulcers on my feet and I said no",
]


@pytest.mark.parametrize("text,code", RED_FLAG_FOUND)
def test_red_flag_phrasing_is_found(extract, text, code):
    assert_found(extract(text), code, text)


@pytest.mark.parametrize("text,code,context", HELD)
def test_red_flag_words_held_as_not_the_persons_now(extract, text, code, context):
    assert_held_as(extract(text), code, context, text)


@pytest.mark.parametrize("text", NO_RED_FLAG)
def test_no_red_flag_is_found(extract, text):
    assert_no_red_flag(extract(text), text)
