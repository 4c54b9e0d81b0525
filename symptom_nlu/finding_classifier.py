"""Rasa 3.6 graph component: ordinary findings the patterns missed, read by a classifier.

    - name: symptom_nlu.finding_classifier.FindingClassifier   # after SymptomExtractor

Why: on every blind set, the findings the pattern extractor misses most are said in
words no pattern knows: relief ("I stop, it finish", "have a lean and I'm away again"),
walking as the trigger, the same distance each time, back pain, risk factors. The
development sets hold about 4,900 messages labelled with their findings by the guide
(docs/nlu_annotation.md). A classifier trained on them reads the next writer's words
better than the patterns do: leaving one of the four newest sets out at a time, findings F1
rose from 0.898 to 0.911 (docs/measurements/finding_classifier.md).

What it may add, and what never:

* only the findings listed in ``findings`` (config.yml): ordinary, yes/no findings.
  Never a red flag: a red flag is the extractor's alone, and a classifier's reading of
  one is only ever a suspicion (RedFlagSuspicion);
* only where the extractor found no words for the finding at all: what the patterns read
  stands, and so do their context rules ("never when I sit", "my mam gets pain walking");
  nothing in a message whose every mention the extractor holds as someone else's;
* only at ``threshold`` or above, true or false (a 3-way logistic regression per
  finding: true, false, not said).

The interview says back what it understood, so a wrong reading can be corrected.

How: one scikit-learn LogisticRegression per finding on the message's sentence features
(the word and character counts and the MiniLM sentence vector, as the intent classifier).
The labels are the development sets' findings, which DevSetImporter attaches to their
messages (``labelled_findings``); examples without labels (data/nlu) are not used.

Adds to the parse result: the findings into ``findings`` and one entity each (so slots
fill as from the extractor), and ``learned_findings`` ({finding: probability}).
"""
from __future__ import annotations

import logging
import warnings
from typing import Any, Dict, Iterable, List, Mapping, Optional, Text

from joblib import Parallel, delayed
from scipy.sparse import vstack
from sklearn.base import clone
from sklearn.exceptions import ConvergenceWarning
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
from .dev_set_importer import LABELLED_FINDINGS
from .rasa_component import FINDING_MENTIONS, FINDINGS
from .sklearn_storage import StackedRegressions, sentence_features

logger = logging.getLogger(__name__)

LEARNED = "learned_findings"
MODEL_FILE = "finding_models.skops"
TRUE, FALSE, UNSAID = "true", "false", "unsaid"
MIN_EXAMPLES = 10  # fewer true examples than this: no classifier for that finding
OTHER_PERSON = "other_person"  # a mention's context (extractor.MENTION_CONTEXTS)


def label(findings: Mapping[str, Any], name: str) -> str:
    value = findings.get(name)
    return UNSAID if value is None else (TRUE if value else FALSE)


def check_findings(names: List[str]) -> List[str]:
    """The configured findings, refused unless each is a yes/no finding and no red flag."""
    contract = load_contract()
    for name in names:
        if name in contract.red_flags:
            raise ValueError(f"FindingClassifier: {name} is a red flag; only the extractor may affirm one")
        if name not in contract.findings or contract.spec(name).type != "bool":
            raise ValueError(f"FindingClassifier: {name} is not a yes/no finding of contract.yml")
    return list(names)


def _fit(model: LogisticRegression, X, y: List[str]) -> LogisticRegression:
    with warnings.catch_warnings():  # max_iter is set below convergence on purpose (config.yml)
        warnings.simplefilter("ignore", ConvergenceWarning)
        return model.fit(X, y)


def decide(probabilities: Mapping[str, Mapping[str, float]], seen: Iterable[str],
           threshold: float) -> Dict[str, bool]:
    """{finding: value} to add: findings the extractor saw no words for, true or false with at
    least ``threshold``."""
    seen = set(seen)
    added: Dict[str, bool] = {}
    for name, p in probabilities.items():
        if name in seen:
            continue
        if p.get(TRUE, 0.0) >= threshold:
            added[name] = True
        elif p.get(FALSE, 0.0) >= threshold:
            added[name] = False
    return added


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=True)
class FindingClassifier(GraphComponent, EntityExtractorMixin):
    """Adds listed yes/no findings the pattern extractor left unsaid."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "findings": [],  # yes/no findings of contract.yml, never red flags
            "threshold": 0.8,
            "C": 1.0,
            "dense_scale": 1.0,
            "max_iter": 1000,
            "random_state": 42,
            "n_jobs": 2,  # regressions fitted at once (joblib; -1: one per core)
        }

    @staticmethod
    def required_packages() -> List[Text]:
        return ["sklearn", "skops"]

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 models: Optional[Dict[str, LogisticRegression]] = None) -> None:
        self.config = {**self.get_default_config(), **(config or {})}
        self.findings = check_findings(self.config["findings"])
        self.threshold = float(self.config["threshold"])
        if not 0.5 <= self.threshold < 1.0:
            raise ValueError(f"FindingClassifier: threshold must lie in [0.5, 1), not {self.threshold}")
        self.models: Dict[str, LogisticRegression] = models or {}
        self._stacked = StackedRegressions(self.models) if self.models else None
        self._model_storage = model_storage
        self._resource = resource

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "FindingClassifier":
        return cls(config, model_storage, resource)

    # -- training --------------------------------------------------------------------
    def train(self, training_data: TrainingData) -> Resource:
        rows, labels = [], []
        for example in training_data.intent_examples:
            labelled = example.get(LABELLED_FINDINGS)
            features = sentence_features(example, self.config["dense_scale"]) if labelled is not None else None
            if features is None:
                continue
            rows.append(features)
            labels.append(labelled)
        self.models = {}
        if not rows:
            logger.warning("FindingClassifier: no training example has labelled findings "
                           "(DevSetImporter adds them): it adds nothing")
        else:
            X = vstack(rows).tocsr()
            targets = {}
            for name in self.findings:
                y = [label(found, name) for found in labels]
                if y.count(TRUE) < MIN_EXAMPLES:
                    logger.warning("FindingClassifier: %d examples with %s true, fewer than %d: "
                                   "no classifier for it", y.count(TRUE), name, MIN_EXAMPLES)
                    continue
                targets[name] = y
            model = LogisticRegression(C=self.config["C"], max_iter=self.config["max_iter"],
                                       random_state=self.config["random_state"])
            # one regression per finding, side by side: they are independent
            fitted = Parallel(n_jobs=self.config["n_jobs"])(
                delayed(_fit)(clone(model), X, y) for y in targets.values())
            self.models = dict(zip(targets, fitted))
        self._stacked = StackedRegressions(self.models) if self.models else None
        self.persist()
        return self._resource

    def persist(self) -> None:
        sklearn_storage.save(self._model_storage, self._resource, MODEL_FILE, self.models)

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "FindingClassifier":
        return cls(config, model_storage, resource, sklearn_storage.load(model_storage, resource, MODEL_FILE))

    # -- parsing ---------------------------------------------------------------------
    def probabilities(self, message: Message) -> Dict[str, Dict[str, float]]:
        features = sentence_features(message, self.config["dense_scale"], keep=True)
        if features is None or self._stacked is None:
            return {}
        return self._stacked.predict_proba(features)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not text:
                continue
            known = dict(message.get(FINDINGS) or {})
            mentions = message.get(FINDING_MENTIONS) or []
            if mentions and all(m.get("context") == OTHER_PERSON for m in mentions):
                message.set(LEARNED, {}, add_to_output=True)
                continue  # a message about someone else: none of it is the person's
            try:
                probabilities = self.probabilities(message)
            except Exception:  # never lose the parse over a second opinion
                logger.exception("FindingClassifier failed on a message; nothing added")
                continue
            seen = set(known) | {m.get("finding") for m in mentions}
            added = decide(probabilities, seen, self.threshold)
            learned = {name: round(probabilities[name][TRUE if value else FALSE], 4)
                       for name, value in added.items()}
            message.set(LEARNED, learned, add_to_output=True)
            if not added:
                continue
            message.set(FINDINGS, {**known, **added}, add_to_output=True)
            entities = list(message.get(ENTITIES) or [])
            entities += self.add_extractor_name([
                {"entity": name, "value": value, "start": 0, "end": len(text), "confidence": learned[name]}
                for name, value in added.items()])
            message.set(ENTITIES, entities, add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data
