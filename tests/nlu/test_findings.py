"""Non-red-flag findings: every value of contract.yml has a lay phrasing that
finds it; the issue's example; how several mentions combine; mention offsets."""
from __future__ import annotations

import pytest

from triage.contract import load_contract

CONTRACT = load_contract()


def test_the_issue_example(extract):
    result = extract(
        "my calves cramp after two blocks, goes away if I stop for a minute or so, "
        "quit smoking years ago, no sores on my feet"
    )
    f = result.findings
    assert f["pain_location"] == ["calf"]
    assert f["pain_quality"] == ["cramping"]
    assert f["walking_distance_m"] == pytest.approx(182.88)
    assert f["brought_on_by_walking"] is True
    assert f["relieved_by_standing_still"] is True
    assert f["relief_minutes"] == 1.0
    assert f["smoking"] == "former"
    assert f["foot_wound"] is False
    assert result.red_flags == []
    assert CONTRACT.validate(f)  # every name and value is the contract's


LOCATIONS = {
    "calf": "my calf hurts", "thigh": "pain in my thighs", "buttock": "my buttocks ache",
    "hip": "my hip is sore", "groin": "pain in my groin", "knee": "my knee hurts",
    "shin": "my shins ache", "ankle": "my ankle hurts", "achilles": "my achilles tendon is sore",
    "foot": "my feet hurt", "whole_leg": "the whole leg aches",
}
QUALITIES = {
    "cramping": "it cramps", "aching": "a dull ache", "fatigue": "my legs feel tired",
    "burning": "a burning feeling", "tingling": "pins and needles", "numbness": "my toes go numb",
    "tightness": "my calf feels tight", "sharp": "a sharp stabbing pain", "weakness": "my leg feels weak",
    "heaviness": "my legs feel heavy", "bursting": "it feels like it's going to burst",
}


def test_every_listed_value_is_covered_here():
    assert set(LOCATIONS) == set(CONTRACT.findings["pain_location"].values)
    assert set(QUALITIES) == set(CONTRACT.findings["pain_quality"].values)


@pytest.mark.parametrize("value,text", sorted(LOCATIONS.items()))
def test_pain_location(extract, value, text):
    assert value in extract(text).findings["pain_location"]


@pytest.mark.parametrize("value,text", sorted(QUALITIES.items()))
def test_pain_quality(extract, value, text):
    assert value in extract(text).findings["pain_quality"]


@pytest.mark.parametrize(
    "text,value",
    [
        ("my right calf", "one_leg"), ("only my left leg", "one_leg"), ("just one leg", "one_leg"),
        ("both legs", "both_legs"), ("both my calves", "both_legs"), ("on both sides", "both_legs"),
        # a correction: the latest statement wins
        ("left one mostly. actually no, both, the left is worse", "both_legs"),
    ],
)
def test_laterality(extract, text, value):
    assert extract(text).findings["laterality"] == value


BOOLS_TRUE = {
    "brought_on_by_walking": ["it hurts when I walk", "I can't walk far because of the pain"],
    "brought_on_by_standing": ["it comes on when I'm standing in a queue", "standing for long brings it on"],
    "worse_uphill_or_hurrying": ["it's worse uphill", "worse when I walk fast", "climbing stairs is the worst"],
    "same_distance_each_time": ["always at the same distance", "it comes on at the same point every time"],
    "runner_or_athlete": ["I'm a runner", "it happens when I go running", "I play football",
                          # twenty-second set's classes
                          "parkrunner here, 45", "I play pick-up basketball twice a week",
                          "Saturday league goalkeeper, 31", "shins tighten ten minutes into a game"],
    "relieved_by_standing_still": ["it goes away if I stand still", "stopping for a minute helps"],
    "relieved_by_sitting_or_bending_forward": ["it only eases when I sit down", "I have to lean on the trolley",
                                               "bending forward helps"],
    "back_pain": ["I have back pain", "my lower back aches", "I've got a bad back"],
    "joint_stiffness": ["my knee is stiff in the morning", "I have arthritis in my hip"],
    "leg_swelling": ["my ankles swell", "my legs are swollen"],
    "cycling_pain_free": ["I can cycle without any pain", "cycling is fine"],
    "history_of_dvt": ["I had a DVT a few years ago", "history of blood clots"],
    "relieved_by_leg_elevation": ["putting my feet up helps", "it eases when I raise my leg"],
    "pain_on_level_ground": ["even on the flat", "it comes on walking at a normal pace"],
    "diabetes": ["I'm diabetic", "I have type 2 diabetes", "I take metformin"],
    "high_blood_pressure": ["I have high blood pressure", "I'm on blood pressure tablets"],
    "high_cholesterol": ["high cholesterol", "I take statins"],
}
BOOLS_FALSE = {
    "brought_on_by_walking": ["it doesn't hurt when I walk"],
    "brought_on_by_standing": ["never when I'm standing", "it doesn't come on when I stand"],
    "worse_uphill_or_hurrying": ["hills are no different"],
    "same_distance_each_time": ["it varies", "it's different every time"],
    "runner_or_athlete": ["I don't run"],
    "relieved_by_standing_still": ["standing still doesn't help"],
    "relieved_by_sitting_or_bending_forward": ["sitting down doesn't help"],
    "back_pain": ["no back pain", "my back is fine"],
    "joint_stiffness": ["no stiffness"],
    "leg_swelling": ["no swelling"],
    "cycling_pain_free": ["cycling hurts too"],
    "history_of_dvt": ["I've never had a DVT"],
    "relieved_by_leg_elevation": ["raising my leg doesn't help"],
    "pain_on_level_ground": ["only on hills", "on the flat it's fine"],
    "diabetes": ["I'm not diabetic", "my blood sugar is normal"],
    "high_blood_pressure": ["my blood pressure is normal", "no high blood pressure"],
    "high_cholesterol": ["my cholesterol is fine"],
}


def test_every_bool_finding_is_covered_here():
    bools = {n for n, s in CONTRACT.findings.items() if s.type == "bool" and not s.red_flag}
    assert set(BOOLS_TRUE) == bools
    assert set(BOOLS_FALSE) == bools


@pytest.mark.parametrize("name,text", [(n, t) for n, ts in BOOLS_TRUE.items() for t in ts])
def test_bool_finding_true(extract, name, text):
    result = extract(text)
    assert result.findings.get(name) is True, result.mentions


@pytest.mark.parametrize("name,text", [(n, t) for n, ts in BOOLS_FALSE.items() for t in ts])
def test_bool_finding_false(extract, name, text):
    result = extract(text)
    assert result.findings.get(name) is False, result.mentions


@pytest.mark.parametrize("text", ["I drive a pickup truck all day", "the second half of the year was hard",
                                  "it's the game of life, isn't it", "a league of my own"])
def test_sport_words_in_other_senses_are_not_sport(extract, text):
    assert "runner_or_athlete" not in extract(text).findings


def test_list_findings_collect_every_affirmed_value_once(extract):
    f = extract("my calves and thighs ache, my calf cramps and my buttock aches").findings
    assert f["pain_location"] == ["calf", "thigh", "buttock"]
    assert f["pain_quality"] == ["aching", "cramping"]


def test_a_later_statement_wins_for_ordinary_findings(extract):
    f = extract("I have diabetes. sorry, no, I don't have diabetes").findings
    assert f["diabetes"] is False


def test_mentions_point_at_the_words(extract):
    text = "Both my legs get heavy when I'm standing in the queue; I smoke."
    result = extract(text)
    assert result.mentions
    for m in result.mentions:
        assert text[m.start:m.end] == m.text
        assert m.context in ("affirmed", "negated", "hypothetical", "historical", "other_person")
        CONTRACT.spec(m.finding)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "hello", "thanks, bye", "what is PAD?", "/greet", "1234", "???", "é ü 漢字"],
)
def test_nothing_to_find(extract, text):
    result = extract(text)
    assert result.red_flags == []
    assert result.urgency is None
    assert CONTRACT.validate(result.findings) is not None


def test_upper_case_and_no_apostrophes(extract):
    f = extract("MY FEET HURT AT NIGHT IN BED, I DONT SMOKE").findings
    assert f["rest_pain"] is True
    assert f["smoking"] == "never"
