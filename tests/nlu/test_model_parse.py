"""With a trained model (the newest in models/, or $NLU_MODEL): the parse
result of rasa's Agent carries findings and red flags, the intent override
holds after FallbackClassifier, typed entity values survive, and the whole
parse result is kept in the tracker's latest_message (also after the tracker
store's JSON round trip). Skipped when no model has been trained yet."""
from __future__ import annotations

import asyncio

import pytest

from .checks import newest_model

MODEL = newest_model()
pytestmark = pytest.mark.skipif(MODEL is None, reason="no trained model in models/ (make train)")


@pytest.fixture(scope="module")
def agent():
    from rasa.core.agent import Agent

    from symptom_nlu.rasa_component import SymptomExtractor

    agent = Agent.load(str(MODEL))
    nodes = agent.processor.model_metadata.predict_schema.nodes.values()
    if not any(node.uses is SymptomExtractor for node in nodes):
        pytest.skip(f"{MODEL.name} was trained without SymptomExtractor in its pipeline")
    return agent


@pytest.fixture(scope="module")
def loop():
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


def test_parse_result_has_findings_and_red_flags(agent, loop):
    result = loop.run_until_complete(agent.parse_message("no sores but my toe has gone black, I'm 72"))
    assert result["red_flags"] == ["color_or_temperature_change"]
    assert result["findings"]["foot_wound"] is False
    assert result["findings"]["age"] == 72.0
    assert result["intent"] == {"name": "red_flag_urgent", "confidence": 1.0}
    assert result["intent_ranking"][0]["name"] == "red_flag_urgent"
    assert any(m["context"] == "negated" for m in result["finding_mentions"])
    values = {(e["entity"], e["value"]) for e in result["entities"] if e["extractor"] == "SymptomExtractor"}
    assert ("foot_wound", False) in values and ("age", 72.0) in values and ("urgency", "urgent") in values


def test_no_red_flag_intent_for_a_hypothetical(agent, loop):
    result = loop.run_until_complete(agent.parse_message("what if my foot turns blue?"))
    assert result["red_flags"] == []
    assert not result["intent"]["name"].startswith("red_flag_")


def test_the_parse_result_survives_into_the_tracker(agent, loop):
    from rasa.core.channels.channel import UserMessage
    from rasa.shared.core.trackers import DialogueStateTracker

    sender = "symptom-nlu-test"
    text = "my calves and thighs cramp after two blocks and my big toe has gone black"
    loop.run_until_complete(agent.log_message(UserMessage(text, sender_id=sender)))
    tracker = loop.run_until_complete(agent.tracker_store.retrieve(sender))
    latest = tracker.latest_message.parse_data
    assert {"calf", "thigh"} <= set(latest["findings"]["pain_location"])
    assert latest["red_flags"] == ["color_or_temperature_change"]
    assert latest["finding_mentions"]
    state = tracker.current_state()["latest_message"]
    assert state["findings"] == latest["findings"] and state["red_flags"] == latest["red_flags"]
    assert {(e["entity"], e["value"]) for e in state["entities"]} >= {
        ("pain_location", "calf"), ("pain_location", "thigh"), ("red_flag", "color_or_temperature_change"),
        ("color_or_temperature_change", True),
    }
    # the tracker store's own JSON round trip (what GET /conversations/{id}/tracker serves)
    again = DialogueStateTracker.from_dict(sender, [e.as_dict() for e in tracker.events])
    assert again.latest_message.parse_data["findings"] == latest["findings"]
    assert isinstance(again.latest_message.parse_data["findings"]["walking_distance_m"], float)


def test_questions_get_their_faq_answer_from_the_intent_classifier(agent, loop):
    question = loop.run_until_complete(agent.parse_message("what is an ABI test"))
    assert question["intent"]["name"] == "faq"
    answer = question["response_selector"]["faq"]["response"]
    assert answer["intent_response_key"] == "faq/what_is_abi"
    # what Rasa's utter_faq action reads, and a response the domain has
    assert answer["utter_action"] == "utter_faq/what_is_abi"
    assert agent.domain.responses[answer["utter_action"]]
    description = loop.run_until_complete(agent.parse_message("my calves cramp after 2 blocks"))
    assert description["intent"]["name"] == "describe_symptoms"
