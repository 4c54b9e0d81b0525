"""Classes of phrasing behind the safety errors of the fifth held-out set's first run
(docs/measurements/nlu_eval_heldout5_first_run.md), each tested both ways. Every
sentence here is written for these tests; none is a held-out sentence."""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

RED_FLAG_FOUND = [
    # rest pain: kept up by it, worst lying down, there before getting up, a rest state then a
    # comma, a yes with "too", "keeps going even when I'm sat"
    ("the ache in my heel keeps me awake at night", "rest_pain"),
    ("my toes throb and it keeps me up most nights", "rest_pain"),
    ("the pins and needles in my feet are worse once I get into bed", "rest_pain"),
    ("my feet are at their worst once I get into bed", "rest_pain"),
    ("the pain is there in the morning before I've got out of bed", "rest_pain"),
    ("even sat in the chair doing nothing, my foot is throbbing", "rest_pain"),
    ("yeah, in bed as well", "rest_pain"),
    ("yes even at night", "rest_pain"),
    ("my foot keeps aching even when I'm just lying down", "rest_pain"),
    # a person describing themselves is not "someone else"
    ("I'm a man of 70 and my big toe has gone black", "color_or_temperature_change"),
    ("as a woman who runs, I know my body, and this sudden agonising calf pain is new", "sudden_severe_pain"),
    # colour: a colour word before "colour"; "they look ..." as an answer about the feet
    ("my ankles have turned a funny purplish colour", "color_or_temperature_change"),
    ("the skin on my feet has gone a horrible greyish colour", "color_or_temperature_change"),
    ("they look a bit mottled", "color_or_temperature_change"),
    ("my left foot is cold and doesn't feel the same as the other one", "color_or_temperature_change"),
    # ... while a bruise beside a colour change elsewhere, or breathlessness on its own, still count
    ("I've a bruise on my knee and my toes have gone blue", "color_or_temperature_change"),
    ("I'm breathless sitting still and my calf is swollen and hot", "chest_pain_or_breathlessness"),
    ("yes they've gone quite pale", "color_or_temperature_change"),
    # sudden severe: "crushing", a blow felt in the calf or heel
    ("a sudden crushing pain in my calf an hour ago", "sudden_severe_pain"),
    ("something went in the back of my heel like somebody hit me with a bat", "sudden_severe_pain"),
    ("felt my calf go like I'd been shot while I was playing tennis", "sudden_severe_pain"),
    # cauda equina: the toilet seat, a bladder not emptying
    ("I can't feel the loo seat under me", "cauda_equina_signs"),
    ("my bladder isn't emptying properly since the weekend", "cauda_equina_signs"),
    # "settled once I ...": relief said again and again, not an episode that is over
    ("my toes hurt at night and it only settled once I hung my foot out of bed", "rest_pain"),
    # not sorted; a spell only last night
    ("the ulcer on my heel weeps and the cream hasn't sorted it", "foot_wound"),
    ("there was a spell last night where my foot went cold and white", "color_or_temperature_change"),
    # healed but a new one
    ("a cut on my toe healed in a week but now there's a new sore on my heel that won't heal", "foot_wound"),
]


@pytest.mark.parametrize("text,code", RED_FLAG_FOUND)
def test_red_flag_phrasing_is_found(extract, text, code):
    assert_found(extract(text), code, text)


NOT_A_RED_FLAG = [
    # kept up or woken by something else; worse lying down about the back
    "my husband's snoring keeps me awake at night",
    "worry about money keeps me up at night",
    "the pain in my shoulder keeps me awake at night",
    "my cough is worse when I lie down",
    "the calf pain goes when I sit down, it keeps going when I walk on",
    "my knee is stiff first thing in the morning before I get up, then it loosens",
    # a rest state, a comma, then the pain going away: relief, not rest pain; "all the time"
    # before a comma is how often, not at rest
    "when I sit down, my calves ease off in a minute",
    "I walk the dog all the time, my calves hurt after a mile",
    # colour words that are not about the legs
    "my fingers, they look a bit white when I'm out with the dog",
    "my fingertips turn white and numb",
    "my shins are fine, normal colour",
    "my new trainers? they are black and white",
    # a healing bruise; breathless with excitement
    "the bruise on my arm has gone purple and yellow",
    "the bruise on my shin is going a greenish purple now",
    "breathless with excitement, we just got engaged!",
    "I was out of breath from laughing so hard",
    # a blow without a leg; a bladder that is fine
    "it hit me like someone kicked me when I heard the news",
    "my bladder empties fine",
    # "in good nick": in good condition
    "my feet are in good nick, no problems there",
    "feet in decent nick considering",
]


@pytest.mark.parametrize("text", NOT_A_RED_FLAG)
def test_look_alike_is_not_a_red_flag(extract, text):
    assert_no_red_flag(extract(text), text)


HELD = [
    # over once treated, came right, not since, healed in a week
    ("my toes hurt at night for a bit but that settled once they sorted my tablets", "rest_pain", "historical"),
    ("my leg was cold and mottled after the bypass but it came right in a day", "color_or_temperature_change",
     "historical"),
    ("I got night pain before the angioplasty but not since", "rest_pain", "historical"),
    ("a cut on my heel from a rock on holiday in the spring, healed in a fortnight", "foot_wound", "historical"),
    ("there was a spell in my sixties when my feet ached in bed", "rest_pain", "historical"),
    # someone else's, an animal's
    ("my mother in law's toes have gone blue", "color_or_temperature_change", "other_person"),
    ("our horse has a sore on his leg that won't heal", "foot_wound", "other_person"),
    ("the dog has a cut on his pad that's weeping", "foot_wound", "other_person"),
    # someone unnamed; a treatment that "sorted it"
    ("a bloke I know got sudden agonising pain in his calf", "sudden_severe_pain", "other_person"),
    ("I had a weeping sore on my ankle in the spring, the cream sorted it", "foot_wound", "historical"),
    # clots asked about in general
    ("can a blood clot travel from your calf to your heart?", "dvt_signs", "hypothetical"),
    ("does a blood clot in the leg always hurt?", "dvt_signs", "hypothetical"),
]


@pytest.mark.parametrize("text,code,context", HELD)
def test_red_flag_words_in_context_are_held(extract, text, code, context):
    assert_held_as(extract(text), code, context, text)


# Findings the development sets showed missed or wrong (tests/nlu_heldout/dev3.yml), as classes
@pytest.mark.parametrize(
    "text,expected",
    [
        # denials in answers
        ("no, I don't wake up with the pain", {"rest_pain": False}),
        ("it has never once come on while I'm resting", {"rest_pain": False}),
        ("no problems with my bladder", {"cauda_equina_signs": False}),
        ("my legs are the same size", {"dvt_signs": False}),
        ("the calf isn't hot or swollen", {"dvt_signs": False}),
        # lay words for risk factors
        ("I've got sugar and blood pressure", {"diabetes": True, "high_blood_pressure": True}),
        ("I have the sugar", {"diabetes": True}),
        ("my pressure's fine", {"high_blood_pressure": False}),
        # an answer about the foot's temperature
        ("it isn't cold to the touch", {"color_or_temperature_change": False}),
        ("feels the same as the other one", {"color_or_temperature_change": False}),
        # back and joints
        ("my back's been iffy for years", {"back_pain": True}),
        ("my back and legs are sore", {"back_pain": True}),
        ("my knees are stiff getting out of a chair", {"joint_stiffness": True}),
        ("my hip goes stiff if I've been sitting", {"joint_stiffness": True}),
    ],
)
def test_finding_phrasing(extract, text, expected):
    findings = extract(text).findings
    assert {k: findings.get(k) for k in expected} == expected, (text, findings)


@pytest.mark.parametrize(
    "text,absent",
    [
        ("I have sugar in my tea", "diabetes"),
        ("my ABI came back as 0.8, what does that number mean?", "pain_quality"),
        ("my calves are fine on the flat", "color_or_temperature_change"),
        ("my knee goes stiff after I've been sat a while", "relieved_by_sitting_or_bending_forward"),
    ],
)
def test_finding_look_alike(extract, text, absent):
    assert absent not in extract(text).findings, (text, extract(text).mentions)


@pytest.mark.parametrize(
    "text,flags",
    [
        # "puffed (right) up" is the swelling, not breathlessness, even though DVT signs bring
        # back breathlessness blocked as exertional
        ("my calf has puffed right up and it's red and hot", ["dvt_signs"]),
        # ... while breathlessness elsewhere in the message still comes back with them
        ("my calf has puffed up, red and hot, and I'm puffed out walking up the stairs",
         ["dvt_signs", "chest_pain_or_breathlessness"]),
    ],
)
def test_a_word_of_one_red_flag_is_not_another(extract, text, flags):
    assert sorted(extract(text).red_flags) == sorted(flags), (text, extract(text).mentions)
