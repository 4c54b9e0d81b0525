"""Classes of phrasing behind the twenty-first held-out set's false alarms on red flags that are
past and over (first run), each tested both ways: an end the historical context did not know (a
wound "is closed now" with no subject, "the nurse healed it up" far from the wound, learners'
"after the stent it is gone" and "now no more", "was fine in ten minutes", a sentence "It's been
normal since." reaching back), and a treatment told between the episode and its end ("... and I
had surgery on the artery, fine since"), whose "and I" no longer ends the scope; and, the other
way, the red flag still there now, a single or a second spell (a count, not an end), a dated start
of a problem now, a past event beside a current one, and a bare "fine in 5 minutes" that may be
each time. Every sentence here is written for these tests; none is a held-out or development-set
sentence."""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

HELD = [
    # a wound closed, said before "now" with no subject (learners)
    ("three years ago I had sore on the heel, is closed now. Only my calf hurts on walking", "foot_wound",
     "historical"),
    ("ulcer on my big toe last winter, it's closed up now", "foot_wound", "historical"),
    # healed by someone, however far in the sentence
    ("I had a wound on my ankle after the fall last spring and the practice nurse healed it up", "foot_wound",
     "historical"),
    ("there was an ulcer on my foot while I was staying at my daughter's in June but the clinic healed it",
     "foot_wound", "historical"),
    # gone once treated, the treatment said first
    ("two years back my foot was hurting in bed every night, after the bypass it's gone. Walking is the issue",
     "rest_pain", "historical"),
    ("I had pain in the night in my toes, since stent it went away", "rest_pain", "historical"),
    # learners' "now no more"
    ("before my leg hurt at night in the bed but now no more, just when walking", "rest_pain", "historical"),
    # a spell over within minutes, in the past tense
    ("my foot went pale once after a long drive, it was fine in ten minutes", "color_or_temperature_change",
     "historical"),
    # a sentence that opens with "been normal since" reaches back
    ("My left foot turned blue after I fell asleep on the sofa. It's been normal ever since.",
     "color_or_temperature_change", "historical"),
    # a treatment between the episode and its end, and the walking pain is what is back
    ("long ago my foot went cold and white and I had an operation on the artery, all fine since",
     "color_or_temperature_change", "historical"),
    ("ages ago my toes went blue and I had a stent put in, fine since, but now the cramp when walking is back",
     "color_or_temperature_change", "historical"),
]

RED_FLAG_FOUND = [
    # still there now
    ("two years ago my foot went white and I had surgery, and it's been white ever since",
     "color_or_temperature_change"),
    ("the ulcer on my heel from last year is still open", "foot_wound"),
    ("the sore on my shin closed now and then but it is open again and weeping", "foot_wound"),
    ("the swelling in my calf went down but my calf is swollen again now, red and hot", "dvt_signs"),
    # a single spell is not over: once is a count, not an end (even once, chest pain on walking matters)
    ("I've had a tight pain in my chest going up the stairs, only the once", "chest_pain_or_breathlessness"),
    ("my foot went white and cold only the one time, on Tuesday", "color_or_temperature_change"),
    # a second spell
    ("it happened once last week and again this morning, my foot went white", "color_or_temperature_change"),
    ("my foot went white once on Monday and once again today", "color_or_temperature_change"),
    ("my toes only went blue once so far, this morning, and they are still blue", "color_or_temperature_change"),
    # a dated start of a problem now
    ("since March my foot has been cold and pale", "color_or_temperature_change"),
    ("some time ago my toes went black and they still are", "color_or_temperature_change"),
    # a past event beside a current one
    ("two years ago I had a clot, and now my calf is swollen, red and hot", "dvt_signs"),
    ("I had an ulcer in 2019 that healed, and now there is a new sore on my heel", "foot_wound"),
    # a treatment alone makes nothing past
    ("my foot went white and cold and I had emergency surgery", "color_or_temperature_change"),
    # a bare "fine in minutes" may be each time
    ("my foot goes white when I walk, fine in 5 minutes", "color_or_temperature_change"),
    # a closing phrase that goes on is not an end
    ("after the operation it's gone numb and white, my foot", "color_or_temperature_change"),
    ("my foot is ice cold, now no more feeling in the toes", "color_or_temperature_change"),
    # not healed by anyone
    ("the sore on my foot, the nurse never healed it", "foot_wound"),
]

NO_RED_FLAG = [
    "years ago my foot went white and I had an emergency operation, no trouble since, just the calf cramp",
    "the wound on my toe the podiatrist healed up in the spring is fine, my calf aches walking",
]


@pytest.mark.parametrize("text,code,context", HELD)
def test_red_flag_words_held_as_not_the_persons_now(extract, text, code, context):
    assert_held_as(extract(text), code, context, text)


@pytest.mark.parametrize("text,code", RED_FLAG_FOUND)
def test_red_flag_phrasing_is_found(extract, text, code):
    assert_found(extract(text), code, text)


@pytest.mark.parametrize("text", NO_RED_FLAG)
def test_no_red_flag_is_found(extract, text):
    assert_no_red_flag(extract(text), text)
