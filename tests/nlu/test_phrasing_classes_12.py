"""Classes of phrasing behind the safety errors left on the fourteenth set (now dev14.yml) and
found by the fifteenth held-out set's first run (docs/measurements/nlu_eval_heldout15_first_run.md),
each tested both ways. Every sentence here is written for these tests; none is a held-out sentence."""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

RED_FLAG_FOUND = [
    # rest pain: "even" and a rest state, a long stretch of scene, then the pain (14 tokens)
    ("Even sat in my recliner of an evening with the radio on, my toes ache now.", "rest_pain"),
    ("even lying on the settee after tea watching the news, my feet burn something awful", "rest_pain"),
    # colour: "numb and blue" stands though "out of the blue" lies between it and the leg
    ("my leg started hurting out of the blue, it's numb and kinda blue.", "color_or_temperature_change"),
    ("out of the blue this morning my left foot went weird, it's cold and very pale", "color_or_temperature_change"),
    # fifteenth set. Rest pain in texting spellings ("its", "nite", "restin"), and "there all the
    # time, even lying in bed"
    ("its there at nite as well, the left foot", "rest_pain"),
    ("the calf hurts now even when i'm restin on the couch", "rest_pain"),
    ("these days it's there all the time, even lying in bed, my left foot", "rest_pain"),
    # colour: Scots "fit" (foot), "peely-wally" (pale), "cauld"; a colour said of the foot just named
    ("me right fit's gone aw peely-wally", "color_or_temperature_change"),
    ("ma left fit is cauld as ice", "color_or_temperature_change"),
    ("the feeling in my foot has gone completely and it's white", "color_or_temperature_change"),
    ("my left foot aches and it's gone a bit blue", "color_or_temperature_change"),
    # sudden: a learner's "very very pain"
    ("very very pain in my calf suddenly this morning", "sudden_severe_pain"),
    # cauda equina: Scots "wet masel"
    ("ah wet masel twice this week and ma legs are weak", "cauda_equina_signs"),
    # chest: "breathing difficulty", the typo "pian"
    ("breathing difficulty since this morning when I walk", "chest_pain_or_breathlessness"),
    ("I get chest pian going up hills", "chest_pain_or_breathlessness"),
    # the new context triggers leave these alone: a trigger after the red flag, "whether the"
    ("my toes have gone black, could the smoking be why?", "color_or_temperature_change"),
    ("not sure whether the sore on my heel is getting better, it's been there 6 weeks", "foot_wound"),
    ("the sore on my heel has been there 6 weeks, will the doctor see me today?", "foot_wound"),
    ("the pain has gone completely but my toes are still blue", "color_or_temperature_change"),
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


HELD = [
    # Geordie "nee" (no)
    ("nee sores, nee pain at night, just me calves on the walk", "foot_wound", "negated"),
    ("nee sores, nee pain at night, just me calves on the walk", "rest_pain", "negated"),
    # asked about: "could the", "will my", "whether there's any"
    ("could the foot go cold if I keep smoking?", "color_or_temperature_change", "hypothetical"),
    ("will my toes go black if I don't stop smoking?", "color_or_temperature_change", "hypothetical"),
    ("I checked whether there's any sore on my feet, there isn't", "foot_wound", "hypothetical"),
    # an earlier episode, or over: "compared to last time", "gone completely", "heal up quickly"
    ("compared to last time, when my toes went blue and I had the stent, this is just a calf ache",
     "color_or_temperature_change", "historical"),
    ("the pain at night has gone completely since the stent", "rest_pain", "historical"),
    ("I get little cuts on my feet from gardening but they heal up quickly", "foot_wound", "historical"),
    # someone else's: Gullah "mah brudda", "next door's"
    ("mah brudda toe turn black", "color_or_temperature_change", "other_person"),
    ("next door's husband had a clot in his leg, swollen and red", "dvt_signs", "other_person"),
]


@pytest.mark.parametrize("text,code,context", HELD)
def test_red_flag_words_held_as_not_the_persons_now(extract, text, code, context):
    assert_held_as(extract(text), code, context, text)


def test_a_misspelt_knee_is_no_denial(extract):
    # "nee" denies ("nee pain in bed"), but not after "my": there it is a knee
    nee, knee = extract("my nee hurts at night"), extract("my knee hurts at night")
    assert nee.red_flags == knee.red_flags
    assert not [m for m in nee.mentions if m.context == "negated"]


@pytest.mark.parametrize("text", NO_RED_FLAG)
def test_no_red_flag_is_found(extract, text):
    assert_no_red_flag(extract(text), text)
