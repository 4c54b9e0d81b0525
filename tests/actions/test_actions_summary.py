"""action_triage_summary and action_record_red_flags: the result slots and
the summary's wording (safe wording: never a diagnosis, never certainty,
never "nothing to worry about")."""
from __future__ import annotations

import re

import pytest
import yaml

import triage
from action_helpers import Conversation, run, slot_events
from actions.actions import ActionRecordRedFlags, ActionTriageSummary
from actions.summary import CAUSE_WORDS, GROUP_WORDS, format_summary

VASCULAR = {"pain_location": ["calf"], "laterality": "one_leg", "pain_quality": ["cramping"],
            "brought_on_by_walking": True, "walking_distance_m": 180, "relieved_by_standing_still": True,
            "relief_minutes": 1, "smoking": "current", "worse_uphill_or_hurrying": True,
            "rest_pain": False, "foot_wound": False, "color_or_temperature_change": False,
            "sudden_severe_pain": False}
NEUROGENIC = {"pain_quality": ["heaviness", "tingling"], "brought_on_by_standing": True,
              "relieved_by_sitting_or_bending_forward": True, "laterality": "both_legs", "back_pain": True,
              "rest_pain": False, "foot_wound": False, "color_or_temperature_change": False,
              "sudden_severe_pain": False, "cauda_equina_signs": False}


def summary_of(findings, **extra):
    conversation = Conversation().set(**{**findings, **extra})
    messages, events = run(ActionTriageSummary(), conversation.tracker())
    assert len(messages) == 1
    return messages[0], slot_events(events)


def test_vascular_summary_names_the_group_in_plain_words_and_the_persons_own_findings():
    message, slots = summary_of(VASCULAR)
    text = message["text"]
    assert text.startswith("Here's what your answers suggest.")
    assert "**Most likely: a circulation (vascular) cause**" in text
    assert "peripheral artery disease (PAD)" in text
    assert "- you smoke" in text and "- it eases when you stand still" in text
    assert "**What a doctor may check:**" in text and "ankle-brachial index" in text
    assert "**What helps:**" in text and "Stopping smoking" in text
    assert "Get help sooner if" in text
    assert [b["title"] for b in message["buttons"]] == ["What is PAD?", "The ABI test", "What helps?"]
    assert slots["cause_group"] == "vascular" and slots["urgency"] == "routine"
    assert slots["likely_causes"][0] == "pad" and slots["red_flags"] == []


def test_neurogenic_summary_gives_the_nerve_pattern_and_its_warning_signs():
    message, slots = summary_of(NEUROGENIC)
    text = message["text"]
    assert "a nerve (neurogenic) cause" in text and "spinal stenosis" in text
    assert "MRI or CT scan" in text and "Physiotherapy" in text
    assert "bladder or bowel changes" in text
    assert slots["cause_group"] == "neurogenic" and slots["likely_causes"][0] == "spinal_stenosis"


def test_uncertain_summary_says_so_honestly_and_recommends_a_doctor():
    message, slots = summary_of({"brought_on_by_walking": True})
    text = message["text"]
    assert slots["cause_group"] == "uncertain"
    assert "I can't tell the likely cause yet" in text or "don't point clearly to one cause" in text
    assert "see a doctor" in text
    assert "Most likely" not in text


def test_urgent_summary_puts_the_red_flag_first():
    message, slots = summary_of({**VASCULAR, "foot_wound": True})
    text = message["text"]
    first = text.split("\n\n")[1]
    assert first.startswith("**This needs a doctor today**, because you mentioned a sore")
    assert "See a doctor today" in text
    assert slots["urgency"] == "urgent" and slots["red_flags"] == ["foot_wound"]
    assert slots["likely_causes"][0] == "clti"


def test_emergency_summary_is_short_and_says_call_now():
    message, slots = summary_of({"sudden_severe_pain": True, "pain_location": ["calf"]})
    text = message["text"]
    assert "**Call for help now.**" in text and "911" in text and "999" in text and "112" in text
    assert "What helps" not in text and message.get("buttons") in (None, [])
    assert slots["urgency"] == "emergency"


def test_emergency_right_after_its_card_is_not_said_twice():
    conversation = Conversation().set(sudden_severe_pain=True)
    tracker = conversation.tracker("affirm", "yes")
    tracker.events += [{"event": "action", "name": "symptom_form"},
                       {"event": "bot", "text": "**Call for help now.** ...", "metadata": {"utter_action": "utter_red_flag_emergency"}}]
    messages, events = run(ActionTriageSummary(), tracker)
    assert [m["text"] for m in messages] == ["I've stopped the questions so that you can get help straight away."]
    assert slot_events(events)["urgency"] == "emergency"


@pytest.mark.parametrize("findings", [VASCULAR, NEUROGENIC, {"brought_on_by_walking": True},
                                      {**VASCULAR, "foot_wound": True}, {"sudden_severe_pain": True},
                                      {"runner_or_athlete": True, "pain_location": ["shin"], "pain_quality": ["tightness"]},
                                      {"pain_location": ["knee"], "joint_stiffness": True, "age": 72}])
def test_summary_never_calls_the_result_a_diagnosis_nor_reassures(findings):
    text, _ = format_summary(triage.assess(findings))
    low = text.lower()
    assert "nothing to worry" not in low and "you have " + "pad" not in low
    # "diagnosis" only in the fixed line that says this is not one
    assert low.count("diagnosis") == 1 and "this isn't a diagnosis" in low
    for certain in ("definitely", "certainly", "you have peripheral", "you have spinal", "confirms"):
        assert certain not in low


def test_every_cause_and_group_has_plain_words():
    contract = triage.load_contract()
    for group, causes in contract.causes.items():
        if group != "urgent":
            assert group in GROUP_WORDS
        for cause in causes:
            assert cause in CAUSE_WORDS


def test_summary_survives_a_bad_slot_value():
    message, slots = summary_of(VASCULAR, laterality="sideways")
    assert "Most likely" in message["text"] and slots["cause_group"] == "vascular"


# --- action_record_red_flags ----------------------------------------------------------
def test_record_red_flags_keeps_every_flag_so_far_and_the_highest_urgency():
    conversation = Conversation().set(foot_wound=True, rest_pain=True, red_flags=["rest_pain"], urgency="urgent")
    _, events = run(ActionRecordRedFlags(), conversation.tracker("red_flag_urgent"))
    slots = slot_events(events)
    assert slots["red_flags"] == ["rest_pain", "foot_wound"]
    assert slots["urgency"] == "urgent" and slots["likely_causes"][0] == "clti"
    assert slots["cause_group"] == "vascular"


def test_record_red_flags_emergency_wins():
    conversation = Conversation().set(foot_wound=True, sudden_severe_pain=True)
    _, events = run(ActionRecordRedFlags(), conversation.tracker("red_flag_emergency"))
    assert slot_events(events)["urgency"] == "emergency"


def test_record_red_flags_without_a_named_flag_records_the_urgency_said():
    _, events = run(ActionRecordRedFlags(), Conversation().tracker("red_flag_urgent"))
    assert slot_events(events) == {"urgency": "urgent"}
