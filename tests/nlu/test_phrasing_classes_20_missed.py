"""Classes of phrasing behind the twentieth held-out set's missed red flags, each tested both ways.
Every sentence here is written for these tests; none is a held-out or development-set sentence.
By kind:

- rest: "it" said to be constant ("it's constant now"; constant over a walk is blocked), the states
  listed then "doesn't matter" / "no matter if I'm sitting", learners' "paining whole night", "in the
  middle of the night", waking at a clock time with the pain ("wake up 2 or 3 in the morning with a
  burning"), learners' "even I am not walking" / "even no walking", the rest in a clause of its own
  after the walking pain (", when I lie down also"; ", at night also fine" is blocked);
- sudden: "a pain like nothing before" (after a pain word only), learners' "very much pain",
  Nigerian Pidgin "pain me well well", the limb gone dead or cold after the sudden pain, also after
  "and then";
- colour: "also cold" after "cannot walk" (the negation stopped the comma gap), "a black bit on the
  end of my toe" (not "a black bit of fluff on my sock");
- wound: skin on the foot still raw weeks on ("still raw after a month"; not "raw last month but
  it's healed", not "raw from the new shoes");
- a block no longer takes the limb's own sign that a punctuation mark parts from it ("my foot is
  white, very cold day today": the weather block took the whole span before).
"""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

RED_FLAG_FOUND = [
    # "it" said to be constant: in this conversation "it" is the pain
    ("it's constant now, the ache in my toes", "rest_pain"),
    ("Honestly it's continuous these days. My left foot mostly.", "rest_pain"),
    ("the burning has become constant, day and night", "rest_pain"),
    # the states listed, then "doesn't matter"; "no matter if I'm sitting"
    ("sat down, lying in bed, walking, doesn't matter, my left foot aches", "rest_pain"),
    ("it doesn't matter if I'm sitting or standing, the toes burn", "rest_pain"),
    ("no matter whether I'm lying in bed or up, the foot hurts", "rest_pain"),
    # learners' "whole night"; the middle of the night
    ("my legs are aching whole night, cannot sleep", "rest_pain"),
    ("my toes are burning the whole night", "rest_pain"),
    ("I wake in the middle of the night with my foot aching", "rest_pain"),
    # waking at a clock time with the pain
    ("I wake at 4 in the morning with an ache in my right foot", "rest_pain"),
    ("most nights I wake up around 2am from the pain in my toes", "rest_pain"),
    ("I woke at 3 or 4 with a throbbing in my heel again", "rest_pain"),
    # learners' "even I am not walking", "even no walking"
    ("my foot is paining even I am not walking", "rest_pain"),
    ("the calf hurts even when not walking", "rest_pain"),
    ("pain in my foot even no moving", "rest_pain"),
    # the rest in a clause of its own after the walking pain
    ("my leg pains on walking, at night also", "rest_pain"),
    ("my calf aches when I walk, and also in bed", "rest_pain"),
    ("the toes hurt when I walk far, when I lie down too", "rest_pain"),
    # a pain like nothing before, after a sudden onset
    ("suddenly a pain in my calf like nothing I've ever felt before", "sudden_severe_pain"),
    ("all of a sudden an ache in my left leg like nothing else, it won't stop", "sudden_severe_pain"),
    # learners' "very much pain", Pidgin "well well"
    ("my leg suddenly very much paining, I cannot stand", "sudden_severe_pain"),
    ("all of a sudden my foot is hurting very much", "sudden_severe_pain"),
    ("sudden my foot start to pain me well well", "sudden_severe_pain"),
    # the limb gone dead or cold after the sudden pain, also after "and then"
    ("sudden pain in my calf and now my foot feels dead", "sudden_severe_pain"),
    ("all of a sudden my thigh hurt and then the whole leg went numb and cold", "sudden_severe_pain"),
    ("suddenly a pain in my shin and now the whole foot feels numb and icy", "sudden_severe_pain"),
    # "also cold" after "cannot walk"
    ("my left leg is agony, I can't walk, also cold", "color_or_temperature_change"),
    ("pain in the right foot since lunch, cannot stand on it, and freezing", "color_or_temperature_change"),
    # a coloured bit on a part of the toe
    ("there's a black bit at the tip of my big toe", "color_or_temperature_change"),
    ("a purple bit on the side of my little toe", "color_or_temperature_change"),
    # skin on the foot still raw weeks on
    ("the skin on my heel has been raw for three weeks", "foot_wound"),
    ("my big toe is still raw 6 weeks later", "foot_wound"),
    ("where the blister was on my heel the skin is still raw after two months", "foot_wound"),
    # the limb's own sign kept when a block takes the rest of a long span
    ("my foot is white, very cold day today", "color_or_temperature_change"),
    ("my foot is white, can't walk, also cold weather", "color_or_temperature_change"),
]

HELD = [
    # asked, someone else's, denied
    ("what if I suddenly get a pain like nothing before in my leg?", "sudden_severe_pain", "hypothetical"),
    ("my brother suddenly got a pain in his leg like nothing before", "sudden_severe_pain", "other_person"),
    ("my husband wakes at 4 in the morning with pain in his feet", "rest_pain", "other_person"),
    ("I never wake up at 3 in the morning with pain", "rest_pain", "negated"),
    ("my dad's heel has been raw for weeks", "foot_wound", "other_person"),
    ("the skin on my heel was raw for a week but it healed", "foot_wound", "historical"),
]

NO_RED_FLAG = [
    # constant over a walk, not at rest
    "it's constant when I walk uphill, then it goes once I stop",
    "the pain is constant while I walk, goes away when I stop",
    "the ache is constant on the walk to the shops, fine when I sit",
    "it's not constant, only when I walk",
    "it used to be constant but it's fine now",
    "is it constant? no, only when I walk",
    # not waking with it, or waking with something else
    "I don't wake up with it, only when I walk",
    "I wake up at 7 with my alarm, the calves ache later when I walk",
    "no pain when I lie down",
    "my legs don't hurt the whole night, just when I walk",
    # the rest said with its relief
    "my calf hurts when I walk, at night also fine",
    "my calf hurts when I walk, in bed too no pain",
    # a question, someone else's, a brief twinge
    "if it ever got severe suddenly what do I do?",
    "my dad's leg went white suddenly",
    "a sudden twinge when I stepped off the kerb, gone in a second",
    "suddenly I felt like nothing before, so happy",
    # "very much", "well well" about other things
    "thank you very much, the calf pain is only when I walk",
    "I like this app very much, my calves hurt walking uphill",
    "well well, my calves ache after the hill",
    # black things that are not the toe
    "black toenail polish on my toes",
    "a black bit of fluff on my sock",
    # raw skin that healed, raw from shoes, raw feelings
    "the skin was raw last month but it's healed",
    "the skin on my heel was still raw after a month but it's healed now",
    "my heels are raw from the new shoes",
    "I'm still raw after a month since my wife died, and my calves ache when I walk",
]


@pytest.mark.parametrize("text,code", RED_FLAG_FOUND)
def test_red_flag_phrasing_is_found(extract, text, code):
    assert_found(extract(text), code, text)


@pytest.mark.parametrize("text,code,context", HELD)
def test_red_flag_words_are_held(extract, text, code, context):
    assert_held_as(extract(text), code, context, text)


@pytest.mark.parametrize("text", NO_RED_FLAG)
def test_no_red_flag_is_found(extract, text):
    assert_no_red_flag(extract(text), text)
