"""Context rules: negation (negspacy termset as configured), hypothetical,
historical / resolved, another person; their pseudo-triggers, terminations,
comma and list scoping, window, and precedence."""
from __future__ import annotations

import pytest


def ctx(result, finding):
    return [m.context for m in result.mentions if m.finding == finding]


# --- negation ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,finding",
    [
        ("no diabetes", "diabetes"),
        ("I never get pain in my feet at night", "rest_pain"),
        ("I'm not diabetic", "diabetes"),
        ("I don't have high blood pressure", "high_blood_pressure"),
        ("I dont have high cholesterol", "high_cholesterol"),  # typed without the apostrophe
        ("it doesn't get worse uphill", "worse_uphill_or_hurrying"),
        ("I deny any chest pain", "chest_pain_or_breathlessness"),
        ("my feet are free of sores", "foot_wound"),
        ("I haven't got diabetes", "diabetes"),
        ("nothing on my feet that won't heal", "foot_wound"),
        ("no swelling", "leg_swelling"),
        ("back pain not really", "back_pain"),  # a following trigger
    ],
)
def test_negation_triggers_make_a_bool_false(extract, text, finding):
    result = extract(text)
    assert result.findings.get(finding) is False, result.mentions


def test_neither_nor_negates_both(extract):
    result = extract("neither diabetes nor high cholesterol")
    assert result.findings["diabetes"] is False
    assert result.findings["high_cholesterol"] is False


@pytest.mark.parametrize(
    "text,finding",
    [
        ("I have no idea why my toe has gone black", "color_or_temperature_change"),
        ("not sure why my foot is so cold", "color_or_temperature_change"),
        ("it doesn't go away unless I sit down", "relieved_by_sitting_or_bending_forward"),
        ("I can't control my bladder", "cauda_equina_signs"),  # "can't" is capability, not denial
        ("I can't walk far because my calf cramps", "brought_on_by_walking"),
    ],
)
def test_pseudo_negations_do_not_negate(extract, text, finding):
    result = extract(text)
    assert result.findings.get(finding) is True, result.mentions


@pytest.mark.parametrize(
    "text,expected",
    [
        ("no diabetes but high blood pressure", {"diabetes": False, "high_blood_pressure": True}),
        ("I don't smoke and I have diabetes", {"smoking": "never", "diabetes": True}),
        ("no sores, my toe has gone black", {"foot_wound": False, "color_or_temperature_change": True}),
        ("no sores, and my toe has gone black", {"foot_wound": False, "color_or_temperature_change": True}),
        ("no pain at night; my foot is cold", {"rest_pain": False, "color_or_temperature_change": True}),
        # a list after a comma stays negated
        ("no sores, ulcers or wounds on my feet", {"foot_wound": False}),
        ("no diabetes, high blood pressure or cholesterol",
         {"diabetes": False, "high_blood_pressure": False, "high_cholesterol": False}),
    ],
)
def test_negation_scope_ends_at_a_clause(extract, text, expected):
    findings = extract(text).findings
    assert {k: findings.get(k) for k in expected} == expected


def test_negation_reaches_only_a_few_tokens(extract):
    near = extract("no " + "really " * 3 + "diabetes")
    far = extract("no " + "really " * 10 + "diabetes")
    assert near.findings["diabetes"] is False
    assert far.findings["diabetes"] is True


def test_negated_list_finding_is_left_out_but_mentioned(extract):
    result = extract("no pain in my thighs, only my calves")
    assert result.findings["pain_location"] == ["calf"]
    assert "negated" in ctx(result, "pain_location")


# --- hypothetical -----------------------------------------------------------------
@pytest.mark.parametrize(
    "text,finding",
    [
        ("what if my foot turns blue?", "color_or_temperature_change"),
        ("what happens if I get an ulcer on my foot", "foot_wound"),
        ("should I worry if my calf is swollen and red", "dvt_signs"),
        ("is it bad if it hurts at night?", "rest_pain"),
        ("in case I get chest pain, who do I call?", "chest_pain_or_breathlessness"),
        ("could my foot go black?", "color_or_temperature_change"),
        ("if my toes ever turn blue what should I do", "color_or_temperature_change"),
        ("I'm worried my foot could turn blue one day", "color_or_temperature_change"),
        ("what are the warning signs of a blood clot", "dvt_signs"),
    ],
)
def test_hypothetical_is_not_a_finding(extract, text, finding):
    result = extract(text)
    assert finding not in result.findings, result.mentions
    assert "hypothetical" in ctx(result, finding)


def test_hypothetical_ends_with_the_question(extract):
    result = extract("what if it gets worse? my toe has gone black")
    assert result.red_flags == ["color_or_temperature_change"]


def test_a_real_condition_is_not_hypothetical(extract):
    # "if I stop" states what happens, it does not ask "what if"
    result = extract("it goes away if I stop for a minute")
    assert result.findings["relieved_by_standing_still"] is True
    assert result.findings["relief_minutes"] == 1.0


# --- historical / resolved ----------------------------------------------------------
@pytest.mark.parametrize(
    "text,finding",
    [
        ("had an ulcer years ago, healed", "foot_wound"),
        ("I used to get cramps in my thighs", "pain_location"),
        ("I used to have high blood pressure", "high_blood_pressure"),
        ("years ago I had pain in my hip", "pain_location"),
        ("I had a sore on my foot but it has cleared up", "foot_wound"),
        ("my back pain is gone now", "back_pain"),
    ],
)
def test_historical_is_not_current(extract, text, finding):
    result = extract(text)
    assert finding not in result.findings, result.mentions
    assert "historical" in ctx(result, finding)


@pytest.mark.parametrize(
    "text,finding,value",
    [
        ("I was diagnosed with diabetes ten years ago", "diabetes", True),
        ("I've had a sore on my toe since last year", "foot_wound", True),
        ("my toe went black years ago and it's still black", "color_or_temperature_change", True),
        ("the sore on my heel hasn't healed", "foot_wound", True),
        ("my calf cramps started a year ago", "pain_location", ["calf"]),
    ],
)
def test_lasting_states_dated_in_the_past_are_current(extract, text, finding, value):
    assert extract(text).findings.get(finding) == value


# --- another person -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,finding",
    [
        ("my husband gets calf pain", "pain_location"),
        ("my dad had diabetes", "diabetes"),
        ("my mum has high blood pressure", "high_blood_pressure"),
        ("my wife smokes", "smoking"),
        ("my friend has an ulcer on his foot", "foot_wound"),
        ("family history of high cholesterol", "high_cholesterol"),
        ("diabetes runs in the family", "diabetes"),
        ("he has diabetes", "diabetes"),
        ("my dad is 80 years old", "age"),
        ("my brother's legs are swollen", "leg_swelling"),
    ],
)
def test_another_persons_finding_is_not_the_persons(extract, text, finding):
    result = extract(text)
    assert finding not in result.findings, result.mentions
    assert "other_person" in ctx(result, finding)


@pytest.mark.parametrize(
    "text,finding,value",
    [
        ("my wife says my feet are cold", "color_or_temperature_change", True),  # reported speech about me
        ("my dad has diabetes, I have high blood pressure", "high_blood_pressure", True),
        ("my dad lost a leg to PAD and I smoke", "smoking", "current"),
        ("my husband and I both get calf pain", "pain_location", ["calf"]),
    ],
)
def test_the_person_speaks_again_after_another_person(extract, text, finding, value):
    assert extract(text).findings.get(finding) == value


def test_precedence_other_person_over_negation(extract):
    # "my dad never smoked" says nothing about the person's smoking
    result = extract("my dad never smoked")
    assert "smoking" not in result.findings
    assert ctx(result, "smoking") == ["other_person"]


# --- smoking states ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,value",
    [
        ("I smoke", "current"),
        ("I'm a smoker", "current"),
        ("I smoke 20 a day", "current"),
        ("I quit smoking", "former"),
        ("I quit smoking years ago", "former"),
        ("gave up smoking 5 years ago", "former"),
        ("I used to smoke", "former"),
        ("ex-smoker", "former"),
        ("I stopped smoking", "former"),
        ("I smoked for 30 years but stopped 5 years ago", "former"),
        ("I don't smoke anymore", "former"),
        ("I no longer smoke", "former"),
        ("I smoked years ago", "former"),
        ("never smoked", "never"),
        ("non-smoker", "never"),
        ("I don't smoke", "never"),
        ("I have never been a smoker", "never"),
        # twenty-second set's classes (new sentences)
        ("I don't smoke anymore, packed it in last spring", "former"),
        ("45 pack-year smoker, quit in 2015", "former"),
        ("pack a day for forty years and still going", "current"),
        ("Cigarettes I stopped two year ago", "former"),
        ("20 year I smoke but now quit", "former"),
        ("I smoke but now stopping is hard for me", "current"),
    ],
)
def test_smoking_state(extract, text, value):
    assert extract(text).findings.get("smoking") == value


def test_stopping_smoking_is_not_relief_by_standing_still(extract):
    assert "relieved_by_standing_still" not in extract("I stopped smoking last year").findings


def test_a_year_dates_an_event_up_to_last_year_not_this_one():
    # context.yml past.following_years_from: "in <year>" made at build time, so the
    # list never needs a yearly edit and this year stays the present
    from symptom_nlu.extractor import context_termset

    termset = context_termset({"following": ["years ago"], "following_years_from": 2020}, this_year=2027)
    assert termset["following"] == ["years ago", "in 2020", "in 2021", "in 2022", "in 2023", "in 2024", "in 2025",
                                    "in 2026"]
    assert "following_years_from" not in termset


def test_back_in_a_year_dates_what_follows_up_to_last_year():
    from symptom_nlu.extractor import context_termset

    termset = context_termset({"preceding": ["years ago"], "preceding_years_from": 2024}, this_year=2027)
    assert termset["preceding"] == ["years ago", "back in 2024", "back in 2025", "back in 2026"]


def test_people_make_every_possessive_with_every_person_and_what_they_say_is_no_scope():
    from symptom_nlu.extractor import context_termset

    termset = context_termset({"preceding": ["he has"], "pseudo": ["he says"],
                               "people": {"possessives": ["my", "mah"], "persons": ["sister", "da"],
                                          "speaking": ["says"]}})
    assert termset["preceding"] == ["he has", "my sister", "my da", "mah sister", "mah da", "sister's", "da's"]
    assert termset["pseudo"] == ["he says", "my sister says", "my da says", "mah sister says", "mah da says"]
    assert "people" not in termset


@pytest.mark.parametrize(
    "text,code",
    [
        # "back in" a state, not a time: the person's now
        ("I'm back in agony, sudden pain in my calf this morning", "sudden_severe_pain"),
        ("back in bed with chest pain since an hour ago", "chest_pain_or_breathlessness"),
    ],
)
def test_back_in_a_state_is_now(extract, text, code):
    assert code in extract(text).red_flags, (text, extract(text).mentions)


@pytest.mark.parametrize(
    "text",
    [
        "back in 2019 I had a sudden agony in my calf, they cleared a clot, now it's cramps on walks",
        "back in the day I had chest pain, now it's just my calves on hills",
        "back in March I had chest pain with a chest infection, it's cleared up, now it's my calves on hills",
    ],
)
def test_back_in_a_year_is_past(extract, text):
    assert not {"sudden_severe_pain", "chest_pain_or_breathlessness"} & set(extract(text).red_flags), text
