"""Classes of phrasing behind the false alarms left on the fifteenth set after its fixes
(symptom_nlu/README.md), and someone else named in any possessive, each tested both ways. Every sentence here is written for these
tests; none is a held-out sentence."""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

HELD = [
    # a question echoed and answered by a bare denial a sentence later, after a digression
    ("Any pain in my feet at rest? My daughter asked me the same last week. Nope.",
     "rest_pain", "negated"),
    ("Any sores on my feet? I had a look in the bath last night, both heels and between the toes. None.",
     "foot_wound", "negated"),
    # ...or in the last clause of the sentence that answers it
    ("Ulcers? I checked under the lamp, both feet, all the toes, and honestly, nothing at all",
     "foot_wound", "negated"),
    ("Do my toes change colour? I watched them all week in the shower, not once", "color_or_temperature_change",
     "negated"),
    # a clot treated ever since is an episode over
    ("they found a clot in my lung, been on warfarin ever since, now the calves ache when I walk", "dvt_signs",
     "historical"),
    ("chest pain and a clot on the lung a few years back, been on blood thinners since", "dvt_signs",
     "historical"),
]


# someone else's, in any possessive with any person (context.yml other_person.people): pairs no
# set had written when the list was made by hand
HELD += [
    ("me nephew's toes have gone black, he's 28", "color_or_temperature_change", "other_person"),
    ("ma pal has a sore on his heel that'll no heal", "foot_wound", "other_person"),
    ("mah niece's calf swelled up red and hot", "dvt_signs", "other_person"),
    ("mi stepdad foot cold like ice and white", "color_or_temperature_change", "other_person"),
]


@pytest.mark.parametrize("text,code,context", HELD)
def test_red_flag_words_held_as_not_the_persons_now(extract, text, code, context):
    assert_held_as(extract(text), code, context, text)


RED_FLAG_FOUND = [
    # a "no" to whether it is healing or better affirms the problem, at once or a sentence later
    ("Is the sore on my heel healing? No.", "foot_wound"),
    ("Is the ulcer on my big toe getting better? It's been there since August. Nope.", "foot_wound"),
    # a "yes" (or "sometimes") comes first: the later denial answers something else
    ("Pain in bed at night? Yes, most nights. Sores? No.", "rest_pain"),
    ("Pain at night in bed? Sometimes, when it's cold. Not at all in the day.", "rest_pain"),
    # the question's finding said again before the denial is an answer of its own
    ("Colour change? My left foot has gone white and cold since this morning. Nothing else.",
     "color_or_temperature_change"),
    # a bare "no" closing a clause is too short to answer across a digression
    ("Any sore on my feet? There's one on my heel that won't heal, six weeks now, no.", "foot_wound"),
    # two sentences on is as far as an answer reaches
    ("Does my foot hurt in bed at night? It does, every night. I hang it out of bed. It wakes me. No.",
     "rest_pain"),
    # what someone says about the person is the person's: "<possessive> <person> says" starts no scope
    ("me da says the sore on my heel won't heal", "foot_wound"),
    ("mah sister reckons my toes look blue", "color_or_temperature_change"),
    # "me" naming the writer, then a person addressed: still the writer's
    ("me toes have gone black son", "color_or_temperature_change"),
    # a clot now, with thinners started since it was found, is still now
    ("my calf swelled up hot and red on Monday, they think it's a clot, on blood thinners since yesterday",
     "dvt_signs"),
]


@pytest.mark.parametrize("text,code", RED_FLAG_FOUND)
def test_red_flag_phrasing_is_found(extract, text, code):
    assert_found(extract(text), code, text)


NO_RED_FLAG = [
    "Pain at rest? My husband keeps asking, and I've sat and thought about it. No. Only when I walk.",
]


@pytest.mark.parametrize("text", NO_RED_FLAG)
def test_no_red_flag_is_found(extract, text):
    assert_no_red_flag(extract(text), text)
