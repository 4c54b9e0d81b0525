"""LinearIntentClassifier: the retrieval keys as classes, the top-level intent
reported with their probabilities summed, and a round trip through Rasa's model
storage."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import scipy.sparse
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, INTENT_RESPONSE_KEY, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from symptom_nlu.linear_intent_classifier import (
    LinearIntentClassifier,
    label_of,
    response_selection,
    top_level_ranking,
)

# a toy vocabulary: one count column per word, and a 2-number "sentence vector"
VOCABULARY = ["hello", "hi", "calf", "cramp", "what", "pad", "abi", "test"]


def message(text: str, intent: str | None = None, vector=(0.0, 0.0)) -> Message:
    data = {TEXT: text}
    if intent:
        data[INTENT] = intent.split("/")[0]
        if "/" in intent:
            data[INTENT_RESPONSE_KEY] = intent
    msg = Message(data=data)
    counts = np.array([[text.lower().split().count(word) for word in VOCABULARY]], dtype=float)
    msg.add_features(Features(scipy.sparse.coo_matrix(counts), "sentence", TEXT, "counts"))
    msg.add_features(Features(np.array([vector], dtype=float), "sentence", TEXT, "vector"))
    return msg


TRAINING = [
    *(message(t, "greet", (1, 0)) for t in ["hello", "hi", "hello there", "hi hi"]),
    *(message(t, "describe_symptoms", (0, 1)) for t in ["calf cramp", "cramp", "calf", "my calf cramp"]),
    *(message(t, "faq/what_is_pad", (0, 0)) for t in ["what pad", "what is pad", "pad what", "pad"]),
    *(message(t, "faq/what_is_abi", (0, 0)) for t in ["what abi test", "abi", "abi test", "what abi"]),
]


@pytest.fixture()
def storage(tmp_path: Path) -> LocalModelStorage:
    return LocalModelStorage(tmp_path)


def make(storage: LocalModelStorage, **config) -> LinearIntentClassifier:
    context = ExecutionContext(GraphSchema({}), "test")
    return LinearIntentClassifier.create({**LinearIntentClassifier.get_default_config(), **config},
                                         storage, Resource("intents"), context)


def test_a_retrieval_example_is_learnt_by_its_key():
    assert label_of(message("what is pad", "faq/what_is_pad")) == "faq/what_is_pad"
    assert label_of(message("hello", "greet")) == "greet"


def test_the_keys_of_a_retrieval_intent_are_summed_and_the_ranking_sorted():
    ranking = top_level_ranking(["faq/a", "faq/b", "greet", "deny"], [0.3, 0.3, 0.35, 0.05])
    assert [r["name"] for r in ranking] == ["faq", "greet", "deny"]
    assert ranking[0]["confidence"] == pytest.approx(0.6)
    assert sum(r["confidence"] for r in ranking) == pytest.approx(1.0)


def test_trained_it_names_the_intents_and_reports_faq_not_its_key(storage):
    classifier = make(storage)
    classifier.train(TrainingData(TRAINING))
    messages = classifier.process([message("hello", vector=(1, 0)), message("calf cramp", vector=(0, 1)),
                                   message("what is abi test")])
    assert [m.get(INTENT)["name"] for m in messages] == ["greet", "describe_symptoms", "faq"]
    ranking = messages[2].get(INTENT_RANKING_KEY)
    assert all("/" not in r["name"] for r in ranking)
    assert ranking[0]["confidence"] == messages[2].get(INTENT)["confidence"]


def test_it_loads_what_it_persisted_and_predicts_the_same(storage):
    classifier = make(storage)
    classifier.train(TrainingData(TRAINING))
    context = ExecutionContext(GraphSchema({}), "test")
    loaded = LinearIntentClassifier.load(LinearIntentClassifier.get_default_config(), storage,
                                         Resource("intents"), context)
    before = classifier.process([message("my calf cramp", vector=(0, 1))])[0].get(INTENT_RANKING_KEY)
    after = loaded.process([message("my calf cramp", vector=(0, 1))])[0].get(INTENT_RANKING_KEY)
    assert after == before


def test_its_probabilities_are_scikit_learns(storage):
    classifier = make(storage, ranking_length=0)
    classifier.train(TrainingData(TRAINING))
    for text, vector in (("my calf cramp", (0, 1)), ("hello pad", (1, 0)), ("what abi", (0, 0))):
        parsed = classifier.process([message(text, vector=vector)])[0]
        features = scipy.sparse.hstack([parsed.get_sparse_features(TEXT)[1].features,
                                        np.array([vector]) * classifier.config["dense_scale"]]).tocsr()
        want = top_level_ranking(list(classifier.model.classes_), classifier.model.predict_proba(features)[0])
        got = parsed.get(INTENT_RANKING_KEY)
        assert [r["name"] for r in got] == [r["name"] for r in want]
        assert [r["confidence"] for r in got] == pytest.approx([r["confidence"] for r in want])


def test_the_ranking_length_is_kept(storage):
    classifier = make(storage, ranking_length=2)
    classifier.train(TrainingData(TRAINING))
    assert len(classifier.process([message("hello")])[0].get(INTENT_RANKING_KEY)) == 2


def test_the_sentence_vector_weighs_by_dense_scale(storage):
    # the same counts, told apart only by the vector: with the vector scaled up, it decides
    classifier = make(storage, dense_scale=20.0)
    classifier.train(TrainingData(TRAINING))
    assert classifier.process([message("", vector=(1, 0))])[0].get(INTENT)["name"] == "greet"
    assert classifier.process([message("", vector=(0, 1))])[0].get(INTENT)["name"] == "describe_symptoms"


def test_without_training_data_it_leaves_messages_alone_after_a_reload(storage):
    classifier = make(storage)
    classifier.train(TrainingData([message("hello", "greet")]))  # one intent: nothing to learn
    context = ExecutionContext(GraphSchema({}), "test")
    loaded = LinearIntentClassifier.load({}, storage, Resource("intents"), context)
    assert loaded.process([message("hello")])[0].get(INTENT) is None


def test_the_answer_key_is_the_likeliest_key_of_the_retrieval_intent():
    selected = response_selection(["faq/a", "faq/b", "greet"], [0.1, 0.3, 0.6], "faq")
    response = selected["response"]
    assert response["intent_response_key"] == "faq/b"
    assert response["utter_action"] == "utter_faq/b"  # what Rasa's utter_faq action reads
    assert response["confidence"] == pytest.approx(0.75)  # its share of the faq probability
    assert [r["intent_response_key"] for r in selected["ranking"]] == ["faq/b", "faq/a"]
    assert response_selection(["greet", "deny"], [0.5, 0.5], "faq") is None


def test_with_a_retrieval_intent_it_writes_the_response_selector_answer(storage):
    classifier = make(storage, retrieval_intent="faq")
    classifier.train(TrainingData(TRAINING))
    question, greeting = classifier.process([message("what abi test"), message("hello", vector=(1, 0))])
    selector = question.get("response_selector")
    assert selector["all_retrieval_intents"] == ["faq"]
    assert selector["faq"]["response"]["intent_response_key"] == "faq/what_is_abi"
    # every message gets one: the extractor's override can turn a message into a question
    assert greeting.get("response_selector")["faq"]["response"]["utter_action"].startswith("utter_faq/")


def test_without_a_retrieval_intent_it_writes_no_answer(storage):
    classifier = make(storage)
    classifier.train(TrainingData(TRAINING))
    assert classifier.process([message("what abi test")])[0].get("response_selector") is None
