"""Classes of phrasing behind the safety errors of the twelfth held-out set's first run
(docs/measurements/nlu_eval_heldout12_first_run.md), each tested both ways. Every sentence here
is written for these tests; none is a held-out sentence."""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

# KNOWN (not fixed): a nurse's handover about a patient ("Bed 12: 81M c/o rest pain L foot") is
# read as the person's own; a Creole "foot swell up red an hot" (no pattern, so the classifier's
# red flag stands).

RED_FLAG_FOUND = [
    # rest pain: "hang it out the side of the bed", Bajan "hang am off de bed", "when me lie
    # down", "night time", "even without walking"
    ("most nights I have to hang it out the side of the bed", "rest_pain"),
    ("ah does hang am off de bed every night", "rest_pain"),
    ("me toes burn even when me lie down", "rest_pain"),
    ("night time the foot is aching bad", "rest_pain"),
    ("the calf is hurting, even without walking", "rest_pain"),
    # colour: dictation "gone blew"; a cold foot after a "can't" that denies no colour
    ("my big toe has gone blew", "color_or_temperature_change"),
    ("bad pain right leg cant move foot freezing", "color_or_temperature_change"),
    # colour: the leg named clauses before "it's cold and white"
    ("my left leg's gone sudden agony, like the worst I've had, and it's cold and white", "color_or_temperature_change"),
    ("my right foot, it's gone all pale and cold", "color_or_temperature_change"),
    # sudden severe pain: texting "sudn", "super painful"
    ("sudn agony in my calf cant walk", "sudden_severe_pain"),
    ("my thigh went suddenly super painful at the shops", "sudden_severe_pain"),
    # cauda equina: Scots "nae feeling", "baith legs", Caribbean "cyan feel", "pee muhself"
    ("nae feeling doon below since last night", "cauda_equina_signs"),
    ("baith legs have gone weak this morning", "cauda_equina_signs"),
    ("I cyan feel nuttin when I wipe", "cauda_equina_signs"),
    ("I pee meself without knowing since Tuesday", "cauda_equina_signs"),
    # chest: "me chest", "not able to breathe" of a sudden
    ("there's a heavy pain in me chest", "chest_pain_or_breathlessness"),
    ("all of a sudden I'm unable to breathe properly", "chest_pain_or_breathlessness"),
]


@pytest.mark.parametrize("text,code", RED_FLAG_FOUND)
def test_red_flag_phrasing_is_found(extract, text, code):
    assert_found(extract(text), code, text)


NOT_A_RED_FLAG = [
    # dictation "know" for "no"
    "I have know ulcers and know pain in bed",
    "I've got know sores, just calf cramps on hills",
    # clinical history notes
    "Hx DVT R leg 2017. Now both calves ache at 300 m.",
    "PMH: DVT left calf 2020, treated. Claudication L calf 150 m.",
    # past and treated: "back in", "last year", "fixed me up", "been grand since"
    "back in 2012 I had a clot in my lung and got breathless, they fixed me up, now it's my calves on walks",
    "last year I had chest pain and had a stent, none since, calves ache on walks",
    "I had night pain in my foot before the bypass, it's been grand since, now it's the other calf",
    # someone else's, in Caribbean English
    "me bredda foot turn black, mine just ache when I walk",
    # "it's cold and ..." as the weather, or about someone else's foot
    "my calves ache on walks, and it's cold and grey out today",
    "my legs ache more in winter, when it's cold and white",
    "my dad's foot is sore and it's cold and white",
    # "not able to breathe" through a blocked nose, with no sudden onset
    "I'm not able to breathe through my nose with this cold, and my calves ache on walks",
]


@pytest.mark.parametrize("text", NOT_A_RED_FLAG)
def test_look_alike_is_not_a_red_flag(extract, text):
    assert_no_red_flag(extract(text), text)


HELD = [
    ("I have know pain at night", "rest_pain", "negated"),
    ("my legs are not very cold", "color_or_temperature_change", "negated"),
    ("back in 2015 I had a sudden agony in my calf, they fixed me up", "sudden_severe_pain", "historical"),
    ("me sista foot gone cold and blue", "color_or_temperature_change", "other_person"),
]


@pytest.mark.parametrize("text,code,context", HELD)
def test_red_flag_words_in_context_are_held(extract, text, code, context):
    assert_held_as(extract(text), code, context, text)


@pytest.mark.parametrize(
    "text,code",
    [
        # "know" as a verb, "back in" of a place, "last year" with the flag still there
        ("I know my foot has gone cold and white", "color_or_temperature_change"),
        ("last year my toe went black and it's still black", "color_or_temperature_change"),
        ("back in the house now and my foot has gone white and cold", "color_or_temperature_change"),
        ("Hx of smoking. Left calf swollen, red and hot since yesterday.", "dvt_signs"),
    ],
)
def test_the_persons_own_red_flag_stays(extract, text, code):
    assert_found(extract(text), code, text)


def test_a_clinical_history_note_of_a_clot_is_history_of_dvt(extract):
    assert extract("Hx DVT R leg 2017. Now both calves ache at 300 m.").findings.get("history_of_dvt") is True


# Risk factors in clinical shorthand and lay words (the twelfth set's findings, after its first run)
RISK_FACTORS = [
    ("T2DM, HTN, ex-smoker", {"diabetes": True, "high_blood_pressure": True}),
    ("t2dm and htn for years", {"diabetes": True, "high_blood_pressure": True}),  # "t2dm" is two tokens in lower case
    ("the sugar's bad these days", {"diabetes": True}),
    ("the nurse checks my feet because of the sugar", {"diabetes": True}),
    ("me got sugar and pressure", {"diabetes": True, "high_blood_pressure": True}),
    ("I take tablets for blood pressure and cholesterol", {"high_blood_pressure": True, "high_cholesterol": True}),
]


@pytest.mark.parametrize("text,expected", RISK_FACTORS)
def test_risk_factor_words_are_read(extract, text, expected):
    findings = extract(text).findings
    assert {k: findings.get(k) for k in expected} == expected, text


@pytest.mark.parametrize("text,absent", [
    ("I put sugar in my tea and the pressure at work is awful", ("diabetes", "high_blood_pressure")),
    ("my dad has sugar and pressure", ("diabetes", "high_blood_pressure")),
    ("is the sugar bad for my legs?", ("diabetes",)),
])
def test_sugar_and_pressure_in_other_senses_are_not_risk_factors(extract, text, absent):
    findings = extract(text).findings
    assert not [k for k in absent if findings.get(k)], (text, findings)


# The side in notes and texting, and said after the part (the twelfth set's findings)
LATERALITY = [
    ("R calf cramp on walking 200 m", "one_leg"),
    ("sudn bad pain lft leg", "one_leg"),
    ("the calf on my left gets tight on hills", "one_leg"),
    ("whole leg, left", "one_leg"),
    ("Bilat calf pain at 200 m", "both_legs"),
    ("baith legs get tired on the brae", "both_legs"),
]


@pytest.mark.parametrize("text,side", LATERALITY)
def test_the_side_is_read_in_notes_and_after_the_part(extract, text, side):
    assert extract(text).findings.get("laterality") == side, text


@pytest.mark.parametrize("text", ["I turned left and my leg hurt", "my dad's R leg is swollen, mine are fine"])
def test_a_turn_or_someone_elses_side_is_not_the_persons(extract, text):
    assert extract(text).findings.get("laterality") is None, text


# Back pain in more Englishes (the twelfth set's findings, after its first run), and the back in
# other senses
@pytest.mark.parametrize("text", [
    "me back and both legs are murder",
    "the back's bad again and the legs ache walking",
    "Back's gone again, legs heavy",
    "it's just the back and the legs when I stand too long",
])
def test_back_pain_words_are_read(extract, text):
    assert extract(text).findings.get("back_pain") is True, text


@pytest.mark.parametrize("text", ["I'm back, it's gone again, the cramp", "the back of my leg is sore"])
def test_the_back_in_other_senses_is_no_back_pain(extract, text):
    assert "back_pain" not in extract(text).findings, text


# "claudication" in a clinician's note of the person's legs is walking pain; asked about, it is not
@pytest.mark.parametrize("text,expected", [
    ("R calf claud ~100 m", True),
    ("exertional calf discomfort, both sides", True),
    ("what does the word claudication mean", None),
    ("does giving up cigarettes help claudication", None),
])
def test_claudication_is_walking_pain_only_of_the_persons_legs(extract, text, expected):
    assert extract(text).findings.get("brought_on_by_walking") is expected, text
