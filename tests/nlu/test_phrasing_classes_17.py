"""Classes of phrasing behind the eighteenth held-out set's missed colour, temperature and foot
wound red flags, each tested both ways: a dark spot with a word before "spot", a double negative
that affirms, colour and cold as emoji, comparisons (corned beef, blotchy, "as cold as"), grey and
shiny, "they're freezing" after the feet, Shetland "da fit", "the colour is pale", "cold to touch"
with no subject; a raw or open place on the foot, Pidgin "puka", "no heal" / "nah heal", leaking,
"it's been N months", "the heel sore is bigger", dictation "a saw on my heal". Every sentence here
is written for these tests; none is a held-out or development-set sentence."""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

RED_FLAG_FOUND = [
    # a colour, one word, then the spot
    ("there's a dark crusty patch on the side of my little toe", "color_or_temperature_change"),
    ("noticed a black scabby spot under my big toe", "color_or_temperature_change"),
    # a double negative that affirms
    ("I wouldn't say my feet aren't a bit purple, if I'm honest", "color_or_temperature_change"),
    ("wouldn't say they aren't cold, they are", "color_or_temperature_change"),
    # emoji
    ("left foot 🥶 all day even with slippers on", "color_or_temperature_change"),
    ("my toes gone 💜 this morning", "color_or_temperature_change"),
    ("🧊 feet and they ache", "color_or_temperature_change"),
    # comparisons and mottling
    ("my lower leg looks like corned beef from the tin, blotches everywhere", "color_or_temperature_change"),
    ("the right foot has gone strange since yesterday, sort of mottled", "color_or_temperature_change"),
    ("my big toe aches and it's as cold as a stone", "color_or_temperature_change"),
    ("my shins have gone funny this month, all pale and shiny", "color_or_temperature_change"),
    ("me feet ache after the shift and they're freezing", "color_or_temperature_change"),
    # Shetland "da fit"
    ("da fit is blue an it's sair", "color_or_temperature_change"),
    # the colour with no body part after a pain
    ("the pain in my calf came on an hour ago and the colour is a bit blue", "color_or_temperature_change"),
    ("my leg hurts so bad now, can't walk on it, icy to the touch", "color_or_temperature_change"),
    # a raw or open place on the foot
    ("there's an open spot on my heel that keeps weeping", "foot_wound"),
    ("a raw patch between my fourth and fifth toes", "foot_wound"),
    ("got a wee raw bit under me big toe", "foot_wound"),
    # Pidgin and Jamaican "no heal", leaking
    ("get one small puka on my heel, no heal", "foot_wound"),
    ("di blister pon mi toe nah heal from last month", "foot_wound"),
    ("the cut on the sole of my foot is still leaking after a fortnight", "foot_wound"),
    # the sore named by its place, growing
    ("the toe sore is getting deeper", "foot_wound"),
    ("the ankle sore has grown bigger since the summer", "foot_wound"),
    ("there's a blister on my heel, been 5 weeks", "foot_wound"),
    # dictation
    ("I have a saw on my big toe and it is weeping", "foot_wound"),
    ("the ulcer on my heal is no better", "foot_wound"),
    # "not fine now" / "no better now" is still the person's; Shetland "fine noo" is over (below)
    ("the blister on my little toe is no better now, a month on", "foot_wound"),
    # misspellings and homophones the edit distance cannot settle (lexicon.yml spelling_overrides)
    ("a suddan sevear pane in my left calf, can't walk", "sudden_severe_pain"),
    ("my foot went pail and kold this morning", "color_or_temperature_change"),
    ("sever pain in my leg all of a sudden", "sudden_severe_pain"),
]

HELD = [
    ("my toes aren't purple at all", "color_or_temperature_change", "negated"),
    ("what if there's a raw place on my foot and I don't notice", "foot_wound", "hypothetical"),
    ("my husband's got an open area on his heel that won't heal", "foot_wound", "other_person"),
    ("my dad's feet are blotchy and freezing", "color_or_temperature_change", "other_person"),
    ("ma toes went purple in the snaw last week, fine noo", "color_or_temperature_change", "historical"),
]

NO_RED_FLAG = [
    # a hedged denial stays a denial
    "I wouldn't say my toes are blue",
    # hearts as a sign-off, cold things
    "my calves ache after the walk but thanks for asking 💙",
    "thank you 💜 my legs are a bit better today",
    "the radiator in the bedroom is cold to the touch and my legs ache when I walk up the stairs",
    "it's freezing out 🥶 and my calves ache on the hill",
    # the colour of something else
    "the colour of the new bathroom is pale blue",
    "painted the kitchen at the weekend, the colour is pale yellow, and my calves ache walking",
    # "heal" stays "heal": a wound that healed, and one that is healing
    "the cut on my shin has healed fine",
    # a dialect denial of a wound
    "no sores on mi feet, skin is intact, just the calf pain walking",
    # an open slot, a raw place elsewhere
    "there's an open spot at the clinic on Friday, they can look at my leg then",
    "got a raw bit on my lip from the wind, calves ache on hills",
    # ordinary "saw"
    "I saw on my leg a little bruise from the coffee table",
    # a window's pane is no pain
    "the window panes rattle all night in the wind",
    "no sevear pane, just an ache in the calf after a mile",
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


def test_spelling_overrides_name_pattern_words():
    """Every spelling override turns a token into a word the patterns test (else it only hides it)."""
    from symptom_nlu.extractor import build_pipeline, load_lexicon, PATTERNS_DIR
    from symptom_nlu.spelling import pipeline_vocabulary

    vocabulary = pipeline_vocabulary(build_pipeline(spelling=False))
    overrides = load_lexicon(PATTERNS_DIR).get("spelling_overrides") or {}
    assert overrides
    assert {v for v in overrides.values() if v not in vocabulary} == set()
