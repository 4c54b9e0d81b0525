"""Classes of phrasing behind the twenty-first held-out set's missed red flags, each tested both ways.
Every sentence here is written for these tests; none is a held-out or development-set sentence.

- rest: the pain named first, then "comes on when I'm sitting still"; pain in the evenings when I sit
  down; woken at a night-time hour, the pain after a comma; "it" carried over a comma ("it does in
  bed, wakes me"); "(that's) there even when I'm not walking"; learners' "painful even I am resting";
- sudden: the knife said before "all of a sudden"; a high pain score from nothing;
- colour: the limb suddenly painful and then pale / white with no limb named again; "darkish";
- dvt: the leg swollen, then the calf named again and warm; learners' "swollen one side".
"""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

RED_FLAG_FOUND = [
    ("the ache in my right foot now comes on when I'm sitting quietly", "rest_pain"),
    ("the burning in my toes starts when I am lying still", "rest_pain"),
    ("I get pain in my calf in the evenings when I sit down", "rest_pain"),
    # the multi-word "as soon as" once made the whole line ask for "when soon as i": the lateral
    # word and an adverb between showed it
    ("I get an ache in my right calf in the evenings when I finally sit down", "rest_pain"),
    ("a burning in my left foot of an evening as soon as I sit down", "rest_pain"),
    ("wakes me up at 2am some nights, an ache in my heel", "rest_pain"),
    ("yes it does in bed, wakes me every night", "rest_pain"),
    ("a throbbing in my toes that's there even when I'm not moving", "rest_pain"),
    ("my legs are paining even I am sitting now", "rest_pain"),
    ("an ache like a knife in my calf all of a sudden", "sudden_severe_pain"),
    ("my calf went from nothing to an 8 out of 10 in a minute", "sudden_severe_pain"),
    ("the foot has suddenly gone really painful and white", "color_or_temperature_change"),
    ("my left leg suddenly gave the worst pain, cold as ice", "color_or_temperature_change"),
    ("the skin on my shin has turned darkish", "color_or_temperature_change"),
    ("my left calf is swollen below the knee and the leg aches and is red", "dvt_signs"),
    ("my leg is puffy one side only", "dvt_signs"),
]

HELD = [
    ("my mum's foot has suddenly gone painful and pale", "color_or_temperature_change", "other_person"),
    ("what if my leg is swollen one side?", "dvt_signs", "hypothetical"),
]

NO_RED_FLAG = [
    "it eases when I sit down in the evening",
    "my calf aches when I walk and settles when I sit down",
    "my calf aches when I walk and in the evenings when I sit down it's fine",
    "my right calf aches in the evenings when I sit down it eases off",
    "the ache in my calf goes as soon as I sit down in the evening",
    "it hurts when I walk, even when I'm not walking far",
    "a 9 out of 10 pain when I walk up hills, goes when I stop",
    "pale ale",
    "my wife's leg went pale suddenly",
    "what if my leg swelled after a flight?",
    "my legs swell a bit on long flights but go down the next day",
    "the pain comes on when I walk and goes when I sit",
]


@pytest.mark.parametrize("text,code", RED_FLAG_FOUND)
def test_red_flag_phrasing_is_found(extract, text, code):
    assert_found(extract(text), code, text)


@pytest.mark.parametrize("text,code,context", HELD)
def test_red_flag_words_are_held(extract, text, code, context):
    assert_held_as(extract(text), code, context, text)


@pytest.mark.parametrize("text", NO_RED_FLAG)
def test_no_red_flag_is_found(extract, text):
    assert_no_red_flag(extract(text), text)
