"""domain.yml against contract.yml, the questions against the domain, and the
parsing of free-text numbers."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from actions.findings import coerce, findings_from_slots, parse_number
from actions.questions import QUESTIONS
from triage import load_contract

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
CONTRACT = load_contract()
HELPERS = {"answer_unsure", "questions_asked", "findings_unsure", "last_red_flag", "suspected_red_flags"}
TYPES = {"bool": "bool", "number": "float", "one": "categorical", "many": "list"}


def test_generated_blocks_are_current_with_contract_yml():
    result = subprocess.run([sys.executable, "scripts/generate_domain_slots.py", "--check"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_domain_slots_are_the_contract_findings_red_flags_and_result_slots():
    expected = set(CONTRACT.findings) | set(CONTRACT.result_slots) | HELPERS
    assert set(DOMAIN["slots"]) == expected
    assert set(CONTRACT.red_flags) <= set(DOMAIN["slots"])


@pytest.mark.parametrize("name", list(CONTRACT.findings))
def test_finding_slot_has_the_contract_type_and_fills_from_its_entity(name):
    spec = CONTRACT.findings[name]
    slot = DOMAIN["slots"][name]
    assert slot["type"] == TYPES[spec.type]
    assert slot["influence_conversation"] is False
    if spec.type == "one":
        assert slot["values"] == list(spec.values)
    first = slot["mappings"][0]
    assert first == {"type": "from_entity", "entity": name}  # no conditions: any message, any time
    for mapping in slot["mappings"][1:]:
        assert mapping["conditions"] == [{"active_loop": "symptom_form", "requested_slot": name}]
    if spec.type == "bool":
        intents = {m.get("intent"): m.get("value") for m in slot["mappings"] if m["type"] == "from_intent"}
        assert intents == {"affirm": True, "deny": False}
        # a reply's leading yes or no, after the finding's own words and a bare yes / no
        assert slot["mappings"][-1]["type"] == "from_entity" and slot["mappings"][-1]["entity"] == "answer"
    else:
        assert all(m.get("entity") != "answer" for m in slot["mappings"])


def test_result_slots_and_their_values():
    slots = DOMAIN["slots"]
    assert slots["urgency"]["values"] == list(CONTRACT.urgency_levels)
    assert set(slots["cause_group"]["values"]) == {g for g in CONTRACT.causes if g != "urgent"} | {"uncertain"}
    assert slots["red_flags"]["type"] == slots["likely_causes"]["type"] == "list"


def test_entities_are_the_findings_plus_red_flag_urgency_suspicion_and_answer():
    assert set(DOMAIN["entities"]) == set(CONTRACT.findings) | {"red_flag", "urgency", "red_flag_suspected", "answer"}


def test_a_suspected_red_flag_fills_its_slot_from_its_entity_at_any_time():
    slot = DOMAIN["slots"]["suspected_red_flags"]
    assert slot["type"] == "list" and slot["influence_conversation"] is False
    assert slot["mappings"] == [{"type": "from_entity", "entity": "red_flag_suspected"}]


def test_form_covers_every_finding_so_volunteered_answers_count():
    required = DOMAIN["forms"]["symptom_form"]["required_slots"]
    assert set(CONTRACT.findings) <= set(required)


def test_architecture_intents_are_in_the_domain():
    intents = {i if isinstance(i, str) else next(iter(i)) for i in DOMAIN["intents"]}
    assert intents == {
        "describe_symptoms", "red_flag_emergency", "red_flag_urgent", "affirm", "deny", "unsure", "faq",
        "greet", "goodbye", "thanks", "bot_challenge", "restart", "out_of_scope", "non_english",
        "continue_interview",
    }


def test_every_faq_subintent_has_an_answer():
    faq = {r.split("/", 1)[1] for r in DOMAIN["responses"] if r.startswith("utter_faq/")}
    assert faq == {"what_is_pad", "what_is_claudication", "what_is_spinal_stenosis", "what_is_cecs",
                   "what_is_abi", "which_tests", "what_helps", "is_it_serious", "see_doctor", "smoking"}


# --- safe wording in the domain -------------------------------------------------------
def _all_texts():
    for name, variations in DOMAIN["responses"].items():
        for v in variations:
            card = ((v.get("custom") or {}).get("data") or {}).get("card") or {}
            yield name, " ".join(filter(None, [v.get("text"), card.get("title"), card.get("body"), card.get("follow_up")]))


def test_no_response_calls_anything_a_diagnosis_or_reassures():
    for name, text in _all_texts():
        low = text.lower()
        assert "nothing to worry" not in low, name
        for match in re.finditer(r"diagnos\w*", low):
            assert re.search(r"(isn't|not) a diagnosis", low), (name, text)


def test_greeting_has_the_fixed_disclaimer():
    text = DOMAIN["responses"]["utter_greet"][0]["text"]
    assert "isn't a diagnosis" in text and "911 / 999 / 112" in text


@pytest.mark.parametrize("level,words", [("emergency", ("911", "999", "112", "emergency department")),
                                         ("urgent", ("see a doctor today",))])
def test_red_flag_cards_say_what_to_do_in_every_variation(level, words):
    variations = DOMAIN["responses"][f"utter_red_flag_{level}"]
    codes = [c for c, u in CONTRACT.red_flag_urgency.items() if u == level]
    for v in variations:
        card = ((v.get("custom") or {}).get("data") or {}).get("card")
        text = (v.get("text") or (card["title"] + ". " + card["body"])).lower()
        for word in words:
            assert word in text, (level, v)
        if card:
            assert v["channel"] == "socketio" and card["level"] == level
    conditioned = {c["value"] for v in variations for c in v.get("condition", [])}
    assert conditioned == set(codes)
    # every flag: a plain-text variation and a socketio card
    for code in codes:
        kinds = {v.get("channel", "default") for v in variations
                 if any(c["value"] == code for c in v.get("condition", []))}
        assert kinds == {"default", "socketio"}, code


def test_urgent_card_offers_carry_on_and_thats_all():
    for v in DOMAIN["responses"]["utter_red_flag_urgent"]:
        buttons = v.get("buttons") or v["custom"]["data"]["quick_replies"]
        assert [b["payload"] for b in buttons] == ["/continue_interview", "/goodbye"]


# --- questions ----------------------------------------------------------------------------
def test_every_finding_and_red_flag_has_a_question():
    assert set(QUESTIONS) == set(CONTRACT.findings)


@pytest.mark.parametrize("name", list(QUESTIONS))
def test_question_buttons_send_intents_and_values_the_domain_knows(name):
    question = QUESTIONS[name]
    intents = {i if isinstance(i, str) else next(iter(i)) for i in DOMAIN["intents"]}
    assert question.text.endswith("?") or question.text.endswith(".")
    assert ("Not sure", "/unsure") in question.buttons
    for title, payload in question.buttons:
        match = re.fullmatch(r"/(\w+)(\{.*\})?", payload)
        assert match and match.group(1) in intents, payload
        if match.group(2):
            entities = json.loads(match.group(2))
            assert list(entities) == [name]
            assert coerce(name, entities[name]) is not None, payload
    if CONTRACT.findings[name].type == "bool":
        assert [p for _, p in question.buttons] == ["/affirm", "/deny", "/unsure"]


# --- slots to findings --------------------------------------------------------------------
def test_findings_from_slots_keeps_known_valid_values_only():
    findings = findings_from_slots({
        "pain_location": "calf", "laterality": "sideways", "brought_on_by_walking": "true",
        "walking_distance_m": "about 200 m", "relief_minutes": 2, "requested_slot": "age",
        "smoking": None, "red_flags": ["foot_wound"],
    })
    assert findings == {"pain_location": ["calf"], "brought_on_by_walking": True,
                        "walking_distance_m": 200.0, "relief_minutes": 2.0}


@pytest.mark.parametrize("finding,text,value", [
    ("walking_distance_m", "about 2 blocks", 183),
    ("walking_distance_m", "half a mile", 805),
    ("walking_distance_m", "200m", 200),
    ("walking_distance_m", "300 yards", 274),
    ("walking_distance_m", "a mile and a half", 2414),
    ("walking_distance_m", "maybe 150", 150),
    ("walking_distance_m", "about 10 minutes", 800),
    ("relief_minutes", "a couple of minutes", 2),
    ("relief_minutes", "30 seconds", 0.5),
    ("relief_minutes", "straight away", 0.5),
    ("relief_minutes", "5 mins", 5),
    ("relief_minutes", "about an hour", 60),
    ("age", "I'm 68", 68),
    ("age", "68 years old", 68),
    ("age", "no idea", None),
    ("age", "68", 68),
    ("relief_minutes", "about 2 blocks", None),
    ("relief_minutes", "it depends", None),
])
def test_numbers_in_free_text(finding, text, value):
    assert parse_number(finding, text) == value


def test_walking_distance_is_kept_as_about():
    assert coerce("walking_distance_m", 182.88) == 180.0
    assert coerce("walking_distance_m", 46) == 46.0


def test_list_findings_from_buttons_nested_lists_and_strings():
    assert coerce("pain_location", [["calf", "thigh"]]) == ["calf", "thigh"]
    assert coerce("pain_location", "calf") == ["calf"]
    assert coerce("pain_location", ["calf", "elbow"]) is None
    assert coerce("pain_location", []) is None
