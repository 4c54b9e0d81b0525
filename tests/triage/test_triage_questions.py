"""next_question: red-flag screening first, then the most informative
unknown finding; never what is known or was asked; stops when enough is known."""
from __future__ import annotations

import pytest

from triage import ContractError, assess, load_contract, load_knowledge, next_question, plan_questions
from triage.questions import QuestionPlanner, default_planner
from triage_vignettes import complete_findings, load_vignettes

CONTRACT = load_contract()
KB = load_knowledge()
V = {v["id"]: v for v in load_vignettes()}
SEEDS = tuple(KB.questions["red_flag_screening"])
SCREENED = {flag: False for flag in SEEDS}


def test_seed_red_flags_come_first_in_order():
    findings = {"pain_location": ["calf"], "brought_on_by_walking": True}
    asked = []
    for flag in SEEDS:
        question = next_question(findings, asked)
        assert question == flag
        asked.append(question)
    assert next_question(findings, asked) not in CONTRACT.seed_red_flags


def test_a_seed_already_answered_in_the_opening_is_not_asked():
    assert next_question({"rest_pain": False}) == SEEDS[1]


def test_an_emergency_stops_the_questions():
    plan = plan_questions({"sudden_severe_pain": True})
    assert (plan.question, plan.reason) == (None, "emergency")
    assert next_question({"cauda_equina_signs": True, "back_pain": True}) is None


def test_once_urgent_only_flags_that_could_make_it_an_emergency_are_asked():
    plan = plan_questions({"foot_wound": True, "pain_location": ["calf"]})
    assert plan.question == "sudden_severe_pain"
    # colour change + sudden pain is an emergency: with colour change, still ask about sudden pain
    assert next_question({"color_or_temperature_change": True}) == "sudden_severe_pain"
    # rest pain adds nothing to an urgent foot wound
    asked = ["sudden_severe_pain"]
    assert next_question({"foot_wound": True, "sudden_severe_pain": False}, asked) not in ("rest_pain", "color_or_temperature_change")


def test_cauda_equina_is_asked_when_a_nerve_pattern_is_likely():
    nerve = complete_findings(V["lss_shopping_trolley"])
    del nerve["cauda_equina_signs"]
    assert next_question(nerve) == "cauda_equina_signs"
    vascular = complete_findings(V["pad_classic_smoker"])
    del vascular["cauda_equina_signs"]
    assert next_question(vascular) != "cauda_equina_signs"
    assert next_question({**SCREENED, "back_pain": True, "laterality": "both_legs"}) == "cauda_equina_signs"


def test_dvt_signs_are_asked_with_a_swollen_leg_or_a_past_clot_and_chest_symptoms_after_them():
    assert next_question({**SCREENED, "leg_swelling": True}) == "dvt_signs"
    assert next_question({**SCREENED, "history_of_dvt": True}) == "dvt_signs"
    assert next_question({**SCREENED, "leg_swelling": True, "dvt_signs": True}) == "chest_pain_or_breathlessness"
    assert next_question({**SCREENED, "leg_swelling": False}) != "dvt_signs"


def test_never_asks_what_is_known_or_was_asked():
    findings = {**SCREENED, "brought_on_by_walking": True}
    first = next_question(findings)
    assert first not in findings
    second = next_question(findings, [first])
    assert second not in (first, *findings)


def test_asks_the_most_informative_question():
    plan = plan_questions({**SCREENED, "brought_on_by_walking": True})
    assert plan.reason == "information_gain"
    assert plan.gain_bits == pytest.approx(max(g for _, g in plan.candidates), abs=1e-3)
    assert plan.gain_bits > KB.questions["stopping"]["min_gain_bits"]
    assert plan.question == plan.candidates[0][0]


def test_does_not_ask_what_another_answer_makes_meaningless():
    findings = {**SCREENED, "brought_on_by_walking": False, "pain_location": ["calf"]}
    planner = default_planner()
    st = planner.engine.state(findings)
    assert planner._skipped(st, "same_distance_each_time")
    assert planner._skipped(st, "worse_uphill_or_hurrying")
    asked = []
    while (q := next_question(findings, asked)) is not None:
        assert q not in ("same_distance_each_time", "worse_uphill_or_hurrying", "walking_distance_m")
        asked.append(q)
    st = planner.engine.state({"relieved_by_standing_still": False, "relieved_by_sitting_or_bending_forward": False})
    assert planner._skipped(st, "relief_minutes")


def test_never_asks_an_unscored_finding():
    # no table gives evidence for the walking distance: asking it could not change the assessment
    findings = {**SCREENED, "brought_on_by_walking": True}
    asked = []
    while (q := next_question(findings, asked)) is not None:
        assert q in KB.scored_findings or q in CONTRACT.red_flags
        asked.append(q)


def test_stops_when_enough_is_known():
    plan = plan_questions(complete_findings(V["pad_classic_smoker"]))
    assert plan.question is None and plan.reason in ("enough_known", "stable")


def test_stops_after_the_maximum_number_of_questions_once_red_flags_are_screened():
    limit = KB.questions["stopping"]["max_questions"]
    asked = list(SEEDS) + [n for n in KB.scored_findings if n not in SEEDS][: limit - len(SEEDS)]
    plan = plan_questions(SCREENED, asked)
    assert (plan.question, plan.reason) == (None, "max_questions")
    # red flags are never cut short by the maximum
    plan = plan_questions({}, [n for n in KB.scored_findings][:limit])
    assert plan.question == SEEDS[0]


def test_stops_when_everything_is_known():
    findings = {**SCREENED, "cauda_equina_signs": False, "dvt_signs": False, "chest_pain_or_breathlessness": False}
    for name in KB.scored_findings:
        spec = CONTRACT.findings[name]
        if spec.type == "bool":
            findings[name] = True
        elif spec.type == "number":
            findings[name] = 50
        else:
            findings[name] = spec.values[0] if spec.type == "one" else [spec.values[0]]
    assert next_question(findings) is None


def test_asked_names_are_checked_against_the_contract():
    with pytest.raises(ContractError, match="unknown finding 'leg_hurts'"):
        next_question({}, ["leg_hurts"])
    with pytest.raises(ContractError, match="unknown finding 'leg_hurts'"):
        next_question({"leg_hurts": True})


def test_stops_when_the_cause_group_is_stable_though_the_first_cause_is_below_stop_score():
    findings = complete_findings(V["popliteal_rugby_player"])
    plan = plan_questions(findings)
    result = assess(findings)
    assert result.cause_group == "vascular"
    assert result.likely_causes[0].score < KB.questions["stopping"]["stop_score"]
    assert (plan.question, plan.reason) == (None, "stable")


def _planner_with(**stopping):
    planner = QuestionPlanner(default_planner().engine)
    planner.stopping = {**planner.stopping, **stopping}
    return planner


def test_stops_when_no_question_gains_enough_information():
    findings = {**SCREENED, "brought_on_by_walking": True}
    assert _planner_with().plan(findings).reason == "information_gain"
    plan = _planner_with(min_gain_bits=50.0).plan(findings)
    assert (plan.question, plan.reason) == (None, "no_useful_question")
    assert plan.candidates  # it still says what it would have asked


def test_enough_known_needs_both_the_score_and_no_likely_change_of_group():
    findings = complete_findings(V["pad_classic_smoker"])
    assert _planner_with(stable_change_probability=0.0).plan(findings).reason == "enough_known"
    never = _planner_with(stop_score=1.01, stable_change_probability=0.0).plan(findings)
    assert never.reason != "enough_known"


# --- suspected red flags (the NLU read one in words it could not parse) ------
def test_a_suspected_seed_flag_is_asked_before_the_other_seeds():
    findings = {"pain_location": ["calf"], "brought_on_by_walking": True}
    assert next_question(findings, suspected=["sudden_severe_pain"]) == "sudden_severe_pain"
    assert next_question(findings, asked=["sudden_severe_pain"], suspected=["sudden_severe_pain"]) == SEEDS[0]


def test_a_suspected_conditional_flag_is_asked_without_its_condition():
    findings = {"pain_location": ["calf"], "brought_on_by_walking": True}
    assert next_question(findings, asked=list(SEEDS)) != "cauda_equina_signs"  # condition does not hold
    assert next_question(findings, suspected=["cauda_equina_signs"]) == "cauda_equina_signs"
    assert next_question(findings, suspected=["dvt_signs", "chest_pain_or_breathlessness"]) == "dvt_signs"


def test_a_suspected_flag_already_answered_is_not_asked_again():
    assert next_question({"sudden_severe_pain": False}, suspected=["sudden_severe_pain"]) == SEEDS[0]


def test_once_urgent_a_suspected_flag_that_cannot_escalate_is_not_asked():
    # an urgent foot wound: a suspected rest pain changes nothing, sudden pain could
    assert next_question({"foot_wound": True}, suspected=["rest_pain"]) == "sudden_severe_pain"


def test_a_suspected_name_that_is_not_a_red_flag_is_refused():
    with pytest.raises(ContractError):
        next_question({}, suspected=["smoking"])
