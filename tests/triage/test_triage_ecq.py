"""The Edinburgh Claudication Questionnaire answered from findings
(Leng & Fowkes 1992): positive = Q1 yes, Q2 no, Q3 yes, Q5 within 10 minutes;
calf = definite, thigh/buttock without calf = atypical; grade from Q4."""
from __future__ import annotations

import pytest

from triage import EcqResult, assess

POSITIVE = {
    "brought_on_by_walking": True,        # Q1
    "brought_on_by_standing": False,      # Q2 (with rest_pain)
    "rest_pain": False,
    "worse_uphill_or_hurrying": True,     # Q3
    "relieved_by_standing_still": True,   # Q5
    "relief_minutes": 3,
    "pain_location": ["calf"],            # Q6
}


def ecq(**changes):
    findings = dict(POSITIVE)
    for name, value in changes.items():
        if value is None:
            findings.pop(name, None)
        else:
            findings[name] = value
    return assess(findings).ecq


def test_positive_definite_with_calf_pain():
    assert ecq() == EcqResult(positive=True, kind="definite", grade=None)


@pytest.mark.parametrize("level, grade", [(False, 1), (True, 2)])
def test_grade_comes_from_walking_on_the_level(level, grade):
    assert ecq(pain_on_level_ground=level).grade == grade


def test_thigh_or_buttock_without_calf_is_atypical():
    assert ecq(pain_location=["thigh", "buttock"]) == EcqResult(True, "atypical")
    assert ecq(pain_location=["thigh", "calf"]).kind == "definite"


@pytest.mark.parametrize(
    "change",
    [
        {"brought_on_by_walking": False},             # Q1 no
        {"brought_on_by_standing": True},             # Q2 yes: begins standing still
        {"rest_pain": True},                          # Q2 yes: begins sitting
        {"worse_uphill_or_hurrying": False},          # Q3 no
        {"relieved_by_standing_still": False},        # Q5: continues
        {"relief_minutes": 15},                       # Q5: more than 10 minutes
        {"pain_location": ["knee", "shin"]},          # Q6: no calf, thigh or buttock
    ],
)
def test_any_failing_item_makes_it_negative(change):
    assert ecq(**change) == EcqResult(positive=False)


def test_ten_minutes_is_still_within_the_limit():
    assert ecq(relief_minutes=10).positive


@pytest.mark.parametrize(
    "missing",
    ["brought_on_by_walking", "brought_on_by_standing", "rest_pain", "worse_uphill_or_hurrying",
     "relieved_by_standing_still", "relief_minutes", "pain_location"],
)
def test_undecided_until_every_needed_item_is_known(missing):
    assert ecq(**{missing: None}) is None


def test_a_negative_questionnaire_does_not_lower_urgency_or_the_vascular_score():
    # "A negative questionnaire must never reassure": the ECQ is reported, not scored again.
    base = {"pain_location": ["calf"], "pain_quality": ["cramping"], "brought_on_by_walking": True,
            "relieved_by_standing_still": True, "relief_minutes": 3, "brought_on_by_standing": False}
    with_rest = assess({**base, "rest_pain": False}).scores
    undecided = assess(base).scores
    assert with_rest == undecided
