"""Write the contract-derived parts of domain.yml from contract.yml.

    python scripts/generate_domain_slots.py           # rewrite domain.yml in place
    python scripts/generate_domain_slots.py --check   # exit 1 if domain.yml is stale

domain.yml keeps its hand-written parts; this script owns only the blocks
between ``# BEGIN GENERATED <name>`` and ``# END GENERATED <name>``:

entities        one entity per finding and red-flag code (the NLU's entity type
                is the finding name), plus ``red_flag`` and ``urgency``
slots           one slot per finding and red-flag code, of the same name
                (bool -> bool, number -> float, one -> categorical, many -> list),
                the interview's helper slots and the result slots
required_slots  the symptom form's slots: every finding and red flag, so that a
                finding volunteered at any turn counts as an answer
red_flag_cards  utter_red_flag_urgent / utter_red_flag_emergency: one variation
                per red flag (condition on ``last_red_flag``) and a general one,
                each as plain text with buttons (rest, rasa shell) and as a
                ``custom`` card for the web widget (socketio)

Why each mapping is what it is: docs/architecture.md ("Slots") and the
comments written into the generated blocks.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Dict, List

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from triage.contract import load_contract  # noqa: E402  (pure: no engine import)

DOMAIN = ROOT / "domain.yml"
FORM = "symptom_form"
I = "  "  # one YAML indent

# A free-text answer to a number question ("about 200 yards") is kept as text
# and parsed by validate_symptom_form, unless it is one of these intents.
FROM_TEXT_NOT_INTENTS = [
    "unsure", "faq", "red_flag_urgent", "red_flag_emergency", "restart", "goodbye", "greet",
    "thanks", "bot_challenge", "out_of_scope", "non_english", "continue_interview",
    "affirm", "deny",
]
# "Do you smoke?" answered yes / no.
INTENT_VALUES = {"smoking": {"affirm": "current", "deny": "never"}}

# --- red-flag cards --------------------------------------------------------
# Every sentence traces to the source article or clinical-notes.md (named
# after each); wording per clinical-notes "Safe wording".
EMERGENCY_ACTION = (
    "Call your local emergency number now (911 in the US, 999 in the UK, 112 in the EU) "
    "or go to an emergency department."
)  # clinical-notes, Safe wording
URGENT_ACTION = (
    "Please see a doctor today, or contact an urgent care service if you cannot get an appointment."
)  # clinical-notes, Safe wording: "Urgent: see a doctor today"
URGENT_FOLLOW_UP = (
    "If you like, I can go on with a few questions to help you explain the pain to the doctor."
)
URGENT_BUTTONS = [("Carry on", "/continue_interview"), ("That's all", "/goodbye")]

CARDS: Dict[str, Dict[str, Dict[str, str]]] = {
    "urgent": {
        "_title": {"text": "See a doctor today"},
        "_general": {
            # article, Red Flag Symptoms
            "body": "What you describe can be a warning sign: pain in the legs or feet even at rest, "
                    "a sore on the foot that does not heal, or a change in the colour or temperature "
                    "of the leg or foot.",
            "safety": "If your leg becomes suddenly very painful, cold or pale, call 911 / 999 / 112.",
        },
        "rest_pain": {
            # article: "Pain in the legs or feet that occurs even at rest"; clinical-notes: CLTI, rest pain
            "body": "Pain in the legs or feet even at rest can mean the circulation to the leg is poor.",
            "safety": "If your foot becomes cold, pale or very painful, call 911 / 999 / 112.",
        },
        "foot_wound": {
            # article: "non-healing sores or ulcers on the feet"; clinical-notes: CLTI, ulcers not healing
            "body": "A sore on the foot that does not heal, together with leg pain on walking, can mean "
                    "the circulation to the foot is poor.",
            "safety": "If your foot becomes cold, pale or very painful, call 911 / 999 / 112.",
        },
        "color_or_temperature_change": {
            # article: "A noticeable change in the temperature or color of the leg or foot"; NHS: leg pale or blue
            "body": "A leg or foot that has changed colour (pale, blue or dark) or feels cold can mean "
                    "its circulation is poor.",
            # contract.yml / clinical-notes: sudden pain with a colour change is an emergency (six Ps)
            "safety": "If it happened suddenly or the leg is very painful, call 911 / 999 / 112 now.",
        },
        "dvt_signs": {
            # clinical-notes: DVT - one leg swollen, warm, red or darkened, tender; same day
            "body": "One leg that is swollen, warm, red or tender can mean a blood clot in a vein "
                    "(a deep vein thrombosis, DVT).",
            # clinical-notes: emergency if also breathless or chest pain (NHS)
            "safety": "If you also get chest pain or become short of breath, call 911 / 999 / 112.",
        },
    },
    "emergency": {
        "_title": {"text": "Call for help now"},
        "_general": {
            "body": "What you describe can be an emergency that needs treatment within hours.",
        },
        "sudden_severe_pain": {
            # article: "Sudden, severe leg pain, which may signal an acute blockage of blood flow";
            # clinical-notes: acute limb ischaemia, muscle damage within 4-6 h
            "body": "Sudden, severe leg pain can mean the blood flow to the leg has suddenly been "
                    "blocked. The leg needs treatment within hours.",
        },
        "cauda_equina_signs": {
            # clinical-notes: cauda equina syndrome - emergency, within hours (NICE CKS; BMJ Best Practice)
            "body": "Bladder or bowel changes, numbness around the bottom or genitals, or weakness in "
                    "both legs can mean the nerves at the bottom of the spine are badly squeezed. "
                    "This needs treatment within hours.",
        },
        "chest_pain_or_breathlessness": {
            # clinical-notes: deep vein thrombosis - emergency if also breathless or chest pain (NHS)
            "body": "Chest pain or sudden breathlessness needs checking straight away, especially "
                    "together with a swollen, painful leg.",
        },
    },
}


def q(text: str) -> str:
    """A YAML double-quoted scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# --- blocks ----------------------------------------------------------------
def entities_block(contract) -> List[str]:
    lines = ["# The NLU (symptom_nlu.SymptomExtractor) emits one entity per finding, named as the finding."]
    lines += [f"- {name}" for name in contract.findings]
    lines += ["- red_flag    # one per red-flag code the person affirms", "- urgency     # with a red flag: its urgency",
              "- red_flag_suspected    # symptom_nlu.RedFlagSuspicion: a red flag to ask about first",
              "- answer      # a reply's leading yes or no (true / false): the answer to the question asked"]
    return lines


def _conditions(name: str) -> List[str]:
    return [
        f"{I*3}conditions:",
        f"{I*3}- active_loop: {FORM}",
        f"{I*3}  requested_slot: {name}",
    ]


def finding_slot(spec) -> List[str]:
    kind = {"bool": "bool", "number": "float", "one": "categorical", "many": "list"}[spec.type]
    lines = [f"{I}{spec.name}:", f"{I*2}type: {kind}"]
    if spec.type == "one":
        lines.append(f"{I*2}values: [{', '.join(spec.values)}]")
    lines += [
        f"{I*2}influence_conversation: false",
        f"{I*2}mappings:",
        f"{I*2}- type: from_entity      # any message, any time (corrections overwrite)",
        f"{I*3}entity: {spec.name}",
    ]
    if spec.type == "bool":
        for intent, value in (("affirm", "true"), ("deny", "false")):
            lines += [f"{I*2}- type: from_intent      # the answer to its own question",
                      f"{I*3}intent: {intent}", f"{I*3}value: {value}"] + _conditions(spec.name)
        # after the finding's own words and a bare yes / no: "yes on my heel", "no, only walking"
        lines += [f"{I*2}- type: from_entity      # a reply that starts with yes or no, to its own question",
                  f"{I*3}entity: answer"] + _conditions(spec.name)
    elif spec.name in INTENT_VALUES:
        for intent, value in INTENT_VALUES[spec.name].items():
            lines += [f"{I*2}- type: from_intent      # the answer to its own question",
                      f"{I*3}intent: {intent}", f"{I*3}value: {value}"] + _conditions(spec.name)
    elif spec.type == "number":
        lines += [f"{I*2}- type: from_text        # free-text answer, parsed in validate_symptom_form",
                  f"{I*3}not_intent: [{', '.join(FROM_TEXT_NOT_INTENTS)}]"] + _conditions(spec.name)
    return lines


def slots_block(contract) -> List[str]:
    red = contract.red_flags
    lines = ["# --- findings and red flags (contract.yml): one slot each, same name ---"]
    for spec in contract.findings.values():
        lines += finding_slot(spec)
    lines += [
        "# --- the interview's own bookkeeping (set by validate_symptom_form) ---",
        f"{I}answer_unsure:           # \"not sure\" to the question just asked",
        f"{I*2}type: any",
        f"{I*2}influence_conversation: false",
        f"{I*2}mappings:",
        f"{I*2}- type: from_intent",
        f"{I*3}intent: unsure",
        f"{I*3}value: true",
        f"{I*3}conditions:",
        f"{I*3}- active_loop: {FORM}",
        f"{I}questions_asked:         # findings asked and answered (or \"not sure\"): next_question(asked=)",
        f"{I*2}type: list",
        f"{I*2}influence_conversation: false",
        f"{I*2}mappings:",
        f"{I*2}- type: custom",
        f"{I}findings_unsure:         # findings answered \"not sure\": known to be unknown",
        f"{I*2}type: list",
        f"{I*2}influence_conversation: false",
        f"{I*2}mappings:",
        f"{I*2}- type: custom",
        f"{I}suspected_red_flags:     # red flags the words suggest but do not say: asked first",
        f"{I*2}type: list",
        f"{I*2}influence_conversation: false",
        f"{I*2}mappings:",
        f"{I*2}- type: from_entity",
        f"{I*3}entity: red_flag_suspected",
        f"{I}last_red_flag:           # the red flag of this turn: picks the card's wording",
        f"{I*2}type: text",
        f"{I*2}influence_conversation: false",
        f"{I*2}mappings:",
        f"{I*2}- type: from_entity",
        f"{I*3}entity: red_flag",
    ]
    for code in red:
        lines += [f"{I*2}- type: from_intent      # \"yes\" to its screening question",
                  f"{I*3}intent: affirm", f"{I*3}value: {code}"] + _conditions(code)
    lines += [
        f"{I*2}- type: from_intent      # any other turn: no red flag now",
        f"{I*3}value: none",
        "# --- results (contract.yml result_slots), readable through the tracker API ---",
        f"{I}red_flags:",
        f"{I*2}type: list",
        f"{I*2}influence_conversation: false",
        f"{I*2}mappings:",
        f"{I*2}- type: from_entity      # without the action server too; actions keep the full list",
        f"{I*3}entity: red_flag",
        f"{I}urgency:",
        f"{I*2}type: categorical",
        f"{I*2}values: [{', '.join(contract.urgency_levels)}]",
        f"{I*2}influence_conversation: false",
        f"{I*2}mappings:",
        f"{I*2}- type: from_entity      # without the action server too; actions keep the highest",
        f"{I*3}entity: urgency",
        f"{I}likely_causes:",
        f"{I*2}type: list",
        f"{I*2}influence_conversation: false",
        f"{I*2}mappings:",
        f"{I*2}- type: custom",
        f"{I}cause_group:",
        f"{I*2}type: categorical",
        f"{I*2}values: [{', '.join(list(c for c in contract.causes if c != 'urgent') + ['uncertain'])}]",
        f"{I*2}influence_conversation: false",
        f"{I*2}mappings:",
        f"{I*2}- type: custom",
    ]
    return lines


def required_slots_block(contract) -> List[str]:
    names = list(contract.findings) + ["answer_unsure", "last_red_flag"]
    return [f"{I*2}- {name}" for name in names]


def _card_variations(level: str) -> List[str]:
    table = CARDS[level]
    title = table["_title"]["text"]
    action = EMERGENCY_ACTION if level == "emergency" else URGENT_ACTION
    lines: List[str] = []
    entries = [(code, entry) for code, entry in table.items() if not code.startswith("_")]
    entries.append((None, table["_general"]))
    for code, entry in entries:
        body = entry["body"] + " " + action
        if entry.get("safety"):
            body += " " + entry["safety"]
        condition = (
            [f"{I*2}condition:", f"{I*2}- type: slot", f"{I*2}  name: last_red_flag", f"{I*2}  value: {code}"]
            if code else []
        )
        # plain text: rest channel, rasa shell, anything but the web widget
        text = f"**{title}.** {body}"
        if level == "urgent":
            text += "\n\n" + URGENT_FOLLOW_UP
        lines += [f"{I}- text: {q(text)}"] + condition
        if level == "urgent":
            lines.append(f"{I*2}buttons:")
            for label, payload in URGENT_BUTTONS:
                lines += [f"{I*2}- title: {q(label)}", f"{I*3}payload: {q(payload)}"]
        # the web widget: the same words as a card (socketio delivers custom.data)
        lines += [f"{I}- channel: socketio"] + condition + [
            f"{I*2}custom:",
            f"{I*3}data:",
            f"{I*4}card:",
            f"{I*5}level: {level}",
            f"{I*5}title: {q(title)}",
            f"{I*5}body: {q(body)}",
        ]
        if level == "urgent":
            lines.append(f"{I*5}follow_up: {q(URGENT_FOLLOW_UP)}")
            lines.append(f"{I*4}quick_replies:")
            for label, payload in URGENT_BUTTONS:
                lines += [f"{I*4}- content_type: text", f"{I*5}title: {q(label)}", f"{I*5}payload: {q(payload)}"]
    return lines


def red_flag_cards_block(contract) -> List[str]:
    for level, table in CARDS.items():
        for code in table:
            if not code.startswith("_") and contract.red_flag_urgency.get(code) != level:
                raise SystemExit(f"card for '{code}' is {level}, contract.yml says {contract.red_flag_urgency.get(code)}")
    missing = [c for c in contract.red_flags if c not in CARDS[contract.red_flag_urgency[c]]]
    if missing:
        raise SystemExit(f"no red-flag card wording for {missing}: add it to CARDS")
    lines = ["# Red-flag answers: rules give these without the action server. The variation is picked by",
             "# last_red_flag (this turn's flag); the socketio variation is the web widget's card."]
    lines += ["  utter_red_flag_emergency:"] + _card_variations("emergency")
    lines += ["  utter_red_flag_urgent:"] + _card_variations("urgent")
    return lines


BLOCKS = {
    "entities": entities_block,
    "slots": slots_block,
    "required_slots": required_slots_block,
    "red_flag_cards": red_flag_cards_block,
}


def render(text: str) -> str:
    contract = load_contract()
    for name, build in BLOCKS.items():
        pattern = re.compile(
            rf"(^# BEGIN GENERATED {name}\b[^\n]*\n)(.*?)(^# END GENERATED {name}\b[^\n]*$)",
            re.S | re.M,
        )
        if not pattern.search(text):
            raise SystemExit(f"domain.yml has no '# BEGIN GENERATED {name}' ... '# END GENERATED {name}' block")
        body = "\n".join(build(contract)) + "\n"
        text = pattern.sub(lambda m: m.group(1) + body + m.group(3), text)
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 when domain.yml differs from contract.yml")
    parser.add_argument("--domain", type=Path, default=DOMAIN)
    args = parser.parse_args()
    old = args.domain.read_text(encoding="utf-8")
    new = render(old)
    if args.check:
        if old != new:
            print(f"{args.domain} is out of date with contract.yml: run python scripts/generate_domain_slots.py")
            return 1
        print(f"{args.domain}: generated blocks up to date")
        return 0
    if old != new:
        args.domain.write_text(new, encoding="utf-8")
        print(f"wrote {args.domain}")
    else:
        print(f"{args.domain}: already up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
