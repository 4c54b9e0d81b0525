"""Property tests (hypothesis) over every valid input the contract allows."""
from __future__ import annotations

import json
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from triage import ContractError, assess, load_contract, next_question

CONTRACT = load_contract()
RANK = CONTRACT.urgency_rank
GROUPS = [g for g in CONTRACT.causes if g != "urgent"] + ["uncertain"]
ALL_CAUSES = {c for codes in CONTRACT.causes.values() for c in codes}
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def value_of(spec):
    if spec.type == "bool":
        return st.booleans()
    if spec.type == "number":
        return st.one_of(st.integers(0, 120), st.floats(0, 5000, allow_nan=False, allow_infinity=False))
    if spec.type == "one":
        return st.sampled_from(spec.values)
    return st.lists(st.sampled_from(spec.values), max_size=4)


FINDINGS = st.fixed_dictionaries(
    {}, optional={name: st.one_of(st.none(), value_of(spec)) for name, spec in CONTRACT.findings.items()}
)
NAMES = st.lists(st.sampled_from(sorted(CONTRACT.findings)), max_size=10, unique=True)


@SETTINGS
@given(FINDINGS)
def test_every_valid_input_gives_a_valid_assessment(findings):
    result = assess(findings)
    assert result.urgency in CONTRACT.urgency_levels
    assert result.cause_group in GROUPS
    flags = tuple(f for f in CONTRACT.red_flags if findings.get(f) is True)
    assert result.red_flags == flags
    if flags:
        assert all(RANK(result.urgency) <= RANK(CONTRACT.red_flag_urgency[f]) for f in flags)
    else:
        assert result.urgency in ("routine", "self_care")
    if result.urgency == "self_care":
        assert result.cause_group == "musculoskeletal"
    assert abs(sum(result.scores.values()) - 1.0) < 1e-9
    assert all(0.0 <= p <= 1.0 for p in result.scores.values())
    causes = result.likely_causes
    assert all(c.cause in ALL_CAUSES for c in causes)
    urgent = [c for c in causes if c.urgent]
    assert causes[: len(urgent)] == tuple(urgent)  # urgent conditions first
    scored = [c.score for c in causes if not c.urgent]
    assert scored == sorted(scored, reverse=True)
    assert causes or flags
    assert result.advice and result.advice[0]
    if result.cause_group == "uncertain" and not flags:
        assert any("see a doctor" in line for line in result.advice)
    text = json.dumps(result.to_dict())
    assert "diagnos" not in text.lower()


@SETTINGS
@given(FINDINGS, st.sampled_from(CONTRACT.red_flags))
def test_adding_a_red_flag_never_lowers_urgency(findings, flag):
    before = assess(findings)
    after = assess({**findings, flag: True})
    assert RANK(after.urgency) <= RANK(before.urgency)
    assert RANK(after.urgency) <= RANK(CONTRACT.red_flag_urgency[flag])
    assert flag in after.red_flags


@SETTINGS
@given(FINDINGS, st.randoms(use_true_random=False))
def test_the_order_of_findings_changes_nothing(findings, rnd: random.Random):
    items = list(findings.items())
    rnd.shuffle(items)
    shuffled = {}
    for name, value in items:
        if isinstance(value, list):
            value = list(value)
            rnd.shuffle(value)
        shuffled[name] = value
    assert assess(shuffled).to_dict() == assess(findings).to_dict()
    assert next_question(shuffled) == next_question(findings)


@SETTINGS
@given(FINDINGS, NAMES)
def test_next_question_never_asks_what_is_known_or_was_asked(findings, asked):
    question = next_question(findings, asked)
    if question is None:
        return
    assert question in CONTRACT.findings
    assert findings.get(question) is None
    assert question not in asked


@SETTINGS
@given(FINDINGS)
def test_no_question_once_it_is_an_emergency(findings):
    if assess(findings).urgency == "emergency":
        assert next_question(findings) is None


@SETTINGS
@given(st.text(min_size=1, max_size=20).filter(lambda s: s not in CONTRACT.findings), st.booleans())
def test_an_unknown_name_raises_an_error_naming_it(name, value):
    try:
        assess({name: value})
    except ContractError as error:
        assert repr(name)[1:-1] in str(error) or name in str(error)
    else:
        raise AssertionError("no ContractError")
