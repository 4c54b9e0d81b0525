"""One test (at least) per rule of the engine: red flags, scoring, cause
group, urgency, reasons, tests and advice. Numbers are read from the
knowledge tables, not repeated here."""
from __future__ import annotations

import dataclasses
import json
import math

import pytest

from triage import ContractError, EcqResult, assess, describe_findings, load_contract, load_knowledge, red_flag_urgency
from triage.engine import default_engine
from triage_vignettes import assess_vignette, complete_findings, load_vignettes

CONTRACT = load_contract()
KB = load_knowledge()
ENGINE = default_engine()
V = {v["id"]: v for v in load_vignettes()}
NO_FLAGS = {flag: False for flag in CONTRACT.red_flags}


def lr(cause, finding, answer):
    rows = [r.lr for r in KB.rows if (r.cause, r.finding, r.answer) == (cause, finding, answer)]
    return rows[0] if rows else 1.0


def odds(result, a, b):
    return result.scores[a] / result.scores[b]


# ---------------------------------------------------------------- red flags
@pytest.mark.parametrize("flag", CONTRACT.red_flags)
def test_each_red_flag_alone_gives_the_contracts_urgency_and_its_condition_first(flag):
    result = assess({flag: True})
    assert result.red_flags == (flag,)
    assert result.urgency == CONTRACT.red_flag_urgency[flag]
    own = next(r for r in KB.red_flag_rules if r.flags == (flag,))
    if own.causes:
        assert result.likely_causes[0].cause == own.causes[0]
        assert result.likely_causes[0].urgent
        assert result.cause_group == KB.group_of[own.causes[0]]


def test_sudden_severe_pain_with_colour_change_is_an_emergency_of_blocked_blood_flow():
    result = assess({"sudden_severe_pain": True, "color_or_temperature_change": True})
    assert result.urgency == "emergency"
    assert result.likely_causes[0].cause == "acute_limb_ischemia"
    assert "sudden, severe leg pain" in result.likely_causes[0].reasons_for


def test_dvt_signs_with_breathlessness_is_an_emergency():
    assert assess({"dvt_signs": True}).urgency == "urgent"
    result = assess({"dvt_signs": True, "chest_pain_or_breathlessness": True})
    assert result.urgency == "emergency"
    assert result.likely_causes[0].cause == "dvt"


def test_cauda_equina_signs_are_an_emergency_even_in_a_clear_stenosis_pattern():
    findings = complete_findings(V["lss_shopping_trolley"])
    assert assess(findings).urgency == "routine"
    findings["cauda_equina_signs"] = True
    result = assess(findings)
    assert (result.urgency, result.cause_group) == ("emergency", "neurogenic")
    assert result.likely_causes[0].cause == "cauda_equina"
    assert result.likely_causes[1].cause == "spinal_stenosis"


def test_red_flags_decide_urgency_before_any_scoring():
    findings = complete_findings(V["tendinopathy_runner"])
    assert assess(findings).urgency == "self_care"
    findings["foot_wound"] = True
    result = assess(findings)
    assert (result.urgency, result.cause_group) == ("urgent", "vascular")
    assert result.likely_causes[0].cause == "clti"


def test_red_flags_answered_no_are_not_red_flags():
    result = assess(NO_FLAGS)
    assert result.red_flags == () and result.urgency == "routine"


def test_red_flag_urgency_takes_the_most_urgent():
    assert red_flag_urgency([]) is None
    assert red_flag_urgency(["rest_pain"]) == "urgent"
    assert red_flag_urgency(["rest_pain", "cauda_equina_signs"]) == "emergency"
    assert red_flag_urgency(("color_or_temperature_change", "sudden_severe_pain")) == "emergency"
    assert red_flag_urgency({"dvt_signs", "chest_pain_or_breathlessness"}) == "emergency"
    with pytest.raises(ContractError, match="unknown red flag 'calf_pain'"):
        red_flag_urgency(["calf_pain"])


def test_urgent_conditions_keep_the_rules_order_most_urgent_first():
    result = assess({"rest_pain": True, "sudden_severe_pain": True, "cauda_equina_signs": True})
    urgent = [c.cause for c in result.likely_causes if c.urgent]
    assert urgent[0] in ("acute_limb_ischemia", "cauda_equina") and urgent[-1] == "clti"
    assert result.urgency == "emergency"


def test_a_red_flag_with_little_else_known_lists_only_the_urgent_condition():
    result = assess({"sudden_severe_pain": True, "laterality": "one_leg"})
    assert [c.cause for c in result.likely_causes] == ["acute_limb_ischemia"]


# ---------------------------------------------------------------- scoring
def test_with_nothing_known_the_scores_are_the_priors_and_the_answer_is_uncertain():
    result = assess({})
    priors = [math.exp(x) for x in KB.log_priors]
    for cause, prior in zip(KB.causes, priors):
        assert result.scores[cause] == pytest.approx(prior / sum(priors))
    assert (result.cause_group, result.uncertain_reason, result.urgency) == ("uncertain", "too_few_findings", "routine")


def test_one_finding_multiplies_the_odds_by_the_ratio_of_its_likelihood_ratios():
    before, after = assess({}), assess({"runner_or_athlete": True})
    expected = lr("cecs", "runner_or_athlete", True) / lr("pad", "runner_or_athlete", True)
    assert odds(after, "cecs", "pad") / odds(before, "cecs", "pad") == pytest.approx(expected)


def test_a_many_valued_finding_counts_once_with_its_largest_ratio():
    before, after = assess({}), assess({"pain_location": ["calf", "knee"]})
    pad = max(lr("pad", "pain_location", "calf"), lr("pad", "pain_location", "knee"))
    oa = max(lr("osteoarthritis", "pain_location", "calf"), lr("osteoarthritis", "pain_location", "knee"))
    assert odds(after, "pad", "osteoarthritis") / odds(before, "pad", "osteoarthritis") == pytest.approx(pad / oa)


def test_numbers_are_scored_by_their_bin():
    young, old = assess({"age": 25}), assess({"age": 75})
    assert odds(young, "popliteal_entrapment", "pad") > 100 * odds(old, "popliteal_entrapment", "pad")
    assert assess({"age": 61}).scores == assess({"age": 69}).scores


def test_a_finding_without_evidence_changes_no_score():
    assert assess({"walking_distance_m": 200}).scores == assess({}).scores


@pytest.mark.parametrize(
    "findings, message",
    [
        ({"calf_pain": True}, "unknown finding 'calf_pain'"),
        ({"smoking": "sometimes"}, "smoking"),
        ({"pain_location": ["calf", "elbow"]}, "elbow"),
        ({"rest_pain": "yes"}, "rest_pain"),
        ({"age": "old"}, "age"),
        ({"relief_minutes": float("inf")}, "relief_minutes"),
        ({"age": float("nan")}, "age"),
    ],
)
def test_a_name_or_value_outside_the_contract_raises_an_error_naming_it(findings, message):
    with pytest.raises(ContractError, match=message):
        assess(findings)


def test_none_means_unknown():
    assert assess({"diabetes": None, "age": None}).scores == assess({}).scores


# ---------------------------------------------------------------- cause group
def _probs(**by_cause):
    return [by_cause.get(c, 0.0) for c in KB.causes]


def test_cause_group_thresholds_read_from_the_policy():
    policy = KB.policy["uncertain"]
    enough = policy["min_evidence_findings"]
    top, group = policy["min_top_score"], policy["min_group_probability"]
    assert ENGINE.pattern_group(_probs(pad=0.95, cecs=0.05), enough) == ("vascular", None)
    assert ENGINE.pattern_group(_probs(pad=0.95, cecs=0.05), enough - 1) == ("uncertain", "too_few_findings")
    # first cause below the top threshold, though its group is large
    assert ENGINE.pattern_group(_probs(pad=top - 0.01, popliteal_entrapment=0.4, cecs=1 - top - 0.39), enough)[0] == "uncertain"
    # first cause above the top threshold, its group below the group threshold
    assert top < group
    middle = (top + group) / 2
    assert ENGINE.pattern_group(_probs(pad=middle, spinal_stenosis=1 - middle), enough) == ("uncertain", "mixed_findings")
    # a group above its threshold made of two causes, the first above the top threshold
    assert ENGINE.pattern_group(_probs(pad=top + 0.01, popliteal_entrapment=group - top, cecs=1 - group - 0.01), enough) == ("vascular", None)
    assert ENGINE.pattern_group(_probs(pad=group - 0.01, spinal_stenosis=1 - group + 0.01), enough) == ("uncertain", "mixed_findings")
    # the largest group does not hold the first cause
    assert ENGINE.pattern_group(_probs(pad=0.51, osteoarthritis=0.0, tendinopathy=0.25, cecs=0.24), enough)[0] == "uncertain"


def test_mixed_findings_are_uncertain_and_advise_a_doctor():
    result = assess_vignette(V["uncertain_mixed_vascular_nerve"])
    assert (result.cause_group, result.uncertain_reason) == ("uncertain", "mixed_findings")
    assert {c.cause for c in result.likely_causes} >= {"pad", "spinal_stenosis"}
    assert any("see a doctor" in line for line in result.advice)


# ---------------------------------------------------------------- urgency without red flags
def test_routine_for_an_exertional_pattern_and_self_care_only_for_low_risk_musculoskeletal():
    assert assess_vignette(V["pad_classic_smoker"]).urgency == "routine"
    assert assess_vignette(V["lss_shopping_trolley"]).urgency == "routine"
    assert assess_vignette(V["cecs_runner_shins"]).urgency == "routine"  # needs a pressure test
    assert assess_vignette(V["tendinopathy_runner"]).urgency == "self_care"
    assert assess_vignette(V["oa_knee_stiff"]).urgency == "self_care"


@pytest.mark.parametrize("risk", [{"smoking": "current"}, {"diabetes": True}])
def test_risk_factors_for_pad_exclude_self_care(risk):
    findings = complete_findings(V["tendinopathy_runner"])
    findings.update(risk)
    result = assess(findings)
    assert result.cause_group == "musculoskeletal" and result.urgency == "routine"


def test_a_positive_edinburgh_questionnaire_excludes_self_care():
    st = ENGINE.state(complete_findings(V["tendinopathy_runner"]))
    order = sorted(range(len(KB.causes)), key=lambda i: -st.probs[i])
    assert ENGINE._urgency_without_flags(st, "musculoskeletal", None, order) == "self_care"
    assert ENGINE._urgency_without_flags(st, "musculoskeletal", EcqResult(True, "definite"), order) == "routine"


def test_a_vascular_chance_above_the_policy_excludes_self_care():
    st = ENGINE.state(complete_findings(V["tendinopathy_runner"]))
    order = sorted(range(len(KB.causes)), key=lambda i: -st.probs[i])
    limit = KB.policy["self_care"]["max_vascular_probability"]
    probs = list(st.probs)
    shift = limit + 0.01
    probs[KB.causes.index("pad")] += shift
    probs[order[0]] -= shift
    changed = dataclasses.replace(st, probs=probs)
    assert ENGINE._urgency_without_flags(changed, "musculoskeletal", None, order) == "routine"


def test_uncertain_is_never_self_care():
    result = assess({"pain_location": ["achilles"], "runner_or_athlete": True})  # strong but too few
    assert result.cause_group == "uncertain" and result.urgency == "routine"


# ---------------------------------------------------------------- reasons
def test_reasons_are_the_persons_own_findings_in_plain_words():
    result = assess_vignette(V["pad_classic_smoker"])
    pad = result.likely_causes[0]
    assert pad.cause == "pad"
    assert "you smoke" in pad.reasons_for
    assert "a cramping pain" in pad.reasons_for
    assert "it eases when you stand still" in pad.reasons_for
    assert len(pad.reasons_for) <= KB.policy["reasons"]["max_each"]


def test_reasons_against_name_what_does_not_fit():
    result = assess_vignette(V["uncertain_mixed_vascular_nerve"])
    lss = next(c for c in result.likely_causes if c.cause == "spinal_stenosis")
    assert "it eases when you stand still" in lss.reasons_against
    assert "sitting down or bending forward eases it" in lss.reasons_for


def test_a_many_valued_reason_names_only_the_values_that_support_it():
    result = assess({"pain_location": ["calf", "knee"], "pain_quality": ["cramping"], "brought_on_by_walking": True,
                     "relieved_by_standing_still": True, "relief_minutes": 2})
    pad = next(c for c in result.likely_causes if c.cause == "pad")
    assert "pain in the calf" in pad.reasons_for
    assert not any("knee" in r for r in pad.reasons_for)


def test_numbers_in_reasons_are_the_persons_numbers():
    result = assess({"pain_location": ["calf"], "relieved_by_standing_still": True, "relief_minutes": 1.0,
                     "brought_on_by_walking": True})
    assert "it takes about 1 minute to ease" in result.likely_causes[0].reasons_for


def test_describe_findings_words_everything_known_in_contract_order():
    words = describe_findings({"smoking": "current", "pain_location": ["thigh", "calf"], "walking_distance_m": 180.0,
                               "foot_wound": False})
    assert words == ("pain in the calf and thigh", "it comes on after about 180 metres of walking",
                     "you smoke", "no sores on the feet")


# ---------------------------------------------------------------- tests a doctor may do
def _test_text(code):
    return KB.tests[code].text


@pytest.mark.parametrize(
    "vignette, codes",
    [
        ("pad_classic_smoker", ["resting_abi", "exercise_abi", "duplex_ultrasound"]),
        ("lss_shopping_trolley", ["spine_mri_ct"]),
        ("cecs_runner_shins", ["compartment_pressure"]),
        ("venous_after_dvt", ["duplex_ultrasound"]),
        ("popliteal_rugby_player", ["exercise_abi"]),
        ("uncertain_vague", ["examination", "resting_abi"]),
        ("pad_diabetic_both_calves", ["toe_brachial_index"]),
        ("rf_cauda_equina", ["spine_mri_ct"]),
    ],
)
def test_next_tests_fit_the_likely_cause(vignette, codes):
    tests = assess_vignette(V[vignette]).next_tests
    for code in codes:
        assert _test_text(code) in tests, code


def test_a_red_flag_lists_only_the_tests_for_its_urgent_condition():
    tests = assess_vignette(V["rf_sudden_white_cold"]).next_tests
    assert _test_text("exercise_abi") not in tests
    assert set(tests) <= {_test_text(c) for c in KB.tests_by_cause["acute_limb_ischemia"] + KB.tests_by_cause["clti"]}


def test_no_spine_scan_for_a_clear_vascular_pattern():
    assert _test_text("spine_mri_ct") not in assess_vignette(V["pad_classic_smoker"]).next_tests


# ---------------------------------------------------------------- advice
def _advice(key):
    node = KB.advice
    for part in key.split("."):
        node = node[part]
    return node["text"]


def test_stopping_smoking_comes_first_for_a_smoker_with_a_vascular_pattern():
    advice = assess_vignette(V["pad_classic_smoker"]).advice
    assert advice[1] == _advice("smoking.vascular_current")
    assert advice[0].startswith("Book an appointment with a doctor soon")


def test_a_vascular_pattern_with_unknown_smoking_says_if_you_smoke():
    findings = complete_findings(V["pad_classic_smoker"])
    del findings["smoking"]
    assert assess(findings).advice[1] == _advice("smoking.vascular_unknown")


def test_a_smoker_with_another_pattern_hears_it_helps_whatever_the_cause():
    advice = assess_vignette(V["lss_smoker"]).advice
    assert _advice("smoking.other_current") in advice
    assert _advice("smoking.vascular_current") not in advice


def test_routine_wording_is_sooner_with_risk_factors():
    with_risks = assess_vignette(V["pad_diabetic_both_calves"]).advice[0]
    assert "soon" in with_risks and "diabetes and high blood pressure" in with_risks
    without = assess_vignette(V["lss_shopping_trolley"]).advice[0]
    assert without == _advice("urgency.routine")


def test_advice_is_the_articles_management_for_the_cause():
    pad = assess_vignette(V["pad_classic_smoker"]).advice
    assert any("walking programme" in line for line in pad)
    lss = assess_vignette(V["lss_shopping_trolley"]).advice
    assert any("core strength" in line for line in lss)
    assert any("bladder or bowel" in line for line in lss)  # warning signs for a nerve pattern
    oa = assess_vignette(V["oa_knee_stiff"]).advice
    assert any("healthy weight" in line for line in oa)
    assert oa[0] == _advice("urgency.self_care")
    venous = assess_vignette(V["venous_after_dvt"]).advice
    assert any("Raising your legs" in line for line in venous)


def test_an_emergency_says_only_what_to_do_now_and_why():
    advice = assess_vignette(V["rf_sudden_severe"]).advice
    assert advice[0] == _advice("urgency.emergency")
    assert "emergency number" in advice[0]
    assert len(advice) == 2


def test_urgent_advice_names_the_action_and_the_reason():
    advice = assess_vignette(V["rf_foot_ulcer"]).advice
    assert advice[0] == _advice("urgency.urgent")
    assert advice[1] == _advice("urgent_causes.clti")


def test_chest_symptoms_alone_are_explained():
    advice = assess({"chest_pain_or_breathlessness": True}).advice
    assert advice == (_advice("urgency.emergency"), _advice("urgent_causes.chest_pain"))


def test_uncertain_advice_recommends_a_doctor_and_does_not_reassure():
    advice = assess_vignette(V["uncertain_vague"]).advice
    assert any("see a doctor" in line for line in advice)
    assert any("does not rule out" in line for line in advice)


# ---------------------------------------------------------------- output shape
def test_to_dict_is_json_safe_and_complete():
    result = assess_vignette(V["pad_classic_smoker"])
    data = json.loads(json.dumps(result.to_dict()))
    assert set(data) == {"urgency", "red_flags", "likely_causes", "cause_group", "ecq", "next_tests", "advice",
                         "scores", "uncertain_reason"}
    assert set(data["likely_causes"][0]) == {"cause", "score", "group", "urgent", "reasons_for", "reasons_against"}
    assert data["ecq"] == {"positive": True, "kind": "definite", "grade": 2}
    assert result.cause_codes[0] == "pad"
