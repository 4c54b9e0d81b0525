"""validate_symptom_form: the interview, one turn at a time, with trackers
built like Rasa's (Tracker.from_dict) and a CollectingDispatcher."""
from __future__ import annotations

import pytest

import triage
from action_helpers import Conversation, action, bot, run, slot_events, texts
from actions.actions import ValidateSymptomForm
from actions.questions import QUESTIONS

FORM = ValidateSymptomForm()
OPENING = {  # "my right calf cramps after about 2 blocks, goes away if I stop for a minute. I smoke"
    "pain_location": ["calf"], "laterality": "one_leg", "pain_quality": ["cramping"],
    "brought_on_by_walking": True, "walking_distance_m": 180, "relieved_by_standing_still": True,
    "relief_minutes": 1, "smoking": "current",
}
NO_SEED_FLAGS = {"rest_pain": False, "foot_wound": False, "color_or_temperature_change": False,
                 "sudden_severe_pain": False}


def rejected(events) -> bool:
    return any(e.get("event") == "action_execution_rejected" for e in events)


def started(**slots) -> Conversation:
    """A conversation whose interview is running, with these slots known."""
    conversation = Conversation()
    conversation.set(**slots)
    conversation.events += [action("symptom_form"), {"event": "active_loop", "name": "symptom_form"}]
    return conversation


# --- activation ----------------------------------------------------------------------
def test_activation_reflects_what_was_understood_then_asks_the_engines_question():
    tracker = Conversation().form_tracker("my right calf cramps ...", "describe_symptoms", OPENING, activate=True)
    messages, events = run(FORM, tracker)
    said = texts(messages)
    assert said[0].startswith("Thanks. So far I have: pain in the calf")
    assert "about 180 metres" in said[0] and "you smoke" in said[0]
    expected = triage.next_question(OPENING)
    assert slot_events(events)["requested_slot"] == expected
    assert said[-1] == QUESTIONS[expected].text
    assert [b["title"] for b in messages[-1]["buttons"]] == ["Yes", "No", "Not sure"]
    assert not rejected(events)


def test_activation_without_a_greeting_first_gives_the_disclaimer():
    tracker = Conversation(greeted=False).form_tracker("my calf hurts", "describe_symptoms",
                                                       {"pain_location": ["calf"]}, activate=True)
    said = texts(run(FORM, tracker)[0])
    assert "isn't a diagnosis" in said[0] and "911 / 999 / 112" in said[0]


def test_activation_after_a_greeting_does_not_repeat_the_disclaimer():
    tracker = Conversation().form_tracker("my calf hurts", "describe_symptoms", {"pain_location": ["calf"]}, activate=True)
    assert not any("isn't a diagnosis" in t for t in texts(run(FORM, tracker)[0]))


def test_activation_with_nothing_understood_still_starts_the_questions():
    tracker = Conversation().form_tracker("carry on", "continue_interview", {}, activate=True)
    messages, events = run(FORM, tracker)
    assert "a few short questions" in texts(messages)[0]
    assert slot_events(events)["requested_slot"] in QUESTIONS


# --- answers ----------------------------------------------------------------------------
def test_an_answer_is_recorded_and_the_next_question_follows():
    conversation = started(**OPENING)
    tracker = conversation.form_tracker("no never", "deny", {"rest_pain": False}, requested="rest_pain")
    messages, events = run(FORM, tracker)
    slots = slot_events(events)
    assert slots["rest_pain"] is False
    assert slots["questions_asked"] == ["rest_pain"]
    nxt = triage.next_question({**OPENING, "rest_pain": False}, asked=["rest_pain"])
    assert slots["requested_slot"] == nxt and nxt != "rest_pain"
    assert texts(messages) == [QUESTIONS[nxt].text]


def test_not_sure_is_recorded_and_the_interview_moves_on():
    conversation = started(**OPENING, rest_pain=False)
    tracker = conversation.form_tracker("not sure", "unsure", {"answer_unsure": True}, requested="foot_wound")
    slots = slot_events(run(FORM, tracker)[1])
    assert slots["findings_unsure"] == ["foot_wound"]
    assert "foot_wound" in slots["questions_asked"]
    assert slots["answer_unsure"] is None
    assert slots["requested_slot"] != "foot_wound"
    assert "foot_wound" not in slots  # stays unknown


def test_the_interview_ends_when_the_engine_knows_enough():
    known = {**OPENING, **NO_SEED_FLAGS}
    conversation = started(**known)
    conversation.set(questions_asked=list(NO_SEED_FLAGS))
    tracker = conversation.form_tracker("yes much worse", "affirm", {"worse_uphill_or_hurrying": True},
                                        requested="worse_uphill_or_hurrying")
    messages, events = run(FORM, tracker)
    assert triage.next_question({**known, "worse_uphill_or_hurrying": True},
                                asked=list(NO_SEED_FLAGS) + ["worse_uphill_or_hurrying"]) is None
    assert slot_events(events)["requested_slot"] is None
    assert messages == []


def test_a_volunteered_finding_fills_its_slot_without_being_asked():
    conversation = started(**OPENING)
    tracker = conversation.form_tracker("no, and it's worse uphill", "deny",
                                        {"rest_pain": False, "worse_uphill_or_hurrying": True}, requested="rest_pain")
    messages, events = run(FORM, tracker)
    slots = slot_events(events)
    assert slots["worse_uphill_or_hurrying"] is True and slots["rest_pain"] is False
    assert slots["requested_slot"] not in ("rest_pain", "worse_uphill_or_hurrying")
    assert texts(messages)[0] == "Got it: it is worse uphill or when you hurry."


def test_a_correction_overwrites_and_is_acknowledged():
    conversation = started(**OPENING)
    tracker = conversation.form_tracker("actually it's both legs", "describe_symptoms",
                                        {"laterality": "both_legs"}, requested="rest_pain")
    messages, events = run(FORM, tracker)
    slots = slot_events(events)
    assert slots["laterality"] == "both_legs"
    assert texts(messages)[0] == "Got it, I've changed that: it is in both legs."
    assert slots["requested_slot"] == "rest_pain"  # the open question again
    assert "rest_pain" not in slots["questions_asked"]


def test_a_volunteered_extra_place_is_added_not_replaced():
    conversation = started(**OPENING)
    tracker = conversation.form_tracker("my thigh hurts too", "describe_symptoms",
                                        {"pain_location": ["thigh"]}, requested="rest_pain")
    messages, events = run(FORM, tracker)
    assert slot_events(events)["pain_location"] == ["calf", "thigh"]
    assert texts(messages)[0] == "Got it: pain in the calf and thigh."


def test_the_answer_to_a_place_question_replaces_the_list():
    conversation = started(brought_on_by_walking=True, pain_location=["calf"])
    tracker = conversation.form_tracker("thigh", "describe_symptoms", {"pain_location": ["thigh"]},
                                        requested="pain_location")
    assert slot_events(run(FORM, tracker)[1])["pain_location"] == ["thigh"]


# --- numbers in free text --------------------------------------------------------------
def test_a_free_text_distance_is_parsed_into_metres():
    conversation = started(pain_location=["calf"], brought_on_by_walking=True)
    tracker = conversation.form_tracker("about 2 blocks", "describe_symptoms",
                                        {"walking_distance_m": "about 2 blocks"}, requested="walking_distance_m")
    slots = slot_events(run(FORM, tracker)[1])
    assert slots["walking_distance_m"] == 180  # 2 x 91.44 m (the NLU's block), about 180
    assert "walking_distance_m" in slots["questions_asked"]


def test_an_unreadable_number_is_asked_again_with_a_hint(monkeypatch):
    monkeypatch.setattr(triage, "next_question", lambda findings, asked=(), suspected=(): "relief_minutes")
    conversation = started(**{k: v for k, v in OPENING.items() if k != "relief_minutes"})
    tracker = conversation.form_tracker("ages", "describe_symptoms", {"relief_minutes": "ages"},
                                        requested="relief_minutes")
    messages, events = run(FORM, tracker)
    slots = slot_events(events)
    assert slots["relief_minutes"] is None and slots["requested_slot"] == "relief_minutes"
    assert "relief_minutes" not in slots["questions_asked"]
    assert texts(messages) == ["Sorry, I couldn't read that. " + QUESTIONS["relief_minutes"].hint
                               + " " + QUESTIONS["relief_minutes"].text]


# --- what is not an answer -------------------------------------------------------------
def test_a_question_in_the_middle_is_left_to_the_rules():
    tracker = started(**OPENING).form_tracker("what is PAD?", "faq", {}, requested="rest_pain")
    messages, events = run(FORM, tracker)
    assert rejected(events) and messages == []


def test_a_question_with_a_finding_in_it_is_still_a_question_and_the_finding_is_not_taken():
    conversation = started(**{k: v for k, v in OPENING.items() if k != "smoking"})
    tracker = conversation.form_tracker("what's spinal stenosis? my friend has that", "faq",
                                        {"back_pain": True}, requested="rest_pain")
    messages, events = run(FORM, tracker)
    assert rejected(events) and messages == []
    assert slot_events(events)["back_pain"] is None


def test_a_red_flag_said_in_words_is_left_to_the_rules_but_its_findings_are_kept():
    conversation = started(**OPENING)
    tracker = conversation.form_tracker("a few minutes. oh and I've had a sore on my toe that won't heal",
                                        "red_flag_urgent", {"relief_minutes": 3, "foot_wound": True},
                                        requested="relief_minutes")
    messages, events = run(FORM, tracker)
    slots = slot_events(events)
    assert rejected(events) and messages == []
    assert slots["relief_minutes"] == 3 and slots["foot_wound"] is True
    assert slots["red_flags"] == ["foot_wound"] and slots["urgency"] == "urgent"


def test_after_the_rule_answered_the_form_asks_again_with_a_lead_in():
    conversation = started(**OPENING)
    tracker = conversation.form_tracker("what is PAD?", "faq", {}, requested="rest_pain",
                                        before_form=[action("utter_faq"), bot("PAD is ...", "utter_faq")])
    messages, events = run(FORM, tracker)
    assert not rejected(events)
    assert texts(messages) == ["Back to your questions: " + QUESTIONS["rest_pain"].text]
    assert slot_events(events)["requested_slot"] == "rest_pain"


@pytest.mark.parametrize("intent,lead_in", [("continue_interview", "Back to your questions:"),
                                             ("greet", "Hello again."), ("thanks", "You're welcome.")])
def test_carry_on_hello_and_thanks_ask_the_question_again_without_the_rules(intent, lead_in):
    tracker = started(**OPENING).form_tracker("ok", intent, {}, requested="rest_pain")
    messages, events = run(FORM, tracker)
    assert not rejected(events)
    assert texts(messages) == [lead_in + " " + QUESTIONS["rest_pain"].text]
    slots = slot_events(events)
    assert slots["requested_slot"] == "rest_pain" and "answer_unsure" in slots
    assert "rest_pain" not in slots["questions_asked"]


def test_carry_on_resumes_without_validation():
    conversation = started(**OPENING)
    tracker = conversation.form_tracker("carry on", "continue_interview", {}, requested="rest_pain",
                                        before_form=[{"event": "loop_interrupted", "is_interrupted": True}])
    messages, events = run(FORM, tracker)
    assert not rejected(events)
    assert slot_events(events)["requested_slot"] == "rest_pain"


# --- red flags answered "yes" to a screening question ---------------------------------
def test_yes_to_a_screening_question_gives_the_urgent_card_then_asks_on():
    conversation = started(**OPENING, rest_pain=False)
    tracker = conversation.form_tracker("yes", "affirm", {"foot_wound": True, "last_red_flag": "foot_wound"},
                                        requested="foot_wound")
    messages, events = run(FORM, tracker)
    slots = slot_events(events)
    assert messages[0]["response"] == "utter_red_flag_urgent"
    assert slots["red_flags"] == ["foot_wound"] and slots["urgency"] == "urgent"
    assert slots["requested_slot"] is not None and slots["requested_slot"] != "foot_wound"
    assert texts(messages)[1] == QUESTIONS[slots["requested_slot"]].text


def test_yes_to_sudden_severe_pain_gives_the_emergency_card_and_ends_the_questions():
    conversation = started(**OPENING, rest_pain=False, foot_wound=False, color_or_temperature_change=False)
    tracker = conversation.form_tracker("yes", "affirm", {"sudden_severe_pain": True}, requested="sudden_severe_pain")
    messages, events = run(FORM, tracker)
    slots = slot_events(events)
    assert [m.get("response") for m in messages] == ["utter_red_flag_emergency"]
    assert slots["urgency"] == "emergency" and slots["requested_slot"] is None


def test_a_red_flag_answered_in_a_turn_the_nlu_could_not_place_still_gets_its_card():
    # "yeah one on my heel" read as nlu_fallback: the rule says it didn't catch an answer and the
    # form resumes, but the reply's leading yes has set the requested red flag (domain: answer)
    conversation = started(**OPENING, rest_pain=False)
    tracker = conversation.form_tracker("yeah one on my heel", "nlu_fallback", {"foot_wound": True},
                                        requested="foot_wound",
                                        before_form=[action("utter_rephrase"), bot("Sorry ...", "utter_rephrase")])
    messages, events = run(FORM, tracker)
    slots = slot_events(events)
    assert messages[0]["response"] == "utter_red_flag_urgent"
    assert slots["red_flags"] == ["foot_wound"] and slots["urgency"] == "urgent"
    assert slots["requested_slot"] != "foot_wound"


def test_a_card_the_rules_gave_this_turn_is_not_given_again_when_the_form_resumes():
    conversation = started(**OPENING, rest_pain=False)
    tracker = conversation.form_tracker("yeah one on my heel", "describe_symptoms", {"foot_wound": True},
                                        requested="foot_wound",
                                        before_form=[action("utter_red_flag_urgent"),
                                                     bot("See a doctor today ...", "utter_red_flag_urgent")])
    messages, _ = run(FORM, tracker)
    assert not any((m.get("response") or "").startswith("utter_red_flag") for m in messages)


def test_a_red_flag_already_answered_by_a_rule_is_not_repeated():
    conversation = started(**OPENING)
    conversation.set(foot_wound=True)  # said earlier, the card was given then
    tracker = conversation.form_tracker("no", "deny", {"rest_pain": False}, requested="rest_pain")
    messages, _ = run(FORM, tracker)
    assert not any((m.get("response") or "").startswith("utter_red_flag") for m in messages)


def test_a_negated_red_flag_is_recorded_and_gives_no_card():
    conversation = started(**OPENING)
    tracker = conversation.form_tracker("no sores, no pain at night", "describe_symptoms",
                                        {"foot_wound": False, "rest_pain": False}, requested="rest_pain")
    messages, events = run(FORM, tracker)
    slots = slot_events(events)
    assert slots["foot_wound"] is False and slots["rest_pain"] is False
    assert not any(m.get("response") for m in messages)
    assert texts(messages)[0] == "Got it: no sores on the feet."
    assert slots["requested_slot"] not in ("foot_wound", "rest_pain")


# --- suspected red flags (symptom_nlu.RedFlagSuspicion) ------------------------------
def test_a_suspected_red_flag_is_the_first_question():
    # "my leg just went dead and white as a sheet out of nowhere": no pattern matched,
    # the classifier suspects sudden severe pain
    tracker = Conversation().form_tracker(
        "my calf ...", "describe_symptoms",
        {"pain_location": ["calf"], "suspected_red_flags": ["sudden_severe_pain"]}, activate=True)
    messages, events = run(FORM, tracker)
    assert slot_events(events)["requested_slot"] == "sudden_severe_pain"
    assert texts(messages)[-1] == QUESTIONS["sudden_severe_pain"].text


def test_without_a_suspicion_the_screening_order_stands():
    tracker = Conversation().form_tracker("my calf ...", "describe_symptoms", {"pain_location": ["calf"]},
                                          activate=True)
    assert slot_events(run(FORM, tracker)[1])["requested_slot"] == triage.next_question({"pain_location": ["calf"]})


def test_a_suspicion_that_is_not_a_red_flag_name_is_ignored():
    tracker = Conversation().form_tracker(
        "my calf ...", "describe_symptoms",
        {"pain_location": ["calf"], "suspected_red_flags": ["smoking", "nonsense"]}, activate=True)
    messages, events = run(FORM, tracker)
    assert slot_events(events)["requested_slot"] == triage.next_question({"pain_location": ["calf"]})
