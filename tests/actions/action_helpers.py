"""Helpers for the action tests: trackers shaped like the ones Rasa 3.6 sends to the action server.

For validate_symptom_form Rasa builds a temporary tracker (rasa/core/actions/
forms.py, FormAction._temporary_tracker): the conversation's events, then
SlotSet(requested_slot), ActionExecuted(symptom_form), then the slot
candidates of this turn. `form_tracker` builds exactly that.
"""
from __future__ import annotations

import asyncio
from typing import Any, Dict, Iterable, List, Optional

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

FORM = "symptom_form"


def user(text: str, intent: str, entities: Optional[List[Dict[str, Any]]] = None) -> Dict[str, Any]:
    return {"event": "user", "text": text,
            "parse_data": {"intent": {"name": intent, "confidence": 1.0}, "entities": entities or [], "text": text}}


def action(name: str) -> Dict[str, Any]:
    return {"event": "action", "name": name}


def slot(name: str, value: Any) -> Dict[str, Any]:
    return {"event": "slot", "name": name, "value": value}


def bot(text: str, utter_action: Optional[str] = None) -> Dict[str, Any]:
    return {"event": "bot", "text": text, "metadata": {"utter_action": utter_action} if utter_action else {}}


class Conversation:
    """Events so far; `form_tracker` adds one turn the way Rasa presents it."""

    def __init__(self, greeted: bool = True) -> None:
        self.events: List[Dict[str, Any]] = [action("action_session_start"), action("action_listen")]
        self.slots: Dict[str, Any] = {}
        self.form_active = False
        if greeted:
            self.events += [user("hi", "greet"), action("utter_greet"),
                            bot("Hi ... this isn't a diagnosis ...", "utter_greet"), action("action_listen")]

    def set(self, **values: Any) -> "Conversation":
        for name, value in values.items():
            self.events.append(slot(name, value))
            self.slots[name] = value
        return self

    def form_tracker(
        self,
        text: str,
        intent: str,
        candidates: Optional[Dict[str, Any]] = None,
        requested: Optional[str] = None,
        before_form: Iterable[Dict[str, Any]] = (),
        activate: bool = False,
    ) -> Tracker:
        """The tracker validate_symptom_form gets for a message.

        candidates: slots action_extract_slots set from this message.
        before_form: events between the message and this form run (e.g. a
        rule's utter_faq when the form resumes after a question).
        activate: the form starts with this message (no ActiveLoop yet).
        """
        candidates = dict(candidates or {})
        events = list(self.events) + [user(text, intent)]
        events += [slot(k, v) for k, v in candidates.items()]
        events += list(before_form)
        if activate:
            # FormAction._activate_loop applies ActiveLoop before validating, and
            # at activation Rasa validates every filled required slot
            events.append({"event": "active_loop", "name": FORM})
            candidates = {**{k: v for k, v in self.slots.items() if v is not None}, **candidates}
        events += [slot("requested_slot", None if activate else requested), action(FORM)]
        events += [slot(k, v) for k, v in candidates.items()]
        slots = {**self.slots, **candidates, "requested_slot": None if activate else requested}
        return Tracker.from_dict({
            "sender_id": "test",
            "slots": slots,
            "latest_message": {"intent": {"name": intent, "confidence": 1.0}, "entities": [], "text": text},
            "events": events,
            "active_loop": {"name": FORM},
            "latest_action_name": FORM,
        })

    def tracker(self, intent: str = "describe_symptoms", text: str = "") -> Tracker:
        """A plain tracker (for actions run outside the form)."""
        return Tracker.from_dict({
            "sender_id": "test",
            "slots": dict(self.slots),
            "latest_message": {"intent": {"name": intent, "confidence": 1.0}, "entities": [], "text": text},
            "events": list(self.events) + [user(text, intent)],
            "active_loop": {},
            "latest_action_name": "action_listen",
        })


def run(action_obj, tracker: Tracker, domain: Optional[Dict[str, Any]] = None):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action_obj.run(dispatcher, tracker, domain or {}))
    return dispatcher.messages, events


def slot_events(events) -> Dict[str, Any]:
    """The last value set for each slot by these events."""
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def texts(messages) -> List[str]:
    return [m.get("text") or m.get("response") or "" for m in messages]
