"""End to end over the REST channel, against the real action server and Rasa
server (the `servers` fixture of tests/conftest.py: newest model in models/,
or $MODEL). The result slots are read through the tracker API.

The messages are worded like the NLU training data, so these tests check the
dialogue, not the NLU's reach (tests/nlu and `make eval-nlu` do that).
"""
from __future__ import annotations

import time
import uuid
from pathlib import Path
from typing import Any, Dict, List

import pytest
import yaml

from actions.summary import SUMMARY_HEADING
from tests.conversation import answer, vignette

pytestmark = pytest.mark.e2e

CLASSIC_PAD = vignette("pad_classic_smoker")
VASCULAR = CLASSIC_PAD["findings"]  # what the person answers


def sender() -> str:
    return f"e2e-{uuid.uuid4().hex[:10]}"


def texts(replies: List[Dict[str, Any]]) -> str:
    return "\n".join(r.get("text") or "" for r in replies)


def interview(servers, who: str, person: Dict[str, Any], limit: int = 20) -> List[str]:
    """Answer every question until the summary; the findings asked, in order."""
    asked: List[str] = []
    for _ in range(limit):
        tracker = servers.tracker(who)
        requested = tracker["slots"].get("requested_slot")
        if (tracker.get("active_loop") or {}).get("name") != "symptom_form" or not requested:
            return asked
        asked.append(requested)
        servers.send(who, answer(requested, person))
    raise AssertionError(f"no summary after {limit} answers: {asked}")


def test_a_whole_conversation_reaches_its_summary_and_fills_the_result_slots(servers):
    who = sender()
    greeting = texts(servers.send(who, "hi"))
    assert "isn't a diagnosis" in greeting and "911 / 999 / 112" in greeting
    replies = servers.send(who, CLASSIC_PAD["description"])
    said = texts(replies)
    assert "So far I have:" in said and "calf" in said
    assert replies[-1].get("buttons"), "a closed question offers quick replies"
    asked = interview(servers, who, VASCULAR)
    assert 1 <= len(asked) <= 8 and len(asked) == len(set(asked))
    tracker = servers.tracker(who)
    summary = [e["text"] for e in tracker["events"] if e.get("event") == "bot" and (e.get("text") or "").startswith(SUMMARY_HEADING)]
    assert summary and "circulation (vascular)" in summary[-1]
    slots = tracker["slots"]
    assert slots["urgency"] == "routine"
    assert slots["cause_group"] == "vascular"
    assert slots["likely_causes"][0] == "pad"
    assert slots["red_flags"] == []
    assert (tracker.get("active_loop") or {}).get("name") is None
    # a question after the summary, then goodbye
    assert "Peripheral artery disease" in texts(servers.send(who, "what is PAD"))
    assert "Take care" in texts(servers.send(who, "bye"))


def test_an_urgent_red_flag_in_the_middle_gets_its_answer_and_the_interview_goes_on(servers):
    who = sender()
    servers.send(who, "my calf hurts when I walk")
    before = servers.tracker(who)["slots"]["requested_slot"]
    assert before
    said = texts(servers.send(who, "I've had a sore on my big toe since August that won't heal"))
    assert "See a doctor today" in said
    tracker = servers.tracker(who)
    assert (tracker.get("active_loop") or {}).get("name") == "symptom_form"
    assert tracker["slots"]["foot_wound"] is True
    assert tracker["slots"]["red_flags"] == ["foot_wound"] and tracker["slots"]["urgency"] == "urgent"
    assert tracker["slots"]["requested_slot"], "the interview asks on"


def test_a_question_in_the_middle_is_answered_then_the_interview_resumes(servers):
    who = sender()
    servers.send(who, "my calf hurts when I walk")
    requested = servers.tracker(who)["slots"]["requested_slot"]
    said = texts(servers.send(who, "what is PAD"))
    assert "Peripheral artery disease" in said and "Back to your questions" in said
    assert servers.tracker(who)["slots"]["requested_slot"] == requested


def test_not_sure_moves_on_and_a_correction_overwrites(servers):
    who = sender()
    servers.send(who, "my left calf cramps when I walk")
    first = servers.tracker(who)["slots"]["requested_slot"]
    servers.send(who, "/unsure")
    slots = servers.tracker(who)["slots"]
    assert first in slots["findings_unsure"] and slots["requested_slot"] != first
    servers.send(who, "it's in both legs")
    slots = servers.tracker(who)["slots"]
    assert slots["laterality"] == "both_legs"
    assert (servers.tracker(who).get("active_loop") or {}).get("name") == "symptom_form" or slots["requested_slot"] is None


def test_a_yes_to_a_screening_question_gives_the_card_at_once(servers):
    who = sender()
    servers.send(who, "my calf hurts when I walk")
    for _ in range(6):
        requested = servers.tracker(who)["slots"]["requested_slot"]
        if requested == "foot_wound":
            break
        servers.send(who, answer(requested, {}))  # no red flag, nothing else known
    else:
        pytest.skip("the engine did not ask about foot sores")
    replies = servers.send(who, "/affirm")
    said = texts(replies)
    assert "See a doctor today" in said and "sore on the foot" in said
    assert servers.tracker(who)["slots"]["urgency"] == "urgent"


def ask_until(servers, who: str, finding: str, limit: int = 8) -> None:
    """Answer "no red flag, nothing else known" until the engine asks about ``finding``."""
    for _ in range(limit):
        requested = servers.tracker(who)["slots"]["requested_slot"]
        if requested == finding:
            return
        servers.send(who, answer(requested, {}))
    pytest.skip(f"the engine did not ask about {finding}")


def test_a_reply_that_starts_with_its_yes_answers_the_question(servers):
    # the nineteenth blind set's replies: the leading yes answers, the rest is not needed
    who = sender()
    servers.send(who, "my calf hurts when I walk")
    ask_until(servers, who, "foot_wound")
    said = texts(servers.send(who, "yeah one on my heel"))
    assert "See a doctor today" in said
    slots = servers.tracker(who)["slots"]
    assert "foot_wound" in slots["red_flags"] and slots["urgency"] == "urgent"
    assert slots["requested_slot"] != "foot_wound"


def test_a_reply_that_starts_with_its_no_answers_the_question(servers):
    who = sender()
    servers.send(who, "my calf hurts when I walk")
    ask_until(servers, who, "rest_pain")
    said = texts(servers.send(who, "no, only when I walk"))
    slots = servers.tracker(who)["slots"]
    assert slots["rest_pain"] is False and slots["requested_slot"] != "rest_pain"
    assert "See a doctor" not in said and "didn't catch" not in said


def test_a_red_flag_in_unfamiliar_words_is_asked_about_first(servers):
    # no pattern reads "my foot looks like a waxwork" and the intent classifier takes it for an
    # ordinary description; RedFlagSuspicion reads a colour change, so that is the first
    # question (before rest pain), and "yes" gives the card. (It was "toes look like they belong
    # to a dead man" until the suspicion trained with dev15 and dev16 no longer named it; the
    # extractor reads that one now. Trained with dev19 it names the waxwork after "my calves hurt
    # when I walk" but no longer after "my calves cramp after a mile,". Trained with dev21 the intent
    # classifier itself reads "my calves hurt when I walk and my foot looks like a waxwork" as an urgent
    # red flag and the card comes at once; with the age first it still reads a description.)
    who = sender()
    servers.send(who, "I'm 70, my calves hurt when I walk and my foot looks like a waxwork")
    slots = servers.tracker(who)["slots"]
    assert slots["suspected_red_flags"] == ["color_or_temperature_change"]
    assert slots["requested_slot"] == "color_or_temperature_change"
    said = texts(servers.send(who, "/affirm"))
    assert "See a doctor today" in said
    assert servers.tracker(who)["slots"]["urgency"] == "urgent"


def test_start_over_clears_the_conversation(servers):
    who = sender()
    servers.send(who, "my calf hurts when I walk")
    said = texts(servers.send(who, "start over"))
    assert "start again" in said
    slots = servers.tracker(who)["slots"]
    assert slots["pain_location"] is None and slots["requested_slot"] is None


def test_something_not_understood_gets_a_helpful_reply(servers):
    who = sender()
    said = texts(servers.send(who, "what's the weather like tomorrow"))
    assert "leg pain" in said


# last: it stops the action server for a while
def test_red_flags_are_answered_with_the_action_server_stopped(servers):
    servers.stop_actions()
    try:
        who = sender()
        said = texts(servers.send(who, "sudden severe pain in my leg"))
        assert "Call for help now" in said and "911" in said and "emergency department" in said
        slots = servers.tracker(who)["slots"]
        assert slots["urgency"] == "emergency"
        assert "sudden_severe_pain" in slots["red_flags"]

        who = sender()
        replies = servers.send(who, "I've had a sore on my big toe since August that won't heal")
        said = texts(replies)
        assert "See a doctor today" in said and "sore on the foot" in said
        assert [b["title"] for b in replies[-1].get("buttons", [])] == ["Carry on", "That's all"]
        assert servers.tracker(who)["slots"]["urgency"] == "urgent"
    finally:
        servers.start_actions()
        # channels/action_guard.py does not call the action server for
        # `retry_after` seconds after it failed (endpoints.yml): let that pass
        retry_after = yaml.safe_load(Path(servers.endpoints).read_text())["action_endpoint"].get("retry_after", 10)
        time.sleep(float(retry_after) + 1)
