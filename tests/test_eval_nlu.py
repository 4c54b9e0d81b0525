"""The NLU evaluation: its scoring code, the held-out test set and the training data it is kept apart from.

No model and no Rasa import needed (scripts/eval_nlu.py imports Rasa only to parse).
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from scripts import eval_nlu as ev

ROOT = Path(__file__).resolve().parent.parent
NLU_DIR = ROOT / "data" / "nlu"


def _normalise(text: str) -> str:
    return re.sub(r"[^\w ]", "", " ".join(text.lower().split()))


def _training_examples():
    examples = Counter()
    texts = set()
    for path in sorted(NLU_DIR.glob("*.yml")):
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            if "intent" not in block:
                continue
            for line in block["examples"].splitlines():
                if line.startswith("- "):
                    examples[block["intent"]] += 1
                    texts.add(_normalise(line[2:]))
    return examples, texts


# --- held-out set ------------------------------------------------------------

@pytest.fixture(scope="module")
def heldout():
    return ev.load_heldout()  # also checks every finding against contract.yml


DEV_SETS = sorted((ROOT / "tests" / "nlu_heldout").glob("dev*.yml"))


@pytest.fixture(scope="module", params=["heldout.yml"] + [p.name for p in DEV_SETS])
def any_test_set(request):
    return request.param, ev.load_heldout(ROOT / "tests" / "nlu_heldout" / request.param)


def _trained_on(set_name: str) -> set:
    """Texts training holds that the set must not: data/nlu for every set, and for the held-out
    set also the development sets, which the classifiers train on (config.yml: DevSetImporter)."""
    _, texts = _training_examples()
    if set_name == "heldout.yml":
        texts |= {_normalise(m["text"]) for path in DEV_SETS for m in ev.load_heldout(path)}
    return texts


def test_heldout_is_big_enough_and_covers_every_intent(heldout):
    assert len(heldout) >= 150
    assert sum(1 for m in heldout if m["red_flags"]) >= 40
    non_affirmed = [m for m in heldout if m.get("mentions") and not m["red_flags"]]
    assert len(non_affirmed) >= 40
    intents = {m["intent"] for m in heldout}
    # greetings are exempt: a blind writer's ("hello there", "howdy", "sup") are nearly always
    # already in training, and copies are dropped before scoring (the eighth set lost all five)
    wanted = {i for i in ev.INTENTS if i not in ("faq", "greet")} | {f"faq/{k}" for k in ev.FAQ_KEYS}
    assert wanted <= intents
    codes = {c for m in heldout for c in m["red_flags"]}
    assert codes == set(ev.load_contract().red_flag_urgency)


def test_heldout_messages_are_not_training_examples(any_test_set):
    name, messages = any_test_set
    training = _trained_on(name)
    copies = [m["text"] for m in messages if _normalise(m["text"]) in training]
    assert not copies, f"{name}: messages also in training: {copies}"


def test_heldout_messages_are_not_near_copies(any_test_set):
    """Different wording, not a reordering or a word changed: word-set overlap below 0.75."""
    def words(text):
        return set(re.findall(r"\w+", text.lower()))

    name, messages = any_test_set
    training_words = [words(t) for t in _trained_on(name)]
    close = []
    for m in messages:
        mine = words(m["text"])
        if len(mine) < 5:
            continue  # "yes it is": short answers overlap by nature
        best = max(len(mine & w) / len(mine | w) for w in training_words)
        if best >= 0.75:
            close.append((m["text"], round(best, 2)))
    assert not close, close


def test_rasa_format_copy_is_in_sync(heldout):
    assert ev.RASA_COPY.read_text(encoding="utf-8") == ev.to_rasa_nlu_yaml(heldout), (
        "run: .venv/bin/python scripts/eval_nlu.py --write-rasa-copy"
    )


def test_bad_heldout_entries_are_refused(tmp_path):
    bad = {"messages": [{"text": "x", "intent": "describe_symptoms", "findings": {"pain_location": ["elbow"]}, "red_flags": []}]}
    path = tmp_path / "bad.yml"
    path.write_text(yaml.safe_dump(bad))
    with pytest.raises(ev.HeldoutError, match="elbow"):
        ev.load_heldout(path)
    wrong_intent = {"messages": [{"text": "my foot is blue", "intent": "red_flag_emergency",
                                  "findings": {"color_or_temperature_change": True},
                                  "red_flags": ["color_or_temperature_change"]}]}
    path.write_text(yaml.safe_dump(wrong_intent))
    with pytest.raises(ev.HeldoutError, match="red_flag_urgent"):
        ev.load_heldout(path)


# --- training data -----------------------------------------------------------

def test_training_data_has_enough_examples_per_intent():
    counts, _ = _training_examples()
    top = Counter()
    for intent, n in counts.items():
        top[intent.split("/")[0]] += n
    for intent in ev.INTENTS:
        assert top[intent] >= 25, f"{intent}: {top[intent]} examples"
    for intent in ("describe_symptoms", "red_flag_emergency", "red_flag_urgent"):
        assert top[intent] >= 40
    for key in ev.FAQ_KEYS:
        assert counts[f"faq/{key}"] >= 12, key


def test_training_data_annotates_no_entities():
    for path in NLU_DIR.glob("*.yml"):
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            if "intent" in block:
                assert not re.search(r"\]\(|\]\{", block["examples"]), f"{path.name}: {block['intent']} annotates entities"


# --- scoring -------------------------------------------------------------------

def test_findings_pairs_lists_numbers_and_optional():
    expected = {"pain_location": ["calf", "thigh"], "walking_distance_m": 180, "rest_pain": False}
    predicted = {"pain_location": ["calf", "foot"], "walking_distance_m": 200.0, "rest_pain": False, "laterality": "both_legs"}
    split = ev.score_findings(expected, predicted, optional={"laterality": "both_legs"})
    assert sorted(split["tp"]) == [("pain_location", "calf"), ("rest_pain", False), ("walking_distance_m", 200.0)]
    assert split["fp"] == [("pain_location", "foot")]
    assert split["fn"] == [("pain_location", "thigh")]


def test_number_tolerance_and_bools():
    assert ev.values_match("walking_distance_m", 180, 160)
    assert not ev.values_match("walking_distance_m", 180, 300)
    assert ev.values_match("age", 72, 72.0)
    assert not ev.values_match("age", 72, 73)
    assert ev.values_match("relief_minutes", 2, 3)
    assert not ev.values_match("rest_pain", False, 0)
    assert not ev.values_match("age", 1, True)


def test_prf_and_intent_macro_f1():
    assert ev.prf(0, 0, 0)["f1"] == 1.0
    scores = ev.intent_scores(["a", "a", "b", "b"], ["a", "nlu_fallback", "b", "b"])
    assert scores["accuracy"] == 0.75
    assert scores["per_intent"]["a"]["recall"] == 0.5
    assert scores["per_intent"]["b"]["f1"] == 1.0
    assert scores["macro_f1"] == pytest.approx((2 / 3 + 1.0) / 2)


def test_predicted_intent_uses_the_response_selector():
    result = {"intent": {"name": "faq", "confidence": 0.9},
              "response_selector": {"faq": {"response": {"intent_response_key": "faq/what_is_abi"}}}}
    assert ev.predicted_intent(result) == "faq/what_is_abi"
    assert ev.predicted_intent({"intent": {"name": "faq"}}) == "faq"
    assert ev.predicted_intent({"intent": {"name": "greet"}}) == "greet"


def test_evaluate_red_flag_recall_card_and_false_alarms():
    messages = [
        {"text": "sudden agony in my leg", "intent": "red_flag_emergency",
         "findings": {"sudden_severe_pain": True}, "red_flags": ["sudden_severe_pain"]},
        {"text": "sore on my toe for weeks", "intent": "red_flag_urgent",
         "findings": {"foot_wound": True}, "red_flags": ["foot_wound"]},
        {"text": "no sores", "intent": "describe_symptoms", "findings": {"foot_wound": False},
         "red_flags": [], "mentions": {"foot_wound": "negated"}},
        {"text": "what if my foot turns blue", "intent": "faq/see_doctor", "findings": {},
         "red_flags": [], "mentions": {"color_or_temperature_change": "hypothetical"}},
    ]
    results = [
        # found, but routed as urgent only: a card error
        {"intent": {"name": "red_flag_urgent"}, "findings": {"sudden_severe_pain": True}, "red_flags": ["sudden_severe_pain"]},
        # missed by the extractor, the intent classifier still routes it
        {"intent": {"name": "red_flag_urgent"}, "findings": {}, "red_flags": []},
        {"intent": {"name": "describe_symptoms"}, "findings": {"foot_wound": False}, "red_flags": []},
        # a false alarm by intent alone
        {"intent": {"name": "red_flag_urgent"}, "findings": {}, "red_flags": []},
    ]
    report = ev.evaluate(messages, results)
    assert report["red_flag_recall"] == 0.5
    assert report["red_flag_card_recall"] == 0.5
    assert report["false_alarm_rate"] == 0.5
    assert report["false_alarms"] == {"messages": 2, "any": 1, "by_red_flags_key": 0, "by_intent": 1}
    assert report["findings"]["tp"] == 2 and report["findings"]["fn"] == 1 and report["findings"]["fp"] == 0
    assert len(report["errors"]["intent"]) == 2
    missed = {t["name"] for t in ev.check_targets(report) if not t["met"]}
    assert {"red_flag_recall", "red_flag_card_recall", "false_alarm_rate", "intent_macro_f1"} <= missed


def test_evaluate_counts_alarms_where_no_red_flag_words_are_named_apart_from_false_alarms():
    messages = [
        {"text": "my legs give out after the garden", "intent": "describe_symptoms", "findings": {},
         "red_flags": []},
        {"text": "calves ache after 200 yards", "intent": "describe_symptoms", "findings": {}, "red_flags": []},
        {"text": "no sores", "intent": "describe_symptoms", "findings": {}, "red_flags": [],
         "mentions": {"foot_wound": "negated"}},
    ]
    results = [
        {"intent": {"name": "red_flag_emergency"}, "red_flags": ["cauda_equina_signs"]},
        {"intent": {"name": "describe_symptoms"}, "red_flags": []},
        {"intent": {"name": "describe_symptoms"}, "red_flags": []},
    ]
    report = ev.evaluate(messages, results)
    assert report["alarms_without_mention"] == {"messages": 2, "any": 1}
    assert [row["text"] for row in report["errors"]["alarm_without_mention"]] == ["my legs give out after the garden"]
    assert report["false_alarm_rate"] == 0.0


def test_evaluate_counts_suspicions_of_missed_codes_and_their_cost():
    messages = [
        {"text": "my leg exploded with pain", "intent": "red_flag_emergency", "findings": {},
         "red_flags": ["sudden_severe_pain"]},
        {"text": "toes grey and waxy, and a hole in my heel", "intent": "red_flag_urgent", "findings": {},
         "red_flags": ["color_or_temperature_change", "foot_wound"]},
        {"text": "calves ache after 200 yards", "intent": "describe_symptoms", "findings": {}, "red_flags": []},
        {"text": "feet fine", "intent": "describe_symptoms", "findings": {}, "red_flags": []},
    ]
    results = [
        {"intent": {"name": "describe_symptoms"}, "red_flags": [],
         "red_flag_suspicions": {"sudden_severe_pain": 0.9}},
        {"intent": {"name": "red_flag_urgent"}, "red_flags": ["foot_wound"], "red_flag_suspicions": {}},
        {"intent": {"name": "describe_symptoms"}, "red_flags": [], "red_flag_suspicions": {"rest_pain": 0.6}},
        {"intent": {"name": "describe_symptoms"}, "red_flags": []},
    ]
    sus = ev.evaluate(messages, results)["suspicions"]
    assert (sus["missed_codes"], sus["missed_codes_suspected"]) == (2, 1)
    assert sus["found_or_asked_first"] == 2 / 3
    assert (sus["messages_without_red_flags"], sus["of_them_with_a_suspicion"]) == (2, 1)


def test_rasa_copy_is_valid_rasa_yaml(heldout):
    data = yaml.safe_load(ev.to_rasa_nlu_yaml(heldout))
    texts = [line[2:] for block in data["nlu"] for line in block["examples"].splitlines()]
    assert len(texts) == len(heldout)
    assert {b["intent"] for b in data["nlu"]} == {m["intent"] for m in heldout}
