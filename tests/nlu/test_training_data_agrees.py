"""The extractor and the training data's intents agree on red flags: every example of a
red-flag intent has an affirmed red flag, and no other example has one (else the Rasa
component would overrule the intent the data teaches)."""
from __future__ import annotations

from pathlib import Path

from rasa.shared.nlu.training_data.loading import load_data

NLU_DIR = Path(__file__).resolve().parents[2] / "data" / "nlu"

# symptom_nlu/README.md, known gaps: someone else's view disputed by the person stays a red flag;
# a clinician's rule repeated as a rule stays one (kept in the data: without them the classifier
# read "breathless with a chest infection back in March, all better now" as an emergency)
KNOWN_GAPS = {
    "my wife says my feet look pale but they look normal to me and they are warm",
    "they told me at the clinic that sudden bad pain means 999, mine's the usual cramp after two blocks",
    "pharmacist said chest pain with a swollen leg is an emergency, I've neither, just tired legs when walking",
}

EXAMPLES = [
    (message.get("intent"), message.get("text"))
    for message in load_data(str(NLU_DIR)).intent_examples
    if message.get("text") not in KNOWN_GAPS
]


def test_there_are_examples_of_both_kinds():
    intents = {intent for intent, _ in EXAMPLES}
    assert {"red_flag_urgent", "red_flag_emergency", "describe_symptoms", "out_of_scope"} <= intents


def test_red_flags_only_in_red_flag_intents(extractor):
    results = extractor.extract_many([text for _, text in EXAMPLES])
    wrong = [
        (intent, text, result.red_flags)
        for (intent, text), result in zip(EXAMPLES, results)
        if intent.startswith("red_flag_") != bool(result.red_flags)
    ]
    assert wrong == []
