"""Rasa 3.6 graph component: the intent classifier, a logistic regression.

    - name: symptom_nlu.linear_intent_classifier.LinearIntentClassifier

Why not DIET: on the ten blind sets written to the labelling guide
(tests/nlu_heldout/), a logistic regression on the same features gave intent
macro-F1 0.948 on the mean of the nine development sets where DIET gave 0.892,
and it read more of their red-flag messages as red flags on its own (the safety
net when the patterns miss a flag). The measurement and what it cost are in
docs/measurements/intent_classifier.md.

How: scikit-learn's LogisticRegression (as Rasa's own
LogisticRegressionClassifier) on the message's sentence features: the word and
character counts of the CountVectorsFeaturizers and the MiniLM sentence vector,
the vector multiplied by ``dense_scale`` so that 384 numbers between -1 and 1
weigh as much as the thousands of counts beside them. Rasa's class has neither
that scale nor the choice of class weights, so this is its own class.

It learns the retrieval intents' keys (``faq/what_is_pad``) as classes of their
own, which separates the questions better from the descriptions, and reports
the top-level intent (``faq``) with the keys' probabilities summed. With
``retrieval_intent: faq`` it also writes the answer Rasa's ResponseSelector
would write (``response_selector``: the most likely key and its ``utter_``
response, which is all that Rasa's ``utter_faq`` action reads), so no second
model is trained for it: with its own key, intent macro-F1 was higher on the
development sets' mean and on the eleventh blind set than with a
ResponseSelector's (docs/measurements/intent_classifier.md).
"""
from __future__ import annotations

import logging
import warnings
from collections import defaultdict
from typing import Any, Dict, List, Optional, Text

from scipy.sparse import vstack
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.constants import (
    RESPONSE_SELECTOR_PREDICTION_KEY,
    RESPONSE_SELECTOR_PROPERTY_NAME,
    RESPONSE_SELECTOR_RANKING_KEY,
    RESPONSE_SELECTOR_RESPONSES_KEY,
    RESPONSE_SELECTOR_RETRIEVAL_INTENTS,
    RESPONSE_SELECTOR_UTTER_ACTION_KEY,
)
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    INTENT_RESPONSE_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from . import sklearn_storage
from .sklearn_storage import StackedRegressions, sentence_features

logger = logging.getLogger(__name__)

MODEL_FILE = "intent_model.skops"
RETRIEVAL_SEPARATOR = "/"


def label_of(example: Message) -> Optional[str]:
    """The class to learn: the full retrieval intent (faq/what_is_pad) or the intent."""
    return example.get(INTENT_RESPONSE_KEY) or example.get(INTENT)


def top_level_ranking(classes: List[str], probabilities: List[float]) -> List[Dict[Text, Any]]:
    """Intents with their probabilities, a retrieval intent's keys summed, most likely first."""
    summed: Dict[str, float] = defaultdict(float)
    for label, probability in zip(classes, probabilities):
        summed[label.split(RETRIEVAL_SEPARATOR, 1)[0]] += float(probability)
    return [{INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: confidence}
            for name, confidence in sorted(summed.items(), key=lambda item: -item[1])]


def response_selection(classes: List[str], probabilities: List[float],
                       retrieval_intent: str) -> Optional[Dict[Text, Any]]:
    """The retrieval intent's keys ranked by their share of its probability, in the shape of
    Rasa's ResponseSelector output (None when the model has no such keys)."""
    prefix = retrieval_intent + RETRIEVAL_SEPARATOR
    keyed = sorted(((float(p), c) for c, p in zip(classes, probabilities) if c.startswith(prefix)), reverse=True)
    total = sum(p for p, _ in keyed)
    if not keyed or total <= 0:
        return None
    ranking = [{PREDICTED_CONFIDENCE_KEY: p / total, INTENT_RESPONSE_KEY: key} for p, key in keyed]
    top = ranking[0]
    return {
        RESPONSE_SELECTOR_PREDICTION_KEY: {
            RESPONSE_SELECTOR_RESPONSES_KEY: [],  # the domain holds them; utter_<key> names them
            PREDICTED_CONFIDENCE_KEY: top[PREDICTED_CONFIDENCE_KEY],
            INTENT_RESPONSE_KEY: top[INTENT_RESPONSE_KEY],
            RESPONSE_SELECTOR_UTTER_ACTION_KEY: f"utter_{top[INTENT_RESPONSE_KEY]}",
        },
        RESPONSE_SELECTOR_RANKING_KEY: ranking,
    }


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class LinearIntentClassifier(GraphComponent, IntentClassifier):
    """Intent classification by logistic regression on sentence features."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "C": 1.0,             # inverse regularisation
            "dense_scale": 10.0,  # weight of the sentence vector beside the counts
            "class_weight": None,  # or "balanced"
            "max_iter": 3000,
            "random_state": 42,
            "ranking_length": 10,  # intents kept in intent_ranking (0: all)
            "retrieval_intent": None,  # e.g. "faq": also write its response_selector answer
        }

    @staticmethod
    def required_packages() -> List[Text]:
        return ["sklearn", "skops"]

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 model: Optional[LogisticRegression] = None) -> None:
        self.config = {**self.get_default_config(), **(config or {})}
        self.model = model
        self._stacked = self._stack(model)
        self._model_storage = model_storage
        self._resource = resource

    @staticmethod
    def _stack(model: Optional[LogisticRegression]) -> Optional[StackedRegressions]:
        """The model's probabilities without scikit-learn's per-call input checks (the same
        softmax over the same scores, about 1 ms faster a message)."""
        return StackedRegressions({INTENT: model}) if model is not None else None

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "LinearIntentClassifier":
        return cls(config, model_storage, resource)

    # -- training --------------------------------------------------------------------
    def train(self, training_data: TrainingData) -> Resource:
        rows, labels = [], []
        for example in training_data.intent_examples:
            label = label_of(example)
            features = sentence_features(example, self.config["dense_scale"]) if example.get(TEXT) else None
            if label and features is not None:
                rows.append(features)
                labels.append(label)
        self.model = None
        if len(set(labels)) < 2:
            logger.warning("LinearIntentClassifier: fewer than two intents with features; not trained")
        else:
            self.model = LogisticRegression(C=self.config["C"], class_weight=self.config["class_weight"],
                                            max_iter=self.config["max_iter"],
                                            random_state=self.config["random_state"])
            with warnings.catch_warnings():
                # max_iter is set below convergence on purpose (config.yml): the score is the same
                warnings.simplefilter("ignore", ConvergenceWarning)
                self.model.fit(vstack(rows).tocsr(), labels)
        self._stacked = self._stack(self.model)
        self.persist()  # an untrained model is written as None: loading then works the same
        return self._resource

    def persist(self) -> None:
        sklearn_storage.save(self._model_storage, self._resource, MODEL_FILE, self.model)

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "LinearIntentClassifier":
        return cls(config, model_storage, resource, sklearn_storage.load(model_storage, resource, MODEL_FILE))

    # -- parsing ---------------------------------------------------------------------
    def process(self, messages: List[Message]) -> List[Message]:
        if self._stacked is None:
            return messages
        for message in messages:
            features = sentence_features(message, self.config["dense_scale"], keep=True)
            if features is None:
                continue
            by_class = self._stacked.predict_proba(features)[INTENT]
            classes, probabilities = list(by_class), list(by_class.values())
            ranking = top_level_ranking(classes, probabilities)
            if self.config["ranking_length"] > 0:
                ranking = ranking[: self.config["ranking_length"]]
            message.set(INTENT, dict(ranking[0]), add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
            retrieval_intent = self.config["retrieval_intent"]
            # written for every message: the extractor's override may make a message a question
            selected = retrieval_intent and response_selection(classes, probabilities, retrieval_intent)
            if selected:
                message.set(RESPONSE_SELECTOR_PROPERTY_NAME,
                            {RESPONSE_SELECTOR_RETRIEVAL_INTENTS: [retrieval_intent], retrieval_intent: selected},
                            add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data
