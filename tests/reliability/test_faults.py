"""Faults, on a stack of our own (`fault_stack`, other ports): a Rasa server
restart in the middle of a conversation, and the action server down or hung.
Each test leaves both servers running."""
from __future__ import annotations

import time
from typing import List

import pytest
import requests

from actions.summary import SUMMARY_HEADING
from channels.guards import TROUBLE_TEXT
from tests.conversation import answer as answer_from
from tests.conversation import vignette
from tests.reliability.conftest import HangingServer, new_sender, post, response_texts, says, texts

pytestmark = pytest.mark.e2e

CLASSIC_PAD = vignette("pad_classic_smoker")
DESCRIPTION = CLASSIC_PAD["description"]
PERSON = CLASSIC_PAD["findings"]  # what the person answers
EMERGENCY = "sudden severe pain in my leg"
URGENT = "I have a sore on my foot that won't heal"


def trouble_texts() -> List[str]:
    return response_texts("utter_action_server_trouble") or [TROUBLE_TEXT]


def is_trouble(said: str) -> bool:
    return any(t.split("\n")[0][:60] in said for t in trouble_texts())


def answer(finding: str) -> str:
    return answer_from(finding, PERSON)


def requested(stack, who: str) -> str | None:
    tracker = stack.tracker(who)
    if (tracker.get("active_loop") or {}).get("name") != "symptom_form":
        return None
    return tracker["slots"].get("requested_slot")


def say(stack, who: str, text: str) -> tuple[str, float]:
    started = time.monotonic()
    reply = post(stack, who, text, timeout=60)
    assert reply.status_code == 200, reply.text
    return texts(reply.json()), time.monotonic() - started


def finish_interview(stack, who: str, limit: int = 20) -> str:
    for _ in range(limit):
        slot = requested(stack, who)
        if slot is None:
            break
        said, _ = say(stack, who, answer(slot))
        assert not is_trouble(said), said
    events = stack.tracker(who)["events"]
    summaries = [e["text"] for e in events if e.get("event") == "bot" and (e.get("text") or "").startswith(SUMMARY_HEADING)]
    assert summaries, "the conversation reached its summary"
    return summaries[-1]


def wait_for_breaker(stack) -> None:
    """The action guard skips the action server for retry_after (3 s here) after an outage."""
    time.sleep(3.5)


def test_a_rasa_restart_mid_conversation_loses_nothing(fault_stack):
    who = new_sender("restart")
    said, _ = say(fault_stack, who, DESCRIPTION)
    first = requested(fault_stack, who)
    assert first, f"the interview has started: {said}"
    say(fault_stack, who, answer(first))
    before = fault_stack.tracker(who)
    assert (fault_stack.config.workdir / "tracker.db").exists()

    fault_stack.restart_rasa()

    after = fault_stack.tracker(who)
    strip = lambda events: [{k: v for k, v in e.items() if k != "timestamp"} for e in events]  # noqa: E731
    assert strip(after["events"][:len(before["events"])]) == strip(before["events"])
    assert after["slots"] == before["slots"]
    assert after["active_loop"] == before["active_loop"]
    # the interview goes on where it was, not from the start
    slot = requested(fault_stack, who)
    assert slot and slot != first
    said, _ = say(fault_stack, who, answer(slot))
    assert said.strip() and not is_trouble(said)
    assert not says(said, "utter_greet") and not says(said, "utter_default")
    finish_interview(fault_stack, who)


def test_with_the_action_server_down_red_flags_are_answered_and_others_hear_trouble(fault_stack):
    in_interview = new_sender("down")
    say(fault_stack, in_interview, DESCRIPTION)
    slot = requested(fault_stack, in_interview)
    assert slot
    fault_stack.stop_actions()
    try:
        # a red flag at the start: the emergency card, straight away
        said, seconds = say(fault_stack, new_sender("down-rf"), EMERGENCY)
        assert says(said, "utter_red_flag_emergency"), said
        assert seconds < 3
        assert not is_trouble(said), "the card says what to do; no trouble reply after it"
        # a red flag in the middle of the interview: the urgent card
        said, seconds = say(fault_stack, in_interview, URGENT)
        assert says(said, "utter_red_flag_urgent"), said
        assert seconds < 3
        # anything else: a short "having trouble" that says when to seek help
        said, seconds = say(fault_stack, new_sender("down-other"), DESCRIPTION)
        assert is_trouble(said) and "911" in said, said
        assert seconds < 3
        said, _ = say(fault_stack, in_interview, answer(requested(fault_stack, in_interview) or slot))
        assert is_trouble(said) and "911" in said, said
    finally:
        fault_stack.start_actions()
    wait_for_breaker(fault_stack)
    # the conversation recovers: the interview goes on to its summary
    assert finish_interview(fault_stack, in_interview)


def test_with_the_action_server_hung_replies_come_after_the_timeout(fault_stack):
    who = new_sender("slow")
    say(fault_stack, who, DESCRIPTION)
    assert requested(fault_stack, who)
    fault_stack.stop_actions()
    hung = HangingServer(fault_stack.config.action_port)
    try:
        wait_for_breaker(fault_stack)
        # the first call waits for the 2 s timeout, not Rasa's 5 minutes
        said, seconds = say(fault_stack, who, answer(requested(fault_stack, who)))
        assert is_trouble(said) and "911" in said, said
        assert 1.5 < seconds < 6, seconds
        # a red flag is answered; over REST the card comes with the turn, so at
        # worst after one timeout (over socket.io it is sent at once)
        said, seconds = say(fault_stack, new_sender("slow-rf"), EMERGENCY)
        assert says(said, "utter_red_flag_emergency"), said
        assert seconds < 6
        # two timeouts in a row: the guard holds off, and turns do not wait at all
        said, seconds = say(fault_stack, new_sender("slow-other"), DESCRIPTION)
        assert is_trouble(said)
        assert seconds < 1.5, seconds
    finally:
        hung.close()
        fault_stack.start_actions()
    wait_for_breaker(fault_stack)
    assert finish_interview(fault_stack, who)


def test_both_servers_are_running_after_the_fault_tests(fault_stack):
    assert requests.get(f"{fault_stack.config.action_url}/health", timeout=5).ok
    assert requests.get(f"{fault_stack.config.rasa_url}/", timeout=5).ok
