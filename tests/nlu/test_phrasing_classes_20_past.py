"""Classes of phrasing behind the twentieth held-out set's false alarms on red flags that are past
and over (first run), each tested both ways: a dated past the past context did not know (a holiday,
a decade, learners' "before 3 years"), an end it did not know (a wound that "took months to heal",
"the podiatrist fixed it up", learners' "doctor fix it", "no problems with it since", "nice and pink
now", "they've gone back to normal", "stopped once I started the tablets", the pain "I used to get"),
a benign explanation after a comma, a past clot named again ("..., a DVT"); and, the other way, a
recurrence said after the end ("it's back", "has come back": context.yml released_by), a dated start
of a problem now, and a past episode beside a current one. Every sentence here is written for these
tests; none is a held-out or development-set sentence."""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

HELD = [
    # a dated past with a benign explanation after a comma, however far
    ("I got a sudden agonising pain in my thigh the christmas before last, it turned out to be a torn muscle",
     "sudden_severe_pain", "historical"),
    ("sudden terrible pain in my calf last easter, turned out it was a strained muscle, all healed",
     "sudden_severe_pain", "historical"),
    ("out of nowhere an awful pain shot through my calf in 2016, turned out to be a baker's cyst",
     "sudden_severe_pain", "historical"),
    # learners' "before N years" (N years ago)
    ("before five years I get sudden strong pain in leg, hospital fix it", "sudden_severe_pain", "historical"),
    ("before 4 years my chest was paining on walking, doctor fixed it", "chest_pain_or_breathlessness",
     "historical"),
    # a wound that took long to heal did heal
    ("I had an ulcer on my ankle back in 2018 that took months to heal, no problems now", "foot_wound",
     "historical"),
    ("had a sore on my big toe a few winters ago that took forever to heal", "foot_wound", "historical"),
    ("there was a wound on my heel in 2017 which took 8 months to close", "foot_wound", "historical"),
    # mended by a doctor or a clinic, also in learner English
    ("I had an ulcer on my heel in 2020 that the podiatrist fixed up", "foot_wound", "historical"),
    ("had a nasty wound on my foot in 2019 that the nurses fixed up nicely", "foot_wound", "historical"),
    ("before 3 years I had ulcer on my heel, doctor fixed it, now pain only in calf when I walk", "foot_wound",
     "historical"),
    ("sore on my toe last year, the clinic fix it, now problem is calf when walking", "foot_wound", "historical"),
    # no trouble since, however far (a decade, a time of life)
    ("my toes went black from frostbite on a climbing trip in my twenties, no problems with them since",
     "color_or_temperature_change", "historical"),
    ("my foot went white and numb once in a cold snap in the 90s, haven't had any trouble with it since",
     "color_or_temperature_change", "historical"),
    # the same foot or toes back to normal, said of them
    ("my toes were purple and cold for a week after the op last year but they've gone back to normal",
     "color_or_temperature_change", "historical"),
    ("my foot was white and numb for a day or two in january but it has gone back to normal",
     "color_or_temperature_change", "historical"),
    # the pain "I used to get"
    ("since the bypass the night pain I used to get in my foot has gone", "rest_pain", "historical"),
    ("the rest pain I used to have in bed disappeared after the stent", "rest_pain", "historical"),
    # stopped once a treatment began
    ("the pain in bed at night went away after I started the statins. Now it's just my calves when walking",
     "rest_pain", "historical"),
    ("the night pain stopped once I started the new tablets", "rest_pain", "historical"),
    ("the night pain went after the stent and never came back", "rest_pain", "historical"),
    # what it turned out to be goes on with the dated episode after a comma
    ("chest pain and breathless two years ago, turned out to be a clot in my lung, all fine now", "dvt_signs",
     "historical"),
    # a denied or feared recurrence is no recurrence
    ("I had an ulcer in 2018 that took a year to heal, I'm worried it might come back", "foot_wound",
     "historical"),
    ("the ulcer on my shin healed last spring and it hasn't come back", "foot_wound", "historical"),
    ("I had sudden severe pain in my leg years ago, what are the chances of it happening again?",
     "sudden_severe_pain", "historical"),
]

RED_FLAG_FOUND = [
    # the same words with the red flag back now (released_by)
    ("had an ulcer in 2019 and it's back now", "foot_wound"),
    ("the ulcer healed in 2019 but it's back", "foot_wound"),
    ("the night pain stopped for a while but it's back", "rest_pain"),
    ("the night pain I used to get has come back", "rest_pain"),
    ("I used to get pain at night and it has come back", "rest_pain"),
    ("I used to get pain in my feet at night and the burning pain has come back", "rest_pain"),
    ("the rest pain I used to have has started again since last week", "rest_pain"),
    ("I had an ulcer on my heel that healed but it came back in the same place", "foot_wound"),
    ("the ulcer on my heel took ages to heal but it has opened up again", "foot_wound"),
    ("the ulcer the nurses fixed up last year has broken down again", "foot_wound"),
    ("I had a sore on my heel in 2019, it took months to heal. It came back in March.", "foot_wound"),
    ("I had sudden chest pain years ago and it's back now", "chest_pain_or_breathlessness"),
    ("sudden severe pain in my leg last year and it's still there", "sudden_severe_pain"),
    ("my foot went cold and white last month and it's still like that", "color_or_temperature_change"),
    ("my toe went black last christmas and it still is", "color_or_temperature_change"),
    ("it was fine after the bypass but my toes are white again now", "color_or_temperature_change"),
    ("the toes were white before the op, they went pink but now they're white again",
     "color_or_temperature_change"),
    ("my toes went white last winter and they're white again", "color_or_temperature_change"),
    # a colour or a feeling that never came back is still lost
    ("my toes went grey on Friday and the pink has never come back", "color_or_temperature_change"),
    ("my foot went white and the feeling has never come back", "color_or_temperature_change"),
    # still not healed, or healing slowly now
    ("the sore from last month still hasn't healed", "foot_wound"),
    ("the sore on my heel is taking ages to heal", "foot_wound"),
    # a dated start of a problem now
    ("since last christmas my foot has been cold and white", "color_or_temperature_change"),
    ("ever since last easter my left foot has been cold and pale", "color_or_temperature_change"),
    ("the ulcer I got last year is still open", "foot_wound"),
    ("in 2019 I got an ulcer and it never healed", "foot_wound"),
    ("before 2 years I had bypass, now my foot is black", "color_or_temperature_change"),
    # a past event and a current one in the same message
    ("had a clot 10 years back and now my calf is swollen, red and hot", "dvt_signs"),
    ("I had a DVT in 2017 and now my left calf is swollen, tender and warm again", "dvt_signs"),
    ("my calf is swollen and warm now", "dvt_signs"),
    ("my leg suddenly went agony and cold this morning, I had a clot years ago, a DVT", "sudden_severe_pain"),
    ("I had a DVT in 2015, a DVT again now in the other leg", "dvt_signs"),
    ("the ulcer took months to heal and it's back", "foot_wound"),
    ("the night pain stopped once I started the tablets, but it's started again", "rest_pain"),
    # the other foot's warmth, or a fix of something else
    ("my right foot is cold and white, the other one is nice and warm now", "color_or_temperature_change"),
    ("the doctor fixed my stent last year but my foot is cold and white", "color_or_temperature_change"),
    ("my foot is cold and white, they fixed up my hip last year", "color_or_temperature_change"),
    # a fix asked for, hoped for, or not done
    ("my foot is white and cold and nobody has fixed it", "color_or_temperature_change"),
    ("I've had an ulcer on my heel for months, the clinic still hasn't fixed it", "foot_wound"),
    ("can the doctor fix it? I have a wound on my foot that won't heal", "foot_wound"),
    ("I have wound on foot, I want doctor fix it", "foot_wound"),
    ("I have a sore on my heel, can the clinic fix it?", "foot_wound"),
    # relief each time, not a treatment that ended it
    ("the night pain stopped after I hung my leg out of bed last night", "rest_pain"),
    ("the pain in my foot at night went away after I got up and walked about", "rest_pain"),
    # a benign explanation only guessed
    ("a sudden pain in my leg this morning, the doctor thinks it is a torn muscle", "sudden_severe_pain"),
]

NO_RED_FLAG = [
    # the colour and warmth come back (the warmth is itself a denial of the colour change)
    "my foot went cold and pale last winter before the stent, nice and warm now",
    "my toes were blue and icy last year until the operation, pink and warm again now",
    "my big toe went a dusky purple after the fall in 2021, lovely and pink now",
    # a result, not a recurrence
    "I had a clot years ago, a DVT, and the scan last month came back clear",
]

# a past clot named again after a comma is a history of DVT, not a sign now
PAST_CLOT_NAMED_AGAIN = [
    "I had a clot in my right leg in 2015, a DVT they said",
    "Many years back I had a clot in my calf, a DVT, took warfarin for six months",
]
NO_RED_FLAG += PAST_CLOT_NAMED_AGAIN


@pytest.mark.parametrize("text,code,context", HELD)
def test_red_flag_words_held_as_not_the_persons_now(extract, text, code, context):
    assert_held_as(extract(text), code, context, text)


@pytest.mark.parametrize("text,code", RED_FLAG_FOUND)
def test_red_flag_phrasing_is_found(extract, text, code):
    assert_found(extract(text), code, text)


@pytest.mark.parametrize("text", NO_RED_FLAG)
def test_no_red_flag_is_found(extract, text):
    assert_no_red_flag(extract(text), text)


@pytest.mark.parametrize("text", PAST_CLOT_NAMED_AGAIN)
def test_a_past_clot_named_again_is_a_history_of_dvt(extract, text):
    assert extract(text).findings.get("history_of_dvt") is True, text
