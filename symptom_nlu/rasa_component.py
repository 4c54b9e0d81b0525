"""Rasa 3.6 graph component: the spaCy symptom extractor inside the NLU pipeline.

config.yml places it after the intent classifier and before the
FallbackClassifier:

    - name: symptom_nlu.rasa_component.SymptomExtractor

On every message it adds to the parse result (``POST /model/parse``):

``findings``          {finding: value} of the person's own current findings
``red_flags``         affirmed red-flag codes
``finding_mentions``  every mention with its context
``entities``          one per finding value (a list gives one per item), one
                      ``red_flag`` per affirmed code, one ``urgency`` when a red
                      flag is affirmed, one ``answer`` (true / false) for a reply
                      that starts with yes or no (reply.py: the domain maps it to
                      the interview's question); ``extractor`` = "SymptomExtractor"

and overrides the intent (docs/architecture.md):

* affirmed red flags -> ``red_flag_emergency`` / ``red_flag_urgent`` (urgency
  from the triage engine) with confidence 1.0; the classifier's emergency is never lowered,
  unless the extractor saw an emergency red flag's words only denied, asked
  about, past or someone else's ("no chest pain though"); the other intents stay in the
  ranking with confidence 0.0, so FallbackClassifier (threshold and ambiguity)
  never replaces it;
* the classifier says red flag, but the red-flag words are only negated, hypothetical,
  past or about someone else -> the best non-red-flag intent, the ranking
  renormalised without the red-flag intents;
* the classifier says red flag and no red-flag words were seen -> it stands.

When it overrides, ``symptom_intent_override`` records the classifier's intent and why.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_CONFIDENCE,
    ENTITY_ATTRIBUTE_END,
    ENTITY_ATTRIBUTE_START,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from triage.engine import red_flag_urgency

from .extractor import Extraction, SymptomExtractor as SpacySymptomExtractor

logger = logging.getLogger(__name__)

FINDINGS = "findings"
RED_FLAGS = "red_flags"
FINDING_MENTIONS = "finding_mentions"
INTENT_OVERRIDE = "symptom_intent_override"
RED_FLAG_ENTITY = "red_flag"
URGENCY_ENTITY = "urgency"
ANSWER_ENTITY = "answer"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class SymptomExtractor(GraphComponent, EntityExtractorMixin):
    """Adds contract findings and red flags to every parsed message."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            # folder of the pattern files; None = symptom_nlu/patterns
            "patterns_dir": None,
            # intent names for affirmed red flags, by urgency (docs/architecture.md)
            "red_flag_intents": {"emergency": "red_flag_emergency", "urgent": "red_flag_urgent"},
        }

    @staticmethod
    def required_packages() -> List[Text]:
        return ["spacy", "negspacy"]

    def __init__(self, config: Dict[Text, Any], extractor: Optional[SpacySymptomExtractor] = None) -> None:
        self.component_config = {**self.get_default_config(), **(config or {})}
        self.extractor = extractor or SpacySymptomExtractor(patterns_dir=self.component_config["patterns_dir"])
        self.red_flag_intents: Dict[str, str] = dict(self.component_config["red_flag_intents"])

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "SymptomExtractor":
        return cls(config)

    # -- graph API -----------------------------------------------------------------
    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not text:
                continue
            try:
                extraction = self.extractor.extract(text)
            except Exception:  # never lose the parse: the classifier's intent stands as the safety net
                logger.exception("SymptomExtractor failed on a message; keeping the classifier's prediction")
                continue
            self.annotate(message, extraction)
        return messages

    def process_training_data(self, training_data):  # pragma: no cover - not in the train graph
        return training_data

    # -- annotation ------------------------------------------------------------------
    def annotate(self, message: Message, extraction: Extraction) -> None:
        message.set(FINDINGS, dict(extraction.findings), add_to_output=True)
        message.set(RED_FLAGS, list(extraction.red_flags), add_to_output=True)
        message.set(FINDING_MENTIONS, [m.to_dict() for m in extraction.mentions], add_to_output=True)
        entities = list(message.get(ENTITIES) or [])
        entities += self.add_extractor_name(self.entities(extraction))
        message.set(ENTITIES, entities, add_to_output=True)
        self.override_intent(message, extraction)

    def entities(self, extraction: Extraction) -> List[Dict[Text, Any]]:
        result: List[Dict[Text, Any]] = []

        def entity(name: str, value: Any, where) -> Dict[Text, Any]:
            start, end = where if where else (0, 0)
            return {
                ENTITY_ATTRIBUTE_TYPE: name,
                ENTITY_ATTRIBUTE_VALUE: value,
                ENTITY_ATTRIBUTE_START: start,
                ENTITY_ATTRIBUTE_END: end,
                ENTITY_ATTRIBUTE_CONFIDENCE: 1.0,
            }

        for name, value in extraction.findings.items():
            items = value if isinstance(value, list) else [value]
            for item in items:
                result.append(entity(name, item, extraction.where(name, item)))
        for code in extraction.red_flags:
            result.append(entity(RED_FLAG_ENTITY, code, extraction.where(code, True)))
        if extraction.red_flags and extraction.urgency:
            first = extraction.where(extraction.red_flags[0], True)
            result.append(entity(URGENCY_ENTITY, extraction.urgency, first))
        if extraction.answer is not None:
            result.append(entity(ANSWER_ENTITY, extraction.answer, None))
        return result

    def override_intent(self, message: Message, extraction: Extraction) -> None:
        intent = message.get(INTENT) or {}
        ranking = [dict(r) for r in (message.get(INTENT_RANKING_KEY) or [])]
        current = intent.get(INTENT_NAME_KEY)
        red_flag_names = set(self.red_flag_intents.values())

        if extraction.red_flags:
            wanted = self.red_flag_intents.get(extraction.urgency or "", self.red_flag_intents["urgent"])
            if current == self.red_flag_intents["emergency"] and not self._emergency_words_denied(extraction):
                # Never lower urgency: the classifier may have read an emergency the patterns
                # only half saw ("swollen and red and now I'm short of breath"); unless the
                # extractor saw the emergency words and held them all as not the person's
                # now ("calf swollen and hot, no chest pain or breathlessness though").
                wanted = current
            new_ranking = [{INTENT_NAME_KEY: wanted, PREDICTED_CONFIDENCE_KEY: 1.0}] + [
                {**r, PREDICTED_CONFIDENCE_KEY: 0.0} for r in ranking if r.get(INTENT_NAME_KEY) != wanted
            ]
            self._set_intent(message, new_ranking, intent, "affirmed red flags: " + ", ".join(extraction.red_flags))
            return

        if current in red_flag_names and extraction.red_flags_only_unaffirmed:
            rest = [r for r in ranking if r.get(INTENT_NAME_KEY) not in red_flag_names]
            if not rest:
                return  # nothing else to fall back to: leave the classifier's prediction
            total = sum(float(r.get(PREDICTED_CONFIDENCE_KEY) or 0.0) for r in rest)
            for r in rest:
                r[PREDICTED_CONFIDENCE_KEY] = (
                    float(r.get(PREDICTED_CONFIDENCE_KEY) or 0.0) / total if total > 0 else 1.0 / len(rest)
                )
            rest.sort(key=lambda r: -r[PREDICTED_CONFIDENCE_KEY])
            self._set_intent(message, rest, intent, "red-flag words only " + ", ".join(self._unaffirmed(extraction)))
        # the classifier says red flag and the extractor saw no red-flag words: it stands (safety net)

    @staticmethod
    def _emergency_words_denied(extraction: Extraction) -> bool:
        """Words of an emergency-level red flag were seen, and none of them is affirmed."""
        unaffirmed = [code for code in extraction.red_flag_words if code not in extraction.red_flags]
        return any(red_flag_urgency([code]) == "emergency" for code in unaffirmed)

    @staticmethod
    def _unaffirmed(extraction: Extraction) -> List[str]:
        """How the red-flag words were held (none of them affirmed when this is asked)."""
        return sorted({m.held for m in extraction.mentions if m.finding in extraction.red_flag_words})

    @staticmethod
    def _set_intent(message: Message, ranking: List[Dict[Text, Any]], before: Dict[Text, Any], reason: str) -> None:
        top = ranking[0]
        message.set(
            INTENT,
            {INTENT_NAME_KEY: top[INTENT_NAME_KEY], PREDICTED_CONFIDENCE_KEY: top[PREDICTED_CONFIDENCE_KEY]},
            add_to_output=True,
        )
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        message.set(
            INTENT_OVERRIDE,
            {
                "from": before.get(INTENT_NAME_KEY),
                "from_confidence": before.get(PREDICTED_CONFIDENCE_KEY),
                "reason": reason,
            },
            add_to_output=True,
        )
