"""Classes of phrasing from the twenty-first held-out set's first run: false alarms on red-flag words
that were someone else's (a relative named without "my", a noun phrase with a comma between its
adjectives) or asked about (what would prevent a sign, a suspicion someone may have, a condition that
"ever" causes a sign or is "the thing where you" get one), and cauda equina signs that were missed
("problem with toilet", "legs both weak", the double negative "don't feel nothing down there", a numb
saddle compared with a bike ride or that has not gone). Each class is tested both ways. Every
sentence here is written for these tests; none is a held-out or development-set sentence."""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

RED_FLAG_FOUND = [
    # the toilet for the bladder or bowels, in learners' words
    ("since two days I have problem with toilet and my back is paining", "cauda_equina_signs"),
    ("I am having trouble with the toilet since yesterday", "cauda_equina_signs"),
    ("new toilet problems since the weekend, and back pain", "cauda_equina_signs"),
    # "both" after the legs
    ("from this morning my legs both very weak", "cauda_equina_signs"),
    ("legs both gone weak since last night", "cauda_equina_signs"),
    # a learner's double negative: no feeling
    ("I don't feel nothing down there since this morning", "cauda_equina_signs"),
    ("from yesterday I can't feel nothing in my private area", "cauda_equina_signs"),
    # a numb saddle compared with a ride, or one that stays
    ("my bottom is numb, same as after a long ride on the bike, since Sunday", "cauda_equina_signs"),
    ("numb down below as if I'd been cycling for hours, and it's not going away", "cauda_equina_signs"),
    ("numb around my bum after sitting at my desk, and it hasn't worn off since Friday", "cauda_equina_signs"),
    # the person's own signs next to someone else or a question
    ("I've got a cold, pale foot and it hurts", "color_or_temperature_change"),
    ("my husband says my foot has gone a funny white", "color_or_temperature_change"),
    ("wife keeps telling me my toe is black", "color_or_temperature_change"),
    ("I wake up at night with pain in my foot and have to hang it out of bed", "rest_pain"),
    ("will my sore on my heel ever heal if I stop the fags?", "foot_wound"),
    ("will the ulcer on my ankle heal faster if I walk more?", "foot_wound"),
    ("my bladder's not working properly, could that be spinal stenosis?", "cauda_equina_signs"),
    ("I can't control my bowels since yesterday, does stenosis do that?", "cauda_equina_signs"),
    ("my calf is red, hot and swollen, what tests will they do?", "dvt_signs"),
]

HELD = [
    # a relative named without "my"
    ("husband has a black toe and won't see the doctor", "color_or_temperature_change", "other_person"),
    ("Mum keeps getting pain in her feet at night in bed", "rest_pain", "other_person"),
    ("wife's got an ulcer on her shin that won't heal", "foot_wound", "other_person"),
    # adjectives of one noun phrase split by a comma
    ("my brother's got a swollen, red calf", "dvt_signs", "other_person"),
    ("my dad has a cold, blue foot", "color_or_temperature_change", "other_person"),
    # what would prevent a sign
    ("does walking stop me getting ulcers on my feet?", "foot_wound", "hypothetical"),
    ("would cutting down on fags prevent me from getting sores on my toes?", "foot_wound", "hypothetical"),
    # a suspicion someone may have
    ("what do they do if they suspect a clot in your leg?", "dvt_signs", "hypothetical"),
    ("what happens at the hospital if the doctor thinks it's a DVT?", "dvt_signs", "hypothetical"),
    # a condition that "ever" causes a sign, or explained by what "you" get
    ("can a trapped nerve ever cause bowel problems?", "cauda_equina_signs", "hypothetical"),
    ("Does sciatica cause incontinence?", "cauda_equina_signs", "hypothetical"),
    ("is cauda equina the one where you lose control of your bowels?", "cauda_equina_signs", "hypothetical"),
    ("is that the condition where you can lose control of your bladder?", "cauda_equina_signs", "hypothetical"),
]

NO_RED_FLAG = [
    # the toilet, the legs and the feeling kept or denied
    ("no trouble with the toilet at all", "cauda_equina_signs"),
    ("I've not had any toilet problems", "cauda_equina_signs"),
    ("I don't have numbness in my bottom", "cauda_equina_signs"),
    ("I don't feel nothing wrong down there, it's only my calves", "cauda_equina_signs"),
    ("my legs both ache after walking a mile", "cauda_equina_signs"),
    # a numb bottom from a ride or a long sit that passed
    ("numb backside after a long bike ride, back to normal by teatime", "cauda_equina_signs"),
    ("my bum goes numb after a long sit on the train", "cauda_equina_signs"),
    # asked about, not the person's
    ("what if my bladder stopped working?", "cauda_equina_signs"),
    ("does stenosis ever make your legs go weak?", "cauda_equina_signs"),
    ("if they think it is a clot, do they give you a scan?", "dvt_signs"),
]


@pytest.mark.parametrize("text,code", RED_FLAG_FOUND)
def test_red_flag_phrasing_is_found(extract, text, code):
    assert_found(extract(text), code, text)


@pytest.mark.parametrize("text,code,context", HELD)
def test_red_flag_words_held_as_not_the_persons_now(extract, text, code, context):
    assert_held_as(extract(text), code, context, text)


@pytest.mark.parametrize("text,code", NO_RED_FLAG)
def test_no_red_flag_is_found(extract, text, code):
    result = extract(text)
    assert code not in result.red_flags, (text, result.mentions)
    assert_no_red_flag(result, text)
