"""Rasa 3.6 graph component: the ResponseSelector, run only for questions.

    - name: symptom_nlu.faq_selector.FaqResponseSelector
      retrieval_intent: faq

Rasa's ResponseSelector picks the answer (faq/<key>) for every message, though
the answer is used only when the message's intent is `faq`: for the other ~80 %
it spent a model call for nothing (13 % of the server's time under load,
docs/reliability.md). This one is the same model, trained the same way; at
prediction it skips a message whose intent, after the SymptomExtractor's
override, is not the retrieval intent. Such a message has no
`response_selector` answer, and nothing reads one for it.
"""
from __future__ import annotations

from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.selectors.response_selector import ResponseSelector
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY
from rasa.shared.nlu.training_data.message import Message


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class FaqResponseSelector(ResponseSelector):
    """A ResponseSelector that answers only messages of its retrieval intent."""

    def process(self, messages: List[Message]) -> List[Message]:
        wanted = self.retrieval_intent
        questions = [m for m in messages
                     if wanted is None or (m.get(INTENT) or {}).get(INTENT_NAME_KEY) == wanted]
        if questions:
            super().process(questions)
        return messages
