"""The sentence encoder (symptom_nlu/sentence_encoder.py) and its Rasa featurizer.

The TensorFlow forward pass is checked against a second, independent one
written here in NumPy from the same weights (BERT as published: embeddings,
six post-norm attention + GELU layers, mean pooling, unit length).
"""
from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.special import erf

from symptom_nlu.sentence_encoder import DIMENSION, EncoderUnavailable, SentenceEncoder, load_weights

LONG = ("my calves cramp after two blocks, goes away if I stop for a minute or so, quit smoking "
        "years ago, no sores on my feet and I am 72 years old with diabetes and high blood pressure")


@pytest.fixture(scope="module")
def exact():
    return SentenceEncoder(precision="float32")


@pytest.fixture(scope="module")
def fast():
    return SentenceEncoder(precision="bfloat16")


@pytest.fixture(scope="module")
def reference():
    config, w, _ = load_weights()
    eps, heads = config["layer_norm_eps"], config["num_attention_heads"]

    def norm(x, prefix):
        x = x - x.mean(-1, keepdims=True)
        return x / np.sqrt((x * x).mean(-1, keepdims=True) + eps) * w[prefix + ".weight"] + w[prefix + ".bias"]

    def linear(x, prefix):
        return x @ w[prefix + ".weight"].T + w[prefix + ".bias"]

    def embed(ids):
        n = len(ids)
        x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:n]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = norm(x, "embeddings.LayerNorm")
        d = x.shape[1] // heads
        for i in range(config["num_hidden_layers"]):
            p = f"encoder.layer.{i}."
            q, k, v = (linear(x, p + f"attention.self.{part}").reshape(n, heads, d).transpose(1, 0, 2)
                       for part in ("query", "key", "value"))
            a = q @ k.transpose(0, 2, 1) / math.sqrt(d)
            a = np.exp(a - a.max(-1, keepdims=True))
            a /= a.sum(-1, keepdims=True)
            x = norm(x + linear((a @ v).transpose(1, 0, 2).reshape(n, -1), p + "attention.output.dense"),
                     p + "attention.output.LayerNorm")
            h = linear(x, p + "intermediate.dense")
            x = norm(x + linear(0.5 * h * (1 + erf(h / math.sqrt(2))), p + "output.dense"), p + "output.LayerNorm")
        pooled = x.mean(0)
        return pooled / np.linalg.norm(pooled)

    return embed


@pytest.mark.parametrize("text", ["hi", "no sores on my feet", LONG])
def test_tensorflow_forward_pass_matches_an_independent_numpy_one(exact, fast, reference, text):
    expected = reference(exact.token_ids(text))
    assert np.abs(exact.encode(text) - expected).max() < 1e-4
    assert np.abs(fast.encode(text) - expected).max() < 5e-3  # bfloat16 weights


def test_vectors_are_unit_length_fixed_size_and_repeatable(fast):
    first = fast.encode("my calf hurts when I walk")
    assert first.shape == (DIMENSION,) and first.dtype == np.float32
    assert abs(float(np.linalg.norm(first)) - 1) < 1e-5
    assert np.array_equal(first, fast.encode("my calf hurts when I walk"))


def test_similar_meanings_are_closer_than_different_ones(fast):
    def cos(a, b):
        return float(fast.encode(a) @ fast.encode(b))

    assert cos("howdy", "hello there") > cos("howdy", "my calves cramp when I walk")
    assert cos("cheerio", "goodbye") > cos("cheerio", "what tests will I need")
    assert cos("my calf aches when I walk", "cramp in my leg walking") > cos("my calf aches when I walk", "thanks a lot")


def test_long_messages_are_cut_to_max_tokens():
    short = SentenceEncoder(max_tokens=8)
    ids = short.token_ids(LONG)
    assert len(ids) == 8 and ids[0] == 101 and ids[-1] == 102  # [CLS] ... [SEP]
    assert short.encode(LONG).shape == (DIMENSION,)


def test_other_weights_or_no_weights_are_refused(tmp_path):
    with pytest.raises(EncoderUnavailable, match="no model.safetensors"):
        SentenceEncoder(tmp_path)
    (tmp_path / "model.safetensors").write_bytes(b"not the weights")
    with pytest.raises(EncoderUnavailable, match="not the pinned"):
        SentenceEncoder(tmp_path)
    with pytest.raises(ValueError):
        SentenceEncoder(max_tokens=2)
    with pytest.raises(ValueError):
        SentenceEncoder(precision="float16")


# --- the Rasa component --------------------------------------------------------------

def test_featurizer_adds_one_sentence_vector_to_text_and_skips_empty_text():
    from rasa.shared.exceptions import InvalidConfigException
    from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, FEATURE_TYPE_SEQUENCE, TEXT
    from rasa.shared.nlu.training_data.message import Message

    from symptom_nlu.rasa_featurizer import SentenceEmbeddingFeaturizer

    config = SentenceEmbeddingFeaturizer.get_default_config()
    featurizer = SentenceEmbeddingFeaturizer(config, "embed")
    said, empty = Message(data={TEXT: "my calf hurts"}), Message(data={TEXT: "   "})
    button = Message(data={TEXT: "/affirm"})
    featurizer.process([said, empty, button])
    assert not button.get_dense_features(TEXT)[1].features.any()  # a payload is not language
    sequence, sentence = said.get_dense_features(TEXT)
    assert sequence is None
    assert sentence.type == FEATURE_TYPE_SENTENCE and sentence.features.shape == (1, DIMENSION)
    assert np.allclose(sentence.features[0], featurizer.encoder.encode("my calf hurts"))
    assert empty.get_dense_features(TEXT) == (None, None)
    assert not [f for f in said.features if f.type == FEATURE_TYPE_SEQUENCE]

    with pytest.raises(InvalidConfigException, match="max_tokens"):
        SentenceEmbeddingFeaturizer({**config, "max_tokens": 1}, "embed")
    with pytest.raises(InvalidConfigException, match="precision"):
        SentenceEmbeddingFeaturizer({**config, "precision": "int8"}, "embed")
