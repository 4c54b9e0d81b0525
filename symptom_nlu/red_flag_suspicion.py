"""Rasa 3.6 graph component: red flags the patterns may have missed, as suspicions.

    - name: symptom_nlu.red_flag_suspicion.RedFlagSuspicion   # after SymptomExtractor

Why: every blind test set has found red flags said in words the pattern
extractor had never seen ("my leg just exploded with pain", "the pain in my
toes is my alarm clock now"). A classifier reads such words better than a
pattern, but it cannot tell "my foot is cold" from "my husband's foot is
cold" or "no pain at night", so it never raises an alarm here. It only names
a *suspected* red flag, and the interview asks about that flag first
(triage.next_question(..., suspected=...)): "yes" gives the red-flag card one
question later, "no" costs one question.

How: one logistic regression per red-flag code (scikit-learn, as Rasa's own
LogisticRegressionClassifier) on the message's sentence features, the word
and character counts and the MiniLM sentence vector. The labels are the pattern
extractor's affirmed red flags on each training example, so no code is learnt
that the extractor and the training data (tests/nlu/test_training_data_agrees.py)
do not agree on. At parse time a code is suspected when

* its probability reaches ``threshold`` (patterns/suspicion.yml),
* the extractor found no words for it at all (if it found them denied, asked
  about, past or someone else's, its context rules decide: "no sores" is never
  a suspicion), and it is not already a red flag,
* and the message names a site where the code happens (a leg or foot word, a
  chest or breath word; patterns/suspicion.yml).

Adds to the parse result ``red_flag_suspicions`` ({code: probability}) and one
``red_flag_suspected`` entity per code (slot ``suspected_red_flags``).
"""
from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Text

import yaml
from scipy.sparse import vstack
from sklearn.linear_model import LogisticRegression

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from triage.contract import load_contract

from . import sklearn_storage
from .rasa_component import FINDING_MENTIONS, RED_FLAGS
from .sklearn_storage import StackedRegressions, sentence_features

logger = logging.getLogger(__name__)

SUSPICIONS = "red_flag_suspicions"
SUSPECTED_ENTITY = "red_flag_suspected"
PATTERNS_DIR = Path(__file__).resolve().parent / "patterns"
RULES_FILE = PATTERNS_DIR / "suspicion.yml"
MODEL_FILE = "red_flag_models.skops"
MIN_POSITIVES = 5  # a code with fewer training examples gets no classifier


@dataclass(frozen=True)
class SuspicionRules:
    threshold: float
    sites: Dict[str, Optional[re.Pattern]]  # code -> words that must appear (None: no site needed)

    @classmethod
    def load(cls, path: Path = RULES_FILE) -> "SuspicionRules":
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        codes = load_contract().red_flags
        words = {
            name: re.compile(r"\b(?:" + "|".join(map(re.escape, items)) + r")\b")
            for name, items in spec["site_words"].items()
        }
        unknown = set(spec["sites"]) - set(codes)
        missing = set(codes) - set(spec["sites"])
        if unknown or missing:
            raise ValueError(f"{path}: sites must name each red flag of the contract once "
                             f"(unknown: {sorted(unknown)}, missing: {sorted(missing)})")
        threshold = float(spec["threshold"])
        if not 0.0 < threshold < 1.0:
            raise ValueError(f"{path}: threshold must lie between 0 and 1, not {threshold}")
        return cls(threshold, {code: (words[site] if site else None) for code, site in spec["sites"].items()})

    def suspected(self, probabilities: Mapping[str, float], text: str,
                  red_flags: Iterable[str], red_flag_words: Iterable[str]) -> Dict[str, float]:
        """The codes to ask about first: {code: probability}."""
        seen = set(red_flags) | set(red_flag_words)
        lower = text.lower()
        result: Dict[str, float] = {}
        for code, probability in probabilities.items():
            if probability < self.threshold or code in seen or code not in self.sites:
                continue
            site = self.sites[code]
            if site is not None and not site.search(lower):
                continue
            result[code] = round(float(probability), 4)
        return result


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=True)
class RedFlagSuspicion(GraphComponent, EntityExtractorMixin):
    """Names red flags a classifier reads where the pattern extractor found no words."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "rules_file": None,  # None = symptom_nlu/patterns/suspicion.yml
            "C": 1.0,  # inverse regularisation of each logistic regression
            "max_iter": 2000,
            "random_state": 42,
        }

    @staticmethod
    def required_packages() -> List[Text]:
        return ["sklearn", "skops"]

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[str]:
        """The labels come from the extractor's patterns, which the graph does not see: a
        changed pattern must retrain this component, not restore it from Rasa's cache."""
        digest = hashlib.sha256()
        for path in sorted(PATTERNS_DIR.rglob("*")):
            if path.is_file():
                digest.update(path.relative_to(PATTERNS_DIR).as_posix().encode())
                digest.update(path.read_bytes())
        return digest.hexdigest()

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 models: Optional[Dict[str, LogisticRegression]] = None) -> None:
        self.config = {**self.get_default_config(), **(config or {})}
        path = Path(self.config["rules_file"]) if self.config["rules_file"] else RULES_FILE
        self.rules = SuspicionRules.load(path)
        self.models: Dict[str, LogisticRegression] = models or {}
        self._stacked = StackedRegressions(self.models) if self.models else None
        self._model_storage = model_storage
        self._resource = resource

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "RedFlagSuspicion":
        return cls(config, model_storage, resource)

    # -- training --------------------------------------------------------------------
    def train(self, training_data: TrainingData) -> Resource:
        from .extractor import SymptomExtractor as SpacySymptomExtractor

        extractor = SpacySymptomExtractor()
        rows, labels = [], []
        for example in training_data.intent_examples:
            text = example.get(TEXT)
            features = sentence_features(example) if text else None
            if features is None:
                continue
            rows.append(features)
            labels.append(set(extractor.extract(text).red_flags))
        self.models = {}
        if rows:
            X = vstack(rows).tocsr()
            for code in self.rules.sites:
                y = [code in found for found in labels]
                if sum(y) < MIN_POSITIVES:
                    logger.warning("RedFlagSuspicion: %d training examples with %s, fewer than %d: "
                                   "no classifier for it", sum(y), code, MIN_POSITIVES)
                    continue
                model = LogisticRegression(C=self.config["C"], class_weight="balanced",
                                           max_iter=self.config["max_iter"],
                                           random_state=self.config["random_state"])
                self.models[code] = model.fit(X, y)
        self._stacked = StackedRegressions(self.models) if self.models else None
        self.persist()
        return self._resource

    def persist(self) -> None:
        sklearn_storage.save(self._model_storage, self._resource, MODEL_FILE, self.models)

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "RedFlagSuspicion":
        return cls(config, model_storage, resource, sklearn_storage.load(model_storage, resource, MODEL_FILE))

    # -- parsing ---------------------------------------------------------------------
    def probabilities(self, message: Message) -> Dict[str, float]:
        features = sentence_features(message, keep=True)
        if features is None or self._stacked is None:
            return {}
        return {code: by_class[True] for code, by_class in self._stacked.predict_proba(features).items()}

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not text:
                continue
            try:
                probabilities = self.probabilities(message)
            except Exception:  # never lose the parse over a second opinion
                logger.exception("RedFlagSuspicion failed on a message; no suspicion given")
                continue
            words = {m.get("finding") for m in message.get(FINDING_MENTIONS) or []}
            suspected = self.rules.suspected(probabilities, text, message.get(RED_FLAGS) or [], words)
            message.set(SUSPICIONS, suspected, add_to_output=True)
            if suspected:
                entities = list(message.get(ENTITIES) or [])
                entities += self.add_extractor_name([
                    {"entity": SUSPECTED_ENTITY, "value": code, "start": 0, "end": len(text),
                     "confidence": probability}
                    for code, probability in suspected.items()])
                message.set(ENTITIES, entities, add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data
