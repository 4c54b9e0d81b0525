"""Classes of phrasing behind the missed relief findings of the development sets
(relieved_by_standing_still, relief_minutes), each tested both ways. Every sentence here is
written for these tests; none is a development or held-out sentence."""
from __future__ import annotations

import pytest

FINDING = "relieved_by_standing_still"

STANDING_STILL = [
    # stop / stand, then "I'm ok / fine / right / grand"
    "my thigh cramps on the way to the shop, I stop a moment and I'm fine",
    "both calves tighten near the park gate, halt there, stop for a bit n im ok",
    "calves seize at the crossing, i stop then okay again",
    "the ache comes at the top of the road, I stand a minute and I'm right",
    # "stand a minute / a while / a spell" without "for"
    "once the cramp comes I must stand a moment before I carry on",
    "my buttock aches on the hill and eases if I stand a while",
    # relief "when I stand"
    "the tightness goes when I stand, then I walk on",
    "my calf pain stops if I stand 3 mins at the corner",
    # a time of standing with the relief
    "the calf is tight after the first field, 4 mins standing and it's gone",
    "shin ache, settles within two minutes of standing",
    # stop, comma, relief; stop and wait; stop and ... until it passes
    "I halt at the bridge, I stop, it goes",
    "I have to stop and wait by the gate",
    "I stop and read the notices outside the church until it passes",
    "on the hill I stop, lean on the wall for a few minutes and it settles",
    "stopping fixes it every time",
    "a brief stand by the lamppost and it clears",
    "my calf bothers me by the canal, ah stoap an it settles",
    "the ache goes off within a minute if I just stop",
    "thigh pain at the lights then have to stop 2 min then fine",
    "my calf locks at the market, I stop by the fruit stall for a minute",
    "sitting is quicker but standing still does work",
]

NOT_STANDING_STILL = [
    # rest alone
    "after a rest it gets better",
    # sitting
    "the ache goes when I sit down on a bench",
    # someone else
    "my brother says his calf pain goes when he stops",
    # negation
    "it doesn't ease when I stop",
    "standing still does nothing for it, only sitting helps",
    # standing brings it on
    "my thighs go numb after I stand at the sink",
    # "stand up" from a chair is not standing still to relieve walking pain
    "my knee clicks when I stand up",
]


@pytest.mark.parametrize("text", STANDING_STILL)
def test_standing_still_phrasings(extract, text):
    assert extract(text).findings.get(FINDING) is True, text


@pytest.mark.parametrize("text", NOT_STANDING_STILL)
def test_standing_still_look_alikes(extract, text):
    assert extract(text).findings.get(FINDING) is not True, text


RELIEF_TIME = [
    ("the cramp comes after a quarter mile and abates within three minutes", 3),
    ("my calf aches at the hill, it resolves in 4 minutes", 4),
]


@pytest.mark.parametrize("text, minutes", RELIEF_TIME)
def test_relief_minutes_phrasings(extract, text, minutes):
    got = extract(text).findings.get("relief_minutes")
    assert got is not None and abs(float(got) - minutes) <= 0.5, (text, got)


def test_negated_stop_is_false(extract):
    assert extract("the pain doesn't ease off when I stop").findings.get(FINDING) is not True


@pytest.mark.parametrize("text", ["I can keep going for 10 minutes before my calves hurt",
                                  "after 5 minutes going uphill my calves burn"])
def test_going_on_is_no_relief_time(extract, text):
    # "going" is walking on, not the pain going: no relief cue
    assert extract(text).findings.get("relief_minutes") is None
