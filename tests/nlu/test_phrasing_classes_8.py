"""Classes of phrasing behind the safety errors of the eleventh held-out set's first run
(docs/measurements/nlu_eval_heldout11_first_run.md), each tested both ways. Every sentence here
is written for these tests; none is a held-out sentence."""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

# KNOWN (not fixed): someone else's leg named far before a bare "DVT" ("my mate at the gym's leg
# swelled up red and hot, turned out to be a DVT"): the other-person trigger reaches 12 tokens.

RED_FLAG_FOUND = [
    # rest pain: the foot named before "dangling" / "hanging", "out the bed"; "now (also) when
    # sitting"; "present at rest"
    ("I've had my left foot hanging out the bed half the night, it's the only relief", "rest_pain"),
    ("most nights now my feet are dangling over the side of the bed", "rest_pain"),
    ("calves hurt on walks, now even when I'm sitting in the car", "rest_pain"),
    ("it started on the hill but now also when sitting at my desk", "rest_pain"),
    ("the ache is present at rest these days", "rest_pain"),
    ("it's there at rest too now, in both feet", "rest_pain"),
    # sudden severe pain: an intensified "sharp" with a recent onset
    ("ten minutes ago a really sharp pain went through my calf and it's not easing", "sudden_severe_pain"),
    ("half an hour ago, out of nowhere, an insanely sharp pain in my thigh", "sudden_severe_pain"),
    # cauda equina: the wiping named first; a numb saddle before "plus" another item
    ("when I wipe I can't feel the paper at all", "cauda_equina_signs"),
    ("after I wipe, I can't feel anything down there", "cauda_equina_signs"),
    ("my saddle area has gone numb, plus my calves ache when I walk", "cauda_equina_signs"),
    # colour: Geordie "gannin" (going), "purply"
    ("me big toe's gannin black", "color_or_temperature_change"),
    ("the toes on my right foot have gone purply", "color_or_temperature_change"),
]


@pytest.mark.parametrize("text,code", RED_FLAG_FOUND)
def test_red_flag_phrasing_is_found(extract, text, code):
    assert_found(extract(text), code, text)


NOT_A_RED_FLAG = [
    # relief said with "now when sitting"
    "my calves hurt on the hill, it eases now when I'm sitting down",
    "it goes now when I sit for a minute",
    # "sharp" without an intensifier or an onset, or about walking
    "a sharp pain in my calf after 200 yards that goes when I stop",
    # legs that give out on a walk outdoors, relieved by leaning on a trolley (neurogenic claudication)
    "round the shops with the trolley I'm fine, but on the pavement my legs give out after a bit",
    # "in case" and "plus" inside what a gap would have joined
    "I check my feet every night in case they go blue",
    "my toes in case they turn black one day, that's what scares me",
    # what a sign would mean, as a clinician said it
    "the nurse said a hot swollen calf would mean a clot, mine just aches on walks",
    "my GP explained that a cold white foot can mean a blocked artery, my feet are fine",
    # over: warmed up fine, settled with treatment, a phase that passed
    "my toes went white once in the cold sea but it was fine after warming up",
    "I had a spell of pain in bed at night in the spring, it settled with the new tablets",
    "I went through a phase of night pain two winters ago, now it's only on hills",
    # someone else's: a reflexive, an unnamed person from a place or a group
    "my uncle had that spinal thing, wet himself at the bus stop, poor man. I only get sore calves",
    "a lad from work had chest pain on a run and it was his heart. I just get calf pain",
    "one of the lads on my team had a foot go black, my calves only cramp",
    "my brother's calf swelled up, turned out to be a DVT. I get cramp on hills",
]


@pytest.mark.parametrize("text", NOT_A_RED_FLAG)
def test_look_alike_is_not_a_red_flag(extract, text):
    assert_no_red_flag(extract(text), text)


HELD = [
    ("I keep looking at my toes in case they go dark", "color_or_temperature_change", "hypothetical"),
    ("the physio said a swollen red calf would mean a clot", "dvt_signs", "hypothetical"),
    ("my feet went blue last winter skating but it was fine after warming up", "color_or_temperature_change",
     "historical"),
    ("I went through a phase of pain in bed at night, it settled with the new tablets", "rest_pain", "historical"),
    ("my grandad peed himself when his back went", "cauda_equina_signs", "other_person"),
    ("a bloke from the allotment has a swollen red hot calf", "dvt_signs", "other_person"),
    ("my sister's leg swelled up, ended up being a DVT", "dvt_signs", "other_person"),
]


@pytest.mark.parametrize("text,code,context", HELD)
def test_red_flag_words_in_context_are_held(extract, text, code, context):
    assert_held_as(extract(text), code, context, text)


@pytest.mark.parametrize(
    "text,code",
    [
        # the person's own, whatever follows: a question about what it means, a scan that confirmed it
        ("my calf is swollen, red and hot, could that mean a clot?", "dvt_signs"),
        ("my left leg swelled up red and hot, turned out to be a clot on the scan this morning", "dvt_signs"),
        ("the doctor said a clot is likely, my calf is swollen and hot", "dvt_signs"),
        # a reflexive of the person themself
        ("I wet myself on the way to the shop, first time ever, and my legs feel weak", "cauda_equina_signs"),
        # a phase that is now, not over
        ("I'm going through a phase of pain in bed every night", "rest_pain"),
    ],
)
def test_the_persons_own_red_flag_stays(extract, text, code):
    assert_found(extract(text), code, text)


# Found by the new training examples of this session (tests/nlu/test_training_data_agrees.py):
# red flags in words the patterns did not know, and look-alikes, each tested here with other words.
TRAINING_CLASSES_FOUND = [
    ("my feet are murdering me every night in bed", "rest_pain"),
    ("at night I have to hang a foot over the side to get any sleep", "rest_pain"),
    ("my calves are aching even when I'm resting", "rest_pain"),
    ("even lying in bed my toes won't settle", "rest_pain"),
    ("I can't tell when I need a wee any more", "cauda_equina_signs"),
    ("I try to pee but nothing comes out", "cauda_equina_signs"),
    ("since this morning neither leg will take my weight", "cauda_equina_signs"),
]


@pytest.mark.parametrize("text,code", TRAINING_CLASSES_FOUND)
def test_training_class_red_flag_is_found(extract, text, code):
    assert_found(extract(text), code, text)


@pytest.mark.parametrize(
    "text",
    [
        "had bladder problems after my op but that's all sorted now, my calves ache walking",
        "my big toenail went black when I stubbed it, it's grown out now",
        "the podiatrist said to watch for sores that won't heal, my feet are fine",
        "what scans do they do to rule out a clot?",
        "standing in the queue at the bank my bum goes numb and tingly, sitting sorts it",
    ],
)
def test_training_class_look_alike_is_not_a_red_flag(extract, text):
    assert_no_red_flag(extract(text), text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # notes and lists: a time right after a rest act, or before one with no onset word
        ("- calves - after 200m - stop 2 min - no swelling", {"relief_minutes": 2.0, "relieved_by_standing_still": True}),
        ("Pain: calf. Relief: 5 min standing.", {"relief_minutes": 5.0, "relieved_by_standing_still": True}),
        ("two minutes of standing and I'm fine again", {"relief_minutes": 2.0, "relieved_by_standing_still": True}),
        ("I stop, wait a bit, fine", {"relieved_by_standing_still": True}),
        # ... but a time standing that brings the pain on is no relief
        ("after 10 minutes standing my thighs go numb", {"relief_minutes": None}),
        ("for 20 mins standing at the bus stop it aches", {"relief_minutes": None}),
        # smoking in notes and in a story
        ("Smoker: ex. Diabetic: no.", {"smoking": "former"}),
        ("Smoker: yes", {"smoking": "current"}),
        ("smoked thirty years, gave it up at Easter", {"smoking": "former"}),
        ("I smoke, trying to give it up", {"smoking": "current"}),
        # what the person goes on to say is no hypothesis
        ("oh and I forgot to say I'm an ex-smoker", {"smoking": "former"}),
        ("I'd say I'm a former smoker really", {"smoking": "former"}),
        # a spaced dash ends a denial; a hyphen in a word does not
        ("- no night pain - ex-smoker", {"rest_pain": False, "smoking": "former"}),
        ("no ice-cold feet", {"color_or_temperature_change": False}),
    ],
)
def test_finding_phrasing(extract, text, expected):
    findings = extract(text).findings
    assert {k: findings.get(k) for k in expected} == expected, (text, findings)


def test_a_spaced_dash_does_not_end_a_hypothesis():
    """Only the denial's scope ends at a dash: "what if - God forbid - my foot turns black?" asks."""
    from symptom_nlu.extractor import extract

    result = extract("what if - God forbid - my foot turns black?")
    assert result.red_flags == [], result.mentions
