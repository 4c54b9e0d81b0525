"""The features the three logistic-regression components read (sklearn_storage.sentence_features)."""
from __future__ import annotations

import numpy as np
import scipy.sparse
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message

from symptom_nlu.sklearn_storage import KEPT_FEATURES, sentence_features


def _message() -> Message:
    msg = Message(data={TEXT: "calves ache"})
    msg.add_features(Features(scipy.sparse.coo_matrix(np.array([[1.0, 0.0, 2.0]])), "sentence", TEXT, "counts"))
    msg.add_features(Features(np.array([[0.5, -0.5]]), "sentence", TEXT, "vector"))
    return msg


def test_counts_and_the_scaled_vector_side_by_side():
    features = sentence_features(_message(), dense_scale=10.0)
    assert features.toarray().tolist() == [[1.0, 0.0, 2.0, 5.0, -5.0]]


def test_kept_when_parsing_and_each_scale_its_own():
    msg = _message()
    first = sentence_features(msg, 1.0, keep=True)
    assert sentence_features(msg, 1.0, keep=True) is first
    scaled = sentence_features(msg, 10.0, keep=True)
    assert scaled.toarray().tolist() == [[1.0, 0.0, 2.0, 5.0, -5.0]]
    assert first.toarray().tolist() == [[1.0, 0.0, 2.0, 0.5, -0.5]]


def test_training_examples_are_left_as_they_are():
    msg = _message()
    sentence_features(msg, 1.0)
    assert KEPT_FEATURES not in msg.data


def test_none_without_both_kinds_of_features():
    msg = Message(data={TEXT: "hi"})
    msg.add_features(Features(np.array([[0.5]]), "sentence", TEXT, "vector"))
    assert sentence_features(msg, keep=True) is None
    assert sentence_features(msg) is None
