"""Classes of phrasing behind the twenty-second held-out set's missed rest pain, foot wounds and colour or
temperature changes (first run), each tested both ways. Every sentence here is written for these tests;
none is a held-out or development-set sentence.

- rest: the limb "nipping" in bed; sitting in a chair half the night; "can't get comfy in bed"; up in the
  night walking or pacing a room to ease the feet; "the nights are new"; "mine does every night" after a
  question; a pain or cramp that comes on "just sitting" (day, not night cramps); "sitting also hurts now";
  "doesn't quit when I sit down", "keeps going all evening in the chair"; an answer "even lying still";
- wound: a spot on the side of a toe open or not getting better; a wound "not getting any better"; skin,
  a crack or a corn that keeps splitting or has broken open and stays so; learners' "heel crack and
  open"; a toe, then "it won't close up";
- colour: "my foot colour is change(d)", "colour of foot is changing"; "lost colour"; colder or paler
  "to touch than the right", "compared with my right, the left feels chillier"; French "la jambe est
  froide".
"""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

RED_FLAG_FOUND = [
    # rest
    ("my right foot keeps nipping at night", "rest_pain"),
    ("I end up sat in the recliner most of the night with the leg hanging", "rest_pain"),
    ("I can't get comfy in bed, my heels burn", "rest_pain"),
    ("in the night my toes throb and I get up and pace the landing to settle them", "rest_pain"),
    ("I get up in the night and walk round the bedroom to ease them", "rest_pain"),
    ("I was up pacing the landing at 2am because my feet were burning", "rest_pain"),
    ("the walking I'm used to but the nights are new", "rest_pain"),
    ("does it bother other people in bed? mine does every night", "rest_pain"),
    ("the ache in my calf comes on even sitting at my desk now", "rest_pain"),
    ("my calf cramp comes on just sitting at my desk", "rest_pain"),
    ("lying down also hurts now", "rest_pain"),
    ("the burning in my feet won't quit anymore when I lie down", "rest_pain"),
    ("the ache keeps going all evening on the sofa", "rest_pain"),
    ("mostly in bed, even lying still", "rest_pain"),
    # wound
    ("I've a patch on the top of my second toe that's been open for a month", "foot_wound"),
    ("the spot under the ball of my foot is not getting any better", "foot_wound"),
    ("my leg ulcer isn't getting any better", "foot_wound"),
    ("the skin on my heel keeps splitting open", "foot_wound"),
    ("the callus on my sole has split open and it's been weeks now", "foot_wound"),
    ("my heel cracked and open, bleeding a bit", "foot_wound"),
    ("on the big toe, and it just won't close up", "foot_wound"),
    # the phrasal "crack on" is blocked; a crack on a named part of the foot is kept
    ("I've a crack on my heel that won't heal", "foot_wound"),
    # colour
    ("my foot colour has changed, it looks dusky", "color_or_temperature_change"),
    ("colour of my left foot is changing since yesterday", "color_or_temperature_change"),
    ("my right foot lost its colour this morning", "color_or_temperature_change"),
    ("the left is cooler to the touch than the right", "color_or_temperature_change"),
    ("compared to the other one, my right feels colder", "color_or_temperature_change"),
    ("my feet feel chillier than they used to", "color_or_temperature_change"),
    ("mon pied est froid et blanc", "color_or_temperature_change"),
]

HELD = [
    ("my dad sits in the chair half the night with his foot down", "rest_pain", "other_person"),
    ("my sister has a crack on her heel that keeps splitting open", "foot_wound", "other_person"),
    ("my wife's left foot is cooler to the touch than the right", "color_or_temperature_change", "other_person"),
]

NO_RED_FLAG = [
    # rest
    "I was nipping to the loo at night",
    "I sat in the armchair all the night watching the match",
    "I can't get comfy in bed because of my back",
    "I get up and walk round the kitchen to ease them, my calves, after dinner",
    "up walking the floor with the baby because she has colic",
    "the nights are new to me since I started night shifts",
    "does your foot hurt at night? mine does not at night",
    "the pain never comes on just sitting at the desk",
    "sitting also hurts my back now",
    "sitting is fine, only walking hurts",
    "it quits when I sit down",
    "it never hurts even lying still",
    "it goes away, even lying still helps",
    "it takes twenty minutes to wear off even lying down",
    # wound
    "it's a corn on my little toe, it isn't broken open",
    "the blister broke open yesterday and healed in three days",
    "my lips keep splitting open",
    "the bag split open since it was overfilled",
    "a spot on the side of my big toe but it's not open",
    "my heel is not cracked and open",
    "the gap in my fence won't close up",
    "I just crack on with it, my heel hurts",
    # colour
    "my foot colour is normal",
    "the colour of my urine has changed",
    "the colour of my foot hasn't changed",
    "has the colour of your foot changed?",
    "my hair colour has changed",
    "my foot never lost its colour",
    "the photo lost its colour",
    "compared with my right, the left feels stronger",
    "compared with my right the left is no colder",
    "la soupe est froide",
    "ma jambe n'est pas froide",
    "the weather is chillier",
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
