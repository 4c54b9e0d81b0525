"""The Rasa graph component: output keys, typed entities, and the red-flag
intent override, run on Rasa Messages as the NLU graph would, followed by the
FallbackClassifier configured in config.yml."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from rasa.nlu.classifiers.fallback_classifier import FallbackClassifier
from rasa.shared.nlu.training_data.message import Message

from symptom_nlu.rasa_component import SymptomExtractor

ROOT = Path(__file__).resolve().parents[2]


def _fallback_config():
    pipeline = yaml.safe_load((ROOT / "config.yml").read_text())["pipeline"]
    names = [step["name"] for step in pipeline]
    assert "symptom_nlu.rasa_component.SymptomExtractor" in names
    mine = names.index("symptom_nlu.rasa_component.SymptomExtractor")
    assert names.index("symptom_nlu.linear_intent_classifier.LinearIntentClassifier") < mine
    fallback = [s for s in pipeline if s["name"] == "FallbackClassifier"]
    if fallback:
        assert names.index("FallbackClassifier") > mine
        return {k: v for k, v in fallback[0].items() if k != "name"}
    return {"threshold": 0.5, "ambiguity_threshold": 0.1}


@pytest.fixture(scope="module")
def component(extractor):
    return SymptomExtractor({}, extractor=extractor)


@pytest.fixture(scope="module")
def fallback():
    return FallbackClassifier({**FallbackClassifier.get_default_config(), **_fallback_config()})


def diet_message(text, ranking):
    """A message as the intent classifier leaves it: intent and ranking in the output."""
    message = Message({"text": text})
    ranking = [{"name": n, "confidence": c} for n, c in ranking]
    message.set("intent", dict(ranking[0]), add_to_output=True)
    message.set("intent_ranking", ranking, add_to_output=True)
    return message


def run(component, fallback, message):
    component.process([message])
    fallback.process([message])
    return message.as_dict(only_output_properties=True)


def test_output_keys_and_typed_entities(component, fallback):
    out = run(
        component,
        fallback,
        diet_message(
            "my calves and thighs cramp after two blocks, no sores, I'm 72",
            [("describe_symptoms", 0.97), ("faq", 0.02), ("red_flag_urgent", 0.01)],
        ),
    )
    assert out["intent"]["name"] == "describe_symptoms"
    assert out["findings"]["pain_location"] == ["calf", "thigh"]
    assert out["findings"]["foot_wound"] is False
    assert out["red_flags"] == []
    assert {m["context"] for m in out["finding_mentions"]} == {"affirmed", "negated"}
    entities = [(e["entity"], e["value"]) for e in out["entities"]]
    assert ("pain_location", "calf") in entities and ("pain_location", "thigh") in entities  # one per item
    assert ("foot_wound", False) in entities  # bool stays bool
    assert ("age", 72.0) in entities and isinstance(dict(entities)["age"], float)
    assert ("walking_distance_m", pytest.approx(182.88)) in entities
    assert all(e["extractor"] == "SymptomExtractor" for e in out["entities"])
    assert not any(e["entity"] in ("red_flag", "urgency") for e in out["entities"])
    text = "my calves and thighs cramp after two blocks, no sores, I'm 72"
    for e in out["entities"]:
        assert 0 <= e["start"] <= e["end"] <= len(text)


@pytest.mark.parametrize("text,answer", [("yes on my heel, few weeks now", True), ("no, only when I walk", False),
                                         ("no sores on my feet", None)])
def test_a_replys_leading_yes_or_no_is_the_answer_entity(component, fallback, text, answer):
    out = run(component, fallback, diet_message(text, [("describe_symptoms", 0.6), ("affirm", 0.4)]))
    answers = [e["value"] for e in out["entities"] if e["entity"] == "answer"]
    assert answers == ([] if answer is None else [answer])


@pytest.mark.parametrize(
    "text,intent,urgency",
    [
        ("my big toe has gone black", "red_flag_urgent", "urgent"),
        ("sudden agonising pain in my leg", "red_flag_emergency", "emergency"),
        ("can't control my bladder and my calf hurts", "red_flag_emergency", "emergency"),
    ],
)
def test_affirmed_red_flag_overrides_the_intent_and_survives_the_fallback(component, fallback, text, intent, urgency):
    # the classifier unsure and wrong: FallbackClassifier would fire on this ranking
    out = run(component, fallback, diet_message(text, [("describe_symptoms", 0.41), ("faq", 0.38), ("greet", 0.21)]))
    assert out["intent"] == {"name": intent, "confidence": 1.0}
    ranking = out["intent_ranking"]
    assert ranking[0] == {"name": intent, "confidence": 1.0}
    assert [r["confidence"] for r in ranking[1:]] == [0.0] * (len(ranking) - 1)
    assert {r["name"] for r in ranking} >= {"describe_symptoms", "faq", "greet"}
    assert ("urgency", urgency) in [(e["entity"], e["value"]) for e in out["entities"]]
    assert {e["value"] for e in out["entities"] if e["entity"] == "red_flag"} == set(out["red_flags"])
    assert out["symptom_intent_override"]["from"] == "describe_symptoms"


@pytest.mark.parametrize(
    "text",
    ["no sores and no pain at night", "what if my foot turns blue?", "my dad's toe went black", "had an ulcer years ago, healed"],
)
def test_red_flag_intent_falls_back_when_the_words_are_not_affirmed(component, fallback, text):
    out = run(component, fallback, diet_message(
        text, [("red_flag_urgent", 0.7), ("describe_symptoms", 0.2), ("red_flag_emergency", 0.06), ("faq", 0.04)]))
    assert out["intent"]["name"] == "describe_symptoms"
    names = [r["name"] for r in out["intent_ranking"]]
    assert "red_flag_urgent" not in names and "red_flag_emergency" not in names
    assert sum(r["confidence"] for r in out["intent_ranking"]) == pytest.approx(1.0)
    assert out["intent"]["confidence"] == pytest.approx(0.2 / 0.24)
    assert out["red_flags"] == []


def test_red_flag_intent_stands_when_no_red_flag_words_were_seen(component, fallback):
    # the extractor's patterns can miss a phrasing: the intent classifier is the safety net
    out = run(component, fallback, diet_message(
        "my leg looks really weird and frightening", [("red_flag_urgent", 0.9), ("describe_symptoms", 0.1)]))
    assert out["intent"]["name"] == "red_flag_urgent"
    assert "symptom_intent_override" not in out


def test_a_failure_in_the_extractor_keeps_diets_prediction(fallback, extractor, monkeypatch):
    component = SymptomExtractor({}, extractor=extractor)
    monkeypatch.setattr(component.extractor, "extract", lambda text: 1 / 0)
    out = run(component, fallback, diet_message("my toe is black", [("red_flag_urgent", 0.9), ("describe_symptoms", 0.1)]))
    assert out["intent"]["name"] == "red_flag_urgent"
    assert "findings" not in out


def test_messages_without_text_are_left_alone(component):
    message = Message({})
    component.process([message])
    assert message.get("findings") is None


def test_component_is_registered_for_the_default_recipe():
    from rasa.engine.recipes.default_recipe import DefaultV1Recipe

    registered = DefaultV1Recipe._from_registry("symptom_nlu.rasa_component.SymptomExtractor")
    assert registered.clazz is SymptomExtractor
    assert DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR in registered.types
    assert registered.is_trainable is False


def test_an_urgent_flag_never_lowers_diets_emergency_intent(component, fallback):
    out = run(
        component,
        fallback,
        diet_message(
            "I have a sore on my heel that won't heal",
            [("red_flag_emergency", 0.9), ("red_flag_urgent", 0.08), ("describe_symptoms", 0.02)],
        ),
    )
    assert out["red_flags"] == ["foot_wound"]
    assert out["intent"]["name"] == "red_flag_emergency"


def test_an_urgent_flag_raises_a_non_red_flag_intent_to_urgent(component, fallback):
    out = run(
        component,
        fallback,
        diet_message("I have a sore on my heel that won't heal", [("describe_symptoms", 0.95), ("greet", 0.05)]),
    )
    assert out["intent"]["name"] == "red_flag_urgent"


@pytest.mark.parametrize(
    "text,held",
    [
        # question-form hypotheticals
        ("Would numbness between my legs be serious?", "hypothetical"),
        ("if I got chest pain would that be an emergency?", "hypothetical"),
        ("is sudden leg pain an emergency?", "hypothetical"),
        # denials typed without an apostrophe, with a typographic one, or as "X? none"
        ("my toes arent blue", "negated"),
        ("my feet don\u2019t hurt at night", "negated"),
        ("chest pain? no", "negated"),
        # someone else's
        ("my dad keeps wetting himself", "other_person"),
    ],
)
def test_diets_red_flag_intent_gives_way_when_every_red_flag_word_is_unaffirmed(component, fallback, text, held):
    out = run(component, fallback, diet_message(
        text, [("red_flag_emergency", 0.8), ("faq", 0.15), ("red_flag_urgent", 0.03), ("describe_symptoms", 0.02)]))
    assert out["red_flags"] == []
    assert out["intent"]["name"] == "faq"
    assert out["intent"]["confidence"] == pytest.approx(0.15 / 0.17)
    assert not {"red_flag_emergency", "red_flag_urgent"} & {r["name"] for r in out["intent_ranking"]}
    override = out["symptom_intent_override"]
    assert override["from"] == "red_flag_emergency"
    assert override["reason"] == f"red-flag words only {held}"


@pytest.mark.parametrize(
    "text,flag",
    [
        ("I keep wetting myself and my legs are getting weaker", "cauda_equina_signs"),
        ("my calf is swollen and hot, and now I can't catch my breath", "chest_pain_or_breathlessness"),
        ("it wakes me up most nights, the burning in my toes", "rest_pain"),
    ],
)
def test_an_affirmed_lay_red_flag_is_never_lowered(component, fallback, text, flag):
    out = run(component, fallback, diet_message(text, [("describe_symptoms", 0.9), ("faq", 0.1)]))
    assert flag in out["red_flags"]
    assert out["intent"]["name"] in ("red_flag_emergency", "red_flag_urgent")
    # and the classifier's emergency stays an emergency even when the extractor's flag is only urgent
    out = run(component, fallback, diet_message(text, [("red_flag_emergency", 0.6), ("describe_symptoms", 0.4)]))
    assert out["intent"]["name"] == "red_flag_emergency"


@pytest.mark.parametrize(
    "text,flag",
    [
        ("no chest pain, but my big toe has gone black", "color_or_temperature_change"),
        ("my calf is swollen, hot and tender, but I'm not breathless at all", "dvt_signs"),
        ("the ulcer on my heel won't heal; my dad had sudden leg pain once", "foot_wound"),
    ],
)
def test_diets_emergency_gives_way_to_urgent_when_the_emergency_words_are_denied(component, fallback, text, flag):
    """An urgent flag affirmed, and the emergency red flag's words seen but denied, past or
    someone else's: the classifier's emergency was read from those words; the card is the urgent one."""
    out = run(component, fallback, diet_message(text, [("red_flag_emergency", 0.7), ("describe_symptoms", 0.3)]))
    assert out["red_flags"] == [flag]
    assert out["intent"]["name"] == "red_flag_urgent"
    assert out["symptom_intent_override"]["from"] == "red_flag_emergency"
