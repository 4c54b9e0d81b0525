"""Rasa training-data importer: the development sets' messages as intent examples.

    importers:
      - name: symptom_nlu.dev_set_importer.DevSetImporter

It is Rasa's own file importer (domain, stories, data/) with the sets' examples added to the
NLU data, so Rasa sees one importer and keeps its usual behaviour for everything else.

The development sets (tests/nlu_heldout/dev*.yml) are blind sets whose first runs are
recorded (docs/measurements/); they are labelled to the same guide as the training data. As
training data for the classifiers they raised intent macro-F1 on the next two blind sets,
unseen by the models compared, from 0.881 to 0.933 and from 0.859 to 0.874, and the share of
red-flag messages given the card (docs/measurements/intent_classifier.md). The held-out file
(tests/nlu_heldout/heldout.yml) is never read.

Each example carries its intent and, as ``labelled_findings``, the findings the set labels
it with (a message's optional values among them), which FindingClassifier learns from; the
extractor learns nothing from the sets, so their red flags still test it. A message whose
text the project's own data/ already holds keeps the label data/ gives it (and no
findings), and a text repeated across sets keeps its first label, so no example has two
intents.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import List, Optional, Set, Text, Union

import yaml
from rasa.shared.importers.rasa import RasaFileImporter
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

logger = logging.getLogger(__name__)

LABELLED_FINDINGS = "labelled_findings"  # read by symptom_nlu.finding_classifier

DEFAULT_PATTERN = "tests/nlu_heldout/dev*.yml"
HELDOUT_NAME = "heldout.yml"


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def dev_set_examples(paths: List[Path], known: Optional[Set[str]] = None) -> List[Message]:
    """Intent examples with their labelled findings, in file order, without texts in ``known``
    or repeated."""
    seen = set(known or ())
    examples: List[Message] = []
    for path in paths:
        if path.name == HELDOUT_NAME:
            raise ValueError(f"{path}: the held-out set must never be training data")
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for message in data.get("messages") or []:
            text, intent = " ".join(str(message["text"]).split()), message["intent"]
            if _key(text) in seen:
                continue
            seen.add(_key(text))
            example = Message.build(text=text, intent=intent)
            example.set(LABELLED_FINDINGS, {**(message.get("optional") or {}), **(message.get("findings") or {})})
            examples.append(example)
    return examples


class DevSetImporter(RasaFileImporter):
    """Rasa's file importer, with the development sets' messages added to the NLU data."""

    def __init__(self, config_file: Optional[Text] = None, domain_path: Optional[Text] = None,
                 training_data_paths: Optional[Union[List[Text], Text]] = None,
                 pattern: Text = DEFAULT_PATTERN) -> None:
        super().__init__(config_file, domain_path, training_data_paths)
        root = Path(config_file).resolve().parent if config_file else Path.cwd()
        self.dev_set_paths = sorted(root.glob(pattern))
        if not self.dev_set_paths:
            logger.warning("DevSetImporter: no development sets match %s under %s", pattern, root)

    def get_nlu_data(self, language: Optional[Text] = "en") -> TrainingData:
        own = super().get_nlu_data(language)
        known = {_key(m.get("text")) for m in own.intent_examples}
        return own.merge(TrainingData(dev_set_examples(self.dev_set_paths, known)))
