"""Classes of phrasing behind the safety errors of the thirteenth held-out set's first run
(docs/measurements/nlu_eval_heldout13_first_run.md), each tested both ways. Every sentence here
is written for these tests; none is a held-out sentence."""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

RED_FLAG_FOUND = [
    # a minor wound word on a part of the foot, or with a time: still a wound
    ("there's a blister on the ball of my foot, three weeks now", "foot_wound"),
    ("a little hole on the bottom of my foot that the nurse dresses", "foot_wound"),
    ("mi have a cut pon mi toe from Christmas", "foot_wound"),
    ("a blister from my new shoes on my heel, still raw", "foot_wound"),
    ("I scraped my shin on the step two months ago and it still hasn't healed", "foot_wound"),
    # a purpose is no denial: "so nothing rubs the ulcer"
    ("I wear sandals so nothing rubs the ulcer on my toe", "foot_wound"),
]


@pytest.mark.parametrize("text,code", RED_FLAG_FOUND)
def test_red_flag_phrasing_is_found(extract, text, code):
    assert_found(extract(text), code, text)


NOT_A_RED_FLAG = [
    # "hole", "cut", "nick", "crack" in other senses: golf, a canal, the nails, a phone
    "by the 4th hole both calves were aching",
    "we walk down the cut to the lock and my thighs ache",
    "I nicked my toe cutting my nails, calves cramp on hills",
    "cracked my phone screen, anyway my calves ache at 200 m",
    "had a cut in my hours at work so I walk more and my calves ache",
    # Scots "whit" is "what"
    "Whit's this test they do on the ankles?",
]


@pytest.mark.parametrize("text", NOT_A_RED_FLAG)
def test_no_red_flag_is_invented(extract, text):
    assert_no_red_flag(extract(text), text)
