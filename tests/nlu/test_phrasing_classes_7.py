"""Classes of phrasing behind the safety errors of the tenth held-out set's first run
(docs/measurements/nlu_eval_heldout10_first_run.md), each tested both ways. Every sentence here
is written for these tests; none is a held-out sentence."""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

# KNOWN (not fixed): a past episode dated only at the head of its sentence and cut off from it by
# commas ("Years back, about 2008, my calf was puffy and red ..."): the past context ends at the
# comma and at ", my", and a "Now it's only ..." sentence after it does not reach back; a rule
# reaching across commas or sentences would also date a clot the person has now.

RED_FLAG_FOUND = [
    # rest pain: Jamaican "mi siddung" (I'm sitting down), "nuh stop" (doesn't stop); "aching away"
    # ("away" is no relief there), also after a relief clause
    ("mi toes dem burn even when mi siddung in the evening", "rest_pain"),
    ("my heel throbs when mi siddung to watch the news", "rest_pain"),
    ("the burning in mi foot nuh stop", "rest_pain"),
    ("after half a mile I rest and it eases, but these days it's been throbbing away all night in bed", "rest_pain"),
    ("my toes keep aching away in bed", "rest_pain"),
    ("at night in bed my right foot burns away", "rest_pain"),
    ("it doesn't stop me working but my feet burn all night in bed", "rest_pain"),
    # wounds: Scots "a wee sore", "it's just no healing"; "a spot ... been open, won't close over";
    # a wound noun still counts beside the adjective "sore to touch"
    ("I've got a wee sore at the back of my heel", "foot_wound"),
    ("it's still no healing after three months", "foot_wound"),
    ("a spot on the ball of my foot been open since Easter, won't close over", "foot_wound"),
    ("an ulcer on my heel, sore to touch since May", "foot_wound"),
    ("no sore, but there's an ulcer on my heel", "foot_wound"),
    ("will this ulcer on my heel ever heal?", "foot_wound"),
    ("I'm right as rain otherwise but my heel has an ulcer", "foot_wound"),
    # sudden severe pain: "shocking", "very strong pain", "real bad", "randomly started", "mins ago"
    ("a sudden shocking ache in my right calf twenty minutes ago", "sudden_severe_pain"),
    ("suddenly a very strong pain in my thigh, I cannot stand up", "sudden_severe_pain"),
    ("my foot just randomly started burning like crazy 15 mins ago", "sudden_severe_pain"),
    ("my calf started hurting real bad all of a sudden at the shops", "sudden_severe_pain"),
    # a year after another event does not date what comes after it
    ("I had a bypass in 2015 and this morning my foot suddenly went cold and agony", "sudden_severe_pain"),
    ("I was born in 1950 and had sudden agony in my leg an hour ago", "sudden_severe_pain"),
    ("sudden severe pain in my leg this morning, like when I had the clot in 2015", "sudden_severe_pain"),
    # "where does this end" asks only about what it names
    ("is it going to lead to gangrene, my toe went black on Friday", "color_or_temperature_change"),
    # cauda equina: Jamaican "mi wata", "me backside numb"; "can't feel anything when I have a wee";
    # a denied bowel question and a true sign after it
    ("from this morning mi cyaan hold mi wata", "cauda_equina_signs"),
    ("me backside has gone numb since Sunday", "cauda_equina_signs"),
    ("I can't feel anything when I have a wee since the weekend", "cauda_equina_signs"),
    ("bowel trouble, none, but I can't feel my bum when I wipe", "cauda_equina_signs"),
    # DVT signs after a side and a colon
    ("the right one: swollen, warm and tender since the flight", "dvt_signs"),
    ("Not the other leg this time. Left calf: puffy, hot and red since Tuesday", "dvt_signs"),
    ("Had a DVT on the right years back. This time the left one: swollen, red and warm since the weekend",
     "dvt_signs"),
    # chest: "tightening up", "cyaan ketch mi breath", "can't catch me breath"
    ("my chest is tightening up and mi cyaan ketch mi breath", "chest_pain_or_breathlessness"),
    ("all of a sudden I can't catch me breath and my swollen calf is hot", "chest_pain_or_breathlessness"),
    ("I cannae get me breath since this morning", "chest_pain_or_breathlessness"),
    # colour: a denial in Jamaican and a true change after it; "Mother's Day" is a date
    ("mi foot nuh cold but mi big toe turn black", "color_or_temperature_change"),
    ("on Mother's Day my big toe went black", "color_or_temperature_change"),
]


@pytest.mark.parametrize("text,code", RED_FLAG_FOUND)
def test_red_flag_phrasing_is_found(extract, text, code):
    assert_found(extract(text), code, text)


NOT_A_RED_FLAG = [
    # rest: relief on sitting, what the pain does not keep the person from, tablets taking it away
    "mi calf only hurt when mi walk, when mi siddung it ease off",
    "the pain nuh stop mi from going to work",
    "the pain doesn't stop me from working",
    "the pain never stops me doing the garden",
    "the tablets take the aching away at night",
    # "sore" the adjective, a spot that is no wound
    "my heel's a wee bit sore after the walk",
    "a spot on my ankle that's been itchy since summer",
    # severity words that are about something else, or claudication
    "the weather's been shocking and my calves ache on the hill",
    "this morning the traffic was shocking and my calves ached after 200 yards",
    "I get a strong pain in my calves after 200 metres",
    "it gets real bad when I walk up the hill",
    # numbness from sitting or running down the leg, numb feet on the way to the loo
    "mi backside numb from sitting on the bus all day",
    "numb from me backside to me knee when I walk far",
    "my foot's numb, I can't feel it when I walk",
    "I can't feel my feet when I go to the loo at night",
    # a side label that is not a swollen leg
    "Right: my calves cramp after 200 yards",
    "the right one: fine, no swelling, no redness",
    # Jamaican and Scots denials
    "mi toes dem nuh blue, an dem nuh cold",
    "ma feet are nae cold",
    "my chest nuh tight, just mi calf",
]


@pytest.mark.parametrize("text", NOT_A_RED_FLAG)
def test_look_alike_is_not_a_red_flag(extract, text):
    assert_no_red_flag(extract(text), text)


@pytest.mark.parametrize(
    "text,code",
    [
        # "sore to touch" is the adjective of a clot's signs, not a wound
        ("my calf is red, hot and sore to touch since Monday", "foot_wound"),
        ("Left calf: puffy, hot and sore to touch since yesterday", "foot_wound"),
    ],
)
def test_look_alike_is_not_that_red_flag(extract, text, code):
    result = extract(text)
    assert code not in result.red_flags, (text, result.mentions)


HELD = [
    # where it ends: asked about, not had
    ("is this going to end with my toes going black?", "color_or_temperature_change", "hypothetical"),
    ("will this lead to sores on my heels that don't heal?", "foot_wound", "hypothetical"),
    # over: "right as rain now"; an acute flag dated by a year after it
    ("my foot went white and numb in the sea last summer but it's right as rain now",
     "color_or_temperature_change", "historical"),
    ("I had sudden agony in my calf in 2019, they found a clot, all fine now", "sudden_severe_pain", "historical"),
    ("my chest went tight and I was breathless in 2018 with covid", "chest_pain_or_breathlessness", "historical"),
    # someone else: Mummy, Daddy, Mama, and "her foot'd" typed as one word
    ("Daddy's toes are black and he's diabetic, my calves just cramp", "color_or_temperature_change", "other_person"),
    ("my mummy has an ulcer on her leg", "foot_wound", "other_person"),
    ("Mama had a stroke, her foot'd gone purple before that. I only get calf cramps",
     "color_or_temperature_change", "other_person"),
    ("my dad has a place on his shin that won't close up", "foot_wound", "other_person"),
    # denied: Jamaican "nuh", "no sore, no cut", a bowel question answered "none"
    ("nah man, mi toes dem nuh cold", "color_or_temperature_change", "negated"),
    ("the sole of mi foot nuh cold at all", "color_or_temperature_change", "negated"),
    ("mi foot nuh hurt when mi siddung", "rest_pain", "negated"),
    ("no sore, no cut, nothing like that on my feet", "foot_wound", "negated"),
    ("the nurse checked for bowel problems, there's none", "cauda_equina_signs", "negated"),
]


@pytest.mark.parametrize("text,code,context", HELD)
def test_red_flag_words_in_context_are_held(extract, text, code, context):
    assert_held_as(extract(text), code, context, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a year dates the quitting, not the age; an onset year is no episode over
        ("I'm 66 and I quit the cigarettes in 2010", {"age": 66.0}),
        ("the cramps in my calves started in 2019 when I walk", {"brought_on_by_walking": True}),
    ],
)
def test_finding_phrasing(extract, text, expected):
    findings = extract(text).findings
    assert {k: findings.get(k) for k in expected} == expected, (text, findings)
