"""The development sets as training data: what the importer adds, and what it never adds."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from symptom_nlu.dev_set_importer import LABELLED_FINDINGS, DevSetImporter, dev_set_examples

ROOT = Path(__file__).resolve().parents[2]
SETS = ROOT / "tests" / "nlu_heldout"


def _write(path: Path, messages) -> Path:
    path.write_text(yaml.safe_dump({"version": 1, "messages": messages}), encoding="utf-8")
    return path


def test_examples_keep_the_first_label_and_skip_known_texts(tmp_path):
    first = _write(tmp_path / "dev.yml", [
        {"text": "What is  an ABI test?", "intent": "faq/what_is_abi"},
        {"text": "yes", "intent": "affirm"},
    ])
    second = _write(tmp_path / "dev2.yml", [
        {"text": "what is an abi test?", "intent": "faq/which_tests"},  # repeated: first label wins
        {"text": "my calves ache", "intent": "describe_symptoms"},
    ])
    examples = dev_set_examples([first, second], known={"yes"})
    assert [(m.get("text"), m.get("intent"), m.get("intent_response_key")) for m in examples] == [
        ("What is an ABI test?", "faq", "faq/what_is_abi"),
        ("my calves ache", "describe_symptoms", None),
    ]


def test_examples_carry_their_labelled_findings_optional_values_among_them(tmp_path):
    path = _write(tmp_path / "dev.yml", [
        {"text": "calves ache, a minute's rest and I'm off", "intent": "describe_symptoms",
         "findings": {"pain_location": ["calf"], "relieved_by_standing_still": True},
         "optional": {"relief_minutes": 1, "relieved_by_standing_still": False}},
        {"text": "hello", "intent": "greet", "findings": {}, "optional": {}},
    ])
    described, greeting = dev_set_examples([path])
    assert described.get(LABELLED_FINDINGS) == {
        "pain_location": ["calf"], "relieved_by_standing_still": True, "relief_minutes": 1}
    assert greeting.get(LABELLED_FINDINGS) == {}


def test_the_heldout_set_is_refused(tmp_path):
    path = _write(tmp_path / "heldout.yml", [{"text": "hi", "intent": "greet"}])
    with pytest.raises(ValueError, match="held-out"):
        dev_set_examples([path])


@pytest.fixture(scope="module")
def project_nlu():
    importer = DevSetImporter(str(ROOT / "config.yml"), str(ROOT / "domain.yml"), [str(ROOT / "data")])
    return importer, importer.get_nlu_data()


def test_the_project_trains_on_data_and_every_development_set(project_nlu):
    importer, data = project_nlu
    assert [p.name for p in importer.dev_set_paths] == sorted(p.name for p in SETS.glob("dev*.yml"))
    texts = {" ".join(m.get("text").lower().split()) for m in data.intent_examples}
    for path in importer.dev_set_paths:
        messages = yaml.safe_load(path.read_text(encoding="utf-8"))["messages"]
        assert all(" ".join(m["text"].lower().split()) in texts for m in messages), path.name
    heldout = yaml.safe_load((SETS / "heldout.yml").read_text(encoding="utf-8"))["messages"]
    assert not [m["text"] for m in heldout if " ".join(m["text"].lower().split()) in texts]


def test_no_example_has_two_intents(project_nlu):
    _, data = project_nlu
    labels = {}
    for m in data.intent_examples:
        key = " ".join(m.get("text").lower().split())
        label = m.get("intent_response_key") or m.get("intent")
        assert labels.setdefault(key, label) == label, (m.get("text"), labels[key], label)
