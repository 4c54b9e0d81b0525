"""Classes of phrasing behind the colour-or-temperature red flags that the nineteenth held-out set's
first run missed, each tested both ways: "its" typed for "it's" (lexicon.yml its_contraction, split
by the tokenizer, extractor.py ItsTokenizer), "and now it's ...", a run-on "... ago it's white", a
reply naming the limb after its colour ("it's white, the whole foot"), a note's bare "very cold"
after the limb, the side named between the limb and its colour ("my toes on the right have been
..."), a colour with -ish or -y ("bluey", "whitish": lexicon.yml spelling_overrides), and clothes of
a colour ("blue jeans"). Every sentence here is written for these tests; none is a held-out or
development-set sentence."""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

COLOUR = "color_or_temperature_change"

RED_FLAG_FOUND = [
    # "its" for "it's", after the limb or a sudden pain
    ("my right foot went numb half an hour ago and its gone white", COLOUR),
    ("my calf is killing me all of a sudden and its cold to touch", COLOUR),
    ("my foot is throbbing, its white", COLOUR),
    ("the pain in my leg came on all at once, its blue and numb", COLOUR),
    ("my leg's agony and its freezing and pale", COLOUR),
    ("Its cold and white, my left foot", COLOUR),
    # "and now it's ...", "and then it's ...": a word between the "and" and the "it"
    ("my foot started hurting out of nowhere and now it's pale and cold", COLOUR),
    ("my leg suddenly got really painful and now its blue", COLOUR),
    ("my toes hurt when I walk and then they are white", COLOUR),
    # run on, with no "and" or comma
    ("my left foot went agony ten minutes ago it's white and I can't feel it", COLOUR),
    ("right leg really painful since lunch its pale", COLOUR),
    # a reply naming the limb after its colour
    ("its white, the whole foot", COLOUR),
    ("it's gone blue - the whole leg", COLOUR),
    ("they're purple, both feet", COLOUR),
    ("its been blue for 3 days, my little toe", COLOUR),
    ("it's a funny grey colour, my big toe", COLOUR),
    ("its freezing, the whole left foot", COLOUR),
    # a note's bare "very cold" after the limb
    ("L foot pain since 6am, v sudden, very cold", COLOUR),
    ("right calf agony since this morning, very cold, no pulse felt", COLOUR),
    ("left foot, very cold day and night", COLOUR),
    ("pain in my right leg since lunchtime, feels cold", COLOUR),
    # the side named between the limb and its colour
    ("my toes on the left have gone a bit dusky", COLOUR),
    ("the toes on the right side have looked really pale lately", COLOUR),
    # a colour with -ish or -y
    ("my toes have been looking a bit bluey recently", COLOUR),
    ("my heel has gone a whitish colour", COLOUR),
    ("the ball of my foot is purpley when I stand", COLOUR),
    ("my left foot looks greyish compared to the right", COLOUR),
    ("my big toe has gone reddish-purple", COLOUR),
    ("my toenails are blueish and my feet are cold", COLOUR),
    ("my feet go a palish colour when I prop them up", COLOUR),
]

HELD = [
    # "its" denied, asked about, someone else's, over
    ("what if my leg goes cold and its white", COLOUR, "hypothetical"),
    ("my dad's foot went numb and its cold and white", COLOUR, "other_person"),
    ("my foot went white years ago but its normal now", COLOUR, "historical"),
    # -ish or -y, denied or someone else's
    ("my feet are not bluey at all", COLOUR, "negated"),
    ("my wife's toes have been a bit bluey", COLOUR, "other_person"),
    ("no whitish or purpley patches on my feet", COLOUR, "negated"),
]

NO_RED_FLAG = [
    # possessive "its", and "it's" that is the weather or a thing
    "its colour is normal, my foot I mean",
    "the dog licked its paw after our walk",
    "my cat hurt its white paw on the fence",
    "the knee brace lost its shape",
    "its not cold, my foot feels the same as the other",
    "its cold outside today so my legs ache more",
    "my calves cramp walking, at its worst after a mile",
    "the bruise was bluey yellow after the blood test",
    # a note's "very cold" of a thing or the weather
    "my calves ache on walks, very cold weather lately",
    "my legs ache walking the dog, very cold day today",
    "leg cramps at night, very cold house",
    "my leg hurts, I had a cold drink",
    "my foot hurts but its not cold or white",
    "my toes on the right are not blue",
    # clothes and dressings of a colour
    "my legs ache in my blue jeans",
    "I wear white socks and my feet ache when I walk",
    "there's a white bandage on my shin from the nurse",
    "black polish on my toenails and my calves ache walking",
    "my feet hurt in my black boots",
]

# possessive "its" stays one token; "its" for "it's" is "it" + "s", as spaCy splits "thats"
TOKENS = [
    ("now its cold and white", "now it s cold and white"),
    ("its pale, the whole foot", "it s pale , the whole foot"),
    ("its been hurting", "it s been hurting"),
    ("its a bit blue", "it s a bit blue"),
    ("its normal now", "it s normal now"),
    ("its colour is normal", "its colour is normal"),
    ("the dog licked its paw", "the dog licked its paw"),
    ("its white paw", "its white paw"),
    ("at its worst", "at its worst"),
    ("on its own", "on its own"),
    ("it lost its colour", "it lost its colour"),
    ("its", "its"),
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


@pytest.mark.parametrize("text,tokens", TOKENS)
def test_its_is_split_only_where_it_is_it_is(extractor, text, tokens):
    assert " ".join(t.text for t in extractor.nlp.tokenizer(text)) == tokens


def test_its_for_its_other_findings(extract):
    """The split serves every pattern that reads "it 's|s": pain at rest, relief."""
    assert "rest_pain" in extract("my feet ache and its there at nite too").red_flags
    assert extract("5 mins standing still and its gone").findings.get("relieved_by_standing_still") is True
