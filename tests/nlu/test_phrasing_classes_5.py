"""Classes of phrasing behind the safety errors of the sixth held-out set's first run
(docs/measurements/nlu_eval_heldout6_first_run.md), each tested both ways. Every
sentence here is written for these tests; none is a held-out sentence."""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

RED_FLAG_FOUND = [
    # rest pain: a yes "through the night"; "it's there while I'm sitting"; the pain as an
    # alarm clock; dropped g's ("hurtin ... settin")
    ("yeah, through the night too", "rest_pain"),
    ("the ache is there while I'm lying down now", "rest_pain"),
    ("the burning in my soles is my alarm clock these days", "rest_pain"),
    ("my feet been achin even when I'm just sittin in my chair", "rest_pain"),
    # wounds: "ulster" typed for ulcer; "one on my heel, been there since June"
    ("got an ulster on my ankle the nurse is dressing", "foot_wound"),
    ("aye, one on my heel, been there since June", "foot_wound"),
    # colour: mottled like corned beef; "coal to the touch" (voice to text); paler than the right;
    # the left one colder
    ("my shins look like corned beef", "color_or_temperature_change"),
    ("my toes are coal to the touch", "color_or_temperature_change"),
    ("my left foot is whiter than the right", "color_or_temperature_change"),
    ("the right one is always colder", "color_or_temperature_change"),
    # sudden severe: exploded with pain, stabbed, crushed in a vice on waking, a lightning bolt,
    # worse than childbirth, suddenly and cannot stand
    ("an hour ago my calf just exploded with pain", "sudden_severe_pain"),
    ("all of a sudden it felt like somebody stabbed it, right in the calf", "sudden_severe_pain"),
    ("I woke up at 4 with my leg feeling like it was in a vice", "sudden_severe_pain"),
    ("it came like a lightning bolt a few minutes ago, right down my leg", "sudden_severe_pain"),
    ("suddenly this morning, and I cannot even stand on it", "sudden_severe_pain"),
    ("outta nowhere my thigh hurts worse than childbirth", "sudden_severe_pain"),
    # cauda equina: bowels "without control" (Indian English "motion")
    ("since yesterday stool is passing without control", "cauda_equina_signs"),
    # DVT: an answer about "the left one"
    ("the right one, puffy and red", "dvt_signs"),
    # chest, Scots: sair, pechin
    ("my chest is awful sair this morning", "chest_pain_or_breathlessness"),
    ("I'm pechin just getting dressed", "chest_pain_or_breathlessness"),
    ("I've a chest infection and now a crushing pain in my chest", "chest_pain_or_breathlessness"),
    ("there's a hole in the skin on my heel that won't heal", "foot_wound"),
    # the person speaking for themselves after naming someone else
    ("my mam's asleep, this is about me not her: my foot has gone cold and white", "color_or_temperature_change"),
    # not healed since: still open (a block for "healed since" once hid this)
    ("there's a sore on my heel that hasn't healed since spring", "foot_wound"),
    ("the ulcer on my shin has not healed since July", "foot_wound"),
    # bowels "without control" is not a denial of what follows
    ("bladder going without control and both legs are weak", "cauda_equina_signs"),
]


@pytest.mark.parametrize("text,code", RED_FLAG_FOUND)
def test_red_flag_phrasing_is_found(extract, text, code):
    assert_found(extract(text), code, text)


NOT_A_RED_FLAG = [
    "my walking is getting worse than it was",
    "it's like lightning how fast the nurse answered",
    "my sister was in labour for two days and it was worse than childbirth classes said",
    "the car alarm is my alarm clock most nights",
    "I'm not pechin at all, I can walk for miles",
    # golf holes; a chesty cough
    "my calves ache by the 18th hole",
    "a chesty cough and a sore throat since Monday",
]


@pytest.mark.parametrize("text", NOT_A_RED_FLAG)
def test_look_alike_is_not_a_red_flag(extract, text):
    assert_no_red_flag(extract(text), text)


HELD = [
    # Scots "nae"; picturing it; a condition asked about; treated and stopped; normal now
    ("nae ulcers on my feet", "foot_wound", "negated"),
    ("I keep picturing my foot going black", "color_or_temperature_change", "hypothetical"),
    ("does PAD give you sores on your toes?", "foot_wound", "hypothetical"),
    ("the pain at night stopped once they did the angioplasty", "rest_pain", "historical"),
    ("my foot was white and cold after the fall, it's normal now", "color_or_temperature_change", "historical"),
    # relatives and pets in more Englishes
    ("my mam's toes have gone black", "color_or_temperature_change", "other_person"),
    ("granny's legs are swollen, red and hot", "dvt_signs", "other_person"),
    ("my gogo has a sore on her foot that won't heal", "foot_wound", "other_person"),
    ("our lab's paw has a cut that won't heal", "foot_wound", "other_person"),
]


@pytest.mark.parametrize("text,code,context", HELD)
def test_red_flag_words_in_context_are_held(extract, text, code, context):
    assert_held_as(extract(text), code, context, text)
