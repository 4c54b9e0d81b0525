"""Classes of phrasing behind the safety errors of the fourteenth held-out set's first run
(docs/measurements/nlu_eval_heldout14_first_run.md), each tested both ways. Every sentence here
is written for these tests; none is a held-out sentence."""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

# KNOWN (not fixed): a self-correction across commas ("my foot went a bit blue, sorry, no, I
# mean my sock"): a comma ends the denial's scope. ("Even sat in me chair ... me toes ache", the
# rest state 14 words before the pain: test_phrasing_classes_12.py.)

RED_FLAG_FOUND = [
    # rest pain: Scots "wi it hingin doon", "sair aa nicht"; "when I'm chilling on the sofa"; "it's
    # there when I'm in bed"; "it hurts when I am resting"
    ("I sit up in the chair wi ma foot hingin doon", "rest_pain"),
    ("ma feet are sair aa nicht", "rest_pain"),
    ("my foot burns when I'm chilling on the couch", "rest_pain"),
    ("it's there when I'm lying in bed as well now", "rest_pain"),
    ("the calf hurts when I am resting too", "rest_pain"),
    # wound: Scots "no healed"
    ("there's a wee cut on ma toe that's no healed in a month", "foot_wound"),
    # colour: numb and kinda blue after the leg; a funny colour; cold after a sudden pain
    ("my left foot started aching out of nowhere, and it's numb and kinda blue", "color_or_temperature_change"),
    ("my big toe's gone a funny colour", "color_or_temperature_change"),
    ("the toes, they've been a dusky colour for a fortnight", "color_or_temperature_change"),
    ("suddenly the thigh was agony twenty minutes ago, and it's gone cold", "color_or_temperature_change"),
    ("cold as ice from the knee down since this morning", "color_or_temperature_change"),
    # sudden: "worst pain I've had in my life", "the worst I've ever had" after a sudden onset,
    # "hit like a truck", a time "ago"
    ("my calf, worst pain I've had in my life, out of nowhere", "sudden_severe_pain"),
    ("it came on all at once half an hour ago, the worst I've ever felt", "sudden_severe_pain"),
    ("the pain hit like a truck all of a sudden", "sudden_severe_pain"),
    # cauda equina: a learner's "not knowing when urine is coming", "cannot control the toilet",
    # "can't feel the seat", Scots "doup"
    ("since Monday I am not knowing when the urine is coming", "cauda_equina_signs"),
    ("I cannot control the toilet since this morning", "cauda_equina_signs"),
    ("I can't feel the seat under me since yesterday", "cauda_equina_signs"),
    ("ma doup's gone numb since Friday", "cauda_equina_signs"),
    # chest: "pain in chest", "a tight band roon ma chest"
    ("I get pain in chest when I hurry", "chest_pain_or_breathlessness"),
    ("there's a tight band round my chest on the hill", "chest_pain_or_breathlessness"),
    # DVT: a calf swollen since the flight, and red
    ("my right calf has been swollen since the flight and it's red and sore", "dvt_signs"),
]


@pytest.mark.parametrize("text,code", RED_FLAG_FOUND)
def test_red_flag_phrasing_is_found(extract, text, code):
    assert_found(extract(text), code, text)


HELD = [
    # someone else's: Scots "ma da's", a resident's "her left calf"
    ("ma da's toes went black, mine are fine, just the calf cramps", "color_or_temperature_change", "other_person"),
    ("the resident is here with me: her left calf is hot, red and swollen", "dvt_signs", "other_person"),
    # asked about: "if I keep smoking will my toes end up turning blue", "checked me for a clot"
    ("if I keep smoking will my feet end up turning black?", "color_or_temperature_change", "hypothetical"),
    ("the GP checked me for a clot last week, scan was clear", "dvt_signs", "hypothetical"),
    # over: "it heal up", "fine since", "that's gone since", "had me on", "pink again", "sorted with"
    ("I had a sore on my heel years back, it heal up", "foot_wound", "historical"),
    ("I had chest pain before my bypass, fine since", "chest_pain_or_breathlessness", "historical"),
    ("I had pain in bed at night before the op, that's gone since", "rest_pain", "historical"),
    ("a clot in my calf in 2015, they had me on warfarin for a year", "dvt_signs", "historical"),
    ("my toes went white in the snow then pink again when I warmed up", "color_or_temperature_change", "historical"),
    ("My calf swelled up hot and red years ago. Sorted with injections.", "dvt_signs", "historical"),
]


@pytest.mark.parametrize("text,code,context", HELD)
def test_red_flag_words_in_context_are_held(extract, text, code, context):
    assert_held_as(extract(text), code, context, text)


NOT_A_RED_FLAG = [
    # the new words in ordinary senses: chilling a drink, "the seat" of a bike, a band, a flight
    "my calves ache on the walk to the pub where I'm chilling with mates",
    "the band played round the chest of drawers, anyway my calves cramp at 300 m",
    "I can walk for ages on the flat but my calves hit a wall on hills",
    # "no healed" is Scots for not healed only after a wound word
    "nae sores, no healed cuts, just the calf on the brae",
]


@pytest.mark.parametrize("text", NOT_A_RED_FLAG)
def test_no_red_flag_is_invented(extract, text):
    assert_no_red_flag(extract(text), text)


# Relief by standing still in more Englishes (dev13's findings): learners' "it finish", "it is
# ok", Irish "I was grand again", dialect "stond ... an it", notes "recovery standing"
@pytest.mark.parametrize("text", [
    "when I stop small the ache is finishing",
    "I stop, it finish quick",
    "when I stop it is ok after two minutes",
    "stood by the gate a minute and I was grand again",
    "stond still a minnit an it's gone",
    "stood looking at the ducks until it went",
    "have to stand by the car a minute",
    "stop and look in the window for a bit and off I go again",
    "onset 300 m, recovery standing 2 min",
    "eases within a minute of halting",
    "calfs hurt walkng 5 min stop ok",
    "I stand and after few minutes it is ok",
])
def test_relief_by_standing_still_is_read(extract, text):
    assert extract(text).findings.get("relieved_by_standing_still") is True, text


@pytest.mark.parametrize("text", [
    "I can't stand for long, my legs go numb",
    "when I stop taking the tablets the cramps come back",
    "I stand at work all day and my feet ache",
])
def test_standing_that_brings_it_on_is_no_relief(extract, text):
    assert extract(text).findings.get("relieved_by_standing_still") is not True, text


# Relief by sitting or bending, and uphill, in more words (dev13's findings)
@pytest.mark.parametrize("text,finding", [
    ("Sit down, it goes.", "relieved_by_sitting_or_bending_forward"),
    ("sit on the step a couple of minutes, back to normal", "relieved_by_sitting_or_bending_forward"),
    ("sitting on a bench sorts it out", "relieved_by_sitting_or_bending_forward"),
    ("I sit down small, e go", "relieved_by_sitting_or_bending_forward"),
    ("bend over the shopping in the basket for a bit and it's better", "relieved_by_sitting_or_bending_forward"),
    ("sat on the wall 3 min", "relieved_by_sitting_or_bending_forward"),
    ("me calves ache goin up the 'ill", "worse_uphill_or_hurrying"),
    ("my thigh burns the whole way up", "worse_uphill_or_hurrying"),
    ("onset 150 m on a 5 % grade", "worse_uphill_or_hurrying"),
])
def test_relief_and_uphill_words_are_read(extract, text, finding):
    assert extract(text).findings.get(finding) is True, text


@pytest.mark.parametrize("text,finding", [
    ("I can't sit down for long, my back aches", "relieved_by_sitting_or_bending_forward"),
    ("walk up the road to the shop and my calves ache", "worse_uphill_or_hurrying"),
])
def test_other_sitting_and_up_are_not_these_findings(extract, text, finding):
    assert extract(text).findings.get(finding) is not True, text
