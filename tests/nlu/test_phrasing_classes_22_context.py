"""Classes of phrasing behind the twenty-second held-out set's false alarms on red-flag words that were not
the person's current red flag (first run), each tested both ways:

- asked about: a loss feared on a condition ("will I lose my foot if ..."), advice given on a condition
  ("the nurse told me, if ... come back"), "Can the pain ...?" opening a question, an example going on a
  general question ("Like the toes going black?");
- past and over: "all healed up" beyond the window, "surgery fixed it", "No issues since." reaching back,
  the end state said before "now" ("it's warm now"), a sentence "Now the foot is warm." reaching back,
  an ulcer that "closed over"; the wound clinic where a wound healed;
- someone else's: learners' "she have", someone "at" a place, a nurse's "Patient has ...", a resident by
  room number, "my aunty's", "<name>'s feet are";
- legs that give out on hills: exertional, not cauda equina.

The other way: the person's own sign now, a recurrence, a date and a treatment with no end, the carer
writing about themselves. Every sentence here is written for these tests; none is a held-out or
development-set sentence.
"""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

RED_FLAG_FOUND = [
    # review: a learner's "it's" for "its" is no person's name
    ("It's foot has gone white and cold since this morning", "color_or_temperature_change"),
    ("my sore on the heel healed last month but it has opened up again", "foot_wound"),
    ("they told me it was a clot and the calf is still swollen and red today", "dvt_signs"),
    ("my foot went pale and cold about an hour ago", "color_or_temperature_change"),
    ("a long time ago my leg went white and they did an emergency bypass", "color_or_temperature_change"),
    ("my toes are going black, will I lose my foot?", "color_or_temperature_change"),
    ("the nurse told me to come back if it got worse, and now my foot is cold and white", "color_or_temperature_change"),
    ("I'm a carer for my husband but this is about me: my left foot has gone blue and icy", "color_or_temperature_change"),
    ("I work as a nurse and my own calf is swollen, red and hot", "dvt_signs"),
    ("my foot went white in the night and it's still white", "color_or_temperature_change"),
    ("had a clot in my right leg years back and now this leg's calf is hot and swollen", "dvt_signs"),
    ("can't walk to the end of the road and my legs give out, and I can't control my bladder", "cauda_equina_signs"),
]

HELD = [
    ("Am I going to lose my toes if they turn black?", "color_or_temperature_change", "hypothetical"),
    ("The GP told me, if the foot goes pale or cold, ring straight away.", "color_or_temperature_change",
     "hypothetical"),
    ("Can the pain come on at night as well later on?", "rest_pain", "hypothetical"),
    ("Does this lead to amputation in the end? Like the toes going dark?", "color_or_temperature_change",
     "hypothetical"),
    ("my big toe turned black from frostbite skiing in 2012, all healed up, just calf ache now", "color_or_temperature_change",
     "historical"),
    ("couldn't feel my bottom and wet myself years back, the op fixed it", "cauda_equina_signs", "historical"),
    ("Back in 2016 I had chest pain from a clot on the lung. No issues since.", "chest_pain_or_breathlessness",
     "historical"),
    ("my toes were blue and cold before they ballooned the artery, they're warm now", "color_or_temperature_change",
     "historical"),
    ("Two winters back my foot was white and cold, they put in a stent. Now it's warm.",
     "color_or_temperature_change", "historical"),
    ("the sore on my shin closed over in the spring", "foot_wound", "historical"),
    ("my dad is 80, she have... sorry, he have ulcer on toe not healing", "foot_wound", "other_person"),
    ("a bloke at the gym got sudden severe pain in his calf", "sudden_severe_pain", "other_person"),
    ("Practice nurse here. Patient has rest pain in the left foot at night", "rest_pain", "other_person"),
    ("Mrs K in room 12 has a weeping ulcer on the heel", "foot_wound", "other_person"),
    ("my aunty's toes have gone purple", "color_or_temperature_change", "other_person"),
    ("our Sheila's feet are cold and white", "color_or_temperature_change", "other_person"),

]

NO_RED_FLAG = [
    "had a sore on my ankle last year, healed up fine with the wound nurses",
    "no numbness anywhere, just my legs that buckle on the steep hill",
    "my nan's foot is cold and pale and she's 90",
]


@pytest.mark.parametrize("text,code", RED_FLAG_FOUND)
def test_red_flag_phrasing_is_found(extract, text, code):
    assert_found(extract(text), code, text)


@pytest.mark.parametrize("text,code,context", HELD)
def test_red_flag_words_held_as_not_the_persons_now(extract, text, code, context):
    assert_held_as(extract(text), code, context, text)


@pytest.mark.parametrize("text", NO_RED_FLAG)
def test_no_red_flag_is_found(extract, text):
    assert_no_red_flag(extract(text), text)
