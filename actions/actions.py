"""The action server: thin adapters between the tracker and the triage engine.

validate_symptom_form    runs the interview (symptom_form): takes what the
                         person said, asks the engine's next question, ends
                         the form when the engine says enough is known
action_triage_summary    the summary after the interview; fills the result slots
action_record_red_flags  after a red-flag card: keeps the result slots complete

The clinical decisions are triage's (assess, next_question, red_flag_urgency);
the words of the summary come from triage's knowledge files (actions/summary.py).
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecutionRejected, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

import triage

from .findings import CONTRACT, RED_FLAGS, coerce, findings_from_slots, present_red_flags, union
from .questions import QUESTIONS
from .summary import format_summary, reflect

logger = logging.getLogger(__name__)

FORM = "symptom_form"
RED_FLAG_INTENTS = {"red_flag_urgent": "urgent", "red_flag_emergency": "emergency"}
# Turns the rules answer even when the NLU also found a finding in them.
NOT_ANSWERS = set(RED_FLAG_INTENTS) | {"faq", "goodbye", "bot_challenge", "out_of_scope", "non_english"}
# Findings the NLU reads in a question are not taken as answers: "what's spinal
# stenosis? my friend has that" came with back_pain=true, and the summary then
# told the person they have back pain. (A finding worth having is asked for.)
QUESTION_INTENTS = {"faq"}
HELPER_SLOTS = {"answer_unsure", "last_red_flag"}
DISCLAIMER = (
    "Before we start: I'm not a doctor and this isn't a diagnosis. If your leg is suddenly "
    "very painful, cold or pale, call 911 / 999 / 112 now."
)
CARD = {"emergency": "utter_red_flag_emergency", "urgent": "utter_red_flag_urgent"}
# Turns that are not answers but need nothing else: the form asks its question
# again itself. (A rule "intent -> symptom_form" cannot do it: right after the
# form rejects a turn, Rasa's policy ensemble does not predict it again.)
ASK_AGAIN = {"continue_interview": "Back to your questions:", "greet": "Hello again.", "thanks": "You're welcome."}


# --- reading the tracker ------------------------------------------------------
def _last_user_index(events: List[Dict[str, Any]]) -> int:
    for i in range(len(events) - 1, -1, -1):
        if events[i].get("event") == "user":
            return i
    return -1


def slots_before_last_message(tracker: Tracker) -> Dict[str, Any]:
    """Slot values as they were before the person's latest message."""
    values: Dict[str, Any] = {}
    events = tracker.events
    for event in events[: max(_last_user_index(events), 0)]:
        kind = event.get("event")
        if kind == "slot":
            values[event.get("name")] = event.get("value")
        elif kind in ("restart", "reset_slots"):
            values = {}
    return values


def form_mode(tracker: Tracker) -> str:
    """Why validate_symptom_form runs now.

    activate: the form starts with this turn (Rasa's FormAction._activate_loop
              applies ActiveLoop(symptom_form) just before validating, so the
              event follows the latest user message);
    resume:   the form goes on after something else answered (a question, a
              red-flag card), nothing to validate: ask again;
    answer:   the person just answered: validate, or reject so rules answer.
    """
    events = tracker.events
    since_user = events[_last_user_index(events) + 1:]
    if (tracker.active_loop or {}).get("name") != FORM or any(
        e.get("event") == "active_loop" and e.get("name") == FORM for e in since_user
    ):
        return "activate"
    if any(e.get("event") == "loop_interrupted" and e.get("is_interrupted") for e in since_user):
        return "resume"
    actions = [e.get("name") for e in since_user if e.get("event") == "action"]
    # the last action is this form's own run (Rasa appends it before validating)
    before = [name for name in actions[:-1] if name != "action_extract_slots"]
    return "answer" if not before or before[-1] == "action_listen" else "resume"


def was_greeted(tracker: Tracker) -> bool:
    for event in tracker.events:
        if event.get("event") == "bot":
            action = (event.get("metadata") or {}).get("utter_action")
            if action in ("utter_greet", "utter_restart") or "isn't a diagnosis" in (event.get("text") or ""):
                return True
    return False


def suspected_red_flags(tracker: Tracker) -> List[str]:
    """Red flags the NLU read in words it could not parse (slot suspected_red_flags):
    asked first. Unknown names are dropped, so an odd slot value cannot stop the interview."""
    return [code for code in tracker.get_slot("suspected_red_flags") or [] if code in RED_FLAGS]


def latest_intent(tracker: Tracker) -> Optional[str]:
    return (tracker.latest_message or {}).get("intent", {}).get("name")


def ask(dispatcher: CollectingDispatcher, finding: str, prefix: str = "") -> None:
    question = QUESTIONS[finding]
    text = f"{prefix} {question.text}".strip()
    dispatcher.utter_message(text=text, buttons=question.button_dicts())


# --- the interview ------------------------------------------------------------
class ValidateSymptomForm(Action):
    """Validation of symptom_form that also chooses and asks the questions.

    A plain Action rather than FormValidationAction: the SDK's helper validates
    only the slots its required_slots() returns (here, just the next question),
    so a volunteered finding or a correction would skip validation.
    """

    def name(self) -> Text:
        return "validate_symptom_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[EventType]:
        mode = form_mode(tracker)
        intent = latest_intent(tracker)
        logger.debug("validate_symptom_form: mode=%s intent=%s active_loop=%s requested=%s candidates=%s",
                     mode, intent, tracker.active_loop, tracker.get_slot("requested_slot"),
                     tracker.slots_to_validate())
        requested = tracker.get_slot("requested_slot") if mode != "activate" else None
        candidates = {k: v for k, v in tracker.slots_to_validate().items() if k not in HELPER_SLOTS}
        candidates = {k: v for k, v in candidates.items() if k in CONTRACT.findings}
        unsure = bool(tracker.slots_to_validate().get("answer_unsure")) and mode == "answer"
        previous = slots_before_last_message(tracker)

        updates: Dict[str, Any] = {}
        corrections: List[str] = []
        unreadable = False
        if mode != "resume":
            for name, value in candidates.items():
                new = coerce(name, value)
                old = coerce(name, previous.get(name))
                if new is None:  # e.g. a free-text number answer without a number
                    unreadable = unreadable or name == requested
                    updates[name] = old
                    continue
                if CONTRACT.spec(name).type == "many" and name != requested and old:
                    new = union(old, new)
                updates[name] = new
                if old != new and mode == "answer" and name != requested:
                    corrections.append(name)

        unsure_list = list(tracker.get_slot("findings_unsure") or [])
        asked = list(tracker.get_slot("questions_asked") or [])
        if unsure and requested and requested not in unsure_list:
            unsure_list.append(requested)
        if requested and requested not in asked and (updates.get(requested) is not None or unsure):
            asked.append(requested)

        slots_now = dict(tracker.slots)
        slots_now.update(updates)
        findings = findings_from_slots(slots_now)
        flags = present_red_flags(findings)
        flag_urgency = triage.red_flag_urgency(flags) if flags else None
        events: List[EventType] = [SlotSet(k, v) for k, v in updates.items()]
        if unsure:
            events.append(SlotSet("answer_unsure", None))
        if list(tracker.get_slot("red_flags") or []) != flags:
            events.append(SlotSet("red_flags", flags))
        if flags and tracker.get_slot("urgency") != flag_urgency:
            events.append(SlotSet("urgency", flag_urgency))

        lead_in = ""
        if mode == "answer" and not candidates and not unsure and intent in ASK_AGAIN:
            mode, lead_in = "resume", ASK_AGAIN[intent]
            # a slot event other than requested_slot, or Rasa rejects a turn that filled nothing
            events.append(SlotSet("answer_unsure", None))
        if mode == "answer" and intent in QUESTION_INTENTS and candidates:
            restore = {name: previous.get(name) for name in candidates}
            events = [e for e in events if e.get("name") not in restore] + [
                SlotSet(name, value) for name, value in restore.items()]
        if mode == "answer" and (intent in NOT_ANSWERS or (not candidates and not unsure)):
            # A red flag said in words is answered by the rules (the same card as
            # outside the interview); anything else that is not an answer goes to
            # the rules too (a question, goodbye, chit-chat). Findings said in
            # the same breath are kept.
            return events + [ActionExecutionRejected(FORM)]

        if mode == "activate":
            first = not was_greeted(tracker)
            if first:
                dispatcher.utter_message(text=DISCLAIMER)
            described = triage.describe_findings({k: v for k, v in findings.items()})
            dispatcher.utter_message(text=reflect(described, first_time=not asked))
        def extends(name: str) -> bool:  # nothing known before, or a list that only grew
            old = coerce(name, previous.get(name))
            return old is None or (isinstance(old, list) and set(old) <= set(updates[name]))

        changed = [n for n in corrections if not extends(n)]
        added = [n for n in corrections if extends(n)
                 and not (n in CONTRACT.red_flag_urgency and updates[n] is True)]  # a card says those
        for names, lead in ((changed, "Got it, I've changed that:"), (added, "Got it:")):
            words = triage.describe_findings({n: updates[n] for n in names}) if names else ()
            if words:
                dispatcher.utter_message(text=f"{lead} {'; '.join(words)}.")
        new_flags = [f for f in flags if coerce(f, previous.get(f)) is not True]
        if new_flags and intent not in RED_FLAG_INTENTS and not card_given_this_turn(tracker, CARD[flag_urgency]):
            # "yes" to a screening question: the red-flag answer now, then go on. Also when the
            # form resumes after a turn the NLU could not place ("yeah one on my heel" read as
            # nlu_fallback, its leading yes still answering the question): no red flag unanswered
            dispatcher.utter_message(response=CARD[flag_urgency])

        next_finding: Optional[str] = None
        if flag_urgency != "emergency":
            next_finding = triage.next_question(findings, asked=sorted(set(asked) | set(unsure_list)),
                                                suspected=suspected_red_flags(tracker))
        if next_finding:
            prefix = ""
            if unreadable and next_finding == requested:
                prefix = "Sorry, I couldn't read that. " + QUESTIONS[next_finding].hint
            elif mode == "resume":
                prefix = lead_in or "Back to your questions:"
            ask(dispatcher, next_finding, prefix)
        events += [
            SlotSet("questions_asked", asked),
            SlotSet("findings_unsure", unsure_list),
            SlotSet("requested_slot", next_finding),
        ]
        return events


# --- results ---------------------------------------------------------------
STOPPED = "I've stopped the questions so that you can get help straight away."


def card_given_this_turn(tracker: Tracker, response: str) -> bool:
    events = tracker.events
    for event in events[_last_user_index(events) + 1:]:
        if event.get("event") == "bot" and (event.get("metadata") or {}).get("utter_action") == response:
            return True
    return False


def result_slots(assessment: "triage.Assessment") -> List[EventType]:
    return [
        SlotSet("urgency", assessment.urgency),
        SlotSet("red_flags", list(assessment.red_flags)),
        SlotSet("likely_causes", list(assessment.cause_codes)),
        SlotSet("cause_group", assessment.cause_group),
    ]


class ActionTriageSummary(Action):
    """Collect the findings, assess them, say what they suggest, fill the result slots."""

    def name(self) -> Text:
        return "action_triage_summary"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[EventType]:
        findings = findings_from_slots(tracker.slots)
        try:
            assessment = triage.assess(findings)
        except Exception:  # never leave the person without an answer
            logger.exception("triage.assess failed for %s", findings)
            dispatcher.utter_message(text=(
                "Sorry, I couldn't put your answers together. Please see a doctor about this pain; "
                "see one today if you have pain at rest, a sore on your foot that doesn't heal, or your "
                "leg or foot changes colour. For sudden, severe leg pain call 911 / 999 / 112."))
            return []
        if assessment.urgency == "emergency" and card_given_this_turn(tracker, CARD["emergency"]):
            # the emergency card has just said what to do: don't say it twice
            dispatcher.utter_message(text=STOPPED)
        else:
            text, buttons = format_summary(assessment)
            dispatcher.utter_message(text=text, buttons=buttons)
        return result_slots(assessment)


class ActionRecordRedFlags(Action):
    """After a red-flag card (given by a rule, so also without this server):
    keep red_flags (all flags so far, not just this message's) and urgency
    (the highest) right, and run triage so the result slots are complete."""

    def name(self) -> Text:
        return "action_record_red_flags"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[EventType]:
        findings = findings_from_slots(tracker.slots)
        flags = present_red_flags(findings)
        said = RED_FLAG_INTENTS.get(latest_intent(tracker))
        if not flags:
            # the NLU said red flag without naming one: record the urgency it said
            levels = CONTRACT.urgency_levels
            current = tracker.get_slot("urgency")
            if said and (current not in levels or levels.index(said) < levels.index(current)):
                return [SlotSet("urgency", said)]
            return []
        events = result_slots(triage.assess(findings))
        if said == "emergency" and events[0]["value"] != "emergency":
            events[0] = SlotSet("urgency", "emergency")
        return events
