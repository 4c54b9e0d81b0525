"""Classes of phrasing behind the safety errors left on the fourteenth set (now dev14.yml) and
found by the fifteenth held-out set's first run (docs/measurements/nlu_eval_heldout15_first_run.md),
each tested both ways. Every sentence here is written for these tests; none is a held-out sentence."""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_no_red_flag

RED_FLAG_FOUND = [
    # rest pain: "even" and a rest state, a long stretch of scene, then the pain (14 tokens)
    ("Even sat in my recliner of an evening with the radio on, my toes ache now.", "rest_pain"),
    ("even lying on the settee after tea watching the news, my feet burn something awful", "rest_pain"),
    # colour: "numb and blue" stands though "out of the blue" lies between it and the leg
    ("my leg started hurting out of the blue, it's numb and kinda blue.", "color_or_temperature_change"),
    ("out of the blue this morning my left foot went weird, it's cold and very pale", "color_or_temperature_change"),
]


@pytest.mark.parametrize("text,code", RED_FLAG_FOUND)
def test_red_flag_phrasing_is_found(extract, text, code):
    assert_found(extract(text), code, text)


NO_RED_FLAG = [
    # ...but a relief after the pain is relief, not pain at rest
    "even sitting down on the bench halfway round the park for a bit, the calf ache goes off",
    "Even sat in my chair with a cuppa for five minutes, the pain in my calves fades right away.",
    # "out of the blue" is still no colour, and "not numb or blue" is denied
    "my calf cramped out of the blue on the hill, then it eased and it's fine now",
    "the pain in my leg came out of the blue yesterday but it's not numb or blue or anything",
]


@pytest.mark.parametrize("text", NO_RED_FLAG)
def test_no_red_flag_is_found(extract, text):
    assert_no_red_flag(extract(text), text)
