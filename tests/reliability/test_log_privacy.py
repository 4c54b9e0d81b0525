"""Health text is not written to the servers' logs at their normal (INFO)
level: not on a normal conversation, not on bad input, not when the action
server fails."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import requests

from tests.reliability.conftest import new_sender, post

pytestmark = pytest.mark.e2e

# unusual words, so a hit in the logs can only come from these messages
MARKERS = ["quetzalfrond", "brindlewick", "osmiumtarn", "vellumgrove", "zanzibarquartz"]


def _logs(stack) -> str:
    return "\n".join(path.read_text(errors="replace") for path in sorted((stack.config.workdir / "logs").glob("*.log")))


def _no_marker_in_logs(stack) -> None:
    logs = _logs(stack)
    assert logs, "the servers write logs"
    found = [m for m in MARKERS if m in logs]
    assert not found, f"health text in the logs: {found}"


def test_a_conversation_leaves_no_health_text_in_the_logs(servers):
    who = new_sender("privacy")
    post(servers, who, f"my right calf cramps after about 2 blocks {MARKERS[0]}, I smoke")
    post(servers, who, f"I have diabetes and high blood pressure {MARKERS[1]}")
    post(servers, who, f"sudden severe pain in my leg {MARKERS[2]}")
    post(servers, who, "/affirm")
    _no_marker_in_logs(servers)


def test_bad_input_leaves_no_health_text_in_the_logs(servers):
    url = f"{servers.config.rasa_url}/webhooks/rest/webhook"
    requests.post(url, json={"sender": new_sender(), "message": f"{MARKERS[3]} " * 500}, timeout=30)
    requests.post(url, json={"message": f"calf pain {MARKERS[3]}"}, timeout=30)
    requests.post(url, json={"sender": new_sender(), "message": f"pain {MARKERS[3]}", "metadata": [1]}, timeout=30)
    requests.post(url, data=json.dumps({"sender": 5, "message": f"pain {MARKERS[3]}"}),
                  headers={"Content-Type": "application/json"}, timeout=30)
    _no_marker_in_logs(servers)


def test_action_server_failures_leave_no_health_text_in_the_logs(fault_stack):
    who = new_sender("privacy-fault")
    post(fault_stack, who, f"my left calf aches walking uphill {MARKERS[4]}")
    fault_stack.stop_actions()
    try:
        reply = post(fault_stack, who, f"about 300 metres {MARKERS[4]}")
        assert reply.ok
        reply = post(fault_stack, new_sender(), f"my thigh hurts when I walk {MARKERS[4]}")
        assert reply.ok
    finally:
        fault_stack.start_actions()
    logs = _logs(fault_stack)
    assert "action_guard" in logs or "failed" in logs, "the failure itself is logged"
    _no_marker_in_logs(fault_stack)
