"""RedFlagSuspicion: when a classifier's reading of a red flag counts as a
suspicion (patterns/suspicion.yml), and, with a trained model, that it names
red flags the patterns miss but never one the patterns saw denied."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from symptom_nlu.red_flag_suspicion import RULES_FILE, RedFlagSuspicion, SuspicionRules
from triage.contract import load_contract

from .checks import skip_without

RULES = SuspicionRules.load()
HIGH = {code: 0.99 for code in load_contract().red_flags}


def test_every_red_flag_has_a_site_rule():
    assert set(RULES.sites) == set(load_contract().red_flags)


def test_a_likely_code_with_its_site_and_no_words_seen_is_suspected():
    got = RULES.suspected({"sudden_severe_pain": 0.9}, "my leg just exploded", red_flags=[], red_flag_words=[])
    assert got == {"sudden_severe_pain": 0.9}


def test_below_the_threshold_nothing_is_suspected():
    low = RULES.threshold - 0.01
    assert RULES.suspected({"rest_pain": low}, "my legs", red_flags=[], red_flag_words=[]) == {}


def test_words_the_extractor_saw_in_any_context_leave_the_decision_to_it():
    # "no sores on my feet": the extractor saw foot_wound (here denied; asked
    # about, past or someone else's alike): its context rules decide
    assert RULES.suspected({"foot_wound": 0.99}, "no sores on my feet", red_flags=[],
                           red_flag_words=["foot_wound"]) == {}


def test_an_affirmed_red_flag_is_not_also_a_suspicion():
    assert RULES.suspected({"rest_pain": 0.99}, "my feet hurt in bed", red_flags=["rest_pain"],
                           red_flag_words=["rest_pain"]) == {}


@pytest.mark.parametrize("text", ["I've had a mouth ulcer for weeks", "my arm is swollen and hot",
                                  "my phone screen went black suddenly"])
def test_a_leg_red_flag_needs_a_leg_or_foot_word(text):
    got = RULES.suspected(HIGH, text, red_flags=[], red_flag_words=[])
    assert set(got) <= {"cauda_equina_signs"}


def test_chest_symptoms_need_a_chest_or_breath_word():
    assert "chest_pain_or_breathlessness" not in RULES.suspected(HIGH, "my calf is sore", [], [])
    assert "chest_pain_or_breathlessness" in RULES.suspected(HIGH, "I'm pechin and my chest is sair", [], [])


def test_cauda_equina_needs_no_site_word():
    assert "cauda_equina_signs" in RULES.suspected(HIGH, "can't tell when I'm going", [], [])


def test_site_words_match_whole_words_only():
    # "toes" is a site, "toast" and "legend" are not
    assert RULES.suspected({"rest_pain": 0.99}, "burnt toast, a legend", [], []) == {}
    assert RULES.suspected({"rest_pain": 0.99}, "my TOES at night", [], []) == {"rest_pain": 0.99}


def test_a_changed_pattern_file_changes_the_training_fingerprint(monkeypatch, tmp_path: Path):
    # the labels come from the patterns: Rasa must retrain, not restore from its cache
    from symptom_nlu import red_flag_suspicion as module

    (tmp_path / "findings").mkdir()
    (tmp_path / "findings" / "red_flags.yml").write_text("rest_pain: {true: [night pain]}")
    monkeypatch.setattr(module, "PATTERNS_DIR", tmp_path)
    before = module.RedFlagSuspicion.fingerprint_addon({})
    assert before == module.RedFlagSuspicion.fingerprint_addon({})
    (tmp_path / "findings" / "red_flags.yml").write_text("rest_pain: {true: [night pain, rest pain]}")
    assert module.RedFlagSuspicion.fingerprint_addon({}) != before


def test_a_rules_file_that_misses_a_red_flag_is_refused(tmp_path: Path):
    spec = yaml.safe_load(RULES_FILE.read_text())
    del spec["sites"]["dvt_signs"]
    bad = tmp_path / "suspicion.yml"
    bad.write_text(yaml.safe_dump(spec))
    with pytest.raises(ValueError, match="dvt_signs"):
        SuspicionRules.load(bad)


def test_a_threshold_outside_0_1_is_refused(tmp_path: Path):
    spec = yaml.safe_load(RULES_FILE.read_text())
    spec["threshold"] = 1.5
    bad = tmp_path / "suspicion.yml"
    bad.write_text(yaml.safe_dump(spec))
    with pytest.raises(ValueError, match="threshold"):
        SuspicionRules.load(bad)


# --- with a trained model (the newest in models/, or $NLU_MODEL) ---------------------
# Sentences written for this test, in words no extractor pattern reads.
UNFAMILIAR = [
    # (it was "my leg went dead and useless in the space of a minute and the pain is beyond
    # anything" until the extractor learnt to read a leg gone dead within a minute)
    ("out of the blue my leg buckled and I was on the floor howling", "sudden_severe_pain"),
    ("woke up and my left leg felt like it was being torn apart, came out of nowhere", "sudden_severe_pain"),
    # (it was "toes look like they belong to a dead man, all grey and waxy" until the extractor
    # learnt to read a limb that looks like a dead man's)
    ("my foot looks like a waxwork", "color_or_temperature_change"),
]
# Red-flag words the extractor holds as not the person's now, and ordinary messages
NOT_SUSPECTED = [
    "no sores on my feet and they are a normal colour",
    "my husband's foot has gone black at the toes",
    "what if my foot turned blue, would that be bad",
    "I had an ulcer on my heel last year but it healed",
    "my calves ache after 200 yards and ease when I stop",
    "my thighs and buttocks ache when I walk down hill, better sitting",
]


@pytest.fixture()
def parse(trained_agent, parse_with_model):
    skip_without(trained_agent, RedFlagSuspicion)
    return parse_with_model


@pytest.mark.parametrize("text,code", UNFAMILIAR)
def test_a_red_flag_in_unfamiliar_words_is_suspected_not_affirmed(parse, text, code):
    result = parse(text)
    assert code in result["red_flag_suspicions"]
    assert code not in result["red_flags"]  # a suspicion is asked about, never an alarm by itself
    assert code in [e["value"] for e in result["entities"] if e["entity"] == "red_flag_suspected"]


@pytest.mark.parametrize("text", NOT_SUSPECTED)
def test_denied_past_asked_about_others_and_ordinary_messages_are_not_suspected(parse, text):
    assert parse(text)["red_flag_suspicions"] == {}
