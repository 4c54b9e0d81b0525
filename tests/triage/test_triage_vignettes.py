"""The written patient vignettes (vignettes.yml): every one gives its
expected urgency and cause group, and no red flag is under-triaged."""
from __future__ import annotations

from collections import Counter

import pytest

from triage import load_contract
from triage_vignettes import assess_vignette, load_vignettes

VIGNETTES = load_vignettes()
CONTRACT = load_contract()
RED_FLAG_VIGNETTES = [v for v in VIGNETTES if any(v["findings"].get(f) is True for f in CONTRACT.red_flags)]


def test_there_are_at_least_40_vignettes_with_unique_ids():
    ids = [v["id"] for v in VIGNETTES]
    assert len(ids) >= 40
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("vignette", VIGNETTES, ids=lambda v: v["id"])
def test_vignette_is_well_formed(vignette):
    assert set(vignette) <= {"id", "description", "opening", "findings", "expected", "note"}
    assert isinstance(vignette["description"], str) and len(vignette["description"]) > 10
    findings = CONTRACT.validate(vignette["findings"])  # raises on any name or value outside the contract
    opening = CONTRACT.validate(vignette["opening"])
    for name, value in opening.items():
        assert findings.get(name) == value, f"opening {name} differs from findings"
    expected = vignette["expected"]
    assert expected["urgency"] in CONTRACT.urgency_levels
    assert expected["cause_group"] in [g for g in CONTRACT.causes if g != "urgent"] + ["uncertain"]
    if "top_cause" in expected:
        assert any(expected["top_cause"] in codes for codes in CONTRACT.causes.values())


def test_vignettes_cover_every_cause_group_and_red_flag():
    tops = Counter(v["expected"].get("top_cause") for v in VIGNETTES)
    for group, codes in CONTRACT.causes.items():
        for cause in codes:
            assert tops[cause] >= 1, f"no vignette expects {cause} first"
    for flag in CONTRACT.red_flags:
        assert any(v["findings"].get(flag) is True for v in VIGNETTES), f"no vignette with red flag {flag}"
    groups = Counter(v["expected"]["cause_group"] for v in VIGNETTES)
    assert groups["uncertain"] >= 4
    urgencies = Counter(v["expected"]["urgency"] for v in VIGNETTES)
    assert all(urgencies[level] >= 3 for level in CONTRACT.urgency_levels)
    diabetics = [v for v in VIGNETTES if v["findings"].get("diabetes") is True]
    assert len(diabetics) >= 5


@pytest.mark.parametrize("vignette", VIGNETTES, ids=lambda v: v["id"])
def test_vignette_gets_its_expected_urgency_and_cause_group(vignette):
    result = assess_vignette(vignette)
    expected = vignette["expected"]
    assert (result.urgency, result.cause_group) == (expected["urgency"], expected["cause_group"])
    if "top_cause" in expected:
        assert result.likely_causes[0].cause == expected["top_cause"]
    if "ecq" in expected:
        assert result.ecq is not None
        for key, value in expected["ecq"].items():
            assert getattr(result.ecq, key) == value


@pytest.mark.parametrize("vignette", RED_FLAG_VIGNETTES, ids=lambda v: v["id"])
def test_no_red_flag_vignette_is_under_triaged(vignette):
    result = assess_vignette(vignette)
    rank = CONTRACT.urgency_rank
    flags = [f for f in CONTRACT.red_flags if vignette["findings"].get(f) is True]
    assert set(result.red_flags) == set(flags)
    assert rank(result.urgency) <= rank(vignette["expected"]["urgency"])
    for flag in flags:
        assert rank(result.urgency) <= rank(CONTRACT.red_flag_urgency[flag]), flag
    assert result.urgency in ("emergency", "urgent")


def test_uncertain_vignettes_say_so_and_recommend_a_doctor():
    for vignette in VIGNETTES:
        if vignette["expected"]["cause_group"] != "uncertain":
            continue
        result = assess_vignette(vignette)
        assert result.uncertain_reason in ("too_few_findings", "mixed_findings")
        assert result.urgency == "routine"
        assert any("see a doctor" in line for line in result.advice)
