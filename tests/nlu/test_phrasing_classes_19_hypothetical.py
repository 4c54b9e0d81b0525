"""Classes of phrasing from the nineteenth held-out set's first run: red-flag words asked about,
not reported (docs/measurements/nlu_eval_heldout19_first_run.md), each tested both ways. Every
sentence here is written for these tests; none is a held-out or development-set sentence."""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as

HELD = [
    # the person's own part of a question goes on after "and I" (context.yml question_frames)
    ("what do I do if my back gets worse and I can't hold my water?", "cauda_equina_signs", "hypothetical"),
    ("what happens if my foot goes pale and I lose the feeling in it?", "color_or_temperature_change",
     "hypothetical"),
    ("should I call 999 if my legs give way and I wet myself?", "cauda_equina_signs", "hypothetical"),
    # a learner's condition without "my" or "the", in a question (question_start)
    ("If toes go blue, I must go hospital?", "color_or_temperature_change", "hypothetical"),
    ("If sore on heel not heal, is bad?", "foot_wound", "hypothetical"),
    ("if legs very sudden pain what I do?", "sudden_severe_pain", "hypothetical"),
    # where it can end, what a condition does to anyone, what prevents it, looking for it
    ("can this end up with ulcers on my feet?", "foot_wound", "hypothetical"),
    ("will it end up with my toes going black", "color_or_temperature_change", "hypothetical"),
    ("can a slipped disc make you lose control of your bowels?", "cauda_equina_signs", "hypothetical"),
    ("does diabetes cause you to get sores that never heal?", "foot_wound", "hypothetical"),
    ("what helps stop sores forming on my heels?", "foot_wound", "hypothetical"),
    ("I check my feet for ulcers every night since the podiatrist said to", "foot_wound", "hypothetical"),
]

RED_FLAG_FOUND = [
    # a report still ends at "and I", and a question without a frame is about the person's own
    ("I worry about ulcers and I can't control my bladder since Monday", "cauda_equina_signs"),
    ("what should I do, my legs are weak and I can't control my bladder", "cauda_equina_signs"),
    # a frame's question ends at "?": the next sentence is a report
    ("what if it gets worse? I already can't hold my water since yesterday", "cauda_equina_signs"),
    # learners' "if" for "when" in a report (no "?"), and dependency relief of pain at night
    ("If pain comes in the night I must hang leg out of bed", "rest_pain"),
    ("If leg hangs down the pain at night is better", "rest_pain"),
    # ordinary "ending up" and looking, and a check that found one
    ("I end up with pain in my foot every night in bed", "rest_pain"),
    ("I was looking for my slippers and saw my big toe has gone black", "color_or_temperature_change"),
    ("the nurse checked my feet for ulcers and found one on my heel that won't heal",
     "foot_wound"),
]


@pytest.mark.parametrize("text,code,context", HELD)
def test_red_flag_words_held_as_not_the_persons_now(extract, text, code, context):
    assert_held_as(extract(text), code, context, text)


@pytest.mark.parametrize("text,code", RED_FLAG_FOUND)
def test_red_flag_phrasing_is_found(extract, text, code):
    assert_found(extract(text), code, text)


# a question about the cause of the person's own sign takes the sign as given (hypothetical
# termination "why my", "the reason my", ...)
CAUSE_OF_OWN_SIGN = [
    ("is diabetes the reason my heel sore won't heal?", "foot_wound"),
    ("could my pills be why my toes are so blue?", "color_or_temperature_change"),
    ("would the cold weather explain why my foot is white and freezing?", "color_or_temperature_change"),
]
CAUSE_IN_GENERAL = [
    ("could smoking be why my uncle's toes went black?", "color_or_temperature_change", "other_person"),
    ("does smoking cause black toes?", "color_or_temperature_change", "hypothetical"),
]


@pytest.mark.parametrize("text,code", CAUSE_OF_OWN_SIGN)
def test_a_question_about_the_cause_of_ones_own_sign_finds_it(extract, text, code):
    assert_found(extract(text), code, text)


@pytest.mark.parametrize("text,code,context", CAUSE_IN_GENERAL)
def test_a_question_about_causes_in_general_is_not_a_report(extract, text, code, context):
    assert_held_as(extract(text), code, context, text)
