"""Classes of phrasing behind the safety errors of the thirteenth held-out set's first run
(docs/measurements/nlu_eval_heldout13_first_run.md), each tested both ways. Every sentence here
is written for these tests; none is a held-out sentence."""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

RED_FLAG_FOUND = [
    # a minor wound word on a part of the foot, or with a time: still a wound
    ("there's a blister on the ball of my foot, three weeks now", "foot_wound"),
    ("a little hole on the bottom of my foot that the nurse dresses", "foot_wound"),
    ("mi have a cut pon mi toe from Christmas", "foot_wound"),
    ("a blister from my new shoes on my heel, still raw", "foot_wound"),
    ("I scraped my shin on the step two months ago and it still hasn't healed", "foot_wound"),
    # a purpose is no denial: "so nothing rubs the ulcer"
    ("I wear sandals so nothing rubs the ulcer on my toe", "foot_wound"),
    # a question about the person's own sign is no general question (not "is a scab a sore?")
    ("is a little black spot on my toe bad? it's been there a month", "color_or_temperature_change"),
    ("Is a sore on my heel that won't heal serious?", "foot_wound"),
    # an event, not what walking does each time: "both legs went weak this morning"
    ("since this morning both legs went weak and walking makes it worse", "cauda_equina_signs"),
    # rest pain: "giving me gyp in bed", the foot dangling or hung off the sofa, "doesn't even wait
    # for me to walk", "it's there sat in my armchair", texting "at nite"
    ("me left foot's been giving me gyp in bed most nights", "rest_pain"),
    ("I end up sat on the edge of the bed with my foot dangling down", "rest_pain"),
    ("at 2am I have to hang my foot off the sofa to ease it", "rest_pain"),
    ("the pain doesn't even wait for me to walk now", "rest_pain"),
    ("the calf ache, it's there sat in my armchair watching telly now", "rest_pain"),
    ("my feet burn at nite", "rest_pain"),
    # colour: a learner's "colour little dark", "the right has looked paler", dusky nails
    ("my toe, colour little dark since last week", "color_or_temperature_change"),
    ("the right has looked paler than usual for a week", "color_or_temperature_change"),
    ("my toenails look a bit dusky lately", "color_or_temperature_change"),
    # sudden: "all at once", "paining too much", "from nothing to agony", "in a flash"
    ("my foot went white and cold all at once this afternoon", "sudden_severe_pain"),
    ("suddenly my calf is paining too much", "sudden_severe_pain"),
    ("the thigh went from nothing to unbearable agony on the stairs", "sudden_severe_pain"),
    ("it came on in a flash and it's killing me, the whole leg", "sudden_severe_pain"),
    # cauda equina: "can't properly feel it when I go to the loo", legs that "keep buckling under me"
    ("I can't properly feel it when I go to the loo since Friday", "cauda_equina_signs"),
    ("my legs keep buckling under me since yesterday", "cauda_equina_signs"),
    # DVT: the calf named, then "it's hot and red"; "swole"; "twice the size" after the part; "more around"
    ("my calf swelled up after the flight home, and it's hot and red", "dvt_signs"),
    ("my leg's swole and red since Monday", "dvt_signs"),
    ("my left leg from the ankle up is twice the size of the other", "dvt_signs"),
    ("my calf measures 3 cm more around than the other and it's flushed and warm", "dvt_signs"),
    # "their" is the person's own feet
    ("my feet are at their worst once I get into bed, every night now", "rest_pain"),
    # a span after "gonna" in another clause is still the person's
    ("gonna be honest, my foot has gone white and cold", "color_or_temperature_change"),
]


@pytest.mark.parametrize("text,code", RED_FLAG_FOUND)
def test_red_flag_phrasing_is_found(extract, text, code):
    assert_found(extract(text), code, text)


NOT_A_RED_FLAG = [
    # "hole", "cut", "nick", "crack" in other senses: golf, a canal, the nails, a phone
    "by the 4th hole both calves were aching",
    "we walk down the cut to the lock and my thighs ache",
    "I nicked my toe cutting my nails, calves cramp on hills",
    "cracked my phone screen, anyway my calves ache at 200 m",
    "had a cut in my hours at work so I walk more and my calves ache",
    # Scots "whit" is "what"
    "Whit's this test they do on the ankles?",
    # the spine's signs: numb "from the bum down" on walking, legs that get weak each time walking
    # makes it worse, a pain that standing does not ease (neurogenic claudication)
    "both my legs go numb and tingly from the bum down after ten minutes walking, bending over helps",
    "my legs get tingly and weak, both of them, and walking makes it worse",
    "when I stand the pain is not going, I must sit down or bend forward",
    # the new words in ordinary senses: gyp on hills, "hurt too much to walk far", both ankles
    # swelling by evening, legs that buckle after a mile's walk, an idea that came in a flash
    "my calves give me gyp on hills",
    "my calves hurt too much to walk far, it eases in a minute",
    "my ankles swell by the evening, and they're aching",
    "my legs keep buckling under me after a mile of walking",
    "it came in a flash, the idea to walk more, and my calves ache",
    # a future: "gonna" ("gon" "na" to spaCy)
    "I'm scared my toes are gonna turn black one day, for now it's calf cramps",
]


HELD = [
    # someone else's: "his" / "her" in the mention, "she hangs them", Pidgin "my papa", Maori "Koro"
    ("Koro's got sores on his feet that won't come right. Me, my calves cramp", "foot_wound", "other_person"),
    ("Granddad has a big sore on his foot. I just get shin pain at rugby", "foot_wound", "other_person"),
    ("my aunt gets pain at night, she hangs them off the side of the bed. I get cramps walking", "rest_pain", "other_person"),
    ("my papa foot don black, me na just calf pain when I waka", "color_or_temperature_change", "other_person"),
    # asked about: a sudden condition, what it may turn into, what was read, what to prevent, a future
    ("If suddenly very bad pain come in my leg, I must go to hospital?", "sudden_severe_pain", "hypothetical"),
    ("does this eventually turn into pain at night as well?", "rest_pain", "hypothetical"),
    ("read online that sudden bad pain means a blockage, mine is a slow ache", "sudden_severe_pain", "hypothetical"),
    ("what can I do to stop it getting to the point of sores on my feet?", "foot_wound", "hypothetical"),
    ("is a little scab a sore? mine is healing", "foot_wound", "hypothetical"),
    # over: "nothing since", "now normal", "went when they ...", "healing nicely"
    ("woke with pain in bed for a few nights back in March with the flu, nothing since", "rest_pain", "historical"),
    ("last year my foot very cold and white, doctor do operation, now normal", "color_or_temperature_change", "historical"),
    ("I had pain in bed at night but that went when they put the stent in", "rest_pain", "historical"),
    ("there was a cut on my toe from the nail clippers, it's healing nicely", "foot_wound", "historical"),
]


@pytest.mark.parametrize("text,code,context", HELD)
def test_red_flag_words_in_context_are_held(extract, text, code, context):
    assert_held_as(extract(text), code, context, text)


@pytest.mark.parametrize("text", NOT_A_RED_FLAG)
def test_no_red_flag_is_invented(extract, text):
    assert_no_red_flag(extract(text), text)
